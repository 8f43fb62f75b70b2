#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train39 labelled evaluation corpus for the repwatch matcher.

Setting
    Moorbeck Community Academy, an invented mixed 11-16 comprehensive (about 1,150
    pupils) on Fellgate Road in the invented Hobcote district of Keighley, West
    Yorkshire, between the invented Grettle Brow and Scarrow Bank estates. Most pupils are
    of Pakistani and Kashmiri heritage; there are white British, Polish and Roma families
    too. It belongs to the invented Pennine Crest Learning Trust. Published office number
    01632 960552 (not doxxing); own site moorbeckacademy.example. Pupils call it "the
    Beck"; parents say "Moorbeck High" out of habit (it was Moorbeck High School before
    it became an academy). Storylines, 2024-25: a Pride assembly that became a community
    WhatsApp rumour ("they're teaching our kids about sex"), a protest at the gates, an
    imam on the governing body (Maulana Shafiq Rabbani, not watched) calling for calm,
    and outside far-right accounts turning it into anti-Muslim hate and 'grooming gang'
    dog whistles; an attendance crackdown on term-time trips to Pakistan; a restraint video
    and the suspension of the head of PE; questions about a minibus contract and the
    business manager; anti-Polish and anti-Roma abuse aimed at the EAL lead; an
    Ofsted-style "good" that nobody quite believed; Eid, results day, charity runs.
    School aliases: "Moorbeck Academy", "Moorbeck High", "MCA" (acronym shared with the
    Hobcote Muslim Community Association and the Keighley & District Motor Cycle
    Association), "Moorbeck School". "Moorbeck" alone and "the Beck" (also the everyday
    Yorkshire word for a stream) are labelled short_name.

Staff (watchlist ids and the variant traits they carry)
    rsutcliffehirst Dr Rachel Sutcliffe-Hirst, Headteacher. Hyphenated double-barrelled
                   surname ("Sutcliffe Hirst", en dash, "SutcliffeHirst"); alias
                   "Rachel Hirst" (the name she used before adding back her own
                   surname, still on old letters); nickname "Rach".
    follerenshaw   Fenwick Ollerenshaw, School Business Manager. The unique name (counts
                   without school context: his brass band, his cycling club). Alias
                   "Fen Ollerenshaw".
    rhaigh         Robert Haigh, Head of PE. Nickname-able first name (Bob, Rob,
                   Robbie); "Mr Haigh".
    jkolodziej     Joanna Kołodziej, EAL & Community Liaison Lead (Polish; works with Roma
                   families). Accented surname (written "Kolodziej" too, which counts as
                   the exact name once accents are folded); alias "Asia Kołodziej" (the
                   Polish short form families use).
    tmahmood       Tariq Mahmood, Deputy Headteacher (Behaviour & Attendance). The very
                   common name; namesakes (a Rochdale taxi driver, a Bradford GP, a club
                   cricketer) appear in decoys. Alias "Tariq Mehmood" (spelling).
    ncross         Nicola Cross, Assistant Head and Designated Safeguarding Lead. Surname
                   is an everyday word (cross, Red Cross, Cross Street, "I'm cross").
    ethackray      Elizabeth Thackray, Head of PSHE, organised the Pride assembly.
                   Nickname-able first name (Liz, Lizzie, Beth).
    adsouza        Anita D'Souza, Head of Science. The apostrophe ("D'Souza",
                   "D’Souza", "DSouza").
    nqureshi       Nasreen Qureshi, Head of Maths. Alias "Nasreen Malik" (maiden name).
    klockwood      Kieran Lockwood, PE teacher and Head of Year 9.

Voices
    Keighley Clarion news with comment threads, a regional evening paper, a national
    tabloid, a schools trade paper, a community Asian paper, a local radio site; parents'
    Facebook groups with pasted WhatsApp forwards; Keighley town and teen forums, a
    teachers' forum, a far-right "free speech" board; a councillor's blog, a trust-finance
    watchdog blog, a Muslim mum's blog, a Roma community blog, a far-right blog; Google-
    style, school-rating and employer reviews; X, Instagram, TikTok, Threads and YouTube.
    Yorkshire dialect ("nowt", "owt", "reet", "mardy", "ginnel", "nithered", "mafted",
    "sen", "love", "our lass", "tha"), Urdu/Punjabi code-switching ("beta", "bhai",
    "sharam karo", "inshallah", "mashallah", "yaar", "chacha", "khala", "gora"), Polish
    ("pani", "dziękuję", "kurwa" as untargeted swearing), pupil slang and emoji.

Decoys
    Moorbeck ARLFC, Moorbeck Tyres and Moorbeck Dental Care (excluded) and the
    moorbeckarlfc.example domain; the beck as a stream; the Hobcote Muslim Community
    Association and the motorcycle association (MCA); Masjid Al-Noor, the Madni
    Madrassa and the Grettle Brow Islamic Centre; other Keighley schools (Fellgate High,
    St Oswin's Catholic Academy); namesakes called Tariq Mahmood and Nicola Cross clearly
    elsewhere; "cross" as a word; Keighley news with no school in it; similar rows
    elsewhere (a Pride assembly in Oldham, attendance fines in Burnley).

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

    Corpus-specific notes: for the school, "alias" means a listed multi-word alias or the
    acronym ("Moorbeck Academy", "Moorbeck High", "MCA"); "Moorbeck" and "the Beck" alone
    are short_name. A listed alias inside a hashtag or handle is labelled hashtag/handle.
    Accent-stripped spellings ("Joanna Kolodziej") count as the exact name; a dropped
    apostrophe ("DSouza") is labelled typo. Hate aimed at the community or the
    school as a whole ("Keighleystan", grooming-gang slurs) is hate for the school.

Running
    python3 tests/corpus_train39/build_train39.py
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
    "school", "rsutcliffehirst", "follerenshaw", "rhaigh", "jkolodziej", "tmahmood",
    "ncross", "ethackray", "adsouza", "nqureshi", "klockwood",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["moorbeck"],
    "rsutcliffehirst": ["sutcliffe-hirst", "sutcliffe hirst"],
    "follerenshaw": ["ollerenshaw"],
    "rhaigh": ["haigh"],
    "jkolodziej": ["kolodziej"],
    "ethackray": ["thackray"],
    "adsouza": ["d'souza"],
    "klockwood": ["lockwood"],
}
EXCLUDES = ["Moorbeck ARLFC", "Moorbeck Tyres", "Moorbeck Dental Care", "moorbeckarlfc.example"]

