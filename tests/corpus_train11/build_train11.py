# ruff: noqa: E501
"""Labelled corpus train11 for the repwatch matcher (Polwenna Community College, Polwenna).

Written WITHOUT reading the matcher, its tests or any other corpus's documents and labels: it
measures how the matcher generalises to writing it was never tuned on. Never tune on it —
do not read its errors and change the matcher to suit them, or the measurement is spent.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_train11

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the places, the sites, the phone numbers (Ofcom drama ranges) and the addresses.

Setting: an 11-18 community secondary with a sixth form in Polwenna, a fishing and tourist
town on the south Cornish coast, with the villages of St Kenna, Trevose Cross and Penhallow
around it. "Polwenna" is also the surf school, the harbour, the RNLI station, Polwenna AFC,
Polwenna Primary School (a different school down the road), the Polwenna Pasty Co., the gig
rowing club and a hundred holiday lets; "PCC" is also the Police and Crime Commissioner and
the parochial church council; "Polwenna House School" is an unrelated prep school in Devon.
Staff share Cornish surnames (Hocking, Pascoe, Penrose, Nancarrow, Rowe, Trevithick,
Angove, Kessell, Jago, Bray) with lifeboatmen, fishermen, a councillor, a holiday-let firm,
a harbour master and a dead harbour man; the site manager (William Rowe) shares a surname
with the English teacher's maiden name (Sarah Rowe, now Nancarrow) and with strangers.
Voices: the local paper, council minutes, trade press, a town forum of fishermen and
locals, parent forums, threadit, tourists' reviews, sixth formers on TikTok/Instagram,
parents' Facebook groups, teachers' and tourists' blogs, second-home owners, Cornish dialect
("dreckly", "proper job", "ansum", "my bird", "emmets", "maid").

Labelling conventions used here:

* ``exact`` is the full official name ("Polwenna Community College", "Katherine
  Jago-Bray"), also with a title in front ("Mrs Kerensa Hocking").
* ``alias`` is a watchlist alias: "Polwenna College", "PCC", "Polwenna CC", "Polwenna Comm
  College", the English teacher's maiden name in any form ("Sarah Rowe", "Miss Rowe"), and
  the chemistry teacher's name in Cyrillic. A Facebook group or page whose title carries an
  alias ("Polwenna College Parents (unofficial)") counts.
* ``short_name`` is "Polwenna" (any case) alone, used for the school.
* ``title_surname`` is title + surname, also with a possessive ("Mr Pascoe's") and with the
  whole double-barrelled surname ("Mrs Jago-Bray"); ``hyphenated`` is half of that surname
  ("Mrs Bray", "Jago") or the surname with the hyphen dropped ("jago bray").
* ``nickname`` covers first names alone and their diminutives when the context fixes the
  person ("Sasha", "Lesya", "Billy", "Zeb", "Maggie"), diminutive + surname ("Bob Pascoe",
  "Jim Trevithick", "Kate Jago-Bray", "Billy Rowe"), by-names ("Trev") and title + initial
  ("Mr P", "Miss B", "Mrs J-B", "mr T") when the page makes clear who is meant. An
  ambiguous "Mr P" (two staff are Mr P) is not labelled.
* ``first_initial`` is first name + surname initial ("Tom P.", "Danny K"),
  ``initial_surname`` is initial + surname ("K. Hocking", "Mrs K Hocking").
* ``possessive`` is a bare surname or short name seen only in the possessive ("Pascoe's
  detentions", "Polwenna's sixth form").
* ``handle`` is an @-handle ("@PolwennaCC", "@mr.trounson.drama"); ``hashtag`` a #tag;
  ``camelcase`` a run-together name without # or @ ("MrsHocking", "PolwennaCollegeOfficial").
* "the college", "the head", "sir", "the caretaker" with no name are not mentions, even on a
  page plainly about Polwenna; nor is the town, the harbour, the primary school, the surf
  school, Polwenna AFC, the gig club or any namesake.
* When several forms are present the label takes the most explicit one, in the order exact,
  title_surname, alias, initial_surname, first_initial, hyphenated, nickname, surname_only,
  possessive, short_name, then the handle/hashtag/camelcase and disguised forms.
* Category for the school and for each person is decided separately: a post insulting a
  teacher is not negative for the school unless it criticises the school itself. News
  reports of a threat, hate incident or harassment against a named teacher take that
  category; reports of allegations or court cases take ``defamation``. Critical categories
  rank threat > hate > sexual > doxxing when one page gives a subject two of them.
* ``url_only`` sexual entries: leering comments about pupils in school photos/videos (the
  school) and insinuations that a named staff member is inappropriate with pupils (that
  person). The school's own published office numbers are not doxxing.
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
    "school", "khocking", "kjagobray", "tpenrose", "rpascoe", "snancarrow", "obondarenko",
    "ztrounson", "jtrevithick", "mangove", "dkessell", "wrowe",
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
    "times": (
        "South Cornish Times",
        "southcornishtimes.example",
        ["News", "Sport", "Harbour", "What's On", "Letters", "Property", "Jobs"],
    ),
    "kernow": (
        "KernowNow",
        "kernownow.example",
        ["Latest", "Your Town", "Schools", "Court", "Surf", "Opinion"],
    ),
    "advertiser": (
        "Polwenna & St Kenna Advertiser",
        "pskadvertiser.example",
        ["Home", "News", "Family Notices", "Gig Rowing", "Letters"],
    ),
    "towncouncil": (
        "Polwenna Town Council",
        "polwenna-tc.example",
        ["Home", "Your council", "Meetings and minutes", "Harbour", "Allotments", "Contact"],
    ),
    "bulletin": (
        "Schools Bulletin",
        "schoolsbulletin.example",
        ["News", "Inspections", "Leadership", "Jobs", "Opinion", "Podcasts"],
    ),
    "fishing": (
        "Fishing Weekly",
        "fishingweekly.example",
        ["News", "Markets", "Quota", "Boats for sale", "Safety"],
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
    "townforum": ("Polwenna Town Forum", "polwennaforum.example", "Boards"),
    "parentnet": ("ParentNet", "parentnet.example", "Talk"),
    "studenthub": ("The Student Hub", "studenthub.example", "Forums"),
    "kernowboards": ("Kernow Boards", "kernowboards.example", "Forums"),
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
        f'<div class="pager">Page 1 of 1</div></main><footer>{h(name)} &middot; <a href="#">Forum rules</a> &middot; <a href="#">Privacy</a> &middot; <a href="#">Contact</a></footer></body></html>'
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
        f"</section></main><aside><h3>About {h(sub)}</h3><p>Community rules: be civil, no doxxing, no personal info.</p></aside><footer>threadit Inc. &copy; 2024</footer></body></html>"
    )
    return "\n".join(out)


def blog(
    blogname: str,
    tagline: str,
    title: str,
    date: str,
    body: str,
    comments: tuple[tuple[str, str, str], ...] = (),
    tags: str = "Uncategorised",
    recent: tuple[str, ...] = (
        "Notes from the harbour wall",
        "Half term, finally",
        "Mizzle and marking",
    ),
) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} – {h(blogname)}</title></head><body>',
        f'<header><h2 class="site-title">{h(blogname)}</h2><p class="tagline">{h(tagline)}</p><nav><a href="#">Home</a> <a href="#">About</a> <a href="#">Archive</a> <a href="#">Contact</a></nav></header>',
        f'<main><article><h1>{h(title)}</h1><div class="date">{h(date)}</div>{_paras(body)}<div class="tags">Filed under: {h(tags)}</div></article>',
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
        "</main><aside><h3>Recent posts</h3><ul>"
        + "".join(f"<li>{h(r)}</li>" for r in recent)
        + "</ul></aside>"
        f"<footer>&copy; {h(blogname)} &middot; Powered by PressWorks</footer></body></html>"
    )
    return "\n".join(out)


# Text kinds: reviews, social posts and Facebook group posts are stored as plain text the way a
# scraper's text extraction would leave them.


def review(
    site: str, place: str, summary: str, items: tuple[tuple[str, str, str, str, str], ...]
) -> str:
    """items: (stars out of 5, reviewer, when, title, body)."""
    out = [f"{site} › {place}", summary, ""]
    for stars, who, when, title, body in items:
        if stars:
            n = int(stars)
            out.append(f"{'★' * n}{'☆' * (5 - n)}  {title}".rstrip())
        elif title:
            out.append(title)
        out.append(f"{who} · {when}")
        out.append(body.strip())
        out.append("Helpful · Share · Report")
        out.append("")
    return "\n".join(out)


def social(
    platform: str,
    author: str,
    when: str,
    text: str,
    replies: tuple[tuple[str, str], ...] = (),
    stats: str = "",
) -> str:
    out = [f"{platform}", f"{author} · {when}", text.strip()]
    if stats:
        out.append(stats)
    if replies:
        out.append("")
        out.append("Replies" if platform != "TikTok" else "Comments")
        for who, t in replies:
            out.append(f"{who}: {t.strip()}")
    return "\n".join(out)


def facebook(
    group: str,
    author: str,
    when: str,
    text: str,
    comments: tuple[tuple[str, str], ...] = (),
    reactions: str = "",
) -> str:
    out = [group, f"{author} · {when} · 🌐", text.strip()]
    out.append(reactions or f"👍 {len(comments) * 3 + 2} · {len(comments)} comments")
    if comments:
        out.append("")
        out.append("Most relevant")
        for who, t in comments:
            out.append(f"{who}")
            out.append(f"  {t.strip()}")
            out.append("  Like · Reply")
    return "\n".join(out)


# ---------------------------------------------------------------- documents
# ---- news: local paper, town council, trade press

add(
    "news",
    news(
        "times",
        "Polwenna Community College rated Good as inspectors praise 'transformed' culture",
        """Polwenna Community College has been rated Good in every area by Ofsted, two years after inspectors said the 11-18 school required improvement.

The report, published on Tuesday, says pupils at the college "behave well and are proud of their school", and that leaders have "transformed the culture around attendance and behaviour since the last inspection".

Inspectors visited the school, which has around 1,050 pupils including 160 in the sixth form, over two days in March. They highlighted the sixth form in particular, saying students "receive high-quality guidance about their next steps, including apprenticeships in the marine and hospitality sectors".

Headteacher Mrs Kerensa Hocking, who took over in 2021, said: "This is a whole-community achievement. Our young people, our staff and our families in Polwenna, St Kenna, Penhallow and Trevose Cross should be very proud. We are a school that serves a coastal community with real challenges, and the report recognises that our pupils can achieve anything."

Head of sixth form Thomas Penrose said the inspectors had spent "a long time" talking to students. "They wanted to know whether our students felt the sixth form was a real choice, not just the default. Hearing them describe it the way they did was humbling."

The report does identify areas to develop. Inspectors said that in some subjects, including modern foreign languages, "the curriculum is not yet sequenced as well as it is elsewhere", and that the school should continue to reduce persistent absence among disadvantaged pupils, which remains above the national average.

The college's 2022 inspection had been critical of sixth-form attendance and of inconsistent behaviour management. Since then the school has introduced a new behaviour policy, a mobile phone ban in lessons and a "gig and surf" enrichment programme run with local clubs.

Cornwall councillor for Polwenna and St Kenna, Trevor Hocking, who is no relation to the headteacher, welcomed the report. "Families here have waited a long time for this," he said.

The full report is available on the Ofsted website.""",
        byline="By Jenna Tamblyn, Education Reporter",
        date="14 May 2024",
        section="News",
        comments=(
            (
                "surfdad_stk",
                "14 May 2024",
                "Well done Mrs Hocking and all the staff, proper job 👏",
            ),
            (
                "Kernowgirl77",
                "14 May 2024",
                "Good my foot. My lad was bullied all through year 9 and nobody did a thing. Ofsted only see what they're shown.",
            ),
            (
                "BoatyMcBoatface",
                "15 May 2024",
                "Dreckly they'll be outstanding lol. congrats to the kids, they done the work",
            ),
        ),
        related=(
            "Lifeboat crew honoured at Penhallow ceremony",
            "Fears for St Kenna bus route",
            "Polwenna AFC secure promotion",
        ),
    ),
    E("school", "exact", "negative"),
    E("khocking", "exact", "neutral"),
    E("tpenrose", "exact", "neutral"),
)

add(
    "news",
    news(
        "bulletin",
        "Coastal school told to improve as inspectors flag sixth-form attendance",
        """A Cornish secondary school has been told it requires improvement after inspectors found weak attendance in its sixth form and "inconsistent" management of behaviour in lessons.

Ofsted's report on Polwenna Community College, a 1,000-pupil 11-18 school on the county's south coast, says that while leaders "have an accurate view of the school's strengths and weaknesses", too many sixth-form students "do not attend regularly enough to make the progress they should".

Inspectors also found that "low-level disruption in some lessons is not challenged consistently", and that pupils with special educational needs "do not always receive the adaptations set out in their plans".

The school was previously judged good. It is the latest coastal school in the south west to slip a grade; analysis by Schools Bulletin last year found schools within five miles of the sea were twice as likely to see their grade fall as inland schools in the same region.

In a statement, Mrs Hocking, who became headteacher in September 2021, said the school "accepts the report's findings in full" and had "already begun the work needed". She added that recruitment had been "exceptionally difficult" in a town where "a one-bedroom flat is now let to holidaymakers for more than a teacher earns in a week".

The school's trust-free status means it remains maintained by the local authority, which said it would provide additional support.""",
        byline="Schools Bulletin reporters",
        date="3 November 2022",
        section="Inspections",
        related=(
            "Heads warn of 'coastal penalty' in recruitment",
            "Inspection outcomes: the week in full",
        ),
    ),
    E("school", "exact", "negative"),
    E("khocking", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "times",
        "Lifeboat crew pluck two kayakers from sea off Penhallow Point",
        """Two kayakers were rescued by Polwenna RNLI on Sunday afternoon after being swept beyond Penhallow Point by a strong offshore wind.

The all-weather lifeboat was launched at 2.40pm after a member of the public on the coast path called the coastguard. The pair, both visitors from Bristol, were found clinging to one upturned kayak around half a mile offshore.

Coxswain Jory Pascoe said: "They did the right thing staying with the boat. The wind had got up a lot quicker than forecast and it was blowing straight off the land, which is when people get into trouble here."

Both were brought back to Polwenna Harbour and checked over by paramedics. Mr Pascoe, who has served on the crew for 22 years, urged visitors to check the forecast and carry a means of calling for help.

It was the station's 31st launch of the year. The crew also helped to tow a disabled crabber, the Morwenna, back into harbour last week after it fouled its propeller.

The station's open day is on 17 August, with a pasty stall run by the Polwenna Pasty Co. and a display by the coastguard helicopter if operations allow.""",
        byline="By Mark Libby",
        date="5 August 2024",
        section="Harbour",
        comments=(
            (
                "emmet_and_proud",
                "5 Aug 2024",
                "Legends. Jory and the crew are the best of Polwenna.",
            ),
        ),
    ),
)

add(
    "news",
    news(
        "kernow",
        "School minibus driver denies drink-driving with pupils on board",
        """A school site manager has denied drink-driving while taking pupils home from a sports fixture in a college minibus.

William Rowe, 58, of Polwenna, appeared before Bodmin Magistrates' Court on Thursday charged with driving a minibus with excess alcohol on the A390 near Trevose Cross on 12 February.

The court heard that police stopped the vehicle after a report from another motorist. Prosecutors allege a roadside test gave a reading over the legal limit. Eleven pupils from Polwenna Community College were on board, returning from a netball match in Truro.

Mr Rowe, who has worked at the college for more than 25 years, pleaded not guilty. His solicitor told the court he would say the reading was caused by a faulty device and that he had not drunk alcohol that day.

He was released on unconditional bail ahead of a trial in May.

A spokesperson for the college said: "We are aware of the proceedings. A member of staff has been suspended, which is a neutral act, while the matter is dealt with. Parents of the pupils involved were contacted at the time. It would not be appropriate to comment further."

Cornwall Council said all drivers of school minibuses must hold the appropriate licence and complete annual training.""",
        byline="By KernowNow court reporter",
        date="29 February 2024",
        section="Court",
        comments=(
            (
                "trevose_mum",
                "29 Feb 2024",
                "I've known Billy 30 years, never seen him touch a drop. Innocent until proven guilty.",
            ),
            ("Pete K", "29 Feb 2024", "If it's true he should never be near kids again."),
        ),
    ),
    E("wrowe", "exact", "defamation"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "times",
        "Man arrested after threats shouted at teacher outside Polwenna school",
        """A man has been arrested after threats were shouted at a teacher outside a Polwenna school at home time on Monday.

Devon and Cornwall Police said officers were called to Chapel Hill at around 3.20pm. A 41-year-old man from St Kenna was arrested on suspicion of a public order offence and has been released on bail while inquiries continue.

Witnesses told the South Cornish Times that the man had approached PE teacher James Trevithick at the bottom gate of Polwenna Community College and shouted that he would "put him in the harbour" and "find out where he lives". One parent said Mr Trevithick had stayed calm and walked back inside the gate.

It is understood the incident followed a dispute over a pupil's exclusion from a sports team.

A statement from the college said: "The safety of our staff and pupils is our priority. We are supporting our colleague and working with the police. Threatening behaviour towards staff will never be tolerated."

Police have asked anyone with phone footage to contact them quoting log 0412.""",
        byline="By Jenna Tamblyn",
        date="18 March 2024",
        comments=(
            (
                "stk_local",
                "18 Mar 2024",
                "Hope they throw the book at him. Mr T coached my boy for the gigs, lovely bloke.",
            ),
            ("Anon", "18 Mar 2024", "there's two sides to every story"),
        ),
        related=("Polwenna College rated Good", "School bus route under threat"),
    ),
    E("jtrevithick", "exact", "threat"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "towncouncil",
        "Minutes of the Full Council meeting held on 9 January 2024",
        """Minutes of the meeting of Polwenna Town Council held at the Polwenna Institute, Fore Street, on Tuesday 9 January 2024 at 7.00pm.

Present: Cllr A. Curnow (Mayor, in the chair), Cllr T. Hocking, Cllr M. Jago, Cllr S. Pearce, Cllr R. Bray, Cllr D. Oates, Cllr L. Thomas, Cllr P. Lobb. In attendance: the Town Clerk, the Deputy Clerk, the Harbour Master (for item 7), PCSO Jane Tonkin, and eleven members of the public.

1. Apologies. Apologies were received and accepted from Cllr F. Kitto (work commitments) and Cllr B. Williams (illness).

2. Declarations of interest. Cllr T. Hocking declared a non-registerable interest in item 9 as a member of Cornwall Council's strategic planning committee and said he would not vote. Cllr M. Jago declared an interest in item 7 as the holder of a harbour mooring. Cllr R. Bray declared an interest in item 10 as a director of Bray's Bakery, which supplies the harbour café.

3. Public participation. Three members of the public spoke. Mr G. Penrose, on behalf of Penrose Coastal Lets, spoke in favour of the planning application at item 9, saying the development would bring employment and that the company had offered a contribution towards the play park. Mrs H. Nicholls of Penhallow spoke against, saying that of the 47 houses in her lane only nine were now lived in all year round. A resident of Trevose Cross asked about the timing of the gritting of the Trevose Cross to St Kenna road; the Clerk undertook to pass the question to Cornwall Highways.

4. Minutes. The minutes of the meeting held on 12 December 2023 were approved as a correct record and signed by the Mayor.

5. Police report. PCSO Tonkin reported 14 crimes in the parish in December, compared with 19 in the same month last year. These included two thefts of outboard engines from the inner harbour, one shed break-in at St Kenna allotments and anti-social behaviour in the skate park on three evenings. She reminded boat owners to mark engines and to register them with the marine property scheme. Cllr Pearce asked whether the Police and Crime Commissioner's summer patrol funding would be renewed; PCSO Tonkin said a decision was expected in March.

6. Mayor's announcements. The Mayor thanked everyone who had supported the Christmas lights switch-on, which raised £1,840 for the lifeboat station, and congratulated Polwenna RNLI coxswain Jory Pascoe on his long service award.

7. Harbour. The Harbour Master reported that dredging of the inner harbour would take place in February and asked members to note the temporary closure of the west slipway. Mooring fees for 2024-25 were agreed with an increase of 4%. Cllr Jago abstained.

8. Correspondence.
(a) A letter from the headteacher of Polwenna Community College, Mrs K. Hocking, asking the council to support the college's request to Cornwall Council for a crossing patrol or a signal-controlled crossing on Chapel Hill, following two near-misses involving pupils in the autumn term. The letter noted that visitor traffic in the summer term and the use of Chapel Hill by delivery vans for holiday lets had increased markedly. Members discussed the request. Cllr Thomas said she walked the hill every morning and the situation at 8.30am was "an accident waiting to happen". RESOLVED unanimously to write to Cornwall Council supporting the college's request, and to ask that the 20mph limit be extended to the top of the hill. (Cllr T. Hocking noted for the record that the headteacher was no relation.)
(b) A letter from Polwenna Primary School thanking the council for the grant towards its outdoor classroom.
(c) A letter from St Kenna PCC asking whether the council would contribute to the repair of the churchyard wall. Referred to the Finance Committee.
(d) An email from a resident complaining about dog fouling on the harbour beach. Noted; the Clerk to request additional signage.

9. Planning. PA23/09981: Land north of Chapel Hill, Polwenna. Erection of 14 holiday units with associated parking and landscaping. Applicant: Penrose Coastal Lets Ltd. Members noted 112 objections and 6 letters of support on the Cornwall Council portal, including an objection from Polwenna Community College, whose playing fields adjoin the site, on the grounds of safeguarding, overlooking of the sports pitches and traffic on Chapel Hill. Cllr Pearce said the town needed homes for local people, not more holiday lets. Cllr Oates said the applicant had been a good employer in the town. RESOLVED by 5 votes to 1, with one abstention, to object to the application on the grounds that it conflicts with the Neighbourhood Development Plan policy on principal residence and would harm highway safety. Cllr T. Hocking did not vote.

PA23/10214: Harbour Café, The Quay. Replacement awning. No objection.

PA23/10330: 3 Trelawney Terrace, St Kenna. Single-storey rear extension. No objection.

10. Finance. The payments list for December totalling £18,442.16 was approved. The precept for 2024-25 was set at £212,500, an increase of 3.9%, with Cllr Lobb voting against. The Clerk reported that the public toilets at the harbour had cost £9,300 to run in the year to date, and that the café concession would be retendered.

11. Allotments. The Allotments Working Group reported that the waiting list stands at 23. Two plots at St Kenna have been split into half plots.

12. Reports from Cornwall Councillors. Cllr T. Hocking reported on the Cornwall Council budget consultation and on the consultation on the St Kenna bus route, which is proposed to be reduced to four buses a day. Members expressed concern about the effect on sixth-form students travelling to the college from Penhallow and Trevose Cross. The Clerk was asked to respond to the consultation.

13. Date of next meeting. Tuesday 13 February 2024 at 7.00pm.

The meeting closed at 9.12pm.

Signed ......................... Chairman   Date .................""",
        section="Meetings and minutes",
        date="Published 16 January 2024",
    ),
    E("school", "exact", "neutral"),
    E("khocking", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "advertiser",
        "Church roof appeal: St Kenna PCC sets £80,000 target",
        """St Kenna's parochial church council has launched an appeal to raise £80,000 to repair the roof of the 15th-century church of St Kenna, after storms last winter lifted slates along the south aisle.

The PCC secretary, Mrs Ruth Penrose, said a grant of £40,000 had been offered by a heritage fund provided the parish raised the rest by next autumn. "Buckets are out in the south aisle every time it rains," she said. "We have coffee mornings, a sponsored walk to Penhallow and back, and a concert by the Polwenna Male Voice Choir planned, and every pound helps."

The PCC has also applied to Polwenna Town Council for a contribution towards the churchyard wall, which partly collapsed in January.

Donations can be made at the Polwenna Pasty Co. counter, at the post office, or online through the church website. The Rev. Simon Kitto said: "This church has stood on this hill for 600 years. We want it to be here for another 600."
""",
        byline="By Advertiser reporter",
        date="2 March 2024",
        section="News",
        comments=(
            ("Val P", "2 Mar 2024", "Will be at the coffee morning with a lemon drizzle, dreckly!"),
        ),
    ),
)

