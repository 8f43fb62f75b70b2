# ruff: noqa: E501
"""Labelled corpus train10 for the repwatch matcher (Fallowmead Vale Academy, Fallowmead, Bristol).

A TUNING corpus: it may be read and tuned on. It was written WITHOUT reading the matcher, its
tests or any other corpus, so it is writing the matcher never saw when it was built.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_train10

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the places, the sites, the phone numbers (Ofcom drama ranges, including Bristol's
0117 496 0xxx) and the addresses.

Setting: an all-through special school (ages 4-19, autism and severe learning difficulties)
in Fallowmead, a northern suburb of Bristol, run by the Lantern Learning Trust. Its short
name "Fallowmead" is also the suburb itself, Fallowmead Primary School (a mainstream school
down the road), Fallowmead Rovers FC, Fallowmead Motors, the community centre, the park and
Fallowmead Vale Allotments. Voices: parents fighting for EHCPs and transport, local news on
transport and exclusions, staff reviews on a jobs site, carers' Facebook groups, sibling
TikTok comments, support-group blogs, with Bristol dialect ("gert lush", "where's it to",
"cheers drive", "my lover"). Staff share surnames (Clarke, Campbell, Whyte, Bennett, Yusuf,
Warsame, Kowalczyk, Hollis) with strangers in several decoy pages, and one stranger shares
the deputy's whole name (Rob Clarke, the Rovers manager).

Labelling conventions used here:
- ``exact`` is the full watchlist name ("Fallowmead Vale Academy", "Amina Warsame",
  "Elizabeth Marsh-Dunmore"); ``alias`` is a watchlist alias ("Fallowmead Vale",
  "Fallowmead Vale School", "FVA", "Denise Grant" - the nurse's maiden name).
- ``short_name`` is "Fallowmead" alone (any case) used for the school. "The Vale", "the
  school" or "the special school" alone is never labelled.
- ``nickname`` covers familiar first names with or without surname and by-names: "Liz",
  "Lizzie M-D", "Mrs M-D", "Rob", "Bob Clarke", "Del", "Big Del", "Kasia", "Nurse Dee",
  "Miss Q", "Becky", "Bex", "Abdi", "Mr Abdi", "Jamie", "Mr B"; a first name alone in
  context ("Amina sorted it", "Tamsin") is labelled ``nickname`` too.
- ``title_surname`` is a title plus surname ("Mr Clarke", "Ms Warsame", "Mrs Campbell"),
  including possessives of it ("Mr Clarke's"). ``possessive`` is used only when the name
  appears solely possessively with no title ("Clarke's new rule", "Fallowmead's minibus").
- ``hyphenated`` is half of the head's double-barrelled surname ("Mrs Dunmore", "Mrs
  Marsh") or the whole surname with its hyphen dropped ("Marsh Dunmore").
- ``first_initial`` is first name plus surname initial ("Tamsin Q.", "Rob C.");
  ``initial_surname`` is initial plus surname ("R. Clarke", "E Marsh-Dunmore").
- ``camelcase`` is a run-together name not written as a hashtag or handle
  ("FallowmeadVale", "DelroyWhyte"); ``hashtag`` and ``handle`` carry # and @.
- ``obfuscated`` is starred or dotted ("Cl*rke", "W.a.r.s.a.m.e"); ``spacing`` is
  letter-spaced; ``homoglyph`` uses Cyrillic/Greek lookalike letters; ``leetspeak`` uses
  digits for letters; ``typo`` is a misspelling ("Fallowmeed", "Quarington", "Kowalcyk").
- A staff member mentioned only by role ("the head", "the bus driver", "sir") is not
  labelled. Hate directed at the school's disabled pupils as a body is labelled ``hate``
  for the school.
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
    "school", "emarshdunmore", "rclarke", "awarsame", "dwhyte", "kkowalczyk", "dcampbell",
    "tquarrington", "rhollis", "ayusuf", "jbennett",
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
    "courier": (
        "Bristol Evening Courier",
        "bristolcourier.example",
        ["News", "Bristol", "Sport", "Whats On", "Education", "Property", "Jobs"],
    ),
    "gazette": (
        "Fallowmead & Stoke Lyde Gazette",
        "fmgazette.example",
        ["Home", "News", "Community", "Sport", "Family Notices", "Letters"],
    ),
    "bristle": (
        "Bristle Daily",
        "bristledaily.example",
        ["Latest", "Your Area", "Schools", "Court", "City", "Opinion"],
    ),
    "council": (
        "West Severn Council",
        "westsevern-council.example",
        [
            "Home",
            "Council and democracy",
            "Meetings",
            "Schools and learning",
            "Bins and recycling",
            "Contact",
        ],
    ),
    "sendweek": (
        "SEND Week",
        "sendweek.example",
        ["News", "Policy", "Funding", "Workforce", "Analysis", "Jobs"],
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
    "mumsline": ("Mumsline", "mumsline.example", "Talk"),
    "threadit": ("threadit", "threadit.example", "r/"),
    "sendtalk": ("SENDtalk", "sendtalk.example", "Boards"),
    "staffroom": ("The Staffroom", "staffroomforum.example", "Forums"),
    "bristolboards": ("Bristol Boards", "bristolboards.example", "Boards"),
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
    "wobbly": (
        "Wobbly Wheels & Widgit Symbols",
        "wobblywheels.example",
        "A Bristol mum, two boys, one very long EHCP",
    ),
    "pcf": (
        "West Severn Parent Carer Forum",
        "wspcf.example",
        "Parents and carers of disabled children, working together",
    ),
    "autismdad": (
        "Autism Dad Bristol",
        "autismdadbristol.example",
        "Spreadsheets, meltdowns and the M32",
    ),
    "sibling": ("Not The Main Character", "notthemaincharacter.example", "a sibling's blog"),
    "tamarind": ("Tamarind & Thyme", "tamarindthyme.example", "Caribbean cooking in south Bristol"),
    "slthub": ("The SLT Hub", "slthub.example", "Speech and language therapy in practice"),
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
        out.append(f'<section class="comments"><h3>{len(comments)} comments</h3>')
        for user, when, text in comments:
            out.append(
                f'<div class="comment"><b>{h(user)}</b> <i>{h(when)}</i><p>{h(text)}</p></div>'
            )
        out.append("</section>")
    out.append(
        f'</main><footer>&copy; {h(name)} &middot; <a href="#">Subscribe by email</a> &middot; Powered by Pressly</footer></body></html>'
    )
    return "\n".join(out)


def review(
    site: str, business: str, items: tuple[tuple[str, str, str, str], ...], *, summary: str = ""
) -> str:
    out = [f"{site} - Reviews for {business}"]
    if summary:
        out.append(summary)
    out.append("")
    for user, stars, when, text in items:
        out += [f"{user} - {stars} - {when}", text.strip(), "Helpful? Yes / No | Report", ""]
    return "\n".join(out)


def social(
    platform: str,
    user: str,
    text: str,
    *,
    when: str = "",
    replies: tuple[tuple[str, str], ...] = (),
    stats: str = "",
) -> str:
    out = [f"{platform}", f"{user}{' - ' + when if when else ''}", text.strip()]
    if stats:
        out.append(stats)
    for r_user, r_text in replies:
        out += ["", f"{r_user}", r_text.strip()]
    return "\n".join(out)


def facebook(
    group: str,
    poster: str,
    when: str,
    text: str,
    comments: tuple[tuple[str, str], ...] = (),
    *,
    reactions: str = "",
) -> str:
    out = [group, f"{poster} - {when}", "", text.strip(), ""]
    if reactions:
        out.append(reactions)
    if comments:
        out.append(f"{len(comments)} comments")
    for c_user, c_text in comments:
        out += [f"{c_user}", f"{c_text.strip()}", "Like - Reply", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- documents

# 000 transport contract collapse, Delroy quoted; a commenter blames the school
add(
    "news",
    news(
        "courier",
        "Disabled pupils stranded as school taxi firm folds overnight",
        """
Dozens of disabled children in north Bristol were left without a way to get to school this week after the firm holding West Severn Council's home-to-school transport contract went into administration on Sunday evening.

Parents of pupils at Fallowmead Vale Academy, a special school for children and young people aged four to 19 with autism and severe learning difficulties, said they received a text at 9.40pm telling them there would be no taxis on Monday morning.

"We found out from a WhatsApp group," said one mum, whose 11-year-old son is non-verbal. "He has a visual timetable. The taxi is on it. You cannot just take the taxi off the timetable and expect him to be okay."

The school has put its own two minibuses on extra runs. Delroy Whyte, the academy's transport manager, said staff had been on the road since 6.45am. "We've done what we can with what we've got, but two buses can't cover forty-odd routes. We're asking families to bear with us and we'll ring every one of them by tonight."

A West Severn Council spokesperson said emergency contracts had been signed with two other operators and a full service would resume "within days". The council said it "recognised the distress caused" and was reviewing how it checks the financial health of contractors.

The Lantern Learning Trust, which runs the academy, said attendance had not been marked as unauthorised for any pupil unable to attend.
""",
        byline="By Shelley Pym, Education reporter",
        date="4 March 2025",
        section="Education",
        comments=(
            (
                "bs16_grumbler",
                "3h",
                "Fallowmead Vale management should've had a plan B. Every parent saw this coming for months. Shambles.",
            ),
            (
                "MandyP",
                "2h",
                "the school didnt run the contract, the council did. Del and the minibus lot have been out since dawn, leave them alone",
            ),
            ("Realist99", "1h", "Another council contract gone pop, who'd have thought"),
        ),
        related=(
            "Council to review SEND transport spend",
            "Fuel prices: what it means for Bristol cabbies",
        ),
    ),
    E("school", "exact", "negative"),
    E("dwhyte", "exact", "neutral"),
)

# 001 sensory garden opening
add(
    "news",
    news(
        "gazette",
        "Sensory garden opens at Fallowmead special school after three-year fundraising drive",
        """
A sensory garden built with money raised by families, staff and local businesses has been officially opened at Fallowmead Vale Academy.

The garden, on what used to be a strip of rough grass behind the school's post-16 block, includes a water wall, raised beds of herbs, a sound tunnel made from drainpipes and a sheltered swing.

Headteacher Elizabeth Marsh-Dunmore cut the ribbon on Friday alongside pupils from the school council. "Our young people tell us in lots of different ways what they need, and for a long time they were telling us they needed somewhere calm outside," she said. "This is theirs."

Post-16 lead Tamsin Quarrington said students had helped design the planting and had grown the lavender from cuttings. The project was supported by Fallowmead Motors, the Stoke Lyde Rotary Club and a sponsored walk that raised more than £6,000 last summer.
""",
        byline="Gazette reporter",
        date="18 April 2025",
        section="Community",
    ),
    E("school", "exact", "neutral"),
    E("emarshdunmore", "exact", "neutral"),
    E("tquarrington", "exact", "neutral"),
)

# 002 DECOY: Fallowmead Rovers, manager Rob Clarke (same name as deputy)
add(
    "news",
    news(
        "gazette",
        "Rovers clinch Western League Division One title on final day",
        """
Fallowmead Rovers were crowned Division One champions on Saturday after a 3-1 win at Stoke Lyde Athletic in front of a crowd of almost 400.

Manager Rob Clarke, in his fourth season in charge at Fallowmead Park, said his squad had "dug in all year". Clarke, a former Rovers centre-half, added: "We were written off in October. This lot don't know when they're beaten."

Goals from Kieran Bennett, Jordan Yusuf and a late penalty from captain Luke Hollis sealed it. Rovers will play in the Premier Division next season, subject to ground grading.

The club thanked sponsors Fallowmead Motors and the Plough Inn and invited supporters to an open-top bus parade from the community centre on Sunday afternoon.
""",
        byline="Dave Loader",
        date="28 April 2025",
        section="Sport",
        comments=(
            ("RoversTillIDie", "5h", "get in!!! Clarkey for mayor"),
            ("ann_m", "4h", "Well done boys, proud of you all"),
        ),
    ),
)

# 003 council minutes, long, initial_surname for deputy; Cllr Warsame is a stranger
add(
    "news",
    news(
        "council",
        "Minutes: Children and Young People Scrutiny Committee, 12 February 2025",
        """
Present: Cllr P. Osei (Chair), Cllr H. Warsame (Vice-Chair), Cllr T. Brimble, Cllr J. Fairweather, Cllr M. Kowalski, Cllr S. Dyer, Cllr R. Hutchins.

Officers: Director of Children's Services; Head of SEND and Inclusion; Transport Commissioning Manager; Democratic Services Officer.

Also present: Mr R. Clarke (Deputy Headteacher, Fallowmead Vale Academy), for item 6; Ms L. Tovey (West Severn Parent Carer Forum), for items 6 and 7.

1. Apologies for absence. Apologies were received from Cllr A. Nkemelu and Cllr D. Shipp.

2. Declarations of interest. Cllr Warsame declared a non-pecuniary interest in item 7 as a governor of Hillcrest Primary School. Cllr Dyer declared a non-pecuniary interest in item 6 as a parent of a child with an Education, Health and Care Plan.

3. Minutes of the previous meeting. The minutes of the meeting held on 11 December 2024 were agreed as a correct record, subject to the correction of the date of the next budget workshop.

4. Public forum. The Committee received four written statements and two questions. Statement 1, from a parent in Stoke Lyde, concerned delays in issuing final EHCPs within the statutory 20-week period. Statement 2 concerned the closure of the Riverside short breaks centre. Statements 3 and 4 concerned home-to-school transport. Question 1 asked how many EHCPs had been issued within 20 weeks in the last quarter. The Head of SEND replied that 31 per cent had been issued within the timescale, up from 19 per cent in the same quarter of the previous year, and that the Council was recruiting four additional EHCP coordinators. Question 2 asked whether the Council would publish the number of children waiting for a specialist place. The Director undertook to provide a written answer.

5. Chair's business. The Chair reminded members that the Committee's site visit to the Pupil Referral Unit would take place on 3 March.

6. Home-to-School Transport: Update following the failure of the North Zone contract. The Transport Commissioning Manager introduced the report. On 2 March the contractor holding the North Zone contract, covering 64 routes and 212 children, had entered administration. Emergency arrangements had been put in place with two operators, and 58 routes were operating by the end of the first week. Six routes had required schools to make interim arrangements.

Mr Clarke addressed the Committee. He explained that the academy had operated additional minibus runs for nine days using its own vehicles and staff, at an estimated cost to the school of £4,700, and asked whether the Council would reimburse this. He said that the families affected had been "extraordinarily patient" but that several pupils had experienced significant distress and at least two had not attended for the whole period. He asked that schools be consulted before route changes were made, as changes of driver or escort could be very difficult for pupils with autism.

Ms Tovey said that the Parent Carer Forum had received over 80 contacts about the disruption. Parents had been told of the failure late on a Sunday evening and many had had to take unpaid leave.

In discussion, members asked about the due diligence undertaken before the contract was awarded; whether the Council had a contingency plan; and whether the Personal Travel Budget scheme could be expanded. Cllr Kowalski asked whether the Council would consider in-house provision. The Director said that an options appraisal including an in-house fleet would come to Cabinet in the summer.

RESOLVED: (i) that the report be noted; (ii) that officers bring a report to the next meeting on the reimbursement of schools' additional costs; (iii) that the Committee recommends to Cabinet that schools and the Parent Carer Forum be consulted on the re-procurement of the North Zone contract.

7. High Needs Block: budget position 2025/26. The Head of SEND and Inclusion presented the report. The forecast overspend on the High Needs Block for 2024/25 was £9.8 million, and the cumulative deficit was expected to reach £31 million by March 2026. Demand for specialist places continued to rise, with 1,140 children and young people with EHCPs in special schools or resourced provision, an increase of 11 per cent on the previous year. The Council's Safety Valve discussions with the Department for Education were continuing.

Members noted the pressure on independent and non-maintained special school placements, which averaged £62,000 per year. Cllr Brimble asked how many additional places would be created in the local special schools. Officers said 40 places would be created across two sites by September 2026, subject to capital funding.

Cllr Warsame asked whether the banding review for special schools would be concluded before the start of the financial year. Officers said it would not, and that interim top-up rates would be increased by 2 per cent.

RESOLVED: that the report be noted and that the Committee receive an update at its June meeting.

8. Work programme. The Committee agreed its work programme, adding an item on exclusions and suspensions of pupils with EHCPs.

The meeting ended at 8.52pm.
""",
        section="Meetings",
    ),
    E("school", "exact", "neutral"),
    E("rclarke", "initial_surname", "neutral"),
)

# 004 court: racist abuse of Abdi at the gates; the defendant is a Clarke (stranger)
add(
    "news",
    news(
        "courier",
        "Man admits racially aggravated abuse of special school worker at drop-off",
        """
A man who hurled racist abuse at a teaching assistant outside a Bristol special school has admitted a racially aggravated public order offence.

Darren Clarke, 41, of Mill Crescent, Stoke Lyde, appeared at Bristol Magistrates' Court on Tuesday. The court heard that on 14 January he became angry when he was asked to move his van, which was blocking the minibus bay at Fallowmead Vale Academy.

Prosecutor Helen Gauntlett said Clarke shouted at Abdirahman Yusuf, a teaching assistant who was helping pupils off a minibus, calling him a racist name, telling him to "go back to Somalia" and making a remark about his religion. Two other members of staff and several parents witnessed the incident, which was also captured on a doorbell camera.

In a statement read to the court, Mr Yusuf said he had lived in Bristol since he was six and had worked at the school for nine years. "I was standing there holding a child's hand. The children heard every word. One of them asked me afterwards if I was going away."

Clarke, who is not connected to the school, will be sentenced next month. District Judge Ruth Ambrose warned him all options remained open.
""",
        byline="Court reporter",
        date="11 February 2025",
        section="Court",
        comments=(
            ("wearebristol", "6h", "Disgusting. Stand with Mr Yusuf and all the staff there."),
            ("TonyB_BS34", "5h", "parking round that school is a nightmare tho to be fair"),
            ("wearebristol", "5h", "@TonyB_BS34 nothing to be fair about mate"),
        ),
    ),
    E("school", "exact", "neutral"),
    E("ayusuf", "exact", "hate"),
)

# 005 SEND Week trade press, exclusions data, school in a table row
add(
    "news",
    news(
        "sendweek",
        "Suspensions in special schools rise for third year running",
        """
Suspensions of pupils in special schools in England have risen for the third year in a row, new figures show, with leaders blaming staffing shortages and rising levels of need.

Special schools recorded a suspension rate of 14.2 per 100 pupils in 2023-24, up from 12.7 the previous year. Permanent exclusions from special schools remain rare, at fewer than 100 nationally.

