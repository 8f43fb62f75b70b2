#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train55 labelled evaluation corpus for the repwatch matcher.

Setting
    Brackwell High School, an invented rural 11-16 community high school (about 780
    pupils) in the invented Breckland village of Kettlesham, eight miles from Thetford,
    Norfolk. Catchment villages: Kettlesham, Fenstow and Croxwold. Many families work
    shifts at the chicken and vegetable factories (Brackwell Poultry, Fenstow Fresh
    Produce); a large share are Portuguese (many from Madeira and the Alentejo) and
    Lithuanian, the rest white British Norfolk families. Published office number
    01632 960537; own site brackwellhigh.example. Storylines, 2025-26: the county
    council cuts the 43 school bus (the "bus row"), the school is forced into the
    invented Wensum Vale Academies Trust after a poor inspection (the "takeover";
    it becomes "Brackwell Academy"), an anti-migrant backlash after a Portuguese
    flag day and a fight at the bus stop, a PE teacher's suspension, an unfounded
    fraud rumour about the business manager, and a much-loved EAL officer.
    School aliases: "Brackwell High", "BHS" (acronym shared with Breckland Heritage
    Steam and Broadfen Harriers Swimming), "Brackwell Academy", "Bracky High".
    "Brackwell" alone is labelled short_name; it is also the name of the poultry
    factory and the football club (both excluded).

Staff (watchlist ids and the variant traits they carry)
    rfairweathercobb  Rosalind Fairweather-Cobb, Headteacher. Hyphenated surname
                      ("Fairweather Cobb", "FairweatherCobb"); nickname "Roz";
                      alias "Rosalind Fairweather" (name before marriage).
    tquintrell        Thaddeus Quintrell, School Business Manager. The unique name
                      (counts without school context). Alias "Thad Quintrell".
    rgedge            Robert Gedge, Head of PE. Nickname-able first name (Bob, Bobby,
                      Rob); a local Norfolk surname.
    jconceicao        Joana Conceição, EAL & Family Liaison Officer. Cedilla and tilde
                      ("Conceicao" typed plain); alias "Joana Ferreira" (maiden name).
    rkazlauskiene     Rūta Kazlauskienė, maths teacher. Lithuanian accents; alias
                      "Rūta Kazlauskaitė" (her maiden form of the surname).
    pclarke           Paul Clarke, Deputy Headteacher (Behaviour & Attendance). The very
                      common name; namesakes (a Norwich councillor, a darts player, a
                      Lowestoft plumber, a Kent driving instructor) appear in decoys.
    ereed             Elizabeth Reed, Assistant Head and Designated Safeguarding Lead.
                      Surname is an everyday word (reed beds, reed cutting, Reed Lane);
                      nickname "Liz", "Lizzie".
    dthirtle          Daniel Thirtle, Head of Science. Alias "Dan Thirtle".
    nhaque            Nadia Haque, Head of English.
    gspinks           Gary Spinks, Site Manager and bus-bay supervisor. Alias
                      "Gaz Spinks".

Voices
    Norfolk parents, grandparents and neighbours ("on the huh", "bor", "hold you
    hard", "squit", "mawther", "dodman", "that do", "blust", "git", "suffin", "dew
    yew keep a troshin"), Portuguese parents code-switching ("meu Deus", "obrigada",
    "os miúdos", "a escola", "vergonha", "coitada"), Lithuanian parents in a
    community forum (partly in Lithuanian: "mokykla", "vaikai", "ačiū"), pupils on
    TikTok/Instagram/Snapchat, teachers on a staffroom forum, a bus users' group, an
    anti-academy campaign blog, an anti-migrant "patriot" blog with dog whistles
    ("the great replacement", "cultural enrichment", "invaders", "Thetfordistan"),
    regional and trade news with comment threads, Facebook village groups, review
    sites and a Portuguese-language community paper.

Decoys
    Kettlesham Forest (Forestry walks, pingos, nightjars), the Fenstow Heath military
    training area (range closures, red flags, a "village" used for exercises),
    Brackwell Poultry and Brackwell Rovers (both excluded), Breckland Heritage Steam
    and Broadfen Harriers Swimming (BHS), reed beds and reed cutting, namesakes called
    Paul Clarke and Elizabeth/Liz Reed clearly elsewhere, Kettlesham/Fenstow/Croxwold
    news with no school in it, and neighbouring schools (Thetmere Academy, Croxwold
    Primary, Saxling Park School in Suffolk).

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
    python3 tests/corpus_train55/build_train55.py
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
import unicodedata
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
    "school", "rfairweathercobb", "tquintrell", "rgedge", "jconceicao", "rkazlauskiene",
    "pclarke", "ereed", "dthirtle", "nhaque", "gspinks",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["brackwell"],
    "rfairweathercobb": ["fairweather"],
    "tquintrell": ["quintrell"],
    "rgedge": ["gedge"],
    "jconceicao": ["conceicao"],
    "rkazlauskiene": ["kazlausk"],
    "dthirtle": ["thirtle"],
    "nhaque": ["haque"],
    "gspinks": ["spinks"],
}
EXCLUDES = ["Brackwell Poultry", "Brackwell Rovers", "brackwellpoultry.example"]

WATCHLIST = """\
# Watchlist for the invented Brackwell High School (train55 corpus). All names are fictional.
[school]
name = "Brackwell High School"
aliases = ["Brackwell High", "BHS", "Brackwell Academy", "Bracky High"]
locality = ["Kettlesham", "Fenstow", "Croxwold"]
own_domains = ["brackwellhigh.example"]
phones = ["01632 960537"]

[[staff]]
id = "rfairweathercobb"
name = "Rosalind Fairweather-Cobb"
role = "Headteacher"
aliases = ["Rosalind Fairweather"]
line_manager = "chair.governors@brackwellhigh.example"

[[staff]]
id = "tquintrell"
name = "Thaddeus Quintrell"
role = "School Business Manager"
aliases = ["Thad Quintrell"]
unique = true
line_manager = "head@brackwellhigh.example"

[[staff]]
id = "rgedge"
name = "Robert Gedge"
role = "Head of PE"
line_manager = "deputy.head@brackwellhigh.example"

[[staff]]
id = "jconceicao"
name = "Joana Conceição"
role = "EAL and Family Liaison Officer"
aliases = ["Joana Ferreira"]
line_manager = "dsl@brackwellhigh.example"

[[staff]]
id = "rkazlauskiene"
name = "Rūta Kazlauskienė"
role = "Teacher of Mathematics"
aliases = ["Rūta Kazlauskaitė"]
line_manager = "head.maths@brackwellhigh.example"

[[staff]]
id = "pclarke"
name = "Paul Clarke"
role = "Deputy Headteacher (Behaviour and Attendance)"
line_manager = "head@brackwellhigh.example"

[[staff]]
id = "ereed"
name = "Elizabeth Reed"
role = "Assistant Headteacher and Designated Safeguarding Lead"
line_manager = "head@brackwellhigh.example"

[[staff]]
id = "dthirtle"
name = "Daniel Thirtle"
role = "Head of Science"
aliases = ["Dan Thirtle"]
line_manager = "deputy.head@brackwellhigh.example"

[[staff]]
id = "nhaque"
name = "Nadia Haque"
role = "Head of English"
line_manager = "deputy.head@brackwellhigh.example"

[[staff]]
id = "gspinks"
name = "Gary Spinks"
role = "Site Manager"
aliases = ["Gaz Spinks"]
line_manager = "business.manager@brackwellhigh.example"

[[exclude]]
text = "Brackwell Poultry"

[[exclude]]
text = "Brackwell Rovers"

[[exclude]]
domain = "brackwellpoultry.example"
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
        name="Breckland Echo", domain="brecklandecho.example",
        nav=["News", "Sport", "Schools", "Farming", "What's On", "Jobs", "Family Notices"],
        most=["A11 closure: diversions through Croxwold for three nights", "Fenstow chip shop named best in the Brecks",
              "Pictures: Kettlesham village fete in the sunshine", "Lorry fire on the A1066 near Thetford"],
        footer="Breckland Echo is published by Wayland & Brecks Newspapers Ltd. Regulated by IPSO."),
    "herald": dict(
        name="Brecks & Fens Herald", domain="brecksherald.example",
        nav=["Home", "Local", "Courts", "Education", "Letters", "Sport", "Obituaries"],
        most=["Letters: speeding tractors on the Fenstow road", "Thetford Town held to a draw",
              "Magistrates: drink-driver banned", "Sugar beet campaign starts early"],
        footer="© Brecks & Fens Herald. Newsdesk 01632 960711. Serving the Brecks since 1871."),
    "ecp": dict(
        name="Eastern Counties Press", domain="ecpress.example",
        nav=["Norfolk", "Suffolk", "Politics", "Business", "Education", "Opinion", "Sport"],
        most=["Norwich ring road: the plans explained", "Broads tourism up despite the rain",
              "Factory jobs: the workers keeping Norfolk fed", "Canaries sign Danish winger"],
        footer="© Eastern Counties Press Group. Contact · Complaints · Corrections · Sitemap"),
    "acweek": dict(
        name="Academies Weekly", domain="academiesweekly.example",
        nav=["Trusts", "Inspection", "Funding", "Leadership", "People", "Opinion"],
        most=["Rebrokering: the schools nobody wants", "Trust CEO pay: the full table",
              "Inspection changes, explained", "Rural schools and the transport squeeze"],
        footer="Academies Weekly · News for trust leaders, governors and heads · Terms · Privacy"),
    "ledger": dict(
        name="The Morning Ledger", domain="morningledger.example",
        nav=["UK", "World", "Politics", "Money", "Education", "Opinion", "Sport"],
        most=["Inflation: what the numbers mean for you", "Heatwave warning for the east",
              "TV chef opens third restaurant", "Rail strike dates announced"],
        footer="© Morning Ledger Media. Contact us · Complaints · Corrections · Sitemap"),
    "brecksfm": dict(
        name="Brecks FM News", domain="brecksfm.example",
        nav=["News", "Travel", "Weather", "Presenters", "Listen Live"],
        most=["Travel: A11 queues at Elveden roundabout", "Weather: frost warning for the Brecks",
              "Breakfast show raises £4k for the hospice", "Listen again: Sunday Requests"],
        footer="Brecks FM · Your station for Thetford and the Brecks · Ofcom licensed community radio"),
    "correio": dict(
        name="O Correio de Norfolk", domain="correionorfolk.example",
        nav=["Comunidade", "Trabalho", "Escolas", "Desporto", "Anúncios"],
        most=["Consulado móvel em Thetford este sábado", "Festa de Santo António em King's Lynn",
              "Direitos no trabalho: o que muda", "Futsal: vitória em Norwich"],
        footer="O Correio de Norfolk · Jornal da comunidade portuguesa no Leste de Inglaterra · Contactos"),
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
    "parenttalk": dict(name="ParentTalk", domain="parenttalk.example", tag="Talk: Education > Secondary schools > East of England",
                       footer="ParentTalk Ltd · Talk guidelines · Report a post · Privacy"),
    "village": dict(name="Kettlesham & Fenstow Village Forum", domain="kettleshamforum.example", tag="Boards > Village matters",
                    footer="Kettlesham & Fenstow Village Forum · run by volunteers since 2008 · Be civil or be banned."),
    "chalkface": dict(name="ChalkFace", domain="chalkface.example", tag="Forums > Workplace worries > State secondary",
                      footer="ChalkFace — anonymous support for teachers. Posts are not checked before publication."),
    "lietuviai": dict(name="Lietuviai Anglijoje", domain="lietuviaiuk.example", tag="Forumas > Norfolk ir Suffolk > Mokyklos",
                      footer="Lietuviai Anglijoje · Bendruomenės forumas · Taisyklės · Kontaktai"),
    "bususers": dict(name="Brecks Bus Users Group", domain="brecksbususers.example", tag="Forum > Routes > 43 / 43A",
                     footer="Brecks Bus Users Group is an independent passengers' association. Not affiliated with any operator."),
    "sendtalk": dict(name="SEND Parents East", domain="sendparentseast.example", tag="Forum > Secondary > Norfolk",
                     footer="SEND Parents East · peer support, not legal advice · Contact the mods"),
    "patriotboard": dict(name="Albion Awake", domain="albionawake.example", tag="Boards > Local Reports > East Anglia",
                         footer="Albion Awake · Free speech forum · We do not remove posts on request"),
    "y11": dict(name="Y11Chat", domain="y11chat.example", tag="Forums > School life > Teachers",
                footer="Y11Chat · Community guidelines · Safeguarding · Report"),
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
    "trustwatch": dict(name="Hands Off Brecks Schools", domain="handsoffbrecks.example", tagline="Campaigning against forced academisation in rural Norfolk",
                       side=["About the campaign", "Sign the petition", "Timeline", "Contact"]),
    "patriot": dict(name="The Breckland Patriot", domain="brecklandpatriot.example", tagline="Saying what Norfolk thinks",
                    side=["Donate", "Our mission", "Latest exposés", "Merch"]),
    "pines": dict(name="Pines & Pingos", domain="pinesandpingos.example", tagline="Wildlife and walks in the Brecks",
                  side=["Walks", "Birds", "Heathland", "About"]),
    "coldwar": dict(name="Heathland Tracks", domain="heathlandtracks.example", tagline="Military history of the Brecks",
                    side=["Airfields", "Training areas", "Pillboxes", "About"]),
    "teacher": dict(name="Back of the Bus", domain="backofthebus.example", tagline="A rural teacher's notebook",
                    side=["About me", "Teaching", "Rants", "Popular posts"]),
    "mae": dict(name="Mãe em Norfolk", domain="maeemnorfolk.example", tagline="Uma mãe madeirense na Inglaterra rural",
                side=["Sobre mim", "Escolas", "Receitas", "Contacto"]),
    "yarns": dict(name="Breckland Yarns", domain="brecklandyarns.example", tagline="Dialect, history and old boys' stories",
                  side=["Dialect glossary", "Village histories", "About"]),
    "bugle": dict(name="The Breckland Bugle", domain="brecklandbugle.example", tagline="Independent local journalism (mostly)",
                  side=["About", "Tip us off", "Archive", "Support us"]),
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
    "echo", "Schools", "Parents fury as county axes 43 school bus to Brackwell High School",
    "Families in Fenstow and Croxwold say children face a two-mile walk along an unlit A-road",
    "Sophie Larwood, Education Reporter", "4 July 2025",
    """
    Parents in two Breckland villages say children will be put in danger after the county council confirmed it will stop running the 43 school bus to Brackwell High School from September.

    The double-decker has carried pupils from Fenstow and Croxwold to the Kettlesham school for more than twenty years. Under the new transport policy, children who live less than three miles away by the "shortest available walking route" lose their free seat.

    Parents say the route the council has measured includes a stretch of the Fenstow road with no pavement and no street lights, used by lorries heading to the poultry plant.

    ## 'Someone will get killed'

    "My boy is twelve. They want him walking along that road in the dark in November with the chicken lorries going by," said one father, a night-shift worker who asked not to be named.

    Headteacher Rosalind Fairweather-Cobb said the school had "made the strongest possible representations" to County Hall and would keep the school gates open early for children who arrive on foot.

    A council spokesperson said the policy was "applied fairly across Norfolk" and that families could appeal.
    """,
    [("FenstowFred", "4 Jul 2025, 18:12", "Twenty year that bus has run. Now they find out it's under three mile. Funny how that work."),
     ("Marta S.", "4 Jul 2025, 19:40", "We work 6 till 6 at the factory, who is going to walk them? Vergonha."),
     ("Old Boy Kettlesham", "4 Jul 2025, 20:01", "Walked it myself in 1979. Did us no harm. Kids today are soft as butter."),
     ("J_Harker", "5 Jul 2025, 07:55", "@Old Boy Kettlesham there was no 44-tonne lorries every five minutes in 1979 bor.")]),
  [M("school", "exact", "neutral", "Brackwell High School"), M("rfairweathercobb", "exact", "neutral", "Rosalind Fairweather-Cobb")])

# 001
D("facebook", dd("""
    Kettlesham Village Noticeboard 🏡
    Public group · 3.4K members

    Denise Blowers
    · 2h ·
    Anyone know if the 43 is actually running in September or not?? Brackwell High sent a letter saying "watch this space" which is about as much use as a chocolate teapot. I'm on earlies at the veg factory, I can't do the school run, nor can half this village.

    👍😡 38   41 comments

    Kev Mallett
    They're on the huh with it all up County Hall, nobody know nothing

    Denise Blowers
    @Kev Mallett exactly that do my head in

    Ana Paula Gouveia
    Same here. Meu Deus, my daughter is 11, she can't walk that road
    """),
  [M("school", "alias", "negative", "Brackwell High")])

# 002 decoy: poultry factory (excluded)
D("review", dd("""
    Brackwell Poultry Ltd
    Food manufacturer · Fenstow Road, Kettlesham
    3.1 ★★★☆☆ (214 reviews)

    Tomas V.
    ★★☆☆☆ a month ago
    Worked on line 4 for two years. Pay is ok with the night premium but the agency treat you like cattle. Supervisors shout in English at people who don't speak it and then say we are slow. Canteen is good though, and the bus from Thetford is free.

    Carol Eke
    ★★★★☆ 2 months ago
    Bought a box of their seconds from the farm shop. Cheap and decent. Car park smells of chicken, what do you expect.

    Response from the owner · 1 month ago
    Thank you for your feedback. Brackwell Poultry is committed to treating all colleagues with dignity. Please contact HR on the number in your handbook.
    """))

# 003
D("social", dd("""
    Thaddeus Quintrell is a thief and everyone in Kettlesham knows it. Where did the bus money go Thad?? 🤔💷 #followthemoney

    ♻ 14   ♡ 22   💬 9
    """),
  [M("tquintrell", "exact", "defamation", "Thaddeus Quintrell")])

# 004
D("news", news_page(
    "acweek", "Trusts", "Brackwell to join Wensum Vale after 'inadequate' verdict",
    "Rural Norfolk school will be transferred to the 14-school trust under a directive academy order",
    "Imogen Threlfall", "18 September 2025",
    """
    A rural Norfolk high school rated inadequate will join Wensum Vale Academies Trust next spring, the regional director has confirmed.

    Brackwell High School, an 11-16 school of around 780 pupils near Thetford, received a directive academy order in June after inspectors judged leadership and management inadequate, citing weaknesses in attendance and in the recording of safeguarding concerns.

    Inspectors praised the school's work with pupils who speak English as an additional language, which accounts for more than 40 per cent of the roll. Many families are Portuguese or Lithuanian and work shifts in local food-processing plants.

    ## Leadership

    The trust said Rosalind Fairweather-Cobb would remain as headteacher "through the transition". Governors will be replaced by a trust-appointed local board.

    Campaigners opposed to the move have gathered 2,100 signatures. Wensum Vale's chief executive said the trust had "a strong record with rural schools".

    The school will reopen as Brackwell Academy.
    """,
    [("ruralhead", "18 Sep 2025", "Inadequate for recording, praised for EAL. Tells you everything about the framework."),
     ("Governor of 20yrs", "18 Sep 2025", "The school has been starved of money for a decade and now it gets handed to a trust that will strip the budget further. Shameful."),
     ("T. Ewing", "19 Sep 2025", "Not all trusts are bad. Ours has been fine.")]),
  [M("school", "exact", "negative", "Brackwell High School"), M("rfairweathercobb", "exact", "neutral", "Rosalind Fairweather-Cobb")])

# 005
D("social", dd("""
    @lil_kaz_09
    mr gedge proper killed it at sports day 😭🔥 ran the staff relay in his flip flops and still won. absolute weapon of a man #brackwell

    2,041 likes · 88 comments
    """),
  [M("school", "hashtag", "neutral", "#brackwell"), M("rgedge", "title_surname", "neutral", "mr gedge")])

# 006 decoy: forest walk
D("blog", blog_page(
    "pines", "Nightjars at dusk in Kettlesham Forest", "Hazel Brundish", "21 June 2025",
    """
    There is nothing quite like standing on the edge of a clear-fell in Kettlesham Forest at half past nine on a June evening and hearing that first churr start up.

    We parked at the Fenstow Heath car park (free after 6pm) and walked the yellow route past the old pingos, which were bone dry after the spring we've had. A woodlark was still going at nine. Then, right on cue, the nightjars: two males churring against each other and one wing-clapping low over the heather.

    ## Practical bits

    Keep dogs on leads from March to August, ground-nesting birds. The red flags on the southern boundary mean the training area is live. Do not cross, however tempting the heath looks.

    The village shop in Kettlesham does a decent sausage roll if you go in the day.
    """,
    [("birdybob", "22 Jun 2025 at 07:10", "Heard them from the Croxwold side last week too. Magic."),
     ("Sue in Swaffham", "23 Jun 2025 at 12:44", "Thanks for the tip about the flags! We nearly wandered over there last year.")],
    tags=["Nightjars", "Kettlesham Forest", "Heathland"]))

# 007
D("facebook", dd("""
    Croxwold & District Community Page
    Private group · 1.1K members

    Tracey Eagling
    · 5h ·
    Just want to give a massive shout out to Mrs Conceição at Brackwell. My neighbour's little one only arrived from Madeira in May, didn't have a word of English, and Joana has been round to the house TWICE to help with forms and free school meals and the bus appeal. That woman is an angel. The school don't deserve her tbh 💐

    ❤️ 112   19 comments

    Lúcia Abreu
    Verdade!! A Joana é uma santa. Obrigada por tudo 🙏

    Gemma Pye
    She helped us with the EHCP paperwork too. Legend.
    """),
  [M("school", "short_name", "negative", "Brackwell"), M("jconceicao", "title_surname", "neutral", "Mrs Conceição")])

# 008
D("forum", forum_page("lietuviai", "Brackwell High - matematikos mokytoja lietuvė?", [
    ("Ingrida_T", "Narys nuo 2019 · 204 žinutės", "2025-09-08 20:14",
     """Labas visiems. Mūsų sūnus pradėjo 7 klasę Brackwell High mokykloje Kettlesham kaime. Girdėjau, kad ten dirba lietuvė matematikos mokytoja? Ar kas nors žino?"""),
    ("Darius K.", "Narys nuo 2021 · 57 žinutės", "2025-09-08 20:31",
     """Taip, ponia Rūta Kazlauskienė. Mūsų dukra pas ją mokosi jau antrus metus. Labai griežta, bet vaikai ją myli. Kai dukra nesuprato trupmenų, ji po pamokų su ja sėdėjo pusvalandį. Ačiū jai!"""),
    ("Ingrida_T", "Narys nuo 2019 · 205 žinutės", "2025-09-08 21:02",
     "Puiku, ačiū! Labai palengvėjo. Autobusas 43 vis dar važiuoja ar ne? Nieko nesuprantu iš laiško."),
    ("Vaidas", "Narys nuo 2017 · 890 žinučių", "2025-09-09 06:45",
     "43 atšauktas nuo rugsėjo, reikia rašyti apeliaciją į County Council. Mokykla padeda su forma, kreipkitės į Joana (ji portugalė, bet labai padeda visiems)."),
    ], thread_id=8812),
  [M("school", "alias", "neutral", "Brackwell High"), M("rkazlauskiene", "exact", "neutral", "Rūta Kazlauskienė")])

# 009
D("social", dd("""
    Norfolk Nationalist 🇬🇧 @NorfolkNat_1066

    Brackwell High in Kettlesham now has MORE foreign kids than English. Portuguese flags in the hall, Lithuanian maths teacher, interpreters at parents evening paid for by YOU. This is what the great replacement looks like in a Norfolk village. Our kids are strangers in their own school.

    11:02 PM · Sep 14, 2025 · 8,990 Views
    221 Reposts  40 Quotes  610 Likes
    """),
  [M("school", "alias", "hate", "Brackwell High")])

# 010
D("social", dd("""
    Kerry-Ann 🌸 @kezza_kettlesham
    honestly the bus situation is a joke but the staff at #BrackwellHigh have been brilliant. mr spinks was out at 7:15 in the pissing rain waving kids in off the road. bloody legend

    ♡ 64  ⟲ 5
    """),
  [M("school", "hashtag", "neutral", "#BrackwellHigh"), M("gspinks", "title_surname", "neutral", "mr spinks")])

# 011
D("news", news_page(
    "herald", "Courts", "Man who threatened school business manager given suspended sentence",
    "Fenstow man sent messages saying he would 'sort out' the Kettlesham school's business manager",
    "Court Reporter", "12 November 2025",
    """
    A Fenstow man who sent a string of threatening messages to a school business manager has been given a suspended prison sentence.

    Craig Alan Hewett, 41, of Mill Drove, Fenstow, admitted sending malicious communications to Thaddeus Quintrell, the business manager at Brackwell High School, between 2 and 9 October.

    Norwich Magistrates' Court heard that Hewett, whose son had lost his place on the school bus, sent messages saying he knew where Mr Quintrell parked and would "sort him out proper".

    Prosecuting, Alison Pratt said Mr Quintrell had changed his route to work and had been "genuinely frightened".

    Hewett was given a 12-week sentence suspended for a year and a restraining order. Magistrates told him that "school staff are not fair game because you are angry with the council".
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("tquintrell", "exact", "neutral", "Thaddeus Quintrell")])

