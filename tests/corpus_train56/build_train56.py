#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train56 labelled evaluation corpus for the repwatch matcher.

Setting
    Saltcote Bay Academy, an invented 11-16 academy (about 1,050 pupils) on the invented
    Gorsefield estate behind South Shore, Blackpool, a few streets back from the
    Promenade. High deprivation; many families are transient, living in B&Bs, former
    guest houses and HMOs in the invented Brinescar district. Published office number
    01632 960352; own site saltcotebay.example. Storylines, 2024-25: the head accused of
    off-rolling Year 11s to boost results (an anonymous blog, a local paper story, a
    council inquiry); a young maths teacher doxxed by a parent after a detention row; a
    rumour of drug dealing to pupils on the front near the school; the site manager's
    food bank at the school gate; hate aimed at traveller and migrant families.
    School aliases: "SBA" (shared with the Seaside B&B Association and the Saltcote
    Boxing Academy), "Saltcote Academy", "Saltcote Bay", "Salty" (everyday word: salty
    chips, "don't be salty"). "Saltcote" alone is labelled short_name.

Staff (watchlist ids and the variant traits they carry)
    emoorcroftbaines  Elizabeth Moorcroft-Baines, Headteacher. Hyphenated surname
                      ("Moorcroft Baines", en dash); nicknames "Liz", "Lizzie";
                      alias "Elizabeth Baines" (name before marriage). Off-rolling row.
    tquilliam         Thaddeus Quilliam, Business Manager. The unique name (counts without
                      school context). Alias "Tad Quilliam".
    rgorton           Robert Gorton, Deputy Head (Behaviour and Attendance). Nickname-able
                      first name (Bob, Rob, Bobby).
    rdarcy            Renée D'Arcy, Head of English. Accent and apostrophe; alias
                      "Renée Whiteside" (maiden name).
    mtaylor           Mark Taylor, Head of PE. The very common name; namesakes (a darts
                      player in Stoke, a Preston councillor, a Bolton plumber) in decoys.
    khope             Kerry Hope, Assistant Head and DSL. Surname is an everyday word
                      (hope, Hope Street, "Hope Foodbank").
    rfairclough       Rebecca Fairclough, maths teacher in her second year. Nicknames
                      "Becky", "Bex". Doxxed by a parent.
    ibhatti           Imran Bhatti, Head of Science. Alias "Immy Bhatti".
    dentwistle        Derek Entwistle, Site Manager, runs the food bank at the gate.
                      Alias "Del Entwistle".
    smcdonagh         Shannon McDonagh, Attendance and Family Liaison Officer (Irish
                      Traveller heritage).

Voices
    Blackpool and Lancashire parents and neighbours ("nowt", "owt", "mithered",
    "chuffed", "barm", "gennel", "sandgrown'un", "our kid", "ey up", "mardy", "brew"),
    landladies on a hoteliers' forum, pupils on TikTok/Snapchat/Instagram, a Facebook
    community group ("South Shore Matters"), a teachers' forum, an anonymous whistle-
    blowing blog, local paper and radio sites with comment threads, a national paper,
    school and employer reviews, far-right dog whistles ("sandgrown not sand-blown",
    "the 14", "pikey", "boat people"), typos and txt spelling.

Decoys
    The Tower, trams, the piers and the Illuminations; Saltcote Bay Holiday Flats,
    Saltcote Social Club and Saltcote Rock Co (all excluded); the Seaside B&B Association
    and "SBA Boxing" (the acronym's other users, not excluded); namesakes called Mark Taylor and Kerry Hope clearly elsewhere; "hope" as a word; South
    Shore and Brinescar news with no school in it; a similar school elsewhere
    (Bayside Academy in Morecambe); a teacher's own blog that names nobody.

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
    python3 tests/corpus_train56/build_train56.py
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
    "school", "emoorcroftbaines", "tquilliam", "rgorton", "rdarcy", "mtaylor",
    "khope", "rfairclough", "ibhatti", "dentwistle", "smcdonagh",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["saltcote"],
    "emoorcroftbaines": ["moorcroft"],
    "tquilliam": ["quilliam"],
    "rgorton": ["gorton"],
    "rdarcy": ["d'arcy"],
    "rfairclough": ["fairclough"],
    "ibhatti": ["bhatti"],
    "dentwistle": ["entwistle"],
    "smcdonagh": ["mcdonagh"],
}
EXCLUDES = ["Saltcote Bay Holiday Flats", "Saltcote Social Club", "Saltcote Rock Co", "saltcoteflats.example"]

WATCHLIST = """\
# Watchlist for the invented Saltcote Bay Academy (train56 corpus). All names are fictional.
[school]
name = "Saltcote Bay Academy"
aliases = ["SBA", "Saltcote Academy", "Saltcote Bay", "Salty"]
locality = ["Gorsefield", "Brinescar", "South Shore", "Blackpool"]
own_domains = ["saltcotebay.example"]
phones = ["01632 960352"]

[[staff]]
id = "emoorcroftbaines"
name = "Elizabeth Moorcroft-Baines"
role = "Headteacher"
aliases = ["Elizabeth Baines"]
line_manager = "ceo@fyldecoastlearning.example"

[[staff]]
id = "tquilliam"
name = "Thaddeus Quilliam"
role = "Business Manager"
aliases = ["Tad Quilliam"]
unique = true
line_manager = "head@saltcotebay.example"

[[staff]]
id = "rgorton"
name = "Robert Gorton"
role = "Deputy Head (Behaviour and Attendance)"
line_manager = "head@saltcotebay.example"

[[staff]]
id = "rdarcy"
name = "Renée D'Arcy"
role = "Head of English"
aliases = ["Renée Whiteside"]
line_manager = "deputy.curriculum@saltcotebay.example"

[[staff]]
id = "mtaylor"
name = "Mark Taylor"
role = "Head of PE"
line_manager = "deputy.curriculum@saltcotebay.example"

[[staff]]
id = "khope"
name = "Kerry Hope"
role = "Assistant Head and Designated Safeguarding Lead"
line_manager = "head@saltcotebay.example"

[[staff]]
id = "rfairclough"
name = "Rebecca Fairclough"
role = "Teacher of Mathematics"
line_manager = "maths.lead@saltcotebay.example"

[[staff]]
id = "ibhatti"
name = "Imran Bhatti"
role = "Head of Science"
aliases = ["Immy Bhatti"]
line_manager = "deputy.curriculum@saltcotebay.example"

[[staff]]
id = "dentwistle"
name = "Derek Entwistle"
role = "Site Manager"
aliases = ["Del Entwistle"]
line_manager = "business@saltcotebay.example"

[[staff]]
id = "smcdonagh"
name = "Shannon McDonagh"
role = "Attendance and Family Liaison Officer"
line_manager = "deputy.behaviour@saltcotebay.example"

[[exclude]]
text = "Saltcote Bay Holiday Flats"

[[exclude]]
text = "Saltcote Social Club"

[[exclude]]
text = "Saltcote Rock Co"

[[exclude]]
domain = "saltcoteflats.example"
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
    "beacon": dict(
        name="Fylde Coast Beacon", domain="fyldebeacon.example",
        nav=["News", "Blackpool", "Fylde", "Wyre", "Sport", "What's On", "Jobs"],
        most=["Tram works to shut Lytham Road stop for a fortnight", "Rock shop celebrates 90 years on the front",
              "Pictures: Illuminations switch-on crowds", "Seagull 'mugs' pensioner for her chips"],
        footer="Fylde Coast Beacon is part of Northern Shore Media Ltd. Regulated by IPSO."),
    "prompost": dict(
        name="The Prom Post", domain="prompost.example",
        nav=["Home", "Local", "Schools", "Courts", "Letters", "Nostalgia"],
        most=["Letters: Bring back the donkey rides", "Court: Man fined over pier brawl",
              "Nostalgia: South Shore baths in the 1950s", "Your photos: storm waves on the sea wall"],
        footer="© The Prom Post. Newsdesk: 01632 960744. Blackpool's independent weekly."),
    "lancsstar": dict(
        name="Lancashire Evening Star", domain="lancsstar.example",
        nav=["News", "Education", "Politics", "Crime", "Business", "Sport"],
        most=["M55 closures this weekend", "County hall budget gap widens",
              "Preston market hall plans approved", "Weather: amber warning for coast"],
        footer="Lancashire Evening Star · Contact · Complaints · Corrections"),
    "schoolsstd": dict(
        name="Schools Standard", domain="schoolsstandard.example",
        nav=["News", "Accountability", "Funding", "Workforce", "Opinion"],
        most=["Off-rolling: the numbers the DfE won't publish", "Attendance crisis in coastal towns",
              "Teacher pay award explained", "Opinion: Progress 8 rewards the wrong things"],
        footer="Schools Standard — independent journalism for school leaders. Terms · Privacy"),
    "ledger": dict(
        name="The National Ledger", domain="nationalledger.example",
        nav=["UK", "World", "Politics", "Money", "Education", "Opinion", "Sport"],
        most=["Inflation: what the figures mean for you", "Storm Ingrid batters west coast",
              "Minister under fire over HS2 costs", "The seaside towns left behind"],
        footer="© Ledger Media Group. Contact us · Complaints · Corrections · Sitemap"),
    "coastfm": dict(
        name="Coast FM News", domain="coastfm.example",
        nav=["News", "Travel", "Weather", "Listen Live", "Competitions"],
        most=["Travel: delays on the Prom tramway", "Missing dog found on Central beach",
              "Lancashire hotspots for speeding", "Win tickets to the Winter Gardens"],
        footer="Coast FM — your station for the Fylde coast. Part of Shoreline Audio Ltd."),
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
    "parents": dict(name="ParentsTalk", domain="parentstalk.example", tag="Talk: Education > Secondary schools",
                    footer="ParentsTalk Ltd · Talk guidelines · Report a post · Privacy"),
    "sandgrown": dict(name="Sandgrown Forum", domain="sandgrownforum.example", tag="Boards > Blackpool > Local issues",
                      footer="Sandgrown Forum · est. 2004 · By Blackpudlians for Blackpudlians."),
    "chalkface": dict(name="ChalkFace", domain="chalkface.example", tag="Forums > Secondary > Workplace dilemmas",
                      footer="ChalkFace — anonymous support for teachers. Posts are not checked before publication."),
    "hoteliers": dict(name="Fylde Landlords & Hoteliers", domain="fyldelandlords.example", tag="Forums > Running a B&B",
                      footer="Fylde Landlords & Hoteliers · Members' views are their own."),
    "yr11": dict(name="Yr11Chat", domain="yr11chat.example", tag="Forums > School life > Rants",
                 footer="Yr11Chat · Community guidelines · Safeguarding · Contact mods"),
    "tramtalk": dict(name="TramTalk UK", domain="tramtalk.example", tag="Forums > Blackpool Tramway",
                     footer="TramTalk UK — for heritage and modern tram enthusiasts."),
    "patriot": dict(name="Northern Voice Boards", domain="northernvoice.example", tag="Boards > Local > Lancashire",
                    footer="Free speech. No snowflakes. Admins not responsible for member posts."),
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
    "whistle": dict(name="The Gorsefield Whistle", domain="gorsefieldwhistle.example", tagline="What the school newsletter won't tell you",
                    side=["About", "Tip us off", "Archive", "Data"]),
    "offroll": dict(name="Off The Roll", domain="offtheroll.example", tagline="Tracking where the missing pupils go",
                    side=["Method", "The spreadsheet", "Subscribe"]),
    "mumblog": dict(name="Rock & Rucksacks", domain="rockandrucksacks.example", tagline="Single mum, two kids, one seaside town",
                    side=["About me", "Money tips", "School stuff", "Contact"]),
    "pantry": dict(name="Gorsefield Pantry", domain="gorsefieldpantry.example", tagline="Food, dignity and a brew",
                   side=["Donate", "Volunteer", "Opening times"]),
    "truth": dict(name="Fylde Truth", domain="fyldetruth.example", tagline="The news THEY bury",
                  side=["Donate", "Our mission", "Latest exposés"]),
    "lights": dict(name="Illuminated", domain="illuminatedblog.example", tagline="Trams, towers and coloured lights",
                   side=["Tram fleet", "Illuminations archive", "About"]),
    "teacher": dict(name="Miss Marks the Spot", domain="missmarks.example", tagline="A newly-qualified-ish teacher on the coast",
                    side=["About", "Resources", "Wellbeing"]),
    "council": dict(name="Cllr Pat Openshaw's Notes", domain="patopenshaw.example", tagline="Ward news for Brinescar & Gorsefield",
                    side=["Surgeries", "Casework", "About Pat"]),
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
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Saltcote Bay Academy"],
    "emoorcroftbaines": ["Elizabeth Moorcroft-Baines"], "tquilliam": ["Thaddeus Quilliam"],
    "rgorton": ["Robert Gorton"], "rdarcy": ["Renée D'Arcy"], "mtaylor": ["Mark Taylor"],
    "khope": ["Kerry Hope"], "rfairclough": ["Rebecca Fairclough"], "ibhatti": ["Imran Bhatti"],
    "dentwistle": ["Derek Entwistle"], "smcdonagh": ["Shannon McDonagh"],
}
ALIASES = {
    "school": ["SBA", "Saltcote Academy", "Saltcote Bay", "Salty"],
    "emoorcroftbaines": ["Elizabeth Baines"], "tquilliam": ["Tad Quilliam"], "rdarcy": ["Renée Whiteside"],
    "ibhatti": ["Immy Bhatti"], "dentwistle": ["Del Entwistle"],
}
SURNAMES = {
    "emoorcroftbaines": "Moorcroft-Baines", "tquilliam": "Quilliam", "rgorton": "Gorton",
    "rdarcy": "D'Arcy", "mtaylor": "Taylor", "khope": "Hope", "rfairclough": "Fairclough",
    "ibhatti": "Bhatti", "dentwistle": "Entwistle", "smcdonagh": "McDonagh",
}


def fold(s: str) -> str:
    s = html.unescape(s).replace("’", "'")
    return s.translate(str.maketrans("áéíóúëÁÉÍÓÚË", "aeioueAEIOUE")).lower()


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


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
# 000
D("news", news_page(
    "beacon", "Education", "Saltcote Bay Academy accused of 'off-rolling' Year 11 pupils before exams",
    "Parents say children were pushed into home education or alternative provision weeks before their GCSEs",
    "Joanne Heskin, Education Reporter", "14 March 2025",
    """
    A Blackpool academy is facing questions after parents claimed their children were encouraged to leave the school roll shortly before sitting their GCSEs.

    At least eleven Year 11 pupils left Saltcote Bay Academy, on the Gorsefield estate, between the October half-term and the January census, according to figures compiled by the campaign blog Off The Roll.

    One mother, whose son left in November, told the Beacon: "They sat me down and said he'd be 'better suited' to home education. I'm not a teacher. I didn't know I could say no. Nobody told me that."

    ## 'We follow the law'

    The headteacher, Elizabeth Moorcroft-Baines, said in a statement that the academy "has never, and would never, remove a pupil from roll to improve its published results".

    "Families move in and out of this part of Blackpool all the time," she added. "Some of our pupils are with us for a term. Every departure is recorded and reported as the law requires."

    Blackpool Council said it was "aware of concerns" and was speaking to the school.
    """,
    [("SandgrownSue", "14 Mar 2025, 18:22", "Not surprised. They did the same to my nephew three year ago. Results go up, kids go missing. Funny that."),
     ("Bispham_Dave", "14 Mar 2025, 19:01", "Or maybe some kids just don't want to be in school. Not everything's a conspiracy."),
     ("Karen W", "14 Mar 2025, 20:40", "That head is a cold fish. Met her once at parents evening, couldn't get away from us fast enough.")]),
  [M("school", "exact", "negative", "Saltcote Bay Academy"), M("emoorcroftbaines", "exact", "negative", "Elizabeth Moorcroft-Baines")])

# 001
D("social", dd("""
    shaz 🌊 @shaz_sandgrown

    my lad come home from saltcote chuffed to bits cos Mr Gorton gave him a headteachers award for attendance. first one he's ever had. proper teared up not gonna lie 🥹💙

    8:14 PM · Feb 6, 2025 · 612 Views
    14 Likes
    """),
  [M("school", "short_name", "neutral", "saltcote"), M("rgorton", "title_surname", "neutral", "Mr Gorton")])

# 002 decoy: the tower
D("review", dd("""
    Blackpool Tower Ballroom
    Tourist attraction · Promenade
    4.7 ★★★★★ (22,940 reviews)

    Brenda from Barnsley
    Local Guide · 41 reviews
    ★★★★★ a month ago
    Went for the afternoon tea dance with my sister. The Wurlitzer came up out of the floor and I nearly cried, same as when me mam brought us in 1969. Floor was packed. Staff lovely. Lifts to the top were a bit slow, queue was nowt to complain about though.
    👍 Helpful 9   Share
    """))

# 003
D("facebook", dd("""
    South Shore Matters 🌊 (Public group · 14.2K members)

    Tracey Littler
    2h ·
    Anyone know if the food bank at the school gate is still on a Thursday? Saltcote Academy one. Been a bit short this month with the gas and I don't want to go all the way to town.

    💬 7 comments

    Gaynor Pilling
    Yes love Thursday 3 till 5, Del runs it, he's a diamond. No questions asked and he'll even sort you a brew

    Tracey Littler
    Ta Gaynor x

    Mick Ormerod
    That Del Entwistle deserves a medal. Half the estate would go hungry without him
    Like · Reply · 1h
    """),
  [M("school", "alias", "neutral", "Saltcote Academy"), M("dentwistle", "alias", "neutral", "Del Entwistle")])

# 004
D("social", dd("""
    Anonymous Parent @gorsefield_mum_of4

    So the head at SBA kicks kids off the roll to make her numbers look nice and then goes on telly about 'inclusion'. Moorcroft-Baines is a fraud and everyone on this estate knows it. #OffRolling

    11:02 AM · Mar 15, 2025 · 2,204 Views
    31 Reposts  88 Likes
    """),
  [M("school", "alias", "negative", "SBA"), M("emoorcroftbaines", "surname_only", "defamation", "Moorcroft-Baines")])

# 005
D("forum", forum_page("chalkface", "Parent has posted my address online. What do I do?", [
    ("SecondYearMaths", "Joined Jan 2025 · 3 posts", "Sun 19-Jan-25 22:41",
     """I'm in my second year of teaching at a school on the Fylde coast. I gave a lad a detention for refusing to take his hood down (school rule, not mine) and his dad has now put a post on a local Facebook group with my full name, a photo from my Instagram, and the name of the street I live on. People are commenting things like "someone pop round". I can't sleep.

     I haven't told my head yet because I feel stupid. Is this a police thing?"""),
    ("OldHandHoD", "Joined 2011 · 4,870 posts", "Sun 19-Jan-25 22:58",
     """You are not stupid. Tell your head and your DSL first thing tomorrow. Screenshot everything before it's deleted. This is harassment and yes, ring 101 at least. Your union will back you too."""),
    ("Yorks_Tyke_Teacher", "Joined 2019 · 611 posts", "Sun 19-Jan-25 23:10",
     "Happened to a colleague. The police were actually decent. Lock down your socials tonight. Sending love."),
    ], thread_id=8812),
  [])

