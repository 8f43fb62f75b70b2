# ruff: noqa: E501
"""Labelled corpus heldout6 for the repwatch matcher (St Anselm's Catholic High School, Ollerbank).

HELD OUT. Written WITHOUT reading the matcher, its tuning corpora or the other held-out
corpora: it is measured once, at the end, as the honest estimate of how the matcher does on
writing it has never seen. Never tune on it — do not read its errors and change the matcher
to suit them, or the measurement is spent.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_heldout6

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the places, the sites, the phone numbers (Ofcom drama ranges) and the addresses.

Setting: a Catholic voluntary-aided 11-18 high school in Ollerbank, a former cotton town in
Lancashire (districts Tenterfield, Weavers Brow, Greave End, Mossthwaite, Lumb Vale). The
short name "St Anselm's" is shared by the parish church (whose priest is a Father Kelly), the
Catholic primary school, the amateur rugby league club ("the Saints") and the funeral home;
St Anselm's Road is a street. Staff share surnames (Walsh, Kelly, Murphy, Hargreaves,
Sandhu, Entwistle, Brennan) with a councillor, a footballer, a priest, a dog groomer, a GP,
a butcher, a coach firm and others; a rugby prop is also called "Tatts" Tattersall.

Labelling conventions used here: ``exact`` is the full watchlist name in any letter case
("st anselm's catholic high school", "Daniel Kelly"); ``short_name`` is "St Anselm's",
"St Anselms", "Saint Anselm's" or bare "Anselm's"/"anselms" alone; ``alias`` is a watchlist
alias ("St Anselm's RC High", "St Anselm's High", "SACHS") or Mrs Murphy's maiden name
("Miss Greenhalgh", "Liz Greenhalgh"); ``nickname`` covers by-names and short first names
("Tatts", "Wrobbo", "Mrs KL", "Kate Hargreaves", "Steve Walsh", "Mr K", "Kelly PE", "Miss V")
and a first name alone in context ("Niamh the chaplain");
``possessive`` is a name that only appears possessively without a title ("Walsh's
detentions"), while "Mr Walsh's" counts as ``title_surname``; ``hyphenated`` is one half of
the head's double-barrelled surname ("Mrs Kershaw", "Mrs Lowe") or the surname with the
hyphen dropped; ``first_initial`` is first name plus surname initial ("Liz M."); ``typo``
is a misspelling ("St Anslems", "Mr Wroblewsky"). "The head", "sir", "the chaplain" with no
name are not mentions of anyone. A news report of a threat/hate incident against a named
staff member carries that category for them; a report of a court case or tribunal on
allegations is ``defamation``. The school is labelled ``negative`` only where the page
criticises the school itself, not merely one of its staff; every review posted on the school's
own review page names the school in its header, and a one- or two-star review there counts as
criticism of the school.
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
    "school", "bkershawlowe", "swalsh", "nbrennan", "dkelly", "emurphy", "khargreaves",
    "jtattersall", "twroblewski", "rsandhu", "jentwistle", "averhoeven",
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
    "echo": (
        "Ollerbank & District Echo",
        "ollerbankecho.example",
        ["Home", "News", "Sport", "Family Notices", "Letters", "What's On", "Jobs"],
    ),
    "lancs": (
        "LancsToday",
        "lancstoday.example",
        ["News", "Crime", "Education", "Politics", "Sport", "Property"],
    ),
    "council": (
        "Ollerbank Borough Council",
        "ollerbank-bc.example",
        ["Home", "Planning", "Council and democracy", "Meetings", "Schools", "Bins and recycling"],
    ),
    "diocese": (
        "Catholic Voice - Diocese of Calderford",
        "calderford-diocese.example",
        ["Home", "Parishes", "Schools", "Youth", "Safeguarding", "Donate"],
    ),
    "staffroom": (
        "Staffroom Times",
        "staffroomtimes.example",
        ["News", "Leadership", "SEND", "Jobs", "Opinion", "Podcasts"],
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
        '<div class="cookie">This site uses cookies. By continuing you agree to our use of cookies. <button>Accept</button> <button>Settings</button></div></header>',
        f'<main><div class="breadcrumb">Home &gt; {h(section)}</div><article><h1>{h(headline)}</h1>',
    ]
    if byline or date:
        out.append(f'<div class="byline">{h(byline)} <time>{h(date)}</time></div>')
    out.append(_paras(body))
    out.append('<div class="share">Share: Facebook | X | WhatsApp | Email</div></article>')
    if comments:
        out.append(
            f'<section class="comments"><h2>Comments ({len(comments)})</h2><p class="rules">Comments are moderated. Please be respectful.</p>'
        )
        for user, when, text in comments:
            out.append(
                f'<div class="comment"><span class="user">{h(user)}</span> <span class="when">{h(when)}</span><p>{h(text)}</p><a href="#">Reply</a> <a href="#">Report</a></div>'
            )
        out.append("</section>")
    if related:
        out.append(
            '<aside class="related"><h3>More from the Echo family</h3><ul>'
            + "".join(f'<li><a href="#">{h(r)}</a></li>' for r in related)
            + "</ul></aside>"
        )
    out.append(
        f'</main><footer><p>&copy; 2025 {h(name)}. All rights reserved.</p><a href="#">Privacy</a> | <a href="#">Terms</a> | <a href="#">Contact us</a> | <a href="#">Corrections</a></footer></body></html>'
    )
    return "\n".join(out)


FORUMS = {
    "mumsboard": ("MumsBoard", "mumsboard.example", "Talk"),
    "threadit": ("threadit", "threadit.example", "r/"),
    "lancstalk": ("LancsTalk", "lancstalk.example", "Boards"),
    "sixthroom": ("The Sixth Form Room", "sixthformroom.example", "Forums"),
}


def forum(site: str, board: str, title: str, posts: tuple[tuple[str, str, str], ...]) -> str:
    name, domain, crumb = FORUMS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="logo" href="https://{domain}/">{h(name)}</a> <nav><a href="#">Home</a> <a href="#">{h(crumb)}</a> <a href="#">Search</a> <a href="#">Log in</a> <a href="#">Join</a></nav></header>',
        f'<main><div class="breadcrumb">{h(crumb)} &gt; {h(board)}</div><h1>{h(title)}</h1>',
    ]
    for i, (user, meta, text) in enumerate(posts):
        cls = "op" if i == 0 else "reply"
        out.append(
            f'<div class="post {cls}"><div class="author">{h(user)}</div><div class="meta">{h(meta)}</div><div class="body">{_paras(text)}</div><div class="actions">Quote | Report | Share</div></div>'
        )
    out.append(
        f'<div class="pager">Page 1 of 1</div></main><footer>{h(name)} &middot; <a href="#">Community rules</a> &middot; <a href="#">Privacy</a> &middot; <a href="#">Contact</a></footer></body></html>'
    )
    return "\n".join(out)


BLOGS = {
    "millbrow": ("Mill Town Musings", "millbrow.example"),
    "lancsmum": ("Lancashire Mum Life", "lancsmumlife.example"),
    "teachblog": ("Notes from the Staffroom", "notesfromthestaffroom.example"),
    "reelnorth": ("Reel North - film writing", "reelnorth.example"),
    "runblog": ("Pennine Plodder", "pennineplodder.example"),
}


def blog(
    site: str,
    title: str,
    body: str,
    *,
    author: str,
    date: str,
    comments: tuple[tuple[str, str], ...] = (),
) -> str:
    name, domain = BLOGS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="site-title" href="https://{domain}/">{h(name)}</a><nav><a href="#">Home</a> <a href="#">About</a> <a href="#">Archive</a> <a href="#">Subscribe</a></nav></header>',
        f'<main><article><h1>{h(title)}</h1><div class="meta">Posted by {h(author)} on {h(date)}</div>',
        _paras(body),
        "</article>",
    ]
    if comments:
        out.append(
            f'<section class="comments"><h3>{len(comments)} thoughts on &ldquo;{h(title)}&rdquo;</h3>'
        )
        for user, text in comments:
            out.append(f'<div class="comment"><b>{h(user)}</b> says:<p>{h(text)}</p></div>')
        out.append("</section>")
    out.append(
        f"<aside><h4>Recent posts</h4><ul><li>Autumn on the moors</li><li>Why I gave up on bread</li><li>Half term, again</li></ul></aside><footer>Powered by WordPress-ish &middot; &copy; {h(name)}</footer></main></body></html>"
    )
    return "\n".join(out)


def review(
    site: str, place: str, stars: int, user: str, when: str, text: str, *, reply: str = ""
) -> str:
    out = [
        f"{site} - {place}",
        f"{user}  ·  {when}",
        "★" * stars + "☆" * (5 - stars),
        "",
        text.strip(),
    ]
    if reply:
        out += ["", "Response from the owner", reply.strip()]
    return "\n".join(out)


def social(
    platform: str,
    handle: str,
    text: str,
    *,
    when: str = "",
    replies: tuple[tuple[str, str], ...] = (),
    stats: str = "",
) -> str:
    out = [f"{platform}", f"{handle}{'  ·  ' + when if when else ''}", text.strip()]
    if stats:
        out.append(stats)
    for who, r in replies:
        out += ["", f"{who}", r.strip()]
    return "\n".join(out)


def facebook(
    group: str, poster: str, when: str, text: str, comments: tuple[tuple[str, str], ...] = ()
) -> str:
    out = [group, "", f"{poster}", when, "", text.strip(), "", "Like · Comment · Share"]
    if comments:
        out += ["", f"{len(comments)} comments", ""]
        for who, c in comments:
            out += [who, c.strip(), "Like · Reply", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- documents
# ---- news: local paper, regional site, council, diocese, trade press

add(
    "news",
    news(
        "echo",
        "St Anselm's pupils raise £4,000 to take sick parishioners to Lourdes",
        """
Pupils at St Anselm's Catholic High School have raised more than £4,000 to help pay for three elderly parishioners from across Ollerbank to travel with the diocesan pilgrimage to Lourdes this summer.

Over six weeks, students from Year 7 to Year 13 held cake sales, a sponsored silence and a 24-hour "bike-a-thon" in the school's sports hall on Holme Lane.

Lay chaplain Niamh Brennan, who organised the appeal, said: "The young people did every bit of this themselves. Some of them will be going as helpers, pushing wheelchairs through the sanctuary, and I don't think they'll ever forget it."

Father Gerard Kelly, parish priest of St Anselm's RC Church on Tenter Street, said the money would cover the travel of two parishioners from Greave End and one from Mossthwaite who would otherwise not have been able to afford the trip.

"It's a lovely thing for the whole town," he said. "The parish and the school have always been close, and this is that closeness in action."

The group travels at the end of July.
""",
        byline="By Sarah Pilkington",
        date="14 March 2025",
        related=(
            "Ollerbank market hall reopening date confirmed",
            "Bus cuts: what's changing on the 482",
            "Mossthwaite Miners sign new halfback",
        ),
    ),
    E("school", "exact", "neutral"),
    E("nbrennan", "exact", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Man admits threatening Ollerbank deputy head over son's exclusion",
        """
A Tenterfield man has admitted sending threatening messages to a deputy headteacher after his son was excluded from school.

Craig Booth, 41, of Spindle Close, pleaded guilty at Burnfield Magistrates' Court to sending a malicious communication.

The court heard Booth left a series of voicemails for Stephen Walsh, deputy headteacher at St Anselm's Catholic High School, in which he said he "knew what car he drove" and that Mr Walsh would "need eyes in the back of his head".

Prosecuting, Helen Rigby said Mr Walsh had been left "genuinely frightened" and had changed his route to work for several weeks.

Booth, representing himself, told magistrates he had been "out of order" and had written a letter of apology.

He was given a 12-month community order with 80 hours of unpaid work and a restraining order.

A spokesperson for the school said staff safety was its "first priority" and thanked police for their support.
""",
        byline="By Court Reporter",
        date="2 April 2025",
        section="Court",
        comments=(
            ("OllyLad_88", "2 days ago", "80 hours?? should of been locked up"),
            (
                "margaret.h",
                "2 days ago",
                "Poor man, teachers don't get paid enough to put up with this",
            ),
            (
                "CllrMWalsh",
                "1 day ago",
                "No relation before anyone asks! But well done to the police.",
            ),
        ),
    ),
    E("swalsh", "exact", "threat"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Councillor Walsh: 'Fortnightly bins are here to stay'",
        """
Ollerbank's cabinet member for environment has defended the move to fortnightly general waste collections, saying the borough "simply cannot afford" to go back.

Councillor Maureen Walsh (Labour, Weavers Brow) told a packed meeting at the town hall that recycling rates had risen by nine per cent since the change.

Residents from St Anselm's Road and the terraces around Cobden Street said overflowing bins were attracting rats.

"We've had a rat the size of a cat in the back alley," said one resident, Pauline Kelly. "Cllr Walsh should come and live round here for a week."

Mrs Walsh said extra food waste caddies would be delivered to the area before Easter and a missed-collection hotline was available on 01632 960771.
""",
        byline="By Jordan Haworth",
        date="21 February 2025",
        section="Politics",
        comments=(
            ("binman_pete", "3 days ago", "Walsh hasn't a clue mate"),
            (
                "Tenterfield Tony",
                "3 days ago",
                "St Anselm's Road has been a tip for years, nothing to do with bins",
            ),
        ),
    ),
)

add(
    "news",
    news(
        "lancs",
        "Ollerbank Catholic school told it 'requires improvement' by Ofsted",
        """
A Catholic high school in Ollerbank has been rated "requires improvement" by Ofsted, two grades down from the "outstanding" it was awarded in 2013.

Inspectors who visited St Anselm's Catholic High School in January said leaders had "not acted quickly enough" to tackle low-level disruption in lessons and that pupils with special educational needs were "not always well supported in mainstream classes".

The report praised the sixth form, which it described as "a real strength", and said relationships between staff and pupils were "warm and respectful".

Headteacher Bernadette Kershaw-Lowe said: "We accept the report's findings and we are already acting on them. The inspectors saw a school with a great deal to be proud of, and we will be back to good very quickly."

The school, which is voluntary aided and part of the Diocese of Calderford, has around 1,350 pupils including its sixth form.

A separate section 48 inspection of the school's Catholic life, carried out by the diocese last year, judged it "good".
""",
        byline="By Amira Shah, Education Reporter",
        date="6 March 2025",
        section="Education",
        comments=(
            (
                "Mum_of_3_Ollerbank",
                "6 Mar",
                "Not surprised at all. Mrs Kershaw-Lowe has been there six years and it's gone downhill every one of them. Time for her to go.",
            ),
            (
                "exstaffmember",
                "6 Mar",
                "The staff there work incredibly hard. It's not an easy job.",
            ),
            ("GreaveEndGary", "7 Mar", "my lad loves it there, one report doesn't change that"),
        ),
    ),
    E("school", "exact", "negative"),
    E("bkershawlowe", "exact", "negative"),
)

add(
    "news",
    news(
        "lancs",
        "Police probe racist graffiti aimed at teacher at Ollerbank school",
        """
Police are treating graffiti daubed on the wall of an Ollerbank high school as a hate crime after a teacher was targeted by name.

The racist slogans, which also included a crude drawing, were sprayed onto the rear wall of the technology block at St Anselm's Catholic High School on Holme Lane some time over the weekend.

Staff arriving on Monday morning found that the graffiti named maths teacher Mr Sandhu and contained racial slurs. It was covered over before pupils arrived.

Inspector Tom Aldred of Lancashire Police said: "This is a deeply unpleasant incident and we are treating it as a racially aggravated hate crime. We would ask anyone who saw people near the school late on Saturday or Sunday to contact us."

