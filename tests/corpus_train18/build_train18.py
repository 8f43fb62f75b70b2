# ruff: noqa: E501
"""Build the train18 labelled evaluation corpus for the repwatch matcher.

Setting: Blessed Richard Hesketh Catholic College, an invented 11-16 Catholic comprehensive on
Hawthorne Road, Bootle (Sefton, north Merseyside). Ten invented staff: a head who does a weekly
local-radio phone-in, a deputy/DSL, a PE teacher who coaches a grassroots junior football club
(Orrell Park Rovers), a Nigerian head of science, a Chinese-Liverpudlian English teacher whose
family ran a chippy in the old Chinatown, a Polish head of computing (the one `unique` surname),
a head of year with a double-barrelled surname, a learning mentor, a site manager and a head of
RE. Voices: pupils' TikTok / Instagram / Snapchat / X posts in Scouse slang, Facebook mums'
groups, a Merseyside parents' forum, football fan forums (Red/Blue banter), a Liverpool
evening paper, a Bootle weekly, a local radio website, council minutes, a parish newsletter,
Google-style reviews, a food-bank volunteer's blog, job adverts and match reports.

Decoys: the Hesketh Vaults (a pub), Hesketh ABC (a boxing club), a Blessed Richard Hesketh
parish and primary school in Lancashire, Hesketh Road in Southport, a filled-in Hesketh Dock,
BRH Plumbing, an Everton U21 striker called Danny Murphy, a Nigerian footballer called
Babatunde Adeyemi (and a retiring GP), a Liverpool city councillor called Terry Callaghan, an
Irish priest, a Tyrone dancer, a Kirkby burglar, a Walton funeral director, a Chester accountant,
a Waterloo takeaway, a Formby funeral notice and a Polish chess player sharing staff names, plus
Hesketh Park parkrun and Linacre College, Oxford. Three pages name the school next to a
lookalike (the pub hosting the PTA quiz, the councillor chairing a forum the pupils attended, a
sport round-up with both the boxing club and the Everton striker) and are labelled for the
school only.

Labelling conventions (one entry per subject per document):
- `category` is the WORST the whole document gives that subject, in the order
  threat > hate > sexual > doxxing > defamation > abuse > negative > neutral.
- `variant` is the easiest form of the name on the page, in the order exact > alias >
  short_name > title_surname > possessive > initial_surname > first_initial > surname_only >
  nickname > hyphenated > camelcase > hashtag > handle > typo > spacing > obfuscated >
  leetspeak > homoglyph.
- School: `exact` is the full official name; `short_name` is a clipped form of it ("Hesketh
  College", "Blessed Richard Hesketh", "Blessed Richard's", "Hesketh" alone); `alias` is the
  acronym (BRH, BRHCC) or the former name (Linacre Catholic High). "The school" alone is not
  a mention; a locality alone (Bootle, Hawthorne Road) is not a mention of the school.
- Staff: `title_surname` includes role titles ("Coach Murphy", "Deputy head Flanagan");
  `first_initial` is a first name with the surname's initial ("Danny M", "Joanne L.");
  `initial_surname` is "G. Fitzsimons"; `nickname` is a pet form or by-name ("Fitzy", "Tunde",
  "Bernie", "Kav", "Tel") or a first name alone when the context makes the person clear;
  `hyphenated` is one half of Doyle-Rimmer ("Mrs Rimmer", "Miss Doyle").
- A staff name counts only when the page ties it to the school (school name or alias, a
  locality, the domain, or the job there), except Tomasz Grzybowski (`unique = true`).
- Court/police reports of threats against staff are `threat`; reports of charges or
  allegations of misconduct are `defamation`; reports of online harassment are `abuse`;
  condemnation and reports quoting abuse in order to report it are `neutral`.
- Football banter ("I'll kill him if we lose the derby"), "dead good", "boss", "she's a
  weapon" and profanity not aimed at a person are not threats or abuse.
- `url_only` is true only for sexual content where a child may be involved (an adult coach or
  teacher accused of messaging pupils); such a page is sexual/url_only for the school as well,
  whether or not the teacher is named. Crude remarks about an adult teacher by adults are
  sexual with url_only false.

Written WITHOUT reading the matcher or its tests: this corpus measures generalisation, so never
tune on it. Every name, address, postcode, phone number and e-mail address here is invented
(.example domains, Ofcom drama numbers 01632 960xxx and 07700 900xxx).

Run: python build_train18.py  (writes docs/ and labels.jsonl next to this file)
"""

from __future__ import annotations

import html
import json
import shutil
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent

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


@dataclass(frozen=True)
class Expect:
    subject: str
    variant: str
    category: str
    url_only: bool = False


def E(subject: str, variant: str, category: str, url_only: bool = False) -> Expect:
    assert variant in VARIANTS, variant
    assert category in CATEGORIES, category
    assert not url_only or category == "sexual", (subject, category)
    return Expect(subject, variant, category, url_only)


@dataclass(frozen=True)
class Doc:
    kind: str
    text: str
    expected: tuple[Expect, ...]

    @property
    def ext(self) -> str:
        return "html" if self.kind in HTML_KINDS else "txt"


DOCS: list[Doc] = []


def add(kind: str, text: str, *expected: Expect) -> None:
    assert kind in KINDS, kind
    subjects = [e.subject for e in expected]
    assert len(subjects) == len(set(subjects)), f"duplicate subject in {subjects}"
    DOCS.append(Doc(kind, text.strip() + "\n", tuple(expected)))


# ---------------------------------------------------------------- page templates


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def paras(text: str) -> str:
    blocks = [b.strip() for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join(f"<p>{esc(' '.join(b.split()))}</p>" for b in blocks)


SITES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "courier": (
        "Liverpool Evening Courier",
        "courier.example",
        (
            "News",
            "Liverpool FC",
            "Everton FC",
            "Sport",
            "What's On",
            "Property",
            "Jobs",
            "Announcements",
        ),
    ),
    "herald": (
        "Bootle & Crosby Herald",
        "bootleherald.example",
        ("Home", "Local News", "Schools", "Sport", "Court", "Letters", "Family Notices"),
    ),
    "waves": (
        "Mersey Waves 96.2",
        "merseywaves.example",
        ("Listen Live", "Schedule", "News", "The Phone-in", "Podcasts", "Competitions"),
    ),
    "sefton": (
        "Sefton Council: Committees, Agendas and Minutes",
        "sefton-council.example",
        ("Council Home", "Committees", "Ward Forums", "Planning", "Have Your Say"),
    ),
    "lcc": (
        "Liverpool City Council: Ward Forums",
        "liverpool-council.example",
        ("Home", "Councillors", "Ward Forums", "Bins and Recycling", "Report It"),
    ),
    "lancs": (
        "Central Lancashire Post",
        "lancspost.example",
        ("News", "Chorley", "Preston", "Leyland", "Sport", "Education", "Obituaries"),
    ),
    "jobs": (
        "Merseyside Teaching Jobs",
        "merseyteachjobs.example",
        ("Search jobs", "Schools", "Job alerts", "Career advice", "Recruiters"),
    ),
    "inspect": (
        "School Inspection Reports",
        "inspections.example",
        ("Find a report", "Schools", "Early years", "Further education", "About inspections"),
    ),
    "irish": (
        "The Irish Parish Post",
        "irishparishpost.example",
        ("News", "Dioceses", "Community", "Dancing", "GAA", "Death Notices"),
    ),
}

MOST_READ = (
    "Bus lane cameras switched on as drivers warned of £70 fines",
    "Tributes to 'one in a million' grandad after crash on the East Lancs",
    "New chippy named best in the North West by takeaway awards",
    "Weather warning as heavy rain set to hit Merseyside",
    "Plans for 200 homes on former depot site go before planners",
)


def news(
    site: str,
    headline: str,
    body: str,
    *,
    date: str,
    byline: str = "",
    section: str = "News",
    standfirst: str = "",
) -> str:
    name, domain, nav = SITES[site]
    nav_html = "".join(
        f'<li><a href="https://{domain}/{esc(n.lower().replace(" ", "-"))}">{esc(n)}</a></li>'
        for n in nav
    )
    most = "".join(f"<li>{esc(m)}</li>" for m in MOST_READ)
    parts = [
        "<!doctype html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(headline)} | {esc(name)}</title></head>',
        "<body>",
        f'<header><a class="logo" href="https://{domain}/">{esc(name)}</a><nav><ul>{nav_html}</ul></nav>',
        '<div class="cookie">We use cookies to improve your experience. <button>Accept</button> <button>Manage</button></div></header>',
        f'<main><article><p class="section">{esc(section)}</p><h1>{esc(headline)}</h1>',
    ]
    if standfirst:
        parts.append(f'<p class="standfirst">{esc(standfirst)}</p>')
    if byline:
        parts.append(f'<p class="byline">{esc(byline)}</p>')
    parts.append(f"<time>{esc(date)}</time>")
    parts.append(paras(body))
    parts.append("</article>")
    parts.append(f"<aside><h2>Most read</h2><ol>{most}</ol></aside></main>")
    parts.append(
        f"<footer><p>&copy; 2025 {esc(name)}. All rights reserved.</p>"
        "<p>Contact us | Advertise | Privacy notice | Terms | Complaints</p></footer>"
    )
    parts.append("</body></html>")
    return "\n".join(parts)


FORUMS: dict[str, tuple[str, str]] = {
    "mp": ("MerseyParents: the Merseyside parents' forum", "merseyparents.example"),
    "sn": ("ScouseNet Forums", "scousenet.example"),
    "gw": ("Gwladys Talk: Everton supporters' forum", "gwladystalk.example"),
    "kop": ("The Kop Natter", "kopnatter.example"),
}


def forum(site: str, board: str, title: str, posts: list[tuple[str, str, str]]) -> str:
    name, domain = FORUMS[site]
    out = [
        "<!doctype html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} | {esc(name)}</title></head><body>',
        f'<header><a href="https://{domain}/">{esc(name)}</a> &rsaquo; <a href="https://{domain}/boards">{esc(board)}</a>',
        "<p>Log in | Register | Search | Active topics | Forum rules</p></header>",
        f"<main><h1>{esc(title)}</h1>",
    ]
    for i, (user, when, text) in enumerate(posts, 1):
        out.append(
            f'<div class="post" id="p{i}"><div class="author">{esc(user)}</div><div class="date">{esc(when)}</div>'
            f'<div class="content">{paras(text)}</div><div class="tools">Quote | Report | Like</div></div>'
        )
    out.append(f"<p>Page 1 of 1 &middot; {len(posts)} posts</p></main>")
    out.append(
        f"<footer>{esc(name)} &middot; Powered by a forum engine &middot; Cookies &middot; Contact the mods</footer></body></html>"
    )
    return "\n".join(out)


def blog(
    blog_name: str,
    domain: str,
    title: str,
    body: str,
    *,
    date: str,
    author: str,
    comments: tuple[tuple[str, str], ...] = (),
    tagline: str = "",
) -> str:
    out = [
        "<!doctype html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} &ndash; {esc(blog_name)}</title></head><body>',
        f'<header><a href="https://{domain}/">{esc(blog_name)}</a>',
    ]
    if tagline:
        out.append(f'<p class="tagline">{esc(tagline)}</p>')
    out.append("<nav>Home | About | Archive | Contact</nav></header>")
    out.append(
        f'<main><article><h1>{esc(title)}</h1><p class="meta">Posted {esc(date)} by {esc(author)}</p>'
    )
    out.append(paras(body))
    out.append("</article>")
    if comments:
        out.append(f'<section class="comments"><h2>{len(comments)} comments</h2>')
        for who, text in comments:
            out.append(f'<div class="comment"><b>{esc(who)}</b>{paras(text)}</div>')
        out.append("</section>")
    out.append(
        "</main><footer>Subscribe by email | RSS | Powered by a blog platform</footer></body></html>"
    )
    return "\n".join(out)


def reviews(
    place: str, kind: str, address: str, rating: str, items: list[tuple[str, int, str, str]]
) -> str:
    out = [
        place,
        f"{kind} · {address}",
        f"{rating} ★ · {len(items) * 7 + 3} reviews",
        "Sort by: Most relevant",
        "",
    ]
    for who, stars, when, text in items:
        out += [
            who,
            "★" * stars + "☆" * (5 - stars) + f"  {when}",
            text.strip(),
            "Helpful · Share",
            "",
        ]
    return "\n".join(out)


def facebook(
    group: str,
    author: str,
    when: str,
    body: str,
    comments: Sequence[tuple[str, str]] = (),
    *,
    members: str = "",
) -> str:
    head = [group]
    if members:
        head.append(f"Private group · {members} members")
    out = [
        *head,
        "",
        f"{author} · {when}",
        body.strip(),
        "",
        f"👍😂❤️ {len(comments) * 9 + 4}   {len(comments)} comments",
        "Most relevant ▾",
        "",
    ]
    for who, text in comments:
        out += [who, text.strip(), "Like · Reply", ""]
    return "\n".join(out)


def social(
    platform: str,
    handle: str,
    caption: str,
    comments: Sequence[tuple[str, str]] = (),
    *,
    stats: str = "",
) -> str:
    out = [f"{platform} · {handle}", caption.strip()]
    if stats:
        out.append(stats)
    if comments:
        out += ["", f"Comments ({len(comments)})"]
        for who, text in comments:
            out += [who, text.strip(), "Reply · ♡"]
    return "\n".join(out)


# ---------------------------------------------------------------- documents

# ================================================================ news, minutes, adverts

add(
    "news",
    news(
        "courier",
        "Bootle Catholic college rated Good as inspectors praise 'calm and purposeful' corridors",
        """
        A Bootle secondary school that was told to improve three years ago has been rated Good
        in every area by inspectors.

        Blessed Richard Hesketh Catholic College, on Hawthorne Road, was visited over two days in
        March. The report, published this week, says pupils "feel safe and know that adults will
        listen to them" and that behaviour in lessons and around the site is "calm and purposeful".

        Inspectors said attendance, although improving, was still below the national average, and
        that a small number of pupils in Year 10 did not yet read fluently enough to access the
        full curriculum.

        Headteacher Gerard Fitzsimons said: "This is a proper team effort. When I came here the
        building was falling apart and so was the morale. The kids deserve this, the staff deserve
        this, and the families of Bootle and Litherland deserve a school they can be proud of."

        The report singles out the college's safeguarding culture, led by deputy head Siobhan
        Flanagan, as a strength, noting that "staff are quick to spot the signs that a pupil may
        need help and act on them without delay".

        The 900-pupil school became an academy in 2019 as part of the Archdiocese's St Peter and
        Paul Catholic Academy Trust.
        """,
        date="14 May 2025",
        byline="By Kerry Halloran, Education Reporter",
        section="News / Education",
    ),
    E("school", "exact", "neutral"),
    E("gfitzsimons", "exact", "neutral"),
    E("sflanagan", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Dad who threatened PE teacher over son's football place handed restraining order",
        """
        A father who sent a string of threatening messages to a PE teacher after his son was left
        out of a school cup squad has been given a restraining order.

        Sefton Magistrates heard that the 41-year-old, of Netherton, messaged Danny Murphy, a PE
        teacher at Blessed Richard Hesketh Catholic College, nine times over one weekend in
        February.

        Prosecutor Aisling Moran said one message read: "I'll be waiting at the gates on Monday
        and you won't be walking off that field." Another said he "knew which car" Mr Murphy
        drove.

        The defendant, who cannot be named to protect the identity of his son, admitted sending
        threatening communications. His solicitor said he had "let his emotions get the better of
        him" and had since written a letter of apology.

        Magistrates imposed a 12-month community order with 80 hours of unpaid work and a
        two-year restraining order banning him from contacting Mr Murphy or going within 200
        metres of the school.
        """,
        date="7 April 2025",
        byline="Court reporter",
        section="Court",
    ),
    E("school", "exact", "neutral"),
    E("dmurphy", "exact", "threat"),
)

add(
    "news",
    news(
        "waves",
        "Phones out of classrooms? Gerry takes your calls",
        """
        It was a packed switchboard on Tuesday night's Schools Hour as our regular guest Gerry
        Fitzsimons, head of Hesketh College in Bootle, took on the question everyone's arguing
        about: should smartphones be banned from school altogether?

        Gerry told presenter Lou Rafferty his school has run a "phones in the locker" rule since
        September. "The first fortnight was murder," he laughed. "By October the kids were
        talking to each other at dinner. One lad told me he'd found out his mate supported the
        wrong team and they were still speaking. That's progress."

        Sandra from Maghull rang in to say her daughter needed her phone for her diabetes app,
        and Gerry agreed medical exemptions were essential. Phil in Crosby thought the whole idea
        was "nanny state". Kath from Kirkdale just wanted to know why nobody ever answers the
        phone at her grandson's school - "not mine, I hope, Kath!"

        Listen back to the full hour on the Mersey Waves app. The Schools Hour is on every
        Tuesday from 7pm.
        """,
        date="Wednesday 22 January 2025",
        section="The Phone-in",
    ),
    E("school", "short_name", "neutral"),
    E("gfitzsimons", "alias", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "School caretaker targeted in 'vile' online hate campaign after football video goes viral",
        """
        A school site manager has been subjected to a torrent of online abuse after a clip of him
        confiscating a football went viral on TikTok.

        Terry Callaghan has looked after the buildings at Blessed Richard Hesketh Catholic College
        in Bootle for 22 years. The 14-second video, filmed by a pupil, shows him picking up a
        ball that had been kicked against a classroom window and walking off with it, to jeers.

        Within days the clip had more than 400,000 views and hundreds of comments calling him
        names, mocking his weight and calling on people to "make his life hell". Some accounts
        posted his photograph alongside insults.

        Merseyside Police said it had received a report of malicious communications and was
        making enquiries.

        Headteacher Mr Fitzsimons said: "Terry is part of the furniture here and the kids love
        him, whatever a video says. Nobody deserves what he has read about himself this week. We
        are working with the platforms to get this material down."
        """,
        date="3 October 2024",
        byline="By Sam Rourke",
    ),
    E("school", "exact", "neutral"),
    E("tcallaghan", "exact", "abuse"),
    E("gfitzsimons", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "PE teacher suspended as school investigates derby ticket claims",
        """
        A PE teacher at a Bootle Catholic school has been suspended while the school investigates
        claims he sold Premier League tickets to pupils at inflated prices.

        The Herald understands that parents at Blessed Richard Hesketh Catholic College complained
        after pupils said teacher Danny Murphy had offered them tickets for the Merseyside derby
        for cash, at well above face value.

        Touting football tickets is a criminal offence. A spokesperson for the St Peter and Paul
        Catholic Academy Trust said: "We can confirm that a member of staff has been suspended as
        a neutral act while an investigation takes place. It would be inappropriate to comment
        further."

        Mr Murphy, who also coaches junior side Orrell Park Rovers, did not respond to a request
        for comment.
        """,
        date="28 November 2024",
        section="Schools",
    ),
    E("school", "exact", "neutral"),
    E("dmurphy", "exact", "defamation"),
)