# 006
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Wayne Cottam
    19 January at 20:05 ·
    RIGHT. this is the teacher at saltcote thats been picking on my son. Rebecca Fairclough. lives on Fennick Street off Marram Road, FY4 2QX, second house with the green door. drives a little white fiat. thinks shes it cos she went to uni. if anyone sees her tell her what you think 😡

    🤬 23 😡 11   💬 41 comments

    Dionne Marsden
    Wayne take this down you'll get yourself nicked

    Lee Bamber
    someone pop round and have a word 😂
    """),
  [M("school", "short_name", "neutral", "saltcote"), M("rfairclough", "exact", "doxxing", "Rebecca Fairclough")])

# 007
D("news", news_page(
    "prompost", "Courts", "Father who posted teacher's address online given restraining order",
    "Magistrates hear young maths teacher was 'terrified to go home'",
    "Court Reporter", "3 April 2025",
    """
    A Blackpool father who posted a teacher's home address on Facebook after his son was given a detention has been handed a two-year restraining order.

    Wayne Cottam, 41, of Brinescar, admitted harassment without violence at Blackpool Magistrates' Court. The court heard he had shared the street name and a description of the house of Rebecca Fairclough, 24, a maths teacher at Saltcote Bay Academy, in a group with more than 6,000 members.

    In a statement read to the court, Miss Fairclough said she had stayed with friends for a fortnight. "I went into teaching to help kids like his son," she said.

    Cottam was also fined £320 and ordered to pay £85 costs. Chair of the bench Lorna Ashby told him: "Teachers are entitled to do their jobs without fear."

    The academy's headteacher said staff safety was "non-negotiable" and thanked police.
    """,
    [("FyldeFella", "3 Apr 2025, 12:10", "Good. Leave teachers alone, they get paid peanuts as it is."),
     ("JackieO", "3 Apr 2025, 13:44", "Two year restraining order and a fine. What a joke. He should be inside.")]),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("rfairclough", "exact", "neutral", "Rebecca Fairclough")])

# 008
D("social", dd("""
    jayden 🎧 @jaydenx.fy4

    miss fairclough lowkey the only teacher at saltcote who explains stuff properly. got a 6 in my mock 🙏🙏 she killed it fr

    4:11 PM · Mar 2, 2025 · 180 Views
    """),
  [M("school", "short_name", "neutral", "saltcote"), M("rfairclough", "title_surname", "neutral", "miss fairclough")])

# 009 decoy: SBA = Seaside B&B Association
D("forum", forum_page("hoteliers", "SBA AGM - licensing changes and the new HMO rules", [
    ("ClaremontLandlady", "Member since 2008 · 1,220 posts", "Tue 11-Feb-25 09:14",
     """Reminder that the SBA AGM is at the Imperial on the 27th, 7pm. The Seaside B&B Association committee will go through the council's selective licensing changes and what they mean for anyone running rooms for DSS or council placements.

     Bring your questions. Also bring a cardigan, the function room is freezing."""),
    ("Norbreck_Nigel", "Member since 2015 · 304 posts", "Tue 11-Feb-25 10:02",
     "Will there be anyone from the council there? Last year they sent nobody and we all just moaned at each other for two hours."),
    ("ClaremontLandlady", "Member since 2008 · 1,221 posts", "Tue 11-Feb-25 10:30",
     "Councillor Openshaw has said she'll come. Whether she stays past the pie and peas is another matter 😂"),
    ], thread_id=2204),
  [])

# 010
D("blog", blog_page(
    "offroll", "Saltcote Bay: eleven names that vanished between October and January", "The Off The Roll team", "10 March 2025",
    """
    Every January, schools in England count who is on their roll. Every summer, the pupils who are still there sit their GCSEs and the school's results are calculated from them. A pupil who leaves before the January census does not count.

    At Saltcote Bay Academy in Blackpool, eleven Year 11 pupils came off roll between October half-term and census day. Four went to 'elective home education'. Three went to a pupil referral unit. Four are simply recorded as having moved out of the area, although two of them, we can confirm, still live on the same street.

    ## What the school says

    We asked the academy for comment. The response from the headteacher's office said every removal was lawful. We have no reason to think otherwise; lawful is not the same as right.

    ## What we are not saying

    We are not saying anybody broke the law. We are saying the pattern is there, it matches the pattern at other coastal schools we've covered, and the families deserve answers. If you're one of those families, our tip line is open.
    """,
    [("Deb (FY1)", "10 Mar 2025 at 21:03", "My daughter was one of them. They said she'd 'thrive' at home. She's 16 and hasn't done a day of learning since."),
     ("ex-staff", "11 Mar 2025 at 07:55", "I worked there. I'm not going to say more than this: look at who was in the meetings.")],
    tags=["Blackpool", "Census", "Year 11"]),
  [M("school", "exact", "negative", "Saltcote Bay Academy")])

# 011
D("social", dd("""
    Lancs Lass @lancs_lass_1987

    Shannon McDonagh at Saltcote has done more for my two than any social worker ever did. Turned up at the B&B with uniform and a bag of shopping when we'd been put there with nowt. Never once looked down on us. Chuffed she's been nominated for that award 💐

    7:40 PM · Nov 22, 2024 · 402 Views
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("smcdonagh", "exact", "neutral", "Shannon McDonagh")])

# 012
D("facebook", dd("""
    Gorsefield & Brinescar Community Noticeboard

    Keith Threlfall
    Yesterday at 16:22 ·
    Them at saltcote have let the pikeys take over. Half the kids in there are off the sites and the other half off the boats. That McDonagh woman is one of them and all, that's why they never get fined for not turning up. Sandgrown not sand-blown 🇬🇧

    😡 12 👍 9   💬 30 comments

    Sam Whittle
    Disgusting post Keith. Reported.

    Keith Threlfall
    Truth hurts
    """),
  [M("school", "short_name", "hate", "saltcote"), M("smcdonagh", "surname_only", "hate", "McDonagh")])

# 013 decoy: trams
D("forum", forum_page("tramtalk", "Balloon 717 back on the prom for the Illuminations?", [
    ("BrushCar_Bernard", "Joined 2006 · 9,112 posts", "Sat 31-Aug-24 17:40",
     "Heard a whisper that 717 will be out on heritage tours again once the lights go on. Anyone confirm? Last time I rode her the top deck was like a sauna."),
    ("Starr_Gate_Steve", "Joined 2012 · 2,330 posts", "Sat 31-Aug-24 18:05",
     "Depot lads say yes, weekends only. The illuminated Frigate is staying in the shed this year though, which is a crime."),
    ("FleetwoodFerry", "Joined 2018 · 77 posts", "Sat 31-Aug-24 19:12",
     "Took my grandson on the Flexity from Pleasure Beach to Bispham last week. He wanted the old ones. Good lad."),
    ], thread_id=551),
  [])

# 014
D("review", dd("""
    Saltcote Bay Academy — Blackpool, FY4
    Rated 2 / 5 on RateMySchool.example

    ★★☆☆☆  "Good teachers, useless leadership"
    Reviewed by: Parent of a Year 9 pupil · 2 December 2024

    Some of the staff are lovely, Mrs D'Arcy in English has really brought my daughter on and she actually reads now. But I've emailed about bullying four times and heard nowt back from the head of year or from anyone in senior leadership. The website says they reply within 48 hours. Still waiting.

    Would you recommend this school? Not at the moment.
    Was this review helpful?  Yes (21)  No (2)  · Report
    """),
  [M("school", "exact", "negative", "Saltcote Bay Academy"), M("rdarcy", "title_surname", "neutral", "Mrs D'Arcy")])

# 015
D("social", dd("""
    🅼🅰🅳🅳🅸🅴 @maddie.x.fy

    mr bhatti wants to see me after class for my science homework 😳😳 not complaining tbh he's fit as 😍🔥 imma fail on purpose

    12:03 PM · Jan 14, 2025
    """),
  [M("ibhatti", "title_surname", "sexual", "mr bhatti")])

# 016 decoy: Mark Taylor darts
D("news", news_page(
    "lancsstar", "Sport", "Stoke's Mark Taylor hits nine-darter in Winter Gardens qualifier",
    "The 33-year-old plasterer stunned a packed Empress Ballroom",
    "Sports Desk", "8 February 2025",
    """
    Mark Taylor, a plasterer from Stoke-on-Trent, hit a nine-dart finish in the qualifying rounds at Blackpool's Winter Gardens on Saturday night.

    Taylor, who plays for a pub team in Hanley, said: "I've thrown a thousand of them in the garage. Never thought I'd do one with a crowd watching. Bloody brilliant."

    He goes on to face the number four seed on Sunday afternoon.
    """),
  [])

