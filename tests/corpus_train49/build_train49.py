#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train49 labelled evaluation corpus for the repwatch matcher.

Setting
    Ironstone University Technical College, an invented 14-19 university technical
    college (about 720 students, Years 10-13) specialising in engineering and computing,
    on the invented Fulmar Way in the invented Kelby Lea grid square of Milton Keynes
    (neighbouring invented grid squares: Furzecroft and Pinder's Hill; the invented H11
    Kelby Way and V12 Furze Street grid roads, and more roundabouts than anyone can
    count). It is sponsored by invented employers (Corvane Systems, Talbrook Aerospace,
    Hexbridge Motorsport) and an invented university. Published office number
    01632 960527; own site ironstone-utc.example. Locals and students call it
    "Ironstone", "Ironstone UTC", "Ironstone Tech", "UTC Ironstone" or "ITC".
    Storylines, 2024-25: the "IronBots" robotics team wins the regional final and
    goes to the nationals; an apprenticeship-scheme row when Corvane pulls promised
    degree-apprenticeship places and students claim they were used as free labour on
    "live industry briefs" (an investigation into the partnerships director follows);
    a Year 12 student finds a staff contacts spreadsheet left in a public repository
    and posts teachers' mobiles and home addresses on a Discord server; an Ofsted
    "requires improvement"; an esports club whose lead is the target of homophobic
    abuse; a workshop injury and an HSE visit; anti-Polish, anti-Muslim, racist,
    anti-Traveller and anti-migrant abuse around a hotel used for asylum seekers.

Staff (watchlist ids and the variant traits they carry)
    ksandyswhitlock Dr Katherine Sandys-Whitlock, Principal. Hyphenated double-barrelled
                    surname ("Sandys Whitlock", en dash, "SandysWhitlock"); alias
                    "Katherine Sandys" (name before marriage); nicknames "Kate", "Kath".
    ltamblyn        Leofric Tamblyn, Director of Employer Partnerships. The unique name
                    (counts without school context). Alias "Leo Tamblyn".
    rpennick        Robert Pennick, Head of Engineering and robotics coach. Nickname-able
                    first name ("Bob", "Rob", "Robbie", "Bobby").
    mtaylor         Mark Taylor, Head of Computing. The very common name; namesakes (a
                    Wellingborough plumber, a Leeds councillor, a darts player, a
                    Swindon race engineer, a Vale FC centre-half) appear in decoys;
                    tied to the college only by role in some threats. Alias "Marcus
                    Taylor" (his full first name); GitHub handle "mtaylor-codes".
    sbolt           Sarah Bolt, Vice Principal and Designated Safeguarding Lead. Surname
                    is an everyday word (nuts and bolts, bolt cutters); tied by role ("the VP").
    zdsouza         Zoë D'Souza, Head of Sixth Form. Diaeresis and apostrophe; alias
                    "Zoë Pereira" (maiden name); handle "@ZDSouza_Post16".
    enwachukwu      Dr Elizabeth Nwachukwu, Head of Science and Maths. Nicknames
                    "Liz", "Lizzie", "Beth"; typo "Nwachuku".
    twisniewski     Tomasz Wiśniewski, Workshop Manager and Senior Technician. Accent
                    ("Wisniewski"); alias "Tom Wisniewski"; students call him "Mr Wiz".
    iqureshi        Imran Qureshi, Head of Year 10 and computing teacher.
    cashdown        Callum Ashdown, maths teacher and esports club lead. Alias
                    "Cal Ashdown".

Voices
    Students on Discord servers (pasted exports), Reddit-style threads (r/mkgrid,
    r/UTCstudents), a student dev blog, a robotics build log, TikTok, Instagram and X,
    a teacher-rating site: gamer slang
    ("cooked", "gg", "diff", "mid", "npc", "he's HIM", "no cap", "fr", "goated", "skill
    issue", "walking L"), leetspeak and coding jokes (git, CTFs, "rsa go brrr"). MK
    parents and neighbours in Facebook groups (grid squares, grid roads, redways, the
    H11 and V12, double mini-roundabouts, "on the list", buy-sell-swap and lost-dog
    posts); a dads' banter group; teachers on an anonymous staffroom forum; an
    engineering apprentices' forum; a robotics forum; an esports league forum; local,
    trade and national news with comment threads; a conspiracy blog ("MK Uncovered");
    far-right "MK Patriots" posts with dog whistles ("Londonistan", "replacement",
    "invaders", "Britain for the British"); Google, school, teacher, apprenticeship
    and employer reviews.

Decoys
    Ironstone Stadium (home of the invented Milton Keynes Vale FC) and Ironstone Brewing
    Co. (both excluded), Ironstone Engineering Ltd (a Wellingborough fabricator), the
    rock itself (Northamptonshire ironstone cottages, a geology walk), ITC Data Systems
    and ITC Cloud (invented tech firms sharing the acronym), namesakes called Mark
    Taylor (a Wellingborough plumber, a Leeds councillor, a Swindon darts player, a
    Swindon race engineer, an MK Vale centre-half) and Sarah Bolt (a Leeds yoga
    teacher), "bolt" as a word (bolt cutters, nuts and bolts), Kelby Lea, Furzecroft
    and Pinder's Hill news with no school in it (a hotel for asylum seekers, roundabout
    works, a lost dog), a safeguarding blog, a robotics forum thread about other teams,
    a council repo leak elsewhere, and similar colleges elsewhere (Harlow Fen UTC in
    Essex, the invented Ashby Moor UTC in Leicestershire).

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
    python3 tests/corpus_train49/build_train49.py
    Writes docs/, labels.jsonl and watchlist.toml beside this file (deterministically,
    replacing docs/), checks every labelled surface form occurs in its document and
    that no watched surname appears unlabelled, then prints a summary. Standard
    library only.
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
import sys
import textwrap
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
rng = random.Random(4949)

CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
VARIANTS = [
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
]
SUBJECTS = [
    "school", "ksandyswhitlock", "ltamblyn", "rpennick", "mtaylor", "sbolt",
    "zdsouza", "enwachukwu", "twisniewski", "iqureshi", "cashdown",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["ironstone utc", "ironstone university", "ironstone tech", "ironstone-utc", "utc ironstone"],
    "ksandyswhitlock": ["whitlock"],
    "ltamblyn": ["tamblyn"],
    "rpennick": ["pennick"],
    "zdsouza": ["souza", "pereira"],
    "enwachukwu": ["nwachukwu"],
    "twisniewski": ["wisniewski"],
    "iqureshi": ["qureshi"],
    "cashdown": ["ashdown"],
}
EXCLUDES = ["Ironstone Stadium", "Ironstone Brewing Co.", "Ironstone Brewing", "ironstonestadium.example"]

WATCHLIST = """\
# Watchlist for the invented Ironstone University Technical College (train49 corpus). All names are fictional.
[school]
name = "Ironstone University Technical College"
aliases = ["Ironstone UTC", "ITC", "Ironstone Tech", "UTC Ironstone"]
locality = ["Kelby Lea", "Furzecroft", "Pinder's Hill"]
own_domains = ["ironstone-utc.example"]
phones = ["01632 960527"]

[[staff]]
id = "ksandyswhitlock"
name = "Katherine Sandys-Whitlock"
role = "Principal"
aliases = ["Katherine Sandys"]
line_manager = "chair.governors@ironstone-utc.example"

[[staff]]
id = "ltamblyn"
name = "Leofric Tamblyn"
role = "Director of Employer Partnerships"
aliases = ["Leo Tamblyn"]
unique = true
line_manager = "principal@ironstone-utc.example"

[[staff]]
id = "rpennick"
name = "Robert Pennick"
role = "Head of Engineering"
line_manager = "curriculum@ironstone-utc.example"

[[staff]]
id = "mtaylor"
name = "Mark Taylor"
role = "Head of Computing"
aliases = ["Marcus Taylor"]
line_manager = "curriculum@ironstone-utc.example"

[[staff]]
id = "sbolt"
name = "Sarah Bolt"
role = "Vice Principal and Designated Safeguarding Lead"
line_manager = "principal@ironstone-utc.example"

[[staff]]
id = "zdsouza"
name = "Zoë D'Souza"
role = "Head of Sixth Form"
aliases = ["Zoë Pereira"]
line_manager = "vp@ironstone-utc.example"

[[staff]]
id = "enwachukwu"
name = "Elizabeth Nwachukwu"
role = "Head of Science and Maths"
line_manager = "curriculum@ironstone-utc.example"

[[staff]]
id = "twisniewski"
name = "Tomasz Wiśniewski"
role = "Workshop Manager and Senior Technician"
aliases = ["Tom Wisniewski"]
line_manager = "engineering@ironstone-utc.example"

[[staff]]
id = "iqureshi"
name = "Imran Qureshi"
role = "Head of Year 10"
line_manager = "vp@ironstone-utc.example"

[[staff]]
id = "cashdown"
name = "Callum Ashdown"
role = "Maths teacher and esports club lead"
aliases = ["Cal Ashdown"]
line_manager = "curriculum@ironstone-utc.example"

[[exclude]]
text = "Ironstone Stadium"

[[exclude]]
text = "Ironstone Brewing Co."

[[exclude]]
domain = "ironstonestadium.example"
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
            out.append("<p>" + "<br>\n".join(esc(x.strip()) for x in p.splitlines()) + "</p>")
    return "\n".join(out)


NEWS_SITES = {
    "ledger": dict(
        name="MK Ledger", domain="mkledger.example",
        nav=["News", "Sport", "Schools", "Business", "What's On", "Roadworks", "Jobs"],
        most=["H11 roundabout to shut for resurfacing", "Pictures: balloon festival returns to the lakes",
              "New Furzecroft health centre opens doors", "Redway lighting 'still broken' say cyclists"],
        footer="MK Ledger is part of Ouzel Regional Media Ltd. Regulated by IPSO. Newsdesk: 01632 960210."),
    "bucks": dict(
        name="North Bucks Herald", domain="northbucksherald.example",
        nav=["Home", "Local", "Education", "Courts", "Opinion", "Obituaries"],
        most=["Letters: the bus station is a disgrace", "Cricket: Pinder's Hill thrash visitors",
              "Council tax to rise by 4.99%", "Your photos: sunrise over the lakes"],
        footer="© North Bucks Herald. Independent local journalism since 1921."),
    "feweek": dict(
        name="Skills & FE Weekly", domain="skillsfeweekly.example",
        nav=["FE", "Apprenticeships", "UTCs", "Policy", "People", "Jobs"],
        most=["Levy transfers: the data", "UTC numbers fall again in three regions",
              "Ofsted's new report cards explained", "Opinion: T levels need employers"],
        footer="Skills & FE Weekly · Trade journal for further education and skills · Terms · Privacy"),
    "engrecord": dict(
        name="The Engineering Record", domain="engineeringrecord.example",
        nav=["News", "Aerospace", "Automotive", "Digital", "Skills", "Careers"],
        most=["Talbrook wins wing-spar contract", "The robotics skills gap, in numbers",
              "Apprentice of the Year shortlist", "Opinion: stop calling it STEM outreach"],
        footer="The Engineering Record · For the people who make things · © Gantry Media"),
    "bulletin": dict(
        name="The National Bulletin", domain="nationalbulletin.example",
        nav=["UK", "World", "Politics", "Money", "Education", "Tech", "Opinion"],
        most=["Energy price cap: what it means for you", "Rail strike dates announced",
              "Inside the AI start-up boom", "Weather: heatwave warning extended"],
        footer="© Bulletin Media Group. Contact us · Complaints · Corrections · Sitemap"),
    "techwire": dict(
        name="TechWire UK", domain="techwireuk.example",
        nav=["Security", "Cloud", "Dev", "Gaming", "Policy", "Jobs"],
        most=["Another council leaks data via public repo", "ITC Cloud outage: what went wrong",
              "Esports in schools: hype or help?", "The GitHub secrets problem won't die"],
        footer="TechWire UK · Independent tech news · Tips: tips@techwireuk.example"),
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
    "parents": dict(name="MK Parents Talk", domain="mkparentstalk.example", tag="Talk › Secondary & post-16 › Milton Keynes",
                    footer="MK Parents Talk · Talk guidelines · Report a post · Privacy"),
    "staffroom": dict(name="StaffroomTalk", domain="staffroomtalk.example", tag="Forums › FE, UTCs & sixth forms",
                      footer="StaffroomTalk — anonymous support for teachers. Posts are not checked before publication."),
    "apprentice": dict(name="ApprenticeHub Forums", domain="apprenticehub.example", tag="Forums › Degree apprenticeships › Engineering & digital",
                       footer="ApprenticeHub · Not affiliated with any employer or provider · Be excellent to each other."),
    "robots": dict(name="BotBuilders UK", domain="botbuilders.example", tag="Forums › Competitions › Schools league",
                   footer="BotBuilders UK — the home of UK competition robotics. Keep it friendly, keep it safe."),
    "gamers": dict(name="FragHouse Forums", domain="fraghouse.example", tag="Forums › Esports › School & uni leagues",
                   footer="FragHouse · Rules · Report abuse · Powered by caffeine"),
    "mkforum": dict(name="MK Grid Squares Forum", domain="mkgridforum.example", tag="Boards › Local issues › North MK",
                    footer="MK Grid Squares Forum · est. 2004 · Run by residents for residents."),
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
    <ul class="navbar"><li><a href="/search">Search</a></li><li><a href="/login">Login</a></li><li><a href="/register">Register</a></li><li><a href="/faq">FAQ</a></li></ul>
  </div>
  <p class="breadcrumbs">{esc(board)}</p>
  <h2 class="topic-title"><a href="/threads/{thread_id or 1}">{esc(title)}</a></h2>
  <div class="action-bar">Post Reply · {len(posts)} posts · Page <strong>1</strong> of 1</div>
{posts_html}
  <div class="action-bar">Return to board · Jump to</div>
  <div class="footer">{esc(s['footer'])}</div>
</div>
</body>
</html>
"""


def reddit_page(sub: str, title: str, op: str, when: str, text: str,
                comments: list[tuple] | tuple = (), flair: str = "") -> str:
    """A Reddit-style thread on threadit.example. comments: (user, points, when, text, depth)."""
    cm = []
    for user, pts, cwhen, ctext, depth in comments:
        cm.append(f'    <div class="comment depth-{depth}" style="margin-left:{depth * 24}px">\n'
                  f'      <p class="tagline"><a class="author" href="/u/{esc(user)}">u/{esc(user)}</a> · {pts} points · {esc(cwhen)}</p>\n'
                  f'      <div class="md">{body_html(ctext)}</div>\n'
                  f'      <p class="buttons">Reply · Share · Report · Save</p>\n    </div>')
    flair_html = f' <span class="flair">{esc(flair)}</span>' if flair else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(title)} : r/{esc(sub)}</title>
</head>
<body class="threadit">
<header><a href="/" class="logo">threadit</a> <a href="/r/{esc(sub)}">r/{esc(sub)}</a> <input type="search" placeholder="Search r/{esc(sub)}"></header>
<div class="content">
  <div class="thing link">
    <p class="title"><a href="#">{esc(title)}</a>{flair_html}</p>
    <p class="tagline">submitted {esc(when)} by <a href="/u/{esc(op)}">u/{esc(op)}</a></p>
    <div class="usertext-body">{body_html(text)}</div>
    <p class="buttons">{len(comments)} comments · share · save · hide · report</p>
  </div>
  <div class="commentarea">
    <p class="sort">sorted by: best</p>
{chr(10).join(cm)}
  </div>
</div>
<aside class="side"><h3>About r/{esc(sub)}</h3><p>Be civil. No personal information. No witch-hunts.</p></aside>
<footer>threadit.example · User agreement · Privacy · Content policy</footer>
</body>
</html>
"""


BLOG_SITES = {
    "gridlife": dict(name="Grid Square Life", domain="gridsquarelife.example", tagline="Milton Keynes, one roundabout at a time",
                     side=["About", "Redway rides", "Where to eat", "Contact"]),
    "devlog": dict(name="segfault.diaries", domain="segfaultdiaries.example", tagline="a sixth former writes code and complains",
                   side=["Projects", "Now", "Uses", "RSS"]),
    "teachblog": dict(name="Chalk & Cheese", domain="chalkandcheese.example", tagline="Notes from an FE and UTC classroom",
                      side=["About me", "Resources", "Subscribe"]),
    "engblog": dict(name="Shop Floor Notes", domain="shopfloornotes.example", tagline="Skills, apprenticeships and the real economy",
                    side=["About the author", "Levy tracker", "Subscribe"]),
    "momblog": dict(name="Mum on the Grid", domain="mumonthegrid.example", tagline="Three teenagers, one car, far too many roundabouts",
                    side=["About me", "School run diaries", "Days out", "Contact"]),
    "truth": dict(name="MK Uncovered", domain="mkuncovered.example", tagline="The stories the council and the papers won't touch",
                  side=["Donate", "Our mission", "Latest exposés"]),
    "robotblog": dict(name="IronBots 4471 Build Log", domain="ironbots4471.example", tagline="Robot build diary of a student team",
                      side=["The robot", "Sponsors", "Outreach", "Contact"]),
    "footyblog": dict(name="Vale Till I Die", domain="valetillidie.example", tagline="An MK Vale FC fan blog",
                      side=["Match reports", "Away days", "Podcast"]),
    "rockblog": dict(name="Stones of the Shires", domain="stonesoftheshires.example", tagline="Building stones and geology of the South Midlands",
                     side=["Stones A-Z", "Walks", "About"]),
    "safeblog": dict(name="The Safeguarding Desk", domain="safeguardingdesk.example", tagline="Online safety for schools and colleges",
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
<footer id="colophon"><p>Proudly powered by a blogging platform · Theme: Gridline</p></footer>
</body>
</html>
"""


# --- plain-text social helpers (scraped text of the page, as the crawler stores it)
def stars(n: int) -> str:
    return "★" * n + "☆" * (5 - n)


def xpost(name: str, handle: str, when: str, text: str, replies=(), views: str = "") -> str:
    out = ["X", "Post", "", name, handle, "", dd(text).rstrip("\n"), "",
           f"{when} · {views or str(rng.randint(80, 9000)) + ' Views'}", "",
           f"{rng.randint(0, 60)} Reposts   {rng.randint(0, 12)} Quotes   {rng.randint(1, 400)} Likes", ""]
    if replies:
        out += ["──────────", "Replies", ""]
        for rname, rhandle, rwhen, rtext in replies:
            out += [f"{rname} {rhandle} · {rwhen}", rtext, ""]
    return "\n".join(out) + "\n"


def fbpost(group: str, meta: str, author: str, when: str, text: str, comments=(), reactions: str = "") -> str:
    """comments: (name, text, when[, replies]); replies (name, text, when)."""
    n = sum(1 + (len(c[3]) if len(c) > 3 else 0) for c in comments)
    out = [group, meta, "", author, f"{when} · 🌎" if "Public" in meta else f"{when} · 👥", dd(text).rstrip("\n"), "",
           reactions or f"👍❤️ {rng.randint(2, 300)} · {n} comments", "Like   Comment   Share", ""]
    for c in comments:
        name, ctext, cwhen = c[:3]
        out += [f"    {name}", f"    {ctext}", f"    Like · Reply · {cwhen}", ""]
        for r in (c[3] if len(c) > 3 else []):
            out += [f"        {r[0]}", f"        {r[1]}", f"        Like · Reply · {r[2]}", ""]
    return "\n".join(out) + "\n"


def tiktok(author: str, caption: str, comments) -> str:
    out = ["TikTok", "", author, caption,
           f"❤️ {rng.randint(1, 90)}.{rng.randint(0, 9)}K   💬 {rng.randint(40, 2000)}   ↗ {rng.randint(5, 900)}", "", "Comments", ""]
    for user, text, when in comments:
        out += [user, text, f"{when} · Reply · ♡ {rng.randint(0, 900)}", ""]
    return "\n".join(out) + "\n"


def insta(author: str, place: str, caption: str, comments) -> str:
    out = ["Instagram", "", author, place, "", caption, "", f"♡ {rng.randint(20, 3000):,} likes", "",
           f"View all {len(comments) + rng.randint(0, 40)} comments", ""]
    for user, text, when in comments:
        out += [f"{user} {text}", f"{when}  {rng.randint(0, 200)} likes  Reply", ""]
    return "\n".join(out) + "\n"


def discord(server: str, channel: str, lines) -> str:
    """lines: (when, user, text). Copied out of a Discord server (screenshots/exports get pasted around)."""
    out = [f"{server}", f"# {channel}", ""]
    for when, user, text in lines:
        out += [f"{user} — {when}", text, ""]
    return "\n".join(out) + "\n"


def greview(place: str, subtitle: str, rating: str, count: int, reviews) -> str:
    out = [place, subtitle, f"{rating} {stars(round(float(rating)))} ({count:,} reviews)", ""]
    for r in reviews:
        name, meta, n, when, text = r[:5]
        out += [name, meta, f"{stars(n)} {when}", text, f"👍 Helpful {rng.randint(0, 30)}   Share", ""]
        if len(r) > 5 and r[5]:
            out += ["Response from the owner", r[5], ""]
    return "\n".join(out) + "\n"


def schoolrater(header: str, reviews) -> str:
    out = ["SchoolRater UK", header, "", f"Average rating {rng.choice(['2.7', '3.0', '3.3', '3.6'])}/5 from {rng.randint(30, 140)} reviews", ""]
    for who, date, n, title, text in reviews:
        out += ["────────────────────────", f"{stars(n)}  \"{title}\"", f"Reviewed by: {who} · {date}", "",
                dd(text).rstrip("\n"), "", f"Was this review helpful?  Yes ({rng.randint(0, 30)})  No ({rng.randint(0, 9)})  · Report", ""]
    return "\n".join(out) + "\n"


def workview(org: str, rating: str, reviews) -> str:
    out = ["WorkView — Company reviews", org, f"{rating} ★ · Recommend to a friend {rng.randint(20, 80)}%", "", "Reviews   Salaries   Jobs", ""]
    for title, n, who, date, pros, cons, advice in reviews:
        out += [f"\"{title}\"", f"{stars(n)}  {who} · {date}", "", "Pros", pros, "", "Cons", cons, ""]
        if advice:
            out += ["Advice to management", advice, ""]
        out += [f"Helpful ({rng.randint(0, 25)}) · Share · Report", ""]
    return "\n".join(out) + "\n"


# Awkward characters spelled with escapes so they are unmistakable.
CYR_A, CYR_O, CYR_E, CYR_C, CYR_I, CYR_P, GRK_O, GRK_NU = "\u0430", "\u043e", "\u0435", "\u0441", "\u0456", "\u0440", "\u03bf", "\u03bd"

# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
# 000
D("news", news_page(
    "ledger", "Schools", "IronBots roll to regional robotics title - and a ticket to the nationals",
    "Kelby Lea students beat 31 teams with a robot they built from scrap aluminium and a lot of cable ties",
    "Priya Sandhu, Education Reporter", "17 March 2025",
    """
    A team of sixth formers from Ironstone University Technical College in Kelby Lea has won the Midlands & Chilterns regional final of the RoboLeague schools competition, beating 31 other teams to a place at the national finals in Coventry in June.

    The IronBots, team number 4471, built their robot - nicknamed "Roundabout" because, in the words of team captain Nia Obuya, "it only ever goes in circles until it suddenly doesn't" - in the college's engineering workshop over eleven weeks.

    "We were fourth after the qualification rounds and honestly a bit gutted," said Nia, 17. "Then the arm started working properly in the semis and we just went for it."

    ## 'They did the hard bit'

    Head of Engineering Robert Pennick, who has coached the team since the college opened, said the students had done "every single bit of the design, the CAD, the code and the wiring".

    "My job was mostly driving the minibus and telling them to go to bed," he said. "They rebuilt the gearbox at midnight in a Travelodge car park. I've never been prouder."

    The team now needs to raise around £4,000 to cover travel, parts and entry fees for the nationals. Local firms Talbrook Aerospace and Hexbridge Motorsport have already pledged support.
    """,
    [("GridSquareGary", "17 Mar 2025, 18:20", "Brilliant stuff. A robot called Roundabout is the most Milton Keynes thing I have ever heard."),
     ("Mum_of_a_Bot", "17 Mar 2025, 19:02", "My son is on this team and has not slept since January. Bob Pennick is an absolute weapon, that man gave up every Saturday for them."),
     ("K. Ferris", "17 Mar 2025, 21:45", "Good to see a positive story about young people for once. Well done all.")]),
  [M("school", "exact", "neutral", "Ironstone University Technical College"), M("rpennick", "exact", "neutral", "Robert Pennick")])

# 001
D("social", xpost("IronBots 4471 🤖", "@ironbots4471", "6:41 PM · Mar 15, 2025", """
    WE ACTUALLY DID IT 🏆🤖 Regional champions!!

    gg to every team today, the alliance with Ashby Moor in the final was elite. And Pennick's face when the arm finally held the cone in the last 10 seconds 💀💀 someone clip that

    #RoboLeague #IronstoneUTC #STEM
    """, replies=[
    ("Hexbridge Motorsport", "@HexbridgeMS", "Mar 15", "Massive congrats from everyone at Hexbridge! See you in the pits at nationals 🏁"),
    ("ella 🔧", "@ellawires", "Mar 15", "the gearbox rebuild at 1am was worth it fr"),
  ]),
  [M("school", "hashtag", "neutral", "#IronstoneUTC"), M("rpennick", "possessive", "neutral", "Pennick's")])

# 002
D("facebook", fbpost("Ironstone UTC Parents (unofficial)", "Private group · 612 members", "Donna Shirtcliffe", "3 February at 20:41", """
    Has anyone else's Y13 had the email from Corvane tonight?? My son was TOLD in September that the degree apprenticeship place was his as long as he got his grades. Now it's "paused due to restructuring". Mr Tamblyn stood in that hall at the careers evening and said the words "guaranteed pathway". I've got it on video.

    Not having a go at the teachers, they've been great, but someone needs to explain this properly and not in a three-line email.
    """, comments=[
    ("Lee Ormsby", "Same here. Our daughter turned down two uni offers because of this. Fuming doesn't cover it.", "3 Feb"),
    ("Ruth Adeyinka", "Meeting in the hall on Thursday apparently. I'll be there with questions.", "3 Feb"),
    ("Donna Shirtcliffe", "@Ruth Adeyinka see you there x", "3 Feb"),
  ]),
  [M("school", "alias", "negative", "Ironstone UTC"), M("ltamblyn", "title_surname", "negative", "Mr Tamblyn")])

# 003 decoy: excluded brewery
D("review", greview("Ironstone Brewing Co.", "Brewery · Taproom · Wolverton Mill Yard", "4.7", 862, [
    ("Stu Mackay", "Local Guide · 88 reviews", 5, "2 weeks ago",
     "Proper taproom. The Redway Red is a cracking session ale and the pizza van on Fridays is top. Dog friendly, staff know their hops. Got a bit rammed after the Vale game but that's expected."),
    ("Jo H", "12 reviews", 4, "a month ago",
     "Lovely spot, decent alcohol-free options for the driver for once. Took off a star because the toilets were out of order.",
     "Thanks Jo - toilets fixed now, promise! Cheers, the Ironstone Brewing crew"),
  ]))

# 004
D("forum", reddit_page("mkgrid", "Is Ironstone UTC actually any good for comp sci? Son is choosing between there and sixth form at his school", "worried_mk_dad", "4 months ago", """
    He's Y11, into programming, wants to do computer science or maybe cyber. The UTC looks impressive on the open evening (the workshop is nuts) but I'm worried about it being a small place and the journey (two buses and about nine roundabouts). Anyone got kids there or been there?
    """, comments=[
    ("kelbylea_kid", 214, "4 mo. ago", "Y13 here. Mr Taylor (head of computing) is genuinely cracked at teaching python and networking, he'll sit with you after college to debug stuff. Best teacher I've had tbh.", 0),
    ("worried_mk_dad", 31, "4 mo. ago", "That's really reassuring, thank you.", 1),
    ("sudo_rm_rf_me", 88, "4 mo. ago", "Taylor is goated yeah. Qureshi's lessons are a bit mid though, lots of copying off slides. Overall worth it for the industry projects.", 1),
    ("bucks_born_n_bred", 40, "4 mo. ago", "Two buses and nine roundabouts is standard MK commuting mate, he'll survive", 0),
    ("throwawayfe22", 12, "4 mo. ago", "The apprenticeship stuff got messy this year so ask hard questions about that at the open evening.", 0),
  ], flair="Education"),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("mtaylor", "title_surname", "neutral", "Mr Taylor"),
   M("iqureshi", "possessive", "negative", "Qureshi's")])

# 005
D("news", news_page(
    "feweek", "Apprenticeships", "Employer pulls 14 degree apprenticeship places promised to UTC students",
    "Corvane Systems cites restructuring; parents at the Milton Keynes college say their children were 'guaranteed' places",
    "Daniel Okafor, Apprenticeships Editor", "6 February 2025",
    """
    A software firm that co-sponsors a university technical college in Milton Keynes has withdrawn 14 degree apprenticeship places that Year 13 students had been told were theirs if they met their grades.

    Corvane Systems, one of three founding employer sponsors of Ironstone University Technical College, told families on Monday that its 2025 software engineering cohort had been "paused due to restructuring".

    Several parents told Skills & FE Weekly their children had been described as being on a "guaranteed pathway" at a careers evening last autumn. Some said their children had declined university offers as a result.

    ## College 'deeply disappointed'

    Leofric Tamblyn, the college's director of employer partnerships, said he was "as shocked as any parent" and was "working flat out with other employers" to find alternative places.

    Principal Dr Katherine Sandys-Whitlock said: "We are deeply disappointed by this decision, which was not ours. No student will be left without a route forward, and we are meeting every family individually."

    A Corvane spokesperson said the firm remained "committed to the college" and to its work-experience programme. The firm declined to say how many jobs were affected by the restructure.

    Ironstone opened in 2016 and has around 720 students aged 14 to 19.
    """,
    [("levy_watcher", "6 Feb 2025", "This is what happens when a UTC leans on one big sponsor. Diversify your employers, people."),
     ("ParentInMK", "6 Feb 2025", "'Guaranteed pathway' were the exact words. I was there. Somebody should be answering for that.")]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("ltamblyn", "exact", "neutral", "Leofric Tamblyn"),
   M("ksandyswhitlock", "exact", "neutral", "Katherine Sandys-Whitlock")])

# 006
D("social", discord("ITC Y13 (unofficial) 🔩", "general", [
    ("Today at 19:02", "jaydn.exe", "so corvane just ghosted all 14 of us. love that for us 🙃"),
    ("Today at 19:03", "r0sie", "i turned down Loughborough for this"),
    ("Today at 19:03", "jaydn.exe", "tamblyn sold us out fr. man's getting a backhander off corvane no cap, why else would he push it so hard at careers night"),
    ("Today at 19:05", "kwame_builds", "bro we don't know that"),
    ("Today at 19:05", "jaydn.exe", "everyone knows. he's on their payroll, ask anyone in y12"),
    ("Today at 19:09", "r0sie", "can we not do this in the server the teachers literally know about this server"),
  ]),
  [M("school", "alias", "negative", "ITC"), M("ltamblyn", "surname_only", "defamation", "tamblyn")])

# 007 decoy: acronym shared with a tech firm
D("social", xpost("ITC Data Systems Status", "@ITCDataStatus", "07:12 AM · Apr 2, 2025", """
    [Resolved] Degraded performance for object storage customers in our Bletchley Park Road data hall between 05:40 and 06:55 BST. Root cause: failed cooling unit on rack row C. Full RCA to follow within 5 working days. We're sorry for the disruption. #ITCstatus
    """, replies=[
    ("devops dan", "@dan_on_call", "Apr 2", "three outages in a month ITC, come on"),
  ]))

# 008
D("blog", blog_page(
    "devlog", "I found my college's staff spreadsheet in a public repo. Here's what I did (and what I didn't)", "sam k.", "22 January 2025",
    """
    Short version: a spreadsheet with every staff member's personal mobile and home address was sitting in a public repository on a code-hosting site, committed by someone at my college, for at least eight months. I reported it. I did not download it, share it or post it. Somebody else did, which is why I'm writing this.

    ## How I found it

    I was searching for example robot code from other teams (we're on the IronBots at Ironstone) and one of the results was a repo called something like "timetable-tools". In the commit history there was a CSV. I opened the preview for about three seconds, realised what it was, and closed the tab.

    ## What I did

    I emailed Mr Taylor, who teaches us cyber and is head of computing, with the repo link and nothing else. He replied in ten minutes, thanked me, and the repo was gone within the hour. The college told the ICO the same day. That is how it's supposed to go.

    ## What someone else did

    A week later screenshots of the CSV turned up on a Discord server run by some people in my year. Teachers' phones. Teachers' home addresses. People "joking" about turning up. I'm not going to link it and I'm not going to repeat any of it. If you're in that server: delete it, leave, and stop pretending it's banter.

    ## Lessons

    1. Secrets scanning exists. Turn it on.
    2. Personal data does not belong in a timetable repo.
    3. Responsible disclosure is not snitching. It's the job.
    """,
    [("tabs_not_spaces", "22 Jan 2025 at 21:14", "Respect for doing it properly. Most adults wouldn't have."),
     ("anon", "23 Jan 2025 at 08:02", "snitch"),
     ("sam k.", "23 Jan 2025 at 08:30", "@anon ok 👍")],
    tags=["security", "responsible disclosure", "college"]),
  [M("school", "short_name", "negative", "Ironstone"), M("mtaylor", "title_surname", "neutral", "Mr Taylor")])

# 009
D("social", discord("ironstone y12 chaos 💀", "shitposting", [
    ("Yesterday at 23:41", "n0_lifer", "YO look what was just sitting on gitforge lmaooo staff sheet 📂"),
    ("Yesterday at 23:42", "n0_lifer", "Bolt | VP | 07700 900482 | 17 Harebell Close, Furzecroft MK14 7RD\nAshdown | Maths | 07700 900913 | Flat 3, 41 Tern Way, Kelby Lea MK14 9QS"),
    ("Yesterday at 23:42", "n0_lifer", "pull up to bolt's house at 3am and ask her about my detention 😭😭"),
    ("Yesterday at 23:44", "marz", "bro delete that rn that's actually illegal"),
    ("Yesterday at 23:45", "n0_lifer", "it was PUBLIC 🤷 not my fault they can't use git"),
    ("Yesterday at 23:51", "ghostie", "screenshotted 📸"),
  ]),
  [M("school", "short_name", "neutral", "ironstone"), M("sbolt", "surname_only", "doxxing", "Bolt"),
   M("cashdown", "surname_only", "doxxing", "Ashdown")])

# 010
D("news", news_page(
    "techwire", "Security", "UTC reports itself to ICO after staff home addresses leak via public repo",
    "Screenshots of the spreadsheet later circulated on a student Discord server",
    "Hana Kowalczyk, Security Reporter", "24 January 2025",
    """
    A university technical college in Milton Keynes has reported itself to the Information Commissioner's Office after a spreadsheet containing the personal mobile numbers and home addresses of its staff was left in a public code repository for several months.

    Ironstone University Technical College said the file had been uploaded by a member of staff "in error" as part of a timetabling script and was removed within an hour of a student reporting it.

    However, TechWire UK understands that screenshots of the spreadsheet were later shared on a Discord server used by some of the college's students. The college said it had contacted the platform and Thames Valley Police.

    In a statement, principal Katherine Sandys-Whitlock said the college "deeply regrets" the breach and had offered support to all affected colleagues. "We are grateful to the student who reported this responsibly," she added.

    Security researcher Tom Fenwick said the incident was "depressingly common". "Secret-scanning tools would have caught this in seconds," he said.
    """,
    [("cloud_nerd_uk", "24 Jan 2025", "A COLLEGE THAT TEACHES CYBER SECURITY. You could not make it up."),
     ("HR_in_FE", "24 Jan 2025", "Feel for the staff. Having your home address passed round by teenagers is genuinely frightening.")]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("ksandyswhitlock", "exact", "neutral", "Katherine Sandys-Whitlock")])

# 011 decoy: locality only
D("facebook", fbpost("Kelby Lea & Furzecroft Residents", "Public group · 3.4K members", "Bev Tranter", "Yesterday at 08:12", """
    WARNING the Kelby Way roundabout (the one by the Co-op not the one by the garage, not the other one either 😂) is down to one lane from today for SIX WEEKS. Gas works. Tailbacks to the V12 already. Leave early people!!
    """, comments=[
    ("Mick Dunn", "Only in MK do we need three landmarks to describe one roundabout", "Yesterday"),
    ("Sandra O", "Redway it is then 🚲", "Yesterday"),
    ("Paul Griggs", "Took me 25 mins to get out of Pinder's Hill this morning. Shambles.", "Yesterday"),
  ]))

# 012
D("review", schoolrater("Milton Keynes › 14-19 (UTC) › Ironstone University Technical College", [
    ("Parent of a Year 11 student", "12 March 2025", 2, "Great teachers, shocking communication from senior team",
     """
     The engineering and computing teachers are fantastic and my son loves the practical side. But when he was being targeted by another lad on the bus, I rang and emailed for two weeks. Mrs Bolt, who is apparently the safeguarding lead, eventually replied with a generic letter about the anti-bullying policy. Nobody actually spoke to my son until I turned up at reception.

     Workshop - 5 stars. Leadership - 1 star.
     """),
  ]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("sbolt", "title_surname", "negative", "Mrs Bolt")])

# 013
D("social", tiktok("@sixthformslay", "POV: ms d'souza walking into the sixth form centre after the holidays 😩🔥 the fit the confidence the AURA #ironstoneutc #sixthform #teachercrush", [
    ("@ellaaa.mk", "not the entire year 12 being down bad for her 😭", "3-2"),
    ("@dev.not.dave", "she gave me a detention and i said thank you", "3-2"),
    ("@mia_x_", "delete before she sees this 💀💀", "3-3"),
  ]),
  [M("school", "hashtag", "neutral", "#ironstoneutc"), M("zdsouza", "title_surname", "sexual", "ms d'souza")])

# 014
D("news", news_page(
    "bucks", "Courts", "Father fined for threatening college principal after son was excluded",
    "Posts said he would 'sort it out outside the gates'",
    "Court Reporter", "9 May 2025",
    """
    A Milton Keynes father who posted online that he would "sort out" a college principal "outside the gates" after his son was permanently excluded has been fined and given a restraining order.

    Craig Mullery, 44, of Furzecroft, pleaded guilty at Milton Keynes Magistrates' Court to sending a threatening communication to Dr Katherine Sandys-Whitlock, principal of Ironstone University Technical College, in March.

    The court heard he also posted a photograph of the college's staff car park. Magistrates fined him £900, ordered him to pay £85 costs and a £360 surcharge, and made a two-year restraining order banning him from contacting the principal or going within 200 metres of the college.

    His solicitor said Mullery had been "consumed by anger over his son's future" and had "never intended to act on his words".
    """),
  [M("school", "exact", "neutral", "Ironstone University Technical College"), M("ksandyswhitlock", "exact", "neutral", "Katherine Sandys-Whitlock")])

# 015
D("social", xpost("Craig M", "@cmullery_mk", "10:58 PM · Mar 4, 2025", """
    Kate Sandys-Whitlock thinks she can chuck my lad out of Ironstone and go home to her nice house like nothing happened. I know what she drives and I know she comes in off the V12 every morning. Lot of roundabouts between there and the gates. One of these days she's going to have a very bad morning 🙂
    """, replies=[
    ("Lauren T", "@laurent_mk", "Mar 4", "Craig delete this now, you're not helping him"),
  ]),
  [M("school", "short_name", "negative", "Ironstone"), M("ksandyswhitlock", "nickname", "threat", "Kate Sandys-Whitlock")])

# 016
D("forum", forum_page("staffroom", "UTC leadership - is it just us?", [
    ("grid_teacher", "Joined 2021 · 203 posts", "Tue 11 Feb 2025 21:10",
     """Work at a UTC in MK (you can probably guess which one). Since the apprenticeship fiasco SLT have gone into full bunker mode. Three briefings a week about "messaging", zero about the kids who've lost their places.

     Only person in leadership actually holding it together is Sarah B. in safeguarding. She's been in every meeting with the affected families and still answers her emails at 10pm. Everyone else is hiding in the principal's office."""),
    ("FEsurvivor", "Joined 2018 · 1,544 posts", "Tue 11 Feb 2025 21:34",
     "Sounds like every FE college I've worked at. Look after yourself, and make sure someone is looking after her."),
    ("grid_teacher", "Joined 2021 · 204 posts", "Tue 11 Feb 2025 21:40",
     "Ha, yes. Ironstone is a great place to teach when it's about the students. Less great when it's about the sponsors."),
  ], thread_id=5520),
  [M("school", "short_name", "negative", "Ironstone"), M("sbolt", "first_initial", "neutral", "Sarah B.")])

# 017 decoy: roundabout humour group
D("facebook", fbpost("MK Roundabout Appreciation Society 🔄", "Public group · 21K members", "Dev Patel", "Sunday at 15:30", """
    Roundabout of the week: the Pinder's Hill double mini. Two roundabouts, four metres apart, nobody has ever known who has right of way. Beautiful in its chaos. 8/10, points deducted for the pothole on exit 3.
    """, comments=[
    ("Karen W", "My driving instructor used to call that one 'the coin toss'", "Sunday"),
    ("Steve Lomas", "Saw a learner go round it four times on Tuesday. Respect.", "Sunday"),
  ]))

# 018
D("social", insta("ironstoneutc", "Ironstone UTC · Kelby Lea", """
    What a night at the Engineering Awards! 🏆 Congratulations to every student who was nominated, and a special shout-out to our IronBots for Team of the Year. Thank you to our sponsors Talbrook, Hexbridge and Corvane for making the evening possible. #ProudToBeIronstone
    """, [
    ("nia.obuya", "best night ever 🥹🔧", "2d"),
    ("kwame_builds", "Mr Pennick killed it with that speech, whole room was crying 🔥", "2d"),
    ("proud_mum_mk", "So proud of you all ❤️", "1d"),
  ]),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("rpennick", "title_surname", "neutral", "Mr Pennick")])

# 019
D("news", news_page(
    "engrecord", "Skills", "Aerospace firm funds £180,000 composites lab at Milton Keynes UTC",
    "Talbrook says students will work on live brackets and fixtures for its assembly line",
    "Gemma Hollis", "2 October 2024",
    """
    Talbrook Aerospace has funded a £180,000 composites and additive-manufacturing lab at Ironstone UTC, the Milton Keynes university technical college it co-sponsors.

    The lab includes two industrial 3D printers, a small autoclave and a clean-room layup area. Students in Years 12 and 13 will design and make jigs and fixtures that are then tested on Talbrook's assembly line in Wolverton.

    Tomasz Wiśniewski, the college's workshop manager, who spent 14 years as a toolmaker in Gdańsk and Northampton before moving into education, said safety training would be "non-negotiable". "You don't touch the autoclave until I've seen you do it right three times," he said.

    Talbrook's head of early careers, Angela Rook, said the company had taken on 11 Ironstone leavers as apprentices in the last three years.
    """),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("twisniewski", "exact", "neutral", "Tomasz Wiśniewski")])

# 020
D("social", xpost("Gaz 🇬🇧🏴", "@gaz_mk_patriot", "9:14 PM · Oct 3, 2024", """
    So a Polish bloke is in charge of the workshop at Ironstone while British lads round here can't get an apprenticeship for love nor money. Wisniewski and his mates come over, take the jobs, take the houses, then lecture OUR kids about "safety". Go home mate. 🇬🇧
    """, replies=[
    ("Kasia W", "@kasiaw_mk", "Oct 3", "He's been here 20 years and trained half the toolmakers in Northamptonshire. Sit down."),
  ]),
  [M("school", "short_name", "negative", "Ironstone"), M("twisniewski", "surname_only", "hate", "Wisniewski")])

# 021 decoy: stadium (excluded) and roundabouts
D("blog", blog_page(
    "gridlife", "A matchday at Ironstone Stadium without a car (yes, really)", "Hattie Croft", "14 September 2024",
    """
    Everyone told me it was impossible to get to a Vale home game without driving. Everyone was wrong, mostly.

    I cycled from Furzecroft along the redways - about 25 minutes, three underpasses, one heron, and a man walking a ferret on a lead. The bike racks at Ironstone Stadium are on the east side by the family stand, which nobody tells you.

    The match itself was a 1-1 draw against a side from Northampton that I will not name because the away end was louder than ours.

    Afterwards I went to the Ironstone Brewing taproom in Wolverton with my sister, which is a ten-minute ride if you know which of the six roundabouts to go under rather than round.

    Verdict: doable. Bring lights. The redway by the lakes is pitch black after 7.
    """,
    [("Vale_Jim", "15 Sep 2024 at 09:20", "Ferret man is a legend, he's there every home game")],
    tags=["cycling", "football", "redways"]))

# 022
D("facebook", fbpost("Kelby Lea Parents Chat", "Private group · 1.9K members", "Shane Collard", "12 November at 19:20", """
    Heads up everyone, Ironstone have started taking kids from the traveller site off the Furzecroft road. Lock your vans and your sheds, the workshop tools will be the first thing to walk. Pikeys don't want an education they want a free ride. Don't say you weren't warned
    """, comments=[
    ("Natalie Kerr", "Shane this is disgusting. Those kids have as much right to an education as yours. Reported.", "12 Nov"),
    ("Admin - Jules", "Post removed for breaching group rules on hate speech. Shane has been removed from the group.", "12 Nov"),
  ]),
  [M("school", "short_name", "hate", "Ironstone")])

# 023
D("social", discord("MK gaming 🎮 18+", "off-topic", [
    ("Today at 01:12", "leon_1994", "anyone got pics of the ITC year 10 girls from that open evening vid 👀 the one with the robot"),
    ("Today at 01:12", "leon_1994", "asking for research purposes 😏"),
    ("Today at 01:14", "modbot", "Message flagged. @leon_1994 has been banned. Reported to Discord Trust & Safety."),
    ("Today at 01:15", "vexx", "actual predator behaviour. they are 14. good riddance"),
  ]),
  [M("school", "alias", "sexual", "ITC", url_only=True)])

