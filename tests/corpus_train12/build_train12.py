# ruff: noqa: E501
"""Labelled corpus train12 for the repwatch matcher (St Botolph's CofE Junior School, Fenmarsh).

Written WITHOUT reading the matcher, its tuning corpus or the other corpora: it measures how
the matcher generalises to writing it was never tuned on. Never tune on it — do not read its
errors and change the matcher to suit them, or the measurement is spent.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_train12

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the places, the sites, the phone numbers (Ofcom drama ranges) and the addresses.

Setting: a Church of England junior school (ages 7-11) in Fenmarsh, a fenland market town in
Lincolnshire with villages Gedney Drove and Sutton Fen, where many Lithuanian, Latvian,
Polish and Romanian families came to work in food packing and on the land. "St Botolph's" is
also the parish church, the surgery, the scout group, a sheltered-housing court and a
different primary school in another town (Haverby), so many pages say "St Botolph's" without
meaning the school. Staff share surnames (Smith, Taylor, Walker, Wright, Hall, Clarke, Bell,
Kazlauskienė, Ainsworth) with strangers in the documents; the vicar is chair of governors,
so parish pages name him without naming the school, and an unrelated clergyman shares his
name.

Labelling conventions used here:
- ``exact`` is the full watchlist name ("Thomas Taylor", "St Botolph's Church of England
  Junior School"); a spelling with diacritics dropped ("Kazlauskiene") or apostrophe dropped
  still counts as exact. A title in front ("Revd Jonathan Ainsworth") is still exact.
- ``alias`` is a watchlist alias: the school's "St Botolph's Juniors", "St Botolph's Junior
  School", "St Botolph's CofE Junior School", "St Botolph's C of E Juniors", "Botolph's
  Juniors", "SBJ"; the SENCO's maiden name ("Kate Wright", "Katherine Wright", "Miss
  Wright").
- ``short_name`` is "St Botolph's" / "St Botolphs" / "Botolph's" / "botolphs" alone.
- ``nickname`` covers diminutives, first-name-only and by-names: "Bob Walker", "Rob", "Tom
  Taylor", "Mr T", "Miss Jo", "Coach Zeke", "Jurga", "Jurgutė", "Rev Jon", "Tony the
  caretaker", "Liz in the office", "Mrs CB", "Kate" for the SENCO; for the school, the
  pupils' "Botty's" and "the juniors" where the page makes clear it is the Fenmarsh school.
- ``hyphenated`` is half of the head's double-barrelled surname ("Mrs Cartwright", "Mrs
  Bell") or the surname with its hyphen dropped ("Cartwright Bell").
- ``possessive`` is a surname that appears only possessively without a title ("Walker's
  new rule"); "Mr Walker's" counts as ``title_surname``.
- ``first_initial`` is first name plus surname initial ("Tom T.", "Jurgita K.");
  ``initial_surname`` is "R. Walker" / "Mr R Walker".
- ``surname_only`` is the bare surname ("Taylor said..."), including with a role word in
  another language ("direktorė Cartwright-Bell"); a title in another language ("ponia
  Kazlauskienė", "doamna Hall", "domnul Walker") counts as ``title_surname``, and a
  Lithuanian case-inflected full name ("Jurgitai Kazlauskienei") as ``exact``.
- When a page has several forms, the variant is the first of: exact, title_surname, alias,
  initial_surname, first_initial, surname_only, possessive, hyphenated, nickname,
  short_name, handle, hashtag, camelcase, typo, obfuscated, spacing, leetspeak, homoglyph.
- "the head", "sir", "the caretaker", "the vicar" with no name are not mentions. The school
  office phone number or website alone is not doxxing; a staff member's home address,
  personal mobile or personal email is.
- A news report of a threat or of hate aimed at a subject is labelled threat/hate for that
  subject; a report of a criminal allegation or court case is defamation.
"""

from __future__ import annotations

import html
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent

VARIANTS = {
    "exact", "title_surname", "initial_surname", "first_initial", "nickname", "possessive",
    "hyphenated", "typo", "leetspeak", "homoglyph", "spacing", "obfuscated", "hashtag",
    "handle", "camelcase", "alias", "short_name", "surname_only",
}  # fmt: skip
CATEGORIES = {"threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"}
KINDS = {"forum", "news", "review", "social", "facebook", "blog"}
SUBJECTS = {
    "school", "hcartwrightbell", "rwalker", "kdunmore", "jkazlauskiene", "esmith", "aclarke",
    "ttaylor", "jhall", "ethreadgold", "jainsworth",
}  # fmt: skip


@dataclass(frozen=True)
class Doc:
    kind: str
    text: str
    expected: tuple[dict[str, object], ...]

    @property
    def ext(self) -> str:
        return "html" if self.kind in {"news", "forum", "blog"} else "txt"


def E(subject: str, variant: str, category: str, url_only: bool = False) -> dict[str, object]:
    assert subject in SUBJECTS, subject
    assert variant in VARIANTS, variant
    assert category in CATEGORIES, category
    return {"subject": subject, "variant": variant, "category": category, "url_only": url_only}


DOCS: list[Doc] = []


def add(kind: str, text: str, *expected: dict[str, object]) -> None:
    assert kind in KINDS, kind
    subjects = [e["subject"] for e in expected]
    assert len(subjects) == len(set(subjects)), f"duplicate subject in doc {len(DOCS)}"
    DOCS.append(Doc(kind, text.strip() + "\n", expected))


# ---------------------------------------------------------------- page templates

h = html.escape


def _paras(text: str) -> str:
    return "\n".join(f"<p>{h(p.strip())}</p>" for p in text.strip().split("\n\n") if p.strip())


NEWS_SITES = {
    "standard": (
        "Fenmarsh Standard",
        "fenmarshstandard.example",
        ["Home", "News", "Sport", "Farming", "Family Notices", "Letters", "Jobs"],
    ),
    "lincs": (
        "Lincs Today",
        "lincstoday.example",
        ["News", "Crime", "Schools", "Business", "Whats On", "Property"],
    ),
    "towncouncil": (
        "Fenmarsh Town Council",
        "fenmarsh-tc.example",
        ["Home", "Your Council", "Meetings and Minutes", "Allotments", "Market", "Contact"],
    ),
    "district": (
        "Marshland District Council",
        "marshland-dc.example",
        [
            "Home",
            "Council and democracy",
            "Committees",
            "Planning",
            "Bins and recycling",
            "Schools",
        ],
    ),
    "primarymatters": (
        "Primary Matters",
        "primarymatters.example",
        ["Latest", "Leadership", "Inspection", "SEND", "Funding", "Jobs"],
    ),
    "fengrower": (
        "Fen Grower",
        "fengrower.example",
        ["News", "Labour", "Machinery", "Markets", "Weather", "Events"],
    ),
}


def news(
    site: str,
    headline: str,
    body: str,
    *,
    byline: str = "",
    date: str = "",
    section: str = "News",
    comments: tuple[tuple[str, str, str], ...] = (),
    related: tuple[str, ...] = (),
) -> str:
    name, domain, nav = NEWS_SITES[site]
    nav_html = " | ".join(
        f'<a href="https://{domain}/{n.lower().replace(" ", "-")}">{h(n)}</a>' for n in nav
    )
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(headline)} - {h(name)}</title></head><body>',
        f'<header><div class="logo">{h(name)}</div><nav>{nav_html}</nav>'
        '<div class="cookie">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div></header>',
        f'<main><div class="breadcrumb">Home &gt; {h(section)}</div><article><h1>{h(headline)}</h1>',
    ]
    if byline or date:
        out.append(f'<div class="byline">{h(byline)} <time>{h(date)}</time></div>')
    out.append(_paras(body))
    out.append('<div class="share">Share: Facebook | X | WhatsApp | Email</div></article>')
    if comments:
        out.append(
            f'<section class="comments"><h2>Comments ({len(comments)})</h2><p class="rules">Comments are moderated. Please keep it civil.</p>'
        )
        for user, when, text in comments:
            out.append(
                f'<div class="comment"><span class="user">{h(user)}</span> <span class="when">{h(when)}</span><p>{h(text)}</p><a href="#">Reply</a> <a href="#">Report</a></div>'
            )
        out.append("</section>")
    if related:
        out.append(
            '<aside class="related"><h3>Related stories</h3><ul>'
            + "".join(f'<li><a href="#">{h(r)}</a></li>' for r in related)
            + "</ul></aside>"
        )
    out.append(
        f'</main><footer><p>&copy; 2025 {h(name)}. All rights reserved.</p><a href="#">Privacy</a> | <a href="#">Terms</a> | <a href="#">Contact us</a> | <a href="#">Complaints</a></footer></body></html>'
    )
    return "\n".join(out)


FORUMS = {
    "parentnet": ("ParentNet", "parentnet.example", "Talk"),
    "threadit": ("threadit", "threadit.example", "r/"),
    "fentalk": ("FenTalk", "fentalk.example", "Boards"),
    "fieldwork": ("FieldWork UK - seasonal jobs forum", "fieldworkforum.example", "Forums"),
    "staffroom": ("The Staffroom", "staffroom.example", "Forums"),
}


def forum(site: str, board: str, title: str, posts: tuple[tuple[str, str, str], ...]) -> str:
    name, domain, crumb = FORUMS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="logo" href="https://{domain}/">{h(name)}</a> <nav><a href="#">Home</a> <a href="#">{h(crumb)}</a> <a href="#">Search</a> <a href="#">Log in</a> <a href="#">Sign up</a></nav></header>',
        f'<main><div class="breadcrumb">{h(crumb)} &gt; {h(board)}</div><h1>{h(title)}</h1>',
    ]
    for i, (user, meta, text) in enumerate(posts):
        cls = "op" if i == 0 else "reply"
        out.append(
            f'<div class="post {cls}"><div class="author">{h(user)}</div><div class="meta">{h(meta)}</div><div class="body">{_paras(text)}</div><div class="actions">Quote | Report | Share</div></div>'
        )
    out.append(
        f'<div class="pager">Page 1 of 1</div></main><footer>{h(name)} &middot; <a href="#">Talk guidelines</a> &middot; <a href="#">Privacy</a> &middot; <a href="#">Contact</a></footer></body></html>'
    )
    return "\n".join(out)


BLOGS = {
    "fenpatriot": (
        "Fenmarsh Patriot",
        "fenmarshpatriot.example",
        "Speaking up for the forgotten Fens",
    ),
    "parish": (
        "St Botolph's Parish, Fenmarsh with Gedney Drove",
        "stbotolphs-parish.example",
        "Parish news and the Fenmarsh Messenger",
    ),
    "scouts": (
        "1st Fenmarsh (St Botolph's) Scout Group",
        "fenmarshscouts.example",
        "Beavers, Cubs, Scouts - adventure in the Fens",
    ),
    "mumblog": (
        "Flat Land, Full Hands",
        "flatlandfullhands.example",
        "A Lincolnshire mum of three, muddling through",
    ),
    "history": (
        "Drains and Droves",
        "drainsanddroves.example",
        "Local history of the Lincolnshire fens",
    ),
    "teacherblog": (
        "Chalk and Chips",
        "chalkandchips.example",
        "Notes from a fenland primary classroom",
    ),
    "runner": (
        "Fenmarsh Flatliners RC",
        "fenmarshflatliners.example",
        "The flattest running club in England",
    ),
}


def blog(
    site: str,
    title: str,
    body: str,
    *,
    author: str = "",
    date: str = "",
    comments: tuple[tuple[str, str, str], ...] = (),
) -> str:
    name, domain, tagline = BLOGS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="site-title" href="https://{domain}/">{h(name)}</a><p class="tagline">{h(tagline)}</p>'
        '<nav><a href="#">Home</a> <a href="#">About</a> <a href="#">Archive</a> <a href="#">Contact</a></nav></header>',
        f"<main><article><h1>{h(title)}</h1>",
    ]
    if author or date:
        out.append(f'<div class="meta">Posted by {h(author)} on {h(date)}</div>')
    out.append(_paras(body))
    out.append("</article>")
    if comments:
        out.append(f'<section class="comments"><h2>{len(comments)} Responses</h2>')
        for user, when, text in comments:
            out.append(
                f'<div class="comment"><b>{h(user)}</b> <i>{h(when)}</i>{_paras(text)}</div>'
            )
        out.append("</section>")
    out.append(
        f"<aside><h3>Archives</h3><ul><li>March 2025</li><li>February 2025</li><li>January 2025</li></ul></aside></main><footer>&copy; {h(name)} &middot; Powered by a blog engine</footer></body></html>"
    )
    return "\n".join(out)


def review(
    platform: str,
    place: str,
    stars: int,
    author: str,
    when: str,
    text: str,
    reply: str = "",
    meta: str = "",
) -> str:
    out = [f"{platform} - Reviews", place]
    if meta:
        out.append(meta)
    out += ["", f"{author}", f"{'★' * stars}{'☆' * (5 - stars)}  {when}", text.strip()]
    if reply:
        out += ["", "Response from the owner", reply.strip()]
    out += ["", "Helpful?  Share  Report review"]
    return "\n".join(out)


def social(
    platform: str,
    user: str,
    when: str,
    text: str,
    replies: tuple[tuple[str, str], ...] = (),
    stats: str = "",
) -> str:
    out = [platform, f"{user} · {when}", text.strip()]
    if stats:
        out.append(stats)
    if replies:
        out.append("")
        out.append("Replies" if platform not in {"TikTok", "Instagram"} else "Comments")
        for who, text2 in replies:
            out.append(f"{who}: {text2}")
    return "\n".join(out)


def facebook(
    group: str,
    author: str,
    when: str,
    text: str,
    comments: tuple[tuple[str, str], ...] = (),
    reactions: str = "",
) -> str:
    out = [f"Facebook · {group}", f"{author} · {when} · 🌐", "", text.strip(), ""]
    out.append(reactions or f"👍❤️ {7 + len(comments) * 3}")
    if comments:
        out.append(f"{len(comments)} comments")
        out.append("")
        for who, text2 in comments:
            out.append(f"{who}")
            out.append(f"{text2}")
            out.append("Like · Reply")
    return "\n".join(out)


# ================================================================ news

add(
    "news",
    news(
        "standard",
        "Fenmarsh junior school rated Good after 'transformation', say inspectors",
        """
A Fenmarsh junior school that was told to improve three years ago has been rated Good in every area by Ofsted, with inspectors praising its "warm, inclusive culture" and the way it supports pupils who arrive speaking little or no English.

St Botolph's Church of England Junior School, on Church Lane, has 342 pupils aged seven to 11. Almost half speak English as an additional language, with Lithuanian, Latvian, Polish and Romanian the most common home languages after English.

Inspectors visited over two days in February. Their report, published this week, says pupils "are proud of their school and kind to one another" and that "leaders have high ambitions for every pupil, including those with special educational needs and/or disabilities (SEND)."

The report singles out the school's work with new arrivals. "Pupils who join the school partway through the year, often from overseas, are welcomed and quickly helped to access the curriculum," it says. "Skilled support staff, some of whom share pupils' home languages, help them to settle and to learn English rapidly."

It also notes that reading is "a clear priority" and that the proportion of pupils reaching the expected standard in reading, writing and maths at the end of Year 6 has risen for three years running.

The one area for improvement concerns the foundation subjects. Inspectors said that in some subjects, including geography and music, "the curriculum is not yet as well sequenced as it is in English and mathematics", so pupils do not always build their knowledge securely.

Headteacher Helen Cartwright-Bell, who joined the school in 2021, said she was "over the moon" for pupils, staff and families. "When I arrived, people told me this was a school with a lot of challenges. What I found was a school with a lot of talent, in the children and in the staff. This report belongs to them," she said.

She paid tribute to the school's special needs co-ordinator, Mrs Dunmore, whose work inspectors described as "meticulous", and to the school's team of teaching assistants.

The Revd Jonathan Ainsworth, vicar of St Botolph's Church and chair of governors, said: "As a church school we try to live out the belief that every child is made in the image of God and has gifts to share. It is wonderful to see that recognised."

Pupils at the school were equally delighted. Year 6 pupil Amelia, 11, said: "The best thing about our school is that everyone is included. My best friend came from Latvia last year and now she's better at spelling than me."

The school's previous inspection, in 2022, judged it Requires Improvement, with inspectors then raising concerns about attendance and about pupils' progress in writing.

Attendance has since improved to just above the national average, though the report notes that "a small number of families take extended holidays during term time, which affects those pupils' learning."

Lincolnshire County Council's executive member for children's services said the result was "a testament to the hard work of everyone connected with the school."
""",
        byline="By Karen Moss, Education Reporter",
        date="14 March 2025",
        section="Education",
        comments=(
            (
                "FenDad1979",
                "14 Mar 2025",
                "Good? my daughter was bullied there for a year and they did nothing. reports are a joke",
            ),
            (
                "margaret.h",
                "14 Mar 2025",
                "Well done to all the staff, it was a lovely school when my boys went, nice to see it back on track",
            ),
            ("Sutton Fen Lass", "15 Mar 2025", "congrats everyone 👏"),
        ),
        related=(
            "St Botolph's Surgery to open on Saturday mornings",
            "Town council backs Church Lane parking scheme",
            "Fenmarsh Town 2 Holbrook 1",
        ),
    ),
    E("school", "exact", "negative"),
    E("hcartwrightbell", "exact", "neutral"),
    E("jainsworth", "exact", "neutral"),
    E("kdunmore", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "standard",
        "Dad who sent 'vile' threats to head teacher is jailed",
        """
A father who sent a string of threatening messages to the head teacher of his son's school has been jailed for 16 weeks.

Darren Pike, 34, of Marsh Bank, Sutton Fen, admitted sending malicious communications when he appeared before Boston magistrates on Tuesday.

The court heard that over four days last November Pike sent 23 messages to the school's office email account and to the head teacher's work phone, after his son was given a fixed-term exclusion.

In one, prosecutor Gemma Hurst said, he wrote that Helen Cartwright-Bell, head of St Botolph's CofE Junior School in Fenmarsh, would "go through her office window head first" if she "did that to my boy again". In another he said he knew what car she drove and "what time she leaves every night".

Mrs Cartwright-Bell said in a statement read to the court that she had varied her route home for weeks and had been afraid to stay late at work. "I have worked in schools for 24 years and I have never felt so frightened," she said.

Pike's solicitor said his client had been under pressure after losing his job at a packhouse and was "deeply ashamed". He had written a letter of apology.

Chair of the bench Philip Osgood said the messages were "designed to terrify a woman who was simply doing her job", and that a custodial sentence was the only option. Pike was also made subject to a five-year restraining order.
""",
        byline="Court reporter",
        date="21 January 2025",
        section="Court",
        comments=(
            ("Sandra W", "21 Jan 2025", "Good. Teachers get enough grief without this."),
            ("tractorboy", "21 Jan 2025", "16 weeks is nothing, he'll be out for easter"),
        ),
        related=(
            "Man banned after drink-driving on the A-road",
            "Packhouse fined over forklift injury",
        ),
    ),
    E("hcartwrightbell", "exact", "threat"),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "lincs",
        "Police investigate racist graffiti at Fenmarsh primary",
        """
Police are investigating after racist graffiti was sprayed on the fence of a junior school in Fenmarsh overnight.

The words "Foreigners out" and "English schools for English kids" were found painted on the boundary fence at St Botolph's Juniors on Church Lane at around 7am on Monday. A swastika had also been drawn on a gate.

Lincolnshire Police said it was treating the incident as a hate crime and appealed for anyone who saw people in Church Lane between 10pm on Sunday and 7am on Monday to come forward.

The graffiti was painted over by the school's site manager before pupils arrived. In a letter to parents, the school said it was "saddened and angry" and that "every child and every family is welcome at our school, wherever they were born."

Around half of the school's pupils speak English as an additional language.

Anyone with information is asked to call 101 quoting incident 96 of 3 March.
""",
        byline="Lincs Today reporter",
        date="4 March 2025",
        section="Crime",
        comments=(
            (
                "Patriot_Pete",
                "4 Mar 2025",
                "what do they expect when half the town dont speak english",
            ),
            ("Joanne Lister", "4 Mar 2025", "Disgusting. These are little kids."),
        ),
    ),
    E("school", "alias", "hate"),
)