# 017
D("facebook", dd("""
    Saltcote Bay Academy (Page)

    Saltcote Bay Academy
    3 October 2024 ·
    Huge well done to our Year 8 netball squad who won the Blackpool Schools league on Tuesday 🏆 Thank you to Mr Taylor and the PE team for giving up so many evenings. Proud of every one of you! #TeamSaltcote

    ❤️ 156   💬 12 comments

    Lorraine Hibbert
    My Ellie was made up! Mark Taylor is the best PE teacher she's ever had
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("mtaylor", "exact", "neutral", "Mark Taylor")])

# 018
D("social", dd("""
    Blackpool Grafter @fy1_grafter

    everybody knows who's selling on the front by the school gates at 3 o clock. n everybody knows the caretaker at saltcote lets em stand there. Entwistle's on a cut, why else would he turn a blind eye

    10:55 PM · Oct 9, 2024 · 1,108 Views
    """),
  [M("school", "short_name", "negative", "saltcote"), M("dentwistle", "surname_only", "defamation", "Entwistle")])

# 019
D("news", news_page(
    "coastfm", "News", "Police step up patrols near South Shore school after drug dealing reports",
    "Officers say there is 'no evidence' pupils are being sold drugs, but residents remain worried",
    "Coast FM Newsroom", "11 October 2024",
    """
    Police have increased patrols on the Promenade near a South Shore secondary school after social media posts claimed drugs were being sold to pupils at home time.

    Lancashire Police said officers had visited the area around Saltcote Bay Academy on several afternoons this week. Inspector Rhys Halliwell said: "We've seen no evidence of dealing to children, but we take the community's concerns seriously."

    The school said it worked closely with police and that staff supervise the gates at the end of every day.

    Posts circulating online have named a member of school staff. Police said there was "absolutely no suggestion" any staff member was involved.
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy")])

# 020
D("social", dd("""
    Nat 🌸 @natalie_bispham

    Kerry Hope is the reason my daughter is still here. She's the safeguarding lead at Saltcote and she sat with her for 3 hours in A&E on a school night when I couldn't get there from work. Some people are just angels x

    9:12 PM · Jan 30, 2025 · 88 Views
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("khope", "exact", "neutral", "Kerry Hope")])

# 021 decoy: hope as a word, Hope Street
D("facebook", dd("""
    Blackpool Lost & Found Pets

    Julie Marsh
    4h ·
    LOST on Hope Street near the chippy - tabby cat called Biscuit, white socks, very nervous. Please check sheds and garages. I hope someone's seen him, my little girl is beside herself 😢

    💬 6 comments

    Colin Heap
    shared to South Shore Matters, fingers crossed
    """))

# 022
D("review", dd("""
    Saltcote Bay Academy
    Employer reviews · JobsVoice.example

    ★☆☆☆☆  "Run by spreadsheets"
    Former employee · Teacher · Blackpool · 5 January 2025

    Pros: The kids. Genuinely. Colleagues in the science department, and Imran Bhatti is a good line manager who fights your corner.

    Cons: SLT care about one number. If a Year 11 is going to drag the figures down, they find a way to make them someone else's problem. Business manager counts every biro. Workload unreal.

    Advice to management: Stop pretending it's about the children.
    """),
  [M("school", "exact", "negative", "Saltcote Bay Academy"), M("ibhatti", "exact", "neutral", "Imran Bhatti")])

# 023
D("social", dd("""
    Dezza @dezza_bpool

    thats it im done. if that f***ing school excludes my lad one more time im coming down with a can of petrol and the whole lot can go up. see how they like that. @SaltcoteBayAcad

    1:14 AM · Feb 19, 2025 · 233 Views
    """),
  [M("school", "handle", "threat", "@SaltcoteBayAcad")])

# 024
D("news", news_page(
    "beacon", "Crime", "Man arrested over threat to burn down Blackpool school",
    "A 38-year-old was detained after a post on X mentioned petrol",
    "Newsdesk", "20 February 2025",
    """
    A man has been arrested after a social media post threatened to set fire to a Blackpool secondary school.

    Police were alerted in the early hours of Wednesday to a post which tagged Saltcote Bay Academy's official account and referred to "a can of petrol". A 38-year-old man from the Brinescar area was arrested on suspicion of making threats to cause criminal damage and has been released on bail.

    Pupils attended as normal. A spokesperson for the school said: "We are grateful to the police for their swift response. Our site is safe."
    """,
    [("Gail R", "20 Feb 2025, 10:02", "What is wrong with people. Those staff work so hard."),
     ("BPL_Born", "20 Feb 2025, 11:17", "Drink and social media, never a good mix.")]),
  [M("school", "exact", "neutral", "Saltcote Bay Academy")])

# 025
D("social", dd("""
    Official school account 🏫 @SaltcoteBayAcad

    Food bank at the Gorsefield Road gate is open every Thursday 3-5pm. Everyone welcome, no referral needed. Huge thanks to our site team and to local businesses for the donations 🥫🍞 #SaltcoteCares

    3:30 PM · Nov 7, 2024 · 1,540 Views
    """),
  [M("school", "handle", "neutral", "@SaltcoteBayAcad")])

# 026
D("forum", forum_page("sandgrown", "That school on Gorsefield - honest opinions?", [
    ("MovingNorthMum", "Joined Feb 2025 · 2 posts", "Mon 03-Feb-25 20:11",
     "We're being moved up from Luton by the council, temporary place in South Shore. My son's Year 8. Is the school on Gorsefield any good? Heard mixed things."),
    ("TangerineTerry", "Joined 2009 · 5,402 posts", "Mon 03-Feb-25 20:40",
     """Saltcote? Depends who you ask. Teachers are mostly grafters. Leadership are obsessed with results. Food bank at the gate if you need it, nobody judges.

     Behaviour's been mithering a lot of parents but Gorton the deputy is firm but fair, my grandson respects him."""),
    ("SeasiderSandra", "Joined 2014 · 880 posts", "Mon 03-Feb-25 21:03",
     "My niece went. She was fine. Just don't expect miracles, it's a tough catchment."),
    ], thread_id=1130),
  [M("school", "short_name", "neutral", "Saltcote"), M("rgorton", "surname_only", "neutral", "Gorton")])

# 027 decoy: Illuminations
D("blog", blog_page(
    "lights", "Switch-on night: the tableaux ranked", "Gareth at Illuminated", "1 September 2024",
    """
    The lights are on, the prom is rammed, and I've walked from Squires Gate to Red Bank Road with a flask. Here's my definitive ranking.

    ## 1. The Tower itself

    Still the king. When the ripple effect goes up the legs and the top does the sparkle, grown men cry. I am grown men.

    ## 2. The Doctor Who tableau

    Looking tired, but the kids love it, and the Dalek still turns its head.

    ## 3. Bispham's new laser section

    Controversial. Bright enough to land a plane. Bloody marvellous if you ask me.
    """,
    [("TramSpotter71", "2 Sep 2024 at 08:15", "Can't believe you put lasers above the Frigate. Disgrace 😂")],
    tags=["Illuminations", "Promenade"]),
  [])

# 028
D("social", dd("""
    rach @rachyrach_x

    Quilliam is literally a THIEF. my mum works in the office and she says he's been fiddling the uniform fund for years and the head covers for him. how is he still there

    6:41 PM · Mar 21, 2025 · 511 Views
    """),
  [M("tquilliam", "surname_only", "defamation", "Quilliam")])

# 029
D("facebook", dd("""
    Blackpool Teachers Support Group

    Amy Kershaw
    14 January at 21:30 ·
    Just want to say a massive thank you to Robert Gorton at Saltcote Bay Academy, deputy head there. I was on supply last term and had a lad kick off and throw a chair. Rob was there in 30 seconds and took the lad out calm as anything. Then made me a brew and checked on me after school. More like him please.

    👍 41 ❤️ 17
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("rgorton", "exact", "neutral", "Robert Gorton")])

# 030
D("social", dd("""
    Dean @deano_fy3

    that d'arcy woman at saltcote wants slappin. gave my daughter a C3 for 'attitude'. stuck up cow who thinks her sh*t dont stink. ur in blackpool love not oxford

    5:23 PM · Dec 4, 2024
    """),
  [M("school", "short_name", "negative", "saltcote"), M("rdarcy", "surname_only", "abuse", "d'arcy")])

# 031 decoy: Central Pier
D("review", dd("""
    Central Pier
    Amusement pier · Promenade, Blackpool
    4.1 ★★★★☆ (9,011 reviews)

    Daz M.
    ★★★☆☆ 2 weeks ago
    Big wheel's still a laugh and the views of the Tower at dusk are class. Arcades on the pier eat your coppers faster than a seagull eats chips. Toilets were grim. Kids loved the dodgems though so can't complain too much.
    """))

# 032
D("news", news_page(
    "schoolsstd", "Accountability", "Coastal academies face scrutiny over Year 11 'disappearances'",
    "Analysis of census data points to unusual exits before exams at schools in Blackpool, Hastings and Great Yarmouth",
    "Priti Sandhu", "18 March 2025",
    """
    Schools in some of England's most deprived coastal towns lose far more Year 11 pupils before the January census than the national average, according to a Schools Standard analysis.

    In Blackpool, the analysis highlights one academy, Saltcote Bay, where eleven pupils left in a single term. Its headteacher, Liz Moorcroft-Baines, has defended the figures, pointing to high pupil mobility in an area with many families in temporary accommodation.

    Heads elsewhere agree mobility is real. "In a seaside town, you lose kids to a different B&B three miles away and a different council," said one Hastings head. "But you also know what off-rolling looks like. Everyone does."

    ## Inspectors' view

    Inspectors have previously said they will look closely at patterns of pupil movement. The Department for Education said it was "clear that off-rolling is never acceptable".
    """),
  [M("school", "alias", "negative", "Saltcote Bay"), M("emoorcroftbaines", "nickname", "negative", "Liz Moorcroft-Baines")])

# 033
D("social", dd("""
    Tommo @tommo_tangerines

    Bhatti the Paki science teacher at Saltcote shud go back where he came from. we dont want his kind teaching our kids about "evolution" then sneakin off to the mosque. 🇬🇧🇬🇧

    9:44 PM · Feb 28, 2025
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("ibhatti", "surname_only", "hate", "Bhatti")])

# 034
D("social", dd("""
    Mrs K @mrsk_teaches

    Gutted to see the vile stuff being posted about Mr Bhatti. "Go back where he came from" - he's from Accrington 🙄 Racist abuse of teachers is never OK. Reported every one.

    10:20 AM · Mar 1, 2025
    """),
  [M("ibhatti", "title_surname", "neutral", "Mr Bhatti")])

# 035
D("facebook", dd("""
    South Shore Matters 🌊 (Public group · 14.2K members)

    Paula Kenyon
    6 December 2024 ·
    Who's Thaddeus Quilliam when he's at home?? Got a letter saying I owe £47.50 for a lost library book and a broken calculator. Signed by him, "Business Manager". We've only been in the flat 3 weeks 🙄

    💬 9 comments

    Gaynor Pilling
    He's the money man at the school. Ring the office on 01632 960352 and ask for the welfare fund, they'll wipe it if you're struggling

    Paula Kenyon
    Thanks hun
    """),
  [M("tquilliam", "exact", "negative", "Thaddeus Quilliam")])

# 036 decoy: Mark Taylor councillor elsewhere
D("news", news_page(
    "lancsstar", "Politics", "Preston councillor Mark Taylor quits cabinet over bus cuts",
    "The Ribbleton ward member says he 'cannot defend' the loss of evening services",
    "Political Reporter", "22 January 2025",
    """
    Preston City Council's transport lead, Councillor Mark Taylor, has resigned from the cabinet in protest at cuts to evening bus routes.

    Mr Taylor, who has represented Ribbleton for nine years, said he had been "outvoted and out-manoeuvred" by colleagues.

    The leader of the council thanked him for his service and said the cuts were "painful but unavoidable".
    """),
  [])

# 037
D("social", dd("""
    🎀 kayz @kayleigh.y10

    miss hope the safeguarding one on gorsefield is a nosy two faced cow. tells u its confidential then rings ur mum 🙄 fake as f*** everyone hates her

    3:50 PM · Nov 13, 2024
    """),
  [M("khope", "title_surname", "abuse", "miss hope")])

# 038
D("blog", blog_page(
    "mumblog", "The school gate food bank and me", "Kirsty", "21 November 2024",
    """
    I never thought I'd be writing this. Two years ago I had a job at a hotel on the front and a flat with a sea view (if you leaned out of the bathroom window). Then the hotel shut, the landlord sold, and we ended up in one room in a B&B in Brinescar with a kettle and a microwave.

    The first Thursday I walked past the food bank at my kids' school I kept going. The second Thursday the site manager, Del, just handed me a bag and said "you're doing me a favour, love, I've got too much pasta". He hadn't. He knew.

    I won't name the school because my kids would die of embarrassment. But if you're reading this, Del, you're a legend. An absolute weapon of a man. Thank you.
    """,
    [("Sandgrown Karen", "21 Nov 2024 at 22:30", "Cried reading this. Sending love x"),
     ("Jen", "22 Nov 2024 at 07:12", "Is this the Gorsefield one? My kids go there too. He's the best.")],
    tags=["Money", "Food bank", "Blackpool"]),
  [])

# 039
D("social", dd("""
    Blackpool Bantz @bpool_bantz

    POV: it's 8.45am and you're stood on the tram with 40 Saltcote kids eating barms off the chippy and arguing about who fancies Mr Taylor 💀💀

    8:52 AM · Mar 4, 2025 · 12.3K Views
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("mtaylor", "title_surname", "sexual", "Mr Taylor")])


# 040
D("social", dd("""
    gorsefield gripes @gorsefield_gripes

    M o o r c r o f t - B a i n e s better keep looking over her shoulder on that school run. kicked my niece out weeks before her exams. people round here have long memories and short fuses 🔥

    11:48 PM · Mar 16, 2025 · 96 Views
    """),
  [M("emoorcroftbaines", "spacing", "threat", "M o o r c r o f t - B a i n e s")])

# 041
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Stacey Leyland
    Yesterday at 22:10 ·
    Anyone else's kid been told to "think about home ed" by Saltcote? My son's got ADHD and they've been on at me since September. Feels like they just want rid of the kids with needs before the exams.

    💬 58 comments

    Claire Bostock
    Same with my daughter. Mrs Moorcroft-Baines sat there with her fancy pen and said "we just can't meet her needs". Then why did you take her??

    Stacey Leyland
    Exactly. Disgusting how they treat SEN kids
    """),
  [M("school", "short_name", "negative", "Saltcote"), M("emoorcroftbaines", "title_surname", "negative", "Mrs Moorcroft-Baines")])

# 042
D("social", dd("""
    🐍 @nobodyy_fy4

    becky fairclough 07700 900417 ring her n tell her what u think of her detentions 😂😂 saltcote maths

    2:13 AM · Jan 20, 2025
    """),
  [M("school", "short_name", "neutral", "saltcote"), M("rfairclough", "nickname", "doxxing", "becky fairclough")])

# 043
D("news", news_page(
    "beacon", "Education", "Council to investigate Blackpool academy over pupil exits",
    "Saltcote Bay Academy head 'welcomes' review as families come forward",
    "Joanne Heskin, Education Reporter", "2 April 2025",
    """
    Blackpool Council has launched a formal review of pupil departures from Saltcote Bay Academy after more families came forward to say their children were pushed to leave before their GCSEs.

    The review, led by the council's director of children's services, will look at every pupil who left Year 10 and Year 11 in the past three academic years.

    Headteacher Elizabeth Moorcroft-Baines is understood to be the subject of a separate investigation by the academy trust's board, according to two sources. The trust said it "does not comment on individual staffing matters".

    In a statement, the school said it "welcomes any review" and would "co-operate fully".

    ## Families speak

    Leanne Crook, whose daughter left in December, said: "I just want somebody to admit it. She's lost a year of her life."
    """,
    [("Mr_Sandgrown", "2 Apr 2025, 17:34", "About time. That woman has been playing games with kids' futures."),
     ("Tina L", "2 Apr 2025, 18:01", "Innocent until proven guilty. Give the woman a chance."),
     ("Fleetwood_Phil", "2 Apr 2025, 19:25", "Hang her from the top of the tower I say. See how she likes being 'off-rolled' 😂")]),
  [M("school", "exact", "negative", "Saltcote Bay Academy"), M("emoorcroftbaines", "exact", "threat", "Elizabeth Moorcroft-Baines")])

# 044
D("social", dd("""
    Maz 🇵🇸 @maz_in_fy1

    Mr Bhatti is honestly a legend. Ran the science club for Ramadan after school so the fasting kids didn't have to sit in the canteen. Saltcote lucky to have him 🤍

    6:22 PM · Mar 20, 2025
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("ibhatti", "title_surname", "neutral", "Mr Bhatti")])

# 045
D("forum", forum_page("patriot", "Blackpool schools being taken over", [
    ("Lancs_Lion88", "Joined 2021 · 2,001 posts", "Wed 05-Mar-25 21:14",
     """Look at that school on the Gorsefield estate. Saltcote Bay. Head of science is a Bh@tti, attendance woman is a McD0nagh off the sites, half the class are off the dinghies and put up in B&Bs on our rates. Then they wonder why the kids can't read.

     Sandgrown not sand-blown. You know what to do."""),
    ("WhiteCliffs_Gaz", "Joined 2023 · 312 posts", "Wed 05-Mar-25 21:40",
     "They'll be teaching sharia next. Someone should pay a visit to the parents evening and ask some proper questions 👊"),
    ("Lancs_Lion88", "Joined 2021 · 2,002 posts", "Wed 05-Mar-25 21:52",
     "Watch the 14 mate, the mods here are twitchy. Take it to the chat."),
    ], thread_id=667),
  [M("school", "alias", "hate", "Saltcote Bay"), M("ibhatti", "leetspeak", "hate", "Bh@tti"), M("smcdonagh", "leetspeak", "hate", "McD0nagh")])

# 046
D("review", dd("""
    Gorsefield Pantry (school gate food bank)
    Charity · Gorsefield Road, Blackpool
    5.0 ★★★★★ (64 reviews)

    Anon
    ★★★★★ 3 months ago
    Derek Entwistle and his volunteers treat you like a human being. Got nappies, tins and a bus pass top-up when I was stuck in a B&B waiting on Universal Credit. God bless the man.
    """),
  [M("dentwistle", "exact", "neutral", "Derek Entwistle")])

# 047
D("social", dd("""
    tay 💅 @taylahhx

    the way mr t*ylor wears them shorts in pe 🥵🥵 nobody at saltcote is concentrating on netball i promise u

    1:02 PM · Jun 10, 2024
    """),
  [M("school", "short_name", "neutral", "saltcote"), M("mtaylor", "obfuscated", "sexual", "t*ylor")])

# 048
D("news", news_page(
    "prompost", "News", "Trams suspended after storm damages overhead wires",
    "Services between Pleasure Beach and Manchester Square halted for repairs",
    "Newsdesk", "6 December 2024",
    """
    Blackpool's tram service was suspended along part of the Promenade on Thursday after high winds brought down overhead wires near South Shore.

    Engineers worked through the night. Passengers were advised to use replacement buses. A Blackpool Transport spokesperson said: "Safety always comes first. We thank our customers for their patience."

    Several schools in the area told parents that pupils relying on the tram might be late.
    """),
  [])

# 049
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Anonymous member
    2 February at 23:15 ·
    PSA the maths teacher from Saltcote (the young one, R. Fairclough) is on Tinder. Swiped her last night 😂 Bio says she likes the gym and cocktails. Not very professional is it. Screenshot in comments

    💬 19 comments

    Admin - Leanne
    Post removed in 10 mins if no good reason given. Teachers are allowed a life.
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("rfairclough", "initial_surname", "negative", "R. Fairclough")])

# 050
D("social", dd("""
    Jase @jase_blackpool

    quilliam’s a nonce everyone knows it #SaltcoteSecrets

    12:12 AM · Apr 1, 2025
    """),
  [M("school", "hashtag", "negative", "#SaltcoteSecrets"), M("tquilliam", "possessive", "sexual", "quilliam’s", url_only=True)])

# 051 decoy: Saltcote Bay Holiday Flats (excluded)
D("review", dd("""
    Saltcote Bay Holiday Flats
    Self-catering · North Shore, Blackpool
    3.2 ★★★☆☆ (380 reviews)

    Lynne from Leeds
    ★★☆☆☆ 6 days ago
    Sea view as promised but the shower was lukewarm and there was sand in the beds from the last lot. Owner was friendly enough and gave us a discount. Five minutes' walk to the North Pier and the tram, so location's spot on.

    Response from the owner
    Sorry Lynne, plumber booked for Monday. Book direct at saltcoteflats.example next time for 10% off.
    """))

# 052
D("blog", blog_page(
    "whistle", "Who's really running Saltcote Bay?", "The Whistle", "25 February 2025",
    """
    Everybody in Gorsefield has an opinion about the head. Fewer people have noticed the man behind her.

    Thaddeus Quilliam arrived as business manager in 2021. Since then the school has outsourced its cleaning, its catering and its uniform. We have been sent documents which suggest that at least one of those contracts went to a company whose director shares an address in Lytham St Annes with a member of the Quilliam family.

    We put this to the school. We were told that "all procurement follows trust policy". We were not told whether the trust policy was followed.

    ## Where did the uniform money go?

    Parents pay £68 for a blazer, tie and PE kit. The same blazer is £29 from the supplier's own website. Somebody is making forty quid on every child in one of the poorest wards in England. Mr Quilliam, we'd love to hear from you.
    """,
    [("Anon", "25 Feb 2025 at 20:14", "This is going to end up in court and not the way you think."),
     ("Ex-PTA", "26 Feb 2025 at 09:30", "We asked about the uniform markup in 2022 and were told it 'funds the hardship fund'. Never saw a breakdown.")],
    tags=["Money", "Procurement", "Saltcote"]),
  [M("school", "alias", "negative", "Saltcote Bay"), M("tquilliam", "exact", "defamation", "Thaddeus Quilliam")])

# 053
D("social", dd("""
    Shane @shanefy4_

    i know where entwistle parks his van every thursday at the foodbank. next time he grasses my brother up to the bizzies he wont be driving it home. last warning

    9:31 PM · Oct 15, 2024
    """),
  [M("dentwistle", "surname_only", "threat", "entwistle")])

# 054
D("facebook", dd("""
    Saltcote Bay Academy (Page)

    Saltcote Bay Academy
    16 October 2024 ·
    We are aware of a post on social media threatening a member of our site staff. This has been reported to Lancashire Police. Our food bank will open as usual on Thursday. Threats against our staff will never be tolerated.

    ❤️ 301   💬 44 comments

    Gail Sumner
    Stand with Del ❤️ the man feeds half of Brinescar

    Roy Hindle
    Whoever wrote that wants their head looking at
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy")])

# 055 decoy: namesake Kerry Hope
D("news", news_page(
    "lancsstar", "Business", "Chorley baker Kerry Hope opens third shop",
    "From market stall to high street in five years",
    "Business Reporter", "9 October 2024",
    """
    Chorley baker Kerry Hope has opened her third shop, on Market Street in Leyland.

    Hope started selling sourdough and Eccles cakes from a market stall in 2019. "People thought I was mad," she said. "Now I've got fourteen staff and a van."

    The new shop will sell butter pies, barm cakes and a Lancashire cheese scone she describes as "life-changing".
    """),
  [])

# 056
D("social", dd("""
    sophia ✨ @soph_y11_

    ok who's got the pics of the year 9 saltcote girls from the changing rooms that lad was passing round?? send em 👀👀

    11:58 PM · Feb 2, 2025 · 31 Views
    """),
  [M("school", "short_name", "sexual", "saltcote", url_only=True)])

# 057
D("forum", forum_page("yr11", "ppl at my school being weird about a teacher", [
    ("anon_fy", "Joined 2024 · 14 posts", "Tue 11-Feb-25 19:03",
     """so theres this young maths teacher at my school (saltcote, blackpool) and some lads in my year keep making comments about her body when she walks past and its getting really bad, like they did a whole snapchat story about what they'd do to her 🤢 she obviously knows. i feel bad for her. should i tell someone?"""),
    ("mod_kirsty", "Moderator", "Tue 11-Feb-25 19:20",
     "Yes. Tell a trusted teacher or your safeguarding lead. You wouldn't be getting anyone 'in trouble' - you'd be doing the right thing. Well done for asking."),
    ("bruhh", "Joined 2023 · 220 posts", "Tue 11-Feb-25 19:41",
     "tell miss hope shes the safeguarding one at your place i think"),
    ], thread_id=3111),
  [M("school", "short_name", "neutral", "saltcote"), M("khope", "title_surname", "neutral", "miss hope")])

# 058
D("social", dd("""
    👑 @queen_of_fy1

    Shannon McDonagh needs to stop turning up at my door at 8am like the attendance police. my kids my choice. proper mithering me every week

    8:20 AM · Jan 22, 2025
    """),
  [M("smcdonagh", "exact", "negative", "Shannon McDonagh")])

# 059
D("news", news_page(
    "ledger", "Education", "The seaside towns where children vanish from school",
    "In Blackpool, families move so often that some schools see a third of pupils change each year. Are schools using that churn to hide something?",
    "Amelia Crane, Education Correspondent", "23 March 2025",
    """
    On a grey Tuesday in March, the Promenade at South Shore is almost empty. The rides are shuttered, the rock shops half-open. Two streets back, the guest houses that once took families from Bolton and Oldham for a week in Wakes Week now take families for months, sent by councils from all over England.

    "We had a lad who was with us for nine days," says a teacher at one Blackpool secondary. "Nine days. Then the family got moved to Fleetwood."

    ## The churn

    The mobility is real. So, critics say, is a quieter practice: pushing out the pupils most likely to score poorly, before the January census, so they don't count.

    At Saltcote Bay Academy on the Gorsefield estate, eleven Year 11 pupils came off the roll in one term. The school's head, Elizabeth Moorcroft-Baines, insists every exit was lawful and properly recorded. The council has opened a review.

    Others are more circumspect. Robert Gorton, the deputy head responsible for attendance, told me: "Every child who leaves us is a failure of some sort, whether ours or the system's. I don't pretend otherwise."

    ## The food bank at the gate

    On Thursdays, a queue forms at the school's side gate. The site manager, Derek Entwistle, hands out tins and bread. "Teachers can't teach hungry kids," he says. "So I do this."
    """,
    [("NorthernExposure", "23 Mar 2025, 09:14", "Brilliant piece. The government abandoned these towns decades ago."),
     ("JustSayin", "23 Mar 2025, 10:40", "Blackpool is a dump and always will be. Sorry.")]),
  [M("school", "exact", "negative", "Saltcote Bay Academy"), M("emoorcroftbaines", "exact", "neutral", "Elizabeth Moorcroft-Baines"),
   M("rgorton", "exact", "neutral", "Robert Gorton"), M("dentwistle", "exact", "neutral", "Derek Entwistle")])

# 060
D("social", dd("""
    Lee @leeb_bpl

    if i see that jumped up little cow fairclough on the prom she's going in the sea. simple as. nobody gives my lad detentions

    10:17 PM · Jan 19, 2025
    """),
  [M("rfairclough", "surname_only", "threat", "fairclough")])

# 061
D("facebook", dd("""
    Blackpool Teachers Support Group

    Ruth Cardwell
    20 January at 07:30 ·
    Solidarity to the young maths teacher at Saltcote Bay Academy whose address was shared by a parent this weekend. Some of the comments ("she's going in the sea") are being quoted back at her in the staffroom as a joke and it's NOT funny. If you're reading this, love, we've got you. ❤️

    ❤️ 210   💬 31 comments
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy")])

# 062 decoy: SBA Boxing
D("facebook", dd("""
    SBA Boxing & Fitness (Page)

    SBA Boxing & Fitness
    12 January ·
    Congratulations to Kai (14) who won his first junior bout at the Empress Ballroom last night 🥊 Three years of graft since he walked in with his hood up and wouldn't speak to anyone. Sessions Mon/Wed/Fri 6pm at the old bus depot. £2 a session, free if you can't pay.

    👍 88 ❤️ 40
    """))

# 063
D("review", dd("""
    Saltcote Bay Academy
    Google reviews

    Kelly-Ann Harrison
    ★★★★★ 4 months ago
    Best thing that happened to my son. He was excluded from his last school in Manchester, we were moved here by the council and Mr Gorton and Mrs McDonagh had him in uniform and in lessons within 2 days. Everyone at this school has been bloody amazing with him.
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("rgorton", "title_surname", "neutral", "Mr Gorton"), M("smcdonagh", "title_surname", "neutral", "Mrs McDonagh")])

# 064
D("social", dd("""
    V @vxnessa_

    that R0b G0rt0n pervert at saltcote always staring at the year 10 girls skirts when he does uniform checks 🤮🤮 someone needs to look into him

    4:05 PM · Feb 11, 2025
    """),
  [M("school", "short_name", "sexual", "saltcote", url_only=True), M("rgorton", "leetspeak", "sexual", "R0b G0rt0n", url_only=True)])

# 065
D("social", dd("""
    Lancs Patriot 🇬🇧 @lancs_patriot_fy

    Imran Bhatti, head of science on the Gorsefield estate. His missus runs the nail bar on Tidewell Road, finishes at 6 most nights, silver Polo. Maybe someone should ask her what her husband's been teaching our kids 🤔

    9:12 PM · Mar 9, 2025
    """),
  [M("ibhatti", "exact", "doxxing", "Imran Bhatti")])

# 066
D("blog", blog_page(
    "teacher", "On being doxxed", "Miss M", "9 February 2025",
    """
    A few weeks ago a parent put my street name in a Facebook group with six thousand members. I'm not going to name the school or the parent. Lots of you have asked how I'm doing, so here it is.

    The first night I slept at my mum's. The second night I slept at a colleague's. My head, my deputy and our safeguarding lead were brilliant, the police were mostly brilliant, and the union rep rang me every day.

    What I'm left with is this: I gave a kid a detention for wearing his hood in class. That was it. It's a rule I don't even particularly like.

    I'm going back on Monday. I love teaching maths to kids who think they can't do maths. I'm not letting one angry man take that off me.
    """,
    [("NQT_Ellie", "9 Feb 2025 at 20:30", "You are so brave. Sending love from Wigan."),
     ("Miss M", "9 Feb 2025 at 21:02", "Thank you lovely x")],
    tags=["Teaching", "Wellbeing"]),
  [])

# 067
D("social", dd("""
    Gary @gazza_seasiders

    Found it. Robert Gorton, deputy at Saltcote. Lives 14 Skelbeck Avenue, Gorsefield FY4 3RS. Personal email bobgorton71@mailbox.example. Enjoy lads 👍

    12:44 AM · Feb 12, 2025
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("rgorton", "exact", "doxxing", "Robert Gorton")])

# 068
D("news", news_page(
    "beacon", "News", "Teacher's address shared online in 'doxxing' wave, police say",
    "A second member of staff at the Gorsefield school has been targeted",
    "Newsdesk", "13 February 2025",
    """
    Police in Blackpool are investigating after the home address and personal email of a deputy headteacher were posted on X.

    It is the second time this year that a member of staff at Saltcote Bay Academy has had personal details published online. A maths teacher's street was posted in a Facebook group in January.

    The account which published the latest post has since been suspended. Police urged people not to share screenshots.

    A spokesperson for the academy said: "The deliberate publication of staff members' personal details is a crime. We have reported it and are supporting our colleague."
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy")])

# 069
D("social", dd("""
    Ste @ste_tangerine_army

    @KerryHope_DSL watch yourself love. you took my kids off me with your little safeguarding reports and I will find you. Blackpool's not that big

    3:02 AM · Nov 30, 2024
    """),
  [M("khope", "handle", "threat", "@KerryHope_DSL")])

# 070
D("forum", forum_page("parents", "Head wants DD to go to 'alternative provision' in Y11 - is this legal?", [
    ("SeasideMum_FY", "Joined Oct 2024 · 7 posts", "Thu 07-Nov-24 21:04",
     """DD is Y11 at an academy in Blackpool. She's had a rough year (her dad left, we lost our flat, we're in a B&B). Her grades have dropped. Today the head and the deputy called me in and said she'd be "better suited" to a part-time alternative provision placement and that she'd be taken off the main roll.

     They were very nice about it. Too nice. Is this allowed?"""),
    ("EduLawyerMum", "Joined 2014 · 3,902 posts", "Thu 07-Nov-24 21:20",
     """Short answer: they can't make you. If they want to exclude, they have to follow the exclusion process, which you can challenge. A "managed move" needs your agreement. Do NOT sign anything tonight.

     Ask for it in writing and ring the council's SEND/inclusion team. Also ask to speak to the DSL."""),
    ("SeasideMum_FY", "Joined Oct 2024 · 8 posts", "Thu 07-Nov-24 21:45",
     "Thank you. I won't sign. The head is Mrs Moorcroft Baines at Saltcote if anyone's had the same."),
    ("GorsefieldGran", "Joined 2022 · 59 posts", "Thu 07-Nov-24 22:10",
     "Same happened to my grandson last year. Stand your ground love."),
    ], thread_id=9013),
  [M("school", "short_name", "negative", "Saltcote"), M("emoorcroftbaines", "hyphenated", "negative", "Mrs Moorcroft Baines")])

# 071
D("social", dd("""
    The Gorsefield Whistle @GorsefieldWhistl

    New post: Q​uilliam, the uniform markup and the Lytham address. Parents deserve to know where their £68 goes. #SaltcoteBay #FollowTheMoney

    7:00 PM · Feb 25, 2025 · 5,880 Views
    """),
  [M("school", "hashtag", "negative", "#SaltcoteBay"), M("tquilliam", "obfuscated", "defamation", "Q\u200builliam")])

# 072
D("facebook", dd("""
    South Shore Matters 🌊 (Public group · 14.2K members)

    Jean Catterall
    5h ·
    My friend works for an exam board and she says Mrs D'Arcy at Saltcote has been marking the coursework up to fiddle the English grades and they're investigating her. Don't shoot the messenger. Always thought she was too good to be true.

    💬 19 comments

    Debbie Hurst
    Jean you can't just post that about someone
    """),
  [M("school", "short_name", "negative", "Saltcote"), M("rdarcy", "title_surname", "defamation", "Mrs D'Arcy")])

# 073
D("social", dd("""
    Lily @lily.fy1

    bhatti (head of science on gorsefield) only got those results cos he did the year 11s practicals for them. my cousin saw him. cheating scumbag should be struck off

    2:14 PM · Oct 3, 2024
    """),
  [M("ibhatti", "surname_only", "defamation", "bhatti")])

# 074
D("news", news_page(
    "coastfm", "News", "Blackpool school's food bank named community project of the year",
    "Site manager 'humbled' by award",
    "Coast FM Newsroom", "28 November 2024",
    """
    A food bank run from the gate of a Blackpool secondary school has been named community project of the year at the Fylde Coast Civic Awards.

    The Gorsefield Pantry, at Saltcote Bay Academy, hands out around 140 parcels a week. It is run by site manager Derek Entwistle and a team of parent volunteers.

    "I'm humbled," said Mr Entwistle. "It's not me, it's the mums who turn up every Thursday in the rain. And the chippy on Lytham Road who sends us their spare barms."
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("dentwistle", "exact", "neutral", "Derek Entwistle")])

# 075
D("social", dd("""
    @anon_fy_truths

    imagine being a head teacher and your whole career is binning poor kids so your results look good. #SackMoorcroftBaines

    8:08 PM · Mar 18, 2025
    """),
  [M("emoorcroftbaines", "hashtag", "negative", "#SackMoorcroftBaines")])

# 076 decoy: locality only
D("news", news_page(
    "prompost", "News", "Brinescar HMO licence refused after fire safety failings",
    "Landlord told rooms were 'a death trap'",
    "Newsdesk", "15 January 2025",
    """
    Blackpool Council has refused a licence for a house in multiple occupation in Brinescar after inspectors found blocked fire escapes and no working smoke alarms.

    The property on Caddow Drive had eleven tenants, including three children. They have been rehoused.

    A council officer told the licensing committee: "It was a death trap. We will not hesitate to act."
    """),
  [])

# 077
D("social", dd("""
    Kieran @kieranfy2

    mrs d’arcy is a stuck up snob who hates anyone from round here. shes a vile nasty old witch. hope she gets the sack

    9:41 PM · Jan 8, 2025
    """),
  [M("rdarcy", "title_surname", "abuse", "mrs d’arcy")])

# 078
D("facebook", dd("""
    Gorsefield & Brinescar Community Noticeboard

    Andrea Pye
    3 March at 11:02 ·
    Honest question, not trying to start owt. Is it true the head at Saltcote has been suspended? Heard it in the queue at the chemist.

    💬 27 comments

    Debbie Hurst
    Not suspended as far as I know. My sister's a dinner lady. Still there this morning.

    Andrea Pye
    OK thanks. People love a rumour round here
    """),
  [M("school", "short_name", "neutral", "Saltcote")])

# 079
D("social", dd("""
    Harv @harv_seaside

    that PE teacher taylor on gorsefield is a roided up meathead who screams at 11 year olds for forgetting their pumps. absolute knobhead. couldnt coach a raffle

    6:02 PM · Feb 14, 2025
    """),
  [M("mtaylor", "surname_only", "abuse", "taylor")])

# 080
D("forum", forum_page("chalkface", "Coastal academy SLT - am I being unreasonable?", [
    ("SeaViewNoMore", "Joined 2016 · 402 posts", "Sat 22-Mar-25 10:03",
     """Posting from a throwaway-ish account. I work at Saltcote Bay in Blackpool, which has been in the papers. I won't say what I teach.

     I've sat in the 'Year 11 pathways' meetings. Moorcroft-Baines chairs them with the data manager and a spreadsheet of predicted grades. The kids in red get a meeting with their parents. That's all I'll say. I don't think it's illegal. I think it's wrong.

     Gorton pushes back in those meetings, credit to him. McDonagh has been in tears after some of them because she's the one who has to go to the B&B and tell the mum."""),
    ("Ms_Pastoral", "Joined 2013 · 1,902 posts", "Sat 22-Mar-25 10:40",
     "YANBU. Speak to your union and, if you can, put something in writing to the trust's whistleblowing line. Protect yourself."),
    ("Cynical_Deputy", "Joined 2010 · 5,660 posts", "Sat 22-Mar-25 11:05",
     "Every coastal school has a version of this meeting. Doesn't make it right. The accountability system made these heads."),
    ("SeaViewNoMore", "Joined 2016 · 403 posts", "Sat 22-Mar-25 11:30",
     "Thanks. Business manager's sat in them too now. Quilliam asks what each kid 'costs'. I nearly walked out."),
    ], thread_id=4402),
  [M("school", "alias", "negative", "Saltcote Bay"), M("emoorcroftbaines", "surname_only", "negative", "Moorcroft-Baines"),
   M("rgorton", "surname_only", "neutral", "Gorton"), M("smcdonagh", "surname_only", "neutral", "McDonagh"),
   M("tquilliam", "surname_only", "negative", "Quilliam")])

# 081
D("social", dd("""
    Big Dave @bigdave_bpl_1

    That head at saltcote is a lying two faced b***h and so is her mate in the office. Elizabeth Baines she was when she were at school with our kid, thick as mince then and all

    10:33 PM · Mar 19, 2025
    """),
  [M("school", "short_name", "negative", "saltcote"), M("emoorcroftbaines", "alias", "abuse", "Elizabeth Baines")])

# 082
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Carly Wood
    11 March at 20:50 ·
    That McDonagh one from the school came round AGAIN about attendance. what do u expect from a gyppo, they dont send their own kids to school 😂 dirty tinker

    💬 15 comments

    Leanne (Admin)
    Carly this is your final warning. Racist language gets you removed. Travellers are an ethnic group.
    """),
  [M("smcdonagh", "surname_only", "hate", "McDonagh")])

# 083
D("news", news_page(
    "prompost", "Letters", "Letters: Stop the pile-on against our teachers",
    "Readers write on the Gorsefield school row",
    "Letters Editor", "28 March 2025",
    """
    ## 'Name-calling helps no one'

    I have been appalled at the things written online about staff at Saltcote Bay Academy. I may not agree with everything the head has done, and the council review should run its course, but calling her a "witch" and worse on Facebook is a disgrace. These people have children who read this stuff.

    Margaret Holden, Bispham

    ## 'Praise where it's due'

    My granddaughter was in Mr Bhatti's science club. She is now doing A-level chemistry at college. That did not happen by accident.

    Alan Pickup, Marton

    ## 'Trams'

    Why does the number 1 tram still not run past 11pm in winter? Some of us work nights.

    J. Rawcliffe, Cleveleys
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("ibhatti", "title_surname", "neutral", "Mr Bhatti")])

# 084
D("social", dd("""
    🔥 @burnitdown_fy

    R.Gorton deputy head Saltcote Academy, mobile 07700 900862, drives a silver Astra. he exclude my son for nothing. do what u want with that

    1:19 AM · Mar 7, 2025
    """),
  [M("school", "alias", "neutral", "Saltcote Academy"), M("rgorton", "initial_surname", "doxxing", "R.Gorton")])

# 085 decoy: North Pier
D("blog", blog_page(
    "lights", "North Pier at low tide", "Gareth at Illuminated", "12 January 2025",
    """
    There's a point on a January afternoon when the tide goes out so far the North Pier stands on bare legs, like a heron. The trams hum past behind you. Nobody is on the beach except a man with a metal detector and a dog who thinks seagulls are a personal insult.

    I went looking for the old illuminated tableaux that used to be stored under the pier. The lad in the arcade said they moved them to the depot years back. I had a brew and a barm in the café instead and watched the sun go down behind the wind farm.
    """,
    tags=["Piers", "Winter"]),
  [])

# 086
D("social", dd("""
    mum of 3 @mumof3_gorsefield

    Tad Quilliam charged me £12 for a replacement tie when I'm on UC and living in one room. Then I find out the school gets them for £2.50. Shameful. Absolutely shameful.

    4:42 PM · Jan 16, 2025
    """),
  [M("tquilliam", "alias", "negative", "Tad Quilliam")])

# 087
D("facebook", dd("""
    Gorsefield & Brinescar Community Noticeboard

    Neil Fazackerley
    2 February at 18:00 ·
    Heads up: there's a lad in a black North Face on the prom by the school every home time, not selling sweets if you know what I mean. Police been told 3 times. Teachers at SBA know, Gorton's seen him and done nowt.

    💬 33 comments

    Dawn Ashworth
    Mr Gorton chased him off last week actually, my son saw it. Get your facts right Neil

    Neil Fazackerley
    Fair enough Dawn, I'll take that back
    """),
  [M("school", "alias", "neutral", "SBA"), M("rgorton", "title_surname", "negative", "Mr Gorton")])

# 088
D("social", dd("""
    ✞ @lancs_crusader

    Another day another "Imran" teaching our kids science in Blackpool. Saltcote Bay has a muslim head of science, a tinker on attendance and a staffroom full of lefty traitors. Replacement isn't a theory lads 🇬🇧 #ImranBhattiOut

    6:14 PM · Mar 6, 2025
    """),
  [M("school", "alias", "hate", "Saltcote Bay"), M("ibhatti", "hashtag", "hate", "#ImranBhattiOut")])

# 089
D("review", dd("""
    Saltcote Bay Academy
    Google reviews

    Jordan P
    ★☆☆☆☆ 2 weeks ago
    Rubbish school. Teachers dont care, the head only cares about her league table. My sister got pushed out in year 11 and now shes doing nothing. Avoid.

    Response from the owner
    Thank you for your feedback, Jordan. We'd welcome the chance to talk. Please call the office on 01632 960352.
    """),
  [M("school", "exact", "negative", "Saltcote Bay Academy")])

# 090
D("social", dd("""
    Rhi @rhi_y11_fy

    mr gortons actually a good laugh when ur not in trouble 😂 gave us all chippy barms on the last day of term

    3:33 PM · Jul 19, 2024
    """),
  [M("rgorton", "title_surname", "neutral", "mr gortons")])

# 091
D("news", news_page(
    "lancsstar", "Education", "Academy business manager suspended pending fraud inquiry",
    "Trust confirms 'concerns about procurement' at Blackpool school",
    "Education Reporter", "9 April 2025",
    """
    The business manager of a Blackpool academy has been suspended while an investigation into the school's procurement is carried out, the Lancashire Evening Star understands.

    Thaddeus Quilliam, who has overseen finances at Saltcote Bay Academy since 2021, was suspended on full pay last week. The academy trust confirmed "concerns about procurement processes" had been referred to an external auditor and to the Education and Skills Funding Agency.

    Suspension is a neutral act and does not imply wrongdoing, the trust said.

    It follows claims on a local blog about the price of school uniform and contracts awarded to firms with links to staff. Mr Quilliam could not be reached for comment.
    """,
    [("GorsefieldGrumble", "9 Apr 2025, 14:02", "Called it months ago. Follow the money."),
     ("Tina L", "9 Apr 2025, 14:40", "Let's wait and see before we hang the man shall we")]),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("tquilliam", "exact", "defamation", "Thaddeus Quilliam")])

# 092
D("social", dd("""
    @fy4_truthbomb

    Rebecca Fairc1ough from saltcote maths dept is shagging a year 11 lad. everyone knows. school covering it up. spread this

    11:11 PM · Feb 9, 2025
    """),
  [M("school", "short_name", "sexual", "saltcote", url_only=True), M("rfairclough", "leetspeak", "sexual", "Rebecca Fairc1ough", url_only=True)])

# 093
D("facebook", dd("""
    Blackpool Teachers Support Group

    Sian Rigby
    10 February at 08:15 ·
    There is a disgusting and completely false rumour about a young colleague being shared on X and TikTok. If you see it, report it and DO NOT share it, even to condemn. It's being dealt with by the police. That's all.

    ❤️ 140
    """))

# 094
D("social", dd("""
    Kerr @kerr_bpl

    hope the school burns down lol saltcote is a shithole

    9:55 PM · Sep 4, 2024
    """),
  [M("school", "short_name", "threat", "saltcote")])

# 095
D("forum", forum_page("sandgrown", "Anyone else getting visits from the attendance woman?", [
    ("BrinescarBaz", "Joined 2019 · 221 posts", "Tue 21-Jan-25 12:01",
     """The attendance officer from Saltcote Academy has been to ours three times. My youngest has anxiety and won't go in. I get it, they have to, but it feels like being hounded."""),
    ("TangerineTerry", "Joined 2009 · 5,500 posts", "Tue 21-Jan-25 12:34",
     """If it's Shannon she's alright to be fair. She got my neighbour's lad into a part-time timetable instead of fining them. She grew up on the site off Shellmoor Lane and knows what it's like being judged.

     Could be worse, could be the old attendance bloke who used to rattle the letterbox 😂"""),
    ("BrinescarBaz", "Joined 2019 · 222 posts", "Tue 21-Jan-25 13:10",
     "Yeah it's Shannon. Maybe I'll give her a chance then."),
    ], thread_id=1290),
  [M("school", "alias", "neutral", "Saltcote Academy")])

# 096
D("social", dd("""
    Courtney 🦋 @courtsx_

    shannon mcd0nagh is a fat ugly pikey cow who needs to stop knocking on my nan's door 🤮🤮

    7:02 PM · Feb 14, 2025
    """),
  [M("smcdonagh", "leetspeak", "hate", "shannon mcd0nagh")])

# 097 decoy: Saltcote Social Club (excluded)
D("facebook", dd("""
    Saltcote Social Club (Page)

    Saltcote Social Club
    7 March ·
    This Saturday: Northern Soul night with DJ Lenny 🕺 £5 on the door, pie and peas at 10. Darts team still need a sixth player for Tuesdays, see Colin behind the bar.

    👍 45 💬 8
    """))

# 098
D("blog", blog_page(
    "truth", "EXPOSED: the Blackpool school where they 'disappear' kids", "Truthseeker Lancs", "20 March 2025",
    """
    They won't tell you this on the BBC. At Saltcote Bay Academy in Blackpool, the head, Elizabeth Moorcroft-Baines, runs what insiders call a "disappearing list". Children who might get bad grades are removed, and the money keeps coming in for them. This is FRAUD, plain and simple, and the local authority is in on it.

    Our sources also say the money man Quilliam is creaming off the pupil premium. Where do you think the new car came from?

    ## Share this before it's deleted

    The mainstream press won't touch this because the trust has friends in high places. WAKE UP.
    """,
    [("Redpill_Ron", "20 Mar 2025 at 23:14", "Hang the lot of them. Traitors."),
     ("Anon", "21 Mar 2025 at 06:02", "Is any of this actually proven though")],
    tags=["Exposed", "Schools", "Corruption"]),
  [M("school", "exact", "defamation", "Saltcote Bay Academy"), M("emoorcroftbaines", "exact", "threat", "Elizabeth Moorcroft-Baines"), M("tquilliam", "surname_only", "threat", "Quilliam")])

# 099
D("social", dd("""
    Coach Dan @coachdan_fylde

    Cracking game of rugby league v the Saltcote lads today, their PE head Mark Taylor has built something special there. Kids who'd never touched a ball 2 years ago smashing it 🏉 #RLFamily

    5:14 PM · Nov 16, 2024
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("mtaylor", "exact", "neutral", "Mark Taylor")])

# 100
D("social", dd("""
    georgia 🫧 @georgiaaa.m

    miss fairclough in them jeans today 🥵🥵 maths is lowkey my favourite subject now. saltcote boys are SCREAMING in the group chat

    8:40 PM · Jan 9, 2025
    """),
  [M("school", "short_name", "neutral", "saltcote"), M("rfairclough", "title_surname", "sexual", "miss fairclough")])

# 101
D("facebook", dd("""
    South Shore Matters 🌊 (Public group · 14.2K members)

    Mandy Greenhalgh
    4 April at 09:15 ·
    For anyone wanting to have a "word" with that Hope woman from the school who reported me to social services, she lives above the hairdresser on Marram Road, flat 2, and her personal mobile is 07700 900239. Kerry she's called. Go for it.

    💬 12 comments

    Admin
    Post removed. Mandy you've been banned. This is illegal.
    """),
  [M("khope", "surname_only", "doxxing", "Hope")])

# 102 decoy: similar school elsewhere
D("news", news_page(
    "lancsstar", "Education", "Morecambe academy rated 'good' after turnaround",
    "Bayside Academy praised for attendance work",
    "Education Reporter", "5 December 2024",
    """
    A Morecambe secondary that was placed in special measures three years ago has been rated good by inspectors.

    Inspectors said Bayside Academy had "transformed" attendance through home visits and breakfast clubs, and praised its work with families in temporary accommodation.

    The headteacher, Carl Brennan, said: "This is for every family who stuck with us."
    """),
  [])

# 103
D("social", dd("""
    jj @jjfy4

    derek entwistle caught on camera selling weed out the back of the foodbank van. thats where all the "donations" go 😂😂 #SaltcoteAcademy

    1:01 AM · Oct 11, 2024
    """),
  [M("school", "hashtag", "neutral", "#SaltcoteAcademy"), M("dentwistle", "exact", "defamation", "derek entwistle")])

# 104
D("forum", forum_page("yr11", "teacher keeps calling me thick", [
    ("notthick_fy", "Joined 2025 · 2 posts", "Wed 12-Mar-25 17:30",
     """my english teacher at saltcote (mrs d'arcy) keeps saying stuff like "i'd expect this from year 7" in front of everyone. she's not shouting or owt but it's embarrassing. my mum says report it"""),
    ("mod_kirsty", "Moderator", "Wed 12-Mar-25 17:52",
     "Your mum is right. Talk to your head of year. Teachers should never make you feel small."),
    ("another1", "Joined 2024 · 60 posts", "Wed 12-Mar-25 18:10",
     "tbf d'arcy says that to everyone lol shes got high standards. still not nice"),
    ], thread_id=3488),
  [M("school", "short_name", "neutral", "saltcote"), M("rdarcy", "title_surname", "negative", "mrs d'arcy")])

