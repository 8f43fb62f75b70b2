# ruff: noqa: E501
"""Labelled held-out corpus heldout8 for the repwatch matcher (Auchterbrae High School, Fife).

Held out: measured once at the end. Never tune on it. It was written WITHOUT reading the
matcher, its tests, or any other corpus's documents or labels, so it measures how the matcher
generalises to writing it was never shaped around. Do not read its errors and change the
matcher to suit them, or the measurement is spent.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically:

    .venv/bin/python tests/corpus_heldout8/build_heldout8.py
    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_heldout8

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present on the page, ``url_only`` only
for sexual content where a child may be involved. Everything here is fictional: the school,
its staff, the town and villages, the sites (``.example``), the phone numbers (Ofcom drama
ranges) and the addresses.

Setting: a Scottish state secondary, Auchterbrae High School, in the small Fife town of
Auchterbrae (villages Kilgarvie, Balcurran, Craigmyle), with Scots voices. The short name
"Auchterbrae" is shared by the primary school, the juniors football club, the bowling club,
the golf club, the Co-op, a road and a wood; older folk still call the school "Auchterbrae
Academy" (its pre-1972 name). Lookalike schools: Lochmuir Academy (the next town) and
Auchtermuir High School (West Lothian). "AHS" is also American Horror Story. Staff share
surnames (MacLeod, Grant, Wallace, Reid, Paterson, McAllister, Mackay, Pacitti) with a
councillor, a butcher, footballers, a taxi driver, a newsagent, a chip shop, a baking
champion, a knitting designer and a man in the sheriff court. The community council
newsletter's "the high school" and the blog's unnamed "head teacher in Fife" follow the
rule below: only a name (or a first name in clear context) makes a mention.

Labelling conventions used here:
- ``exact``: the full watchlist name ("Auchterbrae High School", "Donald MacLeod"). Dropping
  the accent ("Tomasz Brzezinski") or changing case still counts as exact / title_surname.
- ``alias``: a watchlist alias as written ("Auchterbrae High", "AHS", "Brae High",
  "Auchterbrae HS", "Heather Dunsmuir", "James Grant").
- ``short_name``: "Auchterbrae" alone meaning the school, including "Auchterbrae Academy" used
  for the school by older writers and "at auchterbrae" in a pupil's post.
- ``title_surname``: title or honorific plus surname ("Mr Pacitti", "Mrs Ross-Hamilton",
  "Miss Reid"), also when possessive ("Mr Pacitti's jokes").
- ``surname_only``: bare surname ("Pacitti said", "that MacLeod").
- ``possessive``: a bare name appearing only possessively ("Pacitti's homework policy",
  "Auchterbrae's uniform policy").
- ``nickname``: diminutives, first names alone in context and by-names ("Bob", "Bobby P",
  "Mrs Mac", "Heather Mac", "Donnie", "Big Billy", "Billy the jannie", "Mr B", "Kate",
  "Mrs R-H", "Shamus").
- ``hyphenated``: half of Alison Ross-Hamilton's surname ("Mrs Hamilton") or the surname with
  its hyphen dropped ("Mrs Ross Hamilton").
- ``typo``: misspellings, including Mc/Mac swaps ("Mr McLeod", "Mrs MacAllister",
  "Mr McKay") even when a title is present, and "Brezinski"/"Brzezinksi".
- ``first_initial``: first name plus surname initial ("Tomasz B.").
- ``initial_surname``: initial plus surname ("D. MacLeod", "R. Pacitti").
- ``hashtag``/``handle``/``camelcase``: "#AuchterbraeHigh", "@AuchterbraeHS",
  "AuchterbraeHigh" or "MrMackay" run together without # or @.
- ``spacing``/``obfuscated``/``leetspeak``/``homoglyph``: "M a c L e o d", "McL**d" or
  "W.a.l.l.a.c.e", "P4citti", and names with Cyrillic look-alike letters.
"The High", "the heidie", "the HT", "sir" and "the jannie" with no name are not mentions.
A news report of a threat (or hate incident) against a subject is labelled threat (hate) for
that subject; a court report of an allegation is defamation. The school is labelled from what
the page says about the school itself, separately from what it says about its staff.
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
    "school", "hmcallister", "dmacleod", "sgrant", "kwallace", "tbrzezinski", "rpacitti",
    "arosshamilton", "ereid", "wpaterson", "fmackay",
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
    "advertiser": (
        "Auchterbrae Advertiser",
        "auchterbraeadvertiser.example",
        ["Home", "News", "Sport", "Gala Week", "Letters", "Family Notices"],
    ),
    "courant": (
        "The Fife Courant",
        "fifecourant.example",
        ["News", "Courts", "Politics", "Sport", "Business", "Whats On", "Jobs"],
    ),
    "fifenow": (
        "Fife Now",
        "fifenow.example",
        ["Latest", "Your Area", "Schools", "Crime", "Football", "Opinion"],
    ),
    "council": (
        "Fife Council",
        "fife-council.example",
        [
            "Home",
            "Council and democracy",
            "Committees",
            "Schools and learning",
            "Bins",
            "Contact us",
        ],
    ),
    "schoolsweekly": (
        "Scottish Schools Weekly",
        "scotschoolsweekly.example",
        ["News", "Policy", "Inspection", "Leadership", "Jobs", "Subscribe"],
    ),
    "daily": (
        "Scotland Daily",
        "scotlanddaily.example",
        ["Home", "News", "Scotland", "Politics", "Sport", "Opinion", "Lifestyle"],
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
    "parentchat": ("ParentChat Scotland", "parentchat.example", "Talk"),
    "threadit": ("threadit", "threadit.example", "r/"),
    "kingdomtalk": ("KingdomTalk", "kingdomtalk.example", "Boards"),
    "studyscot": ("StudyScot Forums", "studyscot.example", "Forums"),
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
        f'<div class="pager">Page 1 of 1</div></main><footer>{h(name)} &middot; <a href="#">Community guidelines</a> &middot; <a href="#">Privacy</a> &middot; <a href="#">Contact</a></footer></body></html>'
    )
    return "\n".join(out)


REVIEW_SITES = {
    "pins": ("LocalPins", "localpins.example"),
    "trustrate": ("TrustRate", "trustrate.example"),
    "rmt": ("RateMyTeacher Scotland", "ratemyteacher-scot.example"),
    "directory": ("Kingdom Directory", "kingdomdirectory.example"),
}


def review(
    site: str,
    place: str,
    stars: int,
    user: str,
    when: str,
    text: str,
    *,
    helpful: int = 0,
    reply: str = "",
) -> str:
    name, domain = REVIEW_SITES[site]
    out = [
        f"{name} - {domain}",
        f"Reviews > {place}",
        "",
        f"{user} | {when}",
        "★" * stars + "☆" * (5 - stars) + f" ({stars}/5)",
        "",
        text.strip(),
    ]
    if helpful:
        out += ["", f"{helpful} people found this helpful · Report review"]
    if reply:
        out += ["", "Response from the owner:", reply.strip()]
    return "\n".join(out)


def social(
    platform: str,
    user: str,
    handle: str,
    when: str,
    text: str,
    *,
    stats: str = "",
    replies: tuple[tuple[str, str], ...] = (),
) -> str:
    out = [platform, f"{user} {handle} · {when}", "", text.strip()]
    if stats:
        out += ["", stats]
    for who, said in replies:
        out += ["", f"  ↳ {who}: {said}"]
    return "\n".join(out)


def facebook(
    group: str,
    author: str,
    when: str,
    text: str,
    *,
    comments: tuple[tuple[str, str], ...] = (),
    reactions: str = "",
) -> str:
    out = [f"Facebook · {group}", f"{author} · {when} · Members only", "", text.strip()]
    if reactions:
        out += ["", reactions]
    if comments:
        out += ["", "Most relevant comments"]
        for who, said in comments:
            out += [f"{who}", f"{said}", "Like · Reply", ""]
    return "\n".join(out)


BLOGS = {
    "rambles": (
        "Kingdom Rambles",
        "kingdomrambles.example",
        "Walks and wanderings in Fife, one pie at a time",
    ),
    "chalkdust": ("Chalk Dust and Tea", "chalkdustandtea.example", "A Scottish teacher's notes"),
    "fifemum": (
        "Fife Mum on a Budget",
        "fifemumonabudget.example",
        "Bairns, bills and the odd glass of wine",
    ),
    "heritage": (
        "Auchterbrae Heritage Society",
        "auchterbraeheritage.example",
        "Preserving the story of our town",
    ),
    "techblog": ("Kingdom Code", "kingdomcode.example", "Tech, coding and the Fife start-up scene"),
    "yarn": ("Twa Needles", "twaneedles.example", "Knitting, patterns and Shetland wool"),
    "politics": ("Fife Matters", "fifematters.example", "A local eye on Fife's politics"),
}


def blog(
    site: str,
    title: str,
    body: str,
    *,
    author: str,
    date: str,
    comments: tuple[tuple[str, str, str], ...] = (),
    tags: tuple[str, ...] = (),
) -> str:
    name, domain, strap = BLOGS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="site-title" href="https://{domain}/">{h(name)}</a><p class="strap">{h(strap)}</p>'
        '<nav><a href="#">Home</a> <a href="#">About</a> <a href="#">Archive</a> <a href="#">Contact</a></nav></header>',
        f'<main><article><h1>{h(title)}</h1><div class="meta">Posted by {h(author)} on {h(date)}</div>',
        _paras(body),
    ]
    if tags:
        out.append('<div class="tags">Tags: ' + ", ".join(h(t) for t in tags) + "</div>")
    out.append("</article>")
    if comments:
        out.append(f'<section class="comments"><h2>{len(comments)} thoughts on "{h(title)}"</h2>')
        for user, when, text in comments:
            out.append(
                f'<div class="comment"><b>{h(user)}</b> <i>{h(when)}</i><p>{h(text)}</p></div>'
            )
        out.append("</section>")
    out.append(
        f'<aside class="sidebar"><h3>Subscribe</h3><p>Get new posts by email.</p><h3>Archives</h3><ul><li>2025</li><li>2024</li></ul></aside></main><footer>&copy; {h(name)} · Powered by a wee bit of HTML</footer></body></html>'
    )
    return "\n".join(out)


# ---------------------------------------------------------------- documents

# ---- news: local paper, courts, council, trade press

add(
    "news",
    news(
        "advertiser",
        "Auchterbrae High pupils scoop Scottish Young Chemist award",
        """Three S5 pupils from Auchterbrae High School have been named winners of this year's Scottish Young Chemist competition after designing a low-cost test for nitrates in the Kilgarvie Burn.

Ellie Drummond, Kacper Nowicki and Ross Baird beat 42 teams from across the country at the final in Edinburgh last Thursday. Their kit, which uses a phone camera and a cheap colour card, came in at under three pounds a test.

Principal teacher of chemistry Tomasz Brzeziński, who mentored the team after school every Wednesday since August, said: "They did all the hard thinking themselves. I mostly kept the kettle on and reminded them to write things down. I'm very proud of them."

The team will now represent Scotland at the UK final in Birmingham in June. The school's Parent Council has launched a collection to help with travel costs.

Anyone wishing to contribute can contact the school office on 01632 960528.""",
        byline="By Moira Henderson",
        date="14 March 2025",
        section="News",
        comments=(
            (
                "kilgarvie_gran",
                "2 days ago",
                "Well done to the three of them. Mr B taught my grandson too, a lovely man.",
            ),
            ("Davie R", "2 days ago", "good to see some positive news about the town for once"),
            ("FifeLass82", "1 day ago", "Ellie's mum must be bursting! brilliant"),
        ),
        related=("Auchterbrae Gala Week dates confirmed", "New crossing for Station Road approved"),
    ),
    E("school", "exact", "neutral"),
    E("tbrzezinski", "exact", "neutral"),
)

add(
    "news",
    news(
        "fifenow",
        "Phone ban at Fife secondary sparks row with parents",
        """A Fife secondary school's decision to lock pupils' mobile phones in pouches for the whole school day has divided parents, with some threatening to keep children at home in protest.

Auchterbrae High School introduced the policy on Monday. Pupils from S1 to S4 now have to place phones in a magnetically sealed pouch at registration, which is unlocked at 3.25pm. S5 and S6 pupils may use phones in the senior common room.

Head teacher Heather McAllister said the change followed a survey of pupils and staff. "We had young people telling us they could not concentrate, and we had too many incidents of filming in corridors. This is about giving them six hours a day away from the noise," she said.

But some parents say they cannot contact their children in an emergency. One mother, who asked not to be named, said: "My daughter gets the bus from Balcurran. If that bus doesn't turn up, and it often doesn't, how is she meant to phone me?"

A Fife Council spokesperson said individual head teachers set mobile phone policies in line with national guidance, and that parents could always reach the school office.""",
        byline="Chris Laidlaw, Education reporter",
        date="3 September 2024",
        section="Schools",
        comments=(
            (
                "BraeDad",
                "3 Sep",
                "Absolute nonsense. The school cant even answer its own phone, never mind pass on a message from a parent.",
            ),
            ("Janice W", "3 Sep", "Good on them. My two are glued to those things."),
            (
                "truth_hurts_fife",
                "3 Sep",
                "McAllister wants tae watch herself walking oot tae that car park at night. Folk are raging.",
            ),
            (
                "Janice W",
                "3 Sep",
                "@truth_hurts_fife that is a disgusting thing to write about anybody, reported.",
            ),
            (
                "Sandy P",
                "4 Sep",
                "Auchterbrae High is a shambles, always has been. Pouches wont fix that.",
            ),
        ),
        related=(
            "Scottish Government publishes new mobile phone guidance",
            "Balcurran bus route 'under review'",
        ),
    ),
    E("school", "exact", "negative"),
    E("hmcallister", "exact", "threat"),
)

add(
    "news",
    news(
        "courant",
        "Kilgarvie man admits threatening depute head at school gates",
        """A Kilgarvie man has admitted shouting threats at a depute head teacher outside a Fife secondary school after his son was excluded.

Darren Kidd, 38, of Glebe View, Kilgarvie, pleaded guilty at the sheriff court to behaving in a threatening or abusive manner on Auchterbrae Road on 7 November last year.

The court heard that Kidd approached Donald MacLeod, depute head teacher at Auchterbrae High School, as pupils were leaving for the day. The fiscal depute said Kidd shouted that he would "batter" Mr MacLeod and "find out where he stays", in front of a number of children.

A janitor and two other members of staff intervened and police were called.

Defence solicitor Amy Ferrie said her client had been under "considerable stress" and had since written a letter of apology to the school.

Sentence was deferred for reports. A non-harassment order was also sought.""",
        byline="Court reporter",
        date="22 January 2025",
        section="Courts",
        related=(
            "Balcurran woman fined over dog attack",
            "Man jailed for Craigmyle housebreaking spree",
        ),
    ),
    E("school", "exact", "neutral"),
    E("dmacleod", "exact", "threat"),
)

add(
    "news",
    news(
        "schoolsweekly",
        "Inspectors praise Fife secondary's 'outstanding' pupil support",
        """Education Scotland inspectors have rated pupil support at Auchterbrae High School as "very good" and singled out its nurture base as an example of highly effective practice.

The inspection, carried out in February, graded learning, teaching and assessment as "good", and raising attainment and achievement as "satisfactory". Inspectors noted that attainment in National 5 mathematics had fallen over three years and asked the school to set out a plan to improve it.

The report praised the work of principal teacher of pupil support Alison Ross-Hamilton, whose team introduced a "key adult" for every S1 pupil with additional support needs. "Young people told us they always knew who to go to," the inspectors wrote.

Head teacher Heather McAllister said the report reflected "the hard work of a brilliant staff team and a really supportive community".

The school, which has a roll of 812, serves Auchterbrae and the surrounding villages of Kilgarvie, Balcurran and Craigmyle. Inspectors will not return to the school as part of this inspection.

Read the full report on the Education Scotland website.""",
        byline="Scottish Schools Weekly staff",
        date="28 April 2025",
        section="Inspection",
        related=(
            "How the new inspection framework will work",
            "Nurture bases: what the evidence says",
        ),
    ),
    E("school", "exact", "neutral"),
    E("arosshamilton", "exact", "neutral"),
    E("hmcallister", "exact", "neutral"),
)

add(
    "news",
    news(
        "advertiser",
        "Juniors edge Lochmuir in five-goal thriller",
        """Auchterbrae Juniors 3 Lochmuir Thistle 2

Fraser McKay was the hero at Brae Park on Saturday as his late double turned this East of Scotland derby on its head.

Lochmuir led 2-0 at half time through a Kieran Bell header and a penalty after Jamie Grant was adjudged to have hauled down their striker. Grant saw red ten minutes later for a second booking, and most of the 300-strong crowd expected a long afternoon.

Instead the ten men came roaring back. Dylan Reid pulled one back with a deflected effort on 61 minutes before McKay, who only came on at the break, levelled with a low drive and then won it in stoppage time, bundling in from a corner.

Manager Stevie Paterson said afterwards: "That's what this club's about. Nobody gave us a chance with ten men. Fraser was different class."

The Juniors are away to Craigmyle Rovers next week in the cup. Kick-off 2pm.""",
        byline="Sports desk",
        date="10 February 2025",
        section="Sport",
        comments=(
            ("Up the Brae", "10 Feb", "McKay's some boy. Get him signed up longer!"),
            (
                "lochmuir_lad",
                "10 Feb",
                "ref was shocking all day. Grant should've been off in the first ten minutes",
            ),
        ),
    ),
)

add(
    "news",
    news(
        "courant",
        "Balcurran man banned after drink-drive crash",
        """A Balcurran man who crashed his van into a garden wall while more than twice the legal drink-drive limit has been banned from the roads for 18 months.

James Grant, 47, of Mill Road, Balcurran, admitted driving with excess alcohol on the A915 on 30 December.

The court heard Grant told officers he had "only had a couple" at a family party. A breath test showed 52 microgrammes of alcohol in 100 millilitres of breath. The legal limit in Scotland is 22.

Grant, a self-employed plasterer, was also fined £720. His solicitor said he had lost work as a result and was "deeply embarrassed".""",
        byline="Court reporter",
        date="4 March 2025",
        section="Courts",
    ),
)

add(
    "news",
    news(
        "daily",
        "Teacher suspended over 'inappropriate' messages to pupil",
        """A teacher at a Fife secondary school has been suspended while police investigate claims that they sent inappropriate private messages to a pupil.

Fife Council confirmed that a member of staff at Auchterbrae High School had been "removed from the school pending investigation" after a parent raised concerns last week.

The messages are understood to have been sent over a social media app and to have continued over several months. The pupil is in S3.

A letter sent to parents on Friday said the school was "working closely with police and social work" and asked families not to speculate online.

Police Scotland said: "We received a report of concern regarding communications with a child in the Auchterbrae area. Enquiries are ongoing." No one has been charged.""",
        byline="Scotland Daily reporter",
        date="17 May 2025",
        section="Scotland",
        related=(
            "Children's commissioner calls for tighter rules on teacher social media",
            "Fife school budgets: what the cuts mean",
        ),
    ),
    E("school", "exact", "sexual", url_only=True),
)

add(
    "news",
    news(
        "fifenow",
        "Janitor denies stealing tools from school workshop",
        """A school janitor has denied stealing power tools and a laptop from the technical department of the Fife secondary where he works.

William Paterson, 58, of Main Street, Auchterbrae, pleaded not guilty at the sheriff court to stealing items worth around £2,400 from Auchterbrae High School between August and October last year.

A trial was set for September. Paterson, who has worked at the school for more than twenty years, was not required to attend.

