# ruff: noqa: E501
"""Build the HELD-OUT corpus ``heldout12`` for the repwatch matcher.

HELD OUT: this corpus measures how well the matcher generalises to writing it has never seen.
It must NEVER be used for tuning: do not read its documents while changing the matcher, do not
add its phrasings to word lists, and do not adjust thresholds against its score.

Written WITHOUT reading the matcher (src/), the other corpora, the benchmarks or the README;
only the watchlist contract and severity table in shared/DESIGN.md were consulted. Never tune
on it.

Setting
-------
Ysgol Uwchradd Morfa Gwennol (English name Morfa Gwennol High School; people also write
"Ysgol Morfa Gwennol", "Morfa Gwennol", "Morfa High", "YMG", "MGHS") is a fictional mixed 11-18
community school with a sixth form and a weekly/termly boarding house, Plas Morfa, on Heol y
Morfa in the fictional coastal town of Aberwennol, West Wales (village: Llangwennol). Ten staff
are watched: the head, the head of boarding, the deputy head/DSL, the head of PE who coaches the
1st XV, the head of drama, a peripatetic harp and piano tutor from the county music service,
the IT technician, an English teacher, the head of sixth form, and the boarding-house matron.
Voices: a local weekly, a regional news site, a national Welsh news site, a bilingual community
paper, a county-council scrutiny committee minute, parents' Facebook groups, a town noticeboard
group, an alumni forum, a Mumsnet-style parents' forum, a Reddit-style thread, a rugby forum,
a theatre forum, boarding-house and school reviews, pupils' TikTok/Instagram/Snapchat posts
with slang and emoji, blogs, job adverts, inspection summaries and sports reports. Some parents
and staff write Welsh names and occasional Welsh words.

The corpus deliberately over-weights ``sexual``: a boarding-house storyline (staff entering
dorms at night, the head of boarding arrested, police take no further action), a peripatetic
tutor's private lessons (suspension, charge, conviction), the IT technician messaging pupils on
Snapchat, the head of sixth form and a former sixth-former, and pupils joking that a teacher
has a crush on a pupil, written as news, minutes, gossip, slang ("nonce", "kiddie fiddler",
"grooming") and emoji. It also holds near misses that are NOT sexual: safeguarding training,
a school play's romantic scene, "Sexual Health Week", a drama teacher who is "touchy" about
reviews, dog grooming, a coach's "man-crush" on a professional fly-half.

Labelling conventions
---------------------
* One entry per subject per document. ``category`` is the worst the whole page gives that
  subject, in the order threat > hate > sexual > doxxing > defamation > abuse > negative >
  neutral. ``variant`` is the easiest form of the name on the page, in the order exact > alias >
  short_name (school only) > title_surname > initial_surname > first_initial > possessive >
  surname_only > nickname > hyphenated > typo > camelcase > hashtag > handle > spacing >
  obfuscated > leetspeak > homoglyph; where a rare variant is labelled, the page uses only that form of the name.
* ``short_name`` is "Morfa Gwennol" alone; the longer English/Welsh names, "Morfa High", "YMG"
  and "MGHS" are ``alias``. A name seen only inside an e-mail address is ``exact``. "Dr Pryce"
  or "Mrs Vaughan" for the head is ``hyphenated``; "Pryce-Vaughan" alone is ``surname_only``.
  First name plus surname initial ("Kieran D.") is ``first_initial``; "Pughie", "Daf", "Tomek",
  "Matron Bethan" are ``nickname``. A Welsh or anglicised spelling on the watchlist ("Emyr Puw",
  "Meirion Walters", "David Mathias", "Tom Wojcik", maiden name "Sioned Bevan") is ``alias``.
* A staff name counts only when the page ties it to the school (a school name, a locality -
  Aberwennol, Llangwennol, Heol y Morfa, Plas Morfa - the school's domain, or the person's job
  there), except for the two ``unique = true`` names (Absalom, Gwallter). Strangers who share a
  name, and "Absalom" / "Gwallter" used for someone else, get no label. Role words alone
  ("the head of boarding", "sir") are not labelled; "the school" alone is not a mention.
* SEXUAL CONVENTION: a page reporting that a named staff member is accused, arrested,
  investigated, charged or convicted over sexual offences or sexual misconduct towards pupils
  (or a former pupil whose relationship may have begun while a pupil) is ``sexual`` with
  ``url_only = true`` for that person - this overrides the general "criminal charges are
  defamation" rule. Gossip, slang ("nonce", "kiddie fiddler"), and pupils' jokes that a teacher
  fancies a pupil are labelled the same way. The school is also ``sexual``/url_only on any page
  that ties such allegations to its pupils, whether the staff member is named or not. Sexual
  gossip about adults only (the head's supposed affair, a parent's leering remarks about a
  teacher) is ``sexual`` with ``url_only = false``.
* The school gets the category of what the page says about the school itself: a threat or abuse
  aimed at one teacher leaves the school ``neutral`` (or ``negative`` where the school is
  criticised). A court or police report of a threat against a staff member is ``threat``; of
  criminal charges (non-sexual) ``defamation``; of online harassment ``abuse``; a court report
  of racially aggravated abuse of a staff member is labelled ``hate``. Condemnation is
  ``neutral``; plain criticism ``negative``; praise or news ``neutral``. The school's office
  number (01632 960412) beside a staff name is not doxxing.
* Decoys (about 17%): the holiday park, football club, chapel and care home that share the
  short name, "Morfa High Street" elsewhere, an American "MGHS", strangers sharing staff names
  (obituary, hurling report, dog groomer, sheep sale, estate agent, footballer, netballer, a
  court list), Faulkner's "Absalom, Absalom!", the poet Gwallter Mechain, and school pages that
  mention a same-named outsider (labelled for the school only).

Run ``python build_heldout12.py`` to regenerate ``docs/`` and ``labels.jsonl``.
"""

from __future__ import annotations

import html
import json
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

# Homoglyph spellings (Cyrillic letters standing in for Latin ones).
HG_GWALLTER = "\u041cr Gw\u0430llter"  # "Mr Gwallter" with Cyrillic M and a
HG_WOJCIK = "W\u043ejcik"  # Cyrillic o
HG_MATHIAS = "\u041c\u0430thias"  # Cyrillic M and a
HG_SCHOOL = "M\u043erfa Gwenn\u043el"  # Cyrillic o twice
HG_DOYLE = "D\u043eyl\u0435"  # Cyrillic o and e


@dataclass(frozen=True)
class Expect:
    subject: str
    variant: str
    category: str
    url_only: bool = False


@dataclass(frozen=True)
class Doc:
    kind: str
    text: str
    expected: tuple[Expect, ...]

    @property
    def ext(self) -> str:
        return "html" if self.kind in HTML_KINDS else "txt"


def E(subject: str, variant: str, category: str, url_only: bool = False) -> Expect:
    assert variant in VARIANTS, variant
    assert category in CATEGORIES, category
    assert not url_only or category == "sexual", (subject, category)
    return Expect(subject, variant, category, url_only)


DOCS: list[Doc] = []


def add(kind: str, text: str, *expected: Expect) -> None:
    assert kind in KINDS, kind
    subjects = [e.subject for e in expected]
    assert len(subjects) == len(set(subjects)), subjects
    DOCS.append(Doc(kind, text, tuple(expected)))


# --------------------------------------------------------------------------- page templates


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _paras(paras: list[str] | tuple[str, ...]) -> str:
    return "\n".join(f"    <p>{_e(p)}</p>" for p in paras)


NEWS_SITES: dict[str, tuple[str, list[str], list[str], str]] = {
    "echo": (
        "The Aberwennol Echo",
        ["Home", "News", "Sport", "What's On", "Property", "Notices", "Jobs"],
        [
            "Harbour car park charges to rise in April",
            "Lifeboat volunteers called out to two kayakers",
            "Letters: the bypass debate rolls on",
        ],
        "The Echo is published every Thursday. Subscribe for £2.10 a week. Registered in Wales. Contact the newsdesk: news@echo.example",
    ),
    "wwt": (
        "West Wales Today",
        ["News", "Politics", "Business", "Farming", "Sport", "Scarlets", "Weather"],
        [
            "Ferry timetable cut again this winter",
            "Dairy farmers warn on milk price",
            "Coastal path reopens after landslip",
        ],
        "© West Wales Today Ltd. All rights reserved. Our journalists follow the Editors' Code of Practice. westwalestoday.example",
    ),
    "bulletin": (
        "Wales Bulletin",
        ["Home", "Wales", "Senedd", "Education", "Health", "Sport", "Newyddion"],
        [
            "Senedd committee calls for rail review",
            "NHS waiting lists: what the figures show",
            "Six Nations: five things we learned",
        ],
        "Wales Bulletin is not responsible for the content of external sites. Read about our approach to external linking. walesbulletin.example",
    ),
    "bro": (
        "Newyddion Bro Gwennol",
        ["Hafan / Home", "Newyddion / News", "Chwaraeon / Sport", "Digwyddiadau / Events"],
        [
            "Cyngerdd y Nadolig / Christmas concert at the chapel",
            "Clwb Ffermwyr Ifanc raise £3,000",
            "New benches for the prom",
        ],
        "Papur bro gwirfoddol / A volunteer community paper. Diolch i'n holl gyfranwyr. brogwennol.example",
    ),
}


def news(
    site: str, headline: str, paras: list[str], *, date: str, byline: str, section: str = "News"
) -> str:
    name, nav, most_read, footer = NEWS_SITES[site]
    nav_html = "".join(f'<li><a href="#">{_e(n)}</a></li>' for n in nav)
    read_html = "".join(f"<li>{_e(h)}</li>" for h in most_read)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{_e(headline)} | {_e(name)}</title></head>
<body>
<header><div class="masthead">{_e(name)}</div><nav><ul>{nav_html}</ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience and to show adverts. <button>Accept all</button> <button>Manage</button></div>
<main>
  <article>
    <p class="section">{_e(section)}</p>
    <h1>{_e(headline)}</h1>
    <p class="byline">By {_e(byline)} · {_e(date)}</p>
{_paras(paras)}
    <p class="share">Share this article: Facebook · X · WhatsApp · Email</p>
  </article>
  <aside><h2>Most read</h2><ol>{read_html}</ol></aside>
</main>
<footer><p>{_e(footer)}</p><p>Privacy · Cookies · Terms · Complaints</p></footer>
</body>
</html>
"""


def other_news(site: str, headline: str, paras: list[str], *, date: str, byline: str) -> str:
    """A news page from an outlet that is not one of the regulars (for decoys and one-offs)."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{_e(headline)} - {_e(site)}</title></head>
<body>
<header><h2>{_e(site)}</h2><nav>Home | Latest | Sport | Opinion | Contact</nav></header>
<main><article>
  <h1>{_e(headline)}</h1>
  <p class="meta">{_e(byline)} | {_e(date)}</p>
{_paras(paras)}
</article></main>
<footer>© {_e(site)}. All rights reserved.</footer>
</body>
</html>
"""


def council(title: str, items: list[tuple[str, list[str]]], *, date: str) -> str:
    body = "\n".join(f"  <h2>{_e(h)}</h2>\n{_paras(ps)}" for h, ps in items)
    return f"""<!DOCTYPE html>
<html lang="cy-GB">
<head><meta charset="utf-8"><title>{_e(title)} - Glannau Gwennol County Council</title></head>
<body>
<header><p>Cyngor Sir Glannau Gwennol / Glannau Gwennol County Council</p>
<nav>Democracy · Councillors · Committees · Meetings · Cymraeg</nav></header>
<main>
  <h1>{_e(title)}</h1>
  <p class="meta">{_e(date)} · Council Chamber, County Hall and via Microsoft Teams</p>
{body}
  <p class="status">These minutes are subject to approval at the next meeting of the committee.</p>
</main>
<footer>This document is available in Welsh / Mae'r ddogfen hon ar gael yn Gymraeg.</footer>
</body>
</html>
"""


def forum(site: str, board: str, title: str, posts: list[tuple[str, str]]) -> str:
    rows = "\n".join(
        f'  <div class="post"><div class="author">{_e(u)}</div>'
        f'<div class="body">{_e(t)}</div><div class="tools">Reply · Quote · Report</div></div>'
        for u, t in posts
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{_e(title)} - {_e(board)} - {_e(site)}</title></head>
<body>
<header><a href="/">{_e(site)}</a> › {_e(board)}<div class="login">Log in · Register</div></header>
<main>
  <h1>{_e(title)}</h1>
{rows}
</main>
<footer>{_e(site)} · Community guidelines · Report a post · Powered by forumware</footer>
</body>
</html>
"""


