# ruff: noqa: E501
"""Held-out labelled corpus 14 for the repwatch matcher: Thornecombe Abbey School.

Setting
-------
Thornecombe Abbey School is an invented fee-paying, co-educational day and boarding school
(ages 11-18) on Abbey Lane, Ashcombe St Giles, near Ewhurst in the Surrey Hills, with
Thornecombe Abbey Prep (ages 3-11) on the same site. Boarding houses: Aldred's (boys) and
Brackenhurst (girls). Alumni call themselves Old Thornecombians. Staff on the watchlist:
Headmaster Rupert Fanshawe, Bursar Gillian Throssell, Housemaster Thomas Harrington-Vane,
Housemistress Priya Chandrasekhar (nee Nair), Chaplain the Rev. Hugh Millward, Director of
Sport Daniel Okoye, Head of Drama Imogen Fairfax-Lowe, Head of Geography David Clarke (a
common name shared with strangers), Head of Prep Harriet Penhaligon, Head of Mathematics
Zofia Wiśniewska. Decoys: the Thornecombe Arms pub, Thornecombe Golf Club, Thornecombe Lodge
care home, Thornecombe Road in Streatham, a Thornecombe primary school in Somerset, Fanshawe
College (Ontario), the Chandrasekhar limit, Penhaligon's perfumery, Okoye of Wakanda, other
David Clarkes, a Lincolnshire vicar called Hugh Millward, "TAS" for Tasmania and "TAs".

Labelling conventions
---------------------
* One entry per subject per document; ``category`` is the WORST the whole document gives that
  subject; ``variant`` is the easiest form of the name on the page
  (exact > alias > title_surname > initial_surname > ... > surname_only).
* ``url_only`` is true only for sexual content where a child may be involved (allegations of
  contact with pupils, historical abuse of pupils). A page alleging that staff abused pupils
  at the school is sexual/url_only for the school too.
* Staff names count only when the page ties them to the school (name, alias, locality,
  domain or the person's job there), except the ``unique = true`` entries (Throssell,
  Harrington-Vane, Fairfax-Lowe).
* Court/police reports of threats are ``threat``; reports of criminal charges are
  ``defamation``; reports of online harassment are ``abuse``; condemnation is ``neutral``.
* The school's office number next to a name is not doxxing.

Written WITHOUT reading the matcher, its tests or its other corpora: this is a held-out
measurement set. Measure on it; never tune on it.
"""

from __future__ import annotations

import html
import json
import shutil
import tomllib
from collections import Counter
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
SUBJECTS = frozenset(
    {
        "school",
        "rfanshawe",
        "gthrossell",
        "tharringtonvane",
        "pchandrasekhar",
        "hmillward",
        "dokoye",
        "ifairfaxlowe",
        "dclarke",
        "hpenhaligon",
        "zwisniewska",
    }
)


@dataclass(frozen=True)
class Expect:
    subject: str
    variant: str
    category: str
    url_only: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "subject": self.subject,
            "variant": self.variant,
            "category": self.category,
            "url_only": self.url_only,
        }


def E(subject: str, variant: str, category: str, url_only: bool = False) -> Expect:
    assert subject in SUBJECTS, subject
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
    assert len(subjects) == len(set(subjects)), f"duplicate subject in doc {len(DOCS)}"
    DOCS.append(Doc(kind, text, tuple(expected)))


# --------------------------------------------------------------------------- templates


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paras_html(text: str) -> str:
    return "\n".join(f"<p>{esc(p.strip())}</p>" for p in text.strip().split("\n\n") if p.strip())


MOST_READ = [
    "Delays expected on A25 at Shere as resurfacing begins",
    "Dorking Halloween trail returns with record entries",
    "Plans for 120 homes on farmland approved on appeal",
    "Police appeal after catalytic converter thefts in Godalming",
    "Leith Hill Tower reopens after winter repairs",
    "Candlelit concert sells out at Guildford Cathedral",
    "Farmers' market moves to new site from next month",
    "Cyclist airlifted after crash on Box Hill",
    "Bus route cut leaves villages 'stranded', say residents",
    "Mystery of the missing Wonersh war memorial plaque solved",
]


def news(
    site: str,
    domain: str,
    headline: str,
    body: str,
    *,
    byline: str,
    date: str,
    section: str = "News",
) -> str:
    start = (len(DOCS) * 3) % len(MOST_READ)
    picks = [MOST_READ[(start + i) % len(MOST_READ)] for i in range(4)]
    most_read = "".join(f"<li>{esc(m)}</li>" for m in picks)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(headline)} | {esc(site)}</title></head>
<body>
<header><a class="logo" href="https://{domain}/">{esc(site)}</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What's On</a> <a href="/property">Property</a> <a href="/jobs">Jobs</a> <a href="/announcements">Announcements</a> <a href="/subscribe">Subscribe</a></nav>
</header>
<main>
<article>
<p class="section">{esc(section)}</p>
<h1>{esc(headline)}</h1>
<p class="byline">By {esc(byline)} &middot; {esc(date)}</p>
{paras_html(body)}
</article>
<aside><h2>Most read</h2><ol>{most_read}</ol></aside>
</main>
<footer><p>&copy; 2025 {esc(site)}. All rights reserved.</p>
<p><a href="/privacy">Privacy notice</a> &middot; <a href="/cookies">Cookie settings</a> &middot; <a href="/contact">Contact us</a> &middot; <a href="/complaints">Complaints</a></p></footer>
</body>
</html>
"""


def forum(site: str, board: str, title: str, posts: list[tuple[str, str, str]]) -> str:
    rendered = []
    for i, (user, when, text) in enumerate(posts, 1):
        rendered.append(
            f"""<div class="post" id="p{i}">
<div class="meta"><span class="user">{esc(user)}</span> <span class="when">{esc(when)}</span></div>
<div class="body">{paras_html(text)}</div>
<div class="actions">Quote &middot; Report &middot; Reply</div>
</div>"""
        )
    joined = "\n".join(rendered)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} | {esc(board)} | {esc(site)}</title></head>
<body>
<header><span class="site">{esc(site)}</span> <nav>Talk &middot; Active &middot; Watched threads &middot; Log in</nav></header>
<div class="crumbs">{esc(site)} &rsaquo; {esc(board)}</div>
<h1>{esc(title)}</h1>
{joined}
<footer>Posts are the views of their authors. Report a post &middot; Community guidelines &middot; Privacy</footer>
</body>
</html>
"""