Fife Council said it could not comment on an ongoing legal case.""",
        byline="Court reporter",
        date="11 June 2025",
        section="Crime",
        comments=(
            (
                "brae born",
                "11 Jun",
                "No way. Billy's been there since I was at the school. Innocent till proven guilty folks.",
            ),
            ("FifeWatcher", "11 Jun", "there's always more to these things than gets in the paper"),
        ),
    ),
    E("school", "exact", "neutral"),
    E("wpaterson", "exact", "defamation"),
)

add(
    "news",
    news(
        "council",
        "Community grants: awards approved for 2025/26",
        """The Central Fife Area Committee has approved the following awards from the Community Recovery Fund for 2025/26.

Auchterbrae Men's Shed: £4,500 towards a new workshop roof. The grant will allow the shed to reopen its woodwork space over the winter months.

Kilgarvie Community Garden: £2,200 for raised beds and accessible paths.

Balcurran Bowling Club: £1,800 towards replacement of the clubhouse boiler.

Craigmyle Gala Committee: £3,000 for gala day 2025, subject to a satisfactory events risk assessment.

Auchterbrae Primary School Parent Council: £950 for a sensory garden.

Members noted that demand for grants this year exceeded the fund by more than £60,000. Councillor Gordon Wallace asked officers to report back on whether unspent ward budgets could be redirected. The convener agreed.

Applications for the next round open on 1 October. Guidance is available from the Local Community Planning team.""",
        section="Committees",
    ),
)

add(
    "news",
    news(
        "advertiser",
        "Lochmuir Academy celebrates record prize-giving",
        """More than 200 awards were handed out at Lochmuir Academy's annual prize-giving in the town hall on Thursday evening.

Dux of the school was Amelia Khan, who is heading to St Andrews to study medicine. Proxime accessit went to Callum Reid.

Rector Fiona MacLeod thanked parents, staff and the school's partners. "This has been a year of real achievement in the classroom, on the pitch and on the stage," she said.

Guest speaker was former pupil and BBC Scotland presenter Gail Munro, who told pupils not to panic if they did not yet know what they wanted to do. "I changed my mind four times and I'm still not sure," she said.

The school's senior choir, conducted by Mr Sandy Grant, performed a medley of Scottish songs to close the evening.""",
        byline="Moira Henderson",
        date="20 June 2025",
        section="News",
    ),
)

add(
    "news",
    news(
        "schoolsweekly",
        "West Lothian secondary told to improve after critical inspection",
        """Auchtermuir High School in West Lothian has been told it must improve after inspectors found weaknesses in leadership and in the way attendance is tracked.

The Education Scotland report graded leadership of change and raising attainment as "weak". Inspectors said senior leaders had "not yet established a shared vision" and that too many young people in S3 and S4 were missing significant amounts of learning.

Head teacher Paul Reid, appointed in January, said he accepted the findings in full. "We know what we have to do, and the work has already started."

Inspectors will return within a year. West Lothian Council said it would provide additional support from its central team.""",
        byline="Scottish Schools Weekly staff",
        date="6 May 2025",
        section="Inspection",
    ),
)