add(
    "news",
    news(
        "standard",
        "St Botolph's Surgery to open on Saturday mornings",
        """
Patients at St Botolph's Surgery in Fenmarsh will be able to book Saturday morning appointments from next month, the practice has announced.

The surgery, on West Street, serves around 11,000 patients in Fenmarsh, Gedney Drove and the surrounding villages. It has struggled with phone queues since the closure of the Holbeck Road branch in 2023.

Practice manager Angela Wright said the extra sessions would be staffed by two GPs and a practice nurse. "We know people find it hard to get through at 8am, and many of our patients work shifts in the packhouses or on the land. Saturdays will help," she said.

Dr Matthew Walker, a partner at the practice, added that the surgery was also recruiting a Lithuanian-speaking receptionist.

The Saturday clinics will run from 8.30am to 12.30pm and can be booked online or by calling the surgery.
""",
        byline="By Tom Ellery",
        date="2 April 2025",
        section="Health",
        related=("Fenmarsh junior school rated Good after 'transformation', say inspectors",),
    ),
)

add(
    "news",
    news(
        "standard",
        "New head for Haverby's St Botolph's Primary",
        """
St Botolph's Primary School in Haverby has appointed a new headteacher after a term under interim leadership.

Mrs Rachel Smith, currently deputy head at a school in Spalding, will take up the post in September. She replaces Mr Graham Taylor, who retired at Christmas after 14 years at the school.

The chair of governors at the Haverby school said Mrs Smith had "impressed everyone with her energy and her clear vision for the school".

St Botolph's Primary, on Sluice Road, has 188 pupils and was rated Good at its last inspection. Mrs Smith said she was looking forward to "getting to know the children and the Haverby community".
""",
        byline="Staff reporter",
        date="9 May 2025",
        section="Education",
    ),
)

add(
    "news",
    news(
        "towncouncil",
        "Minutes of the Full Council meeting, 11 February 2025",
        """
FENMARSH TOWN COUNCIL. Minutes of the meeting of the Full Council held in the Corn Exchange, Market Place, Fenmarsh on Tuesday 11 February 2025 at 7.00pm.

Present: Cllr Roger Walker (Town Mayor, in the chair), Cllr D. Ashby, Cllr P. Kowalska, Cllr S. Hall, Cllr M. Fenwick, Cllr A. Dobbs, Cllr T. Marr, Cllr J. Wright, Cllr B. Ostrowski. In attendance: Mrs L. Thurlow (Town Clerk), Mr K. Baines (Deputy Clerk), PCSO Eglė Petrauskaitė, 6 members of the public.

25/101 Apologies for absence. Apologies were received and accepted from Cllr N. Grice (work commitments) and Cllr R. Sands (illness).

25/102 Declarations of interest. Cllr S. Hall declared a non-pecuniary interest in item 25/109 as a trustee of the Corn Exchange Trust. Cllr J. Wright declared a non-pecuniary interest in item 25/111 as an allotment tenant.

25/103 Minutes. The minutes of the meeting held on 14 January 2025 were approved as a correct record and signed by the Chair, subject to the correction of Cllr Ostrowski's name in minute 25/089.

25/104 Public forum. A resident of Holbeck Road raised concerns about HGVs using Holbeck Road as a cut-through to the Gedney Drove packhouses, particularly early in the morning. The Mayor advised that the matter had been raised with the highways authority and that the Clerk would chase a response. A resident of West Street asked about the condition of the footway outside the surgery; the Clerk will report it. A resident asked whether the council would oppose the planning application for 140 dwellings off Sutton Road; the Mayor advised that the application would be considered by the Planning Committee on 25 February and that residents could attend.

25/105 Police report. PCSO Petrauskaitė presented the monthly report. There had been 41 recorded crimes in the Fenmarsh beat in January, compared with 38 in January 2024. There were three reports of theft of diesel from farm vehicles at Sutton Fen and one of hare coursing at Gedney Drove. Anti-social behaviour around the bus station had reduced following the installation of additional lighting. The PCSO reminded members that a hate crime reporting session would be held at the library on 6 March, with interpreters for Lithuanian, Polish and Romanian. Members thanked the PCSO.

25/106 County and district councillors' reports. The district councillor reported that the district's budget would be set on 26 February and that a 2.99% increase in council tax was proposed. The county councillor reported that the gritting routes had performed well during the January cold snap, that the county's highways team had been asked to look at Holbeck Road, and that home-to-school transport arrangements for Gedney Drove were under review.

25/107 Finance. (a) Members received the bank reconciliation to 31 January 2025. (b) Members approved payments totalling £18,442.16 as listed in Appendix A. (c) Members noted the budget monitoring report; the Clerk advised that the cemetery income was above budget and the Christmas lights expenditure slightly over budget owing to the replacement of two motifs. (d) It was RESOLVED to set the precept for 2025/26 at £312,500, an increase of 3.8% on a Band D property.

25/108 Church Lane parking. Members received correspondence from Mrs H. Cartwright-Bell, headteacher of St Botolph's Junior School, regarding parking and congestion on Church Lane at the start and end of the school day. The letter described vehicles parked on the zig-zag markings and on the footway, and a near miss involving a Year 3 pupil in January. The headteacher asked whether the council would support an application to the county council for a School Street scheme, closing Church Lane to through traffic for 30 minutes at drop-off and pick-up. Cllr Kowalska spoke in support, noting that she had witnessed dangerous parking herself. Cllr Marr asked what provision would be made for residents of St Botolph's Court, the sheltered housing scheme at the north end of Church Lane, and for the surgery's patients. The Clerk advised that residents would be issued with exemption permits. It was RESOLVED to write to the county council in support of a School Street trial and to ask that residents of St Botolph's Court and blue badge holders be exempt.

25/109 Corn Exchange. The Clerk reported that the roof survey had identified slipped tiles and failing lead flashing over the north aisle. Three quotations had been obtained. It was RESOLVED to accept the quotation from Marr and Sons Roofing Ltd in the sum of £7,850 plus VAT, Cllr Marr having left the room for this item and taken no part in the discussion or vote.

25/110 Market. The Deputy Clerk reported that the Thursday market had 19 stalls on average in January, down from 24 a year earlier. Two new traders, selling Lithuanian and Polish baked goods, had joined. Members discussed the possibility of a monthly evening food market in the summer. It was RESOLVED that the Deputy Clerk bring costed proposals to the March meeting.

25/111 Allotments. Members noted that 14 plots were vacant at the Sutton Road site and that the waiting list had been cleared. The Clerk reported that the water supply to the lower field had been repaired. Cllr Wright asked that the council consider translating the allotment tenancy agreement into Lithuanian and Polish; it was agreed to obtain costs.

25/112 Fenmarsh in Bloom. Members approved a grant of £1,200 to Fenmarsh in Bloom for planters on Market Place and at the bus station, and thanked the volunteers for their work.

25/113 Playing field. The Clerk reported that the zip wire at the Recreation Ground had been taken out of use following the annual inspection and that a replacement cable had been ordered. The Mayor noted that FenActive Sports had asked to use the field for a holiday club in the Easter holidays; it was RESOLVED to agree subject to the usual insurance documents.

25/114 Correspondence. Members noted letters from the Lincolnshire Association of Local Councils about training dates, from a resident thanking the council for the Remembrance arrangements, and from the Scout group thanking the council for its grant towards the St Botolph's scout hut roof.

25/115 Date of next meeting. Tuesday 11 March 2025 at 7.00pm in the Corn Exchange.

The meeting closed at 8.52pm.

Signed ........................ Chair. Date ............
""",
        section="Meetings and Minutes",
    ),
    E("school", "alias", "neutral"),
    E("hcartwrightbell", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "district",
        "Planning Committee - 25 February 2025 - Agenda item 6",
        """
Application H/24/0917: Erection of a two-storey extension to provide six additional one-bedroom flats, together with a communal lounge and alterations to parking. St Botolph's Court, Church Lane, Fenmarsh. Applicant: Fenland Homes Housing Association.

Officer's summary. St Botolph's Court is a sheltered housing scheme of 28 flats for people aged over 55, built in 1978. The proposed extension would sit on the existing garden to the west of the building. The scheme manager has provided a statement in support explaining that the waiting list for the scheme stands at 41 households.

Consultation responses. Fenmarsh Town Council: no objection, subject to retention of the mature lime trees on the Church Lane frontage. Highways: no objection, subject to conditions. Two letters of objection were received from neighbours on Vicarage Gardens regarding overlooking. One letter of support was received from a resident of the Court, Mrs Edna Clarke, who wrote that "more of us could stay in Fenmarsh near our families."

Recommendation: approve, subject to conditions.
""",
        section="Committees",
    ),
)

add(
    "news",
    news(
        "primarymatters",
        "'They arrive on Monday and they're in class on Tuesday': how a fenland school gets new arrivals learning",
        """
It is 8.40am on a wet Tuesday in Fenmarsh, and in a small room off the hall at St Botolph's CofE Junior School, three children who did not exist on the school roll a week ago are sorting picture cards into piles. One is from Kaunas, one from near Iași in Romania, one from a village outside Daugavpils in Latvia. Between them they have perhaps forty words of English.

"First we make them feel safe," says Jurgita Kazlauskienė, who leads the school's induction sessions for new arrivals. "Then we find out what they already know. Children come with a lot of knowledge. It is just in another language."

Kazlauskienė came to Lincolnshire from Lithuania in 2011 and worked on a salad packing line before volunteering in her daughter's classroom. She is now one of three teaching assistants at the school who speak a pupil home language, and the school's lead for English as an additional language (EAL) support.

St Botolph's is not unusual in this part of the country. Fenmarsh sits in the middle of some of the most productive farmland in Britain, and the packhouses and growers that surround it have relied for two decades on workers from central and eastern Europe. Many came on short contracts and stayed. Their children now make up a large share of local school rolls, and the pattern of arrivals has changed: rather than a wave in the spring, schools now see children join throughout the year, often with a few days' notice, as families move between jobs and tied housing.

Mobility is the hidden challenge, says Kazlauskienė. "A child might be with us for three months, then the family moves to Peterborough for a better job, then they come back. Every time, they lose something. So we try to make the first weeks count."

The school's approach, which its most recent inspection report described as a strength, has three parts. New arrivals spend their first mornings in a small induction group, learning classroom routines and survival language alongside their peers from the same country where possible. In the afternoons they join their class, with a "buddy" and visual timetables in their home language. Within a fortnight most are in class full-time.

Staff assess children in their first language where they can. "If a boy can do long division in Romanian, he does not need to go back to counting to ten," Kazlauskienė says. The school keeps a bank of maths and reading assessments translated into the main home languages, built up over several years by support staff and volunteer parents.

Parents are the other half of the picture. Many work long and unpredictable shifts; some have limited English themselves; some have had poor experiences of officialdom. The school runs a monthly coffee morning at 7.30am, before the early shift, and sends key messages by text in four languages.

"Trust takes time," says one Romanian mother whose two children joined last year. "In the beginning I was afraid to come in, because my English is not good. Now I come to everything."

Not every school has the staff to do this. Research by the Education Policy Institute has shown that the progress of EAL pupils varies hugely depending on the age at which they arrive and the support available, and that late arrivals to English schools, especially at secondary, are among the most disadvantaged groups in the system. Funding for EAL has been folded into the general schools budget since 2013, and many local authorities have cut or closed their specialist EAL services.

Headteachers in the area describe a patchwork. One head of a village primary near Holbeach told Primary Matters that she relied on "Google Translate and goodwill". Another said that recruiting bilingual support staff was difficult because "the packhouses pay more than we do".

There are also tensions. The fens voted heavily to leave the European Union in 2016, and some schools report hostility from a minority of parents. Several have dealt with racist incidents, and at least one has had graffiti on its fence this year.

Kazlauskienė is matter-of-fact about it. "Some people say things, online mostly. But the children do not care where their friends come from. In the playground it is football, it is Pokémon. The adults can learn from them."

Back in the induction room, the three new arrivals have moved on to a game of snap, and the girl from Kaunas is correcting the boy from Iași on the word "yellow". By Friday, the plan is for all three to be in their classes full-time.

What would help? Every head and support worker we spoke to for this article gave a version of the same three answers. First, stable funding for EAL that follows pupils who arrive mid-year, rather than relying on a census taken in October. Second, recognition in inspection and accountability measures that a school whose Year 6 cohort has changed by a third since Year 3 is not the same as one whose cohort has not changed at all. Third, a career route for bilingual support staff, many of whom, like Kazlauskienė, have degrees from their home countries that are not recognised here.

"I was an economist in Lithuania," she says, with a shrug. "Here I was packing lettuce. Now I am doing something that matters. But a lot of very clever people are still on the lines, because nobody tells them what is possible."

The Department for Education said it was "committed to ensuring every child, whatever their background, receives a high-quality education", and pointed to the schools' national funding formula, which includes a factor for pupils with EAL in their first three years in English schools.

This article is part of our series on schools serving rural and coastal communities. Next week: recruiting teachers to the coast.
""",
        byline="By Priya Anand",
        date="27 March 2025",
        section="SEND",
        related=(
            "How one trust is closing the disadvantage gap in coastal schools",
            "EAL funding: what schools can and cannot claim",
            "Jobs: Year 4 teacher, Lincolnshire",
        ),
    ),
    E("jkazlauskiene", "exact", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "fengrower",
        "Labour shortfall: growers warn of 'empty fields' as seasonal scheme is cut",
        """
Vegetable growers across south Lincolnshire have warned that crops could go unharvested this summer after the government confirmed a reduction in seasonal worker visas.

The National Farmers' Union said the cut would hit labour-intensive crops such as brassicas, salads and soft fruit hardest. Several growers told Fen Grower they were already struggling to fill shifts on packing lines.

"Ten years ago you could fill a minibus from Fenmarsh market square every morning," said one Gedney Drove grower, who asked not to be named. "Now the people who came over then have settled. They have mortgages, they have kids at St Botolph's Juniors, they've moved into supervisor jobs or set up their own businesses. That's great for them and for the town. But the new workers aren't coming."

Gangmasters and labour providers report a similar picture. Rasa Kazlauskienė, director of a labour agency based in Sutton Fen, said: "We used to have more workers than jobs. Now I have jobs every day that I cannot fill."

Growers say automation, such as robotic harvesters and optical graders, is part of the answer but remains expensive and unsuited to many crops. Packhouses have raised hourly rates by an average of 9% over two years, according to industry figures, but still face competition from warehousing jobs on the A-roads around Peterborough.

The Association of Labour Providers called for a longer-term approach. "Year-to-year decisions on visa numbers make it impossible to plan," its chief executive said.

The Home Office said the scheme was "designed to meet genuine seasonal need" and that employers should "invest in the domestic workforce".

Growers will discuss the issue at the Fen Grower Labour Summit in Spalding on 15 April.
""",
        byline="By Andrew Hepworth",
        date="18 March 2025",
        section="Labour",
    ),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "standard",
        "Botolph's juniors dash to cross-country glory",
        """
Young runners from St Botolph's Junior School stormed to victory in the Fenmarsh and District Schools' Cross Country Championships at the Recreation Ground on Saturday.

The school won both the Year 5/6 girls' and boys' team titles and took second place in the Year 3/4 mixed race, beating schools from Haverby, Holbeck and Sutton Fen.

Individual honours went to Year 6 runner Oliwia, who led from the start of the 2km course, and Year 5's Kajus, who won a sprint finish by less than a second.

Coach Zeke Threadgold of FenActive Sports, who runs PE and after-school clubs at the school, said: "We train twice a week on the field whatever the weather, and the kids have been brilliant. The fens are flat, but there's nothing flat about the wind."

St Botolph's Primary of Haverby, last year's champions, finished third overall.
""",
        byline="Sports desk",
        date="25 November 2024",
        section="Sport",
    ),
    E("school", "alias", "neutral"),
    E("ethreadgold", "nickname", "neutral"),
)

add(
    "news",
    news(
        "standard",
        "Letters: School run chaos, and those bells",
        """
SIR, I live on Church Lane and I have had enough of the school run. Every morning between 8.30 and 9 the lane is blocked by cars parked on the pavement, on the yellow lines and across my drive. Last week an ambulance could not get through to St Botolph's Court. I have written to St Botolph's Juniors three times and received one reply telling me they "remind parents regularly". Reminding is not enough. The school has a big field and a staff car park that sits empty after 9am. Why not let parents use it? The school seems more interested in its Ofsted rating than in its neighbours. - J. Pegg, Church Lane, Fenmarsh.

SIR, Might I, through your pages, thank the bell ringers of St Botolph's Church for their magnificent peal on New Year's Day? I understand it took over three hours and was rung in memory of the late tower captain, Ron Clarke. It was a joy to hear across the market place. - Mrs V. Hardy, Sutton Road.

SIR, Once again the drain along Gedney Drove has not been cleared and the water is over the road by the bend. Who is responsible? - D. Fisher, Gedney Drove.
""",
        section="Letters",
        date="6 February 2025",
    ),
    E("school", "alias", "negative"),
)

