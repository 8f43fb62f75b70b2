#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train43 labelled evaluation corpus for the repwatch matcher.

Setting
    Tidemark Coast Academy, an invented 11-18 academy (about 1,350 pupils) on the
    clifftop at Palm Bay, Cliftonville, on the Isle of Thanet in Kent, part of the
    invented Wantsum Learning Trust. Pupils are white British Thanet kids, Roma and
    Eastern European families (Slovak, Romanian, Polish, Lithuanian) and young people
    seeking asylum placed in local hotels and foster care, so the EAL department is big
    and visible. Published office number 01632 960274; own site tidemarkcoast.example.
    Storylines, 2024-25: a fight on the seafront steps after school that was filmed and
    went round TikTok, with parents and a local blogger accusing the Principal of
    covering it up; far-right Facebook groups ("Channel crossings", "hotel" rhetoric)
    targeting the school and its EAL staff; a PE teacher's football-club side project;
    DFLs ("down from Londons") moving into Cliftonville, the arts crowd round the
    gallery, and locals who resent both. School aliases: "Tidemark Academy", "TCA"
    (acronym shared with the Thanet Canoe Association and the Thanet Cabbies'
    Association), "Tidey" (what the kids call it), "Tidemark Coast". "Tidemark" alone
    is labelled short_name; it is also an everyday word and the name of a seafront
    arcade and a surf shop.

Staff (watchlist ids and the variant traits they carry)
    ldenhampryor   Lorraine Denham-Pryor, Principal. Hyphenated double-barrelled surname
                   (written "Denham Pryor", "Denham–Pryor"); alias "Lorraine Pryor" (her
                   name before she remarried); nickname "Lol".
    rtenniswood    Rufus Tenniswood, Vice Principal (Behaviour and Attendance). The unique
                   name (counts without school context).
    rgillam        Robert Gillam, Head of PE. Nickname-able first name (Rob, Robbie, Bob,
                   Bobby).
    zwroblewska    Zofia Wróblewska, EAL Coordinator. Accent (written "Wroblewska");
                   alias "Zosia Wróblewska".
    pwilson        Paul Wilson, Head of Year 9. The very common name; namesakes (a Stoke
                   darts player, a Hull man in court, a Leeds councillor, a Ramsgate
                   roofer with no link to the school) appear in decoys.
    mshore         Michelle Shore, Assistant Principal and Designated Safeguarding Lead.
                   Surname is an everyday word (the shore, the foreshore, ashore); alias
                   "Michelle Dunkley" (maiden name).
    cohalloran     Ciarán O'Halloran, Head of Performing Arts. Accent and apostrophe.
    fhaidari       Farid Haidari, EAL teaching assistant and family liaison, himself
                   once an unaccompanied asylum seeker. Alias "Fred Haidari".
    ekemp          Elizabeth Kemp, Head of Sixth Form. Nickname-able (Liz, Lizzie, Beth).
    obankole       Dr Olumide Bankole, Head of Science. Alias "Olu Bankole".

Voices
    Thanet local news and a hyperlocal Margate site with comment threads, a national
    paper, a schools trade paper, a DFL lifestyle blog, a local politics blog, a
    far-right "patriots" blog and forum, a teachers' forum, a parents' forum, the
    Thanet Talk board, school and employer reviews, X/TikTok/Instagram/Threads posts and
    Facebook groups ("Cliftonville Community Noticeboard", "Thanet Says No", "Margate
    Mums"). Estuary and Kentish voice ("innit", "well", "bare", "Isle"), Polish and
    Romanian parents writing in second-language English, teenage slang, DFL
    arts-speak, emoji, typos, sarcasm, dog whistles and veiled threats.

Decoys
    Tidemark Amusements (the seafront arcade) and Tidemark Surf Co (both excluded), the
    everyday word tidemark, the Lunaland funfair, the Harbourlight gallery, the Thanet
    Canoe Association and the Thanet Cabbies' Association (TCA), shore/foreshore in
    nature and food writing, namesakes called Paul Wilson and Michelle Shore elsewhere,
    Cliftonville, Palm Bay and Northdown news with no school in it, neighbouring
    schools (Chalkcliff Grammar, St Aelred's in Ramsgate, Westbrook Bay School) and a
    similarly named school elsewhere (Tidewell Academy in Lowestoft).

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
    python3 tests/corpus_train43/build_train43.py
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
    "school", "ldenhampryor", "rtenniswood", "rgillam", "zwroblewska", "pwilson",
    "mshore", "cohalloran", "fhaidari", "ekemp", "obankole",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["tidemark coast", "tidemark academy", "tidemarkcoast"],
    "ldenhampryor": ["denham"],
    "rtenniswood": ["tenniswood"],
    "rgillam": ["gillam"],
    "zwroblewska": ["wroblewsk"],
    "mshore": ["dunkley"],
    "cohalloran": ["halloran"],
    "fhaidari": ["haidari"],
    "ekemp": ["kemp"],
    "obankole": ["bankole"],
}
EXCLUDES = ["Tidemark Amusements", "Tidemark Surf Co", "tidemarkamusements.example"]

WATCHLIST = """\
# Watchlist for the invented Tidemark Coast Academy (train43 corpus). All names are fictional.
[school]
name = "Tidemark Coast Academy"
aliases = ["Tidemark Academy", "TCA", "Tidey", "Tidemark Coast"]
locality = ["Cliftonville", "Palm Bay", "Northdown", "Foreness"]
own_domains = ["tidemarkcoast.example"]
phones = ["01632 960274"]

[[staff]]
id = "ldenhampryor"
name = "Lorraine Denham-Pryor"
role = "Principal"
aliases = ["Lorraine Pryor"]
line_manager = "ceo@wantsumtrust.example"

[[staff]]
id = "rtenniswood"
name = "Rufus Tenniswood"
role = "Vice Principal (Behaviour and Attendance)"
unique = true
line_manager = "principal@tidemarkcoast.example"

[[staff]]
id = "rgillam"
name = "Robert Gillam"
role = "Head of PE"
line_manager = "vp.curriculum@tidemarkcoast.example"

[[staff]]
id = "zwroblewska"
name = "Zofia Wróblewska"
role = "EAL Coordinator"
aliases = ["Zosia Wróblewska"]
line_manager = "senco@tidemarkcoast.example"

[[staff]]
id = "pwilson"
name = "Paul Wilson"
role = "Head of Year 9"
line_manager = "rtenniswood@tidemarkcoast.example"

[[staff]]
id = "mshore"
name = "Michelle Shore"
role = "Assistant Principal and Designated Safeguarding Lead"
aliases = ["Michelle Dunkley"]
line_manager = "principal@tidemarkcoast.example"

[[staff]]
id = "cohalloran"
name = "Ciarán O'Halloran"
role = "Head of Performing Arts"
line_manager = "vp.curriculum@tidemarkcoast.example"

[[staff]]
id = "fhaidari"
name = "Farid Haidari"
role = "EAL Teaching Assistant and Family Liaison"
aliases = ["Fred Haidari"]
line_manager = "zwroblewska@tidemarkcoast.example"

[[staff]]
id = "ekemp"
name = "Elizabeth Kemp"
role = "Head of Sixth Form"
line_manager = "principal@tidemarkcoast.example"

[[staff]]
id = "obankole"
name = "Olumide Bankole"
role = "Head of Science"
aliases = ["Olu Bankole"]
line_manager = "vp.curriculum@tidemarkcoast.example"

[[exclude]]
text = "Tidemark Amusements"

[[exclude]]
text = "Tidemark Surf Co"

[[exclude]]
domain = "tidemarkamusements.example"
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
    "tidings": dict(
        name="Thanet Tidings", domain="thanettidings.example",
        nav=["News", "Margate", "Ramsgate", "Broadstairs", "Schools", "Courts", "Sport", "Jobs"],
        most=["Harbour arm bars face licensing review", "Northdown Road shop fire: arson ruled out",
              "Pictures: Margate Pride on the Sands", "Loop bus timetable cut from April"],
        footer="Thanet Tidings is part of Saltway Media Ltd. Newsdesk: 01632 960815. Regulated by IPSO."),
    "echo": dict(
        name="Kent Coast Echo", domain="kentcoastecho.example",
        nav=["Home", "Thanet", "Canterbury", "Dover", "Education", "Opinion", "Property"],
        most=["Cross-Channel ferry strike called off", "Beach hut prices hit £60k in Joss Bay",
              "Manston plans: what we know", "Sea wall repairs to close promenade"],
        footer="© Kent Coast Echo. Part of the Weald & Coast newspaper group. Complaints · Corrections"),
    "wavelength": dict(
        name="Margate Wavelength", domain="margatewave.example",
        nav=["Latest", "Cliftonville", "Old Town", "Arts", "Food", "Your Say"],
        most=["New natural wine bar on the Parade", "Lido clean-up volunteers wanted",
              "Cliftonville HMO row: council responds", "Open studios weekend returns"],
        footer="Margate Wavelength — independent, hyperlocal, reader-funded. Tips: news@margatewave.example"),
    "beacon": dict(
        name="The Daily Beacon", domain="dailybeacon.example",
        nav=["UK", "World", "Politics", "Money", "Education", "Opinion", "Sport", "Lifestyle"],
        most=["Small boats: record day for crossings", "Mortgage rates edge down",
              "Heatwave warning for the South East", "Ministers row over school budgets"],
        footer="© Beacon News Group. Contact · Complaints · Corrections · Sitemap"),
    "classdesk": dict(
        name="The Classroom Desk", domain="classroomdesk.example",
        nav=["Accountability", "Trusts", "SEND", "Workforce", "Opinion", "Jobs"],
        most=["Coastal schools: the recruitment gap", "Attendance data: the new normal",
              "EAL funding: heads warn of shortfall", "Ofsted: what changes in September"],
        footer="The Classroom Desk · news and analysis for school leaders · Terms · Privacy"),
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
            f"    {body_html(c)}\n    <p class=\"comment-actions\">Reply · Report · Like</p></div>"
            for n, t, c in comments)
        comments_html = f'  <section class="comments" id="comments">\n    <h2>Join the conversation ({len(comments)})</h2>\n    <p class="house-rules">Comments are moderated after publication. See our <a href="/community-standards">community standards</a>.</p>\n{cm}\n  </section>\n'
    else:
        comments_html = '  <section class="comments"><p>Comments are switched off for this story.</p></section>\n'
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
  <div class="topbar"><a href="/support-us">Support us</a> · <a href="/login">Log in</a> · <a href="/newsletters">Newsletters</a></div>
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
    <p class="share">Share: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">WhatsApp</a> · <a href="#">Copy link</a></p>
  </article>
  <aside class="most-read">
    <h2>Trending</h2>
    <ol>
{most}
    </ol>
  </aside>
{comments_html}</main>
<footer>
  <p>{esc(s['footer'])}</p>
  <p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/contact">Contact</a> · <a href="/advertise">Advertise</a></p>
</footer>
</body>
</html>
"""


FORUM_SITES = {
    "parentnet": dict(name="ParentNet", domain="parentnet.example", tag="Talk > Secondary education > Kent",
                      footer="ParentNet Ltd · Talk guidelines · Report a post · Privacy"),
    "thanettalk": dict(name="Thanet Talk", domain="thanettalk.example", tag="Boards > Margate & Cliftonville",
                       footer="Thanet Talk · est. 2004 · the Isle's own message board. Views are members' own."),
    "chalkface": dict(name="ChalkFace", domain="chalkface.example", tag="Forums > Secondary > Behaviour & leadership",
                      footer="ChalkFace — anonymous support for teachers. Posts are not checked before publication."),
    "sixth": dict(name="SixthSense", domain="sixthsensechat.example", tag="Forums > School life > Kent",
                  footer="SixthSense · Community rules · Safeguarding · Contact mods"),
    "albion": dict(name="Albion Voice", domain="albionvoice.example", tag="Forums > Invasion Watch > Kent",
                   footer="Albion Voice — free speech for the forgotten majority. We do not censor."),
    "ealnet": dict(name="EAL Practitioners Network", domain="ealnet.example", tag="Forums > New arrivals > Secondary",
                   footer="EAL Practitioners Network · a volunteer-run community for EAL staff."),
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
            f'    <p class="post-actions">Quote · Thanks · Report</p></div>\n  </div>')
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
    <ul class="navbar"><li><a href="/search">Search</a></li><li><a href="/login">Log in</a></li><li><a href="/register">Join</a></li><li><a href="/rules">Rules</a></li></ul>
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
    "saltinhair": dict(name="Salt In My Hair", domain="saltinmyhair.example", tagline="We left Hackney for the sea. Here's how it's going.",
                       side=["About us", "Where to eat", "Renovation diary", "Schools stuff"]),
    "unspun": dict(name="Thanet Unspun", domain="thanetunspun.example", tagline="Council, schools and the stuff the Tidings won't print",
                   side=["About", "Tip-offs", "Council watch", "Donate a coffee"]),
    "patriots": dict(name="Kent Patriots Watch", domain="kentpatriotswatch.example", tagline="Defending our towns. Saying what you're thinking.",
                     side=["Our mission", "Hotel map", "Donate", "Latest alerts"]),
    "eal": dict(name="The Welcome Desk", domain="thewelcomedesk.example", tagline="Notes on teaching new arrivals",
                side=["Resources", "Translations", "About"]),
    "foreshore": dict(name="Foreshore Diaries", domain="foreshorediaries.example", tagline="Rockpools, birds and chalk reefs on the Isle of Thanet",
                      side=["Tide tables", "Species list", "Walks", "About"]),
    "whelks": dict(name="Whelks & Winkles", domain="whelksandwinkles.example", tagline="Eating the Kent coast, one chip at a time",
                   side=["Reviews", "Recipes", "Map", "About"]),
    "teacherblog": dict(name="Notes From The Back Of The Coach", domain="backofthecoach.example", tagline="A Kent PE teacher, mostly cold",
                        side=["About", "Fixtures", "Archive"]),
    "dramablog": dict(name="Isle Stage", domain="islestage.example", tagline="Theatre and music on Thanet, reviewed",
                      side=["Reviews", "Listings", "About"]),
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
        comments_html = f'  <section id="comments">\n    <h3>{len(comments)} responses to &ldquo;{esc(title)}&rdquo;</h3>\n    <ol class="comment-list">\n{cm}\n    </ol>\n    <h3>Leave a comment</h3><p>Your email address will not be published.</p>\n  </section>\n'
    else:
        comments_html = '  <section id="comments"><p>Be the first to comment.</p></section>\n'
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
<footer id="colophon"><p>Built with a blogging platform · Theme: Tideline</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

# 000
D("news", news_page(
    "tidings", "Schools", "Video of fight on Palm Bay steps 'seen by thousands' as parents demand answers",
    "Tidemark Coast Academy says the incident happened off site and was 'dealt with robustly'",
    "Kerry Ansell, Education Reporter", "17 October 2024",
    """
    Parents at a Cliftonville secondary school say they want "straight answers" after a video of a group of teenagers attacking a boy on the steps down to Palm Bay was shared thousands of times on social media.

    The 40-second clip, filmed on a phone just after 3.30pm on Monday, shows a boy in a Tidemark Coast Academy blazer being punched and kicked while others film and laugh. Several of those involved also appear to be wearing the school's uniform.

    The boy's aunt, who asked not to be named, told the Tidings: "He came home with his eye shut and a cracked tooth. We rang the school that night and we were told it was 'off site, after hours'. It took a TikTok going round the whole of Thanet for anyone to call us back."

    ## 'Robust' response

    In a statement, Principal Lorraine Denham-Pryor said: "We are aware of an incident involving some of our students which took place away from the academy after the end of the school day. We have worked closely with Kent Police and with the families involved, and sanctions have been applied. We will not comment on individual students."

    Kent Police said it had received a report of an assault and enquiries were ongoing.

    A parent of another Year 10 pupil said: "Everyone knows who did it. The question is why it's been so hushed up."
    """,
    [("Cliftonville Born & Bred", "17 Oct 2024, 18:40", "Them steps have been a problem for years. No lighting, no CCTV, nothing."),
     ("JazzyB", "17 Oct 2024, 19:05", "Off site my arse. Half of them were still in blazers. Denham-Pryor wants to stop hiding behind statements and front up."),
     ("Margate Mike", "17 Oct 2024, 21:12", "Hope the lad is ok. Whoever filmed it instead of helping wants a word having with them n all."),
     ("Sue_Westbrook", "18 Oct 2024, 07:55", "My grandson is at that school and he says it was sorted the next day. Let the police do their job.")]),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("ldenhampryor", "exact", "negative", "Lorraine Denham-Pryor")])

# 001
D("social", dd("""
    TikTok · @thanet.drama.daily · "palm bay steps fight 😳 full vid" · #tidemark #margate #cliftonville #fight

    Comments (2,416)

    kayz.ramsgate
    nah the tidemark lot are feral 💀 every week summink
    10-14 · Reply · ♡ 388

    bradz_07
    that kid didnt even do nothing to them
    10-14 · Reply · ♡ 204

    ellie.x.margate
    why is no one helping him 😭😭 this is so grim
    10-14 · Reply · ♡ 521

    jay.j.ct9
    snitches get stitches whoever sent this to the school 🤫
    10-15 · Reply · ♡ 47

    mum.of.3.thanet
    reported. there is a child on the floor being kicked and you lot are making jokes. disgusting
    10-15 · Reply · ♡ 312
    """),
  [M("school", "hashtag", "negative", "#tidemark")])

# 002
D("blog", blog_page(
    "unspun", "What happened on the Palm Bay steps - and why Tidemark doesn't want you to know", "Gav Rudd", "22 October 2024",
    """
    Nine days on from the Palm Bay steps video and the official line from Tidemark Coast Academy hasn't moved an inch: off site, after hours, dealt with.

    I've spoken to four parents and two members of staff this week. Here is what they tell me, and I'll let you decide.

    One: at least two of the lads in that video were back in lessons the next morning. Not excluded. Not even in isolation.

    Two: one of them is the son of somebody who sits on the academy's local governing board. I'm not naming him, because the kid is a kid.

    Three: a member of staff who wanted to log the incident on the safeguarding system was told by Rufus Tenniswood, the vice principal in charge of behaviour, to "hold off until we've spoken to the Principal". That is not how it is supposed to work.

    Four: Lorraine Denham-Pryor signed off a letter to Year 10 parents that didn't mention a child had been hospitalised.

    It looks to me like a cover-up, plain and simple: the Principal and her deputy buried a serious assault to protect a governor's family and the school's numbers before Ofsted comes back round. If I'm wrong, Lorraine, my inbox is open.
    """,
    [("Deano", "22 Oct 2024 at 20:11", "Been saying this for years about that place. Good on you Gav."),
     ("A teacher (not at TCA)", "22 Oct 2024 at 21:40", "Be careful. Two anonymous staff and a rumour about a governor isn't a story, it's a lawsuit."),
     ("Gav Rudd", "22 Oct 2024 at 22:02", "@A teacher noted. I stand by every word.")],
    tags=["Schools", "Cliftonville", "Cover-ups"]),
  [M("school", "exact", "defamation", "Tidemark Coast Academy"), M("ldenhampryor", "exact", "defamation", "Lorraine Denham-Pryor"),
   M("rtenniswood", "exact", "defamation", "Rufus Tenniswood")])

# 003 decoy: the seafront arcade (excluded)
D("review", dd("""
    Tidemark Amusements
    Amusement arcade · Marine Terrace, Margate
    4.1 ★★★★☆ (2,307 reviews)

    Sharon Pettit
    Local Guide · 88 reviews · 140 photos
    ★★★★★ 2 weeks ago
    Been coming here since I was a kid and it hasnt changed, in a good way. 2p machines, the grabbers are as rigged as ever lol, but the lad on change was lovely and gave my youngest a free go on the horse racing. Clean toilets which is rare on the front. Get chips from next door and sit on the sands after.
    👍 Helpful 9   Share

    Response from the owner · 1 week ago
    Thanks Sharon! Come and see the new Pusher Palace upstairs next time 🎰 — the team at Tidemark Amusements
    """))

# 004
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Darren Colley
    29 October at 21:48 · 🔒
    So the "EAL" woman up Tidemark, Zofia Wroblewska, is now running a "welcome club" for the lads off the boats in the Cliftonville hotels. OUR school. OUR kids sat next to fighting age men with no papers who nobody has checked. Polish herself so she thinks this country is a free for all. Send the lot of them back and take her with em 🇬🇧🇬🇧

    😡👍 211 · 143 comments
    Like   Comment   Share

        Tracey Hollis
        Spot on Darren. Not one of them is 15. Look at the beards 😂
        Like · Reply · 3d

        Lee Marsden
        Wroblewska lol cant even say it. go home love
        Like · Reply · 3d

        Karen Fitch
        My sister works at the hotel they wont say what hotel. Full of them. Cant walk down the Northdown Road no more.
        Like · Reply · 3d
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("zwroblewska", "exact", "hate", "Zofia Wroblewska")])