def thread(sub: str, title: str, op: str, body: str, comments: list[tuple[str, int, str]]) -> str:
    """Reddit-style thread (kind forum)."""
    rows = "\n".join(
        f'  <div class="comment"><span class="user">u/{_e(u)}</span> <span class="pts">{pts} points</span>'
        f"<p>{_e(t)}</p></div>"
        for u, pts, t in comments
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{_e(title)} : t/{_e(sub)}</title></head>
<body>
<header>threadit · t/{_e(sub)} · Join · Log in</header>
<main>
  <h1>{_e(title)}</h1>
  <p class="op">Posted by u/{_e(op)}</p>
  <div class="selftext"><p>{_e(body)}</p></div>
  <h2>{len(comments)} comments</h2>
{rows}
</main>
<footer>threadit content policy · user agreement</footer>
</body>
</html>
"""


def blog(
    site: str,
    title: str,
    paras: list[str],
    *,
    author: str,
    date: str,
    comments: list[tuple[str, str]] = (),
) -> str:
    rows = "\n".join(
        f'  <div class="comment"><b>{_e(u)}</b> <p>{_e(t)}</p></div>' for u, t in comments
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{_e(title)} – {_e(site)}</title></head>
<body>
<header><h2>{_e(site)}</h2><nav>Home · About · Archive · Contact</nav></header>
<main><article>
  <h1>{_e(title)}</h1>
  <p class="meta">Posted {_e(date)} by {_e(author)}</p>
{_paras(paras)}
</article>
<section class="comments"><h3>Comments</h3>
{rows}
</section></main>
<footer>Powered by a blogging platform · Theme by someone · RSS</footer>
</body>
</html>
"""


def reviews(place: str, platform: str, rating: str, items: list[tuple[str, int, str, str]]) -> str:
    lines = [
        f"{platform}",
        f"{place}",
        f"Rating {rating} · {len(items)} reviews shown",
        "Sort by: Most relevant",
        "",
    ]
    for who, stars, when, text in items:
        lines += [who, f"{'★' * stars}{'☆' * (5 - stars)}  {when}", text, "Helpful · Share", ""]
    return "\n".join(lines)


def facebook(
    group: str,
    author: str,
    when: str,
    text: str,
    comments: list[tuple[str, str]],
    reactions: int = 0,
) -> str:
    lines = [f"{group}", "Private group · Facebook", "", f"{author}", f"{when} · 🌍", text, ""]
    lines.append(f"👍❤️😮 {reactions}    {len(comments)} comments")
    lines.append("Like · Comment · Share")
    for who, t in comments:
        lines += ["", who, t, "Like · Reply"]
    lines += ["", "Write a comment…"]
    return "\n".join(lines)


def social(
    platform: str, handle: str, caption: str, comments: list[tuple[str, str]], stats: str = ""
) -> str:
    lines = [platform]
    if handle:
        lines.append(handle if handle.startswith("@") else f"@{handle}")
    lines.append(caption)
    if stats:
        lines.append(stats)
    lines.append("")
    for who, t in comments:
        lines += [f"{who}", t, "Reply", ""]
    return "\n".join(lines)


FB_PARENTS = "Aberwennol Parents & Carers 💙 (Morfa Gwennol families)"
FB_TOWN = "Aberwennol Noticeboard – News, Chat, Buy & Sell"
ALUMNI = "Old Morfanians · Cyn-ddisgyblion Ysgol Morfa Gwennol"
PARENTTALK = "ParentTalk"

# =========================================================================== documents
# --- A. The boarding-house storyline (Plas Morfa) --------------------------------------

add(
    "news",
    news(
        "echo",
        "Police inquiry into claims at town school's boarding house",
        [
            "Police have opened an inquiry after concerns were raised about the conduct of a member of staff at Plas Morfa, the boarding house of Ysgol Uwchradd Morfa Gwennol in Aberwennol.",
            "The Echo understands the concerns relate to a member of boarding staff entering pupils' dormitories at night, after lights out, on a number of occasions over the autumn term.",
            "In a letter sent to families on Monday, headteacher Dr Rhiannon Pryce-Vaughan said a member of staff had been suspended 'as a neutral act while an investigation takes place' and that the school was 'working fully with the police and the local authority designated officer'.",
            "'The safety and wellbeing of our pupils, day and boarding, is our first priority,' the letter said. 'We would ask families not to speculate on social media, as this may affect the investigation.'",
            "Around forty pupils board at Plas Morfa during the week, many of them from farming families further inland and a handful from overseas. The boarding house was rated good in its last care inspection.",
            "A police spokesperson said: 'We received a report of concerns regarding the welfare of children at a residential setting in the Aberwennol area. Enquiries are ongoing and we would ask anyone with information to contact us.'",
            "One parent, who asked not to be named, told the Echo: 'My daughter came home and said the girls had been told to lock their door. You don't expect to hear that.'",
        ],
        date="Thursday 14 November 2024",
        byline="Elin Rowlands, Chief Reporter",
    ),
    E("school", "exact", "sexual", True),
    E("rpryce", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_PARENTS,
        "Nia Thomas-Griffiths",
        "2 November at 21:47",
        "Not sure if this is the right place but I don't know who else to ask. My daughter (yr 9) boards at Plas Morfa Mon-Thurs. At half term she told me that one of the boarding staff has been coming into the girls' rooms after lights out 'to check on them' and sitting on the end of their beds chatting. She said it's happened loads and some of the girls pretend to be asleep. I've emailed school but had an auto reply. Is this normal?? Am I overreacting? 😟",
        [
            (
                "Rhian Evans",
                "You're not overreacting cariad. That's not normal at all. Ring the school first thing and ask for the safeguarding lead, don't email.",
            ),
            (
                "Gethin Lewis",
                "My lad boarded for 3 years and staff never came IN the rooms after lights out, they knock and talk through the door. Report it.",
            ),
            ("Mari Jenkins", "Messaged you x"),
            (
                "Sara Hughes",
                "Same thing was said by my niece last year. Nobody listened then either.",
            ),
            (
                "Admin – Aberwennol Parents & Carers",
                "Turning off comments on this one. Nia, please contact the school DSL or the police directly. Please no names on here. Diolch.",
            ),
        ],
        reactions=63,
    ),
    E("school", "short_name", "sexual", True),
)

add(
    "news",
    news(
        "bulletin",
        "Head of boarding at West Wales school arrested",
        [
            "A senior member of staff at a West Wales secondary school has been arrested by police investigating allegations involving pupils at its boarding house.",
            "Emyr Pugh, 47, head of boarding at Morfa Gwennol High School in Aberwennol, was arrested on Tuesday on suspicion of sexual offences against children and has been released on bail while enquiries continue.",
            "The school confirmed earlier this month that a member of staff had been suspended. It said on Wednesday it could not comment further on an 'ongoing police matter'.",
            "Mr Pugh, who has worked at the school for more than fifteen years, has not been charged.",
            "The county council, which maintains the school, said its safeguarding team had 'offered support to the families affected' and that the boarding house remained open under interim arrangements.",
            "The NSPCC helpline is available for anyone concerned about a child.",
        ],
        date="27 November 2024",
        byline="Wales Bulletin Education team",
        section="Education",
    ),
    E("epugh", "exact", "sexual", True),
    E("school", "alias", "sexual", True),
)

add(
    "facebook",
    facebook(
        FB_TOWN,
        "Dai Rees",
        "28 November at 08:12",
        "So it's Emyr Puw then. The fella from up the Morfa Gwennol boarding house. Everyone round here knew something was off with him for years, he used to hang round the chip shop with the boarders on a Friday night. Kiddie fiddler. Hope they throw the book at him.",
        [
            (
                "Carys Morgan-Jones",
                "He hasn't been charged with anything Dai. Innocent until proven guilty, and you're going to get yourself sued.",
            ),
            ("Dai Rees", "No smoke without fire"),
            (
                "Steffan Price",
                "Taught my brother Welsh in Llangwennol years back, never a whisper. Let the police do their job.",
            ),
            ("Louise Watkins", "Can admin take this down please, there are kids involved 😔"),
        ],
        reactions=41,
    ),
    E("epugh", "alias", "sexual", True),
    E("school", "short_name", "sexual", True),
)

add(
    "social",
    social(
        "TikTok",
        "taffgirlie.x",
        "pov: pughie doing his 'rounds' at 1am 💀💀💀 #plasmorfa #morfagwennol #boardinglife #fyp",
        [
            ("lowri.wav", "NOT THE ROUNDS 😭😭"),
            ("cai_09", "bro was NOT checking the fire alarms 💀"),
            ("seren.jpg", "nonce behaviour fr"),
            ("elis_on_tour", "ngl this aint funny my sister boarded there and she hated it"),
            ("ffi.x", "the torch 😭😭 he always had that torch"),
            ("mabli_", "everyone laughing till it comes out in court"),
        ],
        "❤️ 12.4K  💬 388  ↗️ 1,024",
    ),
    E("epugh", "nickname", "sexual", True),
    E("school", "hashtag", "sexual", True),
)

add(
    "review",
    reviews(
        "Plas Morfa Boarding House – Ysgol Uwchradd Morfa Gwennol, Heol y Morfa, Aberwennol",
        "BoardingReview.example",
        "3.1",
        [
            (
                "Anwen P.",
                5,
                "2 years ago",
                "Our son boarded Monday to Friday for four years because we farm up near Tregaron and the bus would have been two hours each way. Mrs Morgan is an absolute saint – she sat up with him the night his tad-cu died and she still sends him a card on his birthday. Food is decent, rooms are tired but clean.",
            ),
            (
                "Farmer_G",
                4,
                "a year ago",
                "Good value compared to private boarding. Wi-fi is terrible which is probably a blessing. Weekend activities could be better.",
            ),
            (
                "Concerned parent",
                1,
                "3 months ago",
                "I would not send a child here. My son told us a member of staff used to come into the boys' dorm at night and make comments about the boys' bodies when they were getting changed. We reported it to the school in September and heard nothing for six weeks. Now the police are involved. Make of that what you will.",
            ),
            (
                "Kai W",
                3,
                "2 months ago",
                "Fine for sixth form, a bit strict. Laundry goes missing constantly.",
            ),
            (
                "Owner response",
                5,
                "2 months ago",
                "Thank you for your feedback. We are unable to comment on individual matters. Any concern can be raised with the school's Designated Safeguarding Lead.",
            ),
        ],
    ),
    E("school", "exact", "sexual", True),
    E("bmorgan", "title_surname", "neutral"),
)

add(
    "news",
    council(
        "Learning Communities Overview and Scrutiny Committee – Minutes",
        [
            (
                "1. Apologies for absence",
                [
                    "Apologies were received from Cllr H. Bowen and from Dr R. Pryce-Vaughan, Headteacher, Ysgol Uwchradd Morfa Gwennol, who was represented by the Deputy Headteacher."
                ],
            ),
            (
                "2. Declarations of interest",
                [
                    "Cllr M. Davies declared a personal interest in item 5 as a parent of a pupil at the school and remained in the meeting."
                ],
            ),
            (
                "3. Minutes of the previous meeting",
                [
                    "The minutes of the meeting held on 12 September 2024 were confirmed as a correct record."
                ],
            ),
            (
                "4. Home to school transport – mid-year review",
                [
                    "Members received an update on the re-tendering of routes in the north of the county. Cllr Lloyd asked about the 07:05 service from Llangwennol, which had been late on eleven occasions. Officers undertook to report back."
                ],
            ),
            (
                "5. Safeguarding in residential (boarding) provision",
                [
                    "The Corporate Director for Education presented a report on safeguarding arrangements in the county's only maintained boarding provision, Plas Morfa, following the police investigation into allegations made against a member of boarding staff of inappropriate contact with pupils in dormitories at night.",
                    "Mrs Sioned Prothero, Deputy Headteacher and Designated Safeguarding Lead, attended for this item. She outlined the interim arrangements: two waking night staff, no lone working in pupil corridors after 22:00, and a review of the night-time policy by an independent consultant.",
                    "In response to questions from members, Mrs Prothero confirmed that the first concern was received on 3 October and referred to the local authority designated officer the same day. Cllr Davies asked why parents had first heard of the matter via social media; the Director acknowledged that communication 'could have been better'.",
                    "RESOLVED: that the committee notes the report and requests an update, including the independent review, at its meeting in March.",
                ],
            ),
            ("6. Forward work programme", ["The forward work programme was noted."]),
        ],
        date="Thursday 5 December 2024, 10.00am",
    ),
    E("school", "exact", "sexual", True),
    E("sprothero", "exact", "neutral"),
    E("rpryce", "initial_surname", "neutral"),
)
add(
    "blog",
    blog(
        "salt and slate – a blog about growing up on the coast",
        "The things we didn't say in the dorm",
        [
            "I've started this post about six times. Every time I get as far as the bit about the corridor and then I make a cup of tea and close the laptop. So I'm going to do it the other way round, and start with the good things, because there were good things, and I think it's important that people know that too.",
            "I boarded from Year 8 to Year 13. My parents ran a caravan site on the Llŷn and the season meant they just could not do school runs, and the nearest school with a boarding house that didn't cost the earth was two hours south, in a grey stone house on the hill above a harbour. The first night I cried so hard I was sick in the sink. The matron – everyone called her Matron Bethan, though she told us to call her Beth and nobody ever did – sat with me until I fell asleep and then she was there at breakfast with a piece of toast and a look that said, we won't mention it.",
            "There were twelve of us girls on the top corridor. We had a kettle we weren't supposed to have and a poster of a boy band that got turned round every time there was an inspection. We learnt to swim in the sea in April, which I don't recommend. We learnt the words to 'Calon Lân' whether we were Welsh speakers or not. I learnt to cook pasta in a kettle, which is disgusting but possible.",
            "Weekends were long. The day pupils went home and the building went quiet and you could hear the sea and the gulls and the one radiator that banged. Sometimes we'd walk the coast path into the village and buy chips and eat them on the wall. Sometimes we just slept. Homesickness doesn't go away, it just becomes part of the furniture.",
            "Now the other part.",
            "One of the house staff did what he called his 'late rounds'. Lights out was ten. Sometime after midnight the door would open and the torch would come across the beds, and then he'd sit on the end of someone's bed and talk. Always quietly. About whether we had boyfriends, whether we were 'developing', whether we missed being hugged at home. He'd put his hand on your ankle through the duvet. If you pretended to be asleep he'd stay longer. We called it 'the visit' and we made jokes about it because that is what you do when you are fourteen and you don't have words for something.",
            "I told a teacher once, in Year 10. I said it was 'weird'. She said he was probably just checking we were safe, and that I should get some sleep. I don't blame her. I don't think I said it properly. I didn't know how to.",
            "I'm writing this because I've read the news from home and the messages from girls I haven't spoken to in ten years, and I realise that what we laughed about was what it was. It was grooming. It was a man with a key and a torch and a corridor full of children who weren't allowed to lock their doors.",
            "If you were a boarder at Plas Morfa and any of this is familiar, you are not making it up and you are not alone. The police have a dedicated line and they have been kind to me.",
            "I loved that place. I loved the sea and the terrible radiators and Matron Bethan's toast. I want the girls who are there now to have that and nothing else.",
            "(Comments are moderated. I won't publish names. If you want to talk privately my contact form is on the About page.)",
            "Postscript, because people have asked: yes, the school is Ysgol Morfa Gwennol. I didn't name it at first because I didn't want this to be about the school. But the school is where it happened.",
        ],
        author="Gwenllian",
        date="3 December 2024",
        comments=[
            ("Sian", "Top corridor 2009-2013. Every word of this. Thank you for writing it. x"),
            (
                "Anonymous",
                "I was one of the boys on the ground floor and it wasn't only the girls.",
            ),
        ],
    ),
    E("school", "alias", "sexual", True),
    E("bmorgan", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        ALUMNI,
        "General chat",
        "Pugh arrested?? Was he there in our day?",
        [
            (
                "aled_2008",
                "Just seen the Bulletin. Was Mr Pugh there when we were? I left 2008 and I don't remember him.",
            ),
            (
                "Carwyn J",
                "He started 2009 I think, as a houseparent, then head of boarding a few years later.",
            ),
            (
                "megs_1994",
                "I was in Plas Morfa 2011-2016. Won't say much on here but I always thought something was off. He'd come in after lights out with a torch and sit on beds. Told my mum at the time and she told me not to be dramatic.",
            ),
            (
                "Iolo",
                "Can we not speculate please. Nothing has been proven and there are real families reading this.",
            ),
            (
                "rugbyboy88",
                "Mr Pugh was always decent to me tbh, drove me to A&E when I broke my collarbone. Not saying anything either way.",
            ),
            ("megs_1994", "Decent to you doesn't mean decent to everyone. That's how it works."),
            (
                "Mod (Cyn-ddisgyblion)",
                "Thread locked pending the outcome of the police inquiry. Anyone with information should contact the police, not post it here.",
            ),
        ],
    ),
    E("epugh", "title_surname", "sexual", True),
    E("school", "alias", "sexual", True),
)

add(
    "social",
    social(
        "Snapchat (story screenshot reposted to X)",
        "@notmorfa_memes",
        'found this on my cousins story 💀 "mr pugh in the yr 8 girls corridor at midnight AGAIN 🤢🤢 someone tell mrs prothero before i do" plas morfa is actually cursed',
        [
            ("@gwen_xo", "delete this ur gonna get someone in trouble"),
            ("@dylsss", "she did tell mrs prothero. nothing happened"),
            ("@nanw.r", "genuinely hope those girls are ok"),
        ],
        "14 reposts · 96 likes",
    ),
    E("epugh", "title_surname", "sexual", True),
    E("sprothero", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "wwt",
        "No further action against Plas Morfa boarding head, police say",
        [
            "Police have said they will take no further action against the head of boarding at Morfa Gwennol High School who was arrested last year over allegations of sexual offences involving pupils.",
            "Emyr Pugh, 48, was arrested in November and released on bail. A police spokesperson said on Friday that, following a review of the evidence with the Crown Prosecution Service, 'the evidential test for charging has not been met'.",
            "Mr Pugh remains suspended by the school while a separate disciplinary investigation, led by the local authority, is completed.",
            "Families of some boarders said they were 'devastated' by the decision. One mother said: 'Our daughters were brave enough to speak. They deserve to be believed.'",
            "A solicitor acting for Mr Pugh said his client 'has always denied any wrongdoing' and asked for his privacy to be respected.",
            "The school, in Aberwennol, has appointed an independent reviewer to look at its night-time boarding procedures. Its headteacher declined to comment on an individual case.",
        ],
        date="7 March 2025",
        byline="Tomos Llywelyn",
    ),
    E("epugh", "exact", "sexual", True),
    E("school", "alias", "sexual", True),
)

add(
    "facebook",
    facebook(
        FB_TOWN,
        "Kev Pritchard",
        "8 March at 19:20",
        "No further action my arse. If I see Pugh down the harbour or anywhere near Plas Morfa I will put him in the water myself and hold him there. Nonce. You've been warned.",
        [
            ("Bethany L", "Kev delete this, you'll be the one getting arrested"),
            ("Kev Pritchard", "Let them"),
            ("Rob Tanner", "Reported to admin."),
        ],
        reactions=22,
    ),
    E("epugh", "surname_only", "threat"),
)

add(
    "facebook",
    facebook(
        FB_TOWN,
        "Justice For The Boarders (page)",
        "9 March at 10:03",
        "Sioned Prothero was the safeguarding lead and she sat on it for WEEKS. She covered up the boarding house stuff to protect her mates. She lives at 7 Lôn Glan Môr, Aberwennol SA49 7QX and her mobile is 07700 900562. Ring her and ask her why she didn't do her job.",
        [
            (
                "Ceri Ann",
                "This is wrong, posting someone's address. Whatever you think of the school.",
            ),
            ("Justice For The Boarders (page)", "Public interest"),
            ("Gareth W.", "Reported. Doxxing a teacher isn't justice."),
        ],
        reactions=17,
    ),
    E("sprothero", "exact", "doxxing"),
)
# --- B. The peripatetic music tutor ---------------------------------------------------

add(
    "news",
    news(
        "wwt",
        "Visiting music tutor suspended as police investigate private lesson claims",
        [
            "A peripatetic music tutor who has taught in schools across the county for more than twenty years has been suspended while police investigate allegations made by former pupils.",
            "Meirion Gwallter, who teaches harp and piano for the county music service and visits several secondary schools including Ysgol Uwchradd Morfa Gwennol in Aberwennol, is understood to have been interviewed under caution.",
            "The allegations are understood to relate to private lessons given at his home outside school hours, rather than lessons on school premises.",
            "The music service said it had 'acted immediately' on receiving information and that parents of current pupils had been contacted. The school said it had 'no concerns recorded' about the tutor but was supporting the police.",
            "Mr Gwallter, a well-known accompanist at eisteddfodau in the area, has not been arrested or charged.",
        ],
        date="19 May 2023",
        byline="Staff reporter",
    ),
    E("mgwallter", "exact", "sexual", True),
    E("school", "exact", "sexual", True),
)

add(
    "facebook",
    facebook(
        FB_PARENTS,
        "Catrin Wyn (PTA)",
        "24 May at 16:05",
        "Sharing at the request of the police liaison officer. If your child had harp or piano lessons – in school OR privately at the tutor's house – with the visiting music tutor who came in on Tuesdays, and they have said anything that worried you, please call 101 and quote the reference on the letter that came home today. You don't need to be sure. Diolch yn fawr. Comments are off.",
        [],
        reactions=88,
    ),
    E("school", "short_name", "sexual", True),
)

add(
    "forum",
    thread(
        "wales",
        "Music teacher in West Wales charged – anyone know more?",
        "cwm_rhondda_exile",
        "Saw the headline on West Wales Today, harp teacher charged with offences against kids he taught privately. Apparently he did the rounds of a load of schools. Anyone know which?",
        [
            (
                "throwaway_harp",
                412,
                "Gwallter taught me piano at YMG in about 2005. His 'extra lessons' at his house were weird even then – he'd make you sit right up against him on the stool and tell you not to tell your mam because it was a 'present'. I thought it was just me.",
            ),
            ("Dai_the_Sheep", 188, "That's grooming 101. Hope you're ok."),
            (
                "sospan_fach",
                96,
                "Half the county had lessons off him. My sister did and never had an issue, for what it's worth. Not saying it didn't happen to others.",
            ),
            (
                "throwaway_harp",
                140,
                "Thanks. Rang the number today. First time I've said it out loud in 18 years.",
            ),
            ("bara_brith_bandit", 73, "nonce. simple as."),
            (
                "modteam",
                1,
                "Reminder: he has been charged, not convicted. Don't speculate beyond what's been reported.",
            ),
        ],
    ),
    E("mgwallter", "surname_only", "sexual", True),
    E("school", "alias", "sexual", True),
)

add(
    "news",
    news(
        "bulletin",
        "Former harp tutor jailed for abusing pupils during private lessons",
        [
            "A former peripatetic music tutor who abused two girls during private lessons at his home has been jailed for six years.",
            "Meirion Gwallter, 58, of the Llangwennol area, was found guilty after a trial of offences against the girls, who were aged between 13 and 15 at the time and whom he also taught at Morfa Gwennol High School.",
            "Sentencing him at Swansea Crown Court, the judge said Gwallter had 'groomed' both girls and their families, using his reputation as a respected musician to gain their trust. 'You offered free extra lessons as a kindness. It was nothing of the sort.'",
            "In victim statements read to the court, one woman said she had stopped playing music altogether. 'I sold my harp. I couldn't look at it.'",
            "He was also made subject to a sexual harm prevention order and will be on the sex offenders register for life.",
            "Speaking after the hearing, the school's deputy headteacher, Sioned Prothero, said the school had 'cooperated fully with the police throughout' and paid tribute to 'the courage of the women who came forward'.",
        ],
        date="11 October 2024",
        byline="Courts correspondent",
        section="Wales",
    ),
    E("mgwallter", "exact", "sexual", True),
    E("school", "alias", "sexual", True),
    E("sprothero", "exact", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "newsinwales_",
        f"{HG_GWALLTER} finally locked up 🙏 6 years isn't enough for a predator. #wales #justice",
        [
            ("glesni.m", "my mam had lessons off him in the 90s 😳 she's gone quiet"),
            ("ychafi_", "ych a fi. absolute monster"),
            ("dewi_rhys", "6 years for ruining lives 🤬"),
        ],
        "❤️ 3,210  💬 211",
    ),
    E("mgwallter", "homoglyph", "sexual", True),
)

add(
    "social",
    social(
        "Instagram",
        "ysgolmorfagwennol",
        "🎶 What a night! Huge llongyfarchiadau to everyone in our Spring Concert – the orchestra, the choir, the harp ensemble and the jazz band. Diolch to all the families who came along. 💙 #CerddYsgol",
        [
            ("mali_cerdd", "the choir ATE 🔥🔥"),
            (
                "anon.parent.22",
                "Funny how the concert post doesn't mention G w a l l t e r. He taught the harp ensemble here for 15 years. Hope the girls he groomed are ok 💔",
            ),
            ("gruffydd.d", "lovely evening, da iawn pawb"),
            (
                "ysgolmorfagwennol",
                "Comments that identify or speculate about individuals will be removed. Please contact the school directly.",
            ),
        ],
        "1,104 likes",
    ),
    E("mgwallter", "spacing", "sexual", True),
    E("school", "handle", "sexual", True),
)

add(
    "facebook",
    facebook(
        FB_TOWN,
        "Glenys Harries",
        "12 October at 09:40",
        "Meirion Walters, the harp man, got six years yesterday. Taught at Morfa High and half the chapels had him playing at weddings. My granddaughter had a few lessons off him. I feel sick to my stomach.",
        [
            ("Ann Beynon", "His name is Gwallter not Walters Glenys but yes, dreadful."),
            ("Huw Beynon", "Thank God they got him. Those poor girls."),
        ],
        reactions=35,
    ),
    E("mgwallter", "alias", "sexual", True),
    E("school", "alias", "sexual", True),
)

add(
    "forum",
    forum(
        ALUMNI,
        "Where are they now?",
        "Staff we remember – the good, the bad and the ugly",
        [
            ("Bryn01", "Mr Hopkins (geography) – legend. Still has the same jumper apparently."),
            ("ceri_h", "Miss Absalom's drama club got me through Year 9. Owe that woman a lot."),
            (
                "anon_1999",
                "Can we not pretend G@llter was a 'character' now we know he was a convicted nonce? He was at YMG for years and nobody noticed.",
            ),
            ("Bryn01", "Fair. Didn't mean to open that."),
            ("LlinosM", "Miss Absalom and the 'Under Milk Wood' in the rain, 2003. Iconic."),
        ],
    ),
    E("mgwallter", "obfuscated", "sexual", True),
    E("cabsalom", "title_surname", "neutral"),
    E("school", "alias", "sexual", True),
)

add(
    "blog",
    blog(
        "ysgolmorfagwennol.example – Newyddion / News",
        "Harp ensemble win at the Urdd regional round",
        [
            "Llongyfarchiadau to our harp ensemble, who took first place in their category at the regional round on Saturday and go forward to the national Eisteddfod in May.",
            "The six players, from Years 8 to 12, have been rehearsing every Tuesday lunchtime with their tutor, Mr Gwallter, who has taught harp at Ysgol Uwchradd Morfa Gwennol for twelve years. 'They played with real feeling,' he said. 'The adjudicator singled out the dynamics in the second piece.'",
            "Diolch also to the parents who drove the harps to the venue in two horseboxes and a Berlingo.",
        ],
        author="Music Department",
        date="14 March 2019",
    ),
    E("mgwallter", "title_surname", "neutral"),
    E("school", "exact", "neutral"),
)
# --- C. The IT technician and Snapchat --------------------------------------------------

add(
    "facebook",
    facebook(
        FB_PARENTS,
        "Leanne Crowley",
        "16 January at 22:31",
        "Has anyone else's child been added on Snapchat by the IT technician?? Kieran Doyle added my 13 year old after he fixed her Chromebook, then messaged her at 11pm asking if she was 'home alone' and saying she could 'snap him anytime if she was bored'. I have screenshots. She's a CHILD. Reporting to school in the morning.",
        [
            (
                "Mandy Roberts",
                "Same happened to my son's friend in year 8, he added a load of them 'for IT help'.",
            ),
            (
                "Leanne Crowley",
                "Update: spoke to Mrs Prothero, she was brilliant, police have been informed.",
            ),
            ("Ffion Tudor", "Please take his name off, let the police deal with it x"),
            ("Gail P", "Grooming. Plain and simple. Glad you caught it."),
        ],
        reactions=97,
    ),
    E("kdoyle", "exact", "sexual", True),
    E("school", "short_name", "sexual", True),
    E("sprothero", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "yr10chaos",
        "K1eran D0yle really said 'u up?' to a yr 9 on snap 💀💀 #ymg #itdept #snapchat",
        [
            ("osian.w", "kiddie fiddler behaviour"),
            ("lilmabs", "that's actually grooming not a joke guys"),
            ("tirion_x", "he fixed my laptop once and asked for my snap i said no 😬"),
            ("guto_1", "nah the IT room is cursed 😭"),
        ],
        "❤️ 8,870  💬 402",
    ),
    E("kdoyle", "leetspeak", "sexual", True),
    E("school", "hashtag", "sexual", True),
)

add(
    "social",
    social(
        "X",
        "mabon_the_menace",
        "doyle keeps adding girls on snap and sending them pics of his dog at midnight thinking he's cute 🤢🤢 morfa gwennol IT dept is a cesspit genuinely someone do something",
        [
            ("@ffi_lou", "that's so weird for a grown man"),
            ("@cat_aber", "my mam reported him last week"),
        ],
        "3 reposts · 41 likes",
    ),
    E("kdoyle", "surname_only", "sexual", True),
    E("school", "short_name", "sexual", True),
)

add(
    "forum",
    thread(
        "westwales",
        "IT guy suspended at our school",
        "heol_y_plwyf",
        "The IT guy at Morfa Gwennol (K*eran D*yle, everyone knows who) has apparently been suspended for messaging pupils on snap late at night. School sent a letter saying 'a member of support staff'. Do they ever actually tell parents anything?",
        [
            (
                "cardi_mam",
                54,
                "They can't name him in a letter, it's a police matter. But yes it's him.",
            ),
            (
                "not_a_teacher",
                31,
                "Why does an IT tech have pupils' snapchats in the first place. That's the real failure.",
            ),
            (
                "gwalia_grrl",
                22,
                "My daughter said he was 'the nice one' who let them charge phones in the office. That's how it starts.",
            ),
        ],
    ),
    E("kdoyle", "obfuscated", "sexual", True),
    E("school", "short_name", "sexual", True),
)

add(
    "news",
    news(
        "echo",
        "School worker suspended over messages to pupils",
        [
            "A member of support staff at Ysgol Uwchradd Morfa Gwennol has been suspended after parents raised concerns about messages sent to pupils on social media.",
            "The Echo understands the messages were sent late at night via Snapchat to pupils in Years 8 and 9.",
            "A police spokesperson said officers were 'assessing information' and no arrests had been made. The school said it had followed its safeguarding procedures and referred the matter 'within hours'.",
            "In a statement, the school reminded families that staff are not permitted to contact pupils through personal social media accounts.",
        ],
        date="Thursday 23 January 2025",
        byline="Newsdesk",
    ),
    E("school", "exact", "sexual", True),
)

# --- D. The head of sixth form and a former sixth-former ------------------------------

add(
    "forum",
    forum(
        ALUMNI,
        "General chat",
        "Is it true about Wójcik and Megan from our year?",
        [
            (
                "class_of_21",
                "Heard at the Christmas reunion that Wójcik and Megan H are engaged?? She left Morfa Gwennol sixth form in 2021 and apparently they were 'together' by that Christmas.",
            ),
            (
                "dyl_p",
                "People said at the time it started before she left. He was giving her lifts home after chemistry revision. If that's true it's grooming, full stop.",
            ),
            ("rhi_rhi", "She's 21 now, they're both adults, leave them alone."),
            (
                "dyl_p",
                "He was her head of sixth form. Doesn't matter how old she is now, it matters what happened when she was 17.",
            ),
            ("class_of_21", "Not trying to start drama, genuinely just shocked."),
        ],
    ),
    E("twojcik", "surname_only", "sexual", True),
    E("school", "alias", "sexual", True),
)

add(
    "social",
    social(
        "Instagram",
        "confessions.aber6",
        "confession #214: mr wojcik be staring at lily in chem like she's the periodic table 😳😳 lowkey predator arc. (submitted anonymously)",
        [
            ("gethin_b", "NOT THE PERIODIC TABLE 💀"),
            ("elan_x", "ngl this isnt funny she's 16"),
            ("tomos.j", "he def has a crush everyone in yr 12 knows"),
            ("confessions.aber6", "account not affiliated with morfa gwennol lol"),
        ],
        "612 likes",
    ),
    E("twojcik", "title_surname", "sexual", True),
    E("school", "short_name", "sexual", True),
)

add(
    "news",
    news(
        "bulletin",
        "Head of sixth form investigated over relationship with former pupil",
        [
            "A head of sixth form at a West Wales secondary school is under investigation by the education regulator after a complaint about his relationship with a former pupil.",
            "Tomasz Wójcik, who teaches chemistry at Ysgol Uwchradd Morfa Gwennol in Aberwennol, is the subject of a fitness to practise referral to the Education Workforce Council.",
            "The woman, who is now 21, was a sixth-form student at the school. The complaint, made by a member of her family, alleges that the relationship began while she was still a pupil in Year 13 and that he used his position to pursue her. Mr Wójcik is understood to dispute that account, saying the relationship began after she had left.",
            "The school said Mr Wójcik had been 'removed from pupil-facing duties' pending the outcome. A hearing date has not been set.",
        ],
        date="4 February 2025",
        byline="Education correspondent",
        section="Education",
    ),
    E("twojcik", "exact", "sexual", True),
    E("school", "exact", "sexual", True),
)

add(
    "facebook",
    facebook(
        FB_TOWN,
        "Pat Llewellyn",
        "5 February at 13:14",
        "So Mr Wojcick from the Morfa Gwennol sixth form is marrying a girl he taught. In my day that would have been instant dismissal and a kick up the backside. He was in charge of those kids.",
        [
            ("Marc Edwards", "She was 18 when they got together apparently. Not illegal."),
            ("Pat Llewellyn", "Not illegal isn't the same as right Marc"),
            (
                "Eirlys Hughes",
                "The family say it started when she was 17 and in his class. Let the regulator sort it.",
            ),
        ],
        reactions=29,
    ),
    E("twojcik", "typo", "sexual", True),
    E("school", "short_name", "sexual", True),
)

# --- E. A crush joke, and adult-only sexual gossip ------------------------------------

add(
    "social",
    social(
        "TikTok",
        "rugbyboys.aber",
        "coach mathias giving ellie from yr 11 'extra fitness sessions' after school 💀💀 he so has a crush #morfagwennol #rugby",
        [
            ("jac.p", "bro's down bad for a 15 yr old that's not funny"),
            ("heledd_", "reported this, it's about a real girl"),
            ("tom.r_10", "😭😭 the sessions"),
        ],
        "❤️ 2,004  💬 96",
    ),
    E("dmathias", "title_surname", "sexual", True),
    E("school", "hashtag", "sexual", True),
)

add(
    "forum",
    thread(
        "westwales",
        "Small town gossip thread (2025 edition)",
        "llaeth_a_mel",
        "Go on then. What's the best bit of gossip in your town this year? Keep it light.",
        [
            ("ferry_fan", 211, "Pembroke Dock: the new Greggs queue is now visible from space."),
            (
                "aber_lurker",
                187,
                "Everyone in Aberwennol knows Pryce-Vaughan has been shagging the chair of governors in the back of his Volvo in the staff car park. Half the sixth form have seen the car bouncing.",
            ),
            ("ferry_fan", 64, "mate that's not light"),
            ("cymro_69", 40, "lmao the Volvo"),
        ],
    ),
    E("rpryce", "surname_only", "sexual"),
)

add(
    "forum",
    forum(
        PARENTTALK,
        "Secondary education › Wales",
        "Which English teachers at Morfa Gwennol are any good?",
        [
            (
                "Mumof3_Aber",
                "DD starting GCSE English in September, we have a choice of sets. Any views on the English department at Morfa Gwennol?",
            ),
            (
                "WelshDad72",
                "Miss Reynolds can give me a detention any time, if you know what I mean 😉 those tight skirts, I'd stay behind after class with her all right",
            ),
            ("Mumof3_Aber", "That's grim. Not what I asked."),
            (
                "Cardimam",
                "Ignore him. Miss Reynolds is a lovely teacher and very organised. DS got an A* with her.",
            ),
            ("WelshDad72", "Only joking ladies, lighten up"),
        ],
    ),
    E("freynolds", "title_surname", "sexual"),
    E("school", "short_name", "neutral"),
)
# --- F. Near misses: safeguarding, romance on stage, sexual health, "touchy" -----------

add(
    "news",
    news(
        "bro",
        "Staff back to school for safeguarding training day / Diwrnod hyfforddiant diogelu",
        [
            "Roedd staff Ysgol Uwchradd Morfa Gwennol yn ôl yn yr ysgol ddydd Llun ar gyfer diwrnod hyfforddiant. Staff were back on Monday for an INSET day devoted to safeguarding, led by the deputy head and designated safeguarding lead, Sioned Prothero.",
            "Sessions covered online safety, recognising signs of neglect, the new reporting software, and 'low-level concerns' – the small things that make a colleague uneasy. 'The message is simple: if something doesn't feel right, tell someone, the same day,' Mrs Prothero said.",
            "Governors, catering staff, bus drivers and the boarding team all took part. Pupils return on Tuesday.",
        ],
        date="2 September 2024",
        byline="Gohebydd / Correspondent",
        section="Newyddion / News",
    ),
    E("school", "exact", "neutral"),
    E("sprothero", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Stage Left West – amateur & school theatre in West Wales",
        "Review: 'Romeo a Juliet' at Morfa Gwennol High School",
        [
            "School productions of Romeo and Juliet live or die on the balcony scene, and this bilingual version – the Montagues speak Welsh, the Capulets English – gets it exactly right.",
            "Director Catrin Absalom stages the lovers' first kiss not on a balcony but on the harbour wall, with the lighting desk doing a very convincing impression of a West Wales sunset. It is tender, awkward, funny and entirely age-appropriate: the two Year 12 leads hold hands, lean in, and the lights snap to black on the gasp from the front row.",
            "The wedding night is handled with the same tact – a closed door, a dropped glove, a dawn chorus recorded by the Year 8 science club. Absalom knows her audience is largely grandparents.",
            "Quibbles: the sword fights need another week, and Mercutio's Queen Mab speech was swallowed by the sound of rain on the sports hall roof. But this is the best school Shakespeare I have seen in the county for a decade.",
            "Four stars. Final performance Saturday 7pm; tickets £6 from the school office.",
        ],
        author="Harri Vaughan-Lloyd",
        date="21 March 2024",
        comments=[
            (
                "Proud Nain",
                "Our Lowri was the Nurse! She hasn't stopped talking about it. Diolch Miss Absalom x",
            )
        ],
    ),
    E("cabsalom", "exact", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "ysgolmorfagwennol.example – Llais y Rhieni / Parents' Newsletter",
        "Wellbeing update: Sexual Health Week, exam stress and the new water fountains",
        [
            "Next week is Sexual Health Week for Years 10 to 13 at Ysgol Uwchradd Morfa Gwennol. Sessions are run with the school nurse and the county's young people's health team and cover consent, healthy relationships, contraception and where to get confidential advice. Parents may view the materials in advance; please contact the office.",
            "Boarders will have an additional evening session at Plas Morfa led by our Matron, Bethan Morgan, and the school nurse, with a chance to ask questions anonymously via a question box.",
            "Exam stress: our Year 11 drop-in runs every Wednesday lunchtime in the library.",
            "And yes – the new water fountains by the sports hall are finally working. Diolch for your patience.",
        ],
        author="Wellbeing Team",
        date="6 February 2024",
    ),
    E("school", "exact", "neutral"),
    E("bmorgan", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "West Wales Stage Forum",
        "Reviews & criticism",
        "Is Absalom always this touchy about reviews?",
        [
            (
                "curtain_twitcher",
                "Gave the Morfa Gwennol panto three stars on here – fair, I thought, the second half dragged – and Catrin Absalom has written me a 900-word reply about 'critics who have never stood in the wings'. Is she always this touchy?",
            ),
            (
                "LXdesigner",
                "Yes. Brilliant director, thin skin. She once rang the Echo to complain about the word 'competent'.",
            ),
            ("curtain_twitcher", "Competent is fighting talk in Aberwennol 😂"),
            (
                "amdram_aled",
                "Give her a break, she does three shows a year on no budget. I'd be touchy too.",
            ),
        ],
    ),
    E("cabsalom", "exact", "negative"),
    E("school", "short_name", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Aberwennol Under-16s grind out win at Narberth",
        [
            "Aberwennol RFC Under-16s came from behind to win 19-17 away at Narberth on Sunday in a game played in driving rain.",
            "Coach Dafydd Mathias, who also runs the 1st XV at Morfa Gwennol High, praised his pack. 'It was a hands-on, roll-your-sleeves-up performance,' he said. 'We won the ball at the breakdown all afternoon.'",
            "Tries from flanker Osian Rees and winger Cai Parry, with Ioan Hughes converting both and adding a late penalty, sealed it.",
            "Next up: home to Crymych on the 19th. Kick-off 11am.",
        ],
        date="Thursday 10 October 2024",
        byline="Sports desk",
        section="Sport",
    ),
    E("dmathias", "exact", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "coachdafmathias",
        "Not saying I've got a man-crush on the Scarlets' new fly-half but I've watched this sidestep 40 times 😍🏉 Morfa Gwennol 1st XV – THIS is what we're working on in training Tuesday",
        [
            ("gethin_10", "sir is down bad for a fly half 😭😭"),
            ("ioan.h", "bet you can't do it sir"),
            ("coachdafmathias", "@ioan.h laps."),
        ],
        "❤️ 1,390  💬 57",
    ),
    E("dmathias", "handle", "neutral"),
    E("school", "short_name", "neutral"),
)
# --- G. Threats ----------------------------------------------------------------------

add(
    "social",
    social(
        "TikTok",
        "osian_rees7",
        "mathias dropped me from the 1st XV for a year 11 😤😤 i know which car is his, that grey ranger is getting keyed tonight and he's getting his head kicked in when i see him #morfagwennol",
        [
            ("cai_p", "bro calm down 😭"),
            ("heledd_", "delete this before sir sees it"),
            ("osian_rees7", "let him see it"),
        ],
        "❤️ 210  💬 33",
    ),
    E("dmathias", "surname_only", "threat"),
    E("school", "hashtag", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Father admits threatening to burn headteacher's house down",
        [
            "A father who threatened to burn down the home of the headteacher of Ysgol Uwchradd Morfa Gwennol has been given a suspended sentence and a restraining order.",
            "Aberwennol magistrates heard that Craig Mellor, 41, left a voicemail on the school's phone line in June saying Dr Rhiannon Pryce-Vaughan would 'burn in her bed' and that he knew 'which house is hers'. The calls followed his son's exclusion for fighting.",
            "Mellor, of no fixed abode, pleaded guilty to sending a threatening communication. His solicitor said he had been drinking and was 'deeply ashamed'.",
            "The bench imposed 16 weeks in custody, suspended for a year, and a restraining order banning him from contacting Dr Pryce-Vaughan or going within 200 metres of the school on Heol y Morfa.",
        ],
        date="Thursday 19 September 2024",
        byline="Court reporter",
        section="Courts",
    ),
    E("rpryce", "exact", "threat"),
    E("school", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "Aberwennol Online",
        "Local news chat",
        "IT technician at the school – suspended",
        [
            (
                "harbourmaster_jnr",
                "That nonce Doyle wants throwing off the end of Aberwennol pier. If nobody else does it I will, I know what time he walks his dog.",
            ),
            (
                "Morwenna",
                "Threats won't help anyone and you'll get the case thrown out. Leave it to the police.",
            ),
            ("harbourmaster_jnr", "Police did nothing about the last one"),
        ],
    ),
    E("kdoyle", "surname_only", "threat"),
)

add(
    "news",
    news(
        "wwt",
        "Pupils sent home after emailed threat to Aberwennol school",
        [
            "More than 900 pupils were sent home from Morfa Gwennol High School on Wednesday after an email warning that a device had been left on the site.",
            "The message, sent to the school's general office address just after 8am, claimed there was 'a bomb in the sports hall set for 11' and that 'the school will burn for what it did'. Police searched the buildings and grounds with a dog unit and nothing was found.",
            "Headteacher Dr Pryce-Vaughan thanked parents for their patience. 'The children were calm and the evacuation went exactly as we have practised it,' she said.",
            "Police said they were treating the email as a hoax but were investigating its origin. Boarders at Plas Morfa were moved to the town's leisure centre for the afternoon.",
        ],
        date="12 February 2025",
        byline="Staff reporter",
    ),
    E("school", "alias", "threat"),
    E("rpryce", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "Snapchat (story, screen-recorded)",
        "dyl.w_",
        "gonna batter that polish c*nt wojcik after school by the bus bay 🔪🔪 yr 12 morfa gwennol come watch",
        [
            ("rhodri.b", "u serious"),
            ("dyl.w_", "deadly serious he gave me a U"),
        ],
        "viewed by 112",
    ),
    E("twojcik", "surname_only", "threat"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_TOWN,
        "Lisa-Marie Daniels",
        "Yesterday at 22:02",
        "Catrin Absalom has put my daughter in the chorus AGAIN after she did three years of drama club. If she does that to my girl one more time I'll be waiting for her in the theatre car park and she won't be walking away from it. Mark my words.",
        [
            ("Sian Baker", "Lisa that's a threat, take it down"),
            ("Lisa-Marie Daniels", "It's a promise"),
        ],
        reactions=3,
    ),
    E("cabsalom", "exact", "threat"),
)

add(
    "news",
    news(
        "echo",
        "Police warn public after threats made against teacher online",
        [
            "Police have warned that threatening messages posted online about a teacher will be investigated, after posts targeting PE teacher Mr Mathias and his family appeared on a local social media page.",
            "The posts, which have since been removed, appeared after Morfa Gwennol's 1st XV team selection for the Welsh Schools cup. One said his children 'wouldn't be safe walking home'.",
            "A police spokesperson said: 'Making threats online is a criminal offence. We are aware of the posts and enquiries are ongoing.'",
        ],
        date="Thursday 3 April 2025",
        byline="Newsdesk",
    ),
    E("dmathias", "title_surname", "threat"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_PARENTS,
        "Aberwennol PTA / Cymdeithas Rhieni",
        "13 February at 18:00",
        "A message from the PTA. After yesterday's evacuation and some of the posts we've seen this week, we want to say clearly: threatening Dr Pryce-Vaughan, or any member of staff, is never OK. You can disagree with decisions without frightening people. Please look after each other. Diolch.",
        [
            ("Rhian Evans", "Well said 👏"),
            ("Jon Harper", "Agreed. Disagree all you like but threats are out of order."),
        ],
        reactions=140,
    ),
    E("rpryce", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        PARENTTALK,
        "Relationships › Family court",
        "They took my kids and it's HER fault",
        [
            (
                "angrydad_sw",
                "Social services took my boys because of a referral from Sioned Prothero, the safeguarding teacher at Morfa Gwennol. She will pay for this. I know where she parks every morning and I know what she drives. She won't see it coming.",
            ),
            ("Moderator", "This post has been reported to the police and the user suspended."),
        ],
    ),
    E("sprothero", "exact", "threat"),
    E("school", "short_name", "neutral"),
)
# --- H. Hate --------------------------------------------------------------------------

add(
    "facebook",
    facebook(
        FB_TOWN,
        "Wayne Cole",
        "10 July at 20:15",
        "Why have they got a Polish bloke running the sixth form at Morfa Gwennol? Plenty of Welsh teachers out of work. Send Wojcik back to Gdansk where he belongs, dirty Polack, coming over here teaching our kids.",
        [
            ("Alys Rowe", "Disgusting comment. Mr Wójcik got my son into Cardiff Uni. Reported."),
            ("Bryn T", "Racist nonsense Wayne, he's been here 15 years."),
        ],
        reactions=5,
    ),
    E("twojcik", "title_surname", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "yr9.memes.aber",
        "miss absalom walking into drama like 💅🌈 #ymgdrama",
        [
            ("llyr_", "miss absalom is such a dyke lmaooo 🤮🤮"),
            ("ela.m", "ur so homophobic its embarrassing"),
            ("llyr_", "just saying what everyone thinks"),
            ("siwan", "she's literally the best teacher in the school, grow up"),
        ],
        "❤️ 640  💬 71",
    ),
    E("cabsalom", "title_surname", "hate"),
    E("school", "hashtag", "neutral"),
)

add(
    "forum",
    forum(
        "Aberwennol Online",
        "Moans & groans",
        "Morfa High IT is a joke",
        [
            (
                "tech_grump",
                "Third time this term my lad's school laptop has been 'lost in IT'. Typical thick paddy, Doyle couldn't fix a plug. Send him back to the bogs.",
            ),
            ("Morwenna", "Can you complain about the IT without the anti-Irish rubbish please."),
            ("tech_grump", "It's banter"),
        ],
    ),
    E("kdoyle", "surname_only", "hate"),
    E("school", "alias", "negative"),
)

add(
    "news",
    news(
        "echo",
        "Man fined for racist abuse of teacher outside school gates",
        [
            "A man who shouted racist abuse at a teacher outside Ysgol Uwchradd Morfa Gwennol has been fined £600 and ordered to pay compensation.",
            "Magistrates heard that Lee Cadwallader, 36, approached chemistry teacher Tomasz Wójcik at the school gates on Heol y Morfa in March and called him a 'Polish parasite', telling him to 'go back to where you came from' while pupils were leaving for the day.",
            "Cadwallader admitted a racially aggravated public order offence. The chair of the bench said: 'Mr Wójcik has taught children in this town for fifteen years. He is entitled to do so without abuse of this kind.'",
            "In a victim statement, Mr Wójcik said he had felt 'humiliated in front of my own students'.",
        ],
        date="Thursday 29 May 2025",
        byline="Court reporter",
        section="Courts",
    ),
    E("twojcik", "exact", "hate"),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "aber6_leavers",
        "Leavers' assembly 2024 🎓💙 Diolch to everyone who made sixth form at Morfa Gwennol unforgettable",
        [
            ("seren_r", "crying at this 😭💙"),
            ("throwaway8812", f"{HG_WOJCIK} go home 🇵🇱 nobody wants u here immigrant scum"),
            ("aber6_leavers", "Comment reported and user blocked."),
        ],
        "887 likes",
    ),
    E("twojcik", "homoglyph", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Aberwennol Incomers & Newcomers Group",
        "Gary Whitfield",
        "3 September at 07:55",
        "Moved here from Swindon two years ago. My kids are being forced to learn Welsh by Mrs Prothero and her Welsh-speaking clique at Morfa Gwennol. Sheep-shagging taffs, the lot of them, they think they own the place.",
        [
            ("Joanne Pike", "Gary you moved to Wales. This is a horrible thing to say."),
            ("Gary Whitfield", "Free speech"),
        ],
        reactions=2,
    ),
    E("sprothero", "title_surname", "hate"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "ffionfanclub",
        "miss reynolds teaching macbeth like it's a netflix special 😭🔥 best english teacher at morfa gwennol no debate",
        [
            ("gruff.d", "she's ok"),
            (
                "anon3301",
                "miss reynolds should go back to where she came from she ain't even welsh 🐒🐒",
            ),
            ("ffionfanclub", "she was born in Aberwennol you absolute racist. reported."),
        ],
        "❤️ 1,022  💬 88",
    ),
    E("freynolds", "title_surname", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "ScrumTalk – Welsh grassroots rugby",
        "Schools rugby",
        "Morfa Gwennol 1st XV selection (again)",
        [
            (
                "valleysforward",
                "Another season, another Morfa Gwennol team picked on who drinks in the right pub. Mathias is a bender anyway, no wonder he picks pretty boys for the backs.",
            ),
            (
                "ref_watch",
                "Homophobic slurs aren't an argument. Plenty to criticise about the selection without that.",
            ),
            ("valleysforward", "Can't say anything these days"),
        ],
    ),
    E("dmathias", "surname_only", "hate"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "aber_truth_teller",
        "Kieran Doyle, IT tech up the Morfa Gwennol school: thieving pikey, the lot of them are. Lock up your laptops 🔒",
        [
            (
                "@hiraeth_hannah",
                "using a slur for Travellers to talk about a man you don't like. stay classy",
            ),
        ],
        "2 likes",
    ),
    E("kdoyle", "exact", "hate"),
    E("school", "short_name", "neutral"),
)
# --- I. Doxxing (and the office-number trap) -----------------------------------------

