#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train41 labelled evaluation corpus for the repwatch matcher.

Setting
    Capstan Reach Academy, an invented 11-18 academy (about 1,150 pupils) on Chainwalk
    Road in Devonport, Plymouth, above the invented Ketch Hill estate and Ropewalk Rise.
    Roughly a third of pupils come from Royal Navy and Royal Marines families, so
    deployments, drafts, house moves and "dad's away" run through everything. The
    Principal is an ex-Royal Navy commander who runs the place "like a ship" (Divisions,
    passageways, the quarterdeck); a geography teacher is a Royal Naval Reserve officer
    who is mobilised during the year. Published office number 01632 960352; own site
    capstanreach.example. Storylines: a strict-uniform and "militarisation" row; a drugs
    rumour about pupils and a member of staff on the Ketch Hill estate; a business-
    manager catering-contract row; a reservist's deployment; a panto that went viral;
    anti-military and anti-veteran abuse; anti-Muslim, homophobic, anti-traveller and
    anti-migrant hate; sexual comments under girls' sports photos; bomb-hoax calls.
    School aliases: "Capstan Reach", "CRA" (acronym shared with the Ketch Hill Community
    Residents' Association and the Cornish Riders Association), "Capstan Academy",
    "Capstan Reach School". "Capstan" alone (an everyday word: the Devonport Park
    capstan, Capstan tobacco, capstan lathes, the Capstan Ferry, The Capstan Inn) is
    labelled short_name when it refers to the school.

Staff (watchlist ids and the variant traits they carry)
    jcarewhollis   Jonathan Carew-Hollis, Principal, ex-RN commander. Hyphenated
                   double-barrelled surname ("Carew Hollis", "Carew–Hollis"); nickname
                   "Jon"/"Jonny"; titled "Cdr"/"Commander" (title_surname).
    jvosper        Jago Vosper, School Business Manager. The unique name (counts without
                   school context). Alias "Jay Vosper".
    rhosking       Robert Hosking, Head of PE, Argyle season-ticket holder. Nickname-able
                   first name (Bob, Bobby, Rob, Robbie); pupils say "Hosko".
    enorthcott     Elizabeth Northcott, Geography teacher and Royal Naval Reserve
                   lieutenant ("Lt Northcott"). Nickname-able (Liz, Lizzie, Beth).
    roloughlin     Renée O'Loughlin, Head of Year 9. Accent and apostrophe; alias
                   "Renée Pascoe" (name before marriage).
    ctaylor        Christopher Taylor, Head of Year 11. The very common name; alias
                   "Chris Taylor"; namesakes (a Torquay darts player, a Swindon fraudster,
                   a Saltash estate agent, a Bristol councillor) appear in decoys.
    kpike          Karen Pike, Deputy Principal and Designated Safeguarding Lead. Surname
                   is an everyday word (the fish, pike and shot, Pike Lane).
    fqureshi       Dr Farhan Qureshi, Head of Science. Alias "Fez Qureshi".
    dpengelly      Dean Pengelly, Head of Performing Arts, openly gay. Nickname "Deano".
    kspargo        Kayleigh Spargo, Service Children's Champion, married to a Royal
                   Marine. Alias "Kayleigh Jewell" (maiden name).

Voices
    Janner parents and neighbours ("proper job", "dreckly", "ansum", "my lover", "where's
    it to", "geddon", "oggy"), serving and ex-forces voices on a messdeck forum ("Guz",
    "the Andrew", "bootneck", "oppo", "scran", "dit", "drafted", "threaders"), Argyle fans,
    pupils on TikTok/Instagram/Snapchat, local and forces news with comment threads, a
    navy-wife blog, an ex-matelot's dockyard blog, a far-right board and blog with dog
    whistles, teachers' and parents' forums, school and employer reviews, Facebook
    community groups (Ketch Hill, Devonport, Naval Wives) and X/Threads posts.

Decoys
    The everyday word (the Devonport Park capstan, Capstan Navy Cut tobacco tins, the
    capstan lathe in the dockyard apprentice shop), the excluded Capstan Ferry, The
    Capstan Inn and Capstan Marine Services; the CRA acronym's other bodies (the Ketch
    Hill Community Residents' Association, the Cornish Riders Association, a credit
    reference agency); Chris Taylor namesakes (a Torquay darts player, a Saltash estate
    agent, a Swindon rogue trader, a Bristol councillor) and Karen Pike namesakes (an
    Exmouth councillor, a Leeds dinner lady); pike fishing, pike drill and Pike Lane;
    Devonport and Ketch Hill news with no school in it (dockyard apprentices, a frigate
    homecoming, an estate drugs raid, a lost dog, a pasty crawl, Argyle threads); and
    similar schools (Capstone Academy in Gosport, Stoke Reach Primary and Ketch Hill
    Primary in Plymouth).

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

    Corpus-specific notes: military ranks used as titles ("Cdr Carew-Hollis", "Commander
    Carew-Hollis", "Lt Northcott", "Lieutenant Northcott") are labelled title_surname,
    like Mr/Mrs/Dr. A listed alias inside a hashtag or handle is labelled hashtag/handle.
    Abuse aimed at someone for being in or from the armed forces ("baby killer",
    "paid killer") is abuse, not hate; abuse aimed at race, religion, sexuality,
    disability, Gypsies and Travellers or migrants is hate. Figurative "I could kill him"
    from a pupil about homework is negative.

Running
    python3 tests/corpus_train41/build_train41.py
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
    "school", "jcarewhollis", "jvosper", "rhosking", "enorthcott", "roloughlin",
    "ctaylor", "kpike", "fqureshi", "dpengelly", "kspargo",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["capstan reach", "capstanreach"],
    "jcarewhollis": ["carew"],
    "jvosper": ["vosper"],
    "rhosking": ["hosking"],
    "enorthcott": ["northcott"],
    "roloughlin": ["loughlin"],
    "fqureshi": ["qureshi"],
    "dpengelly": ["pengelly"],
    "kspargo": ["spargo"],
}
EXCLUDES = ["Capstan Ferry", "The Capstan Inn", "Capstan Marine Services", "capstanferry.example"]

WATCHLIST = """\
# Watchlist for the invented Capstan Reach Academy (train41 corpus). All names are fictional.
[school]
name = "Capstan Reach Academy"
aliases = ["Capstan Reach", "CRA", "Capstan Academy", "Capstan Reach School"]
locality = ["Devonport", "Ketch Hill", "Ropewalk Rise", "Chainwalk Road"]
own_domains = ["capstanreach.example"]
phones = ["01632 960352"]

[[staff]]
id = "jcarewhollis"
name = "Jonathan Carew-Hollis"
role = "Principal"
line_manager = "ceo@tamarsoundtrust.example"

[[staff]]
id = "jvosper"
name = "Jago Vosper"
role = "School Business Manager"
aliases = ["Jay Vosper"]
unique = true
line_manager = "principal@capstanreach.example"

[[staff]]
id = "rhosking"
name = "Robert Hosking"
role = "Head of PE"
line_manager = "principal@capstanreach.example"

[[staff]]
id = "enorthcott"
name = "Elizabeth Northcott"
role = "Teacher of Geography"
line_manager = "humanities@capstanreach.example"

[[staff]]
id = "roloughlin"
name = "Renée O'Loughlin"
role = "Head of Year 9"
aliases = ["Renée Pascoe"]
line_manager = "deputy@capstanreach.example"

[[staff]]
id = "ctaylor"
name = "Christopher Taylor"
role = "Head of Year 11"
aliases = ["Chris Taylor"]
line_manager = "deputy@capstanreach.example"

[[staff]]
id = "kpike"
name = "Karen Pike"
role = "Deputy Principal and Designated Safeguarding Lead"
line_manager = "principal@capstanreach.example"

[[staff]]
id = "fqureshi"
name = "Farhan Qureshi"
role = "Head of Science"
aliases = ["Fez Qureshi"]
line_manager = "principal@capstanreach.example"

[[staff]]
id = "dpengelly"
name = "Dean Pengelly"
role = "Head of Performing Arts"
line_manager = "principal@capstanreach.example"

[[staff]]
id = "kspargo"
name = "Kayleigh Spargo"
role = "Service Children's Champion"
aliases = ["Kayleigh Jewell"]
line_manager = "deputy@capstanreach.example"

[[exclude]]
text = "Capstan Ferry"

[[exclude]]
text = "The Capstan Inn"

[[exclude]]
text = "Capstan Marine Services"

[[exclude]]
domain = "capstanferry.example"
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
    "tideline": dict(
        name="Plymouth Tideline", domain="plymouthtideline.example",
        nav=["News", "Argyle", "Sport", "Dockyard", "What's On", "Family Notices"],
        most=["Ferry delays expected as pontoon repairs begin", "Argyle boss: 'We go again Saturday'",
              "Pasty shop crowned best in the South West", "New bus lane plan for Union Street area"],
        footer="Plymouth Tideline is part of Westward Local Media Ltd. Regulated by IPSO. Newsdesk 01632 960114."),
    "wcpost": dict(
        name="WestCountry Post", domain="westcountrypost.example",
        nav=["Devon", "Cornwall", "Politics", "Courts", "Education", "Opinion"],
        most=["Dartmoor camping row returns to court", "Second homes: the Cornish villages emptying out",
              "A38 closures this weekend", "Letters: Where are the NHS dentists?"],
        footer="© WestCountry Post. Independent journalism for Devon and Cornwall since 1862."),
    "fleet": dict(
        name="Fleet & Family", domain="fleetandfamily.example",
        nav=["Navy", "Royal Marines", "Families", "Veterans", "Careers", "Opinion"],
        most=["Pay award: what it means for junior rates", "Married quarters repair backlog grows",
              "Deployment diary: six months in the Gulf", "Veterans' rail card explained"],
        footer="Fleet & Family is an independent news site for the naval service community. Not an MOD publication."),
    "bulletin": dict(
        name="Academy Bulletin", domain="academybulletin.example",
        nav=["Trusts", "Leadership", "Inspection", "Funding", "Jobs", "Podcast"],
        most=["Trust mergers: the 2025 league table", "Inspection reports: what changed in May",
              "Supply costs hit record high", "Opinion: the case for smaller trusts"],
        footer="Academy Bulletin · Trade news for academy leaders · Privacy · Terms"),
    "britannia": dict(
        name="Britannia Daily", domain="britanniadaily.example",
        nav=["News", "Politics", "Showbiz", "Money", "Royals", "Opinion", "Sport"],
        most=["Energy bills: the price cap explained", "TV star's secret wedding",
              "Heatwave warning for the weekend", "Migrant boats: the latest figures"],
        footer="© Britannia Media Group plc. Contact · Complaints · Corrections · Syndication"),
    "dsnews": dict(
        name="Devonport & Stoke Community News", domain="dscnews.example",
        nav=["Home", "Community", "Schools", "Councillors", "Events", "Letters"],
        most=["Park capstan gets a fresh coat of paint", "Lunch club needs volunteers",
              "Councillor surgery dates for spring", "Letters: Bins on the Ropewalk"],
        footer="Devonport & Stoke Community News · Volunteer-run · Printed on recycled paper · Est. 1994"),
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
        comments_html = f'  <section class="comments" id="comments">\n    <h2>Comments ({len(comments)})</h2>\n    <p class="house-rules">Keep it civil. Read our <a href="/community-rules">community rules</a>.</p>\n{cm}\n  </section>\n'
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
  <div class="topbar"><a href="/subscribe">Subscribe</a> · <a href="/login">Sign in</a> · <a href="/newsletters">Newsletters</a> · <a href="/weather">Weather</a></div>
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
    "janner": dict(name="JannerTalk", domain="jannertalk.example", tag="Boards > Plymouth life > Schools & kids",
                   footer="JannerTalk · Plymouth's own forum since 2004 · Rules · Contact the mods"),
    "messdeck": dict(name="The Messdeck", domain="messdeck.example", tag="Forums > Naval Families > Schools, drafts & quarters",
                     footer="The Messdeck — unofficial forum for serving and ex naval personnel. Not affiliated with the MOD. OPSEC applies."),
    "pilgrims": dict(name="Pilgrims Terrace", domain="pilgrimsterrace.example", tag="Forums > Green Army > Off topic",
                     footer="Pilgrims Terrace · Independent Argyle supporters' forum · Not affiliated with the club"),
    "parentnet": dict(name="ParentNet", domain="parentnet.example", tag="Talk > Secondary schools > South West",
                      footer="ParentNet Ltd · Talk guidelines · Report a post · Privacy"),
    "chalkface": dict(name="ChalkFace", domain="chalkface.example", tag="Forums > Secondary > Leadership & workload",
                      footer="ChalkFace — anonymous forum for teachers. Posts are not checked before publication."),
    "albion": dict(name="Albion Awake", domain="albionawake.example", tag="Boards > Local news > South West",
                   footer="Albion Awake · Free speech for free Britons · We comply with lawful requests only"),
    "teens": dict(name="TeenSpace UK", domain="teenspace.example", tag="Forums > School life > Rants",
                  footer="TeenSpace UK · Community guidelines · Get help · Contact mods"),
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
  <h2 class="topic-title"><a href="/threads/{thread_id or 1}">{esc(title)}</a></h2>
  <div class="action-bar">Post Reply · {len(posts)} posts · Page <strong>1</strong> of 1</div>
{posts_html}
  <div class="action-bar">Return to board · Jump to</div>
  <div class="footer">{esc(s['footer'])}</div>
</div>
</body>
</html>
"""


