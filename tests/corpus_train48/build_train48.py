#!/usr/bin/env python3
# ruff: noqa: E501, E741, W291
"""Build the train48 labelled evaluation corpus for the repwatch matcher.

Setting
    Ambergate Girls' School, an invented 11-18 girls' comprehensive (academy) in the
    invented Bellhaven neighbourhood of Tower Hamlets, east London, on Tenter Row E1,
    a walk from Brick Lane and Whitechapel. Most pupils are of Bangladeshi (mostly
    Sylheti) heritage. The head is often in the national press (phones, uniform,
    RSE); there is a row about abayas and sports hijabs, pressure from conservative
    religious campaigners over RSE and music lessons, Islamophobic abuse from outside
    the borough, and TikTok/Instagram drama among pupils. Published office number
    020 7946 0321; own site ambergategirls.example.
    School aliases: "Amber" (everyday word: colour, traffic lights, weather warnings,
    a common girl's name, Amber Spice on Brick Lane), "AGS" (acronym shared with the
    Aldgate Gymnastics Squad and AGS Security Ltd), "Ambergate Girls", "Ambergate
    School", "Ambergate Girls' Academy". "Ambergate" alone is labelled short_name.

Staff (watchlist ids and the variant traits they carry)
    tkabirlowe   Tahmina Kabir-Lowe, Headteacher. Hyphenated double-barrelled surname
                 (written "Kabir Lowe", "Kabir–Lowe"); alias "Tahmina Kabir" (name
                 before marriage); nickname "Tami". Regularly in the national press.
    lthrelfall   Lucan Threlfall, School Business Manager. The unique name (counts
                 without school context). Alias "Luc Threlfall".
    emarchetti   Elizabeth Marchetti, Head of Music. Nickname-able first name (Liz,
                 Lizzie, Beth); target of campaigners who want music withdrawn.
    zdsouza      Zoë D'Souza, RSE & PSHE Lead. Diaeresis and apostrophe; alias
                 "Zoë Pereira" (maiden name).
    mrahman      Mohammed Rahman, Head of Maths. The very common name; namesakes (a
                 Brick Lane restaurateur, a Luton cab driver, a footballer, a GP) appear
                 in decoys. Alias "Shahin Rahman" (his daak naam); nickname "Mo".
    cfield       Claire Field, Deputy Head (Pastoral) and DSL. Surname is an everyday
                 word (playing field, Spitalfields, field trip).
    stalukdar    Shirin Talukdar, Head of Sixth Form. Alias "Shirin Apa" (what the girls
                 call her).
    bpryce       Bronwen Pryce, Head of PE, at the centre of the sports-hijab row.
                 Alias "Bron Pryce".
    dokoro       Daniel Okoro, chemistry teacher. Nickname "Danny"; the subject of
                 pupils' crushes.
    rkhanom      Rokeya Khanom, Family Liaison Officer (Sylheti-speaking). Alias
                 "Rokeya Khala".

Voices
    Local, community (Bengali) and national news with comment threads, a right-wing
    tabloid, a teachers' trade paper, a Muslim news site; parents' forums, a revision
    forum, a teachers' forum, a conservative religious forum and a far-right board;
    school and employer reviews, restaurant reviews; blogs (a Muslim mum, a music
    educator, a food blog, a local historian, a campaign blog, a far-right blog);
    X/Instagram/TikTok/Snapchat/WhatsApp posts and Facebook groups. Multicultural
    London English from pupils (innit, peak, wallahi, bare, mandem, allow it, bruv),
    Sylheti/Bengali words from parents (amma, abba, apa, khala, bhai, shomaj, lojja,
    haram/halal, inshallah, mashallah), teacher-speak, tabloid-speak, emoji, typos,
    sarcasm, dog whistles and open hate.

Decoys
    Brick Lane's Amber Spice and the Ambergate Tandoori (excluded), the Ambergate
    Amateur Boxing Club (excluded, domain ambergateabc.example), Ambergate Court
    (excluded, a housing block), amber weather warnings and people called Amber, the
    Baitul Noor Jame Masjid on Tenter Row, the Aldgate Gymnastics Squad and AGS
    Security (AGS), namesakes called Mohammed Rahman and Claire Field clearly elsewhere,
    Bellhaven and Tenter Row news with no school in it, and neighbouring or similarly
    named schools (Limewalk Academy, Sir Thomas Arden Boys', Amberley High in Sussex).

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
    python3 tests/corpus_train48/build_train48.py
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
    "school", "tkabirlowe", "lthrelfall", "emarchetti", "zdsouza", "mrahman",
    "cfield", "stalukdar", "bpryce", "dokoro", "rkhanom",
]
# distinctive tokens: if one occurs in a document, that subject must be labelled
TOKENS = {
    "school": ["ambergate"],
    "tkabirlowe": ["kabir-lowe", "kabir lowe", "kabir–lowe", "kabirlowe", "tahmina kabir"],
    "lthrelfall": ["threlfall"],
    "emarchetti": ["marchetti"],
    "zdsouza": ["d'souza", "dsouza"],
    "stalukdar": ["talukdar", "shirin apa"],
    "bpryce": ["pryce"],
    "dokoro": ["okoro"],
    "rkhanom": ["rokeya"],
}
EXCLUDES = ["Ambergate Tandoori", "Ambergate Amateur Boxing Club", "Ambergate Court", "ambergateabc.example"]

WATCHLIST = """\
# Watchlist for the invented Ambergate Girls' School (train48 corpus). All names are fictional.
[school]
name = "Ambergate Girls' School"
aliases = ["Amber", "AGS", "Ambergate Girls", "Ambergate School", "Ambergate Girls' Academy"]
locality = ["Bellhaven", "Tenter Row", "Bellhaven Estate"]
own_domains = ["ambergategirls.example"]
phones = ["020 7946 0321"]

[[staff]]
id = "tkabirlowe"
name = "Tahmina Kabir-Lowe"
role = "Headteacher"
aliases = ["Tahmina Kabir"]
line_manager = "chair.governors@ambergategirls.example"

[[staff]]
id = "lthrelfall"
name = "Lucan Threlfall"
role = "School Business Manager"
aliases = ["Luc Threlfall"]
unique = true
line_manager = "head@ambergategirls.example"

[[staff]]
id = "emarchetti"
name = "Elizabeth Marchetti"
role = "Head of Music"
line_manager = "deputy.curriculum@ambergategirls.example"

[[staff]]
id = "zdsouza"
name = "Zoë D'Souza"
role = "RSE and PSHE Lead"
aliases = ["Zoë Pereira"]
line_manager = "deputy.pastoral@ambergategirls.example"

[[staff]]
id = "mrahman"
name = "Mohammed Rahman"
role = "Head of Maths"
aliases = ["Shahin Rahman"]
line_manager = "deputy.curriculum@ambergategirls.example"

[[staff]]
id = "cfield"
name = "Claire Field"
role = "Deputy Headteacher (Pastoral) and Designated Safeguarding Lead"
line_manager = "head@ambergategirls.example"

[[staff]]
id = "stalukdar"
name = "Shirin Talukdar"
role = "Head of Sixth Form"
aliases = ["Shirin Apa"]
line_manager = "head@ambergategirls.example"

[[staff]]
id = "bpryce"
name = "Bronwen Pryce"
role = "Head of PE"
aliases = ["Bron Pryce"]
line_manager = "deputy.curriculum@ambergategirls.example"

[[staff]]
id = "dokoro"
name = "Daniel Okoro"
role = "Teacher of Chemistry"
line_manager = "head.science@ambergategirls.example"

[[staff]]
id = "rkhanom"
name = "Rokeya Khanom"
role = "Family Liaison Officer"
aliases = ["Rokeya Khala"]
line_manager = "deputy.pastoral@ambergategirls.example"

[[exclude]]
text = "Ambergate Tandoori"

[[exclude]]
text = "Ambergate Amateur Boxing Club"

[[exclude]]
text = "Ambergate Court"

[[exclude]]
domain = "ambergateabc.example"
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
        name="East London Echo", domain="eastlondonecho.example",
        nav=["News", "Schools", "Crime", "Housing", "Culture", "Sport", "Jobs"],
        most=["Whitechapel Road market stalls face rent rise", "Night bus N205 diverted for three months",
              "Pictures: Boishakhi Mela crowds pack the park", "Landlord fined over mouldy flats"],
        footer="East London Echo is part of Thames Estuary Media Ltd. Regulated by IPSO."),
    "barta": dict(
        name="Bangla Barta Weekly (English edition)", domain="banglabarta.example",
        nav=["Community", "Bangladesh", "Business", "Education", "Religion", "Opinion"],
        most=["Sylhet flood appeal passes £200,000", "Curry awards: the East End winners",
              "Councillors clash over market licences", "Opinion: our daughters are flying"],
        footer="Bangla Barta Weekly · Serving the British Bangladeshi community since 1994 · Editorial 020 7946 0588"),
    "ledger": dict(
        name="The National Ledger", domain="nationalledger.example",
        nav=["UK", "World", "Politics", "Education", "Opinion", "Culture", "Sport"],
        most=["Chancellor signals U-turn on fuel duty", "Heatwave: amber warning for London and South East",
              "The quiet collapse of the high street", "Inside the race for Number 10"],
        footer="© Ledger Media Group plc. Contact · Complaints · Corrections · Sitemap"),
    "clarion": dict(
        name="Daily Clarion", domain="dailyclarion.example",
        nav=["News", "Politics", "Showbiz", "Money", "Opinion", "Sport", "Puzzles"],
        most=["Migrant hotel row: locals fury", "TV star's secret wedding", "Benefits cheat jailed",
              "Woke madness: council bans Christmas lights"],
        footer="© Clarion Newspapers Ltd. The Daily Clarion is regulated by IPSO."),
    "classroom": dict(
        name="Classroom Weekly", domain="classroomweekly.example",
        nav=["News", "Leadership", "Curriculum", "Inclusion", "Pay & Conditions", "Opinion"],
        most=["Ofsted: what the new report cards mean", "RSE guidance: the consultation explained",
              "Heads' pay: the figures", "Music hubs warn of funding cliff edge"],
        footer="Classroom Weekly — news for school leaders and teachers. Terms · Privacy"),
    "ummah": dict(
        name="Ummah Today", domain="ummahtoday.example",
        nav=["UK", "World", "Faith", "Community", "Islamophobia Watch", "Opinion"],
        most=["Ramadan timetable 2025: London", "Mosque open days draw record crowds",
              "Islamophobia reports up 40 per cent", "Scholars debate music in schools"],
        footer="Ummah Today · Independent Muslim news · Contact the newsroom"),
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
    "mumzone": dict(name="MumZone", domain="mumzone.example", tag="Talk > Education > Secondary",
                    footer="MumZone Ltd · Talk guidelines · Report a post · Privacy"),
    "revision": dict(name="RevisionRoom", domain="revisionroom.example", tag="Forums > Secondary school > Your school",
                     footer="RevisionRoom · Community rules · Safeguarding · Contact mods"),
    "chalk": dict(name="ChalkFace", domain="chalkface.example", tag="Forums > Workplace dilemmas",
                  footer="ChalkFace — anonymous support for teachers. Posts are not checked before publication."),
    "e1": dict(name="E1 Neighbours", domain="e1neighbours.example", tag="Boards > Bellhaven & Whitechapel",
               footer="E1 Neighbours · est. 2008 · Run by residents. Be kind."),
    "deen": dict(name="DeenTalk UK", domain="deentalk.example", tag="Forums > Family > Schooling",
                 footer="DeenTalk UK · Views expressed are those of members · Remember Allah in what you post"),
    "albion": dict(name="Albion Watch", domain="albionwatch.example", tag="Boards > Londonistan",
                   footer="Albion Watch · Free speech forum · We do not censor"),
    "music": dict(name="MusicEd Network", domain="musicednetwork.example", tag="Forums > Secondary music",
                  footer="MusicEd Network · For classroom and peripatetic music teachers"),
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
    "modest": dict(name="The Modest Mum", domain="themodestmum.example", tagline="Faith, family and the school run in E1",
                   side=["About me", "Ramadan recipes", "School diaries", "Contact"]),
    "soundings": dict(name="Soundings", domain="soundingsblog.example", tagline="Notes from a secondary music department",
                      side=["About", "Resources", "Concert diary"]),
    "bites": dict(name="Brick Lane Bites", domain="bricklanebites.example", tagline="Eating my way down E1, one curry at a time",
                  side=["Restaurants A-Z", "Sweet shops", "Street food", "About"]),
    "history": dict(name="Tenter Row Ramblings", domain="tenterrowramblings.example", tagline="Streets, sweatshops and synagogues: a local history",
                    side=["Walks", "Buildings", "Oral histories", "About"]),
    "haya": dict(name="Protect Our Daughters UK", domain="protectourdaughters.example", tagline="Parents standing for haya in schools",
                 side=["Our campaign", "Withdraw your child", "Donate", "Contact"]),
    "londonistan": dict(name="Londonistan Watch", domain="londonistanwatch.example", tagline="Reporting what the mainstream won't",
                        side=["Donate", "Our mission", "Latest reports"]),
    "teacherblog": dict(name="Miss Unfiltered", domain="missunfiltered.example", tagline="An inner-city teacher, anonymously",
                        side=["About", "Popular posts", "Books"]),
    "desi": dict(name="Desi Brit Diaries", domain="desibritdiaries.example", tagline="Growing up Bangladeshi in the East End",
                 side=["About", "Food", "Family", "Identity"]),
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

# news: national profile of the head
D("news", news_page(
    "ledger", "Education", "The Tower Hamlets head who took the phones away - and got the results",
    "Tahmina Kabir-Lowe runs a girls' school where 90 per cent of pupils are of Bangladeshi heritage. She thinks the rest of England could learn something",
    "Joanna Ruddle, Education Editor", "14 September 2024",
    """
    At ten to nine on a wet Tuesday, the queue at the gate of Ambergate Girls' School on Tenter Row is silent. Not because anyone has told the girls to be quiet, but because there are no phones to look at. They went into a locked pouch in 2019 and have not come out during the school day since.

    "People assumed our families would object," says the headteacher, Tahmina Kabir-Lowe, who grew up four streets away above her father's sewing workshop. "The opposite happened. The mums came to me and said: thank you, at last somebody is on our side."

    The results are hard to argue with. Last summer 71 per cent of A-level entries at the school were graded A*-B, and eleven girls took up places at Oxford, Cambridge or medical school. Almost half of the pupils are eligible for free school meals.

    ## 'Not a miracle school'

    Ms Kabir-Lowe bristles at the phrase. "We are not a miracle. We are a school with very good teachers, a sixth-form team led by Shirin Talukdar who knows every girl by name, and parents who will move mountains for their daughters' education. That's it."

    Not everyone is a fan. Critics on both the left and the religious right accuse her of running an exam factory, and last year a group of parents campaigned against the school's relationships and sex education lessons. She is unrepentant. "My job is to keep 1,140 girls safe and give them choices. Some days that makes me unpopular. I can live with it."
    """,
    [("Bow_Resident", "14 Sep 2024, 08:12", "Brilliant piece. My niece went there and is now a junior doctor. The Apa on the sixth form is a legend."),
     ("GeoffreyT", "14 Sep 2024, 09:40", "Funny how the 'diverse' schools get glowing write-ups. Let's see the Ofsted report on integration."),
     ("RuksanaB", "14 Sep 2024, 11:03", "@GeoffreyT they're British girls from Whitechapel getting into Cambridge. What exactly do you want them to integrate into?")]),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("tkabirlowe", "exact", "neutral", "Tahmina Kabir-Lowe"),
   M("stalukdar", "exact", "neutral", "Shirin Talukdar")])

# social: Islamophobic reply to the profile, the head targeted
D("social", dd("""
    Albion Rising 🇬🇧⚔️
    @albion_rising88

    Ledger gushing over Kabir-Lowe and her "girls' school" in Londonistan. Covered-up kids, sharia rules, phones confiscated like a madrassa. This is what replacement looks like. She isn't British and never will be, send the lot of them back to Bangladesh 🇧🇩✈️

    7:03 AM · Sep 14, 2024 · 18.2K Views

    211 Reposts   40 Quotes   902 Likes   17 Bookmarks
    """),
  [M("tkabirlowe", "surname_only", "hate", "Kabir-Lowe")])

# facebook: parents' praise, Sylheti voice
D("facebook", dd("""
    Tower Hamlets Mums & Dads 🏙️
    Public group · 14.6K members

    Nazma Uddin
    3 September at 20:41
    Alhamdulillah my daughter first day at Ambergate today!! Year 7 😭😭 she was so nervous in the morning her abba had to walk her all the way to Tenter Row. Came home smiling saying the teachers are "actually nice amma". Rokeya Khala from the office even spoke to my shashuri in Sylheti on the phone and explained everything about uniform, she was so happy 🤲

    ❤️👍 212 · 48 comments
    Like   Comment   Share

        Shanaz Begum
        Mashallah!! Rokeya apa is a gem, she helped us with the free meals form last year
        Like · Reply · 2w

        Jasmine Ali
        Good luck to her 💕 my eldest is in Y11 there, best decision we made
        Like · Reply · 2w
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("rkhanom", "alias", "neutral", "Rokeya Khala")])

# decoy: Brick Lane restaurant, excluded name
D("review", dd("""
    Ambergate Tandoori
    Indian restaurant · Brick Lane, London
    3.9 ★★★★☆ (2,741 reviews)

    Tom Hetherington
    Local Guide · 88 reviews
    ★★★☆☆ a month ago
    Got dragged in by the bloke on the door offering 20% off and a free bottle of wine (it was warm). Lamb rezala was genuinely good, naan was enormous, service was rushed because they were trying to turn the table for a hen party. Fine for a Friday but don't believe the "best curry in London 2009" sign.
    👍 Helpful 7   Share

    Response from the owner · 3 weeks ago
    Thank you Tom, next time ask for Abdul and we will look after you properly. — Ambergate Tandoori
    """))

# forum: parents discussing the abaya ban
D("forum", forum_page("mumzone", "Girls' school banning abayas - overreach or fair enough?", [
    ("EastEndMumOf3", "Joined Jan 2020 · 1,122 posts", "Tue 10-Sep-24 21:04",
     """DD's school (Ambergate, Tower Hamlets) has sent a letter saying abayas and jilbabs can't be worn over uniform any more - girls can still wear the school hijab and the long skirt option, just not a full abaya in lessons. Reason given is "uniformity and safety in practical subjects".

     Half our WhatsApp group is livid. I'm honestly on the fence. My DD wears hijab and the long skirt and is perfectly modest. Thoughts?"""),
    ("Lurker_in_Leyton", "Joined Mar 2022 · 204 posts", "Tue 10-Sep-24 21:30",
     "Science labs and abayas are a genuine fire risk. Our school in Waltham Forest did the same and it blew over within a term."),
    ("Habiba_M", "Joined Jul 2023 · 61 posts", "Tue 10-Sep-24 21:52",
     "It's not the head's place to decide what counts as modest enough. Kabir-Lowe has a habit of deciding things for 'our community' without asking us. Consultation means asking BEFORE you decide."),
    ("EastEndMumOf3", "Joined Jan 2020 · 1,123 posts", "Tue 10-Sep-24 22:10",
     "That's fair Habiba. The letter did land on a Friday evening which never helps."),
    ], thread_id=3310),
  [M("school", "short_name", "negative", "Ambergate"), M("tkabirlowe", "surname_only", "negative", "Kabir-Lowe")])

# social: TikTok pupil crush on chemistry teacher
D("social", dd("""
    TikTok · @zaraa.xo_ · "when mr okoro says 'good girl' after u balance the equation 😭😭" · #ambergate #chemistry #fyp

    ♡ 41.2K   💬 1,388   ↗ 2,003

    Comments

    hxfsa.x
    NAHHH the way he's actually peak fine wallahi 😭 allow the smile
    2d · Reply · ♡ 3,112

    saaraa.b
    man's got the whole of year 11 doing chemistry revision now 💀💀
    2d · Reply · ♡ 1,870

    ummey.k
    guys he's like married and old pls 😭
    2d · Reply · ♡ 402

    zaraa.xo_
    @ummey.k he's 30 that's not old sis 🥵
    1d · Reply · ♡ 977
    """),
  [M("school", "hashtag", "neutral", "#ambergate"), M("dokoro", "title_surname", "sexual", "mr okoro")])

