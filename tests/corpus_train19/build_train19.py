# ruff: noqa: E501
"""Build the train19 labelled corpus for the repwatch matcher.

Setting
-------
Kesterfield Community Academy ("Kesterfield", "Kesterfield Academy", "KCA", and by its
predecessor's name "Gorsebrook High") is a fictional, large 11-18 multi-faith academy on
Gorsebrook Lane, Rushey Mead, in the Belgrave side of north-east Leicester. Staff come from
Gujarati, Punjabi, Somali, Polish and white British backgrounds and are often named with
community forms of address ("Patel sir", "Kokila Masi", "Nikhil bhai", "Aunty Hodan",
"Ustadh Tariq", "Pan Piotr"). The pages are forwarded WhatsApp messages, r/Leicester threads,
local and regional news, council minutes, TikTok/Instagram comments with Gujlish/Hinglish
code-switching, Google reviews, mosque and mandir newsletters, Facebook groups, blogs, a job
advert and sports reports.

Decoys: Kesterfield Road (a road across the city in Evington), Kesterfield Cash & Carry on it
(run by a different Rajesh Patel), Kesterfield Cricket Club, the Shree Kesterfield Road
Mandir, Kesterfield Primary School in Chesterfield, a Tariq Khan in a Bradford court report,
a Kokila Parmar obituary in Harrow, a Piotr Wróblewski in Corby, and others.

Labelling conventions
---------------------
* One expected entry per subject per document; ``category`` is the WORST the whole document
  gives that subject (threat > hate > sexual > doxxing > defamation > abuse > negative >
  neutral); ``variant`` is the easiest form of the name present (exact > alias >
  title_surname > the rest).
* School: the full name is ``exact``; "Kesterfield" or "Kesterfield Academy" alone is
  ``short_name``; "KCA" and "Gorsebrook High (School)" are ``alias``.
* "Patel sir", "Pan Wroblewski", "Ustadh Khan", "Coach Sandhu" are ``title_surname`` (a title
  or role word on either side). "Ustadh Tariq", "Aunty Hodan", "Pan Piotr", "Nikhil bhai",
  "Masi", "Olly", "Jas" are ``nickname``. "Kokila Masi" and "@solanki.codes" are watchlist
  aliases, so ``alias``.
* "Mrs Ashby" / "Miss Whitlock" (one half of the double-barrelled surname, with or without a
  title) is ``hyphenated``; "Fiona Ashby" (her maiden name, a watchlist alias) is ``alias``.
* ``first_initial`` is a first name with the surname's initial ("Sharon T", "Gareth O.");
  ``initial_surname`` is an initial with the surname ("R. Patel", "Mr J Sandhu").
* A staff name counts only when the page ties it to the school (school name/alias, Rushey
  Mead, Belgrave, Gorsebrook Lane, the domain, or the person's job there), except Gareth
  Ollerenshaw, whose entry is ``unique``.
* Reports: a court/police report of a threat is ``threat``; a report of charges or a
  misconduct investigation is ``defamation``; a report (or a quotation made to report it) of
  online harassment is ``abuse``. Condemnation without repeating the harm is ``neutral``.
* Sexual content about adult staff only is ``sexual`` with url_only false for those staff and
  leaves the school at whatever else the page gives it. Any allegation of sexual contact
  between a staff member and pupils is ``sexual``/url_only for that staff member AND for the
  school (named or not named teacher).
* Doxxing is a personal mobile, home address/postcode or personal e-mail near a staff name;
  the school's office numbers (01632 960412/3) are not doxxing.

Written WITHOUT reading the matcher, its tests, the other corpora or the benchmarks: this is a
held-apart measure of generalisation, so never tune on it.
"""

from __future__ import annotations

import html
import json
import shutil
import sys
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

    def as_json(self) -> dict[str, object]:
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
    expected: tuple[E, ...] = field(default_factory=tuple)

    @property
    def ext(self) -> str:
        return "html" if self.kind in HTML_KINDS else "txt"


DOCS: list[Doc] = []


def add(kind: str, text: str, *expected: E) -> None:
    assert kind in KINDS, kind
    DOCS.append(Doc(kind, text, tuple(expected)))


# --------------------------------------------------------------------------- templates

h = html.escape

SITES: dict[str, tuple[str, str, list[str], str]] = {
    "herald": (
        "Leicester Herald",
        "leicesterherald.example",
        ["News", "Leicester City", "Tigers", "Foxes", "What's On", "Jobs", "Family Notices"],
        "Leicester Herald is part of Midshires Media Ltd. Registered in England no. 0000000. Contact the newsdesk: news@leicesterherald.example",
    ),
    "eastmids": (
        "East Mids Now",
        "eastmidsnow.example",
        ["Home", "Leicester", "Nottingham", "Derby", "Crime", "Education", "Sport", "Weather"],
        "East Mids Now - independent regional news. Cookie settings | Privacy | Complaints (IPSO)",
    ),
    "asian": (
        "Asian Express Midlands",
        "asianexpressmids.example",
        ["Community", "Business", "Faith", "Bollywood", "Matrimonial", "Events"],
        "Asian Express Midlands, Belgrave Gate Media Centre. Advertise with us: ads@asianexpressmids.example",
    ),
    "derbys": (
        "Derbyshire Gazette",
        "derbyshiregazette.example",
        ["News", "Chesterfield", "Matlock", "Sport", "Schools", "Obituaries"],
        "Derbyshire Gazette (c) Peak Press. All rights reserved.",
    ),
    "bradford": (
        "Bradford Evening Post",
        "bradfordpost.example",
        ["News", "Crime", "Courts", "Bradford City", "Bulls", "Announcements"],
        "Bradford Evening Post. Reporting restrictions apply to some court cases.",
    ),
    "harrow": (
        "Harrow & Wembley Chronicle",
        "harrowchronicle.example",
        ["News", "Community", "Announcements", "Deaths", "Sport"],
        "Place an announcement: announcements@harrowchronicle.example",
    ),
    "schools": (
        "Schools Bulletin",
        "schoolsbulletin.example",
        ["Leadership", "Inspection", "Workforce", "SEND", "Opinion", "Jobs"],
        "Schools Bulletin - news for school leaders. Subscribe for our weekly briefing.",
    ),
    "council": (
        "Leicester City Council - Committee Meetings",
        "democracy.leicester-city.example",
        ["Councillors", "Meetings", "Decisions", "Committees", "Search documents"],
        "Published under the Openness of Local Government Bodies Regulations 2014.",
    ),
    "jobs": (
        "TeachEast Jobs",
        "teacheastjobs.example",
        ["Find a job", "Schools", "Advice", "Sign in", "Post a vacancy"],
        "TeachEast Jobs - education vacancies across the East Midlands.",
    ),
    "polish": (
        "Goniec Midlands",
        "goniecmidlands.example",
        ["Wiadomosci", "Polonia", "Praca", "Sport", "Ogloszenia"],
        "Goniec Midlands - gazeta Polonii w East Midlands.",
    ),
    "ofsted": (
        "School Inspection Reports",
        "inspectionreports.example",
        ["Find an inspection report", "Schools", "Further education", "About"],
        "Inspection report summaries are reproduced for information. Crown copyright material is reproduced under the Open Government Licence.",
    ),
    "sport": (
        "Leicestershire Cricket & Sport Weekly",
        "leicssportweekly.example",
        ["Cricket", "Football", "Rugby", "Schools Sport", "Results", "Fixtures"],
        "Send results to results@leicssportweekly.example by Sunday 6pm.",
    ),
}


def news(
    site: str,
    headline: str,
    paras: list[str],
    *,
    byline: str = "",
    date: str = "",
    section: str = "News",
) -> str:
    name, domain, nav, footer = SITES[site]
    navhtml = " | ".join(
        f'<a href="https://{domain}/{h(n.lower().replace(" ", "-"))}">{h(n)}</a>' for n in nav
    )
    body = "\n".join(f"<p>{h(p)}</p>" for p in paras)
    meta = " - ".join(x for x in (byline, date) if x)
    return (
        f"<!doctype html>\n<html><head><title>{h(headline)} | {h(name)}</title></head>\n<body>\n"
        f'<header><div class="masthead">{h(name)}</div><nav>{navhtml}</nav></header>\n'
        f'<main><div class="section">{h(section)}</div>\n<article><h1>{h(headline)}</h1>\n'
        f'<div class="byline">{h(meta)}</div>\n{body}\n</article>\n'
        f"<aside><h3>Most read</h3><ul><li>Roadworks latest</li><li>Weather warning</li><li>Pictures of the week</li></ul></aside></main>\n"
        f"<footer><p>{h(footer)}</p><p>Terms | Privacy | Cookies</p></footer>\n</body></html>\n"
    )


def forum(
    site: str, board: str, title: str, posts: list[tuple[str, str]], *, points: int = 0
) -> str:
    items = []
    for i, (user, text) in enumerate(posts):
        paras = "".join(f"<p>{h(p)}</p>" for p in text.split("\n\n"))
        cls = "op" if i == 0 else "reply"
        items.append(
            f'<div class="post {cls}"><div class="author">{h(user)}</div><div class="body">{paras}</div><div class="tools">Reply | Share | Report</div></div>'
        )
    pts = f'<div class="score">{points} points</div>' if points else ""
    return (
        f"<!doctype html>\n<html><head><title>{h(title)} : {h(board)}</title></head>\n<body>\n"
        f'<header><a href="/">{h(site)}</a> &rsaquo; <a href="/{h(board)}">{h(board)}</a> | Log in | Sign up</header>\n'
        f"<main><h1>{h(title)}</h1>{pts}\n" + "\n".join(items) + "\n</main>\n"
        "<footer>Community rules | Privacy policy | Content policy</footer>\n</body></html>\n"
    )


def blog(
    blog_name: str,
    title: str,
    paras: list[str],
    *,
    author: str = "",
    date: str = "",
    tags: str = "",
) -> str:
    body = "\n".join(f"<p>{h(p)}</p>" for p in paras)
    tagline = f'<div class="tags">Tags: {h(tags)}</div>' if tags else ""
    return (
        f"<!doctype html>\n<html><head><title>{h(title)} - {h(blog_name)}</title></head>\n<body>\n"
        f'<header><h2 class="blog-title">{h(blog_name)}</h2><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/archive">Archive</a></nav></header>\n'
        f'<article><h1>{h(title)}</h1><div class="meta">{h(author)} {h(date)}</div>\n{body}\n{tagline}</article>\n'
        '<section class="comments"><h3>Leave a comment</h3><p>Comments are moderated.</p></section>\n'
        "<footer>Powered by a blogging platform. Subscribe via RSS.</footer>\n</body></html>\n"
    )


def reviews(place: str, address: str, rating: str, items: list[tuple[str, int, str, str]]) -> str:
    lines = [place, address, f"{rating} stars  ·  Google reviews", "Write a review", ""]
    for author, stars, when, text in items:
        lines += [author, f"{'★' * stars}{'☆' * (5 - stars)}  {when}", text, "Like  Share", ""]
    return "\n".join(lines)


def facebook(group: str, poster: str, when: str, text: str, comments: list[tuple[str, str]]) -> str:
    lines = [
        group,
        "Public group · Facebook",
        "",
        f"{poster}",
        f"{when} · 🌍",
        text,
        "",
        "Like   Comment   Share",
        "",
    ]
    if comments:
        lines.append(
            f"View all {len(comments) + 3} comments" if len(comments) > 4 else "Most relevant"
        )
    for name, c in comments:
        lines += [name, c, "Like · Reply · 1d", ""]
    return "\n".join(lines)


def social(
    platform: str,
    handle: str,
    caption: str,
    comments: list[tuple[str, str]],
    *,
    likes: str = "1,204",
) -> str:
    lines = [
        f"{platform}",
        f"{handle}",
        caption,
        f"♥ {likes} likes",
        "",
        f"{len(comments)} comments",
    ]
    for user, c in comments:
        lines += [f"{user}  {c}", "Reply  ·  See translation"]
    return "\n".join(lines)


def whatsapp(group: str, msgs: list[tuple[str, str, str]], *, forwarded: bool = False) -> str:
    lines = [f"WhatsApp · {group}", ""]
    for when, who, text in msgs:
        lines.append(f"[{when}] {who}:")
        if forwarded:
            lines.append("↪↪ Forwarded many times")
        lines.append(text)
        lines.append("")
    return "\n".join(lines)


# Homoglyph helpers: Cyrillic letters that look Latin.
CYR_A = "\u0430"
CYR_E = "\u0435"
CYR_O = "\u043e"
CYR_P = "\u0440"
CYR_C = "\u0441"

# =========================================================================== NEWS

add(
    "news",
    news(
        "herald",
        "Rushey Mead academy told it 'requires improvement' after inspectors raise behaviour concerns",
        [
            "A large secondary academy in the north of the city has been rated 'requires improvement' by inspectors, who said behaviour in corridors and at lunchtime was 'too variable' and that some pupils with special educational needs were not getting the help they needed.",
            "Kesterfield Community Academy, on Gorsebrook Lane, has around 1,850 pupils aged 11 to 18. It was previously rated good.",
            "The report, published on Tuesday, said leaders had 'an accurate view' of what needed to improve and praised the sixth form and the science curriculum, singling out the work of head of science Piotr Wróblewski in rebuilding practical lessons after the pandemic.",
            "But inspectors said attendance remained below the national average and that too many pupils were being removed from lessons for low-level disruption.",
            "Principal Dr Meera Lakhani said: 'We are disappointed but not surprised. Our community deserves the very best and we already have a clear plan. I want to thank our families, who have been overwhelmingly supportive.'",
            "Parents outside the school on Tuesday afternoon were divided. One mother, who asked not to be named, said the report was 'long overdue' and that communication from the school had been poor for two years. Another said her two sons were 'thriving'.",
            "The academy is part of the Soar Learning Partnership, which runs four schools in Leicester and Leicestershire.",
            "Related: City schools face tough autumn as pupil numbers peak",
        ],
        byline="By Priya Mandalia, Education Reporter",
        date="14 March",
        section="Education",
    ),
    E("school", "exact", "negative"),
    E("pwroblewski", "exact", "neutral"),
    E("mlakhani", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Dad who threatened to 'wait at the gates with a blade' for school vice principal is jailed",
        [
            "A father who sent a string of threatening messages to a Leicester school's vice principal after his son was excluded has been jailed for 14 weeks.",
            "Daniel Marsh, 34, of Melton Road, Thurmaston, admitted sending malicious communications and one count of making a threat to kill at Leicester Magistrates' Court.",
            "The court heard that Marsh contacted Gareth Ollerenshaw, vice principal at Kesterfield Community Academy, 31 times over four days in January via email and social media.",
            "In one message, read out by prosecutor Helen Burrows, Marsh wrote: 'I'll be waiting at the gates with a blade, Ollerenshaw. You won't see the end of term.' In another he said he knew which car Mr Ollerenshaw drove.",
            "Mr Ollerenshaw, who has worked at the school for 19 years, said in a victim statement that he had installed cameras at his home and that his children had been 'frightened to go to school themselves'.",
            "Defending, Sunita Bhatt said Marsh had been drinking heavily and was 'deeply ashamed'.",
            "Passing sentence, District Judge Alan Keyes said: 'Teachers are entitled to do their jobs without being terrorised.' Marsh was also given a five-year restraining order.",
        ],
        byline="Court reporter",
        date="2 May",
        section="Crime",
    ),
    E("gollerenshaw", "exact", "threat"),
    E("school", "exact", "neutral"),
)

# decoy: a different Tariq Khan in Bradford
add(
    "news",
    news(
        "bradford",
        "Car finance fraudster jailed after 'brazen' scheme",
        [
            "A man who used stolen identities to obtain finance on eleven luxury cars has been jailed for four years at Bradford Crown Court.",
            "Tariq Khan, 31, of Manningham Lane, Bradford, pleaded guilty to conspiracy to commit fraud by false representation.",
            "The court heard the cars, worth more than £400,000 in total, were shipped abroad within days of being collected from dealerships in West Yorkshire and Lancashire.",
            "Judge Rachel Moorby described the scheme as 'brazen and carefully planned'. A co-defendant, Liam Stott, 28, of Keighley, received a suspended sentence.",
            "A Proceeds of Crime Act hearing will take place later this year.",
        ],
        byline="Courts team",
        date="19 June",
        section="Courts",
    ),
)

# decoy: the cash-and-carry on Kesterfield Road, owned by a different Rajesh Patel
add(
    "news",
    news(
        "asian",
        "Kesterfield Cash & Carry doubles in size with new warehouse",
        [
            "One of east Leicester's best-known wholesalers has opened a 30,000 sq ft extension, creating 22 jobs.",
            "Kesterfield Cash & Carry, on Kesterfield Road in Evington, was started by Rajesh Patel's father, Natubhai, in 1979 from a single lock-up garage selling rice, dal and spices to corner shops.",
            "Today it supplies more than 600 independent retailers, restaurants and caterers across the Midlands. Rajesh Patel, 52, who runs the business with his brother Mahesh, said: 'My father used to say, look after the small shopkeeper and he will look after you. That is still how we work.'",
            "The new warehouse includes a cold store and a dedicated area for wedding caterers, who can now order online for next-day collection.",
            "The opening was marked with a havan and attended by the Lord Mayor. Mr Patel said the family was donating £5,000 to the Shree Kesterfield Road Mandir's kitchen appeal.",
            "Kesterfield Cash & Carry is open seven days a week. Trade card required.",
        ],
        byline="Business desk",
        date="8 September",
        section="Business",
    ),
)

add(
    "news",
    news(
        "asian",
        "Rangoli maths and 2,000 samosas: Belgrave school lights up for Diwali",
        [
            "Pupils at Kesterfield marked Diwali last week with a festival evening that organisers say drew more than 1,500 parents, grandparents and neighbours.",
            "The event, now in its ninth year, began with a garba in the sports hall and ended with a fireworks display on the playing field off Gorsebrook Lane.",
            "In the maths block, Year 8 pupils showed visitors how to design symmetrical rangoli patterns using rotations and reflections. 'Mr Patel told us rangoli is just geometry with colour,' said 12-year-old Diya. 'Now my nani thinks I'm a genius.'",
            "The food was organised by the school's midday team, led by Kokila Masi, as everyone from pupils to the principal calls her. She and her helpers made more than 2,000 samosas over three days. 'Every year they say we made too many, and every year nothing is left,' she laughed.",
            "Muslim, Sikh and Christian pupils took part alongside Hindu and Jain classmates. Sixth former Ayaan, 17, who compered the show, said: 'That's what this place is. Eid, Diwali, Vaisakhi, Christmas - we do all of it together.'",
            "Money raised will go to the Leicester Children's Hospital appeal.",
        ],
        byline="Community correspondent",
        date="7 November",
        section="Community",
    ),
    E("school", "short_name", "neutral"),
    E("rpatel", "title_surname", "neutral"),
    E("kparmar", "alias", "neutral"),
)