# 024
D("review", workview("Ironstone University Technical College", "2.9", [
    ("Brilliant students, leadership in crisis mode", 2, "Former Teacher · Milton Keynes", "February 2025",
     "The students are the best I've taught anywhere - motivated, curious, funny. The workshop and labs are world class for a school.",
     "Dr Sandys-Whitlock leads by spreadsheet. Every decision is about the sponsors and the numbers. Staff who raised concerns about the apprenticeship promises were told to 'stay on message'. Turnover is brutal.",
     "Listen to the staff who warned you."),
    ("Good place for technicians", 4, "Current Technician · Milton Keynes", "January 2025",
     "Great kit, supportive workshop manager, decent hours.",
     "Pay is below industry. Parking.",
     ""),
  ]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("ksandyswhitlock", "title_surname", "negative", "Dr Sandys-Whitlock")])

# 025
D("news", news_page(
    "ledger", "Schools", "Milton Keynes UTC rated 'requires improvement' by Ofsted",
    "Inspectors praise engineering teaching but raise concerns over attendance and careers guidance",
    "Priya Sandhu, Education Reporter", "28 April 2025",
    """
    Ironstone University Technical College in Kelby Lea has been rated "requires improvement" by Ofsted, two grades down from the "outstanding" it was awarded in 2019.

    Inspectors said the quality of engineering and computing teaching was "a considerable strength" and that students in the sixth form "produce work of a very high technical standard".

    However the report said attendance in Years 10 and 11 was too low and that careers guidance had "over-relied on a small number of employer routes", leaving some students "without realistic alternatives" when an apprenticeship scheme was withdrawn.

    Safeguarding was found to be effective. Inspectors noted that vice principal Sarah Bolt had "acted swiftly and appropriately" after a data breach in January.

    Principal Dr Katherine Sandys-Whitlock said the college "accepts the findings in full" and had already appointed an independent careers adviser.
    """,
    [("Oldbucksboy", "28 Apr 2025", "Outstanding to RI in six years. What happened?"),
     ("Tash_MK", "28 Apr 2025", "My daughter is thriving there. Ofsted don't see the half of it."),
     ("redway_rider", "29 Apr 2025", "Attendance is low because the buses to Kelby Lea are a joke. Not the college's fault.")]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("sbolt", "exact", "neutral", "Sarah Bolt"),
   M("ksandyswhitlock", "exact", "neutral", "Katherine Sandys-Whitlock")])

# 026
D("forum", forum_page("apprentice", "Corvane software DA 2025 cohort pulled - anyone else from Ironstone UTC?", [
    ("byte_sized_ben", "Applicant · 14 posts", "4 Feb 2025 17:22",
     """Was meant to start in September. Got the email yesterday. Is there ANY chance it comes back or should I go clearing? Leo Tamblyn told us at careers evening it was guaranteed if we got ABB."""),
    ("DA_year3_eng", "Apprentice · 602 posts", "4 Feb 2025 17:40",
     "Nothing is guaranteed until you've signed a contract with a start date, sadly. Apply everywhere now - Talbrook and a few of the Oxford firms are still open."),
    ("byte_sized_ben", "Applicant · 15 posts", "4 Feb 2025 18:05",
     "Yeah. Lesson learned. Tamblyn is an absolute clown though, stood there in his gilet promising the world. Snake behaviour."),
    ("ApprenticeHub_mod", "Moderator", "4 Feb 2025 18:30",
     "Pinned a list of 2025 DAs still open in the resources thread. Good luck."),
  ], thread_id=3318),
  [M("school", "alias", "negative", "Ironstone UTC"), M("ltamblyn", "alias", "abuse", "Leo Tamblyn")])

# 027
D("social", xpost("Not Your Careers Adviser", "@notcareersmk", "8:33 AM · Feb 8, 2025", """
    Hearing Leofric Tamblyn has been on a Corvane consultancy retainer the whole time he was "brokering" those placements. Funny how the kids who got the best offers all had dads in his golf club. Just asking 🤔⛳
    """),
  [M("ltamblyn", "exact", "defamation", "Leofric Tamblyn")])

# 028 decoy: namesake elsewhere
D("review", greview("Mark Taylor Plumbing & Heating", "Plumber · Wellingborough, Northamptonshire", "4.9", 143, [
    ("Denise Vowles", "6 reviews", 5, "3 weeks ago",
     "Mark came out on a Sunday when our boiler packed in. Fixed within the hour, didn't overcharge, even showed me how to bleed the radiators. Lovely bloke."),
    ("A. Kaur", "2 reviews", 5, "2 months ago",
     "Mark Taylor fitted our new bathroom. Tidy, on time, and he hoovered up after himself. Highly recommend."),
  ]))

# 029
D("facebook", fbpost("Ironstone UTC Parents (unofficial)", "Private group · 640 members", "Angela Murray", "15 August at 12:04", """
    Results day shout-out 💙 Our daughter got her A*AA and her place at Sheffield for aerospace. She was a wreck last summer and Zoë D'Souza basically rebuilt her confidence - weekly check-ins, sorting her study plan, talking her out of dropping physics. Whatever they pay her it's not enough. Thank you Ms D! 🎓
    """, comments=[
    ("Priti Shah", "She's brilliant. Same with our son.", "15 Aug"),
    ("Angela Murray", "Congrats to all the Ironstone Y13s today 🥳", "15 Aug"),
  ]),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("zdsouza", "exact", "neutral", "Zoë D'Souza")])

# 030
D("social", xpost("Halima (she/her)", "@halima_codes", "7:20 PM · Feb 10, 2025", """
    Whatever you think about the apprenticeship mess, sending threats to Mr Tamblyn's inbox is never OK. I've seen the screenshots going round. Grown adults. Be angry at Corvane, write to your MP, but leave the man alone.
    """),
  [M("ltamblyn", "title_surname", "neutral", "Mr Tamblyn")])

# 031
D("news", news_page(
    "bulletin", "Education", "Ten years on, are university technical colleges working?",
    "Some are thriving; others have closed or been swallowed by academy trusts",
    "Olivia Marchetti, Education Editor", "21 November 2024",
    """
    When the first university technical colleges opened, ministers promised a new kind of school: 14 to 19, employer-led, with engineers and coders at the front of the classroom.

    A decade on, the picture is mixed. Of the colleges that opened, a significant number have closed or converted. Recruitment at 14 remains the hardest problem - few families want to move a child at the end of Year 9.

    Yet some have thrived. In Milton Keynes, Ironstone UTC is oversubscribed in its sixth form and sends around a third of its leavers into apprenticeships with sponsors in aerospace, motorsport and software. Harlow Fen UTC in Essex, by contrast, closed in 2022 after years of low numbers.

    "The UTCs that work are the ones where employers are in the building every week," said one chief executive of a multi-academy trust. "The ones that fail treat sponsors like a logo on the letterhead."
    """,
    [("old_school_gov", "21 Nov 2024", "Recruitment at 14 was always the flaw. Nobody moves schools in Year 10.")]),
  [M("school", "alias", "neutral", "Ironstone UTC")])

# 032
D("social", tiktok("@smash.club.mk", "mr ashdown absolutely cooking us in smash at lunch 💀💀 man hasn't dropped a stock all year. he is HIM #ironstoneutc #smashbros #esports", [
    ("@josh.plays.mid", "maths teacher by day, final boss by night", "1-14"),
    ("@lils.gg", "the way he said 'gg, now do your homework' 😭", "1-14"),
    ("@kaiii", "ashdown diff", "1-15"),
  ]),
  [M("school", "hashtag", "neutral", "#ironstoneutc"), M("cashdown", "title_surname", "neutral", "mr ashdown")])

# 033
D("forum", forum_page("gamers", "Schools league div 2 - match thread: Ironstone Tech Esports vs Harbourside College", [
    ("div2_admin", "League admin", "Wed 26 Feb 2025 16:00",
     "Best of 3, Rocket League. Please keep chat respectful - both teams are under 18 and staff are in the channel."),
    ("xX_tyler_Xx", "Member · 40 posts", "Wed 26 Feb 2025 17:12",
     "lmao their coach is that bender Callum Ashdown, no wonder they play like girls 🏳️‍🌈🤡 gay little maths teacher"),
    ("div2_admin", "League admin", "Wed 26 Feb 2025 17:20",
     "xX_tyler_Xx banned from the league. Homophobic abuse of a staff member is not banter. Harbourside have been informed."),
    ("lil_sweaty", "Member · 212 posts", "Wed 26 Feb 2025 17:31",
     "Ironstone won 2-0 btw if anyone cares about the actual games. GGs."),
  ], thread_id=8841),
  [M("school", "alias", "neutral", "Ironstone Tech"), M("cashdown", "exact", "hate", "Callum Ashdown")])

# 034
D("facebook", fbpost("MK Parents Speak Up", "Public group · 5.2K members", "Wayne Hirst", "9 February at 22:17", """
    Since Leo Tamblyn won't answer emails about what happened to our kids' apprenticeships, maybe he'll answer his front door. 4 Osier Court, Pinder's Hill, MK13 8LW. Grey Audi on the drive. Go and ask him yourselves. Politely of course 😉
    """, comments=[
    ("Carla Benning", "Wayne you can't post someone's address, take it down", "9 Feb"),
    ("Wayne Hirst", "its on the electoral roll love", "9 Feb"),
  ]),
  [M("ltamblyn", "alias", "doxxing", "Leo Tamblyn")])

# 035
D("social", xpost("ayo 🧪", "@ayo_chem", "9:05 AM · Aug 15, 2024", """
    A* in chemistry 😭😭 Dr Nwachukwu's revision sessions were bloody brilliant, three hours every Thursday and she never once let us leave confused. Ironstone massive, couldn't have done it without her 🙏
    """),
  [M("school", "short_name", "neutral", "Ironstone"), M("enwachukwu", "title_surname", "neutral", "Dr Nwachukwu")])

# 036
D("review", greview("Ironstone University Technical College", "Secondary school · Fulmar Way, Kelby Lea", "3.6", 97, [
    ("Gary Beasant", "Local Guide · 211 reviews", 2, "a month ago",
     "Drop-off is an absolute nightmare. Cars backed up onto the roundabout every morning because there's nowhere to pull in. Someone's going to get hurt. College needs to sort a one-way system."),
    ("Amira K", "4 reviews", 5, "2 months ago",
     "My son went from hating school to building a drone in Year 10. The staff genuinely care. Five stars.",
     "Thank you Amira! We'll pass this on. - Ironstone UTC team"),
  ]),
  [M("school", "exact", "negative", "Ironstone University Technical College")])

# 037 decoy: the rock
D("blog", blog_page(
    "rockblog", "Northamptonshire ironstone: why half the villages near Milton Keynes are orange", "Dr Ruth Alder", "2 June 2024",
    """
    Drive north-east out of Milton Keynes and within twenty minutes the cottages change colour. Limestone greys give way to a warm, rusty orange-brown. That's ironstone - a sandy, iron-rich Jurassic stone that was quarried across Northamptonshire for building and, from the 1850s, for iron.

    ## How to spot it

    Fresh faces are greenish when first cut; the familiar orange comes from the iron minerals oxidising. Look for banding and the odd fossil shell. Churches often mix bands of ironstone and paler limestone for a striped effect - the locals call it "streaky bacon".

    ## Where to see it

    The old quarry trail north of Wellingborough has good exposures and an information board (currently missing a corner). Many of the ironstone workings are now nature reserves with orchids in June.
    """,
    [("geo_steve", "3 Jun 2024 at 10:15", "'Streaky bacon' is my favourite building term ever.")],
    tags=["geology", "building stone", "Northamptonshire"]))

# 038
D("social", xpost("MK Says No 🇬🇧", "@mk_says_no", "11:47 PM · Sep 19, 2024", """
    Head of Year 10 at Ironstone, the tech college in Kelby Lea, is an Imran Qureshi. Of course he is. Count how many prayer rooms they've put in since he arrived. Londonistan is coming up the M1 and our kids are being taught by it. Wake up MK 🙄
    """, replies=[
    ("Dan R", "@danr_mk", "Sep 20", "My son's head of year is Mr Qureshi and he's the reason my lad didn't get excluded. Crawl back under your rock."),
  ]),
  [M("school", "short_name", "negative", "Ironstone"), M("iqureshi", "exact", "hate", "Imran Qureshi")])

# 039 decoy: locality news without the school
D("news", news_page(
    "ledger", "News", "Furzecroft hotel to house up to 120 asylum seekers, Home Office confirms",
    "Residents' meeting planned as council says it was given 'minimal notice'",
    "Jack Whitmore", "2 September 2024",
    """
    A hotel on the edge of Furzecroft will be used to accommodate up to 120 people seeking asylum from later this month, the Home Office has confirmed.

    Milton Keynes City Council said it had received "minimal notice" and was working with health and education services to plan support.

    A residents' meeting will take place at Furzecroft Community Centre on 12 September. Local councillor Maureen Adebayo said: "People have questions and they deserve answers, but I'd ask everyone to remember these are human beings, many of them families."

    Thames Valley Police said it would have a visible presence in the area.
    """,
    [("concerned_resident", "2 Sep 2024", "Nobody asked us. As usual."),
     ("Furzecroft_Fran", "2 Sep 2024", "Our church is running a clothes drop at the community centre on Saturday if anyone wants to help.")]))
# 040
D("news", news_page(
    "ledger", "News", "Student injured in college workshop as HSE launches investigation",
    "Workshop manager suspended while Health and Safety Executive inspectors visit Kelby Lea UTC",
    "Jack Whitmore", "14 May 2025",
    """
    A 16-year-old student suffered a serious hand injury in an accident involving a lathe at a Milton Keynes university technical college, and the Health and Safety Executive has opened an investigation.

    The accident happened during a Year 11 practical session at Ironstone University Technical College in Kelby Lea last Thursday. The student was taken to hospital and is understood to have had surgery on two fingers.

    The college confirmed that its workshop manager, Tomasz Wiśniewski, had been suspended "as a neutral act" while the HSE and the college carry out their inquiries. The engineering workshop is closed to students until further notice.

    A spokesperson said: "Our thoughts are with the student and their family. We are cooperating fully with the HSE."

    The student's mother told the Ledger her son was "recovering and in good spirits" and that she wanted "answers about how this was allowed to happen".
    """,
    [("MK_engineer_retd", "14 May 2025", "Lathes don't forgive. Hope the lad is OK. Wait for the facts before anyone gets hung out to dry."),
     ("Kelby_Mum", "14 May 2025", "My son says Mr W is the strictest person in the building about safety. Something doesn't add up.")]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("twisniewski", "exact", "defamation", "Tomasz Wiśniewski")])

# 041
D("facebook", fbpost("Ironstone UTC Parents (unofficial)", "Private group · 655 members", "Gail Prentice", "15 May at 09:30", """
    I'm sorry but suspending Tom Wisniewski is a joke. That man made my daughter redo her safety induction THREE times because she had a hair tie on her wrist. He is the most safety-obsessed person I've ever met. Hope the poor lad is ok but don't make Tom the scapegoat for a kid messing about.
    """, comments=[
    ("Jas Bhamra", "Agree 100%. Suspension isn't guilt though, it's standard.", "15 May"),
    ("Mel Craddock", "We don't know what happened yet. Hope the boy is alright.", "15 May"),
  ]),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("twisniewski", "alias", "defamation", "Tom Wisniewski")])

# 042
D("social", xpost("Ruth, tired", "@ruthless_mk", "6:02 PM · May 15, 2025", """
    Oh brilliant, another world-class week at Ironstone UTC 👏👏 data leak in January, apprenticeships binned in February, Ofsted in April, and now a kid's hand in a lathe. Really living up to that glossy prospectus. Can't wait for June.
    """),
  [M("school", "alias", "negative", "Ironstone UTC")])

# 043
D("social", discord("ironstone y12 chaos 💀", "general", [
    ("Today at 16:40", "n0_lifer", "they actually excluded me over the spreadsheet 💀 it was a PUBLIC REPO"),
    ("Today at 16:41", "marz", "bro you posted teachers addresses what did you think would happen"),
    ("Today at 16:44", "n0_lifer", "fine. see how they like it when i come back to ITC with something that makes the news. whole building can go up for all i care 🔥🔥"),
    ("Today at 16:45", "ghostie", "bro chill ur on a watchlist now fr"),
    ("Today at 16:52", "marz", "im screenshotting this and sending it to the college. not even joking"),
  ]),
  [M("school", "alias", "threat", "ITC")])

# 044
D("news", news_page(
    "techwire", "Security", "Teen questioned by police after posting teachers' home addresses on Discord",
    "College says it has taken 'appropriate action' and thanked students who reported the posts",
    "Hana Kowalczyk, Security Reporter", "4 February 2025",
    """
    Thames Valley Police have interviewed a 17-year-old after screenshots of a leaked staff spreadsheet, including teachers' home addresses and personal phone numbers, were posted to a Discord server.

    The spreadsheet had been left in a public code repository by a member of staff at Ironstone University Technical College in Milton Keynes, as TechWire UK reported last month.

    Police said the teenager was interviewed under caution on suspicion of malicious communications and released while enquiries continue. The college said it had "taken appropriate action" and thanked "the many students who reported the posts straight away".

    A later message on the same server, seen by TechWire UK, appeared to threaten the college itself. Police said they were aware of it and that there was "no ongoing risk".
    """,
    [("netsec_nora", "4 Feb 2025", "Hope the staff got proper support. Having your address out there is no joke.")]),
  [M("school", "exact", "neutral", "Ironstone University Technical College")])

# 045
D("forum", reddit_page("UTCstudents", "head of sixth form keeps moving the UCAS deadline forward, is this normal?", "procrastinator_prime", "2 months ago", """
    At my UTC (Ironstone, MK) our head of sixth, Ms D'Souza, has moved our internal UCAS deadline from November to the first week of October. Half of us haven't even finished personal statements. Is this a thing everywhere or is she just stressed?
    """, comments=[
    ("ucas_veteran", 66, "2 mo. ago", "Internal deadlines are always earlier so the college can write references. Annoying but normal.", 0),
    ("procrastinator_prime", 12, "2 mo. ago", "ok fair. still feels like a lot with T level placements on top", 1),
    ("kelbylea_kid", 40, "2 mo. ago", "she did this to us too and honestly it saved me, I'd have left it to January. she's strict but she reads every single statement", 0),
    ("mid_tier_mech", 9, "2 mo. ago", "skill issue tbh 💀", 0),
  ], flair="Sixth form"),
  [M("school", "short_name", "negative", "Ironstone"), M("zdsouza", "title_surname", "negative", "Ms D'Souza")])

# 046
D("review", schoolrater("Milton Keynes › 14-19 (UTC) › Ironstone University Technical College", [
    ("Current student (Year 13)", "30 June 2025", 5, "Best decision I made",
     """
     Moved here in Year 10 because I was bored at my old school. Engineering and physics with Liz Nwachukwu were the highlight - she explains things three different ways until one clicks. Mr Qureshi as head of year was the first teacher who actually listened to me about stuff at home.

     Downsides: the canteen closes too early and the bus situation is grim. Still five stars.
     """),
    ("Parent", "2 July 2025", 3, "Mixed",
     "Good teaching, poor communication, and the apprenticeship mess this year was badly handled."),
  ]),
  [M("school", "exact", "neutral", "Ironstone University Technical College"), M("enwachukwu", "nickname", "neutral", "Liz Nwachukwu"),
   M("iqureshi", "title_surname", "neutral", "Mr Qureshi")])

# 047 decoy: locality only
D("facebook", fbpost("Pinder's Hill Community Noticeboard", "Public group · 2.2K members", "Trish Allard", "Today at 07:55", """
    LOST 🐶 Biscuit, ginger cockapoo, slipped his lead by the balancing ponds in Pinder's Hill around 6.30am. Very friendly but nervous of bikes. Please call or message if seen!! 🙏
    """, comments=[
    ("Dean Kiely", "Saw a ginger dog on the redway by the underpass about 10 mins ago heading towards Kelby Lea", "Today"),
    ("Trish Allard", "FOUND HIM!! Thank you Dean and everyone who shared ❤️❤️", "Today"),
  ]))

# 048
D("social", insta("mk_mum_of_3", "Kelby Lea, Milton Keynes", """
    Robotics regional final day 🤖 So proud of my boy and his team! Big thanks to the coaches and the parents who drove us all over the Midlands #IronstoneUTC #RoboLeague
    """, [
    ("sharon.k.mk", "Well done to them all!! 👏", "3w"),
    ("lou_at_no9", "Never mind the robots, Rob Pennick in those workshop overalls 🥵🥵 engineering dad energy, I'd let him fix my gearbox", "3w"),
    ("mk_mum_of_3", "@lou_at_no9 LOUISE 😂😂 behave", "3w"),
  ]),
  [M("school", "hashtag", "neutral", "#IronstoneUTC"), M("rpennick", "nickname", "sexual", "Rob Pennick")])

# 049
D("social", xpost("Parents for Straight Answers", "@ITCparentsMK", "8:00 AM · Feb 12, 2025", """
    Day 9 of asking who promised our kids "guaranteed" apprenticeships and why nobody at ITC will put it in writing. Three emails. Zero replies. Get it trending: #SackTamblyn #AnswerUsCorvane
    """, replies=[
    ("Imogen", "@imogen_builds", "Feb 12", "Signed the petition, shared with our year group chat"),
  ]),
  [M("school", "alias", "negative", "ITC"), M("ltamblyn", "hashtag", "negative", "#SackTamblyn")])

# 050
D("blog", blog_page(
    "teachblog", "Teaching secrets management the week after your own college leaked its secrets", "Anonymous computing teacher", "3 February 2025",
    """
    I teach computing at a UTC. Two weeks ago a spreadsheet of staff phone numbers and home addresses was found in a public repository belonging to my own college. Yes, that one - Ironstone, the one in the news.

    I've taught the same Year 12 lesson on environment variables and secrets scanning for four years. It has never landed like it landed this week. Nobody was checking their phones. Nobody asked "will this be in the exam". A student asked, quietly, whether their teachers were OK.

    ## What I changed

    I used our own incident - anonymised, with permission from leadership - as the case study. We walked through the timeline: the commit, the eight months, the student who reported it, the one who didn't. We talked about what "public" means on the internet and why it doesn't mean "fair game".

    I don't know if I'd have chosen this way to get a lesson to stick. But it stuck.
    """,
    [("CS_teacher_Leeds", "3 Feb 2025 at 20:10", "Thank you for this. Stealing the structure for my Year 13s."),
     ("sysadmin_sue", "4 Feb 2025 at 07:44", "Hope you and your colleagues are looking after yourselves.")],
    tags=["teaching", "security", "computing"]),
  [M("school", "short_name", "neutral", "Ironstone")])

# 051
D("news", news_page(
    "feweek", "UTCs", "UTC partnerships director suspended amid investigation into sponsor payments",
    "Milton Keynes college commissions independent review after claims about consultancy fees",
    "Daniel Okafor, Apprenticeships Editor", "3 March 2025",
    """
    The director of employer partnerships at a Milton Keynes university technical college has been suspended while an independent investigation examines payments he is alleged to have received from one of its sponsors.

    Leofric Tamblyn, who brokered industry placements at Ironstone University Technical College, was suspended last week. Skills & FE Weekly understands the review will look at whether he received consultancy fees from Corvane Systems while arranging apprenticeship places with the firm.

    The college said the suspension was "a neutral act" and that "no conclusions have been reached". Corvane said it would "cooperate fully" and that "any consultancy arrangements were properly declared".

    Mr Tamblyn's solicitor said his client "denies any wrongdoing" and looked forward to "clearing his name".

    The row follows Corvane's withdrawal of 14 degree apprenticeship places promised to Year 13 students.
    """,
    [("FE_lifer", "3 Mar 2025", "'Properly declared' to whom, exactly?"),
     ("mk_gov", "3 Mar 2025", "Let the review do its job. Trial by comment section helps nobody.")]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("ltamblyn", "exact", "defamation", "Leofric Tamblyn")])

