#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train51 labelled evaluation corpus for the repwatch matcher.

Setting
    Kirkbrae Academy, an invented Aberdeen City Council secondary (S1-S6, about 1,000
    pupils) on the south side of the Dee, drawing from Torry, Kincorth and the invented
    schemes of Tullyhaugh and Girdleside. Published office number 01632 960583; own site
    kirkbrae-academy.example. Storylines, 2024-25: an S2 boy's family say the head
    teacher ignored months of bullying (a council investigation, the head's leave of
    absence and resignation, threats); the oil downturn (parents laid off,
    the depute head a former offshore engineer); a Facebook community page war between
    "Torry Loons & Quines" and the breakaway "Torry Unfiltered (No Censorship)"; a
    well-kent jannie; the Dons; prelims, Highers and the S6 leavers' show.
    School aliases: "Kirkie" (also a pub nickname and a Highland League midfielder),
    "KBA" (acronym shared with the Kincorth Bowling Association and the Kinnaird Boxing
    Academy), "Kirkbrae Acad", "Kirkbrae High", "Kirkbrae School". "Kirkbrae" alone is
    labelled short_name; the Kirkbrae Bakery, Kirkbrae Thistle and Kirkbrae Motors are
    excluded.

Staff (watchlist ids and the variant traits they carry)
    gcargillrennie Dr Gillian Cargill-Rennie, Head Teacher. Hyphenated double-barrelled
                   surname ("Cargill Rennie", en dash, spaced hyphen); nickname "Gill";
                   alias "Gillian Rennie" (name before marriage). Accused of ignoring
                   bullying; put on leave during a council investigation.
    cogstoun       Crawford Ogstoun, Depute Head Teacher, ex-offshore engineer. The unique
                   name (counts without school context: Dons letters, a hill race, a
                   rig workers' forum, an arrest report). Alias "Crawf Ogstoun".
    rcruickshank   Robert Cruickshank, Principal Teacher of PE and football coach.
                   Nickname-able first name (Rab, Robbie, Bob).
    morourke       Mòrag O'Rourke, Principal Teacher of Guidance. Grave accent and
                   apostrophe ("Morag ORourke" typo, "O R O U R K E", "O'R*urke",
                   "MoragORourkeIsUseless"); alias "Mòrag Bain" (maiden name). Target of
                   sectarian abuse.
    sreid          Steven Reid, janitor ("the jannie"). The very common name; namesakes
                   (an Inverurie plumber, a Peterhead fisherman in court, a Dundee
                   councillor, a fiddler) appear in decoys. Alias "Stevie Reid".
    sburns         Shona Burns, Principal Teacher of Mathematics, a wheelchair user.
                   Surname is an everyday word (Burns Night, burns and streams, burns
                   units).
    mdabrowska     Małgorzata Dąbrowska, Teacher of Modern Languages (Polish heritage).
                   Diacritics; alias "Gosia Dąbrowska". Target of anti-Polish abuse.
    onwachukwu     Dr Obinna Nwachukwu, Principal Teacher of Chemistry (Nigerian
                   heritage, came to Aberdeen with the oil industry). Alias "Obi
                   Nwachukwu".
    flindqvist     Fraser Lindqvist, Principal Teacher of Music; married to a man.
    ybukhari       Yasmin Bukhari, Principal Teacher of Biology and S1 year head;
                   wears hijab. Nickname "Yas".

Voices
    Doric-speaking parents, grannies and neighbours ("fit like", "foo's yer doos",
    "loon", "quine", "dinna ken", "aye", "min", "ken", "fit wye", "feart", "greetin",
    "scunnered", "gype", "bairns"), pupils on TikTok/Snapchat/Instagram, laid-off
    offshore workers on a rig forum, Dons fans on the Red Army board, teachers on an
    anonymous staffroom forum, a Doric blog, a campaign blog, a granite-city conspiracy
    blog, regional papers with comment threads, Google-style and employer reviews,
    Facebook community pages at war. Emoji, typos, sarcasm, sectarian and anti-migrant
    dog whistles, veiled threats and insinuation.

Decoys
    The Kirkbrae Bakery, Kirkbrae Thistle and Kirkbrae Motors (excluded); the Kirkie
    Bar and "Kirkie" the footballer; KBA as the bowling association and the boxing
    academy; "brae" as a word; namesakes called Steven Reid and Shona Burns clearly
    elsewhere; Burns Night, burns (streams) and a burns unit; harbour, fishing and
    offshore news naming Torry or Kincorth but not the school; neighbouring schools
    (Girdleside Academy's new campus and peer-support scheme) and national pieces on
    bullying complaints and Doric in other schools; the alias "Stevie Reid" on a
    Deeside fiddler with no school tie.

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

    Corpus-specific notes: accent-stripped spellings ("Malgorzata Dabrowska", "Morag
    O'Rourke") fold to the watchlist name and are labelled exact (or alias, title_surname
    and so on as the rest of the form dictates). A bare first-name-plus-role form
    ("Stevie the jannie") is labelled nickname.

Running
    python3 tests/corpus_train51/build_train51.py
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
    "school", "gcargillrennie", "cogstoun", "rcruickshank", "morourke", "sreid",
    "sburns", "mdabrowska", "onwachukwu", "flindqvist", "ybukhari",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["kirkbrae"],
    "gcargillrennie": ["cargill"],
    "cogstoun": ["ogstoun"],
    "rcruickshank": ["cruickshank"],
    "morourke": ["o'rourke", "orourke"],
    "mdabrowska": ["dabrowsk"],
    "onwachukwu": ["nwachukwu"],
    "flindqvist": ["lindqvist"],
    "ybukhari": ["bukhari"],
}
EXCLUDES = ["Kirkbrae Bakery", "Kirkbrae Thistle", "Kirkbrae Motors", "kirkbraethistle.example"]

WATCHLIST = """\
# Watchlist for the invented Kirkbrae Academy, Aberdeen (train51 corpus). All names are fictional.
[school]
name = "Kirkbrae Academy"
aliases = ["Kirkie", "KBA", "Kirkbrae Acad", "Kirkbrae High", "Kirkbrae School"]
locality = ["Torry", "Kincorth", "Tullyhaugh", "Girdleside"]
own_domains = ["kirkbrae-academy.example"]
phones = ["01632 960583"]

[[staff]]
id = "gcargillrennie"
name = "Gillian Cargill-Rennie"
role = "Head Teacher"
aliases = ["Gillian Rennie"]
line_manager = "quality.improvement@aberdeencity-edu.example"

[[staff]]
id = "cogstoun"
name = "Crawford Ogstoun"
role = "Depute Head Teacher"
aliases = ["Crawf Ogstoun"]
unique = true
line_manager = "headteacher@kirkbrae-academy.example"

[[staff]]
id = "rcruickshank"
name = "Robert Cruickshank"
role = "Principal Teacher of PE"
line_manager = "depute@kirkbrae-academy.example"

[[staff]]
id = "morourke"
name = "Mòrag O'Rourke"
role = "Principal Teacher of Guidance"
aliases = ["Mòrag Bain"]
line_manager = "depute@kirkbrae-academy.example"

[[staff]]
id = "sreid"
name = "Steven Reid"
role = "Janitor"
aliases = ["Stevie Reid"]
line_manager = "business.manager@kirkbrae-academy.example"

[[staff]]
id = "sburns"
name = "Shona Burns"
role = "Principal Teacher of Mathematics"
line_manager = "depute@kirkbrae-academy.example"

[[staff]]
id = "mdabrowska"
name = "Małgorzata Dąbrowska"
role = "Teacher of Modern Languages"
aliases = ["Gosia Dąbrowska"]
line_manager = "depute@kirkbrae-academy.example"

[[staff]]
id = "onwachukwu"
name = "Obinna Nwachukwu"
role = "Principal Teacher of Chemistry"
aliases = ["Obi Nwachukwu"]
line_manager = "depute@kirkbrae-academy.example"

[[staff]]
id = "flindqvist"
name = "Fraser Lindqvist"
role = "Principal Teacher of Music"
line_manager = "depute@kirkbrae-academy.example"

[[staff]]
id = "ybukhari"
name = "Yasmin Bukhari"
role = "Principal Teacher of Biology and S1 Year Head"
line_manager = "depute@kirkbrae-academy.example"

[[exclude]]
text = "Kirkbrae Bakery"

[[exclude]]
text = "Kirkbrae Thistle"

[[exclude]]
text = "Kirkbrae Motors"

[[exclude]]
domain = "kirkbraethistle.example"
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
    "courant": dict(
        name="The North-East Courant", domain="necourant.example",
        nav=["News", "Aberdeen", "Aberdeenshire", "Energy", "Sport", "Dons", "Opinion", "Jobs"],
        most=["Haar to linger over the coast all weekend", "Union Street shop units lie empty",
              "Pictures: Tall ships return to the harbour", "Bus fares on south side set to rise"],
        footer="The North-East Courant is published by Bon Accord Press Ltd. Regulated by IPSO."),
    "clarion": dict(
        name="Aberdeen Evening Clarion", domain="eveningclarion.example",
        nav=["Home", "Local", "Schools", "Courts", "Dons", "Letters", "Family Notices"],
        most=["Letters: Potholes on the Tullyhaugh road", "Fish market tours to return in spring",
              "Court: man fined over harbour road rammy", "Your pictures: snow on Tullyhaugh Hill"],
        footer="© Aberdeen Evening Clarion. Newsdesk: 01632 960802. Serving the Granite City since 1879."),
    "bulletin": dict(
        name="Scottish Schools Bulletin", domain="schoolsbulletin.example",
        nav=["News", "Policy", "Leadership", "SQA", "Wellbeing", "Opinion", "Jobs"],
        most=["SQA results: what the data shows", "Teacher numbers fall in the north",
              "Opinion: the trouble with prelims", "Relationships policy guidance explained"],
        footer="Scottish Schools Bulletin · The weekly for Scottish educators · Terms · Privacy"),
    "offshore": dict(
        name="Offshore Energy Post", domain="offshorepost.example",
        nav=["Upstream", "Decommissioning", "Renewables", "People", "Jobs", "Events"],
        most=["Operator confirms 300 onshore jobs at risk", "Windfall tax: the view from Dyce",
              "Decommissioning yard bids for new contract", "People moves: March"],
        footer="Offshore Energy Post — news for the North Sea energy workforce."),
    "wire": dict(
        name="The Torry Wire", domain="torrywire.example",
        nav=["Community", "Council", "Schools", "What's On", "Old Torry", "Contact"],
        most=["Community fridge opens at the church hall", "Mural for the old fish house wall",
              "Girdleside Road café shuts after 30 years", "Litter pick this Sunday at the bay"],
        footer="The Torry Wire is a volunteer-run, not-for-profit community news site."),
    "scotsman": dict(
        name="Scotland Today", domain="scotlandtoday.example",
        nav=["Scotland", "UK", "Politics", "Education", "Business", "Opinion", "Sport"],
        most=["Holyrood: budget vote passes by two", "Storm warning for the north and east",
              "Ferry delays: what happens next?", "Rail fares to rise again in April"],
        footer="© Scotland Today Media. Contact us · Complaints · Corrections · Sitemap"),
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
    "scotparents": dict(name="ScotParents Talk", domain="scotparents.example", tag="Talk: Education > Secondary (Scotland)",
                        footer="ScotParents Talk Ltd · Talk guidelines · Report a post · Privacy"),
    "redarmy": dict(name="The Red Army Board (unofficial Dons forum)", domain="redarmyboard.example", tag="Boards > Off Topic > Toon Chat",
                    footer="Unofficial. Not affiliated with the club. Stand Free."),
    "rigchat": dict(name="RigChat", domain="rigchat.example", tag="Forums > Onshore life > Aberdeen",
                    footer="RigChat — the offshore workers' community since 2003. Opinions are members' own."),
    "staffroom": dict(name="Staffroom Scotland", domain="staffroomscotland.example", tag="Forums > Secondary > North East",
                      footer="Staffroom Scotland — anonymous support for teachers. Posts are not checked before publication."),
    "local": dict(name="Torry & Kincorth Community Forum", domain="torrykincorthforum.example", tag="Boards > Local issues",
                  footer="Torry & Kincorth Community Forum · est. 2008 · Run by residents for residents."),
    "highers": dict(name="HighersHelp", domain="highershelp.example", tag="Forums > School life > Aberdeen & NE",
                    footer="HighersHelp · Community guidelines · Safeguarding · Contact mods"),
    "granite": dict(name="Granite Patriots", domain="granitepatriots.example", tag="Boards > Our Communities",
                    footer="Free speech zone. We don't do 'hate speech' — we do truth."),
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
    "doric": dict(name="Foo's Yer Doos?", domain="foosyerdoos.example", tagline="Doric news, views an' blethers fae the toon",
                  side=["Fa am I?", "Doric wordies", "Archive", "Get in touch"]),
    "mither": dict(name="Mither Knows Best", domain="mitherknowsbest.example", tagline="A Kincorth mum, three bairns, one nerve left",
                   side=["About me", "School run diaries", "Budget bakes", "Contact"]),
    "laidoff": dict(name="Laid Off in the Oil", domain="laidoffintheoil.example", tagline="Life after the North Sea, one CV at a time",
                    side=["About", "Retraining", "Rants", "Popular posts"]),
    "justice": dict(name="Justice for Our Bairns", domain="justiceforourbairns.example", tagline="Parents against school bullying cover-ups",
                    side=["Our story", "Timeline", "Donate", "Contact"]),
    "harbour": dict(name="Harbour Lights", domain="harbourlights.example", tagline="Fishing, ships and the old Torry waterfront",
                    side=["Boats", "Families", "Photos", "About"]),
    "guidance": dict(name="Guidance Matters", domain="guidancematters.example", tagline="Pupil support and wellbeing in Scottish schools",
                     side=["Resources", "GIRFEC", "Training", "About"]),
    "truth": dict(name="Granite City Truth", domain="granitetruth.example", tagline="The stories the council doesn't want told",
                  side=["Donate", "Our mission", "Latest exposés"]),
    "hills": dict(name="Hills & Haars", domain="hillsandhaars.example", tagline="Hill running and wild walks in the North East",
                  side=["Race reports", "Routes", "Kit", "About"]),
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
    "courant", "Aberdeen", "Mother says Kirkbrae Academy 'ignored' months of bullying of her son",
    "Torry mum claims S2 pupil was punched, filmed and mocked online while school 'did nothing'",
    "Kirsten Wattie, Education Reporter", "4 February 2025",
    """
    A Torry mother has accused an Aberdeen secondary of ignoring months of bullying that left her 13-year-old son too frightened to leave the house.

    Leanne Gauld says her son, an S2 pupil at Kirkbrae Academy, was punched in a toilet block, had his bag thrown into the Dee from the Tullyhaugh footbridge and was filmed crying for a video that was shared on Snapchat.

    "I phoned, I emailed, I went up and sat in the office," she said. "Every time it was 'we're looking into it'. Nothing ever happened to the boys who did it. He's been off since before Christmas."

    Ms Gauld said she had asked for a meeting with the head teacher, Dr Gillian Cargill-Rennie, on four occasions but had only ever been seen by other staff.

    ## 'Guidance did what they could'

    She praised her son's guidance teacher, Mrs O'Rourke. "She was the only one who ever phoned me back. But she's got hundreds of kids. She can't do it all on her own."

    A spokesperson for Aberdeen City Council said: "We cannot comment on individual pupils. All concerns about bullying are taken seriously and are dealt with under the council's anti-bullying policy. We would encourage the family to continue to work with the school."

    The school, which has around 1,000 pupils, was rated 'good' for wellbeing at its last inspection in 2022.
    """,
    [("DoricDave", "4 Feb 2025, 18:12", "Same story at every school in the toon. Naebody gets punished for onything noo."),
     ("TorryBornAndBred", "4 Feb 2025, 19:40", "That Cargill-Rennie wifie is a stuck-up, useless article. Sits in her office wi her PhD and couldna care less aboot Torry bairns. Always been the same."),
     ("Kincorth_Gran", "4 Feb 2025, 20:02", "Hope the laddie is OK. Thinking of you Leanne."),
     ("J. Milne", "5 Feb 2025, 07:30", "One side of the story. Schools can't say anything, remember that.")]),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("gcargillrennie", "exact", "abuse", "Gillian Cargill-Rennie"),
   M("morourke", "title_surname", "neutral", "Mrs O'Rourke")])

# 001
D("facebook", dd("""
    Torry Loons & Quines
    Public group · 6.4K members

    Leanne Gauld
    4 February at 18:30 · 🌎
    It's in the Courant the nicht. Please share. My loon has been battered and laughed at for months and Kirkbrae wouldna lift a finger. I'm nae letting this go. 💔

    😢😡 212 · 148 comments · 61 shares
    Like   Comment   Share

        Shaz Mearns
        Fit wye did naebody dae onything? Sending love Leanne.
        Like · Reply · 2d

        Gary Birnie
        Somebody should be waitin for that Cargill-Rennie at the gates the morn and gie her a taste o fit your loon got. I'll dae it masel if naebody else will. Ken her motor an aa.
        Like · Reply · 2d

        Shaz Mearns
        Gary that's nae help min
        Like · Reply · 2d

        Admin - Torry Loons & Quines
        Gary, comment hidden and you're muted for 30 days. We're nae having threats on this page.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Kirkbrae"), M("gcargillrennie", "surname_only", "threat", "Cargill-Rennie")])

# 002
D("social", dd("""
    kyle 🔴⚪
    @kylemcd_2009

    S4 fitba won the Grampian Shield 🏆🏆 Mr Cruickshank on the touchline absolutely killed it, man's a weapon, screamin at the ref the whole second half 😂 we love him #KirkbraeAcademy #COYR

    5:48 PM · Mar 12, 2025 · 1,204 Views

    14 Reposts   88 Likes

    ──────────
    aimee 🌸 @aimee.g_ · Mar 12
    the screamin 💀 heard him fae the car park
    """),
  [M("school", "hashtag", "neutral", "#KirkbraeAcademy"), M("rcruickshank", "title_surname", "neutral", "Mr Cruickshank")])

# 003 decoy: the excluded bakery
D("review", dd("""
    Kirkbrae Bakery
    Bakery · Girdleside Road, Aberdeen
    4.7 ★★★★★ (892 reviews)

    Moira Leiper
    Local Guide · 41 reviews · 88 photos
    ★★★★★ 2 weeks ago
    Best butteries in the toon and I'll fecht onybody that says otherwise. Crisp on the ootside, soft in the middle, that much salt your lips sting. The quine on the till aye minds fit I'm efter. Get there afore nine on a Saturday or they're a' gone. Their stovies pie is a thing o beauty tae.
    👍 Helpful 19   Share

    Response from the owner · 1 week ago
    Thanks Moira! We'll keep a couple back for you 😉 — the Kirkbrae Bakery team
    """))

# 004
D("forum", forum_page("staffroom", "South side school - SLT won't back us on behaviour", [
    ("dreich_days", "Secondary teacher · 214 posts", "Tue 11 Feb 2025, 21:10",
     """Not going to pretend I'm anonymous to anyone who works here, but I'm at Kirkbrae and I'm done. Kids telling staff to f*** off in corridors, a referral system nobody reads, and the head's answer is another restorative conversation.

     Cargill-Rennie has not set foot in the east corridor since August. Everything comes down from the office in a PDF."""),
    ("chalk_and_cheese", "Secondary teacher · 1,022 posts", "Tue 11 Feb 2025, 21:34",
     "Sounds like half the city. Is there anyone on SLT you can actually go to?"),
    ("dreich_days", "Secondary teacher · 215 posts", "Tue 11 Feb 2025, 21:41",
     "Honestly, Crawf Ogstoun. He picks up the phone, he comes down the corridor, he sits in on the worst S3 class with you. He's the only reason some of us are still here. Ex-offshore, nothing fazes him."),
    ("supply_in_the_shire", "Supply teacher · 66 posts", "Tue 11 Feb 2025, 22:05",
     "Did supply there in the autumn. Can confirm the depute is sound and the rest is chaos."),
    ], thread_id=4120),
  [M("school", "short_name", "negative", "Kirkbrae"), M("gcargillrennie", "surname_only", "negative", "Cargill-Rennie"),
   M("cogstoun", "alias", "neutral", "Crawf Ogstoun")])

# 005 decoy: oil downturn, locality only
D("news", news_page(
    "offshore", "People", "Operator confirms 300 onshore roles at risk at south Aberdeen base",
    "Tullyhaugh supply base to lose engineering and logistics staff by summer",
    "Euan Strachan, Energy Correspondent", "20 January 2025",
    """
    Up to 300 onshore jobs are at risk at a supply base on the south side of Aberdeen after an operator confirmed a restructuring of its North Sea business.

    Staff at the Tullyhaugh base were told at a town hall meeting on Monday that engineering, logistics and procurement teams would be "consolidated". Consultation will run for 45 days.

    A union organiser said the mood in Torry and Kincorth, where many of the workers live, was "grim". "These are folk with mortgages who've already been through 2015 and 2020. They're asking how many more times."

    The operator said it remained "committed to the North East" and would offer redeployment where possible.
    """,
    [("Altens_Andy", "20 Jan 2025", "Third time for me. Retraining as a plumber, done with it."),
     ("Granite_Gal", "20 Jan 2025", "Committed to the North East my erse."),
     ("OffshoreOllie", "21 Jan 2025", "Good luck to everyone at the base. Keep the heid.")]),
  [])

# 006
D("social", dd("""
    TikTok · @s3.kirkbrae.besties · "music class be like 🎹" · #kirkbrae #fyp #school

    Comments (312)

    lexiii.m
    mr lindqvist playin the piano at assembly 🥵🥵 he could GET IT honestly
    2-19 · Reply · ♡ 204

    jodie_x_x
    @lexiii.m 😭😭 hes married tae a man babe ur nae in wi a chance
    2-19 · Reply · ♡ 167

    lexiii.m
    @jodie_x_x a quine can dream 🙏
    2-19 · Reply · ♡ 88

    s3memes.abz
    the way he does the hair flick 💀
    2-20 · Reply · ♡ 41
    """),
  [M("school", "hashtag", "neutral", "#kirkbrae"), M("flindqvist", "title_surname", "sexual", "mr lindqvist")])

# 007
D("facebook", dd("""
    Kincorth Community Noticeboard
    Public group · 3.1K members

    Alison Thain
    9 November at 16:02 · 🌎
    FOUND!! 🐶❤️ Huge thanks to Stevie Reid, the jannie at Kirkbrae Academy, who spotted our Bramble running aboot the playing fields and kept her in his wee office wi a biscuit until we got there. She'd been missing since this morning. You're a gem Stevie!

    ❤️👍 341 · 52 comments
    Like   Comment   Share

        Derek Ross
        Stevie's a legend. Fixed my loon's bike chain in the school car park last year for nothing.
        Like · Reply · 5d

        Alison Thain
        @Derek Ross he's one of the good ones 😊
        Like · Reply · 5d
    """),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("sreid", "alias", "neutral", "Stevie Reid")])