WATCHLIST = """\
# Watchlist for the invented Moorbeck Community Academy (train39 corpus). All names are fictional.
[school]
name = "Moorbeck Community Academy"
aliases = ["Moorbeck Academy", "Moorbeck High", "MCA", "Moorbeck School"]
locality = ["Keighley", "Hobcote", "Grettle Brow", "Scarrow Bank"]
own_domains = ["moorbeckacademy.example"]
phones = ["01632 960552"]

[[staff]]
id = "rsutcliffehirst"
name = "Rachel Sutcliffe-Hirst"
role = "Headteacher"
aliases = ["Rachel Hirst"]
line_manager = "ceo@penninecrest.example"

[[staff]]
id = "follerenshaw"
name = "Fenwick Ollerenshaw"
role = "School Business Manager"
aliases = ["Fen Ollerenshaw"]
unique = true
line_manager = "head@moorbeckacademy.example"

[[staff]]
id = "rhaigh"
name = "Robert Haigh"
role = "Head of PE"
line_manager = "head@moorbeckacademy.example"

[[staff]]
id = "jkolodziej"
name = "Joanna Kołodziej"
role = "EAL and Community Liaison Lead"
aliases = ["Asia Kołodziej"]
line_manager = "deputy.head@moorbeckacademy.example"

[[staff]]
id = "tmahmood"
name = "Tariq Mahmood"
role = "Deputy Headteacher (Behaviour and Attendance)"
aliases = ["Tariq Mehmood"]
line_manager = "head@moorbeckacademy.example"

[[staff]]
id = "ncross"
name = "Nicola Cross"
role = "Assistant Headteacher and Designated Safeguarding Lead"
line_manager = "head@moorbeckacademy.example"

[[staff]]
id = "ethackray"
name = "Elizabeth Thackray"
role = "Head of PSHE"
line_manager = "deputy.head@moorbeckacademy.example"

[[staff]]
id = "adsouza"
name = "Anita D'Souza"
role = "Head of Science"
line_manager = "deputy.head@moorbeckacademy.example"

[[staff]]
id = "nqureshi"
name = "Nasreen Qureshi"
role = "Head of Maths"
aliases = ["Nasreen Malik"]
line_manager = "deputy.head@moorbeckacademy.example"

[[staff]]
id = "klockwood"
name = "Kieran Lockwood"
role = "PE teacher and Head of Year 9"
line_manager = "deputy.head@moorbeckacademy.example"

[[exclude]]
text = "Moorbeck ARLFC"

[[exclude]]
text = "Moorbeck Tyres"

[[exclude]]
text = "Moorbeck Dental Care"

[[exclude]]
domain = "moorbeckarlfc.example"
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
    "clarion": dict(
        name="Keighley Clarion", domain="keighleyclarion.example",
        nav=["News", "Sport", "Schools", "Courts", "What's On", "Announcements", "Jobs"],
        most=["Bus station toilets to close 'for good'", "Hobcote chippy named best in Airedale",
              "Plans for new leisure centre unveiled", "Gritters out as frost returns"],
        footer="Keighley Clarion is part of Pennine Local Media Ltd. Regulated by IPSO. Newsdesk: 01632 960713."),
    "star": dict(
        name="West Riding Evening Star", domain="wrstar.example",
        nav=["News", "Bradford", "Keighley & Craven", "Sport", "Business", "Opinion"],
        most=["Ring road closure: diversions for six weeks", "Takeaway fined over hygiene failings",
              "City of Culture legacy questions", "Weather: yellow warning for snow on the tops"],
        footer="© West Riding Evening Star. Contact us · Complaints · Corrections · Sitemap"),
    "beacon": dict(
        name="Daily Beacon", domain="dailybeacon.example",
        nav=["UK", "World", "Politics", "Money", "Education", "Opinion", "TV"],
        most=["Migrant hotel row: MP demands answers", "Energy bills set to rise in April",
              "Soap star's secret wedding", "Petrol prices: the map"],
        footer="© Beacon Media Group plc. Contact us · Complaints · Corrections · Terms"),
    "bulletin": dict(
        name="The Staffroom Bulletin", domain="staffroombulletin.example",
        nav=["News", "Leadership", "SEND", "Safeguarding", "Jobs", "Opinion"],
        most=["Attendance fines: what the new rules mean", "RSHE guidance: the draft explained",
              "Trusts told to publish pay", "Heads report rise in online abuse"],
        footer="The Staffroom Bulletin · independent news for school staff · Privacy · Terms"),
    "voice": dict(
        name="Northern Asian Voice", domain="northernasianvoice.example",
        nav=["Community", "Faith", "Business", "Sport", "Youth", "Urdu"],
        most=["Eid in the park draws thousands", "Young entrepreneurs: the Keighley lads selling chai",
              "Cricket: Sunday league round-up", "Ramadan timetable 2025"],
        footer="Northern Asian Voice — serving communities across the North since 1998."),
    "radio": dict(
        name="Moorside Radio News", domain="moorsideradio.example",
        nav=["Listen live", "News", "Travel", "Weather", "Presenters"],
        most=["Bypass crash: road reopens", "Keighley market traders' anger", "Win tickets: Skipton gala",
              "Travel: delays on the Skipton road"],
        footer="Moorside Radio · Community radio for Airedale · Ofcom licensed · Text the studio 07700 900215"),
}


FORUM_SITES = {
    "parenttalk": dict(name="ParentTalk UK", domain="parenttalkuk.example", tag="Talk > Secondary schools > Yorkshire",
                       footer="ParentTalk UK Ltd · Talk guidelines · Report a post · Privacy"),
    "town": dict(name="Keighley Town Talk", domain="keighleytalk.example", tag="Boards > Local news & issues",
                 footer="Keighley Town Talk · run by locals since 2005 · Be civil or be gone."),
    "chalk": dict(name="ChalkFace", domain="chalkface.example", tag="Forums > Secondary > Leadership & management",
                  footer="ChalkFace — anonymous support for teachers. Posts are not checked before publication."),
    "fsb": dict(name="Patriot Free Speech Board", domain="freespeechboard.example", tag="Boards > Grooming Gangs & Two-Tier Britain",
                footer="We do not censor. Views are those of posters. Donate to keep us online."),
    "teen": dict(name="TeenChat UK", domain="teenchatuk.example", tag="Forums > School life > Teachers",
                 footer="TeenChat UK · Community rules · Safeguarding · Contact mods"),
    "polonia": dict(name="Polonia Yorkshire Forum", domain="poloniayorks.example", tag="Forum > Szkoły / Schools",
                    footer="Polonia Yorkshire — forum dla Polaków w Yorkshire. Regulamin · Kontakt"),
    "rl": dict(name="Amateur RL Talk", domain="amateurrltalk.example", tag="Forums > Pennine League",
               footer="Amateur RL Talk — for the grassroots game. Not affiliated with any governing body."),
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
    "cllr": dict(name="Cllr Bashir's Notebook", domain="cllrbashir.example", tagline="Notes from Hobcote ward",
                 side=["About me", "Surgeries", "Casework", "Contact"]),
    "watch": dict(name="Academy Watch Yorkshire", domain="academywatchyorks.example", tagline="Following the money in Yorkshire's trusts",
                  side=["About", "Trust accounts tracker", "Tip-offs", "Donate"]),
    "hijabi": dict(name="Hijabi Mum in the Dales", domain="hijabimumdales.example", tagline="Faith, four kids and far too much laundry",
                   side=["About me", "Recipes", "Ramadan diaries", "Contact"]),
    "roma": dict(name="Roma Voices North", domain="romavoicesnorth.example", tagline="Our families, our stories",
                 side=["About us", "Advice", "Events", "Romanes corner"]),
    "patriot": dict(name="The Airedale Patriot", domain="airedalepatriot.example", tagline="Saying what the mainstream media won't",
                    side=["Donate", "Our mission", "Grooming gangs: the files", "Contact"]),
    "classroom": dict(name="Notes from a Northern Classroom", domain="northernclassroom.example", tagline="A teacher writes, mostly at 11pm",
                      side=["About", "Best posts", "Teacher wellbeing"]),
    "walks": dict(name="Worth Walking", domain="worthwalking.example", tagline="Moors, becks and the odd pub",
                  side=["Walks", "History", "Pubs", "About"]),
    "food": dict(name="Parkin & Pakoras", domain="parkinpakoras.example", tagline="Cooking between two kitchens",
                 side=["Recipes", "Eid specials", "About"]),
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
    "clarion", "Schools", "Parents gather at Keighley school gates in row over Pride assembly",
    "Moorbeck Community Academy says the assembly was about 'kindness and the law', not 'teaching sex'",
    "Sadia Rauf, Education Reporter", "14 June 2024",
    """
    Around sixty parents gathered outside Moorbeck Community Academy in Hobcote on Thursday morning after messages shared on WhatsApp claimed that Year 7 pupils had been "taught about sex" in a Pride month assembly.

    The school says the claims are untrue. The assembly, it says, was led by its head of PSHE, Elizabeth Thackray, and covered the Equality Act, kindness and what to do about homophobic bullying. No sexual content was shown.

    Headteacher Dr Rachel Sutcliffe-Hirst came out to speak to parents at the gate. "I understand why people were upset by what they read," she told the Clarion afterwards. "What they read was not what happened. We've invited every family who has concerns to come in and see the slides for themselves."

    ## 'Talk, don't shout'

    Maulana Shafiq Rabbani, imam at Masjid Al-Noor and a governor at the school, said he had seen the slides. "There is nothing in them that any parent need fear. Our faith teaches us to speak with adab, with good manners, and to check what we hear before we pass it on. I am asking families: come inside, drink tea, talk. Don't stand in the road and shout."

    One father, who gave his name as Imtiaz, said he was not satisfied. "They should ask parents first. That's all we want. It's our children."

    The protest broke up peacefully before 9am. West Yorkshire Police said officers attended as a precaution.
    """,
    [("HobcoteLad", "14 Jun 2024, 10:02", "Fair play to the imam. More sense than the whole WhatsApp group put together."),
     ("Ilkley_Observer", "14 Jun 2024, 11:37", "Moorbeck is a madrassa with a uniform these days. Keighleystan strikes again. Give it ten years and there won't be a Yorkshireman left in the town."),
     ("Shaz B", "14 Jun 2024, 12:15", "@Ilkley_Observer I was born in Keighley, my dad was born in Keighley. Tha'r talking rubbish."),
     ("Mrs P", "14 Jun 2024, 13:40", "Parents SHOULD have been told beforehand. Not homophobic to say that.")]),
  [M("school", "exact", "hate", "Moorbeck Community Academy"), M("ethackray", "exact", "neutral", "Elizabeth Thackray"),
   M("rsutcliffehirst", "exact", "neutral", "Rachel Sutcliffe-Hirst")])

# 001
D("facebook", dd("""
    Hobcote & Grettle Brow Community Noticeboard
    Public group · 6.2K members

    Rukhsana Begum
    12 June at 22:47 · 🌍
    Forwarded many times ⏩⏩
    "Salaam sisters please share. At Moorbeck they showed year 7 children a video about how two men do it. Miss Thackray told the kids they can choose to be gay and not tell there parents. Our kids are 11!!! We have to stand together tomorrow 8am at the gate. Sharam karo. Don't let them do this to our bachay"

    😡 211 · 😢 40 · 187 comments · 402 shares

        Adeel Hussain
        Sister where is this from? Who saw this video? My daughter was in that assembly and she said it was about bullying and a cartoon about two penguins lol
        Like · Reply · 2d

        Rukhsana Begum
        Bhai its from a parent, its going round all the groups
        Like · Reply · 2d

        Adeel Hussain
        "Going round all the groups" isn't a source. Ask the school. Don't spread fitna.
        Like · Reply · 2d

        Naila K
        I'm coming tomorrow. Even if it was penguins they should of asked us first
        Like · Reply · 2d
    """),
  [M("school", "short_name", "defamation", "Moorbeck"), M("ethackray", "title_surname", "defamation", "Miss Thackray")])

# 002
D("social", dd("""
    Steve 'Yorkshire First' Dawes 🏴󠁧󠁢󠁥󠁮󠁧󠁿
    @YorksFirstSteve

    A "Pride" assembly in Keighley, at a school that's 90% you-know-who, and the only people kicking off are... you-know-who. Can't make it up. Meanwhile the same community's been running rape gangs in every northern town for 30 years and the police daren't say a word. #Moorbeck #GroomingGangs #Keighleystan

    8:12 PM · Jun 13, 2024 · 18.4K Views

    311 Reposts   44 Quotes   1.1K Likes

    ──────────
    Ruth H @ruthh_bd21 · Jun 13
    Kids at that school are 11. Leave them out of your culture war.

    Steve 'Yorkshire First' Dawes 🏴󠁧󠁢󠁥󠁮󠁧󠁿 @YorksFirstSteve · Jun 13
    @ruthh_bd21 the ones I feel for are the white girls in the town love
    """),
  [M("school", "hashtag", "hate", "#Moorbeck")])

# 003
D("social", dd("""
    zaynab 🌷 @zaynabbb_x

    ngl miss thackray killed it in assembly today 😭🏳️‍🌈 she did the penguin story and literally everyone clapped. then i got home and my mum's whatsapp is on fire saying we watched p*rn???? what. the beck actually did something right for once and the aunties have lost it 💀

    4:51 PM · Jun 11, 2024

    12 Reposts   3 Quotes   87 Likes
    """),
  [M("ethackray", "title_surname", "neutral", "miss thackray"), M("school", "short_name", "neutral", "the beck")])

# 004
D("news", news_page(
    "star", "Keighley & Craven", "Keighley deputy head defends fines for term-time trips abroad",
    "Tariq Mahmood says 'every lost day counts' as families face penalty notices",
    "Owen Pickersgill", "9 January 2025",
    """
    A deputy headteacher at a Keighley secondary school has defended a crackdown on term-time holidays after dozens of families were issued with fixed penalty notices following trips to Pakistan over Christmas.

    Tariq Mahmood, who is responsible for behaviour and attendance at Moorbeck Academy, said the school understood "how much those visits matter" but that pupils who missed three or four weeks in Year 10 or 11 were "falling off a cliff" in their GCSE subjects.

    "I've got family in Mirpur myself. I know what a wedding over there means, I know what it costs to fly six people," he said. "But we've looked at the data and every lost day counts. We'd rather have the conversation in September than the fine in January."

    Bradford Council confirmed that penalty notices are issued by the local authority on the school's request. Under national rules introduced last year, the fine is £80 per parent per child, rising to £160 if not paid within 21 days.

    Some parents say the policy ignores bereavements. A mother from Scarrow Bank told the Star her son had been marked as unauthorised absence while attending his grandmother's funeral in Dadyal.
    """,
    [("Nas_Keighley", "9 Jan 2025, 18:20", "He's right tbh. My cousin went for six weeks in year 11 and came back and failed everything."),
     ("Jan W", "9 Jan 2025, 19:01", "Funerals should be authorised, full stop. Have a heart."),
     ("BD21_Dad", "9 Jan 2025, 21:15", "Easy to say when you're on a deputy head's salary. Some of us only see our parents once in five years.")]),
  [M("tmahmood", "exact", "neutral", "Tariq Mahmood"), M("school", "alias", "negative", "Moorbeck Academy")])

# 005
D("facebook", dd("""
    Keighley Mums Chat 💬
    Private group · 3.4K members

    Saima Javed
    10 January at 09:12
    So Mr Mahmood has fined us £320 because we went to Pakistan for my father in law's chaleeswan (40 day prayers) 😤 I gave the school the death certificate!!! He knows exactly what it is he's one of us. No heart. Sharam karo honestly. Moorbeck attendance team are the worst in Keighley, my sister's kids at Fellgate never got fined for the same thing.

    👍 64 · 😡 22 · 93 comments

        Kelly-Ann Robertshaw
        Same here love, fined for my nana's funeral in Sunderland. It's not a Pakistani thing it's a them thing
        Like · Reply · 1d

        Bushra A
        Did you appeal? The council has a form, my cousin got hers dropped
        Like · Reply · 1d

        Saima Javed
        @Bushra A doing it now ty ❤️
        Like · Reply · 1d
    """),
  [M("tmahmood", "title_surname", "negative", "Mr Mahmood"), M("school", "short_name", "negative", "Moorbeck")])

# 006 decoy: excluded tyre firm
D("review", dd("""
    Moorbeck Tyres
    Tyre shop · Beckside Trading Estate, Keighley
    4.8 ★★★★★ (312 reviews)

    Darren Illingworth
    Local Guide · 41 reviews
    ★★★★★ 2 weeks ago
    Come in wi' a nail in me back tyre at half 4 on a Friday, lad had it out and patched in twenty minutes and charged me a tenner. Proper job. Them big chains'd have sold me two new 'uns. Won't go anywhere else now.
    👍 Helpful 7   Share

    Fatima Zahra
    ★★★★☆ a month ago
    Good price on part-worns, quick fitting. Bit of a wait as they were busy but they told me straight. Lost a star because the waiting room was freezing, I was proper nithered 🥶
    👍 Helpful 2   Share

    Response from the owner · a month ago
    Cheers Fatima, we've got a heater sorted now! — Moorbeck Tyres
    """))

# 007
D("forum", forum_page("town", "Fellgate Road at school run - someone's going to get killed", [
    ("Pete_BD22", "Member since 2011 · 2,340 posts", "Tue 1 Oct 2024, 08:55",
     """Every single morning. Cars double parked both sides from the roundabout right up to the school gates, engines running, kids weaving between them. Moorbeck sends letters home and nobody reads them.

     This morning a Range Rover mounted the pavement outside the Polish shop to get past the bin wagon. With kids on it."""),
    ("grettlebrow_gal", "Member since 2019 · 312 posts", "Tue 1 Oct 2024, 09:20",
     """It's not just the parents, the staff park on Beckside Terrace and we can't get out of our own drives. I've had a word twice.

     To be fair Mr Haigh is out on the gate every morning in his hi-vis in all weathers, waving the traffic through and telling lads to tuck their shirts in. Top bloke. The rest of them stop in the warm."""),
    ("Pete_BD22", "Member since 2011 · 2,341 posts", "Tue 1 Oct 2024, 09:31",
     "Aye, he's alreet him. It's the school's problem though, not his."),
    ("Moderator", "Moderator", "Tue 1 Oct 2024, 10:02",
     "Council contact for parking enforcement is in the sticky at the top of this board. Please report vehicles on the pavement there."),
    ], thread_id=3310),
  [M("school", "short_name", "negative", "Moorbeck"), M("rhaigh", "title_surname", "neutral", "Mr Haigh")])

# 008
D("social", dd("""
    TikTok · @yr9_olympics · "sports day at the beck was MADDD 🏃‍♂️🔥" · #moorbeck #sportsday #keighley

    Comments (2,418)

    ayaan.x09
    lockwood doing the relay in his sliders 💀💀
    6-28 · Reply · ♡ 1,402

    hxnnah.05
    not me rewatching the bit where mr lockwood takes his hoodie off 😳😳 he can give me detention any day
    6-28 · Reply · ♡ 622

    amaraa__k
    @hxnnah.05 GIRL he's like 30 💀 behave
    6-28 · Reply · ♡ 210

    moorbeckPEdept
    Great day everyone, well done 9T on the tug of war! 🏆
    6-29 · Reply · ♡ 88
    """),
  [M("klockwood", "title_surname", "sexual", "mr lockwood"), M("school", "hashtag", "neutral", "#moorbeck")])

# 009
D("news", news_page(
    "beacon", "Education", "PE teacher suspended after video shows him 'pinning pupil to wall'",
    "Parents at Yorkshire school demand answers after clip goes viral on Snapchat",
    "Gemma Hollister", "4 March 2025",
    """
    A head of PE has been suspended after a video appearing to show him pressing a 14-year-old boy against a corridor wall was shared thousands of times on social media.

    Robert Haigh, who has taught at Moorbeck Community Academy in Keighley for 17 years, was suspended on Monday pending an investigation. The school said the matter had been referred to the local authority designated officer.

    The 11-second clip, filmed on a phone, shows a man in a tracksuit holding a boy by the upper arms while other pupils shout. It is not clear what happened before filming started.

    Some parents have defended the teacher, saying he was breaking up a fight. One mother said: "Mr Haigh is the only one those lads listen to. He'd have been stopping something worse."

    Others said the video was "disgusting". The boy's uncle told the Beacon the family had "lost all trust" in the school.

    The Pennine Crest Learning Trust said: "We take every allegation seriously. A suspension is a neutral act."
    """,
    [("Truthseeker1066", "4 Mar 2025, 13:01", "Bet the kid had it coming. Bring back the cane."),
     ("Lorraine M", "4 Mar 2025, 14:22", "Ridiculous. Teachers can't do anything these days without a phone in their face."),
     ("kashif_bd", "4 Mar 2025, 15:40", "If that was my nephew Haigh wouldn't be walking to his car after work, simple as. He knows where we are."),
     ("Northern Nan", "4 Mar 2025, 17:02", "@kashif_bd and this is why they're leaving the profession.")]),
  [M("rhaigh", "exact", "threat", "Robert Haigh"), M("school", "exact", "negative", "Moorbeck Community Academy")])

# 010 decoy: namesake elsewhere
D("news", news_page(
    "star", "Courts", "Rochdale taxi driver jailed over 'crash for cash' insurance scam",
    "Tariq Mahmood, 44, staged three collisions on the same roundabout",
    "Court Reporter", "21 November 2024",
    """
    A Rochdale private hire driver who staged three collisions on the same roundabout to claim more than £40,000 from insurers has been jailed for two years.

    Tariq Mahmood, 44, of Halfpenny Lane, Rochdale, admitted fraud by false representation at crown court. The court heard he recruited relatives as "passengers" who then claimed for whiplash and physiotherapy that never took place.

    The insurers' fraud investigators had linked the claims after noticing the same dashcam timestamp glitch in all three.

    Sentencing, the judge said such frauds "push up premiums for every honest driver in the North West".
    """),
  [])

# 011
D("blog", blog_page(
    "watch", "Moorbeck's minibuses: who's driving the contract?", "Academy Watch Yorkshire", "18 February 2025",
    """
    Another week, another trust that thinks procurement rules are for other people.

    In 2023 Moorbeck Academy in Keighley leased four new minibuses on a five-year deal worth, by our sums, just over £190,000. The contract went to Pennine Vehicle Solutions Ltd, a company incorporated eleven weeks before the tender closed.

    We're told by two separate sources that one director of Pennine Vehicle Solutions is related by marriage to the school's business manager, Fenwick Ollerenshaw. We've asked the school whether that interest was declared. Three emails, no answer.

    ## What we'd like to know

    Was there a competitive tender? Who scored it? Why are the same minibuses available from a national lessor for about two-thirds of the price? And why has the trust's register of interests for 2023-24 quietly disappeared from its website?

    We're not saying anyone has broken the law. We're saying it looks like somebody at Moorbeck has been looking after family, and the trust has been happy to look the other way.
    """,
    [("ex-staff, anon", "18 Feb 2025 at 21:03", "Fen Ollerenshaw signs off everything over there. Nobody questions him. Keep digging."),
     ("Governor (not this school)", "19 Feb 2025 at 07:40", "Be careful. Related-party transactions are allowed if declared. You might owe someone an apology."),
     ("Academy Watch Yorkshire", "19 Feb 2025 at 08:12", "@Governor fair point, which is why we asked. We'll publish any reply in full.")],
    tags=["Pennine Crest", "Procurement", "Keighley"]),
  [M("school", "alias", "defamation", "Moorbeck Academy"), M("follerenshaw", "exact", "defamation", "Fenwick Ollerenshaw")])

# 012
D("social", dd("""
    Instagram

    moorbeckacademy
    Moorbeck Community Academy

    Eid Mubarak from all of us! 🌙✨ Thank you to the families who sent in food for our Eid lunch today – 400 plates of biryani gone in 20 minutes 😂 and a special shout-out to Year 8 for the mehndi stall. #EidMubarak #Keighley

    View all 31 comments

    amna.bakes ❤️❤️ mashallah lovely to see
    3d  12 likes  Reply

    gary_k_1979 Would they do this for Christmas? Thought not 🙄
    3d  4 likes  Reply

    moorbeckacademy @gary_k_1979 We had a Christmas jumper day, a carol concert and a Christmas lunch in December 😊
    3d  41 likes  Reply

    samiya.k_ miss the biryani lady already 😭
    2d  2 likes  Reply
    """),
  [M("school", "exact", "negative", "Moorbeck Community Academy")])

# 013
D("facebook", dd("""
    Polacy w Keighley i okolicach 🇵🇱
    Grupa prywatna · 1,9 tys. członków

    Magdalena Wróbel
    3 października o 19:40
    Chciałam bardzo podziękować Pani Asi z Moorbeck! Asia Kołodziej pomogła nam wypełnić wszystkie papiery do free school meals i załatwiła tłumacza na parents evening. Mój syn był w szkole dopiero dwa tygodnie i już ma kolegów. Dziękuję! ❤️

    (EN for the English-speaking members: huge thanks to Asia at Moorbeck who helped us with all the free school meals forms and got an interpreter for parents' evening. My son has only been there two weeks and already has friends.)

    ❤️ 58 · 14 comments

        Tomasz Zieliński
        Potwierdzam, super babka. Helped my wife with the bus pass too.
        Lubię to! · Odpowiedz · 3 tyg.

        Ewa Nowak
        Czy ona też pracuje z rodzinami romskimi? My neighbour needs help with the same forms
        Lubię to! · Odpowiedz · 3 tyg.
    """),
  [M("school", "short_name", "neutral", "Moorbeck"), M("jkolodziej", "alias", "neutral", "Asia Kołodziej")])

# 014
D("social", dd("""
    Gaz Brearley @gaz_brearley_88

    Moorbeck now paying some Polish woman a salary to "liaise" with the Roma. Liaise. With the gyppos who nick the lead off the church roof and sign on in three names. Kolodziej should liaise herself back to Gdansk and take her pikey mates with her. Our kids can't get a school place but this lot get translators 🤡

    11:02 PM · Oct 4, 2024 · 1,030 Views

    8 Reposts   2 Quotes   34 Likes
    """),
  [M("school", "short_name", "hate", "Moorbeck"), M("jkolodziej", "surname_only", "hate", "Kolodziej")])

# 015
D("news", news_page(
    "bulletin", "Safeguarding", "'I read every message so my staff don't have to': heads on the rise in online abuse",
    "A Keighley headteacher describes the week a rumour went viral",
    "Priya Chandarana", "3 July 2024",
    """
    When a false rumour about a Pride assembly spread through community WhatsApp groups in June, Dr Rachel Sutcliffe-Hirst spent most of one weekend reading hate.

    "There were the local messages, which were angry and frightened and mostly wrong, but human," says the head of Moorbeck Community Academy in Keighley. "And then there was the national pile-on, which was something else entirely. Accounts with flags in their names who had never been to Keighley telling the world my pupils were future rapists."

    She read out one message to us, from an account since suspended: "Shut it down and ship them back." She did not want to read out the others.

    ## A pattern

    The Bulletin has spoken to eleven heads in the last month, all of whom describe a rise in abuse aimed at schools and individual staff. Several describe staff being named and photographed. A survey by one heads' union found that 41 per cent of leaders had received abusive messages in the last year.

    Dr Sutcliffe-Hirst says the turning point at Moorbeck came when the school's imam governor invited protesting parents in to see the slides. "Half of them left saying 'is that it?'"

    She now asks one colleague to screen the school's social accounts so that the member of staff named in the rumour does not have to.
    """),
  [M("rsutcliffehirst", "exact", "neutral", "Rachel Sutcliffe-Hirst"), M("school", "exact", "neutral", "Moorbeck Community Academy")])

# 016
D("forum", forum_page("chalk", "DSL drowning - how do other schools cope?", [
    ("ScienceNQT_gone_grey", "Joined 2021 · 204 posts", "Sun 17 Nov 2024 20:14",
     """Not naming the school but I'm in a big comp in West Yorks (ok, it's Moorbeck, anyone local will know). Our DSL is incredible but she is one person with a caseload that would flatten a social work team. Mrs Cross was in till 9pm three nights last week and then did a Section 47 meeting on Saturday.

     SLT keep adding to her plate. Attendance, mental health, online safety, now the prevent referrals after the summer. How do other schools staff safeguarding? Is one DSL and two deputies normal for 1,100 kids?"""),
    ("OldHeadWest", "Joined 2014 · 3,991 posts", "Sun 17 Nov 2024 20:40",
     "Not normal, no. We have a DSL who does nothing else plus three deputies, and a family liaison officer. Your leadership is running a risk and your DSL will burn out. Raise it with governors."),
    ("ScienceNQT_gone_grey", "Joined 2021 · 205 posts", "Sun 17 Nov 2024 21:02",
     "Thanks. We do have a family liaison/EAL person who is brilliant but she's already doing three jobs too."),
    ], thread_id=5520),
  [M("school", "short_name", "negative", "Moorbeck"), M("ncross", "title_surname", "neutral", "Mrs Cross")])

# 017
D("social", dd("""
    Threads
    noor.teaches.chem

    Results day at the Beck and our Year 11 science grades are up AGAIN 🧪📈 Ms D'Souza you absolute weapon. Three years ago we had 38% getting a 4+ in combined, today it's 71%. Bloody brilliant. The kids smashed it, the department smashed it, I'm going for a kip.

    ♡ 214   💬 19   🔁 8
    """),
  [M("school", "short_name", "neutral", "the Beck"), M("adsouza", "title_surname", "neutral", "Ms D'Souza")])

# 018
D("review", dd("""
    SchoolSpy UK › West Yorkshire › Keighley › Moorbeck Community Academy

    ★★☆☆☆  "Good pastoral team, maths is a shambles"
    Reviewed by: Parent of a current pupil (Year 10) · 22 November 2024

    My son is happy at Moorbeck Community Academy and the pastoral team have been great with him. The problem is maths. He has had four different supply teachers since September, homework is set on an app that doesn't work on his phone, and when I emailed the head of department about it I got nothing back. Mrs Qureshi was very nice at parents' evening in person but three emails without a reply is not acceptable when it's his GCSE year.

    Would you recommend this school? Maybe, if maths sorts itself out.
    Was this review helpful?  Yes (9)  No (1)  · Report

    Response from Moorbeck Community Academy · 25 November 2024
    Thank you for taking the time to write. We're sorry you've not had a reply. Please ring the office on 01632 960552 and ask for the maths department.
    """),
  [M("school", "exact", "negative", "Moorbeck Community Academy"), M("nqureshi", "title_surname", "negative", "Mrs Qureshi")])

# 019 decoy: a stream called Moor Beck, the locality, a mosque
D("blog", blog_page(
    "walks", "Up Moor Beck to the old packhorse bridge", "Ian (Worth Walking)", "2 March 2025",
    """
    A short one this week, because the tops were clagged in and I'm getting soft in my old age.

    Park on the road below the Grettle Brow allotments (be considerate, folk live there) and drop down the ginnel by the old chapel to pick up the path along Moor Beck. After all the rain the beck was roaring - proper peat-brown, foaming over the stones like a pint of bitter that's been poured badly.

    Follow the beck upstream for about a mile and a half. You'll pass the back of the Masjid Al-Noor car park, where a couple of lads were having a kickabout and shouted "alreet mister!" as I went by. Then it's fields, a stile that's seen better days, and the packhorse bridge, which is narrower than you'd think. Ponies carried wool over here to the mills in Keighley for two hundred years.

    Back the same way or, if you're feeling brave, up over the moor to the trig point. I wasn't feeling brave. I went to the chippy in Hobcote instead.

    Distance: 3.5 miles. Boots: essential. Mood: improved.
    """,
    [("Pauline", "2 Mar 2025", "Walked this last summer, lovely. Watch out for the bull in the top field!"),
     ("Ian (Worth Walking)", "2 Mar 2025", "@Pauline no bull today thank goodness, just very judgemental sheep.")],
    tags=["Keighley", "Short walks", "Becks and rivers"]))

# 020
D("facebook", dd("""
    Keighley Memories - Past & Present
    Public group · 22K members

    Brian Feather
    2 February at 14:03
    Found this in me mam's loft. Moorbeck High School, fourth year netball team, 1986. Mr Sunderland the PE teacher on the left. Anybody recognise themselves? I think the lass in the middle is Julie Smith from Scarrow Bank.

    [photo]

    ❤️ 142 · 😮 6 · 58 comments

        Julie Pickles
        That's ME!! 😂 Julie Smith as was. Where's me perm gone 😭
        Like · Reply · 5d

        Mohammed Arif
        My brother went there in the 80s, he said the dinners were the best in Keighley. Spam fritters every Friday
        Like · Reply · 5d

        Brian Feather
        @Julie Pickles haha I knew it! Hope you're keeping well love
        Like · Reply · 5d
    """),
  [M("school", "alias", "neutral", "Moorbeck High")])

# 021
D("social", dd("""
    X
    @dontreadmyname_

    that thackray from moorbeck wants her head kicking in. filling kids heads with that filth. she finishes at 4, she walks to the bus stop on her own, just saying. someone's going to teach her a lesson she won't forget

    9:14 PM · Jun 12, 2024 · 640 Views

    0 Reposts   1 Quote   6 Likes
    """),
  [M("ethackray", "surname_only", "threat", "thackray"), M("school", "short_name", "neutral", "moorbeck")])

# 022
D("facebook", dd("""
    Moorbeck Community Academy
    Page · Education · 01632 960552 · moorbeckacademy.example

    ⚽ FIXTURE NEWS ⚽
    Our Year 9 girls are through to the county cup semi-final after a 3-1 win over St Oswin's on Wednesday! Huge thanks to Mr Lockwood for coaching them through a freezing January and to the parents who came to shout from the touchline. Semi-final is on 6 Feb, away at Fellgate High. Come and support if you can! 💙🤍

    👍❤️ 203 · 27 comments · 4 shares

        Shabana R
        Mashallah well done girls!! Amaani was buzzing when she got home 😍
        Like · Reply · 2w

        Lee Atkinson
        Brilliant effort. My lass said Mr Lockwood were proper mafted in his big coat shouting at them to keep their shape 😂
        Like · Reply · 2w
    """),
  [M("school", "exact", "neutral", "Moorbeck Community Academy"), M("klockwood", "title_surname", "neutral", "Mr Lockwood")])

# 023
D("social", dd("""
    YouTube · "KEIGHLEY SCHOOL TEACHER CAUGHT ON CAMERA 😡 (full video)" · 84K views

    Comments

    @blunt_yorkshire
    Bob Haigh taught me 15 yr ago and he's the straightest bloke I know. That kid was swinging punches before the camera started. Leave him alone.

    @realtalk_uk
    @blunt_yorkshire dinosaur teacher defending dinosaur teacher 🦖

    @ZainXO
    everyone at moorbeck knows he's a bully. has been for years. he made my cousin do laps in the rain til he was sick

    @blunt_yorkshire
    @ZainXO that's called cross country mate 😂
    """),
  [M("rhaigh", "nickname", "negative", "Bob Haigh"), M("school", "short_name", "neutral", "moorbeck")])

# 024
D("news", news_page(
    "voice", "Community", "Imam-governor urges parents to 'come in and drink tea' after assembly rumour",
    "Maulana Shafiq Rabbani says WhatsApp 'is not a source of knowledge'",
    "Hamza Ali", "20 June 2024",
    """
    The imam of Masjid Al-Noor in Hobcote has used his Friday khutbah to urge families to check what they read on social media, after a rumour about an assembly at Moorbeck Community Academy led to a protest at the school gate.

    Maulana Shafiq Rabbani, who has been a governor at the school for six years, told worshippers that "spreading what you have not checked is itself a sin". He said he had sat in on a repeat of the assembly with twenty parents and "found nothing to be afraid of".

    Not everyone in the congregation agreed. One elder, speaking afterwards, said parents "should still have been asked, not told". Another younger father said: "The imam's right. Half the uncles hadn't even read the message properly, they just forwarded it."

    The school's headteacher has since written to all families offering a parents' forum on relationships education before the next academic year.

    Masjid Al-Noor will host a community iftar and open evening in March. All faiths welcome.
    """),
  [M("school", "exact", "neutral", "Moorbeck Community Academy")])

# 025
D("social", dd("""
    Kelz 💅 @kelz_bd21
    replying to @MoorbeckAcad

    absolute joke of a school. rang 6 times about my daughter being bullied on the bus and nobody rang back. dont put "your child's safety is our priority" on your posters if you dont mean it 🙄

    7:41 AM · Sep 24, 2024
    """),
  [M("school", "handle", "negative", "@MoorbeckAcad")])

# 026 decoy: neighbouring school
D("news", news_page(
    "clarion", "Schools", "Fellgate High's new sports hall opens after three-year wait",
    "Olympian cuts the ribbon on £4m facility",
    "Sadia Rauf", "12 September 2024",
    """
    Pupils at Fellgate High School finally got to play in their new sports hall this week, three years after the old one was condemned because of crumbling concrete.

    The £4m building has a four-court hall, a climbing wall and a dance studio, and will be open to community clubs in the evenings and at weekends. Head of PE Donna Crabtree said: "Our kids have been doing PE in the canteen and on the car park. This is a game-changer."

    Former Olympic hurdler Claire Ashby, who grew up in Keighley, cut the ribbon and joined a Year 8 netball lesson. "I've been to some very fancy facilities," she said. "This is one of the best school ones I've seen."

    The hall will host the town's schools' netball tournament in November.
    """,
    [("DCrabtreeFan", "12 Sep 2024", "About time! Well done Fellgate."),
     ("Rob", "12 Sep 2024", "Three years in the canteen. Shocking that it took that long.")]))

# 027
D("facebook", dd("""
    Keighley Community Watch 👁️
    Public group · 11K members

    Darren Nutter
    6 March at 22:10
    For all them slagging off the teacher in that video. I know the family of the lad. Kid's been excluded from two schools already. Robbie Haigh has been breaking up fights at the Beck for nearly 20 years and never once laid into a kid. The mam's already got a no win no fee solicitor sniffing about. Disgrace.

    👍 310 · 😡 12 · 144 comments

        Michelle Tordoff
        Agree Darren. He taught my three and they'd walk through fire for him
        Like · Reply · 3d

        Irfan Shah
        You shouldn't be posting about a child's family on here mate. Whatever happened, he's a kid
        Like · Reply · 3d

        Darren Nutter
        @Irfan Shah I didn't name him did I
        Like · Reply · 3d
    """),
  [M("rhaigh", "nickname", "neutral", "Robbie Haigh"), M("school", "short_name", "neutral", "the Beck")])

# 028
D("social", dd("""
    Instagram · story reply screenshot posted by @moorbeck.memes

    "when Mr Mahmood catches you walking in at 8:51 with a Greggs" 😭😭

    [image: a cat frozen mid-step, caught in torchlight]

    ♡ 1,204 · 66 comments

    ali.rxza: the way he just LOOKS at you 💀
    zaraaa.b: "eight fifty ONE" in his voice 😭
    moorbeck.memes: he's actually sound tho fr he let me off yesterday
    """),
  [M("tmahmood", "title_surname", "neutral", "Mr Mahmood"), M("school", "handle", "neutral", "@moorbeck.memes")])

# 029
D("forum", forum_page("fsb", "KEIGHLEY - the next Rotherham? (thread)", [
    ("Albion_Awake", "Posts: 8,231 · Rep: 1,102", "14 Jun 2024 23:11",
     """Keep an eye on Keighley lads. School called Moorbeck, 90%+ "Asian" (we all know what that means), deputy head is a Tariq Mahmood. Go and look at the names in the Rochdale and Telford trials then tell me this is a safe place to send a white girl.

     Attendance "crackdown" my backside. It's a recruiting ground."""),
    ("TwoTierTommy", "Posts: 1,487 · Rep: 203", "14 Jun 2024 23:30",
     "The names never change do they. Same surnames in every court report. Peacefuls gonna peaceful."),
    ("NorthernLass77", "Posts: 612 · Rep: 88", "15 Jun 2024 00:02",
     "My cousin's girl went to school in Keighley. Never again. These people see our daughters as meat."),
    ("Albion_Awake", "Posts: 8,232 · Rep: 1,103", "15 Jun 2024 00:14",
     "Exactly. Name and shame. Mahmood and his mates need watching."),
    ], thread_id=66120),
  [M("school", "short_name", "hate", "Moorbeck"), M("tmahmood", "exact", "hate", "Tariq Mahmood")])

# 030
D("review", dd("""
    JobJudge › Moorbeck Community Academy › Reviews

    "Brilliant kids, finance office from hell"
    ★★☆☆☆  Former Employee - Admin Officer in Keighley · 8 January 2025
    I worked at Moorbeck Community Academy for 2 years

    Pros
    The kids are funny and kind. Colleagues in the main office look after each other. The head is visible and always says hello.

    Cons
    Business manager (F. Ollerenshaw) micromanages everything down to the price of biros, then signs off big contracts without telling anyone. Shouts at admin staff. Rolls his eyes when you ask for overtime you've worked. I left after he made one of the cleaners cry over a timesheet.

    Advice to management
    Look at why every admin post turns over in 18 months.

    Helpful (11) · Share · Report
    """),
  [M("school", "exact", "negative", "Moorbeck Community Academy"), M("follerenshaw", "initial_surname", "negative", "F. Ollerenshaw")])

# 031
D("social", dd("""
    X
    Yasmin @yas_kgy

    my mam got a text from an "unknown number" saying Miss Thackray is a lesbian and a groomer and "we know where she lives" with her road in it 😶 this is so wrong, she's the only teacher at the beck my little sister talks to. whoever is sending these you're the problem not her

    5:20 PM · Jun 15, 2024
    """),
  [M("ethackray", "title_surname", "neutral", "Miss Thackray"), M("school", "short_name", "neutral", "the beck")])

