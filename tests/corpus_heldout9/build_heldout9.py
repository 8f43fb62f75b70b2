# ruff: noqa: E501
"""Labelled corpus heldout9 for the repwatch matcher (Ashgrove Park Academy, Lowbury, SE29).

HELD OUT: measured once at the end. Never tune on it. It was written WITHOUT reading the
matcher, its tests, or any other corpus's documents or labels, so it measures how the matcher
generalises to writing it was never tuned on. Do not read its errors and change the matcher
to suit them, or the measurement is spent.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Rebuild with

    .venv/bin/python tests/corpus_heldout9/build_heldout9.py

and evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_heldout9

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its trust,
its staff, the borough, the streets, the sites (``.example``), the phone numbers (Ofcom drama
ranges) and the addresses. Public figures who appear (MPs, footballers, grime artists, shop
owners) are invented too.

Setting: an inner-London all-through academy (ages 4-18) on Marsh Lane in the fictional
multi-ethnic borough of Lowbury (Kestrel Hill, SE29), part of the Riverlight Academies Trust.
Staff names are Yoruba, Igbo, Akan, Turkish, Polish, Caribbean, Irish and English; pupils and
parents write in multicultural London English ("innit", "bare", "peak", "allow it", "fam"),
WhatsApp forwards, parent-forum threads, TikTok comments, local news, council minutes and an
Ofsted report. Pupils call staff "Sir", "Miss", "Mr A", by first name or by nickname. The short
name "Ashgrove" is shared with Ashgrove Primary School (a different, council-run school),
Ashgrove Rovers FC, Ashgrove Road, the Ashgrove estate, and the public park called Ashgrove
Park; "APA" is also APA referencing; an Ashgrove High School exists in Yorkshire. Staff share
surnames with strangers: a footballer and a grime artist called Okafor, a councillor and a
shop called Mensah, Yildiz Grill, Kowalczyk Deli, an MP and a patty shop called Campbell, a
boxer and a roofing firm called Byrne (& Gallagher), an MP called Hartley, a Yorkshire head and
a newsagent called Price, and "price" as an ordinary word.

Labelling conventions used here:
- ``short_name`` is "Ashgrove" alone (any case) meaning our school; ``alias`` is a watchlist
  alias ("Ashgrove Park", "APA", "Ashgrove Academy") or a staff alias ("Siobhan Gallagher",
  the maiden name; "Emre Yıldız" and "Zeynep Cevizoğlu", the Turkish spellings of full names).
  "Ashgrove Park's" counts as ``alias``; ``possessive`` is a name that only appears
  possessively without a title ("Ashgrove's", "Hartley's", "Adewusi's").
- ``title_surname`` is any title plus surname, including "Sir Mensah", "Pani Kowalczyk",
  "Mr Yıldız" and "Mr Okafor's"; ``initial_surname`` includes "Mr D. Campbell" and "K. Price";
  ``first_initial`` is first name plus surname initial ("Kwame M.", "Siobhan B.").
- ``nickname`` covers first names alone in context ("Zeynep at the school", "Tunde",
  "Agnieszka"), diminutives ("Del", "Aga", "Bob Hartley", "Kate Price", "Sade") and pupil
  by-names ("Miss K", "Mr A" for the music teacher, "Mr O", "Mr Y", "Mrs AC").
- ``hyphenated`` is one half of the principal's double-barrelled surname ("Mrs Clarke",
  "Mrs Adeyemi") or both halves with the hyphen dropped; "Adeyemi-Clarke" alone without a
  title is ``surname_only``.
- ``hashtag`` is a name inside a #tag, ``handle`` inside an @handle, ``camelcase`` a name run
  together without # or @; ``homoglyph`` uses Cyrillic/Greek look-alike letters; ``spacing``
  spreads the letters; ``obfuscated`` uses * or dots; ``leetspeak`` uses digits.
- "the head", "sir", "miss", "the SENCo", "the academy on Marsh Lane" with no name are not
  mentions of anyone. A report in the news of a threat, harassment or doxxing of a staff
  member is labelled with that category for them, and a court report of allegations is
  ``defamation``; a general condemnation ("threatening teachers is never ok") is ``neutral``.
  The school is labelled negative only when the page criticises the school itself.
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
    "school", "fadeyemiclarke", "cokafor", "kmensah", "eyildiz", "akowalczyk", "dcampbell",
    "sbyrne", "rhartley", "kprice", "tadewusi", "zcevizoglu",
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
    "mercury": (
        "Lowbury Mercury",
        "lowburymercury.example",
        ["News", "Crime", "Schools", "Sport", "What's On", "Letters", "Property"],
    ),
    "wire": (
        "London Wire",
        "londonwire.example",
        ["London", "Politics", "Culture", "Transport", "Sport", "Opinion"],
    ),
    "council": (
        "London Borough of Lowbury",
        "lowbury.gov.example",
        [
            "Home",
            "Council and democracy",
            "Committee meetings",
            "Planning",
            "Schools",
            "Bins and recycling",
        ],
    ),
    "staffroom": (
        "Staffroom Weekly",
        "staffroomweekly.example",
        ["News", "Leadership", "SEND", "Academies", "Pay and conditions", "Jobs"],
    ),
    "court": (
        "South London Court Reporter",
        "slcourts.example",
        ["Latest", "Magistrates", "Crown Court", "Appeals", "About"],
    ),
    "inspect": (
        "Ofsted reports",
        "reports.ofsted.example",
        [
            "Find an inspection report",
            "Early years",
            "Schools",
            "Further education",
            "About Ofsted",
        ],
    ),
    "dales": (
        "Thornbridge Evening Post",
        "thornbridgepost.example",
        ["News", "Sport", "Court", "Schools", "Farming", "Obituaries"],
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
    "parentchat": ("ParentChat", "parentchat.example", "Talk"),
    "threadit": ("threadit", "threadit.example", "r/"),
    "lowburytalk": ("LowburyTalk", "lowburytalk.example", "Boards"),
    "sixthform": ("SixthFormHub", "sixthformhub.example", "Forums"),
    "staffroom": ("StaffroomTalk", "talk.staffroomweekly.example", "Community"),
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
    "eats": ("South London Eats", "southlondoneats.example", "Food, family and the 436 bus"),
    "chalk": ("Chalk Dust & Burnout", "chalkdust.example", "An ex-teacher writes"),
    "riverlight": (
        "Riverlight Academies Trust - News",
        "riverlighttrust.example",
        "Inspiring every learner",
    ),
    "mumlife": (
        "Lowbury Mum Life",
        "lowburymumlife.example",
        "Two kids, one EHCP, too much coffee",
    ),
    "history": (
        "Lowbury Past",
        "lowburypast.example",
        "The Lowbury & Kestrel Hill Local History Society",
    ),
    "terraces": ("Up The Town", "upthetown.example", "An unofficial Lowbury Town FC blog"),
    "westminster": ("Division Bell", "divisionbell.example", "Politics, minus the spin"),
    "grime": ("Pirate Signal", "piratesignal.example", "Grime, drill and everything in between"),
    "edresearch": (
        "Schools Unpacked",
        "schoolsunpacked.example",
        "Notes from a London education researcher",
    ),
    "uncovered": (
        "Lowbury Uncovered",
        "lowburyuncovered.example",
        "What the council don't want you to know",
    ),
    "school": ("Ashgrove Park Academy", "ashgroveparkacademy.example", "Newsletter"),
    "maths": (
        "Teach Like A Londoner",
        "teachlikealondoner.example",
        "Maths teaching in the big city",
    ),
    "cycling": ("Hills of the South", "hillsofthesouth.example", "Ride reports from SE London"),
}


def blog(
    site: str,
    title: str,
    body: str,
    *,
    author: str = "",
    date: str = "",
    tags: tuple[str, ...] = (),
    comments: tuple[tuple[str, str, str], ...] = (),
) -> str:
    name, domain, strap = BLOGS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="site-title" href="https://{domain}/">{h(name)}</a><p class="strap">{h(strap)}</p>'
        '<nav><a href="#">Home</a> <a href="#">About</a> <a href="#">Archive</a> <a href="#">Contact</a></nav></header>',
        f"<main><article><h1>{h(title)}</h1>",
    ]
    if author or date:
        out.append(f'<div class="meta">Posted by {h(author)} on {h(date)}</div>')
    out.append(_paras(body))
    if tags:
        out.append(
            '<div class="tags">Tags: '
            + ", ".join(f'<a href="#">{h(t)}</a>' for t in tags)
            + "</div>"
        )
    out.append("</article>")
    if comments:
        out.append(f'<section class="comments"><h2>{len(comments)} comments</h2>')
        for user, when, text in comments:
            out.append(
                f'<div class="comment"><b>{h(user)}</b> <i>{h(when)}</i>{_paras(text)}</div>'
            )
        out.append("</section>")
    out.append(
        f'<aside><h3>Subscribe</h3><p>Get new posts by email.</p><input type="email" placeholder="you@example.com"> <button>Subscribe</button></aside></main><footer>&copy; {h(name)} &middot; Powered by Inkwell</footer></body></html>'
    )
    return "\n".join(out)


REVIEW_SITES = {
    "google": "Google Maps · Reviews",
    "trustpilot": "Trustpilot · Reviews",
    "rmt": "RateMyTeachers UK",
    "yell": "Yell · Customer reviews",
}


def review(
    site: str,
    business: str,
    where: str,
    items: tuple[tuple[int, str, str, str], ...],
    *,
    reply: str = "",
) -> str:
    out = [REVIEW_SITES[site], business, where, ""]
    for stars, author, when, text in items:
        out += [
            "★" * stars + "☆" * (5 - stars) + f"  {author} · {when}",
            text.strip(),
            "Helpful · Share",
            "",
        ]
    if reply:
        out += ["Response from the owner", reply.strip(), ""]
    return "\n".join(out)


def social(
    platform: str,
    user: str,
    when: str,
    text: str,
    replies: tuple[tuple[str, str], ...] = (),
    stats: str = "",
) -> str:
    out = [f"{platform} · {user} · {when}", text.strip()]
    if stats:
        out += ["", stats]
    if replies:
        out += [
            "",
            f"{len(replies)} replies" if platform != "TikTok" else f"{len(replies)} comments",
        ]
        out += [f"{u}: {t}" for u, t in replies]
    return "\n".join(out)


def fb(
    group: str,
    author: str,
    when: str,
    text: str,
    comments: tuple[tuple[str, str], ...] = (),
    reactions: int = 0,
) -> str:
    out = [group, "Public group", "", author, f"{when} · 🌐", "", text.strip(), ""]
    if reactions:
        out.append(f"👍❤️😮 {reactions}")
    if comments:
        out += [f"{len(comments)} comments", ""]
        for u, t in comments:
            out += [u, t.strip(), "Like · Reply", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- documents
# ---- news: local paper, regional, council, trade press, courts, Ofsted

add("news", news("mercury", "Ashgrove Park Academy celebrates best ever GCSE results", """
Pupils at Ashgrove Park Academy in Marsh Lane were celebrating on Thursday after the all-through school recorded its best GCSE results since it opened in 2012.

Almost three quarters of Year 11 achieved a grade 4 or above in both English and maths, up from 61 per cent last year, and 31 pupils achieved at least one grade 9.

Principal Folasade Adeyemi-Clarke said: "These young people started secondary school in lockdown, on laptops at kitchen tables. They have worked incredibly hard and so have their teachers. Lowbury should be proud of them."

Among the high achievers was Precious Adjei, 16, who got ten grade 9s and wants to study medicine. "I'm still shaking," she said. "My mum cried in the car park."

Head of sixth form Robert Hartley said a record number of students had applied to stay on for A-levels in September.

The academy, part of the Riverlight Academies Trust, was rated Good by Ofsted last year.
""", byline="By Hannah Osei, Education Reporter", date="22 August 2024", section="Schools",
    comments=(
        ("KestrelHillDave", "2 days ago", "well done to the kids. now can someone teach them not to scream on the 436 every afternoon"),
        ("Marcia B", "2 days ago", "Congrats Precious!! Lowbury girl 🙌🏾"),
        ("lowbury_lad", "1 day ago", "results are good fair play but the school still cant deal with the fights outside the chicken shop every friday, been like that for years and they do nothing"),
    ),
    related=("Lowbury sixth formers toast A-level success", "Free school meals take-up rises across borough")),
    E("school", "exact", "negative"),
    E("fadeyemiclarke", "exact", "neutral"),
    E("rhartley", "exact", "neutral"),
)  # fmt: skip

add("news", news("mercury", "Man charged after threats to teacher at Lowbury school gates", """
A 41-year-old man has been charged with making threats to kill after an incident outside a school in Lowbury.

Police were called to Marsh Lane at about 3.20pm on Tuesday 5 March following reports that a man had confronted a member of staff at the gates of Ashgrove Park Academy at home time.

The Metropolitan Police said the man had told the vice principal, Mr Okafor, that he would "find him after work" and "sort him out properly", in front of pupils and parents. He is also alleged to have said he knew which car Mr Okafor drove and what time he left.

Dwayne Samuels, of Tannery Street, SE29, was charged on Wednesday and remanded in custody to appear at Lowbury Magistrates' Court.

A spokesperson for the Riverlight Academies Trust said: "The safety of our pupils and staff is our priority. We are supporting our colleague and thank parents for their calm response."
""", byline="By Tom Reilly", date="7 March 2024", section="Crime",
    related=("Knife arch to be installed at Marsh Lane school", "Police step up patrols around Kestrel Hill")),
    E("school", "exact", "neutral"),
    E("cokafor", "title_surname", "threat"),
)  # fmt: skip

add("news", news("wire", "Lowbury Town land Okafor in club-record deal", """
Lowbury Town have completed the signing of striker Chidi Okafor from Millbrook Athletic for an undisclosed fee believed to be a club record.

Okafor, 23, came through the academy at Millbrook and scored 14 goals on loan in the National League last season. He grew up in Kestrel Hill, a ten-minute walk from the Lowbury Lane ground, and played Sunday league for Ashgrove Rovers as a boy.

"This is my manor," Okafor said at his unveiling. "My uncles used to bring me here when I was six. To wear the shirt is mad."

Manager Terry Walsh said: "Chidi is quick, strong and hungry. He'll score goals at this level and he understands what the club means to people round here."

Okafor is expected to go straight into the squad for Saturday's trip to Dartford Vale.
""", byline="By Sam Adeyemi, Sport", date="2 July 2024", section="Sport",
    comments=(("TownTillIDie", "3 hours ago", "about time we spent some money. up the town"),)),
)  # fmt: skip

add("news", news("council", "Children and Young People Scrutiny Committee - Minutes, 14 November 2023", """
Present: Councillors Abena Mensah (Chair), Leroy Campbell, Fiona Doherty, Mustafa Kaya, Gillian Rowe and Ola Bello. Co-opted members: Father Brendan Keane (Diocesan representative), Mrs Grace Ampofo (parent governor representative).

Officers: Director of Education, Head of School Place Planning, Principal Educational Psychologist, Head of Youth Services, Democratic Services Officer.

1. Apologies for absence. Apologies were received from Councillor Peter Lowe and from the Cabinet Member for Children's Services, who was attending a London Councils meeting.

2. Declarations of interest. Councillor Mensah declared a non-pecuniary interest as a governor of St Jude's Church of England Primary School. Councillor Kaya declared that a close relative is employed by the council's SEND transport contractor and said he would not take part in item 6.

3. Minutes of the previous meeting. The minutes of the meeting held on 12 September 2023 were agreed as a correct record, subject to correcting the spelling of Councillor Doherty's name in item 4.

4. Pupil place planning: primary reception demand 2024-2028. The Head of School Place Planning introduced the report. Reception applications across the borough had fallen for the fourth consecutive year, by 7.2 per cent since 2019, driven by lower birth rates, the cost of housing and families leaving inner London after the pandemic. Surplus reception places now stood at 14 per cent borough-wide and above 20 per cent in the Kestrel Hill planning area. Officers were consulting on reducing the published admission number at Ashgrove Primary School from 60 to 30 and on a federation between two smaller schools in the north of the borough. Members asked whether academies in the area would be asked to share the reduction. The officer said the council had no power to direct academies but was in discussion with the Riverlight Academies Trust, whose all-through school, Ashgrove Park Academy, currently admits 60 children to Reception. Councillor Rowe said parents in Kestrel Hill were confused by two schools with almost the same name on the same road and asked that the admissions booklet make the difference clearer. This was agreed.

RESOLVED: that the committee notes the report and asks officers to return in March with the outcome of the consultation.

5. Persistent absence: update on the borough attendance strategy. The Director of Education reported that persistent absence in Lowbury secondary schools was 24.1 per cent in the last academic year, above the London average, with the highest rates among pupils eligible for free school meals and pupils with an EHCP. Three schools had taken part in the "First Day Calling" pilot, in which families are contacted by a named member of staff before 10am on the first day of any unexplained absence. Ms Cevizoglu, Attendance and Welfare Officer at one of the pilot schools, attended to present the findings. She said the pilot had reduced unexplained absence in Year 7 by a third, largely because parents now had a person to talk to rather than an automated text. She noted that fixed penalty notices had a place but that most persistently absent children in her caseload were anxious, caring for a relative or waiting for a mental health assessment. Members thanked her for a clear and honest presentation. Councillor Campbell asked whether the pilot could be extended to primary schools. The Director said funding was being sought.

RESOLVED: that the committee recommends to Cabinet that the First Day Calling pilot is extended to all schools that wish to take part in 2024/25.

6. SEND home to school transport. The Head of SEND Transport reported that the new contract had started in September with significant problems: 46 complaints in the first fortnight, mostly about late pick-ups and drivers unfamiliar with routes. Members expressed serious concern that some children had missed the start of the school day for two weeks running. Mrs Ampofo said that for autistic children an unpredictable pick-up could ruin the whole day. The officer apologised and said penalties had been applied to the contractor. Councillor Bello asked for the number of complaints to be reported to every meeting until the end of the year.

RESOLVED: that monthly complaint figures are circulated to members.

7. Serious youth violence and the school day. The Head of Youth Services presented the joint report with the Metropolitan Police. The report noted a cluster of incidents between 3pm and 5pm near bus stops on Kestrel Hill Road and Marsh Lane. Members discussed the "safer routes home" scheme, in which staff from local schools, youth workers and shopkeepers are visible on key routes after school. Father Keane said churches along the route would open their doors as safe spaces. Councillor Doherty asked whether young people themselves had been consulted; the officer said the youth parliament would be presenting its own recommendations in the new year.

RESOLVED: that the committee endorses the safer routes home scheme and thanks partners for their work.

Members also asked about the effect of the cost of living on attendance. The Principal Educational Psychologist said that school-based anxiety referrals had almost doubled since 2021 and that many families could no longer afford bus fares for children who lived just inside the three-mile limit for free travel. Mrs Ampofo described parents she knew who kept older children at home to look after younger siblings while they worked early shifts. The Chair said it was important that the committee did not treat absence as simply a question of discipline, and asked that the next report include the views of young people and parents as well as figures.

8. Work programme. The committee agreed to add an item on exclusions and managed moves to the March meeting, and a visit to the Lowbury Pupil Referral Unit.

9. Any other business. There was none.

The meeting ended at 9.12pm. Date of next meeting: Tuesday 12 March 2024, 7pm, Committee Room 2, Lowbury Town Hall. Members of the public may attend or watch the webcast.

Contact: Democratic Services, 0113 496 0775. These minutes are draft until agreed at the next meeting.
""", section="Committee meetings"),
    E("school", "exact", "neutral"),
    E("zcevizoglu", "title_surname", "neutral"),
)  # fmt: skip

add("news", news("staffroom", "Riverlight trust to cut 40 support roles as deficit grows", """
One of south London's larger academy trusts is to cut around 40 support staff posts, including teaching assistants, to close a £2.3 million deficit, Staffroom Weekly can reveal.