# 008 decoy: namesake elsewhere in court
D("news", news_page(
    "clarion", "Courts", "Peterhead skipper fined over undersized catch",
    "Steven Reid, 52, admitted landing juvenile haddock at the fish market",
    "Court Reporter", "14 October 2024",
    """
    A Peterhead fishing skipper has been fined £4,000 after admitting landing undersized haddock.

    Steven Reid, 52, of Harbourside Lane, Peterhead, pleaded guilty at Peterhead Sheriff Court. Fishery officers found more than 40 boxes of juvenile fish aboard his vessel when it came in to the harbour in May.

    His solicitor said Reid had "made an error of judgment at the end of a long and difficult trip" and had since retired from the sea.
    """,
    [("BlueToonBoy", "14 Oct 2024", "Hard times for the boats. Nae excuse but hard times.")]),
  [])

# 009
D("social", dd("""
    Proud Scot 🏴󠁧󠁢󠁳󠁣󠁴󠁿
    @proudscot_1320

    Kirkbrae got a Polish wifie teachin oor bairns French noo. Dąbrowska. Cannae even speak proper English hersel. Came for the oil, stayed for the benefits, and noo she's took a Scottish teacher's job. Send them back tae Gdańsk. #ScotlandFirst

    8:22 AM · Jan 27, 2025 · 1,877 Views

    11 Reposts   3 Quotes   39 Likes

    ──────────
    Ewan F @ewanfyfe · Jan 27
    She's been here 20 year and taught my daughter Higher French. Wind yer neck in.
    """),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("mdabrowska", "surname_only", "hate", "Dąbrowska")])

# 010
D("review", dd("""
    Kirkbrae Academy
    Secondary school · Kirkbrae Road, Aberdeen
    3.2 ★★★☆☆ (97 reviews)

    Donna Ritchie
    3 reviews
    ★★☆☆☆ a month ago
    My daughter has had a hard time with a group of girls since S1 and every time we raise it the school is full of promises and then nothing. Three meetings, no follow up. The only bright spot is Mrs Burns in maths who has been brilliant with her, gave up her lunchtimes before the prelims and actually emails back. If the rest of the school was like her it would be a different place.
    👍 Helpful 27   Share

    Response from the owner · a month ago
    Dear Ms Ritchie, we are sorry to hear this. Please contact the school office on 01632 960583 so that we can arrange a meeting.
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("sburns", "title_surname", "neutral", "Mrs Burns")])

# 011
D("blog", blog_page(
    "doric", "Doric Day at Kirkbrae: 'fit like' in the corridors", "Dod the Blogger", "22 March 2024",
    """
    Fit like aa body. Ye'll nae believe it, but there's a skweel in the toon far the bairns were speakin the mither tongue on purpose last wik.

    Kirkbrae Academy held their first Doric Day on Thursday. The S1s did a quiz (foo mony o ye ken fit a "sharn" is?), the S3s made up a rap aboot butteries, an the depute heid, Mr Ogstoun, stood up in the assembly hall an read "The Hint o' Hairst" fae memory. Ah'm tellt there wisna a dry ee in the hoose, even amang the big loons at the back.

    It's grand tae see. Fan I wis at the skweel ye got a row for sayin "aye". Noo it's on the timetable.

    Weel deen tae aa the staff. Lang may yer lum reek.
    """,
    [("Granny Mitchell", "22 Mar 2024", "Fit a lovely thing tae read. Ma grandloon wis in the rap, he's nae stopped singing it."),
     ("Dod the Blogger", "23 Mar 2024", "@Granny Mitchell tell him he's a star!")],
    tags=["Doric", "Skweels", "Guid news"]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("cogstoun", "title_surname", "neutral", "Mr Ogstoun")])

# 012
D("social", dd("""
    Snapchat story (screenshot shared to X by @KincorthMumOf3)

    [story text over a photo of a bus shelter]
    ogstoun suspended me for 3 days for NOTHIN 🤬🤬 wait till i see him at the bus stop the morn, he's gettin it, swear doon, blade in ma bag 🔪

    ──────────
    KincorthMumOf3 @KincorthMumOf3 · Nov 6
    This is going round the S4 group chats. I've sent it to the school and the police. Parents please check your kids' phones.
    """),
  [M("cogstoun", "surname_only", "threat", "ogstoun")])

# 013 decoy: the excluded football club and its domain
D("facebook", dd("""
    Kirkbrae Thistle AFC
    15 September at 17:05 · 🌎

    ⚽ MATCH REPORT ⚽
    Kirkbrae Thistle 2 - 2 Bridge of Don Rovers

    A proper battle on a dreich afternoon at the Balnaclach park. 2-0 doon at the break, but the boys dug in and a double fae wee Connor (his first for the club!) earned us a point. Keeper Mikey pulled off a worldie in the 90th. Scunnered we didna nick it but proud o the fight.

    Next up: away at Glenbervie Athletic on Saturday. Bus leaves the clubhouse 12.30.

    Full fixtures and tickets: kirkbraethistle.example/fixtures

    👍❤️ 64 · 12 comments · 4 shares
    Like   Comment   Share

        Bev Lawrie
        Connor's mam here, he's nae shut up aboot it 😂
        Like · Reply · 1w
    """))

# 014
D("news", news_page(
    "clarion", "Schools", "Kirkbrae pupils row the harbour for lifeboat crew",
    "S1 pupils raise £3,100 for Aberdeen RNLI with sponsored indoor row",
    "Lynsey Bremner", "3 June 2024",
    """
    Pupils at Kirkbrae Academy have raised more than £3,100 for the city's lifeboat crew by rowing the equivalent of the distance from the harbour mouth to Stonehaven and back on school rowing machines.

    The sponsored row was organised by the school's S1 year head, Yasmin Bukhari, after a lifeboat volunteer visited the year group in the spring.

    "Lots of our pupils have grandads and uncles who worked on the boats," Ms Bukhari said. "When the crew told them how many callouts they do to fishing vessels, they just wanted to help. They took turns for seven hours. Some of them had blisters on their blisters."

    Coxswain Graeme Hay said the crew were "blown away" and invited the pupils down to the station for a tour.
    """,
    [("Fisher_Lassie", "3 Jun 2024", "Brilliant bairns. My faither was pulled oot the water by that crew in 1988."),
     ("Kirkie Mum", "3 Jun 2024", "So proud of my quine, she did 2 hours!")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("ybukhari", "exact", "neutral", "Yasmin Bukhari")])

# 015
D("forum", forum_page("scotparents", "S2 son being bullied - Aberdeen - how do I escalate?", [
    ("DeesideDeb", "Joined 2021 · 77 posts", "Sun 9 Feb 2025, 20:14",
     """Son is S2 at Kirkbrae (Aberdeen, south side). Group of boys have been at him since October. Stolen stuff, name calling, a video going round. We've had two meetings with his guidance teacher, Mòrag O'Rourke, who is lovely but I can see she's drowning. She told me herself she has nearly 200 kids on her list.

     Nothing has changed. What's the next step in Scotland? Is there a complaints route above the school?"""),
    ("Glasgow_Mammy", "Joined 2017 · 3,412 posts", "Sun 9 Feb 2025, 20:40",
     "Write to the head teacher formally and ask for the school's anti-bullying policy. If not resolved, it's a stage 2 complaint to the council. Keep a diary of every incident with dates."),
    ("DeesideDeb", "Joined 2021 · 78 posts", "Sun 9 Feb 2025, 20:52",
     "Thank you. I've seen that Courant story about the other boy at Kirkbrae and I'm starting to think it isn't just us."),
    ], thread_id=7751),
  [M("school", "short_name", "negative", "Kirkbrae"), M("morourke", "exact", "neutral", "Mòrag O'Rourke")])

# 016
D("social", dd("""
    Instagram

    kirkbrae_academy
    Kirkbrae Academy, Aberdeen

    RESULTS DAY 🎉 Huge congratulations to our S5 and S6 pupils! A record 41 A passes at Higher in the sciences this year. Thank you to every teacher, parent and carer who helped along the way 💙 #KirkbraeProud

    View all 63 comments

    ellie.w.06 Dr Nwachukwu is an absolute legend, got my A in chem because of him 🧪🙌
    3d  22 likes  Reply

    mum.of.twa so proud of all the bairns 💙
    3d  4 likes  Reply

    kirkbrae_academy @ellie.w.06 we'll pass that on! 💙
    3d  9 likes  Reply
    """),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("onwachukwu", "title_surname", "neutral", "Dr Nwachukwu")])

# 017
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Anonymous participant
    23 January at 22:41 · 🌎
    Since the OTHER page deletes everything 🙄 Heard fae a VERY good source that the jannie at Kirkbrae, Stevie Reid, has been sellin the school's auld laptops and copper pipe oot the back o his van for years. Fit dae ye think the council's no telling ye? Thieving fae bairns. Pass it on.

    😮😡 74 · 63 comments · 18 shares
    Like   Comment   Share

        Kim Dalgarno
        Stevie?? Naw. He's been there 25 year. I dinna ken fa's feedin ye this. Fa's yer source?
        Like · Reply · 4d

        Anonymous participant
        @Kim Dalgarno canna say. but it's true
        Like · Reply · 4d

        Kim Dalgarno
        This is how folk get sued.
        Like · Reply · 4d
    """),
  [M("school", "short_name", "negative", "Kirkbrae"), M("sreid", "alias", "defamation", "Stevie Reid")])

# 018 decoy: Burns Night at the other KBA
D("social", dd("""
    Kincorth Bowling Association
    @KincorthBowls

    Burns Supper this Saturday at the clubhouse 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Haggis, neeps an tatties, the Immortal Memory from our own Dougie, and the Address tae the Lassies by Jim (Jean has asked us to warn you). KBA members £15, guests £18. Tickets fae the bar.

    "Fair fa' your honest, sonsie face..." 🥃

    10:15 AM · Jan 20, 2025 · 388 Views

    6 Reposts   31 Likes
    """))

# 019
D("news", news_page(
    "bulletin", "News", "Council investigates complaints at Aberdeen secondary as head goes on leave",
    "Kirkbrae Academy head teacher steps back while bullying complaints are reviewed",
    "Staff reporter", "6 March 2025",
    """
    Aberdeen City Council has confirmed it is investigating complaints about the handling of bullying at Kirkbrae Academy, and that the school's head teacher is on a leave of absence while the review takes place.

    Dr Gillian Cargill-Rennie has led the south side secondary since 2019. Parents received a letter on Tuesday telling them that the depute head teacher, Crawford Ogstoun, would act as head "for the time being".

    The council said the leave was "not a disciplinary measure" and that it would not comment further "while the review is under way". It is understood that several families have made formal complaints.

    Teaching unions in the city have called for the review to be "fair, quick and transparent" for all involved.
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("gcargillrennie", "exact", "defamation", "Gillian Cargill-Rennie"),
   M("cogstoun", "exact", "neutral", "Crawford Ogstoun")])

# 020
D("social", dd("""
    Justice4Kayden
    @justice4kayden

    The head who ignored our bairns: Gillian Cargill-Rennie. Lives at 14 Craigshannoch Gardens, Aberdeen AB17 3TW. Silver Audi. Since she won't answer a letter, maybe she'll answer her door. Parents, you know what to do. ✊

    9:50 PM · Mar 6, 2025 · 3,602 Views

    47 Reposts   6 Quotes   81 Likes

    ──────────
    Ally B @allyb_abz · Mar 6
    Posting her home address is not it. Her kids live there.
    """),
  [M("gcargillrennie", "exact", "doxxing", "Gillian Cargill-Rennie")])

# 021
D("review", dd("""
    StaffSay › Aberdeen City Council › Kirkbrae Academy › Reviews

    "Good team, crap pay"
    ★★★☆☆  Current Employee - Facilities Assistant in Aberdeen, Scotland · 2 December 2024
    I have been working at Kirkbrae Academy part-time for more than 3 years

    Pros
    Steven Reid, the head janitor, is the best boss I've had. Fair, funny, always mucks in and never asks you to do something he wouldn't do himself. Kids and staff love him.

    Cons
    Council pay is a joke for the hours. Boiler breaks every winter and we get the blame. Lets are booked without telling us.

    Advice to management
    Give Stevie a raise and a new boiler.

    Helpful (8) · Share · Report
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("sreid", "exact", "neutral", "Steven Reid")])

# 022
D("blog", blog_page(
    "laidoff", "Week 9: free school meals, pride, and a man called Crawford", "Stu", "12 March 2024",
    """
    I've been putting this one off.

    Nine weeks since the base shut and the redundancy money is going faster than I told my wife it would. Last week I finally filled in the free school meals form for our two at Kirkbrae. I sat in the car outside for twenty minutes before I went in, like it was a job interview.

    The depute head, Crawford Ogstoun, came down to reception himself. Turns out he did fifteen years on the rigs before he retrained, the Skerrivore platform and then a decommissioning job in the Southern North Sea. He didn't make a speech. He just said "I've been where you are, min," sorted the form, told me about the clothing grant and the EMA for my eldest, and asked if I'd thought about teaching maths.

    I haven't. But I walked out feeling like less of a failure than I walked in.

    Next week: my attempt at a CV that doesn't just say "offshore" eleven times.
    """,
    [("RigPig74", "12 Mar 2024", "Good man. There's nae shame in it Stu. Half the toon's been there."),
     ("Stu", "12 Mar 2024", "@RigPig74 cheers big man.")],
    tags=["Redundancy", "Family", "Kirkbrae"]),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("cogstoun", "exact", "neutral", "Crawford Ogstoun")])

# 023
D("social", dd("""
    TikTok · @french.class.survivors · "when u forget ur jotter 😭" · #s3 #aberdeen #kirkbrae

    Comments (144)

    cal.m_09
    dabrowska is a miserable auld witch wi a face like a skelped erse 😂 she gave me a punny exercise for BREATHING
    1-14 · Reply · ♡ 96

    rhi.annon
    @cal.m_09 ur so bad 😭😭 she's alright tho
    1-14 · Reply · ♡ 31

    cal.m_09
    @rhi.annon she's a torn-faced cow n u know it
    1-14 · Reply · ♡ 40
    """),
  [M("school", "hashtag", "neutral", "#kirkbrae"), M("mdabrowska", "surname_only", "abuse", "dabrowska")])

# 024
D("facebook", dd("""
    Kirkbrae Academy Parent Council
    Public group · 1.3K members

    Parent Council Chair - Fiona
    28 November at 19:05 · 🌎
    📚 PRELIM INFO 📚 The S4-S6 prelim timetable is now on the Kirkbrae Academy website and Teams. Prelims start Monday 13 January.

    A big thank you to Shona Burns and the maths department, who are running free revision sessions every Tuesday and Thursday until 5pm in the library (tea and toast provided by the Parent Council 🍞☕). Please encourage your young people to go along!

    👍❤️ 86 · 9 comments
    Like   Comment   Share

        Carol Gray
        Thank you! My loon went last week and said it was actually useful 😂
        Like · Reply · 3d
    """),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("sburns", "exact", "neutral", "Shona Burns")])

# 025 decoy: the other Kirkie
D("forum", forum_page("redarmy", "Loan signing: Kirkie from Inverglen?", [
    ("StandFree83", "Season ticket · 8,901 posts", "Fri 31 Jan 2025, 22:15",
     "Hearing we're in for Kirkie, the Inverglen midfielder, on loan till the end of the season. Watched him at Inverglen in the autumn. Engine on him like a supply boat. Could be a shrewd one."),
    ("Beach_End_Brenda", "Season ticket · 2,344 posts", "Fri 31 Jan 2025, 22:31",
     "Kirkie? The boy that got sent aff for booting the corner flag? 😂 Aye, fine, anything's better than fit we've got in the middle."),
    ("Dandy_Dons", "Member · 412 posts", "Fri 31 Jan 2025, 23:02",
     "Highland League to Premiership is some step. Gie him a chance though. Up the Dons."),
    ], thread_id=88211),
  [])

# 026
D("social", dd("""
    Wake Up Aberdeen
    @wakeup_abz

    Kirkbrae Academy has put a hijab-wearing Bukhari in charge of S1 noo. Every first year in the school answering to her. Next it'll be prayer mats in the gym and halal-only dinners. This is how they take over, one skweel at a time. #SaveOurSchools

    11:02 PM · Sep 4, 2024 · 2,941 Views

    33 Reposts   9 Quotes   72 Likes

    ──────────
    Hamza R @hamza_r_abz · Sep 4
    She's been teaching biology in Aberdeen for twelve years. Give it a rest.
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("ybukhari", "surname_only", "hate", "Bukhari")])