In a letter to parents, the school said it was "appalled" and that the member of staff was being supported. "There is no place for racism in our community, in our school or in our town," the letter said.
""",
        byline="By Amira Shah",
        date="18 November 2024",
        section="Crime",
        comments=(
            ("LancsLass", "18 Nov", "Disgusting. Hope they catch whoever did it."),
            (
                "PaulD",
                "18 Nov",
                "Mr Sandhu taught my daughter, lovely bloke. Sorry this happened to him.",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
    E("rsandhu", "title_surname", "hate"),
)

add(
    "news",
    news(
        "council",
        "Planning application 24/0613/FUL - Officer's report to Planning Committee",
        """
Application number: 24/0613/FUL
Site address: St Anselm's Catholic High School, Holme Lane, Ollerbank, OB7 4RD
Proposal: Erection of a two-storey sports hall with changing facilities, formation of a full-size floodlit 3G artificial grass pitch with 4.5m ball-stop fencing, relocation of staff car park (48 spaces) and associated landscaping.
Applicant: The Governing Body of St Anselm's Catholic High School, c/o Calderford Diocesan Schools Service
Agent: Pennine Design Partnership LLP
Ward: Lumb Vale and Holme
Case officer: Rebecca Standing
Recommendation: APPROVE subject to conditions

1. Site and surroundings

1.1 The application site extends to approximately 4.1 hectares and comprises the main campus of the school, which is a voluntary aided 11-18 secondary school with a published admission number of 240. The site is bounded to the north by Holme Lane, to the east by the rear gardens of properties on Fulling Mill Road and Carder Close, to the south by the disused mill lodge (a non-designated heritage asset) and to the west by the playing fields of St Anselm's Catholic Primary School, which is a separate establishment.

1.2 The existing sports provision comprises a single four-court sports hall dating from 1974, a tarmac multi-use games area and two grass football pitches which, the applicant states, are unplayable for much of the winter due to poor drainage. The ground slopes gently from north to south and the site lies in Flood Zone 1.

1.3 St Anselm's RC Church and its presbytery lie approximately 180 metres to the north-west, on the opposite side of Holme Lane. The church car park is used informally for parent drop-off on weekday mornings by agreement with the parish.

2. The proposal

2.1 The proposed sports hall would be sited on the existing tarmac games area, would measure approximately 34m by 27m and would have a ridge height of 10.2m. It would be clad in a mix of buff brick and grey profiled metal panels. It would contain a six-court hall, a fitness suite, changing rooms and a classroom.

2.2 The 3G pitch would occupy the lower grass pitch and would be lit by eight 15m columns. The applicant proposes community use of the pitch and hall on weekday evenings until 21:30 and at weekends until 18:00, and a draft community use agreement has been submitted. The applicant's supporting statement, prepared with the school's Head of PE, Mr D. Kelly, says that local clubs including Ollerbank Town Juniors and the girls' section of Ollerbank St Anselm's ARLFC have expressed an interest in regular bookings.

2.3 The staff car park would be relocated from the Holme Lane frontage to a new position to the rear of the science block, releasing the frontage for an enlarged pupil entrance plaza and a coach drop-off bay.

3. Consultation responses

3.1 Highways (Lancashire County Council): No objection subject to a construction traffic management plan and the provision of the drop-off bay before the pitch is first brought into use. Highways note that the existing arrangements on Holme Lane at the start and end of the school day are "congested but typical of a school of this size".

3.2 Environmental Health: No objection subject to a lighting condition limiting the lux level at the boundary of residential properties and a noise management plan for community use. EH recommends that no amplified sound be used on the pitch.

3.3 Sport England: Supports the application. The loss of a grass pitch is outweighed by the benefit of an all-weather surface available to the community.

3.4 Lead Local Flood Authority: No objection subject to a drainage condition.

3.5 Conservation Officer: The mill lodge is screened by existing trees which are to be retained. No objection.

3.6 Ward councillors: Cllr D. Murphy supports the application, noting the shortage of all-weather facilities in the east of the borough. Cllr M. Walsh has asked that the application be determined by committee because of the level of local interest.

4. Representations

4.1 The application was advertised by site notice and 112 neighbour letters. Sixty-three representations have been received: 41 in support and 22 objecting.

4.2 Letters of support make the following points:
- The existing facilities are inadequate and pupils deserve better.
- There is nowhere in Ollerbank for girls' teams to train in winter.
- The community use agreement will benefit the whole town.
- The school has been a good neighbour.

4.3 Objections raise the following points:
- Light spill from floodlights into rear gardens and bedrooms on Carder Close.
- Noise from evening and weekend use, including shouting and whistles.
- Parking by parents and, in future, by pitch users on Fulling Mill Road.
- One objector states: "The school has ignored residents' letters about parking for years. Parents of St Anselm's pupils block our driveways every single morning and the school does nothing. I have no faith that a management plan will be enforced."
- Loss of view and green space.
- Concern that the pitch will be used by adult teams late into the night.

4.4 A petition of 38 signatures objecting to the floodlights has been received from residents of Carder Close.

5. Planning policy

5.1 The relevant policies of the Ollerbank Local Plan (2019) are: SP1 (Sustainable development), DM4 (Design), DM9 (Amenity), DM17 (Community facilities), DM22 (Open space and sports pitches) and DM30 (Parking). The National Planning Policy Framework is a material consideration, in particular paragraphs 99 (school places) and 103 (open space and recreation).

6. Assessment

6.1 Principle. The proposal would improve sports provision at an existing school and would make new facilities available to the community. This accords with DM17 and DM22 and with the NPPF, which gives great weight to the need to create, expand or alter schools. The principle is acceptable.

6.2 Design. The sports hall is large but is set well back from Holme Lane and would be seen against the bulk of the existing teaching blocks. The materials are appropriate. Officers consider the design acceptable.

6.3 Residential amenity - lighting. The applicant's lighting assessment shows that, with the proposed asymmetric luminaires and back-shields, light levels at the windows of the nearest dwellings on Carder Close would not exceed 2 lux, which is within the guidance for a suburban area. A condition is recommended requiring the lights to be switched off by 21:30 and controlled by an automatic timer.

6.4 Residential amenity - noise. The nearest dwellings are approximately 42m from the edge of the pitch. The noise assessment predicts that evening use would be audible but would not exceed the relevant guideline levels. A noise management plan, a ban on amplified sound and the hours above are recommended.

6.5 Highways and parking. Officers acknowledge residents' frustration with the existing school-run congestion, which is a common issue around schools across the borough. The new drop-off bay and plaza are expected to take some pressure off Holme Lane. Evening users would be able to use the relocated staff car park, which would be empty outside school hours. A travel plan condition is recommended.

6.6 Other matters. Concerns about loss of view are not a material planning consideration. The mill lodge would be unaffected.

7. Conclusion

7.1 The benefits of the scheme to pupils at the school and to the wider community are substantial. Subject to the conditions below, the harm to residential amenity would be limited and would not outweigh those benefits.

8. Recommended conditions (summary)

1. Time limit - three years.
2. Approved plans.
3. Materials to be submitted.
4. Construction traffic management plan.
5. Drainage scheme.
6. Floodlights off by 21:30; automatic timer.
7. Noise management plan; no amplified sound.
8. Community use agreement to be completed before first use.
9. Drop-off bay before first use of pitch.
10. Travel plan.
11. Tree protection for the mill lodge trees.

Background papers: application file 24/0613/FUL, available to view on the council's planning portal. For queries contact the Planning Service on 01632 960700.
""",
        section="Planning",
        date="Planning Committee, 12 December 2024",
    ),
    E("school", "exact", "negative"),
    E("dkelly", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "diocese",
        "Catholic Voice - Lent edition: news from around the diocese",
        """
From the Bishop's desk

Dear brothers and sisters, as we begin this holy season I want to thank every parish, school and chaplaincy for the extraordinary generosity shown in our Advent appeal, which raised £212,000 for the diocesan care homes and the Seafarers' Mission in Fleetmouth. Lent is not a time for gloom but for clearing space: space for prayer, space for the poor, space for God. I hope each of you will find some small practice this year that you can carry beyond Easter.

Parish news

Burnfield, Our Lady of Lourdes: The parish has finally completed the restoration of the bell tower after four years of fundraising. A rededication Mass will be held on 22 March at 11am with the Bishop presiding. Refreshments afterwards in the parish hall - bring a plate!

Ollerbank, St Anselm's: Father Gerard Kelly marks twenty-five years as parish priest this spring. Parishioners are invited to a celebration supper on Saturday 5 April in the parish centre on Tenter Street. Tickets from the presbytery. The parish's SVP conference is also looking for new members to help with its weekly food parcels, which now reach more than sixty families across Greave End and Weavers Brow.

Clitherford, St Mary and St Michael: The Union of Catholic Mothers is hosting a Lenten quiet day on 15 March. All welcome, men included.

Fleetmouth, Stella Maris: Volunteers are needed for the Sunday hospitality rota at the Seafarers' Centre. Please contact Deacon Frank Oyelaran.

Schools and chaplaincy

Our secondary schools have had a busy term. At St Anselm's Catholic High School in Ollerbank, lay chaplain Niamh Brennan led a three-day Year 10 retreat at the diocesan youth centre at Whalley Fold, the first residential retreat since before the pandemic. Forty-two students took part. Niamh writes: "On the last night we sat in the chapel in silence for twenty minutes, forty-two fifteen-year-olds, and nobody looked at a phone. That's a miracle in itself." The school's chaplaincy team also ran a Christmas hamper collection for the parish SVP and a carol service for residents at Lumb Vale Court care home.

At Holy Cross Catholic High School, Burnfield, the new prayer garden designed by Year 8 students was blessed by Canon Peter Aspinall in February. Cardinal Newman College's sixth-form chaplaincy has launched a Tuesday lunchtime "Soup and Scripture" group which, we are told, is more popular for the soup.

Primary schools: St Anselm's Catholic Primary School in Ollerbank welcomed the Bishop for its Confirmation preparation day, and St Joseph's, Clitherford, celebrated its 150th anniversary with a Mass and a Victorian school day.

Safeguarding

All parishes are reminded that the updated safeguarding policy came into effect on 1 January. Every volunteer working with children or adults at risk must have completed the new online training module by Easter. Parish safeguarding representatives can contact the diocesan safeguarding office for support. If you have a concern about the safety of a child or adult at risk, please contact the safeguarding office or, in an emergency, the police.

Vocations

The diocese currently has four men in formation for the priesthood. Please pray for them, and for all those discerning a vocation to the priesthood or religious life. A discernment evening for men aged 18-40 will be held at the Cathedral House on 28 March.

Caritas Calderford

Our diocesan social action agency, Caritas Calderford, has published its annual report. Over the past year its projects supported more than 4,300 people: families using the baby bank in Burnfield, refugees attending English conversation classes in Fleetmouth, older people visited at home by the befriending service, and men leaving prison supported by the "Through the Gate" mentoring project. The report pays particular tribute to the parish SVP conferences, whose members are often the first people a family in crisis will speak to. Caritas is looking for volunteer befrienders in the east of the diocese, especially in Ollerbank, Clitherford and the surrounding villages. No experience is needed, training is provided and the commitment is one hour a week. Please speak to your parish priest or contact the Caritas office.

Schools: admissions reminder

Parents applying for Year 7 places at Catholic secondary schools for September are reminded that the supplementary information form must be returned to the school, not to the local authority, by the closing date. A baptism certificate or a letter from your parish priest may be required, depending on each school's oversubscription criteria. Parish offices receive a great many requests for letters in the weeks before the deadline, and we ask parents to allow at least ten working days. Our schools welcome families of all faiths and none, and where there are places, they will be offered according to each school's published arrangements.

Justice and peace

The diocesan Justice and Peace commission is inviting parishes to take part in the Lenten "Live Simply" challenge. Resources are available for download. The commission is also organising a coach to the national climate gathering in May.

Youth ministry

The diocesan youth pilgrimage to Lourdes departs on 26 July. Young people aged 16-25 can apply to join as helpers in the Hospitalité. Places are limited. This year several schools have fundraised to send sick and elderly parishioners with the pilgrimage, and we are grateful for their efforts.

Diary dates

- 5 March: Ash Wednesday
- 15 March: UCM Lenten quiet day, Clitherford
- 22 March: Rededication of the bell tower, Burnfield
- 28 March: Discernment evening, Cathedral House
- 5 April: Fr Kelly's jubilee supper, Ollerbank
- 13 April: Palm Sunday
- 17 April: Chrism Mass at the Cathedral, 11am

Obituaries

Please pray for the repose of the soul of Sister Mary Bernard Cullen, of the Sisters of Mercy, who died peacefully on 9 February aged 94. Sister Bernard taught at several schools in the diocese over a career of nearly forty years. May she rest in peace.
""",
        section="Newsletter",
        date="Lent 2025",
    ),
    E("school", "exact", "neutral"),
    E("nbrennan", "exact", "neutral"),
)

add(
    "news",
    news(
        "staffroom",
        "'We are running out of road': Lancashire head warns on SEND funding",
        """
The headteacher of a large Catholic secondary in Lancashire has warned that mainstream schools are being asked to meet needs they are not funded for, as the number of pupils with education, health and care plans in the county rises for the eighth year in a row.

Bernadette Kershaw-Lowe, who leads St Anselm's Catholic High School in Ollerbank, told Staffroom Times that her school now had 61 pupils with EHCPs, up from 19 five years ago.

"We are running out of road," she said. "We have a brilliant SENCO and a committed team, but the top-up funding for a plan often doesn't cover a single teaching assistant, let alone the specialist input the plan says the child needs."

Kate Hargreaves, the school's SENCO, said the paperwork alone took up two days of her week. "I came into this to work with children and families," she said. "Some weeks I barely see them."

The Department for Education said it was investing record amounts in high needs funding and would set out reforms to the system "in due course".

Ms Kershaw-Lowe's comments echo those of the Association of School and College Leaders, which last month called for a cross-party review of SEND funding.
""",
        byline="By Tom Ridley",
        date="27 January 2025",
        section="SEND",
        comments=(
            ("SENCOnorthwest", "27 Jan", "Every word of this. Solidarity from Bolton."),
            (
                "realist_teacher",
                "28 Jan",
                "Heads love a headline. Fund your SEN departments properly out of your own budgets first.",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
    E("bkershawlowe", "exact", "neutral"),
    E("khargreaves", "nickname", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Saints fight back to beat Miners in derby",
        """
Ollerbank St Anselm's ARLFC came from 12-0 down to beat local rivals Mossthwaite Miners 24-12 in a thrilling North West Counties derby at Tenter Street on Saturday.

The visitors led through two early tries from centre Reece Lomax, but the Saints hit back before the break when prop Jack "Tatts" Tattersall barged over from close range.

Tattersall was everywhere in the second half and was named man of the match. "Tatts has been our best player all season," said coach Danny O'Hare. "He's a plasterer during the week and I think he just takes it out on the opposition."

Scrum-half Liam Kelly added three goals, and a late interception by winger Kyle Murphy sealed it.

The Saints are now third in the table and host Burnfield Bulldogs next week. Club secretary Father Gerard Kelly - the parish priest is the club's longest-serving official - said the bar would be open from 1pm.
""",
        byline="By Sports Desk",
        date="10 February 2025",
        section="Sport",
        comments=(
            ("saintsfan1962", "10 Feb", "Tatts for England!! what a shift"),
            ("MinersMad", "11 Feb", "ref was shocking"),
        ),
    ),
)

add(
    "news",
    news(
        "echo",
        "Family notices: Deaths",
        """
