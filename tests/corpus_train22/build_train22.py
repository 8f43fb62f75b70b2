#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build corpus_train22: a labelled evaluation corpus for repwatch's matcher.

Setting
-------
Kestrel Sixth Form College ("Kestrel", "Kestrel College", "Kestrel Sixth Form", acronym
"KSFC", former name "Manningham Sixth Form Centre") is an invented sixth-form college on
an invented Lingard Road in Heaton, Bradford, West Yorkshire. Its students and many of its
staff are of Pakistani, Kashmiri, Bangladeshi and Punjabi Sikh heritage, alongside white
Yorkshire staff. Voices are Bradford and Yorkshire: dialect ("nowt", "owt", "our lass",
"reyt"), Urdu/Punjabi mixed into English ("bhai", "yaar", "wallahi", "shukriya"),
WhatsApp forwards, TikTok/X/Instagram comments, Mumsnet-style forums, a phpBB local board,
a teachers' forum, a student forum, newspaper pages in the style of a local evening paper,
council minutes, an inspection summary, job adverts, obituaries, cricket match reports, a
mosque newsletter and a gurdwara newsletter, community-politics blogs and Facebook groups.

Staff (watchlist.toml): Janet Whiteley (Principal, maiden name Janet Crossley), Rebecca
Holroyd-Shah (Vice Principal / DSL), Mohammed Hussain (Head of Maths), Jaspreet Sandhu
(Head of Social Sciences, "Jas"), Declan O'Hara (PE, cricket coach), Sholto Pennyfeather
(Head of English, unique = true), Nasreen Begum (Biology, Y12 tutor), Imran Raja
(Computing, Exams Officer), Ed Firth (Site Manager, "Edward Firth"), Zoë Kowalska (Head of
Science, maiden name Zoë Brennan). Office numbers 0113 496 0580/0581 (drama range).

Decoys (documents with no expected mention, or names that must not be matched)
------------------------------------------------------------------------------
* "kestrel" the bird (birders, a council clock-tower nest), Kes the film, Kestrel lager,
  Kestrel Way / Kestrel Rise roads, the Hawker jet, a Kestrel Park Primary in Northampton,
  a Kestrel Driving School and a Kestrel Hotel elsewhere.
* The excluded businesses: Kestrel Private Hire, Kestrel Scaffolding, The Kestrel Inn.
* KSFC meaning the Kirklees Sunday Football Combination.
* Namesakes: Mohammed Hussain the BRI nurse, Br. Mohammed Hussain the mosque treasurer,
  Mohsin/M Hussain the Heaton Park cricketer; Imran Raja the struck-off solicitor (Raja &
  Co, Leeds Road); Ed Firth the Bradford Bulls prop; Janet Whiteley (nee Sugden) the
  Queensbury obituary and Janet Whiteley's Cakes; Nasreen Begum the Keighley pharmacist;
  Bibi Jaspreet Kaur Sandhu of the gurdwara; Declan O'Hara the Liverpool plumber and the
  Irish footballer; councillors who share staff surnames (Cllr Derek Whiteley, Cllr Tariq
  Hussain, Cllr Kuldip Sandhu, Cllr Shabnam Raja, Cllr Pat O'Hara, Cllr Rukhsana Begum);
  Musa Hussain the student cricketer.

Labelling conventions
---------------------
One expected entry per subject per document, category = the worst the document gives that
subject (threat > hate > sexual > doxxing > defamation > abuse > negative > neutral).
Variant = the easiest form of the subject's name in the document (exact > alias >
title_surname > the rest, the rest in the order initial_surname, first_initial, nickname,
possessive, hyphenated, typo, leetspeak, homoglyph, spacing, obfuscated, hashtag, handle,
camelcase, short_name, surname_only). School: full name = exact, "Kestrel" alone =
short_name, other aliases (Kestrel College, Kestrel Sixth Form, KSFC, Manningham Sixth Form
Centre) = alias. An accent-stripped spelling of a full name ("Zoe Kowalska") counts as exact.
"Mrs W"/"Mr H"/"Mr O"/"Decs"/"Penny" are nicknames; "Janet W." / "Sholto P" are
first_initial; "J. Whiteley" initial_surname; "Whiteley's" (no title) possessive;
slugs such as "imran-raja" hyphenated.
A staff member counts only when the page ties them to the college (its name, an alias, a
locality word, its domain, or their job there); Sholto Pennyfeather (unique) counts
anywhere. A namesake who is clearly someone else is not a mention. The school is a subject
only when the document names it (name, alias or short name in the school sense).
School category: negative if the page criticises it; neutral if it is merely the workplace
of a staff member talked about; defamation if accused of a crime/cover-up; hate if attacked
for its pupils' or staff's race/religion; threat if threatened. Threat > hate > sexual >
doxxing (personal mobile, home address/postcode, personal e-mail - never the office
number) > defamation (allegations of crime/misconduct; news that someone is
arrested/charged/suspended/investigated) > abuse (insults, pile-ons; opinion columns that
insult) > negative (complaints) > neutral (everything else, praise, condemnation, news of a
conviction of someone who harassed staff, quoting abuse to condemn it). When a child may be
involved in sexual content, the staff member AND the school (if named) are labelled sexual
with url_only = true.

Run: python3 build_train22.py (from any directory). Deterministic, stdlib only.
"""

from __future__ import annotations

import html
import json
import random
import re
import sys
import tomllib
import unicodedata
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent
DOCS: list[dict] = []
ORDER = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]


def doc(kind: str, site: str, title: str, body: str, exp: str = "", **meta) -> None:
    """Register one document. exp: 'subject variant category [u]; ...'."""
    expected = []
    for part in [p.strip() for p in exp.split(";") if p.strip()]:
        bits = part.split()
        subject, variant, category = bits[0], bits[1], bits[2]
        url_only = len(bits) > 3 and bits[3] == "u"
        expected.append(
            {"subject": subject, "variant": variant, "category": category, "url_only": url_only}
        )
    DOCS.append(
        {
            "kind": kind,
            "site": site,
            "title": title,
            "body": body,
            "expected": expected,
            "meta": meta,
        }
    )


# --------------------------------------------------------------------------- site chrome
SITES = {
    # news
    "courier": dict(
        name="Bradford Courier &amp; Argus",
        domain="courierargus.example",
        tag="Bradford's paper since 1868",
        nav=[
            "Home",
            "News",
            "Bradford City",
            "Bulls",
            "Cricket",
            "Letters",
            "Announcements",
            "Jobs",
            "Subscribe",
        ],
        cookie="We and our 212 partners store and/or access information on a device, such as cookies, and process personal data such as unique identifiers. <button>Accept all</button> <button>Manage preferences</button>",
        footer="&copy; 2024 Aire Valley Media Ltd, Hall Ings, Bradford BD1 9ZX. Registered in England and Wales no. 09990011. Independent Press Standards Organisation regulated. <a href='/terms'>Terms</a> | <a href='/privacy'>Privacy</a> | <a href='/complaints'>Complaints</a>",
        comments="Have your say",
        style="courier",
    ),
    "chronicle": dict(
        name="Yorkshire Evening Chronicle",
        domain="yechronicle.example",
        tag="News for the Broad Acres",
        nav=["News", "Sport", "What's On", "Property", "Opinion", "Puzzles", "Motors"],
        cookie="This website uses cookies to improve your experience. By continuing to browse you agree to our use of cookies. <a href='/cookies'>Find out more</a> <button>OK</button>",
        footer="Yorkshire Evening Chronicle is part of Broad Acres Media. &copy; 2024. All rights reserved. Contact the newsdesk: newsdesk@yechronicle.example",
        comments="Comments",
        style="chronicle",
    ),
    "pennine": dict(
        name="Pennine Live",
        domain="penninelive.example",
        tag="",
        nav=[
            "Latest",
            "Bradford",
            "Leeds",
            "Calderdale",
            "Kirklees",
            "Crime",
            "Schools",
            "Weather",
        ],
        cookie="<strong>Your privacy</strong> We use cookies and similar technologies to personalise ads and content. <button>I agree</button> <button>Options</button>",
        footer="Pennine Live &middot; A Moorside Digital site &middot; <a href='/corrections'>Corrections</a> &middot; <a href='/contact'>Contact us</a>",
        comments="Join the conversation",
        style="pennine",
    ),
    "febulletin": dict(
        name="FE Bulletin",
        domain="febulletin.example",
        tag="News and jobs for further education and sixth-form colleges",
        nav=["News", "Funding", "Inspection", "Leadership", "Opinion", "Jobs"],
        cookie="We use necessary cookies to make our site work and optional analytics cookies. <button>Accept</button> <button>Reject optional</button>",
        footer="FE Bulletin is published by Lectern Media Ltd. &copy; 2024. <a href='/newsletter'>Sign up to the daily briefing</a>",
        comments="Reader comments",
        style="trade",
    ),
    "herald": dict(
        name="Keighley &amp; Shipley Herald",
        domain="ksherald.example",
        tag="",
        nav=["News", "Sport", "Family Notices", "Community", "Contact"],
        cookie="Cookies help us deliver our services. <button>Got it</button>",
        footer="&copy; Herald Newspapers (Airedale) Ltd. North Street, Keighley BD21 9ZQ",
        comments="Comments",
        style="chronicle",
    ),
    "council": dict(
        name="City of Bradford Metropolitan District Council &ndash; Democracy",
        domain="democracy.bradfordmdc.example",
        tag="Committee meetings, agendas and minutes",
        nav=["Councillors", "Committees", "Calendar", "Decisions", "Petitions", "Search documents"],
        cookie="We use essential cookies to make this site work. <a href='/cookies'>Cookie settings</a>",
        footer="City Hall, Centenary Square, Bradford BD1 9ZY &middot; <a href='/accessibility'>Accessibility statement</a>",
        comments="",
        style="council",
    ),
    "inspect": dict(
        name="Education Inspection Reports",
        domain="reports.edinspect.example",
        tag="Find an inspection report",
        nav=["Find a report", "About inspection", "Parent View", "Contact"],
        cookie="Tell us whether you accept cookies. <button>Accept all cookies</button> <button>Set cookie preferences</button>",
        footer="All content is available under an open licence, except where otherwise stated.",
        comments="",
        style="gov",
    ),
    "jobs": dict(
        name="EduVacancies",
        domain="eduvacancies.example",
        tag="Teaching and support jobs",
        nav=["Search jobs", "Schools", "Career advice", "Post a job", "Sign in"],
        cookie="We use cookies to give you the best experience. <button>Accept</button>",
        footer="&copy; EduVacancies 2024. Jobs shown are advertised by the employer named.",
        comments="",
        style="jobs",
    ),
    "notices": dict(
        name="Family Notices Yorkshire",
        domain="familynotices-yorks.example",
        tag="Deaths, funerals and in memoriam",
        nav=["Search notices", "Place a notice", "Funeral directors", "Leave a tribute"],
        cookie="This site uses cookies. <button>Accept</button>",
        footer="Notices are placed by families and funeral directors. &copy; 2024",
        comments="Tributes",
        style="notices",
    ),
    "cricketweekly": dict(
        name="White Rose Cricket Weekly",
        domain="whiterosecricket.example",
        tag="League, schools and junior cricket across Yorkshire",
        nav=["Bradford League", "Airedale &amp; Wharfedale", "Schools", "Juniors", "Scorecards"],
        cookie="We use cookies for stats. <button>Fine</button>",
        footer="White Rose Cricket Weekly &middot; volunteers since 1987 &middot; results@whiterosecricket.example",
        comments="Comments",
        style="chronicle",
    ),
    # forums
    "mumzone": dict(
        name="Mumzone",
        domain="mumzone.example",
        tag="",
        nav=["Talk", "Active", "Parenting", "Education", "Chat", "Relationships", "AIBU"],
        cookie="We use cookies and similar technologies. <button>Accept cookies</button> <button>Manage</button>",
        footer="Mumzone Ltd &middot; <a href='/talk/guidelines'>Talk guidelines</a> &middot; <a href='/report'>Report a post</a>",
        comments="",
        style="mumzone",
        crumb="Talk &rsaquo; Education &rsaquo; Secondary and sixth form",
    ),
    "mumzone_aibu": dict(
        name="Mumzone",
        domain="mumzone.example",
        tag="",
        nav=["Talk", "Active", "Parenting", "Education", "Chat", "Relationships", "AIBU"],
        cookie="We use cookies and similar technologies. <button>Accept cookies</button> <button>Manage</button>",
        footer="Mumzone Ltd &middot; <a href='/talk/guidelines'>Talk guidelines</a> &middot; <a href='/report'>Report a post</a>",
        comments="",
        style="mumzone",
        crumb="Talk &rsaquo; Am I being unreasonable?",
    ),
    "sixthchat": dict(
        name="SixthFormChat",
        domain="sixthformchat.example",
        tag="The home of UK students",
        nav=["Forums", "A-levels", "Uni applications", "Colleges", "Life", "Search"],
        cookie="SixthFormChat uses cookies. <button>Accept all</button>",
        footer="&copy; SixthFormChat Community Ltd. Posts are the views of their authors.",
        comments="",
        style="tsr",
        crumb="Forums &rsaquo; Colleges &amp; sixth forms &rsaquo; Yorkshire and the Humber",
    ),
    "bradtalk": dict(
        name="BradfordTalk",
        domain="bradfordtalk.example",
        tag="Bradford's friendliest forum (since 2004)",
        nav=["Board index", "FAQ", "Members", "Search", "Login", "Register"],
        cookie="This board uses cookies. <a href='/ucp.php?mode=privacy'>Privacy</a>",
        footer="Powered by phpBB-style software &middot; Time zone UTC+1 &middot; <a href='/ucp.php?mode=delete_cookies'>Delete cookies</a>",
        comments="",
        style="phpbb",
        crumb="Board index &lsaquo; Local chat &lsaquo; Bradford news and gossip",
    ),
    "staffroom": dict(
        name="The Staffroom",
        domain="thestaffroom.example",
        tag="The forum for people who work in schools",
        nav=[
            "Workplace dilemmas",
            "Pay &amp; conditions",
            "Behaviour",
            "Jobseekers",
            "Leadership",
            "Chat",
        ],
        cookie="We use cookies. <button>Accept</button> <button>Reject</button>",
        footer="The Staffroom &middot; <a href='/rules'>Community rules</a>",
        comments="",
        style="mumzone",
        crumb="Workplace dilemmas",
    ),
    "threadit": dict(
        name="threadit",
        domain="threadit.example",
        tag="r/bradford",
        nav=["Home", "Popular", "r/bradford", "r/yorkshire", "Log in"],
        cookie="threadit uses cookies to improve your experience. <button>Accept all</button> <button>Reject optional cookies</button>",
        footer="threadit &copy; 2024. User Agreement. Content policy.",
        comments="",
        style="reddit",
        crumb="r/bradford",
    ),
    "whiterose": dict(
        name="White Rose Cricket Forum",
        domain="whiteroseforum.example",
        tag="",
        nav=["Forums", "Bradford League", "County", "Clubs", "Kit swap"],
        cookie="Cookies keep you logged in. <button>OK</button>",
        footer="White Rose Cricket Forum &middot; est. 2006",
        comments="",
        style="phpbb",
        crumb="Forums &lsaquo; Bradford League chat",
    ),
    "filmforum": dict(
        name="Reel North",
        domain="reelnorth.example",
        tag="Films, telly and the North",
        nav=["Forums", "Reviews", "Lists", "Members"],
        cookie="We use cookies. <button>OK</button>",
        footer="Reel North forums",
        comments="",
        style="tsr",
        crumb="Forums &rsaquo; British classics",
    ),
    # blogs
    "bwm": dict(
        name="Bradford West Matters",
        domain="bradfordwestmatters.example",
        tag="Independent community politics for Manningham, Girlington and Toller",
        nav=["Home", "Council watch", "Schools", "Planning", "About", "Donate"],
        cookie="This site uses cookies from WordPress.com. <button>Close and accept</button>",
        footer="Bradford West Matters &middot; Powered by WordPress &middot; Views are the author's own.",
        comments="Leave a reply",
        style="wp",
    ),
    "masjid": dict(
        name="Jamia Masjid Noor-ul-Huda &ndash; Community Newsletter",
        domain="noorulhuda-bradford.example",
        tag="Serving the community of Manningham since 1974",
        nav=["Home", "Prayer times", "Madrassah", "Funeral service", "Donate", "Newsletter"],
        cookie="",
        footer="Jamia Masjid Noor-ul-Huda (registered charity, invented no. 1999999) &middot; 0113 496 0902",
        comments="",
        style="plain",
    ),
    "gurdwara": dict(
        name="Gurdwara Singh Sabha (Frizinghall) &ndash; Sangat Samachar",
        domain="gurdwara-frizinghall.example",
        tag="Monthly newsletter",
        nav=["Home", "Hukamnama", "Langar rota", "Punjabi school", "Events"],
        cookie="",
        footer="Gurdwara Singh Sabha Frizinghall &middot; Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh",
        comments="",
        style="plain",
    ),
    "pennyblog": dict(
        name="Chalk Dust &amp; Chai",
        domain="chalkdustandchai.example",
        tag="notes from an English department in the North",
        nav=["Home", "Poems", "Teaching", "About"],
        cookie="",
        footer="Views my own. &copy; the author.",
        comments="Responses",
        style="wp",
    ),
    "patriot": dict(
        name="Northern Truth",
        domain="northerntruth.example",
        tag="Saying what the media won't",
        nav=["Home", "Bradford", "Immigration", "Schools", "Donate", "Telegram"],
        cookie="",
        footer="Northern Truth. We are not afraid.",
        comments="Comments",
        style="wp",
    ),
    "kpv": dict(
        name="Kestrel Parents' Voice",
        domain="parentsvoice-bd9.example",
        tag="An independent group of parents and carers",
        nav=["Home", "Our concerns", "Petition", "Contact"],
        cookie="This site uses cookies. <button>OK</button>",
        footer="Not affiliated with the college. Contact: parentsvoice@mailbox.example",
        comments="Comments",
        style="wp",
    ),
    "history": dict(
        name="Manningham Heritage Notes",
        domain="manninghamheritage.example",
        tag="Mills, chapels, shops and schools",
        nav=["Home", "Mills", "Streets", "Schools", "People", "Photos"],
        cookie="",
        footer="Manningham Heritage Notes &middot; photos used with permission",
        comments="Comments",
        style="wp",
    ),
    "birds": dict(
        name="Aire Valley Birding",
        domain="airevalleybirding.example",
        tag="Sightings, walks and ringing news",
        nav=["Sightings", "Walks", "Ringing", "Gallery"],
        cookie="",
        footer="Aire Valley Birding Group",
        comments="Comments",
        style="plain",
    ),
    "substack": dict(
        name="The Manningham Letter",
        domain="manninghamletter.example",
        tag="Local politics, without the spin",
        nav=["Home", "Archive", "About"],
        cookie="",
        footer="The Manningham Letter &middot; Unsubscribe",
        comments="Discussion",
        style="substack",
    ),
    "food": dict(
        name="Bradford Curry Trail",
        domain="currytrail.example",
        tag="karahi, kebabs and chips with curry sauce",
        nav=["Reviews", "Map", "Top 10", "About"],
        cookie="Cookies? Only the edible kind. And analytics. <button>OK</button>",
        footer="Bradford Curry Trail &copy; 2024",
        comments="Comments",
        style="wp",
    ),
    "heatonind": dict(
        name="Heaton Independents",
        domain="heatonindependents.example",
        tag="Local people, not party politics",
        nav=["Home", "Your councillors", "Issues", "Get involved"],
        cookie="",
        footer="Promoted by Heaton Independents, c/o 1 Invented Row, Bradford BD9 9ZZ",
        comments="Comments",
        style="wp",
    ),
    "polonia": dict(
        name="Polonia Yorkshire",
        domain="poloniayorkshire.example",
        tag="Polish community news from Leeds, Bradford and around",
        nav=["Home", "News", "Events", "Work", "Kontakt"],
        cookie="Strona używa plików cookies. <button>OK</button>",
        footer="Polonia Yorkshire &copy; 2024",
        comments="Komentarze",
        style="wp",
    ),
    "edwatch": dict(
        name="Common Sense Education Watch",
        domain="csedwatch.example",
        tag="Holding schools to account",
        nav=["Home", "Cases", "Report a school", "Donate"],
        cookie="",
        footer="Common Sense Education Watch",
        comments="Comments",
        style="substack",
    ),
    "mumblog": dict(
        name="Tea, Toast &amp; Teenagers",
        domain="teatoastteens.example",
        tag="a Yorkshire mum's blog",
        nav=["Home", "Family", "Recipes", "Days out", "About me"],
        cookie="",
        footer="&copy; Tea, Toast &amp; Teenagers",
        comments="Comments",
        style="wp",
    ),
    "litfest": dict(
        name="Aire Words Festival",
        domain="airewords.example",
        tag="Books, poetry and talk",
        nav=["Programme", "Tickets", "Schools", "Volunteer", "Venues"],
        cookie="We use cookies. <button>Accept</button>",
        footer="Aire Words Festival CIC",
        comments="",
        style="plain",
    ),
    "frizcc": dict(
        name="Frizinghall Cricket Club",
        domain="frizinghallcc.example",
        tag="Est. 1891",
        nav=["Home", "Fixtures", "Juniors", "Bar &amp; hire", "News"],
        cookie="",
        footer="Frizinghall CC &middot; Club house, Invented Lane, Bradford BD9 9ZW",
        comments="Comments",
        style="plain",
    ),
    "truthblog": dict(
        name="The Truth About Kestrel",
        domain="truthaboutk.example",
        tag="what they don't tell parents",
        nav=["Home", "Posts", "Contact"],
        cookie="",
        footer="Powered by Blogspot-style hosting",
        comments="Post a comment",
        style="plain",
    ),
    "plumber": dict(
        name="Dec's Plumbing Diary",
        domain="decsplumbing.example",
        tag="Liverpool's chattiest plumber",
        nav=["Home", "Jobs", "Prices"],
        cookie="",
        footer="Dec's Plumbing, Anfield, Liverpool",
        comments="Comments",
        style="plain",
    ),
}


def _esc_inline(s: str) -> str:
    # text is authored as plain text; escape it, keep simple *emphasis*
    s = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)


def _blocks(text: str) -> str:
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.strip().split("\n")
        if lines[0].startswith("## "):
            out.append(f"<h2>{_esc_inline(lines[0][3:])}</h2>")
            lines = lines[1:]
            if not lines:
                continue
        if all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join(f"<li>{_esc_inline(l[2:])}</li>" for l in lines) + "</ul>")
        elif all(l.startswith("> ") for l in lines):
            out.append(
                "<blockquote><p>"
                + "<br>".join(_esc_inline(l[2:]) for l in lines)
                + "</p></blockquote>"
            )
        elif all("|" in l and l.startswith("|") for l in lines):
            rows = []
            for l in lines:
                cells = [c.strip() for c in l.strip("|").split("|")]
                rows.append("<tr>" + "".join(f"<td>{_esc_inline(c)}</td>" for c in cells) + "</tr>")
            out.append("<table class='data'>" + "".join(rows) + "</table>")
        else:
            out.append("<p>" + "<br>\n".join(_esc_inline(l) for l in lines) + "</p>")
    return "\n".join(out)


def _posts(text: str) -> list[tuple[str, str, str]]:
    """Split '@@ author | date' blocks."""
    posts = []
    for chunk in re.split(r"^@@ ", text, flags=re.M):
        if not chunk.strip():
            continue
        head, _, rest = chunk.partition("\n")
        author, _, date = head.partition("|")
        posts.append((author.strip(), date.strip(), rest.strip()))
    return posts


SIDEBARS = {
    "courier": (
        "Most read",
        [
            "Ring road roadworks to last until spring",
            "Yellow weather warning for rain across the Pennines",
            "Bin collection changes explained",
            "City's new food hall opening date confirmed",
        ],
    ),
    "chronicle": (
        "Trending",
        [
            "Property: five-bed for under 300k in Queensbury",
            "Puzzles: today's crossword",
            "Bulls boss on Odsal future",
        ],
    ),
    "pennine": (
        "More from Pennine Live",
        ["Traffic updates", "What's on this weekend", "Court round-up"],
    ),
    "trade": (
        "Most read this week",
        [
            "Funding rates for 16-19 confirmed",
            "Inspection changes: what colleges need to know",
            "Jobs: principals and deputies",
        ],
    ),
    "council": (
        "Related documents",
        ["Agenda (PDF)", "Public reports pack", "Printed minutes", "Attendance details"],
    ),
    "gov": (
        "Related content",
        ["Previous reports", "Parent View results", "Complain about a provider"],
    ),
    "jobs": (
        "Similar jobs",
        ["Teacher of Biology - Leeds", "Exams Officer - Halifax", "Science Technician - Keighley"],
    ),
    "notices": ("Recent notices", ["THORNTON Harold", "AKHTAR Parveen", "WILKINSON Doreen"]),
    "mumzone": (
        "Active threads",
        [
            "What's for tea tonight?",
            "Teenagers and phones at bedtime",
            "Anyone else's boiler packed in?",
        ],
    ),
    "tsr": (
        "Hot topics",
        ["Results day meetup", "UCAS personal statement help", "Is further maths worth it?"],
    ),
    "phpbb": (
        "Who is online",
        ["In total there are 41 users online :: 6 registered, 0 hidden and 35 guests"],
    ),
    "reddit": (
        "About community",
        [
            "Everything Bradford: news, questions, photos.",
            "Be civil. No doxxing. No personal info.",
        ],
    ),
    "wp": ("Recent posts", ["Archive", "Categories", "Meta"]),
    "substack": ("Subscribe", ["Get new posts by email", "Free and paid options"]),
    "plain": ("Links", ["Home", "Contact"]),
}


def _sidebar(style: str) -> str:
    head, items = SIDEBARS.get(style, SIDEBARS["plain"])
    return (
        f"<h3>{head}</h3><ul>"
        + "".join(f"<li><a href='#'>{html.escape(i)}</a></li>" for i in items)
        + "</ul>"
    )


def _chrome(site: dict, title: str, inner: str) -> str:
    nav = "".join(
        f"<li><a href='/{re.sub(r'[^a-z0-9]+', '-', n.lower()).strip('-')}'>{n}</a></li>"
        for n in site["nav"]
    )
    cookie = (
        f"<div class='cookie-banner' role='dialog'>{site['cookie']}</div>" if site["cookie"] else ""
    )
    tag = f"<p class='strap'>{site['tag']}</p>" if site["tag"] else ""
    style = site["style"]
    if style in ("mumzone", "tsr", "phpbb", "reddit"):
        crumb = f"<nav class='breadcrumb'>{site.get('crumb', '')}</nav>"
    else:
        crumb = ""
    return (
        "<!DOCTYPE html>\n<html lang='en-GB'>\n<head>\n<meta charset='utf-8'>\n"
        f"<title>{html.escape(title)} | {site['name']}</title>\n"
        f"<link rel='canonical' href='https://{site['domain']}/{style}/{zlib.crc32(title.encode('utf-8')) % 900000 + 100000}'>\n"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'>\n</head>\n"
        f"<body class='site-{style}'>\n{cookie}\n"
        f"<header class='masthead'><a class='logo' href='https://{site['domain']}/'>{site['name']}</a>{tag}"
        f"<nav class='primary'><ul>{nav}</ul></nav></header>\n{crumb}\n"
        f"<main id='content'>\n{inner}\n</main>\n"
        f"<aside class='sidebar'>{_sidebar(style)}</aside>\n"
        f"<footer class='site-footer'>{site['footer']}</footer>\n</body>\n</html>\n"
    )


def render_html(d: dict) -> str:
    site = SITES[d["site"]]
    meta = d["meta"]
    kind = d["kind"]
    title = d["title"]
    body = d["body"]
    if kind == "forum":
        posts = _posts(body)
        parts = [f"<h1 class='thread-title'>{_esc_inline(title)}</h1>"]
        if site["style"] == "phpbb":
            parts.append("<table class='topic'>")
            for i, (a, dt, t) in enumerate(posts):
                parts.append(
                    f"<tr class='post' id='p{1000 + i}'><td class='author'><b>{_esc_inline(a)}</b><br><span class='rank'>Member</span></td>"
                    f"<td class='postbody'><div class='postdate'>Posted: {_esc_inline(dt)}</div><div class='content'>{_blocks(t)}</div></td></tr>"
                )
            parts.append("</table><p class='pagination'>Page <b>1</b> of 1</p>")
        elif site["style"] == "reddit":
            for i, (a, dt, t) in enumerate(posts):
                cls = "op" if i == 0 else "comment"
                parts.append(
                    f"<div class='{cls}'><div class='meta'>u/{_esc_inline(a)} &middot; {_esc_inline(dt)}</div>{_blocks(t)}"
                    f"<div class='actions'>&#8679; Vote &#8681; &middot; Reply &middot; Share</div></div>"
                )
        else:
            for i, (a, dt, t) in enumerate(posts):
                parts.append(
                    f"<article class='post' data-post='{i + 1}'><header><span class='username'>{_esc_inline(a)}</span> "
                    f"<time>{_esc_inline(dt)}</time></header><div class='message'>{_blocks(t)}</div>"
                    f"<footer><a href='#'>Report</a> <a href='#'>Quote</a></footer></article>"
                )
        return _chrome(site, title, "\n".join(parts))
    # news / blog
    main, _, comments = body.partition("\n== comments\n")
    byline = meta.get("byline", "")
    date = meta.get("date", "")
    parts = [f"<article class='story'><h1>{_esc_inline(title)}</h1>"]
    if meta.get("standfirst"):
        parts.append(f"<p class='standfirst'>{_esc_inline(meta['standfirst'])}</p>")
    if byline or date:
        parts.append(
            f"<p class='byline'>{_esc_inline(byline)}{' &middot; ' if byline and date else ''}<time>{_esc_inline(date)}</time></p>"
        )
    parts.append(f"<div class='article-body'>{_blocks(main)}</div></article>")
    if site["comments"] or comments.strip():
        posts = _posts(comments) if comments.strip() else []
        heading = site["comments"] or "Comments"
        parts.append(f"<section class='comments'><h2>{heading} ({len(posts)})</h2>")
        for a, dt, t in posts:
            parts.append(
                f"<div class='comment'><p class='comment-meta'><b>{_esc_inline(a)}</b> {_esc_inline(dt)}</p>{_blocks(t)}</div>"
            )
        if not posts:
            parts.append("<p>No comments yet. Be the first to comment.</p>")
        parts.append("</section>")
    return _chrome(site, title, "\n".join(parts))


# =========================================================================== NEWS (part 1)
doc(
    "news",
    "courier",
    "'They've worked their socks off': Kestrel students celebrate record A-level results",
    """
