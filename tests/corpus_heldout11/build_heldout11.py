# ruff: noqa: E501
"""Build the held-out evaluation corpus "heldout11" for the repwatch matcher.

Setting
-------
Ormesgill Bank School is a fictional SEND special school (ages 3-19) on Teesside, with a
primary department, a sixth form and a residential unit on Stainby Lane. It sits on
Brackenhoe Road in the invented Thornlaw estate, between the invented village of Haverby and
the invented Cleaveholme estate. People call it "Ormesgill Bank", "Ormesgill" or "OBS"; before
a 2012 merger it was "Beckfield House School". Eleven invented staff are on the watchlist
(see watchlist.toml beside this file).

The short name is shared with Ormesgill Park, the Ormesgill Working Men's Club, the Ormesgill
Bank Care Home, the "Ormesgill Bank" bus destination and hill climb, and an Ormesgill Bank
Primary School in Cumbria; "OBS" is also OBS Studio. Staff surnames are shared with a
non-league footballer, councillors, a darts player, a Leeds motorist and people in obituaries.
Those pages are decoys and carry no label (or labels only for the subjects really mentioned).

Voices: parents of disabled children on Facebook groups and forums (EHCPs, tribunals,
transport rows, restraint allegations), a Gazette-style local paper, a regional news site,
council SEND committee minutes, an Ofsted-style summary, charity and parent blogs, pupils'
older siblings on TikTok/Instagram, job adverts, Google-style reviews and fundraising pages,
with Teesside dialect and slang in the social posts.

Labelling conventions
---------------------
- One expectation per subject per document. ``category`` is the WORST the whole document gives
  that subject (threat > hate > sexual > doxxing > defamation > abuse > negative > neutral);
  ``variant`` is the easiest form of the name on the page (exact > alias > title_surname > ...).
- ``short_name`` is "Ormesgill Bank" or "Ormesgill" alone; ``alias`` is "OBS", "Ormesgill Bank
  Special School", "Beckfield House School" or a staff alias (maiden name, "Tez Naylor", ...).
- ``first_initial`` is a first name plus a surname initial ("Karen W"); ``initial_surname`` is
  "K Whitfield"; ``nickname`` covers pet forms and by-names ("Mrs O", "Tez", "Aga") and a first
  name alone where the context makes clear which staff member is meant.
- A staff name counts only when the page ties it to the school (name, alias, locality, domain
  or the job there), except for the two ``unique = true`` staff. A role alone ("the head",
  "sir") is not a mention; "the school" alone is not a mention of the school.
- Reports (court, police, news, or a parent quoting abuse in order to report it) carry the
  category of what they report: a threat report is ``threat``, a report of online harassment
  is ``abuse``, a report of criminal charges or misconduct allegations is ``defamation``, a
  report of racist or disablist abuse aimed at a person is ``hate``. Bare condemnation
  without the content ("threatening Mr X is never OK") is ``neutral``. Profanity not aimed at
  a person is not abuse. Plain criticism is ``negative``; praise and news are ``neutral``.
- ``url_only`` is true only for sexual content where a child may be involved.
- Doxxing needs a personal mobile, home address/postcode or personal e-mail near a staff
  name; the school's office number (01632 960412/960413) on its own is NOT doxxing.

Written WITHOUT reading the matcher, its tests, its other corpora or its benchmark: this
corpus measures generalisation, so never tune on it. This is a HELD-OUT corpus: measured
once, never tuned on.

Run ``python build_heldout11.py`` to (re)write ``docs/`` and ``labels.jsonl``.
"""

from __future__ import annotations

import html
import json
import shutil
import sys
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
    DOCS.append(Doc(kind, text, tuple(expected)))


# ---------------------------------------------------------------------------------------------
# Page templates
# ---------------------------------------------------------------------------------------------

esc = html.escape


def _paras(text: str) -> str:
    parts = [p.strip() for p in text.strip().split("\n\n")]
    return "\n".join(f"<p>{esc(p)}</p>" for p in parts if p)


NEWS_SITES = {
    "courier": (
        "Tees Valley Courier",
        ["News", "Boro", "Sport", "What's On", "Property", "Jobs", "Announcements"],
        "Tees Valley Courier is part of Northern Print Media. Registered office: 1 Dock Street, "
        "Middlesbrough. Contact the newsdesk: news@teescourier.example. Advertise with us. "
        "Cookie settings. Privacy notice. Terms and conditions. Complaints (IPSO).",
    ),
    "netoday": (
        "North East Today",
        ["Home", "UK", "North East", "Cumbria", "Business", "Education", "Video"],
        "North East Today - independent regional journalism. About us | Editorial standards | "
        "Corrections | Contact | Accessibility | Manage cookies",
    ),
    "stockton": (
        "Stockton & Billingham Echo",
        ["Local", "Schools", "Council", "Courts", "Obituaries", "Sport"],
        "Echo Media Ltd. All content copyright. Got a story? Call the newsdesk on 01632 960981 "
        "or email tips@sbecho.example",
    ),
    "cumbria": (
        "West Cumbria Herald",
        ["News", "Schools", "Farming", "Sport", "Lakes Life"],
        "West Cumbria Herald, Lowther Street, Whitehaven. Part of Fell Media. Privacy | Cookies",
    ),
}


def news(
    site: str,
    headline: str,
    body: str,
    *,
    date: str = "",
    byline: str = "",
    section: str = "News",
    sidebar: tuple[str, ...] = (),
) -> str:
    name, nav, footer = NEWS_SITES[site]
    nav_html = " ".join(f'<a href="/{esc(n.lower().replace(" ", "-"))}">{esc(n)}</a>' for n in nav)
    side = "".join(f"<li>{esc(s)}</li>" for s in sidebar)
    meta = " | ".join(esc(x) for x in (byline, date) if x)
    return (
        f"<!doctype html>\n<html><head><title>{esc(headline)} | {esc(name)}</title></head>\n"
        f'<body>\n<header><div class="brand">{esc(name)}</div><nav>{nav_html}</nav>'
        '<div class="cookie">We use cookies to improve your experience. Accept all | '
        "Manage</div></header>\n"
        f'<main><article><div class="section">{esc(section)}</div>\n<h1>{esc(headline)}</h1>\n'
        f'<div class="meta">{meta}</div>\n{_paras(body)}\n</article>\n'
        f"<aside><h3>Most read</h3><ul>{side}</ul></aside></main>\n"
        f"<footer>{esc(footer)}</footer>\n</body></html>\n"
    )


def page(site: str, title: str, body: str, *, crumbs: str = "", footer: str = "") -> str:
    """A plain institutional page: council minutes, an inspection summary, a job board."""
    return (
        f"<!doctype html>\n<html><head><title>{esc(title)} - {esc(site)}</title></head>\n"
        f'<body>\n<header><div class="brand">{esc(site)}</div>'
        f'<div class="crumbs">{esc(crumbs)}</div></header>\n'
        f"<main><h1>{esc(title)}</h1>\n{_paras(body)}\n</main>\n"
        f"<footer>{esc(footer or site)}</footer>\n</body></html>\n"
    )


def forum(
    site: str, board: str, title: str, posts: list[tuple[str, str, str]], *, views: str = ""
) -> str:
    items = []
    for i, (user, when, text) in enumerate(posts, 1):
        items.append(
            f'<div class="post" id="p{i}"><div class="author">{esc(user)}</div>'
            f'<div class="when">{esc(when)}</div><div class="body">{_paras(text)}</div>'
            '<div class="tools">Quote | Report | Like</div></div>'
        )
    posts_html = "\n".join(items)
    return (
        f"<!doctype html>\n<html><head><title>{esc(title)} | {esc(board)} | {esc(site)}</title>"
        f'</head>\n<body>\n<header><div class="brand">{esc(site)}</div><nav>Talk | '
        "Active | Watched threads | Log in | Register</nav></header>\n"
        f'<div class="crumbs">{esc(site)} &gt; {esc(board)}</div>\n<h1>{esc(title)}</h1>\n'
        f'<div class="stats">{esc(views)}</div>\n{posts_html}\n'
        "<footer>Please read our Talk guidelines. Report a post if you think it breaks them. "
        "Site terms | Privacy | Contact</footer>\n</body></html>\n"
    )


def blog(
    site: str,
    title: str,
    body: str,
    *,
    author: str = "",
    date: str = "",
    tags: tuple[str, ...] = (),
    comments: tuple[tuple[str, str], ...] = (),
) -> str:
    tag_html = ", ".join(esc(t) for t in tags)
    com = "".join(
        f'<div class="comment"><b>{esc(who)}</b><div>{_paras(text)}</div></div>'
        for who, text in comments
    )
    byline = " on ".join(esc(x) for x in (author, date) if x)
    return (
        f"<!doctype html>\n<html><head><title>{esc(title)} - {esc(site)}</title></head>\n"
        f'<body>\n<header><div class="brand">{esc(site)}</div><nav>Home | About | '
        "Archive | Contact</nav></header>\n"
        f'<main><article><h1>{esc(title)}</h1><div class="byline">{byline}</div>\n'
        f'{_paras(body)}\n<div class="tags">Tags: {tag_html}</div></article>\n'
        f'<section class="comments"><h3>Comments</h3>{com}</section></main>\n'
        f"<footer>{esc(site)} - powered by a blogging platform. Subscribe by email.</footer>\n"
        "</body></html>\n"
    )


def reviews(place: str, address: str, rating: str, items: list[tuple[str, str, str, str]]) -> str:
    lines = [place, address, f"{rating} - Google reviews", ""]
    for who, stars, when, text in items:
        lines += [f"{who}", f"{stars} stars - {when}", text.strip(), "Like  Share", ""]
    return "\n".join(lines)


def facebook(
    group: str, author: str, when: str, text: str, comments: Sequence[tuple[str, str]] = ()
) -> str:
    lines = [group, "Public group" if "Noticeboard" in group else "Private group", ""]
    lines += [f"{author}", f"{when}", "", text.strip(), "", "Like  Comment  Share", ""]
    if comments:
        lines.append(f"{len(comments)} comments  Most relevant")
    for who, c in comments:
        lines += [f"{who}", c.strip(), "Like  Reply", ""]
    return "\n".join(lines)


def social(
    platform: str,
    handle: str,
    caption: str,
    comments: Sequence[tuple[str, str]] = (),
    *,
    stats: str = "",
) -> str:
    lines = [platform, handle, "", caption.strip(), ""]
    if stats:
        lines += [stats, ""]
    for who, c in comments:
        lines += [f"{who}", c.strip(), "Reply", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------------

# --- News: local paper, regional site ---------------------------------------------------------

add(
    "news",
    news(
        "courier",
        "Teesside special school's sensory garden scoops national award",
        """
Pupils at Ormesgill Bank School in Thornlaw are celebrating after their sensory garden was named the best school garden in the North of England at the Green Schools Awards in Harrogate.

The garden, which was built on an old staff car park off Brackenhoe Road, has raised beds at wheelchair height, a tunnel of willow and a "sound wall" made from old pans and guttering donated by a Haverby scrap dealer.

Headteacher Karen Whitfield said: "Our young people planned every inch of this. Some of them communicate with symbols or eye gaze, and they still told us exactly what they wanted - mostly the pans."

Teaching assistant Miss Kitching, who runs the early years gardening club, said the children had grown more than 40 kilos of potatoes this year. "They dug them, washed them and then sold them at the summer fair. The lot went in twenty minutes."

The judges praised the garden as "a joyful, properly accessible space designed by children rather than for them".

The school, which has 212 pupils aged three to nineteen, will receive a £2,000 prize. Staff say it will go towards a polytunnel so the sixth form can grow salad to sell in the Cleaveholme community café.
""",
        date="Friday 14 June 2024",
        byline="By Joanne Trewhitt",
        sidebar=(
            "A19 closure: what you need to know this weekend",
            "Boro boss hails 'character' after late winner",
            "Pictures: Stockton Riverside Fair in full swing",
        ),
    ),
    E("school", "exact", "neutral"),
    E("kwhitfield", "exact", "neutral"),
    E("skitching", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "'We're being treated like a cost to be cut': parents' fury over special school transport",
        """
Parents of disabled teenagers have accused Teesmouth Borough Council of "pulling the rug out" from under their children after it confirmed it will stop providing free minibus transport for sixth formers at Ormesgill Bank School from September.

Under the plans, students aged 16 to 19 will instead be offered a personal travel budget of £1,350 a year - about £7 a day - or travel training so they can use public buses.

Mam-of-three Donna Teasdale, whose 17-year-old son Kai has cerebral palsy and a learning disability, said the offer was "an insult".

"Kai can't cross a road on his own. He can't tell you his own address if he's upset. What is travel training going to do? Am I supposed to give up work and drive him to Thornlaw and back twice a day on seven quid?" she said.

"Ormesgill Bank have been brilliant with him. It's not the school, it's the council. They've looked at a spreadsheet and decided our kids are a cost to be cut."

More than 600 people have signed a petition started by a group of parents from Haverby and Cleaveholme, and a protest is planned outside the council's offices on Corporation Road next Wednesday.

The council says post-16 transport is discretionary and that it has to make £11.2m of savings this year. A spokesperson said: "We know how important transport is to families and every application will be considered individually. Students with the most complex needs will continue to be supported. No young person will be left without a way to get to their place of education."

But parents say the letters they received last month made no mention of individual assessments, and told them to "make alternative arrangements" by the end of July.

One mum, who asked not to be named, said her daughter, who is autistic and non-verbal, had been "in bits" since the family tried a trial run on the 64 bus. "She screamed from Stainby Lane to the station. The driver was lovely, but it's not fair on her and it's not fair on the other passengers either."

The school's business manager, Michelle Sutcliffe, said the school was working with families to make sure every student who needed help applied for it. "We completely understand the worry parents are feeling. We'll be holding a drop-in session in the hall on Tuesday from 3pm and our family liaison team will help anyone fill in the forms."

The school currently runs eight minibuses a day, with routes covering Thornlaw, Haverby, Cleaveholme and parts of Stockton and Redcar. Each bus has a driver and an escort.

Councillor Jean Mather, the opposition spokesperson for children's services, said: "Every one of these minibus escorts knows these children - knows who needs the window seat, who needs ear defenders, who will have a seizure if they get too hot. You can't replace that with a bus pass."

Terry Naylor, who has been an escort on the Haverby route for eleven years, said he'd miss the sixth formers. "Some of them I've been picking up since they were four. I've been to two of their weddings - well, one wedding and a christening. You get attached."

The council's cabinet will make a final decision on July 16.
""",
        date="Tuesday 2 April 2024",
        byline="By Mark Oyston, Education Reporter",
        section="Education",
        sidebar=(
            "Man charged after Ormesgill Park bonfire attack on fire crews",
            "New Lidl for Thornaby gets green light",
        ),
    ),
    E("school", "exact", "neutral"),
    E("msutcliffe", "exact", "neutral"),
    E("tnaylor", "exact", "neutral"),
)

add(
    "news",
    news(
        "courier",
        "Dad who threatened to 'do in' special school bus escort is given restraining order",
        """
A Thornlaw father who threatened to "do in" a minibus escort after his son came home with a scratch on his arm has been given a restraining order.

Craig Holmes, 38, of Fenby Walk, Thornlaw, admitted sending threatening messages when he appeared before Teesside Magistrates' Court on Monday.

The court heard that Holmes sent a string of Facebook messages to Terry Naylor, who works as an escort on school transport for Ormesgill Bank School, in February.

Prosecutor Amanda Leck said one message read: "You put your hands on my lad again and I'll do you in, I know which house is yours." Another said he would be "waiting at the bus stop with a bat".

Mr Naylor, 61, told police he had been helping the boy with his seatbelt when the child became distressed. In a victim statement read to the court, he said he had been "frightened to go to work" and had asked to be moved to a different route.

Holmes, representing himself, said he had been "a worried dad who lost it" and had since apologised.

District Judge Paul Kirkham said the messages were "vile and menacing" and that school staff "must be able to do their jobs without fear".

Holmes was fined £320, ordered to pay £85 costs and a £128 victim surcharge, and made subject to a restraining order banning him from contacting Mr Naylor for two years.
""",
        date="Wednesday 8 May 2024",
        byline="By Court Reporter",
        section="Courts",
    ),
    E("school", "short_name", "neutral"),
    E("tnaylor", "exact", "threat"),
)

add(
    "news",
    news(
        "netoday",
        "Care worker at Teesside special school charged with ill-treatment of residential pupil",
        """
A residential care worker at a special school in Middlesbrough has been charged with ill-treatment of a young person in his care.

Gary Pattinson, 47, who leads the residential unit at Ormesgill Bank School on Stainby Lane, was charged by Cleveland Police on Thursday following an investigation that began in October.

He is due to appear before Teesside Magistrates' Court next month.

The charge relates to an incident alleged to have happened overnight at the unit, which provides weekly boarding for up to 14 pupils with complex needs.

A spokesperson for the school said: "We are aware that a member of staff has been charged. He was suspended when the allegation was first made, in line with our safeguarding procedures, and remains suspended. The welfare of our young people is our first priority and we are co-operating fully with the police and the local authority designated officer. Because legal proceedings are active, we cannot comment further."

Teesmouth Borough Council said it had carried out unannounced checks on the residential unit and was "satisfied that appropriate arrangements are in place".

The school was rated good by Ofsted in 2022. The residential provision is inspected separately and was judged good in its most recent inspection.
""",
        date="22 February 2024",
        section="North East",
    ),
    E("school", "exact", "neutral"),
    E("gpattinson", "exact", "defamation"),
)

add(
    "news",
    news(
        "courier",
        "Ofsted downgrades Ormesgill Bank to 'requires improvement'",
        """
A special school in Thornlaw has been rated requires improvement by Ofsted - two years after it was judged good.

Inspectors who visited Ormesgill Bank in March found that pupils' behaviour and the school's personal development work remained good, but said the curriculum in the secondary department "is not yet well planned" and that "too many pupils' communication targets are vague and are not checked often enough".

The report also said that leaders "have not made sure that records of physical intervention are completed consistently", although inspectors found the school's safeguarding arrangements to be effective.

In a letter to parents, headteacher Karen Whitfield said she was "disappointed but not surprised" by the judgement.

"We had already identified many of these issues ourselves and our improvement plan is well under way," she wrote. "I want to reassure families that inspectors saw what we see every day: happy, safe young people who are making progress."

Some parents were less forgiving. One mum posting on a local Facebook group said: "Not surprised one bit. They've been running on goodwill for years and the communication is shocking."

The school's sixth form and early years provision were both judged good.
""",
        date="Thursday 23 May 2024",
        byline="By Mark Oyston",
        section="Education",
    ),
    E("school", "short_name", "negative"),
    E("kwhitfield", "exact", "neutral"),
)

add(
    "news",
    news(
        "netoday",
        "Mother claims autistic son was held face down at special school",
        """
The mother of an eleven-year-old autistic boy says he was held face down on the floor by two members of staff at his special school - a claim the school denies.

Stacey Lumb, from Cleaveholme, says her son came home from Ormesgill Bank School in January with carpet burns on his cheek and bruises on both wrists.

"He can't tell me what happened, he hasn't got the words," she said. "But he flinches now when anyone comes near his arms. He won't get on the bus. Something has happened in that school and nobody will tell me what."

Ms Lumb says she was told by phone that her son had been "safely held" after he hit another pupil, but that when she asked for the school's written record she was told it "hadn't been written up yet".

Prone restraint - holding someone face down - is strongly discouraged in government guidance because of the risk to breathing.

In a statement, the school said: "We do not use prone restraint. On the rare occasions that a physical intervention is needed to keep a child or others safe, it is carried out by trained staff and recorded. We have met the family and shared our records with the local authority, and we will co-operate with any review."

Teesmouth Borough Council confirmed its Local Authority Designated Officer had been informed.

Ms Lumb has now started a petition calling for CCTV in all classrooms at the school.
""",
        date="9 March 2024",
        section="Education",
    ),
    E("school", "exact", "defamation"),
)

add(
    "news",
    news(
        "courier",
        "Racist graffiti sprayed on special school minibus targeting teaching assistant",
        """
Police are investigating after racist graffiti targeting a member of staff was sprayed on a minibus belonging to a special school in Thornlaw.

The words, which named a sixth form teaching assistant and included a racial slur and the phrase "go home", were discovered on the side of the Ormesgill Bank School bus on Saturday morning. The vehicle had been parked overnight in the school's compound on Brackenhoe Road.

The assistant, Jamal Hussain, who was born in Middlesbrough, said he was "gutted, more than anything".

"I grew up two streets away. My mam still lives here. The kids on that bus don't care what colour I am, they care whether I've remembered the Pringles," he said.

Cleveland Police said it was treating the incident as a racially aggravated hate crime and appealed for anyone with CCTV or dashcam footage from Brackenhoe Road between 9pm on Friday and 7am on Saturday to get in touch.

Within hours of the news breaking, parents and pupils had signed a giant card for Mr Hussain, which now hangs in the sixth form common room. "Jamal is one of us," it reads.
""",
        date="Monday 15 January 2024",
        byline="By Joanne Trewhitt",
        sidebar=("Thornlaw chippy named best in Teesside", "Weather: frost warning for the week"),
    ),
    E("school", "exact", "neutral"),
    E("jhussain", "exact", "hate"),
)

add(
    "news",
    news(
        "courier",
        "Deputy head's Great North Run raises £4,300 for sensory room",
        """
A deputy headteacher has raised more than £4,000 for a new sensory room after running the Great North Run dressed as a giant bubble machine.

Declan Brennan, deputy head at Ormesgill Bank School, completed the half marathon in two hours and 41 minutes - "about an hour slower than last year, because bubbles are not aerodynamic", he said.

The money will pay for a new sensory room in the school's primary department, where the current equipment is more than fifteen years old.

"Some of our youngsters spend a lot of their day in a state of overload," said Mr Brennan. "A good sensory room isn't a treat, it's where they get regulated enough to learn."

Donations can still be made through the school's fundraising page.
""",
        date="Wednesday 11 September 2024",
        sidebar=("Declan Rice on England duty: 'I feel fresh'",),
    ),
    E("school", "exact", "neutral"),
    E("dbrennan", "exact", "neutral"),
)

add(
    "news",
    news(
        "stockton",
        "£4m extension to special school boarding unit approved",
        """
Plans to double the size of a residential unit for disabled children in Haverby have been approved by councillors.

The boarding provision at Stainby Lane, run by Ormesgill Bank School, currently has room for 14 young people from Monday to Thursday. The extension will add eight bedrooms, a kitchen where older students can practise independent living, and a sensory garden.

Planning committee members heard that there was a waiting list of 23 families for places, and that some children were currently being sent to residential schools as far away as Lincolnshire at a cost of up to £300,000 a year each.

One neighbour on Stainby Lane objected on the grounds of extra traffic. Councillor Ruth Hebron said the objection was "understandable but outweighed by the enormous benefit to children and families".

Work is expected to start in the spring.
""",
        date="30 October 2024",
        section="Council",
    ),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "stockton",
        "Obituaries: Terence 'Terry' Naylor",
        """
NAYLOR Terence (Terry). Peacefully at the James Cook University Hospital on 3rd November, aged 79, of Redcar. Beloved husband of the late Maureen, much loved dad of Stephen and Julie, proud grandad of five and great-grandad of two.

Terry worked for 38 years at the steelworks at Lackenby and was a lifelong member of Redcar Cricket Club, where he was groundsman for twenty years after retiring. He never missed a home game at Ayresome Park and then the Riverside, and was famous in his street for his leeks.

Funeral service to take place at Kirkleatham Crematorium on Friday 22nd November at 11.20am. Family flowers only please; donations, if desired, to Teesside Hospice. All enquiries to Co-op Funeralcare, Redcar.

Sleep tight Dad. Now you can have a pint with Mam.
""",
        date="12 November 2024",
        section="Obituaries",
    ),
)