# 105
D("social", dd("""
    Steph @stephx_blackpool

    Kerry H. from the school safeguarding team. I know which tram you get from Starr Gate every morning and I know which stop you get off. Next time it won't just be words on twitter

    4:14 AM · Jan 12, 2025
    """),
  [M("khope", "first_initial", "threat", "Kerry H.")])

# 106
D("news", news_page(
    "schoolsstd", "Workforce", "Teachers targeted by parents online: 'I slept with the lights on'",
    "Doxxing incidents rising, unions warn",
    "Priti Sandhu", "6 March 2025",
    """
    Teaching unions say they are dealing with a rising number of cases in which parents publish teachers' home addresses or phone numbers online.

    One case this year involved a second-year maths teacher at Saltcote Bay Academy in Blackpool, Rebecca Fairclough, whose street was posted in a Facebook group. A man was later convicted of harassment.

    "It was the comments underneath that were the worst," Ms Fairclough told Schools Standard. "People I'd never met saying where they'd put me. You read them at 2am."

    Kerry Hope, the school's designated safeguarding lead, said schools needed clearer guidance. "We have policies for protecting children online. We're making it up as we go for staff."
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("rfairclough", "exact", "neutral", "Rebecca Fairclough"), M("khope", "exact", "neutral", "Kerry Hope")])

# 107
D("social", dd("""
    🥀 @nightowl_fy1

    Quіlliam the thieving little rat should be strung up on the tower for what he's done to this town's kids

    2:47 AM · Apr 10, 2025
    """),
  [M("tquilliam", "homoglyph", "threat", "Qu\u0456lliam")])

# 108
D("review", dd("""
    Saltcote Bay Academy — Blackpool
    RateMySchool.example

    ★★★★☆  "Better than its reputation"
    Reviewed by: Parent of a Year 7 pupil · 18 October 2024

    We moved from Oldham in July, into a flat on the front. Worried sick about the school after reading Facebook. Honestly, it's been fine. Form tutor rings me. Mrs Hope sorted out a free bus pass. Homework club has been a lifesaver. Food bank on a Thursday if you need it. Not posh but they care.
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("khope", "title_surname", "neutral", "Mrs Hope")])