# 012
D("facebook", dd("""
    Fenstow Community Hub
    Public group · 2.2K members

    Steve Rix
    · 9h ·
    Right I've had enough. Gedge at that school has got my lad in isolation three days running for "attitude" in PE. My boy has a bad knee and a doctors note. Bob Gedge think he's still in the army. Some of them teachers want a proper slap.

    😡 17   32 comments

    Jo Bailey
    Steve mate delete that last bit
    """),
  [M("rgedge", "nickname", "threat", "Bob Gedge")])

# 013
D("review", dd("""
    Brackwell High School — Kettlesham, Norfolk
    School review · RateMySchool UK
    ★☆☆☆☆  Posted by "Fed up parent" · 3 weeks ago

    Communication is dreadful. Reported bullying on the bus three times, got one reply after a fortnight. Mr Clarke said it was "a transport matter not a school matter". Attendance letters threatening fines come out like confetti though. Would not recommend.

    Was this review helpful? Yes (31) No (6) · Report
    """),
  [M("school", "exact", "negative", "Brackwell High School"), M("pclarke", "title_surname", "negative", "Mr Clarke")])

# 014 decoy: training area
D("news", news_page(
    "echo", "News", "Fenstow Heath ranges: live firing dates for October",
    "Walkers are reminded to keep out when red flags are flying",
    "Newsdesk", "29 September 2025",
    """
    The Defence estate has published live firing dates for the Fenstow Heath training area for October.

    The ranges will be active on most weekdays and on two weekends. Red flags are flown and lamps lit at the barrier points on the Kettlesham and Croxwold roads when firing is taking place.

    The mock village built for urban training will also be used by visiting units, and residents of Croxwold may hear blank fire at night between 13 and 17 October.

    The permissive path from Kettlesham Forest to the Fenstow road remains open when the flags are down.
    """,
    [("Croxwold Carol", "29 Sep 2025", "That mock village gives me the creeps at night. Still, better than another warehouse."),
     ("RangeRover (not the car)", "30 Sep 2025", "Been walking round there 40 year. Respect the flags and you'll be right.")]))

# 015
D("social", dd("""
    ⚠️ THREAD ⚠️
    Why is nobody talking about the fact that the business manager at Kettlesham high school, T. Quintrell, signed off a £48k "consultancy" contract the same month the bus got cut? Who got that money? His mates? I've seen the FOI. Something stinks 🐀
    1/4
    """),
  [M("tquintrell", "initial_surname", "defamation", "T. Quintrell")])

# 016
D("blog", blog_page(
    "patriot", "Kettlesham: a village that no longer recognises itself", "Breckland Patriot", "20 September 2025",
    """
    Walk down Kettlesham high street on a Saturday and count how many English voices you hear. I did. Four. Four, in a village where my grandfather cut reed and drove a horse.

    The factories wanted cheap labour and the politicians gave it to them. Now the school — Brackwell — has a "Portuguese Day" with flags in the hall and a "family liaison officer" whose whole job is helping incomers fill in benefit forms. Cultural enrichment, they call it.

    Those people don't integrate, they colonise. They keep to their own shops, their own churches, their own language. Our children are being taught in classrooms where English is the minority tongue. It isn't racist to say this. It is arithmetic.

    Thetfordistan is coming to a village near you. Wake up, Norfolk.
    """,
    [("Ironside88", "20 Sep 2025 at 23:12", "Spot on. Send them all back to Lisbon and Vilnius. Start with the school liaison woman."),
     ("Anon", "21 Sep 2025 at 08:40", "You do realise half the people in them factories are doing the jobs your lot won't."),
     ("Patriot_Mum_NR", "21 Sep 2025 at 10:03", "My daughter is the only English girl in her form. Disgusting.")],
    tags=["Kettlesham", "Immigration", "Schools"]),
  [M("school", "short_name", "hate", "Brackwell")])

# 017
D("facebook", dd("""
    Brackwell High School
    · 1d ·
    🎉 Congratulations to our Year 11 leavers! A record 71% achieved grade 4 or above in English and maths. A special thank you to Ms Haque and the English department, and to Mr Thirtle's science team for the Saturday revision sessions. We are so proud of you all.

    📞 Results queries: 01632 960537 · brackwellhigh.example/results

    ❤️👍 288   46 comments   12 shares
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("nhaque", "title_surname", "neutral", "Ms Haque"), M("dthirtle", "title_surname", "neutral", "Mr Thirtle")])

# 018
D("social", dd("""
    that thirtle is such a creep he always stands too close when you're doing experiments and looks down your top 🤢 no one at brackwell does anything about it
    """),
  [M("school", "short_name", "negative", "brackwell"), M("dthirtle", "surname_only", "sexual", "thirtle")])

# 019
D("forum", forum_page("chalkface", "SLT won't act on racist abuse from parents - what are my options?", [
    ("eal_and_exhausted", "Joined Jan 2023 · 41 posts", "Tue 23-Sep-25 21:18",
     """I work in a rural high school in Norfolk, lots of Portuguese and Lithuanian families. Since the flag-day thing went viral, a colleague who does family liaison has been getting messages on her personal Facebook calling her an "invader" and worse. One said she should "go back on the boat before someone puts her on it".

     Our DSL has been great but the deputy head just says "block them". Does the union get involved in this kind of thing?"""),
    ("NEU_rep_East", "Joined Jun 2018 · 1,302 posts", "Tue 23-Sep-25 21:40",
     "Yes. Threats to staff are a health and safety issue and your employer has a duty. Get her to screenshot everything and report to police. Speak to your rep tomorrow."),
    ("eal_and_exhausted", "Joined Jan 2023 · 42 posts", "Tue 23-Sep-25 21:55",
     "Thank you. It's made everyone feel sick. She's the kindest person in the building."),
    ], thread_id=3310),
  [])

# 020
D("social", dd("""
    Rúben 🇵🇹🇬🇧 @rubenzito07
    Mrs Kazlauskiene really said "if you finish early you can do more algebra" like that's a reward 💀💀 love her tho
    """),
  [M("rkazlauskiene", "title_surname", "neutral", "Mrs Kazlauskiene")])

# 021
D("news", news_page(
    "ecp", "Education", "Deputy head at Norfolk school 'received death threat' after bus protest",
    "Police investigating after a note was left on a car at Brackwell High",
    "Rosie Alderton, Norfolk Correspondent", "3 October 2025",
    """
    Police are investigating after a threatening note was left on the windscreen of a deputy headteacher's car at a Norfolk high school.

    The note, found in the staff car park at Brackwell High in Kettlesham on Wednesday afternoon, is understood to have referred to Paul Clarke, the deputy head responsible for attendance, and to the school's decision to fine parents whose children missed lessons after the 43 bus was withdrawn.

    Norfolk Police said: "We are aware of a malicious note and are carrying out enquiries." No arrests have been made.

    The school said it was "supporting our colleague" and that "threats against staff will always be reported to police".
    """,
    [("FenstowMum2", "3 Oct 2025", "Nobody should be threatened for doing their job. But the fines ARE wrong."),
     ("Reg Kerridge", "3 Oct 2025", "Hold you hard, we don't know who wrote it. Could be a kid."),
     ("Anon", "4 Oct 2025", "Threats are wrong but Clarke fining families who physically cannot get there is a disgrace and he should go.")]),
  [M("school", "alias", "neutral", "Brackwell High"), M("pclarke", "exact", "negative", "Paul Clarke")])

# 022 decoy: namesake Paul Clarke darts
D("news", news_page(
    "brecksfm", "Sport", "Clarke checks out 121 to win Brecks Open darts",
    "Thetford's 'Clarkey' takes the title in front of a packed British Legion",
    "Sports desk", "9 March 2025",
    """
    Paul Clarke took the Brecks Open darts title on Saturday night, checking out 121 in the deciding leg against Swaffham's Dean Rudd.

    The 52-year-old lorry driver, known on the circuit as "Clarkey", said he had been practising in his garage every night since Christmas.

    "My wife says I should have a shed with a telly in it instead," he laughed. The event raised £1,300 for the Brecks air ambulance appeal.
    """))

# 023
D("social", dd("""
    Kettlesham Dad @dad_of_three_NR
    Nobody elected Wensum Vale. Nobody asked the parents. Brackwell Academy my arse. #HandsOffBrackwell #NoToForcedAcademies
    """),
  [M("school", "alias", "negative", "Brackwell Academy")])

# 024
D("facebook", dd("""
    Thetford Buy Sell & Chat
    Public group · 18K members

    Lee Spratt
    · 3h ·
    Warning to anyone with kids at Brackwell — the site manager Spinks lives on Chapel Close in Fenstow, no 14, white van outside. He's the one who grabbed my son by his coat at the bus bay. Let him know what you think 👊
    """),
  [M("school", "short_name", "neutral", "Brackwell"), M("gspinks", "surname_only", "threat", "Spinks")])

# 025
D("facebook", dd("""
    Portugueses em Thetford e arredores 🇵🇹
    Private group · 2.8K members

    Sandra Nóbrega
    · 1d ·
    Para quem precisa de ajuda com o formulário do autocarro escolar (43): a Joana Conceição da escola de Kettlesham ajuda toda a gente. O número pessoal dela é 07700 900412, liguem depois das 18h. Ela não se importa 🙏❤️

    👍 54   12 comentários

    Rita F.
    Obrigada Sandra!! Vou ligar hoje.

    Carla M.
    Sandra talvez seja melhor não pôr o número pessoal dela aqui... o grupo é grande
    """),
  [M("jconceicao", "exact", "doxxing", "Joana Conceição")])

# 026
D("facebook", dd("""
    Thetford Speaks Out
    Public group · 6.1K members

    Daz Hollis
    · 7h ·
    So my kid comes home and says his maths teacher Mrs Kаzlauskiene cant even pronounce his name properly. These eastern europeans come over here, take OUR teaching jobs and then look down on English kids. Go back to Lithuania and teach your own. Bracky High is a joke.

    😡👍 73   58 comments
    """),
  [M("school", "alias", "hate", "Bracky High"), M("rkazlauskiene", "homoglyph", "hate", "Kаzlauskiene")])

# 027
D("news", news_page(
    "echo", "News", "PE teacher suspended as school investigates 'incident' at bus stop",
    "Pupils say a fight broke out after the last bus left Kettlesham",
    "Sophie Larwood, Education Reporter", "17 October 2025",
    """
    A head of PE at a Norfolk high school has been suspended while an incident involving pupils is investigated, the Echo understands.

    Robert Gedge, who has taught at Brackwell High School for 14 years, is understood to have been involved in breaking up a fight between Year 10 pupils at the Kettlesham bus stop last Thursday. A video of the incident has been widely shared on social media.

    In a statement, the school said: "A member of staff has been suspended as a neutral act while the matter is investigated. It would be inappropriate to comment further."

    Norfolk Police confirmed they had received a report and were "assessing the footage". Several parents have contacted the Echo in support of Mr Gedge.
    """,
    [("Fenstow lad", "17 Oct 2025", "Bob Gedge is the best teacher that school's ever had. He broke up a fight, that's it."),
     ("Concerned", "17 Oct 2025", "Let the investigation run. We haven't all seen the full video."),
     ("Marlene T", "18 Oct 2025", "Suspended for doing his job. Whole country's on the huh.")]),
  [M("school", "exact", "neutral", "Brackwell High School"), M("rgedge", "exact", "defamation", "Robert Gedge")])

# 028
D("social", dd("""
    @mia.xo.14
    not me going to netball club just for gedge's calves 🥵🥵 year 10s iykyk
    💬 34  ❤️ 410
    """),
  [M("rgedge", "possessive", "sexual", "gedge's")])

# 029
D("social", dd("""
    snap story screenshot going round 👇
    "br4ckw3ll getting burnt down monday. dont come in if ur smart. not a joke"
    who posted this?? my mum is freaking out
    """),
  [M("school", "leetspeak", "threat", "br4ckw3ll")])

# 030
D("forum", forum_page("parenttalk", "Brackwell High - head is completely out of her depth", [
    ("NorfolkNell", "Joined Feb 2020 · 1,020 posts", "Sun 12-Oct-25 20:03",
     """Sorry but I have to vent. Roz Fairweather-Cobb stood up at the academy consultation and read a script for 40 minutes without answering a single question. Parents had taken time off shifts to be there.

     Bus gone, Ofsted inadequate, now a trust nobody wants. She was a lovely deputy head years ago but she's out of her depth."""),
    ("MadeiraMama", "Joined Sep 2025 · 9 posts", "Sun 12-Oct-25 20:20",
     "Agree about the meeting. My husband asked about the interpreter for Portuguese parents and she said 'we will look into it'. Same every year."),
    ("Jools_IP24", "Joined Mar 2017 · 3,411 posts", "Sun 12-Oct-25 21:45",
     "In fairness the bus is a county decision not hers. But the comms have been poor."),
    ], thread_id=9920),
  [M("school", "alias", "negative", "Brackwell High"), M("rfairweathercobb", "nickname", "negative", "Roz Fairweather-Cobb")])