add(
    "news",
    news(
        "stockton",
        "Brennan double fires Teesbank Rovers into cup semi-final",
        """
Teesbank Rovers 3 Guisborough Wanderers 1

Connor Brennan scored twice as Teesbank Rovers booked their place in the semi-finals of the North Riding Senior Cup on a bitter night at Ormesgill Park.

Brennan opened the scoring on 12 minutes, bending a free kick over the wall, and doubled the lead just before half-time when he was first to react after Wanderers keeper Josh Dobson parried a Liam Kitching shot.

Guisborough pulled one back through Ade Pattinson's header early in the second half, but substitute Dean Whitfield made sure of the win in stoppage time.

Rovers manager Keith Lowes said: "Connor's been different class since he came back from his hamstring. Brennan in that mood is unplayable at this level."

Teesbank Rovers: Hart, Sayers, Kitching, Oyston, Marley, Brennan (Whitfield 84), Tate, Lumb, Appleby, Reed, Stokes.
""",
        date="Wednesday 6 March 2024",
        section="Sport",
    ),
)

add(
    "news",
    news(
        "cumbria",
        "Village primary keeps 'good' rating after Ofsted visit",
        """
Ormesgill Bank Primary School near Cockermouth has kept its good rating following a short inspection by Ofsted.

The 68-pupil school, which sits at the foot of Ormesgill Fell, was praised for its "calm and purposeful" classrooms and its work with the local farming community.

Headteacher Mrs Fiona Kitching said: "We are a tiny school with a huge heart. I am so proud of our children and of the whole Ormesgill Bank family."

Inspectors said that reading was taught well from Reception and that older pupils "talk with confidence about books and authors". They asked the school to make sure mathematics is planned as carefully in the mixed-age Key Stage 2 class as it is elsewhere.

Chair of governors Alan Brennan thanked parents for their support.
""",
        date="Friday 17 May 2024",
        section="Schools",
    ),
)

add(
    "news",
    news(
        "courier",
        "Care home residents celebrate 100th birthday in style",
        """
Residents and staff at Ormesgill Bank Care Home in Normanby threw a party fit for a king when resident Edna Pattinson turned 100 on Saturday.

Edna, who was born in North Ormesby in 1924 and worked at the Co-op for 41 years, received a card from the King and a visit from the Mayor.

Care home manager Lisa Sutcliffe said: "Edna's the life and soul of Ormesgill Bank. She still does the crossword every morning and beats us all at bingo."

Edna's secret to a long life? "Never marry a man who doesn't dance, and always have a bit of cake."
""",
        date="Monday 19 August 2024",
        section="News",
    ),
)

add(
    "news",
    news(
        "netoday",
        "Leeds motorist banned after 104mph A1 chase",
        """
A motorist who reached 104mph on the A1(M) while being followed by police has been banned from driving for 18 months.

Jamal Hussain, 27, of Harehills, Leeds, admitted dangerous driving at Leeds Crown Court on Tuesday.

The court heard he was spotted by a police car near Wetherby at 2am in July and failed to stop for five miles, before pulling into a services near Boroughbridge.

Judge Sarah Metcalfe said it was "a matter of sheer luck" that nobody was hurt. Hussain was given a 12-month community order with 150 hours of unpaid work.
""",
        date="4 December 2024",
        section="Yorkshire",
    ),
)

add(
    "news",
    news(
        "courier",
        "Family wins 18-month fight for place at special school",
        """
A Haverby family has won an 18-month legal battle to get their autistic daughter a place at a specialist school.

Amy Corner, 9, had been out of education for almost a year after her mainstream primary said it could no longer meet her needs. Her parents, Lee and Hayley Corner, asked for her to go to Ormesgill Bank, but Teesmouth Borough Council named a mainstream school with a resource base in Stockton instead.

At a SEND tribunal hearing in September, the council's case collapsed after it admitted it had not consulted the resource base, which had no places. The judge ordered that Ormesgill Bank School be named in Amy's education, health and care plan.

"We've fought for every single thing," said Hayley. "The tribunal judge listened to us in a way nobody at the council ever has. The assistant head at Ormesgill, Mrs Okonkwo, came to the hearing on her day off to explain why they could meet Amy's needs. I'll never forget that."

Figures obtained by the Courier show the council lost 96 per cent of the SEND tribunal appeals it defended last year.
""",
        date="Saturday 12 October 2024",
        byline="By Mark Oyston",
        section="Education",
    ),
    E("school", "exact", "neutral"),
    E("pokonkwo", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "netoday",
        "Police probe online threats against special school head after Facebook storm",
        """
Police are investigating threats made online against the headteacher of a Teesside special school following a row over a pupil's exclusion.

Cleveland Police said it had received a report of "malicious communications" relating to posts on a Facebook group in which headteacher Karen Whitfield was threatened. One of the posts, seen by North East Today, said she would "get what's coming to her" and gave the name of the street where she lives.

Ormesgill Bank School, in the Thornlaw area of Middlesbrough, has been at the centre of a heated online debate since the fixed-term exclusion of a Year 9 pupil last week.

The chair of governors, Reverend Alison Pounder, said: "Parents have every right to raise concerns, and we have a complaints procedure for exactly that purpose. But nobody - no member of staff at any school - should be threatened for doing their job. We have reported the posts to the police and to Facebook."

A spokesperson for Cleveland Police said: "We take threats of this nature extremely seriously. Enquiries are ongoing."

The group's administrators said the posts had been removed and the member responsible banned.
""",
        date="18 June 2024",
        section="North East",
    ),
    E("school", "exact", "neutral"),
    E("kwhitfield", "exact", "threat"),
)

add(
    "news",
    news(
        "netoday",
        "Speech therapist who taught non-verbal pupils to order their own chips wins national award",
        """
A speech and language therapist has won a national award for a project which taught non-verbal teenagers to use communication aids in everyday settings - starting with the chip shop.

Rhiannon Bell-Maddison, who works at a special school in Middlesbrough, was named Allied Health Professional of the Year at the Nursing Times-style ceremony in London on Thursday night.

Her "Chippy Challenge" saw sixth formers plan a trip to a local chippy, programme their devices, and order and pay on their own. Staff at the shop learnt a few signs in return.

"For a lot of our young people, someone else has always done the talking for them," she said. "Watching a 17-year-old order a fishcake and scraps for the first time in his life - and then complain that there weren't enough scraps - I'll never top that."

The project has since been copied by schools in Leeds, Carlisle and Glasgow.
""",
        date="24 November 2024",
        section="Education",
    ),
    E("rbellmaddison", "exact", "neutral"),
)

add(
    "news",
    news(
        "stockton",
        "Mum given suspended sentence for threatening special school teacher",
        """
A mother who told a special school teacher she would "cut her throat" and called her a racist name outside the school gates has been given a suspended prison sentence.

Kerry Anne Marley, 34, of Cleaveholme, was found guilty of racially aggravated threatening behaviour after a trial at Teesside Magistrates' Court.

The court heard that Marley confronted Precious Okonkwo, an assistant headteacher at Ormesgill Bank School, on Brackenhoe Road in April after a meeting about her son's education, health and care plan.

Witnesses said Marley screamed a racial slur at Mrs Okonkwo, told her to "go back to where she came from" and said: "I'll cut your throat, I know what car you drive."

Mrs Okonkwo, who has worked at the school for nine years, said in a statement that she had "never felt so small" and that she had considered leaving teaching.

Marley was given 12 weeks in prison, suspended for 18 months, and ordered to pay £500 compensation. A restraining order was also made.
""",
        date="3 July 2024",
        section="Courts",
    ),
    E("school", "exact", "neutral"),
    E("pokonkwo", "exact", "threat"),
)

add(
    "news",
    news(
        "courier",
        "Cyclists pedal 100 miles for special school in memory of Jake",
        """
Forty cyclists rode 100 miles from Whitby to Thornlaw on Sunday in memory of a former pupil at Ormesgill Bank School who died last year.

Jake Appleby had Duchenne muscular dystrophy and was a pupil at the school from the age of four until he left the sixth form. He died aged 20 in August.

The ride, organised by his dad Paul, finished on Brackenhoe Road, where pupils and staff were waiting with a banner and a bacon sandwich for every rider.

Among the riders was teaching assistant Jamal Hussain, who supported Jake in the sixth form. "He was the funniest lad I've ever met and he'd have been heckling us all the way up the bank," he said.

Family liaison officer Lisa Dobson, who also rode, said: "Jake's family have given so much back to this school. We'll never forget him."

The ride raised £9,600, which will pay for an adapted bike library for pupils.
""",
        date="Monday 22 April 2024",
        byline="By Joanne Trewhitt",
    ),
    E("school", "exact", "neutral"),
    E("jhussain", "exact", "neutral"),
    E("ldobson", "exact", "neutral"),
)

add(
    "news",
    news(
        "netoday",
        "Two staff charged after boy 'left on minibus' for three hours",
        """
Two school staff have been charged with child neglect after a severely autistic boy was allegedly left on a minibus for nearly three hours on a hot day.

The incident happened in June at Ormesgill Bank School, a special school in the Thornlaw area of Middlesbrough.

Cleveland Police said on Friday that a 61-year-old man from Haverby and a 44-year-old woman from Stockton had been charged and would appear before magistrates next month. The man is understood to be the escort on the bus, Terry Naylor.

The boy, who is eight and does not speak, was found by a caretaker. He was taken to hospital as a precaution and later discharged.

The school said the two staff had been suspended and an independent review had been commissioned.
""",
        date="13 September 2024",
        section="North East",
    ),
    E("school", "exact", "neutral"),
    E("tnaylor", "exact", "defamation"),
)

add(
    "news",
    news(
        "stockton",
        "Darts: Pattinson hits nine-darter at Ormesgill WMC",
        """
Gary Pattinson hit the first nine-darter in the 40-year history of the Teesside Tuesday League at Ormesgill Working Men's Club last week.

Pattinson, 52, a plasterer from Grangetown, finished with treble 20, treble 19, double 12 in the third leg of his match against the Golden Lion's Mick Dobson.

"I didn't even know I'd done it till the whole club went up," said Gary. "Then the steward gave me a free pint, which at Ormesgill WMC is rarer than a nine-darter."

Ormesgill WMC A lead the league by four points with three games left.
""",
        date="20 February 2024",
        section="Sport",
    ),
)

# --- Council minutes, inspection summaries, job adverts ---------------------------------------

add(
    "news",
    page(
        "Teesmouth Borough Council",
        "Children and Young People's Scrutiny Panel (SEND) - Minutes, 11 March 2024",
        """
Present: Councillor P. Dobson (Chair), Councillors Mather, Hebron, Ismail, Sutcliffe and Tate. Officers: Director of Education and Partnerships; Head of SEND Services; Principal Transport Officer. Also in attendance: Mrs M Sutcliffe (School Business Manager, Ormesgill Bank School) and two parent representatives from the Tees Valley Parent Carer Forum.

1. Apologies were received from Councillor Lowes.

2. Declarations of interest. Councillor Tate declared a non-pecuniary interest as a governor of a special school in Redcar. Councillor Sutcliffe confirmed he was not related to the school business manager in attendance.

3. Minutes of the meeting held on 15 January 2024 were agreed as a correct record.

4. Home to school transport: post-16 policy review. The Principal Transport Officer presented the report. Members noted that 141 students aged 16-19 currently received free transport to specialist provision, at an annual cost of £1.46m. The proposal was to replace this with a personal travel budget and an expanded travel training offer.

The Chair invited the School Business Manager to address the panel. She explained that of the 58 sixth form students at Ormesgill Bank, the school's own assessment was that no more than six could safely travel independently by the proposed start date. Students with complex medical needs required trained escorts; several required rescue medication for seizures during journeys. She asked the panel to note that parents had received letters before any individual assessment had taken place.

Councillor Mather asked how many families had been consulted. The Head of SEND Services said the consultation had received 212 responses, of which 204 opposed the change.

Councillor Hebron asked whether the saving took account of the cost of parents leaving employment. Officers agreed to provide a written answer.

RESOLVED: that the panel recommends to Cabinet that (a) no change to post-16 transport be implemented before individual assessments are completed, and (b) a further report be brought to the panel in June.

5. SEND sufficiency. Members noted that specialist places in the borough remained oversubscribed, with 31 children on the waiting list for Ormesgill Bank School and 14 placed out of area. The Director reported that the extension to the residential provision at Stainby Lane would go to planning committee in the autumn.

6. Date of next meeting: 10 June 2024, 2pm, Committee Room 2.

The meeting closed at 4.12pm.
""",
        crumbs="Home > Council and democracy > Meetings > Scrutiny > Minutes",
        footer="Teesmouth Borough Council, Municipal Buildings, Corporation Road. These minutes are a draft until agreed at the next meeting.",
    ),
    E("school", "exact", "neutral"),
    E("msutcliffe", "initial_surname", "neutral"),
)

add(
    "news",
    page(
        "Teesmouth Borough Council",
        "Cabinet - Decision Notice: Post-16 Home to School Transport",
        """
Decision reference: CAB/2024/117. Decision maker: Cabinet. Date of decision: 16 July 2024.

Summary: Cabinet considered the report of the Director of Education and Partnerships and the recommendations of the Children and Young People's Scrutiny Panel.

Decision: (1) To introduce a personal travel budget option for eligible post-16 students from September 2025 rather than September 2024. (2) To continue to provide transport, including escorts, for students attending OBS and other specialist settings whose individual assessment shows they cannot travel independently. (3) To expand the travel training service, subject to the recruitment of two additional trainers.

Reasons for the decision: To allow individual assessments to be completed and to respond to the consultation.

Alternative options considered: Implementation from September 2024 (rejected); no change (rejected on budgetary grounds).

Conflicts of interest declared: None. Dispensations granted: None.

Call-in deadline: 5pm, 23 July 2024.
""",
        crumbs="Home > Council and democracy > Decisions",
    ),
    E("school", "alias", "neutral"),
)

add(
    "news",
    page(
        "Teesmouth Borough Council",
        "Planning Committee - Minutes, 4 September 2024",
        """
Present: Councillor A. Sutcliffe (Chair), Councillors Dobson, Hebron, Kitching, Naylor and Whitfield.

1. Apologies: none.

2. 24/0391/FUL - Land to the rear of 12-18 Stainby Road, Normanby. Erection of three detached dwellings. Councillor Dobson spoke as ward member, raising concerns about access for refuse vehicles. RESOLVED: Approved subject to conditions.

3. 24/0412/COU - Former Ormesgill Working Men's Club car park, Ormesgill Lane. Change of use to hand car wash. Councillor Naylor said residents had complained about noise and spray. Councillor Whitfield asked whether opening hours could be limited. RESOLVED: Approved, with hours restricted to 8am-6pm.

4. 24/0433/ADV - Ormesgill Park, display of two illuminated advertisement hoardings. RESOLVED: Refused, on grounds of harm to the character of the park.

5. Any other business: Councillor Kitching thanked officers for the improvements to the Ormesgill Bank bus turning circle.

Meeting closed at 7.40pm.
""",
        crumbs="Home > Council and democracy > Meetings > Planning",
    ),
)