add(
    "social",
    social(
        "TikTok",
        "banterbus_aber",
        "mathias personal number is 07700 900418 spam him with 'run it back' till he picks us for the cup 😂😂😂 #morfagwennol #1stXV",
        [
            ("deio.p", "💀💀 he's gonna change his number"),
            ("lowri.wav", "this is actually so bad u can get in trouble"),
        ],
        "❤️ 530  💬 64",
    ),
    E("dmathias", "surname_only", "doxxing"),
    E("school", "hashtag", "neutral"),
)

add(
    "forum",
    forum(
        "Aberwennol Online",
        "Moans & groans",
        "School laptops – who do you actually complain to?",
        [
            (
                "tired_of_it",
                "The office just says 'IT will be in touch' and nobody is. The IT tech at Morfa Gwennol won't answer his school email, so here's his personal one: kieran.doyle.77@postmail.example – tell him what you think.",
            ),
            ("Morwenna", "Please don't post personal emails, that's not fair on anyone."),
        ],
    ),
    E("kdoyle", "exact", "doxxing"),
    E("school", "short_name", "negative"),
)

add(
    "review",
    reviews(
        "Ysgol Uwchradd Morfa Gwennol – Secondary school – Heol y Morfa, Aberwennol",
        "Maps reviews",
        "3.4",
        [
            (
                "Rhodri Lewis",
                2,
                "a month ago",
                "Office phone (01632 960412) rings out. Emails ignored. If you need anything about Year 10 English just ring Ffion Reynolds on her own mobile 07700 900233, she actually picks up.",
            ),
            (
                "Jenny Owen",
                5,
                "2 months ago",
                "Both my children have been very happy here. Strong Welsh ethos, great sports.",
            ),
            ("H. Davies", 3, "5 months ago", "Parking at pick-up is a nightmare on Heol y Morfa."),
        ],
    ),
    E("freynolds", "exact", "doxxing"),
    E("school", "exact", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "dramakids_exposed",
        "catrin absalom lives in the flat above the old chapel, 3 Stryd y Cei, Aberwennol SA49 7ZP 🏠 go tell her what u thought of the panto lol",
        [
            ("mared.l", "why would u post this"),
            ("iestyn_", "this is so weird she's a teacher"),
        ],
        "41 likes",
    ),
    E("cabsalom", "exact", "doxxing"),
)