add(
    "news",
    news(
        "courier",
        "Police investigate claims coach sent 'inappropriate' messages to schoolchildren",
        """
        Police are investigating claims that a sports coach who worked with pupils at a Bootle
        secondary school sent inappropriate messages to children on Snapchat.

        The coach, who has not been named, ran after-school sessions at Blessed Richard Hesketh
        Catholic College. Parents were told in a letter on Friday that the individual had been
        suspended from all work with the school and that the matter had been referred to the
        police and the Local Authority Designated Officer.

        The letter, signed by deputy head and designated safeguarding lead Siobhan Flanagan, says:
        "We understand this news will be upsetting. If your child has received messages that made
        them feel uncomfortable, please speak to me or any member of staff in confidence."

        A Merseyside Police spokesperson said: "We received a report on 9 January regarding
        messages sent to a number of children. Enquiries are ongoing and nobody has been arrested
        at this time."

        Anyone with information can contact police via the usual channels or the NSPCC helpline.
        """,
        date="12 January 2025",
        byline="By Kerry Halloran",
    ),
    E("school", "exact", "sexual", url_only=True),
    E("sflanagan", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Rovers' U14s hold their nerve to lift Sefton Junior Cup",
        """
        Orrell Park Rovers U14s 3 Crosby Celtic U14s 2

        Rovers came from two down at half-time to win a dramatic Sefton Junior Cup final at a
        sun-baked Buckley Hill on Sunday.

        Celtic had looked comfortable after Reece Mahon's header and a deflected strike from
        captain Leo Birch, but Rovers' substitute Jaylen Nwosu changed the game within ten
        minutes of coming on, setting up Kai Roberts for the first and then curling in the
        equaliser himself.

        The winner came in the 78th minute when goalkeeper Finn Doherty's long kick was flicked on
        for Roberts to lob the keeper.

        Coach Danny Murphy, who teaches PE at Blessed Richard Hesketh Catholic College when he is
        not on the touchline, said: "I'm dead proud of them. At half-time I just told them to
        enjoy it. They did the rest. Made up for the parents as well, they're the ones stood out
        in the rain every Sunday."

        Player of the match: Jaylen Nwosu.
        """,
        date="19 May 2025",
        section="Sport / Grassroots",
    ),
    E("school", "exact", "neutral"),
    E("dmurphy", "exact", "neutral"),
)

# decoy: Everton U21 striker sharing the PE teacher's name
add(
    "news",
    news(
        "courier",
        "Murphy double fires Everton U21s past Wolves",
        """
        Danny Murphy scored twice as Everton's under-21s came from behind to beat Wolves 3-1 in
        Premier League 2 at Walton Hall Park on Friday night.

        The 19-year-old striker, who signed a new contract in the summer, turned home a cross from
        the left on the hour and then dinked over the goalkeeper in stoppage time after Harvey
        Lomax had put the Toffees ahead.

        "Danny's been knocking on the door," said the under-21s coach afterwards. "His movement
        in the box is as good as anyone's at this level. He'll get chances with the first team if
        he keeps doing that."

        Murphy, who joined the academy at nine, was an unused substitute for the first team in the
        Carabao Cup earlier this season.
        """,
        date="15 November 2024",
        byline="By Rob Keegan, Everton correspondent",
        section="Everton FC",
    ),
)

# decoy: a Liverpool city councillor sharing the site manager's name
add(
    "news",
    news(
        "lcc",
        "County Ward Forum - minutes of the meeting held on 4 February 2025",
        """
        Present: Cllr Terry Callaghan (Chair), Cllr Joan Fairclough, Cllr Mohammed Idris;
        PCSO D. Whitty (Merseyside Police); 23 residents.

        1. Apologies. Apologies were received from Cllr Paul Shiels.

        2. Minutes of the last meeting. Agreed as a correct record.

        3. Alleygating on the Cowper Street entries. Cllr Callaghan reported that the council had
        approved funding for gates on six entries. Residents asked that the gates go in before the
        summer as fly-tipping behind Cowper Street had got worse. Cllr Callaghan agreed to chase
        the contractor.

        4. Walton Lane bus stops. A resident raised the state of the shelters near the park.
        Officers will report back.

        5. Police update. PCSO Whitty reported a fall in reported burglaries but an increase in
        e-bike thefts around County Road. Residents were advised to register bikes with the
        national database.

        6. Any other business. Cllr Callaghan thanked residents for the turnout at the Rice Lane
        litter pick and reminded members that match-day parking restrictions will be enforced on
        derby day.

        Date of next meeting: 6 May 2025, 6.30pm, Walton Library.
        """,
        date="Published 11 February 2025",
        section="Ward Forums / County",
    ),
)

# decoy: boxing club
add(
    "news",
    news(
        "herald",
        "Hesketh ABC's Kayden, 17, crowned national youth champion",
        """
        A Kirkdale teenager has become the first boxer from his club in more than a decade to win
        a national title.

        Kayden Molloy, 17, stopped his opponent from Sheffield in the second round of the
        national youth welterweight final in Derby on Saturday.

        Hesketh ABC head coach Jimmy Dolan said the gym on Hesketh Street was "bouncing" when the
        lads watched the stream. "He's been coming here since he was eight. He's grafted every
        night. Nobody deserves it more."

        The club, which runs free sessions for under-12s on Saturday mornings, is fundraising for
        a new ring. Donations can be made at the gym.
        """,
        date="2 December 2024",
        section="Sport",
    ),
)

# decoy: a primary school of a similar name in Lancashire
add(
    "news",
    news(
        "lancs",
        "Chorley primary celebrates 'outstanding' church inspection",
        """
        Staff and pupils at Blessed Richard Hesketh Catholic Primary School in Chorley are
        celebrating after diocesan inspectors judged its Catholic life and religious education
        to be outstanding.

        The 210-pupil school on Harpers Lane was praised for its "joyful" collective worship and
        for the way older pupils lead prayer with the youngest children.

        Headteacher Mrs Alison Bamber said: "Our school is named after a Lancashire martyr and
        we try every day to live out the courage he showed. I'm so proud of our children."

        The school will mark the result with a special Mass at the parish church next Friday.
        """,
        date="9 June 2025",
        section="Education",
    ),
)

# decoy: obituary of a man sharing the martyr's name
add(
    "news",
    news(
        "lancs",
        "Richard Hesketh, Tarleton market gardener, dies at 87",
        """
        Richard Hesketh, who grew lettuces and tomatoes on the mosslands around Tarleton for more
        than 60 years, has died at the age of 87.

        Known to everyone as Dick, he took over his father's glasshouses in 1958 and supplied
        greengrocers across Preston and Southport until his retirement in 2004. He was a
        long-serving member of the Tarleton Agricultural Society and judged the vegetable classes
        at its show for three decades.

        He is survived by his wife Margaret, three children and seven grandchildren. The funeral
        will take place at St Mary's Church, Tarleton, on 18 March.
        """,
        date="4 March 2025",
        section="Obituaries",
    ),
)

_RESULTS_SCHOOLS = """
Across Merseyside, thousands of Year 11 pupils opened their GCSE results this morning. Here is
how some of the region's schools marked the day.

Archbishop Heenan Academy, Kirkby: Principal Lorraine Tarpey said the school had seen its
"best ever" English results, with 71 per cent of pupils achieving a standard pass.

Crosby Grammar School: Twins Aoife and Niamh Carroll collected 20 grade 9s between them. "We
didn't expect that at all," said Aoife, who wants to study medicine.

Kirkdale Park Academy: Year 11 pupil Omar Suleiman, who arrived from Sudan three years ago
speaking no English, achieved a grade 6 in English language.

Maghull Green High School: Head of Year Peter Anwar said: "Every single one of our students has
a college or apprenticeship place lined up. That's the number I care about."

Norris Green Community School: The school held a breakfast for families before results were
handed out in the sports hall.

St Cuthbert's High School, Southport: Deputy head Mark Ellis said maths results had risen for
the third year in a row.

Walton Vale Academy: Jade Hurst, 16, achieved eight grade 7s or above despite caring for her
younger brothers through Year 11.
"""

add(
    "news",
    news(
        "courier",
        "GCSE results 2024 LIVE: Merseyside pupils celebrate as results are handed out",
        _RESULTS_SCHOOLS
        + """
        Blessed Richard Hesketh Catholic College, Bootle: Deputy head Siobhan Flanagan said
        results in English and science had improved sharply. "We've got kids here today who were
        told at eleven they'd never pass an exam. Look at them now." Miss Lau, whose English
        classes achieved the school's best results, was spotted being hugged by a queue of
        students outside the library.

        West Derby School: A spokesperson said the school would publish its results next week.

        Keep refreshing this page for more pictures from across the region.
        """,
        date="22 August 2024, 11:42 (updated 15:10)",
        byline="By Courier Reporters",
        standfirst="Follow our live coverage as schools across Liverpool, Sefton, Knowsley and Wirral celebrate",
    ),
    E("school", "exact", "neutral"),
    E("sflanagan", "exact", "neutral"),
    E("jlau", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "waves",
        "Bootle food bank's Christmas appeal smashes target thanks to schools",
        """
        A Bootle food bank says it has collected more than eight tonnes of food in its Christmas
        appeal, beating last year's total by a third.

        Volunteers at the Strand Road hub said local schools had been "unbelievable". Pupils at
        Blessed Richard's alone brought in more than 3,000 tins, and the school's site manager
        Terry Callaghan spent two Saturdays driving donations across in his own van.

        "We've seen families this winter we've never seen before," said coordinator Michelle
        Tyrer. "People in work, people with two jobs. Every tin matters."

        The food bank is open Monday, Wednesday and Friday and does not need a referral for a
        first visit.
        """,
        date="18 December 2024",
        section="News",
    ),
    E("school", "short_name", "neutral"),
    E("tcallaghan", "exact", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "Auditors called in over Bootle school's accounts after anonymous claims",
        """
        Auditors have been asked to examine the accounts of a Bootle secondary school after
        anonymous allegations circulating online that its headteacher misused public money.

        Posts shared hundreds of times on Facebook claim that Gerard Fitzsimons, head of Blessed
        Richard Hesketh Catholic College, "fiddled" the school budget to pay for a refurbishment
        of his own office and a new car, and moved money meant for disadvantaged pupils into other
        budgets.

        The academy trust said it had commissioned an independent review "to give parents
        confidence" and that there was "no evidence at this stage of any wrongdoing". Mr
        Fitzsimons has been asked for comment.
        """,
        date="6 March 2025",
        byline="By Sam Rourke",
    ),
    E("school", "exact", "neutral"),
    E("gfitzsimons", "exact", "defamation"),
)

add(
    "news",
    news(
        "courier",
        "From Pitt Street to the chippy counter: the families who kept Liverpool's Chinatown alive",
        """
        Walk down Nelson Street on a Saturday afternoon and you will hear Cantonese, Scouse,
        Mandarin and, from the lads unloading a van outside the supermarket, a mixture of all
        three. Liverpool's Chinese community is the oldest in Europe, and it is a community that
        has been rebuilt more than once.

        The first Chinese sailors arrived in the 1860s with the Blue Funnel Line, which ran
        steamships between the Mersey and Shanghai, Hong Kong and Singapore. By the 1890s there
        were boarding houses, laundries and grocers clustered around Pitt Street and Cleveland
        Square, close to the docks where the men signed on and off.

        It was a community of men. Chinese women were rarely allowed to emigrate, and many of the
        sailors married local women, Liverpool-Irish girls from the streets around the docks.
        Their children grew up speaking Scouse at school and a few words of Cantonese at home,
        and were, as one historian puts it, "Liverpool-born Chinese before anyone had a word for
        it".

        Then came the war, and with it one of the most shameful episodes in the city's history.
        Hundreds of Chinese seamen had kept the Atlantic convoys running. In 1945 and 1946, with
        the fighting over, the Home Office quietly rounded many of them up and shipped them back
        to China. Wives were not told. Some women waited years for husbands who never came back;
        their children grew up believing their fathers had abandoned them. A memorial plaque on
        the Pier Head now records what happened.

        Pitt Street itself did not survive the Blitz. The old Chinatown was flattened in May 1941,
        and when the community rebuilt, it did so a few streets east, around Nelson Street and
        Berry Street, where the great arch now stands.

        "My grandad used to say we've been knocked down twice and got up twice," says Wai-Man
        Lau, 74, whose family have run a fish and chip shop in the north end for three
        generations. His father, Lau Kwok-Wing, arrived as a ship's cook in 1951 and opened the
        shop with his wife Peggy, a Kirkdale girl, three years later.

        "The Chinese chippy is a Liverpool institution now, isn't it? But people forget why. My
        dad couldn't get work anywhere else. Nobody would give a Chinese fella a job on the docks
        by then. So you opened a laundry, or you opened a chippy. Fourteen hours a day, seven
        days a week. We did our homework on the flour sacks in the back."

        The shop is still there, though the Laus sold it in 2009. Wai-Man's daughter now lives in
        Crosby. His son runs a restaurant in Manchester. "They all went to university. That was
        the deal. You work in the chippy so your kids don't have to."

        Across the city, the story is the same. The Chinese Community Centre on Nelson Street
        runs Cantonese classes on Saturday mornings, and most of the pupils are third- and
        fourth-generation Liverpudlians. The Pagoda youth orchestra has played at Anfield and
        at the Philharmonic. Chinese New Year draws tens of thousands of people to the arch every
        February, the lion dancers weaving between the crowds while the smell of roast pork
        drifts out of the restaurants.

        But there are worries, too. Rents in the city centre have soared, and several of the
        older businesses have closed. The rise in anti-Chinese abuse during the pandemic shook
        people. "My granddaughter had a man shout at her in the street in 2020," says one
        shopkeeper, who did not want to be named. "She was born in Fazakerley Hospital. She's as
        Scouse as he is."

        Historian Dr Maureen Ng, who has spent a decade recording the memories of the children
        of the deported seamen, says the community's resilience is rooted in those early mixed
        families. "The Liverpool Chinese have always been part of working-class Liverpool. They
        married into it, they went to its schools and its churches, they supported its football
        teams. The story of Chinatown is a Liverpool story."

        For Wai-Man Lau, the proudest moment came last summer. His granddaughter, Joanne Lau,
        teaches English at Blessed Richard Hesketh Catholic College in Bootle, and invited him in
        to talk to her Year 9 class about the deported seamen as part of their work on the
        literature of migration.

        "Thirty kids, all Scousers, sat there silent for an hour. One lad asked me if my grandad
        ever got to say goodbye. I had to stop for a minute." He smiles. "Then another one asked
        me if I'd ever met Kenny Dalglish. That's Liverpool for you."

        The Chinatown history trail, with 14 stops from the Pier Head to the arch, can be
        downloaded from the Chinese Community Centre's website. Guided walks run on the first
        Sunday of every month.
        """,
        date="8 February 2025",
        byline="By Helen Ashworth, Features",
        section="News / Features",
        standfirst="As Chinese New Year celebrations fill Nelson Street, we meet the families whose stories span 150 years of the city's history",
    ),
    E("school", "exact", "neutral"),
    E("jlau", "exact", "neutral"),
)

add(
    "news",
    news(
        "waves",
        "Derby day: Gerry's plea after pupils' Red v Blue bust-up",
        """
        Our Tuesday schools guest Gerry Fitzsimons had one topic on his mind this week: the
        derby.

        After a playground row between Reds and Blues at his college on the Monday after the
        game, the Hesketh College head used the phone-in to ask parents to "dial it down".

        "Banter is part of this city. I'm a Red, our PE department is full of Blues, and we slaughter
        each other every Monday. That's fine. But when a Year 8 gets pinned against a fence
        because of a shirt, that's not banter, that's bullying, and it starts at home."

        The lines were jammed. Margaret from Aintree said she'd "kill" her husband if Everton
        lost another derby, "so you can see where the kids get it from". (We're assuming that's a
        joke, Margaret.) Dave in Walton said the schools should "let the kids get on with it". And
        young Callum, 13, from Litherland, got a round of applause from the studio for saying he
        has a mate who's a Blue and "he's still boss".

        The Schools Hour is back next Tuesday at 7pm.
        """,
        date="18 February 2025",
        section="The Phone-in",
    ),
    E("school", "short_name", "neutral"),
    E("gfitzsimons", "alias", "neutral"),
)