add(
    "news",
    page(
        "Ofsted reports",
        "Inspection of Ormesgill Bank School - summary of key findings",
        """
Ormesgill Bank School. Address: Brackenhoe Road, Thornlaw, Middlesbrough. Inspection dates: 12 and 13 March 2024. Overall effectiveness: Requires improvement. The quality of education: Requires improvement. Behaviour and attitudes: Good. Personal development: Good. Leadership and management: Requires improvement. Early years provision: Good. Sixth-form provision: Good.

What is it like to attend this school? Pupils are happy and feel safe at this school. Staff know pupils well and care for them deeply. Pupils who communicate without speech are given a voice through signing, symbols and communication aids, and many use these confidently. In the sixth form, students learn to cook, shop, travel and look after themselves, and many go on to supported internships.

In the secondary department, however, the curriculum is not yet planned well enough. Teachers do not always know what pupils have learned before, and some activities do not build on what pupils already know. Targets in pupils' education, health and care plans are sometimes too vague to be useful.

What does the school need to do to improve? Leaders should make sure that the curriculum in the secondary department sets out clearly the knowledge pupils should learn and the order in which they should learn it. Leaders should make sure that records of physical intervention are completed promptly and consistently and that patterns are analysed, so that plans to reduce the need for intervention are well informed. Governors should hold leaders to account more sharply for the progress of pupils in Key Stages 3 and 4.

Safeguarding: the arrangements for safeguarding are effective.

Headteacher: Karen Whitfield. Chair of governors: Rev Alison Pounder. Number of pupils: 212. Age range: 3 to 19. Residential provision: yes (inspected separately).
""",
        crumbs="Find an inspection report > Schools > Middlesbrough",
        footer="Crown copyright. Reproduced under the Open Government Licence.",
    ),
    E("school", "exact", "negative"),
    E("kwhitfield", "exact", "neutral"),
)

add(
    "news",
    page(
        "Ofsted reports",
        "Stainby Lane Residential - social care inspection summary",
        """
Provider: Ormesgill Bank School (residential special school). Setting: Stainby Lane, Haverby. Inspection date: 26 November 2024. Overall experiences and progress of children and young people: good. How well children and young people are helped and protected: requires improvement to be good. The effectiveness of leaders and managers: requires improvement to be good.

Children enjoy their time in the residential provision. They have warm relationships with staff, take part in clubs in the local community and are helped to become more independent, for example by planning and cooking meals.

Since the last inspection, a serious allegation was made against a senior member of the residential staff, who is currently suspended. Leaders responded appropriately, informed the relevant agencies and put interim leadership arrangements in place. However, night-time staffing records were incomplete for several weeks in the autumn, and not all staff had received updated training in the use of the new positive behaviour support plans.

Interim residential lead: D. Brennan (deputy headteacher).

Requirements: The registered person must ensure that staffing records accurately show the staff on duty at all times, including at night.
""",
        crumbs="Find an inspection report > Social care > Residential special schools",
        footer="Crown copyright.",
    ),
    E("school", "exact", "negative"),
    E("dbrennan", "initial_surname", "neutral"),
)

add(
    "blog",
    page(
        "TeesJobs",
        "Teaching Assistant (Level 3) - SEND - Ormesgill Bank School",
        """
Salary: Grade 5, £24,294 - £25,979 pro rata (actual £21,877 - £23,394). Hours: 32.5 per week, term time plus 5 days. Contract: permanent. Location: Brackenhoe Road, Thornlaw, Middlesbrough. Closing date: 9am, Monday 24 June 2024.

About us: Ormesgill Bank is a thriving all-through special school for 212 pupils aged 3 to 19 with severe and profound learning difficulties, autism and complex medical needs. We have a primary department, a secondary department, a sixth form and a weekly residential provision in Haverby. Our pupils are funny, determined and brilliant, and we're looking for people who think so too.

The role: You will work as part of a class team in our secondary department, supporting pupils with learning, communication, personal care and feeding. Some of our young people present behaviour that challenges; full training in positive behaviour support (including physical intervention) is provided. Experience with Makaton, PECS or communication aids would be an advantage but is not essential.

We offer: a supportive team; excellent CPD including a Level 4 pathway; a staff wellbeing day; free parking; cycle to work scheme; the best staffroom cake in Teesside.

For an informal chat or to arrange a visit, contact our School Business Manager, Michelle Sutcliffe, on 01632 960412, or email recruitment@ormesgillbank.example.

Ormesgill Bank School is committed to safeguarding and promoting the welfare of children and expects all staff to share this commitment. This post is subject to an enhanced DBS check with barred list. We welcome applications from all sections of the community.
""",
        crumbs="Jobs > Education > Teaching Assistant",
        footer="TeesJobs - the Tees Valley's jobs board. Job alerts | Employers | Privacy",
    ),
    E("school", "exact", "neutral"),
    E("msutcliffe", "exact", "neutral"),
)

add(
    "blog",
    page(
        "SEND Careers Hub",
        "Night Residential Support Worker (waking nights) - Haverby",
        """
Employer: Ormesgill Bank School. Location: Stainby Lane, Haverby, near Middlesbrough. Salary: £24,790 plus enhancements. Hours: 3 waking nights per week (Mon-Thu), 9.30pm-8am.

Our residential provision offers weekly boarding to young people aged 11 to 19 with autism and severe learning difficulties. It's a home from home: evening clubs, takeaway Thursdays, film nights, and a lot of noise about whose turn it is on the Xbox.

As a waking night worker you will keep young people safe overnight, support them if they wake, complete records and handovers, and help get everyone up, dressed and ready for school in the morning. Some young people need support with personal care and medication; full training is given.

Please note: the previous lead for the residential provision is no longer a contact for this vacancy. For an informal discussion please contact Declan Brennan, Deputy Headteacher and interim Head of Residential, via the school office on 01632 960413.

Applications via the school's own website. Shortlisting will take place on 3 December.
""",
        crumbs="Vacancies > Residential care",
    ),
    E("school", "exact", "neutral"),
    E("dbrennan", "exact", "neutral"),
)

add(
    "blog",
    page(
        "TeesJobs",
        "Minibus Escort - term time - Thornlaw",
        """
Employer: OBS (Ormesgill Bank Special School). Pay: £12.21 per hour. Hours: split shift, 7.30-9.15am and 2.45-4.30pm, term time only.

Are you patient, reliable and good at singing along to the radio? We're looking for minibus escorts to join our transport team. You'll travel with our pupils to and from school, help them on and off the bus, make sure seatbelts and harnesses are secure, and keep everyone calm and happy on the way. Some of our pupils have epilepsy and you'll be trained to give rescue medication.

"It's the best job I've ever had. The kids light up when the bus pulls in." - Terry, escort on our Haverby route for eleven years.

No experience needed, full training given. Must be 18+. Enhanced DBS required.
""",
        crumbs="Jobs > Transport > Escort",
    ),
    E("school", "alias", "neutral"),
    E("tnaylor", "nickname", "neutral"),
)

# --- Forums -----------------------------------------------------------------------------------

add(
    "forum",
    forum(
        "TeesMums",
        "Special educational needs",
        "Ormesgill Bank - anyone got experience? (long, sorry)",
        [
            (
                "HaverbyHen",
                "Mon 04-Mar-24 21:14",
                """
DS is 6, autistic, mostly non-verbal, some sensory seeking (climbs EVERYTHING). He's in a mainstream reception-ish class at the moment with 1:1 but honestly it's not working, he spends most of the day in the corridor with his TA and comes home wired.

EHCP annual review is next month and we're going to ask for specialist. The two options round here are Ormesgill Bank or the resource base at Whinfell in Stockton. Has anyone got kids at Ormesgill? What's it actually like? The visit was lovely but visits always are.
""",
            ),
            (
                "mamtotwoboys",
                "Mon 04-Mar-24 21:32",
                """
My youngest has been at Ormesgill Bank since nursery, he's 11 now. Honestly it changed our life. He was like your DS, climbing the walls, no words. He has about 200 signs now and uses his talker for everything, mostly to tell me my tea is rubbish.

The SENCo, Mrs Okonkwo, is the reason we got his EHCP sorted. She basically rewrote the council's draft for them.
""",
            ),
            (
                "Quietlyfuming",
                "Mon 04-Mar-24 21:50",
                """
It's good for the kids, I'll give them that. Staff in the classrooms are amazing. Communication with parents is a different story. Lisa the family liaison one never rings you back, I've left about nine messages this term about transport and heard nothing. You have to go in and stand in reception before anything happens.
""",
            ),
            (
                "mamtotwoboys",
                "Mon 04-Mar-24 21:58",
                """
@Quietlyfuming that's fair tbh, the office side can be a nightmare. But the teaching side is brilliant. And Bell-Maddison's SALT sessions are worth the move on their own - my lad would do anything for her.
""",
            ),
            (
                "TeesValleyDad",
                "Tue 05-Mar-24 07:12",
                """
Ours is on the bus from Haverby and Tez the escort is a legend. Knows every kid, knows which one needs the window and which one needs Peppa on the iPad. My daughter won't get on any bus he's not on.

Only downside is it's a long day for the little ones if they're on the first pickup.
""",
            ),
            (
                "HaverbyHen",
                "Tue 05-Mar-24 09:40",
                """
Thank you all, this is really helpful. Going to put Ormesgill down as first choice and brace for the fight.
""",
            ),
        ],
        views="1,204 views | 6 posts",
    ),
    E("school", "short_name", "negative"),
    E("pokonkwo", "title_surname", "neutral"),
    E("ldobson", "nickname", "negative"),
    E("rbellmaddison", "possessive", "neutral"),
    E("tnaylor", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "SENDsquad",
        "Restraint, seclusion and exclusions",
        "Son restrained AGAIN - who do I even complain to?",
        [
            (
                "BoroMamOf3",
                "18 Jan 2024, 22:03",
                """
Third time this term. My son is 12, autistic with a learning disability, and attends OBS in Middlesbrough. Today he came home with a red mark right round his wrist and when I asked what happened, they said "he needed a brief hold" and that was it. No form. No phone call until I rang them.

It's always the same member of staff. Brennan, the deputy. He's the one who does the holds, every time. I'm not being funny but the man is built like a door and he's been putting kids on the floor for years. He covers it up as well - the incident forms get "lost" or backdated. Everyone at the school gates knows it.

Who do I complain to? The school? The council? Ofsted? I'm at the end of my rope.
""",
            ),
            (
                "SENDiassVolunteer",
                "18 Jan 2024, 22:31",
                """
So sorry you're dealing with this. Practical steps: 1) Put a written request to the school for all records of physical intervention involving your son this academic year - they should have them. 2) If you think he's been harmed, you can contact the Local Authority Designated Officer (LADO) directly. 3) Use the school's complaints procedure in writing and keep copies.

Also - gently - be careful naming individual staff on public forums. Stick to facts you can evidence. It protects you.
""",
            ),
            (
                "BoroMamOf3",
                "18 Jan 2024, 22:40",
                """
I know. I'm just so angry. Thank you.
""",
            ),
            (
                "Kirsty_K",
                "19 Jan 2024, 06:55",
                """
Subject access request as well. Get everything in writing from now on.
""",
            ),
        ],
        views="887 views | 4 replies",
    ),
    E("school", "alias", "defamation"),
    E("dbrennan", "surname_only", "defamation"),
)

add(
    "forum",
    forum(
        "OBS Forums",
        "Windows Support",
        "OBS Studio 30.1 - black screen on display capture with laptop dual GPU",
        [
            (
                "streamingbrennan",
                "Feb 2, 2024",
                """
Since updating to OBS 30.1 display capture just shows a black screen. Window capture works fine. Laptop is a Lenovo Legion with Intel iGPU + RTX 3060. Log file attached. Tried running as admin, no change.
""",
            ),
            (
                "Suslik V",
                "Feb 2, 2024",
                """
Classic hybrid GPU issue. Go to Windows Settings > System > Display > Graphics, add obs64.exe and set it to Power saving (the integrated GPU) for display capture. If you need NVENC, use window/game capture instead.
""",
            ),
            (
                "streamingbrennan",
                "Feb 3, 2024",
                """
That fixed it, cheers. Marked as solved.
""",
            ),
        ],
        views="Solved | 2 replies",
    ),
)

add(
    "forum",
    forum(
        "TeesMums",
        "Am I being unreasonable?",
        "AIBU to ask for a different teacher? (not Teesside, just love this board)",
        [
            (
                "BristolBlues",
                "Thu 12-Sep-24 20:01",
                """
DD (Y4) has Mrs Whitfield this year at her primary in Bishopston. Everyone warned me. Two detentions already for "tone", and DD is the most timid child alive. Mrs Whitfield apparently told the class that anyone who cries is "attention seeking".

AIBU to ask the head for a class move? I know it's only September.
""",
            ),
            (
                "Cheesetoastie",
                "Thu 12-Sep-24 20:09",
                """
YANBU. A Y4 teacher calling crying children attention seeking would have me in the office first thing.
""",
            ),
            (
                "mamtotwoboys",
                "Thu 12-Sep-24 20:30",
                """
Ha, we've got a Whitfield up here too, different one obviously. Go in, be calm, write it down first.
""",
            ),
        ],
        views="342 views",
    ),
)

add(
    "forum",
    forum(
        "TeesMums",
        "Local: Teesside and Darlington",
        "Reported a post on the Thornlaw FB group about Mrs Whitfield - anyone else?",
        [
            (
                "LaceyLou",
                "Sun 16-Jun-24 19:47",
                """
Not being funny, but someone on the Thornlaw community page has gone way too far about the head at Ormesgill Bank. Copying it here so people know what I'm talking about before it gets deleted:

"Whitfield is a fat useless cow who should of been sacked years ago. Nobody likes her, the staff hate her, she's a liar and a bully and everyone knows it. Do us all a favour and go away."

That's aimed at the head, Mrs Whitfield. I've reported it to the admins and to Facebook. You can disagree with the school without that.
""",
            ),
            (
                "Thornlaw_Tracy",
                "Sun 16-Jun-24 20:02",
                """
Saw it. Reported too. It's the same woman who was kicking off in the car park last week.
""",
            ),
            (
                "BoroBelle",
                "Sun 16-Jun-24 20:15",
                """
Absolutely disgusting. She's a person with a family.
""",
            ),
        ],
        views="512 views",
    ),
    E("school", "short_name", "neutral"),
    E("kwhitfield", "title_surname", "abuse"),
)

add(
    "forum",
    forum(
        "SENDsquad",
        "Tribunals and appeals",
        "WE WON! Tribunal named Ormesgill Bank Special School",
        [
            (
                "CornerFamily",
                "3 Oct 2024, 16:20",
                """
18 months, two phase transfers, a mediation and a day in a tribunal room in Newcastle and we WON. The judge ordered the LA to name Ormesgill Bank Special School in section I. Our daughter starts after half term.

Huge thanks to everyone on here who helped me with the working document and the bundle. And to the SENCo at the new school who came and gave evidence on her day off - Precious Eze, as was, she taught my eldest at Tollgate Primary years ago and remembered him straight away.
""",
            ),
            (
                "IPSEAfan",
                "3 Oct 2024, 16:41",
                """
Brilliant news!! Did the LA concede on the day or did it go to a decision?
""",
            ),
            (
                "CornerFamily",
                "3 Oct 2024, 17:02",
                """
Decision. Their witness admitted under questioning they'd never actually consulted the resource base. The judge was not impressed.
""",
            ),
        ],
        views="2,031 views",
    ),
    E("school", "alias", "neutral"),
    E("pokonkwo", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "TeesMums",
        "Local: Teesside and Darlington",
        "Rumour about a TA at Ormesgill messaging sixth formers?",
        [
            (
                "anon_namechange99",
                "Wed 06-Nov-24 22:48",
                """
Namechanged for this. Is anyone else hearing that a male TA at Ormesgill has been messaging sixth form girls on Snapchat late at night, and sending them stuff that's not appropriate? My niece's friend showed her some messages. I don't know what to do with this. Apparently he's been moved out of the classroom but nobody's been told anything.
""",
            ),
            (
                "SensibleSue",
                "Wed 06-Nov-24 22:55",
                """
If you genuinely think a child is at risk, don't post here - ring the police or the council's children's services front door tonight and give them what you know. Don't name anyone online.
""",
            ),
            (
                "anon_namechange99",
                "Wed 06-Nov-24 23:01",
                """
I haven't named him and I won't. I've rung the NSPCC line. Just wanted to know if other parents knew.
""",
            ),
            (
                "MNHQ",
                "Thu 07-Nov-24 08:15",
                """
We've had a few reports on this thread. We're going to leave the advice posts up but lock it now. If you have information about a child's safety, please contact the police.
""",
            ),
        ],
        views="Thread locked",
    ),
    E("school", "short_name", "sexual", True),
)