add(
    "news",
    news(
        "lincs",
        "Man arrested after threatening deputy head at school gates",
        """
A 29-year-old man has been arrested after a deputy head teacher was threatened outside a school in Fenmarsh.

Police were called to Church Lane at around 3.20pm on Thursday after reports that a man was shouting and making threats towards a member of staff at the end of the school day.

Witnesses said the man squared up to deputy head Robert Walker and told him he would "end up in the drain" if he "came near my kids again". Other parents moved children away while staff called police.

Mr Walker, 47, was not physically hurt. The man was arrested on suspicion of a public order offence and has been released on bail while inquiries continue.

In a message to parents, St Botolph's said: "The safety of our children and staff is our first priority. Behaviour of this kind will not be tolerated."
""",
        byline="Lincs Today reporter",
        date="16 May 2025",
        section="Crime",
        comments=(
            (
                "Nikki B",
                "16 May 2025",
                "Threatening teachers is never ok. Mr Walker is a lovely man and doesnt deserve this",
            ),
            ("LincsLad", "16 May 2025", "wonder what the teacher did to wind him up tho"),
            ("Rasa", "16 May 2025", "My daughter was there, she was so scared"),
        ),
    ),
    E("rwalker", "exact", "threat"),
    E("school", "short_name", "neutral"),
)

add(
    "news",
    news(
        "standard",
        "School business manager denies £14,000 fraud",
        """
A school business manager has denied stealing more than £14,000 from the school where she worked.

Elizabeth Smith, 52, of Gedney Drove, appeared at Lincoln Crown Court on Monday charged with fraud by abuse of position between September 2022 and July 2024.

It is alleged that Smith, who worked at St Botolph's Church of England Junior School in Fenmarsh, diverted money paid by parents for school trips and uniform into her own account.

She pleaded not guilty and was granted unconditional bail. A trial date was set for 8 September.

Lincolnshire County Council said the school had reported its concerns to police following an internal audit and that "robust financial controls" were now in place.
""",
        byline="Court reporter",
        date="3 June 2025",
        section="Court",
    ),
    E("esmith", "exact", "defamation"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "standard",
        "Walker's Fish Bar nets regional award",
        """
A Fenmarsh chip shop has been named the best in the East Midlands at the regional fish and chip awards.

Walker's Fish Bar on Sheep Market has been run by Bob and Carol Walker for 31 years. Bob Walker, 63, said the secret was "proper beef dripping and not rushing the batter".

The shop's Lithuanian-born fryer, Tomas Kazlauskas, has worked there for nine years. "He does a better haddock than I ever did," Mr Walker joked.

The shop will now go forward to the national finals in London in January.
""",
        byline="By Tom Ellery",
        date="19 October 2024",
        section="News",
        comments=(
            ("chipfan", "19 Oct 2024", "best chips in lincolnshire, no contest"),
            ("Kev", "20 Oct 2024", "bob walker legend"),
        ),
    ),
)

add(
    "news",
    news(
        "standard",
        "Family notices",
        """
AINSWORTH The Revd Canon Jonathan. Died peacefully on 2nd December 2024 at Haverby Grange Nursing Home, aged 88. Rector of St Botolph's, Haverby 1968-1998 and Rural Dean. Beloved husband of the late Margaret, much loved father of Peter and Ruth and grandfather of five. Funeral service at St Botolph's Church, Haverby on Friday 20th December at 1pm. Family flowers only; donations if desired to the Haverby Church Restoration Fund.

TAYLOR Margaret (Peggy), née Hall. Passed away on 29th November 2024 at St Botolph's Court, Fenmarsh, aged 94. Wife of the late Sid, mum to Susan and Thomas, nan and great-nan. Funeral at Fenmarsh Crematorium on 16th December at 11am.

WRIGHT Dennis. On 30th November 2024, suddenly at home in Sutton Fen, aged 71. Retired lorry driver, Fenmarsh Town FC supporter for 60 years. He will be missed by all at the Crown.

SMITH Elizabeth (Betty). Peacefully, aged 90, formerly of Holbeck Road. Reunited with Arthur.
""",
        section="Family Notices",
        date="6 December 2024",
    ),
)