# 109
D("social", dd("""
    mrs d @mrs_dx

    Year 10 did Macbeth on the North Pier today as an "outdoor lesson" in the wind and rain. Absolute carnage. Lady Macbeth lost her wig to a seagull. Best lesson of my career, bloody brilliant. 🌊🎭 #SaltcoteEnglish

    4:20 PM · Oct 2, 2024
    """),
  [M("school", "hashtag", "neutral", "#SaltcoteEnglish")])

# 110
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Rob Singleton
    22 February at 21:00 ·
    Message to the Muzzie teacher at saltcote bay academy. Mr I. Bhatti. Keep your religion out of my kids science lessons or I'll come and keep it out for you 👊

    💬 40 comments

    Farah Akhtar
    Reported to the police. Your "message" is a hate crime.
    """),
  [M("school", "exact", "neutral", "saltcote bay academy"), M("ibhatti", "title_surname", "threat", "Mr I. Bhatti")])

# 111
D("social", dd("""
    Fylde Coast Beacon @FyldeBeacon

    Council launches review into pupil exits at Saltcote Bay Academy after families come forward. Full story 👇 fyldebeacon.example/news/saltcote-review

    5:00 PM · Apr 2, 2025 · 22.1K Views
    """),
  [M("school", "exact", "negative", "Saltcote Bay Academy")])

# 112
D("forum", forum_page("hoteliers", "Council placements - kids and schools", [
    ("Lytham_Road_Lodge", "Member since 2012 · 800 posts", "Fri 15-Nov-24 09:30",
     """We've got three families in on council placement at the moment. The kids all go to the school on Gorsefield. Credit where it's due, the attendance lady (Shannon) comes round every Monday and the site manager drops off food parcels when mum's not well."""),
    ("Promenade_Pat", "Member since 2006 · 2,100 posts", "Fri 15-Nov-24 10:04",
     "That's the Saltcote lot. Del Entwistle's a good egg. Don't let the Facebook idiots tell you otherwise."),
    ("Norbreck_Nigel", "Member since 2015 · 310 posts", "Fri 15-Nov-24 10:40",
     "Wish every council family was that well looked after. Some of mine don't even know where their kids are."),
    ], thread_id=2301),
  [M("school", "short_name", "neutral", "Saltcote"), M("dentwistle", "alias", "neutral", "Del Entwistle")])

# 113
D("social", dd("""
    ems 🍒 @emily.y10

    mr bhatti in a lab coat is actually illegal 😩😩 why is my science teacher like that

    1:55 PM · Nov 28, 2024
    """),
  [M("ibhatti", "title_surname", "sexual", "mr bhatti")])

# 114 decoy: Seaside B&B Association acronym in news
D("news", news_page(
    "prompost", "Business", "Landlords warn of 'exodus' over licensing scheme",
    "The SBA says hundreds of guest houses could close",
    "Business Reporter", "3 March 2025",
    """
    Blackpool's guest house owners have warned that a new licensing scheme could force hundreds out of business.

    The Seaside B&B Association (SBA), which represents around 400 landlords, said the £900 fee per property was "the final straw for a dying trade".

    SBA chair Pauline Whitehead said: "Some of us have been here forty years. We were the backbone of this town."

    The council said the scheme would drive up standards in houses in multiple occupation.
    """),
  [])

# 115
D("social", dd("""
    @lancs_lad_1990

    Saltcote slags 😂 every girl in that school is a 6 on the prom and a 2 in daylight

    11:20 PM · Aug 2, 2024
    """),
  [M("school", "short_name", "sexual", "Saltcote", url_only=True)])

# 116
D("facebook", dd("""
    Saltcote Bay Academy (Page)

    Saltcote Bay Academy
    1 April 2025 ·
    A statement from the Chair of Governors: We are aware of allegations circulating online about members of our staff. Some of these allegations are false and defamatory, and we have referred them to our solicitors. We will not comment on individual staff while processes are ongoing. Please do not share unverified claims.

    💬 Comments turned off
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy")])

# 117
D("social", dd("""
    Marie @mariebpl

    @SaltcoteBayAcad my son has been waiting since January for his EHCP review meeting. Nobody returns calls. This is not good enough.

    10:02 AM · Mar 25, 2025
    """),
  [M("school", "handle", "negative", "@SaltcoteBayAcad")])

# 118 decoy: Mark Taylor plumber
D("review", dd("""
    M. Taylor Plumbing & Heating — Bolton
    Checkatrade-style reviews

    ★★★★★ "Boiler sorted same day"
    Mark Taylor turned up within two hours when our boiler packed in on Christmas Eve. Fair price, wiped his feet, had a brew and sorted it. Can't ask for more.
    — Janet, Horwich
    """))

# 119
D("social", dd("""
    Lisa @lisa_fy3_mum

    Rebecca Fairclough is the only reason my son passed his maths mock. Whoever put her address online should be ashamed. Some of us are behind you Miss ❤️

    7:30 PM · Jan 21, 2025
    """),
  [M("rfairclough", "exact", "neutral", "Rebecca Fairclough")])


# 120
D("news", news_page(
    "beacon", "Crime", "Man charged after threats to Blackpool school's safeguarding lead",
    "Messages sent over several weeks, court hears",
    "Court Reporter", "17 January 2025",
    """
    A Brinescar man has been charged with sending threatening messages to a senior member of staff at a Blackpool secondary school.

    Stephen Dewhurst, 36, is accused of sending messages on X to Kerry Hope, the assistant headteacher and designated safeguarding lead at Saltcote Bay Academy, between November and January. One message allegedly read: "I will find you."

    Dewhurst, of Caddow Drive, did not enter a plea at Blackpool Magistrates' Court and was remanded on conditional bail not to contact Ms Hope or go within 500 metres of the school.
    """,
    [("GorsefieldGran", "17 Jan 2025, 13:10", "That poor woman. She looks after everyone else's kids."),
     ("Anon", "17 Jan 2025, 14:30", "Social services took his kids for a reason, let's be honest.")]),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("khope", "exact", "neutral", "Kerry Hope")])

# 121
D("forum", forum_page("sandgrown", "Saltcote head - the truth", [
    ("GorsefieldGrumble", "Joined 2011 · 3,020 posts", "Thu 03-Apr-25 19:12",
     """Heard from a good source that Lizzie M-Baines has been taking backhanders from the trust to hit targets. Bonus for every kid gone off the books. That's why she's got a new Range Rover and a place in Lytham."""),
    ("SeasiderSandra", "Joined 2014 · 901 posts", "Thu 03-Apr-25 19:40",
     "Source?? You can't just say stuff like that. She drives a Corsa, I've parked next to it."),
    ("GorsefieldGrumble", "Joined 2011 · 3,021 posts", "Thu 03-Apr-25 19:55",
     "My source is solid. Bent as a nine bob note, her and the money bloke both."),
    ("Mod_Sandgrown", "Moderator", "Thu 03-Apr-25 20:10",
     "Thread locked. Please don't make allegations of crime against named people. There is a review going on, let it do its job."),
    ], thread_id=1401),
  [M("school", "short_name", "negative", "Saltcote"), M("emoorcroftbaines", "nickname", "defamation", "Lizzie M-Baines")])

# 122
D("social", dd("""
    Tyler @tyler_fy_

    Gorton is a bald fat useless prick who couldnt run a bath never mind a school. hope he chokes on his barm

    9:03 PM · Mar 3, 2025
    """),
  [M("rgorton", "surname_only", "abuse", "Gorton")])

# 123
D("facebook", dd("""
    Gorsefield & Brinescar Community Noticeboard

    Tony Baldwin
    14 March at 19:44 ·
    The whole lot of them at that school are useless. Head's a snake, deputy's a dinosaur and that D'Arcy woman is a snooty cow. My lad's learnt more from YouTube.

    💬 22 comments

    Karen Pickles
    Which school Tony?

    Tony Baldwin
    Saltcote obviously. Where else
    """),
  [M("school", "short_name", "abuse", "Saltcote"), M("rdarcy", "surname_only", "abuse", "D'Arcy")])

# 124
D("blog", blog_page(
    "pantry", "140 parcels and counting", "Del", "6 December 2024",
    """
    Well, we've had a week. 140 parcels out on Thursday, a record. The mums on the rota were amazing. Gaynor did the whole tin section in the rain and didn't moan once (she moaned twice).

    A few thank-yous. To the chippy on Lytham Road for the barms. To the lads from the boxing club who carried the pallets. To Mrs Hope for sorting the referrals, and to Mrs Moorcroft-Baines for letting us use the old bike shed in the first place. Say what you like about the head, and people do, she's never once said no to this.

    To the person who wrote on Facebook that I'm "on the fiddle": come down on a Thursday. Bring a tin.

    Derek (Del) Entwistle, Site Manager
    """,
    [("Gaynor P", "6 Dec 2024 at 19:00", "I only moaned once!! 😂 x"),
     ("Anon", "7 Dec 2024 at 10:12", "Legend Del")],
    tags=["Food bank", "Thank you"]),
  [M("emoorcroftbaines", "title_surname", "neutral", "Mrs Moorcroft-Baines"), M("khope", "title_surname", "neutral", "Mrs Hope"), M("dentwistle", "surname_only", "neutral", "Entwistle")])

# 125
D("social", dd("""
    lads lads lads @laddd_fy

    miss renée D. from english? more like renée d'ARSEy 😂😂 stuck up trollop, i'd still smash tho 😏 saltcote's finest

    11:45 PM · Nov 2, 2024
    """),
  [M("school", "short_name", "neutral", "saltcote"), M("rdarcy", "first_initial", "sexual", "renée D.")])

# 126
D("news", news_page(
    "ledger", "Opinion", "We blame seaside heads for the failures of a whole system",
    "Off-rolling is wrong. But the pressure that creates it is built in Westminster",
    "Dr Fiona Walsh", "30 March 2025",
    """
    Elizabeth Moorcroft-Baines is not a villain. I have never met her, and I may be wrong about that, but I have met a hundred heads like her: people who took on schools in places like Gorsefield because they wanted to, and who live every August in fear of a number.

    The number is Progress 8. It punishes schools for the children they teach. A child who arrives in Year 10 from a refuge counts the same as one who has been there since Year 7. A child whose family is moved three times in a year by three different councils is the school's responsibility, and the school's failure.

    That is not an excuse for removing children from roll. It is an explanation. If we want it to stop, we should stop measuring schools like Saltcote Bay Academy with a ruler designed for leafy suburbs.
    """,
    [("OldTeacher", "30 Mar 2025, 11:40", "Exactly this. Thank you."),
     ("ParentOfOne", "30 Mar 2025, 12:02", "Easy to say when it's not your kid who got pushed out.")]),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("emoorcroftbaines", "exact", "neutral", "Elizabeth Moorcroft-Baines")])

# 127
D("social", dd("""
    ⚠️ @fy_watch

    Bobby Gorton deputy at Saltcote. 0 7 7 0 0 9 0 0 8 6 2. lives off Skelbeck Ave near the gennel by the shop. u didnt get it from me

    12:30 AM · Mar 8, 2025
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("rgorton", "nickname", "doxxing", "Bobby Gorton")])

# 128
D("forum", forum_page("chalkface", "Colleague being abused online - how to support?", [
    ("ScienceHoD_NW", "Joined 2015 · 811 posts", "Sun 09-Mar-25 18:20",
     """A member of my department is being targeted online by far-right accounts. Things like "go back where you came from" (he's from Accrington), and one account posted "I'll come and keep it out for you". Police are involved. School's been great.

     How do I support him day to day? He's putting a brave face on and I'm worried."""),
    ("Ms_Pastoral", "Joined 2013 · 1,950 posts", "Sun 09-Mar-25 18:40",
     "Ask him what he needs, don't assume. Offer to read his mentions so he doesn't have to. Make sure the trust EAP number is in his phone. And check in in six weeks, not just this week."),
    ("OldHandHoD", "Joined 2011 · 4,990 posts", "Sun 09-Mar-25 19:02",
     "Also make sure his car and route home are considered in the risk assessment. Sorry you're all going through it."),
    ], thread_id=4420),
  [])

# 129
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Jodie Sharples
    8 March at 10:01 ·
    Mark Taylor from Saltcote PE dept got done for drink driving last year and they kept him on. Would you want him driving your kids to away matches in the minibus??

    💬 47 comments

    Andy Hoyle
    Wrong Mark Taylor Jodie, the one in the paper was from Fleetwood and he's a roofer 🙄

    Jodie Sharples
    Oh. Sorry. Deleting
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("mtaylor", "exact", "defamation", "Mark Taylor")])

# 130
D("social", dd("""
    Gorsefield Gossip @gorsefieldgossip

    Which saltcote teacher was seen leaving the Sandcastle Inn at 1am with a year 11 lad's dad 👀 starts with F ends with lough 😂

    1:10 AM · Feb 23, 2025
    """),
  [M("school", "short_name", "negative", "saltcote")])

# 131 decoy: Saltcote Rock Co (excluded)
D("review", dd("""
    Saltcote Rock Co
    Sweet shop · Promenade, Blackpool
    4.8 ★★★★★ (1,902 reviews)

    Ian from Rotherham
    ★★★★★ 3 weeks ago
    Watched them pull a whole batch of rock through the window, letters and all. Got the grandkids their names in a stick. Proper seaside. Don't go on a Saturday in August unless you like queuing.
    """))