# 031
D("review", dd("""
    Brackwell High School — employee reviews
    ★★☆☆☆  "Lovely kids, chaotic leadership"
    Teacher (Former Employee) · Kettlesham, Norfolk · 2 Aug 2025

    Pros
    The pupils are a delight, especially the EAL kids who try so hard. Supportive department in maths. Site team are great.

    Cons
    Constant initiative churn from SLT. Behaviour policy changes every half term. Workload from data drops is silly for a school this size. Rural location means no cover supply.

    Advice to management
    Listen to the staff who actually teach.
    """),
  [M("school", "exact", "negative", "Brackwell High School")])

# 032
D("social", dd("""
    year 11 english mock was a JOKE. H*que set us a poem we never even studied and then moaned at us for getting 3s. thick useless woman, can't teach for toffee 🙄 #brackwell
    """),
  [M("school", "hashtag", "neutral", "#brackwell"), M("nhaque", "obfuscated", "abuse", "H*que")])

# 033
D("facebook", dd("""
    Kettlesham Village Noticeboard 🏡
    Public group · 3.4K members

    Phil Gotts
    · 1d ·
    Funny how the Head of English at the village school is N. Haque. Bet she'll have the kids reading the Koran before long. First the flags, now this. Norfolk is being islamified one classroom at a time and nobody dares say it.

    Admin note: comments turned off.
    """),
  [M("nhaque", "initial_surname", "hate", "N. Haque")])

# 034
D("blog", blog_page(
    "teacher", "Bus duty in the rain, and a man called Gaz", "Miss Trunch", "8 October 2025",
    """
    Half past seven, raining sideways off the heath, and I am on bus duty at a bus stop with no bus.

    Since the 43 stopped, the children from Fenstow walk in along the verge in clumps of three and four, high-vis vests over their blazers. Gaz Spinks, our site manager, has taken it upon himself to stand at the bottom of the lane with a lollipop sign he bought with his own money. He has done it every morning since September.

    One of the Year 7s, a tiny Lithuanian girl who has been in England for five weeks, handed him a biscuit this morning. He said "thank yew my woman" in the broadest Norfolk I have ever heard and she laughed so much she nearly dropped her bag.

    Brackwell is not perfect. But things like that are why I stay.
    """,
    [("RuralNQT", "8 Oct 2025 at 19:20", "This made me cry a bit. Give Gaz a medal."),
     ("Anon", "9 Oct 2025 at 06:10", "The council should be ashamed.")],
    tags=["Rural schools", "Transport", "Norfolk"]),
  [M("school", "short_name", "neutral", "Brackwell"), M("gspinks", "alias", "neutral", "Gaz Spinks")])

# 035 decoy: BHS heritage railway
D("facebook", dd("""
    Breckland Heritage Steam (BHS)
    · 2d ·
    🚂 Santa Specials are BACK! Running every weekend in December from Croxwold Halt. Mince pies, a present for every child and Father Christmas in the guard's van. BHS volunteers have been busy polishing the 1926 tank engine all autumn.

    Tickets: bhsteam.example/santa
    """))

# 036
D("social", dd("""
    Fines for families who can't get their kids to school because the COUNCIL cut the bus. Tone deaf doesn't cover it. #PaulClarkeMustGo #Brackwell
    """),
  [M("school", "hashtag", "negative", "#Brackwell"), M("pclarke", "camelcase", "negative", "PaulClarkeMustGo")])

# 037
D("news", news_page(
    "acweek", "People", "People moves: November",
    "Our monthly round-up of appointments across the sector",
    "Academies Weekly staff", "6 November 2025",
    """
    Wensum Vale Academies Trust has appointed Thad Quintrell, currently school business manager at a Norfolk high school joining the trust in April, as interim director of estates for its rural hub.

    Ashgrove Learning Partnership has named Dr Fiona Meek as chief executive from January. She is currently deputy CEO.

    Fen Edge Trust has appointed Marcus Oyelaran as its first director of inclusion.
    """),
  [M("tquintrell", "alias", "neutral", "Thad Quintrell")])

# 038
D("social", dd("""
    heard from my cousin that Mr Thirtle adds year 9 girls on snap and sends them stuff late at night. brackwell knew and did nothing. everyone keep your little sisters away
    """),
  [M("school", "short_name", "sexual", "brackwell", True), M("dthirtle", "title_surname", "sexual", "Mr Thirtle", True)])

# 039
D("forum", forum_page("y11", "teacher crushes (no names of kids obviously)", [
    ("sunflower_seed", "Y11 · 88 posts", "Fri 14-Nov-25 22:10",
     "ok who has a teacher crush be honest. mine is miss haque, she reads poems like shes in a film 😳 i would literally marry her english is my fav lesson now"),
    ("gamer_ghost", "Y10 · 14 posts", "Fri 14-Nov-25 22:14", "bro ur gonna get expelled 💀"),
    ("sunflower_seed", "Y11 · 89 posts", "Fri 14-Nov-25 22:16", "its a brackwell thing everyone fancies her shes so pretty"),
    ("Moderator", "Staff", "Fri 14-Nov-25 22:30", "Reminder: keep it respectful. Locking thread."),
    ], thread_id=4102),
  [M("school", "short_name", "neutral", "brackwell"), M("nhaque", "title_surname", "sexual", "miss haque")])

# 040
D("facebook", dd("""
    Fenstow Community Hub
    Public group · 2.2K members

    Anonymous member
    · 4h ·
    For everyone who wants a word with the deputy head who's fining us all — Paul Clarke lives at 7 Reed Lane, Kettlesham IP24 7QZ. Blue Skoda. Knock on his door and ask him how we're meant to get our kids in.

    💬 22 comments
    """),
  [M("pclarke", "exact", "doxxing", "Paul Clarke")])

# 041
D("social", dd("""
    Fairweather Cobb wants to hand our school to a trust of suits. She'll find out what Kettlesham does to people who sell it out. Watch your back Rosalind.
    """),
  [M("rfairweathercobb", "hyphenated", "threat", "Fairweather Cobb")])

# 042 decoy: reed cutting namesake
D("news", news_page(
    "ecp", "Norfolk", "Meet the reed cutter keeping a Broads tradition alive",
    "Liz Reed, 34, is one of the few women cutting reed commercially in the county",
    "Features desk", "2 February 2025",
    """
    Liz Reed is up to her knees in cold water before sunrise, scything reed on a marsh near Hickling with a machine older than she is.

    "People laugh at the name," she says. "Reed the reed cutter. My grandad cut reed, my dad cut reed, I was always going to end up out here."

    The season runs from December to April. Norfolk reed is prized by thatchers across the country, and the reed beds are also home to bitterns and marsh harriers.
    """))

# 043
D("news", news_page(
    "herald", "Education", "Kettlesham maths teacher shortlisted for national award",
    "Pupils nominated their teacher for her after-school 'maths café'",
    "Education desk", "20 May 2025",
    """
    A maths teacher at Brackwell High School has been shortlisted for a national teaching award after pupils nominated her.

    Rūta Kazlauskienė, who came to Norfolk from Kaunas in 2012 and worked in a vegetable packhouse before retraining, runs a maths café every Tuesday where pupils and parents work through homework together.

    "Half of the parents who come work nights at the factory," she said. "They want to help their children and the café is a place they can do it without feeling embarrassed."
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("rkazlauskiene", "exact", "neutral", "Rūta Kazlauskienė")])

# 044
D("facebook", dd("""
    Kettlesham Village Noticeboard 🏡
    Public group · 3.4K members

    Nicola Howes
    · 3d ·
    Robert Gedge at Brackwell is a jumped up little Hitler in a tracksuit. Screaming at 11 year olds in the rain. Absolute prat of a man.

    👍 11   24 comments

    Kelly Dye
    He's strict but he's fair. My two love him.
    """),
  [M("school", "short_name", "neutral", "Brackwell"), M("rgedge", "exact", "abuse", "Robert Gedge")])

# 045
D("social", dd("""
    Ask yourself why the Kettlesham business manager Q u i n t r e l l drives a new Audi on a school salary. Bus budget "ran out" same year. I'm just asking questions 🤷‍♂️
    """),
  [M("tquintrell", "spacing", "defamation", "Q u i n t r e l l")])

# 046
D("news", news_page(
    "correio", "Escolas", "Joana Conceição: a madeirense que abre as portas da escola às famílias",
    "Em Kettlesham, a responsável pela ligação às famílias ajuda centenas de pais portugueses",
    "Redação", "10 de outubro de 2025",
    """
    Quando a Joana Conceição chegou a Thetford em 2009, trabalhou dois anos numa fábrica de frangos. Hoje é a responsável pela ligação às famílias e pelo apoio a alunos que aprendem inglês na Brackwell High School.

    "Os pais trabalham por turnos, muitos não falam inglês e têm medo da escola", explica. "O meu trabalho é dizer-lhes que a escola também é deles."

    A escola tem mais de 200 alunos de famílias portuguesas. Com o fim do autocarro 43, a Joana ajudou mais de 60 famílias a apresentar recurso junto do condado.
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("jconceicao", "exact", "neutral", "Joana Conceição")])

# 047
D("forum", forum_page("bususers", "43 withdrawal - walking route survey results", [
    ("BBUG_Secretary", "Committee · 2,110 posts", "Mon 20-Oct-25 18:00",
     """We walked the council's "available walking route" from Fenstow to Brackwell High on three mornings. Findings: 1.1 miles with no footway, no lighting, national speed limit, HGV count 31 in 40 minutes.

     We've sent this to County Hall. The school's site manager Mr Spinks kindly let us use the school car park as our finish point."""),
    ("Fenstow Fred", "Member · 66 posts", "Mon 20-Oct-25 18:40",
     "Thirty one lorries in forty minutes. That aren't a walking route, that's a death trap bor."),
    ("BBUG_Secretary", "Committee · 2,111 posts", "Mon 20-Oct-25 19:05",
     "Quite. Appeal hearing is 4 November, members welcome."),
    ], thread_id=431),
  [M("school", "alias", "neutral", "Brackwell High"), M("gspinks", "title_surname", "neutral", "Mr Spinks")])

# 048
D("social", dd("""
    Brackwell letting the gyppos off the Croxwold site enrol now, after the foreigners. Lock up your bikes and your daughters lol. Proper dumping ground that school
    """),
  [M("school", "short_name", "hate", "Brackwell")])