The Riverlight Academies Trust, which runs eleven schools, told staff in a briefing on Monday that the cuts were "regrettable but unavoidable" after pay rises that were not fully funded and a fall in primary rolls.

Unison said the cuts would hit the trust's biggest school hardest. "At Ashgrove Park alone, nine teaching assistants who support children with EHCPs are at risk," regional organiser Carol Mbeki said. "Parents there already tell us SEND support is stretched to breaking point, with kids sitting in corridors because there's nobody to go into lessons with them. This will make it worse."

A trust spokesperson said every school's SEND provision would continue to meet statutory requirements, and that voluntary redundancy would be offered first.

The consultation closes on 30 April.
""", byline="By Jess Warburton", date="4 April 2024", section="Academies",
    comments=(("TA_of_20yrs", "4 April 2024", "Same story at every trust. CEO pay goes up, TAs get the chop."),)),
    E("school", "alias", "negative"),
)  # fmt: skip

add("news", news("mercury", "PE teacher denies assaulting boy, 15, in changing room", """
A PE teacher at a Lowbury school has pleaded not guilty to assaulting a 15-year-old pupil.

Delroy Campbell, 46, head of PE at Ashgrove Park Academy, appeared at Lowbury Magistrates' Court on Monday charged with common assault.

The prosecution alleges that Campbell grabbed the boy by the collar and pushed him against a locker in the boys' changing room in January after the pupil refused to hand over a mobile phone. The defence said Mr Campbell had "stepped between two boys who were squaring up" and denied using any force beyond what was necessary.

District Judge Helen Moore set a trial date of 18 June and released Campbell on unconditional bail. He has been suspended by the school, which said it was unable to comment while proceedings were ongoing.
""", byline="Court reporter", date="15 April 2024", section="Crime",
    comments=(
        ("SE29mum", "15 April 2024", "Mr Campbell has coached my son for 5 years, there is no way. Innocent until proven guilty people."),
        ("RealistRay", "15 April 2024", "no smoke without fire"),
    )),
    E("school", "exact", "neutral"),
    E("dcampbell", "exact", "defamation"),
)  # fmt: skip

add("news", news("wire", "Lowbury MP demands answers over 'broken' school funding formula", """
Lowbury and Kestrel Hill MP Andrea Campbell has written to the education secretary demanding an explanation for real-terms cuts to per-pupil funding in inner London.

In a letter seen by London Wire, Ms Campbell said schools in her constituency had lost the equivalent of £410 per pupil since 2015 once inflation and unfunded pay rises were taken into account.

"Headteachers in Lowbury tell me they are choosing between a school counsellor and a science technician," she wrote. "That is not a choice anyone should have to make."

Janet Obi, headteacher of Ashgrove Primary School, a council-run school in Kestrel Hill, said she had cut two teaching assistant posts and the school's breakfast club this year. "We have children who come in hungry. The breakfast club was the only hot thing some of them had before lunch," she said.

The Department for Education said core schools funding was at its highest ever level in cash terms.

Ms Campbell, who was elected in 2019, is a former primary teacher and chairs the all-party group on school food.
""", byline="By Kemi Adebayo, Political Correspondent", date="12 February 2024", section="Politics",
    related=("Campbell: 'I won't vote for cuts to free school meals'", "Kestrel Hill food bank sees record demand")),
)  # fmt: skip

add("news", news("inspect", "Ashgrove Park Academy - Inspection report", """
Inspection of Ashgrove Park Academy. Marsh Lane, Lowbury, London SE29 4QT. Inspection dates: 8 and 9 March 2022.

Overall effectiveness: Requires improvement. The quality of education: Requires improvement. Behaviour and attitudes: Requires improvement. Personal development: Good. Leadership and management: Good. Early years provision: Good. Sixth-form provision: Good. Previous inspection grade: Good.

What is it like to attend this school?

Pupils in the primary phase are happy and safe. They enjoy coming to school and talk enthusiastically about the books they read in class. Children in the early years settle quickly into well-established routines. Relationships between adults and children are warm.

In the secondary phase, pupils' experiences are too variable. Many pupils behave well and work hard, but in some lessons, particularly in key stage 3, low-level disruption interrupts learning and is not consistently challenged. Some pupils told inspectors that corridors at lunchtime can feel crowded and boisterous, and that they do not always feel that adults deal with unkind behaviour quickly enough. Leaders have recently introduced a new behaviour policy. It is beginning to make a difference but is not yet applied consistently by all staff.

Students in the sixth form are positive about their education. They value the careers guidance they receive and the wide range of enrichment activities, including music, debating and sport. The proportion of students going on to university, apprenticeships or employment is high.

Pupils have many opportunities to develop beyond the academic curriculum. The school's music provision is a strength, and large numbers of pupils take part in choirs, bands and music technology clubs. Pupils learn about different faiths and cultures, and many said that the diversity of the school community is one of the things they like most about it.

What does the school do well and what does it need to do better?

Leaders have designed an ambitious curriculum from Reception to Year 13. In most subjects, they have thought carefully about what pupils should learn and in what order. In the primary phase, the teaching of early reading is effective. Staff are well trained in the school's phonics programme, and pupils who fall behind receive the help they need to catch up quickly. Pupils read books that are well matched to the sounds they know.

In the secondary phase, the curriculum is well sequenced in English, science and music. However, in some other subjects, including mathematics and humanities in key stage 3, leaders' curriculum thinking is not implemented consistently. Teachers do not always check what pupils have understood before moving on. As a result, some pupils have gaps in their knowledge that are not identified and addressed. Outcomes in mathematics at the end of key stage 4 have been below the national average for the last two published years.

Leaders have an accurate understanding of the needs of pupils with special educational needs and/or disabilities (SEND). Pupils' needs are identified early. However, the information that teachers are given about how to adapt their teaching for pupils with SEND is not used consistently in the secondary phase. Some pupils with SEND, therefore, do not access the full curriculum as well as they should.

Attendance is too low, particularly for disadvantaged pupils in key stage 4. Leaders have strengthened their systems for following up absence, and the school's attendance team works closely with families. These actions are at an early stage and have not yet led to sustained improvement.

The new behaviour policy sets high expectations. Where it is applied consistently, pupils behave well and learn without interruption. Suspensions have risen since its introduction. Leaders are monitoring this carefully, including the disproportionate number of suspensions for some groups of pupils.

The personal development programme is well planned. Pupils learn about healthy relationships, staying safe online and the risks of criminal exploitation in an age-appropriate way. The careers programme meets the requirements of the provider access legislation.

Trustees and the local governing body know the school well. They provide appropriate challenge and support to leaders. Staff say that leaders are mindful of their workload and well-being, although some secondary staff said that the pace of change had been demanding.

Safeguarding. The arrangements for safeguarding are effective. Leaders have created a strong culture of safeguarding. Staff are well trained and know how to report concerns. Leaders work well with external agencies to get pupils and families the help they need. Pupils learn how to keep themselves safe, including from local risks such as knife crime and exploitation.

What does the school need to do to improve?

In some subjects in key stage 3, the curriculum is not implemented consistently well. Leaders should ensure that teachers check pupils' understanding systematically and address misconceptions before moving on.

The behaviour policy is not applied consistently by all staff in the secondary phase. Low-level disruption sometimes interrupts learning. Leaders should ensure that all staff apply the policy consistently so that pupils can learn without disruption.

Too many pupils, particularly disadvantaged pupils, are persistently absent. Leaders should continue to develop their work with families so that these pupils attend school regularly.

How can I feed back my views? You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think.

School details. Unique reference number: 149327. Local authority: Lowbury. Inspection number: 10228741. Type of school: All-through. School category: Academy sponsor led. Age range of pupils: 4 to 18. Gender of pupils: Mixed. Number of pupils on the school roll: 1,942. Of which, number on roll in the sixth form: 236. Appropriate authority: Board of trustees. Chair of trust: Dr Marcus Whitfield. Principal: Folasade Adeyemi-Clarke. Website: www.ashgroveparkacademy.example. Date of previous inspection: 27 and 28 June 2017.

Information about this school. The school is part of the Riverlight Academies Trust. The principal took up post in September 2021. The school uses one registered alternative provider. The proportion of pupils eligible for free school meals is well above the national average. Most pupils come from minority ethnic backgrounds, and over half speak English as an additional language.

Information about this inspection. Inspectors carried out deep dives in early reading, mathematics, science, history and music. Inspectors met the principal, other senior leaders, the special educational needs coordinator, members of the local governing body and the chief executive of the trust. Inspectors considered 212 responses to Ofsted Parent View and 98 responses to the staff survey.
""", section="Schools"),
    E("school", "exact", "negative"),
    E("fadeyemiclarke", "exact", "neutral"),
)  # fmt: skip

add("news", news("mercury", "Police appeal after racist graffiti targets Marsh Lane teacher", """
Police are appealing for witnesses after racist graffiti naming a teacher was sprayed on the wall of a Lowbury school.

The words, in red paint, were discovered by a caretaker at about 6.30am on Monday on the Marsh Lane boundary wall of Ashgrove Park Academy.

The graffiti included a racial slur, the words "go back to Africa" and the name of a member of staff, head of year Mr Mensah. It was painted over before pupils arrived.

Detective Sergeant Nikos Petrou said: "This was a targeted racially aggravated offence. We are treating it extremely seriously and would ask anyone who was in Marsh Lane between 10pm on Sunday and 6am on Monday to contact us."

A trust spokesperson said staff and pupils had been "shocked and saddened" and that the teacher was being supported.
""", byline="By Hannah Osei", date="30 January 2024", section="Crime",
    comments=(
        ("Beverley T", "30 January 2024", "Disgusting. Mr Mensah taught both my boys and he is a gentleman. Hope they catch whoever did it."),
        ("KestrelHillDave", "30 January 2024", "Lowbury's not what it was"),
        ("mo_ak", "31 January 2024", "cowards doing it at night. man's been at that school since I was in year 7"),
    )),
    E("school", "exact", "neutral"),
    E("kmensah", "title_surname", "hate"),
)  # fmt: skip

add("news", news("mercury", "End of an era as Yildiz Grill shuts after 31 years", """
Generations of Lowbury diners will have to find somewhere else for a late-night doner after Yildiz Grill on Kestrel Hill Road closed its doors on Saturday.

Mehmet Yildiz, 67, opened the restaurant in 1993 with his late wife Ayşe after arriving from Kayseri. "We had one grill, four tables and no English," he laughed. "Now the grandchildren of my first customers come in."

The restaurant became a local institution: cab drivers at 3am, families on Friday nights and hordes of hungry kids from the schools on Marsh Lane at ten to four. "They come in with a pound and want a feast," said Mr Yildiz. "Sometimes I let them have it."

Rising rent and energy bills made the business unsustainable, he said. His son Burak, a former Lowbury Town midfielder, now runs a barbers two doors down.

Regulars packed the restaurant for a final night on Saturday. "It's the end of something," said Denise Hall, 58, who had her first date there in 1994.
""", byline="By Tom Reilly", date="19 February 2024", section="News",
    comments=(("Gary_L", "19 Feb", "best chilli sauce in south london. gutted"),)),
)  # fmt: skip

add("news", news("staffroom", "Music teacher's grime workshop video hits two million views", """
A lesson in which a south London music teacher breaks down how a grime instrumental is built has been watched more than two million times on TikTok.

Olatunde Adewusi, head of music at Ashgrove Park Academy in Lowbury, filmed the 90-second clip during a Year 9 music technology lesson. In it he layers a square-wave bassline, a sparse 140bpm drum pattern and a string stab while explaining syncopation and the history of the genre.

"The kids know this music better than I do," he told Staffroom Weekly. "If I can use it to teach them what a syncopated rhythm is, or what a minor key does to your stomach, why wouldn't I?"

Mr Adewusi, who produced for several pirate-radio MCs before training as a teacher, said music GCSE entries at the school had tripled in five years.

One student, 14, said: "Sir is different. He's actually made tunes. You can't chat rubbish in his lessons because he knows."
""", byline="By Priya Raman", date="9 November 2023", section="News"),
    E("school", "exact", "neutral"),
    E("tadewusi", "exact", "neutral"),
)  # fmt: skip

add("news", news("wire", "Parents protest over £48 blazer as academy changes uniform supplier", """
Parents at a Lowbury school have launched a petition against a new branded uniform which they say will cost families more than £150 per child.

Ashgrove Park announced in June that from September all secondary pupils must wear a new blazer with an embroidered crest, available only from a single supplier at £48, along with a branded tie, jumper and PE kit.

More than 900 people have signed the petition, which calls the change "a tax on poor families in a cost of living crisis".

"I've got three kids there," said one mother. "That's nearly £500 before you've bought a pair of shoes. The school keeps talking about belonging. Belonging to what, a catalogue?"

Principal Mrs Adeyemi-Clarke said the blazers were hard-wearing, that a second-hand uniform shop would open in September, and that families in hardship could apply for help from a uniform fund.
""", byline="By Kemi Adebayo", date="3 July 2024", section="London",
    comments=(
        ("ThriftyLowbury", "3 July 2024", "The price of that blazer is daylight robbery. Sainsbury's do a whole uniform for 20 quid"),
        ("Gav", "3 July 2024", "Every school does this now"),
        ("Ruth K", "4 July 2024", "Good on the parents. Price of everything has gone mad and schools are meant to know better."),
    )),
    E("school", "alias", "negative"),
    E("fadeyemiclarke", "title_surname", "neutral"),
)  # fmt: skip

add("news", news("dales", "Teaching assistant jailed for stealing £18,000 from school fund", """
A teaching assistant who stole more than £18,000 from a Thornbridge school's trip fund to pay for holidays has been jailed for 16 months.

Leeds Crown Court heard that Lorraine Pickles, 52, took cash handed in by parents for residential trips at Ashgrove High School over three years and covered her tracks with forged receipts.

The theft came to light when a trip to the Lake District had to be cancelled because the deposit had never been paid.

Headteacher Mark Price said in a statement read to the court that the betrayal had been "felt by every family in the school" and that the trip had since been paid for by local businesses.

Pickles, of Moor View, Thornbridge, admitted theft and fraud by abuse of position.
""", byline="By Andrew Sykes", date="11 October 2023", section="Court"),
)  # fmt: skip

add("news", news("mercury", "Rovers U16s lift Lowbury Cup in penalty thriller", """
Ashgrove Rovers Under-16s are county cup winners after beating Kestrel Hill Juniors 5-4 on penalties at the Lowbury Lane ground on Sunday.

The final finished 2-2 after extra time, with Rovers twice coming from behind through goals from captain Tayo Bakare and substitute Eren Aksoy.

Keeper Jayden Byrne saved the decisive penalty. "I just went left because I always go left," the 15-year-old grinned.

Coach Tony Hartley, who has run the side since they were Under-9s, said: "These boys have been together seven years. Half of them couldn't kick a ball straight when they started. I'm so proud."

The club is looking for volunteers to coach its new girls' Under-10s team. Contact the club via its website.
""", byline="By Sam Adeyemi", date="13 May 2024", section="Sport"),
)  # fmt: skip

add("news", news("mercury", "Hundreds gather for vigil after death of Kyrie Boateng, 17", """
Hundreds of people gathered on Kestrel Hill Road on Friday evening to remember Kyrie Boateng, the 17-year-old who was stabbed near a bus stop last week.

Friends released blue balloons, his favourite colour, and a gospel choir from a local church sang. His mother, Abena Boateng, thanked the community for its support and begged young people to "put the knives down".

Kyrie was a former pupil at Ashgrove and had been studying for a BTEC in sport at a college in Croydon. Kwame Mensah, who was his head of year, told mourners: "He was cheeky, he was kind and he could make the whole of Year 9 laugh in assembly when I was trying to be serious. We have lost a good one."

A 19-year-old man has been charged with murder and will appear at the Old Bailey next month.

A fundraiser for the funeral has raised more than £22,000.
""", byline="By Hannah Osei", date="8 December 2023", section="News",
    comments=(("Tash_SE29", "8 Dec", "RIP Kyrie 💙 too young"),)),
    E("school", "short_name", "neutral"),
    E("kmensah", "exact", "neutral"),
)  # fmt: skip

add("news", news("wire", "Academy maths teacher suspended over messages to pupils", """
A maths teacher at a Lowbury academy has been suspended while police investigate claims he sent inappropriate messages to pupils on social media.

The Riverlight Academies Trust confirmed that a member of staff at Ashgrove Park Academy had been "removed from the school pending an investigation" and that it was "working closely with the police and the local authority designated officer".

Parents have named the teacher on social media as Mr Yildiz. It is understood the messages were sent to at least two girls in Year 10 over Snapchat, and that one girl's older sister reported them to the school.

One mother, whose daughter is in Year 10, said: "We found out from a WhatsApp group before we heard a single word from the school. That's not good enough. They should have written to every parent the same day."

The Metropolitan Police said officers were "assessing information" and no arrests had been made.
""", byline="By Kemi Adebayo", date="18 September 2024", section="London",
    comments=(
        ("Concerned_Lowbury_Dad", "18 Sept", "how did the school not pick this up. whats the point of all the safeguarding training"),
        ("J.M.", "18 Sept", "Careful naming people before anything is proven."),
    )),
    E("school", "exact", "negative"),
    E("eyildiz", "title_surname", "sexual", url_only=True),
)  # fmt: skip

add("news", news("council", "Planning application 24/01187/FUL - Marsh Lane, SE29", """
Application reference: 24/01187/FUL. Site address: Ashgrove Park Academy, Marsh Lane, Lowbury, London SE29 4QT. Proposal: Erection of a two-storey sports hall with changing facilities, four-court multi-use games area with 3m fencing and floodlighting, and associated landscaping and cycle parking. Applicant: Riverlight Academies Trust. Agent: Harbour & Vine Architects. Ward: Kestrel Hill. Case officer: Nadia Sultana. Status: Awaiting decision. Consultation expiry: 21 June 2024.

Documents: Application form (redacted). Design and access statement. Transport statement. Floodlighting assessment. Arboricultural impact assessment. Community use agreement (draft). Supporting statement from Mr D. Campbell, Head of PE (PDF, 2 pages). Letter of support from Ashgrove Rovers FC.

Public comments (11). Summary of comments: 7 objections, 4 in support.

Object - 12 Heron Close: The floodlights will shine straight into our back bedrooms until 9pm. Marsh Lane is already gridlocked at 8.30 and 3.15 and evening lettings will make parking worse.

Object - 3 Heron Close: Loss of two mature plane trees. The arboricultural report admits they are healthy.

Support - Lowbury Sports Network: There is no indoor sports hall open to the public anywhere in Kestrel Hill. The community use agreement would give local clubs access on evenings and weekends.

Support - resident, Tannery Street: My daughter plays netball outdoors in January in the dark. About time.

Object - 40 Marsh Lane: Not against the hall but the floodlights should go off at 8pm.
""", section="Planning"),
    E("school", "exact", "neutral"),
    E("dcampbell", "initial_surname", "neutral"),
)  # fmt: skip

add("news", news("wire", "Hartley under fire over £9,000 second-home claim", """
Lowbury North MP Simon Hartley is facing calls to repay more than £9,000 in expenses after it emerged he claimed for a flat in Westminster while renting out his constituency home.

The parliamentary standards commissioner has opened an investigation. Mr Hartley, a former academy chain director who sits on the education select committee, said all claims had been "made within the rules and approved at the time".

Opposition councillors in Lowbury said the claims were "an insult to families choosing between heating and eating".

Mr Hartley was first elected in 2017 with a majority of 3,212.
""", byline="By Kemi Adebayo", date="20 May 2024", section="Politics",
    comments=(("Pete from Lowbury", "20 May", "Hartley's been taking the mick for years"),)),
)  # fmt: skip

add("news", news("wire", "Man arrested after teacher's home address shared in Facebook group", """
A 38-year-old man has been arrested on suspicion of harassment after the home address of a Lowbury teacher was posted in a local Facebook group with more than 20,000 members.