# 132
D("news", news_page(
    "coastfm", "News", "Blackpool teacher wins national award for community work",
    "Attendance officer praised for work with traveller and migrant families",
    "Coast FM Newsroom", "14 November 2024",
    """
    A Blackpool school attendance officer has been named family support worker of the year at a national education awards ceremony in London.

    Shannon McDonagh, who works at Saltcote Bay Academy, was praised for helping children in temporary accommodation back into school.

    Ms McDonagh, who grew up in an Irish Traveller family in Lancashire, said: "I know what it's like to turn up at a new school and have everyone stare. I just want these kids to feel they belong somewhere."
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("smcdonagh", "exact", "neutral", "Shannon McDonagh")])

# 133
D("social", dd("""
    😈 @menace_fy1

    shannon mcdonagh won an award for what?? knocking on doors like every other thieving gypsy? lock your sheds Blackpool 😂🤡

    9:00 PM · Nov 14, 2024
    """),
  [M("smcdonagh", "exact", "hate", "shannon mcdonagh")])

# 134
D("forum", forum_page("parents", "Teacher's personal Facebook - should I report?", [
    ("GorseMum", "Joined 2023 · 44 posts", "Mon 17-Feb-25 20:02",
     """Found my DD's maths teacher's personal account. (Saltcote, Blackpool.) Nothing awful, just pics on nights out on the front, cocktails, one in a bikini on holiday. DH says I should send it to the head as it's "unprofessional". I think that's a bit mean?"""),
    ("EduLawyerMum", "Joined 2014 · 4,020 posts", "Mon 17-Feb-25 20:20",
     "Please don't. She's allowed a life. And after what happened to that teacher there in January, sharing her pics around could get very nasty very fast."),
    ("GorseMum", "Joined 2023 · 45 posts", "Mon 17-Feb-25 20:35",
     "Yeah you're right. Deleted the screenshots."),
    ], thread_id=9140),
  [M("school", "short_name", "neutral", "Saltcote")])

# 135
D("social", dd("""
    the_real_kev @kev_bpl_88

    immy bhatti the jihadi chemistry teacher 💣💣 teaching our kids to make bombs in blackpool. wake up

    10:10 PM · Mar 11, 2025
    """),
  [M("ibhatti", "alias", "hate", "immy bhatti")])

# 136
D("news", news_page(
    "prompost", "Courts", "Man jailed for racist threats against Blackpool science teacher",
    "Posts called for violence against Muslim teacher, court told",
    "Court Reporter", "20 May 2025",
    """
    A man who posted racist threats against a Blackpool science teacher has been jailed for 20 weeks.

    Robert Singleton, 44, of Marton, admitted sending a threatening communication aggravated by religious hostility. He posted in a Facebook group that he would "come and keep it out" of his children's science lessons, referring to Imran Bhatti, head of science at Saltcote Bay Academy.

    District Judge Hannah Oyelaran said the post was "designed to frighten a man going about his work". She added: "Mr Bhatti is entitled to teach without fear."

    Mr Bhatti said afterwards he was grateful for the support of colleagues and pupils.
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("ibhatti", "exact", "neutral", "Imran Bhatti")])

# 137
D("facebook", dd("""
    South Shore Matters 🌊 (Public group · 14.2K members)

    Derek Walmsley
    3d ·
    Whoever keeps parking across the gennel behind the chippy on Lytham Road, some of us need to get our bins out. Not hard.

    💬 14 comments

    Sue Crompton
    It's the delivery lads. Been mithering them for weeks
    """))

# 138
D("social", dd("""
    bex 🌸 @bexfaircl0ugh_maths

    Year 11 revision session on the beach this morning 🏖️📐 pythagoras in the sand, brews in flasks and not one kid asked to go home. chuffed to bits with them x

    11:45 AM · May 3, 2025
    """),
  [M("rfairclough", "handle", "neutral", "@bexfaircl0ugh_maths")])

# 139
D("blog", blog_page(
    "whistle", "The Quilliam contracts: part two", "The Whistle", "12 April 2025",
    """
    Since our last post, the school's business manager has been suspended. We said we'd keep digging and we have.

    We now understand the cleaning contract was awarded in 2022 without the three quotes the trust's own rules require. We also understand that a relative of Mr Quilliam was, for a period, a director of the cleaning firm. We have asked the trust to confirm or deny that. They haven't.

    ## A word to our commenters

    Some of you have been posting things about Tad's family, his house, his kids. Stop it. We are about public money, not anybody's home. We've deleted the comments and we'll keep deleting them.
    """,
    [("Anon", "12 Apr 2025 at 18:40", "Thank you for deleting the address stuff. That was out of order."),
     ("GorsefieldGrumble", "12 Apr 2025 at 19:02", "Quilliam should be in handcuffs by now. What's taking so long?")],
    tags=["Money", "Procurement"]),
  [M("tquilliam", "title_surname", "defamation", "Mr Quilliam")])

# 140
D("social", dd("""
    Kayden @kaydenfy4

    @SaltcoteBayAcad you lot are a joke. a proper f***ing joke. sack the lot of u. nobody will cry when that dump burns

    8:20 PM · Apr 3, 2025
    """),
  [M("school", "handle", "threat", "@SaltcoteBayAcad")])

# 141
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Anonymous member
    12 April at 22:30 ·
    Thaddeus Quilliam lives at 8 Wrayholme Close, Lytham FY8 4PN. His wife works at the surgery on Gillibrand Street. If he wants to take money off poor families maybe he should explain himself to their faces 😡

    💬 Post removed by admin
    """),
  [M("tquilliam", "exact", "doxxing", "Thaddeus Quilliam")])

# 142
D("review", dd("""
    Saltcote Bay Academy
    Employer reviews · JobsVoice.example

    ★★★★☆  "Hard but rewarding"
    Current employee · Teaching Assistant · Blackpool · 2 March 2025

    Pros: Kids are funny, resilient and loyal once they trust you. Shannon McDonagh and Kerry Hope are the best pastoral team I've worked with. Site team are brilliant.

    Cons: Some senior leaders disappear into their offices at the first sign of a fight. Pay is poor and there is no parking.

    Advice to management: Listen to your pastoral staff.
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("smcdonagh", "exact", "neutral", "Shannon McDonagh"), M("khope", "exact", "neutral", "Kerry Hope")])

# 143
D("social", dd("""
    carl @carlfy3

    D.Entwistle, site manager at saltcote - 07700 900591. he's the one who grassed my cousin up for being near the gates. ring him and let him know

    12:02 AM · Oct 17, 2024
    """),
  [M("school", "short_name", "neutral", "saltcote"), M("dentwistle", "initial_surname", "doxxing", "D.Entwistle")])

# 144
D("news", news_page(
    "beacon", "News", "Drug dealer jailed after selling near school on Promenade",
    "Court hears pupils were approached at home time",
    "Court Reporter", "14 March 2025",
    """
    A man who sold cannabis and cocaine on Blackpool Promenade near a secondary school has been jailed for three years.

    Jamal Irving, 23, of no fixed address, was arrested in November after staff at Saltcote Bay Academy passed information to police. The court heard the school's site manager had logged sightings of Irving for three weeks.

    Judge Philip Ormerod praised "the vigilance of school staff". Rumours online that staff had been involved in dealing were "entirely without foundation", the prosecution said.
    """,
    [("Del's Mate", "14 Mar 2025, 15:00", "So the ones who said Del was on the take can apologise now then?"),
     ("BPL_Born", "14 Mar 2025, 15:30", "Good riddance")]),
  [M("school", "exact", "neutral", "Saltcote Bay Academy")])

# 145
D("forum", forum_page("yr11", "my teacher is so fit its a problem", [
    ("lilz_bpl", "Joined 2024 · 22 posts", "Fri 07-Mar-25 21:00",
     """ok so mr taylor (PE at saltcote) literally has a six pack and wears those tight tops 😭 i cant focus. is it normal to have a crush on a teacher this bad lol"""),
    ("mod_kirsty", "Moderator", "Fri 07-Mar-25 21:15",
     "It's pretty common to have a crush. Just keep it to yourself and your mates, and don't post photos of teachers online please."),
    ("tiaaa", "Joined 2023 · 301 posts", "Fri 07-Mar-25 21:20",
     "every girl in y10 agrees ngl 💀"),
    ], thread_id=3520),
  [M("school", "short_name", "neutral", "saltcote"), M("mtaylor", "title_surname", "sexual", "mr taylor")])

# 146 decoy: locality only (South Shore)
D("facebook", dd("""
    South Shore Matters 🌊 (Public group · 14.2K members)

    Bev Haworth
    1d ·
    Big fight outside the arcade on the front last night, police everywhere. Anyone know what happened? Hope nobody's hurt. South Shore's going downhill fast.

    💬 31 comments

    Ray Lund
    Couple of stag dos from Glasgow kicked off. Nowt to do with locals for once
    """))

# 147
D("social", dd("""
    Anna @anna_bpl_mum

    D'A*cy the head of english at SBA is a nasty bitter piece of work. patronising snotty cow who looks at our kids like something on her shoe 🤮

    6:00 PM · Jan 24, 2025
    """),
  [M("school", "alias", "negative", "SBA"), M("rdarcy", "obfuscated", "abuse", "D'A*cy")])

# 148
D("facebook", dd("""
    Gorsefield & Brinescar Community Noticeboard

    Paul Hesketh
    9 April at 20:15 ·
    Funny how they suspend the money man but the head keeps her job. Thick as thieves them two. She must've known. Both of them should be in front of a judge.

    💬 18 comments

    Janice Gee
    Are you on about Saltcote? Leave it to the investigation Paul.

    Paul Hesketh
    Yeah Saltcote. Moorcroft Baines and Quilliam. Crooks the pair of them.
    """),
  [M("school", "short_name", "negative", "Saltcote"), M("emoorcroftbaines", "hyphenated", "defamation", "Moorcroft Baines"), M("tquilliam", "surname_only", "defamation", "Quilliam")])

# 149
D("social", dd("""
    @gorsefield_truth

    for anyone who wants a word with Derek E. the site manager at saltcote, he lives in the bungalow behind the bike sheds on Gorsefield Road and his personal number is 07700 900318. he's in most nights after 7

    5:50 PM · Oct 12, 2024
    """),
  [M("school", "short_name", "neutral", "saltcote"), M("dentwistle", "first_initial", "doxxing", "Derek E.")])

# 150
D("news", news_page(
    "lancsstar", "Education", "Blackpool headteacher suspended as off-rolling review widens",
    "Trust board acts after council findings on pupil exits",
    "Education Reporter", "24 April 2025",
    """
    The headteacher of a Blackpool academy at the centre of an off-rolling row has been suspended by its trust.

    Elizabeth Moorcroft-Baines, head of Saltcote Bay Academy since 2019, was suspended on Wednesday pending the outcome of an investigation, the Fylde Coast Learning Trust confirmed. Deputy head Robert Gorton will lead the school in the interim.

    An interim report by Blackpool Council found that 27 pupils had left Years 10 and 11 in three years "in circumstances requiring explanation".

    The trust stressed suspension was "not a disciplinary sanction".
    """,
    [("Jacqui_FY", "24 Apr 2025, 18:02", "Should've happened months ago. Hope she never works with kids again."),
     ("Realist", "24 Apr 2025, 18:30", "Throw the book at her. Jail. Then see how she likes having her future taken."),
     ("WestCoastWendy", "24 Apr 2025, 19:12", "Good luck Mr Gorton, you'll need it with that lot."),
     ("Mick O", "24 Apr 2025, 20:01", "Moorcroft-Baines is a heartless cow and everyone on Gorsefield knew it years ago.")]),
  [M("school", "exact", "negative", "Saltcote Bay Academy"), M("emoorcroftbaines", "exact", "defamation", "Elizabeth Moorcroft-Baines"), M("rgorton", "exact", "neutral", "Robert Gorton")])

# 151
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Stacey Leyland
    24 April at 21:12 ·
    FINALLY. Liz Moorcroft-Baines suspended. I hope she rots. She ruined my son's year and laughed about it. Evil woman 😡😡

    💬 88 comments

    Claire Bostock
    Karma's a b***h Liz 🙃

    Emma Jolley
    I know she lives on Ormsgill Drive in St Annes, big white house with the palm tree by the gate, FY8 1QT. Maybe parents should go and protest outside 🤷‍♀️

    Leanne (Admin)
    Emma I've removed your address comment. Don't do that.
    """),
  [M("emoorcroftbaines", "nickname", "doxxing", "Liz Moorcroft-Baines")])

# 152
D("social", dd("""
    the lads @gorsefield_lads

    mark taylor PE saltcote is a nonce. watch how he is with the year 8 lads in the changing rooms. someone needs to sort him out before the police do 🔪

    1:00 AM · Mar 30, 2025
    """),
  [M("school", "short_name", "sexual", "saltcote", url_only=True), M("mtaylor", "exact", "threat", "mark taylor")])

# 153
D("forum", forum_page("sandgrown", "PE teacher rumours - be careful what you post", [
    ("Mod_Sandgrown", "Moderator", "Mon 31-Mar-25 09:00",
     """There are posts going round on X and TikTok accusing a PE teacher at a Gorsefield school of being a danger to children. We've had three threads started about it. We're deleting them.

     If you have genuine concerns about any adult's behaviour with children, ring the police or the council's children's services. Don't post it here. Accusations like this ruin lives whether they're true or not."""),
    ("SeasiderSandra", "Joined 2014 · 950 posts", "Mon 31-Mar-25 09:22",
     "Quite right. My son's had Mark Taylor for four years and he's never had a bad word about him."),
    ("GorsefieldGrumble", "Joined 2011 · 3,090 posts", "Mon 31-Mar-25 09:40",
     "No smoke without fire."),
    ("Mod_Sandgrown", "Moderator", "Mon 31-Mar-25 09:41",
     "Grumble, that's a warning."),
    ], thread_id=1480),
  [M("mtaylor", "exact", "sexual", "Mark Taylor", url_only=True)])

# 154
D("social", dd("""
    @nobodyy_fy4_2

    M a r k   T a y l o r thinks hes hard cos hes a PE teacher on gorsefield. lets see how hard he is when 5 of us are waiting by his car

    11:15 PM · Apr 1, 2025
    """),
  [M("mtaylor", "spacing", "threat", "M a r k   T a y l o r")])

# 155
D("news", news_page(
    "beacon", "Education", "Police: no evidence against school PE teacher after online claims",
    "Force warns against 'trial by social media'",
    "Newsdesk", "4 April 2025",
    """
    Lancashire Police say they have found no evidence to support allegations made online against a PE teacher at a Blackpool school.

    Claims about the teacher, who works at Saltcote Bay Academy, were shared thousands of times last week. Detective Sergeant Amy Rowe said: "We have looked carefully at the claims and there is nothing to substantiate them. We would remind people that spreading false allegations can be a criminal offence."

    The school said the teacher had its "full support". Parents have started a fundraiser to buy the PE department new kit "as a thank you".
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy")])

# 156
D("facebook", dd("""
    Gorsefield & Brinescar Community Noticeboard

    Sharon Worthington
    5 April at 11:15 ·
    So the rumours about Mr Taylor at SBA were rubbish, like I said. Whoever started it wants locking up. Poor man's got kids of his own. Shame on the lot of you who shared it 😤

    ❤️ 122   💬 20 comments
    """),
  [M("school", "alias", "neutral", "SBA"), M("mtaylor", "title_surname", "neutral", "Mr Taylor")])

# 157
D("social", dd("""
    Brett @brett_bpl_

    @KerryHope_DSL you're a useless interfering b***h. ur not a social worker so stop acting like one. nobody on gorsefield likes you

    10:40 PM · Feb 3, 2025
    """),
  [M("khope", "handle", "abuse", "@KerryHope_DSL")])

# 158
D("blog", blog_page(
    "council", "Ward update: Saltcote Bay review, HMO licensing and the gennel bins", "Cllr Pat Openshaw", "28 April 2025",
    """
    ## The school

    Many of you have written to me about Saltcote Bay Academy. I can't comment on any individual while the trust's process is going on, and I'd ask everyone to remember that.

    What I can say is that the council's review has been thorough and families have been heard. I've also seen some of what's been written online about individual staff, including the site manager and a young maths teacher who have done nothing wrong at all. Calling people "nonces" and "thieves" on Facebook is not campaigning. It's abuse.

    ## HMO licensing

    The scheme goes live in July. Landlords, please get in touch if you're worried.

    ## Bins

    The gennel behind Marram Road is being cleared on Tuesday. Please don't put sofas in it. You know who you are.
    """,
    [("Resident, Brinescar", "28 Apr 2025 at 19:00", "Thank you Pat. Sensible as ever.")],
    tags=["Ward news", "Schools"]),
  [M("school", "exact", "neutral", "Saltcote Bay Academy")])

# 159
D("social", dd("""
    @taylor_mustgo

    #MarkTaylorMustGo trending in Blackpool for a reason. Saltcote PE teacher. Do your research

    12:55 PM · Mar 31, 2025
    """),
  [M("school", "short_name", "negative", "Saltcote"), M("mtaylor", "camelcase", "defamation", "MarkTaylorMustGo")])

# 160
D("forum", forum_page("patriot", "Blackpool 'teacher' protecting gypsy truants", [
    ("Lancs_Lion88", "Joined 2021 · 2,110 posts", "Fri 14-Feb-25 20:20",
     """So the Saltcote Bay attendance officer Sh4nnon McD is a traveller herself. Explains why the tinker kids on Shellmoor Lane never get fined. They look after their own. Dirty thieving lot.

     We pay council tax for this."""),
    ("NorthernNed", "Joined 2022 · 480 posts", "Fri 14-Feb-25 20:44",
     "Should be a tax on caravans. Send em all back to Ireland and the migrants back on the dinghies while we're at it 🚤"),
    ], thread_id=702),
  [M("school", "alias", "hate", "Saltcote Bay"), M("smcdonagh", "leetspeak", "hate", "Sh4nnon McD")])

# 161
D("news", news_page(
    "prompost", "News", "Blackpool school staff targeted in 'sustained' online abuse, union says",
    "NEU rep says teachers afraid to go to the shops",
    "Newsdesk", "2 May 2025",
    """
    Staff at a Blackpool academy have faced "sustained and vile" online abuse since the school became the subject of an off-rolling inquiry, a union representative has said.

    The NEU's Blackpool secretary said abuse had been aimed at teachers at Saltcote Bay Academy who had "nothing whatsoever to do with" the decisions under investigation.

    Examples shared with the Prom Post include posts calling attendance officer Shannon McDonagh "a dirty tinker" and describing head of English Renée D'Arcy as "a snooty cow". One account had posted the phone number of the site manager, Derek Entwistle.

    "Quoting these things makes me feel sick," the union secretary said. "But people need to know what our members are putting up with."
    """,
    [("Bispham_Dave", "2 May 2025, 10:10", "Shameful. These are people doing a job."),
     ("Karen W", "2 May 2025, 10:45", "D'Arcy IS a snooty cow to be fair. Doesn't mean people should threaten her.")]),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("smcdonagh", "exact", "neutral", "Shannon McDonagh"),
   M("rdarcy", "exact", "abuse", "Renée D'Arcy"), M("dentwistle", "exact", "neutral", "Derek Entwistle")])

# 162
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Kirsty Mellor
    28 February at 17:00 ·
    Entwistle at the school gate food bank is a fat lazy waste of space. Stands there with his clipboard like he owns the place looking down his nose at us. Caretaker with a god complex 🙄

    💬 13 comments

    Gaynor Pilling
    He's given your kids food every week Kirsty. Have a word with yourself
    """),
  [M("dentwistle", "surname_only", "abuse", "Entwistle")])

# 163
D("social", dd("""
    🦈 @sharky_fy

    Imran Bhati is a groomer. every muslim teacher is. look at rochdale. look at rotherham. blackpool next. #Saltcote

    11:59 PM · Mar 12, 2025
    """),
  [M("school", "hashtag", "hate", "#Saltcote"), M("ibhatti", "typo", "hate", "Imran Bhati")])

# 164
D("review", dd("""
    Saltcote Bay Academy
    Google reviews

    Wes T
    ★☆☆☆☆ a month ago
    the deputy gorton is a power mad little hitler. the head is a liar. the maths teachers cant teach. the only decent one is the caretaker and they cant even pay him properly. 0 stars if i could.
    """),
  [M("school", "exact", "abuse", "Saltcote Bay Academy"), M("rgorton", "surname_only", "abuse", "gorton")])