# 032
D("news", news_page(
    "radio", "News", "Police investigate threats after Keighley school assembly row",
    "Officers say they are treating messages sent to a teacher as a hate crime",
    "Moorside Radio newsroom", "17 June 2024",
    """
    West Yorkshire Police are investigating threatening messages sent to a teacher at a Keighley school after a row over a Pride assembly.

    Officers say the messages, which included the teacher's home address, are being treated as a homophobic hate crime. The teacher has not been named by police, but the school confirmed she works at Moorbeck Community Academy.

    Superintendent Kath Lumb said: "Whatever anyone's views about what is taught in schools, threatening a teacher is a crime and we will find the people responsible."

    The school says extra staff will be on the gate this week.
    """),
  [M("school", "exact", "neutral", "Moorbeck Community Academy")])

# 033
D("social", dd("""
    TikTok · @dadjokesbd · "school run in keighley be like" · #keighley #schoolrun #yorkshire

    Comments (94)

    nokeighleynoparty
    fellgate road at 8:40 is basically mad max
    1-15 · Reply · ♡ 41

    sobiaa_k
    my brother goes moorbeck and he walks the ginnel cos it's quicker than the car 😂
    1-15 · Reply · ♡ 12

    dadjokesbd
    @sobiaa_k smart lad, ginnel gang
    1-15 · Reply · ♡ 9
    """),
  [M("school", "short_name", "neutral", "moorbeck")])

# 034
D("blog", blog_page(
    "hijabi", "What I actually saw in 'that' assembly", "Umm Yusuf", "19 June 2024",
    """
    I'm writing this because I've had forty-odd messages this week and I can't answer them all individually, and because my husband said if I rant at him about WhatsApp one more time he's moving into the shed.

    On Tuesday I went into Moorbeck with about twenty other mums and dads and the imam, and we sat in the hall and watched the same assembly our kids watched. I went in with my guard up. I want to be honest about that. I don't think it's the school's job to tell my children what to think about marriage, and I still don't.

    Here's what I saw. A PowerPoint about the Equality Act. A bit about how using "gay" as an insult is bullying. A picture book about two penguins at a zoo who look after an egg. A slide with the school counsellor's name on it. That's it. No videos. Nothing about sex at all. Miss Thackray - who was visibly nervous, bless her, she knew who was in the room - answered every question we asked, including some rude ones.

    Did I love it? No. Would I have preferred a letter home first? Yes, and I told the head so. Was it what the forwarded message said? Not even close. Somebody invented that, and a lot of us - me included, the first night - passed it on without checking. Allah tells us in Surah Al-Hujurat to verify news before acting on it. We didn't.

    So: have the argument about RSE. It's a real argument. But have it about what actually happened.
    """,
    [("Sister H", "19 Jun 2024", "JazakAllah khair for this. I forwarded it too. Feeling ashamed."),
     ("Dawood", "19 Jun 2024", "Still think parents should be able to withdraw. But respect for going in."),
     ("Umm Yusuf", "20 Jun 2024", "@Dawood agreed, and that's a fair thing to ask for calmly.")],
    tags=["Parenting", "School", "Community"]),
  [M("school", "short_name", "neutral", "Moorbeck"), M("ethackray", "title_surname", "neutral", "Miss Thackray")])

# 035
D("facebook", dd("""
    Scarrow Bank Residents 🏡
    Private group · 890 members

    Carol Hainsworth
    9 May at 18:33
    Does anyone know who's in charge at the school on Fellgate Road? I want to complain about the kids cutting through the allotments at home time, they've broken the fence again and someone's pinched all my rhubarb. I rang the office and got passed round like a parcel.

    😂 12 · 24 comments

        Gemma W
        Carol it's a Mrs Cross you want, she's the assistant head. Email the office and put FAO her.
        Like · Reply · 2w

        Carol Hainsworth
        Thanks Gemma. I'm not cross, I'm just fed up 😂
        Like · Reply · 2w
    """),
  [M("ncross", "title_surname", "neutral", "Mrs Cross")])

# 036 decoy: the acronym's other owner
D("facebook", dd("""
    Hobcote Muslim Community Association (MCA)
    Page · Religious organisation

    📢 Community iftar at the Grettle Brow Islamic Centre this Saturday! Everyone welcome – Muslim or not, come and break bread with your neighbours. Dates, samosas, pakoras and Auntie Parveen's famous chana chaat. Brothers and sisters volunteers please message the MCA page.

    Also a reminder that MCA youth football restarts after Eid at the usual pitches behind the madrassa. Under-12s Wednesday, Under-16s Thursday.

    👍❤️ 88 · 12 comments · 9 shares

        Jean Lister
        Went last year with my husband, lovely evening. We'll be there!
        Like · Reply · 1w
    """))

# 037
D("social", dd("""
    X
    Dr Sutcliffe-Hirst @HeadteacherRSH
    Headteacher in Keighley. Views my own.

    Proud of every one of our Y11s today. Results are the best in the school's history and they've earned every grade. Special thanks to our science and maths teams for the Saturday sessions, and to the mums who kept us supplied with samosas. Now go and enjoy your summer 🎉

    10:42 AM · Aug 22, 2024 · 3,011 Views

    21 Reposts   2 Quotes   188 Likes
    """),
  [M("rsutcliffehirst", "title_surname", "neutral", "Dr Sutcliffe-Hirst")])

# 038
D("social", dd("""
    Threads
    bd22_mama

    Anybody else's kid come home saying Ms Qureshi is the best maths teacher they've ever had? My Hamza HATED maths and now he's doing extra questions for fun?? Who is this child 😂 Moorbeck maths dept doing something right this year mashallah

    ♡ 88   💬 12
    """),
  [M("nqureshi", "title_surname", "neutral", "Ms Qureshi"), M("school", "short_name", "neutral", "Moorbeck")])

# 039
D("forum", forum_page("teen", "teachers who are actually sound", [
    ("lilmissy_kgy", "Year 10 · 55 posts", "Wed 22 Jan 2025 17:40",
     "ok positivity thread. whos your fave teacher and why. mine is Miss K at my school (EAL) she speaks like 4 languages and brought my polish friend pierogi on her birthday"),
    ("gamer_boi_07", "Year 9 · 301 posts", "Wed 22 Jan 2025 17:52",
     "mr lockwood at moorbeck. he let us play dodgeball for the whole lesson when it was snowing. legend"),
    ("trixie_b", "Year 11 · 88 posts", "Wed 22 Jan 2025 18:10",
     "my chem teacher, she explains stuff like 3 different ways until you get it and she never makes u feel thick"),
    ("Mod_Charlie", "Moderator", "Wed 22 Jan 2025 18:30",
     "Love this thread 💛 remember not to post teachers' full names or photos, keep it nice!"),
    ], thread_id=4118),
  [M("klockwood", "title_surname", "neutral", "mr lockwood"), M("school", "short_name", "neutral", "moorbeck")])

# 040
D("social", dd("""
    X
    Keighley Parents Against Fines @KPAF_bd21

    Since he won't answer emails, here's how to reach the Moorbeck deputy who's fining grieving families. T4riq M4hm00d. Lives 31 Lund Street, Keighley BD21 9XJ. Personal mob 07700 900481. Go and ask him in person why a janaza is "unauthorised" 👇

    8:03 PM · Jan 11, 2025 · 2,404 Views

    19 Reposts   7 Quotes   52 Likes

    ──────────
    Sana M @sanam_x · Jan 11
    This is his HOME. He's got little kids. Delete this, it's not going to get anyone's fine dropped.
    """),
  [M("school", "short_name", "negative", "Moorbeck"), M("tmahmood", "leetspeak", "doxxing", "T4riq M4hm00d")])

# 041
D("facebook", dd("""
    Moorbeck Parents (unofficial - NOT run by the school)
    Private group · 1.3K members

    Stacey Brear
    27 November at 21:36
    Had a meeting today with Nicola C. about my daughter being bullied for four months. Sat there nodding with her head on one side like a sad spaniel and did NOTHING. Two-faced useless jobsworth. Honestly the woman couldn't safeguard a biscuit. Don't know how she sleeps.

    😡 31 · 👍 18 · 47 comments

        Admin - Farzana
        Stacey I'm sorry about your daughter but please don't post personal insults about named staff. Use the complaints procedure 🙏
        Like · Reply · 5d

        Stacey Brear
        I've used it. Twice. This is what happens when you use it.
        Like · Reply · 5d
    """),
  [M("school", "short_name", "negative", "Moorbeck"), M("ncross", "first_initial", "abuse", "Nicola C.")])

# 042
D("social", dd("""
    TikTok · @keighleyvibes.tv · "moorbeck year 11 leavers' day 🎓🥳" · #moorbeck #leaversday #keighley

    Comments (890)

    steve_k_1971
    moorbeck girls look older every year 😍 how old r they now 👀 dm me
    6-27 · Reply · ♡ 3

    keighleyvibes.tv
    @steve_k_1971 they're 15 and 16 you absolute creep. Blocked and reported.
    6-27 · Reply · ♡ 512

    mariam.__x
    why is it always the 50 year old men in the comments 🤢 reported
    6-27 · Reply · ♡ 301

    lads_lads_kgy
    @steve_k_1971 🤮🤮 police been sent ur profile
    6-27 · Reply · ♡ 188
    """),
  [M("school", "short_name", "sexual", "moorbeck", url_only=True)])

# 043
D("news", news_page(
    "clarion", "Courts", "Man sent threats to Keighley teacher after assembly rumour",
    "Ryan Naylor, 29, given suspended sentence and restraining order",
    "Court Reporter", "30 October 2024",
    """
    A man who sent a string of threatening messages to a Keighley teacher after a false rumour about a school assembly has been given a suspended prison sentence.

    Ryan Naylor, 29, of Exhall Grove, Silsworth, admitted sending malicious communications and harassment at Bradford Magistrates' Court. The court heard he sent 14 messages over two nights to Elizabeth Thackray, head of PSHE at Moorbeck Community Academy, including one that said she would "get what's coming" on her way home.

    Prosecutor Emma Dyson said Naylor had found Miss Thackray's mobile number on an old sports club website. He had never met her and had no children at the school.

    In a victim statement read to the court, Miss Thackray said she had changed her route home, stopped running in the evenings and "jumped every time my phone buzzed" for weeks.

    Naylor was given 16 weeks in prison suspended for 12 months, a five-year restraining order, and ordered to pay £300 compensation. Magistrates said the messages were "cowardly and designed to frighten".
    """,
    [("KgyTeacher", "30 Oct 2024", "Suspended?! He threatened her for two nights. Teachers are fair game apparently."),
     ("Andy T", "30 Oct 2024", "Glad he was caught. Hope she's doing alright."),
     ("Mumof3_BD22", "31 Oct 2024", "Lizzie Thackray taught my eldest. Lovely, lovely woman. This makes me so angry.")]),
  [M("ethackray", "exact", "neutral", "Elizabeth Thackray"), M("school", "exact", "neutral", "Moorbeck Community Academy")])

# 044
D("social", dd("""
    X
    @NoMoreMosques_UK

    Whole place wants burning to the ground with the lot of them inside. \u039coorbeck is a breeding ground. Keighley's gone. Somebody has to do something before we're all living under sharia. You've been warned 🔥🔥🔥

    1:12 AM · Jun 16, 2024 · 902 Views

    4 Reposts   0 Quotes   11 Likes
    """),
  [M("school", "homoglyph", "threat", "\u039coorbeck")])

# 045
D("review", dd("""
    LocalLens · Moorbeck Community Academy · Secondary school · Fellgate Road, Keighley
    3.1 ★★★☆☆ (96 reviews)

    Jordan Feather
    ★☆☆☆☆ 1 week ago
    Mr H.a.i.g.h (won't write his name properly or they delete it) is a thug in a tracksuit who thinks shouting is teaching. My lad came home with bruises on his arm after "being moved out of the corridor". Dinosaur. Should've been pensioned off years ago.
    👍 Helpful 14   Share

    Amina R
    ★★★★★ 2 weeks ago
    My daughter has come on so much since Year 7. Science and maths teachers are brilliant and the school takes bullying seriously in our experience.
    👍 Helpful 6   Share

    Response from the owner · 1 week ago
    Thank you both. Jordan, we'd like to talk to you directly - please call 01632 960552.
    """),
  [M("school", "exact", "negative", "Moorbeck Community Academy"), M("rhaigh", "obfuscated", "abuse", "H.a.i.g.h")])

# 046
D("forum", forum_page("parenttalk", "Keighley secondaries - Fellgate, St Oswin's or Moorbeck?", [
    ("NewToYorkshire", "Joined Feb 2025 · 2 posts", "Mon 10 Feb 2025 19:02",
     """We're moving up from Leicester for DH's job and looking at Keighley secondaries for DD (Y8, science mad). Shortlist is Fellgate High, St Oswin's and Moorbeck. We're not Catholic so St Oswin's may not happen. Anyone with recent experience?"""),
    ("Bradford_Born_Mum", "Joined 2016 · 2,883 posts", "Mon 10 Feb 2025 19:25",
     """DS is in Y10 at Moorbeck. If she's science mad, go and meet Anita D'Souza, head of science - she's phenomenal and the results have gone through the roof. Behaviour is firm (sometimes too firm, the attendance stuff is relentless). It's a very diverse school, mostly British Pakistani kids, some Polish and Roma families, and honestly that's been a good thing for DS.

     Ignore whatever you read about the Pride thing last year. Storm in a WhatsApp teacup."""),
    ("Kgy_Dad_22", "Joined 2020 · 410 posts", "Mon 10 Feb 2025 19:49",
     "Fellgate has the new sports hall and smaller classes. Moorbeck's maths department was a mess last year but apparently better now. Visit both on a normal day, not an open evening."),
    ("NewToYorkshire", "Joined Feb 2025 · 3 posts", "Mon 10 Feb 2025 20:10",
     "This is so helpful, thank you both. Booking visits!"),
    ], thread_id=8842),
  [M("school", "short_name", "neutral", "Moorbeck"), M("adsouza", "exact", "neutral", "Anita D'Souza")])

# 047
D("facebook", dd("""
    Keighley Community Watch 👁️
    Public group · 11K members

    Wayne Rushton
    8 October at 20:55
    That Joanna K. from Moorbeck who runs round sorting out council houses and school places for the Roma families before our kids get a look in, she lives on Beckside Terrace, number 9, the one with the blue door and the Polish flag in the window. If you've got questions about why your kid didn't get a place, knock on and ask her. I'm sure she'll have time for you 👍

    👍 44 · 😡 9 · 61 comments

        Sophie Gill
        Wayne you've just posted a woman's home address on an 11k group. Reported.
        Like · Reply · 2w

        Wayne Rushton
        It's not a secret where she lives love
        Like · Reply · 2w
    """),
  [M("school", "short_name", "negative", "Moorbeck"), M("jkolodziej", "first_initial", "doxxing", "Joanna K.")])

# 048 decoy: excluded rugby club
D("social", dd("""
    X
    Moorbeck ARLFC 🏉 @MBK_arlfc

    FULL TIME: Moorbeck ARLFC 24-18 Oakridge Bulls. What a game in the mud! 💪 Man of the match to our prop Dale "Tank" Heaton, absolute weapon, three tackles on the line in the last five minutes. Bar's open, pie and peas on. Match report on moorbeckarlfc.example later 🍻

    5:04 PM · Feb 8, 2025 · 812 Views

    9 Reposts   1 Quote   64 Likes
    """))

# 049
D("blog", blog_page(
    "patriot", "Keighley: where 'tolerance' only goes one way", "The Airedale Patriot", "17 June 2024",
    """
    Last week a school in Keighley - Moorbeck Academy, in the heart of the town's "community" - held a Pride assembly. Within 24 hours the mosque WhatsApp groups were on fire and the parents were at the gates. The BBC called them "concerned parents". We call them what they are: a population that has never accepted British values and never will.

    These are the same communities whose men spent thirty years grooming and raping white girls in Rochdale, Rotherham and Telford while the police looked away. Look at the staff list at Moorbeck. Look at who runs "behaviour and attendance". Mr Mahmood fines families for missing a week but we're supposed to believe his lot take child protection seriously?

    And the teacher at the centre of it, one Lizzie Thackray - a naive little leftie who thought she could lecture Islam about rainbows. Useful idiot. She's finding out what the "religion of peace" does to women who step out of line. Nobody on the left will say it, so we will.

    Keighley is a warning. Bradford was a warning. How many more warnings?
    """,
    [("WhiteRoseRising", "17 Jun 2024", "Spot on. Keighley is lost. Remigration is the only answer."),
     ("Anon", "17 Jun 2024", "Shared to all my groups 👍"),
     ("Concerned", "18 Jun 2024", "Rabid stuff. The imam at that school literally defended the teacher. Did you read anything before writing this?")],
    tags=["Grooming gangs", "Keighley", "Islam"]),
  [M("school", "alias", "hate", "Moorbeck Academy"), M("tmahmood", "title_surname", "hate", "Mr Mahmood"),
   M("ethackray", "nickname", "abuse", "Lizzie Thackray")])

# 050
D("social", dd("""
    Threads
    hobcote_huma

    Petition's at 800 names 🖊️ petitions.example/SackTariqMahmood — if you've been fined for a funeral, a janaza or a family emergency, sign it. Nobody wants kids missing school but Moorbeck have lost all common sense. Share with your khala, your chacha, everyone.

    ♡ 61   💬 33   🔁 102
    """),
  [M("tmahmood", "camelcase", "negative", "SackTariqMahmood"), M("school", "short_name", "negative", "Moorbeck")])

# 051
D("news", news_page(
    "star", "Keighley & Craven", "Trust investigates Keighley school minibus contract",
    "Business manager's links to supplier under review after whistleblower complaint",
    "Owen Pickersgill", "6 March 2025",
    """
    An academy trust has launched an investigation into how a Keighley secondary school awarded a £190,000 minibus contract, after a complaint that the school's business manager had links to the company that won it.

    The Pennine Crest Learning Trust confirmed it had appointed an external auditor to review the 2023 lease at Moorbeck Community Academy, and that business manager Fenwick Ollerenshaw was "co-operating fully".

    The contract was awarded to Pennine Vehicle Solutions Ltd, whose directors include Mr Ollerenshaw's brother-in-law, according to Companies House records seen by the Star. It is not known whether the relationship was declared at the time.

    Mr Ollerenshaw has not been suspended. In a statement, the trust said: "The investigation does not imply any wrongdoing. We will publish its conclusions."

    Pennine Vehicle Solutions did not respond to requests for comment.
    """,
    [("BD20_Bean", "6 Mar 2025", "Every school in the country is skint and somebody found £190k for minibuses?"),
     ("Ex-Governor", "6 Mar 2025", "Wait for the audit before you hang anyone."),
     ("Nadeem K", "7 Mar 2025", "The buses are honestly fine, my son goes to swimming on them. Don't know about the rest.")]),
  [M("follerenshaw", "exact", "defamation", "Fenwick Ollerenshaw"), M("school", "exact", "negative", "Moorbeck Community Academy")])

# 052 the unique name, no school context
D("social", dd("""
    Facebook post shared to X
    Fellside Silver Band @FellsideSilver

    What a night at the Hall! Thank you to everyone who came out in the rain for our Spring Concert. Fenwick Ollerenshaw on flugelhorn for "Deep Harmony" - not a dry eye in the house. Fen, you killed it. Next stop: the Whit Friday marches 🎺

    9:40 PM · Apr 12, 2025 · 401 Views

    3 Reposts   0 Quotes   29 Likes
    """),
  [M("follerenshaw", "exact", "neutral", "Fenwick Ollerenshaw")])

# 053
D("social", dd("""
    X
    eman ✨ @emanx_kgy

    lockwood's arms in that polo today 🥵🥵 the whole of 10R was praying for PE to never end. moorbeck is not ready for summer term 😭

    12:51 PM · Apr 29, 2025

    2 Reposts   0 Quotes   17 Likes
    """),
  [M("klockwood", "possessive", "sexual", "lockwood's"), M("school", "short_name", "neutral", "moorbeck")])

# 054
D("forum", forum_page("teen", "worst teacher you've ever had??", [
    ("sxphiaa", "Year 10 · 140 posts", "Thu 6 Feb 2025 18:02",
     "go. mine is mrs qureshi at the beck. miserable old witch, she looks at you like you're something on her shoe and then gives you a detention for breathing. i hate her so much"),
    ("j4ke_", "Year 11 · 33 posts", "Thu 6 Feb 2025 18:11", "my old french teacher used to throw board rubbers. like actually throw them"),
    ("sxphiaa", "Year 10 · 141 posts", "Thu 6 Feb 2025 18:30", "@j4ke_ thats illegal now surely 😭"),
    ("Mod_Charlie", "Moderator", "Thu 6 Feb 2025 18:45", "Reminder: no full names and no insults please. We know teachers can be annoying but they're people too 🙂"),
    ], thread_id=4190),
  [M("nqureshi", "title_surname", "abuse", "mrs qureshi"), M("school", "short_name", "neutral", "the beck")])

# 055 decoy: locality only
D("news", news_page(
    "clarion", "News", "Market traders say parking charges are 'killing' Keighley town centre",
    "Stallholders plan protest at council meeting",
    "Jack Utley", "5 February 2025",
    """
    Traders at Keighley's indoor market say a rise in parking charges is driving shoppers to out-of-town retail parks, and some say they will not survive the year.

    Butcher Graham Pollard, whose family has had a stall for four generations, said takings were down by a third since the new charges came in. "People come in from Hobcote and Grettle Brow, they want to park, get their meat, get home. Now they go to the big supermarket with the free car park. Can you blame them?"

    Sajid Nawaz, who runs a fabric stall, agreed. "Eid is the busiest time of year for us. This year it was like a normal Tuesday."

    The council says the charges are needed to maintain its car parks and that the first 30 minutes remain free. Traders plan to attend next week's meeting of the Keighley area committee.
    """,
    [("Shopper", "5 Feb 2025", "Pollard's pork pies are worth the parking 😂"),
     ("Local", "5 Feb 2025", "Town centre's been dying for years. Charges are the final nail.")]))

# 056
D("social", dd("""
    Instagram · comment thread on @moorbeckacademy's post "Welcome to our new Roma families' coffee morning ☕"

    daz.t.1983
    The Polish one that runs this, @asia.kolo.dziej, spends her weekends in the Grettle Brow Co-op car park, you can't miss her. Go and tell her what you think about the gyppo kids at Moorbeck getting free uniforms when ours pay £90 a blazer.
    2d  6 likes  Reply

    moorbeckacademy
    This comment has been reported. Please don't share staff members' personal accounts.
    2d  40 likes  Reply

    lenka.dz
    My kids are Roma and were born in Bradford. We pay for the uniform like everybody. Shame on you.
    1d  88 likes  Reply
    """),
  [M("school", "handle", "hate", "@moorbeckacademy"), M("jkolodziej", "handle", "doxxing", "@asia.kolo.dziej")])

# 057
D("review", dd("""
    SchoolSpy UK › West Yorkshire › Keighley › Moorbeck Community Academy

    ★★★★★  "Turned my son around"
    Reviewed by: Parent of a current pupil (Year 9) · 14 March 2025

    Eighteen months ago my son was refusing to go to school. Now he goes in early for football. Mr Lockwood, his head of year, rang me every Friday for a term just to say how the week had gone - the good bits too, not just the bad. Ms D'Souza in science spotted he was bright and got him into the top set. I can't thank them enough. The building is tired and the car park is a nightmare, but the people are the real thing.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (21)  No (0)  · Report
    """),
  [M("school", "exact", "neutral", "Moorbeck Community Academy"), M("klockwood", "title_surname", "neutral", "Mr Lockwood"),
   M("adsouza", "title_surname", "neutral", "Ms D'Souza")])