add(
    "facebook",
    facebook(
        FB_PARENTS,
        "Hywel ap Dafydd",
        "Sunday at 15:22",
        "For anyone with a Year 13 applying to uni – Wójcik's personal email is tomek.wojcik@webpost.example, he answers that way faster than the school system. He did my daughter's UCAS reference in a day.",
        [
            ("Mari Jenkins", "He probably doesn't want that on here Hywel!"),
            ("Hywel ap Dafydd", "Meant well. Will delete later."),
        ],
        reactions=12,
    ),
    E("twojcik", "possessive", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_PARENTS,
        "Sara Hughes",
        "Thursday at 08:10",
        "Does anyone know how to get hold of Mr Pugh about weekend exeats? Is it the school office number? — Reply from a parent: yes, ring the office on 01632 960412 and ask to be put through to boarding, he's usually in after 4.",
        [
            ("Sara Hughes", "Diolch!"),
        ],
        reactions=1,
    ),
    E("epugh", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_TOWN,
        "Angharad Lloyd",
        "Tuesday at 11:51",
        "LOST: navy rucksack with a Plas Morfa boarding house lanyard. If found please hand in or ring Bethan Morgan, matron at Plas Morfa, on her mobile 07700 900771 – she lives right next to the school on Heol y Morfa, number 12, so you can drop it in there too.",
        [
            ("Geraint P", "Shared"),
        ],
        reactions=4,
    ),
    E("bmorgan", "exact", "doxxing"),
)