BLOG_SITES = {
    "andrew": dict(name="Married to the Andrew", domain="marriedtotheandrew.example", tagline="Deployments, drafts and a dog called Pusser",
                   side=["About me", "Deployment countdown", "Quarters survival", "Contact"]),
    "dits": dict(name="Dockyard Dits", domain="dockyarddits.example", tagline="An old matelot's notes on Devonport, then and now",
                 side=["About", "Dockyard history", "Runs ashore", "Archive"]),
    "water": dict(name="Across the Water", domain="acrossthewater.example", tagline="Ferries, slipways and the Tamar shore",
                  side=["Ferry timetables", "Walks", "Photos", "About"]),
    "patriot": dict(name="The Plymouth Patriot", domain="plymouthpatriot.example", tagline="Telling it like it is. No apologies.",
                    side=["Donate", "Our principles", "Latest"]),
    "cllr": dict(name="Notes from Ward 7", domain="ward7notes.example", tagline="A Devonport councillor's blog",
                 side=["Surgery times", "Casework", "Planning", "About"]),
    "oggy": dict(name="Oggy Oggy Oggy", domain="oggyoggy.example", tagline="Pasties, cream teas and the odd crab sandwich",
                 side=["Reviews", "Recipes", "Map", "About"]),
    "servkids": dict(name="Service Kids Matter", domain="servicekidsmatter.example", tagline="Supporting forces children in school",
                     side=["Resources", "Deployment toolkit", "Training", "About"]),
    "stage": dict(name="Curtain Up Plymouth", domain="curtainupplymouth.example", tagline="Amateur, school and fringe theatre in the city",
                  side=["Reviews", "Coming up", "About"]),
    "angler": dict(name="Tamar Tight Lines", domain="tamartightlines.example", tagline="Coarse and sea fishing, Devon and Cornwall",
                   side=["Venues", "Tackle", "Catch reports", "About"]),
    "teachblog": dict(name="Sir, Is This On The Test?", domain="isthisonthetest.example", tagline="A secondary teacher's blog. Views my own.",
                      side=["About", "Workload", "Behaviour", "Popular posts"]),
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
<footer id="colophon"><p>Proudly powered by a blogging platform · Theme: Harbour</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------
# 000
D("news", news_page(
    "tideline", "Education", "'Divisions' and passageways: ex-Navy commander takes the helm at Devonport academy",
    "Jonathan Carew-Hollis wants Capstan Reach Academy to run 'like a well-found ship' - and not everyone is convinced",
    "Becca Luscombe, Education Reporter", "4 September 2024",
    """
    Pupils returning to Capstan Reach Academy in Devonport this week found the corridors renamed "passageways", the main hall rebadged as "the quarterdeck" and a new Monday-morning assembly called Divisions, complete with a uniform inspection.

    The changes are the work of the school's new principal, Jonathan Carew-Hollis, who spent 22 years in the Royal Navy, latterly as a commander, before retraining as a maths teacher in 2012.

    "About a third of our young people have a mum or dad in the Navy or the Marines," he told the Tideline. "They already understand routine, and they already understand what it means to have somebody away. I want this to be a place that feels steady when home doesn't."

    ## 'Not a frigate'

    Not every parent is sold. One mother from the Ketch Hill estate, whose son is in Year 10, said the uniform checks had left him "in tears twice before half past nine" over the wrong shade of grey socks.

    "It's a school, not a frigate," she said. "Half these kids' dads are away. They don't need shouting at about socks."

    The academy, which is part of the Tamar Sound Learning Trust, was judged Good at its last inspection. It says the uniform policy was consulted on in the summer term.
    """,
    [("Pasty_Pete", "4 Sep 2024, 18:20", "Proper job. About time someone sorted that place out, the buses home were carnage."),
     ("Shell_K", "4 Sep 2024, 19:02", "Grey socks 😂 my boy's were navy. Navy! At a navy school! You couldn't make it up"),
     ("Gran of 5", "4 Sep 2024, 21:44", "He'll have them saluting the flagpole dreckly. Give it a term and see where it's to.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("jcarewhollis", "exact", "neutral", "Jonathan Carew-Hollis")])

# 001
D("facebook", dd("""
    Ketch Hill & Ropewalk Community Noticeboard
    Private group · 2.7K members

    Donna Widdicombe
    9 September at 20:47 · 🔒
    Rant incoming 🙄 £46 for a Capstan blazer from the ONE supplier in town, plus £14 for the tie with the little anchor on. My two are 14 months apart so that's no hand-me-downs. Their dad's on the boats, he's not home till March, I'm doing this on my own. Who signs these contracts off??

    👍😡 61 · 48 comments
    Like   Comment   Share

        Jodie Hext
        Same my lover. Used uniform sale at the community centre Saturday, get down early
        Like · Reply · 2d

        Mark Treloar
        Every school in the city is the same tbf. Not just them
        Like · Reply · 2d

        Donna Widdicombe
        @Jodie Hext ansum, thank you xx
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Capstan")])

# 002
D("social", dd("""
    Lee Vranch
    @leevranch_plym

    Commander Carew-Hollis thinks he's still got a ship under him. Exclude my lad one more time over a haircut and he'll learn what happens to officers who go ashore in Devonport on a Friday night without their oppos. Know where his car's to an all 🙂

    10:52 PM · Oct 3, 2024 · 1,204 Views

    3 Reposts   17 Likes

    ──────────
    Tash 🌸 @tash_ply · Oct 3
    Lee mate take that down before you get a knock on the door

    Lee Vranch @leevranch_plym · Oct 3
    free country innit
    """),
  [M("jcarewhollis", "title_surname", "threat", "Commander Carew-Hollis")])

# 003 decoy: excluded ferry
D("social", dd("""
    Capstan Ferry
    @CapstanFerryPLY

    ⚠️ SERVICE UPDATE ⚠️ Due to strong winds and a big swell coming up the river, the 07:15 and 07:45 crossings are cancelled. We hope to resume from 08:15 dreckly the wind drops. Check capstanferry.example/status before you leave home. Sorry for the inconvenience 🙏⛴️

    6:41 AM · Jan 23, 2025 · 3,880 Views

    22 Reposts   41 Likes

    ──────────
    Shaun @shaunosaurus · Jan 23
    again?? that's three times this month, some of us got shifts in the yard
    """))

# 004
D("blog", blog_page(
    "andrew", "Day 41: the countdown chain and a very good teacher", "Jess (aka The Other Half)", "17 November 2024",
    """
    Day 41 of this deployment. The paper countdown chain in the kitchen is down to the width of the fridge, which in our house counts as progress.

    Alfie (11, Year 7) had a wobble last week. Nothing dramatic - he just stopped eating his tea and started sleeping with the light on. His dad's ship is somewhere he can't tell us about and the last phone call cut out halfway through "love you, mate".

    I rang school expecting to be passed around. Instead I got Kayleigh Spargo, who is the Service Children's Champion at Capstan Reach, and who had already noticed. She runs a lunchtime group on Thursdays for kids with a parent away - they write "blueys" (the old-fashioned letters, bless them), do a map of where the ships might be, and eat an obscene amount of biscuits. Alfie came home and said "there's a boy in Year 9 whose dad is on the SAME ship". Life changed.

    If you're a new navy family drafted to Guz and looking at schools: ask them what they do for deployed families. The answer tells you everything.
    """,
    [("Claire M", "17 Nov 2024 at 20:11", "Mrs Spargo is gold. My two adore her."),
     ("Jess (aka The Other Half)", "17 Nov 2024 at 20:40", "@Claire M she really is. Forty days to go, lovely, we've got this x"),
     ("Anon", "18 Nov 2024 at 07:15", "Hang in there! Our lot are back in the spring 💙")],
    tags=["Deployment", "Schools", "Kids"]),
  [M("school", "alias", "neutral", "Capstan Reach"), M("kspargo", "exact", "neutral", "Kayleigh Spargo")])

# 005
D("review", dd("""
    Capstan Reach Academy
    Secondary school · Chainwalk Road, Devonport
    3.4 ★★★☆☆ (97 reviews)

    Tracey Bolitho
    3 reviews
    ★★☆☆☆ 2 months ago
    Teaching is ok and my daughter likes most of her teachers but the behaviour on the 34 bus home is a disgrace and nobody takes responsibility, "it's not on school premises". Mrs O'Loughlin (head of year 9) is the exception, she actually rang me back the same day and sorted a seating plan on the bus. The rest of the office just says they'll pass it on. Fix the buses and it's a 4.
    👍 Helpful 9   Share

    Response from the owner · 2 months ago
    Thank you for your feedback, Tracey. We are working with the bus operator this term. Please call the main office on 01632 960352 if problems continue.
    """),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("roloughlin", "title_surname", "neutral", "Mrs O'Loughlin")])

# 006
D("social", dd("""
    TikTok · @ty.ler.x · "mr hosking when argyle score in the 90th min 😭😭" · #capstanreach #argyle #pe #fyp

    Comments (487)

    kaci.m08
    HES A LEGEND honestly absolute weapon 😭😭
    1-18 · Reply · ♡ 302

    jxdenn_
    the way he made the whole of 10R sing the green army song before the bleep test 💀
    1-18 · Reply · ♡ 140

    mia.tr3
    best teacher in that school no cap
    1-19 · Reply · ♡ 77
    """),
  [M("school", "hashtag", "neutral", "#capstanreach"), M("rhosking", "title_surname", "neutral", "mr hosking")])

# 007
D("news", news_page(
    "wcpost", "Courts", "Man admits sending anti-Muslim messages to Plymouth science teacher",
    "Court hears Dr Farhan Qureshi received more than 40 messages over three weeks",
    "Court Reporter", "12 February 2025",
    """
    A Plymouth man has admitted sending a stream of anti-Muslim messages to a science teacher at a Devonport secondary school, including one that said he "did not belong in a Navy town".

    Wayne Carkeek, 44, of no fixed abode, pleaded guilty at Plymouth Magistrates' Court to sending grossly offensive communications, aggravated by religious hostility.

    The court heard that Dr Farhan Qureshi, head of science at Capstan Reach Academy, received more than 40 messages via social media and the school's website contact form between October and November. Several referred to his religion and told him to "go home".

    In a statement read to the court, Dr Qureshi said: "I was born in Bristol. My grandfather served in the merchant navy. This is my home, and I am proud to teach the children of this city."

    Carkeek was given a 12-month community order with 150 hours of unpaid work and a restraining order.
    """,
    [("Devonport_Dave", "12 Feb 2025", "Disgusting. My daughter says he's the best teacher she's had."),
     ("K. Rowe", "12 Feb 2025", "Community order? For that? Joke sentence.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("fqureshi", "exact", "neutral", "Farhan Qureshi")])

# 008
D("forum", forum_page("messdeck", "Drafted to Guz in Sept - secondary schools for a 12yo?", [
    ("PO_Smudge", "Joined 2016 · 212 posts", "Mon 7 Apr 2025, 19:02",
     """Drafted to Devonport from Pompey in September. Missus is staying in Hampshire till the end of term then we're moving into quarters. Daughter starts Year 8. Who's been through the secondaries round the yard?

     Heard mixed dits about Capstan Reach. Mate says it's good for service kids, his missus says the head runs it like basic training."""),
    ("Bootneck_Ret", "Joined 2011 · 3,406 posts", "Mon 7 Apr 2025, 19:30",
     "Both our kids went to CRA. The service families side is spot on - Mrs Spargo runs a deployment club and she knows every kid with a parent away by name. Results are middling. Uniform Nazi-ish but honestly after a term they stop noticing."),
    ("WAFU_Wife", "Joined 2019 · 88 posts", "Mon 7 Apr 2025, 20:15",
     "Get on the waiting list early whatever you decide, it fills up from quarters. And don't believe the estate gossip, most of it's nonsense."),
    ("PO_Smudge", "Joined 2016 · 213 posts", "Mon 7 Apr 2025, 21:02", "Cheers both, that's the gen I needed."),
    ], thread_id=5540),
  [M("school", "alias", "neutral", "Capstan Reach"), M("kspargo", "title_surname", "neutral", "Mrs Spargo")])

# 009 decoy: the everyday word, locality
D("news", news_page(
    "dsnews", "Community", "Park capstan gets a fresh coat of paint",
    "Volunteers spend three Saturdays restoring Devonport's best-loved lump of iron",
    "Community News volunteer", "14 June 2024",
    """
    Devonport's old capstan, which has stood by the top path in the park for longer than anyone on the Friends committee can remember, is gleaming again after volunteers stripped, primed and painted it over three Saturdays.

    "Kids have been climbing on it for a hundred years," said Friends chair Maureen Tonkin. "It came off a dockyard slipway, we think, but nobody has the paperwork. What we do know is it's been ten coats of council green since."

    The capstan is now black with a brass-effect band. A new information board will follow, with thanks to the Devonport Heritage Trail group.
    """,
    [("Jim Sleep", "14 Jun 2024", "Used to sit on that capstan eating chips after school in 1971. Lovely job."),
     ("Maureen Tonkin", "15 Jun 2024", "@Jim Sleep you and everyone else Jim!")]),
  [])

# 010
D("facebook", dd("""
    Naval Families Plymouth
    Private group · 6.1K members

    Anonymous member
    2 December at 22:19 · 🔒
    Kayleigh Spargo from Capstan put my son's name on a "vulnerable" list because his dad's away and now social services have been round. Interfering cow. She lives on Hawser Close in Ropewalk Rise, the one with the white van outside, number 11. Maybe someone should go round and see how SHE likes a knock on the door.

    😡😮 23 · 41 comments
    Like   Comment   Share

        Admin - Naval Families Plymouth
        Post removed and member muted. We do not allow addresses of anyone, full stop.
        Like · Reply · 1d

        Lou Penhale
        She's helped hundreds of us. This is vile.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Capstan"), M("kspargo", "exact", "doxxing", "Kayleigh Spargo")])

# 011
D("social", dd("""
    Threads

    grace.amelia.xo
    not me being absolutely in love with mr pengelly's waistcoat collection 😍 the burgundy one today was ELITE. if he ever stops teaching drama i will simply perish #capstan

    14h  ♡ 88  💬 12

    lilymaee.x
    @grace.amelia.xo hes married to a man babes 😭 your chances are 0

    grace.amelia.xo
    @lilymaee.x let me dream 😔
    """),
  [M("school", "hashtag", "neutral", "#capstan"), M("dpengelly", "title_surname", "sexual", "mr pengelly")])

# 012
D("news", news_page(
    "fleet", "Families", "The Devonport school where a third of pupils have a parent in the Navy",
    "How Capstan Reach Academy is trying to make deployment a little less lonely",
    "Sam Hoskin-Grey, Families Correspondent", "21 March 2025",
    """
    It is half past twelve on a Thursday, and in a classroom on the top corridor of Capstan Reach Academy, eighteen children are writing letters to ships.

    "We call them blueys, like in the old days," says Kayleigh Spargo, the school's Service Children's Champion, whose husband is a Royal Marines colour sergeant. "Emails are great, but there's something about a letter you can hold. The kids post them, and sometimes they get one back six weeks later, and the whole room goes mad."

    ## A third of the roll

    Around 380 of the academy's 1,150 pupils are from Royal Navy or Royal Marines families. The school receives the Service Pupil Premium for each of them, and, says principal Jonathan Carew-Hollis, spends it "on people, not posters".

    Mr Carew-Hollis served as a weapons engineer officer before leaving the Navy as a commander. "I moved schools six times as a child," he says. "I know what a new playground feels like in February when everyone else has already made friends."

    Geography teacher Elizabeth Northcott, a lieutenant in the Royal Naval Reserve, runs an after-school club tracking where families' ships are - at least, where they are allowed to say they are.

    ## 'Someone always understands'

    Year 9 pupil Ruby, whose father is on a submarine, says the club means "someone always understands, you don't have to explain it". Her mum, Sarah, puts it more bluntly: "It's the first school that's noticed."
    """),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("kspargo", "exact", "neutral", "Kayleigh Spargo"),
   M("jcarewhollis", "exact", "neutral", "Jonathan Carew-Hollis"), M("enorthcott", "exact", "neutral", "Elizabeth Northcott")])

# 013
D("forum", forum_page("albion", "Navy town, no-go school", [
    ("St_George_Plym", "Member · 1,882 posts", "Sat 15 Feb 2025, 23:11",
     """Capstan Reach in Devonport now has a Pakistani running the science dept. Qureshi. Sailors' kids being taught by one of THEM in the town that built the fleet. How long before the prayer room goes in and the bacon comes off the menu. Our grandads didn't fight for this.

     Remember the name lads."""),
    ("Saxon_Steel", "Member · 402 posts", "Sat 15 Feb 2025, 23:20",
     "Seen this story. Plymouth's finished. Every school the same, diversity first, English kids last."),
    ("St_George_Plym", "Member · 1,883 posts", "Sat 15 Feb 2025, 23:31", "Too right. Fill the dockyard with them next."),
    ], thread_id=88412),
  [M("school", "alias", "negative", "Capstan Reach"), M("fqureshi", "surname_only", "hate", "Qureshi")])

# 014 decoy: namesake Chris Taylor, darts
D("news", news_page(
    "wcpost", "Sport", "Taylor hits nine-darter as Torquay side clinch league",
    "Pub league veteran Chris Taylor, 58, finally gets his perfect leg",
    "Sports Desk", "2 May 2025",
    """
    Chris Taylor has been throwing darts at the Anchor in Torquay for 41 years. On Thursday night, with the Bay League title on the line, he finally threw the perfect leg.

    "Treble 20, treble 20, then I just thought, don't look at anyone," said Taylor, a retired bus driver. "Bull finish. The whole pub went up. My wife still doesn't believe me."

    The Anchor A team beat Paignton Legion 7-2 to take the title by a single point.
    """,
    [("Dartsfan_Mike", "2 May 2025", "Get in Chrissy! Legend.")]),
  [])

# 015
D("social", dd("""
    Jen T
    @jen_tremayne

    the way Capstan Reach Academy handled my son's panic attacks this year >>> Miss Northcott spent her whole lunch with him on Tuesday and then rang me. teachers like that don't get paid enough 💙

    4:12 PM · Mar 14, 2025 · 301 Views

    12 Likes
    """),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("enorthcott", "title_surname", "neutral", "Miss Northcott")])

# 016
D("facebook", dd("""
    Devonport Community Hub
    Public group · 4.4K members

    Steve Nancekivell
    11 October at 08:05 · 🌎
    Whoever at Capstan Reach decided the school bell should be a bosun's call over the tannoy, you owe my whole street an apology. We can hear it from Cannon Row. 8:40 every morning. Pheeeeeeeep. I did 22 year in the Andrew and I left to get AWAY from that noise 😂

    😂👍 208 · 56 comments
    Like   Comment   Share

        Kerry Ann Dymond
        😂😂 My husband jumps out of bed every time thinking he's late for watch
        Like · Reply · 5d

        Steve Nancekivell
        @Kerry Ann Dymond he's been conditioned my lover, no cure
        Like · Reply · 5d
    """),
  [M("school", "alias", "neutral", "Capstan Reach")])

# 017
D("social", dd("""
    Instagram

    capstanreach_pe
    Chainwalk Road

    Year 8 girls' netball squad after a proper job performance at the city tournament today 🏐🏆 Runners up out of 14 schools!! #capstanpe #netball #plymouthschools

    View all 39 comments

    mum_of_3_plym So proud of you girls ❤️❤️
    3d  5 likes  Reply

    d4rren_1979 😍 nice legs on the one on the left, what year is she 😏
    3d  Reply

    capstanreach_pe This comment has been reported. These are 12-year-old girls.
    3d  44 likes  Reply

    kez.jarvis @d4rren_1979 screenshotted and sent to the police, you creep
    3d  31 likes  Reply
    """),
  [M("school", "handle", "sexual", "capstanreach_pe", url_only=True)])

# 018
D("review", dd("""
    StaffVoice › Capstan Reach Academy › Reviews

    "Great kids, great department, SLT runs on fear"
    ★★☆☆☆  Former Employee - Teacher of English in Plymouth, England · 3 April 2025
    I worked at Capstan Reach Academy full-time for more than 2 years

    Pros
    The kids are honestly brilliant, resilient and funny. Forces families are supportive. English department is a lovely team.

    Cons
    The Principal treats staff like junior ratings. Carew Hollis's 'Divisions' for staff on a Monday, inspections of classroom displays, being told off in front of colleagues. Behaviour policy is rigid to the point of being unkind to SEN kids. Workload is high and meetings are 'mandatory fun'.

    Advice to management
    You are not on a warship. Ask staff what they need.

    Helpful (18) · Share · Report
    """),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("jcarewhollis", "hyphenated", "negative", "Carew Hollis's")])

# 019
D("social", dd("""
    Kai
    @kaiplymouth_

    heard Taylor the head of year 11 at capstan is the one supplying half of ketch hill 👀 that's why his mates in the flats never get raided. teachers wages my arse, how's he got a brand new golf

    1:33 AM · Feb 8, 2025 · 2,140 Views

    14 Reposts   2 Quotes   39 Likes

    ──────────
    Beth 🐚 @bethsea__ · Feb 8
    you can't just say stuff like that about someone lol

    Kai @kaiplymouth_ · Feb 8
    everyone knows
    """),
  [M("school", "short_name", "defamation", "capstan"), M("ctaylor", "surname_only", "defamation", "Taylor")])

# 020 decoy: Devonport locality, dockyard jobs
D("news", news_page(
    "tideline", "Dockyard", "Dockyard apprentices: record 240 places on offer",
    "Engineering firm says it wants more school-leavers from Devonport and Ketch Hill",
    "Business Desk", "18 January 2025",
    """
    The main contractor at Devonport dockyard is to take on a record 240 apprentices this year, with a particular push to recruit school-leavers from the streets closest to the yard.

    "Generations of families round here worked in the yard," said apprentice manager Lorraine Tamblyn. "Then for a while that link broke. We want the lad from Ketch Hill to see the cranes from his bedroom window and think: that could be me."

    Applications open in February. Roles include welding, marine electrical and submarine maintenance. Candidates need four GCSEs at grade 4 or above, including maths and English.
    """,
    [("Yardie75", "18 Jan 2025", "Started in '75 as a sheet metal worker. Best thing I ever did."),
     ("Sue_P", "19 Jan 2025", "My grandson's applying. Fingers crossed 🤞")]),
  [])

# 021
D("forum", forum_page("parentnet", "Head of Year 11 won't answer emails - Plymouth", [
    ("LoafMum", "Joined Oct 2021 · 139 posts", "Tue 11-Mar-25 21:03",
     """DS is in Y11 at Capstan Reach Academy and is predicted to fail maths and science. Parents' evening was ten minutes and rushed. I've emailed Mr Taylor (head of year) FOUR times since January asking for a meeting about intervention and revision sessions. Nothing. Not even an auto-reply.

     Am I being unreasonable to go straight to the principal?"""),
    ("Plymouth_Gran", "Joined Feb 2018 · 1,020 posts", "Tue 11-Mar-25 21:20",
     "Not unreasonable. Keep a record of every email. Ring reception and ask for a call back with a named person and a date."),
    ("LoafMum", "Joined Oct 2021 · 140 posts", "Wed 12-Mar-25 07:55",
     "Thanks. Rang this morning, got a date. Dreckly, apparently, which round here means next month 😂"),
    ], thread_id=3312),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("ctaylor", "title_surname", "negative", "Mr Taylor")])

# 022
D("facebook", dd("""
    Plymouth Argyle Fans - Green Army Chat
    Private group · 19K members

    Gary Rundle
    1 March at 17:55 · 🔒
    Massive shout to Bob Hosking who teaches PE up Capstan, took 30 kids from the school to the game today on his own season ticket money for the coach. My boy has never been to Home Park before and he's not stopped singing since. Proper job Bob 💚🖤

    💚👍 611 · 73 comments
    Like   Comment   Share

        Dan Mutton
        Bob's a top man. Coached me at U14s back in the day
        Like · Reply · 2d

        Jacko Rice
        What a legend. Green Army 💚
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Capstan"), M("rhosking", "nickname", "neutral", "Bob Hosking")])

# 023 decoy: the acronym's other body
D("facebook", dd("""
    Ketch Hill CRA (Community Residents' Association)
    Public page · 612 followers

    12 May at 10:00 · 🌎
    📣 AGM reminder 📣 The Ketch Hill CRA meets Wednesday 7pm at the community centre. Agenda: bin collections (again), the broken streetlights on Gunwharf Steps, and the summer fun day. Tea and a splash of squash provided, bring your own biscuits. All residents welcome, you don't have to be a CRA member to speak.

    👍 34 · 6 comments · 4 shares
    Like   Comment   Share

        Pat Kitto
        Will the council be there about the lights? Three months now
        Like · Reply · 3d
    """))

# 024
D("blog", blog_page(
    "dits", "Divisions on Chainwalk Road: a dit from an old three-badger", "Taff (ex-CPO, 1979-2003)", "29 September 2024",
    """
    I've walked past that school every morning for twenty years on the way to get the paper. Used to be you'd see half the kids hanging about the gate with their shirts out and a fag on the go. This term, I swear on my tot, they were lined up in ranks.

    Turns out they've got a new headmaster who was a two-and-a-half ringer - a commander, for the civvies reading. Cdr Carew-Hollis, Jonathan to his mother. I asked the lollipop lady what she made of him. "He says good morning to every single one of them," she said. "By name." That's more than most divisional officers I served under ever managed.

    I'm not going to pretend I understand everything about schools these days. But I know what a well-run ship looks like from the jetty, and Capstan is looking a bit more shipshape than it was.
    """,
    [("Brummie_Bob", "29 Sep 2024", "Nice one Taff. Three-badger and still walking to the paper shop, good effort."),
     ("Ketch_Hill_Karen", "30 Sep 2024", "My grandson says he's alright. Strict but fair. Which is all you want.")],
    tags=["Devonport", "Dits", "Schools"]),
  [M("school", "short_name", "neutral", "Capstan"), M("jcarewhollis", "title_surname", "neutral", "Cdr Carew-Hollis")])

# 025
D("social", dd("""
    ❌ Veterans Out ❌
    @no_more_uniforms

    Plymouth school run by a Navy "commander" who brags about being a weapons officer. So the head of a school full of children used to maintain missiles that kill children. Carew-Hollis is a paid killer in a cardigan and parents are queuing up for it. Sick. #demilitarise #capstan

    9:03 AM · Mar 22, 2025 · 4,109 Views

    11 Reposts   6 Quotes   58 Likes

    ──────────
    Wrecker @wreckerplym · Mar 22
    He fixed radars you muppet

    ❌ Veterans Out ❌ @no_more_uniforms · Mar 22
    same thing
    """),
  [M("school", "hashtag", "negative", "#capstan"), M("jcarewhollis", "surname_only", "abuse", "Carew-Hollis")])

# 026
D("news", news_page(
    "tideline", "News", "Devonport school evacuated after hoax bomb call",
    "Police say there was no device and nobody was hurt",
    "Newsdesk", "27 November 2024",
    """
    More than 1,100 pupils were evacuated from Capstan Reach Academy in Devonport this morning after a hoax bomb threat was phoned through to the school office.

    Pupils were walked to the playing fields at Chainwalk Road and then to nearby Stoke Reach Primary School while police searched the buildings. The all-clear was given shortly before midday.

    Deputy principal Karen Pike thanked parents for "staying calm and not descending on the site, which is exactly what we asked". She said lessons would resume as normal tomorrow.

    Devon and Cornwall Police said a number of schools in the South West had received similar calls this week and enquiries were ongoing.
    """,
    [("Moira T", "27 Nov 2024", "Well done to the staff. My daughter said the teachers kept everyone laughing on the field."),
     ("Pez", "27 Nov 2024", "Whoever did this needs locking up.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("kpike", "exact", "neutral", "Karen Pike")])

# 027
D("social", dd("""
    anon
    @x0x_nobody_x0x

    next time it won't be a hoax. capstan reach. monday. tell ur mates to stay home 💥💥

    3:12 AM · Nov 29, 2024 · 412 Views

    ──────────
    Chloe 🦋 @chlo_plym · Nov 29
    reported and sent to 101. this isn't funny
    """),
  [M("school", "alias", "threat", "capstan reach")])

# 028 decoy: angling, the everyday surname word
D("blog", blog_page(
    "angler", "A winter pike from the upper Tamar", "Roger Hocking", "8 January 2025",
    """
    Minus two on the car thermometer and the river looking like builders' tea. Not promising. But the old boys say a cold snap puts the pike on the feed, and the old boys are occasionally right.

    I fished a big deadbait on a float in the slack water below the weir. Two hours of nothing, then the float slid away like it had somewhere better to be. Seventeen pounds four ounces of very annoyed pike, the best I've had from this stretch in a decade.

    Unhooked in the net, photographed, back in the water in under a minute. Wire traces always, please - there is no excuse for leaving a pike with a mouthful of hooks.
    """,
    [("Steve C", "8 Jan 2025", "Cracking fish Roger. Which peg?"),
     ("Roger Hocking", "9 Jan 2025", "@Steve C ha! Nice try.")],
    tags=["Pike", "Tamar", "Winter"]),
  [])

# 029
D("facebook", dd("""
    Ketch Hill & Ropewalk Community Noticeboard
    Private group · 2.7K members

    Jason Moyse
    14 January at 19:36 · 🔒
    That Qureshi at Capstan wants sacking. My lad got a detention for saying something in a joke and now he's "on a list". It's a Navy school in a Navy town, these people come over here and tell OUR kids what they can and can't say. P*ki rules in a British school. Not having it.

    😡👍 14 · 38 comments
    Like   Comment   Share

        Helen Sambells
        Jason your lad called him a terrorist. I was in the room at the meeting. Sit down.
        Like · Reply · 4d

        Admin - Noticeboard
        Comments turned off. Jason, this is your last warning.
        Like · Reply · 4d
    """),
  [M("school", "short_name", "negative", "Capstan"), M("fqureshi", "surname_only", "hate", "Qureshi")])

# 030
D("review", dd("""
    RateMyTeacher UK › Plymouth › Capstan Reach Academy › Drama

    D. Pengelly - Drama / Performing Arts
    Overall ★★★★★ (4.8) · 41 ratings

    "made me audition for the panto when i was too shy to talk in class. i was the back end of a cow. best night of my life" - Year 8 student, Dec 2024
    Inspirational  Funny  Caring

    "strict about lines but he makes it so fun. the drama studio is the only room in the school that doesn't feel like a ship lol" - Year 10 student, Mar 2025
    Clear  Respected
    """),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("dpengelly", "initial_surname", "neutral", "D. Pengelly")])

# 031
D("social", dd("""
    Jago Vosper
    @JagoVosperSBM

    Delighted to confirm that from September every pupil at Capstan Reach will get breakfast free at the ship's galley (our canteen!) thanks to a new partnership with a local bakery. No more empty tums in period 1. 🥐🍳

    7:40 AM · Jun 30, 2025 · 1,022 Views

    19 Reposts   144 Likes

    ──────────
    Trudy K @trudyk_plymouth · Jun 30
    Which bakery? Not your brother in law's by any chance 🤔
    """),
  [M("school", "alias", "neutral", "Capstan Reach"), M("jvosper", "exact", "neutral", "Jago Vosper")])

# 032
D("forum", forum_page("janner", "Capstan catering contract - follow the money", [
    ("Ropewalk_Rob", "Member since 2012 · 2,004 posts", "Thu 3 Jul 2025, 20:14",
     """So the new breakfast contract at Capstan Reach goes to Tregunna's Bakery. Owned by Mark Tregunna. Whose sister is married to Jago Vosper, the school business manager. Who signed off the tender.

     I'm not saying it's dodgy. I'm just saying if I did that at work I'd be walked off site."""),
    ("Janner_Jules", "Member since 2015 · 614 posts", "Thu 3 Jul 2025, 20:40",
     "Vosper's been lining his family's pockets for years, the uniform shop is his cousin's too. Everyone up Ketch Hill knows. Nobody at the trust gives a toss."),
    ("ModSquad", "Moderator", "Thu 3 Jul 2025, 21:02",
     "Careful. You can ask questions, but don't state things as fact unless you can prove them. Thread stays open for now."),
    ("Ropewalk_Rob", "Member since 2012 · 2,005 posts", "Thu 3 Jul 2025, 21:10", "Fair enough. Questions then. Has the trust published the tender?"),
    ], thread_id=20711),
  [M("school", "alias", "defamation", "Capstan Reach"), M("jvosper", "exact", "defamation", "Jago Vosper")])

# 033 decoy: excluded pub
D("review", dd("""
    The Capstan Inn
    Pub · Quay Lane, Plymouth
    4.3 ★★★★☆ (812 reviews)

    Hannah Yeo
    Local Guide · 88 reviews
    ★★★★★ 3 weeks ago
    Proper old-school boozer on the water. Crab sandwich the size of a brick, pint of local cider that went down far too easily, and the landlady calls everyone "my lover". Watched a warship go up the river from the beer garden. We'll be back.
    👍 Helpful 6   Share

    Dave Colwill
    2 reviews
    ★★★☆☆ a month ago
    Good pub but £7.20 a pint now?? Dreckly I'll need a mortgage for a round.
    👍 Helpful 2   Share
    """))

# 034
D("social", dd("""
    Shell 💚🖤
    @shellplymouth

    Just seen Lt Northcott at the gate in her RNR uniform saying goodbye to the kids before she deploys, and I'm not crying you're crying 😭 Geography won't be the same. Come home safe ma'am 🫡 #capstan

    8:31 AM · Jan 6, 2025 · 611 Views

    4 Reposts   73 Likes
    """),
  [M("school", "hashtag", "neutral", "#capstan"), M("enorthcott", "title_surname", "neutral", "Lt Northcott")])

# 035
D("social", dd("""
    Stop The War Machine - Plymouth
    @STWM_Plymouth

    A geography teacher at Capstan Reach Academy is heading off to serve on a warship. She'll be back in front of your kids by summer, fresh from "defending" shipping lanes for arms profits. Schools should be demilitarised spaces. Email the trust and ask why a serving naval officer is teaching your children.

    6:02 PM · Jan 8, 2025 · 2,440 Views

    27 Reposts   9 Quotes   61 Likes
    """),
  [M("school", "exact", "negative", "Capstan Reach Academy")])

# 036
D("facebook", dd("""
    Devonport Community Hub
    Public group · 4.4K members

    Ryan Blight
    19 January at 21:14 · 🌎
    Liz Northcott from Capstan has gone off to play soldiers on a warship. Good riddance. Sailors are just paid killers with better PR and she's been pumping our kids full of it in geography for years. Hope she gets a taste of what she's been cheering on. Murdering bitch.

    😡😮 41 · 88 comments
    Like   Comment   Share

        Kerry Ann Dymond
        My husband is on that ship you absolute waste of oxygen. Reported.
        Like · Reply · 2d

        Ryan Blight
        @Kerry Ann Dymond then he's a killer too
        Like · Reply · 2d

        Admin - Devonport Community Hub
        Ryan has been removed from the group.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Capstan"), M("enorthcott", "nickname", "abuse", "Liz Northcott")])

# 037
D("news", news_page(
    "bulletin", "Leadership", "The ex-forces heads: what the military gives - and what it doesn't",
    "Three former officers now running schools on what transferred and what didn't",
    "Academy Bulletin staff", "10 April 2025",
    """
    Jonathan Carew-Hollis did not expect the hardest part of running a school to be the staffroom.

    "In the Navy, you give an order and it gets done, and then you fix whatever went wrong," says the principal of Capstan Reach Academy in Plymouth. "In a school, you give an order and forty professionals want to know why. And they're usually right to ask. That took me a year to learn, and I'm still learning it."

    Carew-Hollis is one of an estimated 200 former service personnel now leading schools in England. Of the three we spoke to, all cited routine, calm and "leading from the front" as the habits that transferred best.

    The hardest thing? "Saying 'I don't know' in front of people," says a former RAF squadron leader now running a school in Lincolnshire. "In uniform that's weakness. In a school it's the beginning of every good conversation."
    """),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("jcarewhollis", "exact", "neutral", "Jonathan Carew-Hollis")])

# 038
D("forum", forum_page("teens", "my head of year is actually evil", [
    ("sk8r_boi_plym", "Year 9 · 22 posts", "Fri 7 Feb 2025, 21:30",
     "o'loughlin gave me a detention for 'looking at her funny' 💀 like thats not a thing. she's a bitter old hag who hates anyone who has a personality. capstan is a prison with a bosun's whistle"),
    ("mimi_in_plym", "Year 9 · 8 posts", "Fri 7 Feb 2025, 21:42",
     "lol were you looking at her funny tho"),
    ("sk8r_boi_plym", "Year 9 · 23 posts", "Fri 7 Feb 2025, 21:45", "...maybe 😭"),
    ], thread_id=7012),
  [M("school", "short_name", "negative", "capstan"), M("roloughlin", "surname_only", "abuse", "o'loughlin")])

# 039
D("social", dd("""
    Snapchat story (screenshot posted to X by @plym_tea_spill)

    "when ur pe teacher is hosko and he cancels the cross country cos argyle got promoted 🥹🥹 we love a man of the people"

    ──────────
    plym tea spill @plym_tea_spill · 2h
    capstan reach lads living their best life 😭

    Bethan @bethann__ · 1h
    HOSKO FOR PRIME MINISTER
    """),
  [M("school", "alias", "neutral", "capstan reach"), M("rhosking", "nickname", "neutral", "hosko")])
# 040
D("social", dd("""
    Dave 🇬🇧⚓
    @DaveB_Plymouth88

    So the drama teacher up Devonport, P3ng3lly, is a bender married to another bender and they've let him loose on 11 year old boys. Dressing them up for "panto". We all know what that lot are like. Keep him away from the lads changing rooms is all I'm saying 🤢

    11:47 PM · Dec 14, 2024 · 2,931 Views

    8 Reposts   4 Quotes   33 Likes

    ──────────
    Morwenna @morwenna_ply · Dec 14
    Being gay isn't a crime, being this thick should be. Reported.
    """),
  [M("dpengelly", "leetspeak", "hate", "P3ng3lly")])

# 041
D("facebook", dd("""
    Ketch Hill & Ropewalk Community Noticeboard
    Private group · 2.7K members

    Craig Penwill
    16 December at 22:58 · 🔒
    Capstan have only gone and put my son in a frock for the Christmas panto. Pengelly's idea apparently. Funny how it's always him. If that queer puts my boy in a dress again I'll put him in A&E, and that's a promise not a threat.

    😡😂 12 · 64 comments
    Like   Comment   Share

        Sally Luke
        Craig it's a PANTO. The dame is always a man in a dress. Your dad did it at Ketch Hill Primary in 1988 I was there
        Like · Reply · 1w

        Craig Penwill
        @Sally Luke different times
        Like · Reply · 1w

        Admin - Noticeboard
        Screenshotted and passed on. Craig you're out.
        Like · Reply · 1w
    """),
  [M("school", "short_name", "negative", "Capstan"), M("dpengelly", "possessive", "threat", "Pengelly's")])

# 042
D("news", news_page(
    "tideline", "What's On", "Devonport school panto becomes internet hit with 2 million views",
    "'Dick Whittington and his Cat (and the Chain Ferry)' was written by drama head Dean Pengelly",
    "Jade Pascoe, What's On Editor", "20 December 2024",
    """
    A school pantomime packed with in-jokes about ferries, pasties and Argyle's defence has been watched more than two million times online.

    The clip, filmed at Capstan Reach Academy's Christmas show, shows a Year 8 dame belting out a rewritten power ballad about missing the last boat home while a cardboard chain ferry is dragged across the stage by two sixth-formers.

    "We did not expect this," said Dean Pengelly, head of performing arts, who wrote the script. "The kids killed it every night. The whole cast was nervous about the dame number and then she absolutely murdered it - in the best way."

    More than 80 pupils took part. A spokesperson for the ferry operator said they had "loved every minute" and invited the cast for a free crossing.

    ## Comments from readers

    Several readers have asked for the full show to be released. The academy says it is checking consent for all pupils first.
    """,
    [("Linda Trembath", "20 Dec 2024", "Watched it five times. The ferry bit had me in bits 😂"),
     ("J. Crocker", "21 Dec 2024", "He's done wonders with that department. Proper job."),
     ("Nana Pat", "21 Dec 2024", "Oh no he isn't! Oh yes he is! Brilliant.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("dpengelly", "exact", "neutral", "Dean Pengelly")])

# 043
D("social", dd("""
    Mandy
    @mandy_speaks_up

    Since everyone's defending him: Dean Pengelly, drama at Capstan, lives with his "husband" at 27 Trelawny Terrace, Stoke, PL3 9QE. Personal insta @deano.dances.again if you want to ask him why he's putting our boys in dresses. Go on. Ask him.

    9:12 PM · Dec 22, 2024 · 1,508 Views

    6 Reposts   2 Quotes   19 Likes

    ──────────
    Tom Vine @tomvineply · Dec 22
    Posting someone's home address is a police matter Mandy. Reported.
    """),
  [M("school", "short_name", "negative", "Capstan"), M("dpengelly", "exact", "doxxing", "Dean Pengelly")])

# 044 decoy: Chris Taylor namesake, estate agent
D("review", dd("""
    Harbourside Homes - Saltash
    Estate agent · Fore Street, Saltash
    4.7 ★★★★★ (203 reviews)

    Anita Rowse
    5 reviews
    ★★★★★ a month ago
    Chris Taylor sold our house in three weeks when two other agents couldn't shift it in six months. Honest about the asking price, rang back every single time, and even helped us find a man with a van. Would recommend Chris and the whole team.
    👍 Helpful 4   Share

    Response from the owner · a month ago
    Thanks so much Anita! Chris says enjoy the new place. — Harbourside Homes
    """))

# 045
D("forum", forum_page("messdeck", "Anyone heard about the Capstan Y11 head?", [
    ("Scouse_Stoker", "Joined 2014 · 901 posts", "Sun 9 Feb 2025, 18:40",
     """Missus is hearing all sorts on the school gate WhatsApp. Chris Taylor, head of Year 11 at Capstan Reach, got lifted by plod Thursday night up Ketch Hill. Word is they found a bag of gear in his car and he's been feeding half the estate.

     Our eldest is in his year group. Anyone got proper gen before I go up the school and kick off?"""),
    ("Jenny_W", "Joined 2018 · 222 posts", "Sun 9 Feb 2025, 19:02",
     "Don't go up there and kick off over a WhatsApp rumour, that's how people get sued. Email the school and ask if there's anything parents need to know."),
    ("Scouse_Stoker", "Joined 2014 · 902 posts", "Sun 9 Feb 2025, 19:10", "Fair. Still don't like it."),
    ], thread_id=6190),
  [M("school", "alias", "defamation", "Capstan Reach"), M("ctaylor", "alias", "defamation", "Chris Taylor")])

# 046
D("news", news_page(
    "wcpost", "Education", "Plymouth teacher suspended after police search on estate",
    "Academy confirms head of year 'not currently in school' while investigation takes place",
    "Ellie Coumbe, Education Reporter", "13 February 2025",
    """
    A head of year at a Devonport secondary school has been suspended after police searched a property on the Ketch Hill estate, the Post understands.

    Christopher Taylor, who leads Year 11 at Capstan Reach Academy, is not currently in school. A letter to parents on Tuesday said a member of staff was "absent while a process takes place" and that the school was working with "relevant agencies".

    Devon and Cornwall Police confirmed officers executed a drugs warrant at an address in the area last Thursday and that a 41-year-old man had been interviewed under caution and released while enquiries continue.

    The academy's principal, Jonathan Carew-Hollis, said: "Suspension is not a judgement. Our focus is on Year 11, who have mocks in three weeks and deserve our full attention."
    """,
    [("FairPlay", "13 Feb 2025", "Innocent until proven guilty. Some of the stuff on Facebook this week has been disgraceful."),
     ("Ketch_Hill_Mum", "13 Feb 2025", "He was brilliant with my son. I hope it's nothing."),
     ("DJR", "14 Feb 2025", "No smoke without fire")]),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("ctaylor", "exact", "defamation", "Christopher Taylor"),
   M("jcarewhollis", "exact", "neutral", "Jonathan Carew-Hollis")])

# 047
D("facebook", dd("""
    Plymouth Mums Network
    Public group · 11K members

    Nicola H
    27 February at 16:20 · 🌎
    PSA for Devonport parents. Capstan Reach kids are dealing vapes and ket down the skate park on Ropewalk every afternoon after school. The school KNOWS and does nothing because it would wreck their precious Ofsted. My neighbour's lad bought off a Year 10 in uniform. Keep your kids away.

    😮😡 93 · 140 comments
    Like   Comment   Share

        Becky Tozer
        I live right by the skate park and I've never seen this. Where's the proof?
        Like · Reply · 5d

        Nicola H
        @Becky Tozer open your eyes babe
        Like · Reply · 5d
    """),
  [M("school", "alias", "defamation", "Capstan Reach")])

# 048
D("social", dd("""
    ket_hill_kid
    @k3tch_h1ll

    T4yl0r from capstan grassed up half the estate to save his own skin. everyone knows where he drinks and where he parks. he's getting done, no going back from that 🔪🐀

    2:01 AM · Feb 16, 2025 · 788 Views

    3 Reposts   12 Likes
    """),
  [M("school", "short_name", "threat", "capstan"), M("ctaylor", "leetspeak", "threat", "T4yl0r")])

# 049
D("review", dd("""
    StaffVoice › Capstan Reach Academy › Reviews

    "Safeguarding is one overworked person"
    ★★☆☆☆  Current Employee - Teaching Assistant in Plymouth, England · 28 January 2025
    I have been working at Capstan Reach Academy part-time for more than 3 years

    Pros
    Supportive TA team, kids are lovely, good training on service children.

    Cons
    Mrs Pike is the DSL and the deputy principal and covers exclusions too. It is too much for one person. Referrals sit for days because she is in back-to-back meetings. I don't blame her, I blame the structure, but the result is concerns don't get followed up fast enough.

    Advice to management
    Appoint a full-time DSL. Now.

    Helpful (21) · Share · Report
    """),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("kpike", "title_surname", "negative", "Mrs Pike")])

# 050
D("social", dd("""
    Gaz W
    @gazw_ply

    Karen Pike, deputy head at Capstan - personal email karen.pike75@mailbox.example and mobile 07700 900461. She had my kids taken into care on the word of one teacher. Let her hear from every parent she's destroyed. RT

    11:14 PM · Mar 4, 2025 · 2,077 Views

    31 Reposts   4 Quotes   22 Likes

    ──────────
    S Hext @shext · Mar 5
    mate that's her private number, this'll get you arrested
    """),
  [M("school", "short_name", "negative", "Capstan"), M("kpike", "exact", "doxxing", "Karen Pike")])

# 051 decoy: Karen Pike namesake elsewhere
D("news", news_page(
    "wcpost", "Devon", "New community allotments open in Exmouth",
    "Councillor Karen Pike cuts the ribbon on 40 new plots",
    "Local Democracy Reporter", "22 April 2025",
    """
    Forty new allotment plots have opened on the edge of Exmouth after a six-year campaign by residents.

    Councillor Karen Pike, who chairs the town council's environment committee, said: "There's a 90-name waiting list, so we're already looking at phase two. People want to grow their own veg and they want to do it together."

    Plots cost £38 a year. Water butts and a shared shed were funded by a community grant.
    """,
    [("Green Fingers Gail", "22 Apr 2025", "Finally! Been on the list since 2019.")]),
  [])

# 052
D("blog", blog_page(
    "patriot", "How a Navy town school became a migrant school", "Patriot Editor", "3 May 2025",
    """
    Devonport built the ships that built the Empire. Now look at it.

    Capstan Reach Academy, where the children of our sailors and Royal Marines go to school, has taken in more than 60 "new arrivals" this year - many of them, we understand, from the asylum hotel on the seafront. English is now a second language in some of their classrooms. Naval families who have been on the waiting list for months are told there is "no space".

    And who teaches them science? A certain Dr Q*reshi, whose first loyalty we can only guess at. Forgive us for not celebrating.

    Our sailors are on the other side of the world defending this country while it is given away behind their backs. Parents: ask questions. Ask who gets the places. Ask who pays.
    """,
    [("NotRacistJustRealistic", "3 May 2025", "Spot on. Our town, our schools. Send them back."),
     ("Heather M", "4 May 2025", "The 'asylum hotel' kids are Ukrainian and Afghan children whose parents worked with our forces. You should be ashamed."),
     ("Patriot Editor", "4 May 2025", "@Heather M we'll take our chances.")],
    tags=["Immigration", "Schools", "Plymouth"]),
  [M("school", "exact", "hate", "Capstan Reach Academy"), M("fqureshi", "obfuscated", "hate", "Q*reshi")])

# 053
D("social", dd("""
    Shaz 💅
    @shazzaa_ply

    capstan letting the pikeys off the Barnpool Lane site in now, my daughter had her purse robbed in the first week. lock up ur bikes, gyppos have landed 🙄🙄

    5:45 PM · Sep 18, 2024 · 911 Views

    2 Reposts   9 Likes

    ──────────
    Jade R @jade_r_ply · Sep 18
    one of those "gyppos" is my cousin and he got a 9 in maths last year. go on, tell me more
    """),
  [M("school", "short_name", "hate", "capstan")])

# 054
D("facebook", dd("""
    Stoke & Devonport Old School Friends
    Private group · 1.9K members

    Lorraine Coad
    8 March at 21:00 · 🔒
    Anyone remember Renée Pascoe from Year 11 at Tamerton Vale School in 1996? Head of year 9 up Capstan now if you please, O'Loughlin she calls herself. She was a nasty spiteful little madam back then and she's a nasty spiteful cow now, ask any of the Ketch Hill mums. Some people never grow up 😒

    😂👍 17 · 31 comments
    Like   Comment   Share

        Debbie Ellis
        Lorraine she was always alright to me
        Like · Reply · 3d

        Lorraine Coad
        @Debbie Ellis then you didn't know her
        Like · Reply · 3d
    """),
  [M("school", "short_name", "neutral", "Capstan"), M("roloughlin", "alias", "abuse", "Renée Pascoe")])

# 055
D("social", dd("""
    Snap (screenshot) posted by @yr10_goss

    "hosking can get it ngl 🥵🥵 them calves in the PE shorts. i'd do the bleep test all day"

    ──────────
    yr10 goss @yr10_goss · 3h
    capstan girls are NOT ok 😭😭

    tia @tia.mayy · 2h
    deleting this before he sees it 💀
    """),
  [M("school", "short_name", "neutral", "capstan"), M("rhosking", "surname_only", "sexual", "hosking")])

# 056
D("social", dd("""
    anonymous
    @capstan_confess

    capstan confessions #214: heard pengelly got caught messaging a year 10 boy on insta after the panto and the school's keeping it hushed up. if its true thats so messed up, he's meant to be looking after them

    10:40 PM · Jan 14, 2025 · 3,612 Views

    22 Reposts   17 Quotes   48 Likes

    ──────────
    jade 🌙 @jadem00n · Jan 14
    this account needs taking down, people can get hurt over rumours
    """),
  [M("school", "handle", "sexual", "@capstan_confess", url_only=True), M("dpengelly", "surname_only", "sexual", "pengelly", url_only=True)])

# 057
D("news", news_page(
    "tideline", "Courts", "Teenager admits hoax bomb call that emptied Devonport school",
    "Youth court hears 16-year-old made the call 'for a dare'",
    "Court Reporter", "14 March 2025",
    """
    A 16-year-old boy who phoned a hoax bomb threat to Capstan Reach Academy, forcing the evacuation of more than 1,100 pupils, has been given a nine-month referral order.

    Plymouth Youth Court heard the boy, who cannot be named because of his age, made the call from a friend's phone "for a dare". He is not a pupil at the school.

    A victim statement from the academy said staff had spent "a morning of real fear" and that some younger pupils had been "frightened to come back for days".
    """,
    [("Jen S", "14 Mar 2025", "A dare. Unbelievable. Glad nobody was hurt.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy")])

# 058 decoy: Argyle, locality
D("forum", forum_page("pilgrims", "MATCH THREAD: Argyle 2-2 (late leveller, again)", [
    ("GreenArmyGaz", "Season ticket since 1994", "Sat 22 Feb 2025, 17:01",
     "Two up at half time, two all at full time. Every bloody week. Lovely football for 70 minutes then we defend like a Devonport bus shelter."),
    ("Pasty_Liam", "Member · 4,512 posts", "Sat 22 Feb 2025, 17:09",
     "Keeper was bloody brilliant though, without him it's four. Give the lad a new contract."),
    ("Tamar_Tom", "Member · 998 posts", "Sat 22 Feb 2025, 17:30",
     "Ferry was rammed home, half of Torpoint in green. Mood was alright tbf. We go again."),
    ], thread_id=44102),
  [])

# 059
D("forum", forum_page("pilgrims", "Community award for a proper Green Army teacher", [
    ("Janner_Jim", "Member · 2,310 posts", "Mon 24 Mar 2025, 12:05",
     """Nice to see Robert Hosking, PE teacher at Capstan Reach Academy, win the club's community champion award. He's took hundreds of kids from Devonport to their first game over the years on his own time.

     Bloody brilliant bloke, been sat behind him in the Devonport End since 2002 and he's never once stopped shouting."""),
    ("GreenArmyGaz", "Season ticket since 1994", "Mon 24 Mar 2025, 12:20",
     "Hosking! Top bloke. Coached my nephew, who was f***ing useless at football, and still made him feel like he was Pele."),
    ("Pasty_Liam", "Member · 4,530 posts", "Mon 24 Mar 2025, 12:41", "Proper job. Deserved."),
    ], thread_id=44390),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("rhosking", "exact", "neutral", "Robert Hosking")])

# 060
D("social", dd("""
    Truth Ferret
    @truthferret_sw

    Since nobody at the trust will answer: Jago Vosper's personal mobile is 07700 900233. He picks up after 6. Ask him how much his brother-in-law's bakery is getting per breakfast. Be polite 😇

    7:02 PM · Jul 9, 2025 · 1,190 Views

    12 Reposts   28 Likes
    """),
  [M("jvosper", "exact", "doxxing", "Jago Vosper")])

# 061
D("social", dd("""
    Capstan Parents Voice
    @CapstanParentsV

    Day 12 and still no answer from the trust on the breakfast contract. Tender documents, conflicts of interest register, minutes. That's all we're asking for. #VosperMustGo #TransparencyNow

    8:00 AM · Jul 15, 2025 · 2,302 Views

    40 Reposts   3 Quotes   97 Likes
    """),
  [M("school", "handle", "negative", "@CapstanParentsV"), M("jvosper", "camelcase", "negative", "VosperMustGo")])

# 062
D("facebook", dd("""
    Ketch Hill & Ropewalk Community Noticeboard
    Private group · 2.7K members

    Shane Kitto
    2 August at 23:40 · 🔒
    Heard they're cutting the free minibus from the estate to Capstan to "save money". So the kids on Ketch Hill walk a mile and a half through the underpass in the dark in winter. If that V o s p e r signs it off I'll be waiting by his car in the staff car park one night. He can walk home through the underpass and see how he likes it.

    😡 44 · 52 comments
    Like   Comment   Share

        Dawn Ellery
        Shane don't. Come to the meeting on Tuesday instead.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Capstan"), M("jvosper", "spacing", "threat", "V o s p e r")])

# 063
D("review", dd("""
    RateMySchool UK › Plymouth › Capstan Reach Academy

    ★☆☆☆☆  "CRA is all uniform and no learning"
    Reviewed by: Parent of a former pupil (Year 11) · 19 August 2024

    My son spent more time in isolation for 'incorrect shoes' than he did in science. Sets change constantly, supply teachers every other week in maths. Nobody from SLT returned my calls about his EHCP. CRA will tell you they're 'forces family friendly' but if you're not a forces family and your kid has ADHD you are on your own.

    Would you recommend this school? No.
    Was this review helpful?  Yes (27)  No (6)  · Report
    """),
  [M("school", "exact", "negative", "Capstan Reach Academy")])

# 064
D("blog", blog_page(
    "servkids", "Conference notes: what works for children of deployed parents", "Service Kids Matter team", "30 June 2024",
    """
    Thank you to everyone who came to our South West conference in Taunton. Two hundred teachers, chaplains, welfare officers and parents in one sports hall, and remarkably few problems with the Wi-Fi.

    Highlights from the sessions:

    ## Before, during and after

    Kayleigh Jewell (now Service Children's Champion at a Plymouth secondary) reminded us that the hardest week is often not the departure but the homecoming: "Dad's back, everyone's happy, and your Year 8 is furious because the rules just changed again."

    ## Letters still matter

    Several schools described letter-writing clubs. Children like tactile things. So do sailors.

    Slides are on the resources page. See you next year.
    """,
    tags=["Conference", "Deployment", "Resources"]),
  [M("kspargo", "alias", "neutral", "Kayleigh Jewell")])

# 065
D("social", dd("""
    Jodie 🌊
    @jodiexplym

    K\u0430yleigh Spargo at capstan is a two faced busybody who smiles to your face and writes you up behind your back. "service champion" my arse. nosy cow

    10:10 PM · Dec 3, 2024 · 204 Views

    3 Likes
    """),
  [M("school", "short_name", "negative", "capstan"), M("kspargo", "homoglyph", "abuse", "K\u0430yleigh Spargo")])

# 066 decoy: capstan lathe, dockyard heritage
D("blog", blog_page(
    "dits", "The capstan lathe in the apprentice shop", "Taff (ex-CPO, 1979-2003)", "12 March 2025",
    """
    Went to the dockyard heritage open day on Saturday and who should I find, still bolted to the floor of the old apprentice shop, but the same Herbert capstan lathe I learned on in 1975.

    For the young 'uns: a capstan lathe has a six-sided turret that holds all your tools, so you can knock out the same part a hundred times without resetting. We turned brass fittings on it till our fingers were green. The instructor, a Welsh chief called Dai Hopkins, used to say "if you can't do it on the capstan, you can't do it".

    They've polished it up lovely. Shame it's behind a rope now.
    """,
    [("Yardie75", "12 Mar 2025", "Same lathe! I was in the intake after you. Dai Hopkins, God rest him.")],
    tags=["Dockyard", "Heritage", "Apprentices"]),
  [])

# 067
D("news", news_page(
    "fleet", "Reserves", "Reservist teacher home in time for the school play",
    "Lieutenant Elizabeth Northcott returns to her Plymouth classroom after six months at sea",
    "Reserves Desk", "9 July 2025",
    """
    When Lieutenant Elizabeth Northcott walked back into her geography classroom this week, her Year 8 class had written "WELCOME HOME MISS" across the whiteboard in every colour of marker they could find.

    Northcott, 34, a Royal Naval Reserve officer, was mobilised in January and spent six months aboard a frigate in the Middle East. She teaches geography at Capstan Reach Academy in Devonport.

    "The children sent me letters every fortnight," she said. "One of them asked if I'd seen a shark. I hadn't. I told him I had."

    The academy's service children's champion said pupils had followed the ship's movements - "the ones we were allowed to know" - on a wall map.
    """,
    [("Navy Mum Plym", "9 Jul 2025", "Welcome home ma'am! 💙"),
     ("Ret'd WO1", "10 Jul 2025", "Reservists don't get enough credit. Bravo Zulu.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("enorthcott", "exact", "neutral", "Elizabeth Northcott")])

# 068
D("social", dd("""
    Antiwar Plymouth Direct Action
    @apda_ply

    North\u0441ott is back in the classroom at capstan on monday like nothing happened. six months on a warship helping bomb yemen and now she's teaching kids about "the world". we'll be at the gate monday with paint for her car and a welcome she won't forget. war criminals don't get a quiet life.

    4:12 PM · Jul 11, 2025 · 988 Views

    7 Reposts   15 Likes
    """),
  [M("school", "short_name", "neutral", "capstan"), M("enorthcott", "homoglyph", "threat", "North\u0441ott")])

# 069
D("forum", forum_page("chalkface", "Is anyone else's DSL also a deputy head? How is that legal?", [
    ("FedUpInPlymouth", "Member · 61 posts", "Wed 5 Feb 2025, 21:15",
     """Our deputy principal, Karen P., is the DSL, runs behaviour, covers exclusions and does timetabling. At a Devonport academy with 1,100 kids and a lot of vulnerable families. She is genuinely brilliant and genuinely drowning. Last week she was still in the building at 9pm writing up a referral.

     How do other schools do it?"""),
    ("Head_of_Science_Bucks", "Member · 340 posts", "Wed 5 Feb 2025, 21:40",
     "Separate DSL with two deputy DSLs here. It's not a job you can do part time."),
    ("FedUpInPlymouth", "Member · 62 posts", "Wed 5 Feb 2025, 21:52", "Thought so. Going to raise at the union meeting."),
    ], thread_id=9981),
  [M("kpike", "first_initial", "neutral", "Karen P.")])

# 070
D("facebook", dd("""
    Plymouth Mums Network
    Public group · 11K members

    Sophie Ann
    19 March at 20:02 · 🌎
    Oh yes, Mr Taylor at Capstan is SO good at answering emails 🙄🙄 Only took him 7 weeks to reply to me about my daughter's mock results. Lightning. Absolute lightning. Anyone else?

    😂👍 31 · 26 comments
    Like   Comment   Share

        Tasha B
        7 weeks is good going, I'm still waiting from October 😂
        Like · Reply · 4d
    """),
  [M("school", "short_name", "negative", "Capstan"), M("ctaylor", "title_surname", "negative", "Mr Taylor")])

# 071
D("social", dd("""
    Capstan Reach Science Dept
    @CRAScience

    We are aware of further abusive messages aimed at Dr Qureshi this week. Threatening a teacher is never OK, and threatening a teacher because of his faith is a crime. Whoever is sending them: everything has been passed to the police. To everyone who sent support, thank you 💚🔬

    3:30 PM · Nov 20, 2024 · 2,604 Views

    51 Reposts   302 Likes
    """),
  [M("school", "alias", "neutral", "Capstan Reach"), M("fqureshi", "title_surname", "neutral", "Dr Qureshi")])

# 072
D("news", news_page(
    "britannia", "News", "Navy commander head bans 'woke' badges at school full of sailors' kids",
    "Principal says uniform is 'uniform' - and that includes lanyards",
    "Britannia Daily reporter", "6 March 2025",
    """
    A former Royal Navy commander who runs a Plymouth school has banned pupils from wearing badges on their blazers - including rainbow and pronoun pins.

    Jonathan Carew-Hollis, principal of Capstan Reach Academy, said the rule applied to "every badge, whatever it says, from Argyle to Greenpeace". "Uniform means uniform," he said. "That's not a political statement. It's the opposite of one."

    Some parents had complained the policy singled out LGBT pupils. The academy pointed out that it runs an LGBT+ support group, led by its head of performing arts.
    """,
    [("Patriot1966", "6 Mar 2025", "Good man. Now get rid of that drama teacher, Pengelly, the mincing little fairy. Parents have been saying it for years."),
     ("Sarah J", "6 Mar 2025", "Badges aside, the comments under this are why the support group exists."),
     ("Ex_Matelot", "6 Mar 2025", "Fair enough rule. Applies to everyone.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("jcarewhollis", "exact", "neutral", "Jonathan Carew-Hollis"),
   M("dpengelly", "surname_only", "hate", "Pengelly")])

# 073
D("social", dd("""
    Wayne
    @wayne_d_1981

    Karen Pike. Deputy head at Capstan. You sent the social round to MY house. I know your face and I'll find you. You've got kids too haven't you. Sleep well 🙂

    1:58 AM · Mar 6, 2025 · 311 Views
    """),
  [M("school", "short_name", "neutral", "Capstan"), M("kpike", "exact", "threat", "Karen Pike")])

# 074 decoy: excluded marine firm
D("review", dd("""
    Capstan Marine Services
    Marine engineering · Stonehouse, Plymouth
    4.1 ★★★★☆ (58 reviews)

    Phil Trudgeon
    1 review
    ★★★★★ 2 weeks ago
    Had them out to my boat on a Sunday when the outboard died on the mooring. Lad was there in forty minutes, sorted a fuel line and charged less than I expected. Proper job, will use again.
    👍 Helpful 2   Share
    """))

# 075
D("social", dd("""
    Kel
    @kellyann_plym

    Renée O. (head of year 9 at capstan) told my daughter she was "attention seeking" when she said she was being bullied. she's a cold heartless snake who should not be anywhere near children. absolute waste of a salary

    8:21 PM · Oct 14, 2024 · 402 Views

    6 Likes
    """),
  [M("school", "short_name", "negative", "capstan"), M("roloughlin", "first_initial", "abuse", "Renée O.")])

# 076
D("facebook", dd("""
    Naval Families Plymouth
    Private group · 6.1K members

    Lou Penhale
    5 October at 12:30 · 🔒
    For anyone whose other half has just sailed 💙 The Service Children's Champion at Capstan Reach runs a page with deployment tips, countdown printables and dates for the Thursday club - follow @KSpargoForcesKids on Insta. She also does drop-ins for mums who just need a cuppa and a moan. Proper lovely.

    ❤️ 88 · 12 comments
    Like   Comment   Share
    """),
  [M("school", "alias", "neutral", "Capstan Reach"), M("kspargo", "handle", "neutral", "@KSpargoForcesKids")])

# 077
D("review", dd("""
    Capston Reach Academy
    Secondary school · Chainwalk Rd, Devonport
    3.4 ★★★☆☆ (97 reviews)

    Mike Heard
    1 review
    ★☆☆☆☆ 3 weeks ago
    Rang 6 times about my daughter's bus pass, nobody rang back. Office staff rude. Website out of date. Not good enough
    👍 Helpful 3   Share
    """),
  [M("school", "typo", "negative", "Capston Reach Academy")])

# 078
D("social", dd("""
    Rob C
    @robc_argyle

    Carew-H*llis sat in his Devonport office with his little ship models playing admiral while the roof leaks on the science block. jumped up ex-navy tosser. get a grip mate, you were a glorified mechanic

    6:50 PM · Jan 30, 2025 · 377 Views

    4 Likes
    """),
  [M("jcarewhollis", "obfuscated", "abuse", "Carew-H*llis")])

# 079 decoy: similar school elsewhere
D("review", dd("""
    RateMySchool UK › Hampshire › Capstone Academy (Gosport)

    ★★★★☆  "Good with forces kids, weak on homework"
    Reviewed by: Parent of a current pupil (Year 8) · 2 February 2025

    Lots of naval families here so they get deployments and house moves. Form tutor checks in with my daughter every week. Homework is set online and half of it never gets marked. Canteen is decent.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (8)  No (1)  · Report
    """))
# 080
D("social", dd("""
    Instagram

    plymouth_girls_rugby
    Ketch Hill Rec

    Massive well done to the Capstan Reach Year 9 girls who won the city sevens today!! 🏉💪 Mud, rain and a LOT of heart. #womensrugby #plymouth

    View all 64 comments

    rugbymum_77 amazing girls!! 💪
    2d  3 likes  Reply

    lonely_sailor_4u the capstan reach yr 9s 🥵🥵 which one is single. dm me their snaps ladies, i'm only 26 😏
    2d  Reply

    plymouth_girls_rugby These are 13-year-old girls. Comment removed, account reported to Instagram and to CEOP.
    2d  72 likes  Reply
    """),
  [M("school", "alias", "sexual", "Capstan Reach", url_only=True)])

# 081
D("facebook", dd("""
    Devonport Community Hub
    Public group · 4.4K members

    Martin Stacey
    10 July at 19:20 · 🌎
    Every dad on the school run at Capstan suddenly volunteering for the homecoming parade now that Miss Northcott's back in her Navy whites 😏😏 Don't blame them mind. I'd let her inspect my kit any day 😂

    😂😍 27 · 19 comments
    Like   Comment   Share

        Julie May
        Martin your wife is in this group 😂
        Like · Reply · 1d

        Kerry Ann Dymond
        Grow up. She's a teacher and an officer, not a pin-up.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Capstan"), M("enorthcott", "title_surname", "sexual", "Miss Northcott")])

# 082
D("social", dd("""
    Degsy
    @degsy_on_the_piss

    kayleigh spargo from capstan, bootneck's wife, he's away til xmas 😏 she must be gagging for it. i'd give her something to write a bluey home about 🍆🍆

    12:44 AM · Oct 19, 2024 · 288 Views

    2 Likes
    """),
  [M("school", "short_name", "neutral", "capstan"), M("kspargo", "exact", "sexual", "kayleigh spargo")])

# 083
D("social", dd("""
    TikTok · @plym.lads.uncut · "rating school girls in plymouth 🔥 pt 3" · #capstan #devonport

    Comments (1,402)

    jay.k.01
    capstan reach girls in PE kit are a 10 😍 send more
    4-2 · Reply · ♡ 31

    b3cca.x
    this is literally year 8s??? why is this allowed. reported
    4-2 · Reply · ♡ 522

    mrs.t.ply
    I've reported the account and emailed the school. These are children.
    4-2 · Reply · ♡ 301
    """),
  [M("school", "alias", "sexual", "capstan reach", url_only=True)])

# 084
D("forum", forum_page("teens", "rate ur teachers honestly (plymouth edition)", [
    ("just_a_yr10", "Year 10 · 91 posts", "Sat 22 Mar 2025, 20:11",
     "ok capstan people go. mr hosking 10/10, he could coach me anytime 😳😳 the calves. dr qureshi lowkey fit when he does the lab coat and goggles thing. mr taylor 2/10 never marks anything"),
    ("sweetcaroline_", "Year 10 · 40 posts", "Sat 22 Mar 2025, 20:18",
     "LMAO the calves comment 💀 agree about qureshi tho"),
    ("just_a_yr10", "Year 10 · 92 posts", "Sat 22 Mar 2025, 20:20", "what?? im just being honest"),
    ], thread_id=7450),
  [M("school", "short_name", "neutral", "capstan"), M("rhosking", "title_surname", "sexual", "mr hosking"),
   M("fqureshi", "title_surname", "sexual", "dr qureshi"), M("ctaylor", "title_surname", "negative", "mr taylor")])

# 085
D("news", news_page(
    "wcpost", "Education", "Head of year returns to Devonport school after police take no further action",
    "Parents told Christopher Taylor will be back for Year 11 exams",
    "Ellie Coumbe, Education Reporter", "2 April 2025",
    """
    A head of year at a Devonport secondary school will return to work next week after police confirmed they would be taking no further action.

    Christopher Taylor, who leads Year 11 at Capstan Reach Academy, had been absent since February. In a letter to parents, the academy said an external review had "found no case to answer" and thanked families "for their patience in the face of a great deal of unfounded speculation online".

    Devon and Cornwall Police said a man in his 40s who had been interviewed under caution would face no further action.

    Mr Taylor said he was "grateful to the students who wrote to me, and looking forward to getting them through their GCSEs".
    """,
    [("Ketch_Hill_Mum", "2 Apr 2025", "Knew it. Now where are all the people who were posting rubbish about him?"),
     ("Benny", "2 Apr 2025", "They've all gone quiet haven't they. Funny that.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("ctaylor", "exact", "neutral", "Christopher Taylor")])

# 086
D("social", dd("""
    ketch hill news (unofficial)
    @ketchhillnews_

    For anyone who wants a word: Chris Taylor from capstan lives at 14 Gunwharf Steps, Ketch Hill, PL2 8NW. Blue Golf, parks on the corner. Don't care what the police said, we all know.

    11:57 PM · Apr 3, 2025 · 1,611 Views

    9 Reposts   2 Quotes   26 Likes
    """),
  [M("school", "short_name", "neutral", "capstan"), M("ctaylor", "alias", "doxxing", "Chris Taylor")])

# 087 decoy: Chris Taylor namesake, jailed elsewhere
D("news", news_page(
    "britannia", "News", "Fake builder jailed for conning pensioners out of £200,000",
    "Swindon man told victims their roofs were 'about to collapse'",
    "Crime Desk", "17 January 2025",
    """
    A rogue trader who conned elderly homeowners out of more than £200,000 by claiming their roofs were about to fall in has been jailed for six years.

    Christopher Taylor, 39, of Swindon, targeted at least 14 victims across Wiltshire and Gloucestershire. Swindon Crown Court heard he often charged thousands for work that was never done.

    The judge told Taylor he had "preyed on the trust of the old and the frightened".
    """),
  [])

# 088
D("facebook", dd("""
    Plymouth Mums Network
    Public group · 11K members

    Anonymous member
    14 May at 22:10 · 🌎
    I'm posting this anonymously because I'm scared. When my daughter told the school what a boy did to her on the school trip, Karen Pike (the deputy at Capstan) made her sign a statement saying it was "a misunderstanding" and buried it. She covered it up to protect their Ofsted. The boy's dad is on the governors. I have been told to keep quiet.

    😢😡 203 · 172 comments
    Like   Comment   Share

        Admin - Plymouth Mums Network
        We've allowed this post with names as the member has contacted the police. Please don't speculate in the comments.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "defamation", "Capstan"), M("kpike", "exact", "defamation", "Karen Pike")])

# 089
D("blog", blog_page(
    "cllr", "The Ketch Hill minibus: what I've been told, and what I haven't", "Cllr Rosie Channon", "6 August 2025",
    """
    Lots of you have been in touch about the free minibus from Ketch Hill to Capstan Reach Academy, which the school says it may have to stop from January.

    I met the school business manager, J. Vosper, and the principal on Monday. To be fair to both, they set out the numbers plainly: the bus costs about £41,000 a year, the grant that paid for it has ended, and the trust has told the school to find savings.

    I have asked the council's transport team whether the estate qualifies for a subsidised route, given the walk to school is more than two miles by the safe path (the underpass route is shorter but I would not send my own children through it in December).

    I'll update you dreckly - I mean that properly, not in the Plymouth sense.
    """,
    [("Dawn Ellery", "6 Aug 2025", "Thank you Rosie. The meeting was packed, people are worried."),
     ("Shane K", "7 Aug 2025", "Appreciate you going in to bat for us.")],
    tags=["Ketch Hill", "Transport", "Schools"]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("jvosper", "initial_surname", "neutral", "J. Vosper")])

# 090
D("social", dd("""
    [account suspended]
    @true_brit_ply

    Qur3sh1. Capstan science block. We know what car you drive and what time you leave the lab on a Thursday. Plymouth is a Christian city. Last warning before we make it the hard way.

    9:14 PM · Nov 17, 2024 · 148 Views
    """),
  [M("school", "short_name", "neutral", "Capstan"), M("fqureshi", "leetspeak", "threat", "Qur3sh1")])

# 091
D("facebook", dd("""
    Plymouth Patriots - Free Speech Group
    Private group · 1.4K members

    Terry Bragg
    9 January at 18:02 · 🔒
    Went to parents evening at Capstan and the head of science is Fez Qureshi, beard down to here. Nice enough to my face I'll give him that. But you can't tell me these people aren't pushing their agenda on our kids, it's how it starts. First the science teacher, next it's halal only in the canteen, then the call to prayer over the tannoy. Look at Bradford. Look at Luton.

    👍😡 38 · 22 comments
    Like   Comment   Share

        Dean F
        Slowly then all at once Terry. Wake up Plymouth
        Like · Reply · 5d
    """),
  [M("school", "short_name", "neutral", "Capstan"), M("fqureshi", "alias", "hate", "Fez Qureshi")])

# 092
D("social", dd("""
    HMS Common Sense ⚓🇬🇧
    @hms_commonsense

    A Navy town school should fly the White Ensign, not a rainbow flag. Parents at Capstan Reach Academy are sick of their boys being made to sing showtunes by a gay activist. Keep that stuff away from kids. #SackDeanPengelly #LeaveOurKidsAlone

    7:30 AM · Jun 2, 2025 · 6,011 Views

    88 Reposts   14 Quotes   204 Likes
    """),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("dpengelly", "hashtag", "hate", "#SackDeanPengelly")])

# 093
D("review", dd("""
    StaffVoice › Capstan Reach Academy › Reviews

    "Fine if you're in with the drama crowd"
    ★★☆☆☆  Former Employee - Cover Supervisor in Plymouth, England · 11 June 2025
    I worked at Capstan Reach Academy full-time for less than 1 year

    Pros
    Friendly support staff. Kids generally respectful. Free parking.

    Cons
    Performing arts is run as a closed shop. Deano Pengelly decides everything from the hall bookings to who gets the lead, and SLT never says no to him because the panto went viral. Cover staff get dumped with his classes while his department goes on 'rehearsal'.

    Advice to management
    Spread the love beyond one department.

    Helpful (4) · Share · Report
    """),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("dpengelly", "nickname", "negative", "Deano Pengelly")])

# 094
D("news", news_page(
    "tideline", "Education", "Trust reviews breakfast contract at Devonport academy",
    "Business manager steps back from procurement while independent check takes place",
    "Becca Luscombe, Education Reporter", "18 July 2025",
    """
    The trust that runs Capstan Reach Academy has launched an independent review of how a new free-breakfast contract was awarded, after parents raised concerns about a family link.

    The contract, worth an estimated £62,000 a year, went to Tregunna's Bakery in Stoke. Campaigners say the bakery's owner is the brother-in-law of the academy's business manager, Jago Vosper.

    The Tamar Sound Learning Trust said Mr Vosper had "stepped back from all procurement decisions" while the review takes place and that he had "declared the relationship at the outset". It said the review was "about process, not about any individual".

    Mr Vosper, who has worked at the school for 11 years, declined to comment.
    """,
    [("Ropewalk_Rob", "18 Jul 2025", "Questions were asked, questions are being answered. That's all anyone wanted."),
     ("Trudy K", "18 Jul 2025", "Declared at the outset, they say. Declared to who?"),
     ("FairPlay", "19 Jul 2025", "The bakery's bread is lovely mind.")]),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("jvosper", "exact", "defamation", "Jago Vosper")])

# 095
D("social", dd("""
    Trudy K
    @trudyk_plymouth

    Vosper's a greedy little rat and always has been. Fat salary, fat contracts for the family, and kids on Ketch Hill walking to school in the dark. Hope the review finds everything.

    9:02 PM · Jul 18, 2025 · 540 Views

    11 Likes
    """),
  [M("jvosper", "surname_only", "abuse", "Vosper")])

# 096 decoy: the everyday word, tobacco tin
D("social", dd("""
    Nan's Attic Finds
    @nansatticfinds

    Clearing out grandad's shed and found his old Capstan Navy Cut tin, still with three buttons, a fuse and a photo of his ship inside 🥹 He smoked those till 1981 and swore blind they never did him any harm. Going on the mantelpiece.

    2:15 PM · Mar 9, 2025 · 820 Views

    14 Reposts   190 Likes

    ──────────
    Old Salt @oldsaltplym · Mar 9
    Full strength Capstan, the proper stuff. Grandad was a hard man
    """))

# 097 decoy: estate drugs raid, locality only
D("forum", forum_page("janner", "Police all over Ketch Hill flats this morning?", [
    ("Morice_Mo", "Member since 2009 · 3,120 posts", "Wed 4 Jun 2025, 07:41",
     "Four vans and the dog unit outside Frigate House at six this morning. Anyone know where it's to?"),
    ("Ketch_Hill_Lou", "Member since 2016 · 588 posts", "Wed 4 Jun 2025, 08:02",
     "Drugs warrant, copper on the stairs told my neighbour. Third floor. Same flat as last year."),
    ("Morice_Mo", "Member since 2009 · 3,121 posts", "Wed 4 Jun 2025, 08:10",
     "Good. Kids have to walk past that stairwell to get to the bus stop. Sick of finding little silver canisters everywhere."),
    ("Janner_Jules", "Member since 2015 · 640 posts", "Wed 4 Jun 2025, 09:30",
     "Tideline's got it now. Two arrested, both in their twenties, neither from the estate. Surprise surprise."),
    ], thread_id=20900),
  [])

# 098
D("facebook", dd("""
    Capstan Reach Parents & Carers (unofficial)
    Private group · 980 members

    Gemma Stribley
    24 March at 17:45 · 🔒
    Shout out to Renée O'Loughlin. My son had an awful time in Year 8 and she has turned this year around for him. Meets him every Monday, sorted his lunchtimes, got him into the drama club. She's a legend, absolute beast. 💜

    ❤️ 64 · 18 comments
    Like   Comment   Share

        Ali Pearn
        Agree, Mrs O is brilliant. Scary but brilliant 😂
        Like · Reply · 3d
    """),
  [M("school", "alias", "neutral", "Capstan Reach"), M("roloughlin", "exact", "neutral", "Renée O'Loughlin")])

# 099
D("social", dd("""
    Devonport Lunch Club
    @DevonportLunchClub

    Huge thanks to the Year 12s who served Christmas dinner to 60 of our older members today, and to Karen from the academy who organised it all between a hundred other jobs 🎄 #ThankYouMrsPike #Devonport

    3:40 PM · Dec 18, 2024 · 412 Views

    6 Reposts   41 Likes
    """),
  [M("kpike", "hashtag", "neutral", "#ThankYouMrsPike")])

# 100
D("news", news_page(
    "bulletin", "Inspection", "Inspection round-up: South West secondaries",
    "Devonport academy keeps Good grade as inspectors praise work with service families",
    "Academy Bulletin staff", "14 May 2025",
    """
    Capstan Reach Academy, Plymouth, remains Good. Inspectors praised "calm, orderly corridors" and "exceptional support for pupils whose parents serve in the armed forces", but said outcomes in science and for pupils with special educational needs "are not yet good enough".

    Deputy principal and designated safeguarding lead Karen Pike said the school was "pleased, not complacent". She added: "The report is right about SEND. We know it, and we have a plan."

    Elsewhere, a Truro academy moved from Requires Improvement to Good, and a Torquay free school was judged Requires Improvement for the second time.
    """),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("kpike", "exact", "neutral", "Karen Pike")])

# 101
D("social", dd("""
    Scott 🏴‍☠️
    @scottyb_pl2

    Jonny Carew-Hollis swanning round Devonport like he won the Falklands single handed. washed up ex-navy has-been with a God complex. nobody salutes you in Lidl mate

    5:22 PM · Feb 19, 2025 · 230 Views

    3 Likes
    """),
  [M("jcarewhollis", "nickname", "abuse", "Jonny Carew-Hollis")])

# 102
D("facebook", dd("""
    Devonport Community Hub
    Public group · 4.4K members

    Lenny Tapp
    21 April at 23:30 · 🌎
    Capstan is a factory for turning out little soldiers for the Navy. Somebody should torch the place some night when it's empty and do the kids a favour. I've got a can of petrol in the shed and nothing to lose.

    😮😡 15 · 30 comments
    Like   Comment   Share

        Kerry Ann Dymond
        Lenny you need help. Reported to the police.
        Like · Reply · 1d

        Admin - Devonport Community Hub
        Removed. Lenny is banned.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "threat", "Capstan")])

# 103
D("forum", forum_page("albion", "Plymouth schools - who are they teaching?", [
    ("Drake_Was_Right", "Member · 611 posts", "Tue 22 Oct 2024, 22:14",
     """My nephew says CRA (Capstan Reach in Devonport) is half Fijians and Nepalis now because the Navy and the Army recruit them instead of British lads. Then they bring the whole village over. Then the kids get the school places.

     Foreign mercenaries' kids in a British school in Drake's own city. Explain to me how that isn't replacement."""),
    ("Saxon_Steel", "Member · 415 posts", "Tue 22 Oct 2024, 22:30",
     "It's deliberate. The forces are just a back door now."),
    ("Old_Jack_Tar", "Member · 12 posts", "Tue 22 Oct 2024, 23:01",
     "I served with Fijians for twenty years. Best shipmates I ever had. You lot have never worn a uniform in your lives."),
    ], thread_id=87120),
  [M("school", "alias", "hate", "Capstan Reach")])

# 104
D("social", dd("""
    TikTok · @its.ellie.ply · "lt northcott walking in in her uniform on armed forces day 🫡😍" · #capstan

    Comments (211)

    sxmmer.ply
    MA'AM YES MA'AM 😍😍 she can order me about anytime
    6-27 · Reply · ♡ 90

    josh.w.07
    lt northcott lowkey the baddest teacher in the school
    6-27 · Reply · ♡ 41
    """),
  [M("school", "hashtag", "neutral", "#capstan"), M("enorthcott", "title_surname", "sexual", "lt northcott")])

# 105
D("social", dd("""
    Mike
    @mike_r_ply

    Jago Vospar is a crook and a snake. Gets paid £70k to sack dinner ladies and give the contracts to his family. Shameless little weasel.

    10:02 PM · Jul 20, 2025 · 188 Views
    """),
  [M("jvosper", "typo", "abuse", "Jago Vospar")])

# 106 decoy: similar school name in the same city
D("facebook", dd("""
    Stoke Reach Primary School PTA
    Public page · 1.1K followers

    3 July at 09:00 · 🌎
    ☀️ SUMMER FAIR ☀️ Saturday 12th, 11-3 on the school field. Tombola, cake stall, welly wanging, face painting and the Year 6 steel band. Bring your coins! All money goes to new playground equipment. Stoke Reach Primary, we love you 💛

    👍❤️ 56 · 8 comments · 14 shares
    Like   Comment   Share
    """))

# 107
D("news", news_page(
    "tideline", "Courts", "Father sentenced for threatening school safeguarding lead",
    "Court hears he posted that he would 'find' the deputy head",
    "Court Reporter", "29 April 2025",
    """
    A Plymouth father who posted online that he would "find" a school deputy head after social workers visited his home has been given a suspended sentence.

    Wayne Doidge, 43, of Ketch Hill, admitted sending a threatening communication to Karen Pike, deputy principal of Capstan Reach Academy. Magistrates heard the post also referred to Mrs Pike's own children.

    Doidge received a 16-week sentence suspended for a year and a five-year restraining order. The chair of the bench said school staff "must be able to do their jobs without fear".
    """,
    [("Ketch_Hill_Mum", "29 Apr 2025", "Good. She doesn't deserve that."),
     ("Andy P", "29 Apr 2025", "Suspended? He threatened her kids.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("kpike", "exact", "neutral", "Karen Pike")])

# 108
D("blog", blog_page(
    "andrew", "Homecoming day (and the best Year 7 in the world)", "Jess (aka The Other Half)", "23 March 2025",
    """
    He's home. HE'S HOME.

    We stood on the Hoe in the rain with four hundred other families and a brass band playing something nobody could hear over the screaming. The ship came round the point at 09:52 (I know because Alfie had been counting down on his watch since seven).

    The school gave Alfie the morning off - Mrs Spargo rang me on Thursday to make sure we knew we could, which is the kind of thing that makes you cry in the Co-op. Capstan have been amazing this whole deployment. Two weeks ago the Thursday club made a banner; it's now hanging off our balcony and the neighbours have asked if they can keep it up for their lot in the autumn.

    Six months. Done. Pass the gin.
    """,
    [("Claire M", "23 Mar 2025", "Welcome home to him! 💙💙"),
     ("Jess (aka The Other Half)", "23 Mar 2025", "@Claire M thank you lovely, your turn soon x")],
    tags=["Homecoming", "Deployment"]),
  [M("school", "short_name", "neutral", "Capstan"), M("kspargo", "title_surname", "neutral", "Mrs Spargo")])

# 109
D("social", dd("""
    Red Flag Ropewalk
    @redflagropewalk

    Liz Northcott - the reservist "teacher" - lives with her fella at 8 Bollard Row, Ropewalk Rise. Mobile 07700 900587. Go and tell her what you think of the war she's so proud of. Nowhere is neutral.

    11:40 AM · Jul 12, 2025 · 702 Views

    5 Reposts   8 Likes
    """),
  [M("enorthcott", "nickname", "doxxing", "Liz Northcott")])

# 110
D("facebook", dd("""
    Capstan Reach Parents & Carers (unofficial)
    Private group · 980 members

    Anonymous member
    3 February at 21:40 · 🔒
    If anyone wants to take up the bullying stuff with Mrs O'Loughlin directly, don't bother with the school email. Her personal one is renee.oloughlin@mailbox.example and she's on Facebook as Renée Pascoe, which is her old name. She reads her messages I promise you.

    👍 4 · 11 comments
    Like   Comment   Share

        Admin - Capstan Parents
        Removed. Do not share staff personal contact details here. Use the school office.
        Like · Reply · 2d
    """),
  [M("school", "alias", "neutral", "Capstan Reach"), M("roloughlin", "alias", "doxxing", "Renée Pascoe")])

# 111
D("social", dd("""
    no one
    @n0_one_plym

    O.L.o.u.g.h.l.i.n excluded my brother for nothing. one day she's gonna walk to her car and i'll be there. not saying what happens. year 9 office, 4pm, every day like clockwork 🕓

    10:31 PM · May 20, 2025 · 97 Views
    """),
  [M("roloughlin", "obfuscated", "threat", "O.L.o.u.g.h.l.i.n")])

# 112
D("news", news_page(
    "dsnews", "Schools", "Pupils plant 200 trees on the Ropewalk",
    "Year 8 geography project turns a scrappy verge into a mini woodland",
    "Community News volunteer", "28 November 2024",
    """
    Two hundred saplings - hawthorn, hazel, rowan and a single optimistic oak - went into the ground on the Ropewalk verge last Friday, planted by Year 8 pupils from Capstan Reach Academy.

    The project was led by geography teacher Miss Northcott, who said the class had surveyed the verge in September, measured the soil and chosen species "that can cope with salt, wind and the odd football".

    Ketch Hill residents brought tea and flapjacks. The council has promised a bench.
    """,
    [("Pat Kitto", "28 Nov 2024", "Lovely to see. That verge has been an eyesore for 30 years.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("enorthcott", "title_surname", "neutral", "Miss Northcott")])

# 113
D("social", dd("""
    ex-Ketch Hill mum
    @ex_ketchhill_mum

    KarenPikeMustGo. The deputy at the Chainwalk Road academy is rude, dismissive, a jobsworth with a clipboard and a face like a slapped arse, and she treats parents like criminals. Worst deputy head in Plymouth bar none.

    7:12 PM · Apr 1, 2025 · 315 Views

    7 Likes
    """),
  [M("kpike", "camelcase", "abuse", "KarenPikeMustGo")])

# 114
D("review", dd("""
    RateMySchool UK › Plymouth › Capstan Reach Academy

    ★★★★☆  "Science has turned around"
    Reviewed by: Parent of a current pupil (Year 11) · 3 June 2025

    Two years ago my son hated science. Since Dr Qureshi took over the department there are proper revision sessions, the practicals actually happen, and my son wants to do chemistry at A level. Communication from some other departments is still patchy, hence four stars not five.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (11)  No (0)  · Report
    """),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("fqureshi", "title_surname", "neutral", "Dr Qureshi")])

# 115 decoy: the acronym's other body
D("social", dd("""
    Cornish Riders Association
    @CRA_bikers

    🏍️ Sunday run is ON. Meet 9am at the Saltash services, ride out to the lizard for pasties and back via the ferry. CRA members ride free, guests £5 to the air ambulance. Dry weather forecast (for once) ☀️

    6:02 PM · May 16, 2025 · 540 Views

    8 Reposts   61 Likes
    """))

# 116
D("social", dd("""
    anon tip line
    @plym_tipoff

    message we got: "the PE teacher at capstan, hosking, hangs round the girls changing room after netball and the school knows. my daughter is in year 8 and won't get changed for PE anymore." posting because nobody else will look at this

    8:44 PM · May 27, 2025 · 2,880 Views

    19 Reposts   7 Quotes   23 Likes

    ──────────
    Lou @louuu_ply · May 27
    this is how people's lives get ruined, have you even checked this
    """),
  [M("school", "short_name", "sexual", "capstan", url_only=True), M("rhosking", "surname_only", "sexual", "hosking", url_only=True)])

# 117
D("forum", forum_page("parentnet", "Y9 bullying - head of year says 'friendship issues'", [
    ("BrightonBelle", "Joined Aug 2022 · 77 posts", "Thu 6-Mar-25 20:44",
     """DD (13) is at Capstan Reach Academy in Plymouth. She's been called names every day since September, her PE bag thrown in the sea wall pool, messages at 2am. Mrs O'Loughlin keeps calling it "friendship issues" and "six of one". It isn't.

     What do I do next?"""),
    ("Plymouth_Gran", "Joined Feb 2018 · 1,042 posts", "Thu 6-Mar-25 21:02",
     "Formal complaint to the principal, in writing, using the word bullying. Ask for their anti-bullying policy. Screenshot everything."),
    ("BrightonBelle", "Joined Aug 2022 · 78 posts", "Thu 6-Mar-25 21:15", "Thank you. Doing it tonight."),
    ], thread_id=3390),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("roloughlin", "title_surname", "negative", "Mrs O'Loughlin")])

# 118 decoy: locality news, no school
D("news", news_page(
    "tideline", "News", "Two charged after drugs raid on Ketch Hill estate",
    "Cannabis, cash and nitrous oxide canisters seized from flat",
    "Newsdesk", "5 June 2025",
    """
    Two men have been charged after police raided a flat on the Ketch Hill estate in Devonport yesterday morning.

    Officers seized cannabis with an estimated street value of £8,000, £3,400 in cash and a quantity of nitrous oxide canisters. The men, aged 24 and 27 and both from Bristol, will appear before Plymouth magistrates on Friday.

    Neighbourhood inspector Claire Bawden said: "Residents told us what was happening, and we acted on it. Keep telling us."
    """,
    [("Morice_Mo", "5 Jun 2025", "Well done the police. Both from Bristol, as expected.")]),
  [])

# 119 decoy: ferry blog, excluded ferry, the everyday word
D("blog", blog_page(
    "water", "The Capstan Ferry at 150: a short history", "Annie Rickard", "1 May 2025",
    """
    The little ferry that locals still call "the Capstan" began life in 1875 as a rowing boat with a bell on the slip. The name comes from the big iron capstan that hauled the first steam launches up the hard - it's still there, rusting happily beside the ticket hut.

    Today's Capstan Ferry is a 60-seat launch that does the crossing in six minutes, twenty times a day, weather permitting. Dockyard workers, dog walkers and school children make up most of the passengers; on a summer Saturday half of them are carrying pasties.

    Happy birthday, old girl. Timetables at capstanferry.example.
    """,
    [("Jim Sleep", "1 May 2025", "Rode it every day to the yard for 30 years. Never once on time and I loved it.")],
    tags=["Ferries", "History"]),
  [])
# 120
D("news", news_page(
    "wcpost", "Education", "Trust investigates complaints about Devonport academy principal",
    "Staff allege 'bullying culture'; principal remains in post while review runs",
    "Ellie Coumbe, Education Reporter", "23 May 2025",
    """
    The trust that runs Capstan Reach Academy in Devonport has appointed an external investigator after a group of staff made formal complaints about the conduct of the principal, Jonathan Carew-Hollis.

    The Post has seen a letter signed by 14 members of staff which alleges a "culture of fear", public criticism of teachers in Monday briefings and "inspections" of classrooms that left some staff in tears.

    The Tamar Sound Learning Trust confirmed an investigation was under way and said Mr Carew-Hollis, a former Royal Navy commander who joined the school in 2024, remained in post. "It would be wrong to prejudge the outcome," a spokesperson said.

    Parents contacted by the Post were divided. "He's brought order to that place," said one father. "It's the first time in years my daughter hasn't been scared in the corridors." Another said: "My son's form tutor left at Easter and told us exactly why."
    """,
    [("Ex_Matelot", "23 May 2025", "Fourteen out of how many staff? Hundred and twenty? Sounds like a few who don't like being told."),
     ("Jen S", "23 May 2025", "Culture of fear is a strong phrase. Hope it's looked into properly, both ways."),
     ("Sarah J", "24 May 2025", "My friend works there. It is not an exaggeration.")]),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("jcarewhollis", "exact", "defamation", "Jonathan Carew-Hollis")])

# 121
D("social", dd("""
    Devonport Dirt
    @devonportdirt

    Why do you think Carew Hollis "left" the Navy and "retrained"? Because he was quietly binned for fiddling his travel claims and the Andrew covered it up to save face. Ask anyone who served with him on the Type 23s. Now he's in charge of a Devonport school budget. Lovely.

    9:40 PM · May 24, 2025 · 3,302 Views

    21 Reposts   5 Quotes   44 Likes

    ──────────
    Ex WO @exwo_ply · May 24
    Absolute tosh. I served with him. Left as a commander with a clean sheet. Delete this.
    """),
  [M("jcarewhollis", "hyphenated", "defamation", "Carew Hollis")])

# 122
D("facebook", dd("""
    Devonport Community Hub
    Public group · 4.4K members

    Anonymous member
    25 May at 22:52 · 🌎
    For the staff he's bullied: the head of Capstan, Carew–Hollis, lives at The Old Chart House, Mount Wise Lane, PL1 4RR. Big blue door, Volvo on the drive. Since he likes inspections so much maybe someone should inspect him.

    😮 12 · 19 comments
    Like   Comment   Share

        Admin - Devonport Community Hub
        This has been removed. We will not have home addresses on this page, whatever you think of someone.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "negative", "Capstan"), M("jcarewhollis", "hyphenated", "doxxing", "Carew–Hollis")])

# 123
D("forum", forum_page("messdeck", "Capstan PE teacher - ex-bootneck?", [
    ("Guz_Gossip", "Joined 2020 · 411 posts", "Fri 30 May 2025, 21:00",
     """Lad says his PE teacher at Capstan Reach, Robbie Hosking, reckons he was a Royal Marine. Funny that, because my oppo who was on commando training with him says he was back-squadded twice and then binned for nicking kit from the stores. Then he turns up teaching PE telling kids about 'commando values'.

     Walt alert."""),
    ("Bootneck_Ret", "Joined 2011 · 3,455 posts", "Fri 30 May 2025, 21:22",
     "Careful mate. Did he ever actually claim to be a Marine or is that your lad's dit? Kids hear what they want."),
    ("Guz_Gossip", "Joined 2020 · 412 posts", "Fri 30 May 2025, 21:30", "Dunno, just saying what I heard."),
    ], thread_id=6610),
  [M("school", "alias", "neutral", "Capstan Reach"), M("rhosking", "nickname", "defamation", "Robbie Hosking")])

# 124
D("social", dd("""
    Jordan
    @jordan_x_ply

    H O S K I N G the PE teacher at capstan is a fat useless has-been who peaked in the under 14s. shouting at kids to run when he can't see his own feet. pathetic old man

    4:44 PM · Oct 8, 2024 · 140 Views

    2 Likes
    """),
  [M("school", "short_name", "neutral", "capstan"), M("rhosking", "spacing", "abuse", "H O S K I N G")])

# 125
D("social", dd("""
    Union Jack Jim 🇬🇧
    @ujjim1966

    Q U R E S H I teaching science to Navy kids in Devonport. Go back to Pakistan and teach your own. This is Drake's city. 🇬🇧⚓ No surrender

    8:08 PM · Feb 13, 2025 · 890 Views

    3 Reposts   21 Likes

    ──────────
    Devonport Dave @devonportdave_ · Feb 13
    He's from Bristol you clown
    """),
  [M("fqureshi", "spacing", "hate", "Q U R E S H I")])

# 126
D("facebook", dd("""
    Plymouth Patriots - Free Speech Group
    Private group · 1.4K members

    Terry Bragg
    16 February at 21:30 · 🔒
    For those asking, Qureshi's house is the one on Bastion Road in Stoke with the green door, number 4, the Devonport science teacher I mean. His kids go to the primary round the corner. Not saying do anything. Just so people know who their neighbours are.

    👍 19 · 14 comments
    Like   Comment   Share

        Dean F
        Good to know Terry 👍
        Like · Reply · 3d
    """),
  [M("fqureshi", "possessive", "doxxing", "Qureshi's")])

# 127
D("social", dd("""
    opsec fail
    @ropewalk_watcher

    K. Spargo, Capstan's "forces champion" - husband's a bootneck at the barracks and he's deployed till December. They live at 22 Fender Way, Ropewalk Rise. Kids at the primary on the corner. She posts all this on her own insta 🤷‍♀️

    11:11 PM · Sep 14, 2024 · 433 Views

    2 Reposts   6 Likes
    """),
  [M("school", "short_name", "neutral", "Capstan"), M("kspargo", "initial_surname", "doxxing", "K. Spargo")])

# 128
D("social", dd("""
    Capstan Whistleblower
    @cra_whistle

    Thread 1/ R. O'Loughlin (Head of Year 9 at CRA) has been marking kids present who were off for weeks so the attendance figures look good for the trust. Falsifying registers is fraud. The school knows. 🧵

    7:30 PM · Jun 10, 2025 · 1,907 Views

    14 Reposts   3 Quotes   33 Likes
    """),
  [M("school", "alias", "defamation", "CRA"), M("roloughlin", "initial_surname", "defamation", "R. O'Loughlin")])

# 129
D("forum", forum_page("chalkface", "Safeguarding logs 'tidied up' before inspection?", [
    ("AnonTA_Plym", "Member · 9 posts", "Sun 27 Apr 2025, 20:12",
     """I work at Capstan in Plymouth. The week before the inspection, Pike's office had two staff in on a Saturday 'updating' the safeguarding logs. Entries from last year suddenly had follow-up actions that I know never happened. She's been faking records to get the Good.

     Is this something I report to the trust or straight to the LADO?"""),
    ("SLT_Survivor", "Member · 2,204 posts", "Sun 27 Apr 2025, 20:40",
     "If you genuinely believe records were falsified, that's whistleblowing: trust first, or the DfE if you don't trust the trust. Keep your own notes, dated."),
    ], thread_id=10220),
  [M("school", "short_name", "defamation", "Capstan"), M("kpike", "possessive", "defamation", "Pike's")])

# 130 decoy: pike (the weapon), re-enactment
D("social", dd("""
    Tamar Valley Re-enactors
    @tamarvalleyreenact

    Great turnout for pike drill at the fort today! ⚔️ Sixteen-foot pikes, eleven very sore shoulders and one lad who forgot which way was forward. New recruits welcome - we supply the kit, you supply the enthusiasm. Muster every 2nd Sunday. 🛡️

    5:05 PM · Apr 13, 2025 · 310 Views

    4 Reposts   39 Likes
    """))

# 131
D("social", dd("""
    Justice For Our Kids Plymouth
    @JFOK_plymouth

    The school buried it. The DSL signed it off. The trust looked the other way. We will not stop until there is an independent inquiry. #CapstanCoverUp #KarenPikeKnew

    10:00 AM · May 16, 2025 · 5,210 Views

    77 Reposts   10 Quotes   141 Likes
    """),
  [M("school", "hashtag", "defamation", "#CapstanCoverUp"), M("kpike", "hashtag", "defamation", "#KarenPikeKnew")])

# 132
D("facebook", dd("""
    Plymouth Patriots - Free Speech Group
    Private group · 1.4K members

    Kev Maddock
    28 June at 19:10 · 🔒
    So P\u0435ngelly from the Devonport school is taking kids to march in the Pride parade Saturday. If he turns up on the Barbican with our kids behind a rainbow flag he won't be walking home. Plenty of lads will be about. Just saying.

    👍😡 22 · 31 comments
    Like   Comment   Share
    """),
  [M("dpengelly", "homoglyph", "threat", "P\u0435ngelly")])

# 133
D("news", news_page(
    "tideline", "News", "Police investigate threats against Devonport drama teacher before Pride",
    "School says it will 'not be intimidated' after posts aimed at its head of performing arts",
    "Newsdesk", "1 July 2025",
    """
    Police are investigating a series of online posts threatening a Devonport teacher who is due to lead a group of pupils at this weekend's Pride parade.

    Dean Pengelly, head of performing arts at Capstan Reach Academy, has been targeted on social media since the school confirmed its LGBT+ group would take part. One post said he "won't be walking home".

    Principal Jonathan Carew-Hollis said: "Mr Pengelly has the full support of this school. Our pupils will walk on Saturday with their parents' permission and with staff alongside them. We will not be intimidated."
    """,
    [("Rainbow Rachel", "1 Jul 2025", "Solidarity Dean 🏳️‍🌈 see you on the Barbican"),
     ("Patriot1966", "1 Jul 2025", "Pengelly is a groomer, simple as. No place for perverts near kids."),
     ("Mod - Tideline", "1 Jul 2025", "A comment has been removed for breaching our rules.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("dpengelly", "exact", "hate", "Dean Pengelly"),
   M("jcarewhollis", "exact", "neutral", "Jonathan Carew-Hollis")])

# 134
D("blog", blog_page(
    "patriot", "The groomers are in the classroom - and in the parade", "Patriot Editor", "2 July 2025",
    """
    We warned you. On Saturday a Devonport teacher - let's call him Dean P., head of "performing arts" at the academy on Chainwalk Road - will march children through the Barbican behind the flag of an ideology that wants access to them.

    This is not about who anyone sleeps with. It's about who gets near your children. Parents of Navy families, many of you with husbands away at sea, have been told to sign the permission slip or your child will be "left out".

    There is a word for adults who work to get unsupervised access to children. The school calls it "inclusion".
    """,
    [("NotRacistJustRealistic", "2 Jul 2025", "Should be in prison, not a classroom."),
     ("Heather M", "2 Jul 2025", "He's a drama teacher taking a school club to a parade with parents. You're describing yourselves.")],
    tags=["Schools", "Gender ideology", "Plymouth"]),
  [M("dpengelly", "first_initial", "hate", "Dean P.")])

# 135
D("social", dd("""
    Snapchat (screenshot shared by @capstan_yr11_memes)

    "mrs o'loughlin is a proper milf ngl 😳 that skirt today??? someone call the fire brigade 🔥🔥"

    ──────────
    capstan yr11 memes @capstan_yr11_memes · 5h
    not the year 9s simping for their head of year 💀💀
    """),
  [M("school", "handle", "neutral", "@capstan_yr11_memes"), M("roloughlin", "title_surname", "sexual", "mrs o'loughlin")])

# 136
D("social", dd("""
    [account suspended]
    @pl2_pics_swap

    got pics of capstan year 10 girls in the changing room after swimming, taken on a phone thru the gap in the door 📸 swapping only, dm me

    2:47 AM · Feb 2, 2025 · 61 Views
    """),
  [M("school", "short_name", "sexual", "capstan", url_only=True)])

# 137
D("facebook", dd("""
    Plymouth Mums Network
    Public group · 11K members

    Anonymous member
    11 February at 23:15 · 🌎
    The real reason Chris Taylor at Capstan was suspended wasn't drugs. He was "seeing" a Year 11 girl and messaging her on Snapchat at night. My niece is in her form. The school is letting everyone think it's the drugs thing so nobody asks.

    😮😢 88 · 210 comments
    Like   Comment   Share

        Admin - Plymouth Mums Network
        Comments turned off. If you have information about a child at risk, ring the police or the LADO, not Facebook.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "sexual", "Capstan", url_only=True), M("ctaylor", "alias", "sexual", "Chris Taylor", url_only=True)])

# 138
D("review", dd("""
    Capstan Reach Academy
    Secondary school · Chainwalk Road, Devonport
    3.3 ★★★☆☆ (104 reviews)

    Danny Rowe
    2 reviews
    ★☆☆☆☆ a week ago
    They cover up assaults. My son was beaten up on the field by three lads, two teachers saw it, and the school logged it as "play fighting" so it wouldn't count in their figures. I've since found out it's not the first time. Capstan Reach Academy fiddles its behaviour stats, full stop.
    👍 Helpful 14   Share

    Response from the owner · 5 days ago
    Dear Mr Rowe, we take all incidents seriously. Please contact the main office on 01632 960352 so the Deputy Principal can meet you.
    """),
  [M("school", "exact", "defamation", "Capstan Reach Academy")])

# 139
D("forum", forum_page("janner", "Capstan staff parking on Chainwalk Road - again", [
    ("Chainwalk_Chris", "Member since 2011 · 890 posts", "Mon 13 Jan 2025, 08:40",
     """Third week running I can't get my van off the drive at half eight because Capstan staff are parked across it. Emailed the business manager, Jay Vosper, before Christmas. He said he'd "remind staff". Reminded them of what, where the free parking's to?

     Not rocket science. Open the back field."""),
    ("Morice_Mo", "Member since 2009 · 3,090 posts", "Mon 13 Jan 2025, 09:05",
     "Same on Cannon Row. Parents on the pavement as well at pick up."),
    ], thread_id=19800),
  [M("school", "short_name", "negative", "Capstan"), M("jvosper", "alias", "negative", "Jay Vosper")])

# 140 decoy: Argyle, the locality word
D("forum", forum_page("pilgrims", "Devonport End redevelopment - any news?", [
    ("Tamar_Tom", "Member · 1,040 posts", "Thu 8 May 2025, 19:40",
     "Heard the plans for the Devonport End have gone to the council. Anyone seen the drawings? Hope they keep the standing section."),
    ("Pasty_Liam", "Member · 4,610 posts", "Thu 8 May 2025, 19:55",
     "Seen them. Bigger roof, bigger bar, same view of our defence falling over. Progress."),
    ("GreenArmyGaz", "Season ticket since 1994", "Thu 8 May 2025, 20:10", "😂 proper job. As long as the pasties stay the same."),
    ], thread_id=45010),
  [])

# 141
D("social", dd("""
    Peace Not Profit
    @peacenotprofit_pl

    Northcott teaches geography at capstan and spends her holidays on a warship. What do you reckon she teaches about the Middle East? warmonger, hypocrite, bloodsoaked little careerist. parents deserve better

    3:11 PM · Feb 1, 2025 · 622 Views

    4 Reposts   12 Likes
    """),
  [M("school", "short_name", "negative", "capstan"), M("enorthcott", "surname_only", "abuse", "Northcott")])

# 142
D("facebook", dd("""
    Capstan Reach Parents & Carers (unofficial)
    Private group · 980 members

    Rachel Kinsman
    10 September at 19:00 · 🔒
    Mr Carew-Hollis has put my son in isolation for two days because his hair is "over the collar". He's 12. It's not a warship. It's HAIR. I've emailed and had a reply that quotes the uniform policy back at me paragraph by paragraph. Anyone else?

    👍😡 47 · 66 comments
    Like   Comment   Share

        Ali Pearn
        Same with my daughter's earrings. Tiny studs. Two days.
        Like · Reply · 1w
    """),
  [M("school", "alias", "negative", "Capstan Reach"), M("jcarewhollis", "title_surname", "negative", "Mr Carew-Hollis")])

# 143
D("news", news_page(
    "tideline", "Education", "Academy apologises over 'half-term detention' letter",
    "Parents told pupils with poor attendance would be called in during the holiday",
    "Becca Luscombe, Education Reporter", "17 October 2024",
    """
    A Devonport academy has apologised after sending letters telling some parents their children would have to attend school for two days of the October half-term because of poor attendance.

    The letter, signed by principal Jonathan Carew-Hollis, said the "catch-up days" were "not optional". Several parents, including forces families who had booked to see a parent home on leave, complained.

    Capstan Reach Academy later said the letter had been "poorly worded" and that the sessions were voluntary.
    """,
    [("Donna W", "17 Oct 2024", "My husband's home for nine days in six months. Our kids weren't going to be in a classroom."),
     ("Pasty_Pete", "17 Oct 2024", "Bit heavy handed but attendance round here is shocking, something has to give.")]),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("jcarewhollis", "exact", "negative", "Jonathan Carew-Hollis")])

# 144
D("social", dd("""
    Leanne
    @leanne_x_ply

    Spargo better watch herself now her marine's gone away. Reported MY family to the school's "welfare" team like we're some kind of problem. Ropewalk Rise is a small place. Accidents happen to nosy people 🙂

    9:59 PM · Nov 28, 2024 · 188 Views
    """),
  [M("kspargo", "surname_only", "threat", "Spargo")])

# 145
D("social", dd("""
    PL1 Property Watch
    @pl1_watch

    The business manager J\u0430go Vosper, the one who gave the bakery contract to his brother-in-law, has just bought a four-bed on Admiralty Drive, Ropewalk Rise. Number 31. Wonder how. Drop round and congratulate him 🏠🤑

    6:20 PM · Aug 14, 2025 · 760 Views

    8 Reposts   21 Likes
    """),
  [M("jvosper", "homoglyph", "doxxing", "J\u0430go Vosper")])

# 146
D("forum", forum_page("messdeck", "Mobilised reservists and civvy employers - schools?", [
    ("RNR_Jenny", "Joined 2017 · 320 posts", "Tue 14 Jan 2025, 20:00",
     """Question for reservists who are teachers. A friend, Lieutenant Northcott, who teaches in Plymouth, has just been mobilised. She says the school made her feel like a nuisance for the whole notice period and hinted her job "might look different" when she gets back. Is that even legal?

     Her school is Capstan Reach. They sell themselves as forces-friendly. The irony."""),
    ("Reserves_Adviser", "Joined 2012 · 1,700 posts", "Tue 14 Jan 2025, 20:30",
     "Not legal, no. Employers must reinstate. Point her at the reserve forces employer support team and get everything in writing."),
    ], thread_id=6020),
  [M("school", "alias", "negative", "Capstan Reach"), M("enorthcott", "title_surname", "neutral", "Lieutenant Northcott")])

# 147 decoy: the acronym's other meaning
D("forum", forum_page("parentnet", "Mortgage declined - CRA file wrong?", [
    ("FirstTimeBuyerPL", "Joined Jan 2025 · 4 posts", "Wed 19-Feb-25 21:30",
     "Mortgage declined because of a missed payment I never made. Broker says to check my file with each credit reference agency (CRA) - there are three. Anyone done this? How long did it take to get fixed?"),
    ("MoneyMum", "Joined 2019 · 802 posts", "Wed 19-Feb-25 21:44",
     "Yes. Raise a dispute with the CRA that shows the error, they have 28 days. Took mine about three weeks. Keep screenshots."),
    ], thread_id=3370),
  [])

# 148
D("blog", blog_page(
    "teachblog", "Why I left (a Plymouth academy, after eleven years)", "Sir, anonymously", "2 August 2025",
    """
    I taught at Capstan for eleven years. I loved it. I want to be honest about why I left, because the exit interview was five minutes long and nobody wrote anything down.

    It wasn't the kids. The kids are magnificent: funny, tough, used to goodbyes. It wasn't the Navy families, who are the most supportive parents I've ever worked with.

    It was being managed like a rating. Cdr Carew-Hollis - he doesn't insist on the rank but he doesn't correct you either - introduced a staff Divisions on Mondays where teachers were praised or criticised by name in front of everyone. Displays were inspected. Lesson plans were "collected". You learned to keep your head down.

    He is not a bad man. I think he genuinely believes in what he's doing. But a school isn't a ship, and the people who keep it afloat aren't there because they've signed up for twelve years.
    """,
    [("Jo P", "2 Aug 2025", "This is so sad to read. Good luck wherever you've gone."),
     ("Sir, anonymously", "3 Aug 2025", "@Jo P a primary in Cornwall. I'm very happy.")],
    tags=["Leaving", "Leadership", "Workload"]),
  [M("school", "short_name", "negative", "Capstan"), M("jcarewhollis", "title_surname", "negative", "Cdr Carew-Hollis")])

# 149
D("review", dd("""
    StaffVoice › Capstan Reach Academy › Reviews

    "PE is a boys' club"
    ★★☆☆☆  Former Employee - Teacher of PE in Plymouth, England · 30 June 2025
    I worked at Capstan Reach Academy full-time for more than 1 year

    Pros
    Good facilities, lovely kids, great fixtures programme.

    Cons
    Mr Hosking runs the department like a Sunday league changing room. Girls' sport always gets the worst slots and the worst kit, female staff get talked over in meetings, and half of the department conversation is Argyle. Raised it twice. Nothing.

    Advice to management
    Look at the timetable for girls' PE and ask why.

    Helpful (7) · Share · Report
    """),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("rhosking", "title_surname", "negative", "Mr Hosking")])

# 150
D("social", dd("""
    Tommo
    @tommo_devonport

    Carew-Hollins excluded my boy from the academy on Chainwalk Road for a haircut. Brick through his window coming. Don't care who knows it

    1:15 AM · Sep 12, 2024 · 75 Views
    """),
  [M("jcarewhollis", "typo", "threat", "Carew-Hollins")])

# 151
D("social", dd("""
    Lads Lads Lads
    @lads_ply_banter

    drama teacher at capstan, Pengelley, is the campest man alive. queen of the panto, mincing about the stage. absolute state of him 🤮🤮

    6:03 PM · Dec 19, 2024 · 210 Views

    7 Likes
    """),
  [M("school", "short_name", "neutral", "capstan"), M("dpengelly", "typo", "hate", "Pengelley")])

# 152 decoy: excluded pub
D("facebook", dd("""
    The Capstan Inn
    Public page · 2.3K followers

    6 February at 12:00 · 🌎
    🍻 QUIZ NIGHT 🍻 Thursday 8pm. £2 a head, max 6 per team, rollover jackpot now £140. Crab sandwiches half price for quiz teams. Last week's winners "Quiz Team Aguilera" are back to defend the title. See you there my lovers!

    👍 41 · 9 comments · 3 shares
    Like   Comment   Share
    """))

# 153
D("social", dd("""
    Parents Against Militarisation SW
    @PAMsouthwest

    Sign the petition: no cadets in school time, no Divisions, no recruitment stalls at parents' evening. Our children are not future ratings. #BoycottCapstanReach #DemilitariseSchools

    12:30 PM · Apr 25, 2025 · 1,450 Views

    19 Reposts   44 Likes
    """),
  [M("school", "hashtag", "negative", "#BoycottCapstanReach")])

# 154 decoy: walking blog, locality only
D("blog", blog_page(
    "water", "A winter walk from Devonport to the old ropewalk", "Annie Rickard", "12 February 2025",
    """
    The morning was flat calm, grey water and grey sky meeting somewhere over Cornwall. I started at the dockyard wall and walked the long way round to the old ropewalk, where sailors' rope was once laid out in a shed a quarter of a mile long.

    Devonport has the best doorways in the city, if you look up from your phone: fanlights, iron boot scrapers, a brass knocker in the shape of a dolphin on Cannon Row. At Ketch Hill I stopped at the little café by the bus turning circle for a bacon roll and a view of the cranes.

    Four miles, one roll, no rain. A good day.
    """,
    tags=["Walks", "Devonport", "Winter"]),
  [])

# 155
D("news", news_page(
    "dsnews", "Community", "Food bank collection tops two tonnes",
    "School business manager's Christmas appeal beats last year's total",
    "Community News volunteer", "20 December 2024",
    """
    A Christmas food collection organised by Jago Vosper has delivered more than two tonnes of food to the Ketch Hill food bank.

    Mr Vosper, who is business manager at a Devonport secondary, started the appeal six years ago with a single trolley outside the Co-op. "This year we had a minibus, three trolleys and about forty volunteers," he said.

    Food bank coordinator Bev Tozer said the donations would last "well into February".
    """),
  [M("jvosper", "exact", "neutral", "Jago Vosper")])

# 156
D("forum", forum_page("teens", "cross country in the RAIN???", [
    ("wet_and_angry", "Year 10 · 14 posts", "Wed 15 Jan 2025, 16:10",
     "im literally going to kill mr hosking. cross country. in january. in the rain. up ketch hill. my trainers are soup. capstan is a war crime"),
    ("lolly_pl2", "Year 10 · 30 posts", "Wed 15 Jan 2025, 16:21",
     "he ran it with us tho to be fair. in shorts. man is not human"),
    ], thread_id=7333),
  [M("school", "short_name", "negative", "capstan"), M("rhosking", "title_surname", "negative", "mr hosking")])

# 157
D("social", dd("""
    Meg 🌧️
    @meg_ply_

    Capstan Reach Academy, where the uniform rules are stricter than the actual Royal Navy and the roof leaks onto the science lab. love that for us 🙃🙃 world class institution

    7:55 AM · Nov 12, 2024 · 144 Views

    9 Likes
    """),
  [M("school", "exact", "negative", "Capstan Reach Academy")])

# 158 decoy: Pike Lane, the everyday word in a street name
D("facebook", dd("""
    Stoke & Milehouse Residents
    Public group · 3.1K members

    Barry Yeo
    7 March at 08:30 · 🌎
    Heads up, Pike Lane closed from Monday for three weeks for gas main works. Diversion via the top road. The buses are going round the long way so give yourself an extra ten minutes. 🚧

    👍 23 · 5 comments
    Like   Comment   Share

        Carol T
        Three weeks means six. Thanks Barry
        Like · Reply · 2d
    """))

# 159
D("social", dd("""
    Keep Capstan Safe
    @KeepCapstanSafe

    We stand with Dean Pengelly and every LGBT+ pupil and teacher at our school. The threats made against him this week are disgusting. Quoting them only so people understand what he's faced: "he won't be walking home". Nobody should read that about themselves. 🏳️‍🌈💚

    9:00 AM · Jul 2, 2025 · 3,020 Views

    140 Reposts   612 Likes
    """),
  [M("school", "handle", "neutral", "@KeepCapstanSafe"), M("dpengelly", "exact", "neutral", "Dean Pengelly")])
# 160
D("news", news_page(
    "tideline", "Courts", "Head of year charged with drink-driving after crash near school",
    "Renée O'Loughlin, 45, will appear before magistrates next month",
    "Court Reporter", "9 June 2025",
    """
    A head of year at a Devonport secondary school has been charged with drink-driving after her car hit a parked van on Chainwalk Road.

    Renée O'Loughlin, 45, of Stoke, who works at Capstan Reach Academy, was arrested at the scene at about 6.40pm on Friday. Nobody was injured.

    She is due to appear before Plymouth magistrates on 3 July. The academy said it was "aware of the matter" and that Mrs O'Loughlin was not currently in school.
    """,
    [("Tina M", "9 Jun 2025", "Everyone makes mistakes. Let the court deal with it."),
     ("Kel", "9 Jun 2025", "Oh the irony. Gave my kid a detention for being late and she's pickled at teatime."),
     ("Rob H", "10 Jun 2025", "Not guilty till the court says so, Kel.")]),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("roloughlin", "exact", "defamation", "Renée O'Loughlin")])

# 161 decoy: Chris Taylor namesake, Bristol councillor
D("news", news_page(
    "wcpost", "Politics", "Bristol councillor quits party over bus lane vote",
    "Cllr Chris Taylor will sit as an independent",
    "Political Reporter", "4 March 2025",
    """
    A Bristol councillor has resigned from his party after being told to vote for a controversial bus lane scheme through his ward.

    Cllr Chris Taylor, who has represented Eastville for eight years, said residents "did not elect me to take orders on a road layout". He will sit as an independent.

    The scheme was approved by 38 votes to 31.
    """),
  [])

# 162
D("news", news_page(
    "tideline", "Courts", "Father fined for threatening post about academy principal",
    "Lee Vranch wrote that he knew where the head's car was parked",
    "Court Reporter", "3 December 2024",
    """
    A Devonport father who posted online that the principal of his son's school would "learn what happens to officers" in Devonport on a Friday night has been fined.

    Lee Vranch, 38, admitted sending a threatening communication about Jonathan Carew-Hollis, principal of Capstan Reach Academy, after his son was excluded over a haircut.

    He was fined £650 and made subject to a restraining order. His solicitor said he had been "venting" and "had no intention of carrying it out".
    """,
    [("Shell_K", "3 Dec 2024", "Venting. Right. Glad the court saw through it."),
     ("Hutch", "3 Dec 2024", "Carew-Hollis is a jumped-up baby killer in a blazer and I'd have said worse. Fine me too."),
     ("Mod - Tideline", "3 Dec 2024", "Please keep to the house rules.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("jcarewhollis", "exact", "abuse", "Jonathan Carew-Hollis")])

# 163
D("news", news_page(
    "britannia", "News", "Navy school's 'drugs den' shame: pupils expelled for dealing on estate",
    "Sailors' children caught selling cannabis sweets at Plymouth academy",
    "Britannia Daily reporter", "28 February 2025",
    """
    Three pupils have been permanently excluded from a Plymouth academy where a third of children have parents in the Royal Navy, after they were caught selling cannabis-laced sweets to classmates.

    Capstan Reach Academy, in Devonport, confirmed the exclusions and said it had worked with police. The pupils, all in Year 10, are understood to have been supplied by older youths on the nearby Ketch Hill estate.

    One mother said: "My husband is on a warship defending this country and my son is being offered drugs in the dinner queue. Where is the discipline they promised?"
    """,
    [("Disgusted_of_Devon", "28 Feb 2025", "Everyone up there knows Chris Taylor was the one running it. The kids were just his mules."),
     ("Nan_Jean", "28 Feb 2025", "The school caught them and dealt with it. That's the system working."),
     ("Bazza", "1 Mar 2025", "Drugs den lol. Three kids with some gummies.")]),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("ctaylor", "alias", "defamation", "Chris Taylor")])

# 164 decoy: excluded ferry, the everyday word
D("news", news_page(
    "tideline", "News", "New boat for the Capstan Ferry after 30 years",
    "Electric launch 'Tamar Lass' will enter service in the spring",
    "Newsdesk", "30 October 2024",
    """
    The Capstan Ferry is getting its first new boat in three decades: an electric launch called Tamar Lass, built in a Cornish yard.

    The operator said the new vessel would be quieter, cheaper to run and able to carry bikes and pushchairs. "The old girl has done a million crossings," said skipper Neil Crocker. "She's earned a rest."

    The capstan on the slip, which gave the crossing its name, will stay where it is.
    """,
    [("Annie R", "30 Oct 2024", "Lovely news. Will miss the diesel smell weirdly.")]),
  [])

# 165 decoy: the acronym's other body, locality
D("news", news_page(
    "dsnews", "Community", "Ketch Hill CRA elects new chair",
    "Residents' association promises 'fewer meetings, more fixing'",
    "Community News volunteer", "18 May 2025",
    """
    The Ketch Hill Community Residents' Association (CRA) has a new chair: retired postwoman Pat Kitto, who has lived on the estate since 1979.

    "I've sat through forty years of meetings," she said. "I'd like fewer meetings and more things fixed. Starting with the lights on the steps."

    The CRA meets on the second Wednesday of the month at the community centre.
    """),
  [])

# 166
D("news", news_page(
    "wcpost", "Courts", "Activist charged over threats to reservist teacher",
    "Posts said protesters would be 'waiting at the gate' with paint",
    "Court Reporter", "21 August 2025",
    """
    A 29-year-old man has been charged with sending threatening communications to a Plymouth teacher who serves in the Royal Naval Reserve.

    Callum Nance, of Ropewalk Rise, is accused of posting messages saying protesters would be "waiting at the gate" of Capstan Reach Academy with paint for Lieutenant Elizabeth Northcott's car, and publishing her home address.

    He will appear before Plymouth magistrates next month.
    """,
    [("Navy Mum Plym", "21 Aug 2025", "Good. She's a teacher and a reservist, not a target."),
     ("Peace_Now_PL", "21 Aug 2025", "Northcott chose to serve on a warship. Bloodsoaked hypocrite. Don't cry when people call it what it is."),
     ("Ret'd WO1", "21 Aug 2025", "Pathetic comment above.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("enorthcott", "exact", "abuse", "Elizabeth Northcott")])

# 167
D("news", news_page(
    "bulletin", "Funding", "Business manager suspended as trust calls in fraud specialists",
    "Review of breakfast contract at Plymouth academy widens to uniform and transport spending",
    "Academy Bulletin staff", "12 September 2025",
    """
    The Tamar Sound Learning Trust has suspended the business manager of Capstan Reach Academy and called in forensic accountants after an initial review of a catering contract raised "further questions".

    Jago Vosper, who has worked at the Devonport school since 2014, was suspended on full pay last week. The review has been widened to include uniform supply and home-to-school transport spending.

    The trust said it had informed the Education and Skills Funding Agency. Mr Vosper has not commented.
    """),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("jvosper", "exact", "defamation", "Jago Vosper")])

# 168 decoy: Navy homecoming, locality
D("news", news_page(
    "fleet", "Navy", "Crowds on the Hoe as frigate returns from seven-month deployment",
    "Families brave the drizzle to welcome 190 sailors home to Devonport",
    "Fleet & Family reporter", "22 March 2025",
    """
    Hundreds of families lined the Hoe in the drizzle to welcome a frigate home to Devonport after seven months in the Gulf and the Indian Ocean.

    The ship's company of 190 had spent 205 days away, including two Christmas-free months in the Red Sea escorting merchant shipping.

    "I've missed his first tooth and his first steps," said Leading Engineer Technician Jordan Hext, holding his nine-month-old son. "I'm not missing anything else."
    """),
  [])

# 169 decoy: Karen Pike namesake
D("news", news_page(
    "britannia", "Money", "Dinner lady scoops £1m on scratchcard bought with change from chips",
    "Karen Pike, 52, from Leeds says she will 'keep working - the kids need me'",
    "Britannia Daily reporter", "8 November 2024",
    """
    A school dinner lady from Leeds has won £1 million on a scratchcard she bought with the change from a portion of chips.

    Karen Pike, 52, said she "screamed the chippy down" when she realised. "I'm still doing my shifts on Monday. The kids need their turkey dinners."
    """),
  [])

# 170
D("news", news_page(
    "fleet", "Families", "Service children's champion targeted after welfare referral",
    "School says staff who raise concerns 'must never be punished for doing their job'",
    "Families Correspondent", "6 December 2024",
    """
    A Plymouth school has condemned online threats against its service children's champion after she made a routine welfare referral for a pupil whose father is deployed.

    Kayleigh Spargo, who runs deployment support at Capstan Reach Academy, has been the subject of a series of posts, some of which published details of where she lives.

    The academy said: "Staff who raise concerns must never be punished for doing their job."
    """,
    [("Lou Penhale", "6 Dec 2024", "She's the best thing about that school. Stand strong Kayleigh 💙"),
     ("Anon_Ropewalk", "6 Dec 2024", "Best thing? She's at 11 Hawser Close if anyone wants to thank her personally for ruining their family. Van outside."),
     ("Mod - Fleet & Family", "6 Dec 2024", "Comment removed.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("kspargo", "exact", "doxxing", "Kayleigh Spargo")])

# 171
D("news", news_page(
    "wcpost", "Devon", "Anti-Muslim graffiti daubed on Plymouth teacher's car",
    "Police treating damage outside science teacher's home as a hate crime",
    "Newsdesk", "20 February 2025",
    """
    Police are treating as a hate crime an attack on a teacher's car in which anti-Muslim slogans were sprayed across the bonnet and windscreen.

    The car belongs to Dr Farhan Qureshi, head of science at Capstan Reach Academy in Devonport. It was parked outside his home in Stoke overnight on Tuesday.

    Neighbours held a coffee morning on Thursday to raise money for the repairs. "He's lived here nine years," said one. "He fixed my boiler in the snow. This isn't who we are."
    """,
    [("Jan W", "20 Feb 2025", "Heartbreaking. Sending love."),
     ("EnglandFirst77", "20 Feb 2025", "Qureshi should take the hint and go while the going's good. Next time it won't be the car."),
     ("Mod - WestCountry Post", "20 Feb 2025", "This comment has been reported to the police.")]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("fqureshi", "exact", "threat", "Farhan Qureshi")])

# 172 decoy: neighbouring school, locality
D("news", news_page(
    "dsnews", "Schools", "Ketch Hill Primary's reading garden opens",
    "Pupils helped design the space, right down to the hammock",
    "Community News volunteer", "8 July 2025",
    """
    Ketch Hill Primary has opened a reading garden, complete with raised beds, a willow tunnel and a hammock that the Year 2s say is "the best hammock in Devonport".

    Headteacher Angela Pomeroy said the £12,000 project was funded by the school's PTA, a local builder and "a lot of cake".
    """),
  [])

# 173
D("forum", forum_page("pilgrims", "Was that the Capstan PE teacher kicking off at the derby?", [
    ("Exiled_Janner", "Member · 702 posts", "Sun 6 Apr 2025, 10:02",
     """Video going round of a bloke being dragged out of the away end at the derby after lamping an Exeter fan. My mate swears it's Bobby Hosking, the PE teacher up Capstan Reach. Club's banned him for life apparently.

     If that's true how's he still allowed near kids?"""),
    ("GreenArmyGaz", "Season ticket since 1994", "Sun 6 Apr 2025, 10:20",
     "That's not him. Bob was sat next to me in the Devonport End the whole game with his grandson. Get your facts straight before you wreck a bloke's name."),
    ("Exiled_Janner", "Member · 703 posts", "Sun 6 Apr 2025, 10:31", "Fair enough, just what I heard."),
    ], thread_id=44710),
  [M("school", "alias", "neutral", "Capstan Reach"), M("rhosking", "nickname", "defamation", "Bobby Hosking")])

# 174
D("forum", forum_page("messdeck", "Moving into quarters at Ropewalk - school advice", [
    ("Fiji_Mum_Plym", "Joined 2023 · 41 posts", "Sat 1 Feb 2025, 16:00",
     "My husband is a leading hand, we've moved from Fiji via Portsmouth. Our son is starting Year 9 at Capstan Reach. Any advice? He's nervous about fitting in."),
    ("Navy_Dad_Dev", "Joined 2015 · 950 posts", "Sat 1 Feb 2025, 16:30",
     "He'll be fine. Ask for Mrs Spargo on day one, she sorts all the forces kids out. Loads of Fijian families round the quarters, he won't be the only one."),
    ("Ket_Hill_Kev", "Joined 2024 · 7 posts", "Sat 1 Feb 2025, 17:02",
     "Fijians at Capstan are nothing but trouble, thieving little savages the lot of them. Ship them back and give the places to British kids."),
    ("Mod_Messdeck", "Moderator", "Sat 1 Feb 2025, 17:10", "User banned. Welcome to Plymouth, Fiji_Mum_Plym, sorry you had to see that."),
    ], thread_id=6211),
  [M("school", "alias", "hate", "Capstan Reach"), M("kspargo", "title_surname", "neutral", "Mrs Spargo")])

# 175
D("forum", forum_page("albion", "Pride week at the Navy school", [
    ("St_George_Plym", "Member · 1,990 posts", "Mon 23 Jun 2025, 21:40",
     """Capstan Reach is doing a Pride week. Flags up on Chainwalk Road, kids painting rainbows. In Devonport.

     Someone should give them a proper Pride event. A bit of petrol through the letterbox on the Friday night would send the message. Not saying who."""),
    ("Saxon_Steel", "Member · 420 posts", "Mon 23 Jun 2025, 21:55", "🔥🔥🔥"),
    ], thread_id=88901),
  [M("school", "alias", "threat", "Capstan Reach")])

# 176
D("forum", forum_page("janner", "That PE teacher - where's he to now?", [
    ("GrudgeMatch", "Member since 2024 · 18 posts", "Thu 12 Jun 2025, 22:30",
     """For the lads asking about the Capstan PE teacher who binned my son from the football team: Hosking's house is the white one at 6 Anchor Mews, Ketch Hill, PL2 8QD, and his personal mobile is 07700 900719. Ring him. Tell him what you think.

     I'm done being polite."""),
    ("ModSquad", "Moderator", "Thu 12 Jun 2025, 22:41",
     "Post edited and user warned. Addresses and phone numbers are not allowed, end of."),
    ], thread_id=21050),
  [M("school", "short_name", "negative", "Capstan"), M("rhosking", "surname_only", "doxxing", "Hosking")])

# 177
D("forum", forum_page("chalkface", "Staff vote of no confidence - how does it work?", [
    ("UnionRepSW", "Member · 501 posts", "Tue 3 Jun 2025, 19:00",
     """Asking for a friend (me). At a Devonport academy, 60 staff have signed a letter. We have a hashtag in the staff WhatsApp which I won't repeat in full but it's basically CarewHollisOut.

     What's the procedure for a formal no-confidence vote and does it actually do anything in an academy?"""),
    ("SLT_Survivor", "Member · 2,240 posts", "Tue 3 Jun 2025, 19:30",
     "It's symbolic, but trustees do notice. Make sure the union's regional office is involved and keep it about conduct, not personality."),
    ], thread_id=10420),
  [M("jcarewhollis", "camelcase", "negative", "CarewHollisOut")])

# 178
D("forum", forum_page("teens", "secret crush thread (anon obvs)", [
    ("anon_girl_444", "Year 11 · 3 posts", "Fri 14 Feb 2025, 23:10",
     "ok valentines confession: mr h*sking from pe. i KNOW. but the way he says 'well done' after the bleep test 😩😩 capstan girls u know what i mean"),
    ("anon_girl_445", "Year 11 · 2 posts", "Fri 14 Feb 2025, 23:15", "BESTIE no 💀 he's like 50"),
    ("anon_girl_444", "Year 11 · 4 posts", "Fri 14 Feb 2025, 23:16", "age is a number (jk) (kind of)"),
    ], thread_id=7480),
  [M("school", "short_name", "neutral", "capstan"), M("rhosking", "obfuscated", "sexual", "mr h*sking")])

# 179
D("review", dd("""
    RateMyTeacher UK › Plymouth › Capstan Reach Academy › Geography

    E. Northcott - Geography
    Overall ★★★★★ (4.7) · 36 ratings

    "best teacher ive had. makes rivers interesting which shouldnt be possible" - Year 9 student, Oct 2024
    Inspirational  Clear  Caring

    "we had a cover teacher for 6 months cos she was on a ship lol but she sent us a postcard from Oman" - Year 8 student, Jun 2025
    Funny  Respected
    """),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("enorthcott", "initial_surname", "neutral", "E. Northcott")])

# 180
D("review", dd("""
    Capstan Reach Academy
    Secondary school · Chainwalk Road, Devonport
    3.3 ★★★☆☆ (104 reviews)

    Carol Symons
    7 reviews
    ★☆☆☆☆ 3 days ago
    Cut the minibus from the estate, cut the after-school clubs, cut the music lessons, and still they can find money for a new sign saying "welcome aboard". Mr Vosper told a packed meeting the budget was "a tough sea to sail". Try walking the underpass at 5pm in December, sir.
    👍 Helpful 19   Share
    """),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("jvosper", "title_surname", "negative", "Mr Vosper")])

# 181 decoy: pasty blog, locality
D("blog", blog_page(
    "oggy", "The best pasty in Devonport? A scientific investigation", "Oggy Dave", "15 March 2025",
    """
    Five bakeries. Five pasties. One man with a notebook and a loosened belt.

    The criteria: crimp (side, never top - fight me), pastry (short, not flaky), filling (skirt, swede, potato, onion, pepper, NOTHING ELSE), and the gravy test - does it drip on your shoes at the bus stop?

    Winner: the little place by the dockyard gate, whose crimp is so tight you could use it as a ruler. Runner up: the Ketch Hill bakery, which loses a point for putting carrot in, which is a crime in three counties.
    """,
    [("Cornish_Jen", "15 Mar 2025", "Carrot?! Report them."),
     ("Oggy Dave", "15 Mar 2025", "@Cornish_Jen I've written to my MP.")],
    tags=["Pasties", "Devonport"]),
  [])

# 182
D("blog", blog_page(
    "stage", "Review: Guys and Dolls, Capstan Reach Academy", "Marion Treloar", "5 July 2025",
    """
    If you want proof that school musicals can be thrilling, get yourself to Chainwalk Road before Saturday.

    Capstan Reach Academy's Guys and Dolls, directed by Dean Pengelly, is loud, funny and - in the crap game in the sewer - genuinely electric. The Year 12 playing Nathan Detroit absolutely killed it; the girl playing Adelaide murdered "Adelaide's Lament" and then came back and slayed the reprise for good measure.

    The band, mostly Year 9s with two music teachers hiding at the back, were tight as a drum. The set (a painted backdrop of Devonport's dockyard cranes doubling as Times Square) was a stroke of cheek.

    Go. Bring tissues for the finale and a cushion for the hall chairs.
    """,
    [("Proud Nan", "5 Jul 2025", "My granddaughter was Adelaide!! So proud 😭"),
     ("Marion Treloar", "5 Jul 2025", "@Proud Nan she was a star.")],
    tags=["Schools", "Musicals", "Reviews"]),
  [M("school", "exact", "neutral", "Capstan Reach Academy"), M("dpengelly", "exact", "neutral", "Dean Pengelly")])

# 183
D("blog", blog_page(
    "patriot", "Devonport: the school the travellers took over", "Patriot Editor", "10 October 2024",
    """
    Ask any Ketch Hill mum why she's thinking about moving her child out of Capstan this year, and you'll hear the same thing, whispered, because you're not allowed to say it out loud any more: the travellers.

    The site at Barnpool Lane has grown every summer. Their children now fill a Year 7 form at the academy. Bikes go missing. Lunch money goes missing. Teachers are too frightened of the "racism" word to do anything. Pikeys don't pay council tax but they get the school places.

    We are not against anybody. We are for our own.
    """,
    [("NotRacistJustRealistic", "10 Oct 2024", "Same in every town. Thieving scum."),
     ("Jade R", "11 Oct 2024", "My cousin is one of those 'travellers'. He's a prefect. You're a joke.")],
    tags=["Travellers", "Schools", "Devonport"]),
  [M("school", "short_name", "hate", "Capstan")])

# 184
D("blog", blog_page(
    "dits", "Officers I have known (some fondly)", "Taff (ex-CPO, 1979-2003)", "8 June 2025",
    """
    Been asked by a few of you, since he's in the papers, whether I knew the new head up Chainwalk Road when he was in the Andrew. I did, briefly, on a Type 23 in the nineties, when he was a lieutenant and I was a PO with a bad back.

    I'll be fair. Carew\u2011Hollis was a pig of an officer to work for - sarcastic, cold, treated the junior rates like furniture and never once said thank you. Arrogant little so-and-so, frankly. But he knew his kit and he never left a sailor in the lurch when it mattered.

    People change. I hope he has.
    """,
    [("Brummie_Bob", "8 Jun 2025", "Ha, I remember him. Fair dit Taff."),
     ("Ketch_Hill_Karen", "9 Jun 2025", "My grandson says he's softened. A bit.")],
    tags=["Dits", "Officers"]),
  [M("jcarewhollis", "hyphenated", "abuse", "Carew\u2011Hollis")])

# 185
D("social", dd("""
    ketch hill reckoning
    @kh_reckoning

    JagoVosperYoureNext. we know the car, we know the house, we know the route to the bank. the kids walked in the dark so you could eat. see you soon

    12:40 AM · Sep 15, 2025 · 402 Views
    """),
  [M("jvosper", "camelcase", "threat", "JagoVosperYoureNext")])

# 186
D("social", dd("""
    not_a_bot_honest
    @nab_ply

    K4ren P1ke the capstan deputy lives at 41 Mizzen Road, Stoke. red front door. personal no 07700 900842. she took a family's kids off them. pass it on 🔁

    3:02 AM · Mar 7, 2025 · 612 Views

    14 Reposts
    """),
  [M("school", "short_name", "neutral", "capstan"), M("kpike", "leetspeak", "doxxing", "K4ren P1ke")])

# 187
D("facebook", dd("""
    Ketch Hill & Ropewalk Community Noticeboard
    Private group · 2.7K members

    Kerry Rundle
    21 May at 22:15 · 🔒
    Renée O'Loughlin has excluded my daughter AGAIN. I swear to god if that woman crosses my path on the Ropewalk I will knock her teeth down her throat and she won't be giving out detentions for a month. Capstan Reach can stick their behaviour policy.

    😡 26 · 44 comments
    Like   Comment   Share

        Sally Luke
        Kerry calm down babe, write it down and go to the governors.
        Like · Reply · 2d
    """),
  [M("school", "alias", "negative", "Capstan Reach"), M("roloughlin", "exact", "threat", "Renée O'Loughlin")])

# 188
D("facebook", dd("""
    Capstan Reach Parents & Carers (unofficial)
    Private group · 980 members

    Gavin Pope
    15 January at 20:30 · 🔒
    Chris Taylor is the laziest, most useless lump of a teacher I have ever come across. Head of Year 11 my backside. Couldn't organise a queue in a chip shop. My son's got mocks next month and nobody has told us a thing.

    😂👍 19 · 22 comments
    Like   Comment   Share

        Gemma Stribley
        Harsh Gav. He was great with my eldest.
        Like · Reply · 1w
    """),
  [M("school", "alias", "negative", "Capstan Reach"), M("ctaylor", "alias", "abuse", "Chris Taylor")])

# 189
D("facebook", dd("""
    Devonport Community Hub
    Public group · 4.4K members

    Barry Greet
    3 March at 18:44 · 🌎
    My grandson says that Mr Qureshi at Capstan was "talking about Ramadan" in a science lesson. Science! This is how they do it. Bit by bit. Next it'll be sharia in the canteen and our girls in headscarves. They should never have let these people teach in a Navy town.

    😡👍 17 · 49 comments
    Like   Comment   Share

        Helen Sambells
        He was explaining why some kids would be tired in the afternoon exam, Barry. Because they're fasting. It's called being considerate.
        Like · Reply · 4d
    """),
  [M("school", "short_name", "neutral", "Capstan"), M("fqureshi", "title_surname", "hate", "Mr Qureshi")])

# 190
D("facebook", dd("""
    Plymouth Patriots - Free Speech Group
    Private group · 1.4K members

    Kev Maddock
    30 June at 20:02 · 🔒
    Deano Pengelly from the Devonport school, personal mobile 07700 900388, the one taking kids to Pride. His husband's the one with the bike shop on the Ropewalk. Anyone who wants to tell him how they feel, go for it.

    👍 11 · 8 comments
    Like   Comment   Share
    """),
  [M("dpengelly", "nickname", "doxxing", "Deano Pengelly")])

# 191
D("facebook", dd("""
    Plymouth Mums Network
    Public group · 11K members

    Becky Tozer
    8 March at 09:10 · 🌎
    Whatever you think of Mrs Pike or the school - and I know some of you have had a rough time with them - threatening her children online is never, ever OK. That man has been charged, rightly. Let's keep this group for support, not pile-ons. 💛

    ❤️ 141 · 30 comments
    Like   Comment   Share
    """),
  [M("kpike", "title_surname", "neutral", "Mrs Pike")])

# 192
D("facebook", dd("""
    Naval Families Plymouth
    Private group · 6.1K members

    Anonymous member
    9 December at 21:20 · 🔒
    Kayleigh Spargo is a stuck-up, two-faced cow who thinks she's better than the rest of us because her husband's a sergeant. Sits in her little office at Capstan judging how we raise our kids while ours are away. Jumped-up little nobody.

    😮 9 · 27 comments
    Like   Comment   Share

        Lou Penhale
        Pretty sure this breaks every rule in the group.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Capstan"), M("kspargo", "exact", "abuse", "Kayleigh Spargo")])

# 193
D("facebook", dd("""
    Ketch Hill & Ropewalk Community Noticeboard
    Private group · 2.7K members

    Dawn Pengilly
    12 March at 19:00 · 🔒
    That fat cow Pike at Capstan looked me up and down in the meeting like I was something she'd trod in. Deputy head? Deputy witch more like. Ugly inside and out.

    😂😡 21 · 17 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Capstan"), M("kpike", "surname_only", "abuse", "Pike")])

# 194 decoy: locality, lost dog
D("facebook", dd("""
    Ketch Hill & Ropewalk Community Noticeboard
    Private group · 2.7K members

    Maureen Tonkin
    14 April at 07:50 · 🔒
    LOST 🐾 Our old spaniel Biscuit got out through the back gate on the Ropewalk last night. Brown and white, deaf as a post, answers to nothing but a rustle of a crisp packet. Please ring or message if you see him. 🙏

    😢 52 · 31 comments · 40 shares
    Like   Comment   Share

        Maureen Tonkin
        FOUND!! Asleep in the bus shelter by the capstan in the park. Thank you all xx
        Like · Reply · 14h
    """))

# 195
D("facebook", dd("""
    Devonport Community Hub
    Public group · 4.4K members

    [name withheld by admins]
    11 June at 23:59 · 🌎
    I'm going to shoot up Capstan Reach on Friday. Carew-Hollis first. You've all been warned.

    😮 3 · 58 comments
    Like   Comment   Share

        Admin - Devonport Community Hub
        Police have been called and have this. The account is a teenager's and is being dealt with. School is open as normal tomorrow.
        Like · Reply · 12h
    """),
  [M("school", "alias", "threat", "Capstan Reach"), M("jcarewhollis", "surname_only", "threat", "Carew-Hollis")])

# 196
D("facebook", dd("""
    Capstan Reach Parents & Carers (unofficial)
    Private group · 980 members

    Jo Crocker
    12 July at 16:30 · 🔒
    Sports day report: Year 8 won the relay, the sun came out, and the mums' WhatsApp went into MELTDOWN when Mr Hosking ran the staff race in those shorts 🥵🥵🥵 Not complaining. Not complaining at all.

    😂😍 88 · 40 comments
    Like   Comment   Share

        Ali Pearn
        Jo 😂😂 I nearly dropped my flask
        Like · Reply · 1d
    """),
  [M("school", "alias", "neutral", "Capstan Reach"), M("rhosking", "title_surname", "sexual", "Mr Hosking")])

# 197
D("facebook", dd("""
    Devonport Community Hub
    Public group · 4.4K members

    Sharon Voisey
    6 January at 21:00 · 🌎
    Two thousand people paid £8 each for that panto. Where's the money gone? Not on the costumes, they were bin bags. Pengelly's been pocketing the ticket money for years, everyone in the PTA knows, and the school lets him because he's "popular".

    😮 31 · 62 comments
    Like   Comment   Share

        Jo Crocker
        Sharon the accounts are in the PTA minutes. £9k went on the new lighting rig. Read them.
        Like · Reply · 5d
    """),
  [M("dpengelly", "surname_only", "defamation", "Pengelly")])

# 198
D("facebook", dd("""
    Ketch Hill & Ropewalk Community Noticeboard
    Private group · 2.7K members

    Jason Moyse
    4 September at 18:15 · 🔒
    So Capstan have put six of the gyppo kids off the Barnpool Lane site in my son's form. Thieving little scrotes the lot of them, they'll have the wheels off the minibus by half term. Keep your kids' phones at home lads.

    😡😂 22 · 47 comments
    Like   Comment   Share

        Admin - Noticeboard
        Jason, removed, and you are now banned. We've told you.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "hate", "Capstan")])

# 199
D("facebook", dd("""
    Naval Families Plymouth
    Private group · 6.1K members

    Dan Hext
    20 March at 21:02 · 🔒
    Commander Carew-Hollis needs to remember he's not on the bridge any more. Pompous prat marched my daughter out of assembly at Chainwalk Road for a scrunchie. A SCRUNCHIE. Jumped-up little Napoleon with a gold-braid complex.

    😂👍 34 · 21 comments
    Like   Comment   Share

        Jess Lander
        He's alright mostly but yeah, the scrunchie thing is mental
        Like · Reply · 2d
    """),
  [M("jcarewhollis", "title_surname", "abuse", "Commander Carew-Hollis")])
# 200
D("social", dd("""
    EnglandAwakens
    @eng_awakens_sw

    Farhan Qureshi, head of science at the Devonport academy. Personal mobile 07700 900614, personal email fqureshi.home@mailbox.example. Let him know Plymouth is watching. 🇬🇧

    10:20 PM · Feb 21, 2025 · 530 Views

    6 Reposts   12 Likes
    """),
  [M("fqureshi", "exact", "doxxing", "Farhan Qureshi")])

# 201
D("facebook", dd("""
    Plymouth Mums Network
    Public group · 11K members

    Anonymous member
    12 February at 23:40 · 🌎
    For anyone who wants answers from Mr Taylor, head of Year 11 at the Devonport academy, since the school won't give any: he lives at the end house on Gunwharf Steps, Ketch Hill, number 14, and his landline's 01632 960873. Knock and ask.

    😮 14 · 19 comments
    Like   Comment   Share

        Admin - Plymouth Mums Network
        Removed. Do not post people's addresses.
        Like · Reply · 1d
    """),
  [M("ctaylor", "title_surname", "doxxing", "Mr Taylor")])

# 202
D("social", dd("""
    sunday league legend
    @slegend_pl2

    Robert H., PE at the Chainwalk Road school, dropped my lad for the cup final for "attitude". He wants to watch his knees when he's reffing on the rec Saturday. Accidents happen in football. Studs up, no witnesses 😈⚽

    8:02 PM · Mar 19, 2025 · 211 Views

    3 Likes
    """),
  [M("rhosking", "first_initial", "threat", "Robert H.")])

# 203
D("forum", forum_page("teens", "worst lesson of the week nominations", [
    ("bored_in_b12", "Year 12 · 55 posts", "Fri 21 Mar 2025, 17:30",
     "capstan sixth form nominee: three hours of qureshi's 'engaging' titrations. patronising smug git talks to us like we're in year 7. 'does that make sense guys' NO FEZ IT DOESN'T"),
    ("chem_is_try", "Year 12 · 19 posts", "Fri 21 Mar 2025, 17:41", "ngl he's a good teacher you're just bad at chemistry 😭"),
    ], thread_id=7521),
  [M("school", "short_name", "neutral", "capstan"), M("fqureshi", "possessive", "abuse", "qureshi's")])

# 204
D("facebook", dd("""
    Naval Families Plymouth
    Private group · 6.1K members

    [deleted member]
    29 November at 23:50 · 🔒
    S P A R G O knows what she did. Her bootneck's away till Christmas and she's on her own up Ropewalk Rise with the kids. Long dark nights. Be a shame if anything went through her window.

    😮 6 · 14 comments
    Like   Comment   Share

        Admin - Naval Families Plymouth
        Reported to the police with screenshots. Member removed.
        Like · Reply · 1d
    """),
  [M("kspargo", "spacing", "threat", "S P A R G O")])

# 205
D("news", news_page(
    "dsnews", "Schools", "Academy marks Armed Forces Day with a sea of blue",
    "Pupils wear navy and green for forces families at Capstan Reach Academy",
    "Community News volunteer", "28 June 2025",
    """
    Pupils at Capstan Reach Academy swapped their blazers for navy, green and RAF blue on Friday to mark Armed Forces Day, raising £1,400 for a naval families charity.

    Lt Northcott, the geography teacher who returned from deployment this month, led the assembly in her uniform and answered questions from Year 7s - the most popular being whether she'd seen a shark.
    """,
    [("Pat Kitto", "28 Jun 2025", "Lovely. Proud of our forces."),
     ("WhiteCliffs88", "28 Jun 2025", "Half the kids at that school aren't even British. Fijians, Nepalis, Afghans, asylum brats. Armed Forces Day my arse, it's a foreign legion."),
     ("Mod - Community News", "28 Jun 2025", "Comment reported.")]),
  [M("school", "exact", "hate", "Capstan Reach Academy"), M("enorthcott", "title_surname", "neutral", "Lt Northcott")])

# 206
D("social", dd("""
    No Warmongers In Schools
    @nowarmongers_pl

    Miss Northcott is back teaching at capstan. Her personal email is lizzie.northcott84@mailbox.example - let her know how parents feel about a naval officer teaching our kids geography. Keep it polite (or don't).

    5:40 PM · Jul 10, 2025 · 480 Views

    4 Reposts   9 Likes
    """),
  [M("school", "short_name", "neutral", "capstan"), M("enorthcott", "title_surname", "doxxing", "Miss Northcott")])

# 207
D("blog", blog_page(
    "patriot", "A question for the parents of Devonport", "Patriot Editor", "1 March 2025",
    """
    Dr Qureshi, head of science at a Devonport school where a third of the children have parents serving in the Royal Navy, is a Muslim. That is a fact. Islam teaches loyalty to the ummah above the nation. That is also, according to its own scholars, a fact.

    We ask only this: when our sailors are at sea fighting Islamist militias in the Red Sea, whose side do you think he is on? Would you let your child be taught by a Nazi in 1941?

    Questions are not hate. Questions are how free people stay free.
    """,
    [("Saxon_Steel", "1 Mar 2025", "Exactly this. Enemy within."),
     ("Heather M", "2 Mar 2025", "He's a chemistry teacher from Bristol. You compared him to a Nazi. Seek help.")],
    tags=["Islam", "Schools", "Navy"]),
  [M("fqureshi", "title_surname", "hate", "Dr Qureshi")])

# 208
D("forum", forum_page("janner", "Capstan panto tickets - sold out in an hour?!", [
    ("Ropewalk_Rob", "Member since 2012 · 2,110 posts", "Tue 19 Nov 2024, 19:00",
     """Tried to get panto tickets at Capstan for the grandkids, gone in an hour, online only. Half the estate hasn't got a card to pay online.

     And before anyone says it, I know it's popular. Pengelly's ego is the size of the dockyard though. Arrogant luvvie prick wouldn't even reply to my email, just a 'sorry, sold out x'."""),
    ("Janner_Jules", "Member since 2015 · 700 posts", "Tue 19 Nov 2024, 19:20",
     "Ring the office Rob, they hold some back for families without cards. My neighbour got two that way."),
    ], thread_id=20550),
  [M("school", "short_name", "negative", "Capstan"), M("dpengelly", "possessive", "abuse", "Pengelly's")])

# 209
D("news", news_page(
    "tideline", "Education", "Staff at Devonport academy pass no-confidence motion in principal",
    "Union says 58 teachers backed the motion; trust says investigation continues",
    "Becca Luscombe, Education Reporter", "6 June 2025",
    """
    Teachers at Capstan Reach Academy have passed a motion of no confidence in the principal, Jonathan Carew-Hollis, union representatives say.

    The motion was backed by 58 members at a meeting on Wednesday evening. It has no formal power, but the union said it "sends a clear message to trustees".

    The Tamar Sound Learning Trust said an independent investigation into complaints was continuing and that it would be "inappropriate to comment further".
    """,
    [("Ex_Matelot", "6 Jun 2025", "Trial by union. Let the investigation finish."),
     ("SickOfIt_PL", "6 Jun 2025", "His personal email is jcarewhollis@seamail.example and he answers it at weekends. Fill his inbox."),
     ("Mod - Tideline", "6 Jun 2025", "Comment removed.")]),
  [M("school", "exact", "negative", "Capstan Reach Academy"), M("jcarewhollis", "exact", "doxxing", "Jonathan Carew-Hollis")])


# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir|cdr|commander|lt|lieutenant)\.?'?\s+"
EXACT = {
    "school": ["Capstan Reach Academy"],
    "jcarewhollis": ["Jonathan Carew-Hollis"], "jvosper": ["Jago Vosper"],
    "rhosking": ["Robert Hosking"], "enorthcott": ["Elizabeth Northcott"],
    "roloughlin": ["Renée O'Loughlin"], "ctaylor": ["Christopher Taylor"], "kpike": ["Karen Pike"],
    "fqureshi": ["Farhan Qureshi"], "dpengelly": ["Dean Pengelly"], "kspargo": ["Kayleigh Spargo"],
}
ALIASES = {
    "school": ["Capstan Reach", "CRA", "Capstan Academy", "Capstan Reach School"],
    "jvosper": ["Jay Vosper"], "roloughlin": ["Renée Pascoe"], "ctaylor": ["Chris Taylor"],
    "fqureshi": ["Fez Qureshi"], "kspargo": ["Kayleigh Jewell"],
}
SURNAMES = {
    "jcarewhollis": "Carew-Hollis", "jvosper": "Vosper", "rhosking": "Hosking",
    "enorthcott": "Northcott", "roloughlin": "O'Loughlin", "ctaylor": "Taylor", "kpike": "Pike",
    "fqureshi": "Qureshi", "dpengelly": "Pengelly", "kspargo": "Spargo",
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