add(
    "news",
    news(
        "sefton",
        "Bootle Ward Forum - minutes, 12 November 2024",
        """
        Venue: Bootle Town Hall, Committee Room 2. Present: Cllr B. Hanlon (Chair), Cllr S.
        Mwale, Cllr K. Riley. Officers: Planning (J. Okafor), Highways (R. Ince), Community
        Safety (L. Bradshaw). Approximately 30 residents.

        1. Welcome and apologies. The Chair welcomed residents. Apologies from Cllr D. Finnegan.

        2. Minutes of 10 September 2024. Agreed, subject to correcting the spelling of Linacre
        Lane in item 5.

        3. Strand shopping centre update. Officers reported that the first three units in the
        refurbished arcade will open in the spring. A resident asked whether the market would
        return to the car park on Saturdays. Officers will find out.

        4. Derby Road flooding. Residents reported water pooling under the railway bridge after
        heavy rain on three occasions since August. Highways confirmed the gullies would be
        jetted and a CCTV survey of the drain carried out.

        5. Community safety. L. Bradshaw reported a reduction in anti-social behaviour around
        the canal towpath following additional patrols. Fireworks complaints had risen in
        October. Residents were reminded that fireworks cannot legally be sold to under-18s and
        asked to report shops doing so.

        6. Planning application DC/2024/01877: new floodlit 3G pitch at Blessed Richard Hesketh
        Catholic College, Hawthorne Road. J. Okafor summarised the application. Several residents
        of Cambridge Road and the surrounding streets objected, citing parking on pavements at
        the start and end of the school day, litter, and noise from evening lettings. One
        resident said the school "has ignored every complaint for five years" and that the
        problem with parents' cars "gets worse every term".

        The college's site manager, Mr Callaghan, attended and answered questions. He said the
        floodlights would be switched off by 9pm, that lettings would be limited to junior
        football clubs, and that the school would fund marshals at the gate. The Chair asked that
        the school meet residents before the application goes to the Planning Committee.

        7. Litherland library opening hours. Cllr Riley reported that the consultation had closed
        with 412 responses. The library will open on Saturday afternoons from January.

        8. Any other business. A resident asked about the number 53 bus timetable. Cllr Mwale
        agreed to raise it with Merseytravel. A resident thanked the council for the new benches
        in North Park.

        Next meeting: 11 February 2025.
        """,
        date="Published 20 November 2024",
        section="Ward Forums / Bootle",
    ),
    E("school", "exact", "negative"),
    E("tcallaghan", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Man who threatened to 'torch' caretaker's van is fined",
        """
        A man who threatened to set fire to a school caretaker's van after a row about parking
        has been fined and ordered to pay compensation.

        Liverpool Magistrates' Court heard that Terry Callaghan, 58, the site manager at the
        Hawthorne Road college, asked the 33-year-old to move his car from a disabled bay outside
        the school gates during a parents' evening.

        The defendant, from Seaforth, swore at Mr Callaghan and said: "I know that's your van.
        I'll torch it with you in it." He returned twenty minutes later and kicked the van's wing
        mirror off.

        He pleaded guilty to using threatening behaviour and criminal damage and was fined £420
        and ordered to pay £180 compensation.
        """,
        date="30 January 2025",
        section="Court",
    ),
    E("tcallaghan", "exact", "threat"),
)

# decoy: a road sharing the name
add(
    "news",
    news(
        "lancs",
        "Hesketh Road in Southport to close for three weeks for gas main work",
        """
        Drivers are being warned of delays in Southport as a section of Hesketh Road closes for
        three weeks from Monday.

        Gas engineers will replace 400 metres of Victorian cast-iron main between the junction
        with Roe Lane and the park gates. A signed diversion will be in place via Cambridge Road.

        Bus services 44 and 47 will be diverted. Residents will keep access to their homes at all
        times, the gas network said.
        """,
        date="17 March 2025",
        section="News",
    ),
)

# decoy: a pub sharing the name
add(
    "news",
    news(
        "courier",
        "Pub's licence under review after late-night brawl spills onto street",
        """
        A Kirkdale pub could lose its licence after police were called to a mass brawl outside
        its doors in the early hours.

        Officers were called to the Hesketh Vaults on Scotland Road just after 1am on Sunday after
        reports of up to 20 people fighting in the street. Two men were taken to hospital with
        cuts.

        Merseyside Police have asked the council to review the premises licence, saying the pub
        has been linked to "repeated incidents of disorder" since it extended its opening hours
        last year. The licence holder said he would cooperate fully.

        The review will be heard by the council's licensing sub-committee next month.
        """,
        date="25 September 2024",
        byline="By Ciara Dunne",
    ),
)

add(
    "news",
    news(
        "herald",
        "Hesketh College hold off Maghull to be crowned Sefton schools champions",
        """
        Hesketh College U15s 2 Maghull Green U15s 1

        Hesketh College are the Sefton Schools U15 champions after a tense final at Litherland
        Sports Park on Wednesday.

        Captain Kian Tierney headed in from a corner after 14 minutes and Aaron Mensah doubled the
        lead just after the break. Maghull pulled one back from the spot and laid siege to the
        Hesketh goal, but keeper Dylan Harrison made two superb late saves.

        "The lads were dead good," said Mr Murphy, who has been in charge of the team since Year
        7. "They defended for their lives in the last ten minutes. It's the first trophy for the
        school in this age group for nine years."

        Team: Harrison, Gill, Tierney (c), O'Brien, Walsh, Mensah, Kerr, Doran, Lee, Kinsella,
        Rooney. Subs: Hatton, Burke.
        """,
        date="21 March 2025",
        section="Sport / Schools",
    ),
    E("school", "short_name", "neutral"),
    E("dmurphy", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "School condemns sectarian graffiti sprayed on its walls",
        """
        A Bootle Catholic school has condemned "hateful" sectarian graffiti sprayed across its
        boundary wall overnight.

        Staff arriving at Blessed Richard Hesketh Catholic College on Monday found slogans
        including "No Popery" and "Taigs out" daubed in red paint along the Hawthorne Road side
        of the site, along with an obscene message about the Pope.

        Headteacher Gerard Fitzsimons said: "This is a school where kids of every faith and none
        learn together. Whoever did this doesn't speak for Bootle. The kids were more upset than
        anyone." The graffiti was removed by midday.

        Merseyside Police said they were treating it as a hate incident and asked anyone with
        doorbell footage to come forward.
        """,
        date="10 July 2024",
        byline="By Ciara Dunne",
    ),
    E("school", "exact", "neutral"),
    E("gfitzsimons", "exact", "neutral"),
)

add(
    "news",
    news(
        "jobs",
        "Teacher of Computing (MPS/UPS) - Blessed Richard Hesketh Catholic College, Bootle",
        """
        Salary: MPS/UPS. Contract: permanent, full time. Start: September 2025. Closing date: 12
        noon, Friday 16 May 2025.

        The Governors of Blessed Richard Hesketh Catholic College wish to appoint an enthusiastic
        Teacher of Computing to join our successful department. This post would suit an ECT or
        an experienced colleague.

        We are an 11-16 Catholic comprehensive of 900 pupils serving Bootle, Litherland and
        Orrell, rated Good in every category. We offer GCSE Computer Science and a thriving
        programming club, a fully refurbished computer suite and a supportive team.

        For an informal conversation about the role, please contact the Head of Computing, Mr T.
        Grzybowski, via the school office on 01632 960418.

        Application packs are available from the school website. Completed forms should be
        returned to the Headteacher, Mr G. Fitzsimons, at recruitment@blessedrichardhesketh.example.

        The college is committed to safeguarding and promoting the welfare of children. The
        successful applicant will be subject to an enhanced DBS check and online searches.
        """,
        date="Posted 25 April 2025",
        section="Secondary / Computing / Merseyside",
    ),
    E("school", "exact", "neutral"),
    E("tgrzybowski", "initial_surname", "neutral"),
    E("gfitzsimons", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "jobs",
        "Learning Mentor (term time only) - Bootle",
        """
        Grade F, SCP 12-17, 32.5 hours per week, term time plus 5 days.

        Blessed Richard's is looking for a warm, resilient and patient Learning Mentor to help
        pupils who find school hard. You will work one-to-one and in small groups with young
        people facing barriers to learning: anxiety, bereavement, young carers, pupils at risk of
        exclusion.

        You'll join our established mentoring team, led by Stephen Kavanagh, who has worked at
        the college for eleven years and runs our nurture base. Stephen says: "It's the best job
        in the building. You see the kid nobody else has got time for, and you get to watch them
        turn it round."

        Experience of working with young people in a school, youth or care setting is essential.
        Knowledge of the local area is a real advantage.

        To apply, download the pack from our website. Closing date: 9 June.
        """,
        date="Posted 19 May 2025",
        section="Support staff / Pastoral / Sefton",
    ),
    E("school", "short_name", "neutral"),
    E("skavanagh", "exact", "neutral"),
)

add(
    "news",
    news(
        "inspect",
        "Blessed Richard Hesketh Catholic College - ungraded inspection: summary of findings",
        """
        What is it like to attend this school? Most pupils enjoy coming to this school. They say
        that there is always someone they can talk to. However, too many pupils do not attend
        often enough, and persistent absence among disadvantaged pupils remains stubbornly high.

        Pupils' behaviour in lessons is generally calm. At social times, some corridors are
        overcrowded and a minority of pupils use unkind and sometimes discriminatory language.
        Pupils told inspectors that staff do not always deal with this consistently.

        What does the school need to do to improve? Leaders have not ensured that the science
        curriculum is taught consistently well across the school; in some classes pupils do not
        build their knowledge securely. The school should make sure that all teachers check
        pupils' understanding and address misconceptions. Leaders should also continue to
        strengthen their work to improve attendance.

        Further information: this summary should be read with the full report. Parents can give
        their views on the school using the online questionnaire.
        """,
        date="Report published 3 December 2024",
        section="Reports / Secondary / Sefton",
    ),
    E("school", "exact", "negative"),
)

add(
    "news",
    news(
        "courier",
        "Parents' fury over school's 'toilet pass' rule as pupil says she was 'humiliated'",
        """
        Parents at a Bootle secondary school have hit out at a new rule that means pupils must
        carry a coloured card to use the toilet during lessons, and can only have three a week.

        The policy was introduced for Year 9 at Blessed Richard Hesketh Catholic College after
        half-term. In a letter to parents, head of year Rachel Doyle-Rimmer said it was needed
        because "large numbers of pupils are using toilet breaks to meet up, vape and film each
        other".

        But parents say the rule is "degrading". Mum-of-two Danielle Kerr said her daughter was
        refused a fourth pass while on her period. "She had to walk out of the lesson in tears.
        It's humiliating. Mrs Doyle-Rimmer hasn't even replied to my email, and that was nine
        days ago."

        A petition against the policy has more than 600 signatures. The school said it was
        "listening to feedback" and that pupils with medical needs could apply for an exemption.
        """,
        date="12 March 2025",
        byline="By Kerry Halloran",
    ),
    E("school", "exact", "negative"),
    E("rdoylerimmer", "exact", "negative"),
)

add(
    "news",
    news(
        "herald",
        "Polish Saturday school honours volunteer who taught a generation to code",
        """
        A computing teacher who has spent nine years volunteering at a Polish Saturday school in
        Liverpool has been honoured by the Polish consulate.

        Tomasz Grzybowski, who moved to Merseyside from Gdansk in 2008, set up a coding club at the
        Polska Szkoła Sobotnia in 2016. More than 300 children have passed through it, and
        several have gone on to study computer science at university.

        He received a certificate of merit at a ceremony in Manchester on Saturday. "I teach
        computing during the week and I thought, why not share it with our own kids at the
        weekend?" he said. "Half of them now correct my English, so it works both ways."

        Mr Grzybowski teaches at a Catholic secondary in north Liverpool.
        """,
        date="4 November 2024",
        section="Community",
    ),
    E("tgrzybowski", "exact", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "'He saved my life': ex-pupil's video tribute to school mentor viewed a million times",
        """
        A former pupil's TikTok tribute to the school mentor who "refused to give up on him" has
        been watched more than a million times.

        Connor Byrne, now 22 and a qualified electrician, said he was "heading for prison" at 14
        when he was referred to the learning mentor at his Bootle school, Stephen Kavanagh.

        "Mr Kavanagh picked me up for school when my mum was ill. He sat with me in the nurture
        room every morning for a year. He got me to the end of Year 11 when every other adult had
        written me off," Connor says in the video.

        The clip ends with Connor surprising his old mentor in the car park at Hesketh with a
        framed copy of his qualification certificate. Mr Kavanagh said: "I'm dead proud of him.
        He did the graft, I just turned up."
        """,
        date="27 June 2025",
        byline="By Sam Rourke",
    ),
    E("school", "short_name", "neutral"),
    E("skavanagh", "exact", "neutral"),
)

# decoy: a footballer sharing the head of science's name
add(
    "news",
    news(
        "courier",
        "Adeyemi on the radar as scouts flock to watch Nigerian youngster",
        """
        Babatunde Adeyemi, the 20-year-old Nigerian forward who has scored 14 goals for Belgian
        side KV Oostende this season, is attracting interest from several Premier League clubs.

        Scouts were in the stands for his hat-trick against Beveren at the weekend. Adeyemi, who
        came through the academy at Enyimba in Aba, was called up to the Super Eagles squad in
        October but did not play.

        Reports in Belgium suggest Oostende would want at least £8m for the striker.
        """,
        date="3 April 2025",
        byline="By Rob Keegan",
        section="Sport / Transfer news",
    ),
)

# decoy: a court report about a different Stephen Kavanagh
add(
    "news",
    news(
        "courier",
        "Burglar who raided pensioner's home jailed",
        """
        A burglar who stole a widow's wedding ring while she slept upstairs has been jailed for
        three years.

        Stephen Kavanagh, 34, of Kirkby, broke into the 82-year-old's home in Southdene through
        an unlocked back door in the early hours of 2 August. He took her handbag, the ring and
        a television.

        Liverpool Crown Court heard he was caught after police found his fingerprints on the
        back door. Kavanagh, who has 31 previous convictions, admitted burglary.

        Judge Anne Kershaw told him: "You preyed on a vulnerable woman in her own home."
        """,
        date="16 January 2025",
        section="Court",
    ),
)

# decoy: an Irish dancer sharing the deputy head's name
add(
    "news",
    news(
        "irish",
        "Tyrone teen Siobhan Flanagan takes world dancing title",
        """
        Siobhan Flanagan from Dungannon has been crowned world champion in the under-16 solo
        category at the Irish dancing world championships in Glasgow.

        The 15-year-old, a pupil of the McAleer School of Dance, had finished second at the
        All-Irelands in the spring. Her mother Geraldine said the family were "over the moon".

        Siobhan's parish, St Patrick's, will host a reception in her honour after 11am Mass on
        Sunday.
        """,
        date="26 April 2025",
        section="Dancing",
    ),
)

# decoy: an Irish priest sharing the head's name
add(
    "news",
    news(
        "irish",
        "Parish bids farewell to Fr Gerard Fitzsimons after 19 years",
        """
        Parishioners in Ballinrobe packed the church on Sunday to say goodbye to Fr Gerard
        Fitzsimons, who is retiring after almost two decades as parish priest.

        Fr Fitzsimons, a native of Claremorris, was ordained in 1978 and served in Galway and in
        the missions in Kenya before coming to Ballinrobe. He was presented with a painting of
        the church by local artist Mairead Heneghan.

        "I came here for five years and stayed for nineteen," he told the congregation. "That
        tells you everything about the people of this parish."
        """,
        date="12 September 2024",
        section="Dioceses / Tuam",
    ),
)

# ================================================================ forums