# 027
D("news", news_page(
    "wire", "Schools", "Kirkbrae S6 show brings the house down",
    "Sell-out run of Sunshine on Leith at the school's assembly hall",
    "Torry Wire volunteers", "16 May 2024",
    """
    Three nights, three sell-outs, and not one dry eye in the assembly hall: Kirkbrae Academy's S6 production of Sunshine on Leith was the talk of Girdleside Road last week.

    Principal Teacher of Music Fraser Lindqvist, who directed the show and led the eight-piece band from the piano, said the cast had "worked like Trojans since October".

    "This year group missed out on so much in S1 and S2 because of Covid," he said. "I wanted them to have a proper send-off. They absolutely killed it."

    Proceeds from the run will go towards new instruments for the music department and a donation to the Torry community fridge.
    """,
    [("Jackie Rennie", "16 May 2024", "Bloody brilliant night. I was greetin by the second song."),
     ("Torry_Tam", "17 May 2024", "Saw it Thursday. That lassie that played Yvonne has some voice on her."),
     ("Jackie Rennie", "17 May 2024", "@Torry_Tam my niece! 😍")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("flindqvist", "exact", "neutral", "Fraser Lindqvist")])

# 028
D("forum", forum_page("rigchat", "Anyone retrained as a teacher after being laid off?", [
    ("Dyce_Dave", "Member · 1,455 posts", "Wed 5 Mar 2025, 19:30",
     "Latest round of cuts has me thinking about the PGDE. Anyone actually done it? Is it worth the pay cut or am I kidding myself?"),
    ("ProductionTech_Pete", "Member · 602 posts", "Wed 5 Mar 2025, 19:58",
     """Crawf Ogstoun did it. Worked with him on the Skerrivore platform in the 2000s, proper good engineer, got bumped in 2015 and went and did maths teaching at the uni. He's a depute head at a school in Kincorth now. Said the first year nearly killed him but he'd never go back offshore.

     Drop him a line on LinkedIn, he's always happy to talk to the boys."""),
    ("Dyce_Dave", "Member · 1,456 posts", "Wed 5 Mar 2025, 20:10", "Cheers Pete, will do. Half my crew are thinking the same."),
    ], thread_id=3301),
  [M("cogstoun", "alias", "neutral", "Crawf Ogstoun")])

# 029
D("social", dd("""
    [account suspended]
    @grampian_lad_x

    anybody got the kirkbrae sports day pics fae the school page? the S2 quines in the relay 🥵🥵 dm me, will swap

    1:47 AM · Jun 9, 2024 · 61 Views

    ──────────
    Lorna P @lornap_abz · Jun 9
    They're 13. Reported to the police and to the school. Parents check your privacy settings.
    """),
  [M("school", "short_name", "sexual", "kirkbrae", url_only=True)])

# 030
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Anonymous participant
    5 February at 21:18 · 🌎
    Guidance at Kirkbrae = Mòrag O'Rourke. Her mobile is 07700 900412. She winna answer the school phone so try this one. Ask her fit she did for Kayden. Nothing, that's fit. Ring her til she answers. 📞

    😡👍 38 · 41 comments
    Like   Comment   Share

        Debbie Allan
        That's her personal number?? That's nae right, she's got bairns.
        Like · Reply · 3d

        Anonymous participant
        @Debbie Allan aye well so has Leanne
        Like · Reply · 3d
    """),
  [M("school", "short_name", "negative", "Kirkbrae"), M("morourke", "exact", "doxxing", "Mòrag O'Rourke")])

# 031 decoy: the harbour blog, locality and "brae"
D("blog", blog_page(
    "harbour", "The brae, the boats and the smell o' the fish house", "Ina Cowie", "30 August 2024",
    """
    My granda walked down the brae to the harbour every morning for forty-one year. He'd be away before five, piece in his pocket, and home by the time we were back fae the school, smelling of diesel and haddock.

    Torry then was all smokehouses and net lofts. The fish houses ran the length of the waterfront, and the trawlers were packed three deep at the quay. Now it's supply boats and pilot boats and the odd cruise ship, and the fish market is a fraction of what it was.

    The photograph above is the old lighthouse from the breakwater, taken by my uncle in 1961. If you know the names of the boys on the steps, please get in touch. I think the one with the bunnet is a Robertson.
    """,
    [("Sandy W", "30 Aug 2024", "The smell o' that fish house! Takes me right back."),
     ("Ina Cowie", "31 Aug 2024", "@Sandy W it never left your clothes 😂")],
    tags=["Torry", "Fishing", "Family history"]),
  [])

# 032
D("news", news_page(
    "courant", "Courts", "Man charged over threats to Aberdeen head teacher",
    "Gary Birnie, 38, will appear in court over social media comments",
    "Court Reporter", "18 February 2025",
    """
    A Torry man has been charged after comments were posted on a community Facebook page threatening the head teacher of an Aberdeen secondary school.

    Gary Birnie, 38, of Balnaclach Terrace, is accused of posting a message in which he said he would wait at the school gates to assault the head teacher of Kirkbrae Academy, Dr Cargill-Rennie. He was charged with threatening or abusive behaviour and is due to appear at Aberdeen Sheriff Court next month.

    Police Scotland said officers had "also given advice to a number of other people" about posts on local pages.

    A council spokesperson said: "Abuse and threats towards school staff will never be tolerated. We are supporting our colleague."
    """,
    [("Kincorth_Gran", "18 Feb 2025", "Whatever folk think o the school, ye dinna threaten a woman like that."),
     ("DoricDave", "18 Feb 2025", "The Facebook pages in this toon are a sewer.")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("gcargillrennie", "title_surname", "neutral", "Dr Cargill-Rennie")])

# 033
D("social", dd("""
    Kirkbrae Families for Change
    @KirkbraeChange

    Over 900 signatures in a week. Parents have lost confidence in the leadership of the school. We are asking the council to act before another bairn is failed. Sign & share 👇

    petitions.example/GillianCargillRennieMustGo

    #Kirkbrae #bullying #Aberdeen

    7:15 PM · Feb 11, 2025 · 4,410 Views

    58 Reposts   102 Likes
    """),
  [M("school", "hashtag", "negative", "#Kirkbrae"), M("gcargillrennie", "camelcase", "negative", "GillianCargillRennieMustGo")])

# 034
D("review", dd("""
    RateMyTeacher UK › Aberdeen City › Kirkbrae Academy › Chemistry

    O. Nwachukwu - Chemistry
    Overall ★★★★★ (4.8) · 39 ratings

    "makes titrations actually fun somehow?? best teacher in the school" - S5 student, Dec 2024
    Inspirational  Funny

    "strict about homework but will explain it 10 times if u need it" - S4 student, Oct 2024
    Helpful  Tough grader

    "got me through higher chem after my dad lost his job and i nearly dropped out. forever grateful" - former S6 student, Aug 2024
    Caring  Inspirational

    Rate this teacher · Report a rating
    """),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("onwachukwu", "initial_surname", "neutral", "O. Nwachukwu")])

# 035
D("facebook", dd("""
    Kincorth Community Noticeboard
    Public group · 3.1K members

    Ray Christie
    12 March at 13:22 · 🌎
    Can somebody at Kirkie please tell the bairns that the bins ootside the chippy are for the chip papers, nae my garden. Every lunchtime, cans, pokes, vape wrappers, the lot. Phoned the school last week, nae reply. Fed up wi it.

    👍😂 44 · 29 comments
    Like   Comment   Share

        Elaine Mackie
        Same on Balnaclach Drive. Nae respect.
        Like · Reply · 6d

        Steph Grant
        To be fair it's nae just the school kids. The adults are just as bad.
        Like · Reply · 6d
    """),
  [M("school", "alias", "negative", "Kirkie")])

# 036
D("social", dd("""
    Dons Daft Dougie
    @donsdaft_dougie

    Crawford Ogstoun's letter in the Clarion the nicht aboot the new stadium is bang on. Keep it at the beach, keep it in the toon, and stop sellin the fans short. Fit a man 👏🔴⚪

    8:44 PM · Oct 17, 2024 · 622 Views

    5 Reposts   40 Likes
    """),
  [M("cogstoun", "exact", "neutral", "Crawford Ogstoun")])

# 037 decoy: neighbouring school
D("news", news_page(
    "clarion", "Schools", "Girdleside Academy pupils move into £60m new campus",
    "First day for 1,200 pupils at the long-delayed south side building",
    "Lynsey Bremner", "19 August 2024",
    """
    Pupils at Girdleside Academy walked through the doors of their new £60 million campus on Monday, two years later than planned.

    The building includes a 3G pitch, a community library and a 200-seat theatre. Head teacher Alan Duncan said: "Our young people have waited a long time for this. They deserve it."

    Parents in Tullyhaugh had campaigned for a crossing on the main road after concerns about traffic at drop-off. The council said temporary lights would be in place "within weeks".
    """,
    [("Tullyhaugh_Mum", "19 Aug 2024", "Lovely building. Still nae crossing. Typical."),
     ("AbzParent", "19 Aug 2024", "Good luck to all the new S1s!")]),
  [])

# 038
D("forum", forum_page("highers", "Kirkbrae higher maths prelim thread 💀", [
    ("integration_by_tears", "S5 · 41 posts", "Wed 15 Jan 2025, 16:02",
     "did anyone at kirkbrae actually finish paper 2?? Q9 was not on the course i swear"),
    ("pi_r_squared_", "S5 · 18 posts", "Wed 15 Jan 2025, 16:10",
     "Burns sets the hardest prelim in the whole city every year. she said 'better to be scared now than in May' 🙃 like ok miss"),
    ("integration_by_tears", "S5 · 42 posts", "Wed 15 Jan 2025, 16:12",
     "honestly feel like we got mugged. she's a good teacher but that paper was evil"),
    ("mod_bot", "Moderator", "Wed 15 Jan 2025, 17:00",
     "Reminder: no posting prelim questions until everyone in your school has sat them."),
    ], thread_id=20451),
  [M("school", "short_name", "negative", "kirkbrae"), M("sburns", "surname_only", "negative", "Burns")])

# 039
D("social", dd("""
    mad_torry_mam
    @mad_torry_mam

    c4rg1ll-r3nn13 is a useless auld boot who shouldna be in charge o a tuck shop never mind a skweel. fa gave her that job?? ma loon's been greetin every mornin for a month 🤬🤬

    6:12 AM · Feb 5, 2025 · 301 Views

    2 Reposts   14 Likes
    """),
  [M("gcargillrennie", "leetspeak", "abuse", "c4rg1ll-r3nn13")])
# 040
D("social", dd("""
    Big Shuggie
    @shuggie_abz_77

    Rab Cruickshank, PE at the big school in Torry, dropped my loon fae the under-16s for his pal's son AGAIN. I ken fit pub he drinks in on a Friday nicht. He'll nae be walkin hame fae it. Mark my words 👊👊

    11:47 PM · Sep 20, 2024 · 512 Views

    1 Repost   6 Likes

    ──────────
    Sandra @sandra_torry · Sep 21
    Shuggie for god's sake. Delete this afore the polis see it.
    """),
  [M("rcruickshank", "nickname", "threat", "Rab Cruickshank")])

# 041
D("news", news_page(
    "clarion", "Schools", "Aberdeen PE teacher suspended after pupil complaint",
    "Council confirms investigation at Kirkbrae Academy",
    "Lynsey Bremner", "8 October 2024",
    """
    A PE teacher at an Aberdeen secondary has been suspended while the council investigates a complaint made by a pupil.

    Robert Cruickshank, principal teacher of PE at Kirkbrae Academy, was suspended last week, the Clarion understands. The nature of the complaint has not been made public.

    Aberdeen City Council said: "We can confirm that a member of staff has been suspended on a precautionary basis. No finding of any kind has been made. It would not be appropriate to comment further."

    Mr Cruickshank, who has coached the school's football teams for more than 15 years, did not respond to a request for comment. Parents were told that PE lessons would continue as normal with supply cover.
    """,
    [("Kincorth_Loon", "8 Oct 2024", "Rab's been the making o hunners o loons in that school. Hope it's a mistake."),
     ("Anon_Parent", "8 Oct 2024", "Wait for the facts, folk."),
     ("Torry_Tam", "9 Oct 2024", "There's aye been stories. Nae smoke without fire.")]),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("rcruickshank", "exact", "defamation", "Robert Cruickshank")])

# 042
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Tracy-Ann Duguid
    9 October at 08:12 · 🌎
    Ah'll tell ye fit Robbie Cruickshank got suspended for since the Clarion winna. He grabbed a loon by the throat in the changing rooms and flung him intae the lockers. My nephew saw the hale thing. He's been a violent bully for years and Kirkbrae has covered for him cause he wins them fitba trophies.

    😮😡 96 · 88 comments · 22 shares
    Like   Comment   Share

        Mark Allan
        Rab coached me in 2008. Never laid a finger on onybody. Yer nephew's at it.
        Like · Reply · 1w

        Tracy-Ann Duguid
        @Mark Allan believe fit ye like
        Like · Reply · 1w
    """),
  [M("school", "short_name", "defamation", "Kirkbrae"), M("rcruickshank", "nickname", "defamation", "Robbie Cruickshank")])

# 043
D("social", dd("""
    jess 🎀
    @jessxo_2008

    not the whole torry PE department being fit 😩 but cruickshank's calves in them wee shorts on a monday mornin 🥵🥵 the S5 quines are NOT ok

    3:15 PM · Apr 22, 2024 · 144 Views

    9 Likes

    ──────────
    becca @becca.mm · Apr 22
    JESS HE'S LIKE 45 😭😭
    """),
  [M("rcruickshank", "possessive", "sexual", "cruickshank's")])

# 044
D("review", dd("""
    Kirkbrae Academy
    Secondary school · Kirkbrae Road, Aberdeen
    3.2 ★★★☆☆ (97 reviews)

    Jacqueline Murray
    5 reviews
    ★☆☆☆☆ 2 weeks ago
    When my daughter finally told her guidance teacher, Mrs O'Rourke, that she was being bullied on Snapchat, she was told to "come off social media" and "try to toughen up a bit". She is 12. We have had one phone call in six weeks. I know guidance staff are stretched but that is not good enough. Kirkbrae Academy needs to take online bullying seriously.
    👍 Helpful 31   Share
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("morourke", "title_surname", "negative", "Mrs O'Rourke")])

# 045
D("blog", blog_page(
    "justice", "What they deleted: the Kirkbrae bullying logs", "Justice for Our Bairns", "2 March 2025",
    """
    We have been told, by people who would lose their jobs for telling us, that bullying incident logs at Kirkbrae were deleted from the system before the council's quality review visit last spring.

    Who had the access to do that? Dr Cargill-Rennie, who some of you will remember as Gillian Rennie when she was a depute at Girdleside, signed off every single log. She knew what was in them. We believe she ordered them wiped so that the numbers looked good.

    And we are told that guidance staff were instructed to "downgrade" incidents to "fallings-out". Mòrag O'Rourke, the principal teacher of guidance, went along with it. Whether she was following orders or not, children paid the price.

    This is a cover-up. We will not stop until the council tells parents the truth.
    """,
    [("Leanne G", "2 Mar 2025", "Thank you for everything you're doing. ❤️"),
     ("A teacher", "3 Mar 2025", "You don't know how our systems work. Logs can't just be 'wiped'. Please be careful, you're naming real people."),
     ("Justice for Our Bairns", "3 Mar 2025", "@A teacher we stand by our sources.")],
    tags=["Kirkbrae", "Cover-up", "Bullying"]),
  [M("school", "short_name", "defamation", "Kirkbrae"), M("gcargillrennie", "alias", "defamation", "Gillian Rennie"),
   M("morourke", "exact", "defamation", "Mòrag O'Rourke")])

# 046
D("social", dd("""
    Angry Dad Abz
    @angrydad_abz

    Fraser Lindqvist, music teacher at the Kincorth secondary, pulled my daughter's Higher Music entry without telling us. Won't answer emails. His personal mobile is 07700 900257 - got it aff an old ceilidh band poster. Phone him and ask him why. 📞

    10:21 PM · Feb 17, 2025 · 733 Views

    4 Reposts   12 Likes

    ──────────
    Kay S @kays_music · Feb 17
    Take his number down. Seriously.
    """),
  [M("flindqvist", "exact", "doxxing", "Fraser Lindqvist")])

# 047
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Billy Anderson
    8 February at 23:30 · 🌎
    Nae wonder guidance at Kirkbrae is a shambles, it's run by a Fenian. O R O U R K E. Should be up at the Catholic skweel wi her ain kind, nae in a Protestant toon skweel fillin oor bairns heids. No Surrender 🇬🇧🇬🇧

    😡😂 23 · 47 comments
    Like   Comment   Share

        Michelle Pirie
        It's 2025 Billy. Sectarian crap like this is why naebody takes this page seriously.
        Like · Reply · 2d

        Billy Anderson
        @Michelle Pirie awa an bile yer heid
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("morourke", "spacing", "hate", "O R O U R K E")])

# 048 decoy: namesake plumber
D("social", dd("""
    Steven Reid Plumbing & Heating
    @sreid_plumbing_inverurie

    Boiler packed in? 🔥🛠️ Gas Safe registered, covering Inverurie, Kintore and Kemnay. Free quotes, nae call-out charge on weekdays. Phone or text 07700 900188.

    "Steven was oot within the hour on a Sunday, couldna recommend enough" - Mrs G, Kintore ⭐⭐⭐⭐⭐

    9:00 AM · Nov 4, 2024 · 210 Views

    3 Likes
    """))

# 049
D("news", news_page(
    "courant", "Aberdeen", "Polish families say abuse has grown as oil jobs vanish",
    "Teachers, shop workers and parents describe being told to 'go home' after 20 years in the city",
    "Kirsten Wattie", "10 February 2025",
    """
    When Małgorzata Dąbrowska came to Aberdeen in 2004, she says, the city "felt like a boom town that wanted everybody".

    Twenty years on, the Kirkbrae Academy modern languages teacher says the mood has changed. "Since the job losses started again I've had things said to me in the street that I never heard in the first fifteen years," she said. "Last month someone posted online that I came 'for the benefits' and should be sent back to Gdańsk. I have taught French and German to hundreds of Aberdeen children. I pay my taxes here. My son plays for a boys' club in Kincorth."

    Community organisers say reports of anti-Polish abuse to the city's Polish centre have roughly doubled in a year.

    A spokesperson for Police Scotland said hate crime "will not be tolerated" and urged anyone targeted to report it.
    """,
    [("Ewan F", "10 Feb 2025", "Mrs D taught my daughter. Brilliant teacher. The folk abusing her should be ashamed."),
     ("NE_Realist", "10 Feb 2025", "Wages are down because of cheap labour, simple as. Not hate, economics."),
     ("Kasia W", "11 Feb 2025", "Thank you for writing this. Dziękuję.")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("mdabrowska", "exact", "neutral", "Małgorzata Dąbrowska")])

# 050
D("social", dd("""
    nae_name_nae_bother
    @nnnb_0_0

    gonna torch kirkbrae at the weekend, petrol's in the shed already. naebody will miss that dump 🔥🔥🔥 dinna say ye wisna warned

    2:03 AM · Mar 1, 2025 · 97 Views

    ──────────
    Kel @kelmcd · Mar 1
    screenshotted and sent tae the polis. absolute weapon (nae the good kind)
    """),
  [M("school", "short_name", "threat", "kirkbrae")])

# 051
D("forum", forum_page("local", "Kids on the Kirkbrae pitches at night - who's in charge?", [
    ("Balnaclach_Bob", "Member since 2012", "Mon 14 Oct 2024, 19:40",
     "My boy and his pals were kicking a ball on the Kirkbrae pitches at 7pm, doing nae harm, and got chased by the jannie, Reid, screaming like a madman. Nosy auld bastard wants tae get a life. It's a public space."),
    ("TorryTerrier", "Member since 2015", "Mon 14 Oct 2024, 20:05",
     "It's nae public, it's school grounds, and they've had the goals broken twice this year. Stevie's only doing his job."),
    ("Balnaclach_Bob", "Member since 2012", "Mon 14 Oct 2024, 20:21", "Aye well he can do it politer."),
    ], thread_id=612),
  [M("school", "short_name", "negative", "Kirkbrae"), M("sreid", "surname_only", "abuse", "Reid")])

# 052 decoy: the other KBA
D("facebook", dd("""
    Kinnaird Boxing Academy
    2 December at 18:30 · 🌎

    🥊 KBA JUNIOR SHOW 🥊
    Massive well done to our juniors at the North East Novice Championships on Saturday. Three golds, two silvers and one very sore nose (sorry Jayden 😂).

    Special mention to 14-year-old Kacey who won her first bout in 40 seconds. The quine is a weapon.

    Junior sessions Monday and Wednesday 5.30pm. All welcome, gloves provided. KBA - discipline, respect, graft.

    👍❤️🔥 142 · 18 comments
    Like   Comment   Share
    """))

# 053
D("social", dd("""
    gaz 🍻
    @gaz_the_gas

    how is a spakky in a wheelchair teachin maths at kirkbrae 😂😂 cannae even reach the top o the whiteboard. Shona B. should be at hame on her benefits no takin a real teachers job ♿🤡

    10:40 PM · Nov 30, 2024 · 288 Views

    3 Likes

    ──────────
    Morven @morven_t · Nov 30
    She's the best maths teacher in the city and she'd run rings round you. Reported.
    """),
  [M("school", "short_name", "neutral", "kirkbrae"), M("sburns", "first_initial", "hate", "Shona B.")])

# 054
D("facebook", dd("""
    Kirkbrae Academy Parent Council
    Public group · 1.3K members

    Parent Council Chair - Fiona
    13 December at 21:44 · 🌎
    What a night! 🎄🎶 Thank you to everyone who came to the Christmas concert. The S1 choir doing "Fairytale of New York" (clean version 😂), the pipe band, and Mr Lindqvist on the piano for the finale - magic. We raised £1,240 for the Christmas hamper appeal.

    Photos on the Kirkbrae Academy Teams page for parents.

    ❤️👍 133 · 21 comments
    Like   Comment   Share

        Sharon Mutch
        The pipe band gave me goosebumps! Weel deen all.
        Like · Reply · 2d
    """),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("flindqvist", "title_surname", "neutral", "Mr Lindqvist")])

# 055
D("social", dd("""
    NE Nationalist ⚔️
    @ne_nationalist88

    The chemistry "doctor" at kirkbrae, Nw\u0430chukwu, should get back tae Lagos while he still can. Aberdeen's nae for the likes o him. If he's still here by summer he'll be leavin in a body bag. ⚰️🇬🇧

    1:12 AM · Jan 12, 2025 · 402 Views

    2 Reposts   7 Likes
    """),
  [M("school", "short_name", "neutral", "kirkbrae"), M("onwachukwu", "homoglyph", "threat", "Nw\u0430chukwu")])

# 056
D("review", dd("""
    StaffSay › Aberdeen City Council › Kirkbrae Academy › Reviews

    "Lovely kids, absent leadership"
    ★★☆☆☆  Former Employee - Teacher in Aberdeen, Scotland · 20 January 2025
    I worked at Kirkbrae Academy full-time for more than 5 years

    Pros
    The kids are funny, honest and worth fighting for. Department colleagues are brilliant. Depute head is hands-on.

    Cons
    G. Cargill-Rennie runs the school from her office and a spreadsheet. Behaviour referrals disappear. Staff who raise concerns are "not being team players". Six of us left last summer.

    Advice to management
    Walk the corridors. Talk to your staff.

    Helpful (15) · Share · Report
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("gcargillrennie", "initial_surname", "negative", "G. Cargill-Rennie")])

# 057
D("blog", blog_page(
    "hills", "Race report: Craigmurie Hill Race - haar, bog and a veteran masterclass", "Lorna Skene", "9 June 2024",
    """
    Forty-eight starters, one cow on the course and visibility of about twenty metres at the summit. Classic.

    The race was won by Ruaridh Mackay (Dee Valley Runners) in 41:12, but the story of the day was the V50 category, where C. Ogstoun (Cairnwell Harriers) came through from ninth at the top to third overall with a descent that had the marshals hiding behind their flags. He told me at the finish, covered to the knees in peat, that he "learned to come down ladders fast on the rigs".

    First woman was Ailsa Gordon in 47:50, a course record for the women's race.

    Soup and rolls in the village hall afterwards. The scotch broth was a particular triumph.
    """,
    [("Cairnwell Harriers", "9 Jun 2024", "Crawford's descending is the stuff of legend 😂 well run all"),
     ("Lorna Skene", "10 Jun 2024", "@Cairnwell Harriers I've never seen anything like it!")],
    tags=["Race reports", "Hill running"]),
  [M("cogstoun", "initial_surname", "neutral", "C. Ogstoun")])

# 058
D("facebook", dd("""
    Torry Loons & Quines
    Public group · 6.4K members

    Admin - Torry Loons & Quines
    10 February at 20:00 · 🌎
    📢 PAGE STATEMENT 📢 We've been accused by Torry Unfiltered of "protecting Kirkbrae" and "censorship". For the record: we remove posts with home addresses, phone numbers and threats. We also removed a post calling Mrs Bukhari a "terrorist" and saying she should be "sent back". That's not free speech, that's racism, and she's a teacher who's given twelve years to this toon's bairns.

    Criticise the school all you like. Leave staff's homes, families and religion out of it.

    👍❤️ 402 · 117 comments
    Like   Comment   Share

        Lynn Masson
        Well said. The other page is a cesspit.
        Like · Reply · 1d

        Torry Unfiltered (No Censorship)
        Snowflakes 😂 our members can say fit they like
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("ybukhari", "title_surname", "neutral", "Mrs Bukhari")])

# 059
D("social", dd("""
    Darren
    @daz_torry_84

    ngl the Mòrag O. fae guidance at Kirkie 🥵🥵 went in for a meetin aboot my loon an forgot fit I was there for. she can gie me detention ony day 😏

    9:14 PM · Feb 2, 2025 · 77 Views

    1 Like
    """),
  [M("school", "alias", "neutral", "Kirkie"), M("morourke", "first_initial", "sexual", "Mòrag O.")])

# 060
D("social", dd("""
    Torry Truth Teller
    @torry_truth_1

    That thievin jannie at the Kincorth school, Stevie Reid, wants tae watch himsel. Folk ken far he bides. Sell oor bairns laptops an see fit happens tae yer windaes. And worse. 🧱🧱

    11:55 PM · Jan 25, 2025 · 318 Views

    2 Reposts   5 Likes
    """),
  [M("sreid", "alias", "threat", "Stevie Reid")])

# 061
D("forum", forum_page("scotparents", "Kirkbrae or Girdleside for S1 in August?", [
    ("NewToAbz", "Joined 2024 · 9 posts", "Tue 3 Dec 2024, 10:12",
     "We've just moved to Kincorth for my husband's job (he's in renewables, not oil, before anyone asks 😅). Catchment is Kirkbrae but we could make a placing request for Girdleside. The Kirkbrae stuff in the news is putting me off. Any local views?"),
    ("Doric_Debs", "Joined 2019 · 410 posts", "Tue 3 Dec 2024, 10:44",
     """Honest answer: Kirkbrae is a mixed bag at the minute. Leadership's a mess and the bullying stuff is real. BUT maths is outstanding - Mrs Burns is the best teacher my eldest ever had and the results speak for themselves.

     Girdleside has the shiny new building but it's huge."""),
    ("NewToAbz", "Joined 2024 · 10 posts", "Tue 3 Dec 2024, 11:01", "That's really helpful, thank you. Going to visit both."),
    ], thread_id=7410),
  [M("school", "short_name", "negative", "Kirkbrae"), M("sburns", "title_surname", "neutral", "Mrs Burns")])