The post, which appeared on Sunday evening, named Siobhan Byrne, the special educational needs coordinator at Ashgrove Park Academy, and gave the street and house number where she lives with her family. It urged parents unhappy with the school's handling of EHCP applications to "go and have a word".

It was removed by the group's administrators after around three hours, by which time it had been shared more than 60 times.

The National Education Union said it was "appalled" and that school staff "should never have to fear for their families because of decisions made under a broken SEND system".

The man has been released on bail. Police have asked anyone who shared the post to delete it.
""", byline="By Priya Raman", date="10 June 2024", section="London"),
    E("school", "exact", "neutral"),
    E("sbyrne", "exact", "doxxing"),
)  # fmt: skip

add("news", news("staffroom", "'We're firefighting': SENCos on the front line of the EHCP crisis", """
Ask a special educational needs coordinator how their week is going and you will probably get a hollow laugh.

Staffroom Weekly spoke to five SENCos across England about caseloads, tribunals and the gap between what the law promises and what schools can deliver.

Siobhan Byrne has been a SENCo for eleven years, the last six at an all-through academy in south London with nearly 2,000 pupils. Her register has grown from 190 pupils to more than 330 in that time, and the number with an education, health and care plan has more than doubled.

"I spend my days writing paperwork for plans that take a year to arrive and then name provision the local authority won't fund," she says. "And in between I'm the person a parent screams at in the car park, because I'm the face of a system that's failing their child. I don't blame them. I'd scream too."

In Swansea, primary SENCo Gareth Lloyd has given up his own class to do the role full time. "The job used to be about teaching. Now it's about evidence. You are building a legal case for every child."

In Norfolk, Ruth Evans says waits for an educational psychologist have reached 14 months.

All five said they had considered leaving the profession in the past year. Four said they would not recommend the role to a younger colleague.

The Department for Education said its SEND improvement plan would "restore families' confidence" and that high needs funding had risen to £10.5 billion.
""", byline="By Jess Warburton", date="1 March 2024", section="SEND"),
    E("sbyrne", "exact", "neutral"),
)  # fmt: skip

add("news", news("mercury", "Firefighters tackle blaze at Kestrel Hill deli", """
Around 30 firefighters were called to a fire at a Polish delicatessen on Kestrel Hill Road in the early hours of Wednesday.

The fire started in a storeroom at the back of Kowalczyk Deli shortly after 2am. Two people living in the flat above were led to safety by crews and nobody was injured.

Owner Tomasz Kowalczyk, who opened the shop in 2006, said he was "devastated but grateful that everyone is safe". He hopes to reopen within a month.

The London Fire Brigade said the cause is believed to have been an electrical fault in a chest freezer. Regulars have started a collection to help the family.
""", byline="By Tom Reilly", date="6 September 2023", section="News"),
)  # fmt: skip

add("news", news("wire", "Okafor: 'Lowbury raised me, and it nearly broke me'", """
There is a point, about halfway through our interview in a Kestrel Hill café, when Okafor stops talking, looks out of the window at the 436 grinding up the hill and laughs. "I used to bunk off on that bus," he says. "Top deck, back seat, all the way to the end and back."

Born Tobenna Okafor, the 24-year-old MC has become one of the most talked-about voices in British grime. His debut album, Marsh Lane Mornings, went top ten in March, and he headlines Brixton next month.

He is frank about his teenage years. "I went Ashgrove, innit. I was a nightmare. Excluded twice, nearly permanent. Mr Campbell was the only teacher who rated me. He used to say, if you put the energy you put into arguing into the 400 metres, you'd be in the Olympics. He'd let me sit in the PE office at lunch so I weren't outside getting into madness."

It was a music teacher at a youth club, not school, who first put a mic in his hand. "I won't lie, lessons weren't for me. But I never forgot that one man believed in me."

Marsh Lane Mornings is out now.
""", byline="By Ayo Fashola, Culture", date="14 April 2024", section="Culture",
    comments=(("grimehead_99", "2 days ago", "Okafor the realest out of south right now"),)),
    E("school", "short_name", "neutral"),
    E("dcampbell", "title_surname", "neutral"),
)  # fmt: skip

add("news", news("mercury", "Letter: The Marsh Lane school run is a disgrace", """
Sir, I have lived on Marsh Lane for 34 years. Every weekday morning between 8.15 and 8.45 the road outside Ashgrove Park Academy becomes a car park. Parents park on the zigzags, across driveways and on the pavement. Last week an ambulance could not get through to my neighbour.

I have written to the school three times. I have had one reply, telling me they "remind parents regularly". Reminding is not enough. The academy has nearly 2,000 pupils and not a single member of staff outside at drop-off. Other schools manage staggered start times and a school street closure. Why can't this one?

The council must act before a child is killed.

Name and address supplied.
""", section="Letters"),
    E("school", "exact", "negative"),
)  # fmt: skip

add("news", news("wire", "Ashgrove Park rated Good two years after 'requires improvement' verdict", """
A Lowbury all-through school has been rated Good by Ofsted two years after inspectors criticised inconsistent behaviour and low attendance.

Inspectors who visited Ashgrove Park in May said behaviour was now "calm and purposeful" and that leaders had "transformed" attendance, with persistent absence falling by a third.

The report praised the school's music provision and early reading, and said pupils with special educational needs were "well supported by a skilled team".

Folasade Adeyemi-Clarke, who became principal in 2021, said: "This is about thousands of small things done every day by staff who love these children. I'm so proud of them."

The report said leaders should continue to improve outcomes in mathematics.
""", byline="By Kemi Adebayo", date="27 June 2024", section="London"),
    E("school", "alias", "neutral"),
    E("fadeyemiclarke", "exact", "neutral"),
)  # fmt: skip

add("news", news("wire", "Life on the 436: one day on the bus route that carries south London", """
The first 436 of the day leaves Lowbury garage at 4.52am, and by the time it reaches the bottom of Kestrel Hill it is already half full. Cleaners, mostly. Women in tabards and fleeces, earphones in, eyes closed, heading for offices in the City that need to be spotless before anyone important arrives. Nobody speaks. A man in hi-vis eats a croissant very slowly, as if it is the only quiet thing he will do all day.

The driver this morning is Del, who has been on the route for nineteen years and knows most of the early regulars by sight if not by name. "The 5am lot are the best passengers in London," he says. "They say thank you. They never give you grief. They're too tired to give you grief."

Route 436 runs from Lowbury garage through Kestrel Hill, Marsh Lane and the Tannery estate before crossing the borough boundary and crawling on towards central London. It is not a glamorous route. It does not appear on postcards. But for the tens of thousands of people who use it every week it is something closer to a lifeline, and the proposal by Transport for London to cut its frequency from every eight minutes to every twelve has caused more anger in Lowbury than almost anything in recent memory.

By 6.30am the bus is full of construction workers, nurses coming off nights at the hospital and a handful of early commuters in suits who look slightly embarrassed to be there. A woman called Grace, who works as a healthcare assistant, tells me she has done a twelve-hour shift and has another one tonight. "If they cut the bus I'll be standing at that stop for twenty minutes in the rain after a night shift," she says. "They don't think about people like me when they do the maths."

Then comes the school run, and the atmosphere changes completely. From about 7.45am the bus fills with children: tiny ones holding their mums' hands, teenagers in blazers with their ties already loosened, sixth formers trying to look as if they are not in school uniform at all. The noise goes up by about forty decibels. Someone is playing drill from a phone speaker. Someone else is doing their maths homework on their knee and asking a friend, loudly, what a quadratic is.

A gaggle of Year 8s from Ashgrove sit at the back of the top deck and argue about whether a hot dog is a sandwich. They are, it must be said, incredibly loud, but also funny, and a pensioner sitting in front of them is openly eavesdropping and trying not to laugh. When they get off at Marsh Lane one of them shouts "thank you driver" so loudly that Del flinches.

Mid-morning is the quiet part of the day. The bus carries pensioners going to the market, mums with buggies, people going to job centre appointments and hospital appointments and benefits appointments. A man called Sunil, 81, tells me he rides the 436 to the end and back most days because it is warm and because he likes to see people. "My wife died in 2019," he says. "The house is very quiet. On the bus there is always someone to talk to, or at least to listen to."

It is a point made again and again by people who campaign for bus services: for older people, buses are not just transport but company. Lowbury Council's own research found that more than a third of residents over 75 said they felt lonely most days.

At lunchtime there is a brief rush of office workers and students, and then a long, slow afternoon. The traffic on Kestrel Hill Road, where a new housing development has closed one lane for eight months, is dreadful. At one point it takes us fourteen minutes to move three stops. A man with a toddler gets off and walks instead, muttering.

The 3pm rush is the one drivers dread. Schools empty out within half an hour of each other, and for about forty minutes the bus is packed beyond anything that seems physically possible. There have been fights on this route. There have been worse things: the stabbing of 17-year-old Kyrie Boateng near a stop on Kestrel Hill Road last year is still raw here, and a small shrine of flowers and blue ribbons remains tied to the bus shelter. Police and youth workers now stand at key stops after school as part of a "safer routes home" scheme, and drivers say it has made a difference.

"Most of the kids are good kids," says Del's colleague Marcia, who drives the afternoon shift. "Loud, yes. Rude sometimes. But they're kids. You have to remember that some of them have got more going on at home than you'd believe."

By early evening the bus fills again with people going home, and by 9pm with people going to work: security guards, cleaners, warehouse staff. The price of a single fare is the same as it was in 2016, one of the few things in London that is, and for many passengers that matters enormously.

Transport for London says the frequency change is needed to save money and reflects changes in travel patterns since the pandemic. It says the new timetable will still provide "a high-frequency service". Campaigners have collected 14,000 signatures against the cut, and Lowbury's two MPs have both written to the mayor.

The last 436 leaves central London at 00.41. Tonight it carries a group of young women coming home from a birthday, a man asleep with his head against the window, and a nurse reading a paperback. As we climb Kestrel Hill the driver, a young man called Yusuf who has been driving for three months, says he loves the night shift. "It's calm," he says. "Everybody's tired. Everybody just wants to get home. That's all anybody on this bus ever wants, really."

A consultation on the proposed changes closes on 31 October.
""", byline="By Ellie Marsh", date="12 October 2024", section="Transport",
    comments=(
        ("Sunil's neighbour", "12 Oct", "Lovely piece. Save the 436."),
        ("TfL_watch", "13 Oct", "Frequency cuts by stealth. Signed the petition."),
    ),
    related=("TfL bus cuts: what's changing in south London", "Kestrel Hill Road roadworks to last until spring")),
    E("school", "short_name", "neutral"),
)  # fmt: skip

add("news", news("court", "Mother fined for 200 abusive messages to school attendance officer", """
A Lowbury mother who bombarded a school attendance officer with more than 200 abusive messages over six weeks has been fined and made the subject of a two-year restraining order.

Lowbury Magistrates' Court heard that Leanne Fairweather, 36, began messaging Zeynep Cevizoglu, who works at Ashgrove Park Academy, after her son was issued with a fixed penalty notice for unauthorised absence.

The messages, sent by text, email and through a fake Instagram account, called Ms Cevizoglu "a parasite", "a snake" and "a stuck-up cow who hates working-class families", and some referred to her appearance. Prosecutor Daniel Mensah said Ms Cevizoglu had "dreaded turning on her phone".

In a victim statement, Ms Cevizoglu said: "I became an attendance officer because I wanted to help children get back into school. I have never had anything like this."

Fairweather, of Heron Close, pleaded guilty to harassment. She was fined £480 and ordered to pay £200 compensation. Her solicitor said she had been under enormous stress and was "deeply ashamed".
""", byline="Court reporter", date="22 May 2024", section="Magistrates"),
    E("school", "exact", "neutral"),
    E("zcevizoglu", "exact", "abuse"),
)  # fmt: skip

add("news", news("staffroom", "Trust CEO's £245,000 salary 'indefensible', say unions", """
The chief executive of a south London academy trust that is cutting support staff posts was paid up to £245,000 last year, accounts show.

Dr Marcus Whitfield, who leads the Riverlight Academies Trust, received a 7 per cent rise, according to accounts filed at Companies House. The trust, which runs eleven schools including Ashgrove Park Academy in Lowbury, is consulting on 40 redundancies.

The National Education Union called the pay "indefensible". The trust said the CEO's salary was set by an independent remuneration committee and benchmarked against similar trusts.

Academy trusts must report any staff paid more than £100,000. The number of trust leaders paid more than £150,000 rose again last year.
""", byline="By Jess Warburton", date="30 January 2024", section="Academies"),
    E("school", "exact", "neutral"),
)  # fmt: skip

add("news", news("mercury", "Boy, 15, arrested over 'shooting' threat against Lowbury school", """
A 15-year-old boy has been arrested after a post on social media threatened a shooting at a school in Lowbury.

The post, shared on Snapchat and TikTok on Sunday night, said that Ashgrove Park Academy would be "shot up" on Monday morning and told pupils not to come in. It spread rapidly across Kestrel Hill WhatsApp groups.

Police said there was no evidence the boy had access to a firearm, but officers were deployed to Marsh Lane at the start of the school day as a precaution. The school stayed open. Attendance on Monday was around 70 per cent.

The boy has been released on bail. Police urged parents to talk to their children about the consequences of making threats online, "even as a joke".
""", byline="By Tom Reilly", date="26 February 2024", section="Crime",
    comments=(("worried_mum_se29", "26 Feb", "kept mine home. sorry but not risking it"),)),
    E("school", "exact", "threat"),
)  # fmt: skip

add("news", news("mercury", "Knife arch to be installed at Marsh Lane school", """
A Lowbury school is to install a walk-through metal detector at its main entrance after two pupils were found carrying knives this term.

Chukwuemeka Okafor, vice principal at Ashgrove Park Academy, said the arch would be used on random days rather than every morning. "We don't want school to feel like an airport," he said. "But parents have told us loud and clear that they want to know their children are safe, and we have to listen."

The move has divided parents. Some said it would reassure them; others said it would make children feel criminalised.