add(
    "news",
    news(
        "sport",
        "Schools cricket: Kesterfield girls lift county U15 indoor title",
        [
            "Kesterfield Academy's under-15 girls are county indoor champions after a nail-biting final against Loughborough's Charnwood Grammar at Grace Road on Saturday.",
            "Chasing 96 from their 12 overs, Kesterfield needed nine off the final over. Captain Simran Gill hit the first ball for four and ran two more off the fourth before a scrambled bye won it with a ball to spare.",
            "Head of PE Jaswinder Sandhu, who started the girls' programme four years ago with a single net session a week, said: 'Three years ago half these girls had never held a bat. They've put in the hours on cold Tuesday nights and they deserve every bit of this.'",
            "Earlier, Kesterfield had beaten Hinckley Academy by 22 runs and Melton's St Bart's by seven wickets.",
            "The team now go forward to the East Midlands finals in Nottingham next month.",
            "Other results - U13 boys: Charnwood Grammar 112-4 bt Lutterworth College 88 all out. U17 boys: Beauchamp 140-6 bt Oakham Road 139-8.",
        ],
        byline="Schools sport",
        date="27 January",
        section="Schools Sport",
    ),
    E("school", "short_name", "neutral"),
    E("jsandhu", "exact", "neutral"),
)

# decoy: Kesterfield Cricket Club league round-up with a J. Sandhu and an R. Patel
add(
    "news",
    news(
        "sport",
        "Leicestershire League Division Two: Kesterfield hold on for thrilling draw",
        [
            "Kesterfield Cricket Club kept their promotion hopes alive with a last-wicket stand to secure a draw away at Syston Town on Saturday.",
            "Set 231 to win, Kesterfield slipped to 151-9 before J. Sandhu (44 not out) and debutant A. Mistry survived the final 11 overs.",
            "Earlier, Syston were bowled out for 230, with R. Patel taking 4-38 and the veteran off-spinner K. Mehta 3-51.",
            "Elsewhere, Evington Park beat Narborough by 62 runs and Kibworth's second XI were held to a draw by Anstey.",
            "Kesterfield host leaders Rothley next week. Nets on Tuesday and Thursday from 6pm at the Kesterfield Road ground; new members welcome.",
        ],
        byline="Club cricket",
        date="20 July",
        section="Cricket",
    ),
)

# decoy: another school elsewhere with the same name
add(
    "news",
    news(
        "derbys",
        "'Good' verdict for Kesterfield Primary as inspectors praise reading",
        [
            "A Chesterfield primary school has been rated good in every area in its first full inspection for nine years.",
            "Kesterfield Primary School, on Storforth Lane, has 312 pupils. Inspectors said children 'read widely and often' and that the school was 'calm, orderly and kind'.",
            "Headteacher Amanda Tebbutt said: 'I'm so proud of our children and our staff. This reflects years of quiet hard work.'",
            "The school's early years provision was described as 'a real strength'. Inspectors asked leaders to make sure the history curriculum was as well planned as English and maths.",
            "Mrs Tebbutt will be retiring at the end of the year after 14 years in post.",
        ],
        byline="Education",
        date="3 July",
        section="Schools",
    ),
)

add(
    "news",
    news(
        "eastmids",
        "Police called in after TikTok account targets Leicester teacher with racist edits",
        [
            "A Leicester academy has reported a TikTok account to police after it posted a series of doctored videos of one of its teachers, overlaid with racist captions and sound clips.",
            "Kesterfield Community Academy said the account, which has since been removed, had posted 14 videos of computing teacher Nikhil Solanki filmed in lessons without his knowledge. Captions described him as a 'curry muncher' and encouraged followers to 'spam his socials'.",
            "In a letter to parents, the academy said: 'The videos were cruel and racist. We have identified a small number of pupils who were involved and they are being dealt with under our behaviour policy. We have asked the platform to preserve evidence.'",
            "Mr Solanki, who also runs a popular coding account for young people, has been offered support by the school and his union.",
            "Leicestershire Police confirmed it had received a report of malicious communications and that enquiries were ongoing.",
            "TikTok said it removed content that broke its community guidelines on hateful behaviour.",
        ],
        byline="Staff reporter",
        date="11 October",
        section="Education",
    ),
    E("nsolanki", "exact", "abuse"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Maths head suspended as exam board probes coursework at city academy",
        [
            "A head of department at a Leicester academy has been suspended while an exam board investigates claims that pupils were given improper help with assessed work.",
            "Kesterfield Community Academy confirmed that Rajesh Patel, its head of mathematics, had been suspended on full pay 'as a neutral act' while the investigation was carried out.",
            "The Herald understands the investigation concerns a Level 3 statistics qualification taken by sixth formers last summer. It is alleged that some candidates were shown marked examples that closely matched the assessed task.",
            "A spokesperson for the Soar Learning Partnership said: 'We take the integrity of qualifications extremely seriously. It would be inappropriate to comment further while the process is ongoing.'",
            "Parents told the Herald that Mr Patel was a popular teacher who had run free Saturday revision sessions for years. 'Everybody in Belgrave knows Patel sir,' one father said. 'I don't believe a word of it.'",
            "The exam board said it did not comment on individual cases.",
        ],
        byline="By Priya Mandalia",
        date="22 February",
        section="Education",
    ),
    E("rpatel", "exact", "defamation"),
    E("school", "exact", "negative"),
)

add(
    "news",
    news(
        "council",
        "Minutes - Planning and Development Control Committee, Wednesday 6 March",
        [
            "Present: Councillor Kaur (Chair), Councillors Bajaj, Dawson, Joshi, Mahmood, O'Neill, Rae Bhatia and Whittle. Officers: Head of Planning, Principal Planning Officer (Majors), Highways Development Control Manager, Legal Adviser, Democratic Support Officer.",
            "1. APOLOGIES FOR ABSENCE. Apologies were received from Councillor Grant and Councillor Ahmed.",
            "2. DECLARATIONS OF INTEREST. Councillor Joshi declared an other registrable interest in item 5 as a trustee of a youth charity that hires facilities at the site, and left the room for that item. Councillor Mahmood declared that a family member attends a school referred to in item 5 but that this was not a disclosable interest.",
            "3. MINUTES OF THE PREVIOUS MEETING. RESOLVED: that the minutes of the meeting held on 7 February be confirmed as a correct record.",
            "4. APPLICATION 20231877 - 112-118 NARBOROUGH ROAD. Change of use from retail (Class E) to hot food takeaway (Sui Generis) at ground floor with extraction flue to rear. The Principal Planning Officer presented the report. Members raised concerns about litter and the concentration of takeaways within 400 metres of a secondary school. The Highways officer confirmed no objection subject to a condition restricting delivery hours. Councillor Dawson moved refusal on the grounds of harm to the vitality of the local centre; this was seconded by Councillor Whittle. RESOLVED: that the application be REFUSED for the reason set out in the supplementary report (5 for, 2 against, 1 abstention).",
            "5. APPLICATION 20240112 - KESTERFIELD COMMUNITY ACADEMY, GORSEBROOK LANE. Erection of two-storey teaching block (14 classrooms) and sports hall extension, new drop-off loop and 46 additional parking spaces; removal of 11 trees. The Principal Planning Officer presented the report, noting the academy's roll was expected to rise from 1,850 to 2,100 by 2027 as a result of the admissions expansion agreed by the Schools Forum.",
            "The committee heard from two objectors. Mr D. Parekh, a resident of Gorsebrook Lane, said morning congestion was 'already dangerous', that parents parked across driveways and that he had twice been unable to get an ambulance to his mother's door. Mrs J. Hollis spoke about the loss of the mature lime trees on the northern boundary.",
            "Dr Lakhani, Principal, spoke in support. She said the academy was oversubscribed by more than 400 first preferences, that it currently taught PE in a sports hall built for 900 pupils and that the new drop-off loop would take queuing cars off the highway. She offered to set up a residents' liaison group and confirmed the academy would fund two school crossing patrols for two years.",
            "Members asked about the travel plan. The Highways Development Control Manager said the plan's target to reduce car trips by 15 per cent was 'ambitious but achievable' if the academy enforced its no-idling policy. Councillor Rae Bhatia asked whether the trees could be replaced on site; officers confirmed a condition requiring 33 replacement trees.",
            "Councillor O'Neill said she was concerned that the committee had received 61 letters of objection, many about parking, but that on balance the need for school places outweighed the harm. Councillor Mahmood said residents of Rushey Mead had been 'patient for a long time' and asked for the liaison group to be written into the section 106 agreement.",
            "RESOLVED: that the application be APPROVED subject to the conditions in the report, an additional condition requiring a construction traffic management plan, and a section 106 agreement securing the crossing patrols and residents' liaison group (7 for, 0 against, 1 abstention).",
            "6. APPLICATION 20240230 - LAND REAR OF 9 ST SAVIOURS ROAD. Erection of two-bedroom bungalow. Withdrawn by the applicant before the meeting.",
            "7. APPEALS UPDATE. The committee noted the report on appeal decisions received since the last meeting, including the dismissal of the appeal at 41 Uppingham Road.",
            "8. ANY OTHER URGENT BUSINESS. None. The meeting closed at 7.52pm.",
        ],
        section="Minutes",
    ),
    E("school", "exact", "neutral"),
    E("mlakhani", "title_surname", "neutral"),
)

# decoy: council minutes about Kesterfield Road
add(
    "news",
    news(
        "council",
        "Minutes - Evington and Humberstone Ward Community Meeting",
        [
            "Held at Evington Library. Present: Councillors Chauhan and Sandhu (ward councillors), 23 residents, PC Marriott (Neighbourhood Policing Team).",
            "1. Kesterfield Road traffic calming. Residents reported continued speeding between the mandir and the cash and carry, especially on Friday and Saturday evenings. Cllr Sandhu said a request for speed cushions had been submitted to Highways and that the road had been added to the speed-watch programme.",
            "2. Fly-tipping behind the Kesterfield Road shops. PC Marriott said two fixed penalty notices had been issued. Residents asked for CCTV at the rear service road.",
            "3. Ward community funding. The meeting supported bids from Evington Cricket Club (nets repair, £1,200), the Kesterfield Road Mandir seniors' lunch club (£950) and Evington Ladies' Walking Group (£300).",
            "4. Any other business. A resident asked about the state of the bus shelter opposite Kesterfield Cash & Carry. Cllr Chauhan agreed to chase.",
        ],
        section="Ward meetings",
    ),
)

add(
    "news",
    news(
        "jobs",
        "Teacher of Mathematics (MPS/UPS) - Kesterfield Community Academy, Leicester",
        [
            "Salary: MPS/UPS + TLR 2b available for the right candidate. Contract: permanent, full time. Start: September. Closing date: 9am, Monday 15 April.",
            "Kesterfield Community Academy is a large, diverse and happy 11-18 academy in Rushey Mead, north-east Leicester. Our 1,850 students speak more than 40 languages at home, and we are proud to serve a community where Diwali, Eid, Vaisakhi and Christmas are all celebrated in the hall.",
            "We are looking for an enthusiastic and skilled teacher of mathematics to join a team of 14 specialists. Results at GCSE and A level are well above the local authority average, and our maths department is consistently one of the most popular with students choosing A levels.",
            "You will report to the Head of Mathematics, Mr R. Patel, and will teach across Key Stages 3 and 4, with the opportunity to teach A level for suitably experienced candidates.",
            "We offer: a generous CPD budget and fully funded NPQs; a staff wellbeing day; free on-site parking; a cycle to work scheme; an Early Career Teacher programme with reduced timetable and a dedicated mentor.",
            "Visits are warmly welcomed. Please contact our HR team on 01632 960413 or email recruitment@kesterfieldacademy.example.",
            "Kesterfield Community Academy is committed to safeguarding and promoting the welfare of children. The successful candidate will be subject to an enhanced DBS check and online searches in line with Keeping Children Safe in Education.",
        ],
        section="Vacancy",
    ),
    E("school", "exact", "neutral"),
    E("rpatel", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "ofsted",
        "Kesterfield Community Academy - Inspection summary",
        [
            "Unique reference number: 100000. Local authority: Leicester. Type of school: Secondary (academy converter). Age range: 11 to 18. Number of pupils: 1,852. Headline grade: Requires improvement.",
            "What is it like to attend this school? Pupils are proud of their school and of the diverse community it serves. They say they feel safe and that they know who to speak to if they are worried. Most pupils behave well in lessons. However, behaviour at social times and in corridors is not consistently good. Some pupils told inspectors that name-calling happens and is not always dealt with.",
            "What does the school do well and what does it need to do better? The curriculum is ambitious. In science, mathematics and the sixth form, it is well designed and taught by staff with strong subject knowledge. In some other subjects, including English at Key Stage 3 and humanities, the curriculum is less well developed and pupils do not remember important content.",
            "Leaders' systems for identifying the needs of pupils with special educational needs and/or disabilities are not effective enough. Information about pupils' needs is not always shared with teachers, so some pupils do not get the support they need.",
            "Attendance is improving but remains too low, particularly for disadvantaged pupils. Leaders use fixed-term suspensions and removal from lessons more than in similar schools.",
            "Safeguarding: the arrangements for safeguarding are effective.",
            "What does the school need to do to improve? Leaders should ensure that the curriculum in all subjects is as well planned as it is in the strongest subjects; improve the identification of and support for pupils with SEND; and ensure that the behaviour policy is applied consistently so that pupils' learning is not disrupted.",
        ],
        section="Inspection report",
    ),
    E("school", "exact", "negative"),
)

add(
    "news",
    news(
        "eastmids",
        "'Khan you're next' - graffiti sprayed near Leicester school treated as hate crime",
        [
            "Police are investigating after threatening graffiti aimed at a Muslim teacher was sprayed on a wall near a Leicester secondary school.",
            "The words 'Khan you're next' and a crossed-out crescent were found on the wall of an electricity substation on Gorsebrook Lane, a few yards from the entrance to Kesterfield Community Academy, early on Monday.",
            "The school confirmed that the message was aimed at one of its teachers, Tariq Khan, who teaches religious education and Arabic. A man was arrested on Wednesday on suspicion of a racially and religiously aggravated public order offence and has been released on bail.",
            "Inspector Dev Sahota said: 'Threats like this are taken extremely seriously. We have increased patrols in the Rushey Mead and Belgrave area.'",
            "Leaders from the Shree Ram Mandir, the Masjid-e-Noor and the Gurdwara Sahib on Gorsebrook Lane issued a joint statement condemning the graffiti.",
        ],
        byline="Crime reporter",
        date="16 April",
        section="Crime",
    ),
    E("tkhan", "exact", "threat"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "eastmids",
        "Two years on: how one corner of Leicester is learning to talk again",
        [
            "On a drizzly Thursday evening, the community room at the back of the Belgrave Neighbourhood Centre is full. There are grandmothers in cardigans over their saris, young men in tracksuits, a Sikh granthi, two imams and a vicar in a cagoule. On the whiteboard someone has written, in three scripts, 'Listen first'.",
            "It is two years since the summer when tensions that had simmered online spilled onto the streets of east Leicester, with running confrontations, a flag pulled down outside a temple and weeks of rumour spreading through WhatsApp groups faster than anyone could correct them. An independent review later found that misinformation, much of it originating outside the city, had played a significant part.",
            "For many families the memory is still raw. 'My son was 14,' says one mother, a Gujarati Hindu who has lived on the same street for 30 years. 'He came home and said his best friend's brother had been saying things about us. They'd been at each other's houses since nursery. That's what broke my heart.'",
            "The listening circles began as a pilot funded by the city council and run by a coalition of faith groups. Each session pairs people who would not normally sit together. There are rules: no phones, no talking about 'them', and everyone eats before anyone speaks.",
            "Anand Raval, a retired postman who volunteers as a facilitator, says the food rule is the most important. 'You can't hate a man who has just passed you the chutney. It's very difficult.'",
            "Not everyone is convinced. A number of younger men we spoke to were dismissive, saying the sessions were 'for the aunties' and that nothing had changed online, where clips of the disturbances are still shared with inflammatory captions. Community police officers say they still see spikes in hostile posts around religious festivals and cricket matches between India and Pakistan.",
            "The council's cohesion lead, Marcia Obi, says that is exactly why the work has to continue. 'Cohesion isn't a project with an end date. It's maintenance, like fixing the roads.'",
            "Some of the most striking work has been happening in schools. Youth workers say teenagers were both the most exposed to online rumour and the quickest to move on. In the autumn after the disturbances, several secondary schools in the area ran joint assemblies led by staff of different faiths.",
            "One of those who spoke then was Tariq Khan, an RE and Arabic teacher who grew up in Highfields. He stood on the stage of a packed sports hall with a Hindu colleague and a Sikh colleague and asked pupils to put their hands up if they had ever eaten at a friend's house of another religion. 'Every hand went up,' he recalls. 'I said, then you already know more than the people shouting on the internet.'",
            "That school was Kesterfield Community Academy in Rushey Mead, which has around 1,850 pupils from almost every community in the city. Its principal, Dr Meera Lakhani, says the joint assemblies were not her idea but the staff's. 'The teachers came to me. They said, the kids are frightened and they're angry and they're being fed rubbish. We have to stand up together, in front of them, and be seen to.'",
            "The school has since built a peer-mentor scheme in which older pupils are trained to spot and challenge misinformation. Sixth former Zainab, 17, says the training was eye-opening. 'They showed us a video that had been shared thousands of times, supposedly from Leicester, and it was from another country completely. Half of my family had forwarded it.'",
            "Back at the Belgrave Neighbourhood Centre, the circle is winding up. A Muslim father and a Hindu grandfather are arguing amiably about whose mother made the better dal. Someone's phone buzzes, breaking the rule, and the whole room turns to glare at it. There is laughter.",
            "'This is not the end of anything,' says Raval. 'But it is a start, and two years ago we did not have a start.'",
        ],
        byline="By Hannah Leary, Communities Correspondent",
        date="Saturday 14 September",
        section="Long read",
    ),
    E("tkhan", "exact", "neutral"),
    E("school", "exact", "neutral"),
    E("mlakhani", "exact", "neutral"),
)