# 062
D("social", dd("""
    Concerned Kincorth Parent
    @concernedKparent

    S1 heid at Kirkbrae who keeps "forgetting" to reply tae parents: Y. Bukhari. Her personal email is y.bukhari.home@mailbox.example (it's on her old running club page). Fill her inbox til she listens. 📧📧

    8:30 PM · Oct 15, 2024 · 456 Views

    3 Reposts   8 Likes
    """),
  [M("school", "short_name", "negative", "Kirkbrae"), M("ybukhari", "initial_surname", "doxxing", "Y. Bukhari")])

# 063
D("facebook", dd("""
    Kincorth Community Noticeboard
    Public group · 3.1K members

    Keith Shand
    3 April at 19:02 · 🌎
    That chemistry teacher at Kirkbrae, Nwachuku or whatever he's called, is an arrogant, smug prick. Spoke to me like I was a thick auld fairmer at parents night cause I asked why my daughter's nae sitting Higher. Thinks he's better than aabody cause he's got a doctorate.

    😂😡 12 · 19 comments
    Like   Comment   Share

        Natalie Forbes
        He spoke tae me just fine. Maybe it was the tone o the question Keith 😂
        Like · Reply · 1w
    """),
  [M("school", "short_name", "negative", "Kirkbrae"), M("onwachukwu", "typo", "abuse", "Nwachuku")])

# 064
D("social", dd("""
    kirkbrae S6 committee 💙
    @s6_committee_25

    Rumours going about our jannie are absolute rubbish and we're not having it. 25 years of fixing our lockers, finding our lost blazers and chasing seagulls off the tuck shop 🐦 #KeepOorJannie #StevieReid #Kirkbrae

    4:45 PM · Jan 27, 2025 · 2,102 Views

    61 Reposts   344 Likes
    """),
  [M("school", "hashtag", "neutral", "#Kirkbrae"), M("sreid", "hashtag", "neutral", "#StevieReid")])

# 065
D("news", news_page(
    "scotsman", "Education", "Head teacher at centre of Aberdeen bullying row 'mocked parents in texts'",
    "Messages allegedly show Kirkbrae Academy head calling families 'the usual Torry rabble'",
    "Fiona Keir, Education Correspondent", "14 March 2025",
    """
    The head teacher of an Aberdeen secondary already on leave during a council investigation allegedly referred to complaining parents as "the usual Torry rabble" in messages to a colleague, according to screenshots seen by Scotland Today.

    The messages, which we have not been able to verify independently, are said to have been sent by Dr Gillian Cargill-Rennie, head teacher of Kirkbrae Academy, in late 2024.

    A lawyer acting for Dr Cargill-Rennie said the screenshots were "selectively edited and stripped of context" and that his client "categorically denies" disparaging families.

    Aberdeen City Council said the messages had been passed to the team carrying out its review.
    """,
    [("Granite_Gal", "14 Mar 2025", "If true, she's done. If not, somebody's in trouble."),
     ("Torry_Tam", "14 Mar 2025", "Torry rabble 😂 we'll wear that wi pride")]),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("gcargillrennie", "exact", "defamation", "Gillian Cargill-Rennie")])

# 066
D("social", dd("""
    Rabble Rouser
    @torry_rabble_

    "usual Torry rabble" is it? Gillian Cargill Rennie wants tae hope she never walks back up that brae tae her Audi on her ain. The rabble's got lang memories an short tempers 👀🔪

    10:05 PM · Mar 14, 2025 · 1,011 Views

    12 Reposts   29 Likes
    """),
  [M("gcargillrennie", "hyphenated", "threat", "Gillian Cargill Rennie")])

# 067 decoy: the excluded garage
D("review", dd("""
    Kirkbrae Motors
    MOT & car repair · Aberdeen
    4.5 ★★★★☆ (312 reviews)

    Callum Stephen
    7 reviews
    ★★★★★ a month ago
    Honest garage. Took the Corsa in for its MOT expecting the worst, failed on a bulb and a wiper and that was it. They could have found a dozen things and didn't. Kettle's aye on in the waiting room. Will be back.
    👍 Helpful 6   Share

    Elaine Knowles
    2 reviews
    ★★☆☆☆ 2 months ago
    Booked for 9am, car not looked at till after 12. Work was fine but communication poor.
    👍 Helpful 2   Share
    """))

# 068
D("forum", forum_page("staffroom", "Lift broken for six weeks - colleague in a wheelchair stuck", [
    ("granite_and_grit", "Secondary teacher · 389 posts", "Thu 7 Nov 2024, 20:45",
     """Anyone else had this? The lift at our place (south side, Kincorth) has been broken since the October week. Our PT, Mrs Burns, uses a wheelchair and has been teaching Higher maths in a ground floor cupboard that used to be the resource base, while her department is on the second floor.

     She's not complained once, which somehow makes it worse. The council says the part is 'on order'."""),
    ("EIS_rep_north", "Union rep · 2,001 posts", "Thu 7 Nov 2024, 21:10",
     "That's a reasonable adjustments issue, full stop. Get your rep involved and put it in writing to the head and to facilities. It shouldn't be on her to push."),
    ("granite_and_grit", "Secondary teacher · 390 posts", "Thu 7 Nov 2024, 21:15", "Thanks. Will do first thing."),
    ], thread_id=4088),
  [M("sburns", "title_surname", "neutral", "Mrs Burns")])

# 069
D("social", dd("""
    scotland_for_scots
    @scot4scots_

    Bukh4r1 at kirkbrae tellin S1 bairns aw aboot Ramadan an "respect" 🤮🤮 Islam oot o oor skweels. They're nae here tae integrate, they're here tae convert. #StopIslamisation

    7:30 AM · Mar 18, 2024 · 612 Views

    8 Reposts   19 Likes

    ──────────
    Aisha K @aishak_abz · Mar 18
    It was an RME lesson. Learning about other religions is literally the curriculum.
    """),
  [M("school", "short_name", "neutral", "kirkbrae"), M("ybukhari", "leetspeak", "hate", "Bukh4r1")])

# 070
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Anonymous participant
    28 January at 21:02 · 🌎
    Update on the Kirkbrae jannie. Steven Reid, 27 Tullyhaugh Circle, AB17 4LN. White Transit. If ye've lost stuff fae the school maybe have a look in the back o it 😉 Share before they delete.

    😮 31 · 56 comments
    Like   Comment   Share

        Kim Dalgarno
        This is his HOOSE. His wife is nae weel. Ye're a disgrace, whoever ye are.
        Like · Reply · 2d

        Admin - Torry Unfiltered
        We dinna delete. Free speech.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Kirkbrae"), M("sreid", "exact", "doxxing", "Steven Reid")])

# 071
D("blog", blog_page(
    "mither", "First S1 parents' night: survived (just)", "Kirsty @ Mither Knows Best", "7 November 2024",
    """
    Well, that's the first secondary school parents' night done and I only got lost twice.

    Kirkbrae is enormous compared to the primary. Ten-minute slots, a queue out the door for maths, and a bake sale that I absolutely did not spend £9 at.

    The highlights: Dr Nwachukwu, who teaches my eldest science, remembered every single thing she'd done this term, including the volcano that set off the fire alarm (sorry again). And Mrs Dąbrowska in French told me Ellie has "a beautiful accent", which is a first for anyone in this family. We say "fit" for "what". Let's be honest.

    Lowlight: the car park. Never again. I'm walking next time.
    """,
    [("Jen", "7 Nov 2024", "The volcano 😂😂 legend"),
     ("Kirsty @ Mither Knows Best", "8 Nov 2024", "@Jen she's very proud of it")],
    tags=["Kirkbrae", "Secondary school", "Parents' night"]),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("onwachukwu", "title_surname", "neutral", "Dr Nwachukwu"),
   M("mdabrowska", "title_surname", "neutral", "Mrs Dąbrowska")])

# 072
D("social", dd("""
    Anon Abz Tea
    @abz_tea_spiller

    word is the music teacher at Kirkie, Lindqvist, gets "cosy" wi the S6 loons at the show after-party 👀👀 ask yersel why he's so keen on the young ones. nae wonder the school keeps it quiet

    11:16 PM · May 18, 2024 · 244 Views

    2 Reposts   4 Likes

    ──────────
    Claire M @clairem_abz · May 18
    This is a vile lie about a married man. Reported.
    """),
  [M("school", "alias", "sexual", "Kirkie", url_only=True), M("flindqvist", "surname_only", "sexual", "Lindqvist", url_only=True)])

# 073
D("news", news_page(
    "bulletin", "Opinion", "'Languages open doors - even in a downturn'",
    "An Aberdeen modern languages teacher on why she still sells French to sceptical S2s",
    "Małgorzata Dąbrowska", "21 September 2024",
    """
    Every August, an S2 pupil asks me why they need French when their dad works offshore and their granny only speaks Doric. It is a fair question, and I love answering it.

    I grew up in Łódź, came to Aberdeen in 2004 and learned English from the radio, from my colleagues and, I admit, from the girls in the Kirkbrae Academy canteen, who taught me "fit like" in my first week. I now speak four languages, badly in one of them.

    The North Sea is an international workplace. The energy transition will be too. Norwegians, Dutch, French and Brazilian engineers are already in our harbour. A young person from Torry who can say more than "bonjour" has something the next candidate does not.

    So yes, learn French. And learn Doric while you're at it.
    """),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("mdabrowska", "exact", "neutral", "Małgorzata Dąbrowska")])

# 074 decoy: the everyday word, a burn
D("social", dd("""
    Tullyhaugh Hill Walkers
    @kincorthhillwalks

    Braw mornin on the hill 🌄 Followed the wee burn doon fae the top - it's in spate after aa that rain so wellies essential. Spotted a roe deer and twa buzzards. Haar rolling in ower the harbour by ten.

    #Aberdeen #Kincorth #walking

    8:52 AM · Oct 6, 2024 · 301 Views

    2 Reposts   44 Likes
    """))

# 075
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Dougie Wilson
    19 November at 22:14 · 🌎
    Fit dae ye expect fae Kirkbrae when they let the tinks fae the Tullyhaugh site in. Thievin, fightin, nae washin. Half the bullying in that skweel is the tinker bairns and the teachers are ower feart tae say it. Get them oot an the standard'll go up overnight.

    😡👍 28 · 64 comments
    Like   Comment   Share

        Amy Stewart
        My family are Travellers, Dougie. My bairns are at that school and they've never been in trouble. Your post is disgusting.
        Like · Reply · 4d

        Dougie Wilson
        @Amy Stewart nae offence meant to the decent ones
        Like · Reply · 4d
    """),
  [M("school", "short_name", "hate", "Kirkbrae")])

# 076
D("social", dd("""
    fed_up_mam
    @fed_up_mam_abz

    guidance at #kirkbrae is a joke. O'R*urke is a lazy, useless, two-faced cow who smiles at ye in meetins then does hee-haw. Fa pays her wages?? 🤬

    9:48 PM · Jan 30, 2025 · 198 Views

    4 Likes
    """),
  [M("school", "hashtag", "negative", "#kirkbrae"), M("morourke", "obfuscated", "abuse", "O'R*urke")])

# 077 decoy: namesake in a baking contest, the burns unit
D("news", news_page(
    "clarion", "Community", "Inverness nurse bakes her way into TV final",
    "Shona Burns, 34, juggles shifts on the burns unit with a place in the Great Highland Bake",
    "Features Desk", "2 October 2024",
    """
    A nurse from Inverness has reached the final of a television baking competition, after wowing the judges with a clootie dumpling showstopper.

    Shona Burns, 34, works on the regional burns unit at the regional hospital and practises her bakes after night shifts. "My colleagues are very well fed," she said. "Some of them have started requesting things."

    The final will be broadcast next Thursday.
    """,
    [("Highland_Hazel", "2 Oct 2024", "Go Shona!! That dumpling looked amazing.")]),
  [])

# 078
D("social", dd("""
    Offshore Ghost
    @offshore_ghost_

    Funny how naebody mentions that Crawford Ogstoun only went into teaching cause he got caught fiddling his expenses and overtime on the Skerrivore platform. Walked before he was pushed. Now he's in charge of a skweel? Aye right 🤔

    7:42 PM · Mar 8, 2025 · 405 Views

    1 Repost   6 Likes

    ──────────
    ProductionTech_Pete @ptpete · Mar 8
    Total bollocks. He was made redundant in 2015 like the rest of us. I was there.
    """),
  [M("cogstoun", "exact", "defamation", "Crawford Ogstoun")])

# 079
D("forum", forum_page("redarmy", "Stadium plans - letters page chat", [
    ("Beach_End_Brenda", "Season ticket · 2,351 posts", "Thu 17 Oct 2024, 21:30",
     "Anybody read that Ogstoun mannie's letter in the Clarion? Teacher, I think. Talked more sense aboot the stadium than the whole board has in five year."),
    ("StandFree83", "Season ticket · 8,940 posts", "Thu 17 Oct 2024, 21:44",
     "Aye, it was good. Keep it by the sea. The beach is the club."),
    ("Dandy_Dons", "Member · 420 posts", "Thu 17 Oct 2024, 22:10", "He should stand for the fans' trust board."),
    ], thread_id=88456),
  [M("cogstoun", "surname_only", "neutral", "Ogstoun")])
# 080
D("social", dd("""
    jay 🔴
    @jay_mc_2008

    @RCruickshankPE ye dropped me fae the squad for the cup final in front o aabody. ken yer motor. the blue Octavia. it'll nae be blue much longer and neither will you 🔥🚗

    12:40 AM · Mar 3, 2025 · 64 Views

    ──────────
    RCruickshankPE @RCruickshankPE · Mar 3
    Jay, I've passed this to the school and your parents. Please come and speak to me.
    """),
  [M("rcruickshank", "handle", "threat", "@RCruickshankPE")])

# 081
D("news", news_page(
    "courant", "Aberdeen", "PE teacher returns to Kirkbrae Academy after being cleared",
    "Council investigation finds 'no case to answer' following pupil complaint",
    "Kirsten Wattie", "22 November 2024",
    """
    A PE teacher at an Aberdeen secondary has returned to work after a council investigation found no case to answer.

    Robert Cruickshank, principal teacher of PE at Kirkbrae Academy, was suspended in October after a complaint from a pupil. A statement from his union said he had been "fully exonerated" and thanked pupils and parents "for the many messages of support".

    Mr Cruickshank said he was "just glad to be back at work with the kids, and looking forward to the cup run".

    The council said it did not comment on individual staffing matters.
    """,
    [("Kincorth_Loon", "22 Nov 2024", "Told ye. Welcome back Rab."),
     ("Fisher_Lassie", "22 Nov 2024", "Hope the folk that slagged him on Facebook are feeling sheepish the day.")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("rcruickshank", "exact", "neutral", "Robert Cruickshank")])

# 082
D("facebook", dd("""
    Kincorth Community Noticeboard
    Public group · 3.1K members

    Sandra Paterson
    17 March at 20:20 · 🌎
    Had the misfortune o a meeting wi Ogstoun the day. Thinks he's still on a rig bossin roustabouts aboot. Arrogant, bullying big gob of a man wi a face like a melted welly. Couldna listen if his life depended on it.

    😂👍 34 · 22 comments
    Like   Comment   Share

        Lee Morrice
        He's the only one up there that's ever helped us, Sandra. Each tae their own.
        Like · Reply · 1d
    """),
  [M("cogstoun", "surname_only", "abuse", "Ogstoun")])

# 083
D("social", dd("""
    millie 🧪
    @millie.chem.queen

    dr nwachukwu in the lab coat explaining titration 😍😍 S6 chem quines are NOT surviving this year 🥵 #torry #highers #chemistry

    2:22 PM · Oct 9, 2024 · 215 Views

    18 Likes

    ──────────
    ash @ash.xo_ · Oct 9
    MILLIE he's got a WIFE 😭
    """),
  [M("onwachukwu", "title_surname", "sexual", "dr nwachukwu")])

# 084 decoy: the Kirkie Bar
D("social", dd("""
    Red Army Rab
    @redarmy_rab

    Pre-match pint in the Kirkie Bar then doon the beach tae the ground 🍺🔴⚪ Come on the Dons! If we lose this one I'm movin tae Dundee (I'm nae)

    1:10 PM · Feb 22, 2025 · 98 Views

    3 Likes
    """))

# 085
D("forum", forum_page("granite", "Aberdeen schools - who's actually teaching our kids now?", [
    ("GraniteGuardian", "Member · 1,212 posts", "Sat 22 Feb 2025, 21:30",
     """Looked at the staff list for Kirkbrae. French taught by a Dabrowski, chemistry by a Nwachukwu. The place is basically a third-world school now. This is what the oil boom did - let every chancer in Europe and Africa in, and now our own graduates can't get a job.

     Replacement isn't a theory when you can read it off a school website."""),
    ("Bonnie_Banner", "Member · 488 posts", "Sat 22 Feb 2025, 21:52",
     "Kirkbrae was a good Torry school when my da went. Now it's a foreign embassy. Nae wonder they cannae control the kids."),
    ("GraniteGuardian", "Member · 1,213 posts", "Sat 22 Feb 2025, 22:01", "Exactly. Send them home and give the jobs back to Scots."),
    ], thread_id=1451),
  [M("school", "short_name", "hate", "Kirkbrae"), M("mdabrowska", "typo", "hate", "Dabrowski"),
   M("onwachukwu", "surname_only", "hate", "Nwachukwu")])

# 086
D("review", dd("""
    Kirkbrae Academy
    Secondary school · Kirkbrae Road, Aberdeen
    3.2 ★★★☆☆ (97 reviews)

    Paula Cormack
    1 review
    ★★★★★ 3 months ago
    Reading some of the reviews on here I wanted to balance it out. My son has autism and was terrified about starting S1. Yasmin B. (S1 year head) met him four times before August, gave him a quiet space pass and a map with photos of every room. Mr Reid the janitor took him round the building on the last day of the summer holidays so he could see it empty. He's now in S2 and thriving. Thank you Kirkbrae Academy.
    👍 Helpful 41   Share
    """),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("ybukhari", "first_initial", "neutral", "Yasmin B."),
   M("sreid", "title_surname", "neutral", "Mr Reid")])

# 087
D("news", news_page(
    "wire", "Community", "Facebook page war: how two Torry groups fell out over a school",
    "Volunteers behind the area's biggest community page say they have been threatened by members of a rival group",
    "Torry Wire volunteers", "12 February 2025",
    """
    For twelve years, Torry Loons & Quines was where you went to find a lost cat, sell a pram or ask which chippy was open on a Sunday. Then came the Kirkbrae Academy bullying row.

    In January, a group of former members set up Torry Unfiltered (No Censorship), promising to publish what the original page "deleted". Since then the new page has carried posts naming school staff - including the guidance teacher Mòrag O'Rourke and the janitor Steven Reid - along with personal details that the older page had removed.

    "We've had messages calling us council stooges, and worse," said one of the Loons & Quines admins, who asked not to be named. "All we ever did was take down home addresses and phone numbers."

    The admin of Torry Unfiltered said the page "believes in free speech" and that "folk are entitled to their opinions about public servants".

    Police Scotland said it had received "a number of reports" relating to posts on local pages.
    """,
    [("TorryTerrier", "12 Feb 2025", "Good article. Sad whit's happened to the toon."),
     ("Truth_Torry", "12 Feb 2025", "Free speech! And everybody kens Reid's been on the fiddle for years, that's nae opinion that's fact."),
     ("Lynn Masson", "13 Feb 2025", "@Truth_Torry and there it is.")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("morourke", "exact", "neutral", "Mòrag O'Rourke"),
   M("sreid", "exact", "defamation", "Steven Reid")])

# 088
D("social", dd("""
    local_patriot_abz
    @local_patriot_abz

    For aa them asking: the Polish French teacher at Kirkbrae, Gosia Dąbrowska, bides at Flat 2, 41 Balnaclach Road, AB17 2QD. Her car's the red Skoda. Nae harm in folk kennin fa's livin roon them.

    10:33 PM · Feb 23, 2025 · 377 Views

    4 Reposts   9 Likes
    """),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("mdabrowska", "alias", "doxxing", "Gosia Dąbrowska")])

# 089
D("social", dd("""
    TikTok · @torry.guidance.stories · "pov ur guidance teacher 'listening' 🙄" · #torry #school #fyp

    Comments (92)

    kayla.abz
    MoragORourkeIsUseless should be the school motto fr 😭 she's a lazy cow
    3-04 · Reply · ♡ 55

    deano.08
    @kayla.abz she actually helped me tho 🤷
    3-04 · Reply · ♡ 20

    kayla.abz
    @deano.08 congrats ur the one 🙄
    3-04 · Reply · ♡ 14
    """),
  [M("morourke", "camelcase", "abuse", "MoragORourkeIsUseless")])

