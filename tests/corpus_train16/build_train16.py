# ruff: noqa: E501
"""Labelled evaluation corpus ``train16`` for the repwatch matcher.

Setting
-------
Our Lady and St Fergus RC High School ("St Fergus", "St Fergus High", "OLSF") is an invented
Roman Catholic secondary (S1-S6, ages 11-18) on Cairnhill Road in Mossbrae, an invented
suburb on the east side of Glasgow. Its staff (see ``watchlist.toml``): head teacher Geraldine
Kearney, depute heads Anthony "Tony" Docherty and Siobhan Moffat-Rennie, PT English Declan
McGinty, PT Maths Ashleigh Quinn, PT Guidance Lorraine Strachan, PE teacher Craig Mulgrew,
janitor Thomas "big Tam" Kilbride, chaplain Fr Eoin Flanagan, business manager Rajesh
Venkataraman (``unique = true``) and pupil support assistant Chantelle Beattie. Everything is
fictional: ``.example`` domains, Ofcom drama numbers, invented streets and postcodes.

Voices: Glasgow local papers and a regional news site, council committee papers, a
Mumsnet-style forum and a Reddit-style board, parents' Facebook groups, pupils' TikTok,
Instagram and Snapchat comments (Glaswegian spellings and slang), Google-style reviews, a
parish bulletin, a job advert, football and shinty reports, and blogs.

Decoys (roughly a sixth of the documents): the St Fergus Bar, the St Fergus CSC (a Celtic
supporters' club), a Rangers supporters' club in Mossbrae, St Fergus' Chapel in another
town, a St Fergus High School in Edinburgh, the St Fergus gas terminal, Councillor Tony
Docherty (a namesake, not the depute), and strangers sharing staff names. Some pages label
the school but deliberately not a namesake on the same page (a councillor, an Edinburgh
teacher, a blog author called Docherty-Kane, commenters called Quinn or Boyle).

Labelling conventions
---------------------
* One entry per subject per document. ``category`` is the worst the whole document gives that
  subject; ``variant`` is the easiest form of that subject's name on the page.
* The school is labelled whenever the page names it (full name, alias or short name, handle,
  hashtag ...). Its category reflects what the page says about the *school itself*: a page
  that attacks one teacher but only uses the school as an address gives the school
  ``neutral``; a page that says the school covered something up gives it ``defamation``; plain
  complaints about the school's running are ``negative``; threats to the building or pupils
  are ``threat``.
* "St Fergus" (also "St Fergus's") alone is ``short_name``; "St Fergus High", "OLSF", "Our Lady
  and St Fergus", "St Fergus RC High" are ``alias``.
* "Mrs K", "Mr McG", "Miss Ashleigh", "Mr Tony", "big Tam", "Father Eoin", "Raj" and other
  by-names or first names whose referent is clear from context are ``nickname``;
  "Ashleigh Q" / "Tony D" (first name plus surname initial) are ``first_initial``;
  "A. Docherty" is ``initial_surname``; "Mrs Rennie" / "Moffat" are ``hyphenated``.
* A staff name counts only when the page ties it to the school, except Venkataraman
  (``unique``). People who merely share a name get no label.
* Reports of a threat made against staff are ``threat``; reports of charges against staff are
  ``defamation``; reports of online harassment are ``abuse``; condemnation is ``neutral``;
  sectarian, racist or homophobic slurs aimed at a person are ``hate``. An unnamed teacher
  accused of inappropriate contact with pupils makes the page ``sexual``/``url_only`` for the
  school.

Written WITHOUT reading the matcher, its tests, its benchmarks or the other corpora. This is a
measuring stick for generalisation: never tune on it.

Run ``python build_train16.py`` to (re)write ``docs/`` and ``labels.jsonl``.
"""

from __future__ import annotations

import html
import json
import shutil
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

VARIANTS = {
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
CATEGORIES = {"threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"}
KINDS = {"forum", "news", "review", "social", "facebook", "blog"}
HTML_KINDS = {"news", "forum", "blog"}


@dataclass(frozen=True)
class E:
    subject: str
    variant: str
    category: str
    url_only: bool = False

    def __post_init__(self) -> None:
        assert self.variant in VARIANTS, self.variant
        assert self.category in CATEGORIES, self.category
        assert not self.url_only or self.category == "sexual", self


@dataclass(frozen=True)
class Doc:
    kind: str
    text: str
    expected: tuple[E, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        assert self.kind in KINDS, self.kind

    @property
    def ext(self) -> str:
        return "html" if self.kind in HTML_KINDS else "txt"


DOCS: list[Doc] = []
DECOYS: set[int] = set()


def add(kind: str, text: str, *expected: E) -> None:
    DOCS.append(Doc(kind, text, tuple(expected)))


def decoy(kind: str, text: str, *expected: E) -> None:
    """A lookalike page: no label, or labels for only some of the names on it."""
    DECOYS.add(len(DOCS))
    add(kind, text, *expected)


# --------------------------------------------------------------------------- templates

esc = html.escape


def _paras(paras: list[str]) -> str:
    return "\n".join(f"<p>{esc(p)}</p>" for p in paras)


def news(
    site: str,
    headline: str,
    paras: list[str],
    *,
    date: str,
    byline: str = "",
    section: str = "News",
    related: tuple[str, ...] = (),
) -> str:
    nav = " | ".join(["Home", "News", "Sport", "What's On", "Property", "Jobs", "Notices"])
    rel = "".join(f"<li><a href='#'>{esc(r)}</a></li>" for r in related)
    by = (
        f"<p class='byline'>By {esc(byline)} &middot; {esc(date)}</p>"
        if byline
        else f"<p class='byline'>{esc(date)}</p>"
    )
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(headline)} | {esc(site)}</title></head>
<body>
<header><div class="masthead">{esc(site)}</div><nav>{esc(nav)}</nav>
<div class="cookie">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div></header>
<main><article>
<div class="section">{esc(section)}</div>
<h1>{esc(headline)}</h1>
{by}
{_paras(paras)}
</article>
<aside><h2>Most read</h2><ul>{rel}</ul></aside></main>
<footer><p>&copy; 2025 {esc(site)}. All rights reserved. Registered in Scotland.</p>
<p>Contact us | Advertise | Complaints (IPSO) | Privacy | Terms</p></footer>
</body></html>
"""


def council(body: str, title: str, items: list[tuple[str, str]], *, date: str) -> str:
    rows = "\n".join(f"<h3>{esc(h)}</h3>\n<p>{esc(t)}</p>" for h, t in items)
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body>
<header><p>{esc(body)}</p><nav>Committees | Meetings | Documents | Councillors | Search</nav></header>
<main><h1>{esc(title)}</h1><p class="date">{esc(date)}</p>
{rows}
</main>
<footer><p>Public document pack. Accessible formats available on request.</p></footer>
</body></html>
"""


def forum(site: str, board: str, title: str, posts: list[tuple[str, str]]) -> str:
    body = "\n".join(
        f"<div class='post'><div class='user'>{esc(u)}</div><div class='body'>{_paras(t.split(chr(10)))}</div>"
        f"<div class='tools'>Report | Quote | Reply</div></div>"
        for u, t in posts
    )
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} - {esc(board)} - {esc(site)}</title></head>
<body>
<header><div class="logo">{esc(site)}</div><nav>Talk | Active | Chat | Log in | Sign up</nav></header>
<div class="crumbs">{esc(site)} &gt; {esc(board)}</div>
<h1>{esc(title)}</h1>
{body}
<footer>Please read our Talk Guidelines before posting. Report a post to the moderators.</footer>
</body></html>
"""


def reddit(sub: str, title: str, op: str, text: str, comments: list[tuple[str, str, int]]) -> str:
    cs = "\n".join(
        f"<div class='comment'><span class='author'>u/{esc(u)}</span> <span class='pts'>{p} points</span>{_paras(t.split(chr(10)))}</div>"
        for u, t, p in comments
    )
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} : r/{esc(sub)}</title></head>
<body>
<header>threadit &middot; r/{esc(sub)} &middot; Join &middot; Log in</header>
<div class="op"><h1>{esc(title)}</h1><span class='author'>Posted by u/{esc(op)}</span>{_paras(text.split(chr(10)))}</div>
<div class="comments">{cs}</div>
<footer>threadit content policy &middot; user agreement</footer>
</body></html>
"""