MURPHY Kathleen (née Greenhalgh). Peacefully at Lumb Vale Court on 3 March, aged 88, of Weavers Brow. Beloved wife of the late Joseph, much loved mum of Elizabeth, Paul and Bernadette, nana and great-nana. Requiem Mass at St Anselm's RC Church, Tenter Street, on Friday 14 March at 11am, followed by committal at Ollerbank Cemetery. Family flowers only please; donations if desired to the Alzheimer's Society. All enquiries to St Anselm's Funeral Home, 41 Tenter Street, tel. 01632 960812.

HARGREAVES Kenneth. Suddenly at home in Greave End on 1 March, aged 71. Husband of Kate, dad of Gary and Lisa. Service at Ollerbank Crematorium, Wednesday 12 March, 2.20pm. Enquiries to W. Haworth & Son, St Anselm's Funeral Home.

WALSH Thomas (Tommy). Passed away 28 February aged 79, formerly of Cobden Street and lately of Fleetmouth. Ex-Ollerbank Town goalkeeper and proud Saints supporter. Funeral at Holy Cross, Burnfield.
""",
        section="Family Notices",
        date="7 March 2025",
    ),
)

add(
    "news",
    news(
        "echo",
        "Teacher cleared of assaulting pupil during PE lesson",
        """
A PE teacher has been cleared of assaulting a 14-year-old boy during a lesson at an Ollerbank school.

Daniel Kelly, 38, head of PE at St Anselm's Catholic High School, had denied a charge of common assault.

The prosecution alleged that Mr Kelly grabbed the boy by the collar and pushed him against a wall in the changing rooms after the pupil refused to take part in a cross-country run in October last year.

Mr Kelly told Burnfield Magistrates' Court that he had put a hand on the boy's shoulder to guide him out of a doorway after he swore at another pupil, and that he had "never used force on a child in sixteen years of teaching".

Two other pupils gave evidence that they had not seen any pushing. District Judge Anne Coyle said she was not satisfied to the criminal standard that an assault had taken place, and found Mr Kelly not guilty.

Mr Kelly, who had been suspended during the police investigation, is expected to return to work after half term, the school said.
""",
        byline="By Court Reporter",
        date="30 January 2025",
        section="Court",
        comments=(
            ("justiceforkids", "30 Jan", "cleared doesn't mean innocent"),
            (
                "ex_pupil_2009",
                "30 Jan",
                "Mr Kelly was the best teacher I had, strict but fair. Glad he's been cleared.",
            ),
        ),
    ),
    E("dkelly", "exact", "defamation"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Results day joy for Ollerbank sixth formers",
        """
There were tears, hugs and a few nervous phone calls to university admissions offices as sixth formers across Ollerbank collected their A-level and BTEC results yesterday.

At St Anselm's Catholic High School, 58 per cent of A-level entries were graded A*-B. Among the top performers was Maisie Tomlinson, of Lumb Vale, who achieved three A*s and is off to study medicine at Leeds.

"I honestly thought I'd messed up chemistry," she said. "Mr Wroblewski told me not to panic and he was right, as usual."

Head of sixth form Elizabeth Murphy said: "This cohort lost so much of their GCSE experience to the pandemic, and to see them come out like this is wonderful. Mrs Murphy's door" - she corrected herself, laughing - "my door is always open for anyone who didn't get what they hoped. Clearing is not the end of the world."

At Mill Lane Sixth Form College, principal Gavin Mottram said the college had its best ever vocational results.

At Ollerbank Academy, which has no sixth form, staff were celebrating the news that the school's new post-16 centre had been approved.
""",
        byline="By Sarah Pilkington",
        date="16 August 2024",
        section="Education",
    ),
    E("school", "exact", "neutral"),
    E("emurphy", "exact", "neutral"),
    E("twroblewski", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Letters: School run chaos, the market hall and those potholes",
        """
Something has to be done about Holme Lane

Every weekday morning between 8.15 and 8.45 Holme Lane becomes a car park. Parents dropping off at St Anselm's stop on the zig-zags, on the pavement, across driveways and on the corner by the church, and I have twice seen children step out between parked cars into traffic. I have written to the school three times and received one reply, which told me it "reminds parents regularly". Reminding is obviously not working. Somebody will be killed.
Name and address supplied, Holme Lane

Market hall is the heart of the town

I was delighted to read that the market hall will reopen in the summer. My late mother ran a haberdashery stall there for thirty years. Please, council, keep the rents low enough for real traders and don't turn it into another coffee shop.
J. Entwistle, Mossthwaite

Potholes on the Burnfield road

The Burnfield road between Greave End and the tip is now more hole than road. I have lost two tyres this winter. I know money is tight but this is a danger.
R. Kelly, Greave End
""",
        section="Letters",
        date="28 November 2024",
    ),
    E("school", "short_name", "negative"),
)

add(
    "news",
    news(
        "echo",
        "Twenty-five years of Father Gerry",
        """
When Father Gerard Kelly arrived at St Anselm's in Ollerbank in the spring of 2000, the parish had just lost its curate, the church roof leaked over the Lady altar and Mass attendance was, as he puts it, "heading for the floor."

A quarter of a century later, the roof is fixed, the parish centre on Tenter Street is busy seven days a week and Father Kelly - "Father Gerry" to almost everyone in town - has become one of Ollerbank's best known faces.

"I've buried a lot of people I loved and baptised their grandchildren," he says. "That's the job. You get to be there at the big moments."

He is also, improbably, the longest-serving official of the town's amateur rugby league club, Ollerbank St Anselm's ARLFC, and can be found most Saturdays in a flat cap on the touchline at Tenter Street.

Children from St Anselm's Catholic Primary School sang at a special Mass last Sunday, and the parish will hold a jubilee supper on 5 April.

Asked whether he plans to retire, the 71-year-old laughs. "The Bishop keeps asking. I keep pretending not to hear."
""",
        byline="By Sarah Pilkington",
        date="24 March 2025",
        section="News",
        comments=(
            ("Bernie K", "24 Mar", "God bless you Father Gerry, you married us in 2003!"),
            ("saintsfan1962", "24 Mar", "best club sec in the league"),
        ),
    ),
)

add(
    "news",
    news(
        "lancs",
        "Bomb hoax email sent to Ollerbank high school",
        """
Hundreds of pupils were kept inside their classrooms for more than an hour after an Ollerbank secondary school received an email claiming a bomb had been planted on site.

Police were called to St Anselm's RC High School on Holme Lane shortly after 10am on Tuesday. The email, sent to the school's main office address, said that a device would go off "at lunchtime" and that staff "deserved everything coming to them".

Officers searched the site with a specialist dog and found nothing suspicious. Lessons resumed at around 11.30am.

Lancashire Police said the email appeared to be part of a wave of similar hoax messages received by schools across the north of England that week and that enquiries were ongoing.

Parents were informed by text message. One mother, who asked not to be named, said: "The school handled it really calmly. My daughter said they just carried on with a lesson with the blinds down."
""",
        byline="By Amira Shah",
        date="11 June 2024",
        section="Crime",
    ),
    E("school", "alias", "threat"),
)

add(
    "news",
    news(
        "lancs",
        "Former teacher claims deputy head bullied her out of job, tribunal hears",
        """
A former teacher at a Lancashire Catholic high school has told an employment tribunal that she was bullied by a deputy head until she had no choice but to resign.

Rachel Ince, 34, who taught history at St Anselm's Catholic High School in Ollerbank for five years, is bringing a claim of constructive unfair dismissal against the school's governing body.

In a witness statement, Ms Ince said deputy headteacher Stephen Walsh had repeatedly criticised her in front of pupils, removed her from her classroom without explanation, and told a colleague she "wouldn't last the year".

"I dreaded going in," she told the tribunal in Manchester. "I was being singled out and everybody could see it."

The school denies the claim. In its response, the governing body said Ms Ince's performance had been managed "fairly and supportively" in line with school policy and that Mr Walsh "at all times acted professionally".

Mr Walsh is expected to give evidence later this week. The hearing continues.
""",
        byline="By Amira Shah",
        date="9 October 2024",
        section="Education",
        comments=(
            ("teacher_of_20yrs", "9 Oct", "Sadly this kind of thing is common in SLT everywhere"),
        ),
    ),
    E("swalsh", "exact", "defamation"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Walsh double sends Town into cup semi",
        """
Danny Walsh scored twice as Ollerbank Town booked their place in the semi-finals of the Lancashire Amateur Shield with a 2-1 win over Fleetmouth Rovers at Cobden Park.

Walsh, 23, fired Town ahead from the penalty spot after 20 minutes and then won it with a header from a Kelly corner deep into stoppage time.

Manager Steve Murphy said: "Danny's been on fire since Christmas. We're not getting carried away but the lads deserve this."

Town keeper Sam Hargreaves made a string of saves in the second half. The semi-final draw takes place on Monday.
""",
        byline="By Sports Desk",
        date="3 March 2025",
        section="Sport",
        related=(
            "Saints fight back to beat Miners in derby",
            "Junior parkrun returns to Lumb Vale Park",
        ),
    ),
)

add(
    "news",
    news(
        "echo",
        "Ex-Saints winger opens Tenterfield boxing gym",
        """
A former rugby league winger has opened a boxing and fitness gym in a converted weaving shed in Tenterfield.

Jordan Ashworth, 26, who went to St Anselm's and played junior rugby for the Saints before a knee injury ended his career, says he wants the gym to give teenagers "somewhere to go that isn't a bus shelter".

"When I was at school there was nothing for us," he said. "Mr Kelly in PE was the only reason I kept going - he used to open the sports hall at half seven so we could train before lessons."

Classes at Ashworth's Boxing Club on Shuttle Street start at £3 for under-16s.
""",
        byline="By Jordan Haworth",
        date="19 September 2024",
        section="News",
    ),
    E("school", "short_name", "neutral"),
    E("dkelly", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "staffroom",
        "Ollerbank physics teacher named Lancashire science teacher of the year",
        """
A teacher who turned a disused mill lodge into an outdoor laboratory has been named science teacher of the year at the Lancashire Education Awards.

Tadeusz Wróblewski, head of science at St Anselm's Catholic High School in Ollerbank, was praised by the judges for "infectious enthusiasm" and for a project in which Year 9 students monitored water quality, bat activity and invertebrates at the lodge behind the school for a full year.

Mr Wróblewski, who came to the UK from Łódź in 2006 and trained as a teacher in Manchester, said: "Children in a town like ours don't always think science is for them. Put them in waders and give them a sample jar and that changes quite fast."

The awards were presented in Preston on Friday night.
""",
        byline="By Tom Ridley",
        date="2 July 2024",
        section="News",
    ),
    E("twroblewski", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Weavers Brow dog groomer's charity walk for husband",
        """
A Weavers Brow dog groomer is walking 100 miles in a month in memory of her husband.

Kate Hargreaves, 58, who runs Kate's Canine Cuts on Shuttle Street, lost her husband Kenneth suddenly in March.

"Ken walked our dogs every single morning for thirty years," she said. "This is me doing it for him."

She has so far raised £1,600 for the British Heart Foundation. Supporters can join her on the final leg around Lumb Vale reservoir on 30 June.
""",
        byline="By Jordan Haworth",
        date="4 June 2025",
        section="News",
        comments=(("Pauline K", "4 Jun", "Well done Kate, Ken would be so proud x"),),
    ),
)

add(
    "news",
    news(
        "lancs",
        "Ollerbank teacher suspended as police examine messages",
        """
A teacher at an Ollerbank secondary school has been suspended while police investigate allegations that they sent inappropriate messages to a pupil.

Lancashire Police confirmed that officers were "making enquiries following a report concerning an adult in a position of trust and a child" at a school in the town. No arrests have been made.

In a letter to parents seen by LancsToday, St Anselm's Catholic High School said a member of staff had been suspended "as a neutral act, in line with our safeguarding procedures" and that the school was cooperating fully with the police and the local authority designated officer.

The letter did not name the teacher and asked parents not to speculate on social media.
""",
        byline="By Amira Shah",
        date="15 May 2025",
        section="Crime",
        comments=(
            (
                "concerned_mum_OB",
                "15 May",
                "Everyone knows who it is already. School should have acted months ago.",
            ),
            ("DaveTenterfield", "15 May", "Let the police do their job"),
        ),
    ),
    E("school", "exact", "sexual", url_only=True),
)

add(
    "news",
    news(
        "council",
        "Minutes: Children and Young People Scrutiny Committee, 16 January 2025",
        """
Present: Councillor M. Walsh (Chair), Councillors Ahmed, Booth, D. Murphy, Nuttall, O'Hare and Whitworth.
Co-opted members: Mr P. Lord (Church of England diocesan representative), Mrs A. Patel (parent governor representative).
Officers: Director of Children's Services (Mr I. Brearley), Head of School Organisation (Ms L. Kenyon), Democratic Services Officer (Mr C. Entwistle).
Also in attendance: Mr S. Walsh, Deputy Headteacher, St Anselm's Catholic High School; Ms J. Harper, Principal, Ollerbank Academy.

1. Apologies
Apologies were received from Councillor Rigby and from the Roman Catholic diocesan representative, Canon Aspinall.

2. Declarations of interest
The Chair declared that she was not related to Mr S. Walsh of St Anselm's, "despite what half the town thinks". Councillor D. Murphy declared a non-pecuniary interest as a governor of St Anselm's Catholic Primary School. Councillor O'Hare declared that his son attends Ollerbank Academy.

3. Minutes of the previous meeting
The minutes of the meeting held on 14 November 2024 were agreed as a correct record.

4. Secondary school places in the east of the borough
Ms Kenyon presented the report on forecast demand for Year 7 places from 2026 to 2031. Demand is forecast to exceed the combined published admission numbers of the two secondary schools in the east of the borough by between 35 and 60 places a year from September 2027, driven by new housing at Mossthwaite and the former Kershaw Mill site.

Members asked whether the voluntary aided school could expand. Ms Kenyon explained that St Anselm's is its own admission authority and that any expansion would be a matter for the governing body and the diocese, although the council could offer basic need capital.

Mr S. Walsh said the governors were open to a permanent increase of one form of entry, subject to the new sports hall being approved and to the council's contribution towards two additional classrooms. He noted that the school was already oversubscribed, with 389 first preferences for 240 places last year, and that around a third of its pupils were not Catholic.

Councillor Booth asked whether the school would prioritise children from Ollerbank over Catholic children from outside the borough. Mr Walsh explained the oversubscription criteria and said the governors would consult on any changes.

Ms Harper said Ollerbank Academy could take an additional 30 pupils a year from 2027 with modest investment.

Resolved: That officers develop options for both schools and report back in June.

5. Exclusions and suspensions
The Director presented data on suspensions and permanent exclusions in the autumn term. The Committee noted that suspensions had risen borough-wide by 14 per cent. Members asked about the use of internal isolation rooms. The Director said practice varied between schools and that a borough-wide protocol was being developed with headteachers.

Councillor Nuttall asked that future reports include figures for pupils with SEND and for children in care. Agreed.

6. Home to school transport
Members noted the report on the new bus contract for the 482 and 483 school services. Councillor Whitworth raised complaints from Lumb Vale parents that the 482 had failed to turn up on four occasions in December. Officers will raise this with Brennan's Coaches, the contractor.

7. Youth services
The Committee welcomed the reopening of the youth club at Tenterfield Community Centre on Tuesday and Thursday evenings.