Students at Kestrel Sixth Form College were hugging, crying and ringing their mums in the car park on Lingard Road yesterday morning as the college posted its best A-level results in a decade.

Almost 31 per cent of entries were graded A* or A, up from 24 per cent last year, and more than half of the college's 612 Year 13 students have secured a place at their first-choice university.

Principal Janet Whiteley said: "These young people started their courses with lockdown still fresh in the memory and a lot of them were working shifts at the weekend as well. They've worked their socks off. I'm so proud of every single one."

Among the stand-out performers was Amina Bibi, 18, from Girlington, who achieved three A*s and will study medicine at Leeds. "My dad cried, my nani cried, I cried. Basically everyone cried," she laughed.

Head of maths Mohammed Hussain said 41 students had taken further maths, "which five years ago would've been unthinkable here. The kids have proved everyone wrong."

The college, which serves Heaton, Manningham and Frizinghall, was rated good at its last inspection.

== comments
@@ BD9 Dave | 2 hours ago
Well done to the kids. Shame the college can't sort out the parking though, Lingard Road is a nightmare every morning and nobody from Kestrel ever answers the phone about it.

@@ Shazia_K | 1 hour ago
Mashallah well done Amina and all of them 👏 my niece got AAB, over the moon.

@@ grumpy_of_heaton | 58 minutes ago
Whiteley's on a six figure salary while the support staff got a 1% rise. Results are the kids' doing not hers.

@@ Shazia_K | 40 minutes ago
@grumpy_of_heaton not today mate
""",
    "school exact negative; jwhiteley exact negative; mhussain exact neutral",
    byline="By Rachel Oates, Education Reporter",
    date="Thursday 15 August 2024",
)

doc(
    "news",
    "courier",
    "Man jailed for campaign of menacing messages to Bradford teacher",
    """
A man who bombarded a sixth-form teacher with menacing messages after she reported concerns about his younger sister has been jailed.

Aamir Sharif, 34, of no fixed address but formerly of Girlington, sent more than 90 messages to Nasreen Begum, a biology teacher at Kestrel Sixth Form College, over six weeks last autumn, Bradford Crown Court heard.

Prosecutor Helen Mistry said the messages included the words "I'll be waiting for you when you least expect it" and "you don't know who you're messing with". Sharif also turned up outside the college on Lingard Road on three occasions.

Sharif pleaded guilty to stalking involving fear of violence. Recorder Andrew Pickles jailed him for 20 months and imposed a ten-year restraining order.

In a victim statement read to the court, Ms Begum said she had changed her route to work and had "not felt safe in my own home".

A spokesperson for the college said: "We are pleased that this matter has been concluded and will continue to support our colleague."
""",
    "nbegum exact neutral; school exact neutral",
    byline="By Court Reporter",
    date="Tuesday 4 June 2024",
)

doc(
    "news",
    "pennine",
    "Bradford college's exams officer suspended as exam board probes coursework marks",
    """
A sixth-form college in Bradford has suspended its exams officer while an exam board investigates the marking of computing coursework, Pennine Live can reveal.

Imran Raja, who also teaches computing at Kestrel College in Heaton, was suspended on full pay last month, according to a letter sent to parents and seen by this website.

The letter says the college "self-referred" to the awarding body after "irregularities were identified in a small number of non-exam assessment submissions". It stresses that "no student will be disadvantaged".

One parent, who asked not to be named, said: "My son's project was apparently flagged. Nobody has told us anything in plain English. We're left guessing."

The exam board said it did not comment on individual centres. Mr Raja could not be reached for comment.

== comments
@@ Rob Lumb | 3 days ago
Innocent until proven guilty. Suspension is a neutral act, that's what they always say anyway.

@@ Farzana_H | 3 days ago
Mr Raja literally stayed till 7pm doing my nephew's UCAS reference. Don't believe everything you read.
""",
    "iraja exact defamation; school alias negative",
    byline="Saima Akhtar",
    date="12 March 2024",
)

doc(
    "news",
    "courier",
    "Bradford Royal Infirmary nurse Mohammed Hussain scoops national award",
    """
A Bradford Royal Infirmary nurse who set up a night-time helpline for elderly patients' families has won a national nursing award.

Mohammed Hussain, 38, a charge nurse on the hospital's elderly care wards, was named Nurse of the Year for Patient Experience at a ceremony in London on Friday.

Mr Hussain, who grew up in Manningham and trained at the University of Bradford, said: "It's not about me. It's about the team on Ward 7, and the families who trusted us at the worst time of their lives."

His manager, ward sister Kath Duckworth, said he was "the sort of nurse you'd want looking after your own mother".

The helpline, now run by volunteers, has taken more than 4,000 calls since 2021.
""",
    "",
    byline="By Health Reporter",
    date="Monday 9 September 2024",
)

doc(
    "news",
    "chronicle",
    "Pair of kestrels set up home on City Hall clock tower",
    """
Bradford's most famous landmark has some new tenants – a pair of kestrels that have nested in a ledge below the clock face on City Hall.

Council staff first spotted the falcons hovering above Centenary Square in April and the nest is now being watched by a wildlife camera.

"Kestrels are in decline nationally so this is brilliant news," said Dr Fiona Haigh of the Aire Valley Birding Group. "They're a wonderful sight – you'll see them hanging in the air over the square before dropping on a mouse."

The birds are protected under the Wildlife and Countryside Act and scaffolding work on the tower has been paused until the chicks fledge.

A live stream of the nest will be shown on the big screen in the square during the summer.
""",
    "",
    byline="Chris Bentley",
    date="22 May 2024",
)

doc(
    "news",
    "inspect",
    "Kestrel Sixth Form College – Inspection report",
    """
## Kestrel Sixth Form College
Lingard Road, Heaton, Bradford BD9 6QX. Unique reference number: 139999 (invented). Telephone: 0113 496 0580.

## Overall effectiveness: Good
- The quality of education: Good
- Behaviour and attitudes: Outstanding
- Personal development: Good
- Leadership and management: Good

## What is it like to attend this college?
Students are proud of their college. They describe it as "a second home" and value the way staff know them as individuals. Students attend well and are punctual to lessons.

Students benefit from a broad curriculum. Many take qualifications in subjects that their families did not have the chance to study. The proportion who progress to university, apprenticeships and employment is high.

## What does the college need to do to improve?
Leaders should ensure that the quality of careers guidance for students on vocational courses matches the strong guidance available to those applying to university. In a small number of subjects, assessment does not identify gaps in students' knowledge quickly enough.

## Safeguarding
The arrangements for safeguarding are effective. Staff are well trained and know how to report concerns. Leaders work closely with local agencies and respond swiftly when students are at risk, including from online harms.
""",
    "school exact neutral",
    date="Published 3 November 2023",
)

doc(
    "news",
    "council",
    "Bradford West Area Committee – Minutes, 14 February 2024",
    """
## Present
Councillors Tariq Hussain (Chair), Kuldip Sandhu, Shabnam Raja, Pat O'Hara and Rukhsana Begum.

## 7. Parking and congestion – Lingard Road and surrounding streets
The Committee received a report from the Assistant Director (Highways) on complaints about parking associated with Kestrel College and the adjacent primary school.

Residents' representative Mrs J. Pickersgill told the Committee that students were "parking across driveways, on the grass verges and in the ginnel" and that residents had been verbally abused when challenging drivers. She said the college "had been told for years and had done nowt about it".

Councillor Sandhu asked whether the college had a travel plan. The officer confirmed that a travel plan was submitted in 2019 but had not been reviewed.

E. Firth, site manager at the college, attended at the Committee's invitation. He explained that the on-site car park had 140 spaces for around 1,300 students and 160 staff, and that the college had recently introduced a permit scheme. He offered to meet residents on site.

Councillor O'Hara moved that a residents' parking scheme be investigated. Councillor Raja seconded.

## Resolved
(1) That the report be noted. (2) That officers consult on a residents' parking scheme. (3) That the college be asked to review and publish its travel plan within six months.

Action: Assistant Director (Highways)
""",
    "school alias negative; efirth initial_surname neutral",
)

doc(
    "news",
    "jobs",
    "Teacher of Chemistry (maternity cover) – Kestrel Sixth Form College, Bradford",
    """
## Teacher of Chemistry – maternity cover, full time
Kestrel Sixth Form College, Lingard Road, Bradford BD9. Salary: Teachers' Main/Upper Pay Scale. Closing date: 10 May 2024.

We are looking for an enthusiastic chemist to join a friendly, high-performing science faculty for a year's maternity cover from September. You will teach A-level Chemistry across Years 12 and 13 and contribute to our popular Science Club.

Our students are curious, hard-working and ambitious. Around 80% are the first in their family to go to university. Our chemistry results have been above national averages for four years running.

For an informal chat, contact Zoë Kowalska, Head of Science, via the college office on 0113 496 0581.

Apply online at kestrelcollege.example/vacancies. The college is committed to safeguarding and promoting the welfare of young people; the successful applicant will be subject to an enhanced DBS check.
""",
    "school exact neutral; zkowalska exact neutral",
    date="Posted 18 April 2024",
)

doc(
    "news",
    "notices",
    "WHITELEY Janet (née Sugden)",
    """
WHITELEY Janet (née Sugden) of Queensbury, Bradford. Passed away peacefully at Highfield Care Home on 2nd March 2024, aged 84 years. Beloved wife of the late Ronald, much loved mum of Karen and Stephen, dear nana of Jack, Ellie and Lewis and great-nana of little Isla.

Janet worked for 30 years at the Co-op on Sandy Lane and was a stalwart of Queensbury Methodist Church and the Thursday whist drive.

Funeral service at Queensbury Methodist Church on Friday 15th March at 11am, followed by committal at Scholemoor Crematorium. Family flowers only please; donations in lieu to Yorkshire Air Ambulance.

== comments
@@ Maureen & Keith | 6 March 2024
Such a lovely lady, always a smile at the Co-op. Thinking of you all. x

@@ The whist lot | 7 March 2024
Janet, you could never resist a trump. We'll miss you, love.
""",
    "",
    date="Published 5 March 2024",
)

doc(
    "news",
    "cricketweekly",
    "Schools cup: O'Hara's young guns see Kestrel through to county final",
    """
Kestrel booked their place in the Yorkshire Schools T20 final with a four-wicket win over Frizinghall Academy at a sun-baked Park Avenue on Wednesday.

Frizinghall posted 138 for 7, skipper Harvey Lund top-scoring with 46, with leg-spinner Zain Mahmood taking 3 for 19 for the college side.

The reply wobbled at 41 for 4 before Musa Hussain (52 not out) and Ellie Brook (31) put on 74. Hussain finished it with a straight six over the sightscreen with an over to spare.

Coach Declan O'Hara said: "I told them at drinks, just bat time and the runs will come. Musa was unbelievable. He's 17 and he plays like a Bradford League veteran."

Kestrel play Nidderdale High in the final at Headingley on 3 July.

|Frizinghall Academy|138-7 (20 ov)|Lund 46, Mahmood 3-19|
|Kestrel|139-6 (19 ov)|Hussain 52*, Brook 31|
""",
    "dohara exact neutral; school short_name neutral",
    byline="Report: Gaz Wilkinson",
    date="20 June 2024",
)

doc(
    "news",
    "cricketweekly",
    "Bradford Premier League: Heaton Park edge thriller as Raja strikes late",
    """
Heaton Park CC survived a late scare to beat Undercliffe by eight runs at Heaton Grove on Saturday.

Veteran opener Mohsin Hussain made a patient 54, his third half-century of the season, and Zeeshan Akram smashed 38 off 19 balls as Park reached 211 for 8.

Undercliffe looked to be cruising at 180 for 4 but seamer Irfan Raja, 41 and still bowling off the full run, took three wickets in an over to swing it back. "I'm too old for this," Raja told the Weekly afterwards. "My knees will be in bits tomorrow."

|Heaton Park|211-8 (50 ov)|M Hussain 54, Z Akram 38|
|Undercliffe|203 all out (48.4 ov)|I Raja 3-21, S Ali 2-40|

Next week: Heaton Park v Farsley (home).
""",
    "",
    byline="Report: Gaz Wilkinson",
    date="8 July 2024",
)

doc(
    "news",
    "febulletin",
    "Bradford sixth form appoints Calderdale leader as vice principal",
    """
Kestrel Sixth Form College in Bradford has appointed Rebecca Holroyd-Shah as vice principal and designated safeguarding lead.

Holroyd-Shah is currently assistant principal at a large further education college in Calderdale, where she led a review of the college's safeguarding culture after a critical inspection monitoring visit. She starts in January.

Principal Janet Whiteley said the appointment was "a real coup. Rebecca has a fantastic track record of putting students' welfare first and a deep understanding of our communities."

Holroyd-Shah trained as a sociology teacher and spent nine years at a Kirklees sixth form. She said she was "thrilled to be joining a college that punches so far above its weight".

Kestrel, which has around 1,300 students, is a single-academy trust and one of the few standalone sixth-form colleges left in West Yorkshire.
""",
    "school exact neutral; rholroydshah exact neutral; jwhiteley exact neutral",
    byline="By Tom Stainforth",
    date="28 November 2023",
)

doc(
    "news",
    "chronicle",
    "'They fobbed us off': parents say Bradford college ignored bullying of their daughter",
    """
The parents of a 17-year-old student say a Bradford sixth-form college repeatedly failed to act when she was bullied by a group of classmates, leaving her too frightened to attend.

Zahid and Robina Iqbal say their daughter was subjected to months of name-calling and a fake Instagram account mocking her appearance at Kestrel Sixth Form College in Heaton.

"We went in four times," Mr Iqbal said. "Every time Mrs Holroyd-Shah told us it was being dealt with. Nothing was dealt with. We were fobbed off with leaflets about resilience."

The couple have now moved their daughter to a college in Leeds and lodged a formal complaint with the governors.

In a statement the college said it "takes all reports of bullying extremely seriously" but could not comment on individual cases. It said it had "reviewed its procedures this term".

== comments
@@ mumof3bd | 5 hours ago
Same experience with my son two years ago. They care more about the league tables than the kids.

@@ Trevor P | 4 hours ago
There's always two sides. Colleges can't be police for Instagram.
""",
    "school exact negative; rholroydshah title_surname negative",
    byline="Saima Akhtar",
    date="30 April 2024",
)

doc(
    "news",
    "pennine",
    "Police investigate online threats against Bradford sixth form after Gaza assembly row",
    """
West Yorkshire Police say they are investigating a series of threatening social media posts aimed at a Bradford sixth-form college after a row over a student assembly about Gaza.

The posts, directed at Kestrel Sixth Form College, included one saying "someone should burn that place to the ground with the teachers inside" and another sharing a photo of the college gates with a crosshair drawn on it.

Principal Janet Whiteley wrote to parents on Tuesday to say that extra security was in place and that the college "will not be intimidated".

"Our students have every right to care passionately about world events, whatever their views," she wrote. "Threats of violence are never acceptable and we have reported every one to the police."

Detective Inspector Lisa Greenwood said officers were "working to identify those responsible" and urged anyone with information to call 101.

== comments
@@ Neil from Shipley | 1 day ago
Whoever wrote that needs locking up. These are kids and teachers.

@@ Humaira | 1 day ago
Stay safe everyone at Kestrel 🤲 the community is behind you.
""",
    "school exact neutral; jwhiteley exact neutral",
    byline="Crime desk",
    date="7 November 2023",
)

doc(
    "news",
    "courier",
    "Teacher sent racist letter at work, police say",
    """
Police are investigating after a racist letter was sent to a Sikh teacher at her workplace in Bradford.

The handwritten letter, addressed to Jaspreet Sandhu, head of social sciences at Kestrel College, was delivered to the college reception on Monday. Police said it contained "vile racial and religious abuse" and told her to "go back where she came from".

Ms Sandhu, who was born at St Luke's Hospital and grew up in Thornbury, said: "I'm a Bradford lass. I've never lived anywhere else. Whoever wrote this doesn't speak for this city."

Councillor Kuldip Sandhu (no relation), who represents a neighbouring ward, condemned the letter as "cowardly" and said the Sikh community stood with the teacher.

Police are treating it as a hate incident and have asked anyone who saw someone hand-delivering post to the college on Monday morning to contact them.
""",
    "jsandhu exact neutral; school alias neutral",
    byline="Rachel Oates",
    date="Thursday 25 January 2024",
)

doc(
    "news",
    "chronicle",
    "OPINION: Enough spin from the Kestrel bunker – it's time for a new principal",
    """
Every few months a letter lands in my inbox from the principal of a certain Bradford sixth form college, telling parents how marvellous everything is. It is always upbeat, always full of exclamation marks, and always wrong.

Mrs Whiteley is the sort of preening, lanyard-wearing bureaucrat who thinks a strategy document is the same thing as a good lesson. She has presided over a parking fiasco, a bullying scandal and a staff exodus, and her answer to all three has been a consultancy and a new logo.

I have met her twice. On both occasions she spoke for forty minutes and said nothing. It is a rare talent. Somebody should have it stuffed and mounted in the foyer next to the trophy cabinet.

Kestrel's students deserve better. So do its teachers, many of whom are brilliant and quietly furious. The governors should stop hiding behind her and admit the experiment has failed.

Graham Denby is a former head teacher and writes every Saturday.
""",
    "jwhiteley title_surname abuse; school short_name negative",
    byline="Graham Denby",
    date="Saturday 11 May 2024",
)

doc(
    "news",
    "courier",
    "'He didn't think twice': site manager praised for tackling blaze at Bradford college",
    """
A site manager has been praised for his quick thinking after he tackled a fire in a science prep room at a Bradford sixth-form college.

Ed Firth, 52, who has worked at Kestrel for 19 years, used two extinguishers to put out the fire, which started in a fume cupboard shortly after 4pm on Wednesday.

About 200 students and staff were evacuated from the building. Nobody was hurt, and West Yorkshire Fire and Rescue Service said the damage would have been "far worse" without his actions.

