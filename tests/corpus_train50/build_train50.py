#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train50 labelled evaluation corpus for the repwatch matcher.

Setting
    Marram Community College, an invented 11-18 community college (about 1,450 pupils,
    sixth form of 280) on Peverel Street in the invented Furzedean estate, in the
    valley behind Chalkpit Vale on the eastern edge of Brighton & Hove. It has a
    visible LGBTQ+ staff and pupil culture (a Pride club, an annual drag bingo, a
    trans pupil who was head girl). Published office number 01632 960274; own site
    marramcollege.example. Storylines, 2024-25: the governors adopt a trans-inclusion
    policy (names, pronouns, toilets, residential trips) and the national press pile on
    ("WOKE-BY-THE-SEA"); the Principal defends it on the breakfast show "Rise & Shine
    Britain" and becomes a culture-war target; the Head of Drama's lip-sync video with
    Year 9 goes viral (millions of views, then the "groomer" mob); a languages teacher
    who went to a gender-critical meeting is doxxed and threatened by people on the
    other side; a Head of Year is arrested after a scuffle on the seafront; a girls'
    football team coached by the Head of PE wins the county cup on Albion's training
    pitch; SEND tribunal rows; anti-Muslim, anti-Polish, anti-Traveller and homophobic
    abuse in the comments. Background noise: parking on Peverel Street, the 18 bus,
    uniform, prom, Albion, the pier and the seafront in summer.
    School aliases: "Marram" (the short name: an everyday word - marram grass on the
    dunes - shared with Marram Surf School, Marram Rovers FC and The Marram Kitchen,
    all excluded), "MCC" (acronym shared with the Meridian Climbing Centre and the
    Metro Cab Co. taxi firm), "Marram College", "Marram Comm".

Staff (watchlist ids and the variant traits they carry)
    itresillianhart  Dr Imogen Tresillian-Hart, Principal. Hyphenated double-barrelled
                     surname ("Tresillian Hart", en dash); nickname "Immy"; alias
                     "Imogen Hart" (name before marriage). Appears on breakfast TV.
    equennell        Ezra Quennell, Head of Drama (he/they). The unique name (counts
                     without school context). Alias "Ez Quennell". The viral video.
    rtolhurst        Robert Tolhurst, Head of PE. Nicknameable first name (Bob, Bobby,
                     Rob, Robbie). Ex-Albion academy player; coaches girls' football.
    rdsouza          Renée D'Souza, SENCo. Apostrophe and accent ("D'Souza", "DSouza",
                     "Renee"); alias "Renée Pinto" (maiden name).
    mtaylor          Mark Taylor, Head of Year 9. The very common name; namesakes (a
                     Hove estate agent, a seafront busker, a Crawley councillor, an
                     Albion season-ticket holder) appear in decoys. Alias "Marcus Taylor".
    kbeach           Katherine Beach, Deputy Principal and DSL. Surname is an everyday
                     word (the beach, Beach Road, beach huts); nickname "Kate"/"Kath".
    thaddad          Tariq Haddad, Head of Humanities. Target of anti-Muslim abuse.
    jmarchbank       Jo Marchbank, Head of Science, a trans woman. Alias "Joanna
                     Marchbank". Target of transphobic abuse.
    wnowak           Wiktoria Nowak, EAL Coordinator and Polish teacher. Alias
                     "Victoria Nowak". Anti-Polish abuse, and "TERF" threats and doxxing.
    fseabright       Finn Seabright, Head of Year 11 and LGBTQ+ inclusion lead. Alias
                     "Finlay Seabright". Runs the Pride club and the drag bingo.

Voices
    Local news (Brighton Evening Post, Hove Beat) and national press (Daily Sentinel
    tabloid, The National Ledger) with comment threads; Pink Coast News (LGBTQ+ local);
    a teachers' trade paper; ParentChat, a gender-critical parents' forum, a teachers'
    forum, an Albion fans' board, a residents' forum, a queer community board and a
    teen forum; blogs from Brighton's alternative scene (a zine, a drag queen), a
    culture-war Substack-alike, a teacher, a seafront heritage blogger and a surfer;
    X/TikTok/Instagram/Threads/Bluesky/Reddit posts; Facebook community groups and the
    PTA; Google, employer and Ofsted-style parent reviews. Sussex and Brighton voice
    ("twitten", "down the front", "jitty", "DFLs", "emmet"-style sneers at
    tourists, "Seagulls", "up the Albion", "innit", "proper"), queer slang ("slay",
    "mother", "serving"), emoji, typos, sarcasm, dog whistles, veiled threats.

Decoys
    Marram grass and dune restoration; Marram Surf School, Marram Rovers and The Marram
    Kitchen (excluded, with marramsurf.example); the Meridian Climbing Centre and Metro
    Cab Co. (MCC); namesakes called Mark Taylor and Kate Beach clearly elsewhere; "beach"
    as a word; the pier, seafront, Albion match reports; Furzedean and Chalkpit Vale
    news with no school in it; neighbouring schools (Downsview Academy in Hove, St
    Wilfrid's Catholic High) and similar rows elsewhere (Marram Primary in Southport, a
    trans policy row in Kent, another drama teacher's viral video in Leeds).

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
    python3 tests/corpus_train50/build_train50.py
    Writes docs/, labels.jsonl and watchlist.toml beside this file (deterministically,
    replacing docs/), checks every labelled surface form occurs in its document and
    that no watched surname appears unlabelled, then prints a summary. Standard
    library only.
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
    "school", "itresillianhart", "equennell", "rtolhurst", "rdsouza", "mtaylor",
    "kbeach", "thaddad", "jmarchbank", "wnowak", "fseabright",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["marram community college", "marram college", "marramcollege"],
    "itresillianhart": ["tresillian"],
    "equennell": ["quennell"],
    "rtolhurst": ["tolhurst"],
    "rdsouza": ["d'souza", "dsouza"],
    "jmarchbank": ["marchbank"],
    "fseabright": ["seabright"],
}
EXCLUDES = ["Marram Surf School", "Marram Rovers", "The Marram Kitchen", "marramsurf.example"]

WATCHLIST = """\
# Watchlist for the invented Marram Community College (train50 corpus). All names are fictional.
[school]
name = "Marram Community College"
aliases = ["Marram", "MCC", "Marram College", "Marram Comm"]
locality = ["Furzedean", "Chalkpit Vale", "Peverel Street"]
own_domains = ["marramcollege.example"]
phones = ["01632 960274"]

[[staff]]
id = "itresillianhart"
name = "Imogen Tresillian-Hart"
role = "Principal"
aliases = ["Imogen Hart"]
line_manager = "chair.governors@marramcollege.example"

[[staff]]
id = "equennell"
name = "Ezra Quennell"
role = "Head of Drama"
aliases = ["Ez Quennell"]
unique = true
line_manager = "principal@marramcollege.example"

[[staff]]
id = "rtolhurst"
name = "Robert Tolhurst"
role = "Head of PE"
line_manager = "deputy.principal@marramcollege.example"

[[staff]]
id = "rdsouza"
name = "Renée D'Souza"
role = "SENCo"
aliases = ["Renée Pinto"]
line_manager = "deputy.principal@marramcollege.example"

[[staff]]
id = "mtaylor"
name = "Mark Taylor"
role = "Head of Year 9"
aliases = ["Marcus Taylor"]
line_manager = "deputy.principal@marramcollege.example"

[[staff]]
id = "kbeach"
name = "Katherine Beach"
role = "Deputy Principal and Designated Safeguarding Lead"
line_manager = "principal@marramcollege.example"

[[staff]]
id = "thaddad"
name = "Tariq Haddad"
role = "Head of Humanities"
line_manager = "principal@marramcollege.example"

[[staff]]
id = "jmarchbank"
name = "Jo Marchbank"
role = "Head of Science"
aliases = ["Joanna Marchbank"]
line_manager = "principal@marramcollege.example"

[[staff]]
id = "wnowak"
name = "Wiktoria Nowak"
role = "EAL Coordinator"
aliases = ["Victoria Nowak"]
line_manager = "deputy.principal@marramcollege.example"

[[staff]]
id = "fseabright"
name = "Finn Seabright"
role = "Head of Year 11 and LGBTQ+ Inclusion Lead"
aliases = ["Finlay Seabright"]
line_manager = "deputy.principal@marramcollege.example"

[[exclude]]
text = "Marram Surf School"

[[exclude]]
text = "Marram Rovers"

[[exclude]]
text = "The Marram Kitchen"

[[exclude]]
domain = "marramsurf.example"
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
    "post": dict(
        name="Brighton Evening Post", domain="brightoneveningpost.example",
        nav=["News", "Albion", "Seafront", "Schools", "Courts", "What's On", "Property"],
        most=["Gull swipes chips from toddler on the prom", "Lane closures on the coast road for a fortnight",
              "Pictures: Pride parade crowds", "Parking charges rise again at the marina"],
        footer="Brighton Evening Post is part of South Downs Media Ltd. Regulated by IPSO. Newsdesk 01632 960511."),
    "hovebeat": dict(
        name="Hove Beat", domain="hovebeat.example",
        nav=["Local", "Schools", "Council", "Food & Drink", "Letters"],
        most=["New bakery opens where the bank used to be", "Beach hut prices hit record high",
              "Residents' fury over bin collection switch", "Lawns closed for relaying"],
        footer="Hove Beat · independent hyperlocal news · reader-funded since 2016."),
    "sentinel": dict(
        name="Daily Sentinel", domain="dailysentinel.example",
        nav=["News", "Politics", "Woke Watch", "Money", "Showbiz", "Sport", "Femail"],
        most=["Fury as council bans Christmas lights 'for the planet'", "Migrant boats: another record day",
              "Soap star's secret heartbreak", "Pensioners hit by stealth tax"],
        footer="© Sentinel Newspapers Group. Editors' Code applies. Corrections and clarifications."),
    "ledger": dict(
        name="The National Ledger", domain="nationalledger.example",
        nav=["UK", "World", "Politics", "Education", "Comment", "Culture"],
        most=["Analysis: what the schools white paper means", "Comment: we need calmer debates on gender",
              "Teacher recruitment falls short again", "The long read: coastal towns after the boom"],
        footer="© The National Ledger. Independent journalism. Contact · Complaints · Terms."),
    "pinkcoast": dict(
        name="Pink Coast News", domain="pinkcoast.example",
        nav=["News", "Community", "Nightlife", "Health", "Pride", "Opinion"],
        most=["Drag brunch crowned best in the city", "New sexual health clinic hours",
              "Trans+ March route confirmed", "Meet the volunteers behind the LGBTQ+ switchboard"],
        footer="Pink Coast News · Brighton & Hove's LGBTQ+ news since 1998 · Advertise with us."),
    "teach": dict(
        name="Teach Today", domain="teachtoday.example",
        nav=["News", "Leadership", "SEND", "Pay & Conditions", "Opinion", "Jobs"],
        most=["Ofsted's new report cards: what heads think", "Supply costs soar in coastal schools",
              "Union ballots on workload", "Opinion: the culture war has come for the staffroom"],
        footer="Teach Today · for everyone working in schools · © Chalkline Publishing."),
}


def news_page(site: str, section: str, headline: str, standfirst: str, byline: str, date: str,
              body: str, comments: list[tuple[str, str, str]] | tuple = (), slug: str = "") -> str:
    s = NEWS_SITES[site]
    slug = slug or re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60]
    nav = "\n".join(f'      <li><a href="/{n.lower().replace(" ", "-").replace(chr(39), "").replace("&", "and")}">{esc(n)}</a></li>' for n in s["nav"])
    most = "\n".join(f"      <li><a href=\"#\">{esc(h)}</a></li>" for h in s["most"])
    if comments:
        cm = "\n".join(
            f'    <div class="comment"><p class="comment-meta"><strong>{esc(n)}</strong> · {esc(t)}</p>\n'
            f"    {body_html(c)}\n    <p class=\"comment-actions\">Reply · Report · Like</p></div>"
            for n, t, c in comments)
        comments_html = f'  <section class="comments" id="comments">\n    <h2>Comments ({len(comments)})</h2>\n    <p class="house-rules">Comments are moderated after publication. See our <a href="/community-rules">community rules</a>.</p>\n{cm}\n  </section>\n'
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
<header class="site-header">
  <div class="utility"><a href="/subscribe">Subscribe</a> · <a href="/login">Log in</a> · <a href="/newsletters">Newsletters</a> · <a href="/tips">Send us a tip</a></div>
  <p class="brand"><a href="/">{esc(s['name'])}</a></p>
  <nav aria-label="Main">
    <ul>
{nav}
    </ul>
  </nav>
</header>
<main>
  <article>
    <p class="section-label">{esc(section)}</p>
    <h1>{esc(headline)}</h1>
    <p class="standfirst">{esc(standfirst)}</p>
    <p class="byline">By {esc(byline)} · <time>{esc(date)}</time> · <a href="#comments">Comments</a></p>
{body_html(body)}
    <p class="share">Share this: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">WhatsApp</a> · <a href="#">Copy link</a></p>
  </article>
  <aside class="trending">
    <h2>Trending</h2>
    <ol>
{most}
    </ol>
  </aside>
{comments_html}</main>
<footer>
  <p>{esc(s['footer'])}</p>
  <p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/contact">Contact us</a> · <a href="/advertise">Advertise</a></p>
</footer>
</body>
</html>
"""


FORUM_SITES = {
    "parentchat": dict(name="ParentChat", domain="parentchat.example", tag="Talk › Secondary education › Brighton & Hove",
                       footer="ParentChat Ltd · Talk guidelines · Report a post · Privacy"),
    "rational": dict(name="Rational Parents Forum", domain="rationalparents.example", tag="Forum › Schools & Gender Ideology › Case files",
                     footer="Rational Parents Forum. Speak freely. Views of members are their own."),
    "chalkface": dict(name="ChalkFace", domain="chalkface.example", tag="Boards › Secondary › South East",
                      footer="ChalkFace — anonymous teacher forum. Posts are not pre-moderated."),
    "gulls": dict(name="GullsTalk", domain="gullstalk.example", tag="Boards › The Albion › Off Topic",
                  footer="GullsTalk is an unofficial fans' forum and is not connected with any football club."),
    "furzedean": dict(name="Furzedean & Chalkpit Residents Forum", domain="furzedeanforum.example", tag="Boards › Local issues",
                      footer="Run by residents, for residents, since 2009. Be neighbourly."),
    "rainbow": dict(name="Rainbow Coast Community Board", domain="rainbowcoast.example", tag="Board › Community › Schools & young people",
                    footer="Rainbow Coast · a volunteer-run LGBTQ+ board for Sussex · Safer spaces policy"),
    "teen": dict(name="TeenTalk UK", domain="teentalkuk.example", tag="Forums › School life › Secondary",
                 footer="TeenTalk UK · Community guidelines · Get help · Contact mods"),
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
    <ul class="navbar"><li><a href="/search">Search</a></li><li><a href="/login">Login</a></li><li><a href="/register">Register</a></li><li><a href="/rules">Rules</a></li></ul>
  </div>
  <p class="breadcrumbs">{esc(board)}</p>
  <h2 class="topic-title"><a href="/thread/{thread_id or 1}">{esc(title)}</a></h2>
  <div class="action-bar">Reply · {len(posts)} posts · Page <strong>1</strong> of 1</div>
{posts_html}
  <div class="action-bar">Back to board · Jump to</div>
  <div class="footer">{esc(s['footer'])}</div>
</div>
</body>
</html>
"""


BLOG_SITES = {
    "saltglitter": dict(name="Salt & Glitter", domain="saltandglitter.example", tagline="A zine about queer Brighton, the front and everything after midnight",
                        side=["About the zine", "Stockists", "Submissions", "Archive"]),
    "dispatch": dict(name="The Common Sense Dispatch", domain="commonsensedispatch.example", tagline="Saying what everyone is thinking",
                     side=["Subscribe", "Donate", "Woke Schools Map", "About"]),
    "backclass": dict(name="Notes from the Back of the Class", domain="backoftheclass.example", tagline="A secondary teacher on the south coast, mostly tired",
                      side=["About", "Marking diaries", "Popular posts"]),
    "pier": dict(name="Pier Pressure", domain="pierpressure.example", tagline="Seafront history, piers and the people who ran them",
                 side=["Piers A-Z", "Bandstands", "About", "Contact"]),
    "surf": dict(name="Groyne & Swell", domain="groyneandswell.example", tagline="Surfing the south coast when it actually works",
                 side=["Surf reports", "Boards", "About"]),
    "drag": dict(name="Lady Shingle's Dressing Room", domain="ladyshingle.example", tagline="Wigs, wit and community from Brighton's favourite pebble",
                 side=["Gig dates", "Bookings", "About the Lady"]),
    "furzeblog": dict(name="Furzedean Matters", domain="furzedeanmatters.example", tagline="A ward councillor's notebook",
                      side=["Surgeries", "Casework", "About Cllr Pat Kimber"]),
    "food": dict(name="The Lanes Larder", domain="laneslarder.example", tagline="Eating my way round Brighton & Hove",
                 side=["Restaurants", "Cafés", "Recipes", "About"]),
    "sendblog": dict(name="SEND in the Clowns", domain="sendintheclowns.example", tagline="One Sussex mum, two autistic kids, endless paperwork",
                     side=["EHCP guides", "Tribunal diary", "About"]),
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
        comments_html = f'  <section id="comments">\n    <h3>{len(comments)} responses to &ldquo;{esc(title)}&rdquo;</h3>\n    <ol class="comment-list">\n{cm}\n    </ol>\n    <h3>Leave a Reply</h3><p>Your email address will not be published.</p>\n  </section>\n'
    else:
        comments_html = '  <section id="comments"><p>Comments are closed.</p></section>\n'
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
    <footer class="entry-footer">Filed under: {tag_html}</footer>
  </article>
{comments_html}  <aside id="secondary">
    <ul>
{side}
    </ul>
  </aside>
</div>
<footer id="colophon"><p>Powered by a blogging platform · Theme: Shoreline</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

# 000
D("news", news_page(
    "sentinel", "Woke Watch", "WOKE-BY-THE-SEA: Brighton school tells girls to share loos and tents with 'trans pupils'",
    "Parents' fury as 'inclusion policy' lets children change gender at school without mum and dad being told",
    "Craig Sallow, Chief Reporter", "14 January 2025",
    """
    A taxpayer-funded school in Brighton has told girls they must share toilets, changing rooms and even tents on school trips with classmates who 'identify' as female, the Sentinel can reveal.

    Marram Community College, a comprehensive in the city's Furzedean estate, quietly adopted the 23-page 'Trans and Gender Questioning Pupils Policy' at a governors' meeting before Christmas. Under the rules, staff must use a child's 'chosen name and pronouns' and parents will only be told 'where the young person consents or where there is a safeguarding need'.

    One mother, who did not want to be named for fear of being branded a bigot, said: "My daughter is eleven. She came home and said a boy had been in the girls' loos and a teacher told her to be kind. Nobody asked us."

    ## 'Following the law'

    The college's Principal, Imogen Tresillian-Hart, said the policy "follows the law and the guidance we have" and that "every single child at Marram deserves to be safe, including the handful who are trans."

    Campaigners last night called on the Education Secretary to intervene. A spokeswoman for the Department for Education said it did not comment on individual schools.
    """,
    [("PatriotPaula", "14 Jan 2025, 07:12", "Brighton. Of course it's Brighton. Lock the lot of them up."),
     ("Gerald from Lewes", "14 Jan 2025, 07:40", "That Tresillian-Hart woman wants sacking. Schools are for teaching maths, not this."),
     ("NotThatSimple", "14 Jan 2025, 08:05", "My niece is at this school. The 'boy in the loos' is a Year 7 who has been living as a girl since primary. The Sentinel knows that and left it out."),
     ("Dave_K", "14 Jan 2025, 08:31", "Smug, smirking, sanctimonious cow. She'd last five minutes in a real job.")]),
  [M("school", "exact", "negative", "Marram Community College"), M("itresillianhart", "exact", "abuse", "Imogen Tresillian-Hart")])

# 001
D("news", news_page(
    "post", "Schools", "Furzedean college stands by trans-inclusion policy after national newspaper storm",
    "Governors say guidance was written with lawyers and parents, and will not be withdrawn",
    "Ellie Marchetti, Education Reporter", "15 January 2025",
    """
    The governors of Marram Community College have said they will not withdraw the school's trans-inclusion policy, despite a front-page story in a national newspaper and hundreds of angry emails.

    The 11-18 college on Peverel Street said the policy had been drawn up over eighteen months with advice from the council's equalities team, a family law barrister and a working group that included parents, pupils and staff.

    Finn Seabright, the college's Head of Year 11, who leads its LGBTQ+ inclusion work, said the reporting had "frightened some families who had every right to clear information" and that the college would hold an open evening for parents on 29 January.

    "Nobody is being made to do anything," he said. "There are single-occupancy toilets, there are options on trips, and parents are involved in nearly every case. That's in the document, on page four."

    ## Phones ringing

    Staff at the college's main office said they had taken more than 300 calls in a day, "most of them from outside Sussex". The chair of governors, Rev Hilary Ainscough, said some of the messages had been "frankly unrepeatable" and had been passed to the police.

    The Principal, Dr Imogen Tresillian-Hart, is expected to speak to parents at the open evening.
    """,
    [("Chalkpit Mum", "15 Jan 2025", "Both mine are at Marram. Honestly the toilets are the least of the problems, it's the state of the ceiling in the science block."),
     ("BrightonBornBred", "15 Jan 2025", "Good on them. The Sentinel can do one."),
     ("S. Harrop", "16 Jan 2025", "I'm not against trans kids but I do think parents should be told. Seems a reasonable ask.")]),
  [M("school", "exact", "neutral", "Marram Community College"), M("fseabright", "exact", "neutral", "Finn Seabright"),
   M("itresillianhart", "exact", "neutral", "Imogen Tresillian-Hart")])

# 002
D("social", dd("""
    Real Mums Speak 🇬🇧💷
    @RealMumsSpeakUK

    Imogen Tresillian-Hart sat on Rise & Shine Britain this morning and told a mother whose 11yo daughter was frightened that she should be "more curious". Curious?! This woman has no business near children.

    Somebody ought to wait for her by the school gates one morning and show her how curious they are. 👀

    8:02 AM · Jan 21, 2025 · 48.3K Views

    1,204 Reposts   311 Quotes   4,870 Likes   402 Bookmarks

    ──────────
    Replies

    Tasha M @tashamakes · Jan 21
    "show her how curious they are" reported for what it is

    Real Mums Speak 🇬🇧💷 @RealMumsSpeakUK · Jan 21
    @tashamakes meant a protest 😇 relax

    Rob P @robpennant · Jan 21
    Whatever you think of the policy this is a woman doing her job. Unfollowed.
    """),
  [M("itresillianhart", "exact", "threat", "Imogen Tresillian-Hart")])

# 003
D("social", dd("""
    TikTok · @marram.drama · "y9 said 'sir you won't do it' so I DID IT 💃 #fyp #teachersoftiktok #MarramCommunityCollege #musicaltheatre"

    ▶ 4.1M views

    Comments (18.2K)

    jazzhandsjodie
    MR QUENNELL ATE THAT 😭😭 no crumbs left
    2-03 · Reply · ♡ 22.1K

    dadbod_dan_84
    my drama teacher in 1998 made us do trust falls onto a crash mat that smelt of feet. this man is a LEGEND, absolute weapon 🔥
    2-03 · Reply · ♡ 9,410

    tillyyy.b
    he's my form tutor and he's like this at 8.40am on a monday i'm not joking
    2-03 · Reply · ♡ 6,002

    kerrianne.thespian
    the kid in the back doing the splits?? star is born
    2-04 · Reply · ♡ 3,180

    s.wells.official
    mother is mothering 💅
    2-04 · Reply · ♡ 2,207
    """),
  [M("school", "hashtag", "neutral", "#MarramCommunityCollege"), M("equennell", "title_surname", "neutral", "MR QUENNELL")])

# 004
D("social", dd("""
    Tom Brackley ✝️🇬🇧
    @TomBrackleyTruth

    This is Ezra Quennell. He is a "drama teacher". He films thirteen-year-olds dancing for his TikTok account and four million strangers. In any sane decade he'd be on a register. Groomers don't hide any more, they go viral. #SaveOurKids

    [video]

    6:44 PM · Feb 4, 2025 · 212K Views

    5,880 Reposts   1,102 Quotes   14K Likes

    ──────────
    Replies

    Jordan Vale @jordanvaletv · Feb 4
    It's a musical theatre number with a class, filmed by the school, with permission. You need help.

    AnonPatriot1488 @anon_p1488 · Feb 4
    They always tell you who they are 🏳️‍🌈🤮
    """),
  [M("equennell", "exact", "hate", "Ezra Quennell")])

# 005 decoy: marram grass, excluded surf school
D("blog", blog_page(
    "surf", "Flat spell diaries: dunes, marram and a very cold dawn patrol", "Kit Ravensworth", "9 March 2025",
    """
    Nothing doing at the groynes all week - knee-high and mushy at best - so I went along the coast to help the dune volunteers plant marram grass instead. If you've never done it, it's oddly satisfying: you dig a slot with a spade, drop in a clump of marram, heel it in, move a foot along and do it again. Four hundred clumps later my back is not speaking to me.

    The ranger explained that marram is what holds the whole dune together. The roots go down metres, the leaves roll up in dry weather to keep water in, and it actually grows better when it's being buried by blown sand. Proper little survivor.

    Saturday morning finally delivered a clean chest-high peak on the push. Bumped into the crew from Marram Surf School doing a beginners' lesson on the inside - the instructor, Jess, had eight wobbly adults all standing up by the end, which is some kind of miracle.

    Forecast for next week looks grim again. Back to the spade.
    """,
    [("groms_mum", "9 Mar 2025", "Jess at Marram Surf School taught both my boys, she's brilliant."),
     ("Kit Ravensworth", "10 Mar 2025", "@groms_mum she is! Patience of a saint.")],
    tags=["Flat spells", "Dunes", "Dawn patrol"]))

# 006
D("facebook", dd("""
    Furzedean & Chalkpit Community Noticeboard
    Public group · 6.2K members

    Lorraine Pettit
    Yesterday at 08:51 · 🌎
    To the Marram parents who think it's acceptable to park ACROSS my drive on Peverel Street every morning at ten past eight: I have a disabled husband and a hospital appointment at 9. I have had to ring the college four times this term. Nothing changes. Next time I'm ringing the council and taking photos of your reg.

    😡👍 87 · 41 comments
    Like   Comment   Share

        Gary Stannard
        Every school in the city is the same Lorraine, it's the parents not the college. But yeah it's a nightmare down there.
        Like · Reply · 1d

        Michelle Aubyn
        They should open the back gate on Chalkpit Lane, would halve it overnight
        Like · Reply · 1d

        Lorraine Pettit
        @Michelle Aubyn I suggested that two years ago 🙄
        Like · Reply · 23h
    """),
  [M("school", "short_name", "negative", "Marram")])

# 007
D("review", dd("""
    Marram Community College
    Secondary school · Peverel Street, Furzedean
    3.4 ★★★☆☆ (212 reviews)

    Anjali Prasad
    3 reviews
    ★★☆☆☆ 2 months ago
    My son has an EHCP for autism and ADHD. The teaching staff in English and maths have been kind and patient but the SEND department is a black hole. Mrs D'Souza has cancelled his annual review twice and I have had one reply to eleven emails. Provision that is legally in his plan (movement breaks, a key adult) just doesn't happen on most days. I don't blame individual TAs, there are not enough of them. But someone needs to get a grip.
    👍 Helpful 31   Share

    Response from the owner · 2 months ago
    Dear Anjali, thank you for taking the time to write this. We would like to meet you. Please call the main office on 01632 960274 and ask for the Deputy Principal.
    """),
  [M("school", "exact", "negative", "Marram Community College"), M("rdsouza", "title_surname", "negative", "Mrs D'Souza")])

# 008
D("forum", forum_page("parentchat", "Marram vs Downsview for Y7 - torn!", [
    ("SeagullSarah", "Joined 2021 · 233 posts", "Tue 22-Oct-24 20:14",
     """DD is Y6 and we're in catchment for both Marram and Downsview Academy. Downsview has the better results on paper but DD is arty and a bit quirky and everyone says Marram is 'the one where you can be yourself'. Anyone with kids at either? Open evenings were both fine but they always are."""),
    ("HanoverHelen", "Joined 2019 · 1,420 posts", "Tue 22-Oct-24 20:40",
     """Two at Marram. Drama and art are genuinely outstanding, PE is good (the girls' football is massive now). Pastoral has been solid for us - when DS had a wobble in Y8 Ms Beach had him and us in the same week and sorted a plan. Downsview is stricter, more 'silent corridors', which suits some kids."""),
    ("notamumsnetter", "Joined 2024 · 12 posts", "Tue 22-Oct-24 21:02",
     "Ignore the papers. My nephew is at Marram and the worst thing that's happened to him is the canteen running out of pizza."),
    ("SeagullSarah", "Joined 2021 · 234 posts", "Tue 22-Oct-24 21:30",
     "This is really helpful thank you. Think we're leaning Marram!"),
    ], thread_id=5512),
  [M("school", "short_name", "neutral", "Marram"), M("kbeach", "title_surname", "neutral", "Ms Beach")])