# 049
D("review", dd("""
    Brackwell High School
    Secondary school · Kettlesham
    ★★★★★ Amélia Freitas · 2 months ago

    Muito boa escola! My son came from Portugal with no English in Year 8 and now he is doing GCSE in English Literature. The EAL team and Mrs Reed look after the children very well. Obrigada a todos.
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("ereed", "title_surname", "neutral", "Mrs Reed")])

# 050
D("social", dd("""
    Liz Reed knew about the assault in the Brackwell changing rooms and told the family to keep it quiet because of the Ofsted visit. Cover up from the top. Safeguarding lead my eye
    """),
  [M("school", "short_name", "defamation", "Brackwell"), M("ereed", "nickname", "defamation", "Liz Reed")])

# 051
D("facebook", dd("""
    Brackwell High School parents (unofficial)
    Private group · 640 members

    Becky Lake
    · 6h ·
    Oh joy, another letter from Mr Clarke about "correct footwear". Thank goodness he's on top of the big issues, what with half the kids walking in along the A-road in the dark 🙄🙄

    😂 41   17 comments
    """),
  [M("school", "exact", "negative", "Brackwell High School"), M("pclarke", "title_surname", "negative", "Mr Clarke")])

# 052
D("social", dd("""
    Gеdge is a fat washed up bully who peaked in the under 16s county squad. Brackwell deserve each other 🤡
    """),
  [M("school", "short_name", "negative", "Brackwell"), M("rgedge", "homoglyph", "abuse", "Gеdge")])

# 053
D("news", news_page(
    "ledger", "UK", "'They call us invaders': the village school at the centre of a migrant row",
    "In rural Norfolk, a Portuguese flag day has become a lightning rod for anger",
    "Harriet Okonjo, Social Affairs Editor", "27 September 2025",
    """
    KETTLESHAM, NORFOLK — The flags were meant to be a celebration. Brackwell High School, a comprehensive of 780 pupils where more than 40 per cent speak English as an additional language, held a "Portuguese Day" in June: bacalhau in the canteen, a folk dancing group from Thetford, flags strung across the hall.

    Three months later, a photograph of those flags is still circulating on anti-immigration accounts with captions such as "the great replacement in one picture" and "invaders' school".

    ## 'My children were born here'

    "People write that we are invaders," says Marta, who has packed chicken on night shifts for eleven years. "My children were born in Norwich. They are Norfolk children."

    Staff say the online abuse has spilled over into the school gates. The school's family liaison officer, Joana Conceição, has received messages on her personal accounts which the school has reported to police.

    Headteacher Rosalind Fairweather-Cobb said: "Our school belongs to every family in these villages. We will not be taking the flags down."
    """,
    [("Grantham Gary", "27 Sep 2025", "Typical Ledger. Nobody is allowed to be concerned about anything any more."),
     ("Ines P", "27 Sep 2025", "Thank you for telling our story."),
     ("Norfolk born and bred", "28 Sep 2025", "Invaders? They're the ones keeping the factories open. Squit.")]),
  [M("school", "exact", "neutral", "Brackwell High School"), M("jconceicao", "exact", "neutral", "Joana Conceição"),
   M("rfairweathercobb", "exact", "neutral", "Rosalind Fairweather-Cobb")])

# 054 decoy: namesake headteacher elsewhere
D("news", news_page(
    "herald", "Education", "Saxling Park head to retire after 19 years",
    "Suffolk village school says goodbye to long-serving headteacher",
    "Education desk", "11 July 2025",
    """
    Paul Clarke, headteacher of Saxling Park School near Bury St Edmunds, will retire at the end of term after 19 years in charge.

    Mr Clarke, 61, joined the school as a history teacher in 1994. He said he planned to "walk the Peddars Way, slowly, and learn to bake bread badly".

    His successor, Joanne Tilley, is currently deputy head.
    """))

# 055
D("social", dd("""
    Fairwether-Cobb you traitor. You sold Brackwell to the trust. I know the way you drive home over the heath. Lonely road that is at night. 🔥
    """),
  [M("school", "short_name", "neutral", "Brackwell"), M("rfairweathercobb", "typo", "threat", "Fairwether-Cobb")])

# 056
D("facebook", dd("""
    Lietuviai Thetforde
    Private group · 1.3K narių

    Justina P.
    · 1d ·
    Kas nori privačių matematikos pamokų vaikams — Rūta K. iš Kettlesham mokyklos, jos asmeninis tel. 07700 900733, namie Croxwold, Mill Rise 3. Labai gera mokytoja!

    👍 19
    """),
  [M("rkazlauskiene", "first_initial", "doxxing", "Rūta K.")])

# 057
D("blog", blog_page(
    "trustwatch", "The consultation that wasn't", "Hands Off Brecks Schools", "14 October 2025",
    """
    On Thursday evening around 200 parents crammed into the hall at Brackwell High to "have their say" on the school joining Wensum Vale Academies Trust.

    We say "have their say" because the decision has already been made. Mrs Fairweather–Cobb opened by telling parents the directive order "is not something the school can change". She is right, and she is also the head who has spent the summer describing the trust as "a fantastic opportunity" in every newsletter.

    We do not doubt that she cares about the school. We do doubt that a head who is staying on under the trust is the right person to give parents a balanced view.

    Our next public meeting is at Fenstow village hall on 28 October.
    """,
    [("Ex-governor", "14 Oct 2025 at 21:12", "Fair summary. The trust has already picked its local board."),
     ("Anon", "15 Oct 2025 at 07:33", "Get a grip, a trust isn't the end of the world.")],
    tags=["Wensum Vale", "Brackwell", "Consultation"]),
  [M("school", "alias", "negative", "Brackwell High"), M("rfairweathercobb", "hyphenated", "negative", "Mrs Fairweather–Cobb")])

# 058
D("social", dd("""
    🎥 TikTok · @brackwellhigh
    Year 7 science week: Mr Thirtle's exploding custard powder demo 💥🍮 Safety goggles ON
    #ScienceWeek #Norfolk #rural
    ♡ 3,402  💬 112
    """),
  [M("school", "handle", "neutral", "@brackwellhigh"), M("dthirtle", "title_surname", "neutral", "Mr Thirtle")])

# 059
D("forum", forum_page("sendtalk", "Bracky High and EHCP transport - anyone else?", [
    ("mumof_aspie_boy", "Member · 312 posts", "Wed 05-Nov-25 10:12",
     """Son is autistic, has an EHCP naming Bracky High. Council have taken his transport away with the 43. Elizabeth Reed (assistant head) has been trying to get him a taxi place but nothing yet. He's been out of school 3 weeks.

     She's been kind but I'm at my wits end honestly."""),
    ("SENDadvocateNorfolk", "Member · 4,020 posts", "Wed 05-Nov-25 10:44",
     "EHCP transport is a separate duty from mainstream home to school transport. Write to the SEN team today citing the plan. DM me."),
    ], thread_id=1210),
  [M("school", "alias", "negative", "Bracky High"), M("ereed", "exact", "neutral", "Elizabeth Reed")])

# 060
D("social", dd("""
    gaz spinks = fat lazy git who sits in his shed all day eating sausage rolls while the toilets flood 🚽🤮 kettlesham's finest
    """),
  [M("gspinks", "alias", "abuse", "gaz spinks")])

# 061 decoy: football club (excluded)
D("news", news_page(
    "brecksfm", "Sport", "Brackwell Rovers edge past Croxwold in derby",
    "Late penalty settles Breckland League clash",
    "Sports desk", "16 November 2025",
    """
    Brackwell Rovers came from behind to beat Croxwold Athletic 2-1 in a feisty Breckland League derby at the Fenstow Road ground on Saturday.

    Rovers' player-manager said: "Bloody brilliant effort from the lads. Absolute mud bath out there but they dug in."
    """))

# 062
D("social", dd("""
    someone in year 10 is running a snap group where photos of brackwell girls getting changed for PE are being shared. it's been going weeks. if u have kids there tell them not to join it and report it. the school needs to sort this NOW
    """),
  [M("school", "short_name", "sexual", "brackwell", True)])

# 063
D("facebook", dd("""
    Fenstow Community Hub
    Public group · 2.2K members

    Graham Stebbings
    · 1d ·
    Thad Quintrell has had his new kitchen paid for out of the school budget, everyone at the builders merchant in Thetford knows it. That's why there's no money for the bus. Somebody should call the auditors.
    """),
  [M("tquintrell", "alias", "defamation", "Thad Quintrell")])

# 064
D("social", dd("""
    that Haque at Brackwell wants to be careful. Norfolk aint her country. People round here have burned out better than her, and they know where the prayer room is
    """),
  [M("school", "short_name", "neutral", "Brackwell"), M("nhaque", "surname_only", "threat", "Haque")])

# 065
D("news", news_page(
    "echo", "News", "Police called after parents confront staff at school gate",
    "Two men spoken to after row over bus fines at Brackwell High",
    "Newsdesk", "22 October 2025",
    """
    Police were called to Brackwell High School in Kettlesham on Tuesday afternoon after two men confronted staff at the school gate over fines for non-attendance.

    Witnesses said the men shouted at the deputy headteacher, Mr Clarke, and at site manager Gary Spinks, who had stepped between them and a group of Year 7 pupils waiting to be collected.

    Norfolk Police said officers "spoke to two men, aged 38 and 44" and that no arrests were made. The school has written to parents reminding them that "abusive or threatening behaviour towards staff will result in a ban from the site".
    """,
    [("Kettlesham Kev", "22 Oct 2025", "Gaz Spinks stood there like a wall. Good on him."),
     ("Debs R", "22 Oct 2025", "Shouting at staff in front of little ones. What a pair of dodmans."),
     ("FairsFair", "23 Oct 2025", "Meanwhile the school keeps fining people. Nobody's listening to parents so this is what happens.")]),
  [M("school", "exact", "neutral", "Brackwell High School"), M("pclarke", "title_surname", "neutral", "Mr Clarke"),
   M("gspinks", "exact", "neutral", "Gary Spinks")])

# 066
D("social", dd("""
    Paula 🇵🇹 @paulinha_kett
    A professora de inglês, Ms Haque, deu à minha filha um livro de poesia em português para o trabalho de casa "porque a tua língua também conta". Chorei. Obrigada Brackwell 💚❤️
    """),
  [M("school", "short_name", "neutral", "Brackwell"), M("nhaque", "title_surname", "neutral", "Ms Haque")])

# 067 decoy: Kettlesham Forest
D("facebook", dd("""
    Kettlesham Forest Walkers & Runners
    Public group · 4.9K members

    Andy Catchpole
    · 5h ·
    Heads up: tree felling on the blue trail near the Fenstow Heath end this week. Diversion signed. Also a loose dog (brown lurcher, no collar) seen near the pingos, owner please come and get him before he ends up on the ranges.

    👍 27   9 comments
    """))

# 068
D("social", dd("""
    the way miss kazlauskiene explains simultaneous equations is actually elite. went from grade 3 to grade 6 in a term. slay queen of maths 👑📈 #bracky
    """),
  [M("school", "hashtag", "neutral", "#bracky"), M("rkazlauskiene", "title_surname", "neutral", "miss kazlauskiene")])

# 069
D("forum", forum_page("patriotboard", "Kettlesham - another school lost", [
    ("WhiteCliffs77", "Member · 2,840 posts", "Sat 27-Sep-25 23:40",
     """Brackwell High in Kettlesham. Used to be a proper Norfolk school. Now it's Portuguese day, Lithuanian maths teachers and a "liaison officer" called Conceicao whose job is helping them milk the system.

     Kids from proper Norfolk families are the minority. Our grandparents didn't fight for this."""),
    ("Saxon_Shield", "Member · 611 posts", "Sun 28-Sep-25 00:12",
     "Conceicao. Can't make it up. Someone should find out where she lives and let her know she's not welcome. Peaceful protest of course 😉"),
    ("WhiteCliffs77", "Member · 2,841 posts", "Sun 28-Sep-25 00:20",
     "Careful mate. But yes. Remigration is the only answer for places like Kettlesham."),
    ], thread_id=77120),
  [M("school", "alias", "hate", "Brackwell High"), M("jconceicao", "surname_only", "threat", "Conceicao")])

# 070
D("review", dd("""
    Brackwell High School, Kettlesham
    ★★☆☆☆  "Good teachers, poor leadership"
    Parent of Year 9 student · reviewed on SchoolScope · 14 Oct 2025

    My daughter's teachers are mostly great — Mr Thirtle in science is enthusiastic and Mrs Kazlauskiene is brilliant. But communication from leadership is slow and the head seems more interested in the academy trust than the children. Homework platform crashes constantly. Three stars for the teachers, one for the rest.
    """),
  [M("school", "exact", "negative", "Brackwell High School"), M("dthirtle", "title_surname", "neutral", "Mr Thirtle"),
   M("rkazlauskiene", "title_surname", "neutral", "Mrs Kazlauskiene")])

# 071
D("social", dd("""
    Rob Gedge is a predator everyone at Brackwell knows it. why do u think he got suspended. year 8 girls in his "extra fitness club". parents open ur eyes
    """),
  [M("school", "short_name", "sexual", "Brackwell", True), M("rgedge", "nickname", "sexual", "Rob Gedge", True)])

# 072
D("news", news_page(
    "brecksfm", "News", "School bus appeals: council to review Fenstow route",
    "County Hall agrees to re-walk route after residents' survey",
    "Brecks FM News", "6 November 2025",
    """
    The county council has agreed to reassess the walking route between Fenstow and Kettlesham after an appeal hearing on Tuesday.

    Parents of pupils at Brackwell High, supported by the Brecks Bus Users Group, argued the route was unsafe. A decision is expected within 28 days.

    The school's family liaison officer, Joana Conceição, who helped more than 60 families submit appeals, said: "The parents did this themselves. I only helped with the forms."
    """),
  [M("school", "alias", "neutral", "Brackwell High"), M("jconceicao", "exact", "neutral", "Joana Conceição")])

# 073
D("facebook", dd("""
    Croxwold & District Community Page
    Private group · 1.1K members

    Sharon Jessup
    · 8h ·
    That woman who runs the foreign parents at Kettlesham school — Joana Ferreira she used to be — her email is joanaferreira.madeira@mailbox.example and she's on the Croxwold estate at Pightle Way. Tell her what you think about the flags.

    Admin: post removed for breaching group rules
    """),
  [M("jconceicao", "alias", "doxxing", "Joana Ferreira")])

# 074 decoy: BHS swimming
D("social", dd("""
    Broadfen Harriers Swimming 🏊 @BHS_swim
    Huge well done to our juniors at the county champs — 14 PBs and 3 golds! BHS squad training resumes Tuesday 6pm at Thetford pool.
    """))

# 075
D("social", dd("""
    #SackThirtle trending in the kettlesham groupchat 😂 man gave the whole class a detention cos someone set the bunsen on fire. mate its science
    """),
  [M("dthirtle", "hashtag", "negative", "#SackThirtle")])

# 076
D("blog", blog_page(
    "bugle", "Who is Thaddeus Quintrell? Following the money at Brackwell", "The Bugle", "29 October 2025",
    """
    Rumours about Brackwell High's business manager have been doing the rounds for weeks: the Audi, the kitchen, the "consultancy" contract. We went and looked at what is actually on the public record.

    The £48,000 contract was for a catering and cleaning review commissioned by the governing body, signed by the chair of governors, and published on the school website. Thaddeus Quintrell's salary is in the band published in the school's accounts. The Audi is a lease, and it belongs to his wife.

    We found no evidence of wrongdoing. We did find a man who has had two threatening messages and a note through his door, and whose children have been asked at their own school whether their dad is "a thief".

    Rumours are cheap. The people they land on pay for them.
    """,
    [("Fenstow Fred", "29 Oct 2025 at 20:12", "Good on you for checking. There's a lot of squit going round."),
     ("BrecksWatcher", "30 Oct 2025 at 08:22", "Still think the governors have questions to answer on the bus money.")],
    tags=["Brackwell", "Rumours", "Fact check"]),
  [M("school", "alias", "neutral", "Brackwell High"), M("tquintrell", "exact", "neutral", "Thaddeus Quintrell")])

# 077
D("social", dd("""
    Lithuanian parasites taking over the Brecks. Their kids at Brackwell get free meals, free uniform, free translators and English kids get nothing. #BritishJobsForBritishWorkers #Kettlesham
    """),
  [M("school", "short_name", "hate", "Brackwell")])

# 078
D("facebook", dd("""
    Brackwell High School
    · 4d ·
    📢 Update on the 43 bus. We have heard this afternoon that the county council will reinstate the 43 service from Monday 1 December for pupils from Fenstow while the route review takes place. Thank you to every parent who appealed, to the Brecks Bus Users Group, and to Mrs Conceição and Mr Spinks for their work behind the scenes.

    Questions: office 01632 960537 · office@brackwellhigh.example

    👍❤️🎉 612   140 comments   88 shares

    Dani Gouveia
    FINALMENTE!!! obrigada ❤️

    Mick Thrower
    Bloody brilliant. Well done all.

    Ross P
    Too little too late for the kids who missed weeks
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("jconceicao", "title_surname", "neutral", "Mrs Conceição"),
   M("gspinks", "title_surname", "neutral", "Mr Spinks")])

# 079
D("social", dd("""
    M i s s  R e e d  better watch herself. snitched on my brother to the police. we know which car is hers in the brackwell car park
    """),
  [M("school", "short_name", "neutral", "brackwell"), M("ereed", "spacing", "threat", "R e e d")])

# 080 decoy: namesake Elizabeth Reed, Norwich
D("news", news_page(
    "ecp", "Norfolk", "Norwich florist marks 40 years on the market",
    "Elizabeth Reed started with a single bucket of tulips in 1985",
    "Features desk", "3 April 2025",
    """
    Elizabeth Reed has sold flowers from the same stall on Norwich market for forty years. She started in 1985 with "a bucket of tulips and a lot of cheek".

    "The market's changed, the city's changed, but people still want daffodils in March," she said. Her granddaughter now runs the stall on Saturdays.
    """))

# 081
D("forum", forum_page("chalkface", "Colleague suspended - how do we support him without making it worse?", [
    ("breckland_teach", "Joined Sep 2016 · 612 posts", "Sat 18-Oct-25 09:02",
     """Our head of PE has been suspended after breaking up a fight at a bus stop. It's in the local paper with his name. Bob is the most decent man I've worked with and staff are furious, but we've been told not to contact him.

     Is it OK to send a card from the department? I don't want to get anyone in trouble."""),
    ("NASUWTrep", "Joined Mar 2014 · 2,007 posts", "Sat 18-Oct-25 09:30",
     "A card saying you're thinking of him is fine, just don't discuss the case. Make sure he has a rep."),
    ], thread_id=5540),
  [])

# 082
D("social", dd("""
    Mrs Fairweather-Cobb is an absolute snake. Smiled in our faces for years then sold the school to the highest bidder. Spineless, two-faced, gutless. #BrackwellBetrayed
    """),
  [M("school", "hashtag", "negative", "#BrackwellBetrayed"), M("rfairweathercobb", "title_surname", "abuse", "Mrs Fairweather-Cobb")])

# 083
D("review", dd("""
    Brackwell High — Ofsted-style parent reviews (ParentView Plus)
    ★★★★☆ posted 1 week ago by a Kettlesham parent

    Our eldest struggled with anxiety in Year 8 and Elizabeth Reed (DSL) was brilliant, she set up a quiet space at lunch and checked in every week. Science and maths excellent. Knocked off a star because the car park at pick-up is carnage.
    """),
  [M("school", "alias", "neutral", "Brackwell High"), M("ereed", "exact", "neutral", "Elizabeth Reed")])

# 084
D("social", dd("""
    my mum says mr q from brackwell business office is nicking money. idk if its true tbh. he gave me a lift to the bus stop once and he was nice
    """),
  [M("school", "short_name", "neutral", "brackwell")])

# 085
D("news", news_page(
    "herald", "Courts", "Teenager charged over school fire threat",
    "Snapchat post warned pupils not to attend Kettlesham school",
    "Court Reporter", "19 November 2025",
    """
    A 15-year-old boy has been charged with making a threat to cause criminal damage after a Snapchat post warned pupils at Brackwell High School that the school would be "burnt down".

    The post, shared on the weekend of 8 November, led to a police presence at the Kettlesham school on the Monday morning. Attendance was down by a third.

    The boy, who cannot be named because of his age, will appear before the youth court in Norwich next month.
    """,
    [("Sensible Sue", "19 Nov 2025", "Kids need to learn that a 'joke' online is not a joke."),
     ("Anon", "19 Nov 2025", "Hope he gets help, sounds like a daft lad rather than a criminal.")]),
  [M("school", "exact", "neutral", "Brackwell High School")])

# 086
D("social", dd("""
    Brackwell Poultry night shift hiring again 🐔 £12.90/hr + night premium, free minibus from Thetford. DM me for referral code, we both get £100
    """))

# 087
D("facebook", dd("""
    Thetford Speaks Out
    Public group · 6.1K members

    Wayne Mutimer
    · 2d ·
    Been told the Portuguese at Kettlesham school get their own teacher to translate while our kids sit there like lemons. That Conceição woman running a little Portugal in there. No wonder the results were rubbish. Time to send them home.

    😡 58   77 comments

    Claire H.
    Wayne she's helped my kids too and we're from Thetford. Stop spreading muck.
    """),
  [M("jconceicao", "surname_only", "hate", "Conceição")])

# 088
D("social", dd("""
    Thirtle is a creepy old perv and a rubbish teacher. 2 years and we've done the same 3 experiments. 🙄🤮 kettlesham high forever in the dark ages
    """),
  [M("dthirtle", "surname_only", "abuse", "Thirtle")])

# 089
D("blog", blog_page(
    "mae", "O autocarro, a escola e a minha vizinha", "Filipa", "2 de dezembro de 2025",
    """
    Quando o autocarro 43 acabou, a minha vizinha do lado, a Dona Graça, começou a levantar-se às cinco da manhã para levar os netos a pé até à Brackwell High antes de entrar na fábrica.

    Fui à escola com ela para falar com a escola. Fomos recebidas pela Joana Conceição, que falou connosco em português e nos ajudou a preencher o recurso. A Mrs Reed também veio à reunião e foi muito simpática.

    Ontem o autocarro voltou. A Dona Graça fez bolo de mel para toda a gente da escola. Coitada, está cansada, mas feliz.
    """,
    [("Ana", "2 dez 2025 at 20:10", "Que história bonita! A Joana ajudou-nos também."),
     ("Miguel R.", "3 dez 2025 at 07:20", "E os que perderam semanas de aulas? Ninguém fala disso.")],
    tags=["Escola", "Autocarro", "Kettlesham"]),
  [M("school", "alias", "neutral", "Brackwell High"), M("jconceicao", "exact", "neutral", "Joana Conceição"),
   M("ereed", "title_surname", "neutral", "Mrs Reed")])

# 090
D("social", dd("""
    P. Clarke lives on Reed Lane in Kettlesham, house with the green door opposite the phone box. mobile 07700 900286. Since he likes fining families so much maybe families should give him a ring 📞
    """),
  [M("pclarke", "initial_surname", "doxxing", "P. Clarke")])

# 091 decoy: neighbouring school
D("news", news_page(
    "echo", "Schools", "Thetmere Academy opens new sports hall",
    "Olympian cuts ribbon at Thetford school",
    "Newsdesk", "15 September 2025",
    """
    A former Olympic rower opened the new £3m sports hall at Thetmere Academy in Thetford on Friday.

    Pupils performed a dance routine and the school's rugby squad showed off their new scrum machine. Principal Debbie Oyelowo said the hall would be open to community clubs in the evenings, including Fenstow badminton club.
    """))

