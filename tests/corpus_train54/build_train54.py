#!/usr/bin/env python3
# ruff: noqa: E501, E741, W291
"""Build the train54 labelled evaluation corpus for the repwatch matcher.

Setting
    Akalgarh Khalsa Academy, an invented Sikh-ethos voluntary-aided secondary free school
    (11-18, about 1,050 pupils) on the invented Tarn Lane, between Southall and Norwood
    Green in west London, close to the Hounslow border and under the Heathrow flight path.
    Its foundation body is the (invented) Sri Nirbhau Sahib Gurdwara Education Trust,
    run from the invented Sutlej Road gurdwara, so gurdwara committee politics leak into school
    business; the head is "Principal"; there is a prize-winning bhangra team and daily langar.
    Published office number 020 7946 0318; own site akalgarhkhalsa.example.
    School aliases: "Akal" (everyday word in Punjabi, and the name of a sweet centre,
    a minicab firm and a kabaddi club), "AKA" (acronym shared with "also known as",
    the Alperton Kabaddi Association and Ashford Karate Academy), "Akalgarh Academy",
    "Akalgarh Khalsa". "Akalgarh" alone is labelled short_name.

Staff (watchlist ids and the variant traits they carry)
    hsandhugrewal  Dr Harjit Sandhu-Grewal, Principal. Hyphenated double-barrelled surname
                   (written "Sandhu Grewal", "Sandhu–Grewal"); nickname "Harry";
                   alias "Harjit Grewal" (the name he used before the hyphen). Accused of
                   nepotism online.
    krattanpal     Kuldip Rattanpal, School Business Manager. The unique name (counts
                   without school context). Alias "Kuldeep Rattanpal".
    roduya         Robert Oduya, Head of Maths. Nickname-able first name (Rob, Bob, Bobby).
    rdsouza        Renée D'Souza, Head of English. Apostrophe and accent; alias
                   "Renée Fernandes" (maiden name).
    mkaur          Manpreet Kaur, Head of Year 9. The very common name; namesakes
                   appear in decoys (see below). Alias "Preeti Kaur" (what staff call her).
    dchurch        Daniel Church, Deputy Head and DSL. Surname is an everyday word
                   (churches in Southall, Church Road).
    bheer          Balwinder Singh Heer, Head of Sikh Studies (Gurmat) and a gurdwara granthi.
                   Aliases "Giani Heer" and "Balwinder Heer"; nicknames "Ballu", "Bal";
                   "Heer" alone also names the Heer Ranjha folk tale.
    sdhaliwal      Simran Dhaliwal, Head of Music, runs the bhangra team. Nickname "Simmy".
    zhafeez        Zubair Hafeez, Head of Science. Nickname "Zubi".
    kmcallister    Kirsty McAllister, Admissions and Office Manager. Alias "Kirsty Mac".

Voices
    Southall and Hounslow local news with comment threads, a community Punjabi-English
    weekly, an education trade paper, a national daily, parents', teachers', Sikh,
    sixth-form, residents' and plane-spotting forums, a gurdwara-politics blog, a bhangra
    blog, a far-right "patriot" blog, a mum blog, a teacher's blog, a food blog, school and
    employer reviews, X/Instagram/TikTok posts and Facebook community groups with
    WhatsApp screenshots pasted in. Desi London slang (bare, innit, wagwan, peak, paro, gora, fam, bruv),
    Punjabi words (ji, sat sri akal, waheguru, seva, langar, gurdwara, pind, behenji,
    paaji), emoji, typos, sarcasm, dog whistles, veiled threats and insinuation;
    anti-Sikh and misdirected Islamophobic abuse, turban and kara rows.

Decoys
    Akal Sweet Centre, Akal Cars (Heathrow minicabs), Akalgarh Banqueting Suite and
    akalgarhbanqueting.example (all excluded); the Alperton Kabaddi Association and the
    Ashford Karate Academy (AKA); "aka" as "also known as" on a Heathrow spotters' forum;
    the Heer Ranjha folk tale; a church on Church Road; namesakes called Manpreet Kaur
    (a Slough runner, a Hayes dentist, a Slough councillor) and Daniel Church (a Feltham
    boxer, a Reading allotment holder) clearly elsewhere; Norwood Green parking, Heathrow
    noise and airport jobs with no school in them; a neighbouring Sikh school elsewhere
    (Sarbloh Khalsa School in Slough). All streets used in doxxing posts are invented.

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
    python3 tests/corpus_train54/build_train54.py
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
MIN_DOCS = 180

CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
VARIANTS = [
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
]
SUBJECTS = [
    "school", "hsandhugrewal", "krattanpal", "roduya", "rdsouza", "mkaur",
    "dchurch", "bheer", "sdhaliwal", "zhafeez", "kmcallister",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["akalgarh"],
    "hsandhugrewal": ["sandhu-grewal", "sandhu grewal", "sandhugrewal", "harjit grewal"],
    "krattanpal": ["rattanpal"],
    "roduya": ["oduya"],
    "rdsouza": ["souza", "renee fernandes"],
    "bheer": ["balwinder singh heer", "balwinder heer", "giani heer"],
    "sdhaliwal": ["dhaliwal"],
    "zhafeez": ["hafeez"],
    "kmcallister": ["mcallister"],
}
EXCLUDES = ["Akal Sweet Centre", "Akal Cars", "Akalgarh Banqueting Suite", "akalgarhbanqueting.example"]

WATCHLIST = """\
# Watchlist for the invented Akalgarh Khalsa Academy (train54 corpus). All names are fictional.
[school]
name = "Akalgarh Khalsa Academy"
aliases = ["Akal", "AKA", "Akalgarh Academy", "Akalgarh Khalsa"]
locality = ["Southall", "Norwood Green", "Hounslow", "Tarn Lane"]
own_domains = ["akalgarhkhalsa.example"]
phones = ["020 7946 0318"]

[[staff]]
id = "hsandhugrewal"
name = "Harjit Sandhu-Grewal"
role = "Principal"
aliases = ["Harjit Grewal"]
line_manager = "chair.governors@akalgarhkhalsa.example"

[[staff]]
id = "krattanpal"
name = "Kuldip Rattanpal"
role = "School Business Manager"
aliases = ["Kuldeep Rattanpal"]
unique = true
line_manager = "principal@akalgarhkhalsa.example"

[[staff]]
id = "roduya"
name = "Robert Oduya"
role = "Head of Maths"
line_manager = "deputy.curriculum@akalgarhkhalsa.example"

[[staff]]
id = "rdsouza"
name = "Renée D'Souza"
role = "Head of English"
aliases = ["Renée Fernandes"]
line_manager = "deputy.curriculum@akalgarhkhalsa.example"

[[staff]]
id = "mkaur"
name = "Manpreet Kaur"
role = "Head of Year 9"
aliases = ["Preeti Kaur"]
line_manager = "dsl@akalgarhkhalsa.example"

[[staff]]
id = "dchurch"
name = "Daniel Church"
role = "Deputy Head and Designated Safeguarding Lead"
line_manager = "principal@akalgarhkhalsa.example"

[[staff]]
id = "bheer"
name = "Balwinder Singh Heer"
role = "Head of Sikh Studies"
aliases = ["Giani Heer", "Balwinder Heer"]
line_manager = "principal@akalgarhkhalsa.example"

[[staff]]
id = "sdhaliwal"
name = "Simran Dhaliwal"
role = "Head of Music"
line_manager = "deputy.curriculum@akalgarhkhalsa.example"

[[staff]]
id = "zhafeez"
name = "Zubair Hafeez"
role = "Head of Science"
line_manager = "deputy.curriculum@akalgarhkhalsa.example"

[[staff]]
id = "kmcallister"
name = "Kirsty McAllister"
role = "Admissions and Office Manager"
aliases = ["Kirsty Mac"]
line_manager = "sbm@akalgarhkhalsa.example"

[[exclude]]
text = "Akal Sweet Centre"

[[exclude]]
text = "Akal Cars"

[[exclude]]
text = "Akalgarh Banqueting Suite"

[[exclude]]
domain = "akalgarhbanqueting.example"
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
    "gazette": dict(
        name="Ealing & Southall Gazette", domain="esgazette.example",
        nav=["News", "Sport", "Schools", "Courts", "What's On", "Property"],
        most=["Broadway parking charges to double", "Southall Park fun fair dates confirmed",
              "Pictures: Vaisakhi nagar kirtan draws thousands", "Flight path consultation reopens"],
        footer="Ealing & Southall Gazette is part of Westway Local Media Ltd. Regulated by IPSO."),
    "chronicle": dict(
        name="Hounslow Chronicle", domain="hounslowchronicle.example",
        nav=["Home", "Local", "Heathrow", "Schools", "Crime", "Letters"],
        most=["Heathrow third runway: what it means for Cranford", "Bus 120 diverted for roadworks",
              "Bedfont takeaway shut after hygiene visit", "Letters: the Great West Road is a car park"],
        footer="© Hounslow Chronicle. Newsdesk: 020 7946 0772. Serving west London since 1921."),
    "punjabweekly": dict(
        name="Des Pardes Weekly", domain="despardesweekly.example",
        nav=["UK Punjabi", "Gurdwaras", "Panjab", "Business", "Bhangra & Culture", "Matrimonial"],
        most=["Kabaddi cup final: Alperton edge Wolverhampton", "Gurdwara election turnout record",
              "Recipe: Biji's sarson da saag", "Visa delays hit Punjab weddings"],
        footer="Des Pardes Weekly · The voice of British Punjabis · Advertise with us · Letters to the editor"),
    "schoolsweek": dict(
        name="Classroom Review", domain="classroomreview.example",
        nav=["News", "Free schools", "Academies", "Leadership", "Opinion", "Jobs"],
        most=["Faith free schools: the admissions data", "Ofsted framework changes explained",
              "Trust CEO pay: the full list", "Opinion: why RE still matters"],
        footer="Classroom Review · Independent journalism for the schools sector · Terms · Privacy"),
    "courier": dict(
        name="Daily Courier", domain="dailycourier.example",
        nav=["UK", "World", "Politics", "Money", "Education", "Opinion", "Sport"],
        most=["Interest rates: what next?", "Heatwave warning for London",
              "Airport strike: flights cancelled", "Train fares to rise again"],
        footer="© Courier Media Group. Contact us · Complaints · Corrections · Sitemap"),
}

FORUM_SITES = {
    "parenthub": dict(name="ParentHub", domain="parenthub.example", tag="Talk: Education > Secondary (state)",
                      footer="ParentHub Ltd · Talk guidelines · Report a post · Privacy"),
    "desiforum": dict(name="DesiLondon Boards", domain="desilondon.example", tag="Boards > Southall & Hounslow > Schools",
                      footer="DesiLondon Boards · est. 2004 · Views are members' own. Be respectful, yaar."),
    "teachers": dict(name="StaffroomTalk", domain="staffroomtalk.example", tag="Forums > Free schools & faith schools",
                     footer="StaffroomTalk — anonymous support for teachers. Posts are not checked before publication."),
    "sikhnet": dict(name="Sangat Discussion", domain="sangatdiscussion.example", tag="Forums > Panth & Community > UK",
                    footer="Sangat Discussion · Please observe forum maryada · Moderators are volunteers."),
    "locals": dict(name="Norwood Green Residents", domain="ngresidents.example", tag="Boards > Local issues",
                   footer="Norwood Green Residents' Forum · Run by residents for residents."),
    "students": dict(name="SixthFormChat", domain="sixthformchat.example", tag="Forums > School life > London",
                     footer="SixthFormChat · Community guidelines · Safeguarding · Contact mods"),
    "plane": dict(name="HeathrowSpotters", domain="heathrowspotters.example", tag="Forums > Heathrow > General",
                  footer="HeathrowSpotters · Not affiliated with any airport or airline."),
}

BLOG_SITES = {
    "committee": dict(name="Gurdwara Gossip", domain="gurdwaragossip.example", tagline="What the committee won't tell the sangat",
                      side=["About", "Send us a tip", "Election watch", "Archive"]),
    "bhangra": dict(name="Dhol Diaries", domain="dholdiaries.example", tagline="UK bhangra, competitions and culture",
                    side=["Competitions", "Teams", "Videos", "About"]),
    "mumblog": dict(name="Chai & Chaos", domain="chaiandchaos.example", tagline="A Southall mum on school runs, in-laws and everything else",
                    side=["About me", "Recipes", "School stuff", "Contact"]),
    "patriot": dict(name="Albion Awake", domain="albionawake.example", tagline="Telling the truth about what's happened to our towns",
                    side=["Donate", "Our mission", "Latest"]),
    "edublog": dict(name="The Pastoral Pen", domain="pastoralpen.example", tagline="Safeguarding and wellbeing in schools",
                    side=["Resources", "Training", "About"]),
    "foodblog": dict(name="Broadway Bites", domain="broadwaybites.example", tagline="Eating my way down Southall Broadway",
                     side=["Reviews", "Map", "About"]),
    "teacherblog": dict(name="Notes from Room 14", domain="room14notes.example", tagline="An English teacher in west London",
                        side=["About", "Reading lists", "Archive"]),
    "planeblog": dict(name="Final Approach 27L", domain="finalapproach.example", tagline="Spotting and photography under the Heathrow flight path",
                      side=["Gallery", "Spotting spots", "About"]),
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
    "gazette", "Schools", "Akalgarh Khalsa Academy bhangra team crowned national champions",
    "Southall school's Year 10-13 squad beat 22 teams at the Midlands Bhangra Showdown",
    "Navdeep Sahota, Education Reporter", "14 March 2025",
    """
    The bhangra team from Akalgarh Khalsa Academy in Southall has been crowned national schools champions after a ten-minute set that judges called "fearless".

    The 16-strong squad, coached by head of music Simran Dhaliwal, beat 22 other teams at the Midlands Bhangra Showdown in Wolverhampton on Saturday. It is the first time a London school has won the title.

    "They absolutely smashed it," Ms Dhaliwal said. "The dhol players were rehearsing in the car park at seven in the morning in February. That's commitment."

    The Principal, Dr Harjit Sandhu-Grewal, said the whole school would celebrate with a special langar on Friday.
    """,
    [("SouthallBorn85", "14 Mar 2025, 18:20", "Shabash!! Proper proud of these kids 👏"),
     ("Gurm33t", "14 Mar 2025, 19:02", "My niece is in the team, she killed it on the final jhummar section. Bloody brilliant."),
     ("Ray_Hanwell", "15 Mar 2025, 08:11", "Lovely to see some good news from Southall for once.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("sdhaliwal", "exact", "neutral", "Simran Dhaliwal"),
   M("hsandhugrewal", "exact", "neutral", "Harjit Sandhu-Grewal")])

# 001
D("social", dd("""
    Jas 🦁
    @jassi_x_14

    bhangra team really went to wolves and DESTROYED everyone 😭😭🔥 simmy dhaliwal is a legend man, absolute weapon. akalgarh stand up

    7:48 PM · Mar 8, 2025 · 2,104 Views

    41 Reposts   388 Likes
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("sdhaliwal", "nickname", "neutral", "simmy dhaliwal")])

# 002
D("facebook", dd("""
    Southall Community Noticeboard
    Public group · 23K members

    Parminder Johal
    2 September at 21:40 · 🌎
    Not being funny but the Principal at Akalgarh has given jobs to his own bhanja, his wife's cousin AND his neighbour's daughter in the last two years. None of the posts were advertised properly. This is a state funded school not his family kothi. Harjit Grewal thinks the sangat is blind. We are not.

    👍😮 214 · 97 comments
    Like   Comment   Share

        Kuljit Bains
        Proof? Or just pind gossip?
        Like · Reply · 2d

        Parminder Johal
        @Kuljit Bains ask anyone who applied for the science tech job. Interview was a formality.
        Like · Reply · 2d

        Amarjit S
        Same story at every gurdwara committee since 1980 lol
        Like · Reply · 2d
    """),
  [M("school", "short_name", "defamation", "Akalgarh"), M("hsandhugrewal", "alias", "defamation", "Harjit Grewal")])

# 003 decoy: excluded sweet shop
D("review", dd("""
    Akal Sweet Centre
    Indian sweet shop · The Broadway, Southall
    4.4 ★★★★☆ (2,611 reviews)

    Harbans K.
    Local Guide · 88 reviews
    ★★★★★ a month ago
    Best jalebi on the Broadway, full stop. Hot, crisp, not too much syrup. Got 2kg of mixed mithai for my son's engagement and every aunty asked where from. Queue is long on Saturdays but moves quick. Parking is a nightmare as always.
    👍 Helpful 19   Share

    Response from the owner · 3 weeks ago
    Thank you ji! Badhaiyan on the engagement. — Akal Sweet Centre family
    """))

# 004
D("social", dd("""
    Daljit 🇬🇧
    @djtalks_west

    Kuldip Rattanpal signing off a £180k catering contract to a firm run by a committee member's brother-in-law. Funny how that works. Somebody should be asking where the langar money really goes 👀

    11:02 PM · Jan 12, 2025 · 6,880 Views

    77 Reposts   9 Quotes   204 Likes
    """),
  [M("krattanpal", "exact", "defamation", "Kuldip Rattanpal")])

# 005
D("news", news_page(
    "chronicle", "Courts", "Man admits sending threatening messages to Southall school head",
    "Court hears messages referred to the Principal's home and family",
    "Court Reporter", "22 July 2025",
    """
    A Hayes man has admitted sending threatening messages to the head of a Southall secondary school after his daughter failed to get a place there.

    Surinder Pal Marwaha, 47, of Hayes, sent a series of WhatsApp voice notes to Dr Harjit Sandhu-Grewal, Principal of Akalgarh Khalsa Academy, in April, Uxbridge magistrates heard. In one he said the Principal "would not see Vaisakhi".

    Marwaha pleaded guilty to sending a threatening communication. He was given a 12-month community order and a restraining order. His solicitor said he had been "under enormous strain".
    """,
    [("Jaspal T", "22 Jul 2025", "Disgusting. Admissions is done by a council formula anyway, not the head."),
     ("Nina R", "23 Jul 2025", "Community order?? For that? Joke.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("hsandhugrewal", "exact", "neutral", "Harjit Sandhu-Grewal")])

# 006
D("social", dd("""
    🐍 NoMoreBeards
    @albion_watch88

    Another one of these "Khalsa" schools in Southall, Akalgarh or whatever they call it. Daggers in the classroom and a head in a tea towel. This is London 2025. Send the lot back to Pakistan where they came from 🤮🇬🇧

    1:14 AM · Feb 3, 2025 · 902 Views

    11 Reposts   34 Likes

    ──────────
    Replies

    Harpal 🪯 @harpal_s · Feb 3
    mate we're not even from Pakistan. the ignorance is the point i guess. reported.
    """),
  [M("school", "short_name", "hate", "Akalgarh")])

# 007 decoy: minicab firm, excluded
D("review", dd("""
    Akal Cars - Heathrow & Airport Transfers
    ★☆☆☆☆  "Driver never came"
    Reviewed by Tom W. · 2 days ago

    Booked a 4.30am pickup from Norwood Green to Terminal 5 for a family holiday. Nobody turned up, phone went to voicemail, we got an Uber with 40 minutes to spare. The previous two trips with Akal Cars were fine, which is why this stings. Refund still pending.

    Reply from Akal Cars: Sorry Tom, our 4.30 driver broke down on the A312. We have refunded you in full today.
    """))

# 008
D("forum", forum_page("desiforum", "Akalgarh Khalsa Academy - Year 7 applications 2025?", [
    ("PunjabiMumOf3", "Joined 2019 · 233 posts", "Sat 5 Oct 2024, 10:14",
     """Going to the open evening on Thursday. Is it worth putting Akalgarh as first choice? Faith criteria confusing me, do we need a letter from the gurdwara granthi or just the form?"""),
    ("Sukh_Hounslow", "Joined 2016 · 1,442 posts", "Sat 5 Oct 2024, 11:02",
     """You need the supplementary form signed. Ask at the office, Mrs McAllister is very helpful tbh, sorted ours in two days.

     Teaching is good, maths especially. Mr Oduya's sets get top grades. Pastoral is more hit and miss."""),
    ("anon_paaji", "Joined 2024 · 4 posts", "Sat 5 Oct 2024, 12:40",
     "Just be aware it's 1,400 applications for 180 places. Have a backup."),
    ], thread_id=2210),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("kmcallister", "title_surname", "neutral", "Mrs McAllister"),
   M("roduya", "title_surname", "neutral", "Mr Oduya")])