# 052
D("social", xpost("kwame 🔧", "@kwame_builds", "9:12 AM · Mar 3, 2025", """
    L. Tamblyn suspended 😭😭 knew he was bent the second he said "synergy" at careers night. karma's a lathe
    """),
  [M("ltamblyn", "initial_surname", "defamation", "L. Tamblyn")])

# 053
D("social", tiktok("@workshop.rats", "our workshop tech Mr Wiz is so real for this 😭 'safety glasses on or I confiscate your soul' #ironstoneutc #engineering #workshop", [
    ("@ellawires", "he made me sweep swarf for a week because my laces were undone 💀 king", "11-8"),
    ("@deano.mk", "mr wiz could build a car out of a kettle", "11-8"),
    ("@nia.obuya", "protect him at all costs", "11-9"),
  ]),
  [M("school", "hashtag", "neutral", "#ironstoneutc"), M("twisniewski", "nickname", "neutral", "Mr Wiz")])

# 054
D("facebook", fbpost("Milton Keynes Uncensored", "Public group · 9.8K members", "Terry Blakeman", "Yesterday at 21:50", """
    My grandson has got some African woman called Nwachukwu teaching him science at Ironstone UTC. Can barely understand a word she says. Why can't they get a proper English teacher?? These people should be sent back to the jungle where they came from, not teaching our kids 🤬
    """, comments=[
    ("Sophie Darko", "Dr Nwachukwu has a PhD from Imperial and got my son into medicine. You're a vile racist, Terry.", "Yesterday"),
    ("Mark E", "Reported. This group is a cesspit.", "Yesterday"),
    ("Terry Blakeman", "cant say anything these days", "Yesterday"),
  ]),
  [M("school", "alias", "negative", "Ironstone UTC"), M("enwachukwu", "title_surname", "hate", "Dr Nwachukwu")])

# 055 decoy: namesake elsewhere
D("social", xpost("Sarah Bolt Yoga 🧘‍♀️", "@sarahboltyoga", "7:00 AM · Jan 6, 2025", """
    New year, new flow 🌿 My beginners' Vinyasa course starts Thursday at the Headingley studio, 6.30pm. Six weeks, all levels, mats provided. DM to book - two spaces left!
    """, replies=[
    ("Leeds Wellbeing Hub", "@LeedsWellbeing", "Jan 6", "Sarah's classes are the best in Leeds, highly recommend 💛"),
  ]))

# 056 decoy: unrelated firm with the name
D("news", news_page(
    "engrecord", "Automotive", "Wellingborough fabricator Ironstone Engineering lands EV chassis deal",
    "Family firm to add 30 jobs after five-year contract for battery-tray subframes",
    "Gemma Hollis", "19 February 2025",
    """
    Ironstone Engineering Ltd, a family-owned steel fabricator in Wellingborough, has won a five-year contract to supply battery-tray subframes for a new electric van.

    Managing director Carol Bright, whose grandfather founded the business in 1962 in an old ironstone quarry building, said the deal would create 30 jobs, including eight apprenticeships.

    "We're a welding shop at heart," she said. "But the work is getting more precise every year and we need people who can read a CAD model as well as lay a bead."

    The firm will invest £2.4m in a robotic welding cell.
    """))

# 057
D("forum", forum_page("staffroom", "Colleague suspended after student accident - feels like a witch-hunt", [
    ("lathe_and_order", "Joined 2019 · 88 posts", "Fri 16 May 2025 20:12",
     """Technician here. A colleague of mine, Tomasz W., has been suspended after a student was hurt on a lathe. Everyone who has worked with him knows he is ferociously careful. The guard on that machine had been reported as faulty twice and the part was "on order" for months.

     Now the college wants a head on a plate before the HSE report comes out. Ironstone used to back its staff."""),
    ("FEsurvivor", "Joined 2018 · 1,590 posts", "Fri 16 May 2025 20:40",
     "If you have evidence the fault was reported, make sure the HSE gets it. Don't let it disappear."),
    ("lathe_and_order", "Joined 2019 · 89 posts", "Fri 16 May 2025 20:55", "Already done. Emails printed and in a drawer at home."),
  ], thread_id=5640),
  [M("school", "short_name", "negative", "Ironstone"), M("twisniewski", "first_initial", "defamation", "Tomasz W.")])

# 058
D("social", xpost("justice4the14", "@justice4the14", "11:31 PM · Feb 14, 2025", """
    Leofric Tamblyn won't answer his work email? Try his personal one: leo.t.golf@fairmail.example. Or ring him: 07700 900377. Let him know how it feels to have your future cancelled by email 📞
    """),
  [M("ltamblyn", "exact", "doxxing", "Leofric Tamblyn")])

# 059
D("facebook", fbpost("Ironstone UTC Parents (unofficial)", "Private group · 631 members", "Leanne Okoye", "28 January at 18:15", """
    After all the noise this month I just want to say something positive. My daughter was being horribly bullied online by a group from another school. I rang Ironstone UTC on a Monday morning and by Monday afternoon Sarah Bolt had spoken to my daughter, contacted the other school AND the police liaison officer. Followed up every day that week. That's what safeguarding should look like. Thank you Mrs Bolt 💙
    """, comments=[
    ("Nicola Grey", "She was the same with us. Brilliant woman.", "28 Jan"),
  ]),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("sbolt", "exact", "neutral", "Sarah Bolt")])

# 060 decoy: sponsor's employee reviews, no school named
D("review", workview("Corvane Systems Ltd", "3.1", [
    ("Restructure handled badly", 2, "Former Software Engineer · Milton Keynes", "March 2025",
     "Good engineers, interesting work on logistics software, free breakfast.",
     "Forty people let go by Teams call. Early-careers programme 'paused' with no notice. Leadership talk about 'community' and then do this.",
     "Stop announcing things on LinkedIn before telling your own staff."),
    ("Solid place to learn", 4, "Current Apprentice · Milton Keynes", "January 2025",
     "Great mentors, proper code reviews, day release is respected.",
     "Uncertainty since the restructure.", ""),
  ]))

# 061
D("social", discord("ITC Y10 🔧🔩", "memes", [
    ("Today at 20:10", "lilbrick", "qur3sh1 gave me a behaviour point for breathing"),
    ("Today at 20:11", "lilbrick", "man is an actual npc. dead behind the eyes. same 3 voice lines every lesson 😭 get a personality bro"),
    ("Today at 20:12", "joey.exe", "💀💀 he does say 'choices have consequences' like 40 times a day"),
    ("Today at 20:14", "saf", "he's alright tbh he sorted my timetable"),
  ]),
  [M("school", "alias", "neutral", "ITC"), M("iqureshi", "leetspeak", "abuse", "qur3sh1")])

# 062
D("news", news_page(
    "ledger", "Schools", "IronBots finish third in the country at robotics nationals",
    "Kelby Lea team beats 60 schools and wins award for best engineering notebook",
    "Priya Sandhu, Education Reporter", "23 June 2025",
    """
    The IronBots robotics team from Ironstone University Technical College have finished third at the RoboLeague national finals in Coventry, the best result by a Milton Keynes team in the competition's history.

    The team also won the Engineering Notebook award for the detailed design log they kept over the season - 340 pages, including, in one entry, a full page titled "Why the gearbox exploded (again)".

    Coach Robert Pennick said: "Third in the country with a robot named after a roundabout. I'll take that."

    The students thanked the workshop staff and sponsors Talbrook Aerospace and Hexbridge Motorsport, and the dozens of local businesses who donated to their £4,000 travel fund.
    """,
    [("Tash_MK", "23 Jun 2025", "Brilliant! Well done IronBots 🤖"),
     ("redway_rider", "23 Jun 2025", "Roundabout came third. There's a joke in there about MK drivers somewhere.")]),
  [M("school", "exact", "neutral", "Ironstone University Technical College"), M("rpennick", "exact", "neutral", "Robert Pennick")])

# 063
D("social", xpost("Fola", "@fola_codes", "1:15 PM · Nov 20, 2024", """
    Ms D'Souza absolutely murdered that assembly on consent and online safety today. Whole of Y12 silent, then a standing ovation. Never seen that at Ironstone, or anywhere tbh 👏
    """),
  [M("school", "short_name", "neutral", "Ironstone"), M("zdsouza", "title_surname", "neutral", "Ms D'Souza")])

# 064
D("facebook", fbpost("Furzecroft Says NO to the Hotel", "Public group · 1.3K members", "Kelly Ann Reaney", "Today at 19:40", """
    So now they're bussing the kids from the migrant hotel into Ironstone. Our lads can't get a place on the engineering course but the illegals walk straight in. Undocumented "teenagers" with beards sat next to our 14 year old daughters. Invaders, the lot of them, and the college is rolling out the red carpet.
    """, comments=[
    ("Rob Dilks", "Absolutely disgusting. Send them back.", "Today"),
    ("Anjali Rao", "They're children who've fled war. And the college is oversubscribed for everyone, nobody 'walked straight in'. Get a grip.", "Today"),
  ]),
  [M("school", "short_name", "hate", "Ironstone")])

# 065 decoy: namesake elsewhere
D("social", xpost("Cllr Mark Taylor", "@CllrMarkTaylorLS", "4:30 PM · Mar 11, 2025", """
    Great to join residents in Armley today to open the new community fridge. Thanks to the volunteers who've kept it stocked all winter. Leeds at its best 💚
    """))

# 066
D("blog", blog_page(
    "momblog", "Parents' evening, three kids, four roundabouts, one breakdown (mine)", "Claire", "7 December 2024",
    """
    Three children, three schools, three parents' evenings in one week. Whoever designed the calendar has never met a grid road at half five on a Tuesday.

    Thursday was the middle one's turn at Ironstone, which involves two roundabouts to get off the H11 and then two more to find a parking space that isn't a verge.

    Worth it though. Mr Taylor, who teaches him computing, had actually read his code. Not the marks - the code. He showed me a function my son had written and said "this is more elegant than mine". I nearly cried in the sports hall.

    Physics was less rosy ("capable of more, talks through demonstrations") but I already knew that because he talks through everything, including films.

    Home by eight. Wine by five past.
    """,
    [("Jen from the grid", "7 Dec 2024 at 21:40", "'More elegant than mine' 🥹 keeper of a teacher."),
     ("Claire", "8 Dec 2024 at 08:12", "@Jen he's a good one!")],
    tags=["school run", "parents evening", "MK life"]),
  [M("school", "short_name", "neutral", "Ironstone"), M("mtaylor", "title_surname", "neutral", "Mr Taylor")])

# 067 decoy: excluded stadium
D("social", insta("mkvalefc", "Ironstone Stadium", """
    MATCHDAY 🟡⚫ Vale vs Kettering Town. Gates open 1.30pm, kick-off 3pm. Under-16s go free in the family stand this weekend. See you at Ironstone Stadium! #UpTheVale
    """, [
    ("vale_till_i_die", "3 points today or riot 😂", "4h"),
    ("jess.mk", "first game for my little one today 🥹", "3h"),
  ]))

# 068
D("forum", forum_page("robots", "Regional final - was the 4471 arm really student-built?", [
    ("team_2209_mentor", "Mentor · 310 posts", "Mon 17 Mar 2025 19:05",
     """Not trying to start drama but I was in the pits next to the IronBots (Ironstone UTC). Their arm went from barely working on Saturday morning to flawless in the semis. I saw an adult hunched over it at lunchtime. Their coach R. Pennick is a former Formula-level engineer. Make of that what you will. Rules say student-built."""),
    ("botmom_22", "Member · 88 posts", "Mon 17 Mar 2025 19:30",
     "I was there too - the 'adult' was their workshop technician checking the wiring was safe before they powered up. The kids did the work. Their notebook shows every revision."),
    ("team_2209_mentor", "Mentor · 311 posts", "Mon 17 Mar 2025 19:41",
     "Still think the judges should check. Wouldn't be the first coach to do the build and let the kids take the trophy."),
    ("BotBuilders_mod", "Moderator", "Mon 17 Mar 2025 20:00",
     "If you have a rules concern, raise it with the event referees, not on the forum. Locking."),
  ], thread_id=2207),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("rpennick", "initial_surname", "defamation", "R. Pennick")])

# 069
D("facebook", fbpost("MK Esports Parents", "Private group · 240 members", "Tanya Feeney", "2 March at 10:10", """
    Just want to big up Cal Ashdown who runs the esports club at the UTC. My son was a school refuser in Year 9 and now he's there every lunchtime, captaining a Rocket League team and (miracle of miracles) doing his maths homework because "sir checks". Whatever that man is doing, it's working. 🎮💙
    """, comments=[
    ("Ollie's Dad", "Same here. He's a gem.", "2 Mar"),
  ]),
  [M("cashdown", "alias", "neutral", "Cal Ashdown")])

# 070
D("social", xpost("disgruntled ex-parent", "@mkparent_nomore", "10:10 PM · Apr 29, 2025", """
    Requires improvement. RI. After six years of S\u0430ndys-Whitlock. The principal of Ironstone is a useless overpaid dinosaur who should've been sacked after the apprenticeship fiasco. Clueless woman.
    """),
  [M("school", "short_name", "negative", "Ironstone"), M("ksandyswhitlock", "homoglyph", "abuse", "S\u0430ndys-Whitlock")])

# 071 decoy: same problem elsewhere
D("news", news_page(
    "techwire", "Security", "Borough council leaks 4,000 residents' details via public code repository",
    "Spreadsheet of council-tax reduction claimants left online for a year",
    "Hana Kowalczyk, Security Reporter", "11 March 2025",
    """
    A borough council in the north of England has apologised after a spreadsheet containing the names, addresses and benefit status of 4,000 residents was left in a public code repository for more than a year.

    The file was committed by a contractor as part of a data-migration project. It was found by an independent researcher using an automated scanner.

    It is the third public-sector repo leak TechWire UK has reported this year. "Everyone thinks it won't be them," said researcher Priya Nair. "It's always them eventually."
    """))

# 072
D("social", discord("ironstone y11 🔧", "general", [
    ("Today at 22:03", "saffy", "ok is it true what people are saying about mr ashdown"),
    ("Today at 22:04", "bigmike", "apparently he's been dming a year 11 girl on discord after esports. like late at night"),
    ("Today at 22:04", "saffy", "WHAT"),
    ("Today at 22:06", "jj", "that's literally a made up rumour from the girls who got kicked off the team, don't spread it"),
    ("Today at 22:07", "bigmike", "nah someone saw the messages. ITC will cover it up like everything else"),
  ]),
  [M("school", "alias", "sexual", "ITC", url_only=True), M("cashdown", "title_surname", "sexual", "mr ashdown", url_only=True)])

# 073 decoy: tech firm sharing the acronym
D("review", greview("ITC Cloud Ltd", "IT services · Milton Keynes", "2.4", 58, [
    ("Raj P", "9 reviews", 1, "a week ago",
     "Hosted our shop with ITC Cloud for two years. Three outages in a month and support tickets take days. Moving to another provider."),
    ("Helen F", "3 reviews", 4, "3 months ago",
     "Migration was smooth and the engineer was patient with my questions. Pricier than the big clouds but you get a human.",
     "Thank you Helen - we're glad the migration went well. ITC Cloud Support"),
  ]))

# 074
D("social", xpost("Bob Pennick", "@bob_pennick_eng", "5:50 PM · Jun 22, 2025", """
    Third in the country. Third. With a robot we built out of donated aluminium and stubbornness. I'm so proud of these students I could burst. Thank you to every sponsor, parent and technician who made it possible. #IronBots #IronstoneUTC 🤖🥉
    """, replies=[
    ("Talbrook Aerospace", "@TalbrookAero", "Jun 22", "Incredible result. Congratulations to the whole team!"),
  ]),
  [M("school", "hashtag", "neutral", "#IronstoneUTC"), M("rpennick", "nickname", "neutral", "Bob Pennick")])

# 075
D("facebook", fbpost("MK Parents Speak Up", "Public group · 5.3K members", "Dale Prosser", "20 February at 23:11", """
    If my son doesn't get his apprenticeship back by Easter I'll be waiting for Tamblyn in the ITC car park. He'll need more than a solicitor. I'm not joking this time, he won't be walking back to that Audi on his own two legs.
    """, comments=[
    ("Carla Benning", "Dale, delete this. I get it, I'm angry too, but this will get you arrested.", "20 Feb"),
    ("Admin", "Post reported to police and removed.", "21 Feb"),
  ]),
  [M("school", "alias", "negative", "ITC"), M("ltamblyn", "surname_only", "threat", "Tamblyn")])

# 076 decoy: a similar college elsewhere
D("news", news_page(
    "engrecord", "Skills", "Leicestershire UTC students design prosthetic hand for local charity",
    "Ashby Moor UTC team 3D-prints low-cost hands for children born with limb differences",
    "Gemma Hollis", "8 April 2025",
    """
    Students at Ashby Moor UTC in Leicestershire have designed a low-cost 3D-printed prosthetic hand, which a local charity will now fit for children born with limb differences.

    The Year 12 team spent six months iterating the design with the charity's occupational therapists. Each hand costs about £40 in materials.

    Principal David Omondi said: "This is what engineering education is for."
    """))

# 077
D("social", tiktok("@cookedcoder", "POV: you're trying to push to git at 1r0nst0ne and the wifi gives up on the 3rd roundabout of your commit 💀 #fyp #comp sci #mk", [
    ("@bytequeen", "the wifi in the library is actual dial up 😭", "10-2"),
    ("@devvvv", "hotspot from your phone or perish", "10-2"),
  ]),
  [M("school", "leetspeak", "negative", "1r0nst0ne")])

# 078
D("social", xpost("Priti S", "@priti_shah_mk", "4:40 PM · Jan 29, 2025", """
    Whatever else is going on at Ironstone right now, S. Bolt and the safeguarding team acted incredibly fast for our family this week. Calm, kind and on it. Thank you.
    """),
  [M("school", "short_name", "neutral", "Ironstone"), M("sbolt", "initial_surname", "neutral", "S. Bolt")])

# 079 decoy: the everyday word
D("facebook", fbpost("Kelby Lea Buy, Sell & Swap", "Public group · 4.1K members", "Ade Ogunleye", "Saturday at 11:00", """
    Clearing the garage 🔧 Bolt cutters (24 inch, barely used) £15. Big tub of assorted nuts and bolts, washers, screws £5. Socket set with a few missing £10. Collection from Kelby Lea, cash or bank transfer.
    """, comments=[
    ("Steve Lomas", "Bolt cutters still available?", "Saturday"),
    ("Ade Ogunleye", "Yes mate, PM'd you", "Saturday"),
  ]))
# 080
D("news", news_page(
    "ledger", "Schools", "Twelve of 14 UTC students find new apprenticeships after sponsor pulled out",
    "Talbrook and two Oxford software firms step in; college says remaining two have university places",
    "Priya Sandhu, Education Reporter", "19 June 2025",
    """
    Twelve of the 14 Year 13 students whose degree apprenticeships were withdrawn by Corvane Systems in February have secured places with other employers, Ironstone University Technical College has said.

    Talbrook Aerospace has taken five of the students onto its software and systems apprenticeship, and two Oxford firms have taken the rest. The remaining two students have chosen university places.

    Principal Dr Katherine Sandys-Whitlock said: "I want to thank the employers who stepped up, and above all the students, who handled a horrible few months with more grace than many adults did."

    One parent, who asked not to be named, said: "It's a relief. But it should never have come to this, and I still want to know who promised what."
    """,
    [("levy_watcher", "19 Jun 2025", "Good outcome in the end. Lessons to learn for every UTC."),
     ("ParentInMK", "19 Jun 2025", "Relieved for the kids. Still waiting for an apology.")]),
  [M("school", "exact", "neutral", "Ironstone University Technical College"), M("ksandyswhitlock", "exact", "neutral", "Katherine Sandys-Whitlock")])

# 081
D("social", xpost("Skills Summit MK", "@SkillsSummitMK", "11:05 AM · Nov 13, 2024", """
    "Employers can't just turn up for the photo." Dr Sandys Whitlock, principal of the Kelby Lea UTC, on what makes industry partnerships work. Packed room for this panel 👏 #SkillsSummitMK
    """),
  [M("ksandyswhitlock", "hyphenated", "neutral", "Sandys Whitlock")])

# 082
D("social", xpost("Head of Sixth Form 🎓", "@ZDSouza_Post16", "8:15 AM · Aug 14, 2025", """
    Results day tomorrow. Y13: whatever the envelope says, you are more than a grade. We'll be in the sixth form centre from 8am with tissues, coffee and a plan B, C and D for everyone. Proud of you already 💙 #Ironstone25
    """, replies=[
    ("nia.obuya", "@nia_builds", "Aug 14", "can't sleep 😭 see you at 8"),
  ]),
  [M("school", "hashtag", "neutral", "#Ironstone25"), M("zdsouza", "handle", "neutral", "@ZDSouza_Post16")])

# 083
D("facebook", fbpost("Ironstone UTC Parents (unofficial)", "Private group · 648 members", "Mandy Lusher", "22 March at 14:30", """
    Can anyone tell me who to contact about the robotics trip money? I paid the £60 deposit for Coventry on ParentPay but my son says Mr Penick has him down as unpaid. Don't want him missing out!
    """, comments=[
    ("Angela Murray", "Email the engineering office, they sorted ours in a day", "22 Mar"),
    ("Mandy Lusher", "Thanks Angela 👍", "22 Mar"),
  ]),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("rpennick", "typo", "neutral", "Mr Penick")])

# 084
D("social", xpost("lathe_and_order", "@lathe_and_order", "7:30 PM · May 18, 2025", """
    The guard on that lathe was reported faulty TWICE. The part was on order for months. Now the safest technician in MK is suspended while management hide behind "neutral act". Sign and share: petitions.example/ReinstateTomaszWisniewski 🔧
    """),
  [M("twisniewski", "camelcase", "neutral", "ReinstateTomaszWisniewski")])

# 085
D("forum", forum_page("parents", "Ironstone Ofsted RI - what now?", [
    ("GridMum2", "Joined 2020 · 330 posts", "Tue 29 Apr 2025 20:00",
     "Our son is going into Y12 there. Read the report - teaching is great, leadership and careers not. Should we be worried about staying?"),
    ("dad_of_two_mk", "Joined 2023 · 41 posts", "Tue 29 Apr 2025 20:22",
     """Teaching is what matters day to day. But honestly Sandys-Wh*tlock can f*** off. Six years of glossy newsletters and she let the careers side rot. Woman couldn't run a bath."""),
    ("GridMum2", "Joined 2020 · 331 posts", "Tue 29 Apr 2025 20:40",
     "Ha, tell us what you really think. I think we'll stay for the engineering teachers."),
  ], thread_id=6120),
  [M("school", "short_name", "negative", "Ironstone"), M("ksandyswhitlock", "obfuscated", "abuse", "Sandys-Wh*tlock")])