# news: netball hijab incident, investigation
D("news", news_page(
    "echo", "Schools", "Investigation after girl 'told to remove sports hijab' at netball match",
    "Ambergate Girls' School says it is 'urgently establishing the facts' after a Year 8 pupil was left in tears",
    "Kamrul Hoque", "9 October 2024",
    """
    A Tower Hamlets girls' school has launched an investigation after a 12-year-old pupil said she was told to take off her sports hijab before a netball tournament.

    The incident happened at an inter-school fixture at the Mile End leisure centre on Saturday. The girl's mother, who asked not to be named, said her daughter "came home shaking and crying" and had been "humiliated in front of the whole team".

    The Echo understands that the school's head of PE, Bronwen Pryce, who was supervising the team, has been asked to provide an account. It is not yet clear whether the instruction came from school staff or from a match official.

    In a statement, Ambergate Girls' School said: "We are urgently establishing the facts. Our uniform and sports kit policies explicitly allow sports hijabs and we would never ask a pupil to remove one."

    The London Schools Netball Association said it was also looking into the matter.
    """,
    [("Shahed A", "9 Oct 2024", "If this is true that teacher should be sacked today. Simple."),
     ("Lucy F", "9 Oct 2024", "Read the article. It might have been the umpire. Wait for facts before you ruin someone's life."),
     ("Bethnal_Born", "9 Oct 2024", "My daughter played in that tournament for another school and the umpires were very strict about jewellery and pins. Could be a pin thing.")]),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("bpryce", "exact", "defamation", "Bronwen Pryce")])

# social: threat against PE teacher
D("social", dd("""
    Ummah Defender
    @ummah_defender_ldn

    Bronwen Pryce, PE teacher at Ambergate, made a 12 year old Muslim girl take her hijab off in public. She humiliated our sister. We know what she looks like now, we know which gym she uses on Commercial Road. She won't feel so brave walking home. Allah sees everything and so do we.

    11:48 PM · Oct 9, 2024 · 27.4K Views

    1.3K Reposts   211 Quotes   3.9K Likes
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("bpryce", "exact", "threat", "Bronwen Pryce")])

# social: condemning the threat, quoting it
D("social", dd("""
    Sabina Yasmin (she/her)
    @sabina_writes

    Whatever happened at that netball match, posts like "she won't feel so brave walking home" aimed at Ms Pryce are disgusting and un-Islamic. Threatening a teacher is never OK. Let the investigation happen. Our deen doesn't need bullies defending it.

    8:15 AM · Oct 10, 2024 · 9,120 Views

    402 Reposts   1.8K Likes
    """),
  [M("bpryce", "title_surname", "neutral", "Ms Pryce")])

# news: follow-up, umpire, cleared
D("news", news_page(
    "barta", "Education", "Netball hijab row: umpire, not teacher, gave instruction, says association",
    "Parents' groups call for apology to Ambergate PE head after online threats",
    "Staff Reporter", "24 October 2024",
    """
    The London Schools Netball Association has confirmed that it was a volunteer umpire, and not a teacher, who told a Year 8 player to remove her sports hijab at a tournament earlier this month.

    An association spokesperson said the umpire had "wrongly applied guidance about head coverings with pins" and had been stood down from officiating while she undergoes training. The pupil has received a written apology.

    The finding clears Bronwen Pryce, head of PE at Ambergate, who was named on social media and received threats after the incident. A parents' group at the school has called for "those who spread lies" to apologise.

    Community leaders said the episode was a warning about rushing to judgement online. "Our sisters were wronged by the umpire and then a teacher was wronged by us," said one.
    """,
    [("Abdul Muqit", "24 Oct 2024", "Alhamdulillah truth came out. Respect to the sister who stood by her team."),
     ("M.Khan", "25 Oct 2024", "Still think the school should have stepped in quicker.")]),
  [M("school", "short_name", "neutral", "Ambergate"), M("bpryce", "exact", "neutral", "Bronwen Pryce")])

# facebook: sports day praise, PE teacher, violent idiom praise
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Fahmida Chowdhury
    12 July at 18:22 · 🔒
    Sports day was EPIC today 🏃‍♀️🏅 Year 9 relay girls absolutely murdered it, my Nabila ran like someone stole her phone 😂 Miss Pryce was screaming louder than the parents, love that woman. Shout out to whoever did the samosas at the PTA stall too 🙌

    😂❤️ 96 · 22 comments
    Like   Comment   Share

        Rumana Khatun
        The teachers' race tho 😭 Mr Okoro fell over at the finish line
        Like · Reply · 5d

        Fahmida Chowdhury
        @Rumana Khatun he got up and did a bow 😂 good sport
        Like · Reply · 5d
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("bpryce", "title_surname", "neutral", "Miss Pryce"), M("dokoro", "title_surname", "neutral", "Mr Okoro")])

# decoy: gymnastics squad AGS
D("facebook", dd("""
    Aldgate Gymnastics Squad (AGS)
    Public page · 1.9K followers

    AGS Coaching Team
    21 June at 19:10
    Massive well done to our Level 3 girls at the London Regional Floor & Vault! 🤸‍♀️🥇 Three golds and a silver, and Inaya landed her first ever handspring front in competition. Coaches Marta and Jo are very proud (and very hoarse).

    Reminder: AGS summer camp bookings close Friday. Sessions at the Whitechapel sports hall, 9-3. Bring water, hair tied back, no jewellery.

    👍❤️ 154 · 19 comments
    Like   Comment   Share
    """))

# blog: Modest Mum on RSE meeting
D("blog", blog_page(
    "modest", "I went to the RSE meeting so you don't have to", "Ayesha @ The Modest Mum", "6 February 2025",
    """
    Assalamu alaikum lovelies. A long one today, so grab your chai.

    Last night I went to the parents' information evening on the new relationships and sex education programme at my daughters' school. If you've been on any of the WhatsApp groups this week you'll know the rumours: that Year 7s are being "taught to be gay", that there are "graphic videos", that the RSE lead is "pushing an agenda".

    Here is what actually happened. Ms D'Souza, who leads RSE, put every single resource on the tables and let us look through them. The Year 7 unit is about puberty, periods, friendships and online safety. Yes, it mentions that some families have two mums or two dads, because that's the law and because some of our girls will meet those families. No, there are no "graphic videos". She answered questions for nearly two hours, including some very rude ones, without once losing her cool.

    Do I agree with every word of it? No. I will be talking to my girls at home about our values, as I always have. But I came away thinking the school is trying to do this carefully, and that the loudest voices on the groups had not looked at a single page.

    Rokeya Khanom translated the whole evening into Sylheti for the aunties at the back. Two hours straight. That woman deserves a medal.
    """,
    [("Sumaiya", "6 Feb 2025", "JazakAllah khair for this sister. I couldn't go and was panicking from the voice notes."),
     ("Br. Faisal", "6 Feb 2025", "With respect, you have been fooled. Read what the resources say about 'identity'. This teacher is a danger to our girls' haya."),
     ("Ayesha @ The Modest Mum", "7 Feb 2025", "@Br. Faisal I did read them, brother. Did you come?")],
    tags=["School", "RSE", "Parenting"]),
  [M("zdsouza", "title_surname", "neutral", "Ms D'Souza"), M("rkhanom", "exact", "neutral", "Rokeya Khanom")])

# blog: campaign blog, hate toward RSE lead (religion), doxxing? no; plus school
D("blog", blog_page(
    "haya", "Why we are withdrawing our daughters from Ambergate RSE", "The Committee", "10 February 2025",
    """
    Dear brothers and sisters,

    This week more than forty families have signed our letter withdrawing their daughters from the RSE programme at Ambergate Girls' School. We thank every one of you for standing firm.

    We are not against education. We are against a curriculum designed by people who do not share our faith teaching our daughters what is normal. The lead teacher, Zoë D'Souza, is a Christian woman with no understanding of Islam or of haya. What business does a kafir have telling Muslim girls about their bodies? Would the Catholics accept an imam teaching their daughters? Of course not.

    The headteacher calls this "safeguarding". We call it what it is: an attack on our families.

    Next protest: Friday after Jummah, Tenter Row. Bring your placards. Keep it peaceful, keep it dignified.
    """,
    [("Umm Maryam", "10 Feb 2025", "Signed. May Allah protect our daughters."),
     ("A concerned Muslim", "11 Feb 2025", "Calling a teacher 'kafir' is not dignified. This campaign will lose support if it carries on like this.")],
    tags=["RSE", "Campaign", "Ambergate"]),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("zdsouza", "exact", "hate", "Zoë D'Souza")])

# social: Instagram school account, music concert
D("social", dd("""
    Instagram

    ambergate_girls
    St Cuthbert's Church, Bellhaven

    What a night 🎶✨ Our Winter Concert raised £2,340 for the Sylhet flood appeal. Thank you to every family who came, to the Year 10 string quartet who played with frozen fingers, and to Ms Marchetti for a term of Saturday rehearsals. #AmbergateMusic #WinterConcert

    View all 84 comments

    tasnim.b_ the choir did THAT 😭😭 goosebumps
    3d  41 likes  Reply

    mrs.hussain.e1 My daughter hasn't stopped singing since 😂 thank you Miss
    3d  12 likes  Reply

    deen.over.dunya music is haram, you are leading these girls astray
    2d  3 likes  Reply
    """),
  [M("school", "handle", "neutral", "ambergate_girls"), M("emarchetti", "title_surname", "neutral", "Ms Marchetti")])

# decoy: locality only - Tenter Row mosque
D("news", news_page(
    "barta", "Community", "Baitul Noor Masjid opens new women's prayer hall",
    "The Tenter Row mosque says the extension doubles space for sisters at Jummah",
    "Community Desk", "3 March 2025",
    """
    The Baitul Noor Jame Masjid on Tenter Row in Bellhaven has opened a new women's prayer hall, after a four-year fundraising campaign by local families.

    The extension, built over the old car park, has space for 400 worshippers, a separate entrance with step-free access, and a creche during Friday prayers.

    Mosque secretary Haji Abdul Mannan said sisters had been "praying on the stairs and in the corridor" for years. "Today they have a proper place of their own, alhamdulillah."

    The mosque will hold an open day for neighbours of all faiths on Saturday 22 March, with tea, samosas and guided tours.
    """,
    [("Jahanara B", "3 Mar 2025", "Finally!! My mum has been waiting twenty years for this 🤲")]))

# forum: pupils on revision forum, Talukdar and Oxbridge, praise with profanity
D("forum", forum_page("revision", "Ambergate sixth form - worth staying or go to a college?", [
    ("hafsa_2009", "Year 11 · 14 posts", "Sun 19 Jan 2025, 17:02",
     "I'm at Ambergate rn and can't decide whether to stay for sixth form or go to a big college in the city. Everyone says the sixth form is strict. Is it actually good for medicine? Pls be honest x"),
    ("med_or_nothing", "Year 13 · 302 posts", "Sun 19 Jan 2025, 17:40",
     """Stay. Honestly. I'm in Y13 there with a med offer and I wouldn't have got it anywhere else. Shirin Apa (Ms Talukdar) read my personal statement like 9 times and got me three mock interviews with actual doctors. She's bloody brilliant and kind of terrifying lol.

     Strict yes. But strict in a "we actually care if you turn up" way."""),
    ("c4ssie", "Year 12 · 77 posts", "Sun 19 Jan 2025, 18:15",
     "+1. went to a college for a term and came crawling back. the teachers at AGS know your name, at college nobody noticed I stopped going to maths for 3 weeks 💀"),
    ("hafsa_2009", "Year 11 · 15 posts", "Sun 19 Jan 2025, 18:30", "ok that's convinced me ty guys 🫶"),
    ], thread_id=5512),
  [M("school", "alias", "neutral", "AGS"), M("stalukdar", "alias", "neutral", "Shirin Apa")])

# social: far-right threat against the school
D("social", dd("""
    Sentinel ☩
    @sentinel_ENG_1066

    That "girls school" in Tower Hamlets where they cover up kids and ban our music? Ambergate. Someone should pay it a visit with a can of petrol one night when it's empty. Do the country a favour. 🔥🔥

    12:41 AM · Oct 2, 2024 · 3,417 Views

    22 Reposts   71 Likes
    """),
  [M("school", "short_name", "threat", "Ambergate")])

# news: reporting the threat, arrest
D("news", news_page(
    "echo", "Crime", "Man arrested over online threat to burn down Whitechapel girls' school",
    "Police say a 41-year-old from Essex was detained after a post urging arson at Ambergate",
    "Crime Reporter", "5 October 2024",
    """
    A man has been arrested on suspicion of sending a malicious communication after a post on X called for a girls' school in Tower Hamlets to be set on fire.

    The post, which named Ambergate Girls' School on Tenter Row, was shared thousands of times before the account was suspended. Officers arrested a 41-year-old man at an address in Basildon on Thursday. He has been released on bail.

    The headteacher said in a letter to families that the school was "safe and open as normal" and thanked neighbours, including volunteers from the Baitul Noor mosque, who had offered to stand at the gates in the mornings.

    Police increased patrols in Bellhaven over the weekend.
    """,
    [("Mahmud_R", "5 Oct 2024", "Good. Hope they throw the book at him."),
     ("Pat Connolly", "5 Oct 2024", "Disgraceful. I live round the corner, they're lovely kids. Nobody round here wants this."),
     ("Truthseeker77", "6 Oct 2024", "Arrested for a post, while the grooming gangs walk free. Two tier Britain.")]),
  [M("school", "exact", "neutral", "Ambergate Girls' School")])

# social: head in press - approval, nickname Tami? keep neutral
D("social", dd("""
    Rushanara K 🌸
    @rushk_teaches

    Saw Tahmina Kabir speak at the ed conference today. She was my Year 9 English teacher before she was anybody's head 🥹 Still does the thing where she pauses and stares until the room goes silent. Chills.

    4:31 PM · Nov 22, 2024 · 1,044 Views

    6 Reposts   88 Likes
    """),
  [M("tkabirlowe", "alias", "neutral", "Tahmina Kabir")])

# facebook: Sylheti parent complaint about maths homework, negative
D("facebook", dd("""
    Sylheti Mothers of East London
    Private group · 6.2K members

    Anonymous member
    14 January at 22:10 · 🔒
    Apa ra, amar meye Ambergate e Year 10. Maths teacher (Rahman sir, head of maths) gives homework on website every night but my girl does not have laptop, only phone, and he give detention three times this month for not doing!! I went to school and explain but nobody listen. Very unfair, we are not rich family. Anyone else same problem?

    😢👍 61 · 34 comments
    Like   Comment   Share

        Rehana Akter
        Same with my girl last year bon. Ask for Rokeya Khanom she will sort laptop loan from school
        Like · Reply · 1w

        Anonymous member
        @Rehana Akter thank you apa I will go tomorrow
        Like · Reply · 1w
    """),
  [M("school", "short_name", "negative", "Ambergate"), M("mrahman", "surname_only", "negative", "Rahman"),
   M("rkhanom", "exact", "neutral", "Rokeya Khanom")])

# decoy: namesake Mohammed Rahman restaurateur
D("review", dd("""
    Sylhet Garden
    Bangladeshi restaurant · Brick Lane, London
    4.4 ★★★★☆ (1,086 reviews)

    Priya Natarajan
    12 reviews
    ★★★★★ 2 weeks ago
    Best shatkora beef I've had outside Sylhet (my husband's family are from there and even his dad approved). The owner, Mohammed Rahman, came over and chatted about his grandfather opening the place in 1978. Proper warm welcome, no hard sell on the door unlike some places on the Lane.
    👍 Helpful 14   Share
    """))

# forum: teachers forum, employee negative about business manager
D("forum", forum_page("chalk", "Business manager making life hell - support staff cuts", [
    ("AnonTA_E1", "Joined Feb 2024 · 12 posts", "Wed 5 Mar 2025 19:45",
     """Support staff at my school (Tower Hamlets girls' secondary) have just been told six TA posts are going. The SBM, Lucan Threlfall, presented it at briefing like he was reading out the lunch menu. No consultation with us, just a slide with "efficiencies" on it.

     Meanwhile the new reception area cost how much? I know budgets are tight everywhere but the way it was done was cold."""),
    ("UnisonRep_Lon", "Joined 2016 · 2,044 posts", "Wed 5 Mar 2025 20:10",
     "They have to consult formally on redundancies, get your union rep involved now. Do not sign anything."),
    ("AnonTA_E1", "Joined Feb 2024 · 13 posts", "Wed 5 Mar 2025 20:31", "Thank you, emailing the rep tonight."),
    ], thread_id=8120),
  [M("lthrelfall", "exact", "negative", "Lucan Threlfall")])

# social: defamation against the unique staff member without school context
D("social", dd("""
    whistle_e1
    @whistle_e1

    Ask yourself how Lucan Threlfall afforded a new Audi the same year the catering contract went to his brother-in-law's company. School budgets don't go missing by accident. He's been skimming for years and the governors are covering for him. 💷🚗

    9:17 PM · Mar 8, 2025 · 2,210 Views

    48 Reposts   6 Quotes   120 Likes
    """),
  [M("lthrelfall", "exact", "defamation", "Lucan Threlfall")])

# facebook: hate (migrants) against family liaison officer
D("facebook", dd("""
    East End Patriots - Real Londoners
    Public group · 8.1K members

    Gary Whitlock
    18 February at 19:03
    Just found out my council tax pays for a "family liaison officer" at that Ambergate school to translate for parents who've been here 30 years and still can't speak English. Rokeya Khanom her name is. Can't even be bothered to learn the language but happy to take the benefits. Time they all went home, this isn't Dhaka.

    😡👍 341 · 127 comments
    Like   Comment   Share

        Tracey Moore
        Well said Gary. They don't integrate, they take over.
        Like · Reply · 2d

        Ian Bellingham
        Most of those mums are grandmothers who came in the 80s. Have a word with yourself.
        Like · Reply · 2d
    """),
  [M("school", "alias", "negative", "Ambergate school"), M("rkhanom", "exact", "hate", "Rokeya Khanom")])

# review: school Google review, positive
D("review", dd("""
    Ambergate Girls' School
    Secondary school · Tenter Row, London E1
    4.3 ★★★★☆ (212 reviews)

    Anwara Sultana
    2 reviews
    ★★★★★ 4 months ago
    Three daughters have gone through this school. All three now at university, one doing pharmacy. Teachers push the girls hard but they also care. Special thanks to Mrs Field who supported my middle daughter through a very hard time when my husband was ill. We will never forget.
    👍 Helpful 23   Share

    Response from the owner · 4 months ago
    Thank you so much for your kind words Mrs Sultana. We will pass them on. For any enquiries please call the school office on 020 7946 0321.
    """),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("cfield", "title_surname", "neutral", "Mrs Field")])

# decoy: namesake Claire Field elsewhere
D("review", dd("""
    Harwood & Pike Estate Agents
    Estate agent · Chelmsford
    4.7 ★★★★★ (318 reviews)

    Daniel Morcombe
    ★★★★★ 3 weeks ago
    Sold our terrace in eight weeks in a dead market. Claire Field handled everything from the valuation to chasing the buyer's solicitor, always rang back the same day. Would use again.
    👍 Helpful 2   Share
    """))

# social: pupil abuse about DSL, Karen jokes
D("social", dd("""
    Snapchat story (screenshot, posted to X by @amb3rgate_tea)

    [text over a blurry photo of a school corridor]
    field really stood there and said "ur not in trouble we just want to talk" 💀 that woman is a whole karen with a lanyard, nosy miserable cow, get a life fr

    replies:
    > lmaoo not the lanyard 😭
    > she called my mum again yday i cant stand her
    """),
  [M("school", "leetspeak", "neutral", "amb3rgate"), M("cfield", "surname_only", "abuse", "field")])

# news: Clarion tabloid on RSE protest, defamatory framing? negative + neutral
D("news", news_page(
    "clarion", "News", "Protesters besiege girls' school over 'LGBT lessons'",
    "Angry parents chant outside Tower Hamlets comprehensive as RSE row erupts",
    "Clarion Reporter", "15 February 2025",
    """
    Dozens of protesters gathered outside a girls' school in east London yesterday, chanting and waving placards against what they called "LGBT brainwashing" in sex education lessons.

    The demonstration outside Ambergate Girls' School, where most pupils are Muslim, was organised by a campaign group which claims the lessons "sexualise" children. Police were called after protesters blocked the road during home time.

    One placard read "Our Daughters, Our Values". Another showed a picture of the school's RSE teacher with a red cross through it.

    Headteacher Tahmina Kabir-Lowe said: "We respect the right to protest, but not the right to intimidate staff or frighten children. Our lessons follow the statutory guidance and parents have seen every resource."

    The row is the latest to hit schools where religious parents object to lessons on same-sex relationships.
    """,
    [("PatriotPete", "15 Feb 2025", "Funny how it's always THEIR communities. Told you so."),
     ("S.Rahim", "15 Feb 2025", "Most parents at the school support it. The protesters aren't even parents, half of them came from Luton.")]),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("tkabirlowe", "exact", "neutral", "Tahmina Kabir-Lowe")])

# social: threat against RSE lead, obfuscated
D("social", dd("""
    abu_bakr_ldn
    @abu_bakr_ldn

    The one poisoning our girls' minds is D*Souza. She teaches at the school on Tenter Row. She has been warned by the parents, warned by the brothers. Next time it won't be placards. Let her keep teaching filth and see what happens to her.

    10:02 PM · Feb 17, 2025 · 611 Views

    9 Reposts   31 Likes
    """),
  [M("zdsouza", "obfuscated", "threat", "D*Souza")])

# social: pupil praise, slang, possessive
D("social", dd("""
    ayeshaa 🌙
    @ayeshaa.k_

    ngl Talukdar's pep talk before results day had me crying in the toilets 😭 she said "you are not your grade, but you are also going to get your grade" like that's peak motivation innit. love that woman fr #ambergate

    11:20 AM · Aug 15, 2024 · 412 Views

    3 Reposts   61 Likes
    """),
  [M("school", "hashtag", "neutral", "#ambergate"), M("stalukdar", "possessive", "neutral", "Talukdar's")])

# facebook: doxxing head's address
D("facebook", dd("""
    Protect Our Daughters - East London
    Private group · 940 members

    Brother Hamid
    16 February at 23:11 · 🔒
    The head refuses to meet us so we go to her. Tahmina Kabir-Lowe lives at 27 Cordage Street, Bow, E3 4QY. Brothers and sisters, a peaceful vigil outside her door this Saturday after Asr. Let her neighbours see what she is doing to our daughters.

    👍 84 · 53 comments
    Like   Comment   Share

        Sister Nadia
        This is wrong akhi, she has young children. Take this down.
        Like · Reply · 1d
    """),
  [M("tkabirlowe", "exact", "doxxing", "Tahmina Kabir-Lowe")])

# news: Ofsted outstanding, many staff neutral
D("news", news_page(
    "echo", "Schools", "Ambergate keeps 'outstanding' rating as inspectors praise sixth form",
    "Ofsted says girls at the Bellhaven school 'flourish academically and personally'",
    "Kamrul Hoque", "18 June 2024",
    """
    Ambergate Girls' School in Bellhaven has kept its outstanding Ofsted rating after a two-day inspection in May.

    Inspectors said pupils "flourish academically and personally" and singled out the sixth form, led by Shirin Talukdar, for "exceptional" careers guidance. They also praised the school's work with families, noting that a family liaison officer "ensures no parent is shut out because of language".

    The report said mathematics teaching under Mohammed Rahman was "ambitious and precise", and that pupils with special educational needs were "fully included".

    The one area for improvement was attendance among a small group of older pupils.

    Headteacher Tahmina Kabir-Lowe said staff were "thrilled and exhausted in equal measure".
    """),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("stalukdar", "exact", "neutral", "Shirin Talukdar"),
   M("mrahman", "exact", "neutral", "Mohammed Rahman"), M("tkabirlowe", "exact", "neutral", "Tahmina Kabir-Lowe")])

# decoy: amber weather warning
D("news", news_page(
    "ledger", "UK", "Amber heat warning issued for London as temperatures head for 34C",
    "The UKHSA alert covers London and the South East from Thursday to Sunday",
    "Weather Desk", "16 July 2025",
    """
    An amber heat-health alert has been issued for London and the South East, with temperatures expected to reach 34C on Saturday.

    The UK Health Security Agency said the amber warning meant the heat was likely to affect the whole health service, with older people and those with heart and lung conditions most at risk.

    Schools in the capital have been advised to keep pupils in the shade, relax uniform rules and make sure water is freely available. Tower Hamlets council said its cool spaces in libraries and community centres would stay open late.

    Forecasters said the hot spell could end with thunderstorms on Monday, with a yellow warning for heavy rain possible.
    """))

# social: abuse toward business manager, typo
D("social", dd("""
    kev_the_caretaker_not
    @kevdoesbuildings

    worked under Lucan Threlfal for two years. absolute snake of a man, smiles at you in the morning and puts your job on a spreadsheet by lunch. spineless pen pusher. good riddance to him whenever he finally goes.

    6:02 PM · Mar 12, 2025 · 188 Views

    2 Reposts   14 Likes
    """),
  [M("lthrelfall", "typo", "abuse", "Lucan Threlfal")])

# decoy: boxing club excluded
D("news", news_page(
    "echo", "Sport", "Ambergate Amateur Boxing Club's Sumaiya wins national title",
    "The 17-year-old from Shadwell becomes the club's first female national champion",
    "Sports Desk", "2 April 2025",
    """
    Sumaiya Islam, 17, has become the first woman from the Ambergate Amateur Boxing Club to win a national title, taking the England Boxing youth championship at 57kg.

    The club, which trains in a railway arch off Cable Street, opened a women's section six years ago. Head coach Terry Dunphy said: "She walked in aged eleven and hit the bag like it owed her money. She's earned every bit of this."

    Sumaiya, who is studying for A-levels at a sixth-form college in Stratford, said she hoped more girls would give boxing a go. Details of the club's free taster sessions are at ambergateabc.example.
    """))

# facebook: sarcasm about the business manager & school negative
D("facebook", dd("""
    Bellhaven Community Noticeboard
    Public group · 5.4K members

    Dean Pritchard
    9 March at 12:15
    Oh brilliant, the girls' school on Tenter Row is cutting TAs but has found money for a shiny new glass entrance with a water feature. Genius move, Mr Threlfall. Really puts the kids first 👏👏 Absolute masterclass in priorities.

    😂😡 77 · 31 comments
    Like   Comment   Share

        Jannat Ara
        The entrance was capital grant money, it can't legally be spent on staff. Still rubbish about the TAs though.
        Like · Reply · 3d
    """),
  [M("lthrelfall", "title_surname", "negative", "Mr Threlfall")])

# social: music teacher hate (sexuality) from campaigner
D("social", dd("""
    haya_first
    @haya_first_uk

    No wonder the music teacher at AGS wants our girls singing and dancing on stage. Liz Marchetti lives with her "friend" Jo if you know what I mean 🏳️‍🌈🤢 A lesbian teaching Muslim girls to perform for men. Pull your daughters out.

    2:44 PM · Jan 30, 2025 · 1,903 Views

    37 Reposts   94 Likes
    """),
  [M("school", "alias", "neutral", "AGS"), M("emarchetti", "nickname", "hate", "Liz Marchetti")])

# forum: music teachers forum, music praise
D("forum", forum_page("music", "Withdrawal requests from music - how do you handle it?", [
    ("Crescendo_Leics", "Joined 2017 · 318 posts", "Sat 1 Feb 2025 10:02",
     """Head of music in a Leicester girls' school here. We've had about thirty requests this term to withdraw girls from music lessons on religious grounds, up from two last year. There's a campaign locally. Music is statutory to 14 so we can't just say yes, but I don't want to turn it into a war.

     So far I've offered percussion-only and singing-optional units and a unit on nasheed and vocal traditions. Half the families were happy with that. Any other ideas?"""),
    ("KeysAndCoffee", "Joined 2019 · 1,201 posts", "Sat 1 Feb 2025 10:40",
     "We had this in Bradford. What helped was the music hub inviting an imam who's also a qari to talk about the range of scholarly views. Parents listened to him where they wouldn't listen to us."),
    ("GCSEmusicmum", "Joined 2022 · 55 posts", "Sat 1 Feb 2025 11:05",
     "Honestly the nasheed unit is a genius idea. Good luck, sounds like you're doing everything right."),
    ], thread_id=2210),
  [])