# 005
D("news", news_page(
    "wavelength", "Cliftonville", "'They just need someone to say hello in their own language': meet Tidemark's welcome team",
    "How one Cliftonville school greets more than 200 new arrivals a year",
    "Priya Coombe", "3 September 2024",
    """
    On the first floor of the old science block at Tidemark Coast Academy there is a room with a map of the world on one wall and a kettle that is never off.

    This is the Welcome Hub, run by the academy's EAL coordinator, Zofia Wróblewska, who arrived in Thanet from Gdańsk in 2006 "with one suitcase and no English beyond the Beatles".

    "Last year we had children join us speaking 31 languages," she says. "Slovak, Romanian, Pashto, Tigrinya, Kurdish Sorani, Lithuanian. Some have been in school in three countries. Some have never been in a classroom. They all need the same thing first - someone to say hello in their own language and show them where the toilets are."

    Her colleague Farid Haidari, the school's family liaison worker, came to Kent himself as a 15-year-old from Herat. He now speaks to parents in Dari, Pashto and Farsi, and runs an after-school football session on the field that has become one of the most oversubscribed clubs in the school.

    "I was the boy at the back who didn't understand," he says. "Now I tell them: give it a year. One year, and you will be arguing with the teacher in English."
    """,
    [("Annie Croft", "3 Sep 2024", "Lovely story. My daughter has made friends for life in that hub."),
     ("Ray", "3 Sep 2024", "And who's paying for all this?"),
     ("Annie Croft", "4 Sep 2024", "@Ray the school budget, same as every other club. Have a day off.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("zwroblewska", "exact", "neutral", "Zofia Wróblewska"),
   M("fhaidari", "exact", "neutral", "Farid Haidari")])

# 006
D("social", dd("""
    England Awake 🏴󠁧󠁢󠁥󠁮󠁧󠁿
    @EnglandAwake_Kent

    Meet Farid Haidari. Came over the Channel on a dinghy aged "15" (🤣), now paid by YOUR taxes to sit in a classroom with Margate girls. You could not make it up. How long before something happens? #StopTheBoats #Cliftonville

    11:20 PM · Nov 2, 2024 · 18.4K Views

    412 Reposts   61 Quotes   1,190 Likes   88 Bookmarks

    ──────────
    Hannah Lusk @hannahlusk · Nov 2
    This is a man who has worked with kids for eight years with an enhanced DBS and you're painting a target on him. Reported.

    England Awake 🏴󠁧󠁢󠁥󠁮󠁧󠁿 @EnglandAwake_Kent · Nov 3
    @hannahlusk enhanced DBS from Afghanistan was it 🤔
    """),
  [M("fhaidari", "exact", "hate", "Farid Haidari")])

# 007 decoy: everyday word, foreshore blog
D("blog", blog_page(
    "foreshore", "Low water at Foreness: chalk reef, sea lettuce and a very cross crab", "Dr Mandy Ewell", "8 August 2024",
    """
    A 0.4m low tide on a still morning is about as good as it gets on the Thanet chalk, so I was down the slipway at Foreness by half six with a bucket, a hand lens and a flask.

    The reef was carpeted in sea lettuce and gutweed this year, bright green right up to the tidemark, and the gullies were full of beadlet anemones closed up like wine gums. I turned one rock (and put it back the right way up, please always put them back) and was glared at by a shore crab the size of my palm, claws up, ready for a fight.

    Further along, towards Palm Bay, the wrack line was full of mermaid's purses - mostly small-spotted catshark, one thornback ray. Kids love them. Adults should too.

    Take care on the reef: the tide comes in fast round the point and the chalk is slippery. Check the tide tables and don't go alone.
    """,
    [("Bev R", "8 Aug 2024", "Lovely. We found a starfish at Botany last week, first in years."),
     ("Dr Mandy Ewell", "9 Aug 2024", "@Bev R lucky! Common starfish have had a good summer.")],
    tags=["Rockpooling", "Chalk reef", "Foreness"]),
  [])

# 008
D("forum", forum_page("parentnet", "Tidemark Coast (Margate) - Year 7 next Sept, honest views?", [
    ("SeagullStoleMyChips", "Joined Feb 2021 · 204 posts", "Tue 12-Nov-24 20:14",
     """We've just moved down from Walthamstow (yes, yes, DFLs, I know) and DS is Year 6. Catchment school is Tidemark Coast Academy in Cliftonville. The Ofsted is 'requires improvement', the TikTok thing last month didn't exactly help, and the grammar isn't really him.

     Anyone got a kid there now? What's it actually like day to day?"""),
    ("ThanetMum3", "Joined Aug 2017 · 1,622 posts", "Tue 12-Nov-24 20:41",
     """Two there (Y8 and Y11). Honestly? Mixed. Some teaching is brilliant - Dr Bankole in science is the real deal and my eldest went from hating chemistry to wanting to do it at A level. Drama is fantastic.

     Behaviour in corridors can be a bit much, and communication from the top is poor. They went very quiet after the fight. But my kids are happy and have friends from everywhere, which I love."""),
    ("SeagullStoleMyChips", "Joined Feb 2021 · 205 posts", "Tue 12-Nov-24 20:50", "That's really helpful, thank you. Booking the open evening."),
    ("JustBrowsing_Kent", "Joined Nov 2024 · 2 posts", "Tue 12-Nov-24 22:03",
     "Just go private if you can afford it. You lot come down here with your London money and then complain the local schools aren't good enough for you."),
    ], thread_id=5512),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("obankole", "title_surname", "neutral", "Dr Bankole")])

# 009
D("social", dd("""
    Mia 🌊
    @mia.x.yr11

    not me sitting in bankole's lesson just staring 😩😩 why is chemistry the only lesson i actually turn up early to. the suit friday 😮‍💨 #tideylife

    3:42 PM · Jan 16, 2025

    4 Likes
    """),
  [M("school", "hashtag", "neutral", "#tideylife"), M("obankole", "surname_only", "sexual", "bankole")])

# 010
D("news", news_page(
    "echo", "Courts", "Margate man admits threatening to 'torch' Cliftonville school",
    "Facebook post referred to 'the migrant school' and named an EAL teacher",
    "Court Reporter", "9 January 2025",
    """
    A Margate man who posted on Facebook that he would "torch the migrant school and everyone in it" has admitted sending a threatening communication.

    Darren Colley, 44, of Athelstan Road, pleaded guilty at Margate Magistrates' Court to one offence under the Communications Act relating to a post about Tidemark Coast Academy in Cliftonville.

    The court heard that the post, published in a private Facebook group in November, also named the school's EAL coordinator, Zofia Wróblewska, and described her as "a traitor who should be hanged alongside them".

    Prosecutor Aisha Mirza said staff had been "genuinely frightened" and the school had increased security at its gates for several weeks.

    Colley, who had no previous convictions, told police he had been "wound up" by posts about asylum hotels and "never meant any of it". He will be sentenced next month.

    In a statement, the academy said it was "grateful to Kent Police" and that "our staff and students deserve to feel safe".
    """,
    [("Thanet Dad", "9 Jan 2025", "Good. Freedom of speech isn't freedom to threaten to burn kids."),
     ("Liz Price", "9 Jan 2025", "Thoughts with that teacher. She's done nothing but help kids for 18 years.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("zwroblewska", "exact", "neutral", "Zofia Wróblewska")])

# 011
D("social", dd("""
    Karl B
    @karlb_margate

    Tenniswood fined us £160 because our lad missed 6 days with his chest. SIX DAYS. He had a Drs note for 4 of them. Same man lets the ones who kicked that boy on the steps walk round like kings. Make it make sense 🤬

    8:15 AM · Nov 19, 2024 · 640 Views

    3 Reposts   22 Likes
    """),
  [M("rtenniswood", "surname_only", "negative", "Tenniswood")])

# 012 decoy: the acronym's other body
D("social", dd("""
    Thanet Canoe Association
    @ThanetCanoeAssoc

    Great turnout for the TCA autumn paddle from Minnis Bay to Reculver this morning - 23 boats, flat calm and a seal for company for the last mile 🦭🛶 Thanks to the lifeboat crew who came out to say hello. Winter pool sessions start 4 Nov at Hartsdown.

    10:02 AM · Oct 13, 2024 · 1,120 Views

    11 Reposts   96 Likes
    """))

# 013
D("facebook", dd("""
    Cliftonville Community Noticeboard
    Public group · 12.8K members

    Janet Okorie
    6 December at 19:30 · 🌎
    Just back from the Tidemark Christmas concert and I'm still crying 😭 The choir did a song in English, Romanian, Dari and Slovak and the whole hall sang the last verse. Mr O'Halloran absolutely killed it on the piano and the Year 8 drummer girl was a little weapon 🥁🔥 Bloody brilliant night. Proud to live here.

    ❤️👍 264 · 31 comments
    Like   Comment   Share

        Gemma Sayer
        My boy was on the end of the second row!! He's been practising in the bath for weeks 😂
        Like · Reply · 2d

        Pete Holloway
        Fair play, sounded lovely from outside in the car park.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("cohalloran", "title_surname", "neutral", "Mr O'Halloran")])

# 014
D("review", dd("""
    SchoolSpy UK › Kent › Thanet › Secondary (academy) › Tidemark Coast Academy

    ★☆☆☆☆  "Leadership more worried about TikTok than my son's face"
    Posted by: Parent of a Year 10 student · 4 November 2024

    My son was one of the kids filmed on the steps. I won't say which side. What I will say is that Tidemark Coast Academy's first response was to ring me and ask me to "encourage him to take the video down", not to ask if he was alright. I've asked three times for a meeting with the Principal and got the Vice Principal every time. Mr Tenniswood is polite but he reads from a script.

    Teaching is fine. Pastoral is stretched. Leadership is all about image.

    Rating: Leadership ★ · Teaching ★★★ · Safety ★ · Communication ★
    Found this useful?  👍 38   👎 4   · Flag

    School reply · 6 November 2024
    We're sorry you feel this way. Please contact the academy office on 01632 960274 and ask for the Principal's PA so that we can arrange a meeting.
    """),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("rtenniswood", "exact", "negative", "Mr Tenniswood")])

# 015
D("social", dd("""
    🇬🇧 Dave The Rave 🇬🇧
    @davetherave_1973

    the tidey is basically an asylum hotel with a gym now. bankole teaching science to a room of kids who came in a rubber dinghy, ones that cant even speak english teaching ones that cant read. Cliftonville finished 🐒🌴

    6:51 PM · Feb 4, 2025 · 2,077 Views

    19 Reposts   3 Quotes   57 Likes
    """),
  [M("school", "alias", "negative", "tidey"), M("obankole", "surname_only", "hate", "bankole")])

# 016 decoy: namesake far from the school
D("news", news_page(
    "beacon", "Sport", "Wilson stuns world No 3 to reach darts semi-final",
    "Stoke's Paul Wilson hits a nine-darter on his way to the biggest win of his career",
    "Darts Correspondent", "29 December 2024",
    """
    Paul Wilson, the 38-year-old former bricklayer from Stoke-on-Trent, produced the match of his life to knock out the world No 3 and reach the semi-finals at Alexandra Palace.

    Wilson, ranked 61st, hit a nine-dart finish in the fourth set and held his nerve to win the deciding leg on double 16. "I'm shaking," he said. "Last year I was laying bricks in Hanley in the rain."

    He will face the defending champion on Thursday.
    """,
    [("Ally Pally Ron", "29 Dec 2024", "Fairytale stuff. Get in Wilson!")]),
  [])

# 017
D("social", dd("""
    Threads · @lozzadavies_

    My daughter is Year 9 at Tidemark and Paul Wilson (head of year) has been an absolute rock this term. Rang me back the same day every time, sorted the bus pass, sorted the girls who were being nasty on Snapchat. Give that man a pay rise 🙌

    💬 6   🔁 2   ❤️ 41
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("pwilson", "exact", "neutral", "Paul Wilson")])

# 018
D("forum", forum_page("albion", "Tidemark Coast Academy - the school they gave to the boats", [
    ("Hengist_1488", "Member · 3,302 posts", "Sat 9 Nov 2024 23:12",
     """Cliftonville school now 40% foreign by their own figures. They have a whole department, headed by an imported Pole, Wróblewska, whose job is to fast-track the dinghy lads into our classrooms. Her sidekick is one of them himself, a Haidari, an Afghan who 'came as a child'. Sure he did.

     White Thanet kids are a minority in their own town's school. This is what replacement looks like up close."""),
    ("Saxon_Shield", "Member · 918 posts", "Sat 9 Nov 2024 23:30",
     "Seen the Roma lot outside at 3pm, place is a zoo. My cousin pulled his girl out and drives her to Herne Bay."),
    ("Hengist_1488", "Member · 3,303 posts", "Sat 9 Nov 2024 23:44",
     "Someone should pay that Haidari a visit and ask to see his birth certificate. Politely of course 😉"),
    ], thread_id=8812),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("zwroblewska", "surname_only", "hate", "Wróblewska"),
   M("fhaidari", "surname_only", "threat", "Haidari")])

# 019
D("social", dd("""
    Tidemark Coast Academy
    @TidemarkCoastAc

    Huge well done to our Y10 girls' football team, Kent Cup quarter-finalists for the first time ever! ⚽💙 Coached by Mr Gillam, who has stood on a freezing touchline every Wednesday since September. Semi-final v Chalkcliff on 4 March - come and shout for us!

    4:10 PM · Feb 6, 2025 · 2,204 Views

    14 Reposts   188 Likes
    """),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("rgillam", "title_surname", "neutral", "Mr Gillam")])

# 020
D("facebook", dd("""
    Margate Mums
    Private group · 9.1K members

    Anonymous participant
    21 November at 22:15 · 🔒
    Sorry to be that person but does anyone else think it's weird that Mr Gillam at Tidemark gives some of the Year 10 girls lifts home after football?? My daughter said he dropped two off in Westbrook last week, just him in the car. I know there's probably an innocent explanation but isn't that exactly what they tell you not to do

    😮 58 · 102 comments
    Like   Comment   Share

        Kelly Rennie
        He drops them off when parents don't turn up and it's pitch black. Would you rather he left them on the field?
        Like · Reply · 1d

        Anonymous participant
        @Kelly Rennie I'm not accusing him of anything, just asking
        Like · Reply · 1d

        Donna Fagg
        There's no smoke without fire. Someone should tell the police
        Like · Reply · 1d

        Admin - Margate Mums
        Comments now off. If you have a safeguarding concern, take it to the school's DSL or the LADO, not Facebook.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("rgillam", "title_surname", "sexual", "Mr Gillam", url_only=True)])

# 021 decoy: locality only
D("news", news_page(
    "wavelength", "Cliftonville", "Northdown Road traders say parking changes are 'killing the high street'",
    "New controlled zone begins on Monday despite 800-name petition",
    "Priya Coombe", "14 January 2025",
    """
    Shopkeepers on Northdown Road in Cliftonville say new parking restrictions will drive customers away from one of Thanet's busiest independent high streets.

    The controlled parking zone, which covers the streets between Northdown Road and the seafront at Palm Bay, comes into force on Monday. Residents will need a permit; visitors can pay at new machines or by app.

    Rasa Kazlauskienė, who runs a Lithuanian deli near the junction with Harold Road, said: "Half my customers are builders in vans on the way to work. Where do they go now?"

    The district council said the zone had been requested by residents who could not park near their homes in summer.
    """,
    [("Old Clifftonian", "14 Jan 2025", "Summer is the problem. DFL weekenders and day trippers. Locals get punished."),
     ("Rasa's biggest fan", "14 Jan 2025", "Best pierogi on the Isle. Support her!")]),
  [])

# 022
D("social", dd("""
    Leanne 🌸
    @leanne_b_thanet

    Whoever's been sharing Michelle Shore's address in that Thanet Says No chat - she's the DSL at Tidemark, she has two little kids, and she did nothing but try to keep that boy on the steps safe. Sharing it is disgusting and probably illegal. I've reported the group.

    7:05 PM · Nov 24, 2024 · 2,331 Views

    41 Reposts   203 Likes
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("mshore", "exact", "neutral", "Michelle Shore")])

# 023
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Wayne Rolfe
    23 November at 21:02 · 🔒
    Michelle Shore, the "safeguarding lead" at Tidemark who's been helping hush up what them migrant kids did. Lives 27 Sowell Street, Broadstairs CT10 2FJ. White Golf on the drive. Just so people know who's responsible.

    😡👍 77 · 49 comments
    Like   Comment   Share

        Mandy Roe
        Wasnt it English lads who done it tho?
        Like · Reply · 1d

        Wayne Rolfe
        @Mandy Roe not what I heard
        Like · Reply · 1d
    """),
  [M("school", "short_name", "defamation", "Tidemark"), M("mshore", "exact", "doxxing", "Michelle Shore")])

# 024
D("news", news_page(
    "classdesk", "Workforce", "Coastal heads: 'We can't recruit physics teachers at any price'",
    "Leaders in Thanet, Lowestoft and Blackpool describe the gap in their own words",
    "Nadia Fenwick", "20 February 2025",
    """
    Schools on England's coastline face some of the sharpest teacher shortages in the country, with physics, computing and modern languages hardest hit.

    At Tidemark Coast Academy in Cliftonville, head of science Dr Olumide Bankole said he had advertised a physics post four times in eighteen months. "I had one applicant last spring and he wanted to know if the job was near London," he said. "We grow our own now - we've trained three teaching assistants into qualified teachers."

    At a Lowestoft secondary, the head said she had begun offering a relocation bonus. In Blackpool, a trust has started a partnership with a university 40 miles away to bring trainees in by minibus.

    The Department for Education said it had increased bursaries for shortage subjects.
    """),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("obankole", "exact", "neutral", "Olumide Bankole")])

# 025
D("social", dd("""
    gav rudd
    @ThanetUnspun

    Still waiting for the Principal at #TidemarkCoastAcademy to answer a single question about the steps. Lorraine Denham Pryor has had a month. Parents have had a form letter.

    9:30 PM · Nov 16, 2024 · 1,412 Views

    17 Reposts   2 Quotes   64 Likes
    """),
  [M("school", "hashtag", "negative", "#TidemarkCoastAcademy"), M("ldenhampryor", "hyphenated", "negative", "Lorraine Denham Pryor")])

# 026 decoy: everyday word on social
D("social", dd("""
    Clean With Kaz 🧽
    @cleanwithkaz

    Shower screen tidemark?? 🤢 Don't buy the fancy stuff. Warm white vinegar, drop of washing-up liquid, leave it 10 mins, squeegee. Works on the bath ring too. Your nan was right all along 👵✨ #cleantok #limescale

    7:00 AM · Mar 2, 2025 · 41.2K Views

    302 Reposts   2,140 Likes
    """))

# 027
D("forum", forum_page("chalkface", "VP told me not to log an incident - what would you do?", [
    ("CoastalNQT", "Joined Sep 2023 · 31 posts", "Sun 20 Oct 2024 21:05",
     """Posting from a burner. I work at a Thanet secondary. After a serious off-site assault last week that was filmed, I went to log what a student had disclosed to me on CPOMS and was told by the VP to 'hold off' until SLT had 'a clear picture'.

     I logged it anyway that night. Now I feel like I'm being frozen out. Was I wrong?"""),
    ("Behaviour_Bod", "Joined 2015 · 4,011 posts", "Sun 20 Oct 2024 21:20",
     "You did exactly the right thing. Nobody - VP, head, governor - gets to tell you to delay recording a disclosure. Write down the date and time of that conversation and keep it somewhere safe."),
    ("CoastalNQT", "Joined Sep 2023 · 32 posts", "Sun 20 Oct 2024 21:33",
     "Thank you. For context it's the Palm Bay one. Everybody at Tidey knows who I mean and he knows I know."),
    ("Behaviour_Bod", "Joined 2015 · 4,012 posts", "Sun 20 Oct 2024 21:40",
     "Then talk to your union rep tomorrow, not next week."),
    ], thread_id=1904),
  [M("school", "alias", "defamation", "Tidey")])

# 028
D("social", dd("""
    Instagram

    tidemark_arts
    SEA CHANGE - the musical 🌊 opening night!!

    What a night. 64 students on stage, a live band, three languages, one very tired Head of Performing Arts 😅 Thank you to every family who came. Two more shows Thurs/Fri 7pm. #TCAarts #seachange

    View all 88 comments

    nana_pat_63 Wonderful! Well done everyone ❤️
    1d  Reply

    kai.b.10 sir killed it fr 🔥🔥 o'halloran for prime minister
    1d  12 likes  Reply

    abbie.x.y9 the bit where the boat comes on 😭😭
    1d  8 likes  Reply
    """),
  [M("school", "handle", "neutral", "tidemark_arts"), M("cohalloran", "surname_only", "neutral", "o'halloran")])