# 086
D("review", dd("""
    ApprenticeRate.example › Talbrook Aerospace › Level 6 Systems Engineering Degree Apprenticeship

    ★★★★★  "Best thing I ever did"
    Apprentice, Year 2 · Wolverton site · reviewed 4 April 2025

    Day release at the university on Thursdays, rest of the week on real aircraft systems work. Mentor is brilliant. Salary started at £19k, rises every year, degree fully paid.

    How I got it: I was at UTC Ironstone and Mr Tamblyn set up a week's work experience for me in Year 12. Talbrook invited me back for an assessment centre. Say what you like about the apprenticeship drama this year, he got me in the door.

    Would you recommend? Yes  ·  Rating for training: 5/5  ·  Rating for pay: 4/5
    Helpful? 👍 21
    """),
  [M("school", "alias", "neutral", "UTC Ironstone"), M("ltamblyn", "title_surname", "neutral", "Mr Tamblyn")])

# 087
D("social", tiktok("@y11.diaries", "qureshi's forearms when he rolls his sleeves up to fix the projector 😩🔥 head of year more like head of my heart #itcmk #teachercrush #y11", [
    ("@laylaaa", "GIRL 💀 he's like 40", "2-5"),
    ("@amz.x", "no bc the way everyone went silent", "2-5"),
    ("@laylaaa", "he's married with kids delete this 😭", "2-6"),
  ]),
  [M("school", "hashtag", "neutral", "#itcmk"), M("iqureshi", "possessive", "sexual", "qureshi's")])

# 088
D("social", discord("ironstone y12 chaos 💀", "leaks-lol", [
    ("Today at 00:14", "ghostie", "still got the screenshots 😈 part 2"),
    ("Today at 00:14", "ghostie", "D'Souza | Head of 6th | 07700 900566 | 22 Larkspur Mews, Pinder's Hill MK13 6JD"),
    ("Today at 00:15", "ghostie", "her husband picks her up in a red mini every friday btw"),
    ("Today at 00:19", "tinyrick", "this is how you get police at your door. im out"),
    ("Today at 00:20", "ghostie has left the server", ""),
  ]),
  [M("school", "short_name", "neutral", "ironstone"), M("zdsouza", "surname_only", "doxxing", "D'Souza")])

# 089
D("news", news_page(
    "ledger", "News", "College fined £40,000 over workshop accident; technician cleared",
    "HSE found a faulty lathe guard had been reported but not repaired",
    "Jack Whitmore", "3 October 2025",
    """
    Ironstone University Technical College has been fined £40,000 after a 16-year-old student was seriously injured on a lathe whose safety guard had been reported as faulty but not repaired.

    Magistrates heard that the college's workshop manager, Tomasz Wiśniewski, had twice reported the faulty interlock in writing and had put an "out of use" notice on the machine, which was later removed by persons unknown.

    The Health and Safety Executive said there was "no evidence of any failing" by Mr Wiśniewski, who has returned to work. The college admitted failing to ensure the machine was maintained in a safe condition.

    The student has made a good recovery and has returned to his engineering course.
    """,
    [("MK_engineer_retd", "3 Oct 2025", "Told you. Wait for the facts. Glad the lad's OK and glad the tech's back."),
     ("Kelby_Mum", "3 Oct 2025", "Hope the people who called for his head online are feeling sheepish.")]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("twisniewski", "exact", "neutral", "Tomasz Wiśniewski")])

# 090
D("social", xpost("ITC survivor", "@itc_survivor_", "1:02 AM · Mar 5, 2025", """
    T a m b l y n is a fraud. Took money off Corvane, sold our places, lied to our parents' faces. Suspension isn't enough, he should be in prison.
    """),
  [M("ltamblyn", "spacing", "defamation", "T a m b l y n")])

# 091
D("facebook", fbpost("Kelby Lea Parents Chat", "Private group · 1.9K members", "Barry Kitson", "Monday at 21:05", """
    My lad wants to join the gaming club at Ironstone. Just found out it's run by Mr Ashdown who's married to a bloke. Not having my son in a club run by a poof, end of. Why do schools keep hiring these people to be around kids?
    """, comments=[
    ("Sam Okonjo", "Barry it's 2025. Being gay has nothing to do with being safe around kids. This is disgusting.", "Monday"),
    ("Admin - Jules", "Removed. Last warning Barry.", "Monday"),
  ]),
  [M("school", "short_name", "negative", "Ironstone"), M("cashdown", "title_surname", "hate", "Mr Ashdown")])

# 092
D("blog", blog_page(
    "engblog", "What the Ironstone UTC apprenticeship row tells us about employer-led education", "Malcolm Reyes", "17 February 2025",
    """
    Every so often a local story exposes a national weakness. The withdrawal of 14 degree apprenticeships from students at Ironstone UTC in Milton Keynes is one of those.

    The facts, as far as they are public: Corvane Systems, a founding sponsor, paused its 2025 software cohort. Students had been told at a careers evening that places were, in effect, guaranteed. Some turned down university offers.

    ## Who promised what?

    Much of the anger has focused on Leofric Tamblyn, the college's partnerships director, who presented the pathway. I've read the slides. They say "guaranteed interview", not "guaranteed place". That distinction may have been lost in the room - and it is the college's job to make sure it isn't.

    ## The structural problem

    A UTC that relies on one employer for its flagship route is one restructure away from a crisis. The levy system encourages big firms to commit in good years and vanish in bad ones. Colleges need contracts, not handshakes.

    ## What should happen now

    An honest apology to families. A written guarantee of support for every affected student. And, nationally, a rule that sponsor-linked apprenticeships are never described as anything more than an interview until a contract is signed.
    """,
    [("UTC_gov", "17 Feb 2025 at 19:20", "Fair and balanced. The 'guaranteed interview' point matters."),
     ("angry_parent_mk", "18 Feb 2025 at 07:02", "I was in the room. Nobody said interview.")],
    tags=["apprenticeships", "UTCs", "levy"]),
  [M("school", "alias", "negative", "Ironstone UTC"), M("ltamblyn", "exact", "neutral", "Leofric Tamblyn")])

# 093 decoy: the rock on social
D("social", insta("village.walks.uk", "Harringworth, Northamptonshire", """
    Golden hour on the ironstone cottages 🧡 That rusty orange glow is iron oxide in the Jurassic stone - nowhere does autumn light quite like a Northamptonshire village. #ironstone #northamptonshire #villagelife #englishvillages
    """, [
    ("stone.mason.dave", "Laid a few of those walls in my time. Soft to cut, lovely to work.", "5d"),
    ("amelia_walks", "Stunning 😍", "4d"),
  ]))

# 094 decoy: roundabout thread
D("forum", reddit_page("mkgrid", "Honest question: why does MK have ~130 roundabouts and how do I survive them as a new driver", "passed_last_week", "1 year ago", """
    Passed my test last week (first time 🎉). Took the car out on the grid roads and nearly died at the double mini-roundabouts in Pinder's Hill. Any tips from locals?
    """, comments=[
    ("grid_roads_enjoyer", 320, "1 yr. ago", "The grid is a blessing. Sixty limit, no houses, roundabouts every km. You'll be driving on autopilot in a month.", 0),
    ("bucks_born_n_bred", 190, "1 yr. ago", "Rule one: nobody indicates. Rule two: the double minis are a social experiment, just go when the Corsa does.", 0),
    ("passed_last_week", 40, "1 yr. ago", "'go when the Corsa does' 😂 noted", 1),
    ("redway_rider", 88, "1 yr. ago", "Or get a bike and use the redways, zero roundabouts 😌", 0),
  ], flair="Driving"))

# 095
D("social", xpost("anon9931", "@anon9931_", "11:58 PM · Mar 1, 2025", """
    Callum Ashdown should really watch himself walking to his car after that esports club. Lot of dark redways round Kelby Lea. Shame if he took a wrong turn one night 🙂
    """),
  [M("cashdown", "exact", "threat", "Callum Ashdown")])

# 096
D("facebook", fbpost("Ironstone UTC Parents (unofficial)", "Private group · 650 members", "Jules Harrow (Admin)", "2 March at 09:00", """
    Admin note. Last night someone posted in another local group calling Mr Ashdown a "groomer f*ggot" and worse. I'm not going to share it. It's been reported to the police and to the college. Mr Ashdown has done nothing except run a brilliant esports club for our kids, and he doesn't deserve any of this. Anyone repeating that garbage in this group will be removed without warning. Ironstone families are better than this. 💙
    """, comments=[
    ("Tanya Feeney", "Thank you Jules. He's been incredible with my son.", "2 Mar"),
    ("Ollie's Dad", "Well said.", "2 Mar"),
  ]),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("cashdown", "title_surname", "neutral", "Mr Ashdown")])

# 097
D("news", news_page(
    "bulletin", "Education", "'They know where I park': teachers describe wave of online abuse",
    "Union survey finds two in five secondary teachers abused online in the last year",
    "Olivia Marchetti, Education Editor", "14 April 2025",
    """
    Two in five secondary school teachers have been abused online in the past year, according to a survey by a teaching union, with LGBT+ teachers and those from ethnic minorities disproportionately targeted.

    Callum Ashdown, a maths teacher who runs the esports club at Ironstone UTC in Milton Keynes, agreed to be named. He said he had received homophobic messages and a post suggesting he "watch himself" on the way to his car.

    "The students have been amazing - they reported it before I even saw it," he said. "But you do start looking over your shoulder in the car park."

    The union is calling for a legal duty on platforms to remove threats against teachers within 24 hours.
    """,
    [("Teacher_of_20yrs", "14 Apr 2025", "Brave of him to speak out. This is every school now.")]),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("cashdown", "exact", "neutral", "Callum Ashdown")])

# 098
D("social", insta("ironstoneutc", "Kelby Lea, Milton Keynes", """
    Year 10 composites taster day 🛩️ Our students laid up their first carbon-fibre panels in the Talbrook lab today! #Engineering #GirlsInSTEM
    """, [
    ("talbrookaero", "Future engineers 🙌", "1d"),
    ("dave_m_1979", "the girl on the left in the overalls 😍 how old? dm me", "1d"),
    ("ironstoneutc", "@dave_m_1979 These are 14-year-old children. Your comment has been reported and you have been blocked.", "1d"),
    ("mk.mum.jen", "Vile. Well handled, Ironstone.", "1d"),
  ]),
  [M("school", "handle", "sexual", "ironstoneutc", url_only=True)])

# 099
D("review", schoolrater("Milton Keynes › 14-19 (UTC) › Ironstone University Technical College", [
    ("Parent of former and current students", "20 September 2024", 2, "Sixth form support has gone downhill",
     """
     Our eldest went through the sixth form when it was run by Zoë Pereira (as she was then) and she was approachable, organised, always there. Our youngest has had a very different experience - emails unanswered for weeks, UCAS reference submitted late, and a lot of "that's not my department". Maybe she's stretched too thin. Whatever the reason, it's not good enough.
     """),
  ]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("zdsouza", "alias", "negative", "Zoë Pereira")])

# 100
D("social", discord("IronBots 4471 🤖", "build-chat", [
    ("Today at 18:20", "deano", "p3nn1ck made us redo the whole wiring harness bc one crimp looked 'sad' 😭"),
    ("Today at 18:21", "deano", "man is such a try-hard. it's a school robot not a f1 car"),
    ("Today at 18:22", "nia", "and that's why we didn't brown out in the final 🙄"),
    ("Today at 18:22", "deano", "ok fair"),
  ]),
  [M("rpennick", "leetspeak", "negative", "p3nn1ck")])

# 101
D("facebook", fbpost("MK Parents Speak Up", "Public group · 5.4K members", "Lisa Marie Quill", "Tuesday at 22:30", """
    The VP at Ironstone, Bolt, excluded my daughter for 5 days over a PHONE. She'd better hope I don't bump into her in the Kelby Lea Tesco car park because I won't be responsible for what I do to her. People like that need teaching a lesson they won't forget.
    """, comments=[
    ("Dawn P", "Lisa calm down babe, not worth getting arrested over", "Tuesday"),
  ]),
  [M("school", "short_name", "negative", "Ironstone"), M("sbolt", "surname_only", "threat", "Bolt")])

# 102 decoy: locality and roundabouts, no school
D("news", news_page(
    "ledger", "Roadworks", "Traffic lights trial on Kelby Lea roundabout 'a disaster', say drivers",
    "Council says six-week experiment on the H11 will be reviewed",
    "Jack Whitmore", "12 February 2025",
    """
    Drivers have described a trial of part-time traffic signals on the Kelby Lea roundabout as "a disaster", with queues stretching back to the V12 at peak times.

    The council introduced the signals to help pedestrians and cyclists cross from the Furzecroft side, where there is no underpass.

    Councillor Maureen Adebayo said: "It's an experiment. If it doesn't work we will change it. But people do need to be able to cross safely."

    Residents have started a petition to "save our roundabout", which had 1,100 signatures by Tuesday.
    """,
    [("grid_roads_enjoyer", "12 Feb 2025", "Traffic lights on a roundabout. In MILTON KEYNES. Heresy."),
     ("walking_mum", "12 Feb 2025", "As someone who has to cross there with a buggy, thank you.")]))

# 103
D("social", xpost("Hexbridge Motorsport", "@HexbridgeMS", "3:00 PM · Jul 8, 2025", """
    Welcome to our summer interns from Ironstone Univeristy Technical College! 🏎️ Six students spending four weeks with our composites, data and race engineering teams. Let's go. #FutureEngineers
    """),
  [M("school", "typo", "neutral", "Ironstone Univeristy Technical College")])

# 104
D("social", tiktok("@mk.banter.acc", "when the head of year's prayer mat is in the robotics lab 💀💀 #ironstone #mk #fyp", [
    ("@user77120", "mr qureshi probably prays to the robot 💀 allahu akbot", "3-10"),
    ("@user77120", "kelby lea turning into kabul fr", "3-10"),
    ("@safx", "this is literally just racist. he uses the quiet room like anyone else", "3-10"),
    ("@mk.banter.acc", "its a joke relax", "3-11"),
  ]),
  [M("school", "hashtag", "negative", "#ironstone"), M("iqureshi", "title_surname", "hate", "mr qureshi")])

# 105
D("forum", forum_page("apprentice", "Talbrook systems DA - tips for the assessment centre?", [
    ("rocket_rosa", "Applicant · 6 posts", "9 Mar 2025 18:10",
     "Got an assessment centre at Talbrook next week. Anyone done it? I'm coming from UTC Ironstone if that helps."),
    ("DA_year3_eng", "Apprentice · 640 posts", "9 Mar 2025 18:33",
     """Did it two years ago. Group task (build something from straws/card), technical interview, and a chat with a manager about motivation. Be yourself, think out loud.

     Loads of us came through Tamblyn's contacts originally - whatever's going on with him now, the Talbrook link is solid and they rate Ironstone kids."""),
    ("rocket_rosa", "Applicant · 7 posts", "9 Mar 2025 18:40", "Thank you so much! Straws I can do 😅"),
  ], thread_id=3390),
  [M("school", "alias", "neutral", "UTC Ironstone"), M("ltamblyn", "possessive", "neutral", "Tamblyn's")])

# 106
D("blog", blog_page(
    "truth", "COVER-UP AT THE TECH COLLEGE: What Ironstone UTC Doesn't Want Parents To Know", "MK Uncovered Editorial", "6 March 2025",
    """
    We have been sent information by a number of sources that the mainstream press is too scared to print.

    FIRST: Leofric Tamblyn did not "make a mistake" about the apprenticeships. He was paid. We are told he has a second bank account that Corvane paid into every quarter. Follow the money.

    SECOND: A teacher at the college, Callum Ashdown, has been messaging underage students late at night on gaming apps. Our sources say at least one girl's parents complained and were fobbed off.

    THIRD: Principal Katherine Sandys-Whitlock knew about ALL of it and buried it to protect the college's Ofsted grade and its sponsors. That is a safeguarding cover-up, full stop.

    We will keep digging. Share this before it gets taken down.
    """,
    [("truthseeker77", "6 Mar 2025 at 22:10", "Always the ones you least expect. Shared."),
     ("Ironstone_parent", "7 Mar 2025 at 08:00", "You've named a teacher with zero evidence. If you have evidence, take it to the police. This is how innocent people get hurt.")],
    tags=["cover-up", "Ironstone", "corruption"]),
  [M("school", "alias", "sexual", "Ironstone UTC", url_only=True), M("ltamblyn", "exact", "defamation", "Leofric Tamblyn"),
   M("cashdown", "exact", "sexual", "Callum Ashdown", url_only=True), M("ksandyswhitlock", "exact", "defamation", "Katherine Sandys-Whitlock")])

# 107
D("social", xpost("no more lies MK", "@nomoreliesMK", "12:40 AM · May 1, 2025", """
    Since the Ironstone science department wants to mark our kids down, maybe parents should pay a visit. Dr Liz Nwachukwu lives at 9 Corncrake Lane, Furzecroft MK14 7PL. Blue front door. You didn't hear it from me.
    """),
  [M("school", "short_name", "neutral", "Ironstone"), M("enwachukwu", "nickname", "doxxing", "Liz Nwachukwu")])

# 108
D("facebook", fbpost("MK Parents Speak Up", "Public group · 5.4K members", "Gavin Roe", "Sunday at 19:12", """
    Had parents' evening with Mr Taylor at Ironstone. Man couldn't look me in the eye once, mumbling at his laptop. Obviously a total sperg, probably why they stuck him in the computer room away from normal people. Retards teaching our kids now is it.
    """, comments=[
    ("Nisha Kaur", "My son is autistic too and Mr Taylor is the only teacher who ever got him. Your language is vile.", "Sunday"),
    ("Gavin Roe", "snowflake", "Sunday"),
  ]),
  [M("school", "short_name", "negative", "Ironstone"), M("mtaylor", "title_surname", "hate", "Mr Taylor")])

# 109
D("social", discord("ITC Cyber Club 🛡️", "announcements", [
    ("Today at 17:00", "club-bot", "🏁 CTF results are in! Team 'sudo make me a sandwich' placed 4th of 212 in the national schools CTF. Huge gg."),
    ("Today at 17:02", "fola", "Taylor's crypto workshop on Tuesday literally won us the last two challenges"),
    ("Today at 17:03", "sam k.", "rsa go brrr 🔐"),
  ]),
  [M("school", "alias", "neutral", "ITC"), M("mtaylor", "possessive", "neutral", "Taylor's")])

# 110
D("news", news_page(
    "engrecord", "Motorsport", "Hexbridge opens race-engineering internships to Milton Keynes UTC students",
    "Six places a year for sixth formers from the college the team co-sponsors",
    "Gemma Hollis", "1 July 2025",
    """
    Hexbridge Motorsport is to offer six summer internships a year to students at Ironstone University Technical College, deepening a partnership that began with the college's robotics team.

    Interns will rotate through the composites shop, data engineering and the trackside team. Robert Pennick, head of engineering at the college and a former motorsport engineer, said the placements were "the real thing, not a tour of the reception".

    Hexbridge's technical director, Fiona Tsang, said: "We've watched the IronBots for three seasons. Honestly, some of their students would embarrass our graduates."
    """),
  [M("school", "exact", "neutral", "Ironstone University Technical College"), M("rpennick", "exact", "neutral", "Robert Pennick")])

# 111 decoy: namesake elsewhere
D("social", xpost("Oche Weekly 🎯", "@ocheweekly", "10:40 PM · Jan 18, 2025", """
    WHAT A FINISH 🎯 Mark Taylor takes out 121 on the bull to win the Swindon Open, his first ranking title at 44. Absolute scenes in the hall.
    """))

# 112
D("facebook", fbpost("Ironstone UTC Parents (unofficial)", "Private group · 662 members", "Rebecca Nye", "9 September at 17:45", """
    Is it just me or is the new uniform supplier rubbish? £38 for a polo shirt with the ITC logo on and it's already bobbling after two washes. Also the canteen closes at 1.30 and my son says there's nothing left after 12.45. Bit much when they're asking for "voluntary contributions" again.
    """, comments=[
    ("Kerry Lam", "Polo shirts from the supermarket + iron-on badge 😂 I'm not paying £38", "9 Sep"),
    ("Rebecca Nye", "I'm tempted!", "9 Sep"),
  ]),
  [M("school", "alias", "negative", "ITC")])

# 113
D("review", dd("""
    RateMyTeacher.example › Milton Keynes › Ironstone UTC › Computing

    Mr M. Taylor — Computing (Head of Department)
    Overall 4.6 / 5 from 38 ratings · Clarity 4.8 · Helpfulness 4.9 · Easiness 2.7

    "Hard marker but you learn loads. Explains recursion like a magician." — Y13 student, May 2025
    "Stays behind every Wednesday to help with NEA projects. M. Taylor is why I'm doing CS at uni." — Y13 student, June 2025
    "Homework is brutal in Y12. Worth it though." — Y12 student, March 2025

    Rate this teacher · Report a rating
    """),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("mtaylor", "initial_surname", "neutral", "M. Taylor")])

# 114
D("social", xpost("kai 🎧", "@kaiwrites_", "3:30 PM · Oct 10, 2024", """
    D'S*uza really put me on report for "attitude" because i asked why we need ties at a TECH college. power-tripping witch honestly. ironstone sixth form is a prison with a 3D printer
    """),
  [M("school", "short_name", "negative", "ironstone"), M("zdsouza", "obfuscated", "abuse", "D'S*uza")])

# 115
D("facebook", fbpost("Kelby Lea & Furzecroft Residents", "Public group · 3.5K members", "Furzecroft Community Larder", "Saturday at 16:00", """
    A huge thank you to Kath Sandys-Whitlock and the students from the Kelby Lea UTC who spent their Saturday building us new shelving and fixing the larder's broken chiller 🙏 They designed the shelving in CAD, cut it in their workshop and installed it in three hours. Our volunteers were gobsmacked.
    """, comments=[
    ("Bev Tranter", "Lovely to see. Well done all!", "Saturday"),
  ]),
  [M("ksandyswhitlock", "nickname", "neutral", "Kath Sandys-Whitlock")])

# 116
D("blog", blog_page(
    "robotblog", "Week 9: the gearbox strikes back", "Nia (captain), IronBots 4471", "1 March 2025",
    """
    Status: robot drives. Robot lifts. Robot does not yet lift AND drive at the same time without brownouts.

    ## Mechanical

    The two-stage gearbox shredded another set of printed gears on Tuesday. Mr Pennick suggested we stop being stubborn and machine them in aluminium. Mr Wiśniewski ran the CNC induction again for the Year 11s (third time lucky, Dev).

    ## Electrical

    We rewired the whole harness. Every crimp now gets a pull test. Nobody is allowed to say "it's probably fine" any more - it's in the team rules now.

    ## Outreach

    We ran a robot-driving stall at the Furzecroft Community Larder open day and a seven-year-old beat Kwame at the obstacle course. He's still not over it.

    Next week: regional final prep and, if Ironstone's print farm behaves, spare everything.
    """,
    [("Kwame", "1 Mar 2025 at 21:00", "she had a bigger controller than me, it's not fair"),
     ("Talbrook Aerospace", "2 Mar 2025 at 09:15", "Loving the build log, team. Good luck at regionals!")],
    tags=["build log", "gearbox", "outreach"]),
  [M("school", "short_name", "neutral", "Ironstone"), M("rpennick", "title_surname", "neutral", "Mr Pennick"),
   M("twisniewski", "title_surname", "neutral", "Mr Wiśniewski")])

# 117
D("social", tiktok("@tea.spill.mk", "the REAL reason d'souza became head of sixth 👀☕ #ITCtea #mk", [
    ("@user55210", "she's been sleeping with the principal's husband for years, everyone knows 💀 thats how she got promoted", "4-2"),
    ("@j.amz", "yall are making this up for views", "4-2"),
    ("@user55210", "my mum works there 🤷", "4-3"),
  ]),
  [M("school", "hashtag", "negative", "#ITCtea"), M("zdsouza", "surname_only", "sexual", "d'souza")])