add(
    "news",
    news(
        "towncouncil",
        "Christmas lights switch-on: thank you",
        """
Thank you to everyone who came to the Christmas lights switch-on on Market Place on Saturday 30 November, one of the biggest crowds we have seen.

Special thanks to the choir of St Botolph's Juniors, who sang beautifully despite the cold, and to their conductor Miss Hall, who kept forty eight-year-olds in order in the dark. Thanks also to the Fenmarsh Silver Band, the Scouts and Cubs for marshalling, the Rotary Club's Santa sleigh, and the market traders who stayed late.

The lights were switched on by the Town Mayor, Cllr Roger Walker, together with Year 4 pupil Ieva, who won the council's lights design competition.
""",
        section="Home",
        date="2 December 2024",
    ),
    E("school", "alias", "neutral"),
    E("jhall", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "lincs",
        "Parents fume as school shuts with two hours' notice",
        """
Working parents in Fenmarsh say they were left scrambling for childcare after a junior school closed with less than two hours' notice on Monday.

St Botolph's CofE Junior School sent a text at 6.50am telling families it would be closed all day because of a "heating failure". The temperature in Fenmarsh that morning was -3C.

Parents took to social media to complain. "Half of us start at the packhouse at 6am, we'd already dropped kids at breakfast club at other people's houses," one mum said. "Then we get a text saying don't bring them. It's not good enough."

Another parent questioned why the problem had not been found sooner, saying the boiler had "been on its last legs for years".

The school said site manager Anthony Clarke had been in since 5.30am trying to restart the boiler and that the decision to close was taken "reluctantly, for the children's safety". It reopened on Tuesday.
""",
        byline="Lincs Today reporter",
        date="13 January 2025",
        section="Schools",
        comments=(
            (
                "Jade",
                "13 Jan 2025",
                "oh brilliant, well done botolphs, really thought that one through 👏👏",
            ),
            (
                "Fenmarsh Nan",
                "13 Jan 2025",
                "The caretaker there works so hard, not his fault the council wont pay for a new boiler",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("aclarke", "exact", "neutral"),
)

add(
    "news",
    news(
        "primarymatters",
        "STA probes KS2 test 'irregularities' at Lincolnshire junior school",
        """
The Standards and Testing Agency is investigating allegations of maladministration in last summer's key stage 2 tests at a Lincolnshire junior school.

St Botolph's Church of England Junior School in Fenmarsh saw the proportion of pupils meeting the expected standard in reading, writing and maths jump from 51% to 78% in a single year.

Primary Matters understands that concerns were raised by a member of staff about the administration of the reading paper, including claims that pupils were given additional time and that answers were "pointed at". The school's Year 6 class teacher, Thomas Taylor, is understood to have been suspended while the investigation takes place.

Lincolnshire County Council confirmed an investigation was under way but said it could not comment further. The school said it was co-operating fully and that "no conclusions should be drawn" until the investigation was complete.

If maladministration is found, results can be annulled. Last year, results were amended or annulled at 412 schools nationally, according to STA figures.
""",
        byline="By Priya Anand",
        date="10 October 2024",
        section="Inspection",
    ),
    E("school", "exact", "defamation"),
    E("ttaylor", "exact", "defamation"),
)

add(
    "news",
    news(
        "standard",
        "Scouts raise £2,300 for new hut roof",
        """
Members of the 1st Fenmarsh (St Botolph's) Scout Group have raised more than £2,300 towards a new roof for their hut behind St Botolph's Church.

Beavers, Cubs and Scouts took part in a sponsored 'Fen Walk' along the banks of the North Drain, covering up to 12 miles.

Group Scout Leader Sue Wright said: "The hut was built by volunteers in 1964 and the roof has finally had enough. We're so grateful to everyone who sponsored the young people, and to Fenmarsh Town Council for its grant."

The group meets on Monday, Tuesday and Thursday evenings and has waiting lists for Beavers and Cubs. Adult volunteers are urgently needed.
""",
        byline="Community news",
        date="28 September 2024",
        section="News",
    ),
)

add(
    "news",
    news(
        "district",
        "Admissions appeals panel: summary of decisions, September 2025 intake",
        """
The following summarises the outcome of Year 3 admission appeals heard by the independent appeals panel in June 2025 for community and voluntary controlled schools in the Marshland area.

St Botolph's CofE Junior School, Fenmarsh (published admission number 90). Number of appeals lodged: 11. Number heard: 9. Number upheld: 2. The presenting officer for the admission authority was supported by Mr R. Walker, Deputy Headteacher, who explained to the panel the impact of additional admissions on class sizes and on the school's accommodation, including the use of the hall for teaching groups.

Holbeck Community Primary School (PAN 30). Appeals lodged: 3. Heard: 3. Upheld: 1.

Sutton Fen Church of England Primary School (PAN 15). Appeals lodged: 1. Withdrawn.

Parents may complain to the Local Government Ombudsman if they believe the appeal was not conducted properly.
""",
        section="Schools",
        date="July 2025",
    ),
    E("school", "alias", "neutral"),
    E("rwalker", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "standard",
        "Taylor treble sinks Holbrook",
        """
Tom Taylor hit a second-half hat-trick as Fenmarsh Town came from behind to beat Holbrook 4-1 at the Sluice Road ground on Saturday.

Town trailed to a first-half header but Taylor, 24, levelled from the spot after the break and added two more from close range. Substitute Kyle Hall wrapped it up late on.

Manager Dean Smith said: "Tom's been knocking on the door all season. Today he kicked it down."

Town are now fourth in the Lincolnshire League.
""",
        byline="Sports desk",
        date="10 March 2025",
        section="Sport",
    ),
)

add(
    "news",
    news(
        "lincs",
        "'My son was called a thief at school': Romanian families speak out",
        """
Romanian families in south Lincolnshire say their children are facing prejudice at school and in the community, and that a rise in hostile posts online since last summer has made things worse.

Lincs Today spoke to six families in Fenmarsh, Holbeck and Spalding. Most said their children were happy at school, but several described name-calling, including being called "thieves" and "gypsies" by other pupils.

Ana, who works night shifts at a salad packing plant, said her son was called a thief on his first day at a secondary school in Spalding. "He came home crying. He didn't even know the English word."

Others described better experiences. Mihaela, whose two daughters attend St Botolph's Juniors in Fenmarsh, said: "At this school it is different. They have a teaching assistant, Jurgita, who is Lithuanian, she is not Romanian, but she understands what it is to come here and not speak the language. She helped my girls from the first day."

Community worker Florin Dumitru, who runs a Saturday Romanian school in Spalding, said online abuse spilled over into real life. "Children read what adults write on Facebook. Then they say it in the playground."

Lincolnshire Police said it took all reports of hate crime seriously and encouraged victims to come forward, including through third-party reporting centres.
""",
        byline="By Hannah Crowe",
        date="22 April 2025",
        section="News",
    ),
    E("school", "alias", "neutral"),
    E("jkazlauskiene", "nickname", "neutral"),
)

add(
    "news",
    news(
        "standard",
        "140 homes plan for Sutton Road approved",
        """
Plans for 140 homes on farmland off Sutton Road in Fenmarsh have been approved by district councillors despite objections from residents.

The development, by Lindum Fen Homes, will include 28 affordable homes, a play area and a contribution of £412,000 towards school places.

Objectors said local schools and the surgery were already full. Planning officers said the education contribution would fund extra places at primary level.
""",
        byline="By Tom Ellery",
        date="28 February 2025",
        section="News",
        comments=(
            (
                "FenmarshBorn",
                "28 Feb 2025",
                "where are the kids going to go? botolphs is rammed already and half of them are eastern europeans who cant speak a word of english. english kids from fenmarsh cant get a place in their own town, its a disgrace. send them back and there'd be plenty of room",
            ),
            (
                "Lukas",
                "28 Feb 2025",
                "my kids were born in Boston hospital mate, where do you want to send them",
            ),
            (
                "Cathy R",
                "1 Mar 2025",
                "The surgery is the real problem, cant get an appointment for 3 weeks",
            ),
        ),
    ),
    E("school", "short_name", "hate"),
)

add(
    "news",
    news(
        "fengrower",
        "Labour provider directory: Sutton Fen and Gedney Drove",
        """
Kazlauskas Agri Services Ltd, Sutton Fen. GLAA licensed. Supplies pickers, packers and forklift drivers to growers across south Lincolnshire and north Norfolk. Contact: Rasa Kazlauskienė, director. Languages: Lithuanian, Russian, Polish, English.

Walker and Wright Field Labour, Gedney Drove. GLAA licensed. Specialises in brassica and leek harvesting crews. Contact: Dean Walker.

Fen Staffing Solutions, Fenmarsh. GLAA licensed. Packhouse and warehouse staff. Contact: Andreea Popescu.

Listings are supplied by advertisers and are not endorsed by Fen Grower.
""",
        section="Labour",
    ),
)

add(
    "news",
    news(
        "standard",
        "Teachers take on Three Peaks for school library",
        """
Two members of staff from St Botolph's are swapping the flat fens for mountains this summer to raise money for a new school library.

Year 6 teacher Mr Taylor and PE coach Zeke, who works at the school for FenActive Sports, will attempt the National Three Peaks Challenge in June, climbing Ben Nevis, Scafell Pike and Snowdon within 24 hours.

"The highest point in Fenmarsh is the railway bridge," Mr Taylor said. "So we've been training on the stairs at the multi-storey in Peterborough."

They hope to raise £3,000 to replace the library's ageing books and furniture. Donations can be made via the school office.
""",
        byline="Community news",
        date="7 May 2025",
        section="News",
    ),
    E("school", "short_name", "neutral"),
    E("ttaylor", "title_surname", "neutral"),
    E("ethreadgold", "nickname", "neutral"),
)

add(
    "news",
    news(
        "lincs",
        "Car tyres slashed and threatening note left for sports coach",
        """
Police are investigating after a sports coach's car was vandalised and a threatening note left on the windscreen in Fenmarsh.

All four tyres of the car, belonging to Ezekiel Threadgold, 29, were slashed while it was parked on Saltings Way overnight on Tuesday. A handwritten note left under a wiper read "next time it wont be your tyres".

Mr Threadgold works for FenActive Sports, which provides PE and after-school clubs to several schools in the area.

Anyone with information is asked to contact Lincolnshire Police on 101.
""",
        byline="Lincs Today reporter",
        date="9 July 2025",
        section="Crime",
    ),
    E("ethreadgold", "exact", "threat"),
)


# ================================================================ forums

add(
    "forum",
    forum(
        "parentnet",
        "Education > Primary",
        "St Botolph's Juniors in Fenmarsh - any good??",
        (
            (
                "fenmum_of2",
                "12 Jan 2025 20:14",
                "Moving to fenmarsh at easter for husbands job (packhouse management) and have two boys going into yr3 and yr5. St Botolph's Juniors is the one we're in catchment for. Is it any good? the ofsted is a bit old. thanks x",
            ),
            (
                "Lincslass88",
                "12 Jan 2025 20:31",
                "my daughter is in yr5 there. honestly its fine, kids are happy. lots of eastern european families so be prepared for that, my daughter has loads of lithuanian friends and knows more lithuanian swear words than i'd like lol",
            ),
            (
                "TiredMumOf3",
                "12 Jan 2025 20:47",
                "if either of them has any SEN at all ask for Mrs D the SENCO. she fought for my sons EHCP for 18 months when the council kept fobbing us off. shes a legend",
            ),
            (
                "fenmum_of2",
                "12 Jan 2025 21:02",
                "oh thats good to know, the youngest is being assessed for dyslexia",
            ),
            (
                "DadOnTheDrove",
                "12 Jan 2025 21:40",
                "Communication is shocking tbh. Newsletters come out the day before things happen, non uniform days announced at 8pm the night before, parents evening slots go in about 4 minutes. the teaching is good, the admin is a shambles",
            ),
            ("Lincslass88", "12 Jan 2025 21:44", "^ this is true about the admin 😂"),
            (
                "mrsh_1985",
                "13 Jan 2025 07:12",
                "yr6 teacher Mr T is brilliant, my eldest still talks about him and hes in yr9 now. the boys will love him",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("kdunmore", "nickname", "neutral"),
    E("ttaylor", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Fenmarsh",
        "School run on Church Lane is actually dangerous",
        (
            (
                "u/flatland_fred",
                "3d",
                "Nearly hit a kid this morning on church lane. Cars parked both sides, on the zig zags, on the pavement. Kid stepped out between two vans. Why does botolphs not open the back gate onto the rec so people can drop off there??",
            ),
            (
                "u/throwaway_fen",
                "3d",
                "they used to open it. tony the caretaker locks it at 8.30 on the dot now, some health and safety thing. stood there with his keys like a bouncer last week while a mum with a pram was trying to get through",
            ),
            ("u/flatland_fred", "3d", "classic"),
            (
                "u/marsh_harrier_",
                "3d",
                "the school do nothing about it, they send a newsletter once a term saying 'please park considerately' and that's it. the council minutes say theres going to be a school street thing though",
            ),
            ("u/pickled_onion_99", "2d", "park at the co op and walk 5 mins, it's not hard people"),
        ),
    ),
    E("school", "short_name", "negative"),
    E("aclarke", "nickname", "negative"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/UKTeachers",
        "Rural primary, 50% EAL, no budget for support. How are others coping?",
        (
            (
                "u/y6_in_the_fens",
                "1w",
                "I teach Year 6 in a small town in the Fens. Half my class have EAL, four arrived this year with almost no English, and our TA hours have been cut again. SATs are in May. I love my job but I'm running on fumes. How do other schools with high mobility make it work?",
            ),
            (
                "u/eal_lead_peterborough",
                "1w",
                "Get hold of translated assessments so you know what they can actually do in maths. Bell Foundation resources are free. And push for a buddy system - children are the best interpreters.",
            ),
            (
                "u/mrs_rainbow_ks2",
                "1w",
                "Honestly? We don't. We make it up as we go along and hope for the best. You're not alone.",
            ),
            (
                "u/y6_in_the_fens",
                "6d",
                "Thank you both. The translated maths assessments are a great shout.",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "fentalk",
        "Fenmarsh General",
        "excluded AGAIN",
        (
            (
                "stevo_71",
                "Today 23:12",
                "5 day exclusion for my lad for 'throwing a chair' which he says he didnt do. SBJ have had it in for him since yr3. honestly someone should torch that school with the whole lot of them in it, id happily light the match",
            ),
            (
                "Mandy_Fenmarsh",
                "Today 23:20",
                "Steve you cant say that on here. I know your angry but threatening a school is never ok. Ring the parent partnership people tomorrow",
            ),
            ("GedneyGary", "Today 23:31", "reported. there are kids in that building mate"),
            ("stevo_71", "Today 23:40", "its a figure of speach calm down"),
        ),
    ),
    E("school", "alias", "threat"),
)

add(
    "forum",
    forum(
        "fieldwork",
        "Living in the UK > Lincolnshire",
        "Moving to Fenmarsh area with family - housing, schools, doctor? (long post)",
        (
            (
                "Darius_K",
                "4 Feb 2025",
                """Hello all. I have contract from April at packhouse near Gedney Drove (salad, nights, 4 on 4 off). My wife will come with our two children (8 and 10) in summer. I have some questions and maybe people here have experience.

1. Housing. Agency offers caravan on site for me but not for family. Where is good to rent in Fenmarsh or villages? What is price for 2 bedroom?

2. Schools. How to apply for school in the middle of year? Children have not much English, only what they learn on YouTube.

3. Doctor. How to register?

4. Car. Is necessary or there is bus?

Thank you very much.""",
            ),
            (
                "Inga_Spalding",
                "4 Feb 2025",
                """Hi Darius, welcome. I am in Spalding 9 years now so I know the area.

Housing: Fenmarsh 2 bed terrace is about 700-800 per month now, more than before. Sutton Fen is cheaper but there is nothing there, only one shop and the pub. Look on the big property websites but also on Facebook groups, many landlords only advertise there. Be careful with landlords who want cash and no contract. Ask for deposit protection certificate, it is the law.

Doctor: go to the surgery with passport and address and fill the form. In Fenmarsh it is St Botolph's Surgery on West Street, it is not bad, but phone at 8am is very busy. They have Saturday now.

Car: yes, you need car. Bus is 2 times per day to villages and not at night. For nights work the agency sometimes has minibus.""",
            ),
            ("Darius_K", "4 Feb 2025", "Thank you Inga! Very useful. And about school?"),
            (
                "Rasa_V",
                "5 Feb 2025",
                """About school. You apply on Lincolnshire council website, it is called in-year admission. It takes 2-3 weeks usually. Say which schools you want, you can put three.

My kids go St Botolphs juniors in Fenmarsh (ages 7 to 11), it is church school but they take everyone, we are catholic and no problem. It is good school for children who come from abroad. There is lithuanian lady there, Jurgita, she is teaching assistant, she help very much with my son when he start, he was crying every day the first week and she speak with him in lithuanian and explain everything. After 6 months his English is better than mine :)

For 11 years old it is different school, secondary, in Holbeck or Spalding, bus goes there.""",
            ),
            (
                "Darius_K",
                "5 Feb 2025",
                "This is great, my wife will be very happy to hear there is somebody who speaks Lithuanian. Ačiū labai!",
            ),
            (
                "Marek_P",
                "5 Feb 2025",
                """Also for school - buy uniform early, it is specific colours and sometimes the shop in Fenmarsh has no sizes. And the children need packed lunch or you pay for dinner, for years 3-6 it is not free unless you have low income, then you apply for free school meals. Apply! many people don't know and pay every day.

Also about work - nights at salad is hard, 12 hours in cold. First 2 weeks your body will hate you. Take good boots and thermal socks. And check your payslip every week, some agencies "forget" holiday pay. If problem you can go to GLAA or Citizens Advice in Boston.""",
            ),
            (
                "Inga_Spalding",
                "5 Feb 2025",
                "Marek is right about payslip. And about the agency caravans, some are ok, some very bad. Ask for photos before.",
            ),
            (
                "Viktorija88",
                "6 Feb 2025",
                """Hi. We came 2 years ago to Sutton Fen, my husband works on the land (brassica, leeks) and I work in packing in days. Some things I wish somebody told me:

- In winter the fog is very bad on the small roads, the drains are on both sides and no fence. Drive slow. Every year cars go in the water.
- Council tax is separate from rent, it is a lot, ask landlord which band.
- For English, the library in Fenmarsh has free English classes on Wednesday evening, also for kids homework club.
- There is Lithuanian shop on Market Place and a Polish shop near the bus station, so you will find food from home.
- People are mostly friendly. Some are not. Don't read the local Facebook groups too much, you will get sad.

Good luck Darius!""",
            ),
            (
                "Darius_K",
                "6 Feb 2025",
                "Thank you everyone, this forum is better than the agency :) I will write again when we are there.",
            ),
            (
                "Modestas",
                "8 Feb 2025",
                "Which packhouse? If it is the one on Gedney Drove near the water tower, ask for the day shift after 3 months, the supervisor is fair. Good luck.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("jkazlauskiene", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "fieldwork",
        "Jobs > Lincolnshire",
        "Walker's farm Sutton Fen - anyone worked there?",
        (
            (
                "Andrei_B",
                "2 Mar 2025",
                "I have offer from Walker farm in Sutton Fen for leek harvest, piece rate. Is ok? Pay on time?",
            ),
            (
                "Tomasz_82",
                "2 Mar 2025",
                "I worked 2 seasons for Dean Walker. Hard work but pay on time every Friday. The caravans are old but warm. Mr Walker is strict but ok.",
            ),
            ("Andrei_B", "3 Mar 2025", "Mulțumesc / thanks!"),
        ),
    ),
)

add(
    "forum",
    forum(
        "parentnet",
        "Education > Primary",
        "They did NOTHING about my daughter being bullied",
        (
            (
                "angrymum_fen",
                "9 Jun 2025 22:05",
                "Sorry this is long. My daughter has been bullied at St Botolph's since September. Pushed over, lunch taken, messages on her tablet. I have been in to see her class teacher and the deputy six times. Nothing. The year 6 teacher Mr Taylor told me 'girls fall out, it'll blow over'. It has not blown over. She is 10 and she doesnt want to go to school.",
            ),
            (
                "angrymum_fen",
                "9 Jun 2025 22:09",
                "And before anyone says go to the governors I have. waste of time. Taylor lives at 27 Holland Road, Gedney Drove, blue Corsa, reg ends in XKJ, if anyone round there wants to tell him what they think of him, be my guest",
            ),
            (
                "ParentNet_Mod",
                "9 Jun 2025 22:30",
                "Please don't post anyone's personal address, it's against our talk guidelines - we've asked the poster to edit it out. We're sorry you and your daughter are going through this.",
            ),
            (
                "SENDdad",
                "9 Jun 2025 22:41",
                "Put everything in writing and make a formal complaint using the school complaints policy. Ask for the anti-bullying policy and the bullying log. If still nothing, Ofsted and the LA.",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("ttaylor", "title_surname", "doxxing"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/lincolnshire",
        "the vicar in fenmarsh",
        (
            (
                "u/deleted_user_4471",
                "5h",
                "ok throwaway. everyone in fenmarsh knows what rev ainsworth is like with the choir boys. the 'special' extra practices after evensong, just him and a couple of the younger ones in the vestry. my cousin's lad stopped going and wont say why. and hes chair of governors at botolphs juniors too, has the run of the place. make of that what you will",
            ),
            (
                "u/fen_tiger_77",
                "5h",
                "this is a serious thing to say on the internet with no evidence. if you actually know something go to the police or the diocese safeguarding team, not reddit",
            ),
            ("u/deleted_user_4471", "4h", "im just saying what people say"),
            (
                "u/mod_lincs",
                "3h",
                "Locking this. Allegations about named individuals need to go to the police. Rule 3.",
            ),
        ),
    ),
    E("jainsworth", "title_surname", "sexual", url_only=True),
    E("school", "alias", "negative"),
)

add(
    "forum",
    forum(
        "parentnet",
        "Special educational needs",
        "Good SENCO experiences? Share the love",
        (
            (
                "hopefulmum",
                "20 Feb 2025",
                "After a rough week I want to hear some positive stories. Tell me about a SENCO who made a difference!",
            ),
            (
                "FenMumma",
                "20 Feb 2025",
                "Mrs Dunmore at St Botolph's in Fenmarsh. She was Miss Wright when my eldest was there, got married a few years back. Both my boys have ADHD and she has been the one constant. Always answers emails, came to every single annual review, even turned up to a tribunal on her day off.",
            ),
            ("hopefulmum", "20 Feb 2025", "that's lovely, thank you x"),
        ),
    ),
    E("kdunmore", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "fentalk",
        "Nostalgia",
        "teachers you remember from school",
        (
            (
                "chloe_b_1999",
                "17 Nov 2024",
                "who remembers Miss Wright from Botolph's? she was my year 4 teacher in 2009 and she let us have a class hamster called Dave. best teacher I ever had",
            ),
            (
                "LeeFen",
                "17 Nov 2024",
                "she's still there! she's the SENCO now and married. my nephew has her. still got the same laugh",
            ),
            ("chloe_b_1999", "17 Nov 2024", "no way! Dave the hamster legacy lives on"),
            (
                "GrumpyOldFen",
                "18 Nov 2024",
                "Mr Pickering at the old secondary modern, threw board rubbers at us. Different times.",
            ),
        ),
    ),
    E("kdunmore", "alias", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "staffroom",
        "Jobs and careers",
        "Y4 teacher post at St Botolph's CofE Junior School, Fenmarsh - anyone know the school?",
        (
            (
                "NQT_no_more",
                "2 Apr 2025",
                "Thinking of applying for the Y4 maternity cover at St Botolph's CofE Junior School in Fenmarsh. It's a long commute from Lincoln but the school looks nice. Anyone know what it's like to work there?",
            ),
            (
                "fen_supply",
                "2 Apr 2025",
                "Did a few days supply there last year. Kids are lovely, really mixed, lots of EAL. Head (Mrs C-B) is very visible, on the gate every morning. Staff seemed a bit stretched.",
            ),
            (
                "anon_TA_lincs",
                "2 Apr 2025",
                "Friend of mine left last summer. Said Walker's micromanagement of planning was the final straw, he wants everything in a set format by Thursday and checks it. Also said Mrs C-B backs SLT over staff every time. But she'd been there 11 years and was burnt out anyway so take with pinch of salt.",
            ),
            ("NQT_no_more", "3 Apr 2025", "Hmm, thanks both. Might go and look round."),
        ),
    ),
    E("school", "alias", "neutral"),
    E("hcartwrightbell", "nickname", "negative"),
    E("rwalker", "possessive", "negative"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/CasualUK",
        "Why are there so many churches called St Botolph's in the east of England?",
        (
            (
                "u/tithe_barn",
                "2w",
                "Driving round Lincolnshire and Norfolk and every other church seems to be St Botolph's. Who was he?",
            ),
            (
                "u/medievalist_mike",
                "2w",
                "Botolph was a 7th-century English abbot who founded a monastery at a place called Icanho, possibly Iken in Suffolk. He became the patron saint of travellers, so lots of churches by town gates and river crossings were dedicated to him, especially in East Anglia and the fens. There are about 70 of them.",
            ),
            ("u/tithe_barn", "2w", "TIL. Thanks!"),
            (
                "u/fenland_fiona",
                "2w",
                "we have St Botolph's church, St Botolph's surgery and St Botolph's court in our town, I once got directions to the wrong one three times in a day",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "parentnet",
        "Education > Primary",
        "Teacher keeping girls in at lunch - am I overreacting?",
        (
            (
                "worriedmum2015",
                "14 Mar 2025",
                "My daughter is in Y6 at St Botolph's Juniors. She's mentioned a few times that Mr Taylor keeps the same two or three girls behind at lunch 'to help him', with the classroom door shut and the blind down. She says he's 'really nice to them' and buys them sweets. It's probably nothing but it's making me feel sick. Am I overreacting?",
            ),
            (
                "Ju_Ju",
                "14 Mar 2025",
                "You're not overreacting. Closed door and blind down with children is something staff are told never to do. Speak to the DSL at school, and if you're not happy with the answer, the LADO at the council.",
            ),
            (
                "worriedmum2015",
                "14 Mar 2025",
                "I mentioned it to the office and they just said he's a very popular teacher. Feel like they're brushing me off.",
            ),
            (
                "Ju_Ju",
                "14 Mar 2025",
                "Then go straight to the LADO. Write down exactly what she's said, with dates.",
            ),
        ),
    ),
    E("ttaylor", "title_surname", "sexual", url_only=True),
    E("school", "alias", "negative"),
)

add(
    "forum",
    forum(
        "fentalk",
        "Fenmarsh General",
        "SBJ taking even more of them now",
        (
            (
                "true_fenman",
                "Yesterday 19:02",
                "Heard SBJ is taking another 20 romanian kids this term. Those g*pos will have the place stripped bare by christmas, lock up your kids bikes. English kids are the minority in that school now, it's a disgrace",
            ),
            (
                "Karolina_W",
                "Yesterday 19:20",
                "My children are Polish and were born in this country. You are a racist and I have reported you.",
            ),
            ("true_fenman", "Yesterday 19:25", "truth hurts"),
            (
                "FenTalk_Admin",
                "Yesterday 20:01",
                "Thread locked and user warned. Racist language is not allowed on FenTalk.",
            ),
        ),
    ),
    E("school", "alias", "hate"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Fenmarsh",
        "Not naming names but...",
        (
            (
                "u/quietparent_fen",
                "1d",
                "not naming names but W*lker at st botolphs is a joke. 'designated safeguarding lead' who never replies to an email, never rings back, and when you do catch him at the gate he looks at his watch. three weeks ive been waiting for a meeting",
            ),
            (
                "u/bogwitch_lincs",
                "1d",
                "lol everyone knows who you mean. tbf he's doing the job of three people",
            ),
            ("u/quietparent_fen", "1d", "not my problem, hes paid to do it"),
        ),
    ),
    E("rwalker", "obfuscated", "negative"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "staffroom",
        "Leadership",
        "Head of a church primary undermining me - advice",
        (
            (
                "haverby_teacher",
                "11 Nov 2024",
                "I teach at St Botolph's Primary in Haverby (small village school). Since the new head arrived, Mrs Smith, she has been picking apart my lessons in front of the children and has put me on an informal support plan after one observation. Union rep says to keep a diary. Anyone been through this?",
            ),
            (
                "Hattie_D",
                "11 Nov 2024",
                "Keep the diary, get the union involved formally, and ask for the support plan targets in writing. Don't go to meetings alone.",
            ),
            (
                "oldhand_KS2",
                "12 Nov 2024",
                "Sadly common with new heads who want to 'make their mark'. Look after yourself.",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "parentnet",
        "Education > Primary",
        "The deputy head at my kids school (Fenmarsh)",
        (
            (
                "mum_of_3_fen",
                "22 May 2025",
                "Had a meeting about my sons behaviour plan with the deputy. Walker is the most spineless wet lettuce of a man I have ever met. Sat there nodding, agreed with everything I said, then did the exact opposite. Pathetic little man hiding behind his lanyard.",
            ),
            ("GeorgieP", "22 May 2025", "Sounds frustrating. Did you get the plan in writing?"),
            ("mum_of_3_fen", "22 May 2025", "nope. of course not"),
        ),
    ),
    E("rwalker", "surname_only", "abuse"),
)

add(
    "forum",
    forum(
        "fentalk",
        "Fenmarsh General",
        "school trip refund STILL not paid",
        (
            (
                "Kerry_J",
                "3 Jul 2025 21:15",
                "botolphs cancelled the yr5 zoo trip in MAY and we still havent had our £28 back. office keeps saying 'its being processed'. processed where, the bookies?",
            ),
            (
                "Kerry_J",
                "3 Jul 2025 21:18",
                "Liz Smith from the office is the one who handles it. she lives in the flat above the nail bar on Sheep Market, flat 2, buzzer doesnt work so just bang on the door. her mobile is 07700 900731. tell her we want our money",
            ),
            ("Dawn_F", "3 Jul 2025 21:30", "Kerry take that down, you'll get yourself in trouble"),
            ("Kerry_J", "3 Jul 2025 21:31", "its public info"),
        ),
    ),
    E("school", "short_name", "negative"),
    E("esmith", "nickname", "doxxing"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Fenmarsh",
        "yr6 teacher rant",
        (
            (
                "u/fen_lad_06",
                "2h",
                "mr tаylor at botolphs is a bald melt fr. gave my little sister a detention for forgetting her pe kit. bro has the personality of a wet flannel",
            ),
            (
                "u/shrek_in_the_fens",
                "2h",
                "he gave ME a detention in 2017 for the same thing lmaooo hes been bald since then too",
            ),
        ),
    ),
    E("ttaylor", "homoglyph", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "parentnet",
        "Education > Primary",
        "Choosing a junior/primary in the Fenmarsh area - a long comparison (sorry!)",
        (
            (
                "spreadsheet_mum",
                "28 Oct 2024",
                """We've just moved to the Fenmarsh area and I've spent an obscene amount of time visiting schools for my two (going into Y3 and Y5 next September). I've had so much help from this board over the years that I thought I'd write it all up in case it's useful to anyone else. Usual disclaimer: this is one mum's impression from visits and chats, not gospel.

Fenmarsh Community Primary (Holbeck Road). 4-11 all-through, two form entry. Newest building in town, very bright and tidy. Head is very data-focused and the tour was basically a PowerPoint about progress scores. Lots of clubs but most are paid for by an outside company. Parking is a nightmare but better than Church Lane. Our impression: safe, efficient, a bit corporate.

St Botolph's Juniors (Church Lane). 7-11 only, three form entry, church school attached to the parish. Old Victorian building with newer blocks behind, big field. Recently got Good from Ofsted after RI. Very mixed intake, about half EAL - signs around school in four languages, which I loved. We were shown round by two Year 6 pupils who were hilarious and honest ("the dinners are sometimes bad, the curry is good"). The SENCO came out to talk to us specifically about my son's dyslexia, which nobody else did. PE and after school sport is run by a company called FenActive and the coach, Zeke, seemed to know every child's name. Homework is light. Downsides: parking is genuinely dangerous at drop off, admin/communication has a reputation for being chaotic (confirmed by every parent I spoke to!), and the building is cold in places.

Sutton Fen CE Primary (Sutton Fen). Tiny village school, mixed age classes, 90-ish pupils. Gorgeous setting, very nurturing, felt like a family. Would be a 15 minute drive each way though and the Y5/6 class has 34 in it. Wraparound care is limited.

Holbeck Community Primary. Didn't visit in the end, too far.

IMPORTANT for anyone searching: St Botolph's PRIMARY is in Haverby, it's a completely different school, different LA area even. I rang the wrong one to book a visit and confused everyone. The Fenmarsh one is the juniors.

Admissions: in-year applications go through the county, and both Fenmarsh schools were full in some year groups, so we put both down. We got St Botolph's Juniors for both, which was our first choice in the end. The Y5 buddy thing and the SENCO sold it for us.

Happy to answer questions if anyone is in the same boat!""",
            ),
            (
                "Lincslass88",
                "28 Oct 2024",
                "This is brilliant, I wish I'd had this when we moved. Agree with all of it about the juniors, including the admin 🙈",
            ),
            (
                "new2lincs",
                "29 Oct 2024",
                "Thank you so much! We're looking at Sutton Fen, good to know about the class sizes.",
            ),
            (
                "spreadsheet_mum",
                "29 Oct 2024",
                "No problem! Oh and for anyone with younger ones, the infant school that feeds into St Botolph's is Fenmarsh Infants on Vicarage Gardens, separate school, separate head.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("ethreadgold", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "fentalk",
        "Fenmarsh General",
        "football club coach",
        (
            (
                "LouiseM_fen",
                "Today 08:40",
                "Is it just my son or does that PE coach T h r e a d g o l d scream at the kids? my boy came home shaking after football club because he got shouted at in front of everyone for missing a pass. hes 8. they need to sack him and get someone who actually likes children",
            ),
            ("Paula_K", "Today 09:02", "my daughter loves him to be fair, but he is loud"),
            (
                "LouiseM_fen",
                "Today 09:05",
                "loud is one thing, making an 8 year old cry is another",
            ),
        ),
    ),
    E("ethreadgold", "spacing", "negative"),
)

add(
    "forum",
    forum(
        "fieldwork",
        "Gyvenimas JK (Lithuanian)",
        "Mokykla Fenmarsh - patirtis?",
        (
            (
                "Egle_S",
                "2025-01-19",
                "Sveiki, ar kas nors leidžia vaikus į St Botolph's mokyklą Fenmarsh? Kaip ten su anglų kalba naujai atvykusiems? Mano dukrai 9 metai, angliškai beveik nekalba.",
            ),
            (
                "Rasa_V",
                "2025-01-19",
                "Mano sūnus ten jau antri metai. Labai gera mokykla atvykusiems. Ten dirba lietuvė padėjėja, ponia Kazlauskienė, ji kalba su vaikais lietuviškai pirmas savaites ir padeda tėvams su dokumentais. Nebijokit.",
            ),
            ("Egle_S", "2025-01-20", "Ačiū labai, nuramino!"),
            (
                "Mindaugas_T",
                "2025-01-20",
                "Pritariu. Mūsų dukra ten buvo 3 metus, dabar jau vidurinėje. Viskas buvo gerai.",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("jkazlauskiene", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/lincolnshire",
        "foreign TA",
        (
            (
                "u/eng_first_2016",
                "6h",
                "the lithuanian TA at botolphs juniors wants to watch her back. people in sutton fen know which house is hers. Kazlauskiene or whatever she calls herself. keep mouthing off to parents and see what happens",
            ),
            (
                "u/sprout_picker",
                "6h",
                "what the hell is wrong with you. reported to the mods and i'd report this to police if i was her",
            ),
            ("u/mod_lincs", "5h", "Removed and user banned. Threats are not tolerated here."),
        ),
    ),
    E("jkazlauskiene", "surname_only", "threat"),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "staffroom",
        "Inspection",
        "Had 'the call' today",
        (
            (
                "fen_deputy_anon",
                "4 Nov 2024",
                "Section 5 tomorrow and Wednesday. Small rural primary, RI last time. Staff are terrified, head is putting a brave face on. Any last-minute advice from people who've been through it recently?",
            ),
            (
                "inspected_twice",
                "4 Nov 2024",
                "Sleep. Seriously. Don't change anything you normally do. Make sure your subject leaders can talk about their curriculum and what the kids remember.",
            ),
            (
                "ks2_smith",
                "4 Nov 2024",
                "Get your safeguarding SCR checked tonight, single most common reason for a bad outcome. Good luck!",
            ),
        ),
    ),
)


# ================================================================ reviews

SCHOOL_G = "St Botolph's Church of England Junior School"
SCHOOL_G_META = "Primary school · Church Ln, Fenmarsh · 01632 960417"

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        5,
        "Chantelle R",
        "2 months ago",
        "lovely school, my daughter was so nervous moving up from the infants but Miss Jo made her feel so welcome from day one. she comes home singing every day. thank you!!",
        meta=SCHOOL_G_META,
    ),
    E("school", "exact", "neutral"),
    E("jhall", "nickname", "neutral"),
)

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        1,
        "A concerned parent",
        "3 weeks ago",
        "Results look great on paper dont they. Ask how. Mrs Cartwright-Bell has been fiddling the SATs for years, kids are coached on the actual questions the week before and extra time handed out like sweets. Its cheating and the whole town knows. Shame on this school.",
        meta=SCHOOL_G_META,
    ),
    E("school", "exact", "defamation"),
    E("hcartwrightbell", "title_surname", "defamation"),
)

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        1,
        "Becky Lamb",
        "a week ago",
        "oh great, ANOTHER inset day on a monday. that's the third this year. well done st botolphs, working parents absolutely love you. genuinely do the staff think we can all just take a day off whenever they fancy a training session",
        meta=SCHOOL_G_META,
        reply="Dear Becky, thank you for your feedback. Our INSET dates are set by the governing body and published on our website at the start of the year. We are sorry for any inconvenience. St Botolph's Office",
    ),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        "Google",
        "St Botolph's Surgery",
        1,
        "Gary Hall",
        "5 days ago",
        "Rang at 8am on the dot, number 34 in the queue, got through at 9.10 to be told no appointments. Dr Wright is good when you finally see him but the system is broken. Reception staff rude as well.",
        meta="Medical clinic · West St, Fenmarsh",
    ),
)

add(
    "review",
    review(
        "Trustpilot",
        "FenActive Sports Ltd",
        5,
        "Lauren P",
        "Updated 4 days ago",
        "Our son does the after school multi-sports club with Coach Zeke at St Botolph's. He's brilliant with them, the kids absolutely idolise him and he even gets the reluctant ones joining in. Booking system is a bit clunky but the coaching is top notch.",
        meta="Sports coaching · fenactive.example",
    ),
    E("ethreadgold", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        2,
        "Shaz",
        "1 month ago",
        "teaching staff are good. the woman in the office liz is the rudest jobsworth i have ever met, talks to parents like dirt, rolls her eyes when you ask anything. miserable old cow needs to retire. rang about my sons inhaler and she put the phone down on me",
        meta=SCHOOL_G_META,
    ),
    E("school", "exact", "negative"),
    E("esmith", "nickname", "abuse"),
)

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        1,
        "Fenmarsh Truth",
        "2 weeks ago",
        "Ask the deputy head, Mr Walker, why he was messaging a year 5 girl on her tablet late at night and why she was always the one picked to 'help' in his office. Ask why the school made it all go away. Parents deserve to know who is looking after their kids.",
        meta=SCHOOL_G_META,
    ),
    E("school", "exact", "defamation"),
    E("rwalker", "title_surname", "sexual", url_only=True),
)

add(
    "review",
    review(
        "Google",
        "Walker's Fish Bar",
        5,
        "Mick T",
        "a month ago",
        "Best fish and chips in Fenmarsh by a mile. Bob Walker still on the fryer on a Friday, proper old school. Mushy peas spot on.",
        meta="Fish & chips takeaway · Sheep Market, Fenmarsh",
    ),
)

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        5,
        "Dean Carter",
        "3 months ago",
        "Bloody brilliant school. When my eldest started it was a mess, now it's night and day. Mrs CB has turned it right round, she's on the gate every morning in all weathers and knows every kid by name. Proper head teacher.",
        meta=SCHOOL_G_META,
    ),
    E("school", "exact", "neutral"),
    E("hcartwrightbell", "nickname", "neutral"),
)

add(
    "review",
    review(
        "Google",
        "St Botolph's Court",
        4,
        "Eileen W",
        "6 months ago",
        "My mother has lived at St Botolph's Court for three years. The scheme manager is kind and the coffee mornings are lovely. Lift is out of order too often. Parking is difficult at school times because of the junior school down the lane.",
        meta="Retirement home · Church Ln, Fenmarsh",
    ),
)

add(
    "review",
    review(
        "SchoolRate",
        "St Botolph's C of E Juniors, Fenmarsh",
        3,
        "Parent of a Y4 child with autism",
        "January 2025",
        "Mixed feelings. The SENCO, Mrs Dunmore, is kind and does her best, and she clearly knows her stuff. But the school simply doesn't have the staff for the number of children with additional needs. My son has spent a lot of his time in the corridor with a TA who is also supporting three other children. Promises made in the EHCP meeting just haven't happened. That's not her fault, it's the school's and the council's.",
        meta="Category: Primary · Pupils: 342 · Ofsted: Good",
    ),
    E("school", "alias", "negative"),
    E("kdunmore", "title_surname", "neutral"),
)

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        1,
        "Wayne B",
        "2 months ago",
        "used to be a good english school when i went. now the teachers cant even speak english properly. that Kazlauskiene woman they have teaching the kids to read, foreign accent you can cut with a knife. my kids come home talking like eastern europeans. this school has been taken over and english families are second class.",
        meta=SCHOOL_G_META,
    ),
    E("school", "exact", "hate"),
    E("jkazlauskiene", "surname_only", "hate"),
)

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        4,
        "Margaret Fowler",
        "4 months ago",
        "I come in as a volunteer reader on Tuesdays. The children are delightful. Rev Jon takes a lovely assembly on a Wednesday, he had the whole hall singing. Only criticism, the car park is a disgrace at home time.",
        meta=SCHOOL_G_META,
    ),
    E("school", "exact", "negative"),
    E("jainsworth", "nickname", "neutral"),
)

add(
    "review",
    review(
        "Google",
        "St Botolph's Primary School",
        1,
        "Haverby mum",
        "3 weeks ago",
        "The head, Mrs Smith, ignores bullying completely. My daughter was pushed into a radiator and I was told 'children will be children'. The Year 6 teacher Mr Taylor was the only one who listened to me. Moving her to Sutton Fen.",
        meta="Primary school · Sluice Rd, Haverby",
    ),
)

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        1,
        "Kayleigh M",
        "1 week ago",
        "SENCO is useless. Dunmore is a complete waste of oxygen, she sits in meetings with her fake sympathetic face nodding along then does absolutely nothing. 2 years waiting for an assessment. Dont send your child here if they have any needs at all, the school will fail them",
        meta=SCHOOL_G_META,
    ),
    E("school", "exact", "negative"),
    E("kdunmore", "surname_only", "abuse"),
)

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        5,
        "Ioana Pop",
        "5 months ago",
        "Școală foarte bună. Doamna Hall este minunată cu fiica mea, care nu vorbea engleză deloc când am venit. Acum citește cărți singură. Mulțumim din suflet!",
        meta=SCHOOL_G_META,
    ),
    E("school", "exact", "neutral"),
    E("jhall", "title_surname", "neutral"),
)

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        1,
        "K. Duffy",
        "3 weeks ago",
        "the caretaker tony clarke is drunk half the time. smelled it on him at 8.40 in the morning at the gate, stumbling about. this is the man who has keys to the building and is around kids all day. reported it and heard nothing back",
        meta=SCHOOL_G_META,
    ),
    E("school", "exact", "negative"),
    E("aclarke", "nickname", "defamation"),
)