Youth worker Jerome Asante said schools could not solve knife crime on their own. "The arch stops the knife at the gate. It doesn't stop the reason a 14-year-old thinks he needs one."
""", byline="By Hannah Osei", date="14 March 2024", section="Schools",
    comments=(
        ("Dee", "14 March", "About time. My son says half the year carry something."),
        ("Lowbury Dad of 3", "14 March", "treating black boys like criminals from age 11. this is not the answer"),
    )),
    E("school", "exact", "neutral"),
    E("cokafor", "exact", "neutral"),
)  # fmt: skip

# ---- forums: parent forums, threadit, community boards, student and teacher forums

add("forum", forum("parentchat", "Secondary schools", "Ashgrove Park vs St Jude's for Y7 - help!!", (
    ("Mama_Tolu", "Posted 2 Oct 2023", "DS is in Y6 and we've got to put the form in by the 31st. Torn between Ashgrove Park (2 mins walk, he's there already for primary so he knows everyone) and St Jude's (bus, better results, more uptight). Anyone got kids at either? Be honest pls"),
    ("SE29Sarah", "2 Oct 2023", "DD in Y8 at Ashgrove Park. Honestly mixed. Some teachers are amazing - Mr Mensah as head of year is a legend, he knows every kid by name and he actually rings you back. But behaviour in some lessons is peak, she says some classes are basically a zoo and the teacher just gives up. And the toilets are locked half the day."),
    ("Mama_Tolu", "2 Oct 2023", "that's what I'm worried about tbh. he's easily led"),
    ("jude_parent_x", "3 Oct 2023", "St Jude's is strict but my two are fine there. Bus is a pain though."),
    ("Ola_Lowbury", "3 Oct 2023", "my nephew left APA in year 9 cos of the bullying, school did nothing until my sister threatened to go to the papers. could be better now idk"),
)),
    E("school", "alias", "negative"),
    E("kmensah", "title_surname", "neutral"),
)  # fmt: skip

add("forum", forum("parentchat", "Special educational needs", "AIBU to think the SENCo at DS's school is useless?", (
    ("tired_mum_of_3", "Posted 14 Jan 2024", "DS (Y8, autistic, ADHD, EHCP in progress) is at Ashgrove. I have emailed Mrs Byrne five times since October. FIVE. One reply, which said she'd 'look into it'. Meanwhile he's been put in isolation three times for things that are literally in his diagnosis. The SEN provision at that school is a joke, they tick boxes for Ofsted and that's it. AIBU?"),
    ("CoffeeNotWine", "14 Jan 2024", "YANBU. Put everything in writing and copy in the principal. Then the governors."),
    ("SENDparent_ldn", "14 Jan 2024", "Tbf from what I hear the SENCo there has 300+ kids on her list. Not her fault the system is broken. But isolation for autistic behaviours is not OK and you should challenge that."),
    ("tired_mum_of_3", "15 Jan 2024", "I get she's stretched, I do. But a reply would be nice"),
    ("Jac_kestrel", "15 Jan 2024", "Contact IPSEA, they're brilliant. Good luck x"),
)),
    E("school", "short_name", "negative"),
    E("sbyrne", "title_surname", "negative"),
)  # fmt: skip

add("forum", forum("threadit", "r/london", "Why are the school kids on the 436 so loud?? genuine question", (
    ("u/just_moved_from_leeds", "8 points · 5 mo ago", "Moved to Lowbury in Sept. Every afternoon around 3.30 the bus fills up with kids from the ashgrove school on marsh lane and it's like being inside a fire alarm. Is this normal for London or is that school just particularly bad? Teachers don't seem to do anything about it"),
    ("u/sarf_london_og", "22 points · 5 mo ago", "welcome to london fam 😂 kids are loud everywhere. ashgrove ones are just loud AND bare numerous"),
    ("u/kestrel_ken", "14 points · 5 mo ago", "it's not the teachers job once they're off site tbh. get the 3.10 or the 4.15 and you'll be fine"),
    ("u/just_moved_from_leeds", "3 points · 5 mo ago", "fair. 4.15 it is"),
    ("u/notadoctorbut", "9 points · 5 mo ago", "My daughter goes there and honestly the school could do more. They had staff on the stops for like a month after the stabbing and then just stopped. That's on them."),
)),
    E("school", "short_name", "negative"),
)  # fmt: skip

add("forum", forum("threadit", "r/TeachingUK", "Anyone worked at Ashgrove Park Academy (Riverlight)? Interview next week", (
    ("u/nqt_no_more", "31 points · 1 yr ago", "As title. Applying for a Y5 post in the primary phase. Anything I should know about the trust, SLT, workload? Feel free to DM if you'd rather not post."),
    ("u/sardonic_science", "27 points · 1 yr ago", "Left last summer. Primary side is lovely genuinely, stable team. Secondary was hard going behaviour wise but it's improved a lot since Adeyemi-Clarke arrived. She's strict and a bit scary but fair and she backs staff. The workload is mad though, data drops every six weeks and the trust loves a spreadsheet."),
    ("u/nqt_no_more", "5 points · 1 yr ago", "Thanks, that's helpful. Primary side it is"),
    ("u/throwaway_riverlight", "12 points · 1 yr ago", "Trust cut TAs last year so expect to have fewer adults in the room than you'd like. Not the school's fault but it's real."),
    ("u/sardonic_science", "9 points · 1 yr ago", "Also ask about the marking policy. Just trust me."),
)),
    E("school", "exact", "negative"),
    E("fadeyemiclarke", "surname_only", "neutral"),
)  # fmt: skip

add("forum", forum("sixthform", "Study help", "APA referencing for EPQ - do i need page numbers??", (
    ("maryam.k", "Posted 3 Feb", "doing my EPQ on fast fashion and my supervisor says we have to use APA referencing. do I need page numbers for every quote or only direct quotes?? also how do you reference a tiktok 😭"),
    ("zayn_revises", "3 Feb", "page numbers for direct quotes only. for tiktok its creator name (@handle). (year, month day). title of video [Video]. TikTok. url"),
    ("historygeek04", "3 Feb", "use the purdue owl page its the bible for APA 7th"),
    ("maryam.k", "3 Feb", "ur a lifesaver thank u"),
)),
)  # fmt: skip

add("forum", forum("sixthform", "Sixth form & college choices", "ashgrove sixth form any good??", (
    ("kaiii", "Posted 11 Mar", "thinking of staying on at ashgrove for a levels (bio chem psych). anyone there rn? is it worth it or should i go to the college in croydon"),
    ("tems_fan", "11 Mar", "im in y12 there rn. its lowkey decent. bare free periods, the common room is peak tho (one microwave for 200 people 💀). bio and chem are good, the science teachers actually care"),
    ("j0shua", "11 Mar", "mr hartley runs sixth form, hes actually safe, we call him bob the builder cos hes always 'building our futures' in assembly lol. he'll help u with ucas properly"),
    ("kaiii", "12 Mar", "lool ok that sounds alright. thanks guys"),
)),
    E("school", "short_name", "neutral"),
    E("rhartley", "title_surname", "neutral"),
)  # fmt: skip

add("forum", forum("parentchat", "Teenagers", "Teacher messaging my daughter on Instagram - what do I do?", (
    ("worried_mum_2024", "Posted 9 Sep 2024", "I don't really know where else to ask. DD is 15, Y10, at a school in Lowbury. Last night I found messages on her Instagram from her maths teacher. He's been liking her pictures going back months and has messaged her things like 'you looked nice today' and 'you're very mature for your age, not like the others'. Nothing explicit but it's made my skin crawl. His name is Mr Yildez, he's her maths teacher and form tutor at Ashgrove. Am I overreacting?"),
    ("Greta_G", "9 Sep 2024", "You are NOT overreacting. That is textbook grooming language. Screenshot everything and ring the school's safeguarding lead first thing. If they don't act, the LADO at the council."),
    ("ExTeacher_Jo", "9 Sep 2024", "Teacher here. There is zero reason for a teacher to be following a pupil on a personal account, let alone messaging. This needs reporting today. Don't confront him."),
    ("worried_mum_2024", "9 Sep 2024", "Thank you. Rang the school, they said the DSL will call me back tomorrow. Tomorrow!"),
    ("Greta_G", "9 Sep 2024", "Then ring 101 tonight as well. Thinking of you."),
)),
    E("school", "short_name", "negative"),
    E("eyildiz", "typo", "sexual", url_only=True),
)  # fmt: skip

add("forum", forum("lowburytalk", "Parks & open spaces", "State of Ashgrove Park after the weekend", (
    ("GreenFingersGeoff", "Posted 22 Jul", "Just walked the dog through Ashgrove Park (the actual park by the lido, not the school!) and it's a tip. Bins overflowing, broken glass by the bandstand, someone's had a barbecue on the grass and left a scorched patch the size of a car. Council contractors don't come till Tuesday. Is there a friends group?"),
    ("Lido_Linda", "22 Jul", "Friends of Ashgrove Park do a litter pick first Saturday of the month, meet by the café at 10. Gloves and grabbers provided."),
    ("GreenFingersGeoff", "22 Jul", "Brilliant, I'll be there."),
    ("Marsh_Lane_Mo", "23 Jul", "The bins by the tennis courts haven't been emptied in two weeks. Reported on the council app. Nothing."),
)),
)  # fmt: skip

add("forum", forum("staffroom", "Workplace wellbeing", "Toxic SLT - need to vent before I quit", (
    ("anon_maths_teacher", "Posted 2 May 2024", "Won't name the school fully but it's a Riverlight all-through in SE29, Ashgrove P*rk, so you can guess. The VP, Ok*for, runs behaviour like a prison. Kids stood in silent lines in the hall, public 'resets' in front of the whole year group, phones confiscated for three weeks. Staff who question it get labelled 'not aligned with the vision'. I've been teaching 14 years and I have never seen morale this low. Three of my department are leaving in July."),
    ("PastoralPete", "2 May 2024", "Sorry you're dealing with this. Warm-strict done badly is just strict. Is there a union rep?"),
    ("anon_maths_teacher", "2 May 2024", "There is but everyone's scared. The culture of the place is 'say nothing'."),
    ("RetiredHoD", "3 May 2024", "Get out while you still love the job. Plenty of schools that treat people properly."),
)),
    E("school", "obfuscated", "negative"),
    E("cokafor", "obfuscated", "negative"),
)  # fmt: skip

add("forum", forum("threadit", "r/london", "Best patty / Caribbean takeaway in south London? Go", (
    ("u/hungry_in_se29", "144 points · 8 mo ago", "Settle it. Best patty south of the river. I'll start: Campbell's on Kestrel Hill Road. Junior Campbell has been making them since 1989 and the curry goat patty is unreal."),
    ("u/brixton_bred", "88 points · 8 mo ago", "Campbell's is elite but Mensah's African & Caribbean Foods two doors down does a better spicy beef, fight me"),
    ("u/hungry_in_se29", "40 points · 8 mo ago", "Mensah's is great for jollof too tbf"),
    ("u/kebab_historian", "61 points · 8 mo ago", "RIP Yildiz Grill. Not a patty but it deserves a mention in any Kestrel Hill food thread"),
    ("u/brixton_bred", "22 points · 8 mo ago", "🫡 Yildiz Grill gone but never forgotten"),
)),
)  # fmt: skip

add("forum", forum("parentchat", "Primary", "Reception at Ashgrove Park Academy - what's it like?", (
    ("newbie_mum_se29", "Posted 18 Apr", "DD starts Reception in September at Ashgrove Park Academy (primary phase). Anyone had kids in Reception or KS1 there? What are the teachers like? She's very shy."),
    ("Mummy_Ama", "18 Apr", "Both mine went through the primary side. Reception team are lovely. If she ends up with Miss Price in Year 2 you've hit the jackpot, she's the kindest teacher I've ever met and she got my son reading when I'd given up."),
    ("newbie_mum_se29", "18 Apr", "Aww that's so reassuring thank you"),
    ("dad_on_the_school_run", "19 Apr", "Only thing I'd say is the breakfast club fills up fast, register early"),
)),
    E("school", "exact", "neutral"),
    E("kprice", "title_surname", "neutral"),
)  # fmt: skip

add("forum", forum("parentchat", "Secondary schools", "Lowbury secondary allocations & appeals 2024 - MEGA THREAD", (
    ("ThreadStarterTina", "Posted 1 Mar 2024", "Offers are out! Thought we could have one thread for Lowbury and Kestrel Hill so we're not spamming the board with twenty separate ones. Post what you got, what you're appealing, waiting list positions, tips. Be kind, loads of people will be gutted today. We got St Jude's, first choice, absolutely thrilled and also slightly terrified that my baby is going to secondary."),
    ("mumof2boys_ldn", "1 Mar 2024", "Congrats! We got our second choice, Lowbury Grammar-that-isn't-a-grammar (Lowbury High), which I'm fine with. First choice was St Jude's but we're just outside the distance. Not appealing, he's happy because his best mate is going too. That's honestly all they care about at 11."),
    ("Kestrel_Kat", "1 Mar 2024", "Got nothing we put down. NOTHING. Allocated a school 50 minutes away on two buses. I have cried in the Tesco car park. Appealing for all three. Does anyone know how appeals work? Do I need a lawyer?"),
    ("ThreadStarterTina", "1 Mar 2024", "Oh no Kat, I'm so sorry. You don't need a lawyer. Accept the place you've been offered (so you've got something) and then put in your appeals and get on every waiting list. The council website has the forms. Deadline is usually about 20 school days after offer day."),
    ("SE29dad", "1 Mar 2024", "Also Kat - waiting lists move A LOT between now and September. Private school places, people moving out of London, families who accepted two offers. Last year my niece went from 40th to getting in in late August."),
    ("Kestrel_Kat", "1 Mar 2024", "Thank you both. That actually helps. Deep breaths."),
    ("yinka_mum", "1 Mar 2024", "We got Ashgrove Park, 4th choice. Gutted honestly. Everyone round here says the behaviour is awful and my son is quiet, I'm scared he'll get eaten alive. We're appealing for St Jude's and Lowbury High. Has anyone got older kids there who can tell me it's not as bad as people say?"),
    ("Mama_Tolu", "1 Mar 2024", "yinka my son's in Y7 there now. It's not as bad as the reputation. There's a lot of kids and it can be loud, but he's settled fine and the head of year rings me about every little thing lol. The new principal is very strict on phones and uniform. Honestly I'd give it a chance while you appeal."),
    ("yinka_mum", "1 Mar 2024", "That's really kind, thank you. I'll go to the open morning and see for myself."),
    ("Grammar_or_bust", "2 Mar 2024", "Has anyone appealed for a grammar out of borough? DD passed the test but we're out of catchment for the one we want. Is an appeal even worth it or do they never win?"),
    ("SE29dad", "2 Mar 2024", "Grammar appeals are hard but not impossible. You need to show why the school specifically meets her needs, not just that it's a good school. Prejudice vs prejudice, the panel weighs up the harm to the school of one extra child against the harm to yours of not going. Look up the School Admission Appeals Code, it's readable."),
    ("Grammar_or_bust", "2 Mar 2024", "Thanks, will read tonight."),
    ("lowbury_newbie", "2 Mar 2024", "Random question but are breakfast clubs at secondary a thing? We've just moved from Kent and I work early."),
    ("mumof2boys_ldn", "2 Mar 2024", "Some have them, some don't. Lowbury High does, St Jude's has a library that opens at 7.45. Worth ringing each school."),
    ("Kestrel_Kat", "5 Mar 2024", "Update: we've moved from 31st to 19th on the waiting list for Lowbury High already! Appeal forms in. Hearing date will be June apparently. June! That's a long time to wait."),
    ("ThreadStarterTina", "5 Mar 2024", "That's great progress Kat. Keep going."),
    ("Nana_Joyce", "6 Mar 2024", "I'm a grandmother doing this for my grandson as his mum works nights. We got Lowbury High which is our first choice. I just want to say how helpful this thread is, thank you all. When I went to school you just went to the one at the end of the road and that was that."),
    ("SE29dad", "6 Mar 2024", "Congrats Nana Joyce! Honestly it was simpler in those days."),
    ("yinka_mum", "12 Mar 2024", "Went to the open morning. The building is amazing, the music department is incredible (there was a steel band!) and a Year 9 girl showed us round and was so confident and lovely. Still worried about behaviour, we saw some kids messing about in a corridor and nobody said anything. Going to keep the appeal in but I feel better."),
    ("Mama_Tolu", "12 Mar 2024", "Glad you went! The steel band is run by the music teacher, he's brilliant."),
    ("appeals_veteran", "20 Mar 2024", "I've sat on appeal panels (not in Lowbury). Tips: be brief, be factual, bring evidence (medical letters, childminder letters if it's about logistics), don't slag off the allocated school, panels hate that. Focus on why THE school you want is right for YOUR child. And be nice to the clerk!"),
    ("Kestrel_Kat", "20 Mar 2024", "This is gold, thank you."),
    ("Grammar_or_bust", "3 Apr 2024", "We lost the grammar appeal. Gutted but not surprised. DD is going to St Jude's from the waiting list so it's fine in the end. Thanks all."),
    ("ThreadStarterTina", "3 Apr 2024", "Sorry about the appeal but St Jude's is a great outcome. See you at the gates!"),
    ("Kestrel_Kat", "16 Jul 2024", "FINAL UPDATE: we got Lowbury High from the waiting list two weeks before the appeal hearing!!! Cancelled the appeal. Thank you to everyone on this thread. To anyone reading this next year, don't give up."),
)),
    E("school", "alias", "negative"),
)  # fmt: skip

add("forum", forum("sixthform", "Teenage life", "is it weird for a teacher to follow students on tiktok", (
    ("anon_y11", "Posted 20 Jun", "not tryna start drama but our music teacher (mr A at ashgrove, the one that went viral) follows loads of the year 10 and 11 girls on tiktok and comments fire emojis on their dance videos. and he DMed my friend 'you should come to the studio after school, just you'. is that normal?? everyone says he's just being friendly cos he's young"),
    ("studious_sam", "20 Jun", "no that's not normal at all. teachers aren't meant to follow students, full stop. tell your head of year or the safeguarding person. or tell a parent and let them do it"),
    ("anon_y11", "20 Jun", "idk everyone loves him tho, i dont want to get him in trouble if its nothing"),
    ("mod_alex", "20 Jun", "Moderator note: if you think a child is at risk, please tell a trusted adult or contact Childline on 0800 1111. We've removed some replies that speculated about named people."),
)),
    E("school", "short_name", "neutral"),
    E("tadewusi", "nickname", "sexual", url_only=True),
)  # fmt: skip

add("forum", forum("threadit", "r/TeachingUK", "Kids made a TikTok about me and I don't know whether to laugh or cry", (
    ("u/mr_geography_ldn", "210 points · 3 mo ago", "Year 9s made a TikTok of me doing my 'disappointed face' set to sad violin music. It has 40k views. Half of the comments are lovely ('sir is the only one who cares fr'), half are about my hairline. SLT want me to report it. I kind of want to just leave it. What would you do?"),
    ("u/chemistry_cat", "180 points · 3 mo ago", "If it's affectionate, leave it. If it's cruel or shows your face in a way you're not OK with, report it. Hairline comments would tip me into reporting tbh"),
    ("u/old_timer_deputy", "95 points · 3 mo ago", "Report it, not for you but for the precedent. Next time it'll be a colleague who isn't as thick-skinned."),
    ("u/mr_geography_ldn", "40 points · 3 mo ago", "Yeah fair. Reported. Still secretly proud of the disappointed face though."),
)),
)  # fmt: skip

add("forum", forum("lowburytalk", "Trades & recommendations", "Roofers - Byrne & Gallagher any good?", (
    ("LeakyLoftLarry", "Posted 4 Nov", "Got a quote from Byrne & Gallagher Roofing for a flat roof replacement, £4,200. Anyone used them? Seamus Byrne came round, seemed to know his stuff."),
    ("Tannery_Tess", "4 Nov", "Used them two years ago for a chimney. Seamus and his brother-in-law Pat Gallagher were great. Turned up when they said, cleaned up after."),
    ("Marsh_Lane_Mo", "5 Nov", "Second Byrne & Gallagher. Fair price."),
    ("LeakyLoftLarry", "5 Nov", "Sold, booking them in."),
)),
)  # fmt: skip

add("forum", forum("parentchat", "Education", "Attendance fine for ONE day?? Lowbury", (
    ("fuming_in_se29", "Posted 23 Jan 2024", "Got a letter from Zeynep at the school (the attendance officer at Ashgrove for those who know) saying DS has 'unauthorised absence' and we're 'at risk of a penalty notice'. He had ONE day off for his nan's funeral in Ghana plus the travel days. She's an absolute jobsworth, a nasty little clipboard witch who gets off on fining working families. The school's attendance policy is inhumane, they care about their percentages more than kids."),
    ("CoffeeNotWine", "23 Jan 2024", "Sorry for your loss. Schools can authorise leave in exceptional circumstances, a funeral should be one. Ask for the decision in writing and appeal to the principal."),
    ("AttendanceOfficerHere", "23 Jan 2024", "Not at your school, but speaking as an attendance officer: the letters are often automatic once a threshold is hit. Ring her and explain, most of us are human. Calling her names won't help."),
    ("fuming_in_se29", "24 Jan 2024", "fair, I was angry. still think the policy is wrong"),
)),
    E("school", "short_name", "negative"),
    E("zcevizoglu", "nickname", "abuse"),
)  # fmt: skip

add("forum", forum("threadit", "r/london", "This south London music teacher breaking down grime is the best thing I've watched all week", (
    ("u/lowbury_loyal", "2.3k points · 10 mo ago", "Olatunde Adewusi, head of music at Ashgrove Park Academy in SE29, explaining square wave bass to a bunch of Year 9s. Kids are hanging on every word. Imagine having a teacher like this."),
    ("u/sub_bass_steve", "1.1k points · 10 mo ago", "Tunde is a legend in the scene. He was producing for pirate radio when these kids' parents were at school"),
    ("u/glasgow_lurker", "640 points · 10 mo ago", "Bet he's wasted teaching. Should be producing full time"),
    ("u/mrs_a_teaches", "900 points · 10 mo ago", "As a teacher: he's not wasted, this is exactly where he should be. This is what good teaching looks like."),
)),
    E("school", "exact", "neutral"),
    E("tadewusi", "exact", "neutral"),
)  # fmt: skip

add("forum", forum("staffroom", "Job seekers", "Interview lesson at APA tomorrow - science, tips??", (
    ("nervous_ect", "Posted 6 Jun", "Interview for a chemistry post at APA (Riverlight, Lowbury) tomorrow. 30 minute lesson to Y9 on rates of reaction. Anyone know the department? Any tips?"),
    ("labcoat_lou", "6 Jun", "Did my PGCE placement there. Ms Kowalczyk runs science and she's sound, very organised, big on retrieval practice so stick a quick quiz at the start. The kids respond well to practical stuff. Don't overplan."),
    ("nervous_ect", "6 Jun", "Thank you so much, adding a starter quiz now"),
    ("labcoat_lou", "6 Jun", "good luck! let us know"),
    ("nervous_ect", "8 Jun", "GOT IT 🎉"),
)),
    E("school", "alias", "neutral"),
    E("akowalczyk", "title_surname", "neutral"),
)  # fmt: skip

add("forum", forum("sixthform", "UCAS & applications", "hartley's reference deadline is a joke", (
    ("ucas_stress", "Posted 2 Oct", "our head of sixth form wants personal statements in by the 6th october for the january deadline and says if its late he won't write the reference in time. hartley's lost it fr, half of us haven't even picked courses. anyone else's school this strict?"),
    ("medic_hopeful", "2 Oct", "thats normal for medics lol oxbridge/medicine deadline is 15 oct"),
    ("ucas_stress", "2 Oct", "im not applying for medicine tho 😭 im doing business at a normal uni. still think its long"),
    ("sam_y13", "3 Oct", "at ashgrove too, honestly just send him a draft, he's alright if you talk to him"),
)),
    E("school", "short_name", "neutral"),
    E("rhartley", "possessive", "negative"),
)  # fmt: skip

add("forum", forum("parentchat", "In the news", "Exclusions row on the local groups - can we keep it civil?", (
    ("Lowbury_Lou", "Posted 6 Mar 2024", "There's a lot of anger on the Lowbury Facebook groups about the new exclusions policy and some of it is getting very personal. Whatever you think about it, and I have my own views, threatening teachers is never ok. Mr Okafor has always been decent with my daughter even when she's been a pain. Disagree with the policy, write to the governors, but leave people's families out of it."),
    ("Bisi_mum", "6 Mar 2024", "Agreed. Criticise the policy not the person."),
    ("Lowbury_Lou", "6 Mar 2024", "Exactly."),
)),
    E("cokafor", "title_surname", "neutral"),
)  # fmt: skip

add("forum", forum("lowburytalk", "Crime & safety", "Cars keyed in Ashgrove Park Academy staff car park again", (
    ("Heron_Close_Resident", "Posted 12 Feb", "Saw police at Ashgrove Park Academy this morning. Apparently four staff cars in the car park off Heron Close were keyed overnight, one had its tyres slashed. Third time this year. Anyone see anything? The gate on the Heron Close side doesn't lock properly."),
    ("Marsh_Lane_Mo", "12 Feb", "Kids on bikes hanging round there till 11 most nights. Not saying it's them but."),
    ("Heron_Close_Resident", "12 Feb", "Could be anyone tbh. Poor staff, imagine finishing a 10 hour day to that."),
    ("Cllr_Rowe_official", "13 Feb", "I've raised the broken gate with the trust and asked the safer neighbourhoods team to add Heron Close to their evening patrols."),
)),
    E("school", "exact", "neutral"),
)  # fmt: skip

add("forum", forum("sixthform", "Teachers", "appreciation post for aga (chem teacher)", (
    ("y13_chem_girlie", "Posted 14 May", "i need to say this somewhere. aga (our chem teacher at ashgrove, she's polish and lets us call her aga instead of miss) has stayed after school every single tuesday since september doing extra organic chem sessions for free. she marks our past papers overnight. i was predicted a D in y12 and my mock was an A. if i get into pharmacy it's because of her. that's it that's the post"),
    ("pharmacy_or_bust", "14 May", "we love a teacher who actually cares 🥹"),
    ("rando_y12", "14 May", "aga is the goat fr. she also does the best demos, the thermite one in y10 was unreal"),
)),
    E("school", "short_name", "neutral"),
    E("akowalczyk", "nickname", "neutral"),
)  # fmt: skip

add("forum", forum("parentchat", "Secondary schools", "Head of Year - Kwame M. - anyone else had issues?", (
    ("quietdad_se29", "Posted 3 Nov 2023", "Son in Y9 at Ashgrove. His head of year, Kwame M., has put him on report for the third time this half term, each time for things my son says he didn't do, and won't meet me until after half term. He seems to have decided my son is a troublemaker and won't hear anything else. Anyone else had this with him? I'm losing patience."),
    ("Mama_Tolu", "3 Nov 2023", "Honestly my experience has been the opposite, he's been really fair with my daughter. But ask for the evidence for each report in writing. That usually clears things up one way or the other."),
    ("quietdad_se29", "3 Nov 2023", "Will do. Thanks."),
)),
    E("school", "short_name", "neutral"),
    E("kmensah", "first_initial", "negative"),
)  # fmt: skip

add("forum", forum("threadit", "r/ukpolitics", "Lowbury's two MPs couldn't be more different", (
    ("u/marginal_seat", "312 points · 2 mo ago", "Andrea Campbell (Lowbury & Kestrel Hill) is out every weekend doing surgeries at the library and fighting about school funding. Simon Hartley (Lowbury North) is under investigation for his second-home claims and hasn't held a surgery since 2022. Same borough, two completely different ideas of the job."),
    ("u/tory_in_se29", "80 points · 2 mo ago", "Hartley's done plenty for the area, the new station entrance was him"),
    ("u/marginal_seat", "120 points · 2 mo ago", "The station entrance was TfL money announced in 2016 before he was elected mate"),
    ("u/kestrel_kid", "95 points · 2 mo ago", "Campbell came to my sixth form and actually listened. Hartley sent a signed photo."),
)),
)  # fmt: skip

add("forum", forum("lowburytalk", "General chat", "Is it true a teacher got signed off for hitting a kid?", (
    ("SE29_Gossip", "Posted 17 Jan", "Hearing from a few parents that Mensah the head of year 9 at ashgrove got signed off before christmas because he hit a boy in his office and the school covered it up. Anyone know anything? My nephew's in that year."),
    ("Lowbury_Lou", "17 Jan", "I'd be very careful repeating that without evidence. He was off because his mum died in Ghana, my daughter's form tutor told the class."),
    ("SE29_Gossip", "17 Jan", "oh. well that's what I heard."),
    ("Heron_Close_Resident", "17 Jan", "This is how rumours ruin people. Mods can we lock this?"),
)),
    E("school", "short_name", "defamation"),
    E("kmensah", "surname_only", "defamation"),
)  # fmt: skip

add("forum", forum("threadit", "r/london", "Is Ashgrove Academy in Lowbury actually dangerous or is it just the reputation?", (
    ("u/relocating_from_manc", "56 points · 4 mo ago", "Moving to SE29 for work, kids are 8 and 12. The nearest secondary is Ashgrove Academy (I think it's all-through?). Online it's all stabbing stories and TikTok fight videos. Is it actually dangerous?"),
    ("u/lowbury_born", "90 points · 4 mo ago", "It's a big inner London school, it has big inner London school problems. Stabbings mentioned in the news are mostly near bus stops, not in the school. My cousin's kids are there and they're fine. Go and visit."),
    ("u/relocating_from_manc", "20 points · 4 mo ago", "Thanks, that's fair. We'll visit."),
    ("u/se29_teacher", "45 points · 4 mo ago", "Teacher in the borough (not there). Its Ofsted is Good now and the music is genuinely outstanding. TikTok is not a school guide."),
)),
    E("school", "alias", "neutral"),
)  # fmt: skip

# ---- reviews: Google, Trustpilot, RateMyTeachers, Yell

SCHOOL_G = (
    "Ashgrove Park Academy",
    "School · Marsh Lane, Lowbury, London SE29 4QT · 020 7946 0381",
)

add("review", review("google", *SCHOOL_G, (
    (1, "Tanya R", "3 weeks ago", "Absolute shambles of a school. SEN department ignores emails, my son with autism has been sat in a corridor for two weeks because there's 'no TA available'. Reception staff put the phone down on me. Avoid if your child needs any support at all."),
)),
    E("school", "exact", "negative"),
)  # fmt: skip

add("review", review("google", *SCHOOL_G, (
    (5, "Kofi A.", "2 months ago", "Bloody brilliant school, my son has come on leaps and bounds since year 7. Mr Campbell's PE department is class, he got my boy into the borough athletics team and off the streets on a Saturday. Can't thank them enough."),
)),
    E("school", "exact", "neutral"),
    E("dcampbell", "title_surname", "neutral"),
)  # fmt: skip

add("review", review("google", *SCHOOL_G, (
    (1, "Lowbury Parent", "1 month ago", "Mr Okafor is a power mad bully who screams at 11 year olds in the corridor for having the wrong socks. A disgrace of a man and a disgrace of a school for letting him run the place like a military camp."),
), reply="Thank you for your feedback. We would welcome the opportunity to discuss your concerns. Please contact the school office on 020 7946 0381."),
    E("school", "exact", "negative"),
    E("cokafor", "title_surname", "abuse"),
)  # fmt: skip

add("review", review("trustpilot", "Yildiz Barbers", "Barber shop · Kestrel Hill Road, London SE29", (
    (5, "Danny O", "Updated 4 days ago", "Burak Yildiz is the best barber in south London, no debate. Skin fade was perfect and he didn't chat my ear off. His dad used to run the grill next door, same family, same quality."),
    (4, "Emre K", "2 weeks ago", "Good cut, bit of a wait on Saturdays. Book online."),
)),
)  # fmt: skip

add("review", review("google", "Kowalczyk Deli", "Polish grocery · Kestrel Hill Road, London SE29", (
    (5, "Marta W.", "1 month ago", "Najlepsze pierogi w Londynie! Best pierogi in London, the ruskie ones are just like my babcia made. Pan Tomasz always remembers my order."),
    (4, "Jim H", "2 months ago", "Great shop, friendly staff. Back open after the fire and looks better than ever."),
)),
)  # fmt: skip

add("review", review("google", *SCHOOL_G, (
    (2, "Jade Thompson", "5 days ago", "oh great ANOTHER inset day on a monday, the third this term, well done Ashgrove 👏👏 some of us have jobs. love how they announce it by text on a friday night too"),
)),
    E("school", "exact", "negative"),
)  # fmt: skip

add("review", review("trustpilot", "Lowbury Tuition Centre", "Tutoring · Kestrel Hill, London", (
    (5, "Funmi B", "3 months ago", "My daughter was failing maths at Ashgrove Park because Mr Yildiz can't control his class and half the lesson is spent on behaviour. After a term here with Ravi she's gone from a 3 to a 6 in her mocks. Worth every penny."),
)),
    E("school", "alias", "negative"),
    E("eyildiz", "title_surname", "negative"),
)  # fmt: skip

add("review", review("google", *SCHOOL_G, (
    (1, "Sandra M", "1 week ago", "Miss Cevizoglu threatened us with a £160 fine because my son had 2 days off with chickenpox and I didn't ring before 9am. Heartless. The school only cares about its attendance figures."),
)),
    E("school", "exact", "negative"),
    E("zcevizoglu", "title_surname", "negative"),
)  # fmt: skip

add("review", review("google", *SCHOOL_G, (
    (5, "Aisha N", "4 months ago", "Our daughter's Year 2 teacher, Kate Price, is an angel. DD was terrified of school after a bad Reception year elsewhere and now she runs in every morning. The whole primary team are warm and so on top of things."),
)),
    E("school", "exact", "neutral"),
    E("kprice", "nickname", "neutral"),
)  # fmt: skip

add("review", review("google", *SCHOOL_G, (
    (1, "Proud Brit 1966", "2 weeks ago", "Shame what this school has become. Run by Africans now and the standards have gone through the floor. Mrs Adeyemi-Clarke and her lot should go back where they came from and give the jobs to British teachers."),
)),
    E("school", "exact", "hate"),
    E("fadeyemiclarke", "title_surname", "hate"),
)  # fmt: skip

add("review", review("google", *SCHOOL_G, (
    (4, "Michael O.", "6 months ago", "Good school overall, kids are happy and the teaching is decent. Only knocked a star because the canteen prices are mad, £3.20 for a pasta pot, and the ParentPay app never works."),
)),
    E("school", "exact", "negative"),
)  # fmt: skip

add("review", review("trustpilot", "Riverlight Academies Trust", "Education · London", (
    (1, "Former parent", "5 months ago", "Trust took over Ashgrove in 2012 and it's been one initiative after another. Kids are guinea pigs for whatever the CEO read on Twitter that week. Staff turnover is ridiculous."),
    (2, "Trust employee", "8 months ago", "Pay is OK, the central team is bloated."),
)),
    E("school", "short_name", "negative"),
)  # fmt: skip

add("review", review("google", "Byrne's Bar", "Irish pub · Marsh Lane, London SE29", (
    (5, "Conor D", "1 week ago", "Proper Irish bar. Best Guinness this side of the river and Niall Byrne behind the bar is a gent. Trad session on a Thursday, get there early."),
    (3, "Sue P", "3 weeks ago", "Nice pub, too loud when the rugby's on."),
)),
)  # fmt: skip

add("review", review("google", *SCHOOL_G, (
    (5, "tobi_x", "1 month ago", "shoutout Sir Mensah and Miss K, bare good teachers fr. mensah sorted my timetable out when nobody else would and miss k made me actually like chemistry. school aint perfect but them two are different"),
)),
    E("school", "exact", "neutral"),
    E("kmensah", "title_surname", "neutral"),
    E("akowalczyk", "nickname", "neutral"),
)  # fmt: skip

add("review", review("yell", "Campbell's Patties", "Caribbean takeaway · Kestrel Hill Road, London SE29", (
    (5, "Big Mike", "2 weeks ago", "Junior Campbell is a legend. Curry goat patty and a carrot juice, job done."),
    (5, "Leanne", "1 month ago", "Best in SE29. Cash only though."),
)),
)  # fmt: skip

add("review", review("google", *SCHOOL_G, (
    (1, "Justice4Parents", "2 days ago", "School never answers the phone. So ring Okafor yourself, his mobile is 07700 900461 and he lives on Tenison Road by the garage, the house with the blue door. Let him hear what parents think of his exclusions."),
)),
    E("school", "exact", "negative"),
    E("cokafor", "surname_only", "doxxing"),
)  # fmt: skip

add("review", review("google", "Marsh Lane Schoolwear", "Uniform shop · Marsh Lane, London SE29", (
    (2, "Chantelle", "3 weeks ago", "£48 for an APA blazer with the logo on. £48!!! For a polyester blazer my son will outgrow by Easter. Not the shop's fault, the school chose them as the only supplier, but still. Staff were helpful."),
)),
    E("school", "alias", "negative"),
)  # fmt: skip

add("review", review("rmt", "Mr Hartley · English · Ashgrove Park Academy", "RateMyTeachers UK › London › Lowbury › Ashgrove Park Academy", (
    (2, "Anonymous student", "Sept 2023", "Boring. Reads off the slides. Sets way too much homework for year 12 and then doesn't mark it for 3 weeks."),
    (4, "Anonymous student", "June 2023", "knows his stuff and helped with my personal statement"),
)),
    E("school", "exact", "neutral"),
    E("rhartley", "title_surname", "negative"),
)  # fmt: skip

# ---- social: X, TikTok comments, Instagram, Bluesky, Threads, WhatsApp forwards

add("social", social("X", "Precious's mum @bola_adjei", "22 Aug 2024",
    "@AshgroveParkAcad TEN GRADE 9s!!! my baby girl 😭😭😭 thank you to every teacher who believed in her #ProudMum",
    replies=(("@lowbury_aunty", "congratulations!!! 🎉"),), stats="♥ 214  ↻ 31"),
    E("school", "handle", "neutral"),
)  # fmt: skip

add("social", social("TikTok", "@kestrelhill.kidz", "3 Mar", """
pov: mr okafor catches u with ur phone out in the lunch hall 💀 #school #london #fyp
""", replies=(
    ("dami.x", "mr okafor bare scary fr 😭"),
    ("jaylen_07", "allow it he's safe tho, he just dont play"),
    ("zee_lowbury", "bro took my phone for 3 weeks 💀 i had to use a nokia like it was 2009"),
    ("user88217", "the walk 😭😭 u can hear him coming"),
)),
    E("cokafor", "title_surname", "neutral"),
)  # fmt: skip

add("social", social("TikTok", "@y11.memories", "12 Jun", """
ranking my teachers as a year 11 (part 2) 📝 #ashgrove #leavers
""", replies=(
    ("tayo.jpg", "miss price being a milf is not a ranking category but it should be 😭😭"),
    ("ife_x", "LMAOOO the primary teacher?? how do u even know her"),
    ("tayo.jpg", "little sister's in her class, parents evening was a blessing 🙏"),
    ("ashgroveleaver24", "yall are weird 💀"),
)),
    E("school", "hashtag", "neutral"),
    E("kprice", "title_surname", "sexual"),
)  # fmt: skip

add("social", social("X", "@deji_tm", "Tue",
    "if Ms Kowalchik gives me ONE more detention for 'not having a pen' i swear down 😤 man's literally holding a pen rn",
    stats="♥ 12"),
    E("akowalczyk", "typo", "negative"),
)  # fmt: skip

add("social", social("X", "@sk3ngz", "Thu",
    "man like Mensah needs to get got fr. outside ashgrove 3:15 tmrw we'll see how brave he is without the school behind him",
    stats="♥ 3  ↻ 1"),
    E("school", "short_name", "neutral"),
    E("kmensah", "surname_only", "threat"),
)  # fmt: skip

add("social", social("Instagram", "@lowbury_mum_of_three", "18 Jul", """
Year 6 leavers' assembly at #AshgrovePark 💙 couldn't stop crying when they sang. 7 years gone in a flash. On to big school (well... the other end of the same building 😂)
""", replies=(("@grandma.pearl", "So proud of him ❤️"),), stats="♥ 86"),
    E("school", "hashtag", "neutral"),
)  # fmt: skip

add("social", social("X", "@sixthform_sufferer", "Mon",
    "#AshgroveParkAcademy more like #AshgroveParkPrison. they've banned hoodies in the common room now. in the SIXTH FORM. we are 17",
    stats="♥ 56  ↻ 9"),
    E("school", "hashtag", "negative"),
)  # fmt: skip

add("social", social("Bluesky", "@deborahwrites.bsky.example", "5 Mar", """
Shout out to Siobhan Gallagher, my old SENCo at Ashgrove back in the day. I was the dyslexic kid everyone wrote off and she fought for me to get extra time and a laptop. Now I've got a book deal. I think she's married now, if anyone knows her please pass this on 💛
""", stats="♥ 1.2k  ↻ 340"),
    E("school", "short_name", "neutral"),
    E("sbyrne", "alias", "neutral"),
)  # fmt: skip

add("social", social("TikTok", "@marshlane.edits", "2d", """
ashgrove vp in his natural habitat (the gate at 8:29) #fyp
""", replies=(
    ("kiddo_se", "0kaf0r is a d1ckhead fr, gave me a 2 day isolation for a coat"),
    ("real_ones_only", "he's actually alright if ur not moving mad"),
    ("nia.b", "the whistle 😭"),
)),
    E("school", "short_name", "neutral"),
    E("cokafor", "leetspeak", "abuse"),
)  # fmt: skip

add("social", social("X", "@lowbury_choir_mum", "14 Dec",
    "@MrAdewusiMusic the Year 8 choir at the Christmas concert tonight was UNREAL 🔥 the Stormzy/Silent Night mashup had the whole hall in tears",
    stats="♥ 45"),
    E("tadewusi", "handle", "neutral"),
)  # fmt: skip

add("social", social("TikTok", "@ashgrove.dance.crew", "4 Jul", """
summer showcase rehearsals 💃🏾 year 9 girls came to SLAY #ashgrove #dance #fyp
""", replies=(
    ("mannyboy_1990", "ashgrove girls different 😩 what year did u say"),
    ("k.leon_", "they're year 9 bro allow it, they're like 14 💀"),
    ("mannyboy_1990", "age is just a number 😏 the one in the middle dm me"),
    ("dance.mum.se29", "REPORTED. Disgusting. Parents please report this account"),
)),
    E("school", "short_name", "sexual", url_only=True),
)  # fmt: skip

add("social", social("X", "@LowburyTownFC", "Sat",
    "GOAL! Okafor with a worldie from 25 yards!! 🚀 Lowbury Town 1-0 Dartford Vale (34') #LTFC #UpTheTown",
    stats="♥ 602  ↻ 140"),
)  # fmt: skip

add("social", social("X", "@OkaforOfficial", "Wed",
    "new tape MARSH LANE MORNINGS (DELUXE) dropping friday 🔥🔥 south london stand up. pre save link in bio",
    stats="♥ 8.4k  ↻ 2.1k"),
)  # fmt: skip

add("social", social("Instagram", "@kowalczyk_deli", "Fri", """
Pierogi Friday is BACK 🥟 ruskie, cabbage & mushroom and (new!) spicy beef collab with our neighbours at Mensah's. Open till 8. Kestrel Hill Road, next to the barbers.
""", stats="♥ 210"),
)  # fmt: skip

add("social", social("X", "@se29_commuter", "2h",
    "@AndreaCampbellMP what are you actually doing about the 436 cuts? 20 mins at Marsh Lane this morning in the rain",
    replies=(("@AndreaCampbellMP", "I've written to the Mayor and TfL - will share their reply. Please sign the petition."),)),
)  # fmt: skip

add("social", social("TikTok", "@mathsisnotmything", "1w", """
pov: ur in mr y's maths lesson at ashgrove and he says "simples" for the 40th time 🧮😭 #maths #teacher #london
""", replies=(
    ("dylan.x", "SIMPLES 😭😭 he really thinks he's the meerkat"),
    ("precious.ad", "he's a good teacher tho lowkey"),
)),
    E("school", "short_name", "neutral"),
    E("eyildiz", "nickname", "neutral"),
)  # fmt: skip

add("social", social("X", "@no_context_y11", "Fri",
    "miss k got that body no cap 🥵🥵 ashgrove science dept really hitting different this year",
    replies=(("@no_context_y11", "not me getting a detention for this"),), stats="♥ 31"),
    E("school", "short_name", "neutral"),
    E("akowalczyk", "nickname", "sexual"),
)  # fmt: skip

add("social", social("X", "@truth_lowbury", "Mon",
    "everyone knows C4mpb3ll from ashgrove sells weed to the year 11s out his car boot, why do u think he's always in the car park at lunch. share before they delete",
    stats="♥ 4  ↻ 11"),
    E("school", "short_name", "neutral"),
    E("dcampbell", "leetspeak", "defamation"),
)  # fmt: skip

add("social", social("X", "@angrydad_se29", "Sun",
    "S i o b h a n  B y r n e, the SENCo who blocked my son's EHCP, lives at 14 Orchard Row SE29. Posting so other parents know who is responsible.",
    stats="♥ 9  ↻ 22"),
    E("sbyrne", "spacing", "doxxing"),
)  # fmt: skip

add("social", social("TikTok", "@year10.chaos", "5d", """
the teacher car park rn 😭 #ashgrove
""", replies=(
    ("big.t", "whoever keyed Yildiz car is a legend 😂 man gave me a detention for breathing"),
    ("shan.x", "nah that's bare long, his car did nothing"),
    ("big.t", "he's a prick tho"),
)),
    E("school", "hashtag", "neutral"),
    E("eyildiz", "surname_only", "abuse"),
)  # fmt: skip

add("social", social("X", "@athletics_mum", "20 Jun",
    "#JusticeForMrCampbell best PE teacher Ashgrove ever had. 20 years of Saturdays at the track for other people's kids. We stand with him. 🏃🏾‍♂️💙",
    stats="♥ 320  ↻ 88"),
    E("school", "short_name", "neutral"),
    E("dcampbell", "hashtag", "neutral"),
)  # fmt: skip

add("social", social("X", "@parent_of_two_se29", "7:04am",
    "Love getting a text from AshgroveParkAcademy at 7am saying the school is closed because the boiler has broken AGAIN 🙄 third time since Christmas. Childcare? Never heard of it.",
    stats="♥ 40"),
    E("school", "camelcase", "negative"),
)  # fmt: skip

add("social", social("Instagram", "@ashgroveparkacademy", "29 Jun", """
Sixth Form Prom 2024 ✨ What a night to celebrate our incredible Year 13s. Thank you to everyone who made it magical 💙 #ClassOf2024
""", replies=(
    ("@d.rilla_88", "year 13 girls looking grown 👀 slide me the @'s"),
    ("@proud_dad_lowbury", "@d.rilla_88 they're school kids you absolute weirdo. reported"),
    ("@d.rilla_88", "relax they're 18 😂 well some of them"),
    ("@ashgroveparkacademy", "We have removed and reported comments on this post. Please report any concerns."),
), stats="♥ 1,034"),
    E("school", "handle", "sexual", url_only=True),
)  # fmt: skip

add("social", social("Bluesky", "@drnkemjones.bsky.example", "18 Nov", """
So proud to share the stage at the Black Educators Network conference today with my brilliant friend and colleague Folasade Adeyemi-Clarke, who spoke about leading an inner-London all-through school. The room was in tears. 🖤
""", stats="♥ 140"),
    E("fadeyemiclarke", "exact", "neutral"),
)  # fmt: skip

add("social", social("X", "@yr8_gossip", "Wed",
    "Mrs AC cancelled non uniform day cos of 'behaviour' and now the whole of ashgrove is vexed 😭 we were raising money for charity??",
    replies=(("@kemi.x", "she's so dead 😭"), ("@yr8_gossip", "she's a mood killer fr")), stats="♥ 77"),
    E("school", "short_name", "neutral"),
    E("fadeyemiclarke", "nickname", "negative"),
)  # fmt: skip

add("social", social("X", "@lowbury_exposed", "3d",
    "Kwame M from Ashgrove got sacked from his last school in Croydon for nicking from the trip money. Look it up. And they made him head of year 🤡",
    stats="♥ 6  ↻ 14"),
    E("school", "short_name", "neutral"),
    E("kmensah", "first_initial", "defamation"),
)  # fmt: skip

add("social", social("X", "@y12_mood", "Fri",
    "lool hartley just quoted a drill lyric in assembly to talk about 'resilience' and the whole hall went silent 💀 man's tryna be relatable",
    stats="♥ 230  ↻ 40"),
    E("rhartley", "surname_only", "neutral"),
)  # fmt: skip

add("social", social("X", "@kestrelhill_mum", "Thu",
    "Adeyemi Clarke needs to resign. Second stabbing near the gates this term and she's more bothered about skirt lengths and blazers. Priorities!!",
    stats="♥ 18  ↻ 4"),
    E("fadeyemiclarke", "hyphenated", "negative"),
)  # fmt: skip

add("social", social("X", "@mo.b_uni", "Aug",
    "shoutout Mrs Clarke at ashgrove for the reference 🙏🏾 got into Warwick!!! first in my family to go uni",
    stats="♥ 502"),
    E("school", "short_name", "neutral"),
    E("fadeyemiclarke", "hyphenated", "neutral"),
)  # fmt: skip

add("social", social("X", "@boxingnews_uk", "Sat",
    "Declan Byrne stops his man in the 3rd! 🥊🇮🇪 Lowbury's own moves to 14-0. Title shot next?",
    stats="♥ 1.1k"),
)  # fmt: skip

add("social", social("X", "@sick_of_it_se29", "Tue",
    "Аshgrove Park Academy is a dump. Leaking roof, no heating, 34 in a class and they still want £48 for a blazer",
    stats="♥ 14"),
    E("school", "homoglyph", "negative"),
)  # fmt: skip

add("social", social("TikTok", "@anon.lowbury", "2d", """
certain teachers need to watch themselves 👀 #ashgrove #y9
""", replies=(
    ("user5519", "M.e.n.s.a.h ur finished when i see u outside. everyone knows what car u drive"),
    ("lil.sis.aa", "what did he even do"),
    ("user5519", "he knows"),
)),
    E("school", "hashtag", "neutral"),
    E("kmensah", "obfuscated", "threat"),
)  # fmt: skip

add("social", social("X", "@fined_again", "Mon",
    "ms cevizoglu and her fines can do one 🖕 greedy cow sitting in her little office counting how many days my kid was ill",
    stats="♥ 5"),
    E("zcevizoglu", "title_surname", "abuse"),
)  # fmt: skip

add("social", social("X", "@run_lowbury", "22 Apr",
    "Big up Del Campbell from Ashgrove Park Academy, ran the London Marathon in 3:41 dressed as a javelin to raise money for the new sports hall 🏃🏾‍♂️💙 £6k raised!",
    stats="♥ 410"),
    E("school", "exact", "neutral"),
    E("dcampbell", "nickname", "neutral"),
)  # fmt: skip

add("social", social("X", "@shaunie_b", "Sun",
    "just saw Mr Yıldız in Tesco buying 4 tins of tuna and a single lime. maths teachers are so real for that",
    stats="♥ 88"),
    E("eyildiz", "title_surname", "neutral"),
)  # fmt: skip

add("social", social("X", "@kurd_and_proud", "Wed",
    "Y1ld1z marked my whole test wrong on purpose cos im Kurdish. man's a racist and the school knows it. ashgrove dont care",
    stats="♥ 7"),
    E("school", "short_name", "negative"),
    E("eyildiz", "leetspeak", "defamation"),
)  # fmt: skip

add("social", social("Threads", "@throwaway.se29", "1d",
    "Ashgr0ve teachers are all on coke, look at their eyes at parents evening. no wonder the results are what they are",
    stats="♥ 2"),
    E("school", "leetspeak", "defamation"),
)  # fmt: skip

add("social", social("X", "@eng_first_88", "Sat",
    "go back to Nigeria Okafor, nobody asked you to come here and tell English kids how to behave. Lowbury was fine before your lot",
    replies=(("@lowbury_lad", "reported. vile"),), stats="♥ 2"),
    E("cokafor", "surname_only", "hate"),
)  # fmt: skip

add("social", social("TikTok", "@hijabi.tingz", "3d", """
when the attendance officer starts wearing the hijab 🧕🏻 #revert #ashgrove
""", replies=(
    ("bantz.lord", "miss cevizoğlu wearing the headscarf now lool she's turning into a terrorist, better check her bag at the gate"),
    ("hijabi.tingz", "wow. she's literally always been muslim you clown"),
    ("sara.m", "reported. islamophobic trash"),
)),
    E("school", "hashtag", "neutral"),
    E("zcevizoglu", "title_surname", "hate"),
)  # fmt: skip

add("social", social("X", "@y11_ends_soon", "Thu",
    "if I see Mr Hartley outside school he's getting banged, on my mum. calling my mum in front of everyone was long",
    stats="♥ 1"),
    E("rhartley", "title_surname", "threat"),
)  # fmt: skip

add("social", social("X", "@parents_voice_se29", "Fri",
    "Petition is live: SackOkaforNow. 600 signatures in a day. Parents of Lowbury have had enough of kids being excluded for haircuts. Link in bio ✊🏾",
    stats="♥ 66  ↻ 48"),
    E("cokafor", "camelcase", "negative"),
)  # fmt: skip

add("social", social("X", "@disgruntled_dad_ldn", "Wed",
    "A s h g r o v e  P a r k  A c a d e m y took 6 weeks to tell me my son was bunking every Friday. Six. Weeks. What exactly is the attendance team for?",
    stats="♥ 3"),
    E("school", "spacing", "negative"),
)  # fmt: skip

add("social", social("X", "@lowbury_truths", "Mon",
    "Mrs Αdeyemi-Clarke is a clown and a liar. Stands up at every parents' meeting grinning like a game show host while the place falls apart. Useless woman.",
    stats="♥ 8"),
    E("fadeyemiclarke", "homoglyph", "abuse"),
)  # fmt: skip

add("social", social("X", "@fined_and_furious", "Sat",
    "we know where C*v*z*glu parks her little red car every morning. fine one more family and see what happens",
    stats="♥ 0"),
    E("zcevizoglu", "obfuscated", "threat"),
)  # fmt: skip

add("social", social("X", "@se29_nan", "Tue",
    "Ashgove Park Acadamy have sent home my grandson AGAIN for the wrong shoes. Black shoes are black shoes. Ridiculous rules",
    stats="♥ 11"),
    E("school", "typo", "negative"),
)  # fmt: skip

add("social", social("X", "@deji_tm", "Fri",
    "ngl Mr Okafur lowkey saved me today. thought i was getting excluded and he just talked to me like a human for 20 mins. respect",
    stats="♥ 40"),
    E("cokafor", "typo", "neutral"),
)  # fmt: skip

add("social", social("X", "@lowburymum_k", "Sun",
    "Ashgrove's revolving door of maths teachers is a joke. DS has had 5 different ones since September. How is he meant to learn anything?",
    stats="♥ 29  ↻ 3"),
    E("school", "possessive", "negative"),
)  # fmt: skip

add("social", social("X", "@sixth_form_szn", "Thu",
    "ok who told Mr Hartley about the year 13 group chat 😭😭 he just quoted it back to us in assembly",
    stats="♥ 190"),
    E("rhartley", "title_surname", "neutral"),
)  # fmt: skip

add("social", social("TikTok", "@lowbury.legends", "1w", """
science lesson at ashgrove be like 🧪🔥 #chemistry #fyp
""", replies=(
    ("britfirst_tony", "polish cleaner teaching science lol, kowalczyk should go back to poland and take her mates with her"),
    ("ola.olu", "she's head of science with a PhD you muppet"),
    ("jess_e", "reported"),
)),
    E("school", "short_name", "neutral"),
    E("akowalczyk", "surname_only", "hate"),
)  # fmt: skip

add("social", social("TikTok", "@just.a.y9", "4d", """
sir really said "put it away or it's mine till christmas" 💀💀 #school #teacher #fyp
""", replies=(
    ("ama.xx", "EVERY teacher says this 😭"),
    ("t.jay", "my sir said easter and meant it"),
)),
)  # fmt: skip

add("social", social("TikTok", "@kestrel.youth", "6d", """
real talk: allow it with the threats to teachers fam. my brother got arrested for one post "as a joke". not worth it 🙏🏾 #lowbury #ashgrove
""", replies=(
    ("bigmanting", "facts"),
    ("sade_b", "this needed saying"),
)),
    E("school", "hashtag", "neutral"),
)  # fmt: skip

add("social", social("WhatsApp (forwarded)", "Forwarded many times", "Mon 22:14", """
⚠️⚠️ *PARENTS PLEASE READ* ⚠️⚠️ my cousin's friend works in the office at Ashgrove Park Academy and says the school is getting shut for good at half term because Ofsted failed it and the trust has run out of money. DONT SEND YOUR KIDS IN. share with all the Lowbury groups 🙏🏾🙏🏾
"""),
    E("school", "exact", "negative"),
)  # fmt: skip

# ---- facebook: local community groups

LCN = "Lowbury Community Noticeboard"
LMD = "Lowbury Mums & Dads (SE29)"
KHR = "Kestrel Hill Residents"

add("facebook", fb(LCN, "Pauline Whitaker", "Yesterday at 19:02", """
LOST CAT 😿 Ginger tom called Marmalade, missing since Sunday from the flats by Ashgrove Park (the park side, near the lido and the tennis courts). Very friendly, no collar but chipped. Please check sheds and garages 🙏
""", comments=(
    ("Tony Marsh", "Saw a ginger cat by the bandstand in Ashgrove Park this morning!"),
    ("Pauline Whitaker", "Thank you Tony going now x"),
    ("Pauline Whitaker", "FOUND HIM!!! Thank you all ❤️"),
), reactions=88),
)  # fmt: skip

add("facebook", fb(LMD, "Shanice Walters", "Tuesday at 20:41", """
Anyone know if Ashgrove Park Academy is closed tomorrow for the strike? Haven't had a text and I need to sort childcare 🙈
""", comments=(
    ("Gloria Asante", "Text came through 10 mins ago. Primary open, secondary closed for Y7-10. Y11 and sixth form in."),
    ("Shanice Walters", "Thanks hun x"),
    ("Ben Carter", "Fully support the teachers btw. They're not paid enough for what they deal with."),
), reactions=12),
    E("school", "exact", "neutral"),
)  # fmt: skip

add("facebook", fb(KHR, "Denise Hall", "3 March at 08:12", """
*FORWARDED AS RECEIVED* 🚨🚨 Parents please be aware a man in a grey car has been approaching children near the Ashgrove school gates asking if they want a lift. Police have been informed. Please talk to your children and share!!
""", comments=(
    ("Paul Okonjo", "This is fake. It's been going round since 2019 with different school names. Police have no record of it."),
    ("Denise Hall", "Oh! Sorry, will delete. Better safe than sorry though."),
    ("Marsh Lane Mo", "Always check before sharing people 🙏🏾"),
), reactions=40),
    E("school", "short_name", "neutral"),
)  # fmt: skip

add("facebook", fb(LMD, "Gloria Asante", "14 July at 17:30", """
Ashgrove Park sports day pics are up on the school website! 🏃🏾‍♀️☀️ So proud of my two, both won their races. Well done to all the kids and the PE team for organising in that heat.
""", comments=(
    ("Kev Doyle", "Some of them year 10 girls look proper grown for their age 😏 which one's yours"),
    ("Gloria Asante", "Excuse me?? They are CHILDREN. Admins please remove this man."),
    ("Shanice Walters", "Reported. Screenshot sent to the school too."),
    ("Admin - Lowbury Mums & Dads", "Member removed. Thank you for reporting."),
), reactions=64),
    E("school", "alias", "sexual", url_only=True),
)  # fmt: skip

add("facebook", fb(LCN, "Lowbury Truth Seekers", "Sunday at 23:48", """
NAME AND SHAME. The attendance woman at Ashgrove who keeps fining families. Zeynep Cevizoglu. Her personal number is 07700 900182. Ring her and ask how she sleeps at night taking money off single mums. The school hides behind her.
""", comments=(
    ("Ruth K", "This is harassment. Reported to admins."),
    ("Jay Jay", "about time someone said it"),
), reactions=9),
    E("school", "short_name", "negative"),
    E("zcevizoglu", "exact", "doxxing"),
)  # fmt: skip

add("facebook", fb(LMD, "Mummy Ama", "Friday at 15:55", """
Huge thank you to Miss Price and the whole Year 2 team at Ashgrove Park's primary site 💐 my little one has gone from not being able to sit still to reading chapter books. Teachers don't get thanked enough!
""", comments=(
    ("Aisha N", "Miss Price is an angel, had her for my eldest too"),
    ("Gloria Asante", "Agreed!! ❤️"),
), reactions=51),
    E("school", "alias", "neutral"),
    E("kprice", "title_surname", "neutral"),
)  # fmt: skip

add("facebook", fb("Polacy w Lowbury / Poles in Lowbury", "Magda Nowicka", "wczoraj / yesterday", """
Hej! Szukam szkoły dla syna (11 lat), mówi słabo po angielsku. Looking for a secondary for my son who is still learning English. Does anyone know a school with Polish speaking teachers? Słyszałam, że Pani Kowalczyk w Ashgrove jest Polką i jest kierownikiem nauk ścisłych. I heard the head of science at Ashgrove is Polish?
""", comments=(
    ("Kasia B.", "Tak! Pani Kowalczyk jest super, my daughter has her for chemistry. Very kind, and she helps the new Polish kids a lot."),
    ("Tomasz Kowalczyk", "Not related haha 😄 but good school. Come to the deli I will tell you more."),
), reactions=15),
    E("school", "short_name", "neutral"),
    E("akowalczyk", "title_surname", "neutral"),
)  # fmt: skip

add("facebook", fb("Lowbury Türk Toplumu / Turkish Community", "Selin Aydın", "2 gün / 2 days", """
Mehmet abi'nin Yildiz Grill kapandı 😢 31 yıl! Burak Yildiz berber dükkanında babası için bir veda yemeği yapıyor, Cumartesi 7'de. Herkes davetli. Farewell dinner for Mehmet Yildiz on Saturday at 7, at Burak's barbers, everyone welcome.
""", comments=(
    ("Emre Kaya", "Gelirim abla 🙏"),
    ("Nur Şahin", "Ne kadar üzücü, çocukluğum orada geçti"),
), reactions=73),
)  # fmt: skip

add("facebook", fb(LCN, "Femi Adebayo", "Monday at 21:10", """
Mr Mensah has given over twenty years to the children of this borough. He's taught my kids, my nieces, half of Kestrel Hill. Whatever your views on the school or its behaviour rules, threatening teachers is never ok. Some of the comments on here lately are disgraceful. Let's be better than that.
""", comments=(
    ("Beverley T", "Well said Femi."),
    ("Paul Okonjo", "100%"),
), reactions=120),
    E("kmensah", "title_surname", "neutral"),
)  # fmt: skip

add("facebook", fb(KHR, "Junior Campbell", "Saturday at 09:00", """
Campbell's Patties now doing VEGAN patties 🌱 ackee & callaloo and spicy lentil. Come try before they sell out. Kestrel Hill Road, 11-7, cash or card now (finally 😂).
""", comments=(("Big Mike", "Nah you've changed Junior 😂 still coming for the goat though"),), reactions=44),
)  # fmt: skip

add("facebook", fb(LMD, "Tanisha Brown", "Wednesday at 16:20", """
Rant incoming. My son (Y9) has been EXCLUDED for two days by Mr Okafor for his HAIRCUT. A fade with a line. That's it. Half the boys in Lowbury have the same cut. Ashgrove Park say it's "extreme" and against uniform policy. It's his culture. I'm going to the governors.
""", comments=(
    ("Dee Johnson", "This is ridiculous, same happened to my nephew last year"),
    ("Kwesi O.", "Okafor is a coconut, black on the outside and white on the inside, punishing our own boys for looking black to impress the white teachers"),
    ("Tanisha Brown", "I don't agree with calling him names but the policy is wrong"),
    ("Marsh Lane Mo", "Go to the governors and cite the Equality Act, hair discrimination is a thing"),
), reactions=97),
    E("school", "alias", "negative"),
    E("cokafor", "title_surname", "hate"),
)  # fmt: skip

add("facebook", fb(KHR, "Kestrel Hill Business Forum", "10 October at 12:00", """
Congratulations to Tomasz Kowalczyk of Kowalczyk Deli, named Lowbury Independent Shop of the Year 2024 🏆 after rebuilding following last year's fire. A true Kestrel Hill story!
""", comments=(("Magda Nowicka", "Brawo Pan Tomasz! 👏"),), reactions=230),
)  # fmt: skip

add("facebook", fb(LMD, "Grace Ampofo", "Sunday at 18:44", """
Just want to say a massive thank you to Tunde Adewusi and the music department for the Christmas concert. I don't know how Mr A gets 200 kids singing in harmony but he does. Best night of the year 🎄🎶
""", comments=(
    ("Mummy Ama", "My son would follow that man into battle 😂"),
    ("Femi Adebayo", "Brilliant night"),
), reactions=78),
    E("tadewusi", "nickname", "neutral"),
)  # fmt: skip

add("facebook", fb(LCN, "Marlon Reid", "Thursday at 07:15", """
Does anyone have an email for the head at APA? Want to complain about the 7am "school closed" texts, it's the third time and I've got to be at work for 8. Not acceptable.
""", comments=(
    ("Gloria Asante", "The office address is on the website, they pass it on"),
    ("Ben Carter", "Write to the governors too, copy the trust"),
), reactions=6),
    E("school", "alias", "negative"),
)  # fmt: skip

add("facebook", fb(LCN, "Lowbury Truth Seekers", "Friday at 22:30", """
Bob Hartley, the sixth form head at Ashgrove who put my daughter on report for "attitude", lives at 3 Fenwick Close, red door, silver Skoda on the drive. Thought people should know who they're dealing with.
""", comments=(
    ("Ruth K", "This is the second time this account has posted someone's address. Admins??"),
    ("Admin - Lowbury Community Noticeboard", "Post removed and member banned."),
), reactions=4),
    E("school", "short_name", "neutral"),
    E("rhartley", "nickname", "doxxing"),
)  # fmt: skip

add("facebook", fb(LMD, "Chioma Eze", "Tuesday at 19:33", """
Mrs Byrne the SENCo is a saint. After two years of fighting, DS finally has his EHCP and a place at a specialist unit. She wrote half of the evidence herself on her own time. If your child has SEN at Ashgrove, Siobhan is the person you want on your side 🙏🏾
""", comments=(
    ("tired mum of 3", "Glad it worked out for you. Wish our experience was the same."),
    ("Chioma Eze", "Keep pushing hun, she is very stretched but she does care."),
), reactions=33),
    E("school", "short_name", "neutral"),
    E("sbyrne", "title_surname", "neutral"),
)  # fmt: skip

add("facebook", fb(LCN, "Proud Lowbury Born", "Saturday at 13:02", """
Is it just me or can half the Nigerian and Ghanaian teachers at Ashgrove not even speak proper English? My son can't understand a word in half his lessons. That school is turning into Lagos. Bring back proper English teachers for English kids.
""", comments=(
    ("Femi Adebayo", "Racist rubbish. My kids have had brilliant teachers there from every background."),
    ("Proud Lowbury Born", "just saying what everyone thinks"),
    ("Admin - Lowbury Community Noticeboard", "Removed for breaking group rules on hate speech."),
), reactions=3),
    E("school", "short_name", "hate"),
)  # fmt: skip

add("facebook", fb(LMD, "Kezia Ford", "Monday at 20:05", """
Mr O gave my daughter a detention for "looking at him wrong" in the corridor. Looking. At. Him. Wrong. He's so unfair with the year 8 girls. Anyone else? Ashgrove parents I mean.
""", comments=(
    ("Dee Johnson", "Okafor? Lol he's strict with everyone"),
    ("Kezia Ford", "yeah him"),
), reactions=7),
    E("school", "short_name", "neutral"),
    E("cokafor", "surname_only", "negative"),
)  # fmt: skip

add("facebook", fb(LMD, "Ngozi Okeke", "Thursday at 21:12", """
Anyone's kid had Agnieszka for chemistry at Ashgrove? DD says she's the best teacher she's ever had and wants to do chemistry at uni now 😮 never thought I'd see the day
""", comments=(("Kasia B.", "Yes! Mine too. She's brilliant."),), reactions=19),
    E("school", "short_name", "neutral"),
    E("akowalczyk", "nickname", "neutral"),
)  # fmt: skip

# ---- blogs

add("blog", blog("eats", "Kestrel Hill Road, end to end: where to eat now Yildiz Grill has gone", """
I have lived within a five-minute walk of Kestrel Hill Road for eleven years, and for most of that time my answer to the question "where should I eat round here?" has been "Yildiz Grill, obviously". So when Mehmet Yildiz finally turned off the grill in February after thirty-one years, it felt like the right moment to walk the whole road, top to bottom, and work out where I'm going to spend my money now. Spoiler: I have eaten far too much this month, and my jeans are not happy about it.