# 118
D("social", xpost("ITC Leaks", "@itc_leaks_", "2:15 AM · Mar 9, 2025", """
    T\u0430mblyn pocketed the levy transfer money that was meant for the year 13s. We've seen the invoices. Watch this space 👀💷
    """),
  [M("ltamblyn", "homoglyph", "defamation", "T\u0430mblyn")])

# 119
D("news", news_page(
    "ledger", "Schools", "Ironstone UTC principal to step down after nine years",
    "Vice principal will lead the college while governors recruit a successor",
    "Priya Sandhu, Education Reporter", "10 July 2025",
    """
    Dr Katherine Sandys-Whitlock, the founding principal of Ironstone University Technical College, will step down at the end of the autumn term after nine years.

    In a letter to families, she said it had been "the privilege of my career" to open the college and that it was "the right time for fresh leadership" after a difficult year.

    Vice principal Sarah Bolt will serve as acting principal from January while governors recruit a permanent successor.

    Chair of governors Ian Marchbank said Dr Sandys-Whitlock had "built something remarkable from a field next to a roundabout" and thanked her for her "energy and integrity".
    """,
    [("Tash_MK", "10 Jul 2025", "Sorry to see her go. She took a chance on my son when nobody else would."),
     ("dad_of_two_mk", "10 Jul 2025", "Jumped before she was pushed."),
     ("GridMum2", "11 Jul 2025", "Mrs Bolt will be great. Good luck to her.")]),
  [M("school", "exact", "neutral", "Ironstone University Technical College"), M("ksandyswhitlock", "exact", "neutral", "Katherine Sandys-Whitlock"),
   M("sbolt", "exact", "neutral", "Sarah Bolt")])
# 120
D("news", news_page(
    "ledger", "Schools", "Maths teacher suspended while claims are investigated, UTC confirms",
    "College says suspension is 'standard practice' and urges people not to speculate online",
    "Priya Sandhu, Education Reporter", "10 March 2025",
    """
    A maths teacher at Ironstone University Technical College in Kelby Lea has been suspended while the local authority designated officer (LADO) looks into claims made about him online.

    Callum Ashdown, who also runs the college's esports club, was suspended last week. The college said the suspension was "standard practice whenever concerns are raised" and "implies nothing about the outcome".

    Mr Ashdown was the subject of a blog post earlier this month which made unsubstantiated allegations about him and other staff. He has also received homophobic abuse and a threatening message online, which have been reported to police.

    A spokesperson said: "We would ask everyone to allow the proper process to take its course and not to speculate on social media."
    """,
    [("Tanya Feeney", "10 Mar 2025", "That blog is a pack of lies. Hope he's cleared quickly."),
     ("Concerned_Grandad", "10 Mar 2025", "Process has to happen. That's how kids are kept safe AND staff are protected.")]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("cashdown", "exact", "defamation", "Callum Ashdown")])

# 121
D("forum", forum_page("parents", "Ironstone esports teacher suspended - what do we tell our kids?", [
    ("KelbyMum3", "Joined 2021 · 210 posts", "Mon 10 Mar 2025 19:00",
     "My son is in the esports club and is devastated. He thinks it's all made up. What are other parents saying to their kids?"),
    ("no_smoke", "Joined Mar 2025 · 4 posts", "Mon 10 Mar 2025 19:20",
     """No smoke without fire. Cal Ashdown was messaging girls on Discord at midnight, my niece's friend saw it. He's a nonce and Ironstone knew for months and did nothing. Keep your kids away from him."""),
    ("ParentHub_mod", "Moderator", "Mon 10 Mar 2025 19:35",
     "Post edited. You may not make allegations of criminal behaviour against a named person on this forum. Suspended 7 days."),
    ("KelbyMum3", "Joined 2021 · 211 posts", "Mon 10 Mar 2025 19:50",
     "Thank you mods. We've told ours: suspensions happen so things can be checked properly, and rumours hurt real people."),
  ], thread_id=6230),
  [M("school", "short_name", "sexual", "Ironstone", url_only=True), M("cashdown", "alias", "sexual", "Cal Ashdown", url_only=True)])

# 122
D("facebook", fbpost("MK Parents Speak Up", "Public group · 5.5K members", "Kieran Dolby", "11 March at 23:40", """
    If that maths teacher Ashdown who runs the esports thing shows his face back in Kelby Lea he'll be leaving in an ambulance. Plenty of us know what car he drives. Not a threat, a promise.
    """, comments=[
    ("Carla Benning", "Kieran, he hasn't been charged with anything. You'll be the one getting arrested.", "11 Mar"),
  ]),
  [M("cashdown", "surname_only", "threat", "Ashdown")])

# 123
D("news", news_page(
    "ledger", "Schools", "Teacher returns to college after investigation finds no case to answer",
    "Esports club lead 'grateful to students and families' who supported him",
    "Priya Sandhu, Education Reporter", "2 May 2025",
    """
    A teacher at Ironstone University Technical College who was suspended after allegations were made about him online has returned to work after an investigation found no case to answer.

    Callum Ashdown, a maths teacher who runs the college's esports club, said he was "grateful to the students and families who stood by me" and hoped "nobody else has to go through a pile-on like this".

    The blog that made the original claims has since been taken down. Thames Valley Police said a man had been cautioned over a threatening message sent to Mr Ashdown.
    """),
  [M("school", "exact", "neutral", "Ironstone University Technical College"), M("cashdown", "exact", "neutral", "Callum Ashdown")])

# 124
D("social", xpost("Rival Robotics Dad", "@botdad_2209", "9:20 PM · Mar 16, 2025", """
    Robert Pennick, the IronBots "coach", is a jumped-up grease monkey who thinks shouting at teenagers is coaching. Arrogant, rude to referees, rude to other teams. Absolute bellend of a man.
    """),
  [M("rpennick", "exact", "abuse", "Robert Pennick")])

# 125
D("facebook", fbpost("MK Parents Speak Up", "Public group · 5.5K members", "Dean Asbury", "Friday at 22:02", """
    For anyone who wants a word with the Head of Year 10 who keeps putting kids in isolation: Qureshi lives at 31 Thrush Walk, Kelby Lea. Silver Qashqai. He's home by 5 most days. ITC won't listen so go to the source.
    """, comments=[
    ("Mo Rahman", "Posting a man's home address with his kids inside? You're a disgrace. Reported.", "Friday"),
  ]),
  [M("school", "alias", "negative", "ITC"), M("iqureshi", "surname_only", "doxxing", "Qureshi")])

# 126
D("forum", forum_page("staffroom", "Science HoD carrying the whole place", [
    ("periodic_pain", "Joined 2022 · 77 posts", "Wed 15 Jan 2025 21:30",
     """Teach at Ironstone. Our head of science, Liz N., is running science AND maths since the maths lead left, teaching a full timetable, mentoring two ECTs and still running Thursday revision. SLT's answer is a wellbeing survey.

     Someone is going to break, and it's going to be the best person in the building."""),
    ("FEsurvivor", "Joined 2018 · 1,610 posts", "Wed 15 Jan 2025 21:50",
     "Get the union rep involved. Workload is a health and safety issue, not a resilience issue."),
  ], thread_id=5501),
  [M("school", "short_name", "negative", "Ironstone"), M("enwachukwu", "first_initial", "neutral", "Liz N.")])

# 127
D("facebook", fbpost("Kelby Lea Parents Chat", "Private group · 1.9K members", "Shane C", "14 November at 20:10", """
    Now I know why the college is letting the traveller kids in. The VP, Bolt, is a gyppo herself - her family are from the site out past Furzecroft. Once a pikey always a pikey. Looking after her own.
    """, comments=[
    ("Natalie Kerr", "This is the same man who got kicked out last week under a different name. Reported again.", "14 Nov"),
  ]),
  [M("sbolt", "surname_only", "hate", "Bolt")])

# 128
D("blog", blog_page(
    "truth", "PART TWO: The rot at Ironstone goes deeper", "MK Uncovered Editorial", "20 March 2025",
    """
    After our first article we were flooded with messages. Here is what our sources tell us.

    The workshop: Tom Wisniewski, the man in charge of the machines where a child was later injured, is known to staff as a drinker. We are told he kept vodka in his toolbox. Ask yourself why the college suspended him so fast.

    The science department: Dr Elizabeth Nwachukwu's "PhD" has never been checked by anyone. Our sources say her qualifications are from a diploma mill and the college knew.

    The leadership: Ironstone has spent years hiding all of this from Ofsted and from parents.

    We are not afraid of legal letters. The truth is the truth.
    """,
    [("truthseeker77", "20 Mar 2025 at 21:00", "Keep going, they're rattled."),
     ("Sophie Darko", "21 Mar 2025 at 07:30", "Dr Nwachukwu's thesis is in the Imperial library. Took me two minutes to find. You're making things up about real people.")],
    tags=["Ironstone", "exposé"]),
  [M("school", "short_name", "defamation", "Ironstone"), M("twisniewski", "alias", "defamation", "Tom Wisniewski"),
   M("enwachukwu", "exact", "defamation", "Elizabeth Nwachukwu")])

# 129
D("news", news_page(
    "feweek", "UTCs", "UTC partnerships director dismissed after review finds undeclared sponsor fees",
    "Leofric Tamblyn says he will appeal; college says 'no student was disadvantaged' by his conduct",
    "Daniel Okafor, Apprenticeships Editor", "12 June 2025",
    """
    The director of employer partnerships at Ironstone University Technical College has been dismissed after an independent review found he received consultancy fees from a sponsor without declaring them.

    The review, commissioned by governors, found Leofric Tamblyn was paid £18,500 by Corvane Systems over two years for "advisory work" that was not entered in the college's register of interests. It found no evidence that any student's placement was affected.

    Mr Tamblyn said the work was "entirely separate" from his college role and he would appeal. Corvane said it had "updated its conflict-of-interest procedures".
    """,
    [("FE_lifer", "12 Jun 2025", "£18.5k undeclared. 'Entirely separate'. Sure.")]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("ltamblyn", "exact", "defamation", "Leofric Tamblyn")])

# 130
D("social", xpost("Albion Rising", "@albion_rising_mk", "1:30 AM · May 2, 2025", """
    Science at Ironstone now taught by N w a c h u k w u. Our ancestors built the steam engine and our kids are being taught physics by someone one generation out of a mud hut. 🐒 Replacement isn't a theory, it's a timetable.
    """),
  [M("school", "short_name", "negative", "Ironstone"), M("enwachukwu", "spacing", "hate", "N w a c h u k w u")])

# 131
D("facebook", fbpost("MK Dads Banter (no politics)", "Private group · 880 members", "Lee Haddon", "Thursday at 21:30", """
    Sixth form parents' evening tonight. Not gonna lie lads, Ms D'Souza the head of sixth form can give me a detention any day of the week 😏🔥 Didn't hear a word she said about UCAS, too busy looking.
    """, comments=[
    ("Rich T", "😂😂 behave, your missus is in this group", "Thursday"),
    ("Marcus O", "bit much mate", "Thursday"),
  ]),
  [M("zdsouza", "title_surname", "sexual", "Ms D'Souza")])

# 132
D("social", tiktok("@ironbots4471", "Nationals day 1 🤖 pit vibes #roboleague #engineering", [
    ("@stevo_1991", "the girl with the plaits on the drive team 😍 ITC producing some quality this year. im 33 but age is just a number 😏", "6-21"),
    ("@ironbots4471", "These are school students. Comment reported. Do not contact our team.", "6-21"),
    ("@robo.mum", "Absolutely vile. Blocked and reported.", "6-21"),
  ]),
  [M("school", "alias", "sexual", "ITC", url_only=True)])

# 133
D("forum", forum_page("gamers", "Div 2 playoffs - post-match salt thread", [
    ("lil_sweaty", "Member · 230 posts", "Wed 19 Mar 2025 18:30",
     "GGs to everyone. Harbourside were robbed imo but that's esports."),
    ("xx_salt_mine_xx", "Member · 12 posts", "Wed 19 Mar 2025 18:45",
     "Ironstone Tech only won because Cal Ashdown is a brain-dead trash coach who can't even read a minimap, their players carried him. Absolute muppet, get him off the comms."),
    ("div2_admin", "League admin", "Wed 19 Mar 2025 18:55", "Keep it about the games, not staff. Warning issued."),
  ], thread_id=8870),
  [M("school", "alias", "neutral", "Ironstone Tech"), M("cashdown", "alias", "abuse", "Cal Ashdown")])

# 134
D("review", greview("Ironstone University Technical College", "Secondary school · Fulmar Way, Kelby Lea", "3.4", 104, [
    ("Janice Moult", "3 reviews", 1, "2 weeks ago",
     "Principal Sandys-Whitlock is a stuck-up cow who looks down her nose at any parent without a degree. Waited 40 minutes in reception to be told she 'doesn't do drop-ins'. Arrogant woman."),
    ("T Greaves", "1 review", 4, "a month ago",
     "Great facilities and the engineering staff are excellent. Communication could be better."),
  ]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("ksandyswhitlock", "surname_only", "abuse", "Sandys-Whitlock")])

# 135
D("facebook", fbpost("Justice for the 14 (MK)", "Private group · 190 members", "Dale Prosser", "24 February at 00:12", """
    Honestly someone should torch that ITC workshop one night with Tamblyn inside it. Whole place is rotten. Let it burn 🔥
    """, comments=[
    ("Ruth Adeyinka", "Dale I'm leaving this group. This is not what it was for.", "24 Feb"),
    ("Group admin", "Post removed. Dale removed. We've passed this to the police.", "24 Feb"),
  ]),
  [M("school", "alias", "threat", "ITC"), M("ltamblyn", "surname_only", "threat", "Tamblyn")])

# 136
D("social", xpost("ghostie", "@gh0stie_mk", "11:20 PM · Jan 30, 2025", """
    IronBots coach thinks he's untouchable lol. Pennick | Head of Eng | 07700 900128 | 6 Kestrel Rise, Pinder's Hill MK13 2WW. call him and ask why i got kicked off the team 📞
    """),
  [M("rpennick", "surname_only", "doxxing", "Pennick")])

# 137
D("blog", blog_page(
    "devlog", "Did my teacher sell our coursework code? A thread I can't stop thinking about", "sam k.", "18 April 2025",
    """
    I want to be careful here because I've already written about doing things responsibly.

    But. A friend noticed that a scheduling library our Year 13 NEA group built last year looks a lot like part of a commercial product sold by a consultancy that lists our head of computing, Mark Taylor, as a "technical advisor". Same function names. Same weird comment about the Kelby Lea roundabout.

    People in our year are saying he took student work from Ironstone and sold it. I don't know if that's true. It could be that he wrote the original and we learned from it, or it's open-source code we both borrowed.

    I've emailed him to ask. I'll update this post with his answer.
    """,
    [("fola", "18 Apr 2025 at 20:00", "the roundabout comment is damning ngl"),
     ("sam k.", "20 Apr 2025 at 09:10", "UPDATE: he replied. The library is his, published under MIT in 2019, and we were given it as a starting point in Y12 (I'd forgotten). Leaving this up with the correction because I was wrong to post before asking.")],
    tags=["coursework", "open source", "college"]),
  [M("school", "short_name", "negative", "Ironstone"), M("mtaylor", "exact", "defamation", "Mark Taylor")])

# 138
D("forum", reddit_page("UTCstudents", "teacher keeps pushing us to use his own repos as templates, weird or normal?", "commit_and_pray", "3 weeks ago", """
    My head of computing at a UTC in MK makes us fork his repos (github user mtaylor-codes) for every project. They're fine but it feels a bit like self-promo? Also he never accepts PRs lol
    """, comments=[
    ("senior_dev_irl", 120, "3 wk. ago", "Teachers using their own template repos is completely normal. Not accepting student PRs to his personal repo is also normal.", 0),
    ("commit_and_pray", 14, "3 wk. ago", "yeah fair, just feels lazy sometimes", 1),
    ("kelbylea_kid", 40, "3 wk. ago", "if this is who i think it is his templates are actually good, stop complaining 😂", 0),
  ], flair="Rant"),
  [M("mtaylor", "handle", "negative", "mtaylor-codes")])

# 139 decoy: acronym tech firm news
D("news", news_page(
    "techwire", "Cloud", "ITC Cloud outage: a failed cooling unit and a missing runbook",
    "Milton Keynes hosting firm publishes post-incident report after third outage in a month",
    "Rory Banerjee", "10 April 2025",
    """
    ITC Cloud, a Milton Keynes hosting provider, has published a post-incident report into a five-hour outage on 2 April that affected around 600 small-business customers.

    The report blames a failed cooling unit in its Bletchley data hall and says engineers could not find an up-to-date runbook for the failover. The firm has promised service credits to affected customers.

    ITC Cloud is unrelated to ITC Data Systems, which operates a separate data hall nearby and was not affected.
    """,
    [("devops dan", "10 Apr 2025", "'Could not find the runbook' is the most honest post-mortem line I've read all year.")]))

# 140
D("facebook", fbpost("Furzecroft Says NO to the Hotel", "Public group · 1.4K members", "Kelly Ann Reaney", "8 October at 18:00", """
    So the Polish one is back at the UTC workshop like nothing happened. W1sn1ewsk1 and his lot should be on the first coach back to Warsaw. Eastern European rubbish running our colleges while our lads sign on. 🇬🇧
    """, comments=[
    ("Anjali Rao", "He was CLEARED. The college was fined because it didn't fix the machine he reported. Read the news.", "8 Oct"),
  ]),
  [M("twisniewski", "leetspeak", "hate", "W1sn1ewsk1")])

# 141
D("social", xpost("mk_dad_angry", "@mk_dad_angry", "10:45 PM · Apr 30, 2025", """
    E. Nwachukwu, science at ITC. Marked my son down and laughed about it. She's going to get what's coming. I know which bus she gets home and I know where she gets off 🚌
    """),
  [M("school", "alias", "negative", "ITC"), M("enwachukwu", "initial_surname", "threat", "E. Nwachukwu")])

# 142
D("facebook", fbpost("Ironstone UTC Parents (unofficial)", "Private group · 668 members", "Sharon Pike", "16 January at 19:25", """
    Does anyone else think the new phone policy is over the top? Mrs Bolt sent my son home for a day because his phone buzzed in his bag during a test. I get no phones in exams but a whole day's exclusion? We're asking him to take responsibility and then treating him like he's 5.
    """, comments=[
    ("Kerry Lam", "It's harsh. Worth writing to the governors.", "16 Jan"),
    ("Nisha Kaur", "Honestly I like the policy, my daughter is less glued to hers.", "16 Jan"),
  ]),
  [M("school", "alias", "negative", "Ironstone UTC"), M("sbolt", "title_surname", "negative", "Mrs Bolt")])

# 143
D("forum", forum_page("mkforum", "College drop-off parking on Fulmar Way is getting dangerous", [
    ("KelbyResident", "Member since 2009", "Thu 6 Feb 2025, 08:40",
     """Every morning between 8.20 and 8.45 parents park on the verges and the pavement outside Ironstone, and twice this month I've seen a kid step out between cars. I rang the college office on 01632 960527 and they were nice enough but said they can't control the road."""),
    ("Redway_Ray", "Member since 2012", "Thu 6 Feb 2025, 09:10",
     "Council should put double yellows in. Or parents could walk from the Co-op, it's 400 metres."),
    ("KelbyResident", "Member since 2009", "Thu 6 Feb 2025, 09:30", "Asked the council. 'On the list'. As ever."),
  ], thread_id=4410),
  [M("school", "short_name", "negative", "Ironstone")])

# 144
D("review", workview("Ironstone University Technical College", "2.7", [
    ("Partnerships team = toxic", 1, "Former Administrator · Milton Keynes", "November 2024",
     "Lovely students and a few great teachers.",
     "The partnerships office was run by a bully. Tamblyn screamed at junior staff in front of employers, took credit for everything and blamed us for everything else. Nasty, vain little man. Three people left in a year.",
     "Take complaints about senior staff seriously."),
  ]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("ltamblyn", "surname_only", "abuse", "Tamblyn")])

# 145
D("news", news_page(
    "bucks", "Courts", "Man admits sending racist messages about college science teacher",
    "Posts described the teacher as belonging 'in the jungle'",
    "Court Reporter", "20 June 2025",
    """
    A 67-year-old man has admitted sending grossly offensive messages about a science teacher at a Milton Keynes college.

    Terrence Blakeman, of Pinder's Hill, posted in a local Facebook group that Dr Elizabeth Nwachukwu, head of science and maths at Ironstone UTC, should be "sent back to the jungle".

    Prosecutor Anna Whitby said Dr Nwachukwu, who holds a doctorate in chemistry, had found the posts "degrading and frightening". Blakeman was fined £650 and ordered to pay £200 compensation.

    The magistrate told him: "Your words were racist, plain and simple."
    """),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("enwachukwu", "exact", "neutral", "Elizabeth Nwachukwu")])

# 146
D("social", insta("cal.ashdown.maths", "Kelby Lea, Milton Keynes", """
    Div 2 champions 🏆🎮 So proud of this squad. Now go and do your simultaneous equations. #esports #rocketleague
    """, [
    ("josh.plays.mid", "gg sir 🫡", "2d"),
    ("burner_8812", "🏳️‍🌈 groomer. everyone knows what you are. kids shouldn't be anywhere near a queer like you", "2d"),
    ("lils.gg", "@burner_8812 reported. he's the best teacher we have", "2d"),
  ]),
  [M("cashdown", "handle", "hate", "cal.ashdown.maths")])

# 147
D("facebook", fbpost("Furzecroft Says NO to the Hotel", "Public group · 1.4K members", "Rob Dilks", "Sunday at 20:30", """
    If Ironstone keeps taking the hotel lot we'll be outside the gates Monday morning and it won't be a picnic. Bring your mates. They won't listen to petitions so they can listen to this. Last warning to the college.
    """, comments=[
    ("Anjali Rao", "Threatening a college full of children. Screenshot sent to the police.", "Sunday"),
  ]),
  [M("school", "short_name", "threat", "Ironstone")])

# 148 decoy: a different team on the robotics forum
D("forum", forum_page("robots", "Swerve drive on a budget - what worked for you?", [
    ("team_2209_mentor", "Mentor · 330 posts", "Sat 12 Apr 2025 10:00",
     "We're considering swerve for next season but the module cost is scary. Anyone built their own on a school budget?"),
    ("ashby_moor_bots", "Team account · 90 posts", "Sat 12 Apr 2025 10:30",
     "We did four COTS modules with second-hand motors. Took two terms to tune. Worth it, but tank drive won us more matches honestly."),
    ("botmom_22", "Member · 95 posts", "Sat 12 Apr 2025 11:00",
     "Tank drive is underrated. Reliability wins championships."),
  ], thread_id=2290))

# 149 decoy: excluded stadium
D("facebook", fbpost("MK Vale FC Supporters' Club", "Public group · 6.6K members", "Vale Supporters' Club", "Wednesday at 12:00", """
    📣 Coach to Kettering on Saturday leaves Ironstone Stadium car park at 11.30. £12 members, £15 non-members. Also: season ticket renewals for the family stand close Friday. Tickets from ironstonestadium.example or the club shop.
    """, comments=[
    ("Vale_Jim", "Count me and the ferret in 😂", "Wednesday"),
  ]))