# 090
D("blog", blog_page(
    "truth", "THE KIRKBRAE PROTECTION RACKET: who's really covering for the heid?", "Granite City Truth", "20 March 2025",
    """
    You won't read this in the Courant.

    Why has Gillian Cargill–Rennie not been sacked? Simple. Her husband's firm has had three council property contracts since 2020. Our sources say the council's education boss was at their wedding. The "investigation" is a whitewash, written before it started, and the bullying complaints were binned to keep Kirkbrae's numbers clean for the inspectors.

    Check the contracts. Check the wedding photos. And ask why no councillor will answer a straight question about it.

    SHARE before this gets taken down.
    """,
    [("Wake_Up_Granite", "20 Mar 2025", "Always the same in this toon. Jobs for pals."),
     ("Iain D", "21 Mar 2025", "Any evidence at all? Or just 'our sources'?")],
    tags=["Council", "Cover-ups", "Kirkbrae"]),
  [M("school", "short_name", "defamation", "Kirkbrae"), M("gcargillrennie", "hyphenated", "defamation", "Gillian Cargill–Rennie")])

# 091 decoy: offshore decommissioning, locality only
D("news", news_page(
    "offshore", "Decommissioning", "Torry quayside yard bids for platform removal work",
    "Firm says 150 jobs could be created if contract is won",
    "Euan Strachan", "5 November 2024",
    """
    A decommissioning company based on the Torry quayside has bid for a contract to dismantle two ageing North Sea platforms, which it says could create up to 150 jobs.

    The firm's managing director said the south side of the harbour had "exactly the skills the industry needs for the next twenty years, in the people who've been laid off from the last twenty".

    A decision is expected in the spring.
    """,
    [("OffshoreOllie", "5 Nov 2024", "Fingers crossed. Half of Kincorth would apply.")]),
  [])

# 092
D("facebook", dd("""
    Torry Loons & Quines
    Public group · 6.4K members

    Admin - Torry Loons & Quines
    26 February at 19:30 · 🌎
    ⚠️ PLEASE READ ⚠️ We're aware that an image of a Kirkbrae pupil is being shared in group chats and on another local page. DO NOT share it, DO NOT comment on it, and if you have it, delete it. Sharing an image of a child like this is a crime. The school and the police are aware.

    If your young person is affected, the school guidance team and Childline can help.

    👍❤️ 512 · 48 comments
    Like   Comment   Share

        Lynn Masson
        Thank you for posting this properly.
        Like · Reply · 5h
    """),
  [M("school", "short_name", "neutral", "Kirkbrae")])

# 093
D("social", dd("""
    nae_grass
    @nae_grass_s5

    0gst0un got me excluded an noo ma maw's lost the plot. he kens fit's comin. ah've got mates fae Tullyhaugh that dinna care aboot the polis 😈 see ye at the gates big man

    8:02 PM · Mar 10, 2025 · 53 Views
    """),
  [M("cogstoun", "leetspeak", "threat", "0gst0un")])

# 094
D("news", news_page(
    "clarion", "Courts", "Teenager admits threatening acting head of Aberdeen school",
    "Youth, 16, posted that he would attack depute head at school gates",
    "Court Reporter", "28 April 2025",
    """
    A 16-year-old has admitted sending threatening messages about the acting head teacher of an Aberdeen secondary school.

    The youth, who cannot be named because of his age, posted on social media in March that he would attack Crawford Ogstoun, acting head of Kirkbrae Academy, at the school gates. Aberdeen Sheriff Court heard he had been excluded days earlier.

    The sheriff deferred sentence for a background report and imposed a non-harassment order. Mr Ogstoun did not attend court.
    """,
    [("Kincorth_Gran", "28 Apr 2025", "Glad it was dealt wi. That poor man's had some year.")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("cogstoun", "exact", "neutral", "Crawford Ogstoun")])

# 095
D("social", dd("""
    Mikey G
    @mikey_g_abz

    the heidie at the Torry skweel, C a r g i l l - R e n n i e, in that tight pencil skirt at parents night 🥵🥵 nae wonder aa the dads are complainin, it's the only way tae get a meetin 😏

    11:11 PM · Nov 21, 2024 · 134 Views

    2 Likes
    """),
  [M("gcargillrennie", "spacing", "sexual", "C a r g i l l - R e n n i e")])

# 096
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Mandy Reith
    14 January at 21:55 · 🌎
    Shona Burns is a power-mad, nasty wee bitch who gets her kicks humiliatin bairns in front o the class. Called my quine "lazy" in front o 30 folk. Kirkbrae's full o teachers like her that think they're better than us.

    😡👍 17 · 25 comments
    Like   Comment   Share

        Karen Leslie
        She got my son a B in Higher when naebody else believed in him. Each tae their ain.
        Like · Reply · 3d
    """),
  [M("school", "short_name", "negative", "Kirkbrae"), M("sburns", "exact", "abuse", "Shona Burns")])

# 097 decoy: Burns Night, Robert Burns
D("facebook", dd("""
    Torry Old Kirk Hall
    18 January at 10:00 · 🌎

    🏴󠁧󠁢󠁳󠁣󠁴󠁿 BURNS SUPPER 🏴󠁧󠁢󠁳󠁣󠁴󠁿
    Saturday 25 January, 7pm. Haggis, neeps and tatties, the Selkirk Grace, and songs and poems of Robert Burns from the Torry Doric Club. Tickets £12 (concessions £8) from the church office.

    Bring yer ain bottle. Kilts optional but encouraged 😉

    👍❤️ 61 · 7 comments
    Like   Comment   Share
    """))

# 098
D("social", dd("""
    Family Values Scotland
    @famvalues_scot

    Kirkbrae music teacher Lindqvist's "husband" was at the Christmas concert, in front o the bairns 🤮 Folk like that shouldna be let near children, never mind teaching them. Groomers, the lot of them. #ProtectOurKids

    8:17 AM · Dec 15, 2024 · 1,460 Views

    14 Reposts   2 Quotes   31 Likes

    ──────────
    Ross T @rosst_music · Dec 15
    He's the best teacher I ever had and his husband is a lovely guy. Get in the sea.
    """),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("flindqvist", "possessive", "hate", "Lindqvist's")])

# 099
D("review", dd("""
    StaffSay › Aberdeen City Council › Kirkbrae Academy › Reviews

    "PE dept - great kids, old-school boss"
    ★★☆☆☆  Former Employee - PE Teacher in Aberdeen, Scotland · 11 August 2024
    I worked at Kirkbrae Academy full-time for more than a year

    Pros
    Facilities are decent. Kids love their sport.

    Cons
    R. Cruickshank runs the department like it's 1995. Football, football, football. Girls' PE is an afterthought, new ideas are laughed at, and if you're not one of his pals you get the worst timetable.

    Advice to management
    Look at who gets the extra-curricular budget.

    Helpful (7) · Share · Report
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("rcruickshank", "initial_surname", "negative", "R. Cruickshank")])

# 100
D("news", news_page(
    "clarion", "Courts", "Man, 53, charged after disorder outside football ground",
    "Kincorth man accused of assault after Dons match",
    "Court Reporter", "6 November 2023",
    """
    A man has been charged following disorder near the beach end of the football ground after Saturday's match.

    Crawford Ogstoun, 53, of Kincorth, was arrested and charged with assault and breach of the peace. He was released on an undertaking to appear at Aberdeen Sheriff Court later this month.

    Police Scotland said a 29-year-old man had been treated for minor injuries. Officers are appealing for witnesses.
    """,
    [("Beach_End_Brenda", "6 Nov 2023", "Saw some of it. It wisnae fit it looked like."),
     ("DoricDave", "6 Nov 2023", "Let the sheriff decide, nae Facebook.")]),
  [M("cogstoun", "exact", "defamation", "Crawford Ogstoun")])

# 101
D("social", dd("""
    Clan Defender
    @clan_defender_1320

    That Bukh*ri, S1 heid at the Kincorth skweel, better nae turn up at the gates on Monday in her rag or she'll get it ripped aff her heid. Final warnin. Scotland's nae yours. 🔥

    11:48 PM · Mar 16, 2025 · 207 Views

    3 Likes
    """),
  [M("ybukhari", "obfuscated", "threat", "Bukh*ri")])

# 102
D("forum", forum_page("highers", "Higher Music composition help? (Aberdeen)", [
    ("piano_pete_07", "S5 · 12 posts", "Sun 2 Feb 2025, 17:30",
     "anyone else at kirkbrae doing higher music composition? mine is a mess and it's due in 3 weeks"),
    ("trumpet.tam", "S6 · 88 posts", "Sun 2 Feb 2025, 17:44",
     "go to Fraser L. at lunch on thursdays. he literally sat with me for an hour and fixed my modulation. he's class, he'll not judge how bad it is"),
    ("piano_pete_07", "S5 · 13 posts", "Sun 2 Feb 2025, 17:50", "legend thank u 🙏"),
    ], thread_id=20588),
  [M("school", "short_name", "neutral", "kirkbrae"), M("flindqvist", "first_initial", "neutral", "Fraser L.")])

# 103
D("facebook", dd("""
    Torry Loons & Quines
    Public group · 6.4K members

    Leanne Gauld
    1 April at 20:15 · 🌎
    Update for everybody that's asked 💙 Kayden started at Girdleside on Monday. First day he's come hame smiling in six month. I'm nae sayin Girdleside's perfect but they had a plan for him afore he walked in the door. Kirkbrae had months and did nothing.

    Only person fae there I'll thank is Mrs O'Rourke, who phoned him the day to wish him luck. She tried. The system didn't.

    ❤️👍 388 · 96 comments
    Like   Comment   Share

        Shaz Mearns
        Brilliant news Leanne ❤️
        Like · Reply · 2h
    """),
  [M("school", "short_name", "negative", "Kirkbrae"), M("morourke", "title_surname", "neutral", "Mrs O'Rourke")])

# 104
D("blog", blog_page(
    "doric", "Stevie the jannie: a poem", "Dod the Blogger", "31 January 2025",
    """
    Wi aa the clash on Facebook aboot the jannie up at Kirkie, a reader sent me this. I've nae changed a word.

    > He's fixed the boiler, clear't the snaa, an chased the gulls fae the tuck-shop wa'. He's fun lost jaickets, phones an shoon, an walked the feart eens roon the toon.

    > Twenty-five year he's held the keys, an never asked for thanks nor fees. Sae fan ye type yer lies at nicht, mind Stevie the jannie's aye been richt.

    Bonnie. Leave the man alane.
    """,
    [("Granny Mitchell", "31 Jan 2025", "Greetin at this. He's been good tae my grandbairns."),
     ("Truth_Torry", "31 Jan 2025", "Poems dinna prove onything")],
    tags=["Doric", "Poems", "Kirkie"]),
  [M("school", "alias", "neutral", "Kirkie"), M("sreid", "nickname", "neutral", "Stevie the jannie")])

# 105 decoy: local forum, the brae and the harbour
D("forum", forum_page("local", "Girdleside Road brae - gritter never comes", [
    ("TorryTerrier", "Member since 2015", "Tue 7 Jan 2025, 08:15",
     "Slid halfway doon the brae on my erse this morning. Third year running the gritter does the main road and forgets the rest o us. Anybody else?"),
    ("Balnaclach_Bob", "Member since 2012", "Tue 7 Jan 2025, 08:40",
     "Aye. Bin at the top's been empty since November. Reported it on the council app. Fat lot o good."),
    ("Harbour_Hen", "Member since 2019", "Tue 7 Jan 2025, 09:02",
     "The harbour road's nae better. Watched a lorry doing a pirouette at the fish market."),
    ], thread_id=640),
  [])

# 106
D("facebook", dd("""
    Kincorth Mams Chat
    Private group · 1.9K members

    Louise Wood
    9 May at 21:40 · 🔒
    Fa else stood at the Kirkbrae sports day just for Bob Cruickshank in his shorts 😂🥵 I'd let that man coach me ony day o the week. Sorry nae sorry. Man's built like a door.

    😂❤️ 88 · 51 comments
    Like   Comment   Share

        Gail Simpson
        LOUISE 😂😂 his wife's in this group
        Like · Reply · 2d

        Louise Wood
        @Gail Simpson 🙈🙈🙈 deleting
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("rcruickshank", "nickname", "sexual", "Bob Cruickshank")])

# 107
D("news", news_page(
    "bulletin", "News", "Inspectors call for stronger approach to bullying at Aberdeen secondary",
    "Report on Kirkbrae Academy praises attainment but finds recording of incidents 'inconsistent'",
    "Staff reporter", "3 June 2025",
    """
    School inspectors have told an Aberdeen secondary to improve the way it records and responds to bullying, in a report published on Tuesday.

    The report on Kirkbrae Academy rated learning, teaching and assessment as "good" and attainment as "very good", citing "exceptional" results in mathematics and the sciences. But inspectors found that recording of bullying incidents was "inconsistent" and that some young people "did not feel confident that concerns would be acted on".

    The council said an improvement plan was already being implemented and that "the views of young people and families will be at its heart".
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy")])

# 108
D("social", dd("""
    mad_about_fitba_dad
    @madaboutfitbadad

    Kirkie's fitba coach Rab Cruickshank has blocked every parent on WhatsApp. Here's his personal mobile 07700 900671 - mind an gie him a ring aboot why your loon's on the bench. 📞📞

    9:05 PM · Nov 28, 2024 · 289 Views

    3 Reposts   6 Likes
    """),
  [M("school", "alias", "negative", "Kirkie"), M("rcruickshank", "nickname", "doxxing", "Rab Cruickshank")])

# 109 decoy: harbour seals on TikTok
D("social", dd("""
    TikTok · @abz.wildlife.wendy · "the Torry seals are BACK 🦭" · #aberdeen #harbour #seals

    Comments (1,044)

    doric_dougie
    fit like seals 🦭 grand tae see ye
    10-02 · Reply · ♡ 301

    kincorth.kerry
    took the bairns doon the brae tae see them at the weekend, they were lyin on the rocks like a row o sausages 😂
    10-02 · Reply · ♡ 188

    harbour.hen
    the big one is called Gordon. don't ask me why
    10-03 · Reply · ♡ 97
    """))

# 110
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Gordon Hepburn
    3 March at 22:30 · 🌎
    Aberdeen's been full o Nigerians since the oil boom and noo even Kirkbrae's got one teachin oor bairns. Nwachukwu. Half o them came ower on fake papers and the ither half are runnin scams. Mark my words, he'll be filling their heids wi African nonsense.

    😡👍 19 · 33 comments
    Like   Comment   Share

        Tunde A
        I'm Nigerian, I've lived in Kincorth 18 years and I'm a nurse at the Infirmary. Fit's yer excuse, Gordon?
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("onwachukwu", "surname_only", "hate", "Nwachukwu")])

# 111
D("social", dd("""
    ryan ⚽
    @ryan_s4_torry

    ms dąbrowska said "très bien" tae me in french at torry the day an ah've nae recovered 🥵🥵 ah'd dae a hunner verb tables for that woman

    3:40 PM · Feb 26, 2025 · 88 Views

    5 Likes

    ──────────
    owen @owenb_09 · Feb 26
    ur a weirdo 😭
    """),
  [M("mdabrowska", "title_surname", "sexual", "ms dąbrowska")])

# 112
D("news", news_page(
    "scotsman", "Education", "Bullying complaints to councils rise by a third, figures show",
    "Parents in Aberdeen, Dundee and Glasgow describe 'brick walls' when reporting concerns",
    "Fiona Keir, Education Correspondent", "24 March 2025",
    """
    Formal complaints to Scottish councils about the handling of bullying in schools have risen by around a third in two years, according to figures obtained by Scotland Today.

    In Aberdeen, where the handling of complaints at Kirkbrae Academy is the subject of a council review, the number of stage 2 complaints about secondary schools doubled.

    Campaigners say parents are too often met with "a brick wall". Councils say schools are dealing with more complex cases, particularly involving social media, with fewer staff.

    The Scottish Government said its anti-bullying guidance was being updated.
    """,
    [("Parent_Glasgow", "24 Mar 2025", "Same in Glasgow. You get a leaflet and a shrug.")]),
  [M("school", "exact", "negative", "Kirkbrae Academy")])

# 113
D("forum", forum_page("rigchat", "Bumped into an old crew member - now a heidie!", [
    ("Rigger_Ronnie", "Member · 980 posts", "Fri 21 Mar 2025, 20:05",
     "Saw in the paper Crawf Ogstoun's acting head at a school now. Good on him I suppose."),
    ("Old_Toolpusher", "Member · 3,311 posts", "Fri 21 Mar 2025, 20:30",
     "Crawf Ogstoun? Two-faced, grassing bastard. Reported half the night shift to the OIM in 2012 for a card school. Pity the teachers."),
    ("Rigger_Ronnie", "Member · 981 posts", "Fri 21 Mar 2025, 20:44", "Ha, ye auld gype. Long memories on this forum."),
    ], thread_id=3378),
  [M("cogstoun", "alias", "abuse", "Crawf Ogstoun")])

# 114
D("social", dd("""
    Not Sorry
    @not_sorry_abz

    Mrs Cargil-Rennie should be dragged oot o that school by her hair in front o aa the parents she lied tae. An I'd happily be the one doin the draggin. 😤

    7:02 PM · Feb 7, 2025 · 401 Views

    2 Reposts   11 Likes
    """),
  [M("gcargillrennie", "typo", "threat", "Mrs Cargil-Rennie")])

# 115 decoy: namesake councillor in Dundee
D("news", news_page(
    "scotsman", "Politics", "Dundee councillor calls for ferry fares freeze",
    "Steven Reid says island families are being 'priced off the mainland'",
    "Political Staff", "11 September 2024",
    """
    A Dundee councillor has called for a freeze on ferry fares, saying families with relatives on the islands are being "priced off the mainland".

    Councillor Steven Reid, who chairs the city's transport committee, said he would raise the issue at the next meeting of the regional transport partnership.

    Transport Scotland said fares had been frozen in real terms for most routes.
    """),
  [])

# 116
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Anonymous participant
    21 March at 23:15 · 🌎
    Acting heidie Crawford Ogstoun lives at 6 Craigmurie Way, Tullyhaugh AB17 8RJ. Black Land Rover, reg ends in KTX. He thinks he can exclude oor bairns and go hame tae his nice hoose in Tullyhaugh. Nae mair.

    😮 27 · 30 comments
    Like   Comment   Share

        Michelle Pirie
        Reported. This page is a menace.
        Like · Reply · 1d
    """),
  [M("cogstoun", "exact", "doxxing", "Crawford Ogstoun")])

# 117
D("blog", blog_page(
    "guidance", "Caseloads, not heroes: what a guidance teacher can actually do", "Guidance Matters", "14 October 2023",
    """
    At our autumn conference in Perth, one session stood out. Mòrag Bain, a principal teacher of guidance from Torry with twenty years in the job, spoke about caseloads.

    "I have 190 young people," she said. "I see maybe thirty of them in any meaningful way in a week. The rest get an email, a corridor chat or nothing. Parents think guidance is a person who can fix everything. It's a person with a timetable."

    Her recommendations: cap caseloads, ring-fence time for pastoral work, and stop using guidance staff for cover. The audience, several of whom had tears in their eyes, gave her a standing ovation.
    """,
    [("PT_Guidance_Fife", "15 Oct 2023", "This was the best session of the day. 190 is criminal."),
     ("Guidance Matters", "15 Oct 2023", "@PT_Guidance_Fife she's since married and is now Mòrag O'Rourke, for anyone trying to find her on LinkedIn!")],
    tags=["Caseloads", "Conference", "Guidance"]),
  [M("morourke", "exact", "neutral", "Mòrag O'Rourke")])

# 118
D("social", dd("""
    burn_it_doon
    @burn_it_doon_25

    they covered up for bullies an noo they're coverin for the heidie. time tae make them pay. friday nicht. bring matches. #BurnKirkbrae 🔥🔥🔥

    1:33 AM · Mar 15, 2025 · 188 Views

    ──────────
    Lorna P @lornap_abz · Mar 15
    Reported. Whoever you are, get help.
    """),
  [M("school", "hashtag", "threat", "#BurnKirkbrae")])

# 119 decoy: Torry chippy review
D("review", dd("""
    The Silver Darling Chipper
    Fish & chips · Girdleside Road, Torry
    4.6 ★★★★★ (1,411 reviews)

    Graham Duthie
    Local Guide · 90 reviews
    ★★★★★ 3 weeks ago
    Haddock that was in the fish market that mornin, batter like glass, chips done in beef dripping. Queue oot the door at five o'clock on a Friday but it moves fast. Mind an get a pickled onion. Eat it sittin on the wall lookin ower the harbour like a proper Torry loon.
    👍 Helpful 14   Share
    """))
# 120
D("news", news_page(
    "courant", "Aberdeen", "School janitor's van vandalised after online rumours",
    "Police investigating after tyres slashed and 'THIEF' sprayed on vehicle in Kincorth",
    "Kirsten Wattie", "30 January 2025",
    """
    Police are investigating after a van belonging to a school janitor was vandalised outside his home in Kincorth, days after his address was posted on a community Facebook page.

    Steven Reid, who has been janitor at Kirkbrae Academy for 25 years, found the tyres of his van slashed and the word "THIEF" sprayed across the side on Wednesday morning.

    Unfounded claims that Mr Reid had stolen school equipment have circulated on social media since January. Aberdeen City Council said there was "absolutely no basis" for them.

    "Stevie is a valued and much-loved member of our school community," a school spokesperson said. "We are appalled."

    Police Scotland appealed for anyone with information to come forward.
    """,
    [("Kim Dalgarno", "30 Jan 2025", "Heartbreaking. That page has a lot tae answer for."),
     ("Truth_Torry", "30 Jan 2025", "Should've been his hoose windaes an aa. Next time it will be."),
     ("TorryTerrier", "30 Jan 2025", "@Truth_Torry reported.")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("sreid", "exact", "threat", "Steven Reid")])

# 121
D("forum", forum_page("staffroom", "Head on leave, rumour mill at full tilt", [
    ("dreich_days", "Secondary teacher · 233 posts", "Sun 16 Mar 2025, 19:50",
     """Update from Kirkbrae for those who asked. Acting head is doing his best. The online stuff about colleagues is vile - addresses, phone numbers, people's religion and sexuality dragged into it.

     For the record, I thought Cargill-Rennie was a poor head who hid from the staffroom and the parents. But nobody deserves what's being posted about her."""),
    ("chalk_and_cheese", "Secondary teacher · 1,060 posts", "Sun 16 Mar 2025, 20:12",
     "Look after yourselves. Report everything to the union and keep screenshots."),
    ], thread_id=4231),
  [M("school", "short_name", "negative", "Kirkbrae"), M("gcargillrennie", "surname_only", "negative", "Cargill-Rennie")])