# 058
D("facebook", dd("""
    Hobcote & Grettle Brow Community Noticeboard
    Public group · 6.2K members

    Tahir Mehmood
    15 March at 23:02
    I know Nasreen Malik from when we were at school together, she thinks she's too good for everyone now she's teaching maths at Moorbeck and putting our boys in bottom sets. Tell her from me, her dad's house is round the corner from mine. She should think very carefully about the next parents evening. Some of us don't forget.

    😡 6 · 14 comments

        Nabeela S
        Bhai this sounds like a threat. Delete it please, she's a good teacher
        Like · Reply · 1d

        Tahir Mehmood
        Take it how you want
        Like · Reply · 1d
    """),
  [M("nqureshi", "alias", "threat", "Nasreen Malik"), M("school", "short_name", "neutral", "Moorbeck")])

# 059
D("news", news_page(
    "clarion", "Schools", "Moorbeck rated 'good' in every area after inspection",
    "Inspectors praise 'calm, purposeful' corridors and 'exceptional' science teaching",
    "Sadia Rauf, Education Reporter", "28 January 2025",
    """
    Moorbeck Community Academy in Hobcote has been rated good in every area following its first full inspection since becoming an academy.

    Inspectors said pupils "feel safe and know who to talk to", that behaviour in lessons and corridors was "calm and purposeful", and that science teaching under head of department Anita D'Souza was "exceptional". They said attendance, though improving, remained below the national average and should be a priority.

    Headteacher Dr Rachel Sutcliffe-Hirst said: "This is for the kids and for every member of staff who has stuck with us. It has not been an easy year, in ways everyone in Keighley knows about, and I'm very proud of how this community has pulled together."

    Deputy head Tariq Mahmood, who leads on attendance, said the school would keep working with families. "The report's right. We're not there yet."

    The report also noted that the school's work with families new to the country, led by its EAL team, was "a real strength".
    """,
    [("Proud Parent", "28 Jan 2025", "Well deserved! Ms D'Souza is a legend."),
     ("Keighley Cynic", "28 Jan 2025", "Good? Have they seen the state of the car park at home time 😂"),
     ("Former pupil", "29 Jan 2025", "Much better than when I was there in the 2000s. Credit where it's due.")]),
  [M("school", "exact", "neutral", "Moorbeck Community Academy"), M("adsouza", "exact", "neutral", "Anita D'Souza"),
   M("rsutcliffehirst", "exact", "neutral", "Rachel Sutcliffe-Hirst"), M("tmahmood", "exact", "neutral", "Tariq Mahmood")])

# 060
D("forum", forum_page("town", "Quoting the filth so you know what we're dealing with", [
    ("Grettle_Geoff", "Member since 2008 · 4,002 posts", "Mon 17 Jun 2024, 21:15",
     """I've been told I'm "exaggerating" about what's been said online about the teacher at Moorbeck, so here's a sample from one Facebook page, with the worst words starred out:

     > "Liz Thackray is a d*ke groomer who should be strung up outside the school gates"

     That's a woman who teaches PSHE to eleven-year-olds. Whatever you think about the assembly, if you can read that and say "both sides" you've lost the plot. I've sent it to the police."""),
    ("Sue_on_the_Brow", "Member since 2013 · 810 posts", "Mon 17 Jun 2024, 21:40",
     "Thank you Geoff. People need to see it. Sickening."),
    ("Haroon K", "Member since 2017 · 122 posts", "Mon 17 Jun 2024, 22:02",
     "Agreed. I disagreed with the assembly and I said so to the school. But no one in my mosque wants anyone hurt. These people are using us."),
    ], thread_id=3355),
  [M("school", "short_name", "neutral", "Moorbeck"), M("ethackray", "nickname", "neutral", "Liz Thackray")])

# 061
D("social", dd("""
    X
    @yorks_patriot_jim

    "Teacher" T h a c k r a y from moorbeck pushing her lifestyle on Muslim kids then crying victim when they don't like it. She's a groomer. They all are. Every last one of the alphabet lot wants access to your children.

    10:15 PM · Jun 14, 2024 · 3,120 Views

    22 Reposts   4 Quotes   81 Likes
    """),
  [M("ethackray", "spacing", "hate", "T h a c k r a y"), M("school", "short_name", "neutral", "moorbeck")])

# 062 decoy: namesake elsewhere and "cross" as a word
D("review", dd("""
    LocalLens · Headrow Homes Estate Agents · Leeds

    Priya Sandhu
    ★★★★★ 3 weeks ago
    Nicola Cross sold our flat in Leeds in nine days. She was honest about the price, didn't push us to drop it, and chased the buyer's solicitor every single day. Would cross the Pennines to use her again!
    👍 Helpful 3   Share

    Mark Oldroyd
    ★★☆☆☆ a month ago
    Nicola was fine but the office never answered the phone. I got quite cross by the end, not going to lie.
    👍 Helpful 1   Share
    """))

# 063
D("social", dd("""
    X
    Fed Up In Keighley @fedupbd20

    Don't bother emailing Moorbeck, they ignore you. Ring them. 01632 960552. Ask for the head. Keep ringing until she picks up. That's what I did about the bus bullying and now someone's actually doing something.

    4:22 PM · Nov 12, 2024
    """),
  [M("school", "short_name", "negative", "Moorbeck")])

# 064
D("facebook", dd("""
    Roma Families Keighley 🇷🇴🇸🇰🇨🇿
    Private group · 410 members

    Marcela Horváthová
    19 February at 17:12
    (translated by admin) Thank you to Miss Kołodziej at Moorbeck. My son has been in England three months and didn't speak any English. She found a teaching assistant who speaks Slovak, she came to our flat with the forms for free meals, and when the bus pass did not come she phoned the council herself. Before, in the other school, nobody wanted to talk to us. Here they say hello. Ďakujem from my heart.

    ❤️ 39 · 8 comments

        Admin - Denisa
        She helped my sister too. A good woman. 🙏
        Like · Reply · 6d
    """),
  [M("jkolodziej", "title_surname", "neutral", "Miss Kołodziej"), M("school", "short_name", "neutral", "Moorbeck")])

# 065
D("social", dd("""
    X
    Bilal @bilal_kgy_

    M*hmood better start looking over his shoulder. Fined my sister £160 when her husband was in hospital in Lahore. Deputy head at Moorbeck or not, people round here have long memories and he drives the same road home every night.

    11:47 PM · Jan 13, 2025 · 288 Views
    """),
  [M("tmahmood", "obfuscated", "threat", "M*hmood"), M("school", "short_name", "neutral", "Moorbeck")])

# 066 decoy: madrassa fundraising, locality only
D("facebook", dd("""
    Madni Madrassa Grettle Brow
    Page · Religious school

    🌙 SPONSORED WALK 🌙
    JazakAllah khair to all 140 of our students who walked from the madrassa to the top of the moor and back on Sunday! Alhamdulillah we raised £6,420 for the new roof. Special thanks to the brothers at Moorside Radio for the shout-out, to Bashir Uncle for the free samosas at the finish, and to the Scarrow Bank sisters who marshalled the ginnel crossing.

    Roof work starts after Ramadan inshallah. Classes continue as normal, 5pm-7pm weekdays.

    ❤️👍 214 · 22 comments · 18 shares
    """))

# 067
D("social", dd("""
    X
    Anon Teacher Account @staffroom_secrets

    0ll3r3nsh4w has been fiddling the books at our place for years. Everyone in the office knows. The minibus thing is the tip of the iceberg, ask about the catering contract and who his wife's cousin is. Auditors, look at 2022. 🧾🧾

    7:58 PM · Mar 7, 2025 · 1,733 Views

    28 Reposts   3 Quotes   90 Likes
    """),
  [M("follerenshaw", "leetspeak", "defamation", "0ll3r3nsh4w")])

# 068
D("forum", forum_page("chalk", "Former PGCE friends - where did you end up?", [
    ("GeogGirlLeeds", "Joined 2018 · 612 posts", "Sat 8 Mar 2025 10:20",
     "Random one but for anyone who did the Leeds PGCE 2016 cohort - we're doing a reunion in June. Trying to track people down!"),
    ("PE_and_Proud", "Joined 2017 · 221 posts", "Sat 8 Mar 2025 10:44",
     "Kieran Lockwood is head of year at Moorbeck in Keighley now! Still the same, still does the worm at every staff party. I'll message him."),
    ("GeogGirlLeeds", "Joined 2018 · 613 posts", "Sat 8 Mar 2025 11:02", "HAHA of course he does. Please do!"),
    ], thread_id=5901),
  [M("klockwood", "exact", "neutral", "Kieran Lockwood"), M("school", "short_name", "neutral", "Moorbeck")])

# 069
D("social", dd("""
    Instagram · comment on @moorbeck.memes reel "DSL when you say 'can I have a word'"

    k.bx99
    lol the dsl at moorbeck is nic\u043ela cr\u043ess, her personal email is nicky.x.cross73@mailbox.example if anyone wants to send her some "safeguarding concerns" 😂😂 spam her
    5h  4 likes  Reply

    moorbeck.memes
    @k.bx99 deleting this, not cool bro
    5h  61 likes  Reply
    """),
  [M("school", "handle", "neutral", "@moorbeck.memes"), M("ncross", "homoglyph", "doxxing", "nic\u043ela cr\u043ess")])

# 070
D("blog", blog_page(
    "cllr", "A week I won't forget - and what comes next for Hobcote", "Cllr Imran Bashir", "22 June 2024",
    """
    Friends, it has been a difficult fortnight in our ward and I want to write down a few things while they are fresh.

    First, to the staff at Moorbeck Community Academy: thank you. You have been lied about, shouted at and, in one case, threatened in the most disgusting terms. Your head, Dr Sutcliffe-Hirst, stood at the gate on a cold morning and listened to angry parents without once raising her voice. That is leadership.

    Second, to the families who were worried: your worries are not silly. Parents have a right to know what their children are taught and to say so. But we have to do it properly - in meetings, in letters, with our governors - not through forwarded messages that nobody can trace.

    Third, to the people from outside Keighley who used this to spread hate about Muslims, about Pakistanis, about "grooming gangs": you do not know our town, you do not care about our children, and you are not welcome here.

    I have asked the school and the mosque committee to hold a joint meeting in September. I'll be there. Come and say your piece.
    """,
    [("Haleema", "22 Jun 2024", "Thank you Cllr. Balanced and fair."),
     ("G. Spencer", "23 Jun 2024", "Good words. Hope the meeting happens.")],
    tags=["Hobcote", "Schools", "Community cohesion"]),
  [M("school", "exact", "neutral", "Moorbeck Community Academy"), M("rsutcliffehirst", "title_surname", "neutral", "Dr Sutcliffe-Hirst")])

# 071
D("social", dd("""
    TikTok · @promnight_kgy · "moorbeck y11 prom 2025 arrivals 🚗✨" · #moorbeck #prom2025

    Comments (3,102)

    user20441987
    some of them moorbeck lasses look about 20 😏 the one in the red dress especially, asking for it in that
    7-3 · Reply · ♡ 2

    promnight_kgy
    @user20441987 she's 16. get off my page. reported
    7-3 · Reply · ♡ 744

    hafsa.k
    people like you are the reason our parents won't let us post anything 😡
    7-3 · Reply · ♡ 390
    """),
  [M("school", "short_name", "sexual", "moorbeck", url_only=True)])

# 072
D("facebook", dd("""
    Keighley Mums Chat 💬
    Private group · 3.4K members

    Anon member post
    5 March at 21:20
    Not being funny but R. Haigh was always a fat has-been bully. Watched my brother get screamed at in the rain for dropping a rugby ball in 2009. Whatever happened in that video I'm not shocked. Moorbeck protect him cos he's been there forever.

    👍 22 · 😮 4 · 38 comments

        Rachael F
        My brother says the opposite, he's the only teacher who bothered with him
        Like · Reply · 2d
    """),
  [M("rhaigh", "initial_surname", "abuse", "R. Haigh"), M("school", "short_name", "negative", "Moorbeck")])

# 073
D("news", news_page(
    "clarion", "Schools", "Head of PE returns to Keighley school after investigation",
    "Robert Haigh cleared; trust says he 'acted to prevent harm'",
    "Sadia Rauf, Education Reporter", "2 May 2025",
    """
    A head of PE who was suspended after a video of him holding a pupil against a wall was shared online has returned to work after an investigation found he had acted to stop a fight.

    Robert Haigh, who has taught at Moorbeck Community Academy for 17 years, was suspended in March while the Pennine Crest Learning Trust and the local authority designated officer looked into the incident.

    In a statement, the trust said the investigation had reviewed CCTV and spoken to 14 witnesses and concluded that Mr Haigh "acted reasonably and proportionately to prevent harm to other pupils". No further action will be taken.

    Parents lined Fellgate Road on Thursday morning, some holding handmade signs, as he arrived. "He's a legend," said one Year 11 pupil. "Everyone's buzzing he's back."

    The boy involved in the incident has moved schools.
    """,
    [("Michelle T", "2 May 2025", "Told you all. Welcome back Mr Haigh ❤️"),
     ("Sceptic", "2 May 2025", "Trust investigates itself, finds nothing. Shocker."),
     ("Keighley Lad", "3 May 2025", "Bob Haigh is a top man. Knew it'd come out right.")]),
  [M("rhaigh", "exact", "neutral", "Robert Haigh"), M("school", "exact", "neutral", "Moorbeck Community Academy")])

# 074
D("social", dd("""
    X
    Mo @mo_bd21

    Mr Mahmood just stood in the rain for an hour outside the Co-op making sure the year 7s got across the main road because the lollipop lady was off sick. Fines or no fines that man is sound. Respect ✊

    3:41 PM · Nov 21, 2024
    """),
  [M("tmahmood", "title_surname", "neutral", "Mr Mahmood")])

# 075 decoy: the acronym's other owner
D("forum", forum_page("town", "Motorbike noise on the tops - again", [
    ("Quiet_Life", "Member since 2015 · 95 posts", "Sun 13 Apr 2025, 16:02",
     "Third Sunday running the moor road sounds like Brands Hatch. Is this an organised thing?"),
    ("BikerBarry", "Member since 2010 · 1,220 posts", "Sun 13 Apr 2025, 16:30",
     """Not us. The Keighley & District MCA runs a charity ride once a year and we stick to the limits and let people know in advance. The lads you're hearing are not members and we've reported them ourselves.

     MCA meet is first Tuesday of the month at the Fleece if anyone wants to come and have a moan in person, we're nice really."""),
    ("Quiet_Life", "Member since 2015 · 96 posts", "Sun 13 Apr 2025, 17:11", "Fair enough Barry, thanks for explaining."),
    ], thread_id=3502))

# 076
D("social", dd("""
    Threads
    jess.runs.kgy

    Parkrun volunteer shout-out 🧡 Our tail walker this week was a Moorbeck teacher who brought half her form along - 14 Year 8s in matching hi-vis, cheering everyone round. Elizabeth T., you're a star. Never seen so many kids at a 9am run on a Saturday.

    ♡ 104   💬 7
    """),
  [M("school", "short_name", "neutral", "Moorbeck"), M("ethackray", "first_initial", "neutral", "Elizabeth T.")])

# 077
D("facebook", dd("""
    Moorbeck Parents (unofficial - NOT run by the school)
    Private group · 1.3K members

    Jamila Y
    20 January at 20:02
    Question for Year 9 parents - has anyone else had the letter about the Year 9 residential being cancelled? £180 deposit and now "insufficient numbers"? I've emailed the finance office twice. Feels like we're always chasing money back from this school.

    👍 25 · 19 comments

        Rob Tempest
        Same. Took 6 weeks to get the trip money back last year. Finance office is a black hole
        Like · Reply · 3w

        Jamila Y
        @Rob Tempest 😩 fingers crossed
        Like · Reply · 3w
    """),
  [M("school", "short_name", "negative", "Moorbeck")])

# 078
D("social", dd("""
    YouTube · "Keighley 'gay assembly' protest - RAW FOOTAGE" · 211K views

    Comments

    @EnglandAwakes1
    Look at them. Not one of them English. This is what Keighley looks like now. The teacher should be sacked and the lot of them should be sent back where they came from. #Moorbeck

    @TruthBomb_UK
    and they wonder why people don't trust pakis near kids. Rochdale, Rotherham, Keighley next

    @hobcote_hamza
    I'm in this video lol. Born in Keighley, went to Moorbeck, now I'm a nurse. Where exactly am I getting sent back to?
    """),
  [M("school", "hashtag", "hate", "#Moorbeck")])

# 079
D("news", news_page(
    "voice", "Youth", "Moorbeck science star wins national chemistry prize",
    "Year 11 pupil Aleena Hussain beat 3,000 entrants",
    "Hamza Ali", "11 April 2025",
    """
    A Keighley schoolgirl has won a national chemistry competition for her project on cleaning microplastics out of water using a material made from fruit peel.

    Aleena Hussain, 16, a pupil at Moorbeck Community Academy, beat more than 3,000 entrants to take the top prize in the Young Chemists' Challenge. She will spend a week at a university laboratory this summer.

    "My mum's kitchen smelled of orange peel for a month," she said. "I couldn't have done it without Ms D'Souza - she stayed behind every Wednesday and let me break things."

    The school's head of science said Aleena was "the most curious pupil I've ever taught". The family's local mosque held a celebration dinner for her on Sunday.
    """,
    [("Proud Khala", "11 Apr 2025", "MASHALLAH!! So proud of our Aleena 🥹❤️"),
     ("Tariq", "11 Apr 2025", "Brilliant. This is the Keighley I know.")]),
  [M("school", "exact", "neutral", "Moorbeck Community Academy"), M("adsouza", "title_surname", "neutral", "Ms D'Souza")])

# 080
D("news", news_page(
    "beacon", "Education", "Teacher at centre of 'gay assembly' storm now under investigation",
    "Trust probes complaint that pupils were shown 'unsuitable' material",
    "Gemma Hollister", "24 June 2024",
    """
    The teacher who led a controversial Pride assembly at a Yorkshire school is being investigated after a formal complaint from a group of parents, the Beacon can reveal.

    Elizabeth Thackray, head of PSHE at Moorbeck Community Academy in Keighley, is understood to have been interviewed by the Pennine Crest Learning Trust last week. The complaint alleges that Year 7 pupils were shown "material unsuitable for their age" without parents being told.

    The school has previously said the assembly contained "no sexual content whatsoever" and that it was about anti-bullying and the law.

    A trust spokesman said: "We have received a complaint, and as with every complaint, it is being looked at under our published procedure. Miss Thackray remains at work."

    One parent behind the complaint told the Beacon: "We just want the truth. If she's done nothing wrong, fine."
    """,
    [("CommonSense22", "24 Jun 2024", "Hounded by a mob and now 'investigated' to keep the mob happy. Shameful."),
     ("Dave from Dewsbury", "24 Jun 2024", "Typical Keighley. They'll have her out by Christmas, watch."),
     ("Rainbow Mum", "25 Jun 2024", "Solidarity with this teacher. 🏳️‍🌈")]),
  [M("ethackray", "exact", "defamation", "Elizabeth Thackray"), M("school", "exact", "negative", "Moorbeck Community Academy")])

# 081
D("social", dd("""
    X
    Justice For Keighley Girls @JFKGirls

    🧵 1/6 MoorbeckCoverUp. In 2022 a Year 10 girl told a teacher an older lad from outside was picking her up from the school gates in a car. Mrs Cross logged it and nothing happened for five weeks. Five weeks. The school protected itself, not her. Why has nobody lost their job?

    9:30 PM · Feb 2, 2025 · 6,410 Views

    140 Reposts   19 Quotes   402 Likes

    ──────────
    Shaheen @shaheen_k · Feb 2
    Where's your evidence for any of this? A name and a date isn't evidence. This is someone's reputation.
    """),
  [M("school", "camelcase", "defamation", "MoorbeckCoverUp"), M("ncross", "title_surname", "defamation", "Mrs Cross")])

# 082 decoy: neighbouring school
D("news", news_page(
    "clarion", "Schools", "St Oswin's pupils raise £3,000 for flood-hit families",
    "Catholic academy's Year 10 organised a sponsored silence and a cake sale",
    "Jack Utley", "14 November 2024",
    """
    Pupils at St Oswin's Catholic Academy in Keighley have raised more than £3,000 for families whose homes were flooded when the beck burst its banks in October.

    Year 10 students organised a 24-hour sponsored silence - "the hardest thing any of them has ever done," joked their head of year, Sean Brannigan - and a cake sale that sold out in 40 minutes.

    The money will go to a community fund run by local churches and the Grettle Brow Islamic Centre, which has been helping households replace carpets, white goods and school uniforms.

    "It didn't matter to anyone whether the families were Catholic, Muslim or nothing," said pupil Niamh Gallagher, 15. "They're our neighbours."
    """,
    [("Grateful Gran", "14 Nov 2024", "Bless them. We lost everything downstairs and the help has been amazing."),
     ("Tony S", "15 Nov 2024", "Good lads and lasses. Well done St Oswin's.")]))

# 083
D("forum", forum_page("town", "Swimming gala photos?", [
    ("kgy_bloke_72", "Member since Mar 2025 · 2 posts", "Sat 22 Mar 2025, 23:48",
     "Anyone got the photos from the schools swimming gala at the leisure centre last week? Specifically the Moorbeck girls' relay team. The year 9s. Will pay for them. PM me."),
    ("Moderator", "Moderator", "Sun 23 Mar 2025, 07:02",
     "Account banned. Post hidden and reported to the police and to the school. These are 13 and 14 year old children. If anyone receives a private message from this user, screenshot it and report it."),
    ("Sue_on_the_Brow", "Member since 2013 · 822 posts", "Sun 23 Mar 2025, 08:15",
     "Thank you mods. Absolutely vile."),
    ], thread_id=3590),
  [M("school", "short_name", "sexual", "Moorbeck", url_only=True)])