# 029
D("facebook", dd("""
    Cliftonville Community Noticeboard
    Public group · 12.8K members

    Roy Tapsell
    9 December at 11:12 · 🌎
    Went to the Tidemark musical with my granddaughter. Kids were great. But what is going on with that drama teacher, O'Halloran, prancing about with his earrings and his nail varnish, teaching our boys to dance like that. Not natural and not what a school is for. Keep your lifestyle to yourself, pal, we didn't ask for it.

    😡😂 33 · 88 comments
    Like   Comment   Share

        Becky Lowe
        Roy you are 74 years old and commenting on a man's nail varnish on a community page. The kids were amazing. That's the story.
        Like · Reply · 5d

        Roy Tapsell
        @Becky Lowe im entitled to my opinion
        Like · Reply · 5d
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("cohalloran", "surname_only", "hate", "O'Halloran")])

# 030
D("news", news_page(
    "tidings", "Schools", "Cliftonville head of year suspended while allegation is investigated",
    "Tidemark Coast Academy confirms a member of staff has been suspended 'as a neutral act'",
    "Kerry Ansell, Education Reporter", "13 March 2025",
    """
    A head of year at a Cliftonville secondary school has been suspended while an allegation made by a student is investigated.

    Paul Wilson, who is head of Year 9 at Tidemark Coast Academy, was suspended on Monday. The Tidings understands that the allegation relates to an incident in a corridor in which a pupil says he was grabbed by the arm.

    The academy said the matter had been referred to the Local Authority Designated Officer in line with national guidance and that "suspension is a neutral act and implies no judgement".

    Mr Wilson has worked at the school for eleven years. Several parents contacted the Tidings to express support for him.

    Kent Police said it had not been asked to investigate.
    """,
    [("Lozza D", "13 Mar 2025", "Best teacher my daughter has ever had. This will be nothing."),
     ("Realist", "13 Mar 2025", "Let it be investigated properly. That's how it should work for everyone."),
     ("Craig M", "14 Mar 2025", "Meanwhile the ones who kicked a kid half to death on the steps are still in. Priorities.")]),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("pwilson", "exact", "defamation", "Paul Wilson")])

# 031
D("social", dd("""
    kian
    @kian.w.y9

    if they sack wilson over that im actually gonna riot. man was just stopping a fight. free wilson 😤 #TCAfamily #freewilson

    4:05 PM · Mar 13, 2025

    11 Likes
    """),
  [M("school", "hashtag", "neutral", "#TCAfamily"), M("pwilson", "surname_only", "neutral", "wilson")])

# 032 decoy: namesake in another court
D("news", news_page(
    "echo", "Courts", "Hull man jailed after drink-driving crash",
    "Paul Wilson, 52, was nearly three times the limit",
    "Court Reporter", "2 April 2025",
    """
    A man who crashed into a bus shelter in Hull while nearly three times the drink-drive limit has been jailed for eight weeks.

    Paul Wilson, 52, of Holderness Road, admitted drink-driving and driving without insurance at Hull Magistrates' Court. Nobody was injured, but the shelter was destroyed.

    He was also banned from driving for three years.
    """),
  [])

# 033
D("review", dd("""
    WorkVoice › Tidemark Coast Academy › Employee reviews

    "Brilliant kids, exhausted staff, SLT in a bunker"
    ★★☆☆☆  Current employee · Teacher · Margate · 2 December 2024
    Worked here 4 years

    The good: the kids. Genuinely. Some of them have been through things you can't imagine and they still come in and crack jokes. Department colleagues are lovely, and Zosia Wróblewska and her team are the heart of the place.

    The bad: since October the senior team has pulled up the drawbridge. Briefings are 'don't talk to the press, don't post, don't speculate'. Behaviour systems change every half term. Nobody has been honest with staff about the steps.

    Advice to management: we're on your side. Act like it.

    Helpful? Yes (21) · No (2) · Report
    """),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("zwroblewska", "alias", "neutral", "Zosia Wróblewska")])

# 034
D("social", dd("""
    Bulldog Britain 🇬🇧
    @bulldog_brit_kent

    Anyone know where the afghan TA from tidemark lives? Asking for 'community safety' reasons 😉 H@1d@r1 wont be hard to find, there's only so many of them in Cliftonville. we'll find out soon enough 🔦🔨

    1:14 AM · Nov 4, 2024 · 914 Views

    6 Reposts   22 Likes

    ──────────
    Sam Fenn @samfenn · Nov 4
    This is a threat to a named worker. Reported to police and platform.
    """),
  [M("school", "short_name", "neutral", "tidemark"), M("fhaidari", "leetspeak", "threat", "H@1d@r1")])

# 035 decoy: neighbouring school
D("facebook", dd("""
    Chalkcliff Grammar School PTA
    8 February at 10:15 · 🌎

    📣 QUIZ NIGHT 📣
    Saturday 8 March, 7pm in the Chalkcliff Grammar main hall. Teams of up to 6, £5 a head, bring your own nibbles, bar run by our lovely Year 13 parents. Raffle prizes include a family pass to Lunaland, a meal at the Harbour Arm and a signed Gills shirt!

    All proceeds to the new library. Book via ParentPay or message us.

    👍❤️ 42 · 6 comments · 9 shares
    Like   Comment   Share
    """))

# 036
D("forum", forum_page("thanettalk", "School fight video - enough is enough", [
    ("Margate_Mo", "Member since 2011 · 3,115 posts", "Wed 16 Oct 2024 19:04",
     "Anyone seen the video from the Palm Bay steps? The Tidemark kids again. Every summer it's the same on that stretch and now it's started in October. Police nowhere."),
    ("CliffsEdge", "Member since 2008 · 7,402 posts", "Wed 16 Oct 2024 19:20",
     "It's not 'the Tidemark kids', it's six lads out of thirteen hundred. My two go there and they're fine. Don't tar them all."),
    ("Margate_Mo", "Member since 2011 · 3,116 posts", "Wed 16 Oct 2024 19:31",
     "Fair enough, but the school needs to sort it. That new VP is meant to be the behaviour man and he's been invisible."),
    ("OldTimer_Garlinge", "Member since 2006 · 12,980 posts", "Wed 16 Oct 2024 20:02",
     "In my day we'd have had the cane and a clip round the ear from the local bobby. Bring back national service."),
    ], thread_id=40211),
  [M("school", "short_name", "negative", "Tidemark")])

# 037
D("social", dd("""
    Connor
    @c0nnor_ramsgate

    ms kemp is fit and she knows it 😏 sixth form open evening i went for the "courses" 💀

    8:48 PM · Nov 28, 2024

    7 Likes

    ──────────
    Lily-May @lilymay_tca · Nov 28
    @c0nnor_ramsgate ur actually banned from tca sixth form now
    """),
  [M("school", "alias", "neutral", "tca"), M("ekemp", "title_surname", "sexual", "ms kemp")])

# 038
D("news", news_page(
    "wavelength", "Arts", "Lunaland's winter fair returns with ice rink and silent disco",
    "The seafront funfair will open weekends from late November",
    "Arts Desk", "30 October 2024",
    """
    Margate's Lunaland funfair will reopen for a winter season from 23 November, with a 30-metre ice rink on the old car park, a silent disco under the scenic railway and a street-food market in the ballroom.

    The park's general manager, Tom Greatorex, said last winter's trial had brought 60,000 visitors to the seafront "in months when Marine Terrace is usually shutters down".

    Neighbouring businesses, including the Tidemark Amusements arcade and Tidemark Surf Co, will extend their opening hours on fair weekends.

    Tickets are £8 for adults and free for under-5s.
    """,
    [("Carol Yeo", "30 Oct 2024", "Lovely for the kids. Bit pricey mind."),
     ("Dan", "31 Oct 2024", "Anything to keep the front alive in winter.")]),
  [])

# 039
D("facebook", dd("""
    Margate Mums
    Private group · 9.1K members

    Kirsty Pole
    15 January at 08:40 · 🔒
    Massive thank you to Liz Kemp, head of sixth form at Tidemark. My son had a complete wobble over his UCAS and she stayed till 6 on a Friday going through his statement line by line. He got his first offer this morning 🎉😭

    ❤️👍 189 · 24 comments
    Like   Comment   Share

        Tash Green
        She's amazing, she helped my niece too x
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("ekemp", "nickname", "neutral", "Liz Kemp")])

# 040
D("social", dd("""
    Steve W
    @stevew_cliftonville

    Denham-Pryor walks to her car in the staff car park every night about half 5. On her own. Just something to think about for someone who thinks a kid getting his head kicked in is "off site" 🤔 one of these nights she'll find out what off site means

    10:47 PM · Oct 25, 2024 · 1,068 Views

    4 Reposts   17 Likes

    ──────────
    Jade @jadeeee_m · Oct 25
    wtf is this. reported
    """),
  [M("ldenhampryor", "surname_only", "threat", "Denham-Pryor")])

# 041
D("facebook", dd("""
    Margate Mums
    Private group · 9.1K members

    Stacey Brett
    7 February at 08:55 · 🔒
    Rant incoming. Tenniswood at Tidemark has put my daughter in isolation AGAIN for having the wrong colour socks. Navy not black. NAVY. Jumped up little Hitler in a Primark suit who gets off on bossing 12 year olds about because nobody listens to him at home. Pathetic excuse for a man. Rant over.

    😂😡 96 · 71 comments
    Like   Comment   Share

        Vicky Hamer
        The socks thing 🙄 same here with a skirt 2cm too short
        Like · Reply · 3h

        Tony Baxter
        Rules are rules love, buy the right socks
        Like · Reply · 3h
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("rtenniswood", "surname_only", "abuse", "Tenniswood")])

# 042
D("news", news_page(
    "tidings", "Schools", "Ofsted says Cliftonville academy is 'moving in the right direction'",
    "Monitoring visit praises behaviour systems but says leaders must improve communication with families",
    "Kerry Ansell, Education Reporter", "27 March 2025",
    """
    Inspectors say Tidemark Coast Academy in Cliftonville is taking "effective action" to improve, five months after a filmed assault near the school prompted a wave of criticism from parents.

    In a letter published on Wednesday following a monitoring visit, Ofsted said leaders had "an accurate view of the school's strengths and weaknesses" and that a new behaviour system introduced by vice principal Rufus Tenniswood had led to "calmer corridors and fewer suspensions".

    Inspectors said support for pupils who speak English as an additional language was "a real strength". However, they added that some parents did not feel well informed and that leaders "should continue to strengthen communication with families".

    Principal Lorraine Denham-Pryor said: "This letter recognises the hard work of our staff and students. We know there is more to do, particularly in how we talk to parents, and we are listening."
    """,
    [("Chris H", "27 Mar 2025", "Nice to see some good news for a change."),
     ("Gav Rudd", "27 Mar 2025", "'Communication with families' - that's Ofsted-speak for what parents have been saying since October.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("rtenniswood", "exact", "neutral", "Rufus Tenniswood"),
   M("ldenhampryor", "exact", "neutral", "Lorraine Denham-Pryor")])

# 043
D("review", dd("""
    RateMyTeach › Kent › Tidemark Coast Academy › Performing Arts

    C. O'Halloran - Drama / Music
    Average ★★★★★ (4.8) · 41 ratings

    "made me actually want to come to school. the musical was the best thing i've ever done" - Year 9, Dec 2024
    Inspiring · Funny · Gives good feedback

    "strict about lines being learnt lol but fair" - Year 11, Nov 2024
    Clear · Tough but fair

    "he let me sing in romanian in the concert, my mum cried" - Year 8, Dec 2024
    Caring · Inspiring

    Rate this teacher · Report a rating
    """),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("cohalloran", "initial_surname", "neutral", "C. O'Halloran")])

# 044
D("social", dd("""
    no justice no peace
    @nojusticethanet

    Rufus Tenniswood, 07700 900481. That's his own mobile not the school one. Ring him and ask why the lads who battered a kid on camera got a day in isolation while my son got five days for vaping. Go on, ring him. Lots of you.

    12:03 AM · Oct 30, 2024 · 2,905 Views

    38 Reposts   5 Quotes   71 Likes
    """),
  [M("rtenniswood", "exact", "doxxing", "Rufus Tenniswood")])

# 045
D("forum", forum_page("sixth", "unpopular opinions about teachers at tidey (no pupil names)", [
    ("seasalt_06", "Year 12 · 134 posts", "Thu 30 Jan 2025, 21:10",
     "unpopular opinion: bankole is actually funny. he just pretends not to be so year 7s are scared of him"),
    ("bigbrainbex", "Year 12 · 88 posts", "Thu 30 Jan 2025, 21:15",
     "thats not unpopular everyone thinks that"),
    ("offside_ollie", "Year 11 · 52 posts", "Thu 30 Jan 2025, 21:24",
     "ok actual unpopular opinion gillam's calves are the reason half the girls picked gcse pe 😭😭 and some of the boys"),
    ("bigbrainbex", "Year 12 · 89 posts", "Thu 30 Jan 2025, 21:25", "OLLIE 💀"),
    ("seasalt_06", "Year 12 · 135 posts", "Thu 30 Jan 2025, 21:29", "mods are gonna lock this in 3 2 1"),
    ], thread_id=3301),
  [M("school", "alias", "neutral", "tidey"), M("obankole", "surname_only", "neutral", "bankole"),
   M("rgillam", "possessive", "sexual", "gillam's")])

# 046 decoy: the acronym's other body
D("news", news_page(
    "tidings", "Margate", "Taxi drivers threaten go-slow over station rank changes",
    "Thanet Cabbies' Association says new layout at Margate station is 'dangerous'",
    "Newsdesk", "5 March 2025",
    """
    Taxi drivers in Thanet have threatened a go-slow protest over plans to move the rank at Margate railway station to make room for a new cycle hub.

    The Thanet Cabbies' Association (TCA), which represents about 140 drivers, said the new rank would force passengers with luggage to cross a bus lane.

    "We're not against bikes," said TCA chairman Les Fordred. "We're against people with suitcases being run over by the number 9."

    The council said the plans were still at consultation stage.
    """,
    [("Cabbie Jim", "5 Mar 2025", "Les is right. Absolute mess of a design.")]),
  [])

# 047
D("social", dd("""
    Proud Thanet Mum 🇬🇧
    @proudthanetmum

    Z\u043efia Wróblewska from Tidemark posting about "refugee week" like we asked for this. Love, you're a guest here yourself. Poles came for the jobs, now you're waving in the Afghans and Eritreans to finish the job. Our town, our rules. Traitor to the kids you're meant to be teaching.

    8:30 PM · Jun 18, 2025 · 1,555 Views

    12 Reposts   48 Likes
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("zwroblewska", "homoglyph", "hate", "Z\u043efia Wróblewska")])

# 048
D("facebook", dd("""
    Cliftonville Community Noticeboard
    Public group · 12.8K members

    Nicola Dray
    3 March at 17:20 · 🌎
    Tidemark's so-called safeguarding lead, M i c h e l l e   S h o r e (spaced so she can't search it 🙄), is the most useless woman I have ever dealt with. Smug, patronising, can't return a phone call to save her life. Waste of oxygen and a waste of a salary.

    😂👍 23 · 40 comments
    Like   Comment   Share

        Jo Pett
        She helped my son loads tbf
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("mshore", "spacing", "abuse", "M i c h e l l e   S h o r e")])

# 049
D("blog", blog_page(
    "saltinhair", "Schools, seagulls and second thoughts: our first Margate winter", "Hattie @ Salt In My Hair", "10 February 2025",
    """
    When we sold the flat in Clapton and bought the tall, peeling house off Northdown Road, everybody asked about the sea. Nobody asked about the schools. They should have.

    Our eldest starts secondary in September and after a lot of open evenings, a lot of anxious WhatsApps and one very long walk along the Walpole Bay tidal pool, we've put Tidemark Coast first on the form. Here's why.

    The sixth form evening sold it, honestly. Elizabeth Kemp, who runs the sixth form, talked for twenty minutes without a single slide and without a single buzzword, about kids from Cliftonville getting into medicine and kids from Kabul getting into Kent. I nearly applauded.

    Yes, there was the fight video. Yes, the Ofsted isn't amazing. Yes, our neighbour's mum told me to "go private or go home". But the school looks like the town now looks, and I want my kids to grow up in that, not in a bubble of other DFL kids whose parents all have the same Le Creuset.

    Next week: the gallery's new show, and why I've given up on sourdough.
    """,
    [("Ruth in Ramsgate", "10 Feb 2025", "Love this. We did the same with ours - no regrets."),
     ("A local", "11 Feb 2025", "Nice to be wanted I suppose. Now if you could stop pricing us out of Cliftonville that'd be great."),
     ("Hattie @ Salt In My Hair", "11 Feb 2025", "@A local fair, and I hear you. We're trying to be good neighbours.")],
    tags=["Schools", "Margate life", "DFL"]),
  [M("school", "alias", "neutral", "Tidemark Coast"), M("ekemp", "exact", "neutral", "Elizabeth Kemp")])

# 050
D("social", dd("""
    Parents for Palm Bay Justice
    @PalmBayJustice

    130 days since the steps. No apology. No review. No answers. If the trust won't act, parents will. Sign, share, and make some noise 📣

    petitions.example/SackDenhamPryor

    6:00 PM · Feb 23, 2025 · 3,031 Views

    44 Reposts   120 Likes
    """),
  [M("ldenhampryor", "camelcase", "negative", "SackDenhamPryor")])

# 051
D("news", news_page(
    "echo", "Thanet", "Former child refugee honoured for work with Thanet families",
    "Farid Haidari named community champion at county awards",
    "Laura Gedge", "28 June 2024",
    """
    A teaching assistant who arrived in Kent alone as a teenager has been named community champion at the county's annual education awards.

    Farid Haidari, 27, is family liaison worker at Tidemark Coast Academy in Cliftonville, where he supports parents who are new to the country with everything from school admissions to GP registration.

    He arrived at Dover in 2012 aged 15, was placed with a foster family in Ramsgate and went on to study at Canterbury. Colleagues nominated him for "the hundreds of hours he gives that nobody sees".

    "My foster mum told me the best way to say thank you to a country is to be useful in it," he said. "So I try to be useful."
    """,
    [("Maureen Ladd", "28 Jun 2024", "I was one of his foster family's neighbours. Lovely lad then, lovely man now."),
     ("Jez", "28 Jun 2024", "Well deserved.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("fhaidari", "exact", "neutral", "Farid Haidari")])

# 052
D("social", dd("""
    jordy
    @jordy_m_2009

    dr b*nkole gave me a detention for "tone" 🙄 man is a arrogant stuck up knobhead who thinks hes better than everyone in thanet. tidemark science dept is a joke

    5:12 PM · Nov 7, 2024

    2 Likes
    """),
  [M("school", "short_name", "negative", "tidemark"), M("obankole", "obfuscated", "abuse", "b*nkole")])

# 053
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Gary Stroud
    12 November at 20:40 · 🔒
    For them asking, Mrs Wroblewska from Tidemark lives in the ground floor flat at 14 Clarendon Gardens, Westbrook CT9 5QA, the one with the blue door and the bike outside. Seen her going in. Nobody's saying do anything. Just saying.

    😮👍 38 · 19 comments
    Like   Comment   Share

        Debbie Kemsley
        Gary take this down mate, that's how people end up in court
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("zwroblewska", "title_surname", "doxxing", "Mrs Wroblewska")])

# 054 decoy: namesake councillor elsewhere
D("social", dd("""
    Cllr Paul Wilson
    @CllrPaulWilsonLeeds

    Great to join residents in Armley this morning to open the new community garden. Huge credit to the volunteers who turned a fly-tipping hotspot into this 🌻🌱 #Leeds #Armley

    11:08 AM · May 10, 2025 · 702 Views

    6 Reposts   44 Likes
    """))

# 055
D("social", dd("""
    TikTok · @tcasixthform.memes · "teachers as sea creatures 🐙🦀" · #tcasixthform #margate

    Comments (219)

    sophie.lou.y12
    kemp is 100% a dolphin. nice but will headbutt you if you miss a deadline 😭
    2-3 · Reply · ♡ 61

    harvey.j
    o'halloran is a seahorse don't ask me why
    2-3 · Reply · ♡ 40

    ren.ramsgate
    this is the best thing on this app
    2-4 · Reply · ♡ 12
    """),
  [M("school", "hashtag", "neutral", "#tcasixthform"), M("ekemp", "surname_only", "neutral", "kemp"),
   M("cohalloran", "surname_only", "neutral", "o'halloran")])

# 056
D("review", dd("""
    WorkVoice › Tidemark Coast Academy › Employee reviews

    "Avoid if you value your mental health"
    ★☆☆☆☆  Former employee · Learning Mentor · Margate · 11 January 2025
    Worked here 2 years

    Pros: Students. Canteen staff. Sea view from the top corridor.

    Cons: R. Tenniswood. Bullies staff in meetings, belittles support staff in front of kids, takes credit for other people's work, then smiles at you in the corridor like nothing happened. Spineless with anyone above him, a tyrant with anyone below. I left because of him and I know of four others.

    Advice to management: exit interviews exist. Read them.

    Helpful? Yes (17) · No (5) · Report
    """),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("rtenniswood", "initial_surname", "abuse", "R. Tenniswood")])

# 057
D("social", dd("""
    [account suspended]
    @xx_mrg_xx

    t1dem@rk tmrw. 11am. dont come in if u want to see friday 🔫🔫 not a joke this time

    11:58 PM · Jan 21, 2025 · 96 Views
    """),
  [M("school", "leetspeak", "threat", "t1dem@rk")])

# 058
D("news", news_page(
    "tidings", "Courts", "Teenager arrested over social media threat to Cliftonville school",
    "Extra police patrols at Tidemark Coast Academy after overnight post",
    "Newsdesk", "22 January 2025",
    """
    A 15-year-old boy has been arrested after a post on social media appeared to threaten a school in Cliftonville.

    Kent Police said officers were called shortly after 6am on Wednesday after a post referring to Tidemark Coast Academy and a time of 11am was reported by several members of the public.

    The boy, from Margate, was arrested on suspicion of making threats and has been released on bail. Officers carried out patrols near the school throughout the day as a precaution.

    In a message to families, the academy said lessons had continued as normal and there was "no ongoing risk".
    """,
    [("Mum of 2", "22 Jan 2025", "Terrifying message to get at 7am. Thank you to the police."),
     ("Steve G", "22 Jan 2025", "15 years old. What is going on with kids.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy")])

# 059
D("forum", forum_page("ealnet", "Staff targeted by far-right groups - how do you support them?", [
    ("Kent_EAL_Lead", "Member · 412 posts", "Mon 18 Nov 2024 19:30",
     """I'm an EAL lead at a Thanet secondary. Since the asylum hotel protests our team has been named repeatedly in local Facebook groups. My TA (himself a former UASC) has had his photo posted with captions I won't repeat.

     What have other schools done that actually helped? Our SLT have been good on paper but I'm not sure anyone understands how frightening it is."""),
    ("Bristol_Bilingual", "Member · 1,102 posts", "Mon 18 Nov 2024 19:52",
     "Solidarity. We had similar in 2023. What helped most: one named senior leader responsible for monitoring and reporting, staff photos removed from the website, a quiet route in and out of the building."),
    ("HullHub", "Member · 270 posts", "Mon 18 Nov 2024 20:15",
     "Is this Tidemark? Read about it in the Classroom Desk. If so, Zofia W., I heard your talk at the conference last year - you're doing incredible work. Don't let them grind you down."),
    ("Kent_EAL_Lead", "Member · 413 posts", "Mon 18 Nov 2024 20:31", "Ha, no hiding on here. Thank you, genuinely."),
    ], thread_id=441),
  [M("school", "short_name", "neutral", "Tidemark"), M("zwroblewska", "first_initial", "neutral", "Zofia W.")])