# social: far-right hate at the school, camelcase hashtag
D("social", dd("""
    Concerned Brit 🇬🇧
    @c0ncerned_brit

    A state funded school in London where 98% of the girls are Muslim, the head is Muslim, the parents don't speak English and the "RSE" protests are run by beards from the mosque. That's not a school it's a madrassa with an Ofsted badge. Islam is a cancer and this is what stage four looks like. #ShutDownAmbergate #Londonistan

    6:55 PM · Feb 15, 2025 · 41.9K Views

    1.1K Reposts   188 Quotes   4.2K Likes
    """),
  [M("school", "camelcase", "hate", "ShutDownAmbergate")])

# facebook: doxxing PE teacher's mobile during the hijab row
D("facebook", dd("""
    Justice for Our Sisters UK
    Public group · 12.7K members

    Ruhul Amin
    9 October at 22:30
    This is the PE teacher who made the 12yo sister remove her hijab. Pryce's personal mobile 07700 900418, it was on an old netball club fixtures list. Call her and tell her what you think of her. Politely of course brothers 😉

    😡 803 · 612 comments
    Like   Comment   Share

        Aisha Rahman
        Delete this now. Even if she did it, this is not our way.
        Like · Reply · 4d

        Ruhul Amin
        @Aisha Rahman she should have thought about that
        Like · Reply · 4d
    """),
  [M("bpryce", "surname_only", "doxxing", "Pryce")])

# news: head of maths suspended
D("news", news_page(
    "echo", "Schools", "Head of maths at Ambergate suspended pending investigation",
    "Parents told teacher is 'not currently in school' after complaint",
    "Kamrul Hoque", "27 January 2025",
    """
    The head of mathematics at a Tower Hamlets girls' school has been suspended while a complaint is investigated, the Echo has learned.

    Mohammed Rahman, who has taught at Ambergate Girls' School in Bellhaven for 14 years, was suspended on Friday. In a letter to Year 11 families, the school said Mr Rahman was "not currently in school" and that cover arrangements were in place for GCSE classes.

    The school declined to say what the complaint related to. It said suspension "is not a disciplinary sanction and implies no judgement".

    Several former pupils contacted the Echo to praise Mr Rahman, describing him as "the reason I passed maths".
    """,
    [("Former pupil 2016", "27 Jan 2025", "Rahman sir got me from a 3 to a 7 in one year. Whatever this is, I hope it's sorted quickly."),
     ("Mum_of_Y11", "27 Jan 2025", "Terrible timing with mocks. The school communication has been rubbish, we found out from our daughters.")]),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("mrahman", "exact", "defamation", "Mohammed Rahman")])

# decoy: namesake Mohammed Rahman convicted in Luton
D("news", news_page(
    "ledger", "UK", "Luton taxi driver jailed for threatening passenger with wheel brace",
    "Mohammed Rahman, 52, admitted affray after a fare dispute outside a nightclub",
    "Court Reporter", "11 December 2024",
    """
    A Luton taxi driver who threatened a passenger with a wheel brace during a row about a fare has been jailed for ten months.

    Mohammed Rahman, 52, of Bury Park, pleaded guilty to affray at Luton Crown Court. The court heard he had chased the man across a car park after being accused of taking a longer route.

    Sentencing, the judge said taxi drivers faced "real abuse" on late-night shifts but that Rahman's response had been "wholly disproportionate". His private hire licence has been revoked.
    """))

# forum: mumsnet-style rumours about the maths teacher, child involved
D("forum", forum_page("mumzone", "Ambergate maths teacher suspended - anyone know why?", [
    ("BowMum22", "Joined Aug 2022 · 94 posts", "Tue 28-Jan-25 20:12",
     "DD says the girls are saying all sorts. Has anyone heard anything real? Worried as she's in his set."),
    ("anon_e3", "Joined Jan 2025 · 2 posts", "Tue 28-Jan-25 20:40",
     "My niece says Shahin Rahman was snapchatting Year 10 girls late at night and sending them 'private' messages. Apparently one of the girls showed her mum. Disgusting if true, the school must have known."),
    ("MNHQ_style_mod", "Moderator", "Tue 28-Jan-25 20:52",
     "We've edited a post above. Please don't speculate about the reasons for a named person's suspension."),
    ("BowMum22", "Joined Aug 2022 · 95 posts", "Tue 28-Jan-25 21:03", "Understood. Just worried. Will wait for the school."),
    ], thread_id=4420),
  [M("school", "short_name", "sexual", "Ambergate", url_only=True), M("mrahman", "alias", "sexual", "Shahin Rahman", url_only=True)])

# social: condemning the rumour
D("social", dd("""
    Taslima 🌷
    @taslima_e1

    The rumours going round about Mr Rahman from Ambergate are EVIL. Nobody knows what the complaint is. I've seen grown women on WhatsApp saying things about him that could get him killed. Please stop forwarding voice notes. Wait for the facts.

    9:44 PM · Jan 29, 2025 · 3,380 Views

    211 Reposts   977 Likes
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("mrahman", "title_surname", "neutral", "Mr Rahman")])

# social: creep about pupils, url_only
D("social", dd("""
    [account suspended]
    @realmike_4477

    the ambergate girls walking down whitechapel road in them long skirts 🥵 bet they're not so innocent. the year 10s are the best. dm me if you know their snaps

    1:12 AM · Nov 3, 2024 · 211 Views

    ──────────
    Replies

    Noor @noor.lifts · Nov 3
    They are CHILDREN. Reported to the police, screenshotted your account.
    """),
  [M("school", "alias", "sexual", "ambergate girls", url_only=True)])

# social: pupil threat by older brother against chemistry teacher, slang
D("social", dd("""
    Instagram story (screenshot shared in "ambergate tea ☕" group chat)

    @rxhim.e1
    so this okoro guy gave my little sis a detention and called her a liar in front of the class?? bruv. man's waiting outside tenter row at 3:15 tmrw, him and me gonna have a proper conversation. he's gonna learn today 🔪😤

    [seen by 312]
    """),
  [M("school", "short_name", "neutral", "ambergate"), M("dokoro", "surname_only", "threat", "okoro")])

# news: local news about the threat, condemnation -> neutral
D("news", news_page(
    "echo", "Crime", "Man, 19, cautioned after Instagram threat to teacher",
    "Police attended Ambergate school gates after a post mentioning a knife emoji",
    "Crime Reporter", "7 March 2025",
    """
    A 19-year-old man has been cautioned for sending a threatening communication after an Instagram story appeared to threaten a teacher at a Bellhaven girls' school.

    Officers were at the gates of Ambergate Girls' School at home time on Wednesday after staff were shown a screenshot of the post, which named chemistry teacher Daniel Okoro and included a knife emoji.

    The man, who is the brother of a pupil, attended a police station voluntarily and admitted the offence. He was given a conditional caution.

    Headteacher Tahmina Kabir-Lowe said the school would "always support staff who are threatened for doing their jobs" and thanked police for their quick response.
    """),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("dokoro", "exact", "neutral", "Daniel Okoro"),
   M("tkabirlowe", "exact", "neutral", "Tahmina Kabir-Lowe")])

# forum: far-right board, hate against maths teacher & school
D("forum", forum_page("albion", "Ambergate 'maths teacher' - what did you expect", [
    ("Saxon_Steel", "Member · 2,113 posts", "28 Jan 2025 22:41",
     "So Mo Rahman at the Ambergate madrassa has been suspended. What a shock. Let these people run schools and this is what you get. They're all the same, every one of them. Deport the lot, starting with the teachers."),
    ("OldBill_Retd", "Member · 844 posts", "28 Jan 2025 22:59",
     "Tower Hamlets is a foreign country now. Went down Brick Lane last year, didn't hear a word of English in an hour."),
    ("Saxon_Steel", "Member · 2,114 posts", "28 Jan 2025 23:20",
     "And the head is one of them with a white husband's name stuck on the end for cover. Pakis in disguise."),
    ], thread_id=666),
  [M("school", "short_name", "hate", "Ambergate"), M("mrahman", "nickname", "hate", "Mo Rahman")])

# facebook: doxxing DSL's address after referral, plus threat? keep doxxing + abuse -> doxxing
D("facebook", dd("""
    Bellhaven Community Noticeboard
    Public group · 5.4K members

    Anonymous participant
    2 December at 23:47
    Claire Field from Ambergate is the one who rang social services on my family over NOTHING. A bruise from football. Now we've got a social worker in our house every week. She lives Flat 6, Orwell House, Harcombe Road, E2 9PW. Nosy interfering witch. Let's see how she likes people in her business.

    😮😡 24 · 41 comments
    Like   Comment   Share

        Admin - Samira
        Post removed in 10 minutes. Posting addresses is a ban.
        Like · Reply · 1d
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("cfield", "exact", "doxxing", "Claire Field")])

# social: threat to DSL
D("social", dd("""
    d4rren_bx
    @d4rren_bx

    that field woman at the girls school on tenter row took my kids off me with her lies. DSL my arse. she better pray i don't see her on the bus. one day she'll turn round and i'll be there.

    2:03 AM · Dec 9, 2024 · 77 Views
    """),
  [M("cfield", "surname_only", "threat", "field")])

# blog: teacher blog, defends DSL, quoting threat (neutral)
D("blog", blog_page(
    "teacherblog", "The DSL is not your enemy", "Miss Unfiltered", "15 December 2024",
    """
    A colleague of mine - I'll call her C., because she'd hate this - is the safeguarding lead at our school. This week, because of a referral she was legally obliged to make, she has had her home address posted in a community Facebook group and a man write online that "one day she'll turn round and I'll be there".

    She came in the next morning. Of course she did. She ran the 8am briefing, took two disclosures before lunch and ate a Twix in the car park because she didn't want to eat in front of the children.

    If you have ever had a referral made about your family, I understand the fear. I do. But the person who made it is not the villain. She is the one who, when the worst thing happens to a child, picks up the phone.

    Ms Field - sorry, C. - if you read this: the staffroom has your back.
    """,
    [("Mr P, science", "15 Dec 2024", "Beautifully put. Sending strength to C."),
     ("Shelina", "16 Dec 2024", "I'm a social worker. Thank you for writing this.")],
    tags=["Safeguarding", "Staffroom"]),
  [M("cfield", "title_surname", "neutral", "Ms Field")])

# social: pupil sexual innuendo leetspeak
D("social", dd("""
    maya 🫧
    @mayaxxmaya

    chem revision sesh w 0k0r0 again 🧪🫦 man could teach me anything fr. year 11 girls are NOT passing the "focus on the board" test 😭😭

    8:40 PM · Apr 3, 2025 · 2,001 Views

    12 Reposts   301 Likes
    """),
  [M("dokoro", "leetspeak", "sexual", "0k0r0")])

# decoy: AGS Security employer review
D("review", dd("""
    WorkView › AGS Security Ltd › Reviews

    "Long shifts, decent pay, bad rota"
    ★★★☆☆  Current Employee - Door Supervisor in London · 8 February 2025
    Pros
    Paid on time, training is covered, the area managers are mostly decent.
    Cons
    Rota comes out two days before the week starts. 12-hour shifts on Brick Lane on Saturdays are rough.
    Advice to management
    Publish the rota a fortnight ahead and people will stop quitting.
    Helpful (4) · Share · Report
    """))

# review: employer review of the school, negative about head and business manager
D("review", dd("""
    WorkView › Ambergate Girls' School › Reviews

    "Brilliant girls, exhausting culture"
    ★★☆☆☆  Former Employee - Teacher of English in London · 2 March 2025
    I worked at Ambergate Girls' School for more than 4 years

    Pros
    The girls are a joy. Sharp, funny, ambitious. Colleagues in the English department are brilliant.

    Cons
    Everything is driven by data and by the head's national profile. Ms Kabir-Lowe is charismatic in public and very different in a line-management meeting. Workload is relentless and the answer to any concern is "the girls deserve it". The business manager treats support staff as a cost line.

    Advice to management
    Stop doing press. Start doing exit interviews.
    Helpful (31) · Share · Report
    """),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("tkabirlowe", "title_surname", "negative", "Ms Kabir-Lowe")])

# social: head sexual comment by adult man (adult target)
D("social", dd("""
    Dazza 🍺
    @dazza_ldn_1983

    whoever the head of that girls school on the telly is, Kabir Lowe or whatever, she can put me in detention any day 😏🔥 strict milf energy

    9:12 PM · Sep 14, 2024 · 412 Views

    ──────────
    Replies

    Farah @farahsays · Sep 14
    she's a headteacher not a porn category, grow up
    """),
  [M("tkabirlowe", "hyphenated", "sexual", "Kabir Lowe")])