def blog(
    site: str,
    title: str,
    body: str,
    *,
    author: str,
    date: str,
    comments: list[tuple[str, str]] | None = None,
    tags: tuple[str, ...] = (),
) -> str:
    comment_html = ""
    if comments:
        items = "\n".join(
            f'<li><span class="who">{esc(who)}</span> {paras_html(text)}</li>'
            for who, text in comments
        )
        comment_html = (
            f'<section class="comments"><h2>{len(comments)} comments</h2><ol>{items}</ol></section>'
        )
    tag_html = " ".join(f'<a class="tag" href="/tag/{esc(t)}">{esc(t)}</a>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} &ndash; {esc(site)}</title></head>
<body>
<header><a href="/">{esc(site)}</a> <nav>Home &middot; About &middot; Archive &middot; Contact</nav></header>
<article>
<h1>{esc(title)}</h1>
<p class="meta">{esc(author)} &middot; {esc(date)}</p>
{paras_html(body)}
<p class="tags">{tag_html}</p>
</article>
{comment_html}
<footer>Powered by a static site generator &middot; RSS &middot; Cookie policy</footer>
</body>
</html>
"""


def review_list(
    place: str, source: str, summary: str, items: list[tuple[str, str, str, str]]
) -> str:
    lines = [f"{place}", f"{source} · {summary}", "Sort by: Most relevant", ""]
    for who, stars, when, text in items:
        lines += [who, f"{stars} · {when}", text.strip(), "Helpful · Share", ""]
    lines.append("Reviews are not verified. Report a review.")
    return "\n".join(lines) + "\n"


def facebook(
    group: str,
    author: str,
    when: str,
    text: str,
    comments: list[tuple[str, str]] | None = None,
    reactions: str = "",
) -> str:
    lines = [group, "Private group · Members", "", f"{author}", f"{when} · 👥", text.strip(), ""]
    if reactions:
        lines.append(reactions)
    lines.append("Like · Comment · Share")
    for who, ctext in comments or []:
        lines += ["", who, ctext.strip(), "Like · Reply"]
    lines.append("")
    lines.append("Write a comment…")
    return "\n".join(lines) + "\n"


def clip(
    platform: str,
    handle: str,
    caption: str,
    comments: list[tuple[str, str]] | None = None,
    stats: str = "",
) -> str:
    lines = [platform, handle, caption.strip()]
    if stats:
        lines.append(stats)
    if comments:
        lines += ["", f"{len(comments)} comments"]
        for who, ctext in comments:
            lines += [who, ctext.strip(), "Reply"]
    return "\n".join(lines) + "\n"


S = "school"

# =========================================================================== news

SHA = ("Surrey Hills Advertiser", "surreyhillsadvertiser.example")
DCC = ("Dorking & Cranleigh Courier", "dccourier.example")
GST = ("Get Surrey Today", "getsurreytoday.example")
SET = ("South East Today", "southeasttoday.example")

add(
    "news",
    news(
        *SHA,
        "Thornecombe Abbey fees to rise by almost a fifth as VAT bites",
        """
Parents at Thornecombe Abbey School, the co-educational day and boarding school near Ewhurst, have been told that fees will rise by 18.6 per cent from September once VAT and what the school calls a “modest” inflationary increase are applied.

A letter from the Bursar, Gillian Throssell, seen by the Advertiser, says full boarding fees for senior pupils will reach £17,240 a term, while day fees at the senior school will be £11,380. Fees at the prep school on the same Abbey Lane site rise by a similar proportion.

“We have absorbed as much of the change as we responsibly can,” the letter says. “The governors have protected the bursary fund in full.”

Headmaster Rupert Fanshawe said the school had frozen a planned refurbishment of its science block and was “looking hard at every line of expenditure”. He added: “No family currently receiving means-tested support will lose it as a result of this change.”

One mother, who asked not to be named, said she had already given notice to remove her younger child. “It's the third letter like this in two years. We love the place, but we are not a bank,” she said.

The school, which has around 640 pupils including about 190 boarders, is a registered charity. Its accounts show a small operating surplus last year.
""",
        byline="Rachel Dunmore",
        date="14 March 2025",
    ),
    E(S, "exact", "neutral"),
    E("gthrossell", "exact", "neutral"),
    E("rfanshawe", "exact", "neutral"),
)

add(
    "news",
    news(
        *GST,
        "Father who left voicemails threatening to 'finish' headmaster given suspended sentence",
        """
A father who left a string of threatening voicemails for the headmaster of a Surrey boarding school after his son was asked to leave has been given a suspended prison sentence.

Mark Hollis, 51, of Cobham, admitted sending threatening communications when he appeared at Guildford Crown Court on Tuesday.

The court heard that over four days in November Hollis left fourteen messages on the main switchboard of Thornecombe Abbey School in Ashcombe St Giles. In one he said: “I know where Fanshawe lives. I'll finish him, and I'll burn that place down with him in it.”

Prosecutor Anjali Roy said the headmaster, Rupert Fanshawe, had installed CCTV at his home and that staff at the school had been “genuinely frightened”. Extra security was hired for the school's carol service.

In mitigation, the court heard Hollis had been drinking heavily after the breakdown of his marriage and was “deeply ashamed”.

Judge Caroline Pask sentenced him to 20 weeks in prison, suspended for 18 months, and made a restraining order banning him from contacting Mr Fanshawe or going within 500 metres of the school for five years.
""",
        byline="Court reporter",
        date="22 January 2025",
        section="Crime",
    ),
    E("rfanshawe", "exact", "threat"),
    E(S, "exact", "threat"),
)

add(
    "news",
    news(
        *DCC,
        "School sports director charged with drink-driving after crash on Pitch Hill",
        """
The director of sport at a Surrey independent school has been charged with drink-driving after his car left the road on Pitch Hill in the early hours of Sunday.

Daniel Okoye, 38, of Ewhurst, is due to appear before Guildford Magistrates on 3 April. Surrey Police said nobody else was involved and he was treated for minor injuries.

Mr Okoye has been director of sport at Thornecombe Abbey School since 2019 and coached the school's first XV to the regional final last season.

A spokesperson for Thornecombe Abbey said: “We are aware that a member of staff has been charged with an offence unconnected with his duties. It would be inappropriate to comment further while proceedings are ongoing.”
""",
        byline="Tom Ashdown",
        date="11 March 2025",
    ),
    E("dokoye", "exact", "defamation"),
    E(S, "exact", "neutral"),
)

add(
    "news",
    news(
        *SET,
        "Surrey boarding school told to tighten safeguarding records after inspection",
        """
Inspectors have told a Surrey boarding school to improve the way it records safeguarding concerns, after finding that some referrals were logged days after they were raised.

The Independent Schools Inspectorate visited Thornecombe Abbey School, near Ewhurst, in February for a focused compliance inspection. Its report, published this week, found that the school met most of the required standards but did not meet those relating to safeguarding record-keeping and the recording of staff recruitment checks.

Inspectors said pupils felt safe and that relationships in the boarding houses were “warm and purposeful”. But they found “inconsistencies” in how concerns were recorded, and two staff files without a completed barred-list check date.

In a statement to parents, Headmaster Rupert Fanshawe said: “We accept the findings in full. Every action point has already been addressed and we have invited the inspectorate to return.”

The school, which charges up to £51,000 a year for boarding, must submit an action plan within four weeks.
""",
        byline="Education correspondent",
        date="4 April 2025",
        section="Education",
    ),
    E(S, "exact", "negative"),
    E("rfanshawe", "exact", "neutral"),
)

add(
    "news",
    news(
        *SHA,
        "Tribunal rules bursar's remarks to chemistry teacher were age harassment",
        """
An employment tribunal has ruled that a former chemistry teacher at Thornecombe Abbey School was harassed because of his age by the school's bursar, though it rejected his claim of constructive dismissal.

Dr Alan Pearce, 61, taught at the Ashcombe St Giles school for 22 years before resigning in 2023. He told the tribunal in Croydon that the Bursar, Gillian Throssell, had asked him in front of colleagues whether he had “considered making way for someone with a bit more energy” and had referred to him in an email as “one of our dinosaurs”.

Employment Judge Harbottle found that both remarks amounted to harassment related to age. “Mrs Throssell accepted that she had sent the email but described it as a joke. The tribunal does not accept that description,” the judgment says.

The tribunal was critical of the way the school dealt with Dr Pearce's grievance, which was heard by the Headmaster, Rupert Fanshawe. Mr Fanshawe's handling of it “fell short of what one would expect of an employer of this size”, the judge said, noting that the outcome letter took eleven weeks.

Imogen Fairfax-Lowe, head of drama, gave evidence on Dr Pearce's behalf and described him as “the most generous colleague I have worked with”.

The constructive dismissal claim failed because Dr Pearce had delayed his resignation, the tribunal said. A hearing on compensation for the harassment finding will take place later this year.

A spokesperson for Thornecombe Abbey School said the governors were “reflecting carefully” on the judgment.
""",
        byline="Rachel Dunmore",
        date="9 October 2024",
    ),
    E(S, "exact", "negative"),
    E("gthrossell", "exact", "defamation"),
    E("rfanshawe", "exact", "negative"),
    E("ifairfaxlowe", "exact", "neutral"),
)

add(
    "news",
    news(
        "SchoolSport South East",
        "schoolsportse.example",
        "Thornecombe Abbey edge Holmdale in Surrey Cup thriller",
        """
Thornecombe Abbey 24 Holmdale College 21

A late penalty from fly-half Freddie Clarke sent Thornecombe Abbey into the Surrey Cup semi-finals after a breathless afternoon on the Pitch Hill pitches.

Holmdale led 21-14 with ten minutes left, but a driving maul finished by hooker Sam Adeyemi levelled the scores and Clarke, who had missed two earlier kicks, held his nerve from 35 metres with the clock red.

“The lads showed real character,” said Daniel Okoye, director of sport. “We were second best for long spells but we never stopped working.”

Elsewhere on a strong Saturday for the school, the girls' first XI hockey side beat St Bede's Horsham 3-1, with Lottie Marsh scoring twice, and the U14A netball team remained unbeaten.

Thornecombe face Reigate Grange away in the semi-final on 1 February.
""",
        byline="Sports desk",
        date="19 January 2025",
        section="Rugby",
    ),
    E(S, "alias", "neutral"),
    E("dokoye", "exact", "neutral"),
)

# decoy: pub in the school's own village, no school mention
add(
    "news",
    news(
        *DCC,
        "Village pub reopens after £400,000 refit",
        """
The Thornecombe Arms in Ashcombe St Giles has reopened after a four-month refurbishment that has seen its thatched roof replaced and its kitchen doubled in size.

New landlords Kerry and Phil Dunstable, who previously ran a gastropub in Shere, said they wanted the 17th-century inn to be “a proper village local again, with a menu people can afford”.

The pub's skittle alley, a rarity in Surrey, has been kept, and the beer garden now has views across to Pitch Hill. Regulars turned out in force for Friday's opening, when the first pint was pulled by 94-year-old Joan Ede, who has drunk at the Arms since 1951.

The Thornecombe Arms is open daily from noon; food is served until 9pm.
""",
        byline="Lucy Penfold",
        date="2 May 2025",
        section="Food & Drink",
    ),
)

add(
    "news",
    news(
        *SET,
        "Police investigate historic abuse allegations at Surrey boarding school",
        """
Surrey Police have confirmed they are investigating allegations of sexual abuse made by former pupils of a boarding school in the Surrey Hills.

The allegations relate to a teacher who worked at Thornecombe Abbey School, near Ewhurst, during the 1980s and early 1990s. At least four men have come forward, according to a support group set up by former pupils. Some say they were as young as 12 at the time.

The man, who is now in his seventies, has not been arrested or charged and has not been named.

One former pupil told South East Today that he had reported what happened to a member of staff in 1991. “I was told to stop telling stories. I was 13. Nobody rang my parents,” he said.

In a statement, the current Headmaster, Rupert Fanshawe, said: “We are cooperating fully with the police. Anyone affected, past or present, can contact our safeguarding lead in confidence. We have also commissioned an independent review of how concerns were handled at the time.”

The NSPCC helpline is available on 0808 800 5000.
""",
        byline="Harriet Clough",
        date="12 June 2025",
    ),
    E(S, "exact", "sexual", True),
    E("rfanshawe", "exact", "neutral"),
)

add(
    "news",
    news(
        *DCC,
        "Chaplain walks the Pilgrims' Way for refugee charity",
        """
A school chaplain has raised more than £12,000 for a refugee charity by walking 120 miles of the Pilgrims' Way from Winchester to Canterbury in nine days.

The Rev. Hugh Millward, chaplain at Thornecombe Abbey, was joined for sections of the walk by pupils, parents and two former heads of the school. He slept in church halls along the route and said the hardest day was the climb out of Otford “in a thunderstorm, with a blister the size of a 50p”.

The money will go to a Guildford-based charity that supports refugee families with housing and English lessons. Mr Millward said: “Pilgrimage is about carrying something with you. This year we carried the stories of the families we work with.”
""",
        byline="Community desk",
        date="30 August 2024",
        section="Community",
    ),
    E("hmillward", "exact", "neutral"),
    E(S, "alias", "neutral"),
)

add(
    "news",
    news(
        "Waverley Borough Council",
        "waverley-democracy.example",
        "Western Planning Committee — minutes, 18 September 2024",
        """
Present: Cllr P. Ainsworth (Chair), Cllr J. Reeve, Cllr M. Obi, Cllr S. Hartley, Cllr D. Thorne. Officers: Principal Planning Officer, Legal Adviser, Democratic Services Officer.

1. Apologies for absence were received from Cllr L. Pratt.

2. Declarations of interest. Cllr Reeve declared a non-pecuniary interest in item 7 as a former parent at the school and took no part in the debate.

3. Minutes of the meeting of 21 August 2024 were agreed as a correct record.

7. WA/2024/0871 — Thornecombe Abbey School, Abbey Lane, Ashcombe St Giles. Erection of a two-storey sports centre with 25m swimming pool, associated parking for 64 cars and alterations to access.

The Principal Planning Officer introduced the report. Forty-one letters of objection had been received, mainly concerning traffic on Abbey Lane, light spill into the Surrey Hills National Landscape and the loss of a veteran oak. Ashcombe St Giles Parish Council objected.

Mrs S. Lacey spoke in objection on behalf of Abbey Lane residents. She said that on match days the lane was “effectively closed” and that residents had been verbally abused by drivers.

Mrs G. Throssell (Bursar) and Mr D. Okoye (Director of Sport) spoke for the applicant. Mrs Throssell said that the pool would be available to local clubs and primary schools for 30 hours a week. Mr Okoye said that pupils currently travelled by coach to Guildford to swim.

Members debated the application. Cllr Obi said that the community-use agreement should be secured by legal agreement. Cllr Hartley said that the oak was irreplaceable.

RESOLVED that the application be DEFERRED to allow the applicant to submit a revised transport statement and an arboricultural assessment (4 for, 1 against).

8. WA/2024/0913 — Land at Coneyhurst Farm, Ewhurst. Change of use of barn to holiday let. RESOLVED that permission be GRANTED subject to conditions.

The meeting closed at 9.12pm.
""",
        byline="Democratic Services",
        date="18 September 2024",
        section="Committee minutes",
    ),
    E(S, "exact", "neutral"),
    E("gthrossell", "initial_surname", "neutral"),
    E("dokoye", "initial_surname", "neutral"),
)

# decoy: a different David Clarke in court
add(
    "news",
    news(
        *GST,
        "Delivery driver banned after being caught at three times the limit",
        """
A delivery driver who was found asleep at the wheel of his van on the A3 slip road at Milford has been banned from driving for 28 months.

David Clarke, 52, of Farncombe, pleaded guilty at Guildford Magistrates' Court to driving with excess alcohol. A breath test showed 107 micrograms of alcohol in 100 millilitres of breath; the legal limit is 35.

The court heard Clarke had finished a 13-hour shift and had “a few cans” in a lay-by before setting off home. He was also fined £640 and ordered to pay costs.

Chair of the bench Margaret Elphick told him: “You could very easily have killed somebody.”
""",
        byline="Court reporter",
        date="7 November 2024",
        section="Crime",
    ),
)

add(
    "news",
    news(
        *SHA,
        "Parents claim school 'pushed out' weaker pupils before exams",
        """
Parents at a Surrey independent school say their children were quietly encouraged to leave before their A-levels so that the school's results would look better, claims the school strongly denies.

Three families have told the Advertiser that their children, all in the lower sixth at Thornecombe Abbey School, were told in the spring of 2024 that they were “unlikely to thrive” in the upper sixth and should consider a sixth-form college. All three had predicted grades below a C in at least one subject.

“It was dressed up as pastoral concern, but the message was clear: you'll drag our average down,” said one father. “They take the fees for five years and then show you the door.”

The school's published results showed 71 per cent of A-level entries at A* or A last summer, up from 58 per cent two years earlier.

Headmaster Rupert Fanshawe said: “We reject this characterisation entirely. We have never asked a pupil to leave because of predicted grades. Where a different course would serve a young person better, we say so honestly.”

The Independent Schools Council said it expected members to act in pupils' best interests and that off-rolling “has no place” in the sector.
""",
        byline="Rachel Dunmore",
        date="27 February 2025",
        section="Education",
    ),
    E(S, "exact", "defamation"),
    E("rfanshawe", "exact", "neutral"),
)

add(
    "news",
    news(
        *GST,
        "Police investigate racist social media posts about boarding housemistress",
        """
Police are investigating a series of racist posts targeting a housemistress at a boarding school near Ewhurst.

Priya Chandrasekhar, who runs Brackenhurst, the girls' boarding house at Thornecombe Abbey School, was the subject of more than a dozen posts on TikTok and Instagram over the half-term break, some of which used racial slurs and mocked her accent.

Surrey Police said they were treating the posts as a hate incident and had spoken to the platforms. The accounts involved have since been removed.

Headmaster Rupert Fanshawe said in a letter to parents: “Mrs Chandrasekhar has the full support of every member of this community. Racist abuse is unacceptable in any form, and anyone found to be responsible will face the most serious consequences.”

Former pupils have set up an online page of messages of support, which has received more than 400 entries.
""",
        byline="Ellie Brandon",
        date="6 November 2024",
    ),
    E("pchandrasekhar", "exact", "abuse"),
    E(S, "exact", "neutral"),
    E("rfanshawe", "exact", "neutral"),
)

add(
    "news",
    news(
        *DCC,
        "Obituary: Canon Michael Ferrers, headmaster who opened a school to girls",
        """
Canon Michael Ferrers, who has died aged 91, was headmaster of Thornecombe Abbey School from 1979 to 1994 and oversaw its transformation from a small boys' boarding school into a co-educational day and boarding school.

Born in Bristol, he read theology at Oxford and was ordained in 1958. After curacies in Leeds and Portsmouth he taught divinity at two boarding schools before arriving at Ashcombe St Giles, where he inherited 210 boys, a leaking chapel and, he liked to say, “a Bursar who kept the petty cash in a biscuit tin”.

The admission of girls to the sixth form in 1983, and to all year groups in 1988, was bitterly opposed by some Old Thornecombians. Canon Ferrers answered every letter by hand.

He is survived by his wife Anne, three children and seven grandchildren. The funeral, at the school chapel, was taken by the school's chaplain, the Rev. Hugh Millward, who described him as “a man who was never in a hurry and never late”.
""",
        byline="Obituaries",
        date="15 January 2025",
        section="Announcements",
    ),
    E(S, "exact", "neutral"),
    E("hmillward", "exact", "neutral"),
)

# decoy: care home with the school's short name
add(
    "news",
    news(
        *GST,
        "Care home rated 'requires improvement' after medicines errors",
        """
A care home near Dorking has been rated “requires improvement” by the Care Quality Commission after inspectors found residents had been given the wrong doses of medication.

Thornecombe Lodge, which cares for up to 38 older people, was downgraded from “good” following an unannounced visit in August. Inspectors found that medication records for six residents did not match what had been given, and that call bells were sometimes left out of reach.

Staff were described as “kind and patient”, but the home had relied heavily on agency workers since its manager left in the spring.

The home's operator said a new manager had been appointed and that all medicines training had been repeated.
""",
        byline="Health reporter",
        date="3 October 2024",
        section="Health",
    ),
)

add(
    "news",
    news(
        *SHA,
        "Review: Guys and Dolls, Thornecombe Abbey",
        """
There is a moment in the second act of Thornecombe Abbey's Guys and Dolls when the whole cast freezes in the sewer scene and a single trumpet takes the melody. It is a bold choice, and typical of a production that trusts its young performers with real theatrical risk.

Director Imogen Fairfax-Lowe has moved the action from 1950 to a rain-soaked 1980s Soho, with neon, shoulder pads and a crap game played on an upturned skip. Not everything lands — the Havana sequence outstays its welcome — but the energy is relentless.

Upper sixth former Kit Rowntree is a swaggering Sky Masterson and Amara Boateng's Sarah Brown has a soprano that filled the school's new studio theatre without a microphone. The band, drawn from pupils and two members of staff, was tight.

Guys and Dolls runs until Saturday. Tickets from the school box office.
""",
        byline="Jenny Holroyd",
        date="28 November 2024",
        section="What's On",
    ),
    E(S, "alias", "neutral"),
    E("ifairfaxlowe", "exact", "neutral"),
)

add(
    "news",
    news(
        *DCC,
        "Headmaster's car daubed with graffiti outside his home",
        """
Police are appealing for witnesses after the car of a local headmaster was covered in graffiti overnight.

Rupert Fanshawe, Headmaster of Thornecombe Abbey School, found his car sprayed with the words “LIAR” and “GREEDY PIG” when he left for work on Thursday morning. A tyre had also been slashed.

The incident comes weeks after the school announced a steep fee rise, and days after an anonymous social media account began posting personal criticism of Mr Fanshawe.

Surrey Police said they were treating the incident as criminal damage and harassment. Anyone with information should call 101 quoting reference PR/45250118833.
""",
        byline="Tom Ashdown",
        date="25 April 2025",
        section="Crime",
    ),
    E("rfanshawe", "exact", "abuse"),
    E(S, "exact", "neutral"),
)

add(
    "news",
    news(
        *SET,
        "Six months of VAT on school fees: what has changed in Surrey?",
        """
When VAT was added to private school fees in January, opponents warned of an exodus into state schools, while supporters said the impact would be modest. Six months on, the picture in Surrey, which has more independent schools than any other county outside London, is mixed.

Surrey County Council says it has received 212 in-year applications for state school places from families leaving the independent sector since January, around a third higher than in the same period last year. Most were for primary places, and most were met at a family's first or second preference.

“The honest answer is that it's too early to say,” said one head of admissions at a county secondary school. “We've seen families arrive mid-year, and we've seen families who were always going to come at 11 or 16 arrive a bit earlier.”

Several smaller prep schools have closed or merged. The Downs House Prep in Farnham announced in March that it would shut at the end of the summer term, citing a 22 per cent fall in applications. A Woking prep has merged with a senior school a few miles away.

Larger schools have generally held their numbers. Some have cut staff, frozen building projects or increased class sizes. Others have expanded bursaries, paid for in part by cutting scholarships that carried no means test.

David Clarke, a partner at a Guildford accountancy firm that advises around 30 schools, said the sector was “splitting in two”. “The schools with a brand, a waiting list and a big endowment will be fine. The ones that were already running at 85 per cent full, with high fixed costs and no reserves, are in real trouble,” he said.

Parents describe a range of responses. Some grandparents are paying fees directly; others have remortgaged. A Reigate father of three said he had moved his eldest to a state sixth form and kept the younger two where they were. “It's not the VAT on its own. It's VAT on top of two years of rises on top of our own mortgage going up,” he said.

Teachers' unions say staff in independent schools are worried about redundancy and pensions. Several schools have left the Teachers' Pension Scheme in recent years, and others are consulting on doing so.

The government says the money raised will pay for 6,500 new teachers in state schools. Critics point out that the first-year figures will not be known until the autumn.

Among the bigger boarding schools in the south of the county, the picture is steadier. At Thornecombe, in the Surrey Hills, numbers in the senior school are said to be down by fewer than 20 pupils.
""",
        byline="Harriet Clough",
        date="1 July 2025",
        section="Education",
    ),
    E(S, "short_name", "neutral"),
)

add(
    "news",
    news(
        *GST,
        "Pupil, 15, cautioned over 'kill list' post naming school staff",
        """
A 15-year-old pupil at a Surrey boarding school has been given a youth caution after posting a so-called kill list on Snapchat that named two members of staff.

The post, which was shared among pupils at Thornecombe Abbey School in the autumn, listed the names under a picture of a knife. It is understood to have included housemaster Tom Harrington-Vane.

Surrey Police said officers had established that the boy had no access to weapons and that there was no wider risk. He has since left the school.

The school said it had acted “immediately and decisively” and had supported the staff members concerned.
""",
        byline="Ellie Brandon",
        date="14 January 2025",
        section="Crime",
    ),
    E("tharringtonvane", "alias", "threat"),
    E(S, "exact", "neutral"),
)

add(
    "news",
    news(
        *DCC,
        "New head for Thornecombe Abbey Prep",
        """
Thornecombe Abbey has appointed Harriet Penhaligon as the new Head of its prep school, which educates around 230 children aged three to eleven on the school's Abbey Lane site.

Mrs Penhaligon is currently deputy head of a prep school in Hampshire and began her career teaching Year 2 in Bermondsey. She will take up the post in September, succeeding Mr Andrew Cole, who retires after 14 years.

“I fell in love with the woods, the chickens and the sheer noise of the place,” she said. “It's a school where children are allowed to be children.”
""",
        byline="Community desk",
        date="6 February 2024",
        section="Education",
    ),
    E("hpenhaligon", "exact", "neutral"),
    E(S, "alias", "neutral"),
)

add(
    "news",
    news(
        *SHA,
        "Parents angry as boys' boarding house to merge with day house",
        """
Parents of boarders at Thornecombe Abbey School have criticised a decision to merge the school's boys' boarding house with a day house from next year, saying they were given “no meaningful consultation”.

Aldred's, which has housed boys since 1912, will become a mixed day and boarding house under its current housemaster, Thomas Harrington-Vane. Weekly and flexi boarding will replace full boarding for all but overseas pupils.

In a letter, one group of parents said the change “breaks promises made to us at admission” and accused the school of “managing decline”. The school said boarding numbers had fallen by a quarter since 2019 and that the change would allow it to invest in the remaining boarding house, Brackenhurst.
""",
        byline="Rachel Dunmore",
        date="19 May 2025",
        section="Education",
    ),
    E(S, "exact", "negative"),
    E("tharringtonvane", "exact", "neutral"),
)

add(
    "news",
    news(
        *DCC,
        "Letters: Coaches, verges and a word of thanks",
        """
COACHES ON ABBEY LANE

Sir, — Once again on Saturday Abbey Lane was blocked for most of the afternoon by visiting coaches for sports fixtures at Thornecombe. Residents could not get in or out, a delivery van reversed into my wall and nobody from the school answered the phone. The school says it is a good neighbour. It is not. — Name and address supplied, Ashcombe St Giles.

GRASS VERGES

Sir, — Can Surrey County Council explain why the verges on the B2127 have not been cut since June? Cyclists are being forced into the road on the bends below Pitch Hill. — P. Harding, Ewhurst.

A WORD OF THANKS

Sir, — I would like to thank the Rev. Millward, chaplain at Thornecombe Abbey, who visited my late husband every week for the last year of his life, though he had no connection with the school. He never once mentioned religion unless asked. — J. Stanford, Holmbury St Mary.

LIBRARY HOURS

Sir, — Cutting Cranleigh library to three days a week is a false economy. — R. Mullins, Cranleigh.
""",
        byline="Letters editor",
        date="10 October 2024",
        section="Opinion",
    ),
    E(S, "alias", "negative"),
    E("hmillward", "title_surname", "neutral"),
)

# decoy: Tasmania cricket, a Clarke scoring runs
add(
    "news",
    news(
        "Cricket Scores Daily",
        "cricketscoresdaily.example",
        "Sheffield Shield: NSW v TAS, day three",
        """
Stumps, day three: Tasmania 245 & 188/6 (Clarke 67, Bailey 41*; Abbott 3-44) v New South Wales 402/8d.

TAS trail by 31 runs with four wickets in hand. Clarke, who had been dropped on 12 in the morning session, was finally bowled by a Hazlewood yorker shortly before tea. The visitors need a big stand tomorrow to save the match in Sydney.

Earlier, NSW declared on their overnight total. Tasmania's openers fell cheaply again, making it 21/2 before Clarke and Webster steadied things with a stand of 88.

Next round: TAS host Queensland in Hobart from Friday.
""",
        byline="Staff writer",
        date="17 November 2024",
        section="Domestic cricket",
    ),
)

# decoy: a Polish athlete sharing the maths teacher's name
add(
    "news",
    news(
        "Athletics Weekly Roundup",
        "athleticsroundup.example",
        "Wiśniewska launches personal best to win in Chorzów",
        """
Poland's Zofia Wiśniewska threw a personal best of 64.12m to win the javelin at the Silesia meeting in Chorzów, delighting a home crowd of almost 40,000.

The 24-year-old, who finished eighth at last year's European Championships, improved her previous best by more than two metres with her fourth-round throw. “I felt it leave my hand and I knew,” Wiśniewska said.

Britain's best finisher in the event was seventh.
""",
        byline="Field events desk",
        date="17 August 2025",
        section="Diamond League",
    ),
)

# decoy: a footballer called Daniel Okoye
add(
    "news",
    news(
        "Isthmian Football Weekly",
        "isthmianweekly.example",
        "Okoye double sends Camberwell Town top",
        """
Camberwell Town 3 Hornchurch Athletic 1

Daniel Okoye scored twice in six second-half minutes as Camberwell Town went top of the table on goal difference.

The 22-year-old striker, on loan from a League Two club, took his tally to 14 for the season with a volley from the edge of the box and a tap-in after the keeper spilled a cross. Okoye has now scored in five successive league games.

“Danny's a handful for any defence,” said manager Keith Moody. “We just need to keep him here past January.”
""",
        byline="Non-league desk",
        date="9 December 2024",
        section="Football",
    ),
)

# decoy: Sunday league club sharing the short name, abuse of a referee
add(
    "news",
    news(
        "Surrey Sunday League",
        "surreysundayleague.example",
        "Disciplinary update: Thornecombe Rovers fined after referee abuse",
        """
The league's disciplinary panel has fined Thornecombe Rovers FC £150 and deducted three points after their Division Two fixture against Bramley Vets on 2 March was abandoned.

The referee's report states that after a penalty was awarded in the 78th minute he was surrounded by Rovers players, one of whom called him a “useless fat c***” and said he would “sort him out in the car park”. The referee abandoned the match.

The player concerned has been suspended for 112 days. Rovers secretary Jim Aldous said the club “apologises without reservation” and had paid for the referee's taxi home.

The league reminds all clubs that abuse of match officials will not be tolerated. Respect starts with us.
""",
        byline="League secretary",
        date="14 March 2025",
        section="Disciplinary",
    ),
)

# decoy: racehorse
add(
    "news",
    news(
        "Racing Results Online",
        "racingresults.example",
        "Fontwell: Thornecombe Lad makes all in novices' chase",
        """
Thornecombe Lad (5-2) made every yard of the running to win the 2m5f Novices' Chase at Fontwell, jumping boldly and drawing clear from the second-last to beat Glencoe Mist by nine lengths.

Trainer Sally Pettifer said the seven-year-old would now step up in trip. “He loves this track and he loves soft ground. We'll look at Sandown next.”

Jockey Aidan Rourke: “He was a bit keen early but he's a proper jumper.”
""",
        byline="Racing desk",
        date="22 February 2025",
        section="Results",
    ),
)

# =========================================================================== forums

MN = "Mumsnet-style Talk"

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Thornecombe Abbey - recent boarding experiences?",
        [
            (
                "WillowAndMoss",
                "Mon 03-Feb-25 21:14",
                "We've been offered a place for DD (11) at Thornecombe Abbey for Year 7, flexi boarding to start then maybe full. We loved the visit but I'm wary of the glossy open morning. Anyone with a child there now? Particularly interested in the girls' house and whether the food really is as bad as a friend says.",
            ),
            (
                "Tealeaves4",
                "Mon 03-Feb-25 21:40",
                "DD2 is in Brackenhurst (Y9). Mrs Chandrasekhar, the housemistress, is honestly the reason we stayed after a wobbly first term. She notices everything, replies to emails at 10pm, knows which girl is homesick before the girl does.\n\nFood: it's fine. It's school food. Lots of pasta.",
            ),
            (
                "NotTheBursar",
                "Mon 03-Feb-25 22:02",
                "I'd go in with your eyes open about fees. We've had 9%, 7% and now VAT on top. The communications about money are cold and the extras (trips, music, even exam entries) add up to another 10% at least. Pastoral in the junior boys' side was patchy for DS. Academically solid, not stellar.",
            ),
            (
                "WillowAndMoss",
                "Tue 04-Feb-25 07:31",
                "Thank you both, that's really helpful. The extras thing is a good shout, I'll ask for a full list.",
            ),
        ],
    ),
    E(S, "alias", "negative"),
    E("pchandrasekhar", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        MN,
        "Am I being unreasonable?",
        "AIBU to pull DS out of Thornecombe at Easter?",
        [
            (
                "Lanternfish",
                "Sun 09-Mar-25 20:03",
                "DS (13) boards at Thornecombe. Since October he's been picked on by two boys in his year - stuff taken, bed soaked, messages at night. I have emailed his housemaster, Mr Harrington (it's double-barrelled but everyone shortens it), five times. I got one reply saying boys 'need to learn to rub along' and that he'd 'keep an eye'.\n\nDS now doesn't want to go back after exeats and cried in the car on Sunday. We pay £16k a term. AIBU to just pull him at Easter and lose the term's fees in lieu of notice?",
            ),
            (
                "SaltAndVinegarHula",
                "Sun 09-Mar-25 20:19",
                "YANBU. Go over the housemaster's head - email the deputy head pastoral and the DSL, in writing, with dates. Keep screenshots of the messages.",
            ),
            (
                "Mumtobe_no_more",
                "Sun 09-Mar-25 20:44",
                "Check the contract - some schools waive notice if there's a safeguarding failure. But write it all down first, dated, so if you do have to fight about the fees you have the paper trail.",
            ),
            (
                "Lanternfish",
                "Sun 09-Mar-25 21:10",
                "Thank you. I think I've been too polite for too long.",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E("tharringtonvane", "hyphenated", "negative"),
)

add(
    "forum",
    forum(
        "Reddit",
        "r/UKPersonalFinance",
        "Grandparents want to pay school fees - best way to structure it?",
        [
            (
                "u/throwaway_feesq",
                "4 mo. ago",
                "My parents (70s, comfortable, house paid off, decent DB pensions) have offered to pay our daughter's senior school fees at TAS (Thornecombe Abbey in Surrey, about £38k a year day with VAT). They want to do it in a way that doesn't create an inheritance tax headache.\n\nOptions I've seen: gifts out of surplus income, paying the school directly, a lump sum composition fee scheme. Anyone done this? Is paying direct to the school better than gifting to us?",
            ),
            (
                "u/IHT_is_a_choice",
                "4 mo. ago",
                "Regular gifts out of surplus income are immediately exempt IF they can show it's from income, regular, and doesn't reduce their standard of living. Keep records (there's an HMRC form IHT403 the executors fill in later, so make their life easy with a spreadsheet).",
            ),
            (
                "u/feesplaining",
                "4 mo. ago",
                "Fee prepayment schemes went mostly out the window with VAT - HMRC clamped down on prepayments made after July 2024. Ask the school's bursary office what they currently offer but don't expect a discount anymore.",
            ),
            (
                "u/throwaway_feesq",
                "4 mo. ago",
                "Thanks all, sounds like the surplus income route with a proper paper trail.",
            ),
        ],
    ),
    E(S, "alias", "neutral"),
)

add(
    "forum",
    forum(
        "Reddit",
        "r/unitedkingdom",
        "Police investigate historic abuse allegations at Surrey boarding school",
        [
            (
                "u/goneforawalkies",
                "2 mo. ago",
                "Link to South East Today article in the post. Posting because I went to Thornecombe in the late 80s and this has been an open secret among my year for decades.",
            ),
            (
                "u/PiccalilliPete",
                "2 mo. ago",
                "Every boarding school of that era has one of these stories. The difference is whether the current lot deal with it properly.",
            ),
            (
                "u/goneforawalkies",
                "2 mo. ago",
                "Agreed. To be fair the current head wasn't there then.",
            ),
            (
                "u/Bramblebeck",
                "2 mo. ago",
                "Doesn't matter who was there then. Fanshawe has had two years of emails from old boys about this and sat on every one of them until the press got hold of it. He's covering for the governors and the governors are covering for the school's reputation. That's a cover-up, whatever the PR says.",
            ),
            (
                "u/PiccalilliPete",
                "2 mo. ago",
                "Source? That's a big claim.",
            ),
            (
                "u/Bramblebeck",
                "2 mo. ago",
                "I'm one of the old boys who emailed. Make of that what you will.",
            ),
        ],
    ),
    E(S, "short_name", "sexual", True),
    E("rfanshawe", "surname_only", "defamation"),
)

add(
    "forum",
    forum(
        "The Student Room",
        "Sixth form and college",
        "TAS sixth form for maths/further maths - worth it?",
        [
            (
                "quadratic_queen",
                "1 year ago",
                "Thinking of moving to TAS for sixth form from a state school, doing maths, FM, physics, chem. Is the maths department actually good or just well-marketed?",
            ),
            (
                "cosec_and_the_city",
                "1 year ago",
                "Current Y13 there. Ms Wisniewska (head of maths) is a bloody brilliant teacher, like genuinely the best I've had. Tough but she will stay till 6 going through STEP papers with you. FM group is small (7 of us) which is great.",
            ),
            (
                "quadratic_queen",
                "1 year ago",
                "Oh that's really reassuring, thank you!!",
            ),
            (
                "cosec_and_the_city",
                "1 year ago",
                "the physics dept is weaker tbh, one teacher left mid year. but maths is elite",
            ),
        ],
    ),
    E(S, "alias", "neutral"),
    E("zwisniewska", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        MN,
        "Education",
        "Thornecombe Abbey fee rise - what can we actually DO?",
        [
            (
                "Beechnutty",
                "Thu 13-Mar-25 19:55",
                "18.6%. That's what the letter says. Has anyone got anywhere complaining? The governors' email bounces back.",
            ),
            (
                "ComplainingIsACardio",
                "Thu 13-Mar-25 20:11",
                "Emails get you nowhere. The Bursar is Gillian Throssell. She lives at 7 Larch Close, Ewhurst, GU6 9ZX and her mobile is 07700 900417. I say we go and knock on her door on a Saturday and see how she likes being ignored.",
            ),
            (
                "Beechnutty",
                "Thu 13-Mar-25 20:15",
                "Er, no. That's not OK. I've reported your post.",
            ),
            (
                "MNHQ",
                "Thu 13-Mar-25 20:40",
                "We've edited a post on this thread for breaking our Talk Guidelines.",
            ),
        ],
    ),
    E(S, "alias", "negative"),
    E("gthrossell", "exact", "doxxing"),
)

add(
    "forum",
    forum(
        MN,
        "Education",
        "The Head's address on the village Facebook page",
        [
            (
                "Pennyroyal_",
                "Sat 15-Mar-25 09:12",
                "Has anyone else seen that someone has posted Mr Fanshawe's home address on the Ashcombe St Giles village page, with a load of comments about 'paying him a visit'? I am as cross about the fees as anyone but this is horrible. He has young children.",
            ),
            (
                "TheNightGardener",
                "Sat 15-Mar-25 09:30",
                "Seen it and reported it. Whatever you think about the fee rise, threatening Mr Fanshawe or his family is never OK. Complain to the governors, write to the press, vote with your feet. Don't turn up at a man's house.",
            ),
            (
                "Pennyroyal_",
                "Sat 15-Mar-25 09:41",
                "Exactly. I've emailed the school so they know.",
            ),
        ],
    ),
    E("rfanshawe", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "Ashcombe St Giles Village Forum",
        "Roads, parking & transport",
        "Abbey Lane on match days - again",
        [
            (
                "oldforge_resident",
                "12 Oct 2024, 18:22",
                "Three coaches and about sixty cars on the verges again today for the Thornecombe Abbey rugby. I couldn't get my mother to her hospital appointment because the lane was solid from the chapel to the crossroads. Marshals were nowhere. Has anyone had a reply from the school about the traffic plan they promised the parish council?",
            ),
            (
                "Jen_at_No4",
                "12 Oct 2024, 19:05",
                "No reply to my letter either. The verge outside ours is now mud. I've photographed every car and sent it to Surrey Highways, for all the good it'll do.",
            ),
            (
                "parish_clerk",
                "13 Oct 2024, 08:47",
                "The parish council has asked for this to be on the agenda of the liaison meeting with the school on 5 November. Please send any photos with dates and times to the clerk's email.",
            ),
        ],
    ),
    E(S, "alias", "negative"),
)

add(
    "forum",
    forum(
        "Reddit",
        "r/AskUK",
        "Did anyone else go to a school where one teacher was 'known about'?",
        [
            (
                "u/quietcorner_",
                "1 yr. ago",
                "Not a fun question, sorry. Watching a documentary made me realise how normal it was at my school for everyone to know which teacher to avoid.",
            ),
            (
                "u/rainonthedowns",
                "1 yr. ago",
                "Thornecombe Abbey, Aldred's house, early 90s (not the current housemaster, this guy is long gone). He used to come into the junior dorm after lights out and sit on boys' beds, and he'd 'supervise' showers. Two of us told a matron. We were 12. Nothing happened except he stopped talking to us. I still can't walk past a school changing room without feeling sick.",
            ),
            (
                "u/quietcorner_",
                "1 yr. ago",
                "I'm so sorry. If you ever want to report it, the police do take historic reports seriously now.",
            ),
            (
                "u/brackish_",
                "1 yr. ago",
                "Day school in Kent, 80s. Our one was the PE teacher. Same story, everyone knew.",
            ),
        ],
    ),
    E(S, "alias", "sexual", True),
)

add(
    "forum",
    forum(
        MN,
        "Education",
        "Where does the fee money go?",
        [
            (
                "RollingHillsMum",
                "Tue 18-Mar-25 13:02",
                "Genuine question. Thornecombe fees up nearly a fifth, the boarding house showers still run cold, the minibuses are ancient. Yet every year there's a new car in the bursar's space.",
            ),
            (
                "Parsnipsoup",
                "Tue 18-Mar-25 13:20",
                "I'm going to say what everyone says at the school gate. Gillian T, the bursar, has had her hand in the till for years. The 'development fund' we all gave to in 2022 raised £1.4m and there's no building. I'm convinced money is being skimmed and the governors are too cosy to look.",
            ),
            (
                "RollingHillsMum",
                "Tue 18-Mar-25 13:31",
                "That's quite an accusation! Though I'd love to see the accounts broken down.",
            ),
            (
                "Weedingagain",
                "Tue 18-Mar-25 14:05",
                "The accounts are on the Charity Commission website, anyone can read them. I'd be careful about posting that someone's stealing without proof.",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E("gthrossell", "first_initial", "defamation"),
)

add(
    "forum",
    forum(
        "The Student Room",
        "Boarding school",
        "aldred's is actually a prison",
        [
            (
                "not_a_morning_person_",
                "5 months ago",
                "boarding at thornecombe, aldred's house. h4rrington-v4ne took my phone for a WEEK because i had it after lights out. a week!! he is such a pompous prick, walks round the house like he's in the army",
            ),
            (
                "crumpetenjoyer",
                "5 months ago",
                "lmao same at mine. phone in a box at 9:30 every night",
            ),
            (
                "not_a_morning_person_",
                "5 months ago",
                "at least urs give it back in the morning",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E("tharringtonvane", "leetspeak", "abuse"),
)

add(
    "forum",
    forum(
        MN,
        "Primary education",
        "Thornecombe Abbey Prep - mixed feelings",
        [
            (
                "Woodpigeon_coo",
                "Wed 22-Jan-25 20:50",
                "DD is in Y4 at Thornecombe Abbey Prep. The head, Mrs Penhaligon, is fantastic - visible every morning at the gate, knows every child, deals with things fast.\n\nBut DD's class teacher this year is awful. Shouts, humiliates children in front of the class, sets homework and never marks it. Half the parents have complained. It's a private school - isn't the point that this doesn't happen?",
            ),
            (
                "BramblyHedge83",
                "Wed 22-Jan-25 21:15",
                "Keep going to the head. If she's as good as you say she'll act, but she needs a written record.",
            ),
        ],
    ),
    E(S, "alias", "negative"),
    E("hpenhaligon", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "Reddit",
        "r/TeachingUK",
        "Worst interview experience - independent school edition",
        [
            (
                "u/chalkdustlungs",
                "8 mo. ago",
                "Interviewed for a history job at an indie boarding school in the Surrey Hills last week (Thornecombe, if anyone cares). Lesson went well, kids were lovely. Then I had 20 minutes with the Bursar, Mrs Throssell, who spent the whole time telling me the salary was 'non-negotiable and frankly generous' and asked whether I was 'planning a family'. Yes, really.\n\nThe head, Rupert F, wandered in halfway through, called me 'young lady' twice and left.",
            ),
            (
                "u/gradeboundaries",
                "8 mo. ago",
                "Asking about family plans at interview is textbook discrimination. Did you write it down?",
            ),
            (
                "u/chalkdustlungs",
                "8 mo. ago",
                "I did. Withdrew my application too.",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E("gthrossell", "title_surname", "negative"),
    E("rfanshawe", "first_initial", "negative"),
)

add(
    "forum",
    forum(
        MN,
        "Teenagers",
        "Male teacher messaging girls on Snapchat - what would you do?",
        [
            (
                "Quietly_Furious_",
                "Fri 07-Feb-25 22:31",
                "DD (14) is at Thornecombe. Tonight she showed me that one of the male teachers has been messaging her and two friends on Snapchat, late at night, asking what they're wearing to the social, telling her she's 'more mature than the others' and to keep it 'between us'. I feel sick. Do I go to the head or the police?",
            ),
            (
                "NameChangedForThis",
                "Fri 07-Feb-25 22:40",
                "Both. Screenshot everything NOW before it disappears. Call the school's DSL first thing and ask for the LADO to be informed. If you don't hear back the same day, ring 101.",
            ),
            (
                "Quietly_Furious_",
                "Fri 07-Feb-25 22:49",
                "Done the screenshots. Not naming him on here but I will be naming him to everyone else.",
            ),
        ],
    ),
    E(S, "short_name", "sexual", True),
)

add(
    "forum",
    forum(
        "PistonHeads-style Motoring Forum",
        "General Gassing",
        "School minibus driving like a maniac on Pitch Hill",
        [
            (
                "Cortina_Mk3",
                "Sat 16:48",
                "Just been overtaken on the blind bend on Pitch Hill by a white Thornecombe Abbey minibus full of kids in rugby kit. Must have been doing 50 in a 30 with oncoming traffic. Got the reg.",
            ),
            (
                "V8_Vantage_Dave",
                "Sat 17:02",
                "That'll be their sports chap. Okoye, I think. Saw him do the same on the Ewhurst road. Report it to the school, they have a duty of care.",
            ),
            (
                "Cortina_Mk3",
                "Sat 17:10",
                "Have done. Also sent the dashcam to Op Snap.",
            ),
        ],
    ),
    E(S, "alias", "negative"),
    E("dokoye", "surname_only", "negative"),
)

# decoy: pub roast
add(
    "forum",
    forum(
        "Reddit",
        "r/CasualUK",
        "Best Sunday roast I've had in years - the Thornecombe Arms",
        [
            (
                "u/gravy_boat_captain",
                "3 wk. ago",
                "Walked up from Holmbury, 11 miles, arrived at the Thornecombe Arms in Ashcombe St Giles soaking wet. Beef was pink, yorkshire the size of my head, and they let the dog sit by the fire. £19.50. 10/10 would get rained on again.",
            ),
            (
                "u/parsnip_appreciator",
                "3 wk. ago",
                "Did they do the cauliflower cheese as a side? That's the real test.",
            ),
            (
                "u/gravy_boat_captain",
                "3 wk. ago",
                "Came in its own little dish. Elite.",
            ),
        ],
    ),
)

# decoy: Fanshawe College, Ontario
add(
    "forum",
    forum(
        "Reddit",
        "r/londonontario",
        "Fanshawe parking is an absolute joke this semester",
        [
            (
                "u/maple_and_despair",
                "2 wk. ago",
                "Paid $600 for a Fanshawe parking pass and I've had to park on the grass by the soccer fields three days this week. Anyone else? Who do I even complain to?",
            ),
            (
                "u/forest_city_fiona",
                "2 wk. ago",
                "Fanshawe student union has a form but honestly just take the bus, the 104 goes right to the door.",
            ),
            (
                "u/maple_and_despair",
                "2 wk. ago",
                "The 104 at 7am is standing room only lol",
            ),
        ],
    ),
)

# decoy: astrophysics question
add(
    "forum",
    forum(
        "The Student Room",
        "Physics",
        "Chandrasekhar limit - why 1.4 solar masses?",
        [
            (
                "neutron_star_nerd",
                "3 months ago",
                "Revising for my astro module. Why is the Chandrasekhar limit about 1.4 solar masses and not something else? My notes just state it.",
            ),
            (
                "fermi_level_best",
                "3 months ago",
                "It comes from balancing electron degeneracy pressure against gravity once the electrons become relativistic. Chandrasekhar did it in 1930 on the boat to England. The mass depends on the electron fraction - for carbon/oxygen white dwarfs you get about 1.44.",
            ),
            (
                "neutron_star_nerd",
                "3 months ago",
                "ahh the relativistic bit is what I was missing, ty",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Thornecombe boarding - housemistress",
        [
            (
                "Grosvenorgal",
                "Mon 14-Oct-24 10:12",
                "DD has just started in Brackenhurst at Thornecombe. Frankly I'm not impressed with the housemistress, Mrs Chandrasekar. My daughter says half the time she can't understand her accent. I didn't pay for a boarding school in England so my daughter could be looked after by someone who should go back to India.",
            ),
            (
                "Fennel_and_Dill",
                "Mon 14-Oct-24 10:25",
                "Wow. You do know that's racist, right? She has a perfectly clear accent and my daughter adores her.",
            ),
            (
                "Grosvenorgal",
                "Mon 14-Oct-24 10:31",
                "It's not racist to want to understand what's being said.",
            ),
            (
                "MNHQ",
                "Mon 14-Oct-24 11:02",
                "We've deleted a post on this thread for breaking our Talk Guidelines.",
            ),
        ],
    ),
    E(S, "short_name", "neutral"),
    E("pchandrasekhar", "typo", "hate"),
)

add(
    "forum",
    forum(
        MN,
        "Education",
        "Predicted grades being 'adjusted' at TAS?",
        [
            (
                "Bergamot_and_Bees",
                "Thu 05-Jun-25 16:40",
                "DS is in Y13 at TAS. His maths coursework came back with a mark about 15% higher than the feedback suggested, and when he asked, Ms Wisniewska told him she'd 'adjusted it so the department average looks right for the governors'. I'm now wondering how many of those shiny results are genuine. Has anyone else had this?",
            ),
            (
                "CitrusSqueeze",
                "Thu 05-Jun-25 17:02",
                "Internally assessed marks are moderated, so a change isn't necessarily dodgy. But 'so the average looks right' would be a massive red flag if that's really what she said.",
            ),
            (
                "Bergamot_and_Bees",
                "Thu 05-Jun-25 17:20",
                "That's exactly what she said. He wrote it down. The whole department is fiddling results to keep the Head happy.",
            ),
        ],
    ),
    E(S, "alias", "defamation"),
    E("zwisniewska", "title_surname", "defamation"),
)

# decoy: cycling club, locality only
add(
    "forum",
    forum(
        "Surrey Hills Wheelers",
        "Club rides",
        "Sunday club run - Pitch Hill and Holmbury reroute",
        [
            (
                "ride_captain_anna",
                "Thu 19:10",
                "Sunday's B-group ride will go Dorking - Coldharbour - Ewhurst - up Pitch Hill - down into Ashcombe St Giles for coffee at the village shop, then home via Shere. Roughly 58km, 900m climbing. Note the road below Pitch Hill has gravel on the bends after the storm.",
            ),
            (
                "gravelgrinder_g",
                "Thu 19:40",
                "Is the cafe in Ashcombe still doing the bacon rolls? Count me in if so.",
            ),
            (
                "ride_captain_anna",
                "Thu 20:02",
                "Bacon rolls confirmed. Meet 8:30 at the usual place, lights on please.",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Surrey boarding schools 2025 - the honest comparison thread",
        [
            (
                "Spreadsheet_Mum",
                "Sun 12-Jan-25 21:00",
                "Right. Last year's thread was so useful I'm starting a new one. We're looking at co-ed boarding for a sporty but not elite DS and an arty DD, entry at 11 and 13. Budget is 'what budget' but we are not oligarchs. Please post honest, recent experiences. I'll start with what we've seen so far.\n\nHolmdale College: gorgeous site, very sporty, felt a bit corporate. Head was charming but read from a script.\n\nSt Bede's Horsham: warm, small, great music. Worried about numbers after VAT.\n\nReigate Grange: day-heavy, boarding felt like an afterthought. Good results.",
            ),
            (
                "HockeyMumOf3",
                "Sun 12-Jan-25 21:18",
                "We have two at Holmdale. Agree about corporate. Pastoral is strong though, and the sport is relentless in a good way. Weekends are busier than the website suggests.",
            ),
            (
                "ChalkAndCheese2",
                "Sun 12-Jan-25 21:33",
                "St Bede's is lovely but I'd want to see the accounts. They've lost a lot of families.",
            ),
            (
                "Spreadsheet_Mum",
                "Sun 12-Jan-25 21:40",
                "Good point about the accounts. Any tips for reading them?",
            ),
            (
                "ChalkAndCheese2",
                "Sun 12-Jan-25 21:52",
                "Look at the reserves, the bank loans and the fee income trend over five years. If fee income is flat while fees went up 20%, numbers are falling.",
            ),
            (
                "Orangeblossom77",
                "Mon 13-Jan-25 07:14",
                "Has anyone looked at Frensham Vale? We were told it's very good for dyslexia support.",
            ),
            (
                "HockeyMumOf3",
                "Mon 13-Jan-25 07:40",
                "Frensham Vale is great for SEN but very small, and no boarding at weekends.",
            ),
            (
                "Spreadsheet_Mum",
                "Mon 13-Jan-25 08:02",
                "Thanks all. Still to visit two more.",
            ),
            (
                "Ridgeway_Rambler",
                "Mon 13-Jan-25 12:29",
                "Late to this, but we have a DD in the sixth form at Thornecombe and a DS who left last year. Mixed bag honestly. Drama is outstanding, the sport is good, and the geography department is superb - Mr Clarke, the head of geography, ran DD's Iceland field trip and she came back wanting to be a volcanologist. On the other hand communication from the office is dire and they are not cheap.",
            ),
            (
                "Spreadsheet_Mum",
                "Mon 13-Jan-25 12:44",
                "Thornecombe is on our list for the arty one, that's helpful, thank you.",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E("dclarke", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "Reddit",
        "r/unitedkingdom",
        "VAT on private school fees: six months on",
        [
            (
                "u/ashgrove_analyst",
                "3 mo. ago",
                "Article in the post. Interested in hearing from people actually affected rather than the usual culture-war stuff.",
            ),
            (
                "u/not_a_toff_honest",
                "3 mo. ago",
                "Kid at a Surrey Hills school (Thornecombe). We're not rich, both teachers ourselves, and grandparents help. Fees went up 18% in one go. The best bit was the bursar's letter. Throssell's letter explaining it was a masterpiece of passive aggression: 'we trust families will understand that excellence has a cost'. We're leaving in July.",
            ),
            (
                "u/coldteaandtoast",
                "3 mo. ago",
                "Honestly that's a pretty normal price rise for a school that had to pass on 20% VAT.",
            ),
            (
                "u/not_a_toff_honest",
                "3 mo. ago",
                "Sure, it's the tone more than the number.",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E("gthrossell", "possessive", "negative"),
)

add(
    "forum",
    forum(
        MN,
        "Education",
        "Thornecombe: a love letter (not)",
        [
            (
                "Cynical_Clementine",
                "Sat 24-May-25 11:11",
                "Oh yes, Thornecombe is *wonderful* value. £17k a term for cold showers, a rugby pitch that floods, and a Headmaster who answers your email in six weeks with a paragraph about 'our values'. Truly Mr Fanshawe is a visionary. I can't think why we're leaving.",
            ),
            (
                "Pip_and_Squeak",
                "Sat 24-May-25 11:40",
                "Ha. Six weeks is good going. I'm on week nine.",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E("rfanshawe", "title_surname", "negative"),
)

add(
    "forum",
    forum(
        "Reddit",
        "r/UKParenting",
        "School chaplain refused to let my son skip chapel",
        [
            (
                "u/atheist_dad_surrey",
                "6 mo. ago",
                "DS (12) boards at Thornecombe Abbey. We're not religious and asked for him to be excused from Sunday chapel. The chaplain, Rev Milward, said every boarder attends 'as a community' and he could 'sit quietly'. The school's own website says parents can withdraw children from worship. Am I wrong to push this?",
            ),
            (
                "u/right_to_withdraw",
                "6 mo. ago",
                "You're right. Independent schools set their own rules but if their published policy says you can withdraw, hold them to it. Write to the head, quote the policy.",
            ),
            (
                "u/atheist_dad_surrey",
                "6 mo. ago",
                "Thanks. Email drafted.",
            ),
        ],
    ),
    E(S, "alias", "negative"),
    E("hmillward", "typo", "negative"),
)

# decoy: TAs = teaching assistants
add(
    "forum",
    forum(
        "Education Support Forum",
        "Teaching assistants",
        "TAs being used as cover supervisors - is this legal?",
        [
            (
                "level3ta",
                "Tue 14:22",
                "At my school TAs are regularly put in front of whole classes for a full day when a teacher is off, with no cover rate. Is that allowed?",
            ),
            (
                "hlta_helen",
                "Tue 15:05",
                "Check your job description. HLTAs can be asked to cover; ordinary TAs shouldn't be routinely. Talk to your union rep - Unison has guidance on TAs and cover.",
            ),
            (
                "level3ta",
                "Tue 15:30",
                "Thanks, I'll dig out my JD. Half the TAs here are on term-time only contracts too.",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        "Reddit",
        "r/UKPersonalFinance",
        "Bursary reassessment wants 3 years of bank statements - normal?",
        [
            (
                "u/bursaryblues_",
                "5 mo. ago",
                "Our daughter has a 60% bursary at Thornecombe Abbey School. Annual reassessment letter from the Bursar (Mrs Throssell) now asks for three years of full bank statements for every account, plus details of the grandparents' savings. Is that normal? Feels very intrusive.",
            ),
            (
                "u/means_tested",
                "5 mo. ago",
                "Fairly normal, sadly. Bursaries are charitable funds and they have to show they are means-testing properly. Grandparents' savings are a grey area - ask why they need it and how it's used.",
            ),
            (
                "u/bursaryblues_",
                "5 mo. ago",
                "Will do. She's been polite enough, to be fair, it's just a lot.",
            ),
        ],
    ),
    E(S, "exact", "neutral"),
    E("gthrossell", "title_surname", "neutral"),
)

# =========================================================================== reviews

add(
    "review",
    review_list(
        "Thornecombe Abbey School — Employee reviews",
        "Glassdoor-style",
        "3.1 ★ · 47 reviews · 52% would recommend to a friend",
        [
            (
                "Teacher · Former employee · Ashcombe St Giles",
                "★★☆☆☆",
                "11 Feb 2025",
                "Pros: The pupils are polite and motivated, the grounds are stunning, small classes.\n\nCons: Senior leadership is remote and the place is run by the finance office. The Bursar, Gillian Throssell, decides everything from who gets a laptop to whether the drama department can buy lighting gels. Staff turnover is brutal and nobody asks why.\n\nAdvice to management: Listen to the staff room before the staff room empties.",
            ),
            (
                "Head of Department · Current employee",
                "★★★★☆",
                "2 Jan 2025",
                "Pros: Genuinely collegiate departments. Fairfax-Lowe and the drama team are inspirational and the productions are better than some professional shows I've seen.\n\nCons: Boarding duties on top of a full timetable. Pay is fine but not London weighting.",
            ),
            (
                "Matron · Former employee",
                "★★★☆☆",
                "19 Nov 2024",
                "Pros: Lovely children, supportive housemistress.\n\nCons: Understaffed at night. Agency cover at weekends.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E("gthrossell", "exact", "negative"),
    E("ifairfaxlowe", "surname_only", "neutral"),
)

add(
    "review",
    review_list(
        "Thornecombe Abbey School — Employee reviews (page 3)",
        "Glassdoor-style",
        "3.1 ★ · 47 reviews",
        [
            (
                "Teacher · Former employee · Surrey",
                "★☆☆☆☆",
                "30 Apr 2025",
                "Pros: Pension (for now).\n\nCons: A culture of covering things up. When a colleague raised concerns that the chaplain, Rev Millward, was regularly turning up to take Friday chapel smelling of drink and on one occasion slurring through the blessing, she was told by SLT that it was 'a private matter' and to drop it. Six months later she was 'restructured' out. If that's how they treat a concern about an adult, think about how they handle the rest.\n\nAdvice to management: Whistleblowing policy is not a poster.",
            ),
            (
                "Groundsman · Current employee",
                "★★★★☆",
                "12 Apr 2025",
                "Pros: Beautiful place to work, decent team, they feed you.\n\nCons: The estates budget gets cut first every year.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E("hmillward", "title_surname", "defamation"),
)

add(
    "review",
    review_list(
        "Thornecombe Abbey — Company reviews",
        "Indeed-style",
        "3.0 out of 5",
        [
            (
                "Maintenance contractor · Ashcombe St Giles, Surrey",
                "2/5",
                "9 Sep 2024",
                "Worked there as a contractor for two summers. The estates lads are great. The problem is the bursary office. Invoices get 'lost', payment runs 90 days late, and Mrs Throssel will argue over a £40 call-out charge while the school spends thousands on a marquee for speech day. Wouldn't go back.",
            ),
            (
                "Catering assistant · Surrey",
                "3/5",
                "1 Aug 2024",
                "Kitchen is old and gets hot. Chef is fair. Hours are fine in term time, nothing in the holidays.",
            ),
        ],
    ),
    E(S, "alias", "negative"),
    E("gthrossell", "typo", "negative"),
)

add(
    "review",
    review_list(
        "Thornecombe Abbey School, Abbey Lane, Ashcombe St Giles",
        "Google-style reviews",
        "3.8 ★ (112)",
        [
            (
                "Sarah M · Local Guide · 48 reviews",
                "★★★★★",
                "2 months ago",
                "Beautiful campus and a school that really sees the whole child. Mr Okoye turned our son around - from a boy who hated sport to the captain of the U15s. Can't thank the sports department enough.",
            ),
            (
                "K. Holloway",
                "★☆☆☆☆",
                "3 months ago",
                "Avoid if your child needs any pastoral support. Our daughter was self-harming and we found out from another parent. The house staff 'didn't think it was serious'. Fees of £50k a year and they couldn't pick up a phone.",
            ),
            (
                "James Tran",
                "★★★☆☆",
                "5 months ago",
                "Good academics, grim food, terrible parking at events.",
            ),
            (
                "Anonymous",
                "★★★★☆",
                "6 months ago",
                "Open morning was well run and the pupils who showed us round were brilliant.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E("dokoye", "title_surname", "neutral"),
)

# decoy: pub reviews, a barman called Dave Clarke
add(
    "review",
    review_list(
        "The Thornecombe Arms, The Street, Ashcombe St Giles",
        "Google-style reviews",
        "4.5 ★ (389) · £20–30 · Pub",
        [
            (
                "Mike Davies · Local Guide",
                "★★★★★",
                "a week ago",
                "Proper village pub. Dave Clarke behind the bar knows every ale on by heart and pours a perfect pint of Surrey Hills Shere Drop. Dogs welcome, log fire, skittles on Thursdays.",
            ),
            (
                "Lauren P",
                "★★★☆☆",
                "a month ago",
                "Food was good but we waited 50 minutes for mains on a Sunday. Staff apologetic.",
            ),
            (
                "Ewan Rees",
                "★★★★★",
                "2 months ago",
                "Stopped after the walk up from Pitch Hill. Best chips in Surrey and a friendly landlord.",
            ),
        ],
    ),
)

# decoy: golf club
add(
    "review",
    review_list(
        "Thornecombe Golf Club",
        "Golf course reviews",
        "4.1 / 5 · 18 holes · Par 71",
        [
            (
                "handicap_14",
                "4/5",
                "June 2025",
                "Heathland course in lovely condition. Greens quick and true. The 7th is a brute off the back tees. Clubhouse lunch excellent value. Pro shop a bit pricey.",
            ),
            (
                "G. Thornton",
                "2/5",
                "May 2025",
                "Visitor green fee of £95 and we were held up behind a society for the whole back nine. Marshal nowhere to be seen. Course itself is fine.",
            ),
            (
                "SwingKing",
                "5/5",
                "April 2025",
                "Played in the Thornecombe Golf Club spring open. Superbly run, great prizes.",
            ),
        ],
    ),
)

add(
    "review",
    review_list(
        "Mr Clarke — Geography — Thornecombe Abbey",
        "RateMyTeachers-style",
        "Overall 3.2 / 5 · Easiness 2.8 · Helpfulness 3.5 · 14 ratings",
        [
            (
                "Student · Year 10",
                "2/5",
                "Mar 2025",
                "so boring. reads off the slides in a monotone for an hour and gives you 3 pages of homework. his jokes are from 1987",
            ),
            (
                "Student · Year 13",
                "4/5",
                "Feb 2025",
                "Fair and knows his stuff. Iceland trip was the best week of school.",
            ),
            (
                "Student · Year 9",
                "2/5",
                "Jan 2025",
                "gave me a detention for forgetting a ruler. a ruler.",
            ),
        ],
    ),
    E(S, "alias", "neutral"),
    E("dclarke", "title_surname", "negative"),
)

add(
    "review",
    review_list(
        "Miss Fairfax-Lowe — Drama — Thornecombe Abbey School",
        "RateMyTeachers-style",
        "Overall 2.9 / 5 · 9 ratings",
        [
            (
                "Student · Year 11",
                "1/5",
                "May 2025",
                "stuck up posh cow who only casts her favourites. if ur not in the lower sixth clique u get 'tree number 3'. honestly vile woman",
            ),
            (
                "Student · Year 12",
                "5/5",
                "Apr 2025",
                "Best teacher in the school. She made me believe I could audition for drama school and I got in.",
            ),
            (
                "Student · Year 9",
                "3/5",
                "Mar 2025",
                "ok i guess. scary when she's angry",
            ),
        ],
    ),
    E(S, "exact", "neutral"),
    E("ifairfaxlowe", "title_surname", "abuse"),
)

add(
    "review",
    review_list(
        "Thornecombe Abbey Prep School",
        "Google-style reviews",
        "4.4 ★ (63)",
        [
            (
                "Hannah O",
                "★★★★★",
                "a month ago",
                "Our son has flourished in Reception. Penhaligon's whole approach - forest school every Friday, chickens, lots of outdoor play - is exactly what we wanted.",
            ),
            (
                "R. Sandhu",
                "★★☆☆☆",
                "2 months ago",
                "Lunches are dreadful for the price - beige food every day, and my daughter comes home starving. Raised it twice, nothing changed.",
            ),
            (
                "Tom W",
                "★★★★★",
                "4 months ago",
                "Small classes, kind teachers, nice mix of families.",
            ),
        ],
    ),
    E(S, "alias", "negative"),
    E("hpenhaligon", "possessive", "neutral"),
)

add(
    "review",
    review_list(
        "Thornecombe Abbey School — Employee reviews (page 5)",
        "Glassdoor-style",
        "3.1 ★ · 47 reviews",
        [
            (
                "Sports Coach · Former employee · Ashcombe St Giles",
                "★☆☆☆☆",
                "17 Jun 2025",
                "Pros: Facilities are excellent and the kids are keen.\n\nCons: The Director of Sport (Danny O) is a sleaze. He comments on female colleagues' bodies in the staff room, rates the gap students out of ten, and at last year's Christmas party he tried to kiss a young coach who'd made it clear she wasn't interested. She left in February. HR knew. Nothing happened.\n\nAdvice to management: Stop protecting him because the 1st XV wins.",
            ),
            (
                "Teaching Assistant · Current employee",
                "★★★★☆",
                "3 Jun 2025",
                "Pros: Supportive department, training budget.\n\nCons: Parking.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E("dokoye", "first_initial", "sexual"),
)

# decoy: care home reviews
add(
    "review",
    review_list(
        "Thornecombe Lodge Care Home, Dorking",
        "Care home reviews",
        "8.4 / 10 · 21 reviews",
        [
            (
                "Daughter of resident",
                "4/10",
                "Sep 2024",
                "Carers are lovely but there are never enough of them. Mum waited 40 minutes for help to the toilet on two visits. Manager left in spring and it shows.",
            ),
            (
                "Son of resident",
                "9/10",
                "Jul 2024",
                "Dad has been at Thornecombe Lodge for two years. Activities coordinator is a star and the garden is beautiful.",
            ),
        ],
    ),
)

add(
    "review",
    review_list(
        "Thornecombe Abbey Prep — Company reviews",
        "Indeed-style",
        "3.4 out of 5",
        [
            (
                "Class teacher · Former employee · Ashcombe St Giles",
                "2/5",
                "14 Mar 2025",
                "Harriet P (the head) is lovely to parents and micromanages staff to the point of absurdity. Planning has to be submitted in her template by Thursday 8am, display boards are inspected with a ruler. Three of us left in one year. The children are a joy though.",
            ),
            (
                "Early years practitioner · Current employee",
                "4/5",
                "8 Jan 2025",
                "Great outdoor space and a really kind team in the nursery.",
            ),
        ],
    ),
    E(S, "alias", "negative"),
    E("hpenhaligon", "first_initial", "negative"),
)

add(
    "review",
    review_list(
        "Thornecombe Abbey School, Abbey Lane, Ashcombe St Giles",
        "Google-style reviews",
        "3.8 ★ (112) · Sort: Newest",
        [
            (
                "Disgruntled Dad",
                "★☆☆☆☆",
                "1 week ago",
                "If you actually want an answer, don't bother with the school office (01632 960410) - they just take a message. Email the head on his personal address, rupert.fanshawe@btinternet.example, or ring his mobile, 07700 900233. He picks up on a Sunday. Maybe if enough of us do it he'll start listening.",
            ),
            (
                "Olivia R",
                "★★★★★",
                "2 weeks ago",
                "Lovely community, my two are very happy.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E("rfanshawe", "exact", "doxxing"),
)

add(
    "review",
    review_list(
        "Thornecombe Abbey School",
        "Google-style reviews",
        "3.8 ★ (112) · Sort: Lowest",
        [
            (
                "P. Gallagher",
                "★★☆☆☆",
                "3 weeks ago",
                "Rang the office on 01632 960410 four times about a fees query. Eventually got through to Mrs Throssell, the bursar, who was curt and said she'd 'look into it'. Nobody ever called back. For what we pay, basic courtesy shouldn't be too much to ask.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E("gthrossell", "title_surname", "negative"),
)

# decoy: a different school with the short name
add(
    "review",
    review_list(
        "Thornecombe Church of England Primary School, near Taunton, Somerset",
        "Parent reviews",
        "4.0 ★ (17)",
        [
            (
                "Parent of Y2 child",
                "★★★★★",
                "Jan 2025",
                "Tiny village school, 68 pupils, mixed-age classes. Our son loves it. The head teaches Year 6 two days a week and knows every family.",
            ),
            (
                "Parent",
                "★★☆☆☆",
                "Oct 2024",
                "Thornecombe's after-school club closed with two weeks' notice, leaving working parents in the lurch. Communication needs to improve.",
            ),
        ],
    ),
)

# decoy: a solicitor called David Clarke
add(
    "review",
    review_list(
        "Clarke & Whitmore LLP — David Clarke, Partner (Private Client)",
        "Solicitor reviews",
        "4.8 / 5 · 36 reviews",
        [
            (
                "Margaret E., Godalming",
                "5/5",
                "Feb 2025",
                "David Clarke handled my late husband's estate with great patience and kept me informed at every stage. Fees exactly as quoted.",
            ),
            (
                "Anonymous",
                "3/5",
                "Nov 2024",
                "Good advice on my will, but it took eight weeks to get the final draft.",
            ),
        ],
    ),
)

add(
    "review",
    review_list(
        "Thornecombe Abbey School",
        "Google-style reviews",
        "3.8 ★ (112) · Sort: Most relevant",
        [
            (
                "Kemi A",
                "★★★☆☆",
                "4 months ago",
                "Mr Okoye = legend, the sports programme is the best thing about the school. Throssell = a witch who would charge you for breathing the air on Abbey Lane if she could get it past the governors. Three stars, averaged.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E("dokoye", "title_surname", "neutral"),
    E("gthrossell", "surname_only", "abuse"),
)

# decoy: holiday cottage in a Dorset hamlet of the same name
add(
    "review",
    review_list(
        "Orchard Cottage, Thornecombe, Dorset",
        "Holiday let reviews",
        "9.6 Exceptional · 74 reviews",
        [
            (
                "Claire, UK",
                "10",
                "August 2025",
                "Perfect little cottage in a quiet hamlet. Thornecombe is a short drive from the coast and the walks from the door are gorgeous. Hot tub spotless.",
            ),
            (
                "Peter, UK",
                "9",
                "July 2025",
                "Lovely stay, host left fresh eggs and bread. Lane is narrow - bring a small car.",
            ),
        ],
    ),
)

# decoy: bakery sharing the chaplain's surname
add(
    "review",
    review_list(
        "Millward's Bakery, High Street, Dorking",
        "Google-style reviews",
        "4.7 ★ (214) · Bakery",
        [
            (
                "Rosie T",
                "★★★★★",
                "a week ago",
                "Hugh Millward and his team make the best sourdough in Surrey. The cardamom buns sell out by ten so get there early.",
            ),
            (
                "Dan",
                "★★★★☆",
                "3 weeks ago",
                "Great bread, queue out the door on Saturdays.",
            ),
        ],
    ),
)

add(
    "review",
    review_list(
        "Thornecombe Abbey School — Employee reviews (page 2)",
        "Glassdoor-style",
        "3.1 ★ · 47 reviews",
        [
            (
                "Maths Teacher · Former employee",
                "★★☆☆☆",
                "22 May 2025",
                "Pros: Able pupils, good resources.\n\nCons: Zofia W, the head of department, is brilliant at maths and hopeless at managing people. Meetings are a monologue, and if your results dip she takes it as a personal insult. Department has lost four teachers in two years.\n\nAdvice to management: Look at the exit interviews.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E("zwisniewska", "first_initial", "negative"),
)

# =========================================================================== social

add(
    "social",
    clip(
        "TikTok",
        "@brackenhurst.girls",
        "POV: it's 10pm inspection and Mrs C is on the warpath 😭🔦 #boardingschool #thornecombe #fyp",
        [
            ("millie.x", "mrs c is literally the best tho"),
            ("lottie_m", "brackenhurst supremacy 💅"),
            ("user8821733", "the torch 😭😭"),
        ],
        "♥ 12.4K · 💬 187 · ↗ 340",
    ),
    E("pchandrasekhar", "nickname", "neutral"),
    E(S, "hashtag", "neutral"),
)

add(
    "social",
    clip(
        "TikTok",
        "@sixthform.chaos",
        "rating my teachers as a boarder pt 1 📝\nF4nsh4we 2/10 gives serial killer energy, walks like he's about to sack someone\nokoye 10/10 would die for him\nwisniewska 9/10 terrifying but a legend\n#thornecombeabbey #boardingschool #ratingmyteachers",
        [
            ("bea.rowntree", "the fanshawe one 💀💀"),
            ("jj_kamara", "WISNIEWSKA LEGEND"),
            ("user5590", "do part 2 with the chaplain"),
        ],
        "♥ 31.7K · 💬 902",
    ),
    E("rfanshawe", "leetspeak", "abuse"),
    E("dokoye", "surname_only", "neutral"),
    E("zwisniewska", "surname_only", "neutral"),
    E(S, "hashtag", "neutral"),
)

add(
    "social",
    clip(
        "Snapchat (story)",
        "freddie.c",
        "when 0k0ye makes u do 6am fitness in the rain before double chem 🥶💀 tas rugby life",
        None,
        "Viewed by 146",
    ),
    E("dokoye", "leetspeak", "negative"),
    E(S, "alias", "neutral"),
)

add(
    "social",
    clip(
        "Instagram",
        "@thornecombeabbey",
        "Huge congratulations to our U15 girls' hockey squad, who are through to the county finals after a 4-2 win over Holmdale on Wednesday! 🏑💙 Special mention to Isla for her hat-trick. Next up: the finals at Guildford on 14 March. #TeamThornecombe",
        [
            ("proudmum_of_3", "Well done girls!! 💙💙"),
            ("hockey.isla", "😭 best team"),
        ],
        "♥ 428",
    ),
    E(S, "handle", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@HollyBrookes_",
        "Absolutely disgusted that Thornecombe Abbey charges £50k a year and my son has had food poisoning TWICE this term. Still waiting for an apology from anyone. #ThornecombeAbbey",
        [
            (
                "@FarnhamDad",
                "Have you reported it to the council's environmental health? They inspect school kitchens.",
            )
        ],
        "142 reposts · 611 likes",
    ),
    E(S, "alias", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@aldreds_lad07",
        "if harrington vane takes my phone one more time im actually gonna jump him in the car park fr 🔪🔪 #aldreds #boarding",
        [
            ("user_9913", "bro 💀"),
            ("sami.k", "delete this before he sees it lmao"),
            ("user_2221", "not the knife emoji"),
        ],
        "♥ 2,109",
    ),
    E("tharringtonvane", "spacing", "threat"),
)

add(
    "social",
    """LinkedIn
Daniel Okoye · Director of Sport at Thornecombe Abbey School
2d · 🌐

Five years ago I joined Thornecombe Abbey School with a brief to make sport something every pupil belonged to, not just the first teams. This season, 94% of pupils represented the school in at least one fixture, we fielded our first girls' rugby XV, and our inclusive swimming squad won the county Para-Swimming schools gala. 🏊‍♀️🏉🏑

None of this happens without an incredible team of coaches, tutors, grounds staff and parents who turn up in the rain. Particular thanks to Imogen Fairfax-Lowe and the drama department, who lent us their lighting rig and a very patient sound desk for the sports awards evening.

Proud to be part of it. Onwards.

#SchoolSport #Inclusion #Leadership

👍❤️👏 312 · 41 comments
""",
    E("dokoye", "exact", "neutral"),
    E(S, "exact", "neutral"),
    E("ifairfaxlowe", "exact", "neutral"),
)

add(
    "social",
    """LinkedIn
Surrey Schools Recruitment · Education recruitment specialists
5d · 🌐

📢 NEW ROLE: Bursar's Assistant — Thornecombe Abbey, Surrey Hills
Permanent · Full time (term time + 4 weeks) · £31,000–£34,000

Our client, a well-regarded co-educational day and boarding school near Ewhurst, is looking for an organised, numerate Bursar's Assistant to support the Bursar, Gillian Throssell, across fees billing, bursary assessments and supplier payments.

✔ Experience with a school MIS or finance system
✔ Discretion and a calm manner with parents
✔ Free lunches in term time, on-site parking, generous pension

Apply via the link or message me for a confidential chat.

#Hiring #SchoolJobs #Surrey #Finance
""",
    E(S, "alias", "neutral"),
    E("gthrossell", "exact", "neutral"),
)

add(
    "social",
    clip(
        "TikTok",
        "@boarding.memes.uk",
        "brackenhurst house photo day 📸 #thornecombe #boarding",
        [
            (
                "user773190",
                "why is a p*ki running a boarding house lmaooo that chandrasekhar woman needs deporting",
            ),
            ("izzy.b", "reported. this is disgusting"),
            ("user88712", "^ racist much"),
            ("brackenhurst.girls", "we love our housemistress, get lost"),
        ],
        "♥ 3,882",
    ),
    E("pchandrasekhar", "surname_only", "hate"),
    E(S, "hashtag", "neutral"),
)

add(
    "social",
    clip(
        "Instagram",
        "@surreyschoolsrugby",
        "FT: TAS 1st XV 31 – 12 Holmdale. Five tries and a clean sheet in the second half. 🏉🔥 What a performance from the Thornecombe boys.",
        [
            ("user__rx", "okoye the ape must be proud of his monkeys 🐒🍌"),
            ("ella.rugbymum", "Get this vile comment down now"),
            ("surreyschoolsrugby", "Comment reported and user blocked. Racism has no place here."),
        ],
        "♥ 967",
    ),
    E("dokoye", "surname_only", "hate"),
    E(S, "alias", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@MarthaGold_sings",
        "Rev Millward's sermon at Thornecombe chapel on Sunday was bloody brilliant. Ten minutes, one story, not a dry eye among 600 teenagers. How does he do it.",
        None,
        "8 reposts · 94 likes",
    ),
    E("hmillward", "title_surname", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    clip(
        "TikTok",
        "@cold.showers.club",
        "fees up 18% and STILL no hot water in Aldred's 🥶🚿 where is the money going? #FanshaweOut #ThornecombeAbbey #boardingschool",
        [
            ("user3392", "we had cold showers for 9 days in feb"),
            ("mum.of.boarder", "Have you told your housemaster? This isn't ok."),
        ],
        "♥ 6,450",
    ),
    E("rfanshawe", "hashtag", "negative"),
    E(S, "hashtag", "negative"),
)

add(
    "social",
    clip(
        "Snapchat (story)",
        "anon.boarder",
        "this is where throssell lives lol 📍 7 Larch Close, Ewhurst. the silver range rover is hers 🙃",
        None,
        "Screenshot taken by 11",
    ),
    E("gthrossell", "surname_only", "doxxing"),
)

add(
    "social",
    clip(
        "TikTok",
        "@truth.about.fees",
        "F\u0430nshawe is a fraud and a liar. Fees up 18%, no new buildings, where did our money go?? Someone is pocketing it and he knows exactly who. #thornecombeabbey #fees #privateschool",
        [
            ("user6610", "say it louder"),
            ("user_92812", "source??"),
        ],
        "♥ 1,044",
    ),
    E("rfanshawe", "homoglyph", "defamation"),
    E(S, "hashtag", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@benchwarmer_14",
        "Ok*ye benched me the WHOLE season bc he only picks his favourites 🙄 tas rugby is a joke",
        [
            ("user1119", "cope"),
            ("freddie.c", "u missed 3 training sessions bro"),
        ],
        "♥ 88",
    ),
    E("dokoye", "obfuscated", "negative"),
    E(S, "alias", "negative"),
)

add(
    "social",
    clip(
        "Instagram",
        "@sam.adeyemi2",
        "unbeaten season 🏆 shoutout @coach_okoye for believing in us from day one 🏉💙 Thornecombe 1st XV forever",
        [("coach_okoye", "Proud of every one of you 👊")],
        "♥ 502",
    ),
    E("dokoye", "handle", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@ThornecombeParentsVoice",
        "@RupertFanshawe_HM you are a spineless coward. You hide behind the governors and the bursar while families are priced out. A disgrace to Thornecombe.",
        [("@quietparent22", "Not the way to get change, this.")],
        "23 reposts · 71 likes",
    ),
    E("rfanshawe", "handle", "abuse"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    clip(
        "Threads",
        "@surreyhills.mama",
        "GillianThrossell must resign. Enough excuses, enough 'regrettable but necessary' letters. Open the books.",
        [("@ewhurst_edie", "Agree 100%")],
        "58 likes",
    ),
    E("gthrossell", "camelcase", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@dormroomdiaries",
        "T h r o s s e l l really said 'budgets are tight this year' while getting her office refurbished 💀💀 #thornecombe #boardingschool",
        [
            ("user_4471", "the new carpet 😭"),
            ("user_2210", "school of the year fr"),
        ],
        "♥ 9,310",
    ),
    E("gthrossell", "spacing", "negative"),
    E(S, "hashtag", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@matheslost",
        "miss wiśniewsk\u0430 gave me 38% on my mock i want to cry 😭📉 tas maths dept is not for the weak",
        [
            ("user_0091", "she gave me 41 and a speech"),
            ("user_7720", "she's scary but she's right tho"),
        ],
        "♥ 730",
    ),
    E("zwisniewska", "homoglyph", "negative"),
    E(S, "alias", "neutral"),
)

add(
    "social",
    clip(
        "Snapchat (story)",
        "harry.w09",
        "Th0rnec0mbe food is literally prison food 🤮 grey mince for the 3rd time this week",
        None,
        "Viewed by 203",
    ),
    E(S, "leetspeak", "negative"),
)

add(
    "social",
    clip(
        "X",
        "@OldBoy_Speaks",
        "Th*rnecombe covering up abuse AGAIN. Old boys have been reporting the same man for years and every head since has buried it to protect the brand.",
        [
            (
                "@survivors_voice_uk",
                "If you were affected, our helpline is open. You will be believed.",
            )
        ],
        "311 reposts · 1.2K likes",
    ),
    E(S, "obfuscated", "defamation"),
)

add(
    "social",
    clip(
        "TikTok",
        "@day.in.the.life.boarder",
        "T H O R N E C O M B E  boarding house tour pt 2 🏰✨ the common room, the kitchen and the legendary toaster",
        [
            ("user_6002", "the toaster 😂"),
            ("user_4410", "which house is this?"),
            ("day.in.the.life.boarder", "brackenhurst ofc"),
        ],
        "♥ 22.1K",
    ),
    E(S, "spacing", "neutral"),
)

add(
    "social",
    clip(
        "Instagram",
        "@open.morning.friends",
        "📍ThornecombeAbbeySchool\nOpen morning this Saturday, 9.30–12.30. Tours led by pupils, talks from the Head at 10 and 11.30, and the Prep's famous bacon butties. 🥓🏫",
        [("hannah.v", "See you there! 👋")],
        "♥ 96",
    ),
    E(S, "camelcase", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@furious_feepayer",
        "Someone should torch Gill Throssell's Range Rover with her in it. Might be the only way to get her attention.",
        [
            ("@calm_down_dear", "This is a threat. Reported."),
            ("@furious_feepayer", "it's a joke, relax"),
        ],
        "4 reposts · 19 likes",
    ),
    E("gthrossell", "alias", "threat"),
)

add(
    "social",
    clip(
        "TikTok",
        "@rugby.tour.diaries",
        "th0rnec0mbe abbey rugby tour vlog day 3 🇿🇦🏉 cape town, sunburn and a very long bus ride",
        [
            ("user_5512", "jealous"),
            ("user_0083", "who's the coach in the hat"),
        ],
        "♥ 4,115",
    ),
    E(S, "leetspeak", "neutral"),
)

add(
    "social",
    clip(
        "Instagram",
        "@not.on.the.team.lol",
        "Coach Okoye's personal number is 07700 900512 if u want to beg to get on the team lol 📞 thornecombe 2nds forever 💀",
        [
            ("user_1013", "bro delete this"),
            ("user_7710", "he's gonna get so many prank calls"),
        ],
        "♥ 310",
    ),
    E("dokoye", "title_surname", "doxxing"),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    """LinkedIn
Zofia Wiśniewska · Head of Mathematics at Thornecombe Abbey School
1w · 🌐

Delighted for our pupils: this year 11 students at Thornecombe Abbey School qualified for the UK Mathematical Olympiad for Girls, and two have been invited to the national training camp. ➗✨

Competition maths is not about being a genius. It is about being stubborn in the best sense: staying with a problem for an hour, failing, and trying again. Every Tuesday at 5pm our problem-solving club is proof that stubbornness can be taught.

Thank you to colleagues who give their evenings, and to parents who drive home late.

#Mathematics #Education #WomenInSTEM
""",
    E("zwisniewska", "exact", "neutral"),
    E(S, "exact", "neutral"),
)

add(
    "social",
    clip(
        "TikTok",
        "@prep.parent.diaries",
        "Thornecombe Abbey Prep nativity 2024 🌟👼 Mrs P (head of the Prep) in a tea towel headdress is the content I'm here for",
        [
            ("user_3378", "the donkey costume 😂"),
            ("grandma.jo", "Beautiful singing, well done everyone ❤️"),
        ],
        "♥ 1,203",
    ),
    E(S, "alias", "neutral"),
    E("hpenhaligon", "nickname", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@TrueBritFirst88",
        "Thornecombe now hires Polish cleaners to teach maths. Wisniewska should go back to Gdansk and take the rest of them with her. This is what £50k a year buys you now.",
        [
            ("@mathsmum_surrey", "She has a PhD from Cambridge, you absolute clown. Reported."),
            ("@TrueBritFirst88", "cry more"),
        ],
        "2 reposts · 11 likes",
    ),
    E("zwisniewska", "surname_only", "hate"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@drama.is.cringe",
        "fairfax-lowe is such a d*ke lol no wonder the whole drama dept is lesbians 🤢🌈",
        [
            ("user_8812", "this is homophobic and gross"),
            ("user_3301", "reported"),
            ("user_5520", "miss is literally the best teacher in the school"),
        ],
        "♥ 41",
    ),
    E("ifairfaxlowe", "surname_only", "hate"),
)

add(
    "social",
    clip(
        "X",
        "@rugbydad_surrey",
        "Watched the Thornecombe U16s again today. DanielOkoye should be running England's pathway, not a school in the Surrey Hills. Superb coaching. #ThornecombeAbbey",
        None,
        "3 reposts · 27 likes",
    ),
    E("dokoye", "camelcase", "neutral"),
    E(S, "hashtag", "neutral"),
)

add(
    "social",
    clip(
        "TikTok",
        "@aldreds.forever",
        "HarringtonVane is the goat housemaster no debate 🐐 made us all bacon sandwiches at 1am when the fire alarm went off",
        [
            ("user_4430", "he did the same for us in 2022 😭"),
            ("user_9981", "the dressing gown 😂"),
        ],
        "♥ 5,220",
    ),
    E("tharringtonvane", "camelcase", "neutral"),
)

add(
    "social",
    clip(
        "Instagram",
        "@kit.rowntree",
        "last night of guys and dolls 🎭✨ thank you #MissFairfaxLowe for the best show of my life and for never letting me phone it in. #guysanddolls #thornecombeabbey",
        [("amara.sings", "crying 😭💛")],
        "♥ 611",
    ),
    E("ifairfaxlowe", "hashtag", "neutral"),
    E(S, "hashtag", "neutral"),
)

add(
    "social",
    clip(
        "TikTok",
        "@little.bro.revenge",
        "\u041ekoye better watch his back after what he did to my brother at trials. thornecombe rugby thinks it's untouchable 😤",
        [
            ("user_6642", "chill"),
            ("user_2718", "what did he do??"),
        ],
        "♥ 57",
    ),
    E("dokoye", "homoglyph", "threat"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    clip(
        "Snapchat (chat screenshot)",
        "year 11 gc 🙄",
        "ellie: thr0ssell literally fined my parents £200 for a late trip form\nmax: thats insane\nellie: tas is a business not a school\nmax: always has been 🌍👨‍🚀",
        None,
        "",
    ),
    E("gthrossell", "leetspeak", "negative"),
    E(S, "alias", "negative"),
)

add(
    "social",
    clip(
        "X",
        "@brackenhurst_mum",
        "Ch*ndrasekhar let my daughter be bullied for a whole term in Brackenhurst at Thornecombe and did nothing but 'monitor'. Useless.",
        [("@another_boarding_mum", "Sorry to hear this. Did you go to the DSL?")],
        "6 likes",
    ),
    E("pchandrasekhar", "obfuscated", "negative"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@gym.rat.x",
        "mr okoyo's 6am circuits go crazy 💪🔥 tas sport is elite",
        [("user_0301", "those burpees are a war crime")],
        "♥ 402",
    ),
    E("dokoye", "typo", "neutral"),
    E(S, "alias", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@leavers2025mum",
        "@revhughmillward thank you for a beautiful leavers' service at Thornecombe today. Not a dry eye in the chapel. 🙏",
        [("@revhughmillward", "It was a privilege. Go well, all of you.")],
        "34 likes",
    ),
    E("hmillward", "handle", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@gradeslost_",
        "@zofia_wisniewska_maths you ruined my predicted grade and my uni offer you absolute b*tch. tas maths dept is a cult",
        None,
        "2 likes",
    ),
    E("zwisniewska", "handle", "abuse"),
    E(S, "alias", "negative"),
)

add(
    "social",
    clip(
        "Instagram",
        "@u16.rugby.mums",
        "#Okoye appreciation post 🏉💙 Thornecombe U16s finish the season unbeaten and he's been there at every 7am session. Thank you coach!",
        [("user_7720", "👏👏👏")],
        "♥ 188",
    ),
    E("dokoye", "hashtag", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@feesfightback",
        "Third fee letter in two years and not one line of the accounts explained. Time for a change at the top of the finance office. #ThrossellOut #thornecombeabbey",
        [("@surreyhills.mama", "Signed the letter to the governors today.")],
        "44 reposts · 130 likes",
    ),
    E("gthrossell", "hashtag", "negative"),
    E(S, "hashtag", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@brackenhurst.girls",
        "ch4ndr4sekh4r is the only adult at thornecombe who actually cares ❤️ brought us hot chocolate during mocks",
        [("user_5570", "she's a gem")],
        "♥ 2,810",
    ),
    E("pchandrasekhar", "leetspeak", "neutral"),
    E(S, "short_name", "neutral"),
)

# decoy: Tasmania tourism
add(
    "social",
    clip(
        "Instagram",
        "@wildtasmania.travels",
        "Sunrise over Wineglass Bay 🌅 Day 4 of our road trip round TAS. Cradle Mountain next! #TAS #discovertasmania #roadtrip",
        [("user_aus77", "Best state in Australia, fight me")],
        "♥ 1,982",
    ),
)

# decoy: Okoye of Wakanda cosplay
add(
    "social",
    clip(
        "TikTok",
        "@cosplay.by.ade",
        "Okoye cosplay complete 🛡️⚔️ General of the Dora Milaje. Took 40 hours on the armour. #blackpanther #wakandaforever #okoye #cosplay",
        [
            ("user_2288", "the spear!! 🔥"),
            ("user_7712", "Danai would be proud"),
        ],
        "♥ 88.3K",
    ),
)

# decoy: a different Head of Geography called David Clarke
add(
    "social",
    """LinkedIn
David Clarke · Head of Geography at Kingsmead Academy, Leeds
3d · 🌐

Fieldwork day with Year 12 on the Yorkshire Dales limestone pavements. 38 students, 11 miles, one lost glove and some of the best coursework data I've seen in years. 🥾🗺️

Big thank you to our minibus drivers and to Malham Tarn Field Studies Centre.

#Geography #Fieldwork #ALevel
""",
)

# =========================================================================== facebook

OTG = "Old Thornecombians (Unofficial)"
PARENTS = "Abbey Lane Parents (unofficial, not run by the school)"
VILLAGE = "Ashcombe St Giles Village Noticeboard"

add(
    "facebook",
    facebook(
        OTG,
        "Graham Pettit",
        "14 June 2025",
        "I've sat on this for 34 years and after the news this week I'm not sitting on it any longer.\n\nI was in Aldred's from 1987 to 1992. A member of staff, who I won't name here because the police have asked us not to, abused me and at least two other boys in my year when we were 12 and 13. I told a teacher in 1989. I was told I was 'over-tired'.\n\nI'm not posting for sympathy. I'm posting because if it happened to you, you are not the only one, and there's a group of us now talking to the police.",
        [
            ("Simon Wade", "Graham, thank you. Same house, same years. I'll message you."),
            (
                "Andrew Kirby",
                "The chaplain now, Hugh Millward, was a young teacher in Aldred's in 1990. He must have known what was going on and he said nothing then and nothing since. He should be stood down while this is investigated.",
            ),
            (
                "Lucy Fenn (admin)",
                "Please keep this thread supportive and don't name or accuse individuals - the police have asked us to let them do their job.",
            ),
        ],
        "😢❤️ 214",
    ),
    E(S, "alias", "sexual", True),
    E("hmillward", "exact", "defamation"),
)

add(
    "facebook",
    facebook(
        OTG,
        "Lucy Fenn (admin)",
        "3 March 2025",
        "📣 CLASS OF 2005 – 20 YEAR REUNION 📣\n\nSaturday 21 June, 12 noon at the school. Drinks on the South Lawn, lunch in the dining hall (yes, the same one), and the Headmaster, Rupert Fanshawe, has kindly offered to give tours of the new science centre and the boarding houses for anyone who wants to see how much (or how little) has changed.\n\nTickets £45 including lunch, link in comments. Partners welcome. Please share with anyone from the year who isn't on here!",
        [
            ("Tom Beckett", "Count me in. Is the tuck shop still there?"),
            ("Lucy Fenn (admin)", "Sadly not, Tom. It's a 'wellbeing hub' now."),
        ],
        "👍 88",
    ),
    E(S, "alias", "neutral"),
    E("rfanshawe", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        VILLAGE,
        "Sheila Ormerod",
        "Saturday at 15:42",
        "Whoever owns the white Audi Q7 parked ACROSS the entrance to Glebe Cottage on Abbey Lane: I have been stuck in my own drive for two hours. It's Thornecombe match day again, of course. I have called the school and nobody answers on a Saturday.",
        [
            ("Mark Tully", "Same at the top end. Three coaches on the verge by the chapel."),
            (
                "Ros Hammond",
                "Send the photos to the parish council, they are meeting the school next month.",
            ),
        ],
        "😡 31",
    ),
    E(S, "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        VILLAGE,
        "Concerned Resident",
        "Friday at 22:08",
        "Since so many of you are angry about the Thornecombe fee rise and the coaches: the Headmaster, Rupert Fanshawe, lives at The Old Rectory, Church Street, Ashcombe St Giles, GU6 9QT. Grey Volvo on the drive. Maybe pop round and tell him what you think in person.",
        [
            ("Sheila Ormerod", "This is completely out of order. Admin please remove."),
            ("Jim Bracken", "Reported. He has small children in that house."),
            (
                "Admin",
                "Post removed and member banned. Do not share personal addresses on this page.",
            ),
        ],
        "",
    ),
    E("rfanshawe", "exact", "doxxing"),
    E(S, "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Anna Whitlock",
        "2 April 2025",
        "Has anyone actually had a response from the Bursar about the VAT on the deposit we paid in 2023? I've emailed three times.",
        [
            (
                "Rachel Okafor",
                "Throssell's office is a black hole. Everything goes in, nothing comes out.",
            ),
            (
                "Jules Harper",
                "I rang. Gill said they'd 'look at it as a group'. That was February.",
            ),
            ("Anna Whitlock", "Good to know it's not just me 🙄"),
        ],
        "👍 19",
    ),
    E("gthrossell", "possessive", "negative"),
)

add(
    "facebook",
    facebook(
        OTG,
        "Marcus Hale",
        "9 August 2024",
        "Flicking through old photos. Aldred's lower sixth, 2011. Look at the state of us.",
        [
            ("Ollie Dent", "The hair 😂"),
            (
                "Jack Moreton",
                "Whatever happened to Miss Fairfax who did drama? Every lad in Aldred's fancied her. I'd still give her one tbh 🥵",
            ),
            ("Ollie Dent", "Mate she's head of drama now and married. Also grim."),
            ("Hannah Stott", "Grow up Jack."),
        ],
        "😂 24",
    ),
    E(S, "alias", "neutral"),
    E("ifairfaxlowe", "hyphenated", "sexual"),
)

add(
    "facebook",
    facebook(
        "Cranleigh & Ewhurst Community Page",
        "Bev Soames",
        "7 November 2024",
        "Disgusting what's been said online about Mr Okoye, Thornecombe's director of sport. He coaches half the kids in this village for free on Sunday mornings. Racism has no place in Ewhurst or anywhere else. If you know who's behind those accounts, tell the police.",
        [
            ("Dean Carter", "Well said Bev. Top bloke."),
            ("Sue Wells", "My grandson thinks the world of him."),
        ],
        "❤️ 176",
    ),
    E("dokoye", "title_surname", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        OTG,
        "Richard Lyle",
        "22 August 2024",
        "Congratulations to this year's leavers on the results, but let's not kid ourselves. Fanshawe fiddled the A-level results in 2019 - the exams officer was told to 'find' extra marks on the coursework and the centre-assessed grades in 2020 were pure fantasy. Everyone in the common room knew. That's how you get from 58% to 71% A*/A in three years.",
        [
            (
                "Lucy Fenn (admin)",
                "Richard, that's a serious allegation to make in a public group.",
            ),
            ("Richard Lyle", "It's a private group and it's true."),
            ("Ben Ashby", "Pretty sure CAGs were inflated everywhere in 2020, mate."),
        ],
        "",
    ),
    E(S, "alias", "defamation"),
    E("rfanshawe", "surname_only", "defamation"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Kate Mulholland",
        "12 December 2024",
        "I just want to say a huge thank you to Mrs Penhaligon and the whole Prep team. DS has been in and out of hospital this term and they've sent work home, visited, made a card signed by the whole class and rung us every week. Thornecombe Abbey Prep at its best. ❤️",
        [
            ("Lisa Chen", "She's amazing. So glad he's on the mend."),
            ("Kate Mulholland", "Thank you Lisa x"),
        ],
        "❤️ 64",
    ),
    E(S, "alias", "neutral"),
    E("hpenhaligon", "title_surname", "neutral"),
)

# decoy: a road in Streatham
add(
    "facebook",
    facebook(
        "Streatham Hill Neighbours",
        "Dev Patel",
        "Monday at 08:11",
        "Thornecombe Road bins missed AGAIN. That's three weeks running for the recycling. Has anyone on Thornecombe Road had any luck with the council's online form or is it just me?",
        [
            ("Carol Fisher", "Same on Thornecombe Road (the bottom end). Reported twice."),
            (
                "Lambeth Watch",
                "Ring the contact centre and ask for a reference number, the form goes nowhere.",
            ),
        ],
        "",
    ),
)

# decoy: obituary of a different David Clarke
add(
    "facebook",
    facebook(
        "Godalming Memories",
        "Pat Hurst",
        "4 February 2025",
        "Sad news. David Clarke, landlord of the Red Lion for 26 years, passed away peacefully on Sunday aged 78. Dave pulled my first legal pint and half the town's. Funeral at St Peter and St Paul's, 20 February, 11am, and afterwards at the Lion, of course. RIP Dave.",
        [
            ("Gary Nunn", "Lovely man. Always had time for everyone. RIP."),
            ("Jean Pike", "Remember his quiz nights! Thoughts with Maureen."),
        ],
        "😢 212",
    ),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Tessa Bright",
        "28 January 2025",
        "Sorry to vent but Tom H-V is a useless pompous prat. DS's things have gone missing in Aldred's for the third time this term and his answer is that boys should 'label their possessions'. It's not a labelling problem, it's a stealing problem. We pay Thornecombe enough for a housemaster who does his job.",
        [
            ("Lou Carver", "He's always been like that, sadly. Email the deputy head."),
            ("Tessa Bright", "Have done. Let's see."),
        ],
        "",
    ),
    E("tharringtonvane", "first_initial", "abuse"),
    E(S, "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        VILLAGE,
        "Keith Dorling",
        "Sunday at 17:55",
        "That Okoye bloke who drives the Thornecombe minibus clipped my wing mirror again on Abbey Lane and didn't stop. Next time he comes flying round that bend I'll be waiting in the lane with a cricket bat and he can see how he likes it.",
        [
            ("Sheila Ormerod", "Keith, I understand but please don't post things like that."),
            ("Keith Dorling", "I mean it."),
        ],
        "",
    ),
    E("dokoye", "surname_only", "threat"),
    E(S, "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Nadia Bishop",
        "15 May 2025",
        "Tip for anyone struggling to get hold of maths: Zofia Wiśniewska's personal email is zosia.w84@mailbox.example and she answers there much faster than on the Thornecombe system. Don't tell her I told you 😅",
        [
            ("Jo Harding", "Not sure she'd want that shared on here Nadia!"),
            ("Nadia Bishop", "It's only parents in here!"),
        ],
        "",
    ),
    E(S, "short_name", "neutral"),
    E("zwisniewska", "exact", "doxxing"),
)

add(
    "facebook",
    facebook(
        OTG,
        "Phil Adebayo",
        "30 September 2024",
        "Who else had Mr Clarke for geography at Thornecombe? Just found my GCSE fieldwork on Ewhurst flood risk in the loft. Still the best teacher I ever had, he made me want to do this for a living (I'm a hydrologist now).",
        [
            ("Gemma Scott", "Legend! His Iceland trip was life changing."),
            ("Rob Innes", "He still wears the same fleece."),
        ],
        "❤️ 47",
    ),
    E(S, "alias", "neutral"),
    E("dclarke", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Gemma Rowe",
        "5 April 2025",
        "Has everyone read the ISI report? 'The school does not meet the standard relating to safeguarding record-keeping.' Not great for £46k a year. The letter from Thornecombe makes it sound like a typo.",
        [
            (
                "Hugo Carr",
                "It's a compliance point, not a failure of care. But yes, they should have got it right.",
            ),
            ("Gemma Rowe", "That's fair. I'd just like them to own it."),
        ],
        "",
    ),
    E(S, "short_name", "negative"),
)

# decoy: care home
add(
    "facebook",
    facebook(
        "Dorking Community Noticeboard",
        "Sandra Pike",
        "11 September 2024",
        "Anyone else have a relative at Thornecombe Lodge? My dad has been left in a wet pad for hours twice this month. I've complained to the manager and I'm going to CQC next.",
        [("Ray Nolan", "Sorry Sandra. Mum was there in 2022 and it was good then. Go to CQC.")],
        "",
    ),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Anonymous member",
        "20 March 2025",
        "Heard from two separate parents that Harrington-Vane has been suspended for sending inappropriate messages to a Year 10 girl at Thornecombe. Has the school said anything to anyone??",
        [
            (
                "Admin",
                "Please do not post rumours about named staff. If you have a safeguarding concern, contact the school's DSL or the police.",
            ),
            ("Rachel Okafor", "I've heard nothing and I'd be careful repeating this."),
        ],
        "",
    ),
    E("tharringtonvane", "surname_only", "sexual", True),
    E(S, "short_name", "sexual", True),
)

add(
    "facebook",
    facebook(
        OTG,
        "Jenny Marsh",
        "2 December 2024",
        "Had a lovely chat with Mr Fanshaw at the London OT dinner last night. He remembered my brother's name after 15 years, which is more than I can manage.",
        [("Sam Ollerton", "He's good like that.")],
        "👍 22",
    ),
    E(S, "alias", "neutral"),
    E("rfanshawe", "typo", "neutral"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Martin Greaves",
        "16 February 2025",
        "My son was dropped from the A team again with no explanation. Okoye is an arrogant, thick meathead who only picks boys whose dads sponsor the tour. Someone needs to take Thornecombe sport away from him.",
        [
            ("Lou Carver", "Bit strong Martin."),
            ("Martin Greaves", "It's the truth."),
        ],
        "",
    ),
    E("dokoye", "surname_only", "abuse"),
    E(S, "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        OTG,
        "Chris Parry",
        "1 May 2025",
        "F*nshawe has ruined this school. Sold off the lower playing field, turned the chapel into a 'multi-faith events space' on weekdays and now prices out half the families who kept it going. The Thornecombe I knew is gone.",
        [
            ("Lucy Fenn (admin)", "The chapel is still used for services, Chris."),
            ("Chris Parry", "For now."),
        ],
        "",
    ),
    E(S, "alias", "negative"),
    E("rfanshawe", "obfuscated", "negative"),
)

add(
    "facebook",
    facebook(
        OTG,
        "Sophie Carmichael",
        "19 July 2024",
        "Ten years married today! 💍 Father Hugh married us in the Thornecombe chapel in 2014 and still sends a card every anniversary.",
        [("Hattie Green", "Happy anniversary! He did our daughter's christening too.")],
        "❤️ 93",
    ),
    E(S, "alias", "neutral"),
    E("hmillward", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        OTG,
        "Helen Drake",
        "6 March 2025",
        "Anyone remember Priya Nair who taught us chemistry around 2008? Just found out she's now housemistress of Brackenhurst! Thornecombe girls are lucky, she was the only person who could make me understand moles.",
        [("Fran Kelly", "Yes!! She let us blow up the custard powder.")],
        "❤️ 37",
    ),
    E(S, "alias", "neutral"),
    E("pchandrasekhar", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Rob Tennant",
        "9 October 2024",
        "Credit where it's due: Mr Vane (Aldred's) rang me personally at 9pm to tell me DS had hurt his wrist at rugby, before I'd even heard from DS. Thornecombe boarding gets a lot of stick on here but that's what you want.",
        [("Tessa Bright", "Glad he's ok. Nice to hear a good one.")],
        "👍 28",
    ),
    E(S, "short_name", "neutral"),
    E("tharringtonvane", "hyphenated", "neutral"),
)

add(
    "facebook",
    facebook(
        OTG,
        "Name withheld",
        "18 June 2025",
        "After Graham's post last week I want to add something. In 2001, when I was in the lower sixth, Hugh Millward, then a young chaplain at Thornecombe Abbey, started a 'relationship' with a girl in my year. She was 17. He used to give her lifts in his car and they would meet in the vestry. Staff knew. He's still there.",
        [
            (
                "Lucy Fenn (admin)",
                "I'm turning off comments on this post. Please take information like this to Surrey Police.",
            ),
        ],
        "",
    ),
    E(S, "alias", "sexual", True),
    E("hmillward", "exact", "sexual", True),
)

add(
    "facebook",
    facebook(
        "Ewhurst & Ellens Green Chat",
        "Dina Morley",
        "Saturday at 13:20",
        "Shout out to Danny Okoye, who ran a free tag rugby session for forty under-8s on the rec this morning and stayed to help fold up the gazebos. Thornecombe Abbey are lucky to have him.",
        [("Pete Harlow", "My two loved it!")],
        "👍 57",
    ),
    E("dokoye", "alias", "neutral"),
    E(S, "alias", "neutral"),
)

# decoy: a vicar elsewhere with the chaplain's name
add(
    "facebook",
    facebook(
        "St Botolph's Church, Sleaford",
        "St Botolph's Church, Sleaford",
        "Sunday at 19:00",
        "Thank you to everyone who came to our Harvest Festival today. The Rev. Hugh Millward, our vicar for 17 years, blessed the harvest produce, which will go to the Sleaford food bank. Rev. Hugh's cider stall raised £212 for the tower fund!",
        [("Margaret Lamb", "Wonderful service, Hugh. Thank you.")],
        "❤️ 46",
    ),
)

# decoy: church fete in the school's village, no school mention
add(
    "facebook",
    facebook(
        VILLAGE,
        "St Giles Church",
        "3 June 2025",
        "🎪 ASHCOMBE ST GILES SUMMER FETE 🎪 Saturday 28 June, 2-5pm on the village green. Dog show, tombola, cake stall, Pimm's tent and the famous welly-wanging. Bring your own chair. All proceeds to the church roof fund.",
        [("Jean Ede", "Baking already!")],
        "👍 71",
    ),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Lisa Chen",
        "26 February 2025",
        "Is it me or is the Th\u043ernecombe Abbey parents' evening booking system impossible? Every slot for chemistry gone within 4 minutes. Third year running. Sort it out please.",
        [("Anna Whitlock", "Same. I emailed and got a 'we're aware'.")],
        "",
    ),
    E(S, "homoglyph", "negative"),
)

add(
    "facebook",
    facebook(
        PARENTS,
        "Harriet Cole",
        "8 July 2025",
        "Sports day photos are up! Massive thanks to O k o y e and the PE team for running it in 30 degrees without anyone fainting. Thornecombe did us proud. ☀️🏃‍♀️",
        [("Kemi Adewale", "What a day!")],
        "❤️ 41",
    ),
    E("dokoye", "spacing", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        VILLAGE,
        "Imran Shah",
        "11 November 2024",
        "Remembrance at Thornecomb Abbey this morning. 114 names on the chapel wall read out by the CCF, and half the village stood at the back. Still gets me every year.",
        [("Sheila Ormerod", "Beautifully done. Thank you for sharing, Imran.")],
        "🌺 88",
    ),
    E(S, "typo", "neutral"),
)

# =========================================================================== blogs, guides, adverts

add(
    "blog",
    blog(
        "The Schools Compendium",
        "Thornecombe Abbey School",
        """
Thornecombe Abbey School, Abbey Lane, Ashcombe St Giles, Surrey. Co-educational, ages 11–18 (prep school on the same site from 3). 640 pupils, 190 boarders. Fees: day £11,380, full boarding £17,240 a term (including VAT).

Headmaster: Since 2016, Rupert Fanshawe MA (Oxon). Read classics, taught at two famous boarding schools and was a deputy head in Berkshire before arriving here. Tall, tweedy, quick to laugh at himself. Parents describe him as “visible” and “a proper schoolmaster”, though one or two found him “more comfortable with the governors than with us”. He teaches a Year 9 Latin set and still referees junior rugby, badly, by his own account. Married to Clare, a GP; three children, two at the school.

Academic matters: Results have risen sharply: 71 per cent A*/A at A-level last year, 68 per cent 9–7 at GCSE. The school insists it is not selective in any meaningful sense (“we take children who will make the most of it”) but entry at 11 and 13 is competitive, and the sixth form is more academic than it was a decade ago. Maths is the star department under Zofia Wiśniewska, a Cambridge PhD whose problem-solving club has produced a string of Olympiad qualifiers; pupils describe her as “terrifying for a week, then the best teacher you've had”. Geography is also strong and very popular, with a famous Iceland trip. Sciences solid; physics has had staffing wobbles.

Learning support is good for mild needs; about 15 per cent of pupils are on the register. No specialist unit.

Games, options, the arts: Sport for all is the mantra, and under the director of sport, Daniel Okoye, it seems to be true — nearly every pupil played in a fixture last year. Rugby, hockey and netball are the big three; girls' rugby is growing. The new sports centre awaits planning permission after protests about traffic from the village.

Drama is outstanding. Imogen Fairfax-Lowe, a former actor, runs a department that puts on four productions a year in a new studio theatre; last year's Guys and Dolls was the talk of the county. Music is good but overshadowed.

Boarding: Two boarding houses: Aldred's for boys and Brackenhurst for girls, each with around 90 pupils, plus day houses. Brackenhurst, run by Priya Chandrasekhar, is the warmer of the two by common consent — parents speak of her “sixth sense” for a homesick child. Aldred's is more traditional; the merger with a day house next year has caused some unrest among boarding parents. Weekends are busy for full boarders; flexi boarders go home on Saturday after sport.

Ethos, heritage: The school was founded in 1874 in a Victorian Gothic house built on the ruins of nothing more ancient than a Georgian folly — the “Abbey” is an estate agent's flourish. Chapel remains central: the Rev. Hugh Millward, chaplain for 20 years, takes services three times a week and is much loved by pupils of all faiths and none.

Pastoral care, well-being and discipline: Generally strong. A recent inspection flagged weaknesses in safeguarding record-keeping, which the school says have been fixed. Phones are handed in at night for under-16 boarders. Drugs and alcohol: zero tolerance in principle, a measured approach in practice.

Pupils and parents: A mix of Surrey professionals, London families who have moved out, a growing number of Forces families and about 12 per cent from overseas. Parents grumble about communication from the office and the relentless extras.

Money matters: VAT has hit hard and fee rises have been steep; the Bursar runs a tight ship. Means-tested bursaries of up to 100 per cent.

The last word: A happy, busy, outdoorsy school with a few rough edges, high ambitions and one of the best drama departments in the south.
""",
        author="Reviewed by the editors",
        date="Updated May 2025",
        tags=("Surrey", "co-ed", "boarding"),
    ),
    E(S, "exact", "negative"),
    E("rfanshawe", "exact", "neutral"),
    E("zwisniewska", "exact", "neutral"),
    E("dokoye", "exact", "neutral"),
    E("ifairfaxlowe", "exact", "neutral"),
    E("pchandrasekhar", "exact", "neutral"),
    E("hmillward", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "The Society Schools Guide",
        "Thornecombe Abbey: the Surrey Hills' best-kept secret",
        """
Who's it for? Sporty, arty, outdoorsy children from families who want boarding without the full Downton. Think muddy boots, Hunters lined up outside Brackenhurst and a Labrador in the Head's study.

The Head: Rupert Fanshawe (Rupes to his friends, and there are many) is the kind of headmaster who knows the name of your dog. A classicist with a booming laugh, he's been in post since 2016 and has turned a sleepy school into one with waiting lists.

Star turn: Drama. The studio theatre is so good that West End casting directors have been spotted at productions.

Pupils say: “It's like a Famous Five book with better Wi-Fi.”

Parents say: “Eye-watering fees, but you get what you pay for.”

The downside: It's in the middle of nowhere; Guildford is 25 minutes on a good day. And the food, while improving, is not going to win any stars.
""",
        author="Schools editor",
        date="September 2024",
        tags=("Schools Guide 2025",),
    ),
    E(S, "alias", "negative"),
    E("rfanshawe", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Independent Schools Inspectorate (summary)",
        "Focused compliance inspection: Thornecombe Abbey School",
        """
School: Thornecombe Abbey School. DfE number: 936/6xxx. Registered charity number: 1099481. Address: Abbey Lane, Ashcombe St Giles, Surrey GU6 9AB. Telephone: 01632 960410. Headmaster: Mr R Fanshawe. Chair of governors: Mrs E Latymer. Age range: 3 to 18. Number of pupils on roll: 871 (including 231 in the prep school). Boarders: 188. Inspection dates: 4 to 6 February 2025.

Summary of findings. The school meets the standards in the schedule to the Education (Independent School Standards) Regulations 2014, the National Minimum Standards for Boarding Schools and associated requirements, with the exception of those listed below.

Standards not met: Paragraph 7 (safeguarding) — the school's records of safeguarding concerns were not always completed promptly, and in a small number of cases the action taken was not recorded. Paragraph 18(2)(c) — the single central register did not record the date on which a barred list check was obtained for two members of staff.

Action the school should take: Ensure that all safeguarding concerns are recorded promptly and fully, including the actions taken and their outcome. Ensure that the single central register is complete.

Pupils' welfare. Pupils report that they feel safe and know whom to talk to. Boarders speak highly of the boarding staff and of the atmosphere in the houses.

Quality of education. Teaching is well planned and enables pupils to make good progress. Pupils' achievement in mathematics and in the performing arts is particularly strong.
""",
        author="Published by the inspectorate",
        date="28 March 2025",
    ),
    E(S, "exact", "negative"),
    E("rfanshawe", "initial_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Register of Charities (extract)",
        "THORNECOMBE ABBEY SCHOOL TRUST — charity number 1099481",
        """
Charity name: THORNECOMBE ABBEY SCHOOL TRUST. Charity number: 1099481. Status: registered. Date of registration: 12 August 2003. Companies House number: 04711236.

Activities: The advancement of education through the provision and conduct of Thornecombe Abbey School, a day and boarding school for boys and girls aged 3 to 18 near Ewhurst, Surrey, and the provision of means-tested bursaries.

Financial year end: 31 August 2024. Total income: £34,812,000. Total expenditure: £34,209,000. Employees: 412. Trustees: 14. Volunteers: 60.

Who the charity helps: Children and young people. How the charity helps: provides buildings, facilities and open space; makes grants to individuals (bursaries). Where the charity operates: Surrey.

Contact: The Bursar, Mrs Gillian Throssell, Thornecombe Abbey School, Abbey Lane, Ashcombe St Giles, Surrey. Phone: 01632 960410. Website: thornecombeabbey.example.

Governing document: Memorandum and articles of association incorporated 7 April 2003.
""",
        author="Register extract",
        date="Retrieved 2 June 2025",
    ),
    E(S, "exact", "neutral"),
    E("gthrossell", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Letters to a Younger Me",
        "Cold showers, warm toast: five years in a Surrey boarding house",
        """
I went to Thornecombe at thirteen, in September 2004, with a trunk my grandfather had taken to his own school in 1951 and a tuck box full of Pot Noodles that were confiscated on the first night. I left at eighteen with three A-levels, a place to read history, a lifelong inability to sleep without a radiator ticking somewhere and a group of friends I still speak to every week. This is a post about the bits in between.

The first thing nobody tells you about boarding is the noise. Forty boys in a house built for twenty makes a particular sound at 7am: taps, shouting, a radio somewhere playing Chris Moyles, a prefect's bell. By the end of the first week I could tell from the footsteps on the stairs whether it was matron, the house tutor or the housemaster, and adjust my level of guilt accordingly.

The second thing is the food, or rather the toast. We lived on toast. There was a toaster in the house kitchen the size of a small car, a catering-sized tub of margarine and a rota that was honoured more in the breach. At 10pm, after prep, the kitchen became a kind of parliament: who fancied whom, who'd been caught smoking behind the cricket pavilion, whether the new French assistant was really Swiss.

I was homesick for most of my first term and I didn't tell anyone. I wrote cheerful letters home and cried in the one shower cubicle whose lock worked. What got me through, in the end, was rugby, which I was bad at, and the library, which I was good at, and a slow realisation that everybody else was also pretending.

The teachers were a mixed bunch, as teachers always are. There was a chemistry master who had taught my father and who still used an overhead projector, a French teacher who wore a cape, and a geography department that took us to Iceland and made volcanoes seem like the most exciting thing on earth.

In my GCSE year the house got a new assistant housemaster, a young history teacher fresh from his training year, all corduroy and enthusiasm. He ran a debating society on Thursday nights in his flat with cheese on toast, and he was the first adult who argued with me as if my opinions mattered. He also, memorably, confiscated a bottle of vodka from my dormitory and poured it into a pot plant in front of us, which did not survive. That was Mr Harrington-Vane, who, I'm told, now runs the house himself. If he reads this: sorry about the pot plant. And thank you.

I don't want to romanticise it. There was bullying, some of it bad, and the adults didn't always see it. There were boys who hated every minute and left. There was a culture of not telling that I now understand was not healthy. But there was also an enormous amount of kindness, much of it from other teenagers, and a freedom to roam the hills on a Sunday afternoon that I can't imagine my own children being given.

I went back last year for a reunion. The showers are still cold.
""",
        author="Ed Fairweather",
        date="17 March 2025",
        comments=[
            (
                "Jonty",
                "This made me weirdly emotional. Same house, two years below. The pot plant story is legend.",
            ),
            ("Sarah (Brackenhurst '08)", "The toaster! Ours was just as bad."),
        ],
        tags=("boarding", "memoir"),
    ),
    E(S, "short_name", "neutral"),
    E("tharringtonvane", "title_surname", "neutral"),
)

# decoy: walking blog about ruins with a similar name
add(
    "blog",
    blog(
        "Footpaths & Flapjacks",
        "A winter walk to Thornecombe Priory",
        """
The ruins of Thornecombe Priory sit in a fold of the Blackdown Hills in Devon, a short walk from a car park that in January is mostly mud. Founded by Augustinian canons in 1140 and dissolved in 1536, the priory is now a handful of flint walls, a gatehouse arch and a fish pond that still holds water.

Our loop was 7.4 miles: up through beech woods, along the ridge with huge views towards the sea, and down to the priory for a flapjack on the gatehouse steps. Thornecombe village has a pub that does excellent chips but was, annoyingly, shut on a Monday.

Boots essential. Dogs on leads near the sheep.
""",
        author="Mel & Rich",
        date="9 January 2025",
        tags=("Devon", "walks", "ruins"),
    ),
)

add(
    "blog",
    blog(
        "The Overthinking Mum",
        "How we (finally) chose a school: the Surrey shortlist",
        """
Eighteen months, eleven open days, one spreadsheet with conditional formatting and at least three arguments in the car park of a garden centre. We have chosen a school. Here's how.

We started with the obvious: distance. Anything over 35 minutes each way was out, which ruled out two schools I'd secretly fallen for. Then we looked at what our son actually likes (mud, building things, being outside, not sitting still) and what he hates (being shouted at, team sport as religion).

Thornecombe Abbey came out top for the prep years. The Prep sits in the woods behind the senior school, there are chickens, a forest school, a pond with a dipping platform and children who looked genuinely happy rather than on-message. We met the Head of the Prep, Harriet Penhaligon, who spent twenty minutes talking to our son about beetles and about four minutes talking to us. Correct priorities.

The senior school felt more formal but friendly, and the continuity mattered to us.

It isn't cheap, and the VAT letter arrived the week after we accepted. But we're happy. Ask me again in a year.
""",
        author="Laura K",
        date="4 May 2024",
        comments=[("Bex", "Love this! We did the same spreadsheet 😂")],
        tags=("schools", "parenting"),
    ),
    E(S, "alias", "neutral"),
    E("hpenhaligon", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Notes from the Other Side of the Fence",
        "Why we left Thornecombe Abbey",
        """
I've started this post a dozen times. I want to be fair, because there are good people at that school and my daughter still has friends there. But I also want other parents to know what we went through, because when we were looking, all we found were glossy guides.

Our son started in Aldred's at 13. By the spring term he was being bullied — physically, by two older boys, in the house, after lights out. We raised it in January. We raised it again in February. The housemaster, Mr Harrington-Vane, told me on the phone that “boys will be boys” and that my son needed to “toughen up a bit”. I wrote that down while he was saying it.

In March our son came home with a split lip and a story about falling in the shower. Weeks later he told us the truth: he had been held down and hit, and a member of staff had seen the aftermath and told him to say he'd slipped. I believe the school covered up an assault in that house to avoid a police report and a bad inspection. I have asked, in writing, for the incident log. I have been told there is nothing to show me.

When we gave notice, the Bursar, Mrs Throssell, wrote to say that unless we paid a full term's fees in lieu within fourteen days the school would “instruct its debt recovery agents”. Not one word about our son. Not a line.

Our daughter is in Brackenhurst and is happy. The housemistress there has been nothing but kind. That is what makes it so hard: the school can be brilliant, and it can close ranks like a fortress.

We have moved our son to a state sixth-form college. He's happier than he has been in two years.
""",
        author="A former Thornecombe parent",
        date="2 June 2025",
        comments=[
            ("Jane", "I'm so sorry. Have you gone to the ISI or the LADO?"),
            ("A former Thornecombe parent", "Both. Waiting to hear."),
        ],
    ),
    E(S, "alias", "defamation"),
    E("tharringtonvane", "title_surname", "negative"),
    E("gthrossell", "title_surname", "negative"),
)

add(
    "blog",
    blog(
        "Schools Jobs Board",
        "Graduate Sports Assistant (fixed term, one year) — Thornecombe Abbey School",
        """
Thornecombe Abbey School, Abbey Lane, Ashcombe St Giles, Surrey. Closing date: 28 February 2025. Start: September 2025. Salary: £19,500 plus full board and lodging in term time.

We are looking for an enthusiastic sports graduate to join our busy department for a year. You will coach rugby, hockey and cricket across the senior school and the prep, assist with fixtures, help run the fitness suite and take part in boarding life in Aldred's, including one evening and one weekend duty each week.

You will report to the Director of Sport, Daniel Okoye, and will have a mentor in the PE department.

Thornecombe Abbey School is committed to safeguarding and promoting the welfare of children and expects all staff and volunteers to share this commitment. The successful applicant will be subject to an enhanced DBS check, online searches and satisfactory references.

To apply, complete the application form on our website and return it to the HR office, quoting reference GSA25. For an informal conversation please call 01632 960410.
""",
        author="Posted by Thornecombe Abbey School",
        date="20 January 2025",
    ),
    E(S, "exact", "neutral"),
    E("dokoye", "exact", "neutral"),
)

# decoy: perfumery
add(
    "blog",
    blog(
        "Scent Diary",
        "Penhaligon's Halfeti: worth the hype?",
        """
I finally caved. After three years of sniffing it in the Penhaligon's shop on the Burlington Arcade, I bought a full bottle of Halfeti, the smoky rose-and-oud that everyone from my sister to my dentist seems to wear.

First impressions: a burst of bergamot and grapefruit, then the rose arrives, dark and slightly leathery. Four hours in it's all warm woods and a little vanilla. Longevity on my skin is excellent: eight hours plus.

Is it £200 of excellent? Honestly, the Penhaligon's packaging does a lot of heavy lifting. But I've worn it every day for a fortnight, so the answer is probably yes.
""",
        author="Priti",
        date="12 February 2025",
        tags=("perfume", "reviews"),
    ),
)

# decoy: family history of another Fanshawe
add(
    "blog",
    blog(
        "The Distaff Side",
        "Lady Ann Fanshawe and the art of the memoir",
        """
Ann, Lady Fanshawe (1625–1680), wrote one of the great English memoirs of the seventeenth century: an account of her life with her husband, the diplomat and translator Sir Richard Fanshawe, through civil war, exile and embassy.

It is a book full of shipwrecks, smuggled letters and extraordinary domestic detail — she records the price of a mule in Madrid as carefully as a royal audience. Written for her son, it was never intended for publication.

Fanshawe's voice is brisk, pious and often very funny. She is also clear-eyed about the cost of loyalty: she buried nine of her fourteen children.
""",
        author="Dr Helen Marsh",
        date="8 March 2024",
        tags=("early modern", "women's history"),
    ),
)

add(
    "blog",
    blog(
        "Drama Education Network",
        "Why every school needs a black box",
        """
By Imogen Fairfax-Lowe, Head of Drama at Thornecombe Abbey School.

When we opened our studio theatre three years ago, the first thing I did was take out the raked seating. Not because I don't love a proscenium arch — I spent six years on tour in one — but because young actors need a room that can become anything.

A black box says to a fourteen-year-old: this space belongs to your imagination, not to the building. We've staged Macbeth in the round with the audience on swivel chairs, a devised piece about the Pitch Hill windmill with the audience walking through it, and a GCSE exam piece in total darkness lit only by phone torches.

It's cheaper than you think. Flexible staging, a simple lighting grid and a sound desk will do. The real investment is in trust.
""",
        author="Imogen Fairfax-Lowe",
        date="14 October 2024",
        tags=("drama", "teaching"),
    ),
    E("ifairfaxlowe", "exact", "neutral"),
    E(S, "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Surrey Stage Door",
        "Thornecombe's Macbeth: blood, swivel chairs and a very brave Lady M",
        """
School productions are a funny thing to review. The audience is largely made of parents, the cast will be doing their A-levels in a fortnight, and the stage manager is fifteen. But occasionally something so good happens that you forget all that, and last night at Thornecombe Abbey was one of those times.

Imogen F-L, who runs drama at the school, has put Macbeth in the round, the audience on swivel chairs in the middle, the action happening all around us. When the witches appeared behind me I physically jumped.

The murder of Banquo, lit only by a single lantern, was genuinely frightening. Lady Macbeth, played by a Year 12 whose name I'll spare her blushes over, was astonishing in the sleepwalking scene.

Go if you can. Last performance tomorrow.
""",
        author="Dee",
        date="7 March 2025",
        tags=("theatre", "review"),
    ),
    E(S, "alias", "neutral"),
    E("ifairfaxlowe", "first_initial", "neutral"),
)

add(
    "blog",
    blog(
        "The Boarding Bubble (newsletter)",
        "Inside Surrey's boarding bubble: rules, phones and the housemaster's flat",
        """
Every boarding house runs on the personality of the adult at the top. I spent a term talking to pupils, parents and former staff at three Surrey boarding schools, and the clearest example of that was at Thornecombe Abbey.

In the boys' house, Aldred's, the housemaster is known simply as Harrington — the second half of the surname gets dropped by everyone from the first years to the groundsmen. Boys described a regime of phones in a box at 9.30pm, inspections on Saturday mornings and a flat that doubles as a debating society on Thursday nights. “Harrington's strict, but he's fair,” said one sixth former. Another said the same strictness left younger boys afraid to report problems: “You don't go to him with small stuff, so you don't go to him with big stuff either.”

That tension, between order and openness, runs through every house I visited. The girls' house at Thornecombe, by contrast, was described by almost every pupil as “a family”.

The old model, where an adult's character is the house's only safeguard, is not enough. Schools need systems that don't depend on whether a fourteen-year-old likes the person in charge.
""",
        author="Naomi Birch",
        date="20 February 2025",
        tags=("boarding", "safeguarding"),
    ),
    E(S, "alias", "negative"),
    E("tharringtonvane", "hyphenated", "negative"),
)

add(
    "blog",
    blog(
        "The Fee Payer (newsletter)",
        "Where did the Thornecombe Abbey development fund go?",
        """
In 2022 Thornecombe Abbey School launched a £2m appeal for a new sixth-form centre. Parents and Old Thornecombians gave generously; the school announced in 2023 that the target had been “comfortably exceeded”. Three years on there is no sixth-form centre, no planning application and no explanation.

I have spent two months going through the charity's published accounts, and talking to former staff. What I've found is this: restricted funds described as being “for capital projects” fell from £2.3m to £0.4m in a single year, with the difference recorded as a transfer to general funds. In the same year, the finance office approved consultancy payments of £640,000 to a company whose sole director is a relative of someone in that office.

My view, having seen the documents, is that Gillian Throssell, the Bursar, has taken donors' money for purposes it was never given for, and that Rupert Fanshawe, the Headmaster, has known since at least 2023 and has helped keep it quiet. If I'm wrong, the governors can publish the full breakdown and prove it.

I have put these questions to the school. A spokesperson said the transfer was “properly authorised by the governing body and fully disclosed in the accounts” and that the claims about consultancy payments were “false and defamatory”.
""",
        author="Simon Hale",
        date="10 April 2025",
        comments=[
            ("OT '98", "I gave £500 to this. I'd like an answer."),
            (
                "Accountant of Guildford",
                "Transfers from restricted funds need donor consent or a clear basis. This needs the Charity Commission.",
            ),
        ],
    ),
    E(S, "exact", "defamation"),
    E("gthrossell", "exact", "defamation"),
    E("rfanshawe", "exact", "defamation"),
)

add(
    "blog",
    blog(
        "Surrey Schools Fixtures",
        "Saturday fixtures — 1 February 2025",
        """
Rugby (Surrey Cup semi-final): Reigate Grange v Thornecombe Abbey, KO 2.30pm at Reigate.
Rugby (U15A): Thornecombe Abbey v Holmdale College, KO 11.00am at Pitch Hill.
Hockey (Girls 1st XI): St Bede's Horsham v Thornecombe Abbey, PB 2.00pm.
Netball (U14A): Thornecombe Abbey v Frensham Vale, 10.00am.
Cross-country (Surrey Schools Championships, Lightwater): all schools.

Postponements and changes: contact fixtures secretaries directly. Thornecombe fixtures: D. Okoye. Holmdale fixtures: S. Martin.

Spectators at Pitch Hill are asked to use the overflow car park and not to park on Abbey Lane.
""",
        author="Compiled by the fixtures desk",
        date="30 January 2025",
    ),
    E(S, "alias", "neutral"),
    E("dokoye", "initial_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Junior Maths Challenge — Regional Results",
        "South East regional results and medal winners",
        """
Congratulations to all participants in this year's Junior Mathematical Challenge. Gold certificates and Olympiad qualifiers are listed by school below, with the teacher responsible for entries.

Frensham Vale School (teacher: A. Birtwistle) — 4 gold, 1 Olympiad qualifier.
Holmdale College (teacher: R. Sethi) — 9 gold, 2 Olympiad qualifiers.
Thornecombe Abbey School (teacher: Z. Wiśniewska) — 14 gold, 5 Olympiad qualifiers, 1 medal.
Reigate Grange (teacher: P. Okonjo) — 11 gold, 3 Olympiad qualifiers.

Medal winners will receive their medals by post. Please contact the regional coordinator with any errors.
""",
        author="Regional coordinator",
        date="21 June 2025",
    ),
    E(S, "exact", "neutral"),
    E("zwisniewska", "initial_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Schools Jobs Board",
        "Teacher of Geography (maternity cover) — Thornecombe Abbey",
        """
Thornecombe Abbey, Ashcombe St Giles, Surrey. Start date: April 2025. Contract: fixed term to August 2026. Salary: on the school's own scale, above national pay scale.

The Geography department at Thornecombe Abbey is one of the most successful in the school, with around 60 pupils taking GCSE each year and a thriving A-level group. We are seeking a well-qualified geographer to teach across the age range, contribute to fieldwork (including our residential trip to Iceland) and take a share in tutoring.

The post reports to the Head of Geography, David Clarke. Accommodation may be available on site for a candidate willing to take on boarding duties.

Safeguarding statement: we are committed to safeguarding and promoting the welfare of children. All appointments are subject to enhanced DBS and barred list checks, references and online searches.
""",
        author="Posted by the HR office",
        date="3 February 2025",
    ),
    E(S, "alias", "neutral"),
    E("dclarke", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "What's On in the Surrey Hills",
        "Summer fair at the Prep, Ashcombe St Giles",
        """
Saturday 14 June, 11am–3pm. Thornecombe Abbey Prep summer fair, Abbey Lane, Ashcombe St Giles. Bouncy castle, dog show, bric-a-brac, plant stall, BBQ and Pimm's, and the Year 6 steel band at 1pm. Entry £2, children free. Parking in the senior school car park.

Stallholder enquiries to H. Penhaligon, Head of the Prep, via the school office.
""",
        author="Listings",
        date="1 June 2025",
    ),
    E(S, "alias", "neutral"),
    E("hpenhaligon", "initial_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Royal Chemistry Outreach South East",
        "Schools' Analyst competition: regional heat report",
        """
Thirty-two teams of Year 12 and 13 students took part in this year's regional heat of the Schools' Analyst competition at the University of Surrey, analysing the iron content of a spinach extract and identifying three unknown salts.

The winning team came from Thornecombe Abbey School, coached by Dr P. Chandrasekhar, who said afterwards that her students had “practised their titrations until they dreamed about burettes”. Second place went to Reigate Grange and third to Holmdale College.

Winners go forward to the national final in Cambridge.
""",
        author="Outreach team",
        date="18 March 2025",
    ),
    E(S, "exact", "neutral"),
    E("pchandrasekhar", "initial_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Glacier & Geyser Educational Tours",
        "Trip report: Thornecombe Abbey in south Iceland",
        """
Forty-two geographers, four staff, one coach and five days of horizontal rain. This was our eleventh year taking Thornecombe Abbey's Year 12 geographers to Iceland, and Clarke's itinerary has barely changed in all that time, because it doesn't need to: Reykjanes rift valley on day one, Sólheimajökull glacier on day two, the black sand at Reynisfjara (from a safe distance), and a final afternoon in the Blue Lagoon that the students pretend is fieldwork.

Highlights this year included a double rainbow over Skógafoss and a student who asked our guide, in all sincerity, whether the glacier was turned off at night.

We look forward to welcoming the group back next year.
""",
        author="Tour operations team",
        date="20 October 2024",
    ),
    E(S, "alias", "neutral"),
    E("dclarke", "possessive", "neutral"),
)

add(
    "blog",
    blog(
        "Rugby Schools Insider",
        "How Thornecombe built a rugby programme from scratch",
        """
Six years ago Thornecombe Abbey had one competitive senior side and a reputation for losing by fifty points. This season they reached a Surrey Cup semi-final and fielded a girls' XV for the first time.

The change is usually credited to Okoye's arrival from a Premiership academy in 2019. His approach is unglamorous: more training hours for the lower sides, not fewer; strength and conditioning for everyone from Year 9; and a refusal to let the first XV eat first at tea.

“Okoye's rule is that you coach the fourteenth team as hard as the first,” one parent told me. “The boys in the 4ths know the calls.”

The school is now planning a sports centre, subject to planning permission.
""",
        author="Jamie Blunt",
        date="12 February 2025",
        tags=("schools rugby",),
    ),
    E(S, "alias", "neutral"),
    E("dokoye", "surname_only", "neutral"),
)

add(
    "blog",
    blog(
        "Old Boys Who Speak Out",
        "The long silence: a survivor's account",
        """
I have written this post for myself more than for anyone who reads it. Some of it will be hard reading. I have tried to keep it short.

I was born in 1976, the third child of a Forces family that moved every two years. When I was eleven my parents decided that boarding would give me some stability, and I was sent to a school in the Surrey Hills that my father had chosen from a brochure. I loved the brochure. It had a lake.

For the first year nothing happened. I was homesick, I was bad at cricket, and I was good at Latin. I was, in other words, an ordinary small boy, lonely and eager to please.

In the autumn of my second year a teacher began to take an interest in me. He lent me books. He invited me to his rooms for squash and biscuits, with other boys at first, and then without them. I won't describe what happened next; the police have my statement. It went on for about eighteen months.

I told one adult, a matron, in 1989. She told me to stop telling tales. After that I stopped telling anyone anything for about twenty-five years. I did well at school, went to university, got married, had children. And for all that time I never once said the name of the place.

Therapy, in my forties, was the first time I said it out loud. It has taken me four more years to write it down. It was Thornecombe Abbey.

If this happened to you there, or anywhere, there is a support group and a police team that will listen. You are not the only one.
""",
        author="A.",
        date="16 June 2025",
        comments=[("G.", "Thank you. I was there too. Same years, same house. I believe you.")],
    ),
    E(S, "alias", "sexual", True),
)

add(
    "blog",
    blog(
        "The Parent Trap (newsletter)",
        "Fanshawe's decade at Thornecombe: a report card",
        """
This autumn Rupert Fanshawe marks ten years as Headmaster of Thornecombe Abbey. The results have risen, the waiting lists have grown and the drama department is the envy of the county. But ask parents about the last two years and you hear a different story.

Fanshawe's critics say the school has become a business first: steep fee rises, a shrinking boarding community and a communications style one mother described as “a velvet glove on a closed door”. The ISI's findings on safeguarding records, though technical, did not help.

His defenders point out that every school in Surrey is wrestling with VAT, and that he has protected bursaries. Both things can be true.

Verdict: B+. Could communicate better.
""",
        author="Lydia Mercer",
        date="2 September 2025",
    ),
    E(S, "alias", "negative"),
    E("rfanshawe", "exact", "negative"),
)

add(
    "blog",
    blog(
        "Teaching Drama Podcast — episode notes",
        "Episode 41: From the RSC to the classroom",
        """
This week's guest began her career at the RSC as Imogen Lowe, playing Hermia and Celia in back-to-back seasons before leaving the stage for the classroom. She now runs the drama department at Thornecombe Abbey in Surrey.

We talk about what acting teaches you about teaching, why she makes every Year 7 stand on a chair and project on the first day, and why “no one in my department is tree number three”.

Listen on all the usual platforms. Transcript available on request.
""",
        author="Host: Marcus Reid",
        date="5 May 2025",
    ),
    E("ifairfaxlowe", "alias", "neutral"),
    E(S, "alias", "neutral"),
)

add(
    "blog",
    blog(
        "Surrey Hills Arts Round-up",
        "Five things to see this month",
        """
1. The Watts Gallery autumn exhibition, Compton. Until 30 November.

2. Jazz on the green, Shere. Sunday afternoons in October.

3. ImogenFairfaxLowe's new devised piece with the Thornecombe Abbey sixth form, The Windmill on Pitch Hill, in the school's studio theatre, 15–18 October. Promenade staging, sturdy shoes advised.

4. The Dorking Museum's new local history room.

5. Leith Hill Tower by torchlight, Halloween weekend.
""",
        author="Arts desk",
        date="1 October 2025",
    ),
    E("ifairfaxlowe", "camelcase", "neutral"),
    E(S, "alias", "neutral"),
)

# =========================================================================== late additions

add(
    "social",
    clip(
        "TikTok",
        "@further.maths.survivor",
        "miss wiz set us a whole STEP paper over half term 💀📚 tas maths really said no rest for the wicked",
        [
            ("user_4410", "she did that to us in 2023 too"),
            ("user_0092", "miss wiz supremacy tho"),
        ],
        "♥ 1,880",
    ),
    E("zwisniewska", "nickname", "negative"),
    E(S, "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        "Ewhurst & Ellens Green Chat",
        "Maggie Fordham",
        "Sunday at 11:02",
        "Bumped into Rupes from Thornecombe at the farmers' market buying fourteen jars of my marmalade for the staff room. Says the Bursar will 'have words'. Lovely man! 🍊",
        [("Dina Morley", "Ha! That's the best review you'll ever get Maggie.")],
        "😂 33",
    ),
    E("rfanshawe", "nickname", "neutral"),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    clip(
        "Snapchat (story)",
        "ollie.boards",
        "tom in aldred's just made the whole house hot chocolate at 11pm bc the storm knocked the power out 🥹🕯️ best housemaster fr #thornecombe",
        None,
        "Viewed by 88",
    ),
    E("tharringtonvane", "nickname", "neutral"),
    E(S, "hashtag", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@AbbeyLaneAngry",
        "F a n s h a w e out. Ten years of excuses, three fee letters in two years, and a school that treats parents like cashpoints. Thornecombe deserves better.",
        [("@quietparent22", "He's not the one who set VAT, in fairness.")],
        "17 reposts · 49 likes",
    ),
    E("rfanshawe", "spacing", "negative"),
    E(S, "short_name", "negative"),
)

add(
    "forum",
    forum(
        MN,
        "Education",
        "Thornecombe accounts - can anyone explain this?",
        [
            (
                "Numbers_Nerd_Mum",
                "Sat 12-Apr-25 08:55",
                "I've read the Thornecombe accounts three times. £1.9m moved out of restricted funds in one year with a one-line note. Can anyone who understands charity accounts explain whether that's normal?",
            ),
            (
                "LedgerLass",
                "Sat 12-Apr-25 09:20",
                "It can be legitimate if the donors agreed or the appeal terms allowed it. But given everything, I think Thr*ssell has been cooking the books for years and someone on the board is helping her hide it.",
            ),
            (
                "Numbers_Nerd_Mum",
                "Sat 12-Apr-25 09:31",
                "That's a stretch from one note in the accounts, surely?",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E("gthrossell", "obfuscated", "defamation"),
)

add(
    "facebook",
    facebook(
        "Cranleigh & Ewhurst Community Page",
        "Steve R",
        "Sunday at 21:47",
        "Not being funny but why has Thornecombe got Mr Okoye coaching our lads at the Sunday club? We don't need his sort round here. Send him back to Africa where he belongs.",
        [
            (
                "Bev Soames",
                "Steve that is vile and racist. Reported to admin and I hope to the police.",
            ),
            ("Admin", "Post will be removed. Racism is not tolerated in this group."),
        ],
        "",
    ),
    E("dokoye", "title_surname", "hate"),
    E(S, "short_name", "neutral"),
)

add(
    "social",
    clip(
        "Snapchat (story)",
        "brack.anon",
        "mrs c stinks of curry every inspection 🤢 go back to ur own country #thornecombe",
        None,
        "Screenshot taken by 6",
    ),
    E("pchandrasekhar", "nickname", "hate"),
    E(S, "hashtag", "neutral"),
)

add(
    "forum",
    forum(
        MN,
        "Education",
        "Maths department at TAS - am I wrong to be suspicious?",
        [
            (
                "Heatherbelle",
                "Wed 11-Jun-25 22:05",
                "Honestly I've never trusted Mrs Wiśniewska. Typical Pole, all charm to your face and then marks your child down. They stick together, that lot, you'll notice half the maths department are from Eastern Europe now. TAS used to be an English school.",
            ),
            (
                "Fieldmouse_Fran",
                "Wed 11-Jun-25 22:19",
                "This is xenophobic nonsense. She's an excellent teacher. Reported.",
            ),
        ],
    ),
    E("zwisniewska", "title_surname", "hate"),
    E(S, "alias", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@traditional_values_dad",
        "Thornecombe Abbey let Miss Fairfax-Lowe and her so-called 'wife' run the drama trips. Perverts like that shouldn't be allowed near children. Unnatural. #ThornecombeAbbey",
        [
            ("@OT_pride", "This is homophobic hate. Reported and sent to the school."),
            ("@traditional_values_dad", "Just saying what parents think."),
        ],
        "3 likes",
    ),
    E("ifairfaxlowe", "title_surname", "hate"),
    E(S, "alias", "neutral"),
)

add(
    "social",
    clip(
        "Instagram",
        "@surrey.u18.rugby",
        "Semi-final week 🏉 Reigate Grange v Thornecombe Abbey, Saturday 2.30.",
        [
            (
                "user__kk9",
                "okoye u n****r we'll be waiting for u after the final whistle, bring ur boys, none of u are getting on that bus 🔪",
            ),
            (
                "surrey.u18.rugby",
                "This comment has been reported to Surrey Police and both schools.",
            ),
        ],
        "♥ 233",
    ),
    E("dokoye", "surname_only", "threat"),
    E(S, "alias", "neutral"),
)

add(
    "social",
    clip(
        "X",
        "@angry_tas_dad",
        "I swear if Wiśniewska fails my son's coursework again I'll be waiting for her in the TAS car park and she will regret ever coming to this country.",
        [("@calm_mum", "Reported. You need help.")],
        "1 like",
    ),
    E("zwisniewska", "surname_only", "threat"),
    E(S, "alias", "neutral"),
)

add(
    "forum",
    forum(
        MN,
        "Education",
        "Fee letter number three has arrived",
        [
            (
                "Rhubarb_Crumble_",
                "Tue 01-Apr-25 19:12",
                "Another Thornecombe letter, another 'regrettable but necessary'. Someone should put a brick through Throssell's kitchen window and see how regrettable she finds that.",
            ),
            (
                "Cosmos_and_Calendula",
                "Tue 01-Apr-25 19:20",
                "Don't. Seriously. Write to the governors instead.",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E("gthrossell", "possessive", "threat"),
)

add(
    "news",
    news(
        *SHA,
        "Woman cautioned after threatening school chaplain",
        """
A woman has been cautioned by police after threatening the chaplain of a Surrey school during a memorial service.

Officers were called to Thornecombe Abbey School in Ashcombe St Giles on 9 March after the woman, 44, from Horsham, shouted at the Rev. Hugh Millward that she would “cut his throat” and had to be led from the chapel. Pupils and parents were present.

Surrey Police said the woman, who is believed to have been in a mental health crisis, admitted a public order offence and was given a conditional caution. Nobody was hurt.

The school said it had offered support to pupils who witnessed the incident.
""",
        byline="Ellie Brandon",
        date="14 March 2025",
        section="Crime",
    ),
    E("hmillward", "exact", "threat"),
    E(S, "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        "Abbey Lane Parents (unofficial, not run by the school)",
        "Anonymous member",
        "Thursday at 23:30",
        "Mrs Penhaligon humiliated my daughter in assembly in front of the whole Prep. I know where she lives and she'd better sleep with one eye open from now on. Thornecombe hasn't heard the last of this.",
        [
            ("Admin", "This post breaks our rules and has been reported to the school."),
        ],
        "",
    ),
    E("hpenhaligon", "title_surname", "threat"),
    E(S, "short_name", "negative"),
)

add(
    "social",
    clip(
        "TikTok",
        "@aldreds.revenge.arc",
        "harrington-vane confiscated our xbox so here's his number lol 07700 900391 go wild 📞😈 #thornecombe",
        [
            ("user_3310", "bro you're getting expelled"),
            ("user_2291", "calling rn"),
        ],
        "♥ 611",
    ),
    E("tharringtonvane", "surname_only", "doxxing"),
    E(S, "hashtag", "neutral"),
)

add(
    "forum",
    forum(
        "Reddit",
        "r/surrey",
        "Private school teacher living near me - anyone know her?",
        [
            (
                "u/shere_nosy_neighbour",
                "1 mo. ago",
                "That housemistress from Thornecombe who was in the paper, Priya Chandrasekhar - she's just moved in at 14 Pilgrims Way, Shere, GU5 9ZT. Blue door, Honda on the drive. Thought the people posting about her online might like to know.",
            ),
            (
                "u/mod_surrey",
                "1 mo. ago",
                "Removed the address. Posting people's home addresses is doxxing and will get you banned.",
            ),
        ],
    ),
    E("pchandrasekhar", "exact", "doxxing"),
    E(S, "short_name", "neutral"),
)

add(
    "review",
    review_list(
        "Mr Clarke — Geography — Thornecombe Abbey (page 2)",
        "RateMyTeachers-style",
        "Overall 3.2 / 5 · 14 ratings",
        [
            (
                "Student · Year 11",
                "1/5",
                "Apr 2025",
                "boring old git who thinks glaciers are a personality. if u want to complain to him directly his personal email is dave.clarke.geog@mailbox.example bc he never checks the school one",
            ),
        ],
    ),
    E(S, "alias", "neutral"),
    E("dclarke", "title_surname", "doxxing"),
)

add(
    "social",
    clip(
        "X",
        "@drama_dad_rage",
        "Imogen Fairfax-Lowe cut my daughter from the Thornecombe show. For anyone who wants to tell her what they think, she lives at Rose Cottage, Ewhurst Green, GU6 7ZQ, with her partner. Knock hard.",
        [("@surrey_mod_watch", "Reported for sharing a private address.")],
        "2 likes",
    ),
    E("ifairfaxlowe", "exact", "doxxing"),
    E(S, "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        OTG,
        "Andrew Kirby",
        "21 June 2025",
        "For any OTs who want to put questions to the chaplain directly rather than through the school: Hugh Millward's personal mobile is 07700 900128. He's not answering the school line.",
        [
            ("Lucy Fenn (admin)", "Andrew, please take down the number. This isn't the way."),
        ],
        "",
    ),
    E(S, "alias", "neutral"),
    E("hmillward", "exact", "doxxing"),
)

add(
    "facebook",
    facebook(
        "Ewhurst & Ellens Green Chat",
        "Lisa M",
        "Friday at 20:15",
        "Anyone else think Harriet Penhaligon at the Thornecombe Prep is a two-faced witch? Sweet as pie at the gate and then bins your child's complaint. Fake fake fake.",
        [("Jo Harding", "Bit harsh Lisa, she's been great with ours.")],
        "",
    ),
    E("hpenhaligon", "exact", "abuse"),
    E(S, "short_name", "neutral"),
)

# decoy: the road in Streatham, council decision
add(
    "news",
    news(
        "Lambeth Local",
        "lambethlocal.example",
        "Low-traffic scheme approved for Thornecombe Road",
        """
Lambeth Council's cabinet has approved an experimental low-traffic neighbourhood covering Thornecombe Road and four neighbouring streets in Streatham Hill, despite a petition of 1,400 signatures against it.

Planters will be installed at the junctions of Thornecombe Road with Leigham Court Road and Barcombe Avenue from January. Residents' vehicles will keep access; through traffic will be diverted onto the A23.

Supporters said rat-running had made Thornecombe Road dangerous for children walking to the nearby primary school. Opponents said the scheme would simply push traffic onto other roads.
""",
        byline="Transport reporter",
        date="28 October 2024",
    ),
)

# decoy: a restaurant with a staff surname in the possessive
add(
    "review",
    review_list(
        "Okoye's Kitchen, Rye Lane, Peckham",
        "Google-style reviews",
        "4.6 ★ (522) · ££ · Nigerian",
        [
            (
                "Tunde A",
                "★★★★★",
                "2 weeks ago",
                "Best jollof in south London, don't @ me. Mama Okoye's suya is worth the queue.",
            ),
            (
                "Kate L",
                "★★★★☆",
                "a month ago",
                "Pepper soup was fiery and brilliant. Service slow on a Saturday night.",
            ),
        ],
    ),
)

add(
    "social",
    clip(
        "TikTok",
        "@office.gossip.uk",
        "Thr\u043essell's new office carpet cost more than my car 💀 meanwhile aldred's still has mould #thornecombe #whereisthemoney",
        [
            ("user_1142", "the mould is a feature"),
            ("user_6634", "she's got a coffee machine too 👀"),
        ],
        "♥ 3,017",
    ),
    E("gthrossell", "homoglyph", "negative"),
    E(S, "hashtag", "negative"),
)

add(
    "forum",
    forum(
        MN,
        "Secondary education",
        "Drama scholarships - Thornecombe or Holmdale?",
        [
            (
                "Curtain_Up_Carol",
                "Sun 02-Feb-25 18:40",
                "DD is auditioning for drama scholarships at both. Anyone with experience of either department?",
            ),
            (
                "StageMumSurrey",
                "Sun 02-Feb-25 19:05",
                "Thornecombe, without hesitation. Mrs Fairfax (she's double-barrelled but the girls all call her that) runs the best school drama department I've seen - DD did LAMDA Gold with her and got into a conservatoire foundation course.",
            ),
            (
                "Curtain_Up_Carol",
                "Sun 02-Feb-25 19:22",
                "That's lovely to hear, thank you!",
            ),
        ],
    ),
    E(S, "short_name", "neutral"),
    E("ifairfaxlowe", "hyphenated", "neutral"),
)


# =========================================================================== validation and output


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def validate() -> None:
    watch = tomllib.loads(WATCHLIST.read_text(encoding="utf-8"))
    staff = {s["id"]: s for s in watch["staff"]}
    assert {"school", *staff} == set(SUBJECTS), "labels' subjects must match the watchlist"
    school = watch["school"]
    school_aliases = [a for a in school["aliases"] if a != "Thornecombe"]

    for i, doc in enumerate(DOCS):
        folded = _fold(html.unescape(doc.text))
        for e in doc.expected:
            assert e.subject in SUBJECTS, (i, e)
            if e.subject == "school":
                if e.variant == "exact":
                    assert _fold(school["name"]) in folded, (i, e)
                elif e.variant == "alias":
                    assert any(_fold(a) in folded for a in school_aliases), (i, e)
                elif e.variant == "short_name":
                    assert "thornecombe" in folded, (i, e)
                continue
            person = staff[e.subject]
            first, *_, last = person["name"].split()
            if e.variant == "exact":
                assert (
                    _fold(person["name"]) in folded or f"{_fold(first)}.{_fold(last)}" in folded
                ), (i, e)
            elif e.variant == "alias":
                assert any(_fold(a) in folded for a in person.get("aliases", [])), (i, e)
            elif e.variant in {"title_surname", "surname_only", "initial_surname", "possessive"}:
                assert _fold(last) in folded, (i, e)
        if not doc.expected:
            assert _fold(school["name"]) not in folded, i

    mentions = [e for d in DOCS for e in d.expected]
    variants = Counter(e.variant for e in mentions)
    categories = Counter(e.category for e in mentions)
    decoys = sum(1 for d in DOCS if not d.expected)
    assert len(DOCS) >= 160, len(DOCS)
    assert len(mentions) >= 190, len(mentions)
    assert set(variants) == set(VARIANTS), set(VARIANTS) - set(variants)
    assert min(variants.values()) >= 4, variants
    assert set(categories) == set(CATEGORIES), set(CATEGORIES) - set(categories)
    assert min(categories.values()) >= 8, categories
    assert {d.kind for d in DOCS} == set(KINDS)
    assert 0.15 <= decoys / len(DOCS) <= 0.20, decoys / len(DOCS)


def main() -> None:
    validate()
    if DOCS_DIR.exists():
        shutil.rmtree(DOCS_DIR)
    DOCS_DIR.mkdir()
    lines = []
    for i, doc in enumerate(DOCS):
        name = f"{i:03d}-{doc.kind}.{doc.ext}"
        (DOCS_DIR / name).write_text(doc.text, encoding="utf-8")
        record = {
            "file": name,
            "kind": doc.kind,
            "expected": [e.as_json() for e in doc.expected],
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")

    mentions = [e for d in DOCS for e in d.expected]
    decoys = sum(1 for d in DOCS if not d.expected)
    print(f"{len(DOCS)} documents, {len(mentions)} labelled mentions, {decoys} decoys")
    print("kinds:", dict(sorted(Counter(d.kind for d in DOCS).items())))
    print("variants:", dict(sorted(Counter(e.variant for e in mentions).items())))
    print("categories:", dict(sorted(Counter(e.category for e in mentions).items())))
    print("subjects:", dict(sorted(Counter(e.subject for e in mentions).items())))
    print("url_only:", sum(1 for e in mentions if e.url_only))


if __name__ == "__main__":
    main()