# 060
D("social", dd("""
    Reece 🏴󠁧󠁢󠁥󠁮󠁧󠁿
    @reece_ramsgate_

    bob gillam screaming at year 7s doing cross country in the sleet like hes a drill sergeant. tidemark PE dept is run by a sad little man who peaked at sunday league. absolute bellend 🤡

    9:15 AM · Jan 10, 2025

    5 Likes
    """),
  [M("school", "short_name", "negative", "tidemark"), M("rgillam", "nickname", "abuse", "bob gillam")])

# 061
D("facebook", dd("""
    Margate Mums
    Private group · 9.1K members

    Toni Greer
    19 February at 22:05 · 🔒
    Oh my days I've just realised the DSL at Tidemark is Michelle Dunkley from Hartsdown, class of 96!! 😂 She got married and she's Shore now apparently. She was a two-faced little cow at school and I bet she still is. Explains a lot about how they've handled everything this year.

    😂😮 14 · 22 comments
    Like   Comment   Share

        Lisa Warren
        Haha I remember her! Toni behave 😂
        Like · Reply · 1h
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("mshore", "alias", "abuse", "Michelle Dunkley")])

# 062
D("social", dd("""
    Jen R
    @jenr_margate

    Emailed Elizabeth Kempe three weeks ago about my son's BTEC grade and still nothing. Tidemark sixth form has gone downhill since the summer, nobody answers anything. Thought it was meant to be the good bit of the school.

    7:40 PM · Mar 5, 2025 · 212 Views

    1 Repost   6 Likes
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("ekemp", "typo", "negative", "Elizabeth Kempe")])

# 063 decoy: the gallery and DFLs, no school
D("news", news_page(
    "wavelength", "Arts", "Harbourlight's sea-glass show draws record crowds",
    "The Margate gallery's winter exhibition has been extended to April",
    "Arts Desk", "12 February 2025",
    """
    An exhibition of sculptures made from sea glass collected along the Thanet coast has become the Harbourlight gallery's most visited winter show.

    'Tidemark', by the Ramsgate artist Nell Okonkwo-Barnes, features more than 40,000 fragments gathered over eleven years between Minnis Bay and Pegwell. The centrepiece, a twelve-metre wave suspended above the main gallery, took four months to assemble.

    "Every bit of glass is a bottle somebody threw away, smoothed back into something beautiful by the tide," Okonkwo-Barnes said.

    The gallery said visitor numbers were up 30 per cent on last winter, with a noticeable rise in local families using the free Tuesday entry.
    """,
    [("Anya", "12 Feb 2025", "Went with my kids on Tuesday - they were mesmerised."),
     ("Cliftonville Pete", "13 Feb 2025", "Lovely, but the coffee in there is £4.80. FOUR EIGHTY.")]),
  [])

# 064
D("social", dd("""
    Lee M
    @leem_garlinge

    Gillam at tidemark - you put your hands on my daughter's arm again "to move her" in netball and i will personally break both your legs in the car park. Dont think i wont. I know your car.

    10:02 PM · Feb 12, 2025 · 388 Views

    2 Likes
    """),
  [M("school", "short_name", "neutral", "tidemark"), M("rgillam", "surname_only", "threat", "Gillam")])

# 065
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Mark Lugg
    2 December at 18:33 · 🔒
    Tidemark is a gyppo school now simple as. Half of them Slovak pikeys who don't come in till Wednesday and when they do they nick from the shop on the way. They get away with it because the school is scared of being called racist. Drove past at 3 oclock, looked like a Bucharest car boot 🤢

    😂👍 104 · 67 comments
    Like   Comment   Share

        Natalie Paige
        My children go to that school and have lovely Roma friends. Your post is disgusting.
        Like · Reply · 3d

        Mark Lugg
        @Natalie Paige enjoy your stolen bike then
        Like · Reply · 3d
    """),
  [M("school", "short_name", "hate", "Tidemark")])

# 066
D("social", dd("""
    Instagram

    tidemark_welcome_fc
    Wednesday welcome football ⚽🌍

    40 kids, 14 countries, 1 very muddy field. This club started with 6 boys and a bag of bibs. Thanks to Fred Haidari for giving up every Wednesday since 2019 🙌

    View all 23 comments

    aisha.k_22 best club in school 💙
    3d  5 likes  Reply

    tomas.p.y8 FRED FRED FRED 🔥
    3d  9 likes  Reply
    """),
  [M("school", "handle", "neutral", "tidemark_welcome_fc"), M("fhaidari", "alias", "neutral", "Fred Haidari")])

# 067
D("blog", blog_page(
    "patriots", "THE TIDEMARK DOSSIER: how a Cliftonville school became a migrant processing centre", "KPW Editor", "14 November 2024",
    """
    Ask any parent at the school gates in Cliftonville and they'll tell you what the council won't: Tidemark Coast Academy isn't a local school any more.

    Under Principal Lorraine Denham-Pryor, the academy has quietly become the first stop for the young men being housed in Margate's seafront hotels. Pupils tell us there are "boys" in Year 10 with stubble and wedding rings.

    The man in charge of settling them in is Farid Haidari, himself an illegal Channel crosser who was given a British passport and a job working with our children. He is the living proof of the great swap: an invader recruiting invaders. Haidari and his kind don't belong in our classrooms or our country.

    We are not calling for violence. We are calling for parents to WAKE UP.
    """,
    [("Albion Rising", "14 Nov 2024", "Share everywhere. Before they take it down."),
     ("Joanne K", "15 Nov 2024", "My nephew is a pupil there and none of this is true. Not one word."),
     ("KPW Editor", "15 Nov 2024", "@Joanne K your nephew has been groomed to say that.")],
    tags=["Invasion", "Schools", "Margate"]),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("ldenhampryor", "exact", "negative", "Lorraine Denham-Pryor"),
   M("fhaidari", "exact", "hate", "Farid Haidari")])

# 068
D("review", dd("""
    Tidemark Coast Academy
    Secondary school · Palm Bay Avenue, Cliftonville
    3.2 ★★★☆☆ (146 reviews)

    Angela Tutt
    2 reviews
    ★★☆☆☆ 3 weeks ago
    Raised a concern about my son being bullied on the bus in September. It's now January. Mrs Shore said she would "look into it" in October and that was the last we heard. I understand the school is busy but a safeguarding lead should not need chasing five times. The form tutor has been lovely, which is the only reason this isn't one star.
    👍 Helpful 13   Share

    Response from the owner · 3 weeks ago
    Dear Mrs Tutt, thank you for raising this. Please call the main office on 01632 960274 and we will arrange a meeting this week.
    """),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("mshore", "title_surname", "negative", "Mrs Shore")])

# 069
D("social", dd("""
    cliftonville karen (affectionate)
    @cliftonvillekaz

    tidemark's DSL Sh*re wouldnt know safeguarding if it bit her on the arse. thick as mince and twice as useful. how do these people get jobs

    1:20 PM · Apr 2, 2025 · 144 Views
    """),
  [M("school", "short_name", "negative", "tidemark"), M("mshore", "obfuscated", "abuse", "Sh*re")])

# 070
D("news", news_page(
    "echo", "Thanet", "Police investigate after school worker's home address shared online",
    "Teaching assistant named in far-right Facebook posts moved by school as a precaution",
    "Laura Gedge", "20 November 2024",
    """
    Kent Police are investigating after the home address of a teaching assistant at a Cliftonville school was shared in a Facebook group alongside posts describing him as an "invader".

    Farid Haidari, a family liaison worker at Tidemark Coast Academy who came to the UK as an unaccompanied child, has been moved to temporary accommodation by the academy's trust as a precaution.

    One post, seen by the Echo, included a photograph of his front door and the words "we know where you sleep". It has since been removed.

    The Wantsum Learning Trust said it was "appalled" and was supporting Mr Haidari and his family. Kent Police said it was treating the matter as a racially aggravated malicious communications offence.
    """,
    [("Sarah P", "20 Nov 2024", "Hope they find whoever did this. Sending love to him."),
     ("Dan S", "20 Nov 2024", "This is what happens when the rhetoric gets out of hand. Shameful.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("fhaidari", "exact", "neutral", "Farid Haidari")])

# 071
D("forum", forum_page("thanettalk", "DFLs and the schools - rant", [
    ("Isle_Native", "Member since 2009 · 2,208 posts", "Sat 15 Mar 2025 10:12",
     """Not having a go at anyone personally but it's getting silly. Three families on my road moved from London in the last two years and every one of them has gone on about how 'diverse and vibrant' TCA is at dinner parties and then sent their kids to Chalkcliff or private in Canterbury.

     Vibrant enough to post about, not vibrant enough to actually go to."""),
    ("SandcastleSal", "Member since 2021 · 96 posts", "Sat 15 Mar 2025 10:40",
     "Guilty as charged on the DFL bit, but mine are both at TCA and loving it. The arts stuff there is better than anything we had in Hackney."),
    ("Isle_Native", "Member since 2009 · 2,209 posts", "Sat 15 Mar 2025 10:55", "Fair play to you then. You're the exception."),
    ], thread_id=41880),
  [M("school", "alias", "neutral", "TCA")])

# 072
D("social", dd("""
    Tidemark Sixth Form
    @TidemarkSixth

    📣 Year 11s: applications for September close Friday 31 January. Questions? Drop in to see our Head of Sixth Form @LizKempTCA in the sixth form centre any lunchtime, or email sixthform@tidemarkcoast.example 🎓

    12:15 PM · Jan 20, 2025 · 918 Views

    7 Reposts   23 Likes
    """),
  [M("school", "handle", "neutral", "@TidemarkSixth"), M("ekemp", "handle", "neutral", "@LizKempTCA")])

# 073 decoy: namesake far away
D("news", news_page(
    "beacon", "Lifestyle", "'I was 58 when I wrote my first word': the late-blooming crime novelist",
    "Michelle Shore's Dundee-set thrillers have sold half a million copies",
    "Books Desk", "8 March 2025",
    """
    Michelle Shore never meant to become a novelist. For thirty years she was a dental nurse in Dundee, and the closest she came to writing was the rota.

    Then, at 58, recovering from a hip operation, she started a story about a body found on the Tay foreshore. Three books and half a million sales later, her detective, DI Morag Tulloch, is being adapted for television.

    "People say it's never too late," Shore says. "It's never too late, but it is quite tiring."
    """),
  [])

# 074
D("facebook", dd("""
    Thanet Girls Netball (fan page)
    Public page · 1.2K followers

    📸 County finals day! Tidemark U14s in action at Hartsdown 🏐💙 Well played girls.

    👍 88 · 14 comments · 2 shares
    Like   Comment   Share

        Kevin Drury
        tidemark girls looking very grown up for 14 😍😍 any more pics of number 7?
        Like · Reply · 2h

        Page admin
        This comment has been reported to Facebook and to Kent Police. The girls are children. Do not follow this page.
        Like · Reply · 1h

        Karen Peck
        Vile man. Reported too.
        Like · Reply · 1h
    """),
  [M("school", "short_name", "sexual", "Tidemark", url_only=True)])

# 075
D("social", dd("""
    Mr Opinionated
    @opinionated_kent

    Dr Bankol at Tidemark is the most arrogant man I've ever met at a parents evening. Talked down to my wife like she was thick. Pompous prat with a PhD and no people skills.

    8:20 PM · Mar 12, 2025 · 301 Views

    3 Likes
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("obankole", "typo", "abuse", "Dr Bankol")])

# 076
D("social", dd("""
    watcher
    @watcher_thanet_99

    T\u0456demark gonna burn one of these nights. All them little migrant brats and the traitors who teach them. 🔥🔥🔥 petrol is cheap

    3:40 AM · Dec 3, 2024 · 77 Views
    """),
  [M("school", "homoglyph", "threat", "T\u0456demark")])