8. Work programme
Items for the next meeting: SEND sufficiency strategy; elective home education; the Ofsted report on children's social care.

9. Date of next meeting
Thursday 13 March 2025 at 6pm, Council Chamber, Ollerbank Town Hall.

The meeting closed at 8.04pm.
""",
        section="Council and democracy",
        date="Published 23 January 2025",
    ),
    E("school", "exact", "neutral"),
    E("swalsh", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Tenterfield GP practice rated outstanding",
        """
Tenterfield Medical Centre has been rated outstanding by the Care Quality Commission.

Inspectors praised the practice's same-day appointment system and its work with older patients living alone.

Senior partner Dr Harpreet Sandhu said the team was "over the moon". "This is a practice in one of the most deprived wards in Lancashire and we're proud to show what general practice can look like."

Dr Sandhu, who has worked at the practice for 19 years, thanked the reception team in particular. "They take the flak when things go wrong. They deserve this more than anybody."
""",
        byline="By Jordan Haworth",
        date="12 February 2025",
        section="News",
    ),
)

add(
    "news",
    news(
        "echo",
        "Butcher's 100 years on Cobden Street",
        """
Entwistle's Family Butchers on Cobden Street is celebrating a century of trading.

The shop was opened in 1925 by Albert Entwistle, and is now run by his great-grandson Mark Entwistle and Mark's daughter Jo.

"People come in and tell me their grandma bought her Sunday joint here," said Jo Entwistle, 29. "You can't buy that kind of loyalty."

The shop is famous locally for its meat and potato pies, which it supplies to Ollerbank St Anselm's ARLFC on match days and to the parish's Friday fish-and-pie suppers.
""",
        byline="By Sarah Pilkington",
        date="9 May 2025",
        section="News",
        comments=(("pieeater", "9 May", "Best pies in Lancashire end of"),),
    ),
)

add(
    "news",
    news(
        "staffroom",
        "Letters: Why I left a school I loved",
        """
Sir - I taught at a Catholic high school in east Lancashire for eleven years and left last summer, not because of the children, not because of the pay, but because of the workload that comes with "requires improvement". The week after our report, we were told that every lesson would now be observed, every book scrutinised, every seating plan colour-coded.

I do not blame my old head, who was under enormous pressure herself. I blame a system that treats a single two-day visit as the final word on a school.

Name withheld, former teacher, Lancashire
""",
        section="Opinion",
        date="3 April 2025",
    ),
)

# ---- forums: parent boards, threadit, LancsTalk, sixth form room

add(
    "forum",
    forum(
        "mumsboard",
        "Secondary schools",
        "St Anselm's or Ollerbank Academy for Y7?",
        (
            (
                "HotTeaNoSugar",
                "Posted 3 Oct 2024",
                "DD is in year 6 at Tenterfield Primary and we have to put preferences in by the end of the month. We're not Catholic but she'd probably get in to St Anselm's on distance. Ollerbank Academy is closer and her friends are going there. Anyone got recent experience of either? I keep hearing mixed things since the Ofsted thing.",
            ),
            (
                "Lumbvalemum",
                "3 Oct 2024",
                "DS1 is in Y9 at St Anselm's. Honestly behaviour has gone downhill in the last couple of years, lots of messing about in lessons and the phones policy isn't enforced. But the pastoral side is good and he's happy.",
            ),
            (
                "OllerbankDad",
                "3 Oct 2024",
                "My youngest has an EHCP for autism and the SENCO, Mrs Hargreaves, has been a godsend. She actually rings you back. Can't say that about the academy where my eldest was.",
            ),
            (
                "HotTeaNoSugar",
                "4 Oct 2024",
                "thanks both, that's really helpful. does the religious stuff matter if you're not catholic? she's not bothered either way",
            ),
            (
                "Lumbvalemum",
                "4 Oct 2024",
                "nah there's mass a few times a year and RE is compulsory to GCSE but nobody forces anything. plenty of muslim kids there too.",
            ),
            (
                "TwoBoysNoPeace",
                "5 Oct 2024",
                "Academy has a brand new building and the head there is very visible at the gate. We went to both open evenings and it came down to gut feeling in the end. Good luck!",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("khargreaves", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "mumsboard",
        "Secondary schools",
        "Uniform prices at St Anselms - am I being unreasonable?",
        (
            (
                "FedUpInOllerbank",
                "Posted 20 Aug 2024",
                "£38 for a blazer with the crest on, £14 for a tie that only comes from the school shop, and now they've changed the PE kit AGAIN so the one my eldest wore is no good for the youngest. I emailed Mrs Kershaw-Lowe in July about a hand-me-down scheme and three weeks later still no reply. AIBU to think this is a cost of living scandal?",
            ),
            (
                "MrsMop99",
                "20 Aug 2024",
                "YANBU. It's the same everywhere but the PE kit change is taking the mick.",
            ),
            (
                "ShuttleStreetSue",
                "20 Aug 2024",
                "There's a second hand uniform rail at the parish centre on Tenter Street every Saturday morning. Lots of St Anselm's stuff. Not the new PE kit though obviously.",
            ),
            (
                "FedUpInOllerbank",
                "21 Aug 2024",
                "Thank you Sue, didn't know about that. Still think the school should sort it themselves.",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("bkershawlowe", "exact", "negative"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Ollerbank",
        "Who was the best and worst teacher at St Anselm's? (ex pupils)",
        (
            (
                "u/tenterfield_exile",
                "6y · 412 points",
                "Left in 2016. Best: Tatts, hands down. Only teacher who made me actually read a book. Worst: Kelly PE, absolute bellend who made us do cross country in hail and laughed when I fell in the beck.",
            ),
            (
                "u/mill_lodge_frog",
                "6y · 188 points",
                "Wrobbo. The lodge project was the best thing I did in five years of school. I'm literally doing an ecology degree now because of that man.",
            ),
            (
                "u/greave_end_gremlin",
                "6y · 97 points",
                "Kelly wasn't that bad if you actually tried. He just hated people who skived. Which was you, Dean.",
            ),
            (
                "u/tenterfield_exile",
                "6y · 80 points",
                "@greave_end_gremlin how do you know my name 😭",
            ),
            (
                "u/anselms_alumni_2012",
                "6y · 54 points",
                "Mr Walsh the deputy was scary but fair. Also whoever taught Y8 french in 2011, sorry for the fire alarm",
            ),
            (
                "u/quiet_lurker",
                "6y · 12 points",
                "Mrs Entwistle's choir trips to Blackpool were elite tbh",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("jtattersall", "nickname", "neutral"),
    E("dkelly", "nickname", "abuse"),
    E("twroblewski", "nickname", "neutral"),
    E("swalsh", "title_surname", "neutral"),
    E("jentwistle", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "lancstalk",
        "Ollerbank & District",
        "teacher at st a's messaging kids on snap??",
        (
            (
                "anon_parent_22",
                "Posted 11 May 2025",
                "my niece is in year 10 at st anselms and she says one of the PE teachers has been adding girls on snapchat and messaging them late at night, saying stuff about what they looked like in netball kit. everyone's saying it's Kelly. has anyone else heard this? school are saying nothing",
            ),
            (
                "OllerbankLad",
                "11 May 2025",
                "not being funny but you can't go round naming people on rumours. thats how innocent people get hurt",
            ),
            (
                "anon_parent_22",
                "11 May 2025",
                "im not naming anyone im saying what the kids are saying. and the school swept the last thing under the carpet so forgive me if i dont trust them",
            ),
            (
                "mod_lancstalk",
                "11 May 2025",
                "Thread locked. If you have a safeguarding concern contact the police or the LADO, not a forum.",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("dkelly", "surname_only", "sexual", url_only=True),
)

add(
    "forum",
    forum(
        "threadit",
        "r/CasualUK",
        "Describe your secondary school's most unhinged teacher",
        (
            (
                "u/biscuit_tin_of_sewing",
                "2y · 3.1k points",
                "Our chemistry teacher used to set fire to his own hand (methane bubbles) every Christmas. Every single year. Health and safety would die.",
            ),
            (
                "u/northern_monkey_89",
                "2y · 2.4k points",
                "English teacher at my school in Lancashire, known to everyone as Tatts, once did the whole of Macbeth Act 1 Scene 1 standing on his desk with the lights off and a torch under his chin. Year 9. We were terrified and I got an A* in English lit so it worked",
            ),
            (
                "u/biscuit_tin_of_sewing",
                "2y · 900 points",
                "@northern_monkey_89 Tatts is such a perfect teacher name",
            ),
            (
                "u/kentish_kev",
                "2y · 700 points",
                "Geography teacher who brought his ferret in. Ferret bit the head of year. Ferret was not brought in again.",
            ),
        ),
    ),
    E("jtattersall", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "sixthroom",
        "Lancashire sixth forms",
        "Mill Lane vs staying on at St Anselm's sixth form?",
        (
            (
                "chem_is_try",
                "Posted 12 Jun 2024",
                "Doing chem bio maths. Anyone been to either? St Anselm's is smaller and I know the teachers but Mill Lane has way more subjects and you get treated like an adult",
            ),
            (
                "lizzie_m_fan_club",
                "12 Jun 2024",
                "stay at anselms!! mrs murphy is the best head of sixth form ever, she literally sorted my whole ucas when my mum was ill. and Mr W for chem is a legend",
            ),
            (
                "gap_yah",
                "13 Jun 2024",
                "Mill Lane is fine but its massive and nobody knows your name. depends what you want",
            ),
            ("chem_is_try", "13 Jun 2024", "mr w is why i want to do chem tbh 😂 thanks"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("emurphy", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "mumsboard",
        "Education",
        "Anyone else think Inset days are taking the mick?",
        (
            (
                "TuesdayTantrums",
                "Posted 2 Jan 2025",
                "Oh brilliant, another inset day on the Monday after Christmas. Well done St Anselm's, really well planned, love booking a day off work with 3 weeks notice 🙃",
            ),
            ("MrsBrow", "2 Jan 2025", "The primary does the same. Is it a diocese thing?"),
            (
                "TuesdayTantrums",
                "2 Jan 2025",
                "Doubt it, the primary at least told us in September",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "lancstalk",
        "Ollerbank & District",
        "Best chippy in Ollerbank? (serious)",
        (
            ("batter_up", "Posted 4 Feb 2025", "New to the area. Where's good?"),
            ("OllerbankLad", "4 Feb 2025", "Kelly's on Cobden Street, no contest. Ask for scraps."),
            (
                "ShuttleStreetSue",
                "4 Feb 2025",
                "Kelly's is good but the one opposite St Anselm's church on a Friday does the best fish. The parish does a fish supper once a month as well if you like a bit of community.",
            ),
            (
                "mossthwaite_mike",
                "4 Feb 2025",
                "Tenterfield Fisheries. Kelly's has gone downhill since the son took over.",
            ),
            ("batter_up", "5 Feb 2025", "Cheers all, trying Kelly's tonight"),
        ),
    ),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Ollerbank",
        "Growing up in Ollerbank in the 2000s - long post, sorry",
        (
            (
                "u/cobden_st_kid",
                "1y · 901 points",
                """I moved away in 2011 and came back for my nan's funeral last month, and walking round town after the wake set something off in my head, so here's a massive ramble about growing up here. Sorry in advance.

Our house was on one of the terraces behind Cobden Street, the ones with the back alleys where every single kid in the street played out until someone's mum shouted. You could hear the bells from St Anselm's church on a Sunday and the shuttle noise from the last working mill on a weekday, and I genuinely thought that was what every town sounded like. The mill closed when I was about nine. My grandad had worked there from fourteen. I remember him standing at the bottom of Shuttle Street watching them take the sign down and not saying anything at all.

Saturdays were the market hall. My mum would give me a quid and I'd spend it on a bag of mixed sweets from the stall at the back and a comic, and then we'd go to Entwistle's for pies. The market hall smelled of wet coats and bacon. There was a man with one arm who sold records and would play you anything you asked for on a little deck. I have no idea what happened to him.

Sundays were Mass, then the rugby. Everyone's dad played for the Saints or had played for the Saints or wanted you to think they'd played for the Saints. Father Gerry would be on the touchline in the same flat cap he still wears, I swear it's the same cap.

Summers were the reservoir at Lumb Vale, which we were told every single year not to swim in, and which every single year someone swam in. We built a raft once out of pallets and a blue barrel and it sank about four metres out and my mate Gaz had to be fished out by a man walking his dog. We told his mum he fell in the beck.

School was St Anselm's, obviously, because we were Catholic and because that's where everybody went. I won't pretend it was perfect. The buildings were falling apart, the science labs had gas taps that didn't work and the roof of the sports hall leaked so badly there was a bucket permanently in the corner of the badminton court. But some of the teachers were unbelievable. There was an English teacher everyone called Tatts who would do voices for every character and who once made a whole class cry reading the end of Of Mice and Men. There was a music teacher, Mrs Entwistle, who took a choir of thirty kids from a town nobody has heard of to sing at the Royal Northern College of Music. I still remember standing on that stage.

I also remember being a little shit, to be honest. We used to climb onto the roof of the old dining hall at break until the deputy caught us and gave us a week of litter picking. Fair enough really.

After school most of my mates went to work, a few went to Mill Lane, and a couple of us went to uni. I went to Leeds and never really came back. Walking round town now, a lot is different - the market hall's been shut for years, half of Cobden Street is to let, there's a vape shop where the bookies was - but a lot isn't. The bells still go on a Sunday. Kids still play out. Someone will still swim in the reservoir this summer.