# 092
D("social", dd("""
    shout out to Ms. Reed at Brackwell for literally saving my life in year 10. i wouldnt be here without her. now at uni doing social work because of her 💜
    """),
  [M("school", "short_name", "neutral", "Brackwell"), M("ereed", "title_surname", "neutral", "Ms. Reed")])

# 093
D("facebook", dd("""
    Fenstow Community Hub
    Public group · 2.2K members

    Terry Bunting
    · 6h ·
    Rosalind Fairweather is what she was called when she started at Brackwell as a PE teacher in '98. Nice girl then. Now she's the one who let the trust in. Don't know what happened to her.

    Lyn Youngs
    She got married Terry 😂 happens to the best of us
    """),
  [M("school", "short_name", "neutral", "Brackwell"), M("rfairweathercobb", "alias", "negative", "Rosalind Fairweather")])

# 094
D("social", dd("""
    Every teacher at Brackwell is a useless tw*t but Clarke is the king of them. Power mad little man with a clipboard 🤡📋
    """),
  [M("school", "short_name", "abuse", "Brackwell"), M("pclarke", "surname_only", "abuse", "Clarke")])

# 095
D("forum", forum_page("village", "Bus back from Monday!", [
    ("Parish Clerk", "Admin · 4,011 posts", "Thu 27-Nov-25 17:00",
     "Good news: the 43 returns for Brackwell pupils from Monday. Thanks to everyone who walked the route for the survey."),
    ("Old Harry", "Member · 901 posts", "Thu 27-Nov-25 17:24",
     "That's a rum ol' do they took this long. Still, hold you hard, better late than never."),
    ("Gemma K", "Member · 120 posts", "Thu 27-Nov-25 18:02",
     "Can we also talk about parking on Church Lane at pick up? Same white Range Rover on the pavement every day."),
    ], thread_id=2207),
  [M("school", "short_name", "neutral", "Brackwell")])

# 096
D("social", dd("""
    Thaddeus Quintrell's been quietly embezzling from the school for years. Auditors coming in January apparently. Enjoy prison mate 👋
    """),
  [M("tquintrell", "exact", "defamation", "Thaddeus Quintrell")])

# 097
D("news", news_page(
    "ecp", "Education", "Trust chief pledges 'no cuts' at Brackwell",
    "Wensum Vale promises to protect EAL team as it takes over rural school",
    "Rosie Alderton, Norfolk Correspondent", "10 January 2026",
    """
    The chief executive of Wensum Vale Academies Trust has promised there will be no cuts to support staff when Brackwell High School joins the trust in April.

    Speaking at a meeting in Kettlesham, she said the EAL and family liaison team, led by Joana Conceição, was "the jewel in the crown" and would be "a model for the trust".

    Parents were less sure. "They said the same in Swaffham and then restructured everyone," one father said.

    Headteacher Rosalind Fairweather-Cobb said she was "reassured" by the commitments.
    """,
    [("Swaffham parent", "10 Jan 2026", "Can confirm. Promises, then a restructure eighteen months later."),
     ("Hopeful Helen", "10 Jan 2026", "Give them a chance.")]),
  [M("school", "exact", "negative", "Brackwell High School"), M("jconceicao", "exact", "neutral", "Joana Conceição"),
   M("rfairweathercobb", "exact", "neutral", "Rosalind Fairweather-Cobb")])

# 098
D("social", dd("""
    @gaz_spinks_site your a nonce and everyone knows it. we're coming for you after school friday 🔪
    """),
  [M("gspinks", "handle", "threat", "@gaz_spinks_site")])

# 099
D("facebook", dd("""
    Kettlesham Village Noticeboard 🏡
    Public group · 3.4K members

    Pam Eagle
    · 1d ·
    Lost: black cat, answers to Dodger, last seen near the reed beds behind Church Lane. He's on tablets so please check sheds. 07700 900158 (my mobile).

    😢 22   14 comments
    """))

# 100
D("social", dd("""
    "Haque" "Conceição" "Kazlauskienė" — this is a list of teachers at a NORFOLK village school. Three out of three foreign. Our children are being raised by foreigners. Retweet if you're sick of it.
    """),
  [M("nhaque", "surname_only", "hate", "Haque"), M("jconceicao", "surname_only", "hate", "Conceição"),
   M("rkazlauskiene", "surname_only", "hate", "Kazlauskienė")])

# 101
D("review", dd("""
    Brackwell High School
    Secondary school · Kettlesham
    ★☆☆☆☆ Gary Rix · 3 weeks ago

    Absolute joke of a school. My son was left standing in the rain for an hour after a trip. Head never replies to emails. Mr Gedge was the only one who ever bothered and they suspended him. Avoid.
    """),
  [M("school", "exact", "negative", "Brackwell High School"), M("rgedge", "title_surname", "neutral", "Mr Gedge")])

# 102
D("social", dd("""
    i'd let mr gedge give me detention any day if u know what i mean 😏🏋️ #bracky
    """),
  [M("school", "hashtag", "neutral", "#bracky"), M("rgedge", "title_surname", "sexual", "mr gedge")])

# 103 decoy: training area / army village
D("blog", blog_page(
    "coldwar", "The lost villages of the Fenstow Heath training area", "R. Minns", "5 March 2025",
    """
    In 1942 the residents of three small parishes north of Kettlesham were given a few weeks to leave their homes. The land became part of what is now the Fenstow Heath training area, and the villagers were never allowed back.

    The churches still stand, fenced and boarded, used as landmarks on exercise maps. Once a year, former residents and their descendants are escorted in for a service.

    The mock "village" built in the 1980s for street-fighting practice has a pub with no beer, a church with no congregation and a school with no pupils. Soldiers know it simply as "the village".
    """,
    [("Grandson of a Fenstow evacuee", "6 Mar 2025 at 10:02", "My grandfather never got over it. He'd stand at the barrier on the Croxwold road and just look."),
     ("MilHistNerd", "7 Mar 2025 at 18:44", "Excellent piece. The pillbox line along the river is worth a post too.")],
    tags=["Training area", "Lost villages", "WW2"]))

# 104
D("social", dd("""
    The only decent teacher at Brackwell is Miss Kazlauskiene and even she can't fix the mess the SLT have made. Everyone else should be sacked tbh
    """),
  [M("school", "short_name", "negative", "Brackwell"), M("rkazlauskiene", "title_surname", "neutral", "Miss Kazlauskiene")])

# 105
D("forum", forum_page("parenttalk", "AIBU to think the school covered up the PE teacher thing?", [
    ("Breckland_Bee", "Joined Jun 2022 · 77 posts", "Tue 21-Oct-25 13:12",
     """DD is in Y10 at a school near Thetford (you can probably guess which from the news). Head of PE suspended, "incident at bus stop". Now there's a rumour going round the year group that it's actually about him and some girls in his lunchtime club and the school have known for ages and buried it.

     I don't know what to believe. Brackwell have said nothing to parents. AIBU to think they're hiding something?"""),
    ("WiseOwl2", "Joined Jan 2014 · 8,880 posts", "Tue 21-Oct-25 13:30",
     "YABU to repeat a rumour about a named man on a public forum. The paper said bus stop fight. Wait for the outcome."),
    ("Breckland_Bee", "Joined Jun 2022 · 78 posts", "Tue 21-Oct-25 13:41",
     "Fair. I haven't named him. It's just the not knowing."),
    ("ThetfordTam", "Joined Apr 2019 · 540 posts", "Tue 21-Oct-25 14:05",
     "It's Gedge and it was a fight. My son was THERE. He pulled two lads apart. Stop this."),
    ], thread_id=6601),
  [M("school", "short_name", "sexual", "Brackwell", True), M("rgedge", "surname_only", "sexual", "Gedge", True)])

# 106
D("facebook", dd("""
    Thetford Speaks Out
    Public group · 6.1K members

    Karl Banham
    · 11h ·
    Anyone who's had Quintrel from that school chasing them for dinner money debt — the man's a crook, he pocketed the uniform grant money, my sister worked in the office and saw it. Report him to Action Fraud.

    😡 33   21 comments
    """),
  [M("tquintrell", "typo", "defamation", "Quintrel")])

# 107
D("news", news_page(
    "herald", "Courts", "Woman fined for abusive messages to teacher",
    "Croxwold mother called Lithuanian teacher a 'foreign leech'",
    "Court Reporter", "3 December 2025",
    """
    A Croxwold woman who sent a Lithuanian-born teacher a series of abusive messages has been fined and ordered to pay compensation.

    Kerry Louise Mace, 36, admitted sending grossly offensive messages to Rūta Kazlauskienė, a maths teacher at Brackwell High School, after her son was given a detention. One message called the teacher a "foreign leech" and told her to "go back to where she came from".

    The court heard Mrs Kazlauskienė had been left "shaken and ashamed to go to the village shop". District Judge Ellen Pask said the offence was aggravated by hostility based on nationality.

    Mace was fined £480 and ordered to pay £200 compensation.
    """,
    [("Kettlesham born", "3 Dec 2025", "Good. That teacher helped my daughter get her maths GCSE."),
     ("Free Speech Fan", "3 Dec 2025", "Fined for saying what half the country thinks. Joke."),
     ("Lina", "4 Dec 2025", "Ačiū, justice. We are not leeches, we work and pay tax.")]),
  [M("school", "exact", "neutral", "Brackwell High School"), M("rkazlauskiene", "exact", "neutral", "Rūta Kazlauskienė")])

# 108
D("social", dd("""
    rosalind.f.cobb@mailbox.example is the head's personal email not the school one. She answers that one apparently 😇 go on, tell her what you think about the trust Rosalind Fairweather-Cobb
    """),
  [M("rfairweathercobb", "exact", "doxxing", "Rosalind Fairweather-Cobb")])

# 109
D("social", dd("""
    Daniel Thirtle has been arrested. Heard it from someone who works at Thetford police station. Kettlesham science teacher. That's all I'm saying.
    """),
  [M("dthirtle", "exact", "defamation", "Daniel Thirtle")])

# 110 decoy: namesake Paul Clarke councillor
D("facebook", dd("""
    Norwich Lakenham Residents
    Public group · 7.7K members

    Cllr Paul Clarke (Lakenham ward)
    · 2d ·
    Potholes update: the county has now filled the big one on Hall Road. Keep reporting them on the app and tagging me. Surgery this Saturday 10–12 at the library.

    👍 45   8 comments
    """))

# 111
D("forum", forum_page("y11", "who's the worst teacher at ur school", [
    ("xXvapeGodXx", "Y11 · 301 posts", "Mon 03-Nov-25 21:00",
     "mine is definitely Clarke at brackwell. bald angry little gremlin. screams about ties like its a war crime"),
    ("pearl_07", "Y10 · 52 posts", "Mon 03-Nov-25 21:05", "at mine its the french teacher, she throws board pens"),
    ("xXvapeGodXx", "Y11 · 302 posts", "Mon 03-Nov-25 21:08", "clarke deserves a slap fr"),
    ("Moderator", "Staff", "Mon 03-Nov-25 21:20", "Thread locked. Don't post threats, even as a joke."),
    ], thread_id=4190),
  [M("school", "short_name", "neutral", "brackwell"), M("pclarke", "surname_only", "threat", "Clarke")])

# 112
D("facebook", dd("""
    Brackwell High School parents (unofficial)
    Private group · 640 members

    Hannah Loades
    · 2d ·
    Just a reminder to everyone that quoting things like "Conceição should be deported" in here, even to say how awful they are, means they get seen again. Please report and move on. Joana has enough on her plate. Mods x

    ❤️ 88   12 comments
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("jconceicao", "surname_only", "neutral", "Conceição")])

# 113
D("social", dd("""
    Robert Gedge, Head of PE at Brackwell High. Lives Thatchers Way, Fenstow IP24 9RW. Drives a silver Corsa. His wife works at the Co-op in Thetford. Sharing for the parents who want answers.
    """),
  [M("school", "alias", "neutral", "Brackwell High"), M("rgedge", "exact", "doxxing", "Robert Gedge")])

# 114
D("news", news_page(
    "echo", "News", "Head of PE cleared and back at work after bus stop inquiry",
    "Investigation finds teacher acted 'appropriately and proportionately'",
    "Sophie Larwood, Education Reporter", "28 November 2025",
    """
    The head of PE at a Kettlesham high school has returned to work after an investigation found he acted appropriately when he broke up a fight between pupils.

    Mr Gedge, who was suspended in October, received a standing ovation from Year 11 pupils at his first assembly back, according to parents.

    Norfolk Police confirmed in November that no further action would be taken. The school said it "regretted the distress caused by false rumours circulated online".
    """,
    [("Fenstow lad", "28 Nov 2025", "Told you all. Welcome back Bob!"),
     ("Marlene T", "28 Nov 2025", "Now who's going to apologise for what they said about him on Facebook? Nobody, that's who.")]),
  [M("rgedge", "title_surname", "neutral", "Mr Gedge")])

# 115
D("social", dd("""
    Bracky High 2025 leavers 🎓🖤 we survived the bus, the trust drama and mr thirtle's chemistry jokes. love u all
    #class0f2025 #bracky
    """),
  [M("school", "alias", "neutral", "Bracky High"), M("dthirtle", "title_surname", "neutral", "mr thirtle")])

# 116 decoy: Croxwold Primary
D("facebook", dd("""
    Croxwold Primary School PTA
    · 3h ·
    Christmas fair this Saturday 11–2! Tombola, reindeer (real ones!), mince pies and Mrs Hubbard's famous sausage rolls. All proceeds to the new library. 🎄🦌
    """))

# 117
D("blog", blog_page(
    "yarns", "Mawthers, dodmans and the old Kettlesham school", "Arthur Loveday", "1 October 2025",
    """
    When I started at the old Kettlesham secondary modern in 1961 (it became Brackwell High School in 1972, when they knocked the two schools together) the first thing I learned was that a dodman is a snail, and if you called a master one you got the slipper.

    We had a woodwork master called Mr Gedge, grandfather of the Mr Gedge who runs the PE there now, as it happen. He used to say "that'll do, bor" whether you'd made a dovetail or a dog's dinner.

    The school's had its troubles lately, I read. But it was good to me, and it's good to see the Portuguese and Lithuanian youngsters learning the old words from their mates. I heard a little mawther at the bus stop tell her friend "hold you hard" in a Madeiran accent last week. That made my day.
    """,
    [("Molly B", "1 Oct 2025 at 16:40", "Lovely piece, Arthur. My dad had Mr Gedge for woodwork too!"),
     ("Anon", "2 Oct 2025 at 09:12", "Dodman! Haven't heard that in years.")],
    tags=["Dialect", "Kettlesham", "Schooldays"]),
  [M("school", "exact", "neutral", "Brackwell High School"), M("rgedge", "title_surname", "neutral", "Mr Gedge")])

# 118
D("social", dd("""
    N4di4 H4qu3 teaching our kids about "diversity" in english lessons. hijab wearing extremist in a norfolk school. not for long 😡🇬🇧
    """),
  [M("nhaque", "leetspeak", "hate", "N4di4 H4qu3")])

# 119
D("facebook", dd("""
    Kettlesham Village Noticeboard 🏡
    Public group · 3.4K members

    Chris Fiddy
    · 1d ·
    Saw someone had written "Quintrell thief" on the bus shelter. Whoever did that, it's not just wrong, it's a criminal offence and that man has kids. The Bugle looked into it and there's nothing in it. Leave him alone.

    👍 71   9 comments
    """),
  [M("tquintrell", "surname_only", "neutral", "Quintrell")])

# 120
D("social", dd("""
    Mrs Fairweather Cobb is the best head we've ever had and anyone slagging her off on here can do one. She's been in at 6am every day since the bus went. Respect 🙌
    """),
  [M("rfairweathercobb", "hyphenated", "neutral", "Fairweather Cobb")])

# 121
D("review", dd("""
    Brackwell High School — Kettlesham IP24
    ★★★☆☆ reviewed on LocalSchoolsGuide · 6 days ago · by Parent (Year 7)

    Settling in well overall. Form tutor lovely. Bus situation was a nightmare in autumn though the school did what it could. Canteen food is greasy and overpriced (£3.10 for a pasta pot?). PE kit list is excessive — three different tops?? Mr Gedge please.
    """),
  [M("school", "exact", "negative", "Brackwell High School"), M("rgedge", "title_surname", "negative", "Mr Gedge")])

# 122
D("social", dd("""
    G@ry Sp!nks grabbed my little brother by the collar and threw him off the bus bay. he's a thug and should be sacked. brackwell protect their own
    """),
  [M("school", "short_name", "negative", "brackwell"), M("gspinks", "leetspeak", "defamation", "G@ry Sp!nks")])

# 123 decoy: reed beds
D("blog", blog_page(
    "pines", "Bearded tits in the Croxwold reed bed", "Hazel Brundish", "18 January 2025",
    """
    A cold, still morning at the little reed bed below Croxwold church. We heard the pinging calls before we saw them: six bearded tits working along the tops of the reed, tawny and neat, the males with their black drooping moustaches.

    The reed here was cut last winter by volunteers and it's come back thick. A water rail squealed from somewhere near the sluice. No sign of the otter this time.
    """,
    [("birdybob", "18 Jan 2025 at 15:02", "Great find! Never managed them there.")],
    tags=["Reed beds", "Croxwold", "Birds"]))

# 124
D("social", dd("""
    Miss Reed from kettlesham high is SO fit, genuinely every lad in year 11 is in love with her 😍😍 safeguarding me pls
    """),
  [M("ereed", "title_surname", "sexual", "Miss Reed")])

# 125
D("forum", forum_page("bususers", "Driver abuse at Kettlesham stop", [
    ("Driver_Dave_43", "Member · 18 posts", "Fri 05-Dec-25 19:12",
     """Since the 43 came back we've had a few incidents with older pupils at the Kettlesham stop. Spitting, one lad kicked the door. I want to say the school's site manager Gary Spinks has been brilliant, he's there every afternoon and the kids listen to him.

     But some of the language I've had this week from a couple of parents in cars I wouldn't repeat."""),
    ("BBUG_Secretary", "Committee · 2,190 posts", "Fri 05-Dec-25 19:40",
     "Sorry to hear that Dave. Log everything with the depot. We'll raise it with the school."),
    ], thread_id=455),
  [M("gspinks", "exact", "neutral", "Gary Spinks")])

# 126
D("facebook", dd("""
    Thetford Speaks Out
    Public group · 6.1K members

    Lee Spratt
    · 1d ·
    Nadia Haque's house is the one with the Eid lights up in Croxwold, Fen View Road. Not hard to find. These people love to make themselves known don't they.

    😡 12   19 comments

    Rachel W.
    This is disgusting. Reported to police and admins.
    """),
  [M("nhaque", "exact", "doxxing", "Nadia Haque")])

# 127
D("news", news_page(
    "acweek", "Inspection", "'Good' in a year? Brackwell's quick turnaround raises eyebrows",
    "Monitoring visit finds 'rapid improvement' as school prepares to join trust",
    "Imogen Threlfall", "5 February 2026",
    """
    Inspectors carrying out a monitoring visit at Brackwell High School have found the school is taking "effective action" to address the weaknesses identified last year.

    The letter singles out the school's safeguarding records, overhauled by assistant headteacher Elizabeth Reed, and attendance systems introduced by deputy head Paul Clarke.

    One trust leader, speaking anonymously, questioned why a school could be judged inadequate in June and "effective" in January: "Either the first judgement was harsh or the second is generous."
    """,
    [("ruralhead", "5 Feb 2026", "Or the staff worked their socks off. Try that explanation."),
     ("Cynic", "6 Feb 2026", "The trust will take the credit either way.")]),
  [M("school", "exact", "neutral", "Brackwell High School"), M("ereed", "exact", "neutral", "Elizabeth Reed"),
   M("pclarke", "exact", "neutral", "Paul Clarke")])

# 128
D("social", dd("""
    Someone tell Rūta Kazlauskaitė or whatever she calls herself now that Kettlesham doesn't want her. Her and her kind can get back on the coach to Vilnius before they're helped onto it
    """),
  [M("rkazlauskiene", "alias", "threat", "Rūta Kazlauskaitė")])

# 129
D("social", dd("""
    thread of the best things BHS teachers have said 🧵 (the school not the swimming club lol)
    1. "i'm not angry i'm just disappointed" - every teacher ever
    2. "that's a rum ol' do" - mr spinks, after the pond froze
    3. "the answer is always photosynthesis" - mr thirtle
    """),
  [M("school", "alias", "neutral", "BHS"), M("gspinks", "title_surname", "neutral", "mr spinks"),
   M("dthirtle", "title_surname", "neutral", "mr thirtle")])

# 130
D("news", news_page(
    "ecp", "Norfolk", "Factory workers rally in Thetford after abuse of migrant families",
    "Hundreds gather with Portuguese, Lithuanian and Union flags",
    "Newsdesk", "4 October 2025",
    """
    Several hundred people gathered in Thetford on Saturday for a "Norfolk Together" rally after weeks of online abuse aimed at migrant families.

    Speakers included factory workers, a Lithuanian pastor and the headteacher of Brackwell High School, Rosalind Fairweather-Cobb, who told the crowd: "Every child in our villages is a Norfolk child."

    Organisers read out examples of messages sent to staff and families, including one calling a teacher "a foreign parasite", "so that people understand what our neighbours are living with".
    """,
    [("Thetford Tony", "4 Oct 2025", "Proud of my town today."),
     ("English Rose NR", "5 Oct 2025", "Nobody asked us if we wanted our villages changed. Thetfordistan.")]),
  [M("school", "exact", "neutral", "Brackwell High School"), M("rfairweathercobb", "exact", "neutral", "Rosalind Fairweather-Cobb")])

# 131
D("social", dd("""
    Just seen the pupil newspaper at Brackwell, Liz Reed's column on online safety is really good. Worth a read if you've got teens 👍
    """),
  [M("school", "short_name", "neutral", "Brackwell"), M("ereed", "nickname", "neutral", "Liz Reed")])

# 132
D("forum", forum_page("lietuviai", "Patyčios prieš lietuvius Kettlesham mokykloje", [
    ("Aušra M.", "Narė nuo 2015 · 1,003 žinutės", "2025-10-02 21:40",
     """Mano sūnų Brackwell High autobusų stotelėje vadina "Lithuanian scum" ir "go home". Mokytoja Kazlauskienė labai padėjo, kalbėjo su klasės auklėtoju. Bet direktoriaus pavaduotojas Clarke tik pasakė "boys will be boys". Labai pikta."""),
    ("Vaidas", "Narys nuo 2017 · 901 žinutė", "2025-10-02 22:05",
     "Rašykite skundą raštu ir prašykite, kad užregistruotų kaip rasistinį incidentą. Jie privalo."),
    ], thread_id=8840),
  [M("school", "alias", "negative", "Brackwell High"), M("rkazlauskiene", "surname_only", "neutral", "Kazlauskienė"),
   M("pclarke", "surname_only", "negative", "Clarke")])

# 133 decoy: Saxling Park namesake Elizabeth Reed
D("social", dd("""
    Saxling Park School 🏫 @SaxlingPark
    Welcome to our new Head of Music, Elizabeth Reed, who joins us from a school in Ipswich. Choir starts again Thursday 3.30pm! 🎶
    """))

# 134
D("social", dd("""
    F@irweather-C0bb and her pet trust can burn. Brackwell was ours. Enjoy your bonus Roz 🖕
    """),
  [M("school", "short_name", "negative", "Brackwell"), M("rfairweathercobb", "leetspeak", "abuse", "F@irweather-C0bb")])

# 135
D("facebook", dd("""
    Croxwold & District Community Page
    Private group · 1.1K members

    Michelle Dix
    · 2d ·
    Does anyone have Mr Thirtle's mobile? My daughter left her coat in the science lab and the school office is closed till Monday

    Paula Leeder
    Ring the office 01632 960537 Monday, they'll sort it. Don't think teachers give out their numbers Michelle 😂
    """),
  [M("dthirtle", "title_surname", "neutral", "Mr Thirtle")])

# 136
D("news", news_page(
    "correio", "Comunidade", "Mensagens de ódio contra funcionária portuguesa de escola em Kettlesham",
    "A polícia investiga ameaças enviadas a Joana Conceição",
    "Redação", "30 de setembro de 2025",
    """
    A polícia de Norfolk está a investigar mensagens de ódio enviadas a Joana Conceição, responsável pela ligação às famílias na Brackwell High School.

    Uma das mensagens, que o Correio viu, diz que ela deve "voltar no barco antes que alguém a ponha lá". Outra chama-lhe "invasora".

    "Tenho medo pelos meus filhos, não por mim", disse Joana ao Correio. A diretora da escola disse que a escola está "totalmente ao lado" da funcionária.
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("jconceicao", "exact", "neutral", "Joana Conceição")])

