# ruff: noqa: E501
"""Labelled corpus train13 for the repwatch matcher (Lisgarvan Integrated College, Ballydrennan).

Written WITHOUT reading the matcher, its tuning corpus or the other corpora: it measures how
the matcher generalises to writing it was never tuned on. Never tune on it - do not read its
errors and change the matcher to suit them, or the measurement is spent.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Rebuild with

    .venv/bin/python tests/corpus_train13/build_train13.py

and evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_train13

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the places, the sites (``.example``), the phone numbers (Ofcom drama ranges) and the
addresses.

Setting: an integrated (mixed Catholic/Protestant, all-ability) secondary school on the edge
of Ballydrennan, County Down, drawing from the villages of Tullyreagh, Kilcarn, Derrymoyle
and Ballyclane. Its short name "Lisgarvan" (a townland) is shared by Lisgarvan Primary
School, the Lisgarvan Gaels GAA club, Lisgarvan House care home, Lisgarvan Presbyterian
Church and the Lisgarvan Road; its acronym "LIC" is shared with a ladies' investment club.
Staff share surnames (Kelly, Wilson, Stewart, Campbell, Graham, Doherty, Brennan, Hamilton)
with plenty of strangers, and one staff alias (the maiden name "Niamh Murphy") with a
stranger in a death notice. The voices are Northern Irish: local Facebook groups, a
Ballydrennan paper, a Belfast-style news site, council minutes, parents' forums, pupils'
TikTok/Instagram comments, Google-style reviews and community blogs; hate examples are
mostly sectarian (anti-Catholic, anti-Irish-language), plus anti-Polish and homophobic.

Labelling conventions used here:
- ``exact``: the full name as on the watchlist, with or without a title and with or without
  the fada/diacritics ("Padraig Kelly", "Malgorzata Wisniewska" count as exact); a name
  that only appears inside an e-mail address ("dympna.mcilhatton@...") is also exact.
- ``short_name``: "Lisgarvan" alone for the school. ``alias``: another watchlist alias
  ("Lisgarvan College", "Lisgarvan Integrated", "Lisgarvan IC", "LIC"), or a staff alias
  ("Pádraig Ó Ceallaigh", "Niamh Murphy", "Keeva Campbell"). "Mrs Wilson (Miss Murphy when I
  started)" is labelled by its easier part, ``title_surname``.
- ``title_surname``: "Mr Kelly", "Mrs McIlhatton", including possessives like "Mr Graham's";
  role words count as titles ("VP Stewart", "Coach Stewart").
- ``possessive``: a name appearing only possessively without a title ("Kelly's side",
  "Lisgarvan's windows", "Campbell's videos").
- ``hyphenated``: one half of the principal's double-barrelled surname ("Mrs Boyd",
  "Mrs Hamilton"). Her whole surname alone ("Hamilton-Boyd said") is ``surname_only``.
- ``nickname``: pet forms and by-names ("Liz", "Mrs HB", "HB", "Paddy Kelly", "Rab", "Bob
  Stewart", "Stewarty", "Gosia", "Mrs Mac", "Dymps", "Jonny Graham", "Mr G", "Kate Doherty",
  "Miss D", "Kieran", "Big Ciarán"), and a first name alone where the context makes clear
  which staff member is meant ("Ciarán on the LIC minibus").
- ``first_initial``: first name plus surname initial ("Caoimhe C."); ``initial_surname``:
  "R. Stewart", "E Hamilton-Boyd".
- ``hashtag``/``handle``/``camelcase``: "#Lisgarvan", "#LIC2025", "#JusticeForMrKelly", "#mrsmac";
  "@LisgarvanIC", "@MrGrahamICT", "@MrKellyGaeilge"; "LisgarvanIntegratedCollege",
  "PádraigKelly", "KatherineDoherty" run together without # or @.
- A staff member referred to only by role ("the head", "sir", "the VP", "the Irish teacher")
  is not labelled; "the school"/"the integrated" alone is not a mention of the school.
- A court or police report of a threat against a staff member is ``threat`` for that person;
  a report of charges of theft/assault etc. against a staff member is ``defamation``; a
  report of online harassment of a staff member is ``abuse``. Condemnation ("threatening
  Pádraig Kelly is never ok") is ``neutral``. A page where the worst thing is sectarian
  language aimed at a person is ``hate``; if it also threatens them, ``threat``.
- An unnamed teacher accused of inappropriate messages to pupils makes the page
  ``sexual``/url_only for the school, since the subject is child safety at that school.
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
    "school", "lhamiltonboyd", "pkelly", "nwilson", "rstewart", "ccampbell", "mwisniewska",
    "dmcilhatton", "jgraham", "kdoherty", "cbrennan",
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
        "Ballydrennan Courier",
        "ballydrennancourier.example",
        ["Home", "News", "Sport", "Court", "Family Notices", "Letters", "Whats On"],
    ),
    "nidaily": (
        "NI Daily",
        "nidaily.example",
        ["News", "Belfast", "Politics", "Crime", "Education", "GAA", "Rugby", "Property"],
    ),
    "council": (
        "Mourne Vale District Council",
        "mournevale-dc.example",
        [
            "Home",
            "Council and democracy",
            "Meetings and minutes",
            "Planning",
            "Bins and recycling",
            "Leisure",
        ],
    ),
    "edreview": (
        "NI Education Review",
        "nieducationreview.example",
        ["Latest", "Policy", "Leadership", "Inspection", "Integrated", "Jobs"],
    ),
    "farm": (
        "Ulster Farm Gazette",
        "ulsterfarmgazette.example",
        ["Livestock", "Machinery", "Marts", "Shows", "Young Farmers"],
    ),
}


def news(site: str, headline: str, body: str, *, byline: str = "", date: str = "",
         section: str = "News", comments: tuple[tuple[str, str, str], ...] = (),
         related: tuple[str, ...] = ()) -> str:  # fmt: skip
    name, domain, nav = NEWS_SITES[site]
    nav_html = " | ".join(
        f'<a href="https://{domain}/{n.lower().replace(" ", "-")}">{h(n)}</a>' for n in nav
    )
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(headline)} - {h(name)}</title></head><body>',
        f'<header><div class="logo">{h(name)}</div><nav>{nav_html}</nav>'
        '<div class="cookie">We use cookies to give you the best experience. <button>Accept all</button> <button>Reject non-essential</button></div></header>',
        f'<main><div class="breadcrumb">Home &gt; {h(section)}</div><article><h1>{h(headline)}</h1>',
    ]
    if byline or date:
        out.append(f'<div class="byline">{h(byline)} <time>{h(date)}</time></div>')
    out.append(_paras(body))
    out.append('<div class="share">Share: Facebook | X | WhatsApp | Email</div></article>')
    if comments:
        out.append(
            f'<section class="comments"><h2>Comments ({len(comments)})</h2><p class="rules">Comments are moderated. Play the ball, not the man.</p>'
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
        f'</main><footer><p>&copy; 2025 {h(name)}. All rights reserved.</p><a href="#">Privacy</a> | <a href="#">Terms</a> | <a href="#">Contact us</a> | <a href="#">Complaints (IPSO)</a></footer></body></html>'
    )
    return "\n".join(out)


FORUMS = {
    "niparents": ("NI Parents", "niparents.example", "Boards"),
    "threadit": ("threadit", "threadit.example", "r/"),
    "studenthub": ("The Student Hub", "studenthub.example", "Forums"),
    "irishboards": ("IrishBoards", "irishboards.example", "Categories"),
}


def forum(site: str, board: str, title: str, posts: tuple[tuple[str, str, str], ...]) -> str:
    name, domain, crumb = FORUMS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="logo" href="https://{domain}/">{h(name)}</a> <nav><a href="#">Home</a> <a href="#">{h(crumb)}</a> <a href="#">Search</a> <a href="#">Log in</a> <a href="#">Register</a></nav></header>',
        f'<main><div class="breadcrumb">{h(crumb)} &gt; {h(board)}</div><h1>{h(title)}</h1>',
    ]
    for i, (user, meta, text) in enumerate(posts):
        cls = "op" if i == 0 else "reply"
        out.append(
            f'<div class="post {cls}"><div class="author">{h(user)}</div><div class="meta">{h(meta)}</div><div class="body">{_paras(text)}</div><div class="actions">Quote | Report | Share</div></div>'
        )
    out.append(
        f'<div class="pager">Page 1 of 1</div></main><footer>{h(name)} &middot; <a href="#">House rules</a> &middot; <a href="#">Privacy</a> &middot; <a href="#">Contact</a></footer></body></html>'
    )
    return "\n".join(out)


BLOGS = {
    "rambler": (
        "The Mourne Rambler",
        "mournerambler.example",
        "Walks, weather and the odd wee scone",
    ),
    "bygones": (
        "Ballydrennan Bygones",
        "ballydrennanbygones.example",
        "Local history from the Drennan valley",
    ),
    "chalk": (
        "Chalk and Craic",
        "chalkandcraic.example",
        "An anonymous NI teacher says what they think",
    ),
    "frocks": ("Formal Frocks NI", "formalfrocksni.example", "Dresses, tans and the formal season"),
    "common": (
        "Common Ground NI",
        "commonground-ni.example",
        "Conversations across the communities",
    ),
    "wee": ("Wee Thoughts", "weethoughts.example", "Twenty-something, Belfast, overthinking"),
    "polonia": ("Polonia Ulster", "poloniaulster.example", "Polish life in Northern Ireland"),
    "uncovered": (
        "Ballydrennan Uncovered",
        "bdrennanuncovered.example",
        "What they don't want you to know",
    ),
    "gaa": ("Down The Line", "downtheline-gaa.example", "Schools and underage GAA in the county"),
    "bites": ("Wee Bites", "weebites.example", "Eating my way round County Down"),
    "orchard": ("Orchard County Notes", "orchardnotes.example", "News and views from Co Armagh"),
}


def blog(site: str, title: str, body: str, *, author: str = "", date: str = "",
         tags: tuple[str, ...] = (), comments: tuple[tuple[str, str, str], ...] = ()) -> str:  # fmt: skip
    name, domain, strap = BLOGS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="site-title" href="https://{domain}/">{h(name)}</a><p class="tagline">{h(strap)}</p>'
        '<nav><a href="#">Home</a> <a href="#">About</a> <a href="#">Archive</a> <a href="#">Contact</a></nav></header>',
        f'<main><article><h1 class="entry-title">{h(title)}</h1>',
    ]
    if author or date:
        out.append(f'<div class="entry-meta">Posted by {h(author)} on {h(date)}</div>')
    out.append(f'<div class="entry-content">{_paras(body)}</div>')
    if tags:
        out.append('<div class="tags">Tagged: ' + ", ".join(h(t) for t in tags) + "</div>")
    out.append("</article>")
    if comments:
        out.append(
            f'<section id="comments"><h2>{len(comments)} thoughts on &ldquo;{h(title)}&rdquo;</h2>'
        )
        for user, when, text in comments:
            out.append(
                f'<div class="comment"><b>{h(user)}</b> <small>{h(when)}</small>{_paras(text)}</div>'
            )
        out.append("</section>")
    out.append(
        f'<aside><h3>Subscribe</h3><p>Get new posts by email.</p></aside></main><footer>{h(name)} &middot; Powered by WordPress-ish &middot; <a href="#">Privacy</a></footer></body></html>'
    )
    return "\n".join(out)


def review(platform: str, listing: str, items: tuple[tuple[str, int, str, str], ...],
           reply: str = "") -> str:  # fmt: skip
    """A review page as text: listing header (may be empty), then (author, stars, when, text)."""
    out = []
    if listing:
        out += [listing, f"{platform} reviews", ""]
    for author, stars, when, text in items:
        out += [f"{author}", f"{'★' * stars}{'☆' * (5 - stars)}  {when}", text.strip(), ""]
    if reply:
        out += ["Response from the owner", reply.strip(), ""]
    return "\n".join(out)


def fb(group: str, poster: str, when: str, text: str,
       comments: tuple[tuple[str, str], ...] = (), members: str = "8.2K") -> str:  # fmt: skip
    out = [group, f"Public group · {members} members", "", poster, f"{when} · 🌍", text.strip(), ""]
    if comments:
        out.append(f"👍😆 {7 + 3 * len(comments)} · {len(comments)} comments")
        out.append("")
        for user, ctext in comments:
            out += [user, ctext.strip(), "Like · Reply", ""]
    return "\n".join(out)


def tiktok(account: str, caption: str, comments: tuple[tuple[str, str], ...] = ()) -> str:
    out = [f"@{account}", caption.strip(), "♬ original sound", ""]
    if comments:
        out.append(f"{len(comments)} comments")
        for user, ctext in comments:
            out += [f"{user}", ctext.strip(), "Reply", ""]
    return "\n".join(out)


def post(platform: str, name: str, handle: str, when: str, text: str,
         replies: tuple[tuple[str, str], ...] = ()) -> str:  # fmt: skip
    """An X / Bluesky / Threads / Instagram post with replies."""
    out = [
        f"{platform}",
        f"{name} @{handle} · {when}" if handle else f"{name} · {when}",
        text.strip(),
        "",
    ]
    for user, rtext in replies:
        out += [f"{user}", rtext.strip(), ""]
    return "\n".join(out)


# ---------------------------------------------------------------- documents
# ---- news: local paper, NI Daily, council, trade press

add(
    "news",
    news(
        "courier",
        "Record GCSE haul for Lisgarvan Integrated College",
        """
There were hugs, happy tears and more than a few selfies on the Lisgarvan Road on Thursday morning as pupils at Lisgarvan Integrated College collected what the school says are its best ever GCSE results.

Eighty-one per cent of Year 12 pupils achieved five or more GCSEs at grades A*-C including English and maths, up from 74 per cent last year. The college, which is all-ability and does not use the transfer test to select pupils, said the figures were a "powerful answer" to anyone who still thought integrated education meant lower standards.

Principal Mrs Elizabeth Hamilton-Boyd said: "These young people sat their exams after two very disrupted years and they have done themselves, their families and Ballydrennan proud. I want to thank every member of staff, from the classroom to the canteen."

Head of Science Caoimhe Campbell said a new after-school revision club had made a real difference in double award science. "The pupils asked for it, they turned up in the rain, and it shows," she said.

Among the stand-out performers were twins Oisín and Aoife McAleese from Tullyreagh, who gained 19 grade As between them, and Ryan Wilson from Kilcarn, who achieved an A* in further maths a year early.

Sixth form enrolment opens next week; details are on the college website.
""",
        byline="By Gráinne McKeown",
        date="22 August 2025",
        section="Education",
        comments=(
            ("DrennanDad", "22 Aug", "Well done to all the wee ones, they worked their socks off."),
            (
                "KilcarnKate",
                "22 Aug",
                "great results but the traffic on the Lisgarvan Road at ten to nine is a disgrace, the school needs to sort out a proper drop off before some child gets knocked down",
            ),
            ("oldboy97", "23 Aug", "Class. Proud to be a former pupil."),
        ),
        related=(
            "Ballydrennan High celebrates A-level success",
            "Minibus timetable changes for new term",
        ),
    ),
    E("school", "exact", "negative"),
    E("lhamiltonboyd", "exact", "neutral"),
    E("ccampbell", "exact", "neutral"),
)

add(
    "news",
    news(
        "nidaily",
        "Man charged after threats to County Down vice-principal",
        """
A 34-year-old man has been charged with making threats to kill after a senior teacher at a County Down school was confronted outside his home.

Police said the incident happened at around 7.40pm on Tuesday in the Tullyreagh area. It is understood the man shouted at the teacher that he would "put him in the ground" and that "his car would be next".

The teacher has been named locally as Robert Stewart, vice-principal of Lisgarvan Integrated College in Ballydrennan. The college said it was supporting Mr Stewart and his family and that lessons would continue as normal.

The accused, from the Ballydrennan area, is due to appear at Ballydrennan Magistrates' Court on Friday. A PSNI spokesperson said: "Threats of this nature will not be tolerated. We would urge anyone with information to contact police on 101."

Local councillor Aoife Rooney said she was "appalled". "Teachers in this town give everything for our children. Whatever the grievance, this is not how you deal with it."
""",
        byline="NI Daily Newsdesk",
        date="4 March 2025",
        section="Crime",
        related=(
            "Schools warn of rise in abuse of staff",
            "Ballydrennan: Police appeal after car set alight",
        ),
    ),
    E("rstewart", "exact", "threat"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "Caretaker denies taking diesel from school minibus depot",
        """
A Ballydrennan school site manager has denied stealing fuel from his employer.

Ciarán Brennan, 52, from the Derrymoyle area, appeared at Ballydrennan Magistrates' Court charged with the theft of a quantity of diesel belonging to Lisgarvan College between September and December last year.

A defence solicitor told the court his client "strenuously denies" the charge and that the fuel had been used for the school minibuses, which Mr Brennan also drives.

District Judge Moira Haughey adjourned the case until next month. Mr Brennan was released on his own bail.
""",
        byline="Court reporter",
        date="11 February 2025",
        section="Court",
        comments=(
            (
                "Derrymoyle_Rose",
                "11 Feb",
                "Ah catch yourselves on, that man would give you his last. Innocent until proven guilty folks.",
            ),
        ),
    ),
    E("cbrennan", "exact", "defamation"),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "council",
        "Minutes: Planning Committee, 6 May 2025",
        """
MOURNE VALE DISTRICT COUNCIL. Minutes of the meeting of the Planning Committee held in the Council Chamber, Market Street, Ballydrennan, and remotely via video link, on Tuesday 6 May 2025 at 10.00am.

Present: Councillor A. Rooney (Chair); Alderman D. Gilmore (Deputy Chair); Councillors C. Boyle, P. Devlin, J. Hanna, S. McCartan, M. Stewart, T. Quinn and W. Irvine.

In attendance: Head of Planning (Mr N. Agnew); Principal Planning Officer (Ms L. Corr); Senior Planning Officer (Mr K. Magee); Council Solicitor (Ms R. Ferris); Democratic Services Officer (Mrs J. Lowry).

1. Apologies. Apologies were received from Councillor E. Trainor and Alderman H. McMurray.

2. Declarations of interest. Councillor Stewart declared an interest in item 6.4 (LA07/2024/1184/F) as a member of the congregation of Lisgarvan Presbyterian Church and left the chamber for that item. Councillor Quinn declared an interest in item 6.2 as the applicant is a neighbour. Alderman Gilmore declared a non-pecuniary interest in item 7 as a former member of the Local Investment Committee (LIC).

3. Minutes of previous meeting. The minutes of the meeting held on 1 April 2025 were agreed as a true and accurate record, on the proposal of Councillor Hanna, seconded by Councillor Boyle.

4. Matters arising. Officers confirmed that the enforcement notice relating to the unauthorised hot food kiosk at Tullyreagh Quay had been served and that the kiosk had since been removed. Councillor Devlin thanked officers for their swift action and noted that residents had complained for over a year about litter and late-night noise at the quay.

Members were advised that the Department for Infrastructure had confirmed that resurfacing of the Lisgarvan Road between the Ballyclane roundabout and the Kilcarn turn would begin in the summer holidays. Councillor McCartan asked that the works be completed before the start of the school term, given the volume of school traffic on that road. Officers undertook to pass this request to the Department.

5. Schedule of applications: delegated decisions. The committee noted the list of 47 applications determined under delegated powers during April 2025. Councillor Irvine asked why the application for a farm shed at Carrowdun had taken nine months to determine. Officers explained that the delay was due to outstanding consultation responses from NI Water and Shared Environmental Services, and that this was a recurring problem across the district.

6. Planning applications.

6.1 LA07/2024/0932/F - Erection of 14 dwellings and associated site works, lands to the rear of 22-40 Glebe Road, Kilcarn. Recommendation: approval subject to conditions. Ms Corr presented the report. Two objections had been received relating to traffic and the loss of a hedgerow. Mr P. Harkin spoke in objection on behalf of residents of Glebe Road. Mr S. Rafferty (agent) spoke in support. Following discussion, during which members raised concerns about the visibility splay at the site entrance, it was proposed by Councillor Hanna, seconded by Councillor Boyle, that the application be deferred for a site visit. On a vote, 7 for, 2 against. The application was deferred.

6.2 LA07/2024/1021/F - Single storey rear extension and detached garage, 9 Orchard Close, Ballyclane. Recommendation: approval. There being no objections, the application was approved.

6.3 LA07/2025/0077/F - Change of use from retail unit to hot food takeaway, 3 Main Street, Derrymoyle. Recommendation: refusal. Members heard that the proposal would result in an over-concentration of hot food uses on Main Street, which already has three takeaways within 100 metres. Councillor Quinn said that the village needed investment and that an empty unit was worse than a chip shop. The Chair noted that the committee must determine applications in accordance with the Local Development Plan. On a vote, 5 for refusal, 4 against. The application was refused.

6.4 LA07/2024/1184/F - Single storey extension to church hall to provide accessible toilets and kitchen, Lisgarvan Presbyterian Church, Lisgarvan Road, Ballydrennan. Recommendation: approval. (Councillor Stewart, having declared an interest, left the chamber.) The application was approved without discussion. Councillor Stewart returned to the chamber.