# 077
D("news", news_page(
    "tidings", "Schools", "A-level results 2025: record year for Cliftonville sixth form",
    "Tidemark Coast Academy students celebrate offers from medicine to marine biology",
    "Kerry Ansell, Education Reporter", "14 August 2025",
    """
    Students at Tidemark Coast Academy in Cliftonville are celebrating the school's best ever A-level results, with more than half of grades at A* to B.

    Among them was Adina, 18, who arrived from Romania in Year 8 speaking almost no English and is now heading to Kent to study pharmacy. "I cried for a week when I got here," she said. "Now I'm crying for a different reason."

    Head of sixth form Elizabeth Kemp said: "These young people have done it the hard way, through a pandemic, through moving countries, some through moving foster homes. Every grade on that board was earned."

    Principal Lorraine Denham-Pryor thanked staff for "extraordinary commitment in a year that asked a lot of everyone".
    """,
    [("Proud Nan", "14 Aug 2025", "My granddaughter got her place at Brighton! So proud 💙"),
     ("Ex-pupil 2009", "14 Aug 2025", "Mrs Kemp taught me history back in the day. Brilliant woman.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("ekemp", "exact", "neutral", "Elizabeth Kemp"),
   M("ldenhampryor", "exact", "neutral", "Lorraine Denham-Pryor")])

# 078
D("social", dd("""
    Ian 🏴󠁧󠁢󠁥󠁮󠁧󠁿 Patriot
    @ian_patriot_kent

    Tidemark drama teacher O H A L L O R A N putting boys in dresses for the panto. Grooming in plain sight. Men like that were kept away from kids in my day, now they run the department. 🤮🏳️‍🌈

    9:14 PM · Dec 18, 2024 · 1,402 Views

    9 Reposts   40 Likes
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("cohalloran", "spacing", "hate", "O H A L L O R A N")])

# 079
D("forum", forum_page("parentnet", "Attendance fines - is this even legal?", [
    ("Thanet_Tess", "Joined Mar 2019 · 611 posts", "Mon 24-Feb-25 19:45",
     """DD is at Tidemark (Cliftonville). We've had a fixed penalty warning for 91% attendance, including a week with flu. The VP, Tenniswood, sends these out like confetti.

     What really gets me: everyone at the school gate says he's been massaging the attendance figures before Ofsted by marking some of the Roma kids as 'educated off site' when they're nowhere. Fine the rest of us to make the numbers look busy."""),
    ("LegalEagleMum", "Joined Jun 2016 · 3,210 posts", "Mon 24-Feb-25 20:02",
     "The fines are legal if the local authority's code of conduct allows them. The other thing - be careful. That's a serious allegation and 'everyone at the school gate' isn't evidence."),
    ("Thanet_Tess", "Joined Mar 2019 · 612 posts", "Mon 24-Feb-25 20:10", "Point taken. Just so angry."),
    ], thread_id=6021),
  [M("school", "short_name", "negative", "Tidemark"), M("rtenniswood", "surname_only", "defamation", "Tenniswood")])

# 080
D("social", dd("""
    Lenny
    @lennyb_ct9

    Tenniswood's days are numbered. Man excludes my boy for 5 days for "defiance" then smirks at me across the desk. I know what time he leaves and I know what he drives. Next time he smirks he'll be picking his teeth up off Northdown Road.

    11:31 PM · Mar 20, 2025 · 502 Views

    3 Likes
    """),
  [M("rtenniswood", "possessive", "threat", "Tenniswood's")])

# 081
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Shaun Petts
    16 January at 19:50 · 🔒
    Why has Tidemark got an African in charge of science? Olu Bankole. Sounds like a Premier League centre back 😂 Not enough British teachers? Or is it a box ticking thing. They'll be teaching the kids voodoo next. Send him back to the jungle with the rest of them.

    😂👍 66 · 51 comments
    Like   Comment   Share

        Nadia Fairweather
        He's from Croydon you absolute moron. Reported.
        Like · Reply · 2d

        Shaun Petts
        @Nadia Fairweather born in a stable dont make you a horse
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("obankole", "alias", "hate", "Olu Bankole")])

# 082 decoy: neighbouring school
D("news", news_page(
    "tidings", "Schools", "Ramsgate Catholic school rated 'good' in first full inspection since 2017",
    "Inspectors praise reading programme and 'warm relationships' at St Aelred's",
    "Kerry Ansell, Education Reporter", "6 June 2025",
    """
    St Aelred's Catholic College in Ramsgate has been rated good in every area following its first full Ofsted inspection for eight years.

    Inspectors said pupils were "polite, curious and proud of their school" and singled out a whole-school reading programme in which every Year 7 pupil reads with a sixth former twice a week.

    Headteacher Bernadette Coyle said the result was "for the whole parish and the whole town".

    The college, on the edge of Ellington Park, has about 1,050 pupils.
    """,
    [("Ramsgate Rita", "6 Jun 2025", "Well done St A's! My three all went there.")]),
  [])

# 083
D("forum", forum_page("thanettalk", "Who's the bloke in the Tidemark hoodie on Harold Road?", [
    ("CT9_Watcher", "Member since 2019 · 418 posts", "Fri 8 Nov 2024 22:10",
     """Seen a lot of chat about the Afghan TA at Tidemark. For them asking - Fred Haidari lives in the top flat at 88 Harold Road, Cliftonville CT9 2HS, above the launderette. Grey Corsa. Leaves at 7.30 most mornings. His mobile is on the football club flyers too, 07700 900633.

     I'm only saying so people know who's living among us."""),
    ("Margate_Mo", "Member since 2011 · 3,190 posts", "Fri 8 Nov 2024 22:25",
     "Mods. This is a man's home address. Delete it now."),
    ("Mod_TT", "Moderator", "Fri 8 Nov 2024 22:31",
     "Post edited and user banned. Publishing home addresses is against the rules and we have passed details to the police."),
    ], thread_id=41102),
  [M("school", "short_name", "neutral", "Tidemark"), M("fhaidari", "alias", "doxxing", "Fred Haidari")])

# 084
D("social", dd("""
    ellie 🎭
    @elliexdrama_

    mr o'halloran sang the bit from les mis in rehearsal today to show us how its done and i am NOT ok 😩😍 married to the theatre department now. tca drama supremacy 🎭

    4:45 PM · Feb 26, 2025

    12 Likes
    """),
  [M("school", "alias", "neutral", "tca"), M("cohalloran", "title_surname", "sexual", "mr o'halloran")])

# 085
D("social", dd("""
    [deleted]
    @margate_lad_77

    tidemark year 9 girls on the beach after school 🥵🥵 anyone got the insta for the blonde one. dm me

    6:12 PM · Jun 12, 2025 · 61 Views

    ──────────
    Carly @carlyyyy_m · Jun 12
    they are 13 you absolute creep. reported and screenshotted for police
    """),
  [M("school", "short_name", "sexual", "tidemark", url_only=True)])

# 086
D("blog", blog_page(
    "unspun", "Tidemark, part three: 'it's happened before'", "Gav Rudd", "4 December 2024",
    """
    Since my last two posts on the Palm Bay steps, I've had more emails than at any time since I started this blog. Most were supportive. Two were from solicitors. One was from a former teacher at a school in Medway, and it's the one I want to talk about.

    Before she was Lorraine Denham-Pryor, the Principal of Tidemark Coast Academy was Lorraine Pryor, deputy head of a Gillingham secondary. My correspondent says that in 2016 a serious bullying complaint at that school - a boy who ended up in hospital - was "made to go away" with a transfer and a non-disclosure agreement, and that the deputy head handled it personally.

    Sound familiar? Same playbook, new seaside. A pattern of burying violence against kids to protect league tables.

    I've asked the trust for comment. I'll publish their answer in full if I get one.
    """,
    [("Deano", "4 Dec 2024", "Knew it. Leopards and spots."),
     ("Medway Mum", "5 Dec 2024", "I was a parent at that school and I don't remember anything like this. Check your facts, Gav."),
     ("Gav Rudd", "5 Dec 2024", "@Medway Mum happy to hear from you privately.")],
    tags=["Schools", "Cover-ups", "Tidemark"]),
  [M("school", "exact", "defamation", "Tidemark Coast Academy"), M("ldenhampryor", "exact", "defamation", "Lorraine Denham-Pryor")])

# 087
D("review", dd("""
    Tidemark Coast Academy
    Secondary school · Palm Bay Avenue, Cliftonville
    3.2 ★★★☆☆ (146 reviews)

    Mihaela Dinu
    1 review
    ★★★★★ 2 months ago
    My son come from Craiova in March with no english. Miss Wróblewska and her team help us with everything, the forms, the uniform, the free meals, even the doctor. Now he speak english better than me and he is happy. Thank you very much to all the teachers, God bless you.
    👍 Helpful 27   Share

    Response from the owner · 2 months ago
    Mulțumim, Mihaela! We are so proud of him. — Tidemark Coast Academy
    """),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("zwroblewska", "title_surname", "neutral", "Miss Wróblewska")])

# 088
D("social", dd("""
    PayBackTime
    @paybacktime_thanet

    PE teacher at Tidemark, Robbie Gillam, runs a "personal training" side hustle so here's his personal email and booking number since he won't answer the school one: robbiegfit@mailbox.example / 07700 900752. Let him know what you think of how he treats girls in PE 👍

    9:50 PM · Feb 14, 2025 · 733 Views

    6 Reposts   19 Likes
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("rgillam", "nickname", "doxxing", "Robbie Gillam")])

# 089
D("facebook", dd("""
    Margate Dads (unofficial)
    Private group · 2.4K members

    Jason Kerr
    28 February at 21:30 · 🔒
    Parents evening at Tidemark tonight. Lads, if your kid's in sixth form, volunteer to go. Lizzie Kemp 😍😍 I'd let her give me a detention any day. Missus wasn't impressed that I asked a lot of follow-up questions about UCAS 😂😂

    😂 47 · 29 comments
    Like   Comment   Share

        Dean Blake
        Behave 😂 she's spot on though
        Like · Reply · 1d

        Andy Lyle
        Jase she's a teacher not a Love Island contestant 🙄
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("ekemp", "nickname", "sexual", "Lizzie Kemp")])

# 090
D("news", news_page(
    "tidings", "Schools", "Cliftonville head of year back at work after allegation not upheld",
    "Parents welcome return of popular teacher after eight-week suspension",
    "Kerry Ansell, Education Reporter", "9 May 2025",
    """
    A head of year at a Cliftonville secondary has returned to work after an investigation into an allegation made by a pupil found it was unsubstantiated.

    Paul Wilson, head of Year 9 at Tidemark Coast Academy, had been suspended in March. The academy confirmed on Thursday that the Local Authority Designated Officer process had concluded and that Mr Wilson had returned on Monday.

    A group of parents had written to the trust in his support. One said: "He was separating two boys who were fighting. That's his job."

    The academy said it "thanked all parties for their patience" and would not comment further.
    """,
    [("Lozza D", "9 May 2025", "Told you. Welcome back Mr W!"),
     ("J. Sykes", "9 May 2025", "Glad it was dealt with properly. That's how it's meant to work.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("pwilson", "exact", "neutral", "Paul Wilson")])

# 091
D("social", dd("""
    Thanet First 🇬🇧
    @thanetfirst_

    Wroblewska from tidemark better keep looking over her shoulder at the bus stop on Northdown Road of a morning. People round here have long memories and short tempers. Not a threat, a prediction 😘

    7:05 AM · Nov 14, 2024 · 1,109 Views

    5 Reposts   24 Likes
    """),
  [M("school", "short_name", "neutral", "tidemark"), M("zwroblewska", "surname_only", "threat", "Wroblewska")])

# 092 decoy: excluded surf shop
D("social", dd("""
    Instagram

    tidemarksurfco
    Tidemark Surf Co · Margate

    Swell's in and the water's 9 degrees 🥶🌊 Winter wetsuits 20% off this weekend only. Beginner lessons from the Walpole Bay slipway every Saturday at 10 - boards and suits included. Find us on the Parade by the Harbourlight. #margatesurf #thanet #coldwatersurf

    View all 12 comments

    jules.surfs 5mm hood is a game changer btw
    2d  Reply
    """))

# 093
D("forum", forum_page("chalkface", "Shout-out thread: colleagues who saved your sanity this year", [
    ("MarshmallowMaths", "Joined 2018 · 903 posts", "Fri 18 Jul 2025 20:05",
     "End of term. Let's have some positivity. Name (or initial) a colleague who got you through it."),
    ("ThanetTeach", "Joined 2020 · 211 posts", "Fri 18 Jul 2025 20:22",
     """Ciaran O'Halloran, head of performing arts at Tidemark. In a year that was honestly hell for our school - press, Facebook mobs, a fight on TikTok - he put on a musical with 64 kids in three languages and reminded everyone why we do this.

     Also covered my Year 8s for a week when my dad was ill and never mentioned it again."""),
    ("SENCoSue", "Joined 2016 · 1,560 posts", "Fri 18 Jul 2025 20:30",
     "Our site manager, who has unblocked the same toilet 14 times since Easter without once swearing in front of the kids."),
    ], thread_id=2290),
  [M("school", "short_name", "neutral", "Tidemark"), M("cohalloran", "exact", "neutral", "Ciaran O'Halloran")])

# 094
D("social", dd("""
    Kent Lion 🦁
    @kentlion_88

    Every Tidemark parent should be asking why an illegal from Herat is alone in rooms with their daughters. Not our culture, not our values, not our country. #DeportHaidari #StopTheBoats #Margate

    8:44 PM · Nov 6, 2024 · 5,220 Views

    88 Reposts   11 Quotes   301 Likes
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("fhaidari", "hashtag", "hate", "#DeportHaidari")])

# 095
D("facebook", dd("""
    Palm Bay Parents United
    Private group · 740 members

    Deborah Fox
    26 November at 21:15 · 🔒
    Since Lorraine Denham–Pryor won't meet us at the school, maybe we should meet her at home. 41 Dumpton Park Drive, Broadstairs, CT10 1RH. Big white house, Tesla on the drive. Her landline's in the phone book too, 01632 960591. Bring placards not bricks 🙂

    😮👍 31 · 27 comments
    Like   Comment   Share

        Ros Hunt
        Deborah, no. Her kids live there. This is going to get us all in trouble.
        Like · Reply · 2h
    """),
  [M("ldenhampryor", "hyphenated", "doxxing", "Lorraine Denham–Pryor")])

# 096 decoy: Channel crossings and hotels, no school
D("news", news_page(
    "echo", "Thanet", "Protest and counter-protest outside Cliftonville hotel pass off peacefully",
    "Around 200 people gathered on Eastern Esplanade on Saturday afternoon",
    "Laura Gedge", "2 November 2024",
    """
    Rival groups of protesters gathered outside a Cliftonville hotel used to house people seeking asylum on Saturday, with police keeping the two sides apart on Eastern Esplanade.

    About 80 people, some carrying St George's flags and signs reading 'Stop the boats', stood on the seafront side of the road. On the other side, around 120 counter-protesters from Thanet Stands Together held banners reading 'Refugees welcome' and played music from a van.

    Kent Police said there were no arrests. A spokesperson for the Home Office said it did not comment on individual hotels.
    """,
    [("Kev", "2 Nov 2024", "Both lot can go home now and let the rest of us get on with it."),
     ("Hannah L", "2 Nov 2024", "Proud of the counter-protest. That's the real Cliftonville.")]),
  [])

# 097
D("social", dd("""
    exam watchdog 👀
    @examwatch_uk

    Hearing from 3 separate students that Dr Bankole at Tidemark "helps" his GCSE lot with their required practical write-ups the night before moderation. That's how science results jumped 20% in a year. Exam board should be looking at this. Fraud is fraud.

    6:30 PM · Sep 3, 2025 · 2,870 Views

    21 Reposts   3 Quotes   55 Likes
    """),
  [M("school", "short_name", "defamation", "Tidemark"), M("obankole", "title_surname", "defamation", "Dr Bankole")])

# 098
D("review", dd("""
    RateMyTeach › Kent › Tidemark Coast Academy › PE

    R. Gillam - PE
    Average ★★☆☆☆ (2.4) · 19 ratings

    "only cares about the football team, if ur not in it u dont exist" - Year 10, Mar 2025
    Favourites · Disorganised

    "makes us do the bleep test in the rain every single week" - Year 8, Jan 2025
    Strict

    "good coach bad teacher" - Year 11, Feb 2025
    Knows his stuff

    Rate this teacher · Report a rating
    """),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("rgillam", "initial_surname", "negative", "R. Gillam")])

# 099
D("social", dd("""
    maddie
    @maddieeee_y13

    liz k is a two faced snake. smiles at you in the sixth form office then tells ur mum u "lack commitment" behind ur back. hope she steps on a plug. tidemark sixth form staff room is a nest of vipers 🐍🐍

    10:14 PM · Mar 18, 2025

    8 Likes
    """),
  [M("school", "short_name", "negative", "tidemark"), M("ekemp", "first_initial", "abuse", "liz k")])

# 100
D("forum", forum_page("sixth", "crushes on teachers thread (anonymous, be nice)", [
    ("not_telling_lol", "Year 12 · 41 posts", "Sat 22 Mar 2025, 22:40",
     "ok confession time. mine is fred haidari from the welcome hub. he's like 27 and he always remembers everyone's names and he says good morning in 4 languages 😭😭 i'm not even EAL i just go in there"),
    ("tideypod", "Year 12 · 160 posts", "Sat 22 Mar 2025, 22:44",
     "LMAO half the girls at tidey go to that room for the same reason"),
    ("not_telling_lol", "Year 12 · 42 posts", "Sat 22 Mar 2025, 22:45", "SHHHH"),
    ("Mod_Kent", "Moderator", "Sat 22 Mar 2025, 23:00",
     "Keep it light please and no pupil names. Thread will be locked if anything crosses a line."),
    ], thread_id=3390),
  [M("school", "alias", "neutral", "tidey"), M("fhaidari", "alias", "sexual", "fred haidari")])

# 101 decoy: namesake tradesman nearby but not the school
D("facebook", dd("""
    Ramsgate & Broadstairs Recommendations
    Public group · 15.6K members

    Helen Farrow
    4 April at 12:03 · 🌎
    Can't recommend Paul Wilson Roofing enough! Paul came out the same day our chimney flashing blew off in the storm, fixed it in an hour and charged less than the quote. Lovely bloke, tidied up after himself. His number is on his van, or search Paul Wilson Roofing Ramsgate.

    👍❤️ 22 · 9 comments
    Like   Comment   Share

        Gary Morris
        Seconded, did our valley gutter last year. Proper tradesman.
        Like · Reply · 3d
    """))

# 102
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Paul Ditton
    22 November at 23:18 · 🔒
    Michelle Shore, "safeguarding lead" at Tidemark. Walks a black lab along Viking Bay every night about 9. Be a shame if she had an accident on them steps, tide comes in quick there. She knows what she done.

    😡 29 · 14 comments
    Like   Comment   Share

        Tina Hoad
        Paul ur gonna get nicked
        Like · Reply · 4h
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("mshore", "exact", "threat", "Michelle Shore")])

# 103
D("news", news_page(
    "echo", "Education", "Trust orders independent review of school's handling of filmed assault",
    "Principal's response to Palm Bay steps incident to be examined by outside investigator",
    "Laura Gedge", "16 January 2025",
    """
    The trust that runs Tidemark Coast Academy has commissioned an independent review of how the school responded to the filmed assault of a pupil near Palm Bay last October.

    The Wantsum Learning Trust said the review, led by a former director of children's services, would examine "the decisions taken by academy leaders, including the Principal, in the days after the incident" and how concerns raised by staff were recorded.

    Principal Lorraine Denham-Pryor remains in post. A trust spokesperson said: "This is not a disciplinary process. It is about learning and about restoring confidence."

    Vice principal Rufus Tenniswood, who is responsible for behaviour, will also be interviewed as part of the review, the Echo understands.

    The review is expected to report before Easter.
    """,
    [("Gav Rudd", "16 Jan 2025", "Three months late, but welcome."),
     ("Teacher, Thanet", "16 Jan 2025", "Interested to see whether staff voices are actually heard this time.")]),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("ldenhampryor", "exact", "defamation", "Lorraine Denham-Pryor"),
   M("rtenniswood", "exact", "defamation", "Rufus Tenniswood")])

# 104
D("social", dd("""
    Mandy G
    @mandyg_margs

    lorraine denham pryor is a spineless, two-faced jobsworth who'd sell her own granny for a good Ofsted. the steps, the fines, the silence. that school deserves better than her. #tidemark

    9:02 PM · Jan 17, 2025 · 420 Views

    2 Reposts   14 Likes
    """),
  [M("school", "hashtag", "neutral", "#tidemark"), M("ldenhampryor", "hyphenated", "abuse", "lorraine denham pryor")])

# 105 decoy: the arcade by its short name, no school
D("forum", forum_page("thanettalk", "Tidemark arcade shutting at 6 in winter now?", [
    ("2pQueen", "Member since 2014 · 702 posts", "Sun 1 Dec 2024 16:02",
     "Walked down to the Tidemark with the grandkids at half five and they were pulling the shutters down. Since when? Used to be open till 10 even in December."),
    ("FrontWatcher", "Member since 2010 · 1,944 posts", "Sun 1 Dec 2024 16:30",
     "Staff shortages apparently. The whole front's the same in winter. Lunaland's only open weekends too."),
    ("2pQueen", "Member since 2014 · 703 posts", "Sun 1 Dec 2024 16:41",
     "Shame. That arcade's been there since my nan took me. Hope they don't go the way of the Lido."),
    ], thread_id=41500),
  [])

# 106
D("social", dd("""
    no more grooming
    @nomoregrooming_uk

    Ciarán O'Halloran, "head of performing arts" in Cliftonville. Keep dressing our boys up and see what happens. There are fathers in this town who'll sort you out properly, and the police won't get there in time. You've been warned.

    11:55 PM · Dec 19, 2024 · 688 Views

    4 Reposts   12 Likes
    """),
  [M("cohalloran", "exact", "threat", "Ciarán O'Halloran")])

# 107
D("facebook", dd("""
    Margate Mums
    Private group · 9.1K members

    Anonymous participant
    14 March at 20:50 · 🔒
    I heard from a mum whose daughter is in Year 9 that Paul Wilson at Tidemark was messaging one of the girls on Snapchat late at night and that's the real reason he's been suspended, not a corridor thing. Sent her "you look older than 14" or something. I'm not saying it's true but why else would they hush it up

    😮😡 72 · 130 comments
    Like   Comment   Share

        Kelly Rennie
        Delete this. You have no idea if it's true and you're naming a man.
        Like · Reply · 1d

        Admin - Margate Mums
        Post will be removed. We've told you before - safeguarding concerns go to the school or the police, not here.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "sexual", "Tidemark", url_only=True), M("pwilson", "exact", "sexual", "Paul Wilson", url_only=True)])

# 108
D("blog", blog_page(
    "eal", "Guest post: the first ten days", "Zofia Wróblewska", "3 October 2024",
    """
    This month's guest post comes from Zofia Wróblewska, EAL coordinator at Tidemark Coast Academy in Cliftonville, Kent, where 31 languages are spoken.

    The first ten days decide a lot. When a new student arrives, they don't need a timetable. They need a buddy who speaks their language, a map of the building with pictures, and one adult who will find them at lunch every day for two weeks.

    We give every new arrival a "welcome card" with their buddy's name, the word for toilet in English, and my face on it. Parents get the same card in their language, with the office number, 01632 960274, and the name of a person who will pick up.

    None of this is expensive. All of it is about attention.
    """,
    [("Hannah at The Welcome Desk", "3 Oct 2024", "Thank you Zofia - the welcome card idea is going straight into our induction pack."),
     ("Tomasz K", "4 Oct 2024", "My son was one of your welcome buddies. He still talks about it.")],
    tags=["Induction", "New arrivals", "Guest posts"]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("zwroblewska", "exact", "neutral", "Zofia Wróblewska")])

# 109
D("social", dd("""
    Margate Says Enough
    @margatesaysenough

    The EAL coordinator at Tidemark has spent 18 years helping foreigners jump the queue for school places while our kids get sent to Herne Bay. Time she went back to Poland with them. Sign: petitions.example/RemoveZofiaWroblewska 🇬🇧

    4:12 PM · Jun 20, 2025 · 1,890 Views

    36 Reposts   90 Likes
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("zwroblewska", "camelcase", "hate", "RemoveZofiaWroblewska")])