# 122
D("social", dd("""
    tired_mam_of_4
    @tired_mam_of_4

    guidance at the Torry skweel is a joke. Morag ORourke is a thick, useless, lazy cow that couldna guide a bairn across a road. 6 weeks for a phone call 🤬

    9:58 PM · Feb 12, 2025 · 142 Views

    3 Likes
    """),
  [M("morourke", "typo", "abuse", "Morag ORourke")])

# 123
D("social", dd("""
    Yasmin Bukhari 🧬
    @YBukhariBio

    So proud of our S1 scientists - 160 bairns, 160 pond samples, and only one wellie lost in the Tullyhaugh Hill pond 🐸🔬 #KirkbraeScience

    3:15 PM · May 14, 2024 · 512 Views

    4 Reposts   61 Likes

    ──────────
    true_scot_1320 @truescot1320 · May 14
    @YBukhariBio take yer towel heid back tae Pakistan an teach yer ain kind 🤮 nae wanted here

    Jenna M @jennam_abz · May 14
    @truescot1320 reported. She was born in Dundee, you clown.
    """),
  [M("school", "hashtag", "neutral", "#KirkbraeScience"), M("ybukhari", "exact", "hate", "Yasmin Bukhari")])

# 124
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Wayne Ross
    22 June at 23:40 · 🌎
    Kirkbrae prom pics are up on the school page 😍 some o them S4 quines look aulder than their age in them dresses, if ye ken fit I mean 😏😏

    😂 6 · 14 comments
    Like   Comment   Share

        Gaz Allan
        🔥🔥 dm me the best eens
        Like · Reply · 2d

        Lisa Beattie
        They're 15 years old you sick pair. Screenshotted and sent to the police.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "sexual", "Kirkbrae", url_only=True)])

# 125 decoy: neighbouring school
D("news", news_page(
    "clarion", "Schools", "Girdleside Academy pupils launch peer anti-bullying scheme",
    "Trained S6 'buddies' will be on hand at break and lunch",
    "Lynsey Bremner", "13 March 2025",
    """
    Senior pupils at Girdleside Academy have launched a peer-support scheme in which trained S6 volunteers are available to younger pupils at break and lunchtime.

    Head teacher Alan Duncan said the idea came from pupils themselves. "They told us younger kids would rather talk to someone a few years older than to a teacher. So we trained them properly and let them lead."

    Thirty pupils completed a two-day course run with a national children's charity.
    """,
    [("Tullyhaugh_Mum", "13 Mar 2025", "Great idea. Every school should do this.")]),
  [])

# 126
D("blog", blog_page(
    "justice", "An open letter to the acting head teacher", "Justice for Our Bairns", "10 March 2025",
    """
    Dear Mr Ogstoun,

    You have been acting head of Kirkbrae for four days. Many parents tell us you are approachable and that you "get" Torry. We hope that is true.

    But approachable is not the same as accountable. The families who complained were failed by the whole senior team, and you were part of that team. We are asking you to publish the number of bullying incidents recorded in each of the last three years, to meet every family who has complained, and to apologise.

    We will judge you by what you do, not what you say.

    Justice for Our Bairns
    """,
    [("Leanne G", "10 Mar 2025", "Signed, every word."),
     ("Kincorth_Loon", "11 Mar 2025", "Gie the man a chance.")],
    tags=["Kirkbrae", "Open letters"]),
  [M("school", "short_name", "negative", "Kirkbrae"), M("cogstoun", "title_surname", "negative", "Mr Ogstoun")])

# 127
D("social", dd("""
    Granite Patriot
    @granite_patriot_

    Kirkbrae chemistry teacher Obi Nwachukwu's mobile: 07700 900541. Found it on an old church youth group poster 😂 Go on, gie him a wee call and ask him fit he's teaching oor bairns.

    11:04 PM · Mar 4, 2025 · 266 Views

    2 Reposts   5 Likes
    """),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("onwachukwu", "alias", "doxxing", "Obi Nwachukwu")])

# 128
D("news", news_page(
    "bulletin", "News", "Aberdeen music teacher under investigation after trip complaint",
    "Council confirms inquiry at Kirkbrae Academy; teacher 'co-operating fully'",
    "Staff reporter", "27 May 2024",
    """
    Aberdeen City Council has confirmed it is investigating a complaint about a music department trip at Kirkbrae Academy.

    Fraser Lindqvist, principal teacher of music, is understood to be the subject of the inquiry, which relates to supervision arrangements on a residential trip to Edinburgh in April. He remains at work.

    A spokesperson for his union said Mr Lindqvist was "co-operating fully" and was confident he would be "quickly cleared". The council said it would not comment further.
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("flindqvist", "exact", "defamation", "Fraser Lindqvist")])

# 129
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Anonymous participant
    28 May at 22:02 · 🌎
    "Supervision arrangements" 🙄 Come on. Aabody kens fit the Kirkbrae music teacher is under investigation for. Lindqvist's a beast. Ye dinna take a bus o teenage loons tae Edinburgh for "music". Keep yer bairns awa fae him.

    😮😡 41 · 77 comments
    Like   Comment   Share

        Claire Moir
        This is a lie and it could get somebody killed. He was investigated because a bus was late. My son was on the trip.
        Like · Reply · 3d

        Anonymous participant
        @Claire Moir that's fit they tellt ye
        Like · Reply · 3d
    """),
  [M("school", "short_name", "sexual", "Kirkbrae", url_only=True), M("flindqvist", "surname_only", "sexual", "Lindqvist", url_only=True)])

# 130
D("social", dd("""
    Grumpy Grandad
    @grumpy_grandad_abz

    Nw4chukwu at kirkbrae is a condescending, jumped-up arse. Tellt my grandson he "lacked ambition" at parents night. He's 14. Fa dis he think he is?

    6:30 PM · Oct 3, 2024 · 90 Views

    1 Like
    """),
  [M("school", "short_name", "negative", "kirkbrae"), M("onwachukwu", "leetspeak", "abuse", "Nw4chukwu")])

# 131 decoy: the alias form on a namesake fiddler
D("social", dd("""
    Stevie Reid & the Deeside Ceilidh Band
    @deesideceilidh

    Dinna forget - we're at the Legion hall this Saturday for the Strip the Willow world record attempt 🎻🕺 Stevie Reid on fiddle, Maggie on box, and Dod on the drums if his back holds oot.

    Doors 7.30. £8 at the door.

    12:00 PM · Oct 10, 2024 · 180 Views

    2 Reposts   14 Likes
    """))

# 132
D("news", news_page(
    "clarion", "Schools", "Kirkbrae maths teacher named Scotland's secondary teacher of the year",
    "Shona Burns praised for 'relentless belief' in pupils",
    "Lynsey Bremner", "18 June 2024",
    """
    An Aberdeen maths teacher has been named secondary teacher of the year at the North of Scotland Teaching Awards.

    Shona Burns, principal teacher of mathematics at Kirkbrae Academy, was nominated by former pupils and colleagues. The judges praised her "relentless belief" in young people who had been written off elsewhere, and her free Saturday revision club at Torry library.

    Mrs Burns, who has used a wheelchair since a car crash in her twenties, said: "I'm accepting this for my department and for the kids who turn up on a Saturday morning when they could be in their beds. That's the real award."

    Former pupil Liam Cowie, now studying engineering, said: "She told me I was getting an A. I laughed. I got an A."
    """,
    [("Karen Leslie", "18 Jun 2024", "Absolutely deserved. Best teacher in the toon."),
     ("Torry_Tam", "18 Jun 2024", "Bloody magic. Well done that woman.")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("sburns", "exact", "neutral", "Shona Burns")])

# 133
D("forum", forum_page("scotparents", "Kirkbrae head - any news?", [
    ("DeesideDeb", "Joined 2021 · 96 posts", "Fri 21 Mar 2025, 21:20",
     "Anyone heard anything about the head at Kirkbrae? Letters home just say 'leave of absence'."),
    ("Doric_Debs", "Joined 2019 · 441 posts", "Fri 21 Mar 2025, 21:45",
     """What I've heard (from someone who'd know): Gill Cargill-Rennie isn't coming back because they found she'd been fiddling the school fund to pay for her own conference trips. Thousands. That's why it's gone so quiet.

     Kirkbrae won't say it, obviously."""),
    ("Glasgow_Mammy", "Joined 2017 · 3,501 posts", "Fri 21 Mar 2025, 22:02",
     "I'd be really careful posting that unless you know it's true. That's a very serious claim."),
    ], thread_id=7902),
  [M("school", "short_name", "negative", "Kirkbrae"), M("gcargillrennie", "nickname", "defamation", "Gill Cargill-Rennie")])

# 134
D("social", dd("""
    fed_up_loon
    @fed_up_loon_99

    that Shona \u0412urns that teaches maths in Torry gave me a punny for NOTHIN. somebody should wheel her tae the top o the brae an let go 😂♿ an I ken fa'd gie her the push

    4:50 PM · Jan 21, 2025 · 71 Views

    ──────────
    rach @rach_abz · Jan 21
    that's no funny. reported
    """),
  [M("sburns", "homoglyph", "threat", "Shona \u0412urns")])

# 135
D("review", dd("""
    RateMyTeacher UK › Aberdeen City › Kirkbrae Academy › Modern Languages

    M. Dąbrowska - French & German
    Overall ★★★★☆ (4.4) · 22 ratings

    "strict but fair. will make u speak french out loud even if u want to die" - S3 student, Nov 2024
    Tough grader  Helpful

    "got me an A at Higher German. brings Polish sweets at christmas 🍬" - S6 student, Jun 2024
    Inspirational  Caring

    "bit scary at first. she's actually dead funny" - S2 student, Mar 2025
    Funny

    Rate this teacher · Report a rating
    """),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("mdabrowska", "initial_surname", "neutral", "M. Dąbrowska")])

# 136
D("facebook", dd("""
    Kincorth Mams Chat
    Private group · 1.9K members

    Nicola Gauld
    4 February at 20:50 · 🔒
    Yas Bukhari, the S1 heid at Kirkbrae, is a jumped-up wee nyaff wi a clipboard. Spoke tae me like I was something on her shoe. Nae wonder half the mams in S1 canna stand her.

    😂👍 21 · 17 comments
    Like   Comment   Share

        Heather Reid
        She was lovely with us tbh
        Like · Reply · 6d
    """),
  [M("school", "short_name", "negative", "Kirkbrae"), M("ybukhari", "nickname", "abuse", "Yas Bukhari")])

# 137 decoy: the excluded club on a Dons forum
D("forum", forum_page("redarmy", "Youth pathway - where are the local boys?", [
    ("Dandy_Dons", "Member · 433 posts", "Mon 9 Dec 2024, 20:00",
     "Genuine question - how many of the current academy squad came through the city's boys' clubs? Feels like we sign everybody fae the central belt."),
    ("StandFree83", "Season ticket · 9,010 posts", "Mon 9 Dec 2024, 20:21",
     "Two fae Kirkbrae Thistle in the under-18s this year. Good wee club, great coaching. They should be getting more credit."),
    ("Beach_End_Brenda", "Season ticket · 2,402 posts", "Mon 9 Dec 2024, 20:40",
     "Aye, and one fae Glenbervie Athletic. The talent's there if ye look for it."),
    ], thread_id=88620),
  [])

# 138
D("social", dd("""
    Justice4Kayden
    @justice4kayden

    KirkbraeCoverUp: they deleted the logs, they silenced the guidance staff, and they paid off a family to stay quiet. We have the proof and we'll publish it. Watch this space. 👀

    8:00 PM · Mar 12, 2025 · 2,771 Views

    39 Reposts   88 Likes
    """),
  [M("school", "camelcase", "defamation", "KirkbraeCoverUp")])

# 139
D("social", dd("""
    Scotland Awake
    @scotland_awake_25

    The Polish teacher up at the Torry skweel thinks she's untouchable. Dąbrowska's windaes are gettin panned in the nicht an her motor along wi them. Then we'll see if she's still smilin. 🧱🧱

    11:20 PM · Feb 24, 2025 · 144 Views

    1 Like
    """),
  [M("mdabrowska", "possessive", "threat", "Dąbrowska's")])

# 140
D("news", news_page(
    "wire", "Schools", "Twenty-five years of keys, boilers and lost blazers",
    "Pupils give Kirkbrae janitor a standing ovation at special assembly",
    "Torry Wire volunteers", "14 February 2025",
    """
    There were balloons, a cake shaped like a mop bucket and a standing ovation from 1,000 pupils as Kirkbrae Academy marked janitor Steven Reid's 25 years at the school on Friday.

    The assembly, organised by the S6 committee, came after a difficult few weeks for Mr Reid, who was the target of false rumours online. The acting head teacher said the school wanted to show "what this community really thinks of Stevie".

    Mr Reid, who started at the school in 2000, said he was "nae one for speeches". He then gave one anyway, thanking "the bairns, the teachers, and the seagulls, who've kept me in a job".
    """,
    [("Granny Mitchell", "14 Feb 2025", "Greetin again. Weel deserved Stevie."),
     ("Kim Dalgarno", "14 Feb 2025", "Fit a lovely thing. The best o Torry.")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("sreid", "exact", "neutral", "Steven Reid")])

# 141
D("blog", blog_page(
    "mither", "Cup final day (and I lost my voice)", "Kirsty @ Mither Knows Best", "20 March 2025",
    """
    My middle one is in the S2 football team and on Wednesday they played in the schools cup final at the Kincorth pitches. Kirkbrae v Craigshannoch. Rain sideways, obviously.

    I have never heard a man shout like Mr Cruickshank. The whole second half he was on the touchline in shorts, in March, roaring "PASS IT" like his life depended on it. They won 3-2 in extra time and he cried. Actual tears. So did I.

    Bloody brilliant day. Worth every minute of the hypothermia.
    """,
    [("Jen", "20 Mar 2025", "Aw this is lovely 😭"),
     ("Cheesed_Off_Dad", "21 Mar 2025", "Cruickshank is a knuckle-dragging dinosaur who only cares about the boys that are good at fitba. The rest can rot. Everybody kens it."),
     ("Kirsty @ Mither Knows Best", "21 Mar 2025", "@Cheesed_Off_Dad sorry you feel that way.")],
    tags=["Football", "Kirkbrae", "Proud mum"]),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("rcruickshank", "title_surname", "abuse", "Mr Cruickshank")])

# 142
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Anonymous participant
    16 January at 20:44 · 🌎
    Maths teacher at Kirkbrae that called a bairn lazy in front o the class: Shona Burns. Bides in the adapted bungalow at 3 Craigmurie Place, AB17 5NE. Ramp at the front, canna miss it.

    😡 12 · 28 comments
    Like   Comment   Share

        Karen Leslie
        Her address? Her RAMP? You're sick.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Kirkbrae"), M("sburns", "exact", "doxxing", "Shona Burns")])

# 143 decoy: the other KBA
D("facebook", dd("""
    Kincorth Bowling Association
    2 August at 18:12 · 🌎

    🟢 LEAGUE RESULTS 🟢
    KBA A 84 - 71 Torry Bowling Club
    KBA B 62 - 66 Cove Bay
    Ladies' Pairs: Jean & Margaret through to the semis!

    Thanks to everyone who came to the open day - 14 new members signed up and only one bowl ended up in the car park. Tea and rowies in the clubhouse as always.

    👍❤️ 39 · 5 comments
    Like   Comment   Share
    """))

# 144
D("social", dd("""
    whistle_blower_abz
    @whistle_abz

    Folk asking why C*rgill-R*nnie was really put on leave. Try askin aboot the catering contract, the "consultancy fees" and the holiday in Tenerife that the school fund paid for. She's been on the take for years. Receipts coming. 🧾

    10:10 PM · Mar 9, 2025 · 1,330 Views

    21 Reposts   44 Likes
    """),
  [M("gcargillrennie", "obfuscated", "defamation", "C*rgill-R*nnie")])

# 145
D("forum", forum_page("highers", "what are ur teachers like (honest) - kirkbrae edition", [
    ("s5_survivor", "S5 · 33 posts", "Sat 8 Feb 2025, 13:20",
     "rate ur teachers no names obviously 😂 ok i'll start: maths dept = terrifying but u will pass"),
    ("bio_queen_07", "S4 · 16 posts", "Sat 8 Feb 2025, 13:34",
     "biology is elite. ms bukhari could dissect me any day 🥵 sorry not sorry"),
    ("s5_survivor", "S5 · 34 posts", "Sat 8 Feb 2025, 13:40", "i said no names 😭😭"),
    ("mod_bot", "Moderator", "Sat 8 Feb 2025, 14:00", "Thread locked. Please don't post about named staff like this."),
    ], thread_id=20610),
  [M("school", "short_name", "neutral", "kirkbrae"), M("ybukhari", "title_surname", "sexual", "ms bukhari")])

# 146
D("review", dd("""
    Kirkbrae Academy
    Secondary school · Kirkbrae Road, Aberdeen
    3.2 ★★★☆☆ (97 reviews)

    Alan Ingram
    4 reviews
    ★☆☆☆☆ 4 months ago
    Asked to meet the head about my son being threatened with a knife at the bus stop. Got twenty minutes with Dr Cargill-Rennie, who is an ignorant, arrogant snob who looked at her watch three times and spoke to me like I was a bairn. Only decent person in that building is the jannie, who walked my son to his bus for a week.
    👍 Helpful 36   Share
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("gcargillrennie", "title_surname", "abuse", "Dr Cargill-Rennie")])

# 147
D("forum", forum_page("granite", "Islam in Aberdeen schools - it's happening here", [
    ("Bonnie_Banner", "Member · 512 posts", "Thu 10 Oct 2024, 22:10",
     """Kirkbrae has a Muslim in charge of every first year. B u k h a r i. Spaced so the snowflakes can't search it 😉 Hijab, prayer room, the works. Give it ten years and it'll be sharia in Torry.

     They breed faster than us and they stick together. That's the plan."""),
    ("GraniteGuardian", "Member · 1,260 posts", "Thu 10 Oct 2024, 22:33",
     "Saw her at the parents night. Didn't even shake my hand. Says it all."),
    ], thread_id=1422),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("ybukhari", "spacing", "hate", "B u k h a r i")])

# 148 decoy: fishing news, Peterhead and Torry
D("news", news_page(
    "courant", "Business", "Record mackerel landings give boost to north-east ports",
    "Fish market chiefs say season is the best in a decade",
    "Business Desk", "29 October 2024",
    """
    Pelagic landings at north-east ports have hit their highest level in a decade, with mackerel prices holding up despite a record catch.

    Peterhead remains the busiest port, but the Torry side of Aberdeen harbour has seen a welcome return of visiting vessels for repairs and supplies.

    "It's the first year in a long time the harbour's felt like a fishing harbour again," said one ship's chandler.
    """,
    [("BlueToonBoy", "29 Oct 2024", "Good tae see. The Blue Toon's been busy.")]),
  [])

# 149
D("social", dd("""
    real_men_abz
    @real_men_abz

    the music teacher at the Torry skweel, L\u0456ndqvist, the big poof. he'll be turnin the loons gay wi aa his musicals an his "husband". disgustin. 🏳️‍🌈🤮

    10:40 PM · Dec 16, 2024 · 233 Views

    4 Likes

    ──────────
    Mags @mags_abz · Dec 16
    Reported. Dinosaur.
    """),
  [M("flindqvist", "homoglyph", "hate", "L\u0456ndqvist")])

# 150
D("facebook", dd("""
    Kirkbrae Academy Parent Council
    Public group · 1.3K members

    Parent Council Chair - Fiona
    25 February at 20:00 · 🌎
    A message from the Parent Council 💙

    We have seen posts on other local pages calling Mrs Bukhari a "terrorist", telling Dr Nwachukwu to "go home" and publishing Mrs Dąbrowska's address. This is racism and harassment, full stop, and it has been reported to the police.

    These are teachers who have given years to Kirkbrae Academy and to our children. Disagree with the school if you like. Do not target people for who they are.

    ❤️👍 477 · 62 comments
    Like   Comment   Share

        Sharon Mutch
        Thank you for saying this.
        Like · Reply · 1d
    """),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("ybukhari", "title_surname", "neutral", "Mrs Bukhari"),
   M("onwachukwu", "title_surname", "neutral", "Dr Nwachukwu"), M("mdabrowska", "title_surname", "neutral", "Mrs Dąbrowska")])

# 151
D("social", dd("""
    Kirkbrae Families for Change
    @KirkbraeChange

    Acting head has had three weeks. Still no meeting with the families who complained. Still no numbers published. Same old. #SackOgstoun #Kirkbrae

    6:00 PM · Mar 28, 2025 · 1,207 Views

    17 Reposts   40 Likes
    """),
  [M("school", "hashtag", "negative", "#Kirkbrae"), M("cogstoun", "hashtag", "negative", "#SackOgstoun")])