6.5 LA07/2025/0112/F - Floodlit 3G synthetic sports pitch with 4.5m ball-stop fencing, six 15m floodlighting columns and a small spectator stand, Lisgarvan Integrated College, 60 Lisgarvan Road, Ballydrennan. Recommendation: approval subject to conditions. Mr Magee presented the report. The pitch would be used by the college during the school day and by community groups in the evenings and at weekends under a community use agreement. Eleven letters of support had been received, including from Lisgarvan Gaels GAC, Ballydrennan RFC and Ballydrennan Youth Football Club. Four objections had been received from residents of Lisgarvan Meadows relating to light spill and noise late in the evening.

Officers advised that a condition would restrict floodlight use to 9.30pm Monday to Friday and 8pm at weekends, and that the lighting design had been assessed by Environmental Health as acceptable. The college's business manager, Mr T. Gibson, spoke in support and said the college currently bussed pupils to a council pitch for PE and games, losing up to forty minutes of lesson time per trip. Councillor Devlin welcomed the community use agreement and asked that local clubs be given priority over commercial block bookings. Councillor Irvine asked about the drainage arrangements; officers confirmed that an attenuation tank was proposed and that Dfl Rivers had no objection.

It was proposed by Councillor Devlin, seconded by Alderman Gilmore, that the application be approved subject to the conditions in the report and an additional condition requiring the community use agreement to be in place before first use. Agreed unanimously.

6.6 LA07/2025/0160/O - Outline permission for a dwelling on a farm, lands 120m north of 44 Derrymoyle Road. Recommendation: refusal. Mr J. McVeigh (agent) spoke in support and argued that the applicant needed to live on the farm to care for livestock. Officers advised that the farm business had not been active and established for the required six years. Following discussion, it was proposed by Councillor Irvine, seconded by Councillor Stewart, that the application be deferred to allow the agent to submit further evidence of farm activity. Agreed.

7. Ballydrennan town centre regeneration - update. The Head of Planning provided an update on the public realm scheme for Market Street and Bridge Street. The Local Investment Committee (LIC) had met twice since the last report. Tenders had been returned and were being evaluated. Councillor McCartan asked whether local businesses would be compensated for loss of trade during the works. Officers advised that there was no mechanism for compensation but that a programme of events would be arranged to keep footfall up. Councillor Boyle suggested a Christmas market and a partnership with the Ballydrennan traders' association.

8. Correspondence. The committee noted correspondence from the Department for Infrastructure regarding revised guidance on single dwellings in the countryside, and a letter from the Chief Executive of Ballydrennan Chamber of Commerce welcoming the town centre scheme.

9. Any other business. Councillor Hanna raised the condition of the footpath along the Kilcarn Road and asked officers to write to the Department. The Chair thanked Mrs Lowry, who is retiring after 31 years with the council, for her service to the committee.

There being no further business, the meeting concluded at 12.52pm.

Chair ____________________ Date ____________________
""",
        section="Meetings and minutes",
    ),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "edreview",
        "Transformation wave: why more schools are choosing integrated status",
        """
Three more schools in the south and east of Northern Ireland have opened consultations on transforming to integrated status, bringing the number of schools currently in the process to eleven, the highest since records began.

For parents the attraction is often simple. "We wanted our kids to sit beside each other, not be bussed past each other," one parent in Newry told us. For governors, the calculation is more complex: falling rolls, shared sites and the prospect of capital funding all play a part.

Veteran principals of established integrated schools say transformation is no quick fix. Mrs Hamilton-Boyd, who has led one of the older integrated colleges in County Down for a decade, warned that "integration is a practice, not a plaque on the wall". She said schools needed to think about everything from the sports they offer - her college fields both GAA and rugby teams - to how they mark St Patrick's Day and the Twelfth, and how they handle flags and emblems at formal events.

The Department of Education said it would publish revised guidance on transformation in the autumn.
""",
        byline="Ruth Annett",
        date="14 January 2025",
        section="Integrated",
        related=(
            "Integrated schools: the waiting list problem",
            "Opinion: selection at eleven must end",
        ),
    ),
    E("lhamiltonboyd", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "Lisgarvan Gaels crowned intermediate champions after thriller",
        """
Lisgarvan Gaels 1-14 Ballyclane St Mary's 1-12

Lisgarvan Gaels are the county intermediate football champions for the first time since 2009 after a pulsating final at a packed Páirc Uí Néill on Sunday.

Oisín Murphy was the hero, kicking five points including two frees in the last five minutes, while goalkeeper Niall Campbell produced a superb save from a Ballyclane penalty just before half-time.

Manager Dermot Kelly paid tribute to his players. "Thon boys have been training in the muck since January. They deserved that," he said. "It's a great day for Lisgarvan and for the whole parish."

Ballyclane had the better of the opening quarter and led by three at the break thanks to a well-taken goal from Ciarán Wilson. But the Gaels came storming back after the restart, Conor McGrath rattling the net within two minutes.

The club's celebrations continued late into the night at the clubhouse on the Lisgarvan Road.

Lisgarvan Gaels: N Campbell; R Magee, P Hughes, E Trainor; S McGrath, C Devlin, T Rooney; K Quinn, D Murphy; C McGrath (1-2), O Murphy (0-5, 2f), L Boyle (0-2); F Toner (0-2), J Hanna (0-2), M Kelly (0-1).
""",
        byline="Sport desk",
        date="15 September 2025",
        section="Sport",
        comments=(("GaelsForever", "15 Sep", "Up the Gaels!!! Never in doubt 😂"),),
    ),
)

add(
    "news",
    news(
        "nidaily",
        "Bomb hoax forces evacuation of County Down school",
        """
Hundreds of pupils were evacuated from a County Down school on Wednesday morning after a telephone warning that a device had been left on the premises.

The call was made to a Belfast newsroom at around 9.15am, claiming a bomb had been placed at Lisgarvan Integrated College on the Lisgarvan Road, Ballydrennan. The caller used a recognised codeword, police said.

Pupils and staff were moved to the nearby Lisgarvan Gaels grounds while Army technical officers examined a suspicious object found near the sports hall. It was later declared to be an elaborate hoax.

Principal Elizabeth Hamilton-Boyd praised pupils for their calm behaviour. "Our young people walked out in their form classes, in silence, and waited patiently in the drizzle for over three hours. I could not be prouder of them," she said.

Police described the hoax as "a reckless and disgraceful act aimed at children" and said they were treating it as a sectarian hate incident. Detectives are keen to speak to anyone who saw a dark-coloured hatchback parked on the Kilcarn Road on Tuesday night.

Integrated Education NI condemned the hoax, saying shared schools had been targeted "because they represent the future some people are afraid of".
""",
        byline="Connor Lavery",
        date="8 October 2025",
        section="News",
        comments=(
            ("Proud_Drennan", "8 Oct", "Scum. Absolute scum. Targeting weans."),
            ("JimmyB", "8 Oct", "Thank god it was nothing. Fair play to the staff and the kids."),
        ),
    ),
    E("school", "exact", "threat"),
    E("lhamiltonboyd", "exact", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "Glitz, glam and a vintage tractor: Year 14 formal in pictures",
        """
Lisgarvan's Year 14 leavers swapped blazers for ball gowns and tuxedos on Friday night for their end-of-school formal at the Carnmoyle Hotel.

Arrivals ranged from the traditional (a white stretch limo) to the unforgettable: one Kilcarn couple rolled up on a 1962 Massey Ferguson driven by a proud granda.

Organiser Miss Doherty, head of music, said the night was "the perfect send-off for a year group who came in during lockdown and never got a normal start". The school band, Drennan Noise, played a set before the DJ took over.

Scroll down for our gallery of 64 photos.
""",
        byline="Pictures: Seán Rafferty Photography",
        date="30 June 2025",
        section="Whats On",
        comments=(
            (
                "NannyMags",
                "30 Jun",
                "My granddaughter is in photo 23, doesn't she look like a film star 😍",
            ),
            ("tullyreagh_tam", "30 Jun", "the tractor 😂😂 legend"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("kdoherty", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "nidaily",
        "Irish teacher sent bullet in post in 'sinister' sectarian threat",
        """
A teacher who runs Irish-language classes at an integrated school in County Down has received a bullet in the post along with a note warning him to "stop the Irish or else".

Padraig Kelly, who teaches at Lisgarvan Integrated College in Ballydrennan and coaches its Gaelic football teams, was sent the package at his school address last week. The note referred to him by a sectarian slur and said he had "been warned".

Police are treating the threat as a sectarian hate crime. Mr Kelly, who is originally from west Belfast, said he would not be intimidated. "I teach Irish to Catholic kids, Protestant kids, Polish kids and kids who are none of the above. Nobody is forced to take it and a lot of the lads who come to my classes also play rugby on a Saturday. That's the whole point of this place," he said.

The college said the threat was "an attack on the whole school community". Politicians from all the main parties condemned it.

A PSNI spokesperson said: "This was a deeply sinister act. Anyone who sends such items should understand that they will be pursued."
""",
        byline="Connor Lavery",
        date="19 May 2025",
        section="Crime",
        comments=(
            ("Orla_M", "19 May", "Solidarity Pádraig. Keep going."),
            (
                "AnnNotAnn",
                "19 May",
                "Whoever did this has no idea how many kids that man has helped. Disgusting.",
            ),
        ),
        related=(
            "Integrated schools 'targeted' says sector body",
            "Bomb hoax forces evacuation of County Down school",
        ),
    ),
    E("pkelly", "exact", "threat"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "Letters: Irish signs at integrated college are a step too far",
        """
Sir, I write as a parent who chose an integrated school precisely because I wanted my children kept out of the orange and green nonsense that has held this place back for a hundred years.

So I was dismayed to find that Lisgarvan has put up bilingual English and Irish signs on every classroom door and in the assembly hall. I am told this was pushed through by Mr Kelly, who runs the Irish department, with very little consultation with parents.

I have nothing against the Irish language and my daughter enjoys the odd bit of it in class. But a shared school should be neutral ground. Signs in one community's language, without Ulster-Scots or anything else, do not feel neutral to a lot of families I have spoken to. The board of governors should think again, and it should talk to parents before decisions like this are made.

Yours etc, name and address supplied, Ballyclane.
""",
        section="Letters",
        date="3 April 2025",
        comments=(
            ("Ciara_D", "3 Apr", "It's a sign on a door. Nobody is being converted."),
            (
                "ballyclane_bob",
                "4 Apr",
                "Fair letter, well put, no bigotry in it. Consultation matters.",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("pkelly", "title_surname", "negative"),
)

add(
    "news",
    news(
        "farm",
        "Veteran ploughman Robert still cutting a straight furrow at 78",
        """
Kilcarn's Robert Stewart showed the young ones how it is done at the Mid-Down Ploughing Society match on Saturday, taking first place in the vintage trailed class with his 1956 Ferguson TE20.

Mr Stewart, who has farmed at Drumaroad Lane all his life, first competed in 1962. "You'd think I'd have got the hang of it by now," he laughed. "The secret is a good tractor, a good plough and a flask of tea."

Results: Vintage trailed - 1 Robert Stewart (Kilcarn), 2 Jim Hanna (Ballyclane), 3 Sammy Irvine (Rathmore). Conventional - 1 Mark Wilson (Dromore), 2 Kyle Graham (Kilcarn). Horse ploughing - 1 Hugh McCartan (Castlewood), judges' special award to the Kelly brothers of Tullyreagh for their Clydesdales.

The society thanked the Campbell family for the use of their land and the Lisgarvan Gaels ladies' committee for the catering.
""",
        byline="Show reporter",
        date="7 April 2025",
        section="Shows",
    ),
)

add(
    "news",
    news(
        "nidaily",
        "Belfast nurse runs seven marathons in seven days for hospice",
        """
A Belfast nurse has completed seven marathons in seven days to raise more than £18,000 for the hospice that cared for her father.

Niamh Wilson, 29, who works in the emergency department at a Belfast hospital, ran her final leg along the Lagan towpath on Sunday, cheered on by colleagues in scrubs.

"Daddy would have thought I was mad," she said. "But the hospice nurses gave him so much dignity at the end, and I wanted to give something back."

Ms Wilson, who only took up running three years ago, said her feet were "in bits" but she would do it all again. Donations can still be made through her fundraising page.
""",
        byline="Belfast desk",
        date="1 September 2025",
        section="Belfast",
    ),
)

add(
    "news",
    news(
        "courier",
        "End of an era as Ballydrennan High principal bows out",
        """
After 38 years at Ballydrennan High School, the last 12 as principal, Mr Trevor Hanna has retired.

Mr Hanna joined the school as a geography teacher in 1987 and said he had taught "the parents and, in a couple of cases, the grandparents" of current pupils.

At a farewell assembly, pupils presented him with a framed photograph of the school's 1999 Schools' Cup-winning rugby team, which he coached. His successor, Mrs Andrea Campbell, currently vice-principal, takes up post in September.

Mrs Campbell said she was "honoured and a wee bit terrified" to follow him. Head boy Jack Kelly and head girl Niamh Stewart read a poem they had written for the occasion.
""",
        byline="Gráinne McKeown",
        date="27 June 2025",
        section="News",
    ),
)

add(
    "news",
    news(
        "edreview",
        "County Down SENCo wins national pastoral care award",
        """
Dympna McIlhatton, head of pastoral care and special educational needs coordinator at Lisgarvan College in Ballydrennan, has won the Pastoral Leader of the Year category at the UK-wide Teaching Excellence Awards.

The judges highlighted her work setting up a sensory room and a "quiet lunch" club for autistic pupils, and a peer-mentoring scheme that pairs sixth formers with new Year 8 pupils from different primary schools and different communities.

Mrs McIlhatton, who has worked at the college since it opened in 1997, said the award belonged to "the whole team, and mostly to the kids". She will receive her award at a ceremony in London in November.
""",
        byline="Staff reporter",
        date="23 October 2025",
        section="Leadership",
    ),
    E("dmcilhatton", "exact", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "nidaily",
        "Ex-pupil admits harassing teacher with dozens of fake accounts",
        """
A 19-year-old man has admitted harassing a former teacher by setting up dozens of fake social media accounts to post insulting messages about her.

Ballydrennan Magistrates' Court heard that the defendant targeted Niamh Wilson, head of English at Lisgarvan Integrated College, over a period of five months after he was excluded from the school's sixth form.

The messages, a prosecutor said, called Mrs Wilson "a useless oul hag" and "a joke of a teacher", and some were sent to her husband and to other parents. Several accounts used her maiden name.

A defence barrister said his client was "deeply ashamed" and had been struggling with his mental health at the time. Sentencing was adjourned for a pre-sentence report. A restraining order was made in the interim.
""",
        byline="Court reporter",
        date="9 July 2025",
        section="Crime",
    ),
    E("nwilson", "exact", "abuse"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "No injuries as school minibus slides into ditch on Derrymoyle Road",
        """
Eleven pupils and their driver escaped injury on Monday morning when a school minibus slid off the road in icy conditions near Derrymoyle.

The 17-seat bus, carrying pupils to Lisgarvan Integrated College, left the road on a sharp bend at Carrowdun Brae at around 8.20am. Fire crews attended but nobody needed hospital treatment. Parents were contacted and collected their children from the scene.

The Department for Infrastructure said the road had been gritted the night before. The college said it would review its bad-weather procedures.
""",
        byline="News desk",
        date="13 January 2025",
        section="News",
        comments=(
            (
                "CarrowdunCathy",
                "13 Jan",
                "That bend is lethal, I've said it for years. Glad the kids are ok.",
            ),
            (
                "FedUpDrennan",
                "13 Jan",
                "everyone knows thon Brennan boy was still half cut from the Crown the night before, he was seen at the bar at closing. and he's driving weans about",
            ),
            (
                "FedUpDrennan",
                "13 Jan",
                "the school should never have him near a bus, they knew fine well what he's like",
            ),
            (
                "Moderator",
                "14 Jan",
                "Please avoid allegations about named individuals. Comments closed.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("cbrennan", "surname_only", "defamation"),
)

add(
    "news",
    news(
        "council",
        "Good Relations Small Grants 2025/26: awards approved",
        """
The council's Good Relations Small Grants Programme supports projects that build relationships between people from different community and cultural backgrounds. The following awards were approved by the Strategy, Policy and Resources Committee on 12 June 2025.

Ballyclane Women's Group - Two Traditions Cookbook - £1,800.
Derrymoyle Community Association - Shared Bonfire Alternative Family Fun Day - £2,500.
Kilcarn Silver Band and Tullyreagh Pipe Band - joint marching workshop - £1,950.
Lisgarvan Gaels GAC - Gaelic for All taster sessions with local rugby and soccer clubs - £2,000.
Lisgarvan Integrated College - Shared History: Our Town in 1921 (oral history project with older residents) - £2,400.
Lisgarvan Primary School - Friendship Quilt with St Brigid's PS - £900.
Tullyreagh Polish Saturday School - Pierogi and Potato Bread intercultural evenings - £1,200.
Ballydrennan Chamber of Commerce - Christmas lights for all - £2,500.

Total awarded: £15,250. The next round opens in January 2026. Groups can contact the Good Relations team on 020 7946 0871.
""",
        section="Council and democracy",
    ),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "nidaily",
        "'We just said no': the County Down parents opting out of the transfer test",
        """
On a wet Saturday morning in November, while thousands of ten and eleven-year-olds across Northern Ireland were sharpening pencils for the second of their transfer tests, nine-year-old Erin and her wee brother were at a trampoline park outside Ballydrennan, eating chips at ten in the morning.

"That was our little protest," laughs her mum, Sinéad, a nurse from Tullyreagh. "Erin's big sister did the tests three years ago. She was sick every morning for six months. She was doing past papers in the car on the way to Irish dancing. She was ten. I said never again."

Sinéad is one of a growing number of parents who are choosing not to enter their children for the unregulated tests used by most of Northern Ireland's grammar schools. There are no official figures for how many families opt out - the tests are run by two private companies, not the Department of Education - but principals, tutors and parents all told us the same thing: it is no longer unusual to say no.

Academic selection at eleven was officially abolished in 2008. The grammar schools simply set up their own tests instead, and for more than fifteen years Northern Ireland has lived with a system that almost nobody designed and that many people hate, but which has proved remarkably difficult to shift. Every autumn the same arguments are made. Supporters say the grammar schools are the jewel in the crown of a system that produces some of the best exam results in these islands, and that selection gives bright working-class children a route to the top. Opponents point to the tutoring industry, the stress, the way the results track family income, and the tens of thousands of children who are told, at eleven, that they have failed.

"It's the word 'failed' that gets me," says Martin, a joiner from Kilcarn whose son sat the test last year. "He didn't fail anything. He got a grade that meant he couldn't go to the same school as his best mate. We had him tutored every Tuesday for a year, £30 a go. I'm not a rich man. And for what? He's at the high school now and he loves it. We could have saved ourselves the money and the tears."

The tutoring industry is one of the clearest signs of how much the tests matter to families. In a single street in Ballydrennan we counted four houses advertising "transfer test tuition" in the window. One tutor, who asked not to be named, told us she had a waiting list of forty children and had stopped taking new P5s. "Some parents start them in P4," she said. "I tell them that's too young. Some of them go elsewhere."

For those who opt out, the choice is not always easy. In many towns the non-grammar schools are seen, fairly or not, as second best, and parents worry about being judged. "You do get the look," says Sinéad. "'Oh, is she not doing it?' Like there must be something wrong with her. There's nothing wrong with her. She's a great reader. She wants to be a vet."

In the Ballydrennan area, parents say the presence of an all-ability integrated school has changed the conversation. Several of the families we spoke to had chosen Lisgarvan, which does not select on academic ability and takes children from Catholic, Protestant and other backgrounds in roughly equal numbers.

"For us it was two things," says Helen, whose twins start there in September. "One, no test. Two, they'd be sitting beside kids from every background, which is something I never had growing up in Ballyclane. I was eighteen before I had a proper conversation with a Catholic. My kids' best friends are called Pádraig and Chloe and Jakub and they don't care."

Helen says the decision was not taken lightly. "We did look at the grammar. It's a good school. But the twins are very different - one's sporty, one's bookish - and we didn't want one of them passing and one not. Can you imagine? At ten?"

Principals of non-selective schools are careful not to criticise the grammars, many of whom are their neighbours and partners in area learning communities. But some are increasingly outspoken about the impact of the tests on their intakes. "We take everyone," one high school principal in south Down told us. "Every year we get children who have been told by the system that they are not good enough, and the first six months are about repairing that. Then they go on and get A-levels and degrees, and nobody ever writes a newspaper article about that."

Grammar school principals, for their part, point to their own efforts to widen access. Several now reserve places for pupils entitled to free school meals, and one Belfast grammar has dropped the test altogether for a proportion of its intake. "We are not the villains of this piece," one grammar head said. "We are working within a framework that the politicians have never been able to agree on."

That political deadlock is unlikely to end any time soon. An independent review of education, published last year, recommended that the issue of academic selection be looked at again but stopped short of calling for it to end. The Executive parties remain split, broadly along the familiar lines.

Meanwhile, the children keep sitting the tests. In Erin's P7 class, her teacher Mrs Kelly estimates that about two-thirds of pupils are entered - down from almost all of them a decade ago. "We don't teach to the test in school," she says. "We can't. But you can see the ones who are doing it. They're tired. Some of them are tutored three nights a week. Others are doing nothing and you can see them wondering why they're not special enough to be tutored. It's hard on all of them."