# 150 decoy: excluded brewery in the news
D("news", news_page(
    "ledger", "Business", "Wolverton brewery to double taproom after 'mad' year",
    "Ironstone Brewing Co. says sales of its Redway Red ale have tripled",
    "Tom Ashby", "5 March 2025",
    """
    A Wolverton brewery is to double the size of its taproom after what its founder called "a mad year" of growth.

    Ironstone Brewing Co., set up in 2019 in a former railway works building, will take over the neighbouring unit and add 60 seats and a kitchen. Founder Meg Cairns said sales of its best-known beer, Redway Red, had tripled.

    "We named it after the cycle paths because half our customers arrive by bike," she said. "The other half arrive by taxi."
    """))

# 151
D("social", discord("ironstone y12 chaos 💀", "leaks-lol", [
    ("Today at 23:58", "n0_lifer_alt", "new acc who dis 😈 one more from the sheet"),
    ("Today at 23:59", "n0_lifer_alt", "Sandys-Whitlock | Principal | The Old Dairy, Lower Furze Lane, Great Linfield MK17 0QN | 07700 900640"),
    ("Today at 23:59", "n0_lifer_alt", "principal lives in a dairy lmaooo 🐄"),
    ("Today at 00:03", "mod", "banned. reported. everyone stop screenshotting this."),
  ]),
  [M("school", "short_name", "neutral", "ironstone"), M("ksandyswhitlock", "surname_only", "doxxing", "Sandys-Whitlock")])

# 152
D("facebook", fbpost("MK Patriots (Official)", "Public group · 2.1K members", "Stevie Hanlon", "Yesterday at 23:15", """
    Q u r e s h i running Year 10 at the Kelby Lea tech college. Halal canteen next, then Friday prayers in the sports hall, then sharia on the timetable. Muslims breed, we pay, our kids get converted. Stop the Islamification of MK schools ☪️❌
    """, comments=[
    ("Gaz P", "spot on Stevie 🇬🇧", "Yesterday"),
    ("Nina Forsyth", "I'm a parent there. He's a kind, decent teacher. This is pure hate.", "Yesterday"),
  ]),
  [M("iqureshi", "spacing", "hate", "Q u r e s h i")])

# 153
D("blog", blog_page(
    "momblog", "A note to the people shouting at teachers on Facebook", "Claire", "13 March 2025",
    """
    I've been in a lot of local Facebook groups for a lot of years. I've never seen anything like the last six weeks.

    A teacher's home address posted with a winking emoji. A science teacher told to "go back to the jungle". A maths teacher who runs a gaming club for lonely kids called every name under the sun on the basis of a blog that cites "sources".

    I'm not saying the college has got everything right. It hasn't. The apprenticeship thing was a mess and I've told Ironstone so, by email, with my name on it.

    But the people on the receiving end of this aren't "the college". They're the people who stayed until six to help my son with his NEA. If you wouldn't say it to their face at the school gate, don't type it.
    """,
    [("Jen from the grid", "13 Mar 2025 at 21:00", "Thank you. Needed saying."),
     ("angry_parent_mk", "14 Mar 2025 at 07:40", "Easy to say when your kid didn't lose their apprenticeship.")],
    tags=["MK life", "online abuse", "teachers"]),
  [M("school", "short_name", "negative", "Ironstone")])

# 154
D("forum", forum_page("staffroom", "Women in engineering departments - how do you cope with the dinosaurs?", [
    ("she_welds", "Joined 2023 · 30 posts", "Sun 9 Feb 2025 19:00",
     """Engineering teacher at a UTC in Milton Keynes. Our head of department, Bob P., still calls the female students "the girls" and asked me in my first week whether I'd be "OK lifting the vice". He's a sexist old dinosaur and a total prick to work for, frankly. Students love him, which makes it harder."""),
    ("FEsurvivor", "Joined 2018 · 1,600 posts", "Sun 9 Feb 2025 19:20",
     "Keep a log. Dates, what was said, who was there. Then talk to your union rep."),
  ], thread_id=5512),
  [M("rpennick", "first_initial", "abuse", "Bob P.")])

# 155
D("news", news_page(
    "bucks", "Courts", "Man jailed for sexual comments about college students online",
    "Comments were posted under photographs of a UTC composites open day",
    "Court Reporter", "17 July 2025",
    """
    A 45-year-old man who posted sexual comments under photographs of 14-year-old girls at an Ironstone University Technical College open day has been jailed for 16 months.

    David Moss, of Bedford, admitted attempting to communicate with a child for a sexual purpose and possessing indecent images. The court heard the college reported his comments to police within an hour of them appearing.

    He was made subject to a Sexual Harm Prevention Order for ten years.
    """),
  [M("school", "exact", "neutral", "Ironstone University Technical College")])

# 156
D("review", schoolrater("Milton Keynes › 14-19 (UTC) › Ironstone UTC", [
    ("Parent of a Year 10 student", "4 February 2025", 2, "Behaviour policy is a blunt instrument",
     """
     Our daughter has had three lunchtime detentions for forgetting her lanyard. Mrs \u0412olt's response to my email was a copy-and-paste of the policy. Strict is fine. Inflexible and unwilling to talk to parents is not.
     """),
  ]),
  [M("school", "alias", "negative", "Ironstone UTC"), M("sbolt", "homoglyph", "negative", "Mrs \u0412olt")])

# 157
D("social", xpost("Parents for Straight Answers", "@ITCparentsMK", "7:45 PM · Mar 4, 2025", """
    Suspension is not accountability. We want a public statement about who promised what, and we want it before Easter. TamblynMustGo - say it louder for the governors at the back 📢
    """),
  [M("school", "alias", "negative", "ITC"), M("ltamblyn", "camelcase", "negative", "TamblynMustGo")])

# 158
D("facebook", fbpost("MK Esports Parents", "Private group · 260 members", "Tanya Feeney", "2 May at 16:00", """
    HE'S BACK 🎮💙 After eight weeks of hell, no case to answer. The kids have made a banner for the esports room that says JusticeForCalAshdown and I've been told there will be cake. Thank you to everyone who wrote letters.
    """, comments=[
    ("Ollie's Dad", "Best news all year.", "2 May"),
    ("Lisa Grant", "So pleased for him and for the kids 🥳", "2 May"),
  ]),
  [M("cashdown", "camelcase", "neutral", "JusticeForCalAshdown")])

# 159
D("social", xpost("Craig M (new acc)", "@cmullery2", "11:50 PM · Mar 12, 2025", """
    They can ban the old account. Sandys–Whitlock still has to drive past my road to get to work. Every single morning. I'm patient. 🙂
    """),
  [M("ksandyswhitlock", "hyphenated", "threat", "Sandys–Whitlock")])
# 160
D("news", news_page(
    "feweek", "UTCs", "Exam boards investigate computing coursework at Milton Keynes UTC",
    "Head of computing 'stepped back' from marking while malpractice claims are examined",
    "Daniel Okafor", "12 May 2025",
    """
    Exam boards are investigating claims of malpractice in A-level computer science coursework at Ironstone University Technical College, Skills & FE Weekly can reveal.

    The investigation follows an anonymous complaint that students were given too much help with their non-exam assessment projects. The college's head of computing, Mark Taylor, has stepped back from marking duties while the inquiry takes place, the college confirmed.

    A spokesperson said: "We are cooperating fully. Mr Taylor is continuing to teach and has our full support. No conclusions have been reached."

    Students' results will not be affected while the investigation continues, the exam board said.
    """,
    [("CS_teacher_Leeds", "12 May 2025", "'Too much help' complaints are often just good teaching by another name. Hope it's resolved fast.")]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("mtaylor", "exact", "defamation", "Mark Taylor")])

# 161
D("news", news_page(
    "bucks", "Courts", "Former college partnerships director arrested on suspicion of fraud",
    "Police say a 52-year-old man has been released on bail",
    "Court Reporter", "28 August 2025",
    """
    A former director at a Milton Keynes university technical college has been arrested on suspicion of fraud by abuse of position, Thames Valley Police have confirmed.

    Leofric Tamblyn, 52, who was dismissed by Ironstone UTC in June after a review found he had not declared consultancy fees from a sponsor, was arrested at his home on Tuesday and released on bail pending further enquiries.

    Mr Tamblyn's solicitor said: "My client denies any wrongdoing and will cooperate fully."
    """),
  [M("school", "alias", "neutral", "Ironstone UTC"), M("ltamblyn", "exact", "defamation", "Leofric Tamblyn")])

# 162
D("news", news_page(
    "ledger", "Schools", "Acting principal sets out 'back to basics' plan for troubled UTC",
    "Attendance, careers and communication with families top the list",
    "Priya Sandhu, Education Reporter", "8 January 2026",
    """
    The acting principal of Ironstone University Technical College has written to families setting out a "back to basics" plan after a difficult year for the Kelby Lea college.

    Sarah Bolt, who took over from Dr Katherine Sandys-Whitlock this month, said her priorities were attendance, independent careers advice and "answering every email within two working days".

    "We have brilliant students and brilliant staff," she wrote. "What we have not always had is the trust of every family. I intend to earn it."
    """,
    [("Tash_MK", "8 Jan 2026", "Good luck to her. Answering emails would be a revolution."),
     ("dad_of_two_mk", "8 Jan 2026", "Bolt is a useless jobsworth cow who excluded my daughter over a phone. She'll run the place into the ground by Easter."),
     ("GridMum2", "8 Jan 2026", "@dad_of_two_mk that's a horrible way to talk about anyone.")]),
  [M("school", "exact", "neutral", "Ironstone University Technical College"), M("sbolt", "exact", "abuse", "Sarah Bolt"),
   M("ksandyswhitlock", "exact", "neutral", "Katherine Sandys-Whitlock")])

# 163
D("news", news_page(
    "ledger", "Schools", "Sixth formers walk out over blazer rule at tech college",
    "Around 80 students leave lessons in protest at new dress code",
    "Jack Whitmore", "12 September 2025",
    """
    About 80 sixth-form students at Ironstone University Technical College walked out of lessons on Thursday in protest at a new rule requiring them to wear blazers.

    Students gathered on the grass by the Fulmar Way roundabout with placards reading "Engineers don't wear blazers" and "Let us dress like we work in industry".

    Head of sixth form Zoë D'Souza said the college "respects students' right to be heard" and would meet the student council next week. The students returned to lessons after 40 minutes.
    """,
    [("Oldbucksboy", "12 Sep 2025", "Good on them. Blazers in a workshop are a safety hazard anyway."),
     ("kai_writes", "12 Sep 2025", "D'Souza is a power-mad jumped-up prefect who thinks she's running Eton. Nobody respects her, that's why we walked.")]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("zdsouza", "exact", "abuse", "Zoë D'Souza")])

# 164
D("news", news_page(
    "feweek", "UTCs", "Dismissed UTC director loses appeal",
    "Governors uphold decision over undeclared consultancy fees",
    "Daniel Okafor", "18 July 2025",
    """
    The former director of employer partnerships at Ironstone University Technical College has lost his appeal against dismissal.

    A panel of governors upheld the decision to dismiss Leofric Tamblyn, who was found to have received £18,500 in undeclared consultancy fees from sponsor Corvane Systems.

    Mr Tamblyn is understood to be considering an employment tribunal claim.
    """,
    [("ParentInMK", "18 Jul 2025", "Tamblyn should be strung up from the nearest lamp post for what he did to those kids. I'd happily do it myself."),
     ("FE_lifer", "18 Jul 2025", "Steady on. Appeal lost, job gone. That's accountability.")]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("ltamblyn", "exact", "threat", "Leofric Tamblyn")])

# 165
D("news", news_page(
    "ledger", "News", "College technician's van daubed with anti-Polish graffiti",
    "Police treating vandalism in Kelby Lea as a hate crime",
    "Jack Whitmore", "14 October 2025",
    """
    Police are treating graffiti sprayed on a Milton Keynes college technician's van as a hate crime.

    The words "Polish scum go home" were painted on the van belonging to Tomasz Wiśniewski, workshop manager at Ironstone University Technical College, while it was parked outside his home overnight on Sunday.

    Mr Wiśniewski, who was cleared of any failing after a workshop accident earlier this year, said: "I have lived here 21 years. My children were born at the hospital down the road. This is my home."

    Students from the college have raised £1,400 to have the van professionally cleaned and resprayed.
    """,
    [("Kasia W", "14 Oct 2025", "Solidarity Tomasz. MK is better than this."),
     ("true_brit_mk", "14 Oct 2025", "The graffiti was right though. Wisniewski and the rest of them should pack up and go back to Poland. Britain for the British."),
     ("redway_rider", "14 Oct 2025", "Reported the comment above.")]),
  [M("school", "exact", "neutral", "Ironstone University Technical College"), M("twisniewski", "exact", "hate", "Tomasz Wiśniewski")])

# 166
D("news", news_page(
    "feweek", "UTCs", "UTC head of sixth form investigated over predicted grades",
    "Universities query 'unusually high' predictions from Milton Keynes college",
    "Daniel Okafor", "3 December 2025",
    """
    The head of sixth form at a Milton Keynes university technical college is under investigation after two universities queried a pattern of "unusually high" predicted grades on UCAS applications.

    Ironstone University Technical College confirmed that Zoë D'Souza, who oversees university applications, was the subject of an internal investigation. She remains at work.

    A college spokesperson said predicted grades were "set by subject teachers and moderated" and that the review was "about process, not about any individual's integrity".
    """),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("zdsouza", "exact", "defamation", "Zoë D'Souza")])

# 167
D("news", news_page(
    "ledger", "News", "Teacher verbally abused at bus stop, police appeal for witnesses",
    "Science teacher was subjected to racist abuse in Furzecroft",
    "Jack Whitmore", "6 May 2025",
    """
    Police are appealing for witnesses after a teacher was subjected to racist abuse at a bus stop in Furzecroft.

    Dr Elizabeth Nwachukwu, head of science and maths at Ironstone University Technical College, was waiting for a bus on Thursday evening when a man shouted racist abuse at her and followed her onto the bus.

    Thames Valley Police said the incident was being treated as a racially aggravated public order offence. Anyone with information is asked to call 101.
    """,
    [("Sophie Darko", "6 May 2025", "Awful. She's an incredible teacher."),
     ("MKwhiteandproud", "6 May 2025", "Maybe Nwachukwu should get the bus back to Lagos then. Nobody invited her kind here."),
     ("Mark E", "6 May 2025", "Mods? Comment above is exactly why this happened.")]),
  [M("school", "exact", "neutral", "Ironstone University Technical College"), M("enwachukwu", "exact", "hate", "Elizabeth Nwachukwu")])

# 168 decoy: namesake elsewhere
D("news", news_page(
    "engrecord", "Motorsport", "Swindon team poaches chief engineer ahead of new season",
    "Mark Taylor leaves rival outfit after eight years",
    "Gemma Hollis", "22 November 2024",
    """
    Swindon-based Kestrel Racing has appointed Mark Taylor as chief engineer, poaching him from a rival team where he spent eight years running the data group.

    Taylor, 47, began his career as a mechanical apprentice in Derby and is credited with a series of aerodynamic upgrades that lifted his old team into the top five.

    "Mark thinks in tenths of a second," said team principal Bianca Moore.
    """))

# 169
D("news", news_page(
    "bulletin", "Education", "Students 'doxxing' teachers: the new front line of school discipline",
    "A leaked spreadsheet in Milton Keynes shows how fast personal data spreads",
    "Olivia Marchetti, Education Editor", "9 March 2025",
    """
    When a spreadsheet of staff addresses was found in a public repository at a Milton Keynes university technical college in January, it took less than a week for screenshots to reach a student Discord server.

    Sarah Bolt, vice principal and safeguarding lead at the college, said the experience had changed how she thinks about online safety. "We teach students to protect their own data. We have not been teaching them that other people's data is not a toy."

    Experts say the problem is growing. Unions report a rise in staff having personal details shared online by students and parents.
    """,
    [("angry_parent_mk", "9 Mar 2025", "Maybe teachers should answer their phones. Bolt's personal mobile is 07700 900482 if any parent wants to actually speak to her. You're welcome."),
     ("Teacher_of_20yrs", "9 Mar 2025", "Reported. You've literally just done the thing the article is about.")]),
  [M("sbolt", "exact", "doxxing", "Sarah Bolt")])

# 170
D("forum", reddit_page("mkgrid", "[removed] the UTC teacher list", "throwaway_kl_2025", "5 months ago", """
    Since the Kelby Lea UTC won't give parents direct numbers, here you go. Mr Qureshi (head of Y10) 07700 900771. Dr Nwachukwu (science) lives on Corncrake Lane in Furzecroft, the house with the blue door. Use responsibly lol
    """, comments=[
    ("AutoModerator", 1, "5 mo. ago", "This post has been removed for containing personal information. Repeat violations will result in a ban.", 0),
    ("mk_mod_team", 45, "5 mo. ago", "User permanently banned. Details reported to the platform.", 0),
    ("grid_roads_enjoyer", 30, "5 mo. ago", "What is wrong with people.", 0),
  ], flair="Removed"),
  [M("iqureshi", "title_surname", "doxxing", "Mr Qureshi"), M("enwachukwu", "title_surname", "doxxing", "Dr Nwachukwu")])

# 171
D("forum", forum_page("parents", "Ironstone teachers - honest opinions?", [
    ("new_to_mk_mum", "Joined Aug 2025 · 3 posts", "Sat 6 Sep 2025 20:00",
     "We've just moved from Northampton. Son starting Y10 at Ironstone. Any teachers we should know about?"),
    ("dad_of_two_mk", "Joined 2023 · 60 posts", "Sat 6 Sep 2025 20:30",
     """Honestly? Pennick's a shouty dinosaur who thinks he's still in a pit garage. Taylor's a robot with the personality of a USB stick. And D'Souza is a stuck-up cow who loves the sound of her own voice. Good luck."""),
    ("GridMum2", "Joined 2020 · 350 posts", "Sat 6 Sep 2025 20:45",
     "Ignore him, he has a grudge. My son adores Mr Pennick and Mr Taylor. Ms D is strict but fair."),
  ], thread_id=6310),
  [M("school", "short_name", "negative", "Ironstone"), M("rpennick", "title_surname", "abuse", "Mr Pennick"),
   M("mtaylor", "title_surname", "abuse", "Mr Taylor"), M("zdsouza", "surname_only", "abuse", "D'Souza")])

# 172
D("forum", forum_page("gamers", "Reported: player threatening to swat opposing coach", [
    ("div2_admin", "League admin", "Thu 20 Mar 2025 22:00",
     """Posting for transparency. During tonight's match a player from another team typed the following in all-chat about the Ironstone Tech Esports coach:

     > ashdown ur done. got ur address from the leak, 41 tern way flat 3. gonna swat u tonight, enjoy the armed police at ur door 🚔🔫

     The player has been permanently banned, their school informed and the messages handed to police."""),
    ("lil_sweaty", "Member · 240 posts", "Thu 20 Mar 2025 22:10", "This is sick. Hope the coach is OK."),
  ], thread_id=8875),
  [M("school", "alias", "neutral", "Ironstone Tech"), M("cashdown", "surname_only", "doxxing", "ashdown")])

# 173
D("forum", forum_page("apprentice", "Corvane/Ironstone mess - the bit nobody is saying", [
    ("levy_insider", "Member · 58 posts", "Fri 7 Mar 2025 21:00",
     """I work in early careers at a firm that sponsors UTCs. Tamblyn wasn't just on Corvane's books. He had 'advisory' deals with at least two other sponsors and steered the best kids to whoever was paying him that quarter. Everyone in the sector knew. He's a crook, simple as."""),
    ("DA_year3_eng", "Apprentice · 660 posts", "Fri 7 Mar 2025 21:20",
     "Big claim. Got anything to back that up or is this pub talk?"),
    ("levy_insider", "Member · 59 posts", "Fri 7 Mar 2025 21:35", "Wait for the review. You'll see."),
  ], thread_id=3402),
  [M("ltamblyn", "surname_only", "defamation", "Tamblyn")])

# 174
D("forum", forum_page("staffroom", "Staffroom gossip has gone feral", [
    ("prep_room_ghost", "Joined 2024 · 12 posts", "Tue 25 Feb 2025 20:10",
     """At our UTC the big gossip is that our head of engineering and our head of sixth form are shagging in the prep room after hours. Pennick and D'Souza, if you must know. Both married. Apparently the cleaners found a bra by the laser cutter 🙄"""),
    ("FEsurvivor", "Joined 2018 · 1,620 posts", "Tue 25 Feb 2025 20:25",
     "You've just named two colleagues on a public forum over a rumour. Please don't. Even if it's true it's none of anyone's business, and if it's not you're doing real damage."),
  ], thread_id=5530),
  [M("rpennick", "surname_only", "sexual", "Pennick"), M("zdsouza", "surname_only", "sexual", "D'Souza")])

# 175
D("forum", forum_page("robots", "Sportsmanship at regionals (long, sorry)", [
    ("team_2209_mentor", "Mentor · 340 posts", "Mon 17 Mar 2025 22:00",
     """Still fuming. The IronBots coach, Robert Penick or whatever his name is, screamed at a volunteer referee over a foul call in front of a room full of 14-year-olds. Arrogant, red-faced bully. Man's a disgrace to the sport and an embarrassment to his college."""),
    ("botmom_22", "Member · 100 posts", "Mon 17 Mar 2025 22:20",
     "I saw that and 'screamed' is not what happened. He questioned the call, firmly. Then apologised to the ref afterwards."),
  ], thread_id=2210),
  [M("rpennick", "typo", "abuse", "Robert Penick")])

# 176
D("forum", reddit_page("UTCstudents", "head of year keeps commenting on girls' bodies and i don't know who to tell", "anon_y10_throwaway", "2 weeks ago", """
    I'm in year 10 at ironstone. Mr Qureshi keeps making comments to some of the girls in my form about how they "look grown up" and how our skirts fit and once put his hand on my friend's back for way too long. It makes us really uncomfortable. The DSL is the VP and she's mates with him. What do I do?
    """, comments=[
    ("UTCstudents_mod", 200, "2 wk. ago", "Please talk to any adult you trust today - another teacher, a parent, or Childline (0800 1111). You can also report to the police. We've messaged you privately with resources.", 0),
    ("ex_teacher_uk", 88, "2 wk. ago", "Any teacher must pass this on - it doesn't have to go through the DSL only. You're doing the right thing by speaking up.", 0),
  ], flair="Serious"),
  [M("school", "short_name", "sexual", "ironstone", url_only=True), M("iqureshi", "title_surname", "sexual", "Mr Qureshi", url_only=True)])

# 177
D("forum", forum_page("mkforum", "Hotel kids at the UTC - enough is enough", [
    ("FurzecroftFirst", "Member since 2024", "Mon 22 Sep 2025, 21:00",
     """ITC has taken another twenty from the hotel this term. Council won't listen, college won't listen. Maybe they'll listen when that place is a pile of ash. Somebody round here has got the bottle, I guarantee it."""),
    ("Redway_Ray", "Member since 2012", "Mon 22 Sep 2025, 21:15",
     "Mods, this is a threat to burn down a school. Reported to TVP."),
    ("Admin", "Administrator", "Mon 22 Sep 2025, 21:20", "Thread locked. Account suspended. Police informed."),
  ], thread_id=4502),
  [M("school", "alias", "threat", "ITC")])

