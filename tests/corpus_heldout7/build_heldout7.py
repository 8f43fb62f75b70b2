# ruff: noqa: E501
"""Labelled corpus heldout7 for the repwatch matcher (Slievecorran Grammar School, Ballykeelan).

HELD OUT. This corpus is measured once, at the end, as the honest estimate of how the matcher
does on writing it has never seen. Never tune on it: do not read its errors, its documents or
its labels and change the matcher to suit them, or the measurement is spent.

Written WITHOUT reading the matcher, its tests or any other corpus's documents or labels; only
the page-template machinery and validate()/main() were copied from build_train6.py.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Rebuild with

    .venv/bin/python tests/corpus_heldout7/build_heldout7.py

and evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_heldout7

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the town, the townlands and estates, the sites (``.example``), the phone numbers (Ofcom
drama ranges) and the addresses.

Setting: a voluntary grammar school (ages 11-18) in Ballykeelan, a market town in County
Down, Northern Ireland, under the hill of Slievecorran. The neighbouring villages are
Annaclare, Drumskea and Carrowbeg; the estates and townlands are Glenview, Corrick Heights,
Tullyglush and Thornleigh. The name "Slievecorran" is shared with the hill itself, Slievecorran
GAC, Slievecorran Presbyterian Church (and its hall), the Slievecorran Hotel, Slievecorran
Road, Slievecorran Primary School and Slievecorran Credit Union; Ballykeelan also has a
non-selective Ballykeelan High School and St Colmcille's High School. Staff share the common
Ulster surnames Wilson, Campbell, Thompson, Patterson, Kelly, Magee and O'Kane with a
councillor, a footballer, a priest, a solicitor, a publican and others.

Labelling conventions used here:

* ``exact``: the full official name ("Slievecorran Grammar School") or a staff member's full
  name; a missing fada ("Padraig O Cathain") still counts as exact.
* ``short_name``: "Slievecorran" alone (any case) meaning the school.
* ``alias``: a watchlist alias: "Slievecorran Grammar" (without "School"), "SGS",
  "the Grammar" (only where the town context makes it our school), the pre-1968 name
  "Ballykeelan Academy", Mrs Campbell's maiden name "Elizabeth/Liz Magill", and the
  anglicised "Pádraig O'Kane" for the Irish teacher ("Mr O'Kane" is also counted as alias).
* ``nickname``: "Vandy", "Bobby/Bob/Rab Wilson", "Kate/Katie Gault", "Dr G", "Jonny
  Thompson", "Thommo", "Liz Campbell", "Mrs BMc", "Davy Kelly", "Trev McIlwaine", "Rach
  Patterson", "Paddy" (with the Irish-teacher context), "Ali Magee".
* ``possessive``: a name that only appears possessively without a title ("Gault's latest
  letter", "Slievecorran's hockey girls"); "Mr Wilson's" is ``title_surname``.
* ``hyphenated``: half of Mrs Beattie-McNally's surname ("Mrs McNally", "Beattie") or the
  surname with the hyphen dropped ("Beattie McNally").
* ``first_initial``: first name plus surname initial ("Lorcan V."); ``initial_surname`` is
  "R. Wilson" / "K Gault".
* ``hashtag`` is a #tag, ``handle`` an @name, ``camelcase`` a run-together name without #/@.
* "the head", "sir", "the vice-principal", "the Irish teacher" alone are NOT mentions of a
  staff member, and neither is a first name alone ("my friend Rachel who coaches at
  Slievecorran"); "the grammar school" with no name is not a mention of the school.
* Hate here includes sectarian abuse (anti-Catholic, anti-Protestant, anti-Irish) as well as
  homophobia, xenophobia and misogyny; where a page both threatens and is sectarian, the
  label follows what the page mainly does to that subject.
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
    "school", "kgault", "rwilson", "ecampbell", "jthompson", "rpatterson", "dkelly",
    "pocathain", "amagee", "tmcilwaine", "lvandermolen", "hbeattiemcnally",
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
    "outlook": (
        "Ballykeelan Outlook",
        "ballykeelanoutlook.example",
        ["Home", "News", "Court", "Sport", "Schools", "Farming", "Family Notices", "Letters"],
    ),
    "belfast": (
        "Belfast Evening Post",
        "belfasteveningpost.example",
        ["News", "Politics", "Crime", "Education", "Sport", "Business", "Opinion"],
    ),
    "chronicle": (
        "Down Chronicle",
        "downchronicle.example",
        ["Latest", "Your Area", "Courts", "GAA", "Rugby", "Jobs"],
    ),
    "council": (
        "Slieve Down District Council",
        "slievedown-dc.example",
        ["Home", "Council and democracy", "Minutes", "Planning", "Bins and recycling", "Leisure"],
    ),
    "ea": (
        "Education Authority (Southern Down Region) Notices",
        "ea-notices.example",
        ["Home", "Schools", "Admissions", "Consultations", "Transport", "Contact"],
    ),
    "bulletin": (
        "NI Schools Bulletin",
        "nischoolsbulletin.example",
        ["News", "Leadership", "Inspection", "Transfer", "Jobs"],
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
        f'</main><footer><p>&copy; 2024 {h(name)}. All rights reserved.</p><a href="#">Privacy</a> | <a href="#">Terms</a> | <a href="#">Contact us</a> | <a href="#">Complaints</a></footer></body></html>'
    )
    return "\n".join(out)


FORUMS = {
    "mumzone": ("MumZone", "mumzone.example", "Talk"),
    "nitalk": ("NI Talk Boards", "nitalk.example", "Boards"),
    "sixthform": ("Sixth Form Chat", "sixthformchat.example", "Forums"),
    "teachers": ("StaffroomNI", "staffroomni.example", "Discussions"),
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


def reddit(
    sub: str, title: str, op: str, op_text: str, comments: tuple[tuple[str, int, str], ...]
) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en"><head><meta charset="utf-8"><title>{h(title)} : {h(sub)}</title></head><body>',
        f'<header><a href="https://threadit.example/">threadit</a> <span class="sub">{h(sub)}</span> <a href="#">Log in</a></header>',
        f'<main><div class="post"><div class="meta">Posted by u/{h(op)}</div><h1>{h(title)}</h1>{_paras(op_text)}</div><section class="comments"><div class="sort">Sort by: Best</div>',
    ]
    for user, points, text in comments:
        out.append(
            f'<div class="comment"><span class="user">u/{h(user)}</span> <span class="points">{points} points</span>{_paras(text)}<span>Reply Share Report</span></div>'
        )
    out.append(
        f"</section></main><aside><h3>About {h(sub)}</h3><p>Community rules: be civil, no doxxing, no personal info, no sectarianism.</p></aside><footer>threadit Inc. &copy; 2024</footer></body></html>"
    )
    return "\n".join(out)


def blog(
    blogname: str,
    tagline: str,
    title: str,
    date: str,
    body: str,
    comments: tuple[tuple[str, str, str], ...] = (),
) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} – {h(blogname)}</title></head><body>',
        f'<header><h2 class="site-title">{h(blogname)}</h2><p class="tagline">{h(tagline)}</p><nav><a href="#">Home</a> <a href="#">About</a> <a href="#">Archive</a> <a href="#">Contact</a></nav></header>',
        f'<main><article><h1>{h(title)}</h1><div class="date">{h(date)}</div>{_paras(body)}<div class="tags">Filed under: Uncategorised</div></article>',
    ]
    if comments:
        out.append(
            f'<section id="comments"><h3>{len(comments)} thoughts on &ldquo;{h(title)}&rdquo;</h3>'
        )
        for user, when, text in comments:
            out.append(
                f'<div class="comment"><b>{h(user)}</b> <i>{h(when)}</i>{_paras(text)}</div>'
            )
        out.append("</section>")
    out.append(
        "</main><aside><h3>Recent posts</h3><ul><li>Back home for the Twelfth fortnight</li><li>Walking the Mournes in the rain</li><li>What the transfer test did to us</li></ul></aside>"
        f"<footer>&copy; {h(blogname)} &middot; Powered by PressWorks</footer></body></html>"
    )
    return "\n".join(out)


def fb(
    group: str, author: str, when: str, text: str, comments: tuple[tuple[str, str], ...] = ()
) -> str:
    out = [f"{group}\n{author} · {when}\n\n{text.strip()}\n"]
    if comments:
        out.append(f"\n{len(comments)} comments")
        for who, c in comments:
            out.append(f"{who}\n{c.strip()}\nLike · Reply")
    return "\n".join(out)


def review(place: str, stars: int, who: str, when: str, text: str, owner_reply: str = "") -> str:
    out = f"{place}\n{'★' * stars}{'☆' * (5 - stars)}  {who} · {when}\n\n{text.strip()}\n"
    if owner_reply:
        out += f"\nResponse from the owner\n{owner_reply.strip()}\n"
    return out


# ---------------------------------------------------------------- documents

# ================================================================ NEWS

# prize day; the guest speaker is a councillor who shares the VP's surname (not labelled)
add(
    "news",
    news(
        "outlook",
        "Prize Day honours Slievecorran Grammar's high flyers",
        """There was hardly a spare seat in the assembly hall on Thursday evening as Slievecorran Grammar School held its annual Prize Day, with more than 140 awards presented to pupils from Year 8 right up to the Upper Sixth.

Principal Dr Katherine Gault told parents it had been "a year of quiet, stubborn excellence". She paid tribute to the mathematics department under Lorcan Vandermolen, whose pupils took three of the top ten places in Northern Ireland in the CCEA Further Mathematics A-level, and to the school's hockey girls, who reached the Ulster Schools' Cup semi-final for the first time in nine years.

The guest of honour was Councillor Jim Wilson, chair of Slieve Down District Council's community committee and himself a past pupil, who urged the prize winners "not to be afraid of failing at something worth doing". Cllr Wilson, who left school at sixteen to work in his father's hardware shop on Market Street, said he had "learned more from the rugby pitch than from any exam".

The Headmaster's Cup for outstanding contribution to school life went to head girl Niamh Blaney of Drumskea, while head boy Adam McCready of Annaclare received the Old Academicians' Award. A full list of prize winners appears on page 14.

The evening closed with a performance by the senior choir, conducted by Mrs Ruth Hamill, and refreshments served by the Parents' Association.""",
        byline="By Gillian McKee",
        date="14 November 2024",
        section="Schools",
        related=(
            "Ballykeelan High opens new STEM block",
            "Carrowbeg Young Farmers' ploughing match results",
        ),
    ),
    E("school", "exact", "neutral"),
    E("kgault", "exact", "neutral"),
    E("lvandermolen", "exact", "neutral"),
)

# court report: a threat against the principal, reported as news
add(
    "news",
    news(
        "outlook",
        "Man admits making threatening calls to grammar school principal",
        """A 41-year-old Ballykeelan man has admitted making a series of threatening phone calls to the principal of a local grammar school after his son was refused a place.

Darren Craig, of Corrick Heights, pleaded guilty at Newry Magistrates' Court to improper use of a public electronic communications network and to sending a threatening communication.

The court heard that Craig rang the office of Slievecorran Grammar School on eleven occasions over two days in March. In one call he told a secretary that principal Dr Katherine Gault "had better not walk to her car on her own" and that he "knew what she drove".

A prosecuting lawyer said the calls had caused "considerable fear" and that Dr Gault had been escorted from the premises by police for several days afterwards.

Defending, solicitor Mark Kelly said his client had been "under significant stress" and was "deeply ashamed". He had written a letter of apology to the school.

District Judge Fiona Rainey said that threats against people who work in schools were "wholly unacceptable" and adjourned sentencing for a pre-sentence report. Craig was released on bail on condition he does not contact any member of staff at the school.""",
        byline="Court reporter",
        date="2 May 2024",
        section="Court",
    ),
    E("school", "exact", "neutral"),
    E("kgault", "exact", "threat"),
)

# decoy: primary school transfer results, Slievecorran Primary is not our school
add(
    "news",
    news(
        "outlook",
        "Transfer test joy for Slievecorran Primary and Annaclare PS",
        """It was a morning of nervous smiles and happy tears on Saturday as P7 pupils across the district received their AQE and GL transfer test results.

At Slievecorran Primary School, principal Mr Colin Thompson said he was "immensely proud" of all 38 children in his P7 class, whatever their results. "The test is one morning of their lives. It doesn't measure kindness, or grit, or how good a friend they are," he said.

At Annaclare Primary School, where the P7 class is just eleven pupils, teacher Mrs Joanne Kelly said the children had celebrated with a pancake breakfast organised by the PTA.

Parents have until the end of February to submit their post-primary applications to the Education Authority. Open nights at local post-primary schools continue through January; check individual school websites for details.""",
        byline="By Gillian McKee",
        date="18 January 2025",
        section="Schools",
    ),
)

# long Belfast daily feature on the transfer test; the school is one passing mention
add(
    "news",
    news(
        "belfast",
        "Eleven and under pressure: is it time to end academic selection?",
        """Every November, on a handful of Saturday mornings, around 15,000 ten- and eleven-year-olds across Northern Ireland sit down in unfamiliar school halls with a pencil case and a bottle of water and take the tests that will, for many of them, decide where they spend the next seven years.

Academic selection was formally abolished by the Department of Education in 2008. In practice it never went away. Grammar schools simply organised their own entrance tests, first through two rival bodies and, since 2023, through a single unified test run by the School Entrance Testing Unit. The result is a system that critics call "the most stressful in these islands" and that supporters defend as the engine of Northern Ireland's consistently strong exam results.

Nobody disputes that the stakes feel high. Walk past any primary school in late October and you will see the tutoring leaflets pinned to lamp posts. Some tutors charge £40 an hour; waiting lists for the best-known start in P5. Dr Neil Patterson, an education researcher who has studied the tutoring market, estimates that families in Northern Ireland spend "somewhere north of £10 million a year" preparing children for a test the Department says should not exist.

"What you are buying is not intelligence," Dr Patterson said. "It is familiarity. Children who have seen a hundred practice papers are not cleverer than children who have seen none, but they are calmer, they are quicker, and on the day that is worth marks."

The figures bear him out. Pupils entitled to free school meals make up roughly a quarter of the P7 population but only about one in seven of those admitted to grammar schools. In some rural areas the gap is narrower, partly because a single grammar school serves a wide catchment and admits a broad range of pupils; in Belfast and its commuter belt it is wider.

Principals of grammar schools are not a single bloc. Some privately say they would welcome an end to the test if a fair alternative could be found. Others are passionate defenders. The Governing Bodies Association, which represents voluntary grammars, argues that selection allows schools to offer a demanding academic curriculum to pupils who will thrive on it, and that the non-selective sector, freed from the pressure of competing with grammars, can focus on vocational and technical routes.

In the market town of Ballykeelan in County Down, the pattern is typical. Slievecorran Grammar School, a voluntary grammar of around 950 pupils, sits on the hill above the town; Ballykeelan High School and St Colmcille's High School take most of the remaining children. Parents we spoke to outside the three schools were divided. One mother of twins, one of whom passed and one of whom did not, described "the worst Saturday of my life, opening two envelopes at the kitchen table". A father in Annaclare said the test had "given my daughter a chance I never got".

The Department of Education's own independent review, published last year, stopped short of recommending abolition but called for "a time-limited transition" towards a system in which children were not sorted at eleven. The Education Minister has said he has no plans to legislate.

Teachers' unions are more outspoken. A spokesperson for one union described the test as "a cruel anachronism" and pointed to research showing that children who fail it are more likely to describe themselves as "not clever" years later, regardless of their eventual GCSE results.

There are also practical pressures. Falling birth rates mean some grammar schools now struggle to fill their places with pupils who reach the top grades, and have quietly lowered the scores at which they admit. In effect, the grammar sector in some towns is becoming less selective without anyone having decided it should.

Meanwhile, the non-selective schools argue that they are left with a disproportionate share of pupils with additional needs, with newcomers still learning English and with children from the most disadvantaged homes, and that funding formulas do not fully reflect that. A principal of one Belfast secondary school told us his staff "do heroic work with less", and that the league-table comparison with grammars "is not comparing like with like".

Some campaigners want a model closer to Scotland's, where almost every pupil attends a local comprehensive. Others propose that selection be moved to fourteen, when pupils could choose between academic and technical pathways. Neither option has cross-party support at Stormont.

For now, the Saturday mornings continue. A P7 pupil from Carrowbeg, who asked that his name not be printed, summed it up neatly. "It was fine," he said. "The maths was hard. My mum cried more than me."

The unified test's results are issued in late January. Applications to post-primary schools close in February, with final allocations published in May.""",
        byline="By Orla McCusker, Education Correspondent",
        date="9 November 2024",
        section="Education",
        comments=(
            (
                "Realist_NI",
                "3 days ago",
                "Scrap it. My two did fine without it in the end but the damage it does to the ones who 'fail' is unforgivable.",
            ),
            (
                "DownDad",
                "3 days ago",
                "Grammar schools are why we have the best GCSE results in the UK. Leave well alone.",
            ),
            (
                "M.Patterson",
                "2 days ago",
                "Tutoring is the real scandal here, nobody talks about it.",
            ),
        ),
        related=(
            "Unified transfer test: what parents need to know",
            "Minister rules out legislation on selection",
        ),
    ),
    E("school", "exact", "neutral"),
)