# 110
D("news", news_page(
    "beacon", "Education", "'We know where you sleep': the school staff in the far right's sights",
    "Teachers who work with asylum-seeking children say online abuse is spilling into real life",
    "Joanna Merritt, Education Editor", "30 November 2024",
    """
    On a Tuesday morning in November, Farid Haidari opened the door of his flat in Cliftonville to go to work and found a photograph of it taped to the glass.

    Mr Haidari, 27, is a family liaison worker at Tidemark Coast Academy, a comprehensive on the Kent coast where about a fifth of pupils are new to English. He came to Britain alone as a 15-year-old. In recent weeks his name, photograph and address have been passed around local Facebook groups and far-right accounts, with captions calling him an "invader" and a "fighting-age male".

    His manager, the academy's EAL coordinator Zofia Wróblewska, has been called a "traitor" and told to "go back to Poland". A man has admitted threatening to burn the school down.

    "I read the comments so my staff don't have to," Ms Wróblewska said. "Most days I can put it down. Some days I can't."

    The Beacon has seen dozens of similar posts targeting school staff in Kent, Lincolnshire and the North East. Experts say the pattern - a named individual, a photograph, a location - mirrors tactics used against asylum hotels.

    Kent Police said it was investigating several reports relating to the academy.
    """,
    [("R. Ahmed", "30 Nov 2024", "Heartbreaking. These are the people holding communities together."),
     ("Patriot Pete", "30 Nov 2024", "Maybe if they stopped importing them people wouldn't be angry."),
     ("Liz M", "30 Nov 2024", "@Patriot Pete he's been here since he was 15 and works with children. Have a word with yourself.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("fhaidari", "exact", "neutral", "Farid Haidari"),
   M("zwroblewska", "exact", "neutral", "Zofia Wróblewska")])

# 111 decoy: the funfair
D("review", dd("""
    Lunaland
    Amusement park · Marine Terrace, Margate
    4.3 ★★★★☆ (11,482 reviews)

    Dean Okafor
    Local Guide · 212 reviews
    ★★★★☆ a week ago
    Scenic railway is still the best wooden coaster in the country, fight me. Queues were short on a Sunday in May. Food is overpriced (£6 for a hot dog!) but the roller disco was a highlight and the kids went on the waltzer four times. Lost a star because two rides were shut with no notice.
    👍 Helpful 6   Share
    """))

# 112
D("social", dd("""
    skint in ct9
    @skint_ct9

    t3nn1sw00d fined a single mum £320 for a funeral in romania. absolute scumbag, heartless little weasel in a cheap tie. hope karma finds u 🙏

    2:20 PM · Apr 8, 2025 · 233 Views

    4 Likes
    """),
  [M("rtenniswood", "leetspeak", "abuse", "t3nn1sw00d")])

# 113
D("facebook", dd("""
    Tidemark Coast Academy Parents & Carers
    Private group · 1.9K members

    Lauren Davies
    5 May at 19:05 · 🔒
    Mr Wilson back in on Monday!!! 🥳🥳 My daughter literally screamed. Thank you to everyone who signed the letter. And thank you to the school for doing it properly even though it took forever.

    ❤️👍 214 · 45 comments
    Like   Comment   Share

        Shelley Price
        Best news! 💙
        Like · Reply · 2d
    """),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("pwilson", "title_surname", "neutral", "Mr Wilson")])

# 114
D("forum", forum_page("thanettalk", "School panto - was it just me?", [
    ("OldTimer_Garlinge", "Member since 2006 · 13,050 posts", "Sat 21 Dec 2024 11:15",
     "Took the grandson to the Tidemark panto. Kids were good. But that drama teacher, O'Halloran, came on at the end in a sequinned waistcoat doing a ten-minute 'thank you' speech. Pompous, self-regarding luvvie prat. It's a school panto not the Oscars."),
    ("CliffsEdge", "Member since 2008 · 7,498 posts", "Sat 21 Dec 2024 11:40",
     "He was thanking sixty kids individually. That's the point of it."),
    ("OldTimer_Garlinge", "Member since 2006 · 13,051 posts", "Sat 21 Dec 2024 11:58", "Still a prat."),
    ], thread_id=41630),
  [M("school", "short_name", "neutral", "Tidemark"), M("cohalloran", "surname_only", "abuse", "O'Halloran")])

# 115
D("social", dd("""
    OpenTheirBooks
    @opentheirbooks

    TCA welcome hub "liaison" Farid H. won't reply at school so try his own Gmail-type one, fharidi.home@postbox.example, and his WhatsApp 07700 900914. People deserve answers about who's in that building with their kids.

    10:30 PM · Nov 9, 2024 · 1,301 Views

    14 Reposts   30 Likes
    """),
  [M("school", "alias", "neutral", "TCA"), M("fhaidari", "first_initial", "doxxing", "Farid H.")])

# 116 decoy: locality and the everyday word
D("social", dd("""
    Thanet Beach Cleans 🌊♻️
    @thanetbeachcleans

    Big thanks to the 46 of you who turned up at Palm Bay on Sunday! 31 bags off the shore in two hours - 2,000+ nurdles, 4 shopping trolleys, 1 traffic cone and a rubber duck called Derek 🦆 Next clean: Foreness Point, 9 March, meet at the kiosk 10am.

    6:15 PM · Feb 16, 2025 · 3,090 Views

    52 Reposts   410 Likes
    """))

# 117
D("news", news_page(
    "wavelength", "Cliftonville", "Teacher and pupils pull swimmer from the sea at Walpole Bay",
    "PE head Robert Gillam praised by lifeboat crew",
    "Priya Coombe", "24 July 2025",
    """
    A PE teacher and two sixth-formers have been praised by the RNLI after helping a swimmer who got into difficulty at Walpole Bay on Tuesday evening.

    Robert Gillam, head of PE at Tidemark Coast Academy, was running a voluntary open-water swimming session for students when a man in his sixties shouted for help about 50 metres out.

    Mr Gillam and the two students, both trained lifeguards, reached the man with a rescue tube and brought him back to the slipway, where he was treated by paramedics.

    "They did exactly what they've practised a hundred times," Mr Gillam said. "The kids were brilliant. I just swam."
    """,
    [("Dawn T", "24 Jul 2025", "Heroes! Well done all three."),
     ("Mike at the Lido", "24 Jul 2025", "That's Bob Gillam - swims there every morning all year round. Absolute machine.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("rgillam", "exact", "neutral", "Robert Gillam")])

# 118
D("social", dd("""
    anon
    @no_name_ct9_

    who's got the tidemark changing room vid from last week 👀👀 the year 10 girls one. will swap. dm dont reply here

    1:48 AM · May 3, 2025 · 38 Views
    """),
  [M("school", "short_name", "sexual", "tidemark", url_only=True)])

# 119
D("facebook", dd("""
    Cliftonville Community Noticeboard
    Public group · 12.8K members

    Terry Blundell
    11 March at 14:20 · 🌎
    Funny how nobody talks about why Mr Gillam left his last school in Dover. Mate of mine was a governor there - the sports fund was thousands short and Gillam was "allowed to resign". Now he's in charge of the PE budget at Tidemark. Just saying, parents might want to ask where the football tour money went.

    😮 35 · 44 comments
    Like   Comment   Share

        Sam Ruddock
        Terry that's a massive accusation to make on a public page.
        Like · Reply · 5h

        Terry Blundell
        @Sam Ruddock ask him then
        Like · Reply · 5h
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("rgillam", "title_surname", "defamation", "Mr Gillam")])

# 120
D("social", dd("""
    Ricky
    @ricky_ct9_

    that science teacher in cliftonville, bankole, gave my boy a detention in front of the class and laughed. ive told my boy to tell him: his dad will be waiting outside the gates friday and he wont be laughing after. mark my words

    8:40 PM · Oct 2, 2024 · 210 Views
    """),
  [M("obankole", "surname_only", "threat", "bankole")])

# 121
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Carl Hext
    17 November at 22:12 · 🔒
    Elizabeth Kemp, head of the sixth form at Tidemark, signed the "refugees welcome" letter in the Tidings. She lives at 9 Ethelbert Crescent, Cliftonville CT9 2DX, her personal mobile is 07700 900288. Maybe she'd like a few of her new friends to stay in her spare room 🙂

    😂👍 44 · 31 comments
    Like   Comment   Share

        Jess Moat
        This is her home address. Take it down Carl.
        Like · Reply · 3h
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("ekemp", "exact", "doxxing", "Elizabeth Kemp")])

# 122
D("news", news_page(
    "tidings", "Schools", "Vice principal under investigation over school's attendance figures",
    "Trust confirms inquiry into how absences were recorded at Tidemark Coast Academy",
    "Kerry Ansell, Education Reporter", "2 April 2025",
    """
    A vice principal at a Cliftonville secondary school is under investigation over the way pupil absences were recorded in the months before an Ofsted visit.

    The Wantsum Learning Trust confirmed that Rufus Tenniswood, vice principal for behaviour and attendance at Tidemark Coast Academy, was the subject of "an internal process" but said he had not been suspended and continued to work.

    The Tidings understands the inquiry concerns the use of a code for pupils being educated off site, which counts as present in official statistics. Several parents had raised concerns on social media that the code had been used for pupils who were not in any education.

    A trust spokesperson said: "We take the accuracy of attendance data extremely seriously. It would be inappropriate to comment while the process is ongoing."
    """,
    [("Thanet_Tess", "2 Apr 2025", "Well well well."),
     ("Ex-governor", "2 Apr 2025", "An internal process is not a finding. Give the man a fair hearing.")]),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("rtenniswood", "exact", "defamation", "Rufus Tenniswood")])

# 123
D("forum", forum_page("albion", "Tidemark Coast teachers named - the Polish one is the worst", [
    ("Saxon_Shield", "Member · 1,022 posts", "Tue 12 Nov 2024 22:04",
     """Their EAL woman Wróblewska is the brains behind it. Poles were bad enough, now she's the welcome mat for every dinghy. Eastern European rats helping Middle Eastern rats. Thanet used to be English."""),
    ("Hengist_1488", "Member · 3,390 posts", "Tue 12 Nov 2024 22:19",
     """Tidemark Coast wants a match putting to it. One night, empty building, no kids inside, nobody hurt, message sent. Just saying what plenty think."""),
    ("Watling_St", "Member · 55 posts", "Tue 12 Nov 2024 22:40", "Glowie alert. Don't post stuff like that on here lads."),
    ], thread_id=8890),
  [M("school", "alias", "threat", "Tidemark Coast"), M("zwroblewska", "surname_only", "hate", "Wróblewska")])

# 124
D("forum", forum_page("thanettalk", "Drama teacher lives on my road", [
    ("CT9_Watcher", "Member since 2019 · 431 posts", "Fri 20 Dec 2024 21:30",
     """For all the people moaning about the TCA panto, the drama teacher Mr O'Halloran lives two doors from me at 52 Athelstan Road, CT9 2BH, second floor, with his fella. Saw them carrying a Christmas tree in. His Insta is public too if you want to tell him what you think of his show."""),
    ("Mod_TT", "Moderator", "Fri 20 Dec 2024 21:44",
     "Address removed. CT9_Watcher, this is your second warning. Next one is a ban."),
    ], thread_id=41640),
  [M("school", "alias", "neutral", "TCA"), M("cohalloran", "title_surname", "doxxing", "Mr O'Halloran")])

# 125 decoy: neighbouring school
D("news", news_page(
    "wavelength", "Schools", "Westbrook Bay School pupils build a boat - and sail it",
    "Year 9 design and technology class launches its clinker dinghy in Margate harbour",
    "Priya Coombe", "20 June 2025",
    """
    A class of Year 9 pupils from Westbrook Bay School spent two terms building a four-metre clinker dinghy from scratch - and on Thursday they sailed it out of Margate harbour.

    The project, supported by a maritime heritage charity, taught the pupils steam-bending, riveting and basic navigation. The boat, named Chalk Reef, will be used by the school's sailing club.

    "I didn't think it would float, honestly," said one of the builders, 14. "It floats."
    """,
    [("Harbour Arm Hal", "20 Jun 2025", "Watched them come past the arm. Proper job.")]),
  [])

# 126
D("facebook", dd("""
    Margate Mums
    Private group · 9.1K members

    Chantelle Neame
    6 March at 16:30 · 🔒
    My son came home soaked, freezing and crying AGAIN because the Tidemark PE head made the whole class do football in a hailstorm. My son has asthma. Somebody's started a group chat called RobGillamIsAClown and honestly he deserves it, the man's a knuckle-dragging meathead with a whistle.

    😂😡 57 · 36 comments
    Like   Comment   Share

        Becky Lowe
        Asthma plan should be on his record, email the SENCo x
        Like · Reply · 1h
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("rgillam", "camelcase", "abuse", "RobGillamIsAClown")])

# 127
D("blog", blog_page(
    "patriots", "FOLLOW THE MONEY: what Tidemark gets for every 'new arrival'", "KPW Editor", "6 December 2024",
    """
    We've been sent documents - we won't say by whom - that show Tidemark Coast Academy gets paid a "bonus" by the Home Office for every asylum child it takes in. Thousands per head.

    Where does that money go? Not on your kids. Our source says Principal Lorraine Denham-Pryor has been taking a cut of it in "performance payments" signed off by her mates on the trust board, and the accounts are being cooked to hide it.

    We've asked the trust. Silence. Of course.

    Local parents: your school is being run as a business, and your children are the product.
    """,
    [("Albion Rising", "6 Dec 2024", "Knew it was about money. Always is."),
     ("Finance Teacher", "7 Dec 2024", "There is no such Home Office bonus. EAL funding is a published national formula. You've made this up.")],
    tags=["Follow the money", "Schools", "Invasion"]),
  [M("school", "exact", "defamation", "Tidemark Coast Academy"), M("ldenhampryor", "exact", "defamation", "Lorraine Denham-Pryor")])

# 128
D("review", dd("""
    WorkVoice › Tidemark Coast Academy › Employee reviews

    "Good department, weak safeguarding leadership"
    ★★★☆☆  Current employee · Teaching Assistant · Margate · 20 April 2025
    Worked here 3 years

    Pros: my department is great, training budget is decent, free breakfast in the canteen before 8.

    Cons: safeguarding concerns disappear into a black hole. Michelle S. is kind in person but swamped and disorganised; we log things and never hear back, and staff have stopped trusting the process. Some of that is workload, not her fault, but it needs fixing.

    Advice to management: give the DSL a proper team.

    Helpful? Yes (9) · No (1) · Report
    """),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("mshore", "first_initial", "negative", "Michelle S.")])

# 129
D("social", dd("""
    Kieran 🔪
    @kieran_mgt_09

    bringing a blade to tidey monday. if that lot from year 10 come near me again at the steps someone's getting opened up. not even joking, watch

    11:20 PM · Feb 22, 2025 · 88 Views

    ──────────
    jess @jess_cliftonville · Feb 22
    @kieran_mgt_09 delete this ur gonna get arrested
    """),
  [M("school", "alias", "threat", "tidey")])

# 130
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Dawn Kingsmill
    7 November at 19:45 · 🔒
    Seen Haidari's little football club poster on the Tidemark railings. "Welcome Football". Welcome to who?? Every kid in it is a dinghy arrival. They're not refugees they're Taliban in trackies and he's their recruiter. Islam and our girls don't mix, ask Rotherham.

    😡👍 92 · 58 comments
    Like   Comment   Share

        Imran Saleem
        He's a teaching assistant running a kids' football club. You should be ashamed.
        Like · Reply · 2d

        Dawn Kingsmill
        @Imran Saleem course you'd say that
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("fhaidari", "possessive", "hate", "Haidari's")])

# 131
D("news", news_page(
    "echo", "Courts", "Man jailed for campaign of racist abuse against school worker",
    "Judge says messages to Cliftonville teaching assistant were 'designed to terrify'",
    "Court Reporter", "7 March 2025",
    """
    A man who sent a Cliftonville teaching assistant dozens of racist messages and posted a photograph of his front door online has been jailed for 18 months.

    Wayne Rolfe, 39, of Dane Road, Margate, admitted racially aggravated harassment and sending malicious communications. Canterbury Crown Court heard he had targeted Farid Haidari, a family liaison worker at Tidemark Coast Academy, over a period of five weeks last autumn.

    Messages read to the court included "we know where you sleep" and "go back on your boat". Mr Haidari said in a victim statement that he had moved home twice and "stopped walking to work".

    Sentencing, the judge said: "Mr Haidari came to this country as a child and has devoted his adult life to helping other children. You set out to terrify him."
    """,
    [("Hannah Lusk", "7 Mar 2025", "Justice. Thinking of Farid today."),
     ("Reg", "7 Mar 2025", "18 months isn't enough.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("fhaidari", "exact", "neutral", "Farid Haidari")])

# 132
D("news", news_page(
    "classdesk", "Accountability", "GCSE science slump at coastal academy blamed on staffing churn",
    "Tidemark Coast Academy's combined science pass rate fell by 11 points",
    "Nadia Fenwick", "4 September 2025",
    """
    A Kent academy that had been held up as an example of coastal recovery has seen its GCSE science results fall sharply, provisional figures show.

    At Tidemark Coast Academy in Cliftonville, the proportion of pupils achieving a standard pass in combined science dropped from 58 per cent to 47 per cent. Head of science Olumide Bankole told parents in a letter that the department had "relied on supply cover for two terms" and that "our students deserved better from us, and I take responsibility for that".

    Some parents said the letter was "too little, too late". One told the Classroom Desk: "We were told in February everything was fine."
    """),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("obankole", "exact", "negative", "Olumide Bankole")])

# 133 decoy: the acronym again
D("social", dd("""
    Thanet Cricket Association
    @ThanetCricketAssoc

    🏏 TCA junior finals day results: U13 - Birchington beat St Lawrence by 4 wkts; U15 - Margate CC beat Minster in a last-ball thriller! Thanks to all umpires, scorers and the tea ladies who kept us going. Presentation night 27 Sept. #TCAjuniors

    7:45 PM · Aug 24, 2025 · 655 Views

    8 Reposts   61 Likes
    """))

# 134
D("forum", forum_page("parentnet", "Has anyone seen the rumours about the Palm Bay safeguarding logs?", [
    ("PalmBayMum", "Joined Oct 2024 · 27 posts", "Thu 5-Dec-24 21:10",
     """I'm hearing from someone who works there that after the steps fight, some of the entries on the safeguarding system were edited or deleted by Michelle Shore before the trust looked at them. Apparently she was told to 'tidy up' by the Principal. If that's true it's a crime, isn't it? Tidemark have basically destroyed evidence."""),
    ("LegalEagleMum", "Joined Jun 2016 · 3,260 posts", "Thu 5-Dec-24 21:30",
     "Second-hand hearsay about named individuals on a public forum. Please be careful. If you have evidence, it goes to the LADO or the police, not here."),
    ("PalmBayMum", "Joined Oct 2024 · 28 posts", "Thu 5-Dec-24 21:42", "I know. I'm just so angry that nobody's telling us anything."),
    ], thread_id=6210),
  [M("school", "short_name", "defamation", "Tidemark"), M("mshore", "exact", "defamation", "Michelle Shore")])

# 135
D("blog", blog_page(
    "saltinhair", "Homework, hubris and the chemistry of disappointment", "Hattie @ Salt In My Hair", "19 May 2025",
    """
    A confession: I have become That Parent. The one who emails.

    Six months into Year 7 at Tidemark Coast and the honeymoon is over. The sixth form is glorious, the drama is glorious, the welcome for new families is genuinely moving. But science homework has been set three times since Christmas, marked once, and when I asked at parents' evening, Dr Bankole gave me a very polished answer about "retrieval practice" that didn't answer the question.

    I know teachers are stretched. I know there's a national shortage. I'm still allowed to want my kid to learn what a cell is.

    Next week: I went to the new natural wine bar on the Parade so you don't have to.
    """,
    [("Ruth in Ramsgate", "19 May 2025", "Same at ours. Science is the subject nobody can staff."),
     ("Anon teacher", "20 May 2025", "From the other side: he is covering two vacancies himself. Be kind.")],
    tags=["Schools", "Parenting", "Margate life"]),
  [M("school", "alias", "negative", "Tidemark Coast"), M("obankole", "title_surname", "negative", "Dr Bankole")])

# 136
D("facebook", dd("""
    Palm Bay Parents United
    Private group · 740 members

    Anonymous member
    16 March at 22:30 · 🔒
    Since the school won't tell us anything about the Year 9 head of year who's been suspended: Paul Wilson, Tidemark, lives at 3 Minnis Gardens, Birchington CT7 9PL, drives a silver Qashqai, wife is called Andrea and works at the Co-op in Westgate. Do with that what you will.

    😮 19 · 23 comments
    Like   Comment   Share

        Admin - Palm Bay Parents United
        Removed. We do not publish addresses. Member removed from the group.
        Like · Reply · 1h
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("pwilson", "exact", "doxxing", "Paul Wilson")])

# 137
D("social", dd("""
    Instagram

    ciaran_ohalloran_arts
    Sea Change cast party 🎭🌊

    comments

    thanet_true_brit @ciaran_ohalloran_arts f*ggot teacher grooming kids in sparkly costumes. no place for your sort in our schools 🤮🤮
    2h  Reply

    maisie.y10_ @thanet_true_brit we are literally 15 and it was a musical about a lifeboat 💀 reported
    2h  41 likes  Reply
    """),
  [M("cohalloran", "handle", "hate", "@ciaran_ohalloran_arts")])

# 138
D("facebook", dd("""
    Palm Bay Parents United
    Private group · 740 members

    Craig Holness
    10 January at 20:02 · 🔒
    I've had enough. If my son comes home hurt one more time from that school, I will go into Lorraine Pryor's office and put her through the window. I mean it. She's had three chances.

    😮 12 · 18 comments
    Like   Comment   Share

        Ros Hunt
        Craig please don't write things like this, it won't help your lad.
        Like · Reply · 4h
    """),
  [M("ldenhampryor", "alias", "threat", "Lorraine Pryor")])

# 139 decoy: food blog, the foreshore
D("blog", blog_page(
    "whelks", "Samphire season on the Thanet foreshore", "Tom Bligh", "29 June 2025",
    """
    Marsh samphire is back, and the best spots on the Isle are the ones I'm not going to tell you about. What I will say is: go at low tide, take scissors not hands, and never strip a patch.

    Back home, rinse it three times (the grit on the shore gets everywhere), blanch for ninety seconds, and toss in butter with a squeeze of lemon. No salt - it's already brought its own from the sea.

    I had mine with a piece of hake from the fish shop by the harbour and a glass of something cold, sitting on the step watching the tidemark creep up the slipway. Summer, sorted.
    """,
    [("Mel", "29 Jun 2025", "Samphire and hake is a perfect plate.")],
    tags=["Foraging", "Seafood", "Summer"]),
  [])

# 140
D("facebook", dd("""
    Margate Mums
    Private group · 9.1K members

    Kerry Bright
    12 March at 23:40 · 🔒
    If my son doesn't get his UCAS reference by Friday because Kemp at Tidemark "hasn't had time", I swear I'll go up there and smash her office to bits with her in it. 3 months. THREE MONTHS. She'll wish she'd made time.

    😮😬 21 · 30 comments
    Like   Comment   Share

        Sophie Grey
        Kerry breathe 😬 email the school office first x
        Like · Reply · 1h
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("ekemp", "surname_only", "threat", "Kemp")])

# 141
D("facebook", dd("""
    Margate Mums
    Private group · 9.1K members

    Sandra Lowe
    18 February at 21:00 · 🔒
    Not being funny but someone who knows told me Fred Haidari at Tidemark lied about his age when he came over. Says he was really 22 not 15 and got a foster placement and free uni out of it. If that's true he's committed fraud and he's working with our kids. Don't shoot the messenger.

    😮 33 · 61 comments
    Like   Comment   Share

        Jess Moat
        "Someone who knows." Who? This is how rumours get people hurt.
        Like · Reply · 2h

        Sandra Lowe
        @Jess Moat just passing on what I heard
        Like · Reply · 2h
    """),
  [M("school", "short_name", "neutral", "Tidemark"), M("fhaidari", "alias", "defamation", "Fred Haidari")])

# 142
D("news", news_page(
    "echo", "Education", "Review finds Principal 'gave parents an incomplete picture' after filmed assault",
    "Independent report into Tidemark Coast Academy published by trust",
    "Laura Gedge", "10 April 2025",
    """
    An independent review into how a Cliftonville academy responded to the filmed assault of a pupil has found that families were given "an incomplete picture" in the days afterwards.

    The report, published by the Wantsum Learning Trust on Wednesday, said Principal Lorraine Denham-Pryor had "made decisions in good faith under pressure" but that a letter to parents "understated the seriousness of the injuries" and that a member of staff's safeguarding concern was not recorded for 36 hours.

    The trust said Mrs Denham-Pryor would remain in post but would undertake further training, and that it would appoint an additional trustee with safeguarding expertise.

    The boy's family said they were "relieved to be believed, finally".
    """,
    [("Gav Rudd", "10 Apr 2025", "Incomplete picture. That's one way of putting it."),
     ("Cliftonville Born & Bred", "10 Apr 2025", "She should have gone. Training. Give over.")]),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("ldenhampryor", "exact", "defamation", "Lorraine Denham-Pryor")])

# 143
D("social", dd("""
    Tash 💋
    @tash_margate_mum

    Went to the #TidemarkPanto for my niece and honestly the drama teacher in them tight trousers doing the splits 🥵🥵 I'd let O'Halloran direct me any day. Shame he's on the other bus 😂

    9:55 PM · Dec 14, 2024 · 318 Views

    1 Repost   22 Likes
    """),
  [M("school", "hashtag", "neutral", "#TidemarkPanto"), M("cohalloran", "surname_only", "sexual", "O'Halloran")])

# 144
D("forum", forum_page("thanettalk", "Head of year 9 - what a waste of space", [
    ("Garlinge_Gaz", "Member since 2016 · 390 posts", "Wed 11 Dec 2024 18:30",
     "Paul W. from Tidemark phoned me about my lad's attitude. Attitude! Man's a lazy, fat, clueless lump who couldn't manage a piss-up in a brewery. Sits in his office eating biscuits while kids run riot."),
    ("CliffsEdge", "Member since 2008 · 7,540 posts", "Wed 11 Dec 2024 18:55",
     "He's the only head of year who ever rang me back. Maybe your lad does have an attitude, Gaz."),
    ], thread_id=41610),
  [M("school", "short_name", "neutral", "Tidemark"), M("pwilson", "first_initial", "abuse", "Paul W.")])

# 145 decoy: the arcade, excluded
D("review", dd("""
    Tidemark Amusements
    Amusement arcade · Marine Terrace, Margate
    4.1 ★★★★☆ (2,307 reviews)

    Vince Bellamy
    14 reviews
    ★☆☆☆☆ 4 days ago
    Put £20 in the change machine and it ate a tenner. Bloke on the desk said "happens" and shrugged. Grabbers have the claw strength of a wet sock. Only good thing is the air hockey. Go to the one by Lunaland instead.
    👍 Helpful 3   Share

    Response from the owner · 2 days ago
    Hi Vince, sorry about this. Please pop back with your receipt and we'll sort the refund. — Tidemark Amusements
    """))

# 146
D("forum", forum_page("chalkface", "VP makes 'jokes' about female staff - HR or union first?", [
    ("ThanetTeach2", "Joined Jan 2025 · 6 posts", "Mon 27 Jan 2025 20:40",
     """I'm at a Thanet academy. Our VP (behaviour) has a habit of commenting on female colleagues' legs and outfits in briefings - 'dressed to impress today', 'no wonder Year 11 boys turn up for your lessons'. Last week he put his hand on my lower back in the corridor and left it there.

     I'm three years qualified. He's the person who decides whether my behaviour referrals get followed up. Everyone at Tidey knows what Tenniswood is like and nobody says anything."""),
    ("Behaviour_Bod", "Joined 2015 · 4,120 posts", "Mon 27 Jan 2025 20:58",
     "Union first, today. Write down dates, words, witnesses. This is sexual harassment and you don't need to put up with it."),
    ], thread_id=2011),
  [M("school", "alias", "negative", "Tidey"), M("rtenniswood", "surname_only", "sexual", "Tenniswood")])

# 147
D("social", dd("""
    clocked it
    @clocked_it_ct

    for anyone asking which science teacher lives on Northumberland Ave, Cliftonville: Olumide B. - flat 2, no. 60, the one with the green bike chained outside. got his mobile too, DMs open

    12:44 AM · Jan 19, 2025 · 412 Views

    3 Reposts   7 Likes
    """),
  [M("obankole", "first_initial", "doxxing", "Olumide B.")])

# 148 decoy: the namesake darts player again
D("news", news_page(
    "beacon", "Sport", "Wilson's fairytale ends in semi-final heartbreak",
    "Stoke thrower Paul Wilson misses three match darts at Alexandra Palace",
    "Darts Correspondent", "3 January 2025",
    """
    Paul Wilson's extraordinary run at the World Championship ended in the semi-finals on Thursday night when the Stoke qualifier missed three darts at double 10 for a place in the final.

    The former bricklayer, who started the tournament ranked 61st, received a standing ovation from the Alexandra Palace crowd. "I'll be back," he said. "And next time I'll practise my doubles."
    """),
  [])

# 149
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Lee Marsden
    19 June at 18:10 · 🔒
    Zosia Wróblewska 🤮 Polish cow been here 18 years and still thinks she's better than us. Her lot came for the fruit picking, stayed for the benefits, now she's bringing in the next wave. East European scum, the lot of them.

    😂👍 51 · 33 comments
    Like   Comment   Share

        Agata Nowak
        I've lived in Margate 20 years, I pay my taxes and I'm a nurse. You're disgusting.
        Like · Reply · 1d
    """),
  [M("zwroblewska", "alias", "hate", "Zosia Wróblewska")])

# 150
D("facebook", dd("""
    Margate Mums
    Private group · 9.1K members

    Anonymous participant
    21 August at 20:20 · 🔒
    Can I just say what everyone's thinking. Liz Kemp at Tidemark fiddles predicted grades for her favourites so they get better uni offers, and the kids she doesn't like get lowballed. My daughter's friend got A*s predicted in subjects she was failing. That's fraud and UCAS should know.

    😮 40 · 52 comments
    Like   Comment   Share

        Kirsty Pole
        She literally got my son into uni with an honest reference. This is nonsense.
        Like · Reply · 3h
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("ekemp", "nickname", "defamation", "Liz Kemp")])

# 151
D("social", dd("""
    ⚓ Dover Patriot ⚓
    @doverpatriot_1

    F\u0430rid Haidari thinks he's safe now they've moved him. He's not. Plenty of us know Thanet like the back of our hand. Tick tock, dinghy boy ⏰🚤

    1:02 AM · Dec 1, 2024 · 540 Views

    4 Reposts   19 Likes
    """),
  [M("fhaidari", "homoglyph", "threat", "F\u0430rid Haidari")])

# 152
D("blog", blog_page(
    "teacherblog", "Cup run over, but what a run", "Coach Dan", "6 March 2025",
    """
    We lost the Kent Cup semi to Tidemark on Tuesday, 2-1, and I've never been prouder of a team that lost.

    Credit where it's due: Rob Gillam has built something special down there in Cliftonville. His Year 10 girls press as a unit, talk constantly, and never stop running. Half of them didn't speak English two years ago and you wouldn't know it from the way they organise a back four.

    Our girls shook every hand and clapped them off. Next year.
    """,
    [("Chalkcliff PE", "6 Mar 2025", "Great game to watch from the sideline. Both teams a credit.")],
    tags=["Girls' football", "Kent Cup"]),
  [M("school", "short_name", "neutral", "Tidemark"), M("rgillam", "nickname", "neutral", "Rob Gillam")])

# 153 decoy: the everyday word
D("social", dd("""
    sole searching 👟
    @solesearching_uk

    PSA: Margate sand + white Air Forces = permanent tidemark round the sole 😭 tried baking soda, magic eraser, toothpaste. only thing that worked was a Croc-style bleach pen. RIP my bank holiday fit

    3:30 PM · May 27, 2025 · 12.1K Views

    88 Reposts   1,402 Likes
    """))

# 154
D("social", dd("""
    justice4ct9
    @justice4ct9

    Tenniswood lives on Northdown Park Road, the semi with the camper van, opposite the bowls club. Wife teaches at a primary in Broadstairs. If the school won't listen maybe he will on his own doorstep.

    9:12 PM · Apr 3, 2025 · 740 Views

    8 Reposts   21 Likes
    """),
  [M("rtenniswood", "surname_only", "doxxing", "Tenniswood")])

# 155
D("facebook", dd("""
    Thanet Parents Safeguarding Alerts
    Public group · 4.4K members

    Group admin
    9 May at 08:15 · 🌎
    ⚠️ WARNING ⚠️ An Instagram account called "tca.girls.ranked" is posting photos of girls from the TCA sports day and netball pages with comments rating their bodies. Screenshot below so you know what it looks like - we have blurred the faces.

    [screenshot] tca.girls.ranked: "year 8 edition 🔥 number 3 is a 9/10 already, give it two years 😏 comment your fave"

    Please do NOT follow, share or comment. Report it to Instagram and to CEOP. The academy knows and has informed police.

    😢😡 310 · 88 comments · 402 shares
    Like   Comment   Share
    """),
  [M("school", "alias", "sexual", "TCA", url_only=True)])

# 156
D("forum", forum_page("thanettalk", "The DSL at the Cliftonville academy", [
    ("Northdown_Nan", "Member since 2012 · 1,144 posts", "Tue 14 Jan 2025 14:05",
     "M. Shore, the so-called safeguarding lead at the academy, is a lying, smirking cow. Looked me in the eye and said my granddaughter's complaint was 'being handled'. Handled my backside."),
    ("CliffsEdge", "Member since 2008 · 7,600 posts", "Tue 14 Jan 2025 14:30",
     "Nan, I know you're upset, but name-calling on here never helped anyone. Ring the LADO."),
    ], thread_id=41700),
  [M("mshore", "initial_surname", "abuse", "M. Shore")])

# 157
D("forum", forum_page("sixth", "sixth form phone ban at tidey???", [
    ("pebble_dash", "Year 12 · 55 posts", "Mon 3 Mar 2025, 19:20",
     "ms kemp has banned phones in the study centre. we're 17. we have free periods. how are we meant to do anything"),
    ("notarealname_j", "Year 13 · 210 posts", "Mon 3 Mar 2025, 19:33",
     "she did it bc someone filmed the fight on the steps in a free period lol. kinda fair ngl but the whole year getting punished is mad"),
    ("pebble_dash", "Year 12 · 56 posts", "Mon 3 Mar 2025, 19:40", "still stupid. tidey sixth form used to be chill"),
    ], thread_id=3350),
  [M("school", "alias", "negative", "tidey"), M("ekemp", "title_surname", "negative", "ms kemp")])

# 158 decoy: Channel crossings rhetoric, no school
D("news", news_page(
    "tidings", "Politics", "Councillor suspended over 'boat' post about Cliftonville hotel",
    "Party says remarks about asylum seekers were 'unacceptable'",
    "Political Reporter", "15 November 2024",
    """
    A district councillor has been suspended by his party after posting that people housed at a Cliftonville hotel should be "put back on their boats and pointed at France".

    Cllr Graham Tapp, who represents a Margate ward, made the comment on his personal Facebook page on Wednesday. It was deleted the following morning.

    In a statement he apologised "for any offence", adding that he had been "frustrated by the lack of information from the Home Office about the hotel".
    """,
    [("Jan P", "15 Nov 2024", "Frustrated isn't an excuse."),
     ("Kev", "15 Nov 2024", "He only said what half of Margate thinks.")]),
  [])

# 159
D("review", dd("""
    SchoolSpy UK › Kent › Thanet › Secondary (academy) › Tidemark Coast Academy

    ★★☆☆☆  "Strict on socks, soft on bullies"
    Posted by: Parent of a Year 8 student · 28 January 2025

    I've lost count of the detentions for uniform. Meanwhile the girls who have been bullying my daughter on the bus since September have had "a conversation". Mr Tenniswod runs behaviour like a car park attendant - tickets for everything small, blind to anything big. Tidemark Coast Acadamy could be a good school if it sorted its priorities out.

    Rating: Leadership ★★ · Teaching ★★★ · Safety ★★ · Communication ★★
    Found this useful?  👍 19   👎 3   · Flag
    """),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("rtenniswood", "typo", "negative", "Mr Tenniswod")])

# 160
D("social", dd("""
    Palm Bay Truth
    @palmbaytruth

    The CCTV from the top of the steps EXISTED. The school had it by 5pm that day and it was wiped "by accident" before police asked for it. Accident my foot. That's perverting the course of justice. Sign and share 👇

    petitions.example/TidemarkCoverUp

    7:30 PM · Nov 28, 2024 · 4,120 Views

    77 Reposts   9 Quotes   230 Likes
    """),
  [M("school", "camelcase", "defamation", "TidemarkCoverUp")])

# 161
D("facebook", dd("""
    Cliftonville Community Noticeboard
    Public group · 12.8K members

    Bev Lusted
    24 April at 10:40 · 🌎
    Had a meeting with the EAL coordinator at the Cliftonville academy about my nephew's timetable. That Wroblewska woman is the most stuck-up, power-mad, patronising witch I have ever sat across a table from. Talked to me like I was something on her shoe. Absolute nightmare of a human.

    😬 9 · 21 comments
    Like   Comment   Share

        Agata Nowak
        Bev she's been nothing but kind to my family. Maybe it was a bad day for both of you.
        Like · Reply · 6h
    """),
  [M("zwroblewska", "surname_only", "abuse", "Wroblewska")])

# 162
D("social", dd("""
    lexi 🏐
    @lexiii_y11

    mr g\u0456llam doing the warm up in shorts in february at palm bay 😮‍💨😮‍💨 i'm not even cold anymore. PE is my favourite subject now for totally academic reasons 📚

    2:55 PM · Feb 11, 2025

    9 Likes
    """),
  [M("rgillam", "homoglyph", "sexual", "g\u0456llam")])

# 163
D("news", news_page(
    "tidings", "Courts", "Cliftonville teacher arrested after scuffle at hotel protest",
    "Head of performing arts released on bail pending further inquiries",
    "Newsdesk", "10 November 2024",
    """
    A teacher at a Cliftonville secondary school has been arrested on suspicion of assault following scuffles between rival groups outside a hotel housing asylum seekers on Saturday.

    Ciarán O'Halloran, 41, head of performing arts at Tidemark Coast Academy, was among three people arrested on Eastern Esplanade. He has been released on bail while inquiries continue.

    Footage shared online appears to show a man in a rainbow scarf being pushed and then pushing back during an argument over a banner.

    The academy said it was aware that a member of staff had been arrested "in a personal capacity, outside school hours" and that it would "follow the appropriate procedures".
    """,
    [("Thanet Stands Together", "10 Nov 2024", "He was shoved first. Watch the full video, not the clipped version."),
     ("Patriot Pete", "10 Nov 2024", "And this man teaches children?")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("cohalloran", "exact", "defamation", "Ciarán O'Halloran")])

# 164
D("forum", forum_page("albion", "Cliftonville academy staff - updates", [
    ("Hengist_1488", "Member · 3,421 posts", "Sun 24 Nov 2024 22:10",
     """Update on the Cliftonville academy crew. The Afghan Haidari has been moved to a 'safe house' at our expense. Rapefugee gets a council flat, our lads get a tent. These people are a plague and every one of them is a Taliban sleeper until proven otherwise."""),
    ("Saxon_Shield", "Member · 1,060 posts", "Sun 24 Nov 2024 22:25",
     """Never mind him. The African science teacher, Bankole, still walks to the station every night on his own. Dark down that way in winter. Accidents happen to people who don't belong."""),
    ], thread_id=8940),
  [M("fhaidari", "surname_only", "hate", "Haidari"), M("obankole", "surname_only", "threat", "Bankole")])

# 165
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Rob Stace
    14 December at 21:40 · 🔒
    Drama teacher at the Cliftonville academy, O'H*lloran (spelled like that so the snowflakes can't search it). Flat 2, 52 Athelstan Road, CT9. Rainbow flag in the window, can't miss it. His boyfriend's car is the yellow Fiat.

    😂👍 36 · 22 comments
    Like   Comment   Share
    """),
  [M("cohalloran", "obfuscated", "doxxing", "O'H*lloran")])

# 166
D("social", dd("""
    rachel 🌙
    @rach_y13_mgt

    the head of sixth form K e m p is genuinely the most vile, vindictive, pathetic woman in cliftonville. spelling it out so she cant search it 🙂 retired from caring years ago, should just retire

    11:10 PM · Apr 29, 2025

    6 Likes
    """),
  [M("ekemp", "spacing", "abuse", "K e m p")])

# 167
D("blog", blog_page(
    "unspun", "The steps, the logs and the two people who decided", "Gav Rudd", "20 January 2025",
    """
    The trust's independent review is under way. Before it reports, I want to put on record what I've been told by three separate members of staff, because I don't trust the process to surface it.

    On the evening of the Palm Bay steps assault, a disclosure was made to a teacher. That teacher tried to log it. According to my sources, Rufus Tenniswood and Michelle Shore met in Tenniswood's office the next morning and agreed to reclassify the incident as "off-site peer conflict" so it wouldn't go to the LADO or the trust's safeguarding board.

    Two adults who are paid to keep children safe decided instead to keep a governor's son out of trouble and Tidemark's numbers out of the papers. That's not a mistake. That's a decision.

    I've sent both of them these allegations. Neither has replied.
    """,
    [("Deano", "20 Jan 2025", "Names named. About time."),
     ("A teacher elsewhere", "21 Jan 2025", "Gav, I'll say it again: you're one solicitor's letter from losing your house.")],
    tags=["Schools", "Safeguarding", "Tidemark"]),
  [M("school", "short_name", "defamation", "Tidemark"), M("rtenniswood", "exact", "defamation", "Rufus Tenniswood"),
   M("mshore", "exact", "defamation", "Michelle Shore")])

# 168
D("review", dd("""
    Tidemark Coast Academy
    Secondary school · Palm Bay Avenue, Cliftonville
    3.1 ★★★☆☆ (151 reviews)

    Martin Sayer
    6 reviews
    ★☆☆☆☆ a month ago
    Mrs Denham-Pryor is a cowardly, arrogant waste of a salary who hides behind her PA and her press statements. Not once in a year has she looked a parent in the eye. Teachers are good, leadership is rotten from the head down.
    👍 Helpful 31   Share

    Response from the owner · a month ago
    We're sorry you feel this way, Mr Sayer. The Principal holds an open surgery every Thursday at 4pm; please call 01632 960274 to book.
    """),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("ldenhampryor", "title_surname", "abuse", "Mrs Denham-Pryor")])

# 169
D("social", dd("""
    ghost
    @gh0st_ct9_

    T I D E M A R K is getting torched before half term. every last classroom. you lot been warned. 🔥🔥🔥

    2:51 AM · Oct 10, 2025 · 64 Views

    ──────────
    Nicola P @nicolap_mgt · Oct 10
    reported to kent police
    """),
  [M("school", "spacing", "threat", "T I D E M A R K")])

# 170 decoy: locality community event
D("facebook", dd("""
    Cliftonville Community Noticeboard
    Public group · 12.8K members

    Walpole Bay Tidal Pool Friends
    2 June at 09:00 · 🌎
    🌊 Pool scrub day! Saturday 14 June, 8am at low water. Bring stiff brushes, wellies and a flask. We'll be clearing weed from the Palm Bay end and checking the sluice. Cake at the Shelter café afterwards courtesy of Maureen. All ages welcome, no experience needed (you will get wet).

    👍❤️ 140 · 22 comments · 31 shares
    Like   Comment   Share

        Northdown Nan
        I'll bring my famous lemon drizzle 🍋
        Like · Reply · 3d
    """))

# 171
D("social", dd("""
    ct9 dad
    @ct9dad_

    PE teacher at Palm Bay won't answer emails about my daughter being humiliated in front of the class. So here's Gillam's home landline, 01632 960377, and he's on Kingsgate Avenue, the house with the trampoline. Your turn to answer, sir.

    9:40 PM · Mar 7, 2025 · 380 Views

    2 Reposts   11 Likes
    """),
  [M("rgillam", "possessive", "doxxing", "Gillam's")])

# 172
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Mark Lugg
    11 March at 20:15 · 🔒
    Tenniswood, the attendance man at Tidemark, fines hard working English families £160 a go but lets his pet gypsies skip three days a week. Gyppo-lover. Probably gets a cut of their scrap money 😂 Every thieving pikey in CT9 knows he's a soft touch.

    😂👍 73 · 39 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("rtenniswood", "surname_only", "hate", "Tenniswood")])

# 173
D("news", news_page(
    "echo", "Education", "PE teacher suspended after allegation of inappropriate messages",
    "Cliftonville academy says police and local authority have been informed",
    "Laura Gedge", "14 October 2025",
    """
    A PE teacher at a Cliftonville secondary school has been suspended after an allegation that he sent inappropriate messages to a pupil.

    Robert Gillam, head of PE at Tidemark Coast Academy, was suspended last week. The academy said it had informed Kent Police and the Local Authority Designated Officer "immediately, in line with statutory guidance".

    The nature of the messages has not been disclosed. No arrest has been made.

    In a letter to parents, the academy said: "Suspension is a neutral act. We ask families not to speculate on social media, which can cause serious harm to everyone involved, including young people."

    Mr Gillam, who was praised by the RNLI in July after helping rescue a swimmer, could not be reached for comment.
    """,
    [("Dawn T", "14 Oct 2025", "I can't believe this. Let's wait for the facts."),
     ("Mum of 3", "14 Oct 2025", "Remember the Facebook posts about lifts last year? People were told they were being hysterical.")]),
  [M("school", "exact", "sexual", "Tidemark Coast Academy", url_only=True),
   M("rgillam", "exact", "sexual", "Robert Gillam", url_only=True)])

# 174
D("forum", forum_page("thanettalk", "Attendance fines - someone needs to sort that VP out", [
    ("Dane_Valley_Dave", "Member since 2013 · 640 posts", "Thu 10 Apr 2025 21:05",
     """Third fine this year. Kid had tonsillitis. Letter signed by Tenniswoood (sic, can't even spell his own name on the template). Next time he sends one I'll deliver my reply personally, with my fists, and he can fine me for that."""),
    ("CliffsEdge", "Member since 2008 · 7,700 posts", "Thu 10 Apr 2025 21:20",
     "Dave, pack it in. Appeal the fine with the council, it works if you have a GP letter."),
    ], thread_id=41880),
  [M("rtenniswood", "typo", "threat", "Tenniswoood")])

# 175
D("blog", blog_page(
    "patriots", "Who is teaching your children? Part 2: the science department", "KPW Editor", "10 February 2025",
    """
    In part one we exposed the Afghan in the welcome hub. Today, Tidemark's head of science.

    Dr O. Bankole arrived in Thanet from south London in 2019. Since then science results have gone down, and the number of "new arrivals" in his classes has gone up. Coincidence? Africans like Bankole look after their own, and it's not the white Thanet kid at the back.

    This is what happens when you import a teaching staff to match an imported population. They're not here for our children. They're here for theirs.

    Parents: demand to know who teaches your children.
    """,
    [("Albion Rising", "10 Feb 2025", "Spot on again KPW."),
     ("Joanne K", "11 Feb 2025", "He taught my nephew and got him into Imperial. You people are sick.")],
    tags=["Schools", "Invasion", "Exposed"]),
  [M("school", "short_name", "negative", "Tidemark"), M("obankole", "initial_surname", "hate", "O. Bankole")])

# 176
D("news", news_page(
    "classdesk", "Accountability", "Exam board investigates access arrangements at Kent sixth form",
    "Tidemark Coast Academy's head of sixth form under scrutiny over extra time applications",
    "Nadia Fenwick", "18 September 2025",
    """
    An exam board is investigating whether access arrangements - such as extra time or a reader - were properly applied for at a Kent academy's sixth form.

    The Classroom Desk understands the inquiry at Tidemark Coast Academy in Cliftonville concerns applications signed off by head of sixth form Elizabeth Kemp during the summer 2025 series. An unusually high proportion of A-level candidates received 25 per cent extra time.

    The academy said it was "cooperating fully" and that "no finding of wrongdoing has been made". Results for affected students have not been withheld.

    Malpractice investigations into centres are not uncommon, and most conclude without sanctions.
    """),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("ekemp", "exact", "defamation", "Elizabeth Kemp")])

# 177
D("facebook", dd("""
    Palm Bay Parents United
    Private group · 740 members

    Anonymous member
    30 November at 23:05 · 🔒
    Mrs Shore wants to remember she has to walk past the Palm Bay steps to get to her car every night. Be a shame if she slipped. Lots of people would say they didn't see nothing. Same as her.

    😮 14 · 11 comments
    Like   Comment   Share

        Ros Hunt
        Admins this is a threat. Please remove and ban.
        Like · Reply · 1h
    """),
  [M("mshore", "title_surname", "threat", "Mrs Shore")])

# 178
D("forum", forum_page("sixth", "which teacher would survive a zombie apocalypse (tca edition)", [
    ("zomb13", "Year 13 · 301 posts", "Fri 31 Oct 2025, 20:00",
     "happy halloween. tca teachers ranked by zombie survival. 1. gillam (obviously, he'd just run) 2. kemp (would organise everyone into a rota) 3. the canteen ladies"),
    ("redpenrebel", "Year 12 · 77 posts", "Fri 31 Oct 2025, 20:09",
     "dr bankole would survive bc the zombies would take one look at him in that waistcoat and fall in love like the rest of us 😩😩"),
    ("zomb13", "Year 13 · 302 posts", "Fri 31 Oct 2025, 20:11", "💀💀 ok fair"),
    ], thread_id=3480),
  [M("school", "alias", "neutral", "tca"), M("rgillam", "surname_only", "neutral", "gillam"),
   M("ekemp", "surname_only", "neutral", "kemp"), M("obankole", "title_surname", "sexual", "dr bankole")])

# 179
D("news", news_page(
    "beacon", "Opinion", "This is what happens when schools put PR before parents",
    "The head of a Kent academy has made every mistake in the book - and kept her job",
    "Toby Sandilands", "12 April 2025",
    """
    I have read the independent review into Tidemark Coast Academy so you don't have to. It is 46 pages long and says, in the gentlest possible language, that parents were not told the truth.

    The person responsible for that is the Principal, Lorraine Denham-Pryor, a sanctimonious, self-serving manager of the worst kind: all mission statements and no spine. She gave families a letter that "understated" a child's injuries and then spent six months hiding behind her trust.

    Her punishment? "Further training." Heaven help us.

    Schools are not brands. Parents are not stakeholders to be managed. Until leaders like this are shown the door, the rest of the profession will keep paying for their cowardice.
    """,
    [("Sue Westbrook", "12 Apr 2025", "Harsh but fair."),
     ("Head in Suffolk", "12 Apr 2025", "You weren't there. Neither was I. Opinion columns aren't reviews.")]),
  [M("school", "exact", "negative", "Tidemark Coast Academy"), M("ldenhampryor", "exact", "abuse", "Lorraine Denham-Pryor")])

# 180
D("social", dd("""
    tell them
    @tellthem_ct9

    the TCA welcome hub man H*idari won't take my calls so here's his personal gmail style one farid.h.home@postbox.example and the flat number, 14 Sweyn Road top bell. go and ask him yourselves why my kid's place was given away

    11:02 PM · Sep 18, 2025 · 290 Views

    1 Repost   5 Likes
    """),
  [M("school", "alias", "neutral", "TCA"), M("fhaidari", "obfuscated", "doxxing", "H*idari")])

# 181
D("facebook", dd("""
    Margate Lads Banter
    Private group · 3.1K members

    Dale Futcher
    23 June at 22:44 · 🔒
    The sixth form leavers from Tidemark Academy on the beach last night 🥵🍑 some of them year 11s too by the look of it. who's got the vids from the bonfire 👀 share in the comments lads

    😂 22 · 17 comments
    Like   Comment   Share

        Ash M
        mate some of them are 15 delete this
        Like · Reply · 2h
    """),
  [M("school", "alias", "sexual", "Tidemark Academy", url_only=True)])

# 182
D("forum", forum_page("albion", "TIDEMARK: Roma takeover in numbers", [
    ("Watling_St", "Member · 71 posts", "Mon 3 Feb 2025 19:30",
     """Tidemark now has more Slovak and Romanian gypsies than English kids in Year 7 apparently. Thieving, breeding, never work. That school is a Roma camp with a car park. And the Polish EAL woman Wr\u00f3bl3wska is the one rolling out the red carpet, because one lot of Eastern Europeans always looks after the next."""),
    ("Hengist_1488", "Member · 3,470 posts", "Mon 3 Feb 2025 19:44",
     "Margate 2035. Get your kids out while you can."),
    ], thread_id=9001),
  [M("school", "short_name", "hate", "Tidemark"), M("zwroblewska", "leetspeak", "hate", "Wr\u00f3bl3wska")])

# 183
D("news", news_page(
    "wavelength", "Cliftonville", "New £3m sports hall opens at Palm Bay academy",
    "Community will be able to book the courts in evenings and at weekends",
    "Priya Coombe", "15 September 2025",
    """
    A £3 million sports hall has opened at Tidemark Coast Academy in Cliftonville, with four badminton courts, a climbing wall and a fitness suite that local clubs will be able to hire.

    The building, funded by a government condition improvement grant and a lottery award, replaces a 1960s gym that had been closed since a roof leak in 2023.

    "For years our students have done PE in the canteen when it rained," said the academy's Principal. "Now they have a building that says: you matter."
    """,
    [("Northdown Nan", "15 Sep 2025", "Looks lovely. Will they do a seniors' walking netball?"),
     ("ct9 dad", "15 Sep 2025", "Lovely hall. Now maybe the head of sixth form will answer her phone. Try her personal one, Beth Kemp, 07700 900871, she lives on Ethelbert Crescent if you're passing."),
     ("Moderator", "15 Sep 2025", "Comment above reported for removal.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("ekemp", "nickname", "doxxing", "Beth Kemp")])

# 184
D("facebook", dd("""
    Palm Bay Parents United
    Private group · 740 members

    Stu Pettman
    13 May at 21:20 · 🔒
    Paul Wislon is back at Tidemark like nothing happened. Smug, useless, lazy pig of a man who hides behind his lanyard. My lad's been bullied all year and he couldn't organise a fart in a baked bean factory.

    😂 27 · 19 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "Tidemark"), M("pwilson", "typo", "abuse", "Paul Wislon")])