Heads told SEND Week that many suspensions now followed incidents in which staff had been injured. "We are admitting children whose needs would have been met in a residential setting ten years ago," said the head of a special school in the Midlands.

A SEND Week analysis of trust-level data found wide variation between schools with similar intakes. In one region, figures for the Lantern Learning Trust's three special schools ranged from zero suspensions at Kestrel House School to 23 at Fallowmead Vale Academy, which the trust said reflected "a small number of pupils with extremely complex needs" admitted during the year.

The Department for Education said it would publish updated guidance on suspensions and permanent exclusions, including a section on pupils with EHCPs, later this year.
""",
        byline="By Imogen Carrow",
        date="27 January 2025",
        section="Analysis",
        related=(
            "Special school places: the 2026 cliff edge",
            "Workforce survey: one in three TAs plans to leave",
        ),
    ),
    E("school", "exact", "neutral"),
)

# 006 EHCP tribunal win; family got a place at the school (alias)
add(
    "news",
    news(
        "bristle",
        "Mum wins two-year fight for son's specialist school place",
        """
A Stoke Lyde mother has won a two-year battle with West Severn Council to get her autistic son into a specialist school, after a tribunal ruled the council's choice of mainstream school was "plainly unsuitable".

Kayleigh Ashman, 34, said her son Reuben, nine, had been out of education for most of the last year after his mainstream primary said it could not meet his needs.

The First-tier Tribunal ordered the council to name Fallowmead Vale in section I of Reuben's Education, Health and Care Plan. The council had argued that a mainstream school with extra support would be an efficient use of resources.

"I had to become a lawyer, an OT, a speech therapist and a data analyst," Ms Ashman said. "I've got a folder this thick. Parents shouldn't have to fight this hard for something the law already says they're entitled to."

Reuben started at his new school last week. "He came out smiling. He told me about the swing. That's the first time he's told me anything about school in two years."

A council spokesperson said it did not comment on individual cases but accepted that "too many families are having to go to tribunal".
""",
        byline="Jess Orchard",
        date="9 September 2024",
        section="Schools",
        comments=(("SENDmumBristol", "1d", "Congratulations Kayleigh!! gert proud of you x"),),
    ),
    E("school", "alias", "neutral"),
)

# 007 bus-left-on allegation, driver named locally as Del Whyte; quoted parent calls it a shambles
add(
    "news",
    news(
        "bristle",
        "Boy, 7, 'left on school minibus for two hours', mum claims",
        """
A mother says her seven-year-old autistic son was left strapped into his seat on a school minibus for almost two hours after it returned to the depot.

The woman, who asked not to be named, said she was called by a passer-by who heard her son crying in the vehicle in a yard off Quarry Lane, Fallowmead. He was unharmed but "dehydrated and terrified", she said.

She said the driver, named locally on social media as Del Whyte, had "clearly not checked the bus". "It's a shambles. That school talks about safeguarding all day long and then this happens," she said.

The Lantern Learning Trust confirmed that an incident involving a Fallowmead Vale Academy vehicle was being investigated and that a member of staff had been suspended "as a neutral act" while the investigation took place. It said it would not comment further while the investigation was ongoing.

Avon and Somerset Police said they had been made aware of the incident and were "liaising with the school and the local authority designated officer".
""",
        byline="Jess Orchard",
        date="20 May 2025",
        section="Your Area",
        comments=(
            (
                "Jen_Fallowmead",
                "4h",
                "I have known Del for 15 years and I will never believe this. wait for the facts people",
            ),
            ("xXkezXx", "3h", "should be locked up whoever it was"),
            (
                "Ali_B",
                "2h",
                "Why is the trust naming nobody but facebook is naming him? Innocent until proven guilty",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("dwhyte", "nickname", "defamation"),
)

# 008 follow-up: driver cleared
add(
    "news",
    news(
        "bristle",
        "Minibus driver returns to work after investigation finds no wrongdoing",
        """
A school minibus driver suspended after a mother claimed her son had been left on a bus has returned to work after an independent investigation found he was not responsible.

The Lantern Learning Trust said CCTV and tracking data showed the vehicle involved was not being driven by Delroy Whyte, transport manager at Fallowmead Vale Academy, on the day in question, and that the child had been on a vehicle operated by a council contractor.

Mr Whyte, who has worked at the school for 17 years, said: "I'm grateful to the families who stood by me. Some of the things written about me on Facebook were horrible. I'd ask people to think before they post."

The council said it was investigating the contractor.
""",
        byline="Jess Orchard",
        date="24 June 2025",
        section="Your Area",
        comments=(("Jen_Fallowmead", "3h", "Told you. Welcome back Del ❤️"),),
    ),
    E("school", "exact", "neutral"),
    E("dwhyte", "exact", "neutral"),
)

# 009 Ofsted report, head as Liz
add(
    "news",
    news(
        "gazette",
        "Ofsted: special school is 'a place where pupils are known and loved'",
        """
Fallowmead Vale Academy has been judged Good in all areas following its first full inspection since joining the Lantern Learning Trust.

Inspectors said pupils "are known and loved as individuals" and that staff "understand the many different ways in which pupils communicate". They praised the school's work on communication and its post-16 provision, where students take part in work placements at local businesses including a café and a garden centre.

The report said leaders should make sure that the curriculum in the primary phase is "consistently well sequenced" and that records of the use of physical intervention are "analysed more sharply".

Headteacher Liz Marsh-Dunmore said: "I am so proud of the team. Our families told inspectors what they tell us - that their children are happy here. We've got more to do and we know what it is."
""",
        byline="Gazette reporter",
        date="3 December 2024",
        section="News",
        comments=(
            ("proudnan62", "1d", "My grandson goes there and they are angels, every one of them"),
            (
                "dontbelievethehype",
                "1d",
                "Good? ask the parents whose kids got sent home every other day",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("emarshdunmore", "nickname", "neutral"),
)

# 010 DECOY: Fallowmead Primary fundraiser, Mrs Campbell and Mr Bennett are other people
add(
    "news",
    news(
        "gazette",
        "Primary pupils bake 400 cakes for hospice",
        """
Pupils at Fallowmead Primary School baked more than 400 cakes for a sale in aid of the children's hospice in Brislington.

Year 2 teacher Mrs Campbell came up with the idea after a pupil's sibling was cared for at the hospice. "The children have been amazing. We had cakes on every surface of the staffroom," she said.

Headteacher Mr Bennett thanked the PTA and the Co-op on Station Road, which donated flour and eggs. The school raised £1,132.
""",
        byline="Gazette reporter",
        date="21 March 2025",
        section="Community",
    ),
)

# 011 threat: restraining order over threats to the deputy head
add(
    "news",
    news(
        "courier",
        "Father given restraining order after threats to deputy head",
        """
A father who threatened to "put a deputy head in hospital" after his son was suspended from a special school has been given a restraining order.

Lee Tanner, 38, of Coleridge Road, Stoke Lyde, pleaded guilty at Bristol Magistrates' Court to sending a communication conveying a threat. The court heard he sent a series of messages to Robert Clarke, deputy headteacher of Fallowmead Vale Academy, in October last year, including one that said "I know what car you drive and I know what time you leave".

Mr Clarke told police he had changed his route home and had his family stay with relatives for a week. In a victim statement he said: "I have worked in special education for 22 years. I understand that parents are frightened and angry. But nobody should go to work and be scared to go home."

Tanner was fined £400 and made subject to a two-year restraining order banning him from contacting Mr Clarke or going within 100 metres of the school. His son now attends another school.
""",
        byline="Court reporter",
        date="7 May 2025",
        section="Court",
    ),
    E("school", "exact", "neutral"),
    E("rclarke", "exact", "threat"),
)

# 012 forum: transport thread, long, Del praised, nickname; council criticised
add(
    "forum",
    forum(
        "sendtalk",
        "Transport & travel",
        "North zone taxis gone bust - anyone else at Fallowmead?",
        (
            (
                "Rubys_mum_BS",
                "3 Mar 2025, 21:58",
                """just had the text. no taxi tomorrow. no taxi for the "forseeable". I work 7-3 in a care home, I can't not go in. anyone else at Fallowmead? is the school doing anything?""",
            ),
            (
                "frazzled_dad",
                "3 Mar 2025, 22:06",
                """Same. Our lad's at Fallowmead too, year 10. Just rang the council out of hours line and it went to a recorded message telling me to check the website. The website says nothing. Brilliant.""",
            ),
            (
                "Rubys_mum_BS",
                "3 Mar 2025, 22:10",
                """ffs. ok. I'll ring the office at 8 but Ruby's taxi comes at 7.20 so thats no use""",
            ),
            (
                "WestSevernWatcher",
                "3 Mar 2025, 22:41",
                """The contract was with Avonline Travel and they've been in trouble since the summer. Everyone in the trade knew. The council awarded it on price, nothing else. This is what happens.""",
            ),
            (
                "frazzled_dad",
                "3 Mar 2025, 22:55",
                """Update: Del from school just WhatsApped the transport group (at 11pm, bless him). School minibuses running 3 extra loops tomorrow, priority to kids who can't cope with a change of adult. He's asked us to reply with postcodes. Absolute legend that man.""",
            ),
            (
                "Rubys_mum_BS",
                "3 Mar 2025, 23:02",
                """oh thank god. I'll message him now. honestly that man deserves a medal""",
            ),
            (
                "Jo_and_Alfie",
                "4 Mar 2025, 07:12",
                """Alfie's at a different school (Kestrel House) and we've heard nothing. Jealous of you lot tbh""",
            ),
            (
                "frazzled_dad",
                "4 Mar 2025, 16:30",
                """Done day one. Bus was 25 mins late because of the M32 but my son got in and was ok. Del driving himself with one of the TAs as escort. Council still silent. I've emailed my councillor and the MP.""",
            ),
            (
                "WestSevernWatcher",
                "4 Mar 2025, 17:45",
                """Worth putting in a formal complaint to the council now so there's a record. And if your child's EHCP says transport, that's a legal duty on the council, not the school. Don't let them push it onto the school.""",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("dwhyte", "nickname", "neutral"),
)

# 013 review page: staff reviews on a jobs site
add(
    "review",
    review(
        "WorkVoice",
        "Fallowmead Vale Academy (Lantern Learning Trust)",
        (
            (
                "Teaching Assistant (current employee)",
                "2/5",
                "Jan 2025",
                """Pros: the kids, honestly, and the other TAs. Some of the teachers are brilliant.
Cons: pay is a joke for what we do. Level 2 TAs getting bitten and kicked for £19k pro rata. Paid term time only. Senior leadership don't see what happens in class after 10am. When you raise it you get told about 'resilience'.""",
            ),
            (
                "Class Teacher (former employee)",
                "4/5",
                "Nov 2024",
                """Supportive team, good CPD, SLT open door. The deputy (Mr Clarke) will come and help with a difficult situation himself rather than just sending an email. Workload heavy but fair for the sector.""",
            ),
            (
                "Midday Supervisor (current employee)",
                "1/5",
                "Oct 2024",
                """Nobody tells you anything. Rota changes the night before. Head is lovely to your face. Would not recommend.""",
            ),
            (
                "Therapist (current employee)",
                "5/5",
                "Sep 2024",
                """Really good multidisciplinary working. Therapists are part of the team not an add on. Parking is terrible.""",
            ),
        ),
        summary="3.0 average from 41 reviews | 58% would recommend to a friend",
    ),
    E("school", "exact", "negative"),
    E("rclarke", "title_surname", "neutral"),
)