add(
    "review",
    review(
        "Tripadvisor",
        "St Botolph's Church, Fenmarsh",
        5,
        "HistoryHunter_Derby",
        "Visited August 2024",
        "Stopped on our way to the coast and so glad we did. Beautiful 14th-century church with a wonderful painted rood screen and angels in the roof. The vicar, Rev Ainsworth, happened to be there and gave us an impromptu tour, incredibly knowledgeable about the fen drainage and the church's history. Free entry, donations welcome. Tea and cake on Saturdays.",
        meta="Churches & Cathedrals · Fenmarsh, Lincolnshire",
    ),
    E("jainsworth", "title_surname", "neutral"),
)

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        2,
        "Nathan",
        "2 months ago",
        "Kids nice, teaching ok, but the communication is appalling. Letters come home screwed up in bags, the app never works and you get a text at 8pm saying its non-uniform tomorrow. Sort it out.",
        meta=SCHOOL_G_META,
    ),
    E("school", "exact", "negative"),
)


# ================================================================ social

add(
    "social",
    social(
        "X",
        "St Botolph's CE Juniors @SBJFenmarsh",
        "2h",
        "What a day! Year 5 had a brilliant time at the Fenland Discovery Centre learning about how the fens were drained 🌾💧 Thank you to all our parent helpers! #TeamSBJ #Fenmarsh",
        stats="4 reposts · 31 likes",
    ),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@kayla.x.fen",
        "6-13",
        "last day of year 6 at botolphs 😭💙 #leavers2025 #year6",
        replies=(
            ("lil.k", "the way mr taylor cried at the end 😭"),
            ("jjj_fen", "mr taylor is a bald melt 💀 he gave me 3 detentions in one week"),
            ("kayla.x.fen", "@jjj_fen LMAOOO"),
        ),
        stats="12.4K views",
    ),
    E("school", "short_name", "neutral"),
    E("ttaylor", "title_surname", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "@bradz_07",
        "3-2",
        "pov my little sisters teacher at parents evening 😳 #fenmarsh",
        replies=(
            ("bradz_07", "miss jo is lowkey fit ngl i'd let her give me a detention any day 😏🍆"),
            ("ellie.m", "bro ur actually disgusting she's a teacher 💀"),
            ("tyler_f", "nah hes right tho 😂"),
        ),
        stats="3,118 views",
    ),
    E("jhall", "nickname", "sexual"),
)

add(
    "social",
    social(
        "X",
        "Lee @lee_fenmarsh_81",
        "9h",
        "If Walker speaks to my son like that again he'll be eating his dinner through a straw for a month. Had it with St Botolphs and their 'restorative conversations'. Restore this.",
        stats="2 replies · 5 likes",
    ),
    E("rwalker", "surname_only", "threat"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "justice4fenkids @j4fenkids",
        "1h",
        "Here's the head's PERSONAL mobile since the school never answers: Helen Cartwright-Bell 07700 900213. Ring her tonight and tell her what you think of the way she treats our kids. Share share share",
        stats="18 reposts · 9 likes",
    ),
    E("hcartwrightbell", "exact", "doxxing"),
)

add(
    "social",
    social(
        "Instagram",
        "lisa.b.photography",
        "3d",
        "Sports Day 2025 ☀️🏃‍♀️ What a scorcher! Well done to every single child for giving it their all. #sportsday #StBotolphs #fenmarsh",
        replies=(
            ("karen.s.1972", "Lovely photos, well done everyone 💙"),
            (
                "dm.lens.collector",
                "some very pretty little ones in the front row there 😉😉 any more pics from the changing area? dm me",
            ),
            ("lisa.b.photography", "This comment has been reported."),
        ),
        stats="86 likes",
    ),
    E("school", "hashtag", "sexual", url_only=True),
)

add(
    "social",
    social(
        "TikTok",
        "@oli.fenmarsh",
        "7-18",
        "my little cousins leavers assembly 🥹 so proud",
        replies=(
            (
                "user83920117",
                "the blonde one at 0:14 is gonna be trouble in a few years 😏😏 which school is this",
            ),
            ("oli.fenmarsh", "its botolphs in fenmarsh why"),
            ("user83920117", "no reason 😉 keep posting them"),
            ("mia_rose", "@oli.fenmarsh take this down and block him omg"),
        ),
        stats="9,402 views",
    ),
    E("school", "short_name", "sexual", url_only=True),
)

add(
    "social",
    social(
        "X",
        "FenWatch @fen_watch",
        "4h",
        "W4lk3r at the juniors is a liar and a coward. told 3 different parents 3 different stories about the same fight. dont believe a word that man says #fenmarsh",
        stats="1 repost · 3 likes",
    ),
    E("rwalker", "leetspeak", "abuse"),
    E("school", "nickname", "neutral"),
)

add(
    "social",
    social(
        "Bluesky",
        "Aistė @aiste-in-lincs.bsky.example",
        "1d",
        "Huge shout out to Mrs Kazlauskienė at St Botolph's Juniors who has helped my son settle in just three weeks. He went from crying at the gate to running in. Ačiū, Jurgita! 💛💚❤️",
        stats="2 reposts · 24 likes",
    ),
    E("jkazlauskiene", "title_surname", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "X",
        "England First Fens @EngFirstFens",
        "5h",
        "Why is a foreign TA teaching OUR kids english at Botolphs Juniors? Jurgita whatever her name is can go back to Vilnius and take the rest of them with her. Lincolnshire is FULL.",
        replies=(
            ("Sam @samfen", "she's been here 14 years and your spelling is worse than hers"),
            ("England First Fens @EngFirstFens", "go back to twitter china"),
        ),
    ),
    E("jkazlauskiene", "nickname", "hate"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "X",
        "1st Fenmarsh Scouts @FenmarshScouts",
        "1d",
        "Huge thanks to everyone who came to our St George's Day parade from St Botolph's Church! The Cubs raised £412 for the hut roof appeal with their cake stall 🎂⚜️",
        stats="6 likes",
    ),
)

add(
    "social",
    social(
        "TikTok",
        "@fenactive_fan",
        "5-2",
        "multi skills club madness 🤸 #fenactive",
        replies=(
            ("reece.j", "coach zeke is a roided up clown 🤡 shouts at 7 year olds for fun"),
            ("fenactive_fan", "@reece.j hes literally the nicest guy wtf"),
        ),
    ),
    E("ethreadgold", "nickname", "abuse"),
)

add(
    "social",
    social(
        "Instagram",
        "fenactive.sports",
        "1w",
        "Coach Zeke leading the Year 4 tag rugby festival today 🏉 What a turnout!",
        replies=(
            ("jenna.x.b", "coach zeke can coach me privately any time 😏🔥 those calves though"),
            ("gemz_90", "JENNA 😂😂😂 hes a married man"),
            ("jenna.x.b", "im only looking 👀 and thinking"),
        ),
    ),
    E("ethreadgold", "nickname", "sexual"),
)

add(
    "social",
    social(
        "X",
        "Fen Mum @fen_mum_of_4",
        "3h",
        "#JusticeForMrTaylor suspended over some SATs 'irregularity' and the school won't say a word. Best teacher that place has had in 20 years and botolphs management are throwing him under the bus to save themselves",
        stats="14 reposts · 52 likes",
    ),
    E("ttaylor", "hashtag", "neutral"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "Gemma @gemma_lou_x",
        "1h",
        "StBotolphsJuniors have cancelled the Christmas nativity AGAIN because of 'staffing'. the kids have been practising for weeks. absolute joke",
        stats="2 likes",
    ),
    E("school", "camelcase", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@ellabellaaa.x",
        "7-19",
        "POV: your little brothers last ever day at StBotolphs 😭😭 they grow up so fast",
        stats="1,204 views",
    ),
    E("school", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Fen Lurker @fenlurker",
        "2d",
        "not saying W a l k e r at botolphs is hiding the incident log from the LA but ask yourself why three families took their kids out this term and he 'can't find' the paperwork",
        stats="3 likes",
    ),
    E("rwalker", "spacing", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "FenmarshFiles @fenmarshfiles",
        "6h",
        "Mrs Cаrtwright-Bеll is a fraud. Took the school fund for her 'leadership retreat' in a spa hotel and the governors signed it off. Ask for the accounts.",
        stats="7 reposts · 11 likes",
    ),
    E("hcartwrightbell", "homoglyph", "defamation"),
)