def blog(site: str, title: str, paras: list[str], *, author: str, date: str) -> str:
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} &ndash; {esc(site)}</title></head>
<body>
<header><div class="site-title">{esc(site)}</div><nav>Home | About | Archive | Contact</nav></header>
<article><h1>{esc(title)}</h1><p class="meta">Posted {esc(date)} by {esc(author)}</p>
{_paras(paras)}
</article>
<section class="comments-closed">Comments are closed.</section>
<footer>Powered by a blogging platform. Theme: Minimal.</footer>
</body></html>
"""


def reviews(place: str, address: str, items: list[tuple[str, int, str, str]]) -> str:
    avg = sum(s for _, s, _, _ in items) / len(items)
    out = [place, address, f"{avg:.1f} stars, {len(items)} reviews", "Sort by: Most relevant", ""]
    for who, stars, when, text in items:
        out += [who, f"{'★' * stars}{'☆' * (5 - stars)}  {when}", text, "Helpful · Share", ""]
    return "\n".join(out)


def fb(group: str, poster: str, when: str, text: str, comments: list[tuple[str, str]]) -> str:
    out = [
        f"{group}",
        "Private group · Members",
        "",
        f"{poster}",
        f"{when} · 👥",
        text,
        "",
        "Like · Comment · Share",
        "",
    ]
    for who, c in comments:
        out += [who, c, "Like · Reply", ""]
    out.append("View more comments")
    return "\n".join(out)


def social(
    platform: str, handle: str, caption: str, comments: list[tuple[str, str]], *, meta: str = ""
) -> str:
    out = [f"{platform}", f"@{handle}", caption]
    if meta:
        out.append(meta)
    out += ["", f"{len(comments)} comments"]
    for who, c in comments:
        out += [f"{who}", c, ""]
    return "\n".join(out)


# --------------------------------------------------------------------------- news & papers

GAZ = "Mossbrae & Baillieston Gazette"
EVE = "Glasgow Evening Post"
CWN = "ClydeWest News"

add(
    "news",
    news(
        GAZ,
        "Record year for Mossbrae secondary as Higher passes soar",
        [
            "Our Lady and St Fergus RC High School has posted its best ever set of exam results, with 71 per cent of S5 pupils achieving three or more Highers.",
            "Head Teacher Geraldine Kearney said the results were “a testament to the hard work of our young people and the staff who never gave up on them”.",
            "She singled out the maths department, where a new supported-study programme run after school on Tuesdays and Thursdays saw pass rates climb by eleven points. “Miss Quinn and her team gave up a lot of evenings,” she added.",
            "The school, on Cairnhill Road, serves around 1,150 pupils from Mossbrae, Garrowhill and parts of Baillieston.",
            "Parent council chair Maureen Lafferty said families were “over the moon”.",
        ],
        date="7 August 2025",
        byline="Kirsty Rooney",
        related=("Bin collections change for Mossbrae streets", "Gala day route confirmed"),
    ),
    E("school", "exact", "neutral"),
    E("gkearney", "exact", "neutral"),
    E("aquinn", "title_surname", "neutral"),
)

add(
    "news",
    news(
        EVE,
        "Dad admits threatening school PE teacher after son dropped from team",
        [
            "A father who sent a string of threatening messages to a PE teacher after his son was left out of a school football squad has admitted the offence.",
            "Gary Houston, 41, from Easterhouse, pleaded guilty at Glasgow Sheriff Court to behaving in a threatening or abusive manner towards Craig Mulgrew, who teaches at St Fergus High in Mossbrae.",
            "The court heard Houston sent eleven messages to the school's sports Instagram account over a weekend in March, including one that read: “I'll be waiting at the car park on Monday. See how hard you are then.”",
            "Procurator fiscal depute Alison Greer said Mr Mulgrew had been “genuinely frightened” and had been escorted to his car by colleagues for several weeks.",
            "Sentence was deferred for background reports. Houston was made subject to a non-harassment order.",
        ],
        date="14 May 2025",
        byline="Court reporter",
        section="Crime & Courts",
    ),
    E("school", "alias", "neutral"),
    E("cmulgrew", "exact", "threat"),
)

add(
    "news",
    news(
        CWN,
        "School janitor charged after bowling club disturbance",
        [
            "A 58-year-old man has been charged following a disturbance at a bowling club in the east end of Glasgow on Saturday night.",
            "Police were called to Lochview Park Bowling Club shortly after 10.30pm. Officers said a man had been assaulted and taken to Glasgow Royal Infirmary with facial injuries.",
            "ClydeWest News understands the man charged is Thomas Kilbride, who has worked as the janitor at Our Lady and St Fergus RC High School for more than fifteen years.",
            "A Police Scotland spokesperson said: “A 58-year-old man has been arrested and charged in connection and a report will be sent to the procurator fiscal.”",
            "Glasgow City Council said it was aware of the matter and that it would be inappropriate to comment further.",
        ],
        date="3 February 2025",
        byline="ClydeWest newsdesk",
    ),
    E("school", "exact", "neutral"),
    E("tkilbride", "exact", "defamation"),
)

add(
    "news",
    news(
        GAZ,
        "Cup glory for St Fergus High as U16s stun Holyrood",
        [
            "St Fergus High's under-16s lifted the Scottish Schools' Cup at Hampden on Wednesday after a dramatic 3-2 win over favourites Holyrood Park Academy.",
            "Trailing 2-0 at the interval, Mulgrew's side looked out of it, but whatever was said in the dressing room worked. Ryan Tierney pulled one back within two minutes of the restart and substitute Jay McAleese struck twice in the last ten.",
            "“The boys never chucked it,” said captain Tierney. “Sir just told us to enjoy it and keep the ball.”",
            "It is the school's first national trophy since 1994. Mulgrew's youngsters now go forward to the British Schools' Trophy in September.",
            "St Fergus High: Kerr; Boyle, Nolan, Devine, Sharkey; McAleese (sub), Tierney, O'Hare; Reid, Cassidy, Brogan.",
        ],
        date="30 April 2025",
        byline="Gazette sport",
        section="Sport",
    ),
    E("school", "alias", "neutral"),
    E("cmulgrew", "possessive", "neutral"),
)

add(
    "news",
    news(
        "Camanachd Schools Roundup",
        "Glasgow schools shinty: Our Lady and St Fergus edged out in thriller",
        [
            "A fine crowd at Lochview Park on Saturday saw Our Lady and St Fergus go down 3-2 to a well-drilled Glenmorven Academy side in the Glasgow & District Schools Shield.",
            "The Mossbrae school only took up the caman three seasons ago, and much of the credit goes to Father Eoin, the school chaplain and a former Galway minor hurler, who volunteered to coach when nobody else would.",
            "Caitlin Devlin's first-half double had the home side in front, but two late goals from Glenmorven's Euan MacRae turned it round.",
            "“Hurling and shinty are cousins,” Father Eoin said afterwards. “These kids have taken to it like ducks to water. We'll be back.”",
            "Next round: Glenmorven Academy v Kelvinside Hill, Saturday 10.30am.",
        ],
        date="16 March 2025",
        section="Shinty",
    ),
    E("school", "alias", "neutral"),
    E("eflanagan", "nickname", "neutral"),
)

add(
    "news",
    news(
        EVE,
        "Parents hit out at Glasgow school's 'draconian' phone ban",
        [
            "Parents at a Glasgow secondary have accused it of “draconian” rules after pupils were told phones would be confiscated for a full week if seen during the school day.",
            "St Fergus in Mossbrae introduced the policy after the October holidays. Several parents told the Evening Post they had not been consulted and that their children had been left unable to contact them when buses were cancelled.",
            "“My lassie had to walk home in the dark because she couldn't phone me,” said one mum. “It's not safe and nobody asked us.”",
            "Depute Head Teacher Mrs Moffat-Rennie said in a letter to families that the change had “already reduced incidents of online bullying during the school day” and that pupils could use the office phone at any time.",
            "A council spokesperson said head teachers had discretion over mobile phone policies.",
        ],
        date="19 November 2024",
        byline="Jamie Fraser",
    ),
    E("school", "short_name", "negative"),
    E("smoffatrennie", "title_surname", "neutral"),
)

add(
    "news",
    news(
        CWN,
        "Sectarian and racist graffiti sprayed on Mossbrae school",
        [
            "Police are investigating after sectarian and racist graffiti was sprayed across the front of Our Lady and St Fergus RC High School overnight on Sunday.",
            "Pupils arriving on Monday morning were met with anti-Catholic slogans, including “NO POPE HERE” and “FENIAN SCUM OUT”, daubed along the wall facing Cairnhill Road.",
            "A second message, sprayed on the door of the school office, named business manager Rajesh Venkataraman and told him to “go back to where you came from”, alongside a racial slur.",
            "Detective Inspector Lynn Carswell said: “This is being treated as a hate crime. Nobody should go to their work or their school and be confronted by this.”",
            "The graffiti was removed by council staff before the start of lessons. The school thanked the community for its support.",
        ],
        date="9 September 2024",
        byline="Sana Qureshi",
    ),
    E("school", "exact", "hate"),
    E("rvenkataraman", "exact", "hate"),
)

add(
    "news",
    council(
        "Glasgow City Council — Education, Skills and Early Years City Policy Committee",
        "Learning Estate: Capital Works Programme 2025/26 (Item 7)",
        [
            (
                "7.1 Purpose",
                "To update members on capital works at secondary schools in the east sector.",
            ),
            (
                "7.2 Our Lady and St Fergus RC High School",
                "Roof replacement to Blocks B and C is scheduled for the summer 2025 closure period at an estimated cost of £1.42m. The school's Business Manager (R. Venkataraman) has confirmed decant arrangements for the two affected science labs.",
            ),
            ("7.3 Garrowhill Primary annexe", "Works completed; snagging ongoing."),
            ("7.4 Recommendation", "Members are asked to note the report."),
        ],
        date="Thursday 13 March 2025, 10:00, Committee Room 2",
    ),
    E("school", "exact", "neutral"),
    E("rvenkataraman", "initial_surname", "neutral"),
)

add(
    "news",
    council(
        "Glasgow City Council — Operational Delivery Scrutiny Committee",
        "Complaints Handling: Annual Report 2024/25, Appendix C (Education Services)",
        [
            (
                "C1 Summary",
                "Education Services closed 412 Stage 2 complaints, of which 31% were upheld in full or in part.",
            ),
            (
                "C2 Themes",
                "Recurring themes were delays in responding to parents, communication about additional support needs, and the handling of bullying reports.",
            ),
            (
                "C3 Case note: St Fergus High",
                "Eleven Stage 2 complaints concerned St Fergus High, the highest of any east-sector secondary. Eight were upheld, chiefly for failure to respond within timescales and inadequate recording of bullying incidents. The Head Teacher (Mrs G. Kearney) has provided an improvement plan, to be reviewed by the Quality Improvement Officer in June.",
            ),
            ("C4 Recommendation", "Members are asked to note the report and the actions arising."),
        ],
        date="Tuesday 24 June 2025",
    ),
    E("school", "alias", "negative"),
    E("gkearney", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "Education Scotland — Inspection Summaries",
        "Our Lady and St Fergus RC High School, Glasgow City Council: summarised inspection findings",
        [
            "In March 2025 a team of inspectors from Education Scotland visited Our Lady and St Fergus RC High School. During the visit we talked to parents, carers, young people and staff.",
            "Leadership of change: satisfactory. Learning, teaching and assessment: weak. Raising attainment and achievement: satisfactory. Ensuring wellbeing, equality and inclusion: weak.",
            "Across too many lessons, young people are passive and tasks lack challenge. Feedback is inconsistent and senior phase learners are not always clear about how to improve.",
            "A significant minority of parents told us that the school does not respond well when they raise concerns about bullying. Recording and follow-up of incidents is not consistent across year groups.",
            "We will return to carry out a further inspection within one year of this report.",
        ],
        date="Published 10 June 2025",
        section="Reports",
    ),
    E("school", "exact", "negative"),
)

add(
    "news",
    news(
        GAZ,
        "'He didn't think twice': jannie praised for river rescue",
        [
            "A school janitor has been hailed a hero after wading into the Tollcross Burn to pull out a first-year pupil who had slipped from the bank.",
            "Thomas Kilbride, known to everyone as big Tam, who has looked after the building at St Fergus for fifteen years, heard shouting from the path behind the playing fields at lunchtime on Tuesday.",
            "“Big Tam was in up to his chest before any of us knew what was happening,” said S2 pupil Niamh Carroll. “He's a legend.”",
            "The boy was checked over by paramedics and is fine. Mr Kilbride, typically, did not want a fuss. “Anybody would have done it,” he said. “I just ruined a good pair of boots.”",
        ],
        date="21 January 2025",
        byline="Kirsty Rooney",
    ),
    E("school", "short_name", "neutral"),
    E("tkilbride", "exact", "neutral"),
)

add(
    "news",
    news(
        EVE,
        "Police probe online threats against Glasgow head teacher",
        [
            "Police are investigating a series of online threats made against the head teacher of a Catholic secondary school in Glasgow's east end.",
            "Geraldine Kearney, head of St Fergus RC High in Mossbrae, was targeted on social media after the exclusion of a pupil last month.",
            "Posts seen by the Evening Post included claims that she would “get what's coming to her” and a picture of her car in the staff car park with the caption “nice motor, shame if”.",
            "A Police Scotland spokesperson confirmed enquiries were ongoing. Glasgow City Council said staff safety was its priority and that additional measures were in place at the school.",
        ],
        date="2 October 2024",
        byline="Jamie Fraser",
    ),
    E("school", "alias", "neutral"),
    E("gkearney", "exact", "threat"),
)

add(
    "news",
    news(
        CWN,
        "Teacher suspended over claims of messages to pupils",
        [
            "A teacher at a Glasgow secondary school has been suspended amid claims they sent inappropriate messages to pupils on Snapchat.",
            "Parents of two S4 girls at St Fergus High raised concerns with the school earlier this month. It is understood the messages were sent late at night and included requests for photographs.",
            "Glasgow City Council said: “A member of staff has been suspended as a precautionary measure while an investigation is carried out. This is a neutral act. We are working closely with Police Scotland.”",
            "The teacher has not been named.",
        ],
        date="27 February 2025",
        byline="ClydeWest newsdesk",
    ),
    E("school", "alias", "sexual", True),
)

add(
    "news",
    news(
        GAZ,
        "Mossbrae's 'singing priest' marks 25 years of ministry",
        [
            "Parishioners packed St Bride's in Mossbrae on Sunday to mark the silver jubilee of Father Eoin Flanagan, who was ordained in Galway in June 2000.",
            "Father Flanagan came to Glasgow in 2011 and has been chaplain to St Fergus since 2016, where he is known as much for his guitar at school Masses as for coaching the shinty team.",
            "A cake was made in the shape of a caman, and pupils from the school choir sang Be Thou My Vision in Irish and English.",
            "“I've been very lucky,” he told the Gazette. “Mossbrae has been good to me.”",
        ],
        date="23 June 2025",
        byline="Maureen Collins",
    ),
    E("school", "short_name", "neutral"),
    E("eflanagan", "exact", "neutral"),
)

add(
    "news",
    news(
        EVE,
        "Mum's anger as school 'did nothing' after attack on son was filmed",
        [
            "A Mossbrae mother says her son's school failed to act after a video of him being punched and kicked at a bus stop was shared on TikTok.",
            "Donna Gilchrist, 38, said her 13-year-old had been targeted for months and that she had reported it to St Fergus four times before the attack.",
            "“They kept telling me it was being monitored,” she said. “Monitored? He's got a broken nose.”",
            "In a statement, principal teacher of guidance Mrs Strachan said the school “takes all reports of bullying seriously” and was working with the family and police.",
            "The video has since been removed.",
        ],
        date="11 December 2024",
        byline="Jamie Fraser",
    ),
    E("school", "short_name", "negative"),
    E("lstrachan", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "ScotPublicJobs",
        "Principal Teacher of Pupil Support (Fixed Term) — Our Lady and St Fergus RC High School",
        [
            "Salary: £55,617 – £60,357. Location: Cairnhill Road, Mossbrae, Glasgow. Closing date: 28 February 2025.",
            "Our Lady and St Fergus RC High School is a Roman Catholic secondary serving the communities of Mossbrae, Garrowhill and Baillieston. We are looking for an enthusiastic, nurturing colleague to join our pupil support team.",
            "Applicants must be GTCS registered and approved by the Archdiocese of Glasgow. This post is subject to PVG membership.",
            "For an informal discussion please contact Mrs S. Moffat-Rennie, Depute Head Teacher, on 01632 960412.",
        ],
        date="Posted 6 February 2025",
        section="Jobs",
    ),
    E("school", "exact", "neutral"),
    E("smoffatrennie", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        EVE,
        "Teacher subjected to 'vile' online hate campaign, union says",
        [
            "A teaching union has called for action after a maths teacher at a Glasgow secondary was targeted by what it described as a “vile and sustained” online campaign.",
            "The EIS said Ashleigh Quinn, principal teacher of maths at Our Lady and St Fergus in Mossbrae, had been the subject of dozens of abusive posts and edited images on TikTok and Instagram since the start of term.",
            "Accounts shared doctored photographs and mocking videos, some of which were viewed tens of thousands of times before being removed.",
            "“No one should have to put up with this just for doing their job,” said EIS area officer Colin McKechnie. “Platforms need to act faster.”",
        ],
        date="8 October 2025",
        byline="Sana Qureshi",
    ),
    E("school", "alias", "neutral"),
    E("aquinn", "exact", "abuse"),
)

LONG_FEATURE = [
    "It is twenty past eight on a wet Tuesday in November and the car park of a secondary school in Glasgow's south side is already full. Inside, a depute head is on the phone to a supply agency for the third time since seven. Two English teachers are off, one long-term, and there is nobody to cover. By the end of the day, S3 will have had three periods in the library with a film on.",
    "Scenes like this are playing out across the city. Glasgow City Council has to find savings of more than £100 million over the next three years, and education, which accounts for roughly half of its budget, cannot be protected entirely. Headteachers we spoke to describe a system stretched close to breaking point: devolved budgets that have been frozen in cash terms since 2019, pupil equity funding that is increasingly used to plug gaps rather than to close the poverty-related attainment gap, and a supply pool that has all but dried up.",
    "“We used to talk about what we wanted to do,” said one head in the north-west of the city, who asked not to be named. “Now every conversation is about what we have to stop doing. Music tuition, trips, after-school clubs: it's all on the table.”",
    "The council insists that teacher numbers have been protected and that Glasgow still spends more per pupil than the Scottish average. A spokesperson pointed to the city's record exam results last summer and to a programme of capital investment in new and refurbished buildings worth more than £300 million.",
    "But the money for bricks and mortar comes from a different pot from the money for day-to-day running. That distinction matters a great deal to the people who have to manage school budgets, many of whom are not teachers at all. Business managers, a role that barely existed twenty years ago, now oversee budgets of several million pounds and are responsible for everything from the photocopier lease to the school's energy bills.",
    "Energy is the line that frightens them most. A large secondary built in the 1970s can burn through gas at an astonishing rate. One business manager showed us a spreadsheet in which heating costs for a single building had more than doubled in three years. “I could employ two more teachers with the difference,” she said.",
    "In Drumchapel, a head teacher has started charging for the school's minibus, which used to be free for sports teams. In Castlemilk, a school has cut its library opening hours and relies on sixth-year volunteers to keep it open at lunchtime. In the city centre, one secondary has stopped printing any paper homework at all.",
    "Parents notice. At a parent council meeting in Pollokshields, a father asked why his daughter's Higher chemistry class had no textbooks to take home. The answer was simple: there were not enough to go round, and replacing them would cost £4,000 the school did not have.",
    "Unions say the squeeze is falling hardest on support staff. Pupil support assistants, who work with children with additional support needs, are among the lowest paid people in any school, and many are on temporary contracts that are renewed term by term. The number of pupils with a recorded additional support need in Glasgow has risen by almost a third in five years.",
    "“These are the people who keep the most vulnerable children in the classroom,” said a Unison steward. “Cut them and you will see exclusions go up, you will see teachers leave, and you will see kids fall through the cracks.”",
    "Some schools have turned to fundraising. A secondary in the west end raised £18,000 from a sponsored walk last spring, which it spent on laptops. Another has a parent-run uniform bank that saves families hundreds of pounds. But headteachers are uneasy about a two-tier system in which schools serving better-off areas can raise money that poorer schools cannot.",
    "The Scottish Government says it has provided record funding to local authorities and that decisions on how it is spent are for councils. Opposition parties say the settlement has failed to keep pace with inflation and that councils are being asked to deliver national policies, such as the expansion of free school meals, without the money to pay for them.",
    "Meanwhile, the everyday improvisation continues. Teachers buy glue sticks with their own money. Janitors patch leaking roofs with tarpaulin. Office staff chase unpaid trip deposits from families who are themselves struggling.",
    "Out in the east end, on the edge of the city, we met the business manager of one of the larger Catholic secondaries, who has spent the past year trying to make a budget that does not add up look as though it does. Raj Venkataraman has worked at Our Lady and St Fergus in Mossbrae since 2018, after a career in NHS finance.",
    "“The honest answer is that we are running on goodwill,” he said, pointing to a classroom where a radiator has been off since September because the valve is broken and the repair is in a queue. “The staff are incredible. But goodwill isn't a line in the budget.”",
    "He is not pessimistic, exactly. The school's roof is finally being replaced next summer, and he has found savings by renegotiating the catering contract. But he worries about what happens when the next round of cuts arrives.",
    "“Every year we say this is the hard one,” he said. “And every year the next one is harder.”",
]

add(
    "news",
    news(
        CWN,
        "Running on goodwill: inside the budget squeeze in Glasgow's schools",
        LONG_FEATURE,
        date="17 November 2024",
        byline="Euan Paterson, Education Correspondent",
        section="In Depth",
        related=("Council tax rise of 8% approved", "Supply teacher shortage 'worst in a decade'"),
    ),
    E("school", "alias", "neutral"),
    E("rvenkataraman", "alias", "neutral"),
)

# ---- decoy news

decoy(
    "news",
    council(
        "Glasgow City Council — Planning Applications Committee",
        "Minutes of meeting, Tuesday 4 February 2025",
        [
            (
                "Present",
                "Councillors Bell (Chair), Docherty, Hussain, McKenzie, O'Neill, Rennie and Whitelaw.",
            ),
            (
                "Item 4: 25/00187/FUL — St Fergus Bar, 412 Duke Street",
                "Application for an outdoor beer garden with retractable canopy and extended hours to 11pm. Councillor Tony Docherty (Shettleston North), speaking as local member, objected on grounds of noise and the proximity of residential flats. Following discussion the application was refused by 5 votes to 2.",
            ),
            (
                "Item 5: 24/03312/LBC — Former Eastern Baths",
                "Listed building consent granted subject to conditions.",
            ),
            (
                "Item 6: Any other business",
                "Councillor Docherty asked officers to report back on enforcement against unauthorised shopfront signage in the Dennistoun conservation area. Agreed.",
            ),
        ],
        date="Meeting held in the City Chambers",
    ),
)

decoy(
    "news",
    news(
        "Edinburgh Southside Post",
        "Braidhaugh's St Fergus High School to get new £48m campus",
        [
            "Pupils at St Fergus High School in Edinburgh's Braidhaugh will move into a brand-new £48 million building in 2028, the city council has confirmed.",
            "The existing 1960s block, which has suffered from leaking roofs and RAAC concerns, will be demolished to make way for sports pitches.",
            "Head teacher Paul Gorman said: “This is a fantastic day for the school and for Braidhaugh.” Principal teacher of maths Ashleigh Quinn, who sits on the design panel, said pupils had asked for more outdoor learning spaces and “somewhere to sit at lunch that isn't a corridor”.",
            "Consultation on the new design opens at Braidhaugh Library next month.",
        ],
        date="12 May 2025",
        byline="Fiona Leckie",
    ),
)

decoy(
    "news",
    news(
        "Buchan Observer",
        "St Fergus gas terminal jobs boost as upgrade approved",
        [
            "Up to 200 construction jobs will be created at the St Fergus Gas Terminal near Peterhead after Aberdeenshire councillors approved a major upgrade.",
            "The site, which lands around a third of the UK's gas, will see new compression equipment installed over three years.",
            "St Fergus community council welcomed the jobs but asked for assurances on traffic through the village during construction.",
        ],
        date="3 April 2025",
        byline="Doug Paterson",
    ),
)

decoy(
    "news",
    news(
        "Press and Granite",
        "Torry man banned after drink-drive crash into bus shelter",
        [
            "A man who crashed into a bus shelter while nearly three times the drink-drive limit has been banned from the road for two years.",
            "Declan McGinty, 29, of Victoria Road, Torry, appeared at Aberdeen Sheriff Court where he admitted the offence, which happened on Menzies Road in the early hours of 2 March.",
            "Defence solicitor Gail Ross said McGinty, a scaffolder, had “made a stupid decision after a family celebration” and was deeply ashamed.",
            "He was also fined £720.",
        ],
        date="19 June 2025",
        section="Courts",
    ),
)

decoy(
    "news",
    news(
        "The Tay Courier",
        "Family notices: Deaths",
        [
            "KEARNEY, Geraldine (née Boyle). Peacefully, at Ninewells Hospital, Dundee, on 2 March 2025, aged 87 years. Beloved wife of the late Francis, much loved mum of Paul and Ann-Marie, and a dear gran. Requiem Mass at St Andrew's Cathedral, Dundee, on Monday 10 March at 11am, thereafter to Balgay Cemetery. Family flowers only please; donations to Roxburghe House.",
            "McINTOSH, Robert (Bobby). Suddenly, at home in Broughty Ferry, aged 71. Funeral private.",
            "STRACHAN, Lorraine. Passed away peacefully at Carnoustie on 28 February, aged 94. Service at Carnoustie Crematorium on Friday.",
        ],
        date="5 March 2025",
        section="Notices",
    ),
)

decoy(
    "news",
    news(
        GAZ,
        "Supporters' club bus barred from Mossbrae pub car park",
        [
            "A Celtic supporters' club has been told it can no longer pick up members in the car park of a Mossbrae pub after complaints from neighbours about noise and parking.",
            "The St Fergus CSC, which has run a bus to Celtic Park from Mossbrae Cross for more than thirty years, will now leave from the layby on Mossbrae Road.",
            "Club secretary John Paul Gallacher said the change was “no big deal”, adding: “The boys will walk the extra hundred yards. We've survived worse.”",
            "The club, which takes its name from the old St Fergus Bar where it was founded in 1989, has around 80 members.",
        ],
        date="2 September 2024",
        byline="Maureen Collins",
    ),
)

# --------------------------------------------------------------------------- forums

MC = "MumsChat"

add(
    "forum",
    forum(
        MC,
        "Education",
        "AIBU to move DD out of St Fergus for S3?",
        [
            (
                "GlasgowGirlGone",
                "DD is in S2 at St Fergus in Mossbrae. She was top set maths in primary and now she says she's 'rubbish at maths'. Three supply teachers since August, homework set on Teams and never marked, and when I emailed Miss Quinn (PT) I got a two line reply a fortnight later.\nWIBU to look at moving her? The alternative is a bus to Garrowhill.",
            ),
            (
                "Mammyof3weans",
                "YANBU. My DS had the same last year. Miss Quinn is nice enough to your face but the department is a shambles.",
            ),
            (
                "wee_bird_77",
                "Not sure it's fair to blame one teacher when they can't get staff. Miss Quinn took my son for N5 and he got an A. It's the school that can't recruit.",
            ),
            (
                "GlasgowGirlGone",
                "@wee_bird_77 fair point, but she's the PT, it's her department. Someone has to take responsibility.",
            ),
            (
                "Lurkingsince09",
                "Whatever you do, put it in writing. The school only moves when there's a paper trail.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("aquinn", "title_surname", "negative"),
)

add(
    "forum",
    forum(
        MC,
        "Secondary education",
        "Head teacher fiddling exam presentations to make results look better?",
        [
            (
                "MossbraeMum2",
                "I'm not going to name names but people local will know. The head at St Fergus, Mrs Kearney, has been quietly moving weans down from National 5 to National 4 in February so that the pass rates look brilliant in the paper. My son was told two weeks before the exam that he 'wasn't being presented'. Nobody asked us.\nThen she stood up at the parents' evening and lied to our faces, said no pupil had been moved without parental agreement. I have the emails. She's cooking the books and the school knows it.",
            ),
            ("Pinotandpyjamas", "That's a serious allegation, be careful posting this."),
            ("MossbraeMum2", "It's true though. Ask anyone in S4 last year."),
            (
                "teachermum_east",
                "Schools do have to make presentation decisions and it's not always communicated well, but 'cooking the books' is a big leap. Have you complained formally?",
            ),
            ("MossbraeMum2", "Twice. The council just sends it back to her."),
        ],
    ),
    E("school", "short_name", "defamation"),
    E("gkearney", "title_surname", "defamation"),
)

add(
    "forum",
    reddit(
        "glasgow",
        "Anyone else's wean at OLSF getting bullied and guidance doing nothing?",
        "throwaway_ma_g69",
        "My boy's in S1 at OLSF (Mossbrae). Been getting his bag emptied in the corridor every day for a month, his phone smashed last week. I've phoned guidance five times. Strachan never phones back, and when she did finally it was 'we'll keep an eye'. Keep an eye on what??\nIs it just us or is the whole place like this?",
        [
            (
                "dennistoun_dad",
                "Same with my niece last year. Guidance there are completely overwhelmed, one teacher for 250 weans. Not excusing it, just saying.",
                41,
            ),
            (
                "baws_out_for_summer",
                "go over their heids. email the QIO at the council, they move faster when the council's asking",
                33,
            ),
            ("throwaway_ma_g69", "Cheers, didnae know that existed", 12),
            ("Sgian_Dubh", "Sorry you're going through it mate. Hope the wee man's ok.", 8),
        ],
    ),
    E("school", "alias", "negative"),
    E("lstrachan", "surname_only", "negative"),
)

add(
    "forum",
    reddit(
        "glasgow",
        "Depute at St Fergus steaming at parents' night??",
        "NotAGrass_1",
        "Genuine question. Went to S4 parents' night on Thursday and the depute, Docherty, was slurring his words and stinking of drink. My pal says he's been like that for years and that's why he keeps the S4-S6 office door locked. Also heard he's been helping himself to the tuck shop float. How is he still in a job??",
        [
            ("cathcart_cynic", "source: trust me bro", 57),
            ("NotAGrass_1", "I was literally standing beside him", 9),
            (
                "bluesky_bella",
                "My cousin works there and says the tuck shop thing is nonsense, fwiw. The drink thing I don't know.",
                22,
            ),
            (
                "mod_glasgow",
                "Reminder: don't post allegations about named individuals. Locking.",
                3,
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("adocherty", "surname_only", "defamation"),
)

add(
    "forum",
    reddit(
        "TeachingUK",
        "Leaving my school after 6 years. SLT have broken me.",
        "frazzled_in_the_east",
        "Catholic secondary in Mossbrae, east of Glasgow. I've taught there six years and I'm handing in my notice at Easter.\nThe main problem is our depute, Tony D. He's not a bad person but he micromanages everything: lesson plans submitted on a Friday, 'learning walks' three times a week, and a behaviour system that means nothing because he overrules every referral. Staff meetings are him reading slides at us for an hour.\nNobody wants to say it but he's the reason half the department left. Anyone else had an SLT member like this? How did you cope?",
        [
            ("mrs_mfl", "That sounds exhausting. Six years is a good run, don't feel guilty.", 18),
            (
                "Deputy_Dawg",
                "As a depute, I'd say he's probably being squeezed from above too. Doesn't make it ok.",
                11,
            ),
            ("frazzled_in_the_east", "Probably. Still leaving.", 7),
        ],
    ),
    E("adocherty", "first_initial", "negative"),
)

add(
    "forum",
    forum(
        MC,
        "Secondary education",
        "Jannie selling vapes to kids?",
        [
            (
                "Anon_east_end",
                "My S3 daughter told me tonight that everybody knows you can buy vapes off big Tam the jannie at St Fergus. Apparently he keeps them in his cupboard by the boiler room and sells them for a tenner each at lunch.\nI'm raging. Who do I even tell?",
            ),
            (
                "Bellahoustonbabe",
                "If true that's a police matter as well as the school. But weans say all sorts, I'd want more than 'everybody knows'.",
            ),
            ("Anon_east_end", "She says her pal bought one. I believe her."),
            (
                "GreenTeaGran",
                "Tell the head in writing and let them investigate. Don't post his name all over Facebook, it could blow up in your face.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("tkilbride", "nickname", "defamation"),
)

add(
    "forum",
    reddit(
        "Scotland",
        "Should Scotland still fund separate Catholic schools?",
        "ayrshire_atheist",
        "Genuine debate please. Surely in 2025 we can stop segregating kids by religion at age 5?",
        [
            (
                "glesga_true_blue",
                "Nae chance of a debate on here. Look at that St Fergus place in Mossbrae, breeding ground for wee fenian b*stards. Their priest Flanagan is the worst of the lot, a sneaky taig filling their heads wi IRA songs. Shut the lot down.",
                -44,
            ),
            ("ayrshire_atheist", "This is exactly what I didn't want. Reported.", 88),
            (
                "Tayside_teacher",
                "Imagine thinking sectarian slurs help the argument for integrated schools. They make the opposite case.",
                120,
            ),
            (
                "mod_scotland",
                "Comment removed and user banned. Sectarian abuse is not tolerated here.",
                64,
            ),
        ],
    ),
    E("school", "short_name", "hate"),
    E("eflanagan", "surname_only", "hate"),
)

add(
    "forum",
    forum(
        MC,
        "Special educational needs",
        "Shout out to a PSA (and a moan about English)",
        [
            (
                "Autismmum_Gla",
                "My son has autism and started S1 at St Fergus High in August. I was dreading it. But the pupil support assistant, Miss Chantelle, has been unbelievable: she meets him at the gate, she's sorted a quiet space at lunch, she texts through the school app every Friday. He actually wants to go in. I could greet.\nThe less said about English the better. McGinty's department has had three different teachers for his class already and nobody can tell me what they're reading. The homework diary says 'novel' every week. Which novel??",
            ),
            (
                "sunnyside_up",
                "That PSA sounds like a gem. Write to the head and tell her, they never hear the good stuff.",
            ),
            ("Autismmum_Gla", "Good idea, will do."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("cbeattie", "nickname", "neutral"),
    E("dmcginty", "possessive", "negative"),
)

add(
    "forum",
    forum(
        "LegalAdviceScot",
        "Defamation and privacy",
        "Can I post that the school business manager is stealing trip money?",
        [
            (
                "curious_parent_88",
                "Asking before I do something daft. Our S3 Paris trip was cancelled and £450 deposits have vanished. I'm convinced Mr V, the business manager at OLSF, has been siphoning off the trip money into his own account. It's happened before apparently. Can I say that on the parents' Facebook group?",
            ),
            (
                "ScotsLawyerish",
                "Short answer: no, not unless you can prove it. An accusation of theft against an identifiable person is classic defamation. Make a formal complaint and ask the council's internal audit to look at the trip account.",
            ),
            (
                "curious_parent_88",
                "But he IS identifiable, that's the point, everyone knows who Mr V is.",
            ),
            ("ScotsLawyerish", "Which is exactly why you shouldn't."),
        ],
    ),
    E("school", "alias", "negative"),
    E("rvenkataraman", "nickname", "defamation"),
)

add(
    "forum",
    reddit(
        "glasgow",
        "Rate the PE teachers at your school",
        "burner_account_77",
        "Mulgrew from St Fergus stays at 14 Birkhall Crescent, Garrowhill, G69 7QT if any of yous want to go and tell him what you think of his 'cross country in the snow' policy lol",
        [
            ("Wee_Jinty", "wtf posting a teacher's address is mental, delete this", 77),
            ("burner_account_77", "its on the electoral roll anyway", -12),
            ("TheBarrasBandit", "Reported. You'll get the sub shut down.", 40),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("cmulgrew", "surname_only", "doxxing"),
)

add(
    "forum",
    forum(
        MC,
        "Chat",
        "Teacher's personal number going round the S4 group chat",
        [
            (
                "Mossbrae_Maw",
                "Just found out my son has Miss Quinn's personal mobile in his phone. It's been going round the S4 group chat with 'text her at 3am lol'. It's 07700 900318 and I've no idea how they got it. Should I tell the school? I don't want him in bother but it's not on.",
            ),
            (
                "sensible_sue",
                "Please do tell the school, and please edit your post, you've just posted her number here too.",
            ),
            ("Mossbrae_Maw", "Oh god, sorry. Can a mod remove it? St Fergus will have a fit."),
            ("MumsChat_Mod", "We've asked the poster to edit. Please report rather than quote."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("aquinn", "title_surname", "doxxing"),
)

add(
    "forum",
    forum(
        "StaffroomTalk",
        "Jobs and careers",
        "Anyone worked at OLSF Glasgow? Interview next week",
        [
            (
                "NQT_Neil",
                "Got an interview for a chemistry post at Our Lady and St Fergus in Mossbrae. Anyone know what it's like?",
            ),
            (
                "east_end_exile",
                "Did two years there. Kearney is a decent head, quite hands-off, backs staff. Behaviour is hit and miss in S2/S3. The jannie, Tam, is a legend and will sort your lab blinds in ten minutes if you bring him a coffee.",
            ),
            ("NQT_Neil", "Ha, noted. Thanks!"),
            ("PhysicsPete", "Catholic approval takes ages, start the paperwork now."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("gkearney", "surname_only", "neutral"),
    E("tkilbride", "nickname", "neutral"),
)

add(
    "forum",
    reddit(
        "glasgow",
        "School chaplain told my son he was 'disordered' for being gay",
        "proud_mum_g33",
        "My son is in S5 at St Fergus. He came out to a couple of friends last month. Last week Father Flanagan took him aside after a year-group Mass and told him that his feelings were 'objectively disordered' and that he should speak to no one about it except a priest. He came home in tears.\nI'm Catholic myself. I'm disgusted. This isn't pastoral care, it's a grown man shaming a child.",
        [
            (
                "Clydebank_Kev",
                "Hope your boy's alright. Report it to the head and the council; chaplains aren't meant to do that.",
                210,
            ),
            (
                "NotThatKindOfCatholic",
                "My experience of him was lovely to be fair, but that doesn't mean this didn't happen.",
                54,
            ),
            (
                "proud_mum_g33",
                "@NotThatKindOfCatholic I know he's popular. That's why I'm posting.",
                61,
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("eflanagan", "title_surname", "defamation"),
)

add(
    "forum",
    reddit(
        "glasgow",
        "English teacher at St Fergus",
        "rangers_til_i_die_1872",
        "any1 else think McGinty fae St Fergus english dept is a wee poof? mincing about reading poetry lmao, bent as a nine bob note",
        [
            ("Gorbals_Granny", "Homophobic garbage. Reported.", 95),
            ("AutoModerator", "Your post has been removed for hate speech.", 1),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dmcginty", "surname_only", "hate"),
)

add(
    "forum",
    reddit(
        "glasgow",
        "I swear to god",
        "angry_big_bro",
        "If Tam Kilbride, the jannie at St Fergus, grabs my wee brother by the collar one more time I'm gonnae wait for him at the gates and stab him. Nae joke. Nae cunt touches ma family.",
        [
            (
                "Possil_Pat",
                "mate calm down and go to the school, don't end up in Barlinnie over a jannie",
                66,
            ),
            ("angry_big_bro", "I meant every word", -20),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("tkilbride", "alias", "threat"),
)

LONG_THREAD = [
    (
        "Overthinking_Orla",
        "Long post, sorry. DS is in P7 and we have to decide by January whether to put in a placing request or just go to our catchment secondary. We live right on the boundary in the east end so we've got three realistic options and I've been to all three open evenings. I'd love some views from people whose kids actually go to these places, because the open evenings are all the same: a brass band, a science teacher setting fire to something, and a head teacher telling you their school is a family.\nOption 1 is Garrowhill Academy (non-denominational, catchment). Big, new building, loads of subjects, good results on paper. But it's 1,600 pupils and DS is small and quiet.\nOption 2 is Sandyhills High. Smaller, lovely feel, but a bus and a walk, and they only run Higher Spanish every second year.\nOption 3 is the Catholic school. We're not especially religious but he was baptised and went to a Catholic primary, so he'd get in.\nI'll post my notes from each one below.",
    ),
    (
        "Overthinking_Orla",
        "GARROWHILL: Head spoke for 40 minutes, mostly about the building. Pupils who showed us round were brilliant, very confident. Asked about bullying and got a good answer about a pupil-led anti-bullying group. Maths department looked well organised. Worried about the size. Canteen queue at lunch apparently takes half the break.",
    ),
    (
        "Overthinking_Orla",
        "SANDYHILLS: Felt small and friendly. The guidance teacher knew every kid's name on the tour. Music department is amazing, they've got a pipe band and a jazz band. Fewer subject choices in S5/S6 and they partner with the college for some of them. The bus is the issue, it's two buses in winter.",
    ),
    (
        "Mum2Twins_G32",
        "My two are at Garrowhill in S3. Honestly it's fine. Big, yes, but they put S1 in a separate wing for the first year and that helps a lot. The canteen queue is real though, pack a piece.",
    ),
    (
        "BoredInBaillieston",
        "Sandyhills is lovely but the bus thing is a real pain once they're doing after-school stuff. My niece gave up football because of it.",
    ),
    (
        "Overthinking_Orla",
        "Thanks both. Will post the third one later, DS needs his tea.",
    ),
    (
        "RetiredTeacherRuth",
        "For what it's worth, after 35 years in Glasgow secondaries: don't choose on results tables. Choose on where your child will feel known. A smaller school with a good pastoral team will do more for a quiet boy than a shiny building. Go back in the day time if you can, not just the open evening, and watch what happens in the corridors at the change of period.",
    ),
    (
        "Mum2Twins_G32",
        "Ruth is right about the corridors. You learn more in two minutes of period change than an hour of speeches.",
    ),
    (
        "Overthinking_Orla",
        "Right, option 3. Went to the open evening on Thursday and then asked if we could come back during a school day, which they were fine about. First impressions were of a tired building (the roof is getting done this summer apparently, there are buckets in one corridor) but a warm atmosphere. The S6 pupils showing us round were funny and honest, one of them told us straight that the maths department had 'a bad year' with staffing but it's sorted now.\nThe best bit was the S1 transition talk. The depute for S1 to S3, Mrs Rennie, was brilliant: no slides, just talked about what the first week looks like, who DS would go to if something went wrong, and how they do a buddy system with S6. She remembered DS's name from when we'd spoken on the phone two weeks before. I know that's a small thing but it made me trust her.\nSo, that was St Fergus. DS liked it best, weirdly, because they have a shinty team and he's never seen shinty in his life.",
    ),
    (
        "BoredInBaillieston",
        "Shinty is the clincher, obviously. Ha.",
    ),
    (
        "LapsedButLoyal",
        "My daughter is in S2 there and I'd agree with all of that. Transition was the strongest I've seen and the guidance staff in S1 were on it. It's not perfect (you'll have read stuff on Facebook) but for a quiet kid I'd go there.",
    ),
    (
        "Overthinking_Orla",
        "Thanks everyone. Leaning towards option 3 but will do one more day visit at Garrowhill to be fair. Will update.",
    ),
    (
        "Overthinking_Orla",
        "UPDATE for anyone searching this later: we went for the Catholic school. DS started in August, he's made three pals and he's on the shinty team (they lost 9-1 on Saturday, he was delighted). Thanks all.",
    ),
]

add(
    "forum",
    forum(
        MC, "Secondary education", "Choosing a secondary in the east end - long, sorry", LONG_THREAD
    ),
    E("school", "short_name", "neutral"),
    E("smoffatrennie", "hyphenated", "neutral"),
)

add(
    "forum",
    forum(
        MC,
        "Secondary education",
        "Attendance figures at DS's school are made up",
        [
            (
                "StatsNerdMum",
                "My DH is on the parent council at Our Lady and St Fergus. He's seen the real registers and the attendance figures that Moffat-Rennie sent to the council are fiction. Weans who were off for weeks are marked as 'educated off site' so they don't count. She's been doing it for at least two years to hit the target. It's fraud, plain and simple.",
            ),
            (
                "GlasgowGran1952",
                "If that's true it should go to the council's audit people, not MumsChat.",
            ),
            ("StatsNerdMum", "He's too scared to, she chairs half the meetings."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("smoffatrennie", "surname_only", "defamation"),
)

add(
    "forum",
    reddit(
        "Scottishteachers",
        "PT doing pupils' coursework for them?",
        "anon_qi_officer",
        "Not my school, but a friend at a Mossbrae secondary says the maths PT there, Ashleigh Q, has been sitting with N5 kids and basically writing their Applications of Maths coursework to pump up the results. If that's true it's malpractice and the SQA should be told. What's the process for reporting something like that?",
        [
            (
                "SQA_marker_2019",
                "You report it to the centre's SQA coordinator first, then SQA directly if nothing happens. Be careful with 'a friend says'.",
                29,
            ),
            (
                "MrsMaths_Fife",
                "Honestly, supported study can look like 'writing it for them' from the outside. But if it's real, it's serious.",
                17,
            ),
        ],
    ),
    E("aquinn", "first_initial", "defamation"),
)

add(
    "forum",
    forum(
        "Kerr's Korner (Glasgow football & fitba banter)",
        "Off-topic",
        "Catholic school heid's a disgrace",
        [
            (
                "BillyBoy_1690",
                "See that Kearney wumman at St Fergus? Fenian witch, aw her family are IRA scum. Typical taig, gets a school aw paid for by us and still greets about the roof.",
            ),
            ("TheGreatGaffer", "Wind it in Billy. This is why we cannae have nice things."),
            ("Admin", "Post edited. Sectarian language will get you banned."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("gkearney", "surname_only", "hate"),
)

add(
    "forum",
    reddit(
        "glasgow",
        "Rumour about a teacher and a 5th year at OLSF?",
        "just_asking_g69",
        "My S6 daughter says the whole school is talking about one of the male teachers at OLSF being caught in his car with an S5 girl after a rugby training session. Apparently he's been messaging her for months. No names going round yet. Has anyone heard anything official? Should the police not be involved?",
        [
            (
                "ChiefQuimby",
                "If there's any truth in it the police will already be involved. Don't spread names.",
                45,
            ),
            ("just_asking_g69", "I'm not, that's why I didn't post one.", 12),
        ],
    ),
    E("school", "alias", "sexual", True),
)

add(
    "forum",
    forum(
        "Kerr's Korner (Glasgow football & fitba banter)",
        "Off-topic",
        "Mossbrae priest",
        [
            (
                "TaigHunter88",
                "That Father Eoin at St Fergus aye 'coaching' the wee boys at shinty after dark. We aw know what these priests are like wi altar boys. Keep yer weans away fae him.",
            ),
            (
                "Moderator_K",
                "Deleted. This is exactly the kind of rumour that ruins lives. Banned.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("eflanagan", "nickname", "sexual", True),
)

add(
    "forum",
    forum(
        MC,
        "Chat",
        "Calm down, folks - threatening Mr Docherty isn't the answer",
        [
            (
                "VoiceOfReason_G",
                "I've seen the posts on the Mossbrae group about the depute at St Fergus. Whatever you think of Mr Docherty's exclusion decision, threatening him or his family is never OK. He's a person doing a hard job. Complain, go to the council, go to your councillor, but leave the threats out.",
            ),
            (
                "HelenOfGarrowhill",
                "Agree. My son was excluded by him too and I was furious, but the Facebook stuff is vile.",
            ),
            ("VoiceOfReason_G", "Thanks. Let's all take a breath."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("adocherty", "title_surname", "neutral"),
)

# --------------------------------------------------------------------------- facebook

MMD = "Mossbrae Mammies & Daddies"
MCN = "Mossbrae Community Noticeboard"
EEP = "East End Parents Chat (Glasgow)"
OPC = "Our Lady and St Fergus Parent Council"

add(
    "facebook",
    fb(
        MCN,
        "Angela Boyce",
        "3 February at 08:12",
        "Massive shout out to big Tam the jannie at St Fergus. My car died at the gates in the snow this morning with the wean in the back and he came out wi jump leads and a flask of tea. Didnae even know me. Some man 👏👏",
        [
            ("Paul McCready", "Tam's a diamond. Sorted my son's bike chain last year."),
            ("Linda Rafferty", "He's been there since my lot were at school. Legend."),
            ("Angela Boyce", "Honestly restored my faith in humanity at 8am on a Monday 😂"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("tkilbride", "nickname", "neutral"),
)

add(
    "facebook",
    fb(
        MMD,
        "Kerry-Ann Dolan",
        "Yesterday at 16:40",
        "Is it just me or is St Fergus impossible to get through to?? Phoned SIX times about my wean's S3 options cause his timetable's got him in two classes at once. Left messages for Mrs Moffat-Rennie on Monday, Tuesday and today. Nothing. He's sitting in the library for 4 periods a week. Pure done in wi it.",
        [
            ("Joanne Kerr", "Same. Email is better, they seem to answer emails."),
            ("Kerry-Ann Dolan", "Emailed as well 🙄"),
            ("Stevie Mac", "Turn up at the office, it's the only thing that works"),
            ("Donna Gilchrist", "The communication from that school is shocking tbh"),
        ],
    ),
    E("school", "short_name", "negative"),
    E("smoffatrennie", "title_surname", "negative"),
)

add(
    "facebook",
    fb(
        MMD,
        "Anonymous member",
        "2 days ago",
        "Not being funny but somebody who works in the office at St Fergus told me Raj the business manager has been putting his own petrol through the school's account for months. Claiming mileage for trips he never took. Meanwhile my wean's got no textbook for Higher Chemistry and we were asked to 'donate' for glue sticks. Something stinks.",
        [
            ("Maria Toner", "Careful, anonymous posts like this get groups shut down"),
            ("Anonymous member", "It's true, ask anyone in the office"),
            ("Brian Hunter", "No textbooks is a disgrace right enough, whatever the rest of it"),
            ("Group admin", "Turning off comments. Take allegations to the council please."),
        ],
    ),
    E("school", "short_name", "negative"),
    E("rvenkataraman", "nickname", "defamation"),
)

add(
    "facebook",
    fb(
        EEP,
        "Derek Fairlie",
        "14 March at 21:55",
        "To the PE teacher at St Fergus High, Mulgrew. You left my boy standing out in the pishing rain for an hour with an asthma inhaler he couldnae use. You better watch yourself walking to that wee blue Corsa of yours. I know what you drive and I know what time you leave.",
        [
            ("Sharon Fairlie", "Derek delete this"),
            ("Tommy O'Rourke", "Ye cannae threaten a teacher mate, that's a jail sentence"),
            (
                "Group admin",
                "Post reported to Facebook and removed from the group. This is a threat.",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
    E("cmulgrew", "surname_only", "threat"),
)

add(
    "facebook",
    fb(
        MMD,
        "Jacqueline Muir",
        "10 October at 19:03",
        "Since Mrs Kearney won't meet parents about the uniform changes, maybe we should all take our concerns to her door. 22 Larchgrove Avenue, Stepps, G33 6AX. Peaceful protest, Saturday 11am. Bring your banners.",
        [
            (
                "Lesley Grant",
                "Jacqueline that's her house. You can't post a head teacher's home address.",
            ),
            ("Jacqueline Muir", "It's public if you know where to look"),
            (
                "Lesley Grant",
                "Reported. Protest at the school or the council, not at somebody's front door where her weans live.",
            ),
            ("Group admin", "Removed."),
        ],
    ),
    E("gkearney", "title_surname", "doxxing"),
)

add(
    "facebook",
    fb(
        OPC,
        "Our Lady and St Fergus Parent Council",
        "Pinned · 1 November",
        "🎉 QUIZ NIGHT 🎉 Friday 22 November, 7pm in the school dining hall. Tables of 6, £5 a head, raffle and tuck shop. Mr Docherty has very kindly agreed to be our quizmaster again (be warned, there is a music round and he chose it 🙈). All money raised goes to the S6 prom and the S1 outdoor-ed trip. Tickets from the school office or any parent council member.",
        [
            ("Claire Donnelly", "Booked a table! Last year was a great laugh."),
            ("Tony D", "Music round is strictly 1980s. You have been warned."),
            ("Marie Sweeney", "Haha can't wait"),
        ],
    ),
    E("school", "exact", "neutral"),
    E("adocherty", "title_surname", "neutral"),
)

add(
    "facebook",
    fb(
        EEP,
        "Roisin Carberry",
        "21 May at 22:31",
        "I've kept quiet long enough. My daughter was bullied for eight months at St Fergus. We have screenshots, we have the dates. Tony Docherty told me to my face the incidents had been logged. They weren't. When the council asked for the records he'd deleted half of them and told them we'd never reported anything. He lied to protect the school's numbers and the school backed him. That's a cover up.",
        [
            ("Gillian Reid", "I'm so sorry, that's horrific if it's true"),
            ("Roisin Carberry", "It IS true Gillian"),
            ("Lorna Mc", "Go to the papers hen"),
            ("Kevin Burns", "Careful naming him on here, speak to a solicitor"),
        ],
    ),
    E("school", "short_name", "defamation"),
    E("adocherty", "alias", "defamation"),
)

add(
    "facebook",
    fb(
        MMD,
        "Anonymous member",
        "6 hours ago",
        "Is there anybody that can do anything about Lorraine S in guidance at OLSF? Useless fat cow. Sits in her office eating biscuits while weans are getting battered. Absolute waste of space and a waste of oxygen. Somebody needs to tell her to her face.",
        [
            ("Fiona Hughes", "There's no need for the name-calling"),
            ("Anonymous member", "There's every need"),
            ("Group admin", "Comments off."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("lstrachan", "first_initial", "abuse"),
)

add(
    "facebook",
    fb(
        "Mossbrae & Garrowhill Community Voice",
        "Billy Stewart",
        "Yesterday at 11:15",
        "Another £1.4 million of OUR council tax on a new roof for that fenian school in Mossbrae. St Fergus gets everything. Somebody should just burn it doon and save us the money.",
        [
            ("Margaret Allan", "Billy this is disgusting and I've reported it."),
            (
                "Sean Tierney",
                "Screenshotted and sent to Police Scotland. Sectarian threats against a school full of weans.",
            ),
            ("Billy Stewart", "Cannae take a joke"),
        ],
    ),
    E("school", "short_name", "threat"),
)

add(
    "facebook",
    fb(
        MMD,
        "Nicola Deans",
        "Friday at 17:48",
        "Pure raging. St Fergus cancelled the S3 Paris trip with TWO DAYS' notice and we still haven't had the £450 deposit back. Eight weeks now. Mr V in the office just keeps saying it's 'being processed'. Some of us saved up all year for that.",
        [
            ("Karen Lyons", "Same here. No letter, no apology, nothing."),
            ("Nicola Deans", "Email the head and cc your councillor, that's what I'm doing next"),
            ("Jim Lafferty", "Poor show from the school."),
        ],
    ),
    E("school", "short_name", "negative"),
    E("rvenkataraman", "nickname", "neutral"),
)

add(
    "facebook",
    fb(
        EEP,
        "Concerned Parent",
        "8 June at 00:14",
        "So the chaplain at St Fergus, Father Eoin, was absolutely steamin at the S6 leavers' do on Thursday. Drinking WKD with the weans in the car park after the official bit finished. Some of them are 17. And he's supposed to be the one setting an example?? The school won't say a word because he's a priest.",
        [
            (
                "Teresa Boyle",
                "He was NOT drinking with the kids, I was there helping. He had one glass of wine at the meal and left at 10.",
            ),
            ("Concerned Parent", "That's not what my son says"),
            ("Teresa Boyle", "Your son's wrong."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("eflanagan", "nickname", "defamation"),
)

add(
    "facebook",
    fb(
        MMD,
        "Stacey-Leigh Kennedy",
        "18 August at 20:20",
        "Results day!! So proud of my lassie, A in Higher Maths 🙌🙌 and she was in tears at prelim time. Miss Ashleigh at OLSF, you're a pure legend, you never gave up on her. Thank you ❤️",
        [
            ("Ashley Kennedy", "Aw well done Ellie!!"),
            (
                "Carol Donnelly",
                "Miss Ashleigh got my boy through N5 too. Best teacher in that school.",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
    E("aquinn", "nickname", "neutral"),
)

add(
    "facebook",
    fb(
        "Mossbrae & Garrowhill Community Voice",
        "Gordon McLaren",
        "Sunday at 13:02",
        "Why's a p*ki like Venkataraman in charge of the money at a Catholic school in Scotland? Can they no find a Scottish guy to count the pennies. Send him back hame.",
        [
            ("Aisha Rahman", "Absolutely vile. Reported."),
            (
                "Frances Quigley",
                "Raj has done more for that school than you'll ever do for anybody, Gordon. Racist wee man.",
            ),
            ("Group admin", "Gordon has been removed from the group."),
        ],
    ),
    E("rvenkataraman", "surname_only", "hate"),
)

add(
    "facebook",
    fb(
        EEP,
        "Martin Hendry",
        "Thursday at 15:30",
        "The dinner hall at St Fergus High is a joke. My son gets 25 minutes for lunch and spends 20 of it queuing. Today they'd run out of anything hot by the time S3 got in. Chips or a roll. For £2.60. Has anybody raised this with the parent council?",
        [
            ("Gemma Lowrie", "It's been raised every year I've been on it. Nothing changes."),
            ("Martin Hendry", "Brilliant."),
            ("Des O'Hare", "Pack him a piece mate honestly"),
        ],
    ),
    E("school", "alias", "negative"),
)

add(
    "facebook",
    fb(
        "St Bride's Parish, Mossbrae",
        "St Bride's Parish, Mossbrae",
        "12 September",
        "A reminder that the Mass of the Holy Spirit for the start of the school year at Our Lady and St Fergus will be celebrated in the school hall on Friday at 9.15am by our chaplain, Eoin Ó Flannagáin. Parents and parishioners are very welcome. Tea and coffee afterwards in the library, hosted by the S6 faith ambassadors.",
        [
            ("Bernadette Quinn", "Will be there 🙏"),
            ("Anne Marie McAvoy", "Lovely, thank you Father"),
        ],
    ),
    E("school", "alias", "neutral"),
    E("eflanagan", "alias", "neutral"),
)

add(
    "facebook",
    fb(
        MMD,
        "Lee Harkins",
        "Tuesday at 21:47",
        "Mr McGinty at St Fergus is a smug wee prick. Talked down to me at parents' night like I was a wean myself. Face like a skelped arse and a personality to match.",
        [
            ("Jo Harkins", "😂😂 Lee"),
            ("Pamela Bryce", "He's actually a really good teacher, my daughter loves him"),
            ("Lee Harkins", "Good for her"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dmcginty", "title_surname", "abuse"),
)

add(
    "facebook",
    fb(
        EEP,
        "Sinead Mallon",
        "Saturday at 10:05",
        "Mixed feelings about St Fergus this term. Mr Mulgrew has been amazing with my son, got him into the football team and his confidence is through the roof. But Docherty's detentions are handed out like sweeties. Two this week for 'incorrect socks'. Socks!",
        [
            (
                "Louise Kane",
                "The socks thing is real, my daughter got one for white trainer socks 😂",
            ),
            ("Sinead Mallon", "It's nonsense. Focus on the stuff that matters."),
        ],
    ),
    E("school", "short_name", "negative"),
    E("cmulgrew", "title_surname", "neutral"),
    E("adocherty", "possessive", "negative"),
)

add(
    "facebook",
    fb(
        MMD,
        "Anonymous member",
        "Monday at 23:11",
        "Just so everybody knows, the PSA at St Fergus, Chantelle, goes through the weans' bags in the changing rooms during PE. My daughter's had £20 and a vape taken and she's not the only one. Keep an eye on your kids' stuff.",
        [
            ("Tanya Reilly", "Chantelle? No way. She's the nicest person in that school."),
            ("Anonymous member", "Aye that's what they all say"),
            (
                "Group admin",
                "We don't allow anonymous accusations against named staff. Deleting in 10 mins.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("cbeattie", "nickname", "defamation"),
)

add(
    "facebook",
    fb(
        MCN,
        "Jean Cassidy",
        "2 days ago",
        "Seen some folk posting about the jannie fae the high school. For anybody wanting a word, Tam stays above the chippy at Mossbrae Cross, flat 2/1, 3 Mossbrae Cross. Buzz him. His mobile's 07700 900215.",
        [
            ("Alex Nolan", "Jean what are you doing?? Take that down"),
            ("Jean Cassidy", "What? People have a right to speak to him"),
            ("Alex Nolan", "Not at his house at night they don't."),
        ],
    ),
    E("tkilbride", "nickname", "doxxing"),
)

add(
    "facebook",
    fb(
        EEP,
        "Mossbrae Mum Mandy",
        "Sunday at 20:44",
        "For those asking, the PSA at St Fergus is Chantelle Beattie, she stays at 41 Bankhead Road, Garrowhill, G69 6RS, the house with the blue door. Her private Insta is @chantelle.b.xo. Go and ask her yourself what she did to my daughter.",
        [
            ("Dawn Ritchie", "You've just posted a woman's home address. Delete this now."),
            ("Mossbrae Mum Mandy", "She should have thought about that"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("cbeattie", "exact", "doxxing"),
)

# --------------------------------------------------------------------------- social

add(
    "social",
    social(
        "TikTok",
        "ciaran.x.olsf",
        "POV: Mr Docherty catches ye vaping in the St Fergus toilets 💀💀 #fyp #glasgow #school",
        [
            ("niamhh.x", "Tony D is pure mental 😭😭"),
            ("jay_mcal", "he gave me 3 detentions fur a hoodie last week"),
            ("lewis.b", "the walk 😭 ye can hear the keys fae a mile away"),
            ("erin_mcg07", "nah he's actually sound if yer no at it"),
        ],
        meta="♬ original sound - ciaran.x.olsf · 48.2K likes",
    ),
    E("school", "short_name", "neutral"),
    E("adocherty", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "mossbrae.mammy.life",
        "When the PE teacher at your son's school turns up to parents' night in a fitted shirt 🥵🥵 OLSF mammies ye know the one #parentsnight #glasgowmums",
        [
            (
                "sharon_mum_of_4",
                "Mr Mulgrew 😍 I'd let him take me round the back of the sports hall and show me his whistle",
            ),
            ("lauren.x.g69", "stoppp 😂 I went for a chat about my boy and forgot my own name"),
            ("gemmaaa_k", "my husband is sitting right next to me reading this 💀"),
            ("sharon_mum_of_4", "he can give me a detention any day 🔥🔥"),
        ],
        meta="♬ Careless Whisper - George Michael · 12.1K likes",
    ),
    E("school", "alias", "neutral"),
    E("cmulgrew", "title_surname", "sexual"),
)

add(
    "social",
    social(
        "Instagram",
        "s4.gossip.g69",
        "#MissQuinn is an absolute boot 🤮🤮 face like a melted welly, patter like a wet weekend. #StFergusHigh #maths #glasgow",
        [
            ("aidan.fc", "😭😭😭 the welly"),
            ("olivia.r", "this is so mean she's actually nice"),
            ("s4.gossip.g69", "@olivia.r teacher's pet"),
        ],
        meta="1,204 likes",
    ),
    E("school", "hashtag", "neutral"),
    E("aquinn", "hashtag", "abuse"),
)

add(
    "social",
    social(
        "Snapchat (story screenshot)",
        "kyle_b_2009",
        "gonnae batter McGinty efter school the morra at the St Fergus gates, he's DEID 🔪🔪 screenshot this",
        [
            (
                "screenshot posted by",
                "shared to 'Mossbrae Mammies & Daddies' by a parent: 'Is this not a police matter? This is going round the S3 group chat.'",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dmcginty", "surname_only", "threat"),
)

add(
    "social",
    social(
        "TikTok",
        "ellie.x.mossbrae",
        "K3arn3y is a pure witch ngl, suspended me fur 3 days fur NOTHIN 😭😭 OLSF is a prison #fyp",
        [
            ("jade_g", "she's a miserable auld cow"),
            ("ellie.x.mossbrae", "swear down I did nothin"),
            ("conor.mc", "ye threw a chair ellie 💀"),
        ],
        meta="♬ original sound · 3,118 likes",
    ),
    E("school", "alias", "neutral"),
    E("gkearney", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "X",
        "ClydeEngineeringSTEM",
        "Great morning with S3 pupils at @stfergushigh talking about apprenticeships in civil engineering. Brilliant questions about bridges, robots and whether we get to wear hi-vis every day (we do). Thanks to the careers team for having us! #STEM #DYW",
        [
            ("stfergushigh", "Thanks for coming! Our S3s loved it 🏗️"),
        ],
    ),
    E("school", "handle", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "bradley.mcc",
        "Dосherty is a lyin snake 🐍 tells yer maw one thing and does the opposite. St Fergus depute of the year 🏆 (not)",
        [
            ("caitlin.b", "snake is right 🐍🐍"),
            ("marc.g", "ye spelt it weird lol"),
            ("bradley.mcc", "so it doesnae get taken doon 😉"),
        ],
        meta="♬ original sound · 902 likes",
    ),
    E("school", "short_name", "neutral"),
    E("adocherty", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "Instagram",
        "olsf_s2_confessions",
        "Confession #88: M u l g r e w is the worst PE teacher at OLSF. Makes asthmatics run the cross country in the snow and then shouts at them for walking. Nae wonder naebody picks PE.",
        [
            ("anon_s2", "facts"),
            ("rachel.p", "he's alright if you're good at football tbh"),
        ],
        meta="Submitted anonymously · 211 likes",
    ),
    E("school", "alias", "neutral"),
    E("cmulgrew", "spacing", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "bluenose_banter_1872",
        "St Fergus weans at the 61 bus stop actin hard 😂 #mossbrae",
        [
            ("bluenose_banter_1872", "dirty wee taigs, back tae Ireland"),
            (
                "true_blue_87",
                "fenian scum the lot o them, that school's a breedin ground fur wee IRA rats",
            ),
            ("mum_of_3_g69", "These are CHILDREN. Reported every single comment."),
            ("liam.r", "sectarian dinosaurs in the comments, embarrassing"),
        ],
        meta="♬ original sound · 6,402 likes",
    ),
    E("school", "short_name", "hate"),
)

add(
    "social",
    social(
        "TikTok",
        "anon.mossbrae.warning",
        "DON'T GO INTO ST FERGUS THE MORRA. someone in S4 is bringin a blade and says he's gonnae use it on the first person that looks at him. sharin so naebody gets hurt",
        [
            ("sarahmc", "reported this to the police"),
            ("deano_123", "probably fake but who knows"),
            (
                "olsf_parent",
                "School has just emailed saying police will be on site in the morning.",
            ),
        ],
    ),
    E("school", "short_name", "threat"),
)

add(
    "social",
    social(
        "Instagram",
        "glasgow.tea.spill",
        "👀👀 Heard Miss Chantelle fae OLSF has an OnlyFans on the side. Link in bio if ye want tae see what the PSA gets up to efter 3.30 🔞",
        [
            ("lad_fae_garrowhill", "🥵🥵 subscribing"),
            ("ashleigh.m", "This is a fake account using her photos. Reported."),
        ],
        meta="3 days ago",
    ),
    E("school", "alias", "neutral"),
    E("cbeattie", "nickname", "sexual"),
)

add(
    "social",
    social(
        "Snapchat (group chat screenshot)",
        "mossbrae.mammies.admin",
        "A parent posted this screenshot asking for advice: 'Nudes o S3 lassies fae St Fergus gettin passed aboot, DM fur the folder 📁🔞'. She says it's been sent to her 14-year-old.",
        [
            (
                "Group admin",
                "Do NOT share or ask for the image. Report to police on 101 and tell the school's child protection coordinator.",
            ),
            ("Karen Doyle", "Sickening. Hope they catch whoever's doing it."),
        ],
    ),
    E("school", "short_name", "sexual", True),
)

add(
    "social",
    social(
        "Instagram",
        "olsf.panto.2024",
        "Behind the scenes at the OLSF staff panto 🎭 Cinderella like you've never seen her! Mrs Moffat-Rennie as the Fairy Godmother, Mr Docherty and Mr McGinty as the Ugly Sisters.",
        [
            (
                "former_pupil_2015",
                "Mrs Moffat-Rennie in that wee dress 🥵🥵 I'd bend her over the staffroom table, been waitin since S1",
            ),
            ("claire_d", "Eh?? That's a teacher, ya creep"),
            ("mark.t", "Best panto in years 😂"),
        ],
        meta="2,110 likes",
    ),
    E("school", "alias", "neutral"),
    E("smoffatrennie", "title_surname", "sexual"),
    E("adocherty", "title_surname", "neutral"),
    E("dmcginty", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "MossbraeTruthTeller",
        "Since the depute at St Fergus never answers his school email, here's the one he actually reads: anthony.docherty64@mailbox.example. Fill his inbox, parents. He's earned it.",
        [
            ("JoanneK_G33", "Is that not his personal one? Not sure that's on."),
            ("MossbraeTruthTeller", "Public servant. Fair game."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("adocherty", "exact", "doxxing"),
)

add(
    "social",
    social(
        "TikTok",
        "macbeth.made.me.do.it",
        "When yer English teacher makes ye read Macbeth oot loud in front of the whole class 😭 St Fergus S4 suffering",
        [
            ("ryan.g", "McGinty?? 😂"),
            (
                "hollie.d",
                "Mr McGinty lives on Inchmurrin Drive G69 8PL, blue door wi the wee gnome, seen him cuttin his grass 🤭🤭",
            ),
            ("megan.x", "hollie ye cannae post that 😬"),
        ],
        meta="♬ original sound · 22.7K likes",
    ),
    E("school", "short_name", "neutral"),
    E("dmcginty", "title_surname", "doxxing"),
)

add(
    "social",
    social(
        "Snapchat (story screenshot)",
        "dee_x_olsf",
        "M0ffat-R3nnie better sleep wi wan eye open 🔪🔪 she's gettin it for excludin my wee cousin. #olsf",
        [
            (
                "screenshot caption",
                "Found on a pupil's public story, now reported to Police Scotland.",
            ),
        ],
    ),
    E("school", "hashtag", "neutral"),
    E("smoffatrennie", "leetspeak", "threat"),
)

add(
    "social",
    social(
        "TikTok",
        "loyal_and_true_1690",
        "That Fr Flanagan at St Fergus on the news again. Fenian priest wants a bullet in the heid, nae surrender 🇬🇧",
        [
            ("gemma.r", "This is a threat. Reported to TikTok and the police."),
            ("loyal_and_true_1690", "freedom of speech"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("eflanagan", "title_surname", "threat"),
)

add(
    "social",
    social(
        "TikTok",
        "ross.x.s3",
        "big Tam the jannie at St Fergus is a manky auld jakey 🤢 smells like the bottom of a bin and shouts at ye fur breathin",
        [
            ("danny.o", "leave big Tam alone he's sound 😭"),
            ("ross.x.s3", "he binned my ball"),
        ],
        meta="♬ original sound · 540 likes",
    ),
    E("school", "short_name", "neutral"),
    E("tkilbride", "nickname", "abuse"),
)

add(
    "social",
    social(
        "Instagram",
        "s5.rants",
        "Miss Beattie the PSA at OLSF is a pure scrubber, follows ye aboot like a bad smell. Get a real job hen.",
        [
            ("kayla.b", "she helps my wee brother every day, shut it"),
            ("s5.rants", "🙄"),
        ],
    ),
    E("school", "alias", "neutral"),
    E("cbeattie", "title_surname", "abuse"),
)

add(
    "social",
    social(
        "X",
        "GarrowhillGripes",
        "Venkatraman (sp?) at St Fergus is an absolute clown. Can't work a spreadsheet, can't answer an email, can't find his own backside with both hands. Muppet.",
        [
            ("MossbraeMaureen", "Bit harsh, the man's running a school on a shoestring"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("rvenkataraman", "typo", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "kilimanjaro.truth",
        "Remember the OLSF Kilimanjaro climb for the children's hospice? £6,000 raised. Mulgrow 'organised' it. Funny how the hospice says they got £1,200 and he's got a new Audi 🤔🤔",
        [
            ("paul.d", "woah that's a big accusation"),
            ("kilimanjaro.truth", "ask the hospice yerself"),
            ("jenna.m", "he showed us the cheque in assembly though?"),
        ],
    ),
    E("school", "alias", "neutral"),
    E("cmulgrew", "typo", "defamation"),
)

add(
    "social",
    social(
        "Instagram",
        "nose.ring.rebellion",
        "Mrs K**rney sent my pal home for a tiny nose stud but walks about wi more jewellery than Argos 🙄 one rule for them #StFergus",
        [
            ("amy.x", "the hypocrisy 😂"),
        ],
    ),
    E("school", "hashtag", "neutral"),
    E("gkearney", "obfuscated", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "bleep.test.survivor",
        "POV: you're in @mr.mulgrew.pe's S2 class and it's bleep test day 💀💀 St Fergus PE dept no mercy",
        [
            ("sophie.l", "level 4 and I'm on the floor"),
            ("mr.mulgrew.pe", "Level 4?? We're working on that 😂"),
        ],
        meta="♬ bleep test - original sound · 31K likes",
    ),
    E("school", "short_name", "neutral"),
    E("cmulgrew", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "Mossbrae_Mum_of_2",
        "StFergusHigh really need to sort their website. Permission slip links dead AGAIN, trip is Friday, office phone rings out. How hard can it be?",
        [
            ("GlasgowParentsNet", "Email is the only way with them tbh"),
        ],
    ),
    E("school", "camelcase", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "iconic.english.dept",
        "MrMcGinty read the whole of the porter scene in Macbeth in a full Glesga accent and honestly?? cinema 😭🎭 St Fergus English dept stays winning",
        [
            ("abbie.h", "the best teacher in that school, nae contest"),
            ("tom.k", "'knock knock, who's there, it's the polis' 😂😂"),
        ],
        meta="♬ original sound · 9,870 likes",
    ),
    E("school", "short_name", "neutral"),
    E("dmcginty", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "olsf_shinty",
        "Caman up! 🏑 Great effort from our S1/S2 shinty squad in the snow on Saturday. Huge thanks to #FatherEoin for the coaching, the tea and the terrible jokes. St Fergus forever 💚",
        [
            ("mrs.devlin", "So proud of Caitlin!"),
        ],
        meta="86 likes",
    ),
    E("school", "short_name", "neutral"),
    E("eflanagan", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "mossbrae.parents.speak",
        "K e a r n e y needs to go. Three years of falling results, a bad inspection and no answers for parents. Time for a change at the top. #StFergusHigh",
        [
            ("anne.mc", "Agreed, she's lost the parents completely"),
            ("john.b", "Results were up this year though?"),
        ],
    ),
    E("school", "hashtag", "negative"),
    E("gkearney", "spacing", "negative"),
)

add(
    "social",
    social(
        "Snapchat (story screenshot)",
        "lewis.x.09",
        "Doch*rty gave me a 3 day exclusion fur vapin, AT ST FERGUS everybody vapes, pure unfair man 😤",
        [],
    ),
    E("school", "short_name", "neutral"),
    E("adocherty", "obfuscated", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "maths.is.pain",
        "Miss Quіnn gave the WHOLE class a punishment exercise cause wan boy swore. OLSF maths dept is a joke honestly 😤",
        [
            ("ava.m", "collective punishment is a war crime 😭"),
            ("ben.r", "she's usually sound tbf"),
        ],
    ),
    E("school", "alias", "negative"),
    E("aquinn", "homoglyph", "negative"),
)

add(
    "social",
    social(
        "Snapchat (story screenshot)",
        "kai.mossbrae",
        "Mulgrеw's gettin jumped at the bus stop efter school, bring yer pals 👊👊 St Fergus PE department",
        [
            ("screenshot caption", "Sent to the school by a worried parent."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("cmulgrew", "homoglyph", "threat"),
)

add(
    "social",
    social(
        "TikTok",
        "leavers.2025",
        "St Fеrgus is a dump 🤮 roof leakin, heating broke, toilets locked. Cannae wait tae leave. #mossbrae",
        [
            ("jodie.m", "the buckets in the science corridor 😭"),
        ],
    ),
    E("school", "homoglyph", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "olsf.s6.yearbook",
        "Yearbook awards 🏆 'Most likely to make you love algebra': Miss Qu1nn (we spelled it like this so she doesn't find it 🤫). 'Best banter': big Tam. 'Most likely to confiscate your phone': you know who.",
        [
            ("jenna.b", "she deserves it honestly, made me actually like maths"),
            ("ryan.o", "big Tam top man"),
        ],
        meta="OLSF S6 2025 · 640 likes",
    ),
    E("school", "alias", "neutral"),
    E("aquinn", "leetspeak", "neutral"),
    E("tkilbride", "nickname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "refund.please",
        "Still waitin on ma trip money back fae Mr V e n k a t a r a m a n at St Fergus. 10 weeks. TEN. Naebody answers the phone.",
        [
            ("kerry.d", "same 😤"),
        ],
    ),
    E("school", "short_name", "negative"),
    E("rvenkataraman", "spacing", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "guidance.hater",
        "Str@chan in guidance at St Fergus better watch her back, she grassed me up tae the polis and I'll no forget it 🔪",
        [
            ("sam.k", "chill bro"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("lstrachan", "obfuscated", "threat"),
)

add(
    "social",
    social(
        "X",
        "DeeMcFadden_",
        "Whoever keeps tagging me: I am NOT the Mr McGinty from St Fergus, I'm a plumber in Paisley 😂 But fair play to him, sounds like he's a fucking brilliant teacher from the messages I'm getting.",
        [
            ("lisa.x", "😂😂 the confusion"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dmcginty", "title_surname", "neutral"),
)

# --------------------------------------------------------------------------- reviews

SCHOOL_G = "Our Lady and St Fergus RC High School · Secondary school"
ADDR = "Cairnhill Road, Mossbrae, Glasgow G69 4LP · 01632 960412"

add(
    "review",
    reviews(
        SCHOOL_G,
        ADDR,
        [
            (
                "Stephen Gallagher",
                1,
                "2 weeks ago",
                "Third exclusion this year for my son and not one of them for anything violent. Docherty has had it in for him since S1. I'm telling you now, if that man excludes him one more time I'll put him through the window of his own office. Try me.",
            ),
            (
                "Ruth Donnelly",
                4,
                "a month ago",
                "Good school with some excellent teachers. Miss Quinn in maths in particular. Communication with parents could be a lot better.",
            ),
            (
                "Andrew Kelly",
                2,
                "3 months ago",
                "Building is falling apart. Buckets in corridors. Not the staff's fault but the council needs to sort it.",
            ),
            (
                "Mairi Campbell",
                1,
                "5 months ago",
                "Reported bullying three times. Nothing happened. Moved my daughter out.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("adocherty", "surname_only", "threat"),
    E("aquinn", "title_surname", "neutral"),
)

add(
    "review",
    reviews(
        SCHOOL_G,
        ADDR,
        [
            (
                "Jacqui Nairn",
                1,
                "a week ago",
                "Mr McGinty made up my son's English prelim grade. He got a D in the actual paper (we've seen it) and the report said C so the department's 'working at' figures looked better. When I asked at parents' night he lied to my face and said the paper had been 're-marked'. It hadn't. Disgraceful.",
            ),
            (
                "Frank O'Neill",
                5,
                "2 months ago",
                "Both my kids have done well here. The staff care.",
            ),
            (
                "Lisa-Marie Hart",
                3,
                "4 months ago",
                "Average. Some great teachers, some you never see.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("dmcginty", "title_surname", "defamation"),
)

add(
    "review",
    reviews(
        SCHOOL_G,
        ADDR,
        [
            (
                "A worried mum",
                1,
                "3 weeks ago",
                "In October my 15-year-old daughter told guidance that a male teacher had touched her leg and made comments about her body on the bus back from a school trip. Mrs Strachan told her she was 'reading too much into it' and not to make up stories about staff. Nothing was reported. I only found out in January. I have now gone to the police myself. Any parent with a daughter at this school should think very carefully.",
            ),
            ("Colin Reid", 4, "2 months ago", "Good sports provision and a friendly atmosphere."),
        ],
    ),
    E("school", "exact", "sexual", True),
    E("lstrachan", "title_surname", "defamation"),
)

add(
    "review",
    reviews(
        SCHOOL_G,
        ADDR,
        [
            (
                "Tam Rooney",
                1,
                "4 days ago",
                "Office phone rings out every single time. Don't bother with it. The business manager Raj Venkataraman's personal mobile is 07700 900561, I got it off another parent. Phone him directly like I did, he soon answers when it's his own phone.",
            ),
            (
                "Elaine Grierson",
                2,
                "a month ago",
                "The office staff are doing their best but they're clearly overwhelmed.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("rvenkataraman", "alias", "doxxing"),
)

add(
    "review",
    reviews(
        SCHOOL_G,
        ADDR,
        [
            (
                "Patricia Lennon",
                1,
                "a month ago",
                "The head teacher here, Geraldine Boyle as she was when I went to school with her, was a jumped up wee cow then and she's a jumped up wee cow now. Thinks she's the Queen of Mossbrae. Nose in the air, no time for anybody.",
            ),
            ("David Hay", 5, "2 months ago", "My son has flourished. Thank you to all the staff."),
        ],
    ),
    E("school", "exact", "neutral"),
    E("gkearney", "alias", "abuse"),
)

add(
    "review",
    reviews(
        SCHOOL_G,
        ADDR,
        [
            (
                "Shona McIlroy",
                5,
                "2 weeks ago",
                "Oh, wonderful school. Truly. If you enjoy being ignored, leaving seven voicemails and finding out about your child's exclusion from a text message, you'll love it. Five stars. Would be ignored again.",
            ),
            (
                "Des Boyle",
                1,
                "a month ago",
                "Shocking communication. Emails unanswered for weeks.",
            ),
            (
                "Nadia Akhtar",
                4,
                "6 months ago",
                "Lovely welcoming staff at the open evening, the jannie even carried my buggy up the stairs.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
)

add(
    "review",
    reviews(
        "Glasgow City Council — Employee reviews · Our Lady and St Fergus",
        "Teacher (Former employee) · Glasgow",
        [
            (
                "Former teacher",
                2,
                "June 2024",
                "Pros: supportive department, great kids, Mr V the business manager is lovely and will actually fight for your budget. Cons: SLT chaotic, constant initiatives, behaviour policy not applied consistently. Advice to management: listen to staff before launching things.",
            ),
            (
                "Pupil Support Assistant (Current employee)",
                4,
                "March 2025",
                "Pros: rewarding, you really make a difference. Cons: pay, and you're stretched thin across too many pupils.",
            ),
            (
                "Office administrator (Former employee)",
                3,
                "November 2023",
                "Busy but friendly office. Phones never stop.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("rvenkataraman", "nickname", "neutral"),
)

add(
    "review",
    reviews(
        "Mossbrae Cross Fish Bar · Fish & chips takeaway",
        "3 Mossbrae Cross, Glasgow · Open until 22:00",
        [
            (
                "Gordon Bell",
                5,
                "a week ago",
                "Best fish supper in the east end, no contest. Big Tam the jannie fae St Fergus was in front of me in the queue and got the last haggis supper, which I will never forgive him for.",
            ),
            ("Lauren Fox", 4, "a month ago", "Great chips, bit slow on a Friday."),
            ("Sam Patel", 5, "3 months ago", "Friendly staff and proper batter."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("tkilbride", "nickname", "neutral"),
)

add(
    "review",
    reviews(
        "Tutor Hub Glasgow East · Tutoring service",
        "Trustpilot · 4.8",
        [
            (
                "Mhairi T",
                5,
                "2 months ago",
                "My daughter's teacher at St Fergus High, Miss A. Quinn, suggested a tutor for Higher Applications and we went with Tutor Hub. Brilliant from start to finish; she went from a D in the prelim to a B.",
            ),
            ("Kieran", 5, "4 months ago", "Excellent physics tutor, very patient."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("aquinn", "initial_surname", "neutral"),
)

add(
    "review",
    reviews(
        SCHOOL_G,
        ADDR,
        [
            (
                "Kevin Mulholland",
                1,
                "3 weeks ago",
                "Head teacher Mrs Kearny has never once replied to an email from me in four years. Not once. The deputes at least try.",
            ),
            ("Sarah Mcinally", 3, "a month ago", "Fine. Not amazing, not terrible."),
        ],
    ),
    E("school", "exact", "negative"),
    E("gkearney", "typo", "negative"),
)

add(
    "review",
    reviews(
        SCHOOL_G,
        ADDR,
        [
            (
                "No Surrender",
                1,
                "2 days ago",
                "Fenian hole. Full of Irish scum teachers pretending to be Scottish, especially that Docherty, a proper wee Fenian b*stard. Taigs out.",
            ),
            (
                "Maria Conway",
                5,
                "2 days ago",
                "Leaving a review to balance out the sectarian bigot above. Great school, great community.",
            ),
        ],
    ),
    E("school", "exact", "hate"),
    E("adocherty", "surname_only", "hate"),
)

add(
    "review",
    reviews(
        "Scott's Schoolwear · School uniform shop",
        "Baillieston Main Street, Glasgow",
        [
            (
                "Christine Dunn",
                5,
                "a month ago",
                "Really helpful staff. They knew all about OLSF's new blazer policy and got my son kitted out in ten minutes.",
            ),
            ("Jamie Hogg", 2, "2 months ago", "Overpriced ties."),
        ],
    ),
    E("school", "alias", "neutral"),
)

add(
    "review",
    reviews(
        SCHOOL_G,
        ADDR,
        [
            (
                "Angela Forbes",
                5,
                "a week ago",
                "I can't say enough about Craig M in the PE department. My son was a bag of nerves in S1 and Craig M got him into the basketball club, found him a pair of trainers that fitted when we couldn't afford new ones, and never made a fuss about it. The school is lucky to have him.",
            ),
            ("Iain Ross", 3, "a month ago", "Ok school. Parking is a nightmare at pick-up."),
        ],
    ),
    E("school", "exact", "neutral"),
    E("cmulgrew", "first_initial", "neutral"),
)

add(
    "review",
    reviews(
        SCHOOL_G,
        ADDR,
        [
            (
                "Michelle Gray",
                2,
                "2 weeks ago",
                "Mrs Moffat is the S1-S3 depute and she is never available. Every time I ask for a meeting it's 'next week'. Meanwhile my daughter's been in a class with no teacher for six weeks.",
            ),
            ("Robert Dunlop", 4, "2 months ago", "Generally good, some great staff."),
        ],
    ),
    E("school", "exact", "negative"),
    E("smoffatrennie", "hyphenated", "negative"),
)

# --------------------------------------------------------------------------- blogs

add(
    "blog",
    blog(
        "St Bride's Parish, Mossbrae — Weekly Bulletin",
        "Bulletin: Twenty-Ninth Sunday in Ordinary Time",
        [
            "Mass times this week: Saturday Vigil 6pm; Sunday 9.30am and 11.30am; weekdays 10am (no Mass on Wednesday). Confessions Saturday 10.30–11.30am.",
            "Please pray for the sick of the parish, especially Agnes Ward, John Paul Sweeney and Rose McLaughlin, and for those whose anniversaries occur at this time.",
            "School news. Congratulations to the eleven S6 pupils from Our Lady and St Fergus who received the Pope Francis Faith Award at St Andrew's Cathedral on Thursday. Mrs Rennie, who leads the award in the school, thanked the parish volunteers who gave up their Tuesday evenings to mentor the young people. Father Eoin will celebrate a thanksgiving Mass for the award winners and their families next Sunday at 11.30am.",
            "SVDP collection. The St Vincent de Paul retiring collection raised £412.60 last week. Thank you for your generosity.",
            "Lotto. This week's numbers: 4, 17, 22, 29. No winner; the jackpot rolls over to £1,650.",
            "Parish hall. The hall is available for christenings and funerals. Contact the parish house on Monday–Friday mornings.",
        ],
        author="Parish Office",
        date="19 October 2025",
    ),
    E("school", "alias", "neutral"),
    E("smoffatrennie", "hyphenated", "neutral"),
    E("eflanagan", "nickname", "neutral"),
)

add(
    "blog",
    blog(
        "Chalk Dust & Cold Tea",
        "Six years, one school, and why I finally walked",
        [
            "I taught history for six years at St Fergus in Mossbrae. I loved the kids. I loved my department. I still miss the view from Room 14 over the playing fields on a frosty morning. But in June I handed in my keys, and a few people have asked me why, so here it is.",
            "It wasn't the pupils. It's never the pupils. It was the slow drip of initiatives, each one launched with a slideshow and a slogan, none of them ever finished. Kearney's 'vision statements' arrived every August like the new timetable: laminated, colour-coded, and forgotten by October. 'Ambition for All' gave way to 'Excellence Through Equity' gave way to 'Every Learner, Every Lesson'. We were never asked what we thought. We were told what to put on our classroom walls.",
            "Meanwhile the actual problems, a building where the heating worked in one block out of three, a behaviour system nobody trusted, a guidance team drowning in caseloads, went on and on.",
            "I want to be fair. She works ridiculous hours. She's not a bad person. But a school is not a brand, and you cannot laminate your way out of a staffing crisis.",
            "Now I'm doing supply in the south side and, for the first time in years, I'm sleeping properly. I'll be back in a permanent post one day. Just not there.",
        ],
        author="Sinead (former teacher)",
        date="2 August 2025",
    ),
    E("school", "short_name", "negative"),
    E("gkearney", "possessive", "negative"),
)

add(
    "blog",
    blog(
        "Mossbrae Amateurs FC",
        "Match report: Mossbrae Amateurs 2-2 Tollcross Thistle",
        [
            "A hard-fought point on a bog of a pitch at Lochview Park on Saturday. Thistle took the lead after ten minutes when a clearance took a wicked deflection, and added a second from the spot just before the break.",
            "Whatever the gaffer said at half time worked. Skipper J. Brogan headed in from a corner on 55 minutes and, with four minutes left, centre-half C. Mulgrew, who spends his weekdays teaching PE at St Fergus, popped up at the back post to bundle in the equaliser. Cue a pile-on that will not have done his hamstrings any good.",
            "Team: D. Kerr; P. Sharkey, C. Mulgrew, S. Devine, M. Boyle; J. Brogan (c), L. Cassidy, R. O'Hare, A. Nolan; K. Reid, T. Tierney. Subs: G. Quinn, F. McAleese.",
            "Next week: away to Carmyle Rovers, kick-off 2pm.",
        ],
        author="Club secretary",
        date="9 February 2025",
    ),
    E("school", "short_name", "neutral"),
    E("cmulgrew", "initial_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Our Wee Puzzle: an autism family blog",
        "The secondary school bit we were dreading",
        [
            "If you'd told me a year ago that Cal would be walking into a 1,100-pupil secondary without a meltdown, I'd have laughed in your face. And yet.",
            "A lot of it is down to one person. Ms Beattie is a pupil support assistant at his school, and she met us three times before he started in August: once at his primary, once on a quiet afternoon to walk the corridors when nobody was about, and once to show him the room he could go to if it all got too much. She made him a visual timetable with photos of every teacher. She learned his safe words. She even learned about his obsession with bus routes so she'd have something to talk to him about.",
            "Transition to OLSF wasn't perfect. The noise in the dinner hall was too much and we had a rough fortnight in September. But there was always a plan, and somebody answering the phone.",
            "To every parent of an autistic kid dreading S1: ask who the PSA will be, and ask to meet them. It changed everything for us.",
        ],
        author="Cal's mum",
        date="12 November 2024",
    ),
    E("school", "alias", "neutral"),
    E("cbeattie", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Faith and Fear: a blog on sectarianism in Scotland",
        "This is what Catholic school staff are putting up with online",
        [
            "Every few months somebody tells me sectarianism in Scotland is a thing of the past, a relic confined to a few old men in a few old bars. Here is what I've collected from public social media in the last year alone, all aimed at staff in one Glasgow school.",
            "In March, after a local news story about the school shinty team, a TikTok account posted a video about Father Eoin Flanagan, the chaplain at St Fergus in Mossbrae, saying the “Fenian priest wants a bullet in the heid”. It stayed up for four days and was shared over 300 times before the platform removed it.",
            "The same month, the school's front wall was covered in anti-Catholic graffiti. Later in the year, a member of the school's office staff was subjected to racist abuse in a community Facebook group. I have the screenshots.",
            "None of this is unusual. Staff in Catholic schools across the west of Scotland tell me versions of the same story. What is unusual is anyone being held to account for it.",
            "If you see it, report it: to the platform, to the school, and to Police Scotland on 101. Hate crime is a crime.",
        ],
        author="M. Docherty-Kane",
        date="30 December 2025",
    ),
    E("school", "short_name", "hate"),
    E("eflanagan", "exact", "threat"),
)

add(
    "blog",
    blog(
        "Mossbrae Matters — Councillor Janice Whitelaw's blog",
        "A good week for Mossbrae",
        [
            "It's been a busy week in the ward. On Monday I joined pupils and staff at Our Lady and St Fergus RC High School to see the new outdoor classroom built by the S3 rural skills group. It's a fantastic space and the pupils have done a brilliant job. Thanks to the head teacher for the tour and the excellent scones from the home economics department.",
            "On Wednesday the Planning Applications Committee met. I'll be honest: I don't always see eye to eye with my colleague Councillor Tony Docherty from Shettleston North, but he's right that we need more enforcement on empty shop units along the Duke Street corridor, and I backed his motion.",
            "Finally, the resurfacing of Cairnhill Road will start on 3 March and last about three weeks. Diversions will be signposted. Please allow extra time for the school run.",
            "As always, my surgeries are at Mossbrae Library on the first Saturday of the month, 10am–12 noon.",
        ],
        author="Cllr Janice Whitelaw",
        date="21 February 2025",
    ),
    E("school", "exact", "neutral"),
)
DECOYS.add(len(DOCS) - 1)  # partial decoy: the namesake councillor must not be labelled

add(
    "blog",
    blog(
        "missquinnmaths",
        "Higher Maths: my top ten revision tips",
        [
            "Hi everyone, and welcome back to missquinnmaths! This blog is mainly for my own classes at OLSF, but I know a few of you from other schools are reading too, so welcome.",
            "1. Past papers, past papers, past papers. Do them timed. 2. Learn your formula sheet — then learn what's NOT on it. 3. Show your working; marks are for method. 4. Don't skip the non-calculator practice. 5. Vectors are your friend, honestly.",
            "6. Sleep. 7. Ask questions in supported study (Tuesdays and Thursdays, Room M4). 8. Make a 'mistakes I always make' list. 9. Teach it to somebody else. 10. Believe you can do it. You can.",
            "Good luck, S5. See you in the exam hall. — Miss Q",
        ],
        author="Ashleigh",
        date="12 April 2025",
    ),
    E("school", "alias", "neutral"),
    E("aquinn", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "Class of '96: Where Are They Now?",
        "Thirty years on: our reunion at the old school",
        [
            "About sixty of us made it back to Mossbrae on Saturday for the thirty-year reunion, and the old place has hardly changed: the same smell of floor polish, the same radiators that clank like a ship's engine.",
            "Our guided tour was given by none other than Siobhan Moffat, who sat two desks in front of me in Higher English and now runs S1 to S3 as a depute head in the very building where she once set fire to a Bunsen burner (allegedly). She showed us our old form room, which is now a nurture base, and the gym, which is exactly the same.",
            "We finished up at the Mossbrae Inn, where the stories got taller as the night went on. Thanks to everyone who came, and to the school for having us. Same again in 2036?",
        ],
        author="Gerard M.",
        date="15 September 2025",
    ),
    E("smoffatrennie", "hyphenated", "neutral"),
)

# --------------------------------------------------------------------------- more voices

add(
    "facebook",
    fb(
        EEP,
        "Claire Boland",
        "Wednesday at 19:12",
        "Week SEVEN of waiting for Mr Docherity at St Fergus to sort out my son's S5 timetable. He's supposed to be doing Higher History and he's been put in Higher Business because 'the column was full'. Nobody asked him. I've emailed, phoned and turned up. Honestly, how hard is it?",
        [
            (
                "Morag Lindsay",
                "Same with my daughter and Higher Art. The timetabling at that school is a mess.",
            ),
            ("Claire Boland", "Glad it's not just me, but also not glad if you know what I mean"),
        ],
    ),
    E("school", "short_name", "negative"),
    E("adocherty", "typo", "negative"),
)

add(
    "forum",
    reddit(
        "glasgow",
        "Gaelic in east end secondaries?",
        "GaidhligGlaschu",
        "Does anyone know if St Fergis high in mossbrae does Higher Gaelic (learners)? Or is it only Garrowhill? Thinking about a placing request for my daughter.",
        [
            (
                "teuchter_in_the_toon",
                "Pretty sure it's Garrowhill only in the east. Worth phoning both though.",
                6,
            ),
            ("GaidhligGlaschu", "Tapadh leat!", 2),
        ],
    ),
    E("school", "typo", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "s3.tea.time",
        "Rating the teachers at St Fergus pt 3 👀 English dept edition",
        [
            (
                "cara.l",
                "McGintey is a total weirdo man, stares at ye like yer somethin he stood in 🤢 creepiest wee gremlin in the building",
            ),
            ("s3.tea.time", "😭😭 cara no"),
            ("jack.f", "he's a good teacher tho"),
        ],
        meta="♬ original sound · 2,340 likes",
    ),
    E("school", "short_name", "neutral"),
    E("dmcginty", "typo", "abuse"),
)

add(
    "social",
    social(
        "Snapchat (story screenshot)",
        "mia.olsf",
        "D0ch3rty took ma phone aff me fur a WEEK cause it buzzed in ma bag. a WEEK. OLSF is actual jail 😤😤",
        [],
    ),
    E("school", "alias", "neutral"),
    E("adocherty", "leetspeak", "negative"),
)

add(
    "social",
    social(
        "X",
        "worried_da_g69",
        "St F3rgus in Mossbrae: three weeks and still nae maths teacher for my boy's N5 class. Supply after supply. They'll be sitting the prelim having been taught by YouTube. Pure shambles.",
        [
            (
                "GlasgowEduWatch",
                "The supply shortage in the east end is real. Have you contacted your councillor?",
            ),
        ],
    ),
    E("school", "leetspeak", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "s2.secrets.olsf",
        "Mrs S t r a c h a n in guidance at OLSF is a nosy auld snake 🐍 telt ma maw EVERYTHING I said in that room. Never trustin her again. #snake",
        [
            ("anon.x", "she has to tell yer maw if it's serious tho"),
            ("s2.secrets.olsf", "it wisnae serious"),
        ],
    ),
    E("school", "alias", "neutral"),
    E("lstrachan", "spacing", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "essay.overload",
        "Mr McG!nty set THREE critical essays in wan week. S5 English at St Fergus is a nightmare, naebody's sleepin 😵",
        [
            ("lucy.k", "he's trying to get us ready for the exam to be fair"),
            ("essay.overload", "he can get me ready for a breakdown"),
        ],
    ),
    E("school", "short_name", "negative"),
    E("dmcginty", "obfuscated", "negative"),
)

add(
    "social",
    social(
        "X",
        "GlasgowPTA",
        "Huge thanks to @mrs_strachan_guidance for a brilliant, honest talk on exam stress at the St Fergus S4 parents' information evening last night. Practical, kind and no jargon. Slides are on the school website.",
        [
            ("mrs_strachan_guidance", "Thank you for having me! 💚"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("lstrachan", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "MossbraeFamilyLearning",
        "What a night at the St Fergus prizegiving 🏆 Brilliant speech from @tdocherty_dht about resilience, and a standing ovation for our Dux, Aoife Brennan. Congratulations to every prize winner!",
        [
            ("tdocherty_dht", "Proud of every one of them."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("adocherty", "handle", "neutral"),
)

add(
    "forum",
    reddit(
        "glasgow",
        "Petition to keep the depute at St Fergus",
        "parent_petitioner",
        "Rumour is the council want to move our depute to another school in the summer. A lot of parents think he's the one holding the senior phase together. Petition is here if you want to sign: petitions.example/KeepTonyDocherty\nAlready 600 signatures.",
        [
            ("g69_goon", "Signed. He sorted my son's UCAS when nobody else would.", 14),
            ("cynical_sally", "Didn't everyone on here hate him last month?", 9),
            ("parent_petitioner", "Can't please everybody!", 3),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("adocherty", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "olsf.s6.council",
        "Sending love to AshleighQuinn after all the hate she's been getting online this term 💚 OLSF stands with you, Miss. The comments are closed on this one.",
        [],
        meta="Posted by the OLSF S6 pupil council · 1,560 likes",
    ),
    E("school", "alias", "neutral"),
    E("aquinn", "camelcase", "neutral"),
)

add(
    "facebook",
    fb(
        MMD,
        "Brenda Coyle",
        "Sunday at 18:30",
        "Can I just say Quinn's supported study on a Tuesday night at St Fergus is the only reason my son passed N5 maths. He'd given up. She hadn't. Worth every minute of him moaning about staying behind 😂",
        [
            ("Tracey Heaney", "Agreed, my daughter went every week"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("aquinn", "possessive", "neutral"),
)

add(
    "facebook",
    fb(
        "St Bride's Parishioners (unofficial)",
        "Hugh McLean",
        "Monday at 09:50",
        "The parish house never answers and the school chaplain at St Fergus is ignoring emails about the confirmation dates. For anyone who wants to get hold of him: Father Flanagan's personal mobile is 07700 900744. He picks up in the evenings.",
        [
            (
                "Maureen Kerr",
                "Hugh that's his private number, he gave it to you for emergencies. Please take it down.",
            ),
            ("Hugh McLean", "This IS an emergency, my grandson's confirmation"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("eflanagan", "title_surname", "doxxing"),
)

add(
    "facebook",
    fb(
        MCN,
        "Mossbrae Community Council",
        "Today at 08:05",
        "Someone has spray-painted 'KEARNEY IS A C***' and 'HOOR' across the bus shelter at Mossbrae Cross, right opposite where the school buses stop. Whoever did this: it's a disgrace, it's aimed at a woman who's given thirty years to this community, and weans have to stand and read it. We have reported it to the council for removal and to the police.",
        [
            ("Agnes Rafferty", "Absolutely shameful. Thanks for reporting it."),
            ("Jim Nairn", "Council were out at 10 and it's gone. Well done."),
        ],
    ),
    E("gkearney", "surname_only", "abuse"),
)

add(
    "forum",
    forum(
        MC,
        "Secondary education",
        "Best depute ever!!! (not)",
        [
            (
                "Sarcastic_Siobhan_not_that_one",
                "Just want to give a HUGE shout out to Mrs Moffat-Rennie at St Fergus. So approachable! Only took seven weeks and a letter from my MSP to get a reply about my daughter's placement. Truly a model of efficient communication. Ten out of ten, would wait two months again.",
            ),
            ("JustAnotherMum", "😂 the username"),
            ("Sarcastic_Siobhan_not_that_one", "Had to be done."),
        ],
    ),
    E("school", "short_name", "negative"),
    E("smoffatrennie", "title_surname", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "real_talk_g69",
        "Mrs Strachan fae OLSF guidance is a big dyke, everybody knows, bet she's got a wee girlfriend hidden away. Nae wonder she never got married 🤮",
        [
            ("nicole.d", "This is homophobic and disgusting. Reported."),
            ("real_talk_g69", "just sayin what everybody's thinkin"),
        ],
    ),
    E("school", "alias", "neutral"),
    E("lstrachan", "title_surname", "hate"),
)

add(
    "facebook",
    fb(
        MMD,
        "Deirdre Gallagher",
        "Friday at 14:20",
        "Declan M from the St Fergus English department is running the Glasgow Half Marathon for the children's hospice in memory of a former pupil. He's already raised £1,100. If you can spare a fiver, link below. Good luck Declan!",
        [
            ("Paula Smith", "Done! Brilliant cause."),
            ("Declan M", "Thank you all so much. Legs already sore just thinking about it."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dmcginty", "first_initial", "neutral"),
)

add(
    "news",
    news(
        EVE,
        "Pupil charged over fake explicit images of Glasgow teacher",
        [
            "A 16-year-old boy has been charged after fake sexually explicit images of a teacher were shared among pupils at a Glasgow secondary.",
            "The images, created with a so-called 'nudify' app from photographs taken from the school's website, showed Ashleigh Quinn, a maths teacher at Our Lady and St Fergus in Mossbrae, and were circulated on Snapchat and WhatsApp in September.",
            "Police Scotland said a report would be sent to the Children's Reporter. The EIS said the case showed the law had to keep up with technology.",
            "The school said it had offered support to the member of staff and had spoken to every year group about the harm caused by sharing such images.",
        ],
        date="30 October 2025",
        byline="Sana Qureshi",
    ),
    E("school", "alias", "neutral"),
    E("aquinn", "exact", "sexual"),
)

add(
    "social",
    social(
        "TikTok",
        "sportsday.olsf",
        "St Fergus sports day 2025 🏃‍♂️🏆 the teachers' relay was unreal",
        [
            ("hannah.c", "MrMulgrew carried the whole staff team on his back 😭😭"),
            ("dylan.m", "the jannie in the sack race tho 💀"),
        ],
        meta="♬ Chariots of Fire · 4,420 likes",
    ),
    E("school", "short_name", "neutral"),
    E("cmulgrew", "camelcase", "neutral"),
)

add(
    "facebook",
    fb(
        MMD,
        "Alison Breen",
        "Wednesday at 20:02",
        "Read the inspection report tonight. 'Weak' for learning and teaching and 'weak' for wellbeing. Mrs Кearney should be considering her position. OLSF deserves better than this and so do our weans.",
        [
            ("Gerry Flynn", "Agreed. Four years of excuses."),
            ("Mairead Cox", "The teachers are doing their best, it's the leadership."),
        ],
    ),
    E("school", "alias", "negative"),
    E("gkearney", "homoglyph", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "s1.survival.guide",
        "Mrs Rennie at St Fergus is a nippy sweetie wi a face like a wet Monday. Smile once, hen, it'll no kill ye 🙄",
        [
            ("grace.t", "she's actually sound when ye get to know her"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("smoffatrennie", "hyphenated", "abuse"),
)

add(
    "forum",
    reddit(
        "glasgow",
        "Where does the collection money go?",
        "lapsed_and_annoyed",
        "Fr Fl*n*gan at St Fergus has been pocketing the collection money from the school Masses for years. Nobody ever sees a receipt. Weans are asked for a pound every time and it goes straight into his back pocket. Putting stars in the name so I don't get sued lol.",
        [
            ("canon_lawyer_not", "You know asterisks don't stop it being defamation, right?", 40),
            ("lapsed_and_annoyed", "It's true though", -3),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("eflanagan", "obfuscated", "defamation"),
)

add(
    "social",
    social(
        "X",
        "GarrowhillGran",
        "Credit where it's due: D o c h e r t y at OLSF is the only one in that building who answers an email the same day. Sorted my grandson's work experience in an afternoon.",
        [],
    ),
    E("school", "alias", "neutral"),
    E("adocherty", "spacing", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "stfergus.faith",
        "S2 retreat day at Craighead 🙏🌿 Thanks to @fr_eoin_flanagan for leading the day, and to every pupil who took part so openly. St Fergus faith week continues tomorrow with Adoration at lunchtime.",
        [
            ("fr_eoin_flanagan", "A great group. God bless them all."),
        ],
        meta="118 likes",
    ),
    E("school", "short_name", "neutral"),
    E("eflanagan", "handle", "neutral"),
)


# --------------------------------------------------------------------------- decoys

decoy(
    "review",
    reviews(
        "St Fergus Bar · Pub",
        "412 Duke Street, Glasgow G31 · Open until 00:00",
        [
            (
                "Big Shug",
                5,
                "a week ago",
                "Proper old man's pub. Pint of Tennent's for under a fiver, Celtic on every screen, and the barmaid Ashleigh pours a perfect Guinness. Don't change a thing.",
            ),
            (
                "Karen W",
                2,
                "a month ago",
                "Toilets are a disgrace. Friendly enough regulars but the place needs a lick of paint.",
            ),
            (
                "Ricky D",
                4,
                "2 months ago",
                "Great atmosphere on a match day. Gets rammed, get there early.",
            ),
            (
                "Tourist from Leeds",
                3,
                "5 months ago",
                "Came in by accident looking for the Barras. Everyone was very welcoming, couldn't understand a word.",
            ),
        ],
    ),
)

decoy(
    "facebook",
    fb(
        "St Fergus Bar, Duke Street",
        "St Fergus Bar, Duke Street",
        "Thursday at 12:00",
        "🎤 KARAOKE SATURDAY 🎤 with DJ Big Tam from 8pm! Drinks promo all night, free pool table till 7. Old Firm on the big screen Sunday 12 noon, doors at 11. Book a table in advance, it'll be mobbed.",
        [
            ("Stacey Quinn", "Big Tam's karaoke is the best night in the east end 😂"),
            ("Michael Docherty", "Keep us a table for 6 for the game!!"),
        ],
    ),
)

decoy(
    "facebook",
    fb(
        "St Fergus CSC (Mossbrae)",
        "Club Secretary",
        "Tuesday at 20:10",
        "Bus for Sunday's home game leaves the layby on Mossbrae Road at 10.45 sharp. £12 members, £15 non-members. Pay John Paul or Frankie on the bus. No carry-outs on the bus, the driver WILL put you off. Hail Hail 🍀",
        [
            ("Frankie Lynch", "2 seats for me and the wee man please"),
            ("Declan Harvey", "Count me in 🍀"),
        ],
    ),
)

decoy(
    "facebook",
    fb(
        "Mossbrae Loyal RSC",
        "Committee",
        "Friday at 17:45",
        "Coach to Ibrox leaves the Masonic hall car park at 1pm Saturday. Members only this week, full bus. Annual dinner dance tickets on sale now, £35 including meal, contact Big Sammy. Remember, club rules: behave yourselves, you represent the club. WATP 🔴⚪🔵",
        [
            ("Sammy Laird", "Tables of 10 available for the dinner dance"),
            ("Gail Hendry", "2 for the dinner dance please Sammy"),
        ],
    ),
)

decoy(
    "blog",
    blog(
        "Dunlappie Heritage Trail",
        "St Fergus' Chapel: a short history",
        [
            "The little chapel dedicated to St Fergus on the edge of Dunlappie has stood since 1857, when it was built by subscription for the Catholic families who came to work in the flax mills.",
            "Its most famous feature, the east window, was installed in 1911 and depicts St Fergus (Fergus the Pict), the early missionary bishop associated with Caithness, Buchan and Glamis.",
            "Today the chapel is served from the parish in Brechin, with Mass on the first Sunday of the month at 11am. Visitors are welcome when the key-holder, Mrs Agnes Docherty, is at home across the road.",
            "Next stop on the trail: the old mill lade, 400 metres down the burn path.",
        ],
        author="Dunlappie Heritage Group",
        date="4 May 2025",
    ),
)

decoy(
    "blog",
    blog(
        "Laura Tierney Photography",
        "Emma & Craig — a winter wedding at St Fergus' Chapel",
        [
            "What a day! Emma and Craig tied the knot at the gorgeous wee St Fergus' Chapel in Dunlappie, with snow on the hills and the whole village out to throw confetti.",
            "Craig Mulgrew, the groom, is a vet in Montrose (his best man made sure everybody knew he once failed his driving test four times), and Emma is a midwife at Ninewells, so there were lots of very practical guests on hand when the flower girl fell in the duck pond.",
            "Reception at the Links Hotel, Montrose. Congratulations, you two!",
        ],
        author="Laura",
        date="18 December 2024",
    ),
)

decoy(
    "review",
    reviews(
        "St Fergus High School, Edinburgh · Secondary school",
        "Braidhaugh Road, Edinburgh EH16",
        [
            (
                "Morag Ferguson",
                4,
                "2 months ago",
                "Good school, Mr Docherty in the PE department is fantastic with the younger ones. Campus is old but the new build is coming.",
            ),
            (
                "Peter Blyth",
                2,
                "3 months ago",
                "Communication from the school office is poor. Emails unanswered for weeks.",
            ),
            (
                "Kirsty Allan",
                5,
                "6 months ago",
                "Miss Quinn in maths got my son through Higher. Brilliant.",
            ),
        ],
    ),
)

decoy(
    "forum",
    reddit(
        "Edinburgh",
        "St Fergus High vs Liberton-area schools?",
        "new_to_edinburgh_22",
        "Moving to Braidhaugh in the summer with two kids (S1 and S3). St Fergus High is our catchment. Anyone got experience of it? Is it worth a placing request elsewhere?",
        [
            (
                "auld_reekie_mum",
                "My daughter's in S4 at St Fergus. It's fine, good pastoral care. The building is grim but they're getting a new one.",
                12,
            ),
            (
                "edinburgh_dad_of_3",
                "Avoid if your kid's into music, the department is tiny. Sport is great though, the PE teacher Mr Mulgrew runs loads of clubs.",
                8,
            ),
            ("new_to_edinburgh_22", "Thanks both, that's helpful.", 2),
        ],
    ),
)

decoy(
    "news",
    news(
        EVE,
        "Councillor calls for urgent action on Shettleston potholes",
        [
            "A Glasgow councillor has called for urgent repairs to a stretch of road in Shettleston after a cyclist was injured.",
            "Councillor Tony Docherty, who represents Shettleston North, said he had reported the potholes on Annick Street four times since October.",
            "“Somebody is going to be killed,” Cllr Docherty said. “I've had more emails about this road than anything else in the ward.”",
            "The council said the road was on its repair programme for the spring.",
        ],
        date="29 January 2025",
        byline="Jamie Fraser",
    ),
)

decoy(
    "facebook",
    fb(
        "Cllr Tony Docherty — Shettleston North",
        "Cllr Tony Docherty — Shettleston North",
        "Monday at 10:00",
        "Ward surgeries this month: Saturday 8th, Shettleston Library 10am–12; Thursday 20th, Sandyhills Community Centre 6–7pm. No appointment needed. You can also email me at my council address or phone the members' office. — Tony",
        [
            ("Bert McNeil", "Any update on the Annick Street potholes Tony?"),
            (
                "Cllr Tony Docherty — Shettleston North",
                "Bert, works start in April. I'll keep on at them.",
            ),
        ],
    ),
)

decoy(
    "news",
    news(
        "Wigtownshire Free Press",
        "Golf: Stranraer monthly medal results",
        [
            "Stranraer Golf Club monthly medal, Saturday 12 April. Division 1: 1. Craig Mulgrew (4) 68 net; 2. Iain Kerr (7) 69; 3. Graeme Little (3) 70 (bih).",
            "Division 2: 1. Robert McMaster (14) 66; 2. Stuart Agnew (11) 69.",
            "Twos pool: Mulgrew, McMaster, Agnew. Next competition: Spring Foursomes, 26 April.",
        ],
        date="14 April 2025",
        section="Sport",
    ),
)

decoy(
    "review",
    reviews(
        "Kilbride Plumbing & Heating · Plumber",
        "East Kilbride, South Lanarkshire",
        [
            (
                "Julie M",
                5,
                "a week ago",
                "Tam Kilbride came out on a Sunday night to fix our boiler. Fair price, tidy, brilliant. Can't recommend enough.",
            ),
            (
                "Ross P",
                5,
                "a month ago",
                "Tam and his son fitted a new bathroom in three days. Top job.",
            ),
            ("Anne S", 4, "4 months ago", "Good work, slightly late arriving."),
        ],
    ),
)

decoy(
    "social",
    social(
        "Instagram",
        "ashleighquinn.mua",
        "Bridal glam for the gorgeous Shannon 💍✨ Booking now for summer 2026 weddings across Belfast and Co. Down. DM for prices. #belfastmua #bridalmakeup #AshleighQuinnMUA",
        [
            ("shannon.k", "You're a genius Ashleigh 😍"),
            ("ashleighquinn.mua", "It was a pleasure hun! ❤️"),
        ],
        meta="Ashleigh Quinn · Make-up artist · Belfast",
    ),
)

decoy(
    "review",
    reviews(
        "Lorraine's · Hair salon",
        "Rosemount Place, Aberdeen",
        [
            (
                "Gemma R",
                5,
                "2 weeks ago",
                "Lorraine Strachan has been doing my hair for ten years and I'd never go anywhere else. Best colour in Aberdeen.",
            ),
            ("Kathleen B", 5, "a month ago", "Lovely salon, great chat."),
        ],
    ),
)

decoy(
    "news",
    news(
        "Connacht Sport",
        "Flanagan's late point sends Athenry into county semi-final",
        [
            "Eoin Flanagan struck a wonderful point from the sideline deep into injury time as Athenry edged past Craughwell by 1-18 to 1-17 at Kenny Park on Sunday.",
            "The 24-year-old wing-forward finished with 0-7, and manager Declan Fahy described him as “the best young hurler in Galway this year”.",
            "Athenry face Loughrea in the semi-final in a fortnight.",
        ],
        date="22 September 2025",
        section="Hurling",
    ),
)

decoy(
    "facebook",
    fb(
        "Falkirk Dog Owners",
        "Chantelle Beattie",
        "Saturday at 09:30",
        "Got a few spaces next week at Chantelle's Canine Cuts in Grangemouth 🐶✂️ Full groom from £35, nail clip £8. Message me to book!",
        [
            ("Lynne F", "Booked Bruno in for Tuesday!"),
        ],
    ),
)

decoy(
    "news",
    news(
        "The Strathclyde Bulletin",
        "Engineering professor wins royal medal for water research",
        [
            "A University of Strathclyde professor has been awarded a Royal Society of Edinburgh medal for her work on low-cost water filtration in South India.",
            "Professor Lakshmi Venkataraman, who leads the university's Centre for Water Engineering, said the award belonged to “a team of more than forty people in two countries”.",
            "Professor Venkataraman moved to Glasgow from Chennai in 2004.",
        ],
        date="11 March 2025",
        section="Education",
    ),
)

decoy(
    "forum",
    reddit(
        "glasgow",
        "Best old-school pubs in Dennistoun / Duke St?",
        "pint_of_heavy",
        "Visiting family next month. Where's good for a proper pint and a bit of patter?",
        [
            (
                "eastender_gaz",
                "The St Fergus Bar on Duke Street. Cheap, friendly, no nonsense. Avoid on derby days unless you're wearing green.",
                52,
            ),
            (
                "hipster_in_denni",
                "Depends what you want, there are some great new craft places on Duke Street too.",
                18,
            ),
            ("pint_of_heavy", "St Fergus it is, cheers!", 5),
        ],
    ),
)

decoy(
    "news",
    news(
        "Renfrewshire Herald",
        "Roadworks to close St Fergus Road for three weeks",
        [
            "Drivers are being warned of delays after Renfrewshire Council confirmed St Fergus Road in Paisley will close for resurfacing from Monday.",
            "A signed diversion will be in place via Glenfield Road. Bus services 9 and 9A will be diverted.",
        ],
        date="6 June 2025",
        section="Travel",
    ),
)

decoy(
    "review",
    reviews(
        "St Fergus Care Home · Nursing home",
        "Kirkcaldy, Fife",
        [
            (
                "Margaret H",
                5,
                "a month ago",
                "The staff looked after my mum beautifully in her last year. Special thanks to the manager, Mrs Kearney, and to Siobhan on the night shift.",
            ),
            ("Iain D", 3, "3 months ago", "Caring staff but the building needs updating."),
        ],
    ),
)

decoy(
    "news",
    news(
        "The Tay Courier",
        "Man fined after city centre breach of the peace",
        [
            "A Dundee man who shouted abuse at door staff outside a nightclub has been fined £300.",
            "Anthony Docherty, 34, of Lochee Road, admitted behaving in a threatening or abusive manner on the Seagate in November.",
            "Sheriff Alastair Brown said it was “the sort of drunken nonsense this court sees every weekend”.",
        ],
        date="20 February 2025",
        section="Courts",
    ),
)

decoy(
    "news",
    news(
        "Highland Athletics Roundup",
        "Results: Inverness Half Marathon",
        [
            "Men: 1. Callum Fraser (Inverness Harriers) 1:09:42; 2. Declan McGinty (Nairn RC) 1:11:05; 3. Ruaridh Grant (unattached) 1:12:30.",
            "Women: 1. Eilidh Munro (Inverness Harriers) 1:19:11; 2. Rachel Quinn (Forres Harriers) 1:21:48.",
            "Full results on the club website.",
        ],
        date="17 March 2025",
        section="Sport",
    ),
)

decoy(
    "news",
    news(
        GAZ,
        "Twinning link for Glasgow and Edinburgh schools named after the same saint",
        [
            "Two Catholic secondaries at opposite ends of the M8 have launched a twinning link, after a pupil noticed they were named after the same Pictish saint.",
            "Our Lady and St Fergus RC High School in Mossbrae and St Fergus High School in Edinburgh's Braidhaugh will run joint retreats, a shared debating competition and an annual shinty-versus-football match.",
            "The idea came from Braidhaugh S5 pupil Amira Hassan. Her school's principal teacher of maths, Ashleigh Quinn, helped organise the first exchange. “It turns out we've even got teachers with the same names,” she laughed.",
            "The Glasgow school's head teacher welcomed the partnership and said the first visit would take place in May.",
        ],
        date="28 January 2025",
        byline="Kirsty Rooney",
    ),
    E("school", "exact", "neutral"),
)

decoy(
    "facebook",
    fb(
        "Coatbridge Memories",
        "Ann Kilbride",
        "Yesterday at 21:10",
        "My granda, Thomas Kilbride, worked in the Gartsherrie ironworks from 1936 till it closed. Here he is (second left) with his squad in about 1950. Anybody recognise any of the other men?",
        [
            ("Frank Devlin", "That's my uncle Hughie on the far right!"),
            ("Ann Kilbride", "No way Frank! Small world."),
        ],
    ),
)

# --------------------------------------------------------------------------- build


def validate() -> Counter[str]:
    with (HERE / "watchlist.toml").open("rb") as fh:
        wl = tomllib.load(fh)
    subjects = {"school"} | {s["id"] for s in wl["staff"]}
    stats: Counter[str] = Counter()
    for i, doc in enumerate(DOCS):
        seen = [e.subject for e in doc.expected]
        assert len(seen) == len(set(seen)), f"doc {i}: duplicate subject"
        for e in doc.expected:
            assert e.subject in subjects, f"doc {i}: unknown subject {e.subject}"
            stats[f"variant:{e.variant}"] += 1
            stats[f"category:{e.category}"] += 1
        for cat in {e.category for e in doc.expected}:
            stats[f"doccat:{cat}"] += 1
        if not doc.expected:
            assert i in DECOYS, f"doc {i}: unlabelled page not marked as decoy"
    mentions = sum(len(d.expected) for d in DOCS)
    assert len(DOCS) >= 150, len(DOCS)
    assert mentions >= 180, mentions
    for v in VARIANTS:
        assert stats[f"variant:{v}"] >= 4, (v, stats[f"variant:{v}"])
    for c in CATEGORIES:
        assert stats[f"category:{c}"] >= 8, (c, stats[f"category:{c}"])
    assert stats["doccat:defamation"] >= 12 and stats["doccat:negative"] >= 12
    share = len(DECOYS) / len(DOCS)
    assert 0.15 <= share <= 0.20, share
    stats["docs"] = len(DOCS)
    stats["mentions"] = mentions
    stats["decoys"] = len(DECOYS)
    return stats


def main() -> None:
    stats = validate()
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
    for key in sorted(stats):
        print(f"{key}: {stats[key]}")


if __name__ == "__main__":
    main()