# 014 social: sibling TikTok comment, praise for Miss Q
add(
    "social",
    social(
        "TikTok - comments on @its.just.lola.x 'POV: my brother's last day at school 😭'",
        "lola.x",
        """not me crying at his leavers assembly. miss Q made a slideshow of him from age 5 to 19 and he clapped the whole way through 😭😭 fallowmead vale u will always be family""",
        when="2d",
        stats="♥ 3,412  💬 88",
        replies=(
            ("jodie_bx", "omg miss Q is the best she taught my cousin 🥹"),
            ("tyrone.k", "this is lush man congrats to your bro"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("tquarrington", "nickname", "neutral"),
)

# 015 facebook community group: Bristol slang, parking complaint at the school
add(
    "facebook",
    facebook(
        "Fallowmead Community Noticeboard",
        "Gaz Perrett",
        "Yesterday at 08:52",
        """
Can someone from the special school on Quarry Lane PLEASE have a word with their parents abt parking. Been blocked in 3 times this week. I get it, kids with needs etc but i got to get to work too. Fallowmead Vale want to sort their drop off out its been the same for years
""",
        (
            (
                "Tracey Loveridge",
                "its not the parents fault theres no drop off bay, the school asked the council for one years ago",
            ),
            ("Gaz Perrett", "well someones fault innit"),
            (
                "Bev Hunt",
                "where's it to? the one by the old quarry? my nephew goes there, they do a gert lush job with him",
            ),
            ("Tracey Loveridge", "yes thats it Bev"),
        ),
        reactions="👍 14  😆 2",
    ),
    E("school", "alias", "negative"),
)

# 016 DECOY: Denise Campbell hairdresser
add(
    "facebook",
    facebook(
        "Stoke Lyde Mums (Buy, Sell, Recommend)",
        "Kerry-Ann Mills",
        "2 March at 19:14",
        """
Recommendations for a hairdresser who does braids for a 10yo? She's got a party on the 15th
""",
        (
            (
                "Shanice Bryan",
                "Denise Campbell in St Pauls, she's been doing my hair since I was your daughters age. Salon's called Crown & Glory",
            ),
            ("Kerry-Ann Mills", "thank you hun will message her"),
            ("Lou Barnes", "2nd Denise!! took her ages but my girls knotless were perfect"),
        ),
    ),
)

# 017 blog: EHCP journey, long, passing mention of Kasia and the SENCO by first name
add(
    "blog",
    blog(
        "wobbly",
        "Three years, two tribunals and one very good Tuesday",
        """
I have started this post about eleven times. Every time, something happens: a meltdown, a letter, a phone call from a number I don't recognise that turns out to be the council asking me to fill in a form I have already filled in twice. So if it reads like it was written in bits, that's because it was.

For anyone new here: I'm a mum of two boys in north Bristol. Eli is ten and autistic, with a severe learning difficulty and almost no spoken words. His brother Finn is seven and is, in his own words, "the normal one", which we are working on. Eli's dad and I split up when Eli was four. We get on fine. I mention it only because when people ask how I've managed the EHCP process, the honest answer is: I didn't manage it, I survived it, and I did it mostly on my own at the kitchen table after ten at night.

It started in reception. Eli's first school was lovely, a small mainstream primary with a head who genuinely tried. But trying wasn't enough. By the spring of Year 1 he was spending most of the day in a corridor with a one-to-one who'd been a lunchtime supervisor until September. She was kind. She was also 19 and had no training. Nobody did. He was hitting his head on the floor ten, fifteen times a day.

The school applied for an EHC needs assessment. The council refused to assess. I'd never heard the words "refusal to assess" before, and I remember ringing my mum in tears because I thought that was it, that was the decision. It wasn't. It was the first move in a very long game.

Here's what I wish someone had told me then. The legal test for an assessment is low: does the child have, or may the child have, special educational needs, and may they need special educational provision to be made in accordance with a plan? That's it. "May". If you are reading this with a refusal letter in your hand, go and look up that test, and then go and find your local information advice and support service (IASS) and a charity helpline, and appeal.

We appealed. The council conceded two weeks before the hearing, which I have since learned is what they do. Eli was assessed. The plan, when it came - 31 weeks later, not 20 - was vague. "Eli will have access to speech and language therapy." Access. How much? Who from? When? The plan named his mainstream school.

So we appealed again, this time on sections B, F and I: the description of his needs, the provision, and the school. This is the one that took nearly two years. I had to get independent reports, which cost money I didn't have; a grandparent and a credit card paid for them. I had to learn what "specified and quantified" means. I had to sit in a video hearing while a council officer who had never met my son explained that he would "benefit from the social modelling of his typically developing peers". Eli, at that point, could not tolerate being in the same room as more than three people.

We won. The tribunal ordered the council to name a specialist school, and to specify speech and language therapy in hours and minutes, delivered by a qualified therapist. I sat in my car outside Lidl and cried for twenty minutes.

Which brings me to the very good Tuesday.

Eli has now been at Fallowmead Vale for two terms. I'm not going to make this a post about how perfect it is, because nowhere is. The transport has been a saga (that's another post). The car park at pick-up is a war zone. The uniform polo shirts shrink if you look at them. But.

On Tuesday I got a message on the home-school app. It was a video, fifteen seconds long. Eli was sitting at a table with his speech therapist, Kasia, and a communication book. He turned the pages, found the symbol for "swing", found the symbol for "please", and pushed the book towards her. Then he looked at her. He looked at her face and waited.

I have watched that video probably two hundred times.

There's a lot of talk in SEND land about "outcomes". Here's mine: my son asked for something and trusted that the adult would answer. It took three years, two tribunals, a grandparent's savings and a credit card to get him to a table with someone who knew how to make that happen.

Amina, the SENCO, rang me the same afternoon to say he'd done it four more times. I think she was as excited as I was.

I want to say something to the parents who are at the start of this, or in the middle of it, or who've just had the letter. It is not your fault that it is this hard. The system is designed, whether anyone intends it or not, to wear you down until you stop asking. Don't stop asking. Get help: IASS, the Parent Carer Forum, the charity helplines, the Facebook groups (the good ones). Write everything down. Put everything in writing. Ask for everything in writing. Keep a folder.

And then, one day, you might get a fifteen-second video on a Tuesday.

Next time: the transport saga, or, How I Learned To Stop Worrying And Love A Man Called Del.
""",
        author="Wobbly Wheels Mum",
        date="6 February 2025",
        comments=(
            ("Sarah in Kingswood", "6 Feb 2025", "Crying at my desk. So happy for you both x"),
            (
                "Another EHCP veteran",
                "7 Feb 2025",
                "The 'social modelling of typically developing peers' line. Every single time. Well done for sticking it out.",
            ),
            ("Wobbly Wheels Mum", "7 Feb 2025", "@Sarah thank you lovely x"),
        ),
        tags=("EHCP", "tribunal", "autism", "speech and language"),
    ),
    E("school", "alias", "neutral"),
    E("kkowalczyk", "nickname", "neutral"),
    E("awarsame", "nickname", "neutral"),
    E("dwhyte", "nickname", "neutral"),
)

# 018 social X post, hashtag, praise
add(
    "social",
    social(
        "X",
        "@SevernSENDdad",
        """Massive shout out to the transport team at #FallowmeadVale who've been running extra minibus loops since 6am because the council's contractor went bust overnight. The council should be paying them. Cheers drive 🚌""",
        when="4 Mar 2025",
        stats="112 reposts  640 likes",
    ),
    E("school", "hashtag", "neutral"),
)

# 019 social: hate tweet about Kasia (nationality)
add(
    "social",
    social(
        "X",
        "@bristol_born_n_bred",
        """why is a POLISH woman teaching english speaking kids to talk?? the speech therapist at that fallowmead special school, Kowalczyk, can barely speak it herself. send them all back and give the jobs to our own 🇬🇧🇬🇧""",
        when="12 Jan 2025",
        replies=(
            (
                "@SLT_Sophie",
                "She's a registered SLT with a degree and ten years' experience, and the kids she works with mostly don't use spoken language at all. This is just xenophobia.",
            ),
            ("@bristol_born_n_bred", "go cry about it"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("kkowalczyk", "surname_only", "hate"),
)

# 020 carers' group: annual review complaint against the SENCO
add(
    "facebook",
    facebook(
        "Bristol SEND Parents & Carers (Private Group)",
        "Anonymous member",
        "14 November 2024 at 22:31",
        """
Need to vent. Annual review today at Fallowmead. Mrs Warsame had written the draft before the meeting, didn't include ANY of the OT report, and when I asked why she said "we can discuss that at the next review". That's a year away!! He's been waiting for OT since year 3. I'm not being funny but what is the point of a SENCO who won't put what the professionals say in the plan. Felt like I was being managed not listened to. Is this normal??
""",
        (
            (
                "Claire Dando",
                "Not normal, and you can send your own comments on the draft to the LA, they have to consider them. Put it in writing",
            ),
            (
                "Maxine Veal",
                "Ive always found Amina really good to be fair but she is stretched so thin, she's got 180 kids. Email her and ask for the OT report to be attached as an appendix",
            ),
            ("Anonymous member", "thanks both. I will email. just so tired x"),
        ),
        reactions="❤️ 23  😢 9",
    ),
    E("school", "short_name", "negative"),
    E("awarsame", "title_surname", "negative"),
)

# 021 Mumsline AIBU: deputy head called names (abuse), school criticised
add(
    "forum",
    forum(
        "mumsline",
        "Am I being unreasonable?",
        "AIBU to think my DS's deputy head is a jumped-up little bully?",
        (
            (
                "NameChangedForThis",
                "Tue 15-Oct-24 20:11",
                """Special school, north Bristol, I won't say which but people will guess. DS (14, autistic, SLD) has had four suspensions this term. Every single one signed off by the deputy, Mr Clarke. Today I was called in and he talked to me like I was something on his shoe. Honestly a smug, jumped-up little man who thinks because he used to be a PE teacher he can shout louder than everyone. Pathetic excuse for a teacher. I've had enough.""",
            ),
            (
                "Tinselmoon",
                "Tue 15-Oct-24 20:19",
                """YANBU to be upset but four suspensions in a special school is a lot. Have you asked for an emergency annual review? That's the route if the placement isn't meeting need.""",
            ),
            (
                "NameChangedForThis",
                "Tue 15-Oct-24 20:24",
                """Yes. They say it's "under review". The whole place is run like a prison at the moment, it never used to be like this.""",
            ),
            (
                "WhatWouldBevDo",
                "Tue 15-Oct-24 20:40",
                """If it's the one I think it is, Clarke has been there forever and half the parents love him and half can't stand him. Not helpful I know. Get everything in writing.""",
            ),
            (
                "Tinselmoon",
                "Tue 15-Oct-24 20:52",
                """Also please don't call him names on here, it won't help you if it ever goes to tribunal and someone screenshots it.""",
            ),
        ),
    ),
    E("rclarke", "title_surname", "abuse"),
)

# 022 TikTok sibling: nurse saved sister during a seizure
add(
    "social",
    social(
        "TikTok - comments on @fallowmeadvale 'Meet our school nurse! 🩺'",
        "kai.b.07",
        """nurse dee literally saved my sisters life in year 8 when she had a big seizure on the field, mum still sends her a christmas card every year 🥹""",
        when="5d",
        stats="♥ 901",
        replies=(
            ("fallowmeadvale", "Kai this made our whole week 💙 we'll pass it on to her!"),
            ("mia.xoxo", "omg same she's so calm"),
        ),
    ),
    E("school", "handle", "neutral"),
    E("dcampbell", "nickname", "neutral"),
)

# 023 doxxing: Del's personal mobile posted after the minibus allegation
add(
    "facebook",
    facebook(
        "Fallowmead Community Noticeboard",
        "Kez Tanner",
        "20 May 2025 at 23:47",
        """
Everyone sharing the news story abt the little boy left on the bus. The driver is Del Whyte, he lives round the back of the Plough. Heres his personal mobile 07700 900417 - ring him and ask him how he sleeps at night. Trust wont do nothing so we will
""",
        (
            (
                "Jen Wiltshire",
                "Take this down Kez, you don't even know it was him. This is how people get hurt",
            ),
            (
                "Admin - Fallowmead Community Noticeboard",
                "Post removed from public view and reported. Do not share personal numbers on this group. Final warning.",
            ),
            ("Kez Tanner", "free speech"),
        ),
    ),
    E("dwhyte", "nickname", "doxxing"),
)

# 024 DECOY: threadit r/bristol, best chippy in Fallowmead
add(
    "forum",
    forum(
        "threadit",
        "r/bristol",
        "Best chippy in Fallowmead/Stoke Lyde area?",
        (
            (
                "u/batter_up",
                "8h",
                """Moved up to Fallowmead from Bedminster last month. Need a proper chippy. Go.""",
            ),
            ("u/gurtlushbabber", "7h", """The Golden Fry on Station Road. Cheers me later"""),
            (
                "u/M32_merchant",
                "7h",
                """Golden Fry is alright but Kowalczyk's deli does a fish Friday thing that's unreal. Polish style breaded cod, massive portions. Next to Fallowmead Motors.""",
            ),
            ("u/batter_up", "6h", """Where's it to exactly? Opposite the park?"""),
            (
                "u/M32_merchant",
                "6h",
                """Yeah opposite Fallowmead Park, by the bus stop for the 76""",
            ),
            (
                "u/annoyingly_from_clifton",
                "5h",
                """there's no good chips north of the river, fight me""",
            ),
        ),
    ),
)

# 025 Google reviews of the school
add(
    "review",
    review(
        "Google Maps",
        "Fallowmead Vale Academy - Special school - Quarry Lane, Fallowmead, Bristol",
        (
            (
                "Nadia H.",
                "★★★★★",
                "2 months ago",
                """Our daughter has come on so much since joining in year 7. Mr Bennett in primary was amazing with her younger brother too. The staff genuinely care. The speech therapy is brilliant.""",
            ),
            (
                "Steve W",
                "★☆☆☆☆",
                "4 months ago",
                """Communication with parents is awful. Phoned the office four times about transport, nobody called back. Lovely building, shame about the organisation.""",
            ),
            (
                "Lou Cottle",
                "★★★★☆",
                "5 months ago",
                """Lost a star cos of the car park lol. Otherwise gert lush school, my son loves it.""",
            ),
            (
                "Local Guide · 212 reviews",
                "★★★☆☆",
                "1 year ago",
                """Went for the summer fayre. Nice event, friendly, cakes good. Parking impossible.""",
            ),
        ),
        summary="4.1 ★ (67 reviews)",
    ),
    E("school", "exact", "negative"),
    E("jbennett", "title_surname", "neutral"),
)

# 026 parent carer forum blog: coffee morning notice with SENCO
add(
    "blog",
    blog(
        "pcf",
        "Coffee morning: EHCP annual reviews explained (north Bristol)",
        """
Our next north Bristol coffee morning is on Thursday 16 January, 9.30-11.30am, at Fallowmead Community Centre (Station Road, BS99 4QT). Free parking behind the building, step-free access, quiet room available.

We're delighted to be joined by Amina Warsame, SENCO at Fallowmead Vale Academy, who will talk about what happens at an annual review, what the school writes and what the council writes, and how parents can get their views into the paperwork. There will be plenty of time for questions, and Amina has kindly agreed to stay on for one-to-one chats.

As always, the coffee morning is open to all parents and carers in West Severn, whichever school your child attends or if they're not in school at all. You don't need to book, but it helps us with numbers if you let us know.

Siblings welcome - there'll be a play corner with some of our volunteers.
""",
        author="WSPCF Team",
        date="2 January 2025",
        tags=("events", "annual reviews"),
    ),
    E("school", "exact", "neutral"),
    E("awarsame", "exact", "neutral"),
)

# 027 Instagram caption from the school's account: work placement
add(
    "social",
    social(
        "Instagram",
        "fallowmeadvale",
        """Post-16 work placements are back! 🚗🔧 Huge thanks to the team at Fallowmead Motors for hosting Jayden and Priya every Wednesday this term. Jayden says the best bit is the tyre machine. #FVA #LanternFamily #Post16 #WorkExperience""",
        when="Posted 23 September 2024",
        stats="♥ 204",
    ),
    E("school", "hashtag", "neutral"),
)

# 028 creepy comment on the school's prom photo (pupils) - url_only
add(
    "social",
    social(
        "Facebook - comments on Fallowmead Vale Academy's photo 'Our Post-16 Prom 2025 ✨'",
        "Wayne Dorsey",
        """some of them sixth form girls look well grown up 👀 wouldnt mind giving one or two a lift home after lol""",
        when="1h",
        replies=(
            (
                "Fallowmead Vale Academy",
                "This comment has been reported. Our students are vulnerable young people and comments like this are not acceptable.",
            ),
            ("Sam Pike", "you're sick mate. reported"),
        ),
    ),
    E("school", "exact", "sexual", url_only=True),
)

# 029 staffroom forum: TA pay, FVA criticised
add(
    "forum",
    forum(
        "staffroom",
        "Support staff",
        "TAs in special schools - are you actually OK?",
        (
            (
                "tired_TA_bristol",
                "2 days ago",
                """Level 3 TA, 6 years in. Got headbutted Thursday, bitten Monday. Take home is £1,380 a month. I love the kids. I can't pay my rent. Anyone else?""",
            ),
            (
                "HLTA_Hannah",
                "2 days ago",
                """Yes. Same story in Devon. We've lost 9 TAs since September.""",
            ),
            (
                "tired_TA_bristol",
                "2 days ago",
                """We've lost loads at FVA too. Management keep saying "the trust is looking at pay" and it's been looking since 2022. Nobody above deputy has done a lunch duty in years. Feel like we're the disposable bit.""",
            ),
            (
                "SLTbutHuman",
                "1 day ago",
                """Head of a special school here. You're not disposable, and I'm sorry. The funding really is the problem but that's no comfort at the end of the month.""",
            ),
            ("tired_TA_bristol", "1 day ago", """thank you, that means more than you'd think"""),
        ),
    ),
    E("school", "alias", "negative"),
)

# 030 carers' group rumour about a TA messaging pupils; school accused of covering up
add(
    "facebook",
    facebook(
        "Fallowmead Parents Chat (Unofficial)",
        "Anonymous participant",
        "Thursday at 21:15",
        """
Not being funny but has anyone else heard about Mr Abdi messaging some of the older girls on snap? My cousins girl is in post 16 and she said he was always asking for their usernames. And apparently Fallowmead know and have done NOTHING, just moved him to the primary end. Keep your kids away
""",
        (
            (
                "Maxine Veal",
                "This is a really serious thing to say with no evidence. If you genuinely think a child is at risk ring the LADO or the police, don't post it on facebook",
            ),
            (
                "Donna Sage",
                "Abdi is the kindest man ive ever met, he helped my son through his GCSE entry level. This is disgusting",
            ),
            ("Anonymous participant", "just saying what I heard"),
        ),
    ),
    E("school", "short_name", "defamation"),
    E("ayusuf", "nickname", "sexual", url_only=True),
)

# 031 DECOY: darts player James Bennett
add(
    "news",
    news(
        "courier",
        "Bennett's nine-darter stuns Bristol Masters crowd",
        """
Kingswood's James Bennett threw the first nine-dart finish in the 13-year history of the Bristol Masters on Saturday night, before going on to lose the semi-final.

Bennett, 29, a delivery driver who practises in his garage, hit two 180s and finished with treble 20, treble 19, double 12 in the second leg against Welshman Gethin Price. "I didn't even know what I'd done until the crowd went mad," he said.

He was beaten 6-4 by eventual winner Kyle Campbell, who paid tribute to his opponent: "That's the best leg of darts I've ever seen live."
""",
        byline="Sports desk",
        date="16 February 2025",
        section="Sport",
    ),
)

# 032 restraint allegation news: parent names Mr Clarke
add(
    "news",
    news(
        "courier",
        "Mum says autistic son was pinned face-down at special school",
        """
The mother of a 12-year-old autistic boy says he came home with bruises on his arms after being restrained by staff at a Bristol special school, and has reported the school to the police.

Gemma Rowe said her son, who has a severe learning difficulty and very limited speech, was held on the floor in a "prone" position - face-down - by two members of staff at Fallowmead Vale Academy on 3 October. She said one of the staff was deputy headteacher Mr Clarke.

"When I picked him up he had marks on both arms and he kept pressing his face into the sofa. That's not him," Ms Rowe said. "I want to know why a grown man was kneeling on my son."

The Lantern Learning Trust said the use of prone restraint was not permitted in any of its schools and that it was "confident that staff followed our physical intervention policy", which allows holds "only as a last resort to prevent injury". It said it had referred the matter to the local authority designated officer "in line with our procedures" and was co-operating fully.

Avon and Somerset Police confirmed they had received a report and were making enquiries. No arrests have been made.
""",
        byline="By Shelley Pym, Education reporter",
        date="15 October 2024",
        section="Education",
        comments=(
            ("GemmasSis", "2h", "Stand with you Gem"),
            (
                "ex_staff_member",
                "1h",
                "I worked with Rob Clarke for years and I'd trust him with my own kids. There's more to this.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("rclarke", "title_surname", "defamation"),
)

# 033 threat against the school in leetspeak
add(
    "social",
    social(
        "X",
        "@nocontext_bs16",
        """f4ll0wm34d v4l3 sent my boy home AGAIN. 5th time. sum1 shud burn that pl4c3 to the ground w the management still in it. mark my words""",
        when="9 Oct 2024",
        replies=(("@bs16_hannah", "mate delete this"),),
    ),
    E("school", "leetspeak", "threat"),
)

# 034 homoglyph abuse against the deputy (Cyrillic С)
add(
    "social",
    social(
        "X",
        "@justice4sendkids",
        """Mr Сlarke at Fallowmead is a spineless little weasel who hides behind policy. Coward. Everyone at drop off can't stand him""",
        when="16 Oct 2024",
    ),
    E("school", "short_name", "neutral"),
    E("rclarke", "homoglyph", "abuse"),
)

# 035 spacing: head criticised, evading a filter
add(
    "facebook",
    facebook(
        "Bristol SEND Parents & Carers (Private Group)",
        "Anonymous member",
        "3 days ago",
        """
Spelling it like this because last time the post got auto hidden. M a r s h - D u n m o r e sent out another "we value parent voice" newsletter today, the same week she cancelled the parents forum for the third time. Words are cheap. Nobody at that school listens.
""",
        (
            ("Claire Dando", "Which school is this?"),
            ("Anonymous member", "the Vale, Fallowmead. the special one not the primary"),
        ),
    ),
    E("school", "short_name", "negative"),
    E("emarshdunmore", "spacing", "negative"),
)

# 036 obfuscated racist abuse of the SENCO
add(
    "social",
    social(
        "Bluesky",
        "@westcountryfirst.bsky.example",
        """the SENCO at fallowmead vale, Mrs W*rsame. turns up in her headscarf and lectures english parents about what our kids need. this is what they mean by replacement. dont let these people near your children""",
        when="Feb 2025",
        replies=(("@sendmum.bsky.example", "Reported. Foul."),),
    ),
    E("school", "alias", "neutral"),
    E("awarsame", "obfuscated", "hate"),
)

# 037 carers' group: nurse praised, maiden name alias
add(
    "facebook",
    facebook(
        "Bristol Epilepsy Parents Support",
        "Rachel Tovey",
        "6 June at 13:02",
        """
Random appreciation post. Our school nurse at Fallowmead Vale has just done buccal midazolam training for us AND my mum AND my son's respite carers, in her own lunch hour, because the community team had a 14 week wait. She trained as Denise Grant back in the day at the BRI, some of you older ones might remember her from the children's ward. Absolute gem.
""",
        (
            (
                "Linda Cheek",
                "I remember Denise from the BRI! She looked after my Jack in 2003. Lovely lady",
            ),
            ("Rachel Tovey", "That's her! ❤️"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("dcampbell", "alias", "neutral"),
)

# 038 threat against Del, veiled
add(
    "social",
    social(
        "TikTok - comments on @bristledaily 'Boy left on school minibus, mum says'",
        "dean_o_1985",
        """if thats the driver called Del from fallowmead i hope he enjoys his last few weeks of walking, know where the depot is 👊""",
        when="20h",
        replies=(("jen.wilts", "you're talking about a real person with grandkids. grow up"),),
    ),
    E("school", "short_name", "neutral"),
    E("dwhyte", "nickname", "threat"),
)

# 039 negation trap: condemnation of threats against the deputy
add(
    "facebook",
    facebook(
        "Fallowmead Community Noticeboard",
        "Pat Neale (Admin)",
        "8 May 2025 at 10:10",
        """
After yesterday's court case in the paper - a reminder that threatening school staff is NEVER ok, no matter how angry you are. Mr Clarke and everyone at Fallowmead Vale have families too. Comments on this post are off.
""",
        reactions="👍 212  ❤️ 48",
    ),
    E("school", "alias", "neutral"),
    E("rclarke", "title_surname", "neutral"),
)

# 040 DECOY: Whyte family (stranger) fundraiser
add(
    "facebook",
    facebook(
        "Stoke Lyde Mums (Buy, Sell, Recommend)",
        "Sharon Whyte",
        "Sunday at 17:40",
        """
Thank you SO much to everyone who came to our Caribbean food night at the community centre for my dad Winston's 80th! We raised £640 for the Stroke Association. Special thanks to my brother Clive for doing the jerk chicken and to Aunty Pearl for the rum cake 🇯🇲❤️
""",
        (
            ("Marcia Lewis", "Was a beautiful night! Happy birthday Mr Whyte"),
            ("Sharon Whyte", "thank you Marcia x"),
        ),
    ),
)

# 041 doxxing: head's personal email posted on a SEND forum
add(
    "forum",
    forum(
        "sendtalk",
        "Complaints & appeals",
        "Complaint going nowhere - email the head directly?",
        (
            (
                "BristolBear_mum",
                "22 Jan 2025",
                """Stage 2 complaint to the trust, 40 school days and counting, no reply. Anyone know a way to actually reach someone?""",
            ),
            (
                "whistle_blower_22",
                "22 Jan 2025",
                """Don't bother with the school office. Mrs Marsh-Dunmore's personal email is liz.md.1971@mailbox.example and her home number is 0117 496 0855 - she answers that one. Everyone should use it until they start listening.""",
            ),
            (
                "Mod_Clare",
                "22 Jan 2025",
                """Please do NOT post staff members' personal contact details - this is being reviewed by the team and will come down. Use the trust's published complaints address.""",
            ),
            (
                "BristolBear_mum",
                "22 Jan 2025",
                """I'm not using someone's private email, that's not right. But thanks for the complaints tip mod.""",
            ),
        ),
    ),
    E("emarshdunmore", "title_surname", "doxxing"),
)

# 042 camelcase: petition-style tweet
add(
    "social",
    social(
        "X",
        "@stokelyde_mum_of_3",
        """Signed & shared. FallowmeadVale families have waited 3 months for the council to fix the north zone taxis. Kids missing school because adults can't sort a contract. Sign it here 👇 petitions.example/north-zone-transport""",
        when="Jun 2025",
        stats="23 reposts",
    ),
    E("school", "camelcase", "negative"),
)

# 043 therapist directory review: Kasia privately + her school job
add(
    "review",
    review(
        "FindATherapist",
        "Kasia Kowalczyk, Speech & Language Therapist (HCPC registered) - North Bristol",
        (
            (
                "Parent of a 5 year old",
                "5/5",
                "March 2025",
                """Kasia saw our son for a private assessment in the holidays. She's the SLT at Fallowmead Vale in term time so she really knows AAC and non-speaking kids. Warm, patient, and her report was actually readable.""",
            ),
            (
                "M. Ostrowska",
                "5/5",
                "Dec 2024",
                """Bardzo polecam! She did sessions in Polish and English for my daughter, which no one else could offer.""",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("kkowalczyk", "nickname", "neutral"),
)

# 044 sexual comment (adult) about the post-16 teacher
add(
    "social",
    social(
        "TikTok - comments on @fallowmeadvale 'Leavers 2025 🎓💙'",
        "reece_bs5",
        """not being funny but the teacher at 0:32 miss quarrington is fit asf 🥵 she can keep me behind after class any day""",
        when="3d",
        replies=(
            ("fallowmeadvale", "This comment has been hidden. Please be respectful to our staff."),
            ("reece_bs5", "calm down was a compliment"),
        ),
    ),
    E("school", "handle", "neutral"),
    E("tquarrington", "title_surname", "sexual"),
)

# 045 defamation: head and the building contract (initial_surname)
add(
    "forum",
    forum(
        "bristolboards",
        "Education",
        "Lantern Learning Trust - where is the money going?",
        (
            (
                "FollowTheMoney_BS",
                "4 Mar 2025",
                """Trust accounts out. CEO on £178k. Meanwhile TAs at Fallowmead Vale on minimum wage. And word is E. Marsh-Dunmore got the new sensory block contract put through her husband's building firm without it going to tender. That's fraud in my book and the auditors should be all over it.""",
            ),
            (
                "Trust_watcher",
                "4 Mar 2025",
                """Related party transactions have to be declared in the accounts. Have you actually checked note 24 or are you just repeating gossip?""",
            ),
            ("FollowTheMoney_BS", "4 Mar 2025", """not declared. which tells you everything"""),
            ("NorthBristolNed", "5 Mar 2025", """careful mate, you can get sued for this"""),
        ),
    ),
    E("school", "alias", "negative"),
    E("emarshdunmore", "initial_surname", "defamation"),
)

# 046 jobs-site review praising a TA by first initial
add(
    "review",
    review(
        "WorkVoice",
        "Fallowmead Vale Academy",
        (
            (
                "Teaching Assistant (current employee)",
                "4/5",
                "Apr 2025",
                """Hard job, good team. If you get put in Becky H.'s class you will learn more in a term than on any course - she's been here 12 years and the kids adore her. Downside is the pay and the car park.""",
            ),
            (
                "Teacher (current employee)",
                "3/5",
                "Mar 2025",
                """Mixed. Primary phase is great (Mr B and his team are fantastic). Secondary is stretched. SLT mean well but are firefighting.""",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("rhollis", "first_initial", "neutral"),
    E("jbennett", "nickname", "neutral"),
)

# 047 sports day video, leering comment about pupils - url_only
add(
    "social",
    social(
        "TikTok - comments on @fallowmeadvale 'Sports Day 2025 ☀️🏅'",
        "user8837461",
        """pause at 0:14 the one in the blue shorts 😍😍 how old r they here""",
        when="2d",
        replies=(
            ("fallowmeadvale", "Reported and blocked. These are children."),
            ("amelia_rose", "whats wrong with people"),
        ),
    ),
    E("school", "handle", "sexual", url_only=True),
)

# 048 allegation: photos of pupils on a teacher's phone - url_only
add(
    "facebook",
    facebook(
        "Fallowmead Parents Chat (Unofficial)",
        "Anonymous participant",
        "12 March at 22:03",
        """
I wasnt going to say anything but Mr Bennett in primary at Fallowmead has got pictures of the little ones on his own phone, not the school ipad, i seen him scrolling them at the summer fayre. Why does a grown man need photos of other peoples kids in swimming stuff on his personal phone?? Something not right there
""",
        (
            (
                "Maxine Veal",
                "If you genuinely saw that, report it to the school DSL or LADO tomorrow. Posting it here could ruin someone who's done nothing wrong",
            ),
            (
                "Leanne Ford",
                "The school uses Class Dojo on phones for the pool trip tho? my sons teacher sends them to us that way",
            ),
            ("Anonymous participant", "not in swimming stuff they dont"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("jbennett", "title_surname", "sexual", url_only=True),
)

# 049 insinuation about the driver alone with girls - url_only
add(
    "social",
    social(
        "X",
        "@bs16_truthteller",
        """funny how Del from Fallowmead Vale always does the post 16 girls run on his own with no escort. two hours a day alone with vulnerable teenage girls in a van. nobody asks why he volunteers for that one 🤔""",
        when="22 May 2025",
        replies=(
            (
                "@jenwilts",
                "He does that route because he's the only one with a D1 licence. This is vile.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("dwhyte", "nickname", "sexual", url_only=True),
)

# 050 allegation about a TA being too close to a post-16 boy - url_only
add(
    "facebook",
    facebook(
        "Bristol SEND Parents & Carers (Private Group)",
        "Anonymous member",
        "Yesterday at 23:12",
        """
Does anyone else think it's weird that Rebecca Hollis at FVA is always hugging one of the post 16 lads and giving him lifts home in her own car? He's 16. She's 40. My son says she calls him her boyfriend as a joke. Not a joke if it was a male teacher with a girl is it
""",
        (
            (
                "Claire Dando",
                "Admins - can this be looked at? Naming a member of staff with this kind of allegation in a 9,000 member group",
            ),
            ("Anonymous member", "I'm asking a question"),
            (
                "Admin - BSPC",
                "Post closed to comments. Safeguarding concerns go to the school DSL or the LADO, not here.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("rhollis", "exact", "sexual", url_only=True),
)

# 051 sexual comment (adult) about the school nurse
add(
    "social",
    social(
        "Instagram - comments on @lanternlearningtrust 'Meet our nurses 💙'",
        "big_mike_bs7",
        """that nurse Denise Campbell from Fallowmead can give me a full check up anytime 😏🍑 bet she's a handful out of uniform""",
        when="1w",
        replies=(("lanternlearningtrust", "This comment has been reported."),),
    ),
    E("school", "short_name", "neutral"),
    E("dcampbell", "exact", "sexual"),
)

# 052 disability hate directed at the school's pupils
add(
    "social",
    social(
        "X",
        "@mouthy_bs34",
        """stuck behind the r*tard bus from fallowmead vale again. 20 mins to get out of quarry lane. them kids should be kept in a home not clogging up the roads, waste of taxpayers money the lot of em""",
        when="11 Nov 2024",
        replies=(
            ("@lisa_bristol", "my nephew is on that bus you absolute waste of space"),
            ("@mouthy_bs34", "cry more"),
        ),
    ),
    E("school", "alias", "hate"),
)

# 053 racist post about the transport manager
add(
    "social",
    social(
        "TikTok - comments on @bristledaily 'Minibus driver returns to work'",
        "proper_english_bloke",
        """course Del got let off. cant sack a black man these days can you, diversity hire from day one. should of sent him back to jamaica years ago""",
        when="1d",
        replies=(
            ("marciaL", "He was born in Southmead you clown"),
            ("tommo_bristol", "reported for racism"),
        ),
    ),
    E("dwhyte", "nickname", "hate"),
)

# 054 racist comment about the TA with a misspelt surname
add(
    "social",
    social(
        "Facebook - comments on Bristol Evening Courier 'Man admits racially aggravated abuse of special school worker'",
        "Keith Dowling",
        """Abdirahman Yusef shouldnt be working with english kids in the first place. these people dont integrate and never will. fair play to the bloke""",
        when="10h",
        replies=(("Angie Pearce", "Disgusting comment Keith"), ("Keith Dowling", "free country")),
    ),
    E("ayusuf", "typo", "hate"),
)

# 055 abuse aimed at the nurse
add(
    "facebook",
    facebook(
        "Fallowmead Parents Chat (Unofficial)",
        "Tasha Moody",
        "2 February at 16:40",
        """
Nurse Campbell is a useless lazy cow. Rang her THREE times about my daughters meds not being given on the trip and she couldnt even be bothered to ring me back. Sits in that medical room on her phone all day I swear
""",
        (
            (
                "Leanne Ford",
                "she covers 3 schools for the trust Tash, she's not even in on a Friday",
            ),
            ("Tasha Moody", "not my problem is it"),
        ),
    ),
    E("dcampbell", "title_surname", "abuse"),
)

# 056 abuse aimed at a TA by first name in context
add(
    "facebook",
    facebook(
        "Fallowmead Parents Chat (Unofficial)",
        "Dean Ogborne",
        "Monday at 19:05",
        """
That Becky in my sons class at the Vale is thick as mince. Put his coat on inside out, sent him home in someone elses shoes, and wrote in his book that he "had a lovely day" when his face was covered in scratches. Daft cow shouldnt be let near kids
""",
        (
            (
                "Sophie Kerr",
                "Becky Hollis? She's been there years and she's brilliant with mine. Have you spoken to the class teacher?",
            ),
            ("Dean Ogborne", "yeah her"),
        ),
    ),
    E("rhollis", "exact", "abuse"),
)

# 057 abuse aimed at the school, typo
add(
    "review",
    review(
        "Google Maps",
        "Fallowmeed Vale Academy",
        (
            (
                "Carl Rudge",
                "★☆☆☆☆",
                "3 weeks ago",
                """Absolute dump run by clowns. Fallowmeed Vale couldnt organise a p*ss up in a brewery. Zero stars if i could""",
            ),
        ),
        summary="4.1 ★ (68 reviews)",
    ),
    E("school", "typo", "abuse"),
)

# 058 negative about the post-16 lead, typo
add(
    "forum",
    forum(
        "sendtalk",
        "Post-16 & preparing for adulthood",
        "Post-16 at a Bristol special school - is it just babysitting?",
        (
            (
                "Nev_and_Toby",
                "8 Jul 2024",
                """Toby (17) is in post-16 at Fallowmead. Miss Quarington keeps telling us about the 'life skills curriculum' but in two years he's done a lot of sensory cooking and not much else. No college link, no supported internship talk. When I raised it at parents' evening I got a leaflet.""",
            ),
            (
                "Maya_SENDadvocate",
                "8 Jul 2024",
                """Ask for a preparing for adulthood review and for the plan's outcomes to be updated - they should be about employment, independent living, community and health from year 9.""",
            ),
            ("Nev_and_Toby", "9 Jul 2024", """Thanks. Feels like they've given up on him tbh."""),
        ),
    ),
    E("school", "short_name", "negative"),
    E("tquarrington", "typo", "negative"),
)

# 059 negative about SLT sessions, typo in surname
add(
    "facebook",
    facebook(
        "Bristol SEND Parents & Carers (Private Group)",
        "Joanne Bickley",
        "21 May at 09:15",
        """
Anyone else had speech therapy sessions at Fallowmead Vale cancelled all term? His EHCP says 30 mins a week with a qualified SLT. Ms Kowalcyk has seen him twice since Easter. The rest is 'delivered by TAs under SLT direction'. That's not what section F says.
""",
        (
            (
                "Maya Patel-Rhodes",
                "That's a breach of the plan. The LA is responsible for making sure section F provision is delivered. Write to the LA's SEND team, cc the school",
            ),
            ("Joanne Bickley", "Thanks Maya will do"),
        ),
    ),
    E("school", "alias", "negative"),
    E("kkowalczyk", "typo", "negative"),
)

# 060 defamation about the SLT, first name only
add(
    "forum",
    forum(
        "mumsline",
        "Special educational needs",
        "SLT faking session logs?",
        (
            (
                "Throwaway_SEN_mum",
                "Thu 06-Mar-25 21:40",
                """Our SLT at Fallowmead, Kasia, has been signing off session records for days my son wasn't even in school. I've got his attendance certificate and her log side by side. She's basically committing fraud and billing the council for sessions that never happened. I also don't think she's even properly registered.""",
            ),
            (
                "Moontide",
                "Thu 06-Mar-25 21:52",
                """That's very serious. Have you asked the school for an explanation first? Sometimes logs record sessions delivered to a group, or planning time.""",
            ),
            (
                "Throwaway_SEN_mum",
                "Thu 06-Mar-25 22:03",
                """I don't need to ask. I know what I see.""",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("kkowalczyk", "nickname", "defamation"),
)

# 061 defamation: SENCO falsifying records, first_initial
add(
    "social",
    social(
        "X",
        "@SENDjustice_bristol",
        """Amina W., SENCO at Fallowmead Vale, falsified my son's attendance to hide the fact he'd been on a part-time timetable for 8 months. Illegal off-rolling and she knew it. I have the emails. #SENDcrisis""",
        when="Apr 2025",
    ),
    E("school", "alias", "neutral"),
    E("awarsame", "first_initial", "defamation"),
)

# 062 defamation: teacher drunk at work (nickname)
add(
    "facebook",
    facebook(
        "Fallowmead Community Noticeboard",
        "Bryony Tanner",
        "Friday at 18:22",
        """
Jamie Bennett from the special school was stinking of booze at the school gate at 3pm today, I'd put money on him drinking in the classroom. That's who's looking after your kids. Disgraceful
""",
        (
            (
                "Pat Neale (Admin)",
                "Bryony this is a serious allegation against a named person. Please take it to the school or it will be removed",
            ),
            (
                "Gary Nott",
                "he was at the Plough for the leaving do after school, i was there. leave it out",
            ),
        ),
    ),
    E("jbennett", "nickname", "defamation"),
)

# 063 threat against the head, half of her surname
add(
    "social",
    social(
        "X",
        "@angrydad_bs16",
        """Mrs Dunmore at fallowmead cancelled my sons transport review for the 3rd time. she wants to be careful walking to her car on her own after 5 because im done being nice""",
        when="Nov 2024",
    ),
    E("school", "short_name", "neutral"),
    E("emarshdunmore", "hyphenated", "threat"),
)

# 064 threat against the SENCO, surname only
add(
    "facebook",
    facebook(
        "Bristol SEND Parents & Carers (Private Group)",
        "Anonymous member",
        "28 February at 23:56",
        """
If Warsame tries to cut his hours at the review on Tuesday I swear down she won't be walking out of that meeting. Ive had it with that woman. Fallowmead Vale will regret this
""",
        (
            (
                "Claire Dando",
                "I know how frustrating it is but please don't post things like this, it will be used against you",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("awarsame", "surname_only", "threat"),
)

# 065 threat against the primary teacher, possessive
add(
    "social",
    social(
        "TikTok - comments on @fallowmeadvale 'Class 3 at the farm 🐑'",
        "jordz_bs7",
        """bennett's class again. tell him if my brother comes home with one more bruise im coming up there and he'll need more than a first aid kit""",
        when="6d",
        replies=(
            (
                "fallowmeadvale",
                "Please contact the school office on 0117 496 0412 so we can talk about your concerns.",
            ),
        ),
    ),
    E("school", "handle", "neutral"),
    E("jbennett", "possessive", "threat"),
)

# 066 doxxing: deputy's home address (surname only)
add(
    "social",
    social(
        "X",
        "@justice4sendkids",
        """Since Clarke at Fallowmead wont answer emails maybe parents should knock on his door. 14 Elderberry Close, Stoke Lyde, BS99 7RT. Grey Skoda on the drive. Just want him to explain himself""",
        when="17 Oct 2024",
        replies=(("@bs16_hannah", "this is so dangerous, delete it"),),
    ),
    E("school", "short_name", "neutral"),
    E("rclarke", "surname_only", "doxxing"),
)

# 067 doxxing: SENCO's home address, possessive
add(
    "forum",
    forum(
        "bristolboards",
        "Education",
        "SENCO ignoring emails",
        (
            (
                "NoMoreMrNiceGuy",
                "1 Mar 2025",
                """Warsame's house is 3 Nightingale Walk, Fallowmead, the one with the green door. If she won't answer emails I'll post letters. Others can do the same.""",
            ),
            (
                "Moderator",
                "1 Mar 2025",
                """Thread locked. Posting a private address is a breach of the forum rules and has been reported.""",
            ),
        ),
    ),
    E("awarsame", "possessive", "doxxing"),
)

# 068 doxxing: post-16 teacher's personal Instagram and street
add(
    "social",
    social(
        "TikTok - comments on @its.just.lola.x 'Leavers assembly'",
        "thatgirl.mads",
        """the teacher is Tamsin Q. her personal insta is @tamsinq.runs and she lives on greenbank rd in stoke lyde, flat above the launderette. dm her if u want to complain about post 16 lol""",
        when="1d",
        replies=(("lola.x", "why would you post that?? deleting"),),
    ),
    E("tquarrington", "first_initial", "doxxing"),
)

# 069 doxxing: primary teacher's mobile
add(
    "facebook",
    facebook(
        "Fallowmead Parents Chat (Unofficial)",
        "Bryony Tanner",
        "Saturday at 10:02",
        """
For anyone who wants to tell James Bennett (primary teacher at the special school on Quarry Lane) what they think of him, he's on 07700 900682, that's his own phone not the school one. Got it off a parents' WhatsApp from the trip
""",
        (
            (
                "Pat Neale",
                "Reported to admins. You cannot share someone's personal number like this",
            ),
        ),
    ),
    E("jbennett", "exact", "doxxing"),
)

# 070 doxxing: SLT's personal email and flat
add(
    "forum",
    forum(
        "threadit",
        "r/SENDparentsUK",
        "SLT at my son's school won't reply - is this a complaint issue?",
        (
            (
                "u/kelp_forest_mum",
                "2d",
                """Sessions missed, no reply to the home-school book for 3 weeks. What's the process?""",
            ),
            (
                "u/frustrated_in_bs16",
                "2d",
                """if it's Fallowmead, just email Ms Kowalczyk directly on her own address: kk.slt.bristol@mailbox.example. she lives at flat 2, 41 Rowan Terrace, Stoke Lyde too if you want to drop a letter through""",
            ),
            (
                "u/AutoModerator",
                "2d",
                """This comment has been removed for sharing personal information.""",
            ),
            (
                "u/kelp_forest_mum",
                "2d",
                """wow I didn't ask for that. complaint process is what I wanted""",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("kkowalczyk", "title_surname", "doxxing"),
)

# 071 DECOY: Fallowmead Vale Allotments AGM
add(
    "facebook",
    facebook(
        "Fallowmead Community Noticeboard",
        "Fallowmead Vale Allotments Association",
        "10 January at 12:00",
        """
AGM reminder! Fallowmead Vale Allotments Association AGM is on Saturday 25th Jan, 11am, in the big shed (bring a flask, it's baltic). Agenda: water troughs, the rat situation, and whether plot 14 is allowed another polytunnel. Two plots available on the lower terrace - message us. Chair: Ron Bennett. Treasurer: Pauline Clarke.
""",
        (
            ("Jim Sage", "the rat situation 😂 gert big ones by the compost bays"),
            ("Fallowmead Vale Allotments Association", "we're aware Jim 🐀"),
        ),
    ),
)

# 072 DECOY: FVA as a finance acronym
add(
    "social",
    social(
        "X",
        "@quant_commentary",
        """Everyone arguing about XVA desks again. FVA is not a real cost of capital, it's a funding spread you've chosen to book. Fight me. (Thread 1/9)""",
        when="Mar 2025",
        stats="14 reposts  88 likes",
    ),
)

# 073 DECOY: a GP with the SENCO's exact name
add(
    "review",
    review(
        "Google Maps",
        "Easton Family Practice - GP surgery, Bristol",
        (
            (
                "Halima A.",
                "★★★★★",
                "1 month ago",
                """Dr Amina Warsame is the only doctor who has ever listened to me about my endometriosis. Worth the wait for her appointments.""",
            ),
            (
                "Phil Trott",
                "★★☆☆☆",
                "2 months ago",
                """Phone queue 45 minutes. Dr Warsame was good once I got in though.""",
            ),
        ),
        summary="3.4 ★ (219 reviews)",
    ),
)

# 074 DECOY: obituary of a Robert Clarke
add(
    "news",
    news(
        "gazette",
        "Family notices: Robert 'Bob' Clarke",
        """
CLARKE, Robert William (Bob). Passed away peacefully at Southmead Hospital on 2 February 2025, aged 84. Beloved husband of the late Joan, much-loved dad of Pauline and Steven, grandad and great-grandad. Bob worked at the aircraft works in Filton for 41 years and was a founder member of Fallowmead Rovers Old Boys. Funeral at Canford Crematorium, Thursday 20 February at 11.30am, and afterwards at the Plough, Fallowmead. Family flowers only; donations if desired to the British Heart Foundation.
""",
        section="Family Notices",
    ),
)

# 075 DECOY: a James Bennett convicted of fraud
add(
    "news",
    news(
        "bristle",
        "Filton man jailed for £80,000 pension fraud",
        """
A Filton man who stole more than £80,000 from his elderly aunt's pension over six years has been jailed.

James Bennett, 52, of Gloucester Road North, pleaded guilty at Bristol Crown Court to fraud by abuse of position. The court heard he had been given power of attorney in 2017 and used the money to pay for holidays, a car and gambling debts.

Sentencing him to three years and four months, Judge Mark Levene said: "She trusted you entirely. You betrayed that trust for your own pleasure."
""",
        byline="Court reporter",
        date="30 January 2025",
        section="Court",
    ),
)

# 076 DECOY: another special school in the trust
add(
    "news",
    news(
        "sendweek",
        "Kestrel House School: how one special school cut restraint by 80%",
        """
Three years ago, Kestrel House School in south Bristol recorded more than 600 physical interventions in a year. Last year it recorded 112.

Headteacher Olu Adebayo puts it down to three things: moving every class to a fully visual timetable, giving pupils regulated access to outdoor space every hour, and training all staff, including the midday team and the drivers, in de-escalation.

"You have to stop thinking of behaviour as something the child is doing to you," he said. "It's communication. Our job is to work out what it's saying."

The school, part of the Lantern Learning Trust, now hosts visits from other special schools in the region.
""",
        byline="By Imogen Carrow",
        date="14 May 2025",
        section="Analysis",
    ),
)

# 077 DECOY: parkrun report with a Becky Hollis
add(
    "facebook",
    facebook(
        "Stoke Lyde parkrun",
        "Stoke Lyde parkrun",
        "Saturday at 14:30",
        """
Event #312 report! 287 finishers, 41 PBs, 18 first timers. Huge congrats to Becky Hollis (VW45) who completed her 100th parkrun today and brought cake for everyone 🍰 Thanks to our 22 volunteers. Reminder: course is the grass loop next week as the path by Fallowmead Park is being resurfaced.
""",
        (
            ("Becky Hollis", "Thank you all! 100 down, legs hate me"),
            ("Tom Ashby", "legend 👏"),
        ),
    ),
)

# 078 DECOY: a barber called Abdi in Fallowmead
add(
    "review",
    review(
        "Google Maps",
        "Abdi's Barbers - Station Road, Fallowmead",
        (
            (
                "Jordan K",
                "★★★★★",
                "2 weeks ago",
                """Abdi is a wizard with a skin fade. Been coming here 4 years. Best barber in Fallowmead easy""",
            ),
            (
                "Mo Yusuf",
                "★★★★★",
                "1 month ago",
                """Great chat, great cut, takes his time with my autistic son who hates clippers. Patient man.""",
            ),
            ("Lee", "★★★☆☆", "3 months ago", """Good cut but waited an hour on a Saturday."""),
        ),
        summary="4.8 ★ (133 reviews)",
    ),
)

# 079 DECOY: mainstream Severn Vale Academy exclusions
add(
    "news",
    news(
        "courier",
        "Secondary school's exclusion rate 'among highest in region'",
        """
Severn Vale Academy in Thornbury permanently excluded 14 pupils last year, the highest number of any secondary school in the area, new figures show.

The school, which has 1,400 pupils, said a new behaviour policy introduced in 2023 had "restored calm" and that exclusions were now falling. Parents' groups have called for an independent review, saying pupils with special educational needs are over-represented among those excluded.

Principal Sarah Kowalczyk said: "Every exclusion is a last resort. We are proud of the progress our school has made."
""",
        byline="By Shelley Pym, Education reporter",
        date="12 December 2024",
        section="Education",
    ),
)

# 080 leetspeak abuse against the deputy
add(
    "social",
    social(
        "TikTok - comments on @bristledaily 'Special school restraint claim'",
        "kyle.bs16",
        """mr cl4rk3 at fallowmead is the biggest m0ron going. all mouth. used to scream at my cousin like he was a dog 🤡""",
        when="4d",
    ),
    E("school", "short_name", "neutral"),
    E("rclarke", "leetspeak", "abuse"),
)

# 081 homoglyph in a negative post about the school (Cyrillic а)
add(
    "social",
    social(
        "X",
        "@tired_of_waiting_bs",
        """3 years on the waiting list for Fаllowmeаd Vаle and the council still says "no places". Meanwhile my son sits at home. Nobody at that school even answers the phone to parents on the list.""",
        when="Jan 2025",
    ),
    E("school", "homoglyph", "negative"),
)

# 082 spacing in a negative post about the SENCO
add(
    "facebook",
    facebook(
        "Bristol SEND Parents & Carers (Private Group)",
        "Anonymous member",
        "9 April at 20:47",
        """
Before anyone says I'm naming and shaming - I'm not, I'm warning. At our review W a r s a m e said our son's 1:1 "isn't sustainable" and wants to "explore a more independent model". He can't use the toilet on his own. Fallowmead used to be the best school in Bristol. Now it's all about budgets.
""",
        (
            (
                "Maxine Veal",
                "That's a decision for the LA not the school, make sure it's in the minutes that you disagree",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("awarsame", "spacing", "negative"),
)

# 083 obfuscated abuse of the deputy, and the head mentioned neutrally
add(
    "forum",
    forum(
        "mumsline",
        "Special educational needs",
        "Rant. Meeting with school today.",
        (
            (
                "SleeplessInStokeLyde",
                "Wed 23-Apr-25 17:02",
                """Meeting at FVA with the head and the deputy about DD's timetable. Mrs Marsh-Dunmore was actually lovely and listened. Cl*rke on the other hand - what a patronising, arrogant t*sser. Rolled his eyes at me TWICE. Face like a slapped arse the whole meeting.""",
            ),
            (
                "CoffeeAndCrayons",
                "Wed 23-Apr-25 17:20",
                """Urgh, eye rolling is the worst. Glad the head was good though. Did you get any changes agreed?""",
            ),
            (
                "SleeplessInStokeLyde",
                "Wed 23-Apr-25 17:31",
                """Phased return to afternoons. So a win I suppose, despite him.""",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("emarshdunmore", "title_surname", "neutral"),
    E("rclarke", "obfuscated", "abuse"),
)

# 084 camelcase shout-out for Del and the transport crew
add(
    "social",
    social(
        "X",
        "@bs34_grandad",
        """Proper shout out to DelroyWhyte and the FVA transport crew. 17 years of getting our grandkids to school in snow, floods and M32 roadworks. Cheers drive 👍""",
        when="Dec 2024",
        stats="9 reposts  57 likes",
    ),
    E("school", "alias", "neutral"),
    E("dwhyte", "camelcase", "neutral"),
)

# 085 school newsletter reposted: health team, initial_surname for the nurse
add(
    "facebook",
    facebook(
        "Fallowmead Vale Academy - Families Group",
        "Fallowmead Vale Academy",
        "9 September at 15:15",
        """
Welcome back everyone! A few reminders for the new term:

💊 MEDICATION: please send all medication in the original packaging with the pharmacy label. Forms are on the website (fallowmeadvale.example/medical). Any questions to D. Campbell (School Nurse) via the office on 0117 496 0413.

🚌 TRANSPORT: if your child's route or driver has changed, your transport card will come home in bags this week. Please keep it by the front door for the first fortnight.

🍎 SNACK: we've had to stop the 50p fruit shop for now due to rising costs. Please send a healthy snack.

👕 NON-UNIFORM: Friday 27th for Macmillan. Bring a cake if you can!
""",
        reactions="👍 76  ❤️ 31",
    ),
    E("school", "exact", "neutral"),
    E("dcampbell", "initial_surname", "neutral"),
)

# 086 possessive: Quarrington's leavers video
add(
    "social",
    social(
        "Instagram - comments on @fallowmeadvale 'Leavers 2025 🎓'",
        "sue.p.1962",
        """Quarrington's leavers video has me in bits every single year. My granddaughter's face when her name came up ❤️""",
        when="4d",
    ),
    E("school", "handle", "neutral"),
    E("tquarrington", "possessive", "neutral"),
)

# 087 hyphenated neutral mention of the head (Mrs Marsh)
add(
    "facebook",
    facebook(
        "Fallowmead Vale Academy - Families Group",
        "Lorraine Sage",
        "Thursday at 16:05",
        """
Just wanted to say thanks to Mrs Marsh for coming out to the car park herself this morning when Leo wouldn't get out of the car. 40 minutes she stood there chatting to him about trains. He went in smiling. You don't get that everywhere.
""",
        (("Hannah Cole", "She's fab. She did the same with mine in reception"),),
    ),
    E("school", "exact", "neutral"),
    E("emarshdunmore", "hyphenated", "neutral"),
)

# 088 conference tweet using the deputy's handle
add(
    "social",
    social(
        "Bluesky",
        "@restraintreduction.bsky.example",
        """Brilliant session at #SENDConf25 from @robclarke-sen.bsky.example (deputy head, Fallowmead Vale) on how his school cut physical intervention by 40% in a year by changing the environment, not the child. Slides to follow.""",
        when="Jun 2025",
        stats="31 reposts",
    ),
    E("school", "alias", "neutral"),
    E("rclarke", "handle", "neutral"),
)

# 089 sibling blog, long, several staff by nickname
add(
    "blog",
    blog(
        "sibling",
        "being the sibling: a list of things nobody asks me about",
        """
my therapist (yes i have one, yes it's because of all this, no i don't mind you knowing) said i should write things down instead of keeping them in my head where they go round and round. so this is that. it's not a sad post. it's mostly not a sad post.

my brother is called Sonny and he is 15 and he is autistic and he has a severe learning disability and he is, objectively, the funniest person in our house. he doesn't talk much. he has about forty words and he uses "NO" about four hundred times a day. he likes: buses, the sound of the microwave finishing, hula hoops (the crisps), being squeezed really hard, and a specific youtube video of a washing machine in poland. he does not like: hand dryers, the dentist, when someone moves the sofa cushions, and me singing. fair.

here is the list.

1. people ask "what's wrong with him". nothing is wrong with him. he's sonny. what's wrong is that the world is built for people who can wait in a queue.

2. people ask "do you help look after him". yes. i'm 17. i can do his teeth, his tablets, his shoes, and i know the difference between the scream that means "this jumper is itchy" and the scream that means "i'm in pain and i can't tell you where". mum says i shouldn't have to. i know i shouldn't have to. i still do.

3. nobody asks what it was like when he was at the mainstream primary. it was bad. he got sent home nearly every day. mum lost her job because she kept having to leave. i was in year 5 and i used to go and sit with him in the "calm room" at lunch because he'd let me and he wouldn't let the TA. i was ten.

4. when he got into fallowmead it was like someone turned the volume down on our whole family. i mean that in a good way.

5. his bus comes at 7.50. the driver for years has been del, who is about seven foot tall and has a voice like a radio dj and calls sonny "the boss". sonny will only get on if del says "morning boss". one time del was off sick and the other driver didn't know and sonny sat on the pavement for an hour. now del leaves a voice note on mum's phone if he's going to be off, and she plays it to sonny, and he gets on. i don't think that's in anyone's job description.

6. there's a TA called abdi who sonny calls "ABBY" really loud every morning. abdi taught him to do a thumbs up. that sounds small. it's not small. it means he can tell us yes.

7. nobody asks about my GCSEs. i got a 7 in english. i wrote an essay about sonny for it. i didn't tell him because he can't read but i told him anyway and he said "NO" which i'm taking as a compliment.

8. people assume i'm going to be his carer when mum and dad get old. maybe i will. i haven't decided. i'm allowed not to have decided.

9. sometimes i'm angry. at him, which i feel bad about. at mum and dad, for being tired all the time. at the council, for making mum fill in the same form four times. at people in the supermarket who stare. at myself for caring what people in the supermarket think.

10. his teacher in post-16 next year will be miss Q, who everyone says is amazing. she came to his annual review and she asked me what i thought. nobody ever asks me what i think at those meetings. i said he needs to know what's happening next or he panics. she wrote it down. actually wrote it down.

11. the best day of my life so far was when he came to my year 11 prom drop-off in his own suit and stood with my mates for a photo and didn't run away. he did then run away. but he stood for the photo first.

12. i don't want anyone to feel sorry for me. i want people to stop staring in the big tesco. i want there to be enough buses. i want mum to sleep.

that's the list. if you're a sibling and you're reading this: hi. you're allowed to be angry and you're allowed to love them loads and you're allowed to want your own life. all three. at the same time. that's just what it's like.

ok. going to go and sing at him now. he'll say NO.
""",
        author="not the main character",
        date="19 March 2025",
        comments=(
            (
                "maisie_writes",
                "20 Mar 2025",
                "number 12 made me cry. sibling to a sister with rett syndrome. hi back",
            ),
            ("Jen W", "20 Mar 2025", "Del will be made up with this love x"),
        ),
        tags=("siblings", "autism", "young carers"),
    ),
    E("school", "short_name", "neutral"),
    E("dwhyte", "nickname", "neutral"),
    E("ayusuf", "nickname", "neutral"),
    E("tquarrington", "nickname", "neutral"),
)

# 090 recipe blog, long, passing mention of the school fayre
add(
    "blog",
    blog(
        "tamarind",
        "Beef patties (the ones that sold out in 40 minutes)",
        """
If you follow me on Instagram you'll know that last weekend I did a stall at a summer fayre and the patties sold out in forty minutes. Forty. I had made ninety-six. My husband had to go and buy jam doughnuts from the Co-op to fill the table. So, by popular demand, here's the recipe, with all my notes, and a bit of rambling as usual because that's what you come here for (don't lie).

A quick word about the fayre first. It was the summer fayre at Fallowmead Vale, the special school up on Quarry Lane where my nephew goes. They do it every July and it's one of the loveliest events in north Bristol - a bouncy castle, a sensory tent, a dog show where every dog wins a rosette, and a raffle where you will definitely win a bottle of bubble bath. I've done a stall there for three years now. Support it if you're local, it's gert lush.

Right. Patties.

THE PASTRY

People get scared of pastry. Don't. Jamaican patty pastry is forgiving; it's meant to be short and flaky and a bit rustic, and the turmeric and curry powder give it that sunshine colour. You need:

500g plain flour
2 tsp turmeric
1 tsp mild curry powder (I use a Jamaican blend)
1 tsp salt
125g cold butter, cubed
125g cold vegetable shortening, cubed (or all butter if you prefer, it's just a bit less flaky)
About 200ml ice-cold water

Mix the flour, turmeric, curry powder and salt in a big bowl. Rub in the butter and shortening with your fingertips until it looks like rough breadcrumbs with a few bigger lumps. Add the water a bit at a time, bringing it together with a knife, until it just holds. Don't knead it. Flatten into two discs, wrap, and fridge for at least an hour. Overnight is better.

THE FILLING

1 tbsp oil
1 large onion, very finely chopped
4 spring onions, finely chopped
3 cloves garlic, crushed
1 scotch bonnet, deseeded and very finely chopped (or half, if you're nervous; or leave the seeds in, if you're my uncle)
1 tsp fresh thyme leaves
500g beef mince (15% fat is fine)
2 tsp curry powder
1 tsp ground allspice
1 tsp paprika
1 tsp browning (optional but traditional)
1 beef stock cube dissolved in 250ml hot water
50g dried breadcrumbs
Salt and black pepper

Fry the onion, spring onion, garlic and scotch bonnet gently in the oil until soft, about eight minutes. Add the thyme and spices and cook for a minute. Add the beef and break it up well - you want it fine, not chunky. Cook until browned. Add the browning and the stock, and simmer for 15-20 minutes until most of the liquid is gone. Stir in the breadcrumbs, which soak up the rest and give you that soft, almost paste-like filling. Taste and season. Let it cool completely. If you put warm filling into pastry you will have a bad time.

ASSEMBLY

Roll the pastry out to about 3mm thick. Cut circles using a side plate or a saucer (about 15cm). Put a heaped tablespoon of filling on one half, fold over, and crimp the edge with a fork. Brush with beaten egg. Bake at 200°C (180°C fan) for 25-30 minutes until golden.

NOTES

- They freeze brilliantly, baked or unbaked. Bake from frozen for an extra 10 minutes.
- For the fayre I do a veggie version with callaloo and potato, and a kids' version with no scotch bonnet and a bit of cheese. The kids' version sold out first. Make of that what you will.
- Coco bread is the correct accompaniment. I will post my coco bread recipe next week.

Let me know if you make them! Tag me, I love seeing your crimping.
""",
        author="Marcia L.",
        date="14 July 2025",
        comments=(
            (
                "Bev H",
                "15 Jul 2025",
                "I had two at the fayre and have been dreaming about them since",
            ),
            ("Marcia L.", "15 Jul 2025", "Bev!! thank you my love"),
        ),
        tags=("recipes", "Jamaican", "baking"),
    ),
    E("school", "alias", "neutral"),
)

# 091 autism dad blog, long, days out; passing mention of the school
add(
    "blog",
    blog(
        "autismdad",
        "Autism-friendly days out in and around Bristol: the honest list (2025 update)",
        """
Every year I update this list, and every year the comments tell me what I've got wrong. Keep doing that. This is the honest list: not the places that have a "quiet hour" on their website, but the places that actually worked for our family, with two autistic kids (one who runs, one who hides) and a budget that is, let's say, "carer's allowance adjacent".

A few ground rules. I've rated each place on three things: Exit (can you get out quickly when it goes wrong?), Noise (how loud does it get at the worst time?), and Staff (do they get it?). I've left out prices because they change every five minutes. And I've left out places where we had one good day and three awful ones, because that's not a recommendation, that's a lottery.

1. Blaise Castle estate. Exit: 5/5. Noise: 4/5. Staff: n/a. It's a big park. It's free. There's a castle folly, woods, a stream, and the play area is split so the little ones aren't flattened by the big ones. Go early on a weekday in term time if you can. Our eldest spent forty minutes posting sticks into the stream last time and it was the calmest he's been all month.

2. The harbourside on a Sunday morning. Exit: 3/5. Noise: 3/5. Staff: n/a. Before eleven it's lovely: boats, ducks, the steam crane if you're lucky. After eleven it's every stag do in the south west. Plan accordingly.

3. The aquarium, first slot of the day. Exit: 2/5 (it's a one-way route). Noise: 3/5. Staff: 4/5. They do a relaxed session on certain mornings with lights up and no tannoy, and the staff were brilliant when our youngest lay down in the tunnel and refused to move for fifteen minutes. Nobody tutted. One of them lay down with him.

4. The zoo project out past the Downs. Exit: 4/5. Noise: 4/5. Staff: 3/5. Lots of space, lots of walking, the bug house is a hit, the big playground is a nightmare on a sunny Saturday. Bring your own food; the queue for the café is a sensory hellscape.

5. Our local swimming pool's SEN session. Exit: 4/5. Noise: 3/5. Staff: 5/5. I'm not going to name it because it's small and I don't want it swamped, but if you're in north Bristol, ask around in the Facebook groups. Warm water, no wave machine, no whistles, and the lifeguard knows every kid's name.

6. The farm park near Thornbury. Exit: 3/5. Noise: 3/5. Staff: 3/5. Fine. Goats. Tractor ride. Our eldest's class at FVA went in June and he came home and drew a goat, which, from him, is a five-star review. We went back as a family and it was less magical, because Dad is not as good at goats as his teacher apparently is.

7. The cinema's autism-friendly screenings. Exit: 5/5. Noise: 4/5. Staff: 4/5. Lights up, sound down, no adverts, and you can walk about. We've seen three films this way. We've seen the end of one of them.

8. Cabot Circus shopping centre. Exit: 1/5. Noise: 1/5. Staff: 2/5. No. Just no. I include it only as a warning.

9. The Clevedon seafront and pier. Exit: 4/5. Noise: 4/5. Staff: 4/5. Half an hour down the motorway. Marine lake, pebbles to throw, a pier to walk along, and the café on the front did us a plate of plain pasta "off menu" without blinking. Bonus: the sea is very good at being loud in a way that drowns out your own kids.

10. The train. Yes, just the train. Exit: 2/5. Noise: 3/5. Staff: depends entirely on the guard. Our eldest would ride the Severn Beach line back and forth all day if we let him. Sometimes we let him. It's the cheapest day out on this list and the one he asks for most.

Some general tips, learned the hard way:

- Ring ahead and ask about queueing. A lot of places will let you skip or wait somewhere quieter if you ask, but they don't advertise it.
- Get the carer's card for the Bristol attractions if you're eligible. It's saved us a fortune.
- Take a "going home" object. Ours is a specific toy bus. When the bus comes out, we're going home, no arguments, and it works about 70% of the time, which in our house is basically magic.
- Lower the bar. A good day out is one where nobody got hurt and at least one person smiled. Anything else is a bonus.

As always, tell me what I've missed in the comments. Especially if you know a soft play that isn't a nightmare. I will pay you.
""",
        author="Autism Dad Bristol",
        date="22 July 2025",
        comments=(
            ("Kelly R", "23 Jul 2025", "Clevedon marine lake is our happy place too. Great list"),
            (
                "Sam in Horfield",
                "24 Jul 2025",
                "There is no soft play that isn't a nightmare. I have looked. I have LOOKED.",
            ),
        ),
        tags=("days out", "Bristol", "autism"),
    ),
    E("school", "alias", "neutral"),
)

# 092 DECOY: SLT blog on AAC citing an academic Kowalczyk
add(
    "blog",
    blog(
        "slthub",
        "Aided language modelling: what the research actually says",
        """
Aided language modelling (ALM) - sometimes called aided language stimulation or partner-augmented input - is one of the most widely recommended strategies for supporting children who use augmentative and alternative communication. The idea is simple: the communication partner points to symbols on the child's AAC system while speaking, so that the child sees the language modelled in the same modality they are expected to use.

So why is it so often done badly, or not at all?

The evidence base is better than many people think. Systematic reviews over the past decade have found consistent, if modest, effects of aided modelling on both receptive understanding and expressive use of symbols, across ages and diagnoses. Kowalczyk and Reed (2019) found that the effects were strongest when modelling was frequent, embedded in naturally motivating activities, and done by the people the child spends most time with - parents and classroom staff rather than visiting therapists.

That last point is the important one. A therapist who sees a child for thirty minutes a week cannot model enough language to make a difference on their own. Typical estimates of how much spoken language a child hears before they say their first word run to thousands of hours. If a child using AAC sees their system used by others for half an hour a week, we should not be surprised when progress is slow.

What gets in the way? In my experience:

Confidence. Staff worry about getting it wrong, choosing the "wrong" symbol, or looking silly. The answer is that there's no wrong, only more. Model a few key words in each sentence. Don't expect every word.

Access. If the communication book is in a drawer, or the device is on charge in the office, nobody can model on it. Systems need to be with the child, all the time, including at lunch, in the playground, on the bus and at home.

Expectation. Modelling is not the same as demanding. Saying "show me 'more' on your talker" is a test, not a model. Model without expecting a response. Responses come later.

Time. Everyone is busy. But modelling isn't an extra activity; it's a way of talking that you do while you're doing everything else.

If you work in a school, try this: pick one core word a week (go, more, stop, like, different, help). Put it up in the staffroom. Every adult models it at least ten times a day in every activity. Count if you have to. At the end of the week, notice who's started using it.

References available on request. Comments open as usual - tell me what's worked in your setting.
""",
        author="Hannah G, Specialist SLT",
        date="3 April 2025",
        tags=("AAC", "research", "modelling"),
    ),
)

# 093 threadit: moving to Fallowmead, long, one passing mention of the special school
add(
    "forum",
    forum(
        "threadit",
        "r/bristol",
        "Moving to Fallowmead / Stoke Lyde with kids - what's it actually like?",
        (
            (
                "u/relocating_from_reading",
                "3d",
                """We're looking at houses in Fallowmead and Stoke Lyde. Two kids (6 and 11), one of whom is autistic (he's in mainstream with support at the moment). Work is in Aztec West so the commute is ideal. What's the area actually like? Schools, parks, anything we should know? Estate agents obviously say it's paradise.""",
            ),
            (
                "u/gurtlushbabber",
                "3d",
                """Grew up in Fallowmead, still here. It's alright. Not glamorous, not rough. Proper community feel round the park end, bit more anonymous on the new estates up by the ring road. Plough is a good pub, the Co-op on Station Road is where you'll see everyone you know. Traffic on the A-road at rush hour is grim.""",
            ),
            (
                "u/M32_merchant",
                "3d",
                """Fallowmead Park is decent - big playground, the Rovers play there on Saturdays, parkrun's on the other side in Stoke Lyde. Chippy is the Golden Fry. Polish deli does amazing cakes.""",
            ),
            (
                "u/relocating_from_reading",
                "3d",
                """Thanks both. How are the schools? Primary particularly.""",
            ),
            (
                "u/tiredmum_bs",
                "2d",
                """Fallowmead Primary is good, ours went there. Big though - 3 form entry. SENCO there is decent but stretched like everywhere. Stoke Lyde CofE is smaller and oversubscribed, you need to be really close. Secondary everyone goes to Severn Vale or gets the bus into town.""",
            ),
            (
                "u/tiredmum_bs",
                "2d",
                """Also, not to assume anything, but if your son ever needs a specialist setting, Fallowmead Vale Academy is the special school on Quarry Lane - all-through, autism and SLD. Waiting list is long and you'd need an EHCP naming it. Worth knowing it's there.""",
            ),
            (
                "u/relocating_from_reading",
                "2d",
                """That's really useful, thank you. He's doing OK in mainstream for now but good to know.""",
            ),
            (
                "u/annoyingly_from_clifton",
                "2d",
                """the real question is whether you can cope with living north of the river""",
            ),
            ("u/gurtlushbabber", "2d", """ignore him, they're all like that in clifton"""),
            (
                "u/Bristol_Bus_Watcher",
                "1d",
                """Buses: the 76 into town is every 15 mins in theory. In practice it's every 15 mins in groups of three once an hour. There's talk of a new stop at the retail park but I'll believe it when I see it.""",
            ),
            (
                "u/relocating_from_reading",
                "1d",
                """Brilliant, thanks all. Viewing two on Saturday, will report back.""",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
)

# 094 news: off-rolling claim (allegation against the school)
add(
    "news",
    news(
        "bristle",
        "Parents claim special school is sending children home 'off the books'",
        """
Three families have told Bristle Daily that their children were repeatedly sent home early from a Bristol special school without any formal suspension being recorded - a practice sometimes called "informal exclusion", which is unlawful.

The parents, whose children attend Fallowmead Vale Academy, said they were phoned and asked to collect their children "for a rest" or "to reset" on more than 30 occasions between them last term. None of the occasions appear on the children's attendance records, they say.

"If they'd written it down as a suspension, there'd be a record, and the council would ask questions," said one father. "Instead it just disappears. It's off-rolling by the back door."

The Lantern Learning Trust said it "strongly refuted" the claims. "All absences are recorded accurately. On rare occasions parents choose to collect a child who is unwell or distressed, and this is recorded as such," a spokesperson said. The trust said it would be happy to meet the families.

Guidance from the Department for Education states that any exclusion, including for part of a day, must be formally recorded and that "informal" or "unofficial" exclusions are unlawful.
""",
        byline="Jess Orchard",
        date="6 February 2025",
        section="Schools",
        comments=(
            (
                "bs16_hannah",
                "5h",
                "Happened to us at a different school. Keep records of every phone call.",
            ),
        ),
    ),
    E("school", "exact", "defamation"),
)

# 095 sarcasm: another inset day
add(
    "facebook",
    facebook(
        "Stoke Lyde Mums (Buy, Sell, Recommend)",
        "Nicola Brimble",
        "Sunday at 20:14",
        """
Oh brilliant, ANOTHER inset day tomorrow that I've found out about from the app at 8pm on a Sunday. Well done Fallowmead, really helping us working parents out there 👏👏 Anyone know a childminder who takes SEN kids at 12 hours notice? Thought not
""",
        (
            ("Kerry-Ann Mills", "isnt it on the term dates? 🙈"),
            ("Nicola Brimble", "it was MOVED Kerry"),
        ),
    ),
    E("school", "short_name", "negative"),
)

# 096 profanity, but praise
add(
    "social",
    social(
        "X",
        "@bristol_mum_of_twins",
        """fallowmead vale is bloody brilliant. my son said "mum" today for the first time. he's 8. his talker said it first and then HE said it. sobbing in the big tesco car park""",
        when="Feb 2025",
        stats="1.2k likes",
    ),
    E("school", "alias", "neutral"),
)

# 097 community awards: several staff
add(
    "news",
    news(
        "gazette",
        "Fallowmead Community Awards 2025: the winners",
        """
More than 200 people packed Fallowmead Community Centre on Friday for the fourth Fallowmead Community Awards, celebrating the people who make the area tick.

Unsung Hero went to Delroy Whyte, transport manager at Fallowmead Vale Academy, who has driven the school's minibuses for 17 years. He was nominated by 31 separate families. "I just drive the bus," he said, to loud disagreement from the audience.

Young Volunteer of the Year was won by 16-year-old Amber Sage for her work at the Stoke Lyde food bank, and Business of the Year went to Fallowmead Motors.

A special commendation went to teaching assistants Becky Hollis and Mr Yusuf from the same school, who set up a Saturday youth club for disabled teenagers in the community centre. "There was nothing for them at weekends," Becky said.

The evening ended with a set from the Fallowmead Rovers Supporters' Steel Band.
""",
        byline="Gazette reporter",
        date="12 May 2025",
        section="Community",
    ),
    E("school", "exact", "neutral"),
    E("dwhyte", "exact", "neutral"),
    E("rhollis", "nickname", "neutral"),
    E("ayusuf", "title_surname", "neutral"),
)

# 098 staffroom forum: considering a job at the school
add(
    "forum",
    forum(
        "staffroom",
        "Jobs & careers",
        "Interview at a Bristol special school - advice?",
        (
            (
                "NQT_to_SEN",
                "5 days ago",
                """Two years in mainstream primary, interview next week for a class teacher post at Fallowmead Vale (primary phase). Anyone worked there? What's the leadership like?""",
            ),
            (
                "been_there_bristol",
                "5 days ago",
                """Did supply there last year. Primary phase is really well run - James Bennett leads it and he's calm, organised, kind. Head is very visible. Deputy Rob Clarke is old school but fair, and he'll back you up. Behaviour in secondary is hard going. Ask about the restraint training in the interview, they'll like that.""",
            ),
            ("NQT_to_SEN", "5 days ago", """That's so helpful thank you!"""),
        ),
    ),
    E("school", "alias", "neutral"),
    E("jbennett", "exact", "neutral"),
    E("rclarke", "nickname", "neutral"),
)

# 099 SENCO speaking at a conference
add(
    "social",
    social(
        "Bluesky",
        "@nasen-southwest.bsky.example",
        """Our keynote this year: Amina Warsame, SENCO at Fallowmead Vale Academy in Bristol, on "Writing outcomes that mean something to the young person". Tickets going fast. #SENCOconf""",
        when="Sep 2024",
        stats="17 reposts",
    ),
    E("school", "exact", "neutral"),
    E("awarsame", "exact", "neutral"),
)

# 100 sibling TikTok comment, TA praised
add(
    "social",
    social(
        "TikTok - comments on @sibling.life.bristol 'things my brother's school does better than mine'",
        "hodan.xo",
        """my brothers TA abdi at fallowmead is literally the goat, taught him to swim AND to order his own chips. my school cant even give me a working pen""",
        when="1w",
        stats="♥ 588",
    ),
    E("school", "short_name", "neutral"),
    E("ayusuf", "nickname", "neutral"),
)

# 101 sarcasm about the head's Sunday-night email
add(
    "social",
    social(
        "X",
        "@tired_bs16_mum",
        """lovely of Liz M-D to email all parents at 9.14pm on a Sunday to say school is closed tomorrow "due to a heating issue". really appreciate the notice, totally had childcare lined up 🙃 #FallowmeadVale""",
        when="Jan 2025",
    ),
    E("school", "hashtag", "negative"),
    E("emarshdunmore", "nickname", "negative"),
)

# 102 jobs-site review: head criticised as Mrs M-D
add(
    "review",
    review(
        "WorkVoice",
        "Fallowmead Vale Academy",
        (
            (
                "Teaching Assistant (former employee)",
                "1/5",
                "Feb 2025",
                """Mrs M-D rules by fear. Anyone who raises a concern gets "a chat" and then suddenly finds their hours cut. Lovely kids, toxic management. Left after 3 years and my mental health is so much better.""",
            ),
            (
                "Admin (current employee)",
                "3/5",
                "Jan 2025",
                """Busy office, nice colleagues, phones never stop. Pay OK for admin.""",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("emarshdunmore", "nickname", "negative"),
)

# 103 parent carer forum: transport survey
add(
    "blog",
    blog(
        "pcf",
        "Home-to-school transport survey 2025: what you told us",
        """
Thank you to the 412 parents and carers who completed our transport survey this spring. This is the biggest response we've ever had to any survey, which tells its own story.

Headline findings:

- 61% said their child's transport had been late at least once a week in the spring term.
- 48% said their child had experienced a change of driver or escort without warning.
- 37% said their child had missed school because of transport problems, for an average of 6.5 days.
- 22% said they had given up work or reduced their hours because of transport.

What works. When we asked what good transport looks like, the answers were remarkably consistent: the same driver and escort every day; a phone call or message if anything changes; staff who know the child; and a school that takes an interest in the journey, not just the day. Several schools were mentioned positively, and one name came up again and again - Mr Whyte, the transport manager at Fallowmead Vale, who many of you told us rings families personally when there's a problem. We'd like to see that kind of practice across every contractor.

What doesn't. The most common complaints were about the council's contractors: drivers changing daily, escorts without training, and a complaints process that "goes into a black hole". Families on the North Zone routes described the contract failure in March as "terrifying".

What we're asking for. We'll be presenting these findings to the council's scrutiny committee in July, and asking for: a guarantee of consistent drivers and escorts for children whose EHCPs identify this as a need; a named contact for every family; and schools and the Parent Carer Forum to be involved in the re-procurement of contracts.

The full report is available on our website and we'll be discussing it at our next north Bristol coffee morning.
""",
        author="WSPCF Team",
        date="2 June 2025",
        tags=("transport", "surveys"),
    ),
    E("school", "alias", "neutral"),
    E("dwhyte", "title_surname", "neutral"),
)

# 104 Kasia praised in a carers' group
add(
    "facebook",
    facebook(
        "Bristol AAC Families",
        "Priya Chandra",
        "Tuesday at 21:30",
        """
Tiny win: Kasia at school has got my son using his talker at HOME. She sent us a video of how she models on it and I've been copying her at tea time. Tonight he pressed "more" "pasta" "please". He's 11. I'm a wreck
""",
        (
            ("Rachel Tovey", "Is that Kasia at Fallowmead? She's magic"),
            ("Priya Chandra", "Yes! ❤️"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("kkowalczyk", "nickname", "neutral"),
)

# 105 trade press: SLT workforce, quoting the school's therapist
add(
    "news",
    news(
        "sendweek",
        "Special schools struggling to recruit speech and language therapists",
        """
Special schools are increasingly employing speech and language therapists directly as NHS waiting lists for children's therapy stretch beyond a year in some areas.

A survey by SEND Week of 120 special school heads found that 44 per cent now employ at least one therapist directly, up from 29 per cent three years ago. But more than half said they had struggled to fill a therapy post in the past year.

Katarzyna Kowalczyk, who has worked as a speech and language therapist at Fallowmead Vale Academy in Bristol since 2016, said being part of the school team made a difference. "When I'm in the classroom every day, I can train the staff, model the strategies and see the child in real situations. A clinic appointment every six months can't do that."

But she said caseloads were growing. "I have 96 children with speech and language therapy in their plans. I'm one person. Without our therapy assistants it wouldn't be possible."

The Royal College of Speech and Language Therapists has called for a national workforce plan.
""",
        byline="By Imogen Carrow",
        date="17 March 2025",
        section="Workforce",
    ),
    E("school", "exact", "neutral"),
    E("kkowalczyk", "exact", "neutral"),
)

# 106 negative about the nurse, nickname
add(
    "facebook",
    facebook(
        "Bristol SEND Parents & Carers (Private Group)",
        "Gemma Wilton",
        "Thursday at 15:55",
        """
Nurse Dee at Fallowmead has sent him home AGAIN with a temp of 37.8. That's not even a fever!! That's the 4th time this half term. I understand they have to be careful but I've lost two days' pay this week. Starting to feel like any excuse
""",
        (
            (
                "Maxine Veal",
                "37.8 is borderline, some schools use 38. Worth asking for their written policy",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("dcampbell", "nickname", "negative"),
)

# 107 hashtag for the school, negative
add(
    "social",
    social(
        "Instagram",
        "bristol.send.mama",
        """Day 12 of no transport. Day 12 of me driving 40 minutes each way with a screaming child and a baby. The council say "soon". #FallowmeadValeAcademy #SENDcrisis #NorthZoneTaxis #BristolSEND""",
        when="Posted 14 March 2025",
        stats="♥ 312",
    ),
    E("school", "hashtag", "neutral"),
)

# 108 threat against a TA, nickname
add(
    "social",
    social(
        "X",
        "@Big_Tone_BS7",
        """message for Becky at fallowmead vale: put your hands on my lad one more time and you'll get it back double. i know what car you drive""",
        when="Mar 2025",
    ),
    E("school", "alias", "neutral"),
    E("rhollis", "nickname", "threat"),
)

# 109 defamation: TA accused of hitting a pupil
add(
    "forum",
    forum(
        "mumsline",
        "Special educational needs",
        "TA hit my son - what do I do?",
        (
            (
                "BrokenHeartedBS",
                "Sat 08-Feb-25 22:14",
                """My son is 9, non-verbal, at a special school in north Bristol. He came home with a red mark on his cheek and when I asked the class teacher she said one of the TAs, Mr Yusuf, had "redirected" him. I think he slapped him. I think Mr Yusuf slapped my son and they're covering for him.""",
            ),
            (
                "Marigold22",
                "Sat 08-Feb-25 22:31",
                """I'm so sorry. Please report this to the school's designated safeguarding lead in writing on Monday and ask for it to be referred to the LADO. Photograph the mark with a date.""",
            ),
            (
                "BrokenHeartedBS",
                "Sat 08-Feb-25 22:40",
                """Already photographed. I'm going to the police as well.""",
            ),
            (
                "Marigold22",
                "Sat 08-Feb-25 22:44",
                """Police is fine too. Try to keep it off social media until it's investigated, for your son's sake.""",
            ),
        ),
    ),
    E("ayusuf", "title_surname", "defamation"),
)

# 110 homophobic hate against the post-16 teacher
add(
    "facebook",
    facebook(
        "Stoke Lyde Parents Say No",
        "Craig Fenner",
        "5 November at 19:40",
        """
Anyone else know that the teacher who runs post 16 at Fallowmead, Miss Q, is a lesbian and is now teaching the 'relationships' lessons?? Her sort shouldnt be anywhere near vulnerable kids. Pushing her lifestyle on kids who dont know any better. Disgusting. Pull your kids out
""",
        (
            (
                "Nina Cole",
                "Her sexuality has nothing to do with anything. RSE is statutory. Grow up Craig",
            ),
            ("Craig Fenner", "we'll see what the other parents think"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("tquarrington", "nickname", "hate"),
)

# 111 head's letter to the paper, signed with initial
add(
    "news",
    news(
        "gazette",
        "Letters: Our families deserve better than this transport chaos",
        """
Sir, - I write on behalf of the staff and governors of Fallowmead Vale Academy. For nine days in March, our families were left without the transport their children are legally entitled to. Our own staff drove our own minibuses, before dawn and after dark, to make sure children who could not cope with a change got to school.

I am proud of them. I am also angry. The council must reimburse schools for these costs, consult families properly on the new contract, and never again award a contract of this importance on price alone.

E. Marsh-Dunmore, Headteacher, Fallowmead Vale Academy, Quarry Lane, Fallowmead
""",
        section="Letters",
    ),
    E("school", "exact", "neutral"),
    E("emarshdunmore", "initial_surname", "neutral"),
)

# 112 snow day: Big Del
add(
    "facebook",
    facebook(
        "Fallowmead Vale Academy - Families Group",
        "Claire Sage",
        "Friday at 08:20",
        """
School's open despite the snow!! Big Del got the minibus up Quarry Lane with snow chains on and every kid on our route got in. My son thinks it's the best day of his life. Cheers drive ❄️🚌
""",
        (("Jen Wiltshire", "Del will be made up that you posted this 😂"),),
    ),
    E("school", "exact", "neutral"),
    E("dwhyte", "nickname", "neutral"),
)

# 113 sibling TikTok: lost communication book
add(
    "social",
    social(
        "TikTok - comments on @its.just.lola.x 'rant'",
        "kira.bristol",
        """fallowmead lost my sisters communication book AGAIN. thats literally her voice. imagine someone losing your voice 3 times in a term and then saying sorry in the home book like its nothing 😤""",
        when="3d",
        stats="♥ 1,044",
    ),
    E("school", "short_name", "negative"),
)

# 114 Google reviews with staff
add(
    "review",
    review(
        "Google Maps",
        "Fallowmead Vale Academy - Special school - Quarry Lane, Fallowmead, Bristol",
        (
            (
                "Amira S.",
                "★★★★★",
                "3 weeks ago",
                """Mr Yusuf and Ms Quarrington went above and beyond at my son's transition to post 16. They visited us at home and made him a photo book of the new class. Thank you.""",
            ),
            (
                "Dave",
                "★★☆☆☆",
                "1 month ago",
                """Uniform costs are silly for a special school. £14 for a polo shirt with a logo that comes off in the wash.""",
            ),
            (
                "Charlotte B",
                "★★★★★",
                "2 months ago",
                """Simply the best. Wish we'd got here sooner.""",
            ),
        ),
        summary="4.1 ★ (70 reviews)",
    ),
    E("school", "exact", "negative"),
    E("ayusuf", "title_surname", "neutral"),
    E("tquarrington", "title_surname", "neutral"),
)

# 115 SEND forum: tribunal advice, naming the school in section I
add(
    "forum",
    forum(
        "sendtalk",
        "Tribunals",
        "Section I appeal - LA says FVA is 'full'. Is that the end of it?",
        (
            (
                "Reubens_mum_2",
                "12 Jun 2024",
                """Appealing section I. We want FVA, LA says they're full and named a mainstream with a resource base that has never met him. Do I have any chance?""",
            ),
            (
                "IPSEA_trained_vol",
                "12 Jun 2024",
                """Yes. "Full" is not in itself a legal reason. The LA has to consult the school, and the school can say admitting him would be incompatible with the efficient education of others, but the tribunal can still name it. Get the consultation response in writing. Ask for the school's admission numbers and current roll.""",
            ),
            (
                "Reubens_mum_2",
                "12 Jun 2024",
                """The school said to me informally they'd take him if the LA funds it!""",
            ),
            (
                "IPSEA_trained_vol",
                "12 Jun 2024",
                """Then get that in writing from the school, addressed to the LA, and put it in your evidence bundle. Tribunals are often persuaded when the school itself says it can meet need.""",
            ),
            ("Reubens_mum_2", "13 Jun 2024", """Emailing them now. Thank you so much x"""),
        ),
    ),
    E("school", "alias", "neutral"),
)

# 116 wobbly blog: the transport saga (long-ish)
add(
    "blog",
    blog(
        "wobbly",
        "The transport saga, or: how I learned to stop worrying and love a man called Del",
        """
As promised, the transport post. Get a cup of tea. Get a biscuit. Get two.

When Eli got his place, the council agreed he was eligible for home-to-school transport. Brilliant, I thought. A taxi, with an escort, door to door. What could go wrong.

Week one: the taxi came at 7.05 instead of 7.45, because the route had been "optimised". Eli was still in his pyjamas. The driver waited four minutes and left.

Week two: a different driver, a different escort, a different car. Eli screamed for the whole journey and bit the escort. The escort, very reasonably, refused to do the route again.

Week three: no escort. The taxi firm said that was fine because "he's strapped in". I said it was not fine because he can undo any seatbelt known to man in about eight seconds, and the taxi firm said they'd "look into it".

Week four: I drove him myself. Every day. Forty minutes each way. I lost my Tuesday and Thursday shifts.

At which point the school stepped in. Eli's class teacher had noticed he was arriving "dysregulated" (teacher-speak for absolutely furious) and passed it up, and the next thing I knew, I had a phone call from the school's transport manager. Del.

Del is the kind of man who says "don't you worry, my lover" and you believe him. He asked me questions nobody at the council had asked: What does Eli need to see before he gets in? (His bus toy.) Does he cope with the radio? (No.) Front or back? (Back, left side, so he can see the driver's hands.) Who does he like? (Women with long hair, and anyone who can do a convincing bus noise.)

Del couldn't put Eli on one of the school's own buses - they were full - but he rang the taxi firm himself, and then rang the council, and then rang the taxi firm again. I don't know what he said. I know that the following Monday, the same driver turned up at 7.45 with an escort called Sandra who has long hair and does a bus noise that would make a real bus jealous. They have done the route every day since.

I'm not saying the system works. It doesn't. It worked for us because one man made eleven phone calls he didn't have to make. That's not a system. That's luck.

But today, a small thank you to Del, and to Sandra, and to the driver whose name I still don't know because Eli calls him "Bus Man" and so now we all do.
""",
        author="Wobbly Wheels Mum",
        date="20 March 2025",
        comments=(("Sarah in Kingswood", "20 Mar 2025", "'my lover' 😂 a proper Bristolian"),),
        tags=("transport", "EHCP"),
    ),
    E("dwhyte", "nickname", "neutral"),
)

# 117 Bex praised on X
add(
    "social",
    social(
        "X",
        "@mumof3_stokelyde",
        """shout out to Bex, my daughter's TA at Fallowmead Vale, who spent her whole lunch break finding the exact right shade of purple cup because the other one was "wrong". you are a saint""",
        when="Oct 2024",
        stats="41 likes",
    ),
    E("school", "alias", "neutral"),
    E("rhollis", "nickname", "neutral"),
)

# 118 where's it to - job interview
add(
    "facebook",
    facebook(
        "Bristol Jobs & Opportunities",
        "Leanne Pike",
        "Monday at 11:20",
        """
Got an interview for a TA job at the special school in Fallowmead on Thursday, where's it to exactly? Is there parking? Not from round there. Also any tips appreciated, never worked in SEN before but did 6 years in a nursery
""",
        (
            ("Gaz Perrett", "Quarry Lane. Dont even think about parking on it at 8.30 lol"),
            (
                "Tracey Loveridge",
                "Good luck! Be yourself, they want people who are calm and kind. Its a lovely school",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
)

# 119 news: assaults on staff, deputy quoted
add(
    "news",
    news(
        "courier",
        "Special school staff 'injured every week', figures show",
        """
Staff at special schools in the West Severn area reported more than 900 injuries caused by pupils last year, according to figures obtained by the Courier under freedom of information rules.

The majority were minor - scratches, bites and bruises - but 41 led to staff taking time off work.

Robert Clarke, deputy headteacher at Fallowmead Vale Academy, said the figures reflected the complexity of pupils' needs rather than poor behaviour. "A child who can't tell you they're in pain or frightened will tell you another way. Our job is to understand that and reduce it, and we've got a lot better at that, but we'll never get it to zero."

Unions said staff needed better pay and more training.
""",
        byline="By Shelley Pym, Education reporter",
        date="2 April 2025",
        section="Education",
    ),
    E("school", "exact", "neutral"),
    E("rclarke", "exact", "neutral"),
)

# 120 threadit AMA by a TA at the school
add(
    "forum",
    forum(
        "threadit",
        "r/TeachingUK",
        "I'm a TA at a special school for autism and SLD. AMA",
        (
            (
                "u/lanyard_and_lavender",
                "1d",
                """Eight years at FVA in Bristol. Key stage 3 class, seven kids, two of them non-speaking. Ask me anything (I won't name the kids or anyone I work with).""",
            ),
            ("u/curious_pgce", "1d", """What's the hardest part?"""),
            (
                "u/lanyard_and_lavender",
                "1d",
                """Honestly? The days when a kid is in distress and you can't work out why. You try everything. Sometimes it's toothache. Sometimes it's that someone moved a chair. Sometimes you never find out.""",
            ),
            ("u/ex_mainstream", "1d", """Pay?"""),
            ("u/lanyard_and_lavender", "1d", """Terrible. Next question lol"""),
            ("u/curious_pgce", "1d", """Best part?"""),
            (
                "u/lanyard_and_lavender",
                "1d",
                """A boy who's been with me since year 7 used a sign for my name last week for the first time. Eight years. I cried in the disabled loo.""",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
)

# 121 facebook: informal exclusions claim (defamation for the school)
add(
    "facebook",
    facebook(
        "Bristol SEND Parents & Carers (Private Group)",
        "Anonymous member",
        "Wednesday at 21:44",
        """
Fallowmead are fiddling their figures, plain and simple. My son's been "collected for a reset" 9 times since Christmas and not one of them is on his attendance. That's illegal exclusion and they know it. Ofsted would have a field day
""",
        (
            (
                "Claire Dando",
                "Keep a log of every call - date, time, who rang, what they said - and send it to the LA's exclusions officer",
            ),
        ),
    ),
    E("school", "short_name", "defamation"),
)

# 122 abuse against the SENCO (not hate)
add(
    "social",
    social(
        "X",
        "@SEND_warrior_mum",
        """warsame is a jobsworth witch who'd rather tick a box than help a child. 3 emails, 0 replies. the SENCO role at fallowmead vale is a joke""",
        when="May 2025",
    ),
    E("school", "alias", "negative"),
    E("awarsame", "surname_only", "abuse"),
)

# 123 threat against the SLT's car
add(
    "facebook",
    facebook(
        "Fallowmead Parents Chat (Unofficial)",
        "Lee Dyer",
        "26 March at 22:10",
        """
If that speech therapist Kowalczyk signs him off SLT again at the review I will smash every window on her little red fiat in the car park. see how she likes it
""",
        (("Donna Sage", "Lee you cant post stuff like that mate"),),
    ),
    E("kkowalczyk", "surname_only", "threat"),
)

# 124 doxxing: nurse's address and number
add(
    "social",
    social(
        "X",
        "@anon_bs34_parent",
        """Mrs Campbell the so called school nurse at Fallowmead Vale lives at 22 Larkspur Way, Stoke Lyde. Her mobile is 07700 900231. Since she won't answer the school phone""",
        when="Feb 2025",
        replies=(("@bs16_hannah", "reported. this is doxxing"),),
    ),
    E("school", "alias", "neutral"),
    E("dcampbell", "title_surname", "doxxing"),
)

# 125 defamation: driver drinking before the afternoon run
add(
    "forum",
    forum(
        "bristolboards",
        "Local chat",
        "School minibus driver drinking at lunch??",
        (
            (
                "ConcernedOfFallowmead",
                "14 Nov 2024",
                """Seen Whyte from the special school having a pint in the Plough at lunch before doing the afternoon minibus run, three times now. He's driving disabled kids about half cut. Someone should tell the police.""",
            ),
            (
                "PloughRegular",
                "14 Nov 2024",
                """That's lime and soda mate. He's been on it for 20 years, he doesn't drink. Check your facts before you post stuff like that.""",
            ),
            ("ConcernedOfFallowmead", "14 Nov 2024", """looked like lager to me"""),
        ),
    ),
    E("dwhyte", "surname_only", "defamation"),
)

# 126 abuse against the post-16 teacher
add(
    "social",
    social(
        "TikTok - comments on @fallowmeadvale 'Post 16 pantomime 🎭'",
        "shaz.b.bs5",
        """Miss Quarrington is a stuck up snobby cow who looks down her nose at every parent. the kids are great tho""",
        when="2w",
    ),
    E("school", "handle", "neutral"),
    E("tquarrington", "title_surname", "abuse"),
)

# 127 trust-level jobs review naming the deputy by initial
add(
    "review",
    review(
        "WorkVoice",
        "Lantern Learning Trust",
        (
            (
                "Trust central team (current employee)",
                "3/5",
                "May 2025",
                """Mostly fine. Schools are very different. The special schools are the heart of the trust - R. Clarke at FVA runs the best restraint-reduction training I've seen anywhere and the trust should roll it out everywhere. Central office is too top heavy.""",
            ),
            (
                "Teacher, mainstream (current employee)",
                "2/5",
                "Apr 2025",
                """Academy trust doing academy trust things. Lots of branding, not much support.""",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("rclarke", "initial_surname", "neutral"),
)

# 128 primary teacher's teaching account (handle)
add(
    "social",
    social(
        "X",
        "@SENteacher_Bristol",
        """Love this idea from @mrbennett_teaches - a visual "what's changing today" board by the classroom door, updated before the kids arrive. Stealing it for my class tomorrow.""",
        when="Nov 2024",
        replies=(
            (
                "@mrbennett_teaches",
                "Steal away! It's made a massive difference to our mornings at FVA. Happy to share the symbols.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("jbennett", "handle", "neutral"),
)

# 129 end-of-year thanks listing many staff
add(
    "facebook",
    facebook(
        "Fallowmead Vale Academy - Families Group",
        "Hannah Cole",
        "19 July at 17:02",
        """
End of year thank you post because I can't say it in person without crying!! To Mr Clarke for sorting the transport mess in March. To Mrs Warsame for the annual review that actually listened. To Kasia for the talker miracle. To Nurse Dee for the seizure plan and the calm. To Miss Q for making post-16 feel exciting. To Mr B for being my youngest's favourite human. To Becky and Abdi for everything, every day. And to Del for "morning boss" 150 times this year. You lot are gert lush. Have a rest x
""",
        (
            ("Lorraine Sage", "Seconded every word ❤️"),
            ("Fallowmead Vale Academy", "Thank you Hannah, we'll make sure everyone sees this 💙"),
        ),
        reactions="❤️ 204",
    ),
    E("school", "exact", "neutral"),
    E("rclarke", "title_surname", "neutral"),
    E("awarsame", "title_surname", "neutral"),
    E("kkowalczyk", "nickname", "neutral"),
    E("dcampbell", "nickname", "neutral"),
    E("tquarrington", "nickname", "neutral"),
    E("jbennett", "nickname", "neutral"),
    E("rhollis", "nickname", "neutral"),
    E("ayusuf", "nickname", "neutral"),
    E("dwhyte", "nickname", "neutral"),
)

# 130 trust news: new post-16 building, teacher named
add(
    "news",
    news(
        "gazette",
        "New post-16 centre for special school students",
        """
Work has started on a £1.2m post-16 centre at Fallowmead Vale Academy, which will include a training kitchen, a mock flat for independent living skills and a small café open to the public.

Tamsin Quarrington, who leads the school's post-16 provision, said: "Our young people will be able to practise the things they'll need in adult life - shopping, cooking, travelling, working - in a real setting. The café is the bit they're most excited about. They've already argued about the name."

The centre is due to open in September 2026.
""",
        byline="Gazette reporter",
        date="2 October 2025",
        section="News",
    ),
    E("school", "exact", "neutral"),
    E("tquarrington", "exact", "neutral"),
)

# 131 typo: Delroy Whyt, praise
add(
    "social",
    social(
        "Facebook - comments on Bristol Evening Courier 'Fallowmead Community Awards 2025'",
        "Marion Keel",
        """So deserved. Delroy Whyt drove my Jack for 9 years and never once missed a birthday. Lovely man""",
        when="2d",
    ),
    E("dwhyte", "typo", "neutral"),
)

# 132 typo: Mrs Warsami, negative
add(
    "facebook",
    facebook(
        "Bristol SEND Parents & Carers (Private Group)",
        "Anonymous member",
        "Friday at 20:30",
        """
Mrs Warsami at Fallowmead told us there's "no budget" for the sensory OT in his plan. Since when is the law optional because of budget? Fuming
""",
        (
            (
                "Maya Patel-Rhodes",
                "The LA has to secure section F provision, budget is not a lawful excuse. Write to them",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("awarsame", "typo", "negative"),
)

# 133 Eid celebration, TA by title
add(
    "social",
    social(
        "Instagram",
        "fallowmeadvale",
        """Eid Mubarak from all of us! 🌙 Thank you to Mr Yusuf and the families who brought in food, music and henna for our celebration this afternoon. Class 7 have declared the samosas "the best thing ever". #LanternFamily""",
        when="Posted 31 March 2025",
        stats="♥ 276",
    ),
    E("school", "handle", "neutral"),
    E("ayusuf", "title_surname", "neutral"),
)

# 134 first_initial negative about the deputy
add(
    "forum",
    forum(
        "sendtalk",
        "Exclusions",
        "Deputy head threatening suspension over a haircut??",
        (
            (
                "loopy_lou_bs",
                "28 Jan 2025",
                """Rob C. at Fallowmead Vale rang to say my son "may need some time at home" because he pulled a TA's hair. He has no words and hair pulling is literally in his EHCP as a communication behaviour. Suspending a child for the thing that's in his plan is ridiculous.""",
            ),
            (
                "Maya_SENDadvocate",
                "28 Jan 2025",
                """Ask them to show how they've put in place the section F strategies for that behaviour before considering any suspension. If it's in the plan, the first question is whether the plan is being delivered.""",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("rclarke", "first_initial", "negative"),
)

# 135 hashtag #CheersDel
add(
    "social",
    social(
        "Instagram",
        "jen.wiltshire.bs",
        """17 years, 3 minibuses, 1 legend. Congratulations on the award, you daft old sod 🏆🚌 #CheersDel #FallowmeadAwards""",
        when="Posted 10 May 2025",
        stats="♥ 98",
    ),
    E("dwhyte", "hashtag", "neutral"),
)

# 136 leetspeak negative about the school
add(
    "social",
    social(
        "X",
        "@nocontext_bs16",
        """fa11owmead va1e called AGAIN to send him home. 3rd time this week. this is what they call "education" apparently""",
        when="Nov 2024",
    ),
    E("school", "leetspeak", "negative"),
)

# 137 sarcasm about the minibus being late
add(
    "social",
    social(
        "X",
        "@stokelyde_dad",
        """wow the Fallowmead Vale minibus was ONLY 50 minutes late today, new record, well done everyone 👏👏 3rd time this week. maybe buy a map""",
        when="Sep 2024",
    ),
    E("school", "alias", "negative"),
)

# 138 obfuscated negative about the head
add(
    "social",
    social(
        "X",
        "@send_truths",
        """Still waiting for E.l.i.z.a.b.e.t.h M.a.r.s.h-D.u.n.m.o.r.e to answer a single one of my emails about my son's 1:1. 6 weeks. Fallowmead Vale, you should be ashamed""",
        when="Apr 2025",
    ),
    E("school", "alias", "negative"),
    E("emarshdunmore", "obfuscated", "negative"),
)

# 139 DECOY: Fallowmead Motors reviews
add(
    "review",
    review(
        "Google Maps",
        "Fallowmead Motors - MOT & servicing - Station Road, Fallowmead",
        (
            (
                "Phil Clarke",
                "★★★★★",
                "1 week ago",
                """Honest garage. Told me I didn't need the brake pads another garage quoted £240 for. Will be back.""",
            ),
            (
                "Sandra W",
                "★★★★☆",
                "1 month ago",
                """Good service, bit pricey. Coffee machine is lush.""",
            ),
            (
                "K. Bennett",
                "★☆☆☆☆",
                "2 months ago",
                """Kept the car 3 days for a 1 day job. No phone call.""",
            ),
        ),
        summary="4.5 ★ (312 reviews)",
    ),
)

# 140 DECOY: Whyte's Removals
add(
    "review",
    review(
        "Trustpilot",
        "Whyte & Sons Removals, Bristol",
        (
            (
                "Gail M",
                "5 stars",
                "Aug 2025",
                """Marcus Whyte and the lads moved us from Horfield to Fallowmead in one day, nothing broken, even put the beds back together. Would 100% use again.""",
            ),
            (
                "Tom R",
                "2 stars",
                "Jul 2025",
                """Turned up 2 hours late. Friendly enough but we paid for the delay.""",
            ),
        ),
    ),
)

# 141 DECOY: a hospital nurse called Campbell
add(
    "news",
    news(
        "courier",
        "Southmead nurse honoured for 40 years on children's ward",
        """
A children's nurse who has worked at Southmead Hospital since 1985 has been given a lifetime achievement award by the hospital trust.

Sister Janet Campbell, 63, has cared for thousands of children on the ward. "I've nursed children whose own children I later nursed," she said. "That's the best bit of the job, seeing them grow up."

Colleagues described her as "the calm in every storm". She plans to retire next spring and spend more time with her grandchildren in Stoke Lyde.
""",
        byline="Health reporter",
        date="8 August 2025",
        section="Bristol",
    ),
)

# 142 DECOY: lost cat in Fallowmead
add(
    "facebook",
    facebook(
        "Fallowmead Community Noticeboard",
        "Ruth Kowalski",
        "Today at 07:15",
        """
LOST CAT 🐱 Biscuit, ginger tom, 6yrs, very friendly, no collar but chipped. Last seen Elderberry Close / Quarry Lane area Tuesday night. Please check sheds and garages! Ring or message me, reward for safe return
""",
        (
            ("Gaz Perrett", "Will check the garage. Saw a ginger one by the allotments last night"),
            ("Ruth Kowalski", "thank you!! going up there now"),
            ("Ruth Kowalski", "FOUND!! He was in the allotment shed 🙌 thank you all"),
        ),
    ),
)

# 143 DECOY: holiday club at the community centre
add(
    "facebook",
    facebook(
        "Fallowmead Community Noticeboard",
        "Fallowmead Community Centre",
        "1 July at 09:00",
        """
☀️ SUMMER HOLIDAY CLUB ☀️ Mon-Thu 9.30-3.00, weeks 1-4 of the holidays, ages 5-11. Crafts, football with Fallowmead Rovers coaches, forest school in Fallowmead Park, and a trip to the seaside! £12/day, HAF funded places available for eligible families. Booking link in comments. Run by Kerry Campbell and the community centre team.
""",
        (
            ("Nicola Brimble", "Is there SEN support available?"),
            (
                "Fallowmead Community Centre",
                "Hi Nicola, we have a 1:1 worker on Weds/Thurs - message us and we'll talk it through",
            ),
        ),
    ),
)

# 144 DECOY: Polish deli reviews
add(
    "review",
    review(
        "Google Maps",
        "Kowalczyk's Polish Deli - Station Road, Fallowmead",
        (
            (
                "Ania",
                "★★★★★",
                "1 week ago",
                """Najlepsze pączki w Bristolu! Pan Kowalczyk always remembers my order.""",
            ),
            (
                "Simon P",
                "★★★★★",
                "3 weeks ago",
                """Fish Friday is unreal. Massive cod, proper chips, Polish cucumber salad. Gert lush.""",
            ),
            (
                "Kelly",
                "★★★★☆",
                "1 month ago",
                """Lovely cakes, cash only though which caught me out""",
            ),
        ),
        summary="4.7 ★ (208 reviews)",
    ),
)

# 145 DECOY: a restaurateur with the TA's exact name
add(
    "news",
    news(
        "bristle",
        "Easton Somali restaurant wins city food award",
        """
A family-run Somali restaurant in Easton has been named the city's best independent restaurant at this year's Bristol Food Awards.

Owner Abdirahman Yusuf opened Hiddo Kitchen on St Marks Road in 2019 with his wife Fadumo and his brother. "My mother's recipes, my wife's organisation and my brother's sense of humour," he said. "That's the secret."

The restaurant's goat suqaar and sweet spiced rice have built a cult following, and the family runs a free community lunch every Friday.
""",
        byline="Food & drink",
        date="21 October 2024",
        section="City",
    ),
)

# 146 DECOY: a special school in Fallowfield, Manchester
add(
    "forum",
    forum(
        "mumsline",
        "Special educational needs",
        "Special schools in south Manchester - Fallowfield/Withington?",
        (
            (
                "MancMum_ASD",
                "Mon 02-Sep-24 10:12",
                """Moving back up north next year. DS is 8, autistic, needs a specialist setting. Anyone know the special school in Fallowfield? Or anything else in south Manchester? Bit overwhelmed.""",
            ),
            (
                "DidsburyDad",
                "Mon 02-Sep-24 10:40",
                """Our DD is at a special school near Fallowfield and it's been great. Message me and I'll tell you which one. Get the LA's local offer up and start visiting now, waiting lists are long.""",
            ),
            ("MancMum_ASD", "Mon 02-Sep-24 10:55", """Thank you, will DM you"""),
        ),
    ),
)

# 147 DECOY: an estate agent called Liz Marsh
add(
    "social",
    social(
        "Instagram",
        "lizmarsh.homes",
        """JUST SOLD 🔑 Beautiful 3 bed semi on Nightingale Walk, Fallowmead, sold in 6 days over asking. Thinking of moving? Call Liz Marsh at Marsh & Co for a free valuation. #FallowmeadHomes #BristolProperty #JustSold""",
        when="Posted 2 June 2025",
        stats="♥ 61",
    ),
)

# 148 DECOY: Fallowmead Primary PE teacher Mr Clarke
add(
    "facebook",
    facebook(
        "Fallowmead Primary School PTA",
        "Fallowmead Primary PTA",
        "Friday at 16:30",
        """
What a sports day!! 🏅 Huge thanks to Mr Clarke (our amazing PE teacher) for organising, to all the parent volunteers, and to the Year 6 team captains. Red House won for the third year running. Photos in the comments. Lost property (mostly hats) is in the hall until Wednesday.
""",
        (("Sophie Kerr", "Mr Clarke is the best, my son talks about him constantly"),),
    ),
)

# 149 long read: Bristol SEND crisis, one passing mention of the school
add(
    "news",
    news(
        "courier",
        "The long read: inside Bristol's SEND crisis",
        """
At 6.15 on a Tuesday morning, Kerry is already on her second coffee. Her son Callum, who is 13 and autistic, has been awake since four. He has not been to school since October. He is not excluded. He is not home-educated. He is, in the language of the system, "awaiting placement". He has been awaiting placement for seven months.

"People think there's a queue and you're in it," Kerry says. "There isn't a queue. There's a pile of paper, and every now and again someone picks something off the top."

Callum is one of an estimated 140 children in the West Severn area with an Education, Health and Care Plan who are not currently attending any school. Across England, the number of children with EHCPs has almost doubled in seven years. Council spending on special educational needs has risen faster than any other part of the education budget, and most councils, including West Severn, are running deficits on their high needs budgets that they have no realistic prospect of paying off.

The result, families and professionals told the Courier over three months of interviews, is a system in which every part is under pressure and every part is blaming another.

The paperwork

An EHCP is a legal document. Once a council has issued one, it must secure the provision in it. That is the theory. In practice, parents describe plans that are vague, late and, in some cases, simply not delivered.

The law says a plan should be issued within 20 weeks of a request for assessment. In West Severn last year, fewer than one in three was. Nationally the figure is around half.

"The delay is the decision," says a solicitor who represents families at tribunal and asked not to be named because she appears regularly against the council. "Every month a child isn't assessed is a month the council doesn't have to pay for provision. I'm not saying anyone sits in a room and decides that. I'm saying the system produces it."

Tribunal appeals against councils' decisions have risen sharply, and parents win in the overwhelming majority of cases. West Severn council says it has recruited more caseworkers and that timeliness is improving. Its figures support that, although from a very low base.

The places

Even when a plan names a specialist school, there may be nowhere to go. Local special schools are full, and many are over their planned numbers. Several heads told the Courier they had converted offices, staff rooms and in one case a corridor into teaching space.

The alternative is an independent special school, where fees can exceed £60,000 a year, and often long taxi journeys. West Severn spends more than £14 million a year on independent placements.

The council plans to create 40 new specialist places by 2026. Parents' groups say that is not enough to keep pace with demand, let alone clear the backlog.

The schools

Inside special schools, staff describe children with more complex needs than ever, and budgets that have not kept pace. Top-up funding - the amount councils pay for each child with a plan - has risen by less than inflation for most of the past decade.

At Fallowmead Vale Academy, a school for pupils aged four to 19 with autism and severe learning difficulties, the waiting list for places is longer than the number of places the school has. The picture is similar at special schools across the city.

Teaching assistants, who do much of the hands-on work with pupils, are paid on local government scales that start not far above the minimum wage. Several schools said they were losing experienced staff to supermarkets and warehouses.

The journeys

Then there is transport. When the firm running the North Zone home-to-school transport contract collapsed in March, more than 200 children were left without a way to get to school overnight. Schools ran their own minibuses, parents took unpaid leave, and some children missed more than a week.

The council says it has learned lessons and is considering bringing some transport in-house.

The families

Back in Kerry's kitchen, Callum is watching the same clip of a level crossing for the fortieth time. It calms him. Kerry has given up her job as a dental nurse. She has a folder, a ring binder four inches thick, with every letter, email and report since Callum was five.

"I used to think that if I did everything right, it would work," she says. "Filled in the forms, went to the meetings, was polite. I'm still polite. I've just stopped thinking it works."

The Department for Education says it is committed to reforming the SEND system and will set out plans in a white paper. Families like Kerry's have heard that before.
""",
        byline="By Shelley Pym, Education reporter",
        date="29 June 2025",
        section="Education",
        related=(
            "Council to review SEND transport spend",
            "Tribunal win for mum in two-year EHCP fight",
        ),
    ),
    E("school", "exact", "neutral"),
)

# 150 Polish community group: pani Kasia
add(
    "facebook",
    facebook(
        "Polacy w Bristolu 🇵🇱",
        "Magdalena Nowicka",
        "Wczoraj o 20:11",
        """
Chciałam tylko podziękować pani Kasi Kowalczyk z Fallowmead Vale - our son finally has a speech therapist who speaks to him in Polish AND English. Po dwóch latach czekania na NHS! If anyone's child needs SLT and is at that school, ask for her.
""",
        (("Ewa Zielińska", "Pani Kasia jest super, mój syn też ją uwielbia ❤️"),),
    ),
    E("school", "alias", "neutral"),
    E("kkowalczyk", "nickname", "neutral"),
)

# 151 staff review: TA calls the school sh*t but praises colleagues; the nurse named by maiden name
add(
    "review",
    review(
        "WorkVoice",
        "Fallowmead Vale Academy",
        (
            (
                "Teaching Assistant (current employee)",
                "2/5",
                "Jun 2025",
                """Management is sh*t at listening, that's the headline. Rotas, pay, cover, all decided without asking the people on the floor. The good bits are the people: the nurse (Denise Grant as was, Campbell now) is the one everyone goes to when it's all kicking off, and the therapists are ace.""",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("dcampbell", "alias", "neutral"),
)

# 152 thank-you with the SLT's surname misspelt
add(
    "social",
    social(
        "X",
        "@aac_mum_bristol",
        """Kowalczik has done more for my son's communication in one term than 4 years of NHS waiting lists. Whoever hired her at Fallowmead deserves a pay rise too""",
        when="Jul 2025",
    ),
    E("school", "short_name", "neutral"),
    E("kkowalczyk", "typo", "neutral"),
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