"I just did what anybody would do," said the grandad-of-two from Wrose. "The lab technicians were brilliant, they had everybody out in about three minutes."

Students have started an online collection to buy him "a new pair of eyebrows".
""",
    "efirth exact neutral; school short_name neutral",
    byline="By Mark Sugden",
    date="Friday 19 January 2024",
)

doc(
    "news",
    "chronicle",
    "Bulls swoop for Featherstone prop Ed Firth",
    """
Bradford Bulls have signed prop forward Ed Firth on a two-year deal from Featherstone Rovers.

The 26-year-old, who grew up in Wibsey and came through the Bulls' scholarship before leaving for Featherstone in 2019, said he was "coming home".

"Every kid in Wibsey wants to play at Odsal," Firth said. "I've had a few knocks on the way but this is the dream."

Head coach Eamon Kilgallon said Firth would add "ballast and a bit of nastiness" to the pack.

Firth is expected to make his debut against Halifax Panthers on Boxing Day.
""",
    "",
    byline="Sport desk",
    date="4 December 2023",
)

doc(
    "news",
    "herald",
    "Kestrel Private Hire driver fined for using phone at wheel",
    """
A taxi driver working for Kestrel Private Hire has been fined after he was caught using his mobile phone while driving a passenger through Bradford city centre.

Bradford Magistrates heard the driver, 47, from Great Horton, was spotted by an off-duty police officer on Manor Row in January.

He admitted the offence and was fined £660 and given six penalty points. Bradford Council's licensing committee will now review his licence.

A spokesperson for Kestrel Private Hire said the driver had been suspended and that the firm "does not tolerate phone use at the wheel".
""",
    "",
    byline="Court reporter",
    date="14 March 2024",
)

doc(
    "news",
    "pennine",
    "Kes at 55: why Billy Casper's kestrel still makes grown men cry",
    """
It is 55 years since Ken Loach's Kes first flickered on to cinema screens, and the story of a Barnsley lad and his kestrel still has the power to floor an audience.

Based on Barry Hines's novel A Kestrel for a Knave, the film follows Billy Casper, a bullied schoolboy who trains a young kestrel he names Kes. Its famous PE lesson scene, with Brian Glover as the games teacher who thinks he's Bobby Charlton, remains one of the funniest things in British cinema.

"Every teacher I know has met a Mr Sugden," laughs film historian Dr Alison Meer. "And every teacher I know has met a Billy."

A restored print will be shown at the Pictureville cinema in Bradford next month, followed by a Q&A.
""",
    "",
    byline="Culture desk",
    date="2 April 2024",
)

doc(
    "news",
    "courier",
    "Former student guilty of harassing teacher and posting his address online",
    """
A former student who harassed his old English teacher for almost a year – including publishing the teacher's home address on social media – has been given a suspended sentence.

Connor Reaney, 20, of Eccleshill, admitted harassment of Sholto Pennyfeather, head of English at Kestrel Sixth Form College, between March 2023 and February 2024.

Bradford Magistrates' Court heard Reaney held a grudge over a predicted grade and created several accounts to post insults about Mr Pennyfeather, before sharing a photograph of his house and street name on X.

District Judge Fiona Ahmad said the conduct was "cruel, obsessive and frightening" and imposed a 12-week sentence suspended for a year, a restraining order and 120 hours of unpaid work.

Mr Pennyfeather told the court in a statement that he had "stopped sitting in the front room with the curtains open".
""",
    "spennyfeather exact neutral; school exact neutral",
    byline="Court reporter",
    date="Wednesday 10 April 2024",
)

doc(
    "news",
    "pennine",
    "Teacher arrested after scuffle with parent outside Bradford college",
    """
A teacher has been arrested after an alleged altercation with a parent outside a Bradford sixth-form college.

Police were called to Lingard Road, Heaton, at about 3.45pm on Monday after reports of a fight near the gates of Kestrel. A 41-year-old man was arrested on suspicion of assault and has been released under investigation.

The college confirmed that a member of its PE staff, Mr O'Hara, had been suspended "as a neutral act while the police investigation takes place".

One witness said a parent had approached the teacher "shouting about his lad getting dropped from the team" before "it all kicked off".

Another parent said: "Mr O'Hara's been there years and everyone rates him. I can't see it myself."
""",
    "dohara title_surname defamation; school short_name neutral",
    byline="Saima Akhtar",
    date="16 October 2023",
)

doc(
    "news",
    "council",
    "Bradford Planning Panel (West) – Minutes, 6 March 2024",
    """
## Present
Councillors Derek Whiteley (Chair), Rukhsana Begum, Pat O'Hara, Shabnam Raja.

## 4. Application 23/06611/FUL – Kestrel College, Lingard Road, Heaton: two-storey sports hall and changing rooms
The Panel considered the report of the Strategic Director, Place, recommending approval subject to conditions.

An objector, Mr R. Gaunt, spoke against the application on grounds of loss of light to houses on Fernbank Avenue, additional traffic and noise from evening lettings.

Mrs J. Whiteley, principal of the college, spoke in support. She said students currently travelled to a leisure centre in the city for PE, losing teaching time, and that the hall would be available to community groups "including the Fernbank residents' association, free of charge".

The Chair declared that he is not related to the applicant's principal despite the shared surname and had no interest in the application.

Councillor Begum asked about the hours of use. The officer confirmed a condition limiting use to 9pm on weekdays.

## Resolved
That the application be approved subject to the conditions set out in the report, with an additional condition requiring a construction management plan.
""",
    "school alias neutral; jwhiteley title_surname neutral",
)

doc(
    "news",
    "febulletin",
    "Sixth-form value-added tables: KSFC tops West Yorkshire",
    """
The latest A-level value-added figures show Kestrel Sixth Form College (KSFC) in Bradford has the highest progress score of any state sixth-form provider in West Yorkshire.

KSFC's score of +0.41 places it in the top 10 per cent nationally. Analysts said its results were "remarkable" given that more than 60 per cent of its students are eligible for bursary support.

Beckfield College in York and Calder Valley Sixth Form were also in the top band.

|Provider|Value added|Students|
|Kestrel Sixth Form College|+0.41|1,294|
|Beckfield College|+0.33|1,802|
|Calder Valley Sixth Form|+0.29|910|
""",
    "school exact neutral",
    byline="Data desk",
    date="23 January 2024",
)

doc(
    "news",
    "courier",
    "Parents' fury as college 'bans' Eid celebration in exam week",
    """
Hundreds of parents have signed a petition after a Bradford sixth-form college said students would not be allowed time off for Eid celebrations during exam week.

Kestrel Sixth Form College told families in a letter that "authorised absence cannot be granted" for the days around Eid al-Adha, which falls during the A-level exam period this year.

Parents accused principal Janet Whiteley of "not understanding the community she serves". Mother-of-four Nighat Akhtar said: "Half the teachers are Muslim, 80 per cent of the kids are Muslim. How do you get this so wrong?"

The college later clarified that no student would be penalised for attending Eid prayers in the morning and that exams could not be moved because they were set nationally.

== comments
@@ Yorkshire Born | 3 hours ago
Kestrel is basically a madrassa with a sixth form attached these days. Import the third world, get the third world. Bradistan strikes again.

@@ Mariam R | 3 hours ago
@Yorkshire Born reported. Disgusting comment. This is about a badly worded letter, nothing else.

@@ Pete H | 2 hours ago
The exam dates are set nationally. Not the college's fault, they should have explained it better though.

@@ Nighat A | 1 hour ago
Thank you for covering this. The clarification came after the petition, not before.
""",
    "school exact hate; jwhiteley exact negative",
    byline="Rachel Oates",
    date="Thursday 30 May 2024",
)


# =========================================================================== NEWS (part 2)
doc(
    "news",
    "chronicle",
    "Outstanding again for Northampton's Kestrel Park Primary",
    """
Staff and pupils at Kestrel Park Primary School in Northampton are celebrating after inspectors rated the school outstanding for the third time in a row.

Inspectors praised the school's "exceptional" reading culture and its forest school, where pupils learn about the wildlife of the Nene valley – including the kestrels that give the school its name.

Headteacher Bryony Castle said: "We've got a kestrel box on the playing field and the children are obsessed with it."
""",
    "",
    byline="Agency copy",
    date="12 June 2024",
)

doc(
    "news",
    "febulletin",
    "Bradford sixth-form staff to strike over pay offer",
    """
Teachers at a Bradford sixth-form college will strike for three days later this month after rejecting what their union called a "derisory" pay offer.

Members of the NEU at Kestrel Sixth Form College voted by 91 per cent for action on a 72 per cent turnout. The college has offered a 3.5 per cent rise, below the figure recommended for school teachers.

NEU rep Zoë Kowalska, who teaches chemistry at the college, said: "Nobody wants to strike. Our students matter to us more than anything. But we are losing good colleagues to schools down the road because they pay more for the same job."

She said staff had "lost confidence" in principal Janet Whiteley's handling of the dispute, accusing leadership of "sitting on reserves while telling us there's no money".

A college spokesperson said the offer was "the maximum affordable" and that it would work to minimise disruption for Year 13 students.
""",
    "school exact negative; zkowalska exact neutral; jwhiteley exact negative",
    byline="By Tom Stainforth",
    date="5 February 2024",
)

doc(
    "news",
    "pennine",
    "Teen given community order over racist TikTok mocking Bradford teacher",
    """
A teenager who posted a racist video mocking his former maths teacher has been given a community order.

The 18-year-old, who cannot be named for legal reasons because he was 17 at the time, filmed himself impersonating Mohammed Hussain, head of maths at Kestrel, with a fake beard and an exaggerated accent, and added captions describing him as a terrorist.

The video was viewed more than 60,000 times before it was taken down.

Bradford Youth Court heard Mr Hussain was "deeply hurt" and that some of his current students had been "too embarrassed to look at him".

Magistrates imposed a 12-month referral order and ordered the teen to write a letter of apology.

A college spokesperson said: "We are grateful to the police and the court. Racism has no place at Kestrel or anywhere."
""",
    "mhussain exact neutral; school short_name neutral",
    byline="Crime desk",
    date="21 August 2024",
)

doc(
    "news",
    "courier",
    "Whistleblower claims college 'buried' bursary concerns",
    """
A former finance officer at a Bradford sixth-form college claims senior leaders buried her concerns about how money meant for disadvantaged students was being spent.

The woman, who left Kestrel Sixth Form College last year, alleges that more than £80,000 from the 16-19 bursary fund was used to pay for staff away-days and a refurbishment of the principal's office suite.

She claims she raised the issue with principal Janet Whiteley in writing in 2022 and was told to "leave it with me", and that her concerns were never passed to governors.

"It was hushed up. Everyone knew and nobody did anything," she told the Courier.

The college said it "strongly refutes" the allegations and that its accounts are independently audited every year. The funding agency said it was "aware of the claims and making enquiries".
""",
    "school exact defamation; jwhiteley exact defamation",
    byline="Investigations team",
    date="Monday 24 June 2024",
)

doc(
    "news",
    "herald",
    "Kestrel teachers conquer Three Peaks for Bangladesh flood appeal",
    """
Staff from a Bradford sixth-form college have raised more than £6,000 for flood victims in Sylhet by completing the Yorkshire Three Peaks challenge.

The 14-strong team from Kestrel, led by maths teacher Mohammed Hussain and biology teacher Nasreen Begum, completed the 24-mile route over Pen-y-ghent, Whernside and Ingleborough in just under 11 hours.

"Nasreen's family are from Sylhet, so this one was personal," said Mr Hussain. "My legs will never forgive me."

Ms Begum said: "The rain came in sideways on Whernside, which felt appropriate."
""",
    "school short_name neutral; mhussain exact neutral; nbegum exact neutral",
    byline="Community news",
    date="29 September 2023",
)

doc(
    "news",
    "jobs",
    "Site Assistant (term time plus 2 weeks) – Bradford sixth form college",
    """
## Site Assistant – Kestrel Sixth Form College
Location: Lingard Road, Heaton, Bradford. Hours: 37 per week, term time plus two weeks. Grade 3.

Join our friendly site team at a busy sixth-form college of 1,300 students. You will help keep our buildings safe, clean and secure, carry out minor repairs, set up rooms for exams and events, and support evening lettings on a rota.

You will report to our Site Manager, Edward Firth, who has been with the college for almost twenty years and will make sure you are properly trained.

Experience of caretaking or facilities work is helpful but not essential. A full driving licence is desirable.

To apply, download the pack from kestrelcollege.example/jobs or call the office on 0113 496 0580.
""",
    "school exact neutral; efirth alias neutral",
    date="Closing date 31 May 2024",
)

doc(
    "news",
    "pennine",
    "Woman guilty of abusing college teacher over her Polish heritage",
    """
A woman who racially abused a teacher at a Bradford parents' evening has been found guilty of a racially aggravated public order offence.

Tracey Holt, 52, of Thornton, shouted at chemistry teacher Zoë Kowalska that she should "go back to Poland and take your gobbledygook name with you" after being told her son was likely to fail his mock exams, Bradford Magistrates' Court heard.

The incident happened in the sports hall at Kestrel Sixth Form College in November.

Ms Kowalska, who was born in Leeds to a Polish father and an Irish mother, said in a statement that she had "never felt so small in front of my own students".

Holt was fined £400 and ordered to pay £150 compensation.
""",
    "zkowalska exact neutral; school exact neutral",
    byline="Court reporter",
    date="22 February 2024",
)

doc(
    "news",
    "herald",
    "KSFC fixtures: Kirklees Sunday Football Combination round-up",
    """
## Kirklees Sunday Football Combination (KSFC) – Division One
Dewsbury Moor Albion 2 Heckmondwike Wanderers 2; Batley Ukrainian 4 Ravensthorpe Rangers 1; Mirfield Millers 0 Thornhill Lees 3.

The KSFC committee has reminded clubs that referees' fees must be paid in cash on the day and that teams failing to field a side will be fined £25.

## KSFC Challenge Cup draw
Thornhill Lees v Batley Ukrainian; Mirfield Millers v Dewsbury Moor Albion.
""",
    "",
    date="Monday 15 January 2024",
)

doc(
    "news",
    "courier",
    "Bradford solicitor struck off after clients' cash used to prop up firm",
    """
A Bradford solicitor has been struck off after a tribunal found he used clients' money to keep his failing practice afloat.

Imran Raja, 49, the sole principal of Raja & Co Solicitors on Leeds Road, transferred more than £210,000 from the client account to the office account over 18 months, the Solicitors Disciplinary Tribunal found.

The tribunal said Mr Raja had acted dishonestly and ordered him to pay costs of £38,000.

The firm closed last year and its files were taken over by the Solicitors Regulation Authority. Former clients worried about their matters can contact the SRA.
""",
    "",
    byline="By Court Reporter",
    date="11 July 2024",
)

doc(
    "news",
    "notices",
    "ACKROYD Brian Leslie",
    """
ACKROYD Brian Leslie, of Baildon, formerly of Heaton. Died peacefully on 14th January 2024 aged 81. Brian taught history at the Manningham Sixth Form Centre, now Kestrel College, from 1979 until his retirement in 2008, and many former students will remember his bow ties and his impressions of Henry VIII.

Loving husband of Pat, father of Richard and Helen, grandad of four.

Principal Janet Whiteley said: "Brian was part of the fabric of this place. Colleagues who started their careers alongside him still quote him in the staffroom."

Funeral at St Barnabas, Heaton, on 2nd February at 1.30pm. Donations to Marie Curie.

== comments
@@ Former student (1985-87) | 20 January 2024
"History is just gossip with dates." Thank you Mr Ackroyd. RIP.
""",
    "school alias neutral; jwhiteley exact neutral",
    date="18 January 2024",
)

doc(
    "news",
    "courier",
    "Bradford teacher shortlisted for national English teaching prize",
    """
A Bradford head of English who runs a poetry club for students in a converted storeroom has been shortlisted for a national teaching award.

Sholto Pennyfeather, who has taught at Kestrel Sixth Form College for 12 years, was nominated by former students, several of whom now study English at university.

"He made us read Seamus Heaney and Imtiaz Dharker side by side and argue about it for two hours," said former student Hafsa Nawaz, now at Durham. "Nobody had ever told us our own lives were worth writing about."

Mr Pennyfeather, originally from Northumberland, said he was "mortified and delighted in roughly equal measure".

The winners will be announced in London in June.
""",
    "spennyfeather exact neutral; school exact neutral",
    byline="Rachel Oates",
    date="8 March 2024",
)

doc(
    "news",
    "chronicle",
    "Police called as protest over sex education lessons at Bradford college turns ugly",
    """
Police were called to a Bradford sixth-form college after a protest about relationships and sex education lessons turned ugly.

About 40 people gathered outside Kestrel Sixth Form College on Lingard Road on Friday afternoon, some holding placards criticising the college's personal development curriculum.

One placard referred to head of social sciences Ms Sandhu as a "groomer" – an accusation the college described as "disgusting and completely untrue". Students had to leave by a side entrance.

Protest organiser Abdul Wahid said the college had "failed to consult parents" about the content. "We are not against education. We are against being ignored."

The college said all its lessons were in line with statutory guidance and that parents were welcome to view materials. Police said no arrests were made.
""",
    "school exact negative; jsandhu title_surname neutral",
    byline="Chris Bentley",
    date="Saturday 9 December 2023",
)

doc(
    "news",
    "courier",
    "LETTERS: Give the college a break / College has lost touch",
    """
## Give the college a break
SIR – I was saddened to read Graham Denby's column about Kestrel last week. My grandson struggled badly after his mum died and Mrs Whiteley personally rang us every week for a term. She didn't have to. Leaders in schools and colleges get nothing but stick these days.
Margaret Holdsworth, Frizinghall

## College has lost touch
SIR – As a resident of Lingard Road for 40 years I can tell you the college does not listen. The parking is dangerous, the litter is a disgrace, and when you ring up you get passed from pillar to post. Kestrel needs to remember it has neighbours.
Dennis Moorhouse, Heaton
""",
    "school short_name negative; jwhiteley title_surname neutral",
    date="Saturday 18 May 2024",
)

doc(
    "news",
    "herald",
    "New landlord for The Kestrel Inn at Shelf",
    """
One of Calderdale's best-known country pubs has a new landlord after The Kestrel Inn at Shelf changed hands last month.

Darren Illingworth, who ran the Fleece at Northowram for six years, has taken over the lease and plans to bring back Sunday carveries and a quiz on Wednesday nights.

"It's a proper pub with a proper view," he said. "On a clear day you can see Emley Moor mast."
""",
    "",
    byline="What's on",
    date="19 October 2023",
)

doc(
    "news",
    "chronicle",
    "Kestrel Scaffolding fined £120,000 after Leeds collapse",
    """
A scaffolding firm has been fined £120,000 after a section of scaffold collapsed on to a pavement in Leeds city centre, injuring a passer-by.

Kestrel Scaffolding Ltd, of Stanningley, pleaded guilty to breaching health and safety regulations at Leeds Crown Court.

The court heard ties had been removed from the structure by an unknown worker the day before it fell during high winds.

The Health and Safety Executive said the incident was "entirely avoidable".
""",
    "",
    byline="Business desk",
    date="3 May 2024",
)

doc(
    "news",
    "herald",
    "Keighley pharmacist Nasreen Begum wins community award",
    """
A Keighley pharmacist who set up a free blood pressure check service in three mosques has been named community pharmacist of the year.

Nasreen Begum, who runs the Parkwood Pharmacy on Skipton Road, said she got the idea after her father had a stroke. "He'd never had his blood pressure taken in his life."

More than 1,700 people have been checked since the scheme started. Ms Begum said she hoped to extend it to gurdwaras and churches in Keighley next year.
""",
    "",
    byline="Community news",
    date="26 July 2024",
)

doc(
    "news",
    "council",
    "Council Executive – Public questions, 9 January 2024",
    """
## Question 3 – from Mr A. Khan (Girlington)
"Can the Portfolio Holder explain why students at Kestrel Sixth Form College who live more than three miles away still do not get a bus pass, when the college has been asking for a dedicated service for five years and students are standing at bus stops in the dark in winter?"

## Response of the Portfolio Holder for Education
The Portfolio Holder thanked Mr Khan for his question. Post-16 transport is not a statutory entitlement. The Council funds a discounted travel card scheme. Officers have met the college and First Bus about a dedicated service and discussions are continuing.

## Supplementary question
Mr Khan said the college's own communications on transport were "poor" and that many parents did not know the discounted scheme existed. The Portfolio Holder agreed to ask officers to work with the college on clearer information.
""",
    "school exact negative",
)

doc(
    "news",
    "pennine",
    "Staff member suspended after messages to student, Bradford college confirms",
    """
A member of staff at a Bradford sixth-form college has been suspended after concerns were raised about messages sent to a 17-year-old student.

Kestrel Sixth Form College confirmed that it had referred the matter to the local authority designated officer and to West Yorkshire Police "immediately" after being made aware of it by a parent last week.

The college has not named the staff member. A letter to parents said that "the individual is not on site" and that support was being offered to students.

Police said enquiries were ongoing and no arrests had been made. Parents with concerns were advised to contact the college's safeguarding team via the main office.
""",
    "school exact sexual u",
    byline="Saima Akhtar",
    date="17 May 2024",
)

doc(
    "news",
    "courier",
    "Hate graffiti daubed on walls of Bradford college",
    """
Police are investigating after racist and anti-Muslim graffiti was sprayed on the walls of a Bradford sixth-form college overnight.

Staff arriving at Kestrel College on Tuesday found slogans daubed in red paint on the sports hall and the main gates. Site staff had covered most of it with tarpaulin by the time students arrived.

The college said the graffiti was "vile" and "does not reflect the Bradford we know". Imams from two local mosques and the vicar of St Barnabas visited the college together at lunchtime in a show of solidarity.

Police said the incident was being treated as a hate crime.
""",
    "school alias neutral",
    byline="Mark Sugden",
    date="Wednesday 13 March 2024",
)

doc(
    "news",
    "febulletin",
    "Kestrel and Beckfield in early talks on joining forces",
    """
Two sixth-form colleges in Yorkshire are in early talks about forming a multi-academy trust.

Kestrel College in Bradford and Beckfield College in York, both single-academy trusts, said they were exploring "a partnership that keeps our distinct identities but shares back-office services and specialist expertise".

Kestrel principal Janet Whiteley said no decision had been made. "Standalone colleges are under real financial pressure. We owe it to our students to look at every option."

Staff at both colleges have been briefed. Unions said they would scrutinise any proposals carefully.
""",
    "school alias neutral; jwhiteley exact neutral",
    byline="Tom Stainforth",
    date="14 October 2024",
)

doc(
    "news",
    "chronicle",
    "Heaton residents fed up with sixth formers' litter and late-night cars",
    """
Residents in Heaton say they are at the end of their tether with litter, loud music and cars parked across driveways by students from a nearby college.

Householders on Fernbank Avenue and Lingard Road have started a WhatsApp group to log incidents and say they have collected more than 300 photographs in two months.

"It's chicken boxes in the hedge, cans on the wall, exhausts revving at 11 at night," said retired bus driver Keith Naylor, 71. "We've complained to Kestrel till we're blue in the face. You might as well talk to the wall."

The residents want the college to fund extra bins and patrols.
""",
    "school short_name negative",
    byline="Chris Bentley",
    date="1 November 2023",
)

doc(
    "news",
    "pennine",
    "Driving instructor's 'first-time pass' celebration goes viral",
    """
A Halifax driving instructor's celebration dance after a pupil passed her test at the first attempt has been viewed more than a million times.

Jordan Riley, who runs Kestrel Driving School, filmed himself doing the worm in the test centre car park. "She'd failed her theory four times, so this was massive," he said.

The video, which has been shared by several celebrities, shows Riley narrowly missing a bollard.
""",
    "",
    byline="Trending",
    date="6 August 2024",
)

doc(
    "news",
    "courier",
    "Bradford MP hails college's 'Oxbridge in Bradford' scheme",
    """
A scheme to help Bradford students from low-income families apply to Oxford and Cambridge has been hailed by a city MP after eleven students won offers.

The programme, run jointly by Kestrel, two other sixth forms and the University of Bradford, includes Saturday seminars, interview practice and a residential trip.

Vice principal Rebecca Holroyd-Shah, who coordinates the scheme, said the students had "smashed the stereotype that Oxbridge isn't for kids like us".