add(
    "forum",
    forum(
        "Aberwennol Online",
        "Local news chat",
        "Where does the head actually live?",
        [
            (
                "curious_cardi",
                "Asking because she's always banging on about 'community'. Does she even live round here?",
            ),
            (
                "inside_info",
                "Pryce-Vaughan lives at Tŷ Gwyn, Lôn yr Eglwys, Llangwennol SA49 7ZT. The big white one with the electric gates. So yes.",
            ),
            ("Morwenna", "Why would you post that. Mods please."),
        ],
    ),
    E("rpryce", "surname_only", "doxxing"),
)

add(
    "review",
    reviews(
        "Aberwennol Swim & Fitness (Canolfan Hamdden)",
        "Maps reviews",
        "4.0",
        [
            (
                "Leanne B",
                4,
                "a week ago",
                "Great pool, changing rooms need work. The Tuesday masters session is taken by Dafydd Mathias (the PE teacher from Morfa Gwennol High School) and it's excellent – book through the centre on 01632 960990.",
            ),
            ("Gwyn", 3, "a month ago", "Gym is fine. Sauna broken again."),
        ],
    ),
    E("dmathias", "exact", "neutral"),
    E("school", "alias", "neutral"),
)
# --- J. Defamation (allegations of crime or misconduct; non-sexual charges) ----------

add(
    "facebook",
    facebook(
        FB_TOWN,
        "Bleddyn Jones",
        "21 August at 17:44",
        "Ask yourselves where Dr Pryce's new Range Rover came from. She's been creaming off the Morfa Gwennol boarding fees for years, the accounts don't add up and the governors are too scared to look. Someone should call the auditors.",
        [
            ("Menna Rees", "That's a serious accusation Bleddyn, have you got any proof?"),
            ("Bleddyn Jones", "Everyone knows"),
        ],
        reactions=19,
    ),
    E("rpryce", "hyphenated", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "news",
    news(
        "wwt",
        "PE teacher charged with drink-driving after crash near Llangwennol",
        [
            "A teacher at a West Wales secondary school has been charged with drink-driving after his pick-up truck left the road near Llangwennol.",
            "Dafydd Mathias, 39, head of PE at Morfa Gwennol High School, was charged after a roadside breath test following the single-vehicle collision on the A-road on Saturday night. Nobody was injured.",
            "He is due to appear before magistrates next month. The school said it was aware of the matter and that it would be 'inappropriate to comment on an ongoing case'.",
        ],
        date="16 June 2025",
        byline="Staff reporter",
    ),
    E("dmathias", "exact", "defamation"),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "ScrumTalk – Welsh grassroots rugby",
        "Schools rugby",
        "How are Morfa Gwennol so big all of a sudden?",
        [
            (
                "scrumhalf_sam",
                "Played them Saturday. Their back row are the size of fridges. Year 12s!",
            ),
            (
                "valleysforward",
                "Everyone knows Mathias's lads are on the gear. He sorts them out with it himself from a bloke in the gym, that's why they're all suddenly massive.",
            ),
            (
                "ref_watch",
                "That's a criminal allegation about a named teacher. Either report it with evidence or don't post it.",
            ),
            ("scrumhalf_sam", "Or they just do weights and eat their mam's cawl"),
        ],
    ),
    E("dmathias", "possessive", "defamation"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "eisteddfod_watch",
        "Open secret in Aberwennol: Absalom takes cash from parents to give their kids the lead roles in the school show. £200 gets you Juliet apparently. Someone should tell the council.",
        [
            ("@lowri_sings", "my mam never paid and I got a lead so 🤷‍♀️"),
            ("@rhys_writes", "this is libel mate"),
        ],
        "7 reposts",
    ),
    E("cabsalom", "surname_only", "defamation"),
)