add(
    "forum",
    forum(
        "Teesside Talk",
        "Local issues",
        "Ormesgill Bank head won't answer emails - here's where she lives",
        [
            (
                "JusticeForOurKids",
                "Mon 17-Jun-24 01:12",
                """
Sick of being fobbed off. Karen Whitfield has ignored 14 emails from me. The school phone just rings out. So here's a thought: she lives at 14 Larkspur Close, Haverby, TS9 4QZ, the grey semi with the blue Kia. Maybe if a few of us parents turn up on her doorstep she'll finally answer.
""",
            ),
            (
                "Moderator",
                "Mon 17-Jun-24 07:30",
                """
Post edited - personal details removed. Posting someone's home address is against site rules and may be a criminal offence. The user has been suspended.
""",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("kwhitfield", "exact", "doxxing"),
)

add(
    "forum",
    forum(
        "Boro Talk",
        "Non-league and grassroots",
        "Teesbank Rovers - Connor Brennan to Hartlepool?",
        [
            (
                "SmogMonster",
                "20 Mar 2024",
                """
Heard Pools scouts were at Ormesgill Park again on Saturday. Brennan's got 24 this season. Be mad not to have a look.
""",
            ),
            (
                "ChrisKamaraMoustache",
                "20 Mar 2024",
                """
He's too slow for league two. Kitching is the better player tbh, reads everything.
""",
            ),
            (
                "SmogMonster",
                "20 Mar 2024",
                """
Slow? Brennan left that Guisborough full back for dead in the cup. Watch it back.
""",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        "TeesMums",
        "Am I being unreasonable?",
        "AIBU to think my DS's headteacher has lost the plot",
        [
            (
                "ThornlawMam",
                "Tue 28-May-24 13:02",
                """
DS is at Ormesgill. They've just announced a whole new "positive behaviour" system which means 40 pages of forms for parents, a new app, AND they're scrapping the home-school diaries my son uses to tell me about his day (he's non-verbal - the diary is literally the only way I know what he's done).

Mrs W says it's "in line with the Ofsted recommendations". I've asked three times for a meeting. Nothing. Whitfield's newsletters are all buzzwords and no answers.

AIBU to think this is a mess?
""",
            ),
            (
                "Teesside_Teacher",
                "Tue 28-May-24 13:20",
                """
YANBU about the diary, that's a reasonable adjustment for a non-verbal child and you can ask for it in his EHCP. Put it in writing to the SENCo.
""",
            ),
            (
                "LaceyLou",
                "Tue 28-May-24 14:01",
                """
Same. The Ofsted has sent them into a flap. The class staff are still lovely but the leadership is all over the place.
""",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("kwhitfield", "nickname", "negative"),
)

add(
    "forum",
    forum(
        "SENDsquad",
        "Daily life and school",
        "Communication book lost - for the FOURTH time",
        [
            (
                "Cleaveholme_Carol",
                "9 Oct 2024, 18:11",
                """
Oh good, OBS have lost my daughter's communication book again. Fourth time since September. Truly outstanding stuff. I'm sure Mr Brennan's fabulous new "systems" will sort it any day now, just like they sorted the lost medication form and the lost coat and the lost PE kit.

I'd laugh if I wasn't spending my evenings laminating new symbol cards. Again.
""",
            ),
            (
                "TeesValleyDad",
                "9 Oct 2024, 18:40",
                """
Sarcasm noted and deserved 😂 Ask them to photograph the pages at the end of every day and email them. That's what we did.
""",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("dbrennan", "title_surname", "negative"),
)

add(
    "forum",
    forum(
        "SENDsquad",
        "EHCPs: assessments, plans and reviews",
        "Our EHCP journey start to finish - long post, hope it helps someone",
        [
            (
                "NorthernNan_and_Mam",
                "14 Aug 2024, 20:33",
                """
I promised when we started this that I'd write it all up if we ever got to the end, so here it is. Grab a brew. This is about my grandson (I'm his kinship carer) who is now 8, has a diagnosis of autism and global developmental delay, and who as of September will be at Ormesgill Bank in Thornlaw. It took us two years and three months.

Part 1: the request. His mainstream infant school were kind but out of their depth. They said they'd "apply for an EHCP" for a whole year and never did. In the end I did the request myself, using the IPSEA template letter, and sent it recorded delivery to the council. Lesson one: you do not need the school's permission to ask for an assessment. A parent or carer can do it.

Part 2: the refusal to assess. Six weeks later, a letter saying they would not assess because "the school has not yet demonstrated a graduated response". I appealed to tribunal the same week. They conceded eleven days before the hearing. Lesson two: appeal straight away. The council loses most of these and they know it.

Part 3: the assessment. Educational psychologist (lovely, saw him for 40 minutes, wrote a good report). Speech and language (saw him for 20 minutes, wrote a generic report that could have been about any child in England). OT (never came - they "didn't have capacity" and sent a questionnaire). Paediatrician report came from his existing file. Lesson three: read every report carefully and write back with corrections. Be specific. "He needs regular speech therapy" is useless. "He needs direct speech and language therapy for 45 minutes weekly delivered by a qualified SALT, plus a programme delivered daily by trained staff" is what you want.

Part 4: the draft plan. It was dreadful. Section F was full of "access to" and "opportunities for" and "as appropriate". It named a mainstream school in section I that had never met him. We had 15 days to respond. I sat up till 2am for four nights with the SENDsquad working document open and rewrote every line. I asked for specialist provision and named my preference.

Part 5: consultation. The council sent his papers to three special schools. Two said no (full). One said they could meet need but had no places. The council then said, and I quote, "as there are no suitable specialist places, the mainstream placement remains appropriate". I laughed out loud in the kitchen.

Part 6: the final plan and the second appeal. Final plan came out naming the mainstream school. Appealed again, on sections B, F and I. Mediation certificate first (the mediator was actually very good, but the council officer had no authority to agree anything). Tribunal date set for eight months later.

Part 7: the bit where I nearly gave up. In the spring he was on a reduced timetable - two hours a day - because the mainstream school couldn't keep him safe. He was self-harming. I was on the phone to the council every day. My own health went. I won't go into it but if you are in that place, please talk to your GP, and please ring your local parent carer forum. They got me through.

Part 8: the turn. A place came up. The school did a proper consultation this time - they actually came out to see him at home, watched him play, read everything. Their SENCo went through the draft plan with me line by line and told me which bits they could deliver and which bits needed to be in writing from the council. Two weeks before the tribunal the council agreed to everything: new section F with proper SALT and OT, and the special school named.

What I'd say to anyone starting: keep a diary. Put everything in writing. Never accept a phone call as an answer. Appeal. Ask for help. And find the one professional who gets it, and hold onto them.

For us that was Mrs Okonkwo. I don't think we'd have got there without her. She answered my emails at 9pm. She told me the truth even when it wasn't what I wanted to hear. If you're reading this, thank you.
""",
            ),
            (
                "IPSEAfan",
                "14 Aug 2024, 21:02",
                """
This should be pinned. Thank you for taking the time, and I'm so glad he's got his place.
""",
            ),
        ],
        views="Pinned | 3,877 views",
    ),
    E("school", "short_name", "neutral"),
    E("pokonkwo", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "TeesMums",
        "Local: Teesside and Darlington",
        "Private speech and language therapist recommendations?",
        [
            (
                "Yarm_mum_of_1",
                "Sat 07-Sep-24 10:12",
                """
NHS waiting list for DD (3, speech delay) is 14 months. Can anyone recommend a private SALT in the Stockton/Yarm area who does weekends?
""",
            ),
            (
                "Marton_Mel",
                "Sat 07-Sep-24 10:40",
                """
Rhi Bell-Maddison does a few Saturday mornings from a clinic room in Norton. She's brilliant with little ones, does loads of play-based stuff. Books up fast though.
""",
            ),
            (
                "Yarm_mum_of_1",
                "Sat 07-Sep-24 11:05",
                """
Thank you, will look her up!
""",
            ),
        ],
    ),
    E("rbellmaddison", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "Teesside Talk",
        "Local issues",
        "Council tax going up AGAIN",
        [
            (
                "NormanbyNorm",
                "Fri 01-Mar-24 17:22",
                """
5% again this year. Bins every fortnight, roads like the surface of the moon, and we're paying a fortune so the council can ferry kids about in taxis.
""",
            ),
            (
                "realist_tees",
                "Fri 01-Mar-24 17:40",
                """
Half of it goes on that spacker school in Thornlaw. Ormesgill Bank. Minibuses, taxis, boarding, the lot. Bunch of mongs costing us millions and they'll never do a day's work. Put them in a home and be done with it.
""",
            ),
            (
                "Thornlaw_Tracy",
                "Fri 01-Mar-24 17:51",
                """
Reported. My nephew goes there and he works three days a week at the garden centre, you absolute disgrace of a man.
""",
            ),
            (
                "NormanbyNorm",
                "Fri 01-Mar-24 18:03",
                """
Not what I meant at all and you know it. Leave the kids out of it.
""",
            ),
        ],
    ),
    E("school", "short_name", "hate"),
)

add(
    "forum",
    forum(
        "SENDsquad",
        "Transport",
        "Escort shouted at my daughter - am I overreacting?",
        [
            (
                "Haverby_Hayley",
                "12 Feb 2024, 19:09",
                """
My daughter (10, Down syndrome, very sensitive to raised voices) got off the Ormesgill bus tonight sobbing. The other girl on the bus told her mam that Tez Naylor, the escort, shouted at her to "sit down and shut up" because she kept undoing her belt.

I know she's a nightmare with her belt and I know he's got a job to do. But shouting isn't ok with her. It sets her back weeks. Am I overreacting if I complain?
""",
            ),
            (
                "SENDiassVolunteer",
                "12 Feb 2024, 19:30",
                """
Not overreacting. Ask for a meeting, ask whether there's a transport plan for her that covers the belt issue (a harness or buckle guard might help), and ask that staff are briefed on her communication needs.
""",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("tnaylor", "alias", "negative"),
)

add(
    "forum",
    forum(
        "Teesside Talk",
        "Crime and courts",
        "Stainby Lane care worker case - adjourned again",
        [
            (
                "EstonEddie",
                "Thu 10-Oct-24 12:40",
                """
Case against that Pattinson from the residential at Stainby Lane has been put back to January. Lad I know's boy is one of the kids who stays there.
""",
            ),
            (
                "angrydad_ts6",
                "Thu 10-Oct-24 13:05",
                """
If he walks out of that court I'll be waiting for him at the bottom of the steps. He won't walk far. Mark my words.
""",
            ),
            (
                "EstonEddie",
                "Thu 10-Oct-24 13:12",
                """
Calm down mate, he's not been found guilty of anything yet. Let the court do its job.
""",
            ),
        ],
    ),
    E("gpattinson", "surname_only", "threat"),
)

add(
    "forum",
    forum(
        "Teesside Talk",
        "Local issues",
        "Where's the money going at Ormesgill Bank?",
        [
            (
                "Fundwatcher",
                "Wed 20-Nov-24 09:15",
                """
Funny how the school that can't afford a new minibus has a business manager driving round in a brand new Evoque. Sutcliffe has been fiddling the school budget for years - fake invoices to her brother-in-law's "cleaning company" in Haverby. Check Companies House.
""",
            ),
            (
                "PennyPincher",
                "Wed 20-Nov-24 09:50",
                """
Have you got any actual evidence of that? Because that's a serious thing to say about someone.
""",
            ),
            (
                "Fundwatcher",
                "Wed 20-Nov-24 10:02",
                """
Everybody knows. Ask anyone in the office.
""",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("msutcliffe", "surname_only", "defamation"),
)

add(
    "forum",
    forum(
        "The Lads Lounge",
        "General chat",
        "Teachers you fancied (or fancy now lol)",
        [
            (
                "gazza_tees",
                "5 May 2024",
                """
Not a teacher but my little brother's speech therapist at Ormesgill, Rhiannon. Went to his parents' evening with me mam and couldn't concentrate on a word. Would absolutely ruin her. Legs for days.
""",
            ),
            (
                "Deano88",
                "5 May 2024",
                """
Mate you went to your brother's parents evening to perv on his SALT 😂 new low
""",
            ),
            (
                "gazza_tees",
                "5 May 2024",
                """
She can assess my oral motor skills any day 😂😂
""",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("rbellmaddison", "nickname", "sexual"),
)

# --- Reviews ----------------------------------------------------------------------------------

add(
    "review",
    reviews(
        "Ormesgill Bank School",
        "Brackenhoe Road, Thornlaw, Middlesbrough - Special education school - 01632 960412",
        "4.1 (63)",
        [
            (
                "Gemma Tate",
                "5",
                "2 months ago",
                "Fantastic school. My son started in nursery not able to sit for 30 seconds and now he's reading his name and using his talker to boss us all about. Special mention to Miss Kitching in early years who is an angel in human form.",
            ),
            (
                "Steve Rudd",
                "5",
                "4 months ago",
                "Bloody brilliant teachers. Can't fault them. My lad's had a rough few years and they never gave up on him.",
            ),
            (
                "Nicola Boyes",
                "1",
                "5 months ago",
                "Deputy head D. Brennan refused to meet us for six weeks about our son's restraint incidents, then turned up to the meeting 20 minutes late and spent it looking at his watch. Arrogant and dismissive. Classroom staff are lovely, management are not.",
            ),
            (
                "Tina M",
                "1",
                "6 months ago",
                "Wh1tf1eld is a disgrace and a liar. Sat there smirking at us while my daughter was excluded. Nasty piece of work, shouldn't be in charge of a tuck shop never mind a school.",
            ),
            (
                "Ray Hodgson",
                "4",
                "a year ago",
                "Good school, some communication issues with the office but the care is second to none.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("skitching", "title_surname", "neutral"),
    E("dbrennan", "initial_surname", "negative"),
    E("kwhitfield", "leetspeak", "abuse"),
)

add(
    "review",
    reviews(
        "Stainby Lane Residential (Ormesgill Bank School)",
        "Stainby Lane, Haverby - Residential special school",
        "3.8 (12)",
        [
            (
                "Julie Appleby",
                "5",
                "3 weeks ago",
                "My son has stayed here Monday to Thursday for three years. He's learnt to cook, to do his own washing, and he has proper friends for the first time. It's given our whole family a life back.",
            ),
            (
                "D Lumb",
                "2",
                "2 months ago",
                "Lovely building, kids seem happy, but Pattinson's night team never pick up the phone after 8pm and we've had medication mix-ups twice. When you're trusting people with your child overnight that's not good enough.",
            ),
            (
                "Ian Marley",
                "5",
                "5 months ago",
                "Top staff. Our daughter cries when it's Friday because she has to come home!",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("gpattinson", "possessive", "negative"),
)

add(
    "review",
    reviews(
        "Ormesgill Bank Care Home",
        "Ormesgill Road, Normanby - Nursing home",
        "4.6 (48)",
        [
            (
                "Pauline Whitfield",
                "5",
                "a month ago",
                "Mam has been at Ormesgill Bank for two years and the staff treat her like their own. Nothing is too much trouble. Thank you to everyone on the Rosewood unit.",
            ),
            (
                "Mark Brennan",
                "4",
                "3 months ago",
                "Very caring staff, clean and bright. Car park is a nightmare at visiting times.",
            ),
            (
                "Sandra Naylor",
                "5",
                "6 months ago",
                "Dad's last months here were peaceful and dignified. We can't thank the nurses enough.",
            ),
        ],
    ),
)

add(
    "review",
    reviews(
        "Ormesgill Working Men's Club",
        "Ormesgill Lane, Thornlaw - Social club",
        "4.2 (211)",
        [
            (
                "Kev Pattinson",
                "5",
                "a week ago",
                "Cheapest pint in Teesside and the best Sunday bingo. Dobbo on the microphone is a legend.",
            ),
            (
                "Lynn",
                "3",
                "2 months ago",
                "Good turn on Saturday but the toilets need doing.",
            ),
            (
                "A Kitching",
                "5",
                "4 months ago",
                "Had my dad's wake here, the committee couldn't have done more. Proper old-school club.",
            ),
        ],
    ),
)

add(
    "review",
    reviews(
        "Ormesgill Bank School",
        "Brackenhoe Road, Thornlaw, Middlesbrough - Special education school",
        "4.1 (63)",
        [
            (
                "Leanne Boyes",
                "5",
                "3 days ago",
                "Honestly can't praise the family liaison worker enough. Lisa Dobson has been our lifeline through my husband's illness. She even gave me her own mobile so I could text her at weekends - 07700 900361 - if you're a parent and you're struggling, just text Lisa, she won't mind.",
            ),
            (
                "K Rudd",
                "5",
                "2 weeks ago",
                "Our daughter loves it here. The sixth form work placements are brilliant.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("ldobson", "exact", "doxxing"),
)

add(
    "review",
    reviews(
        "Ormesgill Bank School",
        "Brackenhoe Road, Thornlaw, Middlesbrough - Special education school",
        "4.0 (66)",
        [
            (
                "J. Marsh",
                "1",
                "1 day ago",
                "That African woman Okonkwo in charge of SEN should go back to the jungle she came from, she doesn't understand our kids or our ways.",
            ),
            (
                "Ormesgill Bank School (owner)",
                "",
                "1 day ago",
                "Response from the owner: This review has been reported. Racist comments about our staff will not be tolerated.",
            ),
            (
                "Dawn H",
                "5",
                "1 day ago",
                "Leaving 5 stars to balance out the disgusting review above. Mrs Okonkwo fought for my son when nobody else would.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("pokonkwo", "title_surname", "hate"),
)

add(
    "review",
    reviews(
        "Ormesgill Bank School",
        "Employee reviews - Education - Middlesbrough, North Yorkshire",
        "3.2 (19)",
        [
            (
                "Teaching Assistant (Former Employee)",
                "2",
                "May 2024",
                "Pros: the children, the class teams, the laughs. Cons: senior leadership changes the paperwork every half term; Declan B seems to think more forms = safer kids. Pay is poor for the level of personal care and physical risk. Lots of good TAs leaving for supermarkets.",
            ),
            (
                "Teacher (Current Employee)",
                "4",
                "March 2024",
                "Pros: supportive team, great training, children are wonderful. Cons: workload around the Ofsted was brutal. Advice to management: listen to the people on the floor.",
            ),
            (
                "Residential Support Worker (Former Employee)",
                "1",
                "January 2024",
                "Short staffed every single night. Agency staff who don't know the young people. Raised it repeatedly, nothing changed.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("dbrennan", "first_initial", "negative"),
)

add(
    "review",
    reviews(
        "Cleaveholme Community Café",
        "Cleaveholme Centre, Cleaveholme - Café",
        "4.8 (102)",
        [
            (
                "Margaret Tweddle",
                "5",
                "2 weeks ago",
                "Lovely little café, the scones are the best in Middlesbrough. On Wednesdays it's run by the sixth form from Ormesgill Bank and they were so polite and proud of themselves. The young lad who took our order used a tablet to talk and told us the soup was 'mint' - it was.",
            ),
            (
                "Phil Oyston",
                "5",
                "a month ago",
                "Great cause, great bacon buns. Jamal who supervises the Ormesgill students on Wednesdays is a top bloke, clearly loves the job.",
            ),
            (
                "R. Sayers",
                "4",
                "2 months ago",
                "Good value. Bit slow on a Wednesday but that's fine, it's training.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("jhussain", "nickname", "neutral"),
)

add(
    "review",
    reviews(
        "Lisa Dobson School of Motoring",
        "Norton, Stockton-on-Tees - Driving school",
        "5.0 (87)",
        [
            (
                "Callum R",
                "5",
                "a week ago",
                "Passed first time with 2 minors! Lisa Dobson is so calm, never made me feel stupid even when I stalled on the Portrack roundabout six times.",
            ),
            (
                "Ellie Naylor",
                "5",
                "a month ago",
                "Best instructor in Stockton. Lisa's patient, funny and knows every test route.",
            ),
        ],
    ),
)

add(
    "review",
    reviews(
        "Bell-Maddison Speech & Language",
        "Clinic room, Norton Medical Centre - Speech therapist",
        "5.0 (14)",
        [
            (
                "Sarah P",
                "5",
                "a month ago",
                "Mrs Bell-Maddison has done more for our son's speech in six sessions than two years on the NHS list. Play-based, warm, and she gives you loads to do at home.",
            ),
            (
                "Anon",
                "5",
                "4 months ago",
                "Really helpful assessment and report for our EHCP. Clear and detailed.",
            ),
        ],
    ),
    E("rbellmaddison", "title_surname", "neutral"),
)

# --- Facebook groups ---------------------------------------------------------------------------

add(
    "facebook",
    facebook(
        "Cleaveholme Community Noticeboard",
        "Daz Holmes",
        "Yesterday at 16:42",
        """
Right. Our kid come off the Ormesgill bus AGAIN with a mark on his arm. That's twice. The escort Naylor grabbed him to "put his belt on". If that old man puts his hands on my lad one more time I swear down I'll knock him out. I know where he lives an all, flats at the top of Cleaveholme Parade. Don't think I won't.
""",
        [
            ("Kelly Marie", "Daz man calm down, ring the school first thing."),
            ("Daz Holmes", "Rang them. They said they'll 'look into it'. I'll look into it."),
            (
                "Paul Reed",
                "You can't be posting stuff like that mate, delete it before it gets you in bother.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("tnaylor", "surname_only", "threat"),
)

add(
    "facebook",
    facebook(
        "Thornlaw Community Noticeboard",
        "Brian Lowes",
        "3 March at 08:20",
        """
Every single morning. Every morning. Six of them Ormesgill Bank window licker buses parked across Brackenhoe Road with their engines running so nobody can get out of their own drives. I pay my council tax same as everyone else. Can the school not build a car park for their spazzes instead of blocking real people in.
""",
        [
            (
                "Jo Sayers",
                "Brian you want to have a word with yourself. My daughter is on one of them buses. Reported.",
            ),
            (
                "Michelle Tate",
                "The buses park for five minutes. Disgusting language, admins please remove.",
            ),
            (
                "Admin - Thornlaw Community Noticeboard",
                "Post has been turned off for comments. Brian, this breaches group rules, consider this your warning.",
            ),
        ],
    ),
    E("school", "short_name", "hate"),
)

add(
    "facebook",
    facebook(
        "Haverby Village Chat",
        "Stephen Rudd",
        "12 October at 21:05",
        """
Does nobody else think it's wrong that the bloke running the boarding unit for the Ormesgill Bank lads on Stainby Lane is a raging bender? Pattinson. Everyone knows. Him and his "partner" walking round the village holding hands. Shouldn't be allowed round teenage lads at night, simple as.
""",
        [
            (
                "Amanda Marsh",
                "What on earth has who he loves got to do with anything. This is homophobic and vile.",
            ),
            ("Stephen Rudd", "Just saying what everyone's thinking."),
            ("Lee Corner", "No you're not. Reported to admins."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("gpattinson", "surname_only", "hate"),
)

add(
    "facebook",
    facebook(
        "Teesside SEND Parents Support",
        "Anonymous member",
        "2 February at 19:33",
        """
Anonymous post. My daughter's just started at Ormesgill and she's come home saying a man called Hussain helps her on the bus. Why has the council put a p*ki on a bus full of vulnerable girls? I'm not racist but you hear things about them lot and I want him off her bus.
""",
        [
            (
                "Admin - Teesside SEND Parents Support",
                "This post is racist and it has been reported. Mr Hussain is a much-loved member of staff. Anonymous posting is now switched off.",
            ),
            (
                "Claire Boyes",
                "Jamal has looked after my son for four years. Shame on whoever wrote this.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("jhussain", "title_surname", "hate"),
)

add(
    "facebook",
    facebook(
        "You Know You're From Thornlaw When...",
        "Gavin Marsh",
        "9 April at 23:14",
        """
Okonkow the SENCo at OBS wants sending back to Africa. Jumped up monkey in a cardigan telling ME what my own son needs. Never seen a brown face round here till the last ten years and look at the state of the place.
""",
        [
            ("Nicola Boyes", "You're a disgrace Gavin. She got my lad his EHCP."),
            ("Sharon L", "Screenshotted and sent to the police. Hate crime."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("pokonkwo", "typo", "hate"),
)

add(
    "facebook",
    facebook(
        "Friends of Ormesgill Bank (PTA)",
        "Friends of Ormesgill Bank",
        "8 December at 18:00",
        """
WHAT A NIGHT! 🎄✨ Our Christmas Fayre raised £3,412.76 for the new minibus fund! Thank you to every single person who came, baked, donated a tombola prize or stood in the cold on the car park.

Special thanks to:
⭐ Tez and the transport team for running the park-and-ride from the Cleaveholme Centre
⭐ Aga and the Class 3 team for the amazing reindeer food stall (sold out in 40 mins!)
⭐ Shannon K for face painting over 90 children and at least four dads
⭐ Our sixth formers for running the café like absolute pros
⭐ Everyone at Ormesgill WMC for the raffle prizes

Next stop: the Easter Bingo! 🐣
""",
        [
            ("Julie Appleby", "Brilliant night, well done everyone 💙"),
            (
                "Gemma Tate",
                "My daughter still has her butterfly face on three days later 😂 thank you Shannon!",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("tnaylor", "nickname", "neutral"),
    E("aszczepanska", "nickname", "neutral"),
    E("skitching", "first_initial", "neutral"),
)

add(
    "facebook",
    facebook(
        "Teesside SEND Parents Support",
        "Craig Holmes",
        "21 June at 22:58",
        """
The FLO at Ormesgill, Lisa Crossley as was, has been "too busy" to ring me back for a month. So here's her personal mobile for anyone else she's ignoring 07700 900 418 and she lives on Beckett Road in Haverby, number 31, the one with the caravan. Go and ask her yourselves.
""",
        [
            (
                "Admin - Teesside SEND Parents Support",
                "Removed personal details. Craig you are now removed from the group.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("ldobson", "alias", "doxxing"),
)

add(
    "facebook",
    facebook(
        "Teesside SEND Parents Support",
        "Admin - Teesside SEND Parents Support",
        "19 June at 10:15",
        """
A reminder to everyone after last night. Whatever you think of a decision a school has made, threatening Mr Brennan or any other member of staff at Ormesgill Bank is never OK. Those posts have been removed and passed on. This group exists to support each other, not to go after people. If you have a complaint, we'll help you write it. Thank you to the many members who reported it.
""",
        [
            ("Lee Corner", "Well said."),
            ("Hayley Corner", "100%. You can be furious and still be decent."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dbrennan", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Friends of Ormesgill Bank (PTA)",
        "Donna Teasdale",
        "30 September at 07:12",
        """
Oh brilliant, another INSET day at Ormesgill Bank on a Friday with 9 days notice. Love that for us working parents. Cheers Karen, really appreciate it x
""",
        [
            ("Sam Wood", "Haha same boat, I've had to swap three shifts"),
            (
                "Friends of Ormesgill Bank",
                "Hi Donna, this one was set by the trust in July, it's on the calendar on the website. Sorry for the hassle!",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("kwhitfield", "nickname", "negative"),
)

add(
    "facebook",
    facebook(
        "Thornlaw Community Noticeboard",
        "Friends of Ormesgill Park",
        "Tuesday at 11:03",
        """
LITTER PICK this Saturday 10am, meet at the bandstand in Ormesgill Park. Gloves, bags and grabbers provided. Kids welcome with an adult. Last month we filled 31 bags and found a shopping trolley in the pond (again). Tea and biscuits after courtesy of the Ormesgill WMC ladies' committee. 🌳
""",
        [
            ("Jean Naylor", "I'll be there with the grandbairns"),
            (
                "Dean Whitfield",
                "Can someone fish out the trolley from the duck pond while you're at it 😂",
            ),
        ],
    ),
)

add(
    "facebook",
    facebook(
        "Haverby Village Chat",
        "Tees Valley Buses (Official)",
        "15 August at 14:00",
        """
SERVICE CHANGE: From Sunday 1 September, route 64 will terminate at Ormesgill Bank (turning circle) instead of Haverby Green. Passengers for Haverby village should use the 64A. The Ormesgill Bank stop will have a new shelter and real-time display. Full timetables on our website.
""",
        [
            ("Ann Kitching", "So how do I get to the doctors now? Ridiculous."),
            (
                "Tees Valley Buses (Official)",
                "Hi Ann, the 64A stops right outside the surgery every 30 mins.",
            ),
        ],
    ),
)

add(
    "facebook",
    facebook(
        "Haverby Village Chat",
        "Sue Rudd",
        "Today at 15:47",
        """
FOUND near the Co-op on Haverby Green: little navy coat, age 7-8, with an OBS name label inside - first name only. Probably dropped off one of the school buses. Handed in to the Co-op staff, or message me.
""",
        [
            ("Lorraine Appleby", "Shared to the Ormesgill parents' page x"),
            ("Sue Rudd", "Mum's been in touch, reunited! 🥰"),
        ],
    ),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        "Middlesbrough Banter & Chat",
        "Jordan Lumb",
        "14 July at 00:41",
        """
Shannon from the nursery at Ormesgill Bank is an absolute MILF 🥵🥵 dropped me nephew off and nearly walked into the gate. Would let her do a lot more than change my nappy 😂😂
""",
        [
            ("Ryan T", "😂😂 you're not right you"),
            (
                "Shannon's cousin Kayleigh",
                "She's got a fella and he's 6ft 4. Delete this you weirdo.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("skitching", "nickname", "sexual"),
)

add(
    "facebook",
    facebook(
        "Justice for Stainby Lane Kids",
        "Page admin",
        "3 November at 20:20",
        """
We have been told by TWO families now that Gary Pattinson was going into the lads' rooms at night at the Ormesgill Bank School residential and touching them when they were asleep. This is why he was suspended and the school has covered it up. Share share share until someone listens. Our kids can't speak for themselves.
""",
        [
            ("Lisa M", "Sickening. Shared."),
            (
                "Colin Pounder",
                "Has this been reported to the police? If it's true it needs to go to them not Facebook.",
            ),
        ],
    ),
    E("school", "exact", "sexual", True),
    E("gpattinson", "exact", "sexual", True),
)

add(
    "facebook",
    facebook(
        "Teesside SEND Parents Support",
        "Stacey Lumb",
        "11 March at 18:12",
        """
Update on my son. Mrs O has "finished" his annual review paperwork - and half of it is made up. It says I attended a meeting I was never invited to, it says he's "making good progress" when he's been excluded twice. She falsified the review so the council could cut his funding, and she lied at mediation. I've got the emails to prove it. That woman should be struck off.
""",
        [
            ("Nicola Boyes", "Put it in writing to the governors Stacey x"),
            (
                "Stacey Lumb",
                "Already have. Going to the council too. Ormesgill won't know what's hit them.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("pokonkwo", "nickname", "defamation"),
)

add(
    "facebook",
    facebook(
        "Thornlaw Community Noticeboard",
        "Kerry Anne Marley",
        "6 May at 13:30",
        """
That Dobson from Ormesgill, the "family liaison" one, is a useless fat slag. Sat there with her clipboard judging me in my own house. Who does she think she is. Do your job or do one love.
""",
        [
            ("Donna Teasdale", "Lisa's helped loads of families Kerry, this is out of order"),
            ("Kerry Anne Marley", "Well she's not helped mine has she"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("ldobson", "surname_only", "abuse"),
)

add(
    "facebook",
    facebook(
        "Save Our SEND Transport - Teesmouth",
        "Donna Teasdale",
        "9 July at 19:00",
        """
📢 PROTEST THIS WEDNESDAY 📢 Corporation Road, 4pm, outside the council offices. Bring banners, bring the kids if they'll cope, bring your neighbours.

Our sixth formers at Ormesgill Bank, Whinfell and Redcar Beacon deserve to get to school safely. Travel training is NOT a replacement for a trained escort. My Kai can't cross a road.

Thank you to Michelle at the school office for printing 200 flyers for us for nowt ❤️ Cabinet meets on the 16th. Let's fill that public gallery.
""",
        [
            ("Jean Mather (Cllr)", "I'll be there Donna and I'll be speaking at cabinet."),
            ("Haverby Hayley", "Me and our kid will be there with the pram banner 💪"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("msutcliffe", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Cleaveholme Community Noticeboard",
        "Trevor Kitching",
        "22 January at 09:10",
        """
Can whoever keeps parking on the grass verge by the bus stop on Marley Road please stop. It's churned to mud and my mam nearly went over on it with her frame. There's plenty of room in the Co-op car park.
""",
        [
            ("Ann Dobson", "It's the delivery vans mainly Trev"),
            ("Trevor Kitching", "Well whoever it is"),
        ],
    ),
)

add(
    "facebook",
    facebook(
        "Friends of Ormesgill Bank (PTA)",
        "Julie Appleby",
        "10 September at 20:30",
        """
Just want to give a shout out to Miss Bell who does the speech therapy with the little ones. My daughter said "mam" for the first time today at 6 years old. I've waited six years for that word. I'm in bits. Whatever you're doing at Ormesgill, keep doing it. 😭💙
""",
        [
            (
                "Friends of Ormesgill Bank",
                "Julie we've shown Miss Bell and she's in tears. She says your girl has worked so hard. 💙",
            ),
            ("Gemma Tate", "Crying reading this! Amazing x"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("rbellmaddison", "hyphenated", "neutral"),
)

add(
    "facebook",
    facebook(
        "Haverby Village Chat",
        "Colin Pounder",
        "28 February at 17:45",
        """
Just heard Gary Pattinson the darts player from Grangetown is in hospital after a fall. Him and his missus used to run the Ormesgill WMC bar years ago. Get well soon Gaz, the Tuesday league isn't the same without you.
""",
        [
            ("Mick Dobson", "Get well soon big man 🎯"),
            ("Sandra Naylor", "Sending love to Gary and Bev x"),
        ],
    ),
)

add(
    "facebook",
    facebook(
        "Eston & Normanby Residents",
        "Name withheld",
        "5 November at 19:02",
        """
People have a right to know who is living near their kids. Gary Pattinson, the one suspended from the Stainby Lane boarding unit, lives at 7 Mallard Way, Eston, TS6 9QX. Red door, silver Astra on the drive. Parents round here deserve to know. Share.
""",
        [
            (
                "Bev Lowes",
                "He hasn't been convicted of anything. Posting his address could get someone hurt.",
            ),
            ("Name withheld", "Should of thought of that before."),
        ],
    ),
    E("gpattinson", "exact", "doxxing"),
)

add(
    "facebook",
    facebook(
        "Teesside SEND Parents Support",
        "Kerry Anne Marley",
        "18 June at 23:41",
        """
Don't bother ringing Ormesgill Bank reception, they just fob you off. Declan Brennan's personal mobile is 07700 900 528 - ring him direct, at teatime, when he's sat with his own kids, and see how he likes being ignored.
""",
        [
            (
                "Admin - Teesside SEND Parents Support",
                "Personal number removed. Please don't share staff contact details.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("dbrennan", "exact", "doxxing"),
)

add(
    "facebook",
    facebook(
        "Middlesbrough Banter & Chat",
        "Ste Hodgson",
        "2 August at 02:15",
        """
Someone wants to burn Ormesgill Bank to the ground with the lot of them inside. Waste of money the whole place. Bet it'd go up lovely with all them beanbags.
""",
        [
            ("Jade Lumb", "What is WRONG with you, there's kids in there"),
            ("Ste Hodgson", "Not in August there's not 😂"),
            ("Mark Oyston", "Screenshotted for the police. Idiot."),
        ],
    ),
    E("school", "short_name", "threat"),
)

add(
    "facebook",
    facebook(
        "Teesside SEND Parents Support",
        "Stacey Lumb",
        "10 March at 21:30",
        """
I'll say it publicly because I've got nothing left to lose. Karen Whitfeild, head at Ormesgill, covered up my son's bruises. She knew he'd been held face down and she told the council and Ofsted it never happened. She's lying to protect her staff and she's been doing it for years. There, sue me.
""",
        [
            ("Claire Boyes", "Stacey please be careful hun x"),
            ("Stacey Lumb", "I've got the photos. Let her sue."),
        ],
    ),
    E("school", "short_name", "defamation"),
    E("kwhitfield", "typo", "defamation"),
)

add(
    "facebook",
    facebook(
        "Thornlaw Community Noticeboard",
        "Gaynor Sayers",
        "14 November at 12:20",
        """
Sorry but the business manager at Ormesgill, S*tcl*ffe, is a jumped up t**t. Rang about my son's dinner money and got spoken to like something on her shoe. Wouldn't know customer service if it slapped her. Rude, nasty and full of herself.
""",
        [
            ("Paula Tate", "She was fine with me tbf"),
            ("Gaynor Sayers", "Lucky you"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("msutcliffe", "obfuscated", "abuse"),
)

add(
    "facebook",
    facebook(
        "Polish Community Teesside / Polonia Teesside",
        "Marta Kowalczyk",
        "22 May at 18:05",
        """
Chciałam bardzo podziękować Pani Agnieszce Szczepańskiej - our son's TA at the special school - for translating his communication book into Polish so his babcia can use it too. Dziękujemy! Babcia cried. 🇵🇱❤️🇬🇧
""",
        [
            ("Ewa N", "Pani Agnieszka Szczepańska jest cudowna! She helped my daughter too."),
            ("Marta Kowalczyk", "Tak! Najlepsza."),
        ],
    ),
    E("aszczepanska", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        "Haverby Village Chat",
        "Paula Tate",
        "1 July at 07:55",
        """
Terry the bus escort at OBS keeps making the little girls sit on his knee at the front of the bus "to calm them down". My daughter told me he tickles her and says it's their secret. She's seven and she can barely talk. I'm sick to my stomach. Has anyone else's child said anything?
""",
        [
            (
                "Sue Rudd",
                "Paula ring the police and children's services now, not Facebook. Please.",
            ),
            ("Paula Tate", "I have. Just want to know if it's just her."),
        ],
    ),
    E("school", "alias", "sexual", True),
    E("tnaylor", "nickname", "sexual", True),
)

add(
    "facebook",
    facebook(
        "Cleaveholme Community Noticeboard",
        "Leanne Boyes",
        "Yesterday at 14:01",
        """
Big thank you to Lisa D from Ormesgill for sorting us a foodbank referral and a new cooker through the local welfare fund. Didn't even have to ask, she just noticed. Some people are worth their weight in gold. 💛
""",
        [
            ("Gemma Tate", "She's amazing x"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("ldobson", "first_initial", "neutral"),
)

add(
    "facebook",
    facebook(
        "Haverby Village Chat",
        "Cllr Dean Whitfield",
        "20 January at 10:00",
        """
Ward surgery this Saturday, 10am-12 noon, Haverby Village Hall. Come and talk to me about potholes, the bus changes, the Stainby Lane planning application or anything else. No appointment needed. Tea's on me.
""",
        [
            ("Ann Kitching", "Will you be talking about the 64 bus Dean? It's a nightmare."),
            ("Cllr Dean Whitfield", "Yes Ann, I've raised it with Tees Valley Buses again."),
        ],
    ),
)

add(
    "facebook",
    facebook(
        "Darlington Memories",
        "Alan Whitfield",
        "8 January at 15:12",
        """
Mam's funeral is at Darlington Crematorium on the 19th at 1.40pm. Karen Whitfield (née Tweddle), 88, formerly of Cockerton, dinner lady at Corporation Road School for 30 years. If you remember her, please come. Everyone welcome back at the Cricket Club after.
""",
        [
            (
                "Margaret Hodgson",
                "She served me chips every Friday in 1972! Lovely lady. Thinking of you all.",
            ),
        ],
    ),
)

add(
    "facebook",
    facebook(
        "Teesside SEND Parents Support",
        "Hayley Corner",
        "4 December at 21:47",
        """
Long one, sorry. Year in review for our family because I need to get it out of my head.

January: Amy on a reduced timetable, two hours a day, me on the phone to the council every morning begging for a tutor. February: tutor finally arrives, lasts three weeks. March: Amy starts biting herself again. April: CAMHS appointment cancelled twice. May: our appeal is registered. June: mediation, useless. July: I have a breakdown in the car park at Tesco. August: nothing, because the council shuts for August apparently. September: TRIBUNAL. We win. October: she starts at Ormesgill Bank.

And then November happened, and it was the first month in three years where I didn't cry once. She gets on the bus in the morning. She comes home with glitter in her hair and a photo of her on the trampoline. She's started saying "bye bye" to the dog.

I don't know what the rest of this year brings but I wanted to say thank you to this group, to the tribunal judge, and to every single person at that school. Especially Gary on the night team at the residential who sat with her dad for two hours at parents' evening explaining how the boarding trial would work. We're not ready yet but one day.

If you're at the start of this, it does get better. I promise.
""",
        [
            ("Lee Corner", "Proud of you ❤️"),
            ("Donna Teasdale", "So happy for you all x"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("gpattinson", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Friends of Ormesgill Bank (PTA)",
        "Ormesgill Bank School",
        "3 June at 16:00",
        """
☀️ Sports Day is back! ☀️ Tuesday 18 June on the field at Brackenhoe Road. Primary in the morning, secondary and sixth form in the afternoon. Parents and carers very welcome - bring a chair, sun cream and your loudest cheer. Ice lollies courtesy of Mr Naylor and the transport team, who have somehow persuaded the Cleaveholme Co-op to donate 300 of them.

As always, please let class teams know if your child needs a quiet space - the sensory tent will be up all day.
""",
        [
            ("Ian Marley", "Can't wait! Is there a dads' race this year?"),
            (
                "Ormesgill Bank School",
                "Ian, after last year's hamstring incident we've been advised not 😂",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("tnaylor", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Teesside SEND Parents Support",
        "Nicola Boyes",
        "15 May at 20:11",
        """
Has anyone else had trouble with the new annual review "template" at OBS? It's now 22 pages and parents are expected to fill in 9 of them before the meeting. I'm dyslexic and I genuinely can't do it. When I asked for help I was told to "use the guidance notes". Not impressed, and I know I'm not the only one.
""",
        [
            (
                "Hayley Corner",
                "Ask for it as a reasonable adjustment - they have to make one for you under the Equality Act.",
            ),
            ("Nicola Boyes", "Thank you, didn't know that."),
        ],
    ),
    E("school", "alias", "negative"),
)

# --- TikTok / Instagram / X --------------------------------------------------------------------

add(
    "social",
    social(
        "TikTok",
        "@kayleigh.x.tees",
        "POV: ur little bro's TA is the GOAT 😭😭 he said his first sentence at 5 and it was 'miss kitching look' 🥹 #OrmesgillBank #autismawareness #proudsister #teesside",
        [
            ("jade_lumb", "omg this made me cry 😭"),
            ("boro_bex", "miss kitching had my cousin too she's an angel fr"),
            ("kayleigh.x.tees", "@boro_bex she's unreal ❤️"),
        ],
        stats="42.1K likes · 611 comments",
    ),
    E("school", "hashtag", "neutral"),
    E("skitching", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@lumby_07",
        "my brother came home w bruises on his arms AGAIN. 3rd time this term. he cant talk so he cant tell us what happened. ormesgill bank u need to answer us 😡😡 #sendparents #justice",
        [
            ("mam_of_4_tees", "this is disgusting hope u get answers"),
            ("tyler.x", "sack b r e n n a n he's a clown who shouldn't be near kids"),
            ("lumby_07", "@tyler.x literally"),
            ("ash_h", "report it to the police not tiktok"),
        ],
        stats="18.7K likes · 902 comments",
    ),
    E("school", "short_name", "negative"),
    E("dbrennan", "spacing", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "@connorr.06",
        "walking past the special school on the way to college every morning be like 💀 #middlesbrough #fyp",
        [
            ("dyl.x", "0rmesg1ll B4nk = r3tard central lol 💀💀"),
            ("megz_", "this isn't funny my cousin goes there"),
            ("dyl.x", "@megz_ cry about it"),
            ("connorr.06", "wasn't meant like that tbf"),
        ],
        stats="3,210 likes · 188 comments",
    ),
    E("school", "leetspeak", "hate"),
)

add(
    "social",
    social(
        "TikTok",
        "@big_t.boro",
        "some ppl need to learn to keep their hands off other ppls kids 🤬",
        [
            (
                "big_t.boro",
                "H U S S A I N better watch himself at the bus stop on brackenhoe rd monday, bringing the lads 🔪🔪",
            ),
            ("nat_x", "who's that"),
            ("big_t.boro", "@nat_x him off the special school buses"),
        ],
        stats="412 likes · 37 comments",
    ),
    E("jhussain", "spacing", "threat"),
)

add(
    "social",
    social(
        "Instagram",
        "@sophiewood.x",
        "prom night for our kid's class at ormesgill 🥹✨ she's been asking for a sparkly dress for 3 years and she finally got to wear it. thank u @jamal.hussain93 for dancing with her all night, she will literally never forget it 💃🪩",
        [
            ("jamal.hussain93", "She was the best dancer there by a mile ❤️"),
            ("gemma.tate", "stunning!! 😍"),
        ],
        stats="1,204 likes",
    ),
    E("school", "short_name", "neutral"),
    E("jhussain", "handle", "neutral"),
)

add(
    "social",
    social(
        "X (formerly Twitter)",
        "@StaceyLumb_",
        "@karen_whitfield_head 6 weeks and still no copy of my son's restraint records. You are legally required to provide them. Stop hiding. #OrmesgillBank #SEND",
        [
            (
                "@TeesSENDmums",
                "Keep going Stacey. Subject access request, 1 month deadline, ICO if they miss it.",
            ),
        ],
        stats="88 reposts · 214 likes",
    ),
    E("school", "hashtag", "negative"),
    E("kwhitfield", "handle", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@lexi.jade",
        "not my little sister's sixth form teacher being a DILF 😳🫣 mr brennan from ormesgill u can get it",
        [
            ("ellie__", "LEXI 😭😭😭"),
            ("lexi.jade", "what im only saying what everyone's thinking 💅"),
            ("tj_x", "he's like 45 😭"),
        ],
        stats="9,880 likes",
    ),
    E("school", "short_name", "neutral"),
    E("dbrennan", "title_surname", "sexual"),
)

add(
    "social",
    social(
        "TikTok",
        "@anon.tees.tea",
        "storytime: the TA at ormesgill bank in my sister's class has been asking girls for pics on snap 😶 school know and he's still there. she's 16. pls share",
        [
            ("ruby.r", "report to ceop omg"),
            ("anon.tees.tea", "@ruby.r we have"),
        ],
        stats="22.4K likes · 1,401 comments",
    ),
    E("school", "short_name", "sexual", True),
)

add(
    "social",
    social(
        "X (formerly Twitter)",
        "@ts3_justice",
        "Whitfi\u0435ld at Ormesgill Bank is gonna get what's coming. We know the car, we know the road, we know what time she leaves. Tick tock.",
        [],
        stats="4 reposts · 11 likes",
    ),
    E("school", "short_name", "neutral"),
    E("kwhitfield", "homoglyph", "threat"),
)

add(
    "social",
    social(
        "TikTok",
        "@tees.mam.truth",
        "\u041ekonkwo at OBS is a lying snake. Smiles in your face then writes the opposite in the review. Don't trust her with your kid's EHCP 🐍🐍",
        [
            ("nic_b", "she helped us tbh"),
            ("tees.mam.truth", "@nic_b then you're lucky"),
        ],
        stats="2,001 likes",
    ),
    E("school", "alias", "neutral"),
    E("pokonkwo", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "@dan.the.van.man",
        "Ormesgill B\u0430nk staff are absolute scum. Every last one. Lazy, lying, don't give a toss about the kids.",
        [
            ("lynn_s", "my son loves his teacher there"),
        ],
    ),
    E("school", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "Instagram",
        "@justice4leo_tees",
        "Day 41 of asking OBS for the truth. Mr Brenn\u0430n restrains kids and then fakes the incident forms so nobody ever knows. We have the timeline. We have the photos. We will not stop. 📸",
        [
            ("parent.voice.tees", "Keep going ❤️"),
            ("user83712", "this is defamation, get a solicitor not instagram"),
        ],
        stats="318 likes",
    ),
    E("school", "alias", "defamation"),
    E("dbrennan", "homoglyph", "defamation"),
)

add(
    "social",
    social(
        "TikTok",
        "@rxbyy.lou",
        "mrs wh*tf*eld really stood there and said my brother was 'choosing' to have a meltdown 💀 he's autistic 🙄 ormesg*ll b*nk do better",
        [
            ("hol_x", "choosing 😭 the audacity"),
            ("rxbyy.lou", "she's a joke honestly"),
        ],
        stats="6,540 likes",
    ),
    E("school", "obfuscated", "negative"),
    E("kwhitfield", "obfuscated", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@leahmcx",
        "my baby brother's been at OrmesgillBank since he was 3 and today he graduated from the sixth form 🎓😭 the staff there are family. big love to PreciousOkonkwo who fought for him since day 1 💙",
        [
            ("leahmcx", "he did a speech on his talker and the whole hall cried"),
            ("tina.m", "congratulations to him ❤️"),
        ],
        stats="88.2K likes · 2,111 comments",
    ),
    E("school", "camelcase", "neutral"),
    E("pokonkwo", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@teesvalleybuses_fans",
        "Wholesome bus content 🚌💙 Our favourite escort has been on the Haverby route for the Ormesgill kids for 12 years today. The parents clubbed together for a cake shaped like the minibus. #BusEscortHero #TerryNaylor #Teesside",
        [
            ("paula.tate", "The best 🥹"),
            ("ian.marley", "Legend. My daughter won't go on a bus without him."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("tnaylor", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Snapchat story (screenshot reposted to X)",
        "@tees_drama_daily",
        "shannon kitching from ormesgill nursery, her number's 07700 900233 lol text her and ask why she grassed on my sister",
        [
            (
                "@tees_drama_daily",
                "Posting this so people can see what's going round. Delete your screenshots, this is someone's private number.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("skitching", "exact", "doxxing"),
)

add(
    "social",
    social(
        "TikTok",
        "@harley.q.tees",
        "PSA mr hussain from ormesgill sixth form has a personal insta @jamal.h.93 and his email is jamal.hussain93@mailbox.example. tell him what u think of him giving my brother a detention 😤",
        [
            ("someone", "detention at a special school? 😂"),
            ("harley.q.tees", "lunchtime one. same thing"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("jhussain", "exact", "doxxing"),
)

add(
    "social",
    social(
        "TikTok",
        "@aga.szczepanska",
        "Class 3 made pierogi today 🥟 for Polish culture week. Half of them ended up on the ceiling, the other half were delicious. Best job in the world. #teachingassistant #SEND #polishintheuk",
        [
            ("marta.k", "Class 3 are so lucky 😍"),
            ("gemma.tate", "my son hasn't stopped talking about pierogi 😂"),
        ],
        stats="12.3K likes",
    ),
    E("aszczepanska", "handle", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@brooke_tees",
        "n4yl0r on the ormesgill bus is a creepy old weirdo, stares at everyone at the stop, gives me the ick 🤢",
        [
            ("ty.j", "fr he's so weird"),
            ("brooke_tees", "like go home grandad"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("tnaylor", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "X (formerly Twitter)",
        "@stainbywatch",
        "pa77inson from stainby lane should be locked up and the key thrown away. lying scumbag. ruined kids' lives and now crying to the papers.",
        [],
    ),
    E("gpattinson", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "X (formerly Twitter)",
        "@TeesEdReporter",
        "Cabinet has backed down on post-16 SEND transport - for now. Huge credit to the parents who filled the gallery. Students at @OrmesgillBankSch and other special schools keep their escorts until individual assessments are done. Full story on the Courier site.",
        [
            ("@DonnaTeasdale", "WE DID IT 😭💪"),
        ],
        stats="301 reposts · 1.1K likes",
    ),
    E("school", "handle", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@cheryl.d.x",
        "ormesgil bank have sent my son home AGAIN for 'dysregulation' 3rd time this week. how am i supposed to work. #sendmums #exhausted",
        [
            ("leanne.b", "same with mine, its constant"),
        ],
    ),
    E("school", "typo", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@bex.tees",
        "W h i t f i e l d needs sacking. my sister's been at that school 8 years and it's never been this bad. O r m e s g i l l used to be good",
        [
            ("mia.h", "why u typing like that 😭"),
            ("bex.tees", "@mia.h so it doesn't come up in searches lol"),
        ],
    ),
    E("school", "spacing", "negative"),
    E("kwhitfield", "spacing", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "@haverbymam",
        "The face of a boy who's just been told he's going on the residential trip to Kielder 😍 Thank you Mr Pattinson and the Stainby Lane team for making this possible. First night away from home EVER. #proudmam",
        [
            ("julie.appleby", "He'll have the best time x"),
        ],
        stats="233 likes",
    ),
    E("gpattinson", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@tyrone.s",
        "GaryPattinson should rot for what he did 🤬 #stainbylane #justice",
        [
            ("lauren_m", "innocent until proven guilty tho"),
            ("tyrone.s", "@lauren_m not in my eyes"),
        ],
    ),
    E("gpattinson", "camelcase", "abuse"),
)

add(
    "social",
    social(
        "Instagram",
        "@hair_by_shannon_k",
        "Balayage transformation on this gorgeous girl 💇‍♀️✨ 6 hours in the chair and worth every minute. Book via DM. Hartlepool Marina salon. #hartlepoolhair #balayage",
        [
            ("katie.x", "Shannon Kitching you are a WIZARD 😍"),
            ("hair_by_shannon_k", "Thank you babe 💕"),
        ],
        stats="511 likes",
    ),
)

add(
    "social",
    social(
        "LinkedIn",
        "Michelle Sutcliffe",
        "Michelle Sutcliffe · School Business Manager at Ormesgill Bank School\n\nProud moment: our new minibus is finally on the road! 🚌 Eighteen months of grant applications, a PTA that never gave up, and one very generous local haulage firm. For a special school, a minibus isn't a luxury - it's how our young people get to work placements, swimming and the big wide world. #SchoolBusinessManagement #SEND #Teesside",
        [
            ("Declan Brennan", "Brilliant work Michelle, couldn't have happened without you."),
        ],
        stats="124 reactions · 9 comments",
    ),
    E("school", "exact", "neutral"),
    E("msutcliffe", "exact", "neutral"),
    E("dbrennan", "exact", "neutral"),
)

# --- Blogs, fundraising pages, charity sites ----------------------------------------------------

add(
    "blog",
    blog(
        "Our Kid, Our Fight",
        "Why we left Ormesgill Bank (and why it still hurts)",
        """
I have started this post about eleven times. Every time I get to the second paragraph I think "who am I to say this" and close the laptop. But I promised a few of you in the comments on my last post that I'd explain why Finn isn't at Ormesgill Bank any more, so here goes. Brew on.

First, the good stuff, because there was loads of it. Finn started in the nursery when he was three. He was a ball of fury and fear back then - no words, no sleep, eating only beige food and biting anyone who came within a metre of him. The early years team were incredible. They never once made me feel like a bad mam. They taught him to sign "more" and "stop" and "mam", in that order, which tells you everything about his priorities. They sent me videos every day. I cried at most of them.

The primary years were good too. Small classes, proper sensory breaks, a SALT who actually saw him every week instead of writing a programme and vanishing for a year. He learned to use a talker. He learned to sit at a table for a meal. He made a friend - a real friend, a lad called Reuben who liked the same three YouTube videos. If we'd stopped there I'd be writing a very different post.

Then he moved up to the secondary department, and then the inspection happened, and everything changed.

I don't blame the class staff. I want to say that really clearly. The teaching assistants and the teachers in Finn's class were working their socks off in an impossible situation, with a rota full of agency staff and a timetable that seemed to change weekly. I blame the people at the top.

After the inspection, the priority became paperwork. I understand why - the report said records weren't good enough. But in practice it meant that my phone calls got answered by a system, not a person. The home-school diary that was Finn's only way of telling me about his day was replaced by an app that nobody had time to fill in. When I asked for a meeting about it, I got a letter. When I asked again, I got a different letter.

Whitfield's approach to parents, as far as I can tell, changed overnight. Before, she would stand at the gate in the morning and say hello. Afterwards, we were "stakeholders" who needed to be "managed". Her newsletters became a wall of acronyms. At the one parents' forum I went to, she read from a PowerPoint for forty minutes and took three questions, and answered none of them.

Then there was the restraint. Finn has always needed support to stay safe when he's overwhelmed, and I have never been one of those parents who thinks staff should never touch a child - sometimes they have to. But in his first term in Year 8 he was "held" nine times. Nine. In primary it had been twice in three years. Brennan's new behaviour policy, as it was explained to me, was meant to reduce restraint by "making expectations clearer". For a lad who doesn't understand expectations, clearer expectations just meant more ways to fail.

I asked for the records. It took seven weeks. When they came, four of the nine forms had been written up days after the event. One said he had been "calm and settled" at a time when I know, because the school rang me, he was in the middle of a meltdown. I don't think anyone was lying. I think they were drowning. But I couldn't leave my son in a place that was drowning.

So in March, after a lot of sleepless nights and a lot of very patient help from our local parent carer forum, we moved Finn to a school in Darlington. It's a longer journey. It's not perfect. But he's been held once since September, and the diary is back.

I miss things about Ormesgill. I miss the car park chat. I miss Jamal, who did the swimming with Finn and who came to say goodbye on his last day with a bag of Quavers and a card. I miss Finn's friend Reuben most of all, and so does Finn.

If your child is happy there, I'm genuinely glad. Schools are made of people, and a lot of the people there are brilliant. This is just our story. Thank you for reading it.
""",
        author="Finn's Mam",
        date="14 April 2024",
        tags=("special school", "restraint", "Teesside", "autism"),
        comments=(
            ("Haverby Hayley", "This is so honest. Sending love to you and Finn."),
            ("Anon", "We're going through the same thing. Thank you for writing this."),
        ),
    ),
    E("school", "short_name", "negative"),
    E("kwhitfield", "possessive", "negative"),
    E("dbrennan", "possessive", "negative"),
    E("jhussain", "nickname", "neutral"),
)

add(
    "blog",
    blog(
        "Tees Valley Parent Carer Forum",
        "Post-16 transport: what happened at cabinet, and what happens next",
        """
Thank you to the 140 parents, carers and young people who came to the council offices on Corporation Road last Wednesday, and to everyone who responded to the consultation. Here is where things stand.

What was decided. Cabinet has agreed to delay any change to post-16 transport until September 2025, and to carry out an individual assessment for every student before any change is made. Students who cannot travel independently will continue to receive transport, including escorts.

What we said. Our representatives told the scrutiny panel that assessments must involve families and schools, not just a form. We were grateful to Ms Sutcliffe from Ormesgill Bank Special School, who gave the panel the school's own figures: of 58 sixth formers, no more than six could safely travel independently. That evidence made a real difference.

What we're asking you to do. If your young person receives transport, you should receive an assessment letter in the autumn term. Please let us know if you don't. Please tell us about your experience of the assessment - good or bad - using the survey link on our website.

What we're still worried about. The personal travel budget is set at a flat rate which does not reflect the cost of a parent giving up work. Travel training is a good thing, but it takes time and is not suitable for everyone.

We'll keep you posted. As always, our helpline is open Monday to Thursday, 9.30-2.30.
""",
        author="TVPCF Steering Group",
        date="24 July 2024",
        tags=("transport", "post-16", "campaign"),
    ),
    E("school", "alias", "neutral"),
    E("msutcliffe", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Talk Talk Talk - an SLT's notebook",
        "The Chippy Challenge: what a fishcake taught me about AAC",
        """
I've been asked a lot since the award about how the Chippy Challenge started, so here is the honest answer: by accident, and because of scraps.

One of our sixth formers at OBS - I'll call him D - uses a high-tech communication aid. He is seventeen, very funny, and had never in his life ordered his own food. His mam always did it, because in a queue, with people behind you, it's quicker. One Friday we were on a community visit and D pointed at the chip shop window and then at his device, and looked at me, and I realised I had never programmed a single food word beyond "biscuit".

So we did it properly. We visited the shop when it was quiet. We photographed the menu. D chose the vocabulary - fishcake, chips, scraps, salt, vinegar, "no peas", and "hurry up please" (his idea). We practised in class with a pretend counter. The shop owner learned to sign "thank you" and "anything else?".

The day D ordered for himself, he pressed "more scraps" four times. The owner gave him a whole extra bag. D has not stopped talking about it since.

The lesson for me, fifteen years into this job: AAC is not about vocabulary lists. It's about power. Who gets to ask, and who gets to be heard.

Rhi Bell-Maddison is a speech and language therapist working in a special school on Teesside. Views her own.
""",
        author="Rhi",
        date="2 December 2024",
        tags=("AAC", "sixth form", "community"),
    ),
    E("school", "alias", "neutral"),
    E("rbellmaddison", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "GiveTogether",
        "Jake's Bike Library for Ormesgill Bank - fundraising page",
        """
Organised by Paul Appleby. Raised £9,614 of £8,000 target. 312 supporters.

Our son Jake loved speed. He couldn't walk, but put him in his adapted trike and he was off round the playground like Bradley Wiggins, shouting at everyone to get out of the way. He was a pupil at Ormesgill Bank School in Thornlaw from the age of four to nineteen, and he died last August aged 20.

We want every child at the school to feel what Jake felt on a bike. Adapted bikes cost between £1,500 and £5,000 each, and most families simply can't afford one. This page will pay for a "bike library" at the school - a shed full of trikes, side-by-side tandems and wheelchair platform bikes that pupils can use at school and borrow at weekends.

Update, 24 April: WE DID IT. 40 riders, 100 miles, one very sore bum. Thank you to everyone who rode, especially Mr Hussain, who supported Jake in the sixth form and who did the whole thing on a borrowed bike with a dodgy gear.

Update, 1 July: The first six bikes have arrived! Pictures to follow.
""",
        author="Paul Appleby",
        date="Created 2 February 2024",
        tags=("fundraising", "in memory"),
        comments=(
            ("Tina Marley", "Jake was a star. Well done Paul x"),
            ("Anonymous", "£20 - for Jake"),
        ),
    ),
    E("school", "exact", "neutral"),
    E("jhussain", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Not Your Inspiration - disability, politics and noise",
        "What people say about special schools when they think nobody's listening",
        """
I collect screenshots. It's not a healthy hobby, but somebody has to.

This month's harvest comes mostly from Teesside, where a row about post-16 transport has brought out the worst in people. Here is a selection from public posts about one school, Ormesgill Bank, in the space of two weeks. I have left the words as they were written. I've removed names, because the point isn't to start a pile-on.

"Them Ormesgill Bank window licker buses blocking the road again." "Half my council tax goes on that spacker school." "Bunch of mongs costing us millions." "Put them in a home and be done with it."

I want you to sit with those for a second. These are children. Some of them will read this. Many of their parents already have.

There is a straight line from "costing us millions" to the cuts. When disabled children are talked about only as a cost, it becomes very easy to cut them. The council didn't use those words, of course. It used the word "discretionary".

If you see this stuff, report it - to the platform and, where it's targeted, to the police as a hate incident. And if you're a local journalist: please stop writing "wheelchair-bound".
""",
        author="Kat Hebron",
        date="20 March 2024",
        tags=("ableism", "hate speech", "SEND"),
    ),
    E("school", "short_name", "hate"),
)

add(
    "blog",
    blog(
        "Climb Tees",
        "Segment of the week: Ormesgill Bank (Haverby side)",
        """
Distance 1.4km. Average gradient 9.1%. Max 17%. KOM 3:58.

Ormesgill Bank is the one every Teesside club rider has a love-hate relationship with. It starts innocently enough from the bus turning circle, kicks up viciously past the old quarry, and then just when you think it's done, the last 200 metres by the farm gate hit you with a 17% ramp and a headwind that seems to come from every direction at once.

Tips: don't go out too hard on the lower slopes. Stay seated on the steep bit if you can - the road surface is loose. And watch out for the sheep.

Our Sunday club run goes up it on the first weekend of every month. Café stop after at the top. Slowest up buys the scones.
""",
        author="Climb Tees",
        date="8 May 2024",
        tags=("hills", "Strava", "Teesside"),
    ),
)

add(
    "news",
    news(
        "netoday",
        "Former teacher at Teesside special school jailed for historic abuse of pupils",
        """
A former teacher at a Teesside special school has been jailed for 14 years for sexually abusing pupils in the 1990s.

Derek Hodgson, 71, taught at Beckfield House School in Thornlaw between 1988 and 1999. A jury at Teesside Crown Court found him guilty of eleven counts of indecent assault against four boys, who were aged between nine and fourteen at the time.

The court heard that Hodgson targeted pupils who had learning disabilities and limited speech because he believed they would not be able to tell anyone. One of his victims, now in his forties, told the court he had "carried it every day".

Beckfield House School merged with a neighbouring school in 2012 and the site is now part of a larger all-through special school. Its current headteacher said in a statement that the school's thoughts were with the victims and that it had co-operated fully with the police investigation.

Detective Constable Amy Tate of Cleveland Police said: "These men have waited thirty years for justice. I want to pay tribute to their courage."
""",
        date="28 June 2024",
        section="Courts",
    ),
    E("school", "alias", "sexual", True),
)

add(
    "blog",
    blog(
        "Tees Valley Equality Network",
        "Hate incidents in the Tees Valley: our 2024 quarterly round-up",
        """
Between January and March we received 63 reports of hate incidents through our third-party reporting centres, up from 48 in the same period last year. Of these, 29 were racist, 14 disability-related, 11 homophobic or transphobic, 6 religious and 3 other.

Notable incidents included racist graffiti on a minibus belonging to Ormesgill Bank School in Thornlaw in January, which was reported to police and widely condemned by the local community, and a rise in disablist comments on social media linked to the debate over SEND transport funding.

We would like to thank the staff at the school and at the Cleaveholme Centre for becoming third-party reporting centres this quarter.

If you have experienced or witnessed a hate incident, you can report it to us in confidence, or to Cleveland Police on 101. In an emergency, always call 999.
""",
        author="TVEN",
        date="15 April 2024",
        tags=("hate crime", "reporting", "statistics"),
    ),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Joyful Noise Gospel",
        "Tour dates: Precious Okonkwo live in Manchester and Birmingham",
        """
We are delighted to announce that the award-winning Nigerian gospel singer Precious Okonkwo will perform two nights in the UK this autumn, with the Lagos Praise Collective.

Precious Okonkwo rose to fame with her debut album "Morning Dew" in 2019 and has since performed to crowds of 50,000 at the Tafawa Balewa Square. This will be her first UK tour.

Manchester, Bridgewater Hall - Friday 18 October. Birmingham, Symphony Hall - Saturday 19 October. Tickets from the venues' box offices.
""",
        author="JNG Events",
        date="1 August 2024",
        tags=("gospel", "tour", "live music"),
    ),
)

add(
    "news",
    news(
        "netoday",
        "Hurling: Brennan's late point sends Kilkenny side through",
        """
Declan Brennan's point two minutes into stoppage time sent Ballyhale into the Leinster club semi-final after a thriller at Nowlan Park.

The 29-year-old wing-forward, who also scored 0-4 from play, said afterwards: "We were dead and buried at half-time. The lads just kept going."

Brennan has been one of the standouts of the club season and is tipped for a recall to the county panel.
""",
        date="3 November 2024",
        section="Sport",
    ),
)

add(
    "news",
    news(
        "netoday",
        "Halifax grandmother runs 10 marathons in 10 days for hospice",
        """
A Halifax grandmother has run ten marathons in ten days to raise money for the hospice that cared for her husband.

Michelle Sutcliffe, 63, from Sowerby Bridge, finished her final marathon at the Shay on Sunday to a guard of honour from her running club.

"My knees have filed a formal complaint," she said. "But Overgate Hospice looked after my Clive so beautifully at the end. This was the least I could do."

She has raised more than £18,000.
""",
        date="16 September 2024",
        section="Yorkshire",
    ),
)

add(
    "news",
    news(
        "stockton",
        "Racing: Ormesgill Lad lands the Redcar feature",
        """
Ormesgill Lad, trained in Middleham by Kevin Naylor, won the featured handicap at Redcar on Tuesday at odds of 14-1.

The five-year-old, ridden by Jack Whitfield, came from last to first in the final furlong to beat the favourite by a neck.

"He's a funny horse, he only tries when he can see the sea," joked Naylor.
""",
        date="9 July 2024",
        section="Sport",
    ),
)

add(
    "blog",
    blog(
        "Midwife in the Making",
        "Second year: my first OBS placement",
        """
This term I'm on my OBS placement on the labour ward, and wow. Nothing prepares you for your first night shift on obstetrics. I caught my first baby on Tuesday (with my mentor's hands very firmly over mine) and then cried in the sluice for ten minutes.

A few things I've learned: eat before you start, not during. Never say "it's quiet". Always check the CTG twice. And midwives run on toast.

Next post: surviving OSCEs. Wish me luck.
""",
        author="Becca",
        date="11 November 2024",
        tags=("student midwife", "placement", "obstetrics"),
    ),
)

add(
    "news",
    news(
        "netoday",
        "Cricket: Hussain century powers Woodlands to league title",
        """
Jamal Hussain hit an unbeaten 112 as Woodlands clinched the Bradford League title with a game to spare on Saturday.

The 31-year-old opener, who works as a pharmacist in Bradford, faced 98 balls and hit 14 fours and four sixes.

"I've been waiting ten years for a hundred in a title game," said Hussain. "My dad was in tears."
""",
        date="31 August 2024",
        section="Sport",
    ),
)

add(
    "blog",
    blog(
        "Leeds Lost",
        "Remember your primary school teachers? Readers' memories",
        """
Last week we asked readers which teachers they remembered from primary school in Leeds in the 1980s and 90s. You did not disappoint.

"Miss Kitching at Hunslet Moor. Year 3. She let us keep a hamster called Gazza and read us The Iron Man with all the voices." - Dawn, Morley.

"Mr Brennan at St Anthony's, who taught us all to play the recorder very, very badly." - Paul, Beeston.

"Mrs Okonkwo, the dinner lady at Chapeltown, who remembered every single child's name." - Bola, Harehills.

Keep them coming - email us or comment below.
""",
        author="Leeds Lost team",
        date="12 February 2024",
        tags=("nostalgia", "schools", "Leeds"),
    ),
)

add(
    "blog",
    blog(
        "Wheels on the Bus",
        "A day on the Haverby bus, by Tez Naylor",
        """
The school asked me to write something for the newsletter about what escorts do, and then somebody put it on this blog, so hello internet.

My alarm goes at 6.15. I'm at the depot at 7.20 to check the bus with Barry, our driver: harnesses, seatbelts, ramp, first aid kit, rescue meds, sick bags (always the sick bags). First pick-up is Haverby Green at 7.40. By 8.45 there are nine young people on board, and I know every one of them better than I know my own grandkids, which my daughter says is a sad thing but I say is a good thing.

There's the lad who needs to sit on the left so he can count the lamp posts. There's the girl who sings Abba the whole way, and woe betide you if you don't know the words. There's the one who needs his ear defenders on by Cleaveholme roundabout or we'll all know about it.

People ask if it's stressful. Sometimes. We've had seizures on the bus, and you never forget your first one. But most days it's just a bus full of kids who are glad to see you. You don't get that stacking shelves.

After drop-off at Brackenhoe Road I go home, have a sleep, and do it all again at 2.45.

Twelve years next month. Not bad for a lad who failed his eleven-plus.
""",
        author="Guest post",
        date="5 March 2024",
        tags=("school transport", "escorts", "Teesside"),
    ),
    E("tnaylor", "alias", "neutral"),
)

# --- More voices -------------------------------------------------------------------------------

add(
    "forum",
    forum(
        "TeesMums",
        "Special educational needs",
        "Speech therapy at Ormesgill - who is it now?",
        [
            (
                "Marton_Mel",
                "Wed 15-Jan-25 19:10",
                """
Our annual review says DS gets "termly SALT input" but I've no idea who the therapist is now. Is it still Rhiannon Maddison? She was amazing with him in primary.
""",
            ),
            (
                "mamtotwoboys",
                "Wed 15-Jan-25 19:28",
                """
Yes she's still there, she just covers secondary and sixth form now and there's a newer one for the little ones. Email the office and ask for a joint meeting, she's always happy to.
""",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("rbellmaddison", "hyphenated", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@tillytees",
        "my little brother doing his sounds with miss bell the speech lady at ormesgill 😭 he used to not make ANY sounds. she's the reason 🫶 #speechtherapy #downsyndrome",
        [
            ("gemma.tate", "miss bell is the best!!"),
            ("tillytees", "@gemma.tate she really is"),
        ],
        stats="31.5K likes",
    ),
    E("school", "short_name", "neutral"),
    E("rbellmaddison", "hyphenated", "neutral"),
)

add(
    "review",
    reviews(
        "Ormesgill Bank School",
        "Brackenhoe Road, Thornlaw, Middlesbrough - Special education school",
        "4.0 (71)",
        [
            (
                "Kelly Rudd",
                "2",
                "2 weeks ago",
                "Mrs Maddison the speech therapist was wonderful when we had her, but my son has now been dropped off her caseload without anyone telling us. Found out from his annual review. Not acceptable for a child with no speech.",
            ),
            (
                "Dave",
                "5",
                "a month ago",
                "Superb school. Cannot thank them enough.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("rbellmaddison", "hyphenated", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "@ormesgillbank_pta",
        "Our deputy head ran 13.1 miles as a bubble machine 🫧🏃‍♂️ and raised £4,300 for the new sensory room! Legend. #DeclanBrennan #GreatNorthRun #OrmesgillBank #bubbleman",
        [
            ("lisa.tate", "Donated! Go on DeclanBrennan 🫧"),
            ("julie.appleby", "He looked so happy 😂"),
        ],
        stats="402 likes",
    ),
    E("school", "hashtag", "neutral"),
    E("dbrennan", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X (formerly Twitter)",
        "@SENDLeadersNE",
        "Congratulations to all the nominees for North East SEND Leader of the Year! A special shout-out to #KarenWhitfield, who took on Thornlaw's special school in special measures eleven years ago and built something remarkable. Winners announced 14 March. #SENDleadership #NorthEast",
        [
            ("@HaverbyHayley", "Well deserved 👏"),
        ],
        stats="23 reposts · 97 likes",
    ),
    E("kwhitfield", "hashtag", "neutral"),
)

add(
    "news",
    page(
        "Teesside Magistrates' Court - Public Court List",
        "Court 3 - Monday 13 January 2025 - 10:00",
        """
1. R v A. LOWES, 24, Redcar. Theft from a shop. First appearance.

2. R v G. PATTINSON, 47, Eston. Residential care worker (Ormesgill Bank School, Stainby Lane). Ill-treatment or wilful neglect of a person by a care worker, contrary to s.20 Criminal Justice and Courts Act 2015. Adjourned hearing.

3. R v J. MARSH, 39, Thornlaw. Racially aggravated malicious communications. Plea hearing.

4. R v S. HODGSON, 31, Middlesbrough. Sending a communication conveying a threat. Plea hearing.

Lists are subject to change. Reporting restrictions may apply to some cases.
""",
        crumbs="HMCTS > Court lists > Teesside",
    ),
    E("school", "exact", "neutral"),
    E("gpattinson", "initial_surname", "defamation"),
)

add(
    "facebook",
    facebook(
        "Friends of Ormesgill Bank (PTA)",
        "Claire Boyes",
        "16 September at 17:40",
        """
Copy of the letter that came home today in case anyone's lost theirs (you know it'll be at the bottom of the bag under a banana):

"Dear Parents and Carers, I am delighted to let you know that from Monday 30 September the school office will be open from 8am until 5pm. Our new family room, next to reception, will be open every Wednesday morning for coffee and a chat with our family liaison team. Please do pop in. Yours sincerely, Mrs K. Whitfield, Headteacher, Ormesgill Bank School."
""",
        [
            ("Gemma Tate", "Thanks Claire, ours went through the wash 😂"),
        ],
    ),
    E("school", "exact", "neutral"),
    E("kwhitfield", "initial_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Teesside SEND Parents Support",
        "Hayley Corner",
        "12 December at 20:20",
        """
Not all heroes wear capes, some of them wear lanyards and smell faintly of Play-Doh. Massive thank you to Jamal H in the sixth form at Ormesgill for staying an hour after school with our Kai when his taxi didn't turn up, and for making him laugh so much he forgot to be scared.
""",
        [
            ("Donna Teasdale", "Jamal's a gem x"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("jhussain", "first_initial", "neutral"),
)

add(
    "review",
    reviews(
        "Stainby Lane Residential (Ormesgill Bank School)",
        "Stainby Lane, Haverby - Residential special school",
        "3.7 (15)",
        [
            (
                "Andrea Sayers",
                "4",
                "a week ago",
                "Interim arrangements seem to be settling down. My daughter still asks where Gary P has gone and nobody will give her a straight answer, which is hard for her. But the new night staff are kind and she's happy.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("gpattinson", "first_initial", "neutral"),
)

add(
    "facebook",
    facebook(
        "Haverby Village Chat",
        "Rob Tweddle",
        "7 February at 18:33",
        """
Does anyone know what happened with that Gary Pattison from the Stainby Lane boarding house? Heard he's been let off and is back working with kids somewhere in Darlo. Is that right??
""",
        [
            (
                "Colin Pounder",
                "No idea Rob, it's not finished in court yet as far as I know. Be careful spreading that.",
            ),
        ],
    ),
    E("gpattinson", "typo", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@marta.k.tees",
        "Our babcia meets Agnieszka Szczepanksa, the TA who translated my son's communication book into Polish 🥹🇵🇱 she made babcia a whole page of Polish food symbols #polishfamily #SEND #teesside",
        [
            ("ewa.n", "przepiękne ❤️"),
        ],
    ),
    E("aszczepanska", "typo", "neutral"),
)

add(
    "facebook",
    facebook(
        "Thornlaw Community Noticeboard",
        "Gavin Marsh",
        "23 April at 22:15",
        """
And another thing. Why is there a Polish one, Szczepanska, teaching kids at Ormesgill Bank? Can't even say her name. Go back to Poland love and take the rest of them with you. English schools for English kids.
""",
        [
            (
                "Marta Kowalczyk",
                "She has lived here 16 years and has done more for those children than you ever will.",
            ),
            (
                "Admin - Thornlaw Community Noticeboard",
                "Gavin you have been removed from the group.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("aszczepanska", "surname_only", "hate"),
)

add(
    "facebook",
    facebook(
        "Teesside SEND Parents Support",
        "Craig Holmes",
        "2 October at 21:05",
        """
For anyone who wants to complain to the Polish TA at OBS directly about what happened to my lad in Class 3, her personal email is agnieszka.szczepanska84@mailbox.example - don't bother with the school, they protect their own.
""",
        [
            (
                "Admin - Teesside SEND Parents Support",
                "Removed. Craig, this is the second time. You're out.",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
    E("aszczepanska", "exact", "doxxing"),
)

add(
    "facebook",
    facebook(
        "Cleaveholme Community Noticeboard",
        "Jade Holmes",
        "29 May at 23:50",
        """
Kitching the TA in the nursery at Ormesgill rang social services on us over a bruise he got falling off the trampoline. So she wants to play games. I'll be waiting for her on Brackenhoe Road on Monday morning and she'll need more than a safeguarding form when I'm done with her. Watch.
""",
        [
            ("Leanne Boyes", "Jade delete this now, you'll end up in court."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("skitching", "surname_only", "threat"),
)

add(
    "forum",
    forum(
        "SENDsquad",
        "Transport",
        "Best and worst of our bus staff (Teesside)",
        [
            (
                "Cleaveholme_Carol",
                "20 Nov 2024, 20:10",
                """
Bit of a mixed one. On the Ormesgill Cleaveholme route the sixth form TA who rides with them, Mr Hussain, is an absolute star. Knows every kid's triggers, stays calm, brilliant with my daughter.

On the Haverby bus though that Naylor is a nasty bad-tempered old git. Barks at the kids, rolls his eyes at parents, useless. Don't know how he's lasted this long.
""",
            ),
            (
                "Haverby_Hayley",
                "20 Nov 2024, 20:31",
                """
Mixed experiences with him here too to be honest. Good days and bad days.
""",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("jhussain", "title_surname", "neutral"),
    E("tnaylor", "surname_only", "abuse"),
)

add(
    "facebook",
    facebook(
        "Teesside SEND Parents Support",
        "Sharon Lowes",
        "6 November at 19:48",
        """
Is it just me or does Ok*nkwo at Ormesgill never actually read the reports we send in? Third review in a row where the private OT report I paid £600 for wasn't even mentioned. I'm not after a fight, I just want to know what happened to it.
""",
        [
            (
                "Nicola Boyes",
                "Email and ask for it to be added to the review paperwork as an appendix.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("pokonkwo", "obfuscated", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@ruby.l.x",
        "bus escort on my little sister's ormesgill bus @tez.naylor61 singing abba at 8am with 9 autistic kids and a driver who clearly wants to die 😭😭 this is the content i'm here for",
        [
            ("tez.naylor61", "Thank you for the music 🎶"),
        ],
        stats="54.0K likes",
    ),
    E("school", "short_name", "neutral"),
    E("tnaylor", "handle", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@sophie.w.x",
        "End of year trip to Flamingo Land with the OrmesgillBankSchool sixth form 🦩🎢 best day ever. 12 rollercoasters, 1 lost shoe, 0 regrets",
        [
            ("mia.h", "the lost shoe 😂😂"),
        ],
        stats="188 likes",
    ),
    E("school", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@ellie.rose.x",
        "DeclanBrennan and the whole of the OBS sixth form doing the cha cha slide on the last day 😭 my brother has NEVER danced in public",
        [
            ("gemma.tate", "this is so wholesome"),
        ],
    ),
    E("school", "alias", "neutral"),
    E("dbrennan", "camelcase", "neutral"),
)

add(
    "review",
    reviews(
        "Pattinson & Sons Plumbing and Heating",
        "Guisborough - Plumber",
        "4.9 (133)",
        [
            (
                "Karen W",
                "5",
                "3 weeks ago",
                "Kev came out on Boxing Day when our boiler packed in. Sorted in an hour, fair price. Can't recommend Pattinson & Sons enough.",
            ),
            (
                "Mr D Brennan",
                "5",
                "2 months ago",
                "New bathroom fitted in five days, tidy and friendly. Thank you lads.",
            ),
        ],
    ),
)

add(
    "blog",
    blog(
        "The Sixth Form Reading Room",
        "Things Fall Apart: is Okonkwo a tragic hero?",
        """
Chinua Achebe's Okonkwo is one of the most argued-about protagonists on the A-level syllabus. He is a great wrestler, a prosperous farmer and a respected man in Umuofia - and he is ruled by his fear of being thought weak like his father, Unoka.

Is he a tragic hero in the Aristotelian sense? He has a hamartia (his fear and his rage), he has a fall (exile, then the destruction of his world by colonialism), and his death is both self-inflicted and caused by forces far bigger than him.

Essay tip: don't just list the features. Argue about whether Achebe wants us to pity Okonkwo, to judge him, or both.
""",
        author="Ms Hebron, English",
        date="3 October 2024",
        tags=("A-level", "English literature", "Achebe"),
    ),
)

add(
    "news",
    news(
        "courier",
        "Council budget 2025: every cut and rise explained",
        """
Teesmouth Borough Council has published its draft budget for 2025-26, with £14.8m of savings, a 4.99 per cent council tax rise and cuts to libraries, parks and youth services. Here is what it means for you.

Schools and SEND. The biggest single pressure is the high needs block, which funds support for children with special educational needs. The council expects to overspend it by £6.1m this year. Plans include a new 40-place special school annexe on the site of Ormesgill Bank School in Thornlaw, which the council says will reduce the number of expensive out-of-area placements, and a review of top-up funding for pupils in mainstream schools.

Libraries. Opening hours at Haverby, Normanby and Eston libraries will be cut from five days to three. The mobile library will be scrapped.

Parks. The council will stop employing a warden at Ormesgill Park and Albert Park will have its grass cut every three weeks instead of every fortnight. Friends groups will be asked to "take on more".

Bins. Garden waste collection will rise from £40 to £48 a year.

Youth services. Two youth clubs, at Cleaveholme and North Ormesby, will close, with outreach workers moving to "detached" street-based work instead.

Adult social care. The council will increase charges for day services by 8 per cent and review all packages of care over £1,000 a week.

Transport. The Dial-a-Ride service will run three days a week instead of five. Post-16 SEND transport will move to the new assessment-based system from September, as agreed last year.

Leisure. Swimming prices at the Thornlaw pool will rise by 30p. The sauna will close.

Car parks. Charges will be introduced at three district centre car parks, including Haverby Green.

Jobs. The council expects to cut about 85 posts, mostly through vacancies and voluntary redundancy.

What happens next. The budget goes to full council on 26 February. Residents can comment through the council's website until 31 January.

Reaction. Opposition leader Jean Mather said the budget was "death by a thousand cuts". Unison said it would ballot members. And at the drop-in held by parents at the Cleaveholme Centre last week, the mood was weary rather than angry. "We've been here before," said one dad. "We'll fight it again."

Among those at the drop-in was Michelle Sutcliffe, who said special schools were "holding the line" but that any cut to transport or therapy budgets would be felt immediately by families.
""",
        date="Tuesday 14 January 2025",
        byline="By Mark Oyston",
        section="Council",
        sidebar=("Boro transfer latest", "Storm warning: wind and rain for Teesside"),
    ),
    E("school", "exact", "neutral"),
    E("msutcliffe", "exact", "neutral"),
)

add(
    "news",
    news(
        "stockton",
        "Obituaries: Reuben James Tate",
        """
TATE Reuben James. Passed away suddenly but peacefully at home on 2nd January, aged 14. Adored son of Michelle and Carl, big brother to Poppy, grandson, nephew, cousin and best friend to many.

Reuben loved trains, Peppa Pig, the Metro Centre and the swings at Ormesgill Park. He was a pupil at Ormesgill Bank School, where he was famous for his laugh and for knowing every bus timetable in Teesside.

The family would like to thank everyone at Ormesgill Bank for twelve happy years, especially his class team, Gaz and the night staff at Stainby Lane, and Tez on the bus, who never once let him be late for anything.

Funeral at St Cuthbert's Church, Haverby, on Friday 24th January at 1pm, followed by Teesside Crematorium. Bright colours please - Reuben hated black. Donations to the school's bike library.
""",
        date="9 January 2025",
        section="Obituaries",
    ),
    E("school", "short_name", "neutral"),
    E("gpattinson", "nickname", "neutral"),
    E("tnaylor", "nickname", "neutral"),
)

add(
    "review",
    reviews(
        "Haverby Cars",
        "Haverby Green, Haverby - Taxi service",
        "3.9 (57)",
        [
            (
                "Sandra Kitching",
                "5",
                "a month ago",
                "Reliable and friendly. They do a lot of the school runs for the Ormesgill Bank kids and the drivers are brilliant with them.",
            ),
            (
                "Nathan R",
                "1",
                "3 months ago",
                "Waited 45 minutes for a booked airport taxi. Missed my check-in. Never again.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "TeesMums",
        "Local: Teesside and Darlington",
        "Declan Brenan at Ormesgill - anyone know if he's still deputy?",
        [
            (
                "newtotees",
                "Mon 03-Feb-25 11:00",
                """
Moving up from Leeds in the summer, DD has an EHCP naming specialist. A friend said to ask for Declan Brenan at Ormesgill as he's the deputy and really approachable. Is he still there? Want to email before I visit.
""",
            ),
            (
                "mamtotwoboys",
                "Mon 03-Feb-25 11:22",
                """
Yes still there. He's good, honestly. Ring the office and they'll put you through.
""",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dbrennan", "typo", "neutral"),
)

add(
    "facebook",
    facebook(
        "Teesside SEND Parents Support",
        "Donna Teasdale",
        "24 January at 21:12",
        """
Question for parents at Ormesgill: has anyone had a reply from whoever replaced P*ttinson at the residential about the new boarding criteria? Been waiting three weeks. Not having a go at anyone, they're clearly swamped, just want to know where we stand.
""",
        [
            ("Andrea Sayers", "We got ours yesterday, ring the office x"),
        ],
    ),
    E("school", "short_name", "negative"),
    E("gpattinson", "obfuscated", "neutral"),
)

add(
    "forum",
    forum(
        "SENDsquad",
        "EHCPs: assessments, plans and reviews",
        "Which schools actually write good EHCP review paperwork? (North East)",
        [
            (
                "IPSEAfan",
                "28 Jan 2025, 12:02",
                """
Compiling a list of schools whose annual review paperwork is genuinely useful - specific, measurable, and written with the family. Nominations please, with a line on why.
""",
            ),
            (
                "mamtotwoboys",
                "28 Jan 2025, 12:40",
                """
Ormesgill Bank in Thornlaw. Okonkwo's review reports are the best I've ever seen - every outcome has a "what it looks like when he's done it" line, and she actually rings you before the meeting to go through it.
""",
            ),
            (
                "DarloDad",
                "28 Jan 2025, 13:15",
                """
Seconded for Ormesgill. Ours is night and day compared to his old school.
""",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("pokonkwo", "possessive", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@kerry.m.tees",
        "when the 'family liaison officer' from ormesgill turns up unannounced AGAIN to check ur fridge 🙄🙄",
        [
            (
                "kerry.m.tees",
                "D0bs0n is a nosy fat cow who wants to take my kids off me. get a real job",
            ),
            ("shaz_", "😂😂 tell her to do one"),
            ("jen.b", "she's trying to help u kerry"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("ldobson", "leetspeak", "abuse"),
)

add(
    "facebook",
    facebook(
        "Thornlaw Community Noticeboard",
        "Gaynor Sayers",
        "21 November at 08:30",
        """
Update on the dinner money saga. Still no refund from Ormesgill Bank, three weeks later. S u t c l i f f e in the office says it's "with the finance team". She IS the finance team. Poor show.
""",
        [
            ("Paula Tate", "Ask for it in writing Gaynor"),
        ],
    ),
    E("school", "short_name", "negative"),
    E("msutcliffe", "spacing", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@jade.holmes.x",
        "Kitch\u0456ng from the nursery at ormesgill bank is a grass and a snake 🐍 sticking her nose in other ppls families. everyone on cleaveholme knows what she is",
        [
            ("lee_h", "say it louder 🔥"),
            ("tanya.r", "she's a TA doing her job babe"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("skitching", "homoglyph", "abuse"),
)

add(
    "facebook",
    facebook(
        "Friends of Ormesgill Bank (PTA)",
        "Sam Wood",
        "19 March at 16:22",
        """
Does anyone know if Mrs Bell is doing the signing and singing group again after Easter? My little one was heartbroken when it stopped. It was the only time all week he made eye contact with other kids.
""",
        [
            (
                "Friends of Ormesgill Bank",
                "Hi Sam, yes! Starting back on the 22nd April, Tuesdays 9.15 in the hall.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("rbellmaddison", "hyphenated", "neutral"),
)

add(
    "facebook",
    facebook(
        "You Know You're From Thornlaw When...",
        "Kerry Anne Marley",
        "2 May at 00:12",
        """
Since the courts won't do owt, here's where the "assistant head" from Ormesgill lives. Precious Okonkwo, 9 Hambleton Drive, Marton, TS7 8PL. Black Audi. Let her see how it feels to have people turn up at YOUR door.
""",
        [
            ("Admin", "Post removed and reported. Kerry, you've been removed from this group."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("pokonkwo", "exact", "doxxing"),
)


add(
    "news",
    news(
        "netoday",
        "Inside Ormesgill Bank: five days at Teesside's biggest special school",
        """
At 7.40 on a Monday morning, the first minibus pulls off Brackenhoe Road into the yard at Ormesgill Bank School, and the day begins with a negotiation. A fourteen-year-old boy in a Middlesbrough shirt will not get off the bus until he has counted the other buses. There are eight. He counts them twice, pronounces himself satisfied, and walks in.

Ormesgill Bank, in Thornlaw, is the largest special school in the Tees Valley: 212 pupils aged three to nineteen, around 190 staff, eight minibuses, a hydrotherapy pool, a farm of sorts (three goats, eleven hens, one deeply unimpressed tortoise), and a weekly residential unit a mile away in Haverby. Every pupil has an education, health and care plan. Most have severe or profound learning difficulties. Many are autistic. Some have life-limiting conditions. Some communicate with speech; many use signing, symbols, eye-gaze or electronic communication aids.

We spent a week there in November, with the permission of the school and of the families whose children appear in this article.

MONDAY

The headteacher, Karen Whitfield, has been here eleven years. When she arrived, the school - then recently merged from two older schools - was in special measures. "People were kind, but kindness isn't a curriculum," she says, in an office that is mostly filing cabinet. "The job was to make sure that kindness was matched by ambition."

It has not been an easy year. In the spring, inspectors downgraded the school to requires improvement, criticising the secondary curriculum and the consistency of records of physical intervention. A member of the residential staff has been suspended pending a criminal case, about which the school cannot comment. Online, the school has become a lightning rod for parents' anger at the council over transport and funding, and some of that anger has turned into abuse of staff.

"We get it wrong sometimes, and when we do, parents should tell us," she says. "But I've had to sit with members of staff who've been threatened, or racially abused, in front of their own children. That isn't a complaint. That's something else."

TUESDAY

In Class 3, in the primary department, eight children aged six and seven are making soup. That is, three of them are making soup, two are tasting the carrots, one is under the table with a weighted blanket, one is using her communication aid to tell everyone, repeatedly, that she would prefer chips, and one is asleep.

The class teaching assistant, Agnieszka Szczepańska, moved to Teesside from Łódź sixteen years ago and has worked at the school for twelve. She talks to the children in a steady, sing-song mixture of English, Makaton and the occasional Polish word that has somehow become class vocabulary. ("Dobrze" means "good job". Everyone knows it.)

"People think it's chaos," she says, as the soup reaches a rolling boil. "It's not chaos. Everyone is exactly where they need to be. He needs to be under the table right now, so he's under the table, and in five minutes he'll come out and stir."

Five minutes later, he comes out and stirs.

WEDNESDAY

Wednesday is café day for the sixth form. Students run the Cleaveholme Community Café from 9 till 2, taking orders, making toast, working the till and, in one case, giving every customer a very detailed review of the weather. The school's sixth form is rated good, and around a third of its leavers go on to supported internships or part-time paid work - far above the national average for young people with learning disabilities.

Back at school, the deputy head, Declan Brennan, is running a training session on the new behaviour support plans. The inspection criticism of restraint records stung, he admits. "The honest answer is that our paperwork was worse than our practice. But if you can't evidence it, you can't learn from it. And some parents had every right to be angry about how long it took us to share records. That's on us."

Not every parent is persuaded. One mother, whose son is in Year 8, says communication from the school has been "a nightmare since Ofsted". "The class staff are fantastic. But you ring, and ring, and nobody rings back. You shouldn't have to fight your own child's school as well as the council."

THURSDAY

The speech and language therapy room is the size of a large cupboard and contains, by our count, 41 communication aids. Rhiannon Bell-Maddison, who won a national award this month, is programming one of them with the vocabulary for a trip to the barber's. "Short back and sides, a number two, 'not my ears', 'that tickles'. If you can't say 'that tickles', a haircut is just something frightening that happens to you."

In the afternoon we travel to the residential unit on Stainby Lane, where fourteen young people stay from Monday to Thursday. Tonight is takeaway night, which involves a 40-minute democratic process and ends, as it apparently always does, in pizza.

FRIDAY

On the Haverby bus home, the escort sings Abba. Nobody objects. At the last stop, a girl of nine signs "thank you" and "see you Monday" to the driver, then turns back at the door and adds "Abba" with great emphasis, in case anyone was thinking of changing the playlist.

The school faces a tough year. The council's budget is under enormous pressure, the waiting list for places is 31 children long, the secondary department must improve, and the residential case will go to court in the new year. But at 3.15 on a Friday, in the early years department, the biggest problem is that it is raining and somebody wants to go outside anyway.

"Let her," says early years teaching assistant Shannon Kitching, pulling on a waterproof. "She's been waiting all week for puddles. Life's too short to miss a puddle."
""",
        date="29 November 2024",
        byline="By Aisha Ismail, Education Correspondent",
        section="Long read",
        sidebar=(
            "Teesside's best Christmas markets",
            "Boro: what the January window might bring",
            "Rail strike: services cancelled on Saturday",
        ),
    ),
    E("school", "exact", "negative"),
    E("kwhitfield", "exact", "neutral"),
    E("aszczepanska", "exact", "neutral"),
    E("dbrennan", "exact", "neutral"),
    E("rbellmaddison", "exact", "neutral"),
    E("skitching", "exact", "neutral"),
)

add(
    "social",
    social("X (formerly Twitter)", "@boro_bairn_22", "ormesgill bank sports day was MINT 🥇🥇"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "X (formerly Twitter)",
        "@northyorkswalker",
        "Sunset from the top of Ormesgill Bank tonight. Worth the climb.",
    ),
)


# ---------------------------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------------------------


def validate() -> dict[str, Counter[str]]:
    """Check every label against the watchlist and the corpus-size requirements."""
    with (HERE / "watchlist.toml").open("rb") as fh:
        watchlist = tomllib.load(fh)
    subjects = {"school"} | {s["id"] for s in watchlist["staff"]}
    assert 9 <= len(watchlist["staff"]) <= 11, len(watchlist["staff"])
    for i, doc in enumerate(DOCS):
        seen = [e.subject for e in doc.expected]
        assert len(seen) == len(set(seen)), (i, seen)
        for e in doc.expected:
            assert e.subject in subjects, (i, e.subject)
        assert doc.text.strip(), i
    variants = Counter(e.variant for d in DOCS for e in d.expected)
    categories = Counter(e.category for d in DOCS for e in d.expected)
    kinds = Counter(d.kind for d in DOCS)
    mentions = sum(len(d.expected) for d in DOCS)
    unlabelled = sum(1 for d in DOCS if not d.expected)
    assert len(DOCS) >= 150, len(DOCS)
    assert mentions >= 180, mentions
    assert 0.15 <= unlabelled / len(DOCS) <= 0.20, unlabelled / len(DOCS)
    for v in VARIANTS:
        assert variants[v] >= 4, (v, variants[v])
    for c in CATEGORIES:
        assert categories[c] >= 8, (c, categories[c])
    assert set(kinds) == KINDS, kinds
    return {"variants": variants, "categories": categories, "kinds": kinds}


def main() -> int:
    stats = validate()
    out = HERE / "docs"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    lines = []
    for n, doc in enumerate(DOCS):
        name = f"{n:03d}-{doc.kind}.{doc.ext}"
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
    mentions = sum(len(d.expected) for d in DOCS)
    unlabelled = sum(1 for d in DOCS if not d.expected)
    print(f"{len(DOCS)} documents, {mentions} labelled mentions, {unlabelled} with no label")
    for key, counter in stats.items():
        print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