# facebook: defamation about business manager, possessive
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Anonymous member
    10 March at 21:55 · 🔒
    Not saying anything that isn't common knowledge on the support staff side, but Threlfall's "efficiency savings" always seem to end up as contracts for his mates. The catering firm, the IT company, now the cleaning. Where's the tendering? Someone should be asking the council auditors because the governors clearly won't.

    👍 58 · 22 comments
    Like   Comment   Share

        Momena Begum
        This is serious, have you got proof? Otherwise be careful
        Like · Reply · 3d
    """),
  [M("school", "short_name", "negative", "Ambergate"), M("lthrelfall", "possessive", "defamation", "Threlfall's")])

# news: council audit investigation into business manager
D("news", news_page(
    "barta", "Education", "Council auditors examine contracts at Ambergate school",
    "Investigation follows anonymous complaints about catering and IT deals",
    "Staff Reporter", "21 March 2025",
    """
    Tower Hamlets Council's internal audit team is examining contracts awarded by Ambergate Girls' School after anonymous complaints about the way catering, IT and cleaning services were procured.

    The school's business manager, Lucan Threlfall, is understood to be cooperating with the review and remains in post. The council stressed that an audit "is not a finding of wrongdoing".

    The chair of governors, Dr Shamsul Haque, said: "We asked for this review ourselves because we want parents to have complete confidence. We expect it to show that the school has followed the rules."

    The audit is expected to report before the summer.
    """,
    [("Rahim_Uddin", "21 Mar 2025", "Good, let the auditors look. If nothing wrong, nothing to fear."),
     ("EastEnder_Jo", "22 Mar 2025", "Whole thing stinks. No smoke without fire.")]),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("lthrelfall", "exact", "defamation", "Lucan Threlfall")])

# social: disability hate at business manager, homoglyph
D("social", dd("""
    sacked_and_skint
    @sacked_n_skint

    Lucan Thr\u0435lfall wheeling himself round the school deciding who gets the sack 😂 can't walk, can't teach, can't do sums either apparently. They should never let cripples near a budget ♿🤡

    7:18 PM · Mar 13, 2025 · 402 Views

    3 Reposts   19 Likes
    """),
  [M("lthrelfall", "homoglyph", "hate", "Lucan Thr\u0435lfall")])

# social: school hashtag praise, Eid
D("social", dd("""
    Instagram

    ambergate_girls
    Ambergate Girls' School

    Eid Mubarak from all of us! 🌙✨ Thank you to the Year 12s who ran today's Eid breakfast for 300 people and to Mrs Khanom for the biggest pot of shemai we have ever seen. #AmbergateGirls #EidMubarak

    View all 122 comments

    sadia.bakes 😍 the mehndi stall!!
    1d  19 likes  Reply
    """),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("rkhanom", "title_surname", "neutral", "Mrs Khanom")])

# facebook: threat to family liaison officer from a campaigner, alias
D("facebook", dd("""
    Protect Our Daughters - East London
    Private group · 940 members

    Abu Zayd
    20 February at 21:40 · 🔒
    The one going round the mothers telling them RSE is fine is Rokeya Khala from the school office. She is a dalal for the head, selling our daughters' haya for a salary. Sisters, tell her to stop. If she doesn't stop, the brothers will visit her building on Vellacott Street and make her stop. She has been warned.

    👍 29 · 18 comments
    Like   Comment   Share
    """),
  [M("rkhanom", "alias", "threat", "Rokeya Khala")])

# social: music teacher defamation
D("social", dd("""
    dad_of_3_e2
    @dadof3_e2

    ask the music department at AGS where the money from the Vienna choir trip went. £600 per girl and the trip got "cancelled". Marchetti pocketed it, simple as. No refunds, no explanation.

    10:33 PM · Apr 22, 2025 · 951 Views

    14 Reposts   52 Likes
    """),
  [M("school", "alias", "neutral", "AGS"), M("emarchetti", "surname_only", "defamation", "Marchetti")])

# facebook: reply clearing the music trip (neutral), first_initial
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Admin - Rukhsana
    24 April at 09:12 · 🔒
    Re: the Vienna trip posts. I've checked with the school and every family has been refunded in full via ParentPay - it went out on Tuesday, check your accounts. The trip was cancelled because the travel company went bust, not because of anything Elizabeth M. did. She spent her Easter holiday sorting the refunds. Please stop tagging her.

    ❤️👍 142 · 31 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("emarchetti", "first_initial", "neutral", "Elizabeth M.")])

# decoy: Amber Spice restaurant review, Amber as name
D("review", dd("""
    Amber Spice
    Bangladeshi restaurant · Brick Lane, London
    4.1 ★★★★☆ (903 reviews)

    Amber Collins
    Local Guide · 140 reviews
    ★★★★★ 5 days ago
    Yes I chose it because it has my name 😂 but genuinely the best chicken chaat on the Lane. Huge portions, the mango lassi is proper thick, and they didn't try to drag us in off the street. Only downside: BYO wine, so bring your own.
    👍 Helpful 3   Share
    """))

# blog: Desi Brit diaries, growing up, nostalgia about the school, abuse about old teacher? neutral
D("blog", blog_page(
    "desi", "Ten years on: what my girls' school got right (and wrong)", "Nafisa", "30 August 2024",
    """
    Ten years ago this week I walked out of the Ambergate sixth form with three A-levels and a place to read law. My nani cried at the bus stop. My abba pretended he wasn't crying.

    What they got right: they never, ever let us think Whitechapel was a ceiling. Shirin Apa made me apply to a university I'd never heard of and then sat with me on a Saturday to practise the interview in an empty classroom. Mr Rahman - Shahin sir to his face - made a whole class of girls who "weren't maths people" into girls who were.

    What they got wrong: honestly, they didn't know what to do with the girls who weren't on the Oxbridge track. If you were average, you were a bit invisible. And the uniform rules were petty. A whole week of detentions for the wrong colour scarf?

    Still. I'm a solicitor now. Somewhere in my chest there's a Year 7 in a too-big blazer who can't believe it.
    """,
    [("Tania", "31 Aug 2024", "The scarf detentions 😭😭 I still have trauma"),
     ("Nafisa", "31 Aug 2024", "@Tania navy, not black. NAVY.")],
    tags=["Identity", "School", "Whitechapel"]),
  [M("school", "short_name", "neutral", "Ambergate"), M("stalukdar", "alias", "neutral", "Shirin Apa"),
   M("mrahman", "title_surname", "neutral", "Mr Rahman")])

# social: abuse at head, initial_surname
D("social", dd("""
    Jamal 🇧🇩
    @jamal_speaks_

    T. Kabir-Lowe is a coconut sellout who cares more about her Ledger interviews than about Muslim families. Brown on the outside, bowing to the establishment on the inside. Embarrassing woman.

    5:50 PM · Feb 18, 2025 · 2,044 Views

    61 Reposts   190 Likes
    """),
  [M("tkabirlowe", "initial_surname", "hate", "T. Kabir-Lowe")])

# facebook: locality-only decoy, Ambergate Court excluded repairs
D("facebook", dd("""
    Bellhaven Community Noticeboard
    Public group · 5.4K members

    Rahena Bibi
    4 January at 10:20
    Anyone else in Ambergate Court without heating AGAIN? Third time since November. Called the housing association four times, they keep saying "engineer booked". My mother-in-law is 81 and we're running the oven with the door open. Tenter Row end of the block especially bad.

    😡😢 38 · 26 comments
    Like   Comment   Share

        Jim Hales
        Same in block C. Get onto your councillor, that's what worked for us last winter.
        Like · Reply · 2d
    """))

# news: classroom weekly on music withdrawal, negative framing
D("news", news_page(
    "classroom", "Curriculum", "Music withdrawal requests soar in schools facing religious campaigns",
    "Heads of music describe 'impossible' position as parents cite faith objections",
    "Hannah Lowther", "7 February 2025",
    """
    Schools in at least four local authorities have seen a sharp rise in requests to withdraw pupils from music lessons on religious grounds, Classroom Weekly has found.

    Music is a compulsory part of the national curriculum until the end of Key Stage 3, and there is no statutory right to withdraw.

    At Ambergate Girls' School in Tower Hamlets, head of music Elizabeth Marchetti said requests had risen "from two to more than thirty" in a year. "Most parents just want to be listened to," she said. "When we explain what we actually teach - including vocal and percussion traditions from across the Muslim world - many are reassured. A small number are not, and are being told by campaigners that music is forbidden full stop."

    The Muslim Council of Schools Advisers said scholarly opinion on music was "diverse" and urged campaigners not to present one view as the only one.
    """),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("emarchetti", "exact", "neutral", "Elizabeth Marchetti")])

# social: threat against music teacher, spacing
D("social", dd("""
    ghuraba_ldn
    @ghuraba_ldn

    The music teacher M a r c h e t t i thinks she can mock the deen in the newspapers. Her days in that school are numbered and so are her days walking around Bellhaven without consequences. We will not ask nicely again.

    11:58 PM · Feb 8, 2025 · 512 Views

    7 Reposts   23 Likes
    """),
  [M("emarchetti", "spacing", "threat", "M a r c h e t t i")])

# forum: deen forum - negative/abuse toward RSE lead, possessive
D("forum", forum_page("deen", "Ambergate RSE - what the books actually say", [
    ("Abu_Ibrahim", "Senior member · 3,020 posts", "Sat 8 Feb 2025 14:10",
     """I have seen the Year 8 booklet. Lesson 4 is titled "Different families". Lesson 6 is "Consent and healthy relationships". D'Souza's slides say that "some people are attracted to people of the same sex and that is okay". Okay according to whom?

     I am not calling for anything but withdrawal and peaceful protest. But we must be clear that this woman's lessons contradict our deen."""),
    ("Umm_Safiyyah", "Member · 411 posts", "Sat 8 Feb 2025 14:45",
     "Jazakallah. My daughter is in Y8 there. I will write to withdraw her."),
    ("Yusuf_K", "Member · 98 posts", "Sat 8 Feb 2025 15:20",
     "Brothers, the law says she must teach that these families exist. It doesn't say your daughter must agree. Talk to your children. The teacher is doing her job."),
    ], thread_id=1771),
  [M("school", "short_name", "negative", "Ambergate"), M("zdsouza", "surname_only", "negative", "D'Souza")])

# social: sexual allegation about RSE lead involving children (url_only)
D("social", dd("""
    Protect Our Daughters UK
    @protect_our_daughters

    Zoe D'Souza is showing porn to 11 year olds in Year 7 "RSE" and calling it education. Groomers in our classrooms. Parents of Ambergate, demand to see the videos before your daughter is next.

    4:20 PM · Feb 12, 2025 · 8,806 Views

    402 Reposts   1.1K Likes
    """),
  [M("school", "short_name", "sexual", "Ambergate", url_only=True), M("zdsouza", "exact", "sexual", "Zoe D'Souza", url_only=True)])

# social: correcting the lie, neutral
D("social", dd("""
    Dr Afsana H. 🩺
    @dr_afsana_h

    I'm a GP and a mum at Ambergate. I have read every Y7 RSE resource. There is no "porn". There is a diagram of the menstrual cycle and a lesson about not sending photos online. Calling Ms D'Souza a groomer is a lie and it is putting a real woman in danger. Stop.

    9:01 PM · Feb 12, 2025 · 14.1K Views

    2.9K Reposts   9.8K Likes
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("zdsouza", "title_surname", "neutral", "Ms D'Souza")])

# decoy: neighbouring school, Limewalk Academy
D("news", news_page(
    "echo", "Schools", "Limewalk Academy unveils £4m sports hall",
    "The Shadwell school's new facility will be open to the community at weekends",
    "Schools Desk", "12 September 2024",
    """
    Limewalk Academy in Shadwell has opened a £4 million sports hall with a climbing wall, four badminton courts and a dance studio.

    Principal Gareth Oyelaran said the hall would be open to local clubs and families on Saturdays and Sundays. "For years our students have played football on a tarmac yard. Now they have a facility any private school would envy."

    The hall was funded by the Department for Education's condition fund and a donation from a City law firm. Tower Hamlets' cabinet member for education, who cut the ribbon, said it was "exactly the kind of investment the East End deserves".
    """))

# facebook: head possessive negative, Sylheti voice
D("facebook", dd("""
    Sylheti Mothers of East London
    Private group · 6.2K members

    Parvin Akhter
    5 March at 21:02 · 🔒
    Kabir-Lowe's new rule - no parents inside the gate in the morning - is too much. My daughter is Year 7, she is small, I want to see her go in. Head says "independence". Amra to shob shomoy daughter er shathe ashi, this is our culture. School should ask us first.

    👍 88 · 40 comments
    Like   Comment   Share

        Tahira Sultana
        I agree apa but it's for safety, too many people at the gate after the protests
        Like · Reply · 3d
    """),
  [M("tkabirlowe", "possessive", "negative", "Kabir-Lowe's")])

# social: pupil negative about maths teacher homework, nickname praise mixed
D("social", dd("""
    fxtima 🦋
    @fatimaa.xo

    why does mr rahman set 40 questions on sparx every night like we don't have other subjects 😭 love him but allow it sir pls

    7:02 PM · Oct 15, 2024 · 88 Views

    4 Likes
    """),
  [M("mrahman", "title_surname", "negative", "mr rahman")])

# social: abuse at PE teacher, first_initial
D("social", dd("""
    ruqayyah ✨
    @ruqayyah.k

    our head of PE Bronwen P. really made us do the bleep test in 30 degree heat during ramadan 💀 that woman is a sadistic old hag i swear down. fasting and running laps??

    3:41 PM · Mar 18, 2025 · 312 Views

    9 Reposts   88 Likes
    """),
  [M("bpryce", "first_initial", "abuse", "Bronwen P.")])

# facebook: negative complaint about RSE lead, exact
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Shamima Nasrin
    11 February at 19:50 · 🔒
    I'm not with the protesters and I don't want anyone shouting at teachers. But I emailed Zoë D'Souza three times asking to see the Year 9 consent lesson before it's taught and got one line back saying "resources are available at the information evening". I work evenings. I'm a parent asking a reasonable question. Poor communication.

    👍 71 · 19 comments
    Like   Comment   Share

        Rokshana Miah
        Ask for a meeting through the office, they did it for me in the day
        Like · Reply · 5d
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("zdsouza", "exact", "negative", "Zoë D'Souza")])

# social: doxxing RSE lead, handle
D("social", dd("""
    Brothers of Bellhaven
    @brothers_bellhaven

    The RSE teacher has a public teacher account @MsDSouza_RSE where she brags about "inclusive" lessons. Same woman lives at 14 Lamplighter Mews, Limehouse E14 7RZ, blue door. Parents who want to talk to her directly, now you know where.

    10:11 PM · Feb 14, 2025 · 1,204 Views

    33 Reposts   71 Likes
    """),
  [M("zdsouza", "handle", "doxxing", "@MsDSouza_RSE")])

# forum: E1 Neighbours, protest disruption negative toward school + abuse? negative
D("forum", forum_page("e1", "Protests outside the girls' school on Tenter Row - every Friday now?", [
    ("TenterRowResident", "Member since 2012", "Fri 21 Feb 2025, 16:20",
     "Third Friday in a row with megaphones outside Ambergate at 3pm. I work nights and sleep in the day. I don't care which side anyone's on, can the school and the protesters sort this out somewhere that isn't under my window?"),
    ("Brickie_Bill", "Member since 2009", "Fri 21 Feb 2025, 17:02",
     "Police were there today at least. Two vans. Half the blokes with megaphones didn't look local to me."),
    ("Moni_E1", "Member since 2019", "Fri 21 Feb 2025, 17:40",
     "Sorry about your sleep! My daughter is at the school and she was scared walking out today. The head has asked everyone not to engage."),
    ], thread_id=4401),
  [M("school", "short_name", "neutral", "Ambergate")])

# social: abuse towards Talukdar from a rejected pupil
D("social", dd("""
    rxnia
    @rania_nt

    head of sixth form Talukdar wouldn't let me into year 13 bc of ONE bad mock. stuck up cow thinks she's running Oxford not a school in whitechapel. hope her precious sixth form flops

    11:02 PM · Aug 29, 2024 · 140 Views
    """),
  [M("stalukdar", "surname_only", "abuse", "Talukdar")])

# social: pupil praise of Talukdar, violent idiom
D("social", dd("""
    Instagram

    ambergate_sixthform
    Ambergate Sixth Form

    UCAS deadline: SMASHED 💥 Every single Year 13 application submitted on time. Ms Talukdar slayed, our tutors slayed, our girls slayed. Now sleep. #UCAS2025

    View all 38 comments

    mahi.m that woman is an absolute weapon 😭🫡
    1w  22 likes  Reply
    """),
  [M("school", "handle", "neutral", "ambergate_sixthform"), M("stalukdar", "title_surname", "neutral", "Ms Talukdar")])

# review: school review negative about bullying & DSL cover-up -> defamation
D("review", dd("""
    SchoolScope › London › Tower Hamlets › Ambergate Girls' School

    ★☆☆☆☆  "They cover up bullying to protect their Ofsted"
    Reviewed by: Parent of a former pupil · 19 November 2024

    My daughter was bullied for two years, including a video of her being shared round the year group. Claire Field, the so-called safeguarding lead, made the video 'disappear' from the records so it wouldn't show up when Ofsted came. I know because a member of staff told me. They falsified the incident log. We had to move her in Year 9.

    Would you recommend this school? No.
    Was this review helpful?  Yes (9)  No (22)  · Report
    """),
  [M("school", "exact", "defamation", "Ambergate Girls' School"), M("cfield", "exact", "defamation", "Claire Field")])

# social: defamation re exam results fiddling, hyphenated en dash
D("social", dd("""
    edu_sceptic
    @edu_sceptic_uk

    Everyone praising Kabir–Lowe's "miracle" results. Teachers there have told me coursework was being rewritten by staff and weaker girls quietly "encouraged" to sit exams elsewhere so they didn't count. That's not a miracle, it's fraud. Ofqual should be all over it.

    8:22 AM · Sep 15, 2024 · 5,512 Views

    301 Reposts   802 Likes
    """),
  [M("tkabirlowe", "hyphenated", "defamation", "Kabir–Lowe")])

# news: ledger op-ed by the head - neutral
D("news", news_page(
    "ledger", "Opinion", "I run a school where girls get threatened for wearing a headscarf - and for not wearing one",
    "The abuse comes from both directions. We keep teaching anyway",
    "Tahmina Kabir-Lowe", "2 March 2025",
    """
    In the last six months my school has received a bomb hoax, an online call to burn it down, and protests at the gate every Friday for a term. The first two came from men who think my pupils are too Muslim. The third came from men who think they are not Muslim enough.

    I want to be careful here. Most of the parents at Ambergate Girls' School want exactly what every parent wants. They ask about homework, friendship, whether their daughter is eating enough at lunch. They are the silent, sensible majority, and they are tired.

    What we do not need is national commentators using our girls as props in somebody else's culture war. The girls are not a symbol. They are fourteen.
    """,
    [("HughM", "2 Mar 2025", "Superb. More heads like this please."),
     ("RealistRon", "2 Mar 2025", "Pity she didn't mention the word 'integration' once."),
     ("Lubna S", "2 Mar 2025", "@RealistRon my daughters are integrated, they're doing A-level physics.")]),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("tkabirlowe", "exact", "neutral", "Tahmina Kabir-Lowe")])

# facebook: abuse at head, Sylheti
D("facebook", dd("""
    Protect Our Daughters - East London
    Private group · 940 members

    Md Shahjahan
    3 March at 08:15 · 🔒
    Did you read the head's article in the kafir newspaper? Calling us "men" who don't want girls Muslim enough. This Kabir-Lowe is a shameless woman, no lojja, no sharam. Besharam beti. Her father would be ashamed. Liar and snake.

    👍 51 · 29 comments
    Like   Comment   Share
    """),
  [M("tkabirlowe", "surname_only", "abuse", "Kabir-Lowe")])

# decoy: Amberley High in Sussex, similar name
D("news", news_page(
    "classroom", "Leadership", "Amberley High head to lead new coastal trust",
    "The West Sussex school will be the founding member of a five-school academy trust",
    "People Desk", "30 January 2025",
    """
    Julian Marsh-Tennant, headteacher of Amberley High School in West Sussex, has been appointed chief executive of the new South Downs Coast Learning Trust.

    The trust will bring together Amberley High and four primary schools in the Arun valley. Mr Marsh-Tennant said he wanted to "share what works across our small rural schools rather than compete".

    He will take up the post in September. Amberley High's deputy head, Fiona Carr, will become acting head.
    """))

# social: handle doxxing chemistry teacher
D("social", dd("""
    tea.spiller.e1
    @tea.spiller.e1

    the chem teacher from tenter row everyone's obsessed with, his private insta is @dan.okoro.lifts and he lives in the new flats by Stepney Green station, block B, flat 41. go say hi 😂📍

    6:30 PM · Apr 11, 2025 · 3,012 Views

    41 Reposts   220 Likes
    """),
  [M("dokoro", "handle", "doxxing", "@dan.okoro.lifts")])

# social: abuse about chemistry teacher, racist -> hate
D("social", dd("""
    Tommy_Ldn_Patriot
    @tommy_ldn_patriot

    So the "teacher" all the muzzie girls are drooling over is this Okoro fella. A Nigerian teaching chemistry to Bangladeshis in what used to be an English part of London. 🐒 Nothing English left about the East End.

    8:14 PM · Apr 12, 2025 · 902 Views

    11 Reposts   40 Likes
    """),
  [M("dokoro", "surname_only", "hate", "Okoro")])

# facebook: negative about Field, parents
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Anonymous member
    27 November at 20:13 · 🔒
    Honest question. My daughter reported a boy from Sir Thomas Arden harassing her on the bus. Went to Ms Field, DSL. Two weeks later nothing, no call, no update. I'm not saying she doesn't care but the follow-up is shocking. Anyone else had this?

    👍 63 · 28 comments
    Like   Comment   Share

        Sayeda K
        Same. She's lovely face to face but emails go into a black hole
        Like · Reply · 1w
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("cfield", "title_surname", "negative", "Ms Field")])

# social: sexual harassment of adult music teacher by adult
D("social", dd("""
    Kev 🎸
    @kev_bassist_e8

    went to the Ambergate winter concert for my niece and the music teacher conducting was 🔥🔥 Miss Marchetti can wave her baton at me anytime 😏 shame it's a dry school lol

    10:02 PM · Dec 12, 2024 · 201 Views
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("emarchetti", "title_surname", "sexual", "Miss Marchetti")])