add(
    "news",
    news(
        "kernow",
        "PCC pledges extra summer patrols for Cornwall's busiest coastal towns",
        """The Police and Crime Commissioner for Devon and Cornwall has pledged funding for extra summer patrols in coastal towns including Polwenna, Looe and St Ives, after residents complained about anti-social behaviour on harbours and beaches last year.

The PCC said the money would pay for additional PCSO shifts between July and September, focusing on evenings and weekends when visitor numbers peak.

In Polwenna, where the population is said to triple in August, residents reported problems with drinking on the quay, parking on double yellow lines and, on several occasions, fights outside pubs after closing time.

"We love our visitors but the town cannot cope with some of the behaviour we saw last summer," said Polwenna harbour master Mike Jago. "A couple of extra officers on the quay on a Saturday night makes a real difference."

The commissioner's office said it would review the scheme in the autumn.""",
        byline="By Sam Rowe",
        date="11 April 2024",
        section="Latest",
        comments=(
            (
                "Dicky N",
                "11 Apr 2024",
                "Bout time. Emmets treat the quay like a nightclub, my ansum.",
            ),
            (
                "surfer_girl_pz",
                "11 Apr 2024",
                "More police won't fix there being nothing for young people to do",
            ),
        ),
    ),
)

add(
    "news",
    news(
        "fishing",
        "'It'll finish this harbour': Polwenna skipper on pollack ban",
        """Skippers in the small Cornish port of Polwenna say the continuing ban on commercial pollack catches could see the last of the town's inshore boats tied up for good.

Dicky Nancarrow, 63, who has fished out of Polwenna for 47 years on the 10-metre Morwenna, said pollack once made up a third of his summer income.

"My father fished out of here and his father before him," he said. "Now I've got a boat worth nothing, a licence worth less and a harbour full of paddleboards. My son works on the lifeboat and does the holiday lets changeovers on a Saturday. That's Polwenna now."

Mr Nancarrow said the cost of diesel, bait and insurance meant many smaller boats were only breaking even on crab and lobster. The harbour had 22 registered commercial boats in 1995. It now has seven.

Local fishermen's association chair Pete Angove said members would attend a meeting with officials next month. "We're not asking for handouts. We're asking for a fishery we can work in."

A spokesperson for the fisheries regulator said the measures were based on scientific advice and would be kept under review.""",
        byline="By Fishing Weekly staff",
        date="19 June 2024",
        section="Quota",
        related=("Crab prices dip as export costs bite", "Safety alert: lifejacket servicing"),
    ),
)

add(
    "news",
    news(
        "advertiser",
        "Sixth formers row to county gig title",
        """Polwenna College's under-18 girls' gig crew have been crowned county champions after a nail-biting final at Newquay on Saturday.

The six rowers and their cox, all sixth formers, beat crews from Falmouth and Padstow in a race decided by less than a boat length. The boys' crew finished fourth.

The college has rowed in borrowed boats since its programme started three years ago, with help from the Polwenna Gig Rowing Club, which lends the college its training gig Kenna two evenings a week.

Coach Jim Trevithick said the crew had trained through the winter "in weather you wouldn't send a dog out in". He added: "They've earned every bit of this. Half of them had never been in a boat before year 12."

Stroke Lowenna Tremayne, 17, said: "We were behind at the turn and Jim just kept shouting 'long and strong'. It's the best feeling ever."

The club's own senior women's crew, captained by Tamsin Trevithick, came second in their category. The World Pilot Gig Championships are held in Scilly in May.""",
        byline="By Advertiser sport",
        date="24 June 2024",
        section="Gig Rowing",
        comments=(("GigMum", "24 Jun 2024", "So proud of these maids!! 🚣‍♀️💙"),),
    ),
    E("school", "alias", "neutral"),
    E("jtrevithick", "nickname", "neutral"),
)

add(
    "news",
    news(
        "times",
        "Review: Under Milk Wood transplanted to a Cornish harbour",
        """There is a moment in the second act of Polwenna Community College's production of Under Milk Wood when the whole cast, 38 of them, turn to face the audience and hum the sound of the sea. It should be twee. In the college's cramped drama studio on a wet Thursday, it was spine-tingling.

Director Zebedee Trounson, the college's head of drama, has moved Dylan Thomas's Llareggub to a fishing town very like Polwenna, and the transplant works better than it has any right to. Captain Cat becomes a retired crabber; the Organ Morgan scenes are played out in a Methodist chapel; Polly Garter sings to a Cornish tune.

Among a strong cast, Jago Williams as the First Voice had an assurance well beyond his 16 years, and Eva Curnow's Rosie Probert was heartbreaking.

Mr Trounson told me afterwards that the production had been built with the students over eight months. "They wrote the Cornish bits," he said. "I just tried not to get in the way."

There are two more performances, on Friday and Saturday at 7pm. Tickets £6, £4 concessions, from the college office.""",
        byline="By Alan Hosking, arts correspondent",
        date="7 February 2024",
        section="What's On",
    ),
    E("school", "exact", "neutral"),
    E("ztrounson", "exact", "neutral"),
)

add(
    "news",
    news(
        "times",
        "Letters: School minibus blocks my lane every morning",
        """Sir, I have owned a cottage on Chapel Lane in Polwenna for nine years and pay business rates on it as a holiday let, which I am told makes a substantial contribution to the local economy.

Every weekday morning during term the college minibus is parked across the top of the lane for up to twenty minutes while the driver, a Mr Rowe, waits for late pupils. My guests cannot get out. When I asked him politely to move, he told me that "the lane was here before you were, my bird" and that I should "take it up with the college".

I have written to Polwenna Community College twice and received no reply. Is it too much to expect a publicly funded institution to show some basic courtesy to its neighbours? Those of us who invest in this town are made to feel very unwelcome.

Yours faithfully,
G. Whitworth-Lane, Chapel Lane, Polwenna (and Guildford)

Sir, Re the Chapel Lane letter: some of us have lived on that lane for sixty years. The minibus brings children from Penhallow who have no other way to get to school since the bus was cut. If your guests are in a hurry at 8.30 in the morning on a school day, they can wait. Mr Rowe has been driving those children for longer than you've owned your cottage.

Mary Lobb, Chapel Lane, Polwenna

Sir, The state of the harbour car park toilets is a disgrace.

D. Tonkin, St Kenna""",
        section="Letters",
        date="22 September 2023",
        comments=(
            ("chapel_lane_local", "22 Sep 2023", "Mary Lobb for mayor 😂"),
            ("G W-L", "23 Sep 2023", "I note nobody has addressed the substance of my complaint."),
        ),
    ),
    E("school", "exact", "negative"),
    E("wrowe", "title_surname", "negative"),
)

add(
    "news",
    news(
        "kernow",
        "Holiday let firm's plans for fields next to school spark row",
        """Plans for 14 holiday units on fields next to a Polwenna secondary school have drawn more than 100 objections, including one from the school itself.

Penrose Coastal Lets, run by Polwenna businessman Gavin Penrose, wants to build the timber lodges on land north of Chapel Hill, which borders the playing fields of Polwenna Community College.

In its objection, the college says the lodges would overlook its sports pitches and changing rooms and that delivery and cleaning vans would add to traffic on a hill already used by hundreds of pupils walking to school.

Headteacher Kerensa Hocking said: "We are not against tourism. Many of our families work in it. But we cannot support a development that would look straight down onto our pitches and put more vans on Chapel Hill at 8.30 in the morning."

Mr Penrose said the company had offered to plant a hedge and restrict changeovers to weekends. "We are a local family business," he said. "Tourism is what pays the wages in this town, including, indirectly, the teachers'."

He is no relation to the college's head of sixth form, Tom Penrose, he added.

The application will be decided by Cornwall Council's planning committee in the new year.""",
        byline="By Sam Rowe",
        date="28 November 2023",
        section="Your Town",
        comments=(
            (
                "SecondHomeSue",
                "28 Nov 2023",
                "The school should stick to teaching children instead of meddling in planning. Mrs Hocking has no business telling a local employer what to do with his land.",
            ),
            ("penhallow_pete", "28 Nov 2023", "Good on the college. Enough is enough."),
            ("KernowKid", "29 Nov 2023", "sue do you actually live here or just in august"),
        ),
    ),
    E("school", "exact", "negative"),
    E("khocking", "exact", "negative"),
    E("tpenrose", "nickname", "neutral"),
)

add(
    "news",
    news(
        "advertiser",
        "Tributes to harbour stalwart Billy Rowe, 84",
        """Tributes have been paid to William 'Billy' Rowe, a familiar figure on Polwenna quay for more than seventy years, who has died aged 84.

Born in a cottage on the Warren in 1940, Billy left Polwenna Primary at fourteen to go to sea with his uncle on the pilchard drivers, and later skippered his own crabber, the Girl Tamsin, until he retired in 2004. Even then, he was on the quay most mornings, mending pots, telling the visitors the weather and, according to his family, "knowing everybody's business before they did".

He served on the lifeboat for 19 years and was a founder member of the Polwenna Gig Rowing Club in 1978.

His granddaughter, Kerry Rowe, said: "Grandad was Polwenna through and through. He never went further than Plymouth if he could help it and he never wanted to."

Billy leaves his wife of 61 years, Joan, three children, seven grandchildren and four great-grandchildren. The funeral will be held at St Kenna church on Friday at 2pm, followed by a gathering at the Harbour Inn. Family flowers only; donations to Polwenna RNLI.""",
        section="Family Notices",
        date="9 October 2024",
        comments=(
            (
                "Jory P",
                "9 Oct 2024",
                "RIP Billy. Taught me how to splice a rope when I was eight. Proper Polwenna man.",
            ),
            ("Sandra H", "9 Oct 2024", "Thinking of you Joan and all the family xx"),
        ),
    ),
)

add(
    "news",
    news(
        "times",
        "Kernewek back on the timetable at Polwenna",
        """Cornish will be taught as an after-school GCSE-equivalent course at Polwenna Community College from September, in what campaigners say is the first such course in the area for more than a decade.

The course is being led by English teacher Sarah Nancarrow, who learned the language as an adult and now sits the grade examinations of the Cornish Language Board.

"When I started learning I realised how much of it was already in our mouths," Mrs Nancarrow said. "Dreckly, emmet, ansum, my bird, the place names on every corner. The students are fascinated that Polwenna itself means 'the pool of St Wenna'."

Twenty-two students signed up in the first week.""",
        byline="By Jenna Tamblyn",
        date="30 June 2023",
    ),
    E("school", "exact", "neutral"),
    E("snancarrow", "exact", "neutral"),
)