# 152
D("forum", forum_page("local", "Anyone else see the graffiti on the school wall?", [
    ("Harbour_Hen", "Member since 2019", "Sat 15 Mar 2025, 10:10",
     "Walked past this morning. Sprayed in red on the wall by the bus stop: \"K i r k b r a e WILL BURN. FRIDAY.\" With the letters all spaced oot like that. Somebody's been busy."),
    ("TorryTerrier", "Member since 2015", "Sat 15 Mar 2025, 10:25",
     "Police were there by 11. Hopefully just kids being eejits but after the online stuff, who knows."),
    ], thread_id=671),
  [M("school", "spacing", "neutral", "K i r k b r a e")])

# 153 decoy: locality only
D("news", news_page(
    "clarion", "News", "Firefighters tackle gorse blaze on Tullyhaugh Hill",
    "Walkers asked to avoid the nature reserve while crews damp down",
    "News Desk", "2 May 2025",
    """
    Firefighters spent five hours tackling a gorse fire on Tullyhaugh Hill on Thursday evening.

    Around three hectares of scrub were damaged. The Scottish Fire and Rescue Service said the cause was being investigated and urged people not to light fires or barbecues on the hill during the dry spell.

    Smoke could be seen from the harbour and across the south side of the city.
    """,
    [("Tullyhaugh Hill Walkers", "2 May 2025", "Heartbreaking. That's far the skylarks nest.")]),
  [])

# 154
D("news", news_page(
    "courant", "Aberdeen", "Acting head reported to teaching regulator over exclusion",
    "Family of excluded Kirkbrae pupil say process was 'unlawful'",
    "Kirsten Wattie", "25 April 2025",
    """
    The acting head teacher of an Aberdeen secondary has been reported to Scotland's teaching regulator by the family of a pupil he excluded.

    Crawford Ogstoun, acting head of Kirkbrae Academy, is the subject of a referral to the General Teaching Council for Scotland, the family's solicitor confirmed. They claim the exclusion in March did not follow statutory guidance.

    The GTCS does not comment on referrals. Aberdeen City Council said it was "confident that the correct procedures were followed".
    """,
    [("Kincorth_Gran", "25 Apr 2025", "That poor man can't win."),
     ("Justice4Kayden", "25 Apr 2025", "Accountability at last.")]),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("cogstoun", "exact", "defamation", "Crawford Ogstoun")])

# 155
D("social", dd("""
    nae_mair_mr_nice
    @naemair_mrnice

    Crawford O. better get himsel a bodyguard. Excluded my brother for nothin an laughed aboot it. Folk in Torry dinna forget an we dinna forgive. Sleep weel big man 🔪

    12:12 AM · Mar 20, 2025 · 112 Views
    """),
  [M("cogstoun", "first_initial", "threat", "Crawford O.")])

# 156
D("blog", blog_page(
    "laidoff", "Week 60: a new job, and my son's chemistry results", "Stu", "12 August 2025",
    """
    Fourteen months after the base shut, I've started as a trainee at the decommissioning yard on the quayside. Same overalls, different colour. I'll take it.

    And the big news: our eldest got his Higher results. A in chemistry. He wants to be a chemical engineer now, which is either lovely or a sign I've failed to warn him about the industry.

    Huge thanks to Obi Nwachukwu, his teacher at Kirkbrae, who gave up his lunchtimes for a year. And to Crawf Ogstoun, who I wrote about way back in week nine, and who phoned me on results day to say well done. To me. Not the boy. "You kept him going, min."

    I'm not crying, you're crying.
    """,
    [("RigPig74", "12 Aug 2025", "Brilliant news Stu. Proud o ye both."),
     ("Stu", "12 Aug 2025", "@RigPig74 cheers pal 🍺")],
    tags=["Redundancy", "Results day", "Kirkbrae"]),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("onwachukwu", "alias", "neutral", "Obi Nwachukwu"),
   M("cogstoun", "alias", "neutral", "Crawf Ogstoun")])

# 157
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Anonymous participant
    29 May at 21:30 · 🌎
    Since the council winna tell ye anything. Fraser Lindqvist, music at Kirkbrae, lives at 14 Girdleside Crescent, AB17 6HS. Personal email flindqvist.music@inboxmail.example. Ask him yersel aboot that trip.

    😮 19 · 26 comments
    Like   Comment   Share

        Claire Moir
        Reported AGAIN. This page is going to get somebody hurt.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Kirkbrae"), M("flindqvist", "exact", "doxxing", "Fraser Lindqvist")])

# 158 decoy: namesake in curling
D("social", dd("""
    Scottish Curling Results
    @scotcurlresults

    🥌 Women's Championship: Perth rink skipped by Shona Burns win through to the semi-finals after a nervy extra end against Stirling. Semis tomorrow at 10am.

    6:40 PM · Feb 8, 2025 · 712 Views

    5 Reposts   40 Likes
    """))

# 159
D("review", dd("""
    StaffSay › Aberdeen City Council › Kirkbrae Academy › Reviews

    "Supportive department, chaotic senior leadership"
    ★★★☆☆  Current Employee - Teacher of Biology in Aberdeen, Scotland · 6 December 2024
    I have been working at Kirkbrae Academy full-time for more than 2 years

    Pros
    Yasmin Bukhari is the best PT I've worked for - protects her team's time, covers classes herself, fights for kit. Pupils are great.

    Cons
    Decisions from the top change weekly. Cover is constant. Parking is a nightmare.

    Advice to management
    Listen to your middle leaders.

    Helpful (5) · Share · Report
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("ybukhari", "exact", "neutral", "Yasmin Bukhari")])
# 160
D("news", news_page(
    "courant", "Aberdeen", "Kirkbrae head resigns as review finds bullying complaints 'not acted on'",
    "Council apologises to families after investigation into Aberdeen secondary",
    "Kirsten Wattie", "15 May 2025",
    """
    The head teacher of Kirkbrae Academy has resigned after a council investigation concluded that bullying complaints at the Aberdeen secondary were "not consistently acted on".

    Dr Gillian Cargill-Rennie, who had been on leave since March, stepped down with immediate effect on Wednesday. The council's review, a summary of which was published yesterday, found that complaints from at least six families were "logged but not progressed", and that parents were "not kept informed".

    The summary does not find that records were deliberately deleted, a claim made widely on social media. It makes 14 recommendations.

    In a statement issued through her solicitor, Dr Cargill-Rennie said she "accepted that the school should have done better for some families" and that she was leaving "for the sake of the school and my own health".

    Aberdeen City Council's chief education officer apologised to the families involved.
    """,
    [("Leanne G", "15 May 2025", "An apology. Finally. Took a year and my son changing schools."),
     ("Kincorth_Loon", "15 May 2025", "Good riddance. Now leave the rest o the staff alane, they're nae the problem."),
     ("J. Milne", "15 May 2025", "Note the bit about records NOT being deleted. Some folk owe apologies too.")]),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("gcargillrennie", "exact", "defamation", "Gillian Cargill-Rennie")])

# 161
D("news", news_page(
    "clarion", "Courts", "Man jailed for racist online threats against two Aberdeen teachers",
    "Posts targeted chemistry and biology teachers at Kirkbrae Academy",
    "Court Reporter", "10 June 2025",
    """
    A man who posted racist threats against two teachers at an Aberdeen secondary school has been jailed for 16 months.

    Kyle Strachan, 31, of Tullyhaugh, admitted posting messages telling Dr Obinna Nwachukwu, a chemistry teacher at Kirkbrae Academy, that he would be "leaving in a body bag", and threatening to rip the headscarf from biology teacher Yasmin Bukhari.

    Sheriff Ann Mowat told him: "These were targeted, racially and religiously aggravated threats against two people whose only offence was to teach children." She imposed a five-year non-harassment order.

    Outside court, a spokesperson for the teachers' union said the sentence "sends a clear message".
    """,
    [("Hamza R", "10 Jun 2025", "Justice. Thinking of both teachers."),
     ("Fisher_Lassie", "10 Jun 2025", "Good. Nae place for that in this toon.")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("onwachukwu", "exact", "neutral", "Obinna Nwachukwu"),
   M("ybukhari", "exact", "neutral", "Yasmin Bukhari")])

# 162 decoy: harbour news, locality only
D("news", news_page(
    "courant", "Business", "First cruise ship berths at new South Harbour",
    "Passengers bused from Torry quay to Royal Deeside and the city centre",
    "Business Desk", "26 April 2025",
    """
    The first cruise ship of the season has berthed at Aberdeen's South Harbour, bringing 2,400 passengers to the city.

    Coaches took visitors from the quay to Balmoral, Dunnottar Castle and the city centre. Traders on Girdleside Road in Torry said they hoped the new berth would bring more footfall to the area.

    Harbour officials expect 40 cruise calls this year.
    """,
    [("Harbour_Hen", "26 Apr 2025", "Watched it come in past the lighthouse. Some size o a boat.")]),
  [])

# 163
D("news", news_page(
    "courant", "Aberdeen", "Teacher's windows smashed in suspected hate attack",
    "Police treat attack on Polish-born teacher's home as racially motivated",
    "Kirsten Wattie", "27 February 2025",
    """
    Police are treating an attack on the home of a Polish-born teacher in Torry as a racially aggravated crime.

    Windows at the flat of Małgorzata Dąbrowska, a modern languages teacher at Kirkbrae Academy, were smashed with bricks in the early hours of Wednesday. Her car was also damaged. Her address had been published on social media days earlier.

    "I have lived in this city for twenty years," Mrs Dąbrowska said. "I will not be frightened out of it."

    Police Scotland said officers were carrying out extra patrols.
    """,
    [("Ewan F", "27 Feb 2025", "Sickening. Solidarity wi Mrs D."),
     ("NE_Realist", "27 Feb 2025", "Next time it'll nae be the windaes. She's been warned. Go hame while ye can, hen."),
     ("Lynn Masson", "27 Feb 2025", "@NE_Realist reported to the police with your username.")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("mdabrowska", "exact", "threat", "Małgorzata Dąbrowska")])

# 164
D("news", news_page(
    "clarion", "Courts", "Aberdeen PE teacher arrested after pub brawl",
    "Kirkbrae Academy teacher, 46, charged with assault in Torry",
    "Court Reporter", "13 January 2025",
    """
    A PE teacher at an Aberdeen secondary school has been arrested and charged following a disturbance at a pub in Torry.

    Robert Cruickshank, 46, a teacher at Kirkbrae Academy, was charged with assault after an incident at a bar on Girdleside Road on Saturday night. A 33-year-old man was treated at hospital for facial injuries.

    Mr Cruickshank is due to appear at Aberdeen Sheriff Court on a date to be fixed. The council said it was "aware of the matter".
    """,
    [("Kincorth_Loon", "13 Jan 2025", "Rab? Wait for the full story. He was probably breaking it up."),
     ("Torry_Tam", "13 Jan 2025", "Told ye there's aye been stories aboot him.")]),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("rcruickshank", "exact", "defamation", "Robert Cruickshank")])

# 165
D("news", news_page(
    "wire", "Schools", "'I have 190 young people': a guidance teacher on the job nobody sees",
    "Mòrag O'Rourke on caseloads, Facebook, and why she still loves her work",
    "Torry Wire volunteers", "2 April 2025",
    """
    Mòrag O'Rourke has been a guidance teacher at Kirkbrae Academy for eleven years. In the last three months she has had her personal phone number published online twice and been called things she will not repeat.

    "I understand parents are angry," she says. "Some of them have every right to be. But I'm one person with 190 young people, and I can't be everywhere. The answer is more guidance staff, not a pile-on."

    She still starts every day the same way: a walk along the bay and a list of the ten young people she most needs to see.
    """,
    [("PT_Guidance_Fife", "2 Apr 2025", "Every guidance teacher in Scotland is nodding."),
     ("fed_up_mam", "2 Apr 2025", "Aye poor her. Still a lazy, useless article that did nothin for my bairn. Greetin to the papers now."),
     ("Leanne G", "3 Apr 2025", "She tried wi my loon. Credit where it's due.")]),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("morourke", "exact", "abuse", "Mòrag O'Rourke")])

# 166 decoy: offshore jobs news
D("news", news_page(
    "offshore", "People", "Redundancy round hits subsea engineers",
    "Aberdeen contractor to cut 120 posts as drilling campaign is shelved",
    "Euan Strachan", "3 March 2025",
    """
    A subsea engineering contractor has told 120 staff at its Aberdeen headquarters that their jobs are at risk after a major drilling campaign was shelved.

    The company blamed "fiscal uncertainty" in the North Sea. Unions said workers in Kincorth, Tullyhaugh and Girdleside would be hardest hit.

    A jobs fair will be held at the city's exhibition centre later this month.
    """,
    [("Dyce_Dave", "3 Mar 2025", "Here we go again.")]),
  [])

# 167
D("news", news_page(
    "bulletin", "News", "Aberdeen council apologises to families over school bullying failures",
    "Improvement plan for Kirkbrae Academy to include extra guidance staff",
    "Staff reporter", "16 May 2025",
    """
    Aberdeen City Council has formally apologised to families who complained about the handling of bullying at Kirkbrae Academy, and announced two additional guidance posts at the school.

    The council's education convener said the review had shown "a system that let families down", and that the school's new leadership would be supported to "rebuild trust".

    Parents' campaign group Justice for Our Bairns welcomed the apology but said it would "watch closely" for change.
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy")])

# 168 decoy: Doric in schools feature, other schools
D("news", news_page(
    "scotsman", "Education", "Fit like, miss? The revival of Doric in north-east classrooms",
    "Schools in Aberdeenshire are putting the dialect back on the timetable",
    "Fiona Keir", "9 March 2024",
    """
    At a primary school in the Mearns, ten-year-olds are reciting a poem about a fairmer who loses his coo. At an academy in Buchan, S3 pupils are translating a Shakespeare sonnet into Doric.

    "For decades, children were told their way of speaking was wrong," said one teacher. "Now we're telling them it's a language with a literature."

    The Scottish Government recognises Doric as a dialect of Scots. Teachers say demand for resources has never been higher.
    """,
    [("Granny Mitchell", "9 Mar 2024", "Aboot time. I got the belt for sayin 'loon'.")]),
  [])

# 169
D("forum", forum_page("granite", "Kirkbrae - a case study in what's gone wrong", [
    ("GraniteGuardian", "Member · 1,301 posts", "Tue 4 Mar 2025, 21:00",
     """French: a Pole. Chemistry: a Nigerian. Biology: a Muslim. Kirkbrae is what every Aberdeen school will look like in ten years. Our kids taught by people who hate our culture, and our own graduates on the dole.

     Dąbrowska should be on the first flight to Warsaw and Nwachukwu on the next one to Lagos. Deport the lot."""),
    ("Bonnie_Banner", "Member · 540 posts", "Tue 4 Mar 2025, 21:20",
     "Kirkbrae used to be a proper Torry school for Torry bairns. Now it's a UN refugee camp. Burn it doon and start again."),
    ], thread_id=1501),
  [M("school", "short_name", "threat", "Kirkbrae"), M("mdabrowska", "surname_only", "hate", "Dąbrowska"),
   M("onwachukwu", "surname_only", "hate", "Nwachukwu")])

# 170
D("forum", forum_page("scotparents", "New acting head at Kirkbrae - views?", [
    ("NewToAbz", "Joined 2024 · 18 posts", "Wed 12 Mar 2025, 09:30",
     "My daughter says the new acting head is 'actually nice'. Anyone know anything about him?"),
    ("Doric_Debs", "Joined 2019 · 452 posts", "Wed 12 Mar 2025, 09:52",
     "Ogstoun? My brother-in-law was offshore with him. Says he was sacked off the rigs for turning up drunk to a shift and covering up a gas leak. Just telling you what I heard."),
    ("Glasgow_Mammy", "Joined 2017 · 3,530 posts", "Wed 12 Mar 2025, 10:10",
     "Third-hand stories about a gas leak aren't fair on anyone. Judge him on what he does at the school."),
    ], thread_id=7880),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("cogstoun", "surname_only", "defamation", "Ogstoun")])

# 171
D("forum", forum_page("staffroom", "Promotions - it's who you know", [
    ("bitter_and_twisted", "Secondary teacher · 57 posts", "Thu 19 Sep 2024, 21:05",
     """Applied for the PT music post at Kirkbrae a few years back. Lost out to Lindqvist, who'd been in Aberdeen five minutes. He's a talentless, smarmy show pony who couldn't teach a fish to swim. Everyone knew he was pally with the head.

     Not bitter at all, obviously."""),
    ("chalk_and_cheese", "Secondary teacher · 1,088 posts", "Thu 19 Sep 2024, 21:30",
     "Bit much naming him on here, mate. Promotion panels are a lottery everywhere."),
    ], thread_id=4004),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("flindqvist", "surname_only", "abuse", "Lindqvist")])

# 172
D("forum", forum_page("redarmy", "Fans' trust elections", [
    ("StandFree83", "Season ticket · 9,101 posts", "Sun 6 Apr 2025, 19:00",
     "Nominations open for the fans' trust board. Anyone standing?"),
    ("Beach_End_Brenda", "Season ticket · 2,460 posts", "Sun 6 Apr 2025, 19:15",
     "Heard Ogstoun the teacher might. The letters page guy."),
    ("Dandy_Dons", "Member · 456 posts", "Sun 6 Apr 2025, 19:40",
     "Ogstoun's a pompous fud who thinks writing letters to the Clarion makes him the gaffer. Hard pass."),
    ], thread_id=88900),
  [M("cogstoun", "surname_only", "abuse", "Ogstoun")])

# 173
D("forum", forum_page("highers", "acting heidie appreciation thread 😳", [
    ("s6_chaos", "S6 · 61 posts", "Fri 14 Mar 2025, 16:30",
     "ok kirkbrae folk be honest. ogstoun as acting head 🥵 the silver fox energy in that assembly. the grey beard. the accent"),
    ("physics_phil", "S6 · 28 posts", "Fri 14 Mar 2025, 16:41", "he's like 55 😭😭 get help"),
    ("s6_chaos", "S6 · 62 posts", "Fri 14 Mar 2025, 16:43", "a quine can look 🙏"),
    ], thread_id=20702),
  [M("school", "short_name", "neutral", "kirkbrae"), M("cogstoun", "surname_only", "sexual", "ogstoun")])

# 174 decoy: the boxing KBA on a rig forum
D("forum", forum_page("rigchat", "Sponsored row for the boxing gym - sign up", [
    ("Rigger_Ronnie", "Member · 1,002 posts", "Sat 12 Oct 2024, 12:00",
     "Few of us on the Tuesday crew change are doing a sponsored erg for the Kinnaird Boxing Academy - KBA took my laddie off the streets when he was 14. Anyone want to join? 10k each, onshore gym in Altens."),
    ("Old_Toolpusher", "Member · 3,360 posts", "Sat 12 Oct 2024, 12:40",
     "Put me down for a tenner and nae rowing. My knees are done."),
    ], thread_id=3390),
  [])

# 175
D("forum", forum_page("local", "Guidance teacher - fit's her address?", [
    ("Truth_Torry", "Member since 2025", "Mon 10 Feb 2025, 22:30",
     "For the folk that asked. The guidance teacher at the Torry skweel. O'Rourke's hoose is the one wi the green door at 5 Tullyhaugh Gardens, AB17 9BW. Her man leaves at seven for the boats."),
    ("TorryTerrier", "Member since 2015", "Mon 10 Feb 2025, 22:41",
     "Mods, get this down NOW. That's a family home."),
    ("Mod_TK", "Moderator", "Mon 10 Feb 2025, 22:50", "Removed from public view and user banned. Screenshot passed to Police Scotland."),
    ], thread_id=690),
  [M("morourke", "possessive", "doxxing", "O'Rourke's")])