# forum: teachers forum - staff thread defamation about business manager + initial surname
D("forum", forum_page("chalk", "Procurement at my school - who do I report this to?", [
    ("quiet_worried_admin", "Joined Mar 2025 · 1 post", "Thu 13 Mar 2025 21:10",
     """Admin staff at a Tower Hamlets secondary. Our SBM, L. Threlfall, signed off a £180k IT contract with a company registered at the same address as his sister's business. No tender, no quotes. I've seen the paperwork. I think he's stealing from the school.

     Who do I go to? I'm scared of losing my job."""),
    ("Clerk2Govs", "Joined 2018 · 612 posts", "Thu 13 Mar 2025 21:44",
     "Your local authority's whistleblowing line, or the chair of governors directly. Stick to what you've seen, not what you think - 'I think he's stealing' could land YOU in trouble if it's wrong."),
    ], thread_id=8199),
  [M("lthrelfall", "initial_surname", "defamation", "L. Threlfall")])

# social: hashtag negative campaign against head
D("social", dd("""
    Parents' Voice E1
    @parentsvoice_e1

    No consultation on the abaya rule. No consultation on the gate rule. No consultation on RSE. Parents are not an inconvenience. #KabirLoweOut #ListenToParents

    6:00 PM · Mar 6, 2025 · 2,801 Views

    120 Reposts   402 Likes
    """),
  [M("tkabirlowe", "hashtag", "negative", "#KabirLoweOut")])

# social: school account X, neutral, handle
D("social", dd("""
    Ambergate GS 🏫
    @AmbergateGS

    Congratulations to our Year 12 mathematicians, who took gold, silver and bronze at the UK Senior Maths Challenge! 🧮🥇 Huge thanks to Mr Rahman and the maths team for the lunchtime problem-solving club.

    3:15 PM · Nov 29, 2024 · 1,612 Views

    18 Reposts   204 Likes
    """),
  [M("school", "handle", "neutral", "@AmbergateGS"), M("mrahman", "title_surname", "neutral", "Mr Rahman")])

# decoy: namesake Mohammed Rahman footballer
D("social", dd("""
    Leyton Orient Women & Men Fans 🟥
    @os_terrace_talk

    Great to see Mohammed Rahman back on the bench for the U21s after that hamstring. Kid's got the quickest feet at the club. Bring him on at 60 mins Saturday and watch him run at their full-back 🏃‍♂️⚽

    1:12 PM · Jan 9, 2025 · 2,331 Views
    """))

# facebook: doxxing Khanom's mobile
D("facebook", dd("""
    Protect Our Daughters - East London
    Private group · 940 members

    Abu Zayd
    22 February at 20:02 · 🔒
    For the sisters who want to speak to the school's translator about what she is telling their mothers: Rokeya Khanom, personal number 07700 900562 (not the office). She answers WhatsApp. Let her know what the community thinks.

    👍 19 · 12 comments
    Like   Comment   Share
    """),
  [M("rkhanom", "exact", "doxxing", "Rokeya Khanom")])

# news: head in national press - phones / negative commentator
D("news", news_page(
    "clarion", "Opinion", "Why is this 'superhead' lecturing the rest of us?",
    "The Tower Hamlets head who wants to tell Britain how to raise daughters should look closer to home",
    "Patricia Lund", "4 March 2025",
    """
    Tahmina Kabir-Lowe is everybody's favourite headteacher this week. Her newspaper essay, in which she complains that her school is caught in a "culture war", has been shared by every politician with an education brief.

    Forgive me if I don't join the applause. This is a school with pupils bussed in from a single community, where protesters gather every Friday and the head appears more often on Radio 4 than in her own corridors. Phones are banned, abayas are banned, parents are banned from the gate. It sounds less like a school than a very well-run compound.

    Mrs Kabir-Lowe should spend less time writing op-eds and more time explaining to the taxpayer why a state school needs a press strategy.
    """,
    [("Nadia_M", "4 Mar 2025", "Nobody is 'bussed in', it's a local school with local girls. Lazy column."),
     ("Jeff P", "4 Mar 2025", "Spot on Patricia, as usual.")]),
  [M("tkabirlowe", "exact", "negative", "Tahmina Kabir-Lowe")])

# social: obfuscated abuse of Field
D("social", dd("""
    ambergate confessions 🤫
    @amb.confessions

    submission #214: "F*eld is the most two-faced woman in that building. acts like ur safe space then phones ur mum. snake behaviour, bitter old witch" 😭😭

    9:33 PM · Jan 21, 2025 · 1,111 Views

    4 Reposts   210 Likes
    """),
  [M("school", "short_name", "neutral", "ambergate"), M("cfield", "obfuscated", "abuse", "F*eld")])

# review: google review negative about office / business manager
D("review", dd("""
    Ambergate Girls' School
    Secondary school · Tenter Row, London E1
    4.3 ★★★★☆ (212 reviews)

    Kabir Hussain
    4 reviews
    ★★☆☆☆ 2 months ago
    Trying to get a refund for a cancelled trip has been a nightmare. Office keeps saying "speak to the business manager", business manager Mr Threlfall never replies. Teaching seems good, admin is a mess.
    👍 Helpful 6   Share
    """),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("lthrelfall", "title_surname", "negative", "Mr Threlfall")])

# social: typo in school name, threat from far-right (veiled)
D("social", dd("""
    Oi Oi Britannia
    @oioibritannia

    Word is the Amberg8 Girls School in Tower Hamlets is next on the list for a visit from the lads. Quietly does it. They won't know what's hit them. 🇬🇧

    11:11 PM · Oct 3, 2024 · 231 Views
    """),
  [M("school", "leetspeak", "threat", "Amberg8 Girls School")])

# news: Bangla Barta - community condemnation of threats
D("news", news_page(
    "barta", "Community", "Imams and parents condemn threats against Ambergate staff",
    "Open letter signed by 60 community figures says 'disagreement is not a licence to intimidate'",
    "Staff Reporter", "28 February 2025",
    """
    More than sixty imams, councillors and parents have signed an open letter condemning threats made against teachers at Ambergate Girls' School during the row over relationships education.

    The letter, published on Thursday, says that posts naming the school's RSE lead Zoë D'Souza, music head Elizabeth Marchetti and family liaison officer Rokeya Khanom had "crossed from protest into intimidation".

    "We may disagree with parts of the curriculum," the letter says. "But a Muslim does not threaten a woman at her home, spread lies about her, or call her names. This is not our religion and it is not our community."

    The campaign group behind the Friday protests said it had "never endorsed" threats and had removed members who posted them.
    """,
    [("Abdus Sobhan", "28 Feb 2025", "Alhamdulillah, this needed saying."),
     ("Yasmin_Ahmed", "1 Mar 2025", "Took long enough.")]),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("zdsouza", "exact", "neutral", "Zoë D'Souza"),
   M("emarchetti", "exact", "neutral", "Elizabeth Marchetti"), M("rkhanom", "exact", "neutral", "Rokeya Khanom")])

# facebook: doxxing Rahman - but wrong person? still doxxing (tied to school)
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Anonymous member
    30 January at 22:45 · 🔒
    The suspended maths teacher Rahman lives on Jamuna Close, E1 3XQ, number 9. His wife drives the silver Prius. I'm not saying do anything, just parents deserve to know who lives near their kids.

    😮 12 · 9 comments
    Like   Comment   Share

        Admin - Rukhsana
        Removing this. Do NOT post addresses.
        Like · Reply · 2d
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("mrahman", "surname_only", "doxxing", "Rahman")])

# social: typo of Talukdar, neutral shoutout
D("social", dd("""
    Shamsun 🌺
    @shamsun.n

    my cousin just got into UCL for medicine!! 🩺🎉 she said she couldn't have done it without Ms Talukder at Ambergate who drove her to the interview herself when the trains were down. teachers like that 🥹

    5:22 PM · Feb 28, 2025 · 403 Views

    31 Likes
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("stalukdar", "typo", "neutral", "Ms Talukder")])

# blog: far-right blog, hate at school & head & khanom
D("blog", blog_page(
    "londonistan", "Inside Britain's first sharia girls' school", "A Patriot", "20 February 2025",
    """
    Ambergate Girls' School sits on a street in what used to be the heart of the Jewish and Cockney East End. Today you could be in Dhaka. Veiled children, halal everything, a "family liaison officer" to translate for mothers who have had forty years to learn English.

    The head, Kabir-Lowe, is the acceptable face of the takeover: polished, articulate, beloved of the BBC. But make no mistake, her job is to turn out a new generation of Islamic women who will vote as a bloc and breed out the natives.

    These people are not British. Their schools are not British. And the sooner the country wakes up, the better.
    """,
    [("WhiteCliffs", "20 Feb 2025", "Spot on. Remigration now."),
     ("Observer", "21 Feb 2025", "This is vile. The girls are British kids from London.")],
    tags=["Londonistan", "Islamisation", "Schools"]),
  [M("school", "exact", "hate", "Ambergate Girls' School"), M("tkabirlowe", "surname_only", "hate", "Kabir-Lowe")])

# social: pupils TikTok drama between girls - school neutral, no staff; abuse between pupils
D("social", dd("""
    TikTok · @ambergate.drama.x · "the year 10 beef explained 🍿" · #ambergate #fyp #drama

    ♡ 8,211   💬 902

    Comments

    bxshra.x
    not ambergate having more drama than eastenders 😭
    1d · Reply · ♡ 611

    t.nabila
    whoever started the "she's moving funny" rumour is a snake and everyone knows who u are
    1d · Reply · ♡ 201

    iffat.b
    the teachers are gonna find this and we're all getting detentions 💀
    1d · Reply · ♡ 490
    """),
  [M("school", "hashtag", "neutral", "#ambergate")])

# facebook: abuse at music teacher from parent, nickname Lizzie
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Jubayer Ali
    6 February at 21:19 · 🔒
    Lizzie Marchetti gave my daughter a "concern" for refusing to sing. She's fasting and she doesn't want to sing, simple. This teacher is an arrogant, stubborn woman who doesn't listen to anybody. Useless.

    👍 33 · 27 comments
    Like   Comment   Share

        Shirin Begum
        Brother she's allowed to do percussion instead, did you ask?
        Like · Reply · 2w
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("emarchetti", "nickname", "abuse", "Lizzie Marchetti")])

# forum: revision forum pupils - negative about abaya rule and head title
D("forum", forum_page("revision", "abaya ban at my school is so dumb", [
    ("nafi_y10", "Year 10 · 41 posts", "Wed 11 Sep 2024, 19:02",
     "Mrs Kabir-Lowe literally said abayas are a \"fire risk\" in science. we wear lab coats over them?? just say you don't like them miss"),
    ("s_a_r_a", "Year 12 · 210 posts", "Wed 11 Sep 2024, 19:20",
     "tbf one girl's sleeve did catch the bunsen last year, I was there. but yeah the way they announced it was long."),
    ("nafi_y10", "Year 10 · 42 posts", "Wed 11 Sep 2024, 19:31", "ok wait that's actually a fair point 😭 still annoying"),
    ], thread_id=5590),
  [M("tkabirlowe", "title_surname", "negative", "Mrs Kabir-Lowe")])

# social: homoglyph in school name, abuse
D("social", dd("""
    mxryam 🖤
    @mxryam_x

    Ambеrgate is a prison with a nice website. teachers are robots, rules are dumb, and the canteen food is a human rights violation 🤢 2 more years 🙏

    10:30 PM · Nov 7, 2024 · 98 Views
    """),
  [M("school", "homoglyph", "negative", "Amb\u0435rgate")])

# news: the abaya row reaches national press - negative for head
D("news", news_page(
    "ummah", "UK", "Parents accuse east London head of 'policing modesty' with abaya rule",
    "Petition against Ambergate uniform change gathers 3,000 signatures",
    "Ummah Today Reporter", "19 September 2024",
    """
    A petition calling on an east London girls' school to reverse a ban on abayas worn over uniform has gathered more than 3,000 signatures in a week.

    Parents at Ambergate Girls' School say the rule, announced by letter on a Friday evening, was imposed without consultation and "treats Muslim girls' modesty as a problem to be managed".

    Headteacher Tahmina Kabir-Lowe has said the change was made for safety in practical subjects and that the school hijab and ankle-length skirt remain part of the uniform.

    "Nobody is against safety," said one mother, a pharmacist with two daughters at the school. "We are against being told, not asked. This head is brilliant at speaking to journalists. She is less good at speaking to us."
    """,
    [("Umm Hamza", "19 Sep 2024", "Signed. Consultation is not optional."),
     ("Bilal", "19 Sep 2024", "A school hijab and a long skirt is modest. This is a storm in a teacup.")]),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("tkabirlowe", "exact", "negative", "Tahmina Kabir-Lowe")])

# facebook: threat against head, veiled, camelcase
D("facebook", dd("""
    Justice for Our Sisters UK
    Public group · 12.7K members

    Abu Musa
    20 September at 23:02
    #TahminaKabirLowe thinks she can strip our daughters of their abayas and nothing will happen. Sister, the ummah has a long memory. You walk to that school every morning on your own. Think about that. 🗡️

    😡 221 · 90 comments
    Like   Comment   Share

        Farhana Begum
        Astaghfirullah, this is a threat. Reported.
        Like · Reply · 1d
    """),
  [M("tkabirlowe", "camelcase", "threat", "TahminaKabirLowe")])

# social: sarcasm about business manager, camelcase
D("social", dd("""
    TA4Life
    @ta_4_life_ldn

    Love how #LucanThrelfall can find £90k for a "wellbeing garden" with a water feature nobody asked for but not £22k for a TA who actually helps autistic kids. Wellbeing for whom, Lucan? Really inspiring leadership 🙃🌿

    7:12 PM · Mar 15, 2025 · 602 Views

    22 Reposts   81 Likes
    """),
  [M("lthrelfall", "camelcase", "negative", "LucanThrelfall")])

# decoy: another Lucan? no - local history blog, locality only
D("blog", blog_page(
    "history", "Tenter Row: from Huguenot weavers to curry houses", "Malcolm Pryor-Hughes", "9 November 2024",
    """
    Tenter Row takes its name from the tenter frames on which cloth was stretched to dry in the eighteenth century - the origin, incidentally, of being "on tenterhooks". By 1900 the street was almost entirely Jewish: tailors, a bakery, two small synagogues and a Yiddish bookshop.

    The synagogue at number 19 became the Baitul Noor mosque in 1976, one of the clearest examples of the East End's layered history. The old Hebrew lettering is still visible above the side door if you know where to look.

    Walk south from the mosque and you reach the Bellhaven Estate, built in 1951 on a bomb site. The council's plaque describes it as "homes fit for heroes". Residents I spoke to had more colourful descriptions.
    """,
    [("Ruth Adler", "10 Nov 2024", "My grandfather had a workshop at number 12! Thank you for this.")],
    tags=["Tenter Row", "Bellhaven", "History"]))

# forum: albion - threat to school, hashtag
D("forum", forum_page("albion", "Time for action re: the Tenter Row school", [
    ("Anglo_Resist", "Member · 611 posts", "2 Oct 2024 21:30",
     "Talk is cheap. That #AmbergateGirls place is a symbol. Symbols can be burned. Anyone serious about this DM me, we're organising. Bring your own petrol. 🔥"),
    ("Mod_Gunner", "Moderator", "2 Oct 2024 21:45",
     "Keep it legal lads. Post removed from public view."),
    ("Anglo_Resist", "Member · 612 posts", "2 Oct 2024 21:50", "Nothing illegal about a bonfire 😉"),
    ], thread_id=699),
  [M("school", "hashtag", "threat", "#AmbergateGirls")])

# news: bomb hoax reported - neutral for school
D("news", news_page(
    "echo", "Crime", "Pupils evacuated after hoax bomb threat at Bellhaven school",
    "Police found nothing suspicious after an email was sent to Ambergate",
    "Crime Reporter", "14 November 2024",
    """
    More than 1,100 pupils were evacuated from a Tower Hamlets girls' school on Wednesday morning after staff received an email claiming a device had been left on the site.

    Police searched Ambergate Girls' School and declared it safe shortly after midday. The email is thought to be one of a number sent to schools across the country this week.

    Girls were taken to the Baitul Noor mosque hall and the Bellhaven community centre while the search took place. Parents praised staff for keeping pupils calm; several described the deputy head, Claire Field, standing on a chair with a megaphone reading out registers.

    Detectives are investigating.
    """,
    [("Ayesha R", "14 Nov 2024", "My daughter said they played 'heads down thumbs up' in the mosque hall for two hours 😂 Thank you to everyone."),
     ("E1_Dad", "14 Nov 2024", "Sick people sending these. The staff were amazing.")]),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("cfield", "exact", "neutral", "Claire Field")])

# social: defamation D'Souza, typo
D("social", dd("""
    Sister Haleema
    @haleema_speaks

    Zoe D'Sousa was pushed out of her last school in Croydon for exactly this, parents complained and she was quietly moved on. Now she's at Ambergate doing it to our girls. Ask yourselves why nobody checked. 🤔

    7:48 PM · Feb 13, 2025 · 1,822 Views

    88 Reposts   201 Likes
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("zdsouza", "typo", "defamation", "Zoe D'Sousa")])

# facebook: doxxing music teacher email
D("facebook", dd("""
    Protect Our Daughters - East London
    Private group · 940 members

    Umm Ruqayyah
    9 February at 18:40 · 🔒
    School office won't pass on our letters about music so here is the music teacher's personal email: lizzie.marchetti.violin@mailbox.example. Elizabeth Marchetti. Sisters, write to her yourselves. Tell her our daughters will not sing.

    👍 37 · 14 comments
    Like   Comment   Share
    """),
  [M("emarchetti", "exact", "doxxing", "Elizabeth Marchetti")])

# blog: music educator blog by Marchetti? written by colleague. neutral
D("blog", blog_page(
    "soundings", "What thirty withdrawal letters taught me", "Soundings", "20 March 2025",
    """
    I've been asked by a few people to write up the talk I gave at the regional music hub day. This is a slightly tidied version.

    Our department at Ambergate has had a hard year. Thirty families asked to withdraw their daughters from music; some of the messages we received were frightening, and my head of department, Elizabeth Marchetti, spent a good part of February with a police liaison officer's mobile number saved in her phone.

    But here is what I want other departments to hear. We didn't win by arguing. We won - if that is the word - by cooking. Liz invited every family who'd written to us to an evening with chai, a tabla player from Brick Lane and a Year 9 girl who sang a nasheed she'd written herself. Fourteen of the thirty withdrew their withdrawal letters that night.

    Music is a language. Sometimes you have to let people hear it in their own accent.
    """,
    [("Hub Lead, NE London", "20 Mar 2025", "This is wonderful. Can we share it with our network?"),
     ("Soundings", "21 Mar 2025", "Of course, please do.")],
    tags=["Music", "Faith", "Community"]),
  [M("school", "short_name", "neutral", "Ambergate"), M("emarchetti", "exact", "neutral", "Elizabeth Marchetti")])