Anyway. If you grew up here too, what do you remember?""",
            ),
            (
                "u/lumbvale_lass",
                "1y · 300 points",
                "The raft!!! Was it the summer of 2004? Because I think I was the girl with the dog that barked at you lot the whole time.",
            ),
            (
                "u/cobden_st_kid",
                "1y · 120 points",
                "@lumbvale_lass it might have been!! tell your dog thanks for nothing",
            ),
            (
                "u/tenter_st_toby",
                "1y · 88 points",
                "The bucket in the sports hall was still there when I left in 2015. I think they're finally getting a new one now, saw the planning notice.",
            ),
            (
                "u/anselms_alumni_2012",
                "1y · 74 points",
                "Mrs Entwistle's choir was the best thing about that place. She's still there you know",
            ),
            ("u/greave_end_gremlin", "1y · 40 points", "Gaz still hasn't learned to swim btw"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("jtattersall", "nickname", "neutral"),
    E("jentwistle", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "lancstalk",
        "Ollerbank & District",
        "that science teacher wants sorting",
        (
            (
                "lad_from_lumb",
                "Posted 7 Mar 2025",
                "wrobbo gave my brother a weeks isolation for nothing. i know where wrobbo lives. tenterfield. just saying. he wants to watch himself walking home",
            ),
            ("OllerbankLad", "7 Mar 2025", "grow up mate"),
            (
                "ShuttleStreetSue",
                "7 Mar 2025",
                "Reported. This is a threat against a teacher and it isn't funny.",
            ),
        ),
    ),
    E("twroblewski", "nickname", "threat"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Ollerbank",
        "PSA about the english teacher at St A's",
        (
            (
                "u/throwaway_ob_9921",
                "3mo · 14 points",
                "Since everyone's defending Tatts in the other thread, he lives at 14 Weavers Brow Terrace, OB7 3QT. Go round and ask him yourself why he failed my coursework.",
            ),
            (
                "u/AutoModerator",
                "3mo",
                "This comment has been removed for sharing personal information. Doxxing is a sitewide ban.",
            ),
            ("u/tenterfield_exile", "3mo · 40 points", "what is wrong with you"),
        ),
    ),
    E("jtattersall", "nickname", "doxxing"),
)

add(
    "forum",
    forum(
        "mumsboard",
        "Secondary schools",
        "Head of sixth form at St Anselm's - anyone else had problems?",
        (
            (
                "NotHappyJan",
                "Posted 22 Sep 2024",
                "My son has been told he can't carry on with A-level maths because his predicted grade is too low and it will 'affect the school's stats'. Mrs Murphy wouldn't even meet us, just sent an email. Is this allowed?",
            ),
            (
                "ThreeUnder5",
                "22 Sep 2024",
                "Not allowed to do it for stats reasons no, but they can say it's not in his interests. Ask for the policy in writing.",
            ),
            (
                "NotHappyJan",
                "23 Sep 2024",
                "Honestly she's a jumped up little hitler. Been like it since she was Miss Greenhalgh teaching my sister 15 years ago.",
            ),
            ("ThreeUnder5", "23 Sep 2024", "Steady on. But yes escalate to the head."),
        ),
    ),
    E("emurphy", "title_surname", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "lancstalk",
        "Ollerbank & District",
        "House on Greave End Road",
        (
            (
                "greave_neighbour",
                "Posted 30 Jul 2024",
                "anyone know who's bought no. 22 greave end road, the one with the blue door? skip outside for weeks",
            ),
            (
                "rumourmill",
                "30 Jul 2024",
                "its Liz Murphy, head of sixth form at st anselms, and her husband. white audi, reg ends KMW. they're out most days if anyone wants to have a word about the skip 😂",
            ),
            ("greave_neighbour", "30 Jul 2024", "bit much posting their car reg mate"),
        ),
    ),
    E("emurphy", "nickname", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Ollerbank",
        "anyone remember the deputy at anselms",
        (
            (
                "u/burner_ollerbank",
                "5mo · 9 points",
                "walsh had an affair with a TA and got her sacked when she ended it. everyone in the staffroom knew. and they wonder why the school's a mess",
            ),
            ("u/greave_end_gremlin", "5mo · 22 points", "source: trust me bro"),
            (
                "u/burner_ollerbank",
                "5mo · 2 points",
                "my aunty worked there. believe what you want",
            ),
        ),
    ),
    E("swalsh", "surname_only", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "lancstalk",
        "Have Your Say",
        "Why are we still funding religious schools",
        (
            (
                "secular_sid",
                "Posted 2 Feb 2025",
                "Genuine question, why does the taxpayer fund St Anselm's to teach kids about transubstantiation when the academy is bursting at the seams?",
            ),
            (
                "blue_nose_bill",
                "2 Feb 2025",
                "f***ing papist school, full of taigs, should be burnt out like the old days. send them all back over the water",
            ),
            (
                "mod_lancstalk",
                "2 Feb 2025",
                "bill has been banned. Sectarian abuse is not tolerated here.",
            ),
            (
                "secular_sid",
                "2 Feb 2025",
                "Jesus. That's not what I meant at all. I've got nothing against the people, it's about funding.",
            ),
        ),
    ),
    E("school", "short_name", "hate"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Ollerbank",
        "what happened with tatts",
        (
            (
                "u/noideawhatsgoingon",
                "2mo · 31 points",
                "heard Tatts got suspended?? anyone know why",
            ),
            (
                "u/rumour_has_it_ob",
                "2mo · 6 points",
                "my mate reckons he used to give year 11 girls 'extra tuition' round his house after school. always the girls never the lads. make of that what you want 👀",
            ),
            (
                "u/tenterfield_exile",
                "2mo · 50 points",
                "you can't just say stuff like that about someone with zero evidence",
            ),
        ),
    ),
    E("jtattersall", "nickname", "sexual", url_only=True),
)

add(
    "forum",
    forum(
        "sixthroom",
        "Off topic",
        "fit teachers thread (dont get us banned)",
        (
            (
                "yr13_ob",
                "Posted 1 Nov 2024",
                "miss verhoeven from anselms. thats it thats the post 🥵",
            ),
            ("sixthformslag", "1 Nov 2024", "the dutch one?? honestly would"),
            ("mod_sfr", "1 Nov 2024", "Locked. Keep it respectful."),
        ),
    ),
    E("averhoeven", "title_surname", "sexual"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "sixthroom",
        "University life",
        "St Anselm's Hall, Durham - worth it?",
        (
            (
                "fresher_anxiety",
                "Posted 14 Aug 2024",
                "Got allocated St Anselm's Hall for first year. Is it catered? Is it far from the Science Site?",
            ),
            (
                "durham_grad",
                "14 Aug 2024",
                "Catered, about 15 min walk. Great formal dinners. The bar is tiny.",
            ),
            ("fresher_anxiety", "14 Aug 2024", "thanks!!"),
        ),
    ),
)

add(
    "forum",
    forum(
        "mumsboard",
        "SEN",
        "EHCP transfer review - what should the SENCO be doing?",
        (
            (
                "SpectrumMum",
                "Posted 10 Oct 2024",
                "DS moves up to high school next year. His primary SENCO has been useless at the transfer review. What should the secondary SENCO be doing at this stage? For reference we're looking at St Anselm's in Ollerbank.",
            ),
            (
                "SENDadvocate",
                "10 Oct 2024",
                "The secondary should be invited to the Year 5/6 annual review and the plan should be amended by 15 February of Year 6. Ask for the new school's SENCO to attend.",
            ),
            ("SpectrumMum", "11 Oct 2024", "Thank you, that's really useful."),
        ),
    ),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "lancstalk",
        "Ollerbank & District",
        "Ofsted report for St Anselm's RC High (St A's)",
        (
            (
                "OllerbankDad",
                "Posted 6 Mar 2025",
                "Just read the full report. Honestly it's fairer than the headline. Sixth form praised, SEND criticised. Mrs KL's letter to parents was pretty honest too.",
            ),
            (
                "teacher_in_disguise",
                "6 Mar 2025",
                "The school cooked the books on the behaviour logs before the inspection and lied to Ofsted about bullying numbers. I was there. That's why it's only RI and not inadequate.",
            ),
            ("OllerbankDad", "6 Mar 2025", "That's a serious thing to say on a public forum."),
        ),
    ),
    E("school", "alias", "defamation"),
    E("bkershawlowe", "nickname", "neutral"),
)

# ---- blogs

add(
    "blog",
    blog(
        "lancsmum",
        "Year 7 transition: what I wish I'd known",
        """
Big Kid started high school in September and I have learned more in the last six weeks than in the previous eleven years. So for anyone with a Year 6 child, here's my brain dump.

1. The bag. They will need a bigger bag than you think. Big Kid is carrying four exercise books, a planner, a PE kit, a water bottle, a calculator and for some reason a whole loaf of bread on Tuesdays (food tech). Get one with proper straps.

2. The bus. Practise the bus. We did the 482 twice in the summer holidays and I'm so glad we did, because on day three it didn't turn up and she knew to walk to the Tenterfield stop instead.

3. They will be knackered. Big Kid fell asleep on the settee at 6pm every night for the first fortnight. Don't schedule anything.

4. The school will email you constantly. St Anselm's sends about nine emails a week and a text every time your child's behaviour points change. Set up a folder.

5. Friendship groups will reshuffle. The best friend from primary may become a distant acquaintance by October, and that's OK.

6. Ask about the SEN support early if you need it. We didn't need it but my friend's son has dyslexia and she said the SENCO at St Anselm's, a Mrs Hargreaves, met her in the first week and had a plan sorted by half term. Not every school is like that, apparently.

7. Let them fail a bit. Forgotten homework is a lesson too.

Anyway, we survived. Little Kid starts primary next year so I'll be back with a reception edition.
""",
        author="Becky @ Lancashire Mum Life",
        date="18 October 2024",
        comments=(
            ("Jo", "The bread thing made me laugh, my lad had a whole pineapple once"),
            ("Sam T", "Great tips! The 482 is a nightmare."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("khargreaves", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "millbrow",
        "The last weaving shed: a walk through Ollerbank's mills",
        """
There were once forty-one cotton mills in Ollerbank. Today there is not one that still spins or weaves, but if you know where to look, the whole town is still a map of them.

Start at the bottom of Shuttle Street, where the old Victoria Mill chimney still stands, capped and listed, 180 feet of Accrington brick. The mill itself went in 1987, after a fire. The site is now a retail park, but the line of the mill race is still visible along the car park edge if you look for the row of young alders.

Walk up Shuttle Street, past the boxing gym in the converted weaving shed (which keeps the north-light roof, those saw-tooth glass ridges that let the weavers see the cloth without the glare of the sun), and turn left onto Tenter Street. The name tells you what used to be here: tenter frames, the long wooden racks on which woollen cloth was stretched to dry, on "tenterhooks". Tenterfield, the district beyond, was named for the fields of them that once covered the slope.

Halfway along Tenter Street is St Anselm's church, built in 1868 for the Irish families who came to work in the mills. The church is plain on the outside and extravagant inside, with a painted ceiling paid for, so the story goes, by a penny-a-week collection from the mill girls over thirty years. The parish's funeral home is two doors down, run by the same family since 1921.

From the church, Holme Lane climbs towards the moor. On the right is the old Kershaw Mill, the largest in the town, which employed 1,400 people at its peak and closed in 2001. It is now fenced off and waiting for housing. On the left, beyond the church, are the schools: the Catholic primary and the high school, both built on land once owned by the Kershaw family. Behind the high school is the mill lodge, the reservoir that fed Kershaw Mill's steam engine, now a wildlife pond used, I'm told, for the school's science lessons.

Keep climbing and you reach Lumb Vale, where the valley narrows and the older water-powered mills stood. There are ruins here, and if you walk up the beck in summer you can still find the stone sluice gates and the wheel pits, half hidden in ferns. This is where Ollerbank's cotton story began, in the 1790s, before steam moved everything down the hill to the canal.

The walk takes about two hours at a gentle pace. Finish at the Weavers' Arms on Mossthwaite Road, which has been a pub since 1802 and does a very decent hotpot.

A few practical notes. The beck path at Lumb Vale is muddy from October to April. There are toilets at the market hall car park. The 482 bus runs back to the town centre from the top of Holme Lane every half hour.

Further reading: "Cotton Town: Ollerbank 1790-1990" by the Ollerbank Civic Society, available in the library; and the excellent photo archive at the Civic Society's website, which has pictures of every one of the forty-one mills.
""",
        author="Alan Shorrock",
        date="6 April 2025",
        comments=(("Marjorie", "My mother worked at Kershaw's. Thank you for this."),),
    ),
)

add(
    "blog",
    blog(
        "teachblog",
        "On leaving, and on the kids who made it worth it",
        """
I handed my notice in last week. After nineteen years in the classroom, the last eleven at the same school, I'm going to work for an exam board. I'm not going to write a bitter post. There's enough of those. I want to write about why it was worth it.

It was worth it for the Year 11 boy who told me on his first day that reading was for girls and who, in March, stayed behind to ask if there were "any more books like Holes". It was worth it for the girl whose mum died in Year 10 and who sat her English language paper eight days later and got a 7. It was worth it for every kid who laughed at my terrible Scottish accent when we read Macbeth.

It was worth it because of colleagues. I'll be vague, because the school doesn't need a blog about it, but I worked in a department in a Lancashire mill town with people who would cover your lesson without being asked, who would leave a Twix in your pigeonhole when they'd seen you'd had a bad day, who would stand next to you at a parents' evening when a dad was shouting. Our SENCO once stayed until 9pm to finish a kid's paperwork so it would be in before a tribunal deadline. Our chaplain drove a Year 8 to hospital in her own car when the ambulance was three hours out.

It was not worth it for the spreadsheets. But you knew I'd say that.

Thank you, all of you. I'll miss the bell. I won't miss the photocopier.
""",
        author="J.T.",
        date="20 July 2025",
        comments=(
            ("Anon", "You'll be missed sir. Year 11 2019."),
            ("Fellow teacher", "This made me cry in a Costa. Good luck."),
        ),
    ),
)

add(
    "blog",
    blog(
        "reelnorth",
        "Robocop at 38: still the sharpest satire of the eighties",
        """
It is easy to forget, under the chrome and the ketchup, that Robocop is a comedy. Paul Verhoeven, arriving in Hollywood from the Netherlands with Soldier of Orange and Spetters behind him, saw in a script about a cyborg cop the chance to say everything he thought about Reagan's America, and he said it with a straight face and a bucket of blood.

Verhoeven's great trick is the adverts. Every few minutes the film cuts to a news broadcast or a commercial - for a family board game about nuclear war, for a car called the 6000 SUX - and these fragments do more to build the world than any amount of exposition. They are also, nearly forty years on, uncomfortably close to what we actually watch.

Then there is Peter Weller's performance, almost entirely physical, a man acting with his chin. And Kurtwood Smith as Clarence Boddicker, the villain who wears glasses like an accountant. And Ronny Cox, who was cast against type because Verhoeven wanted the real monster to look like a nice dad.

I watched it again at the Ollerbank Palace's late-night cult season last week, in a room full of people who laughed in all the right places. The Palace's season continues with Starship Troopers (also Verhoeven, also misunderstood as straight) on the 14th.
""",
        author="Reel North",
        date="2 November 2025",
    ),
)

add(
    "blog",
    blog(
        "runblog",
        "Lumb Vale 10k race report (or: why I hate hills)",
        """
Race number 218, chip time 54:12, a PB by nine seconds and a personal worst for swearing.

The Lumb Vale 10k starts at the reservoir car park, goes up the beck path, across the top of the moor and back down Holme Lane past the schools, where this year the St Anselm's sixth form had set up a water station and a sound system playing what I believe was the Macarena on loop. I have never been so grateful for a cup of water thrown at my face by a teenager.

The hill at 7k is a disgrace. I walked it. Everybody walked it. A man in a gorilla costume walked it, and then passed me on the descent.

Shout out to the Ollerbank Harriers marshals, the kids at the water station, and the lady at the finish with the jelly babies.
""",
        author="Pennine Plodder",
        date="15 September 2024",
        comments=(("Gorilla man", "sorry"),),
    ),
    E("school", "short_name", "neutral"),
)

add(
    "blog",
    blog(
        "teachblog",
        "Guest post: what a good chaplaincy looks like",
        """
This week's guest post is from Niamh Brennan, lay chaplain at St Anselm's RC High in Ollerbank, who has been in the role for seven years.

People assume a school chaplain is a priest who comes in to say Mass. I'm not a priest, obviously. I'm a 36-year-old woman from Galway with a theology degree and a minibus licence. Most of my job isn't in the chapel at all.

It's being in the canteen at lunch so the lad who sits on his own has someone to sit with. It's the bereavement group on a Wednesday. It's driving a Year 12 to her mum's hospital appointment. It's the food bank collection, the retreat, the carol service at the care home, the terrible jokes in assembly.

And yes, it's prayer - the quiet kind, in a room with the blinds down and forty teenagers who've never sat still for five minutes in their lives suddenly sitting still.

If you're a school thinking about chaplaincy, my advice is: give them a room, give them time, and don't make them do cover.
""",
        author="Notes from the Staffroom",
        date="9 February 2025",
        comments=(
            ("Deacon Frank", "Beautifully put, Niamh."),
            ("cynical_ct", "Nice PR piece for a school that's just gone RI."),
        ),
    ),
    E("nbrennan", "exact", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "lancsmum",
        "Why we pulled our son out of St Anselm's",
        """