# 009
D("facebook", dd("""
    Hounslow & Southall Parents Network
    Private group · 6.2K members

    Rupinder Sidhu
    18 November at 07:55 · 🔒
    Honest question. Anyone else's child at Akalgarh Khalsa Academy being given detentions for kara? My son's was taken off him in PE by a supply teacher and he was told he'd "get it back at the end of the day". It's not jewellery. It's his faith. In a SIKH school!! Emailed Mr Church twice, nothing back.

    😡 58 · 41 comments
    Like   Comment   Share

        Baljinder Atwal
        Happened to my daughter last year too. They apologised in the end but it took weeks.
        Like · Reply · 1d
    """),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("dchurch", "title_surname", "negative", "Mr Church")])

# 010 decoy: church on Church Road
D("facebook", dd("""
    Norwood Green Community
    Public group · 3.1K members

    Pastor Femi Adeyemi
    5 December at 12:00 · 🌎
    Carols by candlelight at St Aldwyn's, Church Road, this Sunday 6pm 🕯️ All welcome, mince pies and chai after. Our friends from the Sutlej Road gurdwara are bringing pakoras again, which is the real reason half of you come 😄

    ❤️ 64 · 12 comments
    Like   Comment   Share
    """))

# 011
D("social", dd("""
    Gurdev S.
    @gurdevsingh_uk

    Sat sri akal sangat ji. If anyone sees K Rattanpal at Sutlej Road gurdwara on Sunday, ask him why the trust accounts for 2023 still aren't published. Not accusing anyone. Just asking 🙏

    9:15 AM · Mar 2, 2025 · 1,220 Views

    19 Reposts   66 Likes
    """),
  [M("krattanpal", "initial_surname", "negative", "K Rattanpal")])

# 012
D("news", news_page(
    "punjabweekly", "UK Punjabi", "Trust confirms investigation into Southall school finances",
    "Business manager on leave while auditors examine catering and minibus contracts",
    "Des Pardes Reporter", "30 January 2025",
    """
    The education trust behind Akalgarh Khalsa Academy has confirmed that auditors are examining contracts signed over the last three years, and that the school's business manager has been placed on leave.

    Kuldip Rattanpal, who has managed the school's finances since it opened in 2014, is "stepping back from duties while the review takes place", according to a statement from the Sri Nirbhau Sahib Gurdwara Education Trust. The trust stressed that no wrongdoing had been found.

    The review follows anonymous complaints to the Department for Education about the award of the school's catering contract and the lease of two minibuses.

    ## Committee split

    The issue has divided the gurdwara committee, with one faction calling for an emergency general meeting of the sangat. Elections are due in June.
    """,
    [("Tarlochan Singh", "30 Jan 2025", "Finally. Waheguru, let the truth come out."),
     ("RajK", "31 Jan 2025", "Innocent until proven guilty, sangat. Remember that before you share WhatsApps."),
     ("Bhupinder_W", "31 Jan 2025", "Rattanpal has been milking that school for ten years. Everyone in Southall knows it.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("krattanpal", "exact", "defamation", "Kuldip Rattanpal")])

# 013
D("facebook", dd("""
    Southall Sangat Updates
    Public group · 11K members

    Jagdeep Virdi
    1 February at 22:30 · 🌎
    Screenshot from the committee WhatsApp, I'm sharing because sangat deserves to know:

    [31/01/2025, 21:04] Sewadar Balbir: Meeting moved to Thursday after rehras
    [31/01/2025, 21:07] Pardhan ji: Rattanpal's lawyer has written to us. Nobody says anything public.
    [31/01/2025, 21:09] Sewadar Balbir: What about the parents
    [31/01/2025, 21:10] Pardhan ji: Principal will handle parents. Delete this chat.

    So they're hiding it. Akalgarh Khalsa families, ask questions.

    😮 91 · 53 comments
    Like   Comment   Share
    """),
  [M("school", "alias", "defamation", "Akalgarh Khalsa"), M("krattanpal", "possessive", "defamation", "Rattanpal's")])

# 014 decoy: Heer Ranjha
D("blog", blog_page(
    "bhangra", "Why every team still wants a Heer Ranjha set", "Dholi Mandeep", "18 April 2025",
    """
    Every competition season someone swears they will not do Heer. And every season, at least four teams come out with the same story: the lovers, the jealous uncle, the poisoned laddoo.

    It works because the audience knows it. When the Heer character gets the solo in the boliyan section, aunties in the front row are already crying.

    My advice to teams this year: if you are doing Heer Ranjha, do something the judges have not seen. Change the music. Let Ranjha play the algoza live. Surprise us.
    """,
    [("Sonia B", "18 Apr 2025 at 20:11", "Ranjha with a live algoza would be unreal"),
     ("DholKing", "19 Apr 2025 at 09:40", "Teams need to learn the real tappe first tbh")],
    tags=["Competitions", "Folk", "Choreography"]))

# 015
D("social", dd("""
    Aman
    @aman_g_real

    Zubair Hafeez at a Khalsa school in Southall?? a Muslim teaching our kids science while the grooming gangs run riot. wake up sangat. he's one of them and they stick together 🐍

    8:31 PM · Oct 4, 2024 · 4,005 Views

    58 Reposts   19 Quotes   140 Likes

    ──────────
    Replies

    Navi 🌸 @navik_ · Oct 4
    he's been there 9 yrs and got my brother an A*. this is vile
    """),
  [M("zhafeez", "exact", "hate", "Zubair Hafeez")])

# 016
D("review", dd("""
    SchoolScope › Ealing › State (free school, Sikh faith) › Akalgarh Khalsa Academy

    ★★★★☆  "Strong values, stretched staff"
    Reviewed by: Parent of a current pupil (Year 8) · 9 February 2025

    My daughter is happy and safe, which is the main thing. Langar every day is a lovely touch and the seva programme means she actually helps at the food bank now. Maths is excellent. English has had four supply teachers this year which is not ok - Mrs D'Souza is clearly doing her best but the department is stretched thin. The homework app is a mess.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (31)  No (2)  · Report
    """),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("rdsouza", "title_surname", "neutral", "Mrs D'Souza")])

# 017
D("social", dd("""
    West Ldn Watch
    @westldnwatch

    Harjit Sandhu-Grewal home: 14 Fernhollow Close, Norwood Green UB2 9XL. Maybe the parents whose kids he turned down should pop round and discuss his nephew's new job 😉

    12:41 AM · Apr 19, 2025 · 3,370 Views

    29 Reposts   71 Likes
    """),
  [M("hsandhugrewal", "exact", "threat", "Harjit Sandhu-Grewal")])

# 018
D("forum", forum_page("teachers", "Faith free school - leadership hiring family?", [
    ("burntout_in_UB2", "Joined 2021 · 61 posts", "Tue 10 Jun 2025, 21:12",
     """Not naming the school but it's a Sikh free school in west London. Third internal appointment this year with no proper shortlisting. Latest is the head's nephew as "data manager" on a salary that's more than my TLR. Union rep says raise a grievance but honestly who wants to be the one who does.

     Is this normal in faith schools or am I naive?"""),
    ("SENCo_Steph", "Joined 2019 · 420 posts", "Tue 10 Jun 2025, 21:40",
     "Not normal anywhere. Keep records of dates and adverts. The trust board has to follow safer recruitment and fair process."),
    ("anon_DH", "Joined 2023 · 12 posts", "Wed 11 Jun 2025, 06:58",
     "Sadly very normal in some small trusts. Go to the union, in writing."),
    ], thread_id=5510),
  )

# 019
D("news", news_page(
    "chronicle", "Heathrow", "Flight path changes: which Hounslow streets will get more noise",
    "Westerly preference trial means more early arrivals over Cranford and Southall",
    "Kelly Osei", "3 June 2025",
    """
    Residents in Cranford, Southall and Norwood Green will hear more early-morning arrivals from September under a six-month trial, the airport has confirmed.

    The change affects flights on final approach to the northern runway between 4.30am and 6am. Campaigners say schools and care homes in the area have not been consulted.

    A spokesperson for Stop The Stack West said: "Families here already sleep with the windows shut in July."
    """,
    [("CranfordCathy", "3 Jun 2025", "4.30am?? My kids' school is right under 27L, they'll be wrecked."),
     ("pilot_pete", "3 Jun 2025", "It's a trial. Calm down everyone.")]),
  )

# 020
D("social", dd("""
    Harj 🦅
    @harj_9x

    #SackSandhuGrewal trending in my group chat and honestly fair. 3 heads of dept gone in a year and his cousin's wife runs reception now. Akalgarh deserves better

    6:22 PM · Jun 14, 2025 · 812 Views

    15 Reposts   60 Likes
    """),
  [M("school", "short_name", "defamation", "Akalgarh"), M("hsandhugrewal", "hashtag", "defamation", "#SackSandhuGrewal")])

# 021
D("facebook", dd("""
    Akalgarh Khalsa Academy
    School · Southall, London

    Akalgarh Khalsa Academy
    12 April at 16:00 · 🌎
    Vaisakhi di lakh lakh vadhaiyan! 🧡 Thank you to the sangat who joined our Year 7s for seva at the nagar kirtan, and to Giani Heer for the ardaas this morning. School reopens Tuesday 22nd. Office: 020 7946 0318.

    ❤️👍 402 · 27 comments
    Like   Comment   Share

        Jaswant Kaur Mann
        Waheguru ji ka khalsa waheguru ji ki fateh 🙏 beautiful kids
        Like · Reply · 3d
    """),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("bheer", "alias", "neutral", "Giani Heer")])

# 022
D("social", dd("""
    Tanvir
    @tanvir_ldn

    zubi hafeez dressed as a pharaoh for world book day and explained mummification with a toilet roll and a year 7 volunteer. akalgarh science dept undefeated 😂

    3:05 PM · Mar 6, 2025 · 460 Views

    44 Likes
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("zhafeez", "nickname", "neutral", "zubi hafeez")])

# 023
D("facebook", dd("""
    UB1 UB2 Buy Sell & Chat
    Public group · 18K members

    Sim Randhawa
    9 May at 19:12 · 🌎
    Does anyone know a good Punjabi tutor for GCSE? Not from the school, private. My son's Punjabi teacher left at Christmas and the replacement just plays YouTube videos. Akalgarh need to sort their languages dept out honestly.

    👍 12 · 22 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "Akalgarh")])

# 024 decoy: kabaddi AKA
D("social", dd("""
    Alperton Kabaddi Association
    @AKA_kabaddi

    FULL TIME 🏆 AKA 41 - 38 Wolverhampton Lions. What a raid from Gurpreet in the last minute 🔥 See you all at the Southall Park tournament on the 20th. Langar by Sutlej Road gurdwara sewadars 🙏

    6:40 PM · Jul 6, 2025 · 2,110 Views

    33 Reposts   290 Likes
    """))

# 025
D("social", dd("""
    Preet
    @preet.codes

    Man like R. Oduya teaching simultaneous equations using a chai recipe and the price of samosas at the Broadway. Akalgarh maths is different gravy 🫖📈

    10:20 AM · Nov 21, 2024 · 301 Views

    22 Likes
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("roduya", "initial_surname", "neutral", "R. Oduya")])

# 026
D("forum", forum_page("sikhnet", "Akalgarh school - Giani ji teaching wrong history?", [
    ("KhalsaFauj1699", "Joined 2017 · 2,044 posts", "Sun 9 Feb 2025, 13:20",
     """Veerji, my nephew says Balwinder Singh Heer told Year 10 that the 1984 events should be taught "from both sides". Both sides?? Of a genocide? If that's what he said this man should not be teaching Sikh history in a Khalsa school.

     Anyone else hear this?"""),
    ("Bhai_Raj", "Joined 2012 · 880 posts", "Sun 9 Feb 2025, 14:02",
     "I'd wait to hear what he actually said. Kids summarise badly. Giani ji has done seva for 30 years."),
    ("KhalsaFauj1699", "Joined 2017 · 2,045 posts", "Sun 9 Feb 2025, 14:30",
     "Fair. Will ask at the parents evening. But the school should clarify."),
    ], thread_id=8801),
  [M("school", "short_name", "negative", "Akalgarh"), M("bheer", "exact", "negative", "Balwinder Singh Heer")])

# 027
D("social", dd("""
    ☬ Singh Is Watching
    @singh_watch_

    @KirstyMac_office you have 24 hours to give my son his place back or i will come to that office and you will see what a real sardar does. 🗡️

    8:05 AM · Apr 17, 2025 · 590 Views

    4 Likes
    """),
  [M("kmcallister", "handle", "threat", "@KirstyMac_office")])

# 028
D("news", news_page(
    "courier", "Education", "Sikh school deputy head suspended over safeguarding complaint",
    "Akalgarh Khalsa Academy in west London says the matter has been referred to the council",
    "Rebecca Stannard, Education Correspondent", "8 May 2025",
    """
    The deputy head of a Sikh faith free school in west London has been suspended while a complaint about the handling of a safeguarding referral is investigated.

    Daniel Church, deputy head and designated safeguarding lead at Akalgarh Khalsa Academy in Southall, was suspended last week. The school said it had informed Ealing council's designated officer and was "cooperating fully".

    The complaint is understood to concern how a disclosure made by a pupil last autumn was recorded. Police are not involved.

    Mr Church did not respond to requests for comment.
    """),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("dchurch", "exact", "defamation", "Daniel Church")])

# 029
D("forum", forum_page("parenthub", "Akalgarh DSL suspended - anyone know more?", [
    ("HanwellHelen", "Joined Sep 2020 · 188 posts", "Thu 8-May-25 19:02",
     "Saw the Courier. My DS is in Y9. The email from school said nothing. What is going on?"),
    ("TwoAtAKA", "Joined Jan 2022 · 71 posts", "Thu 8-May-25 19:40",
     """Church was always a bit useless tbh, lovely man but nothing ever got followed up. We reported bullying three times in Year 8. Three.

     I don't think he's a bad person. I think he's out of his depth."""),
    ("HanwellHelen", "Joined Sep 2020 · 189 posts", "Thu 8-May-25 20:15",
     "That matches what I've heard. Hope the kids are ok."),
    ], thread_id=3390),
  [M("school", "short_name", "negative", "Akalgarh"), M("dchurch", "surname_only", "defamation", "Church")])

# 030 decoy: namesake Daniel Church
D("news", news_page(
    "chronicle", "Sport", "Feltham boxer Daniel Church books British title shot",
    "Super-middleweight stops Liverpool's Kane Pryor in the sixth",
    "Sports Desk", "1 March 2025",
    """
    Feltham's Daniel Church will fight for the British super-middleweight title after stopping Kane Pryor in the sixth round in Bethnal Green on Friday.

    Church, 27, who trains at a gym off the Staines Road, dropped Pryor twice. "He's a warrior, but I wanted it more," he said.

    No date has been set for the title fight.
    """,
    [("FelthamFaithful", "1 Mar 2025", "Get in Danny! Feltham stand up 🥊")]),
  )

# 031
D("social", dd("""
    UK Patriot Dave
    @daveUKpatriot

    Muslims running Sikh schools now is it?? Saw Zubair H. on the Akalgarh website. These people never stop. Sikhs let this happen and then cry when their daughters get groomed. Ban all of them 🇬🇧

    11:55 PM · Nov 2, 2024 · 310 Views

    3 Reposts   9 Likes
    """),
  [M("school", "short_name", "hate", "Akalgarh"), M("zhafeez", "first_initial", "hate", "Zubair H.")])

# 032
D("facebook", dd("""
    Hounslow & Southall Parents Network
    Private group · 6.2K members

    Navneet Gill
    11 March at 20:03 · 🔒
    I've seen someone posting really disgusting stuff calling Mr Hafeez a "groomer" just because he's Muslim. That is racist, full stop, and it's not what Sikhi teaches. He ran the STEM club for my daughter for three years. Please report the account, don't share it.

    ❤️ 210 · 34 comments
    Like   Comment   Share

        Manjit Sahota
        Sarbat da bhala. Well said behenji 🙏
        Like · Reply · 2d
    """),
  [M("zhafeez", "title_surname", "neutral", "Mr Hafeez")])

# 033
D("review", dd("""
    Glassdoor-style › Akalgarh Khalsa Academy › Reviews

    ★★☆☆☆  "Great kids, nepotistic leadership"
    Former Employee - Teacher · Southall · 12 Jun 2025

    Pros
    The students are brilliant, respectful and funny. Langar is the best staff perk in London. Some genuinely inspiring colleagues, especially in maths and music.

    Cons
    Promotions go to whoever is related to the Principal or sits on the gurdwara committee. Nobody challenges Dr Sandhu-Grewal in SLT meetings. Business side is opaque. Workload is huge.

    Advice to Management
    Advertise posts properly. Stop treating the school like a family business.
    """),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("hsandhugrewal", "title_surname", "defamation", "Dr Sandhu-Grewal")])

# 034 decoy: locality only
D("forum", forum_page("locals", "Parking on Tentelow Lane during school run", [
    ("NGresident_62", "Member since 2012", "Mon 13 Jan 2025, 08:40",
     "Every single morning cars blocking driveways on Tentelow Lane. Parents from the primary and the secondary both. I've asked the council for double yellows for three years."),
    ("PollyG", "Member since 2018", "Mon 13 Jan 2025, 09:12",
     "Same on the Norwood Road end. I had an ambulance unable to get to my mum last winter. It's not funny."),
    ("Ravi_UB2", "Member since 2020", "Mon 13 Jan 2025, 10:55",
     "Park and stride from the Tesco car park is the answer. Some of us do it."),
    ], thread_id=1202),
  )

# 035
D("social", dd("""
    dhol_dhamaka
    @dholdhamaka_uk

    fair play to the akalgarh bhangra lot but their teacher simmy d is pure paro, thinks she's bollywood. proper stuck up cow, wouldn't even shake our coach's hand after the final 🙄

    10:33 PM · Mar 9, 2025 · 680 Views

    8 Reposts   47 Likes
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("sdhaliwal", "nickname", "abuse", "simmy d")])

# 036
D("facebook", dd("""
    Southall Sangat Updates
    Public group · 11K members

    Kamaljit Hundal
    3 April at 23:11 · 🌎
    Here is the personal mobile for Kuldip R., the school business manager who's "on leave": 07700 900417. He lives on Tarnside Crescent. Call him and ask where the minibus money went. Sangat deserves answers not excuses.

    😡👍 77 · 60 comments
    Like   Comment   Share

        Admin - Harvinder
        Post removed in 1 hour if the number isn't taken down. Don't do this.
        Like · Reply · 3d
    """),
  [M("krattanpal", "first_initial", "doxxing", "Kuldip R.")])

# 037
D("social", dd("""
    🔞 desi_rates
    @ldn_desi_rates

    rating the akalgarh bhangra girls from the comp vid 👀 year 9 in the red phulkari is a 10 no cap, DM for the full clip 😏🍑

    1:12 AM · Mar 10, 2025 · 240 Views

    2 Likes

    ──────────
    Replies

    Sukhi ☬ @sukhi_k · Mar 10
    these are CHILDREN you freak. reported to police and the school
    """),
  [M("school", "short_name", "sexual", "akalgarh", url_only=True)])

# 038
D("forum", forum_page("students", "teachers you had a crush on (be honest)", [
    ("lowkey_lurker", "Year 12 · 90 posts", "Fri 17 Jan 2025, 23:10",
     "ok confess. whose teacher was unreasonably fit"),
    ("ub2_gyal", "Year 12 · 41 posts", "Fri 17 Jan 2025, 23:19",
     "mr 0duya at akalgarh. the suit on parents evening 😩 i'd let him mark more than my homework if u know what i mean 💀"),
    ("lowkey_lurker", "Year 12 · 91 posts", "Fri 17 Jan 2025, 23:22",
     "LMAOOO u need to be stopped"),
    ], thread_id=4411),
  [M("school", "short_name", "neutral", "akalgarh"), M("roduya", "leetspeak", "sexual", "0duya")])

# 039
D("social", dd("""
    Gurmukh Singh
    @gurmukh1699

    This so called Giani H3er teaching kids to sit next to Muslims in langar and calling it "sarbat da bhala". Traitor to the Panth. He should be thrown out of Akalgarh and out of the gurdwara. Let him go pray in a mosque 🤬

    7:44 PM · Aug 30, 2024 · 1,018 Views

    26 Reposts   88 Likes
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("bheer", "leetspeak", "abuse", "Giani H3er")])