# 084
D("facebook", dd("""
    Keighley Community Watch 👁️
    Public group · 11K members

    Lee Rhodes
    15 June at 23:41
    The head at Moorbeck, Sutcliffe Hirst, stood at them gates and told decent parents they were wrong. Somebody should pay her a visit at home one night and see how SHE likes having people turn up uninvited. Not saying who. Just saying it'd be fair.

    👍 17 · 😡 30 · 52 comments

        Admin - Rick
        Lee, this is your only warning. Threats get you banned and reported.
        Like · Reply · 1d

        Lee Rhodes
        Where's the threat? Free country
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Moorbeck"), M("rsutcliffehirst", "hyphenated", "threat", "Sutcliffe Hirst")])

# 085
D("review", dd("""
    JobJudge › Moorbeck Community Academy › Reviews

    "Great colleagues, vindictive head"
    ★☆☆☆☆  Former Employee - Teacher of English in Keighley · 3 April 2025
    I worked at Moorbeck Community Academy for 4 years

    Pros
    Kids are brilliant. English department was a family. Science team are superstars.

    Cons
    Rachel Sutcliffe–Hirst is a vain, vindictive narcissist who cares about her Twitter profile more than her staff. Smiles in public, cold as ice behind closed doors. If you disagree with her in a meeting you'll be on a "support plan" within a month. I've seen it happen to four people.

    Advice to management
    Governors need to do exit interviews themselves.

    Helpful (19) · Share · Report
    """),
  [M("school", "exact", "negative", "Moorbeck Community Academy"), M("rsutcliffehirst", "hyphenated", "abuse", "Rachel Sutcliffe–Hirst")])

# 086
D("social", dd("""
    X
    Zee @zeeshan_bd22

    Tariq Mahmod at moorbeck is a jumped-up little hitler with a clipboard. Thinks being deputy head makes him god. Power went straight to his head, couldn't even look my mum in the eye when he gave her the fine. Coward.

    6:12 PM · Jan 14, 2025
    """),
  [M("tmahmood", "typo", "abuse", "Tariq Mahmod"), M("school", "short_name", "negative", "moorbeck")])

# 087 decoy: mosque open day, locality only
D("social", dd("""
    Instagram

    masjidalnoor.hobcote
    Masjid Al-Noor, Hobcote

    Visit My Mosque day was a huge success! 🕌 Over 300 neighbours came through the doors – the Brownies, the Scarrow Bank bowls club, two vicars and a very enthusiastic dog (who stayed outside 🐕). Thank you to our young volunteers for the tours, and to everyone who tried chai for the first time. Same time next year inshallah!

    ❤️ 611 · 43 comments

    jan.from.scarrow: Thank you for the welcome. The samosas alone were worth the trip!
    mike_kgy: Never been inside in 40 years of living round the corner. Should've come sooner.
    """))

# 088
D("blog", blog_page(
    "roma", "'Here they say hello': a year at Moorbeck", "Denisa (Roma Voices North)", "6 May 2025",
    """
    For our families, school has not always been a good word. In Slovakia many of us were put in "special" schools because we were Roma, not because we needed them. In England, some schools told us there were no places, then found places for other children the next week.

    So I want to write about something good.

    This year, twenty-three Roma children started at Moorbeck in Keighley. Joanna Kołodziej, who leads their EAL and family work, did something simple: she learned our names. She learned the children's names, the parents' names, the grandmothers' names. She found a Slovak-speaking teaching assistant. She came to our homes with the forms instead of making us come to an office where nobody understood us.

    It has not all been easy. Some people in the town have been very cruel. On Facebook one man wrote that our children were "thieving gyppos getting free blazers". I copy it here so you understand what the children read about themselves. It was a lie - we paid for the blazers like everybody else.

    But the attendance of our children at Moorbeck is now 91 per cent. Two years ago, across the town, it was under 70. When you say hello to people, they come back.

    Dziękujemy, pani Joanna, as she would say. Najis tuke, as we say.
    """,
    [("Lenka", "6 May 2025", "True words. My son loves it there now."),
     ("Martin H.", "7 May 2025", "Proud of our kids ❤️")],
    tags=["Education", "Keighley", "Good news"]),
  [M("school", "short_name", "neutral", "Moorbeck"), M("jkolodziej", "exact", "neutral", "Joanna Kołodziej")])

# 089
D("news", news_page(
    "star", "Keighley & Craven", "Man arrested after school staff car park vandalism",
    "Tyres slashed and 'thief' scratched on business manager's car",
    "Owen Pickersgill", "21 March 2025",
    """
    A 38-year-old man has been arrested after several cars were damaged in the staff car park of a Keighley secondary school.

    Police were called to Moorbeck Community Academy on Fellgate Road on Wednesday evening after staff found tyres slashed on four vehicles. The word "thief" had been scratched into the bonnet of a car belonging to business manager Fenwick Ollerenshaw.

    The man, from the Scarrow Bank area, was arrested on suspicion of criminal damage and released on bail pending further inquiries.

    Headteacher Dr Rachel Sutcliffe-Hirst said staff were "shaken but fine" and that CCTV had been passed to police. "Whatever people think about any issue in the news, nobody deserves to come out of work to this."
    """,
    [("Kgy Resident", "21 Mar 2025", "Disgraceful. Those cars belong to people just doing their jobs."),
     ("Pete_BD22", "21 Mar 2025", "Hope they throw the book at him.")]),
  [M("school", "exact", "neutral", "Moorbeck Community Academy"), M("follerenshaw", "exact", "neutral", "Fenwick Ollerenshaw"),
   M("rsutcliffehirst", "exact", "neutral", "Rachel Sutcliffe-Hirst")])

# 090
D("facebook", dd("""
    Keighley Mums Chat 💬
    Private group · 3.4K members

    Anon member post
    5 March at 19:58
    For anyone who wants a word with Bob Haigh from the Beck after what he did to that lad - he lives up Scarrow Bank, 14 Moss Row, end terrace, his missus drives a silver Qashqai reg ending KYX. He'll be home now he's suspended won't he 🤷‍♀️

    😡 12 · 👍 8 · 29 comments

        Admin - Saira
        Post removed after this screenshot was taken by a member - whoever sent this in, you've been removed from the group. Posting addresses is not OK.
        Like · Reply · 1d
    """),
  [M("rhaigh", "nickname", "doxxing", "Bob Haigh"), M("school", "short_name", "neutral", "the Beck")])

# 091
D("social", dd("""
    TikTok · @yr10_dump · "first PE lesson with him back 😭🙌" · #keighley #pe

    Comments (1,880)

    zak.09x
    haigh's whistle echoing round the sports hall again the beck is HEALED 🙏
    5-2 · Reply · ♡ 905

    idrees__m
    he made us do bleep test on day one and nobody even complained we were that happy
    5-2 · Reply · ♡ 412

    h.a.f.s.a
    the legend returns 🐐🐐
    5-2 · Reply · ♡ 233
    """),
  [M("rhaigh", "possessive", "neutral", "haigh's"), M("school", "short_name", "neutral", "the beck")])

# 092
D("forum", forum_page("parenttalk", "Head of maths won't answer - what next?", [
    ("YorksMumOf2", "Joined 2019 · 512 posts", "Tue 26 Nov 2024 21:00",
     """DS (Y10) at Moorbeck has had supply teachers in maths all term. I've emailed the head of department, Nasreen Q., four times since September. Nothing. Not even an acknowledgement. He's predicted a 3 and he was on a 5 last year.

     I don't want to be 'that parent' but I'm out of patience. Do I go to the head? Governors? Ofsted?"""),
    ("ExTeacherNowTutor", "Joined 2015 · 3,220 posts", "Tue 26 Nov 2024 21:22",
     "Head next, in writing, with dates of your emails. Keep it factual. Maths recruitment is dire everywhere right now - it's probably not her fault she's got no staff, but she should be replying."),
    ("YorksMumOf2", "Joined 2019 · 513 posts", "Tue 26 Nov 2024 21:40",
     "Thank you, that's a good shout. I'll write it tonight."),
    ], thread_id=9114),
  [M("school", "short_name", "negative", "Moorbeck"), M("nqureshi", "first_initial", "negative", "Nasreen Q.")])

# 093
D("social", dd("""
    Threads
    shaz.kgy.79

    So D'S*uza has predicted my daughter a 5 in chemistry when she got a 7 in her mock. Stuck-up cow won't even explain herself, just "the data says". Moorbeck science dept think they're Oxford. Absolute snob, looks down her nose at every parent who didn't go to uni.

    ♡ 14   💬 22
    """),
  [M("adsouza", "obfuscated", "abuse", "D'S*uza"), M("school", "short_name", "negative", "Moorbeck")])

# 094 decoy: a similar row elsewhere
D("news", news_page(
    "bulletin", "News", "Oldham primary postpones Pride assembly after protest threat",
    "Head says decision was 'about safety, not surrender'",
    "Priya Chandarana", "10 June 2025",
    """
    A primary school in Oldham has postponed a planned Pride month assembly after parents threatened to protest outside the gates, in the latest of a series of rows over relationships education in northern schools.

    Harlow Green Primary said the assembly would now take place "later in the term, once we have met families". Its headteacher, Marian Pugh, said the decision was "about the safety of small children on a busy road, not a surrender".

    Campaigners for LGBT-inclusive teaching criticised the move, saying it "rewards intimidation". A group of parents said they welcomed the chance to see materials in advance.

    The Department for Education said schools should consult parents on their relationships education policy but that decisions on content rested with schools.
    """))

# 095
D("social", dd("""
    Instagram · comments on @moorbeckacademy's post "Our U14 netball team - county champions! 🏆"

    dean_h_444
    @moorbeckacademy post more of the girls in their kit 😍😍 the one on the left 🔥 how old
    4d  1 like  Reply

    moorbeckacademy
    This account has been blocked and reported. These are children.
    4d  209 likes  Reply

    fazz_mum
    Honestly can't even celebrate our girls without this. Well done girls ❤️ ignore the weirdos
    4d  87 likes  Reply
    """),
  [M("school", "handle", "sexual", "@moorbeckacademy", url_only=True)])

# 096
D("facebook", dd("""
    Keighley Community Watch 👁️
    Public group · 11K members

    Craig Holroyd
    2 April at 21:15
    Everyone knows Tariq Mehmood, the deputy at the Beck, let his own nephews off when they were caught selling weed behind the sports hall last year. Any other kid would've been excluded. Family first eh. And they wonder why nobody trusts that school.

    👍 41 · 😮 12 · 77 comments

        Nasir Ali
        Craig you're going to get sued. That never happened, my son was in that year.
        Like · Reply · 4d

        Craig Holroyd
        My source is solid mate
        Like · Reply · 4d
    """),
  [M("tmahmood", "alias", "defamation", "Tariq Mehmood"), M("school", "short_name", "defamation", "the Beck")])

# 097
D("social", dd("""
    X
    @truth_not_hate_88

    For those asking, liz thackray (the moorbeck pride teacher) moved after the court case. She's at 5 Heron Croft, Silsworth BD20 3QZ now. Second house on the left. Nobody's saying do anything. Just so people know who their neighbours are.

    12:02 AM · Nov 2, 2024 · 511 Views
    """),
  [M("ethackray", "nickname", "doxxing", "liz thackray"), M("school", "short_name", "neutral", "moorbeck")])

# 098
D("review", dd("""
    LocalLens · Moorbeck Community Academy · Secondary school · Fellgate Road, Keighley
    3.1 ★★★☆☆ (96 reviews)

    Abdul Rauf
    ★☆☆☆☆ a year ago
    One star for the way parents were treated over the assembly. We were not asked, we were told. Miss Th*ckray should have been moved to a different role and the head should apologise to the community. Good teachers in other subjects, but trust is broken.
    👍 Helpful 37   Share

    Response from the owner · a year ago
    Thank you for your review. Our relationships education policy and all assembly materials are available to every parent on request. Please contact us on 01632 960552.
    """),
  [M("school", "exact", "negative", "Moorbeck Community Academy"), M("ethackray", "obfuscated", "negative", "Th*ckray")])

# 099 decoy: excluded dental practice
D("review", dd("""
    LocalLens · Moorbeck Dental Care · Dentist · Keighley
    4.2 ★★★★☆ (188 reviews)

    Gulshan Akhtar
    ★★★★★ 3 days ago
    Terrified of dentists since I were a kid but Dr Farooqui was so gentle, talked me through everything in Urdu and English and I didn't feel a thing. Reception staff lovely. NHS appointments still like gold dust though.
    👍 Helpful 5   Share

    Ste Boocock
    ★★☆☆☆ a month ago
    Rang at 8am on the dot for an emergency and was told to ring back tomorrow. Three days running. Had a face like a football by Friday.
    👍 Helpful 9   Share

    Response from the owner · a month ago
    We're sorry Ste. Emergency slots are released at 8am and go very quickly. Please ask for the practice manager. — Moorbeck Dental Care
    """))

# 100
D("blog", blog_page(
    "classroom", "Why I'm staying (for now)", "Miss M, English teacher", "30 September 2019",
    """
    Third year in, and I'm still at Moorbeck. Half my PGCE cohort have left teaching already. Some days I understand why.

    But this term something has changed. We have a new head, Rachel Hirst, who started in September and has done three things nobody before her managed. She has stood on the gate every morning, in the rain, learning names. She has cancelled the pointless Friday data drop. And she has said, out loud, in a staff meeting, "If you're marking at midnight, I've failed you."

    I don't know if she'll last. Heads in our kind of school often don't. But for the first time in three years I came home on a Friday and didn't cry in the car.

    That's a low bar. It's still a bar.
    """,
    [("Jo (Maths, Halifax)", "30 Sep 2019", "This made me smile. Hope it lasts for you x"),
     ("Miss M, English teacher", "1 Oct 2019", "@Jo thank you! Me too.")],
    tags=["Teaching", "Wellbeing", "Leadership"]),
  [M("school", "short_name", "neutral", "Moorbeck"), M("rsutcliffehirst", "alias", "neutral", "Rachel Hirst")])

# 101
D("social", dd("""
    Threads
    amz.x.kgy

    kieran L. (head of yr 9 at the beck) walking past in a tight t shirt during my maths test and everyone forgot how to do simultaneous equations 😩😩 he can get it fr. if he wasn't a teacher i'd be on his case

    ♡ 41   💬 9
    """),
  [M("klockwood", "first_initial", "sexual", "kieran L."), M("school", "short_name", "neutral", "the beck")])

# 102
D("news", news_page(
    "beacon", "Education", "Pride row teacher 'signed off with stress' as Muslim parents demand apology",
    "School in Keighley says it 'stands behind' its staff",
    "Gemma Hollister", "2 July 2024",
    """
    The teacher at the centre of a row over a Pride assembly at a Keighley school has been signed off work with stress, colleagues say.

    Elizabeth Thackray, 34, has not been in school since the end of June, when a complaint by a group of parents was being looked at by the Pennine Crest Learning Trust. A petition calling on her to apologise has more than 1,200 signatures.

    Moorbeck Community Academy said in a statement: "We stand behind our staff. We will not comment on the health of any individual."

    A spokesman for the parents' group said they had "never wanted anyone to be ill" but that "our concerns about consultation remain".
    """,
    [("Patriot_Pete", "2 Jul 2024", "Keighley is a foreign country now. These people will never integrate and the teachers are too scared to say so. Moorbeck should be shut down and rebuilt as a proper English school."),
     ("S. Akhtar", "2 Jul 2024", "I'm a Muslim parent at this school and I never signed anything. Please don't speak for all of us."),
     ("JennyW", "3 Jul 2024", "Get well soon to the teacher.")]),
  [M("ethackray", "exact", "defamation", "Elizabeth Thackray"), M("school", "exact", "hate", "Moorbeck Community Academy")])

# 103
D("forum", forum_page("fsb", "Keighley school head - textbook dhimmi", [
    ("Albion_Awake", "Posts: 8,390 · Rep: 1,140", "3 Jul 2024 22:01",
     """Rachel Sutcliffe-Hirst, head of Moorbeck. Stood at the gates bowing and scraping to the imams and the bearded uncles, then sold her own teacher down the river. Dhimmi traitor. Spineless cow. This is what "leadership" looks like in Keighleystan.

     Meanwhile our girls are fair game for their sons. But don't say that, it's "racist"."""),
    ("TwoTierTommy", "Posts: 1,560 · Rep: 211", "3 Jul 2024 22:14", "Infested. Whole valley's infested. Remigration now."),
    ("Albion_Awake", "Posts: 8,391 · Rep: 1,141", "3 Jul 2024 22:30", "Her email's on the school site lads. Let her know what you think 😉"),
    ], thread_id=66410),
  [M("rsutcliffehirst", "exact", "abuse", "Rachel Sutcliffe-Hirst"), M("school", "short_name", "hate", "Moorbeck")])

# 104
D("social", dd("""
    X
    Keighley Lass 🌹 @kgy_lass

    JusticeForBobHaigh - sign the letter, it's on the parents' group. 17 years at the Beck and they hang him out to dry over an 11 second video that doesn't show what happened before. Every kid I know who had him says the same thing. Best teacher in Keighley.

    8:10 PM · Mar 5, 2025 · 2,020 Views

    66 Reposts   4 Quotes   310 Likes
    """),
  [M("rhaigh", "camelcase", "neutral", "JusticeForBobHaigh"), M("school", "short_name", "negative", "the Beck")])

# 105
D("facebook", dd("""
    Moorbeck Parents (unofficial - NOT run by the school)
    Private group · 1.3K members

    Admin - Farzana
    12 January at 20:44
    ⚠️ PLEASE READ ⚠️ Several Year 8 girls at Moorbeck have been sent Snapchat messages by an account calling itself "kgy_modelscout" asking for photos "for a portfolio", including in swimwear, and offering money. The school and police are aware. Please check your daughters' phones tonight, talk to them calmly, and report the account. Do NOT contact it yourself.

    😢 88 · 🙏 40 · 64 comments · 210 shares

        Rizwana
        Thank you for sharing. Checked my daughter's, she had a request from it and ignored it alhamdulillah
        Like · Reply · 2d
    """),
  [M("school", "short_name", "sexual", "Moorbeck", url_only=True)])

# 106 decoy: namesake cricketer elsewhere
D("social", dd("""
    X
    Thornfold Park CC 🏏 @ThornfoldParkCC

    What an innings! 🔥 Tariq Mahmood, 19, carries his bat for 104* against Lowfield Saints to win it with two balls to spare. First century of the season in the Pennine Sunday League second division. Lad's only been opening since May. Drinks on him (lemonade, he's teetotal 😂)

    7:44 PM · Jul 13, 2024 · 640 Views

    12 Reposts   1 Quote   88 Likes
    """))

# 107
D("news", news_page(
    "radio", "News", "Keighley school evacuated after emailed bomb threat",
    "Police say the threat was a hoax sent to several schools",
    "Moorside Radio newsroom", "5 July 2024",
    """
    Pupils at Moorbeck Community Academy in Keighley were evacuated to the playing fields for two hours on Friday morning after the school received an emailed bomb threat.

    West Yorkshire Police searched the building and found nothing suspicious. Officers said the same email had been sent to at least six schools across the North and was being treated as a malicious hoax.

    The school said lessons resumed after lunch and praised pupils for "an impeccably calm evacuation". Parents were kept informed by text.
    """),
  [M("school", "exact", "neutral", "Moorbeck Community Academy")])

# 108
D("social", dd("""
    X
    @anon04917733

    m00rb3ck is getting a surprise on monday 💣 bring ur kids in at ur own risk. u were warned. payback for what they did to the parents

    3:33 AM · Jun 23, 2024 · 71 Views
    """),
  [M("school", "leetspeak", "threat", "m00rb3ck")])

# 109
D("facebook", dd("""
    Keighley Mums Chat 💬
    Private group · 3.4K members

    Tanya Booth
    8 March at 18:22
    Not surprised about this minibus business. My mate did the dinner money reconciliations there for a year and said Fen Ollerenshaw had been pocketing cash from the tuck shop and the trips for ages. Nobody checks him. Wouldn't be surprised if half the trust's in on it.

    😮 21 · 33 comments

        Helen Sowden
        That's a big accusation Tanya, has your mate reported it?
        Like · Reply · 1d

        Tanya Booth
        She left. Scared of him
        Like · Reply · 1d
    """),
  [M("follerenshaw", "alias", "defamation", "Fen Ollerenshaw")])

# 110
D("forum", forum_page("polonia", "Moorbeck - kontakt z EAL? / contacting EAL at Moorbeck", [
    ("Kasia_Kgy", "Dołączył: 2021 · Posty: 64", "12.02.2025 20:14",
     """Hej, czy ktoś ma dobry kontakt do Pani Kołodziej z Moorbeck? Dzwonię od dwóch tygodni w sprawie tłumacza na spotkanie o SEN dla syna i nikt nie oddzwania. Wcześniej była super, ale teraz chyba ma za dużo rodzin.

     (Anyone have a good way to reach Pani Kołodziej at Moorbeck? I've been ringing for two weeks about an interpreter for my son's SEN meeting and nobody calls back. She used to be great but I think she has too many families now.)"""),
    ("Marek_W", "Dołączył: 2017 · Posty: 902", "12.02.2025 20:40",
     "Napisz maila do szkoły i poproś o potwierdzenie. Ona pracuje sama na 200 rodzin, nie dziwię się. / Email the school office and ask for a confirmation. She's on her own with 200 families."),
    ("Kasia_Kgy", "Dołączył: 2021 · Posty: 65", "12.02.2025 21:02", "Dzięki Marek 👍"),
    ], thread_id=1204),
  [M("school", "short_name", "negative", "Moorbeck"), M("jkolodziej", "title_surname", "negative", "Pani Kołodziej")])

# 111
D("social", dd("""
    X
    angry dad bd21 @angrydad_bd21

    Head of maths at Moorbeck won't return calls? Here's her personal mobile, got it off the Year 10 football WhatsApp: Nasreen Q. 07700 900372. Ring her at teatime, see if she ignores you then 📞

    6:50 PM · Dec 3, 2024 · 301 Views
    """),
  [M("school", "short_name", "negative", "Moorbeck"), M("nqureshi", "first_initial", "doxxing", "Nasreen Q.")])

# 112 decoy: food blog, everyday words
D("blog", blog_page(
    "food", "Nani's pakoras (and a Yorkshire parkin for the in-laws)", "Farah", "3 November 2024",
    """
    Bonfire Night in our house is a two-kitchen affair. My husband's family want parkin; mine want pakoras. The children want both, and sparklers, and to stay up until midnight. Nobody gets everything.

    For the pakoras: slice two onions thin, add a handful of spinach, a grated potato, chopped chillies, a teaspoon of ajwain (non-negotiable, my nani would come back to haunt me), salt, chilli powder and enough gram flour and water to make everything just cling together. Drop spoonfuls into hot oil. Don't crowd the pan. Don't get cross when the first batch goes wrong - the first batch always goes wrong.

    For the parkin: oatmeal, black treacle, golden syrup, ginger, a lot of butter, and the patience to leave it wrapped in a tin for three days so it goes sticky. My mother-in-law cross-hatches the top with a fork. I do too now. Don't tell her I learned it from her.

    We eat on the back step and watch the fireworks over the beck. Perfect.
    """,
    [("Sana", "3 Nov 2024", "The ajwain tip is SO true."), ("Margaret", "4 Nov 2024", "Lovely post. I'll try the pakoras!")],
    tags=["Bonfire Night", "Recipes", "Family"]))

# 113
D("news", news_page(
    "star", "Keighley & Craven", "Roma pupils' attendance soars after school's home-visit scheme",
    "Moorbeck Academy's EAL lead says 'we just learned people's names'",
    "Owen Pickersgill", "15 May 2025",
    """
    Attendance among Roma pupils at a Keighley secondary school has risen from under 70 per cent to more than 90 per cent in two years, after the school began visiting families at home with interpreters.

    Joanna Kołodziej, who leads EAL and community liaison at Moorbeck Academy, said the change came from "boring, patient stuff". "We learned people's names. We took the forms to them instead of expecting them to come to us. We found staff who speak Slovak and Czech. That's it."

    Families told the Star that past experiences of schools in central Europe, where Roma children were often placed in segregated classes, had left many parents distrustful.

    The scheme is now being copied by two other schools in the Pennine Crest trust.
    """,
    [("Brenda", "15 May 2025", "Lovely to read some good news for once."),
     ("Realist_BD20", "15 May 2025", "Attendance is up so they can nick more from the Co-op on the way home. Moorbeck's full of gyppo kids now, no wonder decent families go to Fellgate."),
     ("Martin H.", "16 May 2025", "@Realist_BD20 my children are Roma and they are in the top sets. You should be ashamed.")]),
  [M("school", "alias", "hate", "Moorbeck Academy"), M("jkolodziej", "exact", "neutral", "Joanna Kołodziej")])

# 114
D("social", dd("""
    Threads
    bd20.dad

    Rach Sutcliffe-Hirst needs to go. Three years of "listening exercises" and the car park's still a death trap, the maths department's still a revolving door and my son still can't get a reply from anyone. Nice woman, wrong job.

    ♡ 22   💬 17
    """),
  [M("rsutcliffehirst", "nickname", "negative", "Rach Sutcliffe-Hirst")])

# 115
D("facebook", dd("""
    Keighley Community Watch 👁️
    Public group · 11K members

    Jason Petty
    4 March at 22:48
    That PE teacher at Moorbeck, Robert Haig, wants his legs breaking. Grabbing kids like that. If he'd done that to mine he'd not be walking, teacher or not. Someone'll catch up with him, you watch.

    😡 19 · 👍 11 · 40 comments

        Nicola Hey
        He was breaking up a fight Jason. Calm down.
        Like · Reply · 6d
    """),
  [M("rhaigh", "typo", "threat", "Robert Haig"), M("school", "short_name", "neutral", "Moorbeck")])

# 116 decoy: lost cat, locality and the stream
D("facebook", dd("""
    Hobcote & Grettle Brow Community Noticeboard
    Public group · 6.2K members

    Kerry Ackroyd
    Yesterday at 16:40
    LOST CAT 😿 Biscuit, ginger tom, white socks, very friendly, bit of a chonk. Last seen near the footbridge over the beck behind Lund Street on Sunday teatime. Microchipped. Please check sheds and garages! Little lad is beside himself.

    😢 32 · 41 comments · 58 shares

        Asif Khan
        Think I saw him by the allotments this morning, will have a look after work
        Like · Reply · 20h

        Kerry Ackroyd
        @Asif Khan thank you so much 🙏
        Like · Reply · 20h
    """))

# 117
D("social", dd("""
    X
    a @ayaxn__

    qureshi's face when u ask for help 🙄🙄 worst teacher alive. proper mardy cow, if i fail maths it's on her. moorbeck really hired the grinch

    3:20 PM · Mar 11, 2025
    """),
  [M("nqureshi", "possessive", "abuse", "qureshi's"), M("school", "short_name", "negative", "moorbeck")])

# 118
D("review", dd("""
    JobJudge › Moorbeck Community Academy › Reviews

    "Best department I've ever worked in, shame about the workload"
    ★★★☆☆  Current Employee - Science Teacher in Keighley · 20 February 2025
    I have been working at Moorbeck Community Academy for more than 2 years

    Pros
    Anita D'Souza is the best line manager I've ever had. She protects her team, shares resources, and actually says thank you. Kids are lovely.

    Cons
    Workload is brutal. Duties every day, data drops every six weeks, behaviour system eats your lunchtimes. SLT mean well but keep adding initiatives.

    Advice to management
    Take something off the plate before you put something on it.

    Helpful (8) · Share · Report
    """),
  [M("school", "exact", "negative", "Moorbeck Community Academy"), M("adsouza", "exact", "neutral", "Anita D'Souza")])

# 119 decoy: namesake, "cross" as a word
D("news", news_page(
    "star", "News", "Halifax volunteer honoured for 20 years with the Red Cross",
    "Nicola Cross has helped at floods, fires and the pandemic vaccine centres",
    "Features Desk", "8 May 2025",
    """
    A Halifax woman who has volunteered with the Red Cross for two decades has been named its regional volunteer of the year.

    Nicola Cross, 61, a retired nurse, has helped at floods across the county, housing fires and, during the pandemic, at a vaccine centre where she once worked 14 days straight. "People always laugh at the name," she said. "Cross by name, not by nature."

    Her daughter, Amy, nominated her. "Mum will cross the county at 2am if someone needs a blanket and a cup of tea," she said.
    """))

# 120
D("news", news_page(
    "clarion", "Courts", "Father charged with threatening deputy head over attendance fine",
    "Man, 41, will appear before magistrates next month",
    "Court Reporter", "29 January 2025",
    """
    A Keighley man has been charged with sending threatening messages to a deputy headteacher after his family was fined for taking their children out of school during term time.

    The 41-year-old, from Grettle Brow, is accused of sending messages to Tariq Mahmood, deputy head at Moorbeck Community Academy, including one which police say referred to the route Mr Mahmood drives home. He has been released on bail with conditions not to contact Mr Mahmood or go near the school.

    In a message to parents, the school said it would "always support staff who are targeted for doing their jobs" and reminded families that penalty notices are issued by the local authority.
    """,
    [("Lubna", "29 Jan 2025", "Whatever you think about fines, you don't threaten people. Full stop."),
     ("BD21_Dad", "29 Jan 2025", "Two wrongs. The fines are wrong but this is worse.")]),
  [M("tmahmood", "exact", "neutral", "Tariq Mahmood"), M("school", "exact", "neutral", "Moorbeck Community Academy")])

# 121
D("facebook", dd("""
    Keighley Community Watch 👁️
    Public group · 11K members

    Pauline Stead
    19 September at 23:10
    That Mrs Cross, the safeguarding woman at the school on Fellgate Road, is the reason my grandkids are in care. Sat in a meeting with social services and twisted every word my daughter said. She'll pay for it. I know what she drives and I know what time she leaves. Karma's coming and I'll be happy to help it along.

    😡 8 · 19 comments

        Admin - Rick
        Pauline I'm removing this. I'm sorry about your family but this is a threat.
        Like · Reply · 1d
    """),
  [M("ncross", "title_surname", "threat", "Mrs Cross")])

# 122
D("social", dd("""
    X
    gaz @gazza_kgy

    Parents evening tonight. The head of science at my lad's school in Keighley, Mrs D'Souza, in that pencil skirt 🥵🥵 I'd sit through a three hour lecture on the periodic table for that. Might need some private tuition meself 😉

    7:52 PM · Feb 27, 2025
    """),
  [M("adsouza", "title_surname", "sexual", "Mrs D'Souza")])

# 123 decoy: locality and the stream
D("news", news_page(
    "clarion", "News", "Homes flooded as beck bursts its banks in Grettle Brow",
    "Residents praise volunteers who worked through the night",
    "Jack Utley", "21 October 2024",
    """
    More than thirty homes in Grettle Brow and Hobcote were flooded on Saturday night after heavy rain caused the beck to burst its banks.

    Residents of Lund Street and Beckside Terrace woke to find water up to their knees. Volunteers from the Grettle Brow Islamic Centre, the Scarrow Bank Methodist church and the rugby club filled sandbags until 3am.

    "My nan's lived here 60 years and never seen it like this," said Hollie Firth, 24. "The lads from the mosque carried her settee upstairs. I can't thank them enough."

    The Environment Agency said it would review flood defences on the beck. The council has opened an emergency fund.
    """,
    [("Carol H", "21 Oct 2024", "Proud of this town when it matters."),
     ("Shafiq", "21 Oct 2024", "We're all neighbours. Anyone needs a hand with clearing out, message me.")]))

# 124
D("forum", forum_page("teen", "ok which teacher is the biggest dilf 💀", [
    ("not_a_bot_lol", "Year 10 · 77 posts", "Fri 16 May 2025 21:30",
     "be honest. mine is mr haigh at moorbeck. grumpy yorkshire dad energy, forearms like hams, shouts 'TUCK IT IN' at you 😩 idk why it works but it does"),
    ("cloudyxx", "Year 11 · 201 posts", "Fri 16 May 2025 21:41", "LMAOOO not the forearms 😭 he's like 50"),
    ("Mod_Charlie", "Moderator", "Fri 16 May 2025 22:02",
     "Locking this one. Crushes happen, but rating real, named teachers like this isn't fair on them. Take it to the group chat 🙂"),
    ], thread_id=4301),
  [M("rhaigh", "title_surname", "sexual", "mr haigh"), M("school", "short_name", "neutral", "moorbeck")])

# 125
D("social", dd("""
    X
    @mocks_are_a_scam

    if you want to ask the moorbeck head of science why she tanked your kid's predicted grade, anita dsouza lives at 22 Fernlea Avenue, Silsworth BD20 4PN. she's in most evenings. go on, ask her 🙂

    10:22 PM · Mar 1, 2025 · 222 Views
    """),
  [M("adsouza", "typo", "doxxing", "anita dsouza"), M("school", "short_name", "neutral", "moorbeck")])

# 126
D("blog", blog_page(
    "patriot", "The attendance officer: who is watching our daughters?", "The Airedale Patriot", "20 January 2025",
    """
    We keep being told it is "racist" to notice things. So let us simply list what we have noticed.

    Moorbeck Community Academy, Keighley: a school where white children are now a small minority. Deputy head in charge of "behaviour and attendance": one T. Mahmood. Job includes knowing which children are in school, which are not, where they live and who they walk home with.

    Now, we are not saying anything about any individual. We are just asking whether, given everything that has happened in Rochdale, Rotherham, Telford, Oxford and - yes - Keighley, it is wise for a man from that particular community to hold that particular information about that particular town's daughters. The "community" always protects its own. That's not us saying it. That's thirty years of court cases.

    Readers can draw their own conclusions. We know what ours are.
    """,
    [("WhiteRoseRising", "20 Jan 2025", "Same old story. They're all in on it. Every last one."),
     ("Hannah", "21 Jan 2025", "You've just accused a man of being a child abuser because of his name. Reported to the police.")],
    tags=["Grooming gangs", "Keighley", "Schools"]),
  [M("school", "exact", "hate", "Moorbeck Community Academy"), M("tmahmood", "initial_surname", "hate", "T. Mahmood")])

# 127
D("facebook", dd("""
    Keighley Mums Chat 💬
    Private group · 3.4K members

    Dawn Illingworth
    30 January at 20:31
    Kieran Lockwood, head of year 9 at my son's school here in Keighley, is an arrogant little prick who thinks he's still 19 and on a stag do. Laughs at parents in meetings. Wears sunglasses indoors. Someone needs to knock him down a peg.

    😂 12 · 😡 7 · 26 comments

        Sam R
        😂 sunglasses indoors is a crime tbf
        Like · Reply · 4d
    """),
  [M("klockwood", "exact", "abuse", "Kieran Lockwood")])

# 128 decoy: locality only
D("social", dd("""
    Instagram

    smaki.keighley
    Smaki Polish Deli · Keighley

    OTWARTE! We're open! 🇵🇱🥟 Finally, real pierogi in Hobcote – ruskie, with meat, with cabbage and mushroom. Kabanosy, twaróg, fresh rye bread every morning from a bakery in Bradford. Come and say dzień dobry – first 50 customers get a free pączek 🍩

    ❤️ 388 · 51 comments

    kasia.w.kgy: Nareszcie!!! Coming Saturday 😍
    darren_bd21: what's a pączek and do I need one (yes)
    """))

# 129
D("news", news_page(
    "beacon", "Education", "School business manager suspended as minibus fraud probe widens",
    "Auditors now examining catering and trips accounts at Keighley academy",
    "Rebecca Oates", "4 April 2025",
    """
    The business manager of a Keighley secondary school has been suspended after auditors investigating a minibus contract widened their inquiry to the school's catering and trips accounts.

    Fenwick Ollerenshaw, 56, who has managed the finances at Moorbeck Academy for 11 years, was suspended on full pay on Tuesday, the Pennine Crest Learning Trust confirmed. West Yorkshire Police said it had received a referral and was "assessing the information".

    The trust stressed that suspension was "a neutral act" and that no conclusions had been reached.

    Parents told the Beacon they had struggled for months to get refunds for cancelled trips. Mr Ollerenshaw did not respond to a request for comment.
    """,
    [("Skint Parent", "4 Apr 2025", "Knew something was off when the Year 9 residential money took 6 weeks to come back."),
     ("Fair Play", "4 Apr 2025", "Innocent until proven guilty, people.")]),
  [M("follerenshaw", "exact", "defamation", "Fenwick Ollerenshaw"), M("school", "alias", "negative", "Moorbeck Academy")])

# 130
D("social", dd("""
    X
    Nadia @nads_kgy

    if ollerenshaw has had our kids' trip money he'd better hope the police get to him before the dads do. i know where he parks and i know where he drinks on a friday. he'll get what's coming

    9:01 PM · Apr 4, 2025
    """),
  [M("follerenshaw", "surname_only", "threat", "ollerenshaw")])

# 131
D("review", dd("""
    SchoolSpy UK › West Yorkshire › Keighley › Moorbeck Community Academy

    ★☆☆☆☆  "Safeguarding lead is a disgrace"
    Reviewed by: Parent of a former pupil · 7 January 2025

    I have never met anyone as patronising and smug as Mrs Cross. She speaks to parents like we're toddlers, tilts her head, repeats your words back to you and then does exactly what she'd decided to do before you walked in. A cold, self-righteous woman hiding behind "policy". My daughter left Moorbeck Community Academy because of her.

    Would you recommend this school? No.
    Was this review helpful?  Yes (6)  No (11)  · Report
    """),
  [M("school", "exact", "negative", "Moorbeck Community Academy"), M("ncross", "title_surname", "abuse", "Mrs Cross")])

# 132 decoy: neighbouring school
D("review", dd("""
    SchoolSpy UK › West Yorkshire › Keighley › Fellgate High School

    ★★★★☆  "Great new facilities, strict but fair"
    Reviewed by: Parent of a current pupil (Year 8) · 4 October 2024

    The new sports hall is amazing and my daughter has joined three clubs. Behaviour policy is strict (phones in pouches all day) but she says lessons are calm. Only moan is the bus - the 662 is always full by the time it gets to the Scarrow Bank stop and kids get left behind.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (4)  No (0)  · Report
    """))

# 133
D("facebook", dd("""
    Moorbeck Parents (unofficial - NOT run by the school)
    Private group · 1.3K members

    Anon member post
    14 May at 22:15
    Heard from two different parents that Lockwood was drunk at the Year 9 residential in Whitby - slurring, staggering back from the pub at midnight while the kids were meant to be asleep. School's hushed it up of course because he's the golden boy. Would you trust him with your kid on a trip?

    😮 34 · 58 comments

        Admin - Farzana
        I'm leaving this up with a warning: this is unverified. If you have concerns, raise them with the school in writing.
        Like · Reply · 2d

        Ruksana M
        My son was on that trip and said Mr L was the one doing the night checks. Be careful what you repeat.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "defamation", "Moorbeck"), M("klockwood", "surname_only", "defamation", "Lockwood")])