I've gone back and forth on whether to write this. But I promised myself I would, because when we were going through it I searched everywhere for anyone else's experience and found nothing.

Our son has ADHD and a diagnosis of dyslexia. He started at St Anselm's Catholic High School in 2022 with a support plan that the primary had put together. For the first term it was fine. Then the TA he'd been promised was moved to another year group, his seating plan was ignored, and he started getting detentions for "disruption" that was very obviously him not being able to follow instructions he couldn't read.

I went in four times. Each time we had a lovely meeting and each time nothing changed. The SENCO, Mrs Hargreaves, was kind but clearly drowning, and I genuinely think she was doing her best. It was the school that didn't give her what she needed. By Easter of Year 8 he was refusing to go in at all.

We moved him to Ollerbank Academy in September. It isn't perfect either, but he goes in every day.

I'm not writing this to slag anyone off. I'm writing it so that the next parent knows: if the plan on paper doesn't match what's happening in the classroom, push early and push hard, and don't wait two years like we did.
""",
        author="Becky @ Lancashire Mum Life",
        date="1 December 2024",
        comments=(
            ("Kerry", "Same happened to us at a different school. Thank you for writing this."),
            ("Anon", "St Anselms are useless with SEN, always have been"),
        ),
    ),
    E("school", "exact", "negative"),
    E("khargreaves", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "millbrow",
        "Old photos: St Anselm's schools, 1950s-1970s",
        """
The Civic Society has been sent a wonderful box of photographs by the family of the late Mrs Agnes Walsh of Greave End, who taught at St Anselm's Catholic Primary School from 1952 until 1979. Most show the old primary building on Tenter Street, which was demolished in 1981, and the children who went there.

There are class photos, sports days and a May procession from 1961 with the Rose Queen in a dress that must have taken a week to make. There's also a lovely picture of the 1974 opening of the "new" secondary building on Holme Lane, with the Bishop cutting a ribbon and a row of nuns looking slightly alarmed.

If you recognise anyone, please get in touch with the Society. Mrs Walsh was no relation to any of the current Walshes of Ollerbank, as far as we know, but then again in this town everybody is related to everybody.
""",
        author="Alan Shorrock",
        date="17 January 2025",
        comments=(("Pat Kelly", "That's my mum in the May procession, second left!"),),
    ),
    E("school", "short_name", "neutral"),
)

# ---- reviews

G = "Google reviews"
SCHOOL_PLACE = "St Anselm's Catholic High School, Holme Lane, Ollerbank"

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        5,
        "Tracey Holden",
        "2 months ago",
        """
Both my girls have been through St Anselm's and I can't fault it. Teachers go above and beyond, especially Mrs Murphy in the sixth form who helped my eldest get into nursing. Bloody brilliant school, ignore the Ofsted nonsense.
""",
    ),
    E("school", "short_name", "neutral"),
    E("emurphy", "title_surname", "neutral"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        1,
        "Darren M",
        "3 weeks ago",
        """
hope the place burns down with walsh in it. excluded my son for a week for a haircut. a HAIRCUT
""",
        reply="""
We're sorry to read this. We cannot discuss individual pupils online; please contact the school office on 01632 960418 so that we can talk this through.
""",
    ),
    E("school", "exact", "threat"),
    E("swalsh", "surname_only", "threat"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        2,
        "Nadia Rahman",
        "5 months ago",
        """
Academically ok but communication is terrible. Emails ignored, the parent app never works and parents evening was cancelled twice. Mr Sandhu is an excellent maths teacher though, my son finally understands algebra.
""",
    ),
    E("rsandhu", "title_surname", "neutral"),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        1,
        "Kev Ormerod",
        "1 month ago",
        """
Mrs Hargreaves falsified my son's EHCP review paperwork to say he was making progress so the council would cut his funding. I have proof. The whole school knew and covered for her. Disgraceful.
""",
    ),
    E("khargreaves", "title_surname", "defamation"),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        4,
        "Liam Pickup",
        "a year ago",
        """
Good school overall. Music department is fantastic - Mrs Entwistle does an amazing job with the choir and orchestra. Car park is a nightmare at pick up.
""",
    ),
    E("school", "exact", "neutral"),
    E("jentwistle", "title_surname", "neutral"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        1,
        "Anonymous",
        "2 weeks ago",
        """
Miss Entwistle the music teacher is a screeching banshee with a face like a slapped arse. Makes kids sing solos in front of the whole class to humiliate them. Shouldnt be allowed near children.
""",
    ),
    E("jentwistle", "title_surname", "abuse"),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        1,
        "Shaun B",
        "4 months ago",
        """
Mr Kelly's home address is 3 Lumb Vale Close, Ollerbank OB7 5JH. Since the school won't answer my calls about him shouting at my son maybe i'll ask him myself. Everyone else should too.
""",
    ),
    E("dkelly", "title_surname", "doxxing"),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        1,
        "Gail Whittle",
        "3 months ago",
        """
The SEN unit is full of r*tards and the school bends over backwards for them while normal kids get nothing. Hargreaves coddles them and my daughter's class gets disrupted every day. Disabled kids should be in special schools not ruining it for everyone else.
""",
    ),
    E("school", "exact", "hate"),
    E("khargreaves", "surname_only", "negative"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        5,
        "Fr Aidan Doherty",
        "8 months ago",
        """
Visited for a diocesan retreat day. Welcoming, calm and the chaplaincy team were wonderful. A credit to Ollerbank.
""",
    ),
    E("school", "exact", "neutral"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        3,
        "Sophie K",
        "6 months ago",
        """
mixed feelings. some teachers are amazing (tatts and miss v!!) but some just shout. the toilets are grim, like actually grim, no locks on half of them. sort it out.
""",
    ),
    E("school", "exact", "negative"),
    E("jtattersall", "nickname", "neutral"),
    E("averhoeven", "nickname", "neutral"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        1,
        "Concerned Dad",
        "1 week ago",
        """
My daughter (Y9) told me Mr Sandhu keeps her behind after lessons and makes comments about her body and what she wears. I reported it to the school and nobody got back to me. Parents, ask your kids.
""",
    ),
    E("rsandhu", "title_surname", "sexual", url_only=True),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        2,
        "M Hussain",
        "5 months ago",
        """
Mr Sandhu turned up to parents evening absolutely drunk, slurring his words and smelling of booze. How is this allowed? The head did nothing.
""",
    ),
    E("rsandhu", "title_surname", "defamation"),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        G,
        "St Anselm's Catholic Primary School, Tenter Street, Ollerbank",
        5,
        "Hannah Lord",
        "1 month ago",
        """
Lovely little school, my two have been so happy here. Mrs Kelly in reception is an angel. Father Kelly pops in most weeks too.
""",
    ),
)

add(
    "review",
    review(
        G,
        "St Anselm's Funeral Home (W. Haworth & Son), Tenter Street",
        5,
        "Brian Walsh",
        "2 months ago",
        """
Couldn't have asked for more when we lost Mum. Nothing was too much trouble. Thank you to Gary and all the team at St Anselm's.
""",
    ),
)

add(
    "review",
    review(
        G,
        "Ollerbank St Anselm's ARLFC, Tenter Street",
        4,
        "Jenny H",
        "3 months ago",
        """
Friendly club, great for juniors. Clubhouse bar is cheap and the pies from Entwistle's are unbeatable. Parking is a nightmare on match days.
""",
    ),
)

add(
    "review",
    review(
        "Trustpilot",
        "Brennan's Coaches Ltd",
        1,
        "Sally P",
        "5 days ago",
        """
The school bus (482) from Lumb Vale to St Anselm's didn't turn up AGAIN. Kids standing in the rain for 40 minutes. Brennan's need to sort themselves out or lose the contract.
""",
    ),
    E("school", "short_name", "neutral"),
)

add(
    "review",
    review(
        G,
        "Kelly's Fish Bar, Cobden Street",
        5,
        "Rob Turner",
        "2 weeks ago",
        """
Best chips in Ollerbank. Kelly and her lad know how to do a proper batter. Scraps free if you ask nicely.
""",
    ),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        5,
        "Former pupil 2019",
        "1 year ago",
        """
Tadeusz Wroblewski is the best teacher I've ever had. The lodge project changed my life. Whatever anyone says about the school now, the science department is incredible.
""",
    ),
    E("twroblewski", "alias", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        1,
        "J Booth",
        "6 months ago",
        """
Oh great another “outstanding” communication from st anselm’s telling me my son needs a new £25 pe top in a colour that changed in june. Thanks so much. Really appreciate it. Five stars for creativity, one for everything else.
""",
    ),
    E("school", "short_name", "negative"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        4,
        "Aisha N",
        "9 months ago",
        """
My daughter is a Muslim and was worried about going to a Catholic school but she's been completely welcomed. Ms Brennan the chaplain even set up a prayer space for Muslim students in Ramadan. Really impressed.
""",
    ),
    E("school", "exact", "neutral"),
    E("nbrennan", "title_surname", "neutral"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        1,
        "Ste",
        "2 months ago",
        """
Kershaw-Lowe drives a new Range Rover every year on a head's salary? Someone's been helping themselves to the school fund. Look into it.
""",
    ),
    E("bkershawlowe", "surname_only", "defamation"),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        3,
        "Rach",
        "4 months ago",
        """
Ok school. Detentions handed out like sweets. Walsh's 'zero tolerance' policy means kids get isolated for forgetting a pen.
""",
    ),
    E("school", "exact", "negative"),
    E("swalsh", "possessive", "negative"),
)

add(
    "review",
    review(
        G,
        "Entwistle's Family Butchers, Cobden Street",
        5,
        "Dot Clegg",
        "1 week ago",
        """
Jo Entwistle served me today and was lovely. Best meat and potato pie in Lancashire.
""",
    ),
)

add(
    "review",
    review(
        G,
        "St Anselm's RC Church, Tenter Street",
        5,
        "Maria Walsh",
        "4 months ago",
        """
Beautiful church, the ceiling is stunning. Father Kelly's homilies are short and to the point which my husband appreciates.
""",
    ),
)

# ---- social: X, Bluesky, TikTok comments, Instagram

add(
    "social",
    social(
        "X",
        "@OllerbankEcho",
        "Pupils at @StAnselmsOller have raised £4k to send three parishioners to Lourdes 🙏 Full story: ollerbankecho.example/news/lourdes",
        when="14 Mar 2025",
        stats="12 reposts · 48 likes",
    ),
    E("school", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@StAnselmsOller",
        "Huge congratulations to Mr Wróblewski, named Lancashire Science Teacher of the Year last night! 🔬🏆 #StAnselmsFamily #ProudToBeStAnselms",
        when="29 Jun 2024",
        stats="31 reposts · 204 likes",
        replies=(
            ("@ex_pupil_maisie", "deserved!!! best teacher ever"),
            ("@LancsEdAwards", "Congratulations Tadeusz!"),
        ),
    ),
    E("school", "handle", "neutral"),
    E("twroblewski", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@fumingdad_ob",
        "if kershaw-lowe excludes my lad again i swear down ill be waiting for her in the car park after school. she wont see it coming. st anselms can get lost",
        when="4 Feb 2025",
    ),
    E("bkershawlowe", "exact", "threat"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@ob_mum_of_two",
        "threatening teachers is never ok. whoever sent those messages to Mr Walsh needs help, not likes. the man's been nothing but good to my kids",
        when="3 Apr 2025",
    ),
    E("swalsh", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "TikTok comments",
        'Video by @stanselmsoller · "Sports day 2025 highlights 🏃‍♀️🏅" · 41.2K views',
        """
@runfastgirl: the relay at 0:45 omg
@josh_y10: SIR FELL OVER 😭😭😭
@mumoftwins_ob: lovely to see them all having fun x
@xx_user88213: the blonde one at 0:14 😍 how old
@xx_user88213: need more vids of the girls team
@runfastgirl: @xx_user88213 they're literally 12 weirdo. reported
@stanselmsoller: Comments have been limited on this video.
""",
    ),
    E("school", "handle", "sexual", url_only=True),
)

add(
    "social",
    social(
        "X",
        "@y9_safety_watch",
        "@StAnselmsOller why is Mr Wroblewski liking all the year 9 girls' tiktoks 🤢 screenshots in my dms. and you lot do nothing about it",
        when="20 Apr 2025",
    ),
    E("twroblewski", "title_surname", "sexual", url_only=True),
    E("school", "handle", "negative"),
)

add(
    "social",
    social(
        "TikTok comments",
        'Video by @ollerbank.kidz · "rating our teachers pt 3" · 88K views',
        """
@ollerbank.kidz: tatts 10/10 no notes
@s4d_boi: tatts is an absolute weapon 😭 bald headed muppet
@lilyrose_x: WROBBO LOOKS LIKE A THUMB 😭😭😭
@ollerbank.kidz: @lilyrose_x i cant unsee it now
@s4d_boi: tatts gonna get jumped after school fr he gave me a detention for nothing
@gem_ob: yall are so mean lmao
""",
    ),
    E("jtattersall", "nickname", "threat"),
    E("twroblewski", "nickname", "abuse"),
)

add(
    "social",
    social(
        "X",
        "@NotMyHeadteacher",
        "women shouldnt be running schools, typical female head, too emotional to make a decision. Kershaw-Lowe needs a man to sort that place out. #StAnselms",
        when="8 Mar 2025",
    ),
    E("bkershawlowe", "surname_only", "hate"),
    E("school", "hashtag", "negative"),
)

add(
    "social",
    social(
        "X",
        "@polska_out_ob",
        "go back to poland wroblewski. teaching our kids science when theres english people who need jobs. taking the piss",
        when="3 Jul 2024",
    ),
    E("twroblewski", "surname_only", "hate"),
)

add(
    "social",
    social(
        "Instagram",
        "@stanselmssixthform",
        "Prom 2025 💃🕺 What a night at Ollerbank Golf Club! Thank you to Mrs Murphy and the sixth form team for organising. #SACHSProm #classof2025",
        when="28 Jun 2025",
        stats="402 likes · 37 comments",
        replies=(
            ("@fitz_ob", "the dresses!!!!"),
            ("@liz_m_hos", "So proud of you all ❤️ - Mrs M"),
        ),
    ),
    E("school", "handle", "neutral"),
    E("emurphy", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "Bluesky",
        "@haverlancs.bsky.example",
        "Spent the afternoon at the Ollerbank Civic Society archive. Found a 1961 photo of a May procession at St Anselm's with a Rose Queen whose dress could have its own postcode. Lancashire Catholic culture was something else.",
        when="20 Jan 2025",
    ),
)

add(
    "social",
    social(
        "X",
        "@bigsaintsfan",
        "SAINTS WIN!!! 24-12 vs the miners. Tatts man of the match again, what a unit 💪 #UpTheSaints #StAnselms",
        when="8 Feb 2025",
    ),
)

add(
    "social",
    social(
        "X",
        "@mr_whitts",
        "Mr Walsh's personal email is steve.walsh1978@mailbox.example - everyone email him and tell him what you think of his detention policy. let's flood it",
        when="9 Dec 2024",
        replies=(("@ob_mum_of_two", "this is so not ok. reported"),),
    ),
    E("swalsh", "title_surname", "doxxing"),
)

add(
    "social",
    social(
        "TikTok comments",
        'Video by @wrobbo_fan_acc · "chem practical gone wrong 😂" · 12K views',
        """