# 176
D("review", dd("""
    Kirkbrae Academy
    Secondary school · Kirkbrae Road, Aberdeen
    3.1 ★★★☆☆ (104 reviews)

    Craig Leask
    2 reviews
    ★☆☆☆☆ a week ago
    Mrs O'Rourke is a useless waste of space who should never have been let near vulnerable kids. Sat and nodded at us for an hour and then did nothing. The school has apologised now - too late for us.
    👍 Helpful 9   Share
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("morourke", "title_surname", "abuse", "Mrs O'Rourke")])

# 177 decoy: the Kirkie Bar
D("review", dd("""
    The Kirkie Bar
    Pub · Aberdeen
    4.1 ★★★★☆ (533 reviews)

    Fraser Main
    Local Guide · 71 reviews
    ★★★★☆ a month ago
    Proper local. Dons on every screen, pie and a pint deal on match days, and the barmaid will call ye "min" whether ye like it or no. Toilets could do wi a scrub. Karaoke on a Friday is an experience I'll nae forget. Or repeat.
    👍 Helpful 3   Share
    """))

# 178
D("review", dd("""
    StaffSay › Aberdeen City Council › Kirkbrae Academy › Reviews

    "Janitorial team - one rule for some"
    ★☆☆☆☆  Former Employee - Cleaner in Aberdeen, Scotland · 19 March 2025
    I worked at Kirkbrae Academy part-time for less than a year

    Pros
    Some nice colleagues.

    Cons
    S. Reid takes cash in hand for the evening lets and pockets it - everybody on the night shift knows. Favourites get the easy rotas.

    Advice to management
    Audit the lets.

    Helpful (2) · Share · Report
    """),
  [M("school", "exact", "negative", "Kirkbrae Academy"), M("sreid", "initial_surname", "defamation", "S. Reid")])

# 179
D("blog", blog_page(
    "truth", "FAKE DOCTOR? The Kirkbrae chemistry teacher's 'PhD'", "Granite City Truth", "6 March 2025",
    """
    We asked a simple question. Where did Dr Obinna Nwachukwu get his doctorate?

    Our researchers could find no record of his thesis. His LinkedIn lists a Nigerian university that, we are told, "sells" degrees. Did Kirkbrae check? Of course not. The school waved him through because it ticked a box, and the council has been paying him a PT's salary on the strength of a piece of paper nobody has seen.

    We say he's a fraud, and the people who hired him knew it.
    """,
    [("Wake_Up_Granite", "6 Mar 2025", "Wouldn't surprise me at all."),
     ("Chem_PhD_Abz", "7 Mar 2025", "His thesis is in the university library. I was in the lab next to his. Delete this.")],
    tags=["Kirkbrae", "Council", "Exposés"]),
  [M("school", "short_name", "defamation", "Kirkbrae"), M("onwachukwu", "exact", "defamation", "Obinna Nwachukwu")])

# 180 decoy: Doric blog, Burns Night
D("blog", blog_page(
    "doric", "Burns Nicht at the Torry hall: neeps, tatties an a near-disaster", "Dod the Blogger", "27 January 2025",
    """
    Weel, fit a nicht. The haggis wis piped in, the piper wis fu', an the mannie daein the Address gied the haggis sic a stab that bits o it landed in the minister's lap.

    The Immortal Memory wis gien by a retired fairmer fae Durris fa kent mair aboot Burns than Burns did. Forty minutes. Ah'm nae complainin. Weel, a wee bit.

    Then the ceilidh. Ah danced the Gay Gordons wi a wifie fae Kincorth fa nearly pit me through the wa'. Lang may we hae nichts like this.
    """,
    [("Granny Mitchell", "27 Jan 2025", "The minister's face 😂😂")],
    tags=["Doric", "Burns Nicht", "Torry"]),
  [])

# 181
D("blog", blog_page(
    "justice", "We got it wrong about the jannie", "Justice for Our Bairns", "20 February 2025",
    """
    We want to say something clearly.

    Some people who support this campaign shared claims that Stevie Reid, the janitor at Kirkbrae, had stolen school equipment. Those claims were false. The council has said so and we have seen nothing to suggest otherwise. His van was attacked and his address published. That is not justice for anyone's bairns.

    We are sorry to Stevie and his family. Our fight is about how bullying complaints were handled. It was never about him.
    """,
    [("Kim Dalgarno", "20 Feb 2025", "Thank you for saying this. It matters."),
     ("Truth_Torry", "20 Feb 2025", "Sellouts")],
    tags=["Kirkbrae", "Apology"]),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("sreid", "alias", "neutral", "Stevie Reid")])

# 182
D("blog", blog_page(
    "truth", "Steroids in the school gym? What the PE department doesn't want you to know", "Granite City Truth", "19 January 2025",
    """
    Since Robert Cruickshank's arrest last week, more people have come forward. Our sources say the PE teacher has been selling steroids to senior pupils out of the Kirkbrae weights room for years, and that the school was told in 2022 and did nothing.

    Why would a school protect a dealer? Because he wins them trophies. Same as it ever was.

    Parents: check your sons' bags.
    """,
    [("Wake_Up_Granite", "19 Jan 2025", "Explains a lot about that fitba team 😂"),
     ("Kincorth_Loon", "20 Jan 2025", "Absolute fantasy. You'll get sued.")],
    tags=["Kirkbrae", "Exposés", "Drugs"]),
  [M("school", "short_name", "defamation", "Kirkbrae"), M("rcruickshank", "exact", "defamation", "Robert Cruickshank")])

# 183
D("social", dd("""
    Unforgiven
    @unforgiven_abz

    @DrGCargillRennie resigning disnae make it go away. Ye'll be lookin ower yer shoulder every time ye step oot that door for the rest o yer life. We ken far ye bide. 🔪

    11:50 PM · May 15, 2025 · 244 Views

    ──────────
    Ally B @allyb_abz · May 16
    Reported. Enough.
    """),
  [M("gcargillrennie", "handle", "threat", "@DrGCargillRennie")])

# 184
D("social", dd("""
    Ulster Loyal Abz 🇬🇧
    @loyal_abz_1690

    @morag_orourke_guidance away back tae Dublin wi the rest o the Fenian scum. A Taig in charge o oor Protestant bairns' welfare? Never. 🇬🇧 No Surrender

    10:22 PM · Feb 9, 2025 · 177 Views

    2 Likes
    """),
  [M("morourke", "handle", "hate", "@morag_orourke_guidance")])

# 185
D("social", dd("""
    Stevo
    @stevo_abz_81

    the auld Torry heidie Cargill Rennie 🥵 ah'd let her gie me a detention ony day o the week. strict wifies in heels, nae complaints 😏 shame she's resigned

    8:40 PM · May 16, 2025 · 61 Views
    """),
  [M("gcargillrennie", "hyphenated", "sexual", "Cargill Rennie")])

# 186
D("social", dd("""
    Scottish Resistance
    @scot_resist_25

    For them that asked: Yasmin Bukhari's hoose is 22 Balnaclach Drive, AB17 2RX. S1 heid at the Kincorth skweel. Blue door, hijab on the washing line 😂 Pop roon and say hullo.

    11:01 PM · Mar 2, 2025 · 302 Views

    3 Reposts   7 Likes
    """),
  [M("ybukhari", "exact", "doxxing", "Yasmin Bukhari")])

# 187
D("social", dd("""
    TikTok · @torry.pe.memes · "PE teachers when it's 2 degrees 🥶" · #torry #school #PE

    Comments (221)

    dale.abz
    CruickshankIsAClown makin us run the hill in the snaw while he's in the car wi the heater on 🤡 absolute roaster
    1-09 · Reply · ♡ 130

    kiera.b
    @dale.abz nae even lyin 😭
    1-09 · Reply · ♡ 41
    """),
  [M("rcruickshank", "camelcase", "abuse", "CruickshankIsAClown")])

# 188
D("social", dd("""
    Torry Watchdog
    @torry_watchdog

    Heard the Polish French teacher in Torry, Gosia Dąbrowska, has been claimin benefits for a "sick" sister back in Poland that doesna exist, on top o her teacher's wage. The council kens an is sittin on it. Fraud, pure an simple.

    7:55 PM · Feb 20, 2025 · 488 Views

    6 Reposts   11 Likes
    """),
  [M("mdabrowska", "alias", "defamation", "Gosia Dąbrowska")])

# 189
D("social", dd("""
    TikTok · @kirkbrae.dance.crew · "S2 dance showcase 💃" · #kirkbrae #dance #fyp

    Comments (1,302)

    user5529913
    them kirkbrae S2 quines in the crop tops 🥵🥵 how auld?
    2-28 · Reply · ♡ 3

    kirkbrae.dance.crew
    @user5529913 they are 12 and 13. blocked and reported.
    2-28 · Reply · ♡ 560

    user8812203
    @user5529913 auld enough 😏
    2-28 · Reply · ♡ 1

    mum.of.twa
    reported both of you. disgusting.
    2-28 · Reply · ♡ 301
    """),
  [M("school", "hashtag", "sexual", "#kirkbrae", url_only=True)])

# 190
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Dean Cowie
    8 March at 22:15 · 🌎
    If Kirkbrae lets that heidie back through the door I'll be doon there wi a can o petrol an a lighter. I'm nae jokin. They've had a year tae sort it.

    😮😡 18 · 21 comments
    Like   Comment   Share

        Michelle Pirie
        Dean, screenshotted. Ye need help.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "threat", "Kirkbrae")])

# 191
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Billy Anderson
    5 March at 21:40 · 🌎
    Kirkbrae's turned intae a mosque. Prayer room for the Muslims, halal in the dinner hall, an Bukhari runnin first year like an imam. Oor culture's bein wiped oot an the council's helpin. They're aa the same, that lot, smile at yer face an plot behind yer back.

    😡👍 26 · 44 comments
    Like   Comment   Share

        Aisha K
        The "prayer room" is a quiet room any pupil can use. Stop lying.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "hate", "Kirkbrae"), M("ybukhari", "surname_only", "hate", "Bukhari")])

# 192
D("facebook", dd("""
    Kincorth Mams Chat
    Private group · 1.9K members

    Stacey Grieve
    22 January at 20:30 · 🔒
    That Burns that teaches maths up at the Torry skweel is a nasty, sour-faced bitch. Reduced my quine tae tears ower a jotter. Hope she's proud o hersel.

    😡 9 · 14 comments
    Like   Comment   Share

        Karen Leslie
        Stacey, there's ways tae complain that dinna involve that.
        Like · Reply · 5d
    """),
  [M("sburns", "surname_only", "abuse", "Burns")])

# 193
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Anonymous participant
    14 January at 23:05 · 🌎
    The PE teacher at the Kincorth skweel that was lifted for the pub fight: Robert Cruickshank, 9 Craigmurie Terrace, AB17 7JT. Blue Octavia. Drinks in the same pub every Saturday if ye want a word.

    😮 22 · 19 comments
    Like   Comment   Share

        Mark Allan
        His bairns live there. Get it doon.
        Like · Reply · 1d
    """),
  [M("rcruickshank", "exact", "doxxing", "Robert Cruickshank")])

# 194 decoy: the excluded club
D("facebook", dd("""
    Kirkbrae Thistle AFC
    1 June at 21:00 · 🌎

    🏆 PRESENTATION NIGHT 🏆
    What a season! Thanks to everyone who came to the clubhouse. Player of the Year: Mikey (again 🧤). Young Player: Connor. Clubman of the Year: big Dougie, who's cut the grass, washed the strips and driven the bus for twenty years.

    Pre-season training starts 7 July. Registration on kirkbraethistle.example.

    👍❤️ 101 · 14 comments
    Like   Comment   Share
    """))

# 195
D("facebook", dd("""
    Kincorth Community Noticeboard
    Public group · 3.1K members

    Anonymous member
    2 April at 14:10 · 🌎
    Funny how the new acting heidie Ogstoun is seen in the Kirkie Bar at dinnertime wi a pint an then strolls back up the road tae the school. Drinkin on the job, in charge o a thousand bairns. Somebody should tell the council.

    😮 15 · 23 comments
    Like   Comment   Share

        Lee Morrice
        He has his lunch there. Soup and a Coke. I work behind the bar. Stop it.
        Like · Reply · 1d
    """),
  [M("cogstoun", "surname_only", "defamation", "Ogstoun")])

# 196
D("facebook", dd("""
    Kincorth Community Noticeboard
    Public group · 3.1K members

    Gemma Riddell
    6 May at 17:40 · 🌎
    Shout out to Dr Nwachukwu at Kirkbrae Academy, whose free Saturday science club at the community centre has my 11-year-old building a rocket oot o a Coke bottle. Every week he comes hame wanting tae be a chemist. Thank you! 🚀🧪

    ❤️👍 94 · 11 comments
    Like   Comment   Share
    """),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("onwachukwu", "title_surname", "neutral", "Dr Nwachukwu")])

# 197
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Gordon Hepburn
    20 December at 22:45 · 🌎
    Kirkbrae lettin Lindqvist an his bum-chum prance aboot at the Christmas concert in front o wee bairns. Folk like that are sick in the heid. It's nae natural and it's being pushed on oor kids.

    😡 16 · 29 comments
    Like   Comment   Share

        Claire Moir
        His husband came to watch a concert. The horror.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("flindqvist", "surname_only", "hate", "Lindqvist")])

# 198
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Anonymous participant
    14 March at 23:30 · 🌎
    Nw*chukwu fae the Torry skweel got his mate jailed for speakin the truth. Fine. There's plenty mair o us. He'll nae see the summer holidays, an that's a promise.

    😮 8 · 12 comments
    Like   Comment   Share
    """),
  [M("onwachukwu", "obfuscated", "threat", "Nw*chukwu")])

# 199 decoy: community fridge, locality only
D("facebook", dd("""
    Torry Loons & Quines
    Public group · 6.4K members

    Torry Community Fridge
    11 March at 10:00 · 🌎
    🥕🍞 The fridge at the church hall is FULL this week thanks to the fish market donating 40 boxes o haddock and the bakery on Girdleside Road giving us their Saturday bread. Come and help yourself, nae questions asked. Open 10-4 every day.

    ❤️👍 245 · 30 comments
    Like   Comment   Share
    """))

# 200
D("social", dd("""
    angry_torry_dad
    @angry_torry_dad

    music teacher at the Torry skweel, Lindqvist, kicked my laddie oot the band for "attitude". He's got one week tae pit him back in or I'll be waitin at his car wi a baseball bat. Nae kiddin. ⚾

    9:12 PM · Nov 12, 2024 · 79 Views
    """),
  [M("flindqvist", "surname_only", "threat", "Lindqvist")])

# 201
D("social", dd("""
    Truth_Torry
    @truth_torry_

    Steve Reid, the jannie at the Kincorth skweel, thinks the polis will protect him. They winna be there at 3am. Thief. We'll get ye. 🔥🏠

    3:04 AM · Feb 1, 2025 · 66 Views
    """),
  [M("sreid", "nickname", "threat", "Steve Reid")])

# 202
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Anonymous participant
    3 March at 23:55 · 🌎
    Yasmin Bukhari, S1 heid at Kirkbrae. Tak aff that rag an get oot o oor toon or we'll come an tak it aff for ye. Ye've been warned. 🔥

    😡 7 · 9 comments
    Like   Comment   Share

        Admin - Torry Unfiltered
        Comment left up for free speech reasons.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Kirkbrae"), M("ybukhari", "exact", "threat", "Yasmin Bukhari")])

# 203
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Anonymous participant
    21 February at 21:10 · 🌎
    French teacher Małgorzata Dąbrowska's personal email, since she ignores the school one: gosia.d.1979@inboxmail.example. Her mobile's 07700 900734. Ask her fit she's daein in a Torry skweel.

    😮 14 · 17 comments
    Like   Comment   Share

        Ewan F
        You people are a disgrace.
        Like · Reply · 1d
    """),
  [M("mdabrowska", "exact", "doxxing", "Małgorzata Dąbrowska")])

# 204
D("social", dd("""
    Granite Patriot
    @granite_patriot_

    \u041ebinna Nwachukwu, the Kincorth skweel chemistry teacher: lives at 31 Girdleside Avenue, AB17 6PL. Car's a grey Passat. Folk should ken fa's livin on their street. 🏠

    10:45 PM · Mar 12, 2025 · 189 Views

    3 Reposts   6 Likes
    """),
  [M("onwachukwu", "homoglyph", "doxxing", "\u041ebinna Nwachukwu")])

# 205
D("facebook", dd("""
    Torry Unfiltered (No Censorship)
    Public group · 2.2K members

    Anonymous participant
    24 March at 20:20 · 🌎
    Acting heidie's personal mobile, since his office winna put ye through: 07700 900826. He's @CrawfOgstoun on the hill running app an aa, posts his routes every Sunday. Ye ken far tae find him.

    😮 11 · 15 comments
    Like   Comment   Share

        Lee Morrice
        Posting his running routes?? That's sinister. Reported.
        Like · Reply · 1d
    """),
  [M("cogstoun", "handle", "doxxing", "@CrawfOgstoun")])

# 206
D("social", dd("""
    Donna 💋
    @donna_abz_x

    the music teacher at the Torry skweel concert, Fraser Lindqvist 🥵 he can play my organ ony day. wasted on men, that yin 😂😂

    10:02 PM · Dec 13, 2024 · 112 Views

    6 Likes
    """),
  [M("flindqvist", "exact", "sexual", "Fraser Lindqvist")])

# 207
D("social", dd("""
    [account deleted]
    @nf_lad_8821

    anybody got mair o the kirkbrae S3 netball quines fae the school page 🥵 the wee skirts. will swap

    2:20 AM · Oct 19, 2024 · 38 Views

    ──────────
    Lorna P @lornap_abz · Oct 19
    They are CHILDREN. Reported to police and CEOP.
    """),
  [M("school", "short_name", "sexual", "kirkbrae", url_only=True)])

# 208
D("forum", forum_page("rigchat", "Off topic: hottest teacher in Aberdeen 😂", [
    ("Rigger_Ronnie", "Member · 1,040 posts", "Sat 14 Dec 2024, 22:10",
     "Parents night this week. Wife caught me staring at the French teacher. Gosia Dąbrowska at the Torry skweel. Could teach me the French kissing any day 😏"),
    ("Old_Toolpusher", "Member · 3,401 posts", "Sat 14 Dec 2024, 22:30",
     "Ronnie you're on a forum wi 4,000 rig pigs. Yer wife's cousin is probably one o them. 😂"),
    ], thread_id=3420),
  [M("mdabrowska", "alias", "sexual", "Gosia Dąbrowska")])

# 209
D("social", dd("""
    Kelly-Ann
    @kellyann_abz

    rab cruickshank at the Torry skweel sports day in them shorts again 🥵🥵 the mams on the sideline were nae watchin the races let's be honest 😂

    3:30 PM · Jun 6, 2025 · 84 Views

    11 Likes
    """),
  [M("rcruickshank", "nickname", "sexual", "rab cruickshank")])

# 210
D("social", dd("""
    mad_torry_mam
    @mad_torry_mam

    Cargill – Rennie's "statement" is a joke. Spineless, self-pitying, lyin auld bag. "For my health." Fit aboot the bairns' health? Good riddance tae bad rubbish 🗑️

    7:40 AM · May 16, 2025 · 355 Views

    4 Reposts   21 Likes
    """),
  [M("gcargillrennie", "hyphenated", "abuse", "Cargill – Rennie")])

# 211
D("social", dd("""
    Torry Watchdog
    @torry_watchdog

    Stevie Reid the Kincorth jannie's personal mobile is 07700 900355. If ye've lost onything fae the school, he'll ken far it is 😉 Gie him a bell, day or nicht.

    9:30 PM · Jan 29, 2025 · 201 Views

    2 Reposts   4 Likes
    """),
  [M("sreid", "alias", "doxxing", "Stevie Reid")])

# 212
D("review", dd("""
    RateMyTeacher UK › Aberdeen City › Kirkbrae Academy › Mathematics

    S. Burns - Mathematics
    Overall ★★★★☆ (4.1) · 48 ratings

    "hardest prelims in the city but u WILL pass" - S5 student, Jan 2025
    Tough grader  Helpful

    "crippled auld hag should be in a home no a classroom. cannae even stand up tae teach 😂♿" - Anonymous, Feb 2025
    [This rating has been reported]

    "explains stuff in like 4 different ways til one clicks. best teacher i've had" - S4 student, Nov 2024
    Helpful  Caring

    Rate this teacher · Report a rating
    """),
  [M("school", "exact", "neutral", "Kirkbrae Academy"), M("sburns", "initial_surname", "hate", "S. Burns")])

# 213
D("forum", forum_page("local", "S1 year head won't return calls", [
    ("Truth_Torry", "Member since 2025", "Wed 5 Mar 2025, 21:40",
     "S1 heid at the Torry skweel willna phone parents back. So here's Bukhari's personal mobile, 07700 900619, got it fae a pal in the PTA. Fill her voicemail."),
    ("Mod_TK", "Moderator", "Wed 5 Mar 2025, 21:52",
     "Post hidden. Publishing a teacher's personal number is harassment. Last warning, Truth_Torry."),
    ], thread_id=705),
  [M("ybukhari", "surname_only", "doxxing", "Bukhari")])

# 214
D("blog", blog_page(
    "truth", "Guidance teacher's secret: the emails Kirkbrae didn't want you to see", "Granite City Truth", "12 February 2025",
    """
    We have been sent emails showing that Kirkbrae's principal teacher of guidance, Mòrag O'Rourke, was told about Kayden Gauld's bullying in October and chose to "park it until after the inspection". We say the school buried it.

    Parents deserve answers, and she has refused to give them. So here is how to reach her directly: her personal email is morag.bain.76@inboxmail.example and she lives in Tullyhaugh, a two-minute walk from the school. Ask her yourselves.
    """,
    [("Wake_Up_Granite", "12 Feb 2025", "Shared to every local page."),
     ("Lynn Masson", "12 Feb 2025", "Her EMAIL and where she lives? You are not journalists. Reported.")],
    tags=["Kirkbrae", "Exposés"]),
  [M("school", "short_name", "defamation", "Kirkbrae"), M("morourke", "exact", "doxxing", "Mòrag O'Rourke")])

# 215
D("forum", forum_page("highers", "worst teacher u've had (torry edition)", [
    ("bio_hater", "S4 · 9 posts", "Tue 11 Mar 2025, 19:05",
     "bukhari in torry bio. snidey, two-faced, moany cow who gives ye a punny for breathin. cannae stand her"),
    ("s5_survivor", "S5 · 41 posts", "Tue 11 Mar 2025, 19:20",
     "she's honestly fine if ye dae yer homework 🤷"),
    ], thread_id=20740),
  [M("ybukhari", "surname_only", "abuse", "bukhari")])

# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Kirkbrae Academy"],
    "gcargillrennie": ["Gillian Cargill-Rennie"], "cogstoun": ["Crawford Ogstoun"],
    "rcruickshank": ["Robert Cruickshank"], "morourke": ["Mòrag O'Rourke"],
    "sreid": ["Steven Reid"], "sburns": ["Shona Burns"], "mdabrowska": ["Małgorzata Dąbrowska"],
    "onwachukwu": ["Obinna Nwachukwu"], "flindqvist": ["Fraser Lindqvist"], "ybukhari": ["Yasmin Bukhari"],
}
ALIASES = {
    "school": ["Kirkie", "KBA", "Kirkbrae Acad", "Kirkbrae High", "Kirkbrae School"],
    "gcargillrennie": ["Gillian Rennie"], "cogstoun": ["Crawf Ogstoun"], "morourke": ["Mòrag Bain"],
    "sreid": ["Stevie Reid"], "mdabrowska": ["Gosia Dąbrowska"], "onwachukwu": ["Obi Nwachukwu"],
}
SURNAMES = {
    "gcargillrennie": "Cargill-Rennie", "cogstoun": "Ogstoun", "rcruickshank": "Cruickshank",
    "morourke": "O'Rourke", "sreid": "Reid", "sburns": "Burns", "mdabrowska": "Dąbrowska",
    "onwachukwu": "Nwachukwu", "flindqvist": "Lindqvist", "ybukhari": "Bukhari",
}


def fold(s: str) -> str:
    s = html.unescape(s).replace("’", "'")
    s = s.translate(str.maketrans("áéíóúÁÉÍÓÚàèìòùÀÈÌÒÙąćęłńśźżĄĆĘŁŃŚŹŻ",
                                  "aeiouAEIOUaeiouAEIOUacelnszzACELNSZZ"))
    return s.lower()


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