# 165
D("blog", blog_page(
    "teacher", "Things I've been called this year", "Miss M", "30 April 2025",
    """
    A list, in no particular order, of things parents and strangers have written about me online since January, with my responses.

    > "jumped up little cow" — I'm 5 foot 2. The "little" is fair.

    > "thinks she's it cos she went to uni" — I did go to uni. The student loan is indeed "it".

    > "going in the sea" — Not in April, thank you.

    I'm joking because the alternative is crying in the staff toilets again, and I've done enough of that. Everyone who has written kind things: I read those too. More than you know.
    """,
    [("NQT_Ellie", "30 Apr 2025 at 19:30", "Still a legend. Still inspiring me from Wigan.")],
    tags=["Teaching", "Wellbeing", "Humour"]),
  [])

# 166
D("social", dd("""
    Gorsefield Gossip @gorsefieldgossip

    Which saltcote teacher's hubby caught her in the stock cupboard with the science teacher 👀👀 not saying names but it rhymes with D'Arcy 🫢

    10:10 PM · Mar 27, 2025
    """),
  [M("school", "short_name", "negative", "saltcote"), M("rdarcy", "surname_only", "sexual", "D'Arcy")])

# 167
D("facebook", dd("""
    South Shore Matters 🌊 (Public group · 14.2K members)

    Ray Lund
    18 March at 08:00 ·
    Somebody's sprayed "GORTON IS A DEAD MAN" on the bus shelter by the school. Council been told. Whoever's done it, grow up.

    💬 26 comments

    Julie Marsh
    Saw that this morning taking my grandson in. Horrible

    Tracey Littler
    Mr Gorton was out there with a bucket himself at 7am. Credit to him.
    """),
  [M("rgorton", "title_surname", "neutral", "Mr Gorton")])

# 168
D("news", news_page(
    "coastfm", "News", "Graffiti threat against deputy head investigated",
    "Police treat bus shelter message as malicious communication",
    "Coast FM Newsroom", "18 March 2025",
    """
    Police are investigating after a threatening message about a deputy headteacher was painted on a bus shelter near a Blackpool secondary school.

    The graffiti, which named the deputy head of Saltcote Bay Academy, was reported on Tuesday morning and has been removed.

    Officers are asking anyone with CCTV on Gorsefield Road to get in touch.
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy")])

# 169
D("social", dd("""
    Tash @tash_bpl_x

    the saltcote staff are all pervs and thieves and the head should be in jail. burn the whole place down and start again. i mean it

    2:20 AM · Apr 25, 2025
    """),
  [M("school", "short_name", "threat", "saltcote")])

# 170
D("forum", forum_page("chalkface", "Interim head after suspension - advice for a deputy?", [
    ("DeputyOnTheCoast", "Joined 2017 · 120 posts", "Sun 27-Apr-25 20:00",
     """I've just been made acting head of a school where the head has been suspended. Media interest, angry parents, abusive posts about staff, a business manager also suspended. I love this school and I'm terrified.

     What do I do on Monday?"""),
    ("Cynical_Deputy", "Joined 2010 · 5,900 posts", "Sun 27-Apr-25 20:30",
     "Monday: be visible at the gate. Thank your staff. Say nothing about the suspended colleagues except that processes are ongoing. Get a comms person from the trust. Sleep."),
    ("Ms_Pastoral", "Joined 2013 · 2,010 posts", "Sun 27-Apr-25 20:44",
     "Also look after your DSL. They'll be carrying more than you know."),
    ], thread_id=4555),
  [])

# 171
D("social", dd("""
    Maths Dept @SaltcoteMaths

    Year 7 times-table champions 🏆 well done to all 30 who smashed it this term. Special thanks to Ms Fairclough for the prizes (and the doughnuts) 🍩

    3:45 PM · Dec 17, 2024
    """),
  [M("school", "handle", "neutral", "@SaltcoteMaths"), M("rfairclough", "title_surname", "neutral", "Ms Fairclough")])

# 172
D("news", news_page(
    "lancsstar", "Crime", "Woman cautioned after posting teacher's mobile number",
    "Second arrest in Blackpool school doxxing cases",
    "Crime Reporter", "11 April 2025",
    """
    A 33-year-old woman has been cautioned for malicious communications after posting the personal mobile number and home address of a member of staff at a Blackpool secondary school in a Facebook group.

    The post, in a South Shore community group, named the assistant head of Saltcote Bay Academy and urged people to "have a word". It was removed by the group's administrator within minutes.

    The school said it was "relieved" and thanked police.
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy")])

# 173
D("social", dd("""
    @tangerinedream_88

    Del Entwistle the foodbank king 👑 more like the foodbank THIEF. seen him loading boxes in his own car 🤔🤔 where are they going Del

    7:15 PM · Jan 30, 2025
    """),
  [M("dentwistle", "alias", "defamation", "Del Entwistle")])

# 174
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Anonymous member
    10 March at 23:40 ·
    The Bhatti man from Saltcote lives on Caddow Drive, by the mosque, number 212 I think. Got a blue Qashqai. Just so people know who's teaching their kids.

    💬 Post removed by admin
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("ibhatti", "surname_only", "doxxing", "Bhatti")])


# 175
D("forum", forum_page("sandgrown", "Saltcote staff - name and shame thread", [
    ("BrinescarBaz", "Joined 2019 · 260 posts", "Sat 26-Apr-25 21:00",
     """Right, since the head's gone, let's have it. Who else at that school needs to go?

     Quilliam: thief, obviously. Gorton: jumped-up little Hitler. D'Arcy: snob. That Bhatti: brainwashing our kids with his religion."""),
    ("TangerineTerry", "Joined 2009 · 5,710 posts", "Sat 26-Apr-25 21:30",
     "Baz this is exactly the sort of thread that gets this forum sued. The only person found to have done anything is nobody yet."),
    ("GorsefieldGrumble", "Joined 2011 · 3,150 posts", "Sat 26-Apr-25 21:44",
     "Add the McDonagh tinker to that list and the young maths tart Fairclough who's always on the front in her little skirts 😏"),
    ("Mod_Sandgrown", "Moderator", "Sat 26-Apr-25 22:00",
     "Thread locked, both of you on a 7-day ban."),
    ], thread_id=1501),
  [M("school", "short_name", "negative", "Saltcote"), M("tquilliam", "surname_only", "defamation", "Quilliam"),
   M("rgorton", "surname_only", "abuse", "Gorton"), M("rdarcy", "surname_only", "abuse", "D'Arcy"),
   M("ibhatti", "surname_only", "hate", "Bhatti"), M("smcdonagh", "surname_only", "hate", "McDonagh"),
   M("rfairclough", "surname_only", "sexual", "Fairclough")])

# 176
D("news", news_page(
    "beacon", "Education", "Saltcote Bay business manager 'arrested' claims are false, says trust",
    "Social media posts wrongly said suspended manager had been held by police",
    "Joanne Heskin, Education Reporter", "16 April 2025",
    """
    The trust which runs a Blackpool academy says claims that its suspended business manager has been arrested are untrue.

    Posts on Facebook and X this week said Thaddeus Quilliam had been "taken away in handcuffs" from his home. Lancashire Police confirmed no arrest had been made. An external audit of procurement at the academy is continuing.

    The Fylde Coast Learning Trust said: "We understand the strength of feeling. But spreading false claims about an individual who is entitled to a fair process helps nobody."
    """,
    [("GorsefieldGrumble", "16 Apr 2025, 12:00", "Not arrested YET."),
     ("Jacqui_FY", "16 Apr 2025, 12:30", "Quilliam's mates in the trust protecting him as usual. Crook.")]),
  [M("school", "alias", "neutral", "Saltcote Bay"), M("tquilliam", "exact", "defamation", "Thaddeus Quilliam")])

# 177
D("facebook", dd("""
    Gorsefield & Brinescar Community Noticeboard

    Wayne Cottam
    22 April at 23:50 ·
    Still not done with that Fairclough girl at SBA. Restraining order means nowt. She's moved but I've found her new place, off Pennock Road near the Anchor, 3rd floor flat, the one with the bike on the balcony. She knows what she did.

    💬 5 comments

    Dionne Marsden
    Wayne for gods sake. Reported you.
    """),
  [M("school", "alias", "neutral", "SBA"), M("rfairclough", "surname_only", "threat", "Fairclough")])

# 178
D("news", news_page(
    "prompost", "Courts", "Father back in court for breaching teacher restraining order",
    "Magistrates told he posted teacher's new address",
    "Court Reporter", "9 May 2025",
    """
    A Blackpool father who was banned from contacting a teacher has admitted breaching a restraining order by posting details of her new home online.

    Wayne Cottam, 41, wrote on Facebook that he had found the new flat of Saltcote Bay Academy maths teacher Rebecca Fairclough and that "she knows what she did". He was remanded in custody and will be sentenced next month.

    Ms Fairclough's union said she had been "let down" by the failure of the first order to protect her.
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("rfairclough", "exact", "neutral", "Rebecca Fairclough")])

# 179
D("blog", blog_page(
    "truth", "The Gorsefield grooming gang teachers THEY protect", "Truthseeker Lancs", "3 April 2025",
    """
    Another one. A PE teacher at Saltcote Bay Academy accused of being too friendly with the boys, and the "police" say no evidence. Of course they do. The same police who ignored Rochdale.

    Meanwhile the head of science, Mr Bhatti, a practising Muslim, runs an after-school club where children are kept behind with no parents present. Ask yourself why.

    This school is RIDDLED. We have names. We have addresses. We will publish if the authorities don't act.
    """,
    [("Redpill_Ron", "3 Apr 2025 at 22:10", "Publish them. Then we'll pay them a visit."),
     ("Anon", "4 Apr 2025 at 08:40", "This is disgusting. You're inventing a grooming gang to hate a Muslim teacher.")],
    tags=["Exposed", "Grooming", "Schools"]),
  [M("school", "exact", "sexual", "Saltcote Bay Academy", url_only=True), M("ibhatti", "title_surname", "threat", "Mr Bhatti")])

# 180
D("review", dd("""
    Saltcote Bay Academy
    RateMySchool.example

    ★☆☆☆☆  "Head is a disgrace"
    Reviewed by: Former parent · 1 May 2025

    Elizabeth Moorcroft Baines pushed my son out in Year 11 and told me it was "for his own good". He has no GCSEs. She is a cold, calculating woman who should never have been allowed near children. I hope the investigation finishes her.

    Would you recommend this school? No.
    """),
  [M("school", "exact", "negative", "Saltcote Bay Academy"), M("emoorcroftbaines", "hyphenated", "abuse", "Elizabeth Moorcroft Baines")])

# 181
D("forum", forum_page("yr11", "teachers at my school getting hate", [
    ("y10_gorsefield", "Joined 2024 · 40 posts", "Thu 03-Apr-25 18:00",
     """people keep posting about mr taylor being a nonce and its not true and hes literally crying in the PE office. saltcote is a mess rn. and someone drew a swastika on mr bhatti's classroom door"""),
    ("mod_kirsty", "Moderator", "Thu 03-Apr-25 18:10",
     "That's awful. Please tell your head of year or the safeguarding lead if you know who's behind it. You're not snitching."),
    ("tiaaa", "Joined 2023 · 330 posts", "Thu 03-Apr-25 18:30",
     "the swastika thing is so grim. bhatti's sound"),
    ], thread_id=3590),
  [M("school", "short_name", "neutral", "saltcote"), M("mtaylor", "title_surname", "neutral", "mr taylor"), M("ibhatti", "title_surname", "neutral", "mr bhatti")])

# 182
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Anonymous member
    6 May at 21:00 ·
    Immy Bhatti's personal email is immyb.science@mailbox.example and he's on Caddow Drive. Fill his inbox lads. Let him know Blackpool doesn't want his sort

    💬 Post removed by admin
    """),
  [M("ibhatti", "alias", "doxxing", "Immy Bhatti")])

# 183
D("news", news_page(
    "schoolsstd", "Accountability", "Off-rolling head 'considered resignation months ago', sources say",
    "Friends say Blackpool head feels 'hung out to dry'",
    "Priti Sandhu", "7 May 2025",
    """
    The suspended headteacher of Saltcote Bay Academy considered resigning last autumn, people close to her have told Schools Standard.

    Friends of Elizabeth Moorcroft-Baines, who has led the Blackpool school since 2019, say she believes she has been "hung out to dry" by a trust that set her results targets and signed off every pupil move.

    The trust said it would not comment while an investigation was ongoing. Its chief executive said in March that the trust's governance was "robust".

    Ms Moorcroft-Baines has received abusive messages and at least one threat, friends said. "She's been called a witch and worse," said one. "Someone posted her address."
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("emoorcroftbaines", "exact", "defamation", "Elizabeth Moorcroft-Baines")])

# 184
D("blog", blog_page(
    "mumblog", "Why I'm not joining the pile-on", "Kirsty", "5 May 2025",
    """
    My kids go to the school everybody's talking about. I'm not naming it, but if you live in Blackpool you know.

    I'm angry about what happened to the Year 11s. I know two of them. But I've watched the Facebook groups turn into something ugly. People posting addresses. People calling a Muslim teacher a terrorist and a traveller woman a thief. People threatening a 24-year-old maths teacher because she gave a lad a detention.

    The food bank man, who has fed my family, has been called a drug dealer. He isn't. The only thing he deals in is tinned tomatoes.

    Be angry at the right people. Be angry in the right way.
    """,
    [("Jen", "5 May 2025 at 20:00", "Thank you for writing this x")],
    tags=["School stuff", "Community"]),
  [])

# 185
D("forum", forum_page("hoteliers", "Guest in room 4 making threats about a teacher", [
    ("ClaremontLandlady", "Member since 2008 · 1,300 posts", "Sun 20-Apr-25 09:00",
     """Bit of advice needed. A dad on council placement in one of my rooms has been ranting all weekend about a teacher at Saltcote Bay, the assistant head, Kerry Hope. Says she "took his kids" and that she'll "get what's coming". He's been drinking.

     Do I ring the police? I don't want to get him evicted but I'm worried for her."""),
    ("Promenade_Pat", "Member since 2006 · 2,200 posts", "Sun 20-Apr-25 09:20",
     "Ring 101 and tell them exactly what he said. You're doing the right thing, love."),
    ("Norbreck_Nigel", "Member since 2015 · 330 posts", "Sun 20-Apr-25 09:45",
     "Agree with Pat. Write down the date and the words while you remember them."),
    ], thread_id=2450),
  [M("school", "alias", "neutral", "Saltcote Bay"), M("khope", "exact", "neutral", "Kerry Hope")])

# 186
D("news", news_page(
    "lancsstar", "Crime", "Man arrested after threats to school safeguarding lead",
    "Police called by landlady of Blackpool guest house",
    "Crime Reporter", "22 April 2025",
    """
    A 39-year-old man has been arrested on suspicion of making threats against a safeguarding lead at a Blackpool secondary school.

    Police were called by the owner of a South Shore guest house, who reported that a guest had repeatedly made threats towards a member of staff at Saltcote Bay Academy. The man was arrested at the guest house and has been released under investigation.

    The school said: "The safety of our staff is our priority."
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy")])

# 187
D("facebook", dd("""
    South Shore Matters 🌊 (Public group · 14.2K members)

    Kelly Birtwistle
    1 May at 19:30 ·
    Can we stop with the posts about Rob Gorton being "bent"? I've been told by three people now he's covering for the head and "keeping the paperwork". There's zero proof. The man was the one who spoke up in those meetings!

    💬 40 comments

    Paul Hesketh
    He's acting head now isn't he? Funny how that works out. Covered up for her for years and got her job for it. Corrupt.
    """),
  [M("rgorton", "nickname", "defamation", "Rob Gorton")])

# 188
D("review", dd("""
    Saltcote Bay Academy
    Employer reviews · JobsVoice.example

    ★★☆☆☆  "Great colleagues, toxic year"
    Former employee · Teacher of Science · Blackpool · 12 May 2025

    Pros: My department under Imran Bhatti was the best team I've been in.

    Cons: This year has been horrible. Staff abused online, graffiti, police at the gate. SLT took too long to protect us. Business office a black box. I left at Easter.
    """),
  [M("school", "exact", "negative", "Saltcote Bay Academy"), M("ibhatti", "exact", "neutral", "Imran Bhatti")])

# 189
D("forum", forum_page("parents", "Y11 DS 'off-rolled' - building a complaint", [
    ("SeasideMum_FY", "Joined Oct 2024 · 30 posts", "Tue 29-Apr-25 20:00",
     """Update from my thread in November. DD did stay on roll (thank you all). Now the council review has come out, I'm putting in a formal complaint for the families who weren't so lucky.

     I've got emails from E. Moorcroft-Baines saying DD "would not be entered" for five GCSEs. Is that evidence of anything?"""),
    ("EduLawyerMum", "Joined 2014 · 4,180 posts", "Tue 29-Apr-25 20:20",
     "Keep them. Don't post them publicly. Send copies to the council review team and your MP. Stick to facts, no adjectives."),
    ], thread_id=9301),
  [M("emoorcroftbaines", "initial_surname", "negative", "E. Moorcroft-Baines")])

# 190
D("blog", blog_page(
    "offroll", "Saltcote Bay: what the council found", "The Off The Roll team", "26 April 2025",
    """
    The council's interim report into pupil departures at Saltcote Bay Academy is out, and it is worth reading in full.

    Key findings: 27 departures from Years 10 and 11 over three years needed explanation; in 9, the families say they were told home education was the "only option"; in none was the council told in advance, as its protocol asks.

    The report does not name staff. Nor will we. We will say that the head's suspension is not a finding of guilt, and that the people writing "hang her" under our posts will be blocked.

    ## What's next

    The trust's investigation, then, we expect, an inspection.
    """,
    [("Deb (FY1)", "26 Apr 2025 at 20:10", "Thank you for keeping on at this. My daughter's name is in that 27.")],
    tags=["Blackpool", "Council", "Report"]),
  [M("school", "exact", "negative", "Saltcote Bay Academy")])

# 191
D("news", news_page(
    "ledger", "UK", "Blackpool: the town where everyone knows your address",
    "A school row has turned into a campaign of intimidation against staff",
    "Amelia Crane, Education Correspondent", "11 May 2025",
    """
    In a town of 140,000, it turns out, anonymity is a fragile thing. In the last four months, at least five staff at one Blackpool school have had their home addresses or phone numbers published online by parents and strangers.

    The school is Saltcote Bay Academy. Its head is suspended. Its business manager is suspended. Neither has been charged with anything.

    Among those targeted: a young maths teacher whose street was posted after a detention; a Muslim head of science falsely accused online of "grooming"; an attendance officer from a Traveller family; and the site manager who runs a food bank at the gate.

    "They're not angry at the system," says Shannon McDonagh, the attendance officer. "They're angry at whoever's nearest."
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("smcdonagh", "exact", "neutral", "Shannon McDonagh")])

# 192
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Anonymous member
    2 May at 00:20 ·
    McDonagh from the school is a dirty gyppo and her whole family are thieves. Lives on the site off Shellmoor Lane, the static with the blue awning, pitch 14. Go and have a look at what she's nicked 😂

    💬 Post removed by admin
    """),
  [M("smcdonagh", "surname_only", "hate", "McDonagh")])