Let's start at the top, by the station, and work downhill.

Mensah's African & Caribbean Foods is technically a grocery, but at the back there's a hot counter that serves jollof, waakye on Saturdays, and a spicy beef patty that has caused genuine arguments on the internet. Auntie Efua, who runs the counter, will ask you if you want it "spicy or Ghana spicy". Be honest with yourself. I was not, and I spent the afternoon drinking milk.

Two doors down is Campbell's Patties, a Kestrel Hill institution since 1989. Junior Campbell took over from his father in 2010 and has quietly made it better, which is not an easy thing to do to a place people love. The curry goat patty is the one everyone talks about, but I'm a convert to the saltfish, and the new vegan ackee and callaloo patty is excellent even if you're not vegan. Get a carrot juice. Trust me.

Halfway down the hill you'll pass Kowalczyk Deli, which reopened in the spring after a fire that could easily have finished it. Tomasz Kowalczyk rebuilt the shop almost single-handedly, and it now has a small seating area by the window and a hot food counter. Friday is pierogi day. The ruskie pierogi (potato and cheese, fried onions on top) are the best I've had outside Kraków, and the spicy beef ones, a collaboration with the Mensah's counter up the road, are a beautiful piece of Kestrel Hill fusion. There's also a very good poppy seed cake and a fridge of Polish beers that is dangerous on a warm evening.