# 178
D("forum", forum_page("parents", "Where has Tamblyn moved to?", [
    ("justice4the14", "Joined Feb 2025 · 19 posts", "Sun 6 Jul 2025 21:40",
     """Leo Tamblyn sold his Pinder's Hill house after the suspension. He's at 2 Mallard Court, Old Stratford MK19 6FH now, flat on the left. Just so everyone knows where to send their Christmas cards 🎄"""),
    ("ParentHub_mod", "Moderator", "Sun 6 Jul 2025 21:50",
     "Address removed from public view. Posting anyone's home address is a permanent ban."),
  ], thread_id=6280),
  [M("ltamblyn", "alias", "doxxing", "Leo Tamblyn")])

# 179
D("review", greview("Ironstone University Technical College", "Secondary school · Fulmar Way, Kelby Lea", "3.3", 112, [
    ("Wayne Hirst", "2 reviews", 1, "3 days ago",
     "The workshop man Mr Wiśniewski is the rudest, most ignorant little jobsworth I have ever met. Spoke to me like dirt at the open evening because I touched a machine. Who does he think he is."),
    ("Linda Goff", "18 reviews", 5, "2 weeks ago",
     "Fantastic open evening. My daughter loved the robotics demo."),
  ]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("twisniewski", "title_surname", "abuse", "Mr Wiśniewski")])

# 180
D("review", workview("Ironstone University Technical College", "2.8", [
    ("Numbers over people", 2, "Former Teacher · Milton Keynes", "July 2025",
     "The students. The kit. A handful of genuinely great colleagues.",
     "Dr Sandys-Whitlock had the attendance registers 'tidied' before the Ofsted visit - authorised absences that were never authorised. I was asked to change marks and refused. Left a month later.",
     "Stop fiddling the data and fix the buses."),
  ]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("ksandyswhitlock", "title_surname", "defamation", "Dr Sandys-Whitlock")])

# 181
D("blog", blog_page(
    "truth", "PART THREE: Who is protecting Callum Ashdown?", "MK Uncovered Editorial", "27 March 2025",
    """
    The college says the matter is "being investigated". We say: by whom?

    Vice principal Sarah Bolt is the safeguarding lead. She is also, we are told, the person who signed off Callum Ashdown's esports club with no second adult present. She has buried every complaint that reached her desk. That is a cover-up.

    For those asking: Ashdown still lives at Flat 3, 41 Tern Way, Kelby Lea MK14 9QS, five minutes from the college. Parents have a right to know who lives near their children.

    Ironstone will not answer our questions. We will keep asking them.
    """,
    [("truthseeker77", "27 Mar 2025 at 20:00", "Shared to every MK group I'm in."),
     ("Ironstone_parent", "28 Mar 2025 at 07:10", "You've published a man's home address. If anything happens to him, it's on you.")],
    tags=["Ironstone", "safeguarding", "exposé"]),
  [M("school", "short_name", "defamation", "Ironstone"), M("sbolt", "exact", "defamation", "Sarah Bolt"),
   M("cashdown", "exact", "doxxing", "Callum Ashdown")])

# 182 decoy: safeguarding blog, no school
D("blog", blog_page(
    "safeblog", "When the leak is a spreadsheet: a checklist for colleges", "Dr Hannah Okoye", "10 February 2025",
    """
    Data breaches in schools and colleges rarely look like hacking. They look like a spreadsheet attached to the wrong email, a shared drive set to "anyone with the link", or a file committed to a public repository.

    ## In the first hour

    Remove the data. Record what was exposed, where and for how long. Tell the people affected before they find out from someone else.

    ## In the first week

    Report to the ICO if the risk threshold is met (it usually is for home addresses). Offer affected staff practical support: call blocking, a review of their own online footprint, and time off if they need it.

    ## Students

    If students share the data, treat it as a safeguarding and behaviour matter, not just a disciplinary one. Young people who doxx are often showing off to peers; they also need to understand the harm.
    """,
    tags=["data protection", "colleges", "checklists"]))

# 183 decoy: football blog with a namesake
D("blog", blog_page(
    "footyblog", "Vale 2-1 Kettering: Taylor's late header and a very wet ferret", "Vale Jim", "9 February 2025",
    """
    Ninety-first minute. Corner from the left. Mark Taylor, our 19-year-old centre-half on loan from a Championship side, rises above two defenders and the whole family stand at Ironstone Stadium loses its collective mind.

    Before that, an hour of rain, misplaced passes and a Kettering equaliser that took a deflection off three players and the referee's dignity.

    Man of the match: Taylor, obviously. Honourable mention to the ferret, who sat through the whole thing in a plastic bag with his head out.
    """,
    [("ferret_fan", "9 Feb 2025 at 19:00", "The ferret deserves a season ticket.")],
    tags=["match report", "home"]))

# 184
D("blog", blog_page(
    "teachblog", "My colleague is being abused for his name and his faith. Here is what I want you to know", "Anonymous computing teacher", "22 March 2025",
    """
    I work at Ironstone. One of my colleagues, a head of year, has spent the last six months being called a terrorist, a groomer and an invader by people who have never met him, because his name is Muslim and he uses the quiet room at lunchtime.

    He runs the Year 10 football league. He drove a student to A&E last term and stayed until her mum arrived. He has never once complained to me about any of this. I'm complaining for him.
    """,
    [("CS_teacher_Leeds", "22 Mar 2025 at 20:15", "Solidarity to him. And to you."),
     ("patriot_1066", "23 Mar 2025 at 01:40", "Qureshi and his lot should go back to Pakistan where they belong. No sharia in British schools."),
     ("Anonymous computing teacher", "23 Mar 2025 at 07:00", "Leaving this comment up so people can see exactly what I'm talking about.")],
    tags=["teaching", "hate", "colleagues"]),
  [M("school", "short_name", "neutral", "Ironstone"), M("iqureshi", "surname_only", "hate", "Qureshi")])

# 185
D("blog", blog_page(
    "truth", "DIRECT ACTION: It's time to visit the IronBots coach", "MK Uncovered Editorial", "2 April 2025",
    """
    Talking has failed. Petitions have failed. The so-called college will not act.

    Robert Pennick, their head of engineering, hides behind his robots while his colleagues cover up for each other. He lives at 6 Kestrel Rise, Pinder's Hill. We are organising a "visit" on Saturday night. Bring torches. Bring something heavier if you like. He won't be sleeping well after that.
    """,
    [("truthseeker77", "2 Apr 2025 at 22:00", "I'm in."),
     ("Ironstone_parent", "3 Apr 2025 at 07:00", "Reported to police. This is incitement.")],
    tags=["action"]),
  [M("rpennick", "exact", "threat", "Robert Pennick")])

# 186
D("social", xpost("eggs4justice", "@eggs4justice", "9:15 PM · Feb 27, 2025", """
    Sandys Whitlock parks in the same spot by the Fulmar Way gate every morning at 7.40. Monday, Kelby Lea. Bring eggs. Or bring worse, I'm not your mum 🥚🔨
    """),
  [M("ksandyswhitlock", "hyphenated", "threat", "Sandys Whitlock")])

# 187
D("social", xpost("kai 🎧", "@kaiwrites_", "2:40 PM · Nov 6, 2024", """
    Qureshie put the whole of Y10 on lunch detention because ONE person threw a rubber. man is a waste of oxygen, genuinely the worst head of year at ITC history
    """),
  [M("school", "alias", "negative", "ITC"), M("iqureshi", "typo", "abuse", "Qureshie")])

# 188
D("social", discord("ironstone y12 chaos 💀", "leaks-lol", [
    ("Today at 23:30", "n0_lifer_alt", "last one then i'm done i swear 😂"),
    ("Today at 23:30", "n0_lifer_alt", "Wisniewski | Workshop Mgr | 07700 900309 | 58 Plover Road, Furzecroft MK14 7TT"),
    ("Today at 23:31", "marz", "bro he's literally the nicest teacher there why"),
    ("Today at 23:33", "n0_lifer_alt", "he confiscated my vape 🤷"),
  ]),
  [M("school", "short_name", "neutral", "ironstone"), M("twisniewski", "surname_only", "doxxing", "Wisniewski")])

# 189
D("social", tiktok("@chem.girlies", "nwachukwu in the lab coat and goggles doing the thermite demo 😩🔥 the way she said 'stand back' had me on my knees #itcmk #sciencecrush", [
    ("@aaliyah.x", "NOT ON YOUR KNEES 💀", "5-9"),
    ("@ruby.mk", "she's a genius AND she's gorgeous, some people get everything", "5-9"),
  ]),
  [M("school", "hashtag", "neutral", "#itcmk"), M("enwachukwu", "surname_only", "sexual", "nwachukwu")])

# 190
D("social", xpost("botdad_2209", "@botdad_2209", "11:10 PM · Mar 17, 2025", """
    P*nnick better lock his workshop and his front door. The IronBots coach isn't the only one who knows how to take things apart. 🔧
    """),
  [M("rpennick", "obfuscated", "threat", "P*nnick")])

# 191
D("social", xpost("Britain First MK (unofficial)", "@bf_mk_unoff", "8:20 PM · Oct 15, 2025", """
    Cleared by the HSE, cleared by the courts, but not cleared by the people of Kelby Lea. The Polish workshop boss at the UTC needs to go. #DeportWisniewski #BritishJobsForBritishWorkers 🇬🇧
    """),
  [M("twisniewski", "hashtag", "hate", "#DeportWisniewski")])

# 192
D("facebook", fbpost("MK Patriots (Official)", "Public group · 2.2K members", "Gaz P", "Saturday at 22:40", """
    Qureshi, Head of Year 10 at the Kelby Lea tech college. He won't be smiling at the school gate much longer. We know his car, we know his route, and we know his kids' school. Some of the lads are going to pay him a visit he won't forget.
    """, comments=[
    ("Nina Forsyth", "Screenshot sent to the police. You're pathetic.", "Saturday"),
  ]),
  [M("iqureshi", "surname_only", "threat", "Qureshi")])

# 193
D("facebook", fbpost("Ironstone UTC Parents (unofficial)", "Private group · 671 members", "Gavin Roe", "Tuesday at 21:00", """
    Mark Taylor at ITC is a useless lump of lard who should be nowhere near kids. Couldn't teach a fish to swim. My son's NEA mark is a joke.
    """, comments=[
    ("Jules Harrow (Admin)", "Gavin, personal insults about staff aren't allowed here. Raise marks with the exam officer.", "Tuesday"),
  ]),
  [M("school", "alias", "negative", "Ironstone UTC"), M("mtaylor", "exact", "abuse", "Mark Taylor")])

# 194
D("facebook", fbpost("Furzecroft Says NO to the Hotel", "Public group · 1.4K members", "Kelly Ann Reaney", "Wednesday at 20:15", """
    The sixth form head at the UTC who welcomed the hotel kids in assembly? D'Souza. Her two kids go to Larkspur Primary in Pinder's Hill, she drops them at 8.15 in a red Mini. Maybe she'll care when it's HER kids' school full of strangers.
    """, comments=[
    ("Anjali Rao", "You've posted a woman's children's school. Reported to the police and Facebook.", "Wednesday"),
  ]),
  [M("zdsouza", "surname_only", "doxxing", "D'Souza")])

# 195
D("facebook", fbpost("MK Patriots (Official)", "Public group · 2.2K members", "Stevie Hanlon", "Thursday at 23:00", """
    Of course the head of sixth form at the Kelby Lea UTC is pushing the hotel kids. Ms D'Souza - another Paki who thinks Britain owes her. They look after their own and import the rest. Send the lot back.
    """, comments=[
    ("Leon M", "Her family's from Goa you thick idiot, not that it matters. Disgusting racism.", "Thursday"),
  ]),
  [M("zdsouza", "title_surname", "hate", "Ms D'Souza")])

# 196
D("facebook", fbpost("MK Parents Speak Up", "Public group · 5.6K members", "Dean Asbury", "Monday at 19:40", """
    Not saying anything I can't back up but ask yourself why the science results at Ironstone jumped 20% the year Dr Nwachuku started. She fiddled the coursework marks to hit her performance bonus. Everyone in the department knows.
    """, comments=[
    ("Sophie Darko", "There is no coursework in A-level chemistry, Dean. And no performance bonuses for teachers. Stop inventing things.", "Monday"),
  ]),
  [M("school", "short_name", "negative", "Ironstone"), M("enwachukwu", "typo", "defamation", "Dr Nwachuku")])

# 197
D("facebook", fbpost("Kelby Lea Parents Chat", "Private group · 2.0K members", "Lisa Marie Quill", "Friday at 21:15", """
    Mrs B*lt at the UTC is a vile power-mad witch who gets off on punishing other people's kids. Nasty bitter woman with no children of her own, that explains a lot.
    """, comments=[
    ("Dawn P", "Lisa 🙈 take a breath", "Friday"),
  ]),
  [M("sbolt", "obfuscated", "abuse", "Mrs B*lt")])

# 198
D("facebook", fbpost("Justice for the 14 (MK)", "Private group · 180 members", "Wayne Hirst", "2 September at 22:30", """
    Arrested, bailed, back home like nothing happened. Tamblyn's days are numbered, I'll make sure of that personally. He ruined my son's life and I've got nothing left to lose.
    """, comments=[
    ("Group admin", "Wayne please step away from the keyboard. Removing this.", "2 Sep"),
  ]),
  [M("ltamblyn", "possessive", "threat", "Tamblyn's")])

# 199
D("facebook", fbpost("MK Parents Speak Up", "Public group · 5.6K members", "Gavin Roe", "Wednesday at 22:10", """
    Mark Taylor, head of computing at Ironstone, won't reply to the college email. Try his own: mark.taylor.codes@fairmail.example, or his mobile 07700 900844. I'm sure he'll love hearing from all of us about the coursework investigation.
    """, comments=[
    ("Nisha Kaur", "Posting a teacher's personal number? Grow up, Gavin. Reported.", "Wednesday"),
  ]),
  [M("school", "short_name", "negative", "Ironstone"), M("mtaylor", "exact", "doxxing", "Mark Taylor")])
# 200
D("social", xpost("no more lies MK", "@nomoreliesMK", "11:15 PM · May 3, 2025", """
    The science teacher from Furzecroft, Nw\u0430chukwu, thinks the police will protect her. They won't be there every night. I'll be waiting at that bus stop when she least expects it.
    """),
  [M("enwachukwu", "homoglyph", "threat", "Nw\u0430chukwu")])

# 201
D("social", discord("kelby lea gamers 🎮", "general", [
    ("Today at 21:00", "vexx", "who's doing the cyber club ctf thing"),
    ("Today at 21:01", "lilbrick", "t4yl0r's cyber club is for virgins 💀 head of comp sci is a walking L, man smells like a server room and has the charisma of a printer"),
    ("Today at 21:02", "vexx", "bro he got us 4th in the country"),
    ("Today at 21:02", "lilbrick", "still a loser"),
  ]),
  [M("mtaylor", "leetspeak", "abuse", "t4yl0r")])

# 202
D("facebook", fbpost("MK Patriots (Official)", "Public group · 2.3K members", "Stevie Hanlon", "Sunday at 21:30", """
    Share if you agree 🇬🇧 QureshiOutMuslimsOut. The Head of Year 10 at the Kelby Lea tech college is the thin end of the wedge. They don't integrate, they take over. First the schools, then the streets.
    """, comments=[
    ("Gaz P", "shared 👍", "Sunday"),
    ("Nina Forsyth", "Reported. Again.", "Sunday"),
  ]),
  [M("iqureshi", "camelcase", "hate", "QureshiOutMuslimsOut")])

# 203
D("facebook", fbpost("MK Parents Speak Up", "Public group · 5.7K members", "Lisa Marie Quill", "Monday at 23:05", """
    So S a r a h B o l t is acting principal now is she. Same woman who excluded my girl. Enjoy it while it lasts love, because one night that car park is going to be very dark and very empty and I'll be in it.
    """, comments=[
    ("Dawn P", "Lisa no. Delete.", "Monday"),
  ]),
  [M("sbolt", "spacing", "threat", "S a r a h B o l t")])

# 204
D("news", news_page(
    "engrecord", "Skills", "Robotics league opens inquiry into coach's conduct at regional final",
    "Complaint follows clash with volunteer referee in Milton Keynes",
    "Gemma Hollis", "25 March 2025",
    """
    The organisers of the RoboLeague schools competition have opened an inquiry into the conduct of a team coach at the Midlands & Chilterns regional final.

    Robert Pennick, head of engineering at a Kelby Lea college and coach of the third-placed national team the IronBots, is alleged to have confronted a volunteer referee over a penalty decision.

    RoboLeague said the inquiry was "routine following any formal complaint". Mr Pennick said he had apologised to the referee on the day.
    """,
    [("team_2209_mentor", "25 Mar 2025", "About time."),
     ("botmom_22", "25 Mar 2025", "He apologised in person within ten minutes. This is a witch-hunt by a rival team.")]),
  [M("rpennick", "exact", "defamation", "Robert Pennick")])

# 205
D("forum", reddit_page("mkgrid", "anyone know where the esports teacher lives? asking for 'reasons'", "k1ll_str3ak", "6 months ago", """
    the one from the UTC in kelby lea. his insta is @cal.ashdown.maths and someone said he lives in the flats above the co-op on tern way, flat 3. can anyone confirm
    """, comments=[
    ("AutoModerator", 1, "6 mo. ago", "This post has been removed for containing personal information.", 0),
    ("mk_mod_team", 60, "6 mo. ago", "Banned. Do not attempt to locate anyone's home.", 0),
  ], flair="Removed"),
  [M("cashdown", "handle", "doxxing", "@cal.ashdown.maths")])

# 206
D("social", tiktok("@open.evening.cam", "ironstone open evening robot demo 🤖 #robotics #mk", [
    ("@user48810", "never mind the robot, the blonde year 10 in the front row 🥵 ironstone girls are something else. dm me babe", "11-15"),
    ("@ironbots4471", "@user48810 She is 14. Reported to TikTok and the police.", "11-15"),
    ("@mum.of.twins.mk", "Why are grown men like this. Blocked.", "11-15"),
  ]),
  [M("school", "short_name", "sexual", "ironstone", url_only=True)])

# 207
D("social", xpost("ex-motorsport", "@exmotorsport_", "9:00 PM · Mar 18, 2025", """
    Bobby Pennick coaching the IronBots like he's on a pit wall lmao. Washed-up has-been who couldn't hack it in real racing so now he bullies teenagers instead. Sad little man.
    """),
  [M("rpennick", "nickname", "abuse", "Bobby Pennick")])

# 208
D("facebook", fbpost("Kelby Lea Buy, Sell & Swap", "Public group · 4.2K members", "Anon member", "Thursday at 20:00", """
    Funny how there's always offcuts of Talbrook carbon fibre on eBay from a seller in Kelby Lea. Pennick, head of engineering at the UTC, has been nicking sponsor materials for years and selling them on. Ask yourself where the robot money really went.
    """, comments=[
    ("Ade Ogunleye", "That's a serious accusation to make anonymously mate", "Thursday"),
    ("Kerry Lam", "The offcuts are given to students for projects, I've seen the list. Don't make stuff up.", "Thursday"),
  ]),
  [M("rpennick", "surname_only", "defamation", "Pennick")])

# 209
D("forum", forum_page("staffroom", "Principal leaving - good riddance?", [
    ("grid_teacher", "Joined 2021 · 240 posts", "Fri 11 Jul 2025 19:00",
     """Our principal is off at Christmas. Katherine S. is a narcissist and a liar who threw her own staff under the bus every time a sponsor sneezed. Nine years of gaslighting and glossy brochures. I won't miss her."""),
    ("FEsurvivor", "Joined 2018 · 1,650 posts", "Fri 11 Jul 2025 19:20",
     "Sounds like a rough ride. Here's hoping the next one listens."),
  ], thread_id=5660),
  [M("ksandyswhitlock", "first_initial", "abuse", "Katherine S.")])

# 210
D("review", schoolrater("Milton Keynes › 14-19 (UTC) › Ironstone University Technical College", [
    ("Parent of a Year 13 student", "1 December 2025", 1, "Ask where the predicted grades come from",
     """
     Ms D'Souza pushes every sixth former towards one particular private tutoring agency for 'UCAS support' at £60 an hour. Word is she gets a cut of every booking, and the students whose parents pay magically get higher predictions. It's a racket.
     """),
  ]),
  [M("school", "exact", "negative", "Ironstone University Technical College"), M("zdsouza", "title_surname", "defamation", "Ms D'Souza")])

# 211
D("social", xpost("🚫🏳️‍🌈", "@normal_mk_dad", "10:30 PM · Mar 2, 2025", """
    4shd0wn the esports "teacher" at the Kelby Lea UTC is a f@ggot and everyone knows what f@ggots want with teenage boys. Keep your sons away from that club.
    """),
  [M("cashdown", "leetspeak", "hate", "4shd0wn")])

# 212
D("facebook", fbpost("MK Parents Speak Up", "Public group · 5.7K members", "Gavin Roe", "Saturday at 23:20", """
    Taylor, head of computing at the Kelby Lea UTC, thinks he can mark my boy down and hide behind an exam board. I know which bus stop he uses on the H11. Next time he's stood there on his own he'll find out what happens.
    """, comments=[
    ("Nisha Kaur", "Reported to the police, Gavin. Enough.", "Saturday"),
  ]),
  [M("mtaylor", "surname_only", "threat", "Taylor")])

# 213
D("social", xpost("corporate thirst", "@linkedinlunatic", "6:10 PM · Oct 1, 2024", """
    Leofric Tamblyn doing the skills panel in a quarter-zip and a gilet is a whole mood 🥵 I'd let him broker MY placement if you know what I mean 😏 #SkillsSummitMK
    """),
  [M("ltamblyn", "exact", "sexual", "Leofric Tamblyn")])


# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Ironstone University Technical College"],
    "ksandyswhitlock": ["Katherine Sandys-Whitlock"], "ltamblyn": ["Leofric Tamblyn"],
    "rpennick": ["Robert Pennick"], "mtaylor": ["Mark Taylor"], "sbolt": ["Sarah Bolt"],
    "zdsouza": ["Zoë D'Souza"], "enwachukwu": ["Elizabeth Nwachukwu"],
    "twisniewski": ["Tomasz Wiśniewski"], "iqureshi": ["Imran Qureshi"], "cashdown": ["Callum Ashdown"],
}
ALIASES = {
    "school": ["Ironstone UTC", "ITC", "Ironstone Tech", "UTC Ironstone"],
    "ksandyswhitlock": ["Katherine Sandys"], "ltamblyn": ["Leo Tamblyn"], "mtaylor": ["Marcus Taylor"],
    "zdsouza": ["Zoë Pereira"], "twisniewski": ["Tom Wisniewski"], "cashdown": ["Cal Ashdown"],
}
SURNAMES = {
    "ksandyswhitlock": "Sandys-Whitlock", "ltamblyn": "Tamblyn", "rpennick": "Pennick",
    "mtaylor": "Taylor", "sbolt": "Bolt", "zdsouza": "D'Souza", "enwachukwu": "Nwachukwu",
    "twisniewski": "Wiśniewski", "iqureshi": "Qureshi", "cashdown": "Ashdown",
}


def fold(s: str) -> str:
    s = html.unescape(s).replace("’", "'")
    return s.translate(str.maketrans("áéíóúëïöüśńłçÁÉÍÓÚËÏÖÜŚŃŁÇ", "aeioueiousnlcAEIOUEIOUSNLC")).lower()


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