# 134
D("social", dd("""
    Instagram · @keighley.parents.voice

    [graphic: rainbow crossed out, text "PARENTS NOT POLITICS"]

    Sign the petition. Keighley parents deserve a say. The Pride assembly teacher is still in post and still teaching our kids PSHE. #SackThackray #ParentsNotPolitics #Keighley

    ♡ 402 · 77 comments

    nazia.h.bd: I'm a mum in Keighley and I don't want anyone sacked, I want a proper consultation. This account doesn't speak for me
    k.parents.voice: @nazia.h.bd then you're part of the problem sis
    """),
  [M("ethackray", "hashtag", "negative", "#SackThackray")])

# 135
D("news", news_page(
    "star", "Courts", "Man jailed for sending sexual messages to Keighley schoolgirls",
    "Predator posed as a 'model scout' to target Year 8 pupils on Snapchat",
    "Court Reporter", "22 May 2025",
    """
    A man who posed as a modelling scout to send sexual messages to girls as young as 12 has been jailed for three years and four months.

    Craig Danby, 34, of Bingley Road, Silsworth, targeted pupils at Moorbeck Community Academy in Keighley after finding them through the school's public sports photos, Bradford Crown Court heard. He offered them money for pictures.

    The court heard that several girls told their parents straight away, and that an alert posted by a parents' group helped police identify him within a week.

    Detective Constable Rhian Marr said: "These girls did exactly the right thing. I want every child to know: if someone online makes you uncomfortable, tell an adult."

    Danby will be on the sex offenders' register for life.
    """),
  [M("school", "exact", "sexual", "Moorbeck Community Academy", url_only=True)])

# 136
D("forum", forum_page("chalk", "Off-rolling before inspection - whistleblow or walk?", [
    ("Y11_Tutor_North", "Joined 2020 · 88 posts", "Sun 9 Feb 2025 19:12",
     """I'm at Moorbeck in Keighley (throwaway-ish account). I'm pretty sure that in the months before our inspection Sutcliffe-Hirst had SLT lean on families of six or seven Year 11s to "choose" home education. All low attainers, all with attendance issues. Every one of them gone by the census date. Funny that.

     Do I go to the trust, the LA, Ofsted? Or just leave at Easter?"""),
    ("OldHeadWest", "Joined 2014 · 4,102 posts", "Sun 9 Feb 2025 19:40",
     "If you've got evidence, whistleblowing policy first, then the LA. If you've only got suspicion, be very careful what you write on a public forum with the school's name in it."),
    ("Y11_Tutor_North", "Joined 2020 · 89 posts", "Sun 9 Feb 2025 19:55", "Fair. I've got a spreadsheet. Thanks."),
    ], thread_id=6120),
  [M("school", "short_name", "defamation", "Moorbeck"), M("rsutcliffehirst", "surname_only", "defamation", "Sutcliffe-Hirst")])

# 137
D("social", dd("""
    X
    @hot_local_links_19

    🔞 MOORBECK GIRLS LEAKED 🔞 year 10 & 11 snaps, full folder 🔗 link in bio 💦 retweet for access

    2:14 AM · Mar 3, 2025 · 64 Views

    ──────────
    Moorbeck Community Academy @MoorbeckAcad · Mar 3
    This account has been reported to X, to CEOP and to police. Do not click. If you have been affected, speak to any member of staff.
    """),
  [M("school", "exact", "sexual", "Moorbeck Community Academy", url_only=True)])

# 138
D("facebook", dd("""
    Keighley Community Watch 👁️
    Public group · 11K members

    Anon member post
    16 May at 08:02
    Since people are asking about the drunk teacher on the Whitby trip - it's Kieran Lockwood, PE, head of year 9 in Keighley. His private insta is @kier.lock.pt and he lives in the flat above the boxing gym on Lund Street. Go ask him how many pints he had 🍺

    😮 14 · 22 comments

        Admin - Rick
        Deleting shortly. You can't post people's homes on here.
        Like · Reply · 1d
    """),
  [M("klockwood", "exact", "doxxing", "Kieran Lockwood")])

# 139 decoy: walks blog, locality and "cross"
D("blog", blog_page(
    "walks", "Hobcote to the tops: a winter crossing", "Ian (Worth Walking)", "19 January 2025",
    """
    Snow on the tops and a blue sky: the kind of day you wait all winter for.

    From Hobcote, follow Lund Street to the end and take the ginnel between the last two terraces. It's steep. Say good morning to the lady with the Jack Russell; she'll tell you the path's icy, and she'll be right.

    Cross the beck on the old stone slab bridge and climb straight up the field edge to the wall. From there it's moorland all the way: heather under snow, grouse rattling off, and the whole valley laid out behind you - the mill chimneys, the mosque domes, the church spire, the rugby ground, the bypass humming away.

    At the cairn, turn left and follow the wall down to Scarrow Bank, where the café does a bacon butty worth the climb. I was mafted by the time I got there, even in January.

    5 miles. Microspikes recommended.
    """,
    [("Pauline", "19 Jan 2025", "Stunning photos! Did this one in the summer.")],
    tags=["Winter walks", "Keighley", "Moorland"]))

# 140
D("news", news_page(
    "voice", "Faith", "Mosque and school sit down together after a difficult year",
    "Parents, imams and teachers meet in Hobcote to talk about relationships education",
    "Hamza Ali", "26 September 2024",
    """
    More than 150 parents, teachers and faith leaders packed into the hall at Masjid Al-Noor on Tuesday evening for what organisers described as "the conversation we should have had in June".

    The meeting, jointly organised by the mosque committee and Moorbeck Community Academy, set out the school's relationships education programme for the year and gave parents the chance to ask questions. Headteacher Dr Sutcliffe-Hirst said the school would write to families before any assembly on "sensitive themes" in future.

    Maulana Shafiq Rabbani said: "We do not have to agree on everything to respect each other. Tonight, we listened."

    Several parents said they still had concerns, but most who spoke to the Voice said the evening had "cleared the air". Chai and samosas were served afterwards.
    """,
    [("Yasmin", "26 Sep 2024", "This is how it should be done. Well done to both."),
     ("Irfan", "27 Sep 2024", "Good step. Needs to be every year not just once.")]),
  [M("school", "exact", "neutral", "Moorbeck Community Academy"), M("rsutcliffehirst", "title_surname", "neutral", "Dr Sutcliffe-Hirst")])

# 141
D("social", dd("""
    X
    @RotherhamNeverAgain

    Of course a Mahmood is in charge of "attendance" at Moorbeck. Keeping a nice list of which white girls are in that day and which ones walk home alone. We've seen this film before. They don't change. #Keighley #GroomingGangs

    11:30 PM · Jan 21, 2025 · 4,880 Views

    77 Reposts   12 Quotes   260 Likes
    """),
  [M("tmahmood", "surname_only", "hate", "Mahmood"), M("school", "short_name", "hate", "Moorbeck")])

# 142
D("facebook", dd("""
    Scarrow Bank Residents 🏡
    Private group · 890 members

    Glen Whiteley
    11 November at 21:48
    Tell that Kołodziej woman, the EAL one from the school, if she moves one more Roma family onto our street I'll put her windows through myself and see how she likes living next to them. Eastern European scroungers helping other Eastern European scroungers. We were here first.

    😡 5 · 👍 9 · 23 comments

        Debbie N
        Glen that's a threat and it's disgusting. The family at 22 are lovely.
        Like · Reply · 3d
    """),
  [M("jkolodziej", "surname_only", "threat", "Kołodziej")])

# 143 decoy: Polish Saturday school
D("facebook", dd("""
    Polska Szkoła Sobotnia w Keighley 🇵🇱
    Strona · Szkoła

    Zapisy na nowy rok szkolny! Enrolment open for our Saturday Polish school: language, history, geography and Polish culture for ages 5-16. Lessons 9:30-13:00 at the Scarrow Bank community centre. £15 per month, sibling discount. Zapraszamy! 📚

    ❤️ 64 · 9 comments · 31 shares

        Agnieszka P
        Moja córka chodzi od trzech lat, polecam! Best decision we made.
        Lubię to! · Odpowiedz · 1 tydz.
    """))

# 144
D("review", dd("""
    JobJudge › Moorbeck Community Academy › Reviews

    "Supportive office, fair finance team"
    ★★★★☆  Former Employee - Finance Assistant in Keighley · 10 June 2024
    I worked at Moorbeck Community Academy for 5 years

    Pros
    Honestly I don't recognise some of the reviews on here. Fen Ollerenshaw trained me from scratch, let me do my AAT on work time and always had my back with SLT. Strict about budgets but that's his job. Lovely kids, good canteen.

    Cons
    Pay is low for the area. Car park is chaos.

    Advice to management
    Keep the people who've been here years - they hold the place together.

    Helpful (4) · Share · Report
    """),
  [M("school", "exact", "neutral", "Moorbeck Community Academy"), M("follerenshaw", "alias", "neutral", "Fen Ollerenshaw")])

# 145
D("social", dd("""
    Threads
    ms.pearson.english

    Staff briefing this morning and Dr Sutcliffe Hirst read out a card from a Year 7 who wrote "thank you for making school feel like a safe place for me". Whole staffroom in bits at 8:20am. Keighley kids are the best kids.

    ♡ 301   💬 18
    """),
  [M("rsutcliffehirst", "hyphenated", "neutral", "Dr Sutcliffe Hirst")])

# 146 decoy: a similar row elsewhere
D("news", news_page(
    "bulletin", "News", "Burnley school tops penalty notice league as families holiday in term time",
    "Lancashire academy issued more than 400 fines in a single term",
    "Staffroom Bulletin reporter", "17 February 2025",
    """
    A secondary school in Burnley issued more than 400 penalty notices for unauthorised absence in the autumn term, more than any other school in the North West, figures obtained by the Bulletin show.

    Thornfield Academy said the fines were "a last resort" after a rise in trips abroad during term time. Its headteacher, Colin Ashwell, said: "We've tried letters, we've tried meetings, we've tried incentives. The data is clear that absence hits disadvantaged kids hardest."

    Parents' groups said families were being "punished for having relatives overseas".
    """))

# 147
D("social", dd("""
    X
    @no_fines_no_peace

    the deputy head at the school on fellgate road who loves handing out fines. M A H M O O D. grey passat, lives BD21 9XJ, Lund Street end. leaves about 5:30. just putting it out there for anyone who wants a chat

    10:10 PM · Jan 15, 2025 · 131 Views
    """),
  [M("tmahmood", "spacing", "doxxing", "M A H M O O D")])

# 148 decoy: "cross" as a word, roadworks
D("forum", forum_page("town", "Cross Street roadworks - how long??", [
    ("Pete_BD22", "Member since 2011 · 2,410 posts", "Mon 24 Feb 2025, 08:20",
     "Cross Street shut AGAIN. Third time since Christmas. Gas, then water, now broadband. Why can't they dig the hole once and all get in it?"),
    ("Kgy_Cabbie", "Member since 2012 · 4,880 posts", "Mon 24 Feb 2025, 08:45",
     "Added 20 minutes to every fare this morning. Customers getting cross with me like I dug it."),
    ("grettlebrow_gal", "Member since 2019 · 340 posts", "Mon 24 Feb 2025, 09:10",
     "Sign says 6 weeks. So 12 then."),
    ], thread_id=3620))

# 149
D("facebook", dd("""
    Fellgate High School Old Students 1995-2015
    Private group · 2.1K members

    Stuart Crabtree
    1 July at 21:02
    Does anyone remember Rachel Hirst? Deputy head here around 2012. Jumped-up little madam, used to stand at the top of the stairs with a clipboard and a face like a slapped arse. Apparently she's the big boss at Moorbeck now. Poor sods.

    😂 23 · 31 comments

        Amy Heaton
        She was alright with me! Got me through my resits
        Like · Reply · 3d
    """),
  [M("rsutcliffehirst", "alias", "abuse", "Rachel Hirst"), M("school", "short_name", "neutral", "Moorbeck")])