Eleven offers is the highest number for the scheme since it began in 2019.
""",
    "rholroydshah exact neutral; school short_name neutral",
    byline="Rachel Oates",
    date="Thursday 18 January 2024",
)

doc(
    "news",
    "chronicle",
    "College apologises after exam clash leaves students sitting papers at 7pm",
    """
A Bradford sixth-form college has apologised after a timetabling error left students sitting an A-level paper at 7pm.

About 30 students at Kestrel Sixth Form College had three exams scheduled on the same day and were kept in supervised isolation until the evening to sit the third.

Parents said their children were "exhausted and furious". One said: "My daughter had been in the building since 8am. She was in tears."

Exams officer Imran Raja apologised in a letter to families, saying the clash should have been identified earlier and that "the responsibility is mine". The exam board has been informed.
""",
    "school exact negative; iraja exact negative",
    byline="Chris Bentley",
    date="20 June 2023",
)


# =========================================================================== FORUMS (part 1)
doc(
    "forum",
    "mumzone_aibu",
    "AIBU to think DD's sixth form should have told me she was bunking off for 3 weeks??",
    """
@@ Yorkshirelass82 | 11/03/24 21:14
Bit of a rant sorry. DD (17) is at Kestrel in Bradford, Year 12. Found out TODAY from her friend's mum that she's basically not been going to afternoon lessons since half term. Three weeks!! I get a text if she's 5 mins late for registration in the morning but apparently nobody thought to ring when she vanished after lunch every day??

I've rung and been told "attendance is monitored by session and her tutor will be in touch". Well she hasn't been in touch, has she. AIBU to think this is a massive fail?

@@ NotTheBrightestBulb | 11/03/24 21:20
YANBU. Safeguarding 101. Where was she going?!

@@ Yorkshirelass82 | 11/03/24 21:26
Town with her mates mostly, she says. Costa and Primark. Could be worse I suppose. But that's not the point.

@@ MrsDoubtfire2 | 11/03/24 21:41
I've got a DS there. Tbf his tutor Mrs Begum is lovely and on it, she rang me the first time he missed a period. Might be worth asking who your DD's tutor actually is, sometimes they get moved about and it falls through the cracks.

@@ Yorkshirelass82 | 11/03/24 21:45
@MrsDoubtfire2 that's the thing, I don't even know. We had a parents evening in October and nobody mentioned a tutor.

@@ OneFootInTheGravy | 12/03/24 07:02
YABU a bit. She's 17. Colleges aren't schools, they treat them like adults. The person who should've told you is DD.

@@ Yorkshirelass82 | 12/03/24 07:30
@OneFootInTheGravy she's still a child legally though. And I'm the one who has to sign the bursary forms.
""",
    "school short_name negative; nbegum title_surname neutral",
)

doc(
    "forum",
    "sixthchat",
    "Kestrel vs Bradford College vs Beckfield for maths/FM/physics??",
    """
@@ zaynab_06 | 2 Feb 2024
Hi, I'm in Y11 in Bradford and trying to decide between Kestrel, Bradford College and commuting to Beckfield (long journey tho). Want to do maths, further maths and physics. Any current students pls help 🙏

@@ hxssn_ | 2 Feb 2024
Kestrel 100%. the maths dept is actually sick, Mr Hussain runs like extra sessions every wednesday after college and he explains stuff in a way that actually makes sense. ppl go in failing and come out with As no cap

@@ Aqsa.K | 2 Feb 2024
canteen at kestrel is grim tho ngl and the wifi dies every lunchtime 😭 but yeah maths is good

@@ joe_bfd | 3 Feb 2024
did physics at kestrel, teaching was fine but the labs are ancient. english dept is the best there honestly, Pennyfeather is bare strict but his lessons are mad good. would not mess with him though

@@ zaynab_06 | 3 Feb 2024
omg thank u everyone. leaning kestrel now, open evening is next week
""",
    "school short_name negative; mhussain title_surname neutral; spennyfeather surname_only neutral",
)

doc(
    "forum",
    "bradtalk",
    "Anyone else think the new principal at the college on Lingard Rd is out of her depth?",
    """
@@ Shipley_Steve | Tue Apr 16, 2024 8:02 pm
KSFC have sent another "exciting changes" letter home. Third one this year. This time they're cutting the bus they put on for the Girlington kids to "review transport provision". Our kid now has to get two buses.

@@ tyke_in_exile | Tue Apr 16, 2024 8:19 pm
She's not new, she's been there about five year. Whiteley. Talks a good game at parents evening, that's about it.

@@ Shipley_Steve | Tue Apr 16, 2024 8:31 pm
Whiteley is a clueless cow who wouldn't last five minutes in a real job. There, I've said it. Six figures for sending letters. Bet she's never been on a bus in her life.

@@ BD8_Born_and_Bred | Tue Apr 16, 2024 8:50 pm
Steady on. Criticise the decision by all means, no need for that.

@@ Shipley_Steve | Tue Apr 16, 2024 9:03 pm
Fair enough. Still stands about the bus though.

@@ ayesha_h | Tue Apr 16, 2024 9:40 pm
Write to the governors and cc your councillor. That's what got the minibus put back last time.
""",
    "school alias negative; jwhiteley surname_only abuse",
)

doc(
    "forum",
    "staffroom",
    "Toxic SLT at a Bradford sixth form – do I walk or wait for Easter?",
    """