Back at the trampoline park, Erin is upside down. Asked what she thinks about the test she is not doing, she considers the question carefully. "I think it's a bit mean," she says eventually. "Some people are good at maths and some people are good at drawing. And the test doesn't have drawing."

Her mum laughs. "There you go. Put that in your paper."

Do you have a story about the transfer test? Email our education team.
""",
        byline="Education correspondent",
        date="16 November 2024",
        section="Education",
        comments=(
            ("ParentOfThree", "16 Nov", "Thank you for this. We opted out and never looked back."),
            (
                "GrammarGrad",
                "16 Nov",
                "Selection gave me, a wee girl from a terrace in east Belfast, a chance. Be careful what you wish for.",
            ),
            (
                "Drennan_Mum",
                "17 Nov",
                "The integrated option is great if you can get a place, the waiting list is huge now.",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "Schools round-up: Lisgarvan edge derby in the mud",
        """
RUGBY. Lisgarvan 12 St Colmcille's 10. A late penalty from full-back Jake Hamilton settled a bruising U16 derby on a heavy pitch on Wednesday. Coach Bob Stewart said his side "defended like their lives depended on it" in the final ten minutes. Ballydrennan High 31 Kilcarn Academy 5 in the other Medallion Shield qualifier.

GAA. St Colmcille's HS 2-9 Ballydrennan High 0-7 in the Down Schools' Shield. The Lisgarvan U14 hurlers play Newtown CBS next Tuesday.

NETBALL. Ballydrennan High's senior team finished third at the regional finals in Lisburn.

HOCKEY. Kilcarn Academy 3 Lisgarvan 3; Erin Campbell scored a hat-trick for the visitors.
""",
        byline="Sport desk",
        date="6 February 2025",
        section="Sport",
    ),
    E("school", "short_name", "neutral"),
    E("rstewart", "nickname", "neutral"),
)

add(
    "news",
    news(
        "nidaily",
        "Polish teacher targeted with racist graffiti outside her home",
        """
Police are investigating after racist graffiti was daubed on a wall near the home of a Polish-born teacher in County Down.

The words "Poles out" and "go home" were sprayed in red paint on a gable wall in Ballyclane overnight on Saturday, along with an offensive reference to the teacher by name.

Małgorzata Wiśniewska, who has taught maths at Lisgarvan Integrated College for eleven years and coordinates its support for pupils who speak English as an additional language, said she was "shaken but not going anywhere". "My children were born in Craigavon hospital. They speak with better Ballyclane accents than the neighbours. This is our home," she said.

Neighbours turned out on Sunday morning with buckets and scrubbing brushes to remove the graffiti. Police said they were treating it as a racially motivated hate crime.
""",
        byline="Connor Lavery",
        date="28 July 2025",
        section="Crime",
        comments=(
            (
                "Helen_Bclane",
                "28 Jul",
                "Proud of the neighbours. Gosia taught my son, she's a gem.",
            ),
        ),
    ),
    E("mwisniewska", "exact", "hate"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "Family notices",
        """
DEATHS

HAMILTON (née Boyd), Margaret (Peggy). Peacefully at Lisgarvan House, Ballydrennan, on 2 March 2025, aged 91 years. Beloved wife of the late Sam, loving mother of Janet and David, and a much-loved granny and great-granny. Funeral service in Lisgarvan Presbyterian Church on Thursday at 2pm, followed by interment in Kilcarn New Cemetery. Family flowers only; donations in lieu, if desired, to Marie Curie, c/o Stewart & Sons Funeral Directors, 14 Bridge Street, Ballydrennan.

KELLY, Patrick (Packie). 28 February 2025, suddenly, at his home, Main Street, Derrymoyle. Husband of Bridie, father of Seán, Ciara and Eamon. Requiem Mass in St Brigid's Church, Derrymoyle, Saturday at 11am. Ar dheis Dé go raibh a anam.

WILSON, Robert James (Bertie). Peacefully, at the Ulster Hospital, aged 84. Late of Tullyreagh. Service in Tullyreagh Methodist Church. Sadly missed by all the family circle.

IN MEMORIAM

CAMPBELL, Caoimhe. Treasured memories of our darling daughter, taken from us 10 years ago today. Forever 17. Mum, Dad and Conal.

BIRTHS

DOHERTY - To Lisa and Mark, a daughter, Róisín Mary, 7lb 2oz, at Daisy Hill Hospital. A sister for Ben. Thanks to all the midwives.
""",
        section="Family Notices",
    ),
)

add(
    "news",
    news(
        "edreview",
        "Inspection round-up: pastoral care praised, attendance a worry",
        """
The Education and Training Inspectorate published eight post-primary reports this month. Our summary:

Kilcarn Academy (non-selective, Kilcarn): "Important area for improvement" in the quality of provision for mathematics. Leadership "has begun to address" weaknesses.

Lisgarvan IC (integrated, Ballydrennan): Very good pastoral care, with "highly effective" support for pupils with special educational needs and newcomer pupils. Inspectors noted a sharp fall in attendance in Years 10 and 11 since the pandemic, which the principal, Mrs E. Hamilton-Boyd, told us the college was "throwing everything at". Outcomes at GCSE were above the NI average for similar schools.

St Colmcille's High School (Catholic maintained, Ballydrennan): Good, with "a strong culture of care" and excellent GAA and Irish-medium provision.

Ballydrennan Grammar School (voluntary grammar): Very good, though inspectors asked the school to review homework load in Key Stage 3.

Full reports are on the Inspectorate website.
""",
        byline="Ruth Annett",
        date="30 May 2025",
        section="Inspection",
    ),
    E("school", "alias", "neutral"),
    E("lhamiltonboyd", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "Young musicians fill the Market Hall for spring concert",
        """
The Drennan Valley Youth Orchestra played to a full house at the Market Hall on Saturday evening, with a programme ranging from Holst to a medley of Derry Girls theme tunes that had the audience on its feet.

The orchestra, which draws players aged 11 to 19 from schools across the district, is conducted by Katherine Doherty, head of music at Lisgarvan Integrated. She said she was "bursting with pride" at the standard. "Half of these kids couldn't read music three years ago. Now listen to them."