# decoy: GAA club shares the school's short name; Kelly/O'Kane/Campbell strangers
add(
    "news",
    news(
        "chronicle",
        "Slievecorran edge Drumskea in thriller to reach junior final",
        """Slievecorran GAC 1-14 Drumskea St Malachy's 1-12

Slievecorran are through to the county junior championship final after a pulsating semi-final at a packed Páirc Shliabh Corráin on Sunday afternoon.

Drumskea started the brighter and led 0-5 to 0-1 after fifteen minutes, with wing-forward Conor O'Kane landing three fine points from play. But Slievecorran settled, and a goal from full-forward Ciarán Kelly just before the break, finishing low to the corner after a long ball from midfielder Shane Campbell, had them level at half time, 1-5 to 0-8.

The second half was a war of attrition. Drumskea's goal came on 44 minutes when substitute Rory Magee flicked the ball over the advancing keeper, but Slievecorran responded with four unanswered points, two of them frees from the ever-reliable Kelly.

"We knew they'd come at us," said Slievecorran manager Peadar Grant afterwards. "The lads showed great character. We'll enjoy tonight and get back to work on Tuesday."

Slievecorran face Carrowbeg Shamrocks in the final in a fortnight.""",
        byline="By Declan Rooney",
        date="22 September 2024",
        section="GAA",
    ),
)

# long council minutes; the school's 3G pitch is one item among many, bursar named by initial
add(
    "news",
    news(
        "council",
        "Minutes of the Planning Committee, 4 March 2025",
        """Minutes of the meeting of the Planning Committee of Slieve Down District Council held in the Council Chamber, Ballykeelan Civic Centre, on Tuesday 4 March 2025 at 7.00 pm.

Present: Councillor J. Wilson (Chair), Councillor A. Doran (Vice-Chair), Councillors M. Brennan, S. Campbell, P. Fitzpatrick, K. Hughes, R. McKibben, D. O'Hare and T. Rea.

In attendance: Head of Planning (Mr G. Lennon), Principal Planning Officer (Ms C. Morrow), Senior Planning Officer (Mr B. Nugent), Council Solicitor (Ms L. Kearney) and Democratic Services Officer (Mrs E. Dunlop).

1. Apologies. Apologies were received from Councillor H. Magennis.

2. Declarations of interest. Councillor Campbell declared an interest in item 6 (LA09/2024/0877/F) as a member of Slievecorran Presbyterian Church and left the chamber for that item. Councillor Rea declared an interest in item 8 as a governor of a local primary school; the Council Solicitor advised that the interest was not prejudicial and Councillor Rea remained.

3. Minutes of the previous meeting. The minutes of the meeting held on 4 February 2025 were agreed as a correct record on the proposal of Councillor Brennan, seconded by Councillor Hughes.

4. Matters arising. The Head of Planning updated members on the appeal against refusal of the wind turbine at Tullyglush Hill (LA09/2023/0412/F). The Planning Appeals Commission hearing has been scheduled for 17 April. Members noted the update.

5. LA09/2024/0653/O: Outline application for 14 dwellings, lands north of 22 Carrowbeg Road, Carrowbeg. The Senior Planning Officer presented the report, recommending refusal on the grounds that the site lies outside the settlement development limit of Carrowbeg and that the proposal would result in ribbon development contrary to policy. The agent for the applicant, Mr P. Cassidy, addressed the committee. He argued that the site was "effectively infill" and that the village needed family housing to keep its primary school viable. Councillor O'Hare said he had sympathy with the argument about the school but could not see a policy basis for approval. Councillor McKibben asked whether the Department for Infrastructure had been consulted on the sightlines at the junction with the Annaclare Road; the officer confirmed that DfI Roads had no objection subject to conditions. On the proposal of Councillor O'Hare, seconded by Councillor Doran, the committee agreed to refuse the application as recommended (7 for, 2 against).

6. LA09/2024/0877/F: Single-storey extension to church hall to provide accessible toilets and kitchen, Slievecorran Presbyterian Church, 3 Church Lane, Ballykeelan. The Principal Planning Officer presented the report recommending approval. There were no objections. Approved unanimously (Councillor Campbell having left the chamber).

7. LA09/2024/0901/F: Replacement of existing grass hockey pitch with floodlit 3G synthetic pitch, six 15 m lighting columns, 2.4 m perimeter fencing and associated works, Slievecorran Grammar School, Slievecorran Road, Ballykeelan. The Senior Planning Officer presented the report. Eleven letters of objection had been received from residents of Slievecorran Road and Glenview Crescent, raising concerns about light spill, noise from evening use and additional parking on the road. One letter of support had been received from Ballykeelan Hockey Club. Environmental Health had recommended conditions restricting floodlight use to 9.00 pm Monday to Friday and 6.00 pm at weekends, and requiring the installation of cowls to limit light spill. The officer recommended approval subject to these conditions.

Mr T. McIlwaine, Bursar, spoke on behalf of the applicant. He said the school had consulted residents at two public meetings and had moved the pitch eight metres further from the boundary in response to their concerns. He confirmed that community use would be managed by the school and that the pitch would not be let for commercial five-a-side leagues. In response to a question from Councillor Fitzpatrick, he said the project was funded by the Department of Education's minor works programme and a contribution from the school's own reserves.

Mrs D. Lowry of Glenview Crescent spoke in objection. She said residents "were not against the school" but that the existing evening traffic was "already a nightmare" and that she feared the pitch would "turn our quiet street into a car park six nights a week".

Councillor Hughes proposed approval with an additional condition requiring a parking management plan to be agreed before the pitch is brought into use. Councillor Brennan seconded. Councillor Wilson, speaking as Chair, said he "knew that road well" and supported the additional condition. Approved with the additional condition (8 for, 0 against, 1 abstention).

8. LA09/2025/0034/F: Temporary mobile classroom (5 years), Annaclare Primary School, Main Street, Annaclare. Approved unanimously as recommended.

9. LA09/2024/0955/F: Change of use from retail to hot food takeaway, 41 Market Street, Ballykeelan. The officer recommended refusal on the basis of the cumulative number of hot food outlets in the town centre and the loss of a retail frontage. Councillor Rea said the unit had been vacant for three years and that "an empty shop does nothing for anyone". Councillor Doran agreed. Following discussion, Councillor Rea proposed that the application be approved contrary to the officer's recommendation, on the grounds that the proposal would bring a long-term vacant unit back into use. Seconded by Councillor Doran. The Council Solicitor reminded members of the need to give clear planning reasons. The proposal fell (4 for, 5 against). The substantive recommendation to refuse was then carried (5 for, 4 against).

10. Enforcement report. The Head of Planning presented the quarterly enforcement report. There are currently 43 open enforcement cases, of which 12 relate to unauthorised signage. Members welcomed the successful prosecution in relation to the unauthorised car sales yard at Drumskea Road. Councillor McKibben asked for an update on the unauthorised hardcore laid at the Slievecorran walking trail car park; the officer said a site visit had been arranged.

11. Planning performance. The Principal Planning Officer reported that 71% of local applications had been determined within the statutory target of 15 weeks in the last quarter, up from 62%. Members congratulated the team.

12. Any other business. Councillor Fitzpatrick raised the condition of the footpath on Thornleigh Park. The Chair advised that this was a matter for DfI Roads and asked officers to forward the concern.

There being no further business the meeting closed at 9.12 pm.

Chair ____________________     Date ____________________""",
        date="Published 12 March 2025",
        section="Minutes",
    ),
    E("school", "exact", "neutral"),
    E("tmcilwaine", "initial_surname", "neutral"),
)

# EA consultation notice; the school's published office number is not doxxing
add(
    "news",
    news(
        "ea",
        "Statutory notice: proposed increase in admissions number, Slievecorran Grammar School",
        """Development Proposal DP 712

Notice is hereby given under Article 14 of the Education and Libraries (Northern Ireland) Order 1986 that the Board of Governors of Slievecorran Grammar School, Slievecorran Road, Ballykeelan, intends to make the following change with effect from 1 September 2026: to increase the admissions number from 130 to 145 and the enrolment number from 910 to 985.

The proposal has been prepared following a review of demand for post-primary places in the Ballykeelan, Annaclare, Drumskea and Carrowbeg area. The principal, Dr Katherine Gault, has confirmed that the additional places can be accommodated within the existing accommodation following completion of the new science block.

Copies of the proposal may be inspected at the school office (telephone 01632 960418, Monday to Friday 9.00 am to 3.30 pm) or at the offices of the Education Authority. Any person may submit written comments within two months of the date of publication of this notice to the Development Proposals Team, Education Authority, or by email to dp-comments@ea-notices.example.

The Education Authority will forward all comments received to the Department of Education, which will make the final decision.""",
        date="Published 6 January 2025",
        section="Consultations",
    ),
    E("school", "exact", "neutral"),
    E("kgault", "exact", "neutral"),
)