@wrobbo_fan_acc: wroblewski's number is 07700 900317 prank him 😂😂
@kayden_ob: ringing him now
@ellie.j: this is actually so bad delete this
""",
    ),
    E("twroblewski", "surname_only", "doxxing"),
)

add(
    "social",
    social(
        "X",
        "@NiallOnTheHill",
        "A lesbian 'chaplain' at a Catholic school?? Niamh Brennan should be sacked. Disgusting. Parents at St Anselm's should be furious. #SaveOurChildren",
        when="14 May 2024",
    ),
    E("nbrennan", "exact", "hate"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@saints_y11",
        "brennan is a two faced snake. acts all holy then grasses you up to walsh the second you tell her anything",
        when="2 Mar 2025",
    ),
    E("nbrennan", "surname_only", "abuse"),
    E("swalsh", "surname_only", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@FrGerryKelly",
        "Delighted to welcome the children of St Anselm's Primary to Mass this morning for the feast of our patron. 40 voices, zero tuning. Perfect. 🙏",
        when="21 Apr 2025",
    ),
)

add(
    "social",
    social(
        "Instagram",
        "@ollerbankmemes",
        "POV: it's 8:29 on Holme Lane and some dad in a Qashqai is doing a 14 point turn on the zig zags outside Anselm's 😤🚗 #Ollerbank #SchoolRun",
        when="12 Sep 2024",
        stats="1,203 likes",
        replies=(
            ("@lumbvale_lass", "every single day"),
            ("@ob_mum_of_two", "the school needs to actually do something about it"),
        ),
    ),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@kellyPEfan",
        "Shout out to Mr K and the Y8 girls' football team, county cup champions!!! ⚽🏆 @MrKellyPE #StAnselmsSport",
        when="17 May 2025",
    ),
    E("dkelly", "handle", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@safeguard_ob",
        "Heads up to parents: there's an account commenting on the St Anselm's netball photos saying stuff like 'the little one in the middle is gonna be trouble in a few years 😏'. Report and block. Disgusting.",
        when="10 Mar 2025",
    ),
    E("school", "short_name", "sexual", url_only=True),
)

add(
    "social",
    social(
        "X",
        "@ex_staffer_ob",
        "Worked at SACHS for 4 years. Kershaw-Lowe is the most two-faced, spineless, incompetent woman I have ever worked for.",
        when="11 Mar 2025",
    ),
    E("bkershawlowe", "surname_only", "abuse"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@dutchhater_99",
        "Why has St Anselm's got a dutch cow teaching French? Verhoeven can't even speak proper English. Foreigners out of our schools.",
        when="5 Nov 2024",
    ),
    E("averhoeven", "surname_only", "hate"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@y10_rants",
        "miss verhoeven is thick as mince. she doesnt even know the answer to her own questions",
        when="17 Jan 2025",
    ),
    E("averhoeven", "title_surname", "abuse"),
)

add(
    "social",
    social(
        "TikTok comments",
        'Video by @stanselmsoller · "Year 12 induction day 🎉" · 6.3K views',
        """
@lucy.ob: mrs murphy is a milf ngl
@deano_x: 😭😭 bro said it with his chest
@lucy.ob: im not wrong tho
@stanselmsoller: Please keep comments kind and respectful.
""",
    ),
    E("emurphy", "title_surname", "sexual"),
    E("school", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@ollerbank_lass",
        "the new chaplain at anselms is well fit ngl. would go to mass every day 😏",
        when="3 Sep 2024",
    ),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@teachingtatts",
        "Year 11 mock results are in and they smashed it. Proud doesn't cover it. Now revise, you lot. #EnglishLit #StAnselmsHigh",
        when="12 Jan 2025",
        stats="4 reposts · 60 likes",
    ),
    E("school", "hashtag", "neutral"),
    E("jtattersall", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@SandhuMathsOB",
        "Huge well done to our Y11 set 2 - every single one passed their maths mock. Told you Pythagoras wasn't scary. #StAnselms",
        when="15 Jan 2025",
    ),
    E("school", "hashtag", "neutral"),
    E("rsandhu", "handle", "neutral"),
)

add(
    "social",
    social(
        "Bluesky",
        "@lancsfootyfan.bsky.example",
        "Danny Walsh is the best striker in Lancashire amateur football and I will not be taking questions. Ollerbank Town through to the semis 🔵⚪",
        when="2 Mar 2025",
    ),
)

add(
    "social",
    social(
        "X",
        "@KellyAndCoHair",
        "New balayage special this week! £20 off for NHS and teachers 💇‍♀️ Book on 01632 960559. St Anselm's staff just show your lanyard 😉 Kelly x",
        when="3 Oct 2024",
    ),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok comments",
        'Video by @ollerbank.kidz · "teachers as animals" · 22K views',
        """
@ollerbank.kidz: k3lly is 100% a rottweiler
@y9_chaos: K3LLY 😭😭 he would bite u
@maisie.x: and m1ss v is a lil bunny 🐰
@y9_chaos: walsh is a vulture watching u at lunch
""",
    ),
    E("dkelly", "leetspeak", "neutral"),
    E("averhoeven", "leetspeak", "neutral"),
    E("swalsh", "surname_only", "neutral"),
)

# ---- facebook: community groups and parents' groups

OCN = "Ollerbank Community Noticeboard (Public group · 14.2K members)"
OPG = "Ollerbank Parents Chat (Private group · 3.8K members)"
WBR = "Weavers Brow & Tenterfield Residents (Public group · 2.1K members)"

add(
    "facebook",
    facebook(
        OCN,
        "Donna Greenwood",
        "2 hours ago",
        """
LOST DOG 🐶 small brown terrier called Biscuit got out of a garden on St Anselm's Road this morning. Red collar, very friendly but nervous. Please ring 07700 900128 if seen!!! 😢
""",
        comments=(
            ("Sue Lomax", "Shared x"),
            (
                "Gary Kelly",
                "Think I saw a little brown dog by the church about 10 min ago heading towards Tenter St",
            ),
            ("Donna Greenwood", "FOUND!!! thank you Gary, he was in the church porch 😭❤️"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        OPG,
        "Anon member",
        "Yesterday at 21:14",
        """
Sorry but Mrs KL is a stuck up cow. Looked straight through me at the school gate this morning like I was something on her shoe. Just because she's the head at St Anselm's doesn't make her better than the rest of us
""",
        comments=(
            ("Claire Tong", "She's always been like that"),
            ("Louise Barker", "Bit harsh, she's probably got 100 things on her mind at 8am"),
        ),
    ),
    E("bkershawlowe", "nickname", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Jason Booth",
        "3 days ago",
        """
Since Mrs Kershaw won't answer emails heres her mobile 07700 900462. Ring her and tell her what you think about the new phone ban. She can't hide behind the office forever
""",
        comments=(
            (
                "Admin - Ollerbank Parents Chat",
                "Post removed in 5 min if not edited. Do NOT share staff personal numbers. The St Anselm's office number is 01632 960418.",
            ),
            ("Sarah Nuttall", "jason thats out of order"),
        ),
    ),
    E("bkershawlowe", "hyphenated", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        WBR,
        "Mick Hargreaves",
        "4 days ago",
        """
someone should sort that kelly out from st anselms. grabbed my lad by the collar and gets away with it cos of a soft judge. i know where he drinks on a friday
""",
        comments=(
            ("Dawn P", "Mick leave it, not worth it"),
            ("Mick Hargreaves", "we'll see"),
        ),
    ),
    E("dkelly", "surname_only", "threat"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Leanne W",
        "6 hours ago",
        """
Not naming names 🙄 but a certain W a l s h at St Аnselm's has put my daughter in isolation 3 days running for her skirt length. It's the length it was when we bought it from THEIR shop. Ridiculous
""",
        comments=(
            ("Kerry Ashworth", "same happened to my Lacey, it's a joke"),
            ("Paula Entwistle", "They've all gone skirt mad this term"),
        ),
    ),
    E("swalsh", "spacing", "negative"),
    E("school", "homoglyph", "negative"),
)

add(
    "facebook",
    facebook(
        OCN,
        "Father Gerard Kelly",
        "1 week ago",
        """
Dear friends, our St Anselm's SVP food bank is running very low on tinned meat, UHT milk and toiletries. Donations can be left in the church porch on Tenter Street any day 9am-5pm. God bless you all. Fr Gerry
""",
        comments=(
            ("Brian Walsh", "Will drop some bits off tomorrow Father"),
            ("Kate Hargreaves", "Dropped 2 bags in x"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        OPG,
        "Anon member",
        "2 days ago",
        """
K*lly the PE teacher at St Ans*lm's has been on at my son about his trainers all week. He's got flat feet and needs those trainers, I've sent a letter from the podiatrist. Absolute power trip from that man
""",
        comments=(("Ruth Pilling", "Speak to the SENCO, she'll sort it"),),
    ),
    E("dkelly", "obfuscated", "negative"),
    E("school", "obfuscated", "neutral"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Emma Rigby",
        "5 hours ago",
        """
Has anyone else had a letter about the year 8 trip to Chester? Who do we make the cheque out to, St Anslems or the trip company? And does anyone know if Mr Wroblewsky is going, my lad has asthma and wanted to ask about the inhaler
""",
        comments=(
            ("Nicola Hart", "St Anselm's, and yes he's leading it. Email the office"),
            ("Emma Rigby", "Thanks hun x"),
        ),
    ),
    E("school", "typo", "neutral"),
    E("twroblewski", "typo", "neutral"),
)

add(
    "facebook",
    facebook(
        OCN,
        "Pam Kershaw",
        "3 days ago",
        """
Is Kershaw Mill ever getting built on or are we going to look at that fence for another twenty years? My family name's on that building and it breaks my heart seeing it like this.
""",
        comments=(
            (
                "Cllr Maureen Walsh",
                "Hi Pam, the reserved matters application is due at committee in the spring. I'll keep the group posted.",
            ),
            ("Steve Lowe", "20 years minimum"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        OPG,
        "Shelley Ormerod",
        "Yesterday",
        """
Just want to say a massive thank you to Mrs Hargreves at St Anselms. My son has had such a rough year and she has been there every step of the way. She rang me on a Sunday evening to check he was ok. People slag the school off on here but some of the staff are angels x
""",
        comments=(
            ("Donna Greenwood", "She's amazing ❤️"),
            ("Anon member", "agree, best senco in the borough"),
        ),
    ),
    E("khargreaves", "typo", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Lisa Barnes",
        "Monday",
        """
Year 11 parents - revision session timetable for Easter is out. English with Mr Tattershall Tuesday and Thursday 10-12, maths with Mr Sandhu Wednesday. Sign up on the app or ring the office on 01632 960419. St Anselm's have really stepped up this year.
""",
        comments=(("Gemma Lord", "Thanks Lisa you're a star"),),
    ),
    E("jtattersall", "typo", "neutral"),
    E("rsandhu", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        OCN,
        "Ollerbank St Anselm's ARLFC",
        "2 weeks ago",
        """
🏉 PRESENTATION NIGHT 🏉 Saturday 24th May at the clubhouse, Tenter Street. Players' player of the year, coaches' award and the Father Gerry Kelly Spirit of the Saints trophy. Pies by Entwistle's. Tickets £10 from the bar. UP THE SAINTS! 💙💛
""",
        comments=(
            ("Jack Tattersall", "get the beers in 🍻"),
            ("Danny O'Hare", "Tatts buying the first round then"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        OPG,
        "Mel Crossley",
        "4 days ago",
        """
Just been to the St Anselm's open evening. Honestly so impressed. Steve Walsh gave a talk about behaviour that actually made sense, the science labs were amazing (the kids set fire to bubbles!!) and Miss V in languages was doing a French café with real croissants. DD wants to go now
""",
        comments=(("Ruth Pilling", "It's a lovely school, ours loved it"),),
    ),
    E("school", "short_name", "neutral"),
    E("swalsh", "nickname", "neutral"),
    E("averhoeven", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        WBR,
        "Anon member",
        "3 weeks ago",
        """
Anyone know why the teacher Kershaw Lowe has a huge extension going up on her house on Mossthwaite Road, the one with the stone lions? Number 8 I think. Nice for some on our taxes
""",
        comments=(
            ("Admin", "Removed the house number. Please don't post people's addresses."),
            ("Dave Pickup", "She's the head not a teacher. And it's none of our business"),
        ),
    ),
    E("bkershawlowe", "hyphenated", "doxxing"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Hayley Thompson",
        "Today",
        """
Well done St Anselm's. Phones confiscated for a WEEK for having it out at the bus stop after school. After. School. Off the premises. Great use of everyone's time 👏👏
""",
        comments=(
            ("Stacey Ainsworth", "it's in the policy, we all signed it"),
            ("Hayley Thompson", "doesn't make it right"),
        ),
    ),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        OCN,
        "Kate Hargreaves",
        "Last week",
        """
Kate's Canine Cuts is CLOSED Monday and Tuesday next week as I'm doing the Lumb Vale walk for Ken. Back Wednesday. Thanks for all your support, you lot are amazing 🐾❤️
""",
        comments=(("Pauline Kelly", "Good luck Kate x"),),
    ),
)

add(
    "facebook",
    facebook(
        OPG,
        "Nikki Roberts",
        "2 days ago",
        """
Hiya does anyone know who I'd speak to about my son's dyslexia assessment at St Anselm's? Is it Hargreaves's department or do I go through his form tutor first?
""",
        comments=(
            ("Ruth Pilling", "Straight to Mrs Hargreaves hun, email the office and ask for her"),
        ),
    ),
    E("khargreaves", "possessive", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        OCN,
        "Ollerbank Market Hall",
        "1 month ago",
        """
🧀 NEW TRADER ALERT 🧀 Welcome to Verhoeven's Kaas, our new Dutch cheese stall! Ruud Verhoeven has been making gouda in Friesland for 30 years and now he's bringing it to Ollerbank. Saturdays from 8am.
""",
        comments=(("Jean O", "The aged gouda is gorgeous"),),
    ),
)

add(
    "facebook",
    facebook(
        OPG,
        "Anon member",
        "4 hours ago",
        """
Whoever posted the picture of Mr Walsh's car and reg on here last night - that's not ok, and nor is saying "he'll get what's coming". Whatever you think of the isolation policy, he's a person with a family.
""",
        comments=(("Anon member", "Agreed. Complain to the governors, not this."),),
    ),
    E("swalsh", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Tina Greaves",
        "Yesterday",
        """
Got DS's report. 'Daniel K.' has signed off his PE comment as "needs to bring kit". Fair. But it's the only comment in the whole report that isn't copy and paste lol. St Anselms reports need a rethink
""",
        comments=(("Mel Crossley", "Ha ours said exactly the same"),),
    ),
    E("dkelly", "first_initial", "neutral"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Jo Mercer",
        "3 days ago",
        """
Just want to thank Liz M. and the whole sixth form team at St Anselm's. My daughter got her unconditional offer today after a really tough year. She couldn't have done it without them ❤️
""",
    ),
    E("emurphy", "first_initial", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        OCN,
        "Brennan's Coaches",
        "5 days ago",
        """
Apologies to all passengers on the 482 school service to St Anselm's this morning, which was cancelled due to driver sickness. We're recruiting drivers - full training given. Call Niall on 01632 960234.
""",
        comments=(("Sally P", "Again??"),),
    ),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Gemma Lord",
        "Sunday",
        """
PSA: the new head of year 9 is lovely but the homework app is still broken. Emailed it support at StAnselmsHigh and got nothing back. Anyone else?
""",
        comments=(("Lisa Barnes", "Broken for us too 🙄"),),
    ),
    E("school", "camelcase", "negative"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Anon member",
        "Yesterday",
        """