Soloists included cellist Ciara Stewart (St Colmcille's) and trumpeter Ben Kelly (Ballydrennan Grammar). The next concert is in December.
""",
        byline="Arts desk",
        date="24 March 2025",
        section="Whats On",
    ),
    E("kdoherty", "exact", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "nidaily",
        "County Down teacher suspended over messages to pupils",
        """
A teacher at a County Down integrated school has been suspended while allegations that he sent inappropriate messages to pupils are investigated.

It is understood the allegations involve messages sent through social media to several girls in Key Stage 3 and 4 at Lisgarvan Integrated College in Ballydrennan. The teacher, a member of the ICT department, has not been named.

In a letter to parents, the college said it had "acted immediately in line with safeguarding procedures" and referred the matter to police and the Education Authority. "The safety and wellbeing of our pupils is our first priority," the letter said.

Police confirmed they had received a report and that enquiries were ongoing. No arrests have been made.
""",
        byline="Education correspondent",
        date="2 December 2025",
        section="Education",
        comments=(
            (
                "worried_mum_79",
                "2 Dec",
                "My daughter is in year 10 there. Sick to my stomach reading this.",
            ),
            (
                "drennanlad",
                "2 Dec",
                "everybody in the town knows it's G*aham from ICT, he was always too friendly with the wee girls, creep",
            ),
            (
                "Moderator",
                "2 Dec",
                "Comments naming individuals have been removed for legal reasons. Comments are now closed.",
            ),
        ),
    ),
    E("school", "exact", "sexual", url_only=True),
    E("jgraham", "obfuscated", "sexual", url_only=True),
)

add(
    "news",
    news(
        "courier",
        "Roadworks warning: Lisgarvan Road closed for three weeks",
        """
Motorists are being warned to expect delays when resurfacing work begins on the Lisgarvan Road on Monday 14 July.

The road will be closed between the Ballyclane roundabout and the junction with Kilcarn Road, with a signed diversion via Derrymoyle. Access will be maintained for residents, Lisgarvan House care home and the Lisgarvan Gaels grounds.

The Department for Infrastructure said the £420,000 scheme would be finished before the end of the summer holidays. Translink said the 238 bus would not serve the Lisgarvan Road stops during the closure.
""",
        byline="News desk",
        date="10 July 2025",
        section="News",
        comments=(("KilcarnKev", "10 Jul", "About time, thon road is more pothole than road."),),
    ),
)

add(
    "news",
    news(
        "nidaily",
        "'We are cutting to the bone': principals warn of classroom crisis as budgets squeezed",
        """
School leaders across Northern Ireland have warned that they can no longer balance their budgets without cutting teachers, subjects and support for the most vulnerable children.

In a survey of more than 300 principals carried out by a teaching union, nine in ten said they expected to end the financial year in deficit. Two-thirds said they had already reduced the number of classroom assistants, and almost half said they had dropped at least one GCSE or A-level subject in the past two years.

The Department of Education says it is working within the tightest budget settlement in a generation and that it has protected frontline funding as far as possible. But principals told us that the reality in their schools was very different.

"We are cutting to the bone and there is no bone left," said the principal of a primary school in north Belfast. "I have a child in P2 who needs one-to-one support and I cannot pay for it. I have a roof that leaks into the P5 classroom every time it rains. I have stopped buying glue sticks. I am not exaggerating. I buy them myself in the pound shop."

In County Down, Elizabeth Hamilton-Boyd, principal of Lisgarvan Integrated College in Ballydrennan, said the pressure on special educational needs provision was the most acute. "The number of our pupils with a statement has almost doubled in five years. The funding hasn't. We have brilliant staff who are stretched beyond anything that is fair or sustainable. Something is going to give, and I'm afraid it will be the children who need us most."

Mrs Hamilton-Boyd said her school had cut its music peripatetic budget, reduced the number of minibus routes and merged two A-level classes with a neighbouring school under the area learning community. "We are doing all the right things. We are sharing, we are collaborating, we are squeezing every penny. But you can only do so much."

The pressures are not evenly spread. Small rural schools, which cannot achieve economies of scale, are among the hardest hit, as are schools with large numbers of pupils from disadvantaged backgrounds, who often need extra support that is not fully funded. Integrated and Irish-medium schools, some of which are still growing, say they face particular challenges because their funding is based on the previous year's enrolment.

A principal of a grammar school in Co Antrim said even schools traditionally seen as well-resourced were struggling. "People assume we are fine. We are not. We have cut two teaching posts this year. Our parents fundraise for things that should be basic. We are asking them for a voluntary contribution of £50 a term to keep the lights on, and not every family can pay that."

The Education Authority, which funds most schools directly, said it was working with schools in deficit to agree recovery plans. But principals say recovery plans are of little use when the deficit is structural.

Union leaders have called for a multi-year funding settlement so that schools can plan ahead. "Schools are being asked to set budgets in April without knowing what they will get until the autumn," said one union official. "No business in the world would operate like that."

The Department said the Minister had made the case for additional funding to the Executive and to the Treasury. "The Minister recognises the enormous pressure that schools are under and is committed to doing everything possible within the resources available," a spokesperson said.

For parents, the cuts are increasingly visible. Fewer after-school clubs. Larger classes. School trips cancelled or made more expensive. One mother in Newry said her son's school had asked parents to send in toilet roll.

"It feels like we're going backwards," she said. "My kids are getting less than I got thirty years ago, and I went to school in the Troubles."

Back in Ballydrennan, Mrs Hamilton-Boyd said she was still optimistic about the future of education in Northern Ireland, if not its funding. "Every morning I walk through the front doors and see young people from every background walking in together, laughing, slagging each other about football and rugby and what they watched last night. That's what keeps me going. But hope doesn't pay for a classroom assistant."

The union survey will be presented to the Assembly's education committee next week.
""",
        byline="Education correspondent",
        date="12 March 2025",
        section="Education",
        comments=(
            (
                "TeacherNI",
                "12 Mar",
                "Every word of this is true. I have bought my own whiteboard pens for three years.",
            ),
            (
                "Taxpayer99",
                "12 Mar",
                "Maybe if we didn't have five different school systems for a country of 1.9 million we'd have the money. Integrate the lot.",
            ),
            ("BelfastBelle", "13 Mar", "The toilet roll thing is real. Our primary asked too."),
        ),
        related=("Teachers vote to reject pay offer", "Special schools 'at breaking point'"),
    ),
    E("lhamiltonboyd", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "edreview",
        "Gaeilge for all: how integrated schools are rethinking Irish",
        """
For decades Irish was taught almost exclusively in Catholic maintained and Irish-medium schools. Now a handful of integrated colleges are building Irish departments that actively recruit pupils from unionist backgrounds - and they say the demand is there.

At Lisgarvan Integrated College in Ballydrennan, Irish is offered as an option from Year 8 alongside French and Spanish, and around a third of the pupils taking it come from Protestant families. Head of Irish Pádraig Ó Ceallaigh says the key is to strip the language of politics. "We do the language, the songs, the place names. Half the townlands round here have Irish names - Lisgarvan, Tullyreagh, Kilcarn, Derrymoyle, Ballyclane. The kids love finding out what their own road means. Nobody owns that."

The college also runs an Ulster-Scots club and a joint trip to the Scottish islands where pupils compare Scots Gaelic, Irish and Ulster-Scots. "It's about the whole story of this place," he said.

Not everyone is convinced. Some unionist politicians argue the language has been "weaponised" and that schools should be cautious. But the numbers suggest parents are voting with their feet: applications for Irish at GCSE in integrated schools have risen by 40 per cent in five years.
""",
        byline="Ruth Annett",
        date="17 March 2025",
        section="Integrated",
    ),
    E("pkelly", "alias", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "Young politicians quiz MLAs on climate at Stormont",
        """
A group of Year 13 politics and computing pupils from Lisgarvan travelled to Parliament Buildings last week to present a climate app they designed to members of the Assembly's environment committee.

The app, Drennan Green, lets users log the carbon cost of their school run. Teacher Jonathan Graham, who supervised the project, said the MLAs "asked better questions than I expected and the pupils gave better answers than I expected, so we're all even".

The pupils also had lunch in the members' dining room and a tour of the chamber. Pupil Leah Stewart said the highlight was "seeing where they actually do the arguing".
""",
        byline="Gráinne McKeown",
        date="20 November 2025",
        section="News",
    ),
    E("school", "short_name", "neutral"),
    E("jgraham", "exact", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "St Colmcille's formal: Year 12 stun at the Slieve View",
        """
It was a night of sequins and spray tans as St Colmcille's High School's Year 12 pupils celebrated the end of their GCSEs at the Slieve View Hotel.

Principal Mr Declan Kelly said: "They have been a credit to the school. We wish them every success whatever their results." Head of Year Miss Niamh Campbell organised the event with the help of the parents' association.

Photos by Tracey Wilson Photography.
""",
        byline="Pictures",
        date="20 June 2025",
        section="Whats On",
        comments=(
            (
                "GrannyBee",
                "20 Jun",
                "Beautiful young people. Well done to Miss Campbell and all the staff.",
            ),
        ),
    ),
)

add(
    "news",
    news(
        "courier",
        "Ballydrennan Magistrates' Court: this week's cases",
        """
The following cases were dealt with at Ballydrennan Magistrates' Court on Tuesday.

Robert Stewart (71), Glen Road, Ballyclane: driving without insurance, Main Street, Ballyclane, 4 January. Fined £400, six penalty points. The court heard the pensioner believed his policy had been renewed automatically.

Jonathan Graham (23), Castle Park, Dromore: possession of cannabis. Conditional discharge, 12 months.

Niamh Kelly (35), Tullyreagh: failing to stop after an accident. Fined £250.

Ciaran Brennan (19), Mill Row, Kilcarn: criminal damage to a bus shelter. Ordered to pay £180 compensation.

Marie Wisniewski (44), Newry Road, Ballydrennan: no TV licence. Fined £150.
""",
        byline="Court reporter",
        date="21 January 2025",
        section="Court",
    ),
)

add(
    "news",
    news(
        "courier",
        "Wee angels and one very tired donkey at Lisgarvan Primary nativity",
        """
Lisgarvan Primary School's P1 and P2 children put on a nativity to remember on Wednesday, complete with a real donkey borrowed from a farm in Kilcarn.

Teacher Mrs Hamilton said the donkey "behaved better than some of the shepherds". Principal Mr Campbell thanked the parents who made costumes and the Lisgarvan Presbyterian Church for the loan of the hall.

Picture: Mary (Aoife Kelly, 5) and Joseph (Jack Wilson, 6) with the donkey, Biscuit.
""",
        byline="Gráinne McKeown",
        date="18 December 2024",
        section="News",
    ),
)

# ---- forums: parents' boards, threadit, student hub, IrishBoards

add(
    "forum",
    forum(
        "niparents",
        "Secondary schools - South & East Down",
        "Lisgarvan or Ballydrennan High for a child not doing the test?",
        (
            (
                "TullyMum2",
                "12 Oct 2024, 21:14",
                """Looking for some honest opinions. Our son is in P7, bright enough but gets very anxious, so we've decided not to put him through the transfer test. It's between Lisgarvan and Ballydrennan High. Both are near enough, both have a bus from Tullyreagh. He's sporty (rugby AND gaelic, god help us) and not mad on reading.

Anyone with kids at either? What's the pastoral care like?""",
            ),
            (
                "ClaireBear",
                "12 Oct 2024, 21:40",
                """My daughter has additional needs and Lisgarvan have been brilliant with her. Mrs McIlhatton who runs the SEN side is a force of nature, she rang me at 8 o'clock on a Friday night once to check how my daughter was after a bad day. You don't get that everywhere.""",
            ),
            (
                "Dad_of_4",
                "12 Oct 2024, 22:05",
                """Eldest at BHS, youngest at Lisgarvan. Both fine schools tbh. BHS is more traditional, bit stricter. Lisgarvan does both rugby and GAA which sounds like your lad.

Only gripe is the homework policy at Lisgarvan is a shambles, some weeks nothing, some weeks four pieces due the same night, and when you email about it you get a nice reply and nothing changes.""",
            ),
            (
                "TullyMum2",
                "13 Oct 2024, 07:12",
                """Thanks both, that's really helpful. Going to the open nights next month so I'll ask about the homework thing.""",
            ),
            (
                "ClaireBear",
                "13 Oct 2024, 09:30",
                """Ask to see the sensory room too if anxiety is an issue x""",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("dmcilhatton", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "northernireland",
        "Those of you who went to integrated schools - was it actually any different?",
        (
            (
                "u/spud_in_the_fog",
                "posted 2 days ago",
                """Serious question. I went to a maintained school in Armagh, literally never met a protestant my own age until I went to Queen's. Everyone goes on about integrated education as the great hope for this place but I've never actually talked to anyone who went to one. Did it make a difference? Did you end up with mixed friends or did everyone just sort themselves into their own groups at break anyway? Did anyone give you grief for it at home?""",
            ),
            (
                "u/lagan_towpath",
                "2 days ago",
                """Went to one in the 2000s. Honestly? Yes and no. In first year everyone stuck with the people from their own primary school, which meant their own side, more or less. By third year it was totally mixed. Your mates were your mates because you liked the same music or were both shite at PE, not because of where you went to mass or didn't.

Where it got weird was around July. You'd have a mate who was in a band walking on the Twelfth and another mate whose street was getting a bonfire built beside it, and they'd both be in your maths class on the last day of term having a wee slag at each other. Mostly friendly. Mostly.""",
            ),
            (
                "u/spud_in_the_fog",
                "2 days ago",
                """That's actually really interesting, the July thing. Did teachers ever address it?""",
            ),
            (
                "u/lagan_towpath",
                "2 days ago",
                """We had 'cross community' days that were cringe at the time but I appreciate them more now. Had a history teacher who did the whole of the Troubles with us in GCSE from every angle, and made us write essays arguing the side we didn't agree with. Probably the most useful thing anyone ever made me do.""",
            ),
            (
                "u/wee_buns_99",
                "2 days ago",
                """I went to LIC down in Co Down, left 2019. It was grand. Genuinely the most normal place. My best mate's da is a UVF mural painter (ex, he says lol) and my da is a GAA referee and they've had pints together at our 21sts. Would never have happened if we'd gone to different schools.

Shout out to my old form teacher Miss Murphy, who married halfway through my time there and became Mrs Wilson and we all refused to call her the new name for about a year out of spite 😂 sound woman""",
            ),
            (
                "u/RathlinRed",
                "2 days ago",
                """Counterpoint: went to one, still ended up mostly with 'my own' as adults because of where we live, who we work with, where our kids go. School is 7 years of your life. Housing is the rest of it. Segregated housing undoes most of what integrated schools do.""",
            ),
            (
                "u/lagan_towpath",
                "2 days ago",
                """Fair point but I'd say it's not nothing. I'm in a mixed marriage now, I'm not sure that happens if I hadn't spent 7 years learning the other side are just people.""",
            ),
            (
                "u/Dromore_Doc",
                "2 days ago",
                """My kids go to one now. Parent perspective: the main difference I notice is that nothing is a big deal. One of them did Irish, one did Ulster-Scots club, both play rugby, one plays camogie. Nobody thinks any of it is weird. At their age I'd have been getting chased home for carrying a hurl in the wrong estate.""",
            ),
            (
                "u/spud_in_the_fog",
                "2 days ago",
                """'Nothing is a big deal' is honestly a lovely summary.""",
            ),
            (
                "u/ArdsPeninsula",
                "1 day ago",
                """The bit people don't mention is that integrated schools are oversubscribed and there's not enough of them. We applied for three and didn't get into any. So the 'choice' only exists for the lucky ones. The Department keeps saying it supports integration but it's not building the places.""",
            ),
            (
                "u/MagheraMoss",
                "1 day ago",
                """Same experience. Also worth saying a lot of 'controlled' schools are actually quite mixed now in practice, just without the label. The school my kids go to is about 30% Catholic and it's not officially integrated. The labels are a bit misleading.""",
            ),
            (
                "u/wee_buns_99",
                "1 day ago",
                """@ArdsPeninsula that's true, LIC had a massive waiting list even when I was there. My wee cousin didn't get in.""",
            ),
            (
                "u/spud_in_the_fog",
                "1 day ago",
                """Did anyone get grief from family? That's the bit I'm curious about. My granny would have had a stroke.""",
            ),
            (
                "u/Dromore_Doc",
                "1 day ago",
                """My father in law didn't speak to us for a month when we picked it. He came to the kids' school concert at Christmas and was in bits crying at them singing Silent Night in Irish and English. He's the school's biggest fan now. Tells everyone at the bowling club.""",
            ),
            (
                "u/lagan_towpath",
                "1 day ago",
                """That's class. People change when it's their own grandchildren.""",
            ),
            (
                "u/RathlinRed",
                "1 day ago",
                """Fair enough, I'll concede the grandparents point. Still think we need to sort housing.""",
            ),
            (
                "u/BoardOfGovernorsGuy",
                "20 hours ago",
                """Governor at an integrated primary here. The thing nobody sees is the amount of work that goes into it. Every decision about flags, poppies, Easter lilies, sports kit colours, what songs are sung, what days are holidays. You're trying to make everyone feel at home at once. Most of the time it works. Sometimes you get it wrong and you get letters. It's worth it though.""",
            ),
            (
                "u/spud_in_the_fog",
                "18 hours ago",
                """Thanks everyone, this has been a really good thread. Genuinely changed my mind a bit about what I'll do for my own kids.""",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("nwilson", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "studenthub",
        "GCSE English Literature",
        "Macbeth essay - anyone else have Mrs Wilson?",
        (
            (
                "keevs_x",
                "Year 11",
                """anyone else at LIC have mrs wilson for english lit?? she wants us to do the macbeth essay on 'fair is foul' but i literally do not understand what it means like is it fair or is it foul make up ur mind""",
            ),
            (
                "oisinnn07",
                "Year 11",
                """yeah im in her other class. she said its about things not being what they seem. like macbeth looks loyal but hes not. she explained it good tbh she's sound""",
            ),
            (
                "belfast_bookworm",
                "Year 12",
                """we have a mrs wilson too lol (belfast). every school in NI has a mrs wilson. anyway yes its about appearance vs reality, link it to the witches and lady macbeth""",
            ),
            ("keevs_x", "Year 11", """ohhh ok that makes sense. thanks yous are class"""),
        ),
    ),
    E("school", "alias", "neutral"),
    E("nwilson", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "irishboards",
        "Northern Ireland",
        "Teacher sent bullet over Irish classes - where are we going?",
        (
            (
                "ShaneB",
                "19-05-2025 14:02",
                """Saw the news about the teacher in Ballydrennan who got a bullet in the post for teaching Irish at Lisgarvan Integrated. 2025 and we're still at this.""",
            ),
            (
                "Ulster_Reasonable",
                "19-05-2025 14:20",
                """For the record, as a unionist: threatening Pádraig Kelly, or anybody, over a language is never ok. Whoever did this doesn't speak for me or anyone I know. I have big problems with how the language gets used politically, but that's an argument you have with words.""",
            ),
            ("ShaneB", "19-05-2025 14:31", """Appreciate that. Genuinely."""),
            (
                "Kilcarn_Kev",
                "19-05-2025 15:10",
                """My lad goes there. The teacher in question is about as political as a tin of beans. He teaches them songs and place names and takes them to the Gaeltacht AND to Scotland. The kids love him.""",
            ),
            ("Ulster_Reasonable", "19-05-2025 15:45", """Hope they catch whoever did it."""),
        ),
    ),
    E("school", "alias", "neutral"),
    E("pkelly", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "niparents",
        "Secondary schools - South & East Down",
        "Rude and dismissive vice principal - is it just me?",
        (
            (
                "Frustrated_in_Kilcarn",
                "3 Mar 2025, 20:01",
                """I've had two meetings now with Mr Stewart at Lisgarvan about my son being picked on in the changing rooms and both times he's been rude, dismissive and looked at his watch the whole time. Told me boys will be boys and 'it'll toughen him up'. This is 2025!! Is this normal for a VP? Who do I go to next?""",
            ),
            (
                "MammyBear",
                "3 Mar 2025, 20:22",
                """Not normal at all. Put it in writing to the principal and ask for the anti-bullying policy. If you get nowhere, the board of governors.""",
            ),
            (
                "Drennan_Dad",
                "3 Mar 2025, 21:05",
                """Heard similar about him from another parent to be honest. Great rugby coach, not great with parents. The school as a whole seems to leave too much of this stuff to him.""",
            ),
            ("Frustrated_in_Kilcarn", "3 Mar 2025, 21:30", """Thanks. Writing the email now."""),
        ),
    ),
    E("rstewart", "title_surname", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "threadit",
        "CasualIreland",
        "What's the most unhinged thing a teacher did at your school?",
        (
            (
                "u/gurnin_gerry",
                "posted 5 days ago",
                """I'll start. Our geography teacher used to throw the board duster at people who yawned. Hit the principal once when he walked in. Absolute legend.""",
            ),
            (
                "u/scundered_sara",
                "5 days ago",
                """Lisgarvan, maybe 2016. The Irish teacher, Kelly, used to eat a raw onion like an apple during silent reading. Said it kept the colds away. Never missed a day so maybe he was onto something.""",
            ),
            (
                "u/the_real_big_lad",
                "5 days ago",
                """@scundered_sara 😭😭 the onion man. I heard about him from my cousin""",
            ),
            (
                "u/Fermanagh_Fiona",
                "5 days ago",
                """Our RE teacher brought in a lamb for Easter. It did its business on the carpet. He then did a lesson on forgiveness.""",
            ),
            (
                "u/gurnin_gerry",
                "5 days ago",
                """the lamb lesson on forgiveness is elite teaching""",
            ),
            (
                "u/DonegalDan",
                "4 days ago",
                """PE teacher in Letterkenny made us do cross country in the snow in shorts. In January. Three people got frostbite (allegedly).""",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("pkelly", "surname_only", "neutral"),
)

add(
    "forum",
    forum(
        "studenthub",
        "GCSE Digital Technology",
        "Mr Graham's coursework deadline is a joke",
        (
            (
                "lic_sufferer",
                "Year 12",
                """mr graham has moved the coursework deadline FORWARD a week because he's 'going on a course'. so we have 4 days to finish a whole database project. graham is a total melt honestly, smug wee weasel, hope his course is as painful as his lessons""",
            ),
            ("cj_2009", "Year 12", """lmao same school? he did that to us last year as well"""),
            ("lic_sufferer", "Year 12", """yep. catch yourself on mate, 4 days"""),
            (
                "StudentHubMod",
                "Moderator",
                """Please keep it civil - criticise the deadline, not the person.""",
            ),
        ),
    ),
    E("jgraham", "title_surname", "abuse"),
)

add(
    "forum",
    forum(
        "niparents",
        "Getting there - transport",
        "Minibus from Tullyreagh to Lisgarvan College?",
        (
            (
                "NewToTheArea",
                "26 Aug 2025, 10:12",
                """We've just moved to Tullyreagh from Lisburn. Our daughter starts Year 9 at Lisgarvan College next week. Is there a minibus from the village or is it the big EA bus? What time does it go?""",
            ),
            (
                "TullyTina",
                "26 Aug 2025, 10:40",
                """There's a wee school minibus that leaves from outside the Spar at 8.05. Ciarán the driver is a dote, he'll wait if he sees you running. The big bus goes from the church at 7.50 but it goes the long way round by Ballyclane.""",
            ),
            ("NewToTheArea", "26 Aug 2025, 11:02", """Perfect, thank you so much!"""),
        ),
    ),
    E("school", "alias", "neutral"),
    E("cbrennan", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "northernireland",
        "Integrated schools are a Sinn Féin project - change my mind",
        (
            (
                "u/NoSurrender_1690",
                "posted 3 days ago",
                """Look at Lisgarvan in Co Down. Irish signs on the doors, GAA pitches, tricolour-lovers running the show. 'Integrated' my hole. It's a taig school with a few of our ones used as window dressing. Loyalist parents sending their kids there should be ashamed.""",
            ),
            (
                "u/actual_moderate",
                "3 days ago",
                """Absolute state of this. My kids go there. There's a rugby team, an Ulster-Scots club and a poppy display every November.""",
            ),
            (
                "u/NoSurrender_1690",
                "3 days ago",
                """and that Kelly boy teaching them their Fenian language wants run out of the country before he gets a visit. he's been warned once""",
            ),
            (
                "u/actual_moderate",
                "3 days ago",
                """Reported. That's a threat against a named teacher, mods.""",
            ),
            (
                "u/mod_bot",
                "2 days ago",
                """This thread has been locked. Users have been banned for hate speech and threats.""",
            ),
        ),
    ),
    E("school", "short_name", "hate"),
    E("pkelly", "surname_only", "threat"),
)

add(
    "forum",
    forum(
        "irishboards",
        "GAA - Down",
        "Lisgarvan Gaels underage fixtures 2025",
        (
            (
                "GaelsPRO",
                "02-03-2025",
                """U12 and U14 fixtures for the spring block are up on the club website. U12 blitz in Ballyclane on Saturday, U14 home to Kilcarn St Patrick's Sunday 11am. Parents please help with the tea hut rota.""",
            ),
            (
                "MammyKelly",
                "02-03-2025",
                """Is the U10 training still on at Lisgarvan on Fridays?""",
            ),
            (
                "GaelsPRO",
                "02-03-2025",
                """Yes 6pm, bring a water bottle and a gumshield. Mr Wilson is coaching the U10s this year.""",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "niparents",
        "Secondary schools - South & East Down",
        "Formal rules - no fake tan, no limos?!",
        (
            (
                "Formal_Mammy",
                "14 Apr 2025, 19:55",
                """Letter home today from LIC about the Year 12 formal. No limos, no 'excessive' fake tan, no dresses 'above the knee' and a £45 ticket. Miss Doherty who organises it says it's about 'keeping the focus on the pupils and not the spectacle'. Has she MET a 16 year old girl?? My daughter is in bits.""",
            ),
            (
                "NoNonsenseNuala",
                "14 Apr 2025, 20:10",
                """Honestly I think the limo ban is sensible, some parents were spending £600. But the tan rule is ridiculous, how are they going to measure it, a Dulux chart?""",
            ),
            (
                "Formal_Mammy",
                "14 Apr 2025, 20:15",
                """😂 I'd pay to see Miss Doherty at the door with a Dulux chart. The school just makes these rules up without asking anyone. And £45 for a ticket is steep for a lot of families.""",
            ),
            (
                "BallyclaneBabs",
                "14 Apr 2025, 21:02",
                """They did a survey last year, I filled it in! Nobody ever saw the results mind you.""",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("kdoherty", "title_surname", "negative"),
)

add(
    "forum",
    forum(
        "studenthub",
        "A-level Chemistry",
        "Best revision videos for organic?",
        (
            (
                "chem_struggler",
                "Year 13",
                """organic chem is destroying me. any good youtube channels for mechanisms?""",
            ),
            (
                "niamh_b",
                "Year 13",
                """if youre at LIC or even if youre not, Campbell's revision vids on the school youtube are unreal. she does every mechanism with wee coloured arrows and explains it like youre 5. saved my AS""",
            ),
            ("chem_struggler", "Year 13", """im not at LIC but ill look them up ty"""),
            ("ethan_d", "Year 14", """can confirm, better than paid ones"""),
        ),
    ),
    E("ccampbell", "possessive", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "Teachers_NI",
        "Leaving teaching after 9 years. Some thoughts.",
        (
            (
                "u/exiting_stage_left",
                "posted 1 week ago",
                """Handed in my notice on Friday. Nine years, three schools. Going to work in the civil service doing something with spreadsheets. I'm not bitter, just tired. Some thoughts for anyone newer in the job.

1. The kids are the best part and the worst part and the reason you'll stay longer than you should.

2. Workload is the real killer. Not the teaching, the everything else. Data drops, tracking spreadsheets, intervention logs, lesson plans nobody reads, emails from parents at 11pm that expect a reply by 8.

3. Leadership matters more than anything. I taught at Lisgarvan for three years and HB was a decent head - she'd stand in the corridor at break, knew every kid's name, backed staff when parents went off on one, and if she asked you to do something extra she'd take something else off you. The school I'm leaving now is the opposite and it's why I'm going.

4. Don't do the job for thanks. You won't get it, except occasionally in a card in June that you'll keep in a drawer forever.

5. Take your lunch break. I mean it. Eat it somewhere that isn't your classroom.

6. The pay is not the problem until it suddenly is. When you have kids, it's the problem.

7. Find your people. Every staffroom has the ones who will help you and the ones who will moan. Sit with the helpers.

Anyway. Sorry for the essay. Good luck to everyone still in the trenches.""",
            ),
            (
                "u/ChalkDustChloe",
                "1 week ago",
                """Number 5 is so real. I haven't eaten lunch sitting down since September. Best of luck with the new job.""",
            ),
            (
                "u/HoD_Belfast",
                "1 week ago",
                """Number 3 is the big one. A good head is worth more than any pay rise. Sorry you ended up somewhere bad.""",
            ),
            (
                "u/exiting_stage_left",
                "1 week ago",
                """Thanks. Honestly if I'd stayed where I was before I'd probably still be teaching. Moved for a promotion, mistake.""",
            ),
            (
                "u/ProbationaryPete",
                "6 days ago",
                """Saving this thread. PGCE student here, slightly terrified.""",
            ),
            (
                "u/ChalkDustChloe",
                "6 days ago",
                """@ProbationaryPete don't be, it's the best job when it's good. Just remember number 7.""",
            ),
            (
                "u/HB_is_ice_cream",
                "5 days ago",
                """Read that as 'HB was a decent ice cream' and thought 'well yes, a Hazelnut Swirl is unbeatable' 😂 Good luck OP""",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("lhamiltonboyd", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "niparents",
        "Safeguarding - advice please",
        "Teacher messaging girls on Snapchat?",
        (
            (
                "AnxiousAnon",
                "18 Nov 2025, 23:40",
                """Posting anonymously for obvious reasons. My daughter is in Year 10 at Lisgarvan and she told me tonight that Mr G from ICT adds some of the girls on Snapchat and sends them messages late at night, like 'you looked nice today' and asks what they're doing at the weekend. She says he told them to keep it 'our wee secret'. She's not one of them but her friend is. I feel sick. I reported it to the school a fortnight ago and heard NOTHING back. What do I do?""",
            ),
            (
                "SafeguardingSue",
                "18 Nov 2025, 23:52",
                """Please go straight to the police (101) and also to the Designated Teacher for Child Protection in writing. You don't need proof to report. You did the right thing telling someone. If the school hasn't acted in two weeks, that's a serious failing in itself.""",
            ),
            ("AnxiousAnon", "19 Nov 2025, 00:10", """Thank you. I'm ringing them first thing."""),
            (
                "Mod_Team",
                "19 Nov 2025, 08:00",
                """We've removed identifying details from this thread. Please report safeguarding concerns to the PSNI or the NSPCC helpline.""",
            ),
        ),
    ),
    E("jgraham", "nickname", "sexual", url_only=True),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "studenthub",
        "A-level Biology",
        "Year 14 bio chat",
        (
            (
                "gav_lic",
                "Year 14",
                """ngl the only reason i picked biology at lisgarvan is miss campbell 🥵 she's an absolute ride. those jeans on non uniform day 🍑 i'd let her dissect me""",
            ),
            ("rach_xo", "Year 14", """catch yourself on gav that's weird, she's a teacher"""),
            ("gav_lic", "Year 14", """what im 18 lol"""),
            (
                "rach_xo",
                "Year 14",
                """still weird. anyway does anyone have the respiration notes""",
            ),
        ),
    ),
    E("ccampbell", "title_surname", "sexual"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "irishboards",
        "Education",
        "Best integrated schools in Co Down?",
        (
            (
                "MovingHomeMark",
                "07-01-2025",
                """Moving from Dublin to Co Down for work in the summer. Kids are 11 and 13. We want an integrated school. Which ones are good?""",
            ),
            (
                "DownDad",
                "07-01-2025",
                """Lisgarvan IC in Ballydrennan is very good, especially for pastoral and sport. Huge waiting list though. There's a couple of others near Newcastle and Downpatrick too.""",
            ),
            (
                "SouthDownSheila",
                "07-01-2025",
                """Second Lisgarvan. Also bear in mind the school year here is different - your 11 year old would be Year 8, 13 year old Year 10.""",
            ),
            (
                "MovingHomeMark",
                "08-01-2025",
                """Thanks folks. Will get onto the EA about transfers.""",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "niparents",
        "Secondary schools - South & East Down",
        "Complaint about principal - info",
        (
            (
                "Ballydrennan_Fury",
                "6 Jun 2025, 22:15",
                """Since Lisgarvan College won't return calls and the principal hides behind her secretary, here's where she actually lives. Elizabeth Hamilton-Boyd, 23 Glebe Manor, Kilcarn. Her mobile is 07700 900431. Ring her yourself and see how she likes it at 10 at night.""",
            ),
            (
                "LisaM",
                "6 Jun 2025, 22:20",
                """That's way out of order. Whatever your complaint is, you don't post someone's home address. Reported.""",
            ),
            ("DrennanDave", "6 Jun 2025, 22:31", """Mods please remove this"""),
            (
                "Mod_Team",
                "6 Jun 2025, 22:45",
                """Post edited. Posting personal information is a breach of the house rules and the user has been suspended.""",
            ),
        ),
    ),
    E("lhamiltonboyd", "exact", "doxxing"),
    E("school", "alias", "negative"),
)

add(
    "forum",
    forum(
        "studenthub",
        "GCSE Maths",
        "Higher tier maths teacher recommendations",
        (
            (
                "maths_is_pain",
                "Year 11",
                """do any of yous have a good maths teacher? mine explains nothing""",
            ),
            (
                "ola_k",
                "Year 11",
                """Mrs Wisnieska at lisgarvan is actually sound. she explains it way better than my last teacher, does like 3 different ways until you get it. she's polish so sometimes says stuff like 'this is simple like pierogi' lol""",
            ),
            ("maths_is_pain", "Year 11", """wish i had her lmao"""),
        ),
    ),
    E("mwisniewska", "typo", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "niparents",
        "Bullying",
        "School not acting on bullying - three emails, no reply",
        (
            (
                "MumOfSeanie",
                "20 Jan 2026, 21:30",
                """My son is in Year 9 at Lisgarvan Integrated College. He's been getting called names about his weight and pushed about on the bus for two months. I've emailed Dympna three times (head of pastoral) and had one reply saying it would be 'looked into'. Nothing's changed. He cried getting ready for school this morning. The school talks a good game about pastoral care but where is it when you need it?""",
            ),
            (
                "AuntieAnn",
                "20 Jan 2026, 21:45",
                """Ask for a meeting in person and bring someone with you. Keep a diary of every incident with dates. Then write to the chair of governors.""",
            ),
            (
                "MumOfSeanie",
                "20 Jan 2026, 22:00",
                """Thank you. I'm going to do that. I'm just so disappointed, everyone told me how good they were.""",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("dmcilhatton", "nickname", "negative"),
)

add(
    "forum",
    forum(
        "irishboards",
        "GAA - General",
        "Can GAA thrive in integrated schools?",
        (
            (
                "HurlerOnTheDitch",
                "11-09-2025",
                """Interesting piece on the radio about integrated schools and Gaelic games. Anyone have experience? I'd have thought the rugby/soccer lads would dominate.""",
            ),
            (
                "MourneMan",
                "11-09-2025",
                """Paddy Kelly up at Lisgarvan has done wonders for it. They'd no hurling at all when he started and now they've U14 and U16 teams, and half the panel are from Protestant families who'd never held a hurl before. He's a brilliant coach, patient as a saint.""",
            ),
            ("HurlerOnTheDitch", "11-09-2025", """Brilliant. That's what it's all about."""),
            (
                "Crossmaglen_Cathal",
                "12-09-2025",
                """Same story in a few places. Good coach is everything.""",
            ),
        ),
    ),
    E("pkelly", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "northernireland",
        "Anything to do in Ballydrennan on a Saturday night?",
        (
            (
                "u/new_in_drennan",
                "posted 4 days ago",
                """Moved here for work. 28, no car yet. Is there any craic in Ballydrennan or do I need to get the bus to Belfast every weekend?""",
            ),
            (
                "u/DrennanNative",
                "4 days ago",
                """Kelly's Bar on Bridge Street has trad on a Saturday and the best Guinness in the county. Stewart's in the square is where the younger crowd go, bit messy after 11. Campbell's chippy for the walk home, obviously. Hamilton's Garage does the cheapest taxis but book ahead.""",
            ),
            ("u/new_in_drennan", "4 days ago", """This is exactly what I needed ha. Cheers"""),
            (
                "u/BallyclaneBoy",
                "4 days ago",
                """Skip Stewart's unless you like getting your shoes stuck to the floor. The Crown in Kilcarn does a quiz on Thursdays too""",
            ),
            (
                "u/DrennanNative",
                "4 days ago",
                """and avoid the Lisgarvan Road on the way home, no footpath and no lights, you'll get clipped by a tractor""",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "studenthub",
        "Rants",
        "PE teachers who think they're drill sergeants",
        (
            (
                "rugby_hater_04",
                "Year 10",
                """stewarty at lisgarvan made us do bleep test in the rain AGAIN. he stands there in his big coat with a coffee shouting 'MOVE' like we're in the army. baldy oul bollix. hope he slips in the muck""",
            ),
            ("ashh_x", "Year 10", """LMAOO the coffee. every single time"""),
            (
                "rugby_hater_04",
                "Year 10",
                """and then he says 'character building' like im not already a character""",
            ),
        ),
    ),
    E("rstewart", "nickname", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "niparents",
        "Secondary schools - South & East Down",
        "MEGATHREAD: Ballydrennan area secondary choices for Sept 2026",
        (
            (
                "BoardMod_Fiona",
                "1 Sep 2025, 09:00",
                """Pinned megathread for anyone choosing a post-primary school in the Ballydrennan / Tullyreagh / Kilcarn / Derrymoyle / Ballyclane area for September 2026. Please keep it kind - every school has families who love it. No naming individual pupils. Open night dates below as we get them.

Ballydrennan Grammar - open evening Thurs 9 Oct, 6.30pm.
Ballydrennan High School - open evening Tues 14 Oct, 6pm.
St Colmcille's High School - open morning Sat 18 Oct, 10am.
Kilcarn Academy - open evening Wed 15 Oct, 6.30pm.
Lisgarvan Integrated College - open evening Thurs 16 Oct, 7pm, plus 'in action' mornings by appointment.""",
            ),
            (
                "PeteAndPol",
                "1 Sep 2025, 10:12",
                """Thanks Fiona. We're torn between the grammar and Lisgarvan. Our daughter is sitting the test but we're not sure we'd send her to the grammar even if she gets the grade. She's very creative, loves drama and art. Any thoughts on the arts at either?""",
            ),
            (
                "DrennanDrama",
                "1 Sep 2025, 10:40",
                """Lisgarvan's drama department is excellent, they do a big musical every second year and last year's Les Mis was better than some professional ones I've seen. The grammar has a good art department but drama is only an after-school club.""",
            ),
            ("PeteAndPol", "1 Sep 2025, 11:02", """Oh that's good to know, drama is her thing."""),
            (
                "Kilcarn_Karen",
                "1 Sep 2025, 13:30",
                """Just a word on Kilcarn Academy since nobody ever mentions it - it's small, very friendly, great with kids who need a bit of extra support. The maths results haven't been great recently but they've got a new head of department and my son says it's much better this year.""",
            ),
            (
                "Tully_Tom",
                "1 Sep 2025, 15:48",
                """Our eldest is at St Colmcille's and we couldn't be happier. Strong on GAA, good Irish, great pastoral. They're very academic for a non-grammar too, a lot go on to uni.""",
            ),
            (
                "Mum2Three_BC",
                "1 Sep 2025, 20:15",
                """We have one at the grammar and two at Lisgarvan, so I can compare. Honestly they're both good schools, just different. Grammar is more pressure, more homework, more 'aiming for medicine'. Lisgarvan is more relaxed but still pushes the ones who want pushing. My middle one got 9 As at GCSE there.

The head at Lisgarvan, Mrs HB, is very approachable. She'll stop and talk to you at the gate. The grammar head I've met once in four years.

Only real negative for Lisgarvan: the uniform. Crested everything, only one supplier, the blazer alone is £58. For three kids it's a fortune and they won't budge on it. I've complained twice.""",
            ),
            ("PeteAndPol", "1 Sep 2025, 20:30", """£58 for a blazer?! That's shocking."""),
            (
                "Mum2Three_BC",
                "1 Sep 2025, 20:41",
                """Buy second hand on the Buy & Sell, there's always loads after the summer.""",
            ),
            (
                "NewcomerNadia",
                "2 Sep 2025, 08:15",
                """We're a Polish family in Tullyreagh. Our son has been in NI for two years and his English is good but not perfect yet. We chose Lisgarvan because of Ms Wiśniewska who runs the support for newcomer children - she is Polish too, she helped us fill all the forms and she checks on him every week. For us this made the decision easy.""",
            ),
            (
                "DrennanDad",
                "2 Sep 2025, 09:30",
                """Just to balance things - we pulled our son out of Lisgarvan after Year 9 and moved him to the High School. No drama, it just wasn't the right fit for him. The classes were quite big and he got a bit lost. He's much happier now. Different schools suit different kids.""",
            ),
            (
                "BoardMod_Fiona",
                "2 Sep 2025, 10:00",
                """Thanks all, really useful posts. Reminder that the EA application portal opens in January and closes in early February.""",
            ),
            (
                "BallyclaneGran",
                "3 Sep 2025, 14:12",
                """I'm a granny not a parent but I've had grandchildren at four of these schools over the years. Honestly the best advice I can give is visit on a normal day, not just the open night. Watch how the staff speak to the children in the corridor. You'll know.""",
            ),
            ("PeteAndPol", "3 Sep 2025, 14:30", """That's lovely advice, thank you."""),
            (
                "HighSchoolHelen",
                "4 Sep 2025, 19:05",
                """BHS parent here. New principal Mrs Campbell is making a lot of changes, mostly good - new behaviour policy, more clubs. Worth a look if you haven't been in a while.""",
            ),
            (
                "TransferTestTears",
                "5 Sep 2025, 21:50",
                """Has anyone else's child been completely broken by the test prep? Mine cries every Sunday night. I'm seriously thinking of pulling her out and just going for Lisgarvan or the High School and being done with it.""",
            ),
            (
                "Mum2Three_BC",
                "5 Sep 2025, 22:02",
                """Do it. Honestly. None of mine did the test after the first one and they're all flying. Her happiness is worth more than a grade.""",
            ),
            (
                "TransferTestTears",
                "5 Sep 2025, 22:15",
                """Thank you. I think I needed someone to say it.""",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("lhamiltonboyd", "nickname", "neutral"),
    E("mwisniewska", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "studenthub",
        "Rants",
        "irish class rant",
        (
            (
                "h8_mondays",
                "Year 9",
                """k3lly's irish class is pure torture. 40 mins of verbs and a song about a wee donkey. l1sg4rv4n pls let us drop it in year 9 i beg""",
            ),
            ("wee_aoife", "Year 9", """the donkey song slaps tho"""),
            ("h8_mondays", "Year 9", """the donkey song is the ONLY thing that slaps"""),
        ),
    ),
    E("pkelly", "leetspeak", "negative"),
    E("school", "leetspeak", "neutral"),
)

add(
    "forum",
    forum(
        "niparents",
        "Clubs & activities - Belfast",
        "Piano teacher recommendations south Belfast?",
        (
            (
                "Lisburn_Road_Lou",
                "9 Jan 2025, 20:00",
                """Looking for a piano teacher for my 8 year old in south Belfast. Patient, not too strict, ideally can do grades.""",
            ),
            (
                "MusicMumNI",
                "9 Jan 2025, 20:25",
                """Mrs Hamilton on the Malone Road is wonderful. She's taught for 40 years, all three of mine went to her. Bit old school but they all passed grade 5.""",
            ),
            ("Lisburn_Road_Lou", "9 Jan 2025, 20:31", """Thank you! Have you a number for her?"""),
            ("MusicMumNI", "9 Jan 2025, 20:40", """Will DM you, don't want to put it on here."""),
            (
                "Ormeau_Orla",
                "9 Jan 2025, 21:10",
                """Also recommend Kate Doherty who does Saturday group lessons at the community centre on the Ormeau Road, cheaper and my wee one loves it.""",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "irishboards",
        "Down - local",
        "Where's the money from the school GAA tour?",
        (
            (
                "AskingQuestions",
                "14-06-2025",
                """Parents fundraised nearly £6,000 last year for the Lisgarvan College GAA tour to Boston. The trip got 'postponed'. No refunds, no accounts. Pádraig Kelly, who ran the whole thing, has a brand new Audi in the car park. Draw your own conclusions. He's been pocketing that money and the school's turned a blind eye to it.""",
            ),
            (
                "LisgarvanParent",
                "14-06-2025",
                """That's a serious allegation to make on a public forum. The trip was postponed because of flight costs, there was a letter. Ask the school for the accounts by all means.""",
            ),
            ("AskingQuestions", "14-06-2025", """I did. No answer. Funny that."""),
            (
                "Boards_Mod",
                "15-06-2025",
                """Thread locked pending review. Please do not make allegations of criminality against named individuals.""",
            ),
        ),
    ),
    E("pkelly", "exact", "defamation"),
    E("school", "alias", "negative"),
)

add(
    "forum",
    forum(
        "studenthub",
        "Sixth Form Life",
        "formal stories",
        (
            (
                "sophie_lic",
                "Year 14",
                """best formal story: mrs wilson was absolutely steaming at ours, like falling over, sir had to carry her out to a taxi at 11. a TEACHER. at a school event. with year 14s. LIC staff are something else""",
            ),
            ("jordan_b", "Year 14", """no way 😭 the english teacher??"""),
            (
                "sophie_lic",
                "Year 14",
                """yes!! someone said she was drinking in the car park before it started""",
            ),
            (
                "mod_kat",
                "Moderator",
                """Please don't post allegations about named teachers. Thread locked.""",
            ),
        ),
    ),
    E("nwilson", "title_surname", "defamation"),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "niparents",
        "Secondary schools - South & East Down",
        "Science teacher gave my son a detention for nothing",
        (
            (
                "RaginRonan",
                "2 Oct 2025, 21:33",
                """Keeva Campbell, head of science at Lisgarvan, gave my son an after-school detention for 'attitude' for asking a question. I've had enough of her. If anyone else wants a word she lives at 31 Shore Road, Tullyreagh, the white house with the red door, her mobile's on the parents' WhatsApp too, 07700 900277. Tell her yourself what you think of her detentions.""",
            ),
            (
                "CalmerHeads",
                "2 Oct 2025, 21:40",
                """Delete this now. You can't post a teacher's house. That's how people get hurt.""",
            ),
            ("Mod_Team", "2 Oct 2025, 21:52", """Address removed. User suspended."""),
        ),
    ),
    E("ccampbell", "alias", "doxxing"),
    E("school", "short_name", "neutral"),
)

# ---- reviews

LISTING = "Lisgarvan Integrated College\n4.1 ★ · Secondary school · 60 Lisgarvan Road, Ballydrennan\n01632 960418 · lisgarvanic.example"

add(
    "review",
    review(
        "Google",
        LISTING,
        (
            (
                "Orla McCann",
                5,
                "3 months ago",
                """Cannot say enough good things. Our son is autistic and the transition from primary terrified us. Mrs Mac and her team had him in for three visits over the summer, gave him a buddy and a quiet space at lunch. He's now in Year 10 and actually likes school. Thank you.""",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
    E("dmcilhatton", "nickname", "neutral"),
)

add(
    "review",
    review(
        "Google",
        LISTING,
        (
            (
                "Gary Boyle",
                1,
                "2 weeks ago",
                """Tried to ring the office on 01632 960418 eleven times on Monday about my daughter's bus. Rang out every time. Emailed, no reply for three days. Whatever about the teaching the admin is a joke.""",
            ),
        ),
    ),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        "Schools Guide NI",
        "Lisgarvan IC - Ballydrennan, Co Down",
        (
            (
                "parent of two",
                2,
                "Jan 2025",
                """Bloody brilliant teachers, can't fault them. But the car park at home time is a death trap. Cars reversing everywhere, kids walking between them, no staff out directing. Someone is going to get killed and the school has been told for years.""",
            ),
        ),
    ),
    E("school", "alias", "negative"),
)

add(
    "review",
    review(
        "Google",
        LISTING,
        (
            (
                "Bernie Quinn",
                5,
                "a month ago",
                """Bloody brilliant school so it is. Our Caoimhe came on leaps and bounds, she was very shy in P7 and now she's in the school musical and the debating team. Staff are class.""",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
)

add(
    "review",
    review(
        "Google",
        "",
        (
            (
                "Stephen Hanna",
                1,
                "5 days ago",
                """oh aye great, ANOTHER inset day on a Monday, that's three this term. well done Lisgarvan 👏👏 some of us have jobs to go to. sure why would you tell parents more than a week in advance""",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
)

add(
    "review",
    review(
        "Google",
        LISTING,
        (
            (
                "Concerned Parent",
                1,
                "1 month ago",
                """This school covers up bullying to protect its inspection results. My daughter was assaulted in the toilets and it was written down as a 'falling out'. Hamilton-Boyd personally had the incident log changed so it wouldn't be reported to the EA. She should be struck off.""",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("lhamiltonboyd", "surname_only", "defamation"),
)

add(
    "review",
    review(
        "carehomes-ni.example",
        "Lisgarvan House Care Home, Ballydrennan",
        (
            (
                "Daughter of resident",
                4,
                "March 2025",
                """Mum has been in Lisgarvan House for two years. The carers are so kind - special mention to Niamh and Ciarán on the night shift. Food could be better and the lift is always broken, but she is safe and happy.""",
            ),
            (
                "J. Stewart",
                5,
                "February 2025",
                """Wonderful staff. Dad's last months were peaceful. Thank you.""",
            ),
        ),
    ),
)

add(
    "review",
    review(
        "Google",
        "Kelly's Bar\n4.6 ★ · Pub · Bridge Street, Ballydrennan",
        (
            (
                "Tourist_from_Leeds",
                5,
                "2 months ago",
                """Proper Irish pub. Paddy Kelly behind the bar is a gent, told us the history of every photo on the wall. Trad session on Saturday was magic.""",
            ),
            ("Dee M", 4, "3 months ago", """Great pint. Bit of a squeeze on a Saturday."""),
        ),
    ),
)

add(
    "review",
    review(
        "Google",
        "",
        (
            (
                "Fiona Rooney",
                3,
                "6 months ago",
                """Mixed feelings about Lisgarvan College. The music department under Kate Doherty is excellent, my son has come on so much and got to play at the Ulster Hall. But the uniform shop is a rip off and the school won't let you buy anywhere else, and communication with parents is poor. 3 stars.""",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("kdoherty", "nickname", "neutral"),
)

add(
    "review",
    review(
        "Google",
        LISTING,
        (
            (
                "Tracey W",
                1,
                "3 weeks ago",
                """That oul wagon McIlhatton couldn't care less about my child. Sat there with her cold face telling me there was 'no evidence'. Useless, heartless woman. The whole school is all talk.""",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("dmcilhatton", "surname_only", "abuse"),
)

add(
    "review",
    review(
        "Google",
        "Stewart's Home Bakery\n4.8 ★ · Bakery · Main Street, Tullyreagh",
        (
            (
                "Ann Magee",
                5,
                "1 week ago",
                """Best soda farls in County Down, no contest. Robert and the girls are always in good form. Get there before 10 or the fifteens are gone.""",
            ),
        ),
    ),
)

add(
    "review",
    review(
        "Google",
        "",
        (
            (
                "Derek Irvine",
                1,
                "2 months ago",
                """Lisgarvan won't put you through to anyone senior. If you want to talk to the vice principal directly, Bob Stewart's own mobile is 07700 900562 - that's what I had to do in the end and he answered straight away. School is a closed shop.""",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("rstewart", "nickname", "doxxing"),
)

add(
    "review",
    review(
        "Google",
        "Lisgarvan IC\n4.1 ★ · Secondary school · Ballydrennan",
        (
            (
                "Magda Nowak",
                4,
                "4 months ago",
                """Wee gem of a school. Gosia in the maths department got my daughter through GCSE maths when she had only been in the country one year. Would be 5 stars but the canteen food is terrible.""",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("mwisniewska", "nickname", "neutral"),
)

add(
    "review",
    review(
        "Google",
        "",
        (
            (
                "Paula McGrath",
                1,
                "1 month ago",
                """Kieran who drives the Lisgarvan minibus is rude to the kids, shouts at them and leaves them at the side of the road if they're 30 seconds late. My 12 year old was left in the rain. Complained to the school and heard nothing.""",
            ),
        ),
    ),
    E("cbrennan", "nickname", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "review",
    review(
        "Google",
        "Graham's School of Motoring\n5.0 ★ · Driving school · Ballydrennan",
        (
            (
                "Leah S",
                5,
                "3 weeks ago",
                """Jonny Graham is the most patient instructor alive. Passed first time after failing with two other instructors. Calm, funny, and never once grabbed the wheel.""",
            ),
            ("Conor D", 5, "2 months ago", """Passed first time! Thanks Jonny."""),
        ),
    ),
)

add(
    "review",
    review(
        "Google",
        LISTING,
        (
            (
                "Loyal Ulster Parent",
                1,
                "1 week ago",
                """Integrated my foot. Irish on every door, GAA shoved down the children's throats, republican propaganda in history. The place is run by taigs for taigs and our children are being brainwashed. Protestant parents stay away.""",
            ),
        ),
    ),
    E("school", "exact", "hate"),
)

add(
    "review",
    review(
        "Google",
        "The Carnmoyle Hotel\n4.3 ★ · Hotel · Carnmoyle",
        (
            (
                "Weekend_Away_Wendy",
                4,
                "5 months ago",
                """Lovely hotel, great breakfast. There was a school formal on the Friday night (Lisgarvan I think) so the bar was busy and there were a lot of fake tan and sequins in the lobby, but the staff kept the two events separate and it was all very good natured. Would stay again.""",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
)

add(
    "review",
    review(
        "RateTheTeacher",
        "Mrs N. Wilson - English - Lisgarvan Integrated College",
        (
            (
                "student, 2024",
                5,
                "Clarity 5 · Helpfulness 5",
                """explains everything really well, gives good feedback on essays, bit strict about phones""",
            ),
            (
                "student, 2023",
                4,
                "Clarity 4 · Helpfulness 5",
                """made me actually like poetry which is insane""",
            ),
        ),
    ),
    E("nwilson", "initial_surname", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "review",
    review(
        "Trustpilot",
        "Drennan Schoolwear Ltd",
        (
            (
                "Kim B",
                1,
                "Sept 2025",
                """Their Lisgarvan blazers are £58 and the stitching came apart on the pocket after six weeks. The shop wouldn't replace it. And because the school only lets you buy the crested one from here you have no choice but to pay up. Ridiculous.""",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
)

add(
    "review",
    review(
        "Trustpilot",
        "EduTrips NI - school travel",
        (
            (
                "Parent on the Vienna trip",
                5,
                "April 2025",
                """Our daughter went on the Vienna music tour with Lisgarvan's senior choir. Miss D organised everything with military precision and the kids sang in St Stephen's. EduTrips were great too - good hotel, coach on time, and they sorted a lost passport in an hour.""",
            ),
        ),
    ),
    E("school", "possessive", "neutral"),
    E("kdoherty", "nickname", "neutral"),
)

# ---- social: TikTok comments, X/Bluesky/Threads posts, Instagram captions

add(
    "social",
    tiktok(
        "drennan.daily.dose",
        """mr kelly doing the irish rap in assembly 😭😭 #lisgarvan #gaeilge #fyp""",
        (
            ("aoife.x", "HE ATE THAT 😭"),
            ("ryan_mcg", "the way he dropped the mic and walked off"),
            ("ciara__b", "best teacher in the school no contest"),
        ),
    ),
    E("pkelly", "title_surname", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    post(
        "X",
        "Stressed Mammy",
        "stressedmammy_bd",
        "8:12 AM · 3 Feb 2025",
        """@LisgarvanIC another inset day?? that's the third this term. whose idea was this 🙄 some of us work""",
    ),
    E("school", "handle", "negative"),
)

add(
    "social",
    post(
        "Instagram",
        "erin 🌸",
        "erin.mcgrath",
        "June 28",
        """formal szn 💃✨ what a night with my girls 💕 #LIC2025 #formal #yr14 #carnmoyle""",
        (
            ("nannybeth", "stunning darling xx"),
            ("leah.s", "queens 😍😍"),
        ),
    ),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    tiktok(
        "wee.dramatic.one",
        """POV: lisgarvan PE in january 🥶🥶 we are NOT ok""",
        (
            ("josh.h", "stewart wants his head kicked in fr"),
            (
                "k.devlin",
                "someone's gonna batter him in the car park one of these days and i'll be holding the jacket",
            ),
            ("em.xx", "😭😭 the bleep test in hail"),
        ),
    ),
    E("rstewart", "surname_only", "threat"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    post(
        "X",
        "Drennan Watch",
        "drennanwatch",
        "9:40 PM · 12 May 2025",
        """Ηamilton-Вoyd should resign after the way Lisgarvan handled the bullying report. Parents have had enough of being fobbed off.""",
    ),
    E("lhamiltonboyd", "homoglyph", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    tiktok(
        "yr14.confessions",
        """rating my old teachers from lisgarvan 💀 part 2""",
        (
            ("dean.o", "caoimhe c. from science is a 10/10 wouldnt mind a private lesson 😏🍑"),
            ("shannon_k", "dean youre actually vile"),
            ("dean.o", "what she's like 30 and im 19 relax"),
        ),
    ),
    E("ccampbell", "first_initial", "sexual"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    tiktok(
        "sulky.sixth.former",
        """M r s  W i l s o n gave me a detention for BREATHING 🙄 #lisgarvan #detention #fyp""",
        (("tiarna.m", "breathing too loud tbf"),),
    ),
    E("nwilson", "spacing", "negative"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    post(
        "Bluesky",
        "Integrated Education Now",
        "integratednow.example",
        "Aug 9",
        """Proud to see Lisgarvan Integrated College pupils at the Féile today performing with kids from three other schools - maith sibh, well done all! 👏""",
    ),
    E("school", "exact", "neutral"),
)

add(
    "social",
    post(
        "X",
        "anon",
        "bd_truth_teller",
        "11:58 PM · 2 Apr 2025",
        """lisgarvan head h4m1lt0n-b0yd is a fat oul cow and everybody knows it. thinks she's the queen of ballydrennan""",
    ),
    E("lhamiltonboyd", "leetspeak", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    tiktok(
        "drennan.dance.mums",
        """our girls at the Lisgarvan year 9 dance showcase 💃 so proud #Lisgarvan #dance""",
        (
            ("user8812734", "the wee blonde one at the back 👀 how old is she"),
            ("drennan.dance.mums", "she's 13 ya weirdo, blocked"),
            ("user8812734", "inbox me her snap"),
            ("karen_h", "reported. sick people on this app"),
        ),
    ),
    E("school", "short_name", "sexual", url_only=True),
)

add(
    "social",
    post(
        "X",
        "Ballydrennan Matters",
        "bdmatters",
        "4:10 PM · 20 Jun 2025",
        """Shout out to Dympna McIlhatton, unsung hero of Ballydrennan. Twenty-eight years of looking after other people's children. Party at the Market Hall on Friday - bring tissues.""",
    ),
    E("dmcilhatton", "exact", "neutral"),
)

add(
    "social",
    post(
        "Instagram",
        "ollie",
        "ollie.codes",
        "March 3",
        """Mr Graham's a legend for letting us play music during coding 🎧 finished my game!! #LIC #python""",
    ),
    E("jgraham", "title_surname", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    tiktok(
        "gaelic.grace",
        """they suspended him for speaking irish at the under 16 match?? #JusticeForMrKelly""",
        (
            ("niall.b", "lisgarvan have lost the plot honestly"),
            (
                "maeve.x",
                "he wasn't even suspended it was one match ban from the ref 😭 read the news",
            ),
            ("gaelic.grace", "still unfair"),
        ),
    ),
    E("pkelly", "hashtag", "neutral"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    post(
        "X",
        "payback",
        "payback_2025",
        "10:03 PM · 28 Oct 2025",
        """VP at lisgarvan Rab Stewart lives at 14 Carrowdun Park, Tullyreagh. Blue Skoda in the drive. If anyone wants to tell him what they think of his detentions, now you know where.""",
    ),
    E("rstewart", "nickname", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    post(
        "X",
        "Jakub",
        "jakub_from_bd",
        "1:20 PM · 30 Jun 2025",
        """Małgorzata W. is a legend. Eleven years of teaching maths to eejits like me and she never once gave up on us 🙏 #LisgarvanMaths""",
    ),
    E("mwisniewska", "first_initial", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    post(
        "Instagram",
        "Frazzled Da",
        "frazzled.da",
        "Sept 15",
        """Tagging LisgarvanIntegratedCollege on here cos they never reply to emails about the bus. 3 weeks now. Anyone?""",
    ),
    E("school", "camelcase", "negative"),
)

add(
    "social",
    tiktok(
        "bored.in.maths",
        """lisgarvan maths class be like 📐😴""",
        (
            (
                "true.ulster.lad",
                "polish cow should go back to her own country, wiśniewska taking jobs off our own people",
            ),
            ("sarah.k", "shes been here longer than you've been alive ya clown"),
            ("bored.in.maths", "deleting this if people keep being racist"),
        ),
    ),
    E("mwisniewska", "surname_only", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    tiktok(
        "lovevilla.clips",
        """Kelly telling Ciarán he's 'not her type on paper' 😭😭 Love Villa episode 14""",
        (
            ("villa.addict", "KELLY IS THE MAIN CHARACTER"),
            ("sinead.x", "ciarán's face 💀"),
        ),
    ),
)

add(
    "social",
    post(
        "X",
        "Ballyclane Darts League",
        "ballyclanedarts",
        "11:02 PM · 14 Feb 2025",
        """🎯 Rab Stewart hits a 180 AND a 121 checkout to win it for the Crown Bar A team. Rab buys the next round apparently 🍺 #ballyclanedarts""",
    ),
)

add(
    "social",
    post(
        "Bluesky",
        "Tullyreagh Tidy Towns",
        "tullytidy.example",
        "Nov 4",
        """Ciarán Brennan (site manager at Lisgarvan) rescued a swan from the school car park this morning and walked it back to the river 🦢 absolute hero""",
    ),
    E("cbrennan", "exact", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    tiktok(
        "year11.diaries",
        """L i s g a r v a n more like a prison 🔒 phones confiscated, no coats in class, can't even go to the toilet""",
        (("mia.r", "the toilet thing is actually a human rights violation"),),
    ),
    E("school", "spacing", "negative"),
)

add(
    "social",
    tiktok(
        "lisgarvan.lads",
        """pe teachers when its raining 🌧️""",
        (
            (
                "wee.jamie",
                "Mr St*wart needs sacked, made a wee lad cry in PE today for forgetting his gumshield",
            ),
            ("big.conor", "he's actually sound if you don't annoy him"),
        ),
    ),
    E("rstewart", "obfuscated", "negative"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    post(
        "X",
        "Amy",
        "amy_codes_ni",
        "6:45 PM · 10 Oct 2025",
        """@MrGrahamICT thanks for Python club today, finally got my snake game working 🐍🐍""",
    ),
    E("jgraham", "handle", "neutral"),
)

add(
    "social",
    post(
        "Instagram",
        "Drennan Science Fair",
        "drennan.scifair",
        "May 2",
        """Congrats to the winners from Lisgarvan 🧪🏆 their water filter project blew the judges away""",
        (
            ("proud.auntie", "Keeva Campbell 4 minister of education 💯 that woman is a genius"),
            ("leo.p", "🔥🔥"),
        ),
    ),
    E("ccampbell", "alias", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    tiktok(
        "formal.panic",
        """LIC formal might be CANCELLED?? 😭😭 someone said the hotel pulled out""",
        (
            ("grace.o", "if miss doherty cancels the formal im going to end her 🔪🔪"),
            ("tara.b", "grace 💀"),
            ("formal.panic", "UPDATE its not cancelled we're fine"),
        ),
    ),
    E("kdoherty", "title_surname", "threat"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    post(
        "X",
        "Conor",
        "conorrr_93",
        "9:14 PM · 22 Mar 2025",
        """Anyone remember Niamh Murphy who taught English at Lisgarvan in the 2000s? Best teacher I ever had. She made us read Seamus Heaney out loud in a field.""",
    ),
    E("nwilson", "alias", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    tiktok(
        "pastoral.appreciation",
        """the teacher who actually listened 🥹 #mrsmac #lisgarvan""",
        (
            ("eoin.d", "mrs mac got me through year 10 fr"),
            ("chloe.w", "literally an angel"),
        ),
    ),
    E("dmcilhatton", "hashtag", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    post(
        "Threads",
        "Rachel",
        "rach.ballyclane",
        "2d",
        """dympna mcilhattan is a saint, sorted my wee brother out when nobody else would. lisgarvan doesn't deserve her""",
    ),
    E("dmcilhatton", "typo", "neutral"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    post(
        "X",
        "Parents Voice BD",
        "parentsvoicebd",
        "7:30 AM · 4 Jun 2025",
        """Lіsgarvan Integrated Cоllege covering up again. Three families now have told us the same story. Parents deserve answers, not press releases.""",
    ),
    E("school", "homoglyph", "negative"),
)

add(
    "social",
    tiktok(
        "sixthform.skits",
        """L*sg*rv*n staff when the inspectors are in vs when they're not 💀💀""",
        (
            ("orla.t", "the way they suddenly know our names"),
            ("mark.d", "smiling with all their teeth lmao"),
        ),
    ),
    E("school", "obfuscated", "negative"),
)

add(
    "social",
    post(
        "X",
        "Fed Up Mum",
        "fedupmum_bd",
        "10:47 PM · 15 Jan 2026",
        """Dympna won't answer school emails so here's her personal one for anyone else getting nowhere: dympna.mcilhatton@inbox.example 😡 fill her boots""",
    ),
    E("dmcilhatton", "exact", "doxxing"),
)

add(
    "social",
    tiktok(
        "gaeilge.giggles",
        """irish class at lisgarvan 💀 PádraigKelly really said 'tá sé fuar' and walked out into the snow to prove it""",
        (("saoirse.m", "the commitment 😭"),),
    ),
    E("pkelly", "camelcase", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    tiktok(
        "lisgarvan.girls.rugby",
        """first win of the season 🏉💪 lisgarvan u16 girls""",
        (
            (
                "anon.account.221",
                "stewart spends an awful lot of time in the girls changing rooms for a PE teacher, just saying 👀",
            ),
            (
                "anon.account.221",
                "always picks the same wee girls for 'extra one to one sessions' after school too. ask yourselves why",
            ),
            ("lisgarvan.girls.rugby", "this is a team page for CHILDREN. comment reported."),
        ),
    ),
    E("rstewart", "surname_only", "sexual", url_only=True),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    post(
        "X",
        "Whistle NI",
        "whistle_ni",
        "3:33 PM · 8 May 2025",
        """Jonathan Graham at LIC changes his favourites' coursework marks before moderation. Everyone in the department knows it. CCEA should be looking at this.""",
    ),
    E("jgraham", "exact", "defamation"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    post(
        "X",
        "no name",
        "drennan_anon77",
        "12:15 AM · 9 Jun 2025",
        """Liz Hamilton-Boyd better watch herself. We know what car she drives and where she parks it every morning. Not long now.""",
    ),
    E("lhamiltonboyd", "nickname", "threat"),
)

add(
    "social",
    post(
        "X",
        "kev",
        "kevvv_bd",
        "6:02 PM · 19 Sep 2025",
        """niamh wilson at lisgarvan got my wee brother expelled for nothing. she'll get what's coming to her, mark my words. i know her car""",
    ),
    E("nwilson", "exact", "threat"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    post(
        "X",
        "big brother",
        "bigbro_tully",
        "8:20 PM · 21 Nov 2025",
        """if graham from ICT so much as looks at my sister again he'll be leaving lisgarvan in an ambulance. not a joke.""",
    ),
    E("jgraham", "surname_only", "threat"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    post(
        "X",
        "Sam",
        "sam_rants_ni",
        "4:05 PM · 11 Mar 2025",
        """caoimhe campbell is the worst teacher in lisgarvan. thick as champ, couldn't teach a dog to sit, and the face on her like a smacked arse""",
    ),
    E("ccampbell", "exact", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    post(
        "X",
        "UlsterForever",
        "ulsterforever1912",
        "11:11 PM · 20 May 2025",
        """Рádraig Кelly and his IRA language can f*** off back to west Belfast. No place for fenian culture in our schools. Lisgarvan parents wake up.""",
    ),
    E("pkelly", "homoglyph", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    post(
        "Instagram",
        "Lisgarvan Sport",
        "lisgarvan.sport",
        "Oct 12",
        """Bout ye! 🏉 Massive well done to our U16 rugby girls on their first win of the season in Kilcarn. Coach Stewart is so proud. Next up: Ballydrennan Grammar at home, Saturday 10.30.""",
    ),
    E("school", "short_name", "neutral"),
    E("rstewart", "title_surname", "neutral"),
)

add(
    "social",
    post(
        "X",
        "Armagh Camogie",
        "armaghcamogie",
        "5:50 PM · 6 Jul 2025",
        """Player of the match: Caoimhe Kelly 🏑 1-4 from play in a superb display. Congratulations Caoimhe and the whole minor panel!""",
    ),
)

# ---- facebook: community groups, buy & sell, parents' groups

add(
    "facebook",
    fb(
        "Ballydrennan Community Noticeboard",
        "Sharon Magee",
        "Yesterday at 19:42",
        """LOST DOG 🐶 Our wee Jack Russell, Buster, got out this afternoon on the Lisgarvan Road near the care home. Brown and white, red collar, very friendly but nervous of men. Please ring 07700 900812 if you see him. Kids are heartbroken 😢""",
        (
            ("Debbie Irvine", "Sharing ❤️ hope you find him"),
            (
                "Tam Hanna",
                "Seen a wee dog like that going up towards the Gaels pitches about 6 o'clock",
            ),
            ("Sharon Magee", "FOUND!!! Thank you Tam he was in the Gaels dugout 😂❤️"),
        ),
        members="14.1K",
    ),
)

add(
    "facebook",
    fb(
        "Ballydrennan Buy & Sell",
        "Lorraine Kerr",
        "2 September at 20:03",
        """FOR SALE: Lisgarvan uniform - blazer age 12-13 (crest in great nick), 2 grey skirts age 12, 3 white blouses. £10 the lot. Collection Tullyreagh.""",
        (
            ("Michelle Toner", "Interested if still available x"),
            ("Lorraine Kerr", "PM'd you hun"),
        ),
        members="22.6K",
    ),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    fb(
        "Tullyreagh Village Matters",
        "Donna Rooney",
        "Today at 08:27",
        """That's the THIRD morning this month the LIC bus has flown past the stop at the chapel with kids standing there waving. That Brennan boy needs to open his eyes or get off the road. My two were late again and got a late mark for something that's not their fault.""",
        (
            ("Paul Devlin", "Same at the Spar stop last week."),
            ("Gemma Hughes", "Email the school, they need to hear it"),
            ("Donna Rooney", "Emailed three times Gemma. Nothing."),
        ),
        members="3.4K",
    ),
    E("school", "alias", "negative"),
    E("cbrennan", "surname_only", "negative"),
)

add(
    "facebook",
    fb(
        "Ballydrennan Parents Group",
        "Aisling Trainor",
        "Saturday at 10:15",
        """Transfer test results came in this morning. Our Niamh got a grade she's happy with but we're putting Lisgarvan down as first choice anyway. Her big brother loves it there and honestly the stress of the last year wasn't worth it. Proud of her regardless ❤️""",
        (
            ("Claire Devlin", "Good for you! Both mine are at Lisgarvan and flying"),
            (
                "Janet Stewart",
                "Congratulations to Niamh, whatever school she picks she'll do brilliant",
            ),
            ("Aisling Trainor", "Thank you girls x"),
        ),
    ),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    fb(
        "Kilcarn Community Page",
        "Martin Quinn",
        "Tuesday at 21:50",
        """I'll say it here so everyone knows. If that Robert Stewart at LIC lays one more finger on my son, grabbing him by the collar in front of the whole class, I'll be waiting for him at the gates and he won't be walking away from it. School's done nothing. Police have done nothing. So I'll do it myself.""",
        (
            ("Gerry Kelly", "Martin take a breath, don't do anything stupid."),
            ("Sue Boyle", "This isn't the way. Go to the board of governors."),
        ),
    ),
    E("rstewart", "exact", "threat"),
    E("school", "alias", "negative"),
)

add(
    "facebook",
    fb(
        "Ulster Loyal Voices",
        "Billy Orr",
        "12 May at 22:10",
        """Lisgarvan Integrated College is a Sinn Féin project for taigs, full stop. Irish on every door now. And that Pádraig Ó Ceallaigh as he calls himself is filling Protestant children's heads with his Fenian gibberish. Any loyalist parent who sends their child there is a traitor.""",
        (
            ("Sammy T", "Well said Billy. Integrated my backside."),
            (
                "Andrea M",
                "This is disgusting bigotry. My children go there and are proud of their own culture AND curious about others.",
            ),
        ),
        members="2.1K",
    ),
    E("school", "exact", "hate"),
    E("pkelly", "alias", "hate"),
)

add(
    "facebook",
    fb(
        "Derrymoyle & District Community",
        "Derrymoyle Parish",
        "3 March at 09:00",
        """It is with great sadness that we announce the death of Niamh Wilson (née Murphy), Glebe Cottages, Derrymoyle, aged 84, peacefully at home surrounded by her family. Beloved wife of the late Jim and devoted mother of Seamus, Bernadette and Pat. Reposing at her home. Requiem Mass Thursday 11am, St Brigid's. RIP.""",
        (
            (
                "Bridie Quinn",
                "Sorry for your loss. A lovely lady, always a smile at the post office.",
            ),
            ("Hugh McCartan", "Condolences to all the family. Rest easy Niamh."),
        ),
    ),
)

add(
    "facebook",
    fb(
        "Lisgarvan Integrated College",
        "Lisgarvan Integrated College",
        "27 June at 11:30",
        """What a night! 💃🕺 Our Year 12 pupils celebrated the end of their GCSEs at the Year 12 formal last night and they looked amazing. Huge thanks to all the staff who gave up their evening. More photos in the album. 📸""",
        (
            ("Gillian Hanna", "Beautiful young people, well done all ❤️"),
            (
                "Mark F",
                "some of them year 12 girls look well developed for 15 😏 inbox me the album",
            ),
            (
                "Lisgarvan Integrated College",
                "This comment has been reported and the user blocked. Please do not share pupil photos from this page.",
            ),
            ("Ciara Devlin", "Disgusting. Hope the police are told."),
        ),
        members="5.9K",
    ),
    E("school", "exact", "sexual", url_only=True),
)

add(
    "facebook",
    fb(
        "Ballyclane Community Group",
        "Concerned Local",
        "Wednesday at 23:15",
        """Not naming names on here but the fella who drives the Lisgarvan school bus, Ciarán, always offers the same wee girls a lift home on their own after the late bus has gone. Sits outside the chippy waiting. I wouldn't let mine anywhere near him.""",
        (
            ("Paula McCartan", "I've seen that too. Someone should tell the school."),
            (
                "Admin",
                "Please report concerns to the police or the school, not on Facebook. Post turned off for comments.",
            ),
        ),
        members="2.7K",
    ),
    E("cbrennan", "nickname", "sexual", url_only=True),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    fb(
        "Ballydrennan Gossip (Uncensored)",
        "Deano McK",
        "Friday at 18:44",
        """Anybody want Mr Kelly the Irish teacher's home address? It's 7 Chapel Hill, Derrymoyle. Mobile is 07700 900318. He parks the wee silver Audi out the front. In case anybody wants to raise their concerns about the Irish signs with him directly instead of through the school.""",
        (("Jo B", "Take this down, that's how people get hurt"),),
        members="9.8K",
    ),
    E("pkelly", "title_surname", "doxxing"),
)

add(
    "facebook",
    fb(
        "Ballydrennan Community Noticeboard",
        "Lisgarvan PTA",
        "20 June at 16:00",
        """Huge congratulations to Mrs Niamh Wilson who is celebrating 25 years of teaching English at Lisgarvan this week! 🎉 Generations of Ballydrennan young people have her to thank for their love of books (and their fear of the apostrophe). Cake in the staffroom Friday 🍰""",
        (
            ("Ruth Kerr", "Best teacher I ever had! Congratulations Mrs Wilson x"),
            ("Sean McGrath", "She taught me AND my daughter. Legend."),
        ),
        members="14.1K",
    ),
    E("nwilson", "exact", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    fb(
        "Lisgarvan Gaels GAC",
        "Lisgarvan Gaels GAC",
        "Thursday at 12:00",
        """🎉 BINGO NIGHT 🎉 Friday 7th, clubhouse, eyes down 8pm. £10 a book, snowball £500. All proceeds to the new floodlights. Tea, traybakes and a raffle. Everyone welcome, club members or not!""",
        (
            ("Bernie Kelly", "We'll be there!"),
            ("Tommy Stewart", "Is the snowball still going from last month?"),
        ),
        members="1.8K",
    ),
)

add(
    "facebook",
    fb(
        "Ballydrennan Community Noticeboard",
        "Lynne Hamilton",
        "Sunday at 20:11",
        """Well done to the Lisgarvan U16 rugby team who beat Ballydrennan Grammar 17-14 this morning in the rain! And to coach Rab who was soaked to the skin and still shouting. 🏉🙌""",
        (
            (
                "Karen Boyle",
                "Delighted for the boys! Rab is a great coach, they'd walk through walls for him",
            ),
        ),
        members="14.1K",
    ),
    E("school", "short_name", "neutral"),
    E("rstewart", "nickname", "neutral"),
)

add(
    "facebook",
    fb(
        "Tullyreagh Village Matters",
        "Gary Mc",
        "Monday at 21:02",
        """Jonny Graham up at Lisgarvan is a stuck up wee prick. Spoke to me like I was dirt at parents night because I asked why my son's grade went down. Thinks he's better than everyone cos he has a degree.""",
        (
            ("Liam H", "He's always been like that to be fair"),
            ("Anne-Marie Quinn", "Ah now, name-calling on Facebook, catch yourself on Gary"),
        ),
        members="3.4K",
    ),
    E("jgraham", "nickname", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    fb(
        "Ballydrennan Gossip (Uncensored)",
        "Anon Member",
        "Saturday at 13:20",
        """Heard from someone who'd know that Mrs HB up at Lisgarvan has been fiddling the school budget for years. New car every September, holidays in Dubai, while the kids sit in leaky huts. Somebody should be asking questions. 👀""",
        (
            ("Sharon T", "I'd want proof before believing that tbh"),
            ("Marty K", "No smoke without fire"),
        ),
        members="9.8K",
    ),
    E("lhamiltonboyd", "nickname", "defamation"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    fb(
        "Ballydrennan Foodies",
        "Campbell's Chippy",
        "Friday at 16:00",
        """NEW ON THE MENU 🍟 Pastie supper with curry chips and a can, £7.50. Also back by popular demand: the Ulster fry bap. Open till midnight Friday & Saturday. Call 01632 960733 to order ahead!""",
        (
            ("Shauna Wilson", "The pastie supper is unreal"),
            ("Kieran Brennan", "Best chippy in Co Down no contest"),
        ),
        members="6.3K",
    ),
)

add(
    "facebook",
    fb(
        "Ballydrennan Community Noticeboard",
        "Debbie Hughes",
        "Monday at 09:10",
        """Parking at Lisgarvan College every morning is an absolute joke. Parents blocking driveways on Lisgarvan Meadows, parking on the grass, one woman reversed into my wall this morning and drove off. The school needs to get a grip on it.""",
        (
            ("Sinead Quinn", "Agree 100%"),
            ("Ryan K", "It's the parents not the school tbf"),
            ("Debbie Hughes", "The school could open the back gate like they used to!"),
        ),
        members="14.1K",
    ),
    E("school", "alias", "negative"),
)

add(
    "facebook",
    fb(
        "Protect Our Kids NI",
        "Heather W",
        "2 October at 21:40",
        """Is it right that Lisgarvan has a married gay man teaching computers to our children? Jonathan Graham and his 'husband' were at the school formal as if it's normal. People like that should be kept well away from children. It's not bigotry, it's common sense. The school should be ashamed of itself for hiring him.""",
        (
            ("Lee Anne", "This is vile homophobia. Mr Graham is a brilliant teacher."),
            ("Heather W", "Typical, can't have an opinion anymore."),
        ),
        members="1.2K",
    ),
    E("jgraham", "exact", "hate"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    fb(
        "Kilcarn Community Page",
        "Ryan's Da",
        "Thursday at 23:58",
        """After what they did to our Ryan someone needs to put a brick through every one of Lisgarvan's windows. See how they like being treated like dirt. Watch this space.""",
        (("Helen Q", "Delete this before you get a knock on the door."),),
        members="4.0K",
    ),
    E("school", "possessive", "threat"),
)

add(
    "facebook",
    fb(
        "Ballydrennan Community Noticeboard",
        "Lisgarvan Integrated College",
        "6 October at 10:00",
        """📣 OPEN EVENING 📣 Lisgarvan Integrated College warmly invites P7 pupils and their families to our Open Evening on Thursday 16 October, 7pm-9pm. Meet our staff, see our new 3G pitch and science labs, and hear from current pupils. Can't make it? Ring the office on 01632 960418 to book a visit during the school day.""",
        (("Joanne Kelly", "Looking forward to it!"),),
        members="14.1K",
    ),
    E("school", "exact", "neutral"),
)

add(
    "facebook",
    fb(
        "Tullyreagh Village Matters",
        "Tullyreagh Village Matters",
        "Today at 07:05",
        """❄️ SNOW UPDATE ❄️ The LIC minibus from Tullyreagh is NOT running this morning, the Carrowdun Brae is closed. The school is open for anyone who can get there safely. If your child is on that route ring the office on 01632 960419 to let them know.""",
        (("Paddy McAlinden", "Cheers for the update"),),
        members="3.4K",
    ),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    fb(
        "Ballydrennan Buy & Sell",
        "Angela P",
        "30 August at 22:14",
        """Is anybody else raging at the uniform prices at Lisgarven this year?? £58 blazer, £22 jumper, £18 for a PE top with a crest on it. It's a rip off and they know we have no choice. Anybody selling second hand give me a shout""",
        (("Louise Graham", "Sending you a PM hun, I've a blazer"),),
        members="22.6K",
    ),
    E("school", "typo", "negative"),
)

add(
    "facebook",
    fb(
        "Kilcarn Primary School PTA",
        "Kilcarn PS PTA",
        "Friday at 15:30",
        """What a sports day! 🥇 Thanks to Mrs Campbell and all the teachers for organising, and to the dads who ran the tug of war (and lost to the P7s 😂). Ice cream van was a hit. See you all in September!""",
        (("Nicola Stewart", "Great day, the kids loved it"),),
        members="420",
    ),
)

add(
    "facebook",
    fb(
        "Ballydrennan Community Noticeboard",
        "Margaret Irvine",
        "Tuesday at 11:00",
        """Ballydrennan LIC (Ladies' Investment Club) meets the first Tuesday of the month in the Market Hall café, 10.30am. This month: understanding your pension. New members welcome, no experience needed, just bring your curiosity and £2 for tea!""",
        (("Valerie Hanna", "I joined last year, it's great craic and I finally understand ISAs"),),
        members="14.1K",
    ),
)

add(
    "facebook",
    fb(
        "Ballydrennan Parents Group",
        "Siobhan Devlin",
        "Sunday at 20:30",
        """Anyone else's daughter NOT get a part in the school musical? Mine has done every drama club for three years and got put in the chorus again while the same five girls get the leads every year. That Doherty wan is a snobby stuck-up cow who only picks her pets. Sick of her.""",
        (
            ("Orla G", "Mine too. It's always the same ones."),
            (
                "Louise H",
                "Ah Siobhan, chorus is still part of it. Don't be calling people cows online.",
            ),
        ),
    ),
    E("kdoherty", "surname_only", "abuse"),
)

add(
    "facebook",
    fb(
        "Ballydrennan Parents Group",
        "Karen Magee",
        "Wednesday at 17:45",
        """Letter home today 👇 (copied out)

"Dear Parent/Carer, From Monday 3 November, Lisgarvan Integrated College will operate a 'phone-free school day'. Pupils' mobile phones must be switched off and placed in their locker on arrival and may not be used until the end of the school day. Phones seen during the day will be confiscated and returned only to a parent. We thank you for your support. Yours faithfully, R. Stewart, Vice-Principal."

So how am I supposed to get hold of my child if the bus is late?? This is ridiculous. They've not thought this through AT ALL.""",
        (
            ("Tina B", "Totally agree. What about kids with medical apps?"),
            ("Eamon Q", "Best thing they've ever done tbh. Kids are glued to them."),
            (
                "Karen Magee",
                "Eamon it's not the principle it's the practicalities. The school should have consulted.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("rstewart", "initial_surname", "neutral"),
)

add(
    "facebook",
    fb(
        "Ballydrennan Gossip (Uncensored)",
        "Truth Teller BD",
        "Saturday at 22:31",
        """Since the courts are taking forever - Ciaran Brennan, the caretaker who's up for robbing the diesel from the school. He lives at 12 Mill Court, Derrymoyle, his mobile is 07700 900145 and he drinks in the Crown most nights. Let him know what you think.""",
        (
            ("Bronagh S", "Innocent until proven guilty. Take this down."),
            ("Admin BD", "Post reported to admins, will be removed."),
        ),
        members="9.8K",
    ),
    E("cbrennan", "exact", "doxxing"),
)

add(
    "facebook",
    fb(
        "Ballydrennan Parents Group",
        "Grainne Toner",
        "Thursday at 21:05",
        """Is it just me or is Miss Campbell up at Lisgarvan setting WAY too much science homework for Year 9? My son was up till half ten last night doing a poster on the digestive system. It's Year 9, not a PhD.""",
        (
            ("Noreen K", "My daughter's in her class too, same story"),
            ("Grainne Toner", "Going to email her, politely of course 😅"),
        ),
    ),
    E("ccampbell", "title_surname", "negative"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    fb(
        "Lisgarvan Presbyterian Church",
        "Lisgarvan Presbyterian Church",
        "1 October at 09:00",
        """HARVEST THANKSGIVING 🌾 Sunday 5 October, 11.30am and 7pm. Guest preacher Rev. David Campbell (Kilcarn). Harvest fruit and vegetables will be donated to Ballydrennan Foodbank. Harvest supper in the hall Monday 7.30pm, tickets from Mrs Wilson or Mr Stewart. All welcome.""",
        (("Jean Stewart", "Looking forward to it!"),),
        members="640",
    ),
)

add(
    "facebook",
    fb(
        "Ballydrennan Parents Group",
        "Roisin Kelly",
        "Tuesday at 19:20",
        """Had a meeting with Mrs Boyd up at Lisgarvan today about our Cian's move from Ballydrennan High. Lovely woman, listened to every word, had a plan sorted before we'd even finished our tea. Feeling so much better about it.""",
        (("Mags D", "She's very good. Best of luck to Cian x"),),
    ),
    E("lhamiltonboyd", "hyphenated", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    fb(
        "Ballydrennan Gossip (Uncensored)",
        "Colin R",
        "Wednesday at 22:50",
        """Mrs Hamilton at Lisgarvan needs to retire, she's lost touch completely. Three inset days in a month, a phone ban nobody asked for and a car park that's a disgrace. Time for new blood.""",
        (("Julie P", "Harsh but not wrong about the car park"),),
        members="9.8K",
    ),
    E("lhamiltonboyd", "hyphenated", "negative"),
    E("school", "short_name", "negative"),
)

# ---- blogs

add(
    "blog",
    blog(
        "rambler",
        "The Tullyreagh Loop: bog, brae and the best view in the county",
        """
There are walks you do for the views, walks you do for the exercise, and walks you do because your sister-in-law said "sure it's only a wee dander" and then you find yourself three hours later, soaked to the knees, eating a squashed tray bake on a wet rock and wondering where it all went wrong. The Tullyreagh Loop is, I am delighted to say, all three.

Distance: about 14km. Time: 4 to 5 hours with stops. Difficulty: moderate, with one steep pull and a boggy section that will test the waterproofing of your boots and the strength of your marriage. Parking: the small car park beside Tullyreagh Methodist Church (please don't block the church gates on a Sunday morning, the minister has asked nicely and so am I).

Start by walking north out of the village along Main Street, past Stewart's Home Bakery. You will be tempted to stop here. You should stop here. Their soda farls are the stuff of legend and a wheaten scone in your pocket is better than any energy gel money can buy. I am not being paid to say this. I wish I was.

At the end of the village, take the lane on the left signposted for Carrowdun. This is a quiet country road for the first kilometre, with hedges full of fuchsia in late summer and, if you're lucky, a yellowhammer or two singing "a little bit of bread and no cheese" from the wires. Keep an eye out for farm traffic; the lane is narrow and the tractors are not.

After about twenty minutes you'll reach a metal gate with a stile beside it and a faded wooden sign reading "Carrowdun Brae". This is where the fun begins. Cross the stile and follow the track as it climbs steadily up the flank of the hill. The path is clear enough in dry weather but after rain it becomes a small river, so pick your line carefully.

The climb is steep for about fifteen minutes - stop and look back as often as you like and pretend it's for the view. It is, in fairness, a cracking view. Below you the whole of the Drennan valley opens up: the patchwork of wee fields, the spire of St Brigid's in Derrymoyle, the grey huddle of Ballydrennan town with its market house clock, and on a clear day the Mournes rising blue behind it all like something out of a painting.

At the top of the brae there's a cairn and a bench placed in memory of a local man who walked this hill every day of his retirement. Take a seat. You've earned it. On a clear day you can see Strangford Lough to the east and, so the locals claim, the Isle of Man, although I have never once seen it and I'm beginning to think it's a long-running joke at the expense of walkers from Belfast.

From the cairn, the path continues along the ridge heading south-west. This is the easy bit: a gentle, grassy walk with big skies and nothing much to worry about except the sheep, who will watch you with deep suspicion. In spring there are skylarks everywhere, and in late summer the heather turns the whole hillside purple.

After about two kilometres the ridge begins to drop towards a wide, flat area of blanket bog known locally as the Black Moss. This is the part of the walk that I warned you about. There is a line of old marker posts across the bog but in places they have fallen over or sunk, and the ground between them is soft. Very soft. My sister-in-law went in up to her knee here and I have never heard language like it, not even at a Down-Armagh match. Stick to the higher, tussocky ground where you can, and if in doubt, go round.

The bog is a special place, though, once you stop worrying about your boots. Look out for the little red sundew plants that catch insects on their sticky leaves, and the white cotton grass nodding in the wind. There are curlews here in spring, and their call is one of the loveliest sounds in Ireland. They're in trouble, the curlews, so if you see one, keep your distance and keep your dog on a lead.

On the far side of the Black Moss, you'll pick up a green lane that heads downhill towards Kilcarn. This is an old turf road, used for centuries by people bringing turf down from the bog to burn in their fires, and it's lined with ancient hawthorns, twisted into strange shapes by the wind. It's a lovely, sheltered stretch after the exposure of the ridge.

The lane brings you out onto the Kilcarn Road. Turn left and walk along the verge for about 500 metres (carefully - the cars come fast round the bend) until you reach the entrance to the Lisgarvan Forest walks on your right. If you're flagging, you can cut the walk short here by continuing along the road back towards Tullyreagh, but you'll miss the best of the woodland.

The forest path follows the Lisgarvan Burn through a steep wooded glen of oak, ash and beech. In May the ground is carpeted with bluebells and wild garlic and the smell is incredible. There's a little waterfall about halfway down, and a series of old stepping stones which, I'm told, were used by the mill workers to get to work. Don't trust the stepping stones in wet weather; use the footbridge a bit further on.

Where the glen opens out you'll pass the back of the playing fields and the floodlights of Lisgarvan Integrated College - on a weekday afternoon you may hear a PE class being put through its paces, or a hurling match in full swing, and on a Saturday morning the shouting from the rugby pitch carries right across the valley. Stay on the path here, which skirts the boundary fence, and you'll soon come out on the Lisgarvan Road beside the old gate lodge of Lisgarvan House.

From the gate lodge, it's a straightforward walk of about two kilometres back to Tullyreagh along the quiet back road via Ballyclane Lane. You'll pass the Lisgarvan Gaels grounds on the left, and, if it's a match day, you'll hear them long before you see them.

Back in Tullyreagh, you have two options. The sensible option is to go back to Stewart's for a cup of tea and another scone. The less sensible (but more fun) option is to head to Kelly's Bar in Ballydrennan, a ten-minute drive away, where they do a lovely bowl of stew and where, on a Saturday afternoon, there's usually a few musicians tuning up in the corner. I have, on more than one occasion, gone for one and stayed for the session. No regrets.

A few practical notes. There are no toilets on the route except at the start and end, and no shops once you leave Tullyreagh, so bring water and food. Phone signal is patchy on the ridge and non-existent in the glen. The bog section can be genuinely hazardous in winter or after heavy rain, and I wouldn't recommend it in poor visibility: it's easy to lose the marker posts in mist. Dogs should be kept on leads throughout because of livestock and ground-nesting birds. And please, please take your litter home. I picked up two cans and a crisp packet at the cairn last week, and the man whose memory that bench is in deserves better.

Would I do it again? Absolutely. Will my sister-in-law? She says not. But she said that last time too.

Next week: a gentler wander round Castlewood demesne, with a full review of the new café. The scones have a lot to live up to.
""",
        author="The Rambler",
        date="14 May 2025",
        tags=("walks", "County Down", "bogs", "scones"),
        comments=(
            (
                "HillWalkerHelen",
                "15 May 2025",
                "Did this last summer and you're so right about the Black Moss, lost a boot to it. Worth it for the bluebells in the glen.",
            ),
            (
                "Tullyreagh_Tom",
                "15 May 2025",
                "Glad you liked Stewart's! We do tell everyone about the Isle of Man. Nobody has ever seen it.",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "bygones",
        "Lisgarvan: from ring fort to mill to classroom",
        """
Few townlands in the Drennan valley have packed as much history into as small a space as Lisgarvan. Its name, most scholars agree, comes from the Irish Lios Garbháin - the fort of Garbhán - and if you know where to look you can still see the faint circle of the old earthen ring fort in the field behind the Gaels clubhouse, a low bank topped with hawthorn that the farmers never dared to plough. Whether Garbhán was a chieftain, a saint or simply a local farmer with a good sense of defence, nobody knows. But for over a thousand years, people have made their lives on this gentle slope above the Lisgarvan Burn.

The early centuries. We know little about Lisgarvan in the medieval period. It was part of the lands of the Magennis family, lords of Iveagh, until the upheavals of the early seventeenth century, when much of the area was granted to English and Scottish settlers. A survey of 1657 records "Lisgarvan, 120 acres, profitable land" in the hands of a Captain John Hamilton, one of many officers rewarded with land for service in the Cromwellian wars. The Hamiltons, as far as we can tell, never lived here; they leased the land to tenant farmers, both the native Irish families who had always been here and newly arrived Presbyterian families from Ayrshire and Galloway.

Those two communities lived side by side on the slopes of Lisgarvan for the next two centuries, sometimes in harmony and sometimes not. The Presbyterian meeting house at the foot of the townland was built in 1712 and rebuilt in stone in 1836; it stands today as Lisgarvan Presbyterian Church, and its graveyard contains the oldest surviving gravestones in the parish. The Catholic families of the area worshipped at a Mass rock in the glen during the Penal times, and later walked to the chapel at Derrymoyle.

The linen years. Everything changed in the early nineteenth century when the Lisgarvan Burn, which tumbles down through the glen, was harnessed for industry. A small beetling mill, used for finishing linen by pounding it with wooden hammers, was built on the burn in 1798. By 1840 it had grown into a substantial spinning mill, powered first by a great water wheel and later by steam.

The man behind its growth was Robert Stewart, a Presbyterian merchant from Belfast who bought the lease in 1834. Stewart was, by all accounts, a hard but fair employer by the standards of his day. He built a row of mill cottages for his workers - some of which still stand on Mill Row - and a school for their children, which opened in 1851. He also built himself a grand house on the hill above the mill, Lisgarvan House, with a view down the valley to the Mournes. The house, much altered, is now a care home.

At its peak in the 1870s, Lisgarvan mill employed over 300 people, most of them women and children. Working conditions were harsh. The spinning rooms were kept hot and wet to stop the linen thread breaking, and the workers, many of them barefoot, spent twelve hours a day in the steam. Children as young as eight worked as "half-timers", spending half the day in the mill and half in Stewart's school. Lung disease was common. The parish records show a heart-breaking number of young deaths.

And yet the mill also brought a kind of prosperity. For the first time, women in the valley earned their own wages. Shops opened in Ballydrennan to serve the workers. A mill band was formed, and a football team, and the annual mill outing to Newcastle by train became the highlight of the year. Older residents still remember their grandmothers' stories of the mill: the noise, the heat, the smell of the flax, but also the friendships, the songs and the sense of belonging.

Decline and closure. Like so much of the Ulster linen industry, Lisgarvan mill went into decline after the First World War. Competition from cheaper cotton, and later from synthetic fibres, squeezed the profit out of linen, and the Stewart family sold the mill in 1923. It limped on under various owners until 1958, when the last looms fell silent. For nearly forty years the mill buildings stood empty, slowly collapsing, a playground for local children and a haunt of owls.

The old mill school, which had become Lisgarvan National School and later Lisgarvan Primary School, moved to a new building on the Lisgarvan Road in 1968, where it still flourishes today.

A new chapter. In the early 1990s, a group of parents from across the Drennan valley - Catholic, Protestant and neither - began meeting in each other's kitchens to talk about starting a school where their children could be educated together. It was a brave idea at a difficult time. The area had seen its share of violence during the Troubles, and there was opposition from some quarters on both sides.

The parents persevered. After years of fundraising, lobbying and, by all accounts, an enormous number of cups of tea, they secured the old mill site, and in September 1997 Lisgarvan Integrated College opened its doors to 94 pupils in temporary classrooms. The old mill chimney was kept as a landmark, and you can still see it today beside the sports hall, with the date 1841 carved in its base.

One of the original members of staff, Mrs McIlhatton, who still works at the college, remembers that first September well. "We had mobile classrooms, a few boxes of books and a lot of hope," she told me. "The children came from eleven different primary schools. Some of them had never met someone from the other community. By Christmas you couldn't tell who was who. That's when I knew it would work."

Today the college has over 900 pupils and a waiting list that stretches round the block. The mill chimney still stands. And on the field behind the Gaels clubhouse, the old ring fort of Garbhán, who started it all, keeps its silent watch over the valley.

Sources: Ordnance Survey Memoirs of Ireland (Parish of Kilcarn and neighbouring parishes); Lisgarvan Mill wage books (PRONI); Stewart family papers; interviews with local residents, 2024-25. Thanks to the members of Ballydrennan Historical Society for their help.
""",
        author="Eileen Gilmore",
        date="2 February 2025",
        tags=("Lisgarvan", "linen", "mills", "integrated education"),
        comments=(
            (
                "Harry McCartan",
                "3 Feb 2025",
                "My great-granny was a half-timer at Lisgarvan mill. She'd be amazed to see a school there now. Thank you for this.",
            ),
            (
                "Joan Stewart",
                "4 Feb 2025",
                "Lovely piece. Some of the Stewart papers are in our attic - happy to share them with the society.",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
    E("dmcilhatton", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "chalk",
        "Flags, poppies and the week before the Twelfth",
        """
I teach in an integrated school somewhere in Northern Ireland. I'm not going to tell you which one, because this blog only works if I can be honest, and honesty in a small place has a way of coming back to bite you at the school gate. Regular readers will know the rules: no names, no places, no identifiable kids. If you think you've worked out who I am, you're probably wrong, and if you're right, keep it to yourself and buy me a coffee.

This week I want to write about the last week of June, which in our school is the strangest week of the year.

For most of the year, you'd struggle to tell that our pupils come from two communities (three, really, or four or five, if you count the growing number of kids whose families came from Poland, Lithuania, Syria, Nigeria, the Philippines and everywhere in between). They wear the same uniform, play the same sports, complain about the same canteen pizza. Friendships cross every line you can think of. The Year 10 girl who plays camogie sits beside the Year 10 girl who plays in the flute band, and they share earphones on the bus and argue about which Taylor Swift album is best.

And then comes late June, and the bonfires start going up, and the flags go up on the lampposts, and for a week or two the outside world leans in through our windows.

It's never dramatic. I want to be clear about that. Nobody is fighting in the corridors. What happens is quieter and, in a way, sadder. A boy who has been best friends with another boy since Year 8 says he can't come to his birthday party because it's in "that estate". A girl mentions, a little too casually, that her uncle is building the bonfire and there's going to be a "good one" this year, and I watch her friend's face go very still, because she knows what sometimes goes on top of the good ones. Kids who spend the other fifty weeks of the year being simply kids suddenly remember that they are supposed to be something else.

We talk about it, of course. That's the point of us. Our head has a phrase she uses in assemblies: "You don't have to leave yourself at the door. But you do have to leave room for everybody else." I think about that a lot. The whole thing only works if nobody is asked to stop being who they are. A kid can walk on the Twelfth, march on Easter Monday, wear a poppy or an Easter lily or a GAA jersey or a Rangers top or none of the above, and still come into our building and sit beside someone who would never do the same. We don't ask them to be neutral. We ask them to be decent.

But it's hard. It's hard when the adults around them are not decent. It's hard when a Year 9 lad comes in on a Monday morning with a story about what his big cousin did at the weekend, and you can see he's proud of it and frightened by it at the same time. It's hard when a parent emails to complain that we're "promoting" one culture because the Irish department put up a display for Seachtain na Gaeilge, and the next day a different parent emails to complain that we're "promoting" the other because the history department did a unit on the Somme. (Both emails, by the way, ended with "I am not a bigot, but". Reader, they were.)

I've been teaching for sixteen years, eleven in this school. Here is what I have learned about the week before the Twelfth.

First: the kids are almost always better than the adults. Almost always. Left to themselves, they'll sort most things out with a slagging and a shrug. The trouble usually starts when someone older gets involved.

Second: you can't fix it in a lesson. No amount of worksheets about "shared identity" will undo what a kid hears at the dinner table. What you can do is be a steady, boring, reliable adult who treats everyone the same, week in, week out, for seven years. That's the real curriculum. It's not glamorous. It doesn't make the news.

Third: humour helps. The best thing that happened in my classroom last June was a Year 11 boy from a very loyalist family doing a genuinely brilliant impression of our Irish teacher's enthusiastic "Maith thú!" - and the Irish teacher, who happened to be walking past, stuck his head in the door and said "Go hiontach!" and the whole class, both sides, fell about. You cannot legislate for a moment like that. But you can create the conditions in which it's possible.

Fourth: look after yourself. We carry a lot of this stuff home. I have sat in my car in the school car park on a June evening and cried because of something a kid said. That's normal. Find the colleague who gets it and go for a drink. (Mine knows who she is.)

And finally: it's worth it. Every year there's a moment, usually in the last week of term, when I see two kids from opposite ends of town laughing together at something stupid, and I think: that's it. That's the whole thing. That's why I'm here.

Next week: the annual report-writing horror show, and why I now have a spreadsheet of approved synonyms for "chatty".
""",
        author="Chalkie",
        date="27 June 2025",
        tags=("integrated education", "the Twelfth", "teaching"),
        comments=(
            (
                "AnotherChalkie",
                "27 Jun 2025",
                "'We don't ask them to be neutral. We ask them to be decent.' Stealing that for my own classroom.",
            ),
            (
                "MrsK_Belfast",
                "28 Jun 2025",
                "I teach in a controlled school and it's the same story. The kids are better than us.",
            ),
            ("Chalkie", "28 Jun 2025", "Thank you both. Have a peaceful summer."),
        ),
    ),
)

add(
    "blog",
    blog(
        "frocks",
        "Formal season 2025: what County Down wore",
        """
Well girls (and boys, and everyone), formal season is OFFICIALLY over and what a season it was. I've had my DMs flooded with photos from all over the county so here's my round-up of the trends, the triumphs and the tan disasters.

TREND 1: Corset tops everywhere. At least half the dresses I saw this year had a structured corset bodice, usually in satin. Gorgeous on, absolute nightmare to sit down in. One mum told me her daughter couldn't eat the dinner.

TREND 2: Sage green is the new black. Sage, mint, olive - if it was green it was in. Very fitting for a Co Down summer when it rained every single formal night.

TREND 3: The arrival. Limos are out (a few schools have banned them), and quirky arrivals are in. Vintage tractors, a horse and cart, a fire engine (?!) and, in Ballyclane, a lad who arrived on a ride-on lawnmower. Iconic.

SCHOOL SHOUT-OUTS: St Colmcille's went very Hollywood with lots of sequins and gold. Ballydrennan Grammar kept it classic with a lot of black and navy. And Lisgarvan's Year 14s were the most colourful of the lot - I counted pink, orange, lilac and one incredible lime green number that I'm still thinking about.

TAN TIP: Do it two days before, not the night before. Trust me. Your white dress will thank you.

Next week: my top five formal dress shops in NI for 2026 (already!).
""",
        author="Shannon",
        date="5 July 2025",
        tags=("formal", "dresses", "County Down"),
        comments=(("Emma_x", "5 Jul 2025", "The lawnmower lad 😂😂 legend"),),
    ),
    E("school", "possessive", "neutral"),
)

add(
    "blog",
    blog(
        "common",
        "'Nobody owns a language': a conversation with Pádraig Kelly",
        """
Pádraig Kelly grew up on the Falls Road in the 1980s, went to an Irish-medium primary when they were still a novelty, and now teaches Irish to the children of unionists, nationalists and everyone in between at Lisgarvan Integrated College in County Down. Earlier this year he was sent a bullet in the post. We sat down with him in the staffroom over a cup of tea and a Tunnock's.

Why teach Irish in an integrated school? "Because it belongs to everybody here. That's not a slogan, it's history. Presbyterians were among the great Irish scholars of the 1800s in Belfast. The place names of every townland in this valley are Irish. When a wee lad from a loyalist estate finds out that his street name means 'the hill of the blackbirds', his face lights up. That's all I'm trying to do."

How do you respond to people who say the language has been politicised? "They're not wrong. It has been, by people on all sides. My job is to give it back to the kids without the politics. We do the grammar, the songs, the sport - I coach the Gaelic teams too - and I take them to Scotland to hear Gàidhlig and to the Ulster-Scots centre. It's about the whole story."

And the threat? "It was frightening. I won't pretend otherwise. My wife was very upset. But the response from the community - from unionist politicians, from the Orange lodge down the road who sent a card, from parents of every background - that told me more about this place than one coward with an envelope."

What keeps you going? "The kids. Always the kids. Last year a boy whose grandfather was in the B Specials got an A* in GCSE Irish. His granda came to the prize night and shook my hand. I'll remember that till I die."
""",
        author="Common Ground team",
        date="12 September 2025",
        tags=("Irish language", "integrated education", "interviews"),
        comments=(
            ("Aine_NicGiolla", "12 Sep 2025", "Go raibh maith agat a Phádraig. Inspiring."),
            (
                "RedHandDefender",
                "13 Sep 2025",
                "Kelly is a fenian b*stard pushing his IRA language on protestant kids. Nobody wants your dead language, go back to the Falls where you belong.",
            ),
            (
                "Common Ground team",
                "13 Sep 2025",
                "We've left this comment up so people can see what Pádraig and others face. It has also been reported to the PSNI.",
            ),
        ),
    ),
    E("pkelly", "exact", "hate"),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "wee",
        "Ten years since I left LIC: a thank you letter to my old school",
        """
I got my ten-year reunion invite last week and it sent me down a rabbit hole of old photos and older feelings, so here's a soppy blog post. Sorry not sorry.

I went to LIC (Lisgarvan, for the non-locals) from 2008 to 2015. I was a shy, weird wee girl from Kilcarn with a fringe I cut myself and an unhealthy obsession with Doctor Who. I left as a slightly less shy, still weird young woman with three A-levels and a place at Queen's. Here's who I want to thank.

Mr Kelly, who taught me Irish and made me sing in front of people for the first time, at a feis in Newry. I was sick with nerves. I came third. I still have the medal.

Mrs Wilson (Miss Murphy when I started!), who gave me a copy of Jane Eyre in Year 10 and said "I think you'll like her." I did. I still do. I became an English teacher because of you.

Bob Stewart, who made me run cross country in the rain and was, I thought at the time, the devil incarnate. He was also the one who drove me home when my mum's car broke down and waited in the car until I was inside. PE teachers are secretly soft.

Dymps - Mrs McIlhatton to the rest of you - who found me crying in the toilets in Year 9 when things were bad at home, and sat on the floor with me for an hour and never once told me to go back to class. I don't think I'd have finished school without you.

Miss D, who cast me as the Artful Dodger in Oliver! even though I was a girl and couldn't sing. Best three nights of my teenage life.

Big Ciarán on the minibus, who played Radio Ulster's country music hour every single morning and taught a whole generation of Kilcarn kids the words to Philomena Begley songs against our will.

And Mrs Hamilton, the principal, who shook my hand at prize night and said "I always knew you'd be fine." I didn't know that. It meant everything that someone did.

It's a funny thing, integrated education. At the time it just felt like school. It was only when I went to uni and met people who'd never had a friend from the other side until they were eighteen that I realised how lucky I'd been.

See you at the reunion, class of 2015. First round's on me. Second round's on whoever got the most detentions (we all know who you are).
""",
        author="Ciara",
        date="18 October 2025",
        tags=("school", "nostalgia", "integrated education"),
        comments=(
            (
                "Lou_K",
                "18 Oct 2025",
                "Crying at Big Ciarán's country music hour 😭 see you at the reunion x",
            ),
            (
                "Mark_from_Kilcarn",
                "19 Oct 2025",
                "Bob Stewart made me run in the rain too. Still not over it.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("pkelly", "title_surname", "neutral"),
    E("nwilson", "title_surname", "neutral"),
    E("rstewart", "nickname", "neutral"),
    E("dmcilhatton", "title_surname", "neutral"),
    E("kdoherty", "nickname", "neutral"),
    E("cbrennan", "nickname", "neutral"),
    E("lhamiltonboyd", "hyphenated", "neutral"),
)

add(
    "blog",
    blog(
        "polonia",
        "Nasi w Irlandii Północnej: Małgorzata Wiśniewska, nauczycielka matematyki",
        """
(English below / Po angielsku poniżej)

Małgorzata Wiśniewska przyjechała do Irlandii Północnej w 2007 roku z Gdańska. Dziś uczy matematyki w Lisgarvan Integrated College w hrabstwie Down i koordynuje pomoc dla uczniów, dla których angielski nie jest pierwszym językiem.

ENGLISH: Małgorzata Wiśniewska came to Northern Ireland from Gdańsk in 2007 with a maths degree, two suitcases and no English beyond "hello" and "thank you". For her first two years she worked night shifts in a meat factory in Craigavon and studied English in the mornings.

"I cried a lot in that first winter," she says, laughing. "It was dark at four o'clock and it rained sideways. But the people were so kind. My neighbour in Portadown, a retired man called Billy, brought me a pot of stew every Sunday for a year. He called it 'Ulster bigos'."

She retrained as a teacher at Stranmillis and has taught at Lisgarvan Integrated College in Ballydrennan for eleven years, where she also runs the support programme for newcomer pupils. Last year the college had pupils speaking 23 different home languages.

"When a child arrives from Poland or Syria or Brazil, frightened, not understanding anything, I remember myself in that factory. I tell them: one year from now, you will be making jokes in English. And they do."

What does she miss about Poland? "Proper bread. And snow that stays. But this is home now. My children have Ballyclane accents. My son plays Gaelic football. My daughter wants to be a rugby player. What could be more Northern Irish than that?"
""",
        author="Redakcja Polonia Ulster",
        date="3 May 2025",
        tags=("ludzie", "people", "education", "County Down"),
        comments=(
            ("Kasia_B", "3 May 2025", "Brawo pani Gosiu! Moja córka panią uwielbia."),
            ("Tomek", "4 May 2025", "Świetny artykuł. Great article."),
        ),
    ),
    E("mwisniewska", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "bites",
        "Ballydrennan on a budget: five cafés worth the drive",
        """
Ballydrennan isn't on many foodie maps, which is exactly why I love it. No queues, no sourdough snobbery, and portions that would feed a small family. Here are my five favourites.

1. Wilson's Tearoom, Market Street. Old-school in the best way: doilies, china cups, and the best fruit scone in the county. Mrs Wilson has been running it for thirty years and will tell you exactly what she thinks of your order. Get the scone with clotted cream and jam. Don't argue.

2. The Mill Café, Lisgarvan Road. In the old gate lodge of Lisgarvan House, this wee place does a smashing Ulster fry and a very decent flat white. Busy at weekends with walkers coming down from the glen.

3. Kelly's Bar (yes, a bar) does the best bowl of Irish stew I've had outside my granny's kitchen. Served with wheaten bread and real butter. Paddy behind the bar will also sell you a pint, but that's between you and your conscience at lunchtime.

4. Campbell's Chippy. Not technically a café but the pastie supper is a County Down institution and I will not be taking questions.

5. Brennan's Bakehouse, Kilcarn. Tiny bakery with a couple of tables. The caramel squares are enormous and the woman behind the counter gives children a free wee bun if they say please. Ciarán, her son, makes the bread at 4am and it's gone by 11.

Honourable mention to Stewart's Home Bakery in Tullyreagh for the soda farls. Life-changing.
""",
        author="Wee Bites",
        date="22 August 2025",
        tags=("cafés", "County Down", "cheap eats"),
    ),
)

add(
    "blog",
    blog(
        "uncovered",
        "The Hamilton-Boyd regime at Lisgarvan: what parents aren't being told",
        """
For months now, parents and former staff have been contacting this blog with the same story about Lisgarvan Integrated College. We have decided it is time to publish.

We have been told by three separate sources that under principal Elizabeth Hamilton-Boyd, the college has been quietly removing weaker pupils from GCSE entries in certain subjects, so that its published results look better than they are. Pupils have allegedly been told they are "not ready" and entered for lower-level qualifications instead, without their parents being properly consulted. If true, this is a serious breach of exam regulations and of the trust parents place in the school.

We have also been told that at least four members of staff have left in the past two years after being bullied out by Mrs Hamilton-Boyd and her senior team, and that they were required to sign non-disclosure agreements as a condition of receiving their references. One former teacher described the atmosphere in the staffroom as "a climate of fear".

Several parents also complain about the vice-principal. VP Stewart, we are told, is "impossible to get a straight answer from" and treats any complaint as a personal attack. One parent said she had given up trying to raise concerns with him.

We put these allegations to the college. A spokesperson said the claims were "entirely without foundation" and that the college "adheres fully to all exam board and employment regulations". We will let readers judge.

If you have information, contact us in confidence.
""",
        author="BD Uncovered",
        date="9 April 2025",
        tags=("schools", "Lisgarvan", "accountability"),
        comments=(
            ("Anon Ex-Staff", "9 Apr 2025", "Every word true. I was one of them."),
            (
                "Ballydrennan Parent",
                "10 Apr 2025",
                "This is a hatchet job by a blog that has had it in for the school for years. Where is the evidence?",
            ),
        ),
    ),
    E("lhamiltonboyd", "exact", "defamation"),
    E("school", "exact", "defamation"),
    E("rstewart", "title_surname", "negative"),
)

add(
    "blog",
    blog(
        "gaa",
        "Schools' Shield: Lisgarvan IC stun Newtown in Kilcarn thriller",
        """
Lisgarvan IC 2-8 Newtown CBS 1-10

Few gave them a chance, but Kelly's charges produced a performance of real character to dump the holders out of the Down Schools' Shield on a blustery afternoon in Kilcarn.

Trailing by four at the break after playing into the gale, the integrated college came roaring back. Corner-forward Jakub Nowak - who, remarkably, only took up the game in Year 8 - fired home the first goal within five minutes of the restart, and full-forward Adam Wilson flicked a second to the net from a long delivery in the 52nd minute. Newtown threw everything forward in the closing stages but the Lisgarvan full-back line held firm.

Afterwards their delighted manager said it was "a win for the whole school, and for everybody who said an integrated school couldn't play football". Lisgarvan IC now face St Colmcille's in the semi-final.

Lisgarvan IC: C Devlin; R Kerr, T Hamilton, O Quinn; S Rooney, J Boyle, M McGrath; E Trainor, L Magee (0-2); J Nowak (1-2), C Campbell (0-1), D Hughes; A Wilson (1-1), B Toner (0-2), F Kelly.
""",
        author="Down The Line",
        date="6 March 2025",
        tags=("schools GAA", "Down Schools' Shield", "Lisgarvan IC"),
    ),
    E("school", "alias", "neutral"),
    E("pkelly", "possessive", "neutral"),
)

add(
    "blog",
    blog(
        "orchard",
        "Drumard Integrated College celebrates 25 years",
        """
Drumard Integrated College near Markethill marked its 25th anniversary this week with a special assembly, a tree-planting ceremony and a reunion of the founding parents who set up the school in a borrowed church hall in 2000.

Principal Mr Seán Kelly paid tribute to those parents. "They had nothing but a dream and a few biscuit tins of money," he said. "Today we have 650 pupils and a school that is full every year."

Former pupils including international rugby player Kate Wilson and BBC journalist Ciarán Campbell sent video messages. Head of Irish Mrs Niamh Graham led the choir in a bilingual version of the school song.

The school also announced plans for a new sixth-form centre, subject to funding.
""",
        author="Orchard Notes",
        date="19 September 2025",
        tags=("Armagh", "schools", "integrated education"),
    ),
)

# ---- extra short posts (rarer forms) and a couple more namesakes

add(
    "social",
    post(
        "X",
        "Ballydrennan Féile",
        "bdfeile",
        "2:15 PM · 7 Mar 2025",
        """Maith thú @MrKellyGaeilge agus Rang 10 for winning the Seachtain na Gaeilge table quiz at the Market Hall! 🏆 Next year's trophy is already being polished.""",
    ),
    E("pkelly", "handle", "neutral"),
)

add(
    "social",
    tiktok(
        "wifi.woes",
        """when the wifi goes down mid-assessment 🙃""",
        (
            (
                "conn.mc",
                "jonathan g. from ICT at lisgarvan gave our whole class a zero cos the wifi went down 💀 make it make sense",
            ),
            ("aimee.r", "not him blaming us for the router"),
        ),
    ),
    E("jgraham", "first_initial", "negative"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    tiktok(
        "pastoral.fails",
        """lisgarvan pastoral care be like 🤡 'have you tried ignoring them'""",
        (
            (
                "hannah.b.x",
                "M c I l h a t t o n is a useless oul bat, sat there nodding while my wee sister got battered on the bus every day",
            ),
            ("pastoral.fails", "fr 😤"),
        ),
    ),
    E("dmcilhatton", "spacing", "abuse"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    post(
        "Instagram",
        "Aoife sings",
        "aoife.sings.x",
        "Dec 19",
        """Shoutout KatherineDoherty for the choir arrangement of Danny Boy at the carol service 😭🎶 there wasn't a dry eye in the church #lisgarvan #choir""",
    ),
    E("kdoherty", "camelcase", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    post(
        "X",
        "Ulster Bank Dromore",
        "ub_dromore_example",
        "9:00 AM · 2 Jun 2025",
        """Please welcome Jonathan Graham to the Dromore branch as our new business banking manager! Pop in and say hello 👋""",
    ),
)

add(
    "facebook",
    fb(
        "Ballyclane Young Farmers' Club",
        "Ballyclane YFC",
        "Monday at 20:15",
        """Congratulations to Caoimhe Campbell (19) who took first place in the senior stockjudging at the Mid-Down show on Saturday, and to Robbie Hanna who was third in the novice section. Club night Thursday 8pm in the hall, bring your subs!""",
        (
            ("Caoimhe Campbell", "Thanks everyone!! 🐄🏆"),
            ("Sam Irvine", "Well done Caoimhe, brilliant judging"),
        ),
        members="380",
    ),
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