# trade press on budgets; one commenter turns it on the principal personally
add(
    "news",
    news(
        "bulletin",
        "County Down principal: 'We are cutting to the bone'",
        """The principal of a County Down grammar school has warned that her school faces "the worst financial position in living memory", with a projected deficit of more than £400,000 next year.

Dr Katherine Gault, who has led Slievecorran Grammar School in Ballykeelan since 2019, told the NI Schools Bulletin that the school had already reduced its number of A-level subjects, frozen all non-essential spending and asked the Parents' Association to fund textbooks.

"We have not replaced two teachers who retired last summer. Our building has a leaking roof in the sports hall that we cannot afford to fix. I do not think people outside schools understand how close to the edge we are," she said.

Dr Gault is one of more than 200 principals who have signed an open letter to the Education Minister calling for an emergency funding settlement.

The Department of Education said it "recognised the pressures" and was "doing all it can within a constrained budget".""",
        byline="By Ciara Lavery",
        date="28 February 2025",
        section="Leadership",
        comments=(
            (
                "schoolbus_mum",
                "1 day ago",
                "Every school in the country is in the same boat. Fair play to her for speaking out.",
            ),
            (
                "OldBoy84",
                "1 day ago",
                "Gault's on six figures herself, spare us the violin. Maybe start with the senior leadership team's away days.",
            ),
            (
                "teacherNI",
                "22 hours ago",
                "@OldBoy84 principals' pay is set nationally, it's not her choosing it.",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
    E("kgault", "exact", "negative"),
)

# court report: bursar charged; allegations of crime = defamation
add(
    "news",
    news(
        "outlook",
        "School bursar denies stealing £38,000 from grammar school funds",
        """The bursar of a Ballykeelan grammar school has appeared in court accused of stealing more than £38,000 from school funds over a four-year period.

Trevor McIlwaine, 54, from the Drumskea area, is charged with theft and false accounting in relation to money belonging to Slievecorran Grammar School between 2019 and 2023.

At Downpatrick Crown Court on Tuesday, McIlwaine spoke only to confirm his name and to say "not guilty" to each of the six charges.

A prosecution barrister told the court the alleged offences came to light during a routine audit by the Education Authority, which identified irregularities in payments to a catering supplier.

Defence counsel said Mr McIlwaine "strenuously denies" the allegations and would "vigorously contest" them at trial. He has been suspended on full pay pending the outcome of the case.

A spokesperson for the school said it was "cooperating fully with the PSNI" and that it would be inappropriate to comment further while proceedings were ongoing.

The case was adjourned for a trial date to be fixed. McIlwaine was released on continuing bail.""",
        byline="Court reporter",
        date="11 June 2024",
        section="Court",
        comments=(
            (
                "Concerned_Parent",
                "6 days ago",
                "innocent until proven guilty folks, let the court do its job",
            ),
            (
                "BallykeelanBoy",
                "5 days ago",
                "38 grand and the kids can't get a working photocopier lol",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
    E("tmcilwaine", "exact", "defamation"),
)

# sectarian graffiti reported as news: hate against the Irish teacher; politicians condemn it
add(
    "news",
    news(
        "chronicle",
        "Sectarian graffiti targeting Irish teacher condemned",
        """Politicians from across the community have condemned sectarian graffiti daubed on a wall near a Ballykeelan grammar school, which police are treating as a hate crime.

The slogans, painted in red on the boundary wall of Slievecorran Grammar School overnight on Sunday, named the school's Irish-language teacher, Pádraig Ó Catháin, alongside the words "No Fenian language in our school" and "Taigs out". A crudely drawn noose was painted beside them.

Mr Ó Catháin, who has taught at the school for six years and also runs its Irish-language summer scheme in the Gaeltacht, did not wish to comment.

Inspector Claire Hanna of the PSNI said: "This was a hateful act designed to intimidate a teacher and the young people he teaches. It has no place in our community. We are appealing to anyone who saw people in the Slievecorran Road area between midnight and 5 am to contact police on 101."

Local councillor Jim Wilson said the graffiti "does not speak for the people of Ballykeelan" and called it "a disgrace to this town". Sinn Féin MLA Deirdre Mallon said she had contacted the teacher to offer her support.

The graffiti was painted over by school caretaking staff on Monday morning before pupils arrived.""",
        byline="By Declan Rooney",
        date="5 February 2025",
        section="Your Area",
        comments=(
            (
                "Annaclare_Native",
                "2 days ago",
                "Absolute scumbags. That man has done nothing but teach kids a language. Catch yourselves on.",
            ),
            (
                "NoSurrender1690",
                "2 days ago",
                "Why is a state grammar teaching irish anyway, shouldn't be happening",
            ),
            (
                "Kilcoo_Karen",
                "1 day ago",
                "@NoSurrender1690 SGS is a voluntary grammar not a 'state' one and it's a GCSE subject like French. Wise up.",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
    E("pocathain", "exact", "hate"),
)

# rugby cup run; school only as "Slievecorran", coach named in full
add(
    "news",
    news(
        "belfast",
        "Schools' Cup: Slievecorran stun Belfast giants",
        """It was supposed to be a routine afternoon for the holders. Instead, a side from a County Down market town produced the shock of the Schools' Cup fourth round at Ravenhill.

Slievecorran, who have never gone beyond the quarter-finals, beat last year's finalists 17-15 thanks to a late penalty from out-half Jack Irvine, a lower sixth pupil from Carrowbeg.

"I just told him to hit it like he does on a Tuesday night in the rain," said coach Jonathan Thompson, a former Ulster academy player who has been in charge of the 1st XV for eight years. "The boys never stopped believing. They've got nothing to fear now."

Slievecorran trailed 15-3 at half time but scored two tries in the third quarter through flanker Ross Hamilton and winger Eoin Devlin before Irvine's penalty sealed it in the 68th minute.

The draw for the quarter-finals takes place on Monday.""",
        byline="By Stuart Gibson",
        date="7 February 2025",
        section="Sport",
        comments=(
            ("rugbymad_down", "1 day ago", "Slievecorran's best team in 20 years, well done lads"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("jthompson", "exact", "neutral"),
)

# letter to the editor: complaint about the school's traffic
add(
    "news",
    news(
        "outlook",
        "Letters: School run chaos on Slievecorran Road must be tackled",
        """Sir, Every weekday morning between 8.15 and 8.50, and again from 3.20 in the afternoon, Slievecorran Road becomes a car park. Parents dropping children at Slievecorran Grammar School stop on double yellow lines, on the footpath, across driveways and in the bus lane. Last Tuesday I could not get out of my own drive to take my wife to a hospital appointment.

I have written to the school three times. Each time I receive a polite reply saying that parents have been "reminded" in the newsletter. Reminders are not working. The school has a large car park for staff that sits half empty; why can it not be opened for drop-off? Why does the school not stagger its finishing times, as other schools do?

The school likes to talk about being part of the community. It is time it acted like it.

Yours, etc.,
W. J. Stewart
Glenview Crescent, Ballykeelan""",
        date="20 March 2025",
        section="Letters",
    ),
    E("school", "exact", "negative"),
)

# obituary: the school appears only under its pre-1968 name
add(
    "news",
    news(
        "chronicle",
        "Tributes paid to much-loved former teacher Harold Bingham",
        """Tributes have been paid to Harold Bingham, who taught Latin and Greek in Ballykeelan for almost forty years, who has died aged 93.

Born in Portadown in 1931, Mr Bingham studied classics at Queen's University Belfast before joining the staff of Ballykeelan Academy in 1955. He became senior master in 1972 and retired in 1994. Generations of former pupils remember his dry wit, his tweed jackets and his habit of quoting Virgil at the rugby touchline.

A keen hillwalker, he was a founding member of the Slievecorran Ramblers and climbed the hill behind the town, by his own count, more than 2,000 times.

He is survived by his daughters Alison and Margaret and five grandchildren. His funeral service will take place in Ballykeelan First Presbyterian Church on Friday at 11 am, followed by interment in Annaclare Old Cemetery. Family flowers only; donations if desired to the Northern Ireland Chest Heart and Stroke.""",
        date="30 August 2024",
        section="Family Notices",
    ),
    E("school", "alias", "neutral"),
)

# decoy: the credit union shares the name
add(
    "news",
    news(
        "outlook",
        "Slievecorran Credit Union reports record membership",
        """Slievecorran Credit Union has reported a record membership of 6,412 at its annual general meeting in the Slievecorran Hotel.

Chairperson Brendan Kelly told members that the credit union had issued more than £3.1 million in loans in the past year, much of it to families facing rising energy bills. A dividend of 1.25% was declared.

Manager Louise Campbell said the credit union's new app had been "a game changer" for younger members, and announced that the Saturday morning opening at the Annaclare sub-office would continue.

The meeting also paid tribute to long-serving volunteer Seamus Magee, who retires from the board after 31 years.""",
        byline="By Gillian McKee",
        date="25 October 2024",
        section="News",
    ),
)

# decoy: footballer Thompson, other Ulster surnames
add(
    "news",
    news(
        "belfast",
        "Thompson double sends Ballykeelan Rangers top of the Championship",
        """Gary Thompson scored twice as Ballykeelan Rangers went top of the Championship with a 3-1 win over Dundela at Corrick Park on Saturday.

The 29-year-old striker, signed from Glenavon in the summer, took his tally to eleven for the season with a close-range finish after 12 minutes and a curling shot into the top corner just after the hour.

Robbie Wilson added a third from the penalty spot after Campbell was fouled in the box. Dundela's consolation came from a header by Patterson in stoppage time.

"Gary's been outstanding," said Rangers manager Stephen Kelly. "He works as hard for the team as he does for his goals."

Rangers travel to Ards next weekend.""",
        byline="By Stuart Gibson",
        date="19 October 2024",
        section="Sport",
    ),
)

# decoy: road resurfacing on the road that shares the school's name
add(
    "news",
    news(
        "outlook",
        "Slievecorran Road to close for resurfacing",
        """Drivers are being warned to expect delays as Slievecorran Road in Ballykeelan closes for two weeks of resurfacing from Monday 7 July.

The Department for Infrastructure said the work, costing £240,000, would take place during the summer holidays to minimise disruption. A signed diversion will be in place via the Annaclare Road and Thornleigh Park.

Access will be maintained for residents and emergency vehicles. The Slievecorran walking trail car park at the top of the road will remain open, with access from the Drumskea side.""",
        byline="By Gillian McKee",
        date="27 June 2024",
        section="News",
    ),
)

# court: teenager posted a threat against the maths teacher
add(
    "news",
    news(
        "chronicle",
        "Teenager warned after online threat to teacher",
        """A 16-year-old boy who posted a threat against a teacher on social media has been given a youth conference order.

Newry Youth Court heard that the boy, who cannot be named because of his age, posted a video on TikTok in which he said that his maths teacher, Mr Vandermolen, would "get his head kicked in" and that he "knew where he lived".

The court heard the video was viewed more than 4,000 times before being taken down. The teacher, who works at a Ballykeelan grammar school, told police he had been "shaken" and had installed a camera at his home.

District Judge Fiona Rainey told the teenager: "Teachers are there to help you. What you did was cruel and frightening." The boy's mother, who attended court with him, said he had been "very stupid" and was "truly sorry".""",
        byline="Court reporter",
        date="14 March 2025",
        section="Courts",
    ),
    E("lvandermolen", "title_surname", "threat"),
)

# trade press award for the SENCO
add(
    "news",
    news(
        "bulletin",
        "Ballykeelan SENCO shortlisted for national inclusion award",
        """Alison Magee, special educational needs coordinator at Slievecorran Grammar School, has been shortlisted for the Inclusion Champion category at this year's UK Education Awards.

Mrs Magee, who has been SENCO at the County Down school since 2016, was nominated by parents for her work developing a quiet space for autistic pupils and a peer mentoring scheme for Year 8 pupils who struggle with the move from primary school.

"Grammar schools are sometimes seen as places where pupils with additional needs don't belong," she said. "I've never accepted that. Our job is to make sure every child who comes through our gates can flourish."

The winners will be announced at a ceremony in Manchester in June.""",
        byline="By Ciara Lavery",
        date="3 April 2025",
        section="News",
    ),
    E("school", "exact", "neutral"),
    E("amagee", "exact", "neutral"),
)

# Irish language week: neutral report, hateful comment underneath, and a rebuke
add(
    "news",
    news(
        "outlook",
        "Seachtain na Gaeilge celebrated at Slievecorran",
        """Pupils at Slievecorran Grammar School marked Seachtain na Gaeilge last week with a céilí in the sports hall, a table quiz and a visit from the Irish-language rapper Ré Dorcha.

Irish teacher Pádraig Ó Catháin said numbers taking the subject at GCSE had doubled in three years. "We have pupils from every background in this town learning Irish, and they're doing it because they love it. It belongs to all of us," he said.

The week ended with a bilingual assembly at which Year 9 pupils performed a short play they had written about the history of the hill of Slievecorran, Sliabh Corráin.""",
        byline="By Gillian McKee",
        date="21 March 2024",
        section="Schools",
        comments=(
            (
                "ulster_loyal_77",
                "2 days ago",
                "Ó Catháin is a republican plant pushing his fenian gibberish on protestant kids. Get him out of our grammar and back to the bogs where he came from.",
            ),
            (
                "MaryB",
                "2 days ago",
                "@ulster_loyal_77 catch yourself on. My son loves that class and we're as Protestant as they come.",
            ),
            (
                "DrumskeaDave",
                "1 day ago",
                "The Grammar has completely lost the run of itself. Irish céilís instead of proper subjects. Waste of money.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("pocathain", "exact", "hate"),
)

# hockey final; school as "Slievecorran Grammar", coach in full
add(
    "news",
    news(
        "chronicle",
        "Hockey heartbreak for Slievecorran Grammar in Ulster final",
        """Slievecorran Grammar's 1st XI were beaten 2-1 by Belfast side Ashgrove Collegiate in a tense Ulster Schools' Senior Cup final at Lisnagarvey on Wednesday.

Captain Hannah Orr gave the Ballykeelan girls the lead with a short-corner drag flick midway through the first half, but Ashgrove levelled before the break and won it with a deflected goal seven minutes from time.

Coach Rachel Patterson said she was "devastated for the girls but unbelievably proud. Nobody gave us a chance at the start of the season."

It was the school's first appearance in the final since 2011.""",
        byline="Sports desk",
        date="13 March 2025",
        section="Your Area",
    ),
    E("school", "alias", "neutral"),
    E("rpatterson", "exact", "neutral"),
)

# decoy: another grammar school elsewhere, whose retiring vice-principal shares our VP's name
add(
    "news",
    news(
        "belfast",
        "Carnbeg Grammar vice-principal retires after 36 years",
        """Robert Wilson, vice-principal of Carnbeg Grammar School in County Antrim, has retired after 36 years at the school.

Mr Wilson joined Carnbeg as a physics teacher in 1988 and became vice-principal in 2009. Colleagues presented him with a telescope at a surprise assembly on his final day.

"Carnbeg has been my life," he said. "I'll miss the staffroom banter, but I won't miss the car park."

Carnbeg principal Mrs Anne Kerr described him as "the calm centre of the school for a generation".""",
        byline="By Orla McCusker",
        date="28 June 2024",
        section="Education",
    ),
)

# decoy: council notice about the hill's walking trail
add(
    "news",
    news(
        "council",
        "Slievecorran Trail improvement works",
        """Slieve Down District Council will carry out improvement works to the Slievecorran Trail between 3 and 21 February. Works include drainage repairs on the upper section, replacement of two stiles with kissing gates and new waymarking.

The trail will remain open but walkers should expect short diversions and should follow the instructions of site staff. Dogs must be kept on leads as sheep are grazing on the hill.

For more information contact the Council's Parks and Countryside team on 0113 496 0725.""",
        date="Published 27 January 2025",
        section="Leisure",
    ),
)

# short brief: open night; school only as "the Grammar" in a Ballykeelan context
add(
    "news",
    news(
        "outlook",
        "In brief: open nights this week",
        """Ballykeelan High School holds its open evening on Tuesday from 6 pm to 8.30 pm, with the principal's address at 7 pm.

The Grammar's open night is on Thursday from 6.30 pm. Parents are asked to park at the rugby club and use the shuttle bus, as there is no parking on the school site.

St Colmcille's High School will open its doors on Saturday morning from 10 am to 12.30 pm.

Annaclare Community Playgroup's coffee morning, postponed last month because of the storm, will now take place on Friday at 10.30 am in the Orange Hall.""",
        date="8 January 2025",
        section="News",
    ),
    E("school", "alias", "neutral"),
)

# EA school transport notice; the school appears only as SGS
add(
    "news",
    news(
        "ea",
        "School transport: route changes from Annaclare and Drumskea",
        """From Monday 2 September, the following changes will apply to Education Authority school transport routes in the Ballykeelan area.

Route BK14 (Annaclare – Ballykeelan): the morning service will depart Annaclare Main Street at 07.55 (previously 08.05). Stops at SGS and Ballykeelan High School are unchanged. The afternoon service will depart Ballykeelan High at 15.25 and SGS at 15.35.

Route BK17 (Drumskea – Carrowbeg – Ballykeelan): an additional stop has been added at Tullyglush Cross. The service will no longer serve St Colmcille's High School; pupils should use route BK21.

Parents with queries should contact the Transport Section on 0113 496 0144. Please do not contact schools about transport arrangements.""",
        date="Published 15 August 2024",
        section="Transport",
    ),
    E("school", "alias", "neutral"),
)

# court: parent assaulted the vice-principal at the school gates (violence reported = threat)
add(
    "news",
    news(
        "belfast",
        "Father who punched vice-principal at school gates avoids jail",
        """A father who punched a grammar school vice-principal in the face during a row about a detention has been given a suspended prison sentence.

Kyle Bell, 38, of Thornleigh Park, Ballykeelan, admitted assault occasioning actual bodily harm on Robert Wilson, vice-principal of Slievecorran Grammar School, on 9 October last year.

The court heard Mr Wilson had been supervising pupils at the front gates when Bell approached him, shouting that his son had been "picked on". Bell struck Mr Wilson once, breaking his nose, and told him "next time it'll be worse".

Judge Geoffrey Maguire said attacks on teachers were "abhorrent" and imposed a six-month sentence suspended for two years, along with a restraining order and £750 compensation.""",
        byline="By Orla McCusker",
        date="22 January 2025",
        section="Crime",
    ),
    E("school", "exact", "neutral"),
    E("rwilson", "exact", "threat"),
)

# ================================================================ FORUMS

# parent forum comparing schools; mixed views, SENCO praised by title
add(
    "forum",
    forum(
        "mumzone",
        "Secondary education",
        "Slievecorran Grammar or Ballykeelan High for a child who's bright but anxious?",
        (
            (
                "RosieAndTheBoys",
                "Posted 12 Jan 2025",
                """DD got a decent score, enough for Slievecorran but not by much. She's bright but gets very anxious and I'm worried she'll be bottom of every class at the grammar and it'll crush her. Ballykeelan High has a lovely pastoral team and she'd be near the top there. Anyone been in the same boat?""",
            ),
            (
                "Carrowbeg_Mum3",
                "Posted 12 Jan 2025",
                """My eldest went to Slievecorran with a borderline score and honestly the first year was rough. Pastoral care was poor, her form teacher barely knew her name till Christmas. They are very results driven. She's doing fine now in Year 11 but I wouldn't say it's a nurturing place.""",
            ),
            (
                "NotAnotherUsername",
                "Posted 13 Jan 2025",
                """Have to disagree a bit - my son has ASD and Mrs Magee the SENCO has been brilliant. Proper plan, quiet room at lunch, teachers actually read it. Ask to meet her at the open night.""",
            ),
            (
                "RosieAndTheBoys",
                "Posted 13 Jan 2025",
                """Thanks both, really helpful. Will ask for a meeting.""",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("amagee", "title_surname", "neutral"),
)

# r/northernireland: anti-Protestant hate about the school, and people calling it out
add(
    "forum",
    reddit(
        "r/northernireland",
        "Moving to Ballykeelan - what are the schools like?",
        "throwaway_movingnorth",
        """Relocating from Glasgow with two kids (10 and 13). Looking at Ballykeelan area. What's the craic with the schools? Is the grammar any good? Don't really understand the whole transfer test thing.""",
        (
            (
                "Feckin_Eejit_Down",
                88,
                """Slievecorran Grammar is grand academically, good results, decent sport. The transfer test is a nightmare though, your 10 year old would need to sit it this November.""",
            ),
            (
                "bogside_bhoy_92",
                -41,
                """SGS is a hun factory. Orange bigots teaching wee orange bigots, flegs on every lamppost on the way up the hill. Wouldn't send a dog there, the whole lot of them are planter scum.""",
            ),
            (
                "moderate_muppet",
                63,
                """@bogside_bhoy_92 wind your neck in. My kids are Catholic and went there, it's a mixed school these days. This sort of sectarian crap is why this place is the way it is.""",
            ),
            (
                "throwaway_movingnorth",
                20,
                """Cheers, think we'll go see it. Yikes at that other comment.""",
            ),
        ),
    ),
    E("school", "exact", "hate"),
)

# doxxing: the Irish teacher's personal mobile posted
add(
    "forum",
    reddit(
        "r/northernireland",
        "Teacher refused to let my son drop Irish",
        "angrydad_bkn",
        """My son is in Year 10 and wants to drop Irish for GCSE and take Spanish. The Irish teacher Ó Catháin has basically told him he's 'letting himself down' and has phoned us twice at home to try and change his mind. Is this normal?? It's our decision not his.""",
        (
            (
                "sensible_sue",
                34,
                """Sounds like a teacher who cares tbh. Just email the head of year and say the decision is made.""",
            ),
            (
                "angrydad_bkn",
                2,
                """He won't take no for an answer. If anyone else wants to tell him to back off his personal mobile is 07700 900461, he gave it to the wife, ring him yourselves.""",
            ),
            (
                "AutoModerator",
                1,
                """Reminder: do not post personal information. This comment has been reported.""",
            ),
        ),
    ),
    E("pocathain", "surname_only", "doxxing"),
)

# sixth form forum: head of sixth form criticised for slow references
add(
    "forum",
    forum(
        "sixthform",
        "UCAS and applications",
        "anyone else's school taking forever with UCAS references??",
        (
            (
                "medic_hopeful_07",
                "15 Oct 2024",
                """oxbridge/medicine deadline is TODAY and my reference still isnt done. mrs campbell (head of 6th form at slievecorran) has had it for 3 weeks. emailed her 4 times. no reply. actually panicking""",
            ),
            (
                "ucas_survivor",
                "15 Oct 2024",
                """go to the office in person and sit there until its done lol. refs are usually the bottleneck""",
            ),
            (
                "medic_hopeful_07",
                "15 Oct 2024",
                """update: submitted at 5.40pm. no thanks to her. never leaving it to the last minute again""",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("ecampbell", "title_surname", "negative"),
)

# parent forum: allegation the SENCO falsified access arrangements
add(
    "forum",
    forum(
        "mumzone",
        "Special educational needs",
        "Access arrangements being handed out to the 'right' families?",
        (
            (
                "Fed_Up_In_Down",
                "Posted 2 May 2024",
                """I'm just going to say it. At Slievecorran Grammar School, Alison Magee has been falsifying access arrangement assessments so that kids of governors and friends get 25% extra time in exams they don't need, while my dyslexic son waited 18 months and got nothing. She fills the forms in herself and signs them off. It's fraud and the exam board should be told.""",
            ),
            (
                "Mumof3_Annaclare",
                "Posted 2 May 2024",
                """That's a serious thing to put on the internet. Have you got evidence? Extra time has to be assessed by a specialist.""",
            ),
            (
                "Fed_Up_In_Down",
                "Posted 2 May 2024",
                """I know what I know. The school closes ranks every time.""",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("amagee", "exact", "defamation"),
)

# local boards: VP (by nickname) accused of fixing admissions appeals
add(
    "forum",
    forum(
        "nitalk",
        "Down & South Armagh",
        "Transfer appeals are a stitch up",
        (
            (
                "BallykeelanBoy77",
                "Posted 30 May 2024",
                """Appealed for our daughter at the Grammar, she missed by 2 marks. Refused. Meanwhile the son of a fella from the lodge who got 15 marks less walks in. Bobby Wilson sits on the admissions side of things and everybody knows he fixes the appeals for his mates' kids. It's a closed shop.""",
            ),
            (
                "Tullyglush_Tam",
                "Posted 30 May 2024",
                """Appeals go to an independent panel, not the VP. But aye the whole system is bent.""",
            ),
            (
                "BallykeelanBoy77",
                "Posted 31 May 2024",
                """Independent my hole. Bobby's been pulling strings up there for twenty year.""",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("rwilson", "nickname", "defamation"),
)

# url_only: insinuation about the maths teacher (nickname) and a year 9 pupil
add(
    "forum",
    reddit(
        "r/northernireland",
        "Why do schools always cover stuff up?",
        "justasking_bkn",
        """Not naming names because I'll get sued but there's a teacher at a grammar in Co Down who everyone called Vandy. Always keeping one particular wee year 9 girl back after class for 'extra help'. Door shut. Lifts home. Then suddenly he's off 'on leave' and nobody says a word. Parents at SGS weren't told anything.""",
        (
            (
                "not_today_satan",
                57,
                """If there's a genuine concern go to the PSNI or the EA designated officer, not reddit.""",
            ),
            (
                "justasking_bkn",
                12,
                """Everybody in Ballykeelan knows fine well. The school swept it under the carpet to protect its precious reputation.""",
            ),
            ("lurker_down", 9, """Vandy from maths?? No way. He was sound when I was there."""),
        ),
    ),
    E("school", "alias", "negative"),
    E("lvandermolen", "nickname", "sexual", True),
)

# teachers' forum: job ad discussion, principal named neutrally
add(
    "forum",
    forum(
        "teachers",
        "Jobs and careers",
        "Anyone know anything about Slievecorran? Applying for chemistry post",
        (
            (
                "NQT_Sam",
                "3 Feb 2025",
                """Chemistry post at Slievecorran in Ballykeelan, permanent. Anyone worked there? What's the SLT like?""",
            ),
            (
                "PGCE_mentor",
                "3 Feb 2025",
                """Did my placement there a few years back. Principal is Katherine Gault, very supportive of new teachers, actually comes to say hello in your first week. Staffroom is friendly. Workload heavy in the summer term like everywhere.""",
            ),
            ("NQT_Sam", "4 Feb 2025", """Brilliant, thanks!"""),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("kgault", "exact", "neutral"),
)

# url_only: PE teacher insinuation about messages to pupils
add(
    "forum",
    forum(
        "mumzone",
        "Teenagers",
        "Teachers on snapchat with pupils - normal?",
        (
            (
                "WorriedInDown",
                "Posted 9 Nov 2024",
                """Not saying anything but ask yourselves why Mr Thompson from SGS needs to be on snap with half the year 11 girls. My daughter showed me, he's been sending them messages after 11pm about 'training'. Asking for her to send him 'progress pics'. I'll say no more.""",
            ),
            (
                "Sallyann",
                "Posted 9 Nov 2024",
                """That is not normal at all. Screenshot everything and go to the safeguarding lead, today.""",
            ),
            ("WorriedInDown", "Posted 9 Nov 2024", """I have screenshots. Going in Monday."""),
        ),
    ),
    E("school", "alias", "neutral"),
    E("jthompson", "title_surname", "sexual", True),
)

# decoy: hill walking, the GAC car park
add(
    "forum",
    reddit(
        "r/northernireland",
        "Best route up Slievecorran?",
        "hillbagger_ni",
        """Visiting Ballykeelan next weekend. Is the trail up Slievecorran doable with a 7 year old? Where's best to park?""",
        (
            (
                "mournes_walker",
                22,
                """Park at the Slievecorran GAC car park on a weekday or the trail car park at the top of Slievecorran Road. Kid will be fine, about 90 mins up, views over to Strangford on a clear day.""",
            ),
            (
                "Down_Dander",
                8,
                """Bring waterproofs. It is always raining on Slievecorran, even when it's sunny in Ballykeelan.""",
            ),
        ),
    ),
)

# decoy: solicitors sharing the RE teacher's surname
add(
    "forum",
    forum(
        "nitalk",
        "Down & South Armagh",
        "Conveyancing solicitor in Ballykeelan?",
        (
            (
                "firsttimebuyer25",
                "Posted 4 Sep 2024",
                """Buying a house in Corrick Heights. Anyone used Kelly & Partners on Market Street? Or recommend someone else?""",
            ),
            (
                "Tullyglush_Tam",
                "Posted 4 Sep 2024",
                """David Kelly did ours, grand job, quick and not dear. Ask for him specifically, not the trainee.""",
            ),
            ("firsttimebuyer25", "Posted 5 Sep 2024", """cheers!"""),
        ),
    ),
)

# leetspeak insult against the VP
add(
    "forum",
    reddit(
        "r/northernireland",
        "Got a detention for having my top button open lmao",
        "yr12_suffering",
        """vp at the grammar in ballykeelan stopped me in the corridor for my top button and gave me a friday detention. in 2025. W1ls0n is an absolute d1ckhead, man has nothing better to do with his life""",
        (
            (
                "oldfartbelfast",
                40,
                """ah the top button. some things never change. do the detention and move on kid""",
            ),
            ("yr12_suffering", 15, """its the principle of the thing 😤"""),
        ),
    ),
    E("school", "alias", "neutral"),
    E("rwilson", "leetspeak", "abuse"),
)

# sixth form forum praise for the Irish teacher by title
add(
    "forum",
    forum(
        "sixthform",
        "Subject choices",
        "A-level Irish - worth it?",
        (
            (
                "cailín_ón_dún",
                "2 Jun 2024",
                """thinking of irish at a level. is it a lot of work? will unis care?""",
            ),
            (
                "gaeilgeoir_bkn",
                "2 Jun 2024",
                """did it at slievecorran, best decision i made. mr ó catháin is class, properly cares, takes the class to the gaeltacht in donegal every easter. unis respect it fine, it's a proper A level""",
            ),
            ("cailín_ón_dún", "3 Jun 2024", """go raibh maith agat!! 😊"""),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("pocathain", "title_surname", "neutral"),
)

# doxxing the maths teacher's address, surname misspelled
add(
    "forum",
    reddit(
        "r/northernireland",
        "Teacher's TikTok video goes viral for wrong reasons",
        "ballykeelan_watcher",
        """Anyone see the video of the maths teacher at the Grammar losing the rag at a kid filming him? Kid was out of order but so was he.""",
        (
            (
                "mad_max_maths",
                18,
                """That's Vandermolan. He lives at 3 Tullyglush Road, the bungalow with the blue door and the silver Skoda outside. Go and ask him yourself how he feels about being filmed.""",
            ),
            ("cop_on_please", 31, """Posting a man's home address is not on. Reported."""),
        ),
    ),
    E("school", "alias", "neutral"),
    E("lvandermolen", "typo", "doxxing"),
)

# long-ish bullying thread: head of year named by half of her surname; school criticised
add(
    "forum",
    forum(
        "mumzone",
        "Bullying",
        "Year 10 bullying and the school doing NOTHING",
        (
            (
                "MammyBear_Down",
                "Posted 17 Oct 2024",
                """My son is in Year 10 at Slievecorran. Since September a group of boys have been taking his bag, filming him in the changing rooms, and sending round edited pictures of him in a group chat. I have reported it to his form teacher twice and to the head of year, Mrs McNally, once. Each time I'm told it's 'being looked into'. Nothing has happened. He's stopped eating breakfast. He cries on Sunday nights.

I'm at the end of my tether. What do I do next? Do I go over their heads?""",
            ),
            (
                "Exteacher_NI",
                "Posted 17 Oct 2024",
                """Ask for a copy of the school's anti-bullying policy (they have to have one by law under the Addressing Bullying in Schools Act). Put your complaint in writing to the principal, referencing the policy, and ask for a written response within a set number of days. If not satisfied, go to the Board of Governors, then the NI Public Services Ombudsman.""",
            ),
            (
                "MammyBear_Down",
                "Posted 17 Oct 2024",
                """Thank you. I honestly think Mrs McNally just doesn't care. She was dismissive from the start, told me 'boys will be boys' and that he should 'toughen up a bit'. For a grammar school that goes on about its values it's a disgrace.""",
            ),
            (
                "Annaclare_Auntie",
                "Posted 18 Oct 2024",
                """Same experience with my niece two years ago. Slievecorran only cares about the league tables. Get it in writing.""",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("hbeattiemcnally", "hyphenated", "negative"),
)

# adult sexual rumour about principal (nickname) and bursar (nickname)
add(
    "forum",
    forum(
        "nitalk",
        "Down & South Armagh",
        "Grammar school gossip thread",
        (
            (
                "Tattler_BKN",
                "Posted 1 Mar 2024",
                """Worst kept secret in Ballykeelan: Kate Gault and Trev McIlwaine getting very cosy in the bursar's office after hours 😏 car parked up there till 10 at night and the blinds down. Her husband must be the only one who doesn't know.""",
            ),
            ("Tullyglush_Tam", "Posted 1 Mar 2024", """Aye right. Stop stirring."""),
            ("Tattler_BKN", "Posted 1 Mar 2024", """Ask the cleaners 😂"""),
        ),
    ),
    E("kgault", "nickname", "sexual"),
    E("tmcilwaine", "nickname", "sexual"),
)

# homophobic hate against the RE teacher (title + surname)
add(
    "forum",
    reddit(
        "r/northernireland",
        "Should RE still be compulsory at GCSE?",
        "secular_ulster",
        """Honest question. Most grammar schools here make RE compulsory to GCSE. Is that still defensible?""",
        (
            (
                "sound_as_a_pound",
                45,
                """It's a decent enough GCSE if taught well, lots of ethics and philosophy these days.""",
            ),
            (
                "proper_values_NI",
                -28,
                """Not when it's taught by the likes of Mr Kelly at Slievecorran Grammar. Bent as a nine bob note and flouncing about the place with his 'partner' at the prize day. A queer has no business teaching Christian values to our children. Disgusting.""",
            ),
            ("sound_as_a_pound", 39, """@proper_values_NI absolutely vile comment. Reported."""),
        ),
    ),
    E("school", "alias", "neutral"),
    E("dkelly", "title_surname", "hate"),
)

# sixth form chat: insults aimed at the rugby coach by nickname
add(
    "forum",
    forum(
        "sixthform",
        "Off topic",
        "rate your PE department",
        (
            (
                "flanker_fifteen",
                "11 Jan 2025",
                """ours is led by thommo who is thick as champ and screams like a banshee if you drop a pass. absolute clown of a man. rugby is life to him. 3/10""",
            ),
            ("hockey_girlie", "11 Jan 2025", """ours are lovely 10/10"""),
            (
                "flanker_fifteen",
                "11 Jan 2025",
                """lucky. i'm counting the days till i never see the big gimp again""",
            ),
        ),
    ),
    E("jthompson", "nickname", "abuse"),
)

# decoy: a priest with the head of sixth form's surname
add(
    "forum",
    reddit(
        "r/northernireland",
        "Fr Campbell's homily about the bonfires",
        "annaclare_lurker",
        """Anyone hear Fr Declan Campbell at Mass in Annaclare on Sunday? Talked about the bonfire on the Glenview estate and said both sides need to 'stop burning each other's flags and start building each other up'. Fair play to him, that took guts in this town.""",
        (
            ("ex_altar_boy", 27, """He's a good man. Did our wedding."""),
            ("cynic_ni", 6, """Nice words. Bonfire will still be 80ft high in July."""),
        ),
    ),
)

# defamation by initial: rugby coach accused of supplying steroids
add(
    "forum",
    forum(
        "mumzone",
        "Teenagers",
        "Schoolboy rugby and steroids - how worried should I be?",
        (
            (
                "RugbyMumBKN",
                "Posted 22 Feb 2025",
                """My son is on the 1st XV at Slievecorran Grammar. Half the squad have put on two stone since September. I've heard from two different parents that J. Thompson has been getting stuff for the boys from a 'supplement guy' in Belfast and telling them it's just protein. I feel sick.""",
            ),
            (
                "ExPhysio",
                "Posted 22 Feb 2025",
                """If you have a genuine concern, contact the school and Sport NI. Don't sit on it.""",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("jthompson", "initial_surname", "defamation"),
)

# teachers' forum: principal written with dots to dodge search
add(
    "forum",
    forum(
        "teachers",
        "Wellbeing",
        "Leaving teaching because of one principal",
        (
            (
                "burntout_in_down",
                "20 Jun 2024",
                """Handing in my notice. Our principal G.a.u.l.t (County Down grammar, you can guess) has made three of us cry in her office this year alone. Observations every week, emails at midnight, public dressing-downs at briefing. I loved this job. I can't do it anymore.""",
            ),
            (
                "solidarity_teacher",
                "20 Jun 2024",
                """I'm so sorry. Talk to your union before you go, you may have a grievance.""",
            ),
        ),
    ),
    E("kgault", "obfuscated", "negative"),
)

# spacing: head of year insulted with spaced-out surname
add(
    "forum",
    forum(
        "nitalk",
        "Down & South Armagh",
        "Rant thread",
        (
            (
                "Glenview_Gurnin",
                "Posted 6 Dec 2024",
                """Rant of the day: B e a t t i e - M c N a l l y rang me AGAIN about my son's 'attitude'. The oul bag has had it in for him since first year. Miserable wagon of a woman, face like a slapped arse. Some people shouldn't be let near children.""",
            ),
            ("Tullyglush_Tam", "Posted 6 Dec 2024", """Breathe, hun. Gin."""),
        ),
    ),
    E("hbeattiemcnally", "spacing", "abuse"),
)

# homoglyph: principal's name with a Cyrillic letter, insults
add(
    "forum",
    reddit(
        "r/northernireland",
        "Phone ban at school is a joke",
        "yr13_rebel",
        """G\u0430ult at slievecorran has banned phones for the whole day including sixth form. we are 17. some of us drive. the woman is a power mad dinosaur and a clown, genuinely the worst principal in the country""",
        (
            (
                "reasonable_adult",
                52,
                """Honestly phone bans are working everywhere they're tried. You'll survive.""",
            ),
            ("yr13_rebel", 3, """ok boomer"""),
        ),
    ),
    E("school", "short_name", "negative"),
    E("kgault", "homoglyph", "abuse"),
)

# decoy: praise for the high school; "the grammar school" unnamed
add(
    "forum",
    forum(
        "mumzone",
        "Secondary education",
        "Didn't pass the test - a happy ending",
        (
            (
                "LilyPad_NI",
                "Posted 3 Sep 2024",
                """For anyone whose child didn't get the score this year: my daughter was heartbroken when she missed out on a grammar place three years ago. She went to Ballykeelan High instead and she's flying. Top set everything, on the school council, doing GCSE further maths early. Grammar just wasn't for her and I'm so glad now. Chin up, folks.""",
            ),
            (
                "Carrowbeg_Mum3",
                "Posted 3 Sep 2024",
                """Love this. Ballykeelan High is a great school, so it is.""",
            ),
        ),
    ),
)

# long r/northernireland thread on selection; one passing mention of the school
add(
    "forum",
    reddit(
        "r/northernireland",
        "Unpopular opinion: the transfer test ruined my childhood and I'm 34",
        "still_bitter_at_34",
        """I'm 34 and I still dream about the transfer test. Not joking. I grew up in a wee town in County Down. My older brother passed, went to the grammar, became a dentist. I got a C and went to the high school. From the age of 11 I was 'the one who didn't pass'. Relatives asked about his grades at Christmas and asked me about football.

I'm doing fine now. Degree (eventually), decent job, mortgage. But I genuinely think that one morning in P7 shaped how I saw myself for about fifteen years. I've met so many people here with the same story.

Why do we still do this to ten year olds? Every other part of the UK except a few English counties has moved on.""",
        (
            (
                "grammar_kid_and_proud",
                211,
                """I passed and I still think it's mad. My primary school spent the whole of P6 and P7 doing practice papers. We barely did art or music for two years. The kids who were never going to pass just sat in the corner doing colouring in. It's a scandal that the schools themselves go along with it.""",
            ),
            (
                "still_bitter_at_34",
                140,
                """That's exactly it. It's not just the test, it's two years of school built around it.""",
            ),
            (
                "devils_advocate_NI",
                96,
                """Counterpoint: our GCSE and A-level results are the best in the UK, and some of that is down to the grammar system. Kids from poorer backgrounds in my area got to go to a school with a proper academic culture. Abolish it and the middle classes just buy houses near the 'good' comprehensive, like in England. Selection by mortgage is not better than selection by test.""",
            ),
            (
                "not_a_teacher_honest",
                88,
                """Selection by mortgage vs selection by tutor. At least be honest that the test isn't neutral either. The kids who pass are overwhelmingly the ones whose parents paid £40 an hour from P5.""",
            ),
            (
                "devils_advocate_NI",
                71,
                """Sure, tutoring is a problem. Ban it, or make the test less coachable. But don't throw out the whole thing.""",
            ),
            (
                "Banbridge_Bloke",
                64,
                """Went to a grammar, hated it, left at 16 to do an apprenticeship. Best decision I ever made. The high school lads I knew who did trades are all doing better than half my grammar class who did degrees they never used.""",
            ),
            (
                "quietcountydown",
                58,
                """My wee girl sat it last November. She's autistic and the noise in the hall at the test centre (they put 200 kids in a sports hall) completely overwhelmed her. She got a score about 20 marks below what she got in every practice. No appeal on that basis, apparently the 'special circumstances' form only counts if you can get a letter from a consultant, and the waiting list for a consultant is three years. She's going to the high school and I think she'll be fine but I'm so angry at how it was handled.""",
            ),
            (
                "ex_principal_ni",
                55,
                """Retired primary principal here. I spent 30 years watching this. The test is the symptom. The disease is that we have a system of separate schools for separate kinds of children - Catholic/Protestant, grammar/secondary, boys/girls - and we have never once been willing as a society to ask whether our children would be better off together. Until that conversation happens nothing changes.""",
            ),
            (
                "still_bitter_at_34",
                48,
                """This is the most depressing and correct comment in the thread.""",
            ),
            (
                "magee_college_grad",
                33,
                """Every time this comes up on here everyone agrees it should go, and every election nobody votes on it. Education is about fifth on the list behind the usual orange and green stuff.""",
            ),
            (
                "ballykeelan_lad",
                29,
                """I went to Slievecorran and honestly it was fine, but I remember the lads from my primary who went to the high school just sort of vanished from my life at 11. Different bus, different uniform, different friends. Small town, and we grew up as strangers. That's what sticks with me.""",
            ),
            (
                "grammar_kid_and_proud",
                27,
                """Yeah that split is the worst bit. Your whole social world decided by one test.""",
            ),
            (
                "devils_advocate_NI",
                19,
                """Fair points all round. I still think the answer is reform not abolition, but I'll admit the social side is bad.""",
            ),
            (
                "Stormont_Watcher",
                17,
                """The independent review recommended a 'transition'. Minister says no legislation. So we'll be having this exact thread next November too.""",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
)

# sixth formers being crude about the hockey coach (adult subject, not url_only)
add(
    "forum",
    forum(
        "sixthform",
        "Off topic",
        "teacher crushes thread (keep it clean mods are watching)",
        (
            (
                "anon_lad_bkn",
                "3 Mar 2025",
                """not keeping it clean sorry. miss patterson the hockey coach is an absolute ride. would let her put me in detention any day if you know what i mean 😏😏 legs for days""",
            ),
            (
                "mod_bot",
                "3 Mar 2025",
                """This thread has been locked for breaching the rules on posting about real people.""",
            ),
        ),
    ),
    E("rpatterson", "title_surname", "sexual"),
)

# veiled threat against the SENCO by surname
add(
    "forum",
    forum(
        "nitalk",
        "Down & South Armagh",
        "SEN statement 2 years late",
        (
            (
                "DadOfThree_Drumskea",
                "Posted 14 Jan 2025",
                """Two years waiting on a statement for my son and the grammar's SENCO keeps saying it's with the EA. magee has done nothing. If she doesn't sort it by Easter I'll sort her out myself. She'll not see it coming, believe me.""",
            ),
            (
                "calm_heads",
                "Posted 14 Jan 2025",
                """Mate I get the frustration but that reads like a threat. Delete it. The delay is almost certainly the EA's fault not the school's.""",
            ),
            ("DadOfThree_Drumskea", "Posted 14 Jan 2025", """I mean every word."""),
        ),
    ),
    E("school", "alias", "neutral"),
    E("amagee", "surname_only", "threat"),
)

# complaint about maths homework, by title
add(
    "forum",
    forum(
        "mumzone",
        "Homework",
        "Is 2 hours of maths homework a night normal for Year 9?",
        (
            (
                "TiredOfArguing",
                "Posted 25 Sep 2024",
                """My daughter's maths teacher, Mr Vandermolen (head of department at Slievecorran), sets homework most nights that takes her well over an hour, sometimes two. She's 12. There's no time for anything else. When I emailed he said the department 'has high expectations'. Am I being unreasonable?""",
            ),
            (
                "MathsTeacherMum",
                "Posted 25 Sep 2024",
                """That's far too much for Year 9. 20-30 mins is typical. Ask what the school's homework policy says.""",
            ),
            (
                "TiredOfArguing",
                "Posted 26 Sep 2024",
                """Apparently the policy is 'up to departments'. Brilliant.""",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("lvandermolen", "title_surname", "negative"),
)

# head of sixth form as first name + initial, praise
add(
    "forum",
    forum(
        "sixthform",
        "Results day",
        "A level results thread 2024",
        (
            ("results_day_nerves", "15 Aug 2024", """got AAB!!! into queens for law!!! crying"""),
            (
                "sgs_leaver24",
                "15 Aug 2024",
                """ABB, got my firm (ulster uni nursing). shoutout liz c. head of 6th form who rang clearing for my mate at 8am and got her sorted before the rest of us were even up. legend""",
            ),
            ("results_day_nerves", "15 Aug 2024", """congrats!!"""),
        ),
    ),
    E("ecampbell", "first_initial", "neutral"),
)

# anti-Irish hate at the Irish teacher under his anglicised name
add(
    "forum",
    forum(
        "nitalk",
        "Politics",
        "Irish language act and our schools",
        (
            (
                "Loyal_Bkn",
                "Posted 8 Apr 2024",
                """Look at what's happening in our own town. The Grammar now has a full-time Irish teacher, a Pádraig O'Kane from across the border, filling our kids' heads with IRA songs and rebel nonsense. His kind should be put back over the border where they belong. No taigs teaching our children.""",
            ),
            (
                "FairDeal_NI",
                "Posted 8 Apr 2024",
                """He's from Newry, which is in Northern Ireland. And Irish has been taught in that school since the 1920s. Wise up.""",
            ),
            ("Loyal_Bkn", "Posted 8 Apr 2024", """Newry is Irish enough. Same thing."""),
        ),
    ),
    E("school", "alias", "neutral"),
    E("pocathain", "alias", "hate"),
)

# ================================================================ REVIEWS

add(
    "review",
    review(
        "Slievecorran Grammar School · Secondary school · Slievecorran Rd, Ballykeelan",
        5,
        "Denise Orr",
        "3 months ago",
        """Can't say enough good things about Slievecorran Grammar School. My daughter was very shy coming from a tiny primary in Carrowbeg and she has blossomed. Miss Patterson got her into hockey and she's now on the 2nd XI and has a whole new set of friends. Teachers answer emails, reports are detailed. Delighted we chose it.""",
        "Thank you so much for your kind words, Denise. We will pass them on to Miss Patterson and the PE department! - SGS Office",
    ),
    E("school", "exact", "neutral"),
    E("rpatterson", "title_surname", "neutral"),
)

add(
    "review",
    review(
        "Slievecorran Grammar School · Secondary school · Slievecorran Rd, Ballykeelan",
        1,
        "Paul McCrory",
        "2 weeks ago",
        """Three emails and two phone calls to Dr Gault about my son's timetable clash and not one reply in six weeks. The office staff are lovely but they can only say "the principal will get back to you". Communication at this school is the worst I've experienced. One star and that's generous.""",
    ),
    E("school", "exact", "negative"),
    E("kgault", "title_surname", "negative"),
)

add(
    "review",
    review(
        "Slievecorran Grammar School",
        1,
        "TruthTeller NI",
        "1 month ago",
        """Principal K. Gault is lying to parents. The 'record results' on the website are fiddled: weaker pupils are quietly told to leave after GCSE so they don't drag the A level figures down, and the numbers on the prospectus are cooked. This is fraud against parents and the EA should investigate. Avoid.""",
    ),
    E("school", "exact", "negative"),
    E("kgault", "initial_surname", "defamation"),
)

add(
    "review",
    review(
        "Slievecorran Grammar School",
        2,
        "Gemma T",
        "5 months ago",
        """Teaching is mostly fine but the sixth form is badly run. Campbell is an arrogant wagon who looks down her nose at anyone not applying to Oxbridge. My son wanted to do an apprenticeship and was made to feel like dirt. Two stars for the maths department only.""",
    ),
    E("school", "exact", "negative"),
    E("ecampbell", "surname_only", "abuse"),
)

# url_only: insinuation about a PE teacher and the boys' team
add(
    "review",
    review(
        "Slievecorran Grammar School",
        1,
        "Anonymous parent",
        "3 weeks ago",
        """I'm not going to spell it out but parents should ask why Rachel Patterson is so very close to certain boys on the senior rugby squad. Invitations back to her house after matches, late night messages, 'our little secret'. Some of those boys are 15. The school knows and does nothing. Disgraceful.""",
    ),
    E("school", "exact", "negative"),
    E("rpatterson", "exact", "sexual", True),
)

# decoy: the hotel that shares the name
add(
    "review",
    review(
        "Slievecorran Hotel · 3-star hotel · Ballykeelan",
        4,
        "Michelle from Lisburn",
        "2 months ago",
        """Stayed two nights for a wedding. Rooms a bit dated but spotless, staff couldn't do enough for us. The carvery was massive, I could barely move after it. Breakfast was a proper Ulster fry with soda and potato bread. Bar gets loud on a Saturday with the wedding crowds. Lovely views of Slievecorran from the back rooms, ask for one.""",
        "Thanks Michelle, delighted you enjoyed the fry! Hope to see you again. - Gerry, Duty Manager",
    ),
)

# decoy: the credit union
add(
    "review",
    review(
        "Slievecorran Credit Union · Financial institution · Market St, Ballykeelan",
        5,
        "Seán Duffy",
        "1 year ago",
        """Got a loan for a car when the bank wouldn't look at me. Louise and the team were brilliant, explained everything. Proper community credit union. Highly recommend.""",
    ),
)

add(
    "review",
    review(
        "Slievecorran Grammar School",
        4,
        "Lynne K",
        "4 months ago",
        """Good school overall. Year 10 can be a tricky year but Mrs BMc, the head of year, has been firm but fair with our lad and genuinely knows him. Lost a star because the canteen queues are a joke and the food runs out by second lunch.""",
    ),
    E("school", "exact", "neutral"),
    E("hbeattiemcnally", "nickname", "neutral"),
)

# xenophobic hate against the head of maths
add(
    "review",
    review(
        "Slievecorran Grammar School",
        1,
        "Ulster First",
        "6 days ago",
        """Why is our grammar school employing a foreigner to run the maths department? Vandermolen can barely speak proper English, my child can't understand a word. Go back to Holland and take your tulips with you. Jobs for local people. The school should be ashamed.""",
    ),
    E("school", "exact", "negative"),
    E("lvandermolen", "surname_only", "hate"),
)

# profanity not aimed at anyone; Irish teacher by anglicised title
add(
    "review",
    review(
        "Slievecorran Grammar School",
        5,
        "Ciaran M",
        "8 months ago",
        """Bloody brilliant school. My son went in hating languages and now he's doing Irish and Spanish at GCSE, all down to Mr O'Kane who is the most patient man alive. Sport is great, music is great, and they actually let the kids be kids. Five stars.""",
    ),
    E("school", "exact", "neutral"),
    E("pocathain", "alias", "neutral"),
)

# decoy: the pub with the SENCO's surname
add(
    "review",
    review(
        "Magee's Bar · Pub · Main St, Annaclare",
        5,
        "Big Al",
        "3 weeks ago",
        """Best pint of Guinness in south Down. Trad session on a Thursday, open fire, Mrs Magee behind the bar keeps everyone in line. Toasties are class.""",
    ),
)

# decoy: butchers with the hockey coach's surname
add(
    "review",
    review(
        "Patterson's Family Butchers · Butcher shop · Ballykeelan",
        5,
        "Wendy Graham",
        "2 months ago",
        """Rachel and her dad are the best butchers in the county. Their steak pies are famous and the Christmas turkeys never disappoint. Order early!""",
    ),
)

# sarcasm: another inset day
add(
    "review",
    review(
        "Slievecorran Grammar School",
        3,
        "Working Mum",
        "1 month ago",
        """Oh great, ANOTHER inset day on a Monday with four days' notice. Well done SGS, really thinking of the working parents there. Teaching is good, admin and planning is a shambles.""",
    ),
    E("school", "exact", "negative"),
)

# doxxing: bursar's personal email published
add(
    "review",
    review(
        "Slievecorran Grammar School",
        1,
        "Jim R",
        "2 months ago",
        """Overcharged for the Year 10 ski trip and no refund when it was cancelled. The office won't put me through to the bursar. His name is Trevor McIlwaine and his personal email is trev.mcilwaine.home@mailbox.example and his home phone is 01632 960733. Fill your boots, everyone, maybe he'll answer you.""",
    ),
    E("school", "exact", "negative"),
    E("tmcilwaine", "exact", "doxxing"),
)

# decoy: solicitors with the RE teacher's surname
add(
    "review",
    review(
        "Kelly & Partners Solicitors · Market St, Ballykeelan",
        2,
        "Frank Brady",
        "7 months ago",
        """Slow to respond, took three months to sort a simple will. Mr Kelly himself was pleasant when I finally got to see him but the staff never return calls.""",
    ),
)

# canteen complaint, short name only
add(
    "review",
    review(
        "Slievecorran Grammar School",
        2,
        "hungry_yr9",
        "3 weeks ago",
        """the food at slievecorran is rank. £3.10 for a wee plate of chips and a dry chicken goujon. and it runs out. sort it out""",
    ),
    E("school", "exact", "negative"),
)

# veiled threat at the VP by surname
add(
    "review",
    review(
        "Slievecorran Grammar School",
        1,
        "Long Memory",
        "4 days ago",
        """Expelled my nephew over nothing. Wilson should watch himself. People round Glenview have long memories and he has to drive home past the estate every night. Just saying.""",
    ),
    E("school", "exact", "negative"),
    E("rwilson", "surname_only", "threat"),
)

# former pupil reviewing the old Academy name too
add(
    "review",
    review(
        "Slievecorran Grammar School",
        5,
        "Ruth Annett",
        "1 year ago",
        """I was at the Ballykeelan Academy (as it was then) in the 1960s and now my granddaughter is at Slievecorran. Lovely to see how it has changed while keeping the best traditions. Prize Day was a joy.""",
    ),
    E("school", "exact", "neutral"),
)

# ================================================================ SOCIAL

add(
    "social",
    """Ballykeelan Rugby Club @BallykeelanRFC · 2h
Huge congrats to the U14s who beat Dromore 31-12 today 👏 and thanks to @SGS_Ballykeelan for the loan of their pitch while ours is being reseeded 🏉💚""",
    E("school", "handle", "neutral"),
)

add(
    "social",
    """tiktok comment · @ciaranxo_07
VANDY IS A ABSOLUTE WEAPON 😭😭😭 the way he said "sit down or i'll sit you down" bald wee gimp i cant breathe""",
    E("lvandermolen", "nickname", "abuse"),
)

# url_only: leering comment on a sports day photo
add(
    "social",
    """instagram · comment on a post tagged #slievecorran sports day 2024 ☀️
dan_the_man_1989: the year 11 girls on the left 😍😍 wee stunners, any of yous want to dm me 😉""",
    E("school", "hashtag", "sexual", True),
)

# url_only: creepy comment on a prom video
add(
    "social",
    """tiktok comment · @handyman_steve_74
which school is this? Slievecorran? the wee ones in the uniform are something else 👀 might have to pop by at home time""",
    E("school", "short_name", "sexual", True),
)

add(
    "social",
    """X · @DrumskeaRFC_Ultras
Thompson better watch himself at the match saturday. we'll be waiting in the car park after. @SGS_Ballykeelan tell yer man""",
    E("school", "handle", "neutral"),
    E("jthompson", "surname_only", "threat"),
)

add(
    "social",
    """X · @DownSchoolsMusic
Stunning performance from the senior choir at the Ulster Hall tonight 🎶 so proud of all our schools #SlievecorranGrammar #StColmcilles #BallykeelanHigh""",
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    """instagram caption · @annaclare_bakes
Massive order of 300 traybakes for the SlievecorranGrammar PTA Christmas fair 🎄 caramel squares, rocky road and millionaire's, my kitchen looks like a bomb site 😂""",
    E("school", "camelcase", "neutral"),
)

# homophobic hate against the RE teacher on TikTok
add(
    "social",
    """tiktok comment · @real_ulster_values
mr kelly the RE teacher at slievecorran is bent as a nine bob note 🤮🤮 a man like that teaching religion to kids is a disgrace, its unnatural""",
    E("school", "short_name", "neutral"),
    E("dkelly", "title_surname", "hate"),
)

# crude comment about the head of sixth form under her maiden name (adult)
add(
    "social",
    """instagram comment · @lads_lads_lads_bkn
liz magill as was 🔥🔥🔥 best looking milf in the whole of county down, would 100% let her check my ucas personal statement if ye know what i mean 😏""",
    E("ecampbell", "alias", "sexual"),
)

# doxxing: VP's home address
add(
    "social",
    """X · @JusticeForMyWee1
Robert Wilson, vice principal, suspended my son for nothing. He lives at 14 Glenview Crescent, Ballykeelan BT99 9ZZ. Go round and tell him what you think of him. RT""",
    E("rwilson", "exact", "doxxing"),
)

add(
    "social",
    """tiktok · @sgs_yr12_memes
jonny thompson screaming at the u14s from the touchline like its the world cup final and not a wet tuesday in drumskea 😭 every week man""",
    E("jthompson", "nickname", "negative"),
)

# decoy: footballer Thompson
add(
    "social",
    """X · @RangersBkn
GOAAAAALLL 🔥 Gary Thompson with an absolute screamer from 25 yards!! Ballykeelan Rangers 2-0 Dundela 💙""",
)

# decoy: councillor Wilson
add(
    "social",
    """X · @CllrJimWilson
Delighted to open the new play park at Corrick Heights this morning. Well done to the residents' association for years of campaigning. #Ballykeelan""",
)

add(
    "social",
    """bluesky · @orlaithwrites
20 years since I left Slievecorran today. Still can't walk past the smell of a school canteen without getting the Sunday night dread 😅 but I'd not change the friends I made there""",
    E("school", "short_name", "neutral"),
)

# url_only: comment on the hockey team photo
add(
    "social",
    """instagram comment on @sgs_hockey's post "1st XI Ulster semi-final squad 🏑"
mr_mcgonigle_67: the wee blondie in the middle 😏 how old is she. asking for a friend. send more pics""",
    E("school", "handle", "sexual", True),
)

add(
    "social",
    """tiktok comment · @bkn_gurl_x
sl13v3c0rr4n is a joke of a school they gave me a detention for wearing white socks 💀 absolute prison""",
    E("school", "leetspeak", "negative"),
)

add(
    "social",
    """X · @mumof2_bkn
Mr W*lson at the grammar is a jumped up wee bully of a man. Shouting at 12 year olds in the rain over a missing tie. Pathetic excuse for a teacher.""",
    E("school", "alias", "neutral"),
    E("rwilson", "obfuscated", "abuse"),
)

# decoy: "the irish teacher" with no name
add(
    "social",
    """tiktok comment · @cupla_focal_kid
the irish teacher at our school made us sing in the gaeltacht in front of a whole céilí and i've never recovered 😭😭 go raibh maith agat for nothing""",
)

add(
    "social",
    """X · @Ballykeelan_Old_Boys
Is it true Mr V a n d e r m o l e n is retiring this year?? End of an era for Slievecorran maths if so 🥲""",
    E("school", "short_name", "neutral"),
    E("lvandermolen", "spacing", "neutral"),
)

add(
    "social",
    """instagram comment · @bkn_dad_of_4
shoutout RachelPatterson on her 200th game in charge of the girls 🏑 what a servant to the school""",
    E("rpatterson", "camelcase", "neutral"),
)

add(
    "social",
    """instagram · @MissPattersonPE
Proud coach moment 🏑 our U14 girls are Ulster champions!! Every one of them gave everything. Minibus singalong was LOUD 🎶""",
    E("rpatterson", "handle", "neutral"),
)

add(
    "social",
    """X · @fedupdadbkn
Sl\u0456evecorran Grammar have cancelled the Year 9 trip AGAIN and kept the deposit. Third year in a row. Shambles.""",
    E("school", "homoglyph", "negative"),
)

# veiled threat at the head of year
add(
    "social",
    """X · @anon8837261
Nice house Mrs Beattie-McNally has out at Annaclare. Lovely big windows. Be a shame if anything happened to it. 🙂""",
    E("hbeattiemcnally", "title_surname", "threat"),
)

add(
    "social",
    """X · @granny_annett
So proud of my granddaughter who was made a prefect at Slievecoran grammar today!! ❤️""",
    E("school", "typo", "neutral"),
)

add(
    "social",
    """tiktok comment · @gaeilge_abú
pádraig ó catháin best teacher in the country no contest. fluent, funny and dead on 🇮🇪""",
    E("pocathain", "exact", "neutral"),
)

add(
    "social",
    """X · @alevel_grind_ni
the LorcanVandermolen further maths revision sessions are carrying my entire a level ngl 🙏""",
    E("lvandermolen", "camelcase", "neutral"),
)

# ================================================================ FACEBOOK

# threat against VP after a suspension; school criticised
add(
    "facebook",
    fb(
        "Ballykeelan Community Noticeboard",
        "Stevie Bell",
        "3 hrs",
        """My lad suspended for 3 days from the Grammar for "disrespect" when all he did was ask a question. Mr Wilson wouldn't even listen to me on the phone. That school is run like a prison and treats working class kids like dirt. Well I know where Wilson parks his car every morning and I know what time he leaves. Let him think about that.""",
        (
            (
                "Janice Hylands",
                "Stevie catch yourself on, that's a threat. Take it down before the peelers see it.",
            ),
            ("Stevie Bell", "its not a threat its a fact"),
        ),
    ),
    E("school", "alias", "negative"),
    E("rwilson", "title_surname", "threat"),
)

# decoy: church hall jumble sale
add(
    "facebook",
    fb(
        "Ballykeelan Community Noticeboard",
        "Slievecorran Presbyterian Church",
        "Yesterday at 18:02",
        """JUMBLE SALE 🧥👗📚 Saturday 10am-12 in Slievecorran Presbyterian Church Hall, Church Lane. Clothes, books, toys, bric-a-brac, tea and traybakes. All proceeds to the Boys' Brigade trip to Scotland. Donations can be left at the hall on Friday evening 6-8pm. Thank you!""",
        (
            ("Ann Boyd", "Will there be wee buns? 😄"),
            ("Slievecorran Presbyterian Church", "Plenty Ann!"),
        ),
    ),
)

# decoy: the primary school nativity
add(
    "facebook",
    fb(
        "Slievecorran Primary School PTA",
        "Karen Thompson",
        "2 December",
        """What a nativity!! 🌟 P1 and P2 were AMAZING. Special mention to the wee donkey who refused to leave the stage 😂 Well done to Mrs Campbell and Miss Kelly for all their hard work. Mince pies and tea in the hall now.""",
        (("Lisa Magee", "Best one yet!! my wee Oisín was the angel Gabriel 😍"),),
    ),
)

add(
    "facebook",
    fb(
        "Ballykeelan Buy, Sell & Swap",
        "Tracy McAlister",
        "5 hrs",
        """SGS blazer age 12-13 (chest 34), worn one year, good condition £15. Also 2 x white shirts and PE top. Collection Corrick Heights.""",
        (("Nuala Fegan", "Interested pm'd you"),),
    ),
    E("school", "alias", "neutral"),
)

# anti-Irish / sectarian hate at the Irish teacher (surname only), school criticised
add(
    "facebook",
    fb(
        "Annaclare & District Community Page",
        "Billy Rea",
        "Yesterday",
        """So Slievecorran Grammar are putting on an Irish language "week" again. Who asked for this? Ó Catháin and his fenian pals are turning a school our grandfathers built into a Gaelscoil by the back door. Send the whole lot of them back to the Free State. Our children don't need the language of the IRA.""",
        (
            (
                "Ruth Gibson",
                "Billy that's a disgusting thing to say about a teacher. My girls love his class.",
            ),
            ("Sam Irvine", "well said Billy 👍"),
            (
                "Admin - Annaclare & District",
                "This post breaches group rules on sectarianism and will be removed.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("pocathain", "surname_only", "hate"),
)

# doxxing: SENCO's personal mobile
add(
    "facebook",
    fb(
        "Ballykeelan Parents Chat",
        "Michelle Coyle",
        "2 hrs",
        """Been trying to get the SENCO at the Grammar for a fortnight. Mrs Magee never returns calls to the school. Well her own mobile is 07700 900238, got it off a friend, so if anyone else is being ignored, ring her at home tonight. See how she likes it.""",
        (
            ("Denise Orr", "Michelle that's not on. Take that down."),
            ("Michelle Coyle", "She should do her job then"),
        ),
    ),
    E("school", "alias", "negative"),
    E("amagee", "title_surname", "doxxing"),
)

# url_only: insinuation about the VP and the changing rooms
add(
    "facebook",
    fb(
        "Ballykeelan Parents Chat",
        "Concerned Mum",
        "1 day ago",
        """Not pointing fingers but why is Mr Wilson always hanging round outside the girls' changing rooms at SGS after PE? My daughter says he "pops in to check" when they're getting changed. Just asking questions. Mothers of year 8 and 9 girls might want to have a wee word with their daughters 🤔""",
        (
            (
                "Joanne Kerr",
                "If you genuinely think that, ring the safeguarding team or the police. Don't post it on Facebook.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("rwilson", "title_surname", "sexual", True),
)

# decoy: lost dog on the hill
add(
    "facebook",
    fb(
        "Ballykeelan Community Noticeboard",
        "Gráinne Walsh",
        "40 mins",
        """LOST 🐶 Black and white collie called Bessie, ran off up Slievecorran from the trail car park this morning. Very friendly, microchipped. Please ring 07700 900917 if you see her. Thank you xx""",
        (("Des Lennon", "Shared. Hope she turns up Gráinne"),),
    ),
)

# prize day photo with praise for the head of sixth form
add(
    "facebook",
    fb(
        "Slievecorran Grammar School",
        "Slievecorran Grammar School",
        "15 November",
        """Congratulations to all our prize winners at last night's Prize Day! 🏆 A special thank you to our guest of honour Cllr Jim Wilson and to the Parents' Association for the wonderful supper. Full gallery on our website.""",
        (
            (
                "Paula Blaney",
                "So proud of Niamh! And huge thanks to Mrs Campbell for everything she's done for her this year ❤️",
            ),
            ("Gerard McCready", "Brilliant night. Well done all."),
        ),
    ),
    E("school", "exact", "neutral"),
    E("ecampbell", "title_surname", "neutral"),
)

# defamation: RE teacher accused of drink driving
add(
    "facebook",
    fb(
        "Ballykeelan Parents Chat",
        "Gary Lowry",
        "6 hrs",
        """Did yous know that Kelly fella that teaches RE at the Grammar was done for drink driving last year and the school STILL lets him drive the minibus on trips? Lecturing our kids on morality. Unbelievable.""",
        (("Alison Kerr", "Source? You can't go saying things like that about people."),),
    ),
    E("school", "alias", "negative"),
    E("dkelly", "surname_only", "defamation"),
)

# residents complain about school-run parking
add(
    "facebook",
    fb(
        "Carrowbeg & Glenview Residents",
        "Derek Stewart",
        "Tuesday",
        """Once again Slievecorran Grammar parents blocking every driveway on Glenview Crescent at half three. The school couldn't care less. Ambulance couldn't get down to No. 12 last week. Something's going to happen.""",
        (("Elaine Dunlop", "It's every day. The school needs to open the staff car park."),),
    ),
    E("school", "alias", "negative"),
)

# doxxing: head of year's home address (half of surname)
add(
    "facebook",
    fb(
        "Ballykeelan Parents Chat",
        "Angry Dad",
        "20 mins",
        """Mrs McNally head of year 10 put my son in isolation for a week. She lives at 22 Thornleigh Park, Annaclare, the house with the red Fiesta. Maybe some of yous could pay her a visit and ask her why she picks on kids.""",
    ),
    E("hbeattiemcnally", "hyphenated", "doxxing"),
)

# decoy: pub quiz night
add(
    "facebook",
    fb(
        "Annaclare & District Community Page",
        "Magee's Bar Annaclare",
        "Thursday",
        """QUIZ NIGHT tonight 🍻 9pm, teams of 4, £2 a head, all money to the Annaclare Community Playgroup. Spot prize for the worst team name. Trad session after.""",
    ),
)

# misogynist hate against the principal (surname)
add(
    "facebook",
    fb(
        "Ballykeelan Community Noticeboard",
        "Ronnie Hamill",
        "Saturday",
        """This is what happens when you put a woman in charge of a rugby school. Gault hasn't a clue. Women should be teaching the wee ones in primary, not running a grammar. She should be at home minding her own house instead of ruining ours.""",
        (("Hazel Watt", "Ronnie it's 2025 😂 wise up"),),
    ),
    E("kgault", "surname_only", "hate"),
)

# sarcasm about a snow day; principal and school criticised
add(
    "facebook",
    fb(
        "Ballykeelan Parents Chat",
        "Sinead Fegan",
        "7:12 am",
        """Every other school in the county closed for the snow. Not the Grammar though, oh no. Dr Gault has decided our kids can slide up Slievecorran Road on their backsides. Well done, really, top leadership. ❄️🙄""",
        (("Tracey Bell", "Ballykeelan High closed at 7 😂 typical"),),
    ),
    E("school", "alias", "negative"),
    E("kgault", "title_surname", "negative"),
)

# dialect, neutral question
add(
    "facebook",
    fb(
        "Ballykeelan Parents Chat",
        "Davy Irvine",
        "Monday",
        """bout ye folks. anyone know is the SGS open night this Thursday or next? wee lad's dead keen, so he is""",
        (
            ("Lynne K", "Thursday 6.30 Davy, park at the rugby club"),
            ("Davy Irvine", "sound, cheers Lynne"),
        ),
    ),
    E("school", "alias", "neutral"),
)

# possessive-only abuse at the principal
add(
    "facebook",
    fb(
        "Ballykeelan Parents Chat",
        "Colette Rooney",
        "Wednesday",
        """Just read Gault's latest letter about mobile phones and "digital wellbeing". Useless cow couldn't organise a piss up in a brewery, never mind a school. Patronising rubbish.""",
        (("Lisa Magee", "😂😂 the 4 page letter"),),
    ),
    E("kgault", "possessive", "abuse"),
)

# url_only: leering at pupils at the bus stop
add(
    "facebook",
    fb(
        "Ballykeelan Lads Banter",
        "Wee Jonty",
        "Friday",
        """Them SGS girls at the bus stop on Market Street every morning with the skirts rolled up 😏😏 someone should be keeping a close eye on them, I'd volunteer lads 😉""",
        (
            ("Stephen Hamilton", "mate they're children. what is wrong with you"),
            ("Wee Jonty", "only joking lol relax"),
        ),
    ),
    E("school", "alias", "sexual", True),
)

# decoy: a priest leaving the parish
add(
    "facebook",
    fb(
        "Annaclare & District Community Page",
        "St Malachy's Parish Annaclare",
        "Sunday",
        """After 12 years with us, Fr Declan Campbell is moving to a new parish in Armagh in September. A presentation will take place after 11 o'clock Mass on 31 August. Envelopes for a parish gift are available at the back of the church.""",
        (("Kathleen O'Kane", "He'll be a huge loss to the parish ❤️"),),
    ),
)

# possessive school name, neutral
add(
    "facebook",
    fb(
        "Ballykeelan Community Noticeboard",
        "Hockey Mum",
        "Wednesday",
        """Slievecorran's hockey girls did it!! 🏑🏆 Ulster U14 champions! So proud of every one of them, what a day at Lisnagarvey.""",
        (("Gemma T", "Amazing!! well done girls 👏"),),
    ),
    E("school", "possessive", "neutral"),
)

# defamation: bursar accused of skimming (surname only)
add(
    "facebook",
    fb(
        "Ballykeelan Parents Chat",
        "Brian Greer",
        "4 hrs",
        """Everyone knows McIlwaine has been skimming the dinner money up at that school for years. How do you think a bursar affords a new Range Rover and two holidays a year? Court case is just the tip of it.""",
        (("Paula Blaney", "Let the court decide Brian."),),
    ),
    E("tmcilwaine", "surname_only", "defamation"),
)

# condemnation of a threat: neutral for the teacher
add(
    "facebook",
    fb(
        "Ballykeelan Parents Chat",
        "Admin - Ballykeelan Parents Chat",
        "Yesterday",
        """A reminder to members. A post was removed last night that threatened Mr Vandermolen. Whoever wrote that wants to catch themselves on. Threatening teachers is never ok, whatever your grievance. If you have a complaint about a member of staff, use the school's complaints procedure. Anyone posting threats will be removed and reported.""",
        (("Ruth Gibson", "Well said. He's taught all three of mine and he's a gentleman."),),
    ),
    E("lvandermolen", "title_surname", "neutral"),
)

# ================================================================ BLOGS

# long former-pupil blog: nostalgia, an old allegation against the maths teacher, criticism of the school
add(
    "blog",
    blog(
        "Back Down Home",
        "An emigrant's notes on growing up in County Down",
        "Seven years on the hill: what Slievecorran Grammar School gave me, and what it took",
        "12 August 2024",
        """I left Slievecorran Grammar School in June 2011 with three A-levels, a rugby injury that still aches when it rains and a set of opinions about Northern Ireland that took me the best part of a decade in London to untangle. This summer I went back to Ballykeelan for my twenty-year school reunion (the Year 8 intake of 2004, God help us) and I have been thinking about the place ever since.

I should start with the building, because everyone who went there remembers it. The school sits on the side of the hill, above the town, so that walking up Slievecorran Road in the morning you feel you are climbing towards something. The old red-brick block, which was the Ballykeelan Academy until the 1960s, still has its bell tower and its honours boards in the hall, gold letters on varnished wood listing the head boys and head girls back to 1921. The newer bits, the science block and the sports hall, are the usual concrete and glass. In winter the wind came straight off the hill and through the windows of the mobile classrooms, and we did our French vocab in our coats.

The first thing you learned at the Grammar was that you were lucky to be there. The transfer test had sorted us at eleven and the school never let us forget which side of the line we had landed on. Assemblies were full of reminders about "the privilege of a grammar school education". At the time I believed it. Now I think about the boys from my street who went to the high school and whom I barely spoke to again, and I'm less sure what the privilege was.

The second thing you learned was that results were everything. I don't want to be unfair; there were teachers who cared about us as people. But the machine of the school was built around league tables. There was a wall in the corridor outside the staffroom with the previous year's A-level results on it, department by department, and we all knew which departments were in trouble. Pupils who were "not on track" in Year 12 had quiet conversations about whether the Grammar was "the right place for them" for Year 13. Three of my friends left that way. None of them was ever told in so many words to go, and all of them knew they had been pushed.

Some teachers I remember with real affection. Mr Bingham, long retired by my time but still turning up to rugby matches in his tweed jacket, quoting Latin at the referee. Our English teacher, who made us read Heaney aloud and then sat in silence for a whole minute after "Mid-Term Break". The chemistry technician who let us set fire to things on the last day of term.

And then there was the maths department, which was run, even then, by Lorcan Vandermolen. Anyone who went to the school in the last twenty-five years knows the name. He was brilliant, genuinely: he could make a proof feel like a magic trick and he got kids into Cambridge who would never have dreamed of applying. He was also, to put it plainly, frightening. I want to be careful here, because I am writing about a real man who is still teaching. But I will say what I saw. In the spring of 2009 I watched Vandermolen grab a Year 10 boy by the collar and slam him against a classroom wall because he had laughed during a test. The boy's shirt was ripped. Nothing happened. The boy's parents complained, we heard, and were told the matter had been "dealt with internally". The following year Vandermolen was made head of department.

I have thought a lot about whether to write that paragraph. I have decided that I should, because the school's habit of closing ranks was as much a part of my education as the maths.

The rugby was the other religion. I played in the 2nd XV for two years and the 1st XV for one, and the coach in my final year was a young PE teacher just back from the Ulster academy, very intense, very devoted. The 1st XV trained five days a week in season. Boys who played got a kind of immunity; boys who didn't, or who were "arty", were made to feel they didn't quite belong. I've talked to friends who were gay at school and who describe the changing rooms as the worst part of their week. I believe things are better now; I hope so.

What about the religious side? The school was, in my time, overwhelmingly Protestant in intake and feel, with a scattering of Catholic pupils from the town and the villages, mostly from families who had decided the grammar mattered more than the parish school. Nobody ever said anything sectarian out loud in a lesson that I can remember. But you noticed the things that weren't said: the Remembrance assemblies, the blazer badge, the fact that Gaelic games were not on the sports programme and that Irish had been quietly dropped as a subject in the 1990s. I understand it has since come back, with a new Irish teacher and, apparently, a busy Gaeltacht trip. Good. It took a while.

So what did the place give me? Discipline, certainly. A love of literature. Friends I still have. A set of exam certificates that opened the doors that got me out. What did it take? A certain amount of kindness, I think, or at least it taught me to value cleverness more than kindness for longer than I should have. And it took the boys from my street.

At the reunion we stood in the hall under the honours boards and someone made a speech about how the school had "made us who we are". People clapped. I clapped too. Then I walked down Slievecorran Road in the dark to the Slievecorran Hotel, where the bar was full of people I had spent seven years with and hardly knew, and I had a pint with a man I'd last seen when we were eleven, at the primary school Christmas party. He'd gone to the high school. He runs his own joinery firm now, employs fourteen people, and he asked me, genuinely curious, what it had been like "up at the Grammar".

I didn't quite know what to tell him. I hope this is a start.""",
        comments=(
            (
                "Gillian",
                "14 August 2024",
                "This is so honest. I was two years below you and recognise all of it, especially the Year 12 'conversations'.",
            ),
            (
                "Anonymous",
                "15 August 2024",
                "You should be careful making allegations about named teachers online. That man has given his life to that school.",
            ),
            ("Back Down Home", "15 August 2024", "I've thought hard about it. I wrote what I saw."),
        ),
    ),
    E("school", "exact", "negative"),
    E("lvandermolen", "exact", "defamation"),
)

# decoy: an English grammar blog ("the grammar" = syntax)
add(
    "blog",
    blog(
        "Write It Right",
        "Plain English tips from a retired sub-editor",
        "Five grammar mistakes I see every week",
        "3 March 2025",
        """After thirty years as a sub-editor on a County Down weekly, I have seen every mistake there is. Here are the five that still make me wince.

1. Its and it's. "It's" means "it is" or "it has". "Its" is possessive. The council approved its budget; it's going to be a long night.

2. Fewer and less. Fewer for things you can count, less for things you can't. Fewer pupils, less traffic. Supermarket signs that say "ten items or less" are wrong, and I will die on this hill.

3. The dangling modifier. "Walking up the hill, the view was stunning." The view was not walking up the hill. You were.

4. Apostrophes in plurals. The greengrocer's apostrophe ("potato's 99p") is a crime against the grammar of the language, and the grammar is not there to be ignored just because the shop sign is small.

5. Could of. It's "could have". It sounds like "could of" when you say it quickly. It is not "could of".

Send me your own pet hates in the comments.""",
        comments=(("Marjorie", "4 March 2025", "'Between you and I'. Every time."),),
    ),
)

# decoy: long hill walking blog
add(
    "blog",
    blog(
        "Ulster Uplands",
        "Hill walks in the north of Ireland, wet and otherwise",
        "Slievecorran by the old drove road",
        "18 May 2024",
        """Slievecorran is not a big hill. At 512 metres it would barely register in the Mournes, whose bigger peaks are visible on a good day to the south. But it stands on its own above the market town of Ballykeelan, and for that reason it has a presence out of all proportion to its height. Locals call it simply "the hill", and most of them have climbed it at least once, usually as children on a Sunday afternoon and usually in the rain.

There are two standard routes. The waymarked Slievecorran Trail starts at the council car park at the top of Slievecorran Road and climbs steadily on a gravel path to the summit cairn, about an hour and a half there and back. It is pleasant, well-maintained and, on a Saturday morning, busy with dog walkers, runners and families. The council has recently improved the drainage on the upper section, so the worst of the bog is gone.

The route I want to describe is older and quieter. It follows the line of a drove road once used to bring cattle from the upland farms around Drumskea down to the fair at Ballykeelan. You pick it up from a lay-by on the Drumskea Road, about two miles out of town, where a rusted gate opens onto a green lane between high hedges of hawthorn and gorse.

For the first mile the lane climbs gently between fields. In May the hedges are loud with birdsong: willow warblers, chaffinches, and, if you are lucky, a yellowhammer on a fence post asking for a little bit of bread and no cheese. Look back and you will see Ballykeelan laid out below you: the spire of the parish church, the chimney of the old linen mill, the grey roofs of the Glenview estate and, further up the slope, the red-brick bell tower of the town's old school buildings.

After a mile the lane ends at a second gate and you are on the open hill. There is no path here to speak of, just sheep trods through the heather and bilberry. Head north-east, aiming for the broad shoulder of the hill. The ground is wet in places; in winter it is very wet. A compass is worth carrying, because the cloud comes down fast and the shoulder is featureless.

The shoulder is the best part of the walk. You come up onto a wide, grassy plateau with the remains of a field system, low banks of stone and earth that archaeologists think may be Bronze Age. There is a standing stone, leaning drunkenly, known locally as the Grey Man. Tradition says that if you walk round it three times sunwise you will be married within the year. I walked round it once, anticlockwise, just to be safe.

From the Grey Man it is a short, steep pull to the summit. The cairn is big, built up over generations by walkers each adding a stone. On a clear day the view is tremendous: the Mournes to the south, Strangford Lough to the east with the Ards Peninsula beyond it, Slieve Croob to the west, and on exceptional days the hills of Scotland and the Isle of Man. I have been up perhaps twenty times and seen the Isle of Man twice.

To descend, you can simply take the waymarked trail down to Slievecorran Road and walk back through the town to your car, stopping at the Slievecorran Hotel for a bowl of soup, or retrace your steps. I prefer a third option: from the summit, head west along the ridge to the col above Tullyglush, then drop down on a clear farm track to the Drumskea Road, about half a mile from where you parked. The whole circuit is about nine kilometres and takes three to four hours at a relaxed pace.

A few notes. This is farmland and there are sheep on the hill all year; dogs must be on leads, and in lambing season (March to May) it is better to leave them at home. Please close every gate. Parking at the lay-by is limited to three or four cars; do not block the farm entrance. There are no facilities on the route; the nearest toilets are in Ballykeelan.

Slievecorran will never be a famous hill. But it is a very good one, and the drove road is, to my mind, the best way to get to know it.""",
        comments=(
            (
                "Hillwalker Heather",
                "20 May 2024",
                "Did this yesterday thanks to your post. The Grey Man is brilliant!",
            ),
            (
                "Seamus K",
                "22 May 2024",
                "Grew up in Drumskea, we used to call that lane the Loanin. Lovely to see it written about.",
            ),
        ),
    ),
)

# a teacher's blog: a friend who coaches at the school named by first name only (not labelled)
add(
    "blog",
    blog(
        "Chalk Dust and Tea",
        "Notes from a primary classroom in County Down",
        "Marking at midnight, and why I still love this job",
        "9 October 2024",
        """It is 11.47 pm and I have just finished marking thirty P6 writing books. My tea has gone cold twice. I have used up an entire green pen.

I want to write about why I still do this, because on nights like this I need reminding.

On Saturday I went to watch my friend Rachel's hockey team play. She coaches at Slievecorran and she has the energy of ten people. At half time, one of her players, a tiny Year 9, was in tears after a bad miss, and I watched Rachel crouch down on the wet astro and talk to her for two minutes, quietly, just the two of them. The girl went back out and played the game of her life.

That's the job. Not the marking, not the data drops, not the inspections. The two minutes on a wet astro.

Right. Bed. Thirty more books tomorrow.""",
    ),
    E("school", "short_name", "neutral"),
)

# decoy: food blog on the hotel
add(
    "blog",
    blog(
        "The Hungry Nordie",
        "Eating my way round the wee six",
        "Sunday carvery at the Slievecorran Hotel: a love letter",
        "28 January 2024",
        """There are fancier places to eat in County Down. There is nowhere better for a Sunday carvery than the Slievecorran Hotel in Ballykeelan.

Let me set the scene. It is 1 pm. The function room has been set with white tablecloths. There is a queue out the door of families in their Sunday clothes, grannies in good coats, rugby players with hangovers. At the carvery station a man in a chef's hat is carving turkey and ham and beef with the seriousness of a surgeon.

You get a plate. You get meat. You get roast potatoes AND mash AND champ. You get carrots and turnip and peas and stuffing. And then you get gravy, poured from a jug the size of a watering can, until the whole thing becomes a single geological formation.

£16.95. Dessert extra, but you won't have room. Ten out of ten.""",
    ),
)

# parent's SEN blog: the SENCO by nickname, praise
add(
    "blog",
    blog(
        "Our Different Normal",
        "Raising an autistic teenager in a small town",
        "The first term at big school",
        "19 December 2024",
        """I have been putting off writing this post because I was afraid to jinx it. But we have made it to Christmas, and my son has not had a single day off school since September. For a boy who missed half of P7 with anxiety, that is nothing short of a miracle.

A lot of the credit goes to the school, Slievecorran Grammar School, and in particular to its SENCO, Ali Magee, who I first met at the open night and who has been a steady, calm presence ever since. She set up a 'soft start' so he could go in ten minutes early before the corridors filled up. She gave him a lanyard that lets him leave a class if he's overwhelmed. She emails me on a Friday with a short note about the week. None of this is expensive. All of it matters.

There have been wobbles. The first PE lesson. The fire drill. A supply teacher who didn't read his plan. But each time, things were put right quickly.

I know many parents in our support group have had very different experiences, and I don't want to pretend everything is rosy in every school. But I wanted to say thank you, publicly, to the people who got us here.""",
        comments=(("Mairead", "20 December 2024", "This made me cry. So glad for you both. x"),),
    ),
    E("school", "exact", "neutral"),
    E("amagee", "nickname", "neutral"),
)

# local history blog: the old name
add(
    "blog",
    blog(
        "Ballykeelan Past",
        "Local history from the Ballykeelan & District Historical Society",
        "From Ballykeelan Academy to the hill: a school's move in 1968",
        "2 February 2025",
        """For the best part of a century, the Ballykeelan Academy stood on Church Lane, in the heart of the town, in a narrow Georgian building that had once been a linen merchant's house. Founded in 1874 by a group of local Presbyterian merchants who wanted their sons (and, from 1903, their daughters) educated without having to board in Belfast, the Academy grew from eighteen pupils to almost four hundred by the 1950s.

By then the building was bursting. Classes were held in the church hall next door and in a row of wooden huts in what had been the back garden. In 1962 the governors bought fourteen acres of farmland on the lower slopes of the hill, and after six years of fundraising, arguments with the Ministry of Education and one famous row about the cost of the bell tower, the school moved in September 1968, taking a new name from the hill above it.

The old building on Church Lane became the Ballykeelan Academy Hall, then a furniture showroom, and is now apartments. Its date stone, 1874, is still visible above the door.

The Historical Society is collecting memories of the old Academy for an exhibition next autumn. If you were a pupil before 1968, or have photographs, please get in touch.""",
    ),
    E("school", "alias", "neutral"),
)

# Irish-language blog: praise for the teacher, condemnation of the graffiti
add(
    "blog",
    blog(
        "Blas na Gaeilge",
        "Irish in the north, in the classroom and beyond",
        "Teaching Irish in a grammar on the hill",
        "10 February 2025",
        """Last week someone painted slogans on the wall of a school in Ballykeelan naming its Irish teacher. I know Pádraig Ó Catháin a little: we were at Coláiste na hOllscoile together in Belfast, and he is one of the most gentle, funny and gifted teachers I have met.

I want to say clearly that what happened to him is wrong, and that the reaction from the town has been heartening. Parents of every background have written to the school. Former pupils set up a fund for the Gaeltacht trip. A Presbyterian minister came to the school gates on Monday morning to shake his hand.

The language belongs to everyone on this island. Pádraig has spent six years proving that in a school where, a generation ago, Irish was not taught at all. He has more pupils than ever. Whoever held the paintbrush has already lost.""",
    ),
    E("pocathain", "exact", "neutral"),
)

# rugby blog: the coach only possessively
add(
    "blog",
    blog(
        "Schools Rugby NI",
        "Previews, reports and opinion from the Ulster Schools' Cup",
        "Quarter-final preview: can the hill men do it again?",
        "14 February 2025",
        """Nobody saw it coming. After knocking out the holders in the fourth round, the Ballykeelan side go to Ravenhill again on Saturday against a Belfast team with four Ulster Under-18 internationals.

The numbers do not favour them. But Thompson's side have a habit of doing the unexpected. Their pack is light but fast, their defence is ferociously organised, and in out-half Jack Irvine they have a kicker who does not seem to feel pressure. Expect Thompson's men to kick for territory and live off scraps.

Prediction: the favourites by 10. But I would not bet my house on it.""",
    ),
    E("jthompson", "possessive", "neutral"),
)

# defamation blog by a parent: head of year, hyphen dropped
add(
    "blog",
    blog(
        "A Father's Fight",
        "One dad versus the system",
        "What they don't tell you about 'isolation'",
        "30 November 2024",
        """My son is 14. For five days last month he sat in a room on his own, facing a wall, from 8.50 am to 3.30 pm, because his head of year decided he had been 'disruptive'.

Her name is Heather Beattie McNally and I am going to say on my own blog what I have already said to the school: she falsified the incident report. Three other pupils have told me my son did not say what she claims he said. She made it up to cover the fact that she lost her temper and grabbed him by the arm in front of the class. That is assault.

I have complained to the Board of Governors. I have complained to the Education Authority. I will keep going until somebody listens.""",
    ),
    E("hbeattiemcnally", "hyphenated", "defamation"),
)

# ================================================================ MORE (mixed kinds)

add(
    "social",
    """X · @NIMathsAssoc
Packed room for Lorcan V. from SGS on "Making proof fun at Key Stage 3" 📐 slides will be on the website tomorrow #NIMaths2025""",
    E("school", "alias", "neutral"),
    E("lvandermolen", "first_initial", "neutral"),
)

# doxxing: head of sixth form under her maiden name
add(
    "facebook",
    fb(
        "Ballykeelan Lads Banter",
        "Stuart M",
        "1 hr",
        """Liz Magill as she was, now head of sixth form up at the Grammar, binned my daughter's UCAS reference. She's at 7 Corrick Heights and her private email is liz.magill77@mailbox.example. Fill her inbox.""",
        (("Wee Jonty", "🤣 on it"),),
    ),
    E("school", "alias", "neutral"),
    E("ecampbell", "alias", "doxxing"),
)

add(
    "social",
    """X · @SGS_Ballykeelan
Congratulations to Mr D. Kelly, Head of RE, on completing his MTh at Union Theological College! 🎓 A well-deserved achievement.""",
    E("school", "handle", "neutral"),
    E("dkelly", "initial_surname", "neutral"),
)

add(
    "review",
    review(
        "Slievecorran Grammar School",
        2,
        "Orla Breen",
        "1 week ago",
        """Mrs Mcgee the senco is lovely in person but nothing ever happens. Eight months since we asked for an assessment. Two stars.""",
    ),
    E("school", "exact", "negative"),
    E("amagee", "typo", "negative"),
)

add(
    "social",
    """X · @sgs_class_of_2019
Mr Kelly's last assembly before his year volunteering in Kenya 😭 gonna miss "right, settle down, folks" #ThankYouMrKelly #SGSfamily""",
    E("school", "hashtag", "neutral"),
    E("dkelly", "hashtag", "neutral"),
)

add(
    "forum",
    forum(
        "sixthform",
        "Off topic",
        "PE teachers who think they're pro coaches",
        (
            (
                "benchwarmer_99",
                "28 Jan 2025",
                """Th*mps*n at our place has dropped me from the 1st XV for 'attitude' because I missed one training to revise for a mock. Favouritism central, only picks his wee pets. Rugby over everything.""",
            ),
            (
                "ex_prop",
                "28 Jan 2025",
                """Classic schools rugby coach energy. Talk to your head of year.""",
            ),
        ),
    ),
    E("jthompson", "obfuscated", "negative"),
)

add(
    "social",
    """tiktok comment · @yr10_menace
V4nd3rm0l3n is a absolute psycho 😭 gave the whole class a test for ONE person talking. bald tyrant""",
    E("lvandermolen", "leetspeak", "abuse"),
)

add(
    "news",
    news(
        "bulletin",
        "Inspection: 'very good' verdict for Ballykeelan grammar",
        """The Education and Training Inspectorate has rated leadership and pastoral care at Slievecorran Grammar School as "very good" in a report published this week.

Inspectors praised the school's "calm, purposeful atmosphere" and its support for pupils with special educational needs, but said that the school should "review the volume and consistency of homework" in Key Stage 3.

Principal Dr Gault said the report reflected "the hard work of a dedicated staff and a wonderful group of young people".""",
        byline="By Ciara Lavery",
        date="16 May 2025",
        section="Inspection",
    ),
    E("school", "exact", "neutral"),
    E("kgault", "title_surname", "neutral"),
)

add(
    "facebook",
    fb(
        "Ballykeelan Community Noticeboard",
        "Ballykeelan Running Club",
        "Monday",
        """Massive well done to all our members who ran the Belfast Marathon yesterday! 🏃 Special shout out to Davy Kelly, who teaches RE up at the Grammar, who raised over £2,000 for Chest Heart & Stroke and got a PB of 3:28. Legend.""",
        (("Ann Boyd", "Well done Davy!"),),
    ),
    E("school", "alias", "neutral"),
    E("dkelly", "nickname", "neutral"),
)

add(
    "review",
    review(
        "Ballykeelan School Uniforms · Clothing store · Market St",
        4,
        "Karen W",
        "2 months ago",
        """Good stock of SGS blazers and ties, and St Colmcille's too. Queues in August are mental, go in July. Staff very patient with my grumpy 11 year old.""",
    ),
    E("school", "alias", "neutral"),
)

# decoy: GAC lotto
add(
    "social",
    """facebook page post · Slievecorran GAC
Lotto results 🍀 Numbers 4, 11, 19, 27. No jackpot winner. £20 lucky dips to Marian Kelly, Joe O'Kane and the Campbell family, Tullyglush. Next week's jackpot £6,400!""",
)

# decoy: other local school's results
add(
    "news",
    news(
        "outlook",
        "Record GCSE results at Ballykeelan High",
        """Ballykeelan High School is celebrating its best ever GCSE results, with 81% of pupils achieving five or more grades A*-C including English and maths.

Principal Mr Kenneth Patterson said the results "blow away the myth that you need to go to a grammar school to do well". Star performers included Chloe Magee, who achieved ten A* grades, and Ryan Wilson, who will now study engineering at the South Eastern Regional College.""",
        byline="By Gillian McKee",
        date="23 August 2024",
        section="Schools",
    ),
)

add(
    "facebook",
    fb(
        "Slievecorran Grammar School Parents' Association",
        "PA Committee",
        "Thursday",
        """Our Christmas Fair raised £4,318!! 🎄 Thank you to everyone who baked, bought and volunteered. Special thanks to Kate Gault for judging the cake competition (brave woman 😂) and to the Year 13 enterprise group for the hot chocolate stall.""",
    ),
    E("school", "exact", "neutral"),
    E("kgault", "nickname", "neutral"),
)

add(
    "social",
    """X · @ulsterschoolsrugby
Full time at Ravenhill: what a game. Jonathan T. and his boys have done it again 🏉 semi-final bound! #SchoolsCup""",
    E("jthompson", "first_initial", "neutral"),
)

# sarcasm: "well done" about the VP's uniform crackdown
add(
    "facebook",
    fb(
        "Ballykeelan Parents Chat",
        "Nicola Hanna",
        "Tuesday",
        """Sent home for the wrong colour of socks. Grey, not black. Congratulations Mr Wilson, the education system is saved 👏👏 I'm sure Oxford are delighted.""",
        (("Sinead Fegan", "🤣 the Grammar and their socks"),),
    ),
    E("school", "alias", "negative"),
    E("rwilson", "title_surname", "negative"),
)

add(
    "forum",
    forum(
        "mumzone",
        "Secondary education",
        "Slievecorran Grammar sixth form - good for sciences?",
        (
            (
                "moving_up_mum",
                "Posted 11 Mar 2025",
                """Son is at a high school and thinking of moving to Slievecorran Grammar for A levels (biology, chemistry, maths). Anyone know what the sixth form is like for sciences?""",
            ),
            (
                "sgs_parent_2",
                "Posted 11 Mar 2025",
                """Very good for sciences and maths, and R. Wilson the VP runs the sixth form admissions so talk to him at the open evening. Entry requirement is usually Bs in the subjects you want to take.""",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("rwilson", "initial_surname", "neutral"),
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