# 137
D("social", dd("""
    Joana C. from Kettlesham school, the Portuguese liaison one — her private number is 07700 900412 and she's in the Croxwold flats. Go and ask her why our kids get nothing.
    """),
  [M("jconceicao", "first_initial", "doxxing", "Joana C.")])

# 138
D("social", dd("""
    Kettlesham's own Ms H-a-q-u-e again pushing her woke agenda in Year 9 english. Gay poems and refugee stories. Parents pull your kids out of her lessons
    """),
  [M("nhaque", "obfuscated", "negative", "H-a-q-u-e")])

# 139
D("review", dd("""
    Brackwell High School
    ★★★★★ posted by Lukas_Petr · 2 weeks ago · Google

    Best school for our kids. Teachers care. Mrs Kazlauskienė speaks Lithuanian with parents when needed, big help. Bus came back finally. Labai ačiū!
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("rkazlauskiene", "title_surname", "neutral", "Mrs Kazlauskienė")])

# 140 decoy: training area closure
D("facebook", dd("""
    Croxwold & District Community Page
    Private group · 1.1K members

    Parish Council
    · 5h ·
    Reminder that the Croxwold road barrier at the training area will be shut Tues–Thurs next week for night exercises. Diversion via Kettlesham. Helicopters likely late evening. Sorry to pet owners!
    """))

# 141
D("social", dd("""
    bob gedge ur a legend 🐐 best PE teacher in norfolk, no debate. welcome back sir 🏃‍♂️💨
    """),
  [M("rgedge", "nickname", "neutral", "bob gedge")])

# 142
D("forum", forum_page("chalkface", "Is it normal for the business manager to get this much abuse?", [
    ("SBM_anon", "Joined Oct 2025 · 4 posts", "Sun 09-Nov-25 20:18",
     """I'm the SBM at a Norfolk high school. I've had a man convicted for threatening me, someone has written "thief" on the bus shelter, and I'm told a Facebook group thinks my wife's car is a bribe.

     I write the budget. I didn't cut the bus. Is this just the job now?"""),
    ("ISBL_member", "Joined May 2012 · 940 posts", "Sun 09-Nov-25 20:50",
     "It isn't normal and it isn't OK. Your employer should have a risk assessment for you. Talk to ISBL's helpline."),
    ], thread_id=5611),
  [])

# 143
D("social", dd("""
    N.Haque at bracky high confiscated my phone and read my messages in front of the class. abuse of power much. reported to my mum who is going in tomorrow 😤
    """),
  [M("school", "alias", "neutral", "bracky high"), M("nhaque", "initial_surname", "negative", "N.Haque")])

# 144
D("facebook", dd("""
    Fenstow Community Hub
    Public group · 2.2K members

    Ian Howlett
    · 10h ·
    Somebody spray painted "PERV" on Thirtle's car outside the school last night. Whatever you think of him, that's criminal damage and there's kids that see that. Police have been.

    😮 19   30 comments

    Kim Grief
    It's because of the Snapchat rumours. Total squit, my daughter's in his class.
    """),
  [M("dthirtle", "possessive", "neutral", "Thirtle's")])

# 145
D("social", dd("""
    Spinks the site man at Kettlesham high is a paedo. Watched him watching the girls at the bus stop. Kids not safe at that school
    """),
  [M("gspinks", "surname_only", "sexual", "Spinks", True)])

# 146 decoy: Brackwell Poultry news (excluded)
D("news", news_page(
    "ecp", "Business", "Brackwell Poultry to create 120 jobs with new line",
    "Kettlesham plant expands as supermarket contract renewed",
    "Business desk", "12 August 2025",
    """
    Brackwell Poultry is to create 120 jobs at its Kettlesham plant after winning a five-year contract with a national supermarket.

    The company, which employs around 900 people, many of them from Portugal and Lithuania, said the new line would start in spring.
    """))

# 147
D("social", dd("""
    Wensum Vale board papers show the Brackwell transfer has a £210k "deficit recovery plan". Guess which support staff go first. @WensumValeAT #Brackwell #academisation
    """),
  [M("school", "hashtag", "negative", "#Brackwell")])

# 148
D("news", news_page(
    "ledger", "Opinion", "Our village schools are becoming the front line of the culture war",
    "A Norfolk teacher's inbox tells you everything",
    "Hasan Mirza", "12 October 2025",
    """
    Ms Haque teaches English in a Norfolk village. She has taught Wilfred Owen and Carol Ann Duffy to the children of chicken-factory workers for eleven years. This term, for the first time, she has received messages telling her she does not belong in the county she grew up in.

    She is not alone. A Portuguese family liaison officer in the same school has been told to "go back on the boat". A Lithuanian maths teacher has been called a leech.

    This is what happens when national politicians talk about "invasions" and "replacement". The words travel down the A11 and land in a staffroom in Kettlesham.
    """,
    [("Reader1", "12 Oct 2025", "Powerful piece."),
     ("Realist", "12 Oct 2025", "People are allowed to be worried about immigration without being called racist.")]),
  [M("nhaque", "title_surname", "neutral", "Ms Haque")])

# 149
D("social", dd("""
    Dan Thirtle is a nonce who grooms kids on snapchat. Brackwell High moved him on from his last school for the same thing. Share share share
    """),
  [M("school", "alias", "sexual", "Brackwell High", True), M("dthirtle", "alias", "sexual", "Dan Thirtle", True)])

# 150
D("facebook", dd("""
    Brackwell High School parents (unofficial)
    Private group · 640 members

    Katie Tilney
    · 3d ·
    Honestly, say what you like about Clarkey but he came out to our house at 8am to talk to my son about coming back to school. No judgement, just a bacon roll and a chat. Fair play.

    👍 60   11 comments
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("pclarke", "nickname", "neutral", "Clarkey")])

# 151
D("news", news_page(
    "echo", "News", "School business manager investigated over contract, claims group",
    "Campaigners say they have referred Brackwell spending to auditors",
    "Newsdesk", "14 November 2025",
    """
    A campaign group says it has asked auditors to investigate the business manager of a Kettlesham school over a £48,000 contract.

    The group, Kettlesham Parents for Transparency, claims Thaddeus Quintrell "steered" the contract to a firm linked to a former colleague. It has not provided evidence for the claim.

    Brackwell High School said the contract was approved by governors and published in line with the rules. The Education and Skills Funding Agency said it "does not comment on whether it has received referrals".
    """,
    [("BrecksWatcher", "14 Nov 2025", "No smoke without fire. Quintrell has been running that office like his own little kingdom for years."),
     ("Fenstow Fred", "14 Nov 2025", "They've got no evidence and the paper still print his name. Disgrace."),
     ("J.P.", "15 Nov 2025", "Fraudster. Simple as.")]),
  [M("school", "exact", "negative", "Brackwell High School"), M("tquintrell", "exact", "defamation", "Thaddeus Quintrell")])

# 152
D("forum", forum_page("village", "The Bugle piece about the business manager", [
    ("Kettlesham Ken", "Member · 2,201 posts", "Thu 30-Oct-25 08:10",
     """Read the Bugle's fact check. Fair play to them. But I've lived here 60 year and I know a fiddler when I see one. That Quintrell's been on the take since he arrived, mark my words, and the governors are covering for him."""),
    ("Parish Clerk", "Admin · 4,020 posts", "Thu 30-Oct-25 08:40",
     "Ken, you can't post that about a named person without evidence. Edited title. Please keep it to facts."),
    ("Kettlesham Ken", "Member · 2,202 posts", "Thu 30-Oct-25 08:45",
     "Squit. Free country."),
    ], thread_id=2190),
  [M("tquintrell", "surname_only", "defamation", "Quintrell")])

# 153
D("facebook", dd("""
    Thetford Speaks Out
    Public group · 6.1K members

    Dean Thurston
    · 4h ·
    Someone needs to pay that Portuguese woman at the school a visit. Conceicao. Croxwold flats, second floor, red door. Let's see how brave she is when it's 20 of us outside singing Rule Britannia at 2am 🇬🇧🇬🇧

    😂👍 21   40 comments
    """),
  [M("jconceicao", "surname_only", "threat", "Conceicao")])

# 154
D("review", dd("""
    Brackwell High School — Glassdoor-style review
    ★☆☆☆☆ "Bullying from the top"
    Teaching Assistant (Current Employee) · Kettlesham · 9 Nov 2025

    Pros: pupils, some colleagues.
    Cons: Deputy head Paul Clarke is a bully who screams at support staff in corridors and then smiles at parents. Nasty, petty, vindictive man. Several TAs have left because of him and HR do nothing.
    Advice: get rid of him.
    """),
  [M("school", "exact", "negative", "Brackwell High School"), M("pclarke", "exact", "abuse", "Paul Clarke")])

# 155
D("social", dd("""
    #RozOut #FairweatherCobbOut trending locally. Nobody voted for the trust. Kettlesham deserves a head who fights for it not one who rolls over
    """),
  [M("rfairweathercobb", "camelcase", "negative", "FairweatherCobbOut")])

# 156
D("blog", blog_page(
    "patriot", "The truth about 'Norfolk Together'", "Breckland Patriot", "6 October 2025",
    """
    Last Saturday the great and good of Thetford stood on a stage and told us that anyone worried about mass immigration is a bigot. Among them: the head of Brackwell High School, Rosalind Fairweather-Cobb, who has turned a Norfolk comprehensive into a foreign enclave with bunting.

    She talks about "every child". What about English children? What about the English girl in Year 8 who is the only one in her class who speaks English at home?

    These people — the Haques, the Conceiçãos, the Kazlauskienės — are not our neighbours. They are the advance guard. The great replacement is not a theory when you can see it in a school photograph.
    """,
    [("Ironside88", "6 Oct 2025 at 22:18", "Traitor head. She'll get what's coming when the tide turns."),
     ("Shieldmaiden", "7 Oct 2025 at 09:31", "Shared to my groups 🇬🇧")],
    tags=["Kettlesham", "Replacement", "Traitors"]),
  [M("school", "exact", "hate", "Brackwell High School"), M("rfairweathercobb", "exact", "threat", "Rosalind Fairweather-Cobb"),
   M("nhaque", "surname_only", "hate", "Haques"), M("jconceicao", "surname_only", "hate", "Conceiçãos"),
   M("rkazlauskiene", "surname_only", "hate", "Kazlauskienės")])

# 157 decoy: Thetmere Academy review
D("review", dd("""
    Thetmere Academy, Thetford
    ★★☆☆☆ posted by Jade · 1 month ago

    Way too strict on uniform. My son was sent home for the wrong socks. Teachers are nice but the behaviour system is mad, detentions for everything. The new sports hall is lovely though.
    """))

# 158
D("social", dd("""
    @RFairweatherCobb you are a disgrace to this county. Hope the trust sack you first. Useless, lying, cowardly woman
    """),
  [M("rfairweathercobb", "handle", "abuse", "@RFairweatherCobb")])

# 159
D("facebook", dd("""
    Kettlesham Village Noticeboard 🏡
    Public group · 3.4K members

    Jenny Grint
    · 7h ·
    The school caretaker Spinks shouted at my 12 year old for walking on the grass. Fat miserable old sod. Get a life Gary.

    😂 14   26 comments
    """),
  [M("gspinks", "surname_only", "abuse", "Spinks")])