@@ throwaway_chemist | 24 January 2024
Name changed for obvious reasons. I work at a sixth form college in Bradford. Love the kids, love my department. But the leadership culture has gone off a cliff since the principal (I'll call her Mrs W) brought in a "performance culture". Drop-ins every week, data drops every 3 weeks, people called into her office for "supportive conversations" that end in tears.

Three people in my team are off with stress. The principal's response in the staff briefing was that "resilience is a choice". I'm not making that up.

Do I resign now for Easter or hang on till summer and go with a reference? I'm scared she'll torpedo my reference if I go mid-year.

@@ Ilkley_moor_bah_tat | 24 January 2024
Go at Easter if you've got something lined up. References can only be factual. If Mrs W is as bad as you say, the union will be all over anything dodgy.

@@ OldHandHoD | 24 January 2024
Speak to your rep first. "Resilience is a choice" is going in my collection of SLT bingo though. 🙄

@@ throwaway_chemist | 25 January 2024
Thanks both. Rep is brilliant and already knows. I think I'm just tired.
""",
    "jwhiteley nickname negative",
)

doc(
    "forum",
    "threadit",
    "Kestrel hovering over Bradford Moor this morning",
    """
@@ feathersandfells | 6h
Was walking the dog up by the allotments off Killinghall Road and there was a kestrel hanging in the air for a good two minutes. Absolutely motionless. Never seen one in the middle of Bradford before. Got a rubbish phone pic, will try to post it.

@@ dobbins_1987 | 5h
They're all over. Used to see them over the ring road constantly. They love motorway verges, loads of voles.

@@ feathersandfells | 5h
Learnt something. Thought it was a sparrowhawk at first but it was definitely hovering.

@@ AireheadUK | 4h
Sparrowhawks don't hover, that's how you tell. Kestrel all day. Lovely.
""",
    "",
)

doc(
    "forum",
    "mumzone",
    "DD's teacher messaging her on Instagram late at night – am I overreacting?",
    """
@@ NameChangedForThis2024 | 02/05/24 23:12
I honestly don't know if I'm being paranoid so I need some outside eyes.

DD is 17, Year 12 at the sixth form in Heaton. She plays in their girls' cricket team. Over the last month or so her PE teacher – I'll call him Mr O because I don't want to out him if I'm wrong – has started following her on Instagram, liking photos going back years (holiday ones, in a swimsuit), and messaging her after 11pm. Nothing explicit that I've seen. Things like "you were unreal today 👌", "you're so mature for your age, you get it more than the others", "don't tell the rest of the team I said that".

He's offered to drive her home after practice twice because "it's on his way". It isn't. She says he's just being nice and I'm "making it weird". Then last night she deleted the whole chat when she saw me looking over her shoulder.

AIBU to be worried? What do I do?

@@ HelpfulHedgehog | 02/05/24 23:20
You're not overreacting. The secrecy, the late messages, the "don't tell the others", the lifts – those are textbook. Please ring the college's safeguarding lead first thing tomorrow. Don't confront him yourself.

@@ Gilmore_Girl_Forever | 02/05/24 23:31
Teachers should not be messaging students on personal Instagram at all, full stop. Even if it's "innocent" it breaks every staff code of conduct I've ever seen. Screenshot whatever you can before anything else gets deleted.

@@ NameChangedForThis2024 | 02/05/24 23:40
Thank you. I feel sick. I'll ring in the morning.

@@ TeaAndBiscuits77 | 03/05/24 07:15
Is this Kestrel? I have a DD there too. Not asking you to confirm, but if it's who I think it is, you won't be the first parent to feel uneasy. Ring the DSL and the LADO if you don't get a proper answer.

@@ MNHQ | 03/05/24 09:02
We've edited a post on this thread to remove details that could identify an individual. Please remember our guidelines.
""",
    "dohara nickname sexual u; school short_name sexual u",
)

doc(
    "forum",
    "filmforum",
    "Kes (1969) – still the best British film ever made?",
    """
@@ LoachFan | 14 March 2024
Rewatched Kes last night. Billy feeding the kestrel in the shed, the football match with Brian Glover, the ending. Nothing comes close. Fight me.

@@ reel_northerner | 14 March 2024
It's up there. For me it's Kes, Brassed Off and Billy Elliot in that order. There's something about Barnsley in 1968 that just feels real.

@@ hawkeye_halifax | 15 March 2024
The bit where he explains training a kestrel to the class and Mr Farthing actually listens. Gets me every time.

@@ LoachFan | 15 March 2024
Mr Farthing is every good teacher who ever existed.
""",
    "",
)

doc(
    "forum",
    "sixthchat",
    "miss sandhu gave me a U on my sociology mock and i'm actually raging",
    """
@@ bfd_gyal | 18 Jan 2024
like i revised for DAYS. wrote 4 pages on functionalism. got a U. asked why and she just said "you didn't answer the question" in front of everyone. kestrel sociology is a joke

@@ bfd_gyal | 18 Jan 2024
miss sandhu is a miserable witch who hates anyone who isn't a teacher's pet, i swear down she marks on vibes

@@ tariq.wrld | 18 Jan 2024
she gave me a U in the first mock too and i got a B in the real thing. she marks harsh on purpose so u panic. annoying but it works

@@ bfd_gyal | 18 Jan 2024
still a witch 🙄
""",
    "jsandhu title_surname abuse; school short_name negative",
)

doc(
    "forum",
    "bradtalk",
    "Grooming gangs, Bradford and the schools – the elephant in the room",
    """
@@ Oldfield_Bill | Sat Feb 10, 2024 10:17 am
Nobody in authority will say it so I will. Look at the staff list of that Kestrel sixth form. Hussain, Raja, Begum, head of this, head of that. You think that lot are going to report their own? They close ranks. Always have. Same as Rotherham, same as Telford.

@@ Oldfield_Bill | Sat Feb 10, 2024 10:22 am
Bradistan in a nutshell. Our kids' college run by people who'd sooner protect a groomer than a white girl. Send them back and the problem goes with them.

@@ Jan_from_Idle | Sat Feb 10, 2024 11:05 am
This is vile. You're smearing teachers who've done nothing because of their names. Mr Raja got my daughter through her computing resit. Moderators please remove this thread.

@@ Azhar1979 | Sat Feb 10, 2024 11:40 am
Reported. Accusing people of covering up child abuse because they're Muslim is exactly the hate crime you're pretending to be against.

@@ Moderator | Sat Feb 10, 2024 12:02 pm
Thread locked and reported. Oldfield_Bill banned.
""",
    "school alias hate; mhussain surname_only hate; iraja title_surname hate; nbegum surname_only hate",
)

doc(
    "forum",
    "mumzone",
    "Name change – everyone at DC's college 'knows' about two of the staff",
    """
@@ ThisIsSoAwkward | 14/06/24 20:02
Ok this is pure gossip but I'm dying to know if anyone else has heard. DS is at Kestrel. At the summer concert the VP and the head of PE were, shall we say, VERY friendly. Hand on the small of the back, whispering, she was laughing at everything he said. Both married (not to each other!!).

DS says the students reckon Mrs H-S "has private meetings" in the PE office with the blinds down and that Mr O'Hara leaves his car at the far end of the car park next to hers. One of the lads apparently saw them coming out of the Premier Inn at Shipley on an inset day. 🫣

@@ Nonnie_mum | 14/06/24 20:11
Oh god. Honestly? Leave it. Grown adults. None of our business unless it affects the kids.

@@ ThisIsSoAwkward | 14/06/24 20:15
I know I know. But it does make you wonder how someone gets promoted so fast 😬

@@ Caramel_Macchiato | 14/06/24 20:30
This is how rumours wreck people's marriages. "A lad apparently saw" is not evidence of anything.

@@ ThisIsSoAwkward | 14/06/24 20:41
Fair. Said my piece. 🤐
""",
    "rholroydshah nickname sexual; dohara title_surname sexual; school short_name neutral",
)

doc(
    "forum",
    "sixthchat",
    "Retaking at KSFC – worth it or go somewhere else?",
    """
@@ m.ali_ | 22 Aug 2024
got CDE, wanted ABB for uni. thinking about a third year at KSFC to resit. anyone done it?

@@ saf.x | 22 Aug 2024
did a resit year there for computing. mr raja was really helpful, sorted my timetable so i could work 3 days at my uncle's shop. went from D to B

@@ m.ali_ | 22 Aug 2024
did u have to pay?

@@ saf.x | 22 Aug 2024
nah if ur under 19 on 31 aug its free. ask at student services
""",
    "school alias neutral; iraja title_surname neutral",
)

doc(
    "forum",
    "staffroom",
    "Interview at Kestrel Sixth Form College tomorrow – any tips?",
    """
@@ NQT_no_more | 30 April 2024
Interview for a chemistry post at Kestrel Sixth Form College in Bradford tomorrow. 25 min lesson to Y12 on enthalpy changes, then panel with the head of science Zoe Kowalski and someone from SLT. Has anyone been? What are they like?

@@ SciencePeach | 30 April 2024
Interviewed there two years ago (didn't get it, went to a school in Leeds instead). Head of science was really friendly, asked a lot about how I'd support students with EAL and whether I'd help with science club. Students were lovely and honest in the student panel – one asked me what my favourite element was!

@@ NQT_no_more | 30 April 2024
Ha, I'd better have an answer ready. Thank you!

@@ NQT_no_more | 2 May 2024
Update: got it!! 🎉
""",
    "school exact neutral; zkowalska typo neutral",
)

doc(
    "forum",
    "bradtalk",
    "Who is this Ed Firth who keeps blocking Fernbank Avenue with college vans?",
    """
@@ fernbank_resident | Mon Oct 2, 2023 7:45 am
Every Monday morning there's a white van with the Kestrel crest on it parked across the end of our road while they unload chairs or whatever. Rang the college, they said speak to the site manager, Ed Firth. Left two messages. Nothing.

@@ Heaton_Mick | Mon Oct 2, 2023 8:10 am
He's alright Ed, I've spoken to him before. Probably hasn't had the message. Try catching him at the side gate about 7.

@@ fernbank_resident | Mon Oct 2, 2023 8:22 am
It shouldn't be my job to stand at a gate at 7am. The Kestrel lot think the whole street belongs to them.
""",
    "efirth exact negative; school short_name negative",
)

doc(
    "forum",
    "mumzone",
    "Worried about DS (16) and someone at his college",
    """
@@ CantSleep_worrying | 19/02/24 00:48
DS is 16 and started at a sixth form in Manningham in September. He's always been young for his age and a bit of a loner.

Since before Christmas he's been coming home late, saying he was "helping Mr F" – the man who runs the site team – with setting up for events. Fine, I thought, good for him. But now he's got a new phone case, £20 notes in his pockets, vapes (he didn't vape before). He says Mr F "sorts him out" and lets him sit in the boiler room office because "it's warm and nobody bothers you there". Mr F has his number and messages him at weekends. DS gets defensive and goes red if I ask what they talk about.

This is an adult man who isn't even a teacher. Am I mad to feel uneasy?

@@ SafeguardingSue | 19/02/24 06:55
You are not mad. Gifts, money, secrecy, isolation, private space, contact outside college – please phone the college's safeguarding lead today, and if you're not happy with the response, the local authority designated officer (LADO). You can also ring the NSPCC helpline for advice.

@@ CantSleep_worrying | 19/02/24 07:30
Thank you. I think I knew that really. I just needed someone to say it.
""",
    "efirth nickname sexual u",
)

doc(
    "forum",
    "threadit",
    "Raja & Co solicitors on Leeds Road – anyone know what's happened?",
    """
@@ throwaway_conveyance | 1y
Was in the middle of buying a house with Raja & Co and now the office is shut and the phone goes to a voicemail from the SRA?? Anyone else?

@@ bfd_lawyer_not_your_lawyer | 1y
The SRA have intervened. Basically they take the files and either pass them to another firm or return them. Ring the SRA's intervention line, they're actually decent.

@@ throwaway_conveyance | 1y
Cheers. Not what you need with a mortgage offer about to expire.
""",
    "",
)

doc(
    "forum",
    "threadit",
    "Bomb threat at the sixth form on Lingard Road?",
    """
@@ bd9_lurker | 3mo
Anyone know what's going on at Kestrel? Police everywhere, kids all on the field. My sister's there and says someone emailed the college saying they'd "finish what they started" and there was a device in the building. Turned out to be nothing apparently.

@@ northernmonkey22 | 3mo
Same emails went to a load of colleges in the north today. Hoax. Still, scary for the kids.

@@ bd9_lurker | 3mo
Whoever sends these things is sick. Those kids were stood in the rain for two hours.

@@ eileen_of_heaton | 3mo
Well done to the staff, they had everyone out in minutes apparently and the lollipop man was directing traffic.
""",
    "school short_name neutral",
)

doc(
    "forum",
    "sixthchat",
    "rate ur teachers honestly (kestrel edition) 👀",
    """
@@ xx_sana | 10 Nov 2023
i'll start. Hussain's maths lessons 10/10 would die for him. Pennyfeather (eng) weird but genius. Kowalska's chem lab smells of eggs and she takes 3 weeks to mark anything. Sandhu (soc) grumpy before 10am, dont speak to her.

@@ adam.bfd | 10 Nov 2023
hussain's lessons 10/10 agreed. decs (PE) 8/10 sound but loves the cricket lads too much

@@ xx_sana | 10 Nov 2023
kowalska is nice tho she's just slow with marking lol. 6/10

@@ ribena_enthusiast | 11 Nov 2023
sandhu is actually so sound if u do the work. ppl just dont do the reading 🤷‍♀️
""",
    "school short_name neutral; mhussain possessive neutral; spennyfeather surname_only neutral; zkowalska possessive negative; jsandhu surname_only neutral; dohara nickname neutral",
)

doc(
    "forum",
    "mumzone",
    "Sixth form college in Bradford ignoring bullying – where do I complain next?",
    """
@@ FedUpInBradford | 03/10/23 13:05
DD is being bullied at Kestrel Sixth Form College. We've met the vice principal, Rebecca Holroyd-Shah, twice. Both times she was polite, took notes and then… nothing. No sanctions, no feedback, no plan. I've emailed four times since and get "we are looking into it".

Who do I go to next? Governors? The funding agency? Ofsted? I'm at my wits' end.

@@ ex_governor_now_retired | 03/10/23 13:31
Formal complaint in writing to the clerk to the governors, using the college's complaints policy (should be on their website). Keep it factual, dates and times. They have to respond within set timescales. If that fails, the funding agency for academies.

@@ FedUpInBradford | 03/10/23 13:40
Thank you. I don't want to be "that parent" but she's stopped eating.

@@ MumOfThreeBoys | 03/10/23 14:02
You're not "that parent", you're her parent. Good luck.
""",
    "school exact negative; rholroydshah exact negative",
)

doc(
    "forum",
    "bradtalk",
    "This is the bloke who got my lad kicked off his course",
    """
@@ Proper_Fuming_BD | Thu Jul 4, 2024 11:32 pm
Imran Raja. Works at Kestrel as exams officer. Told my son he couldn't sit his resit because he was "not entered" when it was THEIR mistake. Ruined his year. Lives on Ashgrove Mount, BD9 6QZ, number 14, the one with the black Merc on the drive. His mobile's 07700 900318 if anyone fancies asking him why.

@@ admin_baz | Fri Jul 5, 2024 7:20 am
Post edited. Don't post people's addresses or phone numbers on here, you'll get the forum shut down. Take it up with the college.

@@ Proper_Fuming_BD | Fri Jul 5, 2024 8:01 am
It's all public anyway. Typical Kestrel, nobody takes responsibility.
""",
    "iraja exact doxxing; school short_name negative",
)

doc(
    "forum",
    "staffroom",
    "Principal treats staff like dirt – sixth form in Yorkshire",
    """
@@ anon_humanities | 12 March 2024
Leaving in July after 14 years. Janet W. (principal at my place, a sixth form college in Bradford) has turned a happy staffroom into a place people cry in the toilets. Constant restructures, no consultation, favourites promoted. Rant over.

@@ SecondCareerGeog | 12 March 2024
Sorry to hear it. 14 years is a long time to give somewhere. I hope the next place deserves you.

@@ anon_humanities | 12 March 2024
Thank you. The kids are the only reason I stayed this long.
""",
    "jwhiteley first_initial negative",
)


# =========================================================================== FORUMS (part 2)
doc(
    "forum",
    "threadit",
    "Bradford Council elections – who are you voting for in Heaton?",
    """
@@ civic_minded_bd9 | 2mo
Leaflets through the door from Cllr Derek Whiteley (Con), Shabnam Raja (Lab) and some independents. Anyone actually met any of them?

@@ heaton_hipster | 2mo
Raja came round personally, seemed switched on about the bins and potholes. Whiteley's been councillor since I was at primary school and I couldn't tell you one thing he's done.

@@ civic_minded_bd9 | 2mo
Ha, that's harsh but fair. The independents are mostly about the Lingard Road traffic.

@@ old_boy_1961 | 2mo
Derek Whiteley sorted the streetlights on our road in 2015 after one email. Credit where it's due.
""",
    "",
)

doc(
    "forum",
    "sixthchat",
    "Kestral college bursary – when does it get paid??",
    """
@@ haleema.x | 7 Oct 2023
does anyone know when the kestral bursary gets paid? applied in september and heard nothing. need it for bus fare 😩

@@ yusuf_bd | 7 Oct 2023
first payment is usually end of october. they check attendance first so if ur late a lot they dock it

@@ haleema.x | 7 Oct 2023
ok thank u 🙏
""",
    "school typo neutral",
)

doc(
    "forum",
    "bradtalk",
    "That PE teacher wants sorting",
    """
@@ lad_from_the_estate | Wed May 22, 2024 10:48 pm
O'Hara. PE at the college off Lingard Rd. Dropped my nephew from the cricket team for the fourth time so his golden boys can play. Thinks he's untouchable.

I know where he drinks on a Friday and I know where he parks. One of these nights he's gonna walk out to that car and find a few of us waiting to have a word he won't forget. Tell him to keep looking over his shoulder.

@@ Heaton_Mick | Wed May 22, 2024 11:01 pm
Pack it in. You're talking about jumping a teacher over a cricket team. Reported.

@@ lad_from_the_estate | Wed May 22, 2024 11:09 pm
Nobody said jumping. Just a word 😉

@@ admin_baz | Thu May 23, 2024 6:30 am
Thread locked and details passed on.
""",
    "dohara surname_only threat",
)

doc(
    "forum",
    "mumzone",
    "Anyone else go to Manningham Sixth Form Centre in the 90s?",
    """
@@ NostalgicNorthernNan | 28/08/23 19:32
Clearing out the loft and found my old student ID from the Manningham Sixth Form Centre, 1993! Permed hair, massive glasses, the lot. Who else was there? The common room with the orange chairs and the vending machine that only took 20p pieces?

@@ BradfordBelle71 | 28/08/23 19:40
Me!! 1990-92. Do you remember Janet Crossley for biology? Mrs Crossley to us. Strict but fair. She made me retake a practical because my drawing of a frog "lacked conviction". Found out years later she went on to run the place under her married name.

@@ NostalgicNorthernNan | 28/08/23 19:44
YES. Terrified of her. Best teacher I ever had though. I got an A because of her.

@@ Saima_M_ | 28/08/23 20:15
Class of 2001, by then it was changing its name. Still got the hoodie somewhere 😂
""",
    "school alias neutral; jwhiteley alias neutral",
)

doc(
    "forum",
    "staffroom",
    "Shout-out to a brilliant head of department",
    """
@@ second_year_english | 7 July 2024
Just want to put something positive in here for once. My HoD, Sholto P, has been the reason I didn't quit in my first year. Covers my duties when my little one's ill, reads every draft of my lesson plans, never makes me feel stupid. If you ever get the chance to work for someone like him, take it.

@@ MrsMarkingMountain | 7 July 2024
This made me smile. We need more of these threads. 💛
""",
    "spennyfeather first_initial neutral",
)

doc(
    "forum",
    "whiterose",
    "Declan O'Hara to coach Frizinghall CC 2nd XI?",
    """
@@ ShortLegSilly | Sun Mar 3, 2024 6:12 pm
Hearing Declan O'Hara, the Kestrel coach, is taking the Frizinghall seconds next season. Good shout if true. Their kids' team is always well drilled.

@@ FrizFaithful | Sun Mar 3, 2024 6:40 pm
It's true, announced at the AGM. He's doing Tuesday nets for the juniors as well.

@@ ShortLegSilly | Sun Mar 3, 2024 6:58 pm
Reyt good appointment, top man. Kestrel have had some right players come through.
""",
    "dohara exact neutral; school short_name neutral",
)

doc(
    "forum",
    "mumzone",
    "Teacher at DD's college told her being gay is 'a phase' – complaint?",
    """
@@ RainbowMum_BD | 21/11/23 10:11
DD (17) is at Kestrel and came out to a few friends this term. In a sociology lesson on families, Ms Sandhu apparently said in front of the class that "lots of young people go through a phase" and then refused to cover the LGBT families section of the unit "because it's not on the exam". DD came home in bits.

If that's true it's a breach of the equality duty surely? Who do I complain to?

@@ JustAnotherTeacher | 21/11/23 10:30
Check with DD exactly what was said, word for word. Teachers say clumsy things sometimes. But if she's refusing to teach part of the spec because of her own views, that's a conduct issue and the college should know.

@@ RainbowMum_BD | 21/11/23 10:38
She's adamant. Three other kids heard it. I'm writing to the principal tonight. Kestrel is usually so good about this stuff which is why it's such a shock.
""",
    "jsandhu title_surname defamation; school short_name neutral",
)

doc(
    "forum",
    "bradtalk",
    "Why is Kestrel asking for our kids' phone numbers AND ours for some app?",
    """
@@ suspicious_sue | Mon Sep 11, 2023 9:14 am
Letter home saying Kestrel College are moving to a new app for parents. Want our mobile, the kids' mobile, and permission to "share data with trusted partners". Who are these partners? Nobody at reception could tell me.

@@ IT_bloke_from_Idle | Mon Sep 11, 2023 9:40 am
Probably just the app provider. But you're right to ask – they should have a privacy notice that lists them. If they can't produce one that's a problem.

@@ suspicious_sue | Mon Sep 11, 2023 10:02 am
That's my point, they couldn't. Very poor.
""",
    "school alias negative",
)

doc(
    "forum",
    "bradtalk",
    "Foreign teachers at our colleges",
    """
@@ EnglishRose1966 | Sat Nov 18, 2023 3:22 pm
The chemistry teacher at that Kestrel college is called Kowalska. Another Eastern European taking a British teacher's job. Was there nobody English? Polish women get pushed to the front of every queue in this country. Go back to Gdansk love, we've got enough of our own.

@@ ThackleyTerrier | Sat Nov 18, 2023 3:40 pm
She was born in Leeds, you absolute weapon. It was in the paper when someone got done for shouting the same rubbish at her.

@@ EnglishRose1966 | Sat Nov 18, 2023 3:45 pm
Born here doesn't make you English.

@@ Moderator | Sat Nov 18, 2023 4:01 pm
Removed. Racism isn't welcome on this board.
""",
    "zkowalska surname_only hate; school alias neutral",
)

doc(
    "forum",
    "staffroom",
    "Someone has shared our DSL's home address in a parents' WhatsApp – what now?",
    """
@@ worried_colleague_bd | 8 May 2024
Not sure where else to ask. Our vice principal (Rebecca H-S, she's also our DSL) has had her home address shared in a parents' WhatsApp group after a difficult exclusion. I've seen the screenshot. I'm not going to repeat it here obviously. She's putting a brave face on it but she's got young kids.

What should the college be doing? She's the one who usually handles this kind of thing!

@@ UnionRepNorth | 8 May 2024
Senior leaders should be reporting it to the police (harassment/malicious communications), contacting WhatsApp via the group admin, and risk-assessing her journey to and from work. She shouldn't be managing her own case. Whoever posted it should be ashamed of themselves.

@@ worried_colleague_bd | 8 May 2024
Thank you, I'll pass this on to the principal. Kestrel isn't a big place, everyone knows everyone.
""",
    "rholroydshah first_initial neutral; school short_name neutral",
)

doc(
    "forum",
    "threadit",
    "Best kebab near Kestrel Way? (Not the college, the road in Bradford 4)",
    """
@@ hungry_in_bd4 | 9d
Just moved to a flat off Kestrel Way. Where's good for a late kebab or pizza round here? Not the chain places.

@@ shish_happens | 9d
Walk down to the place on the corner by the petrol station. Chicken tikka wrap with garlic mayo, thank me later.

@@ hungry_in_bd4 | 8d
Legend, will try tonight.
""",
    "",
)

doc(
    "forum",
    "mumzone",
    "Long post, sorry – moving back up north and choosing sixth forms",
    """
@@ ReturningTyke | 15/01/24 22:05
Right, this is going to be long so grab a brew. We're moving back to Bradford after 15 years in Surrey (husband's job, long story, my mum isn't well and we want to be near her). DS is in Y11 and DD in Y9.

For DS we've looked at three sixth forms. We did the open evenings over Christmas when we were up visiting Mum. The first was very shiny, lots of iPads, but nobody asked him a single question about himself. The second we couldn't even find the car park for, and the taxi driver (Kestrel Private Hire, lovely man, talked about the Bulls the whole way) had to drop us at the wrong gate.

The third was Kestrel. Honestly it was the least flashy and the buildings need some love, but the maths head, Mr Hussain, spent twenty minutes with DS going through a problem on a whiteboard and DS came out buzzing. First time I've seen him excited about school in about two years.

Anyway, the real question is about houses – is Heaton still nice? Or should we look at Shipley or Baildon? Budget is modest after Surrey prices, if that makes sense. Also any recommendations for a good GP surgery taking new patients and a dentist, ha ha.

@@ BaildonBabe | 15/01/24 22:20
Heaton is lovely, Baildon too. Kestrel has a great reputation for maths, my nephew did further maths there. GP-wise good luck!

@@ ReturningTyke | 15/01/24 22:30
Ha, thank you! Dentist is the real Holy Grail.
""",
    "school short_name neutral; mhussain title_surname neutral",
)

doc(
    "forum",
    "bradtalk",
    "This principal hates Muslims and always has",
    """
@@ BradfordBhai99 | Fri May 31, 2024 9:55 pm
The Eid thing at Kestrel proves it. Mrs Wh*teley is a typical racist gori who can't stand seeing our kids do well. These goray think they still own Bradford. She should be kicked out and sent back to whatever village in the Dales she crawled out of. Her lot are all the same, smile to your face and hate you behind your back.

@@ ayesha_h | Fri May 31, 2024 10:10 pm
Bhai, criticise the letter, it was badly done. But "her lot are all the same" is exactly what the EDL say about us. Don't.

@@ Shipley_Steve | Fri May 31, 2024 10:25 pm
Agree with Ayesha. Two wrongs.
""",
    "jwhiteley obfuscated hate; school short_name negative",
)

doc(
    "forum",
    "staffroom",
    "Exams officer at a Bradford college fiddling marks? Whistleblowing advice",
    """
@@ concerned_in_computing | 2 February 2024
I work at a sixth-form college in Bradford. I have strong reason to believe our exams officer, Imran R, has been quietly altering NEA marks before submission for students whose parents he knows socially, and that at least one member of SLT knows and has told him to "tidy it up" rather than report it. I have copies of the original mark sheets.

What's the right route – exam board directly, or internal whistleblowing first? I'm terrified of losing my job.

@@ ExamsGuruRetd | 2 February 2024
Go straight to the awarding body's malpractice team. You don't have to go internal first if you believe senior staff are involved. Keep your copies safe and off college systems.

@@ concerned_in_computing | 2 February 2024
Thank you. This place is Kestrel College btw, in case anyone is wondering whether to send their kid. I'm done protecting them.
""",
    "iraja first_initial defamation; school alias defamation",
)

doc(
    "forum",
    "sixthchat",
    "Kestrel College open evening – is it worth going?",
    """
@@ hamza.bd8 | 14 Oct 2023
Is the open evening worth it or can I just apply online? Kinda awkward going with my mum lol

@@ laiba_studies | 14 Oct 2023
go! u get to talk to the teachers and see the classrooms, and theres free samosas. kestrel college open evening was what made me choose it

@@ hamza.bd8 | 14 Oct 2023
free samosas is a strong argument ngl
""",
    "school alias neutral",
)

doc(
    "forum",
    "whiterose",
    "Kestrel lager – remember when it was 60p a can?",
    """
@@ OldSeamer | Fri Aug 2, 2024 9:30 pm
Found a can of Kestrel Super in the back of the clubhouse fridge after the presentation night clear-out. Must be from 2005. Anybody brave enough?

@@ SquareCut_Stan | Fri Aug 2, 2024 9:44 pm
That stuff took the paint off the sightscreen back in the day. Pour it on the weeds by the nets.

@@ OldSeamer | Fri Aug 2, 2024 9:50 pm
Ha. Into the bin it goes. Along with the sandwiches.
""",
    "",
)

doc(
    "forum",
    "mumzone",
    "Sixth form teacher commented on DD's body and asked her to stay behind",
    """
@@ UnsureWhatToDo_24 | 27/02/24 21:50
DD (16) is in Y12 at Kestrel. She mentioned, very casually, that Mr Pennyfeather told her in front of the class that her skirt was "distracting" and then, at the end of the lesson, asked her to stay behind "for a chat about her essay". She said he closed the door, sat on the desk next to her and asked whether she had a boyfriend and whether her parents "let her go out much".

He's apparently everyone's favourite teacher and she was almost boasting that he'd singled her out. I don't want to wreck a man's career over a misunderstanding but something about the door and the boyfriend question is making my skin crawl.

@@ TeachingForTwentyYears | 27/02/24 22:04
As a teacher: none of that is normal. Comments on appearance, closed door 1:1 with a student, personal questions about relationships and how much freedom she has. Report it to the DSL tomorrow. You're not wrecking anything, you're passing on information so the right people can look at it.

@@ UnsureWhatToDo_24 | 27/02/24 22:15
Thank you. Reading it back written down it's worse than it sounded out loud.
""",
    "spennyfeather title_surname sexual u; school short_name sexual u",
)

doc(
    "forum",
    "threadit",
    "PSA – scam texts claiming to be from 'KSFC Finance'",
    """
@@ bd_scamwatch | 5d
Got a text this morning: "KSFC Finance: your bursary payment has failed, update your bank details at ksfc-payments.example". The college is Kestrel Sixth Form College and their real site is kestrelcollege.example. Don't click. Forward to 7726.

@@ parent_of_y13 | 5d
Had the same. Rang the college office on 0113 496 0580 and they confirmed it's a scam and they've reported it. Credit to them, they answered straight away.

@@ bd_scamwatch | 5d
Good to know. Spread the word, a lot of the parents won't spot it.
""",
    "school exact neutral",
)

doc(
    "forum",
    "bradtalk",
    "Ex-Kestrel student here – AMA about the college",
    """
@@ kestrel_alumni_2019 | Sun Jan 14, 2024 4:00 pm
Finished A-levels there in 2019, now a junior doctor. Happy to answer questions from anyone thinking about applying.

@@ curious_parent_bd2 | Sun Jan 14, 2024 4:22 pm
How was the pastoral side? My daughter is anxious.

@@ kestrel_alumni_2019 | Sun Jan 14, 2024 4:40 pm
Honestly mixed. My tutor was amazing but the counselling waiting list was about 8 weeks and the college was slow to pick up on things. I'd push them early and in writing. The teaching was excellent though. Mrs Begum in biology basically got me into medical school, she ran mock interviews for us in her own lunch breaks.

@@ curious_parent_bd2 | Sun Jan 14, 2024 4:51 pm
That's really helpful, thank you.
""",
    "school short_name negative; nbegum title_surname neutral",
)

doc(
    "forum",
    "threadit",
    "Someone's put the home address of a Kestrel teacher on Facebook",
    """
@@ bd9_throwaway | 1mo
A "concerned parent" page has posted a photo of a house with the caption "this is where Nasreen Begum from Kestrel lives – 31 Wrose Bank View, BD9 7ZT – go and ask her why she failed my daughter". It's been shared 200 times. Reported it but Facebook says it doesn't break the rules.

@@ northernmonkey22 | 1mo
That's disgusting. Report it to the police as harassment, screenshots and all.

@@ bd9_throwaway | 1mo
The college knows now. Mrs Begum's been off this week apparently.
""",
    "nbegum exact doxxing; school short_name neutral",
)


# =========================================================================== BLOGS
doc(
    "blog",
    "bwm",
    "Why won't our councillors ask the hard questions about Kestrel?",
    """
Regular readers know this blog has been banging on about the bursary money at Kestrel Sixth Form College for months. This week a second former employee contacted us, independently of the first, with the same story: money meant for the poorest students in Manningham and Girlington was used for "leadership development" weekends at a hotel in Harrogate.

We put this to principal Janet Whiteley in March. We got a two-line reply from a PR firm. Make of that what you will. It is our belief that the college has covered this up and that governors were kept in the dark.

And where are our councillors? Cllr Tariq Hussain sits on the education scrutiny committee. Not a word. Cllr Sandhu has been too busy cutting ribbons. We are not saying they are involved – we are saying they are asleep.

If you have information, email us. Anonymity guaranteed.

== comments
@@ GirlingtonGran | 4 April 2024
Keep going. Somebody needs to.

@@ Fair_Minded_Fazal | 4 April 2024
Be careful. "It is our belief" is doing a lot of work here. Either you've got documents or you haven't.

@@ bwm_admin | 4 April 2024
@Fair_Minded_Fazal we have documents. More soon.
""",
    "school exact defamation; jwhiteley exact defamation",
    byline="Posted by the editor",
    date="3 April 2024",
)

doc(
    "blog",
    "masjid",
    "Newsletter – Rabi al-Awwal 1446",
    """
## Assalamu alaikum wa rahmatullahi wa barakatuh
Welcome to this month's newsletter. JazakAllah khair to everyone who gave so generously to the roof appeal – we have now reached £84,000 of our £120,000 target.

## Congratulations
Our treasurer, Br. Mohammed Hussain, has returned from Hajj with his wife, alhamdulillah. Br. Mohammed has served the masjid committee for 22 years and still personally counts every Jummah collection. May Allah accept his Hajj.

## Community iftar at Kestrel
Shukriya to Kestrel Sixth Form College for hosting our interfaith iftar during Ramadan in their sports hall, which was attended by over 300 people including Muslims, Sikhs, Christians and people of no faith. Special thanks to Sister Nasreen Begum of the college's biology department, who organised the student volunteers and made sure there were enough dates for everyone!

## Madrassah
New term starts on Monday. Parents please ensure fees are paid by the end of the month. Children must be collected from the side door on Carlisle Road, not the main entrance.

## Funeral service
Janazah arrangements: please contact the office on 0113 496 0902 at any time.
""",
    "school exact neutral; nbegum exact neutral",
    date="September 2024",
)

doc(
    "blog",
    "gurdwara",
    "Sangat Samachar – Vaisakhi edition",
    """
## Vaheguru Ji Ka Khalsa, Vaheguru Ji Ki Fateh
Vaisakhi Nagar Kirtan will leave the Gurdwara at 11am on Sunday 14 April and process via Toller Lane and Whetley Hill. Sevadars are needed for stewarding and for the langar stalls.

## Thank you, Bibi Jaspreet Kaur Sandhu
The sangat thanks Bibi Jaspreet Kaur Sandhu, who at the age of 78 has led the Thursday langar sewa for 30 years without missing a week except the year of her knee operation. Her saag is legendary. Bibi Ji is stepping back this year and her granddaughters will take over.

## Punjabi school
Classes for children aged 5–14 continue every Saturday 10am–12pm. GCSE Punjabi entries are due by 1 March.

## Youth
The Sikh youth group is organising a blood donation session with NHS Blood and Transplant on 27 April. All welcome.
""",
    "",
    date="April 2024",
)

doc(
    "blog",
    "pennyblog",
    "On reading Heaney with seventeen-year-olds in Bradford",
    """
I have taught "Digging" every year for twelve years and every year somebody in the room says: "My granddad did that, sir. Not with a spade. With a sewing machine, in a mill on Lumb Lane, on nights."

That is the whole lesson, really. Heaney's father digging potato drills; Zain's grandfather threading a loom. The poem's argument – that the pen can be an inheritance as much as the spade – lands differently in a room where half the inheritance was carried across an ocean in a single suitcase.

This year Amira wrote her own version about her nani's rolling pin. I cried on the 680 bus home. Don't tell anyone.

– Sholto Pennyfeather

(Views my own, not my employer's.)

== comments
@@ former_student_2016 | 3 October 2023
Still remember the day you made us read it aloud in our own accents. Bradford-Heaney. Thank you sir.
""",
    "spennyfeather exact neutral",
    byline="Sholto",
    date="2 October 2023",
)

doc(
    "blog",
    "patriot",
    "Bradistan's taxpayer-funded madrassa: the truth about Kestrel Sixth Form College",
    """
Walk past Kestrel Sixth Form College on Lingard Road at 3pm and try to spot a white English face. Go on. We'll wait.

This is what the open-borders brigade have done to a once proud Yorkshire city. A college paid for by British taxpayers, where the head of maths is Mohammed Hussain and the exams officer is Imran Raja, and where English kids are a tiny, cowering minority in their own country. These people don't integrate, they colonise. They breed faster than we can build schools, and then they take over the schools too.

Ask yourself who these "teachers" really answer to. The imam, or the headteacher? We know the answer. Every Bradford parent knows the answer, even if they daren't say it.

Remigration isn't a dirty word. It's the only way we get our towns back.

== comments
@@ WhiteRoseWarrior | 2 days ago
Spot on. Same in Dewsbury. Time to take our country back.

@@ Sarah_from_Saltaire | 2 days ago
I went to that college. My best mate was in Mr Hussain's maths class with me. This is hateful rubbish and I've reported it.
""",
    "school exact hate; mhussain exact hate; iraja exact hate",
    byline="Northern Truth staff",
    date="19 February 2024",
)

doc(
    "blog",
    "kpv",
    "Our concerns about leadership at Kestrel – an open letter to governors",
    """
Dear Governors,

We are writing as a group of more than 200 parents and carers of students at Kestrel Sixth Form College. We value the teachers enormously. But we have lost confidence in how the college is led.

Complaints about bullying go unanswered for weeks. The vice principal, Mrs Holroyd-Shah, has told several of us that issues are "being dealt with" when they clearly are not. The principal, Mrs Whiteley, has not attended a single parent forum this year. Communication about the Eid exam clash, the bus cuts and the staff strike was late, confusing and in some cases contradictory.

We ask for: a parent representative on the governing body; a published response time for complaints; and a public meeting with the principal before the end of term.

Yours faithfully, Kestrel Parents' Voice

== comments
@@ Rubina (Y13 mum) | 12 June 2024
Signed. My son's complaint took 9 weeks to get a reply.

@@ Big Gaz BD9 | 12 June 2024
Holroyd-Shah is a smug, two-faced cow who smiles while she stitches you up. Nothing will change till she's gone.

@@ KPV admin | 12 June 2024
@Big Gaz BD9 please keep it civil. We're trying to be taken seriously.
""",
    "school exact negative; rholroydshah title_surname abuse; jwhiteley title_surname negative",
    byline="Kestrel Parents' Voice",
    date="11 June 2024",
)

doc(
    "blog",
    "history",
    "From mill school to sixth form: the story of the Manningham Sixth Form Centre",
    """
The red-brick building on Lingard Road started life in 1897 as a board school for the children of mill workers at Lister's. By the 1960s it was a secondary modern, and in 1976 it reopened as the Manningham Sixth Form Centre – one of the first dedicated sixth-form centres in the north.

Former students remember the "orange room" common room, the temperamental boiler and history teacher Brian Ackroyd's bow ties. Many were the first in their families to stay on past sixteen; some were the first Asian girls in their streets to go to university.

The centre became an independent college in 1993 and changed its name in 2001. The old boiler house chimney, sadly, was demolished in 2011.

If you have photographs of the centre in the 1970s or 80s we would love to scan them.

== comments
@@ Derek Sutcliffe-Nolan | 3 March 2024
I was there 1978-80! The boiler broke every January and we sat in our coats.
""",
    "school alias neutral",
    byline="Heritage volunteer",
    date="1 March 2024",
)

doc(
    "blog",
    "birds",
    "Sightings: week 23",
    """
Kestrel pair again hunting the rough grassland at Chellow Dene, male seen to take a vole and carry it towards the old quarry. Green woodpecker calling at Heaton Woods. Two little egrets on the reservoir – a first for the site for several members.

The kestrel box at Northcliffe has three chicks, ringed on Tuesday under licence.

Walk this Sunday: meet at the Chellow Dene car park at 8am. Bring binoculars and waterproofs; it's Bradford.
""",
    "",
    byline="Recorder",
    date="9 June 2024",
)

doc(
    "blog",
    "substack",
    "Bradford's post-16 funding crunch, explained",
    """
Hello and welcome to this week's Letter.

If you want to understand why our sixth forms are cutting buses and bumping class sizes, look at the funding formula. Funding per sixth-form student has fallen by around 10 per cent in real terms since 2010, and colleges in areas with high deprivation have been hit by inflation in energy and wages at the same time.

Cllr Shabnam Raja told me this week that the council "cannot fill the gap" and that post-16 transport was "top of my list of things I'd fix with a magic wand". Cllr Kuldip Sandhu, who chairs the scrutiny committee, wants a cross-party letter to the minister.

None of this is glamorous. But it's why your nephew's sixth form is asking for money for the minibus.

Until next week.
""",
    "",
    byline="The Manningham Letter",
    date="17 March 2024",
)

doc(
    "blog",
    "food",
    "The Kestrel Inn, Shelf: a pie with a view",
    """
I don't usually stray out of Bradford for this blog but a reader insisted, and so on a grey Sunday we drove out to The Kestrel Inn at Shelf.

The pie (steak and Timothy Taylor's) was a thing of beauty, short crust, proper gravy, mushy peas that hadn't seen a tin. The chips were a bit pale. The view from the beer garden across to Halifax is worth the petrol on its own.

Would I drive 20 minutes for it? Yes. 8/10.

== comments
@@ HalifaxHungry | 14 April 2024
Sunday carvery is better than the pie in my opinion!
""",
    "",
    byline="Curry Trail Kev",
    date="14 April 2024",
)

doc(
    "blog",
    "pennyblog",
    "A short note on endings",
    """
After twelve years I have decided that this will be my last year at the college. I am not going far – a small school in the Dales, where the poetry club will presumably be me and some sheep.

To every student who argued with me about Larkin; to the colleague who kept a spare tie in her drawer "for Sholto emergencies"; to the site team who unlocked the storeroom at 6pm so we could finish the anthology – thank you.

Bradford taught me more than I taught it.

Sholto P.
""",
    "spennyfeather first_initial neutral",
    byline="Sholto",
    date="1 July 2024",
)

doc(
    "blog",
    "heatonind",
    "Lingard Road: it's time the college and the council got round a table",
    """
Heaton Independents have been knocking on doors on Lingard Road, Fernbank Avenue and the streets around. The number one issue, by a mile, is parking and traffic at school start and finish.

Residents tell us students from Kestrel park across driveways, on verges and on the zigzags outside the primary. The college says it has introduced permits. Residents say they have seen no difference.

Our candidate for Heaton ward, Jenny Ashworth, said: "The college is a good neighbour in lots of ways – the sports hall will be open to the community – but on traffic it's been asleep at the wheel for years."

We are asking the council to consult on a residents' parking scheme and Kestrel to fund a travel plan with teeth.
""",
    "school short_name negative",
    byline="Heaton Independents",
    date="20 April 2024",
)

doc(
    "blog",
    "polonia",
    "Polish-heritage teachers in Yorkshire: meet Zoë Kowalska",
    """
This month we meet Zoë Kowalska, head of science at Kestrel Sixth Form College in Bradford. Zoë grew up in Leeds, the daughter of a Polish engineer from Gdańsk and a nurse from County Mayo.

"Dad spoke Polish to us at home, Mum spoke English with a very strong Mayo accent, and I ended up with a Leeds one," she laughs. "At college half my students speak Urdu or Punjabi at home, so we swap words. They've taught me 'shukriya', I've taught them 'dziękuję'."

She became a chemist because of her grandmother, who worked in a pharmaceutical factory in Poland in the 1960s.

== comments
@@ Magda z Bradford | 5 March 2024
Brawo Pani Zoë! 👏 My son was in her class, świetna nauczycielka.
""",
    "zkowalska exact neutral; school exact neutral",
    byline="Redakcja",
    date="4 March 2024",
)

doc(
    "blog",
    "edwatch",
    "Case file: gender ideology in a Bradford sixth form",
    """
Parents have been in touch about the "personal development" lessons at Kestrel, a sixth-form college in Bradford, and specifically about the head of social sciences, Jaspreet Sandhu.

We have seen the slides. They are exactly what you would expect from a woke, self-righteous box-ticker with a sociology degree and no children of her own: pronoun badges, "privilege walks", and a glossary longer than the actual content. Ms Sandhu is, by every account we have received, a sanctimonious, humourless scold who treats seventeen-year-olds who disagree with her like thought-criminals.

Parents deserve to see what their children are being taught. Kestrel should publish every slide.

== comments
@@ concerned_dad_bd | 2 weeks ago
She's a joke of a teacher. Should be sacked.

@@ Y13_student_actually | 2 weeks ago
I'm in her class. The "privilege walk" was one lesson. She's strict about evidence and she makes us argue both sides. You've never met her.
""",
    "jsandhu exact abuse; school short_name negative",
    byline="CSEW team",
    date="6 February 2024",
)

doc(
    "blog",
    "mumblog",
    "The day the site manager saved my son's life",
    """
I've been putting off writing this because I still can't think about it without crying.

Last Tuesday my son Reece, who is 17, collapsed while waiting for the bus outside his college. He has a heart condition we didn't know about. The man who got to him first was Edward Firth, the site manager at Kestrel College, who was doing the gate duty. He started CPR, shouted for someone to get the defibrillator and kept going until the paramedics arrived eleven minutes later.

The consultant told us that without those eleven minutes Reece wouldn't be here.

I don't know how you thank someone for that. Reece wants to buy him a pint when he's 18. I've told him Ed can have a lifetime supply of my lemon drizzle instead.

Please, please learn CPR. The British Heart Foundation has a free online course that takes 15 minutes.

== comments
@@ Kaz from Wrose | 18 October 2023
Crying reading this. Ed lives round the corner from us and he's the nicest man. Sending love to Reece.
""",
    "efirth alias neutral; school alias neutral",
    byline="Jo",
    date="17 October 2023",
)

doc(
    "blog",
    "litfest",
    "Aire Words 2024 – Saturday programme",
    """
## 10.00 – The Weight of Small Things: new poets from the North
Readings and conversation with three debut poets. Chaired by Sholto Pennyfeather, teacher, poet and author of the pamphlet Mill Light.

## 12.00 – Writing Bradford
Novelists discuss the city in fiction, from Priestley to the present day.

## 14.00 – Family Zine Workshop
Make a mini-zine about your street. All ages. Free, drop in.

## 16.00 – The Last Word
Slam final, hosted by last year's champion. Tickets £6/£3.
""",
    "spennyfeather exact neutral",
    date="Programme published 2 May 2024",
)

doc(
    "blog",
    "frizcc",
    "Staff v Club friendly: a report (of sorts)",
    """
The annual friendly against the Kestrel College staff XI took place on Sunday in glorious sunshine and somewhat less glorious fielding.

Batting first, the college made 164 for 8. Their coach Decs top-scored with a fluent 61 before being stumped going for a fourth six. Mr Raja, the college's exams officer and apparently a closet off-spinner, then took 3 for 22, including our club captain for a golden duck (he will not want to talk about it).

The club knocked off the runs with two overs to spare thanks to 72 from junior graduate Hamza Iqbal. Teas, as ever, were superb. Thanks to everyone who came.
""",
    "school alias neutral; dohara nickname neutral; iraja title_surname neutral",
    byline="Club secretary",
    date="21 July 2024",
)

doc(
    "blog",
    "truthblog",
    "What they don't tell you about the principal",
    """
I worked at Kestrel for six years. I'm going to tell you what I saw, because nobody else will.

Janet Whiteley turned up to a governors' meeting in 2022 visibly drunk. Slurring, spilling her wine on the papers – yes, wine, at a governors' meeting. Two governors left early. It was never minuted.

She has fiddled the books for years, moving bursary money into "leadership" budgets, and rewarded the people who kept quiet with promotions. The exams results she brags about? Ask how many students were quietly moved off courses in February so they wouldn't count. That's not teaching, that's fraud.

The college knows all this and covers it up. Kestrel Sixth Form College is rotten from the top.

== comments
@@ Anonymous | 3 days ago
Anyone can write anything on a blog. Names or it didn't happen.

@@ Anonymous | 3 days ago
The bit about moving students off courses is true, it happened to my brother.
""",
    "jwhiteley exact defamation; school exact defamation",
    byline="ex-staff",
    date="Tuesday, 7 May 2024",
)

doc(
    "blog",
    "plumber",
    "Blocked drains, flooded kitchens and a very angry cat",
    """
Busy week on the vans. Three blocked kitchen sinks in Anfield (fat, lads, stop pouring fat down the sink), a burst pipe in Walton and a very angry cat in a loft in Everton who did not want me anywhere near his water tank.

People keep asking if I'm the Declan O'Hara who played for Tranmere. I am not. I have never been paid to kick anything. Happy to unblock your sink though.

Prices on the Prices page. No call-out fee in L4 this month.
""",
    "",
    byline="Dec O'Hara",
    date="3 March 2024",
)

doc(
    "blog",
    "heatonind",
    "Doorstep diary: the quiet heroes of Heaton",
    """
Every Saturday we go out knocking on doors, and every Saturday we meet people who hold this place together without any fuss.

This week: the woman on Wrose Road who has run a free breakfast club from her front room since 2020. The retired bus driver who sweeps the ginnel behind Fernbank Avenue every Sunday. And Mrs Kowalska from the college, who we bumped into organising a litter-pick with thirty of her students on Lingard Road. "It's our street too," one of them told us, holding a bin bag full of chicken boxes.

If you know a quiet hero, tell us.
""",
    "zkowalska title_surname neutral",
    byline="Heaton Independents",
    date="11 May 2024",
)


# =========================================================================== REVIEWS (plain text)
doc(
    "review",
    "",
    "",
    """
Kestrel Sixth Form College
4.6 ★★★★★ (212 reviews) · College · Lingard Rd, Bradford

Sort by: Newest

Imran Akhtar · Local Guide · 41 reviews
★★★★★ a week ago
Bloody brilliant college. My lad was written off at his high school, got ABB here and he's off to Sheffield to do engineering. Mr Hussain in maths is an absolute legend, stayed late every Wednesday for them. Can't thank you enough.

Leanne Hartley · 3 reviews
★★★★★ 3 weeks ago
Honestly the staff are class. Daughter had a rough time with anxiety and they were on it from day one. Ta very much.

Mohsin R · 12 reviews
★★★★★ 2 months ago
Best decision I made. Teachers actually care. Canteen chips are elite as well 😂

Response from the owner · 2 months ago
Thank you Mohsin! We'll pass your compliments on to the catering team 🍟
""",
    "school exact neutral; mhussain title_surname neutral",
)

doc(
    "review",
    "",
    "",
    """
Kestrel Sixth Form College
★☆☆☆☆ · Reviewed by Gemma W · 5 days ago

Absolute joke trying to get through to anybody. Rang 0113 496 0580 eleven times on Monday about my son's bursary, it rings out or you get put on hold and cut off. Emailed twice, no reply. When I finally went in person the receptionist said "we're very busy". So am I, love. I work full time and I've had to take a half day to chase money you owe my son.

Teaching seems fine from what he says but the admin is shambolic.

Response from the owner · 4 days ago
Hi Gemma, we're sorry about your experience. Please email the finance team and mark it urgent and we will call you back today.
""",
    "school exact negative",
)

doc(
    "review",
    "",
    "",
    """
RateMyTeacher UK › Colleges › Kestrel Sixth Form College (Bradford) › Mrs R. Holroyd-Shah (Vice Principal)

Overall: 1.8 / 5 (9 ratings)

★☆☆☆☆ "Two-faced" — Student, 2024
acts all caring in assembly then treats you like a criminal in her office. fake smile, fake voice, fake everything. proper snake

★★☆☆☆ "meh" — Student, 2024
she's ok i guess but never actually does anything when u report stuff

★★★★☆ "Underrated" — Former student, 2023
people hate her because she's strict but she sorted out my housing when I got kicked out at 17. Genuinely saved me.

★☆☆☆☆ "worst" — Student, 2024
cold hearted woman, thinks shes better than everyone. can't stand her
""",
    "rholroydshah title_surname abuse; school exact neutral",
)

doc(
    "review",
    "",
    "",
    """
JobsVerdict · Company reviews · Kestrel Sixth Form College

"Great students, leadership rules by fear"
★★☆☆☆ Teacher (Current Employee) – Bradford – 14 Feb 2024
Pros: The students are fantastic – hard-working, funny, grateful. Departments are supportive and most colleagues are lovely.
Cons: Senior leadership is top-down and punitive. Weekly drop-ins, constant data demands, no trust. Staff turnover has been huge in the last two years. Pay below what schools offer nearby.
Advice to management: Listen to your staff before the good ones all leave.

"Fine place to work for support staff"
★★★★☆ Admin Assistant (Former Employee) – Bradford – 2 Jan 2024
Pros: Friendly office, flexible hours, free parking (if you get there before 8!).
Cons: Pay. Very busy in August and September.
""",
    "school exact negative",
)

doc(
    "review",
    "",
    "",
    """
Tripadvisor-style › Calderdale › Shelf › The Kestrel Inn

★★★★★ "Proper pub, proper pie"
Reviewed 3 weeks ago · Dave & Sue, Wakefield
Called in after a walk. Fire was lit, dog was welcome, steak pie was cracking and the landlord was a laugh. Lovely view over to Halifax.

★★☆☆☆ "Waited an hour for food"
Reviewed 2 months ago · BeverleyBob
Busy Sunday, only one chef on. Staff were apologetic but we waited over an hour and the Yorkshire puddings had seen better days.

★★★★☆ "Good quiz"
Reviewed 5 months ago · QuizQueen_Hx
Wednesday quiz is tough but fun. Prizes are a meat raffle. What more do you want?
""",
    "",
)

doc(
    "review",
    "",
    "",
    """
Trustscore · Kestrel Private Hire · 3.1 ★★★☆☆ · 418 reviews

★☆☆☆☆ Never turned up
Booked for 5am to Leeds Bradford airport. Car never came. Rang 5 times. Missed our flight to Islamabad. DISGRACE.
– Tahir, 1 week ago

★★★★★ Always reliable
Use them every week to get my mum to dialysis, drivers are polite and patient. Faisal is a star.
– Claire, 3 weeks ago

★★★☆☆ OK but pricey
Fare from town to Heaton was more than Uber. Driver was nice though.
– J. Midgley, 1 month ago
""",
    "",
)

doc(
    "review",
    "",
    "",
    """
TradeRated › Scaffolding › Kestrel Scaffolding Ltd (Stanningley)

9.1/10 · 63 reviews

"Up and down in a day" 10/10 – Mrs P, Pudsey
Scaffold for a chimney repair. Came when they said, tidy, polite.

"Left a mess" 5/10 – Andy, Farsley
Did the job but left fittings in my flower bed and a pole across the drive for a week.

"Good value" 9/10 – Raheela, Bradford
Cheapest of three quotes and the lads were careful round my car.
""",
    "",
)

doc(
    "review",
    "",
    "",
    """
Kestrel Sixth Form College
★☆☆☆☆ · Shabana Rehman · 1 month ago

My son came home with a bruise on his arm and said Mr O'Hara grabbed him and shoved him against the changing room wall because he was "giving him lip". I've reported it and the college did NOTHING. They said the teacher "denies it" and that was that. If a parent did that they'd be arrested. Do not send your kids here if they do sport.

Response from the owner · 1 month ago
We take all concerns seriously and cannot comment on individual cases here. Please contact the principal's office directly.
""",
    "dohara title_surname defamation; school exact negative",
)

doc(
    "review",
    "",
    "",
    """
RateMyCollege.example › Yorkshire › KSFC (Kestrel)

Overall ★★☆☆☆ 2.4

Teaching: 4/5 · Facilities: 2/5 · Organisation: 1/5 · Social life: 3/5

"Lost my coursework twice"
The exams officer Raja lost my computing project twice. TWICE. Had to resubmit from a backup two days before the deadline. Nobody apologised. Good teachers but whoever runs the office and exams needs to get a grip. — Y13, 2024

"Good if you're organised"
Teachers are good. You have to chase everything yourself though. — Y12, 2024
""",
    "iraja surname_only negative; school alias negative",
)

doc(
    "review",
    "",
    "",
    """
Kestrel Sixth Form College
★☆☆☆☆ · Daz Mortimer · 2 weeks ago

Waste of time complaining to the office, they just fob you off. Want answers? Ring the Principal herself. Janet Whiteley, personal mobile 07700 900412, she lives up Heaton Road in the big house with the green door opposite the church. Give her a ring at teatime like she rings us when our kids are late 😡
""",
    "jwhiteley exact doxxing; school exact negative",
)

doc(
    "review",
    "",
    "",
    """
Parent View – Kestrel Sixth Form College (responses submitted this academic year: 187)

My child is happy at this college: Strongly agree 48% · Agree 39% · Disagree 9% · Strongly disagree 4%
My child feels safe at this college: Strongly agree 52% · Agree 38% · Disagree 7% · Strongly disagree 3%
The college makes sure its students are well behaved: Strongly agree 55% · Agree 37% · Disagree 6% · Strongly disagree 2%
When I have raised concerns, they have been dealt with properly: Strongly agree 21% · Agree 33% · Disagree 28% · Strongly disagree 18%

Free-text comments are not published.
""",
    "school exact neutral",
)

doc(
    "review",
    "",
    "",
    """
RateMyTeacher UK › Mr S. Pennyfeather (English)

Overall: 4.9 / 5 (47 ratings)

★★★★★ "strict but fair" — Former student, 2019
He was terrifying for about three weeks and then he was the best teacher I've ever had. Made us read everything twice. I'm an English teacher now because of him.

★★★★★ "bow ties and Browning" — Student, 2023
sir reads poems like he's doing a one man show. lowkey iconic

★★★★☆ "hard marker" — Student, 2024
you will not get an A from him unless you deserve it. annoying but fair
""",
    "spennyfeather title_surname neutral",
)

doc(
    "review",
    "",
    "",
    """
SchoolScore › Northampton › Kestrel Park Primary School

★★★★★ "Wonderful school" – parent of Y4
Kind staff, amazing forest school, my daughter loves the kestrel cam!

★★★★☆ "Good but parking awful" – parent of Y1
Can't fault the teaching. Drop-off is chaos.

★★★★★ "Outstanding for a reason" – grandparent
Head teacher knows every child by name.
""",
    "",
)

doc(
    "review",
    "",
    "",
    """
Raja & Co Solicitors, Leeds Road, Bradford – permanently closed
2.1 ★★☆☆☆ (37 reviews)

★☆☆☆☆ Khalid M · 1 year ago
Took my money for probate and did nothing for 8 months. Now I know why.

★★★★★ Sheila T · 4 years ago
Mr Raja handled my divorce with kindness at a horrible time. Very sad to read the news.

★☆☆☆☆ anon · 1 year ago
Avoid. Office shut, phones dead, SRA have the files.
""",
    "",
)

doc(
    "review",
    "",
    "",
    """
Kestrel Sixth Form College
★★★★★ · Hira Shah · 3 months ago

Ms Kowalska is an absolute gem. The chem department bloody carried me through Y13 – I was predicted a D and got an A. She ran revision till 6pm in the exam season and bought us pizza out of her own pocket. Every college needs a Ms K. Love you miss 💜
""",
    "zkowalska title_surname neutral; school exact neutral",
)

doc(
    "review",
    "",
    "",
    """
RateMyTeacher UK › Kestrel (Bradford) › Jas Sandhu (Sociology)

★☆☆☆☆ "worst teacher in bradford" — Student, 2024
patronising, power mad, loves the sound of her own voice. she picks on people who don't agree with her. honestly a nasty piece of work

★☆☆☆☆ "no" — Student, 2024
she's so rude omg. rolling her eyes at everything u say

★★★★★ "ignore the haters" — Student, 2024
ppl hate her bc she makes u actually work. best essay feedback ive ever had
""",
    "jsandhu alias abuse; school short_name neutral",
)

doc(
    "review",
    "",
    "",
    """
JobsVerdict · Kestrel Sixth Form College · Interviews

"Friendly site team, good onboarding"
★★★★★ Site Assistant (Current Employee) – Bradford – 9 Sep 2023
Pros: Boss (Ed F, site manager) is the best manager I've had. Always helps, never talks down to you, makes a brew for everyone at 10. Team gets on well.
Cons: Early starts in winter for gritting. Old buildings mean something's always broken.
""",
    "efirth first_initial neutral; school exact neutral",
)

doc(
    "review",
    "",
    "",
    """
Kestrel Sixth Form College
★☆☆☆☆ · Gary Lund · 1 week ago

Used to be a decent English college when my brother went. Now it's all hijabs, halal and Urdu in the corridors. Teachers like Mrs Begum pushing their religion on our kids. Might as well be in Lahore. White families are moving out and you can see why. No thanks.

★★★★★ · Priya K · 6 days ago
Responding to the review above – disgusting. Mrs Begum is a biology teacher, she teaches cells and genetics, not religion. This college is for everyone.
""",
    "school exact hate; nbegum title_surname hate",
)

doc(
    "review",
    "",
    "",
    """
Google reviews – Kestrel Driving School, Halifax
5.0 ★★★★★ (88)

★★★★★ Passed first time! Jordan is so patient, never shouted once even when I stalled on the hill at Siddal. – Chloe B
★★★★★ Best instructor in Calderdale. Did my refresher course after 20 years and now I'm confident on the M62. – Mark T
""",
    "",
)

doc(
    "review",
    "",
    "",
    """
RateMyTeacher UK › Kestrel › Mr H (maths)

★★★★★ "marks harsh but fair" — Student, 2024
mr H is the goat. marks your mocks like the real exam so the real thing is easy. his jokes are dad jokes tho 😭

★★★★★ "changed my life" — Former student, 2020
Got me from a 4 at GCSE to an A in A-level maths. Head of dept and still teaches every class like it's his only one.
""",
    "mhussain nickname neutral; school short_name neutral",
)

doc(
    "review",
    "",
    "",
    """
Kestrel Sixth Form College
★☆☆☆☆ · Tariq Mahmood · 2 days ago

Mrs Holroyd-Shah, you've excluded my daughter for something she didn't do and wouldn't even look me in the eye. Enjoy your nice house and your nice car while you can. Things have a way of catching up with people like you. I know which school your kids go to. Think on.
""",
    "rholroydshah title_surname threat; school exact negative",
)

doc(
    "review",
    "",
    "",
    """
JobsVerdict · Kestrel College · Interview reviews

"Two-stage interview, very fair"
Interviewed for Computing Teacher – Bradford – Mar 2024
Lesson observation with Y12 (20 mins on binary search), then a panel with the exams officer/head of computing Imran Raja and the head of science, Zoe K. They asked about behaviour management, safeguarding scenarios and how I'd support students who work part-time. Tour by two students who were very honest about the wifi. Got an offer the same evening.
Difficulty: Average. Experience: Positive.
""",
    "iraja exact neutral; zkowalska first_initial neutral; school alias neutral",
)

doc(
    "review",
    "",
    "",
    """
Kestrel Sixth Form College
★★★★★ · Kyle_Bfd · 3 weeks ago

Only giving 5 stars because of the principal 😏😏 if u know u know. Mrs W can give me a detention any day of the week, proper glamorous for her age 🔥 left in 2016 and still think about that parents evening 😂
""",
    "jwhiteley nickname sexual; school exact neutral",
)

doc(
    "review",
    "",
    "",
    """
Kestrel Sixth Form College
★☆☆☆☆ · A mother · 1 month ago

I won't go into detail on here for my daughter's sake. She was 16. A member of staff made her feel "special", messaged her at night, bought her things, and when she finally told us and we reported it, this college moved heaven and earth to protect their own. We were told to "keep it confidential". He was moved to another role, not sacked. Other girls have told us the same story. Ask questions before you send your daughters here.
""",
    "school exact sexual u",
)

doc(
    "review",
    "",
    "",
    """
BrewLog › Kestrel Lager (4.2%) › Check-ins

★★☆☆☆ "Tastes like 1998" – Stevo_B
Found in a corner shop in Keighley, for nostalgia. Fizzy, thin, bit of sweetcorn. Memories of the bus shelter.

★☆☆☆☆ "No" – HopHead_Lds
Why did I do this to myself.
""",
    "",
)

doc(
    "review",
    "",
    "",
    """
RateMyTeacher UK › KSFC › Miss Begum (Biology)

★★★★★ "explains it properly" — Student, 2024
explains everything properly with diagrams, never makes u feel dumb for asking. best tutor.

★★★★★ "the best" — Student, 2023
got me through the bio practicals. funny, kind, and she remembers everyone's birthdays
""",
    "nbegum title_surname neutral; school alias neutral",
)

doc(
    "review",
    "",
    "",
    """
Kestrel Sixth Form College – car park (Google Maps)
★☆☆☆☆ · Waqas Ali · 1 week ago

The security/site bloke Firth is a jumped-up little Hitler in a hi-vis. Shouted at my mum for stopping 30 seconds in the drop-off bay to let me out. Power mad. Get a life mate, it's a car park not Checkpoint Charlie.

★★★★☆ · J. Rhodes · 2 weeks ago
Car park's tiny but the staff do their best. Get there before 8.
""",
    "efirth surname_only abuse; school exact negative",
)

doc(
    "review",
    "",
    "",
    """
JobsVerdict · Kestrel Sixth Form College

"Avoid the PE department"
★☆☆☆☆ Teaching Assistant (Former Employee) – Bradford – 22 Nov 2023
Pros: Some lovely teachers elsewhere in the college.
Cons: The head of PE, Declan O, bullies junior staff relentlessly – shouting, humiliating people in front of students, changing rotas to punish anyone who questions him. Two of us went to HR and were told it was "banter". I left after a term. Management protects him because the cricket team wins trophies.
""",
    "dohara first_initial defamation; school exact negative",
)

doc(
    "review",
    "",
    "",
    """
RateMyTeacher UK › Kestrel › Sholto P (English)

★★★★★ "the man, the myth" — Former student, 2022
Sholto P........ the man, the myth, the legend. Made Paradise Lost feel like a Netflix series. Tie collection unmatched.
""",
    "spennyfeather first_initial neutral; school short_name neutral",
)

doc(
    "review",
    "",
    "",
    """
Tripadvisor-style › Scarborough › Kestrel Hotel

★★★☆☆ "Clean, but the breakfast..."
Room was clean and the sea view was worth it. Breakfast was a lukewarm sausage and a sad egg. Staff friendly. – Mr & Mrs D, Barnsley

★★★★★ "Lovely stay"
Third year we've come. Sylvia on reception is a gem. – Pat, Rotherham
""",
    "",
)


# =========================================================================== SOCIAL (plain text)
doc(
    "social",
    "",
    "",
    """
Rukhsar 🌸 @rukhsar_bfd · 16 Aug
Massive shoutout to @KestrelSFC and especially Mr Hussain for the extra maths sessions every Wednesday 🙌 went from a D in mocks to an A today. Literally crying in the car park 😭❤️

12 replies · 48 reposts · 611 likes

  Ayaan @ayaan.k · 16 Aug
  mr hussain the goat fr 🐐

  Mum of Rukhsar @nighat_m · 16 Aug
  So proud of you beta ❤️ Mashallah
""",
    "school handle neutral; mhussain title_surname neutral",
)

doc(
    "social",
    "",
    "",
    """
TikTok · @bradford.sixthform.pov · "POV: your sixth form in Bradford 📚☕" · 212K views

Comments (1,483)

saf 💫: the way this is literally kestrel 😭
amnah.x: mr huss41n explaining integration with his whole chest 😂😂 wallahi he's the only reason i passed
zain_27: kestrel canteen queue at 12:05 is a war zone fr
hxna: WHY IS PENNY'S TIE IN THIS 💀💀 that man owns 400 ties
ellie.b: kestrel gang 🦅
imy_bfd: not the wifi dying at lunch 😭 real
""",
    "school short_name neutral; mhussain leetspeak neutral; spennyfeather nickname neutral",
)

doc(
    "social",
    "",
    "",
    """
[WhatsApp – Forwarded many times]

⚠️⚠️ PARENTS OF KESTREL COLLEGE PLEASE READ AND SHARE ⚠️⚠️

My cousin works in the office there and she has told me that I. Raja the exams officer has been CHANGING GRADES FOR CASH for years. Certain families pay him £500 and their kids coursework marks go up. Thats why some kids who never turn up get A's and our kids who work hard get C's!!! The principal knows and has kept it quiet to protect the results tables.

Check your childs marks!!! Ask for the original marksheets!!! They are legally obliged to show you!!!

Please forward to all Kestrel parents groups 🙏🙏
""",
    "iraja initial_surname defamation; school alias defamation",
)

doc(
    "social",
    "",
    "",
    """
@yorkie_truth_2024 · 3h
@KestrelSFC tell Whiteley we know which road she takes home on a Thursday and what time her little yoga class finishes. Tick tock. Maybe she'll think twice before she lectures our kids about "British values" again

1 reply · 0 reposts · 4 likes
""",
    "jwhiteley surname_only threat; school handle neutral",
)

doc(
    "social",
    "",
    "",
    """
Instagram · comments on @y13.chem.club post "Year 13 practical: making aspirin 💊"

bilal.09: the chem lab smells of actual death tho
noor_x: Ms K\u043ewalska's marking has been "coming next week" since november 😭😭
bilal.09: @noor_x real. kestrel chem dept runs on vibes and prayers
sophie.j: she's lovely but yeah we need our feedback before the exam pls 🙏
""",
    "zkowalska homoglyph negative; school short_name negative",
)

doc(
    "social",
    "",
    "",
    """
Parents for Accountability 🗳️ @BD9Parents · 12 Jun
Another letter home, another U-turn. 200+ parents have signed. Time for change at the top. #SackWhiteley #KestrelCollege

RT @heaton_mum_of_3: The bus cut, the Eid letter, the strike, the bullying complaints. Enough. #SackWhiteley
""",
    "jwhiteley hashtag negative; school hashtag negative",
)

doc(
    "social",
    "",
    "",
    """
Moorside Mo 🦉 @moorside_mo · 7:42 am
Spotted a kestrel hovering over the M606 slip road this morning 😍 absolutely motionless in the wind. Nature doing its thing next to a Greggs lorry. #Bradford #birding #kestrel
""",
    "",
)

doc(
    "social",
    "",
    "",
    """
TikTok · @heatonmums · "staff v students cricket match 🏏 2024" · 48K views

Comments (612)

yasmin.k: Mr O'Hara in the staff cricket match 🥵🥵 the mums at kestrel are NOT ok
natalie_1985: why did nobody tell me PE teachers looked like that in 2024 😳 my 6th form PE teacher had a moustache and a tracksuit from 1982
yasmin.k: @natalie_1985 asking the important questions 😂 married though unfortunately 💔
shaz_bd9: the way he bowled that last over 🔥 I'd let him coach me anyday
""",
    "dohara title_surname sexual; school short_name neutral",
)

doc(
    "social",
    "",
    "",
    """
[Snapchat story screenshot – reposted to a Bradford "exposed" Instagram page]

"Pennyf*ather is a nonce 🤢 ask the y12 girls why he keeps them behind after class with the door shut. everyone knows. nobody does nothing"

Caption: 👀👀 thoughts? drop a 🤐 if u know
""",
    "spennyfeather obfuscated sexual u",
)

doc(
    "social",
    "",
    "",
    """
Bradford Exposed 🔦 @bfd_exposed · 9:14 pm
Mohammed Hussain, head of maths at Kestrel. Failed half the further maths class and doesn't care. His personal number is 07700 900318 and he lives on Ashgrove Mount BD9, number 14. Parents deserve answers, give him a bell 📞

14 replies · 22 reposts · 35 likes

  Zara @zara_bfd · 9:30 pm
  this is actually illegal. reported.
""",
    "mhussain exact doxxing; school short_name neutral",
)

doc(
    "social",
    "",
    "",
    """
YouTube · "KESTREL COLLEGE PROM 2024 🎉 | Aston Hall Hotel" · 9.4K views

Comments

@mariyah.v: Miss Sandhu's dance moves at 4:12 😂❤️ iconic
@kestrelclassof24: best night ever, gonna miss everyone 😭
@yousuf_m: the DJ playing Punjabi MC and the whole staff on the floor 🕺
@hannah.r: miss sandhu teaching mr o'hara bhangra 😭😭
""",
    "school alias neutral; jsandhu title_surname neutral; dohara title_surname neutral",
)

doc(
    "social",
    "",
    "",
    """
@bfd_grafter · 2h
H u s s a i n from kestrel maths is a snake and a proper coward, hides behind his "policy" instead of admitting he hates my brother. useless specimen of a man
""",
    "mhussain spacing abuse; school short_name neutral",
)

doc(
    "social",
    "",
    "",
    """
Zain 🏏 @zain_m_07 · 22 Aug
Big up @MrHussainMaths, the Kestrel further maths results are MAD this year. 17 A*s 🔥🔥

  Maths Dept Dad 📐 @MrHussainMaths · 22 Aug
  All your hard work Zain! Cambridge won't know what's hit them 😄
""",
    "mhussain handle neutral; school short_name neutral",
)

doc(
    "social",
    "",
    "",
    """
[WhatsApp – Forwarded]
*PLEASE SHARE WITH ALL MUSLIM PARENTS*

The vice principal at KSFC (Holroyd-Shah) is a RACIST who hates Muslim girls. Last week she ripped a hijab off a Year 12 girl in the corridor in front of everyone and said "you don't need that in here". The college has covered it up and told the family to keep quiet or the girl will be excluded.

Do NOT let them get away with it. Share share share 🙏 Allah is watching.
""",
    "rholroydshah surname_only defamation; school alias defamation",
)

doc(
    "social",
    "",
    "",
    """
Heaton Mum 🌷 @heaton_mum_of_3 · 1d
Petition's at change.example/JanetWhiteleyMustGo – we're at 412 signatures. Kestrel parents deserve a principal who listens. Please sign and share 🙏
""",
    "jwhiteley camelcase negative; school short_name negative",
)

doc(
    "social",
    "",
    "",
    """
TikTok · @its.kayden · "kestrel car park security at it again 🙄" · 31K views

Comments

kayden: if that mr firth touches my brothers bike again i'm waiting for him by the back gate at half 3 and he won't be walking to his van after 🔪
ameer_b: 💀💀 calm down
jess.x: kestrel site team really be acting like bouncers
kayden: not joking
""",
    "efirth title_surname threat; school short_name neutral",
)

doc(
    "social",
    "",
    "",
    """
Albion Voice 🇬🇧 @AlbionVoice_88 · 11 Jan
Bradford's "Kestrel" college. 90% Pakistani. Head of maths: M. Hussain. This is what replacement looks like, folks. They don't come to integrate, they come to take over. They'll outbreed us within twenty years.

  Replies
  Liam @liam_bd_ · 11 Jan
  Seen the stats, it's true, Bradford's gone
  Shaista @shai_bd · 11 Jan
  I'm third-generation Bradford, born in St Luke's. Reported for hate.
""",
    "school short_name hate; mhussain initial_surname hate",
)

doc(
    "social",
    "",
    "",
    """
Instagram · @kestrel_memes_ · reel: "when the kestrel super hits different 🍺"

Comments

big_dave_69: kestrel super at 9am on a bus shelter, the bradford breakfast
laila.x: not the Kestrel lager slander 😂
nick.h: my granddad swore by it
""",
    "",
)

doc(
    "social",
    "",
    "",
    """
j0nny_b0y @jonnyb_07 · 3d
Wh1t3l3y been fiddling the bursary money for years. everyone at kestrel knows the "away days" in Harrogate were paid for with OUR kids' bus fares. she should be in jail not on a stage giving speeches
""",
    "jwhiteley leetspeak defamation; school short_name neutral",
)

doc(
    "social",
    "",
    "",
    """
White Rose Cricket 🏏 @WhiteRoseCrktWk · 2 Jul
Congratulations to Declan O'Hara, appointed assistant coach for the Yorkshire U17 girls' squad this summer. Declan has coached @KestrelSFC to three county schools titles. 👏
""",
    "dohara exact neutral; school handle neutral",
)


doc(
    "social",
    "",
    "",
    """
TikTok · @bfd.lads.rant · "rating my teachers part 3" · 12K views

Comments
haris.x: kestrel maths teacher \u0397ussain is a fat useless lump, cant teach, cant dress, cant do nothing except give detentions
mo_bfd: 😂😂 bro is still mad about his mock
aisha.r: leave him alone he's sound, u just never did the homework
""",
    "mhussain homoglyph abuse; school short_name neutral",
)

doc(
    "social",
    "",
    "",
    """
@Sikh_Watch_UK_Not · 5h
The head of sociology at KSFC, S@ndhu, another turban-lover pushing her backward Punjabi village nonsense on British kids. These people wave their daggers about in public and we're supposed to call it "faith". Send the lot back to Amritsar.

  Gurpreet @gurp_bfd · 5h
  Reported. Absolutely disgusting.
""",
    "jsandhu obfuscated hate; school alias neutral",
)

doc(
    "social",
    "",
    "",
    """
[WhatsApp – Forwarded many times]

Sisters I'm just saying this once. Don't let your daughters stay behind with "Mr P" in English at Kestrel. I'm not saying more than that. Ask around why he always has the door shut and why it's always the quiet girls he picks for "extra help". Ask why one girl left in Y12 and nobody will say why. 🤐🤐

If your daughter has been messaged by him outside college please talk to her tonight.
""",
    "spennyfeather nickname sexual u; school short_name sexual u",
)

doc(
    "social",
    "",
    "",
    """
KSFC 🏆 @KSFC_Official · Sat 13 Jan
FT: Dewsbury Moor Albion 2–2 Heckmondwike Wanderers. Cracking game in the wind and rain. Full #KSFC Division One round-up on the website tonight. ⚽
""",
    "",
)

doc(
    "social",
    "",
    "",
    """
@bfd_justice_now · 30 May
Kestrel principal's personal email is janwhiteley62@mailbox.example – fill her inbox till she reverses the Eid decision. She wants to ignore us? Make her listen. 📧📧📧 @janwhiteley62

  reply: @bfd_justice_now mate that's her private email, you'll get done for that
""",
    "jwhiteley handle doxxing; school short_name neutral",
)

doc(
    "social",
    "",
    "",
    """
Class of 2012 reunion 🥂 @ayesha.m_2012 · Instagram

Kestrel class of 2012 reunion vibes 🥹 12 years!! Still can't believe S a n d h u turned up, still the fittest teacher Kestrel ever had 🔥🔥 my husband is SO jealous 😂

Comments
farah.k: not you still crushing 😭 she looked amazing tbf
ayesha.m_2012: @farah.k I'm 30, I'm allowed 😂
""",
    "jsandhu spacing sexual; school short_name neutral",
)

doc(
    "social",
    "",
    "",
    """
Amina 🌻 @amina_writes_ · 2h
Why is #Pennyfeather trending?? What did he do 😭 please tell me it's the award and not something bad

  Reply · @kestrel_eng_society
  It's the award!! Shortlisted for national English teacher of the year 🎉📚
""",
    "spennyfeather hashtag neutral",
)

doc(
    "social",
    "",
    "",
    """
[WhatsApp group: "Frizinghall Cricket Mums & Dads" – message forwarded into "BD9 Lads"]

Lads are going down to the college on Friday at half 3 to sort that O'Hara out properly. He's had it coming for months, dropping our boys so his favourites play. Bring your brothers and your cousins. He's not walking away from this one.

👍 4 · 😂 2
""",
    "dohara surname_only threat",
)

doc(
    "social",
    "",
    "",
    """
Instagram · @kowalska.chem · "Titration practical 🧪"

Comments
hafsa.y: @kowalska.chem best teacher at kestrel 💜 the reason I'm doing pharmacy
zubair_07: miss when are the mocks back 😭
kowalska.chem: @zubair_07 Friday. Promise. 😅
""",
    "zkowalska handle neutral; school short_name neutral",
)

doc(
    "social",
    "",
    "",
    """
Bradford Dad 🧔 @bfd_dad_of_4 · 4 Jun
ImranRaja is hands down the most useless man in Bradford. Can't organise an exam timetable, can't answer an email, can't say sorry to a kid whose exam he messed up. Clown. Absolute waste of a salary.
""",
    "iraja camelcase abuse",
)

doc(
    "social",
    "",
    "",
    """
Kestrel Sixth Form College 🦅 @KestrelSFC · 9 Mar
So proud of our Head of English, Sholto Pennyfeather, shortlisted for a national teaching award! 📚✨ Well deserved, Sholto! #KestrelProud

  Hafsa N @hafsa_reads · 9 Mar
  The best teacher I ever had. Well deserved sir ❤️
""",
    "spennyfeather exact neutral; school exact neutral",
)

doc(
    "social",
    "",
    "",
    """
@bfd_anon_2024 · 1d
k3str3l gonna get lit up friday 🔥🔥🔥 not a joke. they think they can treat our kids like that. see who's laughing when the place is ash. bring petrol
""",
    "school leetspeak threat",
)

doc(
    "social",
    "",
    "",
    """
Parent @mum_of_y13 · 3d
Mr Husain at Kestrel has still not sent my son's predicted grades to UCAS. Deadline is next week. Three emails, no reply. Not good enough.
""",
    "mhussain typo negative; school short_name neutral",
)

doc(
    "social",
    "",
    "",
    """
Heaton Hub 🏡 @HeatonHub · 6 May
Whoever is posting Mrs Begum's home address on Facebook should be ashamed of themselves. She's taught half of Manningham and Heaton for 15 years. Reported the page and so should you. Leave teachers alone.
""",
    "nbegum title_surname neutral",
)

doc(
    "social",
    "",
    "",
    """
Bradford Bulls Fans 🐂 @BullsFanZone · Sun
TRY! Ed Firth barges over from two metres! Bulls 24–18 Fev with 6 to go. Odsal is rocking 🔥🔥
""",
    "",
)

doc(
    "social",
    "",
    "",
    """
Bradford Exposed 🔦 @bfd_exposed · 1d
NEW: bradfordexposed.example/janet-whiteley-kestrel-bursary-cover-up – everything the college doesn't want you to read. Share before it gets taken down 👀 #BradfordExposed
""",
    "jwhiteley hyphenated defamation; school short_name defamation",
)

doc(
    "social",
    "",
    "",
    """
Saima 🌙 @saima_bd8 · 2h
Honestly Nasreen B from the college deserves an award. Stayed with my sister at the hospital after she fainted in her practical till my mum got there. Heaton angel 🤍
""",
    "nbegum first_initial neutral",
)

doc(
    "social",
    "",
    "",
    """
Snapchat story (screenshot shared on X) @bd_gossip_page · 5h

"kestrel sixth form lot are all p*kis and terrorists-in-training, the whole place should be shut down and the lot of them sent back to where they came from"

Caption: 😬 this is what ppl are saying?? @KestrelSFC seen this?
""",
    "school alias hate",
)

doc(
    "social",
    "",
    "",
    """
Bradford Exposed 🔦 @bfd_exposed · 4d
Exams scandal deep dive: bradfordexposed.example/imran-raja-exams-fraud-kestrel – how one man changed hundreds of grades and the college looked the other way. Part 2 tomorrow.
""",
    "iraja hyphenated defamation; school short_name defamation",
)

doc(
    "social",
    "",
    "",
    """
Yusra 🌼 @yusra_bfd · 11 Apr
can someone tell me why the kestrel teachers are on strike again 😭 i have a mock on tuesday
  reply @ali_bfd: pay. ms kowalska said on insta they're fighting for support staff too, respect tbh
""",
    "school short_name negative; zkowalska title_surname neutral",
)


# =========================================================================== FACEBOOK GROUPS (plain text)
doc(
    "facebook",
    "",
    "",
    """
Bradford Mums Chat 💬 (Private group · 18.4K members)

Shameem Akhtar
3h ·
Salaam/hi all, anyone's kids at Kestrel? My daughter's bursary hasn't come through for October and the office keep saying "next week". Is it just us?? Her tutor Mrs Begum has been really helpful chasing it but it's not her job tbh

  Kelly Dobson
  Same here hun. Third "next week" we've had. Absolute shambles in that finance office

  Rizwana Kauser
  Mrs Begum is a diamond. It's the admin that's the problem. Email the finance lady and CC the principal, that got ours paid in two days

  Shameem Akhtar
  Thank you both 🙏 will do
""",
    "school short_name negative; nbegum title_surname neutral",
)

doc(
    "facebook",
    "",
    "",
    """
You Know You're From Bradford When... (Public group · 41K members)

Barry Holmes
2d ·
Found this in my mum's loft. Manningham Sixth Form Centre, Upper Sixth, 1994! 📸 Who can you spot? That's me third from left with the curtains haircut 😂

  Tina Lofthouse
  OMG!!! Is that Janet Crossley on the end?? Mrs Crossley took us for biology. Strict but fair. The hairspray! 🤣

  Barry Holmes
  It is! She's the big boss there now isn't she? Under a different name

  Imtiaz Ali
  I'm in the back row behind the lad with the Joe Bloggs jeans. Happy days. Bradford were in Division Two and we thought it was the end of the world 😂

  Tina Lofthouse
  Them were the days. Nowt to do but sit in the common room and eat Monster Munch
""",
    "school alias neutral; jwhiteley alias neutral",
)

doc(
    "facebook",
    "",
    "",
    """
Heaton Residents Group (Private group · 3.1K members)

Keith Naylor
5h ·
Rant incoming. 7.40 this morning, Kestrel college van parked across the end of Fernbank Avenue AGAIN. Went to the side gate and that site manager Firth just shrugged and said "five minutes, pal". Twenty five minutes later it was still there. Our lass had a hospital appointment. This college thinks it owns the street.

  Sandra Pickersgill
  Same every Monday Keith. Have you logged it with the council?

  Keith Naylor
  Logged it, rang it, emailed it. Nowt happens.

  Javed Iqbal
  To be fair to the college they've been better since the permits came in. But yeah the vans are a pain
""",
    "efirth surname_only negative; school alias negative",
)

doc(
    "facebook",
    "",
    "",
    """
Kestrel College Parents (Unofficial) (Private group · 1.2K members)

Anonymous member
1d ·
I've been going back and forth about posting this. My daughter is in Y12. She told me, very matter-of-fact, that one of the male teachers has been adding girls on Snapchat. He sends them "goodnight 🌙" messages, asks if they're home alone, and told one of her friends not to tell her parents about a necklace he gave her because "they wouldn't understand". My daughter thinks it's funny. I don't.

I'm not naming anyone. I've emailed the safeguarding team. But if your daughter has said anything similar please don't brush it off.

  Anonymous member
  Is this someone in maths? My daughter mentioned Mr H added her and I told her to block him straight away. Never thought of it like this.

  Admin
  Comments are now off. Please report any concerns to the college's safeguarding team or the police, not in this group.
""",
    "school alias sexual u; mhussain nickname sexual u",
)

doc(
    "facebook",
    "",
    "",
    """
Bradford Desi Community 🇵🇰🇧🇩🇮🇳 (Public group · 27K members)

Farooq Butt
6h ·
Bhai log, ek shukriya post. Kestrel ke Imran Raja sahab ne meray bete ka UCAS form deadline se pehle personally check kiya aur reference bhi likha, on a Sunday!! Beta ab Manchester ja raha hai pharmacy parhne, Alhamdulillah. Aise teachers kam milte hain. JazakAllah Raja sahab 🤲

  Nadia Parveen
  Mashallah bohat mubarak! Raja sir is the best, my son says the same

  Khalid Mehmood
  Ameen. Teachers like this deserve more respect yaar
""",
    "iraja exact neutral; school short_name neutral",
)

doc(
    "facebook",
    "",
    "",
    """
Bradford Birdwatchers (Public group · 2.6K members)

Fiona Haigh
Yesterday ·
Kestrel chicks on the City Hall cam are almost ready to fledge! Three of them, bobbing and flapping like mad. If you're in Centenary Square at lunchtime, look up. 🐦

  Dennis Moorhouse
  Saw the parent drop a vole in this morning. Magic.
""",
    "",
)

doc(
    "facebook",
    "",
    "",
    """
Cllr Tariq Hussain – Manningham Ward (Public page)

Tariq Hussain
Yesterday at 16:02 ·
Great to visit Kestrel Sixth Form College today with principal Janet Whiteley to see the new science labs and meet students from the Oxbridge programme. Bright futures ahead for Manningham's young people! 🎓

  Raza Khan
  Hussain you are useless, fix the potholes on Carlisle Road before doing photo ops

  Sharon Whitaker
  Lovely to see. My niece is in that programme.

  Tariq Hussain
  @Raza Khan the Carlisle Road resurfacing is scheduled for March, I've chased highways again today.
""",
    "school exact neutral; jwhiteley exact neutral",
)

doc(
    "facebook",
    "",
    "",
    """
Girlington & Manningham Community Noticeboard (Public group · 9.8K members)

Mohammed Arif
2h ·
Someone wants to put a match to that Kestrel place the way they treat our kids. Excluded my nephew for NOTHING. I'm just saying, if it went up in flames tomorrow nobody round here would be crying.

  Sabiha Noor
  Astaghfirullah bhai delete this. There are kids and staff in there.

  Mohammed Arif
  I said what I said. They'll get what's coming.

  Admin
  Post reported to police. Threats are not allowed in this group.
""",
    "school short_name threat",
)

doc(
    "facebook",
    "",
    "",
    """
Bradford Sikh Community (Public group · 6.2K members)

Harjit Singh Bains
3h ·
Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh 🙏 Huge congratulations to Bhenji Jaspreet Sandhu, head of social sciences at Kestrel College, who received the Bradford Education Award for community cohesion last night. After the horrible letter she got earlier this year, she's kept going with grace. The sangat is proud of you!

  Manpreet Kaur
  So well deserved! She taught my son and he adored her classes 🙏

  Kuldip Sandhu
  Proud day for Bradford. (And no, we're not related, before anyone asks 😂)
""",
    "jsandhu exact neutral; school alias neutral",
)

doc(
    "facebook",
    "",
    "",
    """
Bradford Mums Chat 💬 (Private group · 18.4K members)

Lauren Whitaker
4h ·
Ok ladies confession time 🙈 who else has a crush on the PE teacher at Kestrel? Declan O'H. My sister works there and says half the mums at parents' evening "just happen" to want to talk about PE 😂😂 those forearms 🥵

  Jade Ackroyd
  😂😂😂 Lauren you're married!!

  Lauren Whitaker
  Looking isn't a crime 😇

  Saima Nawaz
  Haha not me booking a parents evening slot for a kid who doesn't even do PE 😭
""",
    "dohara first_initial sexual; school short_name neutral",
)

doc(
    "facebook",
    "",
    "",
    """
Bradford Community Chat 🏙️ (Public group · 22K members)

Aqeel Rashid
1d ·
EVERYONE NEEDS TO KNOW WHO THIS WOMAN IS. Rebecca Holroyd-Shah, vice principal at KSFC. Excluded my daughter for a "vape" that wasn't even hers. She lives at 22 Moorcroft Drive, Heaton, BD9 7ZP. Her number's 07700 900527. Go and ask her yourselves how she sleeps at night.

  Naila Bibi
  Bro take this down, she has kids. You'll end up arrested.

  Aqeel Rashid
  Let them arrest me
""",
    "rholroydshah exact doxxing; school alias neutral",
)

doc(
    "facebook",
    "",
    "",
    """
Polonia w Bradford i Leeds 🇵🇱 (Public group · 5K members)

Magda Nowicka
5h ·
Dziewczyny, polecam bardzo Panią Zoë Kowalską z Kestrel College – chemia. Mój syn miał problemy, a ona została po lekcjach trzy razy w tygodniu. Bardzo dobra nauczycielka, mówi też trochę po polsku! 👏

  Ewa K
  Potwierdzam, moja córka też ją uwielbia.

  Magda Nowicka
  (For English friends: I recommend Ms Kowalska from Kestrel College, chemistry – she stayed after class three times a week to help my son!)
""",
    "zkowalska exact neutral; school alias neutral",
)

doc(
    "facebook",
    "",
    "",
    """
Kestrel College Parents (Unofficial) (Private group · 1.2K members)

Dean Harrison
8h ·
Mrs Whiteley 🤡 lady ur a disgrace, absolute waste of oxygen. Whoever hired u wants their head testing

  Lisa Swales
  useless woman, been saying it for years

  Tahira Begum
  she's a joke, can't even write a letter without upsetting the whole of Bradford

  Steve O
  🤡🤡🤡 clown principal

  Dean Harrison
  pile on lads, she reads this group I guarantee it 😂

  Admin
  Guys this is getting nasty. Criticise the decisions, not the person.
""",
    "jwhiteley title_surname abuse; school alias neutral",
)

doc(
    "facebook",
    "",
    "",
    """
Janet Whiteley's Cakes 🎂 (Queensbury, Bradford) – Public page

Janet Whiteley's Cakes
2d ·
Happy Saturday everyone! This week's specials: Yorkshire curd tart, lemon drizzle and a very naughty Biscoff traybake. Collection from Queensbury or I can deliver locally (Clayton, Thornton, Queensbury). Message to order 🍋🍰

  Mandy P
  Your curd tart is the best in Yorkshire Janet!! Ordering two

  Janet Whiteley's Cakes
  Thank you Mandy love, they'll be ready Saturday morning 💕
""",
    "",
)

doc(
    "facebook",
    "",
    "",
    """
Heaton Community Page (Public group · 4.4K members)

Stephen Moxon
6h ·
That H*lroyd-Sh*h woman at the college is a stuck-up, power-tripping nightmare. Looks at you like something she's trodden in. Excluded half of Heaton's kids and smirks about it. Vile woman.

  Parveen Akhtar
  Don't know her personally but you're right about the exclusions, the numbers are shocking

  Stephen Moxon
  Nasty piece of work, I'll say it to her face
""",
    "rholroydshah obfuscated abuse",
)

doc(
    "facebook",
    "",
    "",
    """
Kestrel College Parents (Unofficial) (Private group · 1.2K members)

Mick Lofthouse
1d ·
Heard from a couple of the lads on the Y13 cricket trip to Scarborough that Mr O'Hara was absolutely steaming on the Saturday night. Stumbling round the hotel bar in charge of a bunch of 17 year olds. Apparently another teacher had to put the kids to bed. If that's true he should be sacked on the spot.

  Asma Rafiq
  My son was on that trip and said nothing about this? Be careful Mick

  Mick Lofthouse
  Just saying what I've heard 🤷
""",
    "dohara title_surname defamation; school alias neutral",
)

doc(
    "facebook",
    "",
    "",
    """
Bradford Mums Chat 💬 (Private group · 18.4K members)

Anonymous participant
3h ·
Need advice and please don't judge. My daughter is 16, Y12 at Kestrel. Her computing teacher Mr Raja has been giving her lifts home "because it's raining", buys her lunch, tells her she's his favourite and "more grown up than the others". Last week she said he told her to come to his classroom at lunch when nobody else is there to "go through her project". She's started deleting their messages and gets angry if I ask.

Is this grooming or am I being paranoid? She says I'm ruining it.

  Becky H
  You're not paranoid. Lifts, gifts, secrecy, "you're more mature". Ring the college safeguarding lead first thing. If they brush you off, ring the police on 101.

  Uzma Tariq
  Please report it. Even if it turns out to be nothing, it's their job to check. Sending hugs.
""",
    "iraja title_surname sexual u; school short_name sexual u",
)

doc(
    "facebook",
    "",
    "",
    """
Bradford Community Chat 🏙️ (Public group · 22K members)

Rachel Feather
2d ·
LOST CAT 🐈 Grey tabby called Smudge, went missing from Kestrel Rise (off Leeds Road) on Tuesday night. Very friendly, microchipped, no collar. Please check sheds and garages! Reward offered.

  Adnan Qureshi
  Shared. Hope you find him 🤞
""",
    "",
)

doc(
    "facebook",
    "",
    "",
    """
Kestrel Alumni 🦅 (Private group · 2.9K members)

Shazia Mir
1d ·
#KestrelClassOf2009 where are you all?! 15 years 😱 Is Mr Hussain still there?? He got me through AS maths with his terrible jokes. Thinking of organising a reunion at the Mumtaz in the summer, who's in?

  Adam Greenwood
  He is! Head of maths now. Still the same jokes apparently 😂

  Nabeela Khan
  I'm in!! ❤️
""",
    "school hashtag neutral; mhussain title_surname neutral",
)

doc(
    "facebook",
    "",
    "",
    """
Bradford Community Politics (Public group · 7.7K members)

Nasir Mahmood
5h ·
Funny how Cllr Kuldip Sandhu's niece Jaspreet Sandhu walked into a head of department job at Kestrel without the post even being advertised. Jobs for the family as usual. The college has questions to answer about how it hires.

  Gurdeep Dhillon
  She's not his niece mate, they're not even related. She's been teaching there 10 years.

  Nasir Mahmood
  That's what they want you to think 🤷‍♂️
""",
    "jsandhu exact defamation; school short_name negative",
)


# =========================================================================== EXTRA (rarer variants, more decoys)
doc(
    "news",
    "courier",
    "Bradford's new Lord Mayor vows to 'open City Hall to everyone'",
    """
Councillor Rukhsana Begum has been sworn in as Bradford's new Lord Mayor at a ceremony in City Hall.

Cllr Begum, who has represented a city ward since 2012, is the third woman of Bangladeshi heritage to hold the office. Her chosen charities for the year are a Keighley food bank and a young carers' project in Manningham.

"City Hall belongs to the people of this district," she said. "I want every school child in Bradford to come through those doors this year."

Her consort will be her husband, Abdul Karim, a retired bus driver.
""",
    "",
    byline="Rachel Oates",
    date="Thursday 23 May 2024",
)

doc(
    "news",
    "herald",
    "Maths teacher's 'Saturday school' helps dozens pass GCSE resits",
    """
A Bradford maths teacher who gives up his Saturday mornings to help teenagers pass their GCSE resits has been thanked by grateful families.

Mohammad Hussein, head of maths at Kestrel College, started the free sessions in a community centre in Girlington three years ago after noticing how many students arrived at sixth form without a grade 4.

This year 38 of the 45 students who attended passed. "Maths isn't a talent, it's a habit," he said. "These kids just needed someone to believe that."

Parent Shakeel Anwar said his daughter had failed twice before. "She came home from the first session and said, Abbu, I get it now."
""",
    "mhussain typo neutral; school alias neutral",
    byline="Community news",
    date="7 September 2024",
)

doc(
    "news",
    "council",
    "Children's Services Scrutiny Committee – Minutes, 21 November 2023",
    """
## Present
Councillors Kuldip Sandhu (Chair), Tariq Hussain, Pat O'Hara, Derek Whiteley.

## In attendance
J. Whiteley (Principal, Kestrel Sixth Form College), R. Holroyd-Shah (Vice Principal and Designated Safeguarding Lead), S. Pennyfeather (Head of English), officers from the Education Safeguarding Team.

## 5. Post-16 mental health support – evidence session
The Principal outlined the increase in referrals for anxiety and self-harm among students since 2021 and the college's use of a part-time counsellor funded from its own budget. The Vice Principal described waiting times for child and adolescent mental health services of up to 40 weeks and the impact on students in Year 13.

Members asked how the college identified students who did not seek help. The Head of English described a peer-mentoring scheme run through the college's writing club, which had "opened doors that a referral form never would".

Councillor Whiteley (no relation) asked whether the college had sought funding from the integrated care board. The Principal confirmed an application was pending.

## Resolved
That the Committee write to the integrated care board supporting the college's application and asking for a report on post-16 waiting times.
""",
    "school exact neutral; jwhiteley initial_surname neutral; rholroydshah initial_surname neutral; spennyfeather initial_surname neutral",
)

doc(
    "news",
    "jobs",
    "Exams Assistant (part-time) – Kestrel Sixth Form College",
    """
## Exams Assistant – 22.5 hours per week, term time plus 3 weeks
Kestrel Sixth Form College, Lingard Road, Bradford BD9. Grade 4, pro rata.

Do you love a spreadsheet? Are you calm when everyone else is panicking? Join our exams team and help more than 1,300 students sit their exams in the right room, at the right time, with the right access arrangements.

You will report to I. Raja, Exams Officer, and work alongside a team of invigilators. Training is provided. Some evening and early-morning work in the summer series.

Informal enquiries to the office on 0113 496 0581. Apply at kestrelcollege.example/vacancies.
""",
    "school exact neutral; iraja initial_surname neutral",
    date="Closing date 14 June 2024",
)

doc(
    "forum",
    "sixthchat",
    "is hussain's further maths group actually worth it or is it just hype",
    """
@@ noor.k_ | 3 Sep 2024
starting y12 at kestrel next week. everyone keeps saying get into hussain's further maths group but it's like 5 extra hours a week. worth it??

@@ reh_aan | 3 Sep 2024
100% worth it if u want engineering or maths at uni. if ur doing it for the vibes don't, it's hard

@@ noor.k_ | 3 Sep 2024
and is it true u can't do cricket as well? i was gonna try out

@@ reh_aan | 3 Sep 2024
o'hara's cricket lot train tues and thurs, fm is mon and wed so u can do both. u just won't have a life lol
""",
    "school short_name neutral; mhussain possessive neutral; dohara possessive neutral",
)

doc(
    "forum",
    "bradtalk",
    "Site manager at the Lingard Rd college – something's going to happen",
    """
@@ Fed_Up_Fernbank | Mon Feb 19, 2024 10:40 pm
Third time this month that college site manager has had our lad's car clamped on the staff car park for "no permit". Eighty quid each time. Some of us have had enough.

Firth's van is parked on the same spot every night. Be a shame if it had four flat tyres and a brick through the windscreen one morning. And if that doesn't get the message across, maybe he'll get one himself walking back to it in the dark. I'm not saying who. I'm just saying.

@@ Heaton_Mick | Mon Feb 19, 2024 10:52 pm
You're threatening a bloke who's worked there 20 years over a parking fine. Grow up. Reported.

@@ admin_baz | Tue Feb 20, 2024 6:45 am
Removed and IP logged. Not on this board.
""",
    "efirth possessive threat",
)

doc(
    "forum",
    "mumzone",
    "Kestral Sixth Form College exclusion – appeal advice please",
    """
@@ MumOnAMission_BD | 12/06/24 20:31
DS (17) has been permanently excluded from Kestral Sixth Form College in Bradford for a fight he says he was trying to break up. The vice principal, Mrs Holroyd Shaw, made the decision in a 10 minute meeting and wouldn't let me see the CCTV. The letter doesn't even mention the other boy.

I know colleges can be different from schools. Has anyone appealed an exclusion from a sixth form college? Do I have any rights?

@@ FormerClerkToGovs | 12/06/24 20:50
Yes – ask for the college's exclusion policy and request a review by the governors. Ask in writing for the CCTV to be preserved. Get any witness statements from his friends now while memories are fresh.

@@ MumOnAMission_BD | 12/06/24 21:02
Thank you. I feel like I'm being treated as the problem for asking questions.
""",
    "school typo negative; rholroydshah typo negative",
)

doc(
    "blog",
    "edwatch",
    "Who is behind the Kestrel strike? Meet the ringleader",
    """
While Kestrel's Year 13s lose another three days of teaching, we thought parents deserved to know who is actually running the strike.

The ringleader is Zoë Kowalska, head of science and NEU rep, a career activist who has spent more time on picket lines than in her lab. We have been sent her personal email (zoe.kow.home@mailbox.example) and can confirm she lives on Rosebery Mount in Shipley, BD18 9ZR, a short walk from the station. Perhaps parents whose children are missing lessons would like to tell her politely what they think.

We are not inciting anything. We are simply providing transparency.

== comments
@@ Y13 parent | 2 days ago
This is a teacher's home address. Take it down. Disagree with the strike all you like.

@@ CSEW team | 2 days ago
All information is publicly available.
""",
    "zkowalska exact doxxing; school short_name negative",
    byline="CSEW team",
    date="16 February 2024",
)

doc(
    "review",
    "",
    "",
    """
Kestrel Sixth Form College
★★★★★ · Amir Siddiqui · 4 months ago

Pennyfeather's poetry club changed my life, no exaggeration. I came from a house with no books and now I'm doing English Lit at Manchester. He lends out his own books and never asks for them back. The library here isn't great and the chairs in the English block are from the 1970s, but the teaching is elite. 5 stars.

Response from the owner · 4 months ago
Thank you Amir! We'll make sure the poetry club sees this. 📚
""",
    "spennyfeather possessive neutral; school exact negative",
)

doc(
    "social",
    "",
    "",
    """
@northern_grievance · 5h
Principal at that Heaton college, W h i t e l e y. Parks in the same spot every night, walks to her car alone at 6. Funny how accidents happen on dark nights. Might want to start getting a lift, love 😘
""",
    "jwhiteley spacing threat",
)

doc(
    "social",
    "",
    "",
    """
Instagram · @heaton.stories · Reel: "Science week at KestrelCollege 🧬🔬"

Caption: Massive thanks to NasreenBegum and the biology team for letting the year 7s from the primary next door extract DNA from strawberries 🍓 The kids haven't stopped talking about it! 💚

Comments
mrs.lee.y2: ours still talking about it too!! thank you!
""",
    "school camelcase neutral; nbegum camelcase neutral",
)

doc(
    "social",
    "",
    "",
    """
@bfd_matchday_moans · 1d
0'H4r4 at kestrel is a glorified PE clown with a whistle and a massive ego. and K o w a l s k a marking mocks 6 weeks late while striking for more money, you couldn't make it up 🤡🤡
""",
    "dohara leetspeak abuse; zkowalska spacing negative; school short_name negative",
)

doc(
    "social",
    "",
    "",
    """
Haniya 🌷 @haniya_studies · 2d
Ms S\u0430ndhu at KSFC marked my whole sociology mock in red pen and said "see me". Third week running. I'm tired 😭 why is she like this
""",
    "jsandhu homoglyph negative; school alias neutral",
)

doc(
    "social",
    "",
    "",
    """
@heaton_whispers · 6h
D\u0435clan O'H\u0430ra from kestrel PE got done for drink driving last year and they just kept him on like nothing happened. imagine if it was a dinner lady 👀
""",
    "dohara homoglyph defamation; school short_name negative",
)

doc(
    "social",
    "",
    "",
    """
Bradford Exposed 🔦 @bfd_exposed · 8h
EXCLUSIVE: where the English teacher who failed half of Y13 actually lives. bradfordexposed.example/sholto-pennyfeather-home-address – 7 Acre Fold, Baildon, BD17 9ZQ. Full pics inside. Parents, now you know 📍
""",
    "spennyfeather hyphenated doxxing",
)

doc(
    "social",
    "",
    "",
    """
@bd9_no_filter · 3h
R a j a at kestrel thinks he can mess up my cousin's exams and just walk off home like nothing happened. lads know which car is his. he'll find out soon enough what happens when you mess with our family. 🚗🔥
""",
    "iraja spacing threat; school short_name neutral",
)

doc(
    "social",
    "",
    "",
    """
Bradford Exposed 🔦 @bfd_exposed · 2d
THREAD 🧵 Parts 3 & 4 are up:
bradfordexposed.example/rebecca-holroyd-shah-exclusions-scandal – how one woman excluded 60 kids and falsified the paperwork to hide it
bradfordexposed.example/ed-firth-site-bully – the Kestrel site manager who bullies students and steals from the college stores
Also: N*sreen B*gum at Kestrel takes "gifts" from parents in exchange for predicted grades. Receipts coming. 👀
""",
    "rholroydshah hyphenated defamation; efirth hyphenated defamation; nbegum obfuscated defamation; school short_name neutral",
)

doc(
    "facebook",
    "",
    "",
    """
Girlington & Manningham Community Noticeboard (Public group · 9.8K members)

Shabir Hussain
4h ·
Number for DeclanOHara (PE teacher at Kestrel): 07700 900633. Dropped my son from the cricket team after 3 years. Ring him and ask him why, I have. He won't answer to me but he might to 50 of you 😡

  Ruksana B
  Bhai is that his personal number?? You can't post that

  Shabir Hussain
  It's the one he gave the team's parents. Fair game.
""",
    "dohara camelcase doxxing; school short_name negative",
)

doc(
    "facebook",
    "",
    "",
    """
Heaton Community Page (Public group · 4.4K members)

Lorraine Atkinson
9h ·
Been at that college gate on Lingard Rd every morning for two years dropping my grandson. Big Ed on the gate is a gentleman, always says morning and holds the traffic for the little ones. Can't say the same about the rest of them. Mrs Whitely never answers a single letter and as for that M\u0440s \u0412\u0435gum from the science block – stuck-up, rude, ignorant woman, looked straight through me when I asked a simple question. Kestrel's gone right downhill.

  Carol M
  Ed's a star. Agree about the office too.
""",
    "efirth nickname neutral; jwhiteley typo negative; nbegum homoglyph abuse; school short_name negative",
)

doc(
    "facebook",
    "",
    "",
    """
Bradford Mums Chat 💬 (Private group · 18.4K members)

Anonymous participant
7h ·
Who's got kids in the sociology class with S4ndhu? #KestrelSixthForm My son says she spent the whole lesson on "patriarchy" and told a lad his opinion was "uninformed". Is that normal? Feels a bit much for 16 year olds but maybe I'm old fashioned.

  Amy Rhodes
  My daughter loves her. She says she just makes them back up what they say 🤷‍♀️

  Nusrat A
  Same, my son's marks went up loads. Bit strict, that's all.
""",
    "jsandhu leetspeak negative; school hashtag neutral",
)


# --------------------------------------------------------------------------- build
HTML_KINDS = {"news", "forum", "blog"}
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Mx")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u2019", "'").lower()


def _plain(d: dict, content: str) -> str:
    if d["kind"] in HTML_KINDS:
        content = re.sub(r"<[^>]+>", " ", content)
        content = html.unescape(content)
    return content


NAMESAKES: list[str] = []


def _check(files: list[tuple[dict, str, str]], wl: dict) -> list[str]:
    warnings = []
    staff = {s["id"]: s for s in wl["staff"]}
    school = wl["school"]
    long_aliases = [a for a in school["aliases"] if a != "Kestrel"]
    for d, name, content in files:
        text = _fold(_plain(d, content))
        subjects = [e["subject"] for e in d["expected"]]
        if len(subjects) != len(set(subjects)):
            warnings.append(f"{name}: duplicate subject")
        for e in d["expected"]:
            s, v, c = e["subject"], e["variant"], e["category"]
            if c not in ORDER:
                warnings.append(f"{name}: bad category {c}")
            if s == "school":
                full = _fold(school["name"]) in text
                ali = any(_fold(a) in text for a in long_aliases)
                if v == "exact" and not full:
                    warnings.append(f"{name}: school exact but full name absent")
                if v != "exact" and full:
                    warnings.append(f"{name}: school {v} but full name present")
                if v == "alias" and not ali:
                    warnings.append(f"{name}: school alias but no alias found")
                if v not in ("exact", "alias") and ali:
                    warnings.append(f"{name}: school {v} but alias present")
                continue
            if s not in staff:
                warnings.append(f"{name}: unknown subject {s}")
                continue
            st = staff[s]
            full = _fold(st["name"]) in text
            ali = any(_fold(a) in text for a in st.get("aliases", []))
            surname = _fold(st["name"].split(" ", 1)[1])
            ts = (
                re.search(
                    r"\b("
                    + "|".join(t.lower() for t in TITLES)
                    + r")\.? (?:[a-z]\.? )?"
                    + re.escape(surname)
                    + r"\b",
                    text,
                )
                is not None
            )
            if v == "exact" and not full:
                warnings.append(f"{name}: {s} exact but name absent")
            if v != "exact" and full:
                warnings.append(f"{name}: {s} {v} but full name present")
            if v == "alias" and not ali:
                warnings.append(f"{name}: {s} alias but no alias present")
            if v not in ("exact", "alias") and ali:
                warnings.append(f"{name}: {s} {v} but alias present")
            if v == "title_surname" and not ts:
                warnings.append(f"{name}: {s} title_surname but not found")
            if v not in ("exact", "alias", "title_surname") and ts:
                warnings.append(f"{name}: {s} {v} but title+surname present")
        if "school" not in subjects:
            for a in [school["name"], "Kestrel College", "Kestrel Sixth Form"]:
                if _fold(a) in text:
                    warnings.append(f"{name}: unlabelled school name '{a}'")
        for sid, st in staff.items():
            if sid not in subjects and _fold(st["name"]) in text:
                NAMESAKES.append(f"{name}: {st['name']}")
        if d["kind"] in HTML_KINDS and content.count("<main") != 1:
            warnings.append(f"{name}: bad html")
    return warnings


def main() -> int:
    wl = tomllib.loads((OUT / "watchlist.toml").read_text(encoding="utf-8"))
    docs = list(DOCS)
    random.Random(22).shuffle(docs)
    docs_dir = OUT / "docs"
    docs_dir.mkdir(exist_ok=True)
    for old in docs_dir.iterdir():
        if old.is_file():
            old.unlink()
    files = []
    with open(OUT / "labels.jsonl", "w", encoding="utf-8", newline="\n") as lab:
        for i, d in enumerate(docs):
            ext = "html" if d["kind"] in HTML_KINDS else "txt"
            name = f"{i:03d}-{d['kind']}.{ext}"
            content = render_html(d) if ext == "html" else d["body"].strip() + "\n"
            (docs_dir / name).write_text(content, encoding="utf-8", newline="\n")
            files.append((d, name, content))
            lab.write(
                json.dumps(
                    {"file": name, "kind": d["kind"], "expected": d["expected"]}, ensure_ascii=False
                )
                + "\n"
            )
    # ---- summary
    from collections import Counter

    mentions = [e for d in docs for e in d["expected"]]
    print(f"documents: {len(docs)}")
    print(f"mentions:  {len(mentions)}  (url_only: {sum(e['url_only'] for e in mentions)})")
    print(f"empty documents: {sum(1 for d in docs if not d['expected'])}")
    print("by kind:    ", dict(sorted(Counter(d["kind"] for d in docs).items())))
    print("by variant: ", dict(sorted(Counter(e["variant"] for e in mentions).items())))
    print("by category:", {c: Counter(e["category"] for e in mentions)[c] for c in ORDER})
    print("by subject: ", dict(sorted(Counter(e["subject"] for e in mentions).items())))
    # ---- validity
    ids = {"school"} | {s["id"] for s in wl["staff"]}
    problems = [f"unknown subject {e['subject']}" for e in mentions if e["subject"] not in ids]
    for line in (OUT / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if not (docs_dir / rec["file"]).is_file():
            problems.append(f"missing file {rec['file']}")
    problems += _check(files, wl)
    for p in problems:
        print("CHECK:", p, file=sys.stderr)
    print(
        f"namesake documents (a staff member's full name, deliberately unlabelled): {len(NAMESAKES)}"
    )
    print("checks:", "ok" if not problems else f"{len(problems)} warning(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