add(
    "social",
    social(
        "Bluesky",
        "Tom @tom-in-the-fens.bsky.example",
        "4h",
        "St Botolph's Surgery phone queue is a personal insult. 45 minutes, then 'call back tomorrow'.",
    ),
)

add(
    "social",
    social(
        "X",
        "Pauline @paulineh_fen",
        "1d",
        "Threatening teachers is never ok. Whoever sent that message to Mrs Cartwright-Bell should be ashamed of themselves. She has given everything to that school.",
        stats="3 reposts · 40 likes",
    ),
    E("hcartwrightbell", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@maisie.fen.x",
        "4-30",
        "being in year 7 is actually so much better than primary",
        replies=(
            (
                "lolly.k",
                "mr tayler gave me a detention for NOTHING in yr6 😭 i was literally just breathing",
            ),
            ("maisie.fen.x", "@lolly.k HE DID THAT TO ME TOO"),
        ),
    ),
    E("ttaylor", "typo", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@sophie_fen_07",
        "6-1",
        "visited my old primary today 🥹",
        replies=(
            ("sophie_fen_07", "m1ss j0 h4ll is still th3 b3st t3ach3r 3v3r 💕"),
            ("becca", "SHE WAS EVERYTHING"),
        ),
    ),
    E("jhall", "leetspeak", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Fenmarsh Schools Sport @FenmarshSSP",
        "5h",
        "Massive congratulations to the Y6 team who won the district tag rugby today, coached by @coachzeke_fenactive 🏆🏉",
        stats="3 reposts · 28 likes",
    ),
    E("ethreadgold", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Nadia @nadia_fen",
        "6-20",
        "@MrTaylorY6 thank you for everything this year. She's come on so much and she'll never forget the Viking longship 😂",
        stats="1 like",
    ),
    E("ttaylor", "handle", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "fenmarsh_exposed",
        "5h",
        "This is the 'coach' your kids are left with. Threadgold. Lives at 5 Saltings Way, Fenmarsh, white Transit parked outside. Personal email zeke.t.87@mailbox.example if you want to tell him what you think. Share this.",
        replies=(("claire.fen", "this is how people get hurt. reported."),),
    ),
    E("ethreadgold", "surname_only", "doxxing"),
)

add(
    "social",
    social(
        "X",
        "Dale @dale_walker_fen",
        "3h",
        "Tractor stuck across Sutton Fen drove again, 40 minute detour. Living the dream 🚜",
    ),
)

add(
    "social",
    social(
        "TikTok",
        "@josh_batey",
        "5-28",
        "year 6 sats week was mad",
        replies=(
            (
                "kai.fen",
                "mr taylor better hope i dont see him in town. he made my brother cry over one maths question. im gonna batter him",
            ),
            ("josh_batey", "@kai.fen calm down 😂"),
        ),
    ),
    E("ttaylor", "title_surname", "threat"),
)

add(
    "social",
    social(
        "X",
        "Ieva @ieva_lt_uk",
        "2d",
        "Jurgutė iš St Botolph's tiesiog auksinė 💛 sūnus kasdien pasakoja ką ji jam padėjo. Ačiū!",
    ),
    E("jkazlauskiene", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Facebook Reels",
        "Andreea Ciobanu",
        "1d",
        "Fiul meu e la St Botolph's de două luni și deja vorbește engleză cu prietenii. Mulțumim, Miss Jo! 🇷🇴🇬🇧",
    ),
    E("school", "short_name", "neutral"),
    E("jhall", "nickname", "neutral"),
)

add(
    "social",
    social(
        "Bluesky",
        "Revd Jon Ainsworth @vicarfenmarsh.bsky.example",
        "3h",
        "Such a joy to lead worship at SBJ this morning. Year 3 explained the parable of the lost sheep far better than I ever have. 🐑",
        stats="12 likes",
    ),
    E("jainsworth", "nickname", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Stacey @staceyfen",
        "4h",
        "Mrs Cartwright has now banned birthday cake at botolphs. cake. fun police have officially taken over 🙄🎂",
        stats="9 likes",
    ),
    E("hcartwrightbell", "hyphenated", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "Fens Voice @fensvoice1",
        "8h",
        "that K*zlausk*ene woman at SBJ shouldn't be anywhere near a classroom, can't even pronounce 'three' properly. our kids are learning english from eastern europeans now. unbelievable",
        stats="4 likes",
    ),
    E("jkazlauskiene", "obfuscated", "hate"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Mark @mark_gd",
        "3h",
        "@SBJFenmarsh why is the car park gate locked at 3.10 AGAIN. 40 parents stood in the rain. Tony never opens on time",
        stats="2 likes",
    ),
    E("school", "handle", "negative"),
    E("aclarke", "nickname", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@harper.lou",
        "3-9",
        "world book day 📚 my sister went as the gruffalo",
        replies=(
            (
                "harper.lou",
                "miss jo is a witch and she smells of soup 🤢 my sister says she shouts all day",
            ),
            ("jade.b", "harper thats so mean 😂"),
        ),
    ),
    E("jhall", "nickname", "abuse"),
)

add(
    "social",
    social(
        "X",
        "Fenmarsh Town FC @FenmarshTownFC",
        "1d",
        "FT: Fenmarsh Town 4-1 Holbrook. Tom Taylor with a second-half hat-trick ⚽⚽⚽ Get in!",
        stats="21 reposts · 140 likes",
    ),
)

add(
    "social",
    social(
        "X",
        "Fen Parent @fenparent22",
        "2d",
        "Taylor's class got the best SATs in the county last year because he actually teaches them, and now he's 'under investigation'. shame on whoever reported him #fenmarsh",
        stats="1 like",
    ),
    E("ttaylor", "possessive", "neutral"),
)


# ================================================================ facebook

MUMS = "Fenmarsh Mums & Dads (Private group)"
NOTICE = "Fenmarsh Community Noticeboard"
UNCENSORED = "Fenmarsh Uncensored - say what you think"
LT = "Lietuviai Fenmarsh ir apylinkėse"
RO = "Români în Fenmarsh și Lincolnshire"

