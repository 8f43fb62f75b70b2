# ruff: noqa: E501
"""Held-out corpus 13 for the repwatch matcher: Gullrock Community College, Kelstow.

Written WITHOUT reading the matcher (src/), its tests, the other corpora or the
benchmark. It exists to measure how well the matcher generalises to writing it was never
tuned on: never tune on it, never copy its documents into a training corpus.

Setting
    Gullrock Community College is a fictional 11-16 comprehensive in Kelstow, a small town on
    the North Devon coast near the Somerset border, with a large specialist SEND resource
    base called The Lookout. It is named after Gull Rock, the stack off Kelstow headland, so
    a surf shop, a pub, a holiday park and a road share its short name; a primary school in
    Cumbria has a similar name; the Kelstow & Hennacott Primary Federation (the feeder
    primaries) is NOT watched and is a decoy source. The locality is Kelstow, Hennacott,
    Brakeford, Tidewell Road (the school's road) and Wringcombe Cross (a lane junction on the
    minibus route). Staff surnames are common in North Devon and Cornwall, so farming news,
    match reports, obituaries and court lists carry strangers who share them.

Voices
    SEND parent carers (forum threads and a private Facebook support group, long and precise
    about EHCPs, Section F, tribunals and part-time timetables), village Facebook groups, a
    Nextdoor-style app, the local paper, a regional news site, parish and town council
    minutes, an inspection summary, job adverts, the headteacher's blog, a parent's blog, a
    rugby club and a surf club, Google-style reviews, pupils on TikTok/Snapchat/Instagram in
    West Country dialect, a farming forum, a holiday-let review site (decoy).

Labelling conventions (from the brief)
    * One entry per subject per document. ``category`` is the WORST the whole document gives
      that subject; ``variant`` is the easiest form of the name present (exact > alias >
      title_surname > the rest).
    * School: the full name is ``exact``; "Gullrock College" or "Gullrock" alone is
      ``short_name``; "GCC" and "Gullrock Comp" are ``alias``. "The college", "the school",
      "The Lookout" alone are not mentions of the school.
    * Staff: a name counts only when the page ties it to the school (school name or alias, a
      locality, the domain, or the person's job there), except Jocelyn Macaraeg, whose entry
      is ``unique``. A different person with the same surname or full name gets no label.
      A staff member named only by role ("the SENCo", "the minibus driver") is not labelled.
      A first name alone (or a pet form) is ``nickname`` when the page makes clear who it is.
    * Court/police reports: a threat against a staff member is ``threat``; criminal
      allegations or a police investigation of a staff member are ``defamation``; online
      harassment of a staff member is ``abuse``. Condemnation and quoting abuse in order to
      report it are ``neutral``. Slurs aimed at a person are ``hate`` (``threat`` if the page
      also threatens them). Disability slurs aimed at the school's pupils are ``hate`` for the
      school. Allegations of misconduct against the school itself (off-rolling, restraint
      cover-ups, fiddling the SEND budget) are ``defamation`` for the school.
    * Sexual: an unnamed member of staff accused of inappropriate contact with pupils makes
      the page sexual/url_only for the school; a named one makes it sexual/url_only for that
      person (and for the school too when the school is named). Sexual remarks about an adult
      staff member with no child involved are sexual with url_only false.
    * The school's office number (01632 960214) is not doxxing; a personal mobile, a home or
      farm address/postcode, or a personal e-mail near a staff name is.

Everything is fictional: .example domains, Ofcom drama numbers, invented addresses and
postcodes. Run ``python build_heldout13.py`` to (re)write docs/ and labels.jsonl.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS = HERE / "labels.jsonl"
WATCHLIST = HERE / "watchlist.toml"

VARIANTS = frozenset(
    {
        "exact",
        "title_surname",
        "initial_surname",
        "first_initial",
        "nickname",
        "possessive",
        "hyphenated",
        "typo",
        "leetspeak",
        "homoglyph",
        "spacing",
        "obfuscated",
        "hashtag",
        "handle",
        "camelcase",
        "alias",
        "short_name",
        "surname_only",
    }
)
CATEGORIES = frozenset(
    {"threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"}
)
KINDS = frozenset({"forum", "news", "review", "social", "facebook", "blog"})
HTML_KINDS = frozenset({"news", "forum", "blog"})

SCHOOL = "school"
HUX = "rhuxtable"
MOYO = "tmoyo"
KLV = "klethbridgevowles"
JOY = "jmacaraeg"
TOM = "twroblewski"
TREB = "jtrebilcock"
RIDD = "sridd"
PASS = "npassmore"
YEO = "lyeo"
SLUG = "dsluggett"


@dataclass(frozen=True)
class Expect:
    subject: str
    variant: str
    category: str
    url_only: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "subject": self.subject,
            "variant": self.variant,
            "category": self.category,
            "url_only": self.url_only,
        }


@dataclass(frozen=True)
class Doc:
    kind: str
    text: str
    expected: tuple[Expect, ...]

    @property
    def ext(self) -> str:
        return "html" if self.kind in HTML_KINDS else "txt"


DOCS: list[Doc] = []


def E(subject: str, variant: str, category: str, url_only: bool = False) -> Expect:
    assert variant in VARIANTS, variant
    assert category in CATEGORIES, category
    assert not url_only or category == "sexual", (subject, category)
    return Expect(subject, variant, category, url_only)


def add(kind: str, text: str, *expected: Expect) -> None:
    assert kind in KINDS, kind
    subjects = [e.subject for e in expected]
    assert len(subjects) == len(set(subjects)), subjects
    DOCS.append(Doc(kind, text.strip() + "\n", tuple(expected)))


# ---------------------------------------------------------------------------------------
# Page templates. Every piece of page text goes through esc(); the templates add the
# navigation, footer and comment furniture a real page carries.
# ---------------------------------------------------------------------------------------


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


SITES: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "clarion": (
        "North Devon Clarion",
        "ndclarion.example",
        ("News", "Sport", "Court", "Farming", "Letters", "Jobs", "Property", "Announcements"),
        "North Devon Clarion is published by Taw & Torridge Media Ltd, Unit 4, Riverside Court, Barnstaple. Regulated by IPSO. Read our complaints procedure.",
    ),
    "swtoday": (
        "SouthWest Today",
        "swtoday.example",
        ("Home", "News", "Devon", "Cornwall", "Somerset", "Sport", "Weather", "Watch live"),
        "SouthWest Today is not responsible for the content of external sites. Read about our approach to external linking.",
    ),
    "farmer": (
        "West Country Farmer",
        "westcountryfarmer.example",
        ("News", "Markets", "Livestock", "Arable", "Machinery", "Shows", "Classifieds"),
        "West Country Farmer - serving Devon, Cornwall and Somerset agriculture since 1961.",
    ),
    "herald": (
        "West Cumbria Herald",
        "wcherald.example",
        ("News", "Sport", "Whitehaven", "Workington", "Cockermouth", "Lakes", "Jobs"),
        "West Cumbria Herald, Lowther Street. All content copyright. Regulated by IPSO.",
    ),
    "parish": (
        "Hennacott Parish Council",
        "hennacott-pc.example",
        ("Home", "Councillors", "Meetings & Minutes", "Planning", "Village Hall", "Contact"),
        "Hennacott Parish Council. Clerk: Mrs A. Latham, c/o The Village Hall, Hennacott.",
    ),
    "town": (
        "Kelstow Town Council",
        "kelstow-tc.example",
        ("Home", "Your Council", "Agendas & Minutes", "Harbour", "Allotments", "Contact"),
        "Kelstow Town Council, The Old Customs House, Quay Street, Kelstow.",
    ),
    "inspect": (
        "School Inspection Reports",
        "schoolinspections.example",
        ("Find a report", "About inspections", "Parent View", "Data", "Help"),
        "This summary is provided for information. Read the full report for the inspection evidence.",
    ),
    "fed": (
        "Kelstow & Hennacott Primary Federation",
        "kelstowhennacott-fed.example",
        ("Home", "About us", "Kelstow Primary", "Hennacott Primary", "Newsletters", "Contact"),
        "Kelstow & Hennacott Primary Federation. Executive Headteacher: Mr P. Heddon.",
    ),
    "rfc": (
        "Kelstow RFC - The Wreckers",
        "kelstowrfc.example",
        ("Home", "Fixtures", "Results", "Minis & Juniors", "Clubhouse hire", "Sponsors"),
        "Kelstow Rugby Football Club, The Marsh, Kelstow. Affiliated to the Devon RFU.",
    ),
}


def news(
    site: str,
    headline: str,
    paras: list[str],
    *,
    section: str = "News",
    byline: str = "",
    date: str = "",
    related: tuple[str, ...] = (),
) -> str:
    """A news-style page: masthead, nav, article, 'most read' aside and footer.

    A paragraph starting '## ' becomes a sub-heading, '> ' a block quote, '- ' a list item.
    """
    name, domain, nav, footer = SITES[site]
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(headline)} | {esc(name)}</title>",
        "</head>",
        "<body>",
        f'<header><a class="masthead" href="https://{domain}/">{esc(name)}</a>',
        "<nav><ul>"
        + "".join(f'<li><a href="https://{domain}/{_slug(n)}/">{esc(n)}</a></li>' for n in nav)
        + "</ul></nav>",
        "</header>",
        "<main>",
        "<article>",
        f'<p class="kicker">{esc(section)}</p>',
        f"<h1>{esc(headline)}</h1>",
    ]
    if byline or date:
        out.append(
            f'<p class="byline">{esc(byline)}{" - " if byline and date else ""}{esc(date)}</p>'
        )
    in_list = False
    for p in paras:
        if p.startswith("- "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{esc(p[2:])}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{esc(p)}</p>")
    if in_list:
        out.append("</ul>")
    out.append('<p class="share">Share this article: Facebook | X | WhatsApp | Email</p>')
    out.append("</article>")
    if related:
        out.append('<aside class="most-read"><h2>Most read</h2><ol>')
        out.extend(
            f'<li><a href="https://{domain}/news/{_slug(r)}">{esc(r)}</a></li>' for r in related
        )
        out.append("</ol></aside>")
    out += [
        "</main>",
        f"<footer><p>{esc(footer)}</p>",
        "<p>Privacy notice | Cookie settings | Terms | Contact us | Advertise with us</p></footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out)


def forum(site: str, board: str, title: str, posts: list[tuple[str, str, str]]) -> str:
    """A forum thread. Each post is (username, when, body); blank lines split paragraphs."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)} - {esc(board)} - {esc(site)}</title>",
        "</head>",
        "<body>",
        f'<div class="topbar"><span class="site">{esc(site)}</span> <a href="/login">Log in</a> <a href="/register">Register</a> <a href="/search">Search</a></div>',
        f'<p class="breadcrumbs">Forums &rsaquo; {esc(board)}</p>',
        f"<h1>{esc(title)}</h1>",
    ]
    for i, (user, when, body) in enumerate(posts, start=1):
        out.append(f'<div class="post" id="p{i}">')
        out.append(
            f'<div class="postmeta"><span class="user">{esc(user)}</span> <span class="when">{esc(when)}</span> <span class="num">#{i}</span></div>'
        )
        for para in body.strip().split("\n\n"):
            lines = para.split("\n")
            out.append("<p>" + "<br>".join(esc(line) for line in lines) + "</p>")
        out.append('<div class="postactions">Quote | Report | Like</div>')
        out.append("</div>")
    out += [
        f'<p class="pager">Page 1 of 1 &middot; {len(posts)} posts</p>',
        "<footer><p>Forum rules | Privacy | Contact the moderators</p></footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out)


def blog(
    blog_name: str,
    title: str,
    date: str,
    author: str,
    paras: list[str],
    comments: list[tuple[str, str]] | None = None,
    tagline: str = "",
) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)} - {esc(blog_name)}</title>",
        "</head>",
        "<body>",
        f'<header><p class="blogname">{esc(blog_name)}</p>',
    ]
    if tagline:
        out.append(f'<p class="tagline">{esc(tagline)}</p>')
    out += [
        "<nav><a href='/'>Home</a> <a href='/about'>About</a> <a href='/archive'>Archive</a></nav></header>",
        "<article>",
        f"<h1>{esc(title)}</h1>",
        f'<p class="meta">Posted {esc(date)}' + (f" by {esc(author)}" if author else "") + "</p>",
    ]
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote>{esc(p[2:])}</blockquote>")
        else:
            out.append(f"<p>{esc(p)}</p>")
    out.append("</article>")
    if comments:
        out.append(f'<section class="comments"><h2>{len(comments)} comments</h2>')
        for who, text in comments:
            out.append(
                f'<div class="comment"><p class="who">{esc(who)} says:</p><p>{esc(text)}</p></div>'
            )
        out.append("</section>")
    else:
        out.append('<section class="comments"><p>Comments are closed.</p></section>')
    out += [
        "<footer><p>Powered by a blogging platform. Subscribe by email.</p></footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out)


def reviews(platform: str, place: str, address: str, items: list[tuple[str, int, str, str]]) -> str:
    """A review list. Each item is (reviewer, stars, when, text); text may contain an
    'Owner response:' line."""
    avg = sum(s for _, s, _, _ in items) / len(items)
    out = [
        f"{platform}",
        f"{place}",
        f"{address}",
        f"{avg:.1f} ★ ({len(items)} reviews shown) · Sort by: Most relevant",
        "",
    ]
    for who, stars, when, text in items:
        out.append(f"{who}")
        out.append(f"{'★' * stars}{'☆' * (5 - stars)}  {when}")
        out.append(text.strip())
        out.append("Helpful · Share")
        out.append("")
    out.append("Reviews are not verified. Report a review that breaks our content policy.")
    return "\n".join(out)


def facebook(
    group: str,
    author: str,
    when: str,
    text: str,
    comments: list[tuple[str, str]] | None = None,
    reactions: str = "",
) -> str:
    out = [f"{group}", f"{author} · {when}", "", text.strip(), ""]
    if reactions:
        out.append(reactions)
    if comments:
        out.append(f"{len(comments)} comments · Most relevant")
        for who, body in comments:
            out.append(f"{who}")
            out.append(f"  {body}")
            out.append("  Like · Reply")
    out.append("")
    out.append("Write a comment...")
    return "\n".join(out)


def social(
    platform: str,
    handle: str,
    caption: str,
    comments: list[tuple[str, str]] | None = None,
    meta: str = "",
) -> str:
    """TikTok / Instagram / Snapchat / X / a Nextdoor-style app post with comments."""
    out = [f"{platform}", f"{handle}", caption.strip()]
    if meta:
        out.append(meta)
    if comments:
        out.append("")
        out.append(f"Comments ({len(comments)})")
        for who, body in comments:
            out.append(f"{who}: {body}")
    return "\n".join(out)


# =======================================================================================
# Local paper, regional news site, councils, inspection summary, job adverts
# =======================================================================================

add(
    "news",
    news(
        "clarion",
        "£1.4m expansion will almost double Kelstow's specialist autism base",
        [
            "A specialist resource base for autistic pupils at a North Devon secondary school is to almost double in size after Devon County Council approved £1.4m of capital funding on Wednesday.",
            "The Lookout, which opened at Gullrock Community College in Kelstow in 2017, has 34 places for pupils whose education, health and care plan (EHCP) names autism as their primary need. The extension, due to open in September next year, will take that to 60.",
            "Headteacher Rachel Huxtable said the base had been 'full since the week it opened' and that families were travelling from as far as Lynton and South Molton for a place. 'We have had children on our waiting list for two years. Some of them have spent most of that time at home,' she said.",
            "Karen Lethbridge-Vowles, who has led The Lookout since it opened, said the new building would include two sensory rooms, a training kitchen where pupils practise independent living skills and a quiet garden overlooking the estuary.",
            "'Some of our young people find a mainstream corridor at changeover time genuinely frightening,' she said. 'This gives them a way in to the rest of the college at a pace that works for them.'",
            "The college's business manager, Nigel Passmore, said the capital grant was separate from the high-needs top-up funding the school receives for individual pupils, which he said was 'reported to governors every term'.",
            "Not everyone was celebrating. Leanne Bament, whose son has attended The Lookout since Year 7, said: 'It's a lifeline and I'm glad. But it's 26 more places in a county that's short of hundreds. There are still children in this town sat at home.'",
            "Cllr Andrea Venn, cabinet member for children's services, said the authority was 'investing in local specialist provision so that children can be educated closer to home'. Building work is expected to start in the spring.",
        ],
        section="Education",
        byline="By Hannah Lerwell, Education Reporter",
        date="Thursday 14 November 2024",
        related=(
            "Lynmouth road closure extended",
            "Harbour dredging approved",
            "Tributes to former lifeboat coxswain",
        ),
    ),
    E(SCHOOL, "exact", "neutral"),
    E(HUX, "exact", "neutral"),
    E(KLV, "exact", "neutral"),
    E(PASS, "exact", "neutral"),
)

add(
    "news",
    news(
        "clarion",
        "Parents take part-time timetable protest to County Hall",
        [
            "Around 40 parents and carers from North Devon travelled to Exeter on Tuesday to protest outside County Hall about children with special educational needs being kept on part-time timetables for months at a time.",
            "Many carried hand-made placards reading 'Section F is the law' and 'Two hours a day is not an education'.",
            "Several said their children attend Gullrock College in Kelstow, where they claim pupils with autism are routinely placed on reduced timetables of as little as two hours a day.",
            "One mother from Hennacott, who asked not to be named because she said she feared 'repercussions for my son', said the college's special educational needs co-ordinator, Mr Moyo, had told her a reduced timetable was 'the only option available'.",
            "'He says it's temporary. It has been temporary for a year and a half,' she said. 'My son's plan says 25 hours a week with support. He gets eight. Nobody will put in writing when that will change.'",
            "Another parent, Dean Rowe, said he had been told the school 'didn't have the staffing' to support his daughter in the afternoons. 'Then the council says it's funded the school. Someone isn't telling us the truth,' he said.",
            "A spokesperson for the college said reduced timetables were 'used rarely, for the shortest possible time and always with the agreement of families', and that every arrangement was reviewed. The spokesperson added that the school was 'working closely with the local authority to secure additional specialist staffing'.",
            "Devon County Council said it recognised 'the frustration families feel' and that it had 'increased high-needs funding to schools by 11 per cent this year'.",
        ],
        section="Education",
        byline="By Hannah Lerwell",
        date="Wednesday 5 March 2025",
    ),
    E(SCHOOL, "short_name", "negative"),
    E(MOYO, "title_surname", "negative"),
)

add(
    "news",
    news(
        "clarion",
        "Man who slashed school minibus tyres told driver 'accidents happen on these lanes'",
        [
            "A Brakeford man who slashed the tyres of a school minibus and told its driver that 'accidents happen on these lanes' has been given a suspended prison sentence.",
            "Kevin Lerwill, 46, of Moor View, Brakeford, pleaded guilty at North Devon Magistrates' Court to criminal damage and to sending a message that was grossly offensive and menacing.",
            "The court heard that Tomasz Wróblewski, who drives the minibus taking pupils with special educational needs to Gullrock Community College, had been in a long-running dispute with Lerwill over the single-track lane near Wringcombe Cross, where the minibus and Lerwill's pick-up regularly met.",
            "Prosecutor Gemma Tout said that on the night of 9 January all four tyres of the minibus were slashed while it was parked in the college's bus bay. Two days later Lerwill sent Mr Wróblewski a Facebook message which read: 'I know where you park that bus every night. Accidents happen on these lanes, Polish. Remember that.'",
            "In a statement read to the court, Mr Wróblewski, who has driven for the college for nine years, said he had started checking under the minibus before every run and had considered giving up the job. 'I carry children who cannot tell their parents what happened on the journey. I have to be calm for them. Since January I am not calm,' he said.",
            "Defending, Michael Squance said his client had been under 'enormous strain' after losing a contract and was 'deeply ashamed'. He had written a letter of apology.",
            "Magistrates imposed a 16-week prison sentence suspended for 12 months, a restraining order banning Lerwill from contacting Mr Wróblewski, and ordered him to pay £612 compensation for the tyres.",
        ],
        section="Court",
        byline="By Court Reporter",
        date="Friday 21 March 2025",
        related=("Holiday park appeal dismissed", "Kelstow RNLI call-outs double"),
    ),
    E(TOM, "exact", "threat"),
    E(SCHOOL, "exact", "neutral"),
)

add(
    "news",
    news(
        "swtoday",
        "Saltash roofer jailed for £40,000 fraud against elderly customers",
        [
            "A roofer who told elderly homeowners their roofs were 'about to come in' and charged them thousands of pounds for work he never did has been jailed for three years.",
            "Daniel Sluggett, 52, of Callington Road, Saltash, admitted eight counts of fraud by false representation at Plymouth Crown Court.",
            "The court heard he targeted householders in their 70s and 80s in Saltash, Torpoint and the Tamar Valley between 2021 and 2023, taking a total of £40,350.",
            "One victim, an 84-year-old widow, paid £9,000 for a new roof that was 'nothing more than a coat of paint on the old tiles', the prosecution said.",
            "Judge Catherine Moss told Sluggett he had 'preyed on people who trusted you because you knocked on their door with a ladder and a smile'.",
            "Trading Standards Cornwall urged people to be wary of doorstep traders and to check the Buy With Confidence scheme.",
        ],
        section="Cornwall",
        date="12 February 2025",
        related=("A30 closure overnight", "Cornwall Council tax decision"),
    ),
)

add(
    "news",
    news(
        "clarion",
        "Wreckers grind out win in the rain to stay top",
        [
            "Kelstow 22 Torrmouth 17",
            "Kelstow stretched their lead at the top of Devon Merit Table Two with a scrappy, sodden win over Torrmouth at The Marsh on Saturday.",
            "Sam Huxtable crossed in the corner after seven minutes and Josh Pugsley's boot kept the Wreckers ahead for most of a first half played in a sideways drizzle that turned to hail just before the break.",
            "Torrmouth hit back with two tries from their pack, but replacement winger Kai Vowles sealed it with an interception from his own 22 with four minutes left.",
            "Kelstow head coach Jago Trebilcock, who also teaches PE at Gullrock College, said: 'That wasn't pretty and it didn't need to be. The boys defended for their lives in the last ten. Half this squad came through our youth section and you could see it.'",
            "Kelstow: Tries: Huxtable, Pugsley, Vowles. Cons: Pugsley 2. Pen: Pugsley.",
            "Torrmouth: Tries: Gammon, Tancock. Cons: Bright 2. Pen: Bright.",
            "Next week: Kelstow travel to Bideford Athletic; Torrmouth host Okehampton Seconds.",
        ],
        section="Sport - Rugby",
        byline="By Pete Chichester",
        date="Monday 25 November 2024",
    ),
    E(TREB, "exact", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "news",
    news(
        "swtoday",
        "Police investigate online abuse of North Devon headteacher",
        [
            "Police are investigating after a headteacher in North Devon was targeted with hundreds of abusive messages online.",
            "Rachel Huxtable, headteacher of Gullrock Community College in Kelstow, said she had received more than 200 messages across social media and by email since the school was criticised by parents of children with special educational needs earlier this year.",
            "Some of the messages, she said, called her 'a disgrace to the profession' and told her to 'get out of Devon'. Others were posted in local Facebook groups alongside photographs of her car.",
            "Devon and Cornwall Police confirmed it had received a report of malicious communications and said enquiries were ongoing.",
            "Mrs Huxtable told SouthWest Today: 'I understand why parents are angry. I am angry too: about funding, about waiting lists, about children who are not getting what their plans say they should. But what has happened to me, and to some of my colleagues, is not campaigning. It is harassment.'",
            "The regional secretary of the school leaders' union NAHT said heads were 'increasingly the lightning rod for a system that is failing', adding: 'No one should go to work fearing what they will find on their phone.'",
            "Parents' group North Devon SEND Voices said it 'condemned abuse of any individual' and urged members to 'keep the focus on the local authority's legal duties'.",
        ],
        section="Devon",
        date="3 April 2025",
        related=("Appledore shipyard jobs boost", "Exmoor ponies rounded up"),
    ),
    E(HUX, "exact", "abuse"),
    E(SCHOOL, "exact", "neutral"),
)

add(
    "news",
    news(
        "clarion",
        "Kelstow college 'requires improvement', inspectors say",
        [
            "Gullrock Community College has been told it requires improvement after its first full inspection in six years.",
            "Inspectors said leaders had 'an accurate view of the school's strengths and weaknesses' and that most pupils were 'polite, proud of their school and keen to learn'.",
            "But the report said attendance among disadvantaged pupils and those with special educational needs was 'too low', and that the use of reduced timetables was 'not always reviewed swiftly enough to ensure pupils return to full-time education'.",
            "The college's specialist resource base, The Lookout, was singled out for praise. Inspectors wrote that pupils there 'are known extremely well' and 'make strong progress from their starting points'.",
            "Safeguarding was judged effective. Deputy headteacher Lisa Yeo, who leads on safeguarding, was described by one governor as 'the reason that judgement was never in doubt'.",
            "Headteacher Rachel Huxtable said: 'We accept the findings. We have known for some time that too many of our pupils with SEND in the main school are not in lessons enough, and we have a plan. It depends on funding and on specialist staff we are still trying to recruit.'",
            "The previous inspection, in 2019, rated the college good.",
        ],
        section="Education",
        byline="By Hannah Lerwell",
        date="Thursday 16 January 2025",
        related=("Parents take part-time timetable protest to County Hall",),
    ),
    E(SCHOOL, "exact", "negative"),
    E(HUX, "exact", "neutral"),
    E(YEO, "exact", "neutral"),
)

add(
    "news",
    news(
        "clarion",
        "'Tom the Bus' named Kelstow's community champion",
        [
            "A minibus driver who has ferried children along some of Exmoor's narrowest lanes for nine years has been named Kelstow's community champion for 2024.",
            "Tomasz Wróblewski, known to families across Hennacott and Brakeford simply as 'Tom the Bus', drives pupils with special educational needs to Gullrock Community College every morning and home every afternoon.",
            "He was nominated by more than 30 parents. One nomination described how he had sat with a distressed 12-year-old on the verge at Wringcombe Cross for forty minutes 'singing along to Abba until she was ready to get back on'. Another said he had learned Makaton signs so he could greet a non-verbal pupil by name.",
            "'He's a bloody saint,' said Jackie Slee, whose son has travelled with him since Year 7. 'Pardon my French, but there's no other word for it. My boy couldn't get in a car without screaming before Tom.'",
            "Mr Wróblewski, who moved to North Devon from Gdańsk in 2009 and worked at a Braunton boatyard before joining the college, said he was embarrassed by the award. 'The children do the hard work. I just drive slowly and keep the radio on the right station,' he said.",
            "The award was presented by the Mayor of Kelstow, Cllr Sue Braund, at the Old Customs House on Friday.",
        ],
        section="Community",
        byline="By Ellie Pidler",
        date="Monday 9 December 2024",
    ),
    E(TOM, "exact", "neutral"),
    E(SCHOOL, "exact", "neutral"),
)

add(
    "news",
    news(
        "clarion",
        "Surf shop rides the wave to a new harbourside home",
        [
            "Gullrock Surf Co, which has sold boards and wetsuits from a converted net loft on Quay Street for 14 years, is moving into Kelstow's former lifeboat station.",
            "The shop takes its name from Gull Rock, the stack off Kelstow Head that gives the town's best left-hand break its name among local surfers.",
            "Owner Ben Yeo, who grew up in the town and was a Devon junior champion, said the move would let him add a café and a board-repair workshop. 'The net loft has been great but you can't swing a longboard in there,' he said.",
            "The shop runs free beginners' sessions on Sunday mornings through the summer and supports the Kelstow Boardriders' junior competition.",
            "The old lifeboat station has been empty since the RNLI moved to its new boathouse on the quay in 2021. The new Gullrock Surf Co premises open on 1 May.",
        ],
        section="Business",
        byline="By Ellie Pidler",
        date="Tuesday 8 April 2025",
    ),
)

add(
    "news",
    news(
        "swtoday",
        "Teacher suspended over 'allegations involving pupils'",
        [
            "A teacher at a North Devon secondary school has been suspended while police investigate allegations involving pupils.",
            "In a letter sent to parents on Friday, Gullrock Community College in Kelstow said a member of staff had been 'excluded from site pending the outcome of an investigation' and that the school was 'working fully with the police and the local authority designated officer'.",
            "The letter did not name the teacher or give details of the allegations.",
            "Devon and Cornwall Police said it had received a report of inappropriate contact between an adult and children and that enquiries were at an early stage. No arrests have been made.",
            "Some parents told SouthWest Today that the allegations related to messages sent to pupils over social media. One mother said: 'We were told nothing until it was all over Snapchat. The kids knew before we did.'",
            "The college urged parents 'not to speculate on social media, which may prejudice the investigation and cause harm to the young people involved'.",
        ],
        section="Devon",
        date="26 April 2025",
    ),
    E(SCHOOL, "exact", "sexual", True),
)

add(
    "news",
    news(
        "clarion",
        "Letters: SEND children failed, a thank-you to a driver, and regatta parking",
        [
            "## Our grandson deserves better",
            "My grandson has been out of full-time education at Gullrock College for more than a year. He has an EHCP which says he should have 25 hours a week of teaching with support. He gets nine. The county blames the school, the school blames the county, and in the meantime a bright, funny boy who loves volcanoes is sitting in my kitchen watching YouTube. Somebody in authority should be ashamed of themselves. - Margaret Isaac, Hennacott",
            "## Thank you, Tom",
            "I want to thank the driver of the Gullrock minibus, Tom Wroblewski, who has taken our daughter to school every day for five years and never once made her feel like a nuisance. My husband says the man is a bloody saint, and for once I won't argue with his language. - Carol and Ian Tucker, Brakeford",
            "## Regatta parking",
            "Every August the same thing: cars left on the verges all the way down Gullrock Road so that the bin lorry can't get through and nor could an ambulance. Could the regatta committee not organise a park-and-ride from the Marsh? - R. Latham, Kelstow",
            "Letters may be edited for length. Write to letters@ndclarion.example.",
        ],
        section="Letters",
        date="Thursday 27 February 2025",
    ),
    E(SCHOOL, "short_name", "negative"),
    E(TOM, "alias", "neutral"),
)

add(
    "news",
    news(
        "farmer",
        "Blackmoor Gate store lambs: trade holds firm despite wet autumn",
        [
            "A bumper entry of 3,412 store lambs met a steady trade at Blackmoor Gate on Thursday, with the auctioneers reporting an average of £88.40, up £2 on the year.",
            "Top price of £112 was paid for a pen of Texel x lambs from Derek Passmore, Challacombe, with R. & J. Huxtable, Brayford, close behind at £108 for Suffolk crosses.",
            "Cornish buyers were again prominent, with A. Trebilcock of Holsworthy taking several pens of Exmoor Horn wethers.",
            "## Leading prices",
            "- Texel x: £112 D. Passmore, Challacombe; £104 Yeo Bros, Parracombe",
            "- Suffolk x: £108 R. & J. Huxtable, Brayford; £101 M. Ridd, Simonsbath",
            "- Exmoor Horn: £84 H. Sluggett, North Molton",
            "- Mules: £96 Slee Farming, Kentisbury",
            "The next sale is on 17 October. Entries close at noon on the Monday before.",
        ],
        section="Markets",
        byline="Market report",
        date="10 October 2024",
    ),
)

add(
    "news",
    news(
        "farmer",
        "Third-generation Trebilcocks take Cornwall dairy crown",
        [
            "A family who have milked cows on the edge of Bodmin Moor for three generations have been named Cornwall Dairy Farm of the Year.",
            "Jago Trebilcock, 74, set up the herd at Trewassa Farm near Camelford in 1971 with 24 Friesians bought at Launceston market. Today his son Michael and granddaughter Tamsin run 310 cows on a grass-based system that the judges called 'a model of low-input, high-welfare dairying'.",
            "'Grandad still walks the cows in every morning,' said Tamsin Trebilcock, 27. 'He says it's the only time anyone listens to him.'",
            "The judges praised the farm's reseeding programme, its calf rearing and its work with a local school, which brings pupils out every spring to see calving.",
            "Jago Trebilcock said he was 'proud as punch' but that the credit belonged to 'the youngsters'.",
        ],
        section="Livestock",
        byline="By Sarah Hext",
        date="22 May 2025",
    ),
)

add(
    "news",
    news(
        "clarion",
        "Holiday park loses appeal over year-round opening",
        [
            "A planning inspector has dismissed an appeal by Gullrock Holiday Park near Brakeford against North Devon Council's refusal to let it open all year.",
            "The park, which has 140 static caravans and 40 touring pitches on the cliffs above Kelstow, is currently allowed to open from 1 March to 31 October.",
            "Its owners argued that year-round opening would support 12 full-time jobs. But the inspector agreed with residents and Hennacott Parish Council that the extra winter traffic on the single-track lanes would be 'unacceptable in highway safety terms'.",
            "Park manager Colin Dennicombe said the owners were 'disappointed' and would consider their options.",
        ],
        section="Planning",
        date="Tuesday 18 March 2025",
    ),
)

add(
    "news",
    news(
        "clarion",
        "New landlords for Kelstow's oldest pub",
        [
            "The Gullrock Inn on Quay Street, which claims to have served fishermen since 1640, has new landlords.",
            "Dave and Sue Moyle, who ran the Ship at Porlock Weir for eleven years, took over the keys last week. They plan to reopen the upstairs rooms as bed and breakfast and bring back the Thursday folk night.",
            "'The Gullrock is the kind of pub where you can walk in dripping from the sea and nobody bats an eyelid,' said Mrs Moyle. 'We don't want to change that.'",
            "The pub's famous quiz, run for 22 years by retired harbourmaster Len Gammon, continues on Thursdays.",
        ],
        section="Business",
        date="Friday 4 October 2024",
    ),
)

add(
    "news",
    news(
        "herald",
        "Gullrock Primary celebrates 'good' inspection after two-year climb",
        [
            "Staff and pupils at Gullrock Primary School near Whitehaven are celebrating after inspectors rated the school good in every area.",
            "The 190-pupil school was judged to require improvement in 2022. Headteacher Claire Dixon said the turnaround was down to 'a relentless focus on reading and a staff team who never gave up'.",
            "Inspectors said pupils at Gullrock Primary 'love reading' and that children with special educational needs 'are quickly identified and well supported'.",
            "Chair of governors Ian Stobart said: 'This is a village school that punches well above its weight.'",
            "The school is holding an open morning for prospective Reception families on 12 November.",
        ],
        section="Whitehaven",
        date="Wednesday 30 October 2024",
    ),
)

add(
    "news",
    news(
        "swtoday",
        "Family wins tribunal battle over autistic son's school place",
        [
            "The parents of an autistic 14-year-old from North Devon have won a tribunal case forcing Devon County Council to name a specialist school in his education, health and care plan.",
            "The boy had been on a part-time timetable at Gullrock Community College in Kelstow for 16 months, attending for between six and ten hours a week.",
            "The First-tier Tribunal (Special Educational Needs and Disability) found that the mainstream school 'could not, on the evidence, deliver the provision in Section F' and that the council's argument that it could was 'not sustainable'.",
            "The decision, seen by SouthWest Today, notes that written evidence from the college's SENCo, Tendai Moyo, 'did not address how the specified 1:1 support would be staffed in the afternoons' and that the school's own attendance records 'contradicted' the council's position.",
            "The boy's mother said: 'We have been saying this for a year and a half. It shouldn't take a judge to make a council follow the law.'",
            "Devon County Council said it would 'comply with the tribunal's order' and was 'reviewing the lessons from this case'. The college declined to comment on an individual pupil.",
        ],
        section="Devon",
        date="19 June 2025",
    ),
    E(SCHOOL, "exact", "negative"),
    E(MOYO, "exact", "negative"),
)

add(
    "news",
    news(
        "clarion",
        "Restraining order for woman who posted deputy head's address online",
        [
            "A Kelstow woman who posted a deputy headteacher's home address and photographs of her house in a Facebook group has been made the subject of a two-year restraining order.",
            "Chantelle Gammon, 31, of Harbour View, Kelstow, admitted harassment without violence at North Devon Magistrates' Court.",
            "The court heard that Gammon, whose son had been excluded from Gullrock Community College, posted a series of messages about Lisa Yeo, the college's deputy headteacher, over five weeks last autumn, including pictures of Mrs Yeo's home and her children's bikes on the drive.",
            "In a victim statement Mrs Yeo said she had moved her children to their grandparents' house for a fortnight. 'I have worked in this town for 17 years. I have never been frightened to go home before,' she said.",
            "Gammon, who represented herself, said she had been 'out of my mind with worry' about her son and had taken the posts down. She was fined £200 and ordered to pay costs.",
        ],
        section="Court",
        byline="By Court Reporter",
        date="Friday 7 February 2025",
    ),
    E(YEO, "exact", "abuse"),
    E(SCHOOL, "exact", "neutral"),
)

add(
    "news",
    news(
        "clarion",
        "Jobs: Teaching Assistant - The Lookout (Specialist Resource Base)",
        [
            "Gullrock Community College, Tidewell Road, Kelstow, North Devon",
            "Grade D, 32.5 hours per week, term time only. Permanent. Start: September.",
            "We are looking for a calm, kind and resilient teaching assistant to join the team in The Lookout, our specialist resource base for 34 (rising to 60) autistic pupils aged 11 to 16.",
            "## You will",
            "- support pupils in small classes and in mainstream lessons",
            "- help pupils regulate, using each pupil's individual support plan",
            "- record and communicate with families every day through our home-school app",
            "## We offer",
            "- full induction, including two days of accredited de-escalation and positive handling training (refreshed annually) and autism awareness training",
            "- a supportive team and a genuinely beautiful place to work - the sea is at the bottom of the field",
            "Informal visits are warmly welcomed. Please contact Karen Lethbridge-Vowles, Head of The Lookout, through the college office on 01632 960214 or apply at gullrockcollege.example/vacancies.",
            "Closing date: 9am Monday 12 May. Gullrock Community College is committed to safeguarding and promoting the welfare of children. An enhanced DBS check is required.",
        ],
        section="Jobs - Education",
        date="Posted 22 April 2025",
    ),
    E(SCHOOL, "exact", "neutral"),
    E(KLV, "exact", "neutral"),
)

add(
    "news",
    news(
        "swtoday",
        "College business manager suspended as police examine SEND spending",
        [
            "The business manager of a North Devon secondary school has been suspended after police were asked to examine how money intended for pupils with special educational needs was spent.",
            "Nigel Passmore, 58, who has managed the finances of Gullrock Community College in Kelstow for 14 years, was suspended on full pay last week, the college confirmed.",
            "Devon and Cornwall Police said it had received a referral 'in relation to alleged financial irregularities at a school in the Kelstow area' and was assessing the information. No arrests have been made and no charges brought.",
            "Parents of children with special educational needs have alleged on social media for several months that high-needs funding paid to the college for individual pupils was not reaching them.",
            "A statement from the chair of governors said an independent audit had been commissioned. 'Suspension is a neutral act and implies no finding of wrongdoing,' it said.",
            "Mr Passmore did not respond to a request for comment.",
        ],
        section="Devon",
        date="2 July 2025",
    ),
    E(PASS, "exact", "defamation"),
    E(SCHOOL, "exact", "negative"),
)

add(
    "news",
    news(
        "swtoday",
        "Cornwall rugby round-up: Trebilcock double sends Launceston top",
        [
            "Kieran Trebilcock scored twice as Launceston beat Bude 27-10 to go top of Cornwall One.",
            "The 19-year-old flanker, in his first season with the senior side, burrowed over from a lineout drive in the first half and finished a length-of-the-field move late on.",
            "Launceston coach Martyn Jory said: 'Kieran's been outstanding. He's a farmer's son, he doesn't know how to stop.'",
            "Elsewhere, Penryn edged St Austell 18-17 and Wadebridge Camels beat Helston 31-12.",
        ],
        section="Sport",
        date="17 March 2025",
    ),
)

add(
    "news",
    news(
        "parish",
        "Minutes of the meeting of Hennacott Parish Council, 11 March 2025",
        [
            "Present: Cllr D. Passmore (Chair), Cllr S. Braund, Cllr P. Heddon, Cllr M. Chugg, Cllr R. Tancock. In attendance: Mrs A. Latham (Clerk), District Cllr J. Venn, 4 members of the public.",
            "## 1. Apologies",
            "Cllr L. Isaac (family commitment).",
            "## 2. Declarations of interest",
            "Cllr Passmore declared a non-pecuniary interest in item 7 as a neighbour of the applicant.",
            "## 3. Public participation",
            "A resident of Wringcombe Cross raised again the speed of vehicles on the lane to the B-road, including delivery vans, milk tankers and holiday traffic. The Chair said the Council would ask Highways to review the signage. A second resident asked whether the verge at the junction could be cut back before Easter.",
            "## 4. School transport",
            "The Clerk reported that, as agreed at the last meeting, she had written to Gullrock College to thank Mr Wróblewski, the college's minibus driver, for his help during the January flooding, when he used the minibus to take six elderly residents from Lower Hennacott to the village hall. A reply had been received from the headteacher, who would pass on the Council's thanks. Members asked that the thanks be recorded in the minutes.",
            "## 5. Highways",
            "Potholes at Wringcombe Cross and on the hill below Higher Hennacott have been reported again (ref. 4471902). The Clerk to chase.",
            "## 6. Finance",
            "Payments totalling £1,284.60 were approved, including the village hall insurance and the defibrillator pads.",
            "## 7. Planning",
            "24/0112 Gullrock Holiday Park: variation of condition 4 to extend the opening season. The Council noted the appeal decision and resolved to make no further comment.",
            "## 8. Date of next meeting",
            "Tuesday 8 April 2025 at 7.30pm in the Village Hall. The meeting closed at 9.02pm.",
        ],
        section="Meetings & Minutes",
        date="Approved 8 April 2025",
    ),
    E(TOM, "title_surname", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "news",
    news(
        "inspect",
        "Gullrock Community College - inspection summary",
        [
            "Unique reference number: 149921. Address: Tidewell Road, Kelstow, Devon. Headteacher: Rachel Huxtable. Type: Community school, 11-16, 742 pupils, including a specialist resource base (34 places).",
            "Overall effectiveness: Requires improvement. Quality of education: Requires improvement. Behaviour and attitudes: Good. Personal development: Good. Leadership and management: Requires improvement.",
            "## What is it like to attend this school?",
            "Pupils are proud of their school and of their town. Most behave well in lessons and around the site. They say that bullying is rare and that adults deal with it when it happens. Pupils value the wide range of clubs, particularly rugby, surfing and the school's partnership with the lifeboat station.",
            "Pupils in the specialist resource base are taught well by staff who know them extremely well. They make strong progress from their starting points. However, too many pupils with special educational needs and/or disabilities (SEND) in the main school are on reduced timetables for too long. Some of these pupils miss a great deal of education.",
            "## What does the school do well and what does it need to do better?",
            "Leaders have an accurate view of the school. The curriculum in most subjects is well planned. In a few subjects, including modern foreign languages, teachers do not check pupils' understanding carefully enough.",
            "Leaders do not review reduced timetables swiftly enough. Plans to return pupils to full-time education are not precise, and governors do not receive enough information to hold leaders to account for this.",
            "The arrangements for safeguarding are effective.",
            "## What does the school need to do to improve?",
            "- Ensure that any reduced timetable has a clear end date and is reviewed at least every two weeks.",
            "- Ensure that governors receive precise information about the attendance of pupils with SEND.",
            "- Improve checks on pupils' understanding in the subjects where this is weaker.",
        ],
        section="Secondary - Devon",
        date="Inspection dates: 3 and 4 December 2024",
    ),
    E(SCHOOL, "exact", "negative"),
    E(HUX, "exact", "neutral"),
)

add(
    "news",
    news(
        "clarion",
        "Pupils swim the harbour to raise £3,000 for lifeboat crew",
        [
            "Forty-two Year 9 pupils from Gullrock College swam the length of Kelstow harbour on Sunday, raising more than £3,000 for the town's RNLI station.",
            "The swim was organised by science teacher Miss Macaraeg, who joined the lifeboat crew two years ago and is now one of only three women on the Kelstow boat.",
            "'Half of these kids have a dad or an uncle or a nan who's been pulled out of the water by this crew at some point,' she said. 'They wanted to give something back.'",
            "Coxswain Mark Tancock said the money would pay for new drysuits for the inshore crew.",
        ],
        section="Community",
        byline="By Ellie Pidler",
        date="Tuesday 17 June 2025",
    ),
    E(SCHOOL, "short_name", "neutral"),
    E(JOY, "title_surname", "neutral"),
)

add(
    "news",
    news(
        "swtoday",
        "Families 'will be stranded' by rural school transport cuts",
        [
            "Families in rural Devon say children could be left without a way to get to school under proposals to cut discretionary transport.",
            "Devon County Council is consulting on withdrawing free transport for pupils who live within three miles of their nearest school by a route the council deems 'available' - including, campaigners say, lanes with no pavement or lighting.",
            "Sharon Ridd, family support worker at Gullrock Community College in Kelstow, said some families she works with had no car and no bus. 'The council's map says there's a walking route from Hennacott. I'd invite the cabinet member to walk it in February with a 12-year-old,' she said.",
            "The consultation closes on 30 November.",
        ],
        section="Devon",
        date="4 November 2024",
    ),
    E(RIDD, "exact", "neutral"),
    E(SCHOOL, "exact", "neutral"),
)

add(
    "news",
    news(
        "fed",
        "Federation Newsletter - Autumn 2 2024",
        [
            "Dear families,",
            "What a half term! Our Harvest Festival at St Brannock's raised 112 tins for the Kelstow food bank, and Year 4's Viking longship (made entirely from cardboard and parcel tape) is now hanging in the Hennacott Primary hall.",
            "## Staff news",
            "We say a fond farewell to Mrs Emma Ridd, who has taught Year 2 at Kelstow Primary for eleven years and is moving to Cornwall with her family. Her class have made her a book of drawings that made everyone cry, including Mr Heddon. Mrs Ridd's replacement, Miss Kate Isaac, joins us after Christmas.",
            "## Nativity",
            "Kelstow Primary: Tuesday 17 December, 2pm and 6pm. Hennacott Primary: Wednesday 18 December, 2pm. Tickets from the office (two per family please - the hall is small!).",
            "## Parking",
            "Please do not park on the zig-zags outside Kelstow Primary. A child was nearly hit last week. We have asked the police to attend at drop-off.",
            "## Dates",
            "- Fri 13 Dec: Christmas jumper day (£1 for Save the Children)",
            "- Thu 19 Dec: Christmas lunch",
            "- Fri 20 Dec: Term ends 1.30pm",
            "With best wishes for a peaceful Christmas, Mr P. Heddon, Executive Headteacher",
        ],
        section="Newsletters",
        date="6 December 2024",
    ),
)

add(
    "news",
    news(
        "herald",
        "Gullrock pupils plant 400 trees for the Queen's Green Canopy",
        [
            "Children from Gullrock Primary School spent a muddy Friday planting 400 native trees along the beck behind the school.",
            "The saplings - hazel, rowan, hawthorn and oak - were donated by the Woodland Trust. Year 6 pupil Alfie Stobart, 11, said: 'My tree is the one with the yellow tag. I'm going to come back when I'm old and it'll be massive.'",
            "Headteacher Claire Dixon thanked parents and the Cumbria Wildlife Trust volunteers who helped.",
        ],
        section="Whitehaven",
        date="Monday 2 December 2024",
    ),
)

add(
    "news",
    news(
        "town",
        "Minutes: Kelstow Town Council, Full Council, 28 January 2025",
        [
            "Present: The Mayor, Cllr S. Braund (in the chair); Cllrs Bament, Gammon, Heddon, Latham, Pugsley, Slee, Tout. Also present: the Town Clerk, PCSO Wright, Mr N. Passmore (Business Manager, Gullrock Community College), 9 members of the public.",
            "## 25/01 Apologies",
            "Cllr Dymond-Smith (work).",
            "## 25/02 Police report",
            "PCSO Wright reported 14 crimes in the parish in December, mainly shed break-ins on the allotments. Anti-social behaviour at the skate park had reduced since the new lighting.",
            "## 25/03 Parking on Tidewell Road at school times",
            "Mr N. Passmore attended at the Council's invitation. He explained that the college had 11 coaches and minibuses arriving between 8.20 and 8.40am and that parents' cars parking on both sides of Tidewell Road made it difficult for them to turn. The college had written to parents and was considering a one-way drop-off loop through the staff car park. Members welcomed this. Cllr Slee asked whether the college would consider staggered finish times; Mr Passmore said he would take this back to the headteacher. RESOLVED: the Clerk to ask Devon County Council Highways to consider double yellow lines on the bend by the college entrance.",
            "## 25/04 Harbour",
            "The harbour master's report was noted. Dredging is scheduled for the week of 17 March.",
            "## 25/05 Planning",
            "Applications 24/1986 (extension, 7 Chapel Row) and 24/2011 (change of use, the old net loft, Quay Street) - no objection.",
            "## 25/06 Finance",
            "The precept for 2025/26 was set at £148,200, an increase of 3.9%.",
            "The meeting closed at 8.47pm.",
        ],
        section="Agendas & Minutes",
        date="Published 4 February 2025",
    ),
    E(PASS, "initial_surname", "neutral"),
    E(SCHOOL, "exact", "neutral"),
)

add(
    "news",
    news(
        "swtoday",
        "Lorna Doone weekend returns to Exmoor",
        [
            "Costumed walks, readings and a re-enactment of the Doones' raid on Plover's Barrows will be part of the Lorna Doone weekend at Malmsmead this summer.",
            "R. D. Blackmore's 1869 novel follows farmer John Ridd's love for Lorna, a girl raised by the outlaw Doone family in the valley of Badgworthy Water.",
            "Organiser Anne Latham said: 'Everyone knows the name Ridd round here - half the farms on the moor claim John Ridd was their great-great-something. We want people to come and see the landscape that made the book.'",
            "Tickets for the guided Doone Valley walk are £8 and must be booked in advance.",
        ],
        section="Somerset",
        date="29 May 2025",
    ),
)

add(
    "news",
    news(
        "swtoday",
        "Flood warning for River Yeo as heavy rain moves in",
        [
            "The Environment Agency has issued a flood warning for the River Yeo at Barnstaple, with high tides expected to coincide with heavy rain overnight.",
            "Properties on Rolle Quay and Pottington are most at risk. Residents are advised to move valuables upstairs and to avoid walking or driving through flood water.",
            "The Met Office has a yellow warning for rain across Devon and Cornwall until 6am on Thursday.",
        ],
        section="Weather",
        date="15 January 2025",
    ),
)

add(
    "news",
    news(
        "clarion",
        "Announcements: Deaths",
        [
            "HUXTABLE Margaret Joan (née Tancock). Peacefully at North Devon District Hospital on 2 February, aged 89, of Lower Ley Farm, Brakeford. Beloved wife of the late Fred, much-loved mother of Roger and Anne, nan to five and great-nan to seven. Funeral service at Brakeford Methodist Chapel on Friday 21 February at 2pm, followed by burial. Family flowers only; donations if desired to the Devon Air Ambulance.",
            "PIDLER Kenneth John. Died suddenly at home in Kelstow on 4 February, aged 71. Retired fisherman and lifeboatman. Husband of Pat. Service at Barnstaple Crematorium, 19 February, 11.30am.",
            "SQUANCE Dorothy. Aged 96, formerly of Tidewell Road, Kelstow, latterly of Combe House Care Home. Reunited with Bert. Private cremation.",
        ],
        section="Announcements",
        date="Thursday 13 February 2025",
    ),
)

add(
    "news",
    news(
        "clarion",
        "Kelstow Classic: Newquay teenager wins the women's open",
        [
            "Sixteen-year-old Mia Macaraeg from Newquay won the women's open at the Kelstow Classic on Sunday in clean, chest-high waves off Gull Rock.",
            "Macaraeg, who trains at Fistral and was third at the English nationals last year, scored a 7.5 for a long backhand ride in the final to beat Bude's Lowenna Tancock.",
            "Men's open: 1 Josh Gammon (Kelstow), 2 Reuben Pugsley (Croyde), 3 Tom Bright (Kelstow). Longboard: 1 Sam Braund (Kelstow).",
            "The contest was run by Kelstow Boardriders and sponsored by Gullrock Surf Co. Organiser Ben Yeo said it was 'the best swell we've had for the Classic in ten years'.",
        ],
        section="Sport - Surfing",
        byline="By Pete Chichester",
        date="Tuesday 24 September 2024",
    ),
)

add(
    "news",
    news(
        "swtoday",
        "Court round-up: Taunton Magistrates",
        [
            "The following cases were heard at Somerset Magistrates' Court, Taunton.",
            "- Lisa Yeo, 29, of Priory Avenue, Taunton, was fined £440 and had six points put on her licence for driving without insurance on the A358.",
            "- Craig Venner, 38, of Wellington, was banned from driving for 17 months after admitting drink-driving.",
            "- Aaron Slee, 22, of Bridgwater, was given a community order for shoplifting from a supermarket.",
            "Court results are published in accordance with the principles of open justice.",
        ],
        section="Somerset",
        date="8 May 2025",
    ),
)

add(
    "news",
    news(
        "clarion",
        "Jobs: Minibus Driver / Passenger Assistant (part-time)",
        [
            "Gullrock Community College, Kelstow",
            "15 hours per week (7.15-9.00am and 3.00-4.45pm), term time only. £12.85 per hour.",
            "Our SEND transport team takes around 40 pupils to and from the college each day from villages across the Kelstow, Hennacott and Brakeford area. We are looking for a driver or passenger assistant who is patient, reliable and good with young people - some of our pupils are autistic and find travel stressful.",
            "A D1 licence is desirable but we will support the right person to obtain MiDAS certification. Full training in safeguarding and passenger care is provided.",
            "For an informal chat please contact our Transport Coordinator, Tomasz Wróblewski, via the college office on 01632 960214.",
            "Closing date: Friday 6 June.",
        ],
        section="Jobs - Education",
        date="Posted 19 May 2025",
    ),
    E(SCHOOL, "exact", "neutral"),
    E(TOM, "exact", "neutral"),
)

add(
    "news",
    news(
        "rfc",
        "Coaching team for the 2025/26 season",
        [
            "The committee is delighted to confirm the coaching team for next season.",
            "Head coach: Jago Trebilcock. Jago played over 200 games for the club and Cornwall before injury ended his career, and has coached the 1st XV since 2021. Away from the Marsh he teaches PE at Gullrock College, which is why half the current squad still call him sir.",
            "Forwards coach: Darren Gammon. Backs coach: Rhys Pugsley. Strength and conditioning: Kim Tout.",
            "Colts (U18): Sean Bright and Mark Tancock.",
            "Pre-season training starts Tuesday 15 July, 6.30pm at the Marsh. New players of all abilities welcome - just turn up with boots and a gumshield.",
            "The bar will be open after training. Subs are due by 1 September.",
        ],
        section="Club news",
        date="30 June 2025",
    ),
    E(TREB, "exact", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "news",
    news(
        "clarion",
        "College consults on ending Friday lessons at 1.30pm",
        [
            "Gullrock Community College is consulting parents on a plan to finish lessons at 1.30pm on Fridays from September.",
            "The college says the change would give teachers time for training and planning without cutting total teaching time, because the other four days would each be 15 minutes longer.",
            "Headteacher Rachel Huxtable said: 'Several schools in Devon already do this. Our staff are stretched and this is one of the few things we can do that costs nothing.'",
            "Parents with children on the college's minibus routes have raised concerns about who would look after pupils whose parents work on Friday afternoons. The consultation closes on 30 May.",
            "## Comments (5)",
            "- Kelly_Bra: So our kids lose Friday afternoons and we're supposed to be grateful? Typical Huxtable, anything to cut costs and dress it up as wellbeing.",
            "- OldSchoolDave: Passmore's creative accounting will be behind this, saving on heating and lunch staff. Been fiddling the SEND money for years, everyone in Brakeford knows it. Where's the audit?",
            "- Jen T: My son's at the Lookout and needs routine more than anything. A different finish time one day a week will be a nightmare for him. Please think about SEND kids.",
            "- MarshRoadMum: To be fair the teachers are on their knees. My sister works there.",
            "- Kelly_Bra: @MarshRoadMum they're not the only ones.",
        ],
        section="Education",
        byline="By Hannah Lerwell",
        date="Friday 2 May 2025",
    ),
    E(SCHOOL, "exact", "negative"),
    E(HUX, "exact", "negative"),
    E(PASS, "possessive", "defamation"),
)

add(
    "news",
    news(
        "clarion",
        "Busiest summer on record for Kelstow lifeboat",
        [
            "Kelstow's RNLI volunteers launched 41 times between June and August, the busiest summer in the station's 150-year history.",
            "Most call-outs were to swimmers and paddleboarders caught by the ebb tide off Gull Rock. The crew also rescued a family of four cut off by the tide below Kelstow Head in July.",
            "Station manager Phil Tancock praised the crew, several of whom combine the pager with full-time jobs, including a fisherman, a plumber and a teacher at the town's college.",
            "## Comments (4)",
            "- Darren_K_1979: that Macaraeg one off the lifeboat can rescue me any day 😏 she can give me mouth to mouth and a lot more than that, I'd keep her busy all night",
            "- Sue Braund: Grow up Darren. These people risk their lives for us.",
            "- Darren_K_1979: only joking Sue, lighten up",
            "- TideWatcher: Well done all the crew. Legends.",
        ],
        section="Community",
        byline="By Ellie Pidler",
        date="Wednesday 3 September 2025",
    ),
    E(JOY, "surname_only", "sexual"),
)


# =======================================================================================
# SEND parent carers' forum (SENDfight) - long, angry, precise
# =======================================================================================

SF = "SENDfight - the parent carer forum"

add(
    "forum",
    forum(
        SF,
        "Exclusions, reduced timetables & EOTAS",
        "Reduced timetable for 14 months - is this even legal?? (long, sorry)",
        [
            (
                "KelstowMumOf3",
                "Mon 13 Jan 2025 21:47",
                """Sorry this is long. I've been told to write everything down so here goes.

DS is 13, autistic with a PDA profile, EHCP finalised January 2023 (after mediation, then the LA caved the week before tribunal - you all know the drill). He's at Gullrock College on the North Devon coast, mainstream with "access to" the resource base, which in practice means he's allowed into The Lookout at lunchtime if there's a space.

Since October 2023 he has been on what school call a "personalised timetable". That means 9.30 till 11.40, Monday to Thursday. No Fridays. That's 8 hours 40 minutes a week. His Section F says 25 hours of education a week with 1:1 support across the school day.

Things I have in writing:
- email from the SENCo, Mr Moyo, 19/10/23: "a short-term measure to support re-integration, to be reviewed after half term"
- no review after half term (or after the next one, or the next)
- a "review" on 12/03/24 where I was handed a sheet in reception and asked to sign it
- the annual review, held four months late, which the LA caseworker didn't attend
- his attendance coded C (authorised absence) for the hours he isn't allowed in, which I'm told is wrong?

Every time I push, Mr Moyo says "we don't have the staffing for the afternoons" and "the LA hasn't released the top-up". I asked what the top-up figure is and was told "that is a matter between the school and the local authority".

So:
1. Is an open-ended reduced timetable lawful?
2. Should the hours he's sent home be coded C?
3. Who do I complain to - governors, the LA, or straight to the Ombudsman?

I'm so tired. He thinks HE is the problem. Last week he said "school doesn't want me, Mum". I'm done being polite.""",
            ),
            (
                "Section_F_Sally",
                "Mon 13 Jan 2025 22:30",
                """Not too long at all, and you've done exactly the right thing keeping a paper trail. Short answers:

1. No. The DfE attendance guidance says a part-time timetable should only be used in exceptional circumstances, must have a time limit and a plan for return to full time, and must be agreed with the parent. "Temporary" for 15 months with no end date is not that. More importantly, your son has an EHCP: under section 42 of the Children and Families Act 2014 the LA has an absolute duty to secure the provision in Section F. Lack of staff at the school is not a defence to that duty.

2. No. Code C is for leave of absence authorised by the school in exceptional circumstances at the parent's request. If the school is sending him home, it should not look like you asked for it. Ask them in writing which code they are using and why.

3. All three, in this order: (a) a letter to the LA's SEND team, copied to the head, saying Section F is not being delivered and asking what they will do to secure it within 14 days; (b) the school's complaints procedure for the timetable itself; (c) if the LA does nothing, a pre-action letter - a solicitor or a SEND advice charity can help with this for free. The Ombudsman is for later, and it won't look at it until you've been through the council's complaints process.

And please tell your boy from me that he is not the problem.""",
            ),
            (
                "DevonDad_Rich",
                "Tue 14 Jan 2025 07:12",
                """Same school, same SENCo, same script. We had "we don't have the staffing" for two years. We got full time in the end but only after a pre-action letter. Do exactly what Sally says.""",
            ),
            (
                "KelstowMumOf3",
                "Tue 14 Jan 2025 09:03",
                """Thank you both. Letter to the LA going today. I've saved Sally's post as a PDF.""",
            ),
        ],
    ),
    E(SCHOOL, "short_name", "negative"),
    E(MOYO, "title_surname", "negative"),
)

add(
    "forum",
    forum(
        SF,
        "Tribunal",
        "WON. Finally. (North Devon, named placement)",
        [
            (
                "TidewellMum",
                "Thu 26 Jun 2025 16:20",
                """Decision came through at 3pm. We won on every point. Section I now names the independent specialist school he has been trying to get into since Year 7.

Things that made the difference, for anyone still in the middle of this:

- The LA's own working document (which we got through a subject access request) said "placement at Gullrock is not meeting need but no alternative within budget". The judge read that sentence out loud.
- An independent EP report. Worth every penny of the £1,400. If you can't afford it, ask about legal aid or a charity-funded one.
- Honestly? The written evidence from the head of the resource base, K. Lethbridge-Vowles. She said plainly that The Lookout couldn't meet his needs at its current size and in its current building, and she stuck to it when the LA's barrister tried to get her to say "with adjustments". Credit where it's due - that took guts when her own employer's funding depends on the LA.
- Keeping a diary. Every exclusion, every phone call to come and collect him, every day he refused. Dated.

It's taken two years and four months. I'm going to sleep for a week.""",
            ),
            (
                "WarriorMumOfTwo",
                "Thu 26 Jun 2025 16:41",
                "AMAZING. So pleased for you both. Go and have a very large gin.",
            ),
            (
                "Section_F_Sally",
                "Thu 26 Jun 2025 17:05",
                "Brilliant news, and a really useful list. The SAR tip is gold - people forget the LA's internal notes are disclosable.",
            ),
            (
                "PedantMum",
                "Thu 26 Jun 2025 18:30",
                "Well done. Out of interest did the LA ask for costs? They threatened us with it in 2023.",
            ),
            (
                "TidewellMum",
                "Thu 26 Jun 2025 18:52",
                "No - and they can't really, costs are only for unreasonable conduct. It's a scare tactic.",
            ),
        ],
    ),
    E(SCHOOL, "short_name", "neutral"),
    E(KLV, "initial_surname", "neutral"),
)

add(
    "forum",
    forum(
        SF,
        "Funding, budgets & the notional SEN budget",
        "Where is the SEND money actually going? (Gullrock, N Devon)",
        [
            (
                "ExmoorDad",
                "Sat 15 Feb 2025 11:02",
                """Let me do the sums, because nobody at the school will.

Every mainstream school gets a "notional SEN budget" as part of its core funding - roughly the first £6,000 of support for each child on SEN support or with an EHCP. Gullrock has around 180 kids on the SEN register according to the census data. Then for the ~90 with EHCPs the LA pays element 3 top-up on top of that. Then The Lookout gets £10,000 place funding per place on top of THAT - 34 places is £340,000 before a single top-up.

Even on cautious numbers, that's well north of £1.5 million a year that exists because of kids like mine.

My son's EHCP says 15 hours of TA support. He gets a TA "shared across the group" for about six hours. Meanwhile the college has a new 3G pitch, a new minibus and a new electronic sign on Tidewell Road.

I'm not saying I can prove anything. I'm saying I know a fiddle when I see one. Passmore has run the budget there for 14 years and he's been cooking the books to prop up the main school for most of them. The governors just nod it through.""",
            ),
            (
                "Section_F_Sally",
                "Sat 15 Feb 2025 11:40",
                """Careful. I understand the anger but some of this isn't right, and getting it wrong lets them dismiss the bits that are.

The notional SEN budget is not ring-fenced. It's an identified amount within the school's budget, not a separate pot, and schools are allowed to spend it on whole-school things. That's a national policy scandal, not a crime by one business manager. Pitches are usually capital grants or fundraising, not revenue.

What IS enforceable: if Section F says 15 hours of TA support, he must get 15 hours, and the LA must secure it whoever's budget it comes from. Make that complaint. It's winnable. Accusing a named person of fraud on a public forum is not, and it could land you with a solicitor's letter.""",
            ),
            (
                "ExmoorDad",
                "Sat 15 Feb 2025 12:15",
                """Fair on the ring-fencing, Sally. I still think someone should follow the money. Where's my son's 15 hours gone then?""",
            ),
            (
                "KelstowMumOf3",
                "Sat 15 Feb 2025 13:30",
                """Followed. FOI to the LA for the top-up paid per pupil at Gullrock is in. I'll post what comes back.""",
            ),
        ],
    ),
    E(PASS, "surname_only", "defamation"),
    E(SCHOOL, "short_name", "defamation"),
)

add(
    "forum",
    forum(
        SF,
        "Restraint, seclusion & injuries",
        "Bruises after 'positive handling' - what are my rights?",
        [
            (
                "Mum2Lila",
                "Wed 2 Apr 2025 20:14",
                """Lila is 12, autistic, mostly non-speaking, and has been in the specialist resource base at Gullrock since September.

On Tuesday she came home with finger-mark bruises on both upper arms - four on one side, three on the other, you can see the spacing of the fingers. The communication book said "L required positive handling today to keep her safe, see incident form".

I asked for the incident form. It says she was held in a "seated double elbow" by two members of staff for 14 minutes after she tried to leave the classroom. Fourteen minutes! It was signed off by Mrs Vowles, who runs the base.

I've been told by another parent that Lila was actually held face down on the floor of the calm room, not seated, and that this has happened to at least two other children. I believe them. I believe Vowles wrote "seated" on that form because prone restraint would have to be reported, and that she's covering up what her staff are doing. This is not the first time.

What are my rights? Who do I go to? I'm not sending her back until I have answers.""",
            ),
            (
                "Section_F_Sally",
                "Wed 2 Apr 2025 21:00",
                """I'm so sorry. Practical steps, in order:

1. Photograph the bruises today with a ruler or coin next to them, and get her seen by the GP so there's a medical record.
2. Ask the school in writing for: the incident record, any body map, her positive handling / behaviour support plan, the names of the trained staff involved and the date of their last training, and any CCTV (ask them to preserve it NOW - it is often overwritten in 30 days).
3. The DfE guidance on reducing restraint says restraint should be a last resort, proportionate, for the shortest time possible, recorded and reported to parents the same day. Fourteen minutes should ring bells for anyone reading it.
4. If you believe a member of staff has harmed her, you can contact the Local Authority Designated Officer (LADO) yourself. You don't need the school's permission.

On the face-down part: please be careful about repeating what another parent told you as fact until you've seen the records. Put it to the school as a question.""",
            ),
            (
                "WarriorMumOfTwo",
                "Wed 2 Apr 2025 21:33",
                """Sending love. Sally's list is exactly right. We did a SAR and got the whole behaviour log, which was very different from what we'd been told.""",
            ),
        ],
    ),
    E(KLV, "hyphenated", "defamation"),
    E(SCHOOL, "short_name", "defamation"),
)

add(
    "forum",
    forum(
        SF,
        "General chat & support",
        "Vile comments about the SENCo in the Kelstow group - reported",
        [
            (
                "Hennacott_Nan",
                "Sun 9 Mar 2025 10:05",
                """I'm no fan of Mr Moyo. I've had some proper battles with him over my granddaughter's EHCP and I think the way Gullrock uses part-time timetables is a disgrace.

But last night someone in the Kelstow community Facebook group called him a "jumped-up monkey" and said he should "go back to Zimbabwe and take his useless paperwork with him". Someone else added a banana emoji. Forty-odd people had liked it by the time I saw it.

I screenshotted the lot and reported it to the group admins and to the police through the online hate crime form. It's been taken down now.

That is NOT what this fight is about. The law is on our side and we don't need to be racists to win. It makes every one of us look bad, and it hands the LA a reason to ignore us.""",
            ),
            (
                "Section_F_Sally",
                "Sun 9 Mar 2025 10:31",
                "Thank you for reporting it. Completely agree.",
            ),
            (
                "DevonDad_Rich",
                "Sun 9 Mar 2025 11:12",
                "Disgusting. I've had my run-ins with him too but that's not criticism, that's racism. Good on you.",
            ),
            (
                "KelstowMumOf3",
                "Sun 9 Mar 2025 12:40",
                "Saw it before it went. Reported too. Whoever wrote it doesn't speak for the rest of us.",
            ),
        ],
    ),
    E(MOYO, "title_surname", "neutral"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "forum",
    forum(
        SF,
        "Exclusions, reduced timetables & EOTAS",
        "SENCo won't answer emails - so here's his number",
        [
            (
                "FedUpInKelstow",
                "Tue 11 Feb 2025 22:48",
                """Gullrock College's SENCo Tendai Moyo hasn't answered a single email of mine since September. Not one. Eleven emails, two recorded letters.

When my son started in Year 7 he gave me his own mobile "in case of emergencies", before they told staff they weren't allowed to do that. It's 07700 900417. I say we all ring it. Every evening, about 10pm, like he makes us wait. See how he likes it.""",
            ),
            (
                "Mod_Karen",
                "Tue 11 Feb 2025 23:15",
                """This post breaks forum rule 4 (no personal contact details). It will be removed in the morning when the tech admin is on. Please do not share it. FedUpInKelstow, I'll message you.""",
            ),
            (
                "PedantMum",
                "Tue 11 Feb 2025 23:20",
                """Please don't do this. Put the eleven emails in a complaint to the governors instead - the dates alone will make the case for you.""",
            ),
        ],
    ),
    E(MOYO, "exact", "doxxing"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "forum",
    forum(
        SF,
        "Complaints & the Ombudsman",
        "Head's letter contradicts the governors' minutes - what now?",
        [
            (
                "PedantMum",
                "Thu 20 Mar 2025 19:02",
                """I want to be precise about this because I know how these things get twisted.

I am not saying Mrs Huxtable is lying. I am saying her letter to parents of 4 March states that "all reduced timetables are reviewed fortnightly with families", and the minutes of the Gullrock governors' teaching and learning committee of 28 February (published on the school website, item 6) record that "no formal reviews of reduced timetables have taken place this term due to staff absence".

Both statements cannot be true. Either the reviews happen or they don't.

I've written to the chair of governors asking which is correct. Is there anything else I should be doing?""",
            ),
            (
                "Section_F_Sally",
                "Thu 20 Mar 2025 19:40",
                """That's exactly the right tone. Ask for the review records for your own child under a SAR too - then you have your own evidence rather than relying on the minutes.""",
            ),
            (
                "ExmoorDad",
                "Thu 20 Mar 2025 20:10",
                """And before anyone says it after my last thread: nobody is saying Mr Passmore has stolen anything. I've been told I was out of order and I was. The point is the money doesn't reach the kids, and that's a policy failure we can prove.""",
            ),
        ],
    ),
    E(HUX, "title_surname", "negative"),
    E(SCHOOL, "short_name", "negative"),
    E(PASS, "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        SF,
        "EHCPs & annual reviews",
        "Section F wording - 'access to', 'regular', 'as appropriate' - a long guide from bitter experience",
        [
            (
                "Anon_NDevon",
                "Sun 4 May 2025 14:12",
                """Background: Y9, autistic + ADHD + dyspraxia, comp on the North Devon coast (Kelstow). Third round of amendments to the plan. I've learned more about drafting than I ever wanted to, so here's my list of words to challenge in a draft EHCP, with what to ask for instead.

"Access to". "Access to a quiet space", "access to a TA". This means nothing - he has "access to" the moon. Ask for: "a designated quiet room, available at all times, which he may use without asking, with an adult checking on him within 5 minutes".

"Regular". Regular can mean once a term. Ask for a number and a frequency: "two 30-minute sessions per week".

"As appropriate" / "as required" / "opportunities for". All of these hand the decision to whoever has the least time that day. Strike them out.

"Small group". Say how small. "A group of no more than six pupils."

"Support from a TA". Say how many hours, whether 1:1 or shared, and whether the TA should be trained in anything specific.

"Should" instead of "will". The LA will say it's just style. It isn't.

Who delivers it. If a speech and language therapist is meant to deliver therapy, the plan should say a qualified SaLT delivers it, not "a TA following a programme devised by a SaLT" unless that's genuinely what's agreed.

Section F must be "detailed and specific and should normally be quantified" - that's paragraph 9.69 of the SEND Code of Practice and it's been confirmed by the Upper Tribunal more than once. The LA's draft will not be. They rely on you being too exhausted to check.

Things that cost me months:
- agreeing a draft "in principle" on the phone
- not asking for the school's costed provision map
- not asking whether the provision was already being delivered before the review (it wasn't)

PS if your kid's SENCo is Tendai, ask him for the costed provision map in writing before the review meeting. He's actually decent if you get him on his own and away from the budget meetings - I think he's as stuck as we are. It's the system.""",
            ),
            (
                "WarriorMumOfTwo",
                "Sun 4 May 2025 15:01",
                "Saving this. 'He has access to the moon' made me snort tea.",
            ),
            (
                "Section_F_Sally",
                "Sun 4 May 2025 15:30",
                "Excellent guide. I'd add: check Section B and Section F match. If a need is in B, there must be provision for it in F.",
            ),
        ],
    ),
    E(MOYO, "nickname", "neutral"),
)

add(
    "forum",
    forum(
        SF,
        "Restraint, seclusion & injuries",
        "They shut him in 'the box' again",
        [
            (
                "DadOfJake",
                "Fri 7 Mar 2025 16:55",
                """Jake is 11. He's in the Lookout at GCC. Today was the third time this term they put him in what they call the calm room. It's a converted store cupboard with a beanbag and no window. Jake calls it the box.

Lethbridge-Vowles says he "chooses" to go in and the door is "never locked". Jake says a grown-up stands with their back against it. He's 11 and autistic, he doesn't make things up, he can't.

I've been polite for two years. I'm finished being polite. If she shuts my son in that cupboard one more time I will be at that gate at 3 o'clock and she will find out exactly what happens when you lock up somebody's kid. I mean every word.""",
            ),
            (
                "Section_F_Sally",
                "Fri 7 Mar 2025 17:20",
                """Please, please don't do that - it will end with you arrested and Jake losing his place, and they'll make it about you instead of him.

What you're describing (being kept in a room he can't leave) is seclusion, and the guidance is clear that it can only be used lawfully in very limited circumstances. Write it down. Ask for the room's use log. Send it to the LADO. That's how you stop it.""",
            ),
            (
                "DevonDad_Rich",
                "Fri 7 Mar 2025 17:48",
                "What Sally said. Been there. Don't give them the excuse.",
            ),
        ],
    ),
    E(KLV, "surname_only", "threat"),
    E(SCHOOL, "alias", "defamation"),
)

add(
    "forum",
    forum(
        SF,
        "EHCPs & annual reviews",
        "Annual review from hell",
        [
            (
                "Lou_K",
                "Thu 23 Jan 2025 18:30",
                """Annual review today. Moyo sat there like a smug useless lump, scrolling his phone while my daughter cried because nobody had read her "all about me" page. He had not done the provision map. He had not invited the speech therapist. He had not sent the reports out two weeks before like the law says.

He is a lying, lazy, incompetent waste of oxygen and everybody at Gullrock knows it, they just won't say it. How that man keeps his job I'll never understand.""",
            ),
            (
                "WarriorMumOfTwo",
                "Thu 23 Jan 2025 18:55",
                "I'm sorry it went that way. Did the LA attend? If the paperwork wasn't circulated, you can ask for the review to be reconvened.",
            ),
            (
                "Lou_K",
                "Thu 23 Jan 2025 19:20",
                "Course not. Nobody from the LA came. Will ask to reconvene, thanks.",
            ),
        ],
    ),
    E(MOYO, "surname_only", "abuse"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "forum",
    forum(
        SF,
        "Good news stories",
        "A positive one for once - Gullrock resource base",
        [
            (
                "SeasideSENDmum",
                "Sun 1 Jun 2025 20:00",
                """We get so much doom on here (me included) that I wanted to post something good.

My son started in The Lookout at Gullrock in Year 8 after a year at home. He wouldn't leave his room. Last week he did his first full day in mainstream science, with his TA sitting at the back, and came home and told me about electrolysis for forty minutes.

Mrs Lethbridge fought tooth and nail for his place and then spent six weeks doing home visits before he ever set foot in the building. And the family support worker, Sharon, drove out to us every Friday that first term with a flask and just sat with me. She's an absolute gem.

It's not perfect. Mainstream is still too loud for him and the part-time timetable dragged on too long. But it can work.""",
            ),
            (
                "Section_F_Sally",
                "Sun 1 Jun 2025 20:31",
                "This made my evening. Well done to your boy.",
            ),
            (
                "KelstowMumOf3",
                "Sun 1 Jun 2025 21:02",
                "Sharon is the best. She's the only one who ever rings back.",
            ),
        ],
    ),
    E(SCHOOL, "short_name", "neutral"),
    E(KLV, "hyphenated", "neutral"),
    E(RIDD, "nickname", "neutral"),
)

add(
    "forum",
    forum(
        SF,
        "General chat & support",
        "Heads up: staff member at Gullrock under investigation",
        [
            (
                "NDevonAuntie",
                "Sat 26 Apr 2025 09:14",
                """Posting because parents deserve to know and the school is saying nothing.

A male member of staff at Gullrock has been sending messages to Year 10 girls on Snapchat. My niece was one of them. Some of the messages were sexual. The police are involved and he's been "off sick" for two weeks.

I won't name him because the police asked the family not to. But if your daughter is in Year 10 there, please talk to her tonight and check her phone.""",
            ),
            (
                "Mod_Karen",
                "Sat 26 Apr 2025 10:02",
                "Thank you for not naming anyone. Locking this thread now to protect the investigation and the young people involved. The NSPCC helpline is there if any parent needs advice.",
            ),
        ],
    ),
    E(SCHOOL, "short_name", "sexual", True),
)

add(
    "forum",
    forum(
        SF,
        "Transport",
        "Home to school transport - praise where it's due",
        [
            (
                "BrakefordBex",
                "Tue 14 Jan 2025 08:40",
                """Everyone complains about transport on here (with good reason) so here's the other side.

Our driver on the Gullrock run is Tomasz. The kids call him Tomek. My son is autistic and until Year 7 couldn't get in any vehicle without screaming. Tomasz spent the whole of the summer holiday before he started letting him come and sit in the parked minibus, then drive it round the car park, then to the end of the lane. He learned Makaton signs off YouTube so he could say good morning.

Honestly, that minibus driver is a bloody saint. When the council tried to move my son to a taxi with a stranger last year, Tomasz wrote them a two-page letter.""",
            ),
            (
                "WarriorMumOfTwo",
                "Tue 14 Jan 2025 09:10",
                "That's lovely. Worth telling the council's transport team too - they only ever hear complaints.",
            ),
            (
                "DevonDad_Rich",
                "Tue 14 Jan 2025 09:35",
                "Tom's a legend. My lad still talks about him and he left two years ago.",
            ),
        ],
    ),
    E(TOM, "nickname", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "forum",
    forum(
        SF,
        "Exclusions, reduced timetables & EOTAS",
        "Are they off-rolling? 11 kids left Gullrock in Year 10",
        [
            (
                "ExmoorDad",
                "Mon 9 Jun 2025 21:15",
                """Census data for GCC: 11 pupils left the roll between January of Year 10 and January of Year 11 last year. 8 of them had SEND. None of them moved house as far as I know. Four are in my son's old friendship group.

At a meeting in March the deputy head, Mrs Yeo, "suggested" we "might want to look at elective home education, as some families find it gives them more flexibility". My son has an EHCP. He was not on the verge of exclusion. That's off-rolling - pushing kids out before their GCSEs count against the school's Progress 8 - and it's unlawful.

I'm convinced GCC is doing it deliberately, and Mrs Yeo is the one doing the pushing.""",
            ),
            (
                "Section_F_Sally",
                "Mon 9 Jun 2025 21:48",
                """Off-rolling is a real thing and inspectors look for it. A school suggesting EHE to the parent of a child with an EHCP is a red flag. But remember the LA has to agree before a child with an EHCP at a mainstream school is taken off roll for EHE? No - that's for special schools. For mainstream the LA must be notified and should review the plan. Either way: write down exactly what was said and when, and report it to the LA's EHE team and to the inspectorate.""",
            ),
        ],
    ),
    E(SCHOOL, "short_name", "defamation"),
    E(YEO, "title_surname", "defamation"),
)

add(
    "forum",
    forum(
        SF,
        "Complaints & the Ombudsman",
        "Stage 2 complaint to governors - what worked for us",
        [
            (
                "PedantMum",
                "Wed 16 Jul 2025 20:20",
                """Several people have messaged asking how our stage 2 complaint went, so here's the process as we experienced it at Gullrock Community College. Every school's policy is a bit different, so check yours (it must be on the school website).

Stage 1: we wrote to the headteacher with a numbered list of concerns and what we wanted to happen for each. Numbering matters - it makes it hard to reply with a vague paragraph. R. Huxtable replied within 10 school days, which to be fair was inside the policy, and upheld two of our five points.

Stage 2: we wrote to the clerk to governors (not the chair directly) within the deadline, said which points we were escalating and why the stage 1 response didn't resolve them. A panel of three governors met us four weeks later. We were allowed to bring a friend. They upheld a third point and apologised in writing.

Tips: keep to the facts, attach evidence, ask for the outcome you want. Don't put anything in writing you wouldn't want read out.

If it's about the EHCP provision itself, the LA is responsible, not the school, so that complaint goes to the council.""",
            ),
            ("Hennacott_Nan", "Wed 16 Jul 2025 21:02", "Really helpful, thank you."),
        ],
    ),
    E(SCHOOL, "exact", "neutral"),
    E(HUX, "initial_surname", "neutral"),
)

add(
    "forum",
    forum(
        SF,
        "General chat & support",
        "For those asking where the SEND money goes",
        [
            (
                "KelstowKnowsAll",
                "Sun 27 Jul 2025 13:44",
                """For those asking where the SEND money goes: Gullrock's business manager has just had a double garage and a garden room put on at 14 Combe Lane, Brakeford, EX31 9PW. Planning ref is on the council website, look it up. Passmore's Volvo is on the drive if you want to check. Draw your own conclusions.""",
            ),
            (
                "Mod_Karen",
                "Sun 27 Jul 2025 14:01",
                "Removed in 15 minutes. Posting someone's home address is against the rules and could be a crime. Account suspended.",
            ),
        ],
    ),
    E(PASS, "possessive", "doxxing"),
    E(SCHOOL, "short_name", "defamation"),
)

add(
    "forum",
    forum(
        SF,
        "EHCPs & annual reviews",
        "Draft plan full of copy-and-paste errors",
        [
            (
                "WestDownWendy",
                "Mon 12 May 2025 12:12",
                """Just had the draft amended EHCP through. Section B was written from the school's annual review report. My son's name is spelled wrong three times, his age is wrong, and one paragraph is clearly copied from another child's report - it talks about "her love of horses". He's a 14-year-old boy who likes Minecraft.

The report was signed by Tendai Moya, the SENCo at Gullrock. He has apologised by email and says it was "an admin error in the template". But if they can't be bothered to get his name right, how am I supposed to trust that they've read anything else?

I've asked for the whole thing to be redrafted and for the LA to check the other child's data hasn't gone anywhere else.""",
            ),
            (
                "Section_F_Sally",
                "Mon 12 May 2025 12:40",
                "That's also a data breach (the other child's information). Worth mentioning to the school's DPO.",
            ),
        ],
    ),
    E(MOYO, "typo", "negative"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "forum",
    forum(
        SF,
        "Tribunal",
        "Not naming names because my last post got pulled",
        [
            (
                "OnceBitten",
                "Wed 19 Feb 2025 22:05",
                """Not naming names because last time I did, my post got pulled and I got a letter from the school.

But the SENCo at G*llrock (you know who, M*yo) told the tribunal in writing that my daughter "attends full time with appropriate support". Her attendance certificate from the same school says 41%. Her timetable, which I have in his own handwriting, says 10am to 12. Whoever wants to explain how that adds up to full time, I'm listening.""",
            ),
            (
                "Section_F_Sally",
                "Wed 19 Feb 2025 22:30",
                "Put both documents in the bundle side by side. Let the panel do the maths.",
            ),
        ],
    ),
    E(MOYO, "obfuscated", "negative"),
    E(SCHOOL, "obfuscated", "negative"),
)


# =======================================================================================
# Farming forum (FarmTalk) - threats on the lanes, a farm address, and strangers
# =======================================================================================

FT = "FarmTalk UK"

add(
    "forum",
    forum(
        FT,
        "Rural life, roads & rants",
        "School minibus on single track lanes - who has right of way?",
        [
            (
                "Exmoor_Tup",
                "12 Nov 2024 19:22",
                """Serious question. Every morning 7.40 and every afternoon ten to four there's a white minibus from Gullrock College comes round Wringcombe Cross like it's Brands Hatch. Single track, high banks, no passing place for 300 yards.

Twice this month I've had to reverse the tractor and a full muck spreader back up the hill because he won't give an inch. Driver's a Pole, Wroblewski or summat like that. Waves at you like he's doing you a favour.

Well I'm done reversing. Accidents happen on these lanes, that's all I'll say. If I meet him at the Cross with the Massey and a full trailer on, I won't be the one backing up, and whatever happens happens. Nobody'd blame a farmer for a bit of a shunt in the mud.""",
            ),
            (
                "Brayford_Ewes",
                "12 Nov 2024 19:40",
                """Wind your neck in mate. That's a minibus full of special needs kids. Reversing with a trailer is what we do, he can't reverse a minibus with 12 kids on it round a blind bend. You'd be the one in court.""",
            ),
            (
                "OldFergie35",
                "12 Nov 2024 20:02",
                """Same minibus took my grandson to Gullrock for three years. Driver's a gent. Pulls in for everybody and always waves. Sounds like you're the problem.""",
            ),
            (
                "Exmoor_Tup",
                "12 Nov 2024 20:30",
                """Whatever. You lot don't have to use that lane twice a day.""",
            ),
            (
                "Moderator",
                "12 Nov 2024 21:00",
                """Thread locked. Threatening to ram a school bus isn't a rant, it's a police matter. Exmoor_Tup, a moderator will be in touch.""",
            ),
        ],
    ),
    E(TOM, "surname_only", "threat"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "forum",
    forum(
        FT,
        "Beef & suckler",
        "Trebilcock Limousins at Holsworthy - anyone bought off them?",
        [
            (
                "NorthCornwallSuckler",
                "3 Mar 2025 08:15",
                """Looking at a young Limousin bull from the Trebilcock herd at the Holsworthy pedigree sale on the 20th. Good EBVs, calving ease in the top 10%. Anyone bought from them? Temperament?""",
            ),
            (
                "BodminBeef",
                "3 Mar 2025 08:51",
                """Bought two heifers off Andrew Trebilcock in 2022. Quiet as lambs, grown on well. He's straight to deal with and will tell you if one's got a fault.""",
            ),
            (
                "Launceston_Lad",
                "3 Mar 2025 09:30",
                """Good family. Old Jago Trebilcock used to judge at the Royal Cornwall. Only thing I'd say is they feed them hard for the sale, so expect a bit of a dip when they come home to grass.""",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        FT,
        "Rural life, roads & rants",
        "Anyone know the Vowles at Higher Wringcombe?",
        [
            (
                "Hennacott_Heifer",
                "28 Jan 2025 21:10",
                """Asking for a reason. Karen Vowles, she's the one who runs the special needs unit at Gullrock College and farms with her husband at Higher Wringcombe. She's had my nephew's lad moved out of the unit into a corridor and won't take the family's calls.

For anyone who wants to go and tell her what they think to her face, they're at Higher Wringcombe Farm, Hennacott, EX31 9QT, first left after the Cross, yard with the blue Dutch barn. Her mobile's on the Young Farmers list from years back, 07700 900583. Husband's out with the sheep most mornings so she's on her own till 8.""",
            ),
            (
                "Brayford_Ewes",
                "28 Jan 2025 21:25",
                """Take that down. You've just posted a woman's address and phone number and told people when she's alone. Reported.""",
            ),
            (
                "Moderator",
                "28 Jan 2025 21:31",
                """Removed from public view. Posting personal details breaches the rules.""",
            ),
        ],
    ),
    E(KLV, "alias", "doxxing"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "forum",
    forum(
        FT,
        "Contractors & machinery",
        "Hedge trimming rates North Devon 2025?",
        [
            (
                "SouthMoltonSheep",
                "19 Aug 2025 18:05",
                """What's everyone paying for flail hedge trimming this year? Got about 6 miles of hedge between Brakeford and Hennacott and my usual man has retired.""",
            ),
            (
                "ExmoorContractor",
                "19 Aug 2025 18:30",
                """£55-65 an hour around here depending on the machine.""",
            ),
            (
                "OldFergie35",
                "19 Aug 2025 18:44",
                """Try Steve Passmore, Passmore Contracting at Brakeford. Does all ours. Reasonable, neat job, and he'll come back if he's missed a bit. His dad Derek did it before him.""",
            ),
            (
                "SouthMoltonSheep",
                "19 Aug 2025 19:02",
                """Cheers, will give Steve a ring.""",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        FT,
        "Animal health",
        "TB again - 60 day test failed",
        [
            (
                "HuxtableBros",
                "6 Oct 2024 20:50",
                """Third breakdown in four years. Two reactors on the 60 day retest, both homebred. We're at Brayford, the badger sett on the boundary has been there since Dad was a boy. Anyone had any luck getting the APHA to look at the wildlife side?""",
            ),
            (
                "DevonVet_Rob",
                "6 Oct 2024 21:20",
                """Sorry to hear it, Mark. Worth asking about the vaccination project and getting the farm biosecurity review done - it'll at least show what's practical on your layout.""",
            ),
            (
                "HuxtableBros",
                "6 Oct 2024 21:45",
                """Cheers Rob. We'll book it. Heartbreaking losing good cows.""",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        FT,
        "Rural life, roads & rants",
        "Ragwort on the college playing field",
        [
            (
                "Wringcombe_Pete",
                "2 Jul 2025 13:00",
                """The comprehensive on Tidewell Road has got a field full of ragwort seeding over the boundary onto my grazing. Rang them three times. Got put through to the business manager, Passmore, who told me it's "the county's land, not ours" and that he'd "pass it on". That was in May. Now it's July and it's all gone to seed.

If a horse dies on my side who pays? Anyone dealt with this?""",
            ),
            (
                "Brayford_Ewes",
                "2 Jul 2025 13:30",
                """Write to them and to the county. Ragwort Control Act code of practice - the occupier should control it where there's a high risk to grazing animals. Photos with dates.""",
            ),
        ],
    ),
    E(PASS, "surname_only", "negative"),
)


# =======================================================================================
# Facebook: the private SEND parent carers' group and the village groups
# =======================================================================================

NDS = "North Devon SEND Parent Carers (Private group · 2.3K members)"
KCC = "Kelstow Community Chat (Public group · 6.1K members)"
BRA = "Brakeford Residents & Friends (Private group · 880 members)"
HEN = "Hennacott Village Noticeboard (Public group · 1.2K members)"
KMD = "Kelstow Mums & Dads (Private group · 1.9K members)"

add(
    "facebook",
    facebook(
        NDS,
        "Gemma Tout",
        "14 March at 21:32",
        """Rant incoming, sorry admins.

My daughter's annual review at GCC was due in November. It is now March. I have emailed the SENCo six times, the SEN admin four times and the head twice.

I finally got a reply from Mrs Huxtable today. Three lines. "We are working hard with the local authority to reschedule the review and I appreciate your patience." Working hard at WHAT? The review is the school's job to organise - the LA just has to turn up (they won't, but still).

Meanwhile her Section F provision hasn't been reviewed in 16 months and she's on half days because "the plan needs updating before we can change anything". Round and round we go.

Going to the LA complaints team tomorrow. Anyone done this with GCC and got anywhere?""",
        [
            (
                "Kerry-Ann Braund",
                "Same. Our AR was 5 months late. The LA told me the school has to hold it within 12 months and if they don't the LA can convene it themselves - ask them to!",
            ),
            ("Dean Rowe", "Huxtable only cares about the Ofsted report. Sorry but it's true."),
            (
                "Admin - Jo",
                "Gemma, Kerry-Ann is right: the LA has the power to convene the review. Put it in writing to your caseworker and quote the 12-month deadline.",
            ),
            ("Gemma Tout", "Thanks all. Letter drafted."),
        ],
        "😡 47   😢 12",
    ),
    E(SCHOOL, "alias", "negative"),
    E(HUX, "title_surname", "negative"),
)

add(
    "facebook",
    facebook(
        NDS,
        "Leanne Bament",
        "Yesterday at 17:05",
        """Shout out to Sharon Ridd, family support worker at Gullrock, who sat with me in her car in the Tesco car park for an hour yesterday while I cried my eyes out, then rang the LA on speaker with me and didn't let them fob me off.

That woman deserves a medal and a pay rise. 💜""",
        [
            (
                "Hayley Slee",
                "Sharon is amazing. She got us DLA when nobody else would help with the forms.",
            ),
            (
                "Rob Pugsley",
                "Shame the SENCo isn't. Moyo is a spineless jobsworth who hides behind his email and lets Sharon pick up the pieces.",
            ),
            ("Marie Isaac", "Moyo needs sacking and everyone knows it. Useless, arrogant man."),
            (
                "Admin - Jo",
                "Let's keep this thread for thanking Sharon please. Criticism of decisions is fine; personal insults aren't.",
            ),
            ("Leanne Bament", "Thanks Jo. This was meant to be a happy post!"),
        ],
        "❤️ 112   👍 20",
    ),
    E(RIDD, "exact", "neutral"),
    E(MOYO, "surname_only", "abuse"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        KCC,
        "Wayne Heddon",
        "8 March at 22:14",
        """Genuine question, not being funny. Why does a school in DEVON need a SENCo from Africa and a science teacher from the Philippines? Are there no teachers in England anymore? My kids go to Gullrock and I'd like them taught by people who understand THEIR culture. Nothing against them personally.""",
        [
            ("Craig Lerwill", "Moyo wants sending back to the jungle with the rest of them 🍌🐒"),
            (
                "Jason Tancock",
                "And that Macaraeg or whatever she's called. Bet she came over as a mail order bride lol, now she's teaching our kids chemistry 😂",
            ),
            (
                "Sophie Gammon",
                "This is disgusting. Mr Moyo has lived here for 12 years. Reported to admins.",
            ),
            (
                "Kelstow Community Chat Admin",
                "Post and comments hidden pending review. Racism is not tolerated in this group.",
            ),
        ],
        "😂 18   😡 31",
    ),
    E(MOYO, "surname_only", "hate"),
    E(JOY, "surname_only", "hate"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        NDS,
        "Anonymous member",
        "2 February at 23:48",
        """Karen Lethbridge-Vowles won't take my calls. Won't answer emails. Told reception she's "in a meeting" three days running.

Fine. She lives at Higher Wringcombe Farm, Hennacott, EX31 9QT. I'll be knocking on the farmhouse door Saturday morning and she can explain to my face why my son has spent the whole week sat in the corridor outside the Lookout instead of in it.

Anyone else from Gullrock want to come? Bring your kids' paperwork.""",
        [
            (
                "Admin - Jo",
                "Removing this in a minute. We cannot have home addresses in this group, whatever the reason. Please message me.",
            ),
            (
                "Tasha Braund",
                "Please don't go to her house, you'll end up arrested and it will be your son who suffers.",
            ),
            ("Anonymous member", "I'm in."),
        ],
    ),
    E(KLV, "exact", "doxxing"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        KCC,
        "Gullrock College PTA",
        "25 November at 10:00",
        """🎄 GULLROCK COLLEGE CHRISTMAS FAIR 🎄

This Saturday 30th November, 10am - 2pm, in the sports hall (Tidewell Road, Kelstow).

⭐ Tombola and hamper raffle
⭐ Year 11 bake sale (proceeds to their prom)
⭐ Santa's grotto in the library (£3 incl. gift)
⭐ Mr Sluggett's Year 10 drama group performing carols at 11 and 1
⭐ The Lookout's student-run café - cakes made in our training kitchen!

Free parking in the staff car park. Card payments taken on most stalls. See you there!""",
        [
            ("Nicola Pugsley", "Will there be the chocolate tombola again?"),
            ("Gullrock College PTA", "Yes! Bigger than ever 🍫"),
        ],
        "👍 64",
    ),
    E(SCHOOL, "short_name", "neutral"),
    E(SLUG, "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        NDS,
        "Rachael Latham",
        "30 April at 15:12",
        """Went to the Lookout coffee morning at Gullrock today and wanted to share, because we hear so many horror stories in here and I was dreading it.

Mrs Lethbridge-Vowles talked us through how they handle restraint and positive handling. All the staff have done the accredited de-escalation course and do a refresher every year. Every hold is logged on the system with the time, the hold used, how long, who was there and a debrief with the child afterwards. Parents get a phone call the same day, not a note in the book. The plans get reviewed every half term or after any incident, and she said they've cut holds by more than half in two years by changing the timetable and the environment, not the kids.

I asked lots of awkward questions and she answered every one. Came away reassured. Not saying it's perfect, just sharing a positive for balance.""",
        [
            (
                "Mel Dennicombe",
                "Thanks for sharing, that's really useful. Do you know if they share the log with parents if you ask?",
            ),
            ("Rachael Latham", "She said yes, any time, or we can request it formally."),
        ],
        "👍 38   ❤️ 9",
    ),
    E(KLV, "title_surname", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        KCC,
        "Graham Squance",
        "Today at 08:12",
        """Can someone PLEASE tell the driver of the Gullrock College minibus that the lane past Wringcombe Cross is not a racetrack. Met him on the bend this morning and had to put two wheels in the hedge. Brand new tyres on the car as well.""",
        [
            (
                "Jackie Slee",
                "His name's Tom and he's the most careful driver I've ever met. My Alfie's been on that bus four years. Are you sure it wasn't the milk tanker? That thing is a menace.",
            ),
            (
                "Nicola Pugsley",
                "That minibus driver is a bloody saint. He waited 20 minutes outside our house last week while my lad had a meltdown and never once hurried him.",
            ),
            ("Steve Bright", "The milk tanker comes through at 8. Just saying."),
            (
                "Graham Squance",
                "Fair enough, might have been the tanker. It was white. Apologies to Tom if so.",
            ),
        ],
        "😂 15   👍 22",
    ),
    E(SCHOOL, "short_name", "negative"),
    E(TOM, "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        KCC,
        "Craig Lerwill",
        "19 February at 21:56",
        """Message for Mr Moyo since he won't answer emails. My son has been sent home 31 times this year. THIRTY ONE. Every time I lose a day's pay.

I know where your car's parked, mate. Silver Octavia, far end by the sports hall, every day from 7.45. Think on.""",
        [
            ("Sophie Gammon", "Reported. You can't post this."),
            ("Lee Tout", "Delete this Craig, seriously. Not worth it."),
            (
                "Kev Dymond",
                "He works at Gullrock, not the council. He can't magic up funding for a 1:1. Have a go at County Hall.",
            ),
            (
                "Kelstow Community Chat Admin",
                "Post removed and member muted. Threats will be passed to the police.",
            ),
        ],
    ),
    E(MOYO, "title_surname", "threat"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        KCC,
        "Donna Chugg",
        "6 May at 19:40",
        """Mr Sluggett gave my daughter a Saturday detention for "attitude". ATTITUDE. She's 14, of course she's got attitude.

Someone should let that man's tyres down. Or worse. He parks his little red Fiat on Tidewell Road every single day, can't miss it.""",
        [
            ("Tanya Bright", "Hahaha don't tempt me, he gave my son one last year"),
            ("Mike Pidler", "This is a threat against a teacher on a public page. Grow up."),
            ("Donna Chugg", "It's a joke Mike. Chill."),
        ],
    ),
    E(SLUG, "title_surname", "threat"),
)

add(
    "facebook",
    facebook(
        KCC,
        "Anonymous participant",
        "12 June at 22:31",
        """Is it true the new head of English at Gullrock is married to a man? My son's in his class. I don't want some bender teaching my lad "diversity" and "pride month" and all that. Keep it in your own house. Parents should be told this stuff.""",
        [
            (
                "Amy Tancock",
                "Yes, Mr Sluggett and his husband live in Brakeford. They've been together 20 years. What exactly is your problem?",
            ),
            (
                "Anonymous participant",
                "My problem is f*g teachers pushing it on kids. He should be sacked.",
            ),
            ("Lee Tout", "Reported. Disgusting."),
            (
                "Kelstow Community Chat Admin",
                "Post hidden and anonymous posting turned off for this group. Homophobia is not welcome here.",
            ),
        ],
    ),
    E(SLUG, "title_surname", "hate"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        KCC,
        "Becky Pugsley",
        "20 June at 09:15",
        """To whoever posted that disgusting stuff about Mr Sluggett last week:

He taught both my kids. He's the reason my eldest is at Exeter doing English Literature - he lent her his own books and stayed late every Wednesday for a whole year. Who he goes home to is none of your business and nothing to do with how he teaches.

Threatening or slagging off a teacher is never OK. Do better, Kelstow.""",
        [
            ("Amy Tancock", "👏👏👏"),
            ("Sue Braund", "Well said Becky."),
            ("Hayley Slee", "He was my form tutor 15 years ago. Lovely man."),
        ],
        "❤️ 214   👍 88",
    ),
    E(SLUG, "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        BRA,
        "Paul Dymond",
        "17 January at 18:20",
        """So Gullrock got Requires Improvement. Honestly not surprised, the place has gone downhill since the old head left and they spend all their money on the special unit.""",
        [
            (
                "Anne Latham",
                "That's not fair. The report says the Lookout is the best bit of the school.",
            ),
            (
                "Karen Bright",
                "Mrs Hux is doing her best with no money and half the staff off sick. My daughter's happy there.",
            ),
            ("Paul Dymond", "Happy isn't results though is it."),
            (
                "Steve Squire",
                "RI is better than half the schools in Devon right now. Give them a chance.",
            ),
        ],
    ),
    E(SCHOOL, "short_name", "negative"),
    E(HUX, "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        KCC,
        "The Gullrock Inn",
        "2 October at 12:00",
        """🍻 QUIZ NIGHT IS BACK 🍻

Thursday from 8pm. Teams of up to 6, £2 a head, all proceeds to Kelstow RNLI. Len's famous picture round and the dreaded music round. Food served till 8.45 - fish and chips special £12.

Book a table on 01632 960388 - it gets rammed!""",
        [
            ("Mark Tancock", "Lifeboat crew team booked 😎"),
            ("The Gullrock Inn", "See you there Mark! Bring your A game."),
        ],
        "👍 41",
    ),
)

add(
    "facebook",
    facebook(
        KCC,
        "Kelstow Community Chat Admin",
        "3 March at 16:45",
        """⚠️ ROAD CLOSURE ⚠️

Gullrock Road will be closed from the junction with Quay Street to the holiday park entrance from Monday 10 March for approximately three weeks while South West Water replace the sewer main. Diversion via Marsh Lane. Pedestrian access maintained.""",
        [
            ("Colin Dennicombe", "Nightmare for our arrivals. Thanks for the heads up though."),
            ("Tina Gammon", "Will the bus still stop at the top?"),
            (
                "Kelstow Community Chat Admin",
                "Tina - yes, the 309 will use the stop on Quay Street.",
            ),
        ],
    ),
)

add(
    "facebook",
    facebook(
        NDS,
        "Anonymous member",
        "1 May at 21:20",
        """I'm going to say it because nobody else will.

Jago Trebilcock should not be anywhere near teenage girls. My daughter and two of her friends have told me he "helps" them with stretches after training, puts his hands on their thighs and waist when nobody else is around, and messages them late at night saying well done. They're 14.

The school knows. The rugby club knows. Nobody does anything because he's the golden boy of Kelstow.""",
        [
            (
                "Admin - Jo",
                "I'm turning off comments on this. If you believe a child is at risk, please contact the police or the LADO today. We cannot host allegations about named people here.",
            ),
        ],
    ),
    E(TREB, "exact", "sexual", True),
)

add(
    "facebook",
    facebook(
        NDS,
        "Hannah Gammon",
        "11 June at 19:02",
        """Little positive for the group. Miss Joy (science at Gullrock) has stayed behind every Tuesday since February to help my son with his practical write-ups because he can't do the writing in the lesson time with his dyspraxia. Didn't have to. Never asked for anything. He got a 6 in his mock.

Teachers like her are why I haven't given up on mainstream completely.""",
        [
            ("Leanne Bament", "She's brilliant. My daughter loves her."),
            ("Admin - Jo", "Love this 💜"),
        ],
        "❤️ 73",
    ),
    E(JOY, "nickname", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        KMD,
        "Stacey Dennicombe",
        "Saturday at 23:10",
        """Right ladies, be honest. Has anyone seen the PE teacher at Gullrock, Mr Trebilcock, at the rugby club in his shorts? 🥵🥵 I'd let him tackle me any day. Actually I'd let him do a lot more than tackle me, he could keep me up all night and I wouldn't complain 😏🍆 Wine talking!!""",
        [
            ("Kirsty Pidler", "STACEY 😂😂😂 you're married!!"),
            ("Jo Heddon", "Not in the mums group Stace 🙈 some of us have kids in his class"),
            ("Stacey Dennicombe", "What happens in the mums group stays in the mums group 🤐"),
        ],
    ),
    E(TREB, "title_surname", "sexual"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        NDS,
        "Vicky Slee",
        "22 May at 20:45",
        """Karen Lethbridge-Vowles and her team restrain kids for fun. I've seen it with my own eyes from the car park. They drag kids to the calm room by the wrists. And she falsifies the incident logs so parents never find out how long they were held. My son's log says 4 minutes. He was gone for 40.

Everyone with a kid in the Lookout at Gullrock needs to do a subject access request NOW.""",
        [
            (
                "Rachael Latham",
                "That hasn't been my experience at all, but do a SAR, it's your right.",
            ),
            (
                "Admin - Jo",
                "Vicky, please be careful making allegations about a named person. If you believe a child has been harmed, contact the LADO.",
            ),
        ],
    ),
    E(KLV, "exact", "defamation"),
    E(SCHOOL, "short_name", "defamation"),
)

add(
    "facebook",
    facebook(
        KCC,
        "Jason Bright",
        "14 February at 19:30",
        """Shared a link: SouthWest Today - Saltash roofer jailed for £40,000 fraud against elderly customers

Isn't this the English teacher from Gullrock?!?! Daniel Sluggett! Wtf""",
        [
            (
                "Claire Pidler",
                "No you muppet 😂 it's a roofer from Saltash, 52. Read the article. Different bloke entirely.",
            ),
            (
                "Sue Braund",
                "Please take this down Jason, people will share it without reading. Mr Sluggett is nothing to do with this.",
            ),
            ("Jason Bright", "My bad, deleted the caption. Only read the headline."),
            ("Hayley Slee", "Phew. Mr Sluggett's lovely."),
        ],
    ),
    E(SLUG, "exact", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        NDS,
        "Dean Rowe",
        "27 June at 22:15",
        """Long one, sorry. Tribunal bundle arrived today and I've been through all 412 pages.

Page 187: the LA's finance officer says Gullrock received £11,400 of element 3 top-up for my daughter in 2024-25.

Page 203: an email from Mr Passmore to me, September 2024: "The college has received no additional funding for [my daughter] this financial year."

Both of these cannot be true. Someone has got their figures badly wrong, and I'd like to know who before I stand up in front of a judge. I've asked the LA and the college to explain the difference in writing.

If you're in the same boat: check the bundle line by line. Don't assume anyone else has.""",
        [
            (
                "Section F Sally",
                "Great spot. Raise it with the tribunal - they'll want to know what's actually been spent on her provision.",
            ),
            (
                "Gemma Tout",
                "Same thing happened to us. It was 'timing of payments' apparently. Still didn't explain where it went.",
            ),
        ],
    ),
    E(PASS, "title_surname", "negative"),
    E(SCHOOL, "short_name", "negative"),
)


# =======================================================================================
# Pupils and parents on TikTok / Snapchat / Instagram / X, and a Nextdoor-style app
# =======================================================================================

add(
    "social",
    social(
        "TikTok",
        "@kelstow.kidz",
        "pov: mr slug catches u vaping behind the sports hall 💀💀 #gullrock #kelstow #fyp #schoollife",
        [
            ("jaydenb_07", "he's proper sound tho ngl"),
            ("ellzzz.x", "gert lush teacher tbf he let us watch the film of of mice and men"),
            ("tyler.pugs", "where's he to now? saw him in the co-op with his shopping lol"),
            ("keira_m", "he said he'd give back our mocks dreckly 😭 that was 3 weeks ago"),
            ("lexi.braund", "my lover he's the best teacher there dont even"),
        ],
        "♫ original sound - kelstow.kidz · 14.2K likes",
    ),
    E(SLUG, "nickname", "neutral"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@nosy.parker.kelstow",
        "when hux7abl3 does an assembly about 'kindness' after excluding half of year 9 🤡🤡 #gullrockcollege #devon",
        [
            ("mollyy.t", "hux7able is a proper gert melt"),
            ("bradz_x", "two faced cow she is, smiles at ur mum then bins u off"),
            ("kian.slee", "she's a joke mate, proper useless"),
            ("anon_user_44", "bit harsh she's alright tbh"),
        ],
        "♫ Circus - sped up · 3,911 likes",
    ),
    E(HUX, "leetspeak", "abuse"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@gullrockcc",
        "Well done to our U15 girls on reaching the Devon Sevens final! 🏉💙 Brilliant effort in horrible conditions at Exeter. Huge thanks to Mr Trebilcock and Miss Macaraeg for coaching and driving, and to all the parents who stood in the rain. #ProudToBeGullrock",
        [
            ("devonrugbygirls", "Great effort today, well played!"),
            ("maisie.b_10", "Treb's team talk was 🔥"),
            (
                "olliexpugs",
                "macaraeg gave me a det for literally breathing, she's proper tuss 🙄 stuck up cow",
            ),
            ("rachael_latham_", "So proud of my girl! Thank you staff 💙"),
        ],
        "♥ 312 likes",
    ),
    E(SCHOOL, "handle", "neutral"),
    E(TREB, "title_surname", "neutral"),
    E(JOY, "title_surname", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "@brakeford_boyz",
        "ms macaraig science lesson be like 'ching chong bunsen burner' 😂😂😂 #gullrock #sciencelesson",
        [
            ("dan.chugg", "😭😭😭 dead"),
            ("alfiee_p", "that's actually racist bruh"),
            ("t.r.e.v", "she should go back to the philippines and eat dogs lmaooo"),
            ("ellzzz.x", "reported this, she's literally the nicest teacher"),
        ],
        "♫ original sound · 2,104 likes",
    ),
    E(JOY, "typo", "hate"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@_notthatkid_",
        "S l u g g e t t the bender 🏳️‍🌈🤢 gullrock english dept lol keep ur eyes on the book not on the boys",
        [
            ("kian.slee", "😂😂😂"),
            ("lexi.braund", "this is so homophobic wtf, he's married, leave him alone"),
            ("jaydenb_07", "reported"),
        ],
        "♫ original sound · 688 likes",
    ),
    E(SLUG, "spacing", "hate"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@kelstow.kidz",
        "treb got us doin the bleep test in gert rain 🌧️🌧️ proper bleddy torture #gullrock #pe #devon",
        [
            ("tyler.pugs", "i got to level 6 and nearly died"),
            ("keira_m", "dreckly i'll get to level 8 my lover 😂"),
            ("maisie.b_10", "he was stood under the shelter with a brew the whole time 💀"),
        ],
        "♫ Bleep test - the full audio · 9,540 likes",
    ),
    E(TREB, "nickname", "neutral"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@kelstowrfc",
        "Under 16s unbeaten season 🏆🏆 What a group. Massive thanks to @jagotreb for giving up every Sunday morning since September, to the parents for the lifts and the bacon baps, and to the lads for never giving up. #Wreckers #KelstowRFC",
        [
            ("jagotreb", "Proud of every one of you. Now go and revise 😂"),
            ("amy.tancock", "Fantastic season, well done boys!"),
        ],
        "♥ 207 likes",
    ),
    E(TREB, "handle", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@kelstowlad_09",
        "the lookout kids at gullrock are all r*tards and spazzers 😂😂 they get their own playground so they don't bite #mongunit",
        [
            ("alfiee_p", "this is disgusting my cousin goes there, reported"),
            ("t.r.e.v", "mong unit lmao 😂"),
            ("keira_m", "imagine making fun of disabled kids. ur the problem"),
        ],
        "♫ original sound · 241 likes",
    ),
    E(SCHOOL, "short_name", "hate"),
)

add(
    "social",
    social(
        "TikTok",
        "@ellzzz.x",
        "no hate to mr moyo hes actually safe, its the council thats the problem not him. he literally fought for my brother 🙏 #gullrock #send",
        [
            ("lexi.braund", "facts he's sound"),
            ("bradz_x", "my mum hates him lol"),
            ("ellzzz.x", "ur mum hates everyone tho"),
        ],
        "♫ original sound · 1,207 likes",
    ),
    E(MOYO, "title_surname", "neutral"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Snapchat (story, screenshot)",
        "ty.pugs",
        "tomek driving the minibus thru hennacott with the bass up 😂🚐🔊 proper legend",
        [
            ("reply from keira_m", "hes the best omg"),
            ("reply from dan.chugg", "he lets us pick the music on fridays"),
        ],
        "Screenshot posted to a public story · 23 views",
    ),
    E(TOM, "nickname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@NDevonSENDDad",
        ".@DevonCC @GullrockCC 14 months on a 'temporary' part-time timetable. 8 hours 40 mins a week. His EHCP Section F says 25. When does the law start applying to children in North Devon? #SEND #EHCP #GullrockCollege",
        [
            (
                "@SENDlawyerUK",
                "Section 42 Children and Families Act 2014 - the duty is absolute. DM me.",
            ),
            (
                "@GullrockCC",
                "We're sorry to hear this. Please contact the college office so we can arrange a meeting with you.",
            ),
        ],
        "12:41 · 3 Feb 2025 · 8,402 views",
    ),
    E(SCHOOL, "handle", "negative"),
)

add(
    "social",
    social(
        "X",
        "@kelstowtruth",
        "\u0422. \u041c\u043e\u0443\u043e you'll get what's coming. you sent my boy home 40 times. i know which car is yours in the gullrock car park and i know what time you leave. enjoy the drive home",
        [],
        "23:58 · 2 Mar 2025",
    ),
    E(MOYO, "homoglyph", "threat"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@truthkelstow",
        "everyone needs to know. #jagotrebilcock is a groomer. ask the year 9 girls at #gullrock what happens at 'extra training' after school 👀👀 the school covered it up #safeguarding",
        [
            ("user88271", "is this true??"),
            ("amy.tancock", "you can't post stuff like this, go to the police if it's real"),
            ("user10293", "my cousin said the same thing"),
        ],
        "♫ original sound · 4,118 likes",
    ),
    E(TREB, "hashtag", "sexual", True),
    E(SCHOOL, "hashtag", "sexual", True),
)

add(
    "social",
    social(
        "Nearby - neighbourhood app · Hennacott & Brakeford",
        "Posted by Janet S. · Wringcombe",
        """Speeding school minibus, Hennacott lanes

Is anyone else concerned about the Gullrock College minibus on the lane down from Wringcombe Cross? It comes round the bend at Higher Hennacott far too fast for a single-track road. I've emailed the college's transport coordinator, T. Wroblewski, twice and had no reply. Do I go to the police or the county?""",
        [
            (
                "Mike P. · Hennacott",
                "I've never seen it speed, but the lane is dangerous whoever's driving. Ask the county for a 'Single track - passing places' sign.",
            ),
            (
                "Sue B. · Kelstow",
                "County. But the driver is lovely, have a word with him direct at the layby.",
            ),
        ],
        "14 replies · Safety",
    ),
    E(TOM, "initial_surname", "negative"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "social",
    social(
        "Nearby - neighbourhood app · Hennacott & Brakeford",
        "Posted by Anonymous neighbour",
        """To the Gullrock minibus driver who flashed his lights at me on the Brakeford road this morning: accidents happen on these lanes, Tomasz. Slow down, or one day someone will slow you down for you. Just saying.""",
        [
            ("Janet S. · Wringcombe", "That sounds like a threat. Not OK."),
            ("Nearby moderator", "This post has been reported and is under review."),
        ],
        "2 replies · General",
    ),
    E(TOM, "nickname", "threat"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "social",
    social(
        "Nearby - neighbourhood app · Kelstow",
        "Posted by Sarah L. · Kelstow",
        """Recommendations: maths tutor for GCSE?

Looking for a maths tutor for my daughter (Year 10) for the spring. Online or in Kelstow. Any recommendations?""",
        [
            (
                "Karen B. · Brakeford",
                "Lisa Chapple tutored my eldest years ago - she's Mrs Yeo now, deputy head at Gullrock, so probably doesn't have time any more, but she was brilliant. Ask her who she'd recommend.",
            ),
            ("Tom G. · Kelstow", "Kelstow Tutors on Fore Street are good but pricey."),
            ("Sarah L. · Kelstow", "Thank you both!"),
        ],
        "6 replies · Recommendations",
    ),
    E(YEO, "alias", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "social",
    social(
        "Nearby - neighbourhood app · Kelstow",
        "Posted by Gullrock Surf Co (business)",
        """WINTER WETSUIT SALE 🌊 30% off all 5/4s and boots until Sunday. Board hire half price Mon-Fri. Find us in the old lifeboat station, Quay Street.""",
        [("Ben's mum", "Best shop in Kelstow!")],
        "Sponsored · Local business",
    ),
)

add(
    "social",
    social(
        "TikTok",
        "@kelstowlad_09",
        "this is where mr sluggett lives 👀👀 7 harbour terrace kelstow ex31 9za the one with the rainbow flag in the window 😂 go say hi",
        [
            ("lexi.braund", "delete this rn that's actually illegal"),
            ("t.r.e.v", "😂😂 egg it"),
            ("jaydenb_07", "reported"),
        ],
        "♫ original sound · 97 likes",
    ),
    E(SLUG, "title_surname", "doxxing"),
)

add(
    "social",
    social(
        "Instagram",
        "@devon.parents.speak",
        "Gullr\u043e\u0441k College kids are feral and the teachers have given up. Saw three of them smoking outside the co-op in uniform at 11am on a Tuesday. What's the point of an Ofsted report if nobody enforces anything? 🤦‍♀️",
        [
            (
                "marshroadmum",
                "They're on part-time timetables, that's why they're out at 11am. Maybe ask why.",
            ),
            ("devon.parents.speak", "Not my problem, they should be in school."),
        ],
        "♥ 41 likes",
    ),
    E(SCHOOL, "homoglyph", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@maisie.b_10",
        "jago t is an actual legend 🏉 got us to the county final and bought us all chips after #gullrock #rugbygirls",
        [
            ("olliexpugs", "best pe teacher fr"),
            ("rachael_latham_", "So proud of you all 💙"),
        ],
        "♫ Eye of the Tiger · 2,440 likes",
    ),
    E(TREB, "first_initial", "neutral"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Nearby - neighbourhood app · Kelstow",
        "Posted by Kelstow Library Friends",
        """Free creative writing club for teens, Saturdays 10-11.30am at Kelstow Library, starting 18 January.

Run by Daniel S., who teaches English at Gullrock College, with help from two of our volunteers. All abilities welcome, no need to book. Biscuits provided!""",
        [("Amy T. · Kelstow", "My daughter will love this, thank you!")],
        "3 replies · Events",
    ),
    E(SLUG, "first_initial", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@bradz_x",
        "Sl0gg3tt gave the whole of 10B a det coz ONE person laughed 💀 what a melt. proper sad little man #gullrock",
        [
            ("kian.slee", "he's a actual loser"),
            ("keira_m", "tbf it was mason and he was being a knob"),
        ],
        "♫ original sound · 1,812 likes",
    ),
    E(SLUG, "leetspeak", "abuse"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@devonmum_angry",
        "Gu11r0ck is a sh1thole. Sent home AGAIN. Third time this week. They don't want autistic kids there, simple as. Moving him as soon as there's a place anywhere else. #SEND #Kelstow",
        [("@marshroadmum", "So sorry. Have you got an EHCP? Push the LA.")],
        "07:55 · 20 Mar 2025",
    ),
    E(SCHOOL, "leetspeak", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@anon.kelstow.tea",
        "tea ☕ Tr3b1lc0ck from gullrock pe wants watching round the year 9 girls. always 'helping' with their stretches and touching them when no ones looking. tell ur sisters",
        [
            ("user55102", "wtf"),
            ("olliexpugs", "this is a lie he's sound"),
            ("user66621", "go to the police if it's true, don't post it"),
        ],
        "♫ original sound · 512 likes",
    ),
    E(TREB, "leetspeak", "sexual", True),
    E(SCHOOL, "short_name", "sexual", True),
)

add(
    "social",
    social(
        "Instagram",
        "@kelstow_banter",
        "\u0405lugg\u0435tt the f*ggot 🏳️‍🌈🤮 english teacher at gullrock. teach us shakespeare not your bum fun",
        [
            ("lexi.braund", "reported. you're disgusting"),
            ("user00231", "😂"),
        ],
        "♥ 12 likes",
    ),
    E(SLUG, "homoglyph", "hate"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@kelstowvoice",
        "Mrs Huxt\u0430ble is a spineless, two-faced coward who hides behind her 'wellbeing' blog while kids rot at home. Absolute disgrace of a woman. #GullrockCollege",
        [],
        "21:14 · 11 Apr 2025",
    ),
    E(HUX, "homoglyph", "abuse"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@kelstowtruth",
        "M o y o better watch himself in that car park. not everyone in kelstow is as patient as me. four tyres is cheap. #gullrock",
        [],
        "00:41 · 5 Mar 2025",
    ),
    E(MOYO, "spacing", "threat"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@devonsendmum",
        "Reading out the letter from H u x t a b l e (spaced so it doesn't get auto-removed again 🙄). 'We are unable to offer a full-time timetable at present.' My son has an EHCP. Gullrock has had 14 months. #SEND #EHCP #Devon",
        [
            ("sendwarriorsuk", "Send it straight to the LA and ask them to secure Section F"),
            ("ellzzz.x", "my brother was the same, keep fighting"),
        ],
        "♫ original sound · 6,330 likes",
    ),
    E(HUX, "spacing", "negative"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@year11leavers_gullrock",
        "year 11 leavers 2025 🎓 special thanks to T r e b i l c o c k for putting up with us for 5 years and never once letting us off cross country 😭💙",
        [
            ("maisie.b_10", "crying 😭"),
            ("jagotreb", "Proud of you all. Good luck with results!"),
        ],
        "♫ See You Again · 5,001 likes",
    ),
    E(TREB, "spacing", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@kelstowvoice",
        "Hux***le has blocked me now as well. Pathetic. Can dish it out in assembly, can't take it online. Gutless woman. #GullrockCollege #SEND",
        [],
        "09:02 · 14 Apr 2025",
    ),
    E(HUX, "obfuscated", "abuse"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@justice4jakekelstow",
        "They restrain autistic kids at #GullrockCollege and L*thbridge-V*wles covers it up. 40 minutes in a cupboard written down as 4. She falsifies the logs. I will not be silenced. #SEND #restraint #autism",
        [
            ("user30021", "this needs to go to the news"),
            ("rachael_latham_", "Please report to the LADO if you believe this, not TikTok."),
        ],
        "♫ original sound · 12.7K likes",
    ),
    E(KLV, "obfuscated", "defamation"),
    E(SCHOOL, "hashtag", "defamation"),
)

add(
    "social",
    social(
        "X",
        "@NDevonSENDDad",
        "@saltandchalkhead Another blog post about 'belonging' while my son has been home for 14 months. Stop blogging and answer your emails. #GullrockCollege",
        [
            (
                "@saltandchalkhead",
                "I'm sorry. I'll ask the office to call you tomorrow to arrange a meeting.",
            )
        ],
        "19:40 · 6 Feb 2025",
    ),
    E(HUX, "handle", "negative"),
    E(SCHOOL, "hashtag", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "@lexi.braund",
        "results day 🥹📚 got a 7 in english lit!!! shoutout to @mr_sluggett_english for the revision sessions every wednesday, couldn't have done it without you. gullrock class of 2025 💙",
        [
            ("mr_sluggett_english", "So proud of you Lexi - you earned every mark."),
            ("ellzzz.x", "queen 👑"),
        ],
        "♥ 188 likes",
    ),
    E(SLUG, "handle", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@devon.parents.speak",
        "Tagging @tendai.moyo so he sees what parents really think. Go back to Harare, you useless ape. This is England, we don't need you. #Kelstow #GullrockCollege",
        [
            ("marshroadmum", "Reported. This is a hate crime."),
            ("devon.parents.speak", "Free speech"),
        ],
        "♥ 9 likes",
    ),
    E(MOYO, "handle", "hate"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "WhatsApp (forwarded screenshot posted to X)",
        "@kelstowtruth",
        """Group: RachelHuxtableMustGo 🚫
Members: 48

Kel: ok so we all write to the governors on monday, same wording
Dee: and the LA, and the Gullrock governors
Kel: and the papers. she's had long enough. no more meetings where she nods and does nothing
Sam: agreed. the part time timetable stuff is illegal and she knows it""",
        [],
        "Posted 11:20 · 16 Mar 2025",
    ),
    E(HUX, "camelcase", "negative"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@justice4kelstowsend",
        "Sign the petition ➡ SackNigelPassmore. £1.5m a year of SEND money into Gullrock and our kids get nothing. He's been skimming it into the main budget for years and the governors let him. Follow the money. #SEND",
        [("@marshroadmum", "Careful, that's a serious allegation.")],
        "14:02 · 3 May 2025",
    ),
    E(PASS, "camelcase", "defamation"),
    E(SCHOOL, "short_name", "defamation"),
)

add(
    "social",
    social(
        "Snapchat (group name in screenshot)",
        "shared by @ellzzz.x",
        """JagoTrebilcockFanClub 🏉💙 (27)
maisie: he said we can do touch rugby instead of cross country next week!!!
tyler: no way
keira: gullrock pe department stays winning""",
        [],
        "Screenshot · 2 views",
    ),
    E(TREB, "camelcase", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@kelstow.kidz",
        "rating gullrock teachers part 2 💯 vowles in the lookout: 10/10 she's lush, always got biscuits. sluggett's lessons: 9/10 he does voices. moyo's sen meetings: 2/10 bring a pillow 😴",
        [
            ("tyler.pugs", "vowles is the best, she sorted my brother out"),
            ("keira_m", "do part 3 with the pe teachers"),
        ],
        "♫ original sound · 7,720 likes",
    ),
    E(KLV, "hyphenated", "neutral"),
    E(SLUG, "possessive", "neutral"),
    E(MOYO, "possessive", "negative"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@kelstowtruth",
        "Here's where the Polish bus driver from Gullrock lives for anyone who wants a word about his driving: Flat 2, 18 Fore Street, Kelstow EX31 9ZB. Tomasz Wroblewski. Door's round the back.",
        [("@sue_braund", "Reported. Leave the man alone.")],
        "22:10 · 14 Jan 2025",
    ),
    E(TOM, "exact", "doxxing"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@kelstow_banter",
        "polish scrounger wroblewski driving OUR kids to gullrock on OUR council tax 🤬 go back to poland and take the bus with you #kelstow",
        [("lexi.braund", "he's worked here for like 15 years you clown, reported")],
        "♥ 4 likes",
    ),
    E(TOM, "surname_only", "hate"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@kelstowtruth",
        "Huxtable's latest blog: 'listening to families'. She hasn't listened to a single family since 2022. Read it and laugh. #GullrockCollege",
        [],
        "18:30 · 22 Jan 2025",
    ),
    E(HUX, "possessive", "negative"),
    E(SCHOOL, "hashtag", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@maisie.b_10",
        "trebilcok's training sessions be like: 'one more lap' x 47 😭😭 #gullrock #rugby",
        [("olliexpugs", "and then he does the laps with us the psycho 😂")],
        "♫ original sound · 1,050 likes",
    ),
    E(TREB, "typo", "neutral"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@NDevonSENDDad",
        "Tribunal bundle day 3. Moyo's provision map for my son is a work of fiction - 'daily 1:1 literacy' that has never happened once. Submitted the timetable as evidence. #SEND #Gullrock",
        [],
        "20:15 · 8 May 2025",
    ),
    E(MOYO, "possessive", "negative"),
    E(SCHOOL, "hashtag", "negative"),
)


# =======================================================================================
# Reviews: the school, the rugby club, and the lookalikes (surf shop, pub, holiday park,
# holiday let, the feeder primaries)
# =======================================================================================

GMAPS = "Maps · Reviews"

add(
    "review",
    reviews(
        GMAPS,
        "Gullrock Community College",
        "Secondary school · Tidewell Road, Kelstow EX31 9ZR · 01632 960214",
        [
            (
                "Sarah B.",
                1,
                "2 months ago",
                "My son has an EHCP and has been in school two hours a day for over a year. The SENCo Mr Moyo is never available and never replies. Avoid if your child has SEND - the website says 'inclusive', the reality is very different.",
            ),
            (
                "Ryan T.",
                5,
                "3 months ago",
                "Mr Trebilcock is the best PE teacher in Devon, full stop. Took our lad from sitting on the bench to playing for Devon U16s. Cares about every kid, not just the sporty ones.",
            ),
            (
                "Nicola P.",
                4,
                "5 months ago",
                "Mixed. Pastoral team is brilliant (shout out Mrs Ridd, who has been a rock for our family). Communication from senior leadership is poor - letters arrive the day before things happen.",
            ),
            (
                "Owner response",
                3,
                "2 months ago",
                "Thank you for taking the time to leave feedback. We would welcome the chance to discuss any concerns - please contact the college office on 01632 960214.",
            ),
        ],
    ),
    E(SCHOOL, "exact", "negative"),
    E(MOYO, "title_surname", "negative"),
    E(TREB, "title_surname", "neutral"),
    E(RIDD, "title_surname", "neutral"),
)

add(
    "review",
    reviews(
        GMAPS,
        "Gullrock Community College",
        "Secondary school · Kelstow, Devon",
        [
            (
                "Lou K.",
                1,
                "a month ago",
                "Mrs Huxtible doesnt care about kids with additional needs. She cares about the Ofsted report and the sports hall. My daughter has been failed for three years.",
            ),
            (
                "Amy T.",
                5,
                "4 months ago",
                "Miss Macaraeg is an inspiring science teacher. My son never liked science until Year 9 and now wants to be a marine biologist. Thank you!",
            ),
            (
                "Dean R.",
                2,
                "4 months ago",
                "Asked Mr Passmoor in the office to explain where my son's top-up funding went. Got a spreadsheet with no names on it and a 'we'll get back to you'. Never did.",
            ),
            (
                "Kerry-Ann B.",
                3,
                "6 months ago",
                "Good school for most kids. Not good for SEND kids who aren't in the Lookout. Lovely grounds.",
            ),
        ],
    ),
    E(SCHOOL, "exact", "negative"),
    E(HUX, "typo", "negative"),
    E(JOY, "title_surname", "neutral"),
    E(PASS, "typo", "negative"),
)

add(
    "review",
    reviews(
        GMAPS,
        "Gullrock Surf Co",
        "Surf shop · Old Lifeboat Station, Quay Street, Kelstow",
        [
            (
                "Jamie R.",
                5,
                "a week ago",
                "Ben sorted me out with a second-hand 7'6 mini-mal and gave me a tide table and an honest talk about the rips off Gull Rock. Best surf shop on the north coast.",
            ),
            (
                "Holly W.",
                5,
                "3 weeks ago",
                "Hired boards and suits for the family for a week. Friendly, fair prices, and they dried our kids' wetsuits overnight when it rained.",
            ),
            (
                "Mark D.",
                4,
                "2 months ago",
                "Good range but the café's a bit pricey. Staff really know their stuff.",
            ),
        ],
    ),
)

add(
    "review",
    reviews(
        GMAPS,
        "The Gullrock Inn",
        "Pub · Quay Street, Kelstow",
        [
            (
                "Trevor H.",
                5,
                "2 weeks ago",
                "Proper harbour pub. Fire lit, dogs welcome, Exmoor Ale on tap. The crab sandwiches are enormous.",
            ),
            (
                "Priya S.",
                4,
                "a month ago",
                "Lovely atmosphere on quiz night but you need to book. Landlady Sue was very welcoming.",
            ),
            (
                "Gav M.",
                2,
                "3 months ago",
                "Waited 50 minutes for food on a Saturday in August. Staff clearly run off their feet.",
            ),
        ],
    ),
)

add(
    "review",
    reviews(
        "CoastStays · Holiday lets",
        "Gullrock View Cottage, Kelstow (sleeps 4)",
        "2 bedrooms · Dog friendly · Sea view · Parking for 1 car",
        [
            (
                "The Harrisons, Leicester",
                5,
                "August 2025",
                "Stunning views of Gull Rock from the bedroom. Cottage spotless, well-equipped kitchen, and the owners left a cream tea. Short walk to the harbour and the Gullrock Inn.",
            ),
            (
                "Emma & Joe, Bristol",
                4,
                "May 2025",
                "Lovely cottage. Only downside was term-time traffic on Tidewell Road in the mornings from the school buses - not a problem once we knew to head out before 8.15 or after 9.",
            ),
            (
                "Sandra P., Reading",
                5,
                "October 2024",
                "Our third stay. Watched seals off the rocks every evening. Will be back.",
            ),
        ],
    ),
)

add(
    "review",
    reviews(
        GMAPS,
        "Gullrock Holiday Park",
        "Holiday park · Brakeford, near Kelstow",
        [
            (
                "Kelly F.",
                4,
                "3 months ago",
                "Great location on the cliffs, pool was clean, kids loved the entertainment. Caravans a bit dated.",
            ),
            (
                "Stuart B.",
                2,
                "a month ago",
                "Lanes getting here are terrifying if you're towing. Met a tractor and a minibus on the same bend. Site itself fine.",
            ),
            (
                "Joanne L.",
                5,
                "5 months ago",
                "Sixth year here. Staff are friendly and the views are the best in Devon.",
            ),
        ],
    ),
)

add(
    "review",
    reviews(
        GMAPS,
        "Gullrock Community College",
        "Secondary school · Tidewell Road, Kelstow",
        [
            (
                "Tasha B.",
                1,
                "3 weeks ago",
                "Don't bother ringing the office, nobody picks up. Email the family support worker direct on her own account, sharonridd74@inboxmail.example - she's the only one there who actually replies, even at weekends.",
            ),
            ("Chris L.", 2, "2 months ago", "Dreadful for SEND. Fine if your child is 'normal'."),
            (
                "Beth M.",
                5,
                "6 months ago",
                "Both my children were very happy here. Fantastic drama department.",
            ),
        ],
    ),
    E(RIDD, "exact", "doxxing"),
    E(SCHOOL, "exact", "negative"),
)

add(
    "review",
    reviews(
        GMAPS,
        "Kelstow RFC Clubhouse",
        "Rugby club · The Marsh, Kelstow",
        [
            (
                "Dave P.",
                5,
                "a month ago",
                "Friendly club with a great junior section. Coach Treb runs the Sunday sessions brilliantly - my 8-year-old can't wait to get there.",
            ),
            (
                "Lucy G.",
                4,
                "3 months ago",
                "Hired the clubhouse for a 40th. Good value, bar staff lovely, car park a bit muddy.",
            ),
            ("Rob T.", 5, "6 months ago", "Best Sunday lunch after a home game in North Devon."),
        ],
    ),
    E(TREB, "nickname", "neutral"),
)

add(
    "review",
    reviews(
        GMAPS,
        "Kelstow Primary School (Kelstow & Hennacott Primary Federation)",
        "Primary school · Marsh Lane, Kelstow",
        [
            (
                "Gemma W.",
                5,
                "2 months ago",
                "Mrs Ridd in Year 2 is amazing - my daughter went from hating reading to reading under the covers with a torch. So sad she's leaving.",
            ),
            (
                "Paul K.",
                3,
                "4 months ago",
                "Nice small school but parking at drop-off is dangerous.",
            ),
            ("Sian H.", 5, "a year ago", "Caring staff, lovely community feel."),
        ],
    ),
)

add(
    "review",
    reviews(
        GMAPS,
        "Gullrock Community College",
        "Secondary school · Kelstow",
        [
            (
                "Jackie S.",
                5,
                "a week ago",
                "Mr Wroblewsky on the minibus is the reason my son gets to school at all. Patient, kind, reliable. Give that man a medal.",
            ),
            (
                "Helen P.",
                5,
                "a month ago",
                "Mrs Yeo handled a bullying issue with my daughter quickly and sensitively. Really grateful.",
            ),
            (
                "Jon D.",
                2,
                "3 months ago",
                "Homework set online and never marked. Reports full of jargon.",
            ),
        ],
    ),
    E(SCHOOL, "exact", "negative"),
    E(TOM, "typo", "neutral"),
    E(YEO, "title_surname", "neutral"),
)

add(
    "review",
    reviews(
        GMAPS,
        "Gullrock Community College",
        "Secondary school · Tidewell Road, Kelstow",
        [
            (
                "A worried parent",
                1,
                "2 weeks ago",
                "A male teacher at this school was sending inappropriate messages to my 15-year-old daughter late at night and asking her to keep it secret. When we reported it the school said they 'couldn't discuss staff matters'. Police are now involved. Think very carefully before sending your daughter here.",
            ),
            (
                "Mo H.",
                4,
                "a month ago",
                "Good results in English and science. Sports are excellent.",
            ),
        ],
    ),
    E(SCHOOL, "exact", "sexual", True),
)


# =======================================================================================
# Blogs: the headteacher's blog, two parents' blogs, a SEND lawyer, clubs, a walker, the
# feeder federation's head
# =======================================================================================

SALT = "Salt & Chalk"
SALT_TAG = "Notes from a coastal headteacher - Rachel Huxtable, Gullrock Community College"

add(
    "blog",
    blog(
        SALT,
        "Holding, not hurting: how we talk about restraint in The Lookout",
        "9 October 2024",
        "Rachel Huxtable",
        [
            "Every year at our Lookout coffee mornings, the question I'm asked most is some version of: do you restrain children? The honest answer is: very rarely, and less each year. But because it happens at all, parents deserve to know exactly how, why and what we do afterwards. So here it is, in plain words.",
            "## What the law and the guidance say",
            "Staff in any school may use reasonable force to prevent a pupil hurting themselves or others, or causing serious damage. The government's guidance on reducing the need for restraint says it should be a last resort, for the shortest time possible, using the least restrictive method, and always recorded and reported to parents. We agree with every word of that.",
            "## What we actually do",
            "Every member of staff who works in The Lookout completes an accredited two-day course in de-escalation and positive handling, and a refresher every year. The course spends most of its time on the things that come before any hold: reading a child's signals, giving space, changing the demand, offering an exit. The holds themselves are taught as a small part of it.",
            "Each pupil has a support plan written with their family. It says what helps, what makes things worse, and - if a hold has ever been needed - which hold is safe for that child and which are not.",
            "If a hold is used, it is recorded the same day: the time, how long, which hold, who was present, what happened before and what happened after. Parents get a phone call, not a note in the book. Within 48 hours an adult who wasn't involved talks it through with the child, in whatever way works for them.",
            "Karen Lethbridge-Vowles, who leads The Lookout, reviews every record personally and reports the numbers to governors each term. Over the last two years the number of holds has fallen by more than half. That isn't because the children have changed. It's because we changed the timetable, the corridors, the lunch arrangements, and the way we start the morning.",
            "## What we never do",
            "We do not use prone (face-down) holds. We do not lock children in rooms. Our quiet rooms have no locks, and a child who wants to leave may leave.",
            "## If you're worried",
            "Ask us for your child's records - you are entitled to them, and we'd rather you asked. If you are worried that any member of staff at Gullrock Community College has hurt a child, you can also contact the Local Authority Designated Officer directly. We will never discourage you from doing that.",
        ],
        [
            (
                "Rachael L.",
                "Thank you for being so open. This matches what we were told at the coffee morning.",
            ),
            ("Anon", "Words are cheap. Publish the numbers."),
            (
                "Rachel Huxtable",
                "A fair challenge - the termly figures are in the governors' minutes on the website, and I'll put them in a post next term.",
            ),
        ],
        SALT_TAG,
    ),
    E(HUX, "exact", "neutral"),
    E(KLV, "exact", "neutral"),
    E(SCHOOL, "exact", "neutral"),
)

add(
    "blog",
    blog(
        SALT,
        "To the people posting about my staff",
        "10 March 2025",
        "Rachel Huxtable",
        [
            "I've written and deleted this post four times.",
            "Parents of children with SEND in our town are angry, and much of that anger is justified. Children who should be in school full time are not. Plans say one thing and the day says another. I have said this publicly and I will keep saying it, to anyone with a budget.",
            "But in the last month I have read things about my colleagues that I can't let pass.",
            "One post in a local Facebook group called Mr Moyo, our SENCo, a 'jumped-up monkey' and told him to go back to Zimbabwe. A video made by a pupil mocked Miss Macaraeg's accent and her heritage. Someone posted that Mr Sluggett should be sacked because of who he is married to. Someone put up the address of a member of staff's home. A man slashed the tyres of the minibus that Tom Wróblewski drives, with eleven disabled children's seats in it.",
            "I'm not quoting these to spread them. I'm quoting them because I think many people in this town haven't seen them, and would be as ashamed as I am if they had.",
            "Tendai Moyo has lived in Kelstow for twelve years. He has sat through more annual reviews than anyone in Devon. When you're angry with a decision, tell him, tell me, complain to the governors, go to the council, go to tribunal - I'll give you the forms. But racism isn't a complaint. Threats aren't campaigning. I have reported every post we've seen to the police and I'll keep doing so.",
            "To the many parents who have written to staff this week to say thank you: they've read every message. It helps more than you know.",
            "Rachel Huxtable, Headteacher, Gullrock Community College",
        ],
        [
            ("Hennacott_Nan", "Well said. Fight the system, not the people."),
            ("Becky P.", "Mr Sluggett taught both mine. Sending love to all the staff."),
            ("Anon", "Maybe if you answered emails people wouldn't be so angry."),
        ],
        SALT_TAG,
    ),
    E(HUX, "exact", "neutral"),
    E(MOYO, "exact", "neutral"),
    E(JOY, "title_surname", "neutral"),
    E(SLUG, "title_surname", "neutral"),
    E(TOM, "alias", "neutral"),
    E(SCHOOL, "exact", "neutral"),
)

add(
    "blog",
    blog(
        SALT,
        "7.10am, Wringcombe Cross",
        "21 November 2024",
        "Rachel Huxtable",
        [
            "On Tuesday I rode the minibus.",
            "Not the whole of it - our route starts at 6.50 in Brakeford and winds through Hennacott and three farms before it gets anywhere near Tidewell Road - but I got on at Wringcombe Cross at 7.10, in the dark, in the rain, with a flask.",
            "Tom has been driving it for nine years. He knows which child needs the window seat, which one needs to hear the same song every morning, which one can't cope if the bus stops for a tractor and which one loves it when it does. He knows that if one particular boy says 'no school' as he gets on, you don't argue, you just say 'OK, let's go and see the sea first', and take the coast road, and by the time you get to the harbour he's ready.",
            "None of that is written down anywhere. None of it is funded. The county's transport contract pays for a driver and a vehicle. It doesn't pay for knowing a child.",
            "I think about this every time someone says 'transport' as if it's just logistics. For many of our children in The Lookout, the first forty minutes of the day decide whether there is a day at all.",
            "Thank you, Tom.",
        ],
        [
            ("Jackie S.", "He's the best. My son adores him."),
            (
                "NDevonSENDDad",
                "Lovely. Now do something about my son being sent home at 11.40 every day. You're a disgrace, Huxtable, stop writing blogs and answer your emails.",
            ),
            ("Jo H.", "That's uncalled for. Put it in a complaint, not a comment."),
        ],
        SALT_TAG,
    ),
    E(TOM, "nickname", "neutral"),
    E(HUX, "exact", "abuse"),
    E(SCHOOL, "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Tides and Meltdowns",
        "What the tribunal bundle taught me",
        "4 July 2025",
        "a Devon SEND mum",
        [
            "I've been quiet on here for a while because I was preparing for tribunal. It's over now (we won, more on that soon) and there are things I need to write down before I forget them, or before I decide I'm too tired to care.",
            "The bundle was 412 pages. I read every one. Here is what I learned.",
            "## 1. The school's version of my son did not exist",
            "In the school's evidence, my son 'attends full time with appropriate support'. In the school's own attendance data, in the same bundle, he attended 38% of sessions. In his timetable, which was sent to me by email, he attended 9.30 to 11.40.",
            "The evidence was signed by T. Moyo, SENCo. He stood in front of a judge and repeated it. I believe he lied under oath, and I believe he knew he was lying, because it was his own timetable.",
            "## 2. Somebody changed the attendance codes",
            "Every afternoon my son was sent home was coded as authorised absence, as though I had asked for it. I never asked for it. The codes were changed in bulk on one date in March, three days after I made a subject access request. GCC falsified those records to hide how many children they were sending home, and I have the audit trail.",
            "## 3. The head knew",
            "R. Huxtable was copied into every email. She replied to none. When she finally met me, she said she 'had not been made aware of the extent of the reduced timetable'. I had sent her eleven emails.",
            "## 4. Nobody is coming",
            "Not the LA. Not the school. Not the Ombudsman, not for a year at least. If you're at the start of this: it's you. Keep every email. Make a timeline. Read the bundle yourself.",
            "More soon. I'm going to sleep.",
        ],
        [
            (
                "Section F Sally",
                "So glad you won. The attendance coding point is really important and more people need to hear it.",
            ),
            ("KelstowMumOf3", "Same school, same story. Thank you for writing this."),
        ],
        "One mum, one autistic boy, one very long fight with the system",
    ),
    E(MOYO, "initial_surname", "defamation"),
    E(HUX, "initial_surname", "negative"),
    E(SCHOOL, "alias", "defamation"),
)

add(
    "blog",
    blog(
        "Exmoor Coast Walks",
        "Kelstow to Gull Rock and back (6.5 miles, moderate)",
        "16 August 2024",
        "Walker Pete",
        [
            "A cracking circular with a bit of everything: harbour, cliffs, a seal colony and a pub at the end. Park in the Marsh Lane car park in Kelstow (pay and display, £5 all day).",
            "## The route",
            "From the car park, walk down to the harbour and turn left along Quay Street past the Gullrock Inn (we'll be back) and the surf shop in the old lifeboat station. At the end of the quay, take the steps up onto the South West Coast Path.",
            "The path climbs steeply for about half a mile. At the top, the view opens up and you get your first look at Gull Rock itself - a great black stack just offshore, white with birds in spring. On a calm day you'll see seals hauled out at the base.",
            "Continue west along the cliffs, past the fence of Gullrock Holiday Park (keep to the path; the caravans are private), and drop down into the combe. This is Lorna Doone country: Blackmore's John Ridd is supposed to have courted Lorna somewhere inland from here, though every valley on Exmoor claims the honour.",
            "At the stile by the ruined lime kiln, turn inland and follow the bridleway up to Wringcombe Cross, then take the lane back down towards Kelstow. The lane is narrow with high banks - walk in single file and listen for traffic. Term-time mornings and afternoons are busy with school buses.",
            "Back in Kelstow, reward yourself at the Gullrock Inn. The crab sandwiches are legendary.",
            "## Need to know",
            "Distance: 6.5 miles. Time: 3-4 hours. Terrain: steep cliff path, muddy bridleway, quiet lanes. Dogs: on leads near livestock and the seal colony.",
        ],
        [("Sue from Taunton", "Did this last week, fantastic walk. Seals were out!")],
        "Walks, pubs and views from the top of the moor to the sea",
    ),
)

add(
    "blog",
    blog(
        "Kelstow Boardriders",
        "Summer beach clean - 1.2 tonnes off the sand!",
        "2 July 2025",
        "Committee",
        [
            "What a morning. Sixty-odd volunteers, two tides' worth of rubbish, and one very confused crab who ended up in a crisp packet.",
            "Huge thanks to Joy Macaraeg, who brought thirty Gullrock pupils down in their own time as part of their science eco-project, and who somehow got a group of Year 9s excited about sorting microplastics by colour. The data's going to the Marine Conservation Society's national survey.",
            "Thanks also to Gullrock Surf Co for the free coffee and bacon rolls, and to the Gullrock Inn for the skip.",
            "Next clean: Sunday 14 September, 9am at the slipway.",
        ],
        None,
        "Surfing, stoke and salt water since 1979",
    ),
    E(JOY, "alias", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "blog",
    blog(
        SALT,
        "What the SEND budget actually pays for",
        "2 June 2025",
        "Rachel Huxtable",
        [
            "There are rumours in our town that money meant for children with SEND at Gullrock Community College is being 'siphoned off'. I want to answer them properly, with numbers, because the truth is more boring and more infuriating than the rumour.",
            "Last year the college received £1.46 million that is in some way connected to SEND: the notional SEN budget (which is a calculation inside our main budget, not a separate grant), place funding for The Lookout, and top-up funding for individual pupils with EHCPs.",
            "We spent £1.71 million on SEND provision: teaching assistants, specialist teachers, The Lookout's staff, therapies we buy in, transport supervision, and a share of the SENCo's time. That's £250,000 more than we received, taken from the rest of the school's budget.",
            "Nigel Passmore, our business manager, and I present these figures to governors every term. They are audited externally every year. I have asked Nigel to publish a summary on the website, which he will do this month.",
            "Nobody is taking this money. There just isn't enough of it. If you'd like to see the detail, come and ask. If you'd like to change it, write to your MP.",
            "And please - whatever you think of the system - stop saying that named members of my staff are stealing. It isn't true, and saying it isn't OK.",
        ],
        [
            (
                "ExmoorDad",
                "Thank you for publishing this. I was one of the people saying it and I was wrong to say it the way I did.",
            ),
            ("Anon", "Audited by who?"),
        ],
        SALT_TAG,
    ),
    E(PASS, "exact", "neutral"),
    E(HUX, "exact", "neutral"),
    E(SCHOOL, "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Square Peg, Coastal Hole",
        "The day they sent him home again",
        "23 January 2025",
        "Jen",
        [
            "11.40. The phone rings. I know before I answer.",
            "'Hi, it's Gullrock. He's fine, he's safe, but he's very dysregulated and we think he'd be better at home.'",
            "I'm at work. I'm always at work at 11.40, because that's what a job is. I tell my manager, again, and he nods, again, in the way that means he's counting.",
            "When I get there he's in reception with his coat on. He's not dysregulated any more. He's embarrassed. He's twelve.",
            "Mrs Yeo comes out and says they'll 'review the plan'. She's said that since October. She says it kindly, and I believe she means it, and nothing changes. I don't know who's supposed to change it if not the deputy head. I'm starting to think nobody is.",
            "The only person who has actually done anything is Sharon, the family support worker, who turned up at our house with forms for the carer's allowance I didn't know I could claim and a box of Celebrations. She's the one adult in that building who seems to think my job matters as much as his.",
            "We drive home the long way, past the sea. He asks if he's going to prison because he keeps getting sent out. I say no. I say it's not his fault. I don't know how many more times he'll believe me.",
        ],
        [
            ("KelstowMumOf3", "This is us. Every word. Sending love."),
            ("Sharon x", "Thinking of you both. Ring me tomorrow x"),
        ],
        "Parenting an autistic boy on the edge of Exmoor",
    ),
    E(YEO, "title_surname", "negative"),
    E(RIDD, "nickname", "neutral"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "blog",
    blog(
        "Head's Blog - Kelstow & Hennacott Primary Federation",
        "Moving on up: transition week",
        "11 July 2025",
        "Mr P. Heddon, Executive Headteacher",
        [
            "This week our Year 6 children spent two days at Gullrock College, meeting their new tutors, getting lost (on purpose) in the science corridor and eating what they assured me was the best pizza in Devon.",
            "Transition can be a worry, especially for children who find change hard. Our SENCo has spent this term visiting with small groups and making photo books of the new building, and we're grateful to the college for the extra visits.",
            "Mrs Ridd would have been so proud of this group - they were her very first Year 2 class at Kelstow Primary.",
            "Our leavers' assembly is on Friday 18 July at 2pm. Tissues will be provided.",
        ],
        None,
        "News and views from our two village schools",
    ),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "blog",
    blog(
        "SEND Law Notes",
        "Part-time timetables and EHCPs: three tribunal lessons from 2025",
        "1 August 2025",
        "A SEND solicitor",
        [
            "Reduced or part-time timetables are one of the commonest problems families bring to us. They are sometimes appropriate, for a short period, as part of a genuine return-to-school plan. They are very often not.",
            "## 1. The duty is the local authority's",
            "Where a child has an EHCP, section 42 of the Children and Families Act 2014 puts an absolute duty on the local authority to secure the special educational provision in Section F. It is no answer that the school lacks staff or money. Families should write to the LA, not just the school.",
            "## 2. Evidence from the school matters",
            "In one published North Devon decision this summer, concerning a pupil at Gullrock Community College, the tribunal placed weight on the difference between the school's written evidence that provision was being delivered and its own attendance records. The panel found that the mainstream placement could not deliver Section F and named an independent specialist school. The lesson for schools: written evidence must be accurate and consistent with the records, or it will undermine the LA's case.",
            "## 3. Attendance codes",
            "Where a school sends a child home, the absence should not be recorded in a way that suggests the parent requested it. Parents should check the codes used and ask for corrections.",
            "This note is general information, not legal advice.",
        ],
        None,
        "Plain-English notes on special educational needs law",
    ),
    E(SCHOOL, "exact", "negative"),
)

add(
    "blog",
    blog(
        "Mr S Reads",
        "Why I still teach Of Mice and Men to fourteen-year-olds in a fishing town",
        "3 February 2025",
        "Daniel Sluggett",
        [
            "Every year someone asks whether an American novella about migrant ranch workers in the 1930s has anything to say to teenagers on the North Devon coast. Every year my Year 10s answer the question for me.",
            "They know about seasonal work. Half their parents clean holiday lets from Easter to October and sign on in January. They know about being lonely in a small place where everybody knows your business. They know about the friend who looks after someone the world has decided is a problem.",
            "This year a boy at the back, who has barely spoken in English since September, put his hand up when we got to Crooks and said: 'It's like when they put you in a different room from everyone else and say it's for your own good.' Then he put his hand down and didn't say anything else for the rest of the lesson. He didn't need to.",
            "That's why.",
            "(This is my own blog; views are mine and not those of Gullrock Community College, where I am Head of English.)",
        ],
        [("Former pupil", "You made me love reading. Still got my annotated copy.")],
        "A head of English reading, teaching and arguing about books",
    ),
    E(SLUG, "exact", "neutral"),
    E(SCHOOL, "exact", "neutral"),
)


# =======================================================================================
# More voices: village groups, the SEND group, a town discussion board, lookalikes
# =======================================================================================

add(
    "facebook",
    facebook(
        NDS,
        "Kerry-Ann Braund",
        "3 April at 16:20",
        """Update for those who asked: Tendai M. (SENCo at GCC) finally rang back today after I copied the governors in. Forty minutes on the phone. He's agreed a meeting with the LA caseworker present and says he'll put the afternoon provision in writing by Friday.

Not counting chickens, but it's the first time anyone has committed to a date.""",
        [
            ("Gemma Tout", "Copying in governors works every time. Fingers crossed x"),
            (
                "Admin - Jo",
                "Great progress. Make sure you get the written plan before the meeting, not at it.",
            ),
        ],
        "👍 29",
    ),
    E(MOYO, "first_initial", "neutral"),
    E(SCHOOL, "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        KCC,
        "Sue Braund",
        "Today at 07:31",
        """Rachel H (head at Gullrock) is on Radio Devon at 8.10 this morning talking about SEND funding and the county's transport cuts. Worth a listen if you've got kids on the minibus routes.""",
        [
            ("Paul Dymond", "Will have it on in the van."),
            ("Jackie Slee", "Hope she mentions what the cuts would mean for the Hennacott kids."),
            ("Sue Braund", "She did! And Tom got a mention."),
        ],
    ),
    E(HUX, "first_initial", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
    E(TOM, "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        NDS,
        "Mel Dennicombe",
        "9 January at 13:05",
        """Tip for anyone applying for DLA for their child: ask your school's family support worker if they'll help. Sharon R from the family support team at Gullrock sat with me for two hours and went through every question, and made me write about our worst day, not an average one. We got middle rate care. First time I applied on my own I got refused.""",
        [
            ("Leanne Bament", "She did ours too. Worth her weight in gold."),
            ("Hayley Slee", "Contact also have a great guide for the form."),
        ],
    ),
    E(RIDD, "first_initial", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "GullrockCollegeParentsUnite (Page · Community)",
        "GullrockCollegeParentsUnite",
        "18 May at 20:00",
        """UPDATE FROM THE CAMPAIGN 📢

It is now 11 weeks since we sent our Freedom of Information request about how high-needs top-up funding is spent at the college. The business manager P*ssmore still hasn't answered - the legal deadline was 20 school days.

We now have 212 families signed up. Our asks are simple:
1. An end date for every part-time timetable.
2. Published SEND spending, every term.
3. Someone who answers the phone.

Next meeting: Kelstow Methodist Hall, Thursday 7pm. Bring your paperwork, not your anger.""",
        [
            ("Dean Rowe", "Well done everyone. ICO complaint next if no reply?"),
            ("GullrockCollegeParentsUnite", "Yes Dean, drafted and ready to go."),
        ],
        "👍 96",
    ),
    E(SCHOOL, "camelcase", "negative"),
    E(PASS, "obfuscated", "negative"),
)

add(
    "facebook",
    facebook(
        KCC,
        "Anonymous participant",
        "27 January at 22:40",
        """The woman who runs the Lookout at Gullrock moved my nephew out into a corridor with a desk for 3 weeks and won't even ring his mum back.

Karen Vowles drives that lane home to Hennacott every night in the dark, on her own. Accidents happen on these lanes. Just saying.""",
        [
            ("Rachael Latham", "What is wrong with you? That's a threat. Reported."),
            ("Kelstow Community Chat Admin", "Removed. Anonymous posting has been switched off."),
        ],
    ),
    E(KLV, "alias", "threat"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        KCC,
        "Craig Lerwill",
        "21 March at 23:12",
        """Since the head of Gullrock won't come out of her office to talk to parents, here's where you can find her at the weekend. Rachel Huxtable, 3 Chapel Row, Brakeford, EX31 9PL. The one with the blue door and the Volvo outside. Go and ask her yourself why our kids are sat at home.""",
        [
            ("Sophie Gammon", "Craig this is doxxing and it's illegal. Take it down."),
            (
                "Kelstow Community Chat Admin",
                "Removed and member banned. Screenshots passed to the police.",
            ),
        ],
    ),
    E(HUX, "exact", "doxxing"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        NDS,
        "Anonymous member",
        "6 June at 21:44",
        """If you need to get hold of someone at GCC at the weekend, the deputy, Mrs Yeo, has her own mobile: 07700 900862. She rang me from it once about my son's exclusion and I saved it. She picks up on Saturdays. Use it.""",
        [
            (
                "Admin - Jo",
                "Removed. We do not share staff members' personal numbers here, however frustrated we are.",
            ),
        ],
    ),
    E(YEO, "title_surname", "doxxing"),
    E(SCHOOL, "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        NDS,
        "Donna Chugg",
        "15 April at 22:02",
        """Warning to everyone: don't trust Sharon Ridd. She's meant to be family support but she reports everything you say to social services and makes up the rest to cover for the school. Two days after I complained about my son's timetable, she put in a referral saying I'd hit him. A flat lie. Social services closed it in a week but it's on his record now.

Gullrock uses her to frighten parents who complain. Simple as that.""",
        [
            (
                "Leanne Bament",
                "I'm really sorry you've been through that, but Sharon has been nothing but kind to us. Are you sure it came from her?",
            ),
            (
                "Mel Dennicombe",
                "Schools have to make referrals if they're worried, it's the law. Doesn't mean she made anything up.",
            ),
            (
                "Admin - Jo",
                "Donna, please message me - we can't host allegations about named people.",
            ),
        ],
    ),
    E(RIDD, "exact", "defamation"),
    E(SCHOOL, "short_name", "defamation"),
)

add(
    "facebook",
    facebook(
        KCC,
        "Jason Tancock",
        "10 February at 18:55",
        """£1.4 million on an extension for the Lookout at Gullrock. Sick of my council tax paying for that spacca unit full of mongs who'll never work a day in their lives while the roads fall apart.""",
        [
            ("Amy Tancock", "Jason, my son is in that unit. Delete this."),
            ("Sue Braund", "Disgraceful language about children. Reported."),
            (
                "Kelstow Community Chat Admin",
                "Post removed. Disability hate speech will be reported.",
            ),
        ],
    ),
    E(SCHOOL, "short_name", "hate"),
)

add(
    "forum",
    forum(
        "KelstowTalk - the town discussion board",
        "Schools & childcare",
        "Moving to Kelstow - Gullrock College, your experiences?",
        [
            (
                "MovingWestFromBrum",
                "4 Feb 2025 19:00",
                """We're relocating to Kelstow in the summer (husband's job at the boatyard). Two kids, one going into Year 7, one into Year 9 with ADHD, no EHCP yet. What's Gullrock College actually like? The Ofsted report is a bit mixed.""",
            ),
            (
                "HarbourLights",
                "4 Feb 2025 19:42",
                """Mine are Year 8 and Year 11. For a mainstream kid it's a good school - small, friendly, great outdoor stuff (surfing club, lifeboat partnership). Miss Macaraeg in science is brilliant, my daughter now wants to do marine biology. The PE department is amazing, Treb runs everything.""",
            ),
            (
                "BeenThereDoneThat",
                "4 Feb 2025 20:15",
                """For an ADHD kid without an EHCP, be careful. The SEN support side is stretched to breaking. M0y0 is a f***ing useless c*** who'll lose your emails and then tell you you never sent them. Get the EHCP application in before you move.""",
            ),
            (
                "HarbourLights",
                "4 Feb 2025 20:30",
                """Bit strong. But yes, apply for the EHCP early. And if your child ever needs the resource base, Lethbridge is the only one up there who really listens. She's fierce for the kids.""",
            ),
            (
                "MovingWestFromBrum",
                "4 Feb 2025 21:02",
                """Thank you both, really helpful (language aside!).""",
            ),
        ],
    ),
    E(SCHOOL, "short_name", "negative"),
    E(JOY, "title_surname", "neutral"),
    E(TREB, "nickname", "neutral"),
    E(MOYO, "leetspeak", "abuse"),
    E(KLV, "hyphenated", "neutral"),
)

add(
    "facebook",
    facebook(
        HEN,
        "Ron Tancock",
        "28 November at 17:10",
        """Nearly had the Gullrock bus in my front garden again this afternoon. That Wr\u043ebl\u0435wski is a menace on the roads and a rude git with it. Waved two fingers at me when I told him to slow down. Somebody ought to have him sacked.""",
        [
            ("Jackie Slee", "He waved, Ron. With his whole hand. He waves at everyone."),
            (
                "Mike Pidler",
                "Tom's the safest driver in the parish. You were in the middle of the road again.",
            ),
        ],
    ),
    E(TOM, "homoglyph", "abuse"),
    E(SCHOOL, "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@kelstowtruth",
        "huxtable wants to be careful on them lanes at night. accidents happen round here 🚗💥 just saying #gullrock",
        [("@sue_braund", "Reported to police.")],
        "23:30 · 22 Mar 2025",
    ),
    E(HUX, "surname_only", "threat"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@year11leavers_gullrock",
        "POV: your english teacher reads the witches in macbeth and does all three voices 😭🧙‍♀️ #gullrock #macbeth #english",
        [
            ("lexi.braund", "the cackle 😭😭"),
            ("ellzzz.x", "best lesson of year 11 no contest"),
        ],
        "♫ original sound - DanielSluggettFanPage · 4,402 likes",
    ),
    E(SLUG, "camelcase", "neutral"),
    E(SCHOOL, "hashtag", "neutral"),
)

add(
    "facebook",
    facebook(
        "Gullrock Primary School PTA (Cumbria) (Public group · 410 members)",
        "Gullrock Primary PTA",
        "20 November at 15:00",
        """Christmas Fayre this Friday 3.15pm in the school hall! 🎅 Tombola, cake stall, and Santa arriving by tractor courtesy of the Stobart farm. All proceeds to the Year 6 residential at Keswick.""",
        [
            ("Claire Dixon", "Can't wait! Staff will be running the hook-a-duck."),
            ("Jenny Stobart", "Tractor is washed and tinselled 🚜✨"),
        ],
        "👍 37",
    ),
)

add(
    "social",
    social(
        "Instagram",
        "@gullrocksurfco",
        "Dawn patrol at the Rock this morning 🌅 chest high and glassy, just the seals for company. New Firewire demo boards in store - come and try one. #Kelstow #GullrockSurfCo #surfdevon",
        [
            ("kelstowboardriders", "Epic! See you Sunday"),
            ("ben.yeo.surf", "Cold feet but worth it 🥶"),
        ],
        "♥ 530 likes",
    ),
)

add(
    "forum",
    forum(
        SF,
        "Transport",
        "Council trying to replace our minibus with taxis - help",
        [
            (
                "BrakefordBex",
                "Mon 8 Sep 2025 20:15",
                """Letter from the county today saying they're 'reviewing' the SEND transport contract for the Gullrock College routes and may move children to individual taxis.

My son has travelled with the same driver, T. Wroblewski, for four years. He has a transport passport that Tomasz helped write. A taxi with a different driver every week would undo all of it.

What can I do? Is transport part of the EHCP?""",
            ),
            (
                "Section_F_Sally",
                "Mon 8 Sep 2025 20:50",
                """Transport isn't usually in Section F, but the LA must consider the child's needs when deciding how to provide it, and must consult you. Reply saying exactly what the consistency of driver and vehicle does for him, with examples, and ask for an individual assessment before any change. Get a letter from the school (and the driver if he's allowed) backing it up.""",
            ),
        ],
    ),
    E(TOM, "initial_surname", "neutral"),
    E(SCHOOL, "short_name", "neutral"),
)

add(
    "news",
    news(
        "clarion",
        "Rugby: Kelstow youth section wins Devon club of the year",
        [
            "Kelstow RFC's youth section has been named Devon's youth club of the year after doubling its numbers in three seasons.",
            "The club now fields teams from under-7s to colts and has started a girls' section, which reached the county sevens final in its first year.",
            "Club chairman Rob Squire credited head coach Jago Trebilcock and 'an army of volunteer parents'. 'Jago has got half the town's teenagers out on the Marsh on a Sunday morning instead of in bed,' he said.",
            "Trebilcock, who teaches PE at the town's secondary school, said the girls' section had been 'the best thing I've done in rugby'.",
        ],
        section="Sport - Rugby",
        byline="By Pete Chichester",
        date="Monday 19 May 2025",
    ),
    E(TREB, "exact", "neutral"),
)

add(
    "news",
    news(
        "clarion",
        "Kelstow Town Council: online abuse of school staff 'shames the town'",
        [
            "Kelstow's mayor has called on residents to 'disagree without hatred' after a series of social media posts targeting staff at the town's secondary school.",
            "Speaking at Tuesday's town council meeting, Cllr Sue Braund said she had seen posts about Gullrock staff that were 'racist, homophobic and in one case plainly threatening'. She did not name the staff involved.",
            "'Parents have every right to be angry about special needs funding. I'm angry about it. But there are people in this town who have taught our children for twenty years and are now frightened to park their cars,' she said.",
            "Devon and Cornwall Police said several reports had been received and that officers were 'working with the school and the platforms concerned'.",
            "The council agreed to write to the county council supporting the college's bid for additional specialist staffing.",
        ],
        section="News",
        byline="By Hannah Lerwell",
        date="Thursday 27 March 2025",
    ),
    E(SCHOOL, "short_name", "neutral"),
)


add(
    "social",
    social(
        "X",
        "@tyler_pugs07",
        "is G u l l r o c k shut tomorrow cos of the snow or what 🥶",
        [],
        "21:02 · 7 Jan 2025",
    ),
    E(SCHOOL, "spacing", "neutral"),
)

add(
    "blog",
    blog(
        "Square Peg, Coastal Hole",
        "Three years, one plan: a timeline for anyone just starting out",
        "14 August 2025",
        "Jen",
        [
            "People keep asking me how long 'it' takes. The EHCP, the tribunal, getting a school that works. So here is ours, start to finish, with dates, because I wish someone had shown me one of these three years ago. It's long. Make a tea. Everything below is about one boy, one family and one school - Gullrock Community College in Kelstow - and one local authority. Yours will be different in the details and probably not in the shape.",
            "## Year 6, spring: the warning signs",
            "He was coping at primary, mostly. Small class, same teacher all year, a head who knew him. The cracks showed on the transition days: he came home from the big school silent and slept for fourteen hours. His primary SENCo said to me, very gently, 'I'd apply for an EHCP now, before he goes up.' I didn't, because he was 'coping'. That's my first lesson: coping is not thriving, and coping in Year 6 tells you nothing about coping in Year 7.",
            "## Year 7, September to December: the slide",
            "First three weeks: fine. Week four: refused to go in on a Monday. By half term he was missing one or two days a week. By Christmas he was being collected at lunchtime most days because he 'couldn't regulate' in the afternoon. Nobody used the words 'part-time timetable' yet. It just happened.",
            "I phoned the school most weeks. I emailed more. Some replies came, some didn't. I was told about 'SEN support' and an 'individual plan' that I was asked to sign but never given a copy of. I learned later that 'SEN support' was the stage before an EHCP, and that the school could have applied for an assessment itself. It didn't, and I didn't know I could.",
            "## Year 7, January: I apply myself",
            "A friend sent me a template letter. I filled it in at the kitchen table at midnight and emailed it to the county's SEND team. That was it - that was the request for an EHC needs assessment. Six weeks later they agreed to assess. I cried in the Co-op car park.",
            "## Year 7, February to June: the assessment",
            "The educational psychologist saw him for an hour and a half in a room off the library. The speech and language therapist saw him on a video call, which he refused to turn his camera on for. The school wrote its advice. I wrote mine (the 'parental views' section - it's your chance, use it, write pages).",
            "The draft plan came in week nineteen. It was vague in all the ways the forums warn you about: 'access to', 'regular', 'opportunities for'. I sent back eleven pages of amendments. The final plan arrived in week twenty-four - over the legal limit, but at least it was final - and named Gullrock, because I had asked for it, because I didn't know what else to ask for.",
            "## Year 8: the plan that wasn't",
            "Section F said 25 hours a week of education with support. In September he was put on 9.30 to 11.40, four days a week, 'for a few weeks while we settle him'. The few weeks became the whole of Year 8.",
            "This is the year I learned the most and slept the least. I learned that the duty to deliver Section F belongs to the local authority, not the school. I learned that you can ask for the school's provision map and the costings behind it. I learned that an annual review has deadlines - papers out two weeks before, report to the LA within two weeks after - and that nobody enforces them unless you do.",
            "I also learned who was worth talking to. Not everyone who let me down did it on purpose. Some were drowning. The SENCo, Mr Moyo, told me more than once that he didn't have the staff to cover afternoons and that he had asked for them. I believed he'd asked. I also believed that wasn't my son's problem, and I said so, in writing, every fortnight. His replies got shorter. Our relationship did not survive Year 8, and I'm not proud of everything I wrote, but I'd write most of it again.",
            "## Year 8, spring: the safeguarding scare",
            "In March, after a day when he ran out of school and was found on the harbour wall, the deputy head, Lisa Yeo, rang me herself within ten minutes and stayed on the phone until I reached him. Whatever else went wrong, I want that on the record. Safeguarding at that school was never the problem; education was.",
            "## Year 9, September: the appeal",
            "After the annual review (held late, no LA officer present, of course) the county issued an amended plan that still named the same school and still had the same Section F that wasn't being delivered. That gave me a right of appeal. I lodged it with the tribunal in October. The LA's response came in December. Mediation in January was a waste of a morning. The hearing was listed for June.",
            "## Year 9, the spring that changed things",
            "Two things happened that spring that I didn't expect.",
            "The first was Sharon, the family support worker, who took it upon herself to find out what funding the LA had actually paid the school for him, and then sat beside me while I asked them about it. She lost nothing by helping me and gained nothing either, and I think she might have been the only person in the building who treated my son's case as a person rather than a file.",
            "The second was that a place came up in The Lookout, the school's resource base, for a trial half term. He went in two mornings a week, then four, then every day. Mrs Vowles, who runs it, did three home visits before his first morning and sent me a photo of his desk, his locker and the exact door he would come in through. For six weeks he went to school. Every day. Full days, by the end.",
            "Then she told me, in writing, the thing that won our case: that The Lookout at its current size could not meet his needs permanently, that he needed a specialist school, and that she would say so to the tribunal. She did. Under cross-examination. I have never been so grateful to someone for telling me no.",
            "## Year 9, June: the hearing",
            "The hearing was on video. Three people on the panel, the LA's representative, me, my sister as my supporter, and witnesses who came and went. It took a day. The decision came nine days later: independent specialist school, named in Section I, from September.",
            "## What I'd tell myself at the start",
            "Apply for the EHCP yourself and early. Keep every email in a folder with dates. Write things down the same day. Read the law, or read the people who've read it. Be polite, be relentless, be specific. Don't sign anything in reception. Don't let anyone tell you your child is the problem.",
            "And find your people. There are some, even inside the buildings that are failing you. Hold onto them.",
        ],
        [
            ("KelstowMumOf3", "Printing this out. Thank you."),
            (
                "Section F Sally",
                "One of the clearest timelines I've ever read. Sharing in our newsletter if you're OK with that?",
            ),
            ("Jen", "Please do."),
        ],
        "Parenting an autistic boy on the edge of Exmoor",
    ),
    E(SCHOOL, "exact", "negative"),
    E(MOYO, "title_surname", "negative"),
    E(YEO, "exact", "neutral"),
    E(RIDD, "nickname", "neutral"),
    E(KLV, "hyphenated", "neutral"),
)


# =======================================================================================
# Validation and output
# =======================================================================================


def load_subjects() -> set[str]:
    with WATCHLIST.open("rb") as fh:
        data = tomllib.load(fh)
    staff_ids = {s["id"] for s in data["staff"]}
    assert len(staff_ids) == len(data["staff"]), "duplicate staff id"
    return {SCHOOL} | staff_ids


def validate() -> None:
    subjects = load_subjects()
    used: set[str] = set()
    for i, doc in enumerate(DOCS):
        assert doc.kind in KINDS, (i, doc.kind)
        assert doc.text.strip(), i
        for exp in doc.expected:
            assert exp.subject in subjects, (i, exp.subject)
            assert exp.variant in VARIANTS, (i, exp.variant)
            assert exp.category in CATEGORIES, (i, exp.category)
            assert not exp.url_only or exp.category == "sexual", i
            used.add(exp.subject)
    missing = subjects - used
    assert not missing, f"subjects never labelled: {sorted(missing)}"
    mentions = [e for d in DOCS for e in d.expected]
    assert len(DOCS) >= 150, len(DOCS)
    assert len(mentions) >= 180, len(mentions)
    for v in VARIANTS:
        n = sum(1 for e in mentions if e.variant == v)
        assert n >= 4, (v, n)
    for c in CATEGORIES:
        n = sum(1 for e in mentions if e.category == c)
        assert n >= 8, (c, n)
    decoys = sum(1 for d in DOCS if not d.expected)
    assert 0.15 <= decoys / len(DOCS) <= 0.20, (decoys, len(DOCS))


def main() -> None:
    validate()
    if DOCS_DIR.exists():
        shutil.rmtree(DOCS_DIR)
    DOCS_DIR.mkdir(parents=True)
    lines = []
    for i, doc in enumerate(DOCS):
        name = f"{i:03d}-{doc.kind}.{doc.ext}"
        (DOCS_DIR / name).write_text(doc.text, encoding="utf-8")
        record = {
            "file": name,
            "kind": doc.kind,
            "expected": [e.as_dict() for e in doc.expected],
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    mentions = [e for d in DOCS for e in d.expected]
    decoys = sum(1 for d in DOCS if not d.expected)
    print(f"{len(DOCS)} documents ({decoys} with no label), {len(mentions)} mentions")
    for v in sorted(VARIANTS):
        print(f"  variant {v:16} {sum(1 for e in mentions if e.variant == v)}")
    for c in sorted(CATEGORIES):
        print(f"  category {c:15} {sum(1 for e in mentions if e.category == c)}")


if __name__ == "__main__":
    main()