# 193
D("social", dd("""
    @bpl_realtalk

    ThaddeusQuilliam the uniform bandit 🏴‍☠️ £68 blazers for kids whose parents cant afford gas. the man's a leech on this town

    8:30 PM · Jan 17, 2025
    """),
  [M("tquilliam", "camelcase", "abuse", "ThaddeusQuilliam")])

# 194
D("news", news_page(
    "coastfm", "News", "Acting head pledges 'fresh start' for troubled Blackpool academy",
    "Robert Gorton says every family will be contacted",
    "Coast FM Newsroom", "29 April 2025",
    """
    The acting headteacher of Saltcote Bay Academy has written to every family promising a "fresh start" after a turbulent year.

    Robert Gorton, who has taken over while the head is suspended, said the school would contact every family whose child left in Years 10 and 11 in the past three years.

    "Some of those children deserved better from us," he wrote. "We'll do everything we can to put that right."

    The food bank will continue, he added, "because Derek would chain himself to the gate if we tried to stop it".
    """,
    [("GorsefieldGran", "29 Apr 2025, 17:10", "Good man."),
     ("Realist", "29 Apr 2025, 17:40", "Same old faces, same old school. Gorton sat in every one of those meetings.")]),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("rgorton", "exact", "negative", "Robert Gorton")])

# 195
D("facebook", dd("""
    Gorsefield & Brinescar Community Noticeboard

    Leanne Crook
    30 April at 10:00 ·
    Got the letter from Mr Gorton today about my daughter. First time anyone at that school has said sorry. Not going to lie I cried. Doesn't fix it but it's something.

    ❤️ 200   💬 34 comments
    """),
  [M("rgorton", "title_surname", "neutral", "Mr Gorton")])

# 196
D("review", dd("""
    Saltcote Bay Academy
    Google reviews

    Mark D
    ★★★★★ 1 week ago
    Quilliam's office sorted out my daughter's free school meals and a uniform grant in one phone call after months of hitting a wall with the council. Whatever people say on Facebook, that was kindness.
    """),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("tquilliam", "possessive", "neutral", "Quilliam's")])

# 197
D("social", dd("""
    gorsefield gripes @gorsefield_gripes

    Κerry Ηope safeguarding queen 👑 grasses on families to social services then goes home to her nice flat. we know where it is love. see you soon 👋

    10:50 PM · Apr 20, 2025
    """),
  [M("khope", "homoglyph", "threat", "\u039aerry \u0397ope")])

# 198
D("blog", blog_page(
    "pantry", "A Thursday in May", "Del", "15 May 2025",
    """
    Quiet one. 118 parcels. Sun out. A couple of the Year 11s came and helped after their maths exam, which they said went "alright", which from a Year 11 is a rave review.

    Lots of you have asked how I'm doing after the Facebook stuff and the phone calls. I'm fine. I've been called worse by seagulls. The police have been great and Mr Gorton has been round every morning.

    If you want to help, we need tinned meat, toothpaste and nappies (size 5). And if you want to have a go at me, come down and do it to my face. Bring a tin.
    """,
    [("Gaynor P", "15 May 2025 at 18:00", "Love you Del x"),
     ("Anon", "15 May 2025 at 20:00", "Legend. Absolute weapon of a man 💪")],
    tags=["Food bank", "Thursday"]),
  [M("rgorton", "title_surname", "neutral", "Mr Gorton")])

# 199
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Jordan Speak
    12 May at 22:00 ·
    Mr Taylor at the school was filth and the police are covering for him. I don't care what they say. My cousin's lad said so. #justiceforthekids

    💬 18 comments

    Sharon Worthington
    Your cousin's lad also said the moon landings were fake Jordan. Police found NOTHING. Stop it.
    """),
  [M("mtaylor", "title_surname", "sexual", "Mr Taylor", url_only=True)])


# 200
D("forum", forum_page("sandgrown", "Where does the PE teacher live?", [
    ("Jordan_S", "Joined Apr 2025 · 4 posts", "Sun 04-May-25 22:10",
     """Anyone know where that Taylor from Saltcote PE lives? Asking for a reason."""),
    ("nobody_fy", "Joined Mar 2025 · 9 posts", "Sun 04-May-25 22:31",
     """Marton, off Mossdale Road. Hawkrigg Close, the end house with the trampoline, FY4 5LG. Wife drives a red Kia. Mobile was on the old football club flyer, 07700 900733."""),
    ("Mod_Sandgrown", "Moderator", "Sun 04-May-25 22:35",
     "Both posts removed and both accounts banned and reported. Police found NOTHING against this man. We will not be used to hunt him."),
    ], thread_id=1530),
  [M("school", "short_name", "neutral", "Saltcote"), M("mtaylor", "surname_only", "doxxing", "Taylor")])

# 201
D("facebook", dd("""
    Gorsefield & Brinescar Community Noticeboard

    Anonymous member
    19 January at 21:40 ·
    For anyone asking, the Saltcote maths teacher who picked on Wayne's lad is Rebecca F. Her Insta is @beccafaircloughxo and she's in the flats on Fennick Street, number 9. Tell her how you feel 💅

    💬 Post removed by admin
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("rfairclough", "first_initial", "doxxing", "Rebecca F.")])

# 202
D("news", news_page(
    "beacon", "Education", "Trust confirms investigation into school site manager after online claims",
    "Food bank volunteer 'devastated' but backs process",
    "Joanne Heskin, Education Reporter", "21 October 2024",
    """
    The trust which runs Saltcote Bay Academy has confirmed it is investigating claims made online about the school's site manager.

    Posts on X alleged that Derek Entwistle, who runs a food bank at the school gate, had allowed drug dealers to stand near the school. Police have said there is no evidence of any wrongdoing. The trust said it was "obliged to look into any concern raised" and that Mr Entwistle remained at work.

    A volunteer at the food bank said he was "devastated" but supported the process. "He's got nothing to hide," she said.
    """,
    [("Gail R", "21 Oct 2024, 18:00", "This is ridiculous. Leave Del alone."),
     ("jj_fy4", "21 Oct 2024, 18:44", "Entwistle's a grass and a crook. He lives on Kelpie Avenue, number 31, if anyone wants to ask him about it in person.")]),
  [M("school", "exact", "neutral", "Saltcote Bay Academy"), M("dentwistle", "exact", "doxxing", "Derek Entwistle")])

# 203
D("forum", forum_page("yr11", "anyone else hate their deputy head", [
    ("gorsefield_gremlin", "Joined 2024 · 88 posts", "Tue 04-Feb-25 19:00",
     """our deputy (mr g0rt0n at saltcote) is the biggest saddo ever. fat, bald, smells of coffee and thinks hes in the army. "TUCK YOUR SHIRT IN" shut up grandad 😂"""),
    ("tiaaa", "Joined 2023 · 310 posts", "Tue 04-Feb-25 19:10",
     "he confiscated my vape and kept it 😭 prob uses it himself the loser"),
    ("mod_kirsty", "Moderator", "Tue 04-Feb-25 19:30",
     "Let's keep it to rants about rules, not personal insults about people's appearance please."),
    ], thread_id=3400),
  [M("school", "short_name", "neutral", "saltcote"), M("rgorton", "leetspeak", "abuse", "mr g0rt0n")])

# 204
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Carly Wood
    15 March at 20:20 ·
    Shannon McDonagh (Saltcote attendance) - mobile 07700 900154, she gave it out to parents on a letter so its public now 🤷‍♀️ ring her at 3am and see how she likes being mithered

    💬 22 comments

    Leanne (Admin)
    Carly, removed, and you're out. Giving a work number to families is not permission to harass her.
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("smcdonagh", "exact", "doxxing", "Shannon McDonagh")])

# 205
D("news", news_page(
    "prompost", "Letters", "Letters: The food bank, the head and the hate",
    "Readers on the Gorsefield school row",
    "Letters Editor", "9 May 2025",
    """
    ## 'A witch hunt'

    The treatment of staff at Saltcote Bay Academy shames this town. I have read posts threatening a young woman with being thrown in the sea. I have read a Muslim teacher called a bomber. Whatever happened with the Year 11s, these people did not do it.

    Rev. Alan Tomlinson, South Shore

    ## 'Answers, not excuses'

    Spare me the sympathy. Mrs Moorcroft-Baines and her business manager made their choices and my grandson paid for them. She is a liar and a coward who hid behind "the law" while children were shown the door.

    Name and address supplied
    """,
    [("Sandgrown_Sue", "9 May 2025, 09:30", "Both letters have a point to be fair."),
     ("Realist", "9 May 2025, 10:10", "Moorcroft-Baines wants stringing up from the Tower railings. Simple.")]),
  [M("school", "exact", "negative", "Saltcote Bay Academy"), M("emoorcroftbaines", "title_surname", "threat", "Mrs Moorcroft-Baines")])

# 206
D("forum", forum_page("patriot", "Lancashire school watch", [
    ("WhiteCliffs_Gaz", "Joined 2023 · 390 posts", "Sat 10-May-25 20:00",
     """Update on that Blackpool school. The Paki science teacher I.Bhatti still in post, the pikey attendance woman still in post. Here's the school address for anyone wanting to hand out leaflets at the gate: Gorsefield Road FY4. Bhatti parks on the side road at 7.45 every morning.

     No violence obviously 😉😉"""),
    ("Lancs_Lion88", "Joined 2021 · 2,300 posts", "Sat 10-May-25 20:30",
     "Nice one Gaz. Sandgrown not sand-blown."),
    ], thread_id=799),
  [M("ibhatti", "initial_surname", "threat", "I.Bhatti")])

# 207
D("facebook", dd("""
    South Shore Matters 🌊 (Public group · 14.2K members)

    Gemma Pollard
    7 May at 18:00 ·
    Those Saltcote Bay lasses in the year 9 dance video on the school page, zoom in on the blonde one 😍 mature for her age. Someone send me her snap

    💬 9 comments

    Ray Lund
    She's 13 you sick individual. Reported and screenshotted for police.
    """),
  [M("school", "alias", "sexual", "Saltcote Bay", url_only=True)])

# 208
D("blog", blog_page(
    "whistle", "A correction, and an apology", "The Whistle", "20 April 2025",
    """
    In February we published a piece that referred to a company linked to "a member of the Quilliam family". We have since been told that the person concerned is not related to Thaddeus Quilliam at all; they share a surname and an area. We got that wrong and we apologise.

    The wider questions about procurement at the school remain, and the audit continues. But we will not accept comments calling Mr Quilliam a "thief" or a "nonce", and we have deleted 140 of them this week.
    """,
    tags=["Corrections", "Money"]),
  [M("tquilliam", "exact", "neutral", "Thaddeus Quilliam")])

# 209
D("news", news_page(
    "lancsstar", "Crime", "Teenager arrested over sexual images of Blackpool pupils",
    "Images taken in school changing rooms were shared on Snapchat, police say",
    "Crime Reporter", "6 February 2025",
    """
    A 16-year-old boy has been arrested after indecent images of pupils from a Blackpool school were shared on social media.

    Police said the images were taken in the girls' changing rooms at Saltcote Bay Academy and shared in a Snapchat group. The boy, who cannot be named for legal reasons, has been released on bail.

    The school's designated safeguarding lead, Kerry Hope, said staff were supporting the girls affected and urged anyone who had received the images to delete them and tell police. "Sharing them is a crime," she said.
    """),
  [M("school", "exact", "sexual", "Saltcote Bay Academy", url_only=True), M("khope", "exact", "neutral", "Kerry Hope")])

# 210
D("forum", forum_page("chalkface", "Supply teacher - worst school you've worked in?", [
    ("SupplyLife_NW", "Joined 2018 · 702 posts", "Fri 06-Dec-24 19:00",
     """Doing a day at a Blackpool school next week. Saltcote Bay. Any tips?"""),
    ("Yorks_Tyke_Teacher", "Joined 2019 · 650 posts", "Fri 06-Dec-24 19:20",
     "Kids are hard work but fine if you're fair. Ask for the deputy, Gorton. Avoid the English HoD, D'Arcy, she'll have you re-doing her seating plan and then moan at you for it. Proper mardy."),
    ("SupplyLife_NW", "Joined 2018 · 703 posts", "Fri 06-Dec-24 19:40",
     "Ha, noted. Cheers."),
    ], thread_id=4100),
  [M("school", "alias", "neutral", "Saltcote Bay"), M("rgorton", "surname_only", "neutral", "Gorton"), M("rdarcy", "surname_only", "negative", "D'Arcy")])

# 211
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Mick Ormerod
    4 May at 20:00 ·
    Heard Mark Tayler the PE teacher at Saltcote has been sacked for what he did to them lads. Good riddance.

    💬 29 comments

    Sharon Worthington
    He hasn't been sacked and he didn't do anything Mick. Police said so. You're spreading lies about a man with a family.
    """),
  [M("school", "short_name", "neutral", "Saltcote"), M("mtaylor", "typo", "sexual", "Mark Tayler", url_only=True)])

# 212
D("review", dd("""
    Saltcote Bay Academy
    Google reviews

    Dan H
    ★☆☆☆☆ 3 days ago
    the english department is a joke and renée d'arcy is a patronising old bat who talks to parents like they're thick. if i was her id watch my back in the car park
    """),
  [M("school", "exact", "negative", "Saltcote Bay Academy"), M("rdarcy", "exact", "threat", "renée d'arcy")])

# 213
D("news", news_page(
    "coastfm", "News", "Police warn against 'vigilante' posts naming school staff",
    "Superintendent says some posts could lead to someone getting hurt",
    "Coast FM Newsroom", "12 May 2025",
    """
    Lancashire Police have warned people in Blackpool not to take part in online "vigilante" campaigns against teachers, after staff at one school had their addresses posted.

    Superintendent Gareth Lowe said officers had identified more than 40 posts about staff at Saltcote Bay Academy since January, including threats and home addresses. "Someone is going to get hurt," he said.

    He named no staff members and asked people to report posts rather than share them.
    """,
    [("Fleetwood_Phil", "12 May 2025, 08:30", "About time the police did something useful."),
     ("Tash_bpl", "12 May 2025, 09:15", "maybe if the school didnt employ nonces and crooks people wouldnt be so angry. gorton included. bent the lot of them")]),
  [M("school", "exact", "sexual", "Saltcote Bay Academy", url_only=True), M("rgorton", "surname_only", "defamation", "gorton")])

# 214
D("facebook", dd("""
    Gorsefield & Brinescar Community Noticeboard

    Tony Baldwin
    3 May at 21:30 ·
    That Gorton at SBA is a snivelling little rat. Licked the head's boots for years now he's pretending to be Mother Teresa. Spineless waste of oxygen.

    💬 11 comments
    """),
  [M("school", "alias", "neutral", "SBA"), M("rgorton", "surname_only", "abuse", "Gorton")])

# 215
D("blog", blog_page(
    "teacher", "Back at school, and a thank-you list", "Miss M", "18 May 2025",
    """
    A short one. I'm back in my classroom, the man who posted my address is on remand, and my Year 11s sat their first maths paper on Thursday.

    Thank you to my head of department, to the safeguarding team, to our site manager who walked me to my car every night for a month, and to the police officer who rang me on her day off.

    To the person who left a bunch of daffodils on my desk with a note that said "ignore the haters miss you killed it in that revision session": I will find out who you are, and you will get a merit.
    """,
    [("NQT_Ellie", "18 May 2025 at 19:00", "Crying. So happy for you.")],
    tags=["Teaching", "Wellbeing"]),
  [])

# 216
D("forum", forum_page("parents", "Staff abuse at DC's school - what can parents do?", [
    ("GorseMum", "Joined 2023 · 60 posts", "Wed 14-May-25 20:00",
     """DC's school (Saltcote Bay, Blackpool) is in the news. Teachers' addresses posted, threats, racist stuff about a science teacher. DD is really upset because her favourite teacher, Mr Bhatti, has been called a terrorist. What can we as parents actually do?"""),
    ("EduLawyerMum", "Joined 2014 · 4,300 posts", "Wed 14-May-25 20:20",
     "Report every post you see. Write to the school to say thank you. Sounds small. It isn't."),
    ("SeasideMum_FY", "Joined Oct 2024 · 35 posts", "Wed 14-May-25 20:40",
     "We did a thank-you card signed by 200 families. Mrs D'Arcy cried apparently."),
    ], thread_id=9400),
  [M("school", "alias", "neutral", "Saltcote Bay"), M("ibhatti", "title_surname", "neutral", "Mr Bhatti"), M("rdarcy", "title_surname", "neutral", "Mrs D'Arcy")])

# 217
D("facebook", dd("""
    Blackpool Parents Speak Out (Private group · 6.1K members)

    Anonymous member
    9 February at 23:00 ·
    Becky Fairclough is the teacher in them Tinder pics everyones sharing. Showing off her body for the year 11 lads to see. Disgusting for a teacher to be a slag like that

    💬 Post removed by admin
    """),
  [M("rfairclough", "nickname", "abuse", "Becky Fairclough")])


# 218
D("news", news_page(
    "beacon", "Education", "Saltcote Bay Academy results: 'best ever' maths grades despite turbulent year",
    "Acting head praises 'extraordinary' staff after months of online abuse",
    "Joanne Heskin, Education Reporter", "21 August 2025",
    """
    Pupils at Saltcote Bay Academy in Blackpool have recorded the school's best ever maths results, in a year when staff faced abuse online and two senior leaders were suspended.

    Acting headteacher Robert Gorton said: "Our maths team, led day to day by some very young teachers, have had a year no teacher should have. They turned up every morning. These grades are theirs."

    Among those singled out was Rebecca Fairclough, whose home address was posted online in January. She said: "The kids did it. I just brought the doughnuts."
    """,
    [("GorsefieldGran", "21 Aug 2025, 12:00", "Well done all. Bloody brilliant."),
     ("Realist", "21 Aug 2025, 12:40", "Results only look good cos they binned the thick kids last year. Nothing's changed."),
     ("Lee B", "21 Aug 2025, 13:15", "fairclough should still be in the sea where she belongs. smug cow. my offer stands")]),
  [M("school", "exact", "negative", "Saltcote Bay Academy"), M("rgorton", "exact", "neutral", "Robert Gorton"), M("rfairclough", "exact", "threat", "Rebecca Fairclough")])

# 219
D("forum", forum_page("patriot", "Addresses of the Blackpool school traitors", [
    ("NorthernNed", "Joined 2022 · 560 posts", "Sun 18-May-25 21:00",
     """Right, saving this before it gets nuked. The Saltcote Bay lot who've been protecting the Paki and the tinker:

     R Gorton, deputy, Skelbeck Ave FY4 3RS.
     K. Hope, safeguarding, flat 2 above the hairdresser on Marram Road.

     Don't do anything silly, just let them know we know 😉"""),
    ("Lancs_Lion88", "Joined 2021 · 2,400 posts", "Sun 18-May-25 21:20",
     "Saved. Good work Ned. The pikey McDonagh and the muzzie B h a t t i are next on the list."),
    ], thread_id=812),
  [M("school", "alias", "hate", "Saltcote Bay"), M("rgorton", "initial_surname", "doxxing", "R Gorton"),
   M("khope", "initial_surname", "doxxing", "K. Hope"), M("smcdonagh", "surname_only", "hate", "McDonagh"),
   M("ibhatti", "spacing", "hate", "B h a t t i")])


if __name__ == "__main__":
    sys.exit(main())