Next to the deli is Yildiz Barbers, which is where Mehmet's son Burak, a former Lowbury Town midfielder, cuts hair. It is not a restaurant, but I mention it because on the Saturday after the grill closed, Burak laid on a farewell dinner for his father in the shop, with a borrowed grill in the yard at the back, and about two hundred people turned up. I had a lamb adana wrap sitting in a barber's chair while an old man cried into his ayran. It was one of the best nights I've had in Lowbury.

Further down, past the big Tesco and the bus garage, the food gets more mixed. There's a decent Vietnamese place, Phở Lowbury, where the broth is rich and the staff are lovely, and a branch of a chicken chain I won't name which is, at ten to four on a school day, the most chaotic place in south London. Kids pour in from the schools on Marsh Lane and the queue goes out of the door. The staff deserve medals. So, frankly, does anyone who has to get past it with a buggy.

At the bottom of the hill, on the corner of Tannery Street, is the newest arrival: Sofra, a Turkish café opened in June by a young couple from Izmir. It is not Yildiz Grill and doesn't pretend to be. It's lighter, brighter and more brunch-oriented: menemen, simit, gözleme made to order by a woman at a griddle in the window. The Turkish breakfast for two is a ridiculous amount of food for £24 and kept me going until dinner. Their coffee is excellent. There's a small play corner at the back, which as a parent I appreciate more than I can say.