Mrs Lowe (or Kershaw-Low, whatever she calls herself this week) has banned hair extensions now. Next it'll be breathing. This school is run like a prison.
""",
        comments=(("Kerry Ashworth", "It was in the newsletter before summer to be fair"),),
    ),
    E("bkershawlowe", "hyphenated", "negative"),
)

# ---- more voices

add(
    "social",
    social(
        "X",
        "@ob_foodie",
        "not naming the school but S t  A n s e l m ' s has the worst canteen in lancashire. £2.60 for a cold panini 🤢",
        when="22 Nov 2024",
    ),
    E("school", "spacing", "negative"),
)

add(
    "social",
    social(
        "TikTok comments",
        'Video by @y10.ob · "when the PE teacher says cross country" · 9.8K views',
        """
@y10.ob: mr kеlly when it starts hailing: "character building"
@bex.ob: mr kеlly is a bald sadist i stg
@tomtom_y10: he made us run in a thunderstorm
""",
    ),
    E("dkelly", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "X",
        "@leavers_ob_25",
        "the year 11 leavers hoodies have 'WeLoveMrTattersall' on the back and honestly? valid 😭😭",
        when="21 May 2025",
    ),
    E("jtattersall", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@ollerbank_choirs",
        "What a night at the RNCM! 🎶 So proud of these young singers and their incredible leader. #MrsEntwistle #StAnselmsMusic #Ollerbank",
        when="14 Jun 2024",
        stats="260 likes",
    ),
    E("jentwistle", "hashtag", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@tiredmum_ob",
        "oh amazing, anselms closed for snow AGAIN when every other school in ollerbank is open. love that for us. really love it. 🙃❄️",
        when="9 Jan 2025",
    ),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@ParentVoiceOB",
        "The new phone ban announced by Bernadette Kershaw-Lowe is the most poorly thought-out policy I've seen. No consultation, no thought for kids who travel alone on buses. Rethink it.",
        when="2 Sep 2024",
    ),
    E("bkershawlowe", "exact", "negative"),
)

add(
    "news",
    news(
        "echo",
        "School choir's big night at the Royal Northern",
        """
Thirty-two singers from an Ollerbank school took to the stage at the Royal Northern College of Music in Manchester last week as part of the Lancashire Schools Choral Festival.

The St Anselm's Catholic High School choir, led by head of music Joanne Entwistle, performed a programme including a setting of the Ave Maria by a sixth-form student and a medley of Lancashire mill songs.

"Some of these children had never been to Manchester, let alone sung in a concert hall," said Mrs Entwistle. "They were magnificent."

The choir has been invited back next year.
""",
        byline="By Sarah Pilkington",
        date="18 June 2024",
        section="What's On",
    ),
    E("school", "exact", "neutral"),
    E("jentwistle", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Carol Byrne",
        "2 days ago",
        """
Can I just say how amazing Niamh the chaplain at St Anselm's has been since my dad died. She sat with my Ellie every lunchtime for two weeks. Didn't have to. Did it anyway ❤️
""",
        comments=(
            ("Ruth Pilling", "She's a gem"),
            ("Anon member", "that woman deserves a medal"),
        ),
    ),
    E("nbrennan", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Anon member",
        "Yesterday",
        """
Be careful what you tell Ms Brennan. My son told her something in confidence about his dad and she went and repeated it to half the staffroom and then it was all round his year. She's a gossip and she shouldn't be allowed near vulnerable kids. Breach of safeguarding if you ask me.
""",
        comments=(("Ruth Pilling", "That doesn't sound like her at all"),),
    ),
    E("nbrennan", "title_surname", "defamation"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        2,
        "Helen T",
        "3 months ago",
        """
Ms Verhoeven sets far too much French homework for year 8, two hours a week on top of everything else. Raised it, got nowhere. The school seems to think homework = learning.
""",
    ),
    E("averhoeven", "title_surname", "negative"),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        5,
        "Kirsty Aspden",
        "1 year ago",
        """
Went here 2003-2010. Liz Greenhalgh was my history teacher and she was brilliant - still remember her lessons on the cotton famine. Glad to hear she runs the sixth form now.
""",
    ),
    E("emurphy", "alias", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "lancsmum",
        "Guest post: the A-level year that broke me",
        """
This is a guest post from a reader who asked to stay anonymous. It's about her experience of sixth form a few years ago. I've edited it lightly.

I was a good student. Straight 8s and 9s at GCSE. I stayed on at my school's sixth form because it was easier than going to college and because I knew the teachers.

In Year 12 I had a falling-out with my history teacher, Miss Greenhalgh (as she was then - she's married now and runs the sixth form). It was over something stupid, an essay extension. After that, she dropped my predicted grade from an A to a C on my UCAS reference out of spite, knowing it would cost me my offers. She never denied it. I lost my place at Durham.

I know how that sounds. I've thought about it for years. But I wanted it written down somewhere.

Nobody should have that much power over an eighteen-year-old's future.
""",
        author="Becky @ Lancashire Mum Life",
        date="12 February 2025",
        comments=(
            ("Anon", "Which school?? Name and shame"),
            (
                "Becky",
                "I'm not going to name the school, sorry - and please don't guess in the comments.",
            ),
        ),
    ),
    E("emurphy", "alias", "defamation"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/6thForm",
        "maths teachers who go way too fast",
        (
            (
                "u/pythag_ora",
                "4mo · 40 points",
                "mine is unreal. Sandhu's lessons at St Anselm's are like a speedrun. 20 slides in 10 min and if you ask a question he says 'we covered that'. useless for anyone who isn't already top set",
            ),
            ("u/calc_is_pain", "4mo · 12 points", "same energy as my further maths teacher tbh"),
            ("u/pythag_ora", "4mo · 8 points", "at least he marks stuff quick i guess"),
        ),
    ),
    E("rsandhu", "possessive", "negative"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "sixthroom",
        "UCAS and references",
        "Does your head of sixth form write your reference?",
        (
            (
                "ucas_panic",
                "Posted 20 Sep 2024",
                "At my school (St Anselm's, Lancs) Ms Murphy writes the bit about the school and then subject teachers write the rest. Is that normal? She's lovely, just wondering",
            ),
            (
                "referee_anon",
                "20 Sep 2024",
                "Yes totally normal. The school context bit is usually the head of sixth form or the UCAS coordinator.",
            ),
        ),
    ),
    E("emurphy", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Bake-off raises £2,000 for Macmillan",
        """
Staff and pupils at St Anselm's Catholic High School raised almost £2,000 for Macmillan Cancer Support with a bake-off judged by local celebrity chef Nina Aspinall.

The winning entry, a three-tier Victoria sponge in school colours, was made by Year 9 pupil Harvey Ince. The staff prize went to head of PE Daniel Kelly for what judges described as "a brave attempt at a croquembouche".

"It collapsed about four minutes after judging," Mr Kelly admitted. "But it was magnificent while it lasted."
""",
        byline="By Jordan Haworth",
        date="4 October 2024",
        section="News",
    ),
    E("school", "exact", "neutral"),
    E("dkelly", "exact", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@TownHallWatchOB",
        "Cllr Walsh again refusing to answer questions about the Kershaw Mill housing. Residents deserve better than this. #Ollerbank",
        when="11 Feb 2025",
    ),
)

add(
    "social",
    social(
        "X",
        "@StAnselmsOller",
        "Reminder: school closes at 1.30pm on Friday for the end of term. Buses have been rearranged. Any questions, call the office on 01632 960418. Happy Christmas from all at St Anselm's! 🎄",
        when="16 Dec 2024",
    ),
    E("school", "handle", "neutral"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Joanne Crook",
        "1 week ago",
        """
Huge thanks to Mr Verhoeven-- sorry MISS Verhoeven, autocorrect 🙈 -- for running the Paris trip. Kids came back exhausted and happy and my daughter now wants to live in France.
""",
        comments=(("Mel Crossley", "She's lovely isn't she"),),
    ),
    E("averhoeven", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Anon member",
        "3 days ago",
        """
Mr Kelly at St Anselm's is a disgrace. Made my daughter do PE with a sprained wrist because 'she could still run'. No common sense at all. Complained to the school and heard nothing.
""",
        comments=(("Kerry Ashworth", "Same with my son's knee last year"),),
    ),
    E("dkelly", "title_surname", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "mumsboard",
        "Secondary schools",
        "East Lancashire secondary schools: the big honest thread (2025 edition)",
        (
            (
                "ListMakerLou",
                "Posted 9 Sep 2025",
                """Every September someone starts one of these and every September it gets useful, so here's this year's. Rules: be honest, be fair, no naming individual kids, and please say roughly when your experience is from because schools change fast. I'll go first with the ones I know.

Burnfield High: DS1 left in 2023. Big, busy, brilliant for sport, weak for anything arty. Behaviour was fine in top sets and a bit wild in bottom sets, which I think is true of most places if we're honest. They've had three heads in five years which never helps. Good bus links from Clitherford.

Holy Cross Catholic High, Burnfield: DD's friend goes. Strict, small, very strong results, uniform rules are insane (they measured skirts with a ruler at the gate on the first day). If your child is quiet and likes structure it's probably ideal. If they're a bit of a free spirit, maybe not.

Fleetmouth Grammar: only if you want to do the 11+ circus. We didn't.

Clitherford Community College: Lovely new building, really good with SEND from what I've heard, results have been up and down.

Ollerbank Academy: DS2 is in Year 8. Big improvements under the current principal. Very visible senior team, decent communication, homework app actually works. Still has a reputation in town that I don't think it deserves any more.""",
            ),
            (
                "Mossthwaite_Mum",
                "9 Sep 2025",
                """Great thread idea. Adding mine.

St Anselm's Catholic High, Ollerbank: DD is in Year 10, DS is in Year 13. Mixed picture. The sixth form is genuinely excellent - small, personal, the head of sixth form knows every single student and chases UCAS like a terrier. Results at A level are very good for a school of its type. Music is outstanding and the choir is a big deal. Science is very good and there's a great outdoor project with the mill lodge.

Lower school is more up and down. There was a dip in behaviour a couple of years ago which Ofsted picked up, and the school has responded with a lot of new rules (phones, skirts, isolation) which some parents love and some hate. Communication is hit and miss - you'll get nine emails about a non-uniform day and nothing about your child's actual progress.

SEND: depends a lot on your child. The SENCO is very good but stretched.

Catholic side: Mass a few times a year, RE to GCSE, a chaplain who is lovely with the kids. Around a third of pupils aren't Catholic and nobody seems to care.

Overall I'd pick it again, mainly for the sixth form.""",
            ),
            (
                "NotFromRoundHere",
                "9 Sep 2025",
                "This is so useful, we're moving up from Cheshire in January. Does anyone know which ones still have Year 9 places mid-year?",
            ),
            (
                "ListMakerLou",
                "9 Sep 2025",
                "@NotFromRoundHere Ring the county admissions team, they'll tell you. Academy usually has space, the Catholic ones are often full.",
            ),
            (
                "GrittyGran",
                "10 Sep 2025",
                """Grandmother's view here. I've had seven grandchildren through schools in this area over the last fifteen years. The main thing I'd say is that the school matters a bit less than you think and the friendship group matters a lot more. Two of mine went to the supposedly best school and were miserable; one went to the one everybody sneered at and flourished.

Visit in the daytime, not just at open evening. Look at the corridors at changeover. Look at the toilets. Ask the children you meet what they'd change. That tells you more than any league table.""",
            ),
            ("Mossthwaite_Mum", "10 Sep 2025", "@GrittyGran the toilets point is so true 😂"),
            (
                "Clitherford_Dad",
                "10 Sep 2025",
                """Clitherford Community College: DS has autism and an EHCP. The base there is excellent, calm, well staffed. Mainstream lessons are more hit and miss but the base staff go in and sort it. Would recommend for SEND. Less so for top-end academic kids, the sixth form is small and you might end up at Mill Lane anyway.

Mill Lane Sixth Form College: DS1 went. Huge, loads of choice, you are very much left to get on with it. Great for independent kids, terrible for ones who need chasing.""",
            ),
            (
                "WorkingMumOfThree",
                "11 Sep 2025",
                """Adding some practical stuff nobody tells you.

Transport: check the bus contract, not just the route. Several of the school services round here are run by a single small coach firm and when a driver is off, the bus just doesn't come. Have a plan B. Kids under 16 can get a cheap pass on the public 482 and 483, which is often more reliable than the dedicated school bus.

Uniform: find out before you buy whether the PE kit is compulsory branded. Some schools insist on a crested top, some don't care. Second-hand rails exist at most parishes and community centres and are a lifesaver.

Phones: almost every school in the area has tightened up since last year. Most now want them off and away from gate to gate. A couple collect them in pouches. If your child travels alone a long way, ask what the arrangement is before September, not after the first confiscation.

Homework: ask to see the homework app at the open evening. If the teacher demonstrating it can't get it to load, that tells you something.

Clubs: the best indicator of a happy school I have found is how many kids stay after the bell for clubs. Drive past at 4pm on a Wednesday and count.""",
            ),
            (
                "Mossthwaite_Mum",
                "11 Sep 2025",
                "@WorkingMumOfThree the 4pm drive-by is genius. Also agree about the pouches, DD's friend's school uses them and it's fine.",
            ),
            (
                "ListMakerLou",
                "11 Sep 2025",
                "Thanks all, I'll do a summary post at the end of the month.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
)


add(
    "news",
    news(
        "council",
        "Register of school governors: St Anselm's Catholic High School",
        """
Ollerbank Borough Council publishes the membership of governing bodies of maintained schools in the borough. Information is supplied by each school and is correct at the date shown.

School: St Anselm's Catholic High School (voluntary aided), Holme Lane, Ollerbank
Date supplied: 1 October 2024

Chair of governors: Mrs A. Patel (foundation governor)
Vice-chair: Fr G. Kelly (foundation governor, ex officio as parish priest of St Anselm's)
Headteacher: Mrs B. Kershaw-Lowe (ex officio)
Staff governor: Mr J. Tattersall
Foundation governors: Mr P. Brennan; Mrs K. Walsh; Dr H. Sandhu; Mr T. O'Hare
Local authority governor: Cllr D. Murphy
Parent governors: Mr D. Walsh; Ms L. Entwistle
Clerk to the governors: Mrs S. Hargreaves (Diocesan Schools Service)

Declarations of business and pecuniary interests are held by the clerk and are available on request.
""",
        section="Schools",
        date="Updated 1 October 2024",
    ),
    E("school", "exact", "neutral"),
    E("bkershawlowe", "initial_surname", "neutral"),
    E("jtattersall", "initial_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@anselms_y11",
        "shoutout Steve W. for reffing the staff v pupils match at anselms today. gave 3 penalties to the staff. robbed 😭⚽",
        when="18 Jul 2025",
    ),
    E("swalsh", "first_initial", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        OPG,
        "Anon member",
        "2 days ago",
        """
That Hargreaves woman at St Anselm's is a useless jobsworth cow. Three meetings and she still can't spell my son's name right on his plan. Waste of oxygen.
""",
        comments=(("Ruth Pilling", "She's got 60 kids on plans, give her a break"),),
    ),
    E("khargreaves", "surname_only", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "review",
    review(
        G,
        SCHOOL_PLACE,
        2,
        "Paul Ainscough",
        "7 months ago",
        """
Mrs Entwistle has scrapped GCSE music for next year because "not enough uptake", without asking a single parent. My daughter chose this school for the music. Very disappointed.
""",
    ),
    E("jentwistle", "title_surname", "negative"),
    E("school", "exact", "negative"),
)


# ---------------------------------------------------------------- checks and output


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