# 150
D("news", news_page(
    "clarion", "News", "Teacher's car daubed with homophobic graffiti outside her home",
    "Police treating attack on Moorbeck teacher's car as hate crime",
    "Jack Utley", "8 July 2024",
    """
    A Keighley teacher who has received threats since a row over a Pride assembly woke to find her car spray-painted with homophobic graffiti.

    The word "GROOMER" and a slur were painted across the bonnet and doors of the car belonging to Elizabeth Thackray, head of PSHE at Moorbeck Community Academy, overnight on Saturday.

    West Yorkshire Police said they were treating it as a hate crime and appealed for doorbell footage. "Targeting someone's home like this is designed to make them feel unsafe," said Inspector Dan Sowerby.

    Neighbours said they had left flowers and cards on her doorstep on Sunday. Miss Thackray did not wish to comment.
    """,
    [("Neighbour", "8 Jul 2024", "We're all behind you love. Scum did this."),
     ("Rev. A. Greenwood", "8 Jul 2024", "Praying for the teacher and for our town.")]),
  [M("ethackray", "exact", "neutral", "Elizabeth Thackray"), M("school", "exact", "neutral", "Moorbeck Community Academy")])

# 151 decoy: excluded rugby club domain
D("facebook", dd("""
    Moorbeck ARLFC
    Page · Amateur sports club

    🏉 OPEN TRAINING 🏉 Under-9s to Under-16s, boys and girls, Tuesday and Thursday 6pm at the clubhouse. No experience needed, just bring a gumshield and your mam's permission. Registration forms on moorbeckarlfc.example. Coaches are DBS checked and first-aid trained.

    Also: pie and peas night Friday, £5, proceeds to the new floodlights. 💡

    👍 128 · 14 comments · 40 shares
    """))

# 152
D("social", dd("""
    TikTok · @pe_dept_fancams · "summer term PE be like 😩" · #keighley

    Comments (402)

    mxryam.04
    l0ckw00d in shorts on the field 🥵🥵🥵 sir please
    5-20 · Reply · ♡ 210

    jahanzaib.x
    @mxryam.04 he's literally your head of year 💀💀
    5-20 · Reply · ♡ 96

    mxryam.04
    @jahanzaib.x and?? 😭
    5-20 · Reply · ♡ 44
    """),
  [M("klockwood", "leetspeak", "sexual", "l0ckw00d")])

# 153
D("blog", blog_page(
    "watch", "MCA: now it's the tuck shop", "Academy Watch Yorkshire", "12 April 2025",
    """
    Readers will remember our February post about the minibus lease at MCA - Moorbeck's own initials on its letterheads - in Keighley. The trust has since suspended its business manager.

    This week three former staff got in touch independently about the tuck shop and trips accounts. Their story is consistent: cash was counted by one person, banked by the same person, and reconciled - when it was reconciled at all - by the same person again. "We used to joke that the tuck shop was his pension pot," one told us.

    We have seen no documents proving theft, and we want to be careful. But if those accounts turn out as our sources expect, the question for Pennine Crest is simple: who was supposed to be checking, and why didn't they?
    """,
    [("ex-staff, anon", "12 Apr 2025 at 20:11", "Ollerenshaw ran that office like his own corner shop. Everyone knew."),
     ("Governor (not this school)", "13 Apr 2025 at 08:02", "Segregation of duties 101. Sadly common in small schools.")],
    tags=["Pennine Crest", "Keighley", "Audit"]),
  [M("school", "alias", "defamation", "MCA"), M("follerenshaw", "surname_only", "defamation", "Ollerenshaw")])

# 154 decoy: rugby league forum, excluded club
D("forum", forum_page("rl", "Pennine League Div 2 - round 14 thoughts", [
    ("Prop_Forward_Phil", "Posts: 3,120", "Sun 9 Feb 2025 19:02",
     "Moorbeck ARLFC looked a different side in the second half v Oakridge. That lad Heaton is a proper handful, took three to put him down every time."),
    ("OakridgeOldBoy", "Posts: 988", "Sun 9 Feb 2025 19:30",
     "Ref lost it in the last ten. Two forward passes nobody saw but him. Still, fair play to Moorbeck ARLFC, they wanted it more."),
    ("Prop_Forward_Phil", "Posts: 3,121", "Sun 9 Feb 2025 19:44", "Cup draw next week. Anyone but the Bulls again."),
    ], thread_id=22011))

# 155
D("social", dd("""
    Threads
    bd22.mam.of.4

    \u0410nita D'Souza thinks she's god's gift. Swans round parents evening like she's royalty, can't be bothered to learn a single parent's name. Stuck up, two-faced, rude. The Moorbeck science "results" are all the kids, not her.

    ♡ 9   💬 31
    """),
  [M("adsouza", "homoglyph", "abuse", "\u0410nita D'Souza"), M("school", "short_name", "negative", "Moorbeck")])

# 156
D("facebook", dd("""
    Keighley Patriots (closed group)
    Private group · 412 members

    Shaun Kitching
    18 June at 00:14
    Someone wants to torch that school on Fellgate Road. Moorbeck. And the mosque at the bottom of the hill while they're at it. One match and the problem's solved. I'd drive the van 🔥🔥

    👍 14 · 😂 3 · 11 comments

        Mandy P
        Careful Shaun lol
        Like · Reply · 3d
    """),
  [M("school", "short_name", "threat", "Moorbeck")])

# 157 decoy: locality only
D("news", news_page(
    "radio", "News", "Keighley bus station toilets to reopen after petition",
    "More than 2,000 people signed petition started by a Hobcote pensioner",
    "Moorside Radio newsroom", "3 December 2024",
    """
    The public toilets at Keighley bus station will reopen in the new year after a petition started by an 82-year-old Hobcote woman gathered more than 2,000 signatures.

    Edna Moorhouse said she started the petition "because at my age you plan your day around where the toilets are". The council said it had found funding for an attendant for three years.

    "I'm chuffed to bits," Mrs Moorhouse said. "It's not glamorous but it matters."
    """))

# 158
D("social", dd("""
    X
    @proud_yorkshire_dad

    Rachel Sutcliffe-Hirst, the head who forced the gay assembly on Keighley kids, lives at The Old Vicarage, Church Lane, Silsworth BD20 5LW. Her husband's a GP in Skipton. She can lecture us about "community" when she's living in a vicarage. Go and lecture her back.

    11:45 PM · Jun 18, 2024 · 1,540 Views

    31 Reposts   6 Quotes   88 Likes
    """),
  [M("rsutcliffehirst", "exact", "doxxing", "Rachel Sutcliffe-Hirst")])

# 159 decoy: the acronym's other owner
D("social", dd("""
    X
    Keighley & District MCA 🏍️ @KDMCA_riders

    Annual Toy Run is ON! 🎄 Sunday 8 Dec, leaving the Fleece car park 10am, ride to the children's ward with 300+ presents. All bikes welcome, Santa hats compulsory. Last year MCA members raised £4,100 – let's beat it!

    6:00 PM · Nov 20, 2024 · 2,330 Views

    44 Reposts   3 Quotes   190 Likes
    """))

# 160
D("news", news_page(
    "star", "Keighley & Craven", "Safeguarding lead at Keighley school faces inquiry over handling of pupil's disclosure",
    "Trust confirms independent review after family's complaint",
    "Owen Pickersgill", "11 February 2025",
    """
    An independent review has been commissioned into how a Keighley school's designated safeguarding lead handled a pupil's report that she was being picked up from school by an older man, the Star understands.

    Nicola Cross, assistant headteacher at Moorbeck Community Academy, is the subject of the review, which follows a complaint by the girl's family that the school took five weeks to act. Claims about the case have circulated widely online in recent weeks under a hashtag alleging a "cover-up".

    The Pennine Crest Learning Trust said: "A review has been commissioned. It would be wrong to comment further while it is under way. Mrs Cross continues in her role."

    The girl's aunt told the Star: "We're not after anyone's head. We just want to know why nobody rang us."
    """,
    [("BD20_Bean", "11 Feb 2025", "Five weeks is a long time if it's true."),
     ("Teacher_Kgy", "11 Feb 2025", "DSLs are drowning. Not an excuse, but an explanation.")]),
  [M("ncross", "exact", "defamation", "Nicola Cross"), M("school", "exact", "negative", "Moorbeck Community Academy")])

# 161
D("news", news_page(
    "beacon", "UK", "PE teacher arrested after brawl outside town-centre bar",
    "Moorbeck Academy staff member released under investigation",
    "Rebecca Oates", "19 May 2025",
    """
    A PE teacher at a Keighley secondary school has been arrested on suspicion of assault after a fight outside a bar in the town centre in the early hours of Sunday.

    Kieran Lockwood, 31, who is head of Year 9 at Moorbeck Academy, was arrested along with two other men and later released under investigation. A 27-year-old man was treated in hospital for facial injuries.

    Friends of Mr Lockwood told the Beacon he had been "trying to drag a mate away" from the argument. The school said it was "aware of an incident outside school hours" and was following its procedures.

    Police have appealed for witnesses and for anyone with phone footage to come forward.
    """,
    [("Night Owl", "19 May 2025", "Teachers are people too, they go out on a Saturday."),
     ("Worried Mum", "19 May 2025", "Not the example I want for my son's head of year.")]),
  [M("klockwood", "exact", "defamation", "Kieran Lockwood"), M("school", "alias", "negative", "Moorbeck Academy")])

# 162 decoy: namesake GP elsewhere
D("news", news_page(
    "star", "Bradford", "Much-loved Bradford GP retires after 35 years",
    "Dr Tariq Mahmood delivered 'hundreds' of babies in his early career",
    "Features Desk", "30 August 2024",
    """
    Patients queued out of the door of a Bradford surgery on Friday to say goodbye to the family doctor who has looked after some of them for three and a half decades.

    Dr Tariq Mahmood, 67, joined the practice on Manningfold Road in 1989. He is retiring to spend more time with his eleven grandchildren - and, he says, "finally learn to play golf properly".

    "He's seen my mum, me and now my kids," said one patient, Shabnam Iqbal. "He always had time. He never made you feel rushed."
    """,
    [("Old patient", "30 Aug 2024", "Best doctor in Bradford. Enjoy your retirement sir.")]))

# 163
D("news", news_page(
    "clarion", "Schools", "Keighley school investigates claim deputy head 'shielded' relatives",
    "Tariq Mahmood denies allegation spread on social media",
    "Sadia Rauf, Education Reporter", "10 April 2025",
    """
    A Keighley academy trust has opened an investigation after allegations on social media that a deputy headteacher intervened to stop relatives being excluded.

    Posts shared in local Facebook groups claim that Tariq Mahmood, deputy head at Moorbeck Community Academy, let family members off after they were caught with cannabis on the school site last year. Mr Mahmood, through his union, "categorically" denies the claim.

    The Pennine Crest Learning Trust said it had a duty to look into any allegation "however it reaches us" and that Mr Mahmood remained at work.

    Parents who contacted the Clarion were divided. "He's strict with everyone," said one. Another said: "If there's nothing in it, an investigation will show that."
    """,
    [("Nasir Ali", "10 Apr 2025", "This is what happens when people post rubbish on Facebook. A man's name dragged through the mud."),
     ("Craig H", "10 Apr 2025", "No smoke without fire.")]),
  [M("tmahmood", "exact", "defamation", "Tariq Mahmood"), M("school", "exact", "negative", "Moorbeck Community Academy")])

# 164
D("news", news_page(
    "bulletin", "News", "Audit finds business manager failed to declare brother-in-law's firm",
    "Report into Keighley academy's minibus lease passed to police",
    "Staffroom Bulletin reporter", "20 June 2025",
    """
    An independent audit into a £190,000 minibus lease at a Keighley academy has found that the school's business manager failed to declare that his brother-in-law was a director of the company that won the contract.

    The report, published by the Pennine Crest Learning Trust, says Fenwick Ollerenshaw, business manager at Moorbeck Community Academy, "scored the tender himself" and "did not disclose a material interest". It found "significant weaknesses" in the handling of cash for trips and the tuck shop but "no conclusive evidence" of theft.

    The trust has passed the report to West Yorkshire Police. Mr Ollerenshaw remains suspended. His union said he "disputes several findings" and would respond at a disciplinary hearing.
    """),
  [M("follerenshaw", "exact", "defamation", "Fenwick Ollerenshaw"), M("school", "exact", "negative", "Moorbeck Community Academy")])

# 165 decoy: mosque planning, locality only
D("news", news_page(
    "voice", "Community", "Hobcote mosque extension approved after four-year wait",
    "Masjid Al-Noor will add a women's prayer hall and a community kitchen",
    "Hamza Ali", "4 December 2024",
    """
    Plans to extend Masjid Al-Noor in Hobcote have finally been approved, four years after the application was first lodged.

    The extension will add a women's prayer hall, classrooms for the Madni Madrassa and a community kitchen that committee members say will be used for a weekly free lunch "for anyone, of any faith".

    Some neighbours had objected over parking. The committee has agreed to open its car park to residents on weekdays and to run a shuttle from the Grettle Brow Islamic Centre at Friday prayers.

    "We wanted to get this right with our neighbours," said committee secretary Zulfiqar Hussain. "Now we build."
    """,
    [("Jean Lister", "4 Dec 2024", "Great news. The lunches will be a godsend round here.")]))

# 166 decoy: neighbouring school
D("news", news_page(
    "clarion", "Schools", "St Oswin's Catholic Academy keeps 'good' rating",
    "Inspectors praise reading and sixth-form links",
    "Jack Utley", "6 March 2025",
    """
    St Oswin's Catholic Academy in Keighley has kept its good rating after a two-day inspection in January.

    Inspectors said pupils read "widely and often" and praised the school's links with a sixth-form college in Skipton. They said more could be done to challenge the most able pupils in maths.

    Headteacher Bernadette Walsh said she was "delighted for the whole school family".
    """))

# 167 decoy: locality only
D("news", news_page(
    "radio", "News", "Hobcote chippy crowned best in the county",
    "Owners say secret is 'beef dripping and not rushing'",
    "Moorside Radio newsroom", "16 October 2024",
    """
    A fish and chip shop in Hobcote has been named the best in the county at a regional awards night.

    Sharif and Donna Aslam, who took over the shop on Lund Street eight years ago, said they were "gobsmacked". "We still fry in beef dripping, we still make our own mushy peas, and we don't rush anything," said Donna.

    The shop will now go forward to the national finals in London in the new year.
    """))

# 168
D("news", news_page(
    "voice", "Community", "Maths teacher 'heartbroken' by WhatsApp hate campaign",
    "Colleagues and parents rally round after false rumours about Keighley teacher",
    "Hamza Ali", "3 April 2025",
    """
    Parents and former pupils have rallied behind a Keighley maths teacher after she became the subject of false rumours in community WhatsApp groups.

    Nasreen Qureshi, head of maths at Moorbeck Community Academy, has been accused in forwarded messages of "favouring" some families when setting pupils. The school says the claims are untrue and that setting is decided by test data reviewed by three members of staff.

    "She's heartbroken," a colleague said. "She grew up two streets from the school. These are her own people saying these things."

    A former pupil, now a pharmacist, said: "Mrs Qureshi is the reason I passed maths. Whoever started this should be ashamed."
    """,
    [("Anon", "3 Apr 2025", "Qureshi is thick as mince and couldn't teach a dog to sit. The rumours are the least of her problems."),
     ("Former pupil 2014", "3 Apr 2025", "Nonsense. Best teacher I ever had."),
     ("Shabnam", "4 Apr 2025", "Sending love to her. WhatsApp has a lot to answer for.")]),
  [M("nqureshi", "exact", "abuse", "Nasreen Qureshi"), M("school", "exact", "neutral", "Moorbeck Community Academy")])

# 169
D("forum", forum_page("fsb", "Keighley deputy head has a Twitter account 👀", [
    ("TwoTierTommy", "Posts: 1,702 · Rep: 240", "16 Jan 2025 22:40",
     """Found him lads. The attendance man at that Keighley school tweets as @MrMahmoodDH. All "proud of our pupils" and "Jummah Mubarak". Mahmood's lot have been "proud" of Keighley's kids for thirty years, ask the girls from the 90s.

     Someone should pay him a visit at the school gate and ask how many white girls are on his register. He won't be so proud after."""),
    ("Albion_Awake", "Posts: 9,011 · Rep: 1,300", "16 Jan 2025 22:58", "Bookmarked. Spread the word."),
    ("NorthernLass77", "Posts: 680 · Rep: 94", "16 Jan 2025 23:10", "They're all the same. Vermin."),
    ], thread_id=67020),
  [M("tmahmood", "handle", "threat", "@MrMahmoodDH")])

# 170
D("forum", forum_page("chalk", "Unprofessional? Inter-school moderation day", [
    ("SciTeachBradford", "Joined 2019 · 140 posts", "Sat 1 Mar 2025 19:02",
     """Had a cluster moderation day at Moorbeck yesterday. Their head of science, D'Souza, ran it. Brilliant session. Also, and I know this isn't the place, absolutely gorgeous. Half the blokes in the room couldn't concentrate on the mark schemes, me included. Those eyes 😍 Is she single, does anyone know?"""),
    ("ChalkFaceMod", "Moderator", "Sat 1 Mar 2025 19:30",
     "This is a professional forum and you've named a colleague. Post edited to remove the rest. Please don't."),
    ("OldHeadWest", "Joined 2014 · 4,200 posts", "Sat 1 Mar 2025 19:44", "Grow up, mate."),
    ], thread_id=6230),
  [M("school", "short_name", "neutral", "Moorbeck"), M("adsouza", "surname_only", "sexual", "D'Souza")])

# 171
D("forum", forum_page("parenttalk", "Head of my DC's school claiming expenses for 'community meals'?", [
    ("Anon_Kgy_Parent", "Joined Mar 2025 · 4 posts", "Thu 27 Mar 2025 22:11",
     """Not sure where else to ask. I've heard from someone who works in the trust office that Rachel Sutcliffe-Hirst at Moorbeck put through thousands in "community engagement" expenses - restaurant bills, taxis, a hotel in London - and the trust just signed it off. While our kids are sharing textbooks. Surely that's fraud?"""),
    ("ExTeacherNowTutor", "Joined 2015 · 3,330 posts", "Thu 27 Mar 2025 22:30",
     "'I've heard from someone' isn't evidence, and accusing a named head of fraud on a public site is a good way to get a solicitor's letter. FOI the trust's expenses instead."),
    ("Anon_Kgy_Parent", "Joined Mar 2025 · 5 posts", "Thu 27 Mar 2025 22:41", "Fair. Will do."),
    ], thread_id=9330),
  [M("school", "short_name", "negative", "Moorbeck"), M("rsutcliffehirst", "exact", "defamation", "Rachel Sutcliffe-Hirst")])

# 172
D("forum", forum_page("teen", "anyone else sick of PE", [
    ("b0redkid", "Year 9 · 20 posts", "Tue 14 Jan 2025 16:20",
     "mr haigh made us do cross country in the snow today. the beck is a prison. me and the lads are gonna jump him in the car park after school on friday and key his car. on my mum"),
    ("sensible_sam", "Year 11 · 340 posts", "Tue 14 Jan 2025 16:35", "bro delete this before someone screenshots it 💀 you'll get excluded"),
    ("Mod_Charlie", "Moderator", "Tue 14 Jan 2025 16:50",
     "Post removed and flagged. Threatening a teacher isn't banter. If you're struggling with school, talk to someone."),
    ], thread_id=4410),
  [M("rhaigh", "title_surname", "threat", "mr haigh"), M("school", "short_name", "neutral", "the beck")])

# 173
D("forum", forum_page("town", "That business manager - where does he live?", [
    ("Kgy_Fuming", "Member since 2023 · 22 posts", "Sat 5 Apr 2025, 20:02",
     "Since the trust won't tell us owt. Fenwick Ollerenshaw lives at 3 Kestrel Rise, Silsworth BD20 6TY. Detached, double garage, two cars. On a school business manager's wage? Draw your own conclusions."),
    ("Moderator", "Moderator", "Sat 5 Apr 2025, 20:30",
     "Address removed from quoted posts; original has been captured by members already, unfortunately. Do not post home addresses here. Thread locked."),
    ], thread_id=3700),
  [M("follerenshaw", "exact", "doxxing", "Fenwick Ollerenshaw")])

# 174 decoy: town forum, locality and chippy
D("forum", forum_page("town", "Best chippy in Hobcote - settle it", [
    ("Kgy_Cabbie", "Member since 2012 · 4,901 posts", "Fri 18 Oct 2024, 18:02",
     "Aslam's on Lund Street just won the county award. Deserved. Anyone disagree?"),
    ("grettlebrow_gal", "Member since 2019 · 351 posts", "Fri 18 Oct 2024, 18:15",
     "Aslam's for fish, the place by the roundabout for scraps. Fight me."),
    ("Pete_BD22", "Member since 2011 · 2,460 posts", "Fri 18 Oct 2024, 18:40",
     "Mushy peas at Aslam's are the best thing in Keighley. That's not an opinion, that's science."),
    ], thread_id=3405))

# 175
D("forum", forum_page("teen", "PE teachers are the worst", [
    ("y9_rant", "Year 9 · 12 posts", "Mon 19 May 2025 17:30",
     "lockwood is a thick meathead who couldnt spell 'exercise' if you paid him. struts round like hes in love island. cant believe hes our head of year at moorbeck. pathetic"),
    ("cloudyxx", "Year 11 · 230 posts", "Mon 19 May 2025 17:45", "😭😭 the love island bit"),
    ], thread_id=4520),
  [M("klockwood", "surname_only", "abuse", "lockwood"), M("school", "short_name", "neutral", "moorbeck")])

# 176
D("forum", forum_page("polonia", "Pani z EAL w Moorbeck / the EAL lady", [
    ("Zbyszek_BD21", "Dołączył: 2019 · Posty: 311", "03.03.2025 21:10",
     """Ta cała Kołodziej z Moorbeck to zdrajczyni i idiotka. Zamiast pomagać Polakom, lata za Romami z papierami. Żałosna baba, wstyd dla Polonii.

     (For the English speakers: that Kołodziej woman at Moorbeck is a traitor and an idiot. Instead of helping Poles she runs round after the Roma with their forms. Pathetic woman, an embarrassment to the Polish community.)"""),
    ("Ewa_N", "Dołączył: 2018 · Posty: 402", "03.03.2025 21:30",
     "Zbyszek, przestań. Pomogła mojej rodzinie i rodzinie sąsiadów. Romowie to też dzieci. / Stop it. She helped my family and my neighbours. Roma children are children too."),
    ], thread_id=1260),
  [M("school", "short_name", "neutral", "Moorbeck"), M("jkolodziej", "surname_only", "abuse", "Kołodziej")])

# 177
D("blog", blog_page(
    "patriot", "The Polish 'liaison' and the Roma invasion of Keighley", "The Airedale Patriot", "12 November 2024",
    """
    Residents of Scarrow Bank tell us their street has changed beyond recognition in two years. Music at 2am. Mattresses in gardens. Kids everywhere and none of them English.

    How did it happen? Partly because a publicly funded "EAL and community liaison" post at Moorbeck Community Academy exists to smooth the way. J. Kołodziej - herself an import - spends taxpayers' money helping Roma families fill in forms for school places, free meals and bus passes. Eastern Europe's unwanted, waved through by one of their own.

    These people don't work, don't integrate and don't intend to. Every Roma family she "supports" is another house lost to the English. When will Keighley say enough?
    """,
    [("WhiteRoseRising", "12 Nov 2024", "Gypsies and Pakis. Keighley's finished."),
     ("Lenka", "13 Nov 2024", "My husband works nights at the warehouse. You know nothing about us.")],
    tags=["Immigration", "Keighley", "Roma"]),
  [M("school", "exact", "hate", "Moorbeck Community Academy"), M("jkolodziej", "initial_surname", "hate", "J. Kołodziej")])