add(
    "facebook",
    facebook(
        MUMS,
        "Kirsty Dobson",
        "7 January at 06:41",
        "is SBJ open today?? roads round gedney drove are like an ice rink",
        comments=(
            (
                "Hayley Marr",
                "the head mrs bell just put it on the app, open as normal but late starts ok if you cant get in safely",
            ),
            ("Kirsty Dobson", "ta hun x"),
            ("Dean Walker", "fenmarsh infants closed tho"),
            ("Sophie Ng", "typical, one flake and the infants shut 😂"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("hcartwrightbell", "hyphenated", "neutral"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Ryan Goodwin",
        "Yesterday at 16:22",
        "that caretaker at botolphs tony clarke grabbed my lads arm today in the corridor and left a mark. school saying he was 'guiding him'. guiding him my arse. next time he puts a finger on my boy i will break his arm and his jaw and thats a promise",
        comments=(
            ("Nicola Goodwin", "Ryan calm down and ring the school tomorrow x"),
            ("Shane P", "id be the same mate"),
            (
                "Julie Ashby",
                "Please dont threaten people on here Ryan, this page gets screenshotted",
            ),
        ),
    ),
    E("aclarke", "nickname", "threat"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        UNCENSORED,
        "Fen Patriot",
        "14 March at 21:10",
        "St Botolph's is basically a Lithuanian school now. my nephew is one of 4 english kids in his class. the rest cant speak a word of english and the teachers spend all day on them. send the lot of them back where they came from and let english kids get an education in their own country",
        comments=(
            (
                "Agnė Petrauskienė",
                "My children were born in Lincolnshire. They are English kids. Shame on you.",
            ),
            ("Craig Holmes", "spot on mate"),
            ("Lorraine Baxter", "Disgusting post. They're children."),
            ("Fen Patriot", "@Lorraine Baxter go and live in vilnius then"),
        ),
    ),
    E("school", "short_name", "hate"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Anonymous member",
        "2 April at 22:15",
        "not being funny but why is a grown man adding year 6 girls on snapchat?? coach zeke at botolphs. my daughter got a request from him last night and two of her friends did too. he gives some of them lifts back from matches as well. the school have been told and just keep letting him run clubs. watch your kids, thats all im saying",
        comments=(
            ("Jo Richardson", "omg"),
            ("Sam Kerr", "This needs to go to the police, not facebook"),
            ("Beth Lowe", "my son loves him but this is really worrying"),
        ),
    ),
    E("ethreadgold", "nickname", "sexual", url_only=True),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Tanya Freeman",
        "19 May at 20:02",
        "walker covered up my sons bullying. the incident log has 'gone missing' and there were 3 entries on it, i SAW them in september. DSL my backside, hes deleted them so the school looks good. this is a safeguarding lead. at botolphs. think on",
        comments=(
            ("Michelle O", "ask for a subject access request, they have to give you everything"),
            ("Tanya Freeman", "doing it tomorrow"),
        ),
    ),
    E("rwalker", "surname_only", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        NOTICE,
        "Carol Bennett",
        "3 hours ago",
        "FOUND: bunch of keys with a red fob outside St Botolph's Church this morning after the 10am service. Handed in to the verger. 🔑",
        comments=(("Linda Fry", "thanks Carol, shared"),),
    ),
)

add(
    "facebook",
    facebook(
        NOTICE,
        "St Botolph's Court Residents",
        "Monday at 10:15",
        "Coffee morning this Thursday 10:30-12 in the lounge at St Botolph's Court. Everyone welcome, not just residents! Our warden Mrs Hall will be doing her famous lemon drizzle. Raffle in aid of the minibus fund.",
        comments=(("Brenda Walker", "We'll be there 🍰"),),
    ),
)

add(
    "facebook",
    facebook(
        LT,
        "Giedrė Balčiūnienė",
        "Vakar 19:40",
        "Noriu labai padėkoti Jurgitai Kazlauskienei iš St Botolph's Juniors. Mano dukra atvyko be jokios anglų kalbos, o dabar po pusės metų skaito knygas angliškai. Jurgita, jūs nuostabi! ❤️",
        comments=(
            ("Rūta Mikalauskaitė", "Pritariu! Jurgutė padėjo ir mano sūnui 🙏"),
            ("Tomas Kazlauskas", "Šaunuolė 👏"),
        ),
    ),
    E("jkazlauskiene", "exact", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        RO,
        "Cristina Lungu",
        "12 februarie la 18:05",
        "Bună seara! Cineva știe dacă la St Botolph's în Fenmarsh mai sunt locuri în anul 4? Ne mutăm din Spalding în martie.",
        comments=(
            (
                "Mihaela D",
                "Noi am primit loc în ianuarie. Vorbiți cu domnul Walker, directorul adjunct, e foarte de treabă și ajută cu formularele.",
            ),
            ("Cristina Lungu", "Mulțumesc frumos!"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("rwalker", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Anonymous member",
        "Today at 07:58",
        "for anyone who wants to tell Mr Walker what they think of how hes handled the fight on the field, he lives at 3 Cross Drove, Gedney Drove, the house with the green garage. go and knock on his door on a saturday and see how he likes being ignored",
        comments=(
            (
                "Admin - Fenmarsh Mums & Dads",
                "This post breaks group rules (no personal addresses). Removing in 5 mins and muting the poster.",
            ),
            ("Claire Dent", "not ok at all, he has kids"),
        ),
    ),
    E("rwalker", "title_surname", "doxxing"),
)

add(
    "facebook",
    facebook(
        UNCENSORED,
        "True Brit Fenmarsh",
        "Sunday at 23:44",
        "this is where the lithuanian one from botolphs lives. Jurgita K. 12 Reedling Close Sutton Fen. the one who tells english parents how to raise their kids. pic in comments",
        comments=(
            (
                "Sarah Dunn",
                "Posting someone's address is how people get hurt. Reported to Facebook and the police.",
            ),
            ("Admin", "Removed. Final warning."),
        ),
    ),
    E("jkazlauskiene", "first_initial", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Leanne Bright",
        "Friday at 15:40",
        "that stuck up cow Cartwright-Bell looked straight through me at the gate AGAIN. too good to say morning to the likes of us. botolphs has gone right downhill since she swanned in with her lanyards and her 'vision'",
        comments=(
            ("Vicky M", "shes always said hello to me tbf"),
            ("Leanne Bright", "course she has vicky"),
        ),
    ),
    E("hcartwrightbell", "surname_only", "abuse"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        "St Botolph's Juniors PTA",
        "St Botolph's Juniors PTA",
        "28 November at 17:00",
        """🎄 CHRISTMAS FAIR - Friday 6 December, 3.15pm-5pm, school hall 🎄

Santa's grotto (£3, includes a present), tombola, cake stall, hook-a-duck, raffle and the Year 6 chocolate tombola!

Cake donations to the school office on the Friday morning please - Mrs Smith in the office has a list of allergens for labelling.

Big thank you to Mr Clarke for putting up the lights and the tree, and to Rev Jon for blessing the grotto (and for agreeing to be Santa again 🎅).

Card payments accepted this year! 💳""",
        comments=(
            ("Emma Hales", "Can't wait! Will drop some brownies in x"),
            ("Ruta K", "Bus stops 🚌 at 5.10 for Sutton Fen kids?"),
            ("St Botolph's Juniors PTA", "@Ruta K yes, late bus at 5.15 ☺️"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("esmith", "title_surname", "neutral"),
    E("aclarke", "title_surname", "neutral"),
    E("jainsworth", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Anonymous member",
        "Wednesday at 21:30",
        "ok who else has a massive crush on Mr Taylor from year 6 😂 i'd stay behind after class for him any day, what i wouldnt do to that man 😏😏 parents evening is the highlight of my year",
        comments=(
            ("Steph L", "😂😂😂 STOP"),
            ("Kerry A", "get in line hun"),
            ("Gareth M", "i'll let my wife know 🙄"),
        ),
    ),
    E("ttaylor", "title_surname", "sexual"),
)

add(
    "facebook",
    facebook(
        "Gedney Drove Village Chat",
        "Pam Oliver",
        "Today at 08:12",
        "Dave Walker's sheep are out on the drove again by the pumping station. Someone's already rung him. Drive slowly!",
        comments=(("Dave Walker", "Got them in. Sorry all 🐑"),),
    ),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Anonymous member",
        "Tuesday at 22:50",
        "Where is all the money going from the school fund? The vicar has been pocketing it, Rev Ainsworth is the chair of governors and signs everything off and funnily enough the vicarage has a brand new kitchen. Someone needs to investigate",
        comments=(
            ("Joan P", "That's a very serious thing to say without proof"),
            ("Anonymous member", "just asking questions"),
        ),
    ),
    E("jainsworth", "title_surname", "defamation"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Anonymous member",
        "Thursday at 19:12",
        "why is the caretaker tony always hanging round by the girls changing area when botolphs go swimming at the leisure centre? hes not even staff there. my daughter says he watches them come out and has his phone out. someone needs to ask questions",
        comments=(
            ("Mel Fisher", "he drives the minibus thats probably why"),
            ("Anonymous member", "so why is he by the changing rooms and not the minibus"),
        ),
    ),
    E("aclarke", "nickname", "sexual", url_only=True),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Nikki Ford",
        "Monday at 17:30",
        "oh brilliant, ANOTHER non uniform day, £1 each. that's £3 for me this week plus cake sale plus the trip. st botolphs must think we're made of money 🙃",
        comments=(
            ("Lisa Cole", "and wear something 'spring themed' apparently. it's raining 😂"),
            ("Nikki Ford", "i'll send them in bin bags, very spring"),
        ),
    ),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Sarah Bloomfield",
        "29 January at 14:04",
        "just want to say a massive thank you to Katherine Dunmore, SENCO at St Botolph's, for fighting our corner for 2 years. we got the EHCP today with everything in it 😭😭 if your child has needs and you're at that school, she is the person to talk to",
        comments=(
            ("Dawn Pike", "She is amazing, got my son his too"),
            ("Sarah Bloomfield", "x"),
        ),
    ),
    E("kdunmore", "exact", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        NOTICE,
        "St Botolph's Church of England Junior School",
        "14 March at 12:00",
        """We are delighted to share that following our inspection in February, Ofsted has judged St Botolph's Church of England Junior School to be GOOD in all areas! 🎉

Thank you to our wonderful children, our dedicated staff, our governors and all our families. The full report is available on our website at stbotolphs-fenmarsh.example.

Helen Cartwright-Bell, Headteacher""",
        comments=(
            ("Rasa V", "Sveikinimai! Congratulations!"),
            ("Gary Hall", "well deserved 👏"),
        ),
    ),
    E("school", "exact", "neutral"),
    E("hcartwrightbell", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        UNCENSORED,
        "Bring Back Britain Fens",
        "Saturday at 22:31",
        "romanian kids at SBJ are nicking phones and trainers off the english kids. its in their blood, theyre raised to steal. my sons PE bag has gone and we all know who took it. parents should take their kids out before the school is completely taken over",
        comments=(
            (
                "Daniela Ionescu",
                "Racist rubbish. My son is Romanian and HE had his bag stolen last year.",
            ),
            ("Mick Fenton", "nail on the head"),
        ),
    ),
    E("school", "alias", "hate"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Amy Chapman",
        "Today at 09:25",
        "shout out to mrs kazlauskene who sat with my son for a whole hour when he was upset, she is a star ⭐ shame the head can't be bothered, emailed Mrs Cartright-Bell twice about the lunchtime thing and no reply. what is the point",
        comments=(("Lina", "she really is ❤️"),),
    ),
    E("jkazlauskiene", "typo", "neutral"),
    E("hcartwrightbell", "typo", "negative"),
)

add(
    "facebook",
    facebook(
        LT,
        "Vaida Jankauskienė",
        "Šiandien 20:15",
        "Ar dar kažkam atrodo, kad direktorė Cartwright-Bell nieko nedaro dėl patyčių St Botolph's? Mano sūnų jau trečią mėnesį skriaudžia tie patys berniukai, o ji tik kalba apie 'planus'. Labai nusivylusi.",
        comments=(
            ("Giedrė B", "Parašykite skundą gubernatoriams (governors), raštu."),
            ("Vaida Jankauskienė", "Ačiū, taip ir padarysiu."),
        ),
    ),
    E("hcartwrightbell", "surname_only", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Lee Sharpe",
        "Yesterday at 21:55",
        "if botolphs exclude my boy on friday i will put every window in at that school and then ill start on the staff cars. been pushed too far",
        comments=(
            ("Tina Sharpe", "Lee delete this"),
            (
                "Admin - Fenmarsh Mums & Dads",
                "Removed. Threats of violence or damage are not allowed.",
            ),
        ),
    ),
    E("school", "short_name", "threat"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Hannah Wells",
        "18 July at 16:00",
        "end of an era - Jo Hall is leaving St Botolph's after 9 years 😭 she taught all three of mine in year 3. collection is at the office if anyone wants to chip in, card is at the bakery on Market Place",
        comments=(
            ("Sam Kerr", "no way!! she's the best"),
            ("Aurelija", "Miss Jo was my son's first teacher in England. We will miss her 💐"),
        ),
    ),
    E("jhall", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        NOTICE,
        "Haverby Village Events",
        "1 June at 09:00",
        "☀️ St Botolph's Primary School, Haverby - SUMMER FAIR Saturday 21 June 12-3pm. Bouncy castle, dog show, BBQ, bric-a-brac. Opened by our new head Mrs Smith! All welcome.",
    ),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Anonymous member",
        "Monday at 20:45",
        "Kate Dunmore's mobile is 07700 900688. if your still waiting on the EHCP paperwork ring her in the evening, she wont answer at school. she cant hide forever",
        comments=(
            (
                "Sarah Bloomfield",
                "please take that down, that's her personal number, she has little kids",
            ),
        ),
    ),
    E("kdunmore", "nickname", "doxxing"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Paul Reeves",
        "Tuesday at 18:30",
        "this is what you get when you let a woman run a school. Mrs CB is too soft, too emotional, cries at assemblies. women shouldn't be heads, needs a man in charge to sort the discipline out",
        comments=(
            ("Kate Hewitt", "it's 2025 Paul 🙄"),
            ("Paul Reeves", "and look at the state of the place"),
        ),
    ),
    E("hcartwrightbell", "nickname", "hate"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Lucy Hart",
        "2 April at 10:10",
        "anyone know what time the juniors finish on friday for easter? the fenmarsh one on church lane not the infants. letter says 'early' which is very helpful 🙄",
        comments=(
            ("Jodie C", "1.30 i think hun"),
            ("Lucy Hart", "thanks x"),
        ),
    ),
    E("school", "nickname", "negative"),
)

add(
    "facebook",
    facebook(
        UNCENSORED,
        "Admin - Fenmarsh Uncensored",
        "Wednesday at 09:00",
        "ADMIN NOTICE: We've deleted several posts about the Lithuanian teaching assistant at St Botolph's and banned four members. This group is for free speech, not for posting people's addresses or racist abuse about a woman doing her job. Anyone posting personal details will be reported to the police.",
        comments=(
            ("Gary West", "about time"),
            ("Fen Patriot", "snowflake admins 🙄"),
        ),
    ),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Kerry Ann Booth",
        "Thursday at 15:48",
        "my son just told me the kids all call it Botty's now 😂😂 'im going to botty's tomorrow'. year 4 humour",
        comments=(
            ("Lou B", "my daughter says botty's too 🤣"),
            (
                "Kerry Ann Booth",
                "they love it there tho, the coach zeke clubs are all he talks about #CoachZeke",
            ),
        ),
    ),
    E("school", "nickname", "neutral"),
    E("ethreadgold", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Fenmarsh Swap & Sell",
        "Donna Walker",
        "Today at 11:00",
        "FOR SALE: St Botolph's Juniors school jumpers x3 age 9-10, royal blue with logo, good condition £2 each. Also Fenmarsh Infants polo shirts age 5-6. Collection Gedney Drove.",
        comments=(("Kelly F", "interested in jumpers pm'd"),),
    ),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Bev Cooper",
        "Sunday at 19:30",
        "Shout out to Tony Clarke the caretaker at St Botolph's Juniors, found my daughter's lost hearing aid in a skip at 6pm after everyone else had gone home. What a gent 🙏",
        comments=(("Sandra Allen", "he's a diamond, fixed our gate once for free"),),
    ),
    E("aclarke", "nickname", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Jess Wright",
        "Saturday at 12:20",
        "anyone recommend a kids party venue in fenmarsh? not soft play, that place is grim. for 20 8 year olds",
        comments=(
            (
                "Emma Hales",
                "FenActive do parties at the leisure centre, dodgeball and that, my lad loved it",
            ),
            ("Jess Wright", "ooh thanks"),
            ("Michelle O", "the scout hut behind st botolph's church can be hired too, cheap"),
        ),
    ),
)


# ================================================================ blogs

add(
    "blog",
    blog(
        "parish",
        "The Fenmarsh Messenger - Harvest edition",
        """
From the Vicarage

Dear friends,

As I write, the combines are still working late into the evening along the Sutton Road, their lights moving across the fields like slow ships, and the lorries are queuing at the packhouse gates on Gedney Drove. Harvest in the fens is not a single day with a sheaf of wheat on the altar. It goes on for months, from the first new potatoes in June to the last leeks and sprouts pulled from frozen ground in February. It is hard, physical, often invisible work, and much of it is done by people who came here from a long way away.

At our Harvest Festival this year we will give thanks not only for the fruits of the earth but for the hands that gather them. I am delighted that members of our Lithuanian and Romanian congregations have agreed to read the lessons in their own languages, and that the Polish Catholic community will join us for the bring-and-share lunch afterwards. Please bring a dish, and please come and sit with someone you do not know.

I have been struck this autumn by how often the word "neighbour" comes up in our parish conversations: in the debates about the new housing on Sutton Road, in the worries about the surgery, in the painful things that are sometimes said online about those who have come to live among us. Jesus was asked "who is my neighbour?" and he answered with a story about a foreigner who stopped to help. That story has not lost its edge.

With every blessing,

Revd Jonathan Ainsworth, Vicar of St Botolph's, Fenmarsh with Gedney Drove

Services in October

Sunday 6 October, Harvest Festival. 10am Parish Eucharist and harvest lunch in the church hall. Gifts of tinned and dried food for the Fenmarsh Food Bank may be left at the font from the Sunday before.

Sunday 13 October. 8am Holy Communion (BCP). 10am Parish Eucharist. 6pm Evensong.

Sunday 20 October. 10am All-Age Worship with the Cubs and Beavers (church parade). 6pm Evensong.

Sunday 27 October. 10am Parish Eucharist. 4pm Service of Remembrance for those we have loved and lost, with candle lighting. All are welcome, especially those who have been bereaved this year.

Wednesdays: 10am Holy Communion followed by coffee. Thursdays: 7pm Compline in the Lady Chapel.

Gedney Drove Mission Church: 9am Eucharist on the 2nd and 4th Sundays.

Our church school

On the Friday before Harvest, the whole of Year 4 from St Botolph's Juniors walked down Church Lane with their harvest boxes, which they had decorated with pictures of the crops grown around Fenmarsh: cabbages, cauliflowers, potatoes, daffodil bulbs and, rather optimistically, bananas. They sang "Paint Box" and a harvest song in Lithuanian taught to them by one of their classmates, and then presented 64 boxes of food to the food bank volunteers. Thank you to the staff who organised it, and to the children, who were a joy.

Governors are still looking for a foundation governor with an interest in finance. If you might be able to help, please speak to me.

Flower rota

6 October: Harvest team (all hands!). 13 October: Joan Smith and Pat Dobbs. 20 October: Marion Hall. 27 October: white flowers in memory, arranged by the Remembrance group. If you are unable to do your week, please swap directly and let Joan know.

From the tower

The bell ringers were delighted to ring a quarter peal for the wedding of Jade Marr and Callum Fisher on 14 September, and a half-muffled peal for the funeral of our former tower captain Ron Clarke, who rang at St Botolph's for 61 years and taught half the town to ring. Ron's son Peter Clarke has taken over as tower captain. Practice night remains Tuesday at 7.30pm, and learners are always welcome; you do not need to be musical, only to be able to count to eight and to climb 92 steps.

Food bank

The Fenmarsh Food Bank, which operates from the church hall on Tuesday and Friday mornings, fed 412 people in August, 38% more than in August last year. The volunteers particularly need UHT milk, tinned meat, tinned fish, sponge puddings, coffee, toiletries and nappies (sizes 5 and 6). Cash donations allow them to buy fresh food. Thank you to the Co-operative, to the market traders and to the growers of Gedney Drove who have donated several tonnes of vegetables.

Churchyard

The churchyard working party will meet on Saturday 19 October from 9am to 12 to clear the leaves and cut back the yews along the south path. Bring gloves, rakes and secateurs. Bacon rolls provided. Please note that the rubbish bins at the Church Lane gate are for churchyard waste only; we have had several bags of household rubbish dumped there.

St Botolph's Court

Our monthly Eucharist at St Botolph's Court continues on the first Thursday of the month at 2pm in the residents' lounge. Thank you to the scheme manager for her warm welcome, and to the residents for their wonderful singing of "Abide with me".

Mothers' Union

The Mothers' Union will meet on Monday 14 October at 2pm in the church hall. Our speaker will be Mrs Angela Wright, practice manager of St Botolph's Surgery, on "Getting the best out of your GP practice". Questions about the 8am phone queue will be taken, but only politely.

Restoration appeal

The appeal to restore the medieval painted rood screen now stands at £46,300 of the £60,000 needed. A coffee morning, quiz night and sponsored bell-ring are planned for the winter. The architect's report on the north aisle roof will be presented to the PCC in November.

From the registers

Baptisms: Leo Kowalski, Amelia-Rose Hunt, Matas Jankauskas. Weddings: Jade Marr and Callum Fisher. Funerals: Ronald Clarke, Dorothy Wright, Stanley Hall.

Contacts

Vicar: The Revd Jonathan Ainsworth, The Vicarage, Vicarage Gardens, Fenmarsh. Parish office: 01632 960552 (Tuesday and Thursday mornings). Churchwardens: Mr Keith Fowler and Mrs Sheila Bennett.
""",
        author="Parish office",
        date="28 September 2024",
    ),
    E("jainsworth", "exact", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "parish",
        "Lent reflection: the wide flat sky",
        """
People who visit Fenmarsh for the first time often say that the fens are "empty". There are no hills, few trees, and the roads run dead straight for miles between the drains. But anyone who has lived here for a while knows that the fens are not empty at all. They are full of sky.

In Lent we are invited into the wilderness, to strip away what distracts us and to notice what is really there. I find the fen landscape a good teacher for Lent. With nothing to hide behind, you see the weather coming for miles. You see the smallest movement: a marsh harrier quartering a field, a hare sitting up in the furrow. You see yourself, too, rather small under all that sky.

This Lent, the Wednesday evening study group will meet in the vicarage at 7.30pm to read the Gospel of Mark together. There is no preparation and no exam. Bring a Bible if you have one, and we will provide the tea.

Rev Jon
""",
        author="Rev Jon",
        date="3 March 2025",
        comments=(("Sheila B", "4 March 2025", "Lovely words, Jon. See you Wednesday."),),
    ),
    E("jainsworth", "nickname", "neutral"),
)

add(
    "blog",
    blog(
        "scouts",
        "Summer camp 2025: mud, midges and a very wet Wednesday",
        """
Twenty-two Scouts and six leaders spent a week at Walesby Forest in July for our annual summer camp, and what a week it was.

We arrived on the Saturday in glorious sunshine and had the patrol tents up in record time (the Kestrels, as always, took twice as long and had to re-pitch theirs after discovering it was on an ants' nest). Sunday was pioneering: the Scouts built a monkey bridge across the stream, and only three people fell in. Monday was hiking, Tuesday climbing and archery, and on Wednesday it rained. And rained. And rained. Full credit to our Scouts, who turned a flooded campsite into the best game of mud rugby any of the leaders have ever seen.

Thursday was the famous incident hike, with first aid scenarios set up by our wonderful Assistant Scout Leader Dan Wright, whose fake blood was so convincing that a passing dog walker rang for an ambulance. (Apologies to the ambulance service. We have since bought less convincing fake blood.)

The camp was led by our Group Scout Leader, Sue Wright, who has now been to 31 summer camps and says this was "definitely in the top thirty".

Thank you to all the parents who lent gazebos, drove kit up in vans and sent emergency biscuits. Thank you also to St Botolph's Church for the continued use of the scout hut and the car park for loading.

Awards: Patrol of the Week: Swifts. Best Camp Cook: Amelia T (her chilli is legendary). Muddiest Scout: no contest, Kai W.

Next term we start back on Tuesday 9 September at 7pm. New Scouts aged 10½ to 14 are welcome; please contact us via the website.
""",
        author="Sue Wright, GSL",
        date="2 August 2025",
    ),
)

add(
    "blog",
    blog(
        "fenpatriot",
        "The changing face of our schools - and why no one will talk about it",
        """
There was a time when a Fenmarsh child went to school with the children of the people their parents went to school with. You knew the families, you knew the teachers, you knew what was being taught. That time is over, and nobody in authority will admit it.

Take Botolph's, the junior school on Church Lane, where generations of Fenmarsh families sent their children. According to its own figures, nearly half the pupils there now speak English as an "additional language". In some classes English children are in a minority. Lessons are slowed down for children who arrived last month from Lithuania or Romania. Letters go home in four languages. The school brags about this as if it were an achievement.

We are told this is "diversity". Ask a Fenmarsh parent whose child has sat at the back of a class while the teacher spends half the lesson with a new arrival, and they will use a different word.

The school has even hired a Lithuanian, a Mrs Kazlauskiene, to help the foreign children, and she now apparently has a say in how English children are taught to read. An eastern European woman with a thick accent teaching English kids phonics. You could not make it up. Parents who have complained have been told they are "unwelcoming". One was told, we understand, that their attitude was "not in line with the school's Christian values". Christian values, it seems, mean putting your own people last.

These people came to pick vegetables. Now they are in our classrooms, our surgeries, our council, and our children are being told to learn their words for "hello". This is not integration. It is replacement, one classroom at a time.

We are not against anyone. We are for Fenmarsh. And we say: English schools for English children. If the packhouses want cheap labour, let the packhouses pay for the schools that labour fills.

If you have a story about what is happening in our schools, contact us in confidence.
""",
        author="Fenmarsh Patriot editorial team",
        date="11 February 2025",
        comments=(
            ("Derek", "11 Feb 2025", "Spot on. Said it for years."),
            (
                "Anna",
                "12 Feb 2025",
                "My daughter is in that school and she's Lithuanian and she was born in Boston. Your article is hateful.",
            ),
        ),
    ),
    E("school", "short_name", "hate"),
    E("jkazlauskiene", "title_surname", "hate"),
)

add(
    "blog",
    blog(
        "mumblog",
        "A year in the flat lands: what moving to Fenmarsh has taught us",
        """
A year ago today, a removal lorry got stuck on a bridge over the South Drain with everything we owned inside it, and I sat in the car with three children, one cat in a box and a husband on the phone to the removal company, and wondered what on earth we had done.

We moved to Fenmarsh from a suburb of Nottingham because my husband got a job managing a packhouse on Gedney Drove. Before that, neither of us had ever been further into Lincolnshire than the outskirts of Lincoln for the Christmas market. I had a vague idea that the fens were flat. I did not realise that they are flat in the way that the sea is flat: all the way to the edge of the world, in every direction, with a sky so big it makes you feel slightly dizzy.

So, one year in, here is what I have learned.

1. The wind is a personality.

It is not "windy" here. There is The Wind, and it has moods. Some days it is merely brisk. Other days it comes straight from Siberia, over the Wash, across ten miles of bare brown soil and directly into your ears. I have bought a hat with ear flaps. I look ridiculous. I no longer care.

2. Everything is further away than it looks.

You can see the church tower of the next village for twenty minutes before you reach it. The roads run dead straight, then turn ninety degrees without warning around the end of a field, and there is a drain on either side. I have learned to respect the drains. Every winter, apparently, someone ends up in one.

3. The town is more mixed than I expected.

I had read the newspapers about "eastern European migrants" in the fens, and I suppose I expected tension. There is some, if you go looking for it online. But on the ground Fenmarsh is a town where you buy Lithuanian rye bread and kibinai on the market on a Thursday, where the Polish shop does the best doughnuts in the county, and where my youngest's best friend's mum taught me to make sarmale at a birthday party. The packhouse my husband manages has staff from eleven countries. Most of the supervisors started on the lines.

4. The school has been a lifesaver.

This is the big one. Moving three children mid-year is nobody's idea of fun, and the middle one, who was nine, took it hardest. He had been at the same school since he was four, and he cried every night for the first fortnight. He's at St Botolph's Juniors, the junior school by the church, and I cannot say enough good things about how they handled him.

His teacher, Miss Jo, noticed on day two that he had stopped eating his lunch and quietly arranged for him to eat with a small group in her classroom for a week. She gave him a job (looking after the class stick insects, who are called Ant and Dec) which he took extremely seriously. The deputy head, Mr Walker, rang me at the end of the first week to see how we were all doing, which no school has ever done for me before. By half term, my son had two best friends, one English and one Latvian, and had joined the football club. He now announces, most evenings, that "Coach says" something, and I have learned that what Coach says is law.

I know not every family has had the same experience, and I've read the grumbles about communication on the local Facebook pages (they are not wrong: I have received a letter about a non-uniform day on the evening before the non-uniform day more than once). But for us, it has been everything we hoped for.

5. You have to go looking for community.

In the suburbs, community sort of happened to us: the school gate, the park, the neighbours. Here it is more spread out. The villages are small and the town is a drive away. I have had to make an effort. I joined the running club (the Fenmarsh Flatliners, so named because there is not a single hill within twenty miles), I volunteer at the food bank on a Friday, and I went to the church's harvest lunch despite not being a churchgoer, and sat next to a Romanian grandmother who had brought a pudding I am still dreaming about.

6. The sunsets.

I have saved the best until last. I was not ready for the sunsets. With nothing on the horizon but the odd windbreak of poplars and a pylon or two, the sky turns every colour there is, and then some that there aren't, and it goes on for an hour. On a clear winter evening the whole world goes pink and gold and then deep blue, and the drains reflect it back so that you are driving through sky above and sky below.

7. The food.

I was told before we moved that there was "nothing to do" in the fens, and in terms of cinemas and theatres that is more or less true (the nearest cinema is forty minutes away, and it shows exclusively superhero films). But nobody told me about the food. There is a farm shop on the Sutton Road that sells asparagus in May so fresh it squeaks. The Thursday market has a Lithuanian bakery stall where the queue starts at eight. There are roadside honesty boxes selling eggs, potatoes, cabbages and, one memorable week in August, a single enormous marrow with a handwritten sign that said "FREE, PLEASE TAKE IT". I took it. We ate marrow for a week.

And then there is the chip shop on Sheep Market, which has just won an award, and which I will not name because the queue is long enough already.

So: one year in. The removal lorry got unstuck, eventually. The cat has adopted a neighbour. The children have Lincolnshire accents when they're tired. And I have stopped wondering what on earth we have done.

Here's to year two.
""",
        author="Claire",
        date="14 April 2025",
        comments=(
            ("Kath", "15 April 2025", "This made me well up. Welcome to the fens!"),
            (
                "Rita",
                "15 April 2025",
                "Ant and Dec the stick insects 😂 my daughter was in that class!",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("jhall", "nickname", "neutral"),
    E("rwalker", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "history",
        "Schools on the edge of the water: education in Fenmarsh, 1800-1950",
        """
Anyone who walks down Church Lane in Fenmarsh will pass a handsome yellow-brick building with a bellcote, a steep slate roof and tall windows set high in the walls so that children could not see out. A carved stone over the old entrance reads "National School 1852". It is a reminder that the story of schooling in the fens is tied up with the story of the land itself: who drained it, who worked it, and who thought it worth educating their children.

Before the drainage

Until the great drainage schemes of the seventeenth and eighteenth centuries, much of the land around Fenmarsh was seasonally flooded. The people who lived on the islands of slightly higher ground, the "fen slodgers" as outsiders called them, made a living from fowling, fishing, cutting reed and sedge and grazing cattle on the summer pastures. Literacy was rare. What schooling there was took place in the church or in the houses of the few who could read: a dame school here, a curate teaching Latin to a farmer's son there.

Drainage transformed the landscape and the economy. By the early nineteenth century the fields around Fenmarsh were among the most productive in England, and the town grew as a market for corn, cattle and, later, potatoes. But drainage also made the labouring population more dependent than ever on the big farmers who controlled the land. Children were valuable as workers. They picked stones, scared crows, weeded, and later, under the notorious gang system, were hired out in groups to work the fields at harvest, sometimes walking miles each day.

The National School

In 1852 the vicar of Fenmarsh, the Revd Henry Laxton, raised subscriptions for a school "for the education of the children of the labouring classes in the principles of the Established Church". The National Society contributed a grant, the principal landowner gave the site on Church Lane next to the churchyard, and the building was completed within a year at a cost of £640. It had a single large schoolroom for boys and girls, with a curtain to divide them, and a teacher's house attached.

The first master, a Mr John Wright from Lincoln, was paid £40 a year plus the children's pence. His log book survives in the county archives and makes vivid reading. Attendance fell away every spring and autumn as children were taken out for field work. In March 1861 he notes: "Many boys absent, gone to pick twitch for Mr Fowler." In October: "School thin. Potato harvest." In January 1863: "Several children absent with the fever. Snow. Drain frozen."

The Education Acts

The Education Act of 1870 required the provision of elementary schooling for all children, and the Act of 1880 made attendance compulsory to the age of ten. In practice, enforcement in the fens was lax. Attendance officers were local men who knew that farmers depended on child labour, and magistrates were often farmers themselves. The 1867 Gangs Act had already banned the employment of children under eight in public gangs, but private hiring continued.

Fenmarsh built a second, non-denominational board school on Holbeck Road in 1876 after a long dispute between the vicar and the town's Methodists, who objected to their children being taught the Church catechism. For decades the town had, in effect, two school systems, church and chapel, and families' choice of school was a matter of religious and political loyalty as much as convenience.

The twentieth century

The school leaving age rose to twelve, then fourteen. The National School on Church Lane was enlarged in 1894 and again in 1911, when a separate infants' room was added. During the First World War, older boys were released early to work on the land, and the log books record a succession of women teachers replacing men who had enlisted. Several of the names on the town's war memorial appear in the school's admission registers a decade earlier.

The 1944 Education Act reorganised schooling into primary and secondary stages. Fenmarsh's children over eleven went to a new secondary modern on the edge of town, and the National School became a primary school for children aged five to eleven, keeping its link with the parish church as a voluntary controlled school. In the 1970s, when the town grew rapidly with new housing, the infants moved to a new building on Vicarage Gardens, and the old school became a junior school.

Today the building on Church Lane is part of St Botolph's Church of England Junior School, with modern classrooms behind the original Victorian schoolroom, which is now the school hall. The high windows remain. So does the bellcote, though the bell was removed for safety in the 1960s.

The pattern of seasonal movement that troubled John Wright in the 1860s has a modern echo. The fields around Fenmarsh still depend on labour at planting and harvest, and many of the families who work them today came from Lithuania, Latvia, Poland and Romania. Their children fill the classrooms that were built for the children of the gangs. It is a continuity that the Revd Laxton could not have imagined, though perhaps he would have recognised it.

Sources

Fenmarsh National School log books 1853-1902 (county archives). Reports of the Committee of Council on Education. Royal Commission on the Employment of Children, Young Persons and Women in Agriculture, First Report (1867). Parish magazines of St Botolph's, Fenmarsh. Oral history recordings made by the Fenmarsh Local History Society, 1982-85.

If you have photographs of the Church Lane school before 1970, the society would love to copy them. Please get in touch through the contact page.
""",
        author="Drains and Droves",
        date="20 January 2025",
        comments=(
            (
                "Marion H",
                "21 January 2025",
                "My grandmother was at the National School in 1915. She always said the stove was the only warm thing in the building.",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "teacherblog",
        "SATs week, the fenland edition",
        """
Monday. Grammar, punctuation and spelling. One child asks if "fronted adverbial" is a kind of tractor. I am not sure he was joking.

Tuesday. Reading. Forty minutes of silence so complete that I could hear the pea viners two fields away. One child finished in twelve minutes and drew an excellent picture of a horse on the back of the paper.

Wednesday. Maths. Arithmetic paper and reasoning paper one. The boy who arrived from Latvia in January, who I was told at the time "probably shouldn't sit the tests", answered every single long division question correctly. I had to go and stand in the stock cupboard for a minute.

Thursday. Reasoning paper two. Then football on the field until home time because everyone, including me, had earned it.

Friday. Ice lollies. No further comment.

I teach at a small primary on the Norfolk side of the fens, and every year I promise myself that I will not let SATs take over the spring term. Every year I fail. Next year, I promise again.
""",
        author="Ms P",
        date="16 May 2025",
    ),
)

add(
    "blog",
    blog(
        "runner",
        "Race report: Sutton Fen 10K and the parkrun round-up",
        """
What a morning for the Sutton Fen 10K! Thirty-one Flatliners in the field, a headwind on the way out along the bank that nearly blew the marshals into the drain, and a glorious tailwind on the way home.

First Flatliner home and third overall was Zeke Threadgold in a blistering 33:48, a club record for the course. Zeke, who coaches PE at schools around town for FenActive and has been bringing half of Year 6 down to junior parkrun, said afterwards that the headwind section was "character building". We'll take his word for it.

In the women's race, Jess Walker took the V40 prize in 42:15 and Dani Smith ran a big PB of 49:02 in her first ever 10K. Special mention to Dan Wright, who ran the whole thing dressed as a carrot for the food bank.

Parkrun round-up: at Fenmarsh Rec, Tom Hall (no relation to anyone, he insists) ran his 100th parkrun and brought cake. Milestones also for Agnė P (50) and Kev Taylor (25).

Club night is Tuesday 7pm from the leisure centre. New members always welcome, whatever your pace.
""",
        author="Club secretary",
        date="2 June 2025",
    ),
    E("ethreadgold", "nickname", "neutral"),
)

add(
    "blog",
    blog(
        "fenpatriot",
        "Pride month indoctrination comes to Fenmarsh",
        """
Parents at Botolph's have contacted us, furious, after their children came home from school with rainbow lanyards and talk of "different families".

It turns out the school held a "Pride assembly" led by Year 6 teacher Mr Taylor, who, we are told, is openly one of them. So now a man like that is standing in front of eight-year-olds telling them that two dads is normal. No parent was asked. No letter went home.

Mr Taylor's lifestyle is his business; he should keep it out of a church school classroom. Parents should ask why the school thinks a poof with an agenda is a fit person to be teaching their kids.

The school's governors, led by the local vicar, say the assembly was "about kindness". Kindness to who?
""",
        author="Fenmarsh Patriot editorial team",
        date="6 June 2025",
        comments=(("Steve", "6 Jun 2025", "disgusting. not in our schools"),),
    ),
    E("ttaylor", "title_surname", "hate"),
    E("school", "short_name", "negative"),
)

add(
    "blog",
    blog(
        "mumblog",
        "The great GP saga (or: how I spent three mornings on hold)",
        """
Today's post is not about the children, or the fens, or the sunsets. It is about the phone queue at St Botolph's Surgery, which I have come to know intimately.

Monday, 8.00am: I ring. I am number 27. The hold music is a synthesised version of Greensleeves, which I now hear in my sleep. At 8.52am I am told all the appointments have gone. Call back tomorrow.

Tuesday, 7.59am: I ring a minute early in the hope of cheating the system. The line is closed. At 8.00:04 I ring again and am number 19. At 8.41am: all appointments gone.

Wednesday: I go in person, at 7.50am, and join a queue of eleven people outside the door in the rain. At 8.30 the receptionist lets us in and I get an appointment for the following Tuesday with Dr Walker, who is, I must say, lovely, and who sorted my problem in six minutes.

I know the practice is doing its best with too few doctors and too many patients. The new Saturday clinics are a good start. But there must be a better way.
""",
        author="Claire",
        date="22 May 2025",
    ),
)

add(
    "blog",
    blog(
        "scouts",
        "St George's Day parade 2025",
        """
Over 80 Beavers, Cubs, Scouts and Explorers paraded through Fenmarsh on Sunday for St George's Day, led by the Fenmarsh Silver Band.

The parade set off from the scout hut, went round the Market Place and ended at St Botolph's Church, where the young people renewed their promises at a special service. Thank you to the Revd Jonathan Ainsworth for leading the service and for his short, funny and (most importantly for the Beavers) brief address about dragons.

Well done to our flag bearers, Maja and Harry, who carried the flags perfectly despite the wind.
""",
        author="Group Scout Leader",
        date="28 April 2025",
    ),
    E("jainsworth", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "teacherblog",
        "A week on supply in the fens",
        """
I've been doing supply for nine years now, since I left full-time teaching, and in that time I have worked in something like sixty schools across Lincolnshire, Cambridgeshire and Norfolk. People sometimes ask me how I cope with walking into a new classroom every morning. The honest answer is that the first ten minutes are the worst, and after that children are children everywhere. But schools are not all the same, and a week like this one shows how different they can be.

Monday: a large primary academy in Spalding

Two-form entry, part of a trust, very slick. I was emailed the timetable and plans the night before, which almost never happens, and a member of the admin team met me at reception with a lanyard, a login and a map. The behaviour system is rigid (silent corridors, a scripted warning system) and the children knew it inside out. It was efficient and it worked, and I couldn't wait to leave. I like a bit of noise.

Tuesday: a village primary near Holbeach

Ninety children, mixed-age classes, and a head who teaches three days a week and does the job of about five people. No plans left for me, because the teacher had been rushed to hospital with appendicitis at 6am, so I winged a day on the Romans with Years 3 and 4. The children were delightful and the TA, who has worked there for 26 years and knows every family in the village, was the real teacher. She told me which children needed a quiet word and which needed to be moved away from each other before I had even taken the register. Village schools live or die by people like her.

Wednesday: St Botolph's, Fenmarsh

The junior school by the church in Fenmarsh, and my first time there. The deputy head, Mr Walker, gave me the tour at 8.15 while simultaneously dealing with a broken boiler, a parent at the gate and a child who had arrived without shoes (the child got a pair from the lost property box within two minutes; this is clearly not the first time). I was covering a Year 5 class where more than half the children speak another language at home. I had been warned it would be hard. It wasn't. The classroom was full of visual prompts and word banks in several languages, the children helped each other without being asked, and a Lithuanian boy translated my instructions for a new arrival before I had finished giving them. One girl told me, in the tone of someone explaining the obvious, that "everybody here was new once". I liked the place enormously.

The staffroom was friendly, though clearly stretched, and I ate my lunch with a PE coach from an outside company who told me he had run three clubs that morning and had two more after school.

Thursday: a secondary in Boston

Cover, which is a different beast entirely. Six lessons, five subjects, one fire alarm, and a Year 9 class who had clearly been told that a supply teacher was coming and had prepared accordingly. We survived. I suspect they will tell a different story.

Friday: a special school in Peterborough

I always find days in special schools both the most demanding and the most rewarding of the week. The staff ratio is high, the routines are precise, and every child has a story. I spent the morning in a class of eight children with complex needs, learning more from the teaching assistants than they could possibly learn from me, and the afternoon at a sensory swimming session that was pure joy.

What I take away

Every school this week was doing its best with what it had. Some had a lot more than others. The ones with fewest resources, the village school and the fenland juniors, were the ones where I felt most welcomed and the children seemed most at home. I don't think that's a coincidence: when you can't throw money at problems, you throw people at them, and people are what children remember.

A note on what schools could do better for supply teachers, since I'm asked: leave a seating plan, a list of who needs medication or has allergies, the wifi password, and the name of a person I can send a child to. That's it. With those four things I can teach almost anything. Without them, the best-planned lesson in the world falls apart by ten past nine. The schools that did this well this week were, again, not the richest ones. The juniors in Fenmarsh had a laminated sheet waiting on the desk with all four, plus a note that said "the kettle is in the cupboard above the sink, help yourself", which in supply-teacher terms is practically a love letter.

Next week: three days in Wisbech and, if the agency is to be believed, a "lovely" Year 6 class in Peterborough. I have been doing this long enough to know what "lovely" means.
""",
        author="The Supply Diaries",
        date="9 February 2025",
        comments=(
            ("fenTA", "10 Feb 2025", "The village school TA bit made me cry. We are the glue."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("rwalker", "title_surname", "neutral"),
)


# ================================================================ extra short posts

add(
    "social",
    social(
        "X",
        "Dawn @dawn_reads_fen",
        "5h",
        "Huge thanks to Tom T. in Y6 at Botolph's for running the before-school reading club all year. My son went from hating books to reading Alex Rider under the covers 📚",
        stats="6 likes",
    ),
    E("ttaylor", "first_initial", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "review",
    review(
        "Google",
        SCHOOL_G,
        5,
        "Marta Nowak",
        "1 month ago",
        "Elizabeth S. in the office was so helpful sorting out our free school meals form and uniform grant when my English was not good. Patient and kind. Thank you.",
        meta=SCHOOL_G_META,
    ),
    E("school", "exact", "neutral"),
    E("esmith", "first_initial", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "fenmarsh.mum.of.three",
        "2d",
        "Year 6 residential bags packed 🏕️ Four days in the Peak District and I already miss him #SBJ #fenmarsh #residential",
        replies=(("gemz_90", "he'll have the best time x"),),
    ),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@deano.fen",
        "1-15",
        "first day back 😩",
        replies=(
            ("deano.fen", "5t b0t0lph5 is l1t3rally a pr1s0n, no phones, no hoods, no fun"),
            ("ruby.t", "bro ur in year 5 😂"),
        ),
    ),
    E("school", "leetspeak", "negative"),
)

add(
    "news",
    news(
        "district",
        "Children and Young People Scrutiny Panel: notes of the SEND inclusion workshop",
        """
The panel held an informal workshop on inclusion in mainstream primary schools on 12 March 2025. Contributors were: Mrs K. Dunmore (SENCO, St Botolph's CE Junior School, Fenmarsh), Ms A. Okoro (Inclusion Lead, Holbeck Community Primary), and Mr P. Garside (Educational Psychology Service).

Contributors described rising numbers of pupils with social, emotional and mental health needs and with speech and language needs, and long waits for assessment. The SENCO from Fenmarsh described the particular challenge of distinguishing special educational needs from the early stages of learning English for pupils who arrive mid-year, and the value of assessments in a pupil's first language.

Members asked about the impact of delays to education, health and care plans. Contributors said that schools were often providing support for many months before any additional funding arrived.

Actions: officers to report back on assessment waiting times at the June meeting.
""",
        section="Committees",
        date="March 2025",
    ),
    E("kdunmore", "initial_surname", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Gemma Pike",
        "Wednesday at 20:10",
        "Dunmore's drop-in on a thursday morning is a godsend for SEN parents, if you haven't been go. tea, biscuits and someone who actually listens",
        comments=(
            ("Sarah Bloomfield", "couldn't agree more x"),
            ("Lina", "is it at botolphs or the infants?"),
            ("Gemma Pike", "@Lina botolphs, the little room by the office"),
        ),
    ),
    E("kdunmore", "possessive", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Craig Dunn",
        "Monday at 08:50",
        "fair play to mr W at the juniors, rang me personally after my lad got hurt at dinner, sorted it the same day. not all bad at botolphs",
        comments=(("Kirsty Dobson", "he's sound mr walker"),),
    ),
    E("rwalker", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@amelija.k",
        "2-20",
        "pov you're the new kid and you dont speak english yet 🇱🇹➡️🇬🇧",
        replies=(
            (
                "amelija.k",
                "miss jurgita literally saved me in year 3 🥹 she spoke lithuanian to me when i didnt understand anything at botolphs",
            ),
            ("greta_lt", "SHE IS AN ANGEL"),
        ),
    ),
    E("jkazlauskiene", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)


def _watchlist_subjects() -> set[str]:
    import tomllib

    with open(HERE / "watchlist.toml", "rb") as f:
        wl = tomllib.load(f)
    return {"school"} | {s["id"] for s in wl["staff"]}


def validate() -> None:
    allowed = _watchlist_subjects()
    assert allowed == SUBJECTS, f"SUBJECTS out of step with watchlist: {allowed ^ SUBJECTS}"
    for i, doc in enumerate(DOCS):
        assert doc.kind in KINDS, (i, doc.kind)
        seen = set()
        for e in doc.expected:
            assert e["subject"] in allowed, (i, e)
            assert e["variant"] in VARIANTS, (i, e)
            assert e["category"] in CATEGORIES, (i, e)
            assert isinstance(e["url_only"], bool), (i, e)
            assert not e["url_only"] or e["category"] == "sexual", (i, e)
            assert e["subject"] not in seen, (i, e)
            seen.add(e["subject"])


def main() -> None:
    validate()
    docs_dir = HERE / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir()
    lines = []
    for i, doc in enumerate(DOCS):
        name = f"{i:03d}-{doc.kind}.{doc.ext}"
        (docs_dir / name).write_text(doc.text, encoding="utf-8")
        lines.append(
            json.dumps(
                {"file": name, "kind": doc.kind, "expected": list(doc.expected)}, ensure_ascii=False
            )
        )
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.jsonl to {HERE}")


if __name__ == "__main__":
    main()