If you are willing to go off the main road, Byrne's Bar on Marsh Lane does a proper Irish stew on Thursdays during the trad session, and a Sunday roast that is honest rather than fancy. Niall Byrne behind the bar will tell you which of the local teams is playing and whether it's worth staying for. It usually isn't, but the Guinness is good.

A few general observations after a month of eating my way down one road.

First: prices. Everything is more expensive than it was. The price of a patty has gone from £1.80 to £2.60 in three years. The price of a doner at Yildiz Grill, at the end, was £8.50, and Mehmet told me he was still losing money on it. The rent on these units has doubled in some cases. When people complain about a local favourite putting its prices up, I wish they would remember that the alternative is another vape shop.

Second: families. Almost every good place on this road is a family business, and almost every one is run by people who came to Lowbury from somewhere else and made it home. Ghana, Jamaica, Poland, Turkey, Ireland, Vietnam. That's not a slogan, it's just what the road is.

Third: the school-run rush is real. If you want a quiet lunch, go before three or after five.

So where will I be eating? Honestly, a bit of everywhere. Friday pierogi. Saturday waakye. Sunday brunch at Sofra if I can get the kids out of bed. And every now and then, when I'm walking past the empty unit where Yildiz Grill used to be, I'll stop and remember the chilli sauce.

If you've got a Kestrel Hill Road favourite I've missed, tell me in the comments.
""", author="Nell", date="14 April 2024", tags=("Kestrel Hill", "Lowbury", "Turkish", "Caribbean", "Polish"),
    comments=(
        ("Gary_L", "14 April 2024", "Great write up. You missed the chippy by the garage, best cod in SE29."),
        ("Efua M", "15 April 2024", "Thank you for the kind words about our patties! Come back for Saturday waakye x"),
    )),
)  # fmt: skip

add("blog", blog("chalk", "Why I left teaching after twelve years (and why I still miss it)", """
I handed in my notice on a wet Tuesday in March, in a car park, on my phone, because I knew that if I walked into my head of department's office and looked her in the eye I wouldn't go through with it. I had been a history teacher for twelve years. I loved it. I was, I think, quite good at it. And by the end I was crying in the car most mornings before I went in.

This post has been sitting in my drafts for eight months. I've rewritten it maybe fifteen times. Every version either sounded bitter, which I don't want to be, or sounded like a recruitment advert, which I definitely don't want to be. So I'm just going to tell it in order and hope it lands somewhere in between.

I trained in 2011 on a PGCE in Brighton and did my first placement in a comprehensive in Crawley that was, at the time, in special measures. I loved it immediately. The kids were funny and sharp and furious about the world in a way I recognised. I remember teaching a Year 9 lesson on the suffragettes and a girl at the back, who had not said one word in three weeks, put her hand up and asked why nobody had ever told her this before. I went home and told my partner I'd found my job.

My first proper post was in east London, a big mixed comprehensive with a brilliant history department and a head who, it's fair to say, ran the place on charisma and fear in roughly equal measure. I learned more in those three years than in any other period of my life. I learned how to hold a room. I learned how to ring a parent and deliver bad news without making an enemy. I learned that the kid who tells you to eff off in period five is very often the kid who hasn't eaten since yesterday lunchtime.

Then, in 2017, I moved south of the river and spent four years at Ashgrove Park Academy in Lowbury, an all-through school on a long, unlovely road called Marsh Lane. I want to be fair about Ashgrove, because there were things about it I'll be grateful for all my life. The kids were extraordinary. The community around it, a proper inner-London mix of Nigerian, Ghanaian, Turkish, Polish, Jamaican and white working-class families, was warm and proud and argumentative. And some of the people I worked with were the best teachers I've ever seen. My mentor in my first year there, Kwame Mensah, who was then a head of year, could walk into a corridor of two hundred shouting teenagers and bring it to silence by standing still and raising one eyebrow. He taught me that relationships are the whole job and everything else is admin.

But Ashgrove was also, during my time there, a school that ate its staff. There was a period of about eighteen months, before the current leadership, when we had four different behaviour policies, three different marking policies and a data drop every six weeks that required us to enter a predicted grade for every child in every class, which nobody ever looked at. Staff turnover was enormous. I had five different line managers in four years. When the school was inspected in 2022 and judged to require improvement, nobody in the staffroom was surprised, and quite a few people were relieved, because at least it was finally written down. I left just before that inspection, and the school has, by all accounts, improved since. I'm glad. But I left it exhausted in a way I didn't know was possible.

My last school was in Kent. Smaller, calmer, greener. I thought it would save me. For a while it did. But the truth is that the job itself had changed, and moving fifty miles didn't change that.

Here is what I think changed.

The paperwork multiplied. Every conversation with a child had to be logged. Every phone call home had to be logged. Every piece of feedback had to be evidenced. I understand why: safeguarding matters, accountability matters. But at some point the logging became the job, and the teaching became the thing you squeezed in around it.

The support around children disappeared. When I started, if a child was struggling, there was a learning mentor, a school counsellor, a youth worker down the road, a CAMHS appointment within a few months. By the end, there was me, a pastoral lead with a caseload of a hundred and forty, and a waiting list of eighteen months. Teachers became the last people standing, doing social work and mental health triage between lessons on the Tudors.

The pay fell behind. I'm not going to pretend I went into teaching for the money. But by the end I was earning, in real terms, less than I had five years earlier, and renting a one-bed flat with my partner at thirty-five, and I started to do the maths on whether we could ever have children on what I earned.

And the joy went. Not all of it. But I noticed that I hadn't laughed in a lesson for weeks. I noticed that I was dreading Sunday evenings from about Saturday lunchtime. I noticed that I'd stopped reading history for fun.

So I left. I now work for a heritage charity, writing learning resources for museums. I work nine to five. I don't take marking home. I sleep.

Do I miss it? Every day. I miss the moment when a kid gets it. I miss the noise. I miss being trusted with other people's children, which is the biggest honour there is. I miss the staffroom humour, which is the darkest and funniest humour on earth. I even, God help me, miss Year 9 on a windy Friday afternoon.

If you're a teacher reading this and thinking about leaving, I'm not going to tell you to stay or to go. I'll just say: you are allowed to leave. Leaving is not failing. And if you stay, please look after yourself, because the system will not do it for you.

And if you're Kwame, reading this: thank you. I still use the eyebrow.
""", author="Hannah (formerly Ms Lyle)", date="2 November 2023", tags=("teaching", "burnout", "leaving teaching", "London schools"),
    comments=(
        ("PrimaryPaul", "2 November 2023", "This made me cry. 14 years in, thinking about it every single day."),
        ("kwame_m", "3 November 2023", "Still got the eyebrow. Proud of you Hannah. The kids missed you."),
        ("Jo_teaches", "4 November 2023", "The logging. Oh my god, the logging."),
    )),
    E("school", "exact", "negative"),
    E("kmensah", "exact", "neutral"),
)  # fmt: skip

add("blog", blog("riverlight", "Spotlight: music at Ashgrove Park", """
In the fourth of our school spotlights, we visit Ashgrove Park, our all-through academy in Lowbury, where music has become part of the fabric of school life.

Walk past the music block at lunchtime on any day of the week and you'll hear something: a steel band rehearsing, a Year 7 choir warming up, or a group of sixth formers building beats on the school's new digital audio workstations.

Head of Music Mr Adewusi joined the school in 2016. "When I arrived we had eleven students taking GCSE music," he says. "This year we have thirty-four, and the music tech A-level is full. The talent was always here. The kids just needed to see that music was something people like them do."

Every pupil in the primary phase learns a tuned instrument in Year 4, and more than 300 pupils across the school take part in an ensemble. This year the school's gospel choir reached the final of the London Schools Choir competition.

The trust's music hub will be extending the instrument loan scheme to all Riverlight primary schools from September.
""", author="Riverlight Communications Team", date="20 March 2024", tags=("music", "school spotlight", "Ashgrove Park")),
    E("school", "alias", "neutral"),
    E("tadewusi", "title_surname", "neutral"),
)  # fmt: skip

add("blog", blog("mumlife", "Two years, one EHCP and a lot of cold coffee: our SEND journey so far", """
People keep asking me how we got Dami's EHCP, so I've finally sat down to write it all out. Grab a brew. This is a long one, and it's not a neat story with a happy ending, but it's ours.

Dami is eleven. He's autistic, he has ADHD, he is funny and clever and obsessed with trains, and for most of his life school has been a place where he has felt like he's drowning. In primary he was lucky: a small school, a Year 2 teacher who "got" him, a head who bent rules when they needed bending. We didn't push for an EHCP because, honestly, we didn't need one. The adults around him were doing the work.

Then came secondary.

We chose Ashgrove because it's round the corner and because his cousins go there, and I thought familiar faces would help. In some ways they did. But a school of nearly two thousand kids, with bells and corridors and six different teachers a day, was exactly the environment the autism outreach service had warned me about. By October of Year 7 he was refusing to go in two or three days a week. By November he'd had his first isolation, for walking out of a lesson when the fire alarm test went off. By Christmas he had stopped eating lunch because the canteen was too loud.

I emailed the SENCo, Siobhan B., in September, October and November. The first reply took three weeks. It was kind but vague: they were "aware" of Dami, they would "put strategies in place", could I "bear with them". I did bear with them. Nothing changed. I don't think she was lying to me. I think she had more children on her list than any one person could possibly help, and Dami was a quiet-ish problem, a kid who shut down rather than kicked off, and quiet-ish problems wait.

So, in January, I applied for the EHC needs assessment myself. You can do this as a parent, and I wish someone had told me years earlier. There's a template letter on the IPSEA website. It took me an evening.

The council refused to assess. Of course they did. Everyone told me they would. The letter said Dami was "making progress" and his needs could be met from the school's ordinary resources. I appealed. I spent evenings reading case law I didn't understand. I joined three Facebook groups and a WhatsApp group of parents who have become, genuinely, some of my closest friends. I learned what "Section F" means and why it matters that provision is "specified and quantified". I cried on the phone to a volunteer from a charity who had been through the same thing with her own son and who told me, very firmly, that I was not being unreasonable and I was not a bad mother.

Here's the bit I want to be fair about. Once the appeal was lodged, the school changed gear. Siobhan rang me (rang me!) and we had an hour-long conversation in which she was honest about what the school could and couldn't do without funding. She arranged for Dami to have a "base", a small room off the library where he could go when things got too much. She got him lunch passes so he could eat in the library with two other kids. She wrote a long, detailed report for the tribunal, on her own time by the look of the email timestamps, setting out exactly what he needed. That report, our solicitor said later, is probably what won it.

The council conceded two weeks before the tribunal hearing. The plan took another seven months to be finalised, because of course it did. It named a specialist resource base at a different school, which Dami started in September. He is, for the first time in two years, going in every day. He came home last week and told me about a boy in his class who also likes trains. I had to go and stand in the garden for a bit.

So what would I tell another parent at the start of this?

Apply for the assessment yourself. Don't wait for the school.

Put everything in writing. Every phone call, follow up with an email: "just to confirm what we discussed".

Find your people. The other parents are the ones who will get you through it.

Be angry at the system, not the individuals. I was furious with the school for months, and some of that anger was fair: the isolations should never have happened, and the silence from September to January was not OK. But the people inside the school are drowning too. The SENCo who didn't answer my emails in October is the same woman who wrote that report at eleven at night in June.

And look after yourself. I didn't, for a long time. I drank too much coffee and not enough water and I lay awake composing emails in my head at 3am. If you're there now: go to bed. The email can wait.

I'll write more about the new school soon. For now, he's happy. That's enough.
""", author="Folake", date="10 October 2024", tags=("SEND", "EHCP", "autism", "secondary transfer", "Lowbury"),
    comments=(
        ("SENDparent_ldn", "10 October 2024", "This is so helpful, sharing with my group. So glad Dami is settled."),
        ("tired mum of 3", "11 October 2024", "Sobbing. We're at the refused-to-assess stage. Thank you for this."),
    )),
    E("school", "short_name", "negative"),
    E("sbyrne", "first_initial", "negative"),
)  # fmt: skip

add("blog", blog("history", "From marsh to lido: a short history of Ashgrove Park", """
Ashgrove Park is so much a part of Lowbury life that it is easy to forget it was once a boggy field on the edge of the Thames marshes, good for nothing but grazing and the occasional highwayman. This article, based on a talk given to the Society in February, traces how the park came to be.