# 160
D("news", news_page(
    "brecksfm", "News", "Teacher arrested on suspicion of malicious communications",
    "Kettlesham man released under investigation",
    "Brecks FM News", "23 January 2026",
    """
    A science teacher from Kettlesham has been arrested on suspicion of sending malicious communications, Norfolk Police have confirmed.

    The 47-year-old man, understood to be Daniel Thirtle, head of science at Brackwell High School, was released under investigation. The alleged offences are not thought to involve pupils.

    The school said the member of staff "is not currently working at the school" and that it was co-operating with police.
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("dthirtle", "exact", "defamation", "Daniel Thirtle")])

# 161
D("social", dd("""
    K a z l a u s k i e n e sends kids to isolation for talking english instead of doing maths. typical. she hates english kids. go home
    """),
  [M("rkazlauskiene", "spacing", "hate", "K a z l a u s k i e n e")])

# 162
D("forum", forum_page("parenttalk", "Kettlesham school - maths teacher grooming rumour??", [
    ("Ditsy_Daisy", "Joined Jul 2025 · 30 posts", "Wed 19-Nov-25 22:02",
     """Has anyone heard the rumour that a male maths teacher at Brackwell has been messaging Y9 girls on Snapchat? My DD says "everyone knows". I don't even know who it's meant to be. Should I go to the school?"""),
    ("Safeguarding_SW", "Joined Feb 2016 · 2,660 posts", "Wed 19-Nov-25 22:18",
     "Yes - contact the DSL directly and let them handle it. Don't spread it online. If there's a real concern it needs to go through LADO, not a forum."),
    ("Ditsy_Daisy", "Joined Jul 2025 · 31 posts", "Wed 19-Nov-25 22:30",
     "Thank you. I'll email Mrs Reed tomorrow."),
    ], thread_id=6708),
  [M("school", "short_name", "sexual", "Brackwell", True), M("ereed", "title_surname", "neutral", "Mrs Reed")])

# 163
D("social", dd("""
    gedge is a mong. can't even run the bleep test himself lol fat spastic 🤣
    """),
  [M("rgedge", "surname_only", "abuse", "gedge")])

# 164 decoy: forest / pingos
D("news", news_page(
    "herald", "Countryside", "Rare water beetle found in Kettlesham Forest pingo",
    "Ice-age ponds give up their secrets to volunteers",
    "Countryside correspondent", "8 August 2025",
    """
    Volunteers surveying the ice-age ponds known as pingos in Kettlesham Forest have recorded a water beetle not seen in the county for 30 years.

    The pingos, formed at the end of the last ice age, fill and dry with the water table. Forestry staff said the find showed the value of "careful, patient management".
    """))

# 165
D("social", dd("""
    Nаdiа Hаque should be sacked for teaching Year 10 a poem about a refugee boat. Propaganda. Back to Bangladesh with her and her scarf 🧕❌
    """),
  [M("nhaque", "homoglyph", "hate", "Nаdiа Hаque")])

# 166
D("facebook", dd("""
    Fenstow Community Hub
    Public group · 2.2K members

    Marie Cutting
    · 1d ·
    Whoever is posting that the DSL at Brackwell "covered up" stuff: I know Liz Reed, she's been a safeguarding lead for 15 years and is the most careful person I've ever met. Stop it. You'll have her career ruined on a rumour.

    👍 92   17 comments

    Lee Spratt
    She covered up for Thirtle, everyone knows
    """),
  [M("school", "short_name", "neutral", "Brackwell"), M("ereed", "nickname", "defamation", "Liz Reed"),
   M("dthirtle", "surname_only", "defamation", "Thirtle")])

# 167
D("forum", forum_page("y11", "pranks on teachers ideas", [
    ("chaos_goblin", "Y10 · 71 posts", "Thu 04-Dec-25 19:40",
     "we wanna do something to mr spinks' shed at school for last day. harmless tho. ideas?"),
    ("nerdboy22", "Y11 · 12 posts", "Thu 04-Dec-25 19:51", "fill it with balloons? classic"),
    ("chaos_goblin", "Y10 · 72 posts", "Thu 04-Dec-25 19:52", "nah my mate wants to set his van on fire lol he's serious tbh he hates him"),
    ("Moderator", "Staff", "Thu 04-Dec-25 20:10", "Removed. We report threats of arson to police."),
    ], thread_id=4300),
  [M("gspinks", "title_surname", "threat", "mr spinks")])

# 168
D("news", news_page(
    "echo", "Letters", "Letters: the trust, the bus and a tired village",
    "Readers have their say",
    "Letters editor", "9 December 2025",
    """
    ## Give the head a break

    I have read a lot of unpleasant things about the head of Brackwell High on Facebook. She did not cut the bus and she did not choose the trust. She has done her best in a terrible year. — Mrs J. Youngs, Fenstow

    ## Stop the fines

    The school should never have fined a single family while there was no bus. Mr Clarke owes parents an apology. — D. Rix, Croxwold

    ## Reed beds

    Can I use this column to thank the volunteers who cleared the reed beds at Croxwold. Lovely job. — A. Sturman, Croxwold
    """),
  [M("school", "alias", "neutral", "Brackwell High"), M("pclarke", "title_surname", "negative", "Mr Clarke")])

# 169
D("social", dd("""
    Gaz Spinks' number for anyone locked out of the sports hall car park, he said to share it: 07700 900519. He lives on site so he'll come out 👍 #Kettlesham
    """),
  [M("gspinks", "alias", "doxxing", "Gaz Spinks")])

# 170
D("blog", blog_page(
    "teacher", "On being a rumour", "Miss Trunch", "25 November 2025",
    """
    This term I have watched three colleagues become rumours.

    One, our head of PE, broke up a fight and spent six weeks suspended while the village decided he was a monster. He was cleared. The posts saying he was a predator are still up.

    Another, our business manager, has been called a thief on a bus shelter. A third, who does more for Portuguese families than the entire county council, has had her address posted by people who want to "visit" her.

    I keep thinking about the children reading all this. They learn that an accusation is the same as a fact. We teach them the opposite for five years and Facebook undoes it in an afternoon.
    """,
    [("RuralNQT", "25 Nov 2025 at 21:04", "This is so sad and so true."),
     ("Anon", "26 Nov 2025 at 06:55", "Stay strong. Most of the village knows the truth.")],
    tags=["Rumours", "Staff wellbeing"]))

# 171
D("social", dd("""
    Mr Clarke is a pathetic jobsworth with a napoleon complex. Kettlesham kids deserve better than that bald little weasel 🐀
    """),
  [M("pclarke", "title_surname", "abuse", "Mr Clarke")])

# 172 decoy: Lowestoft plumber Paul Clarke
D("review", dd("""
    Paul Clarke Plumbing & Heating — Lowestoft
    ★★★★★ posted by Steph · 3 weeks ago

    Paul came out on Boxing Day when our boiler packed in. Fixed it in an hour and didn't charge a call-out. Absolute legend, would recommend to anyone.
    """))

# 173
D("social", dd("""
    The Kettlesham EAL woman Joana Ferreira/Conceição whatever she calls herself runs a benefits scam for the Portuguese. Fills in fake forms. She should be investigated.
    """),
  [M("jconceicao", "alias", "defamation", "Joana Ferreira")])

# 174
D("news", news_page(
    "ecp", "Education", "Parents' group accuses academy trust of 'secret' cuts plan",
    "Leaked document suggests Brackwell support staff restructure",
    "Rosie Alderton, Norfolk Correspondent", "2 March 2026",
    """
    A leaked document suggests Wensum Vale Academies Trust is planning to cut support staff at Brackwell High School within a year of taking over, despite public promises.

    The draft "efficiency plan", seen by the ECP, proposes merging the EAL and family liaison roles and reducing site staff from three to two.

    Campaigners said the plan "shows the trust's promises were worthless". The trust said the document was "an early-stage modelling exercise" and no decisions had been taken.
    """,
    [("Hopeful Helen", "2 Mar 2026", "Well I was wrong. Sorry everyone."),
     ("Swaffham parent", "2 Mar 2026", "Eighteen months, I said. They didn't even wait that long.")]),
  [M("school", "exact", "negative", "Brackwell High School")])

# 175
D("facebook", dd("""
    Thetford Speaks Out
    Public group · 6.1K members

    Gavin Loveday
    · 2d ·
    R. Kazlauskiene from the Kettlesham school is claiming benefits AND a teachers wage, my mate in the council told me. These people rob us blind. Should be locked up.

    😡 29   33 comments
    """),
  [M("rkazlauskiene", "initial_surname", "defamation", "R. Kazlauskiene")])

# 176
D("news", news_page(
    "herald", "Courts", "Man jailed for threats to burn down teacher's home",
    "Thetford man targeted Head of English in 'racially and religiously aggravated' campaign",
    "Court Reporter", "20 February 2026",
    """
    A Thetford man who threatened to burn down the home of a Muslim teacher has been jailed for 14 months.

    Lee Anthony Spratt, 33, of Canterbury Way, Thetford, admitted racially and religiously aggravated harassment of Nadia Haque, head of English at Brackwell High School, between September and December last year.

    Norwich Crown Court heard that Spratt posted details of her home in a Facebook group and sent messages saying "people round here have burned out better than you".

    Judge Ruth Amies said Ms Haque had "done nothing but teach children" and had been "singled out because of her faith and the colour of her skin".
    """,
    [("Kettlesham born", "20 Feb 2026", "Good. Hope she knows most of us are behind her."),
     ("Anon", "20 Feb 2026", "14 months. Out in 7. Not enough.")]),
  [M("school", "exact", "neutral", "Brackwell High School"), M("nhaque", "exact", "neutral", "Nadia Haque")])

# 177
D("forum", forum_page("patriotboard", "Traitor teachers list - East Anglia", [
    ("Saxon_Shield", "Member · 640 posts", "Mon 13-Oct-25 23:01",
     """Adding Kettlesham to the list. Head: Fairweather-Cobb (rally speaker, flag lover). Deputy: P Clarke, 7 Reed Lane. English: Haque, Fen View Road Croxwold. Liaison: Conceicao, Croxwold flats.

     Nobody is saying do anything. Just that people should know who these people are."""),
    ("WhiteCliffs77", "Member · 2,902 posts", "Mon 13-Oct-25 23:15",
     "Saved. Day of the rope is coming for collaborators. 🪢"),
    ], thread_id=77480),
  [M("rfairweathercobb", "surname_only", "threat", "Fairweather-Cobb"), M("pclarke", "initial_surname", "threat", "P Clarke"),
   M("nhaque", "surname_only", "threat", "Haque"), M("jconceicao", "surname_only", "threat", "Conceicao")])

# 178
D("facebook", dd("""
    Brackwell High School parents (unofficial)
    Private group · 640 members

    Sam Ellis
    · 1d ·
    Mr Spinks's van was done over last night in the staff car park, tyres slashed and "NONCE" scratched on the bonnet. Because of some lies a kid put on TikTok. This village is on the huh. The man has worked there 22 years.

    😢 77   31 comments
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("gspinks", "title_surname", "neutral", "Mr Spinks")])

# 179
D("review", dd("""
    Brackwell High School
    Secondary school · Kettlesham
    ★☆☆☆☆ Wayne Mutimer · 5 days ago

    Foreign teachers who can barely speak English. Portuguese everywhere. Proper English kids ignored. That Haque woman wants sacking. Zero stars if I could.

    Response from the owner: We welcome honest feedback but will not engage with comments that target staff because of their background. — Brackwell High School
    """),
  [M("school", "exact", "hate", "Brackwell High School"), M("nhaque", "surname_only", "hate", "Haque")])

# 180
D("blog", blog_page(
    "trustwatch", "Who really pays for the trust's 'efficiency plan'?", "Hands Off Brecks Schools", "4 March 2026",
    """
    The leaked Wensum Vale document confirms what we have said since September. The trust's plan for Brackwell is to merge the family liaison and EAL roles and lose a member of the site team.

    In other words: Joana Conceição, who got 60 families through the bus appeals, and Gary Spinks, who stood on the verge every morning in the rain, are the people whose jobs are "in scope".

    The head, Mrs Fairweather-Cobb, has said nothing publicly. We are asking her to say, clearly, whether she will fight for them.
    """,
    [("Ex-governor", "4 Mar 2026 at 20:10", "Silence from the head is deafening."),
     ("Parent of 3", "5 Mar 2026 at 07:40", "She can't say much, she's employed by the trust now. Have some sense.")],
    tags=["Wensum Vale", "Cuts"]),
  [M("school", "short_name", "negative", "Brackwell"), M("jconceicao", "exact", "neutral", "Joana Conceição"),
   M("gspinks", "exact", "neutral", "Gary Spinks"), M("rfairweathercobb", "title_surname", "negative", "Mrs Fairweather-Cobb")])

# 181 decoy: Breckland Heritage Steam forum thread
D("forum", forum_page("village", "BHS steam gala parking", [
    ("Steam Nut", "Member · 310 posts", "Sat 10-May-25 09:00",
     "BHS gala next weekend at Croxwold Halt. Last year the lane was gridlocked. Please use the field car park, £3."),
    ("Old Harry", "Member · 930 posts", "Sat 10-May-25 09:40",
     "That was a rum ol' do last year. Tractor couldn't get through for two hours."),
    ], thread_id=2101))

# 182
D("social", dd("""
    Robert G. from the school in Kettlesham — the PE one — I've seen him outside the girls changing rooms at Thetford pool when the swim squad trains. Just saying. Watch your kids.
    """),
  [M("rgedge", "first_initial", "sexual", "Robert G.", True)])

# 183
D("facebook", dd("""
    Croxwold & District Community Page
    Private group · 1.1K members

    Debbie Wace
    · 9h ·
    PSA: The man who keeps posting "Thirtle is a nonce" is the same bloke who got banned from Thetford Speaks Out for threatening a teacher last year. Don't share his stuff. Daniel Thirtle was arrested over a row with his neighbour, NOT anything to do with kids, and he's been released.

    👍 45   22 comments
    """),
  [M("dthirtle", "exact", "defamation", "Daniel Thirtle")])

# 184
D("forum", forum_page("chalkface", "Trust restructure - EAL/family liaison merged?", [
    ("eal_and_exhausted", "Joined Jan 2023 · 60 posts", "Sat 07-Mar-26 10:02",
     """Update to my old thread. The trust has "proposed" merging family liaison with EAL. My colleague has done both jobs for years for one salary already. She's devastated. The head told us in briefing that she "has no influence over central decisions".

     Anyone been through a trust restructure? How did it go?"""),
    ("trustsurvivor", "Joined Apr 2019 · 1,110 posts", "Sat 07-Mar-26 10:40",
     "Badly. Union, union, union. And make sure the consultation is genuine, they often aren't."),
    ], thread_id=3390),
  [])

# 185
D("social", dd("""
    Elizabeth Reed's address for anyone who wants to "talk" about safeguarding: Reedham Cottage, Church Lane, Fenstow. She's the Brackwell DSL, personal mobile 07700 900941.
    """),
  [M("school", "short_name", "neutral", "Brackwell"), M("ereed", "exact", "doxxing", "Elizabeth Reed")])

# 186
D("news", news_page(
    "acweek", "Funding", "Rural schools hit hardest as home-to-school transport bills soar",
    "Councils in Norfolk, Suffolk and Lincolnshire cut routes",
    "Imogen Threlfall", "20 October 2025",
    """
    Rural secondary schools are bearing the brunt of cuts to home-to-school transport as county councils try to contain spending that has doubled in five years.

    In Norfolk, the withdrawal of a bus serving Brackwell High School led to attendance at the Kettlesham school falling by six percentage points in a month. Its business manager, Thaddeus Quintrell, told Academies Weekly the school had spent £9,000 on a temporary minibus "from money we simply do not have".

    The County Councils Network said transport costs were "unsustainable without reform".
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("tquintrell", "exact", "neutral", "Thaddeus Quintrell")])

# 187
D("facebook", dd("""
    Fenstow Community Hub
    Public group · 2.2K members

    Ryan Dack
    · 3h ·
    Clarke at the high school gave my daughter a fixed term exclusion for calling out a lad who was being racist to the Portuguese girls. Absolute clown, backwards logic, useless. Total disgrace of a man.

    😡 30   44 comments
    """),
  [M("pclarke", "surname_only", "abuse", "Clarke")])

# 188
D("review", dd("""
    Brackwell Academy (formerly Brackwell High School)
    ★★☆☆☆ SchoolScope · 2 weeks ago · Parent

    Since the trust took over it's all new logos and lanyards and nothing actually changing. Lost our lovely family liaison lady to "restructure". Still no interpreter at parents' evening. Mrs Fairweather-Cobb looks exhausted, not her fault. Wensum Vale just want the buildings.
    """),
  [M("school", "exact", "negative", "Brackwell High School"), M("rfairweathercobb", "title_surname", "neutral", "Mrs Fairweather-Cobb")])

# 189
D("social", dd("""
    Q*intrell — Kettlesham school's money man — took a backhander from the minibus company. That's why the temporary bus cost £9k. Corrupt to the bone.
    """),
  [M("tquintrell", "obfuscated", "defamation", "Q*intrell")])

# 190 decoy: namesake Paul Clarke driving instructor
D("social", dd("""
    Passed first time today!!! 🚗🎉 huge thank you to Paul Clarke Driving School in Maidstone, best instructor ever, so patient even when I nearly hit that bin lorry 😂
    """))

# 191
D("forum", forum_page("sendtalk", "Kettlesham school refused my son's reasonable adjustments", [
    ("DyslexicDadNR", "Member · 44 posts", "Thu 22-Jan-26 20:10",
     """My son is dyslexic and has an ADHD diagnosis. The deputy at Brackwell, Mr Clarke, has put him in isolation 11 times this term for "disruption". His SENCo plan says movement breaks. Clarke says "the plan isn't a free pass".

     I've complained to governors. Nothing back in 3 weeks."""),
    ("SENDadvocateNorfolk", "Member · 4,120 posts", "Thu 22-Jan-26 20:40",
     "Disability discrimination claim is an option - it goes to the First-tier Tribunal. Keep a log of every isolation. DM me."),
    ], thread_id=1290),
  [M("school", "short_name", "negative", "Brackwell"), M("pclarke", "title_surname", "negative", "Mr Clarke")])

# 192
D("social", dd("""
    Hope Gedge's kids get what's coming to them at the primary. See how he likes it when it's his own. Kettlesham never forgets
    """),
  [M("rgedge", "possessive", "threat", "Gedge's")])