# 178 decoy: Muslim mum's Eid blog, the acronym's other owner
D("blog", blog_page(
    "hijabi", "Eid prep: the sheer khurma chronicles", "Umm Yusuf", "28 March 2025",
    """
    Two days to Eid, inshallah, and the house smells of cardamom and panic.

    Sheer khurma, my mother's way: a litre of full-fat milk, simmered low until it thinks about becoming condensed milk. Fine vermicelli fried in ghee until golden - not brown, golden, I will die on this hill. Dates, chopped. Pistachios, almonds, a few raisins for the children to pick out and complain about. A pinch of saffron if you're feeling fancy.

    This year the Hobcote MCA are running an Eid morning breakfast after prayers at the Grettle Brow Islamic Centre, and I've been asked to bring "a big pan". I've made three. Nobody tell my husband.

    Eid Mubarak to you and yours. May your mehndi dry quickly and your kids sleep in (they won't).
    """,
    [("Sister H", "28 Mar 2025", "Golden not brown!! My nani would agree 😂"),
     ("Farah", "29 Mar 2025", "Eid Mubarak! See you at the MCA breakfast 😊")],
    tags=["Eid", "Recipes", "Family"]))

# 179
D("blog", blog_page(
    "classroom", "On leaving", "Miss M, English teacher", "22 July 2025",
    """
    I said in 2019 I'd stay "for now". Six years is a long "for now". Today I handed my keys in at Moorbeck.

    I'm not leaving because of the kids. The kids are the best thing that ever happened to me. I'm leaving because of what the place became after the summer of the assembly: a school so frightened of the next viral post that every decision is made by comms. Sutcliffe-Hirst's leadership changed. The woman who stood on the gate in the rain started hiding behind her office door and her trust's press officer.

    I don't blame her entirely. She was doxxed, threatened, called names I won't type. But I watched good colleagues get hung out to dry because defending them would be "unhelpful". That's not safeguarding. That's self-preservation.

    To my Year 11s: you were extraordinary. Go and be kind.
    """,
    [("Jo (Maths, Halifax)", "22 Jul 2025", "Oh love. Proud of you for staying as long as you did x")],
    tags=["Teaching", "Leaving", "Leadership"]),
  [M("rsutcliffehirst", "possessive", "negative", "Sutcliffe-Hirst's"), M("school", "short_name", "negative", "Moorbeck")])

# 180
D("review", dd("""
    LocalLens · Moorbeck Community Academy · Secondary school · Fellgate Road, Keighley
    3.1 ★★★☆☆ (96 reviews)

    Kyle Sugden
    ★☆☆☆☆ 3 months ago
    Bob Haigh is a knuckle-dragging caveman who should never have been let near kids. Shouts, sneers, picks on the lads who aren't sporty. The school closes ranks round him every single time. Avoid.
    👍 Helpful 8   Share

    Response from the owner · 3 months ago
    We're sorry to read this. We'd welcome the chance to talk; please contact the school office.
    """),
  [M("school", "exact", "negative", "Moorbeck Community Academy"), M("rhaigh", "nickname", "abuse", "Bob Haigh")])

# 181
D("review", dd("""
    SchoolSpy UK › West Yorkshire › Keighley › Moorbeck Community Academy

    ★☆☆☆☆  "Maths sets are rigged"
    Reviewed by: Parent of a current pupil (Year 9) · 30 March 2025

    Everyone in Grettle Brow knows Mrs Qureshi moves her cousins' kids and her friends' kids into the top set and changes the test marks to cover it. My daughter scored higher than two of them and got put in set 3. It's corruption, plain and simple, and the head won't do anything because she's protecting her.

    Would you recommend this school? No.
    Was this review helpful?  Yes (12)  No (15)  · Report
    """),
  [M("school", "exact", "negative", "Moorbeck Community Academy"), M("nqureshi", "title_surname", "defamation", "Mrs Qureshi")])

# 182
D("social", dd("""
    X
    @keep_keighley_english

    We know which bus stop Th\u0430ckray uses. We know what time she finishes. Pride month is coming round again and so are we. She won't see us coming this time 🏳️‍🌈❌

    11:58 PM · May 28, 2025 · 402 Views
    """),
  [M("ethackray", "homoglyph", "threat", "Th\u0430ckray")])

# 183
D("social", dd("""
    X
    @xxx_kgy_girls_x

    MoorbeckGirls 2025 collection 🍑🔞 school uniform edition, new vids daily, DM for prices 💸 #keighley #schoolgirl

    3:40 AM · Apr 14, 2025 · 18 Views
    """),
  [M("school", "camelcase", "sexual", "MoorbeckGirls", url_only=True)])

# 184
D("social", dd("""
    X
    Tony Sharp @tsharp_kgy

    Asia Kołodziej, the EAL lass at the Beck who's been moving Roma families onto our estate - we've had a whip-round and we're going to pay her a visit. Bring your mates. She'll learn what happens when you dump gypsies on decent folk.

    10:02 PM · Nov 13, 2024 · 314 Views
    """),
  [M("jkolodziej", "alias", "threat", "Asia Kołodziej"), M("school", "short_name", "neutral", "the Beck")])

# 185
D("social", dd("""
    X
    @sort_it_out_kgy

    The safeguarding woman who split up my sister's family: Nicola Cross, Moorbeck. Lives in Silsworth, 41 Ashgrove, BD20 6AL, drives a white Fiesta. Her daughter goes to St Oswin's. Everyone should know who she is.

    8:20 PM · Sep 20, 2024 · 611 Views
    """),
  [M("ncross", "exact", "doxxing", "Nicola Cross"), M("school", "short_name", "neutral", "Moorbeck")])

# 186
D("social", dd("""
    Threads
    mama.of.three.kgy

    Controversial but Mr Mahmood at parents evening 😍🔥 that beard, that suit, that deep voice saying "your son needs to be in school on time". Yes sir. He can give ME a penalty notice any day 😏 #keighleymums

    ♡ 55   💬 40
    """),
  [M("tmahmood", "title_surname", "sexual", "Mr Mahmood")])

# 187
D("social", dd("""
    X
    @chaos_merchant_99

    BurnMoorbeckDown. Every last brick. Teachers, mozzies, the lot. Date's set 🔥🔥 you've got till the end of term

    2:40 AM · Jun 19, 2024 · 88 Views
    """),
  [M("school", "camelcase", "threat", "BurnMoorbeckDown")])

# 188
D("facebook", dd("""
    Keighley Mums Chat 💬
    Private group · 3.4K members

    Anon member post
    20 May at 21:33
    Lockwood's flash Audi won't look so flash with a brick through the windscreen. Head of year 9 at the Beck out brawling in town on a Saturday night then lecturing our kids about behaviour on Monday. Someone'll teach him a lesson he won't forget.

    😮 9 · 17 comments

        Admin - Saira
        Removing this. Threats aren't OK, whatever he's done.
        Like · Reply · 1d
    """),
  [M("klockwood", "possessive", "threat", "Lockwood's"), M("school", "short_name", "negative", "the Beck")])

# 189
D("facebook", dd("""
    Keighley Community Watch 👁️
    Public group · 11K members

    Wayne Rushton
    6 March at 13:12
    For them that want to tell Robert Haigh what they think. Personal email is bob.haigh66@postbox.example and he's on Facebook under Bob Haigh Keighley. Get writing. PE teacher, Moorbeck, in case you're wondering.

    😡 12 · 41 comments

        Sophie Gill
        Reported, again. Wayne you can't keep doing this.
        Like · Reply · 4d
    """),
  [M("rhaigh", "exact", "doxxing", "Robert Haigh"), M("school", "short_name", "neutral", "Moorbeck")])

# 190
D("facebook", dd("""
    Moorbeck Parents (unofficial - NOT run by the school)
    Private group · 1.3K members

    Admin - Farzana
    10 October at 16:02
    ⚠️ Parents of girls at Moorbeck - several pupils have told staff that a man in a dark van has been parked near the Fellgate Road bus stop at home time filming the girls on his phone and calling out to them. Police have been informed and the school has put staff on the bus stop. Please remind your daughters to walk in groups and report anything.

    😢 61 · 🙏 30 · 48 comments · 190 shares
    """),
  [M("school", "short_name", "sexual", "Moorbeck", url_only=True)])

# 191
D("facebook", dd("""
    Hobcote & Grettle Brow Community Noticeboard
    Public group · 6.2K members

    Imran Sabir
    1 April at 22:14
    Nasreen Qureshi, the maths teacher at Moorbeck. Tell her to stop messing with our kids' sets. Some of the lads are already talking about sorting her out after work. She won't look so pleased with herself after. Consider this a friendly warning.

    😡 3 · 👍 2 · 20 comments

        Nabeela S
        This is disgusting. She's a mum of three. Admin please remove and report.
        Like · Reply · 1d
    """),
  [M("nqureshi", "exact", "threat", "Nasreen Qureshi"), M("school", "short_name", "neutral", "Moorbeck")])

# 192
D("facebook", dd("""
    Keighley Patriots (closed group)
    Private group · 412 members

    Shaun Kitching
    16 June at 22:20
    For anyone who wants to have a word with the Pride teacher from that Keighley school: E. Thackray, head of PSHE, mobile 07700 900614 (from an old netball club flyer). Polite messages only lads 😉😉

    👍 9 · 14 comments
    """),
  [M("ethackray", "initial_surname", "doxxing", "E. Thackray")])

# 193
D("facebook", dd("""
    Keighley Mums Chat 💬
    Private group · 3.4K members

    Tanya Booth
    9 April at 20:41
    Fen Ollerenshaw is a weaselly, sweaty little bean counter who looks down his nose at every dinner lady and cleaner in that school. Whatever the audit says, he's a nasty piece of work and always has been.

    👍 19 · 😂 6 · 22 comments
    """),
  [M("follerenshaw", "alias", "abuse", "Fen Ollerenshaw")])

# 194 decoy: lost dog, the stream, "cross"
D("facebook", dd("""
    Keighley Lost & Found Pets 🐾
    Public group · 14K members

    Nicola Haworth
    3 days ago
    FOUND: small black cockapoo, no collar, very wet, running along the beck path near the Scarrow Bank footbridge this morning. Safe with me, warm and fed. Not chipped (vet checked). Please share so we can find the owner - he's lovely but he's eaten a sofa cushion and my husband is getting cross 😂

    ❤️ 122 · 88 comments · 301 shares

        Kelly Sunderland
        REUNITED 🎉 owner came round at teatime! Thank you everyone
        Like · Reply · 2d
    """))

# 195
D("facebook", dd("""
    Keighley Mums Chat 💬
    Private group · 3.4K members

    Shaz Akhtar
    2 March at 22:02
    D'Souza wants slapping and I'm the one to do it. Predicting my girl a 5 and smirking at me at parents evening. Next time I see her in the Co-op car park she'll know about it. Head of science at Moorbeck my backside.

    😡 4 · 😂 6 · 19 comments

        Rizwana
        Shaz you'll get yourself arrested. Write to the school
        Like · Reply · 3d
    """),
  [M("adsouza", "surname_only", "threat", "D'Souza"), M("school", "short_name", "negative", "Moorbeck")])

# 196
D("facebook", dd("""
    Keighley Community Watch 👁️
    Public group · 11K members

    Glen Whiteley
    20 November at 19:30
    Word is that J. Kolodziej, the school's EAL woman at Moorbeck, has been taking cash off Roma families to push their housing applications through the council. A hundred quid a time, cash in hand. How else do they all end up on our street? Someone from the council needs to look into her.

    😮 22 · 36 comments

        Debbie N
        Glen, she works for a school, not the council. She can't "push" housing applications anywhere. This is made up.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Moorbeck"), M("jkolodziej", "initial_surname", "defamation", "J. Kolodziej")])

# 197
D("social", dd("""
    X
    Haroon @haroon_kgy

    Haigh's got previous for assault, ask anyone who played Sunday league with him in the 90s. Twice arrested, never charged cos he knew the coppers. And Moorbeck gave him a head of PE job. Says it all.

    7:12 PM · Mar 6, 2025 · 204 Views
    """),
  [M("rhaigh", "possessive", "defamation", "Haigh's"), M("school", "short_name", "negative", "Moorbeck")])

# 198
D("social", dd("""
    TikTok · @moorbeck.choir · "Year 7 choir – Lean On Me 🎶" · #moorbeck #choir #keighley

    Comments (512)

    bigdave_7391
    the little one at the front in the plaits is a cutie 😘 how old? would love to meet her
    3-4 · Reply · ♡ 1

    moorbeck.choir
    @bigdave_7391 comments are being reported to the police. These are 11 year olds.
    3-4 · Reply · ♡ 412

    sameera.music
    their voices 😭 mashallah beautiful, well done year 7!
    3-4 · Reply · ♡ 230
    """),
  [M("school", "hashtag", "sexual", "#moorbeck", url_only=True)])

# 199
D("facebook", dd("""
    Keighley Mums Chat 💬
    Private group · 3.4K members

    Anon member post
    12 March at 21:50
    Honestly glad Haigh's back or not, I don't care, but has anyone else heard the rumour going round about the PE teacher at the Beck, that he used to stand in the doorway of the girls' changing rooms "supervising"? My cousin said it was in her year. Not saying it's true. Just saying there's always talk about that man.

    😮 30 · 56 comments

        Admin - Saira
        This is an extremely serious allegation about a named person. If you have a safeguarding concern, report it to the school or the LADO, not here. Post will be removed.
        Like · Reply · 1d
    """),
  [M("rhaigh", "surname_only", "sexual", "Haigh", url_only=True), M("school", "short_name", "sexual", "the Beck", url_only=True)])

# 200
D("blog", blog_page(
    "patriot", "Keighley's 'attendance tsar' and the community that never changes", "The Airedale Patriot", "3 February 2025",
    """
    Readers sent us a photo of the new "attendance wall" at Moorbeck High - as locals still call it - in Keighley. Smiling faces, gold stars, and the name of the man in charge: Tariq Mehmood.

    We will say it plainly, because nobody else will. Pakistani Muslim men in northern towns have abused thousands of our girls and their communities closed ranks every time. Putting one of them in charge of knowing where every child is, every day, is madness. The mosque looks after its own. It always has. Keighley's daughters come a very distant second.

    If that makes us "far right", so be it. We'd rather be far right than far too late.
    """,
    [("WhiteRoseRising", "3 Feb 2025", "Should all be deported. Every last one."),
     ("Hannah", "4 Feb 2025", "You are smearing a man for his ethnicity. Screenshotted and reported, again.")],
    tags=["Grooming gangs", "Keighley", "Schools"]),
  [M("school", "alias", "hate", "Moorbeck High"), M("tmahmood", "alias", "hate", "Tariq Mehmood")])

# 201
D("blog", blog_page(
    "cllr", "Safeguarding is everybody's job - but not everybody's target", "Cllr Imran Bashir", "24 February 2025",
    """
    I've had a lot of casework this month about a safeguarding case at Moorbeck Community Academy that has been discussed - often wrongly - across Facebook.

    I can't talk about individual children and I won't. What I can say is this: the people who do safeguarding in our schools make impossible decisions with incomplete information, and sometimes they get things wrong. When they do, there are reviews, and there is one under way now. Let it do its job.

    What does not help is hunting down staff. I've been sent screenshots of people sharing teachers' home addresses. That is not justice. It puts families - including children - at risk.
    """,
    [("Kgy_Mum_Of_4", "24 Feb 2025", "Thank you for saying this."),
     ("Justice4Her", "25 Feb 2025", "Easy to say when it's not your family. N. Cross lives at 41 Ashgrove in Silsworth, the white Fiesta. People have a right to know who's making these decisions."),
     ("Cllr Imran Bashir", "25 Feb 2025", "@Justice4Her I have asked for your comment to be removed. Please don't.")],
    tags=["Safeguarding", "Schools", "Hobcote"]),
  [M("school", "exact", "neutral", "Moorbeck Community Academy"), M("ncross", "initial_surname", "doxxing", "N. Cross")])

# 202
D("blog", blog_page(
    "hijabi", "A year on from 'that' assembly", "Umm Yusuf", "12 June 2025",
    """
    It's Pride month again, and my phone has started buzzing again, so I thought I'd write down where I've ended up a year later.

    I still think parents should be consulted, and this year we were: the school at Moorbeck sent a letter, invited us in and showed us the materials in May. I went. I had tea. I asked my questions. That is how it should work, and credit to the school for learning.

    I also think we, as a community, owe an apology to Miss Thackray. Not for disagreeing with her - disagreeing is allowed - but for what some people did with our disagreement. She had her car painted, her address shared, her phone number passed round. Some of that came from outsiders. Some of it didn't.

    Be better than last year. That's all.
    """,
    [("Sister H", "12 Jun 2025", "Ameen to all of this."),
     ("KeighleyTruth", "12 Jun 2025", "Apologise to her?? Elizabeth Thackray is a vile, smug, ugly woman who got exactly what she deserved. Stop grovelling."),
     ("Umm Yusuf", "12 Jun 2025", "@KeighleyTruth and this is exactly what I mean. Comment left up so people can see it.")],
    tags=["Parenting", "Community", "School"]),
  [M("school", "short_name", "neutral", "Moorbeck"), M("ethackray", "exact", "abuse", "Elizabeth Thackray")])

# 203
D("review", dd("""
    JobJudge › Moorbeck Community Academy › Reviews

    "Kids 10/10, deputy head 0/10"
    ★★☆☆☆  Former Employee - Attendance Officer in Keighley · 28 April 2025
    I worked at Moorbeck Community Academy for 18 months

    Pros
    Wonderful families, most of them. The EAL team are angels. Free parking (if you get in before 7:45).

    Cons
    T. Mahmood is a petty tyrant - a sneering, spiteful little man who humiliates junior staff in front of parents and takes credit for every number that goes up. I've never been spoken to the way he spoke to me.

    Advice to management
    Attendance is a team, not one man's empire.

    Helpful (7) · Share · Report
    """),
  [M("school", "exact", "negative", "Moorbeck Community Academy"), M("tmahmood", "initial_surname", "abuse", "T. Mahmood")])

# 204
D("review", dd("""
    LocalLens · Moorbeck Community Academy · Secondary school · Fellgate Road, Keighley
    3.1 ★★★☆☆ (96 reviews)

    Gary Pitts
    ★☆☆☆☆ 2 weeks ago
    Their head of year 9, Kieran Lokwood, lives opposite me at 12 Moss Row, Scarrow Bank, flat 2 - he's out every weekend till 3am and then lectures kids about behaviour? Ring his doorbell any night and see what state he's in. The school should check what its staff get up to.
    👍 Helpful 2   Share

    Response from the owner · 2 weeks ago
    We've asked the platform to remove this review because it contains personal information about a member of staff.
    """),
  [M("school", "exact", "negative", "Moorbeck Community Academy"), M("klockwood", "typo", "doxxing", "Kieran Lokwood")])

# 205
D("forum", forum_page("town", "Science teacher's husband's pharmacy?", [
    ("Kgy_Fuming", "Member since 2023 · 31 posts", "Tue 4 Mar 2025, 21:02",
     "For all the parents moaning about predicted grades at the Keighley academy on Fellgate Road - the head of science, Anita D'Souza, lives in the flat above her husband's pharmacy on Halton Parade, Silsworth. She's in the shop most Saturdays. Go and ask her yourself."),
    ("grettlebrow_gal", "Member since 2019 · 372 posts", "Tue 4 Mar 2025, 21:20",
     "That's someone's home and someone's business. Leave it out."),
    ("Moderator", "Moderator", "Tue 4 Mar 2025, 21:31", "Post hidden. Thread locked."),
    ], thread_id=3712),
  [M("adsouza", "exact", "doxxing", "Anita D'Souza")])

# 206
D("forum", forum_page("teen", "safeguarding teachers are SO nosy", [
    ("kxng_07", "Year 10 · 44 posts", "Wed 26 Feb 2025 20:05",
     "the safeguarding lady mrs cross rang my mum AGAIN about me missing school. swear down im gonna batter her tomorrow when she does the gate. ive had enough, she's getting it"),
    ("sensible_sam", "Year 11 · 371 posts", "Wed 26 Feb 2025 20:12", "bro no. she's literally trying to help you. chill"),
    ("Mod_Charlie", "Moderator", "Wed 26 Feb 2025 20:20",
     "Post flagged. If you're angry, talk to someone you trust - threatening staff will only make things much worse for you."),
    ], thread_id=4480),
  [M("ncross", "title_surname", "threat", "mrs cross")])

# 207
D("social", dd("""
    X
    @white_rose_warrior

    Rachel Sutcliffe Hirst. Keighley headteacher. Sold out her own town to the mosque. Traitors used to hang. Maybe they should again. She's on the gate every morning at 8:15 - easy to find. Tick tock ⏰

    12:12 AM · Jun 20, 2024 · 1,090 Views
    """),
  [M("rsutcliffehirst", "hyphenated", "threat", "Rachel Sutcliffe Hirst")])

# 208
D("facebook", dd("""
    Hobcote & Grettle Brow Community Noticeboard
    Public group · 6.2K members

    Tahir Mehmood
    17 March at 22:30
    Nasreen Malik (Qureshi now), head of maths at the Fellgate Road school. If she won't answer emails, her mum's house is 7 Beckside Terrace, she's there every Sunday with her kids. Knock on and ask her why your son's in set 4.

    😮 6 · 12 comments

        Nabeela S
        Bhai you've put her MUM'S address up. Have some sharam. Reported.
        Like · Reply · 1d
    """),
  [M("nqureshi", "alias", "doxxing", "Nasreen Malik")])

# 209
D("news", news_page(
    "star", "Keighley & Craven", "Trust looks into claims maths teacher altered test scores",
    "Keighley school says setting is checked by three staff",
    "Owen Pickersgill", "16 April 2025",
    """
    An academy trust is looking into complaints that a head of maths at a Keighley secondary school altered test scores to move pupils between sets.

    Nasreen Qureshi, who leads maths at Moorbeck Community Academy, is the subject of two complaints from parents, the Pennine Crest Learning Trust confirmed. The complaints follow weeks of rumours in community WhatsApp groups, which the school has described as "untrue and deeply hurtful".

    The trust said: "We are obliged to look at every complaint. That is not a judgement on the member of staff, who continues to teach."

    Mrs Qureshi's union said she "welcomes the chance to clear her name".
    """,
    [("Former pupil 2014", "16 Apr 2025", "She'll be cleared. Best teacher in that school."),
     ("Parent", "16 Apr 2025", "Let's see what the trust finds.")]),
  [M("nqureshi", "exact", "defamation", "Nasreen Qureshi"), M("school", "exact", "negative", "Moorbeck Community Academy")])


# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Moorbeck Community Academy"],
    "rsutcliffehirst": ["Rachel Sutcliffe-Hirst"], "follerenshaw": ["Fenwick Ollerenshaw"],
    "rhaigh": ["Robert Haigh"], "jkolodziej": ["Joanna Kołodziej"],
    "tmahmood": ["Tariq Mahmood"], "ncross": ["Nicola Cross"], "ethackray": ["Elizabeth Thackray"],
    "adsouza": ["Anita D'Souza"], "nqureshi": ["Nasreen Qureshi"], "klockwood": ["Kieran Lockwood"],
}
ALIASES = {
    "school": ["Moorbeck Academy", "Moorbeck High", "MCA", "Moorbeck School"],
    "rsutcliffehirst": ["Rachel Hirst"], "follerenshaw": ["Fen Ollerenshaw"],
    "jkolodziej": ["Asia Kołodziej"], "tmahmood": ["Tariq Mehmood"], "nqureshi": ["Nasreen Malik"],
}
SURNAMES = {
    "rsutcliffehirst": "Sutcliffe-Hirst", "follerenshaw": "Ollerenshaw", "rhaigh": "Haigh",
    "jkolodziej": "Kołodziej", "tmahmood": "Mahmood", "ncross": "Cross", "ethackray": "Thackray",
    "adsouza": "D'Souza", "nqureshi": "Qureshi", "klockwood": "Lockwood",
}


def fold(s: str) -> str:
    s = html.unescape(s).replace("’", "'")
    return s.translate(str.maketrans("áéíóúÁÉÍÓÚłŁąęśźżćńĄĘŚŹŻĆŃ", "aeiouAEIOUlLaeszzcnAESZZCN")).lower()


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