add(
    "news",
    news(
        "advertiser",
        "A-level joy for Polwenna sixth formers",
        """There were hugs, tears and at least one cartwheel outside the sixth form centre on Thursday as students at Polwenna College collected their A-level results.

Around 70 students received results, with 41 per cent of grades at A* to B. Among the highest achievers was Morwenna Pascoe, who gained three A*s and will study marine biology at Plymouth, and Kit Nancarrow, who is off to Exeter to read history.

Head of sixth form Tom Penrose said: "Every one of these young people has a story. Some have worked weekends in the pasty shop or on the boats right through their exams. I couldn't be prouder."

Several students are taking up apprenticeships locally, including two with the harbour authority and one with the Polwenna Surf School.""",
        byline="By Advertiser reporter",
        date="15 August 2024",
        comments=(
            (
                "Lisa Kitto",
                "15 Aug 2024",
                "Mr Penrose is a legend, got my daughter through a really hard year 💙",
            ),
            ("Gran of 5", "15 Aug 2024", "Well done Morwenna my ansum!!"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("tpenrose", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "kernow",
        "Police investigate 'leave or else' note left on teacher's car",
        """Police are investigating after a threatening note was left on a teacher's car in Polwenna.

The handwritten note, left under the windscreen wiper of a car belonging to geography teacher Daniel Kessell, read: "Leave Polwenna or else. We know your car, we know your house." Two tyres had also been let down.

The car was parked in Fore Street overnight. Mr Kessell, who is head of year 9 at Polwenna Community College, reported it to police the next morning.

Devon and Cornwall Police said they were treating it as malicious communications and were checking CCTV from nearby businesses.

Kerensa Hocking, the college's headteacher, said staff "should be able to live in the community they serve without fear" and that the college was supporting Mr Kessell.""",
        byline="By Sam Rowe",
        date="10 January 2024",
        comments=(
            ("Linda T", "10 Jan 2024", "Awful. Mr Kessell is a lovely teacher, my son adores him."),
            (
                "fore_street_fred",
                "10 Jan 2024",
                "Probably some kid he gave a detention to. Kids these days.",
            ),
        ),
    ),
    E("dkessell", "exact", "threat"),
    E("school", "exact", "neutral"),
    E("khocking", "exact", "neutral"),
)

add(
    "news",
    news(
        "times",
        "Racist graffiti aimed at Ukrainian teacher 'will not divide us', says college",
        """Police are investigating racist graffiti daubed on a wall near Polwenna Community College which targeted a Ukrainian teacher at the school.

The words, sprayed in red paint on the wall of the old lifeboat house on Chapel Hill, named chemistry teacher Oleksandra Bondarenko and told her to "go home". They also included an offensive slur about Ukrainians. The graffiti was reported on Sunday morning and has since been removed by Cornwall Council.

Mrs Bondarenko, who came to Cornwall from Kharkiv in 2022 with her two children, has taught at the college since 2023. Colleagues describe her as "the reason half our sixth formers want to do chemistry".

Police said they were treating the incident as a racially aggravated hate crime.

A petition supporting her, started by sixth formers, gained more than 1,400 signatures in two days. A vigil was held at the harbour on Monday evening attended by around 200 people, including members of the Ukrainian community in Cornwall.

The college said in a statement: "Our community will not be divided by hate. Mrs Bondarenko is a valued colleague and a brilliant teacher."
""",
        byline="By Jenna Tamblyn",
        date="4 December 2023",
        comments=(
            (
                "KernowTogether",
                "4 Dec 2023",
                "Sasha taught my daughter, she's wonderful. Disgusted that this happened in our town.",
            ),
            ("harbour_wall", "4 Dec 2023", "Whoever did this doesn't speak for Polwenna."),
            ("JT", "5 Dec 2023", "Was at the vigil. Proper moving. Slava Ukraini 💙💛"),
        ),
    ),
    E("obondarenko", "exact", "hate"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "bulletin",
        "Devon prep school Polwenna House to close after 92 years",
        """Polwenna House School, an independent prep school near Totnes in Devon, will close at the end of the summer term, its governors have announced, blaming falling rolls and the introduction of VAT on fees.

The school, which has 84 pupils aged 3 to 13, was founded in 1932 in a Georgian house named after the Cornish village where its founder's family originated.

Chair of governors Richard Pascoe said the decision had been "heartbreaking" but that the school was no longer financially viable. Parents have been offered support to find new places.

It is the fourth independent school in the south west to announce closure this year.""",
        byline="Schools Bulletin reporters",
        date="21 February 2025",
        section="Leadership",
    ),
)

add(
    "news",
    news(
        "times",
        "Polwenna AFC 3 St Kenna Wanderers 1: Rowe double seals derby",
        """Polwenna AFC moved to the top of the Cornwall Combination with a deserved derby win over St Kenna Wanderers at a windswept Harbour Field on Saturday.

Striker Ben Rowe gave Polwenna the lead after 12 minutes, turning sharply on the edge of the box and firing low into the corner. St Kenna equalised before half-time through a Dan Hocking header from a corner.

Rowe restored the lead just after the hour with a tap-in after goalkeeper Sam Penrose parried a shot from Kessell, and substitute Jamie Nancarrow sealed it in stoppage time.

Manager Phil Pascoe said: "Derby day, you just want the three points. The boys dug in when the wind got up. Proper job."

Polwenna travel to Penryn next week.""",
        byline="By Dave Angove",
        date="2 December 2024",
        section="Sport",
    ),
)

add(
    "news",
    news(
        "bulletin",
        "The coastal penalty: why seaside schools can't find teachers",
        """On a bright morning in late April, the view from the staffroom window at a secondary school on England's south-west coast is the kind that estate agents put on the front of brochures: a harbour full of small boats, a sweep of golden sand and, beyond the headland, the open Atlantic. It is also, according to the school's leaders, a large part of their problem.

"People see the sea and think it'll be easy to recruit," says one headteacher in north Devon, who asked not to be named. "Then they look for somewhere to live."

Across the south west, schools in coastal towns report a recruitment crisis that is sharper than the national picture. Analysis of vacancy data by Schools Bulletin suggests that secondary schools within five miles of the coast in Devon and Cornwall advertised each teaching post an average of 2.3 times last year before it was filled, compared with 1.6 times for inland schools in the same counties. Physics, chemistry, maths and modern languages were hardest to fill.

The reasons are well rehearsed. Coastal towns have long suffered from low wages, seasonal employment, poor transport links and a relatively older population. But headteachers increasingly point to one factor above the others: housing.

In some Cornish parishes, more than a third of homes are now second homes or holiday lets. Long-term lets have almost vanished from the property portals in the most popular towns; those that remain are often let on winter-only tenancies, with tenants expected to leave by Easter when the properties are switched to holiday use at several times the rent.

At Polwenna Community College on the south Cornish coast, deputy headteacher Katherine Jago-Bray says the school turned down no candidates last year but lost three who had accepted jobs. "They'd been offered the post, they'd accepted, and then they spent six weeks looking for somewhere to live and couldn't find anything they could afford within forty minutes' drive," she says. "One was a chemistry teacher. We'd waited two years for a chemistry teacher."

The school now keeps a list of local people willing to let a room to a new member of staff for their first term, and has lobbied the local authority for key-worker housing on council-owned land. "We are essentially running a lettings agency on the side," Ms Jago-Bray says.

The teacher who stays

For the teachers who do arrive, the pressures continue. Salaries are set nationally, but living costs in some coastal towns are higher than in many cities. "I pay more for a one-bedroom flat here than my friend pays in Bristol," says a second-year teacher at a school in west Cornwall. "And in my town there's no cinema, no late bus and the only supermarket closes at eight in winter."

There are, of course, compensations. Teachers who have made their homes in coastal communities speak warmly of the sense of belonging. "You teach the children of the people you buy your fish from," says a long-serving head of department in north Cornwall. "When it works, there is nowhere better."

Retention data bears out some of this: once teachers have been in a coastal school for five years, they are slightly more likely to stay than their inland peers. The problem is getting them through the first two.

What would help?

School leaders interviewed for this article suggested a range of measures: a coastal recruitment premium, along the lines of the London weighting; student loan forgiveness for teachers in shortage subjects working in designated areas; key-worker housing built on public land; and better transport links so that teachers could live in cheaper inland towns and commute.

Some local authorities have begun to act. Cornwall Council has introduced a higher council tax premium on second homes, and some parishes have adopted principal-residence policies restricting new-build homes to people who will live in them full time. But heads say the effect on the rental market has so far been limited.

The Department for Education said it was investing in teacher recruitment and retention, including through targeted retention payments for early-career teachers in shortage subjects in disadvantaged schools. It said it would "continue to look at how we can best support schools in coastal and rural areas".

Back in the south west, the headteacher in north Devon is sceptical. "Every few years someone writes a report about coastal schools. We nod, we talk about it at conferences, and then September comes and I still have a maths post I can't fill."

Opportunity areas, revisited

The previous government's opportunity areas programme included several coastal towns, and evaluations found some improvement in outcomes, but the programme ended in 2022. Academics who studied it say coastal schools need sustained, rather than short-term, funding, and that initiatives should involve local employers, including the tourism and marine industries that dominate many coastal economies.

In Polwenna, that has meant sixth-form apprenticeships with the harbour authority and a partnership with the local gig rowing club. At Trevose Cross Academy, a few miles inland, it has meant a construction skills centre. Neither, leaders say, solves the housing problem.

"We have amazing young people here," says Ms Jago-Bray. "They deserve the same chance to be taught chemistry by a chemistry teacher as a child in Surrey. At the moment, they don't always get it."
""",
        byline="By Helen Marsh, Senior Reporter",
        date="6 May 2024",
        section="Leadership",
        related=(
            "Heads call for coastal recruitment premium",
            "Retention payments: who is eligible?",
            "Opinion: Stop writing reports about coastal schools",
        ),
    ),
    E("school", "exact", "neutral"),
    E("kjagobray", "exact", "neutral"),
)

add(
    "news",
    news(
        "times",
        "Parents' anger as St Kenna bus route is cut",
        """Parents in St Kenna and Penhallow say their children will face a two-mile walk along an unlit road to get to school after Cornwall Council confirmed cuts to the 419 bus route.

From September the route will run four times a day instead of hourly, and the 7.55am service that carried most pupils to Polwenna College will be withdrawn.

Parent Becky Oates, whose two children are in years 8 and 10, said: "There's no pavement on half of that road. In January it's pitch black at eight o'clock. Someone is going to get hurt."

The college said it was "disappointed" by the decision and was looking at whether its minibus could run an extra route, but that it did not have the funding to replace a public bus service.

Cornwall Council said the route had low passenger numbers outside school times.""",
        byline="By Mark Libby",
        date="12 July 2024",
        comments=(
            (
                "mum_of_3_stk",
                "12 Jul 2024",
                "College should have fought harder. Hocking just rolls over every time the council says jump.",
            ),
            (
                "Steve O",
                "12 Jul 2024",
                "not the college's fault, it's the council. always the council",
            ),
            ("dreckly_dave", "13 Jul 2024", "Emmets get a park and ride, our kids get nothing"),
        ),
    ),
    E("school", "alias", "negative"),
    E("khocking", "surname_only", "negative"),
)

add(
    "news",
    news(
        "kernow",
        "Father fined for campaign of abusive messages to teacher",
        """A father who sent more than 40 abusive messages to a teacher at his son's school has been fined and given a restraining order.

Darren Hoskin, 44, of Trevose Cross, admitted harassment without violence at Bodmin Magistrates' Court.

The court heard he sent the messages to Margaret Angove, the special educational needs coordinator at Polwenna College, over four months last year after a dispute about his son's support plan. Messages called her "a useless witch", "a disgrace" and "thick as a plank", and one said that "everyone in the town knows what a joke you are".

Prosecutor Alison Rundle said Mrs Angove had been "distressed and humiliated". In a victim statement read to the court, Mrs Angove said she had worked with children with special needs for 30 years "and I have never been spoken to like this".

Hoskin's solicitor said his client was "a frustrated parent who went about things in completely the wrong way" and had written a letter of apology.

Magistrates fined him £600 and made a two-year restraining order banning him from contacting Mrs Angove or going to the school.""",
        byline="By KernowNow court reporter",
        date="23 October 2024",
        section="Court",
        comments=(("Jen S", "23 Oct 2024", "Mrs Angove is an angel. Hope she's ok."),),
    ),
    E("mangove", "exact", "abuse"),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "advertiser",
        "Sixth formers swim the harbour for lifeboat",
        """Forty sixth formers from Polwenna College braved a chilly 13C sea on Saturday to swim across the harbour mouth and back, raising more than £3,200 for Polwenna RNLI.

The swimmers were escorted by the station's inshore lifeboat, helmed by coxswain Jory Pascoe. "They were a lot braver than I'd be," he joked.

Also in the water was Mr Pascoe, the college's head of maths, who is no relation but said he had been "mistaken for Jory on the quay for twenty years, usually by people asking me about the tides".

Head of sixth form Mr Penrose said the event would become an annual fixture.""",
        byline="By Advertiser reporter",
        date="30 September 2024",
        comments=(("Sharon P", "30 Sep 2024", "The two Pascoes! 😂 well done everyone"),),
    ),
    E("school", "alias", "neutral"),
    E("rpascoe", "title_surname", "neutral"),
    E("tpenrose", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "kernow",
        "Trevithick Day: thousands pack Camborne for steam celebration",
        """Thousands of people filled the streets of Camborne on Saturday for Trevithick Day, the annual celebration of the Cornish engineer Richard Trevithick, whose high-pressure steam engine powered the first self-propelled road journey in 1801.

Steam engines, traction engines and miniature locomotives paraded along Trelowarren Street, followed by the traditional dances led by school children and Cornish bands.

Organiser Karen Trevithick - "a very distant relation, probably, like half of Camborne" - said this year's event had been the busiest since the pandemic. A replica of the Puffing Devil made its way up Camborne Hill, to the sound of the famous song.

Next year's event will be the 40th.""",
        byline="By Sam Rowe",
        date="27 April 2024",
        section="Latest",
    ),
)

add(
    "news",
    news(
        "times",
        "Maths teacher cleared of coursework tampering allegation",
        """A disciplinary panel has found no case to answer against a Polwenna maths teacher who was accused of altering students' marks in an internally assessed qualification.

Robert Pascoe, head of mathematics at Polwenna Community College, was suspended for six weeks in the spring after an anonymous complaint to the exam board alleged he had raised marks in a level 3 core maths project to improve the school's results.

The exam board's investigation found that marks had been moderated in line with its guidance and that there was no evidence of malpractice. The college's governors have since lifted the suspension.

In a statement through his union, Mr Pascoe said: "I am relieved that this is over and grateful to the students and parents who supported me. I hope whoever made the complaint reflects on the damage false allegations do."
""",
        byline="By Jenna Tamblyn",
        date="20 June 2024",
        comments=(
            (
                "Former pupil",
                "20 Jun 2024",
                "Bob Pascoe is one of the most honest men you'll meet. Disgraceful he was put through this.",
            ),
            ("watcher", "20 Jun 2024", "No smoke without fire"),
        ),
    ),
    E("rpascoe", "exact", "defamation"),
    E("school", "exact", "neutral"),
)

# ---- forums: the town forum, parent forums, threadit, sixth formers

add(
    "forum",
    forum(
        "townforum",
        "Harbour & Boats",
        "pollack ban - anyone actually going to the meeting?",
        (
            (
                "crabber_pete",
                "Posted 20 Jun 2024, 06:12",
                "meeting in truro next month about the pollack. who's going? i cant afford a day off the boat to go and be talked down to by some lad from defra with a powerpoint",
            ),
            (
                "DickyN",
                "Posted 20 Jun 2024, 07:40",
                "I'll go. Been in the paper this week anyway so may as well finish the job. Our Sarah says she'll drive me, she's off for the day, inset or some such up Polwenna College. She says I'm to keep my temper. Dreckly maybe.",
            ),
            (
                "old_salt_44",
                "Posted 20 Jun 2024, 08:02",
                "your sarah is a saint putting up with you dicky. my grandson says she's the only teacher up there who can make him read a book",
            ),
            (
                "crabber_pete",
                "Posted 20 Jun 2024, 08:15",
                "ha. tell her to bring the red pen for the minister",
            ),
            (
                "harbourmaster_mike",
                "Posted 20 Jun 2024, 09:30",
                "Reminder west slip closed Thurs/Fri for dredger. Sorry all.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("snancarrow", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "townforum",
        "Town Talk",
        "emmets blocking the college road AGAIN",
        (
            (
                "polwenna_born",
                "Posted 29 May 2024, 08:51",
                "third time this week some emmet in a range rover has parked across the bottom of chapel hill to 'pop into the pasty shop'. polwenna college bus couldnt get round, kids stood in the rain 20 mins. billy had to come down and move the cones and ask them nicely (he was not nice)",
            ),
            (
                "St Kenna Steve",
                "Posted 29 May 2024, 09:10",
                "billy rowe asking anyone nicely is a sight i'd pay to see 😂",
            ),
            (
                "polwenna_born",
                "Posted 29 May 2024, 09:14",
                "he was proper ansum about it to be fair. said 'move it my bird or it goes in the harbour'. they moved it",
            ),
            (
                "Guest_Visitor",
                "Posted 29 May 2024, 11:47",
                "As a visitor I'd say the signage is very poor, how are we meant to know it's a bus route",
            ),
            (
                "St Kenna Steve",
                "Posted 29 May 2024, 11:52",
                "the big yellow SCHOOL KEEP CLEAR might be a clue",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("wrowe", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "townforum",
        "Holiday Lets Rant",
        "Lived here 40 years and I don't recognise the place any more (long, sorry)",
        (
            (
                "Maureen_StKenna",
                "Posted 3 Feb 2024, 21:14",
                """Sorry this is a long one but I have to get it off my chest and I know a lot of you feel the same.

I was born in Polwenna in 1961 in the house my mother was born in, on the Warren. There were eleven families on our bit of the Warren then and every one of them had a man on the boats or in the fish cellars. We had three butchers, two bakers, a shoe shop, a proper ironmonger, and you couldn't walk down Fore Street without stopping six times to talk.

Last week I walked down the Warren in the dark at six o'clock and counted the lights. Two. Two houses out of eleven with anybody in them. The rest are key safes and those little signs with a seagull on them saying 'Gull Cottage' or 'The Crow's Nest'. My mother's house is 'Driftwood' now. It's on a website at £1,900 a week in August.

I'm not against visitors. My husband ran the boat trips for thirty years and my daughter cleans changeovers on a Saturday. The town lives off tourism and always has done. But there has to be a balance and we lost it somewhere around 2015.""",
            ),
            (
                "crabber_pete",
                "Posted 3 Feb 2024, 21:30",
                "Spot on Maureen. My boy and his girl have been trying to rent in Polwenna for two years. Nothing. Every 'long term let' is a winter let, out by Easter so they can put it on the holiday sites. They're in a static caravan at Trevose Cross now paying £700 a month for the privilege.",
            ),
            (
                "Maureen_StKenna",
                "Posted 3 Feb 2024, 21:41",
                """Exactly Pete. And it's not just housing. The primary has lost so many children they've gone down to mixed classes, year 1 and 2 together. Polwenna Primary had 190 children when my two were there. It's under 80 now.

Up the top of the hill Polwenna Community College is losing teachers because they can't find anywhere to live. My neighbour's girl teaches there and she says they had a chemistry teacher accept the job and then turn it down because the only flat she could find was in Liskeard. That's our children's education suffering so someone from Surrey can have a sea view four weeks a year.

The doctor's surgery is closed two days a week in winter. The bank went years ago. The bus is going. What's left is pasty shops and surf hire, and those close in October.""",
            ),
            (
                "Rob_Holidayhome",
                "Posted 3 Feb 2024, 22:05",
                """I'll probably get shot down for this but someone should put the other side.

We bought our cottage in St Kenna in 2011 for £285,000. Nobody local wanted it - it had been on the market for two years and needed a new roof, new windows, everything. We spent £80,000 putting it right using local builders, a local electrician and a local plumber. We let it through a local agency who employ local cleaners. We eat in the pubs, we buy our fish off the quay, we give to the lifeboat.

If we hadn't bought it, it would have fallen down. I'm not saying there isn't a problem, but second home owners are an easy target.""",
            ),
            (
                "St Kenna Steve",
                "Posted 3 Feb 2024, 22:11",
                "Rob with respect one cottage in 2011 isn't the issue. Penrose Lets alone have bought nine houses on the Warren and Chapel Lane in five years. They outbid every first time buyer going.",
            ),
            (
                "Rob_Holidayhome",
                "Posted 3 Feb 2024, 22:20",
                "I agree the companies are a different matter. But the 'emmets go home' stuff on here does nobody any favours.",
            ),
            (
                "old_salt_44",
                "Posted 3 Feb 2024, 22:31",
                "nobody's saying go home rob. we're saying we'd like a home too.",
            ),
            (
                "polwenna_born",
                "Posted 3 Feb 2024, 22:48",
                """What gets me is the council tax. The premium is a step in the right direction but half of them just flip to business rates and get small business relief and pay nothing at all. Nothing. My nan pays more council tax on her two-bed bungalow than the six-bedroom place next door that's let out fifty weeks a year.

And the water. Every August the sewage overflows into the harbour because the system was built for 3,000 people and there are 12,000 here. Then they wonder why the beach gets a poor rating.""",
            ),
            (
                "Maureen_StKenna",
                "Posted 4 Feb 2024, 07:12",
                """Thanks all, and Rob I do take your point, I know some of the people with second homes love the place as much as we do. It's the scale of it.

We need the principal residence policy on all new builds, like they did in St Ives, and we need the council to buy some of these places back for local people. And we need to stop building 'lodges' on every field. Did you see Penrose wants 14 of them on Chapel Hill next to the school field?""",
            ),
            (
                "crabber_pete",
                "Posted 4 Feb 2024, 07:30",
                "Yeah the town council objected. Good. Cllr Hocking sat on his hands as usual.",
            ),
            (
                "St Kenna Steve",
                "Posted 4 Feb 2024, 07:41",
                "in fairness he has to, he's on the planning committee at county. doesn't stop him having a pint with gavin penrose every friday mind",
            ),
            (
                "Mod_Tamsin",
                "Posted 4 Feb 2024, 08:00",
                "Gentle reminder - keep it about the issue please, not individuals. Thread is a good one, let's keep it that way.",
            ),
            (
                "harbourmaster_mike",
                "Posted 4 Feb 2024, 08:20",
                "Good thread. For what it's worth the harbour commissioners have had four enquiries this year from people wanting to moor a boat who don't live here and never will. The fishing berths are protected but for how long I don't know.",
            ),
            (
                "old_salt_44",
                "Posted 4 Feb 2024, 09:02",
                "there's a meeting at the Institute on the 20th about a community land trust. if we want anything to change we need to turn up, not just moan on here. myself included.",
            ),
            (
                "Maureen_StKenna",
                "Posted 4 Feb 2024, 09:15",
                "I'll be there. And I'll bring a lemon drizzle. That's how we win things in this town 😂",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "parentnet",
        "Secondary education",
        "Polwenna College vs Trevose Cross Academy for year 7?",
        (
            (
                "seaside_mama",
                "Posted 14 Oct 2023",
                "We've just moved to Penhallow (not a second home, I promise!) and need to apply for secondary for DS (10). Catchment is Polwenna College but Trevose Cross Academy is only a bit further. DS has mild dyslexia. Any local knowledge really appreciated.",
            ),
            (
                "Kernowmum22",
                "Posted 14 Oct 2023",
                "DD is in yr 9 at Polwenna. SEN support has been brilliant - Mrs Angove the SENCO is amazing, she actually rings you back which is more than I can say for most. Pastoral is good. Behaviour is patchy in some lessons tbh.",
            ),
            (
                "anon_in_cornwall",
                "Posted 14 Oct 2023",
                "I'd say Trevose Cross. Behaviour at PCC is awful in the lower years, my son came home with stories every day. And the maths department has been a shambles since Pascoe took over, they had supply teachers for most of year 10.",
            ),
            (
                "Kernowmum22",
                "Posted 14 Oct 2023",
                "In fairness the maths thing was a recruitment problem, not anyone's fault. Can't get maths teachers anywhere down here.",
            ),
            (
                "seaside_mama",
                "Posted 15 Oct 2023",
                "Thank you both, that's really helpful. Going to the open evening on Thursday.",
            ),
            (
                "TrevoseDad",
                "Posted 15 Oct 2023",
                "Trevose Cross is fine but the bus is 50 minutes each way from Penhallow. Factor that in.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("mangove", "title_surname", "neutral"),
    E("rpascoe", "surname_only", "negative"),
)

add(
    "forum",
    forum(
        "parentnet",
        "AIBU?",
        "AIBU to think a teacher shouldn't be filming students for his TikTok?",
        (
            (
                "worried_in_cornwall",
                "Posted 2 Mar 2024",
                """DD (13) is in a drama group at her school in Cornwall and the drama teacher runs a TikTok account, @mr.trounson.drama, with about 40k followers. He posts clips of rehearsals, warm-up games, 'teacher vs student' challenges etc. Faces are visible.

We signed the photo consent form at the start of year 7 but I assumed that meant the school website and newsletter, not a teacher's personal TikTok with thousands of strangers watching. I don't think he means any harm, he's obviously passionate about it and the kids love him, but AIBU to think this isn't ok?""",
            ),
            (
                "NotAnotherUsername",
                "Posted 2 Mar 2024",
                "YANBU. Personal account or school account? If personal, that's a safeguarding issue and I'd raise it with the DSL, politely.",
            ),
            (
                "DramaTeacherHere",
                "Posted 2 Mar 2024",
                "Drama teacher here. Lots of us use social media to show what the subject can do, especially when it's being cut everywhere. But it should be a school-approved account with specific consent. I'd have a word.",
            ),
            (
                "worried_in_cornwall",
                "Posted 2 Mar 2024",
                "It says 'views my own' in the bio so I think personal. Will email the school. Don't want to get him in trouble, he's lovely, but the comments on some of the videos are a bit much.",
            ),
            (
                "MrsMiggins",
                "Posted 3 Mar 2024",
                "Comments from strangers under videos of 13 year olds? Definitely email.",
            ),
        ),
    ),
    E("ztrounson", "handle", "negative"),
)

add(
    "forum",
    reddit(
        "r/teachingUK",
        "Interview at a coastal comp in Cornwall next week - anyone know Polwenna CC?",
        "throwaway_ect_23",
        "Got an interview for a geography post at Polwenna CC on the south coast. Looks stunning but I know nothing about it. Anyone worked there / done placement there? Any red flags?",
        (
            (
                "pgce_survivor",
                212,
                "Did my second placement at Polwenna in 2022. SLT are decent, behaviour system is actually followed. Mrs J-B the deputy is terrifying but fair, she backs staff. Kids are lovely once they decide you're staying.",
            ),
            (
                "cornish_pasty_ta",
                148,
                "Housing will be your biggest problem, not the school. Start looking now, seriously. Winter lets only in most places.",
            ),
            (
                "anon_hod",
                97,
                "Avoid. The head micromanages everything, K Hocking is notorious on edu twitter for the 'no excuses' stuff. Three people in my old department left within a year.",
            ),
            (
                "pgce_survivor",
                61,
                "^ that's not my experience at all but fair enough, everywhere's different",
            ),
            ("throwaway_ect_23", 40, "Thanks all! Housing is already a nightmare yes 😅"),
        ),
    ),
    E("school", "alias", "negative"),
    E("kjagobray", "nickname", "neutral"),
    E("khocking", "initial_surname", "negative"),
)

add(
    "forum",
    forum(
        "studenthub",
        "Sixth form & college",
        "polwenna sixth form any good? (cornwall)",
        (
            (
                "gcse_grind_07",
                "Posted 18 Jan 2024",
                "thinking about staying on at polwenna for sixth form or going to truro college. doing chem bio psych. is it any good or is it just a continuation of school lol",
            ),
            (
                "yr13_kernow",
                "Posted 18 Jan 2024",
                "im in yr13 there. honestly its alright, mr penrose is sound and actually helps with ucas. small classes. BUT the chem dept lost like 3 teachers in 2 yrs, miss bondarenko is basically carrying the whole thing rn",
            ),
            ("gcse_grind_07", "Posted 18 Jan 2024", "is she good?"),
            (
                "yr13_kernow",
                "Posted 18 Jan 2024",
                "shes amazing tbh. strict but explains everything 5 times if u need it. the canteen is grim and the common room smells of damp, just so u know 💀",
            ),
            (
                "truro_leaver",
                "Posted 19 Jan 2024",
                "truro has way more going on socially but the bus is a killer. depends what u want",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("tpenrose", "title_surname", "neutral"),
    E("obondarenko", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "townforum",
        "Schools",
        "phone ban at the college - madness",
        (
            (
                "Jase_P",
                "Posted 5 Sep 2023, 19:02",
                "So the college has banned phones completely now, not just in lessons, all day, locked in pouches. My lad walks 2 miles home along the Penhallow road in the dark in winter. How am I meant to know he's ok? Hocking thinks she's running a prison.",
            ),
            (
                "stk_mum_of_two",
                "Posted 5 Sep 2023, 19:20",
                "they can unlock them at the gate at 3.10 Jase, it's in the letter",
            ),
            (
                "Jase_P",
                "Posted 5 Sep 2023, 19:31",
                "Not the point. She's a jumped up little hitler who's never lived in the real world. Head in the clouds, nose in the air. The whole place has gone downhill since she came.",
            ),
            (
                "Mod_Tamsin",
                "Posted 5 Sep 2023, 19:45",
                "Jase - criticism fine, name calling not. Please keep it civil.",
            ),
            (
                "lowenna_k",
                "Posted 5 Sep 2023, 20:02",
                "honestly my daughter says lunchtimes are better now, they actually talk to each other. give it a term",
            ),
        ),
    ),
    E("khocking", "surname_only", "abuse"),
)

add(
    "forum",
    forum(
        "townforum",
        "Harbour & Boats",
        "College backing the marine zone - whose side are they on",
        (
            (
                "crabber_pete",
                "Posted 11 Nov 2023, 17:20",
                "see polwenna college has signed the letter supporting the new marine protection zone off penhallow point. their name's on it right under the wildlife trust. the head even did a bit on radio cornwall about 'the next generation's sea'. the next generation won't have a sea to fish in if this goes through, it shuts the best pot ground we got",
            ),
            (
                "tightlines_dave",
                "Posted 11 Nov 2023, 17:41",
                "half the kids up there are fishermen's kids. disgrace the college taking sides against their own families",
            ),
            (
                "salty_sam",
                "Posted 11 Nov 2023, 18:03",
                "someone wants to take that hocking woman out past the point on a dark night and leave her there. see how she likes the next generation's sea then",
            ),
            (
                "harbourmaster_mike",
                "Posted 11 Nov 2023, 18:10",
                "Sam, that's well out of order and you know it. Disagree with her all you like but nobody's taking anybody anywhere. Threats aren't on, not on here, not in this town.",
            ),
            (
                "salty_sam",
                "Posted 11 Nov 2023, 18:14",
                "just saying what everyone on the quay is thinking",
            ),
            (
                "Mod_Tamsin",
                "Posted 11 Nov 2023, 18:20",
                "Post edited? No - leaving it visible for now and Sam has been suspended for a week. Do not post threats against anyone. Criticise the policy.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("khocking", "surname_only", "threat"),
)

add(
    "forum",
    forum(
        "parentnet",
        "Secondary education",
        "Worried about something I've heard - don't know what to do",
        (
            (
                "cornwallmum_anon",
                "Posted 6 May 2024",
                """Name changed for this. A mum at the school gate told me that the drama teacher at Polwenna, Mr T, gives some of the year 9 girls lifts home after rehearsals, just the girls, and that he messages them on snapchat late at night. Apparently he's always hugging them and telling them they're 'special'. My DD is in the production and she says he's 'just really nice' and everyone is overreacting.

I don't want to ruin someone's career over gossip but I also can't ignore it. What would you do?""",
            ),
            (
                "Safeguarding_Sue",
                "Posted 6 May 2024",
                "Do not post about it here or talk about it at the gates. Ring the school and ask for the designated safeguarding lead, or ring the local authority designated officer (LADO). They will look into it properly. If it's nothing, it's nothing. If it's something, you did the right thing.",
            ),
            (
                "NotAnotherUsername",
                "Posted 6 May 2024",
                "Agree with Sue. Also please think about how identifiable this post is. There's only one drama teacher at that school.",
            ),
            (
                "local_dad_pz",
                "Posted 6 May 2024",
                "Zebedee Trounson? He's done more for the kids in this town than anyone. This is exactly how rumours start and ruin people. Shame on whoever's spreading it.",
            ),
            (
                "cornwallmum_anon",
                "Posted 7 May 2024",
                "I've rung the school. Not posting any more. Thank you.",
            ),
        ),
    ),
    E("ztrounson", "exact", "sexual", url_only=True),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    reddit(
        "r/GCSE",
        "my maths teacher is actually insane",
        "foggyfolder",
        "he gave us a 40 question homework due the DAY AFTER mocks finish. who does that. (polwenna, cornwall if anyone else goes here lol)",
        (
            (
                "yr11_kern",
                342,
                "is it pascoe 💀 mr pascoe is a massive melt, hes like 90 and smells of bait. he literally goes fishing before school i swear",
            ),
            ("foggyfolder", 201, "LMAOO yes. hes such a weirdo. bald head like a buoy"),
            (
                "mathsnerd_07",
                88,
                "tbf the homework helps with the paper 3 stuff. he's annoying but he knows his stuff",
            ),
            ("yr11_kern", 40, "shut up teachers pet"),
        ),
    ),
    E("rpascoe", "title_surname", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "townforum",
        "Town Talk",
        "best pasty in polwenna - settle this once and for all",
        (
            (
                "pasty_purist",
                "Posted 2 Jul 2024, 12:03",
                "polwenna pasty co is good but it's not what it was since they sold to the people from bristol. nancarrow's on the quay still does them proper, skirt steak, swede, no carrot. anyone who puts carrot in a pasty should be run out of cornwall",
            ),
            (
                "emmet_dave",
                "Posted 2 Jul 2024, 12:20",
                "visitor here, had one from the pasty co yesterday and it was the best thing I've ever eaten 🤷",
            ),
            (
                "pasty_purist",
                "Posted 2 Jul 2024, 12:22",
                "bless you my bird. go to nancarrow's tomorrow and report back",
            ),
            (
                "StKennaSue",
                "Posted 2 Jul 2024, 13:40",
                "Angove's bakery in St Kenna. Fight me. Crimp on the side, as God intended.",
            ),
            ("old_salt_44", "Posted 2 Jul 2024, 14:05", "my wife's. end of discussion."),
        ),
    ),
)

add(
    "forum",
    forum(
        "parentnet",
        "Secondary education",
        "School hiding bullying to protect its numbers?",
        (
            (
                "fedup_mum_kernow",
                "Posted 19 Feb 2024",
                """My son was bullied for months at PCC (Polwenna, Cornwall). We reported every incident. When we asked for the records, half of them weren't there. Another mum had the same thing.

I'm now convinced the deputy head, Kate Jago-Bray, has been deliberately deleting incident logs so the bullying figures look good for Ofsted. She's the safeguarding lead, she's the one who controls the system. That's not just bad practice, it's falsifying records, and I think the whole college is in on hiding it.""",
            ),
            (
                "NotAnotherUsername",
                "Posted 19 Feb 2024",
                "That's a very serious allegation to make publicly with names. Have you done a subject access request? That would show whether records were deleted.",
            ),
            (
                "fedup_mum_kernow",
                "Posted 19 Feb 2024",
                "Doing one now. I'll be going to Ofsted and the papers if I have to.",
            ),
            (
                "teacher_mum",
                "Posted 20 Feb 2024",
                "Sorry about your son. From the other side - often incidents get logged under a different category or against the other child. Doesn't excuse it but might not be deliberate.",
            ),
        ),
    ),
    E("school", "alias", "defamation"),
    E("kjagobray", "nickname", "defamation"),
)

add(
    "forum",
    forum(
        "studenthub",
        "Off topic",
        "found my teachers number lmao",
        (
            (
                "not_a_fed",
                "Posted 8 Mar 2024",
                "mr kessell from polwenna is selling his car on marketplace and put his actual number on the ad 😭😭 07700 900418. someone ring him at 3am and ask if the car comes with a detention",
            ),
            ("yr10_legend", "Posted 8 Mar 2024", "LMAOOO im screenshotting"),
            (
                "sensible_sixth",
                "Posted 8 Mar 2024",
                "mate delete this, that's well out of order and you'll get excluded. also it's literally illegal-ish",
            ),
            (
                "Moderator",
                "Posted 8 Mar 2024",
                "Thread locked. Posting personal contact details is against the rules. Number removed from quotes.",
            ),
        ),
    ),
    E("dkessell", "title_surname", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "townforum",
        "Holiday Lets Rant",
        "The college's objection to Chapel Hill - time to make your views known",
        (
            (
                "ChapelHillOwner",
                "Posted 2 Dec 2023, 10:15",
                """Many of us who own property in Polwenna are fed up with Polwenna Community College using its position to campaign against legitimate businesses. It is a school. It should be teaching, not objecting to planning applications and lecturing people on Radio Cornwall.

For anyone who would like to write to the headteacher privately rather than through the school office (who will simply bin it): K Hocking lives at 14 Chapel Hill, St Kenna, PL99 4QT, and her personal email is kerensa.hocking@kernowmail.example. I'm sure she'd welcome hearing from the people whose livelihoods she's trying to destroy.""",
            ),
            (
                "Mod_Tamsin",
                "Posted 2 Dec 2023, 10:32",
                "Post hidden. Publishing someone's home address and personal email is against forum rules and frankly a disgrace. Account suspended.",
            ),
            (
                "polwenna_born",
                "Posted 2 Dec 2023, 10:40",
                "too late, it's been up 20 mins and screenshotted all over facebook. nasty.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("khocking", "initial_surname", "doxxing"),
)

add(
    "forum",
    reddit(
        "r/cornwall",
        "Tips for Polwenna in August? First time visiting",
        "brummie_on_tour",
        "Staying in St Kenna for a week in August with two kids. Parking in Polwenna itself looks impossible from the reviews. Any tips from locals (or non-hating-emmets locals 😅)?",
        (
            (
                "kernow_kate",
                156,
                "Park at the Polwenna College field on Chapel Hill - they open it as overflow parking in the summer holidays, £5 a day and it goes to the PTA. Ten min walk down to the harbour. Don't even try the harbour car park after 9am.",
            ),
            (
                "surfbum_pz",
                93,
                "Get the pasty from nancarrow's on the quay not the chain place. And dont park on the slipway, harbourmaster will have your car towed and he enjoys it",
            ),
            ("brummie_on_tour", 40, "Amazing, thank you! Is the beach ok for little ones?"),
            (
                "kernow_kate",
                37,
                "Harbour beach is sheltered and lovely at low tide. Polwenna Surf School do taster lessons for 8+.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "townforum",
        "Town Talk",
        "miserable old git at the college car park",
        (
            (
                "skatemum_stk",
                "Posted 14 Apr 2024, 18:30",
                "my two (8 and 11) were skating in the Polwenna College car park on a SUNDAY, nobody there, doing no harm, and that Billy from up the college came out of nowhere and screamed at them like they'd robbed a bank. He's a miserable old git and a bully, always has been. Fat lazy sod sits in that hut all week and the one day he moves it's to shout at children.",
            ),
            (
                "St Kenna Steve",
                "Posted 14 Apr 2024, 18:44",
                "it's private land and insurance and all that. he's got a job to do",
            ),
            (
                "skatemum_stk",
                "Posted 14 Apr 2024, 18:50",
                "he could do it without screaming. nasty man",
            ),
            (
                "old_salt_44",
                "Posted 14 Apr 2024, 19:10",
                "billy's been looking after that site 30 years. he's a grump but he's alright. give him a tray of saffron buns and he's your best friend",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("wrowe", "nickname", "abuse"),
)

add(
    "forum",
    forum(
        "studenthub",
        "Rants",
        "teacher confiscated my phone for 3 days",
        (
            (
                "k3rn0w_kid",
                "Posted 10 Oct 2023",
                "mr pаscoe took my phone for 3 DAYS bc it buzzed once in maths. hes an absolute clown and a bald rat. i hope his boat sinks. polwenna is a joke",
            ),
            ("anon_98", "Posted 10 Oct 2023", "lol why is the a in his name weird"),
            (
                "k3rn0w_kid",
                "Posted 10 Oct 2023",
                "bc the school filter blocks teacher names on the wifi 😂 galaxy brain",
            ),
            (
                "sensible_sixth",
                "Posted 10 Oct 2023",
                "its in the phone policy you signed. also dont post teachers names online",
            ),
        ),
    ),
    E("rpascoe", "homoglyph", "abuse"),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "townforum",
        "Town Talk",
        "college minibus - just saying",
        (
            (
                "quiet_observer",
                "Posted 21 Jun 2024, 22:47",
                "not going to say much but funny how rowe only ever offers lifts home to the year 8 maids. always the girls, never the boys, always the same two or three sat up front with him. parks up at the lay-by on the penhallow road for ages. just saying. people should be asking questions",
            ),
            (
                "polwenna_born",
                "Posted 21 Jun 2024, 22:59",
                "that's a disgusting thing to insinuate with nothing behind it. if you've actually seen something ring the police or the school, don't hint about it on here",
            ),
            ("quiet_observer", "Posted 21 Jun 2024, 23:05", "i know what i've seen"),
            (
                "Mod_Tamsin",
                "Posted 22 Jun 2024, 07:15",
                "Thread locked. Any safeguarding concern must go to the police or the school's safeguarding lead, not a public forum.",
            ),
        ),
    ),
    E("wrowe", "surname_only", "sexual", url_only=True),
)

add(
    "forum",
    forum(
        "parentnet",
        "AIBU?",
        "AIBU to move DS out of Polwenna because of all the SEN kids?",
        (
            (
                "ExpatDad_Kernow",
                "Posted 22 Jan 2024",
                "Sorry if this offends but someone has to say it. Since Polwenna Community College took on the specialist unit the place is a dumping ground. Half the year group are retards and spackers screaming in the corridors and my son can't learn. Those kids should be in special schools, not holding back normal children. The SENCo, Maggie Angove, encourages it - she's always fighting to get more of them in.",
            ),
            (
                "SENmumof2",
                "Posted 22 Jan 2024",
                "Reported. My son is autistic and in that 'unit'. He has as much right to an education as yours. Disgusting language.",
            ),
            ("NotAnotherUsername", "Posted 22 Jan 2024", "YABU and you know it. Reported."),
            (
                "Kernowmum22",
                "Posted 22 Jan 2024",
                "Mrs Angove is the best thing about that school. Go to Trevose Cross then, they'll be glad to see the back of you there too.",
            ),
        ),
    ),
    E("school", "exact", "hate"),
    E("mangove", "title_surname", "negative"),
)

add(
    "forum",
    reddit(
        "r/teachingUK",
        "Anyone work at Trevose Cross Academy? Cornwall",
        "lostinlesson",
        "Offered a maths job at Trevose Cross Academy, part of the Atlantic Coast trust. Good? Bad? Visited and the kids seemed nice but it was a Friday afternoon so who knows.",
        (
            (
                "kernowmaths",
                54,
                "Friend works there. Trust is very central, lots of 'common curriculum'. Head is nice. Parking is a nightmare.",
            ),
            ("lostinlesson", 22, "Thanks! Anyone know the St Kenna side for rent?"),
            (
                "cornish_pasty_ta",
                19,
                "Nothing to rent in St Kenna that isn't £1,500 a week in august lol. Try Liskeard or Bodmin.",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "townforum",
        "Clubs & Societies",
        "Polwenna Gig Rowing Club AGM - results",
        (
            (
                "PGRC_secretary",
                "Posted 18 Oct 2024, 20:30",
                """Thanks to everyone who came to the AGM last night at the Harbour Inn. Results:

Captain: Tamsin Trevithick (re-elected)
Vice captain: Jamie Rowe
Treasurer: Pete Hocking
Secretary: me again (Lou Pascoe) - nobody else put their hand up!
Boat officer: Mike Jago

Subs stay at £120 for adults. New juniors session Saturdays 9am from the harbour slip. The Kenna needs her bottom doing over winter - working parties every Sunday in November, bring sandpaper and a flask.""",
            ),
            (
                "DickyN",
                "Posted 18 Oct 2024, 21:02",
                "well done Tamsin. I'll bring a flask. Can't promise sandpaper.",
            ),
            ("gig_gran", "Posted 18 Oct 2024, 21:40", "Congratulations all. Proper job."),
        ),
    ),
)

add(
    "forum",
    forum(
        "studenthub",
        "Rants",
        "new rules at my school are actually insane",
        (
            (
                "pz_skater",
                "Posted 6 Sep 2023",
                "head h0ck1ng banned hoodies, banned phones, banned trainers, banned talking in the corridor basically. shes such a stuck up cow. whole school hates her. polw3nn4 is actually a prison now",
            ),
            ("not_a_fed", "Posted 6 Sep 2023", "why r u typing like that lol"),
            ("pz_skater", "Posted 6 Sep 2023", "school monitors the forum for names apparently 👀"),
            ("gcse_grind_07", "Posted 6 Sep 2023", "the corridor thing is mad tho"),
        ),
    ),
    E("khocking", "leetspeak", "abuse"),
    E("school", "leetspeak", "negative"),
)

add(
    "forum",
    forum(
        "townforum",
        "Clubs & Societies",
        "St Kenna regatta - a word about the college crew",
        (
            (
                "regatta_watcher",
                "Posted 12 Aug 2024, 09:00",
                "Not wanting to start anything but did anyone else see Jimmy Trevithick at the St Kenna regatta on Saturday? Three sheets to the wind by 2pm in the beer tent, and he was meant to be in charge of the PCC junior crew. Kids were wandering round the harbour on their own. He drove them home after. That's a sacking offence if you ask me.",
            ),
            (
                "gig_gran",
                "Posted 12 Aug 2024, 09:25",
                "That's a big thing to say on here. I was there all day and never saw him with a drink.",
            ),
            (
                "regatta_watcher",
                "Posted 12 Aug 2024, 09:31",
                "Well I did. Someone should tell the college.",
            ),
            (
                "PGRC_secretary",
                "Posted 12 Aug 2024, 10:10",
                "For the record the club's crews were supervised by club coaches. We can't speak for the school's arrangements. Please take concerns to the school directly.",
            ),
        ),
    ),
    E("jtrevithick", "nickname", "defamation"),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    reddit(
        "r/cornwall",
        "Is it just me or is every harbour town now just a car park with a view?",
        "grumpy_kernow",
        "Went into Polwenna yesterday for the first time since covid. Surf school vans on the slipway, paddleboarders everywhere, the pasty queue was 40 minutes and there wasn't a single boat unloading. Sad.",
        (
            (
                "dreckly_dan",
                201,
                "Polwenna's gone to the dogs since it went on instagram. My grandad fished out of there.",
            ),
            (
                "visiting_vic",
                87,
                "To be fair the surf school is great and the harbour is still gorgeous.",
            ),
            ("grumpy_kernow", 64, "Gorgeous to look at. Impossible to live in."),
            ("st_kenna_lass", 40, "Come in November, it's ours again then 😂"),
        ),
    ),
)

add(
    "forum",
    forum(
        "kernowboards",
        "General Chat",
        "Ukrainians taking jobs at the college",
        (
            (
                "TrueKernow",
                "Posted 7 Dec 2023",
                "All this sob story about the Ukrainian teacher in the paper. There's a local lad with a chemistry degree working in the pasty shop because she got the job. I know where that Bondarenko woman parks her car every morning, by the lifeboat house. Wouldn't be surprised if it's not there one day, or if she isn't either.",
            ),
            (
                "penhallow_pete",
                "Posted 7 Dec 2023",
                "Reported to the mods and the police. That is a threat, plain and simple.",
            ),
            (
                "Mod_K",
                "Posted 7 Dec 2023",
                "User banned and post passed to Devon and Cornwall Police. This board does not tolerate threats.",
            ),
        ),
    ),
    E("obondarenko", "surname_only", "threat"),
)

add(
    "forum",
    forum(
        "kernowboards",
        "General Chat",
        "that gig coach from the college",
        (
            (
                "angry_rower_dad",
                "Posted 3 Jul 2024",
                "Trevithick dropped my daughter from the county crew for 'attitude'. Bloke lives at Chy an Mor, 2 Cliff Road, Penhallow, the white house with the blue gig oars on the wall. His landline is 01632 960887. Feel free to let him know what you think of his coaching.",
            ),
            (
                "Mod_K",
                "Posted 3 Jul 2024",
                "Removed address and phone. Do not post people's personal details.",
            ),
            (
                "gig_gran",
                "Posted 3 Jul 2024",
                "Shame on you. He's given hundreds of hours to those kids for free.",
            ),
        ),
    ),
    E("jtrevithick", "surname_only", "doxxing"),
)

# ---- reviews: tourist sites, maps reviews of the school, holiday lets, staff reviews

add(
    "review",
    review(
        "TripVerdict",
        "Things to do in Polwenna › Polwenna Harbour",
        "Polwenna Harbour · 4.5 ★ · 2,318 reviews · #1 of 14 things to do in Polwenna",
        (
            (
                "5",
                "GeorgieTravels",
                "Reviewed 14 August 2024 · Family",
                "Bloody brilliant little harbour",
                "Bloody brilliant. Watched the crabbers come in, the kids did crabbing off the quay for about four hours straight, had a pasty on the harbour wall and got mugged by a seagull (lesson learned). Top tip: we parked at the Polwenna College overflow field at the top of the hill, £5 for the day, lovely marshals, and it's all downhill to the harbour. Not so fun walking back up with a toddler on your shoulders!",
            ),
            (
                "4",
                "Mike_from_Leeds",
                "Reviewed 2 August 2024 · Couples",
                "Gorgeous but heaving",
                "Stunning spot but in August it is RAMMED. Go early. The lifeboat station has a little shop which is worth a look.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "review",
    review(
        "StayFinder",
        "Polwenna › Gull's Rest, Chapel Hill (sleeps 6)",
        "Gull's Rest · 4.1 ★ · 56 reviews · Managed by Penrose Coastal Lets",
        (
            (
                "2",
                "Caroline H",
                "Stayed June 2024",
                "Not the peaceful retreat advertised",
                "The cottage itself is beautifully finished and the beds are comfortable. However, nowhere in the listing does it mention that it is directly opposite Polwenna Community College. From 8.15 every morning there are hundreds of teenagers shrieking past the window, a bell goes at 8.40 that you can hear in the bath, and at lunchtime they congregate on the wall outside eating chips and swearing. We paid over £2,000 for the week. Not what we expected at all. The owners should make this clear.",
            ),
            (
                "5",
                "The Wilsons",
                "Stayed August 2024",
                "Perfect base",
                "School holidays so no noise at all! Lovely cottage, easy walk to the harbour.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        "TripVerdict",
        "Things to do in Polwenna › Polwenna Surf School",
        "Polwenna Surf School · 4.9 ★ · 874 reviews",
        (
            (
                "5",
                "SurfMumOf3",
                "Reviewed 20 July 2024 · Family",
                "Jamie T was incredible with the kids",
                "Booked a family lesson and our instructor Jamie T. was amazing - patient with our nervous 9 year old and had our teenager standing up by the end. Wetsuits were clean and the hot chocolate after was a nice touch. Will be back next year.",
            ),
            (
                "5",
                "Dan R",
                "Reviewed 11 July 2024 · Friends",
                "Proper job",
                "As the locals say, proper job! Great instructors, great vibe, great waves (for Polwenna anyway, it's not Fistral).",
            ),
        ),
    ),
)

add(
    "review",
    review(
        "TripVerdict",
        "Restaurants in Polwenna › Polwenna Pasty Co.",
        "Polwenna Pasty Co. · 4.2 ★ · 1,602 reviews · £ · Bakery, British",
        (
            (
                "3",
                "Lizzie_B",
                "Reviewed 6 August 2024",
                "Good pasty, shocking queue",
                "Pasty itself was very good. Queued for 35 minutes in the sun. A local man behind us said the ones at Nancarrow's on the quay are better and half the wait, so we'll try there next time.",
            ),
            (
                "5",
                "HungryHiker",
                "Reviewed 1 August 2024",
                "Worth every penny",
                "Large steak pasty on the coast path to Penhallow. Heaven.",
            ),
            (
                "1",
                "Disappointed_Devonian",
                "Reviewed 28 July 2024",
                "Carrot",
                "There was carrot in it. Enough said.",
            ),
        ),
    ),
)

add(
    "review",
    review(
        "MapReviews",
        "Polwenna Community College · Secondary school · Chapel Hill, Polwenna",
        "3.1 ★ · 48 reviews",
        (
            (
                "1",
                "Tanya R",
                "3 weeks ago",
                "",
                "Teachers don't care. I've emailed mrs jago bray FOUR times about my daughter being left out of her options and not one reply. The school only cares about its ofsted grade. Avoid.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("kjagobray", "hyphenated", "negative"),
)

add(
    "review",
    review(
        "MapReviews",
        "Polwenna Community College · Secondary school · Chapel Hill, Polwenna",
        "3.1 ★ · 48 reviews",
        (
            (
                "5",
                "Dave Hoskin",
                "2 months ago",
                "",
                "Mr Trevithick and Mr Penrose turned my son around. He was heading nowhere in year 11 and now he's in the sixth form, rowing for the county and talking about uni. Proper job, thank you both.",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
    E("jtrevithick", "title_surname", "neutral"),
    E("tpenrose", "title_surname", "neutral"),
)

add(
    "review",
    review(
        "MapReviews",
        "Polwenna Community College · Secondary school",
        "3.1 ★ · 48 reviews",
        (
            (
                "1",
                "Kelly J",
                "1 week ago",
                "",
                "Oh great, ANOTHER inset day on a Friday. Well done Polwenna, truly inspirational. I'll just take yet another day off work unpaid shall I. Really thinking of working families there. 👏👏👏",
            ),
        ),
    ),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        "TrustScore",
        "Penrose Coastal Lets",
        "TrustScore 3.4 · 212 reviews · Holiday letting agency · Polwenna, Cornwall",
        (
            (
                "1",
                "R. Davies",
                "Mar 2024",
                "Deposit withheld for 'sand'",
                "Kept £150 of our deposit for 'excessive sand in the property'. It's a beach cottage! Gavin Penrose never returned calls. Avoid.",
            ),
            (
                "5",
                "Helen M",
                "Feb 2024",
                "Lovely cottages",
                "Third year with Penrose, always spotless, Tom in the office very helpful with our late arrival.",
            ),
            (
                "2",
                "Chris W",
                "Jan 2024",
                "Winter let nightmare",
                "Rented a 'long term' flat through them, told to leave at Easter so it could go back on holiday sites. Not long term then is it.",
            ),
        ),
    ),
)

add(
    "review",
    review(
        "MapReviews",
        "Polwenna Community College · Secondary school",
        "3.1 ★ · 48 reviews",
        (
            (
                "1",
                "Sharon Tregear",
                "5 months ago",
                "",
                "Mrs Hocking acts like she's better than the rest of us. Stuck up cow who looks down her nose at local families and wouldn't know a hard day's work if it bit her. My son was excluded for nothing. School was better before she came.",
            ),
            (
                "",
                "Response from the owner",
                "5 months ago",
                "",
                "Thank you for your feedback. We are sorry to hear you are unhappy. Please contact the school office on 01632 960250 so that we can discuss your concerns.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("khocking", "title_surname", "abuse"),
)

add(
    "review",
    review(
        "StaffRoomRate",
        "Polwenna Community College (Cornwall) › Employee reviews",
        "2.9 ★ · 17 reviews · Would recommend to a friend: 41%",
        (
            (
                "2",
                "Teacher (current employee)",
                "November 2023",
                "Lovely kids, exhausting leadership",
                "Pros: The students are genuinely lovely, the location is stunning, and departments are supportive. Good CPD budget for a maintained school.\n\nCons: SLT culture is top-down. K. Jago-Bray runs everything by spreadsheet and learning walks happen weekly with little feedback. Workload is high and marking policy is unrealistic. Housing in the area is nearly impossible on a teacher's salary.\n\nAdvice to management: Trust your staff. Fewer initiatives, more time.",
            ),
            (
                "4",
                "Support staff (former employee)",
                "August 2023",
                "Good place, underpaid",
                "Friendly staff room, great sense of community. Pay for support staff is poor and the site team is stretched thin.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("kjagobray", "initial_surname", "negative"),
)

add(
    "review",
    review(
        "TripVerdict",
        "Things to do in Polwenna › Polwenna RNLI Lifeboat Station & Shop",
        "Polwenna RNLI Lifeboat Station · 4.8 ★ · 611 reviews",
        (
            (
                "5",
                "Norfolk_Nigel",
                "Reviewed 19 July 2024",
                "Fascinating and free",
                "Had a chat with one of the crew, a chap called Pascoe who's been on the boat 20-odd years. Fascinating stories. Shop is small but everything goes to a great cause. Put something in the box.",
            ),
            (
                "5",
                "Amy K",
                "Reviewed 3 July 2024",
                "Watched a launch!",
                "Happened to be there when they launched for a shout. Amazing to see. Thank you to the volunteers.",
            ),
        ),
    ),
)

add(
    "review",
    review(
        "MapReviews",
        "Polwenna Primary School · Primary school · Harbour Road, Polwenna",
        "4.6 ★ · 22 reviews",
        (
            (
                "5",
                "Gemma Nancarrow",
                "1 month ago",
                "",
                "Small, caring school. Mrs Rowe in reception class is wonderful and knows every child. My two have been so happy here. Sad the numbers are dropping because of all the holiday lets.",
            ),
            (
                "4",
                "Jon P",
                "4 months ago",
                "",
                "Lovely school. Parking at drop off is a nightmare in summer term.",
            ),
        ),
    ),
)

add(
    "review",
    review(
        "MapReviews",
        "Polwenna Community College · Secondary school",
        "3.1 ★ · 48 reviews",
        (
            (
                "5",
                "Lou Bray",
                "2 weeks ago",
                "",
                "Bloody brilliant school, don't listen to the moaners. My daughter was so anxious starting year 7 and now she loves it. Mrs Nancarrow is an absolute legend, my girl reads every night now which I never thought I'd see. The drama shows are fantastic too. Proper ansum.",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
    E("snancarrow", "title_surname", "neutral"),
)

add(
    "review",
    review(
        "ParentView Reviews",
        "Schools near Polwenna, Cornwall › Polwena Comunity Colege",
        "Reviews submitted by parents · not moderated",
        (
            (
                "2",
                "mum2boys",
                "2023",
                "",
                "polwena comunity colege is ok but the homework is to much and the uniform is to expensive. also the canteen runs out of food by 1 o clock and my son who is a growing lad comes home starving every day. they need to sort it out",
            ),
        ),
    ),
    E("school", "typo", "negative"),
)

add(
    "review",
    review(
        "TripVerdict",
        "Restaurants in Polwenna › The Sail Loft Café",
        "The Sail Loft Café · 4.6 ★ · 389 reviews · ££ · Café",
        (
            (
                "5",
                "Jo and Pete",
                "Reviewed 30 August 2024 · Couples",
                "Lovely breakfast, lovely staff",
                "Great crab on toast and proper coffee. The young staff (sixth formers from Polwenna College, the owner told us) were so polite and cheerful even though it was packed. Credit to them and their school.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "review",
    review(
        "MapReviews",
        "Pascoe's Driving School · Driving school · St Kenna",
        "4.9 ★ · 91 reviews",
        (
            (
                "5",
                "Ellie W",
                "1 month ago",
                "",
                "Rob Pascoe is the most patient instructor ever. Passed first time with 2 minors! Would recommend to anyone in the Polwenna / St Kenna area.",
            ),
            (
                "5",
                "Jake T",
                "3 months ago",
                "",
                "Rob got me through after I failed with two other instructors. Legend.",
            ),
        ),
    ),
)

add(
    "review",
    review(
        "MapReviews",
        "Polwenna Community College · Secondary school",
        "3.1 ★ · 48 reviews",
        (
            (
                "1",
                "Concerned Parent",
                "6 days ago",
                "",
                "This school is cooking the books. Dr Hocking has been off-rolling kids before their GCSEs - persuading parents to 'home educate' so the results look better - and fiddling the attendance figures to hide it. It's illegal and everyone in Polwenna knows it. Ofsted need to look properly.",
            ),
            (
                "",
                "Response from the owner",
                "5 days ago",
                "",
                "We take all concerns seriously. The claims in this review are untrue. Please contact the headteacher's PA via the school office.",
            ),
        ),
    ),
    E("school", "exact", "defamation"),
    E("khocking", "title_surname", "defamation"),
)

add(
    "review",
    review(
        "TripVerdict",
        "Things to do in Polwenna › Polwenna Gig Rowing Club taster sessions",
        "Polwenna Gig Rowing Club · 4.9 ★ · 47 reviews",
        (
            (
                "5",
                "Hannah_Rows",
                "Reviewed 9 June 2024",
                "Best thing we did all holiday",
                "Booked a taster session. Tamsin the captain was brilliant, explained everything, and Jamie Rowe coxed us round the harbour mouth. Hard work but amazing. Bring gloves!",
            ),
        ),
    ),
)

add(
    "review",
    review(
        "TripVerdict",
        "Polwenna, Cornwall › Travel forum review",
        "Polwenna · Town · 4.4 ★",
        (
            (
                "3",
                "WeekendWanderer",
                "Reviewed 2 September 2024",
                "Pretty but a bit hostile to visitors",
                "Gorgeous town, great beach. But there's a real 'us and them' atmosphere - a sign in a window saying 'Emmets go home', a man on the quay muttering about second homes. Even a teenager outside the big school at the top (Polwenna Community College I think) shouted something about emmets at our car. We spend our money here too! Probably won't be back.",
            ),
        ),
    ),
    E("school", "exact", "neutral"),
)

add(
    "review",
    review(
        "MapReviews",
        "Polwenna Community College · Secondary school",
        "3.1 ★ · 48 reviews",
        (
            (
                "4",
                "Jen Kitto",
                "3 months ago",
                "",
                "Mostly really good. Danny K. in geography is the best teacher my son has ever had, he took them storm-chasing on Penhallow Point (safely!). Knocked a star off because the car park at pick-up is chaos.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("dkessell", "first_initial", "neutral"),
)

# ---- social: X, Bluesky, Threads, TikTok comments, Instagram captions

add(
    "social",
    social(
        "TikTok",
        "@kernowkid.x",
        "2d",
        "pov: ur back in drama after half term 🎭 #fyp #drama #cornwall",
        replies=(
            (
                "@lowennaaa",
                "mr trounson's drama class was the only reason i turned up to school ngl",
            ),
            ("@kernowkid.x", "real 😭 best teacher fr"),
        ),
    ),
    E("ztrounson", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Becky Oates @beckyo_stk",
        "8:02 AM · 19 Apr 2024",
        "@PolwennaCC another inset day?? third this term. incredible. truly inspirational stuff for us working parents 🙄🙄",
        stats="💬 4  🔁 2  ❤️ 31",
    ),
    E("school", "handle", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "polwenna.sixthform",
        "June 29",
        "prom night 🥂✨ what a year. so proud of our leavers!! #polwennacollege #leavers2024 #prom #cornwall",
        replies=(
            ("lowenna.t", "best night everrr 💙"),
            ("kitn_07", "we ate 🔥"),
            ("dave_19xx", "some of them year 13 girls 👀👀 legal yet? asking for a friend 😏"),
            ("mum.of.morwenna", "@dave_19xx reported. vile."),
        ),
    ),
    E("school", "hashtag", "sexual", url_only=True),
)

add(
    "social",
    social(
        "TikTok",
        "@ur.local.menace",
        "5h",
        "third detention this week from kessell bc i 'forgot' my planner 🙄 if he gives me one more im gonna batter him i swear down",
        replies=(("@ell4_xo", "😭😭 hes so strict"), ("@ur.local.menace", "jk jk (unless 👀)")),
    ),
    E("dkessell", "surname_only", "threat"),
)

add(
    "social",
    social(
        "X",
        "Polwenna PTA @PolwennaPTA",
        "4:41 PM · 18 Mar 2024",
        "Threatening teachers is never ok. Proud of how @PolwennaCC staff handled a horrible situation today and kept every child safe. 💙 Thank you all.",
        stats="💬 12  🔁 19  ❤️ 204",
    ),
    E("school", "handle", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@chem.is.try.kernow",
        "1w",
        "miss b explaining titration for the 5th time bc none of us were listening 😭 lesya we love you pls dont give up on us #chemistry #alevel",
        replies=(("@yr12.pz", "she's actually the goat"),),
    ),
    E("obondarenko", "nickname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Kernow First 🏴 @kernowfirst_",
        "10:14 PM · 2 Dec 2023",
        "Why is a Ukrainian teaching chemistry in a Cornish school when our own graduates can't get jobs? Bondarenko should go back where she came from and take the rest of them with her. Cornwall for the Cornish. #cornwall",
        stats="💬 88  🔁 6  ❤️ 14",
    ),
    E("obondarenko", "surname_only", "hate"),
)

add(
    "social",
    social(
        "Bluesky",
        "Rob Pascoe @rob-pascoe-maths.bsky.example",
        "16 Jan 2024",
        "Year 11 mock results in. Some of my lot have gone up two grades since September and I could not be prouder. Dreckly we'll have the best maths results in Cornwall 😄 #PCCmaths",
    ),
    E("rpascoe", "nickname", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@year10.chaos",
        "3d",
        "teachers at my school as sea creatures 🐟 (part 2)",
        replies=(
            ("@jxck.r", "mr pascoe is defo a walrus 💀💀 the moustache"),
            ("@year10.chaos", "LMAOO and hes just as fat"),
            ("@ell4_xo", "nah this is mean 😭"),
        ),
    ),
    E("rpascoe", "title_surname", "abuse"),
)

add(
    "social",
    social(
        "X",
        "Lowenna 🌊 @lowenna_sails",
        "9:20 PM · 1 Mar 2024",
        "Thinking of everyone at Polwenna after the news about Mr Rowe today. Whatever happens he drove us to every single fixture for 7 years and never once complained about our music 💙",
    ),
    E("school", "short_name", "neutral"),
    E("wrowe", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "polwennasurfschool",
        "July 12",
        "Glassy little peelers this morning 🌊 Last few spaces on Saturday's family lesson - link in bio. #polwenna #surfcornwall #surfschool",
        replies=(("jamie.t.surf", "was a proper session 🤙"),),
    ),
)

add(
    "social",
    social(
        "X",
        "Jess 🐚 @jessmakesmess",
        "7:55 AM · 8 Jan 2024",
        "so that h o c k i n g woman has now banned SKIRTS?? my daughter's been sent home for a skirt that was 'two inches too short'. absolute joke, it's a school not a nunnery",
        stats="💬 23  🔁 5  ❤️ 96",
    ),
    E("khocking", "spacing", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@sixthform.diaries.kw",
        "2w",
        "mr p.e.n.r.o.s.e really said 'the ucas deadline is not a suggestion' with his whole chest 💀💀 #sixthform #ucas",
        replies=(("@yr13.pz", "he said it to me 4 times today"),),
    ),
    E("tpenrose", "obfuscated", "neutral"),
)

add(
    "social",
    social(
        "X",
        "angry dad @thinkoftheboys",
        "11:32 PM · 12 Feb 2024",
        "Here's the personal email of Mrs Nancarrow, the 'teacher' who gave my son a detention for his haircut: sarah.nancarrow.1984@kernowmail.example - let her know what you think of her petty rules. Her home is the yellow house on Trelawney Terrace too if anyone's passing.",
        stats="💬 7  🔁 3  ❤️ 2",
    ),
    E("snancarrow", "title_surname", "doxxing"),
)

add(
    "social",
    social(
        "Threads",
        "polwenna_afc",
        "2 Dec",
        "FT: Polwenna AFC 3-1 St Kenna Wanderers. Get in!! Rowe (2), Nancarrow. Top of the league 🔵⚪ #UpThePol",
    ),
)

add(
    "social",
    social(
        "X",
        "Old Git Gaz @gazza_kernow",
        "6:11 PM · 30 Jan 2024",
        "p0lw3nn4 c0ll3g3 is a pr1son with a sea view. my nephew gets more freedom in a young offenders unit lol. useless the lot of them",
        stats="💬 1  🔁 0  ❤️ 3",
    ),
    E("school", "leetspeak", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "gig.girlies.pz",
        "May 3",
        "county training 🚣‍♀️💪 6am, 8 degrees, zero complaints (lies)",
        replies=(
            ("rowan.k_", "Trеvithick is such a knob for making us do 3 pieces in that wind 🥶"),
            ("gig.girlies.pz", "he's a knob but he's OUR knob 😂"),
        ),
    ),
    E("jtrevithick", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "@polwenna.college.official",
        "4d",
        "Polwenna College swimming gala 2024 🏊 what an afternoon! Well done to every single swimmer 💙 #schoolsport",
        replies=(
            ("@grandma.pz", "well done everyone!!"),
            ("@rk_1979", "the year 10 girls on the relay 😍😍 which one's single"),
            ("@grandma.pz", "@rk_1979 disgusting, reported"),
        ),
    ),
    E("school", "alias", "sexual", url_only=True),
)

add(
    "social",
    social(
        "X",
        "Dean T @deant_kernow",
        "9:48 PM · 22 Mar 2024",
        "Mrs Nancarrow you'd better watch your back. You've ruined my boy's predicted grade out of spite and I won't forget it. Small town. Very small town.",
        stats="💬 2  🔁 0  ❤️ 1",
    ),
    E("snancarrow", "title_surname", "threat"),
)

add(
    "social",
    social(
        "X",
        "Polwenna Gig Rowing Club @PolwennaGigs",
        "7:30 AM · 22 Jun 2024",
        "Good luck to Polwenna Community College's junior crews racing at the county championships in Newquay today! Our Kenna is on the trailer and ready 🚣 #gigrowing",
    ),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@kitn_07",
        "1d",
        "MrsHocking really said 'phones are a privilege not a right' in assembly today and then checked her phone on the way out 💀💀 the hypocrisy",
        replies=(("@lowennaaa", "i SAW that 😭"),),
    ),
    E("khocking", "camelcase", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@yr12.pz",
        "6d",
        "sasha is literally the best teacher i have ever had, she came here with nothing and she still stays til 6 every night helping us with practicals. protect her at all costs 🇺🇦💙",
        replies=(
            ("@chem.is.try.kernow", "this is so true"),
            ("@randomuser8841", "who's sasha"),
            ("@yr12.pz", "@randomuser8841 our chem teacher mrs bondarenko at polwenna"),
        ),
    ),
    E("obondarenko", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Cornish Patriot @tre_pol_pen_1549",
        "8:15 PM · 9 Feb 2024",
        "Went to the so-called play up Polwenna College. The drama teacher Trounson is a raging poof and it shows - prancing about teaching our boys to dance in tights. Men like him shouldn't be allowed to teach. Disgusting.",
        stats="💬 41  🔁 3  ❤️ 9",
    ),
    E("ztrounson", "surname_only", "hate"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Real Talk Cornwall @realtalkkernow",
        "12:02 PM · 14 May 2024",
        "This is what happens when you put a woman in charge of a school. @PolwennaCC's head Hocking spends her time on Radio Cornwall instead of doing her job. Women haven't got the backbone for it. Should be at home baking.",
        stats="💬 67  🔁 4  ❤️ 11",
    ),
    E("khocking", "surname_only", "hate"),
    E("school", "handle", "neutral"),
)

add(
    "social",
    social(
        "Bluesky",
        "Dan Kessell @dankessellgeog.bsky.example",
        "4 Oct 2024",
        "Year 13 geography fieldwork on the cliffs at Penhallow today. Ansum day, saw a pod of dolphins off the point and nobody fell in. Thanks to @polwennacc.bsky.example for the minibus and to our students for being brilliant.",
    ),
    E("dkessell", "exact", "neutral"),
    E("school", "handle", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@kernow.lad.99",
        "2w",
        "replying to the polwenna college leavers vid",
        replies=(
            (
                "@kernow.lad.99",
                "that sixth form girl in the blue dress at 0:14 😏 dm me gorgeous, i don't bite (much)",
            ),
            ("@lowennaaa", "she's 17 you creep. reported"),
            ("@kernow.lad.99", "old enough 🤷"),
        ),
    ),
    E("school", "alias", "sexual", url_only=True),
)

add(
    "social",
    social(
        "X",
        "anon @kernowknows",
        "3:03 PM · 4 Apr 2024",
        "Heard PCC's head of maths Pascoe has been pocketing the school trip money for years. Where did the Barcelona deposits go? Someone should audit him.",
        stats="💬 9  🔁 2  ❤️ 15",
    ),
    E("rpascoe", "surname_only", "defamation"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@sunset.chaser.uk",
        "3d",
        "golden hour at polwenna beach 🌅 cornwall you have my heart #polwenna #cornwall #beach #travel",
        replies=(("@dreckly.dave", "emmet 😂"), ("@sunset.chaser.uk", "guilty 🙋‍♀️")),
    ),
)

add(
    "social",
    social(
        "X",
        "Devon & Cornwall PCC @DCPCC_news",
        "10:00 AM · 11 Apr 2024",
        "Today the PCC announced funding for extra summer patrols in Polwenna, Looe and St Ives. Coastal communities deserve to feel safe all year round. #CommunitySafety",
    ),
)

add(
    "social",
    social(
        "TikTok",
        "@chloe.k.kw",
        "2d",
        "miss rowe was my english teacher in 2012 and i just bumped into her in the co-op and she STILL remembered my essay on of mice and men 😭😭 icon",
        replies=(("@beth.pz", "omg she taught me too in like 2014, still the best teacher ever"),),
    ),
    E("snancarrow", "alias", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "kerry.rowe.pz",
        "October 10",
        "Billy Rowe 1940 - 2024. Fair winds grandad ⚓ the quay won't be the same. #polwenna #fishermanforever",
    ),
)

add(
    "social",
    social(
        "X",
        "Polwenna Parent @pol_parent",
        "9:40 PM · 7 Feb 2024",
        "Just back from Under Milk Wood. @mr.trounson.drama's year 8s and 9s absolutely smashed it tonight 👏 hummed the sea and I cried. Polwenna College at its best.",
    ),
    E("ztrounson", "handle", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@gym.rat.kw",
        "1w",
        "mrs bray is actually a dragon bro she gave me a 2 hour detention for 'tone' 🐉🐉 #polwennacollege",
        replies=(
            (
                "@ell4_xo",
                "jago bray is scary scary",
            ),
            ("@gym.rat.kw", "she breathes fire fr"),
        ),
    ),
    E("kjagobray", "hyphenated", "abuse"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "beth.reads.books",
        "Oct 30",
        "half term reading pile 📚🍂 mrs n*ncarrow set us THREE essays over half term so this is all i'm doing. pray for me",
        replies=(("chloe.k.kw", "she did the same to us 😭 worth it though"),),
    ),
    E("snancarrow", "obfuscated", "negative"),
)

add(
    "social",
    social(
        "X",
        "Morwenna P 🐬 @morwennap_",
        "6:30 PM · 15 Aug 2024",
        "3 A*s!!!! marine biology at plymouth here i come 🐬🐬 massive thank you to Tom P. for literally holding my hand through ucas and to my mum for the pasties",
    ),
    E("tpenrose", "first_initial", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@lads.on.tour.kw",
        "5d",
        "rating the teachers at my school out of 10 (gone wrong) 😳",
        replies=(
            ("@jxck.r", "mrs jago-bray is a milf ngl 🥵 would let her give me detention"),
            ("@lads.on.tour.kw", "BRO 💀💀💀"),
            ("@ell4_xo", "u lot are gross"),
        ),
    ),
    E("kjagobray", "title_surname", "sexual"),
)

add(
    "social",
    social(
        "Threads",
        "PolwennaCollegeOfficial",
        "3 Sep",
        "Welcome back everyone! Year 7s, we can't wait to meet you this morning. Remember: Chapel Hill gate opens at 8.15. 💙",
    ),
    E("school", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Kit 🏄 @kit_curnow",
        "4:12 PM · 9 Oct 2023",
        "pascoe's detentions are a joke. 45 mins for forgetting a protractor. who even owns a protractor in 2023",
        stats="❤️ 12",
    ),
    E("rpascoe", "possessive", "negative"),
)

add(
    "social",
    social(
        "X",
        "Cornwall Education News @kernow_edu",
        "11:00 AM · 16 Aug 2024",
        "Polwenna's sixth form results are its best in a decade - 41% A*-B, up from 29% in 2019. A remarkable turnaround for a small coastal sixth form. 👏",
        stats="💬 3  🔁 14  ❤️ 77",
    ),
    E("school", "possessive", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Jory 🌊 @jory_lifeboat_pz",
        "7:05 PM · 30 Sep 2024",
        "Good to see the sixth formers swimming for the boat today. And no, I'm not the maths teacher, stop asking 😂",
        stats="❤️ 54",
    ),
)

add(
    "social",
    social(
        "X",
        "Polwenna Parent @pol_parent",
        "8:10 AM · 21 Jun 2024",
        "#JusticeForMrPascoe trending in our house this morning. Whoever made that anonymous complaint should be ashamed. Good man, good teacher.",
        stats="💬 6  🔁 8  ❤️ 61",
    ),
    E("rpascoe", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@gcse.survivor",
        "3w",
        "mr trevithik made us run to penhallow and back in PE today. in the RAIN. i'm reporting this to the un",
        replies=(("@jxck.r", "he's a machine 😭"),),
    ),
    E("jtrevithick", "typo", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@ukr.in.cornwall",
        "1w",
        "мама каже що місіс Бонаренко найкраща вчителька 💙💛 my mum says mrs bondarenco is the best teacher at polwenna",
        replies=(("@yr12.pz", "💙💛💙💛"),),
    ),
    E("obondarenko", "typo", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "st_kenna_wi",
        "March 2",
        "Lovely turnout for our craft morning! Thank you to Sarah Rowe for the bunting demo and to Pat for the saffron buns 🧵☕ #stkenna #cornwall",
    ),
)

add(
    "social",
    social(
        "X",
        "Mel @mel_in_pz",
        "3:45 PM · 6 Jun 2024",
        "polwenna coll have lost my daughter's coursework for the SECOND time. nobody in the office knows anything. 🤬",
        stats="💬 2  ❤️ 8",
    ),
    E("school", "short_name", "negative"),
)

# ---- facebook: community groups, parents' groups

PARENTS = "Polwenna College Parents (unofficial) · Private group · 1.4K members"
NOTICEBOARD = "Polwenna & St Kenna Community Noticeboard · Public group · 6.2K members"
SPOTTED = "Spotted: Polwenna · Public group · 3.9K members"
MUMS = "Cornish Mums Chat 🌊 · Public group · 11K members"
SAVE = "Save Polwenna - Homes Not Holiday Lets · Public group · 2.1K members"
PENHALLOW = "Penhallow Village Chat · Private group · 310 members"

add(
    "facebook",
    facebook(
        PARENTS,
        "Claire Hosking",
        "18 Jan at 19:02",
        "does anyone know if the college bus is running tomorrow?? snow forecast for penhallow and nothing on the website 🙄",
        comments=(
            ("Tracey Lobb", "billy said its running dreckly lol. so maybe wednesday"),
            ("Claire Hosking", "😂😂 classic"),
            ("Mark Pearce", "text came through just now, running but 30 mins late"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("wrowe", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        NOTICEBOARD,
        "Jan Tonkin",
        "3 Aug at 08:14",
        "LOST DOG 🐶 Our little terrier Pip slipped his lead on the harbour beach at Polwenna last night about 9pm. Brown and white, very friendly, answers to Pip (or biscuits). Please share!! 07700 900512",
        comments=(
            (
                "Sue Angove",
                "Shared. Keep an eye on the coast path toward Penhallow, they often head that way",
            ),
            (
                "Jan Tonkin",
                "FOUND!! Thank you all, he was in the Harbour Inn beer garden eating chips 🙈",
            ),
        ),
    ),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Natalie Curnow",
        "2 Aug at 21:30",
        "£45 for a blazer with the PCC logo on it. £45!!! and they have to have the logo one, not supermarket. are they having a laugh. some of us are working three jobs in the season to get by",
        comments=(
            (
                "Gemma Rowe",
                "mrs jago-bray said at the parents forum they'd do a second hand sale in september",
            ),
            ("Natalie Curnow", "good, about time"),
            (
                "Paul Kitto",
                "the logo is sewn on you can buy them separately for £4 from the office and stitch it on a plain one. don't tell anyone 🤫",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("kjagobray", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        SPOTTED,
        "Anonymous member",
        "14 May at 07:20",
        "Spotted: the fit PE teacher from the college running along the coast path this morning with his top off 🥵🥵 Mr Trevithick you can give me a fireman's lift anytime. Some of us mums need rescuing 😏",
        comments=(
            ("Kerry Rowe", "🤣🤣🤣 i'm crying"),
            ("Lisa Pascoe", "behave yourselves ladies!!"),
            ("Anonymous member", "what time does he run? asking for science"),
        ),
    ),
    E("jtrevithick", "title_surname", "sexual"),
)

add(
    "facebook",
    facebook(
        SAVE,
        "Maureen Hicks",
        "10 Jan at 20:45",
        """Update from last night's town council meeting 🏠

They OBJECTED to the 14 holiday lodges on Chapel Hill! 5 votes to 1. Thank you to everyone who wrote in - 112 objections.

Huge thanks also to Polwenna Community College, who put in a detailed objection and whose headteacher Mrs Hocking came and spoke at the consultation event in December. It's not easy for a head to put her head above the parapet (pun intended) and she's taken a lot of flak from certain people for it.

Now it goes to Cornwall Council. Keep writing! Link to the portal in comments.""",
        comments=(
            ("Dave Oates", "Great news. Proper job everyone."),
            ("Sue P", "Mrs H is a star"),
            ("Maureen Hicks", "Portal: planning ref PA23/09981"),
        ),
    ),
    E("school", "exact", "neutral"),
    E("khocking", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        NOTICEBOARD,
        "Giles Whitworth-Lane",
        "14 Sep at 08:02",
        "To whoever the caretaker is up at Polwenna College who keeps revving that bloody minibus at 7am outside my holiday let on Chapel Lane: my guests are on holiday, mate. Do it again and someone's going to give you a slap. The school clearly couldn't care less about its neighbours.",
        comments=(
            (
                "Mary Lobb",
                "That'll be Billy Rowe, and he's been doing it thirty years, since before you bought your 'let'. Threatening a 58 year old man who drives kids to school. Lovely.",
            ),
            (
                "Giles Whitworth-Lane",
                "I didn't threaten anyone. I said SOMEONE might. Big difference.",
            ),
            ("Steve Oates", "not really giles"),
            (
                "Admin - Polwenna Noticeboard",
                "Comments turned off. Please don't threaten people in this group.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("wrowe", "nickname", "threat"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Donna Hoskin",
        "22 Feb at 13:10",
        """Honestly is it just me or are some teachers just nasty. My eldest had her when she was still Miss Rowe, now she's Mrs Nancarrow at Polwenna and my youngest has her and she's STILL a snotty stuck up cow who picks on the kids who aren't 'bookish'. Some people shouldn't be teachers""",
        comments=(
            ("Amy T", "aw sorry hun, have you spoken to the head of year?"),
            ("Lou Bray", "Mrs Nancarrow is brilliant tbh, my girl loves her. Each to their own"),
            ("Donna Hoskin", "she's brilliant to the clever ones Lou"),
        ),
    ),
    E("snancarrow", "title_surname", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Jason Pearce",
        "27 Jun at 18:45",
        "Mr Pascoe's mobile is 07700 900236 if anyone wants to ask him why the year 11s haven't had a proper maths teacher since Easter. He's never off it on the harbour wall so he'll answer.",
        comments=(
            ("Claire Hosking", "Jason you can't post his personal number!!"),
            (
                "Tracey Lobb",
                "office number is 01632 960250 use that, ask for the head of year. posting his mobile is out of order",
            ),
            ("Admin", "Post will be removed. Please don't share staff personal details."),
        ),
    ),
    E("rpascoe", "title_surname", "doxxing"),
    E("school", "alias", "negative"),
)

add(
    "facebook",
    facebook(
        PENHALLOW,
        "Sheila Kitto",
        "11 Nov at 10:30",
        "Bingo at the village hall Friday 7.30! 🎱 Sarah Rowe is calling again by popular demand (no rude numbers this time Sarah 😂). Raffle in aid of the hall roof. Bring a plate.",
        comments=(("Sarah Rowe", "I make no promises 😇"), ("Pete H", "two fat ladies 88!")),
    ),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Lisa Kitto",
        "19 Jul at 21:05",
        "Massive thank you to Maggie Angove for everything she's done for our boy this year. We finally got his EHCP after two years of fighting and she was with us every step of the way. Proper ansum lady. PCC is lucky to have her 💙",
        comments=(
            ("Kernow Mum", "she's amazing, did the same for my daughter"),
            ("Lisa Kitto", "she even rang us on a Sunday once to check he was ok"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("mangove", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        NOTICEBOARD,
        "Harbour Watch Polwenna",
        "30 Jul at 16:22",
        "Polwenna Surf School van parked across the Harbour Road slip AGAIN. Lifeboat tractor couldn't get through at 2pm. This is the third time. Move it.",
        comments=(
            ("Polwenna Surf School", "Apologies, new driver, it won't happen again 🙏"),
            ("Jory Pascoe", "Appreciated. Slip needs to be clear 24/7 please all."),
        ),
    ),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Anonymous participant",
        "12 Mar at 22:40",
        "Has anyone else noticed Mr Penrose always seems to be hanging round the sixth form girls' common room? My daughter says he comments on what they're wearing and he's messaged her on Instagram late at night 'about UCAS'. Maybe it's nothing but it doesn't sit right with me.",
        comments=(
            (
                "Claire Hosking",
                "Please report this to the safeguarding lead rather than posting it in here, if it's true it needs proper investigating and if it isn't you're wrecking someone's life.",
            ),
            ("Anonymous participant", "I just wanted to know if anyone else had noticed"),
            (
                "Admin",
                "Turning off comments. Please contact the school's DSL or the LADO with safeguarding concerns.",
            ),
        ),
    ),
    E("tpenrose", "title_surname", "sexual", url_only=True),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        SPOTTED,
        "Rach Tonkin",
        "6 Jan at 17:50",
        "Shout out to Billy Rowe, caretaker up the college, who stopped and towed my car out of the ditch at Trevose Cross in the snow tonight with the school minibus and wouldn't take a penny. Proper job my ansum 🙌",
        comments=(
            ("Mary Lobb", "That's our Billy"),
            ("Kerry Rowe", "no relation but what a legend"),
        ),
    ),
    E("wrowe", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Wayne Hocking",
        "4 Mar at 20:12",
        "Not being funny but I heard Trevithick was sacked from his last school up country for hitting a kid. Why is he coaching our children in boats in the middle of the sea?? Somebody should check.",
        comments=(
            (
                "Lisa Kitto",
                "That's absolute rubbish Wayne, he came straight from uni in Plymouth, he's never worked anywhere else",
            ),
            ("Wayne Hocking", "that's what I heard"),
            ("Claire Hosking", "'heard' isn't good enough to post about someone's job. Delete it"),
        ),
    ),
    E("jtrevithick", "surname_only", "defamation"),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Tina Rowe",
        "9 Oct at 11:03",
        "Sorry but the Ukrainian one teaching at Polwenna College, Mrs Bondarenko, shouldn't be teaching our kids. Can barely speak English, my son can't understand a word. They come over here and get houses and jobs handed to them while our own go without. Send them back.",
        comments=(
            ("Amy T", "That's racist Tina. She's a refugee from a war."),
            (
                "Becky Oates",
                "My daughter understands her perfectly and got an A. Maybe it's your son that's not listening.",
            ),
            ("Tina Rowe", "not racist just saying what everyone thinks"),
        ),
    ),
    E("obondarenko", "title_surname", "hate"),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        NOTICEBOARD,
        "Polwenna Community College",
        "20 Nov at 12:00",
        """🎄 CHRISTMAS FAYRE 🎄
Saturday 7 December, 10am - 2pm, Main Hall

Stalls, tombola, Santa's grotto (£3 including a gift), hot pasties from the food tech department, carols from the college choir at 12 and the famous staff cake stall.

All welcome - free entry. Parking on the top field.

Stall enquiries to the college office on 01632 960251 or office@polwenna-college.example""",
        comments=(("Sue P", "Put me down for a lemon drizzle 🍋"),),
    ),
    E("school", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        SAVE,
        "Giles Whitworth-Lane",
        "16 Jan at 09:30",
        "The hypocrisy of this group is astounding. Kerensa Hocking, who you all seem to worship, lives in a five-bedroom house with a sea view and lectures the rest of us about housing. She's a jumped-up, sanctimonious little madam who should mind her own business and run her failing school.",
        comments=(
            ("Maureen Hicks", "Giles, you've been asked before to keep it civil. Last warning."),
            ("Dave Oates", "the school was rated Good last year giles"),
            ("Giles Whitworth-Lane", "Good at what? Indoctrination?"),
        ),
    ),
    E("khocking", "exact", "abuse"),
)

add(
    "facebook",
    facebook(
        "Українці в Корнуолі / Ukrainians in Cornwall · Private group · 640 members",
        "Iryna Melnyk",
        "25 Feb at 19:15",
        """Сьогодні два роки. Хочу подякувати Олександрі Бондаренко, яка не тільки викладає хімію, а й щосуботи допомагає нашим дітям з англійською. 💙💛

Today is two years. I want to say thank you to Oleksandra Bondarenko, who not only teaches chemistry at Polwenna Community College but every Saturday helps our children with English. Sasha, ти наш ангел.""",
        comments=(
            ("Olena K", "Дякуємо, Сашо! ❤️"),
            ("Ruth Penrose", "She's a treasure. Slava Ukraini from St Kenna 💙💛"),
        ),
    ),
    E("obondarenko", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Stacey Nancarrow",
        "28 Nov at 16:40",
        "K E S S E L L strikes again. 3 detentions in one week for my son for 'low level disruption'. what even is that. he's 13 he's going to fidget. the year 9 team are on a power trip this year",
        comments=(
            ("Tracey Lobb", "same here, my girl got one for her coat being on in the corridor 🙄"),
            ("Mark Pearce", "tbf my lad's behaviour has improved loads since he took over year 9"),
        ),
    ),
    E("dkessell", "spacing", "negative"),
    E("school", "alias", "negative"),
)

add(
    "facebook",
    facebook(
        NOTICEBOARD,
        "Polwenna Primary School PTA",
        "12 Dec at 15:00",
        "Thank you to everyone who came to the Polwenna Primary nativity! 🌟 Special mention to our three wise men who made it all the way to Bethlehem without falling off the stage this year. Mince pie money raised £212 for the outdoor classroom.",
        comments=(
            ("Gemma Nancarrow", "Wonderful as always. Mrs Rowe deserves a medal"),
            ("Jon Pascoe", "my boy was a sheep and has not stopped baa-ing since"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Becky Oates",
        "7 Feb at 19:50",
        "mr p is off AGAIN?? year 10 have had cover for maths for 3 weeks now. nobody tells us anything",
        comments=(
            ("Jason Pearce", "which mr p lol there's two"),
            ("Becky Oates", "maths one. pascoe. the sixth form one is never off"),
            ("Claire Hosking", "I heard he's got a family thing going on, go easy x"),
        ),
    ),
    E("school", "alias", "negative"),
    E("rpascoe", "surname_only", "negative"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Dawn Pearce",
        "1 Apr at 18:20",
        "mr p gave my lad a merit postcard today, first one he's ever had in 4 years of secondary, he's actually stuck it on the fridge 😭 whoever you are mr p, thank you",
        comments=(
            ("Becky Oates", "aww that's lovely"),
            ("Dawn Pearce", "he won't tell me which one it was, says it's 'embarrassing' 😂"),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        SPOTTED,
        "Polwenna Lifeboat Fans",
        "5 Aug at 15:30",
        "Spotted: our all-weather boat heading out past the point at 2.40 with Jory Pascoe at the helm. Two kayakers safely back on the quay an hour later. Heroes every one of them 🧡",
        comments=(("Kerry Rowe", "Grandad would be proud of them all 🧡"),),
    ),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Emma Lobb",
        "15 Oct at 20:33",
        "mrs nancaro has set 3 essays over half term for year 10. THREE. on top of everything else. my daughter was in tears. does she think they've got nothing else going on??",
        comments=(
            ("Stacey Nancarrow", "no relation 😂 but agreed, thats a lot"),
            ("Lou Bray", "they're practice GCSE questions, it's what gets them the grades"),
        ),
    ),
    E("snancarrow", "typo", "negative"),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        NOTICEBOARD,
        "Polwenna Community College",
        "2 Oct at 09:00",
        """SIXTH FORM OPEN EVENING 🎓
Thursday 10 October, 6 - 8pm

Come and find out about our A level and vocational courses, our gig rowing and marine apprenticeships, and why students from Polwenna, St Kenna, Trevose Cross and Penhallow choose to stay with us.

Talk from our Head of Sixth Form, Tom Penrose, at 6.15 and 7.15.""",
        comments=(("Jen Kitto", "Will be there with my eldest 👍"),),
    ),
    E("school", "exact", "neutral"),
    E("tpenrose", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Angry Mum Kernow",
        "17 Jun at 21:55",
        "Since the SEN woman at the college won't answer emails, here's where she lives: Maggie Angove, 3 Chapel Row, Trevose Cross, the bungalow with the gnomes. Her mobile is 07700 900744. Go and knock if you want answers about your child's EHCP because she certainly won't give you any.",
        comments=(
            (
                "Admin",
                "Post removed. Sharing home addresses is not allowed and will get you banned.",
            ),
        ),
    ),
    E("mangove", "nickname", "doxxing"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Kayleigh Pascoe",
        "14 Dec at 22:10",
        "zeb's panto up polwenna tonight was class 😂😂 he played the dame himself and fell off the stage twice. kids were in bits. best £4 i've spent all year",
        comments=(
            ("Amy T", "we're going tomorrow!! no spoilers"),
            ("Kayleigh Pascoe", "just watch out for the custard pie if you're in the front row 🥧"),
        ),
    ),
    E("ztrounson", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Mark Pearce",
        "6 Sep at 07:45",
        "yr 7 parents - the bus from penhallow is now 7.50 not 7.55 from today, driver says he won't wait. set your alarms 🙃",
        comments=(("Claire Hosking", "thanks mark, useful"), ("Dawn Pearce", "👍")),
    ),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        NOTICEBOARD,
        "Tamsin Trevithick",
        "1 Mar at 10:10",
        "Polwenna Gig Club are looking for new rowers! 🚣‍♀️ No experience needed, all ages 16+. Taster sessions Saturdays 9am at the harbour slip. Message me or just turn up. We're a friendly bunch (mostly).",
        comments=(
            ("Lou Pascoe", "Can confirm, mostly friendly"),
            ("Jamie Rowe", "I'll be coxing, come and be shouted at 😂"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Natalie Curnow",
        "9 May at 17:25",
        "Just had a call from Mrs Jago-Bray about an incident with my son. Honestly she was so kind and calm about it and it's all sorted. Credit where it's due.",
        comments=(("Claire Hosking", "she's firm but she's fair"),),
    ),
    E("kjagobray", "title_surname", "neutral"),
    E("school", "alias", "neutral"),
)

# ---- blogs: teachers, tourists, second-home owners, commentators

add(
    "blog",
    blog(
        "Chalk and Chough",
        "An English teacher on the south Cornish coast",
        "Teaching 'Kernow' in a room full of emmets' children (and fishermen's)",
        "12 March 2024",
        """There is a boy in my Year 10 class whose great-great-grandfather was drowned off Penhallow Point in the great gale of 1891. I know this because he told me, during a lesson on the Romantics, when we were reading 'The Wreck of the Hesperus' and somebody asked whether anyone really tied their daughter to the mast. "My family's in the churchyard from a wreck," he said, quite matter-of-factly, and the room went quiet in the way that rooms of fifteen-year-olds very rarely do.

Sitting two desks away from him is a girl whose family moved down from Reading during lockdown, who lives in a converted chapel with underfloor heating, and who writes beautifully about the sea because she has only known it for three years and still finds it astonishing. He finds it ordinary. She finds it miraculous. Both of them are right, and most of my job, I have come to think, is helping them to hear each other.

I have taught English at Polwenna for nineteen years now. When I started, I was Miss Rowe, and half the class were children of people I'd been at school with. I married a Nancarrow, which in this town is a bit like marrying into the weather, and I've taught the children of the children I taught first. That gives you a particular kind of authority - "my mum says you were strict then too" - and a particular kind of responsibility.

The town has changed more in those nineteen years than in the fifty before. Our catchment used to be fishing families, farming families, people who ran the shops and the pubs and the boatyard. Now it is all of that and a great many people who have come here for the view, some of whom stay and some of whom go again when the first winter hits. The word "emmet" is used in my classroom, sometimes affectionately and sometimes not. I don't ban it. I ask them where it comes from (the Cornish for ant, busy little things that swarm in summer), and we talk about who gets to call whom what, and why.

This term I'm teaching a unit I've been building for years, which the kids call "Kernow" because that's what I wrote on the front of the booklet. It's a mix of Cornish writing in English - Charles Causley, Daphne du Maurier's 'Vanishing Cornwall', some of the dialect poems that our grandparents recited in chapel - alongside travel writing by visitors, from Celia Fiennes to the breathless holiday-let listings you can find on any website.

The listings are the best bit. We read them as texts. "Nestled in the heart of a bustling fishing village." "Wake to the sound of gulls and the gentle lap of the harbour." "Authentic Cornish charm." The children pull them apart with real joy. Which fishing village? Bustling with whom? Whose authentic charm? One boy pointed out that the cottage in the listing we were reading had been his nan's, and that the "gentle lap of the harbour" was, in his nan's words, "the damp getting in".

I'm not trying to make them hate visitors. Tourism pays for a lot of this town, including, one way and another, my salary. What I am trying to do is give them a way to read the stories that are told about the place they live, and the confidence to tell their own.

Which brings me to the essays. I set three over half term, and I know some parents were unhappy about it (I have read the Facebook group; I always read the Facebook group). I stand by it. They were short, they were practice questions, and they were on the texts we're studying. But I take the point about workload and I've talked to the department about how we space things.

One of the essays came back from the boy whose family is in the churchyard. The question was "How do writers present the relationship between people and place?" He wrote about his great-great-grandfather, and the lifeboat that couldn't launch that night because the sea was too big, and the lifeboat that now goes out thirty times a year mostly to rescue people on paddleboards. He wrote about the chapel on the Warren that is now a holiday let called 'Salvation'. He wrote about the girl from Reading, without naming her, and how she notices things he has stopped seeing. It was the best thing I've read from a fifteen-year-old in nineteen years.

I want to say something, too, about the children who don't write essays like that, because they are just as much part of this. There is a girl in my Year 11 set who works every Saturday and Sunday from Easter to October in the pasty shop on Fore Street, starting at seven, and who falls asleep in period five on a Monday. Her written English is not yet where she wants it to be. But put her in front of a holiday-let listing and she will take it apart like a fishwife gutting mackerel, because she has heard every one of those phrases said across the counter by people who have no idea what the town costs the people who live in it. She is going to be a formidable adult. I hope we give her a grade that says so.

And there is a boy who hardly speaks in class at all, whose dad fishes out of the harbour and whose mum cleans changeovers, who handed me a poem at the end of a lesson last month without saying anything. It was eight lines long and it was about the sound the harbour makes at four in the morning when the boats go out. I've asked him if I can put it on the wall. He said "dreckly", which from a fifteen-year-old Cornish boy means "absolutely not", so it's in my desk drawer, and I read it sometimes when the marking gets too much.

I don't know what Polwenna will look like when he is my age. But I know he will be able to write about it.

- Sarah Nancarrow""",
        comments=(
            (
                "Gill T",
                "13 March 2024",
                "Beautiful post. My son is in your class and talks about 'Kernow' all the time.",
            ),
            (
                "former pupil",
                "14 March 2024",
                "Miss Rowe!!! You taught me in 2007 and I still remember the Causley poems. Thank you.",
            ),
            ("Anon", "15 March 2024", "Three essays over half term is still too many."),
        ),
        tags="teaching, Cornwall, English",
    ),
    E("snancarrow", "exact", "negative"),
    E("school", "short_name", "neutral"),
)

add(
    "blog",
    blog(
        "Wanderlust & Wellies",
        "Family travel, muddy boots and too many pasties",
        "Ten days in Polwenna: our complete guide to Cornwall's prettiest harbour town",
        "2 September 2024",
        """We've been coming to Cornwall every summer since the kids were tiny, but this was our first time in Polwenna, and I think it might be our new favourite. It's a proper working harbour town (well, half working - more on that later), tucked into a steep valley on the south coast, with a sandy beach at low tide, a lifeboat station, a ridiculous number of pasty shops and some of the best coastal walking we've done anywhere. Here's everything we learned in ten days, including the mistakes so you don't make them.

Getting there and parking

Polwenna is at the end of a long, narrow lane off the main road, and in August the traffic on the last mile can be brutal. We made the mistake of trying to drive down into the town on our first afternoon. Don't. The harbour car park is full by 9am and the streets are a maze of one-way lanes designed for donkeys.

Instead, do what the locals told us: park at the top. In the summer holidays the secondary school at the top of Chapel Hill, Polwenna Community College, opens its playing field as overflow parking for £5 a day, with the money going to the school's PTA. It's a ten-minute walk down to the harbour (and a twenty-minute slog back up, so pace yourself). There's also a park and ride from the big car park on the main road, which runs every 20 minutes.

Where we stayed

We rented a cottage in St Kenna, the next village along, which was quieter and slightly cheaper than Polwenna itself. It was lovely - slate floors, a wood burner we didn't need, a garden with a view of the church tower. I'll be honest that we felt a little awkward when a neighbour told us only three houses in the lane are lived in all year round. It's something you can't ignore in Polwenna; there are signs in some windows about second homes, and a couple of not-very-friendly comments were aimed at us in the pub. I think it helps to remember that people here are watching their town change very fast and that we're part of that. We tried to spend our money in local places, and we were made very welcome in most of them.

The harbour

The heart of Polwenna is the harbour, and you can happily spend a day just watching it. Crabbers come in in the late morning and unload on the fish quay, there are always a few old boys mending pots on the harbour wall, and the kids spent hours crabbing off the steps with a bucket and a bit of bacon (buy crab lines from the little shop by the lifeboat station, all proceeds to the RNLI). At low tide the harbour beach is a sheltered, shallow paddling spot that's perfect for little ones.

The lifeboat station is worth a visit. We were lucky enough to see a launch - the whole town seemed to stop and watch - and the crew were happy to chat afterwards. One of them had been on the boat for over twenty years.

Beaches

The main beach at Polwenna is lovely but busy. For something quieter, walk the coast path east to Penhallow Cove, about forty minutes, where there's a tiny beach with rock pools and a café in a converted net loft that does the best crab sandwiches we had all holiday. Check the tide times - the cove disappears at high water.

Surfing

Polwenna Surf School runs lessons from the main beach, and our two (11 and 14) did a morning lesson and loved it. The instructors were fantastic - patient, funny and very safety-conscious. The waves here are gentle compared with the north coast, which makes it great for beginners.

Gig rowing

This was the highlight for our eldest. The Polwenna Gig Rowing Club runs taster sessions on Saturday mornings. Gigs are long, narrow six-oared rowing boats, originally used to race out to ships, and rowing one round the harbour mouth is absolutely exhausting and completely brilliant. The club is friendly and they clearly love what they do. We also watched a regatta at St Kenna on our last weekend, which was a proper community event - brass band, beer tent, crews from all along the coast.

Food

Pasties. Obviously. There is fierce debate in Polwenna about who makes the best pasty, and we were told very firmly by several people that the famous Polwenna Pasty Co. on Fore Street is "not what it was" and we should go to Nancarrow's on the quay instead. We tried both. Both were excellent. Don't tell anyone I said that.

Other favourites: the Sail Loft Café for breakfast (the crab on toast is incredible, and the staff, mostly local teenagers, were lovely); the fish and chip shop on the harbour (eat them on the wall and guard them with your life against the gulls); and the Harbour Inn for a pint and a sunset.

Walks

The coast path in both directions is stunning. Our favourite was the circular walk from Polwenna to Penhallow along the cliffs, then inland through Trevose Cross and back along the valley, about seven miles in total with a pub stop halfway. Wear proper shoes - the path is steep and rocky in places.

Rainy days

It rained on two of our ten days (this is Cornwall). We drove to the Eden Project on one, and on the other we went to the little museum in the old fish cellars on the Warren, which tells the story of Polwenna's pilchard fishery and the great gale of 1891. It's run by volunteers and was far more interesting than I expected.

Day trips

Polwenna is a good base for exploring the rest of south-east Cornwall. Fowey is about forty minutes by car (or a long, lovely day on the coast path if you're feeling heroic), with its narrow streets, bookshops and the little passenger ferry across to Polruan. Looe is closer and busier, with a proper fish market early in the morning if you can drag the kids out of bed. We also spent a day at the gardens at Lost Gardens of Heligan, which were wonderful even in the drizzle, and a morning at a family-run farm park near Trevose Cross where the kids fed lambs and I bought far too much clotted cream fudge.

If you only do one day trip, though, make it the boat trip from Polwenna harbour out along the coast. Several of the fishing boats now run trips for visitors in the summer; we went out with a skipper who had fished these waters for nearly fifty years and who told us, with a completely straight face, that the seals all had names and that the big one was called Gerald. We saw seals (including, allegedly, Gerald), a pair of gannets diving, and on the way home a small pod of dolphins that followed the boat for ten minutes. Our youngest says it was the best thing that has ever happened to her.

With small children

Polwenna is steep. Very steep. If you have a buggy, bring a sling as well, because some of the lanes down to the harbour are stepped. The harbour beach is the best bet for little ones: sheltered, sandy at low tide and with the toilets and café close by. The main beach has lifeguards in the summer holidays, and there's a flag system, so check which zone you're in. There's a small playground behind the Institute on Fore Street, and the library has a story time on Wednesday mornings in the holidays that our youngest loved.

Nappy changing facilities are limited - the harbour toilets have one, and the Sail Loft Café is very accommodating.

Accessibility

Honestly, Polwenna isn't easy if you have mobility issues. The harbour front is flat and there are accessible toilets by the lifeboat station, but almost everything else involves a hill or steps. The park and ride buses are accessible, and drop-off is possible at the harbour for blue badge holders outside the busiest hours. The coast path is rough in places and not suitable for wheelchairs or most mobility scooters.

Budget

Polwenna is not cheap in August. Our cottage cost about twice what the same place would cost in June, and eating out for a family of four was typically £60-£80 for dinner. We saved by doing big breakfasts at the cottage, picnics on the beach and fish and chips on the harbour wall a couple of nights. The Co-op on Fore Street is small but well stocked, and there's a farm shop on the road to Trevose Cross with brilliant local veg, eggs and meat. Parking adds up, so the overflow field and park and ride are worth it.

A word on respect

I said it above but it's worth saying again. Polwenna is a place where people live and work, and in August it can feel like the visitors outnumber them ten to one (because they do). Park where you're supposed to, don't block the slipways (the lifeboat needs them), take your litter home, and say hello. A little courtesy goes a long way, and we found that most people responded with real warmth.

Things we'd do differently

Book restaurants in advance - everywhere was full by 7pm. Bring more layers; even in August the evenings were cold. And walk, don't drive, anywhere within a mile.

Would we go back?

In a heartbeat. Polwenna is beautiful, but what made it special was the sense of a real place with real people, not just a backdrop. We left feeling slightly guilty about the holiday lets and very grateful to everyone who made us welcome. Proper job, as they say.""",
        comments=(
            (
                "Sarah W",
                "3 Sep 2024",
                "Such a helpful post, we're going next summer! Saving the parking tip.",
            ),
            (
                "PolwennaLocal",
                "3 Sep 2024",
                "Nice to read a visitor who gets it. Thanks for being considerate. And yes, Nancarrow's is better.",
            ),
        ),
        tags="Cornwall, UK travel, family travel",
        recent=(
            "Packing for Cornwall with kids",
            "Eden Project on a rainy day",
            "Our favourite Cornish beaches",
        ),
    ),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Stage Left by the Sea",
        "Drama, young people and the odd disaster, from a Cornish school studio",
        "Why we hummed the sea",
        "10 February 2024",
        """Three nights, thirty-eight students, one very small studio and a script by a Welshman who never set foot in Polwenna. Under Milk Wood is done, and I want to write down what it was like before I forget.

The idea came from a Year 9 student last spring, who read the opening in class and said, "That's just here, isn't it? With the boats." It is and it isn't. Llareggub is a Welsh town, and the voices are Welsh, and Dylan Thomas would probably not thank us for relocating it to a Cornish harbour. But the students were right that the bones of it - the small town waking up, everyone knowing everyone's business, the dead fishermen talking to the blind captain - were the bones of the town they live in.

So we rewrote bits. The students interviewed their grandparents about the harbour and the chapel and the pilchard cellars. They came back with stories, phrases, songs. "Dreckly." "My 'ansum." "Where you to?" A grandmother who remembered the day the whole town went down to the quay to watch the lifeboat come back after the 1979 storm. We threaded it through the text.

And then there was the humming. In rehearsals we kept reaching a point in the second act where the script describes the sea, and it kept feeling flat, and one of the quieter Year 10s said, "Why don't we just make the noise?" So thirty-eight teenagers stood up, faced the audience and hummed the sea. It took four weeks to get it right. When it worked, on the first night, there were people in the audience crying, and at least one of them was me.

I'm aware drama is not fashionable. It's been squeezed out of timetables all over the country, and I've had to fight for every hour. I'm grateful to the college's leadership for backing us, and to the families who gave up evenings to ferry students about. Drama is the subject where a child who struggles to write a paragraph can stand in front of two hundred people and be someone else. I've watched it change lives.

Next year: something with more gigs in it, possibly literally.

- Zebedee Trounson, Head of Drama, Polwenna Community College""",
        comments=(
            (
                "Hannah K",
                "11 Feb 2024",
                "We came on the Thursday. Extraordinary. Thank you Mr Trounson.",
            ),
            (
                "parent_of_y10",
                "11 Feb 2024",
                "Lovely production but I do think the school spends too much time on drama and not enough on maths and English. And the political bits about second homes were a bit much in a school play. Zeb should keep his views to himself.",
            ),
            (
                "Zebedee Trounson",
                "11 Feb 2024",
                "Thank you both - and point taken about balance. The second homes lines were the students' own words from their interviews, for what it's worth.",
            ),
        ),
        tags="drama, productions, Under Milk Wood",
        recent=("Warm-ups that actually work", "Why we hummed the sea", "Panto season is coming"),
    ),
    E("ztrounson", "exact", "negative"),
    E("school", "exact", "negative"),
)

add(
    "blog",
    blog(
        "Our Cornish Bolthole",
        "A Surrey family's adventures in a Cornish cottage",
        "Unwelcome in Polwenna? Our year of planning rows",
        "20 February 2024",
        """When we bought Gull's Rest eleven years ago, Polwenna felt like a sleepy, friendly little place that was grateful for the visitors who kept its cafés open. Things have changed, and not for the better.

Our neighbours at the top of Chapel Hill are the local secondary school, Polwenna Community College. We have always been good neighbours - we've put up with the bells, the litter on our wall, the teenagers' language and the minibus that blocks the lane every morning. So it was disappointing to see the school lend its name to the campaign against the perfectly reasonable proposals for holiday lodges on the field next door.

The headmistress, a Mrs Hocking, even went on local radio to talk about "the next generation's Polwenna", which as far as we could tell meant a Polwenna without people like us in it. I don't think it's the job of a publicly funded school to take political sides against the people who pay a great deal in business rates to the same council that funds it.

We love this town and we will keep coming. But it would be nice to feel wanted.""",
        comments=(
            (
                "Polwenna Born and Bred",
                "21 Feb 2024",
                "You're wanted. Your house just isn't. There's a difference.",
            ),
            (
                "Linda from Guildford",
                "21 Feb 2024",
                "So sorry you've had this. Same in our Devon village.",
            ),
        ),
        tags="Cornwall, second homes",
    ),
    E("school", "exact", "negative"),
    E("khocking", "title_surname", "negative"),
)

add(
    "blog",
    blog(
        "Coastal Schools Watch",
        "Data, policy and stories from schools at the edge of England",
        "The end of the line: what the data says about schools by the sea",
        "14 January 2024",
        """For a few years in the late 2010s, 'coastal schools' became a policy category. There were reports, select committee hearings and a handful of funding pots. Then the pandemic arrived and attention moved elsewhere. It is worth looking again at what the numbers say, because very little of the underlying picture has changed.

1. Attainment

Pupils in coastal secondary schools in England, on average, make less progress between the ages of 11 and 16 than pupils with similar prior attainment in inland schools. The gap is small for the most advantaged pupils and larger for disadvantaged ones. In the south west, disadvantaged pupils in coastal schools are, on most measures, among the lowest-attaining groups in the country.

This is not, mostly, a story about bad schools. When you control for the characteristics of pupils and their communities, much of the gap narrows. It is a story about places: seasonal work, low wages, poor transport, isolation from universities and large employers, and an ageing population that pulls services away from the young.

2. Teachers

The single most consistent finding in the research on coastal schools is that they struggle to recruit and retain teachers, particularly in shortage subjects. Teachers in coastal schools are more likely to be teaching outside their specialism, more likely to be on temporary contracts and, in some areas, more likely to be in their first two years of teaching.

Housing has made this worse. In parts of Cornwall, Devon and the Norfolk coast, long-term rentals have collapsed as properties are switched to short-term holiday letting. Several heads I have spoken to describe losing candidates after offering them jobs because they could not find anywhere to live.

3. Attendance

Persistent absence has risen everywhere since 2020, but coastal schools report particular pressures: pupils working in the tourist season, families taking holidays in term time because they work every day of the summer, and long journeys on unreliable rural buses. One Cornish school, Polwenna Community College, was criticised by inspectors in 2022 for weak sixth-form attendance; its leaders have since told the local press that part of the problem was students working long hours in cafés and on boats to support their families. The school has since improved, according to its most recent inspection, but the underlying pressures have not gone away.

4. Aspiration - a word to be careful with

It is common to hear that coastal young people lack aspiration. I am wary of this framing. Many of the young people I have met in coastal schools have very clear aspirations: to stay in the place they love, to work on the sea, to run a business. What they lack is opportunity, and a route between the aspirations they have and the jobs that exist.

5. What might work

The evidence on what improves outcomes in coastal areas is thinner than it should be. Some promising approaches include: sustained, long-term investment rather than short pilots; partnerships with local employers in marine, tourism and renewable energy; transport funding that recognises rural distances; and, crucially, key-worker housing for teachers.

Some schools are experimenting. I have seen apprenticeships with harbour authorities, partnerships with sailing and rowing clubs, and sixth forms that bring in local employers to teach. None of this is a silver bullet, but all of it recognises that a school by the sea is part of a place, not an island.

Housing, again

It is worth dwelling on housing, because it cuts across almost everything above. When teachers cannot find somewhere to live, posts go unfilled and pupils are taught by a rotating cast of supply staff. When families are priced out of the town centre, school rolls fall, especially in primaries, and small schools become unviable. When young people see no prospect of ever renting, let alone buying, in the place they grew up, it shapes what they think their futures can be. Several sixth formers I spoke to in Cornwall told me, without prompting, that they assumed they would have to leave the county to have a home of their own. That is not a lack of aspiration. It is a reasonable reading of the market.

Local authorities have some tools - council tax premiums on second homes, planning restrictions on new-build holiday use, licensing schemes for short-term lets - and some are beginning to use them. It is too early to say what difference they will make.

6. A note on the data

Defining 'coastal' is not straightforward. Some analyses use distance from the coastline; others use the Office for National Statistics' classification of coastal towns. The choice matters. A school five miles inland in Cornwall may face more 'coastal' pressures than a school in a large seaside city. I've tried to be clear in the charts below about which definition is in use.

I'll be writing more about this over the coming months, including a series of interviews with heads and teachers. If you work in a coastal school and would like to contribute, please get in touch.""",
        comments=(
            (
                "Cornish HT",
                "15 Jan 2024",
                "Thank you for this. The housing point cannot be overstated.",
            ),
            ("Norfolk teacher", "16 Jan 2024", "Same story on our coast. Great piece."),
        ),
        tags="coastal schools, data, policy",
        recent=(
            "Attendance after the pandemic",
            "Who teaches physics in Cornwall?",
            "The end of the line",
        ),
    ),
    E("school", "exact", "negative"),
)

add(
    "blog",
    blog(
        "Steam and Granite",
        "Cornish industrial heritage, one engine house at a time",
        "Trevithick Day and the Puffing Devil: why Camborne still sings",
        "29 April 2024",
        """Every spring, Camborne remembers Richard Trevithick. The engineer who built the first full-scale working steam locomotive, and whose "Puffing Devil" carried passengers up Camborne Hill on Christmas Eve 1801, is honoured with a day of steam engines, brass bands and dancing in the streets.

This year's Trevithick Day was one of the best I have attended. The parade of traction engines along Trelowarren Street took nearly an hour, and the replica Puffing Devil made its way up the hill to cheers and, of course, the song: "Going up Camborne Hill, coming down..."

Trevithick himself died in poverty in Dartford in 1833, far from Cornwall, and was buried in an unmarked grave. It is a very Cornish story: brilliance, bad luck and a county that took a long time to honour its own.

If you have never been, put the last Saturday in April in your diary. Go early, wear comfortable shoes, and eat a pasty on the steps of the library.""",
        tags="heritage, steam, Camborne",
        recent=("The engine houses of St Agnes", "Trevithick Day 2024", "Granite and gunpowder"),
    ),
)

add(
    "blog",
    blog(
        "Life on the Morwenna",
        "A fishing family's diary from Polwenna harbour",
        "Pots in, prices down, and a new crew member (aged 6)",
        "3 July 2024",
        """Dad (Dicky Nancarrow, to the rest of Polwenna) took his grandson out on the Morwenna for the first time on Saturday. Six years old, lifejacket up to his ears, and he hauled his first pot with his own hands - well, with Dad's hands on top of his. One velvet swimmer crab and a very angry lobster that was under size and went back in. He has talked about nothing else since.

It's been a hard season. Crab prices at the quay are down again and the pollack ban is still in place. Dad says this is the worst he's known it in 47 years, and he's not a man who exaggerates (much). We're doing boat trips for visitors on Wednesdays now to make up the difference, which he grumbles about and secretly loves.

The harbour's busier than ever but less of it is ours. There are more paddleboards than pots on the slip most mornings. The surf school have been good neighbours, mind, and the lifeboat lads keep an eye out for everyone.

Next week: mending nets, and the great debate over whether a six-year-old can have his own oilskins.""",
        comments=(("Jory P", "4 Jul 2024", "Future coxswain in the making! 🧡"),),
        tags="fishing, family, Polwenna",
        recent=("The pollack ban explained", "Pots in, prices down", "Winter on the Morwenna"),
    ),
)

add(
    "blog",
    blog(
        "Somewhere Further East",
        "A Cornish girl in London",
        "What Polwenna gave me",
        "5 November 2023",
        """I left Polwenna at eighteen with two suitcases, three A-levels and a strong suspicion that I would never go back. Ten years later I'm a marine scientist in London, and I go back every chance I get.

I was not an easy teenager. I was angry about most things and bored by the rest. I owe a lot to two teachers at Polwenna Community College in particular. Mr Kessell, who taught me geography and made me stand on the cliffs at Penhallow in a force 8 "to feel what erosion is", was the first person to make me think that the thing I loved - the sea - could be a job. And Miss Rowe, who taught me English (she's Mrs Nancarrow now, I'm told, and still terrifying), made me rewrite a personal statement seven times until it said something true.

Neither of them ever told me to leave. That mattered. So many people told me that clever kids get out of Cornwall. They didn't. They just told me I could go wherever I wanted, including home.

Polwenna is a hard place to grow up if you're different. It's also the only place I've ever felt entirely myself. Both things are true. I'll be back for Christmas, as always, and I'll probably bump into one of them in the Co-op.""",
        comments=(
            (
                "Polwenna Mum",
                "6 Nov 2023",
                "Lovely to read. Mr Kessell taught my son too - a real gem.",
            ),
        ),
        tags="personal, Cornwall",
    ),
    E("dkessell", "title_surname", "neutral"),
    E("snancarrow", "title_surname", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Fighting for Finn",
        "One family's journey through the SEND system in Cornwall",
        "Year 8: the year the support stopped",
        "8 April 2024",
        """This is a hard post to write, because I don't want to be the parent who blames the school for everything. But I promised when I started this blog that I would be honest.

Finn is thirteen, autistic and has ADHD. His EHCP says he should have a quiet space to go to, a named adult to check in with, and adapted work in lessons. In Year 7 at Polwenna Community College, that mostly happened. In Year 8, it mostly hasn't.

I've been to four meetings this year with the SENCo, Mrs Angove. She is clearly overwhelmed. She's kind, I'll give her that, but she has promised things in every meeting - a new keyworker, a timetable change, a referral to the outreach team - and not one of them has happened. When I email, I get a reply three weeks later, if at all. Finn's teachers tell me they haven't seen his plan.

I know the SEN department is understaffed. I know Cornwall's SEND system is at breaking point. But 'we're stretched' doesn't get my son through the school gate in the morning. He hasn't been in full-time since February.

I've now written to the headteacher and to the local authority. I'll update here when I hear back.""",
        comments=(
            ("SEN mum 2", "9 Apr 2024", "Same story at so many schools. Sending strength."),
            (
                "Kernow SENCo",
                "9 Apr 2024",
                "As a SENCo elsewhere in Cornwall - she will have 200+ children on her register and maybe one TA. It's not an excuse but it's the reality. Push the LA.",
            ),
        ),
        tags="SEND, EHCP, autism",
    ),
    E("school", "exact", "negative"),
    E("mangove", "title_surname", "negative"),
)

add(
    "blog",
    blog(
        "The Polwenna Files",
        "What they don't want you to know about your town",
        "FOLLOW THE MONEY: Where did the college's £2.4 million go?",
        "1 August 2024",
        """In 2022 Polwenna Community College received £2.4 million from the government's condition improvement fund to replace the leaking roof on the science block and the sixth form centre. Two years later, the science block still leaks. I've seen the buckets.

So where did the money go?

I'll tell you what I think. I think headteacher Kerensa Hocking and her deputy, Katherine Jago-Bray, steered the contract to a building firm in Truro run by a friend of the family, at an inflated price, and that some of that money found its way back. I think the governors either didn't notice or didn't want to. I think that's fraud, and I think the college has been covering it up ever since, which is why every Freedom of Information request I send gets 'refused on grounds of commercial sensitivity'.

I've been told by people who know that Hocking's husband had a new boat in the harbour that summer. You draw your own conclusions.

I'm sending everything I have to the police and the Department for Education. Share this post. They can't silence all of us.""",
        comments=(
            ("Truth Seeker", "1 Aug 2024", "Always knew there was something off about that lot."),
            (
                "Polwenna Governor",
                "2 Aug 2024",
                "This is completely false. The roof contract was awarded through the local authority's framework after a public tender, and the accounts are audited. We will be taking legal advice.",
            ),
        ),
        tags="investigations",
    ),
    E("school", "exact", "defamation"),
    E("khocking", "exact", "defamation"),
    E("kjagobray", "exact", "defamation"),
)

add(
    "blog",
    blog(
        "The Emmet's Eye",
        "Brutally honest travel writing",
        "Cornwall: beautiful county, shame about the natives",
        "22 August 2024",
        """I have spent a fortnight in a rented cottage outside Polwenna, and I have some thoughts.

The county is spectacular. The beaches are as good as anywhere in Europe. The food, if you avoid pasties, is excellent. The problem is the Cornish.

I have never encountered a more sullen, inbred, backward population in my travels. They resent the visitors who keep their economy afloat, they glare at you in shops, and they appear to have had the same six surnames for three hundred years, which explains a great deal. Walk past the local secondary, Polwenna Community College, at home time and you will see the future of the county: a shambling herd of thick, inbred yokel children who will grow up to serve you chips and complain about you in a language nobody has spoken since 1777.

I'll be back next year, of course. The beaches are that good.""",
        comments=(
            (
                "Kernow Proud",
                "22 Aug 2024",
                "Cornish are a recognised national minority. This is bigotry, plain and simple. Reported to the host.",
            ),
            ("Anna", "23 Aug 2024", "Hope you enjoyed the chips."),
        ),
        tags="travel, opinion",
    ),
    E("school", "exact", "hate"),
)

add(
    "blog",
    blog(
        "Chapel and Cove",
        "Notes on Methodist history in south-east Cornwall",
        "The lost chapels of Polwenna",
        "14 May 2024",
        """At its peak in the 1880s, Polwenna had five Methodist chapels for a population of under two thousand: the Wesleyan on Fore Street, the Bible Christian on the Warren, the Primitive Methodist at the top of Chapel Hill (which gave the hill its name), a United Methodist chapel in St Kenna and a tiny Free Methodist room above a net loft on the quay.

Today one is still a chapel. The Wesleyan is a gallery; the Bible Christian is a holiday let called 'Salvation' (I am not making this up); the Primitive Methodist was demolished in 1968; and the net loft is a café.

The chapel registers, now held at the county record office, are a wonderful source for family historians. The same names recur generation after generation: Nancarrow, Pascoe, Rowe, Hocking, Angove, Jago, Penrose, Kessell, Trevithick. In 1891, the year of the great gale, the Bible Christian register records eleven funerals in a single week, seven of them men of the Nancarrow and Rowe families lost with the lugger Good Intent.

I'll be giving a talk on the chapels at the Polwenna Institute on 20 June. All welcome; tea and saffron cake provided.""",
        tags="Methodism, local history",
    ),
)

# ---- more short posts

add(
    "social",
    social(
        "X",
        "Ell 🌸 @ellarosek",
        "5:20 PM · 11 Jun 2024",
        "bumped into mrs angove in the co-op and she remembered my name AND my dog's name after 3 years 😭❤️ best senco ever",
    ),
    E("mangove", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "polwenna.pta",
        "February 6",
        "Thank you to Kate Jago-Bray for tonight's online safety talk for parents - 80 of you came out on a wet Tuesday! Slides in our stories 📱",
    ),
    E("kjagobray", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Amy Tonkin",
        "3 Jul at 20:15",
        "is it true mr trounson is leaving?? my daughter is devastated 😢 he's the reason she stayed in school",
        comments=(
            (
                "Kayleigh Pascoe",
                "no he's not leaving, he's going part time to do a masters I think",
            ),
            ("Amy Tonkin", "oh thank god 😅"),
        ),
    ),
    E("ztrounson", "title_surname", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@dramakid.pz",
        "4d",
        "zeb trounson impressions part 3: when someone forgets their blocking 🎭😤 (love u sir)",
        replies=(("@lowennaaa", "THE HAND ON THE HIP 💀"),),
    ),
    E("ztrounson", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "studenthub",
        "Sixth form & college",
        "is it hard to get into polwenna's sixth form??",
        (
            (
                "ana_in_yr11",
                "Posted 3 Feb 2024",
                "what grades do u need for polwenna's sixth form? want to do bio and psych. predicted 5s and 6s",
            ),
            (
                "yr13_kernow",
                "Posted 3 Feb 2024",
                "6 in the subject u want to do for most a levels, 5s are fine for btec. ur fine",
            ),
            ("ana_in_yr11", "Posted 3 Feb 2024", "ty!! 🙏"),
        ),
    ),
    E("school", "possessive", "neutral"),
)

add(
    "social",
    social(
        "X",
        "fed up @fedupinkernow",
        "6:40 PM · 9 Jan 2024",
        "Ηocking needs sacking. three years of 'new initiatives' and my kid still can't get a maths teacher. enough",
        stats="❤️ 4",
    ),
    E("khocking", "homoglyph", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@leaver.2023.kw",
        "1w",
        "P o l w e n n a  C o l l e g e = the worst 5 years of my life. no i will not elaborate 🙂",
        replies=(("@beth.pz", "valid"), ("@kitn_07", "it wasn't that bad 😭")),
    ),
    E("school", "spacing", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "eva.curnow.acts",
        "February 10",
        "closing night of under milk wood 🌊🎭 thank you ZebedeeTrounson for trusting a bunch of teenagers with dylan thomas. i'll miss this cast so much",
        replies=(("jago.w_", "we hummed the sea 🥲"),),
    ),
    E("ztrounson", "camelcase", "neutral"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Gemma Rowe",
        "25 Sep at 18:02",
        "had a meeting with mrs jago today about the bus situation, she sorted it in 5 minutes flat. wish i'd gone to her in july instead of the council",
        comments=(("Natalie Curnow", "she gets things done"),),
    ),
    E("kjagobray", "hyphenated", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "review",
    review(
        "StaffRoomRate",
        "Polwenna Community College (Cornwall) › Employee reviews",
        "2.9 ★ · 17 reviews · Would recommend to a friend: 41%",
        (
            (
                "5",
                "Teaching assistant (current employee)",
                "March 2024",
                "A department that cares",
                "Pros: The English department is the best team I've worked in. Sarah N. is an inspiring head of KS4 and always makes time for support staff.\n\nCons: Pay. Parking. Damp in the C block.\n\nAdvice to management: Fix the C block roof.",
            ),
        ),
    ),
    E("snancarrow", "first_initial", "neutral"),
    E("school", "exact", "negative"),
)

add(
    "social",
    social(
        "X",
        "Jake 🎣 @jake_pz_",
        "8:45 PM · 14 Jun 2024",
        "bob pascoe's lunchtime maths club genuinely saved my gcse. man gave up every tuesday for 2 years and brought biscuits. sat my last paper today 🫡",
    ),
    E("rpascoe", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "townforum",
        "Clubs & Societies",
        "college gig crews at Fowey regatta",
        (
            (
                "gig_gran",
                "Posted 19 Aug 2024, 18:20",
                "Well done to Jimmy T's college gig lads and maids at Fowey on Saturday - two seconds and a first! Those youngsters have come on so much.",
            ),
            (
                "DickyN",
                "Posted 19 Aug 2024, 18:45",
                "saw them come past the harbour mouth at Polwenna on the way home, singing. proper job",
            ),
        ),
    ),
    E("jtrevithick", "nickname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@year10.chaos",
        "2d",
        "H.o.c.k.i.n.g out here ruining lives one uniform check at a time 🙄 my TIE was 1cm too short",
        replies=(("@jxck.r", "she measured mine with a ruler i swear"),),
    ),
    E("khocking", "obfuscated", "negative"),
)

add(
    "social",
    social(
        "X",
        "Tired Mum @tiredmumkernow",
        "7:30 AM · 4 Sep 2023",
        "Hocking's new rules are a joke. £45 blazer, no phones, no coats in corridors, and now no water bottles that aren't clear?? Who is this helping",
        stats="💬 8  ❤️ 22",
    ),
    E("khocking", "possessive", "negative"),
)

add(
    "facebook",
    facebook(
        MUMS,
        "Angry Mum Kernow",
        "12 Feb at 21:30",
        "Zeb from the college, the one doing the woke play about second homes, lives in flat 2 above the chemist on Fore Street, Polwenna. Maybe someone should pop round and tell him what real Cornish families think of being lectured by a drama teacher.",
        comments=(
            ("Admin", "Removed. Do not post people's addresses."),
            ("Amy T", "you've been told about this before"),
        ),
    ),
    E("ztrounson", "nickname", "doxxing"),
)

add(
    "social",
    social(
        "TikTok",
        "@nofilter.kernow",
        "1d",
        "mrs j-b better hope i don't see her in town this weekend after what she did to my brother. i'll wreck her fr. no one's safe 😤 #polwennacollege",
        replies=(("@ell4_xo", "bro calm down 😭"),),
    ),
    E("kjagobray", "nickname", "threat"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Morgan 📚 @morgan_reads_",
        "10:02 PM · 30 Oct 2023",
        "penrose still hasn't written my ucas reference and the deadline is in 2 weeks. head of sixth form btw. love that for me",
        stats="❤️ 9",
    ),
    E("tpenrose", "surname_only", "negative"),
)

add(
    "social",
    social(
        "X",
        "Ukrainian Community Cornwall @ukr_cornwall",
        "11:00 AM · 24 Feb 2024",
        "Два роки. Дякуємо Олександра Бондаренко та всім вчителям, які допомагають нашим дітям у Корнуолі. 💙💛 #Україна #Cornwall",
        stats="🔁 12  ❤️ 88",
    ),
    E("obondarenko", "alias", "neutral"),
)


# ---------------------------------------------------------------- validation and output


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