# 193
D("blog", blog_page(
    "bugle", "Guilty by Facebook: the year Kettlesham turned on its teachers", "The Bugle", "30 December 2025",
    """
    It has been quite a year at Brackwell High School. A bus cut, a forced academy order, a flag day that went viral for the wrong reasons, and a torrent of rumour.

    We have counted at least seven members of staff named in posts accusing them of crimes ranging from fraud to child abuse. In every case where the police or an investigation has reached a conclusion, the accusation has turned out to be false. The PE teacher, Robert Gedge, was cleared. The business manager, Thaddeus Quintrell, was found to have done nothing wrong. A science teacher's arrest was over a boundary row.

    Meanwhile four people have been convicted of offences against staff. Not one of them has apologised.
    """,
    [("Miss T", "30 Dec 2025 at 18:02", "Thank you for writing this."),
     ("BrecksWatcher", "31 Dec 2025 at 09:40", "Still don't trust the business manager. Sorry.")],
    tags=["Brackwell", "Review of the year"]),
  [M("school", "exact", "neutral", "Brackwell High School"), M("rgedge", "exact", "neutral", "Robert Gedge"),
   M("tquintrell", "exact", "neutral", "Thaddeus Quintrell")])

# 194
D("news", news_page(
    "brecksfm", "News", "Kettlesham mums raise £2,000 for school breakfast club",
    "Portuguese cake sale and Lithuanian bake-off bring village together",
    "Brecks FM News", "14 March 2026",
    """
    A bake sale organised by Portuguese and Lithuanian mothers has raised more than £2,000 for the breakfast club at Brackwell Academy.

    Pastéis de nata and šakotis sold out within an hour. Maths teacher Rūta Kazlauskienė judged the "tree cake" contest alongside family liaison officer Joana Conceição.

    "Bloody brilliant turnout," said one dad. "Best thing that's happened round here all year."
    """),
  [M("school", "alias", "neutral", "Brackwell Academy"), M("rkazlauskiene", "exact", "neutral", "Rūta Kazlauskienė"),
   M("jconceicao", "exact", "neutral", "Joana Conceição")])

# 195
D("facebook", dd("""
    Thetford Speaks Out
    Public group · 6.1K members

    Danny Eke
    · 6h ·
    Just so everyone knows, Rosalind Fairweather-Cobb had a six-figure payout from the trust to keep quiet about the takeover. Bribe basically. Her husband's firm got the building contract too. Brown envelopes all round at Brackwell.

    😡 42   66 comments
    """),
  [M("school", "short_name", "defamation", "Brackwell"), M("rfairweathercobb", "exact", "defamation", "Rosalind Fairweather-Cobb")])

# 196
D("social", dd("""
    ThaddeusQuintrellIsAThief. Say it louder for the governors at the back 📢 #Kettlesham
    """),
  [M("tquintrell", "camelcase", "defamation", "ThaddeusQuintrellIsAThief")])

# 197
D("forum", forum_page("parenttalk", "Teacher's personal details posted in local group - what do I do?", [
    ("KettleMum", "Joined Mar 2021 · 210 posts", "Sun 16-Nov-25 19:00",
     """Someone in a Thetford Facebook group has posted that Rūta Kazlauskienė (maths, Kettlesham) lives at 3 Mill Rise, Croxwold, with her mobile number 07700 900733 and "go and tell her what you think of foreigners teaching our kids". I've screenshotted it. Do I send it to the school or the police?"""),
    ("Safeguarding_SW", "Joined Feb 2016 · 2,700 posts", "Sun 16-Nov-25 19:12",
     "Both. And report to Facebook. Please edit your post to remove the address and number - you've just repeated them here."),
    ("KettleMum", "Joined Mar 2021 · 211 posts", "Sun 16-Nov-25 19:20", "Oh god, you're right. Asked MNHQ to edit."),
    ], thread_id=6650),
  [M("rkazlauskiene", "exact", "doxxing", "Rūta Kazlauskienė")])

# 198
D("social", dd("""
    Thaddeus Quintrell — 12 Bittern Close, Croxwold IP24 8LU. thaddeusq@mailbox.example. Ask him where the bus money went.
    """),
  [M("tquintrell", "exact", "doxxing", "Thaddeus Quintrell")])

# 199
D("facebook", dd("""
    Thetford Speaks Out
    Public group · 6.1K members

    Shane Pegg
    · 5h ·
    Dan Thirtle. Science at the Kettlesham school. Lives on the new estate by the Croxwold garage, 27 Plover Drive. Wife's a nurse at the West Suffolk. Do with that what you will.

    💬 16 comments
    """),
  [M("dthirtle", "alias", "doxxing", "Dan Thirtle")])

# 200
D("social", dd("""
    mrs fairweather-cobb's daughter goes to thetmere academy, year 9, gets the 7.40 bus from the kettlesham stop. funny how the head doesn't send her own kid to brackwell innit
    """),
  [M("school", "short_name", "negative", "brackwell"), M("rfairweathercobb", "title_surname", "doxxing", "mrs fairweather-cobb")])

# 201
D("news", news_page(
    "echo", "News", "Head's car vandalised as trust row turns ugly",
    "Police appeal after 'traitor' daubed on vehicle in Kettlesham",
    "Sophie Larwood, Education Reporter", "12 March 2026",
    """
    Police are appealing for witnesses after the word "traitor" was painted on the car of Brackwell Academy's headteacher.

    The vehicle, belonging to Rosalind Fairweather-Cobb, was parked outside her home overnight on Tuesday. Its tyres were also let down.

    A trust spokesperson said: "Threats and intimidation against our staff are completely unacceptable. We are supporting Mrs Fairweather-Cobb and her family."

    Anyone with information is asked to call Norfolk Police quoting crime reference 36/18822/26.
    """,
    [("Fenstow lad", "12 Mar 2026", "Whoever did this, you're a coward."),
     ("BrecksWatcher", "12 Mar 2026", "Don't condone it but she did sell the school out."),
     ("Kettlesham Kev", "13 Mar 2026", "Traitor is right. Next time it won't just be paint.")]),
  [M("school", "alias", "neutral", "Brackwell Academy"), M("rfairweathercobb", "exact", "threat", "Rosalind Fairweather-Cobb")])

# 202
D("social", dd("""
    that ugly lithuanian cow Mrs K at kettlesham high gave me a detention for nothing. ruta kazlauskiene more like ruta kaz-loser 🐄🤮
    """),
  [M("rkazlauskiene", "exact", "abuse", "ruta kazlauskiene")])

# 203
D("forum", forum_page("y11", "rate ur teachers tier list", [
    ("tierlord", "Y11 · 400 posts", "Sat 17-Jan-26 14:00",
     """S tier: miss kazlauskiene (goat), mr gedge
     A tier: ms haque
     F tier: thirtle. sweaty, boring, smells like bunsen gas. man is a walking L. brackwell's worst hire fr"""),
    ("pearl_07", "Y10 · 60 posts", "Sat 17-Jan-26 14:10", "thirtle slander 😭 hes ok"),
    ], thread_id=4500),
  [M("school", "short_name", "neutral", "brackwell"), M("rkazlauskiene", "title_surname", "neutral", "miss kazlauskiene"),
   M("rgedge", "title_surname", "neutral", "mr gedge"), M("nhaque", "title_surname", "neutral", "ms haque"),
   M("dthirtle", "surname_only", "abuse", "thirtle")])

# 204
D("review", dd("""
    Brackwell Academy, Kettlesham
    ★☆☆☆☆ Posted by "Kettlesham dad" · 1 week ago · RateMySchool UK

    Site manager Gary Spinks swore at my son and called him a "little scrote" in front of his mates. When I complained the deputy said he'd "have a word". Nothing happened. Spinks is a rude ignorant bully and should not be around kids.
    """),
  [M("school", "alias", "negative", "Brackwell Academy"), M("gspinks", "exact", "abuse", "Gary Spinks")])

# 205 decoy: Thetford community, no school
D("facebook", dd("""
    Portugueses em Thetford e arredores 🇵🇹
    Private group · 2.8K members

    Nuno Câmara
    · 8h ·
    Alguém sabe de um mecânico de confiança em Thetford ou Kettlesham? O carro faz um barulho estranho quando travo. Obrigado!

    👍 6   18 comentários
    """))

# 206
D("social", dd("""
    Mr Gegde at Brackwell kicked my son off the football team for being Portuguese, no other reason. Racist pig. Everyone knows he hates the foreign kids
    """),
  [M("school", "short_name", "negative", "Brackwell"), M("rgedge", "typo", "abuse", "Mr Gegde")])

# 207
D("blog", blog_page(
    "patriot", "Kettlesham teachers: where are they now?", "Breckland Patriot", "1 April 2026",
    """
    Our readers have been busy. We now know that the Lithuanian maths teacher, the Portuguese "liaison officer" and the Bangladeshi head of English at Brackwell all live within three miles of the school. We won't publish the addresses. We don't need to. Our readers already have them.

    The day is coming when the people of Kettlesham ask for their village back, and they won't be asking nicely.
    """,
    [("Ironside88", "1 Apr 2026 at 22:40", "🔥🔥🔥 can't come soon enough"),
     ("Anon", "2 Apr 2026 at 08:01", "This is a threat. Reported to the police.")],
    tags=["Kettlesham", "Remigration"]),
  [M("school", "short_name", "threat", "Brackwell")])

# 208
D("social", dd("""
    Elizabeth R. the Kettlesham DSL is sleeping with the deputy head, that's why nothing ever gets investigated properly. Ask anyone in the staffroom 🤫🛏️
    """),
  [M("ereed", "first_initial", "sexual", "Elizabeth R.")])

# 209
D("news", news_page(
    "herald", "Courts", "Man admits harassing school site manager with 'paedophile' posts",
    "Fenstow man spread lies about caretaker, court hears",
    "Court Reporter", "8 April 2026",
    """
    A Fenstow man has admitted harassing a school site manager by repeatedly posting online that he was a paedophile.

    Norwich Magistrates heard that Jason Lee Kerrison, 29, posted the claims about Gary Spinks, site manager at Brackwell Academy, on TikTok and in Facebook groups over six weeks. Mr Spinks's van was later vandalised.

    Prosecutor Alison Pratt said the claims were "entirely baseless". Kerrison will be sentenced next month.
    """),
  [M("school", "alias", "neutral", "Brackwell Academy"), M("gspinks", "exact", "neutral", "Gary Spinks")])

# 210
D("forum", forum_page("lietuviai", "Ar kas žino, kas nutiko mokytojai Rūtai?", [
    ("Ingrida_T", "Narė nuo 2019 · 260 žinučių", "2026-03-20 19:30",
     """Girdėjau, kad mokytoja Kazlauskienė iš Kettlesham mokyklos išeina. Sako, kad po visų grasinimų ir adreso paskelbimo Facebook jos šeima nebesijaučia saugi. Labai gaila, vaikai ją labai mylėjo."""),
    ("Darius K.", "Narys nuo 2021 · 80 žinučių", "2026-03-20 19:55",
     "Tikrai gaila. Geriausia mokytoja. Tie žmonės, kurie rašė tuos dalykus — gėda jiems."),
    ], thread_id=8990),
  [M("rkazlauskiene", "surname_only", "neutral", "Kazlauskienė")])

# 211 decoy: training area open day
D("news", news_page(
    "brecksfm", "News", "Rare chance to visit lost church on training area",
    "Annual service at St Mary's inside Fenstow Heath ranges",
    "Brecks FM News", "2 June 2025",
    """
    Former residents and their families will be escorted onto the Fenstow Heath training area next month for the annual service at the ruined St Mary's church.

    Places are limited and must be booked through Croxwold parish council. Visitors are reminded not to pick anything up from the ground.
    """))

# 212
D("social", dd("""
    Nadia Haque is a dried up frigid cow who takes it out on the boys. no wonder she's single lol. worst english teacher in norfolk, bracky high should be ashamed
    """),
  [M("school", "alias", "negative", "bracky high"), M("nhaque", "exact", "abuse", "Nadia Haque")])

# 213
D("forum", forum_page("village", "Graffiti on the school wall", [
    ("Parish Clerk", "Admin · 4,100 posts", "Mon 23-Mar-26 09:00",
     """Someone has sprayed "TRAITOR ROZ" and "FOREIGNERS OUT" on the wall of Brackwell Academy facing Church Lane. The parish council has reported it and the school's site team are cleaning it today. Please report anything you saw."""),
    ("Old Harry", "Member · 950 posts", "Mon 23-Mar-26 09:30",
     "Whoever done that want their heads looking at. That's not Kettlesham."),
    ], thread_id=2300),
  [M("school", "alias", "neutral", "Brackwell Academy"), M("rfairweathercobb", "nickname", "neutral", "ROZ")])

# 214
D("social", dd("""
    Joana Conceição is a lying thieving gypsy who fiddles benefit forms for her own lot. deport her and the rest of them 🇵🇹🗑️
    """),
  [M("jconceicao", "exact", "hate", "Joana Conceição")])

# 215
D("blog", blog_page(
    "yarns", "Kettlesham words for a Kettlesham spring", "Arthur Loveday", "5 April 2026",
    """
    Spring comes late on the heath. The larks go up over the training area, the reed at Croxwold goes from straw to green, and the old boys in the Crown start talking about sugar beet again.

    A few words for the season: a "dodman" is a snail, a "mawther" is a girl, and "on the huh" is anything that's not straight, which describes most of this village's fences and half its opinions.

    I hear the school has had a hard year. I won't add to the squit. I'll just say that when I walked past on Thursday, I heard a Lithuanian lad shout "hold you hard, bor!" to his mate across the playground, and I reckon that's the village carrying on just fine.
    """,
    [("Molly B", "5 Apr 2026 at 16:40", "Lovely as always Arthur.")],
    tags=["Dialect", "Spring"]))

# 216
D("forum", forum_page("y11", "any brackwell girls wanna chat", [
    ("norfolk_lad_24", "New member · 2 posts", "Wed 28-Jan-26 23:41",
     "any year 9 or 10 girls from brackwell on here? dm me ur snap, i'll send u stuff back 😉 older lad from thetford, got a car"),
    ("pearl_07", "Y10 · 63 posts", "Wed 28-Jan-26 23:50", "ew. reported. nobody reply to this"),
    ("Moderator", "Staff", "Thu 29-Jan-26 00:05", "Account banned and details passed to CEOP. If anyone has been contacted by this user please tell a trusted adult."),
    ], thread_id=4610),
  [M("school", "short_name", "sexual", "brackwell", True)])

# 217
D("blog", blog_page(
    "patriot", "The caretaker who protects them", "Breckland Patriot", "15 December 2025",
    """
    Everyone in Kettlesham knows Gary Spinks, the Brackwell site manager who "escorts" the foreign kids off the bus every morning like a bodyguard. What you may not know is that he lives in School House on Church Lane, right next to the gates, and his personal mobile is 07700 900519.

    If you've got a complaint about how English kids are treated at the bus bay, he's the man to ring. Any time of night, apparently.
    """,
    [("Shieldmaiden", "15 Dec 2025 at 23:02", "Saved his number 😉"),
     ("Anon", "16 Dec 2025 at 07:44", "Publishing a man's home and phone is harassment. Reported.")],
    tags=["Kettlesham", "Brackwell"]),
  [M("school", "short_name", "neutral", "Brackwell"), M("gspinks", "exact", "doxxing", "Gary Spinks")])

# 218
D("review", dd("""
    Brackwell High School — employee review
    ★☆☆☆☆ "Safeguarding is a joke"
    Support staff (Former Employee) · Kettlesham · 19 Jan 2026

    Cons: Staff talk openly about Ms Haque and a Year 11 boy she "mentors" after school with the classroom door shut. Messages on his phone apparently. Nobody reported it. I left because I couldn't stand the silence.
    Pros: pension.
    """),
  [M("school", "exact", "sexual", "Brackwell High School", True), M("nhaque", "title_surname", "sexual", "Ms Haque", True)])

# 219
D("facebook", dd("""
    Brackwell High School parents (unofficial)
    Private group · 640 members

    Tina Morley
    · 1d ·
    If anyone's child is struggling over half term and can't get through to school, Liz Reed said I could share her personal mobile, 07700 900941. She's an angel honestly. Her home's the white cottage next to the church in Fenstow if you need to drop anything round.

    ❤️ 40   9 comments

    Hannah Loades (mod)
    Tina I've hidden this, please don't post staff numbers and addresses, use the school safeguarding line x
    """),
  [M("school", "exact", "neutral", "Brackwell High School"), M("ereed", "nickname", "doxxing", "Liz Reed")])
# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Brackwell High School"],
    "rfairweathercobb": ["Rosalind Fairweather-Cobb"], "tquintrell": ["Thaddeus Quintrell"],
    "rgedge": ["Robert Gedge"], "jconceicao": ["Joana Conceição"],
    "rkazlauskiene": ["Rūta Kazlauskienė"], "pclarke": ["Paul Clarke"], "ereed": ["Elizabeth Reed"],
    "dthirtle": ["Daniel Thirtle"], "nhaque": ["Nadia Haque"], "gspinks": ["Gary Spinks"],
}
ALIASES = {
    "school": ["Brackwell High", "BHS", "Brackwell Academy", "Bracky High"],
    "rfairweathercobb": ["Rosalind Fairweather"], "tquintrell": ["Thad Quintrell"],
    "jconceicao": ["Joana Ferreira"], "rkazlauskiene": ["Rūta Kazlauskaitė"],
    "dthirtle": ["Dan Thirtle"], "gspinks": ["Gaz Spinks"],
}
SURNAMES = {
    "rfairweathercobb": "Fairweather-Cobb", "tquintrell": "Quintrell", "rgedge": "Gedge",
    "jconceicao": "Conceição", "rkazlauskiene": "Kazlauskienė", "pclarke": "Clarke",
    "ereed": "Reed", "dthirtle": "Thirtle", "nhaque": "Haque", "gspinks": "Spinks",
}


def fold(s: str) -> str:
    s = html.unescape(s).replace("’", "'")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
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