# decoy: obituary for a different Kokila Parmar
add(
    "news",
    news(
        "harrow",
        "Deaths: PARMAR, Kokila",
        [
            "PARMAR Kokila (née Vaghela). Peacefully at Northwick Park Hospital on 2 February, aged 81. Beloved wife of the late Dhirajlal, much-loved mother of Jayesh, Rupal and Nilesh, mother-in-law, and Ba to seven grandchildren and two great-grandchildren.",
            "Born in Kampala, Kokilaben came to Wembley in 1972 and worked for many years at the Sudbury post office, where generations of customers knew her for her patience and her famous thepla at Christmas parties.",
            "Prayer meeting (besnu) at the Shree Sanatan Mandir, Ealing Road, on Saturday from 4pm to 6pm. Funeral at Golders Green Crematorium. No flowers please; donations to the Alzheimer's Society.",
        ],
        section="Family Notices",
    ),
)

add(
    "news",
    news(
        "polish",
        "Sobotnia szkoła w Leicester świętuje 15-lecie",
        [
            "Polska Szkoła Sobotnia im. Marii Konopnickiej w Leicester obchodziła w miniony weekend 15-lecie działalności. Do szkoły, która wynajmuje sale w budynku Kesterfield Community Academy przy Gorsebrook Lane, uczęszcza obecnie ponad 180 dzieci.",
            "Wśród gości był Pan Piotr Wróblewski, kierownik wydziału nauk ścisłych w akademii, który od lat pomaga szkole sobotniej i prowadzi dla starszych uczniów zajęcia z chemii po polsku. 'Dzieci z polskich rodzin są w Leicester już trzecim pokoleniem. Chcemy, żeby znały język dziadków, ale też żeby odnosiły sukcesy w angielskiej szkole' - powiedział.",
            "Dyrektorka szkoły sobotniej, pani Ewa Zielińska, podziękowała rodzicom i wolontariuszom. Na zakończenie uczniowie przedstawili program artystyczny z tańcami ludowymi.",
            "Zapisy na nowy rok szkolny przyjmowane są do końca czerwca.",
        ],
        byline="Redakcja",
        date="12 maja",
        section="Polonia",
    ),
    E("pwroblewski", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

# decoy: a different Piotr Wróblewski in Corby
add(
    "news",
    news(
        "eastmids",
        "Driver banned after being caught at nearly three times the limit on A43",
        [
            "A van driver who was stopped by police on the A43 near Corby after a member of the public reported him weaving across lanes has been banned from driving for 28 months.",
            "Piotr Wroblewski, 44, of Occupation Road, Corby, gave a breath reading of 98 micrograms of alcohol in 100 millilitres of breath. The legal limit is 35.",
            "Northampton Magistrates' Court heard Wroblewski, a self-employed plasterer, had been at a christening and 'badly misjudged' how much he had drunk. He was fined £1,150 and ordered to pay costs and a surcharge.",
        ],
        byline="Courts",
        date="30 August",
        section="Crime",
    ),
)

add(
    "news",
    news(
        "herald",
        "Parents hit with £160 fines as city academy cracks down on term-time holidays",
        [
            "Dozens of families at a Leicester academy have been issued with fines for taking children out of school during term time, with some parents saying they were given no chance to explain.",
            "Kesterfield Academy, in Rushey Mead, referred 74 families to the city council for penalty notices in the autumn term, more than any other school in the city.",
            "Many of the absences were for family weddings and funerals in India, Pakistan, Somalia and Poland. One father said his request to attend his own mother's funeral in Gujarat was turned down. 'I had to choose between my mother and a fine. What kind of choice is that?'",
            "The school's attendance officer, Sharon Tebbutt, told a parents' meeting last month that the school was following national guidance and that every request was considered individually. 'We know families have strong ties abroad. But every day missed is a day of learning lost,' she said.",
            "Councillor Farida Mahmood said she had been contacted by several constituents. 'Schools have to apply the rules, but I'd ask them to apply them with a bit of heart.'",
            "A spokesperson for the school said exceptional circumstances, including bereavement, were always taken into account and that parents could appeal.",
        ],
        byline="By Tom Ashworth",
        date="18 January",
        section="Education",
    ),
    E("school", "short_name", "negative"),
    E("stebbutt", "exact", "neutral"),
)

add(
    "news",
    news(
        "asian",
        "Eid al-Fitr: hundreds share iftar and sweets at Rushey Mead school",
        [
            "More than 600 people gathered in a school sports hall in Rushey Mead for a community Eid celebration organised by pupils and staff.",
            "The event at Kesterfield, in its fourth year, was opened with a recitation by Year 11 pupil Hamza and a short talk on the meaning of Eid from Ustadh Tariq, the school's Arabic teacher, who reminded guests that 'Eid is not complete until your neighbour has eaten'.",
            "Stalls run by Somali, Gujarati, Pakistani and Bangladeshi families sold everything from halwa to sambusa. Head of Year 9 Hodan Warsame, who organised the food, said the Somali mothers' group had been cooking since 5am. 'Aunty Hodan, as the kids call me, does not sleep during Eid week,' she joked.",
            "Hindu and Sikh neighbours came too; a group from the nearby gurdwara brought pakoras, and the Polish Saturday school's parents' committee donated a cake in the shape of a crescent moon.",
            "Funds raised will go to flood relief.",
        ],
        byline="Community desk",
        date="14 April",
        section="Faith",
    ),
    E("school", "short_name", "neutral"),
    E("tkhan", "nickname", "neutral"),
    E("hwarsame", "exact", "neutral"),
)

add(
    "news",
    news(
        "schools",
        "Principals' pay: the academy trusts paying £150k-plus",
        [
            "Analysis of academy trust accounts filed this year shows that 312 trusts paid at least one employee more than £150,000, up from 264 the year before.",
            "The highest-paid chief executives continue to be found in the largest multi-academy trusts, with several now earning more than £250,000.",
            "But the analysis also shows pay rising at smaller trusts. At the four-school Soar Learning Partnership in Leicester, the accounts show one employee in the £150,001 to £160,000 band. The trust confirmed this was its chief executive, and that the principal of its largest school, Kesterfield Community Academy, was paid in the £110,001 to £120,000 band.",
            "The Department for Education has written to trusts paying more than £150,000 asking them to justify salaries.",
            "Unions said the figures contrasted sharply with the real-terms fall in classroom teachers' pay over the past decade.",
        ],
        byline="Workforce reporter",
        date="10 June",
        section="Leadership",
    ),
    E("school", "exact", "neutral"),
)

# =========================================================================== FORUMS

add(
    "forum",
    forum(
        "reddit",
        "r/Leicester",
        "Moving to Rushey Mead in summer - honest opinions on Kesterfield for a Year 8?",
        [
            (
                "u/relocating_from_brum",
                "Relocating for work, we've got an offer on a house just off Harrison Road. The obvious secondary is Kesterfield. The Ofsted isn't great (RI) but people I've spoken to say it's better than the report. Any current parents/pupils? My daughter is quiet, likes science and art, some mild anxiety.",
            ),
            (
                "u/dhokla_dad",
                "Son's in Y10 there. Honestly the maths dept is bloody brilliant, Patel sir runs free revision on Saturdays and he's the reason my lad went from a 4 to predicted 7. Pastoral is hit and miss depending on which head of year you get.",
            ),
            (
                "u/throwaway_rmead",
                "Behaviour is strict. Ollerenshaw (deputy) runs it like a tight ship, phones confiscated on sight, detentions for not having a pen. Some kids hate it, mine says it's fair and at least lessons aren't chaos.",
            ),
            (
                "u/lemonpickle",
                "SEN support is honestly rubbish. We had to fight for 18 months and pay for our own EP report before they took our son's autism seriously. Emails go unanswered for weeks. If your daughter has anxiety I'd push hard for a meeting with the SENCo before she starts.",
            ),
            ("u/relocating_from_brum", "Thanks all, that's really useful. How's science?"),
            (
                "u/kabaddi_kaur",
                "Science got loads better since Mr Wróblewski became head of dept. Proper practicals again, my sister did triple and loved it.",
            ),
            (
                "u/throwaway_rmead",
                "Also avoid driving near Gorsebrook Lane at 8.30, it's carnage. Walk if you can.",
            ),
        ],
        points=47,
    ),
    E("school", "short_name", "negative"),
    E("rpatel", "title_surname", "neutral"),
    E("gollerenshaw", "surname_only", "neutral"),
    E("pwroblewski", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "reddit",
        "r/Leicester",
        "Kid got a detention for refusing to stand for a minute's silence - RE teacher involved",
        [
            (
                "u/mum_of_three_le4",
                "Bit of a vent. My son (Y9, Kesterfield) got a detention for talking during the minute's silence on Remembrance Day. Fair enough, he was wrong. But he says Ustadh Khan, who was on duty, shouted at the whole line. Is that normal?",
            ),
            (
                "u/greyfox_1971",
                "That's what happens when you let a bearded towelhead like Khan anywhere near English kids. Send him back to whatever cave he came from. Kesterfield is finished.",
            ),
            (
                "u/mum_of_three_le4",
                "Wow. That's not what I asked and it's disgusting. For the record my son is Muslim too and Mr Khan is normally really well liked.",
            ),
            (
                "u/modbot_leics",
                "Comment removed: Rule 1 - no racism, bigotry or hate speech. User banned.",
            ),
            (
                "u/harrypotterfan88",
                "Honestly detentions for talking in the silence seem pretty standard. Shouting at the whole line isn't great, but it's one incident. I'd just email the head of year.",
            ),
        ],
        points=12,
    ),
    E("tkhan", "title_surname", "hate"),
    E("school", "short_name", "neutral"),
)

# decoy: the road
add(
    "forum",
    forum(
        "reddit",
        "r/Leicester",
        "Kesterfield Road dug up AGAIN",
        [
            (
                "u/evington_exile",
                "Third time this year. Cadent now, apparently. Temporary lights outside the mandir and the queue goes back past the cash and carry. Anyone know how long?",
            ),
            (
                "u/bus_nerd_41",
                "Roadworks map says 17 days. The 22 is diverting via Downing Drive so expect that to be late too.",
            ),
            (
                "u/spicy_samosa",
                "Honestly the only road in LE5 without a pothole is the one they keep digging up for no reason",
            ),
            ("u/evington_exile", "lol. Kesterfield Road's basically a trench at this point"),
        ],
        points=88,
    ),
)

# decoy: cash and carry recommendation thread, a different Rajesh Patel
add(
    "forum",
    forum(
        "reddit",
        "r/Leicester",
        "Best place for bulk rice/oil for a wedding (300 guests)?",
        [
            (
                "u/nervous_bride_2025",
                "Doing our own catering with family help for a 300-person wedding. Where's cheapest for 20kg rice, oil tins, spices etc? Do I need a trade card?",
            ),
            (
                "u/biryani_boss",
                "Kesterfield Cash & Carry on Kesterfield Road. Ask for Rajesh Patel, the owner, tell him it's a wedding and he'll sort you a one-off trade card. Got 40 bags of basmati from him last year, good price and they delivered.",
            ),
            (
                "u/ghee_whizz",
                "Seconding Kesterfield C&C. Rajesh bhai even threw in the foil trays for free. Saturdays are mad busy though, go on a Tuesday morning.",
            ),
            ("u/nervous_bride_2025", "Amazing thank you both!!"),
        ],
        points=23,
    ),
)

add(
    "forum",
    forum(
        "reddit",
        "r/LegalAdviceUK",
        "[England] School attendance officer refusing funeral leave and threatening fine - what are my rights?",
        [
            (
                "u/leics_dad_throwaway",
                "My father-in-law died in Mogadishu last week. We want to take our two kids (Y7 and Y10) out for 8 days for the funeral and the prayers. The school is Kesterfield in Leicester. The attendance officer, Sharon T, rang me and said it would be unauthorised and she'd 'refer us for a penalty notice' if we went. She was quite rude and said 'everyone has a dead relative in term time'. Can they actually fine us for a funeral?",
            ),
            (
                "u/legaladvice_mod",
                "Heads have discretion to authorise leave in exceptional circumstances, and a close family bereavement is the textbook example. The decision is the head's, not the attendance officer's. Put your request in writing to the head teacher, include the death certificate or a letter from the family, and ask for a written decision.",
            ),
            (
                "u/former_EWO",
                "Ex education welfare officer here. Also worth knowing: the local authority issues the fine, not the school, and they have their own code of conduct. If the head refuses and you go anyway, you can make representations to the council. Her comment about 'everyone has a dead relative' is unprofessional, I'd include that in a complaint.",
            ),
            (
                "u/leics_dad_throwaway",
                "Update: wrote to the principal, leave was authorised within a day. Still putting in a complaint about how we were spoken to.",
            ),
        ],
        points=312,
    ),
    E("stebbutt", "first_initial", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "reddit",
        "r/Leicester",
        "Anyone know the address of that deputy head who excluded loads of kids?",
        [
            (
                "u/justice4thelads",
                "My nephew got permanently excluded for something he didn't do. The guy who signed it off is Gareth Ollerenshaw. Parents want to send him letters direct because the school bins everything. He lives at 27 Fennimore Close, Birstall, LE4 9ZT, landline 01632 960877, wife's mobile 07700 900317. Post your letters, let him know how many families he's ruined.",
            ),
            (
                "u/sensible_sid",
                "Posting a teacher's home address and his wife's number is doxxing, mate. Reported.",
            ),
            ("u/justice4thelads", "It's public info, it's on the electoral roll"),
            (
                "u/modbot_leics",
                "This post has been removed for sharing personal information (Rule 4).",
            ),
        ],
        points=-14,
    ),
    E("gollerenshaw", "exact", "doxxing"),
)

add(
    "forum",
    forum(
        "reddit",
        "r/Leicester",
        "Worried about something my daughter told me (school related)",
        [
            (
                "u/worried_mum_le4",
                "Not sure where else to ask. My daughter is 15 and at Kesterfield. She says a girl in her year has been getting lifts home from Mr Wróblewski, the head of science, after revision club, and that he put his hand on her thigh in the car and told her not to tell anyone. My daughter is scared to say anything in case she gets in trouble. What do I do?",
            ),
            (
                "u/safeguarding_lead_uk",
                "Please don't post any more detail here. Ring the school tomorrow and ask for the Designated Safeguarding Lead, or ring the local authority's LADO / children's services front door directly. You can also call the NSPCC helpline. You won't get your daughter in trouble - this is exactly what the system is for.",
            ),
            ("u/worried_mum_le4", "Thank you. I've rung the NSPCC line and they're passing it on."),
            ("u/anon_reader", "Jesus. Hope the girl's ok."),
        ],
        points=5,
    ),
    E("pwroblewski", "title_surname", "sexual", True),
    E("school", "short_name", "sexual", True),
)

add(
    "forum",
    forum(
        "reddit",
        "r/teachinguk",
        "Just left a Leicester academy after 6 years - AMA about what SLT hide from Ofsted",
        [
            (
                "u/burnt_out_biology",
                "I won't name colleagues but I taught at KCA (the big one in Rushey Mead) for six years. Things you should know if you're thinking of applying: they off-roll. Kids who'd drag the Progress 8 down get 'encouraged' into home education or alternative provision in Y10, and they're off the books before census day. Bullying incidents get logged as 'friendship issues' so the numbers look good. When inspectors came, the worst behaved Y9 group was sent on a 'trip' for the day. I have the emails.",
            ),
            ("u/pgce_hopeful", "That's a serious accusation. Did you report it?"),
            ("u/burnt_out_biology", "To the trust. Nothing happened. That's why I left."),
            (
                "u/skeptical_sue",
                "Every disgruntled ex-employee says this. Without evidence it's just gossip.",
            ),
            ("u/burnt_out_biology", "Fair. I'd still avoid."),
        ],
        points=156,
    ),
    E("school", "alias", "defamation"),
)

add(
    "forum",
    forum(
        "ParentTalk",
        "Secondary education",
        "Head of English at DS's school - is it just me?",
        [
            (
                "Beansontoast77",
                "DS (Y8, Kesterfield) has had three different English teachers this year and no marked book since October. I emailed the head of department twice, no reply. When I finally caught her at parents' evening she was dismissive and told me 'boys his age don't like reading, it's normal'. Ashby-Whitlock clearly doesn't care. Anyone else?",
            ),
            (
                "Lentilsoup",
                "Same school, DD in Y9. The English department is a mess, constant supply teachers. To be fair I've heard it's a staffing problem across the city.",
            ),
            (
                "Beansontoast77",
                "I get that, but communication costs nothing. A reply to an email would be nice.",
            ),
            (
                "MrsPepperpot",
                "Go over her head to the principal in writing. In my experience that's the only thing that works with big academies.",
            ),
            (
                "Lentilsoup",
                "Agree. And ask for the curriculum map so you can do some reading with him at home.",
            ),
        ],
    ),
    E("fashbywhitlock", "surname_only", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "ParentTalk",
        "Bullying",
        "DS being bullied for 6 months, school 'investigating' forever",
        [
            (
                "SomaliMumLeics",
                "My son is 13, Year 9 at Kesterfield. He's been called names about his skin and his religion since September, his PE kit was thrown in the toilet twice. The only person who has actually listened is Ms Warsame, his head of year - she rang me at 7pm on a Friday, that's how much she cares. But the deputy who does behaviour, Olly as the kids call him, keeps saying 'we're investigating' and nothing happens. I've had enough.",
            ),
            (
                "Tulip_and_Tea",
                "I'm so sorry. Keep a diary of every incident with dates. Then put a formal complaint in writing citing the school's anti-bullying policy. If nothing, escalate to the trust and then the DfE.",
            ),
            (
                "SomaliMumLeics",
                "Thank you. I'll do the diary. The head of year is lovely, it's the senior team that are useless.",
            ),
            (
                "Noodle_Nana",
                "Racist bullying is also something you can report to the police as a hate incident if the school won't act.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("hwarsame", "title_surname", "neutral"),
    E("gollerenshaw", "nickname", "negative"),
)

add(
    "forum",
    forum(
        "reddit",
        "r/Leicester",
        "Kesterfield principal banning religious clothing at prom??",
        [
            (
                "u/notmyprom",
                "Apparently the head at Kesterfield has said no 'religious or cultural dress' at the Y11 prom, so no saris, no lehengas, no abayas. Suits and dresses only. Parents furious.",
            ),
            (
                "u/rmead_resident",
                "Source? That sounds made up. Every prom pic I've seen from there is full of lehengas.",
            ),
            ("u/notmyprom", "Letter went out yesterday. Lakhani signed it."),
            (
                "u/angrybelgravian",
                "Lakhani needs dragging out of that office by her hair. Someone should wait for her in the car park on Friday and show her what the community thinks. I'll bring the eggs and a bit more.",
            ),
            (
                "u/rmead_resident",
                "Found the letter. It says no FANCY DRESS costumes because of last year's inflatable dinosaurs. Nothing about religious clothing. Please read before spreading this stuff, and the comment above is genuinely threatening - reported.",
            ),
        ],
        points=64,
    ),
    E("mlakhani", "surname_only", "threat"),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "The Student Forum",
        "Sixth form and college choices",
        "Staying at Kesterfield for sixth form vs going to Wyggeston/Regent?",
        [
            (
                "aspiring_dev_07",
                "Y11 at Kesterfield, predicted mostly 7s and 8s. Want to do Maths, Further Maths, Computer Science. Is it worth moving to a college for sixth form?",
            ),
            (
                "kca_y13_leaver",
                "I stayed (it's still Gorsebrook High to my dad lol). Mr Solanki's A-level computing is elite, he knows his stuff and he actually answers emails at weekends. Further Maths class was only 6 of us so basically private tuition. Got into Warwick.",
            ),
            (
                "regent_rach",
                "Colleges are great if you want independence and a bigger range of subjects. But if your school sixth form is strong in your subjects, staying is less hassle.",
            ),
            ("aspiring_dev_07", "Thanks, leaning towards staying."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("nsolanki", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "ParentTalk",
        "Safeguarding concerns",
        "Should I report something I heard about a PE teacher?",
        [
            (
                "AnxiousMum2009",
                "My daughter goes to Kesterfield Academy in Rushey Mead. Several girls in Y10 are saying one of the male PE teachers comes into the girls' changing room without knocking and makes comments about their bodies, and that he's added some of them on Snapchat. I don't know his name and I don't want to start a witch hunt. But it doesn't feel right.",
            ),
            (
                "BlueCardigan",
                "You're not starting a witch hunt by reporting a concern. Phone the school's DSL and, if you're not happy, the LADO at the council. That's their job.",
            ),
            (
                "FormerTeacher_Jo",
                "As a former teacher: a member of staff adding pupils on Snapchat is a serious breach on its own. Please report it.",
            ),
            ("AnxiousMum2009", "OK. I'll ring tomorrow."),
        ],
    ),
    E("school", "short_name", "sexual", True),
)

add(
    "forum",
    forum(
        "reddit",
        "r/Leicester",
        "Where does the money go? Kesterfield sports kit 'fund'",
        [
            (
                "u/cricket_mum_rm",
                "Every year we pay £45 for the 'sports kit fund' at Kesterfield and the kids get the same tatty bibs. Coach Sandhu collects it in cash. My husband says he's seen him flogging brand-new team shirts on eBay. Honestly think he pockets the lot and the school turns a blind eye because he wins trophies.",
            ),
            (
                "u/goalkeeper_gran",
                "That's a big accusation. Have you asked the finance office for a breakdown?",
            ),
            ("u/cricket_mum_rm", "Asked twice. Nothing. Draw your own conclusions."),
            (
                "u/leicester_ref",
                "Could just be old stock being sold off. Don't post stuff like that about a named teacher unless you're sure.",
            ),
        ],
        points=9,
    ),
    E("jsandhu", "title_surname", "defamation"),
    E("school", "short_name", "defamation"),
)

# =========================================================================== WHATSAPP (social)

add(
    "social",
    whatsapp(
        "KCA Y11 Parents 2024-25 🎓",
        [
            (
                "21/02, 22:14",
                "+44 7700 900654",
                "*PLEASE READ AND SHARE* 🙏🙏\nKCA maths na Patel sir private tuition chalave che at his house, £30 per hour. Je bachha tuition ma jay che ene exam paper pehla j mali jay che!! My cousin's son went and got A* without studying 😡 School ne khabar che but they are COVERING IT UP because results look good for Ofsted. Aa corruption che. Share with all parents 🙏",
            ),
            (
                "21/02, 22:20",
                "Bhavna Y11",
                "Is this true?? My son goes to Saturday club, it's free, nobody pays anything",
            ),
            ("21/02, 22:21", "+44 7700 900654", "Free for show only. Ask around"),
            (
                "21/02, 22:31",
                "Admin - Nilesh",
                "Please don't forward things you can't prove about named teachers. This group is for homework and trips only 🙏",
            ),
        ],
        forwarded=True,
    ),
    E("rpatel", "title_surname", "defamation"),
    E("school", "alias", "defamation"),
)

add(
    "social",
    whatsapp(
        "Rushey Mead Mums ❤️",
        [
            (
                "03/10, 08:02",
                "Fowsia",
                "Salaam sisters, does anyone know if Y9 parents evening is tonight or next week?",
            ),
            (
                "03/10, 08:05",
                "+44 7700 900212",
                "Ask your Somali Aunty Hodan at Kesterfield lol. These Somalis come here on the boats, get jobs in our schools and look after only their own. Bloody Somali savages breeding like rats, she should be sent back to Mogadishu with the rest of them",
            ),
            ("03/10, 08:06", "Fowsia", "What is wrong with you? Admin please remove this person"),
            (
                "03/10, 08:09",
                "Admin - Rekha",
                "Removed. Racism is not tolerated here. Parents evening is NEXT Thursday.",
            ),
        ],
    ),
    E("hwarsame", "nickname", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    whatsapp(
        "Belgrave Neighbourhood Watch",
        [
            (
                "12/01, 15:47",
                "Suresh (street rep)",
                "⚠️⚠️ WARNING - white van, no number plate, man asking children their names outside Kesterfield gates on Gorsebrook Lane at home time. Police informed. Please collect your children or make sure they walk in groups. ⚠️⚠️",
            ),
            ("12/01, 16:10", "Margaret", "Thanks Suresh. The school has sent a text out as well."),
            (
                "12/01, 18:30",
                "Suresh (street rep)",
                "UPDATE: police have spoken to the man, he was a council surveyor counting pedestrians for the crossing survey. No further action. Sorry for worry 🙏",
            ),
        ],
        forwarded=True,
    ),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    whatsapp(
        "Justice for Kesterfield Kids",
        [
            (
                "09/06, 23:02",
                "+44 7700 900733",
                "Since the school won't answer emails, here are the home addresses of the people responsible so parents can write to them directly and politely ✍️\n\n1. Dr Meera Lakhani (principal) - 8 Ashfield Rise, Thurmaston, LE4 8ZR\n2. Tariq Khan (RE) - Flat 3, 22 Cedarwood Terrace, Highfields, LE2 0ZU, mob 07700 900458\n3. Sharon Tebbutt (attendance, the one who fines everyone) - 07700 900284, lives on Holmfield Avenue LE3\n\nShare with the Kesterfield parents groups",
            ),
            ("09/06, 23:10", "Imran K", "Bro this is dodgy, you can get in trouble for this"),
            ("09/06, 23:11", "+44 7700 900733", "It's all public"),
        ],
        forwarded=True,
    ),
    E("mlakhani", "exact", "doxxing"),
    E("tkhan", "exact", "doxxing"),
    E("stebbutt", "exact", "doxxing"),
    E("school", "short_name", "neutral"),
)

# decoy: mandir message, Kesterfield Road
add(
    "social",
    whatsapp(
        "Shree Kesterfield Road Mandir Seva 🙏",
        [
            (
                "29/10, 07:30",
                "Mandir Office",
                "Jai Shree Krishna 🙏 Diwali programme at Shree Kesterfield Road Mandir:\n\n🪔 Dhanteras - Tues 6pm Lakshmi pujan\n🪔 Diwali - Thurs 7pm Chopda pujan (bring your own chopda, register at office)\n🪔 Nutan Varsh - Fri 7am Annakut darshan, 1,100 dishes\n\nParking very limited, please use Kesterfield Cash & Carry car park (thanks to Rajeshbhai Patel). Volunteers needed for annakut prasad distribution. Contact Kantibhai.",
            ),
            ("29/10, 07:41", "Jaya Masi", "Jai Shree Krishna 🙏🙏 I will make mohanthal"),
        ],
        forwarded=True,
    ),
)

add(
    "social",
    whatsapp(
        "8K Parents (Kesterfield) 📚",
        [
            (
                "14/11, 20:11",
                "Kiran",
                "Is anyone else's child getting 2 hours of English homework a night?? Mrs Ashby has set a full essay on Macbeth for Y8 due Friday, they haven't even finished reading it",
            ),
            (
                "14/11, 20:13",
                "Sukhwinder",
                "Same!! And she marks it with one word 'develop'. Develop WHAT",
            ),
            (
                "14/11, 20:15",
                "Agnieszka",
                "My daughter cried last night. It's too much for 12 years old",
            ),
            (
                "14/11, 20:18",
                "Kiran",
                "I'll email. Honestly English has been bad since she took over",
            ),
            ("14/11, 20:19", "Sukhwinder", "👍 cc me pls"),
        ],
    ),
    E("fashbywhitlock", "hyphenated", "negative"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    whatsapp(
        "Leicester Patriots 🇬🇧",
        [
            (
                "17/03, 21:55",
                "Daz",
                "That Polish science teacher at Kesterfield, Wroblewski or whatever, reported my lad to the police over a vape. Bloody Polacks come here, take our jobs, then grass on English kids.",
            ),
            (
                "17/03, 21:58",
                "Kev M",
                "Someone needs to sort him out proper. He drives a silver Skoda, parks on Gorsebrook Lane. We know where he lives too 👀 bit of petrol through the letterbox and he'll get the message",
            ),
            ("17/03, 22:01", "Daz", "😂😂 say less"),
        ],
    ),
    E("pwroblewski", "surname_only", "threat"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    whatsapp(
        "Patidar Samaj Leicester - Ladies 🌸",
        [
            (
                "05/12, 11:20",
                "+44 7700 900190",
                "Sharing what I heard 🙊 Kesterfield ni principal Meera Lakhani (aapdi Meera ben) e Diwali event na £8,000 potana navi Mercedes ma vapri nakhya!! Parents e samosa banavya, bachha e tickets vechya, ane paisa aena car ma 🚗💸 Trust ne koi puchhtu nathi. Shame shame.",
            ),
            ("05/12, 11:24", "Hema", "Arre baap re. Is this confirmed?"),
            ("05/12, 11:25", "+44 7700 900190", "Everyone is saying it"),
            (
                "05/12, 11:40",
                "Dipti",
                "The money went to the children's hospital, it was in the Asian Express. Please don't spread this ben.",
            ),
        ],
    ),
    E("mlakhani", "exact", "defamation"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    whatsapp(
        "Masjid Parents Circle",
        [
            (
                "22/01, 19:03",
                "+44 7700 900825",
                "*URGENT FORWARD - PROTECT OUR CHILDREN*\nBrothers and sisters, the Arabic teacher at Kesterfield they call Ustadh Tariq has been keeping boys behind after Arabic club and messaging them late at night on Instagram. One 13yo boy's mother found messages asking him to send pictures. The school knows and is doing NOTHING. Keep your sons away from him.",
            ),
            ("22/01, 19:15", "Abdullahi", "Astaghfirullah. Has anyone reported this to police?"),
            (
                "22/01, 19:17",
                "Hafsa",
                "This is a very serious accusation against a named brother. If true, police and the school DSL must be told today. If not true, whoever started it will answer for it.",
            ),
        ],
        forwarded=True,
    ),
    E("tkhan", "nickname", "sexual", True),
    E("school", "short_name", "sexual", True),
)

add(
    "social",
    whatsapp(
        "7R Parents",
        [
            (
                "08/03, 13:40",
                "Rupa",
                "Riya came home so happy today, Masi at lunch gave her extra rotli because she forgot her card 😊 Kesterfield dinner ladies are the best",
            ),
            ("08/03, 13:42", "Nasra", "Masi is an angel. She knows every child's name"),
            ("08/03, 13:45", "Rupa", "Need to top up the card now 😅"),
        ],
    ),
    E("kparmar", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    whatsapp(
        "Highfields Somali Parents",
        [
            (
                "19/09, 06:45",
                "+44 7700 900566",
                "*Forwarded* SCHOOLS CLOSED TODAY: Kesterfield, Soar Valley and Rushey Mead area schools closed due to trouble in Belgrave last night. Keep children at home!!!",
            ),
            (
                "19/09, 07:02",
                "Ifrah",
                "This is FAKE. Kesterfield sent a text at 6.30 saying open as normal. Please check the school website before forwarding.",
            ),
            ("19/09, 07:05", "+44 7700 900566", "Sorry sorry, deleted"),
        ],
        forwarded=True,
    ),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    whatsapp(
        "Y10 KCA gossip 🤫",
        [
            (
                "02/05, 21:12",
                "+44 7700 900617",
                "Tea ☕ Nikhil bhai and Miss Ashby from English were seen coming out of the Premier Inn on Sunday morning 👀👀 She's married btw",
            ),
            ("02/05, 21:13", "+44 7700 900618", "NO WAYYY 💀"),
            (
                "02/05, 21:15",
                "+44 7700 900617",
                "Apparently they've been shagging since the Y9 Paris trip. Whole of KCA staffroom knows",
            ),
            ("02/05, 21:16", "+44 7700 900619", "this is why she gives him the good sets"),
        ],
    ),
    E("nsolanki", "nickname", "sexual"),
    E("fashbywhitlock", "hyphenated", "sexual"),
    E("school", "alias", "neutral"),
)

# =========================================================================== TIKTOK / INSTAGRAM (social)

add(
    "social",
    social(
        "TikTok",
        "@bollywood.baddie.25",
        "prom night 🪩✨ class of 25 we OUTTT #KesterfieldAcademy #prom2025 #leicester #desiprom",
        [
            ("simmy.k", "the lehengas ate 😍😍"),
            ("arjun_d07", "mr sandhu doing bhangra on the table 💀💀 absolute legend"),
            ("zaynabb_x", "crying i'm gonna miss this place fr"),
            ("user8827163", "the DJ was mid ngl"),
            ("rav.gill", "sandhu sir got MOVES 🕺🔥"),
        ],
        likes="18.3K",
    ),
    E("school", "hashtag", "neutral"),
    E("jsandhu", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@kca.roastz",
        "rating teachers at my school pt 3 💀 (kca edition)",
        [
            ("lil.wavey.le4", "0ll3r3nsh4w got the forehead of a satellite dish 😭📡"),
            ("deadass_dev", "bro stands at the gate like a bald prison guard, fat useless c*nt"),
            ("muskaan.xo", "y'all are so mean 😭 he let me off a detention once"),
            ("lil.wavey.le4", "@muskaan.xo once in 5 years 💀"),
        ],
        likes="4,519",
    ),
    E("gollerenshaw", "leetspeak", "abuse"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@kesterfield.confessions",
        "Confession #214 (Y10, kesterfield): 'P4tel s1r marked my test wrong AGAIN' 😂 submit yours via link in bio",
        [
            (
                "gujju.bandit",
                "P4tel s1r is a cow piss drinking pajeet, go back to your cow shed 🐄🐄",
            ),
            ("harleen.s", "wtf is wrong with you, that's literally racist"),
            ("ayaan.m_", "deleting ur account rn would be smart"),
            ("kesterfield.confessions", "comment removed? how do we delete 😭"),
        ],
        likes="612",
    ),
    E("rpatel", "leetspeak", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@le4.drama",
        "when the principal says 'this is a reflection of all of us' for the 50th time 🙄 #k3sterf1eld",
        [
            ("tasneem__", "L4kh4ni really thinks she's the prime minister 😂"),
            (
                "j4s.s1ngh",
                "she's a stuck up snob who cares about ofsted more than students. dumb cow",
            ),
            ("lil.pav", "Lowkey she gave us a non uniform day tho"),
        ],
        likes="2,301",
    ),
    E("mlakhani", "leetspeak", "abuse"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@k3sterf1eld_leaks",
        "K3sterf1eld be like: £5 for a cookie, broken toilets, no heating in G block 🥶 and they want 100% attendance",
        [
            ("nxbz.le", "the toilets are a biohazard no lie"),
            ("rohan.v", "G block is arctic bro"),
            ("y11.sufferer", "and the canteen queue is 40 mins"),
        ],
        likes="980",
    ),
    E("school", "leetspeak", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@phone.confiscated.again",
        "pov: s4ndhu takes your phone in pe for the 3rd time this week 😤",
        [
            (
                "bilal.k07",
                "if s4ndhu touches my phone again im jumping him after school fr 🔪🔪 on my mum",
            ),
            ("ravneet.kaur", "bro chill 💀"),
            ("bilal.k07", "im deadass, wait till he walks to his car on gorsebrook lane"),
        ],
        likes="311",
    ),
    E("jsandhu", "leetspeak", "threat"),
)

add(
    "social",
    social(
        "Instagram",
        "@rushey.mead.tea",
        "Some parents are FUMING about the new uniform rules at a certain Belgrave school 👀 thoughts?",
        [
            (
                "pinky_p_79",
                "L"
                + CYR_A
                + "khani and her blazers. £62 for a blazer with a logo, meanwhile kids can't get a textbook. Clueless woman",
            ),
            ("abdi.mo", "Mine grew out of 2 this year, ridiculous"),
            ("rushey.mead.tea", "Tag someone who needs to see this"),
        ],
        likes="227",
    ),
    E("mlakhani", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "@nobodyasked.le",
        "my vp when he sees one (1) earring 😡",
        [
            (
                "kay.z.le4",
                "Oll"
                + CYR_E
                + "r"
                + CYR_E
                + "nshaw is a dead man walking, he excluded my bro for nothing. I'm waiting outside his house with the mandem this weekend",
            ),
            ("sana_banana", "delete this rn"),
            ("kay.z.le4", "nah he deserves it"),
        ],
        likes="156",
    ),
    E("gollerenshaw", "homoglyph", "threat"),
)

add(
    "social",
    social(
        "Instagram",
        "@leicester.school.reviews",
        "Rate your school out of 10, we'll start: K" + CYR_E + "sterfield in Rushey Mead 👇",
        [
            ("devesh.m", "3/10 food is cold and the wifi never works"),
            ("hodan_aa", "2/10 they don't listen to students at all"),
            ("manny.s", "4 cos of the field"),
            ("mila.k", "5 the sixth form is ok"),
        ],
        likes="1,044",
    ),
    E("school", "homoglyph", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@science.with.sir",
        "When sir says the practical is 'just a little bang' 💥 #science #kesterfield",
        [
            (
                "jatt.life99",
                "Wr"
                + CYR_O
                + "blewski another Polack who should go back to Poland and stop taking English jobs, dirty immigrant",
            ),
            ("ella.mae.k", "?? he's literally the best science teacher"),
            ("yusra.ahmed_", "report this person everyone"),
        ],
        likes="3,877",
    ),
    E("pwroblewski", "homoglyph", "hate"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@attendance.hater",
        "when you're off ONE day with a fever and get a phone call, a letter and a home visit 🤒",
        [
            (
                "amaan.02",
                "T" + CYR_E + "bbutt is a miserable old hag fr, she lives for fining people",
            ),
            ("prisha.p", "she rang my mum while i was in A&E 💀"),
            ("amaan.02", "kesterfield attendance team built different"),
        ],
        likes="5,602",
    ),
    E("stebbutt", "homoglyph", "abuse"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@deputy.head.spotted",
        "O l l e r e n s h a w spotted at tesco buying 6 meal deals 😂",
        [
            ("ibz.le", "bro needs 6 lmaooo"),
            ("gurleen.k", "leave the man alone he has to eat 😭"),
            ("ibz.le", "he gave me detention for a meal deal last week"),
        ],
        likes="1,278",
    ),
    E("gollerenshaw", "spacing", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@le4.memes",
        "K e s t e r f i e l d students when the fire alarm goes off during a mock 🙏🔥",
        [
            ("shreya_v", "literally thanked god"),
            ("hamza.z1", "it was a student who set it off btw"),
            ("le4.memes", "🤫"),
        ],
        likes="2,210",
    ),
    E("school", "spacing", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@codingwithkids_le",
        "our computing teacher S o l a n k i built a whole game in 10 mins during lunch at kesterfield 😳💻",
        [
            ("tayyib.dev", "goat teacher fr"),
            ("ruhi.p", "he's the reason i'm doing CS at uni"),
            ("ajay.s07", "bro coded faster than i can type my name"),
        ],
        likes="9,845",
    ),
    E("nsolanki", "spacing", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@rmead.rants",
        "kesterfield attendance lady T e b b u t t calling my mum AGAIN at 8:05am 😤 I was literally at the dentist",
        [
            ("mohamed_a", "she's useless fr, can't even read a dentist letter"),
            ("deeya.s", "same thing happened to me lol"),
        ],
        likes="743",
    ),
    E("stebbutt", "spacing", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "@kesterfield.confessions",
        "Confession #301: Kh*n the Arabic teacher at kesterfield gave me a merit for trying 🥹 he's so patient",
        [
            ("amina.x", "Ustadh is the sweetest"),
            ("kesterfield.confessions", "wholesome confession of the week 🫶"),
        ],
        likes="402",
    ),
    E("tkhan", "obfuscated", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@truth.about.k.c.a",
        "L*khani banned phones but her SLT are on theirs all day 🙄 hypocrite #kca",
        [
            ("sahil.02", "facts"),
            ("maryam.b", "she's the worst principal in leicester honestly"),
        ],
        likes="521",
    ),
    E("mlakhani", "obfuscated", "negative"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@belgrave.hearsay",
        "Apparently a certain maths teacher at Kesterfield, P*tel, has been selling the mock papers to his tuition kids 💰 and SLT know. DM for receipts",
        [
            ("nik.dhanani", "bro has receipts apparently"),
            ("fatima_", "that's a massive claim without proof"),
        ],
        likes="1,991",
    ),
    E("rpatel", "obfuscated", "defamation"),
    E("school", "short_name", "defamation"),
)

add(
    "social",
    social(
        "TikTok",
        "@lab.rat.le4",
        "Wr*blewski turns up to period 1 stinking of vodka every monday, kesterfield science dept is a joke 🍾",
        [
            ("adam.k", "lmaooo he does smell like a brewery"),
            ("sumaiya.h", "this is a lie he doesn't even drink"),
            ("lab.rat.le4", "he was literally drunk at parents evening"),
        ],
        likes="1,113",
    ),
    E("pwroblewski", "obfuscated", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "@kesterfieldacademy",
        "Huge congratulations to our Year 13 leavers 🎓 98% of students secured their first or second choice of university or apprenticeship. We are so proud of you! #KesterfieldAcademy #ResultsDay #Leicester",
        [
            ("proud.amma", "Mashallah so proud 🤲"),
            ("vijay_k", "Well done to all the teachers too 👏"),
            ("dev.2007", "thank you Mr Solanki 🙏"),
        ],
        likes="876",
    ),
    E("school", "handle", "neutral"),
    E("nsolanki", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@coach_sandhu",
        "Year 7 fitness test, week 1 vs week 12 💪 so proud of these guys! #schoolsport #PE #KesterfieldAcademy",
        [
            ("parm.j", "Jas paaji you're the best PE teacher in Leicester"),
            ("manpreet", "my son loves your lessons sir!"),
        ],
        likes="2,450",
    ),
    E("jsandhu", "handle", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@g.ollerenshaw",
        "Another cracking Duke of Edinburgh expedition in the Peaks with our Year 10s ⛰️ Well done all, no blisters (well, a few).",
        [
            ("hike.leics", "Brilliant photos!"),
            ("dofe.leics", "What a weekend 🙌"),
        ],
        likes="88",
    ),
    E("gollerenshaw", "handle", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@solanki.codes",
        "Day 47 of teaching Year 9 Python at Kesterfield 🐍 today: why your variable is called 'x' and why that's a crime",
        [
            ("devbytes", "this is so useful thanks sir"),
            ("coder.mum", "my daughter loves these"),
            ("joe.l", "crime is real"),
        ],
        likes="31.2K",
    ),
    E("nsolanki", "alias", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@solanki.codes",
        "Story repost: 'Sir what's your real number' 😂 nice try Year 11",
        [
            (
                "kca_bad_boyz",
                "everyone at kesterfield has it now 😂 his personal is 07700 900391 and his gmail is nikhil.solanki.88@gmail.example, spam him 😂 he lives above the Chinese on Loughborough Road LE4 6ZW",
            ),
            ("sneha.p", "delete this you weirdo"),
            ("kca_bad_boyz", "nah"),
        ],
        likes="1,006",
    ),
    E("nsolanki", "alias", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@y11.leavers.le4",
        "last day at kesterfield 😭 teachers we'll actually miss: #PatelSir #CoachSandhu #UstadhTariq",
        [
            ("heer.m", "patel sir made me actually like maths ngl"),
            ("ahmed.j", "ustadh tariq's quran club was peace fr"),
            ("rajvir.s", "the pe dept carried"),
        ],
        likes="6,720",
    ),
    E("school", "short_name", "neutral"),
    E("rpatel", "title_surname", "neutral"),
    E("jsandhu", "hashtag", "neutral"),
    E("tkhan", "nickname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@parents.against.slt",
        "Our children deserve better. Sign the petition 👇 #LakhaniOut #SaveOurSchool #Belgrave",
        [
            ("mum.of.4.le", "Signed. Worst leadership this school has ever had"),
            ("k.desai", "Weren't they outstanding under the old head? Such a fall"),
            ("imran.c", "signed 🖊️"),
        ],
        likes="1,530",
    ),
    E("mlakhani", "hashtag", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "@leics.teachers.union",
        "Solidarity with colleagues facing online abuse. No teacher should have to read what has been said about GarethOllerenshaw this month. #StandWithTeachers #Ollerenshaw",
        [
            ("neu.member.le", "Solidarity 💪"),
            ("mr.h.history", "Disgraceful what's been posted. Stay strong Gareth"),
        ],
        likes="245",
    ),
    E("gollerenshaw", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@kca.lore",
        "the lore of KesterfieldAcademy part 7: the great pigeon invasion of 2023 🐦",
        [
            ("harsh.p", "THE PIGEON IN THE LIBRARY 😭😭"),
            ("ubah.h", "mr ollerenshaw chasing it with a broom is core memory"),
            ("kca.lore", "part 8 tomorrow: the year 9 fire drill"),
        ],
        likes="22.8K",
    ),
    E("school", "camelcase", "neutral"),
    E("gollerenshaw", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@thelocal.le4",
        "Congratulations to MeeraLakhani of Kesterfield Community Academy, named on the Asian Achievers Awards shortlist for services to education 🏆",
        [
            ("ravi.s", "So well deserved!"),
            ("bina.t", "Proud of our Belgrave girl 👏"),
        ],
        likes="512",
    ),
    E("mlakhani", "camelcase", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@ustadh.fan.account",
        "Tag a teacher who made you love a subject 💚 Mine: TariqKhan (Arabic + RE at kesterfield)",
        [
            ("aaliyah.s", "he made RE actually interesting"),
            ("ruqayyah", "ustadh's quiz prizes were elite"),
        ],
        likes="1,201",
    ),
    E("tkhan", "camelcase", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@tiredparent.le",
        "Kesterfeild send letters home on a Friday at 4pm about things happening on Monday 🙃 every single time",
        [
            ("sonal_m", "ParentMail at 9pm is my favourite genre"),
            ("habiba.o", "and then they're annoyed when nobody turns up"),
        ],
        likes="433",
    ),
    E("school", "typo", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@detention.diaries",
        "Mr Ollerenshw gave the whole of Y10 a detention because ONE person threw a bottle 😤 collective punishment is illegal btw",
        [
            ("sam.t", "it's not illegal lol"),
            ("karan.g", "it should be"),
            ("detention.diaries", "still unfair tho"),
        ],
        likes="887",
    ),
    E("gollerenshaw", "typo", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "@belgrave.grapevine",
        "Mrs Lakhanni from Kesterfield on local radio today talking about knife crime awareness 📻 worth a listen",
        [
            ("suman.p", "She spoke really well"),
            ("omar.f", "link?"),
        ],
        likes="199",
    ),
    E("mlakhani", "typo", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@periodic.tabloid",
        "Mr Wroblewsky setting the bunsen burner record at kesterfield science week 🔥🔥 #scienceweek",
        [
            ("mahi.k", "that flame was TALL"),
            ("leo.w", "fire safety who"),
        ],
        likes="3,008",
    ),
    E("pwroblewski", "typo", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@englishdept.crush",
        "Mrs Whitlock in that red dress at parents evening 🥵🔥 kesterfield english is worth going to now",
        [
            (
                "y12.boyz",
                "I'd let her mark my coursework any day 😏 she's definitely a freak in bed",
            ),
            ("jazz.v", "bro she's like 45 and your teacher, weird"),
            ("y12.boyz", "MILF energy 🥵"),
        ],
        likes="64",
    ),
    E("fashbywhitlock", "hyphenated", "sexual"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@le4.nobody",
        "pov: PE at kesterfield on a cold day 🥶",
        [
            (
                "kiran.kaur.x",
                "no offence but is it just me or does the head of PE stare at the girls in netball skirts way too long?? and he follows year 9s on insta 😬",
            ),
            ("manvir", "omg it's not just you"),
            ("roshni.b", "this needs reporting to someone not tiktok"),
        ],
        likes="702",
    ),
    E("school", "short_name", "sexual", True),
)

add(
    "social",
    social(
        "Instagram",
        "@desi.drip.le",
        "Sports day at kesterfield 🏃🏽‍♂️",
        [
            (
                "white.pride.lei",
                "look at Sandhu the raghead strutting about like he owns the place 🤮 turban wearing freak",
            ),
            ("guri.s", "say that to his face, coward"),
            ("desi.drip.le", "blocked and reported"),
        ],
        likes="390",
    ),
    E("jsandhu", "surname_only", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@dinner.hall.cam",
        "the lunch queue at kesterfield is a war zone 😂",
        [
            (
                "hassan.r",
                "kokila masi is a fat miserable old hag, always screaming at us in gujarati",
            ),
            ("janvi.p", "she's literally the nicest person in the building wtf"),
            ("hassan.r", "she's a witch lol"),
        ],
        likes="1,877",
    ),
    E("kparmar", "alias", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@cheapdinners.le",
        "shoutout to masi at kesterfield for the extra chips 🙏",
        [
            (
                "vk.le4",
                "masi's house number is 01632 960182 btw, she lives at 11 Bramcote Way LE4 7ZN, ring her and ask for extra chips 😂",
            ),
            ("farhan", "bro why would u post that"),
        ],
        likes="512",
    ),
    E("kparmar", "nickname", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@y9.truths",
        "head of year 9 at kesterfield when you forget your tie 😒",
        [
            (
                "dhanu.x",
                "Warsame is a dirty Somali pirate, go back to your famine. If she reports my brother again I'll smash her car and her face",
            ),
            ("halima.n", "report this account everyone"),
            ("y9.truths", "I didn't say any of this, deleting"),
        ],
        likes="298",
    ),
    E("hwarsame", "surname_only", "threat"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@gcse.english.hater",
        "when Ashby-Whitlock (kesterfield english) gives you a 4 on your mock after you wrote 6 pages 😡",
        [
            ("nish.k", "she better watch her back at prom, my cousin knows where she parks 🔪"),
            ("aleena.s", "bro it's a mock calm down"),
            ("gcse.english.hater", "nah he's joking"),
        ],
        likes="175",
    ),
    E("fashbywhitlock", "surname_only", "threat"),
    E("school", "short_name", "neutral"),
)

# =========================================================================== REVIEWS

add(
    "review",
    reviews(
        "Kesterfield Community Academy",
        "Secondary school · Gorsebrook Lane, Rushey Mead, Leicester · 01632 960412",
        "3.1",
        [
            (
                "Harshad Modi",
                5,
                "2 weeks ago",
                "Mr Patel in the maths department is a bloody brilliant teacher. Both my daughters got 9s. Thank you sir!",
            ),
            (
                "Layla A",
                1,
                "a month ago",
                "SEN provision is a joke. My son's EHCP is ignored and nobody returns calls. Avoid if your child has additional needs.",
            ),
            (
                "D. Nowak",
                1,
                "3 months ago",
                "Mrs Tebbutt the attendance officer fines families for every little thing and I am told she gets a bonus for every fine. Parents are being robbed to pay her.",
            ),
            (
                "Kamaljit Bains",
                2,
                "4 months ago",
                "Mrs Ashby-Whitlock, head of English, is a rude useless cow who should never have been allowed near children. Talked down to me like I was stupid.",
            ),
            (
                "Yusuf Omar",
                4,
                "5 months ago",
                "Good school overall, strict but fair. Sixth form is excellent.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("rpatel", "title_surname", "neutral"),
    E("stebbutt", "title_surname", "defamation"),
    E("fashbywhitlock", "title_surname", "abuse"),
)

add(
    "review",
    reviews(
        "Kesterfield Community Academy",
        "Secondary school · Leicester LE4",
        "3.1",
        [
            (
                "Anonymous parent",
                1,
                "1 week ago",
                "If my son gets excluded one more time I swear I will come down there and burn that school to the ground with the lot of them inside. You have been warned.",
            ),
            (
                "Sadia R",
                2,
                "2 weeks ago",
                "Lakhani's so-called open door policy is a myth. Tried for a month to get a meeting. Office staff friendly though.",
            ),
            (
                "Mark Jennings",
                5,
                "1 month ago",
                "My son was really struggling with anxiety in Year 7 and the pastoral team turned it around. Can't thank them enough.",
            ),
        ],
    ),
    E("school", "exact", "threat"),
    E("mlakhani", "possessive", "negative"),
)

add(
    "review",
    reviews(
        "Kesterfield Academy - Year 9 Office",
        "School office · Gorsebrook Lane, Leicester",
        "4.2",
        [
            (
                "Muna Farah",
                5,
                "3 days ago",
                "Hodan Warsame is the only person at this school who answers. The office never picks up, so here's her personal mobile that she gave me: 07700 900745. Call her directly, parents, she won't mind. She speaks Somali too.",
            ),
            ("Rahim Uddin", 4, "2 months ago", "Helpful staff, slow to reply to emails."),
        ],
    ),
    E("hwarsame", "exact", "doxxing"),
    E("school", "short_name", "neutral"),
)

# decoy: cash and carry reviews
add(
    "review",
    reviews(
        "Kesterfield Cash & Carry",
        "Wholesaler · Kesterfield Road, Evington, Leicester LE5",
        "4.4",
        [
            (
                "Ramesh Jethwa",
                5,
                "1 week ago",
                "Best prices in Leicester for rice and oil. Mr Patel the owner is always helpful.",
            ),
            (
                "Sally Bourne",
                2,
                "3 weeks ago",
                "Car park is a nightmare and the staff on the tills were rude. Rajesh Patel should sort his customer service out.",
            ),
            ("Ikram Ali", 4, "2 months ago", "Good range of halal and veg. Gets busy on weekends."),
            (
                "Chef Deepak",
                5,
                "4 months ago",
                "Rajeshbhai always keeps aside the good paneer for us. Been coming 20 years.",
            ),
        ],
    ),
)

# decoy: the temple
add(
    "review",
    reviews(
        "Shree Kesterfield Road Mandir",
        "Hindu temple · Kesterfield Road, Leicester LE5",
        "4.8",
        [
            (
                "Priti Lad",
                5,
                "2 weeks ago",
                "Beautiful annakut this year. Volunteers were so welcoming.",
            ),
            (
                "Tom H",
                5,
                "1 month ago",
                "Visited with my school group, the priest explained everything so kindly.",
            ),
            (
                "Anil Parmar",
                4,
                "3 months ago",
                "Lovely mandir but parking is very difficult on Kesterfield Road. Use the cash and carry.",
            ),
        ],
    ),
)

# decoy: the cricket club
add(
    "review",
    reviews(
        "Kesterfield Cricket Club",
        "Cricket club · Kesterfield Road Ground, Leicester",
        "4.5",
        [
            (
                "Gurpreet Sandhu",
                5,
                "1 month ago",
                "Friendly club, great juniors section. My son loves the Friday nets.",
            ),
            (
                "Neil Carter",
                4,
                "2 months ago",
                "Bar is decent, pitch is well kept. Tea ladies deserve a medal.",
            ),
            (
                "J Sandhu",
                5,
                "5 months ago",
                "Been playing here 22 years. Best club in Leicestershire.",
            ),
        ],
    ),
)

# decoy: the other school
add(
    "review",
    reviews(
        "Kesterfield Primary School",
        "Primary school · Storforth Lane, Chesterfield, Derbyshire",
        "4.6",
        [
            (
                "Claire Bingham",
                5,
                "2 weeks ago",
                "Lovely little school, Mrs Tebbutt will be missed so much.",
            ),
            ("Dean Wragg", 3, "2 months ago", "Fine but parking at pick-up is awful."),
        ],
    ),
)

add(
    "review",
    reviews(
        "Kesterfield Community Academy",
        "Secondary school · Rushey Mead",
        "3.1",
        [
            (
                "Nirmala Joshi",
                5,
                "1 week ago",
                "Kokila Masi and the lunch team are wonderful. My son with a nut allergy has never once had a problem.",
            ),
            (
                "Tomasz Lis",
                5,
                "3 weeks ago",
                "Piotr W. in the science department helped my daughter when she arrived from Poland with no English. Now she wants to be a doctor.",
            ),
            (
                "Baljit Johal",
                4,
                "1 month ago",
                "Sandhu's football club on Wednesdays is brilliant for the boys.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("kparmar", "alias", "neutral"),
    E("pwroblewski", "first_initial", "neutral"),
    E("jsandhu", "possessive", "neutral"),
)

add(
    "review",
    reviews(
        "Kesterfield Academy Sixth Form",
        "Sixth form · Gorsebrook Lane, Leicester",
        "3.6",
        [
            (
                "Arjun R",
                5,
                "1 month ago",
                "Khan's A-level RE classes were the best lessons I've ever had. Properly made us think.",
            ),
            (
                "Concerned local",
                1,
                "2 months ago",
                "The principal is a Hindutva pajeet who only cares about Gujarati kids. Lakhani and her curry-stinking cronies should be kicked out of this country.",
            ),
            ("Mariam Begum", 4, "3 months ago", "Good sixth form, small classes in some subjects."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("tkhan", "possessive", "neutral"),
    E("mlakhani", "surname_only", "hate"),
)

# decoy: a pharmacy on the same lane (locality only, no school or staff)
add(
    "review",
    reviews(
        "Gorsebrook Lane Pharmacy",
        "Pharmacy · Gorsebrook Lane, Rushey Mead, Leicester",
        "4.1",
        [
            (
                "Rashmi K",
                5,
                "1 week ago",
                "Very quick with prescriptions, pharmacist explains everything.",
            ),
            ("Gary Lowe", 2, "2 months ago", "Always out of stock of something. Closed at lunch."),
        ],
    ),
)

add(
    "review",
    reviews(
        "Kesterfield Academy Sports Centre (community lettings)",
        "Sports centre · Gorsebrook Lane, Leicester",
        "2.9",
        [
            (
                "Five-a-side Fred",
                2,
                "1 week ago",
                "Changing rooms filthy and showers cold. £60 an hour for this.",
            ),
            (
                "Ladies Badminton Group",
                3,
                "3 weeks ago",
                "Hall is fine but the school keeps cancelling our bookings with a day's notice.",
            ),
            ("Parm D", 1, "1 month ago", "Nobody answers the lettings phone."),
        ],
    ),
    E("school", "short_name", "negative"),
)

add(
    "review",
    reviews(
        "Kesterfield Community Academy",
        "Secondary school · Leicester",
        "3.1",
        [
            (
                "Stefan Kowal",
                1,
                "2 days ago",
                "Tebbutt's attendance team rang me six times while my son was in hospital. Zero empathy.",
            ),
            ("Amina H", 3, "1 week ago", "Average. Some great teachers, some very poor."),
        ],
    ),
    E("school", "exact", "negative"),
    E("stebbutt", "possessive", "negative"),
)

# =========================================================================== FACEBOOK

add(
    "facebook",
    facebook(
        "Kesterfield Community Academy",
        "Kesterfield Community Academy",
        "Friday at 16:02",
        "A message to our community. Over the past week, a small number of people have posted abusive and threatening comments about members of our staff on social media. Let us be absolutely clear: threatening Mr Ollerenshaw, or any member of our staff, is never OK. Our staff come to work to look after your children. We have passed screenshots to the police. If you have a concern about your child, please contact us on 01632 960412 or through the office and we will always listen. Thank you to the hundreds of families who have sent messages of support. - Dr M. Lakhani, Principal",
        [
            ("Nisha Mistry", "Well said. Some of the comments were vile."),
            ("Abdi Hassan", "Support our teachers 💯"),
            ("Karen Oakes", "Shame it has come to this."),
        ],
    ),
    E("school", "exact", "neutral"),
    E("gollerenshaw", "title_surname", "neutral"),
    E("mlakhani", "initial_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        "Belgrave & Rushey Mead Community Noticeboard",
        "Lee Gorman",
        "Yesterday at 21:47",
        "Got ANOTHER fine letter today for my daughter being off with tonsillitis. I'll be at Kesterfield gates tomorrow morning and that Tebbutt woman better hide because I'm going to put her through the window. Had enough.",
        [
            ("Sunita P", "Calm down Lee, this isn't the way."),
            ("Lee Gorman", "I mean it."),
            (
                "Admin - Belgrave Noticeboard",
                "Post turned off for comments. Lee, threats will be reported.",
            ),
        ],
    ),
    E("stebbutt", "surname_only", "threat"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Polacy w Leicester 🇵🇱",
        "Magda Kaczmarek",
        "12 marca o 19:10",
        "Chciałam podziękować Panu Piotrowi z Kesterfield! Mój syn przyjechał we wrześniu bez słowa po angielsku, a Pan Piotr zostawał po lekcjach i tłumaczył mu chemię po polsku. Dziś syn dostał 7 z próbnego egzaminu. Złoty człowiek 🙏",
        [
            ("Kasia Nowicka", "Potwierdzam, mój Kuba też go uwielbia"),
            ("Tomek B", "Super nauczyciel, szkoda że takich mało"),
        ],
    ),
    E("pwroblewski", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Polacy w Leicester 🇵🇱",
        "Ania R",
        "3 dni temu",
        "Szukam korepetycji z chemii dla córki (GCSE). Ktoś poleca?",
        [
            (
                "Mirek Zając",
                "Pan Wróblewski z Kesterfield robi korepetycje, dzwoń prywatnie: 07700 900532. Mieszka na Marwood Road 45, LE4 7ZD, możesz podjechać wieczorem",
            ),
            ("Ania R", "Dzięki!"),
            ("Ewa Z", "Mirek, nie podawaj prywatnego adresu nauczyciela publicznie..."),
        ],
    ),
    E("pwroblewski", "title_surname", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Leicester Somali Community Hub",
        "Hamdi Jama",
        "2 April at 10:15",
        "Eid Mubarak to all our families! Special thanks to Macallin Hodan at Kesterfield who organised the Eid food stalls and translated for so many of our mothers at parents' evening this year. Our children are lucky to have her.",
        [
            ("Sahra Ali", "Aunty Hodan is a blessing 🤲"),
            ("Mohamed Yusuf", "Eid Mubarak!"),
        ],
    ),
    E("hwarsame", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Leicester Says It As It Is",
        "Bazza Turner",
        "Monday at 08:12",
        "Went to parents evening at Kesterfield. Maths teacher Patel, yet another cow-worshipping pajeet who can barely speak English, told me my son was 'lazy'. These people run the whole of Belgrave now. Leicester isn't English anymore.",
        [
            ("Rita Chauhan", "Disgusting racist post. Reported."),
            ("Bazza Turner", "Truth hurts"),
            ("Jay Pattni", "Your son probably is lazy mate"),
        ],
    ),
    E("rpatel", "surname_only", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Rushey Mead Parents (Unofficial)",
        "Gemma Hart",
        "Tuesday at 19:33",
        "Mixed feelings about Kesterfield tonight. Mr Sandhu has been amazing with my son, got him into the football team and he's finally got friends. BUT Ollerenshaw is a jumped-up little Hitler, a power-mad prick who put my son in isolation for a whole day for a hoodie. Sort yourself out Gareth.",
        [
            ("Ravinder K", "Sandhu is the best thing about that school"),
            ("Gemma Hart", "Agreed"),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("jsandhu", "title_surname", "neutral"),
    E("gollerenshaw", "surname_only", "abuse"),
)

add(
    "facebook",
    facebook(
        "Belgrave & Rushey Mead Community Noticeboard",
        "Deepa Vaghela",
        "Thursday at 17:50",
        "Well done Kesterfield 👏👏 another GENIUS decision from Dr Lakhani: an INSET day the Monday after half term, announced on Thursday. Because obviously every working parent can just magic up childcare. Truly visionary leadership 🙄",
        [
            ("Sam Reid", "Same every year"),
            ("Heena P", "Breakfast club isn't even running. Brilliant."),
        ],
    ),
    E("mlakhani", "title_surname", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        "Leicester Gossip & Chat",
        "Anonymous member",
        "2 hours ago",
        "Everybody knows the Kesterfield principal Meera Lakhani has been sleeping with the chair of governors for years, that's how she got the job. Saw them snogging in his BMW in the staff car park. Her husband has no idea 😂",
        [
            ("Nina D", "Screenshots or it didn't happen"),
            ("Admin", "Anonymous posts naming people will be removed."),
        ],
    ),
    E("mlakhani", "exact", "sexual"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Leicester Herald",
        "Leicester Herald",
        "2 May",
        "Dad who threatened to 'wait at the gates with a blade' for school vice principal is jailed. Daniel Marsh sent 31 messages to Gareth Ollerenshaw of Kesterfield Community Academy. Read more: leicesterherald.example/news/crime",
        [
            ("Jo Simms", "Good. Teachers shouldn't have to put up with this."),
            (
                "Wayne P",
                "Ollerenshaw had it coming tbh, arrogant pig of a man, treats kids like dirt",
            ),
            ("Priya S", "@Wayne P nobody 'has it coming' for a knife threat."),
        ],
    ),
    E("gollerenshaw", "exact", "threat"),
    E("school", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        "Somali Parents Leicester",
        "Faisal Aden",
        "Sunday at 20:20",
        "Warning to parents. Hodan Warsame at Kesterfield takes money from certain families to move their children into top sets and to make exclusions disappear. Ask around, everybody knows she is corrupt. The school knows and protects her.",
        [
            ("Ayan M", "This is haram to say without proof brother"),
            ("Faisal Aden", "I have proof"),
        ],
    ),
    E("hwarsame", "exact", "defamation"),
    E("school", "short_name", "defamation"),
)

# decoy: a different Jaswinder Sandhu at the cricket club
add(
    "facebook",
    facebook(
        "Kesterfield Cricket Club",
        "Kesterfield Cricket Club",
        "Sunday at 18:04",
        "🏏 What a milestone! Huge congratulations to club legend Jaswinder Sandhu, 61, who took his 500th league wicket for the club yesterday against Anstey. Jaswinder joined us in 1987 after arriving from Jalandhar, and drove the number 14 bus for 35 years before retiring last spring. Drinks are on him at the bar (he doesn't know yet). 🍻",
        [
            ("Manjit Sandhu", "So proud of you Dad!"),
            ("Kesterfield CC Juniors", "Legend 🙌"),
        ],
    ),
)

# decoy: a different Tariq Khan (Leicester, but not our area or school)
add(
    "facebook",
    facebook(
        "Spinney Hills & Evington Community",
        "Nadeem Akhtar",
        "Wednesday at 14:45",
        "Inna lillahi wa inna ilayhi raji'un. Brother Tariq Khan of Evington, taxi driver for 30 years, passed away this morning. Janazah after Zuhr tomorrow at the Evington Road masjid. Please make dua for his family.",
        [
            (
                "Saleem",
                "Inna lillahi. He drove my mum to hospital every week for a year, never took a tip.",
            ),
            ("Rukhsana B", "May Allah grant him Jannah."),
        ],
    ),
)

add(
    "facebook",
    facebook(
        "Rushey Mead Parents (Unofficial)",
        "Pooja Lakhani",
        "Friday at 15:10",
        "After 27 years, today was Kokila Masi's last day at Kesterfield! 😭 Mrs Parmar has fed three generations of Rushey Mead kids (including me and now my two). The whole dining hall sang for her. Enjoy your retirement Masi, you deserve it ❤️",
        [
            ("Jasmin Mehta", "She used to save me the crispy bhajis 😭"),
            ("Hibaaq A", "Best dinner lady ever"),
        ],
    ),
    E("kparmar", "alias", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Rushey Mead Parents (Unofficial)",
        "Zahra Osman",
        "Monday at 07:55",
        "Letter from school (copied below in case anyone missed it):\n\n'Dear Parent/Carer, Year 9 options evening will be held on Thursday 6 February from 5.30pm in the main hall. Please bring your child. Interpreters in Gujarati, Punjabi, Somali, Polish and Urdu will be available. Yours sincerely, H. Warsame, Head of Year 9, Kesterfield Community Academy'",
        [("Chetna B", "Thank you!")],
    ),
    E("hwarsame", "initial_surname", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        "Leicester Tech Parents",
        "Imran Patel",
        "Saturday at 11:30",
        "Recommendation: Nikhil S, who teaches computing at Kesterfield, runs a free Saturday coding club at the Belgrave library for 11-16s. My daughter's been going for a term and built her own website. Highly recommend.",
        [("Sangeeta", "Thanks, will look into it"), ("Owen", "Age limit?")],
    ),
    E("nsolanki", "first_initial", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Birstall Village Community",
        "Helen Cartwright",
        "Sunday at 09:21",
        "Lost: black Labrador, answers to Bramble, last seen near Watermead Park. Huge thanks to Gareth O., the deputy head at Kesterfield, who gave up two hours of his evening to search the park with us. 🐕 Please share.",
        [
            ("Kev", "Shared. Hope she turns up"),
            ("Helen Cartwright", "UPDATE: FOUND! Thank you all ❤️"),
        ],
    ),
    E("gollerenshaw", "first_initial", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Belgrave Gujarati Samaj",
        "Samaj Committee",
        "Navratri update",
        "Garba ratri this Saturday at the Kesterfield sports hall, Gorsebrook Lane. Special thanks to Meera L, principal, for letting us use the hall free of charge for the third year. Passes £5, children free. Jai Mataji 🙏",
        [("Hansa", "Jai Mataji 🙏"), ("Vipul", "Parking?")],
    ),
    E("mlakhani", "first_initial", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Rushey Mead Parents (Unofficial)",
        "Tracey Blount",
        "Wednesday at 22:03",
        "Miss Whitlock (English, Kesterfield) is a nasty stuck-up bitch. Made my daughter cry in front of the whole class over a forgotten book. Someone needs to tell her she's a horrible excuse for a teacher.",
        [("Lisa", "Email the school Trace"), ("Tracey Blount", "Done that, no reply")],
    ),
    E("fashbywhitlock", "hyphenated", "abuse"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        "Leicester Parents Speak Out",
        "Anonymous member",
        "4 days ago",
        "Kesterfield's deputy Ollerenshaw grabbed a Year 8 boy by the throat in the corridor last term and pinned him against the lockers. The school paid the family off and made them sign an NDA. That's why he still has his job. COVER UP.",
        [("Marcus T", "Source?"), ("Anonymous member", "I know the family")],
    ),
    E("gollerenshaw", "surname_only", "defamation"),
    E("school", "short_name", "defamation"),
)

add(
    "facebook",
    facebook(
        "Rushey Mead Parents (Unofficial)",
        "Shabana Q",
        "Yesterday at 18:40",
        "Is it just me or does Mr Khan at Kesterfield set a ridiculous amount of RE homework? Three essays in a week for Y10. Other subjects are suffering.",
        [("Nilam", "My son says the same"), ("Yasmin", "He's a good teacher though, just keen!")],
    ),
    E("tkhan", "title_surname", "negative"),
    E("school", "short_name", "neutral"),
)

# =========================================================================== BLOGS AND NEWSLETTERS

add(
    "blog",
    blog(
        "Masjid-e-Noor Monthly Newsletter",
        "Rabi al-Awwal newsletter: Mawlid, madrasah term dates, and a word on unity",
        [
            "Assalamu alaykum wa rahmatullah. Welcome to this month's newsletter from the masjid committee.",
            "Madrasah term dates: evening madrasah restarts on Monday after the half-term break. Fees for the new term are due by the end of the month; please speak to Brother Yunus if you are struggling, as no child will be turned away.",
            "Mawlid programme: our Mawlid gathering will take place after Isha on Thursday. Sisters' section will be open. Food will be served by the youth committee.",
            "A word on unity. Many of you will have heard about the hateful graffiti that appeared on Gorsebrook Lane last month. We want to repeat what we said then with our brothers and sisters from the mandir and the gurdwara: there is no place for this in our city. Ustadh Tariq, who teaches Arabic at Kesterfield and leads our Thursday youth halaqah, has asked us to thank everyone for their duas and messages, and to remind the young people that the best answer to hatred is good character.",
            "Ramadan preparation classes: sisters' class on Saturdays at 11am, brothers' class on Sundays after Asr.",
            "Car parking: please do not park on the pavement on Gorsebrook Lane during Jumu'ah. Our neighbours have complained, and it reflects badly on us all. Use the school car park, which the academy kindly opens for us on Fridays.",
            "Donations: the roof appeal has reached £61,000 of its £90,000 target. JazakAllahu khayran.",
        ],
        author="Masjid committee",
        date="Issue 118",
    ),
    E("tkhan", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "blog",
    blog(
        "Shree Ram Mandir Belgrave - Seva Samachar",
        "Youth wing news: GCSE tuition, Diwali seva and a big thank you",
        [
            "Jai Shree Ram. It has been a busy term for our youth wing, with more than 70 young people attending our Sunday study sessions in the mandir hall.",
            "A big thank you to Patel sir from Kesterfield, who gives up two Sunday mornings a month to run free GCSE maths sessions. Several parents have told us their children's confidence has grown enormously.",
            "Our Diwali seva collection raised £3,400 for the food bank. Thanks to Rajeshbhai Patel of Kesterfield Cash & Carry for donating 200kg of rice and for lending us his van.",
            "Annakut volunteers: please register with Jayshreeben by next Sunday.",
            "Youth wing trip to Neasden Mandir: coach leaves 8am sharp from the mandir, Saturday 16th. £12 per person including lunch.",
        ],
        author="Youth Wing Committee",
        date="Kartik issue",
    ),
    E("rpatel", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "blog",
    blog(
        "Chalk Dust and Burnout",
        "Why I left: six years in a big Leicester academy",
        [
            "I have put off writing this for a year. Partly because I was angry, and partly because I did not want to hurt people I still care about. But enough people have asked me why I left teaching that I think it is time.",
            "I trained in Nottingham and took my first post at KCA in Rushey Mead because I wanted to teach in a school that looked like the city I grew up in. For the first three years I loved it. The kids were funny, sharp, kind. I ate more home-cooked food at Diwali and Eid than I had eaten in the rest of my life put together.",
            "What changed was the pressure. After a disappointing set of results, everything became about the numbers. Data drops every six weeks. Intervention lists. Seating plans colour-coded by pupil premium, SEN, EAL and 'borderline'. Every lesson observed, every book scrutinised.",
            "I am not going to pretend there was one villain. Most of the senior team were decent people trying to survive an accountability system that punishes schools like ours for serving the children they serve. But some things happened that I cannot accept.",
            "I watched coursework marks nudged up in the week before the moderation deadline, by people who had never seen the work. I watched Year 11s with poor attendance quietly disappear onto the rolls of alternative providers just before census day. When I raised it, I was told I did not understand 'the bigger picture'. The school was, in my view, fiddling its results and covering it up, and the trust knew.",
            "I also want to say what was good, because it matters. The English department I joined was one of the best I have ever seen, largely because of its head at the time, Fiona Ashby (as she was then, before she married), who protected her team from the worst of it and still found time to run the school's poetry slam. The maths department ran free Saturday classes that changed lives. The lunchtime staff knew every child's name.",
            "Teaching did not break me. The system did. I am now working in educational publishing, I sleep at night, and I miss the children every day.",
            "If you are a new teacher reading this: look after yourselves. Ask in interview how data is used. Talk to the union rep. And if something feels wrong, write it down.",
        ],
        author="by a former teacher",
        date="posted 11 July",
        tags="teaching, burnout, Leicester, accountability",
    ),
    E("school", "alias", "defamation"),
    E("fashbywhitlock", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "Our Autism Journey",
        "Transition to secondary: the good, the bad and the EHCP",
        [
            "Z started at Kesterfield in September. This is the post I promised about how it has gone.",
            "The bad first. The information we sent in during the summer (four pages about sensory needs, triggers and what helps) did not reach his teachers. In his first week he was given a detention for wearing ear defenders in assembly. The SEN department is badly understaffed and it took seven weeks to get a meeting.",
            "The good: his English teacher, Mrs Ashby, read everything we sent once we finally got it to her, rang us at home and rearranged his seat, his exit card and his reading group within a day. He now says English is his favourite subject, which I never thought I would read.",
            "The ugly: getting the EHCP reviewed. I'll write a separate post on the annual review process because it deserves one.",
        ],
        author="Zee's Mum",
        date="30 November",
        tags="autism, SEND, secondary transition",
    ),
    E("school", "short_name", "negative"),
    E("fashbywhitlock", "hyphenated", "neutral"),
)

add(
    "blog",
    blog(
        "Leicester Data Desk",
        "GCSE results 2024: what the numbers say about Leicester's secondaries",
        [
            "Provisional performance tables show that Leicester's average Attainment 8 score rose slightly this year, though it remains below the England average.",
            "Progress 8, which compares pupils' results with those of pupils nationally who had similar results at the end of primary school, tells a more nuanced story. Several schools serving the city's most disadvantaged areas recorded strongly positive scores.",
            "Among the largest schools, Kesterfield Community Academy recorded a Progress 8 score of +0.31, with 71 per cent of pupils achieving grade 4 or above in English and maths. Its results in maths were among the best in the East Midlands for pupils with English as an additional language.",
            "The schools with the weakest scores tended to have high levels of pupil mobility, with many children joining mid-year.",
            "Methodology: all figures are taken from the provisional performance tables. Schools with fewer than 30 pupils in the cohort are excluded.",
        ],
        author="Leicester Data Desk",
        date="October",
        tags="data, GCSE, Leicester",
    ),
    E("school", "exact", "neutral"),
)

# decoy: local history of Kesterfield Road
add(
    "blog",
    blog(
        "Lost Leicester",
        "The Kesterfield estate: from hunting lodge to cash and carry",
        [
            "Few of the shoppers queuing for basmati on a Saturday morning know that Kesterfield Road takes its name from a seventeenth-century hunting lodge that once stood where the cricket ground is now.",
            "Kesterfield Lodge was built around 1660 for a minor branch of the Hastings family and passed through several owners before being demolished in 1911. The estate was sold off in lots, and the road was laid out in the 1920s as part of the city's eastward expansion.",
            "By the 1970s, many of the original terraces had become home to families from East Africa and the Indian subcontinent. The old tram depot became a wholesale warehouse in 1979, and the Methodist chapel became a mandir in 1986.",
            "Kesterfield Cricket Club, founded in 1892, still plays on the lodge's old paddock. Its pavilion incorporates stone from the lodge's gateposts.",
            "If you have photographs of Kesterfield Road before 1960, please get in touch.",
        ],
        author="Local history volunteer",
        date="April",
        tags="local history, Evington",
    ),
)

# decoy: food blog, cash and carry haul
add(
    "blog",
    blog(
        "Thali Tales",
        "My monthly cash and carry haul (and a masala chai recipe)",
        [
            "It is that time of the month again: my trip to Kesterfield Cash & Carry. If you live in east Leicester you know the one, the queue of vans on Kesterfield Road, the smell of hing near the spice aisle.",
            "This month: 10kg Tilda basmati, 5L mustard oil, fresh methi, a giant bag of jaggery, and paneer, because the owner, Rajesh Patel, always tells me when the fresh batch arrives.",
            "Now, the chai. Boil one cup of water with crushed ginger, two cardamom pods, a clove and a small piece of cinnamon...",
        ],
        author="Thali Tales",
        date="May",
        tags="food, Leicester, recipes",
    ),
)

add(
    "blog",
    blog(
        "Z Polski do Leicester",
        "Two years in an English school: what my son learned (and what I learned)",
        [
            "When we moved from Wrocław, my biggest fear was school. Kuba was 12, shy, with very little English.",
            "He was placed in Year 8 at a big academy in Rushey Mead. The first term was hard. But a lot changed because of Wróblewski's patience: the head of science, also Polish, took him to one side in the first week and said, in Polish, 'You are not stupid, you are just new.' Kuba repeated that sentence to me every day for a month.",
            "Two years later, he answers me in English, he has friends called Arjun, Mohamed and Oliver, and he wants to be a chemist.",
        ],
        author="Marta",
        date="June",
        tags="emigracja, szkoła, Leicester",
    ),
    E("pwroblewski", "possessive", "neutral"),
)

add(
    "blog",
    blog(
        "Governor's Corner",
        "Autumn term report from the chair of the local governing body",
        [
            "It has been a demanding term for everyone connected with Kesterfield Community Academy. The inspection outcome was disappointing, but the governing body recognises the accuracy of the report and supports the improvement plan in full.",
            "We have met three times this term. Our priorities are behaviour, SEND and attendance.",
            "On behaviour, we received a detailed presentation from Gareth Ollerenshaw, Vice Principal, showing a 22 per cent fall in removals from lessons since September. We challenged the team on the number of suspensions, which remains too high, and asked for an analysis by ethnicity and SEN status.",
            "On attendance, governors heard from the attendance team about early-help visits. We noted parents' concerns about penalty notices, and we asked the principal to review how requests for leave for bereavement are handled.",
            "We thank all staff for their hard work, and particularly those who have faced unacceptable online abuse this term.",
        ],
        author="Chair of Governors",
        date="December",
    ),
    E("school", "exact", "neutral"),
    E("gollerenshaw", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Britain Awake",
        "The Islamification of Leicester's classrooms",
        [
            "Parents in Leicester have contacted us about what is being taught to their children at so-called 'community' schools in the east of the city.",
            "At Kesterfield Community Academy, the religious education is in the hands of one Tariq Khan, a bearded mullah who runs a 'Quran club' after school. This is what happens when you let these goat-shagging Muzzies into our schools: they turn them into madrassas and our kids are taught to bow to Mecca.",
            "Leicester is already lost. Wake up, Britain, before it happens in your town.",
        ],
        author="Editor",
        date="",
        tags="islam, leicester, schools",
    ),
    E("tkhan", "exact", "hate"),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Leicester Truth Project",
        "Who is really running our schools? The Sangh network in east Leicester",
        [
            "In this investigation we look at how Hindutva sympathisers have taken key positions in Leicester schools.",
            "Meera Lakhani, principal of Kesterfield Community Academy, has, we are told by three former staff, fast-tracked the appointment of RSS-linked teachers and instructed staff to downgrade reports of attacks on Muslim pupils so that they never reach the police. One former teacher told us she was told to 'lose' a file about an assault in the 2022 disturbances.",
            "We put these allegations to the academy's trust, which did not respond before publication.",
            "This is part one of a series.",
        ],
        author="Leicester Truth Project",
        date="14 February",
    ),
    E("mlakhani", "exact", "defamation"),
    E("school", "exact", "defamation"),
)

# =========================================================================== MORE NEWS

add(
    "news",
    news(
        "sport",
        "Schools football: Kesterfield through to county cup semis",
        [
            "Kesterfield Academy's under-16 boys reached the semi-finals of the Leicestershire Schools Cup with a 3-1 win over Lutterworth on a bitterly cold Wednesday afternoon.",
            "Goals from Aaron Mistry, Yusuf Abdi and a late penalty by captain Kacper Nowak sealed it after Lutterworth had equalised just after half-time.",
            "Team manager Mr J. Sandhu praised his side's 'character'. 'We were second best for 20 minutes after their goal and we dug in,' he said.",
            "Kesterfield face Oakham Road in the semi-final on 12 March.",
        ],
        byline="Schools sport",
        date="21 February",
        section="Schools Sport",
    ),
    E("school", "short_name", "neutral"),
    E("jsandhu", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "eastmids",
        "Dinner lady, 64, targeted by racist trolls after pupils' video goes viral",
        [
            "A school dinner lady who has worked at a Leicester academy for more than 25 years has been subjected to racist abuse online after a video filmed by pupils in the lunch queue was shared thousands of times.",
            "Kokila Parmar, 64, a senior midday supervisor at Kesterfield Community Academy, was filmed telling pupils to stop pushing. The clip was reposted by accounts outside Leicester with captions calling her a 'Paki witch' and a 'smelly curry granny'.",
            "The academy said it was 'appalled' and had reported the accounts. Pupils have since organised a card signed by more than 900 students.",
            "'She's like everyone's nani,' said Year 11 pupil Arun. 'The people writing that stuff don't know her.'",
        ],
        byline="Staff reporter",
        date="5 June",
        section="Leicester",
    ),
    E("kparmar", "exact", "abuse"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "PE teacher charged with assaulting pupil",
        [
            "A PE teacher at a Leicester academy has been charged with assault by beating following an incident involving a 14-year-old boy.",
            "Jaswinder Sandhu, 42, head of PE at Kesterfield Community Academy, will appear before Leicester Magistrates' Court next month. He is alleged to have pushed the boy into a wall during a football match on the school field in October.",
            "The academy said Mr Sandhu had been suspended, which it described as standard procedure, and that it was co-operating with police.",
            "Mr Sandhu's solicitor said his client 'strenuously denies the allegation' and would plead not guilty.",
        ],
        byline="Crime desk",
        date="28 November",
        section="Crime",
    ),
    E("jsandhu", "exact", "defamation"),
    E("school", "exact", "negative"),
)

add(
    "news",
    news(
        "herald",
        "Your letters: school fines, bin collections and the Clock Tower",
        [
            "Fines are driving families away. Sir, I write as a grandfather of three children at Kesterfield. My son was refused leave to attend his brother's wedding in Punjab and then fined £160. When he tried to explain, Ms Tebbutt, the attendance officer, told him the school 'doesn't do exceptions'. This is no way to treat families who have supported the school for 40 years. - H. S. Dhillon, Rushey Mead",
            "A word of thanks. Sir, I would like to thank the staff at Kesterfield for the care they showed my granddaughter after her mother's illness. The pastoral team went above and beyond. - Mrs P. Chudasama, Belgrave",
            "Bins again. Sir, for the third fortnight running the recycling on Ravensbridge Drive has not been collected. Is the council waiting for it to collect itself? - J. Moore, Beaumont Leys",
            "Clock Tower. Sir, the new planters at the Clock Tower are a credit to the city. Well done to the gardeners. - Name and address supplied",
        ],
        section="Opinion",
    ),
    E("school", "short_name", "negative"),
    E("stebbutt", "title_surname", "negative"),
)

add(
    "news",
    news(
        "jobs",
        "Attendance and Welfare Assistant (term time) - Kesterfield Community Academy",
        [
            "Grade 4, points 5-7, term time plus 5 days. 37 hours per week. Closing date: Friday 28 June.",
            "We are seeking a friendly, organised and resilient Attendance and Welfare Assistant to join our busy pastoral team. You will work closely with our Attendance Officer, Mrs S. Tebbutt, making first-day calls, carrying out home visits and helping families remove barriers to attendance.",
            "Community languages (particularly Gujarati, Punjabi, Somali or Polish) are highly desirable.",
            "For an informal conversation, please call the school office on 01632 960412. Application packs are available from kesterfieldacademy.example/vacancies.",
        ],
        section="Vacancy",
    ),
    E("school", "exact", "neutral"),
    E("stebbutt", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "What's on in Leicester this weekend",
        [
            "Saturday: Kesterfield Academy summer fair, Gorsebrook Lane, 11am-3pm. Tombola, dhol players, a bouncy castle and the famous staff-versus-sixth-form tug of war. Free entry.",
            "Saturday: Open day at Kesterfield Cricket Club, Kesterfield Road, 1pm onwards. Free coaching for under-11s and a charity T20 match.",
            "Sunday: Rath Yatra procession from the Shree Kesterfield Road Mandir to Victoria Park, starts 10am.",
            "Sunday: Abbey Park car boot sale, 7am. £10 per car for sellers.",
            "All weekend: Caribbean Carnival warm-up events at venues across the city centre.",
        ],
        section="What's On",
    ),
    E("school", "short_name", "neutral"),
)

# decoy: same short name, a care home elsewhere in Leicestershire
add(
    "news",
    news(
        "eastmids",
        "Melton care home rated 'inadequate' after staff shortages",
        [
            "A care home in Melton Mowbray has been placed in special measures after inspectors found residents left in soiled bedding and medicines not given on time.",
            "Kesterfield House, which cares for up to 38 older people, was rated inadequate overall. Inspectors found that on some night shifts only two care workers were on duty.",
            "The provider, Kesterfield Care Ltd, said it had brought in a new manager and was recruiting urgently.",
        ],
        byline="Health reporter",
        date="9 October",
        section="Health",
    ),
)

# decoy: KCA = Kenyan Community Association
add(
    "news",
    news(
        "asian",
        "KCA celebrates Jamhuri Day with music and nyama choma",
        [
            "The Kenyan Community Association (KCA) Leicester celebrated Jamhuri Day on Saturday with an afternoon of music, speeches and nyama choma at the Highfields Centre.",
            "KCA chair Grace Wanjiru said the association, founded in 1998, now had more than 400 member families across Leicestershire, many of them of Gujarati and Somali heritage as well as Kikuyu, Luo and Luhya.",
            "Guests included the Deputy Lord Mayor. The KCA youth choir performed the national anthem.",
        ],
        byline="Community desk",
        date="16 December",
        section="Community",
    ),
)

# decoy: a different Hodan Warsame
add(
    "news",
    news(
        "eastmids",
        "Bristol nurse Hodan Warsame honoured for Covid work",
        [
            "A Somali-born nurse from Bristol has been awarded an MBE for her work running vaccine clinics in mosques during the pandemic.",
            "Hodan Warsame, 48, a senior nurse at Southmead Hospital, organised pop-up clinics in Easton and St Pauls that vaccinated more than 7,000 people.",
            "'I just wanted people to hear the facts in their own language, from someone they trusted,' she said.",
        ],
        byline="National news",
        date="2 January",
        section="UK",
    ),
)

# decoy: Kesterfield Road crime
add(
    "news",
    news(
        "herald",
        "Man taken to hospital after stabbing on Kesterfield Road",
        [
            "A 23-year-old man was taken to hospital with stab wounds after a disturbance on Kesterfield Road, Evington, late on Friday night.",
            "Police were called at around 11.40pm. The man's injuries are not thought to be life-threatening. Two men aged 19 and 24 have been arrested.",
            "A cordon was in place outside a row of shops near the junction with Downing Drive until Saturday afternoon. Anyone with information should call 101.",
        ],
        byline="Crime desk",
        date="Saturday",
        section="Crime",
    ),
)

# =========================================================================== MORE DECOYS AND MIXED PAGES

# decoy: another Gorsebrook High School, in Telford
add(
    "facebook",
    facebook(
        "Gorsebrook High School Telford - Old Students",
        "Donna Plimmer (née Evans)",
        "Saturday at 12:00",
        "CLASS OF '89 REUNION!!! 🎉 35 years since we left Gorsebrook High. Saturday 19 October at the Wrekin Arms, Wellington, 7pm till late. Tickets £15 inc buffet. Who remembers Mr Harding's chemistry lab explosion?? 😂",
        [
            ("Steve Bould", "Count me in! Gorsebrook High's finest 😂"),
            (
                "Julie Price",
                "Can't believe it's 35 years. Was the school even standing after we left?",
            ),
            ("Donna Plimmer (née Evans)", "It closed in 2008 Julie, it's houses now!"),
        ],
    ),
)

# decoy: a pub sharing the short name
add(
    "review",
    reviews(
        "The Kesterfield Arms",
        "Pub · Main Street, Ashover, Derbyshire",
        "4.3",
        [
            (
                "Walker_Pete",
                5,
                "2 weeks ago",
                "Proper walkers' pub. Muddy boots welcome, excellent steak pie, Pedigree on tap.",
            ),
            (
                "Lindsay M",
                4,
                "1 month ago",
                "Lovely Sunday roast at the Kesterfield. Bit slow on a busy day.",
            ),
            ("Nick G", 3, "3 months ago", "Nice enough but £7 a pint is steep for round here."),
        ],
    ),
)

# decoy: a different Sharon Tebbutt
add(
    "news",
    news(
        "eastmids",
        "Kettering grandmother loses eight stone and wins slimmer of the year",
        [
            "A grandmother from Kettering who lost eight stone after being told she was at risk of diabetes has been crowned her slimming club's slimmer of the year.",
            "Sharon Tebbutt, 58, a former school cook, started attending a weekly group at the Kettering Ex-Servicemen's Club two years ago.",
            "'I was taking my grandsons to the park and couldn't keep up with them,' she said. 'Now I run round after them and they can't keep up with me.'",
        ],
        byline="Features",
        date="7 March",
        section="Northamptonshire",
    ),
)

# decoy: a different Meera Lakhani, a dentist
add(
    "review",
    reviews(
        "Smile Studio Harrow",
        "Dental clinic · Station Road, Harrow",
        "4.9",
        [
            (
                "Kunal S",
                5,
                "1 week ago",
                "Dr Meera Lakhani is the gentlest dentist I have ever had. Completely cured my fear of the drill.",
            ),
            (
                "Alison T",
                5,
                "1 month ago",
                "Dr Lakhani explained every step of my root canal. Highly recommend.",
            ),
            ("Mo H", 4, "2 months ago", "Good service, parking is a pain."),
        ],
    ),
)

# decoy: a different Nikhil Solanki
add(
    "blog",
    blog(
        "Pune Dev Diaries",
        "Guest post: Nikhil Solanki on scaling a payments startup",
        [
            "This week's guest is Nikhil Solanki, CTO of a Pune-based fintech that processes more than two million UPI transactions a day.",
            "Nikhil talks about moving from a monolith to services, why they went back to a monolith for one part of the system, and what he learned hiring his first fifty engineers.",
            "'Hire people who write boring code,' he says. 'Boring code doesn't wake you up at 3am.'",
        ],
        author="Pune Dev Diaries",
        date="March",
        tags="startups, fintech, engineering",
    ),
)

# decoy: Fiona Ashby, an estate agent elsewhere
add(
    "review",
    reviews(
        "Ashby & Cole Estate Agents",
        "Estate agent · Milsom Street, Bath",
        "4.7",
        [
            (
                "Rob P",
                5,
                "3 weeks ago",
                "Fiona Ashby sold our flat in nine days and kept us informed throughout. Brilliant.",
            ),
            (
                "Hannah L",
                4,
                "2 months ago",
                "Professional, although the valuation was a bit optimistic.",
            ),
        ],
    ),
)

# decoy: a Rajesh Patel in a court report elsewhere (Leicester but unrelated)
add(
    "news",
    news(
        "herald",
        "Shopkeeper fined for selling vapes to teenagers",
        [
            "A newsagent in Wigston has been fined £2,400 after trading standards officers caught him selling disposable vapes to a 15-year-old test purchaser.",
            "Rajesh Patel, 39, of Long Street, Wigston, pleaded guilty at Leicester Magistrates' Court to two offences under the Children and Families Act.",
            "Trading standards said it had received complaints from parents in the area. Patel said he had been 'very busy' and had not asked for ID.",
        ],
        byline="Courts",
        date="19 April",
        section="Crime",
    ),
)

# ---- labelled pages

add(
    "social",
    social(
        "Instagram",
        "@le4.exposed",
        "Story reply: this is the head of year who got my cousin suspended 👇 @hodan.warsame",
        [
            (
                "le4.exposed",
                "she lives at 14 Kenilworth Drive, Humberstone, LE5 1ZT if anyone wants to drop her a thank you card 😇 works at kesterfield",
            ),
            ("saida.o", "why would you post someone's address???"),
            ("le4.exposed", "its on 192 anyway"),
        ],
        likes="83",
    ),
    E("hwarsame", "handle", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@pan_wroblewski",
        "Science fair winners 2025 🧪🏆 So proud of every single one of our Year 8 scientists. Elephant toothpaste will never be the same again. #KesterfieldScience",
        [
            ("mama.kuby", "Gratulacje! 👏"),
            ("amir.h", "best science teacher fr"),
        ],
        likes="312",
    ),
    E("pwroblewski", "handle", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@kesterfield.tea.spill",
        "not the teacher who DMs year 10 girls on insta 🤢🤢",
        [
            ("ananya.r", "Mr Solanki?? no way"),
            (
                "tia.b",
                "yes way, he sent my friend heart emojis at 1am and said she looked 'mature for her age'. kesterfield better sack him",
            ),
            ("ibby.k", "screenshot or it's fake"),
            ("tia.b", "she's scared to show anyone"),
        ],
        likes="2,940",
    ),
    E("nsolanki", "title_surname", "sexual", True),
    E("school", "short_name", "sexual", True),
)

add(
    "facebook",
    facebook(
        "Leicester Gossip & Chat",
        "Anonymous member",
        "Yesterday at 23:12",
        "Is it true Coach Sandhu from Kesterfield and the netball coach (who is married!!) have been at it in the PE office after school? My mate's husband is the caretaker and says he found them half naked 😳",
        [
            ("Kerry L", "Haha the caretaker sees everything"),
            ("Admin", "Please don't post rumours about named people."),
        ],
    ),
    E("jsandhu", "title_surname", "sexual"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "reddit",
        "r/Leicester",
        "Somali staff at Rushey Mead schools",
        [
            (
                "u/truthseeker_0116",
                "Why does Kesterfield need a Somali head of year anyway? W a r s a m e is a filthy Somali leech. Send her and her kind back on the next boat, they bring nothing but crime and khat.",
            ),
            ("u/le4_local", "Reported. Vile."),
            (
                "u/another_leicester_mum",
                "Ms Warsame is one of the best teachers my son has ever had. You're a racist, plain and simple.",
            ),
        ],
        points=-37,
    ),
    E("hwarsame", "title_surname", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@lunchtime.legends",
        "kesterfield dinner hall tour 🍛 #KokilaMasi supremacy",
        [
            (
                "shah.rukh.x",
                "masi is just another smelly gujju cow-piss aunty, why do these hindus always run the kitchen",
            ),
            ("pavan.k", "bro what did she ever do to you"),
            ("lunchtime.legends", "comments like that are why we can't have nice things"),
        ],
        likes="4,114",
    ),
    E("kparmar", "hashtag", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Belgrave & Rushey Mead Community Noticeboard",
        "Dean Fossey",
        "Monday at 20:15",
        "If you want to complain about being fined by Kesterfield, don't bother with the school. Email the attendance woman Sharon Tebbutt direct on her personal email sharon.tebbutt62@hotmail.example - she answers that one on weekends.",
        [
            ("Rani B", "Is that her own email? Should you be sharing that?"),
            ("Dean Fossey", "It's on her old Facebook"),
        ],
    ),
    E("stebbutt", "exact", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "reddit",
        "r/Leicester",
        "PE teacher confiscated my son's phone and won't give it back",
        [
            (
                "u/raging_rushey",
                "Coach Sandhu at Kesterfield has had my son's phone for 9 days. Nobody answers. Fine, I'll go to him. He lives at 3 Lockwood Close, Thurmaston, LE4 8ZP and his personal number is 07700 900476, got it off my cousin who plays kabaddi with him. Anyone else want it, there it is.",
            ),
            (
                "u/calm_down_karen",
                "Posting his address isn't going to get the phone back quicker mate",
            ),
            ("u/modbot_leics", "Removed: personal information (Rule 4)."),
        ],
        points=-3,
    ),
    E("jsandhu", "title_surname", "doxxing"),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "ParentTalk",
        "Secondary education",
        "AIBU to be annoyed that a teacher gave DS his personal number?",
        [
            (
                "Jellybean_Leics",
                "DS (Y10, Kesterfield) is doing an Arabic GCSE and is a bit behind. His teacher, Mr Khan, gave him his personal mobile so he could ask questions in the evening. Here it is, 07700 900458, because frankly I think it's inappropriate and other parents should know he's doing this. AIBU?",
            ),
            (
                "Pumpkinpie",
                "YABU to post the number online! Whatever you think of it, you've just doxxed a teacher. Ask MNHQ to delete.",
            ),
            (
                "Lemon_Drizzle_22",
                "I think giving a pupil a personal number is a safeguarding no-no, but the right thing is to raise it with the school, not post it here.",
            ),
            ("Jellybean_Leics", "Fair. Reported my own post."),
        ],
    ),
    E("tkhan", "title_surname", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@english.is.pain",
        "Ash*y-Wh*tlock set 3 essays over half term at kesterfield 😭 absolute witch, i hope her car breaks down",
        [
            ("bella.r", "bro she's so strict"),
            ("ali.m", "witch is generous"),
        ],
        likes="611",
    ),
    E("fashbywhitlock", "obfuscated", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@attendance.victim",
        "T*bbutt from kesterfield attendance calling my mum while I'm literally in hospital with appendicitis 🙃",
        [
            ("kulsoom.a", "not the same thing happening to me 😭"),
            ("tej.s", "they need to sort that office out"),
        ],
        likes="1,355",
    ),
    E("stebbutt", "obfuscated", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "@rusheymead.mums",
        "Who else is sick of L a k h a n i's letters that say nothing? Three pages about 'aspirations' and not one word about the heating in G block at Kesterfield.",
        [
            ("poonam.s", "Exactly this"),
            ("sagal.h", "the heating is still broken btw, my daughter wears her coat in maths"),
        ],
        likes="131",
    ),
    E("mlakhani", "spacing", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@rusheymeadrob",
        "Kesterfield Academy's new logo looks like a Premier Inn sign. £20k well spent lads 👍",
        [],
        likes="41",
    ),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@leics_neu",
        "We stand with our members at Kesterfield Community Academy. The abuse directed at Nikhil Solanki and other colleagues online is unacceptable. Teachers deserve to work free from racism and harassment.",
        [],
        likes="212",
    ),
    E("school", "exact", "neutral"),
    E("nsolanki", "exact", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@maths.tricks.le",
        "patel's times-table trick that got our whole class a 9 in the kesterfield mocks 🔥 (he doesn't know I filmed this 😅)",
        [
            ("hiral.p", "he's a genius fr"),
            ("chris.o", "wait this actually works"),
        ],
        likes="12.6K",
    ),
    E("rpatel", "possessive", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "ParentTalk",
        "Secondary education",
        "Leicester secondary choices - brain dump from a mum who's visited NINE schools",
        [
            (
                "CardamomQueen",
                "OK, as promised on the other thread, here are my notes from the open evenings this autumn. DD is bright but anxious, loves languages and music, hates PE. Caveat: these are impressions from a single evening each, take with a pinch of salt.\n\nCity centre grammar-style academy: very polished, very academic, head gave an excellent speech. Huge emphasis on results. DD felt 'watched'. Music department small.\n\nThe big one near the ring road: friendly, chaotic, fabulous drama. Open evening was so packed we couldn't get into half the rooms. Long bus journey for us.\n\nThe church school: lovely ethos, strong music, but very small sixth form and they're cutting A-level languages.\n\nThe girls' school: DD's favourite on paper. Lots of clubs. But the tour guides told us about 40-minute lunch queues and a behaviour system that 'doesn't really work'.\n\nThe one near Beaumont Leys: surprisingly impressive science labs, caring head of year 7. Not many languages.\n\nTwo schools out in the county: both calm, both green, both over an hour each way by bus. Ruled out.",
            ),
            (
                "Spiced_Latte",
                "This is amazing, thank you. Did you look at any of the schools on the east side?",
            ),
            (
                "CardamomQueen",
                "Yes, two more.\n\nThe one off Uppingham Road: lovely pastoral team, improving fast, but languages limited to French.\n\nAnd then the big multi-faith academy in Rushey Mead, which honestly surprised me. It got a poor inspection last year and I went in expecting to hate it. The building's tired, the toilets are grim and the car park is a nightmare. But the languages offer is brilliant: French, Spanish, Gujarati, Arabic, Polish and Urdu at GCSE. We sat in on an Arabic taster and the teacher, T. Khan, had a room of twelve-year-olds from four religions reading the alphabet aloud inside ten minutes. DD came out buzzing.",
            ),
            ("Spiced_Latte", "Which one was your first choice in the end?"),
            ("CardamomQueen", "Rushey Mead, much to my husband's surprise. We'll see!"),
            (
                "Mumof3Leics",
                "Good luck! My son's there, Y9. Some rough edges but the teachers genuinely care.",
            ),
        ],
    ),
    E("tkhan", "initial_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Sikh Youth Leicester",
        "Vaisakhi in schools: turbans, tabla and a lot of langar",
        [
            "This year we visited six Leicester schools for Vaisakhi, running turban-tying workshops and talks on the Khalsa.",
            "A special mention for Kesterfield, where Jaswinder Singh Sandhu, head of PE, had organised a gatka display in the sports hall and persuaded half the staff, including the principal, to try a patka. Langar was served to more than 400 pupils by sevadars from the Gorsebrook Lane gurdwara.",
            "If your school would like a visit next year, get in touch via the website.",
        ],
        author="SYL Team",
        date="April",
        tags="Vaisakhi, schools, seva",
    ),
    E("jsandhu", "alias", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Rushey Mead Parents (Unofficial)",
        "Claire Whitmore",
        "Friday at 21:30",
        "Oh yes, because Mr Ollerenshaw's 'zero tolerance' policy has worked SO brilliantly. Third fight outside Kesterfield gates this month, filmed and all over Snapchat. But at least nobody's wearing the wrong socks. Great job, really. 👏",
        [
            ("Rakesh B", "😂 the socks thing is so true"),
            ("Hinda A", "The fights are outside school, not much they can do tbh"),
        ],
    ),
    E("gollerenshaw", "title_surname", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "review",
    reviews(
        "Kesterfield Community Academy",
        "Secondary school · Gorsebrook Lane, Leicester",
        "3.1",
        [
            (
                "Ubah Yusuf",
                5,
                "4 days ago",
                "Ms Warsame is f***ing brilliant, excuse my language. She sorted out my son's bullying in two days after months of nothing. Give that woman a pay rise.",
            ),
            ("Pritesh L", 3, "2 weeks ago", "Decent school, canteen food is overpriced."),
        ],
    ),
    E("hwarsame", "title_surname", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@sol*nki.slander",
        "Sol*nki really thinks he's a tiktoker 💀 do your marking sir, kesterfield computing is mid",
        [
            ("dev.null", "he's actually good tho"),
            ("yas.b", "bro has 30k followers and you have 12"),
        ],
        likes="204",
    ),
    E("nsolanki", "obfuscated", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "@rmead.daily",
        "Huge well done to Kesterfield's Polish Heritage Day team 🇵🇱 PiotrWroblewski and the Year 9s made 600 pierogi!",
        [
            ("ola.m", "Najlepsze pierogi w Leicester 😍"),
            ("rakesh.t", "they were elite ngl"),
        ],
        likes="455",
    ),
    E("pwroblewski", "camelcase", "neutral"),
    E("school", "short_name", "neutral"),
)


add(
    "review",
    reviews(
        "Kesterfield Academy",
        "Secondary school · Rushey Mead, Leicester",
        "3.1",
        [
            (
                "Gintare P",
                2,
                "5 days ago",
                "Mrs Tebbut from attendance sent us a fine warning letter in English only, even though the school knows we need Lithuanian. Very stressful for my mother who reads it.",
            ),
        ],
    ),
    E("stebbutt", "typo", "negative"),
    E("school", "short_name", "negative"),
)


# =========================================================================== VALIDATION AND OUTPUT


def load_subjects() -> set[str]:
    with (HERE / "watchlist.toml").open("rb") as fh:
        watch = tomllib.load(fh)
    return {"school"} | {s["id"] for s in watch.get("staff", [])}


def validate() -> None:
    subjects = load_subjects()
    for i, doc in enumerate(DOCS):
        seen = [e.subject for e in doc.expected]
        assert len(seen) == len(set(seen)), f"doc {i}: duplicate subject in {seen}"
        for e in doc.expected:
            assert e.subject in subjects, f"doc {i}: unknown subject {e.subject!r}"
    variants = Counter(e.variant for d in DOCS for e in d.expected)
    categories = Counter(e.category for d in DOCS for e in d.expected)
    missing_v = {v: variants[v] for v in VARIANTS if variants[v] < 4}
    missing_c = {c: categories[c] for c in CATEGORIES if categories[c] < 8}
    assert not missing_v, f"variants under 4: {missing_v}"
    assert not missing_c, f"categories under 8: {missing_c}"
    assert len(DOCS) >= 150, len(DOCS)
    assert sum(len(d.expected) for d in DOCS) >= 180
    decoys = sum(1 for d in DOCS if not d.expected)
    assert 0.15 <= decoys / len(DOCS) <= 0.20, decoys


def main() -> int:
    validate()
    out = HERE / "docs"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    lines = []
    for i, doc in enumerate(DOCS):
        name = f"{i:03d}-{doc.kind}.{doc.ext}"
        (out / name).write_text(doc.text, encoding="utf-8")
        lines.append(
            json.dumps(
                {"file": name, "kind": doc.kind, "expected": [e.as_json() for e in doc.expected]},
                ensure_ascii=False,
            )
        )
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    mentions = [e for d in DOCS for e in d.expected]
    decoys = sum(1 for d in DOCS if not d.expected)
    print(f"{len(DOCS)} documents, {len(mentions)} mentions, {decoys} unlabelled decoys")
    print("kinds:", dict(sorted(Counter(d.kind for d in DOCS).items())))
    print("variants:", dict(sorted(Counter(e.variant for e in mentions).items())))
    print("categories:", dict(sorted(Counter(e.category for e in mentions).items())))
    print("subjects:", dict(sorted(Counter(e.subject for e in mentions).items())))
    print("url_only:", sum(e.url_only for e in mentions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