add(
    "forum",
    forum(
        PARENTTALK,
        "Secondary education › Exams",
        "A-level coursework marks at Morfa Gwennol – anyone else suspicious?",
        [
            (
                "chemmum",
                "DS's chemistry practical marks went UP after submission and he didn't resubmit anything. Another mum says Mr Wojick was changing coursework marks across the whole class to fix the league tables. Surely that's exam fraud?",
            ),
            (
                "examsofficer_not",
                "Moderation can move marks up or down – it's not necessarily anything sinister.",
            ),
            ("chemmum", "Up by 15%? For everyone? Come on."),
        ],
    ),
    E("twojcik", "typo", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "review",
    reviews(
        "Plas Morfa Boarding House – Aberwennol",
        "BoardingReview.example",
        "3.1",
        [
            (
                "Not happy",
                1,
                "3 weeks ago",
                "Mrs Morgan the matron helps herself to the boarders' pocket money. My daughter's tin was £40 light twice this term and she's not the only one. Nobody at the school will do anything about it.",
            ),
            ("D. Wyn", 4, "a month ago", "Settled in quickly, lovely staff."),
        ],
    ),
    E("bmorgan", "title_surname", "defamation"),
)

add(
    "forum",
    forum(
        ALUMNI,
        "General chat",
        "Boarding memories thread 🛏️",
        [
            (
                "ffionj_05",
                "Midnight feasts on the top corridor 😂 and the fire alarm going off every Wednesday.",
            ),
            (
                "owain_2007",
                "Pughie was three sheets to the wind on boarding duty most Friday nights back then, we used to hear him singing in the office and sneak out while he was hammered. Amazing nobody got hurt.",
            ),
            ("ffionj_05", "Owain 😂 I'd forgotten that"),
            ("carys_b", "The Sunday roast. Best meal of the week by a mile."),
        ],
    ),
    E("epugh", "nickname", "defamation"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "aber.tea",
        "tea ☕ the IT tech at morfa gwennol has been flogging the school's old laptops on ebay and pocketing the cash. K. Doyle if u know u know 👀",
        [
            ("ceri.x", "that's why my laptop disappeared 😭"),
            ("gwion_", "proof or it didn't happen"),
        ],
        "❤️ 312  💬 28",
    ),
    E("kdoyle", "initial_surname", "defamation"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "Aberwennol Online",
        "Local news chat",
        "School cover-up?",
        [
            (
                "truthseeker_sa49",
                "Pr*thero knew about the Snapchat stuff in September and sat on it until parents went public in January. That's misconduct in a safeguarding lead, she should be struck off. Morfa Gwennol protects its own.",
            ),
            (
                "Morwenna",
                "The Echo said it was referred within hours. Where are you getting September from?",
            ),
        ],
    ),
    E("sprothero", "obfuscated", "defamation"),
    E("school", "short_name", "negative"),
)
# --- K. Abuse (insults, harassment) and mixed pages -----------------------------------

add(
    "forum",
    forum(
        PARENTTALK,
        "Secondary education › Wales",
        "Year 10 at Morfa Gwennol – English v Chemistry",
        [
            (
                "Bronwen_T",
                "Honest question for other Morfa Gwennol parents. Why is it that DD loves chemistry and dreads English?",
            ),
            (
                "Pembs_mam",
                "Because Mr Wójcik is an absolute star – he stays behind every Thursday for anyone who's stuck and he actually explains things. Can't speak highly enough of him.",
            ),
            (
                "Bronwen_T",
                "And English is Miss Reynolds. Useless fat cow who can't mark a book to save her life and sits there scrolling her phone while the kids riot. Sorry not sorry.",
            ),
            ("Pembs_mam", "Steady on Bronwen."),
        ],
    ),
    E("twojcik", "title_surname", "neutral"),
    E("freynolds", "title_surname", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "sick_of_this_town",
        "Kieran Doyle from IT up at Morfa Gwennol is a greasy little weasel who smirks at you while he 'loses' your kid's homework files. Pathetic excuse for a man.",
        [],
        "1 like",
    ),
    E("kdoyle", "exact", "abuse"),
    E("school", "short_name", "negative"),
)

add(
    "news",
    news(
        "wwt",
        "Drama teacher targeted by online trolls after school show",
        [
            "A drama teacher has spoken of the 'relentless' online abuse she received after a parent's complaint about casting in a school production went viral.",
            "Catrin Absalom, head of drama at Morfa Gwennol High School in Aberwennol, said she received more than 300 messages over a fortnight, including comments on her appearance and repeated messages calling her a 'talentless witch'. Several accounts tagged her personal profile dozens of times a day.",
            "'I have directed school plays for twenty years. I expect people to disagree with my casting. I don't expect grown adults to message me at two in the morning,' she said.",
            "The school said it was supporting Ms Absalom and had asked the platforms to remove the posts.",
        ],
        date="2 May 2024",
        byline="Staff reporter",
    ),
    E("cabsalom", "exact", "abuse"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "plasmorfa_boarders",
        "rating the boarding staff 1-10 pt 2 🏠 #plasmorfa #boardinglife",
        [
            (
                "ani.w",
                "pughie looks like a thumb with a lanyard 💀💀 0/10 personality of a wet sock",
            ),
            ("rhydian_", "matron beth 10/10 no notes 💙"),
            ("ani.w", "pughie's voice at 7am 'BREAKFAST' 😭😭"),
        ],
        "❤️ 4,402  💬 212",
    ),
    E("epugh", "nickname", "abuse"),
    E("bmorgan", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "Aberwennol Online",
        "Moans & groans",
        "The new head's 'vision'",
        [
            (
                "old_school_dad",
                "Had a letter from R. Pryce-Vaughan today about the new uniform policy. That woman is a jumped-up, power-mad witch with a PhD in nothing. She wouldn't last five minutes in a real job.",
            ),
            ("Morwenna", "You can disagree about blazers without calling her a witch."),
            ("old_school_dad", "Watch me"),
        ],
    ),
    E("rpryce", "initial_surname", "abuse"),
)

add(
    "social",
    social(
        "TikTok",
        "yr11.aber.memes",
        "M4th1as in PE telling us to 'run it off' 💀 #ymg",
        [
            ("cai_p", "M4th1as is a washed clown 🤡🤡 couldnt run a bath"),
            ("tirion_x", "lmaooo"),
            ("jac.p", "he's actually ok tho"),
        ],
        "❤️ 988  💬 74",
    ),
    E("dmathias", "leetspeak", "abuse"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "westwalesstage",
        "Tickets on sale now for the Morfa Gwennol spring show 🎭",
        [
            (
                "critic_anon",
                "CatrinAbsalom thinks she's Spielberg, talentless hack, same three kids in every lead, zero imagination 🙄",
            ),
            ("siwan", "take that back 😤"),
        ],
        "203 likes",
    ),
    E("cabsalom", "camelcase", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Class of '96 – Ysgol Gyfun Tregwyn reunion",
        "Nerys Lloyd",
        "1 June at 21:16",
        "Just found out Sioned Bevan as was is now deputy head at Morfa Gwennol. Always a nasty piece of work even in school, a two-faced cow who'd smile at you and stab you in the back. God help those kids.",
        [
            ("Delyth A", "Nerys 😂 she did nick my boyfriend in year 11 to be fair"),
            ("Lowri Mai", "Bit harsh, people change"),
        ],
        reactions=9,
    ),
    E("sprothero", "alias", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "review",
    reviews(
        "Ysgol Uwchradd Morfa Gwennol – Secondary school",
        "Maps reviews",
        "3.4",
        [
            (
                "Dean Harris",
                1,
                "a week ago",
                "Mrs Prothro is a vile, spiteful woman who enjoys humiliating children and their parents. Worst person I have ever had to deal with.",
            ),
            ("Catrin Ll.", 5, "3 weeks ago", "Fantastic pastoral care."),
        ],
    ),
    E("sprothero", "typo", "abuse"),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "Snapchat (public story)",
        "rhys.abr",
        "K i e r a n  D o y l e is an actual loser 😭 took my phone off me in IT for 'charging without permission' get a life #morfagwennol",
        [],
        "viewed by 87",
    ),
    E("kdoyle", "spacing", "abuse"),
    E("school", "hashtag", "neutral"),
)
# --- L. Everyday neutral and negative pages --------------------------------------------

add(
    "news",
    other_news(
        "Inspection Reports Wales (summary service)",
        "Ysgol Uwchradd Morfa Gwennol – inspection summary",
        [
            "Type: Community secondary school with sixth form and boarding provision. Age range: 11-18. Number on roll: 934, of whom 41 board.",
            "Summary: Most pupils make sound progress from their starting points, and those in the sixth form make strong progress. Standards of Welsh are a strength. However, attendance has not recovered since the pandemic and is well below that of similar schools, and too many pupils in Years 9 and 10 are persistently absent.",
            "Leadership: The headteacher and senior team have an accurate picture of the school's strengths but have been too slow to tackle weaknesses in teaching in a minority of departments, particularly mathematics and design technology.",
            "Care, support and guidance: Arrangements for safeguarding meet requirements. The boarding provision offers a homely environment and boarders speak warmly of the care they receive.",
            "Recommendations: R1 Improve attendance. R2 Strengthen the quality of teaching and assessment in the departments identified. R3 Sharpen the use of self-evaluation to plan improvement.",
        ],
        date="Published 9 January 2024",
        byline="Summary prepared from the published report",
    ),
    E("school", "exact", "negative"),
)

add(
    "news",
    other_news(
        "TeachWales Jobs",
        "Teacher of Welsh (maternity cover) – Ysgol Uwchradd Morfa Gwennol, Aberwennol",
        [
            "Salary: Main Pay Range. Contract: Temporary, full-time, from 1 September. Closing date: 14 June, noon.",
            "Ysgol Uwchradd Morfa Gwennol is a bilingual 11-18 community school with a thriving sixth form and a small boarding house, Plas Morfa, overlooking the harbour. We are looking for an enthusiastic teacher of Welsh to teach across Key Stages 3 and 4, with the possibility of some A level.",
            "Informal visits are welcome. For an application pack please contact Mrs S. Prothero, Deputy Headteacher, via the school office on 01632 960412 or swyddi@ysgolmorfagwennol.example.",
            "The school is committed to safeguarding and promoting the welfare of children and expects all staff to share this commitment. The post is subject to an enhanced DBS check and registration with the Education Workforce Council.",
        ],
        date="Posted 20 May 2025",
        byline="Recruitment",
    ),
    E("school", "exact", "neutral"),
    E("sprothero", "initial_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Gyrfaoedd Glannau Gwennol – local apprenticeships",
        "New: IT Support Apprentice at Morfa Gwennol High School",
        [
            "A 24-month Level 3 apprenticeship in IT support, based at Morfa Gwennol High School in Aberwennol. You'll work alongside the school's IT Technician, Kieran Doyle, looking after around 1,100 devices, the Wi-Fi, the interactive screens and the boarding house network.",
            "No experience necessary, but you'll need GCSE maths and English at grade C or above, a driving licence would be useful, and an interest in fixing things. Welsh is desirable.",
            "Apply through the county apprenticeship portal by 30 April.",
        ],
        author="Apprenticeships team",
        date="2 April 2024",
    ),
    E("kdoyle", "exact", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Rugby: Aberwennol youth round-up",
        [
            "Under-14s: Aberwennol 24 Cardigan 12. A fine team display, with five of the starting XV also in the Morfa Gwennol Year 9 side. Coaches D. Mathias and G. Lloyd were delighted with the defence.",
            "Under-15s: Crymych 31 Aberwennol 5. A tough day at the office; the lone try came from second row Iwan Pugh.",
            "Under-16s: no fixture.",
            "Minis and juniors: festival at home on Sunday, all welcome from 9.30. Bacon rolls from the clubhouse.",
        ],
        date="Thursday 7 November 2024",
        byline="Sports desk",
        section="Sport",
    ),
    E("dmathias", "initial_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "news",
    other_news(
        "Welsh Schools Rugby Report",
        "Cup quarter-final: Morfa Gwennol High School 18 – 15 Ysgol Bro Caerwys",
        [
            "Morfa Gwennol High School booked a place in the semi-finals with a late penalty in a tense, rain-soaked tie.",
            "Coach David Mathias said afterwards: 'The boys showed character. We were poor for an hour and found a way.'",
            "Scorers: Tries – Parry, Rees. Con – Hughes. Pens – Hughes (2).",
        ],
        date="15 March 2025",
        byline="WSRR staff",
    ),
    E("dmathias", "alias", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "review",
    reviews(
        "'Blood Brothers' – Morfa Gwennol High School Drama Department",
        "LocalTicketing.example audience reviews",
        "4.8",
        [
            (
                "Glenys",
                5,
                "Saturday",
                "Director C. Absalom has done it again. Not a dry eye in the house. The Narrator was outstanding.",
            ),
            (
                "Dad of a Marilyn",
                5,
                "Friday",
                "Brilliant. The band were tight and the kids sang their hearts out.",
            ),
            ("Ray", 4, "Friday", "Sound could have been louder at the back, otherwise superb."),
        ],
    ),
    E("cabsalom", "initial_surname", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "bro",
        "Canlyniadau Safon Uwch / A-level results day",
        [
            "Roedd dathlu mawr yn Ysgol Uwchradd Morfa Gwennol ddydd Iau. There were celebrations at Morfa Gwennol on Thursday as 38% of A-level entries were graded A* or A.",
            "Head of sixth form T. Wójcik said: 'I'm so proud of this year group, who did their GCSEs in the middle of the pandemic and never had a normal exam season until now.'",
            "Among the successes: Elan Hughes (four A*s) goes to Cambridge to read natural sciences; Cai Parry, who captained the 1st XV, goes to Cardiff Met.",
        ],
        date="15 August 2024",
        byline="Gohebydd",
        section="Newyddion / News",
    ),
    E("twojcik", "initial_surname", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "review",
    reviews(
        "Tiwtora – private tutors near Aberwennol",
        "Tutor profile reviews",
        "4.9",
        [
            (
                "Sioned (parent)",
                5,
                "March",
                "Ffion R. tutored my son for GCSE English Lit over ten weeks. She teaches English at Morfa Gwennol so she knows the exam board inside out. He went from a 4 to a 7.",
            ),
            ("Llio", 5, "January", "Patient, organised, and she actually made poetry make sense."),
        ],
    ),
    E("freynolds", "first_initial", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "Aberwennol Online",
        "Moans & groans",
        "School Wi-Fi down again",
        [
            (
                "tired_of_it",
                "Homework platform down for the third night running. Kieran D from IT says it's 'the county's fault'. Of course it is.",
            ),
            ("Morwenna", "It was down in the whole county to be fair."),
            ("tired_of_it", "Every week though? Morfa Gwennol must have the worst IT in Wales."),
        ],
    ),
    E("kdoyle", "first_initial", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "blog",
    blog(
        "What's On Aberwennol",
        "Half-term drama workshops at the Neuadd",
        [
            "Three-day musical theatre workshop for ages 8-14, led by Catrin A. (head of drama at Ysgol Morfa Gwennol) and friends from the county youth theatre. £45 for three days, sibling discount available.",
            "Bring a packed lunch and comfy shoes. Final sharing for families at 3pm on Friday.",
        ],
        author="What's On team",
        date="10 October 2024",
    ),
    E("cabsalom", "first_initial", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "review",
    reviews(
        "Plas Morfa (boarding) – Ysgol Uwchradd Morfa Gwennol",
        "BoardingReview.example",
        "3.1",
        [
            (
                "Huw T.",
                2,
                "4 years ago",
                "Emyr P., the head of boarding, is never around when you need him and rules by shouting. Bethan the matron is the only reason our son stayed. Rooms freezing in winter.",
            ),
            ("Anwen", 4, "4 years ago", "A real home from home."),
        ],
    ),
    E("epugh", "first_initial", "negative"),
    E("bmorgan", "nickname", "neutral"),
    E("school", "exact", "negative"),
)

add(
    "social",
    social(
        "X",
        "aberwennolrfc",
        "Diolch to Dafydd M. and the Morfa Gwennol PE department for hosting our tag rugby festival today 🏉💚 200 kids, zero rain (a miracle)",
        [("@mam_o_3", "Brilliant morning, diolch!")],
        "34 likes",
    ),
    E("dmathias", "first_initial", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_PARENTS,
        "Eleri Harries",
        "Wednesday at 19:45",
        "Sharing for the Year 7 parents: lost property is in the hall outside Mrs Morgan's room at Plas Morfa until Friday, then it goes to the charity shop. Lots of unnamed PE kit! 🙈",
        [("Kim J", "Thank you, I think half of it is ours 😂")],
        reactions=14,
    ),
    E("bmorgan", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)
add(
    "review",
    reviews(
        "Ysgol Uwchradd Morfa Gwennol – Secondary school",
        "Maps reviews",
        "3.4",
        [
            (
                "Delyth Rees",
                5,
                "a month ago",
                "Absalom's drama club is the best thing about this school. My shy little boy now does Eisteddfod recitations in front of hundreds.",
            ),
            (
                "G Price",
                2,
                "2 months ago",
                "Good teachers let down by a terrible communication system. Letters arrive the day after the event.",
            ),
        ],
    ),
    E("cabsalom", "possessive", "neutral"),
    E("school", "exact", "negative"),
)

add(
    "forum",
    forum(
        PARENTTALK,
        "Secondary education › Wales",
        "Safeguarding lead at Morfa Gwennol – how do I contact?",
        [
            (
                "NewToWales",
                "We've just moved to Aberwennol. Where do I find who the DSL is at Morfa Gwennol? Nothing urgent, I just like to know.",
            ),
            (
                "Cardimam",
                "It's on the website. Prothero's office is next to reception, and she's very approachable.",
            ),
            ("NewToWales", "Thank you!"),
        ],
    ),
    E("sprothero", "possessive", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "parent_of_two_sa49",
        "Doyle's 'quick fix' for the school printers has now lasted six weeks. Morfa Gwennol parent email: 'please print homework at home'. Some of us don't have printers, Kieran.",
        [],
        "12 likes",
    ),
    E("kdoyle", "possessive", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        FB_PARENTS,
        "Tracy Bowen",
        "Monday at 08:30",
        "Another letter from Mrs Vaughan about 'exciting changes' to the timetable. Exciting for who? Third change this year. Nobody asked the parents, as usual. Can't WAIT for the next one 🙃",
        [
            ("Rhian Evans", "She's Dr Pryce-Vaughan Tracy 😂 but yes, agree, it's a mess"),
            ("Tracy Bowen", "whatever her name is"),
        ],
        reactions=31,
    ),
    E("rpryce", "title_surname", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "dinnerladies_fan",
        "dr pryce really cancelled non uniform day cause of 'standards' 😭😭 #morfagwennol #nonuniform",
        [
            ("mali_cerdd", "standards of WHAT"),
            ("gethin_b", "she's lowkey right tho last time someone came as a shrek"),
        ],
        "❤️ 2,330  💬 140",
    ),
    E("rpryce", "hyphenated", "negative"),
    E("school", "hashtag", "neutral"),
)

add(
    "news",
    news(
        "bro",
        "Pennaeth newydd / New headteacher for Morfa Gwennol",
        [
            "Bydd Dr Vaughan yn dechrau yn ei swydd fel pennaeth Ysgol Uwchradd Morfa Gwennol ym mis Medi. The governors have appointed Dr Vaughan, currently deputy head at a school in the Swansea valley, as the new headteacher from September.",
            "A fluent Welsh speaker who grew up in Llangwennol, she said she was 'coming home'.",
        ],
        date="3 July 2021",
        byline="Gohebydd",
        section="Newyddion / News",
    ),
    E("rpryce", "hyphenated", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "ScrumTalk – Welsh grassroots rugby",
        "Schools rugby",
        "Best school coaches in West Wales?",
        [
            (
                "scrumhalf_sam",
                "Mathais at Morfa Gwennol for me. Turned a small school into a cup side. Bloody brilliant coach, and the boys would run through a wall for him.",
            ),
            ("ref_watch", "Agree. Tidy set-up down there."),
        ],
    ),
    E("dmathias", "typo", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "aberwennol_eats",
        "Sunday roast at the Harbour Inn 🍖 spotted half the M0rfa Gw3nn0l staffroom in here lol",
        [("gwenno.e", "the yorkshires tho 😍")],
        "98 likes",
    ),
    E("school", "leetspeak", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "sixthform.diaries",
        "study vlog 📚 day 12 of mocks at Morfa Gwenol, chem with Mr Wojcick then free period in the library",
        [("elan_x", "go on girl 💪"), ("tomos.j", "chem mocks were evil")],
        "❤️ 412",
    ),
    E("school", "typo", "neutral"),
    E("twojcik", "typo", "neutral"),
)

add(
    "forum",
    thread(
        "casualwales",
        "Drama teachers who changed your life",
        "stagedoor_siân",
        "Mine was at school in West Wales. Who was yours?",
        [
            (
                "llinosm",
                44,
                "Abs4l0m. If you know you know. She made me audition for the National Youth Theatre and I got in.",
            ),
            ("dafyddh", 20, "Mr Francis in Merthyr. Rest in peace."),
        ],
    ),
    E("cabsalom", "leetspeak", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "pe.department.lore",
        f"{HG_MATHIAS} when someone says they forgot their kit 😤😤 #ymg #pe",
        [("ioan.h", "LAPS"), ("mabli_", "the whistle 😭")],
        "❤️ 1,870",
    ),
    E("dmathias", "homoglyph", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "westwales_schools_watch",
        f"Attendance figures out today. {HG_SCHOOL} among the worst in the region for persistent absence again. Parents deserve better.",
        [],
        "6 reposts",
    ),
    E("school", "homoglyph", "negative"),
)

add(
    "forum",
    forum(
        "Aberwennol Online",
        "Moans & groans",
        "Laptop returned wiped – again",
        [
            (
                "tired_of_it",
                f"My daughter's coursework gone because {HG_DOYLE} in IT 'reimaged' her laptop without asking. Morfa Gwennol need to sort their IT out.",
            ),
        ],
    ),
    E("kdoyle", "homoglyph", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "plasmorfa_boarders",
        "P u g h said lights out at 9.30 on a FRIDAY 😭😭 prison vibes #boardinglife #plasmorfa",
        [("rhydian_", "he's so strict 😩")],
        "❤️ 220",
    ),
    E("epugh", "spacing", "negative"),
)

add(
    "social",
    social(
        "X",
        "anon_ex_pupil",
        "Still think about how M o r f a  G w e n n o l handled bullying when I was there. i.e. they didn't.",
        [],
        "3 likes",
    ),
    E("school", "spacing", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "englishlit.girlies",
        "R e y n o l d s really gave me 18/40 on my poetry essay 💀 the hardest marker at morfa gwennol fr",
        [("ffi.x", "she gave me 31 on the same essay sorry 😭")],
        "❤️ 611",
    ),
    E("freynolds", "spacing", "negative"),
    E("school", "short_name", "neutral"),
)
add(
    "social",
    social(
        "X",
        "ex_boarder_2012",
        "Ten years since I left M*rfa Gw*nnol and I still can't eat cottage pie. Some things you don't recover from 😂",
        [("@lowri_sings", "the cottage pie was a war crime")],
        "58 likes",
    ),
    E("school", "obfuscated", "neutral"),
)

add(
    "forum",
    forum(
        "West Wales Stage Forum",
        "Reviews & criticism",
        "Am I allowed to say the school panto was bad",
        [
            (
                "curtain_twitcher",
                "Not naming names but Abs@lom's panto this year was the weakest in ages. Forty minutes too long and the dame had no jokes. The kids deserved a better script.",
            ),
            ("amdram_aled", "Brave man. She'll find you."),
        ],
    ),
    E("cabsalom", "obfuscated", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "confessions.aber6",
        "confession #301: M*thias made us do bleep tests in the rain AGAIN and then said 'character building' 🙃 (submitted anonymously) #morfagwennol",
        [("cai_p", "my character is built. it's broken."), ("heledd_", "the bleeps haunt me")],
        "440 likes",
    ),
    E("dmathias", "obfuscated", "negative"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "aberwennolrfc",
        "Huge diolch to #CoachMathias for taking the U14s this season 🏉 Cup final Sunday at 2 – come and make some noise! #Aberwennol #MorfaGwennol",
        [("@mam_o_3", "Pob lwc bois! 💚")],
        "312 likes",
    ),
    E("dmathias", "hashtag", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "dramakids_aber",
        "When Miss says 'from the top' for the 14th time 😩🎭 #MissAbsalom #ymgdrama #musicaltheatre",
        [("siwan", "THE DEDICATION 😭"), ("mared.l", "she's so iconic")],
        "❤️ 3,010",
    ),
    E("cabsalom", "hashtag", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "westwales_parent",
        "Shout out to @YsgolMorfaGwennol for the sixth form open evening tonight – well organised and the chemistry demos were fab. Sorry to @mr_wojcik_chem about the fire alarm 🔥😂",
        [("@mr_wojcik_chem", "All part of the show! Diolch for coming.")],
        "22 likes",
    ),
    E("school", "handle", "neutral"),
    E("twojcik", "handle", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "theatre_wales_teachers",
        "Teacher feature 🎭 This week: @missabsalom_drama, who has run a drama department on the Welsh coast for twenty years and directed 60+ shows. Her tip: 'Cast the kid who wants it least – they'll surprise you.'",
        [("@missabsalom_drama", "Diolch am y cyfle! 💙")],
        "1,209 likes",
    ),
    E("cabsalom", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "aber_it_help",
        "⚠️ Wi-Fi maintenance in the sports hall block tonight 6-9pm. Queries to @kdoyle_tech. Diolch! #MorfaGwennol",
        [],
        "4 likes",
    ),
    E("kdoyle", "handle", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "YouTube (comments)",
        "",
        "Cyngerdd yr Haf / Summer Concert 2023 – full recording (2h 04m)\nChannel: MorfaGwennolMusic · 412 subscribers",
        [
            ("Gwen Hopkins", "What a talented bunch! The jazz band at 1:12:00 🎷"),
            ("Rhydian Jones", "Diolch for uploading, my mam-gu in Patagonia is watching 💙"),
        ],
        "3,110 views",
    ),
    E("school", "camelcase", "neutral"),
)

add(
    "forum",
    forum(
        "ScrumTalk – Welsh grassroots rugby",
        "Coaching corner",
        "Level 3 award – worth it?",
        [
            ("tenby_tighthead", "Thinking of doing the Level 3. Anyone done it recently?"),
            (
                "DafyddMathias",
                "Finished it this summer. Worth every minute – the video analysis module changed how I run sessions with the 1st XV at Morfa Gwennol High School. Happy to chat, drop me a message.",
            ),
            ("tenby_tighthead", "Cheers, will do."),
        ],
    ),
    E("dmathias", "camelcase", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "Strava – club activity feed: Aberwennol Harriers",
        "",
        "KieranDoyle and 3 others from the Morfa Gwennol staff team completed the Aberwennol Harbour 10K\n10.02 km · 52:14 · Elev 88 m\n'Legs gone. Goat still in the server room.'",
        [("Harriers admin", "Well run all! 💚"), ("Sian B.", "Kudos 👏")],
        "14 kudos",
    ),
    E("kdoyle", "camelcase", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "blog",
    blog(
        "Chemistry Teachers Cymru",
        "Guest post: practical chemistry on a shoestring",
        [
            "This month's guest post is from Tom Wojcik, head of sixth form at Ysgol Morfa Gwennol, on running A-level required practicals with a budget of £6 a pupil.",
            "'Buy in bulk with neighbouring schools, use microscale wherever you can, and never throw away a burette,' he writes.",
        ],
        author="Editor",
        date="1 November 2023",
    ),
    E("twojcik", "alias", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "yr13.chem",
        "tomek explaining organic mechanisms at 8.50am like it's a thriller 😭🧪 morfa gwennol chem dept the goats",
        [("seren_r", "TOMEK 🐐"), ("elan_x", "he's the best teacher in the school fr")],
        "❤️ 2,950",
    ),
    E("twojcik", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "aber1stxv",
        "Daf's pre-match speech had the whole bus in tears 😤🏉 semi final bound! #MorfaGwennol",
        [("osian_rees7", "he said 'play for your nain' and i was gone"), ("ioan.h", "goosebumps")],
        "700 likes",
    ),
    E("dmathias", "nickname", "neutral"),
    E("school", "hashtag", "neutral"),
)
add(
    "news",
    news(
        "bulletin",
        "The last boarding school of its kind: life at the edge of Wales",
        [
            "At half past six on a Monday morning in February, the coast road into Aberwennol is a ribbon of headlights. Farm pick-ups, a milk tanker, a minibus from the hills with its wipers on full. By seven the car park behind the stone house on the hill is full of parents saying goodbye for the week, and by ten past the first of them are already driving back inland, to sheep, to cows, to the jobs that mean their children sleep somewhere else four nights out of seven.",
            "Ysgol Uwchradd Morfa Gwennol is, as far as anyone at the county council can tell, the last state secondary in Wales to run its own boarding house. It was built for it: in the 1950s, when the school opened, the roads inland were worse and the buses fewer, and a boarding house for the children of hill farmers was a practical answer to a practical problem. Most such places closed in the 1980s. This one did not.",
            "Forty-one pupils board here this year. Most are from farming families within forty miles; a handful are from further afield – two brothers from a fishing family on the Llŷn, a girl whose parents work on a research ship, three sixth-formers from Hong Kong and Germany who came for the A levels and the sea.",
            "The building they sleep in, Plas Morfa, is an old sea captain's house with a 1960s extension bolted on the back. It smells of toast and wet coats. There are twelve-bed dormitories for the younger pupils and study-bedrooms for the sixth form, a common room with a pool table that lists to the left, and a kitchen where the only rule, written on a laminated sign, is 'Wash your own mug. Nobody is your mam.'",
            "Boarding fees are modest – the council subsidises them heavily – and the waiting list for places is longer than it has been for a decade. 'Parents want their children in Welsh-medium education, near the sea, with someone keeping an eye on homework,' says one governor. 'And the roads haven't got any better.'",
            "The rhythm of the week is almost monastic. Breakfast at 7.30, school at 8.40, activities after school, tea at 5.30, prep from 6.30 to 8, free time, and lights out for the younger ones at 9.30. On Wednesday nights the whole house walks down to the harbour for chips. On Thursday afternoons, with something close to relief on both sides, the parents come back.",
            "Boarding changes you, the pupils say. 'You learn to share,' says one Year 10 girl. 'You learn to be bored. You learn that your mam was right about socks.' A Year 13 boy, who has boarded since he was eleven, says he will miss the noise. 'At home it's just me and the dog and my dad on the quad. Here there's always someone.'",
            "There are hard parts too. Homesickness, the staff say, comes in waves: in the first weeks of Year 7, again after Christmas, and then, unexpectedly, in Year 12, when friends at home start learning to drive and going to parties the boarders miss. Phones go into a box at lights out. There is one landline in the office that everybody is allowed to use and that everybody, at some point, cries on.",
            "The school itself sits below the boarding house, a long 1950s block with later additions, looking out over the bay. It has 934 pupils, a good record in Welsh and the sciences, an attendance problem it is candid about, and a rugby team that has beaten schools twice its size. Its drama department puts on three shows a year in a sports hall with a leaking roof. Its music department still has a harp ensemble, which in most of Wales is now a rarity.",
            "The teaching staff mostly live locally. Several went to the school themselves. One teacher describes the staffroom as 'a bit like a village: everyone knows everything, and you can't fall out with anyone for long because you'll see them in the Co-op.'",
            "Whether the model survives is another question. The council's budget is under strain, and every few years someone proposes that the boarding house close and the money go into buses. Every few years the farming unions, the Young Farmers' clubs and the local Senedd member see the proposal off.",
            "On the night I stay, a storm comes in off the sea. The windows of the top corridor rattle. Down in the common room two Year 8 boys are teaching a German sixth-former to swear in Welsh, badly. The matron, Bethan Morgan, who has worked at Plas Morfa for nineteen years, does her final round of the corridors at ten with a mug of tea in one hand and a clipboard in the other, checking names, turning off lights, telling a girl on the phone to her mother that it is time to say nos da.",
            "'People think boarding is about rules,' she says, back in her office at the bottom of the stairs, where a kettle is always on. 'It isn't. It's about someone noticing. Noticing who hasn't eaten, who's gone quiet, who's been on the phone to home too long. That's the job. The rest is laundry.'",
            "In the morning the storm has gone. The bay is flat and silver and the gulls are on the roof of the sports hall. The boarders go down the hill to school in a straggling line, ties loose, bags over one shoulder. Somebody is singing. Nobody, as far as I can tell, is wearing the right socks.",
        ],
        date="Saturday 24 February 2024",
        byline="Feature writer",
        section="Wales",
    ),
    E("school", "exact", "neutral"),
    E("bmorgan", "exact", "neutral"),
)

add(
    "forum",
    thread(
        "wales",
        "Relocating to West Wales with two teens – schools, broadband, reality check?",
        "moving_west_2025",
        "We're moving from Bristol in the summer (remote jobs, finally doing it). Kids are 13 and 16. Looking at the coast between Cardigan and Aberaeron, roughly. What should we know? Schools, broadband, winters, whether the kids will hate us forever. Be honest.",
        [
            (
                "cardi_local",
                512,
                "Honest answer: you'll love it from April to October and question everything from November to March. Broadband varies by literally which side of the road you're on, check the postcode on the provider sites before you buy anything. Get a car you don't mind being covered in mud.",
            ),
            (
                "sea_swimmer_sian",
                301,
                "Kids: the 16 year old will find it hardest. Everything is a 40 minute drive. Buses stop at 6. Budget for driving lessons on day one. The 13 year old will be fine, kids that age adapt in about a term.",
            ),
            (
                "moving_west_2025",
                88,
                "Great, thanks. Language – the kids don't speak any Welsh. Is that going to be a problem?",
            ),
            (
                "cymraeg_cyntaf",
                270,
                "Depends on the school category. Some are Welsh-medium, some dual stream, some mainly English. Most will have a latecomers' centre or immersion support for KS3. At 16 you'd be looking at English-medium sixth form or a college. Don't let it put you off, loads of families do it and the kids end up bilingual and smug about it.",
            ),
            (
                "cardi_local",
                190,
                "Also: the Welsh thing is a massive advantage for jobs later. Lean into it.",
            ),
            (
                "dad_of_3_aberaeron",
                155,
                "Winters are dark and windy, but the storms are spectacular. Get a proper coat. Get two. Nobody carries an umbrella here because it's pointless.",
            ),
            (
                "moving_west_2025",
                60,
                "Any specific schools people rate? The 16 year old wants to do sciences.",
            ),
            (
                "retired_teacher_ll",
                142,
                "Without getting into league tables, there are a few decent options along that stretch. Visit, talk to the head of sixth form, ask about class sizes for the sciences – some sixth forms are small enough that chemistry runs with five students, which is great if it runs and terrible if it gets cut.",
            ),
            (
                "sea_swimmer_sian",
                98,
                "Also consider whether they'd want to board weekly, honestly. Sounds mad but for rural kids it's quite normal here.",
            ),
            ("moving_west_2025", 45, "Board? At a state school?? Didn't know that was a thing."),
            (
                "cymraeg_cyntaf",
                133,
                "It's rare now. There's one left that I know of on the coast, with a boarding house in an old captain's house above the harbour.",
            ),
            (
                "ex_pupil_2019",
                210,
                "That's Morfa Gwennol High School in Aberwennol. I did my A levels there – chemistry with Mr Wójcik, who is genuinely the best teacher I ever had, and I came out with an A*. The sixth form is small, the science labs are old but fine, and the boarding house is a bit like a youth hostel with rules. Would recommend for a science kid.",
            ),
            ("moving_west_2025", 40, "Amazing, thank you, adding it to the list."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("twojcik", "title_surname", "neutral"),
)

add(
    "news",
    council(
        "Learning Communities Overview and Scrutiny Committee – Minutes",
        [
            ("1. Apologies", ["None."]),
            (
                "2. School transport: post-16 fares",
                [
                    "Members considered the consultation on charging for post-16 transport. Cllr Lloyd noted that sixth-formers from Llangwennol and the upland wards travelling to Ysgol Uwchradd Morfa Gwennol would face the highest costs, at up to £480 a year. Officers were asked to model a hardship scheme."
                ],
            ),
            (
                "3. School budgets 2025-26",
                [
                    "The Head of Finance reported that four secondary schools, including Morfa Gwennol, were forecasting deficit budgets. Members expressed concern at the number of schools using reserves to fund staffing."
                ],
            ),
            ("4. Date of next meeting", ["Thursday 13 March 2025."]),
        ],
        date="Thursday 16 January 2025, 10.00am",
    ),
    E("school", "exact", "negative"),
)

add(
    "forum",
    forum(
        ALUMNI,
        "Where are they now?",
        "Teachers from the 2000s – who's still there?",
        [
            (
                "Bryn01",
                "Went back for the 70th anniversary do. Still there: Miss Absalom (now head of drama), Matron Morgan (exactly the same, possibly immortal), and Pughie, who is now head of boarding and has gone grey.",
            ),
            (
                "LlinosM",
                "Matron Morgan was the best. She used to hide biscuits in the airing cupboard for the homesick ones.",
            ),
            (
                "aled_2008",
                "Mathias wasn't there in our day was he? He's the rugby one now I think.",
            ),
            ("Bryn01", "He was a pupil! Year above me. Now he coaches the 1st XV."),
        ],
    ),
    E("cabsalom", "title_surname", "neutral"),
    E("bmorgan", "title_surname", "neutral"),
    E("epugh", "nickname", "neutral"),
    E("dmathias", "surname_only", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "echo",
        "Tributes paid to former Morfa Gwennol music teacher",
        [
            "Tributes have been paid to Gwilym Harries, who taught music at Ysgol Uwchradd Morfa Gwennol for thirty years and conducted the town's male voice choir, who has died aged 88.",
            "Current headteacher Dr Rhiannon Pryce-Vaughan, herself a former pupil, said: 'Mr Harries taught half the town to sing, including me. He was a gentleman and a great musician.'",
            "The funeral will be held at Capel Bethel, Aberwennol, on Friday at 1pm. Family flowers only; donations to the lifeboat.",
        ],
        date="Thursday 11 July 2024",
        byline="Newsdesk",
        section="Notices",
    ),
    E("school", "exact", "neutral"),
    E("rpryce", "exact", "neutral"),
)

add(
    "review",
    reviews(
        "Ysgol Uwchradd Morfa Gwennol – Secondary school",
        "Maps reviews",
        "3.4",
        [
            (
                "Owain",
                1,
                "3 weeks ago",
                "Bullying is ignored. My son was pushed down the stairs and the response was a 'restorative conversation'. Dr Pryce-Vaughan wouldn't even meet us. Shambles.",
            ),
            ("Mags", 5, "a month ago", "Amazing sixth form, my daughter loved every minute."),
            (
                "Steve T",
                1,
                "2 months ago",
                "The communication from this school is the worst I've known. Three different dates for parents' evening.",
            ),
        ],
    ),
    E("rpryce", "title_surname", "negative"),
    E("school", "exact", "negative"),
)

add(
    "facebook",
    facebook(
        FB_PARENTS,
        "Ceri Lloyd",
        "Friday at 17:20",
        "Massive diolch to Miss Reynolds for running the Year 11 revision sessions every single Tuesday since October. My son actually WANTS to go. That woman deserves a medal 🏅",
        [
            ("Nia Thomas-Griffiths", "She's amazing. Saved my daughter's GCSE."),
            ("Rhian Evans", "Agree 100%"),
        ],
        reactions=77,
    ),
    E("freynolds", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        PARENTTALK,
        "Boarding",
        "Weekly boarding at a state school – Plas Morfa experiences?",
        [
            (
                "hillfarm_mam",
                "Considering weekly boarding for DS (12) at Morfa Gwennol, as the bus would be 90 minutes each way. Anyone have recent experience? Honest views please, good and bad.",
            ),
            (
                "Cardimam",
                "DD boarded 2019-2023. Positives: matron is wonderful, friendships for life, homework actually gets done. Negatives: food is school food, the building is cold, and Friday pick-up is chaos.",
            ),
            ("hillfarm_mam", "And the staff generally?"),
            (
                "Cardimam",
                "Mostly fine. Mr Pugh runs it strictly, which DD hated and I quite liked. Honestly the matron is the heart of the place.",
            ),
        ],
    ),
    E("epugh", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "ffionfan2",
        "POV: FfionReynolds marking your essay at 11pm with a red pen and a cup of tea ☕📝 (she teaches english at morfa gwennol, legend)",
        [("tirion_x", "she wrote 'see me' on mine 😭")],
        "❤️ 812",
    ),
    E("freynolds", "camelcase", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_TOWN,
        "Eirian Davies",
        "Saturday at 12:03",
        "Anyone know if Mrs Vaughan from the high school is still doing the Sunday swim at Traeth Gwennol? Want to join but don't want to turn up to an empty beach 😂",
        [("Sioned Wyn", "Every Sunday 8am, rain or shine. She's hardcore!")],
        reactions=6,
    ),
    E("rpryce", "hyphenated", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "harbourcafe_aberwennol",
        "Birthday cake for Emyr Pugh from all the boarders at Plas Morfa 🎂 they ordered it themselves – lemon drizzle, his favourite",
        [("rhydian_", "penblwydd hapus syr! 🎉")],
        "143 likes",
    ),
    E("epugh", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "Aberwennol Online",
        "Local news chat",
        "Contact details for the boarding house?",
        [
            (
                "new_in_town",
                "Needing to get hold of the head of boarding at Plas Morfa urgently about my nephew. The school office is closed.",
            ),
            (
                "inside_info",
                "Emyr Pugh's own mobile is 07700 900305 and he lives in the flat at the top of Plas Morfa. He won't mind.",
            ),
            (
                "Morwenna",
                "He might mind, actually. There's an out-of-hours boarding number on the website.",
            ),
        ],
    ),
    E("epugh", "exact", "doxxing"),
)
# --- M. Decoys: lookalike organisations, strangers sharing names ---------------------

add(
    "review",
    reviews(
        "Morfa Gwennol Holiday Park – Aberwennol",
        "CampsiteReviews.example",
        "4.2",
        [
            (
                "The Hendersons",
                5,
                "August",
                "Static caravan with sea views, spotless. Kids loved the pool and the beach is a five-minute walk. The clubhouse does a decent curry.",
            ),
            (
                "Mike from Leicester",
                3,
                "July",
                "Nice site but the Wi-Fi only works by reception. Noisy on Saturday nights.",
            ),
            ("Jo", 4, "June", "Third year coming. Staff at reception are lovely."),
        ],
    ),
)

add(
    "news",
    news(
        "echo",
        "Football: Morfa Gwennol AFC edged out in league cup",
        [
            "Morfa Gwennol AFC went down 2-1 at home to Penparc in the league cup on Saturday, conceding a late winner after a spirited second-half display.",
            "Player-manager Lee Sanders said his side had 'given everything' and would 'regroup for the league'. Scorer: T. Jenkins (pen).",
        ],
        date="Thursday 17 October 2024",
        byline="Sports desk",
        section="Sport",
    ),
)

add(
    "news",
    news(
        "bro",
        "Capel Morfa Gwennol yn dathlu 150 / Chapel marks 150 years",
        [
            "Mae Capel Morfa Gwennol yn dathlu 150 mlynedd gyda gŵyl gerddorol ym mis Mehefin. The chapel at Morfa Gwennol, on the old coast road, is celebrating its 150th anniversary with a hymn festival and an exhibition of photographs of its former ministers.",
            "The anniversary service will be led by the Rev. Eifion Rowlands. Tea and bara brith afterwards in the vestry.",
        ],
        date="1 May 2024",
        byline="Gohebydd",
        section="Digwyddiadau / Events",
    ),
)

add(
    "news",
    other_news(
        "Care Standards Digest",
        "Morfa Gwennol Nursing Home rated 'good' after follow-up visit",
        [
            "Morfa Gwennol Nursing Home, a 32-bed home for older people run by a family company, has been rated good across all areas following a follow-up inspection.",
            "Inspectors praised the activities programme, including weekly visits from a therapy dog and a Welsh-language singing group, and noted improvements in medication records since the previous visit.",
        ],
        date="12 March 2025",
        byline="Digest editor",
    ),
)

add(
    "news",
    other_news(
        "Ohio Valley Sports Wire",
        "MGHS Eagles clinch conference title with late field goal",
        [
            "Mount Gilead High School (MGHS) clinched the conference title Friday night with a 24-21 win over Cardington, sealed by a 38-yard field goal with seven seconds left.",
            "MGHS head coach Dale Kessler praised his defense: 'They bent but didn't break.' The Eagles open the playoffs at home next week.",
        ],
        date="November 1, 2024",
        byline="OVSW staff",
    ),
)

add(
    "news",
    other_news(
        "Conwy Coast Chronicle",
        "Roadworks on Morfa High Street to last six weeks",
        [
            "Drivers are being warned of delays on Morfa High Street as gas main replacement work begins on Monday.",
            "Temporary traffic lights will be in place between the roundabout and the library. Shops will remain open as usual, and the council has suspended parking charges in the nearby car park.",
        ],
        date="3 February 2025",
        byline="Chronicle reporter",
    ),
)

add(
    "news",
    other_news(
        "Hurling Daily",
        "Doyle the hero as Kilkenny side snatch county final",
        [
            "Kieran Doyle struck the winning point in injury time as Ballyhale Rovers snatched the county final by a point at Nowlan Park.",
            "Doyle, 24, finished with 0-9, seven from frees. 'I don't remember any of it,' he said afterwards.",
        ],
        date="20 October 2024",
        byline="Seán Ó Murchú",
    ),
)

add(
    "news",
    other_news(
        "Llanelli Star Notices",
        "Deaths: MORGAN, Bethan",
        [
            "MORGAN Bethan (née Williams), of Felinfoel, passed away peacefully on 2 January 2025 at Prince Philip Hospital, aged 91. Beloved wife of the late Emrys, much-loved mam of Gareth and Ann, and mam-gu to six.",
            "Funeral service at Capel Adulam, Felinfoel, on Friday 17 January at 11am, followed by interment. Family flowers only; donations if desired to Marie Curie.",
        ],
        date="8 January 2025",
        byline="Family notice",
    ),
)

add(
    "review",
    reviews(
        "Bethan Morgan Dog Grooming – Carmarthen",
        "Maps reviews",
        "4.9",
        [
            (
                "Sue P",
                5,
                "a week ago",
                "Bethan groomed our cockapoo beautifully and sent photos during the session. Very gentle with nervous dogs.",
            ),
            ("Alun", 5, "a month ago", "Best dog grooming in the county. Book early, she's busy."),
            ("Karen", 4, "3 months ago", "Lovely job, a bit pricey for a full groom."),
        ],
    ),
)

add(
    "news",
    other_news(
        "Farmers' Weekly Wales",
        "Builth sheep sale: Texel cross ewe lambs top £180",
        [
            "Trade was strong at the autumn sale, with Texel cross ewe lambs from Emyr Pugh, Llanafan Fawr, topping the day at £180.",
            "Mule ewe lambs averaged £142. Auctioneers reported a full ring and buyers from as far as Shropshire.",
        ],
        date="15 September 2024",
        byline="Markets reporter",
    ),
)

add(
    "news",
    other_news(
        "North Wales Courts Roundup",
        "Magistrates' court results",
        [
            "Dafydd Mathias, 23, of Wrexham, fined £300 and banned from driving for six months for speeding at 68mph in a 40mph zone on the A483.",
            "Lisa Jones, 35, of Mold, fined £120 for failing to pay a TV licence.",
            "Craig Hughes, 44, of Buckley, given a conditional discharge for shoplifting meat worth £60.",
        ],
        date="27 March 2025",
        byline="Courts",
    ),
)

add(
    "blog",
    blog(
        "Southern Gothic Reading Circle",
        "Notes on Absalom, Absalom! (Week 3)",
        [
            "This week we finished Chapter Five – Rosa Coldfield's long, breathless monologue – and argued, as usual, about Quentin. Is he telling the story, or is the story telling him?",
            "Faulkner's Absalom, Absalom! borrows its title from David's lament in 2 Samuel. Absalom, the beloved son who rebels and dies, stands behind Henry Sutpen and Charles Bon. Next week: Chapters Six and Seven. Bring snacks.",
        ],
        author="Martha",
        date="5 March 2025",
        comments=[("Dev", "Rosa's chapter broke my brain in the best way.")],
    ),
)

add(
    "blog",
    blog(
        "Hanes Cymru – Welsh history notes",
        "Gwallter Mechain: poet, priest and agricultural surveyor",
        [
            "Walter Davies, better known by his bardic name Gwallter Mechain (1761-1849), was a clergyman, poet and antiquary from Montgomeryshire who won several eisteddfod chairs and wrote important surveys of Welsh agriculture for the Board of Agriculture.",
            "Gwallter's surveys remain a valuable source for historians of rural Wales. His collected works were published after his death.",
        ],
        author="Hanes",
        date="12 June 2024",
    ),
)

add(
    "news",
    other_news(
        "Gazeta Sport (English edition)",
        "Wójcik double sends Lech top",
        [
            "Tomasz Wójcik scored twice as Lech Poznań went top of the table with a 3-1 win over Górnik Zabrze.",
            "The 27-year-old winger has now scored seven goals this season. 'The team deserved it,' Wójcik said.",
        ],
        date="9 November 2024",
        byline="Sport desk",
    ),
)

add(
    "news",
    other_news(
        "Cardiff Netball Weekly",
        "Reynolds shines as Cardiff City Netball go top",
        [
            "Goal attack Ffion Reynolds scored 31 from 34 as Cardiff City Netball beat Newport 58-44 on Sunday.",
            "Coach Amy Tranter said Reynolds was 'unplayable'. Cardiff are top of the Welsh Premier League at the midway point.",
        ],
        date="2 December 2024",
        byline="CNW",
    ),
)

add(
    "review",
    reviews(
        "Prothero & Lewis Estate Agents – Pontcanna, Cardiff",
        "Maps reviews",
        "4.6",
        [
            (
                "Rachel D",
                5,
                "2 weeks ago",
                "Sioned Prothero sold our flat in three weeks and kept us updated every step. Highly recommend.",
            ),
            (
                "Tom",
                3,
                "2 months ago",
                "Viewings were well organised but communication dropped off after the offer.",
            ),
        ],
    ),
)

add(
    "social",
    social(
        "Instagram",
        "plasmorfa_llandudno",
        "Afternoon tea on the terrace at the Plas Morfa Hotel ☀️🫖 book now for Mother's Day",
        [("@jen_travels", "Looks divine!")],
        "89 likes",
    ),
)

add(
    "forum",
    forum(
        "DIY & Home Improvement UK",
        "Plumbing",
        "Combi boiler losing pressure",
        [
            (
                "boilerbob",
                "Worcester combi keeps dropping to 0.5 bar every two days. No visible leaks.",
            ),
            (
                "kdoyle_plumbing",
                "Kieran Doyle here, Gas Safe engineer in Leeds. Nine times out of ten it's the pressure relief valve or the expansion vessel. Check the PRV pipe outside for drips.",
            ),
            ("boilerbob", "Dripping! Thanks Kieran."),
        ],
    ),
)

add(
    "news",
    other_news(
        "Rugby Cymru Results",
        "West Wales Championship: Narberth 27 Aberwennol 20",
        [
            "Narberth held on for a deserved win over Aberwennol on a heavy pitch at the Lewis Field.",
            "Narberth tries: D. Mathias (2), O. Phillips. Con: Thomas 3. Pen: Thomas 2. Aberwennol tries: Jenkins, Rees. Con: Hughes 2. Pen: Hughes 2.",
            "Narberth's D. Mathias, the 19-year-old wing in his first season of senior rugby, looked sharp throughout.",
        ],
        date="22 February 2025",
        byline="Results service",
    ),
)

add(
    "blog",
    blog(
        "ysgolmorfagwennol.example – Newyddion / News",
        "Year 9 visit Cardiff Bay",
        [
            "Ninety Year 9 pupils from Ysgol Uwchradd Morfa Gwennol spent Wednesday in Cardiff Bay as part of their citizenship programme.",
            "At the Senedd they were welcomed by education officer Bethan Morgan, who led a mock debate on lowering the voting age. (She tells us she gets confused with our own Matron at least once a year!) The afternoon was spent at the Wales Millennium Centre.",
        ],
        author="Humanities Faculty",
        date="20 June 2024",
    ),
    E("school", "exact", "neutral"),
)
add(
    "facebook",
    facebook(
        FB_TOWN,
        "Morfa Gwennol PTA Fundraising",
        "Sunday at 10:15",
        "DIOLCH to everyone who came to the Morfa Gwennol summer fair! We raised £3,412 for new stage lighting. Special thanks to Mr Reynolds from Reynolds Plumbing & Heating for donating the raffle prize (a new shower, fitted!) and to the Harbour Inn for the hog roast.",
        [("Gail P", "Fab day, well done all 👏"), ("Dewi Reynolds", "Pleasure! Enjoy the lights")],
        reactions=58,
    ),
    E("school", "short_name", "neutral"),
)

add(
    "blog",
    blog(
        "Cerdd Caerdydd – concerts listings",
        "YMG Spring Showcase at St David's Hall",
        [
            "The Young Musicians' Guild (YMG) returns to St David's Hall on 22 March for its annual Spring Showcase, with the YMG Youth Orchestra, harp soloists from across South Wales and a new commission for brass.",
            "Tickets £12, under-18s free. The YMG bursary fund will be collecting at the interval.",
        ],
        author="Listings",
        date="1 March 2025",
    ),
)

add(
    "news",
    other_news(
        "Minnesota Prep Robotics",
        "Maple Grove (MGHS) robotics team heads to state",
        [
            "The MGHS robotics team, the Crimson Circuits, qualified for the state championship after finishing second at the regional in Duluth.",
            "Team captain Priya Nair said the robot's new intake design 'finally worked when it mattered'.",
        ],
        date="April 2, 2025",
        byline="MPR staff",
    ),
)

add(
    "blog",
    blog(
        "Pembroke Dock Family History Society",
        "From the parish registers: the Absalom family of Pater",
        [
            "Our member Janet has been tracing the Absalom family, shipwrights at the Royal Dockyard. The earliest record she has found is the baptism of Catrin Absalom, daughter of Thomas Absalom, shipwright, and Mary his wife, at St John's in 1842.",
            "Catrin Absalom married a Milford fisherman in 1863 and died in 1901. If you have any connection to the family, Janet would love to hear from you at the next meeting.",
        ],
        author="Society secretary",
        date="18 January 2025",
    ),
)

add(
    "news",
    other_news(
        "Y Cymro Bach – Eisteddfod results",
        "Canlyniadau Eisteddfod Bala / Bala Eisteddfod results",
        [
            "Englyn: 1. Emyr Pugh, Llanuwchllyn; 2. Mair Rowlands, Y Parc; 3. Iolo Jones, Bala.",
            "Unawd dan 12 / Solo under 12: 1. Cadi Evans; 2. Tomos Pugh.",
        ],
        date="28 October 2024",
        byline="Gohebydd",
    ),
)

add(
    "review",
    reviews(
        "Pugh's Garden Centre & Café – Llangwennol",
        "Maps reviews",
        "4.5",
        [
            (
                "Megan R",
                5,
                "a week ago",
                "Gareth Pugh and his team know their plants. The café does the best bara brith in West Wales.",
            ),
            ("Phil", 4, "a month ago", "Good range, a bit pricey. Plenty of parking."),
        ],
    ),
)

add(
    "social",
    social(
        "TikTok",
        "dogsofwestwales",
        "Morfa Gwennol beach at sunrise with Bryn 🐕🌅 dogs allowed all year at this end! #westwales #dogbeach",
        [("@cardi_corgi", "Our favourite beach 😍")],
        "❤️ 1,120",
    ),
)

add(
    "news",
    other_news(
        "South Wales Guardian Notices",
        "Deaths: WALTERS, Meirion",
        [
            "WALTERS Meirion, of Ammanford, retired collier and lifelong member of the Ammanford Silver Band, died peacefully at home on 3 February 2025, aged 79.",
            "Funeral at Capel Gellimanwydd, Thursday 20 February at 12 noon. Donations to the Silver Band.",
        ],
        date="10 February 2025",
        byline="Family notice",
    ),
)

# =========================================================================== output


def validate() -> None:
    with WATCHLIST.open("rb") as fh:
        watch = tomllib.load(fh)
    subjects = {"school"} | {s["id"] for s in watch["staff"]}
    assert len(watch["staff"]) in range(9, 12), len(watch["staff"])
    for i, doc in enumerate(DOCS):
        for e in doc.expected:
            assert e.subject in subjects, (i, e.subject)
            assert e.url_only == (e.url_only and e.category == "sexual"), (i, e)
        assert doc.text.strip(), i
    mentions = sum(len(d.expected) for d in DOCS)
    assert len(DOCS) >= 150, len(DOCS)
    assert mentions >= 180, mentions
    variants: dict[str, int] = {}
    categories: dict[str, int] = {}
    for d in DOCS:
        for e in d.expected:
            variants[e.variant] = variants.get(e.variant, 0) + 1
            categories[e.category] = categories.get(e.category, 0) + 1
    for v in VARIANTS:
        assert variants.get(v, 0) >= 4, (v, variants.get(v, 0))
    for c in CATEGORIES:
        assert categories.get(c, 0) >= 8, (c, categories.get(c, 0))
    sexual_docs = sum(1 for d in DOCS if any(e.category == "sexual" for e in d.expected))
    assert sexual_docs >= 20, sexual_docs
    decoys = sum(1 for d in DOCS if not d.expected) / len(DOCS)
    assert decoys <= 0.20, decoys


def main() -> None:
    validate()
    if DOCS_DIR.exists():
        shutil.rmtree(DOCS_DIR)
    DOCS_DIR.mkdir(parents=True)
    rows = []
    for i, doc in enumerate(DOCS):
        name = f"{i:03d}-{doc.kind}.{doc.ext}"
        (DOCS_DIR / name).write_text(doc.text, encoding="utf-8")
        rows.append(
            {
                "file": name,
                "kind": doc.kind,
                "expected": [
                    {
                        "subject": e.subject,
                        "variant": e.variant,
                        "category": e.category,
                        "url_only": e.url_only,
                    }
                    for e in doc.expected
                ],
            }
        )
    with LABELS.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} documents, {sum(len(r['expected']) for r in rows)} mentions")


if __name__ == "__main__":
    main()