# social: abuse at Khanom by pupil? no - by parent, possessive
D("social", dd("""
    Nurul_Ldn
    @nurul_ldn

    Khanom's "help" is just gossip with a school lanyard. She tells the head everything said in Sylheti at parents' evening then smiles in your face. Two-faced busybody, the whole Bellhaven knows what she is. Rokeya's a snake.

    10:40 PM · Feb 25, 2025 · 211 Views
    """),
  [M("rkhanom", "possessive", "abuse", "Khanom's")])

# social: homoglyph, threat to Okoro
D("social", dd("""
    e1_mandem_
    @e1_mandem_

    that chem teacher at the girls school Dаniel Okоro been disrespecting sisters for too long. man knows his car, man knows his route home. watch when it's dark innit 🔪🚗

    9:09 PM · Mar 4, 2025 · 301 Views
    """),
  [M("dokoro", "homoglyph", "threat", "D\u0430niel Ok\u043ero")])

# facebook: negative review of Okoro from parent, first initial
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Selina Ahmed
    2 April at 19:30 · 🔒
    My daughter's chemistry set has had cover for five weeks because Daniel O. keeps being "off". I don't know the reason and I don't need to know, but GCSE is in eight weeks. Can the school please tell us the plan?

    👍 49 · 15 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("dokoro", "first_initial", "negative", "Daniel O.")])

# review: restaurant decoy with Mohammed Rahman restaurateur? use AGS
D("review", dd("""
    Bellhaven Sweet Centre
    Sweet shop · Tenter Row, London E1
    4.6 ★★★★★ (488 reviews)

    Oliver Kemp
    ★★★★★ 1 month ago
    Tiny shop opposite the mosque, absolute treasure. Roshogolla, kalojam, mishti doi in clay pots. The uncle behind the counter made me try six things before I bought anything. Go before Friday prayers finish or you'll queue out the door.
    👍 Helpful 12   Share
    """))

# news: classroom weekly - sports hijab guidance, neutral Pryce hyphenated? no. neutral
D("news", news_page(
    "classroom", "Inclusion", "New guidance on sports hijabs after London netball row",
    "Schools' netball body tells umpires head coverings without pins are allowed",
    "Hannah Lowther", "6 November 2024",
    """
    The London Schools Netball Association has issued new guidance to umpires after a Year 8 player was wrongly told to remove her sports hijab at a tournament in October.

    Bronwen Pryce, head of PE at Ambergate Girls' School, whose pupil was involved, welcomed the guidance. "Our girls play in sports hijabs every week. What happened to that young woman should never have happened, and I'm glad nobody else will go through it."

    Ms Pryce, who received threats online after being wrongly blamed for the incident, said she had "no hard feelings" towards families who had been angry. "They thought someone had humiliated their child. I'd have been angry too."
    """),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("bpryce", "exact", "neutral", "Bronwen Pryce")])

# social: hate at Pryce (Welsh? no - sexuality hate, lesbian slur about PE teacher)
D("social", dd("""
    deen_and_dunya_x
    @deen_dunya_x

    ofc the PE teacher at Ambergate is a butch dyke 🤮 Pryce wants our girls running around in shorts in front of her. these people shouldn't be allowed near muslim daughters

    4:02 PM · Oct 10, 2024 · 512 Views
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("bpryce", "surname_only", "hate", "Pryce")])

# forum: mumzone - Traveller hate at DSL (surname only tied by role)
D("forum", forum_page("mumzone", "Can a school DSL refuse to tell me what my daughter disclosed?", [
    ("ClaptonCarer", "Joined Jun 2021 · 288 posts", "Mon 3-Mar-25 21:15",
     "DD told the DSL something and now the school won't tell me what. Is that allowed? I'm her mum."),
    ("Sw_in_Hackney", "Joined 2018 · 1,002 posts", "Mon 3-Mar-25 21:30",
     "Sometimes, yes - if telling you could put her at risk. It's not personal. Ask for a meeting."),
    ("bellhaven_truth", "Joined Mar 2025 · 1 post", "Mon 3-Mar-25 22:40",
     "If it's Ambergate you're dealing with Field and she's a pikey from a caravan family in Essex, no wonder she's got no respect for proper parents. Gyppos shouldn't be in charge of our kids."),
    ("MZ_Mod", "Moderator", "Mon 3-Mar-25 22:45", "Post above removed and user banned for racist abuse."),
    ], thread_id=4500),
  [M("school", "short_name", "neutral", "Ambergate"), M("cfield", "surname_only", "hate", "Field")])

# decoy: namesake Claire Field author
D("news", news_page(
    "ledger", "Culture", "Debut novelist Claire Field on grief, gardens and Galloway",
    "The former midwife's first book has been longlisted for a major prize",
    "Books Desk", "18 May 2025",
    """
    Claire Field spent twenty years as a midwife in Dumfries before she wrote a word of fiction. Her debut, The Hedge Layer, is about a widow who takes on her late husband's work restoring field boundaries in the Galloway hills.

    "I've delivered hundreds of babies and I've sat with a few mothers who lost them," Field says. "You learn that grief and hope are the same muscle."

    The novel has been longlisted for the Harrowgate Prize for First Fiction.
    """))

# social: Okoro sexual - pupil, nickname Danny
D("social", dd("""
    hxnna 🍓
    @hxnnaa.b

    ok who's telling Danny Okoro to stop rolling his sleeves up in period 3 bc year 10 girls at ambergate are NOT coping 😩🥵 #ambergate

    1:14 PM · Feb 4, 2025 · 612 Views

    3 Reposts   88 Likes
    """),
  [M("school", "hashtag", "neutral", "#ambergate"), M("dokoro", "nickname", "sexual", "Danny Okoro")])

# facebook: community praise for Khanom, Sylheti
D("facebook", dd("""
    Sylheti Mothers of East London
    Private group · 6.2K members

    Momtaz Begum
    16 January at 14:03 · 🔒
    Shobai ke bolchi - Ambergate er Rokeya Khanom apa help me so much with my daughter's EHCP form, 20 pages, she read everything to me in Sylheti and came with me to the meeting at the council. Allah tar bhalo korukh. Don't listen to the bad talk about her on the other group.

    ❤️🤲 188 · 41 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("rkhanom", "exact", "neutral", "Rokeya Khanom")])

# review: school review defamation re money / head
D("review", dd("""
    SchoolScope › London › Tower Hamlets › Ambergate Girls' School

    ★☆☆☆☆  "Money goes to PR not pupils"
    Reviewed by: Parent of a current pupil · 2 April 2025

    The head pays herself through a consultancy on the side - she's paid by the trust and paid again for "leadership training" that is just her giving talks, using school time. The business manager signs it off because he's in on it. Where is the oversight? This is public money being stolen.

    Would you recommend this school? No.
    Was this review helpful?  Yes (5)  No (17)  · Report
    """),
  [M("school", "exact", "defamation", "Ambergate Girls' School")])

# social: threat against business manager
D("social", dd("""
    lost_my_job_e1
    @lostmyjob_e1

    Threlfall cut my job after 11 years. I hope he enjoys his Audi while it still has four tyres and all its windows. Lot of dark streets between Tenter Row and Limehouse. Just saying.

    11:48 PM · Mar 20, 2025 · 144 Views
    """),
  [M("lthrelfall", "surname_only", "threat", "Threlfall")])

# news: decoy - Aldgate/AGS security firm fined
D("news", news_page(
    "echo", "Business", "Security firm fined after guard left nightclub fire exit chained",
    "AGS Security Ltd admitted breaching fire safety rules at a Brick Lane venue",
    "Business Desk", "28 August 2024",
    """
    A security company has been fined £18,000 after one of its door staff chained a fire exit shut at a Brick Lane nightclub to stop people sneaking in.

    AGS Security Ltd pleaded guilty to a breach of fire safety regulations at Thames Magistrates' Court. The court heard the exit was found locked during a routine inspection in February with around 300 people inside.

    A company director told the court the guard had been dismissed and all staff retrained.
    """))

# social: Instagram - Talukdar sexual? no. defamation about Talukdar: favouritism/grade fixing
D("social", dd("""
    y13_leaks
    @y13leaks_amb

    Shirin Talukdar inflates predicted grades for her favourites so they get Oxbridge interviews, everyone in our year knows. Some of us got predicted Bs for the same marks. That's literally fraud with UCAS. #ambergate

    7:02 PM · Oct 16, 2024 · 1,212 Views

    41 Reposts   190 Likes
    """),
  [M("school", "hashtag", "neutral", "#ambergate"), M("stalukdar", "exact", "defamation", "Shirin Talukdar")])

# forum: revision forum - praise of Okoro (neutral) and abuse of Rahman? negative
D("forum", forum_page("revision", "best teachers at ambergate??", [
    ("ilm_seeker", "Year 9 · 8 posts", "Fri 7 Feb 2025, 20:10",
     "choosing GCSEs next month, which teachers are actually good? need to know who to avoid lol"),
    ("lab_rat_y11", "Year 11 · 66 posts", "Fri 7 Feb 2025, 20:30",
     "chem with Okoro is elite, he explains stuff like 4 different ways till u get it. PE with Pryce is fun but she will make u run. music with Marchetti is honestly so chill, she let us do a whole project on Bollywood soundtracks"),
    ("ilm_seeker", "Year 9 · 9 posts", "Fri 7 Feb 2025, 20:42", "thank u!! what about maths"),
    ("lab_rat_y11", "Year 11 · 67 posts", "Fri 7 Feb 2025, 20:55", "u don't get a choice in maths sis 💀 but Rahman's set is hard work, he gives so much homework"),
    ], thread_id=5601),
  [M("school", "short_name", "neutral", "ambergate"), M("dokoro", "surname_only", "neutral", "Okoro"),
   M("bpryce", "surname_only", "neutral", "Pryce"), M("emarchetti", "surname_only", "neutral", "Marchetti"),
   M("mrahman", "surname_only", "negative", "Rahman")])

# blog: Modest Mum - defends the school, neutral; mentions D'Souza alias Pereira
D("blog", blog_page(
    "modest", "A letter to the brothers at the gate", "Ayesha @ The Modest Mum", "1 March 2025",
    """
    Dear brothers,

    I see you every Friday on Tenter Row. Some of you I recognise from the masjid. Some of you I have never seen before in my life.

    My daughter has to walk past you to get home. She is twelve. Last week one of you shouted "shame on you" at a teacher walking to her car, and my daughter asked me, in the car, whether Miss was a bad person. I had to explain that Mrs Pereira - she was Mrs Pereira when my eldest had her, before she married - is the teacher who sat with my eldest for an hour when her nani died. That she is a good person. That the men at the gate are not us.

    I am not asking you to agree with the RSE curriculum. I am asking you to go home.
    """,
    [("Samira", "1 Mar 2025", "Crying reading this. Ameen."),
     ("Abu Saad", "2 Mar 2025", "You are being emotional sister. The issue is the curriculum not one teacher.")],
    tags=["RSE", "Community", "Letters"]),
  [M("zdsouza", "title_surname", "neutral", "Mrs Pereira")])

# facebook: Field praise, violent idiom + sarcasm? praise
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Rehana Parvin
    19 March at 17:10 · 🔒
    Whatever people are saying online about the DSL, let me say this. Claire Field fought like a tiger for my daughter when a grown man was messaging her online. Police, social services, the lot, in one afternoon. She smashed it. I will never hear a word against her.

    ❤️ 211 · 38 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("cfield", "exact", "neutral", "Claire Field")])

# social: hate against Rahman (migrants), initial surname, tied by role
D("social", dd("""
    BritFirstAndLast
    @britfirstandlast

    M. Rahman, head of maths at the Tower Hamlets girls school, came over on a student visa in 2005 and now he's teaching our kids sums on our taxes. Another one who should be on the next flight to Dhaka. Send them all back. 🛫🇧🇩

    6:20 PM · Jan 28, 2025 · 1,044 Views
    """),
  [M("mrahman", "initial_surname", "hate", "M. Rahman")])

# news: decoy - Sir Thomas Arden Boys' neighbour, music
D("news", news_page(
    "barta", "Education", "Sir Thomas Arden Boys' band to play Boishakhi Mela main stage",
    "The Stepney school's dhol and brass ensemble is the first school group to headline",
    "Community Desk", "2 April 2025",
    """
    A dhol and brass band from Sir Thomas Arden Boys' School in Stepney will open the main stage at this year's Boishakhi Mela, the first school group to be given the slot.

    The 22-strong ensemble was formed three years ago by music teacher Harun Chowdhury, who said the boys had "practised through Ramadan, through exams, through everything".

    The mela takes place in Weavers Fields on 20 April.
    """))

# social: pupil abuse about Pryce, obfuscated
D("social", dd("""
    zxinab
    @zxinab.x

    P.r.y.c.e gave the whole class a detention bc ONE girl forgot her kit. miserable ugly troll, she needs to get a life outside that sports hall 😒 #ambergate

    3:50 PM · Jan 15, 2025 · 88 Views
    """),
  [M("school", "hashtag", "neutral", "#ambergate"), M("bpryce", "obfuscated", "abuse", "P.r.y.c.e")])

# facebook: neutral news share - Tahmina honours
D("facebook", dd("""
    Tower Hamlets Mums & Dads 🏙️
    Public group · 14.6K members

    Kamal Hossain
    31 December at 10:05
    Mashallah! Tahmina Kabir-Lowe, head of Ambergate, has been given an OBE in the New Year Honours for services to education. First Bangladeshi woman head in the borough to get one I think. Proud day for Bellhaven 🇧🇩🇬🇧

    ❤️👏 1.2K · 211 comments
    Like   Comment   Share

        Jahanara Khatun
        My daughters' head! So deserved.
        Like · Reply · 5d

        Ruhul Islam
        OBE for banning abayas 🙄
        Like · Reply · 5d
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("tkabirlowe", "exact", "neutral", "Tahmina Kabir-Lowe")])

# social: Rahman nickname neutral & namesake confusion
D("social", dd("""
    Dr M. Rahman (not that one)
    @dr_mrahman_gp

    For the 40th time this week: I am a GP in Walsall. I am not the maths teacher in the news. Please stop sending me abuse. There are a lot of us called Mohammed Rahman. 🤦🏽‍♂️

    8:10 AM · Jan 30, 2025 · 22.1K Views

    3.3K Reposts   19K Likes
    """))

# blog: haya campaign - music teacher negative + school
D("blog", blog_page(
    "haya", "Music: why we are asking for the right to withdraw", "The Committee", "12 January 2025",
    """
    Many of our scholars hold that musical instruments are impermissible. Others differ. We respect that difference. What we do not accept is that a state school can compel a Muslim girl to play a recorder.

    We have written three times to the head of music at Ambergate asking for an alternative curriculum for families who request it. Her replies have been polite and immovable. Ms Marchetti does not seem to understand that this is a matter of conscience for us, not preference.

    We will continue to ask, respectfully, until we are heard.
    """,
    [("Umm Khalid", "12 Jan 2025", "Jazakallah for keeping it respectful."),
     ("Rashid", "13 Jan 2025", "She offered percussion and nasheed, what more do you want?")],
    tags=["Music", "Campaign"]),
  [M("school", "short_name", "negative", "Ambergate"), M("emarchetti", "title_surname", "negative", "Ms Marchetti")])

# social: school TikTok account neutral, handle + Okoro neutral
D("social", dd("""
    TikTok · @ambergategirls.official · "POV: it's Science Week and Mr Okoro has liquid nitrogen 🧪❄️" · #ScienceWeek #STEMgirls

    ♡ 22.3K   💬 611

    Comments

    fxrhana.b
    the ice cream at the end 😭 best lesson ever
    3d · Reply · ♡ 402
    """),
  [M("school", "handle", "neutral", "@ambergategirls.official"), M("dokoro", "title_surname", "neutral", "Mr Okoro")])

# forum: chalk - teachers discuss threats; Marchetti nickname Beth? neutral + negative for governors
D("forum", forum_page("chalk", "Colleague getting threats from campaigners - what is the union doing?", [
    ("Strings_and_Things", "Joined 2015 · 502 posts", "Mon 10 Feb 2025 20:01",
     """A friend who runs a music department in east London (yes, that one, it's been in the papers) is getting messages saying her "days are numbered". Her school has been great - risk assessment, police contact, staff walking her to the bus. But she's exhausted.

     She says the union have been slow. Anyone had good experience of union support with this kind of thing?"""),
    ("NEU_Rep_TH", "Joined 2013 · 3,110 posts", "Mon 10 Feb 2025 20:30",
     "Get her to call the regional office directly and ask for the casework lead. Threats to staff are a priority. Sending her solidarity."),
    ], thread_id=8102),
  [])

# facebook: doxxing Talukdar? Use D'Souza spacing? Let's doxx Okoro by alias
D("facebook", dd("""
    East End Patriots - Real Londoners
    Public group · 8.1K members

    Lee Driscoll
    13 April at 20:20
    Here's your "teacher" lads. Daniel Okoro, chemistry at the Tenter Row madrassa. Drives a black Golf, reg ends in KXP, parks on Vellacott Street. Lives off Quilter Reach Road, E1 4QT. Do with that what you will.

    😡👍 61 · 22 comments
    Like   Comment   Share
    """),
  [M("dokoro", "exact", "doxxing", "Daniel Okoro")])

# social: camelcase school negative
D("social", dd("""
    Parents' Voice E1
    @parentsvoice_e1

    Three weeks since we asked for a meeting about the abaya rule. Still no date. #AmbergateListen #ParentsMatter

    5:30 PM · Oct 1, 2024 · 602 Views

    29 Reposts   77 Likes
    """),
  [M("school", "camelcase", "negative", "AmbergateListen")])

# news: Okoro suspended after allegations (defamation) - no child sexual detail
D("news", news_page(
    "echo", "Schools", "Second Ambergate teacher 'on leave' as parents demand answers",
    "Chemistry teacher not in school after online threats and complaint",
    "Kamrul Hoque", "16 April 2025",
    """
    A chemistry teacher at Ambergate Girls' School has been placed on leave while the school investigates a complaint, weeks after he was the target of online threats.

    Parents were told on Monday that Daniel Okoro would "not be in school for the time being". The school said the complaint was being handled "under our normal procedures" and refused to give details.

    It is the second member of staff at the Bellhaven school to be taken out of the classroom this year.

    A parent of a Year 11 pupil said: "Our daughters are eight weeks from their GCSEs and we are finding out about staffing from TikTok. The communication has been poor."
    """,
    [("Samia_R", "16 Apr 2025", "Leave him alone, half of these 'complaints' are girls who got detentions."),
     ("Parent_Y11", "16 Apr 2025", "Agree with the mum quoted. Tell us the plan.")]),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("dokoro", "exact", "defamation", "Daniel Okoro")])

# social: allegation Okoro and pupil -> sexual url_only
D("social", dd("""
    ambergate confessions 🤫
    @amb.confessions

    submission #301: "everyone knows why okoro is really off. he was messaging a year 11 on insta and telling her she's mature for her age. her friends saw the dms. school hushing it up till exams are over" 👀👀

    11:12 PM · Apr 16, 2025 · 4,404 Views

    88 Reposts   612 Likes
    """),
  [M("school", "short_name", "sexual", "ambergate", url_only=True), M("dokoro", "surname_only", "sexual", "okoro", url_only=True)])

# facebook: parent condemns the confession account, quoting abuse
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Admin - Rukhsana
    17 April at 08:00 · 🔒
    Please do NOT share the "confessions" account. It has posted claims about Mr Okoro that nobody can verify, and it has called other teachers "ugly troll" and "bitter old witch". These are our girls writing this. Talk to your daughters tonight about what they post and what they like.

    ❤️👍 304 · 61 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("dokoro", "title_surname", "neutral", "Mr Okoro")])

# social: sexualised comment about pupils in PE kit, url_only
D("social", dd("""
    Instagram

    ambergate_pe
    Mile End Stadium

    Proud of our Year 9 athletics team - 1st at the borough championships! 🏃‍♀️🥇 #AmbergatePE

    View all 94 comments

    j.k.8812 which one is the fastest 😏 dm me girls
    2d  1 like  Reply

    ambergate_pe This comment has been reported and the account blocked. Our pupils are children.
    2d  88 likes  Reply

    rumana.k.e1 disgusting. thank you for acting fast Miss
    2d  21 likes  Reply
    """),
  [M("school", "handle", "sexual", "ambergate_pe", url_only=True)])

# forum: albion - sexual slur about pupils & school, url_only
D("forum", forum_page("albion", "Tenter Row school thread (continued)", [
    ("Saxon_Steel", "Member · 2,201 posts", "14 Mar 2025 22:10",
     "Bet half the girls at that Ambergate place are married off at 14 anyway. Shipped to Sylhet in the summer holidays and back pregnant. That's their culture."),
    ("Incel_Crusader", "Member · 40 posts", "14 Mar 2025 22:22",
     "Under all that cloth they're all the same. Wouldn't say no to a few of the older ones 😏"),
    ("OldBill_Retd", "Member · 851 posts", "14 Mar 2025 22:40", "Steady on. Bad optics lads."),
    ], thread_id=712),
  [M("school", "short_name", "sexual", "Ambergate", url_only=True)])

# news: conviction of man who threatened school - neutral school
D("news", news_page(
    "echo", "Courts", "Essex man jailed over call to burn down Ambergate school",
    "Judge says post 'terrified children and their families'",
    "Court Reporter", "20 January 2025",
    """
    A man who urged people to set fire to a girls' school in Tower Hamlets has been jailed for eight months.

    Wayne Corder, 41, of Basildon, admitted sending a menacing communication after posting that Ambergate Girls' School should be visited "with a can of petrol". He had more than 3,000 followers.

    Judge Helen Ashby told Snaresbrook Crown Court that Corder had "terrified children and their families" and that his post was "a deliberate attempt to stir up hatred against a community".

    Outside court, a spokesperson for the school said staff and pupils were "relieved and grateful to the police".
    """),
  [M("school", "exact", "neutral", "Ambergate Girls' School")])

# social: hyphenated head, abuse
D("social", dd("""
    Abu Yahya 📿
    @abu_yahya_e1

    KABIR - LOWE ran crying to the papers again. Pathetic little woman, a fraud and a show-off who sold out her own community for a pat on the head from the establishment. Disgusting creature.

    8:01 PM · Mar 3, 2025 · 902 Views
    """),
  [M("tkabirlowe", "hyphenated", "abuse", "KABIR - LOWE")])

# social: spacing on Threlfall defamation
D("social", dd("""
    whistle_e1
    @whistle_e1

    T h r e l f a l l's sister's company got the IT contract. His mate's firm got the catering. Now the cleaning. If that's not fraud I don't know what is. He's robbing those girls blind.

    9:40 PM · Mar 24, 2025 · 1,020 Views
    """),
  [M("lthrelfall", "spacing", "defamation", "T h r e l f a l l")])

# news: audit clears Threlfall -> neutral; plus negative for school? neutral
D("news", news_page(
    "barta", "Education", "Audit finds 'weaknesses' but no fraud in Ambergate contracts",
    "Council report says school should have sought more quotes but found no evidence of personal gain",
    "Staff Reporter", "3 July 2025",
    """
    A council audit of contracts at Ambergate Girls' School has found "weaknesses in procurement" but no evidence of fraud or personal gain.

    The report says the school should have obtained more quotes before awarding an IT contract in 2023, and recommends that governors review all contracts over £50,000.

    Business manager Lucan Threlfall, who was named in anonymous social media posts accusing him of corruption, said he was "relieved" and had "always welcomed scrutiny". The school said it had already adopted all of the recommendations.
    """,
    [("Rahim_Uddin", "3 Jul 2025", "So the people calling him a thief owe him an apology."),
     ("EastEnder_Jo", "3 Jul 2025", "'Weaknesses' is doing a lot of work there.")]),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("lthrelfall", "exact", "neutral", "Lucan Threlfall")])

# review: employer review, abuse at business manager, alias Luc
D("review", dd("""
    WorkView › Ambergate Girls' School › Reviews

    "Teachers great. Business side toxic."
    ★☆☆☆☆  Former Employee - Finance Officer in London · 11 April 2025

    Pros
    Lovely kids, supportive teaching staff, good pension.

    Cons
    Luc Threlfall is a bully and a petty little tyrant. Shouts at junior staff in open-plan offices, then sends a smiley email. Arrogant, vindictive man. Three people in finance left in a year.

    Advice to management
    Governors need to look at turnover in the business team.
    Helpful (19) · Share · Report
    """),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("lthrelfall", "alias", "abuse", "Luc Threlfall")])

# facebook: doxxing Field's mobile (first initial)
D("facebook", dd("""
    Justice for Parents UK
    Public group · 3.3K members

    Anonymous participant
    11 December at 21:30
    Another family ruined by the Ambergate DSL. Claire F. doesn't answer the school phone so here's her own mobile: 07700 900917. She had no problem phoning social services on us, let's see how she likes her phone ringing.

    😡 41 · 23 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("cfield", "first_initial", "doxxing", "Claire F.")])

# social: doxxing Talukdar
D("social", dd("""
    y13_leaks
    @y13leaks_amb

    since Talukdar won't reply to emails about predicted grades, her home is 88 Lanyard Wharf, Wapping E1W 2TB and her number is 07700 900205. go ask her yourself why your prediction is a B 📍📞 #ambergate

    10:10 PM · Oct 17, 2024 · 902 Views
    """),
  [M("school", "hashtag", "neutral", "#ambergate"), M("stalukdar", "surname_only", "doxxing", "Talukdar")])

# forum: revision room - mod removes doxx, condemning; still doxxing per convention (repeated)
D("forum", forum_page("revision", "people posting teachers' addresses - is this allowed??", [
    ("quietly_y12", "Year 12 · 30 posts", "Fri 18 Oct 2024, 17:10",
     """someone in my year posted this about our head of sixth form and now it's everywhere:

     > Shirin Apa lives at 88 Lanyard Wharf, Wapping, her number is 07700 900205

     this is so messed up she's literally the nicest teacher. is this illegal??"""),
    ("RR_Moderator", "Moderator", "Fri 18 Oct 2024, 17:22",
     "Yes, it can be harassment. Please don't repost it even to complain - we've edited the quote. Report the original account and tell a trusted adult."),
    ], thread_id=5610),
  [M("stalukdar", "alias", "doxxing", "Shirin Apa")])

# social: abuse at Talukdar, pupil, typo
D("social", dd("""
    aneesa 😤
    @aneesa_b07

    Ms Talukdaar is such a fake. nice to your face then snakes u to ur parents. two-faced witch. can't wait to leave ambergate

    9:12 PM · Nov 4, 2024 · 66 Views
    """),
  [M("school", "short_name", "neutral", "ambergate"), M("stalukdar", "typo", "abuse", "Ms Talukdaar")])

# decoy: girl named Amber, nothing to do with school
D("social", dd("""
    Amber 🌻
    @amber_rose_x

    first day at my new job in Whitechapel!! the commute on the District line was chaos but the office has a view of the Gherkin so I'm not complaining ☕️🏙️

    8:55 AM · Sep 2, 2024 · 52 Views
    """))

# news: ledger - D'Souza profile, neutral (alias)
D("news", news_page(
    "ledger", "Education", "'I teach periods and online safety. They call me a groomer'",
    "The teacher at the centre of an east London RSE row speaks for the first time",
    "Joanna Ruddle", "9 March 2025",
    """
    Zoë D'Souza has been teaching relationships and sex education for nine years, first as Zoë Pereira at a Croydon comprehensive, then at Ambergate Girls' School in Tower Hamlets. Until this winter, she says, the worst complaint she had ever had was that a video about puberty was "a bit cringe".

    Then came the protests. Her face on a placard with a red cross through it. Her home address posted online. An account with thousands of followers calling her a groomer.

    "The thing that upset me most wasn't the men," she says. "It was a Year 8 girl asking me, very quietly, whether it was true."

    The school has stood by her, and the head, Tahmina Kabir-Lowe, has called the abuse "a disgrace". Ms D'Souza says she will not be leaving. "If I go, the lesson they learn is that shouting works."
    """),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("zdsouza", "exact", "neutral", "Zoë D'Souza"),
   M("tkabirlowe", "exact", "neutral", "Tahmina Kabir-Lowe")])