# 185 decoy: the funfair and arcade on social
D("social", dd("""
    Margate Days Out
    @margatedaysout

    Perfect Sunday: Lunaland scenic railway 🎢 → 2p pushers at Tidemark Amusements 🪙 → chips on the sands → sunset from the harbour arm 🌅 Under £30 for a family of four if you skip the candyfloss (you won't).

    5:20 PM · Jul 27, 2025 · 8,901 Views

    66 Reposts   720 Likes
    """))

# 186
D("forum", forum_page("parentnet", "Trust contracts at our academy - am I wrong to be suspicious?", [
    ("NumbersNerd", "Joined Jan 2020 · 402 posts", "Wed 7-May-25 20:30",
     """Looked at the trust accounts on Companies House. The catering and the IT contract at Tidemark both went to firms with a director called Pryor. Denham-Pryor's husband? Her brother? Either way that's the Principal steering public money to her own family and the trust board rubber-stamping it. That's fraud, in my book."""),
    ("LegalEagleMum", "Joined Jun 2016 · 3,330 posts", "Wed 7-May-25 20:48",
     "Pryor is not an unusual surname. 'A director called Pryor' is not evidence of anything. Related-party transactions have to be declared in the accounts - check the note before you accuse anyone."),
    ("NumbersNerd", "Joined Jan 2020 · 403 posts", "Wed 7-May-25 21:02", "I will. Still smells off."),
    ], thread_id=6400),
  [M("school", "short_name", "defamation", "Tidemark"), M("ldenhampryor", "possessive", "defamation", "Denham-Pryor's")])