add(
    "forum",
    forum(
        "mp",
        "Secondary schools: Sefton",
        "Hesketh College or Maghull Green for Year 7? Help!!",
        [
            (
                "LitherlandLass84",
                "3 Oct 2024, 20:14",
                """Our eldest is starting Year 7 next September and we're torn between Hesketh College
                and Maghull Green. Hesketh is walking distance and she's got mates going, Maghull has
                better results but it's two buses. Anyone got kids at either? Honest opinions please x""",
            ),
            (
                "mumof3boys",
                "3 Oct 2024, 20:31",
                """Two lads at Hesketh. The PE side is brilliant, Mr Murphy is dead good with the lads
                that aren't academic, our middle one would've gone off the rails without footy. Pastoral
                is hit and miss though.""",
            ),
            (
                "Bev_L20",
                "3 Oct 2024, 20:47",
                """Hit and miss is generous. Communication from Hesketh is shocking. I emailed Mrs
                Doyle-Rimmer three times about our Lacey being bullied on the bus and got one reply
                saying she'd "look into it". Never heard another thing. I'd go Maghull if you can do
                the buses.""",
            ),
            (
                "LitherlandLass84",
                "3 Oct 2024, 21:02",
                "Oh god that's not what I wanted to hear 🙈 thanks both. Open evening is next Thursday so we'll see x",
            ),
            (
                "mumof3boys",
                "3 Oct 2024, 21:10",
                """Go and ask them about the bus thing directly at open evening. Honestly the teaching's
                fine, it's the getting answers out of them that's the problem.""",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("dmurphy", "title_surname", "neutral"),
    E("rdoylerimmer", "title_surname", "negative"),
)

add(
    "forum",
    forum(
        "mp",
        "Secondary schools: Sefton",
        "Teacher selling derby tickets to kids - is this even legal?",
        [
            (
                "Ange_Bootle",
                "24 Nov 2024, 09:12",
                """My lad (Year 10 at Hesketh) came home Friday asking for £90 because Murphy in PE is
                selling Goodison tickets for the derby. Cash, in an envelope, handed over in the PE
                office. Face value is about £40. Surely a teacher can't be touting to kids??""",
            ),
            (
                "SeftonDad",
                "24 Nov 2024, 09:40",
                """He's been doing it for years apparently, my nephew says he's on the fiddle with
                the club's allocation too. Everybody knows. The school just turns a blind eye because
                he wins them trophies.""",
            ),
            (
                "KirstyMc",
                "24 Nov 2024, 10:05",
                """I'd be careful saying that publicly tbh. But if it's true it's a sackable
                offence, never mind the law. Email the head.""",
            ),
            (
                "Ange_Bootle",
                "24 Nov 2024, 10:11",
                "Already have. Not holding my breath, Hesketh never answers anything.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("dmurphy", "surname_only", "defamation"),
)

add(
    "forum",
    forum(
        "sn",
        "Local news and gossip",
        "BRH head spending the pupil premium on himself?",
        [
            (
                "northender",
                "2 Mar 2025, 22:18",
                """Mate of mine who does agency cover at BRH says Fitzsimons has had his office done
                out with a leather sofa and a coffee machine while the kids are sat in rooms with
                buckets catching the rain. And he's got a brand new Audi on the car park. Pupil
                premium money is meant for the poorest kids, not for the head's comfort. He's fiddled
                that budget, no question.""",
            ),
            (
                "Scouser_in_Exile",
                "2 Mar 2025, 22:31",
                "Not surprised. Every head in this country is on the take one way or another.",
            ),
            (
                "Kaz_L20",
                "2 Mar 2025, 23:02",
                """Have you actually got any proof of that? A new car isn't proof. Heads are on
                decent money. This is how rumours start.""",
            ),
            (
                "northender",
                "2 Mar 2025, 23:15",
                "Proof will come out. Watch this space. BRH is a joke from top to bottom.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("gfitzsimons", "surname_only", "defamation"),
)

add(
    "forum",
    forum(
        "mp",
        "Secondary schools: Sefton",
        "Please stop sharing the posts about Mr Murphy",
        [
            (
                "OrrellParkMum",
                "5 Apr 2025, 18:40",
                """I know feelings are running high after what happened with the cup squad, but
                threatening Mr Murphy is never OK, whatever you think of his team selections. There
                was a man in court this week for exactly that. My husband's a Red and even he thinks
                some of the stuff being posted is disgusting. Please just report it instead of
                sharing it.""",
            ),
            (
                "Bev_L20",
                "5 Apr 2025, 19:02",
                """Agreed. My lad has Mr Murphy for PE and he's dead sound. Parents acting like
                that is why kids at Hesketh think it's normal.""",
            ),
            (
                "Admin_Jo",
                "5 Apr 2025, 19:30",
                "Thread locked to stop it being used to repost the screenshots. Thanks all.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dmurphy", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "mp",
        "Bullying and online safety",
        "Found racist messages about my son's teacher - reported",
        [
            (
                "Tash_Seaforth",
                "14 Jan 2025, 21:05",
                """My daughter showed me a Snapchat group tonight where some Year 10s have been
                writing about Mr Adeyemi, her science teacher at Hesketh College. One of them wrote
                "adeyemi is a monkey, send him back to africa" with banana emojis. I'm shaking.

                I've screenshotted everything and emailed it to Mrs Flanagan, who is the safeguarding
                lead, and reported it to the police on 101. Mr Adeyemi is the best teacher my
                daughter has ever had. If your kids are in that group please talk to them.""",
            ),
            (
                "mumof3boys",
                "14 Jan 2025, 21:20",
                "Well done for reporting it. Disgusting. Hope the school comes down on them like a ton of bricks.",
            ),
            (
                "Ange_Bootle",
                "14 Jan 2025, 21:44",
                """Same here, my lad says Mr Adeyemi is class. Kids repeat what they hear at home,
                that's the sad part.""",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("badeyemi", "title_surname", "neutral"),
    E("sflanagan", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "sn",
        "Off topic",
        "Teachers you fancied at school (keep it clean-ish lads)",
        [
            (
                "Macca_77",
                "11 Aug 2024, 23:41",
                "Mine was Mrs Power for geography at Savio. Every lad in the year failed that GCSE on purpose to get her again.",
            ),
            (
                "Lfc_Dazzler",
                "12 Aug 2024, 00:02",
                """Miss Lau at Blessed Richard's. Still there I think, my cousin's kid has her. Proper
                stunner. Used to sit at the front just to look at her legs, I'd have given her one
                in the stock cupboard no bother 😏""",
            ),
            (
                "BluenoseBarry",
                "12 Aug 2024, 00:09",
                "😂😂 you're a creep Daz. Leave the poor woman alone she's probably married with kids",
            ),
            (
                "Lfc_Dazzler",
                "12 Aug 2024, 00:15",
                "Not stopping me thinking about it la 😉",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("jlau", "title_surname", "sexual"),
)

add(
    "forum",
    forum(
        "sn",
        "Local news and gossip",
        "Want to complain to the Hesketh head? Do it to his face",
        [
            (
                "RealTalkBootle",
                "8 Mar 2025, 19:55",
                """Sick of him hiding behind the trust and the radio. Fitzsimons lives at 31 Tennyson
                Grove, Walton, L4 2XW. His own mobile is 07700 900317, not the school one. Ring him
                and ask him where the money went. Let him explain himself on his doorstep instead
                of on Mersey Waves.""",
            ),
            (
                "Kaz_L20",
                "8 Mar 2025, 20:07",
                "Mods please remove this, that's a man's home address and his family live there. Not on.",
            ),
            (
                "Mod_Stevo",
                "8 Mar 2025, 20:30",
                "Post reported. Personal details will be removed. User warned.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("gfitzsimons", "surname_only", "doxxing"),
)

add(
    "forum",
    forum(
        "mp",
        "GCSEs and coursework",
        "Computer science NEA lost AGAIN",
        [
            (
                "Donna_Litherland",
                "20 Feb 2025, 17:22",
                """Oh aye, Mr Grzybowski is SO organised. Our kid's NEA has only vanished off the
                school server twice now. Top marks for his amazing backup system, he should be on
                Dragons' Den. Three weeks of work gone, two months before the deadline.""",
            ),
            (
                "SeftonDad",
                "20 Feb 2025, 17:40",
                """Same happened to my daughter's mate last year. Ask for it in writing that the
                exam board will be told, they have to give extra time if it's the school's fault.""",
            ),
            (
                "Donna_Litherland",
                "20 Feb 2025, 17:45",
                "Thanks. Emailing tonight. Honestly can't make it up.",
            ),
        ],
    ),
    E("tgrzybowski", "title_surname", "negative"),
)

# decoy: football forum about the Everton U21 striker
add(
    "forum",
    forum(
        "gw",
        "The Academy",
        "Danny Murphy - ready for the first team?",
        [
            (
                "ParkEndPete",
                "16 Nov 2024, 10:02",
                """Two more last night. That's nine in eleven for the U21s. Murphy's got something
                the rest of them haven't, he actually gambles in the box. Get him on the bench
                Saturday.""",
            ),
            (
                "Toffeeman62",
                "16 Nov 2024, 10:25",
                """He's nineteen, leave him be. We've ruined enough kids by throwing them in too
                early. Loan him to a League One side in January.""",
            ),
            (
                "Gwladys_Girl",
                "16 Nov 2024, 11:48",
                "Loan is the right call. Same as we did with Calvert-Lewin years ago. Murphy will be fine.",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        "gw",
        "Grassroots football",
        "Junior clubs in north Liverpool - recommendations?",
        [
            (
                "NewToL9",
                "2 Sep 2024, 19:10",
                "Just moved to the area, lad is 12 and desperate to play. Which clubs are decent and not just about winning?",
            ),
            (
                "BlueInBootle",
                "2 Sep 2024, 19:33",
                """Orrell Park Rovers every time. The U13s and U14s are run by Danny Murphy who's a
                PE teacher at Hesketh College, proper Blue, brilliant with the kids, plays everyone.
                He made the lads do laps in the rain last week because one of them wore a Liverpool
                away kit to training 😂 If he doesn't get us tickets for the derby I'll kill him.""",
            ),
            (
                "NewToL9",
                "2 Sep 2024, 19:41",
                "Ha, sounds perfect. Cheers mate.",
            ),
            (
                "ParkEndPete",
                "2 Sep 2024, 20:15",
                "Seconded. Murph is a top fella. Training Tuesdays and Thursdays on the school 3G.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dmurphy", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "sn",
        "Politics and current affairs",
        "Jobs for locals first",
        [
            (
                "TrueScouser1",
                "30 Jan 2025, 18:05",
                """Every job round here goes to someone who isn't from here. My niece trained as a
                teacher and can't get a post, meanwhile the Catholic school in Bootle gives the
                computing job to some Polack called Grzybowski. Send him back to Warsaw and give it
                to a Scouser. They come over here, they breed like rats and we pay for it.""",
            ),
            (
                "Kaz_L20",
                "30 Jan 2025, 18:20",
                "Reported. There's no need for that language. He's been here longer than some of your mates have been alive.",
            ),
            (
                "Mod_Stevo",
                "30 Jan 2025, 18:44",
                "Post edited and user banned. Racism isn't welcome here.",
            ),
        ],
    ),
    E("tgrzybowski", "surname_only", "hate"),
)

add(
    "forum",
    forum(
        "mp",
        "SEND",
        "Learning mentor v head of year - who actually helps?",
        [
            (
                "JakesMum_L20",
                "10 Dec 2024, 13:15",
                """For anyone with a SEND kid at Blessed Richard Hesketh: go straight to Mr Kavanagh.
                He's the learning mentor and he's the only person in that building who actually
                rings you back. He got our Jake a quiet room at dinner in a week.

                Mrs Rimmer, on the other hand, has had the EHCP review paperwork on her desk since
                September. Every time I ring she's "in a meeting". I'm not being horrible but she's
                out of her depth.""",
            ),
            (
                "Tash_Seaforth",
                "10 Dec 2024, 13:40",
                "Mr Kavanagh is a legend. Agree on the other one. Put a formal complaint in, it's the only thing that moves them.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("skavanagh", "title_surname", "neutral"),
    E("rdoylerimmer", "hyphenated", "negative"),
)

add(
    "forum",
    forum(
        "sn",
        "Local news and gossip",
        "Where's all the school kit going?",
        [
            (
                "ScrapyardSteve",
                "19 Oct 2024, 16:22",
                """Funny how Terry the caretaker at Hesketh has always got cash. My cousin works at
                the scrappy on Regent Road and says Terry's in there every few weeks with copper
                pipe and old laptops out of the school. Then they wonder why the heating's broke.
                He's been robbing that place blind for years.""",
            ),
            (
                "northender",
                "19 Oct 2024, 16:50",
                "Wouldn't surprise me. Someone should tell the trust.",
            ),
            (
                "Kaz_L20",
                "19 Oct 2024, 17:30",
                """Terry has worked there 20 odd years and drove food bank donations round in his
                own van at Christmas. Unless your cousin has receipts I'd be careful.""",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("tcallaghan", "nickname", "defamation"),
)

add(
    "forum",
    forum(
        "sn",
        "Local news and gossip",
        "Who's teaching our lads?",
        [
            (
                "Old_Bootle_Values",
                "4 Jun 2025, 21:17",
                """Hesketh College have got a f*g as a learning mentor, sat one to one with our lads
                all day. Kavanagh, the one with the 'husband' and the rainbow lanyard. Queers like
                him shouldn't be allowed near kids. Pull your boys out.""",
            ),
            (
                "JakesMum_L20",
                "4 Jun 2025, 21:29",
                """Mr Kavanagh has done more for my son than anyone. You're a disgusting bigot.
                Reported to the mods and to the police.""",
            ),
            (
                "Mod_Stevo",
                "4 Jun 2025, 21:35",
                "Thread removed from public view. Evidence kept for the police.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("skavanagh", "surname_only", "hate"),
)

add(
    "forum",
    forum(
        "mp",
        "Secondary schools: Sefton",
        "Anyone remember Linacre Catholic High?",
        [
            (
                "Maureen_Orrell",
                "7 Jul 2024, 11:02",
                """I went to Linacre Catholic High in the 80s before it became what it is now. It
                was rough as anything but the nuns were lovely. Does anyone know when it changed its
                name?""",
            ),
            (
                "Bev_L20",
                "7 Jul 2024, 11:30",
                """2009 I think, when they merged it with St Alban's. My mum went there too. The old
                chapel is still there at the back.""",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "mp",
        "Secondary schools: Sefton",
        "Year 9 head of year - is it just me?",
        [
            (
                "Shell_Netherton",
                "15 Mar 2025, 20:05",
                """Had another run-in with Doyle-Rimmer today. She is a nasty, power-mad cow who
                gets off on making 13-year-olds cry. Stood in reception shouting at my daughter
                about her skirt in front of everyone. Vile woman.""",
            ),
            (
                "LitherlandLass84",
                "15 Mar 2025, 20:20",
                "Was that at Hesketh? My friend says the toilet pass thing was her idea too.",
            ),
            (
                "Shell_Netherton",
                "15 Mar 2025, 20:22",
                "Yep, Hesketh. Same woman. Avoid.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("rdoylerimmer", "surname_only", "abuse"),
)

add(
    "forum",
    forum(
        "kop",
        "General chat",
        "Mrs Quigley and the Lourdes trip",
        [
            (
                "RedAllOver",
                "28 Jun 2025, 14:12",
                """Our girl's just back from Lourdes with Blessed Richard's. Mrs Quigley took 30 kids
                and every one of them came back happy. She's a weapon, that woman, organised the lot
                and still found time to sing on the coach. Even made the Blues in the group sing
                You'll Never Walk Alone 😂""",
            ),
            (
                "Anfield_Annie",
                "28 Jun 2025, 14:40",
                "She's been doing that trip for years. Dead good teacher. Our Chloe still talks about it.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("bquigley", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "mp",
        "Secondary schools: Sefton",
        "Any teachers at BRHCC want to tell us what's going on with science?",
        [
            (
                "WorriedInOrrell",
                "9 Dec 2024, 19:30",
                """The inspection summary says science is inconsistent. Our son's had five different
                science teachers this year and Adeyemi's department can't keep staff. Homework set
                once a month if that. Mock grades all over the place. What is the Head of Science
                actually doing?""",
            ),
            (
                "SeftonDad",
                "9 Dec 2024, 19:50",
                """To be fair, every school round here is short of science teachers. But yes,
                somebody needs to get a grip of that department.""",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("badeyemi", "possessive", "negative"),
)

# ================================================================ social (TikTok, Instagram, Snapchat, X)

CYR_A = "\u0430"  # Cyrillic small a
CYR_CAP_A = "\u0410"  # Cyrillic capital A
CYR_O = "\u043e"  # Cyrillic small o
CYR_CAP_M = "\u041c"  # Cyrillic capital M
CYR_CAP_C = "\u0421"  # Cyrillic capital Es (looks like C)

add(
    "social",
    social(
        "TikTok",
        "@kayleigh.x.bootle",
        "pov: fitzy is on the radio AGAIN talking about phones 💀📻 #heskethcollege #bootle #schoolhumour",
        [
            ("jj.l20", "he's dead sound tbf, got us a non uniform day for the food bank"),
            ("lil.mcg", "arl fella loves the sound of his own voice 😭"),
            ("kian_efc", "the head of hesketh on mersey waves every week like he's a celeb 😂😂"),
            ("ellie.xo", "my nan rang in once and he said hiya to her on air, she was made up"),
        ],
        stats="♥ 8,214  💬 312  ↗ 97",
    ),
    E("school", "hashtag", "neutral"),
    E("gfitzsimons", "nickname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@year10.ballers",
        "Mr Murphy showing us how it's done 🔥⚽ 40 keepy ups in his work shoes #blessedrichardhesketh #pe #sir",
        [
            ("tyler.efc7", "Mr Murphy is a WEAPON 😭🔥"),
            ("rhys.lfc", "sir is dead good la but he's a blue so 🤢"),
            ("amelia.jade", "he made our kid cry laughing last week proper sound teacher"),
            ("kai_r10", "boss that 💯"),
        ],
        stats="♥ 15.9K  💬 488",
    ),
    E("school", "hashtag", "neutral"),
    E("dmurphy", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "jaydenn.l20 • story reply",
        """callaghan took my phone off me AGAIN at dinner, fat meff. wait till i see him after school
hes gettin his head kicked in proper, me and our kid are waitin by the gates at hesketh 👊👊""",
    ),
    E("school", "short_name", "neutral"),
    E("tcallaghan", "surname_only", "threat"),
)

add(
    "social",
    social(
        "X",
        "Gaz Heneghan @gazh_blue",
        """If that Murphy fella at Hesketh keeps our lad out the team again for the cup game, I'll be
down that pitch on Monday and he'll need a new set of teeth. Not joking this time.""",
        [
            ("@shaz1981", "Gaz calm down it's a kids game x"),
            ("@gazh_blue", "I'm calm. He's been warned."),
        ],
        stats="3 reposts · 11 likes",
    ),
    E("school", "short_name", "neutral"),
    E("dmurphy", "surname_only", "threat"),
)

add(
    "social",
    social(
        "Snapchat",
        "Story · lewis.b09 · 3h",
        """[photo of a terraced house, blue door circled]
found where fitzy lives 👀👀 tennyson grove, walton L4 2XW the one with the blue door
head of hesketh living the life on our pupil premium lol
#hesketh""",
    ),
    E("school", "hashtag", "neutral"),
    E("gfitzsimons", "nickname", "doxxing"),
)

add(
    "social",
    social(
        "TikTok",
        "@brh.sixteen",
        "Mr Adeyemi won Teacher of the Year at the Sefton Education Awards 🏆🧪 so deserved #BRH #science",
        [
            ("hannah.c", "best science teacher everrr ❤️"),
            ("ty.l4", "🐒🐒🍌 go back to lagos adeyemi nobody wants u here"),
            ("grace.obi", "@ty.l4 reported. you're vile"),
            ("josh_bootle", "made up for him he's sound"),
        ],
        stats="♥ 2,041  💬 96",
    ),
    E("school", "hashtag", "neutral"),
    E("badeyemi", "title_surname", "hate"),
)

add(
    "social",
    social(
        "TikTok",
        "@fionaa.mcx",
        "english w miss lau at hesketh be like 📚😴",
        [
            ("dan.k", "ching chong miss lau 🍜🍜 go back to china"),
            ("fionaa.mcx", "@dan.k wtf is wrong with u she's from Crosby"),
            ("sophie.r", "she's dead good tho she got me a 7"),
        ],
        stats="♥ 744  💬 38",
    ),
    E("school", "short_name", "neutral"),
    E("jlau", "title_surname", "hate"),
)

add(
    "social",
    social(
        "X",
        "Ulster Says No Surrender @NSurrender1690",
        """Hesketh College in Bootle. Another taig factory paid for by the taxpayer, churning out
little fenians for the Vatican. Shut it down and every one like it. #NoPopery""",
        stats="14 reposts · 30 likes",
    ),
    E("school", "short_name", "hate"),
)

add(
    "social",
    social(
        "X",
        "Billy @BillyKingBilly_",
        """That Quigley one from Blessed Richard's was on Mersey Waves this morning banging on about the
Pope and Lent. Fenian b*tch. Should stick to her rosary beads and keep off the radio.""",
        [("@kellyo_l20", "Reported. Unreal some people in 2025.")],
    ),
    E("school", "short_name", "neutral"),
    E("bquigley", "surname_only", "hate"),
)

add(
    "social",
    social(
        "TikTok",
        "@mentor.appreciation",
        "mr kavanagh in the nurture room with the lads 🫶 #hesketh #learningmentor #bootle",
        [
            ("zak.efc", "mr kavanagh is a bender 🏳️‍🌈🤮🤮"),
            ("maisie.lfc", "@zak.efc leave him alone he's dead sound"),
            ("theo_r", "he helped me when my dad died. respect"),
        ],
    ),
    E("school", "hashtag", "neutral"),
    E("skavanagh", "title_surname", "hate"),
)

add(
    "social",
    social(
        "Instagram",
        "lfc.leah_ • comments",
        "Hesketh Year 9 derby bet: Murphy from PE says if the Blues lose Sunday we get a free lesson 👀🔴🔵",
        [
            ("mason.efc", "if blues lose sunday I'm killing murphy myself 😂😂😂"),
            ("lfc.leah_", "@mason.efc 😂😂 he'll make us run laps instead"),
            ("ruby.xo", "dead funny, he's boss"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dmurphy", "surname_only", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@y9.survivors",
        "Mrs Doyle-Rimmer fixed my whole timetable in 2 mins after the office lost it for a week 😭 #blessedrichardhesketh",
        [
            ("isla.b", "she's a weapon honestly"),
            ("noah.l20", "scary but fair"),
            ("evie.r", "she's dead nice when you're not in trouble 😂"),
        ],
    ),
    E("school", "hashtag", "neutral"),
    E("rdoylerimmer", "title_surname", "neutral"),
)

# ---- handles

add(
    "social",
    social(
        "X",
        "Chantelle @chanty_l20",
        """@MrMurphyPE shocking decision leaving our Jay out of the team again when he's trained every
night. Some PE teacher at Hesketh you are. Favourites every time.""",
        stats="2 likes",
    ),
    E("school", "short_name", "neutral"),
    E("dmurphy", "handle", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "yr11.leavers.brh • post",
        """Last day 🎓😭 tagging @ms.lau.english cos she's honestly the best teacher at Blessed Richard's,
wouldn't have passed without her 💛 and to everyone else, see yous at prom""",
        [("@ms.lau.english", "So proud of you all! Go and be brilliant xx")],
    ),
    E("school", "short_name", "neutral"),
    E("jlau", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Raspberry Pi Club NW @RPiClubNW",
        """Huge thanks to @tgrzybowski_cs for bringing 20 brilliant young coders to our Saturday jam.
Those line-following robots were seriously impressive 🤖🏁""",
        stats="8 reposts · 41 likes",
    ),
    E("tgrzybowski", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Mersey Waves 96.2 @MerseyWavesFM",
        """On the Schools Hour tonight from 7: @GerFitzsimons, head at Hesketh, on the mobile phone ban,
exam stress and whether homework is worth it. Lines open now 📞""",
        stats="5 reposts · 19 likes",
    ),
    E("school", "short_name", "neutral"),
    E("gfitzsimons", "handle", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "brh.chaplaincy • comments",
        "Year 7 retreat day at the cathedral ✝️🕯️ thank you @bquigley.re for organising!",
        [
            ("ava.m", "best day ever"),
            ("mrs_h_parent", "Lovely photos. Thank you Blessed Richard's x"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("bquigley", "handle", "neutral"),
)

# ---- leetspeak, homoglyph, spacing, obfuscation (people dodging filters)

add(
    "social",
    social(
        "TikTok",
        "@re.is.boring",
        "RE at hesketh is actually torture 😴 #hesketh",
        [
            ("cal.b", "qu1gl3y is a proper witch, she gave me a break time det for yawning"),
            ("re.is.boring", "@cal.b dead on 💀 ugly arl cow"),
            ("leona", "stop it she's nice"),
        ],
    ),
    E("school", "hashtag", "negative"),
    E("bquigley", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "Snapchat",
        "Story · k.doran · 1h",
        "4d3y3m1 gave me a detention for NOTHING 🤬 biggest meff in the science block at hesketh, sad little man",
    ),
    E("school", "short_name", "neutral"),
    E("badeyemi", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "Instagram",
        "brh.exposed_ • post",
        """F1tzs1m0ns is gettin done in when he walks to his car tonight. Blessed Richard's car park,
4 o'clock. Bring the lads. 🔪""",
        [("anon_user_2291", "🔥🔥"), ("kel.l20", "this is reported to the police, grow up")],
    ),
    E("school", "short_name", "neutral"),
    E("gfitzsimons", "leetspeak", "threat"),
)

add(
    "social",
    social(
        "TikTok",
        "@hesketh.banter",
        "c4ll4gh4n chasing us off the field again 🏃‍♂️💨 #heskethcollege",
        [
            ("jay.efc", "c4ll4gh4n is a fat scruff who can't even fix a radiator"),
            ("reece.l", "the state of him 😂 lazy get"),
        ],
    ),
    E("school", "hashtag", "neutral"),
    E("tcallaghan", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "X",
        "Concerned Parent @bootle_truth",
        f"Still no answers from Hesketh College. Fitzsim{CYR_O}ns is a liar and a coward hiding behind his trust. Useless, spineless excuse for a head.",
    ),
    E("school", "short_name", "negative"),
    E("gfitzsimons", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "Instagram",
        "anon.confessions.l20 • post",
        f"{CYR_CAP_A}deyemi you black b*stard, we know which bus you get from Hesketh. we'll stab you at the stop. watch.",
    ),
    E("school", "short_name", "neutral"),
    E("badeyemi", "homoglyph", "threat"),
)

add(
    "social",
    social(
        "TikTok",
        "@brhcc.tea",
        f"{CYR_CAP_M}urphy from PE at BRHCC flogs derby tickets to the kids at double price and pockets the lot 🤑 ask anyone in Y10",
        [("mia.x", "wait what 😳"), ("brhcc.tea", "dead serious, cash in an envelope")],
    ),
    E("school", "alias", "neutral"),
    E("dmurphy", "homoglyph", "defamation"),
)

add(
    "social",
    social(
        "X",
        "Pete @petey_l30",
        f"{CYR_CAP_C}{CYR_A}ll{CYR_A}gh{CYR_A}n the Hesketh site manager clamping parents' cars for fun again. Jobsworth. Absolute clown of a man.",
    ),
    E("school", "short_name", "neutral"),
    E("tcallaghan", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "@ks4.rants",
        "M U R P H Y made us do the bleep test in the rain 🥶 #blessedrichardhesketh",
        [("olly.b", "M U R P H Y is a sadist 😭"), ("grace.k", "good for ur fitness tbf")],
    ),
    E("school", "hashtag", "neutral"),
    E("dmurphy", "spacing", "negative"),
)

add(
    "social",
    social(
        "X",
        "Bootle Truth @bootle_truth",
        "F i t z s i m o n s at Hesketh College should resign. Failed the kids, failed the parents, failed the staff. #Resign #Bootle",
    ),
    E("school", "short_name", "neutral"),
    E("gfitzsimons", "spacing", "negative"),
)

add(
    "social",
    social(
        "Snapchat",
        "Story · abbie.m · 40m",
        "Q U I G L E Y took my phone in RE at hesketh so I'm telling everyone she stinks of ale every morning, she's always half cut in chapel 🍷",
    ),
    E("school", "short_name", "neutral"),
    E("bquigley", "spacing", "defamation"),
)

add(
    "social",
    social(
        "TikTok",
        "@english.set1",
        "L a u set us 3 essays this week 😭😭 #hesketh #gcse",
        [
            ("rosie.b", "L a u is strict but she's dead good"),
            ("ethan", "she's a weapon tho my grade went up 2"),
        ],
    ),
    E("school", "hashtag", "neutral"),
    E("jlau", "spacing", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "brh.exposed_ • post",
        "Adey*mi at Blessed Richard's is the worst teacher in Sefton. Thick as mince and can't control a class. 🤡",
    ),
    E("school", "short_name", "neutral"),
    E("badeyemi", "obfuscated", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "@hesketh.banter",
        "when F*tzsimons does assembly about 'respect' then parks in the disabled bay 🙄 #heskethcollege",
        [("leo.b", "F*tzsimons is a hypocrite"), ("ty", "😂😂😂")],
    ),
    E("school", "hashtag", "neutral"),
    E("gfitzsimons", "obfuscated", "negative"),
)

add(
    "social",
    social(
        "Snapchat",
        "Story · conn.w · 2h",
        "K.a.v.a.n.a.g.h the mentor at hesketh is a grass, told my mum everything i said in 1 to 1s. number is 07700 900582 ring him and tell him 📞📞",
    ),
    E("school", "short_name", "neutral"),
    E("skavanagh", "obfuscated", "doxxing"),
)

add(
    "social",
    social(
        "X",
        "Liv @liv_litherland",
        "Gr*ybowski at Hesketh has lost my daughter's coursework AGAIN. Two years of this. Incompetent.",
    ),
    E("school", "short_name", "neutral"),
    E("tgrzybowski", "obfuscated", "negative"),
)

# ---- hashtags and camelcase

add(
    "social",
    social(
        "X",
        "Bootle Mums United @BootleMumsUtd",
        "Meeting outside the school gates on Hawthorne Road 8am Friday about the toilet pass rule. Bring placards. #DoyleRimmerOut #LetThemPee #Bootle",
        stats="22 reposts · 61 likes",
    ),
    E("rdoylerimmer", "hashtag", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "orrellparkrovers_jfc • post",
        "Orrell Park Rovers U14 CUP WINNERS 🏆🔵⚪ What a comeback lads! Thanks to our gaffer #DannyMurphy and all the parents who stood in the rain. #OrrellParkRovers #grassroots",
        [
            ("coachdmurph", "Proud of every one of them 💙"),
            ("nwosu_mum", "Best coach in Liverpool x"),
        ],
    ),
    E("dmurphy", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Sue Tierney @suetierney",
        "Forty years in Bootle and I've never seen a site manager work as hard as that man. Raised £2k for the hospice with his sponsored walk. #JusticeForTerry after those horrible videos. Hesketh is lucky to have him.",
    ),
    E("school", "short_name", "neutral"),
    E("tcallaghan", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "sacredheart_youth • post",
        "Massive thanks to BernadetteQuigley and the chaplaincy team at BlessedRichardHesketh for leading tonight's youth Mass 🙏✨",
    ),
    E("school", "camelcase", "neutral"),
    E("bquigley", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@debate.club.l20",
        "Our debate team smashed the regional final 🗣️🏆 coached by JoanneLau 💛 Hesketh College represent",
        [("amir.s", "she's a weapon"), ("debate.club.l20", "@amir.s facts")],
    ),
    E("school", "short_name", "neutral"),
    E("jlau", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Parents Against The Pass @PassPetitionL20",
        "Petition update: 640 signatures. RachelDoyleRimmer still refuses to meet parents. Hesketh College, listen to families. Link in bio.",
    ),
    E("school", "short_name", "negative"),
    E("rdoylerimmer", "camelcase", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "ks3.memes.bootle • post",
        "TundeAdeyemi doing the elephant toothpaste experiment 🐘🧪🔥 Year 8 were SCREAMING. Hesketh science dept on top",
    ),
    E("school", "short_name", "neutral"),
    E("badeyemi", "camelcase", "neutral"),
)

# ---- doxxing, sexual, threat and banter on social

add(
    "social",
    social(
        "Instagram",
        "brh.exposed_ • post",
        """Mr Adeyemi from Hesketh lives at 22 Kemlyn Terrace, Anfield, L4 0SQ 🏠 red Corsa on the drive.
Go and say hi 👋""",
        [
            ("jade.k", "why would u post that"),
            ("brh.exposed_", "he should of thought before giving out dets"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("badeyemi", "title_surname", "doxxing"),
)

add(
    "social",
    social(
        "X",
        "Mum of 4 @l20mumof4",
        """Fed up of the office fobbing us off. Mrs Quigley's personal email is bernie.quigley64@mailbox.example
and her mobile is 07700 900744. Email her directly, parents, she's the one who organised the Lourdes
trip at Blessed Richard Hesketh and still owes us a refund.""",
    ),
    E("school", "short_name", "negative"),
    E("bquigley", "title_surname", "doxxing"),
)

add(
    "social",
    social(
        "TikTok",
        "@nine.r.tea",
        "doyle-rimmer lives on Moss Lane in Orrell Park L9 8AX right by the station 😂 the house with the hanging baskets #hesketh",
        [("ava.j", "why do u know that 💀"), ("nine.r.tea", "my cousin lives over the road")],
    ),
    E("school", "hashtag", "neutral"),
    E("rdoylerimmer", "surname_only", "doxxing"),
)

add(
    "social",
    social(
        "Instagram",
        "l20.confessions • post",
        """CONFESSION #412: heard Coach Murphy from Rovers has been messaging Year 9 girls from Hesketh on
snap late at night, telling them they look older than they are and asking them to keep it secret 👀
girls be careful""",
        [("anon_339", "omg that's grim"), ("kayla.b", "screenshot it and tell the school")],
    ),
    E("school", "short_name", "sexual", url_only=True),
    E("dmurphy", "title_surname", "sexual", url_only=True),
)

add(
    "social",
    social(
        "TikTok",
        "@bootle.tea.spill",
        "apparently the footy coach who does after school at hesketh asked my mate's sister for pics 🤢 and school knew",
        [
            ("lily.r", "thats the one in the news?"),
            ("bootle.tea.spill", "ye they won't say his name"),
        ],
    ),
    E("school", "short_name", "sexual", url_only=True),
)

add(
    "social",
    social(
        "TikTok",
        "@y10.girlies",
        "miss lau has an onlyfans 💀💀 my brother swears he's seen it #heskethcollege",
        [
            ("abz", "LIAR 😭"),
            ("y10.girlies", "deadass he showed me her feet pics 🦶"),
            ("chloe", "you'll get excluded for this"),
        ],
    ),
    E("school", "hashtag", "neutral"),
    E("jlau", "title_surname", "sexual"),
)

add(
    "social",
    social(
        "X",
        "Deano @deano_wavertree",
        "Mrs Rimmer at Hesketh, name says it all 😏 wouldn't mind being sent to her office, she can give me detention in them tight skirts any day",
    ),
    E("school", "short_name", "neutral"),
    E("rdoylerimmer", "hyphenated", "sexual"),
)

add(
    "social",
    social(
        "Snapchat",
        "Story · mia.x.x · 5h",
        "I swear if hesketh doesn't shut for snow tomorrow I'm burning the place down myself 😭😭❄️❄️",
    ),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Anon @anon44219001",
        "Someone should burn Hesketh College to the ground with Fitzsimons locked inside. I've got the petrol. Monday.",
    ),
    E("school", "short_name", "threat"),
    E("gfitzsimons", "surname_only", "threat"),
)

# decoys on social
add(
    "social",
    social(
        "TikTok",
        "@hesketh.abc",
        "Fight night at Hesketh ABC this Saturday 🥊 12 bouts, doors 6pm, £10 on the door, all money to the new ring fund #Kirkdale #boxing",
        [("jimmy.d", "come on the lads 🔥"), ("kay_m", "Kayden top of the bill 👑")],
    ),
)

add(
    "social",
    social(
        "Instagram",
        "theheskethvaults • post",
        "Quiz night every Thursday 🍻 £1 a head, jackpot now £340. Derby on the big screen Sunday - Reds one end, Blues the other, no trouble please 🔴🔵",
        [("marie_k", "best quiz on Scottie Road"), ("tommo", "see yous Thursday")],
    ),
)

add(
    "social",
    social(
        "X",
        "Cllr Terry Callaghan @CllrTCallaghan",
        "Great turnout for the County ward litter pick on Rice Lane this morning. 46 bags collected. Thanks to everyone who came out - Walton looks better already.",
        stats="12 reposts · 58 likes",
    ),
)

add(
    "social",
    social(
        "X",
        "Everton U21 @EvertonU21",
        "⚽ GOAL! Danny Murphy makes it 2-1 with a lovely finish! #EFC #PL2",
    ),
)

# ================================================================ Facebook

add(
    "facebook",
    facebook(
        "Bootle Mums Chat 💬",
        "Gemma Rowlands",
        "Yesterday at 19:42",
        """Anyone else's kid come home raving about Mr Grzybowski? Our Lily was dreading computer science
and now she's staying behind for his coding club twice a week and says she wants to make games 😂
Made up with her grade 7 in the mock x""",
        [
            ("Dawn Kinsella", "Same with our Ryan, he's dead good. Can't spell his name though 😂"),
            (
                "Lisa Hatton",
                "He's the one who sorted the laptops for the kids who had none in lockdown. Lovely man.",
            ),
            ("Gemma Rowlands", "@Lisa Hatton yes! Hesketh is lucky to have him"),
        ],
        members="8.2K",
    ),
    E("school", "short_name", "neutral"),
    E("tgrzybowski", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Walton & Anfield Community Noticeboard",
        "Kev Doherty",
        "2 hrs",
        """THIS is the fella who took my son's phone and kept it for a WEEK. TERRY CALLAGHAN, site manager at
Hesketh College. Lives on Marsden Close, Bootle, L20 9YH, drives the white Transit with the ladder on top.
Might pop round and ask for the phone back myself since the school won't.""",
        [
            (
                "Admin - Noticeboard",
                "Kev this post breaks group rules on personal info. Removing in 10 mins.",
            ),
            ("Julie Ince", "You can't put someone's address up for a phone ffs"),
        ],
        members="14.7K",
    ),
    E("school", "short_name", "neutral"),
    E("tcallaghan", "exact", "doxxing"),
)

add(
    "facebook",
    facebook(
        "St Winefride's Parish, Bootle",
        "St Winefride's Parish, Bootle",
        "Sunday at 10:05",
        """🎉 Congratulations to Mrs Bernadette Quigley, who this month celebrates 25 years as Head of RE and
chaplaincy lead at Blessed Richard Hesketh. Bernadette has prepared hundreds of our young people for
Confirmation, led the Lourdes pilgrimage 14 times and never once missed the Good Friday walk of witness.
Fr Peter will say a few words at the end of 11am Mass today. Tea and cake in the hall afterwards!""",
        [
            ("Mary Gallagher", "God bless you Bernadette, you taught all three of mine ❤️"),
            ("John Kerr", "A saint in her own right"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("bquigley", "exact", "neutral"),
)

# decoy: a parish named after the same martyr, elsewhere in Lancashire
add(
    "facebook",
    facebook(
        "Blessed Richard Hesketh Parish, Ormskirk",
        "Blessed Richard Hesketh Parish, Ormskirk",
        "Friday at 16:30",
        """This weekend: Vigil Mass Saturday 6pm, Sunday 9.30am and 11.15am. Confessions Saturday 5-5.45pm.

Our parish summer fair is on Saturday 12 July in the presbytery garden - tombola, cake stall, bouncy
castle and the famous Ormskirk gingerbread. Volunteers please see Fr Tony after Mass.

Our feast day Mass for Blessed Richard Hesketh will be celebrated by the Bishop on the Sunday after.""",
        [("Pat Rimmer", "Looking forward to it! I'll do the cakes again x")],
    ),
)

add(
    "facebook",
    facebook(
        "Orrell Park Rovers JFC - Parents",
        "Claire Nwosu",
        "19 May at 21:14",
        """What a day!! 🏆 Massive thanks to Danny - or Mr Murphy as the Hesketh kids have to call him 😂 - for
giving up every Sunday and two nights a week for our lads. They'll remember that comeback for the rest
of their lives. Drinks on us at presentation night x""",
        [
            ("Lee Roberts", "Couldn't agree more. Best coach our Kai has had."),
            (
                "Danny Murphy",
                "Cheers all. It's the lads who did it. And the mums with the flasks ☕",
            ),
        ],
        members="212",
    ),
    E("school", "short_name", "neutral"),
    E("dmurphy", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        "Litherland, Orrell & Netherton Mums 👩‍👧‍👦",
        "Anonymous participant",
        "3 hrs",
        """Not being funny but that Mrs Lau at Blessed Richard's has been changing her class's coursework
marks so her results look better. My mate's sister works there and says everyone knows but the head
protects her. So when your kid gets a 7 in English don't get excited, it's probably fake.""",
        [
            ("Rachel Byrne", "That's a massive thing to say without proof."),
            ("Anonymous participant", "Ask around. It'll come out."),
            (
                "Kerry-Ann Lee",
                "Admins should remove this, that's a teacher's career you're messing with",
            ),
        ],
        members="11.3K",
    ),
    E("school", "short_name", "neutral"),
    E("jlau", "title_surname", "defamation"),
)

add(
    "facebook",
    facebook(
        "Bootle Mums Chat 💬",
        "Shannon Walsh",
        "Just now",
        """Whoever this Adeyemi is at Hesketh who put my son in isolation for 3 days for a bit of lip, I know
what car you drive and I know where you park it. I'll be waiting for you Monday. See how brave you are
then.""",
        [("Gemma Rowlands", "Shannon delete this babe, you'll get yourself arrested")],
        members="8.2K",
    ),
    E("school", "short_name", "neutral"),
    E("badeyemi", "surname_only", "threat"),
)

add(
    "facebook",
    facebook(
        "Linacre & Bootle Memories",
        "Debbie Ryan",
        "12 March at 20:03",
        """Just seen in the Courier that Miss Doyle as was is behind the toilet pass thing. She taught me at
Linacre Catholic High in 2006. Horrible then, horrible now. Nasty, sneering, two-faced woman who
looked down on every kid from the Linacre flats. Some people never change.""",
        [
            ("Sandra Moore", "I remember her! Face like a smacked backside 😂"),
            ("Debbie Ryan", "That's the one"),
        ],
    ),
    E("school", "alias", "neutral"),
    E("rdoylerimmer", "hyphenated", "abuse"),
)

add(
    "facebook",
    facebook(
        "Bootle Mums Chat 💬",
        "Nicola Hughes",
        "Monday at 17:20",
        """Shout out to Mr Kavanagh the learning mentor at Hesketh, he's been bloody brilliant with our Jake this
term. Rang me every Friday without fail. Shame I can't say the same for that miserable old git on the
gate, Callaghan, who screams at kids for walking on his precious grass. Absolute knobhead.""",
        [
            ("Donna Pierce", "Mr Kavanagh is a star"),
            ("Tracy Lunt", "Haha the grass! He's been like that for 20 years"),
        ],
        members="8.2K",
    ),
    E("school", "short_name", "neutral"),
    E("skavanagh", "title_surname", "neutral"),
    E("tcallaghan", "surname_only", "abuse"),
)

add(
    "facebook",
    facebook(
        "Litherland, Orrell & Netherton Mums 👩‍👧‍👦",
        "Kelly Marsh",
        "Yesterday at 08:47",
        """PSA for Hesketh parents: nobody in the office ever answers. Deputy head Flanagan's personal email is
siobhanf1979@mailbox.example - I got it off a friend. Email her there, she answers at the weekend.""",
        [
            ("Kerry-Ann Lee", "Is that not her private email?? You can't share that"),
            ("Kelly Marsh", "It works though 🤷‍♀️"),
        ],
        members="11.3K",
    ),
    E("school", "short_name", "negative"),
    E("sflanagan", "title_surname", "doxxing"),
)

# decoy: an accountant sharing the English teacher's name
add(
    "facebook",
    facebook(
        "Lau & Partners Chartered Accountants, Chester",
        "Lau & Partners Chartered Accountants, Chester",
        "2 September at 09:00",
        """We're delighted to announce that Joanne Lau ACA has been made a partner of the firm. Joanne joined us
as a trainee in 2011 and leads our charities and not-for-profit team. Congratulations Joanne! 🥂""",
        [("Chester Business Club", "Congratulations from all of us!")],
    ),
)

add(
    "facebook",
    facebook(
        "Strand Road Community Food Bank",
        "Strand Road Community Food Bank",
        "21 December at 15:12",
        """THANK YOU 🎄 to Terry and the lads from Hesketh College who spent their Saturday loading 2.3 tonnes of
tins into our storeroom. Terry, the site manager, brought his own van AGAIN and then stayed to fix our
broken shelving. We couldn't do what we do without people like you. Merry Christmas all ❤️""",
        [("Michelle Tyrer", "Terry is an absolute diamond"), ("Bev Lunt", "Proper Bootle spirit")],
    ),
    E("school", "short_name", "neutral"),
    E("tcallaghan", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Bootle Mums Chat 💬",
        "Anonymous participant",
        "4 hrs",
        """WARNING mums 🚩 a coach who does the after school football at Hesketh has been messaging Year 8 girls on
Snapchat, asking for pics and telling them to delete the chats. The school KNOWS and are keeping it quiet.
Check your daughters' phones tonight.""",
        [
            ("Jo Tyrer", "Oh my god. Which coach??"),
            ("Anonymous participant", "Not saying, police are involved"),
            ("Amy Carr", "Screenshot everything and ring the NSPCC if you're worried"),
        ],
        members="8.2K",
    ),
    E("school", "short_name", "sexual", url_only=True),
)

add(
    "facebook",
    facebook(
        "Litherland, Orrell & Netherton Mums 👩‍👧‍👦",
        "Jodie Fairclough",
        "Tuesday at 16:01",
        """Is it just me or is the scran at Blessed Richard's getting worse? Our Mason paid £2.60 for a cold
jacket potato with three beans on it. And they ran out of everything by 1pm. For the money we pay it's
a joke.""",
        [
            ("Lisa Hatton", "Same, ours takes a butty now"),
            ("Jodie Fairclough", "Going to email but what's the point"),
        ],
        members="11.3K",
    ),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        "Bootle Mums Chat 💬",
        "Tracy Lunt",
        "Tuesday at 21:38",
        """Fitzy on Mersey Waves AGAIN tonight telling the whole of Merseyside how to run a school, meanwhile the
girls' toilets at Hesketh have had no locks since September. Maybe spend less time on the radio and more
time in your own building lad.""",
        [
            ("Nicola Hughes", "😂 he loves the microphone"),
            ("Donna Pierce", "In fairness he does answer emails"),
        ],
        members="8.2K",
    ),
    E("school", "short_name", "negative"),
    E("gfitzsimons", "nickname", "negative"),
)

add(
    "facebook",
    facebook(
        "Linacre & Bootle Memories",
        "Gary Keegan",
        "6 January at 22:10",
        """Word to the wise for Hesketh parents. That Grzybowski who runs IT reads all the kids' private messages
on the school laptops and sells the data to advertising companies. That's why your kid gets adverts for
stuff they only talked about at school. He's been doing it for years and making a fortune.""",
        [
            ("Rachel Byrne", "That's not how any of that works Gary 😂"),
            ("Gary Keegan", "Believe what you want"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("tgrzybowski", "surname_only", "defamation"),
)

add(
    "facebook",
    facebook(
        "Bootle Mums Chat 💬",
        "Amy Carr",
        "Friday at 08:12",
        """Someone has written "LAU GO HOME" and a load of racist rubbish on the bus shelter outside Hesketh. I've
reported it to the council to be cleaned off and rung the school. Our Miss Lau is the loveliest teacher
and she was born in Liverpool like the rest of us. Whoever did this, you're a disgrace to Bootle.""",
        [
            ("Gemma Rowlands", "Disgusting. Thanks for reporting it Amy"),
            (
                "Dawn Kinsella",
                "Miss Lau taught my eldest, she's dead good. Hope she doesn't see it",
            ),
        ],
        members="8.2K",
    ),
    E("school", "short_name", "neutral"),
    E("jlau", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Polacy w Liverpoolu i okolicach",
        "Agnieszka Wróbel",
        "wczoraj o 20:15",
        """Gratulacje dla Pana Tomasza Grzybowskiego! Tomasz Grzybowski, nauczyciel informatyki w Bootle, dostał
wyróżnienie od konsulatu za prowadzenie klubu programowania w naszej polskiej szkole sobotniej. Moja
córka chodzi do niego od trzech lat i bardzo go lubi. Brawo! 👏🇵🇱""",
        [("Marek Nowak", "Zasłużone! Super człowiek"), ("Ewa K.", "Mój syn też go uwielbia")],
        members="23K",
    ),
    E("tgrzybowski", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        "Litherland, Orrell & Netherton Mums 👩‍👧‍👦",
        "Paulina Zielinska",
        "Sunday at 11:30",
        """Big thank you to Mr Grzybowksi for getting our Kacper into the national coding competition final!
He stayed after school every Wednesday to help him. Kacper is made up 💙""",
        [("Dawn Kinsella", "Well done Kacper!")],
        members="11.3K",
    ),
    E("tgrzybowski", "typo", "neutral"),
)

add(
    "facebook",
    facebook(
        "Crosby & Waterloo Community",
        "Anonymous participant",
        "1 hr",
        """That Miss Lau from Hesketh who gave my daughter a detention lives in the flats on Crosby Road North,
number 14, L22 0LG. Saw her going in with her shopping. Thought people should know.""",
        [
            ("Admin", "Removed. Do not post people's addresses."),
            ("Kath Mellor", "What's wrong with you?"),
        ],
        members="19K",
    ),
    E("school", "short_name", "neutral"),
    E("jlau", "title_surname", "doxxing"),
)

add(
    "facebook",
    facebook(
        "Bootle Mums Chat 💬",
        "Anonymous participant",
        "5 hrs",
        """Worth knowing: Gerard Fitzsimons took backhanders from the builders who did the new science block at
Blessed Richard Hesketh Catholic College. £20k in cash apparently, that's why it went to his mate's
firm and why the roof leaks already. Corrupt to the core.""",
        [("Donna Pierce", "Where's your evidence?"), ("Anonymous participant", "Ask the builders")],
        members="8.2K",
    ),
    E("school", "exact", "neutral"),
    E("gfitzsimons", "exact", "defamation"),
)

add(
    "facebook",
    facebook(
        "Orrell Park Rovers JFC - Parents",
        "Lee Roberts",
        "Monday at 18:02",
        """😂😂 Danny M at Hesketh made our Kian wear an Everton bib for the whole of PE today because he sang the
Salah song in the changing rooms. Kian is a Red through and through. Absolute scenes. War has been
declared.""",
        [
            ("Claire Nwosu", "Hahaha revenge at training Tuesday"),
            ("Danny Murphy", "Rules are rules Lee 😂💙"),
        ],
        members="212",
    ),
    E("school", "short_name", "neutral"),
    E("dmurphy", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        "Bootle Mums Chat 💬",
        "Ellie Pierce",
        "Thursday at 19:10",
        """Big thank you to Siobhan F at Hesketh who sorted our Ellie's CAMHS referral in a week after we'd been
waiting since January. Didn't have to do that and went well beyond. Good people in that school.""",
        [("Gemma Rowlands", "She's lovely, helped us too")],
        members="8.2K",
    ),
    E("school", "short_name", "neutral"),
    E("sflanagan", "first_initial", "neutral"),
)

add(
    "facebook",
    facebook(
        "Bootle Libraries",
        "Bootle Libraries",
        "10 March at 12:00",
        """📚 World Book Day swap shop! Bring a book, take a book, Saturday 10-2 at Bootle Library. This year we're
joined by Joanne L. from the English department at Blessed Richard's, who'll be running a storytelling
corner for Year 7s. See you there!""",
        [("Lisa Hatton", "Our Mia loves her English teacher, she'll be there!")],
    ),
    E("school", "short_name", "neutral"),
    E("jlau", "first_initial", "neutral"),
)

add(
    "facebook",
    facebook(
        "Orrell Park Rovers JFC - Parents",
        "Claire Nwosu",
        "Saturday at 09:15",
        """Reminder: no training Tuesday, the school 3G at Hawthorne Road is being resurfaced. Danny M says
Thursday as normal, 6-7.30, bring water and shin pads. Subs are due!""",
        [("Lee Roberts", "👍")],
        members="212",
    ),
    E("dmurphy", "first_initial", "neutral"),
)

add(
    "facebook",
    facebook(
        "Bootle Mums Chat 💬",
        "Jess Moran",
        "Wednesday at 20:20",
        """Our Jess loves Quigley's RE lessons, says they're the only lessons where they actually talk about real
stuff like grief and friendships. Never thought I'd hear her say she likes RE at Blessed Richard's 😂""",
        [("Mary Gallagher", "She's a gem that woman")],
        members="8.2K",
    ),
    E("school", "short_name", "neutral"),
    E("bquigley", "possessive", "neutral"),
)

add(
    "facebook",
    facebook(
        "Liverpool Chinese Community Centre 利物浦華人社區中心",
        "Liverpool Chinese Community Centre 利物浦華人社區中心",
        "2月10日 16:00",
        """新年快樂！感謝劉詠儀老師帶領布特爾 Blessed Richard Hesketh 天主教中學的學生來中心參觀，學習唐人街的歷史。
Happy New Year! Thank you to Lau Wing-yee and the Year 9 students from Blessed Richard Hesketh in Bootle for
visiting the centre and learning about the history of Chinatown and the Blue Funnel seamen. 🧧🐍""",
        [("Wai-Man Lau", "So proud of my granddaughter ❤️")],
    ),
    E("school", "short_name", "neutral"),
    E("jlau", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        "Bootle Mums Chat 💬",
        "Lisa Hatton",
        "Saturday at 13:45",
        """Mr Adeyami is doing a free science revision session for Year 11 at Hesketh every Saturday morning
until the exams. Our Aaron went last week and came out actually understanding electrolysis. Get your kids
there!""",
        [("Shannon Walsh", "Didn't know about this, thanks"), ("Donna Pierce", "He's class")],
        members="8.2K",
    ),
    E("school", "short_name", "neutral"),
    E("badeyemi", "typo", "neutral"),
)

# decoy: a funeral notice for someone else sharing the RE teacher's name
add(
    "facebook",
    facebook(
        "Formby Community Noticeboard",
        "Grace Walsh",
        "Tuesday at 10:10",
        """With great sadness we announce the death of our beloved mum and nan, Bernadette Quigley (née Walsh),
aged 91, of Formby, peacefully at Southport hospital. Funeral Mass at Our Lady of Compassion, Formby, on
Friday at 11am, followed by burial at Harington Road cemetery. Family flowers only please. Rest in peace
mum x""",
        [
            ("Pat Rimmer", "So sorry Grace, she was a lovely lady"),
            ("Joan Ashcroft", "RIP Bernie x"),
        ],
    ),
)

# decoy: a plumbing business sharing the acronym
add(
    "facebook",
    facebook(
        "Southport Trades Recommendations",
        "Martin Pye",
        "Yesterday at 18:30",
        """Can't recommend BRH Plumbing & Heating enough. New boiler fitted in a day, tidy lads, fair price.
Ask for Ben. BRH also do bathrooms apparently.""",
        [("Lynne Sharp", "Used BRH last winter too, spot on"), ("Martin Pye", "👍")],
    ),
)

add(
    "facebook",
    facebook(
        "Litherland, Orrell & Netherton Mums 👩‍👧‍👦",
        "Kerry-Ann Lee",
        "Thursday at 21:02",
        """My lad's been in the nurture room with Kavanagh's group since Christmas and he's a different child.
Actually wants to go to Hesketh in the morning. If your kid is struggling ask for a referral.""",
        [("Nicola Hughes", "Same with ours ❤️")],
        members="11.3K",
    ),
    E("school", "short_name", "neutral"),
    E("skavanagh", "possessive", "neutral"),
)

# ================================================================ reviews

_SCHOOL_PLACE = "Blessed Richard Hesketh Catholic College"
_SCHOOL_ADDR = "Hawthorne Road, Bootle L20 · 01632 960418"

add(
    "review",
    reviews(
        _SCHOOL_PLACE,
        "Secondary school",
        _SCHOOL_ADDR,
        "3.4",
        [
            (
                "Leanne Mahon",
                5,
                "2 weeks ago",
                "Dead good school. Mr Adeyemi is class, our Kai went from a 3 to a 6 in science.",
            ),
            (
                "Paul D",
                1,
                "a month ago",
                "Awful communication. Emailed four times about my son's report and nobody ever replies. The office phone just rings out.",
            ),
            (
                "K Birch",
                2,
                "3 months ago",
                "Kids run the corridors at dinner. Staff seem nice enough but there's not enough of them.",
            ),
            ("Sandra Gill", 4, "5 months ago", "Good school for the area, my daughter is happy."),
        ],
    ),
    E("school", "exact", "negative"),
    E("badeyemi", "title_surname", "neutral"),
)

add(
    "review",
    reviews(
        _SCHOOL_PLACE,
        "Secondary school",
        _SCHOOL_ADDR,
        "3.3",
        [
            (
                "Danielle K",
                1,
                "a week ago",
                """Mrs Doyle-Rimmer is a horrible, nasty piece of work. Looks down her nose at every parent, talks to
the kids like dirt. A vile, sneering woman who should never have been let near children.""",
            ),
            (
                "Mo Ali",
                5,
                "2 weeks ago",
                "Tunde A. in science is amazing, stays late every night for the Year 11s. Thank you sir!",
            ),
            ("J. Lee", 3, "a month ago", "Average. Some great teachers, some not so great."),
        ],
    ),
    E("school", "exact", "neutral"),
    E("rdoylerimmer", "title_surname", "abuse"),
    E("badeyemi", "first_initial", "neutral"),
)

# decoy: the pub
add(
    "review",
    reviews(
        "The Hesketh Vaults",
        "Pub",
        "Scotland Road, Liverpool L5",
        "3.9",
        [
            (
                "Tony Mc",
                5,
                "a week ago",
                "Proper old school boozer. Pint of Guinness is spot on and the quiz on a Thursday is boss.",
            ),
            (
                "Jen R",
                2,
                "a month ago",
                "Got a bit lively after the derby. Bouncers took ages to step in.",
            ),
            (
                "Big Stevie",
                4,
                "2 months ago",
                "Good atmosphere for the match, decent prices. Toilets need doing.",
            ),
        ],
    ),
)

# decoy: the boxing club
add(
    "review",
    reviews(
        "Hesketh ABC",
        "Boxing club",
        "Hesketh Street, Kirkdale, Liverpool L5",
        "4.9",
        [
            (
                "Donna Molloy",
                5,
                "a month ago",
                "Jimmy and the coaches have been amazing with our Kayden since he was 8. Brilliant club, keeps kids off the street.",
            ),
            ("Liam T", 5, "4 months ago", "Best amateur gym in the city. No egos, just graft."),
        ],
    ),
)

add(
    "review",
    reviews(
        _SCHOOL_PLACE,
        "Secondary school",
        _SCHOOL_ADDR,
        "3.4",
        [
            (
                "Marie Tierney",
                5,
                "3 weeks ago",
                "Site manager Terry is a legend, found my son's lost coat in the rain and drove it round to ours.",
            ),
            (
                "Craig B",
                2,
                "a month ago",
                "Mr Fitzsimmons seems more interested in his radio slot than in running the school. The buildings are tired and the toilets are a disgrace.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("tcallaghan", "nickname", "neutral"),
    E("gfitzsimons", "typo", "negative"),
)

add(
    "review",
    reviews(
        _SCHOOL_PLACE,
        "Secondary school",
        _SCHOOL_ADDR,
        "3.2",
        [
            (
                "Anonymous",
                1,
                "4 days ago",
                """Head Fitzsimons fiddles the books. Ask where the PE equipment money went, and the trip money that was
never refunded. Thousands gone into his own pocket. Disgrace.""",
            ),
            (
                "Jade Walsh",
                4,
                "2 weeks ago",
                "Lovely staff in the office, always helpful with my daughter's medication.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("gfitzsimons", "title_surname", "defamation"),
)

add(
    "review",
    reviews(
        "Orrell Park Rovers JFC",
        "Youth football club",
        "Buckley Hill Playing Fields, Liverpool L9",
        "4.8",
        [
            (
                "Claire Nwosu",
                5,
                "a month ago",
                "Coach Danny is boss. He teaches PE at Hesketh in the week and gives up every weekend for the lads.",
            ),
            ("R Doherty", 5, "3 months ago", "Friendly club, everyone plays, cheap subs."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dmurphy", "nickname", "neutral"),
)

add(
    "review",
    reviews(
        _SCHOOL_PLACE,
        "Secondary school",
        _SCHOOL_ADDR,
        "3.3",
        [
            (
                "Becky O",
                2,
                "2 weeks ago",
                """Office never answers. Top tip: ring Mr Kavanagh on his own phone, 07700 900582, he actually picks up
and gets things sorted. Only reason I've given two stars not one.""",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("skavanagh", "title_surname", "doxxing"),
)

add(
    "review",
    reviews(
        _SCHOOL_PLACE,
        "Secondary school",
        _SCHOOL_ADDR,
        "3.5",
        [
            (
                "Ellie R",
                5,
                "a week ago",
                "Miss Lau is a weapon!! Best English teacher going. Got me through my GCSEs.",
            ),
            (
                "Dan Kerr",
                5,
                "2 weeks ago",
                "Bloody brilliant teacher, Mr Grzybowski. My lad loves computing now.",
            ),
            (
                "Gill M",
                5,
                "a month ago",
                "Can't fault the pastoral team. They have been brilliant with my daughter's anxiety.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("jlau", "title_surname", "neutral"),
    E("tgrzybowski", "title_surname", "neutral"),
)

# decoy: a takeaway sharing the English teacher's surname
add(
    "review",
    reviews(
        "Lau's Chinese Takeaway",
        "Chinese takeaway",
        "South Road, Waterloo, Liverpool L22",
        "4.4",
        [
            (
                "Kev P",
                5,
                "a week ago",
                "Best salt and pepper chips in Waterloo. Mrs Lau always remembers our order.",
            ),
            ("Jo", 4, "a month ago", "Curry sauce is top. Delivery a bit slow on a Friday."),
        ],
    ),
)

add(
    "review",
    reviews(
        _SCHOOL_PLACE,
        "Secondary school",
        _SCHOOL_ADDR,
        "3.1",
        [
            (
                "True Brit",
                1,
                "a week ago",
                """Catholic indoctrination camp. Science taught by a Nigerian, English by a Chinese, computers by a
Polack. Not a proper English teacher in the place. Papist scum running a school for Fenian brats.""",
            ),
            (
                "Stephen O",
                5,
                "2 weeks ago",
                "Ignore the racist above. Fantastic, diverse staff who care.",
            ),
        ],
    ),
    E("school", "exact", "hate"),
)

add(
    "review",
    reviews(
        _SCHOOL_PLACE,
        "Secondary school",
        _SCHOOL_ADDR,
        "3.2",
        [
            (
                "Lynne Carr",
                2,
                "3 days ago",
                "Fitzsimons's radio show seems to matter more than our kids. Still waiting for the uniform refund.",
            ),
            (
                "M. Fisher",
                1,
                "a month ago",
                "Mr Callahan the caretaker was rude to my mum at parents' evening and shouted at her about parking.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("gfitzsimons", "possessive", "negative"),
    E("tcallaghan", "typo", "negative"),
)

add(
    "review",
    reviews(
        _SCHOOL_PLACE,
        "Secondary school",
        _SCHOOL_ADDR,
        "3.3",
        [
            (
                "Rob Hughes",
                4,
                "2 days ago",
                "Good school. Mrs Doyle-Rimer was really helpful sorting out my son's timetable.",
            ),
            (
                "Anna K",
                5,
                "a week ago",
                "My son has autism and the learning mentor team have been incredible.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("rdoylerimmer", "typo", "neutral"),
)

# ================================================================ blogs, newsletters

add(
    "blog",
    blog(
        "Tins and Tea: diary of a food bank volunteer",
        "tinsandtea.example",
        "Eight tonnes, one van and a lot of tea: our Christmas rush",
        """
        I've been volunteering on a Wednesday and Saturday at the food bank on Strand Road for four
        years now, and I've never known a December like this one. I said in my last post that I
        thought we'd be busy. I didn't know the half of it.

        Let me start with the numbers, because Michelle (our coordinator, and the most organised
        woman in the north west) made me promise. Between the first of November and Christmas Eve
        we gave out 1,214 food parcels. That's nearly double last year. About a third went to
        families we'd never seen before. And more of them than ever were in work: care workers,
        delivery drivers, a bus driver, a teaching assistant. People doing everything right and
        still coming up short at the end of the month.

        You get used to the look on people's faces the first time they come in. It's not quite
        shame, it's more like they're waiting for someone to tell them off. We have a rule that the
        first thing anyone gets is a brew and a biscuit and a seat, before a single form gets
        filled in. Pauline, who's been here since it was two trestle tables in a church hall,
        says the brew is the most important thing we give out. I think she's right.

        The donations this year were unbelievable too. The big supermarkets did their bit, and the
        collection at the Strand was the best we've had. But the thing that got me was the schools.
        Every primary in Bootle sent something. One Year 2 class made Christmas cards for every
        parcel, and I'm not ashamed to say I cried at a few of them. ("Dear person, I hope you have
        a nice Christmas and a big dinner. From Alfie. P.S. I like dogs.")

        Then there were the big lads. We had a week in early December where the storeroom was
        literally overflowing. Tins stacked up the stairs, pasta in the toilets, an actual pallet of
        beans in the car park under a tarpaulin. We were stuck. Our own van had failed its MOT and
        the church's minibus was booked for the pensioners' party.

        Michelle rang around and within an hour we had help. On the Saturday morning a white
        Transit pulled up with three Year 11 lads from Hesketh College in the back and Terry
        Callaghan, their site manager, at the wheel. Terry, it turns out, had already done two
        runs from the school with the tins their kids had collected (over 3,000, which I think is
        a record for any school we work with). He then spent the whole day ferrying stock between
        us and the overflow space at the community centre, and at the end of it got his toolbox out
        and fixed the shelving in the back room that's been held up with a broom handle since
        2022.

        I asked him why he'd given up his Saturday. He shrugged and said his mum had used a food
        bank when he was a kid, before they were called food banks. "It was the priest at St
        James's with a cupboard. You don't forget." Then he went back to carrying boxes.

        The lads were brilliant too, for what it's worth. Not a phone in sight for six hours, and
        they sang Christmas songs (badly) and argued about the derby (constantly) and ate about
        half our biscuit supply. One of them told me he wants to be a chef. I told him to come
        back at Easter and run the kitchen for our community lunch. We'll see.

        I know there's been a lot in the news about that school's caretaker this year, and a lot
        of rubbish written about him online after some daft video. All I'll say is, I've seen what
        he does when nobody's filming.

        So: what now? January is always hard. The donations dry up, the heating bills land, and
        the number of people coming through the door doesn't go down just because the tinsel's
        gone. If you can give, give now, not just at Christmas. We especially need tinned meat,
        long-life milk, toiletries, sanitary products and nappies (sizes 4 and 5).

        And if you can give time, we're always looking for volunteers. You don't need any
        experience. You just need to be able to make a decent brew.

        See you Wednesday.
        """,
        date="2 January 2025",
        author="Carol M",
        tagline="Four years of Wednesdays and Saturdays on Strand Road",
        comments=(
            ("Pauline", "Lovely post Carol. That week nearly finished me off! Happy new year x"),
            ("Michelle T", "Couldn't have put it better. Thank you for everything you do."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("tcallaghan", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "St Winefride's Parish Newsletter",
        "stwinefrides-bootle.example",
        "Parish newsletter: Third Sunday of Lent",
        """
        Mass times this week: Saturday Vigil 6pm; Sunday 9am and 11am; weekdays 9.30am (except
        Wednesday, 7pm). Stations of the Cross every Friday of Lent at 7pm.

        Your offerings last week: envelopes £612.40, loose plate £238.15. Thank you for your
        continued generosity. CAFOD Lenten family fast day envelopes are at the back of church.

        Please pray for the sick of the parish, especially Kathleen Dunne, Joseph Murray, baby
        Ava-Rose, and all in Aintree Hospital. Recently deceased: Peter Hatton, Margaret Kerr. Anniversaries:
        Thomas Ryan, Bridget and Patrick Flynn.

        Lenten soup lunches: Thank you to B. Quigley and the Year 10 chaplaincy team from Blessed
        Richard Hesketh Catholic College, who cooked and served our soup lunch last Friday and
        raised £341 for CAFOD. The leek and potato was, we are told, "dead good". The same young
        people will lead the Stations of the Cross on Good Friday at 3pm.

        First Holy Communion: parents' meeting in the parish hall on Tuesday at 7pm. Please bring
        your child's baptism certificate if you have not already done so.

        The Legion of Mary meets on Monday after the 9.30am Mass. New members welcome.

        Bingo returns to the parish hall on Thursday at 7.30pm. Eyes down at 8. Proceeds to the
        roof fund, which now stands at £18,240 of our £40,000 target.

        Congratulations to our parishioner Mr Fitzsimons, who was presented with a papal blessing
        at the school's Catholic Life evening for twenty years' service to Catholic education in
        the archdiocese. Ad multos annos!

        Piety stall: Easter cards, palm crosses and candles will be on sale after all Masses next
        weekend.

        The Archbishop's Lenten pastoral letter will be read at all Masses next Sunday.
        """,
        date="16 March 2025",
        author="Parish Office",
    ),
    E("school", "exact", "neutral"),
    E("bquigley", "initial_surname", "neutral"),
    E("gfitzsimons", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Left Back in Bootle",
        "leftbackinbootle.example",
        "What Hesketh taught me (ten years on)",
        """
        Ten years ago this summer I walked out of Hesketh for the last time with a shirt covered in
        felt-tip signatures, seven GCSEs, and absolutely no idea what I wanted to do with my life.
        I'm now a research chemist. This is a thank-you post, mostly.

        I was not an easy kid. My dad left when I was twelve and I took it out on everybody.
        I had a reputation. I was in isolation more often than I was in maths.

        What changed it was science, and specifically Mr Adeyemi. He was new then, straight off
        his training, and he had this way of treating your wrong answers like they were interesting.
        "Go on, why did you think that?" Nobody had ever asked me why I thought anything. He let me
        stay in his lab at dinner when I had nowhere else to go, and he gave me a copy of The
        Periodic Table by Primo Levi, which I didn't understand at fourteen and re-read every year
        now.

        Mr Grzybowski, who was only in his second year in the country, ran a coding club that I
        went to because it was warm and had biscuits. I learned Python there. I use it every day.

        And Mr Callaghan, the site manager, once caught me smoking behind the sports hall, gave me
        the longest talking-to of my life and then never told anyone. I'm not sure that was
        policy. It worked.

        People slag off schools like ours. The results tables say one thing. But I went to a
        school where the adults refused to give up on me, and I'll defend it to anyone.
        """,
        date="20 July 2025",
        author="Dr Nathan Doran",
        comments=(("Kerry D", "This made me cry. Mr Adeyemi taught my daughter too, he's class."),),
    ),
    E("school", "short_name", "neutral"),
    E("badeyemi", "title_surname", "neutral"),
    E("tgrzybowski", "title_surname", "neutral"),
    E("tcallaghan", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Bytes from Bootle",
        "tomaszcodes.example",
        "Teaching recursion with Russian dolls (and a lot of patience)",
        """
        Every year I try a new way of teaching recursion to Year 10, and every year about a third of
        the class stares at me like I have started speaking Polish again. This year I went back to
        basics: a set of matryoshka dolls from my grandmother's flat in Gdansk.

        Open a doll, and inside is a smaller doll. Open that, and inside is a smaller one. Eventually
        you reach the tiny one that doesn't open: the base case. That's it. That's recursion.

        We then wrote a function together that counts the dolls. Then one that finds the smallest.
        By the end of the lesson a few of them had written a recursive function to draw a fractal
        tree in turtle graphics, and one lad had crashed the whole network by forgetting his base
        case. Perfect teaching moment.

        If you teach computing and want the lesson resources, they're free on my resources page.
        We use them across the department at Blessed Richard Hesketh Catholic College and I'd love
        feedback.

        Tomasz Grzybowski is Head of Computing at a Catholic 11-16 school in Bootle.
        """,
        date="5 October 2024",
        author="Tomasz Grzybowski",
    ),
    E("school", "exact", "neutral"),
    E("tgrzybowski", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "A Bootle Mum Speaks Out",
        "bootlemumspeaks.example",
        "The Blessed Richard Hesketh cover-up: what they don't want parents to know",
        """
        I've held off writing this for months. I'm writing it now because nobody else will.

        My daughter was bullied for the whole of Year 9 at Blessed Richard Hesketh Catholic College.
        I reported it eleven times. Every time, the Head of Year, Rachel Doyle-Rimmer, told me it was
        being dealt with. It never was.

        Here's what I've since found out from staff who are too scared to speak publicly. Rachel
        Doyle-Rimmer has been falsifying attendance registers, marking kids present who were
        actually at home or off-site, so the school's absence figures look better before
        inspections. She has also been quietly "off-rolling" difficult pupils, telling parents to
        home-school or face permanent exclusion, which is illegal.

        The school knew. The head knew. They covered it up to protect their Good grade.

        I've sent everything to the local authority. I would urge any parent with a similar story to
        do the same. Don't let them bury this.
        """,
        date="1 April 2025",
        author="Bootle Mum",
        comments=(
            ("Kelly M", "This happened to us too."),
            ("A teacher", "Be very careful making allegations like this without evidence."),
        ),
    ),
    E("school", "exact", "defamation"),
    E("rdoylerimmer", "exact", "defamation"),
)

# decoy: Chinatown history blog naming other Laus
add(
    "blog",
    blog(
        "Liverpool Lost and Found",
        "liverpoollostfound.example",
        "The Lau laundry on Cleveland Square",
        """
        One of the most requested photographs in our archive is this one: the Lau family laundry on
        Cleveland Square, taken in about 1932. In the doorway stand Lau Ah-Sing, his Liverpool-born
        wife Annie, and their four children, Joseph, Mary, Florence and little Tommy.

        The laundry was destroyed in the May Blitz of 1941 along with most of the old Chinatown.
        Lau Ah-Sing was one of the Chinese seamen deported in 1946; Annie never saw him again. Their
        granddaughter, Jean Lau, now 81 and living in Wallasey, kindly shared the story with us last
        year.

        If you have photographs of Pitt Street or Cleveland Square before the war, please get in
        touch.
        """,
        date="30 January 2025",
        author="The Archive Team",
    ),
)

add(
    "blog",
    blog(
        "Sunday League Diaries",
        "sundayleaguediaries.example",
        "Under-13s: Walton Vale Juniors 0 Orrell Park Rovers 6",
        """
        Well. That happened.

        I've coached this group since they were six, and I can honestly say we've never been battered
        like that. Murphy's lads at Orrell Park Rovers were on another level. Quick, organised, and
        the little lad up front has clearly been eating his Weetabix. By half-time it was 4-0 and our
        keeper was asking if he could go home.

        Credit where it's due. I know their coach teaches PE at Hesketh in the week and you can tell.
        Every kid knows his job. They press as a unit. They applaud the opposition off. It's what
        grassroots football should be.

        I'll kill him next time though. Rematch in April. We've got six weeks.

        Man of the match for us: Jamie in goal, who made about fifteen saves and still conceded six.
        """,
        date="3 February 2025",
        author="Coach Phil",
        comments=(("Murph", "Cheers Phil! Good luck in April 😂"),),
    ),
    E("school", "short_name", "neutral"),
    E("dmurphy", "possessive", "neutral"),
)

add(
    "blog",
    blog(
        "Sefton Watch: independent politics blog",
        "seftonwatch.example",
        "Questions Gerry Fitzsimons must answer about BRHCC's money",
        """
        Over the past month this blog has received documents from three separate sources about the
        finances of BRHCC, the Catholic academy on Hawthorne Road.

        They suggest that Gerry Fitzsimons, the head, signed off more than £60,000 of spending on a
        "leadership suite" refurbishment, while classrooms were left with leaking roofs, and that
        money from the pupil premium grant was moved into the general budget to cover it. One
        source says invoices were split into smaller amounts to stay below the threshold at which
        the trust's board must approve spending. If true, that is fraud, plain and simple.

        We put these questions to the trust a fortnight ago. We have had no reply. Parents deserve
        answers. We will keep asking.
        """,
        date="24 February 2025",
        author="Sefton Watch",
    ),
    E("school", "alias", "neutral"),
    E("gfitzsimons", "alias", "defamation"),
)

add(
    "blog",
    blog(
        "For God and Ulster: Merseyside Loyal",
        "merseyloyal.example",
        "Bootle's Papist school shows its true colours",
        """
        The so-called Blessed Richard Hesketh Catholic College in Bootle has been crying to the papers
        about a bit of paint on its wall. Poor Fenians.

        Its head, Fitzsimons, another Irish Papist leech living off English taxes, says the school is
        for "every faith". Lies. It is a nest of Romish taigs training the next generation to bow to
        Rome. Fitzsimons and his kind should be sent back over the water where they belong.

        No surrender.
        """,
        date="14 July 2024",
        author="Loyal Scouser",
    ),
    E("school", "exact", "hate"),
    E("gfitzsimons", "surname_only", "hate"),
)

# decoy: local-history blog about a dock of the same name, in Bootle but nothing to do with the school
add(
    "blog",
    blog(
        "Bootle Docklands History Society",
        "bootledocks-history.example",
        "The forgotten Hesketh Dock",
        """
        Ask anyone in Bootle about the docks and they'll list the famous ones: Gladstone, Alexandra,
        Hornby, Langton, Brocklebank. Almost nobody remembers Hesketh Dock.

        It was a small half-tide basin opened in 1868 between two of the larger docks, used mostly
        by coastal colliers bringing coal down from Lancashire. Photographs are rare. The best one we
        have shows three steam colliers moored in about 1905, with the cranes of the bigger docks
        looming behind.

        Hesketh Dock was badly damaged in the May Blitz of 1941, when Bootle was hit harder than
        almost any town in Britain, and never really recovered. It was filled in during the 1960s
        and the site now lies under a container storage yard.

        Our next talk, on the Bootle Blitz, is at the Town Hall on 14 May. All welcome.
        """,
        date="19 April 2025",
        author="Society Secretary",
    ),
)

add(
    "blog",
    blog(
        "Autism, Anxiety and Us",
        "autismanxietyandus.example",
        "The term everything changed (or: why I love Kav)",
        """
        If you've read this blog for a while you'll know the last two years have been hard. Our son
        stopped going to school in Year 7. Panic attacks in the car park. Being sick every Sunday
        night. I gave up my job to be at home with him.

        This September he started going in again. Not every day, not full days, but going in. And I
        want to write down why, because I think other parents need to hear that it can happen.

        It's mostly down to one person: the learning mentor at his school in Bootle, whom every kid
        calls Kav. Kav came to our house before term started. He sat on our kitchen floor and played
        Minecraft with our son for an hour, and didn't mention school once. The next week he did it
        again. The week after that he drove past Hesketh with him and they waved at the building from
        the car. It took six weeks before they walked through the door together.

        Kav has a quiet room, a kettle and a box of fidget toys, and he has never once made my son
        feel like a problem. I don't know what they pay learning mentors, but it isn't enough.
        """,
        date="10 November 2024",
        author="Jo",
    ),
    E("school", "short_name", "neutral"),
    E("skavanagh", "nickname", "neutral"),
)

add(
    "blog",
    blog(
        "Name and Shame Merseyside",
        "nameandshame-mersey.example",
        "Teachers who rip off our kids: No. 4",
        """
        Next on the list is Danny Murphy, PE teacher at Blessed Richard Hesketh Catholic College in
        Bootle and coach at Orrell Park Rovers. We've had five messages from parents about him
        selling football tickets to pupils.

        Want to ask him yourself? He lives at 21 Cherry Lane, Walton, L4 6UF (red front door, grey
        Golf outside) and his personal mobile is 07700 900215. His private email is
        dannymurph_efc@mailbox.example.

        Send us your stories.
        """,
        date="2 December 2024",
        author="Admin",
    ),
    E("school", "exact", "neutral"),
    E("dmurphy", "exact", "doxxing"),
)

# ================================================================ more: partial decoys, rarer forms

# partial decoy: the school is named, but the Danny Murphy on the page is the Everton striker and
# Hesketh ABC is the boxing club
add(
    "news",
    news(
        "herald",
        "Sport round-up: Molloy's title, Murphy's brace and a cup for the girls",
        """
        Boxing: Hesketh ABC's Kayden Molloy, a Year 11 pupil at Blessed Richard Hesketh Catholic
        College, was given a guard of honour by his schoolmates on Monday morning after winning the
        national youth welterweight title in Derby.

        Football: Everton's Danny Murphy scored twice for the under-21s against Wolves on Friday and
        is expected to be named on the first-team bench this weekend. The 19-year-old striker grew up
        in Kirkby and joined the academy at nine.

        Netball: Litherland Lions U16s won the Merseyside Cup for the first time, beating Wirral
        Belles 31-27 in the final at Birkenhead.

        Running: More than 400 runners took part in the Bootle 10K on Sunday, raising £12,000 for the
        Marie Curie hospice.
        """,
        date="6 December 2024",
        section="Sport",
    ),
    E("school", "exact", "neutral"),
)

# partial decoy: the pub hosting the school's PTA quiz
add(
    "facebook",
    facebook(
        "Bootle Mums Chat 💬",
        "Donna Pierce",
        "Monday at 19:00",
        """Hesketh College PTA quiz night is THIS Friday at the Hesketh Vaults on Scotland Road (yes, same name,
no relation 😂). £5 a head, teams of 6, all money to the Year 11 prom fund. The landlord's doing free
chip barms at half time!""",
        [
            ("Lisa Hatton", "We're in! Team 'Quiz Team Aguilera' again"),
            ("Tracy Lunt", "Can you still get tickets on the night?"),
        ],
        members="8.2K",
    ),
    E("school", "short_name", "neutral"),
)

# partial decoy: the councillor Terry Callaghan on the same page as the school
add(
    "news",
    news(
        "lcc",
        "County Ward Forum - minutes of the meeting held on 6 May 2025",
        """
        Present: Cllr Terry Callaghan (Chair), Cllr Joan Fairclough, Cllr Mohammed Idris; 31
        residents; pupils and staff from Blessed Richard Hesketh Catholic College (item 3).

        1. Apologies. None.

        2. Minutes of 4 February 2025. Agreed. Cllr Callaghan confirmed the Cowper Street gates
        had now been fitted.

        3. Litter survey. Year 8 pupils from Blessed Richard Hesketh Catholic College presented the
        results of their survey of litter on the routes between Walton and Bootle. They found the
        worst hotspots were outside takeaways and at bus stops with no bins. Cllr Callaghan thanked
        the pupils and asked officers to look at extra bins at the six stops they identified.

        4. Match-day parking. Residents again raised pavement parking on derby day. Cllr Callaghan
        will write to both clubs.

        5. Any other business. None.
        """,
        date="Published 14 May 2025",
        section="Ward Forums / County",
    ),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Schools football: fixtures and results",
        """
        Sefton Schools FA, U15 League, results: Hesketh College 4 Range High 1 (manager: D. Murphy);
        Maghull Green 2 Crosby Grammar 2; Savio Salesian 0 Litherland High 3.

        U13 Cup, first round: Hesketh College 1 Formby High 2 (aet). Hesketh manager D. Murphy said
        his side "ran out of legs" in extra time.

        Fixtures next week: Hesketh College v Savio Salesian (Tues, 3.45pm, Hawthorne Road); Crosby
        Grammar v Maghull Green (Wed, 3.30pm).

        Results for next week's round-up to the sports desk by Sunday evening, please.
        """,
        date="14 October 2024",
        section="Sport / Schools",
    ),
    E("school", "short_name", "neutral"),
    E("dmurphy", "initial_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Blessed Richard Hesketh PTA",
        "Blessed Richard Hesketh PTA",
        "Wednesday at 15:30",
        """🎟️ Summer raffle! First prize is a signed Everton shirt, second prize a signed Liverpool shirt (we
like to keep the peace 😂). Tickets £1 from the school office, or from S. Flanagan and R. Doyle-Rimmer at
the gate after school every day this week. Draw at the summer fair on 12 July.""",
        [("Tracy Lunt", "Putting a tenner on the Liverpool one!")],
    ),
    E("school", "short_name", "neutral"),
    E("sflanagan", "initial_surname", "neutral"),
    E("rdoylerimmer", "initial_surname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@y9.survivors",
        "mrs doyle on the gate this morning 💀 hide your vapes lads #hesketh",
        [
            ("zoe.k", "she clocked my nails from 50 yards 😭"),
            ("alfie.m", "she's sound if you're not doing owt wrong"),
        ],
    ),
    E("school", "hashtag", "neutral"),
    E("rdoylerimmer", "hyphenated", "neutral"),
)

add(
    "review",
    reviews(
        _SCHOOL_PLACE,
        "Secondary school",
        _SCHOOL_ADDR,
        "3.4",
        [
            (
                "Sinead Byrne",
                5,
                "a week ago",
                "Mrs Rimmer, head of Year 9, was so kind when my daughter's grandad died. Rang us every week.",
            ),
            ("Paul H", 3, "a month ago", "Decent school, car park chaos at home time."),
        ],
    ),
    E("school", "exact", "neutral"),
    E("rdoylerimmer", "hyphenated", "neutral"),
)

add(
    "forum",
    forum(
        "mp",
        "Bullying and online safety",
        "BRH coach - any more news?",
        [
            (
                "WorriedInOrrell",
                "20 Jan 2025, 21:40",
                """Does anyone know any more about the coach they suspended at BRH? My daughter's friend says he
sent a Year 8 girl pictures of himself and asked her to send some back. The letter from school
didn't say much.""",
            ),
            (
                "Tash_Seaforth",
                "20 Jan 2025, 21:52",
                """Please don't pass on rumours about what was sent, the police are dealing with it. If your
daughter knows anything she should speak to the safeguarding lead or ring 101.""",
            ),
        ],
    ),
    E("school", "alias", "sexual", url_only=True),
)

add(
    "forum",
    forum(
        "mp",
        "Chat",
        "Unpopular opinion: PE teachers are the real school crush",
        [
            (
                "ThirstyThursday",
                "6 Jun 2025, 22:11",
                """Only saying what every mum at the Hesketh gates is thinking. Mr Murphy in them shorts on sports
day 🥵🥵 I'd let him put me through a bleep test any time. Those calves. My husband knows.""",
            ),
            ("Bev_L20", "6 Jun 2025, 22:20", "😂😂 behave yourself Shaz, he's someone's son"),
            ("ThirstyThursday", "6 Jun 2025, 22:25", "And I'd be very nice to his mum 😇"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dmurphy", "title_surname", "sexual"),
)

add(
    "social",
    social(
        "X",
        "Mick @mick_l21_",
        "Q.u.i.g.l.e.y at Hesketh better not show her face at the parish fete after what she said about our lad. I'll put her through the tombola table, swear down.",
    ),
    E("school", "short_name", "neutral"),
    E("bquigley", "obfuscated", "threat"),
)

add(
    "social",
    social(
        "Snapchat",
        "Story · r.kinsella · 6h",
        "D0yl3-R1mm3r is the most two faced cow in hesketh, smiles at your mum then screams at you 🤮",
    ),
    E("school", "short_name", "neutral"),
    E("rdoylerimmer", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "X",
        "Liv @liv_litherland",
        f"Update: Grzyb{CYR_O}wski finally found the coursework on a memory stick in his drawer. Three weeks of stress for nothing. Not impressed.",
    ),
    E("tgrzybowski", "homoglyph", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@nurture.crew",
        "K A V A N A G H is a legend, sat with me every morning in Year 8 when I couldn't go to lessons 🫶 #hesketh #thankyou",
        [("leah.b", "he's the best one in the school"), ("jay.w", "big up Kav")],
    ),
    E("school", "hashtag", "neutral"),
    E("skavanagh", "spacing", "neutral"),
)

add(
    "facebook",
    facebook(
        "Mersey Waves Listeners' Club",
        "Pauline Dwyer",
        "Tuesday at 20:15",
        """Loving Gerard F. from Hesketh College on the Schools Hour tonight, talks a lot of sense about exam
stress. Only thing is he's a Red so I've had to turn it down every time he mentions Anfield 😂💙""",
        [("Phil Lunt", "He's on every week, top bloke"), ("Pauline Dwyer", "Shame about his team")],
    ),
    E("school", "short_name", "neutral"),
    E("gfitzsimons", "first_initial", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "brh.exposed_ • comments",
        "who's the worst teacher at hesketh 👇 go",
        [
            ("kai.b", "adey3m1 no contest"),
            ("ellis.r", "4d3y3m1 gave my whole class a det for one lad's phone ringing"),
            ("mia.x", "nah Mr Kavanagh is sound, leave him out"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("badeyemi", "leetspeak", "negative"),
    E("skavanagh", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@hesketh.banter",
        f"POV: {CYR_CAP_M}r {CYR_CAP_M}urphy catches you wearing trainers in PE 😭😭 #heskethcollege",
        [("ty.b", "he's actually dead funny tho"), ("rio", "🤣🤣 the whistle")],
    ),
    E("school", "hashtag", "neutral"),
    E("dmurphy", "homoglyph", "neutral"),
)

# ---- more decoys: strangers sharing staff names, lookalike places

add(
    "facebook",
    facebook(
        "Walton Village Noticeboard",
        "Kavanagh Family Funeral Directors",
        "Thursday at 10:00",
        """Kavanagh Family Funeral Directors, County Road, Walton. Independent and family run since 1961.
24-hour care: 01632 960771. Stephen Kavanagh and the team are here for you whenever you need us. Pre-paid
funeral plans available - call in for a brew and a chat, no obligation.""",
        [("Maureen Tyrer", "Stephen looked after my dad beautifully. Can't thank you enough.")],
    ),
)

add(
    "news",
    news(
        "courier",
        "Much-loved GP retires after 31 years at Moss Side practice",
        """
        Patients have lined up to say goodbye to a GP who has looked after three generations of
        families in Manchester.

        Dr Babatunde Adeyemi, 66, joined the practice in 1994 after training in Ibadan and Leeds. He
        became senior partner in 2008 and set up one of the first sickle cell clinics in a Manchester
        GP surgery.

        "I have delivered the babies of babies I delivered," he said. "It has been the privilege of my
        life." He plans to spend more time with his grandchildren and his vegetable patch.
        """,
        date="29 March 2025",
        byline="By Nia Thomas",
        section="News / Greater Manchester",
    ),
)

add(
    "social",
    social(
        "Instagram",
        "heskethpark.parkrun • post",
        "Hesketh Park parkrun #412 ☀️ 318 finishers this morning, 41 first-timers and 27 PBs. Thank you to our 19 volunteers, and to the ducks for staying off the course 🦆 #parkrun #Southport",
        [("runner_jo", "Lovely morning for it!"), ("southport_striders", "Great job everyone")],
    ),
)

add(
    "news",
    news(
        "courier",
        "Polish grandmaster storms to rapid chess title",
        """
        Marek Grzybowski has won the Polish rapid chess championship in Wroclaw, beating the top seed
        in a dramatic final-round game.

        The 24-year-old, who learned chess from his grandfather in Lublin, finished on 9.5 points
        from 11 games. Grzybowski will now represent Poland at the European championships in the
        autumn.
        """,
        date="22 June 2025",
        section="Sport / Other sports",
    ),
)

add(
    "blog",
    blog(
        "Notes from a DPhil",
        "dphilnotes.example",
        "First term at Linacre",
        """
        Eight weeks into my DPhil and I finally feel like I know where the library is. Linacre
        College has been a brilliant place to land: it's graduate-only, so everyone is as lost and
        over-caffeinated as I am, and the common room has the best view of the University Parks.

        The college has a strong environmental focus (it was the first carbon-neutral college in
        Oxford, apparently) and the food is genuinely good. Formal hall on a Wednesday is the
        highlight of my week.

        Research-wise, I'm still reading, reading, reading. My supervisor says that's normal.
        """,
        date="2 December 2024",
        author="Amara",
    ),
)


# ================================================================ validation and output


def validate() -> None:
    with (HERE / "watchlist.toml").open("rb") as fh:
        wl = tomllib.load(fh)
    subjects = {"school"} | {s["id"] for s in wl["staff"]}
    used: set[str] = set()
    for i, doc in enumerate(DOCS):
        for e in doc.expected:
            assert e.subject in subjects, f"doc {i}: unknown subject {e.subject}"
            used.add(e.subject)
    assert used == subjects, f"subjects never labelled: {subjects - used}"
    variants = Counter(e.variant for d in DOCS for e in d.expected)
    categories = Counter(e.category for d in DOCS for e in d.expected)
    for v in VARIANTS:
        assert variants[v] >= 4, f"variant {v} appears {variants[v]} times"
    for c in CATEGORIES:
        assert categories[c] >= 8, f"category {c} appears {categories[c]} times"
    assert len(DOCS) >= 150, len(DOCS)
    assert sum(variants.values()) >= 180, sum(variants.values())


def main() -> None:
    validate()
    out = HERE / "docs"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    lines = []
    for i, doc in enumerate(DOCS):
        name = f"{i:03d}-{doc.kind}.{doc.ext}"
        (out / name).write_text(doc.text, encoding="utf-8")
        expected = [
            {
                "subject": e.subject,
                "variant": e.variant,
                "category": e.category,
                "url_only": e.url_only,
            }
            for e in doc.expected
        ]
        lines.append(
            json.dumps({"file": name, "kind": doc.kind, "expected": expected}, ensure_ascii=False)
        )
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    mentions = [e for d in DOCS for e in d.expected]
    print(
        f"{len(DOCS)} documents, {len(mentions)} mentions, {sum(1 for d in DOCS if not d.expected)} unlabelled"
    )
    print("kinds:", dict(sorted(Counter(d.kind for d in DOCS).items())))
    print("variants:", dict(sorted(Counter(e.variant for e in mentions).items())))
    print("categories:", dict(sorted(Counter(e.category for e in mentions).items())))
    print("subjects:", dict(sorted(Counter(e.subject for e in mentions).items())))
    print("url_only:", sum(e.url_only for e in mentions))


if __name__ == "__main__":
    main()