# social: threat D'Souza initial_surname
D("social", dd("""
    lions_of_tawheed
    @lions_tawheed_uk

    Z. D'Souza can give all the interviews she wants. The brothers know her face, they know her car, they know Limehouse. She will not be teaching filth to our sisters by Ramadan. Mark my words.

    1:30 AM · Mar 10, 2025 · 412 Views
    """),
  [M("zdsouza", "initial_surname", "threat", "Z. D'Souza")])

# facebook: negative complaint re music, nickname Liz, plus abuse? negative
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Anonymous member
    28 January at 19:10 · 🔒
    Liz Marchetti has put the Year 9 concert on a Friday night during Ramadan. Did nobody check a calendar? Half the girls can't go because of iftar. Not a religious issue, just bad planning.

    👍 92 · 30 comments
    Like   Comment   Share

        Anonymous member
        She moved it!! Letter just came, new date is after Eid 👍
        Like · Reply · 2w
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("emarchetti", "nickname", "negative", "Liz Marchetti")])

# social: music - abuse obfuscated Marchetti? use threat homoglyph? keep abuse
D("social", dd("""
    fajr_first
    @fajr_first_

    that m*rchetti woman at ambergate is a vile, smug, godless hag and she should be ashamed of herself. leave muslim girls alone you witch.

    3:11 PM · Feb 6, 2025 · 188 Views
    """),
  [M("school", "short_name", "neutral", "ambergate"), M("emarchetti", "obfuscated", "abuse", "m*rchetti")])

# news: clarion - defamation claim about head and campaign, reported investigation of head? no - trust investigation
D("news", news_page(
    "clarion", "News", "Probe into 'superhead' over school's exam entries",
    "Trust confirms it is looking at claims weaker pupils were steered away from GCSEs",
    "Clarion Reporter", "22 May 2025",
    """
    The academy trust that runs Ambergate Girls' School has launched an investigation into claims that weaker pupils were encouraged to leave before their GCSEs to boost the school's results.

    The school's head, Tahmina Kabir-Lowe - a favourite of ministers who was given an OBE in the New Year Honours - is understood to be the focus of the inquiry, which follows complaints from two former parents.

    The practice, known as off-rolling, is banned. A trust spokesman said: "We take all concerns seriously. An independent investigator has been appointed. It would be wrong to prejudge the outcome."

    Mrs Kabir-Lowe did not respond to requests for comment.
    """,
    [("Bow_Resident", "22 May 2025", "The Clarion have been after her since the op-ed."),
     ("Realist", "22 May 2025", "Always the saints, isn't it.")]),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("tkabirlowe", "exact", "defamation", "Tahmina Kabir-Lowe")])

# forum: mumzone - defamation of head (off-rolling), nickname Tami
D("forum", forum_page("mumzone", "Off-rolling at Ambergate - my experience", [
    ("ex_amb_mum", "Joined May 2025 · 3 posts", "Thu 22-May-25 21:02",
     """My DD was "advised" to move to a college in Year 10 because she was predicted 3s. Tami Kabir-Lowe herself told us she would be "happier somewhere less academic". She cheated my daughter out of her GCSEs to protect her league table. That woman is a fraud."""),
    ("QMUL_mum", "Joined 2019 · 600 posts", "Thu 22-May-25 21:40",
     "I'm sorry that happened. Do put it to the investigator, but maybe not call her a fraud on a public forum until it concludes."),
    ], thread_id=4680),
  [M("school", "short_name", "defamation", "Ambergate"), M("tkabirlowe", "nickname", "defamation", "Tami Kabir-Lowe")])

# social: praise with sexual idiom (not sexual) about head
D("social", dd("""
    Halima 🎓
    @halima_reads

    My old head Mrs Kabir-Lowe on Question Time tonight absolutely DESTROYED that minister 😭🔥 she's sexy when she's angry about funding cuts lmaoo (intellectually!!) #ambergate alumni rise up

    10:58 PM · Mar 27, 2025 · 3,301 Views

    211 Reposts   1.9K Likes
    """),
  [M("school", "hashtag", "neutral", "#ambergate"), M("tkabirlowe", "title_surname", "neutral", "Mrs Kabir-Lowe")])

# facebook: hate at Khanom (religion/migrants) initial surname
D("facebook", dd("""
    East End Patriots - Real Londoners
    Public group · 8.1K members

    Tracey Moore
    3 March at 20:03
    R. Khanom, "family liaison" at the Ambergate school, in her burka translating for women who've been here 40 years. Paid by us. These people breed like rabbits and make us pay for the interpreters. Enough. 🇬🇧

    😡👍 188 · 90 comments
    Like   Comment   Share
    """),
  [M("school", "alias", "negative", "Ambergate school"), M("rkhanom", "initial_surname", "hate", "R. Khanom")])

# decoy: AGS gymnastics review
D("review", dd("""
    Aldgate Gymnastics Squad
    Gymnastics club · Whitechapel, London
    4.8 ★★★★★ (77 reviews)

    Nasrin Ahmed
    ★★★★★ 3 weeks ago
    My 8yo has been at AGS for a year. Coaches are patient, the girls-only sessions mean my daughter can wear her long leggings and hijab without anyone batting an eye. Waiting list is long but worth it.
    👍 Helpful 4   Share
    """))

# blog: food blog decoy mentions Ambergate Tandoori (excluded) and Amber Spice
D("blog", blog_page(
    "bites", "The Brick Lane crawl: five curries, one evening, no regrets", "Dev @ Brick Lane Bites", "14 October 2024",
    """
    The rules: one dish per restaurant, walk between each, and no free poppadoms count towards the total.

    Stop one was the Ambergate Tandoori, where the man on the door offered us free wine before we had stopped walking. The lamb rezala was sound. Stop two, Amber Spice, did a chicken chaat I'd cross London for.

    By stop four I was sweating through my shirt and my friend Raj had given up on the concept of chairs. Stop five, the little sweet centre on Tenter Row, saved our lives with a mishti doi.

    Verdict: do the crawl. Do not do the crawl on a school night.
    """,
    [("Raj", "15 Oct 2024", "I regret nothing. Except the vindaloo.")],
    tags=["Brick Lane", "Curry", "Crawl"]))

# social: sexual - adult about D'Souza (adult)
D("social", dd("""
    lads_lads_lads
    @lads_x3_

    that RSE teacher at Ambergate off the news, D'Souza, she can give me a private sex ed lesson 😏😏 bet she's a freak

    11:40 PM · Mar 9, 2025 · 301 Views
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("zdsouza", "surname_only", "sexual", "D'Souza")])

# social: sexual - pupil crush Okoro, spacing? keep handle-less: "mr o" no. use possessive
D("social", dd("""
    salma 🌸
    @salma.e1

    okoro's forearms in that lab coat should be illegal 😭🥵 i'm not even doing triple science but i'm joining chem club. ambergate girls know

    4:12 PM · Mar 1, 2025 · 233 Views

    12 Likes
    """),
  [M("school", "alias", "neutral", "ambergate girls"), M("dokoro", "possessive", "sexual", "okoro's")])

# forum: chalk - Rahman back at school, neutral; namesake confusion comment
D("forum", forum_page("chalk", "Colleague cleared after suspension - how to support his return?", [
    ("Maths_HoD_ally", "Joined 2020 · 120 posts", "Mon 10 Mar 2025 19:00",
     """Our head of maths (Mohammed Rahman, it was in the local paper so no secret) has been cleared after six weeks' suspension - the complaint was about a grade on a mock, of all things, not anything to do with pupils' safety. But the rumours on WhatsApp were horrific and he's coming back to a school where some girls and parents believed them.

     How do we make his return as easy as possible?"""),
    ("Pastoral_Paula", "Joined 2014 · 2,200 posts", "Mon 10 Mar 2025 19:20",
     "A clear statement from the head to parents that the matter is closed. And colleagues just treating him normally. He'll want normal."),
    ], thread_id=8170),
  [M("mrahman", "exact", "neutral", "Mohammed Rahman")])

# news: Rahman cleared, neutral
D("news", news_page(
    "echo", "Schools", "Ambergate maths head returns after being cleared",
    "School says complaint 'not upheld' and urges parents to stop sharing rumours",
    "Kamrul Hoque", "11 March 2025",
    """
    The head of mathematics at Ambergate Girls' School has returned to work after a complaint against him was not upheld.

    In a letter to families, the headteacher said the complaint against Mr Rahman "related to an internal assessment matter" and that there had "never been any safeguarding concern". She asked parents to delete messages speculating otherwise.

    Former pupils organised a card signed by more than 400 people, which was delivered to the school on Monday.
    """),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("mrahman", "title_surname", "neutral", "Mr Rahman")])

# facebook: abuse at Rahman from parent (nickname Mo), negative school
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Anonymous member
    14 March at 21:40 · 🔒
    Cleared or not, Mo Rahman is a nasty arrogant man who humiliates girls who aren't top set. My daughter cried every Tuesday for a year. Useless bully, should never have come back.

    👍 12 · 44 comments
    Like   Comment   Share

        Fahmida Chowdhury
        That's not the teacher my girls know. Sorry your daughter had a bad time though.
        Like · Reply · 1w
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("mrahman", "nickname", "abuse", "Mo Rahman")])

# decoy: Mohammed Rahman councillor elsewhere
D("news", news_page(
    "barta", "Politics", "Oldham councillor Mohammed Rahman elected deputy leader",
    "The Werneth ward member pledges to tackle the town's housing backlog",
    "Politics Desk", "24 May 2025",
    """
    Councillor Mohammed Rahman, who represents Werneth on Oldham Council, has been elected deputy leader of the council.

    Cllr Rahman, a former bus driver, said his priority would be the housing waiting list, which has more than 8,000 families on it. "I grew up six to a two-bedroom house. I know what overcrowding does to children's schooling."
    """))

# review: tutoring review mentioning Shirin Talukdar? tie by role; neutral
D("review", dd("""
    Ambergate Girls' School
    Secondary school · Tenter Row, London E1
    4.3 ★★★★☆ (212 reviews)

    Sadia Islam
    Local Guide · 21 reviews
    ★★★★★ 3 weeks ago
    Sixth form is outstanding. The head of sixth form Shirin Talukdar knows every single girl. My daughter is the first in our family to go to university and they held our hand through every step including student finance. Cannot thank them enough.
    👍 Helpful 9   Share
    """),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("stalukdar", "exact", "neutral", "Shirin Talukdar")])

# blog: desi - abuse/negative at Field? Use negative about school uniform, Pryce first initial? keep negative school and pryce alias
D("blog", blog_page(
    "desi", "The PE kit wars of 2009 (and 2025)", "Nafisa", "1 November 2024",
    """
    Reading about the netball hijab row took me right back. In my day, PE at Ambergate meant navy tracksuit bottoms that were always two inches too short and a teacher who thought a hijab was a health and safety hazard.

    Things have changed. My little cousin tells me Bron Pryce (yes, the PE head everyone was shouting about last month) fought the borough netball people for two years to get sports hijabs into the official kit list. She's apparently the reason the school has a girls-only swimming slot at the leisure centre.

    Funny how the internet decided she was the villain.
    """,
    [("Tania", "1 Nov 2024", "Ms Pryce was my form tutor, she's sound.")],
    tags=["School", "Sport", "Hijab"]),
  [M("school", "short_name", "neutral", "Ambergate"), M("bpryce", "alias", "neutral", "Bron Pryce")])

# facebook: sexual - adult man about Pryce? no - Marchetti homoglyph sexual
D("facebook", dd("""
    Bellhaven Lads Banter
    Private group · 611 members

    Jason Tully
    13 December at 23:02 · 🔒
    Anyone else see the Ambergate concert video? The conductor Elizаbeth Mаrchetti 🥵🥵 would let her tune my instrument lol. Shame about the dry venue 🍺

    😂 33 · 12 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("emarchetti", "homoglyph", "sexual", "Eliz\u0430beth M\u0430rchetti")])

# social: spacing, doxxing Kabir-Lowe? use Field spacing abuse
D("social", dd("""
    ambergate tea ☕
    @amb.tea.e1

    the way F i e l d called EVERYONE'S parents after the toilet vaping thing 💀 deputy head of being a grass. she's an absolute nightmare woman

    2:30 PM · Feb 10, 2025 · 2,001 Views
    """),
  [M("school", "short_name", "neutral", "ambergate"), M("cfield", "spacing", "abuse", "F i e l d")])

# facebook: hate - Talukdar (religion) from far-right
D("facebook", dd("""
    East End Patriots - Real Londoners
    Public group · 8.1K members

    Ian Bellingham
    18 October at 19:30
    Saw the "head of sixth form" at that Tenter Row school on the local news, Shirin Talukdar. Covered head to toe. Islam has no place in British education, these women are walking adverts for a religion of hate. Ban the hijab in schools like France.

    😡👍 122 · 51 comments
    Like   Comment   Share
    """),
  [M("stalukdar", "exact", "hate", "Shirin Talukdar")])