# 009
D("news", news_page(
    "post", "Courts & Crime", "Brighton teacher arrested after late-night scuffle near the pier",
    "Head of Year at Furzedean college released under investigation",
    "Jamie Coutts, Crime Reporter", "3 June 2025",
    """
    A Brighton secondary school teacher has been arrested on suspicion of assault following a disturbance on the seafront in the early hours of Sunday.

    Mark Taylor, 44, who is Head of Year 9 at Marram Community College, was detained by officers near the entrance to the pier shortly after 1.30am. A 29-year-old man was treated by paramedics for a facial injury and did not need hospital treatment.

    Police said Mr Taylor had been released under investigation while inquiries continue. Officers are appealing for witnesses and for anyone with phone footage.

    A spokesperson for the college said: "We are aware that a member of staff has been arrested in connection with an incident outside school. We are following our procedures, which includes informing the local authority designated officer. It would not be appropriate to comment further."

    The college has 1,450 pupils aged 11-18.
    """,
    [("PierRegular", "3 Jun 2025", "I saw the end of this. The other bloke threw the first punch and had been mouthing off at women all night. Wait for the facts."),
     ("Concerned Nan", "3 Jun 2025", "Is this the same Mr Taylor who teaches my grandson? Terrible."),
     ("Jase", "3 Jun 2025", "It's the seafront at 1.30am on a Saturday. Half of Brighton would be arrested if they checked.")]),
  [M("school", "exact", "negative", "Marram Community College"), M("mtaylor", "exact", "defamation", "Mark Taylor")])

# 010 decoy: namesake estate agent
D("news", news_page(
    "hovebeat", "Local", "Hove estate agent hangs up his keys after 35 years",
    "Mark Taylor, who sold more than 3,000 homes in the town, retires to Spain",
    "Hove Beat reporter", "12 April 2025",
    """
    He has sold flats with sea views, Victorian villas with no roofs, and at least one beach hut for more than the price of a terraced house in Burnley. Now Mark Taylor is retiring.

    Mr Taylor, 67, opened Taylor & Crane on Church Parade in 1990 with a borrowed desk and a typewriter. "The first week, the phone rang twice and one of those was my mum," he said.

    He and his wife Bev are moving to Alicante, where he plans "to do absolutely nothing, badly". The business will continue under his daughter, Rachel.
    """,
    [("Yvonne P", "12 Apr 2025", "He sold us our first flat in 1994. A gentleman. Enjoy the sun Mark!")]))

# 011
D("social", dd("""
    Instagram

    marramcollege
    Furzedean

    COUNTY CHAMPIONS 🏆⚽💛 Our U15 girls beat St Wilfrid's 3-1 in the Sussex Schools Cup final, played at the Albion's training ground! Huge thanks to coach Bob Tolhurst and to every parent who stood in the rain all season. #MarramPE #girlsfootball

    Liked by seagullsgirlsfc and 1,204 others
    View all 96 comments

    nana_june_b So proud of you girls ❤️
    3d  12 likes  Reply

    maisie.k.10 the bench was screaming the whole 2nd half 😂😂
    3d  31 likes  Reply

    evie_xxo coach tolhurst in shorts in february 🥵🥵 we are not the same
    3d  18 likes  Reply

    maisie.k.10 @evie_xxo EVIE 💀💀 hes like 40
    3d  9 likes  Reply
    """),
  [M("school", "handle", "neutral", "marramcollege"), M("rtolhurst", "nickname", "sexual", "Bob Tolhurst")])

# 012
D("social", dd("""
    Sussex Lad 🦁
    @sussex_lad_88

    Marram Community College thinks it can turn little girls into boys and the rest of us will just sit and watch. A school can only carry on like that until somebody decides to do something about it with a can of petrol. Not saying it'll be me. Just saying it'll happen. 🔥🔥

    11:18 PM · Jan 15, 2025 · 3,905 Views

    41 Reposts   6 Quotes   88 Likes

    ──────────
    Replies

    MissEmLovesMaths @emlovesmaths · Jan 15
    this is a threat to burn down a school with children in it. reported and sent to @SussexCoastPolice.
    """),
  [M("school", "exact", "threat", "Marram Community College")])

# 013
D("news", news_page(
    "pinkcoast", "News", "Police investigate threats to Furzedean school after breakfast TV row",
    "Messages included a threat to burn down the college; extra patrols at the gates this week",
    "Ruby Adeyemi", "23 January 2025",
    """
    Police are investigating a series of threatening messages sent to Marram Community College after its Principal defended the school's trans-inclusion policy on national television.

    One post, widely shared on X before it was removed, suggested that somebody would "do something about it with a can of petrol". Officers confirmed they had visited an address in West Sussex and that a 31-year-old man had been spoken to.

    Dr Imogen Tresillian-Hart appeared on Rise & Shine Britain on Tuesday alongside a campaigner from a parents' group. The exchange was clipped and shared millions of times.

    "Our children and staff deserve to come to school without fear," she told Pink Coast News. "I'm not going to amplify the worst things that have been said to us. I will say that the kindness of this city has been overwhelming."

    Neighbours have left flowers and chalked rainbows on the pavement outside the Peverel Street gates, and members of the Queer Dads' Running Club jogged past the school on Saturday morning carrying a banner reading 'Marram, we've got your back'.
    """,
    [("Riley (they/them)", "23 Jan 2025", "Went to Marram 2012-2019. It's where I came out. Sending love to everyone there ❤️🏳️‍⚧️"),
     ("FurzeRes", "23 Jan 2025", "The chalk rainbows outside made me cry this morning, not going to lie.")]),
  [M("school", "exact", "neutral", "Marram Community College"), M("itresillianhart", "exact", "neutral", "Imogen Tresillian-Hart")])

# 014
D("social", dd("""
    Bluesky

    Women Won't Wheesht (Sussex) · @wwwsussex.bsky.example

    Parents at Marram have been told their daughters' chemistry teacher is "Ms" Jo Marchbank. Jo Marchbank is a 6ft2 man with a beard shadow who has been put in charge of science for girls. We all see it. He is a bloke. Stop lying to children.

    Jan 29, 2025 at 9:14 PM · 👁 9.2K

    💬 188   🔁 402   ❤️ 1.3K

    ──────────
    Hen @henlovesbirds.bsky.example · 8h
    I teach with Jo. She is the best head of department I've ever had and she deserves better than this.
    """),
  [M("school", "short_name", "neutral", "Marram"), M("jmarchbank", "exact", "hate", "Jo Marchbank")])