# 040
D("news", news_page(
    "gazette", "News", "Turban pulled off Sikh pupil in racist attack near Southall school",
    "Police appeal after 13-year-old assaulted on his way home from Akalgarh Khalsa Academy",
    "Navdeep Sahota", "17 October 2024",
    """
    Police are appealing for witnesses after a 13-year-old Sikh boy had his patka pulled from his head and was racially abused near the Uxbridge Road bus stop on Tuesday afternoon.

    The boy, a pupil at Akalgarh Khalsa Academy, was walking home when two men shouted at him to "go back to your mosque" before grabbing his patka and throwing it into the road, police said.

    Deputy head Daniel Church said the school was "supporting the pupil and his family" and had increased staff presence at the bus stops.

    Anyone with information should call police quoting reference 4471/15OCT.
    """,
    [("Mandeep K", "17 Oct 2024", "Sickening. And the ignorance of it, they don't even know what a Sikh is."),
     ("Ealing_Rob", "17 Oct 2024", "Hope they catch them. Poor kid."),
     ("Truth_Teller_UK", "18 Oct 2024", "Maybe if these schools taught them to integrate they wouldn't stand out so much.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("dchurch", "exact", "neutral", "Daniel Church")])

# 041
D("social", dd("""
    Heathrow Hub Jobs
    @LHRjobs_hub

    We're hiring! Baggage handlers, ramp agents and security officers at T2, T3 and T5. Free shuttle from Hounslow West and Southall. Shifts from 4am. Apply at lhrhub.example/jobs ✈️

    9:00 AM · Feb 14, 2025 · 1,930 Views

    14 Reposts   40 Likes
    """))

# 042
D("facebook", dd("""
    Akalgarh Parents (unofficial)
    Private group · 1.4K members

    Satnam Bhogal
    20 June at 22:12 · 🔒
    K. McAllister from the office lives on Fennel Avenue in Hanwell, the one with the white van outside. Her number is 07700 900562. If she won't answer the office phone about the appeals maybe she'll answer that one.

    😮 12 · 18 comments
    Like   Comment   Share

        Admin - Rani
        Satnam this is her private number. Removing. Final warning.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("kmcallister", "initial_surname", "doxxing", "K. McAllister")])

# 043
D("social", dd("""
    Amrit 🌸
    @amritvibes

    reminder that bhangra practice is 3:30 in the drama studio not the hall!! simran d said anyone late does 50 dhamaals 💀 #AkalgarhBhangra

    1:10 PM · Sep 18, 2024 · 90 Views

    8 Likes
    """),
  [M("school", "hashtag", "neutral", "#AkalgarhBhangra"), M("sdhaliwal", "first_initial", "neutral", "simran d")])

# 044
D("blog", blog_page(
    "patriot", "The Southall question nobody will ask", "E. Harrow", "12 November 2024",
    """
    Walk down the Broadway and tell me this is England. Turbans, headscarves, signs in squiggles. The politicians gave away our towns one street at a time and now we are told to celebrate it.

    Take the so-called Khalsa school on Tarn Lane, the Akalgarh place. State funded - YOUR money - to teach children a foreign religion, carry knives and hate the country that feeds them. Their headmaster Sandhu Grewal is a committee man who has filled the staffroom with his relatives. Of course he has. That's how they do things back home.

    These people are not British and never will be. Close every one of these schools and put them on the planes they fly over every morning.
    """,
    [("Sentinel_77", "12 Nov 2024 at 22:01", "Spot on. Remigration now."),
     ("Jag", "13 Nov 2024 at 08:30", "My granddad fought at Monte Cassino for this country. Go and read a book.")],
    tags=["Southall", "Immigration", "Schools"]),
  [M("school", "short_name", "hate", "Akalgarh"), M("hsandhugrewal", "hyphenated", "hate", "Sandhu Grewal")])

# 045
D("social", dd("""
    Rav
    @ravsingh_w7

    Mr Rattanpaul at the school I used to work at literally made us pay for our own whiteboard pens while he drove a new Merc. akalgarh finances make zero sense

    8:14 PM · Feb 2, 2025 · 320 Views

    21 Likes
    """),
  [M("school", "short_name", "negative", "akalgarh"), M("krattanpal", "typo", "negative", "Mr Rattanpaul")])

# 046
D("social", dd("""
    Kirsty Mac
    @kirsty_mac_ub

    Year 7 admissions offers are out today! 🎉 If you've been offered a place at Akalgarh Khalsa Academy please accept on the council portal by 17 March. Any questions ring the office, we're here till 5 😊

    8:30 AM · Mar 3, 2025 · 740 Views

    18 Reposts   52 Likes
    """),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("kmcallister", "alias", "neutral", "Kirsty Mac")])

# 047
D("forum", forum_page("desiforum", "Akalgarh - teachers and the turban row", [
    ("Mohinder_West", "Joined 2009 · 3,101 posts", "Wed 4 Dec 2024, 20:10",
     """So the story is a gora supply teacher at Akalgarh told a Y10 boy to "take that thing off" when his patka slipped in PE. Kid was humiliated. School says the supply agency has been told.

     Honestly in a Khalsa school you'd think they'd brief people."""),
    ("Simmi_K", "Joined 2015 · 540 posts", "Wed 4 Dec 2024, 20:44",
     "The Head of Year, Mrs Kaur, went straight to the parents that night and apologised in person. Give her credit. She's been brilliant with my son."),
    ("Mohinder_West", "Joined 2009 · 3,102 posts", "Wed 4 Dec 2024, 21:02",
     "Agreed, she's sound. It's the agency and the head who need to sort it."),
    ], thread_id=3101),
  [M("school", "short_name", "negative", "Akalgarh"), M("mkaur", "title_surname", "neutral", "Mrs Kaur")])

# 048 decoy: Manpreet Kaur namesake
D("social", dd("""
    Slough Runners
    @sloughrunners

    Massive congratulations to Manpreet Kaur who smashed her PB at the Windsor Half today - 1:31:04! 🏃‍♀️🔥 Training for London next. Proud of you Manpreet!

    2:02 PM · Sep 29, 2024 · 640 Views

    6 Reposts   88 Likes
    """))

# 049
D("social", dd("""
    sarbjit
    @sarbz_07

    @AkalgarhKhalsa why is my son's kara in the lost property box AGAIN after PE. a kara. in a sikh school. who is training your supply staff 😤

    4:01 PM · Jan 22, 2025 · 210 Views

    9 Likes
    """),
  [M("school", "handle", "negative", "@AkalgarhKhalsa")])

# 050
D("review", dd("""
    SchoolScope › Ealing › State (free school, Sikh faith) › Akalgarh Khalsa Academy

    ★☆☆☆☆  "A family firm with a nishan sahib outside"
    Reviewed by: Parent of a former pupil · 2 July 2025

    Do not be fooled by the open evening. Harjit Sandhu-Grewal runs this school like his personal property. Relatives in every office, contracts to friends from the gurdwara committee, and parents who complain are quietly told there's "no space" for younger siblings. I believe he has taken money from families to jump the admissions list. The governors are all his mates so nothing will ever be done.

    Would you recommend this school? No.
    Was this review helpful?  Yes (44)  No (18)  · Report
    """),
  [M("school", "exact", "defamation", "Akalgarh Khalsa Academy"), M("hsandhugrewal", "exact", "defamation", "Harjit Sandhu-Grewal")])

# 051
D("facebook", dd("""
    West London Sikh Mums
    Private group · 4.4K members

    Harleen Dhami
    14 October at 09:30 · 🔒
    Just want to say the way the school handled the patka attack was really good. Mr Church rang us personally, arranged for my son to be walked to the bus stop for a week. Thank you AKA team 🙏

    ❤️ 120 · 9 comments
    Like   Comment   Share
    """),
  [M("school", "alias", "neutral", "AKA"), M("dchurch", "title_surname", "neutral", "Mr Church")])

# 052
D("news", news_page(
    "schoolsweek", "Free schools", "Sikh free school's trust faces questions over related-party contracts",
    "Accounts show £410,000 paid to firms linked to trustees over three years",
    "Imogen Farrant", "6 February 2025",
    """
    A Sikh faith free school in west London paid more than £410,000 to companies connected to its trustees over three years, according to accounts filed by its sponsor trust.

    Akalgarh Khalsa Academy in Southall, which opened in 2014 and was rated good at its last inspection, bought catering, minibus hire and building maintenance from firms with links to members of the gurdwara committee that founded it.

    Related-party transactions are permitted if they are declared and offered "at cost". The Education and Skills Funding Agency said it was "aware of concerns".

    The school's business manager, Kuldip Rattanpal, is currently on leave. Principal Harjit Sandhu-Grewal said the school welcomed "independent scrutiny" and that "every contract was approved by the full board".

    ## Faith free schools

    The case is the latest in a run of governance problems at small single-academy trusts, which critics say lack the checks of larger groups.
    """,
    [("GovernanceGeek", "6 Feb 2025", "Related-party rules were tightened precisely because of cases like this."),
     ("ex_SBM", "7 Feb 2025", "At cost is doing a lot of heavy lifting there.")]),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("krattanpal", "exact", "defamation", "Kuldip Rattanpal"),
   M("hsandhugrewal", "exact", "neutral", "Harjit Sandhu-Grewal")])

# 053
D("social", dd("""
    notyourbhenji
    @notyourbhenji

    the way akalgarh has a whole ass "integrity" display in reception while Rattanpal is on "leave" 😭 you couldn't write it

    9:40 PM · Feb 6, 2025 · 1,240 Views

    40 Reposts   312 Likes
    """),
  [M("school", "short_name", "negative", "akalgarh"), M("krattanpal", "surname_only", "negative", "Rattanpal")])

# 054 decoy: banqueting suite, excluded
D("review", dd("""
    Akalgarh Banqueting Suite
    Wedding venue · Hayes
    3.9 ★★★★☆ (604 reviews)

    Sandeep & Preet
    ★★★☆☆ 2 months ago
    Hall itself is stunning and the food was fantastic (the paneer tikka disappeared in minutes). BUT the DJ booked through the venue cut out twice during the jaggo and the car park was full by 6pm. Management were apologetic. Book via akalgarhbanqueting.example and get everything in writing.
    👍 Helpful 8
    """))

# 055
D("social", dd("""
    Kaur Power ☬
    @kaurpower_ub1

    Imagine being a grown man and threatening Ms Kaur from Akalgarh over a detention on Facebook. She's 5ft nothing and gives every kid her own lunch money when they forget. Threatening teachers is never ok. Screenshotted and sent to the school.

    7:20 PM · Nov 12, 2024 · 820 Views

    30 Reposts   201 Likes
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("mkaur", "title_surname", "neutral", "Ms Kaur")])

# 056
D("facebook", dd("""
    Southall Community Noticeboard
    Public group · 23K members

    Gurjit Bahia
    11 November at 21:55 · 🌎
    That Manpreet Kaur, Head of Year 9 at Akalgarh, gave my boy a detention for "attitude". Attitude!! She better watch herself walking to that bus stop at night. I know what time she leaves. Not a threat just a fact 😊

    😡 19 · 30 comments
    Like   Comment   Share

        Resham S.
        Bro delete this, you'll get yourself arrested
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("mkaur", "exact", "threat", "Manpreet Kaur")])

# 057
D("forum", forum_page("teachers", "Head of English at a faith free school - would you take it?", [
    ("EngTeacherLDN", "Joined 2020 · 90 posts", "Sat 15 Mar 2025, 10:14",
     "Interview next week for Head of English at a Sikh free school in west London. Current HoE leaving. Anyone know the place?"),
    ("room14", "Joined 2017 · 1,209 posts", "Sat 15 Mar 2025, 11:02",
     """If it's the one I think it is, Renée D'Souza has been HoE there for years and is the only reason the department functions. If she's leaving, ask why. Loads of supply, SLT that only listens to relatives of the head.

     Kids are lovely though."""),
    ("EngTeacherLDN", "Joined 2020 · 91 posts", "Sat 15 Mar 2025, 11:15",
     "Ah. That's the one. Thanks, will ask hard questions."),
    ], thread_id=6620),
  [M("rdsouza", "exact", "neutral", "Renée D'Souza")])

# 058
D("social", dd("""
    Dal 🦁
    @dal_ldn

    ohh so now akalgarh want to lecture us on 'respect' when Sandhu–Grewal's nephew got a job he couldn't spell. this guy is a crook and a bully, a disgrace to the turban he wears 🤡

    6:50 PM · Jun 16, 2025 · 2,030 Views

    51 Reposts   401 Likes
    """),
  [M("school", "short_name", "negative", "akalgarh"), M("hsandhugrewal", "hyphenated", "defamation", "Sandhu–Grewal")])

# 059 decoy: neighbouring Sikh school elsewhere
D("review", dd("""
    SchoolScope › Slough › State (academy, Sikh faith) › Sarbloh Khalsa School

    ★★★★★  "Warm, strict, and it works"
    Reviewed by: Parent of a current pupil (Year 11) · 4 April 2025

    Sarbloh Khalsa School has been brilliant for our son. Behaviour is excellent, teachers reply to emails the same day and the Punjabi results are the best in Berkshire. Langar on Fridays is a highlight. The head knows every child's name.

    Would you recommend this school? Yes, without hesitation.
    Was this review helpful?  Yes (20)  No (1)  · Report
    """))

# 060
D("social", dd("""
    Simran Dhaliwal 🎶
    @simmy_dhol_music

    To the account that's been DMing the girls on the team: we know who you are, police have your details, and every parent has been told. Do not contact my students. ☬

    10:45 PM · Mar 11, 2025 · 3,440 Views

    210 Reposts   1,240 Likes
    """),
  [M("sdhaliwal", "exact", "neutral", "Simran Dhaliwal")])

# 061
D("news", news_page(
    "gazette", "Courts", "Man jailed for messaging schoolgirls after bhangra contest video",
    "Court hears he contacted members of a Southall school dance team via Instagram",
    "Court Reporter", "29 August 2025",
    """
    A 34-year-old man who sent sexual messages to teenage girls after seeing a video of their school bhangra team has been jailed for two years.

    Ravinder Sohal, of Hounslow, contacted four members of the Akalgarh Khalsa Academy team, all aged 13 to 15, through Instagram in March, Isleworth Crown Court heard. One of the girls told her teacher, who contacted police the same evening.

    Sohal admitted attempting to communicate with a child for a sexual purpose. He will be subject to a Sexual Harm Prevention Order for ten years.
    """),
  [M("school", "exact", "sexual", "Akalgarh Khalsa Academy", url_only=True)])

# 062
D("social", dd("""
    desi_memes_ldn
    @desimemesldn

    every Southall aunty at the gurdwara: "beta which school?" 
    you: "akalgarh"
    aunty: "ohhh Sandhu-Grewal's school, his massi's son's wife got job there no?" 
    💀💀💀 the pind network never sleeps

    5:30 PM · May 2, 2025 · 14,200 Views

    880 Reposts   6,002 Likes
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("hsandhugrewal", "possessive", "negative", "Sandhu-Grewal's")])

# 063
D("facebook", dd("""
    Hounslow & Southall Parents Network
    Private group · 6.2K members

    Rajinder Boparai
    2 March at 18:20 · 🔒
    Can we talk about maths homework at Akalgarh? 3 hours a night for Year 10. Bob Oduya is a nice man and obviously clever but this is too much, my daughter cries every Sunday. Anyone else raised it?

    👍 40 · 36 comments
    Like   Comment   Share

        Parveen K.
        Raised it at parents' evening, he did reduce it for us. Worth emailing.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("roduya", "nickname", "negative", "Bob Oduya")])

# 064
D("social", dd("""
    Mr Church ✝️⛪
    @st_barnabas_ng

    Thanks to everyone who came to the Norwood Green food bank drop today. 140 bags out the door. Special shout-out to the Sutlej Road gurdwara youth sewadars who turned up with 40 kilos of atta. ❤️

    3:15 PM · Dec 21, 2024 · 310 Views

    45 Likes
    """))

# 065
D("social", dd("""
    bro why is @OduyaMaths setting 40 questions on a friday 😭 akalgarh year 11 is not a real place it's a prison with a gurdwara attached

    — @kabirr_w · Oct 4, 2024
    """),
  [M("school", "short_name", "negative", "akalgarh"), M("roduya", "handle", "negative", "@OduyaMaths")])

# 066
D("blog", blog_page(
    "committee", "Election watch: who really runs the school?", "Sewadar X", "20 May 2025",
    """
    Sangat ji, the election for the Sri Nirbhau Sahib Gurdwara committee is on 8 June, and this year it is really an election about a school.

    Since Akalgarh Khalsa Academy opened, the Pardhan's faction has controlled the trust board. The Principal sits in on committee meetings "as an observer". The business manager handed contracts to the Pardhan's brother-in-law. When a parent governor asked for the minutes, she was removed from the board at the next meeting.

    We do not say anyone stole. We say: publish the accounts, publish the minutes, and let the sangat judge.

    ## The candidates

    The Sewa Panel is promising an independent audit. The Ekta Panel says an audit is already under way and that "WhatsApp mudslinging" is damaging the school. Both panels served langar at the same Sunday diwan and pretended not to see each other.
    """,
    [("Bibi Jaswinder", "20 May 2025 at 22:10", "Publish the minutes. That's all we want."),
     ("Ekta supporter", "21 May 2025 at 07:30", "Sewadar X is a coward who hides behind a blog. Come to the diwan and say it.")],
    tags=["Elections", "Akalgarh", "Trust"]),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy")])

# 067
D("social", dd("""
    Tara
    @tarawrites_

    Zubair Hafeez deserves a knighthood for surviving 30 year 8s and a bunsen burner on a friday afternoon. icon. #AkalgarhScience

    2:40 PM · Jun 20, 2025 · 230 Views

    31 Likes
    """),
  [M("school", "hashtag", "neutral", "#AkalgarhScience"), M("zhafeez", "exact", "neutral", "Zubair Hafeez")])

# 068
D("social", dd("""
    Kabir Sethi
    @kabirsethi_

    D'Souza gave me a 4 on my mock and wrote "lazy" in the margin. i was in hospital that week miss. akalgarh english is a joke

    9:50 PM · Jan 14, 2025 · 150 Views

    6 Likes
    """),
  [M("school", "short_name", "negative", "akalgarh"), M("rdsouza", "surname_only", "negative", "D'Souza")])

# 069
D("forum", forum_page("desiforum", "Akalgarh head - enough is enough", [
    ("Jatt_4_Life", "Joined 2023 · 19 posts", "Mon 16 Jun 2025, 23:40",
     """Sandhu-Grewal thinks he's untouchable because of the committee. Let's see how untouchable he is when the windows of his Range Rover go in. Some of us have nothing to lose. He'll learn.

     Sangat has been patient for ten years."""),
    ("Mod_Bhupi", "Moderator", "Tue 17 Jun 2025, 07:05",
     "Thread locked. Jatt_4_Life banned. Threats are reported to the police, no exceptions."),
    ], thread_id=4002),
  [M("school", "short_name", "negative", "Akalgarh"), M("hsandhugrewal", "surname_only", "threat", "Sandhu-Grewal")])

# 070
D("social", dd("""
    ਕਾਕਾ ☬
    @kaka_southall

    S a n d h u - G r e w a l better not show his face at the diwan sunday. we'll be waiting by the jorra ghar. ask his nephew to drive him home in pieces 🗡️🔥

    11:58 PM · Jun 19, 2025 · 700 Views

    6 Reposts   31 Likes
    """),
  [M("hsandhugrewal", "spacing", "threat", "S a n d h u - G r e w a l")])

# 071
D("social", dd("""
    England First 🏴
    @eng_first_ldn

    The Akalgarh "teacher" Zub4ir H4feez teaching KIDS in Southall. Every one of them is a groomer waiting for his chance. Deport. Them. All. 🇬🇧🇬🇧

    10:12 PM · Jan 8, 2025 · 412 Views

    8 Reposts   21 Likes
    """),
  [M("school", "short_name", "hate", "Akalgarh"), M("zhafeez", "leetspeak", "hate", "Zub4ir H4feez")])

# 072
D("facebook", dd("""
    Southall Sangat Updates
    Public group · 11K members

    Lakhvir Dosanjh
    22 June at 20:04 · 🌎
    For everyone asking: Balwinder Heer from the school lives at 27 Kesar Gardens, UB1 3QZ, the house with the Khanda on the gate. Landline 020 7946 0693. If you want to tell him what you think of his "both sides" 1984 nonsense go and tell him.

    😡 33 · 48 comments
    Like   Comment   Share

        Admin - Harvinder
        Removed in 10 minutes. Address sharing is not allowed and it's dangerous.
        Like · Reply · 1d
    """),
  [M("bheer", "alias", "doxxing", "Balwinder Heer")])

# 073
D("social", dd("""
    zainab
    @zainab.the.great

    why is every desi uncle in my comments calling mr hafeez a "m*zzie traitor" for working at a sikh school. he's the best science teacher at akalgarh and he's literally helped at the gurdwara langar. screenshotting the worst ones for the school and police.

    8:22 PM · Jan 9, 2025 · 1,600 Views

    120 Reposts   990 Likes
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("zhafeez", "title_surname", "neutral", "mr hafeez")])

# 074
D("blog", blog_page(
    "patriot", "Their 'daggers' in our classrooms", "E. Harrow", "3 March 2025",
    """
    A reader sent me a photo from the Akalgarh Khalsa Academy website: a smiling teacher, Renée D'Souza, with a class of boys in turbans and every one of them carrying a kirpan. A knife. In a classroom. Paid for by you.

    And she's not even one of them - a Goan Catholic teaching for the Sikhs. The whole thing is a multicultural circus and our children pay for it in stabbings on the Broadway.

    These turbaned invaders should be stopped at the border and their teachers should be ashamed of themselves.
    """,
    [("Pauline_W", "3 Mar 2025 at 19:42", "Disgusting. England is finished."),
     ("Manny", "4 Mar 2025 at 06:11", "The kirpan is a religious article and legal. Stop lying.")],
    tags=["Schools", "Knives", "Southall"]),
  [M("school", "exact", "hate", "Akalgarh Khalsa Academy"), M("rdsouza", "exact", "hate", "Renée D'Souza")])

# 075
D("social", dd("""
    Mandy S
    @mandys_ldn

    McAllister on reception is a rude, miserable witch. Stood there for 20 mins while she finished her tea then she told me to "email like everyone else". AKA office staff need customer service training 🙄

    9:15 AM · Nov 27, 2024 · 190 Views

    7 Likes
    """),
  [M("school", "alias", "negative", "AKA"), M("kmcallister", "surname_only", "abuse", "McAllister")])

# 076 decoy: Ashford Karate Academy AKA
D("facebook", dd("""
    Ashford Karate Academy (AKA)
    Sports club · Ashford, Middlesex

    Ashford Karate Academy (AKA)
    8 February at 17:00 · 🌎
    Grading results are in! 🥋 Congratulations to our 14 new orange belts and to Sensei Dave for 30 years of teaching. Next beginners' class Tuesday 6pm at the Clockhouse Lane leisure centre.

    👍❤️ 98 · 11 comments
    Like   Comment   Share
    """))

# 077
D("news", news_page(
    "chronicle", "Crime", "Police investigate threats to Southall school after gurdwara row",
    "Messages posted on Facebook named the school's head and a teacher",
    "Kelly Osei", "21 June 2025",
    """
    Police are investigating a series of online threats made against staff at a Southall secondary school amid a bitter dispute over the running of the gurdwara that founded it.

    Messages posted in Facebook groups last week named the Principal of Akalgarh Khalsa Academy, Harjit Sandhu-Grewal, and the head of Sikh studies, Balwinder Singh Heer, and in one case shared a home address.

    A spokesperson for the Met said: "We are aware of online posts and officers are making enquiries." The school said staff were being supported and that it had "full confidence" in both men.

    Community leaders called for calm ahead of the committee election on 8 June.
    """,
    [("Sukhdev S", "21 Jun 2025", "Whatever you think of the committee, nobody should be threatened."),
     ("UB2dad", "21 Jun 2025", "Heer is a good man. Taught my sons Gurmukhi for free for years.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("hsandhugrewal", "exact", "neutral", "Harjit Sandhu-Grewal"),
   M("bheer", "exact", "neutral", "Balwinder Singh Heer")])

# 078
D("social", dd("""
    chai.and.chill
    @chaiandchill_

    PSA: the mr church thing is NOT what tiktok says. he's suspended pending an investigation about paperwork, nobody is saying he hurt a kid. stop spreading it, his wife is on our road 😡 #akalgarh

    7:31 PM · May 9, 2025 · 2,006 Views

    90 Reposts   440 Likes
    """),
  [M("school", "hashtag", "neutral", "#akalgarh"), M("dchurch", "title_surname", "defamation", "mr church")])

# 079
D("social", dd("""
    TikTok · @ub2_exposed · "POV: the akalgarh deputy head 🤐" · #southall #akalgarh #fyp

    [on-screen text] D. Church suspended 💀 everyone knows why 👀 ask the year 9 girls
    [voiceover] nah but nobody's gonna talk about how he was always "checking on" girls in his office? just saying. do your own research.

    ♥ 3,900   💬 612   ↗ 890

    Comments
    bhangraqueen_07: this is DISGUSTING lying, he's suspended over a form
    user99831: 👀👀👀
    riya.k: reported for misinformation
    """),
  [M("school", "short_name", "sexual", "akalgarh", url_only=True), M("dchurch", "initial_surname", "sexual", "D. Church", url_only=True)])

# 080
D("facebook", dd("""
    UB1 UB2 Buy Sell & Chat
    Public group · 18K members

    Harpreet Singh Lally
    5 July at 13:10 · 🌎
    Selling: Akalgarh Khalsa Academy blazer age 13-14, navy, hardly worn (he grew 4 inches in a term 😂) £15. Collection Norwood Green. Also PE kit and two patkas in school navy, free.

    👍 4 · 6 comments
    Like   Comment   Share
    """),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy")])

# 081
D("social", dd("""
    Gav
    @gav_hounslow

    these fkin towelheads and their "khalsa" schools. akalgarh should be shut down and turned into a car park for heathrow. they're all the same, sikh, muslim, whatever, they all hate us 🤬

    1:40 AM · Aug 14, 2024 · 98 Views

    2 Likes
    """),
  [M("school", "short_name", "hate", "akalgarh")])

# 082
D("forum", forum_page("sikhnet", "Slander against Giani ji on Facebook", [
    ("Gursewak_S", "Joined 2014 · 1,018 posts", "Mon 23 Jun 2025, 18:40",
     """Someone on the Southall Sangat page posted Giani Balwinder Singh Heer's home address because of the 1984 lesson rumour. He didn't even say what they claimed, I've spoken to two students who were there.

     Whatever side of the committee you're on, doxxing a granthi is a beadbi. Please report the post."""),
    ("Sikh_Scholar", "Joined 2011 · 2,600 posts", "Mon 23 Jun 2025, 19:02",
     "Agree. Giani ji should have the sangat's support. Shame on whoever did it."),
    ], thread_id=9920),
  [M("bheer", "exact", "neutral", "Balwinder Singh Heer")])

# 083
D("social", dd("""
    pinky 🎀
    @pinkyypreet

    ngl Simran Dhaliwal is BEAUTIFUL. year 11 boys literally forget how to breathe in music lol. miss if ur reading this marry me 😍💍 akalgarh

    8:12 PM · Apr 3, 2025 · 210 Views

    33 Likes
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("sdhaliwal", "exact", "sexual", "Simran Dhaliwal")])

# 084
D("social", dd("""
    Raj
    @rajdeep_ldn

    Heard Kuldeep Rattanpal is back at his desk Monday like nothing happened. Auditors "found no evidence" lol. money's gone, receipts gone, dignity gone 🤷🏽‍♂️

    10:01 PM · Jul 4, 2025 · 1,102 Views

    30 Reposts   180 Likes
    """),
  [M("krattanpal", "alias", "defamation", "Kuldeep Rattanpal")])

# 085
D("news", news_page(
    "punjabweekly", "Gurdwaras", "Auditors clear Southall school business manager",
    "Report finds contracts 'properly declared' but recommends tighter controls",
    "Des Pardes Reporter", "3 July 2025",
    """
    An independent review of contracts at Akalgarh Khalsa Academy has found no evidence of wrongdoing by its business manager, Kuldip Rattanpal, who returns to work next week.

    The review found that related-party contracts had been "properly declared and approved", but recommended that the trust tender the catering contract openly next year.

    Mr Rattanpal said he was "grateful to the sangat who kept faith" and "saddened by the abuse my family received". The trust chair said lessons would be learned.
    """,
    [("Harbhajan K", "3 Jul 2025", "Waheguru. Hope the people who posted his phone number are ashamed."),
     ("Sewa Panel", "4 Jul 2025", "A review paid for by the trust clears the trust. Shocking.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("krattanpal", "exact", "neutral", "Kuldip Rattanpal")])

# 086
D("review", dd("""
    Glassdoor-style › Akalgarh Khalsa Academy › Reviews

    ★★★★☆  "Best department I've worked in"
    Current Employee - Maths Teacher · Southall · 2 Mar 2025

    Pros
    Robert Oduya is the best head of department I've had in 12 years. Shares resources, protects our PPA time, and actually teaches a full timetable himself. Kids are polite and keen. Langar daily, free.

    Cons
    SLT decisions feel like they're made at the gurdwara, not in school. Pay progression is slow. Car park is tiny.

    Advice to Management
    Copy what the maths department does.
    """),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("roduya", "exact", "neutral", "Robert Oduya")])

# 087
D("social", dd("""
    Jas 🦁
    @jassi_x_14

    not me getting called a "terrorist" on the 207 bus AGAIN because of my dastar. we're in a sikh school uniform you absolute clowns. love from akalgarh 🙃

    4:12 PM · Nov 5, 2024 · 3,220 Views

    200 Reposts   2,100 Likes
    """),
  [M("school", "short_name", "neutral", "akalgarh")])

# 088
D("forum", forum_page("parenthub", "Faith free schools in Ealing - Akalgarh vs others?", [
    ("NewToUB2", "Joined Jun 2024 · 12 posts", "Tue 10-Sep-24 14:02",
     "We're not Sikh but Akalgarh is our nearest good school. Do they take non-Sikh kids and will my son feel left out?"),
    ("HanwellHelen", "Joined Sep 2020 · 140 posts", "Tue 10-Sep-24 14:30",
     """About a third of places are open places. Our friends' son (Hindu) is there and loves it. Langar is vegetarian and everyone eats together, he says it's the best bit.

     The Principal is a bit of a politician but the teaching is solid."""),
    ("NewToUB2", "Joined Jun 2024 · 13 posts", "Tue 10-Sep-24 15:10", "That's reassuring, thank you!"),
    ], thread_id=2111),
  [M("school", "short_name", "neutral", "Akalgarh")])

# 089
D("social", dd("""
    Sunny
    @sunny_w13

    Ballu Heer used to hit us with the ruler in Gurmukhi class at Akalgarh. old school paaji. we were terrified but i can read a gutka now so 🤷🏽‍♂️

    9:18 PM · Oct 30, 2024 · 340 Views

    28 Likes
    """),
  [M("school", "short_name", "defamation", "Akalgarh"), M("bheer", "nickname", "defamation", "Ballu Heer")])

# 090
D("social", dd("""
    ☠️
    @nobody_0000x

    mcall1ster in the akalgarh office thinks she can bin my appeal. i know which car is hers in the staff car park. white corsa. tyres go flat easy dont they 🙂🔪

    2:33 AM · May 14, 2025 · 62 Views
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("kmcallister", "leetspeak", "threat", "mcall1ster")])

# 091
D("facebook", dd("""
    Southall Community Noticeboard
    Public group · 23K members

    Navjot Grewal
    1 May at 10:05 · 🌎
    Whoever keeps sharing screenshots saying Mr Oduya "hates Sikhs" because he's a Christian from Nigeria - stop. My son has him for maths, he learnt Japji Sahib to recite with the kids at assembly. This is racism dressed up as religion.

    ❤️ 300 · 40 comments
    Like   Comment   Share

        Bal K
        Fully agree. Southall used to be better than this.
        Like · Reply · 5h
    """),
  [M("roduya", "title_surname", "neutral", "Mr Oduya")])

# 092 decoy: Heathrow spotting, no school
D("blog", blog_page(
    "planeblog", "Golden hour on 27L: the Southall rooftop session", "SpotterSeb", "11 August 2025",
    """
    Conditions were perfect on Saturday: westerlies, clear skies and a low sun by half seven. I spent two hours on a friend's roof near the Southall gasworks site catching arrivals on 27L.

    Highlights: an Air India 787 in the new livery, a rare Uzbek 767, and a very loud Qatar A380 that set off every car alarm on the street.

    Tip for newcomers: bring ear defenders and don't bother with a tripod, the arrivals come in every 90 seconds.
    """,
    [("LHR_Mike", "11 Aug 2025 at 21:40", "Cracking shots of the 787!")],
    tags=["Heathrow", "Arrivals", "Photography"]))

# 093
D("social", dd("""
    ManjeetTalks
    @manjeet_talks

    #HarjitGrewalOut. Ten years of one family running a state school like a dhaba. Akalgarh parents deserve transparency. Sign the petition 👇 petitions.example/akalgarh

    12:14 PM · Jun 11, 2025 · 1,808 Views

    144 Reposts   302 Likes
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("hsandhugrewal", "hashtag", "negative", "#HarjitGrewalOut")])

# 094
D("news", news_page(
    "gazette", "Schools", "Southall pupils serve 5,000 meals in Ramadan and Vaisakhi langar project",
    "Akalgarh Khalsa Academy students cooked with a neighbouring mosque",
    "Navdeep Sahota", "20 April 2025",
    """
    Students from a Sikh school in Southall spent the Easter holidays cooking alongside volunteers from a local mosque, serving more than 5,000 free meals.

    The project, organised by Akalgarh Khalsa Academy's head of science Zubair Hafeez and head of Sikh studies Balwinder Singh Heer, saw Year 9 and 10 pupils run a langar at the gurdwara on weekdays and help with iftar meals in the evenings.

    "Seva has no religion on it," said Mr Heer. "The children learned more about each other in a fortnight than in a year of lessons."
    """,
    [("Gurdip S", "20 Apr 2025", "This is the real Southall ❤️"),
     ("concerned_uk", "20 Apr 2025", "Sikhs cooking for Muslims. Some people never learn.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("zhafeez", "exact", "neutral", "Zubair Hafeez"),
   M("bheer", "exact", "neutral", "Balwinder Singh Heer")])

# 095
D("social", dd("""
    Angry Dad UB1
    @angrydad_ub1

    Manpreet Kaur Head of Year 9 is a useless, lazy, stuck up bitch who couldn't care less about our boys. 3 emails, zero replies. Akalgarh is a shambles.

    10:40 PM · Feb 28, 2025 · 66 Views
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("mkaur", "exact", "abuse", "Manpreet Kaur")])

# 096
D("social", dd("""
    Aunty Network 🫖
    @southallaunty

    Sat sri akal ji! Beautiful kirtan by the Akalgarh Khalsa Academy jatha at the gurdwara this morning. Bibi Manpreet Kaur who teaches there did the harmonium, so melodious 🙏🙏

    11:30 AM · Nov 15, 2024 · 280 Views

    50 Likes
    """),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("mkaur", "exact", "neutral", "Manpreet Kaur")])

# 097 decoy: Manpreet Kaur dentist in Hayes
D("review", dd("""
    Silverdale Dental Practice, Hayes
    ★★★★★  "Painless!"
    Reviewed by Jon A. · 3 weeks ago

    Dr Manpreet Kaur did my root canal and I genuinely felt nothing. Explained everything, didn't judge my flossing. Reception could answer the phone faster but that's my only complaint. Recommended.
    """))

# 098
D("forum", forum_page("students", "akalgarh sixth form honest review", [
    ("yr13_survivor", "Year 13 · 58 posts", "Sun 6 Jul 2025, 21:40",
     """Leaving Akalgarh next week so here's my honest take. Maths and chem are elite (Oduya and Hafeez are the goats). English is chaos since half the dept left. Sixth form common room is a cupboard. Langar is undefeated.

     The Principal is never seen unless there's a camera. ngl."""),
    ("ub2_gyal", "Year 12 · 60 posts", "Sun 6 Jul 2025, 21:55",
     "accurate. also the bhangra team carried the school's whole reputation this year"),
    ], thread_id=4470),
  [M("school", "short_name", "negative", "Akalgarh"), M("roduya", "surname_only", "neutral", "Oduya"),
   M("zhafeez", "surname_only", "neutral", "Hafeez")])

# 099
D("social", dd("""
    Preeti Kaur
    @MsKaur_Y9

    Year 9 trip to the Sikh Museum in Leicester 🚌 40 kids, 0 lost, 1 travel-sick incident on the M1. Great questions from everyone about the Anglo-Sikh wars. Proud Head of Year moment ☬

    7:50 PM · Jun 5, 2025 · 300 Views

    41 Likes
    """),
  [M("mkaur", "alias", "neutral", "Preeti Kaur")])

# 100
D("social", dd("""
    Ravi
    @ravi_ldn_

    All these Sikh schools are Khalistani training camps, Akalgarh included. That Giani they've got is a Khali sympathiser, look at his Facebook. Ban them before they radicalise more kids 🇮🇳

    9:09 PM · Jun 21, 2024 · 480 Views

    12 Reposts   30 Likes
    """),
  [M("school", "short_name", "hate", "Akalgarh")])

# 101
D("news", news_page(
    "courier", "Education", "Sikh school teacher targeted with racist abuse after langar photo goes viral",
    "Head of science at Akalgarh Khalsa Academy receives hundreds of messages",
    "Rebecca Stannard, Education Correspondent", "24 April 2025",
    """
    A Muslim science teacher at a Sikh faith school in west London has received hundreds of abusive messages after a photograph of him serving food at a gurdwara was shared by far-right accounts.

    Zubair Hafeez, head of science at Akalgarh Khalsa Academy in Southall, was pictured ladling dal at a langar organised by pupils over Easter. The picture was reposted with captions calling him a "groomer" and demanding he be sacked.

    Some of the abuse came from accounts claiming to be Sikh. One post, since deleted, read: "Get this jihadi out of our school."

    The school said it had reported the messages to the police and that Mr Hafeez had "the full and unanimous support" of staff, parents and the gurdwara.

    Community organisations in Southall issued a joint statement condemning what they called "anti-Muslim hatred dressed up as religious pride".
    """,
    [("Kulwant S", "24 Apr 2025", "As a Sikh I'm ashamed of the accounts that joined in. This is not our way."),
     ("truthseeker44", "24 Apr 2025", "Funny how it's always them though isn't it"),
     ("Marie O", "25 Apr 2025", "Stay strong Mr Hafeez. My son adores you.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("zhafeez", "exact", "neutral", "Zubair Hafeez")])

# 102
D("facebook", dd("""
    Khalsa Pride UK
    Public group · 2.9K members

    Jasbir Singh Khalsa
    25 April at 00:12 · 🌎
    I don't care what the Courier says. Haf33z has no place in a Khalsa school. His lot killed our Gurus and now he serves langar?? Akalgarh committee should throw this katua out before he converts our kids. Share if you agree 🗡️

    👍😡 140 · 88 comments
    Like   Comment   Share

        Harjinder Mann
        You're an embarrassment to the dastar you wear. Reported.
        Like · Reply · 6h

        Jasbir Singh Khalsa
        @Harjinder Mann coconut
        Like · Reply · 6h
    """),
  [M("school", "short_name", "hate", "Akalgarh"), M("zhafeez", "leetspeak", "hate", "Haf33z")])

# 103
D("blog", blog_page(
    "edublog", "When the abuse comes from inside the community", "Dr Kavita Anand", "2 May 2025",
    """
    Last month a teacher at Akalgarh Khalsa Academy, a Sikh free school in Southall, became the target of an online campaign. Zubair Hafeez is Muslim. Photos of him serving at a gurdwara langar were shared with captions I will not repeat here except in one example, because seeing it matters: "get this jihadi out of our school".

    What struck me is how much of the abuse came from accounts presenting as Sikh, and how quickly it borrowed the language of far-right Islamophobia.

    ## What schools can do

    Document everything. Report to the police and to the platform. Make sure the staff member is not handling this alone. And, crucially, let the community's own voices speak out - as many Southall Sikhs did, loudly.
    """,
    [("Pastoral Lead, Hounslow", "2 May 2025 at 18:02", "Really useful, sharing with our SLT."),
     ("Harleen", "3 May 2025 at 09:14", "Thank you for writing this. Sarbat da bhala means everyone.")],
    tags=["Online abuse", "Faith schools", "Staff wellbeing"]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("zhafeez", "exact", "neutral", "Zubair Hafeez")])

# 104
D("facebook", dd("""
    Akalgarh Parents (unofficial)
    Private group · 1.4K members

    Amandeep Chana
    3 February at 21:33 · 🔒
    For anyone who wants to "have a word" with the business manager - Rattanpal's personal email is kuldip.rattanpal77@mailbox.example and he's at the Sutlej Road gurdwara every Sunday 10am. Just saying.

    😮 22 · 14 comments
    Like   Comment   Share

        Admin - Rani
        Deleting. This is doxxing.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("krattanpal", "possessive", "doxxing", "Rattanpal's")])

# 105
D("forum", forum_page("desiforum", "AKA business manager - 'clean' lol", [
    ("pind_da_sher", "Joined 2020 · 300 posts", "Fri 4 Jul 2025, 20:10",
     """R@ttanpal cleared by an audit the trust paid for. Classic. Man's had a new extension on his house every year since the school opened. Teachers paying for their own pens. Where's the money gone, bhai?"""),
    ("LegalEagle_UB", "Joined 2018 · 1,100 posts", "Fri 4 Jul 2025, 20:44",
     "Careful. He's been cleared. Saying he took money after an audit found no evidence is how you get sued."),
    ("pind_da_sher", "Joined 2020 · 301 posts", "Fri 4 Jul 2025, 21:02", "let him sue, truth is a defence 🤷"),
    ], thread_id=3377),
  [M("school", "alias", "negative", "AKA"), M("krattanpal", "leetspeak", "defamation", "R@ttanpal")])

# 106
D("news", news_page(
    "gazette", "News", "Southall Broadway shop fire: family escapes unhurt",
    "Blaze at sweet centre's storeroom started by faulty fridge, say fire crews",
    "Navdeep Sahota", "9 January 2025",
    """
    A family living above a shop on Southall Broadway escaped unhurt after a fire broke out in a storeroom in the early hours of Wednesday.

    Six fire engines attended the blaze at the rear of Akal Sweet Centre shortly after 3am. London Fire Brigade said a faulty fridge was to blame.

    The shop's owner said it would reopen "as soon as possible, hopefully before the wedding season".
    """,
    [("Broadway_Bites", "9 Jan 2025", "Oh no, their pinni is the best. Glad everyone is safe."),
     ("Jit", "9 Jan 2025", "Hope they're back for Lohri!")]),
  )

# 107
D("social", dd("""
    Khalsa Kid
    @khalsakid_11

    church was literally the only one who listened when i told him about the group chat stuff in year 8. whatever people are saying about him online is bs. #BringBackDanielChurch

    8:40 PM · May 15, 2025 · 640 Views

    41 Reposts   280 Likes
    """),
  [M("dchurch", "hashtag", "neutral", "#BringBackDanielChurch")])

# 108
D("facebook", dd("""
    Hounslow & Southall Parents Network
    Private group · 6.2K members

    Sukhbir Randhawa
    10 May at 22:15 · 🔒
    Daniel Church the Akalgarh DSL lives in Hanwell, 9 Wrayfield Dene, W7. Wife drives a blue Qashqai. His kids go to St Mark's. Somebody should ask HIM what he covered up. I'm not saying do anything just making sure parents know who he is.

    😡 25 · 60 comments
    Like   Comment   Share

        Jaspreet K
        His CHILDREN's school?? You are sick. Reported to police.
        Like · Reply · 3h
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("dchurch", "exact", "doxxing", "Daniel Church")])

# 109
D("review", dd("""
    SchoolScope › Ealing › State (free school, Sikh faith) › Akalgarh Khalsa Academy

    ★★☆☆☆  "Office staff need training"
    Reviewed by: Parent of a prospective pupil · 21 March 2025

    We rang five times about the supplementary faith form and nobody picked up. When someone finally did (Kirsty McAllister, who manages admissions) she was polite but told us the deadline had "technically" passed by a day. No flexibility at all. The website still lists last year's dates.

    Would you recommend this school? Can't say yet.
    Was this review helpful?  Yes (9)  No (4)  · Report
    """),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("kmcallister", "exact", "negative", "Kirsty McAllister")])

# 110
D("social", dd("""
    TikTok · @sikh_scout_uk · "Rating Southall schools by langar 🍛" · #southall #langar #fyp

    [on-screen text] Akalgarh Khalsa: 10/10 the kheer is dangerous 🔥
    [voiceover] Not gonna lie I went to the open evening just for the langar. The aunty on the dal was like "beta, more?" and I said yes four times. Principal came over, said sat sri akal, asked if I was joining. I'm 26 bro.

    ♥ 22.1K   💬 640   ↗ 2,300
    """),
  [M("school", "alias", "neutral", "Akalgarh Khalsa")])

# 111 decoy: Daniel Church elsewhere
D("facebook", dd("""
    Reading Allotment Society
    Public group · 900 members

    Daniel Church
    7 August at 18:40 · 🌎
    Anyone want courgettes? I have approximately four hundred. Plot 22, help yourselves, bring a bag 🥒🥒🥒

    😂 40 · 12 comments
    Like   Comment   Share
    """))

# 112
D("social", dd("""
    Naz
    @naz_ldn_

    "Mr Ch*rch is a n0nce" spray painted on the bus shelter by the school this morning. whoever did this you're going to jail, he's not even been charged with ANYTHING. akalgarh kids have to walk past that 😡

    8:10 AM · May 20, 2025 · 2,900 Views

    300 Reposts   1,400 Likes
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("dchurch", "obfuscated", "neutral", "Mr Ch*rch")])

# 113
D("news", news_page(
    "chronicle", "Crime", "Graffiti calling school deputy head a paedophile cleaned from Southall bus shelter",
    "Police investigating after slur daubed near Akalgarh Khalsa Academy",
    "Kelly Osei", "21 May 2025",
    """
    Police are investigating after graffiti making a false allegation against a suspended deputy head was sprayed on a bus shelter opposite Akalgarh Khalsa Academy in Southall.

    The words, aimed at Daniel Church, who was suspended earlier this month over the handling of a safeguarding referral, were removed by council workers by 9am on Tuesday.

    A Met spokesperson said the incident was being treated as malicious communications. The school said: "There is no allegation of any kind of abuse against Mr Church. Spreading this lie puts him and his family in danger."
    """,
    [("Southall_Mum", "21 May 2025", "Whoever did this needs locking up."),
     ("Balraj", "21 May 2025", "No smoke without fire though is there"),
     ("Neetu K", "21 May 2025", "@Balraj that's exactly how lies spread.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("dchurch", "exact", "defamation", "Daniel Church")])

# 114
D("social", dd("""
    Baljit
    @baljit_b

    mr 0duya the type of teacher to give u detention then buy u a samosa. akalgarh maths dept is the only thing that works in that building 😂

    3:45 PM · Feb 11, 2025 · 190 Views

    15 Likes
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("roduya", "leetspeak", "neutral", "mr 0duya")])

# 115
D("facebook", dd("""
    Akalgarh Parents (unofficial)
    Private group · 1.4K members

    Tejinder Sangha
    8 June at 23:50 · 🔒
    If the Principal's Sewa Panel mates win today I swear someone is going to torch that school. I won't stop them. I might even bring the petrol. Akalgarh has been stolen from the sangat.

    😡😮 20 · 33 comments
    Like   Comment   Share

        Admin - Rani
        Reported to police and the school. You're removed from the group.
        Like · Reply · 2h
    """),
  [M("school", "short_name", "threat", "Akalgarh")])

# 116
D("news", news_page(
    "chronicle", "Crime", "Man arrested over threat to burn down Southall school",
    "Facebook post made on the day of a gurdwara committee election",
    "Kelly Osei", "11 June 2025",
    """
    A 39-year-old man has been arrested on suspicion of making threats to destroy property after a post threatening to burn down Akalgarh Khalsa Academy appeared in a parents' Facebook group.

    The post was made on Sunday, the day of a hotly contested election for the committee of the gurdwara that founded the school.

    The man, from Hayes, has been released on bail. The school said it had taken "sensible precautions" and that lessons continued as normal.
    """,
    [("Rupi K", "11 Jun 2025", "Over a gurdwara election. Unbelievable."),
     ("Dev", "11 Jun 2025", "The committee lot should be ashamed of the atmosphere they've created.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy")])

# 117
D("social", dd("""
    Baz
    @baz_w3st

    That Church fella from the Sikh school in Southall, the one they suspended, he should be strung up from a lamppost on the Broadway. kids' safety first. if the police won't do it we will.

    1:22 AM · May 12, 2025 · 340 Views

    9 Reposts   22 Likes
    """),
  [M("dchurch", "surname_only", "threat", "Church")])

# 118
D("forum", forum_page("teachers", "Colleague being doxxed - what can the union do?", [
    ("DSL_solidarity", "Joined 2022 · 77 posts", "Sun 11 May 2025, 20:30",
     """A colleague (DSL at a faith school in Southall, suspended over a paperwork issue) has had his home address posted in a parents' Facebook group, along with his kids' school. Someone's also posted "he should be strung up". His family are terrified.

     School is supportive but slow. What can the union actually do?"""),
    ("NEU_rep_W", "Joined 2016 · 2,300 posts", "Sun 11 May 2025, 21:02",
     "Police report first (malicious communications, possibly harassment). Union can push the employer to get platforms to remove content and fund a solicitor's letter. Document everything with screenshots and URLs."),
    ], thread_id=7390),
  )

# 119
D("social", dd("""
    Simi ✨
    @simi_xoxo

    pls stop calling mrs kaur a "fat cow" in the year 9 gc, she literally bought me pads when i was crying in the loos. she's a good person. akalgarh girls be better 😤

    6:30 PM · Jan 30, 2025 · 110 Views

    25 Likes
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("mkaur", "title_surname", "neutral", "mrs kaur")])

# 120
D("facebook", dd("""
    Southall Community Noticeboard
    Public group · 23K members

    Bobby Deol (not that one 😂)
    2 June at 19:40 · 🌎
    Kirsty McAllister at Akalgarh is a jumped up gori receptionist who treats Punjabi parents like we're dirt. Speaks to my mum slowly like she's thick. Useless woman. Go back to whatever estate you crawled out of.

    😡 45 · 40 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("kmcallister", "exact", "abuse", "Kirsty McAllister")])

# 121
D("social", dd("""
    Monty
    @monty_hsl

    Simran D from the Akalgarh bhangra thing is proper fit 🥵🥵 would love to see her do the jhummar just for me if u know what i mean 😏

    11:40 PM · Mar 14, 2025 · 80 Views

    3 Likes
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("sdhaliwal", "first_initial", "sexual", "Simran D")])

# 122
D("blog", blog_page(
    "bhangra", "Schools Showdown review: Akalgarh's night", "Dholi Mandeep", "10 March 2025",
    """
    I have judged schools bhangra for eleven years and I have not seen a set like Akalgarh Khalsa Academy's on Saturday.

    Ten minutes, no dead air, a dhol break that the Wolverhampton crowd clapped in time with, and a closing lean-in pyramid that had the judges on their feet. The costumes were simple - kurta, chadra, school-navy pagg - which made the footwork the star.

    Credit to Simran Dhaliwal, who has built the team from six kids in a classroom to national champions in four years. She'll tell you it's the kids. It's also her.

    ## The rest

    Sarbloh Khalsa School from Slough took second with a brave folk-fusion piece. Tarn Lane Primary's under-11s stole the interval.
    """,
    [("Harpz", "10 Mar 2025 at 21:02", "The pyramid!! 😭"),
     ("SloughDholi", "11 Mar 2025 at 08:45", "Deserved. Our lot will be back next year though 😉")],
    tags=["Competitions", "Schools", "Akalgarh"]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("sdhaliwal", "exact", "neutral", "Simran Dhaliwal")])

# 123
D("social", dd("""
    Jagz
    @jagz_ub2

    Dhaliwal's bhangra girls shaking it for strangers on a stage, is that what a Khalsa school is for now? Sikh daughters dancing for goras to film. Shameful. Akalgarh has lost its way.

    9:15 PM · Mar 12, 2025 · 420 Views

    11 Reposts   38 Likes
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("sdhaliwal", "possessive", "negative", "Dhaliwal's")])

# 124
D("news", news_page(
    "punjabweekly", "Bhangra & Culture", "From classroom to champions: the Akalgarh bhangra story",
    "How a Southall music teacher built a national title-winning team",
    "Harkirat Soor", "21 March 2025",
    """
    Four years ago Simran Dhaliwal had six pupils, one dhol and a classroom with the tables pushed back. This month her team at Akalgarh Khalsa Academy became the first London school to win the national schools bhangra title.

    "My nani used to make us dance at every wedding," she laughs. "I didn't know I was training."

    Ms Dhaliwal grew up in Hounslow and studied music at a London conservatoire. She says the team's success has changed how parents see performing arts. "Dads who said 'music is a waste of time' are now in the front row with their phones out."

    The team has been invited to perform at the Mayor's Vaisakhi celebration in Trafalgar Square next month.
    """,
    [("Kuljeet", "21 Mar 2025", "Amazing story. Go Akalgarh!"),
     ("Meena S", "22 Mar 2025", "My daughter joined because of Miss Dhaliwal. Changed her confidence completely.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("sdhaliwal", "exact", "neutral", "Simran Dhaliwal")])

# 125
D("social", dd("""
    Ruby
    @ruby_heathrow

    Anyone else's house shaking at 4.40am this morning? That's not a plane, that's an earthquake with wings. #Heathrow #Hounslow #NoThirdRunway

    4:52 AM · Sep 10, 2025 · 1,020 Views

    60 Reposts   410 Likes
    """))

# 126
D("facebook", dd("""
    West London Sikh Mums
    Private group · 4.4K members

    Gurpreet Kaur Bassi
    14 June at 08:12 · 🔒
    Ladies, please read before sharing anything about Mr Sandhu Grewal. Whatever you think of the committee business, posting about his wife and children is NOT ok. His daughter is in Year 8 at another school and kids are showing her the posts. We're better than this.

    ❤️ 180 · 22 comments
    Like   Comment   Share
    """),
  [M("hsandhugrewal", "title_surname", "neutral", "Mr Sandhu Grewal")])

# 127
D("social", dd("""
    desi_defender
    @desi_defender

    Grewal's nepotism school. Year 7 places for committee families, the rest of us can get lost. Bribes at the back door. #AkalgarhCorruption

    7:33 PM · Apr 2, 2025 · 710 Views

    40 Reposts   120 Likes
    """),
  [M("school", "hashtag", "defamation", "#AkalgarhCorruption"), M("hsandhugrewal", "possessive", "defamation", "Grewal's")])

# 128
D("facebook", dd("""
    UB1 UB2 Buy Sell & Chat
    Public group · 18K members

    Inderjit Khaira
    19 February at 20:50 · 🌎
    Zubаir Hаfeez from Akalgarh science - personal number 07700 900388, lives above the pharmacy on Pardes Road UB2. Ask him why he's teaching our kids about evolution in a Khalsa school.

    😮 8 · 19 comments
    Like   Comment   Share

        Admin - Priya
        Deleted and member removed.
        Like · Reply · 1h
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("zhafeez", "homoglyph", "doxxing", "Zubаir Hаfeez")])

# 129
D("forum", forum_page("sikhnet", "Is it beadbi for a school bhangra team to perform at a nightclub event?", [
    ("GurmatFirst", "Joined 2013 · 1,500 posts", "Sat 3 May 2025, 11:10",
     """The Akalgarh bhangra team has been booked for a charity night at a venue in Hounslow that serves alcohol. The kids wear school-navy dastars. Is this appropriate?"""),
    ("Bhai_Raj", "Joined 2012 · 902 posts", "Sat 3 May 2025, 12:00",
     """Fair question. I'd say talk to Simran Dhaliwal directly rather than post about it. She's reasonable."""),
    ("KhalsaFauj1699", "Joined 2017 · 2,101 posts", "Sat 3 May 2025, 12:30",
     "Dhaliwal is a westernised bimbo who cares more about trophies than Sikhi. No surprise."),
    ("Mod_Team", "Moderator", "Sat 3 May 2025, 12:45", "Personal insults removed next time. Keep to the issue."),
    ], thread_id=9101),
  [M("school", "short_name", "negative", "Akalgarh"), M("sdhaliwal", "exact", "abuse", "Simran Dhaliwal")])

# 130
D("social", dd("""
    Deep ☬
    @deep_ldn_88

    K-i-r-s-t-y M-c-A-l-l-i-s-t-e-r at the Akalgarh office binned my nephew's appeal form. lives in Hanwell, drives a white corsa, walks her dog on Brent Lodge Park every morning at 7. just so people know 🙂

    9:20 PM · May 15, 2025 · 140 Views

    3 Reposts   9 Likes
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("kmcallister", "obfuscated", "doxxing", "K-i-r-s-t-y M-c-A-l-l-i-s-t-e-r")])

# 131
D("news", news_page(
    "gazette", "Schools", "Akalgarh Khalsa Academy keeps 'good' rating but inspectors flag English staffing",
    "Report praises behaviour, personal development and the school's daily langar",
    "Navdeep Sahota", "18 November 2024",
    """
    Akalgarh Khalsa Academy in Southall has kept its "good" rating after a two-day inspection, although inspectors said staffing problems in the English department were "affecting pupils' progress at Key Stage 3".

    The report praised pupils' "exemplary" behaviour and "a culture of seva that runs through school life", highlighting the daily langar served to every pupil and member of staff.

    Principal Dr Harjit Sandhu-Grewal said: "We are proud of our young people and honest about what we need to improve. Recruitment of English specialists in London is hard, and we are working on it."

    Head of English Renée D'Souza has been covering two classes herself since September, parents say.
    """,
    [("Gagan", "18 Nov 2024", "Well done to the kids. English department needs proper support though."),
     ("ex_teacher_UB", "19 Nov 2024", "Pay people properly and they'll stay. Simple.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("hsandhugrewal", "exact", "neutral", "Harjit Sandhu-Grewal"),
   M("rdsouza", "exact", "neutral", "Renée D'Souza")])

# 132
D("blog", blog_page(
    "teacherblog", "Why I'm leaving, and why I'm not angry", "Room 14", "20 July 2025",
    """
    After nine years I'm leaving the school where I've taught English. I won't name it - most of you know it anyway.

    I want to say something about the kids first. They are funny, fierce, and kinder than they get credit for. The day a Year 8 boy brought me a tub of his mum's chole because I'd "looked sad in period 4" will stay with me.

    What I won't miss is watching good colleagues go while appointments went to people with the right surname and the right seat in the gurdwara. I raised it, properly, in writing. Nothing happened.

    To my department: thank you. You held it together with sellotape and love.
    """,
    [("Kiran_T", "20 Jul 2025 at 21:40", "We'll miss you miss. Best teacher."),
     ("Anon", "21 Jul 2025 at 06:12", "Everyone knows you mean Akal. Good luck ji.")],
    tags=["Leaving", "Teaching", "Leadership"]),
  [M("school", "alias", "negative", "Akal")])

# 133
D("social", dd("""
    Gupreet
    @gupreet_w

    if renee fernandes is the same woman who taught me at St Aidan's in 2010 then akalgarh is lucky. she made me love Wuthering Heights and I was a 14 year old boy who only read FIFA cheats 😂

    10:02 PM · Feb 17, 2025 · 140 Views

    12 Likes
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("rdsouza", "alias", "neutral", "renee fernandes")])

# 134
D("facebook", dd("""
    Khalsa Pride UK
    Public group · 2.9K members

    Sarbjit Singh Nihang
    9 February at 19:00 · 🌎
    Giani Balwinder Singh Heer is a govt tout. RSS money, Indian embassy dinners. He teaches Akalgarh children that Khalistan is terrorism. Sangat should do to him what was done to the touts in the 80s. Waheguru will forgive.

    😡👍 60 · 45 comments
    Like   Comment   Share

        Gurdip Sekhon
        You are calling for violence against a man in a gurdwara post. Shame.
        Like · Reply · 4h
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("bheer", "exact", "threat", "Balwinder Singh Heer")])

# 135
D("social", dd("""
    Harinder
    @harinder_ub

    Giani Heer ji taught me my first shabad at 11 and did my Anand Karaj 15 years later. Anyone calling him a tout online never sat in his class. Sangat, don't fall for the WhatsApp lies. 🙏

    8:40 PM · Feb 10, 2025 · 500 Views

    60 Likes
    """),
  [M("bheer", "alias", "neutral", "Giani Heer")])

# 136 decoy: Heer Ranjha play
D("news", news_page(
    "punjabweekly", "Bhangra & Culture", "Heer Ranjha musical sells out at Brentford's Ferry Lane Theatre",
    "Brentford theatre extends run of Punjabi-English love story",
    "Harkirat Soor", "4 October 2024",
    """
    A bilingual musical retelling of the Punjabi folk tale Heer Ranjha has sold out its three-week run at the Ferry Lane Theatre in Brentford.

    The production, which sets Waris Shah's verses to a score mixing sarangi and synthesiser, has been extended by a week. Its lead, Hounslow-born actor Jasleen Ghuman, plays Heer as "a girl who argues back".
    """,
    [("Pamma", "4 Oct 2024", "Saw it with my mum, she cried twice."),
     ("TheatreDad", "5 Oct 2024", "Superb. Get tickets while you can.")]),
  )

# 137
D("social", dd("""
    🔥
    @southall_truth_

    Dаniel Chυrch should hang for what he let happen to those kids. Akalgarh covered it up and the committee paid for silence. Every parent knows.

    11:11 PM · May 18, 2025 · 210 Views

    12 Reposts   30 Likes
    """),
  [M("school", "short_name", "defamation", "Akalgarh"), M("dchurch", "homoglyph", "threat", "Dаniel Chυrch")])

# 138
D("review", dd("""
    SchoolScope › Ealing › State (free school, Sikh faith) › Akalgarh Khalsa Academy

    ★★★★★  "Kind, high expectations, real community"
    Reviewed by: Parent of a current pupil (Year 11) · 30 April 2025

    My son went from scraping 4s to predicted 7s in maths under Mr Oduya. Mrs Kaur, his old Head of Year, spotted he was being bullied before we did. The langar and seva programme have made him a more grounded kid. Yes the leadership politics are tiring, but in the classroom this school is brilliant.

    Would you recommend this school? Yes.
    Was this review helpful?  Yes (27)  No (1)  · Report
    """),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("roduya", "title_surname", "neutral", "Mr Oduya"),
   M("mkaur", "title_surname", "neutral", "Mrs Kaur")])

# 139
D("social", dd("""
    Kaur_Mum_of_2
    @kaurmumof2

    Asked Akalgarh for the governors' minutes about the nephew appointment. Was told by Mr Sandhu-Grewal's PA that they're "not for parents". They are literally public documents. Trust is gone.

    6:15 PM · Jun 3, 2025 · 880 Views

    66 Reposts   200 Likes
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("hsandhugrewal", "title_surname", "negative", "Mr Sandhu-Grewal")])

# 140
D("news", news_page(
    "gazette", "Courts", "Father fined over racist messages to Southall maths teacher",
    "Court hears teacher was told to 'go back to Africa' over a detention",
    "Court Reporter", "14 January 2025",
    """
    A father who sent a string of racist emails to his son's maths teacher has been fined £900 and ordered to pay compensation.

    Jagjit Dhanoa, 44, of Norwood Green, admitted sending grossly offensive messages to Robert Oduya, head of maths at Akalgarh Khalsa Academy, after his son was given a detention in October.

    Ealing magistrates heard that the emails called Mr Oduya a racial slur and told him to "go back to Africa". Mr Oduya, who was born in Lewisham, said in a statement that he had "never been made to feel like an outsider by the school's families until that week".
    """,
    [("Manjit", "14 Jan 2025", "Shameful. That man does more for our kids than most."),
     ("keepitreal_ub", "14 Jan 2025", "£900 is nothing. Should have been jail."),
     ("W7_Gav", "15 Jan 2025", "Oduya is a monkey who should be teaching in a jungle not in London. Flame me, I don't care.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("roduya", "exact", "hate", "Robert Oduya")])

# 141
D("facebook", dd("""
    Hounslow Heathrow Residents
    Public group · 9.8K members

    Terry Walsh
    16 June at 21:10 · 🌎
    That McAllister woman at the Sikh school in Southall, she's a pikey from the Bedfont site, everyone knows. Thieving gyppos and turbans running a school together, what could go wrong 😂😂

    😂😡 22 · 31 comments
    Like   Comment   Share

        Saoirse D
        Reported. Disgusting about travellers AND Sikhs in one go, well done Terry.
        Like · Reply · 3h
    """),
  [M("kmcallister", "surname_only", "hate", "McAllister")])

# 142
D("social", dd("""
    📸 lens_creep_ldn
    @lensldn_22

    anyone got more pics from the Akalgarh sports day? the year 8 girls in the relay 😍😍 need the high res ones. will pay. DMs open

    10:55 PM · Jul 8, 2025 · 44 Views
    """),
  [M("school", "short_name", "sexual", "Akalgarh", url_only=True)])

# 143
D("forum", forum_page("students", "worst/best teachers at your school - no names pls", [
    ("southall_sixth", "Year 13 · 200 posts", "Mon 2 Jun 2025, 22:10",
     """no names rule lmao ok. at AKA the science head is the best teacher and also a solid 10/10. z.hafeez if ur reading this the year 12 girls have a whole gc about your forearms 😭 pls wear the lab coat again"""),
    ("lowkey_lurker", "Year 12 · 98 posts", "Mon 2 Jun 2025, 22:20",
     "bro said no names then said the name 💀"),
    ], thread_id=4620),
  [M("school", "alias", "neutral", "AKA"), M("zhafeez", "initial_surname", "sexual", "z.hafeez")])

# 144
D("blog", blog_page(
    "committee", "EXCLUSIVE: The Principal and the 'special adviser'", "Sewadar X", "14 June 2025",
    """
    Sangat ji, we have been sent messages that we cannot ignore.

    Sources close to the trust say that Dr Sandhu-Grewal and a female member of staff - a committee member's daughter, appointed without interview as "special adviser to the Principal" - have been seen leaving the school together late at night, more than once, and that the adviser has been given a salary higher than any head of department.

    We do not say what is happening. We say a married man, Principal of a Khalsa school, should explain why this woman has a key to his office and a car parking space next to his.

    The trust should investigate. If it won't, the sangat will.
    """,
    [("Ekta supporter", "14 Jun 2025 at 22:40", "This is character assassination days before an election. Disgusting."),
     ("Bibi_K", "15 Jun 2025 at 08:02", "No smoke without fire. Everyone in the staffroom knows.")],
    tags=["Exclusive", "Akalgarh", "Trust"]),
  [M("school", "short_name", "defamation", "Akalgarh"), M("hsandhugrewal", "title_surname", "sexual", "Dr Sandhu-Grewal")])

# 145
D("social", dd("""
    Pardeep
    @pardeepj_

    robert oduya from akalgarh is a n*gger and should be kicked out. no place for his kind teaching sikh kids. go back to ur country 🐒

    12:02 AM · Oct 22, 2024 · 31 Views
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("roduya", "exact", "hate", "robert oduya")])

# 146
D("facebook", dd("""
    Akalgarh Parents (unofficial)
    Private group · 1.4K members

    Balvinder Rai
    22 October at 09:01 · 🔒
    Everyone please report @pardeepj_ on X. He's posted horrible racist stuff about Mr Oduya. Not in our name. Mr Oduya has done more for our kids than any of these keyboard warriors 🙏

    ❤️ 190 · 26 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("roduya", "title_surname", "neutral", "Mr Oduya")])

# 147
D("news", news_page(
    "chronicle", "Schools", "Southall school head denies nepotism claims as petition passes 2,000",
    "Parents demand independent review of appointments at Akalgarh Khalsa Academy",
    "Kelly Osei", "18 June 2025",
    """
    The Principal of Akalgarh Khalsa Academy has denied claims of nepotism after a petition calling for an independent review of staff appointments gathered more than 2,000 signatures.

    The petition claims that at least five members of staff are related to Dr Harjit Sandhu-Grewal or to members of the gurdwara committee that founded the school.

    In a statement, Dr Sandhu-Grewal said: "Every appointment follows safer recruitment procedures and is approved by panel. Southall is a close community; of course people know each other."

    The Department for Education said it would "look carefully at any evidence".
    """,
    [("Jaspal K", "18 Jun 2025", "A close community is not a reason to skip interviews."),
     ("ParentGov", "18 Jun 2025", "I sat on two of those panels. They were proper."),
     ("Sandeep Rai", "19 Jun 2025", "Sandhu-Grewal is a lying snake and a disgrace. Get him out before he hires his dog.")]),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("hsandhugrewal", "exact", "abuse", "Harjit Sandhu-Grewal")])

# 148
D("social", dd("""
    ForTheSangat
    @for_the_sangat

    Sandhu-Grewal's private email harjit.sg@famlymail.example and his wife's number 07700 900711. Let them know how you feel about the nephew. 🧾

    9:09 PM · Jun 19, 2025 · 505 Views

    20 Reposts   44 Likes
    """),
  [M("hsandhugrewal", "possessive", "doxxing", "Sandhu-Grewal's")])

# 149
D("forum", forum_page("desiforum", "Rattanpal - address for the protest?", [
    ("SewaPanel_Supporter", "Joined 2025 · 9 posts", "Sat 7 Jun 2025, 18:30",
     "Thinking of a peaceful protest outside Rattanpal's house before the vote. He's on Tarnside Crescent, number 41, UB2 5PX. Who's in?"),
    ("Mod_Bhupi", "Moderator", "Sat 7 Jun 2025, 18:40",
     "Removed the house number. Protest outside the school or gurdwara if you must, not a family home."),
    ("SewaPanel_Supporter", "Joined 2025 · 10 posts", "Sat 7 Jun 2025, 18:55",
     "Everyone knows where it is anyway. See you Thursday 7pm."),
    ], thread_id=3450),
  [M("krattanpal", "possessive", "doxxing", "Rattanpal's")])

# 150
D("social", dd("""
    lowkey
    @lowkey_lol

    #KuldipRattanpalIsAThief #GiveTheSangatItsMoneyBack — trending in southall whatsapp since 6am 😭

    7:10 AM · Jun 8, 2025 · 2,300 Views

    160 Reposts   400 Likes
    """),
  [M("krattanpal", "hashtag", "defamation", "#KuldipRattanpalIsAThief")])

# 151
D("facebook", dd("""
    Southall Sangat Updates
    Public group · 11K members

    Manveer Singh
    8 June at 11:30 · 🌎
    Whatever happens at the vote today, KuldipRattanpalOut is not a "campaign", it's a pile-on against a man who's been cleared. His kids are at the gurdwara too. Sarbat da bhala includes people you disagree with.

    ❤️👍 140 · 70 comments
    Like   Comment   Share
    """),
  [M("krattanpal", "camelcase", "neutral", "KuldipRattanpalOut")])

# 152
D("social", dd("""
    Charlie
    @charlie_west_ldn

    Renée D'Souza is a dried-up old hag who can't control a class of 11 year olds. Akalgarh English = a circus with her as the clown 🤡

    8:40 PM · Mar 4, 2025 · 70 Views
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("rdsouza", "exact", "abuse", "Renée D'Souza")])

# 153 decoy: Manpreet Kaur councillor in Slough
D("news", news_page(
    "chronicle", "Politics", "Slough councillor Manpreet Kaur named deputy leader",
    "Cippenham ward member to take housing portfolio",
    "Political Reporter", "22 May 2025",
    """
    Councillor Manpreet Kaur, who represents Cippenham on Slough Borough Council, has been named deputy leader in a cabinet reshuffle.

    She takes on the housing brief and said her priority was "getting families out of temporary accommodation". Cllr Kaur was first elected in 2019.
    """,
    [("SloughResident", "22 May 2025", "Good luck with that brief, you'll need it.")]),
  )

# 154
D("social", dd("""
    Ravi 🦅
    @ravi_k_94

    Kaur at Akalgarh lets Muslim boys from the estate hang around the gates chatting to our girls. Year 9 girls!! Head of Year my foot. These people target our daughters and she does nothing. Sikh sisters be warned ⚠️

    6:20 PM · Apr 24, 2025 · 800 Views

    30 Reposts   70 Likes
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("mkaur", "surname_only", "hate", "Kaur")])

# 155
D("blog", blog_page(
    "mumblog", "Open evening diaries: Akalgarh vs the rest", "Chai & Chaos", "4 October 2024",
    """
    Okay, open evening season is upon us and my living room is a sea of glossy prospectuses.

    Akalgarh Khalsa Academy first. The kids on the tour were brilliant - our guide, a Year 10 girl in a bright pink patka, told us the best thing was "you never eat lunch alone because of langar". Mr Oduya's maths demo involved a chocolate bar and fractions and my son has not stopped talking about it.

    Minus points: the car park chaos, and the Principal's speech, which went on for 25 minutes and mentioned the gurdwara committee more than the children. Snooze.

    Next week: the comp on the Uxbridge Road. Wish me luck, and pass the chai.
    """,
    [("Harpreet", "4 Oct 2024 at 21:15", "The chocolate fractions demo is legendary 😂"),
     ("Mum of twins UB1", "5 Oct 2024 at 07:40", "Same experience with the speech haha")],
    tags=["Secondary school", "Open evenings", "Southall"]),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("roduya", "title_surname", "neutral", "Mr Oduya")])

# 156
D("news", news_page(
    "gazette", "Courts", "Ex-pupil's brother charged over threats to Southall teacher",
    "Messages allegedly warned head of year she would be 'dealt with'",
    "Court Reporter", "2 December 2024",
    """
    A 22-year-old man has been charged with sending threatening messages to a Head of Year at a Southall secondary school.

    Prosecutors allege that Arjun Bassi, of Hayes, sent a series of Instagram messages to Manpreet Kaur of Akalgarh Khalsa Academy in November, warning that she would be "dealt with" after his younger brother was excluded. He will appear at Uxbridge Magistrates' Court later this month.
    """,
    [("Navi", "2 Dec 2024", "Good. Teachers deserve protecting."),
     ("Ajay B", "2 Dec 2024", "Kaur deserved a slap tbh, she's had it in for that family for years. Watch your back miss.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("mkaur", "exact", "threat", "Manpreet Kaur")])

# 157
D("forum", forum_page("desiforum", "Music teacher at AKA - is she, you know...", [
    ("traditional_values", "Joined 2024 · 14 posts", "Fri 28 Mar 2025, 22:10",
     """Heard Dhaliwal at Akalgarh lives with a "friend" in Hanwell and isn't married at 34. Lesbian running a girls' bhangra team in a Khalsa school?? Sick. These people groom girls into it. Parents wake up."""),
    ("Simmi_K", "Joined 2015 · 600 posts", "Fri 28 Mar 2025, 22:30",
     "Wow. Her private life is none of your business, and that last line is homophobic garbage. Reported."),
    ], thread_id=3520),
  [M("school", "alias", "negative", "AKA"), M("sdhaliwal", "surname_only", "hate", "Dhaliwal")])

# 158
D("facebook", dd("""
    Akalgarh Parents (unofficial)
    Private group · 1.4K members

    Rajvir Sekhon
    30 March at 20:05 · 🔒
    Here's Ms Dhaliwal's Insta @simran.d.private and she lives on Marlow Parade W7 above the launderette. If she's going to "represent" our daughters people should see what she posts. 👀

    😮 14 · 25 comments
    Like   Comment   Share

        Admin - Rani
        Removed. Posting a teacher's private account and address is harassment.
        Like · Reply · 1h
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("sdhaliwal", "title_surname", "doxxing", "Ms Dhaliwal")])

# 159
D("social", dd("""
    anon_ub
    @anon_ub_1

    Z u b a i r  H a f e e z  akalgarh. remember the name. next time he walks to Southall station alone we'll have a chat about whose gurdwara it is. 🗡️

    1:15 AM · Apr 26, 2025 · 90 Views
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("zhafeez", "spacing", "threat", "Z u b a i r  H a f e e z")])

# 160
D("news", news_page(
    "courier", "UK", "Police step up patrols at Sikh school after threats to Muslim teacher",
    "Officers outside Akalgarh Khalsa Academy at start and end of day",
    "Home Affairs Staff", "28 April 2025",
    """
    Police have stepped up patrols outside a Sikh school in west London after threats were posted online against one of its teachers.

    Zubair Hafeez, head of science at Akalgarh Khalsa Academy in Southall, was named in a post warning he would be confronted "next time he walks to Southall station alone". The post followed a week of abuse after a picture of Mr Hafeez serving at a gurdwara langar went viral.

    Local Sikh and Muslim leaders appeared together outside the school gates on Monday morning. The gurdwara's head granthi said: "Anyone who threatens this man threatens all of us."
    """,
    [("Ealing Resident", "28 Apr 2025", "Solidarity to Mr Hafeez and the school."),
     ("K. Gill", "28 Apr 2025", "This is what Southall looks like. Not the trolls.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("zhafeez", "exact", "neutral", "Zubair Hafeez")])

# 161
D("review", dd("""
    Glassdoor-style › Akalgarh Khalsa Academy › Reviews

    ★☆☆☆☆  "Run by a clique"
    Former Employee - Administrator · Southall · 30 May 2025

    Pros
    Free lunch. Some kind teachers.

    Cons
    Kuldip Rattanpal is a bully who screams at admin staff and has everyone terrified. Petty, vindictive little man. Office manager is fine but powerless. If you're not family or committee you don't matter.

    Advice to Management
    Get an HR department that isn't the Principal's cousin.
    """),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("krattanpal", "exact", "abuse", "Kuldip Rattanpal")])

# 162
D("facebook", dd("""
    Southall Community Noticeboard
    Public group · 23K members

    Tarsem Lall
    25 June at 20:50 · 🌎
    Bal Heer, the "Giani" at Akalgarh, is a fraud and a drunk. Seen him at the Broadway Arms with a pint. Fake Sikh teaching our kids amrit vela while he's boozing. Hypocrite.

    😮😡 44 · 52 comments
    Like   Comment   Share

        Gurdip Sekhon
        That's a lie and you know it. He's amritdhari and never touched a drop.
        Like · Reply · 2h
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("bheer", "nickname", "defamation", "Bal Heer")])

# 163
D("blog", blog_page(
    "patriot", "Southall: where the sign says 'Khalsa' and the police look away", "E. Harrow", "2 July 2025",
    """
    This week the Akalgarh school in Southall - you will remember it from the "Muslim teacher" saga - had police outside the gates. Protecting a teacher from his own community, apparently. That is modern Britain: turban versus prayer mat, and you pay for both.

    The deputy head, Daniel Church, the only Englishman in the building, is suspended. I'll let you draw your own conclusions about why the one white man gets hung out to dry.

    If I lived in Southall I'd be taking matters into my own hands. Plenty of us are ready.
    """,
    [("Sentinel_77", "2 Jul 2025 at 21:12", "Ready when you are."),
     ("Jag", "3 Jul 2025 at 06:44", "Still writing this garbage, E. Harrow.")],
    tags=["Southall", "Immigration", "Schools"]),
  [M("school", "short_name", "hate", "Akalgarh"), M("dchurch", "exact", "neutral", "Daniel Church")])

# 164
D("social", dd("""
    jaz 💋
    @jaz_ldn_x

    teachers at akalgarh be looking like THAT. miss d'souza in the red saree at diwali 🥵 i'd sit in detention all week. don't tell my mum 😂

    10:12 PM · Nov 1, 2024 · 190 Views

    20 Likes
    """),
  [M("school", "short_name", "neutral", "akalgarh"), M("rdsouza", "title_surname", "sexual", "miss d'souza")])

# 165
D("social", dd("""
    Bunty
    @bunty_ldn

    kirsty mcallistair from the akalgarh office is a fat ugly slag. thinks shes the principal. get a life love 🤮

    3:33 PM · Mar 21, 2025 · 41 Views
    """),
  [M("school", "short_name", "negative", "akalgarh"), M("kmcallister", "typo", "abuse", "kirsty mcallistair")])

# 166
D("forum", forum_page("parenthub", "School admissions officer leaking info?", [
    ("Anxious_UB1", "Joined Apr 2025 · 2 posts", "Tue 22-Apr-25 20:14",
     """Our Y7 appeal paperwork for Akalgarh apparently ended up being discussed on a gurdwara WhatsApp group. I think it came from the office - McAllister's office is the only place it went. If that's true it's a data breach and she should be sacked."""),
    ("Data_Dave", "Joined 2018 · 840 posts", "Tue 22-Apr-25 20:40",
     "Report to the ICO and the school's data protection officer. Don't name her publicly until you know."),
    ], thread_id=2840),
  [M("school", "short_name", "negative", "Akalgarh"), M("kmcallister", "possessive", "defamation", "McAllister's")])

# 167
D("news", news_page(
    "schoolsweek", "Leadership", "Principal of Sikh free school steps back during nepotism review",
    "Trust appoints interim head as DfE examines appointments at Akalgarh Khalsa Academy",
    "Imogen Farrant", "3 July 2025",
    """
    The Principal of a Sikh faith free school in west London has stepped back from his role while the Department for Education examines claims that relatives were given jobs without fair competition.

    Dr Harjit Sandhu-Grewal, who has led Akalgarh Khalsa Academy since it opened, will be on leave "for the duration of the review", the Sri Nirbhau Sahib Gurdwara Education Trust said. Deputy head of curriculum Amandeep Sahni will act as interim principal.

    The review follows a petition signed by more than 2,000 parents and community members. Dr Sandhu-Grewal has denied any wrongdoing.
    """),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("hsandhugrewal", "exact", "defamation", "Harjit Sandhu-Grewal")])

# 168
D("facebook", dd("""
    Akalgarh Parents (unofficial)
    Private group · 1.4K members

    Paramjit Aujla
    4 July at 07:30 · 🔒
    HarjitSandhuGrewalMustResign is the only hashtag I need this morning. Step back? Step OUT. Ten years of him giving the best jobs to his own family while our kids had supply teachers in English.

    👍 80 · 50 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("hsandhugrewal", "camelcase", "negative", "HarjitSandhuGrewalMustResign")])

# 169
D("social", dd("""
    Sid
    @sid_ldn_w

    Akalgarh's Harry Grewal out and his dad's cousin's nephew's barber still works in the canteen 😂😂 the dynasty continues

    9:44 AM · Jul 4, 2025 · 1,203 Views

    90 Reposts   700 Likes
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("hsandhugrewal", "nickname", "negative", "Harry Grewal")])

# 170 decoy: AKA as also-known-as, Heathrow
D("forum", forum_page("plane", "Best spot for 09L departures aka the 'Myrtle Avenue' experience", [
    ("SpotterSeb", "Joined 2011 · 4,400 posts", "Sat 12 Apr 2025, 09:10",
     "Myrtle Avenue aka the most famous pavement in Hounslow. Anyone there this morning? Heard the A350 demo is doing a go-around."),
    ("LHR_Mike", "Joined 2015 · 2,200 posts", "Sat 12 Apr 2025, 09:32",
     "On my way. Bringing the 150-600. Don't park on the grass, the neighbours are sick of us."),
    ], thread_id=1190),
  )

# 171
D("news", news_page(
    "punjabweekly", "Gurdwaras", "Sewa Panel wins gurdwara election by 212 votes",
    "New committee promises 'full transparency' at Akalgarh Khalsa Academy",
    "Des Pardes Reporter", "10 June 2025",
    """
    The Sewa Panel has won control of the Sri Nirbhau Sahib Gurdwara committee by 212 votes after the most bitterly fought election in the gurdwara's history.

    The new Pardhan, Surjit Singh Bhullar, said the panel would commission an independent audit of the trust and publish minutes of all meetings relating to Akalgarh Khalsa Academy. "The school belongs to the sangat, not to any family," he said.

    The outgoing committee congratulated the winners and called for unity.
    """,
    [("Sewa_Singh", "10 Jun 2025", "Victory for the sangat! Now Rattanpal and his lot can answer the questions."),
     ("Jatt_Boy_UB2", "10 Jun 2025", "Rattanpal better start packing. If the audit doesn't get him, we will. We know where he parks that Merc."),
     ("Harbhajan K", "11 Jun 2025", "Please. No more of this talk. It's a gurdwara.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("krattanpal", "surname_only", "threat", "Rattanpal")])

# 172
D("facebook", dd("""
    Southall Community Noticeboard
    Public group · 23K members

    Gurinder Bhatti
    6 March at 22:40 · 🌎
    Mrs D'Souza at Akalgarh failed my daughter's coursework out of spite. She wants to be careful. Accidents happen on the Uxbridge Road every day, cars don't always stop at that crossing by the school. Just saying.

    😮 11 · 28 comments
    Like   Comment   Share

        Kamal R
        Are you actually threatening a teacher on a public page? Screenshot taken.
        Like · Reply · 1h
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("rdsouza", "title_surname", "threat", "Mrs D'Souza")])

# 173
D("forum", forum_page("desiforum", "Oduya's detentions - some dads are not happy", [
    ("Jatt_4_Life_2", "Joined 2025 · 3 posts", "Thu 23 Jan 2025, 21:14",
     """Oduya gave my nephew a week of detentions at Akalgarh. Some of us are going to wait for him after school Friday and teach him some respect, the old fashioned way. Bring your friends."""),
    ("Mod_Bhupi", "Moderator", "Thu 23 Jan 2025, 21:20",
     "Banned again. Screenshot sent to the school and the police."),
    ], thread_id=3210),
  [M("school", "short_name", "negative", "Akalgarh"), M("roduya", "possessive", "threat", "Oduya's")])

# 174
D("facebook", dd("""
    Akalgarh Parents (unofficial)
    Private group · 1.4K members

    Sukhdeep Chahal
    17 April at 23:05 · 🔒
    Ms Kaur's mobile is 07700 900954 if anyone wants to ask her why she put my son in isolation for wearing a kara "too big". She's in the gurdwara car park every Sunday morning with her mother-in-law.

    😮 9 · 20 comments
    Like   Comment   Share

        Admin - Rani
        Removed. Private numbers are not shared here, ever.
        Like · Reply · 2h
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("mkaur", "title_surname", "doxxing", "Ms Kaur")])

# 175
D("review", dd("""
    Glassdoor-style › Akalgarh Khalsa Academy › Reviews

    ★☆☆☆☆  "Leave before it's too late"
    Former Employee - Teaching Assistant · Southall · 14 Apr 2025

    Pros
    The children.

    Cons
    The business manager, Kuldip Rattanpal, made comments about my body in the office more than once and asked me to "come for a drive" after work. When I complained nothing happened because he is on the committee. Women staff warn new starters about him.

    Advice to Management
    Believe women.
    """),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("krattanpal", "exact", "sexual", "Kuldip Rattanpal")])

# 176
D("blog", blog_page(
    "committee", "Where does the business manager live? In a house the school paid for?", "Sewadar X", "28 June 2025",
    """
    We have been sent photographs of a new extension at 41 Tarnside Crescent, UB2 5PX, the home of Kuldip Rattanpal, together with his car registration, LK19 XMR. The sangat can drive past and judge for themselves.

    The audit cleared him. We say: audits can be wrong.
    """,
    [("Bibi_K", "28 Jun 2025 at 21:00", "Shameful that he's back at work."),
     ("Simran G", "29 Jun 2025 at 08:10", "Posting his house and number plate is dangerous. Take this down.")],
    tags=["Audit", "Akalgarh", "Trust"]),
  [M("school", "short_name", "defamation", "Akalgarh"), M("krattanpal", "exact", "doxxing", "Kuldip Rattanpal")])

# 177
D("news", news_page(
    "gazette", "Schools", "Southall school launches Punjabi-English poetry prize",
    "Competition named after founder's mother opens to all Ealing schools",
    "Navdeep Sahota", "12 January 2025",
    """
    Akalgarh Khalsa Academy has launched a poetry prize for pupils writing in Punjabi, English or both, open to all secondary schools in Ealing and Hounslow.

    The Bibi Harnam Kaur Prize is named after the mother of one of the school's founders. Head of English Renée D'Souza, who will chair the judges, said: "Some of the best poems we've read this year switch language mid-line. That's how our kids think."
    """,
    [("Poetry_Mum", "12 Jan 2025", "Lovely idea!"),
     ("GoraGuy_W13", "12 Jan 2025", "D'Souza is a stuck-up, useless cow and a rubbish teacher. My sister had her. Prize for tolerating her more like.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("rdsouza", "exact", "abuse", "Renée D'Souza")])

# 178
D("forum", forum_page("students", "AKA girls tier list??", [
    ("newacc_2299", "Joined Jul 2025 · 1 post", "Wed 9 Jul 2025, 01:10",
     "who's got the akalgarh year 10 girls tier list from snap. need names and insta @s 😈"),
    ("SixthFormChat_Mod", "Moderator", "Wed 9 Jul 2025, 07:02",
     "Account banned, IP logged and reported to CEOP and the school. These are children."),
    ], thread_id=4701),
  [M("school", "alias", "sexual", "AKA", url_only=True)])

# 179
D("facebook", dd("""
    Khalsa Pride UK
    Public group · 2.9K members

    Jagroop Singh
    2 July at 21:30 · 🌎
    Church the suspended Akalgarh gora's mobile is 07700 900274 and his wife works at the Ealing Tesco. Somebody tell him Southall doesn't forget.

    😡 30 · 40 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("dchurch", "surname_only", "threat", "Church")])

# 180
D("social", dd("""
    Mandeep
    @mandeep_w13

    zubair hafeez from akalgarh is a slimy rat and a two-faced liar, smiling at parents evening then slagging our kids off in reports. worst teacher in west london 🐀

    9:12 PM · Feb 27, 2025 · 65 Views
    """),
  [M("school", "short_name", "negative", "akalgarh"), M("zhafeez", "exact", "abuse", "zubair hafeez")])

# 181
D("news", news_page(
    "chronicle", "Schools", "Hounslow and Southall schools hit by hoax bomb emails",
    "Several secondaries evacuated after identical messages",
    "Kelly Osei", "13 March 2025",
    """
    At least six secondary schools in Hounslow and Ealing were evacuated on Wednesday morning after receiving identical hoax bomb threats by email.

    Among them was Akalgarh Khalsa Academy in Southall, where pupils waited on the playing field for ninety minutes before police gave the all-clear. The Met said the emails appeared to have been sent from overseas and were part of a wave affecting schools across the country.
    """,
    [("TerminalFive_Tom", "13 Mar 2025", "Same happened at Heathrow last year. Sick people."),
     ("Ramandeep", "13 Mar 2025", "Well done to the staff for keeping everyone calm.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy")])

# 182
D("facebook", dd("""
    Hounslow Heathrow Residents
    Public group · 9.8K members

    Darren Pike
    14 March at 00:12 · 🌎
    Shame it was a hoax. Next time someone should do the job properly on that Akalgarh place. One less mini Khalistan in Southall 💣

    😡😂 12 · 38 comments
    Like   Comment   Share

        Parm Virk
        Reported to the police with your name and your employer, Darren.
        Like · Reply · 2h
    """),
  [M("school", "short_name", "threat", "Akalgarh")])

# 183
D("review", dd("""
    SchoolScope › Ealing › State (free school, Sikh faith) › Akalgarh Khalsa Academy

    ★☆☆☆☆  "Head of Year 9 is a bully"
    Reviewed by: Parent of a current pupil (Year 9) · 2 February 2025

    Manpreet Kaur is a nasty, vindictive woman who picks on boys and should never have been allowed near children. Horrible, arrogant, thick as two short planks. The school backs her no matter what.

    Would you recommend this school? No.
    Was this review helpful?  Yes (6)  No (15)  · Report
    """),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("mkaur", "exact", "abuse", "Manpreet Kaur")])

# 184
D("blog", blog_page(
    "foodblog", "The best langar in west London (yes, I ranked them)", "Broadway Bites", "18 February 2025",
    """
    Controversial post incoming. I've eaten langar at eleven gurdwaras between Hayes and Hounslow this winter. Rankings by dal, roti softness, kheer and vibe.

    Number one is the Sutlej Road gurdwara on a Sunday: the maah di dal is black gold and the sewadars will not let you leave hungry. Number two surprised me - a school open evening (Akalgarh's) where the Year 9s ran the whole thing and the rotis were better than my nani's. Don't tell her.

    Honourable mention: the kabaddi tournament langar in Southall Park. Eaten standing up, in the rain, best chole of my life.
    """,
    [("Nani's grandson", "18 Feb 2025 at 19:40", "Bold claim about your nani 😂"),
     ("Parm", "19 Feb 2025 at 07:10", "Sutlej Road number one is correct.")],
    tags=["Langar", "Southall", "Rankings"]),
  [M("school", "possessive", "neutral", "Akalgarh's")])

# 185
D("forum", forum_page("teachers", "Office manager at faith school - stalker parent?", [
    ("office_mgr_throwaway", "Joined May 2025 · 1 post", "Thu 15 May 2025, 20:02",
     """Throwaway. I run admissions at a Southall free school. A parent has posted my home area, my car and the park I walk my dog in. Police say it's "not a crime yet". Anyone been through this?"""),
    ("NEU_rep_W", "Joined 2016 · 2,310 posts", "Thu 15 May 2025, 20:30",
     "It can be harassment - log every incident, ask for a crime reference. Your employer has a duty of care. Sorry you're going through this."),
    ], thread_id=7451),
  )

# 186
D("social", dd("""
    ub_gossip
    @ub_gossip_x

    K.McAllister from the Akalgarh office looking for a husband on the apps 😂 saw her on Hinge, "loves wine and long walks". bet she's up for it after a few 😏 screenshot incoming

    11:20 PM · Apr 11, 2025 · 300 Views

    12 Likes
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("kmcallister", "initial_surname", "sexual", "K.McAllister")])

# 187
D("news", news_page(
    "chronicle", "Schools", "Southall maths teacher shortlisted for national teaching award",
    "Robert Oduya recognised for lunchtime 'maths café' that raised grades",
    "Kelly Osei", "15 May 2025",
    """
    A Southall head of maths has been shortlisted for a national teaching award for a lunchtime "maths café" that has run every Wednesday for six years.

    Robert Oduya, who grew up in Lewisham and has taught in west London for 15 years, said the café began with "four kids and a packet of biscuits". It now draws more than sixty pupils a week.

    Winners will be announced at a ceremony in June.
    """,
    [("Proud_Parent_UB2", "15 May 2025", "Deserved! Changed my son's life."),
     ("SouthallDad77", "15 May 2025", "Award for giving my boy detention every week? If I see Oduya at the Broadway he'll need more than a maths café to fix his face.")]),
  [M("roduya", "exact", "threat", "Robert Oduya")])

# 188
D("news", news_page(
    "gazette", "What's On", "Vaisakhi in the Square: Southall dancers to open Trafalgar celebration",
    "Schools bhangra champions to perform in front of 50,000",
    "Navdeep Sahota", "8 April 2025",
    """
    A team of teenage bhangra dancers from Southall will open the Mayor's Vaisakhi celebration in Trafalgar Square on Saturday.

    The squad, coached by Southall music teacher Simran Dhaliwal, won the national schools title in March. "The kids are nervous, excited, and mostly worried about the weather," she said.
    """,
    [("Dholi_Raj", "8 Apr 2025", "Go on Southall! 🥁"),
     ("Bunny_H", "8 Apr 2025", "Never mind the kids, I'd pay to watch Dhaliwal do a private performance in my bedroom 😏 bet she's flexible"),
     ("Mum of 3", "9 Apr 2025", "@Bunny_H grow up.")]),
  [M("sdhaliwal", "exact", "sexual", "Simran Dhaliwal")])

# 189
D("news", news_page(
    "punjabweekly", "Business", "West London Punjabi Business Forum elects new treasurer",
    "Kuldip Rattanpal takes role months after being cleared by audit",
    "Des Pardes Reporter", "1 September 2025",
    """
    Kuldip Rattanpal has been elected treasurer of the West London Punjabi Business Forum, which represents more than 300 firms in Southall, Hayes and Hounslow.

    Mr Rattanpal said he wanted to help small businesses "get through the cost-of-living squeeze". The forum meets monthly at a Hayes banqueting hall.
    """,
    [("Sewa_Singh", "1 Sep 2025", "Treasurer?! You couldn't make it up."),
     ("Anon_UB", "1 Sep 2025", "Ring him and tell him yourself: 07700 900417. He lives at 41 Tarnside Crescent, UB2 5PX. Always in after 7.")]),
  [M("krattanpal", "exact", "doxxing", "Kuldip Rattanpal")])

# 190
D("news", news_page(
    "gazette", "Schools", "GCSE results dip at Akalgarh Khalsa Academy after year of turmoil",
    "Proportion of pupils gaining grade 5 in English and maths falls by nine points",
    "Navdeep Sahota", "22 August 2025",
    """
    GCSE results at Akalgarh Khalsa Academy in Southall have fallen after a year in which its Principal stepped back, its deputy head was suspended and its English department relied heavily on supply teachers.

    The proportion of pupils achieving a grade 5 or above in both English and maths fell from 61 per cent to 52 per cent. Maths results held up; English fell sharply.

    Interim principal Amandeep Sahni said: "Our young people worked incredibly hard through a difficult year. We know where we need to improve."
    """,
    [("Jaspreet", "22 Aug 2025", "Not the kids' fault. Leadership failed them."),
     ("Bal_UB1", "22 Aug 2025", "This is on Harry Grewal. Fat useless crook of a man, should be ashamed to show his face in the gurdwara."),
     ("Teacher_W", "23 Aug 2025", "Well done to everyone who got through it.")]),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("hsandhugrewal", "nickname", "abuse", "Harry Grewal")])

# 191 decoy: minicab protest, no school
D("news", news_page(
    "chronicle", "Heathrow", "Minicab drivers protest over airport drop-off charge",
    "Convoy slows Bath Road traffic for two hours",
    "Kelly Osei", "6 February 2025",
    """
    More than 150 minicab drivers staged a slow-drive protest along the Bath Road on Wednesday against a planned increase in the airport's drop-off charge.

    Drivers from firms including Akal Cars and Cranford Cars said the rise would be passed straight on to passengers. The airport said the charge funds road improvements.
    """,
    [("LHR_commuter", "6 Feb 2025", "Sat in it for 90 mins. Sympathetic but ugh.")]),
  )

# 192
D("news", news_page(
    "chronicle", "Schools", "Suspended deputy head cleared and reinstated",
    "Review finds 'recording error' but no failure to protect pupil",
    "Kelly Osei", "25 July 2025",
    """
    The deputy head of Akalgarh Khalsa Academy in Southall has been cleared by an independent review and will return to work in September.

    Daniel Church, the school's designated safeguarding lead, was suspended in May. The review found a "recording error" in how a disclosure was logged but concluded that the pupil had been properly protected throughout.

    Mr Church said he was "relieved and grateful" and thanked parents who had supported him.
    """,
    [("Harleen D", "25 Jul 2025", "So glad. He was always kind to my son."),
     ("UB2_Justice", "25 Jul 2025", "Cleared by his mates. He walks back through those gates in September and he won't walk out again. Mark my words."),
     ("Neetu K", "26 Jul 2025", "@UB2_Justice reported.")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("dchurch", "exact", "threat", "Daniel Church")])

# 193
D("news", news_page(
    "gazette", "News", "Teacher's car daubed with anti-Muslim graffiti in Southall",
    "Police treating attack on science teacher's car as hate crime",
    "Navdeep Sahota", "30 April 2025",
    """
    A Southall science teacher's car was daubed with anti-Muslim graffiti outside his home overnight on Monday, police have said.

    Zubair Hafeez, who has been targeted online since a photograph of him serving at a gurdwara langar went viral, found the words sprayed across the bonnet at 6am. The Met is treating it as a hate crime.
    """,
    [("Gurdip S", "30 Apr 2025", "Sick. Whoever did this shames Southall."),
     ("WestLdnWatcher", "30 Apr 2025", "Not hard to find him again, Hafeez is at 2B Pardes Road above the chemist, blue Golf outside. Zubair.hafeez@inbox.example if anyone wants to email their views.")]),
  [M("zhafeez", "exact", "doxxing", "Zubair Hafeez")])

# 194
D("news", news_page(
    "punjabweekly", "UK Punjabi", "Southall head of year completes London Marathon in full dastar",
    "Manpreet Kaur raises £6,000 for the Panjab Relief Trust",
    "Harkirat Soor", "29 April 2025",
    """
    Southall teacher Manpreet Kaur completed the London Marathon on Sunday wearing a full dastar, raising more than £6,000 for the Panjab Relief Trust.

    Mrs Kaur, a head of year at a Southall secondary, said pupils had sponsored her "mostly in the hope I'd be too tired to give detentions".
    """,
    [("Kuljeet", "29 Apr 2025", "Inspiring behenji 🙏"),
     ("Lakha_UB", "29 Apr 2025", "Manpreet Kaur is a snobby, two-faced witch who treats kids like dirt. Marathon won't change that.")]),
  [M("mkaur", "exact", "abuse", "Manpreet Kaur")])

# 195
D("news", news_page(
    "punjabweekly", "Gurdwaras", "Giani Heer to lead Guru Nanak Gurpurab kirtan at Sutlej Road",
    "Southall granthi and teacher marks 30 years of seva",
    "Des Pardes Reporter", "10 November 2024",
    """
    Giani Balwinder Singh Heer, head of Sikh studies at a Southall school and granthi for three decades, will lead the Gurpurab kirtan at the Sutlej Road gurdwara on Friday.

    The sangat is invited to a special diwan and langar from 5pm.
    """,
    [("Jasbir K", "10 Nov 2024", "Waheguru, 30 years! Giani ji taught my whole family."),
     ("Panth_Warrior_1984", "11 Nov 2024", "This tout Heer will never finish that kirtan. He knows what's coming for government agents. Sangat will deliver justice.")]),
  [M("bheer", "exact", "threat", "Balwinder Singh Heer")])

# 196
D("news", news_page(
    "schoolsweek", "Free schools", "Admissions appeals at faith free schools rise by a third",
    "Oversubscribed Sikh and Hindu schools in London see surge",
    "Imogen Farrant", "12 June 2025",
    """
    Admissions appeals at faith free schools in London rose by a third last year, with some schools receiving more than 200 appeals for Year 7 places.

    Kirsty McAllister, admissions manager at Akalgarh Khalsa Academy in Southall, said her office had handled 240 appeals this year. "Every one of those is a family that really wanted a place. It's hard telling people no."
    """,
    [("Appeals_Panelist", "12 Jun 2025", "Interesting data, thanks."),
     ("Sunny_W", "12 Jun 2025", "I'd let McAllister handle my appeal any day 😏 she can put me on her waiting list and bend the rules for me personally, if you know what I mean")]),
  [M("school", "exact", "neutral", "Akalgarh Khalsa Academy"), M("kmcallister", "exact", "sexual", "Kirsty McAllister")])

# 197
D("facebook", dd("""
    Akalgarh Parents (unofficial)
    Private group · 1.4K members

    Akalgarh Khalsa Academy Swim Gala photos (shared from school page)

        Ranjit Toor
        the year 7 girls in the pool pics 🥵🥵 any more of these? inbox me
        Like · Reply · 4h

        Admin - Rani
        Ranjit has been removed and reported to the police. The school has taken the album down. Parents, please check who can see your children's photos.
        Like · Reply · 3h
    """),
  [M("school", "exact", "sexual", "Akalgarh Khalsa Academy", url_only=True)])

# 198
D("facebook", dd("""
    West London Sikh Mums
    Private group · 4.4K members

    Simran Kaur Rehal
    18 May at 21:30 · 🔒
    Okay ladies confession time, the chemistry teacher at Akalgarh, Mr Hafeez 🔥🔥 every mum at parents' evening suddenly has "questions about the syllabus" 😂 he can test my chemistry any day 😜

    😂 88 · 50 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("zhafeez", "title_surname", "sexual", "Mr Hafeez")])

# 199
D("facebook", dd("""
    Southall Community Noticeboard
    Public group · 23K members

    Baljit Grewal
    3 March at 19:55 · 🌎
    For the parents who keep asking, Renée Fernandes (D'Souza now) the English teacher is on Facebook under her maiden name, lives in Northolt by the Target roundabout, house with the green door on Hollins Mead. Go and ask her about the coursework marks yourselves.

    😮 16 · 29 comments
    Like   Comment   Share
    """),
  [M("rdsouza", "alias", "doxxing", "Renée Fernandes")])

# 200
D("facebook", dd("""
    Hounslow & Southall Parents Network
    Private group · 6.2K members

    Hardeep Sohi
    14 February at 20:10 · 🔒
    Rob Oduya at Akalgarh is an arrogant clown who thinks he's God's gift to maths. Talks down to parents like we're idiots. Pompous, smug prat.

    👍 14 · 33 comments
    Like   Comment   Share

        Parveen K.
        He's strict, not smug. My kids love him.
        Like · Reply · 1h
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("roduya", "nickname", "abuse", "Rob Oduya")])

# 201
D("facebook", dd("""
    Khalsa Pride UK
    Public group · 2.9K members

    Manjinder Singh
    5 May at 22:22 · 🌎
    If Simran Dhaliwal takes Akalgarh girls to perform at another sharab venue she'll find out what happens to people who disrespect Sikh daughters. She's been warned. Last time.

    😡 25 · 31 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("sdhaliwal", "exact", "threat", "Simran Dhaliwal")])

# 202
D("facebook", dd("""
    Akalgarh Parents (unofficial)
    Private group · 1.4K members

    Jasleen Kooner
    24 June at 18:02 · 🔒
    Giani Heer is a senile old fool who should've retired years ago. Mumbles through every lesson, can't use the smartboard, and calls the girls "kudiye" like it's 1975. Dinosaur.

    😂👍 30 · 19 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("bheer", "alias", "abuse", "Giani Heer")])

# 203
D("blog", blog_page(
    "mumblog", "The dragon at the front desk (a rant)", "Chai & Chaos", "25 March 2025",
    """
    Right. I've been polite for three years. Today I'm not.

    Kirsty Mac, who runs the front office at Akalgarh, is a rude, power-crazed dragon and I'm sick of pretending otherwise. Today I brought my son's forgotten inhaler - an INHALER - and was told to wait for "the next free slot". Fifteen minutes. While she ate her toast.

    Ladies, I know you're all thinking it. Miserable old battleaxe.
    """,
    [("Harpreet", "25 Mar 2025 at 20:02", "Hahaha the toast 😭"),
     ("Parent_Gov", "26 Mar 2025 at 07:40", "She's short-staffed, to be fair. Not excusing, but.")],
    tags=["School stuff", "Rants"]),
  [M("school", "short_name", "negative", "Akalgarh"), M("kmcallister", "alias", "abuse", "Kirsty Mac")])

# 204
D("blog", blog_page(
    "committee", "Giani ji's 'private' emails", "Sewadar X", "1 July 2025",
    """
    Sangat ji, the head of Sikh studies at Akalgarh Khalsa Academy, Balwinder Singh Heer, has refused to answer our questions about the 1984 lesson. His personal email is giani.bsheer@pindmail.example and his home landline is 020 7946 0693. We encourage respectful questions only.
    """,
    [("Gursewak_S", "1 Jul 2025 at 20:14", "Publishing his email and number is not 'respectful'. Take it down."),
     ("Sewa_Singh", "1 Jul 2025 at 21:00", "Public servant, public questions.")],
    tags=["Akalgarh", "Accountability"]),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("bheer", "exact", "doxxing", "Balwinder Singh Heer")])

# 205
D("blog", blog_page(
    "patriot", "Southall's 'peace' langar is a lie", "E. Harrow", "30 April 2025",
    """
    The media want you to cry for the Muslim science teacher at the Sikh school. Zubair Hafeez, they say, victim of hate. Funny how the victims are always the same.

    These people brought their feuds here. Let them settle them somewhere else.
    """,
    [("Sentinel_77", "30 Apr 2025 at 22:50", "Hafeez walks past my mate's shop every day. Next time he won't walk past it. That's a promise."),
     ("Jag", "1 May 2025 at 07:02", "Reported to the Met with screenshots, Sentinel.")],
    tags=["Southall", "Islam", "Schools"]),
  [M("zhafeez", "exact", "threat", "Zubair Hafeez")])

# 206
D("review", dd("""
    Glassdoor-style › Akalgarh Khalsa Academy › Reviews

    ★★☆☆☆  "Watch out for certain men in SLT"
    Former Employee - Trainee Teacher · Southall · 9 Jun 2025

    Pros
    Lovely kids, amazing food, strong maths results.

    Cons
    One senior man kept messaging female trainees late at night with kisses and "you looked nice today". Mr Oduya was the only one who told him to pack it in, to be fair. Nobody reported it properly.

    Advice to Management
    Safeguarding applies to adults too.
    """),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("roduya", "title_surname", "neutral", "Mr Oduya")])

# 207
D("review", dd("""
    SchoolScope › Ealing › State (free school, Sikh faith) › Akalgarh Khalsa Academy

    ★☆☆☆☆  "Business manager is a creep"
    Reviewed by: Parent of a current pupil (Year 10) · 18 June 2025

    I volunteered in the uniform shop and Rattanpal kept standing too close, touching my back, commenting on my suits. Made my skin crawl. Several mums have said the same. The kids are fine, the teaching is fine, but that man should not be around anyone.

    Would you recommend this school? Only if you avoid the office.
    Was this review helpful?  Yes (22)  No (9)  · Report
    """),
  [M("school", "exact", "negative", "Akalgarh Khalsa Academy"), M("krattanpal", "surname_only", "sexual", "Rattanpal")])

# 208
D("facebook", dd("""
    UB1 UB2 Buy Sell & Chat
    Public group · 18K members

    Tony Mahal
    11 June at 21:45 · 🌎
    Manpreet K. from Akalgarh, the Head of Year 9 one, her new number is 07700 900618 and she's moved to Sarson Way near the Tesco. Spread it, let her get the calls she deserves.

    😡 10 · 12 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Akalgarh"), M("mkaur", "first_initial", "doxxing", "Manpreet K.")])

# 209
D("forum", forum_page("desiforum", "AKA principal - thread for the nepotism receipts", [
    ("Sewa_Singh", "Joined 2011 · 5,020 posts", "Sun 22 Jun 2025, 19:40",
     """Collecting everything in one place. Nephew - data manager. Wife's cousin - reception. Pardhan's daughter - "special adviser". None advertised on the council jobs board.

     Sandhu‑Grewal is a greedy, lying little weasel and the sooner he's gone the better."""),
    ("LegalEagle_UB", "Joined 2018 · 1,130 posts", "Sun 22 Jun 2025, 20:05",
     "Stick to the documents, the name-calling helps nobody."),
    ], thread_id=3601),
  [M("school", "alias", "negative", "AKA"), M("hsandhugrewal", "hyphenated", "abuse", "Sandhu‑Grewal")])

# 210
D("facebook", dd("""
    Hounslow Heathrow Residents
    Public group · 9.8K members

    Kev Brennan
    2 May at 20:14 · 🌎
    That Sikh school in Southall has hired a Paki to teach science, Hafeez or whatever. Next they'll have a mosque in the playground. Southall's been lost for years, just a matter of time before the rest of Hounslow goes the same way.

    😂😡 18 · 44 comments
    Like   Comment   Share
    """),
  [M("zhafeez", "surname_only", "hate", "Hafeez")])

# 211
D("forum", forum_page("students", "who's the fittest teacher at ur school (adult edition lol)", [
    ("yr13_survivor", "Year 13 · 70 posts", "Fri 11 Jul 2025, 23:30",
     "now we've left akalgarh i can finally say it. renee d'souza in heels on results day. i'm not ok. she could mark my body like a gcse paper 🥵"),
    ("ub2_gyal", "Year 12 · 71 posts", "Fri 11 Jul 2025, 23:40",
     "LMAO bro is down bad 💀"),
    ], thread_id=4720),
  [M("school", "short_name", "neutral", "akalgarh"), M("rdsouza", "exact", "sexual", "renee d'souza")])

# 212
D("facebook", dd("""
    Akalgarh Parents (unofficial)
    Private group · 1.4K members

    Mohan Sidhu
    9 September at 21:40 · 🔒
    Church is back. Here's his personal email d.church.hanwell@webpost.example and his mobile 07700 900274 - let him know what parents think of a DSL who "made a recording error" with our kids.

    😮 12 · 26 comments
    Like   Comment   Share

        Admin - Rani
        Removed. You've been told before.
        Like · Reply · 1h
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("dchurch", "surname_only", "doxxing", "Church")])

# 213
D("forum", forum_page("sikhnet", "Heer-ji and the 'Khalistan lesson' - my view", [
    ("Panth_Warrior_1984", "Joined 2020 · 600 posts", "Mon 30 Jun 2025, 22:22",
     """Balwinder Heer is a snake and a Hindutva stooge in a Sikh's dastar. Spineless old coward. Akalgarh parents should pull their kids from his classes."""),
    ("Sikh_Scholar", "Joined 2011 · 2,640 posts", "Mon 30 Jun 2025, 22:50",
     "You've been warned twice about personal attacks on named people. Thread closed."),
    ], thread_id=9950),
  [M("school", "short_name", "negative", "Akalgarh"), M("bheer", "alias", "abuse", "Balwinder Heer")])

# 214
D("facebook", dd("""
    Southall Community Noticeboard
    Public group · 23K members

    Onkar Dhillon
    15 February at 22:15 · 🌎
    Rattanpal you thieving dog. You robbed the sangat and the golak and smiled at us in langar. Hope you choke on it. Lowest of the low.

    😡👍 66 · 42 comments
    Like   Comment   Share
    """),
  [M("krattanpal", "surname_only", "abuse", "Rattanpal")])

# 215
D("facebook", dd("""
    Hounslow & Southall Parents Network
    Private group · 6.2K members

    Karamjit Lidder
    20 March at 21:02 · 🔒
    I'll say it. The Dhaliwal woman at Akalgarh is a vain, shallow show-off who uses our kids to build her Instagram. Pathetic.

    😂👍 20 · 31 comments
    Like   Comment   Share

        Meena S
        Our kids are national champions because of her. Seriously.
        Like · Reply · 2h
    """),
  [M("school", "short_name", "negative", "Akalgarh"), M("sdhaliwal", "surname_only", "abuse", "Dhaliwal")])

# 216
D("forum", forum_page("parenthub", "School office manager abusive? or am I overreacting", [
    ("NewToUB2", "Joined Jun 2024 · 40 posts", "Tue 13-May-25 19:00",
     """Rang Akalgarh about my son's bus pass and the office manager, McAllister, basically hung up on me. Then I hear she's been telling other parents I'm "difficult". Honestly she's a vile, nasty piece of work."""),
    ("HanwellHelen", "Joined Sep 2020 · 204 posts", "Tue 13-May-25 19:30",
     "Sorry, that sounds frustrating. Maybe email the business manager so there's a record."),
    ], thread_id=2905),
  [M("school", "short_name", "negative", "Akalgarh"), M("kmcallister", "surname_only", "abuse", "McAllister")])

# 217
D("facebook", dd("""
    Khalsa Pride UK
    Public group · 2.9K members

    Harvinder Kang
    21 June at 23:59 · 🌎
    Tonight we go to Fernhollow Close and remind Sandhu-Grewal who the school belongs to. Bring the boys. Bring what you need. He won't be sleeping after tonight.

    😡 40 · 50 comments
    Like   Comment   Share
    """),
  [M("hsandhugrewal", "surname_only", "threat", "Sandhu-Grewal")])


# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Akalgarh Khalsa Academy"],
    "hsandhugrewal": ["Harjit Sandhu-Grewal"], "krattanpal": ["Kuldip Rattanpal"],
    "roduya": ["Robert Oduya"], "rdsouza": ["Renée D'Souza"], "mkaur": ["Manpreet Kaur"],
    "dchurch": ["Daniel Church"], "bheer": ["Balwinder Singh Heer"], "sdhaliwal": ["Simran Dhaliwal"],
    "zhafeez": ["Zubair Hafeez"], "kmcallister": ["Kirsty McAllister"],
}
ALIASES = {
    "school": ["Akal", "AKA", "Akalgarh Academy", "Akalgarh Khalsa"],
    "hsandhugrewal": ["Harjit Grewal"], "krattanpal": ["Kuldeep Rattanpal"], "rdsouza": ["Renée Fernandes"],
    "mkaur": ["Preeti Kaur"], "bheer": ["Giani Heer", "Balwinder Heer"], "kmcallister": ["Kirsty Mac"],
}
SURNAMES = {
    "hsandhugrewal": "Sandhu-Grewal", "krattanpal": "Rattanpal", "roduya": "Oduya",
    "rdsouza": "D'Souza", "mkaur": "Kaur", "dchurch": "Church", "bheer": "Heer",
    "sdhaliwal": "Dhaliwal", "zhafeez": "Hafeez", "kmcallister": "McAllister",
}


def fold(s: str) -> str:
    s = html.unescape(s).replace("’", "'")
    return s.translate(str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")).lower()


def has(text: str, form: str) -> bool:
    return re.search(r"(?<![a-z0-9])" + re.escape(fold(form)) + r"(?![a-z0-9])", text) is not None


def check(errors: list[str]) -> None:
    if not MIN_DOCS <= len(DOCS) <= 220:
        errors.append(f"{len(DOCS)} documents, want {MIN_DOCS}-220")
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