The name comes from the ash trees that lined the old drove road running north from Kestrel Hill to the river. A map of 1746 shows "Ash Grove Farm" on the site, a modest holding of about forty acres worked by a family named Hollis. The land was low and wet, and the farm's fortunes rose and fell with the weather. In the terrible winter of 1776 the Hollises lost most of their sheep, and within a decade the farm had been sold to the Maitland family, who owned much of the land between Kestrel Hill and the river.

For the next eighty years Ash Grove was leased to a succession of market gardeners, who drained it with a network of ditches (one of which survives as the ornamental pond) and grew cabbages, rhubarb and watercress for the London markets. The 1841 census records thirty-two labourers living in cottages along what is now Marsh Lane, many of them Irish, some of them recently arrived after the famine years.

The coming of the railway in 1862 changed everything. Lowbury station opened at the top of Kestrel Hill, and within twenty years the fields around it had disappeared under terraces of yellow-brick houses for clerks and railway workers. The Maitland estate sold off plot after plot. By 1885 Ash Grove was one of the last open fields left in the parish, and local people, led by the vicar of St Jude's and a radical tailor named Samuel Price, began to campaign for it to be saved as a public park.

The campaign took nine years. There were public meetings, petitions, a memorable letter to The Times, and at least one riot (although the Society's research suggests that "riot" may be an exaggeration by a hostile local newspaper of what was in fact a rowdy picnic). In 1894 the newly formed London County Council bought the land for £18,000, and Ashgrove Park, now written as one word, opened to the public on a rainy Whit Monday in 1896, with a brass band, speeches and a great deal of mud.

The early park was formal in the Victorian manner: gravel walks, carpet bedding, railings, a bandstand (the present one is a 1990s replica of the original), and strict rules against ball games, swearing and "persons of disorderly appearance". The park keeper lived in a lodge by the main gate on Ashgrove Road, which still stands and is now the café.

The great change of the twentieth century was the lido. Opened in 1931 as part of a scheme to provide work for the unemployed, Ashgrove Lido was for decades one of the most popular open-air pools in south London. On hot Sundays in the 1950s queues stretched back along Marsh Lane. Many older members of the Society have fond memories of freezing early-morning swims and of the tea hut, which sold Bovril in the winter to the hardy souls who swam all year.

The park suffered during the Second World War. Railings were removed for scrap, allotments were dug on the great lawn, and an anti-aircraft battery was stationed near the present tennis courts. In October 1940 a bomb fell on the northern edge of the park, destroying two houses on Heron Close and killing four people. A small memorial plaque was placed near the pond in 2010.

After the war the park slowly declined. By the 1980s the lido had closed, the bandstand had been demolished, and the park had a reputation for vandalism and worse. The Friends of Ashgrove Park was founded in 1991 by a group of residents determined to turn things round, and the following three decades have seen a remarkable revival: the lido reopened in 2005 after a long campaign, the bandstand was rebuilt, and the park won its first Green Flag award in 2012.

Today the park is used by thousands of people every week: dog walkers, runners, families, the Sunday league teams of Ashgrove Rovers, and in summer the crowds at the lido. The Friends still run monthly litter picks and an annual summer fair, and the Society's own heritage trail, with plaques marking the old farm boundary, the famine cottages and the bomb site, was unveiled in 2019.

The Society is grateful to the Lowbury Local Studies Library and to the many members who shared their memories for this article. Our next talk, on the history of Kestrel Hill's pubs, is on 14 March at the library. All welcome; tea and biscuits 50p.
""", author="Lowbury Past editorial committee", date="1 March 2024", tags=("Ashgrove Park", "parks", "lido", "Victorian Lowbury")),
)  # fmt: skip

add("blog", blog("terraces", "Season review: a strange, wonderful year at Lowbury Lane", """
Where do you even start with a season like that? Bottom of the table at Christmas, six wins on the spin in February, a League Cup run that ended in a penalty shootout at Dartford Vale, and a final-day escape that had grown men in tears on the terrace. Pour yourself something strong.

The signing of the season, by a distance, was Chidi Okafor. Club-record fee, homegrown Kestrel Hill boy, fourteen goals. Okafor's winner against Millbrook in April, a volley from the edge of the box with his weaker foot, is the best goal I have seen at the Lane in twenty years of going. The lad is going to get sold in the summer and we all know it, but what a ride.

Marcus Campbell at centre-back was immense after Christmas. People forget he was dropped in November; Campbell's response was to become the best defender in the league. Burak Yildiz's old number 8 shirt has finally found a worthy owner in young Tayo Bakare, promoted from the under-18s and fearless.

Less said about the manager's substitutions the better.

Player of the season: Okafor. Young player: Bakare. Worst moment: the 5-0 at home in October. Best moment: the final whistle on the last day, obviously. Up the Town.
""", author="TerraceTom", date="6 May 2024", tags=("Lowbury Town", "season review", "Okafor"),
    comments=(("TownTillIDie", "6 May 2024", "Okafor goal v Millbrook will never be topped"),)),
)  # fmt: skip

add("blog", blog("westminster", "The academies bill and the MP who used to run one", """
There is a certain irony in the fact that the MP leading the backbench charge against the government's academies bill used to sit on the board of an academy trust. Simon Hartley, MP for Lowbury North, spent six years as a director of a multi-academy trust in Surrey before entering Parliament. Now he says trusts have "too much power and too little accountability".

Has Hartley changed his mind, or has he simply noticed which way the wind is blowing? His critics point to the expenses row, the thin majority and the boundary changes, and suggest that a little populism on schools is a useful distraction. His allies say he saw the problems from the inside.

Either way, watch the amendment on trust CEO pay. Hartley has the votes to make it interesting.
""", author="Division Bell", date="4 June 2024", tags=("education", "academies", "Parliament")),
)  # fmt: skip

add("blog", blog("grime", "Lil Mensah: 'My music teacher gave me the keys to the studio'", """
South London's Lil Mensah (real name Kojo Mensah, no relation to anyone you know, he laughs) has had a year most 19-year-olds would dream of: a viral freestyle, a Radio 1 play, and a sold-out show at a Peckham warehouse. We sat down with him in his nan's front room in Kestrel Hill, surrounded by framed photos and a very suspicious cat.

Q: You started making music at school?

A: Yeah, at Ashgrove. Mr Adewusi, the music teacher, he let me use the studio at lunch when I was in year 9 and I was supposed to be in detention. He'd sit there marking and pretend he wasn't listening, then at the end he'd be like "the second bar's too busy, take the hi-hats out". Man was always right. He taught me how to use Logic, how to mix, everything. I owe him big.

Q: What's the scene like in Lowbury right now?

A: It's hard, innit. There's bare talent but nowhere to go. The youth club shut. Everyone's making tunes in their bedroom. But that's where the hunger comes from.

Q: What's next?

A: Tape in the summer. And I wanna go back to my old school and do a workshop. Give back, you know.

Lil Mensah's single "436" is out now.
""", author="Pirate Signal", date="21 February 2024", tags=("grime", "Lil Mensah", "interview", "south London"),
    comments=(("sub_bass_steve", "21 February 2024", "Adewusi raising a whole generation of producers down there fr"),)),
    E("school", "short_name", "neutral"),
    E("tadewusi", "title_surname", "neutral"),
)  # fmt: skip

add("blog", blog("edresearch", "What London's all-through schools get right about transition", """
For the last eighteen months I've been visiting all-through schools in inner London to understand one question: what happens to children at the move from Year 6 to Year 7 when they don't actually have to move?

The findings, which I'll publish properly next spring, are more complicated than the marketing suggests. But a few schools stood out, and one of them was Ashgrove Park Academy in Lowbury.

Ashgrove does something simple that I haven't seen elsewhere: every Year 6 teacher spends one afternoon a week in the summer term teaching in the secondary phase, and every Year 7 form tutor spends one afternoon a week in Year 6. By September the children already know three or four of their secondary teachers by name. Ms Adeyemi-Clarke, the principal, told me the idea came from a parent at a coffee morning. "She said her son wasn't scared of the work, he was scared of the faces. So we gave him the faces."

Attendance in Year 7 at Ashgrove is higher than the borough average, and the usual dip in reading scores between Year 6 and Year 7 is smaller. It's a small sample, and correlation is not causation. But it's the kind of low-cost, human idea that I think other schools should steal.
""", author="Dr Ruth Akande", date="9 September 2024", tags=("transition", "all-through schools", "research")),
    E("school", "exact", "neutral"),
    E("fadeyemiclarke", "title_surname", "neutral"),
)  # fmt: skip

add("blog", blog("uncovered", "EXCLUSIVE: Is Lowbury's biggest academy 'off-rolling' kids to fix its results?", """
Lowbury Uncovered has spoken to three former staff and five families who say that Ashgrove has been quietly pushing struggling pupils out before their GCSEs to boost its league table position.

The practice, known as off-rolling, is illegal when it is done to game results. Our sources say it has been happening at Ashgrove for at least two years, overseen personally by vice principal Chukwuemeka Okafor.

"Parents would be called in and told their child was about to be permanently excluded," one former teacher told us. "Then they'd be offered an 'alternative': move to a school across the borough, or home educate, and the exclusion goes away. Okafor would sit there and basically threaten them into signing. Those kids never appear in the Year 11 results. It's fraud."

One mother said her son was "pressured off the roll" in Year 10 after being diagnosed with ADHD. "Okafor said if I didn't take him out he'd be excluded and it would follow him for life. I was terrified. I signed."

We put these allegations to the Riverlight Academies Trust. They did not respond by the time of publication.

Lowbury Uncovered believes parents have a right to know. If you have a story, contact us in confidence.
""", author="Lowbury Uncovered", date="29 July 2024", tags=("Ashgrove", "off-rolling", "exclusions", "exclusive"),
    comments=(
        ("Tanisha Brown", "29 July 2024", "I knew it. I KNEW it."),
        ("Lowbury_Lou", "30 July 2024", "Anonymous sources and no response window. This blog has got things badly wrong before. Be careful."),
    )),
    E("school", "short_name", "defamation"),
    E("cokafor", "exact", "defamation"),
)  # fmt: skip

add("blog", blog("school", "Ashgrove Park Academy Newsletter - Spring Term, Issue 4", """
A message from the Principal. Dear families, what a half term! Our Year 11s have sat their mocks, our Year 2s have been to the Natural History Museum, and the gospel choir has reached the London final. Thank you, as always, for your support. Please remember that the school day starts at 8.30am and that the gates on Heron Close are for staff only. Mrs F. Adeyemi-Clarke, Principal.

Science news. Congratulations to the Year 10 team who won the borough Salters' Festival of Chemistry. Ms A. Kowalczyk, Head of Science, said: "They kept their heads when their indicator turned the wrong colour and worked out why. That's real science." Well done to Priya, Jamal, Oskar and Deborah.

Primary phase. Year 2 have been learning about the Great Fire of London, and thanks to Miss K. Price's class for the splendid cardboard Pudding Lane that now fills the primary hall (and sets off no alarms). Reading Café returns on Friday mornings at 8.15; all families welcome.

Attendance. Our attendance this half term was 94.1%, up from 92.6% last year. If your child is unwell, please call the attendance line on 020 7946 0382 before 9am.

Dates for your diary. Parents' evening (Years 7 and 8): Thursday 7 March. Spring concert: Wednesday 27 March, 6pm. Easter holidays: 28 March to 12 April.

Ashgrove Park Academy, Marsh Lane, Lowbury, London SE29 4QT. Part of the Riverlight Academies Trust.
""", author="Ashgrove Park Academy", date="23 February 2024", tags=("newsletter", "spring term")),
    E("school", "exact", "neutral"),
    E("fadeyemiclarke", "initial_surname", "neutral"),
    E("akowalczyk", "initial_surname", "neutral"),
    E("kprice", "initial_surname", "neutral"),
)  # fmt: skip

add("blog", blog("maths", "Why we stopped setting in Year 7 (and what happened next)", """
About me: I'm Emre Y., a maths teacher at an all-through academy in Lowbury, south London. I've been teaching for nine years. I write here about the things that work and, more often, the things that don't.

Two years ago our department stopped setting Year 7 by prior attainment. Every class became mixed. I was sceptical. I'd been taught in sets, I'd taught in sets, and I believed the top set kids would be held back and the bottom set kids would drown.

Here's what actually happened. The kids who would have been in bottom sets made the biggest gains. Their teachers had higher expectations of them, because the room had higher expectations. The kids who would have been in top sets did fine: their results were no worse than the year before. The hardest bit was the teaching, which got harder, because you have to plan for everyone at once.

Things that helped: a shared bank of "low floor, high ceiling" problems; a lot of mini-whiteboards; and a head of department who protected our planning time.

Things that didn't: worksheets with three levels labelled bronze, silver and gold. The kids always know what bronze means.

Would I go back? No. Would I recommend it to every school? Not without the time to plan for it.
""", author="Emre", date="15 January 2024", tags=("maths", "setting", "mixed attainment"),
    comments=(("mathsmum", "16 January 2024", "Fascinating. Our school sets from Year 7 and my son has been in set 4 since day one. He thinks he's 'bad at maths'."),)),
    E("eyildiz", "first_initial", "neutral"),
)  # fmt: skip

add("blog", blog("cycling", "Ride report: the Kestrel Hill reps and the long way home", """
Sunday's club ride was a hill special: six reps of Kestrel Hill (0.9km at an average of 6%, with a nasty 11% ramp past the station) followed by a gentle spin back along the river.

We met at the café in the park at 8am. Eleven riders, one puncture before we'd left the car park (thank you, Dave). The first rep was a warm-up. By the fourth, the group had split into the people who had trained over winter and the people who hadn't. I was in the second group.

Top tip for anyone doing the climb on a weekday: don't. Between 8 and 9 the road is solid with buses and the school run, especially around the big academy at the bottom of Marsh Lane. Sunday morning, it's yours.

From the top we looped down Ashgrove Road, past the lido and the old lodge, and out to the river path. Coffee and a very large slice of banana bread at the boathouse café. 64km, 780m of climbing, one puncture, zero crashes. A good day.

Next week: the flat route to Greenwich for anyone whose legs haven't recovered.
""", author="Ade R", date="24 March 2024", tags=("ride report", "hills", "Kestrel Hill")),
)  # fmt: skip

# ---- more short posts

add("social", social("X", "@ashgrove_survivor", "Wed",
    "tunde adewusi's personal email is tunde.adewusi@mailbox.example and his snap is on his old soundcloud. go tell him what u think about him cancelling the music trip",
    stats="♥ 2"),
    E("tadewusi", "nickname", "doxxing"),
)  # fmt: skip

add("social", social("TikTok", "@y9.beef", "3d", """
head of year 9 really thinks he's the president 😭 #ashgrove
""", replies=(
    ("lowkey_lowbury", "mensah lives above the chicken shop on kestrel hill road, flat 2, green door. just saying 👀"),
    ("nah.fam.x", "why would u post that bro delete it"),
    ("lowkey_lowbury", "🤷🏾‍♂️"),
)),
    E("school", "hashtag", "neutral"),
    E("kmensah", "surname_only", "doxxing"),
)  # fmt: skip

add("social", social("X", "@ks1_adventures", "Fri",
    "World Book Day in Year 2 at Ashgrove Park Academy today 📚 we had 6 Gruffalos, 4 Elsas and one very committed Mr Stink. Best job in the world. #WorldBookDay #EYFS #KS1",
    stats="♥ 64"),
    E("school", "exact", "neutral"),
)  # fmt: skip

add("social", social("Instagram", "@big.del.coaches", "Sun", """
Another Saturday at the track with the Ashgrove Park Academy athletics squad 🏃🏾‍♀️🏃🏾 U15 girls 4x100 borough champions!! Proud of every one of them. #AshgroveAthletics #LowburyAthletics
""", replies=(("@athletics_mum", "Big Del does it again 💙 these girls trained in the rain all winter"),), stats="♥ 150"),
    E("school", "exact", "neutral"),
    E("dcampbell", "nickname", "neutral"),
)  # fmt: skip

add("social", social("X", "@lowbury_lad", "Mon",
    "Miss Price at Ashgrove is a useless cow. Three weeks and she still hasn't sorted out my daughter getting bullied at playtime. Too busy doing displays for instagram",
    stats="♥ 1"),
    E("school", "short_name", "neutral"),
    E("kprice", "title_surname", "abuse"),
)  # fmt: skip

add("social", social("X", "@se29_senco_watch", "Thu",
    "Byrne is a waste of oxygen. Sits on EHCP requests for months and then acts shocked when parents kick off. Ashgrove SEND is a disgrace.",
    stats="♥ 4"),
    E("school", "short_name", "negative"),
    E("sbyrne", "surname_only", "abuse"),
)  # fmt: skip

add("social", social("X", "@truth_lowbury", "Tue",
    "Mrs AC at ashgrove has been fiddling the budget for years, where do u think the money for the TAs went? new car every year. someone needs to audit her",
    stats="♥ 12  ↻ 20"),
    E("school", "short_name", "neutral"),
    E("fadeyemiclarke", "nickname", "defamation"),
)  # fmt: skip

add("social", social("X", "@y13_leaver", "Jul",
    "Hartley was drunk at the leavers' do and had to be walked to a taxi by the deputy head 😭😭 ashgrove staff be wilding",
    stats="♥ 40  ↻ 8"),
    E("school", "short_name", "neutral"),
    E("rhartley", "surname_only", "defamation"),
)  # fmt: skip

add("forum", forum("sixthform", "Subject choices", "music tech a level at ashgrove - worth it?", (
    ("beatmaker_06", "Posted 2 Jun", "thinking of doing music tech at ashgrove next year alongside maths and computing. is it a real a level or a doss? my dad thinks it's a doss"),
    ("y13_producer", "2 Jun", "Adewusi's music tech course is peng fr, its not a doss at all, the coursework is long. but you come out actually knowing how to mix and master. two people from last year went to do music production at uni"),
    ("beatmaker_06", "2 Jun", "ok bet. gonna show my dad this lol"),
)),
    E("school", "short_name", "neutral"),
    E("tadewusi", "possessive", "neutral"),
)  # fmt: skip

add("facebook", fb(LMD, "Bimpe Adeleke", "Wednesday at 12:14", """
Does anyone know if Mrs Adeyemi is still the head at Ashgrove? Someone told me she's leaving for a trust job. She's been brilliant with my daughter's transition, I'd be sad to see her go.
""", comments=(
    ("Gloria Asante", "As far as I know she's staying! Where did you hear that?"),
    ("Bimpe Adeleke", "Just playground gossip 😅 phew"),
), reactions=11),
    E("school", "short_name", "neutral"),
    E("fadeyemiclarke", "hyphenated", "neutral"),
)  # fmt: skip

add("social", social("X", "@bro_of_excluded", "Sat",
    "Оkafor better watch his back after what he did to my brother. 11 years old and excluded. we know what time he leaves that building",
    stats="♥ 0"),
    E("cokafor", "homoglyph", "threat"),
)  # fmt: skip

add("social", social("X", "@y12_mood", "Tue",
    "H a r t l e y really made the whole of year 12 redo our personal statements over half term. some of us have lives sir 😭",
    stats="♥ 55"),
    E("rhartley", "spacing", "negative"),
)  # fmt: skip

add("social", social("X", "@alumni_ashgrove", "Sun",
    "Ex-pupils: we're collecting messages for Mr Mensah's 20 years at the school. Add yours to the MrMensahAppreciation padlet by Friday 🙏🏾💙",
    stats="♥ 220  ↻ 95"),
    E("kmensah", "camelcase", "neutral"),
)  # fmt: skip

add("social", social("X", "@stem_girls_lowbury", "Thu",
    "Huge thanks to @MsKowalczykChem for hosting 40 Year 8 girls for our Women in Chemistry afternoon 🧪 elephant toothpaste never gets old",
    stats="♥ 37"),
    E("akowalczyk", "handle", "neutral"),
)  # fmt: skip


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