# 015
D("facebook", dd("""
    Brighton & Hove Speaks (Unfiltered)
    Public group · 14K members

    Dean Whitbread
    26 January at 19:22 · 🌎
    Wake up Brighton. The head of humanities at Marram is a bloke called Tariq and he's got the kids "learning about" the mosque every other week. First the trans stuff now this. Give it ten years and it'll be halal only in the canteen and the girls in headscarves. Haddad knows exactly what he's doing. Taqiyya they call it. Look it up.

    😡😂👍 203 · 117 comments
    Like   Comment   Share

        Sandra Vokes
        Its RE Dean, they do all the religions, my daughter did a trip to the synagogue and a church as well 🙄
        Like · Reply · 2d

        Dean Whitbread
        @Sandra Vokes yeah course they do. wake up
        Like · Reply · 2d

        Kiran Bassi
        Reported to the admins. This is straight-up racism with a Wikipedia link.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Marram"), M("thaddad", "surname_only", "hate", "Haddad")])

# 016
D("social", dd("""
    qu33r kat 🏳️‍⚧️🔻
    @katscratches

    so Wiktoria Nowak who teaches POLISH AND EAL at Marram went to the "women's rights" meeting at the St Barnabas church hall with the rest of the terves. her personal gmail is wiktoria.nowak.84@mailbox.example if anyone wants to share their thoughts on her hobbies 🙂 keep it civil x

    7:40 PM · Mar 4, 2025 · 6,311 Views

    102 Reposts   14 Quotes   340 Likes

    ──────────
    Replies

    river 🌊 @river_wild_bn1 · Mar 4
    kat please delete this, posting a teacher's email is exactly what they do to us
    """),
  [M("school", "short_name", "neutral", "Marram"), M("wnowak", "exact", "doxxing", "Wiktoria Nowak")])

# 017
D("social", dd("""
    antifash brighton bloc 🏴
    @bn_bloc_nofash

    punch terfs. starting with that Nowak woman at Marram Comm. she wants to "debate" trans kids' existence in her classroom, she can debate my fist. we know which bus she gets. see you at the stop 👋

    10:52 PM · Mar 5, 2025 · 2,118 Views

    19 Reposts   3 Quotes   61 Likes
    """),
  [M("school", "alias", "neutral", "Marram Comm"), M("wnowak", "surname_only", "threat", "Nowak")])

# 018
D("review", dd("""
    StaffSay › Marram Community College › Reviews

    "Amazing kids, SLT spread far too thin"
    ★★★☆☆  Current Employee - Teacher in Brighton, England · 18 February 2025
    I have been working at Marram Community College full-time for more than 5 years

    Pros
    Honestly the best students I've taught. Genuinely inclusive culture, brilliant drama and music, colleagues who would cover your lesson in a heartbeat. Great CPD on SEND.

    Cons
    Safeguarding load has tripled since the press stuff and it all lands on K. Beach and two overworked DSL deputies. Referrals sit for days. Behaviour policy is applied differently depending on which deputy you get. Workload on reports is silly.

    Advice to management
    Hire another pastoral lead. Stop sending all-staff emails at 10pm.

    Helpful (14) · Share · Report
    """),
  [M("school", "exact", "negative", "Marram Community College"), M("kbeach", "initial_surname", "negative", "K. Beach")])

# 019 decoy: namesake yoga teacher, beach as word
D("facebook", dd("""
    Worthing Wellbeing Collective
    Public group · 2.3K members

    Kate Beach Yoga
    6 June at 07:02 · 🌎
    Sunrise yoga on the beach is BACK from Saturday 🌅🧘 Meet by the lifeguard hut at 6.15am, bring a towel and layers. £6 on the day or pay what you can. See you on the shingle! Love, Kate x

    ❤️ 64 · 12 comments
    Like   Comment   Share

        Jan Hollis
        Best way to start a weekend. Kate's classes are so gentle ❤️
        Like · Reply · 2d

        Bob F
        Do you do it when it's raining?? 😂
        Like · Reply · 2d

        Kate Beach Yoga
        @Bob F we have done it in a hailstorm Bob, we are hardcore 😂
        Like · Reply · 2d
    """))

# 020
D("blog", blog_page(
    "saltglitter", "Where the queer kids are alright: a visit to the Pride club", "Ramona Ditch", "3 November 2024",
    """
    Issue 31 of Salt & Glitter is about places that make room for us. Not clubs with a door policy - actual rooms, often with strip lighting and plastic chairs, where somebody has put the kettle on.

    One of them is a Year 8 science lab in Furzedean on a Wednesday lunchtime. Marram's Pride club has been running for nine years. When I visited there were twenty-three kids there, a tub of Haribo, a stack of graphic novels and a whiteboard headed QUESTIONS WE ARE NOT ALLOWED TO ASK ANYWHERE ELSE.

    The club is run by Finn Seabright, a Head of Year with a cardigan collection to rival any drag mother, and the kids clearly adore him. He doesn't lecture. He mostly refills the Haribo and says "go on then" when someone is working up to saying something big.

    "When I was at school in the nineties, my headteacher told the assembly that gay people were 'a tragedy'," he told me. "I decided I'd spend my life being the opposite of that assembly."

    A Year 9 called Mo told me, very seriously, that the club was "the only place where no-one asks me to explain myself". Then he beat me at Uno.
    """,
    [("Lady Shingle", "3 Nov 2024", "I did their bingo last summer and those kids dragged me harder than any hen party 😂 love them"),
     ("Jude", "4 Nov 2024", "Crying at QUESTIONS WE ARE NOT ALLOWED TO ASK ANYWHERE ELSE"),
     ("Ramona Ditch", "4 Nov 2024", "@Jude I nearly stole the whiteboard")],
    tags=["Queer youth", "Furzedean", "Issue 31"]),
  [M("school", "short_name", "neutral", "Marram"), M("fseabright", "exact", "neutral", "Finn Seabright")])

# 021
D("blog", blog_page(
    "dispatch", "The Marram Files, part one: how a seaside comprehensive became a gender clinic", "Toby Ferrand", "2 February 2025",
    """
    There is a school in Brighton where an eleven-year-old can change their name, pronouns and sex on the register before lunch, and their mother will hear about it - if she hears about it at all - from the child's younger sister.

    Marram Community College is not unusual in its politics. It is unusual in its candour. Its 23-page policy reads like an activist's wish list, and its staff list reads like a who's who of Brighton's gender industry.

    ## The Principal

    Imogen Tresillian-Hart is, by every account, charming on camera. What she did not tell Rise & Shine Britain is that in the autumn term a Year 8 girl's complaint about a boy in the changing room was, according to two sources, logged, marked 'resolved' and hidden from the governors and from Ofsted. If that is true, it is a cover-up, and she is personally responsible for it.

    ## The Pride club

    Then there is Finn Seabright, the 'inclusion lead', who organises a drag bingo for eleven-year-olds every summer. Parents who ask why a man in a wig and fishnets needs to be in a room with their children are told they are bigots. In my day we had a word for adults who go out of their way to get children alone and talk to them about sex. Groomer. The word is unfashionable. It is also accurate.

    ## The science department

    And the Head of Science, who goes by Jo Marchbank, is a man. That is not hate. It is biology, which one would hope the Head of Science might know.

    In part two: the money, and the charities.
    """,
    [("Concerned Grandad", "2 Feb 2025", "Outstanding work Toby. The MSM will never touch this."),
     ("K. Loughlin", "2 Feb 2025", "You've named a teacher as a groomer with zero evidence. I hope they sue you into the sea."),
     ("Toby Ferrand", "3 Feb 2025", "@K. Loughlin Truth is a defence.")],
    tags=["Schools", "Gender ideology", "Brighton", "The Marram Files"]),
  [M("school", "exact", "negative", "Marram Community College"), M("itresillianhart", "exact", "defamation", "Imogen Tresillian-Hart"),
   M("fseabright", "exact", "hate", "Finn Seabright"), M("jmarchbank", "exact", "hate", "Jo Marchbank")])

# 022
D("forum", forum_page("rational", "Marram (Brighton) - case file thread, please keep it factual", [
    ("SexNotGender_Sue", "Member · 2,104 posts", "Fri 17 Jan 2025 09:02",
     """Starting a case file for the Brighton school. Policy PDF attached (download it before they take it down). Key points: chosen name and pronouns without parental consent, 'gender-neutral' toilets on the first floor, residential trips 'by gender identity'.

     The Principal is Tresillian Hart. Her breakfast TV appearance is on Tuesday - please be ready to clip it."""),
    ("GCdad_Kent", "Member · 377 posts", "Fri 17 Jan 2025 09:31",
     "Good work. Has anyone written to the governors? The clerk's email is on their website. Politely please, we don't want to give the Sentinel's opponents anything."),
    ("Lioness_79", "Member · 951 posts", "Fri 17 Jan 2025 10:05",
     """I'll be honest, I've read the whole policy and it's not as bad as the papers say - parents ARE consulted in most cases. The trips bit is the problem. I've emailed the clerk.

     Let's not pile on individual teachers. That's what the other side do."""),
    ("SexNotGender_Sue", "Member · 2,105 posts", "Fri 17 Jan 2025 10:20", "Fair, Lioness. Principal only. She chose to be public."),
    ], thread_id=8801),
  [M("school", "short_name", "negative", "Marram"), M("itresillianhart", "hyphenated", "negative", "Tresillian Hart")])

# 023
D("social", dd("""
    r/brighton · Posted by u/gull_botherer · 2d

    Is Marram actually as bad as the Sentinel is making out?

    Moved down from London last year (yes yes, DFL, I know). Kid starts Y7 in September and we've been offered Marram. Every national paper seems to think it's some kind of gender boot camp. Anyone with actual experience?

    ⬆ 214   💬 88

    u/kemptown_karen · 2d
    It's a normal comp with a good drama department and a Pride flag in reception. The "boot camp" is a Wednesday lunchtime club with Haribo.

    u/seafront_steve · 2d
    My lad's in Y10 there. Maths is strong, behaviour's fine, the PE dept is football mad. He's never once mentioned gender. He has mentioned the chips about 400 times.

    u/grumpy_gull · 2d
    The papers will move on to another school by Easter. They always do.

    u/gull_botherer · 2d
    This is so reassuring, thank you all 🙏
    """),
  [M("school", "short_name", "neutral", "Marram")])

# 024 decoy: MCC climbing centre
D("review", dd("""
    Meridian Climbing Centre (MCC)
    Climbing gym · Coldwater Trading Estate
    4.7 ★★★★★ (902 reviews)

    Callum Dreyer
    Local Guide · 88 reviews
    ★★★★★ 1 week ago
    Best bouldering in the city. MCC reset the comp wall every fortnight so there's always something new, and the staff actually coach you rather than just staring at their phones. Tuesday women's night is packed. Café does a decent flat white and the biggest flapjack I have ever seen. Only downside: parking on a Saturday morning is chaos because of the kids' club.
    👍 Helpful 7   Share

    Response from the owner · 6 days ago
    Cheers Callum! See you on the new blue circuit 💪 — the MCC crew
    """))

# 025
D("facebook", dd("""
    Marram Community College PTA
    Private group · 1.4K members

    Claire Okonedo (PTA Chair)
    8 July at 21:30 · 🔒
    WHAT A SUMMER FAIR! ☀️🎪 We raised £4,312 for the sensory room. Huge thank-yous to: Renée D'Souza and the learning support team, who ran the calm tent all afternoon and made it possible for so many of our SEND kids to come; Kath Beach for spending four hours in the stocks (we raised £380 from wet sponges alone 😂); the Year 11s who ran the tombola; and everyone who baked.

    Photos in the comments - please only tag your own children. Thank you!

    ❤️👍😂 188 · 36 comments
    Like   Comment   Share

        Priya Lennox
        The calm tent was such a good idea, my daughter stayed three hours instead of ten minutes ❤️
        Like · Reply · 6d

        Tom Ashgrove
        Kath Beach in the stocks is the best thing I have ever paid £2 for
        Like · Reply · 6d
    """),
  [M("school", "exact", "neutral", "Marram Community College"), M("rdsouza", "exact", "neutral", "Renée D'Souza"),
   M("kbeach", "nickname", "neutral", "Kath Beach")])

# 026
D("news", news_page(
    "teach", "Leadership", "Unions rally behind Brighton head after wave of online abuse",
    "Heads' association says the treatment of Imogen Tresillian-Hart 'should shame anyone who took part'",
    "Nadia Brennan", "31 January 2025",
    """
    School leaders' unions have written to the Education Secretary asking for clearer guidance on trans pupils, saying heads are being left "to take the bullets" for a policy vacuum in Whitehall.

    The letter follows a fortnight in which the Principal of Marram Community College in Brighton, Imogen Tresillian-Hart, received thousands of abusive messages after appearing on breakfast television to defend her school's approach.

    Messages seen by Teach Today include calling her a "traitor to women", a "child abuser" and worse. The Association of Secondary Leaders said: "No head should have to read what she has read. We reproduce none of it beyond what is necessary to show its character, and we condemn all of it."

    The college's governors said they had received independent legal advice that the policy complied with the Equality Act.

    ## 'A policy vacuum'

    A former regional schools commissioner, speaking on condition of anonymity, said that without national guidance "every head is improvising, and the ones who write it down get crucified".
    """),
  [M("school", "exact", "neutral", "Marram Community College"), M("itresillianhart", "exact", "neutral", "Imogen Tresillian-Hart")])

# 027
D("social", dd("""
    Threads

    lottie.xo.17
    not mr quennell coming into rehearsal in the leather jacket for the grease number 😩😩 sir pls we are trying to concentrate
    why are all the good ones gay 😭

    2h · ♡ 88 · 💬 14

    jas.mine.b
    LMAOOO lottie ur in yr 12 behave 💀
    1h

    lottie.xo.17
    @jas.mine.b a girl can look 🤷‍♀️
    1h
    """),
  [M("equennell", "title_surname", "sexual", "mr quennell")])

# 028
D("social", dd("""
    Patriot Alliance South 🇬🇧
    @PASouthCoast

    Meet Finn Seabright. Runs "Pride club" for kids at Marram. Likes drag queens and other people's children.

    Address: Flat 2, 41 Saltings Way, Furzedean BN2 7LP
    Mobile: 07700 900562

    Parents deserve to know who is teaching their kids. Share widely.

    3:15 PM · Feb 6, 2025 · 17.8K Views

    388 Reposts   41 Quotes   602 Likes
    """),
  [M("school", "short_name", "neutral", "Marram"), M("fseabright", "exact", "doxxing", "Finn Seabright")])

# 029
D("social", dd("""
    gullnation 🦅
    @gullnation_bn

    if Qu3nn3ll shows his face on the front this summer he's getting launched off the end of the pier. filming kids dancing for clout. not a joke. we'll be waiting 🌊🌊

    1:02 AM · Feb 9, 2025 · 907 Views

    4 Reposts   22 Likes
    """),
  [M("equennell", "leetspeak", "threat", "Qu3nn3ll")])

# 030
D("facebook", dd("""
    Furzedean Juniors & Youth Football (Parents)
    Private group · 412 members

    Wayne Corrigan
    14 March at 21:48 · 🔒
    Sorry but someone needs to say it. Robbie Tolhurst is a useless lump. My lad has been benched for the Marram U14s every week since October while Tolhurst's mates' kids play every minute. Gets paid to teach PE and can't even pick a team. Waste of a tracksuit.

    😮👍 12 · 29 comments
    Like   Comment   Share

        Sue Harnden
        Wayne he's a volunteer on the Saturday side of it, and he's coached half these kids for free for years. Bit harsh.
        Like · Reply · 2d

        Wayne Corrigan
        @Sue Harnden he's not doing my kid any favours for free is he
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Marram"), M("rtolhurst", "nickname", "abuse", "Robbie Tolhurst")])

# 031 decoy: namesake Albion fan on fan forum
D("forum", forum_page("gulls", "Lost: season ticket card, West Stand upper - name Mark Taylor", [
    ("MarkT_Crawley", "Member · 88 posts", "Sun 2 Mar 2025 19:10",
     "Long shot but dropped my season card on the train back from the ground yesterday, somewhere between the station and Three Bridges. Name on it is Mark Taylor. Box office says they can reissue but it's £20. If anyone handed it in anywhere, ta."),
    ("WestUpper_Will", "Member · 3,011 posts", "Sun 2 Mar 2025 19:22",
     "Try lost property at the station first mate, they're good. Result though eh? Up the Albion 💙🤍"),
    ("SeagullSteve", "Member · 1,244 posts", "Sun 2 Mar 2025 19:40",
     "There are about 40 Mark Taylors in the West Stand mate, someone's probably using it 😂"),
    ("MarkT_Crawley", "Member · 89 posts", "Mon 3 Mar 2025 08:15", "Found! Guard had it. Legend."),
    ], thread_id=2209))

# 032
D("news", news_page(
    "post", "Courts & Crime", "Police probe after images of school pupils shared in online group",
    "Parents at Furzedean college told that photos taken at a sports day were posted to a messaging channel",
    "Jamie Coutts, Crime Reporter", "10 July 2025",
    """
    Detectives are investigating after photographs of pupils from a Brighton secondary school were shared in an online channel alongside sexualised comments.

    Parents of children at Marram Community College were told in a letter on Wednesday that images taken at the school's sports day, apparently by a spectator on the public footpath beside the field, had been posted to a group on a messaging app.

    Police said the channel had been reported to the platform and taken down, and that officers were working to identify the person responsible. No images were of an indecent nature, a spokesperson said, but the accompanying comments were "clearly sexual and entirely unacceptable".

    The college said it had reviewed its photography arrangements and would screen the footpath side of the field at future events.
    """),
  [M("school", "exact", "sexual", "Marram Community College", True)])

# 033
D("facebook", dd("""
    Chalkpit Vale Residents (Unofficial)
    Public group · 3.8K members

    Terry Maddox
    3 April at 17:55 · 🌎
    Marram's letting all the gyppo kids from the site up by the tip in now. Lock up your bikes, lock up your sheds. Two went walkabout on our road this week and don't tell me that's a coincidence. Pikeys and trannies, that's what that school's about now.

    😡😂 58 · 44 comments
    Like   Comment   Share

        Bernie O'Shea
        Terry my grandkids are Travellers and they're at Marram and they've never nicked a thing in their lives. Grow up.
        Like · Reply · 1d

        Admin - Colette
        Post removed for breaching group rules on hate speech. Terry, final warning.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "hate", "Marram")])

# 034
D("news", news_page(
    "post", "Schools", "A-level results: smiles, tears and a very loud drama department in Furzedean",
    "Sixth formers at Marram Community College celebrate their best results in five years",
    "Ellie Marchetti, Education Reporter", "14 August 2025",
    """
    There were screams, hugs and at least one impromptu rendition of 'Defying Gravity' as sixth formers at Marram Community College collected their A-level results this morning.

    Almost a third of grades were A* or A, and the college said it was its strongest set of results since 2020. Among those celebrating was Keeley Osei, 18, who is off to study medicine after three A*s. "I did my chemistry revision at the kitchen table with my nan quizzing me," she said.

    Principal Dr Tresillian-Hart said: "After the year this community has had, these young people have shown everybody what Marram is actually about. I could not be prouder."

    The drama department had a particularly good day, with every student achieving a B or higher.
    """),
  [M("school", "exact", "neutral", "Marram Community College"), M("itresillianhart", "title_surname", "neutral", "Dr Tresillian-Hart")])

# 035 decoy: locality only, bus route
D("news", news_page(
    "post", "News", "Anger as number 18 bus to Furzedean cut to one an hour on Sundays",
    "Residents of Chalkpit Vale say they will be cut off from the hospital at weekends",
    "Sam Oduya", "2 May 2025",
    """
    Residents in Furzedean and Chalkpit Vale have criticised the decision to cut the Sunday number 18 service to one bus an hour from June.

    The operator said passenger numbers on Sundays had "not recovered" since the pandemic. Councillor Pat Kimber said the change would leave older residents "stranded at the top of the hill with no way down to the hospital or the seafront".

    A petition has gathered more than 1,400 signatures. The council's transport committee will discuss the route on 19 May.
    """,
    [("Marg at no.9", "2 May 2025", "I'll be walking down Chalkpit Lane with my shopping trolley then. At 78."),
     ("TC", "2 May 2025", "Typical. Cut the buses, raise the parking. Nobody in charge lives up here.")]))

# 036
D("blog", blog_page(
    "drag", "I read a storybook to some teenagers and a newspaper had a breakdown", "Lady Shingle", "19 February 2025",
    """
    Darlings. Pull up a pebble.

    Last summer I was asked by the lovely Finlay Seabright - a Head of Year at Marram and a man whose cardigan game is honestly terrifying - to host their charity bingo. Sixth formers and Year 11s, a hall full of parents, raffle prizes donated by the chippy. I wore the blue sequins and the nautical hat. I called "two little ducks" and a boy in Year 11 quacked so hard he fell off his chair. That is the scandal.

    Seven months later a national newspaper has decided that I am a "sexualised performer" who was "bussed in to indoctrinate". Bussed in! I live on the 18 route, babes, I got the bus like a normal woman.

    To every kid who was in that hall: you were funnier than any crowd I've had at the Anchor & Eel on a Saturday, and I'd come back tomorrow.

    To the journalists: your bingo card is full. Eyes down.
    """,
    [("Mrs Pebbles", "19 Feb 2025", "The QUACK 😭 iconic"),
     ("A Marram Parent", "20 Feb 2025", "I was there with my son. It was the most wholesome night of the year. Thank you Lady S."),
     ("Troll-Be-Gone", "20 Feb 2025", "Deleted 40 comments from this post today. The bin is full, the Lady is fabulous.")],
    tags=["Bingo", "Press", "Brighton"]),
  [M("school", "short_name", "neutral", "Marram"), M("fseabright", "alias", "neutral", "Finlay Seabright")])

# 037
D("social", dd("""
    Daisy Pell 🌼
    @daisy_pells

    Immy Tresillian-Hart on Rise & Shine this morning absolutely KILLED it. Calm, kind, didn't take the bait once, and the presenter's face when she quoted his own paper's corrections column 💀💀 queen behaviour. Marram kids are lucky.

    7:58 AM · Jan 21, 2025 · 11.2K Views

    302 Reposts   19 Quotes   1.9K Likes
    """),
  [M("school", "short_name", "neutral", "Marram"), M("itresillianhart", "nickname", "neutral", "Immy Tresillian-Hart")])

# 038
D("facebook", dd("""
    Brighton & Hove Parents Network
    Public group · 22K members

    Stacey Roumieu
    11 February at 16:20 · 🌎
    Anyone else had dealings with the deputy at Marram? That Beach woman is a jobsworth witch. Excluded my son for two days over a vape that wasn't even his and spoke to me like something on her shoe. Face like a slapped haddock.

    😮😂 21 · 33 comments
    Like   Comment   Share

        Leah Dunmore
        Ms B was brilliant with my daughter tbh, but I know she can be very by the book.
        Like · Reply · 3d

        Stacey Roumieu
        @Leah Dunmore by the book my arse
        Like · Reply · 3d
    """),
  [M("school", "short_name", "negative", "Marram"), M("kbeach", "surname_only", "abuse", "Beach")])

# 039
D("social", dd("""
    No More Mr Nice Guy
    @nmmng_uk

    Quеnnell's got his "spring showcase" Friday night. Full hall, one door at the back. Would be a shame if that door got chained from the outside halfway through the second act. Just a thought for the fire officer 🔗🔥

    12:41 AM · Mar 19, 2025 · 1,377 Views

    9 Reposts   2 Quotes   31 Likes

    ──────────
    Replies

    Kez @kez_on_the_level · Mar 19
    @SussexCoastPolice this account is threatening to lock children in a burning school hall
    """),
  [M("equennell", "homoglyph", "threat", "Quеnnell")])

# 040
D("social", dd("""
    Biological Reality 🧬
    @bio_reality_uk

    Mаrchbank at Marram Comm is a man. Not "a trans woman". A man in a skirt with access to the girls' changing rooms during PE cover. You can call it what you want, nature already decided. Blokes in frocks shouldn't be teaching anyone's daughters. 🤢

    6:12 PM · Feb 12, 2025 · 4,480 Views

    77 Reposts   12 Quotes   230 Likes
    """),
  [M("school", "alias", "neutral", "Marram Comm"), M("jmarchbank", "homoglyph", "hate", "Mаrchbank")])

# 041
D("forum", forum_page("chalkface", "Anyone else's school being dragged through the papers? (Brighton)", [
    ("LabCoatLady", "Member · 1,022 posts", "Thu 23 Jan 2025 21:40",
     """I work at the Brighton school that's been all over the news this week. I'm not going to say which, you can probably guess.

     Just want to say to anyone in the same boat: it's relentless. Reception staff crying. A governor's address posted online. Our Head of Science, Jo M., has had to have her classroom window covered because someone was filming through it from the footpath. She's still come in every single day and taught brilliantly. So has everyone."""),
    ("OldHandHumanities", "Member · 3,880 posts", "Thu 23 Jan 2025 22:02",
     "Sending solidarity. Make sure your union rep is documenting every single thing. And keep screenshots of everything - they disappear."),
    ("LabCoatLady", "Member · 1,023 posts", "Thu 23 Jan 2025 22:15",
     "Thanks. Our union rep is Tariq H. from humanities and he's been a rock. Had a folder of screenshots by Wednesday lunchtime. Man's a machine."),
    ("NQT_no_more", "Member · 211 posts", "Thu 23 Jan 2025 22:31",
     "Thinking of you all. Marram (yes, we can all guess) has always been the school I'd want my kids at, for what it's worth."),
    ], thread_id=6673),
  [M("school", "short_name", "neutral", "Marram"), M("jmarchbank", "first_initial", "neutral", "Jo M."),
   M("thaddad", "first_initial", "neutral", "Tariq H.")])

# 042
D("review", dd("""
    Marram Community College
    Secondary school · Peverel Street, Furzedean
    3.4 ★★★☆☆ (212 reviews)

    Yusuf Karimi
    1 review
    ★★★★★ 3 weeks ago
    My daughter arrived from Afghanistan in Year 8 speaking almost no English. Two years later she is doing GCSE English Literature and arguing with me about Macbeth. Mr Haddad got her into the debating club and Ms Nowak's EAL group gave her confidence and friends. The whole school treated us like a family. Thank you Marram Community College, from all of us.
    👍 Helpful 58   Share

    Response from the owner · 3 weeks ago
    Thank you, Yusuf - we have shared your message with the team. We are so proud of her.
    """),
  [M("school", "exact", "neutral", "Marram Community College"), M("thaddad", "title_surname", "neutral", "Mr Haddad"),
   M("wnowak", "title_surname", "neutral", "Ms Nowak")])

# 043
D("news", news_page(
    "sentinel", "Woke Watch", "Teacher at 'woke' Brighton school investigated after going to women's rights meeting",
    "Polish-born teacher faces inquiry 'for attending a lawful meeting', friends say",
    "Craig Sallow, Chief Reporter", "11 March 2025",
    """
    A teacher at the Brighton school at the centre of a row over trans pupils is being investigated by her bosses after she was photographed at a women's rights meeting, the Sentinel understands.

    Wiktoria Nowak, who teaches Polish and runs English language support at Marram Community College, was pictured by activists leaving a meeting of a gender-critical group at a Brighton hall last week. Her personal email address was then posted online.

    Friends say the college has opened a formal investigation into whether she breached its code of conduct. "She went to a legal meeting in her own time and sat at the back," one said. "Now she is being treated like a criminal."

    The college said it did not comment on staffing matters but that it "would always act to protect staff from harassment, whatever their views".
    """,
    [("Free Speech Fran", "11 Mar 2025", "This is what Brighton has become. Good luck to her."),
     ("Bartosz W", "11 Mar 2025", "Another Pole doing the job nobody else wants and getting thrown under the bus for it."),
     ("ActualLawyer", "11 Mar 2025", "'Understands' is doing a lot of work in this story. No named source for the investigation at all.")]),
  [M("school", "exact", "negative", "Marram Community College"), M("wnowak", "exact", "defamation", "Wiktoria Nowak")])

# 044
D("news", news_page(
    "ledger", "Comment", "The Brighton school row shows how the gender debate eats the people in the middle",
    "Teachers did not choose to be soldiers in a culture war. They are being conscripted anyway",
    "Harriet Osei-Bramwell", "26 January 2025",
    """
    I watched the now-notorious breakfast television exchange three times. The first time, I thought the head teacher was too smooth. The second, that the campaigner opposite her was asking a question a lot of parents quietly ask. The third time, I mostly noticed how tired everyone looked.

    Marram Community College did something that thousands of schools do informally: it wrote down how it treats the small number of pupils who question their gender. In doing so it made itself a target. Its Principal, Imogen Tresillian-Hart, has since received threats serious enough to involve the police. So, it should be said, has at least one member of her staff who takes a more sceptical view, and who was hounded online by people who claim to be on the side of kindness.

    There is a version of this debate in which parents' rights and trans children's safety are both taken seriously. It would be boring. It would not trend. It would also be the only one in which the teachers in the middle get to go home at the end of the day and sleep.

    ## What the guidance should say

    Ministers have promised national guidance for three years. Until it arrives, every head who writes a policy down is volunteering to be the next Marram.
    """,
    [("Persephone K", "26 Jan 2025", "Best thing I've read on this. Thank you."),
     ("GCAndProud", "26 Jan 2025", "'Smooth' is a word for it. Parents' rights are not a 'version' of the debate, they are the debate."),
     ("T. Rowe", "27 Jan 2025", "'Volunteering to be the next Marram' - exactly right, sadly.")]),
  [M("school", "exact", "neutral", "Marram Community College"), M("itresillianhart", "exact", "neutral", "Imogen Tresillian-Hart")])

# 045 decoy: neighbouring school, similar row
D("news", news_page(
    "hovebeat", "Schools", "Downsview Academy pauses toilet refurbishment after parent petition",
    "Hove academy to consult families before converting first-floor toilets to single cubicles",
    "Hove Beat reporter", "5 February 2025",
    """
    Downsview Academy in Hove has paused plans to convert a block of toilets into individual floor-to-ceiling cubicles after more than 600 parents signed a petition.

    The academy's trust said the work, planned for the February half term, had been designed to reduce vaping and bullying, and that it "had nothing to do with any gender policy". A consultation will now run until Easter.

    One parent, whose son is in Year 8, said: "After everything in the news lately people are jumpy. I think it's actually a good idea but they should have asked."
    """,
    [("Hove Actually", "5 Feb 2025", "Floor-to-ceiling cubicles are literally what everyone on all sides says they want. Amazing."),
     ("DV Dad", "5 Feb 2025", "The trust's comms are always terrible. Same thing happened with the uniform change.")]))

# 046 decoy: Marram Primary elsewhere
D("news", news_page(
    "ledger", "Education", "Sand dune school wins national eco award",
    "Pupils at Marram Primary in Lancashire have planted 20,000 dune grasses",
    "Education staff", "2 June 2025",
    """
    A primary school named after the grass that holds the Lancashire coast together has won a national environmental award for a project to restore the sand dunes near the school.

    Pupils at Marram Primary School near Southport have planted more than 20,000 clumps of marram grass over four years, working alongside coastal rangers and a local university. The head teacher, Bernadette Coyle, said: "Our children can tell you the Latin name of marram grass before they can spell 'Wednesday'."

    The award comes with £5,000, which the school plans to spend on an outdoor classroom overlooking the dunes.
    """))

# 047
D("social", dd("""
    Gemma Hurst 🌸
    @gemhurst_bn2

    Reposting my daughter's Snapchat story screenshot:

    ⚠️ PARENTS OF MARRAM KIDS ⚠️ someone is sharing a link called "marram yr9 girls 🔥" on snap and in a couple of group chats. DO NOT click it, do NOT forward it (even to "warn" people - that's sharing it). Screenshot the username and report it to the police and to the school's DSL. My daughter showed me and she's in bits. Please talk to your kids tonight 💔
    """),
  [M("school", "short_name", "sexual", "MARRAM", True)])

# 048
D("facebook", dd("""
    Mums of Brighton & Hove 💕
    Private group · 9.7K members

    Kelly-Ann Brewer
    2 May at 22:47 · 🔒
    Not me volunteering to run the line for the girls' team every Saturday purely because Robert Tolhurst from Marram coaches it 😅🫣 those calves should come with a health warning. Husband thinks I've got really into football. I have. Sort of.

    😂❤️ 146 · 58 comments
    Like   Comment   Share

        Donna Leek
        KELLY-ANN 😂😂 you're not the only one hun, the touchline is RAMMED these days
        Like · Reply · 2d

        Mel Fairley
        I'm going to need his number for, erm, football reasons 🙈
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Marram"), M("rtolhurst", "exact", "sexual", "Robert Tolhurst")])

# 049
D("forum", forum_page("furzedean", "SEND money at the college - where's it going?", [
    ("BinDayBarry", "Member · 612 posts", "Wed 9 Apr 2025 19:30",
     """Keep hearing from people on the estate that the SEND budget at Marram is being 'managed creatively'. Renee DSouza who runs it has had a new car every year and her kids are at private school. Teaching assistants being cut while she swans about in a Tesla. Somebody should be asking where the money goes."""),
    ("Furze_Lady_64", "Member · 1,883 posts", "Wed 9 Apr 2025 19:52",
     "Barry her husband is a surgeon at the county hospital, that's where the Tesla comes from. TAs are being cut everywhere, it's the council funding. Careful what you post."),
    ("BinDayBarry", "Member · 613 posts", "Wed 9 Apr 2025 20:05",
     "Just saying what people are saying. No smoke without fire."),
    ("Admin_Pat", "Moderator", "Wed 9 Apr 2025 20:30",
     "Thread locked. Please don't post allegations of fraud about named people. Take concerns to the governors."),
    ], thread_id=4410),
  [M("school", "short_name", "negative", "Marram"), M("rdsouza", "typo", "defamation", "Renee DSouza")])

# 050
D("facebook", dd("""
    Brighton & Hove Speaks (Unfiltered)
    Public group · 14K members

    Lee Garrod
    4 June at 13:02 · 🌎
    For anyone wondering, the Marram teacher who glassed that lad by the pier (Taylor, head of year 9) lives at 14 Gorse Crescent, Chalkpit Vale. Blue door, silver Qashqai on the drive. Bet his neighbours would love to know what they're living next to.

    😮😡 77 · 52 comments
    Like   Comment   Share

        Carly Hammond
        Nobody got glassed Lee, read the actual article. And taking his address down would be a good idea before you get a visit.
        Like · Reply · 1d

        Lee Garrod
        @Carly Hammond free country
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Marram"), M("mtaylor", "surname_only", "doxxing", "Taylor")])

# 051
D("social", dd("""
    kyle 🇬🇧⚽
    @kyleb_bhafc

    Marcus Taylor you think being a teacher means you can put my cousin on the floor and walk away. You're out on bail, we know the school, we know the car, we know your face. Enjoy looking over your shoulder every day till we catch you on your own 👊

    11:30 PM · Jun 5, 2025 · 512 Views

    3 Reposts   11 Likes
    """),
  [M("mtaylor", "alias", "threat", "Marcus Taylor")])

# 052
D("social", dd("""
    Save Our Schools South 🇬🇧
    @SOS_South

    📣 Day 14. Still no apology. Still no U-turn. Still in post.

    Email the governors. Ring the council. Tell your MP.

    #SackTresillianHart #ProtectOurGirls #Brighton

    9:00 AM · Feb 4, 2025 · 22.6K Views

    890 Reposts   44 Quotes   2,102 Likes
    """),
  [M("itresillianhart", "hashtag", "negative", "#SackTresillianHart")])

# 053
D("social", dd("""
    Instagram

    brightontransplus
    The Level

    Hundreds of you turned out in the rain to walk from Tidemill Green to Peverel Street and leave messages on the fence. Pupils, parents, neighbours, drag queens, three dogs in jumpers and a man on a unicycle. We see you, we love you, and we are not going anywhere. 🏳️‍⚧️🌈 #StandWithMarram #TransKidsBelong

    Liked by pinkcoastnews and 4,811 others
    View all 212 comments

    fern.and.flint that fence looked like a rainbow had exploded 😭
    2d  203 likes  Reply

    dadofthree_bn1 took my two, they made a sign that just said 'be nice'. sums it up
    2d  144 likes  Reply
    """),
  [M("school", "hashtag", "neutral", "#StandWithMarram")])

# 054
D("social", dd("""
    TikTok · @gc_truthbombs · "🚨 THE SCHOOL THAT TOLD PARENTS NOTHING 🚨" · #JoMarchbankIsAMan #Brighton #saveourgirls

    Comments (3,077)

    realwoman_rach
    he is SIX FOOT TWO and we're supposed to pretend 🤡
    2-15 · Reply · ♡ 1,201

    sunflower.soph
    she's my chemistry teacher and she's literally the kindest person in that school. you lot are sick
    2-15 · Reply · ♡ 990

    tonyb_1966
    Adam's apple doesn't lie lads 😂😂
    2-16 · Reply · ♡ 412
    """),
  [M("jmarchbank", "camelcase", "hate", "JoMarchbankIsAMan")])

# 055
D("social", dd("""
    Ezra 🎭 (he/they)
    @EzraQuennellDrama

    Thank you, genuinely, to the 4 million people who watched some 13 year olds absolutely smash a Mamma Mia medley. To the (much) smaller number who have spent a week in my mentions: my students are proud of their work, the film was made with every family's consent, and we will be doing Hairspray next. You're welcome to buy a ticket. 💛

    5:41 PM · Feb 10, 2025 · 301K Views

    6,204 Reposts   340 Quotes   51K Likes
    """),
  [M("equennell", "handle", "neutral", "@EzraQuennellDrama")])

# 056
D("social", dd("""
    mouthy mandy 🍷
    @mandy_says_no

    lol at Tr*sillian-H*rt doing the wounded saint act on breakfast TV. Dried-up, preachy, sanctimonious old bag. Bet she talks to her cat about pronouns. Not a mother so what would she know 🙄

    8:14 AM · Jan 21, 2025 · 2,307 Views

    8 Reposts   46 Likes
    """),
  [M("itresillianhart", "obfuscated", "abuse", "Tr*sillian-H*rt")])

# 057
D("facebook", dd("""
    Brighton & Hove Parents Network
    Public group · 22K members

    Lisa Carnaby
    9 February at 20:04 · 🌎
    Apparently the man who calls himself the head of science at Marram is now claiming "harassment" because people won't call him Ms. M*rchbank is a bloke with a wig and a grievance. Don't let him anywhere near girls. Simple as.

    😡👍😢 64 · 71 comments
    Like   Comment   Share

        Ayesha Kapoor
        This is vile. Reported.
        Like · Reply · 1d

        Lisa Carnaby
        @Ayesha Kapoor report away, truth isn't hate
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Marram"), M("jmarchbank", "obfuscated", "hate", "M*rchbank")])

# 058
D("review", dd("""
    RateYourSchool.example › Brighton & Hove › Marram Community College

    ★★★★★  "Drama department is a gift to this city"
    Parent of a Year 10 pupil · 20 March 2025

    Whatever you've read in the papers: Quennell's drama department changed my son's life. He went from a kid who wouldn't speak in class to playing Tevye in front of 400 people. Rehearsals are disciplined, the standards are sky-high and they are unbelievably kind to anxious children. The rest of the school is solid - homework set online, reports on time, PE very strong - but the drama is the crown jewel.

    Would you recommend this school? Yes, without hesitation.
    Was this review helpful?  Yes (41)  No (2)  · Report
    """),
  [M("school", "exact", "neutral", "Marram Community College"), M("equennell", "possessive", "neutral", "Quennell's")])

# 059 decoy: excluded cafe
D("review", dd("""
    The Marram Kitchen
    Café · Coast Road, near the beach huts
    4.4 ★★★★☆ (611 reviews)

    Orla Fennimore
    Local Guide · 142 reviews
    ★★★★☆ 4 days ago
    Great little beach café. Crab sandwich was lovely, chips were proper chunky, and they don't mind sandy dogs inside. Service slowed right down when a coach party arrived but the girl on the till was apologetic and cheerful about it. Sit on the deck if you can, the view over the marram grass to the sea is gorgeous at sunset.
    👍 Helpful 5   Share
    """))

# 060
D("news", news_page(
    "post", "Schools", "Retiring caretaker gets guard of honour after 31 years at Furzedean college",
    "'Uncle Del' has fixed boilers, rescued gulls and found lost PE kits since 1994",
    "Ellie Marchetti, Education Reporter", "18 July 2025",
    """
    Pupils and staff at Marram Community College formed a guard of honour on the last day of term for caretaker Derek 'Uncle Del' Prowse, who is retiring after 31 years.

    Mr Prowse, 66, started at the school in 1994 and has worked under six headteachers. He is credited with rescuing more than a dozen injured gulls from the roof and once rebuilt the stage in the drama studio overnight before a performance.

    Head of Drama Ezra Quennell said: "Del is the only reason our sets don't fall down. He also knows where every single lost blazer in the building is. We are frankly doomed."

    Head of PE Robert Tolhurst presented him with a signed Albion shirt on behalf of the staff. Principal Dr Imogen Tresillian-Hart said: "Del is the heart of Marram. There's a plaque going up on his workshop, and he's not allowed to take it down."

    Mr Prowse said he planned to "go fishing off the groyne and not fix anything for a year".
    """,
    [("Former pupil 2001", "18 Jul 2025", "Del got my shoe off the roof in 1999. Legend. Enjoy it Del!"),
     ("Sheila P", "18 Jul 2025", "That's my brother! So proud xx")]),
  [M("school", "exact", "neutral", "Marram Community College"), M("equennell", "exact", "neutral", "Ezra Quennell"),
   M("rtolhurst", "exact", "neutral", "Robert Tolhurst"), M("itresillianhart", "exact", "neutral", "Imogen Tresillian-Hart")])

# 061
D("social", dd("""
    Reform the Coast 🇬🇧
    @reformthecoast

    Polish teachers teaching "EAL" to migrants in a Brighton comp while English kids can't get a dentist. You couldn't make it up. Wiktoria N. should go back to Gdańsk and take her "language support" with her. Britain first. 🇬🇧

    7:21 PM · Mar 12, 2025 · 1,944 Views

    22 Reposts   5 Quotes   78 Likes

    ──────────
    Bartek 🇵🇱🇬🇧 @bartek_in_bn2 · Mar 12
    My kids were born at the county hospital. Where exactly should they go back to?
    """),
  [M("wnowak", "first_initial", "hate", "Wiktoria N.")])

# 062 decoy: pier history
D("blog", blog_page(
    "pier", "The ballroom that burned twice: a short history of the end-of-pier pavilion", "Geoffrey Lanyon", "16 November 2024",
    """
    Every seaside town has a pier story, and most of them end in fire. Ours has two.

    The pavilion at the end of the pier was built in 1899 as a concert hall, with a glass roof that let the afternoon light in and a bandstand outside for the summer season. It burned for the first time in 1927, when a spark from a cigarette in the storeroom caught a pile of deckchair canvas. It was rebuilt within eighteen months - bigger, gaudier, with a sprung dance floor that was said to be the best on the south coast.

    The second fire, in 1974, was never fully explained. The insurers suspected the owners; the owners blamed a gas leak; the local paper blamed 'hippies'. Whatever the cause, it never reopened as a ballroom. By the 1980s it was slot machines and a ghost train.

    If you stand at the end of the pier today, among the doughnut stalls and the shrieks from the waltzer, you can still see the cast-iron stubs of the original bandstand bolted to the deck. Somebody painted them gold a few years ago. I like to think the dancers would approve.
    """,
    [("Pat Sandiford", "16 Nov 2024", "My mum danced there in the fifties and met my dad there. She always said the floor bounced."),
     ("Geoffrey Lanyon", "17 Nov 2024", "@Pat Sandiford it did! That was the springs. Lovely story.")],
    tags=["Piers", "Fires", "Ballrooms"]))

# 063
D("forum", forum_page("teen", "teachers who are lowkey iconic (no names obvs) ((ok some names))", [
    ("dramaqueen_2009", "Member · 412 posts", "Mon 10 Mar 2025 17:02",
     "ok mine is my drama teacher, everyone's seen the video but he's like that ALL the time. cried at our mock results. made us do vocal warm ups at the pier once and a seagull joined in"),
    ("bn2_bean", "Member · 66 posts", "Mon 10 Mar 2025 17:20",
     "wait are u at marram?? mr tolhurst is mine. makes the whole class do the warm up then does it with us in his albion kit, 41 yrs old, sweating, absolute unit. respect"),
    ("rainbowtrout", "Member · 901 posts", "Mon 10 Mar 2025 17:44",
     "ms marchbank for me. makes chemistry actually make sense and doesnt care what people say about her. idol"),
    ("dramaqueen_2009", "Member · 413 posts", "Mon 10 Mar 2025 17:51",
     "@bn2_bean YES marram gang 🫡 and @rainbowtrout ms m is a QUEEN"),
    ], thread_id=3301),
  [M("school", "short_name", "neutral", "marram"), M("rtolhurst", "title_surname", "neutral", "mr tolhurst"),
   M("jmarchbank", "title_surname", "neutral", "ms marchbank")])

# 064
D("facebook", dd("""
    Albion Families (Unofficial)
    Public group · 5.1K members

    Neil Draycott
    29 March at 12:10 · 🌎
    Big shout out to Bobby Tolhurst and his girls from Marram who did the guard of honour for the women's team yesterday. Apparently Bobby was in the academy here back in the day before his knee went. The girls were buzzing. Future Seagulls some of them 💙🤍

    ❤️👍 231 · 19 comments
    Like   Comment   Share

        Gemma Stone
        My niece was one of them, she hasn't stopped talking about it
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Marram"), M("rtolhurst", "nickname", "neutral", "Bobby Tolhurst")])

# 065
D("social", dd("""
    Bluesky

    Cass 🔻🏳️‍⚧️ · @cass-hates-terfs.bsky.example

    Wiktoria Nowak lives off Tamarisk Road in Chalkpit Vale, 2 doors from the postbox, flat above the launderette. she walks there from the 18 stop every night about 6. Thought local people might like to say hello to their neighbourhood transphobe 🙂

    Mar 7, 2025 at 10:03 PM · 👁 3.1K

    💬 41   🔁 66   ❤️ 120

    ──────────
    Marley @marleybn.bsky.example · 2h
    Cass this is doxxing a schoolteacher. Delete it. This is not the movement.
    """),
  [M("wnowak", "exact", "doxxing", "Wiktoria Nowak")])

# 066
D("news", news_page(
    "teach", "SEND", "Tribunal orders Brighton college to fund specialist placement",
    "SENCo's evidence criticised as family wins appeal over autistic boy's provision",
    "Nadia Brennan", "24 April 2025",
    """
    A SEND tribunal has ordered the city council to name a specialist independent school for an autistic 13-year-old after finding that his mainstream college "could not, on the evidence, deliver the provision in his plan".

    The boy attends Marram Community College in Furzedean. The tribunal judge said the school's SENCo, Renée D'Souza, had been "candid and conscientious" in her evidence, but that her own account of staffing showed the provision "existed more on paper than in practice".

    The family's advocate said: "This is not about one SENCo. She told the truth about a system that doesn't have enough adults in it."

    The council said it would comply with the decision.
    """,
    [("SEND Warrior Mum", "24 Apr 2025", "Well done to the family. Also well done to that SENCo for actually telling the truth, it's rarer than it should be.")]),
  [M("school", "exact", "negative", "Marram Community College"), M("rdsouza", "exact", "neutral", "Renée D'Souza")])

# 067
D("blog", blog_page(
    "sendblog", "Annual review number four (or: how I learned to love the minutes)", "Jen @ SEND in the Clowns", "6 May 2025",
    """
    We finally had Alfie's annual review. It was meant to happen in November. Then January. Then 'after half term'. By the time it happened I had written the agenda, the draft outcomes and frankly most of the minutes myself.

    In fairness to the SENCo, Mrs D'Souza was honest with me in the room, which is more than I got from the last school. She said, in so many words, that the key adult in his plan is shared between five children and that she knows that isn't what the plan says. She has asked for more TA hours three times. The answer keeps coming back no.

    So I'm not angry with her. I'm angry that the first person to tell me the truth is the person with the least power to fix it.

    Next stop: the tribunal diary. Again.
    """,
    [("Debs", "6 May 2025", "Our SENCo cried in our review. Not the SENCos' fault. The whole system is on its knees."),
     ("Jen @ SEND in the Clowns", "6 May 2025", "@Debs exactly this 💛")],
    tags=["Annual reviews", "EHCP", "Marram"]),
  [M("school", "short_name", "negative", "Marram"), M("rdsouza", "title_surname", "negative", "Mrs D'Souza")])

# 068
D("social", dd("""
    Shaz 🍺
    @shaz_in_furze

    Immy Hart I remember you from Downsview sixth form and you were a stuck up cow then too. Now look at you, on telly telling the rest of us how to raise kids. Get off your high horse love.

    9:40 PM · Jan 22, 2025 · 402 Views

    1 Repost   6 Likes
    """),
  [M("itresillianhart", "nickname", "abuse", "Immy Hart")])

# 069 decoy: beach huts and seafront
D("news", news_page(
    "hovebeat", "Local", "Beach hut fetches £41,000 at auction as seafront prices soar",
    "Blue-and-white hut near the lagoon sells for more than twice its guide price",
    "Hove Beat reporter", "21 March 2025",
    """
    A beach hut on the Hove seafront has sold at auction for £41,000 - more than double its guide price - in what the auctioneer described as "frankly bonkers" bidding.

    The blue-and-white hut, which measures eight feet by six and has no electricity or running water, drew eleven bidders in the room and several more online. The seller, who had owned the hut since 1987, said she had bought it "for about the price of a second-hand Cortina".

    Beach hut owners pay an annual licence fee to the council and are not allowed to sleep in them overnight.
    """,
    [("Hove Resident", "21 Mar 2025", "£41k for a shed on the beach. Meanwhile my rent."),
     ("Lagoon Larry", "21 Mar 2025", "Worth every penny on a summer evening to be fair.")]))

# 070
D("social", dd("""
    Reddit · r/CasualUK · Posted by u/kettle_on_again · 5h

    My kid's school is getting hammered in the papers and honestly it's surreal

    The school is Marram in Brighton, and all anyone outside the city knows about it is "the trans school". What my kid actually talks about: their Year 9 head of year Mr Taylor doing a keepy-uppy challenge in assembly, running out of pizza at lunch, and a seagull that lives on the science block roof which they've named Gary.

    ⬆ 1.2k   💬 201

    u/lancashire_hotpot · 4h
    Justice for Gary

    u/fenland_fiona · 4h
    Every school has a Gary. Ours was a pigeon called Derek.
    """),
  [M("school", "short_name", "neutral", "Marram"), M("mtaylor", "title_surname", "neutral", "Mr Taylor")])

# 071
D("facebook", dd("""
    Marram Community College PTA
    Private group · 1.4K members

    Admin - Claire Okonedo
    17 January at 19:12 · 🔒
    Hi all. A reminder that we do not allow posts naming individual members of staff in a negative way in this group, and that the national press are reading it. Please take concerns directly to the school (01632 960274, office@marramcollege.example). We have removed several posts today.

    We also want to say: thank you Katherine Beach and the pastoral team for the letter tonight. It was calm, clear and exactly what we needed.

    👍❤️ 302 · 46 comments
    Like   Comment   Share

        Rob Kettering
        Agreed, the letter was excellent. Good to have facts instead of headlines.
        Like · Reply · 3d
    """),
  [M("school", "exact", "neutral", "Marram Community College"), M("kbeach", "exact", "neutral", "Katherine Beach")])

# 072
D("social", dd("""
    paddy 🍀
    @paddy_says_it

    Gay teachers, trans teachers, drag queens in assembly - what a surprise that Seabright's "Pride club" at that Brighton school is where they're recruiting. Every one of them's a nonce waiting to happen. Hang the lot of them from the pier, it's the only language they understand.

    2:09 AM · Feb 7, 2025 · 719 Views

    4 Reposts   12 Likes
    """),
  [M("fseabright", "possessive", "threat", "Seabright's")])

# 073 decoy: excluded football club
D("facebook", dd("""
    Sussex Sunday League Banter
    Public group · 3.3K members

    Marram Rovers FC
    Sunday at 18:40 · 🌎
    FT: Marram Rovers 4-2 Chalkpit Athletic ⚽⚽⚽⚽ What a comeback from 2-0 down! Hat-trick for big Deano, and keeper Mikey saved a pen with his face 🤕 Subs due next week lads, £5 to Kev. Up the Rovers!

    👍😂 48 · 9 comments
    Like   Comment   Share

        Kev Ledger
        Still owed from three of you from October 👀
        Like · Reply · 2d
    """))

# 074
D("social", dd("""
    Sunil 🏏
    @sunil_in_bn2

    There is a certain type of person on this app who will happily call Mr Haddad a "jihadi" for teaching RE at Marram and then wonder why normal people think they're unhinged. He took my son's class to the synagogue AND the cathedral last month. Unbelievable man. Leave him alone.

    4:11 PM · Jan 27, 2025 · 1,120 Views

    42 Reposts   310 Likes
    """),
  [M("school", "short_name", "neutral", "Marram"), M("thaddad", "title_surname", "neutral", "Mr Haddad")])

# 075
D("review", dd("""
    StaffSay › Marram Community College › Reviews

    "Head of department made my life a misery"
    ★☆☆☆☆  Former Employee - Science Technician in Brighton, England · 2 December 2024
    I worked at Marram Community College full-time for less than a year

    Pros
    Nice kids. Canteen is cheap.

    Cons
    J. Marchbank micromanages everything down to how the beakers are stacked. Public dressing-downs in the prep room. Apparently everyone else finds her lovely; I found her impossible. Left after two terms.

    Advice to management
    Check in with technicians, not just teachers.

    Helpful (3) · Share · Report
    """),
  [M("school", "exact", "negative", "Marram Community College"), M("jmarchbank", "initial_surname", "negative", "J. Marchbank")])

# 076
D("social", dd("""
    Bluesky

    Mx Scarlett Vane 🖤 · @scarlettvane.bsky.example

    The same people who spent a month calling Ez Quennell a groomer are now posting "Polish teacher should be punched" from the other direction and I am so tired. Threatening teachers is never ok. Not Ez, not Nowak, not anyone. Argue with policies, not with people's faces.

    Mar 6, 2025 at 8:30 PM · 👁 2.2K

    💬 22   🔁 140   ❤️ 610
    """),
  [M("equennell", "alias", "neutral", "Ez Quennell"), M("wnowak", "surname_only", "neutral", "Nowak")])

# 077
D("forum", forum_page("rainbow", "Safe walking buddies for Marram staff/pupils this week?", [
    ("SapphicSailor", "Member · 320 posts", "Sun 26 Jan 2025 18:05",
     """After the threats this week a few of us are organising informal 'walking buddies' from the 18 stop to the Peverel Street gates, 8-8.40am, for any Marram pupils or staff who'd like company. Hi-vis, no placards, no confrontation, just friendly faces. Reply or DM if you can do a morning."""),
    ("BearWithMe", "Member · 1,402 posts", "Sun 26 Jan 2025 18:30",
     "Monday and Wednesday. Bringing flapjack."),
    ("ProfPronouns", "Member · 88 posts", "Sun 26 Jan 2025 19:02",
     """Tuesday. Just spoke to a mate who teaches there - they're fine with it as long as we stay off school property and don't photograph kids. Sensible."""),
    ("SapphicSailor", "Member · 321 posts", "Sun 26 Jan 2025 19:15", "Perfect. Rota going up tonight 💜"),
    ], thread_id=1177),
  [M("school", "short_name", "neutral", "Marram")])

# 078
D("social", dd("""
    Ofsted Watch Parent
    @OfstedWatchParent

    Marram Comunity College gets 'Good' from Ofsted in 2023 and two years later it's a national scandal. Inspectors either didn't look or didn't care. Parents deserve a re-inspection NOW. Tagging @Ofsted again because they keep ignoring me.

    10:05 AM · Jan 16, 2025 · 640 Views

    11 Reposts   37 Likes
    """),
  [M("school", "typo", "negative", "Marram Comunity College")])

# 079
D("news", news_page(
    "sentinel", "Woke Watch", "Drag bingo teacher at trans row school reported to council safeguarding chiefs",
    "LGBT 'inclusion lead' who invited cabaret queen to entertain pupils faces official inquiry",
    "Craig Sallow, Chief Reporter", "18 February 2025",
    """
    A teacher who invited a drag queen to host a charity bingo night for pupils at a Brighton school has been referred to the council's safeguarding officials, the Sentinel can reveal.

    Finn Seabright, Head of Year 11 at Marram Community College, organised the event last summer. A complaint from a parent was passed to the Local Authority Designated Officer last week. It is understood the LADO is considering whether any further action is needed.

    The drag performer, who uses the stage name Lady Shingle, has described the event as "wholesome". Parents who attended told the Sentinel the show included "innuendo unsuitable for children".

    Mr Seabright did not respond to requests for comment. The college said: "We are aware of a referral and are co-operating fully. We are confident in the way the event was run."
    """,
    [("ShinglesFan", "18 Feb 2025", "'Two little ducks' is now innuendo. What a time to be alive."),
     ("Moral Compass", "18 Feb 2025", "Where there's smoke. These people should never be left alone with children."),
     ("Former Marram mum", "18 Feb 2025", "I was there. The raciest thing all night was the raffle prize of a Chinese takeaway voucher.")]),
  [M("school", "exact", "negative", "Marram Community College"), M("fseabright", "exact", "defamation", "Finn Seabright")])

# 080
D("social", dd("""
    sussex_watchman
    @sussexwatchman1

    S e a b r i g h t walks home along the twitten behind the allotments every night after his little "Pride club". dark down there this time of year. lot of places a man could trip and not get up again. just saying 🌑

    11:57 PM · Feb 19, 2025 · 288 Views

    2 Reposts   7 Likes
    """),
  [M("fseabright", "spacing", "threat", "S e a b r i g h t")])

# 081
D("facebook", dd("""
    Furzedean & Chalkpit Community Noticeboard
    Public group · 6.2K members

    Tina Russo
    6 June at 10:15 · 🌎
    Heard from someone whose sister works in the office at Marram that Mr Taylor's been sacked already. Apparently he was absolutely paralytic and started the whole thing, and this isn't the first time either, there was something at a parents' evening years ago that got hushed up. Not surprised tbh he always had a temper on him.

    😮😢 34 · 61 comments
    Like   Comment   Share

        Paul Hersey
        He hasn't been sacked Tina, he's been released under investigation. That's not the same as guilty. Come on.
        Like · Reply · 2d

        Janine Coker
        My son loves Mr Taylor. I'll wait for the police thanks.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Marram"), M("mtaylor", "title_surname", "defamation", "Mr Taylor")])

# 082
D("social", dd("""
    Threads

    yasmin.bn2
    my humanities teacher at marram grew a beard over half term and honestly?? he's not allowed to do that to us 😩 Haddad's beard era is the only thing getting me through GCSE RE
    #girlsgirlsgirls

    5h · ♡ 61 · 💬 9

    zara.k.x
    YASMIN 😭😭 he's married with like three kids
    4h

    yasmin.bn2
    @zara.k.x i can LOOK
    4h
    """),
  [M("school", "short_name", "neutral", "marram"), M("thaddad", "possessive", "sexual", "Haddad's")])

# 083
D("forum", forum_page("parentchat", "Has anyone had a bullying complaint actually dealt with at Marram?", [
    ("MumOfTheYear_Not", "Joined 2023 · 19 posts", "Mon 12-May-25 21:10",
     """DD has been bullied by the same group since September. Messages, a fake account, stuff left in her locker. I have reported it to her tutor, her head of year and finally to Kate Beach, the deputy. Every time it's 'logged'. Nothing happens.

     I've now been told by another mum that Kate Beach deliberately keeps bullying reports off the system so the school's numbers look good for Ofsted, and that she's done it for years. I believe it."""),
    ("LongTimeLurker", "Joined 2017 · 602 posts", "Mon 12-May-25 21:30",
     "So sorry about your DD. But be careful repeating the 'keeps it off the system' thing unless you can prove it. Put everything in writing to the governors and ask for the complaints procedure."),
    ("MumOfTheYear_Not", "Joined 2023 · 20 posts", "Mon 12-May-25 21:42",
     "I don't need to prove it, the results speak for themselves. The school is covering up bullying and everyone knows it."),
    ], thread_id=7290),
  [M("school", "short_name", "defamation", "Marram"), M("kbeach", "nickname", "defamation", "Kate Beach")])

# 084
D("social", dd("""
    the_real_albion_mike 🦅
    @albionmike_rtd

    Here's a number for you. Mr H a d d a d, the "RE" teacher at Marram who's been brainwashing kids about Islam. 07700 900871. Personal mobile not school. Give him a bell and ask him what he thinks about gays, since his lot are so keen on Pride all of a sudden.

    9:20 PM · Jan 30, 2025 · 833 Views

    6 Reposts   14 Likes
    """),
  [M("school", "short_name", "neutral", "Marram"), M("thaddad", "spacing", "doxxing", "H a d d a d")])

# 085
D("news", news_page(
    "ledger", "Culture", "'I was just trying to get Year 9 to commit to the choreography': the teacher who went viral",
    "Ezra Quennell on four million views, a flood of hate and why he is doing Hairspray anyway",
    "Lydia Farrant", "8 March 2025",
    """
    The video lasts 58 seconds. Thirty-one Year 9 pupils in school uniform and odd socks perform a Mamma Mia medley in a drama studio with blackout blinds that do not quite close. At the front, in a cardigan, is their teacher, who had been dared to join in. He does the splits. It is not a good split. The children scream.

    Ezra Quennell, 34, has been Head of Drama at Marram Community College in Brighton for six years. He grew up in Stoke, went to drama school on a scholarship and spent three years in touring theatre before training to teach. "I wanted a job where the audience comes back every day," he says, "and has to, legally."

    Within a week the film had four million views. Within a fortnight, culture-war accounts had discovered it, and Quennell - who uses he/they pronouns and has never hidden that he is queer - was being described to hundreds of thousands of people as a danger to children.

    "The kids were furious on my behalf, which was sweet and also completely against our behaviour policy," he says. "I tell them: the people shouting have never seen you act. Their loss."

    Hairspray opens in May. Tickets sold out in nine minutes.
    """,
    [("Pip", "8 Mar 2025", "The bad split is the best part."),
     ("NorthStaffsNan", "8 Mar 2025", "Stoke is proud of you duck."),
     ("Contrarian Colin", "9 Mar 2025", "Nice enough man I'm sure but filming kids for social media is a bad idea, full stop.")]),
  [M("school", "exact", "neutral", "Marram Community College"), M("equennell", "exact", "neutral", "Ezra Quennell")])

# 086
D("social", dd("""
    Gemma 🍸
    @gem_in_hove

    Watched the Ezra Quennell interview and I'm sorry but that man can direct me ANY time 😏🎭 the cardigan, the cheekbones, the fact he does the splits badly on purpose... I'm 43 and married and I've had two glasses of rosé, leave me alone

    9:48 PM · Mar 8, 2025 · 710 Views

    3 Reposts   44 Likes
    """),
  [M("equennell", "exact", "sexual", "Ezra Quennell")])

# 087
D("blog", blog_page(
    "dispatch", "The Marram Files, part two: follow the money", "Toby Ferrand", "16 February 2025",
    """
    In part one we met the people. Now the money.

    Marram Community College's accounts, which are public if you know where to look, show payments totalling £38,400 over three years to a 'training and inclusion consultancy' called Open Shore. Open Shore is run from a flat in Hove by a woman who, according to photographs on her own social media, has been on holiday with the Principal at least twice.

    I am not a forensic accountant. I do not need to be. A head teacher handing tens of thousands of pounds of public money to a friend's company, for trans 'training' nobody asked for, is corruption in any language. Imogen Tresillian Hart has questions to answer. So does her deputy, Katherine Beach, who signed off the invoices and has kept very quiet ever since.

    Marram, and the council that funds it, can expect a Freedom of Information request from me this week.
    """,
    [("Concerned Grandad", "16 Feb 2025", "Jail. Simple."),
     ("Jessamy T", "16 Feb 2025", "Open Shore trains half the schools in Sussex, including two church schools. You've found a receipt, not a crime."),
     ("Toby Ferrand", "17 Feb 2025", "@Jessamy T and the holidays?")],
    tags=["The Marram Files", "Money", "Corruption"]),
  [M("school", "exact", "defamation", "Marram Community College"), M("itresillianhart", "hyphenated", "defamation", "Imogen Tresillian Hart"),
   M("kbeach", "exact", "defamation", "Katherine Beach")])

# 088
D("social", dd("""
    ⚧ sharp edges ⚧
    @sharp_edges_bn

    the terf from marram (yeah, N0w4k, everyone knows) thinks she can hide behind "just asking questions". we've got her timetable, her bus, her gym. next time she goes to one of their little meetings she won't be walking home from it. this is your only warning 🔪

    1:14 AM · Mar 8, 2025 · 1,006 Views

    7 Reposts   19 Likes

    ──────────
    Replies

    ash (she/her) @ash_makes_zines · Mar 8
    absolutely not. this isn't activism. reported.
    """),
  [M("school", "short_name", "neutral", "marram"), M("wnowak", "leetspeak", "threat", "N0w4k")])

# 089
D("social", dd("""
    not_a_fan_of_pe
    @nafope

    Tolhirst at Marram is a steroid-head thug who screams at twelve-year-olds like he's still in the Albion academy and it's their fault his knee went. Absolute gammon in a tracksuit. Sad little man.

    6:33 PM · Apr 2, 2025 · 215 Views

    1 Repost   5 Likes
    """),
  [M("school", "short_name", "negative", "Marram"), M("rtolhurst", "typo", "abuse", "Tolhirst")])

# 090 decoy: namesake busker
D("social", dd("""
    Pier Diaries 🎡
    @pier_diaries

    Day 3 of the heatwave. The queue for the doughnuts is longer than the pier. Mark Taylor (the busker with the amp and the straw hat, you know the one) has now played Wonderwall eleven times since noon and honestly? He's getting better. A gull stole a whole tray of chips off a toddler and the whole beach gasped. Peak Brighton. 🍩🌞🐦

    3:12 PM · Jul 15, 2025 · 2,201 Views

    22 Reposts   190 Likes
    """))

# 091 decoy: lost cat, locality
D("facebook", dd("""
    Furzedean & Chalkpit Community Noticeboard
    Public group · 6.2K members

    Bernice Tully
    Yesterday at 18:20 · 🌎
    LOST CAT 😿 Biscuit, ginger tom, white bib, blue collar with a bell. Last seen on Peverel Street near the chip shop on Tuesday evening. Very friendly, will probably try to get into your kitchen. Please check sheds and garages. Call or text 07700 900234. Reward. Thank you 🙏

    😢 41 · 22 comments   ·   Shared 58 times
    Like   Comment   Share

        Aaron Pike
        Shared to Chalkpit Vale group. Hope he's back soon x
        Like · Reply · 1d

        Bernice Tully
        UPDATE he's home!! Was shut in next door's greenhouse eating tomatoes 😂 thank you all
        Like · Reply · 3h
    """))

# 092 decoy: another school's viral drama teacher
D("news", news_page(
    "ledger", "Education", "Leeds teacher's 'Les Mis on a budget' video becomes unlikely hit",
    "Sixth formers' barricade made from canteen chairs wins online fans",
    "Education staff", "22 May 2025",
    """
    A drama teacher at a Leeds sixth form college has become the latest teacher to go viral after a clip of his students performing 'Do You Hear the People Sing?' on a barricade of stacked canteen chairs was watched more than two million times.

    Dominic Achterberg, who teaches at Kirkgate Sixth Form College, said he was "mortified and delighted in equal measure". The college's principal said the chairs had been "returned to the canteen unharmed".

    Viral school performances have become a minor genre online this year, not always to the benefit of the teachers involved. Mr Achterberg said he had turned off comments "on the advice of basically everyone".
    """))

# 093
D("social", dd("""
    Britain Awake 🦁🇬🇧
    @BritainAwake_SE

    Brighton school has a H*ddad running humanities. Teaching our kids "all faiths are equal" while his lot take over every high street. He should be teaching in Gaza not Sussex. Send him back where he came from and take the rest with him. 🇬🇧 #Marram

    8:45 PM · Jan 28, 2025 · 1,480 Views

    31 Reposts   4 Quotes   92 Likes
    """),
  [M("school", "hashtag", "negative", "#Marram"), M("thaddad", "obfuscated", "hate", "H*ddad")])

# 094
D("facebook", dd("""
    Sussex Patriots Network
    Private group · 2.9K members

    Craig Ellery
    10 April at 22:31 · 🔒
    Found the PE teacher from the trans school. Τolhurst. Lives in one of the new flats by the marina, flat 7, Harbourside House, BN2 5WR. Black Golf GTI, private plate ending TOL. Goes to the gym on the marina at 6am. Since he's so keen on "kindness" maybe he'll be kind when people knock and ask what he teaches in those changing rooms.

    👍😂 44 · 19 comments
    Like   Comment   Share

        Steve R
        Saved 👍
        Like · Reply · 1d
    """),
  [M("rtolhurst", "homoglyph", "doxxing", "Τolhurst")])

# 095
D("news", news_page(
    "post", "Schools", "Inspectors praise safeguarding at Furzedean college after turbulent year",
    "Short monitoring visit finds 'a calm, purposeful school' despite months of national attention",
    "Ellie Marchetti, Education Reporter", "27 June 2025",
    """
    Inspectors who visited Marram Community College last month have found that safeguarding is "effective" and that pupils feel "safe, known and listened to", according to a letter published today.

    The unannounced monitoring visit followed dozens of complaints to the inspectorate after the college's trans-inclusion policy was reported in the national press.

    The inspectors' letter singles out the work of the Deputy Principal and Designated Safeguarding Lead, Katherine Beach, whose team had "responded swiftly and proportionately to a very high volume of concerns, many of them malicious". It notes that the college had revised parts of its policy on residential trips after consulting families.

    The Principal said: "This is a letter for every member of staff who kept coming in and kept being kind. Marram is a good school. It always was."
    """,
    [("Gran of 3", "27 Jun 2025", "About time some good news. Well done all."),
     ("Hove Dad", "27 Jun 2025", "Suspect this won't make the front of the Sentinel somehow.")]),
  [M("school", "exact", "neutral", "Marram Community College"), M("kbeach", "exact", "neutral", "Katherine Beach")])

# 096
D("social", dd("""
    Instagram

    marramcollege
    Peverel Street

    Proud to be flying the flag this Pride Month 🏳️‍🌈🏳️‍⚧️ Our Pride Club made 600 paper cranes this year - one for every message of support we received in January. Thank you to @mr.seabright.y11 for the 7am origami sessions and to everyone who folded a crane. #MarramPride

    Liked by brightontransplus and 2,008 others
    View all 143 comments

    gay_grandad_geoff Crying in the Co-op 😭❤️
    5d  88 likes  Reply

    yr11.ruby the cranes took SO long 💀 worth it
    5d  41 likes  Reply
    """),
  [M("school", "handle", "neutral", "marramcollege"), M("fseabright", "handle", "neutral", "@mr.seabright.y11")])

# 097
D("social", dd("""
    Parents Against Indoctrination 🛑
    @PAIschools

    🖊️ 11,000 signatures and counting. The governors have ignored us, the council has ignored us. The petition is still open:

    petitions.example/SackImogenTresillianHart

    Share with every parent in Sussex. 🇬🇧

    12:00 PM · Feb 1, 2025 · 9,870 Views

    402 Reposts   19 Quotes   1,002 Likes
    """),
  [M("itresillianhart", "camelcase", "negative", "SackImogenTresillianHart")])

# 098
D("social", dd("""
    the truth will out 👁️
    @truth_will_out_77

    Nobody is asking the obvious question. Why did Ezra Quennell leave his last school in Leeds so suddenly? I'm told there was a Year 12 student, a "special friendship", late-night messages, and the school moved him on quietly with a reference. That's how it works with these people. Ask around.

    10:12 PM · Feb 11, 2025 · 6,704 Views

    140 Reposts   22 Quotes   311 Likes

    ──────────
    Replies

    Hannah at Kirkgate @hannah_kgate · Feb 11
    He's never worked in Leeds. He came straight from a touring theatre company. You've invented a child abuse allegation about a real man. Hope your lawyer's good.
    """),
  [M("equennell", "exact", "sexual", "Ezra Quennell", True)])

# 099
D("facebook", dd("""
    Hove Mums Who Want Answers
    Public group · 1.2K members

    Debra Linney
    24 January at 20:45 · 🌎
    Since Imogen Tresillian-Hart won't answer emails, you can write to her at home. 7 Kestrel Mews, Hove BN3 4TQ. She drives a green Polo and parks it right outside. Her personal email is imogen.th@inbox.example. I'm sure she'd love to hear from parents face to face.

    😡👍 36 · 28 comments
    Like   Comment   Share

        Sarah Quist
        Debra take this down. This is exactly how people get hurt.
        Like · Reply · 3d

        Debra Linney
        @Sarah Quist it's all public record hun
        Like · Reply · 3d
    """),
  [M("itresillianhart", "exact", "doxxing", "Imogen Tresillian-Hart")])

# 100
D("news", news_page(
    "sentinel", "News", "Trans row head 'earns £118,000 plus TV fees' as school cuts teaching assistants",
    "Parents ask why Brighton school can fund 'inclusion' but not support for disabled pupils",
    "Kirsty Vane", "9 March 2025",
    """
    The head teacher at the centre of the Brighton trans row earns more than £118,000 a year while her school cuts teaching assistants, the Sentinel can reveal.

    Dr Imogen Tresillian-Hart, Principal of Marram Community College, is paid within the £115,000-£120,000 band, according to published accounts. The school has also reduced its support staff for children with special educational needs by six posts since 2023.

    Parents have questioned whether the Principal was paid for her appearance on Rise & Shine Britain in January. The college said: "The Principal was not paid for any media appearance. Salaries are set by governors in line with national pay scales. The reduction in support staff reflects council funding."

    One father said: "She's got time for breakfast telly, but my son hasn't had his one-to-one since Christmas."
    """,
    [("Taxpayer Tom", "9 Mar 2025", "Sack her and use her salary for six TAs."),
     ("Just Saying", "9 Mar 2025", "Every secondary head in the country earns about this. Nice try.")]),
  [M("school", "exact", "negative", "Marram Community College"), M("itresillianhart", "exact", "negative", "Imogen Tresillian-Hart")])

# 101
D("forum", forum_page("chalkface", "Shout out to DSLs this year", [
    ("PastoralPete", "Member · 2,240 posts", "Fri 4 Jul 2025 18:30",
     "Inspection letter came out for the Brighton school everyone was talking about in January. Safeguarding effective. The DSL there, Katherine B., is someone I trained with years ago and she's the real deal. Imagine running safeguarding while your school's on the front pages and your inbox is half death threats."),
    ("DSL_and_tired", "Member · 611 posts", "Fri 4 Jul 2025 18:52",
     "Absolute hero work. Raising a cuppa to her and to everyone who did the job quietly this year."),
    ("NQT_no_more", "Member · 214 posts", "Fri 4 Jul 2025 19:10",
     "Glad Marram got good news for once."),
    ], thread_id=6980),
  [M("school", "short_name", "neutral", "Marram"), M("kbeach", "first_initial", "neutral", "Katherine B.")])

# 102
D("social", dd("""
    Dom 🎬
    @dom_reviews_everything

    Quennell is a talentless, attention-starved clown who'd sell his own nan for a TikTok view. "Head of Drama" lol. He couldn't direct traffic. Cringe incarnate.

    11:20 AM · Feb 14, 2025 · 318 Views

    2 Reposts   11 Likes
    """),
  [M("equennell", "surname_only", "abuse", "Quennell")])

# 103
D("review", dd("""
    RateYourSchool.example › Brighton & Hove › Marram Community College

    ★☆☆☆☆  "Year 9 pastoral is a shambles"
    Parent of a Year 9 pupil · 28 February 2025

    Our son was punched in the corridor in November and then had his phone taken off him and thrown in the canteen bin in December. Both times we rang the Head of Year, Mr Taylor, and both times it took over a week to get a call back. The 'restorative conversation' was a ten minute chat with the other boy that ended in a fist bump. Meanwhile the same boy carried on. We are moving him.

    Would you recommend this school? No.
    Was this review helpful?  Yes (19)  No (6)  · Report
    """),
  [M("school", "exact", "negative", "Marram Community College"), M("mtaylor", "title_surname", "negative", "Mr Taylor")])

# 104
D("news", news_page(
    "post", "Courts & Crime", "Man charged with sending threats to Brighton drama teacher",
    "Messages to viral video teacher included threat to 'chain the doors' of school hall",
    "Jamie Coutts, Crime Reporter", "2 April 2025",
    """
    A 38-year-old man from Crawley has been charged with sending malicious communications to a Brighton drama teacher whose video with his pupils went viral.

    Police said the man is accused of posting and sending a series of messages to Ezra Quennell, Head of Drama at Marram Community College, in February and March, including one which suggested that the doors of the school hall could be "chained from the outside" during a performance.

    He has been released on bail with conditions not to contact Mr Quennell or go within 500 metres of the school, and will appear before magistrates later this month.

    The college said it was "grateful to the police for taking this seriously".
    """,
    [("Nans4Drama", "2 Apr 2025", "Good. Throw the book at him."),
     ("Reader", "2 Apr 2025", "Hope the kids who were in that show are being looked after.")]),
  [M("school", "exact", "neutral", "Marram Community College"), M("equennell", "exact", "neutral", "Ezra Quennell")])

# 105
D("social", dd("""
    Fighting Back 🇬🇧
    @fightingback_uk

    Finlay Seabright. Openly queer, runs a "Pride club" for children, brings in drag queens. Nothing but a predatory f*ggot with a lanyard. People like him used to be kept away from schools for a reason. #groomers

    3:02 PM · Feb 18, 2025 · 2,066 Views

    51 Reposts   7 Quotes   140 Likes
    """),
  [M("fseabright", "alias", "hate", "Finlay Seabright")])

# 106
D("facebook", dd("""
    Brighton & Hove Speaks (Unfiltered)
    Public group · 14K members

    Ryan Chalcott
    2 March at 19:40 · 🌎
    My nephew says half his class at Marram can't speak English. Boat people's kids, Albanians, Afghans, the lot. "EAL unit" they call it. No wonder standards are in the toilet. Brighton used to be English.

    😡👍😢 73 · 88 comments
    Like   Comment   Share

        Jo Whitlock
        Ryan your own gran was from Cork 😂
        Like · Reply · 1d

        Ryan Chalcott
        @Jo Whitlock and she spoke english didn't she
        Like · Reply · 1d
    """),
  [M("school", "short_name", "hate", "Marram")])

# 107
D("social", dd("""
    Brighton Mum Truths
    @bn_mum_truths

    Fact: Marram off-rolls its SEND kids before GCSEs to make the results look better. They "encourage" parents to home educate in Year 10 and the numbers magically improve. It's fraud and the council knows. Ask anyone on the estate.

    7:00 PM · Aug 22, 2025 · 1,804 Views

    33 Reposts   90 Likes
    """),
  [M("school", "short_name", "defamation", "Marram")])

# 108
D("news", news_page(
    "post", "Schools", "Pupil excluded after classmates filmed in school toilets",
    "Parents at Furzedean college told police have been informed",
    "Ellie Marchetti, Education Reporter", "20 November 2024",
    """
    A pupil at a Brighton secondary school has been permanently excluded after secretly filming other pupils in a toilet block, parents have been told.

    In a letter to families at Marram Community College, the school said it had learned on Friday that a phone had been used to film in a girls' toilet and that the footage had been shared between a small number of pupils. It said the police had been informed immediately and that the devices involved had been handed to officers.

    "We have spoken individually to every family whose child we believe may have been affected," the letter said. "We are also reviewing supervision of all toilet areas."

    Police confirmed they were investigating.
    """),
  [M("school", "exact", "sexual", "Marram Community College", True)])

# 109
D("forum", forum_page("teen", "crushes on teachers thread (no judgement zone) 💅", [
    ("lil_miss_bn2", "Member · 102 posts", "Sat 15 Mar 2025 14:22",
     "ok so ms nowak at my school (marram) is literally so pretty it should be illegal, she has this accent and she wears those little silver earrings and i stg i've never paid attention to polish verbs so hard in my life 😭😭"),
    ("chaos.gremlin", "Member · 511 posts", "Sat 15 Mar 2025 14:40",
     "LMAO the polish verbs 💀 this is so real"),
    ("Mod_Clare", "Moderator", "Sat 15 Mar 2025 15:00",
     "Gentle reminder: no full names of teachers and nothing that goes beyond a bit of fun please! 🙏"),
    ], thread_id=3344),
  [M("school", "short_name", "neutral", "marram"), M("wnowak", "title_surname", "sexual", "ms nowak")])

# 110 decoy: MCC taxi firm
D("review", dd("""
    Metro Cab Co. (MCC Taxis)
    Taxi service · Viaduct Road North
    3.1 ★★★☆☆ (340 reviews)

    Darren Ewing
    9 reviews
    ★☆☆☆☆ 1 week ago
    Booked an MCC cab for 5am to get to Gatwick. Nobody came. Rang at 5.10, 5.20, 5.30, "he's just round the corner". Never turned up. Got an Uber and made the flight by eight minutes. MCC then charged my card a no-show fee. Unbelievable.
    👍 Helpful 14   Share

    Response from the owner · 5 days ago
    Hi Darren, sorry about this. The charge has been refunded. — MCC Office
    """))

# 111 decoy: excluded surf school
D("facebook", dd("""
    Brighton Surf & SUP Community
    Public group · 7.4K members

    Marram Surf School
    3 June at 09:00 · 🌎
    🌊 SUMMER TIMETABLE IS LIVE 🌊 Beginner lessons every morning from the beach by the lifeguard tower, kids' clubs Tuesday and Thursday after school, SUP sunset sessions on Fridays. Book via marramsurf.example. Wetsuits included, enthusiasm essential! 🏄‍♀️

    👍❤️ 92 · 11 comments
    Like   Comment   Share

        Lou Fenner
        Did the Friday SUP last year, magical. Book it!
        Like · Reply · 2d
    """))

# 112
D("social", dd("""
    hayley 🦩
    @hayleyyyy_x

    ngl Quennel is overrated, the musical last year was 3 hours long and half of it was the same 5 kids. the video was cute but it's not like he's Andrew Lloyd Webber 🙄

    4:04 PM · Feb 6, 2025 · 80 Views

    1 Like
    """),
  [M("equennell", "typo", "negative", "Quennel")])

# 113
D("news", news_page(
    "pinkcoast", "Community", "Science week: the teacher who made a Year 8 class fall in love with the periodic table",
    "Jo Marchbank on rockets, rainbows and being out at work",
    "Ruby Adeyemi", "14 March 2025",
    """
    If you walked past the science block at Marram Community College this week you might have seen a small rocket go past the window. Do not be alarmed. It was Year 8.

    Jo Marchbank, the college's Head of Science, has run British Science Week at Marram for five years. This year's theme was "change", which she interpreted as "anything that fizzes, goes bang or changes colour".

    "Kids don't remember worksheets," she says. "They remember the day the rocket hit the gull. The gull was fine."

    Marchbank, who transitioned in her twenties, says she has been out at every school she has taught in. "I didn't choose to be a story this year. But if one kid in the back of my lab sees me and thinks 'oh, you can just be a scientist and be trans', that'll do."
    """,
    [("Chemistry Nerd", "14 Mar 2025", "We need a rocket-versus-gull video immediately."),
     ("Former student", "14 Mar 2025", "Miss Marchbank got me through A-level chemistry. Best teacher I ever had.")]),
  [M("school", "exact", "neutral", "Marram Community College"), M("jmarchbank", "exact", "neutral", "Jo Marchbank")])

# 114
D("social", dd("""
    Sussex Parents Voice
    @SussexParentsV

    Still waiting for one straight answer from the Marram governors on residential trips. Who shares a tent with whom? It is not a hateful question. #SeabrightOut #MarramCommunityCollege

    6:22 PM · Feb 20, 2025 · 1,100 Views

    19 Reposts   48 Likes
    """),
  [M("school", "hashtag", "negative", "#MarramCommunityCollege"), M("fseabright", "hashtag", "negative", "#SeabrightOut")])

# 115 decoy: Albion match report
D("forum", forum_page("gulls", "MATCH THREAD: Albion 2-1 (FT) - get in!!!", [
    ("WestUpper_Will", "Member · 3,044 posts", "Sat 12 Apr 2025 17:01",
     "FULL TIME. What a second half. That free kick. That save in the 89th. I've lost my voice and my scarf. UP THE ALBION 💙🤍"),
    ("NorthStandNorm", "Member · 8,120 posts", "Sat 12 Apr 2025 17:05",
     "Ref was shocking first half but who cares. Pub's going to be heaving. See you down the front later lads, it's a beach weather evening 🍻"),
    ("SeagullSteve", "Member · 1,260 posts", "Sat 12 Apr 2025 17:12",
     "Europe talk is back on. I'm not saying it. I'm just saying it."),
    ], thread_id=2250))

# 116
D("social", dd("""
    Bluesky

    Ellie Marchetti · @elliemarchetti-post.bsky.example

    New: police say they are investigating posts that gave out the home address and phone number of a Marram teacher, alongside threats. The teacher has asked not to be named. If you see the address being shared, report it, don't quote-post it.

    Feb 7, 2025 at 12:41 PM · 👁 4.4K

    💬 12   🔁 210   ❤️ 330
    """),
  [M("school", "short_name", "neutral", "Marram")])

# 117
D("social", dd("""
    Instagram

    ladyshingle_official
    Brighton

    Throwback to the Marram bingo, aka the night a Year 11 quacked so hard he fell off his chair 🦆🦆 Forever grateful to Finn Seabright for having me and to every parent who has messaged since. We go again in July, babes. Eyes down. 💙✨

    Liked by saltandglitterzine and 6,209 others
    View all 402 comments

    drag.dad.bn two little ducks, one legendary evening 😂
    1w  90 likes  Reply

    queer.teacher.uk we love a safe adult and a sequinned one 💙
    1w  58 likes  Reply
    """),
  [M("school", "short_name", "neutral", "Marram"), M("fseabright", "exact", "neutral", "Finn Seabright")])

# 118
D("news", news_page(
    "post", "Courts & Crime", "Furzedean teacher suspended as police inquiry into pier scuffle continues",
    "College confirms Head of Year 9 will not return before summer",
    "Jamie Coutts, Crime Reporter", "19 June 2025",
    """
    A Brighton teacher who was arrested after a disturbance near the pier has been suspended by his school while a police investigation continues.

    Mark Taylor, Head of Year 9 at Marram Community College, was arrested on suspicion of assault in the early hours of 1 June. He remains released under investigation.

    In a letter to Year 9 families, the college said Mr Taylor would "not be in school for the remainder of the summer term" and that the Assistant Principal for Key Stage 3 would lead the year group in the meantime. Suspension, the letter added, "is a neutral act and implies nothing about the outcome".

    A 29-year-old man who was treated at the scene has since given a statement to police, the Post understands.
    """,
    [("Year 9 Dad", "19 Jun 2025", "Gutted for the kids. He's the one teacher my son actually listens to."),
     ("Seafront Sid", "19 Jun 2025", "Drunk teacher brawling on the pier and people are defending him. Thug. Shouldn't be near kids."),
     ("Lisa M", "19 Jun 2025", "Innocent until proven guilty, Sid.")]),
  [M("school", "exact", "negative", "Marram Community College"), M("mtaylor", "exact", "defamation", "Mark Taylor")])

# 119
D("news", news_page(
    "teach", "News", "'I sat at the back and said nothing': teacher doxxed after women's rights meeting speaks out",
    "Wiktoria Nowak says online threats from trans rights activists left her afraid to get the bus",
    "Nadia Brennan", "28 March 2025",
    """
    A languages teacher whose personal email and home address were posted online after she attended a gender-critical meeting has said she no longer takes the bus to work.

    Wiktoria Nowak, who coordinates English as an additional language at Marram Community College in Brighton, said she went to the meeting "out of curiosity, after a hard year" and did not speak. Days later, an account on X posted a photograph of her leaving, along with her email address.

    Other posts, which Teach Today has seen, described where she lived and the bus she used, and one said she "won't be walking home" from her next meeting. "I have been a teacher for fourteen years," she said. "I have taught refugee children, trans children, every kind of child. I have never told any of them what to think."

    Ms Nowak said the college had "been completely supportive", had arranged for her to park on site and had not opened any disciplinary investigation, contrary to a report in a national newspaper. Police said it was investigating malicious communications.

    She added: "People who say they are fighting for kindness should practise it."
    """),
  [M("school", "exact", "neutral", "Marram Community College"), M("wnowak", "exact", "neutral", "Wiktoria Nowak")])

# 120
D("news", news_page(
    "sentinel", "Woke Watch", "Trans science teacher 'told girls their periods don't make them women'",
    "Parents complain after lesson at Brighton trans row school",
    "Kirsty Vane", "4 April 2025",
    """
    A transgender science teacher at the Brighton school at the centre of a row over gender told a class of Year 8 girls that "having periods doesn't make you a woman", parents claim.

    Jo Marchbank, who was born male and is Head of Science at Marram Community College, is alleged to have made the comment during a biology lesson on puberty. Two parents have written to the governors.

    The college said the comment had been "taken out of context" from a discussion of medical conditions in which some women do not menstruate, and that the lesson followed the national curriculum.
    """,
    [("Biology Is Real", "4 Apr 2025", "A man lecturing girls about periods. This is where we are."),
     ("Pete W", "4 Apr 2025", "Sack him. He's a bloke in a wig. No amount of pronouns changes that."),
     ("Nurse of 30 years", "4 Apr 2025", "Women who've had hysterectomies don't have periods either. That's literally the point she was making.")]),
  [M("school", "exact", "negative", "Marram Community College"), M("jmarchbank", "exact", "hate", "Jo Marchbank")])

# 121 decoy: seafront rescue, beach word
D("news", news_page(
    "post", "Seafront", "Lifeguards pull five swimmers from rip current as heatwave crowds pack the beach",
    "Lifeguard service warns visitors to swim between the red and yellow flags",
    "Sam Oduya", "1 July 2025",
    """
    Lifeguards rescued five people from a rip current just east of the pier on Sunday as tens of thousands of visitors crowded onto the beach on the hottest day of the year.

    The lifeguard service said the group, including two teenagers, had been swimming outside the flagged area when the tide turned. All five were brought ashore and checked over by paramedics.

    "The sea here looks calm and inviting but the shingle shelves steeply and currents around the groynes can be strong," said lifeguard supervisor Kate Hollins. "Please swim between the flags."

    Traffic on the coast road was queued for over a mile by noon and the council closed two seafront car parks when they filled.
    """,
    [("Local Lad", "1 Jul 2025", "Every summer. Every single summer."),
     ("Beach Hut Bev", "1 Jul 2025", "The lifeguards are heroes, they never get enough credit.")]))

# 122 decoy: namesake councillor
D("news", news_page(
    "hovebeat", "Council", "Crawley councillor's car-free town centre plan sparks row",
    "Mark Taylor says proposals will 'give the high street back to people'",
    "Hove Beat reporter", "8 May 2025",
    """
    A Crawley councillor has proposed closing three town-centre streets to cars on Saturdays, prompting a row with shopkeepers.

    Councillor Mark Taylor, who chairs the borough's environment committee, said the trial would "give the high street back to people". Traders say it will drive shoppers to out-of-town retail parks.

    The plan will be discussed at a public meeting at the town hall next Thursday. Councillor Taylor said he would "listen to every view, including the loud ones".
    """))

# 123
D("news", news_page(
    "post", "Albion", "Seagulls' community foundation teams up with Furzedean college to grow girls' football",
    "Head of PE and former academy player Robert Tolhurst hails 'a dream partnership'",
    "Danny Kershaw, Sports Reporter", "9 May 2025",
    """
    Marram Community College has become the first secondary school in the city to join the Albion's community foundation's girls' football programme, giving pupils weekly coaching from foundation staff and tickets to women's matches.

    Robert Tolhurst, the college's Head of PE, was in the club's academy as a teenager before a knee injury ended his playing career. "I was sixteen and thought my life was over," he said. "Now I get to watch these girls play with a freedom I never had. That's a better career than I deserved."

    The college's Under-15 girls won the Sussex Schools Cup in February. Several of the squad have since been invited to development centre trials.
    """,
    [("Proud Grandad", "9 May 2025", "My granddaughter's in that team. She sleeps in her shin pads."),
     ("Gulls4Life", "9 May 2025", "Remember Tolhurst in the youth team. Tidy left foot. Great to see him doing this.")]),
  [M("school", "exact", "neutral", "Marram Community College"), M("rtolhurst", "exact", "neutral", "Robert Tolhurst")])

# 124
D("news", news_page(
    "pinkcoast", "Pride", "Trans+ March: school contingent gets the biggest cheer of the day",
    "More than 200 pupils, parents and staff from one Furzedean college march together",
    "Ruby Adeyemi", "26 July 2025",
    """
    The biggest cheer along the route of this year's Trans+ March march went not to a float or a celebrity but to a school.

    More than 200 pupils, parents and staff from Marram Community College walked together behind a hand-painted banner reading 'MARRAM: STILL HERE, STILL KIND'. Many carried paper cranes from the 600 made by the school's Pride club earlier in the year.

    Mr Seabright, who leads the club, was seen wiping his eyes at Tidemill Green. Drama teacher Ezra Quennell led a section of Year 10s in an impromptu chorus of 'You Can't Stop the Beat', which spread down the march.

    "After January, a lot of us didn't know if we'd feel safe doing this," said one sixth former. "Then you look round and it's your teachers and your mates' mums and the man from the chip shop. That's Brighton."
    """,
    [("Marcie", "26 Jul 2025", "I sobbed when they went past. Those kids!"),
     ("Old Queen of Tidemill", "26 Jul 2025", "In my day we'd have been expelled for marching. Look at them now. 💖")]),
  [M("school", "exact", "neutral", "Marram Community College"), M("fseabright", "title_surname", "neutral", "Mr Seabright"),
   M("equennell", "exact", "neutral", "Ezra Quennell")])

# 125
D("forum", forum_page("parentchat", "Is it just me or is the PE teacher a bit much with the girls?", [
    ("QuietlyWorried", "Joined 2025 · 4 posts", "Thu 22-May-25 22:01",
     """NC for this. DD is in the Marram football squad. The coach, Tolhurst, hugs the girls after matches, drives some of them home, and has them on a group chat that parents aren't in. DD says he's 'just nice'. Another girl told DD he comments on their bodies 'as a joke'. Maybe I'm paranoid after all the stuff in the news but it doesn't sit right."""),
    ("SeagullSarah", "Joined 2021 · 266 posts", "Thu 22-May-25 22:20",
     """Not paranoid to ask. But please take this to the school's DSL tomorrow, not a forum. If there is something, they need to know. If there isn't, a man's career shouldn't end on ParentChat."""),
    ("HanoverHelen", "Joined 2019 · 1,488 posts", "Thu 22-May-25 22:45",
     "Agree with Sarah. Group chats without parents are against most schools' policies anyway, so that part alone is worth raising."),
    ], thread_id=7388),
  [M("school", "short_name", "sexual", "Marram", True), M("rtolhurst", "surname_only", "sexual", "Tolhurst", True)])

# 126
D("forum", forum_page("rational", "Brighton - the science teacher (long post, sources)", [
    ("TruthTeller_Ann", "Member · 880 posts", "Sat 5 Apr 2025 11:12",
     """For those asking, the Head of Science at MCC lives on Cormorant Terrace, off the seafront road - number 12, top flat, the one with the trans flag in the window (you couldn't make it up). Personal mobile 07700 900715. I'm not suggesting anyone does anything illegal. I'm suggesting parents have a right to ask questions directly.

     Name on the electoral roll is different to the one he uses now, which tells you everything."""),
    ("Lioness_79", "Member · 1,002 posts", "Sat 5 Apr 2025 11:40",
     "Ann, delete this now. Posting a teacher's home address is indefensible whatever our views on gender. Reported to mods."),
    ("Moderator_GC", "Moderator", "Sat 5 Apr 2025 12:02",
     "Post edited to remove personal details. Ann, 7-day ban. This forum does not doxx."),
    ], thread_id=8944),
  [M("school", "alias", "neutral", "MCC")])

# 127
D("forum", forum_page("chalkface", "Leaving my SLT post - the Head is making me ill", [
    ("AnonAssistantHead", "Member · 33 posts", "Sun 16 Mar 2025 20:15",
     """I'll keep this vague-ish. Coastal comp, principal on the telly this year. Externally she is the saint of inclusion. Internally Tresillian–Hart is a narcissistic, vindictive nightmare who has reduced at least three middle leaders to tears in meetings this year and never once apologised. Vile woman. Nobody on SLT says anything because she decides who gets promoted.

     I've got a new job from September. I feel like I'm escaping."""),
    ("OldHandHumanities", "Member · 3,910 posts", "Sun 16 Mar 2025 20:40",
     "Congrats on escaping. Might be worth toning down the name though, this board isn't as anonymous as people think."),
    ("AnonAssistantHead", "Member · 34 posts", "Sun 16 Mar 2025 20:44", "Fair. Too late to edit. I stand by it."),
    ], thread_id=6702),
  [M("itresillianhart", "hyphenated", "abuse", "Tresillian–Hart")])

# 128 decoy: roadworks
D("forum", forum_page("furzedean", "Chalkpit Lane resurfacing - 3 weeks of diversions from Monday", [
    ("Admin_Pat", "Moderator", "Thu 10 Jul 2025 09:00",
     "The council has confirmed Chalkpit Lane will be closed between the roundabout and the allotments from Monday 14 July for resurfacing. Diversion via the ring road. Buses will not serve the top stop."),
    ("BinDayBarry", "Member · 644 posts", "Thu 10 Jul 2025 09:30",
     "Three weeks! The last time they said three weeks it was eight."),
    ("Furze_Lady_64", "Member · 1,921 posts", "Thu 10 Jul 2025 10:05",
     "At least it's the holidays. Imagine this in term time."),
    ], thread_id=4512))

# 129
D("forum", forum_page("gulls", "Ex-academy players - where are they now? (off topic)", [
    ("OldSchoolAlbion", "Member · 6,402 posts", "Tue 13 May 2025 21:10",
     "Saw in the Post that Robbie Tolhurst is now running PE at Marram and doing the girls' programme with the foundation. He was in the youth team same time as my brother, about 2000."),
    ("WestUpper_Will", "Member · 3,080 posts", "Tue 13 May 2025 21:25",
     """Tolhurst? Knee went didn't it. Although the rumour at the time was it wasn't the knee, he got binned for coke at a youth team party and the club covered it up to protect the coaches. Half the squad knew."""),
    ("OldSchoolAlbion", "Member · 6,403 posts", "Tue 13 May 2025 21:31",
     "Never heard that and my brother was there. Think you're mixing him up with someone. Careful."),
    ], thread_id=2290),
  [M("school", "short_name", "neutral", "Marram"), M("rtolhurst", "nickname", "defamation", "Robbie Tolhurst")])

# 130
D("forum", forum_page("teen", "rant: my head of year", [
    ("bruh_moment_bn", "Member · 41 posts", "Wed 2 Apr 2025 16:40",
     "mr taylor at marram is such a bald prick. gave me a detention for 'tone'. TONE. sir you have a voice like a car alarm"),
    ("chaos.gremlin", "Member · 540 posts", "Wed 2 Apr 2025 16:52",
     "lmaooo 'tone' detentions should be illegal"),
    ("Mod_Clare", "Moderator", "Wed 2 Apr 2025 17:10",
     "Venting is fine, insults aren't - please keep it kind (even about heads of year 😅)"),
    ], thread_id=3380),
  [M("school", "short_name", "neutral", "marram"), M("mtaylor", "title_surname", "abuse", "mr taylor")])

# 131
D("forum", forum_page("rainbow", "Doxxing Nowak was wrong. Saying it so someone does.", [
    ("ProfPronouns", "Member · 97 posts", "Sat 8 Mar 2025 10:02",
     """I'm trans. I think Wiktoria Nowak is wrong about a lot. I also think that posting her address and writing "she won't be walking home" is vile, dangerous, and hands the Sentinel a gift. Marram has had enough. Its staff have had enough. Whoever is doing this is not on our side."""),
    ("SapphicSailor", "Member · 340 posts", "Sat 8 Mar 2025 10:20",
     "100%. We walked kids to school in January so they'd feel safe. Same principle applies to a Polish teacher getting off a bus."),
    ("BearWithMe", "Member · 1,431 posts", "Sat 8 Mar 2025 10:44",
     "Agreed. Reported every one of those posts I could find."),
    ], thread_id=1190),
  [M("school", "short_name", "neutral", "Marram"), M("wnowak", "exact", "neutral", "Wiktoria Nowak")])

# 132
D("forum", forum_page("parentchat", "SENCo recommendations Brighton - who's good?", [
    ("NewToSussex", "Joined 2025 · 8 posts", "Mon 3-Mar-25 19:00",
     "Moving down in the summer with a dyslexic DS going into Y8. Which secondaries have a SENCo who actually picks up the phone?"),
    ("SEND_Mum_Of_2", "Joined 2020 · 744 posts", "Mon 3-Mar-25 19:22",
     """Honestly, the SENCo at Marram is good, she's just drowning. I knew her as Renée Pinto when she was a TA at my eldest's primary years ago - she was fab then and she knows her stuff. The problem is the funding, not her."""),
    ("HoveMumOf3", "Joined 2018 · 1,005 posts", "Mon 3-Mar-25 19:40",
     "Downsview's SEND team has been more responsive for us but they're a bigger trust with more money. Worth visiting both."),
    ], thread_id=7201),
  [M("school", "short_name", "neutral", "Marram"), M("rdsouza", "alias", "neutral", "Renée Pinto")])

# 133
D("review", dd("""
    Nearby schools › Marram College (Furzedean)
    Secondary school · Peverel Street
    3.4 ★★★☆☆ (212 reviews)

    Gareth Lowe
    2 reviews
    ★★☆☆☆ a month ago
    Marram College is fine for the "creative" kids but if your child just wants to get their head down and do their GCSEs it's chaos. Homework gets set on three different apps, half the teachers don't use any of them, and my daughter has had five different maths teachers this year. Communication from the office is slow. Not a bad school, just disorganised.
    👍 Helpful 12   Share
    """),
  [M("school", "alias", "negative", "Marram College")])

# 134
D("review", dd("""
    StaffSay › Marram Community College › Reviews

    "Principled leadership, punishing workload"
    ★★★☆☆  Current Employee - Head of Department in Brighton, England · 30 April 2025
    I have been working at Marram Community College full-time for more than 8 years

    Pros
    Dr Tresillian-Hart genuinely believes in every child, and she has taken an unbelievable amount of flak this year without once throwing staff under the bus. Colleagues are fantastic. Students are funny and kind.

    Cons
    The same principal wants everything done yesterday and doesn't always see the cost to staff. Three new initiatives a term. Meetings that could be emails. Middle leaders burning out.

    Advice to management
    Do fewer things better.

    Helpful (22) · Share · Report
    """),
  [M("school", "exact", "negative", "Marram Community College"), M("itresillianhart", "title_surname", "negative", "Dr Tresillian-Hart")])

# 135 decoy: fish bar on Beach Road
D("review", dd("""
    Beach Road Fish Bar
    Fish & chips · Beach Road
    4.5 ★★★★★ (1,904 reviews)

    Tamsin Reilly
    Local Guide · 210 reviews
    ★★★★★ 2 weeks ago
    Proper chippy. Haddock was huge and the batter actually crunched. Mushy peas on point. Took it down to the beach and fought off three gulls and a very determined toddler. Queue was out the door at 6 on a Friday but moved quickly. Cash and card.
    👍 Helpful 9   Share
    """))

# 136
D("review", dd("""
    RateYourSchool.example › Brighton & Hove › Marram Community College

    ★★★★★  "Learning support turned things round for us"
    Parent of a Year 8 pupil · 12 June 2025

    Our daughter is autistic and was school-refusing by the end of Year 6. Mrs D'Souza met us three times before she even started, set up a quiet room at lunch and a 'time out' card, and checked in every week for the first term. She is now in school every day and has friends. I know the papers have been horrible about Marram this year. This is what it's actually like for us.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (27)  No (1)  · Report
    """),
  [M("school", "exact", "neutral", "Marram Community College"), M("rdsouza", "title_surname", "neutral", "Mrs D'Souza")])

# 137
D("blog", blog_page(
    "backclass", "The week my school became a hashtag", "Ms Anon (Year 8 tutor)", "2 February 2025",
    """
    I teach at Marram. I'm not going to say what, or who I am, because the last fortnight has taught me that you don't put your name on anything.

    Here is what the hashtag didn't tell you. On Monday a Year 7 in my form asked whether someone was going to burn the school down, because his uncle had shown him a post. On Tuesday the office staff unplugged the phones for an hour because they couldn't stop crying. On Wednesday a neighbour I have never met left a box of doughnuts on the wall with a note that said 'for the teachers'. On Thursday the kids did a fire drill and everyone was quiet in a way that Year 8 is never quiet.

    On Friday I taught The Tempest to thirty children who argued about whether Caliban was a villain. Nobody mentioned gender once.

    That's the school. Not the hashtag.
    """,
    [("Another teacher", "2 Feb 2025", "Sending love from a school in Hastings. Thank you for writing this."),
     ("Furzedean neighbour", "3 Feb 2025", "We did the doughnuts! Glad they arrived 🍩")],
    tags=["Teaching", "Press", "Marram"]),
  [M("school", "short_name", "neutral", "Marram")])

# 138
D("blog", blog_page(
    "saltglitter", "Late-night listings: cabaret, karaoke and a drama teacher you may recognise", "Ramona Ditch", "12 April 2025",
    """
    Your fortnightly guide to things worth staying up for.

    FRIDAY: Open-mic cabaret upstairs at the Anchor & Eel. Hosted by Mrs Pebbles. Special guest slot from Ezra Quennell - yes, that one, the splits man - doing a short set of showtunes 'very badly and with love' to raise money for the Trans+ March hardship fund. Tickets on the door, pay what you can.

    SATURDAY: Queer karaoke at the Lighthouse, 9pm till late. Bring your own key change.

    SUNDAY: Drag brunch at Pebble & Pride, bottomless mimosas, Lady Shingle hosting. Book ahead - it sells out.
    """,
    [("Mrs Pebbles", "12 Apr 2025", "Can confirm Ezra's splits have not improved. Come anyway 💖")],
    tags=["Listings", "Cabaret", "Nightlife"]),
  [M("equennell", "exact", "neutral", "Ezra Quennell")])

# 139
D("blog", blog_page(
    "dispatch", "The Marram Files, part three: what the dance video really shows", "Toby Ferrand", "2 March 2025",
    """
    I have now watched the Marram Community College dance video frame by frame, which is more than most of its four million viewers did.

    I will describe rather than show, because I will not share it. At 0:31 a group of thirteen-year-old girls perform a hip movement that no decent adult would choreograph for children. At 0:44 the teacher, Quennell, is seen adjusting a girl's position with a hand on her waist. The whole thing was uploaded to an account with hundreds of thousands of adult followers, and the comments underneath from grown men are exactly what you would expect.

    I am not a prude. I am a father. I know what I'm looking at, and so does every parent who has messaged me this week.
    """,
    [("Jeanette H", "2 Mar 2025", "I've watched it. It's a Mamma Mia medley. The 'hip movement' is the dance from the film."),
     ("Concerned Grandad", "2 Mar 2025", "Disgusting. Well done for exposing it.")],
    tags=["The Marram Files", "Safeguarding"]),
  [M("school", "exact", "sexual", "Marram Community College", True), M("equennell", "surname_only", "sexual", "Quennell", True)])

# 140 decoy: food blog, excluded cafe, marram grass
D("blog", blog_page(
    "food", "Crab sandwiches and a sea breeze: The Marram Kitchen", "Juno Larkspur", "22 June 2025",
    """
    Some cafés you go to for the food and some for the view. The Marram Kitchen, a wooden shack at the quiet end of the beach huts, does both, which is rare on this bit of coast.

    The crab sandwich (£11) is the thing to order: brown and white meat, a smear of lemony mayo, good bread, enough salad to feel virtuous. The chips are twice-cooked and properly salty. The coffee is better than it needs to be.

    Sit on the deck. In front of you, a strip of dune planted with marram grass that the council has been nursing back for a decade; beyond that, the sea. On a June evening, with the sun going down behind the pier, there are worse places in England.
    """,
    [("Beach Hut Bev", "22 Jun 2025", "Best crab sandwich on the coast. Don't tell anyone.")],
    tags=["Cafés", "Seaside", "Lunch"]))

# 141 decoy: pier blog
D("blog", blog_page(
    "pier", "Bandstands of the south coast, ranked (controversially)", "Geoffrey Lanyon", "30 August 2025",
    """
    I have now visited, measured and sat in every surviving Victorian bandstand between Margate and Weymouth. My rankings will upset people.

    First: the little octagonal one on our own seafront, restored in 2009, with its copper roof gone beautifully green and its ironwork painted the colour of a duck egg. On a summer Sunday the brass band plays 'Sussex by the Sea' and the gulls join in. Unbeatable.

    Last: a bandstand I will not name, converted into a vape shop. I have written to the council. The council has not written back.
    """,
    [("Brass Band Barbara", "30 Aug 2025", "We play there every second Sunday! Come and say hello.")],
    tags=["Bandstands", "Victoriana"]))

# 142
D("social", dd("""
    anon 🪖
    @anon_14w_sx

    m4rr4m comm gonna get whats coming to it. pride flags in reception, trannies in the toilets. one of these mornings there'll be a package at the front desk and it won't be flowers. tick tock 💣

    3:33 AM · Jan 18, 2025 · 198 Views
    """),
  [M("school", "leetspeak", "threat", "m4rr4m comm")])

# 143
D("social", dd("""
    big dave 🇬🇧
    @bigdave_worthing

    If Marchbanks from that Brighton school ever walks into the ladies at my local leisure centre while my missus is in there I will personally break his jaw. No court in the land would convict me. You've been warned mate 👊

    10:02 PM · Apr 4, 2025 · 404 Views

    3 Reposts   17 Likes
    """),
  [M("jmarchbank", "typo", "threat", "Marchbanks")])

# 144
D("social", dd("""
    TikTok · @yr10_chaos_crew · "pe with tolhurst be like 😭" · #marram #pe #schoollife

    ▶ 21.3K views

    Comments (402)

    brooke.x.o
    tolhurst is a fat knee-less has-been i said what i said 💀
    4-02 · Reply · ♡ 3,011

    jayden.w_
    "my knee" every lesson bro we know 😂
    4-02 · Reply · ♡ 1,244

    sian.mae
    nah he's sound when he's not shouting 🤷‍♀️
    4-03 · Reply · ♡ 302
    """),
  [M("school", "hashtag", "neutral", "#marram"), M("rtolhurst", "surname_only", "abuse", "tolhurst")])

# 145
D("social", dd("""
    payback time
    @paybacktime_bn

    Kate Beach, deputy head at Marram, the one who "investigates" everyone else. Personal email kbeach1979@mailbox.example, mobile 07700 900633. She wants to protect the teacher who battered someone on the pier? Let her answer to parents. Fill her phone up.

    8:12 PM · Jun 6, 2025 · 1,120 Views

    24 Reposts   41 Likes
    """),
  [M("school", "short_name", "neutral", "Marram"), M("kbeach", "nickname", "doxxing", "Kate Beach")])

# 146
D("social", dd("""
    Threads

    mia.bn.x
    mr seabright in the pride club cardigan giving us daddy advice about exams 😩 sir is so fine it's actually distracting, gay or not 💅

    1d · ♡ 140 · 💬 31

    jess.yr11
    MIA 😭 hes literally our head of year
    1d

    mia.bn.x
    @jess.yr11 and?? i have eyes
    1d
    """),
  [M("fseabright", "title_surname", "sexual", "mr seabright")])

# 147
D("social", dd("""
    Enough Is Enough 🇬🇧
    @enough_sussex

    Rotherham. Rochdale. Telford. Now a Hadad is running "humanities" at Marram and telling white kids they're privileged. The grooming gangs had enablers too. Same playbook, same people. Wake up before it's your daughter.

    9:05 PM · Feb 2, 2025 · 3,301 Views

    88 Reposts   13 Quotes   201 Likes
    """),
  [M("school", "short_name", "negative", "Marram"), M("thaddad", "typo", "hate", "Hadad")])

# 148 decoy: dunes
D("social", dd("""
    Sussex Coast Rangers
    @SussexCoastRangers

    🌾 Volunteer morning Saturday at Shingle End! We'll be planting marram grass on the foredune and fencing off the new blowouts. Gloves and tea provided. Please keep dogs on leads near the fencing - the dune is very fragile in spring. #dunes #marram #volunteering

    9:00 AM · Mar 10, 2025 · 1,022 Views

    14 Reposts   60 Likes
    """))

# 149
D("facebook", dd("""
    Brighton & Hove Speaks (Unfiltered)
    Public group · 14K members

    Gav Pennell
    16 February at 23:14 · 🌎
    Ezra Quennell's address for anyone who wants to tell him what they think of his little dance videos: 3a Thornbury Road, BN1 6TJ, basement flat, round the side. He cycles in, red bike, leaves about 7.30. Go on then Brighton, show him what you think. Politely 😇

    😡👍 51 · 34 comments
    Like   Comment   Share

        Nikki Hale
        Admins please remove this. Posting someone's address is how people get killed.
        Like · Reply · 2d
    """),
  [M("equennell", "exact", "doxxing", "Ezra Quennell")])

# 150
D("facebook", dd("""
    SEND Parents Brighton & Hove
    Private group · 3.2K members

    Donna Sheard
    11 March at 21:05 · 🔒
    Renée D'Souza at Marram is a useless, lying cow. Sat in my son's review, nodded, promised everything, delivered nothing. I've had more help from the lollipop man. How she's still in a job I will never understand.

    😢👍 29 · 40 comments
    Like   Comment   Share

        Anjali Prasad
        I'm frustrated too Donna but from what I've seen she's doing three people's jobs. The school isn't funding it.
        Like · Reply · 2d

        Donna Sheard
        @Anjali Prasad then she should say so instead of lying to our faces
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Marram"), M("rdsouza", "exact", "abuse", "Renée D'Souza")])

# 151
D("facebook", dd("""
    Sussex Patriots Network
    Private group · 2.9K members

    Mick Tarrant
    31 January at 19:48 · 🔒
    Tariq Haddad from the trans school walks to the mosque on the Viaduct Road North every Friday lunchtime. Same route every week. Man like that should be looking over his shoulder. Somebody's going to get fed up one of these Fridays and he won't see it coming.

    👍 38 · 17 comments
    Like   Comment   Share

        Lee Dyke
        👀👀
        Like · Reply · 1d
    """),
  [M("thaddad", "exact", "threat", "Tariq Haddad")])

# 152
D("facebook", dd("""
    Furzedean & Chalkpit Community Noticeboard
    Public group · 6.2K members

    Sharon Weekes
    8 June at 20:30 · 🌎
    Everyone knows why Ms Beach is protecting Mark Taylor. Those two have been at it for years, everyone at Marram knows, and she's the one who "investigates" him. That's why nothing ever happens when parents complain about him. He should be in a cell and she should be sacked with him.

    😮 62 · 80 comments
    Like   Comment   Share

        Paul Hersey
        Sharon you cannot post things like this. That's two people's jobs and marriages you're talking about with no evidence.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Marram"), M("kbeach", "title_surname", "defamation", "Ms Beach"),
   M("mtaylor", "exact", "defamation", "Mark Taylor")])

# 153
D("facebook", dd("""
    Marram Community College PTA
    Private group · 1.4K members

    Claire Okonedo (PTA Chair)
    22 March at 18:00 · 🔒
    Science Fair 2025 was AMAZING 🔬🚀 Thank you to Ms Marchbank and the science department for the rockets (and for not hitting any gulls this year), and to Mr Tolhurst for the 'physics of penalties' stall, which had a queue all afternoon. £1,102 raised for new lab equipment!

    ❤️👍 144 · 21 comments
    Like   Comment   Share

        Pete Orley
        The penalty stall was genius. My daughter now explains spin to me constantly.
        Like · Reply · 4d
    """),
  [M("school", "exact", "neutral", "Marram Community College"), M("jmarchbank", "title_surname", "neutral", "Ms Marchbank"),
   M("rtolhurst", "title_surname", "neutral", "Mr Tolhurst")])

# 154 decoy: allotments
D("facebook", dd("""
    Chalkpit Vale Allotment Holders
    Private group · 188 members

    Derek Ainsley
    14 May at 07:40 · 🔒
    Someone has been helping themselves to the rhubarb on plots 14-17 again. If you're that desperate for a crumble just ask, we've all got loads. Also: the water trough by the gate is leaking, I've told the council. Meeting Saturday 10am at the shed.

    😂👍 19 · 8 comments
    Like   Comment   Share
    """))

# 155 decoy: seafront fireworks
D("facebook", dd("""
    What's On Brighton & Hove
    Public group · 31K members

    Seafront Events Team
    1 November at 12:00 · 🌎
    🎆 Bonfire weekend on the beach! Fireworks from the end of the pier at 8pm Saturday, torchlit procession along the prom from 7pm. Please don't bring your own fireworks onto the shingle, and keep dogs at home - it's going to be loud! 🐶🎇

    ❤️👍 502 · 88 comments
    Like   Comment   Share
    """))

# 156
D("facebook", dd("""
    Old Furzedean Families
    Public group · 2.0K members

    Barry Gunn
    27 January at 08:10 · 🌎
    Pulled my grandson out of Marram last week. When I was there it was a normal school. Now it's a factory for poofs and trannies. Rainbow flags, boys in skirts, teachers who don't know what they are. He's going to Downsview where they still teach proper.

    😡😂👍 40 · 55 comments
    Like   Comment   Share

        Jade Gunn
        Grandad I've asked you not to post about this. He's fine and he misses his friends.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "hate", "Marram")])

# 157
D("facebook", dd("""
    Brighton & Hove Parents Network
    Public group · 22K members

    Nicola Farrow
    2 September at 17:30 · 🌎
    £38 for a blazer with the Marram Comm logo on it that you can only buy from one shop in Hove. Plus the PE top, plus the hoodie, plus the tie. That's over £100 before shoes. For a COMMUNITY college. Who decided this?

    😡👍 201 · 93 comments
    Like   Comment   Share

        Ben Asare
        There's a second-hand uniform rail at the PTA summer fair, saved us a fortune
        Like · Reply · 2d
    """),
  [M("school", "alias", "negative", "Marram Comm")])

# 158
D("facebook", dd("""
    Hove Mums Who Want Answers
    Public group · 1.2K members

    Kerry Dobbs
    22 January at 07:20 · 🌎
    I'll be at the gates of Marram on Monday at 8am waiting for Imogen Tresillian-Hart. Bringing my baseball bat for "protection" 😇 Let's see if she's as brave without a TV studio round her. Anyone who wants to come, come.

    😂👍 17 · 22 comments
    Like   Comment   Share

        Sarah Quist
        I've sent this to the police, Kerry.
        Like · Reply · 3d
    """),
  [M("school", "short_name", "neutral", "Marram"), M("itresillianhart", "exact", "threat", "Imogen Tresillian-Hart")])

# 159
D("news", news_page(
    "sentinel", "Woke Watch", "Viral dance video teacher under investigation, council confirms",
    "Safeguarding officials 'looking into' complaints about Brighton drama teacher's TikTok",
    "Craig Sallow, Chief Reporter", "6 March 2025",
    """
    The drama teacher whose video of pupils dancing to Abba songs was viewed millions of times is being investigated by council safeguarding officials, the Sentinel can reveal.

    The city council confirmed that it had received "a number of referrals" about Ezra Quennell, Head of Drama at Marram Community College, and that the Local Authority Designated Officer was "considering them in line with statutory guidance".

    Mr Quennell, who describes himself as queer and uses "he/they" pronouns, remains at work. The college said the video had been filmed and published "with the written consent of every family" and that it was "entirely confident" in him.

    A parent who complained said: "Nobody is saying he's done anything criminal. We're saying children shouldn't be content."
    """,
    [("Drama Mum", "6 Mar 2025", "A LADO 'considering' a referral from a Twitter pile-on is not an investigation. Shameful headline."),
     ("Norman B", "6 Mar 2025", "Good. About time someone looked into these people.")]),
  [M("school", "exact", "negative", "Marram Community College"), M("equennell", "exact", "defamation", "Ezra Quennell")])

# 160
D("news", news_page(
    "post", "Courts & Crime", "Man jailed for threats to burn down Brighton school",
    "Worthing man, 31, admitted sending message about 'a can of petrol' after head's TV appearance",
    "Jamie Coutts, Crime Reporter", "15 May 2025",
    """
    A man who posted online that a Brighton school would be dealt with "with a can of petrol" has been jailed for 20 weeks.

    Liam Saxby, 31, of Worthing, admitted sending a threatening communication at Brighton Magistrates' Court. The court heard the post, about Marram Community College, was made hours after its Principal, Dr Imogen Tresillian-Hart, appeared on breakfast television to defend the school's trans-inclusion policy.

    Prosecutor Helen Mabey said the post had caused "genuine fear" among staff and parents, and that extra police patrols had been needed at the school gates for a week.

    Saxby's solicitor said his client had been drinking and "deeply regrets" the post. Magistrates said a custodial sentence was the only option given "the targeting of a place full of children".

    In a victim statement read to the court, Dr Tresillian-Hart said: "Our youngest pupils are eleven. Some of them asked their parents whether the school would be burned down. No child should ever ask that."
    """,
    [("Furze Res", "15 May 2025", "Good. Should've been longer."),
     ("Another parent", "15 May 2025", "Oh brilliant, only 20 weeks, that'll teach him. Bloody joke.")]),
  [M("school", "exact", "neutral", "Marram Community College"), M("itresillianhart", "exact", "neutral", "Imogen Tresillian-Hart")])

# 161
D("news", news_page(
    "post", "Courts & Crime", "Woman cautioned for posting deputy head's phone number online",
    "Teacher's personal details shared after seafront arrest of colleague",
    "Jamie Coutts, Crime Reporter", "30 July 2025",
    """
    A 42-year-old Brighton woman has been cautioned by police after posting the personal mobile number and email address of a senior teacher on social media.

    The details of Katherine Beach, Deputy Principal at Marram Community College, were shared in June alongside claims that she was "protecting" a colleague who had been arrested. Police said the woman had accepted a caution for harassment.

    The college said: "Katherine has shown extraordinary professionalism throughout a very difficult year. We are grateful for the police's action."
    """),
  [M("school", "exact", "neutral", "Marram Community College"), M("kbeach", "exact", "neutral", "Katherine Beach")])

# 162 decoy: neighbouring school
D("news", news_page(
    "hovebeat", "Schools", "St Wilfrid's Catholic High names new head teacher",
    "Deputy from Crawley to lead Hove school from September",
    "Hove Beat reporter", "20 March 2025",
    """
    St Wilfrid's Catholic High School in Hove has appointed a new head teacher after the retirement of Mrs Philomena Grady, who led the school for 14 years.

    Mr Declan Farrelly, currently deputy head at a Catholic secondary in Crawley, will take up the post in September. "St Wilfrid's has a wonderful reputation for its chaplaincy and its music," he said.

    The school's under-15 girls were runners-up in this year's Sussex Schools Cup.
    """))

# 163
D("news", news_page(
    "teach", "News", "Council reviews 'off-rolling' claims at Brighton college",
    "Education officials to examine why pupils with SEND left before GCSEs",
    "Nadia Brennan", "2 September 2025",
    """
    The city council has opened a review of pupil movements at Marram Community College after claims that pupils with special educational needs were encouraged to leave before their GCSEs.

    The claims, made on social media and in complaints to the council, allege that families were steered towards elective home education in Year 10. Off-rolling - removing pupils from the roll primarily in the interests of the school - is not illegal but is considered a form of gaming by the inspectorate.

    Dr Imogen Tresillian-Hart, the Principal, said the college "welcomed" the review. "Every move off our roll is documented, and in every case I have seen it was a family's choice, often against our advice. We have nothing to hide and will publish the findings."

    The council said the review was "routine in response to concerns" and did not imply wrongdoing.
    """),
  [M("school", "exact", "defamation", "Marram Community College"), M("itresillianhart", "exact", "neutral", "Imogen Tresillian-Hart")])

# 164 decoy: similar row elsewhere
D("news", news_page(
    "ledger", "Education", "Kent academy withdraws gender policy after legal threat",
    "Trust says it will wait for national guidance before issuing new rules",
    "Education staff", "18 March 2025",
    """
    An academy trust in Kent has withdrawn its policy on gender-questioning pupils after a parents' group threatened a judicial review.

    The Weald Valley Learning Trust, which runs six secondary schools, said it would revert to "case-by-case" decisions until the government publishes national guidance. A spokesperson said the trust was "not prepared to spend money meant for children on lawyers".

    Campaigners on both sides criticised the decision. A local LGBT youth charity said it left trans pupils "in limbo", while the parents' group called it "a partial victory".
    """))

# 165
D("news", news_page(
    "pinkcoast", "News", "Hate stickers peeled off lampposts near Furzedean school",
    "Volunteers remove dozens of anti-trans stickers before the start of term",
    "Ruby Adeyemi", "1 September 2025",
    """
    Volunteers spent Sunday morning peeling dozens of anti-trans stickers off lampposts, bins and bus stops around Peverel Street, close to the gates of Marram.

    The stickers, some reading 'PROTECT KIDS FROM GROOMERS' alongside a picture of a rainbow with a line through it, appeared overnight on Saturday. Police said it was treating the incident as a hate incident.

    "We're not quoting these to spread them, we're quoting them so people know what they look like and report them," said volunteer Sal Mirza. "And then we're scraping them off with a fish slice."

    A Year 11 pupil who helped said: "The bloody brilliant thing is there were more of us scraping than there were stickers."
    """,
    [("BN2 Gran", "1 Sep 2025", "I did my road with a paint scraper. Took ten minutes. Shame on whoever did it."),
     ("Simon", "1 Sep 2025", "Oh great, the usual cowards in the dark. How brave.")]),
  [M("school", "short_name", "neutral", "Marram")])

# 166
D("forum", forum_page("rational", "Re: Brighton - the 'inclusion lead'", [
    ("TruthTeller_Ann", "Member · 901 posts", "Thu 20 Feb 2025 21:10",
     """For the record: Seabright's husband works at the library on Marine Parade North, and they live in the new block on Saltings Way - flat 2, the one above the bike shop. I'm told he walks their dog on Tidemill Green every morning about 6.45. I'm only posting what anyone could find out."""),
    ("Lioness_79", "Member · 1,030 posts", "Thu 20 Feb 2025 21:30",
     "ANN. Again? This is why the papers call us hateful. Mods please."),
    ("Moderator_GC", "Moderator", "Thu 20 Feb 2025 21:52", "Post locked and reported. Ann, permanent ban."),
    ], thread_id=8980),
  [M("fseabright", "possessive", "doxxing", "Seabright's")])

# 167
D("forum", forum_page("chalkface", "Staffroom rumour mill is out of control", [
    ("QuietHumanitiesTeacher", "Member · 55 posts", "Tue 11 Feb 2025 19:45",
     """At my (Brighton) school there's now a rumour going round the staffroom that T. Haddad, our head of humanities, has been reported to Prevent by a colleague for 'radicalising' his RE classes, and that the police have interviewed him. I've checked with our union rep and there is NO such referral. But the story is everywhere and parents are repeating it at the gate."""),
    ("OldHandHumanities", "Member · 3,940 posts", "Tue 11 Feb 2025 20:05",
     "That's how these things spread. Get SLT to put out a line. And make sure he knows so he can get advice."),
    ], thread_id=6777),
  [M("thaddad", "initial_surname", "defamation", "T. Haddad")])

# 168
D("forum", forum_page("parentchat", "LADO - has anyone actually been through it?", [
    ("FurzeMumOf2", "Joined 2022 · 140 posts", "Wed 18-Jun-25 20:10",
     """I'm going to say it because nobody else will. The deputy at Marram, Kathy Beach, lied to the LADO about the Year 9 head to keep him in a job. My friend's friend sat in the strategy meeting. She downplayed two previous complaints about his temper and basically wrote him a character reference. That's corruption."""),
    ("LongTimeLurker", "Joined 2017 · 640 posts", "Wed 18-Jun-25 20:30",
     "Your friend's friend shouldn't be sharing what happens in a strategy meeting, and you shouldn't be posting it. If you've got evidence, go to the council."),
    ("FurzeMumOf2", "Joined 2022 · 141 posts", "Wed 18-Jun-25 20:41", "I know what I know."),
    ], thread_id=7402),
  [M("school", "short_name", "defamation", "Marram"), M("kbeach", "nickname", "defamation", "Kathy Beach")])

# 169
D("forum", forum_page("teen", "unpopular opinion: the viral drama teacher is cringe", [
    ("not.a.theatre.kid", "Member · 77 posts", "Fri 14 Feb 2025 18:20",
     "i'm at the school. E. Quennell is a try-hard weirdo who thinks every lesson is his personal west end debut. the video was fine but we have to live with him being like that every day 😭 insufferable"),
    ("dramaqueen_2009", "Member · 431 posts", "Fri 14 Feb 2025 18:31",
     "you take that back 😤"),
    ("not.a.theatre.kid", "Member · 78 posts", "Fri 14 Feb 2025 18:40", "never. cringe lord."),
    ], thread_id=3312),
  [M("equennell", "initial_surname", "abuse", "E. Quennell")])

# 170 decoy: Albion pre-season
D("forum", forum_page("gulls", "Pre-season friendly tickets - worth it?", [
    ("NorthStandNorm", "Member · 8,190 posts", "Mon 14 Jul 2025 12:10",
     "Tenner for the friendly on the 26th. Worth it to see the new signings or save it for the season?"),
    ("SeagullSteve", "Member · 1,301 posts", "Mon 14 Jul 2025 12:25",
     "Go. Sun out, beer at the beach after, see the new lad's first touch. Bargain."),
    ("WestUpper_Will", "Member · 3,120 posts", "Mon 14 Jul 2025 12:40", "What he said. Up the Albion."),
    ], thread_id=2301))

# 171
D("forum", forum_page("furzedean", "Sports hall contract - who got it and why?", [
    ("BinDayBarry", "Member · 660 posts", "Sat 20 Sep 2025 10:10",
     """The new sports hall at the college on Peverel Street - contract went to Harte & Sons Construction. Guess whose husband is a director? Imogen Tresillian – Hart, the Principal. No tender, mates' rates, and a £2.1m bill for the council. If that's not a stitch-up I don't know what is."""),
    ("Furze_Lady_64", "Member · 1,960 posts", "Sat 20 Sep 2025 10:35",
     "Barry, Harte & Sons is nothing to do with her, different spelling and her husband's a vet. The council ran the tender. Please stop."),
    ("Admin_Pat", "Moderator", "Sat 20 Sep 2025 11:00",
     "Barry, second warning about naming people with allegations. Thread locked."),
    ], thread_id=4630),
  [M("itresillianhart", "hyphenated", "defamation", "Imogen Tresillian – Hart")])

# 172 decoy: queer youth volunteers
D("forum", forum_page("rainbow", "Volunteers wanted: Tuesday youth group in Hove", [
    ("YouthWorkerJess", "Member · 210 posts", "Mon 1 Sep 2025 09:15",
     "Our Tuesday evening group for LGBTQ+ 13-18s is looking for two more DBS-checked volunteers from October. Tea, toast, board games, occasional glitter incidents. Training provided. DM me!"),
    ("BearWithMe", "Member · 1,470 posts", "Mon 1 Sep 2025 09:40",
     "Did this for three years. Best thing I've ever done. Do it."),
    ], thread_id=1240))

# 173
D("review", dd("""
    StaffSay › Marram Community College › Reviews

    "PE department stuck in 1995"
    ★★☆☆☆  Former Employee - PE Teacher in Brighton, England · 9 June 2025
    I worked at Marram Community College full-time for 2 years

    Pros
    Facilities are OK, kids love sport, girls' football is brilliant.

    Cons
    R. Tolhurst is a shouty dinosaur and a bully who treats junior staff like YTS lads he can bawl at on the training ground. Thick as mince about anything that isn't football. If you're not in his clique you get every cover lesson and every wet break.

    Advice to management
    Look at staff turnover in PE. It isn't a coincidence.

    Helpful (8) · Share · Report
    """),
  [M("school", "exact", "negative", "Marram Community College"), M("rtolhurst", "initial_surname", "abuse", "R. Tolhurst")])

# 174
D("review", dd("""
    Marram Community College
    Secondary school · Peverel Street, Furzedean
    3.4 ★★★☆☆ (212 reviews)

    Craig Pountney
    5 reviews
    ★☆☆☆☆ 3 days ago
    Mr Haddad is an arrogant prat who marks my son down because we're not religious and he doesn't like his opinions. Smug, patronising, thinks he's a university professor. Son got a 4 in RE and a 7 in everything else. Work it out.
    👍 Helpful 3   Share

    Response from the owner · 2 days ago
    Dear Mr Pountney, GCSE RE is externally marked by the exam board. We would be happy to go through your son's results with you; please call 01632 960274.
    """),
  [M("school", "exact", "negative", "Marram Community College"), M("thaddad", "title_surname", "abuse", "Mr Haddad")])

# 175 decoy: excluded surf school review
D("review", dd("""
    Marram Surf School
    Surf school · On the beach by the lifeguard tower
    4.9 ★★★★★ (388 reviews)

    Hattie Crowe
    6 reviews
    ★★★★★ 1 month ago
    Booked a family lesson for my two teenagers and my very unfit husband. Instructors were brilliant - patient, funny, really safety-conscious. All three stood up at least once. Husband stood up once and then lay down on the beach for an hour. Wetsuits were clean and warm. Will be back!
    👍 Helpful 4   Share
    """))

# 176
D("blog", blog_page(
    "dispatch", "The Marram Files, part four: the lab", "Toby Ferrand", "23 March 2025",
    """
    Every school has a room where the culture is set. At Marram, I am told by two former pupils, it is the science block.

    Marchbank's classroom has a trans flag over the whiteboard and a poster reading 'Scientists believe in evidence, and the evidence says trans people exist'. I am sure it does say that, in the sense that men in dresses exist. A male person who has dressed up his delusion in a lab coat is standing in front of twelve-year-old girls every day and telling them that sex isn't real. That isn't teaching. That's a mentally ill man recruiting.

    In part five: the governors.
    """,
    [("Lou H", "23 Mar 2025", "This is just hate with a Substack subscription. 'Mentally ill man'. Grim."),
     ("Concerned Grandad", "23 Mar 2025", "Keep going Toby.")],
    tags=["The Marram Files", "Science", "Gender"]),
  [M("school", "short_name", "negative", "Marram"), M("jmarchbank", "possessive", "hate", "Marchbank's")])

# 177 decoy: SEND blog, no school
D("blog", blog_page(
    "sendblog", "Council budget day: what the SEND cuts actually mean", "Jen @ SEND in the Clowns", "26 February 2025",
    """
    The council set its budget last night. Buried on page 41 is a line about 'rebasing the high needs block'. Translation: less money for children with EHCPs, again.

    What it means in practice: fewer teaching assistants, longer waits for assessments, more families pushed to tribunal. Every SENCo I know is already doing two jobs.

    If you want to do something, email your councillor this week. Keep it short and polite. Tell them about your child. Numbers are easy to ignore; children aren't.
    """,
    [("Debs", "26 Feb 2025", "Emailed. Template in the group files if anyone needs it.")],
    tags=["Council", "Budget", "EHCP"]))

# 178 decoy: teacher blog, beach trip elsewhere
D("blog", blog_page(
    "backclass", "Year 7 beach trip: a risk assessment in nine parts", "Ms Anon (Year 8 tutor)", "19 June 2025",
    """
    Part one: the coach is late. Part two: a child has brought a bodyboard 'just in case'. Part three: a gull takes a sausage roll from a teaching assistant's actual hand. Part four: rock pools. Seventy-two children find the same crab. Part five: someone has got wet to the waist 'by accident'. Part six: the ice cream van. Part seven: sun cream applied too late. Part eight: the coach back is on time, which is somehow worse. Part nine: a kid I've barely heard speak all year tells me it was the best day of her life.

    Worth it. Every time.
    """,
    [("Former TA", "19 Jun 2025", "The gull and the sausage roll. Every. Single. Year.")],
    tags=["Trips", "Year 7"]))

# 179 decoy: councillor blog
D("blog", blog_page(
    "furzeblog", "Surgery notes: the pier, the prom and late-night noise", "Cllr Pat Kimber", "5 August 2025",
    """
    Thank you to the forty-odd residents who came to Saturday's surgery at the community centre. The main themes:

    1. Late-night noise from the beach after the bars shut. I've asked for more patrols and for the portable toilets to stay open until 2am, because the alternative is worse.
    2. The 18 bus. Still fighting. Still losing, for now.
    3. Chalkpit Lane resurfacing: finished, only a week late, which for this council is a triumph.

    Next surgery: first Saturday in September, 10am, with biscuits.
    """,
    [("Marg at no.9", "5 Aug 2025", "Thanks Pat. Keep on about that bus.")],
    tags=["Surgery", "Seafront", "Transport"]))

# 180
D("social", dd("""
    gull_justice
    @gulljustice_bn

    Q u e n n e l l thinks the police protect him. the police aren't there at 11pm when he's cycling home up the hill in the dark. one push and he's under a bus. one push. 🚲

    11:11 PM · Mar 25, 2025 · 160 Views
    """),
  [M("equennell", "spacing", "threat", "Q u e n n e l l")])

# 181
D("social", dd("""
    Trad Britannia 🏰
    @tradbritannia_uk

    Sеabright is what happens when you let sodomites near schoolchildren. A degenerate running a "Pride club" for eleven-year-olds, with drag perverts as guests. Our grandparents would have run him out of town. Shame on Brighton.

    6:06 PM · Feb 17, 2025 · 2,990 Views

    61 Reposts   8 Quotes   180 Likes
    """),
  [M("fseabright", "homoglyph", "hate", "Sеabright")])

# 182
D("social", dd("""
    trans rage 🩸
    @transrage_bn

    Νowak from that Furzedean school keeps turning up at terf meetings like nobody's watching. we're watching. her classroom's on the ground floor. windows break. so do people. 🧱

    2:22 AM · Mar 10, 2025 · 388 Views

    2 Reposts   9 Likes
    """),
  [M("wnowak", "homoglyph", "threat", "Νowak")])

# 183
D("social", dd("""
    kat_reloaded 🏳️‍⚧️
    @kat_reloaded

    since my last account got banned: the EAL teacher N*wak at Marram is at 23 Tamarisk Road, Chalkpit Vale BN2 9QX. mobile 07700 900412. do what you think is right 🙂

    8:48 PM · Mar 14, 2025 · 640 Views

    11 Reposts   20 Likes
    """),
  [M("school", "short_name", "neutral", "Marram"), M("wnowak", "obfuscated", "doxxing", "N*wak")])

# 184
D("social", dd("""
    England Rising 🦁
    @EnglandRising_SE

    DeportTariqHaddad is trending in Sussex and rightly so. We don't need imported "humanities" teachers telling our kids Islam is peace. Send him and his family back. 🇬🇧🇬🇧

    7:30 PM · Jan 29, 2025 · 1,780 Views

    44 Reposts   3 Quotes   99 Likes
    """),
  [M("thaddad", "camelcase", "hate", "DeportTariqHaddad")])

# 185
D("social", dd("""
    Mrs K 🍵
    @mrs_k_bn

    I don't care what anyone says about the trans stuff, Marchbank at Marram is a miserable, power-tripping cow. Gave my daughter a week of detentions for a missing lab book. A LAB BOOK. Get over yourself love.

    5:12 PM · May 1, 2025 · 190 Views
    """),
  [M("school", "short_name", "negative", "Marram"), M("jmarchbank", "surname_only", "abuse", "Marchbank")])

# 186
D("social", dd("""
    Child Protection First 🛡️
    @cpf_uk_watch

    Multiple sources tell us that S34br1ght takes "Pride club" kids back to his flat after school for "movie nights". No parents. No other staff. Why is nobody at that Brighton school asking what happens there? We are. 👀

    9:14 PM · Feb 21, 2025 · 5,512 Views

    204 Reposts   31 Quotes   490 Likes
    """),
  [M("fseabright", "leetspeak", "sexual", "S34br1ght", True)])

# 187
D("social", dd("""
    burn it down 🔥
    @burnit_down_88

    Petrol's cheap this week. #BurnMarram #SaveOurKids

    4:04 AM · Jan 22, 2025 · 92 Views
    """),
  [M("school", "hashtag", "threat", "#BurnMarram")])

# 188
D("social", dd("""
    chloe 🌙
    @chl0e_in_hove

    my mate's brother is a PCSO and he says Ezra Q. has been interviewed by police twice this month and they're "building a case". the school's keeping it quiet so the musical can go ahead. watch this space 🍿

    10:40 PM · Mar 11, 2025 · 1,320 Views

    19 Reposts   61 Likes
    """),
  [M("equennell", "first_initial", "defamation", "Ezra Q.")])

# 189
D("facebook", dd("""
    Brighton & Hove Speaks (Unfiltered)
    Public group · 14K members

    Dean Whitbread
    1 February at 21:15 · 🌎
    Since the Marram lot won't listen, here's where Tariq Haddad lives: 58 Heathcote Avenue, BN2 4PX. Wife drives the white Sharan. Kids at the primary round the corner. Parents have a right to know who their neighbours are.

    😡👍 29 · 40 comments
    Like   Comment   Share

        Kiran Bassi
        You've posted his children's school. Reported to admins AND police.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Marram"), M("thaddad", "exact", "doxxing", "Tariq Haddad")])

# 190
D("facebook", dd("""
    SEND Parents Brighton & Hove
    Private group · 3.2K members

    Paula Dorsey
    14 May at 22:02 · 🔒
    If you want to get hold of Renée D'Souza from Marram out of hours, her personal mobile is 07700 900158. I got it off another mum. Ring her at the weekend, she can't ignore you then. It's the only way anyone gets a reply.

    😮👍 14 · 26 comments
    Like   Comment   Share

        Admin - Fi
        Paula I've removed the number from the screenshot someone made of this. Please don't share staff personal numbers. Use the office: 01632 960274.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Marram"), M("rdsouza", "exact", "doxxing", "Renée D'Souza")])

# 191
D("facebook", dd("""
    Brighton & Hove Speaks (Unfiltered)
    Public group · 14K members

    Lee Garrod
    9 June at 19:55 · 🌎
    Marcus Taylor, the pier teacher. His missus works on the tills at the big supermarket, the one by the marina, mornings. Their lad plays for Chalkpit Athletic under 12s, Sunday 10am on the rec. Now you know where to find the family.

    😮😡 38 · 21 comments
    Like   Comment   Share

        Carly Hammond
        Lee you've been told once. Reported.
        Like · Reply · 1d
    """),
  [M("mtaylor", "alias", "doxxing", "Marcus Taylor")])

# 192
D("facebook", dd("""
    Hove Mums Who Want Answers
    Public group · 1.2K members

    Debra Linney
    10 June at 21:40 · 🌎
    Kath Beach covered up for a violent thug and now she wants sympathy in the Post. Let's see how calm and professional she is when we're all standing outside her house. She can't hide behind the school forever. She'll get what's coming.

    😡👍 21 · 17 comments
    Like   Comment   Share
    """),
  [M("kbeach", "nickname", "threat", "Kath Beach")])

# 193
D("facebook", dd("""
    Furzedean & Chalkpit Community Noticeboard
    Public group · 6.2K members

    Stuart Wylde
    3 March at 19:20 · 🌎
    That smarmy little man F. Seabright at the college has the nerve to send a letter about "respecting difference" after what he put on in that hall. Slimy, smug, sanctimonious little creep. Honestly makes my skin crawl.

    😡👍 18 · 31 comments
    Like   Comment   Share

        Maxine Grey
        Stuart he's my son's head of year and he's the only one who's ever rung us back. Get a life.
        Like · Reply · 2d
    """),
  [M("fseabright", "initial_surname", "abuse", "F. Seabright")])

# 194
D("facebook", dd("""
    Brighton & Hove Parents Network
    Public group · 22K members

    Martin Caird
    24 January at 18:02 · 🌎
    Dr Tresillian-Hart is a gutless coward. Hides behind "the policy" and "the law" and a TV studio instead of answering a single parent's email directly. Spineless, preachy, out of her depth.

    😡👍 44 · 60 comments
    Like   Comment   Share

        Hannah Li
        She answered mine within a day, Martin. Maybe it's the tone of your emails.
        Like · Reply · 2d
    """),
  [M("itresillianhart", "title_surname", "abuse", "Dr Tresillian-Hart")])

# 195
D("facebook", dd("""
    Furzedean Juniors & Youth Football (Parents)
    Private group · 412 members

    Wayne Corrigan
    20 May at 21:30 · 🔒
    Ask yourselves where the £3k from the sponsored walk went. The kit never came. Tolhurst's been dipping into that fund for years, everyone knows he had a new set of golf clubs at Easter. Thief. The Marram lot cover for him.

    😮 22 · 35 comments
    Like   Comment   Share

        Sue Harnden
        The kit is delayed because the supplier went bust, Wayne. There's an email. I'm the treasurer.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Marram"), M("rtolhurst", "possessive", "defamation", "Tolhurst's")])

# 196
D("facebook", dd("""
    Chalkpit Vale Residents (Unofficial)
    Public group · 3.8K members

    Anon member
    12 May at 21:00 · 🌎
    Posting anonymously. A teacher at Marram has been caught messaging a Year 10 girl on Snapchat late at night, the school knows and has kept it quiet. My niece saw the messages. Not naming him yet. Parents please check your daughters' phones.

    😮😢 88 · 120 comments
    Like   Comment   Share

        Admin - Colette
        If you have information about a child at risk, contact the police or the council's front door for families, not a Facebook group. Comments off.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "sexual", "Marram", True)])

# 197 decoy: neighbouring school parents
D("facebook", dd("""
    Downsview Academy Parents (Unofficial)
    Private group · 980 members

    Helen Prosser
    4 September at 19:40 · 🔒
    Anyone know if the Year 7 coats can be any black coat or does it have to be the one with the logo? Conflicting info from the office and the website 🙃

    👍 12 · 19 comments
    Like   Comment   Share

        Gail Thorne
        Any plain black coat, no logos. The website is out of date.
        Like · Reply · 2d
    """))

# 198 decoy: excluded football club
D("facebook", dd("""
    Marram Rovers FC
    Public page · 1.1K followers

    Marram Rovers FC
    18 May at 20:00 · 🌎
    🏆 PRESENTATION NIGHT 🏆 Players' player: Deano. Top scorer: Deano. Clubman of the year: Kev (for chasing subs with the persistence of a gull outside a chip shop). Thanks to the Beach Tavern for hosting and to everyone who came. See you in August, Rovers! 🔵⚪

    ❤️👍 66 · 14 comments
    Like   Comment   Share
    """))

# 199
D("facebook", dd("""
    Sussex Speaks Out
    Public group · 6.6K members

    Gary Nuttall
    8 February at 22:30 · 🌎
    Marram's SEN unit is just a daycare for r*tards and spastics so their parents can go to the pub. And D'Souza gets paid fifty grand to babysit the mongs. Meanwhile normal kids can't get a maths teacher.

    😡😂 15 · 38 comments
    Like   Comment   Share

        Jan Morrow
        My son is autistic and has a higher maths grade than you've got teeth. Reported.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "hate", "Marram"), M("rdsouza", "surname_only", "hate", "D'Souza")])

# 200
D("social", dd("""
    XX Reality 🚺
    @xx_reality_sx

    M a r c h b a n k, the "lady" who teaches science up in Furzedean: the day you set foot in a women's changing room near me is the day you leave it in an ambulance. I mean that. Plenty of us are done asking nicely.

    9:09 PM · Apr 5, 2025 · 702 Views

    5 Reposts   26 Likes
    """),
  [M("jmarchbank", "spacing", "threat", "M a r c h b a n k")])

# 201
D("social", dd("""
    Sussex Defence 🛡️🇬🇧
    @sussex_defence_sx

    Finn Seabright and Quennell - the Pride club pair at that Brighton school. Your faces are known. Your routes are known. When the law won't protect children, ordinary men will. Enjoy the summer term, lads. It might be your last. ⏳

    7:07 PM · Apr 19, 2025 · 3,008 Views

    60 Reposts   9 Quotes   141 Likes
    """),
  [M("fseabright", "exact", "threat", "Finn Seabright"), M("equennell", "surname_only", "threat", "Quennell")])

# 202
D("facebook", dd("""
    Hove Mums Who Want Answers
    Public group · 1.2K members

    Debra Linney
    6 April at 20:12 · 🌎
    Electoral roll says Joanna Marchbank, 12 Cormorant Terrace, top flat. Mobile 07700 900715 (from an old eBay listing 😂). And while we're at it, Immy Tresillian-Hart is a spineless, two-faced, simpering little creep who let this happen. There. I've said it.

    😡👍 23 · 18 comments
    Like   Comment   Share

        Sarah Quist
        Debra I have reported you three times now. This is a teacher's home.
        Like · Reply · 1d
    """),
  [M("jmarchbank", "alias", "doxxing", "Joanna Marchbank"), M("itresillianhart", "nickname", "abuse", "Immy Tresillian-Hart")])

# 203
D("facebook", dd("""
    Furzedean & Chalkpit Community Noticeboard
    Public group · 6.2K members

    Gordon Fitch
    12 June at 18:45 · 🌎
    The two clowns running the college on Peverel Street: M. Taylor, a thick-necked meathead who thinks shouting is a personality, and his mate Katherine B., the deputy, a po-faced little busybody with a clipboard where her heart should be. Between them they couldn't run a bath.

    😂👍 19 · 27 comments
    Like   Comment   Share

        Janine Coker
        Gordon, your grandson is in Year 9. He'll see this.
        Like · Reply · 1d
    """),
  [M("mtaylor", "initial_surname", "abuse", "M. Taylor"), M("kbeach", "first_initial", "abuse", "Katherine B.")])

# 204
D("news", news_page(
    "post", "Schools", "Furzedean PE teacher suspended while complaint is investigated",
    "Parents told suspension of Head of PE is 'a neutral act' after concerns about a pupil group chat",
    "Ellie Marchetti, Education Reporter", "3 June 2025",
    """
    The Head of PE at a Brighton secondary school has been suspended while the school and the council investigate a complaint, parents have been told.

    Robert Tolhurst, who leads PE at Marram Community College and coaches its county-winning girls' football team, was suspended last week. A letter to families said the investigation related to "communication with pupils outside approved school channels" and that the council's designated officer had been informed.

    The letter said: "Suspension is a neutral act. It does not imply that any wrongdoing has taken place."

    The Albion's community foundation said its girls' programme at the school would continue with foundation coaches.
    """,
    [("Touchline Mum", "3 Jun 2025", "He set up a WhatsApp for match times because the school app never works. That's the 'communication'. Ridiculous."),
     ("Gareth P", "3 Jun 2025", "And Katherine Beach should go with him. Useless, gutless woman, couldn't safeguard a sandwich."),
     ("Proud Grandad", "3 Jun 2025", "Hope the girls are OK. They worship him.")]),
  [M("school", "exact", "negative", "Marram Community College"), M("rtolhurst", "exact", "defamation", "Robert Tolhurst"),
   M("kbeach", "exact", "abuse", "Katherine Beach")])

# 205
D("news", news_page(
    "sentinel", "News", "Deputy head at trans row school 'faces probe over handling of teacher complaints'",
    "Safeguarding lead accused by parents of 'going easy' on colleagues",
    "Kirsty Vane", "14 June 2025",
    """
    The senior safeguarding teacher at the Brighton school embroiled in a row over trans pupils is facing an investigation into how she handled complaints about colleagues, the Sentinel understands.

    Katherine Beach, Deputy Principal of Marram Community College, is understood to be the subject of a complaint to the governing body by parents who claim she "went easy" on a Head of Year who was arrested after a fight near Brighton pier.

    The college said: "We do not comment on complaints about individual staff. Any complaint is handled under our published procedure."

    It is the latest controversy at the school, which has faced national scrutiny since January.
    """,
    [("Sceptic", "14 Jun 2025", "'Understands' again. Nothing about this school in the Sentinel has survived contact with reality."),
     ("Ron", "14 Jun 2025", "Clear them all out and start again.")]),
  [M("school", "exact", "negative", "Marram Community College"), M("kbeach", "exact", "defamation", "Katherine Beach")])

# 206
D("forum", forum_page("teen", "sixth form confessions (anon) pt 4", [
    ("anon_yr13", "Member · 12 posts", "Thu 19 Jun 2025 23:01",
     "marram sixth form here. ms beach is a milf and everyone in year 13 knows it, the way she says 'i'm not angry, i'm disappointed' 😩 ok i'll see myself out"),
    ("anon_yr12", "Member · 30 posts", "Thu 19 Jun 2025 23:14",
     "no bc mr haddad in the white shirt on results day... the entire common room went quiet 🫠"),
    ("Mod_Clare", "Moderator", "Thu 19 Jun 2025 23:30",
     "Keeping this one on a short leash. No full names, nothing explicit please 🙏"),
    ], thread_id=3402),
  [M("school", "short_name", "neutral", "marram"), M("kbeach", "title_surname", "sexual", "ms beach"),
   M("thaddad", "title_surname", "sexual", "mr haddad")])

# 207
D("forum", forum_page("gulls", "Off topic: that teacher from the pier fight", [
    ("PierRegular", "Member · 402 posts", "Sat 7 Jun 2025 22:40",
     "Was there that night. The teacher (Taylor, head of year at Marram) got hit first, for what it's worth. The other lad had been lairy all night."),
    ("LairyLarry", "Member · 15 posts", "Sat 7 Jun 2025 23:05",
     "That 'other lad' is my mate. If I see Taylor down the Beach Tavern he won't be walking out of it on his own legs. Promise you that."),
    ("WestUpper_Will", "Member · 3,150 posts", "Sat 7 Jun 2025 23:20",
     "Larry pack it in. Mods, this one's for you."),
    ], thread_id=2280),
  [M("school", "short_name", "neutral", "Marram"), M("mtaylor", "surname_only", "threat", "Taylor")])

# 208
D("social", dd("""
    Reform Hove 🟦
    @reform_hove_local

    Victoria Nowak, the Polish EAL teacher up in Furzedean, is a sour-faced, sneering, miserable specimen. Sits in our schools on our taxes looking down her nose at English parents. Nobody likes her, not even her lot.

    2:15 PM · Mar 13, 2025 · 270 Views
    """),
  [M("wnowak", "alias", "abuse", "Victoria Nowak")])

# 209
D("social", dd("""
    Big Steve 🍺
    @bigsteve_bn

    say what you like about the policy but Dr Tresillian-Hart on Rise & Shine in that red dress 🔥🔥 she can put me in detention any day of the week, I'd do lines for her 😏 #breakfasttv

    8:20 AM · Jan 21, 2025 · 1,102 Views

    6 Reposts   88 Likes
    """),
  [M("itresillianhart", "title_surname", "sexual", "Dr Tresillian-Hart")])

# 210
D("social", dd("""
    exposed_brighton
    @exposed_bn_2025

    Thread 🧵 1/ Katherine Beach, deputy at Marram: home is 9 Larkspur Close, Chalkpit Vale, BN2 9RF (red Fiesta, CCTV doorbell). 2/ Ez Quennell was sacked from a touring theatre company in 2016 for stealing from the box office. Look it up. He's been lying about his CV ever since.

    9:44 PM · Jun 12, 2025 · 2,044 Views

    40 Reposts   77 Likes
    """),
  [M("school", "short_name", "neutral", "Marram"), M("kbeach", "exact", "doxxing", "Katherine Beach"),
   M("equennell", "alias", "defamation", "Ez Quennell")])

# 211
D("review", dd("""
    RateYourSchool.example › Brighton & Hove › Marram Community College

    ★☆☆☆☆  "Head of Year 11 is a wet wipe"
    Parent of a Year 11 pupil · 2 April 2025

    Mr Seabright is a spineless wet wipe who can't say boo to a goose. My son was threatened on the bus three times and all we got was a 'check-in' and a sticker chart. A STICKER CHART. For a sixteen year old. The man is useless. The school is too busy being on the news to deal with actual problems.

    Would you recommend this school? No.
    Was this review helpful?  Yes (9)  No (7)  · Report
    """),
  [M("school", "exact", "negative", "Marram Community College"), M("fseabright", "title_surname", "abuse", "Mr Seabright")])

# 212
D("social", dd("""
    ⛓ the reckoning ⛓
    @the_reckoning_sx

    Marram College has until Friday to scrap the trans policy. After Friday we stop asking. Every window in that building. Every car in that car park. And their "humanities" man Haddad lives at 58 Heathcote Avenue, so he can start with his own front door. ⏳🔥

    1:01 AM · Jan 27, 2025 · 455 Views

    4 Reposts   10 Likes
    """),
  [M("school", "alias", "threat", "Marram College"), M("thaddad", "surname_only", "doxxing", "Haddad")])

# 213
D("facebook", dd("""
    SEND Parents Brighton & Hove
    Private group · 3.2K members

    Gary Nuttall
    15 May at 23:10 · 🔒
    Mrs D'Souza at Marram has ignored my emails for the last time. I know what she drives and I know what time she leaves. Next week she'll find out what happens when you keep fobbing off a dad who's run out of patience. Won't be an email next time.

    😮 9 · 14 comments
    Like   Comment   Share

        Admin - Fi
        Gary this has been reported to the police and you have been removed from the group.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Marram"), M("rdsouza", "title_surname", "threat", "Mrs D'Souza")])

# 214
D("social", dd("""
    doxx_the_groomers
    @dtg_watch

    Brighton "educators" directory, part 1:
    • Ezra Quennell (drama) - personal email ezra.q.stagedoor@inbox.example
    • Rob Tolhurst (PE, Furzedean) - mobile 07700 900927, on WhatsApp
    Contact them. Tell them what you think. We'll add more names every week.

    6:30 PM · Jun 20, 2025 · 1,711 Views

    29 Reposts   44 Likes
    """),
  [M("equennell", "exact", "doxxing", "Ezra Quennell"), M("rtolhurst", "nickname", "doxxing", "Rob Tolhurst")])

# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Marram Community College"],
    "itresillianhart": ["Imogen Tresillian-Hart"], "equennell": ["Ezra Quennell"],
    "rtolhurst": ["Robert Tolhurst"], "rdsouza": ["Renée D'Souza"],
    "mtaylor": ["Mark Taylor"], "kbeach": ["Katherine Beach"], "thaddad": ["Tariq Haddad"],
    "jmarchbank": ["Jo Marchbank"], "wnowak": ["Wiktoria Nowak"], "fseabright": ["Finn Seabright"],
}
ALIASES = {
    "school": ["MCC", "Marram College", "Marram Comm"],
    "itresillianhart": ["Imogen Hart"], "equennell": ["Ez Quennell"], "rdsouza": ["Renée Pinto"],
    "mtaylor": ["Marcus Taylor"], "jmarchbank": ["Joanna Marchbank"], "wnowak": ["Victoria Nowak"],
    "fseabright": ["Finlay Seabright"],
}
SURNAMES = {
    "itresillianhart": "Tresillian-Hart", "equennell": "Quennell", "rtolhurst": "Tolhurst",
    "rdsouza": "D'Souza", "mtaylor": "Taylor", "kbeach": "Beach", "thaddad": "Haddad",
    "jmarchbank": "Marchbank", "wnowak": "Nowak", "fseabright": "Seabright",
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