add(
    "news",
    news(
        "fifenow",
        "Parents fury as school bus from Kilgarvie axed",
        """Dozens of pupils from Kilgarvie face a 40-minute walk or a public bus after Fife Council confirmed it will withdraw a dedicated school service from August.

The 26-seat bus currently takes pupils to Auchterbrae High. Under council rules, free transport is only provided where a pupil lives more than three miles from school. Most Kilgarvie homes fall just short.

Parent Lorna Baird said the walking route included a stretch of the B-road with no pavement. "They're telling us it's safe. I'd like to see a councillor walk it in January in the dark with a PE bag," she said.

A council spokesperson said the route had been assessed and the decision would save £38,000 a year.

Local councillor Iain MacLeod said he would raise it at the next area committee.""",
        byline="Chris Laidlaw",
        date="12 March 2025",
        section="Your Area",
        comments=(
            (
                "KilgarvieMum",
                "12 Mar",
                "typical fife council, cut cut cut and the bairns pay for it",
            ),
            (
                "A. Ritchie",
                "12 Mar",
                "When I was at the school we walked it every day. Builds character.",
            ),
            (
                "A. Ritchie's daughter",
                "13 Mar",
                "dad there was a pavement back then and a lollipop man",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "advertiser",
        "Brae High footballers through to Scottish Schools Cup last eight",
        """Auchterbrae's S2 footballers are into the quarter-finals of the Scottish Schools Cup for the first time after a 4-1 win away at Kelso High.

Goals from Aidan Forbes (2), Luca Ferrie and a Kyle Lumsden penalty saw off the Borders side on a bobbly pitch in a swirling wind.

Principal teacher of PE Mr Grant, who has coached the group since S1, said: "The boys were brilliant, and a lot of credit goes to the parents who drove them down at seven in the morning."

The draw for the quarter-finals takes place next week. The team are fundraising for a new kit with a bag-pack at the Co-op on Saturday.""",
        byline="Sports desk",
        date="26 November 2024",
        section="Sport",
    ),
    E("school", "alias", "neutral"),
    E("sgrant", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "courant",
        "Tributes paid to former Auchterbrae rector, 91",
        """Tributes have been paid to John Laidlaw, who was rector of Auchterbrae Academy and then the first head teacher of the new Auchterbrae High School when it opened in 1972.

Mr Laidlaw, who died peacefully at Craigmyle House care home on Sunday, taught Latin and classics before becoming rector in 1966. He oversaw the move to the new comprehensive building on Auchterbrae Road and retired in 1989.

Current head teacher Heather McAllister said: "Mr Laidlaw's name still comes up whenever former pupils visit. He believed every young person in this town deserved the chance to go as far as they could."

He is survived by his daughter, two grandchildren and a great-grandson. The funeral will be held at Auchterbrae Parish Church on Friday at 11am.""",
        byline="Moira Henderson",
        date="8 October 2024",
        section="Family Notices",
    ),
    E("school", "exact", "neutral"),
    E("hmcallister", "exact", "neutral"),
)

add(
    "news",
    news(
        "daily",
        "Sectarian graffiti daubed on Fife school fence",
        """Police are investigating after sectarian graffiti was sprayed on the perimeter fence of a Fife secondary school over the weekend.

The slogans, which included anti-Catholic slurs and references to the school's Polish and Italian families, were discovered by staff at Auchterbrae High School on Monday morning. They were painted over before pupils arrived.

Head teacher Mrs McAllister wrote to parents: "There is no place for hatred of any kind in our school or our town. We are a community of many faiths and backgrounds and we are proud of it."

Police Scotland said the incident was being treated as a hate crime and asked anyone who saw people near the school's back gate late on Saturday to contact them.""",
        byline="Scotland Daily reporter",
        date="2 December 2024",
        section="Scotland",
        comments=(
            ("NoToBigotry", "2 Dec", "Disgraceful. Hope they get caught."),
            ("fifer1970", "2 Dec", "Some folk in this country never grow up."),
        ),
    ),
    E("school", "exact", "hate"),
    E("hmcallister", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "fifenow",
        "Music tuition cuts 'will hit poorest pupils', Fife teachers warn",
        """Music teachers in Fife have warned that plans to charge for instrumental tuition will shut out children from low-income families.

Under budget proposals, families would pay up to £250 a year for lessons from September, with exemptions for those receiving free school meals.

Elizabeth Reid, who teaches music at Auchterbrae High School, said her school's traditional music group had grown from six pupils to 31 in three years. "Most of those kids would never have picked up a fiddle if it cost their parents money. The exemption line is too low - it misses the families who are just above it."

The council said it faced a £29 million gap and that no decisions had been taken.""",
        byline="Chris Laidlaw",
        date="15 January 2025",
        section="Schools",
        comments=(
            ("PipeMajor", "15 Jan", "Liz is right. Cut this and you lose it for a generation."),
            (
                "pennywise",
                "15 Jan",
                "Why should taxpayers fund fiddle lessons when the roads are falling apart",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
    E("ereid", "exact", "neutral"),
)

add(
    "news",
    news(
        "courant",
        "Teacher found not guilty of assaulting pupil",
        """A Fife English teacher has been found not guilty of assaulting a 14-year-old pupil in her classroom.

Katherine Wallace, 44, who teaches at Auchterbrae High School, had denied grabbing the boy by the arm and pushing him against a door in March last year.

The sheriff said the evidence of the boy and two classmates was "inconsistent on critical points" and that CCTV from the corridor did not support their account.

Outside court, Mrs Wallace's solicitor said she was "relieved" and looked forward to returning to the classroom. Fife Council said it would now conclude its own internal process.""",
        byline="Court reporter",
        date="19 February 2025",
        section="Courts",
        comments=(
            (
                "former_pupil_2009",
                "19 Feb",
                "Kate Wallace was the best English teacher I ever had. Glad this is over for her.",
            ),
            ("A parent", "19 Feb", "not guilty isnt the same as innocent"),
        ),
    ),
    E("school", "exact", "neutral"),
    E("kwallace", "exact", "defamation"),
)

add(
    "news",
    news(
        "schoolsweekly",
        "'Let them break things': a computing teacher on teaching code",
        """Fraser Mackay has a rule in his classroom: nothing gets fixed by the teacher. Pupils at Auchterbrae High School in Fife who ask him to debug their code are handed a rubber duck and told to explain the problem to it first.

"Half the time they solve it halfway through the sentence," he says. "The other half, at least they've worked out what they're asking."

Mackay, 34, came into teaching after eight years as a software tester in Dundee. He now runs the only Advanced Higher Computing Science class in his area, as well as a lunchtime club where S1s build games for the school's nurture base.

He is blunt about the shortage of computing teachers. Nearly one in five Scottish secondaries has no specialist at all, and he regularly teaches pupils from other schools over video link.

"I'd love to say it's about money, but it's also that we've never explained to people in tech that teaching is a job you could actually do," he says. "Come and see. Bring your own duck."

His club's latest game, a puzzle adventure set in a version of Auchterbrae where the Co-op is run by seagulls, has been downloaded more than 3,000 times.""",
        byline="Interview by Rachel Tait",
        date="9 October 2024",
        section="Leadership",
    ),
    E("school", "exact", "neutral"),
    E("fmackay", "exact", "neutral"),
)

add(
    "news",
    news(
        "fifenow",
        "Police probe online threats against Fife head teacher",
        """Police are investigating after a series of threatening messages about a Fife head teacher were posted on social media.

The posts, which appeared on several accounts over the weekend, named Auchterbrae High School head teacher Heather McAllister and included references to her car and where she parks. Officers said they were treating them "extremely seriously".

One post, seen by Fife Now, said she would "get what's coming" over the school's new phone policy.

Fife Council said it was supporting Mrs McAllister and the school community. "Threatening behaviour of any kind towards our staff will not be tolerated," a spokesperson said.""",
        byline="Chris Laidlaw",
        date="9 September 2024",
        section="Crime",
    ),
    E("school", "exact", "neutral"),
    E("hmcallister", "exact", "threat"),
)

add(
    "news",
    news(
        "council",
        "Licensing Board - minutes of meeting, 14 November 2024",
        """Present: Councillor Donald McLeod (Convener), Councillors Brannigan, Ferrie, Kaur, Lumsden and Wallace.

In attendance: Clerk to the Board; Licensing Standards Officer; Police Scotland (Inspector A. Baird).

1. Declarations of interest. Councillor Wallace declared a non-financial interest in item 4 as a member of Balcurran Bowling Club and left the meeting for that item.

2. Minute of previous meeting. The minute of the meeting of 10 October 2024 was approved.

3. Premises licence variation - Co-operative Food, 12-16 High Street, Auchterbrae. The Board considered an application to extend off-sales hours on Sundays. Police Scotland raised no objection. One letter of objection was received from a resident of Auchterbrae Road regarding noise and litter. The Convener, Councillor McLeod, noted the premises had a good compliance record. Decision: granted.

4. Occasional licence - Balcurran Bowling Club open day. Decision: granted.

5. Personal licence - review hearing (private). The Board agreed to exclude the press and public under the relevant paragraphs of the Local Government (Scotland) Act 1973.

The meeting closed at 11.42am.""",
        section="Committees",
    ),
)

add(
    "news",
    news(
        "advertiser",
        "Letters: Playing fields are a disgrace",
        """Sir, - I write as a parent and a former pupil regarding the state of the playing fields at Auchterbrae High.

Half the main pitch has been under water since October. The running track has more weeds than lanes. My son came home from PE on Tuesday with his trainers full of mud and a bruise from a divot you could lose a cat in.

I understand money is tight. But Kelso and Lochmuir both have 3G pitches now. Our children are being left behind and the school seems to have given up asking.

I should say the PE department, led by Mr Grant, has done its best with what it has, and the lads' cup run this season shows what they could achieve with proper facilities.

Yours etc,
Graham Forbes, Kilgarvie

Sir, - Why is it that every year the Gala Week fireworks get louder? My dog spent the whole night under the bed.

Yours etc,
Irene Bell, Auchterbrae""",
        section="Letters",
        date="5 December 2024",
    ),
    E("school", "alias", "negative"),
    E("sgrant", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "council",
        "Education Scrutiny Committee - minutes of meeting held on 27 February 2025",
        """Minutes of the meeting of the Education Scrutiny Committee held in the Council Chamber, Fife House, and by video conference, on Thursday 27 February 2025 at 10.00am.

Present: Councillors Aileen Brannigan (Convener), Iain MacLeod (Vice-Convener), Gordon Wallace, Harjit Kaur, Tom Lumsden, Rosemary Ferrie, Peter Doig and Sean Haddow. Religious representatives: Rev. Catherine Bain, Mr Michael Devlin. Parent representative: Mrs Elaine Moffat.

Attending: Executive Director, Education; Head of Education Services (Secondary); Service Manager, Estates; Finance Business Partner; Committee Officer.

Also attending for item 6: Mr D. MacLeod, Depute Head Teacher, Auchterbrae High School; Ms K. Orr, Head Teacher, Balcurran Primary School.

1. Apologies for absence. Apologies were received from Councillor Fiona Grant.

2. Declarations of interest. Councillor Kaur declared a non-financial interest in item 5 as a member of the board of a local youth charity. Councillor Wallace declared a non-financial interest in item 6 as a grandparent of a pupil at a school in the Auchterbrae cluster, and remained in the meeting having considered the objective test.

3. Minute of previous meeting. The minute of the meeting of 12 December 2024 was agreed as a correct record, subject to the correction of a typographical error in paragraph 44, where "Craigmyle" had been misspelled.

4. Revenue monitoring: projected outturn 2024/25. The committee considered a report by the Executive Director, Education, on the projected revenue outturn for 2024/25 for areas within the committee's remit. The report projected an overspend of £3.1 million, mainly arising from additional support for learning, home-to-school transport and the cost of teacher pay awards not fully funded by the Scottish Government. The Finance Business Partner advised that transport costs had risen by 14 per cent following the retendering of contracts in the Levenmouth and Central Fife areas. In response to a question from Councillor Doig, officers confirmed that no savings from the withdrawal of the Kilgarvie school bus had yet been realised, as the change would take effect from August. Councillor MacLeod asked that the committee receive a further report on the safety assessment of the Kilgarvie walking route. Decision: the committee (a) noted the projected overspend; (b) noted the management actions described in section 3; and (c) agreed to receive a report on the Kilgarvie walking route assessment at its next meeting.

5. Attendance and engagement in secondary schools. The committee considered a report on attendance in secondary schools for session 2023/24 and the first term of 2024/25. Overall attendance had fallen from 91.2 per cent before the pandemic to 87.9 per cent, with the largest fall among pupils living in the most deprived areas. The Head of Education Services described the family-support pilot operating in four secondaries, which allocated a named key worker to families of pupils with attendance below 80 per cent. Members welcomed the early results. Councillor Haddow asked whether attendance data could be broken down by year group and by reason for absence; officers agreed to provide this. Mrs Moffat commented that many parents were not aware of the support available and asked that the council publicise it through parent councils. Decision: the committee noted the report and agreed that an update be provided in six months.

6. Secondary school estate: condition surveys and roll projections, Central Fife. The committee considered a report by the Service Manager, Estates, on the condition of the secondary school estate in Central Fife and on projected school rolls to 2032. The report confirmed that the investigation of reinforced autoclaved aerated concrete (RAAC) at Auchterbrae High School had been completed over the October break and that no RAAC had been found in the main teaching block. A small area of roof panels in the 1972 games hall annexe had been confirmed as RAAC and was being managed under the council's monitoring regime, with the annexe closed to pupils pending remedial works scheduled for summer 2025.

Mr MacLeod, speaking on behalf of the head teacher, described the practical effect of the annexe closure on the school's physical education and examination arrangements. SQA examinations had been relocated to the library and the assembly hall. He thanked the janitorial team and the estates officers for their work over the October break and said that communication with parents had been good. In response to a question from Councillor Lumsden, Mr MacLeod said that the school's roll was currently 812 and that S1 intake for August 2025 was projected at 168, the largest for ten years, owing to new housing at Craigmyle Mains.

Ms Orr described the pressure on Balcurran Primary School, where two composite classes had been created to manage the current intake.

The Service Manager, Estates, advised that roll projections for the Auchterbrae cluster suggested that the high school would exceed its planning capacity of 900 by 2029. Options included an extension to the teaching block, the use of modular accommodation, or a review of catchment boundaries with neighbouring schools, including Lochmuir Academy. Councillor Ferrie cautioned against catchment changes, which she said would be "deeply unpopular" in Kilgarvie. Councillor Wallace said that the community had been promised a new games hall for over a decade and asked that this form part of any option appraisal. Councillor Kaur asked about developer contributions from the Craigmyle Mains site; officers confirmed that £1.4 million had been secured under the relevant planning agreement, payable in phases.

Decision: the committee (a) noted the outcome of the RAAC investigation and the arrangements in place; (b) thanked the staff of Auchterbrae High School and Balcurran Primary School for their contribution; (c) instructed officers to undertake an option appraisal for additional secondary capacity in the Auchterbrae cluster and report back by December 2025; and (d) agreed that any proposal to change catchment boundaries would be subject to full statutory consultation.

7. Education Scotland inspection reports. The committee noted the inspection reports published since the last meeting, in respect of Kinglassie Road Nursery, St Bride's Primary School and Auchtermuir Community Centre (community learning and development). Members welcomed the positive findings.

8. Date of next meeting. Thursday 22 May 2025 at 10.00am.

The meeting closed at 12.57pm.""",
        section="Committees",
    ),
    E("school", "exact", "neutral"),
    E("dmacleod", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "advertiser",
        "Gala Week 2025: your full guide to nine days of fun",
        """It's back. After last year's washout Saturday, the Auchterbrae Gala Committee is promising "the biggest and, hopefully, the driest" Gala Week yet. Here is everything you need to know, day by day.

Saturday 21 June - Opening day. The week kicks off at 10am with the crowning of this year's Gala Queen, Skye Lumsden of Auchterbrae Primary, on the steps of the town hall. The procession leaves the Co-op car park at 11am and makes its way down the High Street, along Station Road and into Brae Park. Floats this year include the Men's Shed's "Titanic" (yes, again), the Kilgarvie Rural, the Juniors, and the Brownies' take on a Highland cow. Pipe music will be provided by the Auchterbrae High pipe band, who this year are joined by former pupils home from university. The funfair opens in the park at noon.

Sunday 22 June - Kirking of the Gala Queen, Auchterbrae Parish Church, 11am. All welcome. Teas in the church hall afterwards, with the famous tablet stall. In the afternoon there is a duck race on the Kilgarvie Burn, starting at the footbridge at 2pm. Ducks are £2 each from Reid's Newsagents and the chemist.

Monday 23 June - Bairns' sports day in Brae Park from 1pm, with egg and spoon, sack and three-legged races for all ages. Please note there is no dog show this year as the judge has retired; the committee is looking for a volunteer for 2026.

Tuesday 24 June - Quiz night in the Auchterbrae Arms, 7.30pm. Teams of up to six, £10 per team. Last year's winners, "Quizteama Aguilera", are defending their title and, we're told, have been practising.

Wednesday 25 June - Seniors' lunch in the town hall, 12.30pm, with entertainment from the Craigmyle Ceilidh Band. Tickets are free but must be collected in advance from the library. Transport can be arranged for those in Balcurran and Kilgarvie - contact the committee.

Thursday 26 June - The tug-of-war returns. Teams from local businesses, clubs and the fire station will go head to head in Brae Park from 6.30pm. As ever the contest will be refereed by Billy Paterson, the jannie at the high school, who has done the job for nineteen years and says he has "never once been bribed successfully". Entry forms from the committee's Facebook page.

Friday 27 June - Family disco in the town hall, 6pm to 8.30pm, followed by the adult disco from 9pm until late. Over-18s only for the late session, ID will be checked.

Saturday 28 June - Fancy dress parade and the big day in the park. The parade assembles at the bowling club at 12.30pm. Prizes for the best individual, best group and best pet costume. Stalls, a bouncy castle, the climbing wall, pony rides and a hog roast from Grant's Butchers will be in the park all afternoon. At 4pm there is the five-a-side final.

Sunday 29 June - Closing ceremony and fireworks at Brae Park. Gates open 9pm, fireworks at 10.30pm. Please leave pets at home. The committee thanks Fife Council for the use of the park and its sponsors, including Pacitti's Fish Bar, Auchterbrae Taxis and Kingdom Schoolwear.

Volunteers. The Gala cannot run without volunteers. We are especially short of stewards for the procession and the fireworks. If you can give a couple of hours, please message the committee or speak to any committee member. You do not need any experience, just a hi-vis and a smile.

Parking. There will be no parking on the High Street on Saturday 21 June from 9am to 1pm. Please use the Co-op car park (by kind permission) or the overflow at the golf club.

Weather. If the weather is bad, check the Gala Facebook page for updates before setting off. Sports day and the tug-of-war can be moved to the games hall only if it has reopened by then, which we are told is unlikely.

The committee's chair, Morag Inglis, said: "Gala Week belongs to the whole town. Come along, bring your neighbours, and buy a duck.\"""",
        byline="Advertiser reporter",
        date="12 June 2025",
        section="Gala Week",
        comments=(
            ("duckrace_legend", "12 Jun", "Reid's have sold out of ducks already!"),
            (
                "Kilgarvie Rural",
                "13 Jun",
                "Highland cow float is going to be amazing this year, watch this space",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("wpaterson", "nickname", "neutral"),
)

# ---- forums: parent boards, threadit, KingdomTalk, StudyScot

add(
    "forum",
    forum(
        "parentchat",
        "Secondary education",
        "Starting S1 at Auchterbrae High in August - how did your kids find it?",
        (
            (
                "nervousmum_fife",
                "Posted 2 May 2025",
                "My daughter is going up from Balcurran Primary and she's a bag of nerves. She's autistic and the noise in the corridors is her big worry. Anyone had experience of the transition? Did they get enough support?",
            ),
            (
                "KilgarvieKaren",
                "2 May 2025",
                "Mine went up two years ago with similar worries and honestly I couldn't fault them. Mrs Ross-Hamilton the guidance teacher phoned me before the summer holidays, they did extra visits in June and he got a wee pass to leave classes five minutes early to miss the crush. He's in S3 now and doing great.",
            ),
            (
                "nervousmum_fife",
                "2 May 2025",
                "Oh that's so reassuring thank you. Did he have a named person he could go to?",
            ),
            (
                "KilgarvieKaren",
                "2 May 2025",
                "Yes, a key adult in the nurture base. Ask about it at the P7 visit.",
            ),
            (
                "dad_of_3",
                "3 May 2025",
                "Only thing I'd say is push for the transition meeting early, the S1 intake is massive this year so they're stretched. But the staff are good people.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("arosshamilton", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Fife",
        "Auchterbrae High needs burnt tae the ground",
        (
            (
                "u/raging_fifer",
                "4h",
                "third time this year they've excluded my boy for nothing. Auchterbrae High needs burnt tae the ground wi the heidie still inside it. somebody will do it one day and ill be stood there wi the marshmallows",
            ),
            ("u/kirkcaldy_kev", "4h", "mate wtf. get a grip"),
            ("u/lochmuir_lass", "3h", "reported. you can be angry about an exclusion without this"),
            ("u/raging_fifer", "3h", "naebody listens otherwise"),
            (
                "u/modbot_fife",
                "2h",
                "This post has been locked. Threats of violence are not allowed in r/Fife.",
            ),
        ),
    ),
    E("school", "alias", "threat"),
)

add(
    "forum",
    forum(
        "kingdomtalk",
        "Education",
        "Maths prelims - anyone else's kid absolutely hammered?",
        (
            (
                "BraeMum2",
                "Posted 29 Jan 2025",
                "My son got a D in his N5 maths prelim at Auchterbrae. He was getting Bs all year in class tests. Half his class apparently failed. Is this normal?? Feels like they made the paper harder than the real thing.",
            ),
            (
                "numbers_guy",
                "29 Jan 2025",
                "Prelims are often marked harder on purpose so they don't get complacent. Don't panic yet.",
            ),
            ("BraeMum2", "29 Jan 2025", "Aye but if the estimate goes to SQA on the back of this?"),
            (
                "anon_fifer",
                "30 Jan 2025",
                "Not being funny but Pacitti's been fiddling the prelim grades for years. The rugby boys and the kids of his pals get bumped up, everybody else gets hammered. Ask anyone.",
            ),
            (
                "numbers_guy",
                "30 Jan 2025",
                "That's a pretty serious thing to say on a public forum with no evidence mate.",
            ),
            (
                "BraeMum2",
                "30 Jan 2025",
                "I don't want to start anything like that. I just want to know why the whole class did so badly. The school should have told parents before results went home.",
            ),
            (
                "ex_teacher_fife",
                "31 Jan 2025",
                "Speaking as someone who marked prelims for 20 years: ask for the marked paper back and sit down with it. If the whole class underperformed the department will already be looking at it.",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("rpacitti", "surname_only", "defamation"),
)

add(
    "forum",
    forum(
        "studyscot",
        "Higher Chemistry",
        "Higher Chem at AHS - what's the teacher like?",
        (
            (
                "kacper_s4",
                "Posted 10 Apr 2025",
                "Picking subjects for S5. Thinking Higher Chem at AHS (Auchterbrae). Is Mr Brzezinski (sp?) any good? My pal says he's strict.",
            ),
            (
                "chemistry_nerd",
                "10 Apr 2025",
                "he's strict about lab safety and homework but he's the best teacher in the school imo. explains things three different ways until you get it",
            ),
            (
                "s6_survivor",
                "11 Apr 2025",
                "Mr B is sound. Do the past papers he gives you and you'll be fine. Don't forget your goggles or he'll give you the look",
            ),
            ("kacper_s4", "11 Apr 2025", "haha ok cheers"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("tbrzezinski", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "parentchat",
        "Bullying",
        "Guidance 'losing' bullying reports before the inspection?",
        (
            (
                "worried_in_kilgarvie",
                "Posted 16 Mar 2025",
                "I reported my daughter being bullied four times between October and January. Yesterday I asked for copies of the records and was told there's only one. I've got the emails. I'm not the only one either - two other mums at the school gate said the same.",
            ),
            (
                "worried_in_kilgarvie",
                "16 Mar 2025",
                "I'm convinced Ross-Hamilton shredded them so the figures looked better for the inspectors in February. The timing is too convenient.",
            ),
            (
                "FifeDadof2",
                "16 Mar 2025",
                "That's awful. Have you put a formal complaint in to the council? Go above the school.",
            ),
            (
                "calm_down_folks",
                "17 Mar 2025",
                "Genuinely, there might be a boring explanation like a system change. Don't accuse a named person of destroying records on here.",
            ),
            (
                "worried_in_kilgarvie",
                "17 Mar 2025",
                "I've had enough boring explanations. The whole place is more interested in how it looks than in the kids.",
            ),
        ),
    ),
    E("arosshamilton", "surname_only", "defamation"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/ScottishFootball",
        "the state of some folk in this country",
        (
            (
                "u/bluenose_no_surrender",
                "1d",
                "maths teacher at auchterbrae high is a tim, Pacitti, aye the name gives it away. nae wonder the catholic kids get the good grades. they papes stick together",
            ),
            ("u/neutral_observer", "1d", "this is pure sectarian garbage and you know it"),
            ("u/kingdom_bhoy", "1d", "imagine typing this in 2025. reported"),
            ("u/bluenose_no_surrender", "1d", "truth hurts"),
            ("u/modteam", "22h", "Removed: rule 1, no sectarianism or hate speech. User banned."),
        ),
    ),
    E("school", "alias", "neutral"),
    E("rpacitti", "surname_only", "hate"),
)

add(
    "forum",
    forum(
        "kingdomtalk",
        "Education",
        "St Columba's High - new maths teacher?",
        (
            (
                "bridie_mum",
                "Posted 8 Sep 2024",
                "Anyone know anything about the new maths teacher at St Columba's, Mr Reid? My son says he's nice but fast.",
            ),
            (
                "stcolumbas_dad",
                "8 Sep 2024",
                "He came from a school in Glasgow I think. Young guy. My daughter likes him.",
            ),
            ("bridie_mum", "9 Sep 2024", "Thanks, I'll give it a few weeks."),
        ),
    ),
)

add(
    "forum",
    forum(
        "studyscot",
        "Off topic",
        "is it just me or",
        (
            (
                "throwaway_s5_ahs",
                "Posted 3 Feb 2025",
                "is it just me or does mr brzeziński always keep the s3 girls back after chemistry with the door shut. like every week. the boys get sent out. make of that what you will",
            ),
            (
                "chemistry_nerd",
                "3 Feb 2025",
                "that's a serious thing to imply about someone. if you actually think something is wrong tell guidance, dont post it here",
            ),
            (
                "s6_survivor",
                "3 Feb 2025",
                "he keeps people back to finish practicals, boys included, i was one of them. this is how rumours start",
            ),
            ("throwaway_s5_ahs", "3 Feb 2025", "just saying what i see at auchterbrae"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("tbrzezinski", "title_surname", "sexual", url_only=True),
)

add(
    "forum",
    forum(
        "parentchat",
        "Secondary education",
        "English folio lost - teacher won't reply",
        (
            (
                "fumingfifemum",
                "Posted 20 Feb 2025",
                "My son's N5 English folio has apparently been 'misplaced' by his teacher Mrs Wallace. It's worth a chunk of his grade. I've emailed three times and the school office keeps saying she'll get back to me. Auchterbrae High are not answering anything.",
            ),
            (
                "fumingfifemum",
                "20 Feb 2025",
                "Her mobile is 07700 900412 (she put it on the parents' night sign-up sheet last year). Maybe if a few of us text her she'll actually deal with it.",
            ),
            (
                "ParentChat_Mod",
                "20 Feb 2025",
                "We've edited nothing yet but please don't share personal phone numbers of named individuals, this breaks our guidelines. The post will be reviewed.",
            ),
            (
                "sensible_sue",
                "20 Feb 2025",
                "I get you're frustrated but please delete that number. Go to the depute or the council.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("kwallace", "title_surname", "doxxing"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/ScottishTeachers",
        "Workload this term is unreal - how are your SLTs handling it?",
        (
            (
                "u/probationer_panic",
                "6h",
                "First year in a secondary in Edinburgh and I'm drowning. 22 periods a week plus reports plus tracking. Is it this bad everywhere?",
            ),
            (
                "u/ahs_english_dept",
                "5h",
                "I'm at AHS (Fife). It's bad but our HT Heather actually protects us a bit - no emails after 6, tracking only twice a year, and she covers classes herself when we're short. Makes a difference. Find the good SLTs and stick to them.",
            ),
            ("u/glasgow_pt_maths", "5h", "lucky you. ours wants a data drop every 3 weeks"),
            ("u/probationer_panic", "4h", "that no emails after 6 thing sounds like heaven"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("hmcallister", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "kingdomtalk",
        "Auchterbrae and District",
        "Depute at the High - what's the real story?",
        (
            (
                "brae_lifer",
                "Posted 5 Nov 2024",
                "Everybody's talking about that Donnie MacLeod at the high school again after the stooshie at the gates. Did nobody else hear what happened in 2019? He grabbed a S2 boy by the neck in the corridor and it was hushed up by the school. The family got moved to Lochmuir Academy and told to keep quiet.",
            ),
            ("brae_lifer", "5 Nov 2024", "Auchterbrae High covers up for its own, always has."),
            (
                "KilgarvieJim",
                "5 Nov 2024",
                "Source? I had two at the school in 2019 and never heard a word of this.",
            ),
            ("brae_lifer", "5 Nov 2024", "ask around"),
            (
                "KingdomTalk_Admin",
                "6 Nov 2024",
                "Thread locked. We can't host unverified allegations of crimes against named people.",
            ),
        ),
    ),
    E("school", "alias", "defamation"),
    E("dmacleod", "nickname", "defamation"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/television",
        "AHS new season announced",
        (
            (
                "u/horrorhound",
                "2d",
                "AHS season 13 confirmed!! Hoping they go back to the Asylum vibe, the last two were weak",
            ),
            ("u/kat_in_leith", "2d", "Coven is still peak AHS, fight me"),
            ("u/horrorhound", "2d", "Coven had the best cast but Asylum had the best story"),
            ("u/lurker99", "1d", "is anyone still watching AHS in 2025 lol"),
        ),
    ),
)

add(
    "forum",
    forum(
        "studyscot",
        "Computing Science",
        "Advanced Higher Computing project - coding club help",
        (
            (
                "ahs_s6_dev",
                "Posted 14 Nov 2024",
                "Doing my AH project on pathfinding for the game we built in coding club. Mr McKay says I need to justify why A* over Dijkstra. Any good sources?",
            ),
            (
                "pathfinder",
                "14 Nov 2024",
                "Red Blob Games has the best explanation. Compare node expansions on your actual maps and put a graph in.",
            ),
            ("ahs_s6_dev", "15 Nov 2024", "cheers, that's perfect. Auchterbrae HS represent"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("fmackay", "typo", "neutral"),
)

add(
    "forum",
    forum(
        "kingdomtalk",
        "Auchterbrae and District",
        "PE teacher - anyone know where he stays?",
        (
            (
                "sick_of_it_fife",
                "Posted 11 Mar 2025",
                "the PE teacher at Auchterbrae High made my son do the cross country in the snow and he's been off wi a chest infection a fortnight. Grant lives on Station Road, the white house wi the red door next tae the Spar, silver Octavia in the drive. I'll be going round to have a word.",
            ),
            (
                "KilgarvieJim",
                "11 Mar 2025",
                "Delete the address man. Complain to the school like a normal person.",
            ),
            (
                "KingdomTalk_Admin",
                "11 Mar 2025",
                "Post edited by moderator: personal details removed. Warning issued.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("sgrant", "surname_only", "doxxing"),
)

add(
    "forum",
    forum(
        "parentchat",
        "Special educational needs",
        "Guidance teacher mocking my son's hearing",
        (
            (
                "angry_gran_fife",
                "Posted 25 Jan 2025",
                "My grandson has a hearing impairment and the guidance teacher at Auchterbrae, Mrs Ross-Hamilton, wears hearing aids herself. You'd think she'd understand. Instead she's useless.",
            ),
            (
                "angry_gran_fife",
                "25 Jan 2025",
                "Folk that are half deaf and disabled shouldnae be put in charge of other people's bairns. Retire her on the sick and get somebody normal.",
            ),
            (
                "SENCo_retired",
                "25 Jan 2025",
                "I'm sorry your grandson is struggling, but attacking a member of staff for her own disability is not acceptable and not fair.",
            ),
            (
                "ParentChat_Mod",
                "26 Jan 2025",
                "This thread has been edited for breaching our guidelines on discriminatory language.",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("arosshamilton", "title_surname", "hate"),
)

add(
    "forum",
    forum(
        "studyscot",
        "Off topic",
        "year 10?? i mean s4",
        (
            (
                "anon_ahs_2025",
                "Posted 19 May 2025",
                "heard mr grant the pe teacher's been messaging s4 girls on snap, like late at night, asking what they're up to. my pal's sister got one. dont know if its true but loads of folk at auchterbrae high are saying it",
            ),
            (
                "anon_ahs_2025",
                "19 May 2025",
                "and the school's done nothing, he was on the pitch today like normal",
            ),
            (
                "older_and_wiser",
                "19 May 2025",
                "If anyone has actually received messages, tell a parent and the police, not a forum. If it's just a rumour, you could be ruining an innocent man's life.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("sgrant", "title_surname", "sexual", url_only=True),
)

add(
    "forum",
    forum(
        "parentchat",
        "Secondary education",
        "S3 options at Auchterbrae - help me understand the columns!",
        (
            (
                "mum_of_twins_fife",
                "Posted 24 Feb 2025",
                "Right, the S2 options booklet came home on Friday and I've read it three times and I still don't get it. The twins are at Auchterbrae and they have to pick from columns A to F but some subjects appear in two columns and some only in one, and there's a note saying a subject 'may not run' if not enough pupils pick it. One wants to do Computing and Music, the other wants Graphic Communication and Drama, and neither of them wants to do a modern language, which the booklet says is 'strongly recommended'. Can someone who's been through it explain how it actually works in practice?",
            ),
            (
                "KilgarvieKaren",
                "24 Feb 2025",
                "Been through it twice. Basically the columns are the timetable - everything in column A happens at the same time, so you can only pick one thing from each column. If the two things your kid wants are only in the same column, tough luck, unless enough kids have the same clash and they move it. The 'may not run' thing is real. Last year Higher Drama didn't run and the kids who picked it had to go to Lochmuir Academy two afternoons a week on a taxi.",
            ),
            (
                "mum_of_twins_fife",
                "24 Feb 2025",
                "A TAXI? For two afternoons? How does that even work with the rest of their timetable?",
            ),
            (
                "KilgarvieKaren",
                "24 Feb 2025",
                "Badly. They miss bits of other classes. It's a consortium arrangement, they all do it in Fife now.",
            ),
            (
                "dad_of_3",
                "24 Feb 2025",
                "Computing is definitely running, Mr Mackay's classes are always full. My eldest did it and now he's doing software engineering at Napier. Mr Mackay also runs a lunchtime club if your son wants to try it first. Music should be OK as well, they've got a really active department.",
            ),
            (
                "mum_of_twins_fife",
                "24 Feb 2025",
                "That's good to hear. What about the language thing? Is it really compulsory?",
            ),
            (
                "ex_teacher_fife",
                "25 Feb 2025",
                "Not compulsory, but schools are judged partly on how many kids take a language to National 5, so you'll get a push. If your kid hates French, don't let them pick it just to please the school. A miserable N5 is worse than none. That said, universities do sometimes like to see one, so for a kid aiming at languages, law or some of the older universities it's worth a conversation.",
            ),
            (
                "BraeMum2",
                "25 Feb 2025",
                "Honestly the timetable at the school is a joke. My daughter couldn't do Biology and Geography together because they were both only in column C, and apparently that's been the case for three years. When I asked at the options evening I was told 'it's what the staffing allows'. Fine, but then don't call it a choice.",
            ),
            (
                "mum_of_twins_fife",
                "25 Feb 2025",
                "That's exactly what I'm worried about. What happens if both twins end up with their second choice in everything?",
            ),
            (
                "KilgarvieKaren",
                "25 Feb 2025",
                "Go to the options evening and speak to the guidance teacher directly. Put your questions in writing beforehand. And speak to the English department too - Mrs Wallace was lovely with my youngest, helped him work out that he could do Media as an N5 without dropping History.",
            ),
            (
                "dad_of_3",
                "25 Feb 2025",
                "Second that. Also worth knowing: the options form is online this year and the deadline is strict. Last year a few families missed it and their kids got put in whatever was left.",
            ),
            ("mum_of_twins_fife", "25 Feb 2025", "Oh god. When is the deadline?"),
            (
                "dad_of_3",
                "25 Feb 2025",
                "14 March I think, it's on the back page of the booklet in tiny writing.",
            ),
            (
                "numbers_guy",
                "26 Feb 2025",
                "A tip from someone who's done this with three kids: have them pick the subjects they actually enjoy, as long as they have English and Maths covered and at least one science. Enjoyment matters more than anything at 14. The ones who pick for a career they've thought about for a week usually drop it by S5 anyway.",
            ),
            (
                "mum_of_twins_fife",
                "26 Feb 2025",
                "That's really sensible, thank you. Graphic Communication twin is very arty so I think that suits. Drama - that's where I'm worried about it not running.",
            ),
            (
                "KilgarvieKaren",
                "26 Feb 2025",
                "Drama at N5 level ran this year, there were 19 of them. It's Higher where it wobbles. You've got time.",
            ),
            (
                "BraeMum2",
                "26 Feb 2025",
                "Also - and sorry to keep moaning - ask about class sizes. My son's N5 Maths class has 31 in it. They say the max is 30 for practical subjects, 33 for the rest. It's too many for a subject kids struggle with.",
            ),
            (
                "ex_teacher_fife",
                "26 Feb 2025",
                "33 is the national maximum for S3-S6 non-practical classes, yes. It is a lot. But the teacher matters more than the number in my experience.",
            ),
            (
                "mum_of_twins_fife",
                "27 Feb 2025",
                "Update for anyone reading this later: went to the options evening. Spoke to guidance and the depute. Computing and Music are in different columns so that's fine. Graphic Comm and Drama clash in column D, but they've said if enough kids have the same clash they'll look at it. Language 'strongly recommended' but not required. Form done. Thanks all, this thread was more help than the booklet.",
            ),
            ("KilgarvieKaren", "27 Feb 2025", "Brilliant, good luck to the twins!"),
        ),
    ),
    E("school", "short_name", "negative"),
    E("fmackay", "title_surname", "neutral"),
    E("kwallace", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Scotland",
        "What's the most Scottish thing a teacher ever said to you?",
        (
            (
                "u/tattie_scone",
                "14h",
                "Mine was my geography teacher in Paisley: 'Ye'll no get a job wi' they marks, ye'll be sellin' the Big Issue outside the Buchanan Galleries'. I'm a GIS analyst now. Cheers Mr Thomson.",
            ),
            (
                "u/oor_wullie_fan",
                "13h",
                "PE teacher in Aberdeen, in January, sleet sideways: 'It's nae cauld, it's bracing.' We were in shorts.",
            ),
            (
                "u/kingdom_quine",
                "13h",
                "My chemistry teacher at Auchterbrae was Mr Brzezinski, Polish guy, total legend. First week he tried to do a Scottish accent and said 'dinnae touch the wee flask' and the whole class lost it. By S6 he was saying 'och aye' unironically. Best teacher I ever had.",
            ),
            (
                "u/glesga_gal",
                "12h",
                "Home ec teacher watching me make a scone: 'Hen, that's no a scone, that's a weapon.'",
            ),
            (
                "u/tattie_scone",
                "12h",
                "@kingdom_quine that's brilliant, the Polish teachers learning Scots is the best thing",
            ),
            (
                "u/highland_hamish",
                "11h",
                "History teacher in Inverness, after someone asked if we'd be tested on something: 'Son, life is a test. Also aye, it's on the test.'",
            ),
            (
                "u/dundee_dreich",
                "10h",
                "'Are ye chewin'? Are ye a coo?' - every teacher in Dundee in the 90s",
            ),
            (
                "u/kingdom_quine",
                "9h",
                "also to be fair to him he was also the one who told us not to say 'pure dead brilliant' in a Higher essay",
            ),
            (
                "u/edinburgh_pedant",
                "8h",
                "My English teacher once wrote 'mince' in the margin of my essay. Just 'mince'. She was right.",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("tbrzezinski", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "kingdomtalk",
        "For sale and wanted",
        "Reid's newsagent closing? Where will I get my paper",
        (
            (
                "old_brae_boy",
                "Posted 2 Jun 2025",
                "Heard Sandy Reid is selling up the newsagent on the High Street after 32 years. Anybody know if somebody's taking it over? Where am I going to get my Advertiser and my rolls now",
            ),
            (
                "brae_lifer",
                "2 Jun 2025",
                "His daughter Liz says they're hoping to sell it as a going concern. He's 71 he deserves a rest.",
            ),
            (
                "KilgarvieJim",
                "2 Jun 2025",
                "Co-op does the papers but it's no the same. Reid's had the best tablet in Fife.",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "parentchat",
        "Secondary education",
        "Lochmuir or Auchterbrae for a kid with ADHD?",
        (
            (
                "movingtofife",
                "Posted 8 Apr 2025",
                "We're relocating from Manchester and can buy in either catchment. Our son (11) has ADHD and struggled in his current school. Which secondary has better support - Lochmuir Academy or Auchterbrae High School?",
            ),
            (
                "KilgarvieKaren",
                "8 Apr 2025",
                "Auchterbrae's pupil support got a very good from the inspectors this year. My autistic son has done well there.",
            ),
            (
                "LochmuirLiz",
                "8 Apr 2025",
                "Lochmuir has a smaller roll and a new ASN base. Both are decent honestly.",
            ),
            (
                "frustrated_dad_fife",
                "9 Apr 2025",
                "Auchterbrae were hopeless with my boy's ADHD, exclusions for things he couldn't help and they took 8 months to get an ed psych assessment. Might be better now but I wouldnt risk it.",
            ),
            (
                "movingtofife",
                "9 Apr 2025",
                "Thanks everyone, this is really mixed. Will visit both.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
)

# ---- reviews

add(
    "review",
    review(
        "pins",
        "Auchterbrae High School · Secondary school · Auchterbrae Road, Auchterbrae",
        5,
        "Gail Moffat",
        "3 months ago",
        """Bloody brilliant school. My boy was a nightmare in P7 and he's came on leaps and bounds. Mr Pacitti in maths is a gem, he stayed behind every Tuesday before the exams. Couldn't ask for more.""",
        helpful=12,
    ),
    E("school", "exact", "neutral"),
    E("rpacitti", "title_surname", "neutral"),
)

add(
    "review",
    review(
        "pins",
        "Auchterbrae High School · Secondary school · Auchterbrae Road, Auchterbrae",
        1,
        "Stevie B",
        "2 weeks ago",
        """Absolute joke. Phoned 4 times about my daughter being off and nobody answers, voicemail full. Then I get a text saying she's an unexplained absence. Sort yourselves out""",
        helpful=31,
        reply="""Thank you for your feedback. We are sorry you had difficulty getting through. Please contact the school office on 01632 960529 or email the office directly and we will look into this.""",
    ),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        "pins",
        "Auchterbrae High School · Secondary school · Auchterbrae Road, Auchterbrae",
        1,
        "Ronnie T",
        "1 month ago",
        """Went downhill the minute they put a woman in charge. Mrs McAllister is typical, far too emotional for the job, all feelings and no discipline. Women shouldnae be running a school of 800 teenagers, simple as. Get a man in that can actually control the place.""",
        helpful=2,
    ),
    E("school", "exact", "negative"),
    E("hmcallister", "title_surname", "hate"),
)

add(
    "review",
    review(
        "pins",
        "Auchterbrae High School · Secondary school · Auchterbrae Road, Auchterbrae",
        2,
        "Lynsey K",
        "4 months ago",
        """Oh great, ANOTHER inset day on a Monday. Well done Auchterbrae, really helpful for those of us that actually work. That's three this term. The kids are learning loads I'm sure.""",
    ),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        "directory",
        "Paterson's Taxis, Kilgarvie · Taxi service",
        5,
        "Maureen D",
        "1 week ago",
        """Billy Paterson picked us up at 4am for the airport, bang on time, helped with all the cases and had the heating on. Lovely man, will always use again. Tell Billy his wee dog is adorable.""",
    ),
)

add(
    "review",
    review(
        "pins",
        "Pacitti's Fish Bar · Fish & chips · High Street, Auchterbrae",
        4,
        "Chippy Connoisseur",
        "2 months ago",
        """Best fish supper in this part of Fife, batter like glass. Mario Pacitti still behind the counter after 40 years. Only knocked a star off because the queue at Friday teatime is ridiculous.""",
    ),
)

add(
    "review",
    review(
        "pins",
        "Auchterbrae Golf Club · Golf course",
        3,
        "Derek F",
        "5 months ago",
        """Course is fine, greens were slow after all the rain. Clubhouse bar overpriced. Car park full of potholes. Staff friendly enough.""",
    ),
)

add(
    "review",
    review(
        "pins",
        "The Brae Café · Café · Station Road, Auchterbrae",
        2,
        "Alison P",
        "3 weeks ago",
        """Food is nice but don't go at lunchtime. It's wall to wall AHS kids, shouting, swearing, taking up every table with one can of juice between five of them. The high school should keep them in at lunch or teach them some manners.""",
    ),
    E("school", "alias", "negative"),
)

add(
    "review",
    review(
        "rmt",
        "Mr Mackay · Computing Science · Auchterbrae High School",
        5,
        "anonymous S4 pupil",
        "Nov 2024",
        """dead sound, explains stuff twice without making you feel thick. lets you eat in the club at lunch. 10/10 would code again""",
    ),
    E("school", "exact", "neutral"),
    E("fmackay", "title_surname", "neutral"),
)

add(
    "review",
    review(
        "rmt",
        "Mrs Wallace · English · Auchterbrae High School",
        1,
        "anonymous S5 pupil",
        "Mar 2025",
        """picks favourites, if your not in the top set she doesnt care. gives back essays 6 weeks late with one comment. miserable every single day""",
    ),
    E("school", "exact", "neutral"),
    E("kwallace", "title_surname", "negative"),
)

add(
    "review",
    review(
        "rmt",
        "Miss Reid · Music · Auchterbrae High School",
        5,
        "anonymous S3 pupil",
        "Dec 2024",
        """Best teacher in the school. She let us do a Taylor Swift medley on fiddles for the concert. Makes you want to come to school on a Thursday""",
    ),
    E("school", "exact", "neutral"),
    E("ereid", "title_surname", "neutral"),
)

add(
    "review",
    review(
        "pins",
        "Auchterbrae High School · Secondary school · Auchterbrae Road, Auchterbrae",
        1,
        "Fed Up Parent",
        "2 months ago",
        """Complained about bullying and got nowhere with the guidance department, got nowhere with the depute. If you actually want to speak to somebody, Mrs McAllister doesn't answer her school email but her personal one is heather.dunsmuir71@mailbox.example - try that, I got a reply in an hour.""",
        helpful=4,
    ),
    E("school", "exact", "negative"),
    E("hmcallister", "title_surname", "doxxing"),
)

add(
    "review",
    review(
        "trustrate",
        "Kingdom Schoolwear Ltd",
        1,
        "D. Lumsden",
        "6 weeks ago",
        """Ordered two Auchterbrae High blazers in June, they arrived in the middle of September after 5 emails. One was the wrong size. No phone number that anyone answers. Not the school's fault, they have to use this company, but honestly avoid if you have any choice.""",
        helpful=18,
    ),
    E("school", "alias", "neutral"),
)

add(
    "review",
    review(
        "pins",
        "Auchterbrae High School · Secondary school · Auchterbrae Road, Auchterbrae",
        1,
        "truthteller",
        "5 months ago",
        """This school cheats. They fiddle the SQA coursework marks so they look good in the league tables and the head knows all about it. My nephew's folio was rewritten by a teacher. Disgrace.""",
    ),
    E("school", "exact", "defamation"),
)

add(
    "review",
    review(
        "pins",
        "Auchterbrae High School · Secondary school · Auchterbrae Road, Auchterbrae",
        4,
        "Mairi C",
        "1 year ago",
        """Pupil support is fantastic. Mrs R-H and her team turned things around for my daughter when she was school refusing. Lost a star because the car park at pick-up is chaos.""",
    ),
    E("school", "exact", "neutral"),
    E("arosshamilton", "nickname", "neutral"),
)

add(
    "review",
    review(
        "directory",
        "Reid's Newsagents · High Street, Auchterbrae",
        5,
        "Jim K",
        "3 months ago",
        """Been getting my paper here for 30 years. Sandy and his daughter are the salt of the earth. Best tablet in Fife.""",
    ),
)

add(
    "review",
    review(
        "rmt",
        "Mr Pacitti · Mathematics · Auchterbrae High School",
        2,
        "anonymous S4 pupil",
        "Feb 2025",
        """knows his stuff but goes way too fast and if you ask a question he sighs like you've insulted his maw. bobby p needs to chill""",
    ),
    E("school", "exact", "neutral"),
    E("rpacitti", "title_surname", "negative"),
)

# ---- social: X, Bluesky, TikTok comments, Instagram

add(
    "social",
    social(
        "X",
        "kai",
        "@kai_brae07",
        "14 Nov",
        """if mr brzezinski gives me anither detention im waitin at his car after school. no joke. he'll no be driving it hame""",
        stats="2 reposts · 11 likes",
    ),
    E("tbrzezinski", "title_surname", "threat"),
)

add(
    "social",
    social(
        "X",
        "anon",
        "@fife_anon_99",
        "8 Sep",
        """Mrs Mac better sleep wi one eye open 🔪 phone ban my arse #AuchterbraeHigh""",
        stats="4 reposts · 9 likes",
    ),
    E("school", "hashtag", "neutral"),
    E("hmcallister", "nickname", "threat"),
)

add(
    "social",
    social(
        "TikTok",
        "comment on @brae.banter · 'maths wi bobby p at auchterbrae 💀'",
        "@lewisss.x",
        "3d ago",
        """bobby p is gettin jumped on friday fr fr 😭😭 he gave ma wee brother a punny exercise for nothin""",
        stats="♥ 204",
        replies=(("@brae.banter", "LMAOOO chill"), ("@aimee_x", "ur actually weird")),
    ),
    E("school", "short_name", "neutral"),
    E("rpacitti", "nickname", "threat"),
)

add(
    "social",
    social(
        "X",
        "proud scot",
        "@tartan_truth_1314",
        "2 Apr",
        """mr grant the pe teacher at auchterbrae n his "husband" 🤮🤮 that sort shouldnae be allowed near weans or changing rooms. parents need tae wake up""",
        stats="1 repost · 3 likes",
        replies=(("@kingdom_quine", "this is vile homophobia, reported"),),
    ),
    E("school", "short_name", "neutral"),
    E("sgrant", "title_surname", "hate"),
)

add(
    "social",
    social(
        "X",
        "Ally",
        "@ally_fife_81",
        "19 Jan",
        """that p4citti at the high school thinks hes better than us. away back tae italy ya t*lly and take yer ice cream van wi ye""",
        stats="0 reposts · 2 likes",
    ),
    E("rpacitti", "leetspeak", "hate"),
)

add(
    "social",
    social(
        "Instagram",
        "comment on @auchterbraehigh_pe · 'Sports day 2025 ☀️ what a day for it! S4 girls' relay champions 🏆'",
        "@dougie.r.1968",
        "2d",
        """the S4 lassies at Auchterbrae High lookin well grown up this year 😏😏 the one on the left especially. dm me""",
        stats="♥ 0",
        replies=(
            ("@auchterbraehigh_pe", "This comment has been reported and the account blocked."),
        ),
    ),
    E("school", "alias", "sexual", url_only=True),
)

add(
    "social",
    social(
        "TikTok",
        "comment on @ahs.dance.club · 'S2 dance showcase rehearsals 💃'",
        "@realguy_4455",
        "5h ago",
        """auchterbrae lassies >>> 👀 how old r u the one in the back. snap me""",
        stats="♥ 1",
        replies=(("@ahs.dance.club", "Comments now limited. This account is run by staff."),),
    ),
    E("school", "short_name", "sexual", url_only=True),
)

add(
    "social",
    social(
        "X",
        "ross",
        "@rossywoss_s6",
        "Mar 12",
        """miss reid from the auchterbrae music dept is an absolute ride i'd sit through a whole hour of fiddle practice for that 🥵🥵""",
        stats="3 reposts · 27 likes",
    ),
    E("school", "short_name", "neutral"),
    E("ereid", "title_surname", "sexual"),
)

add(
    "social",
    social(
        "X",
        "dad",
        "@brae_dad_mark",
        "Nov 21",
        """mrs wallace in that dress at parents night 🥵 no wonder my son suddenly likes english. ahs parents know what im talking about""",
        stats="1 like",
    ),
    E("school", "alias", "neutral"),
    E("kwallace", "title_surname", "sexual"),
)

add(
    "social",
    social(
        "X",
        "prelim victim",
        "@chem_hater_06",
        "Feb 1",
        """brzeziński's home number is 01632 960771 if anybody wants to ask him why the whole class got a D in the chem prelim. phone after 10pm he loves it""",
        stats="6 reposts · 15 likes",
    ),
    E("tbrzezinski", "surname_only", "doxxing"),
)

add(
    "social",
    social(
        "X",
        "🧃",
        "@juicebox_brae",
        "Jun 27",
        """mrs mac absolutely steamin at the prize giving again lmao. she was slurring the dux speech, everyone could tell #AHS""",
        stats="12 likes",
    ),
    E("school", "hashtag", "neutral"),
    E("hmcallister", "nickname", "defamation"),
)

add(
    "social",
    social(
        "TikTok",
        "comment on @auchterbraehigh · 'Auchterbrae High School Winter Concert 2024 🎻🎄'",
        "@not_a_fan_22",
        "1w ago",
        """miss reid def steals from the music fund 💀 where did the money from the bake sale go then. new car in september hmmmm""",
        stats="♥ 48",
    ),
    E("school", "exact", "neutral"),
    E("ereid", "title_surname", "defamation"),
)

add(
    "social",
    social(
        "Bluesky",
        "Auchterbrae High School",
        "@auchterbraehigh.example",
        "Mar 4",
        """Huge well done to our S4 netball squad, Fife Schools runners-up! 💙 Thanks to Mrs Wallace for coaching every Thursday in the freezing cold. #AuchterbraeProud""",
        stats="6 reposts · 41 likes",
    ),
    E("school", "exact", "neutral"),
    E("kwallace", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "lorna",
        "@lornabaird_k",
        "Oct 2",
        """@AuchterbraeHS when is the S3 parents night?? website still says last year's dates. 3rd time asking""",
        stats="2 likes",
    ),
    E("school", "handle", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "comment on @brae.banter · 'PE in the rain 🌧️'",
        "@caitlinnn.x",
        "2d ago",
        """shamus is an absolute roaster 😂 "its only a wee bit of rain" aye ok mate ma trainers are floatin""",
        stats="♥ 311",
    ),
    E("sgrant", "nickname", "abuse"),
)

add(
    "social",
    social(
        "X",
        "s2 parent",
        "@worried_in_k",
        "Jan 14",
        """honestly M a c L e o d is the worst depute in fife. three emails, zero replies, and my daughter still being picked on. auchterbrae deserves better""",
        stats="5 likes",
    ),
    E("school", "short_name", "neutral"),
    E("dmacleod", "spacing", "negative"),
)

add(
    "social",
    social(
        "X",
        "anon",
        "@brae_burner",
        "Feb 2",
        """mrs W.a.l.l.a.c.e is a miserable auld cow and everyone in 4C hates her. face like a skelped arse every single period""",
        stats="7 likes",
    ),
    E("kwallace", "obfuscated", "abuse"),
)

add(
    "social",
    social(
        "X",
        "s3 legend",
        "@jakey_ahs",
        "Apr 9",
        """McL**d the depute is a fat baldy bampot, caught him greetin in his office lol 💀 #AHS""",
        stats="18 likes",
    ),
    E("school", "hashtag", "neutral"),
    E("dmacleod", "obfuscated", "abuse"),
)

add(
    "social",
    social(
        "X",
        "fifer",
        "@fifer_4eva",
        "Feb 3",
        """Pаcitti is a pure fud. gave the whole class a punny because one boy laughed. auchterbrae maths dept is a joke""",
        stats="3 likes",
    ),
    E("school", "short_name", "negative"),
    E("rpacitti", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "X",
        "rant account",
        "@rants_of_fife",
        "May 30",
        """Аuchterbrаe High is an absolute dump. roof leaks, no heating in the huts, toilets locked half the day. and they wonder why kids dont want to go""",
        stats="9 reposts · 33 likes",
    ),
    E("school", "homoglyph", "negative"),
)

add(
    "social",
    social(
        "X",
        "leaver",
        "@leaver_25",
        "Jun 6",
        """4uchterbr4e h1gh is the w0rst school in f1fe and i am FREE 🎓✌️""",
        stats="52 likes",
    ),
    E("school", "leetspeak", "negative"),
)

add(
    "social",
    social(
        "X",
        "Kingdom Code",
        "@kingdomcode_fife",
        "Oct 10",
        """ShoutOut to MrMackay and the coding club kids for their seagull game, 3k downloads and counting 🐦 this is what computing in schools should look like""",
        stats="14 reposts · 88 likes",
    ),
    E("fmackay", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "caption",
        "@ellie.drummond",
        "Jun 27",
        """AuchterbraeHigh leavers 2025 🎓💙 six years done. thank you to every teacher who put up with us especially the chem dept. onto uni we go""",
        stats="♥ 212 · 31 comments",
    ),
    E("school", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "X",
        "ahs footy mum",
        "@footymum_k",
        "Aug 22",
        """PE dept at AHS is not the same this year with him on secondment. the S2 boys miss him already #BringBackMrGrant""",
        stats="4 reposts · 19 likes",
    ),
    E("school", "alias", "neutral"),
    E("sgrant", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "kacper",
        "@kacper_n_chem",
        "Mar 14",
        """@tomasz_brzezinski thank you for everything sir, Young Chemist of the Year!! 🧪🏆 we couldnt have done it without the Wednesday sessions""",
        stats="3 reposts · 45 likes",
    ),
    E("tbrzezinski", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Mrs W reads",
        "@kwallace_english",
        "Jan 8",
        """New term, new class reading list. S3 are starting Of Mice and Men and I already know who's going to cry at the end (it's me, it's always me) 📚""",
        stats="2 reposts · 23 likes",
    ),
    E("kwallace", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Brae parent",
        "@kilgarvie_mum3",
        "Jan 23",
        """Threatening teachers is never ok. Whoever was shouting at Mr MacLeod at the gates in November needs help, not sympathy. My kids were standing right there.""",
        stats="11 likes",
    ),
    E("dmacleod", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Sheena",
        "@sheena_k_fife",
        "Jul 3",
        """mrs wallace next door has been feeding my cat again, he's now the size of a small pony 😭 no wonder he never comes home""",
        stats="8 likes",
    ),
)

add(
    "social",
    social(
        "Instagram",
        "caption",
        "@mia.forbes_",
        "Jun 27",
        """last day at auchterbrae 😭💙 gonna miss mr pacitti's terrible dad jokes and absolutely nothing else. bye forever x""",
        stats="♥ 143",
    ),
    E("school", "short_name", "neutral"),
    E("rpacitti", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "s4 sufferer",
        "@maths_hater_k",
        "Nov 5",
        """Pacitti's homework policy is actual torture. 3 hours on a tuesday for N5 maths is not normal behaviour""",
        stats="21 likes",
    ),
    E("rpacitti", "possessive", "negative"),
)

add(
    "social",
    social(
        "X",
        "fed up brae dad",
        "@braedad1979",
        "Aug 19",
        """Auchterbrae's new uniform policy is a joke. £48 for a blazer with the badge on it, and they'll send kids home for a black hoodie. Who is this actually for?""",
        stats="6 reposts · 37 likes",
    ),
    E("school", "possessive", "negative"),
)

add(
    "social",
    social(
        "Bluesky",
        "Scottish Mathematical Council",
        "@smc-scot.example",
        "Oct 30",
        """Our autumn conference line-up is complete! Workshop 3B: "Low floor, high ceiling tasks for N5" with R. Pacitti, PT Mathematics, Auchterbrae High School. Book by 10 November.""",
        stats="3 reposts · 12 likes",
    ),
    E("school", "exact", "neutral"),
    E("rpacitti", "initial_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Royal Society of Chemistry Scotland",
        "@rscscot_example",
        "Jun 12",
        """Congratulations to Tomasz B. from Auchterbrae High, winner of our Excellence in Secondary Teaching award for the east of Scotland 🧪 #ChemistryTeachers""",
        stats="9 reposts · 60 likes",
    ),
    E("school", "alias", "neutral"),
    E("tbrzezinski", "first_initial", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Cllr Gordon Wallace",
        "@CllrGWallace",
        "Apr 17",
        """Out with the team in Balcurran today listening to residents about potholes on Mill Road. Reported 11 today. Keep them coming. #CentralFife""",
        stats="2 reposts · 14 likes",
    ),
)

add(
    "social",
    social(
        "X",
        "horror fan",
        "@scream_queen_fife",
        "Oct 31",
        """rewatching AHS asylum for halloween, sister jude is still the scariest person on television""",
        stats="6 likes",
    ),
)

add(
    "social",
    social(
        "X",
        "brae pupil",
        "@notme_ahs",
        "Mar 2",
        """A u c h t e r b r a e High cancelled the s4 trip AGAIN because of 'staffing'. thats the second year running. we paid deposits""",
        stats="12 likes",
    ),
    E("school", "spacing", "negative"),
)

add(
    "social",
    social(
        "X",
        "disgruntled",
        "@no_filter_fife",
        "Dec 9",
        """Auchterbr*e High is an absolute sh*tehole full of neds and the teachers are just as bad. avoid avoid avoid""",
        stats="4 likes",
    ),
    E("school", "obfuscated", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "comment on @brae.banter · 'rating teachers at my school'",
        "@s3_sarcasm",
        "4d ago",
        """heather mac from ahs would get it ngl 😳 mrs mac if ur reading this 👋""",
        stats="♥ 87",
    ),
    E("school", "alias", "neutral"),
    E("hmcallister", "nickname", "sexual"),
)

add(
    "social",
    social(
        "X",
        "John",
        "@johnnyk_fife",
        "Feb 21",
        """that mackay in computing is a glaikit numpty, cannae even get the projector working and he's meant to be the tech guy 🙄 #AuchterbraeHigh""",
        stats="5 likes",
    ),
    E("school", "hashtag", "neutral"),
    E("fmackay", "surname_only", "abuse"),
)

# ---- facebook: community groups

add(
    "facebook",
    facebook(
        "Auchterbrae & District Community Noticeboard",
        "Tam Kidd",
        "18 November 2024",
        """My nephew's been excluded AGAIN by the depute at Auchterbrae High for nothing. That McLeod wants to watch himsel. I know what motor he drives and where he parks it on a Saturday when he's at the football. Just saying.""",
        comments=(
            ("Irene Bell", "Tam this is a threat, delete it before the polis see it"),
            (
                "Admin - Community Noticeboard",
                "Post turned off for comments. Threats will be passed to Police Scotland.",
            ),
        ),
        reactions="😡 4 · 👍 2",
    ),
    E("school", "alias", "neutral"),
    E("dmacleod", "typo", "threat"),
)

add(
    "facebook",
    facebook(
        "Kilgarvie Matters",
        "Brenda Houston",
        "5 September 2024",
        """Can somebody explain why a polish guy is teaching our bairns chemistry at Auchterbrae High? That Brezinski cannae even speak proper English. Send him back and give the job to a Scottish teacher, there's plenty looking for work.""",
        comments=(
            (
                "Kasia Nowicka",
                "My son is in his class, his English is perfect and he's an excellent teacher. Your comment is racist.",
            ),
            ("Davie R", "Embarrassing Brenda. He's been here 15 year."),
            ("Brenda Houston", "Im not racist im just saying"),
        ),
        reactions="😡 19 · 👍 3",
    ),
    E("school", "alias", "neutral"),
    E("tbrzezinski", "typo", "hate"),
)

add(
    "facebook",
    facebook(
        "Auchterbrae & District Community Noticeboard",
        "Morag Inglis",
        "16 December 2024",
        """What a night at the Auchterbrae High panto! 🎭 Cinderella has never had a Glaswegian fairy godmother before but it worked. Well done to all the cast and a huge thanks to Miss Reid and the music department for the live band. Photos below 👇""",
        comments=(
            ("Sandra Lumsden", "Brilliant, my Skye loved every minute"),
            (
                "Gav M",
                "wee blonde one in the front row of the chorus, whit age is she?? asking for a pal 😉",
            ),
            (
                "Morag Inglis",
                "Gav that's a child. Comment reported and you're removed from the group.",
            ),
            ("Irene Bell", "Absolutely disgusting Gav"),
        ),
        reactions="❤️ 86 · 👍 40",
    ),
    E("school", "alias", "sexual", url_only=True),
    E("ereid", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Kilgarvie Matters",
        "Shug Dalziel",
        "20 November 2024",
        """Everybody moaning about the depute at the high school, here's McLeod's address, 14 Glebe Crescent, Kilgarvie. Go and tell him yersel instead of greetin on here.""",
        comments=(
            ("Kilgarvie Matters Admin", "Removed the address. Shug you've been warned before."),
            ("Lorna Baird", "This is how folk get hurt."),
        ),
    ),
    E("dmacleod", "typo", "doxxing"),
)

add(
    "facebook",
    facebook(
        "Auchterbrae & District Community Noticeboard",
        "Karen Ritchie",
        "30 January 2025",
        """Billy the jannie at Auchterbrae High shouted at my son for kicking a ball against the games hall. He lives above the bookies on the Main Street, flat 2, door's on the lane. Maybe somebody should go and shout at him for a change.""",
        comments=(
            (
                "Irene Bell",
                "Billy's been there 20 years and he's a sweetheart. Your boy was probably kicking it at the annexe that's shut for the concrete.",
            ),
            (
                "Admin - Community Noticeboard",
                "Address removed. Please do not post people's home details.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("wpaterson", "nickname", "doxxing"),
)

add(
    "facebook",
    facebook(
        "Auchterbrae & District Community Noticeboard",
        "Irene Bell",
        "9 January 2025",
        """Just want to say a massive thank you to Big Billy Paterson and the janitors at Auchterbrae High School who were out at 5am gritting the paths and the car park so the school could open. The council couldnae get a gritter up Auchterbrae Road till 10! Heroes ❄️""",
        comments=(
            ("Sandra Lumsden", "Billy's a legend"),
            ("Davie R", "The real MVP"),
        ),
        reactions="❤️ 143",
    ),
    E("school", "exact", "neutral"),
    E("wpaterson", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Kilgarvie Matters",
        "Lesley Grant",
        "12 April 2025",
        """LOST DOG 🐶 Bonnie, black and white collie cross, ran off near Kilgarvie Woods this afternoon when a tractor backfired. She's chipped and wearing a red collar. Please check sheds! Call 07700 900218. Reward.""",
        comments=(
            ("Tam Kidd", "Will keep an eye out Lesley"),
            (
                "Lesley Grant",
                "FOUND!! she was in the Men's Shed eating a sausage roll. Thank you all x",
            ),
        ),
    ),
)

add(
    "facebook",
    facebook(
        "Auchterbrae & District Community Noticeboard",
        "Auchterbrae Primary Parent Council",
        "25 November 2024",
        """🎄 Auchterbrae Primary Christmas Fayre 🎄 Saturday 7 December, 10am-1pm in the school hall. Santa's grotto, tombola, bottle stall, baking and crafts. P7 will be running the hot chocolate stand to raise money for their Edinburgh trip. Donations of bottles to the school office please!""",
        comments=(("Sandra Lumsden", "Will be there with the baking!"),),
        reactions="👍 34",
    ),
)

add(
    "facebook",
    facebook(
        "Auchterbrae Bowling Club",
        "Club Secretary",
        "3 May 2025",
        """The green is OPEN! 🟢 Opening day was a great success, thanks to Jim Wallace for the bacon rolls and to everyone who turned out in the drizzle. Ladies' section meets Tuesdays at 2pm, gents Thursday evenings. New members always welcome, no experience needed.""",
        reactions="👍 27",
    ),
)

add(
    "facebook",
    facebook(
        "Fife Mums & Dads",
        "Lorna Baird",
        "6 November 2024",
        """Rant incoming. Auchterbrae High gave my daughter a LATE DETENTION because the Kilgarvie bus was 20 minutes late. The bus the council runs. I phoned and Mr MacLeod said 'rules are rules'. Rules for who?? She was in tears.""",
        comments=(
            ("Kerry Moffat", "Same happened to my son last month, absolute joke"),
            ("Donna S", "To be fair they did cancel a few after people complained, phone back"),
        ),
    ),
    E("school", "alias", "negative"),
    E("dmacleod", "title_surname", "negative"),
)

add(
    "facebook",
    facebook(
        "Fife Mums & Dads",
        "Lynsey K",
        "28 February 2025",
        """Oh great another inset day on a Monday, cheers Auchterbrae High, really helpful for working parents 🙄 Anyone in Auchterbrae want to split childcare? I've got two 12 year olds who will eat everything in your fridge.""",
        comments=(("Kerry Moffat", "haha I'll swap you for my 14 year old, he only eats toast"),),
    ),
    E("school", "alias", "negative"),
)

add(
    "facebook",
    facebook(
        "Fife Mums & Dads",
        "Jackie Forbes",
        "14 March 2025",
        """Just want to give a shout out to Mrs Ross Hamilton (sorry if that's spelt wrong) in guidance at the high school in Auchterbrae. My son has had a horrendous year and she has been an absolute godsend, phones me every Friday without fail. Teachers like her don't get enough credit ❤️""",
        comments=(
            ("Jackie Forbes", "* Ross-Hamilton I think it has a dash"),
            ("Mairi C", "She's amazing, helped my daughter too"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("arosshamilton", "hyphenated", "neutral"),
)

add(
    "facebook",
    facebook(
        "Kilgarvie Matters",
        "Gary Lumsden",
        "2 October 2024",
        """Heard on good authority that Mr Mackay at the high school has been running crypto mining rigs off the computing department's machines overnight. Council paying the electric. Somebody should look into that.""",
        comments=(
            ("Irene Bell", "Heard on good authority = made it up in the pub"),
            ("Gary Lumsden", "Just saying whats being said"),
        ),
    ),
    E("fmackay", "title_surname", "defamation"),
)

add(
    "facebook",
    facebook(
        "Fife Mums & Dads",
        "Nicola Paterson",
        "10 February 2025",
        """Mrs Hamilton at the high school is a useless waste of space. My boy has been bullied for MONTHS and all she does is hand him a worry stone and a 'feelings sheet'. Auchterbrae High do not care about bullying full stop.""",
        comments=(
            (
                "Donna S",
                "Go to the council. Seriously. They have to respond within 20 working days.",
            ),
            (
                "Jackie Forbes",
                "Sorry you're going through this Nicola, she's been good with us but every kid is different x",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("arosshamilton", "hyphenated", "abuse"),
)

add(
    "facebook",
    facebook(
        "Balcurran Primary Class of 1987 Reunion",
        "Lorraine Moffat",
        "11 August 2023",
        """Is the new head at Auchterbrae Heather Dunsmuir that was in our class at Balcurran?? Saw her photo in the Advertiser and thought that's HER. Heather if you see this hiya!! Remember Miss Bain's nature table and the hamster 😂""",
        comments=(
            ("Craig Lumsden", "It is! She married a McAllister. She was always the clever one"),
            ("Lorraine Moffat", "Amazing, good for her"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("hmcallister", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        "Auchterbrae & District Community Noticeboard",
        "Auchterbrae High School Parent Council",
        "20 September 2024",
        """📣 Parent Council AGM - Tuesday 1 October, 7pm, school library (enter by the main door). HT Mrs McAllister will give an update on the new phone policy, the games hall annexe and the inspection. Everyone welcome, tea and biscuits provided. If you can't make it, send questions in advance to our chair Morag Inglis.""",
        reactions="👍 22",
    ),
    E("school", "exact", "neutral"),
    E("hmcallister", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Fife Mums & Dads",
        "Kirsty W",
        "4 August 2024",
        """Does anyone know if AHS does a breakfast club? My daughter's starting S1 and I start work at 8. Bus from Balcurran drops at 8.25 which is fine but I'd rather she wasn't hanging about.""",
        comments=(
            (
                "Mairi C",
                "Yes! Library is open from 8 and there's free toast in the canteen from 8.15",
            ),
            ("Kirsty W", "Brilliant thank you"),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        "Kilgarvie Matters",
        "Margaret Hood",
        "1 March 2025",
        """End of an era! 🥩 Donnie MacLeod is retiring after 41 years at the butcher's on Kilgarvie Main Street. His steak pies got us through many a New Year. The shop is closing on 29 March. Pop in and say thanks if you can.""",
        comments=(
            ("Tam Kidd", "Best pies in Fife. Enjoy it Donnie"),
            ("Lesley Grant", "Oh no! Where will we get our square sausage"),
        ),
        reactions="❤️ 211",
    ),
)

add(
    "facebook",
    facebook(
        "Kilgarvie Matters",
        "Brian Ferrie",
        "27 March 2025",
        """Mr B's a total weapon. Gave my daughter a punishment exercise for not having her lab coat. She's at Auchterbrae to learn chemistry not to get lectured about a coat.""",
        comments=(
            ("Kasia Nowicka", "It's a safety rule Brian. Mr Brzeziński is brilliant."),
            ("Brian Ferrie", "whatever"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("tbrzezinski", "title_surname", "abuse"),
)

add(
    "facebook",
    facebook(
        "Auchterbrae & District Community Noticeboard",
        "Jill Forbes",
        "15 March 2025",
        """Mr Grant took the S2 boys down to Hampden for the schools cup quarter-final yesterday. They lost 2-1 but what a bloody brilliant day, the boys were buzzing and he was an absolute star all day. Thank you Auchterbrae High PE department! ⚽💙""",
        comments=(("Jackie Forbes", "Aidan hasn't stopped talking about it"),),
        reactions="❤️ 58",
    ),
    E("school", "alias", "neutral"),
    E("sgrant", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Kilgarvie Matters",
        "Derek Sneddon",
        "22 May 2025",
        """Auchterbrae High is full of foreigners noo, hauf the school cannae speak a word of English and our bairns are getting held back. Polish, Syrians, you name it. Time they were in their own schools.""",
        comments=(
            ("Kasia Nowicka", "My children were born in Kirkcaldy. Shame on you."),
            (
                "Kilgarvie Matters Admin",
                "Comments turned off. This breaches the group rules on racism.",
            ),
        ),
    ),
    E("school", "alias", "hate"),
)

add(
    "facebook",
    facebook(
        "Fife Mums & Dads",
        "Ashley Reid",
        "18 June 2025",
        """Liz Reid cannae sing for toffee and she's the music teacher 😂 my daughter recorded her at the concert and honestly it sounded like a cat in a blender. Talentless tube. How did she get that job.""",
        comments=(
            ("Mairi C", "Ashley this is really nasty"),
            ("Ashley Reid", "lol no relation before anyone asks"),
        ),
    ),
    E("ereid", "nickname", "abuse"),
)

add(
    "facebook",
    facebook(
        "Auchterbrae & District Community Noticeboard",
        "Auchterbrae High School",
        "2 September 2024",
        """Reminder: the school office number is 01632 960528 and absence line is 01632 960529. Please do not contact staff on personal numbers or social media. Our English department can be reached at english@auchterbraehigh.example and Mrs Wallace, our new Principal Teacher of English (acting), will reply within two working days.""",
        reactions="👍 15",
    ),
    E("school", "exact", "neutral"),
    E("kwallace", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Fife Mums & Dads",
        "Claire Donaldson",
        "3 October 2024",
        """Heather Mac is a witch, end of. Made my son take his hoodie off in the freezing cold and stand in the corridor. Absolute power trip. Mrs McAllister if you're reading, you're a bully.""",
        comments=(
            (
                "Mairi C",
                "The uniform policy is ridiculous, I agree. But calling her names doesn't help.",
            ),
        ),
    ),
    E("hmcallister", "title_surname", "abuse"),
)

# ---- blogs

add(
    "blog",
    blog(
        "rambles",
        "The Kilgarvie Burn loop: mud, a heron and the best pie in Central Fife",
        """Right. Boots on. This one has been on my list since last spring, when a reader called Agnes emailed to say I'd been "criminally neglecting" the bit of Fife between Auchterbrae and Craigmyle. Agnes, you were right, and I'm sorry. It's a cracker.

The loop is about seven and a half miles, or nine if you do what I did and take a wrong turn at the quarry and have to come back on yourself with the dog giving you a look. Allow four hours with stops. It's mostly good paths and farm tracks, but there is one section along the burn after the footbridge that turns into a sort of chocolate mousse after rain, so gaiters are your friend. I had no gaiters. My socks are still recovering.

Getting there. There's free parking at the Brae Park end of Station Road in Auchterbrae, next to the bowling club. On a Saturday in summer it fills up with football parents, so get there before ten. The 39 bus from Kirkcaldy stops on the High Street, five minutes away. There are public toilets in the park, which were open and reasonably clean when I visited, which in Fife is worth a star on its own.

Stage one: Brae Park to the old railway. From the car park, head down past the bowling green (nod to the gents in their white jumpers, they will nod back) and follow the path along the edge of the park. You'll pass the Auchterbrae High School playing fields on your right, which on my visit were mostly a lake with goalposts in it. The path then joins the line of the old Auchterbrae to Lochmuir railway, closed in 1964 and now a lovely flat cinder track lined with hawthorn. Look out for the old platform edge about half a mile along, half buried in brambles. There's an information board put up by the heritage society with a photo of the station in 1910, complete with a stationmaster whose moustache deserves its own listing.

Stage two: the railway to the quarry. The railway path runs for a mile and a half, gently downhill. It's a busy route for dog walkers and cyclists so keep your wits about you. At the second bridge (a brick one with a date stone of 1879), drop down the steps on your left to the farm track. This is where I went wrong. Do not follow the track straight on into the quarry, however tempting the sign saying "Viewpoint" is; the viewpoint is the inside of a working quarry and the man in the digger was not impressed. Instead, take the stile on your right and follow the field edge up to the wood.

Stage three: Kilgarvie Woods. The wood is a mix of old beech and newer conifer planting, and in May the floor is solid bluebells. Follow the waymarkers (little green posts with a heron on them) through the trees. About halfway through there's a bench dedicated to "Jim and Agnes, who walked here every Sunday", and I'd like to think this is the same Agnes who emailed me, though I didn't ask. The path comes out of the wood at the top of Kilgarvie village, next to the primary school.

Pie stop. Kilgarvie Main Street has a butcher, a Spar, a hairdresser and a pub. Sadly the butcher, famous for its steak pies, closed in March when the owner retired after four decades. The Spar does a perfectly fine sausage roll. The pub, the Kilgarvie Inn, does a soup and sandwich deal for a fiver and doesn't mind muddy boots in the back bar. The dog got a biscuit. I got a pint of something local and hoppy. We were both happy.

Stage four: along the burn. From the pub, follow the lane down past the church to the footbridge over the Kilgarvie Burn. This is the mousse section. The path follows the burn for about a mile and a half back towards Auchterbrae, with the water on your left. This is the prettiest part of the walk: alders, dippers bobbing on the stones, and if you're lucky a heron standing in the shallows looking like a disappointed headmaster. We saw two herons, one kingfisher (a blue blur, but I'm counting it) and a lot of very curious cows on the other bank.

The path is narrow and slippery in places and there's one spot where it's been partly washed away. Take it slowly. There's a fallen tree you have to duck under, which is fine for humans and hilarious for a spaniel.

Stage five: back into town. The burn path comes out at the bottom of Auchterbrae Woods, a small bit of council woodland with a play park. From there, follow Mill Lane up to the High Street. If you have any energy left, Pacitti's Fish Bar on the High Street does a fish supper that will undo all the good work of the last four hours. I recommend it. The Brae Café across the road does good coffee but is rammed with teenagers at lunchtime on a school day, so plan accordingly.

Summary. Distance: 7.5 miles (9 if you visit the quarry man). Terrain: railway path, farm tracks, woodland path, muddy burnside path. Difficulty: easy to moderate; the burn path is the only tricky bit. Dogs: yes, but on leads near the cows and the bowling green. Facilities: toilets in Brae Park, pub and shop in Kilgarvie, chippy and cafés in Auchterbrae.

Next time: I'm finally doing the Lomond Hills in one go, which a different reader called Agnes (it's a popular name) has described as "a wee stroll". We shall see.""",
        author="Fiona, who walks so you don't have to",
        date="18 May 2025",
        comments=(
            (
                "Agnes R",
                "19 May 2025",
                "That's my bench!! Jim would have been delighted. Thank you for doing our wee bit of Fife justice.",
            ),
            (
                "hillbagger_ian",
                "19 May 2025",
                "Great write-up. The burn path was shut for a week in February after the flood, worth checking before you go.",
            ),
        ),
        tags=("Fife", "walks", "Auchterbrae", "dog-friendly", "pies"),
    ),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "fifemum",
        "Why I moved my son out of Auchterbrae High (and what I wish I'd known)",
        """I've been putting off writing this post for about six months, partly because I didn't want to be "that mum" and partly because I knew some of you would have had totally different experiences. But enough of you have messaged me asking what happened that I'm going to get it all down in one place, and then I'm going to have a large glass of wine and not read the comments for a week.

Some background, for the newer readers. I've got two boys. The eldest, who I'll call C because he'd die if I used his name, started at Auchterbrae High two years ago. He's a quiet, clever, slightly odd kid (he gets that from me) and primary school was fine. His wee brother is still at Auchterbrae Primary and loves it.

S1 started OK. The transition days were good, he had a buddy from S6, and he came home the first week full of stories about the science labs and the canteen pizza. By October it was different. He started getting stomach aches on Sunday nights. He stopped eating lunch. Then I found out, not from the school but from another mum, that a group of boys in his year had been following him round at break, taking his bag, filming him and putting it on a group chat.

I went to the school. And here's where I'll try to be fair. Guidance were nice. They listened. They gave him a pass to go to the library at break. But nothing happened to the boys. I was told that "restorative conversations" had taken place. I emailed the depute, Mr MacLeod, three times between November and February. I got one reply, which said the school "takes bullying very seriously" and that the matter was "being monitored". Meanwhile C was being monitored too - by a group of thirteen-year-olds with phones.

I know schools are stretched. I know there are 800 kids and not enough staff. I know the depute probably gets a hundred emails a day from parents like me. But when your child is coming home white and silent, "being monitored" is not an answer. The school felt like it was more worried about its procedures and its inspection than about the actual child in front of it.

In March I made the call. We applied for a placing request to Lochmuir Academy. It took five weeks, which felt like five years, and involved a form that seemed to have been designed by someone who hates parents. But he got in, and he started after the Easter holidays.

What I wish I'd known. One: put everything in writing from day one. Dates, times, names, screenshots. I didn't, at the start, and it made it harder later. Two: you're allowed to go above the school. Fife Council has a complaints process and you can use it. I didn't, and I wish I had, not for revenge but because other kids are still there. Three: a placing request is a legal right. You don't need the school's permission. Four: look after yourself. I spent four months lying awake running through conversations in my head. My GP was brilliant. Five: listen to your kid. C told me in October he was "fine". He wasn't.

How is he now? Honestly, better. Not perfect, he still has wobbles. But he's eating lunch. He's joined a chess club. He's got two pals who come round and eat all my biscuits. The bus journey is longer and I've had to adjust my work hours, which not everyone can do, and I know that.

Is Auchterbrae High a bad school? No, I don't think so. I know lots of families who are really happy there, and the inspectors liked it. But it wasn't the right school for my son, and when things went wrong they were too slow and too defensive. If you're in the same boat, I'm sorry, and my inbox is open.

Right. Wine.""",
        author="Shona",
        date="9 September 2025",
        comments=(
            (
                "Kerry M",
                "10 Sep 2025",
                "This could have been written about my daughter. Thank you for being brave enough to post it.",
            ),
            (
                "A teacher",
                "10 Sep 2025",
                "As a teacher elsewhere in Fife, all I can say is the system is on its knees. It's no excuse, but it is the reason.",
            ),
            (
                "Shona",
                "11 Sep 2025",
                "@A teacher I know, and I don't blame individual teachers. Thank you x",
            ),
        ),
        tags=("secondary school", "bullying", "placing request", "Fife"),
    ),
    E("school", "exact", "negative"),
    E("dmacleod", "title_surname", "negative"),
)

add(
    "blog",
    blog(
        "heritage",
        "From Academy to High School: a hundred years of schooling on Auchterbrae Road",
        """When the Auchterbrae Academy opened its doors on 3 September 1891, it had four teachers, 112 pupils and a single coal stove that, according to the first log book, "failed entirely to warm the Latin room". The rector, Mr Alexander Dow, was paid £210 a year and lodged with the minister.

The academy was built with money from the parish school board and a bequest from the Kilgarvie linen manufacturer John Galloway, whose portrait (looking, it must be said, rather cross) still hangs in the town hall. It stood on the site now occupied by the health centre, and its bell hangs in the entrance of the present school.

The early years. The log books, which are held in the Fife archive and which the society transcribed in 2019, give a vivid picture of the school in its first decades. Attendance fell every autumn at the tattie howking. In 1896 the school was closed for three weeks because of scarlet fever. In 1903 an inspector noted that the pupils' "knowledge of the geography of the Empire is satisfactory, but their handwriting is not". In 1912 the school's first female graduate teacher, Miss Jessie Bain MA, was appointed to teach English and French, and the log records, without further comment, that "the rector has arranged for a separate staff room for the lady teachers".

The wars. Forty-one former pupils of Auchterbrae Academy died in the First World War, and their names are on the memorial in the entrance hall, alongside nineteen from the Second. The society is grateful to the family of Private Thomas Lumsden, who lent us his letters home from France, in which he asks after "the Latin master and whether he still has the belt".

Between the wars the roll grew steadily as the pits expanded around Craigmyle and Balcurran. A new science wing was added in 1934, paid for partly by the miners' welfare fund. The academy's football team won the Fife Schools Shield in 1937 and 1938.

The comprehensive. By the 1960s the old building was bursting. Pupils were taught in huts in the playground and in the church hall. In 1965 the county council announced a new comprehensive school for the whole district, to be built on farmland at the top of Auchterbrae Road. The last rector of the academy, John Laidlaw, who died last year aged 91, led the move. He told the society in 2015 that the hardest part was "persuading the older staff that a school without a belt could work". The new Auchterbrae High School opened in August 1972 with 940 pupils, a swimming pool (closed in 1996), and what the Advertiser called "the most modern games hall in Fife". That same games hall annexe is now, of course, closed because of its concrete roof panels.

Since then. The school has been extended twice, in 1988 and 2006. The old academy building was demolished in 1979, to the fury of many in the town, and the society was founded in part as a result. Its bell, its war memorial and its honours boards were saved, and the honours boards now hang in the library of the present school, where pupils still occasionally find their grandparents' names.

Our thanks to the school's librarian and to the pupils of the S3 history class who helped us photograph the honours boards in March. The full set of transcriptions is available on our website and in the library.

Next month's meeting: "The linen mills of the Kilgarvie Burn", a talk by Dr Morag Fleming, Tuesday 7pm, Auchterbrae Parish Church hall. Non-members £3, includes tea.""",
        author="Auchterbrae Heritage Society",
        date="14 April 2025",
        comments=(
            (
                "Ian Dow",
                "15 Apr 2025",
                "Alexander Dow was my great-great-grandfather! Thank you for this.",
            ),
        ),
        tags=("education", "history", "Auchterbrae Academy"),
    ),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "chalkdust",
        "Probation year: what I learned from the best mentor I could have asked for",
        """It's June, my probation is signed off, and I have survived. More than that, I think I've actually become a teacher, which in August I would not have bet money on.

I'm not going to name my school, partly because of the usual social media policy and partly because I'd like to keep a bit of privacy. But I want to say thank you to my mentor, Kate, who will know who she is if she reads this (she won't, she doesn't read blogs, she reads Hardy for fun, which is frankly worrying).

Here are the things she taught me, in no particular order.

One. Learn every name in the first week. Not the first month. The first week. Kate had a seating plan with photos for every class and would quiz me on it at lunch. It made more difference than anything else.

Two. You do not have to win every argument with a fourteen-year-old. You just have to be the adult in the room.

Three. Mark in the room. If you take a hundred essays home, you will hate them and they will hate you.

Four. Go to the staffroom at lunch. Even when you'd rather hide in your classroom with a sandwich. Kate said the staffroom in a small-town school is where you find out everything you actually need to know, from which kid's gran is ill to which photocopier is lying about having paper.

Five. Say sorry when you get it wrong. The kids respect it.

Kate Wallace, thank you. The English department at Auchterbrae is lucky to have you and so was I.""",
        author="Miss T",
        date="20 June 2025",
        comments=(
            ("fellow_probationer", "21 Jun 2025", "This is lovely. Number four is so true."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("kwallace", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "techblog",
        "Seagulls, the Co-op and 3,000 downloads: meet Fife's youngest games studio",
        """There aren't many games studios whose staff have to be home by half four for their tea. But the lunchtime coding club at Auchterbrae High School has just shipped its third game, and this one has taken off.

"Gull Raid" is a puzzle adventure in which you play a teenager trying to buy a meal deal from a corner shop that has been taken over by seagulls. It's silly, it's surprisingly hard, and it's been downloaded more than 3,000 times since September.

The club is run by computing teacher Fraser Mackay, who describes his role as "chief duck officer". The game was designed, coded and drawn entirely by pupils in S1 to S6. The music is by two S4 fiddlers from the school's trad group.

I asked the club's lead programmer, Ross (S6), what the hardest part was. "The gulls' pathfinding. They kept flying into the walls. Mr Mackay made us explain it to a rubber duck."

The club is now looking for a local business to sponsor a laptop or two. If that's you, you know where to find them.""",
        author="Kingdom Code editor",
        date="12 November 2024",
        tags=("education", "games", "Fife"),
    ),
    E("school", "exact", "neutral"),
    E("fmackay", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "yarn",
        "Pattern review: Liz Reid's 'Lomond' cardigan",
        """I've been wanting to knit the Lomond cardigan since it was released last winter and finally cast on in February. For those who don't know, Liz Reid is a designer from Shetland whose patterns are all about stranded colourwork yokes and clever, seamless construction.

The pattern is beautifully written. The yoke chart is large and clear, and she gives you two versions of the colour sequence, one bold and one subtle. I went bold (moorit, mustard and a duck egg blue) and I'm delighted.

Things to watch: the sizing runs a little big, so check the finished measurements. And the button band is picked up at a ratio that made mine flare slightly; I went down a needle size and it sat much better.

Overall, five out of five. Liz Reid has another pattern out in the spring and I'll be first in the queue.""",
        author="Twa Needles",
        date="30 March 2025",
        tags=("knitting", "pattern review", "Shetland"),
    ),
)

add(
    "blog",
    blog(
        "rambles",
        "A day at the Wallace Monument (and 246 steps of regret)",
        """Not technically Fife, I know, but the sun was out and the kids needed to burn off some energy, so we drove over the bridge to Stirling for the Wallace Monument.

Parking is at the visitor centre at the bottom of the hill, and there's a shuttle bus to the top. We walked. The kids complained. The view of the Forth and the Ochils from the top of the hill was worth it even before we started on the tower.

Inside, there are 246 steps in a narrow spiral staircase, with three exhibition rooms on the way up, including the Hall of Heroes with its busts of famous Scots and the famous Wallace sword, which is taller than my eight-year-old and which he has not stopped talking about.

The crown at the top is windy and not for anyone afraid of heights. My husband did not enjoy it. The kids loved it.

Verdict: go on a clear day, wear good shoes, and bring snacks for the way down.""",
        author="Fiona, who walks so you don't have to",
        date="2 August 2024",
        tags=("Stirling", "family days out"),
    ),
)

add(
    "blog",
    blog(
        "politics",
        "An open letter to the Parent Council of Auchterbrae High School",
        """Dear members of the Parent Council,

I am writing as a parent of two pupils at the school, and as someone who has sat on three parent councils in Fife over the last fifteen years, to ask you to do something you have, in my view, been too reluctant to do: hold the school's senior leadership to account.

This year has seen the introduction of a phone policy that was, whatever its merits, imposed with two weeks' notice. It has seen the closure of the games hall annexe with no clear date for its reopening. It has seen an inspection report that, while positive on pupil support, said plainly that attainment in National 5 Mathematics has fallen for three years. It has seen families of children who are bullied telling the same story again and again: of being listened to politely and then nothing changing.

At the AGM in October, the head teacher, Heather McAllister, gave a presentation that lasted forty minutes and left eight minutes for questions. Several parents who had submitted questions in advance did not have them answered. When I asked about the maths results, I was told the matter was "being addressed through the school improvement plan". That is not an answer.

I do not doubt that Mrs McAllister and her staff work hard. I do not doubt that they are stretched. But the role of a Parent Council is not to serve tea and biscuits and applaud. It is to represent parents. Many parents at this school feel unheard.

I would ask the Parent Council to do three things. First, to publish its minutes within two weeks of each meeting. Second, to hold a meeting on attainment with the head teacher and the principal teacher of mathematics, with questions from parents taken from the floor. Third, to survey parents on the phone policy and publish the results in full.

Yours sincerely,

A Kilgarvie parent""",
        author="Guest post",
        date="4 November 2024",
        comments=(
            (
                "Morag Inglis (Chair)",
                "5 Nov 2024",
                "Thank you for this. The Parent Council will discuss it at our next meeting and I'll respond properly then. Our minutes are on the school website.",
            ),
            ("BraeMum2", "5 Nov 2024", "Agree with every word, especially the maths bit."),
        ),
    ),
    E("school", "exact", "negative"),
    E("hmcallister", "exact", "negative"),
)

add(
    "blog",
    blog(
        "chalkdust",
        "On being threatened online, and why I'm still here",
        """A friend who is a head teacher in Fife asked me to write this, and she's read it, and she's OK with it being up.

Last September, after her school introduced a phone policy, posts started appearing about her. At first they were the usual stuff: she's a power-mad witch, she should be sacked. Then they changed. Someone posted the make of her car. Someone else said she should "sleep with one eye open". A third said they knew where she parked.

She went to the police, who were good. The posts came down. Nobody was charged, because most of the accounts were anonymous and some were teenagers.

Here's what I want to say. Threatening teachers is never banter. It's never "just the internet". Heather went to work every single day that month, stood at the gate at 8.30 and said good morning to every kid, including, she's fairly sure, some of the ones who wrote the posts. That is what courage looks like in a school.

If you're a teacher and this is happening to you: screenshot everything, tell your union and tell the police. You are not overreacting.""",
        author="Miss T",
        date="3 March 2025",
    ),
    E("hmcallister", "nickname", "threat"),
)

# ---- second batch: mixed kinds

add(
    "news",
    news(
        "courant",
        "Man charged over threatening messages to PE teacher",
        """A 41-year-old man has been charged after a teacher at a Fife secondary school received a string of threatening messages.

Police Scotland said the messages were sent to Seumas Grant, principal teacher of physical education at Auchterbrae High School, between 10 and 14 March. It is understood they followed a cross-country race held in snowy conditions.

One message is alleged to have said Mr Grant would "no be walking for a while" once the sender "caught up wi him".

The man is due to appear at the sheriff court at a later date. A report has been sent to the procurator fiscal.

A Fife Council spokesperson said: "The safety of our staff is paramount. We are supporting the member of staff involved.\"""",
        byline="Court reporter",
        date="19 March 2025",
        section="Courts",
        related=("Kilgarvie man admits threatening depute head at school gates",),
    ),
    E("school", "exact", "neutral"),
    E("sgrant", "exact", "threat"),
)

add(
    "social",
    social(
        "X",
        "anon",
        "@prelim_revenge",
        "Jan 31",
        """bob p's actual email (not the school one) is bob.pacitti71@mailbox.example. that's the auchterbrae maths PT. fill his inbox till he changes our prelim marks 📩📩""",
        stats="8 reposts · 22 likes",
    ),
    E("school", "short_name", "neutral"),
    E("rpacitti", "nickname", "doxxing"),
)

add(
    "facebook",
    facebook(
        "Auchterbrae & District Community Noticeboard",
        "Auchterbrae High School PE Department",
        "27 March 2025",
        """🏃 Fife Schools Cross Country Championships - results 🏃

S1 girls: 3rd Ava Lumsden, 7th Grace Moffat
S1 boys: 1st Luca Ferrie (Fife champion!)
S2 girls: 5th Holly Baird
S3 boys: 2nd Kyle Lumsden
Team: S1 boys 2nd overall

Team manager: James Grant (Auchterbrae HS). Huge thanks to the parents who drove and to Mrs Ross-Hamilton for the emergency flapjacks.""",
        reactions="❤️ 71 · 👍 33",
    ),
    E("school", "alias", "neutral"),
    E("sgrant", "alias", "neutral"),
    E("arosshamilton", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "daily",
        "Paisley nurse's tablet recipe wins Scotland's Best Bake",
        """A Paisley nurse whose grandmother's tablet recipe was "written on the back of a bus ticket" has been crowned winner of this year's Scotland's Best Bake.

Heather McAllister, 29, beat more than 1,400 entries to take the £5,000 prize at the final in Glasgow on Saturday. Judges said her tablet had "the perfect snap and a proper grainy melt".

"My gran would have been mortified at all the fuss," said Ms McAllister, who works in the neonatal unit at the Royal Alexandra Hospital. "She'd have said it was just tablet."

Ms McAllister plans to spend the prize money on a holiday with her partner and is hoping to sell the tablet at Christmas markets.""",
        byline="Lifestyle desk",
        date="23 September 2024",
        section="Lifestyle",
    ),
)

add(
    "facebook",
    facebook(
        "Auchterbrae & District Community Noticeboard",
        "Grant's Butchers",
        "14 November 2024",
        """🥩 THIS WEEK AT GRANT'S 🥩 Steak pies £6.50 (order for the weekend!), 10 square sausage for £4, and our famous haggis is back for the season. Christmas order forms now in store. Thanks for supporting your local butcher - Sandy & the team""",
        reactions="👍 48",
    ),
)

add(
    "social",
    social(
        "X",
        "Kingdom Athletic FC",
        "@KingdomAthFC",
        "Apr 5",
        """FT: Kingdom Athletic 2-1 Lochmuir Thistle. Goals from Kyle Wallace and a late winner from Fraser Grant! 3 points in the bag 💪 #KAFC""",
        stats="31 reposts · 210 likes",
    ),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Fife",
        "Thinking of moving to Auchterbrae - what's it actually like?",
        (
            (
                "u/edinburgh_escapee",
                "2d",
                "Me and my partner are priced out of Edinburgh and looking at the new build estate at Craigmyle Mains, just outside Auchterbrae. We've got a two-year-old and another on the way. We've visited twice and it seems nice but obviously you don't get the real picture from a Saturday afternoon visit. What's it actually like to live there? Commute, schools, things to do, what's bad about it? Be honest!",
            ),
            (
                "u/kirkcaldy_kev",
                "2d",
                "Honest answer: it's a small Fife town. Quiet, friendly, a bit dead at night. Commute to Edinburgh is about an hour on a good day via the bridge, longer if there's anything on the Queensferry Crossing, which there always is. The train from Kirkcaldy is better than driving if you can get parked at the station, which you can't after 7.30.",
            ),
            (
                "u/edinburgh_escapee",
                "2d",
                "An hour is what we were thinking. Is the bus to Kirkcaldy any good?",
            ),
            (
                "u/brae_local_1988",
                "2d",
                "Born and bred here. The bus is fine during the day, every half hour, but the last one back is about 10.30 so no nights out in Kirkcaldy without a taxi. Paterson's Taxis are good and cheap if you book ahead. Honestly it's a great place for wee ones. Brae Park is lovely, there's a decent play park, a library with bookbug sessions, a swimming pool in the next town. The Gala Week in June is brilliant for kids.",
            ),
            (
                "u/kingdom_quine",
                "2d",
                "Seconding Gala Week. The whole town comes out. Get a duck for the duck race.",
            ),
            (
                "u/edinburgh_escapee",
                "2d",
                "Ha, noted. What are the schools like? Obviously we're a few years off but it matters for where we buy.",
            ),
            (
                "u/brae_local_1988",
                "2d",
                "The primary is good, small classes by Fife standards, the head is lovely. The high school is fine, bit mixed depending who you ask. It's a normal comprehensive, 800 kids, some great teachers and some not so great ones. Pupil support is meant to be very good. The buildings are tired and the games hall annex is shut because of the RAAC concrete thing.",
            ),
            (
                "u/ex_brae_pupil",
                "2d",
                "Went to Auchterbrae High 2008-2014. It was fine! Got into uni from there. Certain teachers were legends. The jannie, Billy Paterson, is still there apparently, he's been there since before the dinosaurs and he's the best guy in the building. He once found my lost phone in a bin and cleaned it for me.",
            ),
            (
                "u/lochmuir_lass",
                "2d",
                "Lochmuir Academy is the alternative if you're on the other side of the catchment line, and some parents put placing requests in. Both are OK. Don't believe everything on the Facebook groups, people only post when they're angry.",
            ),
            (
                "u/edinburgh_escapee",
                "2d",
                "That's reassuring. What about the bad stuff? Every town has some.",
            ),
            (
                "u/kirkcaldy_kev",
                "2d",
                "Not much to do for teenagers, so they hang about the Co-op and the Brae Café at night. A bit of low-level vandalism. The roads are terrible, the potholes on Mill Road could swallow a Fiesta. And there's a fair bit of pish-talking in the local groups, so don't read them before bed.",
            ),
            (
                "u/brae_local_1988",
                "2d",
                "Also the wind. Nobody warns you about the wind. Bins go flying every week in winter. Get a bin strap.",
            ),
            ("u/edinburgh_escapee", "1d", "Bin strap, got it. Any good places to eat?"),
            (
                "u/kingdom_quine",
                "1d",
                "Pacitti's chippy is the best in Fife, fight me. The Auchterbrae Arms does a decent Sunday roast. Brae Café for coffee and cake if you go before the school lunch rush. Otherwise Kirkcaldy or St Andrews for anything fancy.",
            ),
            ("u/ex_brae_pupil", "1d", "Seconding Pacitti's. The fish supper is elite."),
            (
                "u/edinburgh_escapee",
                "1d",
                "You've all sold it to me. One more question - is the new estate at Craigmyle Mains going to have its own school or will it all go to Auchterbrae?",
            ),
            (
                "u/brae_local_1988",
                "1d",
                "All to Auchterbrae for now. The council keeps saying they'll look at it. There was a committee report about the high school going over capacity by 2029, so expect an extension or catchment changes at some point. Folk in Kilgarvie are already raging about the bus being cut.",
            ),
            ("u/kirkcaldy_kev", "1d", "Welcome to Fife. Buy a good jacket."),
            (
                "u/edinburgh_escapee",
                "1d",
                "Thanks all, this is amazing. Will report back if we buy! First pint in the Auchterbrae Arms is on me.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("wpaterson", "nickname", "neutral"),
)

add(
    "news",
    news(
        "fifenow",
        "Fife Council budget 2025/26: every proposed cut explained",
        """Fife Council will set its budget for 2025/26 next Thursday, with officers warning of a funding gap of £29 million. Councillors will be asked to choose from a menu of savings, and to decide how far to raise council tax. Here is what is on the table, service by service, and what it could mean where you live.

Council tax. The administration has signalled a rise of between 6 and 9.5 per cent. A 9.5 per cent rise would add about £135 a year to a Band D bill. Opposition groups say a rise at the top of that range would hit families already struggling with energy and food costs. Each one per cent raises roughly £2.3 million.

Schools and education. Education is the council's largest budget, and proposed savings total £7.8 million. The biggest single item is a change to instrumental music tuition. From August, families would pay up to £250 a year per child for lessons, with exemptions for those on free school meals. The council says the service costs £3.4 million a year and that most Scottish councils already charge. Music teachers have warned that uptake would collapse. At Auchterbrae High, where the traditional music group has grown from six pupils to more than thirty, staff have said most members would be unable to pay.

Other education proposals include reducing the number of supply teachers held centrally, ending the council's contribution to a holiday activities programme, and a review of school transport eligibility. The withdrawal of the Kilgarvie school bus, already agreed, is expected to save £38,000. Officers are proposing to extend the same approach elsewhere, which could affect up to 600 pupils across Fife.

Secondary school staffing is protected in the proposals because of national rules on teacher numbers, but councillors have been warned that the teacher pay award for 2025/26 is not yet fully funded by the Scottish Government. If it is not, there could be a further gap of £4 million.

Roads and transport. Pothole repairs would be maintained at current levels, which campaigners say is not enough. Street lighting would be dimmed by 50 per cent between midnight and 5am on all but main roads, saving £410,000. Proposals to cut subsidised bus routes, including the evening service between Auchterbrae and Kirkcaldy, are likely to be controversial; the last bus currently leaves Kirkcaldy at 10.25pm.

Waste and environment. Garden waste collection charges would rise from £40 to £50 a year. Grass cutting in parks and verges would be reduced to six cuts a year, down from nine. Public toilets in five locations would close, though those in Brae Park in Auchterbrae, which have a community volunteer scheme, are not on the list.

Libraries and leisure. Opening hours at 12 community libraries would be reduced, with Saturday afternoon closures proposed at Auchterbrae, Balcurran and Kilgarvie. The council's leisure trust has been asked to find £1.2 million, which it says could mean higher prices for swimming and gym membership. The Lochmuir pool, used by many families from Auchterbrae since the town's own pool closed in 1996, is not proposed for closure.

Social care. The health and social care partnership faces its own pressures, and the council is being asked to provide an additional £6 million on top of its existing contribution. Care at home charges would rise in line with inflation.

Community grants. The community recovery fund, which has supported groups like the Auchterbrae Men's Shed and Kilgarvie Community Garden, would be cut by a third.

What happens next. Councillors will debate the budget at a full council meeting next Thursday, which can be watched online. Amendments from opposition groups are expected. Anyone who wants to make their views known should contact their local councillors before then.

We asked readers what they thought. Lorna Baird, whose children lost their school bus in Kilgarvie, said: "They keep saying every service is protected and then every year there's less. My kids are walking a B-road in the dark." Retired teacher Jim Kerr, from Balcurran, said: "I'd rather pay a bit more council tax than see the libraries shut on a Saturday. Once they go, they don't come back."

Councillor Aileen Brannigan, convener of the education scrutiny committee, said: "Nobody became a councillor to make cuts. But we have a legal duty to set a balanced budget and we will do it as fairly as we can.\"""",
        byline="Chris Laidlaw, Local democracy reporter",
        date="20 February 2025",
        section="Your Area",
        comments=(
            ("KilgarvieMum", "20 Feb", "Cut the councillors' expenses first"),
            ("pennywise", "20 Feb", "Dimming street lights is going to get somebody killed"),
            (
                "retired_in_balcurran",
                "21 Feb",
                "Thank you for actually explaining this properly, more than the council has done",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "caption",
        "@ahs_dofe",
        "Jun 2",
        """Bronze DofE expedition ✅ 34 S3s, 2 days, 1 thunderstorm, 0 lost pupils (nearly 1). Massive thanks to Seumas G. and the AHS PE staff for giving up their weekend 🏕️⛈️""",
        stats="♥ 96",
    ),
    E("school", "alias", "neutral"),
    E("sgrant", "first_initial", "neutral"),
)

add(
    "facebook",
    facebook(
        "Fife Mums & Dads",
        "Gillian Moffat",
        "22 August 2024",
        """Is it just me or was Mrs MacAllister's letter about the new uniform rules incredibly patronising? 'We know families will want to support us in raising standards.' We're not the problem. Auchterbrae seem to think parents are children too.""",
        comments=(
            ("Kerry Moffat", "Same. And £48 for a blazer"),
            ("Donna S", "To be fair the letter also said they'd help families who can't afford it"),
        ),
    ),
    E("school", "short_name", "negative"),
    E("hmcallister", "typo", "negative"),
)

add(
    "social",
    social(
        "X",
        "s4",
        "@s4_and_suffering",
        "Feb 26",
        """mrs R-H is such a nosy cow omg. asked me "how are things at home" in front of the whole corridor. mind yer own business hen 🙄 #AHS""",
        stats="14 likes",
    ),
    E("school", "hashtag", "neutral"),
    E("arosshamilton", "nickname", "abuse"),
)

add(
    "facebook",
    facebook(
        "Auchterbrae & District Community Noticeboard",
        "Sandra Lumsden",
        "13 May 2025",
        """Huge thanks to Billy Pattersen the janny at Auchterbrae High, who found my daughter's phone in the bushes by the back gate, charged it and phoned me off the emergency contact. Didn't have to do that. Gem of a man 💙""",
        comments=(("Irene Bell", "Billy's a diamond"),),
        reactions="❤️ 64",
    ),
    E("school", "alias", "neutral"),
    E("wpaterson", "typo", "neutral"),
)

add(
    "review",
    review(
        "pins",
        "Auchterbrae High School · Secondary school · Auchterbrae Road, Auchterbrae",
        3,
        "K. Forbes",
        "6 months ago",
        """Mixed bag. Some brilliant teachers, some who clearly gave up years ago. Communication with parents is poor, letters come home the day before things happen. But the janitor Mr Paterson is lovely and always says hello to my wee one in the buggy at pick up.""",
    ),
    E("school", "exact", "negative"),
    E("wpaterson", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "studyscot",
        "National 5 Music",
        "N5 Music performance - is 8 minutes total or per instrument??",
        (
            (
                "fiddle_girl_s4",
                "Posted 15 Jan 2025",
                "Our teacher (Ms E. Reid, Auchterbrae High) said 8 minutes total across both instruments but my pal at another school says it's 8 minutes per instrument. Who's right??",
            ),
            (
                "trad_teacher",
                "15 Jan 2025",
                "Your teacher is right. The performance is a programme of at least 8 minutes overall, with each instrument at least 2 minutes. Check the SQA course spec if you want it in writing.",
            ),
            ("fiddle_girl_s4", "15 Jan 2025", "phew thank you!!"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("ereid", "initial_surname", "neutral"),
)

add(
    "blog",
    blog(
        "politics",
        "The Kilgarvie bus: why I'll keep fighting",
        """By Councillor Iain MacLeod, Central Fife ward

When the council decided to withdraw the dedicated school bus from Kilgarvie to Auchterbrae High, I said it was the wrong decision, and I still do.

The three-mile rule was written for a different age. The route from Kilgarvie to the high school includes a stretch of the B-road with no pavement and no street lighting. Officers have assessed it as "acceptable". I walked it myself on a wet Tuesday in January at 8am with a torch, and I would not let my own grandchildren do it.

I have asked for the safety assessment to be published in full, and the education scrutiny committee has agreed to look at it in May. I am also asking for the £38,000 saving to be set against the cost of a pavement, which the roads department estimate at £190,000. If the council won't fund the bus, it should fund the path.

Parents in Kilgarvie have been dignified and determined. I'll keep standing with them.""",
        author="Cllr Iain MacLeod",
        date="14 March 2025",
        comments=(
            ("Lorna Baird", "15 Mar 2025", "Thank you Iain, you've been the only one listening."),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Lochmuir Academy",
        "@LochmuirAcad",
        "May 15",
        """Congratulations to our S6 Young Enterprise team, Fife finalists 2025! 🎉 Thank you to Mr Wallace for mentoring. #LochmuirProud""",
        stats="5 reposts · 38 likes",
    ),
)

add(
    "social",
    social(
        "X",
        "footy dad",
        "@footy_dad_k",
        "Mar 11",
        """mr grant had the S1s out doing cross country in sleet this morning. sleet. my boy came hame blue. there's keeping them tough and there's daft""",
        stats="9 likes",
    ),
    E("sgrant", "title_surname", "negative"),
)

add(
    "facebook",
    facebook(
        "Fife Mums & Dads",
        "Karen Ritchie",
        "9 October 2024",
        """Bob Pacitti at the high school is running free maths drop-ins on a Thursday after school for N5 and Higher pupils. My son went last week and came home actually understanding simultaneous equations. Tell your teenagers! Room M4, 3.30-4.30.""",
        comments=(
            ("Jill Forbes", "Brilliant, will tell Aidan"),
            ("Ashley Reid", "Is it just Auchterbrae pupils or can anybody go?"),
            ("Karen Ritchie", "Just Auchterbrae I think"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("rpacitti", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Auchterbrae Juniors FC",
        "Club Secretary",
        "30 July 2025",
        """Registration night for the 2025/26 youth teams is Tuesday 5 August, 6-8pm, at Brae Park pavilion. Under 9s to Under 17s. Bring your child's birth certificate and £40 registration fee. Coaches still needed for the under 11s - speak to Stevie Paterson.""",
        reactions="👍 41",
    ),
)

add(
    "news",
    news(
        "advertiser",
        "Auchterbrae Primary praised by inspectors",
        """Auchterbrae Primary School has received a glowing report from Education Scotland, with inspectors grading learning and teaching as "very good".

Inspectors praised the school's outdoor learning programme in Auchterbrae Woods and the way older pupils act as reading buddies for P1s.

Head teacher Karen Orr said: "This belongs to the children, the staff and the families. We're thrilled."

The school has a roll of 294 and a nursery class of 40.""",
        byline="Moira Henderson",
        date="9 May 2025",
        section="News",
    ),
)

add(
    "social",
    social(
        "X",
        "petition",
        "@brae_parents_voice",
        "Sep 10",
        """1,200 signatures in 3 days. The phone ban was rushed through without consulting a single parent. Sign and share. #McAllisterOut #AuchterbraeHigh""",
        stats="48 reposts · 97 likes",
    ),
    E("school", "hashtag", "negative"),
    E("hmcallister", "hashtag", "negative"),
)

add(
    "blog",
    blog(
        "techblog",
        "The rubber duck method, explained for parents",
        """Parents keep emailing me to ask what the "duck thing" is that their kids talk about after coding club. So here it is.

Rubber duck debugging is an old programmer's trick. When your code isn't working, you explain it, line by line, out loud, to an inanimate object. Usually a rubber duck. About halfway through you hear yourself say something daft and realise where the bug is.

Mackay's duck rule, as his pupils at Auchterbrae call it, has one addition: the teacher won't look at your code until you've done the duck. It forces them to slow down and read what they've actually written, not what they meant to write.

Try it at home with homework. It works for maths too.""",
        author="Kingdom Code editor",
        date="2 February 2025",
    ),
    E("school", "short_name", "neutral"),
    E("fmackay", "possessive", "neutral"),
)

add(
    "facebook",
    facebook(
        "Polish Community in Fife / Polonia w Fife",
        "Agnieszka Wójcik",
        "7 September 2024",
        """Good news for families in the Auchterbrae area! Tomasz from Auchterbrae High (the chemistry teacher, many of you know him) is helping to start a Polish Saturday school in the Auchterbrae Parish Church hall from October. Polish language, history and culture for ages 5-15. Pan Tomasz says volunteers are very welcome. Message me for details 🇵🇱🏴""",
        comments=(
            ("Kasia Nowicka", "Finally! My two will be there"),
            ("Marek K", "Świetnie! Great idea"),
        ),
        reactions="❤️ 39",
    ),
    E("school", "alias", "neutral"),
    E("tbrzezinski", "nickname", "neutral"),
)

add(
    "news",
    news(
        "daily",
        "Locked away: a year inside Scotland's great school phone experiment",
        """At 8.45 on a grey Monday morning in Aberdeenshire, a queue of teenagers shuffles past a table in a school foyer, dropping phones into grey fabric pouches and snapping them shut with a click that sounds, to the pupils at least, like a cell door. "It's like airport security," says one S3 girl, "except you don't get to go on holiday."

A year ago the Scottish Government published guidance giving head teachers the power to restrict mobile phones during the school day. It stopped short of a national ban. Instead it left each school to decide. The result is a patchwork: some schools have banned phones entirely, some lock them in pouches, some collect them in boxes at the start of each lesson, and some have changed very little.

Scotland Daily spent a term visiting six secondaries across the country that took different approaches, talking to pupils, teachers, parents and head teachers about what has actually changed. What we found was more complicated than either side of the argument would like.

The pouch schools. Two of the schools we visited use magnetically locked pouches, which pupils carry with them but cannot open until a member of staff unlocks them at the end of the day. One is in Aberdeenshire. The other is Auchterbrae High School, a comprehensive of about 800 pupils in a small town in Fife.

At both, staff were emphatic that corridors are calmer. "The first thing you notice is the noise," says one Aberdeenshire depute. "Lunchtime used to be 400 kids staring at screens in silence. Now it's 400 kids shouting at each other. Which is, frankly, what lunchtime should be."

In Auchterbrae, head teacher Heather McAllister introduced the pouches in September 2024 after a survey found that more than half of pupils said they were distracted by their phone in most lessons. The move was not universally popular. Within a week a petition calling for it to be reversed had gathered more than a thousand signatures, and police investigated threatening posts made about her online.

"I'm not going to pretend it was easy," she says. "But I'd do it again. We had fewer incidents of filming, fewer fall-outs that started online on a Sunday night and came into school on a Monday, and teachers tell me kids are talking to each other again." She is careful not to overclaim. Attendance has not improved. Attainment figures will not be known until August. "If anyone tells you a pouch will fix the attainment gap, don't believe them."

Parents there remain divided. A mother from one of the outlying villages told us her daughter's bus is often late and she worries about not being able to reach her. Others said they were relieved. "It gives me a reason to say no at home too," one father said.

The box schools. Two schools we visited collect phones at the start of each lesson in a box or a wall-mounted caddy. It's cheaper than pouches, costing a few pounds per classroom, but depends on teachers enforcing it every period. One principal teacher in Glasgow described it as "a daily tax on my patience". Several pupils admitted to handing in old phones while keeping their real one in a pocket.

The light-touch schools. At two schools, in the Highlands and the Borders, phones are allowed in bags but must not be seen in class. Heads there argued that teaching responsible use is better than banning. "They'll have phones for the rest of their lives," one head said. "I'd rather they learn to put it away here, where there's support, than at 18 in a lecture theatre." Teachers at both schools, speaking privately, were less convinced.

What the evidence says. Researchers are cautious. A large study from England published last year found no clear link between school phone policies and pupils' wellbeing or grades, though it found that overall time spent on phones was strongly linked to worse sleep, mood and attainment. Smaller studies in Norway and Spain suggested benefits for girls and for lower-attaining pupils. "The honest answer is that we don't know yet," said one education researcher at a Scottish university. "And a year is far too short to tell."

What pupils say. Pupils we spoke to were more thoughtful than the stereotype. Many said they hated the rules at first and now didn't mind. "I actually read a book at lunch last week," said a boy in S2, sounding slightly surprised at himself. An S5 pupil said the ban had made her realise "how much of my day was just scrolling without even wanting to". Others were less positive. Young carers, several pupils pointed out, need to be reachable. One S4 pupil with diabetes said the process for getting her exemption had taken weeks.

What teachers say. Teachers' unions have broadly welcomed the guidance but warned against leaving enforcement to individual classroom teachers. "If the policy depends on thirty confrontations a day, it isn't a policy, it's a burden," one union official said.

What next. The Scottish Government says it will review the guidance next year. Ministers have so far resisted calls for a national ban. For now, the experiment continues school by school, and the pupils in the foyer queue will keep clicking their pouches shut, complaining, and then, at least some of the time, looking up.""",
        byline="By Rachel Tait, Education correspondent",
        date="8 June 2025",
        section="Lifestyle",
        comments=(
            ("parent_of_3", "8 Jun", "Really balanced piece, thank you. More of this please."),
            ("old_school", "8 Jun", "In my day we didn't have phones and we turned out fine"),
            ("old_school's_kid", "8 Jun", "debatable dad"),
        ),
        related=(
            "Scottish Government publishes mobile phone guidance",
            "Young carers 'left out' of school phone rules, charity warns",
        ),
    ),
    E("school", "exact", "neutral"),
    E("hmcallister", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "heritage",
        "Community Council newsletter - Spring 2025",
        """Welcome to the spring newsletter of Auchterbrae and District Community Council. As ever, we are grateful to the Heritage Society for letting us borrow their website, and to the volunteers who deliver paper copies to residents without internet access. If you would like a paper copy, ask at the library.

Chair's welcome. It has been a long, wet winter, and many of you will have had enough of flooded paths, potholes and the wind. The community council has spent much of the last three months on three issues: the Kilgarvie school bus, the council budget, and the future of the Craigmyle Mains development. Updates on all three are below. We have also welcomed two new members, Kasia Nowicka and Graham Forbes, and said farewell to Jim Kerr, who stood down after eleven years. Jim, thank you for everything, and especially for the biscuits.

Kilgarvie school bus. As most residents will know, Fife Council has confirmed that the dedicated bus from Kilgarvie to the high school will be withdrawn from August. The community council wrote to the council in January objecting to the decision and supporting the request from Councillor MacLeod for the route safety assessment to be published. The education scrutiny committee considered this in February and agreed to receive a further report in May. We will continue to press for either the bus to be retained or a proper footpath to be built. Residents who want to add their views should email the secretary.

Council budget. Councillors set the budget in February. The outcome for our area is mixed. The Brae Park toilets have been saved, thanks in no small part to the volunteers who clean them. Saturday afternoon library opening has been cut. The evening bus to Kirkcaldy has been retained for another year, after a campaign by residents and the Kilgarvie Rural. The community recovery fund has been cut by a third. The community council will be applying for funding for new planters on the High Street, but we are realistic about our chances.

Craigmyle Mains. The first 80 homes at Craigmyle Mains are now occupied, and a further 220 are under construction. The community council has met the developer to raise concerns about construction traffic on Mill Road and mud on the road surface. They have agreed to extra road sweeping and a wheel wash. We are also pressing the council on how developer contributions will be spent. Around £1.4 million is due for education, and we have asked that at least part of this is spent on the high school games hall, which has been partly closed since October.

Litter pick. Our spring litter pick on 22 March was the biggest yet, with 61 volunteers. We collected 94 bags of rubbish, two traffic cones, a shopping trolley (returned to the Co-op) and, for reasons nobody can explain, a garden gnome dressed as a Jacobite. A special thank you to the S6 pupils from the high school who came along on a Saturday morning with Mrs Katherine Wallace and worked harder than anybody. Thanks also to the Men's Shed for the tea and bacon rolls.

Gala Week. Gala Week runs from 21 to 29 June. The Gala Committee is looking for volunteers, especially stewards for the procession and the fireworks. The committee is also looking for a new dog show judge, so if you know your spaniels from your setters, get in touch.

Planning applications. The following applications in our area were considered at our recent meetings. 12 High Street: change of use from shop to café (no objection). Land to the rear of the Auchterbrae Arms: erection of two dwelling houses (objection on grounds of access and parking). Kilgarvie Mill: conversion to six flats (no objection, subject to flood risk assessment). Balcurran Bowling Club: new clubhouse roof (support).

Police report. Sergeant Baird attended our February meeting. Reported crime in the area is down slightly on last year. The main concerns raised by residents are speeding on Auchterbrae Road and Station Road, antisocial behaviour around the Co-op on Friday nights, and a small number of thefts from sheds and vans. Police advise residents to mark tools and to report anything suspicious on 101. Speed checks will be carried out on Auchterbrae Road during school term.

Defibrillators. There are now public-access defibrillators at the town hall, the Co-op, the bowling club, Kilgarvie Spar and Balcurran church. The community council is fundraising for a sixth at Brae Park. A free CPR and defib awareness session will be held in the town hall on 15 May at 7pm; no booking needed.

Roads and paths. The burn path between Kilgarvie and Auchterbrae was closed for a week in February after flooding washed away part of the bank. It has reopened, but care is needed. We have reported the potholes on Mill Road (again). If you spot a pothole, report it online to Fife Council with a photo. The more reports, the faster things happen, or so we are told.

Heritage. The Heritage Society's transcription of the old academy's honours boards is now complete and available in the library. Their next talk is on the linen mills of the Kilgarvie Burn.

Dates for your diary. Community council meetings are held on the first Tuesday of each month at 7pm in the town hall (except July). All residents are welcome. Next meetings: 6 May, 3 June, 5 August.

Treasurer's report. The community council's annual grant from Fife Council was £1,150 this year, unchanged since 2019. Expenditure was mainly on hall hire, printing this newsletter and public liability insurance. We end the year with a balance of £2,312, most of which is ring-fenced for the Brae Park defibrillator appeal. Accounts are available on request.

Contact. You can reach the community council by email via the secretary, by writing to us care of the library, or by speaking to any member. Thank you for reading, and here's to a drier summer.""",
        author="Auchterbrae and District Community Council",
        date="10 April 2025",
        tags=("community council", "newsletter", "Auchterbrae", "Kilgarvie"),
    ),
    E("kwallace", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "chalkdust",
        "Twelve schools in twelve months: a year on supply in Fife",
        """When I handed in my notice at my old school last June, three people told me I was mad, one told me I was brave, and my mum asked whether supply teachers get a pension (they do, calm down). A year on, I have taught in twelve different secondary schools across Fife, covered nineteen different subjects (including, on one memorable Wednesday, Gaelic, which I do not speak), and learned more about how schools actually work than in nine years of permanent teaching.

This is a long post. Get a cup of tea.

Why supply? The short version is burnout. The longer version involves a department restructure, a timetable with 24 periods and no free on a Friday, and a moment in the car park in May when I realised I couldn't remember the last time I'd enjoyed a lesson. Supply, I thought, would let me teach without the meetings, the tracking spreadsheets and the 11pm emails. I was mostly right.

How it works. In Fife, supply teachers are on a council list. Schools phone or text you, usually between 7 and 8 in the morning, sometimes the night before if you're lucky. You can say no. You get paid by the day, on the same scale as permanent teachers, but you don't get paid in the holidays, which is the catch everyone forgets. In a good month I earned more than I did permanently. In August and over Christmas I earned nothing, and lived on pasta.

The first day in a new school. There is a ritual to the first day in a new school, and it goes like this. You arrive at reception at 8.20. Nobody knows you're coming. Someone eventually finds a depute, who looks at you like you're a parcel that has been delivered to the wrong house, then finds a piece of paper with your timetable on it and a lanyard that says VISITOR. You are given a map. The map is wrong. You find the classroom. The cover work is either a beautifully prepared lesson with printed worksheets and a seating plan, or a Post-it note saying "Chapter 7".

The kids. I'll say this clearly because people always ask: the kids are mostly fine. Everywhere. Every school has its legends, its chancers and its kids who are quietly carrying more than any fourteen-year-old should. A supply teacher is a test, and they will test you. The first ten minutes matter more than the next fifty. Learn three names fast, keep your voice low, and never, ever let them see you're lost on the map.

The staffrooms. I've eaten my lunch in twelve staffrooms. Some were warm and welcoming, with someone offering to show you where the mugs are before you've taken your coat off. Some were silent, with everyone marking in their own corner. One had a fridge with a laminated sign that said THIS MEANS YOU, GRAHAM. I never met Graham. I think about him often.

The schools that get it right. The schools that were best to work in, as a supply teacher, weren't necessarily the ones with the best results or the newest buildings. They were the ones where someone had thought about what it's like to walk in cold.

At Auchterbrae High, the depute, Donald MacLeod, met me at the door on my first morning, walked me to my room, gave me a printed sheet with the names of the "kids to keep an eye on" and the phone extension for the pupil support base, and came back at interval to ask how it was going. It took him ten minutes. It made my whole week. The cover work there was the best I saw all year, and the janitor gave me a parking permit without my even asking. I went back nine times.

At another school, which I won't name, I spent a whole day teaching S2 science without a single member of staff speaking to me, and at 3.30 I discovered that the class I'd been given period 5 had been told I was "just a sub" and they didn't need to do the work. They didn't.

What I learned about behaviour. The thing that makes the biggest difference to behaviour is not the policy. Every school has a policy and they're all basically the same. What makes the difference is whether the adults in the corridors follow it consistently. In the calm schools, every teacher stood at their door at changeover. In the chaotic ones, nobody did.

What I learned about cover work. Please, if you're a permanent teacher: leave a seating plan. Please. A seating plan turns a supply teacher from a stranger into someone who can say "Jayden, sit down". It's the single most useful thing you can do.

What I learned about myself. I'm a better teacher than I was a year ago, and I'm less tired. I've also learned that I miss belonging somewhere. Supply is freedom, but it's lonely. You never see a class through to the exam. You never get the card at the end of the year. You're always the visitor.

The money, honestly. Over twelve months I earned about 85 per cent of my old salary, because of the holidays. I had no sick pay for the week I had flu. I spent a fortune on petrol driving to the far end of the region. If you have a mortgage and no other income, think carefully.

The admin. The council's supply system is, to put it politely, a work in progress. Timesheets are submitted on paper in some schools and online in others. Twice I wasn't paid for a day because a form went missing. Keep your own records.

Would I recommend it? For a year, yes. If you're burnt out, if you want to see how other schools work before you move, or if you're thinking of leaving teaching and want to find out whether it's the job or the school you hate, supply is a brilliant way to find out. For ever? Probably not, unless you love variety more than you love belonging.

What next for me. I've applied for a permanent post, and I'll find out next week whether I've got it. I'm not going to say where. But it's a school where someone met me at the door.

If you're thinking about going on supply and want to ask anything, leave a comment below. And Graham, if you're reading this: take your own yoghurts.""",
        author="Miss T",
        date="30 June 2025",
        comments=(
            ("supply_sam", "1 Jul 2025", "The Post-it note saying 'Chapter 7' is painfully real."),
            (
                "a_depute_in_fife",
                "1 Jul 2025",
                "Printing this out and leaving it in our staffroom. Seating plans, people!",
            ),
            ("Miss T", "2 Jul 2025", "@a_depute_in_fife please do!"),
            ("graham_actual", "2 Jul 2025", "They're my yoghurts and I'll put them where I like."),
        ),
        tags=("supply teaching", "Fife", "workload", "behaviour"),
    ),
    E("school", "alias", "neutral"),
    E("dmacleod", "exact", "neutral"),
)

add(
    "social",
    social(
        "X",
        "brae dad",
        "@bigtam_brae",
        "Oct 14",
        """the heidie at auchterbrae high is a clown. whole place is run like a circus, three different letters about the same trip in one week and none of them had the right date""",
        stats="6 likes",
    ),
    E("school", "alias", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "comment on @brae.banter · 'POV: last period chemistry on a friday'",
        "@zara.s3",
        "1w ago",
        """sir said if we finish the practical we can watch a film 🙏🙏 best chem teacher at AHS no cap""",
        stats="♥ 57",
    ),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "kingdomtalk",
        "Auchterbrae and District",
        "Phone pouches - one month in, how's it going?",
        (
            (
                "BraeDad",
                "Posted 4 Oct 2024",
                "One month into the pouch thing at the High. My son says half his year have worked out you can open them with a magnet off the fridge. So Mrs McAlister has spent how much on pouches that don't work? Nobody at Auchterbrae thought to test them on an actual teenager first.",
            ),
            (
                "Janice W",
                "4 Oct 2024",
                "My daughter says it's quieter at lunch though. Swings and roundabouts.",
            ),
            (
                "BraeDad",
                "4 Oct 2024",
                "Quieter because they're all in the toilets with their magnets lol",
            ),
            (
                "KilgarvieJim",
                "5 Oct 2024",
                "Seven grand on pouches according to the Parent Council minutes. I'd have rather they fixed the roof in the huts.",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("hmcallister", "typo", "negative"),
)


add(
    "facebook",
    facebook(
        "Kilgarvie Matters",
        "Nan Lumsden",
        "3 June 2025",
        """Proud granny post!! My Kyle got his bronze Duke of Edinburgh award at Auchterbrae Academy today (I'll never call it anything else, it was the Academy when I was there in 1961). Walked 30 miles in the rain and never complained once, which is more than his grandad ever managed 😂""",
        comments=(
            ("Irene Bell", "Well done Kyle! And it'll always be the Academy to us Nan"),
            ("Tam Kidd", "Good lad"),
        ),
        reactions="❤️ 52",
    ),
    E("school", "short_name", "neutral"),
)


# ---------------------------------------------------------------- output


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