# 187 decoy: a similar school elsewhere
D("news", news_page(
    "classdesk", "Trusts", "Lowestoft academy joins larger trust after funding warning",
    "Tidewell Academy to transfer to East Anglian trust from September",
    "Nadia Fenwick", "3 June 2025",
    """
    Tidewell Academy in Lowestoft will move to a larger multi-academy trust from September after its current trust was issued with a financial notice to improve.

    The 900-pupil school, rated requires improvement, has had four headteachers in six years. Its new trust said it would invest in maths and English staffing and review the school's alternative provision contracts.

    Parents were told the school's name and uniform would not change.
    """),
  [])

# 188
D("facebook", dd("""
    Palm Bay Parents United
    Private group · 740 members

    Jamie Lusk
    14 March at 22:30 · 🔒
    If even half of what they're saying about Paul Wilson is true, he won't need a court. There's a lot of dads in Cliftonville who'll be waiting for him when he comes out of that building and he won't be walking home. Just saying what's coming.

    😮 31 · 40 comments
    Like   Comment   Share

        Admin - Palm Bay Parents United
        Jamie, removed. We will not host threats against anyone, whatever the allegation.
        Like · Reply · 1h
    """),
  [M("pwilson", "exact", "threat", "Paul Wilson")])

# 189 decoy: the gallery café
D("review", dd("""
    Harbourlight Café
    Café · The Parade, Margate
    4.5 ★★★★★ (904 reviews)

    Priyanka Ross
    Local Guide · 51 reviews
    ★★★★★ 3 weeks ago
    Best view of the harbour in Margate and the cardamom buns are worth the trip alone. Busy after the gallery opens, so come before 10. Staff were sweet with my toddler and found us a highchair. Pricey but you're paying for the light.
    👍 Helpful 4   Share
    """))

# 190
D("news", news_page(
    "tidings", "Schools", "Tidemark Principal to step down at end of summer term",
    "Lorraine Denham-Pryor says it is 'the right time for fresh leadership'",
    "Kerry Ansell, Education Reporter", "20 June 2025",
    """
    The Principal of Tidemark Coast Academy in Cliftonville is to step down at the end of the summer term, the Wantsum Learning Trust has announced.

    Lorraine Denham-Pryor, who has led the academy since 2019, said in a letter to families that it was "the right time for fresh leadership" and that she was "immensely proud" of the school's students and staff.

    Her departure follows a difficult year that included an independent review into the school's handling of a filmed assault. The trust thanked her for "six years of dedicated service".
    """,
    [("Gav Rudd", "20 Jun 2025", "Jumped before she was pushed."),
     ("Cliftonville Born & Bred", "20 Jun 2025", "Hope someone's waiting for her at the gates on her last day to give her a proper Cliftonville send-off. She'll not forget it. Nor will her face."),
     ("Sue Westbrook", "20 Jun 2025", "That's a disgusting comment. She's a person.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("ldenhampryor", "exact", "threat", "Lorraine Denham-Pryor")])

# 191 decoy: locality forum thread
D("forum", forum_page("thanettalk", "Best chips in Cliftonville? (settle this)", [
    ("FrontWatcher", "Member since 2010 · 2,050 posts", "Fri 4 Jul 2025 18:20",
     "Argument in our house. Northdown Road chippy vs the kiosk at Palm Bay. Go."),
    ("2pQueen", "Member since 2014 · 760 posts", "Fri 4 Jul 2025 18:31",
     "Palm Bay kiosk for the view, Northdown Road for the actual chips. Scraps on request. Don't @ me."),
    ("Isle_Native", "Member since 2009 · 2,300 posts", "Fri 4 Jul 2025 18:50",
     "Neither. The one by the Lido. Beef dripping. End of discussion."),
    ], thread_id=42001),
  [])

# 192
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Gary Stroud
    2 July at 20:05 · 🔒
    Z. Wróblewska's private email is zosiaw.thanet@mailbox.example and her mobile ends 900422 (full number in the comments) - the EAL lady from the Cliftonville academy. Since she loves "open doors" so much.

        Gary Stroud
        07700 900422
        Like · Reply · 1h
    """),
  [M("zwroblewska", "initial_surname", "doxxing", "Z. Wróblewska")])

# 193
D("review", dd("""
    RateMyTeach › Kent › Tidemark Coast Academy › Head of Year

    P. Wilson - Geography / Head of Year 9
    Average ★★★★☆ (3.9) · 33 ratings

    "strict but he actually sorts stuff out" - Year 9, Jun 2025
    Fair · Reliable

    "fat bald loser who thinks he's a cop 🤡 hope he gets sacked for real this time" - Year 10, May 2025
    Rude

    "helped me when my dad left. legend." - Year 10, Apr 2025
    Caring

    Rate this teacher · Report a rating
    """),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("pwilson", "initial_surname", "abuse", "P. Wilson")])

# 194
D("news", news_page(
    "wavelength", "Cliftonville", "Year 9 Boulogne trip cancelled after coach firm collapses",
    "Families promised full refunds by Palm Bay academy",
    "Priya Coombe", "25 March 2025",
    """
    A Year 9 day trip to Boulogne-sur-Mer organised by Tidemark Coast Academy has been cancelled after the coach company booked to run it went into administration.

    The academy said all 112 families would receive a full refund within 14 days.

    Some parents said they had only found out via a text on Monday evening, the day before departure.
    """,
    [("Lauren Davies", "25 Mar 2025", "Gutted for the kids. Not the school's fault though."),
     ("Stu P", "25 Mar 2025", "Head of year Paul Wilson organised it, ring him yourselves on his own mobile, 07700 900563, he's at home all day anyway."),
     ("Moderator", "25 Mar 2025", "We have removed a phone number from the comment above.")]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("pwilson", "exact", "doxxing", "Paul Wilson")])

# 195
D("blog", blog_page(
    "dramablog", "Review: The Tempest (Tidemark Academy, school production)", "Isle Stage", "4 April 2025",
    """
    A storm in a school hall is a brave choice for a spring show, and there is plenty to admire in this ambitious, sea-soaked Tempest from Tidemark Academy's performing arts department.

    The young Ariel - played by a Year 10 student with real stillness - is a find, and the Romanian and Dari lullabies woven into Act Two are genuinely haunting.

    But O'Halloran's direction is too busy by half. Every scene has a projection, a smoke machine or a dance break, and the play's quieter moments drown. At two hours forty with an interval, it tests the patience of even the proudest grandparent.

    ★★★ - lovely performances, needs a braver edit.
    """,
    [("Proud Nan", "4 Apr 2025", "Grandparent here - patience fully tested, loved every minute!")],
    tags=["Reviews", "School theatre"]),
  [M("school", "alias", "neutral", "Tidemark Academy"), M("cohalloran", "possessive", "negative", "O'Halloran's")])

# 196
D("review", dd("""
    SchoolSpy UK › Kent › Thanet › Secondary (academy)

    ★☆☆☆☆  "Tidemak Coast Academy - drama department is a clique"
    Posted by: Parent of a Year 8 student · 2 May 2025

    Mr O'Halloran is an arrogant little show-off and a bully who only cares about the kids who can sing. My daughter was told she "lacked presence" in front of the whole cast. Who says that to a 12 year old? Vain, nasty man.

    Rating: Leadership ★★ · Teaching ★★ · Safety ★★ · Communication ★
    Found this useful?  👍 7   👎 12   · Flag
    """),
  [M("school", "typo", "negative", "Tidemak Coast Academy"), M("cohalloran", "title_surname", "abuse", "Mr O'Halloran")])

# 197 decoy: DFL renovation blog without the school
D("blog", blog_page(
    "saltinhair", "The Great Damp Course Saga (part four)", "Hattie @ Salt In My Hair", "2 March 2025",
    """
    Update for those following the basement: the damp man came back, looked at the wall, and said the words no Cliftonville homeowner wants to hear: "it's the sea, love".

    Apparently a Victorian house three streets from the cliff edge is always going to have a relationship with salt. There's a literal tidemark on the plaster where the 1953 flood got in, which the surveyor called "historic" in the tone other people use for "expensive".

    Quote number three is in. We are going to need a lot more bake sales.
    """,
    [("Ruth in Ramsgate", "2 Mar 2025", "Ours has the same line! Embrace it. Call it character.")],
    tags=["Renovation", "Cliftonville"]),
  [])

# 198
D("blog", blog_page(
    "eal", "Guest post: what I do with the messages", "Farid Haidari", "12 March 2025",
    """
    This month's guest post is from Farid Haidari, family liaison worker at Tidemark Coast Academy in Kent.

    Last autumn I received, by my count, 340 messages calling me an invader, a rapist, a terrorist or worse. One man wrote "we know where you sleep" and then proved it. He is now in prison.

    I am writing about this not to repeat their words but because colleagues ask me how I keep going. The answer is the children. On the worst morning, a Year 7 boy from Eritrea who has been here four months said to me in careful English: "Mr Farid, you look tired. Do you want my biscuit?"

    I took the biscuit.
    """,
    [("Zosia", "12 Mar 2025", "Proud to work with you, every day."),
     ("Hannah at The Welcome Desk", "12 Mar 2025", "Thank you for trusting us with this, Farid.")],
    tags=["Guest posts", "Staff wellbeing"]),
  [M("school", "exact", "neutral", "Tidemark Coast Academy"), M("fhaidari", "exact", "neutral", "Farid Haidari")])

# 199
D("blog", blog_page(
    "unspun", "The PE suspension: what I will and won't publish", "Gav Rudd", "16 October 2025",
    """
    Since the Echo reported the suspension of a PE teacher at Tidemark last week, I've been sent screenshots. Lots of them.

    Some claim to show messages from "Bobby Gillam" to a Year 10 girl late at night, with heart emojis and comments about her photos. I can't verify any of them. Some are obviously edited. At least one is from a different school entirely.

    I am not going to publish them, and neither should you. If there are real messages, they are evidence of a crime against a child and belong with the police. If they're fake, you're spreading a lie about a man that could get him killed.

    I've spent a year holding this school to account. That includes not making things worse for a kid who might be at the centre of this.
    """,
    [("Deano", "16 Oct 2025", "Respect for this, Gav."),
     ("Anon", "16 Oct 2025", "Bit rich from you lot after last year, but fair.")],
    tags=["Schools", "Safeguarding", "Tidemark"]),
  [M("school", "short_name", "sexual", "Tidemark", url_only=True), M("rgillam", "nickname", "sexual", "Bobby Gillam", url_only=True)])

# 200
D("social", dd("""
    Dean
    @deanoo_ct9

    @rufus_tenniswood you can block me all you like mate. you excluded my brother for nothing and ive got nothing to lose. see you on the prom one of these nights, you wont see me first 👊

    12:31 AM · May 2, 2025 · 140 Views
    """),
  [M("rtenniswood", "handle", "threat", "@rufus_tenniswood")])

# 201
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Carl Hext
    26 January at 21:00 · 🔒
    Olu Bankole, the science teacher at Palm Bay who "doesn't do politics" in class. His personal email is olu.bankole.science@mailbox.example and he's got a WhatsApp on 07700 900197. Message him and tell him what you think of the "climate" lessons he's pushing on our kids.

    😂👍 27 · 14 comments
    Like   Comment   Share
    """),
  [M("obankole", "alias", "doxxing", "Olu Bankole")])

# 202
D("social", dd("""
    Kez
    @kez_margate_

    Fred Haidari at the Palm Bay academy is the most useless, self-important jobsworth going. Three weeks to fill in ONE form for my cousin. Sits there grinning with his lanyard like he's running the UN. Do your job mate.

    4:05 PM · Oct 1, 2025 · 98 Views
    """),
  [M("fhaidari", "alias", "abuse", "Fred Haidari")])

# 203
D("facebook", dd("""
    Thanet Says No
    Private group · 6.3K members

    Lee Marsden
    21 June at 23:30 · 🔒
    Mrs Wróblewska from the Cliftonville academy keeps bleating on the radio about "hate". She wants to see hate? Her tyres will be the least of it. Some of us know the car and the road. Keep talking, love.

    😡 18 · 9 comments
    Like   Comment   Share
    """),
  [M("zwroblewska", "title_surname", "threat", "Mrs Wróblewska")])

# 204
D("social", dd("""
    tilly
    @tillyyy_y10

    rob g the PE teacher at palm bay is a sad little man with a whistle and a power complex. called me "lazy" in front of everyone bc i had period pains. actual dinosaur. hope his car gets towed

    1:15 PM · Jan 30, 2025

    14 Likes
    """),
  [M("rgillam", "first_initial", "abuse", "rob g")])

# 205
D("social", dd("""
    still watching
    @stillwatching_ct

    for the people who said she'd run off to London: Lorraine D., ex-principal of the Palm Bay academy, is renting the blue house at 7 Percy Road, Broadstairs CT10 3AA now. Personal mobile 07700 900735. Not hiding very hard is she

    10:12 PM · Aug 30, 2025 · 522 Views

    3 Reposts   9 Likes
    """),
  [M("ldenhampryor", "first_initial", "doxxing", "Lorraine D.")])


# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Tidemark Coast Academy"],
    "ldenhampryor": ["Lorraine Denham-Pryor"], "rtenniswood": ["Rufus Tenniswood"],
    "rgillam": ["Robert Gillam"], "zwroblewska": ["Zofia Wróblewska"],
    "pwilson": ["Paul Wilson"], "mshore": ["Michelle Shore"], "cohalloran": ["Ciarán O'Halloran"],
    "fhaidari": ["Farid Haidari"], "ekemp": ["Elizabeth Kemp"], "obankole": ["Olumide Bankole"],
}
ALIASES = {
    "school": ["Tidemark Academy", "TCA", "Tidey", "Tidemark Coast"],
    "ldenhampryor": ["Lorraine Pryor"], "zwroblewska": ["Zosia Wróblewska"],
    "mshore": ["Michelle Dunkley"], "fhaidari": ["Fred Haidari"], "obankole": ["Olu Bankole"],
}
SURNAMES = {
    "ldenhampryor": "Denham-Pryor", "rtenniswood": "Tenniswood", "rgillam": "Gillam",
    "zwroblewska": "Wróblewska", "pwilson": "Wilson", "mshore": "Shore", "cohalloran": "O'Halloran",
    "fhaidari": "Haidari", "ekemp": "Kemp", "obankole": "Bankole",
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