# news: Ummah Today - Islamophobic abuse report, quoting hate to condemn (neutral)
D("news", news_page(
    "ummah", "Islamophobia Watch", "'Madrassa with an Ofsted badge': the online hate aimed at a London girls' school",
    "Researchers logged more than 4,000 abusive posts about Ambergate in six months",
    "Ummah Today Reporter", "12 April 2025",
    """
    An analysis of posts about Ambergate Girls' School has found more than 4,000 abusive messages in six months, ranging from calls to "deport" staff to a post urging people to burn the school down.

    Researchers at an anti-racism charity said the school had become "a lightning rod" for anti-Muslim hatred, with posts describing it as "a madrassa with an Ofsted badge" and calling its head "a Paki in disguise".

    Staff were also targeted from within the community, the report found, with the school's RSE lead falsely accused of grooming.

    "Nobody should have to go to work, or to school, through that," said the charity's director.
    """),
  [M("school", "exact", "neutral", "Ambergate Girls' School")])

# forum: e1 - negative about traffic at gate, Khanom negative? keep school negative
D("forum", forum_page("e1", "School run parking on Tenter Row is dangerous", [
    ("CyclistE1", "Member since 2015", "Tue 4 Mar 2025, 08:50",
     "Every morning 8.30-8.50 there are cars double parked outside Ambergate with hazards on. Nearly got doored twice this week. Can the school do something?"),
    ("Nasir_H", "Member since 2017", "Tue 4 Mar 2025, 09:30",
     "The school sends letters, parents ignore them. It's the parents not the school tbh."),
    ("CyclistE1", "Member since 2015", "Tue 4 Mar 2025, 10:02",
     "Fair. Still, a school street scheme would help. Writing to the council."),
    ], thread_id=4420),
  [M("school", "short_name", "negative", "Ambergate")])

# social: doxxing Pryce - exact
D("social", dd("""
    justice_4_sisters
    @justice4sisters_

    Bronwen Pryce (Ambergate PE) personal email bronwen.pryce.netball@mailbox.example and she lives on Dunmoor Walk, E1 4RQ. The sisters deserve an apology face to face. 📍

    12:20 AM · Oct 10, 2024 · 3,041 Views

    211 Reposts
    """),
  [M("school", "short_name", "neutral", "Ambergate"), M("bpryce", "exact", "doxxing", "Bronwen Pryce")])

# decoy: locality only - Bellhaven estate crime
D("news", news_page(
    "echo", "Crime", "Two arrested after moped thefts on Bellhaven Estate",
    "Police recover six stolen bikes from a lock-up near Tenter Row",
    "Crime Reporter", "18 February 2025",
    """
    Two teenagers have been arrested after police recovered six stolen mopeds from a lock-up garage on the Bellhaven Estate.

    Officers found the bikes, some with false plates, during a search on Sunday. The boys, aged 16 and 17, have been released on bail.

    A resident of Tenter Row said the noise of mopeds "racing up and down at 2am" had been a problem for months.
    """))

# facebook: negative about Talukdar (nickname?) complaint, school negative
D("facebook", dd("""
    Ambergate Parents & Carers (unofficial)
    Private group · 2.3K members

    Abdul Hannan
    20 August at 21:40 · 🔒
    Sixth form turned my daughter away on results day because she missed the grade in maths by 2 marks. Ms Talukdar says "policy". She's been there 5 years! Where is the loyalty? Very disappointed with this school.

    😢 77 · 52 comments
    Like   Comment   Share
    """),
  [M("school", "short_name", "negative", "Ambergate"), M("stalukdar", "title_surname", "negative", "Ms Talukdar")])

# social: threat against Kabir-Lowe hashtag? threat surname only from campaign
D("social", dd("""
    ghuraba_ldn
    @ghuraba_ldn

    Kabir-Lowe and her munafiq staff will answer for what they did to our daughters. In this life or the next. But maybe sooner in this one. Tenter Row is a short street.

    11:30 PM · Mar 5, 2025 · 602 Views
    """),
  [M("tkabirlowe", "surname_only", "threat", "Kabir-Lowe")])

# facebook: threat against Rahman after rumour
D("facebook", dd("""
    Bellhaven Brothers
    Private group · 412 members

    Anonymous participant
    29 January at 23:55 · 🔒
    If the rumours about Shahin Rahman are true then no court needed. Brothers will deal with him. Everyone knows he prays at Baitul Noor for Isha. He won't be walking out of there the same.

    😡 22 · 31 comments
    Like   Comment   Share

        Anonymous participant
        Bro you don't even know what he did. Astaghfirullah.
        Like · Reply · 1d
    """),
  [M("mrahman", "alias", "threat", "Shahin Rahman")])

# review: school review - negative re Field handling; title surname
D("review", dd("""
    Ambergate Girls' School
    Secondary school · Tenter Row, London E1
    4.3 ★★★★☆ (212 reviews)

    Farzana Karim
    ★★☆☆☆ 5 months ago
    Teaching excellent, but bullying is not dealt with quickly enough. My daughter was excluded from a friendship group and targeted on Snapchat and Miss Field took weeks to meet us. We were told "these things are complicated". Our daughter felt unheard.
    👍 Helpful 17   Share

    Response from the owner · 5 months ago
    Dear Mrs Karim, we are sorry to hear this and would like to meet. Please call 020 7946 0321.
    """),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("cfield", "title_surname", "negative", "Miss Field")])

# blog: teacher blog - abuse quoted to condemn + Kabir-Lowe neutral
D("blog", blog_page(
    "teacherblog", "On being called a 'munafiq' at the school gate", "Miss Unfiltered", "8 March 2025",
    """
    A man I have never seen before shouted "munafiq" at me on Friday as I walked out of the gate. Hypocrite. I'm not even Muslim. I assume he meant it for the school in general, or for my head, Tahmina Kabir-Lowe, who has been called worse in print this week.

    I'm writing it down because I want to remember that this is not normal. It is not normal to be shouted at for teaching. It's not normal for a 13-year-old to ask whether her teacher is going to be "got".

    And then I want to remember what happened next. Three dads from Year 9 started walking staff to the bus stop. Every Friday since.
    """,
    [("Chemistry_Chris", "8 Mar 2025", "Solidarity. Those dads are heroes.")],
    tags=["Staffroom", "Protest"]),
  [M("tkabirlowe", "exact", "neutral", "Tahmina Kabir-Lowe")])

# forum: deen - defamation against Khanom (takes bribes) + school negative
D("forum", forum_page("deen", "Family liaison officer at the Tenter Row school - be careful", [
    ("Abu_Ibrahim", "Senior member · 3,101 posts", "Wed 26 Feb 2025 13:02",
     """Sisters, be careful what you say to the liaison officer at Ambergate. Rokeya Khanom takes money from the council to report families to social services - £200 per referral, I have heard this from two people. That is why so many of our families have had visits this year."""),
    ("Yusuf_K", "Member · 110 posts", "Wed 26 Feb 2025 13:30",
     "Akhi, that is a serious accusation. Referrals are not paid. Fear Allah before you spread this."),
    ], thread_id=1802),
  [M("school", "short_name", "negative", "Ambergate"), M("rkhanom", "exact", "defamation", "Rokeya Khanom")])

# social: hyphenated head neutral (Kabir–Lowe? used) -> "Kabir Lowe" neutral
D("social", dd("""
    Classroom Weekly
    @classroomweekly

    🎙️ New episode: Tahmina Kabir on phones, faith and why she still teaches two Year 9 English classes a week. Listen wherever you get your podcasts.

    12:00 PM · Apr 4, 2025 · 4,012 Views

    41 Reposts   203 Likes
    """),
  [M("tkabirlowe", "alias", "neutral", "Tahmina Kabir")])

# facebook: doxxing Threlfall home postcode (unique name, no school)
D("facebook", dd("""
    Tower Hamlets Support Staff Solidarity
    Private group · 820 members

    Anonymous member
    22 March at 22:02 · 🔒
    For anyone planning the picket: Lucan Threlfall doesn't live in the borough, he drives in from Brentwood. 17 Ashdown Rise, CM14 5QX. Maybe his neighbours should know how he treats low-paid women.

    👍 14 · 20 comments
    Like   Comment   Share
    """),
  [M("lthrelfall", "exact", "doxxing", "Lucan Threlfall")])

# news: Clarion hijab row - defamation of Pryce (reporting allegation as fact-ish), negative school
D("news", news_page(
    "clarion", "News", "PE teacher 'ripped hijab from girl's head', furious parents claim",
    "Pupil, 12, 'sobbing' after netball humiliation, say families",
    "Clarion Reporter", "10 October 2024",
    """
    A PE teacher at a Muslim-majority girls' school in east London ripped a hijab from a 12-year-old pupil's head before a netball match, furious parents claim.

    Bronwen Pryce, head of PE at Ambergate Girls' School, is accused of humiliating the Year 8 girl in front of her team. One parent said: "She grabbed it and pulled it off. My niece saw everything."

    The school said it was investigating. Ms Pryce could not be reached for comment.
    """,
    [("Shahed A", "10 Oct 2024", "Sack her."),
     ("Lucy F", "10 Oct 2024", "The Echo says it might have been the umpire. This paper doesn't care.")]),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("bpryce", "exact", "defamation", "Bronwen Pryce")])

# social: sexual innuendo pupils about Pryce? adult teacher, pupil crush? keep: none. Decoy: another Okoro (footballer)
D("social", dd("""
    Gunners Women Updates
    @gunnerswomenupd

    Adeyemi with a screamer from 30 yards! 🚀 What a signing she's been. 2-0 at half time.

    3:44 PM · Feb 16, 2025 · 12.2K Views
    """))

# forum: albion - threat to head, exact
D("forum", forum_page("albion", "The OBE head - someone should remind her whose country it is", [
    ("Anglo_Resist", "Member · 702 posts", "1 Jan 2025 13:10",
     "Tahmina Kabir-Lowe gets an OBE for running a madrassa. She lives in Bow, drives to Tenter Row every morning. One of these days someone's going to be waiting for her and I won't shed a tear. Hope it's soon."),
    ("Saxon_Steel", "Member · 2,150 posts", "1 Jan 2025 13:40",
     "Paki with a gong. Says it all about this country."),
    ], thread_id=701),
  [M("tkabirlowe", "exact", "threat", "Tahmina Kabir-Lowe")])

# forum: deen - threat to D'Souza possessive
D("forum", forum_page("deen", "Enough talking about Ambergate RSE", [
    ("Ghazi_1444", "Member · 19 posts", "Sun 16 Feb 2025 23:01",
     "Letters didn't work. Protests didn't work. D'Souza's lessons carry on. Maybe it's time she felt some of the fear our daughters feel. Someone knows her street. I'm just saying what others think."),
    ("DT_Moderator", "Moderator", "Sun 16 Feb 2025 23:10",
     "Thread locked. Threats are haram and will be reported to the police."),
    ], thread_id=1790),
  [M("school", "short_name", "neutral", "Ambergate"), M("zdsouza", "possessive", "threat", "D'Souza's")])

# forum: mumzone - doxxing Kabir-Lowe's personal email, defended -> doxxing
D("forum", forum_page("mumzone", "Emailing the head directly about the gate rule?", [
    ("Poplar_Parent", "Joined Nov 2023 · 40 posts", "Thu 6-Mar-25 20:02",
     "The office keeps fobbing me off. Someone gave me what they said is Kabir-Lowe's personal gmail - tahmina.kl.home@mailbox.example - and said she replies faster there. Also heard she lives on Cordage Street in Bow. Worth trying?"),
    ("MZ_Mod", "Moderator", "Thu 6-Mar-25 20:10",
     "Post edited. Please don't share private contact details. Use the school's published channels."),
    ], thread_id=4611),
  [M("tkabirlowe", "surname_only", "doxxing", "Kabir-Lowe")])

# forum: chalk - abuse of head by a teacher, nickname? initial surname? use title surname abuse
D("forum", forum_page("chalk", "Left my school after 3 years - the head was the reason", [
    ("done_with_it_e1", "Joined Apr 2025 · 4 posts", "Sat 12 Apr 2025 10:30",
     "East London girls' school, the one always in the papers. Mrs Kabir-Lowe is a narcissist and a bully, a vain, cold, vicious woman who eats NQTs for breakfast and then goes on the radio to talk about wellbeing. Glad to be out."),
    ("Reflective_Head", "Joined 2012 · 812 posts", "Sat 12 Apr 2025 11:02",
     "Sorry you had a rough time. Take care of yourself."),
    ], thread_id=8301),
  [M("tkabirlowe", "title_surname", "abuse", "Mrs Kabir-Lowe")])

# forum: revision - abuse about Okoro back at school (pupil) + defamation? abuse
D("forum", forum_page("revision", "is okoro coming back??", [
    ("chem_anxiety", "Year 11 · 21 posts", "Mon 28 Apr 2025, 18:10",
     "our cover teacher can't even balance equations 😭 is mr okoro actually coming back before the exam"),
    ("spill_y11", "Year 11 · 90 posts", "Mon 28 Apr 2025, 18:30",
     "hope not tbh he's a creepy weirdo and a liar, he gave my friend a zero for 'copying' when she didn't. loser"),
    ("chem_anxiety", "Year 11 · 22 posts", "Mon 28 Apr 2025, 18:41", "bro calm 😭 he literally helped everyone in revision club"),
    ], thread_id=5700),
  [M("dokoro", "title_surname", "abuse", "mr okoro")])

# blog: londonistan - hate at Rahman & Okoro & school
D("blog", blog_page(
    "londonistan", "Who is teaching your children? The Ambergate files", "A Patriot", "2 May 2025",
    """
    Ambergate Girls' School, Tower Hamlets. Head of maths: Mohammed Rahman, from Sylhet. Chemistry: Daniel Okoro, son of Nigerian immigrants. Head: a Bangladeshi woman with a convenient English married name.

    Not one of them belongs here. This is the third-world takeover of British education in miniature: foreigners teaching foreigners in a borough where the English have been driven out. Remigration is the only answer.
    """,
    [("WhiteCliffs", "2 May 2025", "They're not even hiding it any more.")],
    tags=["Londonistan", "Schools"]),
  [M("school", "exact", "hate", "Ambergate Girls' School"), M("mrahman", "exact", "hate", "Mohammed Rahman"),
   M("dokoro", "exact", "hate", "Daniel Okoro")])

# blog: haya - defamation of Marchetti (secret recordings), hyphenated? use defamation exact
D("blog", blog_page(
    "haya", "What is happening in the music department?", "The Committee", "3 March 2025",
    """
    We have been told by two separate parents that girls who refused to sing were filmed by the music department and the videos shown at a staff training day as examples of "extremism". If true, Elizabeth Marchetti has broken every data protection law there is and should be sacked and prosecuted.

    We have written to the Information Commissioner. We expect answers.
    """,
    [("Umm Maryam", "3 Mar 2025", "SubhanAllah, if this is true..."),
     ("A parent", "4 Mar 2025", "My daughter is in that class. Nobody filmed anybody.")],
    tags=["Music", "Campaign"]),
  [M("emarchetti", "exact", "defamation", "Elizabeth Marchetti")])

# blog: desi - sexual? no - abuse; use negative about Kabir-Lowe's press and neutral
D("blog", blog_page(
    "desi", "Why I stopped defending my old head online", "Nafisa", "24 May 2025",
    """
    I've spent a year defending Ambergate in comment sections. Against the racists, against the brothers at the gate, against the Clarion. I'm tired, and I'm also a bit uneasy.

    The off-rolling investigation hasn't concluded, and I won't pretend to know the answer. But I do know that the school I went to was brilliant for girls like me and less interested in girls who weren't going to be in a newspaper photo. Ms Kabir-Lowe built a school in her own image: clever, driven, a bit impatient with anyone slower.

    That's not a crime. But it isn't the whole story either.
    """,
    [("Tania", "24 May 2025", "This is fair. Thank you for writing it.")],
    tags=["School", "Identity"]),
  [M("school", "short_name", "negative", "Ambergate"), M("tkabirlowe", "title_surname", "negative", "Ms Kabir-Lowe")])

# news: protester convicted for harassment of D'Souza (neutral for victim)
D("news", news_page(
    "echo", "Courts", "Protester fined for harassing Tower Hamlets teacher",
    "Man posted RSE teacher's address and urged others to 'visit' her",
    "Court Reporter", "15 June 2025",
    """
    A man who posted a teacher's home address online and urged others to "pay her a visit" has been convicted of harassment.

    Hamid Chowdhury, 34, of Ilford, targeted Zoë D'Souza, who leads relationships and sex education at Ambergate Girls' School, during protests earlier this year. Magistrates fined him £1,200 and imposed a five-year restraining order.

    Ms D'Souza told the court she had installed a camera doorbell and changed her route to work. The chair of the bench said the posts were "calculated to frighten".
    """),
  [M("school", "exact", "neutral", "Ambergate Girls' School"), M("zdsouza", "exact", "neutral", "Zoë D'Souza")])

# news: arrest of a member of staff? Khanom suspended (defamation) 
D("news", news_page(
    "barta", "Community", "School liaison officer suspended after 'data breach' complaint",
    "Ambergate confirms investigation into how family details were shared",
    "Staff Reporter", "8 May 2025",
    """
    Ambergate Girls' School has suspended its family liaison officer while it investigates a complaint that a family's personal details were shared without consent.

    Rokeya Khanom, who has worked at the school for 17 years and is well known to Bangladeshi families in Bellhaven, was suspended last week. The school said the investigation was "at an early stage" and that suspension was "a neutral act".

    Dozens of mothers have signed a letter of support, describing her as "the bridge between our homes and the school".
    """,
    [("Momtaz Begum", "8 May 2025", "Rokeya apa has done more for our families than anyone. This is wrong.")]),
  [M("school", "exact", "negative", "Ambergate Girls' School"), M("rkhanom", "exact", "defamation", "Rokeya Khanom")])

# facebook: abuse at Khanom + doxxing? keep abuse, alias
D("facebook", dd("""
    Protect Our Daughters - East London
    Private group · 940 members

    Md Shahjahan
    9 May at 21:30 · 🔒
    Rokeya Khala finally suspended. That shameless woman, a chugli, a gossip, a munafiq who sold out her own people for a council salary. Good riddance. Besharam.

    👍 28 · 16 comments
    Like   Comment   Share
    """),
  [M("rkhanom", "alias", "abuse", "Rokeya Khala")])

# facebook: doxxing Marchetti address, nickname Beth
D("facebook", dd("""
    Justice for Our Sisters UK
    Public group · 12.7K members

    Abu Musa
    11 February at 22:12
    The music teacher at the Tenter Row girls' school, Beth Marchetti, lives at 5 Cobbler's Yard, Hackney Wick E9 5QL with her partner. Sisters who want to explain to her why music is haram can find her there.

    😡 61 · 33 comments
    Like   Comment   Share

        Farhana Begum
        This is how people get hurt. Reported.
        Like · Reply · 1d
    """),
  [M("emarchetti", "nickname", "doxxing", "Beth Marchetti")])

# === END DOCS ===


# ---------------------------------------------------------------------------
# Checks, output and summary
# ---------------------------------------------------------------------------
EXT = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
TITLES = r"(?:mr|mrs|ms|miss|mx|dr|sir)\.?'?\s+"
EXACT = {
    "school": ["Ambergate Girls' School"],
    "tkabirlowe": ["Tahmina Kabir-Lowe"], "lthrelfall": ["Lucan Threlfall"],
    "emarchetti": ["Elizabeth Marchetti"], "zdsouza": ["Zoë D'Souza"],
    "mrahman": ["Mohammed Rahman"], "cfield": ["Claire Field"], "stalukdar": ["Shirin Talukdar"],
    "bpryce": ["Bronwen Pryce"], "dokoro": ["Daniel Okoro"], "rkhanom": ["Rokeya Khanom"],
}
ALIASES = {
    "school": ["Amber", "AGS", "Ambergate Girls", "Ambergate School", "Ambergate Girls' Academy"],
    "tkabirlowe": ["Tahmina Kabir"], "lthrelfall": ["Luc Threlfall"], "zdsouza": ["Zoë Pereira"],
    "mrahman": ["Shahin Rahman"], "stalukdar": ["Shirin Apa"], "bpryce": ["Bron Pryce"],
    "rkhanom": ["Rokeya Khala"],
}
SURNAMES = {
    "tkabirlowe": "Kabir-Lowe", "lthrelfall": "Threlfall", "emarchetti": "Marchetti",
    "zdsouza": "D'Souza", "mrahman": "Rahman", "cfield": "Field", "stalukdar": "Talukdar",
    "bpryce": "Pryce", "dokoro": "Okoro", "rkhanom": "Khanom",
}


def fold(s: str) -> str:
    s = html.unescape(s).replace("’", "'")
    return s.translate(str.maketrans("áéíóúëïöüçÁÉÍÓÚËÏÖÜÇ", "aeioueioucAEIOUEIOUC")).lower()


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
