# ruff: noqa: E501
"""Build the train17 labelled corpus for the repwatch matcher.

Setting
-------
Thames Ironworks Academy is a fictional mixed 11-18 academy on Slipway Road, on the Canning Town
side of Bow Creek, where Newham meets Tower Hamlets (Leamouth is across the water). It takes
its name from the Thames Ironworks and Shipbuilding Company, the yard whose works team became
West Ham United, so the web is full of pages about "Thames Ironworks" that have nothing to do
with the school. Pupils call the school "Ironworks" or "TIA"; the short name is also shared by
an ocakbasi on the Barking Road, a boxing club, a council estate, a lane with a mosque on it, a
pub, a care home and a primary school in Wales, and "TIA" is also a mini-stroke and a girl's
name. Staff: the principal Folasade Adeyemi-Clarke (double-barrelled; maiden name Folasade
Adeyemi), deputy Shahid Ahmed (a very common name, shared here by a mosque chairman, a
cricketer and an accountant), Kwabena Mensah (maths), Dr Agnieszka Wróblewska (science, a
diacritic name), Chukwuemeka "Emeka" Okonkwo (English, known by the short form), Darren
Whitlock (PE; pupils call him "Tango"), Priya Mistry (Year 9), Hodan Warsame (SENCo), Serkan
Yıldız (drama), Gurpreet Sandhu (computing / Year 11) and Ioana Popescu (music). Every name,
address, phone number and domain is invented (.example domains, 01632 960xxx and
07700 900xxx numbers).

Labelling conventions
---------------------
* One entry per subject per document. ``category`` is the worst the whole document gives that
  subject, in the order threat > hate > sexual > doxxing > defamation > abuse > negative >
  neutral. ``variant`` is the easiest form of the name on the page (exact > alias >
  title_surname > the rest); ``validate()`` enforces the exact/alias part of that ordering.
* A staff name counts only when the page ties it to the school (name, alias, locality, domain
  or the person's job there), except for the ``unique`` staff (Adeyemi-Clarke, Wróblewska).
  Strangers who share a name get no label, even if they appear near a locality.
* Reports: a court/police report of a threat against a staff member is ``threat``; a report of
  criminal charges is ``defamation``; a report of online harassment (including a report that
  quotes racist abuse or says an address was posted) is ``abuse``. Condemnation is
  ``neutral``. The school, when it is only named as a victim's workplace, is ``neutral``.
* Hate: slurs aimed at a person are ``hate``. The school is ``hate`` too when the bigotry is
  aimed at the institution or its community ("a madrassa", "a zoo"); otherwise it takes the
  category of what the page says about the school itself.
* Sexual: ``url_only`` is true when a child may be involved (grooming / inappropriate-contact
  allegations, named or unnamed). When a named teacher is accused of contact with pupils, the
  school gets ``sexual``/url_only too; sexual gossip about adults is ``sexual`` without url_only.
* ``first_initial`` = first name plus surname initial ("Darren W."); ``initial_surname`` =
  initial plus surname ("K. Mensah"); ``nickname`` covers by-names ("Mr M", "Dr W", "Mrs AC"),
  first names alone ("Emeka", "Hodan", "Shahid sir") and pet forms; ``hyphenated`` = one half
  of Adeyemi-Clarke ("Mrs Adeyemi", "Clarke"); the whole surname alone is ``surname_only``.
  Foreign titles ("Pani", "Doamna", "madam", "sir" after the surname, "Coach") count as titles.

Written WITHOUT reading the matcher (src/), the other corpora, bench/ or the README; it exists
to measure generalisation, so never tune on it.

Run: ``python build_train17.py`` writes ``docs/NNN-kind.(html|txt)`` and ``labels.jsonl``.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
import tomllib
import unicodedata
from collections import Counter
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
CATEGORIES = ("threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral")
KINDS = frozenset({"forum", "news", "review", "social", "facebook", "blog"})
HTML_KINDS = frozenset({"news", "forum", "blog"})

# subject ids, to keep the labels readable
S = "school"
FAC = "fadeyemiclarke"
SA = "sahmed"
KM = "kmensah"
AW = "awroblewska"
CO = "cokonkwo"
DW = "dwhitlock"
PM = "pmistry"
HW = "hwarsame"
SY = "syildiz"
GS = "gsandhu"
IP = "ipopescu"


@dataclass(frozen=True)
class Exp:
    subject: str
    variant: str
    category: str
    url_only: bool = False


def E(subject: str, variant: str, category: str, url_only: bool = False) -> Exp:
    assert variant in VARIANTS, variant
    assert category in CATEGORIES, category
    assert not url_only or category == "sexual", (subject, category)
    return Exp(subject, variant, category, url_only)


@dataclass(frozen=True)
class Doc:
    kind: str
    text: str
    expected: tuple[Exp, ...]

    @property
    def ext(self) -> str:
        return "html" if self.kind in HTML_KINDS else "txt"


DOCS: list[Doc] = []
DECOYS: set[int] = set()  # indices of decoy documents (no label, or labels for some subjects only)


def add(kind: str, text: str, *expected: Exp) -> None:
    assert kind in KINDS, kind
    DOCS.append(Doc(kind, text, tuple(expected)))


def decoy(kind: str, text: str, *expected: Exp) -> None:
    DECOYS.add(len(DOCS))
    add(kind, text, *expected)


# ---------------------------------------------------------------------------- page templates


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(body: str) -> str:
    blocks = [b.strip() for b in body.strip().split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        if b.startswith("## "):
            out.append(f"<h2>{esc(b[3:])}</h2>")
        elif b.startswith("- "):
            items = "".join(f"<li>{esc(x[2:].strip())}</li>" for x in b.split("\n") if x.strip())
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(f"<p>{esc(' '.join(b.split()))}</p>")
    return "\n".join(out)


SITES = {
    "ledger": (
        "The Docklands Ledger",
        "docklandsledger.example",
        ["News", "Crime", "Education", "Sport", "West Ham", "Property", "What's On", "Notices"],
        "© 2025 The Docklands Ledger, part of Riverside Local Media Ltd. Regulated by IPSO. "
        "Registered office: Unit 4, Tidal Basin Road, London. Privacy notice · Cookie settings · "
        "Advertise with us · Contact the newsroom",
    ),
    "een": (
        "East Ends Now",
        "eastendsnow.example",
        ["Newham", "Tower Hamlets", "Hackney", "Waltham Forest", "Schools", "Crime", "Food"],
        "East Ends Now is an independent news site for east London. Got a story? "
        "tips@eastendsnow.example · Terms · Privacy · Corrections policy",
    ),
    "capital": (
        "Capital Desk",
        "capitaldesk.example",
        ["London", "UK", "Politics", "Education", "Health", "Transport", "Sport"],
        "Capital Desk © 2025. All rights reserved. We use cookies to improve your experience.",
    ),
    "council": (
        "London Borough of Newham — Committee papers",
        "democracy.newham.example",
        ["Councillors", "Committees", "Meetings", "Decisions", "Forward plan", "Search documents"],
        "Democratic Services, Newham Dockside, 1000 Dockside Road. These minutes are subject to "
        "confirmation at the next meeting.",
    ),
    "jobs": (
        "TeachEast Jobs",
        "teacheast.example",
        ["Find jobs", "Schools", "Salary guide", "Career advice", "Post a job"],
        "TeachEast Jobs Ltd · Job alerts · Accessibility · Safer recruitment statement",
    ),
    "sport": (
        "Newham Schools Sport",
        "newhamschoolsport.example",
        ["Football", "Athletics", "Netball", "Basketball", "Boxing", "Results", "Fixtures"],
        "Newham Schools Sport is run by volunteers. Results are as reported by schools.",
    ),
    "heritage": (
        "Lea Valley Heritage Hub",
        "leaheritage.example",
        ["Timeline", "Industries", "People", "Walks", "Archive", "Donate"],
        "Lea Valley Heritage Hub is a registered charity. Images © the contributors.",
    ),
    "inspect": (
        "SchoolCheck — inspection summaries",
        "schoolcheck.example",
        ["Search schools", "Compare", "Latest reports", "About our summaries"],
        "SchoolCheck summaries are written by volunteers from published reports and are not "
        "official documents.",
    ),
    "gazette": (
        "Essex & Thurrock Gazette",
        "etgazette.example",
        ["News", "Sport", "Obituaries", "Motors", "Jobs", "Family notices"],
        "© Essex & Thurrock Gazette 2025 · Family notices are supplied by funeral directors.",
    ),
    "wales": (
        "Valleys Voice",
        "valleysvoice.example",
        ["Newyddion / News", "Schools", "Sport", "Community", "Weather"],
        "Valleys Voice · Llais y Cymoedd · © 2025",
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
    standfirst: str = "",
    comments: tuple[tuple[str, str, str], ...] = (),
) -> str:
    name, domain, nav, footer = SITES[site]
    nav_html = " | ".join(
        f'<a href="https://{domain}/{n.lower().replace(" ", "-")}">{esc(n)}</a>' for n in nav
    )
    meta = " · ".join(x for x in (byline, date) if x)
    stand = f'<p class="standfirst"><strong>{esc(standfirst)}</strong></p>' if standfirst else ""
    com = ""
    if comments:
        items = "\n".join(
            f'<div class="comment"><p class="who">{esc(w)} <span>{esc(t)}</span></p><p>{esc(c)}</p></div>'
            for w, t, c in comments
        )
        com = f'<section class="comments"><h3>Comments ({len(comments)})</h3>\n{items}\n</section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(headline)} | {esc(name)}</title></head>
<body>
<header><p class="masthead">{esc(name)}</p><nav>{nav_html}</nav>
<p class="promo">Sign up to our free morning newsletter · Subscribe · Log in</p></header>
<main><article>
<p class="section">{esc(section)}</p>
<h1>{esc(headline)}</h1>
{stand}
<p class="byline">{esc(meta)}</p>
{paras(body)}
</article>
<aside><h3>Most read</h3><ul><li>Silvertown tunnel tolls: what drivers will pay</li><li>Road closures this weekend</li><li>Planning: 40-storey tower approved at Canning Town Riverside</li></ul></aside>
{com}
</main>
<footer>{esc(footer)}</footer>
</body>
</html>
"""


FORUMS = {
    "parentvine": (
        "ParentVine",
        "Home › Talk › {board}",
        "ParentVine is a discussion site for parents. Posts are the views of their authors. "
        "Report a post · Talk guidelines · Privacy · © ParentVine Ltd",
    ),
    "e16eats": (
        "E16 Eats — food & drink forum",
        "Forums › {board}",
        "E16 Eats is a hobby forum. Be nice. No spam, no self-promo.",
    ),
    "healthtalk": (
        "HealthTalk UK Community",
        "Communities › {board}",
        "HealthTalk UK does not give medical advice. In an emergency call 999.",
    ),
    "eastlondonmums": (
        "East London Mums & Dads Forum",
        "Board index › {board}",
        "Powered by phpBB® · Time zone UTC · Delete cookies · Members · The team",
    ),
}


def forum(site: str, board: str, title: str, posts: list[tuple[str, str, str]]) -> str:
    name, crumb, footer = FORUMS[site]
    body = "\n".join(
        f'<div class="post" id="p{i}"><p class="author"><b>{esc(u)}</b> · {esc(w)}</p>\n{paras(t)}\n'
        f'<p class="tools">Report · Quote · Like</p></div>'
        for i, (u, w, t) in enumerate(posts, 1)
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} - {esc(board)} - {esc(name)}</title></head>
<body>
<header><p>{esc(name)}</p><p class="crumbs">{esc(crumb.format(board=board))}</p>
<p>Log in · Register · Search · Active topics</p></header>
<main><h1>{esc(title)}</h1>
{body}
<p class="pager">Page 1 of 1 · {len(posts)} posts</p></main>
<footer>{esc(footer)}</footer>
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
    tagline: str = "",
    comments: tuple[tuple[str, str, str], ...] = (),
) -> str:
    com = ""
    if comments:
        items = "\n".join(
            f"<li><p><b>{esc(w)}</b> <small>{esc(t)}</small></p><p>{esc(c)}</p></li>"
            for w, t, c in comments
        )
        com = f"<section><h3>{len(comments)} responses</h3><ol>{items}</ol></section>"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} – {esc(site)}</title></head>
<body>
<header><h2>{esc(site)}</h2><p>{esc(tagline)}</p><nav>Home · About · Archive · Contact</nav></header>
<main><article><h1>{esc(title)}</h1><p class="meta">Posted {esc(date)} by {esc(author)}</p>
{paras(body)}
</article>
{com}
</main>
<footer>Proudly powered by a blogging platform · Theme: Harbour · Subscribe via RSS</footer>
</body>
</html>
"""


def reviews(
    place: str,
    category: str,
    address: str,
    rating: str,
    total: int,
    items: list[tuple[str, str, str, str]],
) -> str:
    lines = [
        place,
        f"{rating} ({total} reviews)",
        f"{category} · {address}",
        "",
        "Reviews",
        "Sort by: Most relevant",
        "",
    ]
    for who, stars, when, text in items:
        if who.startswith("Response from the owner"):
            lines += [who + f" · {when}", text, ""]
            continue
        lines += [who, f"{stars}  {when}", text, "Like · Share", ""]
    return "\n".join(lines).rstrip() + "\n"


def fb(
    group: str,
    members: str,
    author: str,
    when: str,
    text: str,
    comments: list[tuple[str, str]],
    reactions: str,
) -> str:
    lines = [
        group,
        f"Private group · {members} members",
        "",
        f"{author}",
        f"{when} · 👥",
        text.strip(),
        "",
    ]
    lines.append(f"{reactions} · {len(comments)} comments")
    lines += ["", "Most relevant ▾", ""]
    for who, c in comments:
        lines += [who, c.strip(), "Like · Reply · Share", ""]
    lines.append("Write a public comment…")
    return "\n".join(lines) + "\n"


def tiktok(
    handle: str,
    caption: str,
    comments: list[tuple[str, str]],
    *,
    likes: str = "12.4K",
    sound: str = "original sound",
) -> str:
    lines = [
        f"@{handle}",
        caption.strip(),
        f"♬ {sound}",
        f"♥ {likes}  💬 {len(comments)}  ↗ Share",
        "",
        "Comments",
    ]
    for who, c in comments:
        lines += [who, c.strip(), "Reply   ♥", ""]
    return "\n".join(lines).rstrip() + "\n"


def insta(handle: str, caption: str, comments: list[tuple[str, str]], *, likes: str = "318") -> str:
    lines = [
        handle,
        "",
        f"{handle} {caption.strip()}",
        "",
        f"{likes} likes",
        "View all comments",
        "",
    ]
    for who, c in comments:
        lines += [f"{who} {c.strip()}", "Reply", ""]
    lines.append("Add a comment…")
    return "\n".join(lines) + "\n"


def xpost(
    name: str,
    handle: str,
    when: str,
    text: str,
    replies: list[tuple[str, str]] = (),
    stats: str = "",
) -> str:
    lines = [f"{name} @{handle} · {when}", text.strip()]
    if stats:
        lines.append(stats)
    for who, r in replies:
        lines += ["", who, r.strip()]
    return "\n".join(lines) + "\n"


def voicenote(app: str, sender: str, length: str, transcript: str, when: str = "") -> str:
    head = (
        f"[{app} voice note · {sender} · {length}{' · ' + when if when else ''} · auto-transcribed]"
    )
    return f"{head}\n{transcript.strip()}\n[end of transcript]\n"


# ------------------------------------------------------------------------------------ news

add(
    "news",
    news(
        "ledger",
        "Canning Town drama students take matchgirls' play to the Edinburgh Fringe",
        """
Fourteen sixth-formers from Thames Ironworks Academy will perform at the Edinburgh Festival
Fringe next month after their play about the 1888 matchgirls' strike won a national youth
theatre award.

"Half of this company had never been inside a theatre before Year 7," said Serkan Yıldız, the
academy's head of drama, who wrote the first draft of the script with students during a wet
February half-term. "Now they argue with me about Brecht at quarter to eight in the morning."

The play, Phosphorus, follows three girls from Bow through the strike at the Bryant & May
factory and was developed with help from the Lea Valley Heritage Hub. It will run for six
nights at a 90-seat venue off the Cowgate.

The trip is being paid for by a crowdfunder that raised £8,400 in three weeks, including £500
from the Canning Town Traders' Association and a bucket collection at the Barking Road
Christmas market.

Principal Folasade Adeyemi-Clarke said the school was "unbelievably proud". "These young people
have told a story about east London women organising for fair pay, and they have done it with
more discipline than most professional companies," she said.

Year 13 student Maryam Hussain, 17, who plays strike leader Sarah Chapman, said: "My nan worked
in a factory in Sylhet. When we were rehearsing I kept thinking about her."

Phosphorus is at the Fringe from 11 to 16 August.
""",
        byline="By Rosa Kettering, education reporter",
        date="Thursday 3 July 2025",
        section="Education",
    ),
    E(S, "exact", "neutral"),
    E(SY, "exact", "neutral"),
    E(FAC, "exact", "neutral"),
)

add(
    "news",
    news(
        "een",
        "Thames Ironworks Academy told it 'requires improvement' as inspectors criticise corridors",
        """
A Canning Town secondary has been rated "requires improvement" for the second time in a row,
with inspectors saying that behaviour at lunchtime and between lessons is "too variable".

The report on Thames Ironworks Academy, published on Tuesday, said that some pupils told
inspectors they "did not always feel safe" in the corridors of the older building on Slipway
Road and that suspensions had risen sharply over two years.

Inspectors praised the sixth form, the curriculum in mathematics and drama, and the support
given to pupils with special educational needs, which they said was "a real strength".

In a statement, Mrs Adeyemi-Clarke said the academy was "disappointed but not surprised" and
pointed to a new behaviour system introduced in January. "Inspectors saw a school in the
middle of change. Come back in a year," she said.

Parents who spoke to East Ends Now were split. One father, collecting his son at the gates,
said the school had "lost control of the Year 9s". Another parent said her daughter had been
"transformed" since joining in Year 7.

The academy is part of the Riverside Learning Trust, which runs five schools in Newham and
Tower Hamlets.
""",
        byline="East Ends Now schools desk",
        date="14 May 2025",
        section="Schools",
    ),
    E(S, "exact", "negative"),
    E(FAC, "title_surname", "neutral"),
)

add(
    "news",
    news(
        "ledger",
        "Teenager admits sending knife threats to former PE teacher over Snapchat",
        """
A 19-year-old man has admitted sending a string of threatening Snapchat messages to a teacher
at his former school, including a photograph of a kitchen knife.

Kyrell Oduya-Barnes, of Prince Regent Lane, Plaistow, pleaded guilty at Thames Magistrates'
Court to sending a malicious communication and to a public order offence.

The court heard that over four nights in March he sent messages to Darren Whitlock, head of PE
at Thames Ironworks Academy in Canning Town, saying that Mr Whitlock was "getting wet up" and
that "man knows what car you drive". One message showed a knife on a kitchen counter with the
caption "for u sir".

Prosecutor Anjali Dhar said the messages had followed Oduya-Barnes being removed from a
five-a-side tournament run by the school two years earlier.

In a statement read to the court, Mr Whitlock said he had changed his route to work and that
his partner no longer wanted to be home alone. "I have taught in Newham for sixteen years and
nothing has frightened me like this," he said.

Defending, Marcus Awolowo said his client was "deeply ashamed" and had been smoking cannabis
heavily at the time.

District Judge Helen Strachan adjourned sentencing for reports and granted bail with a
condition not to contact Mr Whitlock or enter Slipway Road.
""",
        byline="By Tom Haskins, courts reporter",
        date="22 April 2025",
        section="Crime",
    ),
    E(S, "exact", "neutral"),
    E(DW, "exact", "threat"),
)

add(
    "news",
    news(
        "ledger",
        "Head of year charged with drink-driving after Barking Road crash",
        """
A teacher at a Canning Town secondary has been charged with drink-driving after his car hit a
bus shelter on the Barking Road in the early hours of Sunday.

Gurpreet Sandhu, 41, of Ilford, is head of Year 11 at Thames Ironworks Academy. He was
arrested at the scene, near the junction with Hermit Road, after officers said a roadside
breath test gave a reading of more than twice the legal limit.

No one was injured. The shelter was badly damaged and the 330 bus was diverted for several
hours.

Mr Sandhu has been charged with driving with excess alcohol and is due to appear at Thames
Magistrates' Court next month.

A spokesperson for the Riverside Learning Trust said: "We are aware that a member of staff has
been charged with an offence unrelated to his work. It would not be appropriate to comment
while proceedings are ongoing."
""",
        byline="Ledger reporter",
        date="9 October 2024",
        section="Crime",
    ),
    E(S, "exact", "neutral"),
    E(GS, "exact", "defamation"),
)

add(
    "news",
    news(
        "capital",
        "'Expose' TikTok accounts target east London teachers, mocking accents and hijabs",
        """
Teachers at an east London academy have been targeted by anonymous TikTok accounts posting
edited clips of them with captions mocking their accents, religion and appearance, in what
unions say is a growing problem.

Accounts with names such as ironworks.exposed and tia.teachers.rated posted more than 40 videos
filmed secretly in lessons at Thames Ironworks Academy in Canning Town. Among those targeted
were the head of science, Dr Agnieszka Wróblewska, whose accent was dubbed over with a cartoon
voice, and the special educational needs co-ordinator, Hodan Warsame, who was shown with a
caption calling her a "ninja" because she wears a niqab-style face covering on trips.

One clip had been viewed more than 300,000 times before it was removed.

The National Education Union's Newham branch secretary said: "Teachers are being filmed,
mocked and abused by people who will never have to stand in front of a class. Platforms must
act faster."

A TikTok spokesperson said the accounts had been banned for breaching its bullying and
harassment rules. The academy said it had identified several of the pupils involved and was
"working with families and, where appropriate, the police".

Research by the union last year found that one in five secondary teachers in London had been
the subject of abusive content online.
""",
        byline="Capital Desk education team",
        date="28 January 2025",
        section="Education",
    ),
    E(S, "exact", "neutral"),
    E(AW, "exact", "abuse"),
    E(HW, "exact", "abuse"),
)

add(
    "news",
    news(
        "sport",
        "Ironworks girls are Under-15 borough champions after Custom House comeback",
        """
Thames Ironworks Academy's Under-15 girls are Newham Schools FA champions after coming from a
goal down to beat Rathbone Hill School 3-1 in Wednesday's final at the Custom House
recreation ground.

Rathbone Hill went ahead after eight minutes through a long-range shot from captain Ellie
Brannigan that skidded off the wet surface. Ironworks were rattled until half-time, when Coach
Whitlock moved Nana Boateng from defence into midfield.

It paid off within five minutes, Boateng's through-ball finding Oliwia Krawczyk, who rounded
the keeper to equalise. Krawczyk's second came from a corner and substitute Ilhan Abdi made it
3-1 with a deflected effort in stoppage time.

"We talk all season about staying calm when things go against us," said Coach Whitlock. "The
girls did exactly that. Credit to Rathbone Hill, they made it a proper final."

Player of the match: Nana Boateng (Thames Ironworks).

Other results: U13 boys, Rathbone Hill 2 Stratford Riverside 2 (Rathbone Hill win 4-3 on
penalties). U13 girls, St Bonaventure's walkover.
""",
        byline="Report by Newham Schools FA",
        date="19 March 2025",
        section="Football",
    ),
    E(S, "exact", "neutral"),
    E(DW, "title_surname", "neutral"),
)

decoy(
    "news",
    news(
        "heritage",
        "Thames Ironworks FC: the works team that became West Ham",
        """
In the summer of 1895 Arnold Hills, the teetotal owner of the Thames Ironworks and Shipbuilding
Company, founded a football club for the men of his yard at the mouth of Bow Creek. Thames
Ironworks FC played its first match on 7 September 1895 against the reserve side of Royal
Ordnance and drew 1-1.

The yard was then the largest shipbuilder on the Thames. It had launched HMS Warrior in 1860
and employed several thousand men in Canning Town and Leamouth. Hills, who lived on the
company's estate and rowed for Oxford, believed organised sport would keep his workers out of
the pubs along the Barking Road.

The club won the West Ham Charity Cup in its first season and moved to the purpose-built
Memorial Grounds in Plaistow in 1897. But Hills's insistence on amateurism clashed with the
ambitions of his players and supporters. In 1900 the club was wound up and re-formed as West
Ham United, a limited company, which is why supporters still sing about the Irons and the
Hammers, and why crossed rivet hammers remain on the club crest.

The yard itself did not survive much longer. After HMS Thunderer was launched in 1911 the
company could not win further Admiralty orders and it closed in 1912. Today almost nothing of
the Thames Ironworks remains above ground: the site lies under the approach roads to the
Lower Lea Crossing and the towers of Leamouth.

## Further reading

- The Irons: a history of the works team, 1895-1900 (Heritage Hub pamphlet no. 12)
- Oral histories from the Canning Town Ironworks families, recorded 1978
""",
        byline="Heritage Hub volunteers",
        date="Updated 2 February 2025",
        section="Industries",
    ),
)

decoy(
    "news",
    news(
        "gazette",
        "Family notices: Darren Whitlock",
        """
WHITLOCK, Darren Michael. Passed away peacefully at Basildon University Hospital on 2nd June
2025, aged 61, after a short illness. Much-loved husband of Karen, devoted dad to Jordan and
Stacey and proud grandad to Lacey-Mae and Ronnie.

Darren ran D. Whitlock Plumbing & Heating in Pitsea for over thirty years and was a
season-ticket holder at Southend United since 1979. He will be remembered for his terrible
jokes, his barbecues and the van that never started.

Funeral service at Pitsea Crematorium on Friday 27th June at 11.30am, followed by a
celebration of his life at the Railway Arms. Family flowers only please; donations if desired
to the British Heart Foundation c/o Heritage Funeral Care, Pitsea.

"Gone fishing, Dad." x
""",
        byline="Supplied by Heritage Funeral Care",
        date="12 June 2025",
        section="Family notices",
    ),
)

add(
    "news",
    news(
        "jobs",
        "Teacher of Mathematics (MPS/UPS + TLR 2b available) — Thames Ironworks Academy, Canning Town E16",
        """
Start date: September 2025 · Contract: Full-time, permanent · Salary: Inner London MPS/UPS

Thames Ironworks Academy is a mixed 11-18 academy of 1,380 students on the banks of Bow Creek,
a short walk from Canning Town station (Jubilee line, DLR and 14 bus routes). We are looking
for an ambitious teacher of mathematics to join a department that achieved the best progress
score in the Riverside Learning Trust last summer.

## About the department

Our department of eleven specialists is led by Kwabena Mensah, Head of Mathematics, who
joined us in 2019 from a maths hub lead school in Lewisham. We teach a mastery curriculum at
Key Stage 3, run a popular Further Maths A level and send around a dozen students a year to
the UKMT Senior Challenge. You will have a reduced timetable in your first year if you are an
ECT, a dedicated mentor and access to the Trust's subject network.

## We are looking for someone who

- has QTS (or will have by September) and a strong subject knowledge to A level
- believes every student in Canning Town can do well in mathematics
- is prepared to contribute to our lunchtime and after-school clubs

## How to apply

Download the application pack from thamesironworks.example/vacancies and return it to
recruitment@thamesironworks.example. For an informal conversation about the post or to
arrange a visit, call the school office on 01632 960418 and ask for Mr Mensah.

Closing date: 9am Monday 12 May. Interviews: week commencing 19 May.

Thames Ironworks Academy is committed to safeguarding and promoting the welfare of children.
The successful applicant will be subject to an enhanced DBS check and online searches as part
of shortlisting.
""",
        byline="Posted by Thames Ironworks Academy",
        date="Posted 24 April 2025 · Expires 12 May 2025",
        section="Secondary · Mathematics",
    ),
    E(S, "exact", "neutral"),
    E(KM, "exact", "neutral"),
)

add(
    "news",
    news(
        "council",
        "Children and Young People Scrutiny Commission — Minutes, 11 March 2025",
        """
Present: Cllr Rehana Begum (Chair), Cllr Paul Dineen (Vice-Chair), Cllr Abimbola Ogunleye,
Cllr Samir Chowdhury, Cllr Lauren McAllister, Cllr Dev Raval. Co-opted members: Fr Anthony
Nwosu (Diocesan representative), Mrs Farida Mirza (parent governor representative).

Officers: Director of Education; Head of Inclusion; Principal Policy Officer (Scrutiny);
Democratic Services Officer.

## 1. Apologies for absence

Apologies were received from Cllr Jo Barlow and from the Youth Mayor, who was attending a
London Youth Assembly event. Cllr Raval sent apologies for lateness.

## 2. Declarations of interest

Cllr Chowdhury declared a non-pecuniary interest as a governor of a primary school in Forest
Gate. Mrs Mirza declared that her children attend a secondary school in the borough.

## 3. Minutes of the previous meeting

The minutes of the meeting held on 14 January 2025 were agreed as a correct record, subject to
the correction of the spelling of Cllr Ogunleye's name in item 5.

## 4. School Place Planning update

The Principal Policy Officer introduced the report, which forecast a fall of around 6% in
Year 7 demand by 2029, driven mainly by lower birth rates and families leaving the borough
because of housing costs. Members noted that falling rolls were already affecting the budgets
of several primary schools in the north of the borough.

Cllr McAllister asked whether the forecast took account of the new housing in Canning Town and
the Royal Docks. Officers said it did, but that the yield of school-age children from
one- and two-bedroom flats was lower than in previous developments.

RESOLVED: that the update be noted and that officers return with options for primary
amalgamations in the autumn.

## 5. Suspensions and permanent exclusions: annual report 2023/24

The Head of Inclusion presented the annual report. Suspensions across Newham secondaries had
risen by 18% and permanent exclusions by 9%. Black Caribbean boys, pupils with SEND and pupils
known to social care remained over-represented.

Members were particularly concerned that four academies accounted for just over half of all
suspensions. Cllr Ogunleye said that the figures for Thames Ironworks Academy, which had issued
more than 900 suspensions in a single year, were "frankly shocking for a school of that size"
and asked whether the Commission could invite the academy to explain.

The Chair welcomed Mr S. Ahmed, Deputy Principal for Behaviour and Attendance at the academy,
who had attended at the Commission's invitation. He explained that the academy had introduced
a new behaviour policy in 2023 which had, in its first year, produced a spike in short
suspensions, and that numbers for the autumn term of 2024 were down by a third. He said the
academy did not use "off-rolling" and that every suspension was reviewed weekly.

Cllr Dineen asked how many suspended pupils had an EHCP. The Deputy Principal said he would provide the
figure in writing. Mrs Mirza said that several parents had told her they had not been given
work during suspensions. Members agreed that the academy's response had been open but that
they remained concerned about the numbers.

RESOLVED: (a) that the report be noted; (b) that the academy provide written figures on
suspensions of pupils with EHCPs within 28 days; (c) that the Commission revisit suspensions
at its July meeting.

## 6. Youth safety and serious violence

Officers from the Community Safety Partnership presented the latest figures on serious youth
violence. Knife crime involving under-18s had fallen slightly across the borough but remained
high around Stratford and the Barking Road corridor. Members heard about the "safe havens"
scheme with local shops and the youth zone opening in Custom House.

Cllr Raval arrived during this item.

RESOLVED: that the Commission write to the Mayor supporting continued funding for detached
youth work over the summer holidays.

## 7. SEND transport

The Commission noted the update on SEND transport following complaints in September about late
and missed pick-ups. Officers reported that the new contractor was now meeting 96% of
pick-up times.

## 8. Work programme

Members agreed to add school uniform costs and the cost of school trips to the work
programme for 2025/26.

The meeting closed at 21.04.
""",
        byline="Democratic Services",
        date="Published 20 March 2025",
        section="Committee minutes",
    ),
    E(S, "exact", "negative"),
    E(SA, "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "inspect",
        "Summary: Thames Ironworks Academy, Slipway Road, London E16",
        """
Overall effectiveness: Requires improvement (previously: Requires improvement)

## What is it like to attend this school?

Most pupils enjoy coming to this school and speak warmly about their teachers. They value the
wide range of clubs, particularly sport, drama and music. However, behaviour around the site
is not consistently good. Some pupils told inspectors that they avoid certain corridors at
lunchtime. The number of suspensions is high.

## What does the school do well and what does it need to do better?

- The curriculum is ambitious. In mathematics, science and drama it is carefully sequenced.
- Pupils with special educational needs and/or disabilities (SEND) are well supported.
- In some subjects, including modern foreign languages and geography, teachers do not check
  pupils' understanding carefully enough.
- The new behaviour policy is not yet applied consistently by all staff.
- Attendance has improved but remains below the national average, particularly in Years 9
  and 10.

## Safeguarding

The arrangements for safeguarding are effective.

Our volunteers write these summaries from the published report. Read the full report on the
inspectorate's website before making decisions about a school.
""",
        byline="SchoolCheck volunteer summary",
        date="Report published May 2025",
        section="Secondary · Newham",
    ),
    E(S, "exact", "negative"),
)

decoy(
    "news",
    news(
        "een",
        "Hundreds break fast together at Ironworks Lane mosque's first open iftar",
        """
More than 400 people from across Canning Town gathered at Masjid an-Noor on Ironworks Lane on
Saturday for the mosque's first open iftar, which organisers said was intended to "open the
doors to our neighbours".

Trestle tables ran the length of the car park as volunteers served lentil soup, dates, rice
and lamb donated by local restaurants, including the Ironworks Ocakbaşı on the Barking Road.

Mosque chairman Shahid Ahmed, a retired bus driver who has lived on the Keir Hardie estate for
40 years, said: "Half the people here tonight are not Muslim. That is the point. We have been
on this lane since 1986 and some people still don't know what goes on inside."

Guests included the local MP, police officers from the Canning Town neighbourhood team and
members of the nearby St Luke's church, who brought a tray of samosas their youth group had
made.

The mosque plans to hold another open iftar in the last week of Ramadan.
""",
        byline="By Nadia Rahman",
        date="16 March 2025",
        section="Newham",
    ),
)

decoy(
    "news",
    news(
        "een",
        "Ironworks estate tenants vote yes to £210m rebuild",
        """
Tenants and leaseholders on the Ironworks estate in Canning Town have voted in favour of
demolishing and rebuilding their homes, after a ballot with a 71% turnout.

The 1960s estate, named after the shipyard that once stood nearby, has 412 homes in three
slab blocks and suffers from damp, failing lifts and a district heating system that residents
say breaks down every winter.

Under the plans, the estate would be rebuilt in four phases over nine years, with 1,050 new
homes, of which 480 would be council homes at social rent. Existing tenants would be
guaranteed a new home on the estate.

Ironworks Residents' Association chair Pat Doherty said: "I've been here since 1974. I never
thought I'd vote to knock it down. But my grandkids can't sleep for the mould."

Opponents say the density is too high and that leaseholders will be offered too little.
""",
        byline="East Ends Now",
        date="5 December 2024",
        section="Housing",
    ),
)

add(
    "news",
    news(
        "ledger",
        "Police appeal after deputy head's car set alight outside Forest Gate home",
        """
Police are appealing for witnesses after a car belonging to a Canning Town teacher was set on
fire outside his home in the early hours of Monday.

Shahid Ahmed, 46, deputy principal at a secondary academy in Canning Town, said he was woken
by neighbours banging on his door shortly after 2am to find his Toyota Prius alight.
Firefighters put out the blaze but the car was destroyed.

CCTV from a neighbouring house shows two people in dark clothing approaching the car with a
container minutes before the fire. A note pushed through the letterbox the previous week had
read "stop excluding our boys or your house is next", police said.

Mr Ahmed, who is responsible for behaviour at his school, said: "My children saw the car
burning from the window. Whoever did this wanted to frighten us, and they have."

Detectives are treating the fire as arson with intent to endanger life. Anyone with
information should call police quoting reference 0412/07APR or contact Crimestoppers
anonymously.
""",
        byline="By Tom Haskins",
        date="8 April 2025",
        section="Crime",
    ),
    E(SA, "exact", "threat"),
)

decoy(
    "news",
    news(
        "capital",
        "County cricket: Shahid Ahmed's five wickets put Essex second XI in charge",
        """
Leg-spinner Shahid Ahmed took five for 23 as Essex Second XI bowled Kent out for 142 on the
first day at Billericay.

Ahmed, 22, who came through the Walthamstow Cricket Club academy, bowled unchanged for 14
overs after lunch and removed Kent's top scorer, Josh Pennington, for 61 with a googly that
turned sharply past the outside edge.

Essex closed on 96 for two, with opener Harry Byrne unbeaten on 48.
""",
        byline="PA-style wire",
        date="3 June 2025",
        section="Sport",
    ),
)

add(
    "news",
    news(
        "capital",
        "Canning Town academy suspends teacher over 'inappropriate messages' to pupil",
        """
A teacher at an east London academy has been suspended and reported to police after a parent
found messages he had sent to her 14-year-old daughter on Snapchat.

Thames Ironworks Academy in Canning Town confirmed on Friday that a male member of staff had
been suspended "pending a police investigation" and that the local authority designated
officer had been informed.

The parent, who asked not to be named, told Capital Desk the messages were sent late at night
over several weeks and included compliments about her daughter's appearance and a request to
"keep this between us".

In a letter to parents, the principal, Folasade Adeyemi-Clarke, said: "The safety of our
students is our absolute priority. We acted on the same day the concern was raised. I would
ask families not to speculate about individuals on social media, which could prejudice the
investigation."

The Metropolitan Police said officers were investigating an allegation of sexual
communication with a child. No arrests have been made.
""",
        byline="Capital Desk",
        date="21 February 2025",
        section="London",
    ),
    E(S, "exact", "sexual", True),
    E(FAC, "exact", "neutral"),
)

add(
    "news",
    news(
        "een",
        "Knife arches trialled at Canning Town academy after stabbing near station",
        """
Pupils at Thames Ironworks Academy walked through airport-style knife arches on Monday
morning as the school became the first in Newham to trial them, two weeks after a
16-year-old from another school was stabbed near Canning Town station.

Principal Folasade Adeyemi-Clarke said the arches were a "reassurance measure" requested by
parents and that no weapons had been found. "Our students are not the problem here. But when
a child is stabbed two hundred metres from our gate, families want to know we are doing
everything we can," she said.

Deputy principal Shahid Ahmed said the arches added about six minutes to the morning queue and
that staff had been handing out breakfast bars to students waiting outside.

Some students were unconvinced. "It makes it feel like a prison," said one Year 10 boy.
Youth workers from the Bow Creek Youth Collective said money would be better spent on
detached youth work in the evenings.

The trial will run until half-term.
""",
        byline="Schools desk",
        date="10 February 2025",
        section="Schools",
    ),
    E(S, "exact", "neutral"),
    E(FAC, "exact", "neutral"),
    E(SA, "exact", "neutral"),
)

add(
    "news",
    news(
        "ledger",
        "Special needs champion Hodan Warsame shortlisted for national award",
        """
A Canning Town teacher who set up the borough's first Somali-language support group for
parents of autistic children has been shortlisted for a national teaching award.

Hodan Warsame has been the special educational needs co-ordinator at Thames Ironworks since
2019. Parents nominated her for the SENCo of the Year category, praising her for "fighting for
every EHCP like it was her own child's".

Warsame, who arrived in London from Hargeisa aged nine and went to school in Poplar, said she
was "embarrassed and grateful". "In many of our families there is no word for autism, or
there is a word nobody wants to say. The group is just mums drinking tea and finding out they
are not alone," she said.

The winners will be announced in November.
""",
        byline="By Rosa Kettering",
        date="30 September 2024",
        section="Education",
    ),
    E(S, "alias", "neutral"),
    E(HW, "exact", "neutral"),
)

add(
    "news",
    news(
        "een",
        "Romanian-born violinist brings Enescu to Stratford for one-night concert",
        """
Music lovers in Stratford can hear a rare performance of George Enescu's String Quartet No. 1
next Friday, when the Bow Creek Quartet plays at the Stratford library's first-floor hall.

The quartet's first violin, Ioana Popescu, teaches music at Thames Ironworks Academy in Canning
Town and formed the group with three friends from the Bucharest conservatory. "Enescu is our
national composer and almost nobody here has heard him," she said. "Also, I want my students
to see that their teacher actually practises."

Twenty of her Year 10 students will perform a short arrangement of Romanian folk dances before
the interval. Tickets are £8, or free for under-18s.
""",
        byline="What's On",
        date="2 May 2025",
        section="What's On",
    ),
    E(S, "exact", "neutral"),
    E(IP, "exact", "neutral"),
)

decoy(
    "news",
    news(
        "capital",
        "Tennis: Ioana Popescu stuns second seed to reach Bucharest quarter-finals",
        """
Romanian wildcard Ioana Popescu, ranked 214th in the world, beat the second seed 6-4 3-6 7-5 in
a match lasting nearly three hours to reach the quarter-finals of the Bucharest Open.

The 20-year-old from Constanța, who was playing only her third main-draw WTA match, saved two
match points at 4-5 in the final set before breaking serve with a forehand winner down the
line. "I'm shaking, I can't believe it," she said on court.

Popescu will meet either the Czech qualifier or the seventh seed for a place in the semi-finals.
""",
        byline="Sport desk",
        date="17 July 2025",
        section="Sport",
    ),
)

decoy(
    "news",
    news(
        "capital",
        "Kwabena Mensah's late winner keeps Accra side's title hopes alive",
        """
Kwabena Mensah struck in the 89th minute as Hearts of Oak beat Medeama 2-1 at the Accra
Sports Stadium to move within two points of the Ghana Premier League leaders.

The 24-year-old winger, who has been linked with a move to the Belgian second tier, turned
inside his marker and curled a left-footed shot into the far corner after an hour in which
his side had dominated without reward.

"Kwabena is a special talent," his coach said. "Every club in Europe should be watching."
""",
        byline="Africa football round-up",
        date="6 April 2025",
        section="Sport",
    ),
)

decoy(
    "news",
    news(
        "capital",
        "Leicester pharmacist Priya Mistry wins award for menopause clinic",
        """
A community pharmacist in Leicester who set up a free evening menopause clinic above her shop
on the Belgrave Road has been named Pharmacist of the Year.

Priya Mistry, 38, said she started the clinic after watching her mother struggle to get
appointments and being asked the same questions by dozens of customers each week. "Women were
whispering to me at the till," she said. "They needed somewhere to talk out loud."

The clinic now runs two evenings a week with volunteer GPs and a Gujarati-speaking nurse.
""",
        byline="Health correspondent",
        date="20 November 2024",
        section="Health",
    ),
)

decoy(
    "news",
    news(
        "capital",
        "Orange fizz 'Tango' ad cleared by watchdog after 41 complaints",
        """
An advert for the fizzy drink Tango in which a man is slapped by a cartoon orange has been
cleared by the advertising watchdog, despite 41 complaints that it encouraged violence.

The regulator said the ad, which echoes the brand's famous 1990s campaign, was "clearly
surreal and light-hearted" and unlikely to be copied. Britvic, which makes Tango, said it
was pleased with the decision.
""",
        byline="Media desk",
        date="11 September 2024",
        section="UK",
    ),
)

add(
    "news",
    news(
        "een",
        "Inside the Ironworks: a year at the Canning Town school trying to turn itself around",
        """
At 7.55 on a wet Tuesday morning, the queue at the gates of Thames Ironworks Academy stretches
back along Slipway Road towards the DLR viaduct. Two members of staff in hi-vis jackets are
checking ties and blazers; a third is handing out cereal bars from a cardboard box. Somewhere
in the queue a speaker is playing a drill track until someone in a lanyard asks, politely,
for it to be turned off.

The principal, Folasade Adeyemi-Clarke, is on the gate too, as she is every morning. "If I'm
asking my staff to stand in the rain, I stand in the rain," she says. She took over in 2022,
a few months after the academy was rated "requires improvement", and has spent much of the
time since trying to change a culture that one long-serving teacher describes as "kind, chaotic
and exhausted".

Ironworks, as everyone calls it, serves one of the most deprived wards in England. More than
half of its 1,380 pupils are eligible for free school meals; 62 languages are spoken at home;
the biggest groups are Bengali, Somali, Yoruba, Romanian, Lithuanian and Polish speakers, and a
growing number of Brazilian and Portuguese families arriving from the new towers on the
riverside. Many families are in temporary accommodation. Some children travel an hour each way
after being moved by the council to Dagenham or Grays.

## 'Maths is the quiet revolution'

If there is one department visitors are sent to, it is mathematics. Kwabena Mensah, who runs
it, grew up on the Carpenters estate in Stratford and was, he says, "a kid who thought maths
was for other people". His department now teaches every Year 7 class in the same sequence,
with the same short daily quizzes, and meets every Thursday to look at pupils' books together.

"It's not glamorous," he says. "Nobody makes a film about retrieval practice." But last
summer the school's maths results were the best in its trust, and the number of pupils taking
A-level maths has doubled.

Pupils are less restrained about him. "Sir is strict but he's calm," says Tanvir, 15. "He'll
stay till six if you ask. My brother had him too."

## The behaviour question

Not every change has been welcomed. The new behaviour policy, designed by deputy principal
Shahid Ahmed, brought silent corridors, phones locked in pouches and detentions for missing
equipment. Suspensions rose sharply in its first year, and at a council scrutiny meeting in
March councillors called the figures "frankly shocking".

Some parents are furious. "My son got a detention for a black sock with a white tick on it,"
says one mother outside the gates, who did not want to be named. "Communication from the school
is shocking. You email and nobody answers for a week."

Others defend it. "Before, my daughter was scared of the stairs," says Farhana, who has two
children at the school. "Now she isn't. That's enough for me."

Mr Ahmed is unapologetic but careful. "We got some things wrong in the first year," he says.
"We were too quick to suspend. But I won't apologise for wanting the building to be calm."

## Drama, football and a teacher called Tango

The school's sixth form drama company is off to the Edinburgh Fringe this summer with a play
about the matchgirls' strike, and its Under-15 girls are borough football champions. The
football coach, Darren Whitlock, has been at the school for sixteen years and is known to
every pupil, for reasons no one will fully explain, as Tango.

"It's from before my time," says a sixth-former. "Something about a spray tan at a staff
party." Whitlock says only: "I've been called worse."

In the English department, Emeka Okonkwo is teaching Things Fall Apart to a Year 11 class that
includes, he points out, children whose grandparents were born in three of the countries
Achebe wrote about. "They read it differently from how I read it at their age in Enugu," he
says. "They argue with Okonkwo — the character, not me. Usually."

## What next?

Inspectors are due back within the next year. Adeyemi-Clarke believes the school will be
judged good; some of her staff are less certain. Recruitment remains the biggest worry: two
science teachers left at Christmas, and the school is relying on supply teachers in geography.

At 3.20pm the gates open and the queue runs the other way, past the chicken shop and the
Ironworks Ocakbaşı towards the station. A boy in Year 8 stops to ask a reporter if he is "from
TikTok". Told he is from a news website, he looks disappointed and runs for the bus.
""",
        byline="By Joe Ferreira",
        date="Saturday 26 April 2025",
        section="Long read",
        standfirst="Suspensions are up, results are rising and parents are divided. We spent a term at Thames Ironworks Academy.",
    ),
    E(S, "exact", "negative"),
    E(FAC, "exact", "neutral"),
    E(KM, "exact", "neutral"),
    E(SA, "exact", "neutral"),
    E(DW, "exact", "neutral"),
    E(CO, "alias", "neutral"),
)

add(
    "news",
    news(
        "ledger",
        "Canning Town academy defends flag ban after pupils' Gaza walk-out",
        """
The principal of a Canning Town academy has defended a ban on flags and badges on school
uniform after around 200 pupils walked out of lessons in a protest about the war in Gaza.

Thames Ironworks Academy introduced the ban in January, saying it applied to "all national,
political and religious flags and symbols, of every kind". Some parents said it was aimed at
Palestinian flags and badges.

Principal Folasade Adeyemi-Clarke said pupils had the right to hold and express views, "but a
school has to be a place where every child, whatever their background, feels safe walking
down the corridor". She said the academy was running assemblies on the history of the region
and had invited speakers from both Muslim and Jewish community organisations.

A petition calling for the ban to be reversed has more than 1,100 signatures.
""",
        byline="By Nadia Rahman",
        date="31 January 2025",
        section="Education",
        comments=(
            (
                "Mo_E16",
                "2 days ago",
                "Kids have a right to protest a genocide. Shameful from this school.",
            ),
            ("Bernie W", "2 days ago", "The ban applies to every flag. Read the article."),
            (
                "truthseeker_1488",
                "1 day ago",
                "Adeyemi-Clarke is just another Zionist stooge doing what she's told. Follow the money — the academy trusts are owned by the same (((people))) who own the banks and the media. Every kid in that school is being taught to bow to the Jews.",
            ),
            (
                "Hannah G",
                "1 day ago",
                "Reported the comment above. Vile antisemitism, has no place here.",
            ),
            (
                "Mo_E16",
                "1 day ago",
                "Agree with Hannah, that's disgusting, nothing to do with Palestine.",
            ),
        ),
    ),
    E(S, "exact", "negative"),
    E(FAC, "exact", "hate"),
)

add(
    "news",
    news(
        "een",
        "Man charged after teacher's home address shared in parents' WhatsApp group",
        """
A 34-year-old man has been charged with harassment after a teacher's home address and
photographs of her front door were shared in a WhatsApp group used by more than 200 parents.

The messages, sent in November, followed a row over a detention given to the man's son at
Thames Ironworks Academy in Canning Town. The teacher, Priya Mistry, head of Year 9, said
strangers had since stood outside her house and shouted at her husband.

The man, from Custom House, will appear before magistrates in January. Police said the
messages had been deleted from the group but preserved as evidence. Newham's NEU branch said it
was "sickened" that a teacher had to change her children's school run because of a
detention.
""",
        byline="East Ends Now",
        date="12 December 2024",
        section="Crime",
    ),
    E(S, "exact", "neutral"),
    E(PM, "exact", "abuse"),
)

add(
    "news",
    news(
        "ledger",
        "'Nobody should forget': Canning Town pupils visit Auschwitz with science teacher",
        """
Forty Year 12 students from Thames Ironworks Academy visited the Auschwitz-Birkenau memorial
last week on a trip organised by the school's head of science, who grew up forty miles away.

Dr Agnieszka Wróblewska, who was born in Kraków, said she had wanted to take students since
she started teaching in London in 2011. "My grandfather was a prisoner at Auschwitz for a
year as a Polish political prisoner. I have never taken students before because I was afraid
I would cry in front of them. I did cry. They were very kind about it."

Several students said the visit had changed how they thought about prejudice online. "You see
people on TikTok making jokes," said Deji Adebayo, 17. "You can't make those jokes after you've
seen the room with the hair."

The trip was funded by a national education charity.
""",
        byline="By Rosa Kettering",
        date="18 March 2025",
        section="Education",
    ),
    E(S, "exact", "neutral"),
    E(AW, "exact", "neutral"),
)

decoy(
    "news",
    news(
        "wales",
        "Ironworks Primary pupils plant 300 trees on old tramroad",
        """
Pupils from Ironworks Primary School in Merthyr Tydfil have planted 300 native trees along the
route of the old tramroad that once carried iron from Penydarren to Abercynon.

Head teacher Mrs Carys Jenkins said the children had learned about the town's ironworks and
the first steam locomotive journey in 1804 before picking up spades. "They were up to their
knees in mud and they loved every minute," she said.

The project was supported by the council's nature recovery fund.
""",
        byline="Valleys Voice",
        date="1 March 2025",
        section="Schools",
    ),
)

decoy(
    "news",
    news(
        "sport",
        "Boxing: Ironworks ABC's Jamal Idowu crowned national youth champion",
        """
Canning Town's Ironworks ABC has its first national champion in twelve years after Jamal
Idowu, 17, won the national youth welterweight title in Sheffield on Saturday.

Idowu, who trains five nights a week at the club's gym under the railway arches, won a split
decision in a tense final. "He's been at the club since he was nine, sweeping the floors to
pay his subs," said head coach Lee Parsons. "Nobody deserves it more."

The club, founded in 1962 by dockers, is fundraising to replace its ring.
""",
        byline="Newham Schools Sport",
        date="25 November 2024",
        section="Boxing",
    ),
)

decoy(
    "news",
    news(
        "sport",
        "Athletics: borough schools championship results",
        """
Results from the Newham secondary schools athletics championships at the Terence McMillan
Stadium, Plaistow. Team scores in brackets.

## Year 8 girls

100m: 1 A. Okoro (Stratford Riverside) 13.4; 2 F. Ali (Rathbone Hill) 13.6; 3 J. Sousa
(Thames Ironworks) 13.8. Long jump: 1 P. Nowak (Thames Ironworks) 4.41m.

## Year 10 boys

800m: 1 K. Mensah (Stratford Riverside) 2:04.1; 2 B. Ionescu (Thames Ironworks) 2:06.7.
Shot: 1 T. Reid (Forest Gate Community) 12.02m.

## Overall

1 Stratford Riverside (412); 2 Thames Ironworks (388); 3 Rathbone Hill (350). Thanks to all
the PE staff who officiated, especially the Thames Ironworks team for the timing gates.
""",
        byline="Results service",
        date="26 June 2025",
        section="Results",
    ),
    E(S, "alias", "neutral"),
)

# ----------------------------------------------------------------------------------- forum

add(
    "forum",
    forum(
        "parentvine",
        "Secondary education",
        "Thames Ironworks Academy vs Rathbone Hill for DS - experiences please?",
        [
            (
                "Marigold_and_Mango",
                "Mon 14-Oct-24 21:02",
                """
We're in Custom House and have to put our secondary choices in by the 31st. DS is bright but
anxious, loves maths, hates football (which round here is a social crime). It's between
Thames Ironworks Academy and Rathbone Hill. The RI rating at Ironworks puts DH off but the
open evening was lovely. Anyone with actual experience?
""",
            ),
            (
                "NotAnotherBakeOff",
                "Mon 14-Oct-24 21:19",
                """
DD is Y8 at TIA. Honestly the maths is brilliant - Mr Mensah runs a lunchtime club and DD
goes voluntarily, which if you knew DD you'd realise is a miracle.

The downside is pastoral. DD is in Y9 next year and I've heard Mrs Mistry never replies to
emails. Friend has been chasing her since September about bullying on a group chat and has
had one reply.
""",
            ),
            (
                "Wharfie",
                "Mon 14-Oct-24 21:40",
                """
I'd go Ironworks for an anxious kid. FWIW the SEN support under Ms Warsame is the best in the
borough, DS2 has an EHCP and she has been a rock. Corridors at lunch are grim though, not
going to pretend otherwise.
""",
            ),
            (
                "RathboneRegular",
                "Mon 14-Oct-24 22:03",
                """
Rathbone Hill mum here. It's smaller and calmer but the maths department has had four heads
in three years. Swings and roundabouts.
""",
            ),
            (
                "Marigold_and_Mango",
                "Tue 15-Oct-24 07:12",
                "Thank you all, this is so helpful. Leaning Ironworks now.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E(KM, "title_surname", "neutral"),
    E(PM, "title_surname", "negative"),
    E(HW, "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "parentvine",
        "Am I being unreasonable?",
        "AIBU to think this is a bloody brilliant teacher?",
        [
            (
                "OrangeSquashAndBiscuits",
                "Thu 06-Feb-25 22:48",
                """
DS (15) came home at 7pm tonight and I was about to go mad, turns out Mr Mensah at TIA had
stayed behind until gone six going through simultaneous equations with him and two mates
because they'd said in class they didn't get it.

No fuss, no email home, just did it. DS said "he didn't even make us feel thick". Bloody
brilliant. Sod the league tables, that's what a school is. AIBU to email the head?
""",
            ),
            (
                "Spottedtowel",
                "Thu 06-Feb-25 22:55",
                "YANBU. Email the head AND his head of department.",
            ),
            (
                "NoMoreLego",
                "Thu 06-Feb-25 23:04",
                "He IS the head of department I think? He taught my eldest, bloody legend. Email the head anyway, good news never gets passed on.",
            ),
            ("Marmitecheeks", "Fri 07-Feb-25 06:30", "This made me a bit teary. Yes email."),
        ],
    ),
    E(S, "alias", "neutral"),
    E(KM, "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Secondary schools - Newham",
        "Deputy head on a massive power trip",
        [
            (
                "FedUpInPlaistow",
                "23 Jan 2025, 08:14",
                """
Sorry this is a rant. Mr Ahmed at Ironworks is a jumped-up little Napoleon who screams in the
faces of eleven year olds and then wonders why they're scared of school. My son came home
shaking because he had his coat on in the corridor. HIS COAT. In January.

He's an arrogant prick who should never have been let near children, and the fact that the
school keeps backing him tells you everything.
""",
            ),
            (
                "Sumaiya_R",
                "23 Jan 2025, 08:40",
                "I don't agree. My daughter says he's strict but fair. The corridors were a war zone before.",
            ),
            (
                "FedUpInPlaistow",
                "23 Jan 2025, 09:02",
                "Fair??? Glad your kid's happy. Mine's being crushed by a school that cares about socks more than children.",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E(SA, "title_surname", "abuse"),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Help and advice",
        "My son is exclude 5 days, what I can do?",
        [
            (
                "Rasa_K",
                "3 Mar 2025, 19:31",
                """
Hello. My son is in Year 8 in Thames Ironwork Academy. Today they call me and say he is exclude
5 days because fighting. Mr Ahmad say he was fighting but my son say the other boy hit him
first and he was defend himself, there is video. Mr Ahmad does not want to see video.

I am from Lithuania and my English is not good, I don't understand the letter. What I can do?
Can they do this without meeting? He miss his maths test. Thank you for help.
""",
            ),
            (
                "CustomHouseDad",
                "3 Mar 2025, 19:50",
                """
Sorry you're going through this. You can ask the governors to consider the suspension - it
should say how in the letter. Also contact Newham SENDIASS or Coram's school exclusions
advice line, they help for free. Keep the video!
""",
            ),
            (
                "Rasa_K",
                "3 Mar 2025, 20:12",
                "Thank you very much. I will call tomorrow. My neighbour will help me with letter.",
            ),
        ],
    ),
    E(S, "typo", "negative"),
    E(SA, "typo", "negative"),
)

add(
    "forum",
    forum(
        "parentvine",
        "Secondary education",
        "Posting a teacher's address in a group chat - who does this?",
        [
            (
                "SilvertownSal",
                "Sun 09-Mar-25 20:17",
                """
I'm so angry I'm shaking. Someone has shared Miss Warsame's home address on the TIA Year 9
parents' chat because their child didn't get the exam access arrangements they wanted.

She is the reason my son has an EHCP at all. She rang the council from her own car at half
six at night for him. Posting a teacher's address is never OK, whatever you think of a
decision. I've reported it to the school and left the group.
""",
            ),
            (
                "TwoBoysOneCat",
                "Sun 09-Mar-25 20:30",
                "Disgusting. I hope the school involves the police.",
            ),
            (
                "SilvertownSal",
                "Sun 09-Mar-25 20:41",
                "They have apparently. I'm not repeating it here obviously. Just wanted to say it's not all of us.",
            ),
        ],
    ),
    E(S, "alias", "neutral"),
    E(HW, "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Secondary schools - Newham",
        "Coach Whitlock - has anyone else had enough?",
        [
            (
                "PlaistowParent77",
                "18 Oct 2024, 21:55",
                """
Third time this term my daughter's been made to run laps in the rain as a punishment for
forgetting her PE socks. I've emailed Ironworks twice and had nothing back. Coach Whitlock
thinks he's running a boot camp.
""",
            ),
            (
                "Mum_of_3_E13",
                "18 Oct 2024, 22:10",
                """
He lives at 22 Sorrel Crescent, Plaistow, E13 0ZP, I see him washing that silver Astra every
Sunday. Maybe a few of us should go round and have a word with him on his own doorstep, see
how he likes being embarrassed in public.
""",
            ),
            (
                "PlaistowParent77",
                "18 Oct 2024, 22:14",
                "Woah, I didn't ask for that. Please delete that.",
            ),
            (
                "Moderator",
                "19 Oct 2024, 07:02",
                "Post edited for breaching our rules on personal information. Thread locked.",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E(DW, "title_surname", "doxxing"),
)

add(
    "forum",
    forum(
        "parentvine",
        "Secondary education",
        "Principal left her last school under a cloud?",
        [
            (
                "NosyButNice",
                "Wed 20-Nov-24 13:11",
                """
Not trying to stir but has anyone heard why Mrs Adeyemi left her last headship in Croydon?
A friend who worked there says the exam board investigated the school for coursework
malpractice while she was head and she "resigned" before the report came out.

And now Ironworks results suddenly shoot up? Make of that what you will. I think she's been
fiddling grades and the trust knows.
""",
            ),
            (
                "PeppaPigIsAMenace",
                "Wed 20-Nov-24 13:30",
                "That's a serious accusation to make on a public forum.",
            ),
            (
                "NosyButNice",
                "Wed 20-Nov-24 13:42",
                "I'm just saying what I was told. Everyone at the gates is saying the same.",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E(FAC, "hyphenated", "defamation"),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Off topic",
        "Is it true about Sandhu and Popescu??",
        [
            (
                "GossipGirlE16",
                "2 Feb 2025, 22:31",
                """
DD (Y11) swears blind that Sandhu and Popescu got caught shagging in the music practice room
after the TIA winter concert by the cleaner. Apparently half the sixth form knows. He's
married!!! No wonder he's always "helping with the sound desk" lol.
""",
            ),
            (
                "NewhamNana",
                "2 Feb 2025, 22:50",
                "This is a parents forum, not a place for sex gossip about teachers. Kids make things up.",
            ),
            (
                "GossipGirlE16",
                "2 Feb 2025, 22:58",
                "Not made up, she's been seen getting into his car after school loads. Just saying.",
            ),
        ],
    ),
    E(S, "alias", "neutral"),
    E(GS, "surname_only", "sexual"),
    E(IP, "surname_only", "sexual"),
)

decoy(
    "forum",
    forum(
        "healthtalk",
        "Stroke & TIA support",
        "Mum had a TIA last night - what happens now?",
        [
            (
                "worried_daughter_e16",
                "12 May 2025",
                """
Mum (71) had what the hospital is calling a TIA last night - her face dropped on one side and
she couldn't find words for about twenty minutes. We live in Canning Town and the ambulance
took her to Newham. She's home now with aspirin and a referral to the TIA clinic within 24
hours. Is that normal? She's acting like nothing happened.
""",
            ),
            (
                "StrokeNurseVol",
                "12 May 2025",
                """
Yes, that's the normal pathway. A TIA (mini-stroke) is a warning sign, so the clinic is very
important. Make sure she goes, don't let her talk herself out of it. They'll probably do a
scan and check her carotid arteries and blood pressure.
""",
            ),
            (
                "worried_daughter_e16",
                "13 May 2025",
                "Thank you so much. Appointment is tomorrow at 9.",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Secondary schools - Newham",
        "Year 9 head of year - strict?",
        [
            (
                "Hetal_B",
                "8 Sep 2024, 18:20",
                """
Mistry madam is very strict but she is good, my daughter is in Year 9 at Thames Ironworks and
she call me herself when my daughter was crying in toilet. Other school never did this. She
speak Gujarati with me also so I understand everything. Don't listen to bad things people
say.
""",
            ),
            ("JoJoE16", "8 Sep 2024, 18:45", "Lovely to hear something positive for once!"),
        ],
    ),
    E(S, "alias", "neutral"),
    E(PM, "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "parentvine",
        "Special educational needs",
        "EHCP taking forever - Newham - but shout out to our SENCo",
        [
            (
                "AutismMumOf2",
                "Tue 11-Feb-25 10:02",
                """
Week 31 of a 20 week EHCP process. Newham have lost the educational psychologist's report
twice. I'm at the end of my rope.

BUT I have to say Hodan at Ironworks has been incredible. She chases the council more than I
do. She rang me from the Year 7 trip to Southend to tell me she'd finally got the draft plan.
The school itself is a mess of communication (I've had three different "key workers" in two
terms, none of whom replied) but Hodan is a star.
""",
            ),
            (
                "SENDwarrior",
                "Tue 11-Feb-25 10:40",
                "Newham are the worst for this. Glad you've got a good SENCo.",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E(HW, "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "parentvine",
        "Secondary education",
        "Male teacher at TIA messaging girls on Insta?",
        [
            (
                "CautiousMum24",
                "Fri 14-Feb-25 19:40",
                """
Has anyone else heard about a male teacher at TIA messaging Year 10 girls on Instagram late at
night? My DD says a girl in her form showed her messages asking what she was wearing and to
delete the chat. I don't know if it's true but I feel sick.
""",
            ),
            (
                "OakleafLondon",
                "Fri 14-Feb-25 19:58",
                "School sent a letter this afternoon saying a member of staff has been suspended and police are involved. So something is going on.",
            ),
            (
                "CautiousMum24",
                "Fri 14-Feb-25 20:05",
                "Please nobody post names. I don't want an innocent teacher named and I don't want the girl identified.",
            ),
        ],
    ),
    E(S, "alias", "sexual", True),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Secondary schools - Newham",
        "Drama teacher made my daughter uncomfortable",
        [
            (
                "Anon_E14",
                "25 Feb 2025, 23:10",
                """
I have to get this off my chest. My daughter is in Year 9. She says the drama teacher, Mr Y,
told her to sit on his lap during a rehearsal "to get into character" and that he has
messaged her on Snapchat after 11pm saying she was his "favourite". She showed me one
message, then deleted it because she was scared of getting him in trouble.

I went to Ironworks today and they took notes and said they'd "follow procedures". That's it.
I am terrified.
""",
            ),
            (
                "Lulu_and_Bean",
                "25 Feb 2025, 23:22",
                "Please call the police and the LADO at the council, don't wait for the school. Screenshot anything you can.",
            ),
        ],
    ),
    E(S, "short_name", "sexual", True),
    E(SY, "nickname", "sexual", True),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Secondary schools - Newham",
        "Ironworks turning into an Islamic school?",
        [
            (
                "EastEnderBornBred",
                "6 Apr 2025, 11:12",
                """
Anyone else noticed what's happening at Ironworks? With Ahmed as deputy and that Warsame
woman in her tent running the SEN department, it's basically a madrassa with a West Ham
badge. Prayer room, halal everything, no Christmas play. These people don't integrate, they
take over. Ahmed should be teaching in Pakistan where he belongs and she can take her burka
back to Somalia. My grandad built ships on that site.
""",
            ),
            (
                "Chloe_T",
                "6 Apr 2025, 11:30",
                "Reported. Ms Warsame is British and so is Mr Ahmed. Get a grip.",
            ),
            (
                "EastEnderBornBred",
                "6 Apr 2025, 11:35",
                "British on paper. Wake up. Islam is a cancer and it's in our schools.",
            ),
        ],
    ),
    E(S, "short_name", "hate"),
    E(SA, "title_surname", "hate"),
    E(HW, "title_surname", "hate"),
)

decoy(
    "forum",
    forum(
        "e16eats",
        "Restaurants & takeaways",
        "Ironworks Ocakbaşı, Canning Town - best adana in E16?",
        [
            (
                "KebabCritic",
                "2 Jun 2025",
                """
Finally tried Ironworks Ocakbaşı on the Barking Road after walking past it for years. Adana
was properly smoky, the ezme had a kick and the lahmacun came straight from the wood oven.
Serkan on the grill clearly knows what he's doing. £14 for a mixed shish with bread and salad
is very fair for London.
""",
            ),
            (
                "DocklandsDiner",
                "2 Jun 2025",
                "Agree it's the best round here. Go on a Friday when they do the whole lamb shoulder. Avoid the baklava though, it's bought in.",
            ),
            (
                "KebabCritic",
                "3 Jun 2025",
                "Noted. Also the chilli sauce is lethal, it nearly killed me, in a good way.",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Secondary schools - Newham",
        "'Pride club' for 11 year olds??",
        [
            (
                "TraditionalDad",
                "12 Jun 2025, 20:40",
                """
Just found out there's a "Pride club" at TIA run by the computing teacher. Everyone knows
Sandhu is a bender, he's not exactly hiding it, and now he's running a club for eleven year
olds about "identity". Keep him away from my son. Why is the school allowing this?
""",
            ),
            (
                "Amira_M",
                "12 Jun 2025, 21:02",
                "It's a lunchtime club about anti-bullying. And using a slur about a teacher is disgusting.",
            ),
        ],
    ),
    E(S, "alias", "negative"),
    E(GS, "surname_only", "hate"),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Help and advice",
        "Music lessons - very happy",
        [
            (
                "Mirela_Dobre",
                "14 Nov 2024, 17:05",
                """
Hello. I want to say thank you. My daughter love music lessons with Doamna Popescu at Thames
Ironworks Academy, she let her play violin in the school orchestra even she is only in Year 7.
Also she speak Romanian with her when she was new and afraid. In Romania we did not have
this. Very good teacher.
""",
            ),
        ],
    ),
    E(S, "exact", "neutral"),
    E(IP, "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "parentvine",
        "Secondary education",
        "How much homework is normal in Year 10 science?",
        [
            (
                "Kasia_W_London",
                "Wed 02-Oct-24 21:30",
                """
My son is in Year 10 at Thames Ironworks. Pani Wróblewska (she is Polish like us, he loves her)
gives three hours of science homework every week plus revision quizzes. He is up until 11pm.
Is this normal in England? In Poland yes, but I thought here is more relaxed.
""",
            ),
            (
                "ChemTeacherMum",
                "Wed 02-Oct-24 21:48",
                "Three hours is on the high side for Y10 but not crazy for triple science. I'd ask what they're meant to prioritise.",
            ),
            (
                "Kasia_W_London",
                "Wed 02-Oct-24 22:01",
                "Thank you. It is too much for me, I will write to her. He is tired and it is not good.",
            ),
        ],
    ),
    E(S, "alias", "neutral"),
    E(AW, "title_surname", "negative"),
)

add(
    "forum",
    forum(
        "parentvine",
        "Am I being unreasonable?",
        "Oh yes, SUCH great communication",
        [
            (
                "SarcasmIsMyLoveLanguage",
                "Mon 17-Mar-25 12:02",
                """
Just want to say how thrilled I am with the communication from DD's English teacher at TIA.
Mr Okonkwo is SUCH a great communicator - it only took him six weeks to reply to my email
about her missing coursework, and his reply was one line long. Truly a master of the written
word. Apparently he's "very busy". Aren't we all.
""",
            ),
            (
                "Flapjacking",
                "Mon 17-Mar-25 12:20",
                "Six weeks is pretty bad tbf. Escalate to head of dept?",
            ),
            (
                "SarcasmIsMyLoveLanguage",
                "Mon 17-Mar-25 12:30",
                "Oh I will. DD says he's a good teacher in class to be fair.",
            ),
        ],
    ),
    E(S, "alias", "neutral"),
    E(CO, "title_surname", "negative"),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Secondary schools - Newham",
        "Coursework marks being changed?",
        [
            (
                "WatchfulMum",
                "4 May 2025, 09:20",
                """
My nephew is in Y11 at Ironworks. He says everyone knows Mensah is changing coursework marks
for the kids of his church friends and his mates on the PTA, and the school is covering it
up to protect its results. Apparently a teacher who complained was pushed out. This is exam
fraud. Should I report to the exam board?
""",
            ),
            (
                "LondonLawyerMum",
                "4 May 2025, 09:51",
                "Careful - naming a teacher and accusing him of fraud on a public forum could be defamatory. If you have evidence, report it through the proper channel.",
            ),
        ],
    ),
    E(S, "short_name", "defamation"),
    E(KM, "surname_only", "defamation"),
)

add(
    "forum",
    forum(
        "parentvine",
        "Secondary education",
        "Is a 2,000 word essay over half term normal?",
        [
            (
                "HalfTermHell",
                "Sat 26-Oct-24 14:40",
                """
Mr Okonkow has set Y9 a 2,000 word essay on Of Mice and Men over half term. Is this normal at
Ironworks or is it just him? We're away visiting family in Lagos and DS has to do it on my
phone.
""",
            ),
            (
                "TeachingAssistantTina",
                "Sat 26-Oct-24 15:02",
                "Bit much for Y9! I'd email and explain you're away.",
            ),
        ],
    ),
    E(S, "short_name", "negative"),
    E(CO, "typo", "negative"),
)

decoy(
    "forum",
    forum(
        "eastlondonmums",
        "Recommendations",
        "Accountant in Ilford?",
        [
            (
                "SmallBizMum",
                "9 Jan 2025, 10:15",
                "Can anyone recommend an accountant for a sole trader (cleaning business) around Ilford / Seven Kings? Tax return panic.",
            ),
            (
                "RomfordRoadRita",
                "9 Jan 2025, 10:40",
                "Shahid Ahmed at Ahmed & Co on the High Road did mine for £180. Very patient, speaks Urdu and Bengali too. Office above the travel agent.",
            ),
            ("SmallBizMum", "9 Jan 2025, 11:02", "Thank you! Will call him today."),
        ],
    ),
)

add(
    "forum",
    forum(
        "parentvine",
        "Secondary education",
        "Staff leaving TIA in droves - what's going on?",
        [
            (
                "GovernorWatcher",
                "Sat 05-Jul-25 09:00",
                """
The summer newsletter from TIA lists eleven leavers. Among them K. Mensah and P. Mistry, who
are two of the best-liked staff in the school according to DS. That's a head of department
and a head of year in one go. Something's not right with the leadership when the good ones
leave.
""",
            ),
            (
                "Wharfie",
                "Sat 05-Jul-25 09:30",
                "Apparently one is a promotion to another trust school, one is maternity cover ending? Don't know. But the numbers are worrying.",
            ),
        ],
    ),
    E(S, "alias", "negative"),
    E(KM, "initial_surname", "neutral"),
    E(PM, "initial_surname", "neutral"),
)

add(
    "forum",
    forum(
        "parentvine",
        "Secondary education",
        "Uniform costs at Thames Ironworks Academy - rip-off or am I being tight?",
        [
            (
                "BudgetingBelle",
                "Sun 18-Aug-24 19:02",
                """
Just done the uniform shop for DS starting Year 7 at Thames Ironworks Academy in September and
I've spent £247. That's with the cheapest trousers and shoes from the market. Blazer with
logo £42, jumper with logo £24, tie £8 (clip-on, compulsory), PE top with logo £19, PE shorts
with logo £16, PE hoodie "optional" £28, house socks £9, bag "must be plain black" so at least
that was cheap.

The only supplier is the shop in Stratford which had a 45 minute queue out the door. Is this
normal now or are we being fleeced?
""",
            ),
            (
                "ThriftyTwins",
                "Sun 18-Aug-24 19:15",
                """
That's pretty normal for London now sadly, though the government guidance says schools should
keep branded items to a minimum. There's a new law limiting branded items - three plus a tie
I think? Worth checking if they're following it.
""",
            ),
            (
                "BudgetingBelle",
                "Sun 18-Aug-24 19:20",
                "Four branded items plus the tie, so they're over. I might write to the governors.",
            ),
            (
                "MumOfFourE6",
                "Sun 18-Aug-24 19:41",
                """
Check whether there's a second-hand sale. Our primary does one in July. Also Newham used to
do a uniform grant for families on FSM, not sure if it still exists.
""",
            ),
            (
                "HackneyHattie",
                "Sun 18-Aug-24 19:55",
                "Our school in Hackney is about £180 all in. Still mad. The blazer is the killer.",
            ),
            (
                "BudgetingBelle",
                "Sun 18-Aug-24 20:10",
                "Apparently there's a PTA sale in the first week of term. Bit late!",
            ),
            (
                "Lollipop_Lady_Retired",
                "Sun 18-Aug-24 20:33",
                """
Back in my day you got a jumper from Woolworths and that was that. I know, I know, I'm old.
Sew name labels in EVERYTHING though, the lost property mountain is real.
""",
            ),
            (
                "ThriftyTwins",
                "Sun 18-Aug-24 20:50",
                "Iron-on labels from the big supermarket are fine and quicker. Also take photos of receipts in case the sizing is wrong.",
            ),
            (
                "NotAnotherBakeOff",
                "Sun 18-Aug-24 21:12",
                """
DD is going into Y8 there. Honestly the uniform is not the worst bit, the PE list is. They
changed the PE top last year so all the old ones are "wrong" and kids get a detention for
wearing them. We had to buy a second one for £19.
""",
            ),
            (
                "BudgetingBelle",
                "Sun 18-Aug-24 21:20",
                "Seriously? A detention for an old-style PE top?",
            ),
            (
                "NotAnotherBakeOff",
                "Sun 18-Aug-24 21:31",
                """
Yep. Coach Whitlock's kit list is a joke - it's three pages long and includes "navy sports
socks with logo (not black)". He checks socks at the start of every lesson. DD loves him as a
coach, she's in the football team, but the kit obsession is ridiculous and no one in the PE
department ever answers emails about it.
""",
            ),
            (
                "MumOfFourE6",
                "Sun 18-Aug-24 21:45",
                "Navy socks with a logo. For PE. I genuinely can't.",
            ),
            (
                "Dad_on_the_DLR",
                "Sun 18-Aug-24 22:03",
                """
To be fair to Whitlock he once gave my son a spare pair of trainers out of his own cupboard
and never asked for them back. But yes, the logo socks are a racket, they're only sold at the
one shop.
""",
            ),
            (
                "BudgetingBelle",
                "Sun 18-Aug-24 22:15",
                "Right, letter to the governors it is. Thanks everyone.",
            ),
            (
                "Lollipop_Lady_Retired",
                "Sun 18-Aug-24 22:20",
                "Good luck! Let us know what they say.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E(DW, "title_surname", "negative"),
)

add(
    "forum",
    forum(
        "parentvine",
        "Secondary education",
        "Secondary transfer in Newham - long post, sorry",
        [
            (
                "FourKidsLater",
                "Wed 16-Oct-24 11:30",
                """
I've now been through secondary transfer four times in Newham, so for anyone panicking about
the 31 October deadline, here's what I wish I'd known.

1. The banding and the distance rules matter more than the open evening. Look at last year's
allocation profile for each school on the council website, not what the school tells you.

2. Put six schools down. Always. Even if you only like two. If you put fewer you risk being
allocated something miles away by the council.

3. The "good" schools are not always good for your child. Our eldest went to one of the
famous ones in the north of the borough and was miserable; our third went somewhere with a
poor rating and thrived.

4. Visit in the day if you can. Open evenings are theatre. Watch what the corridors are like at
changeover.

5. Ask about SEN even if you don't think you need it. Two of ours turned out to need support
we didn't expect.

6. Talk to parents at the primary gates who have older kids. Ignore Facebook.

7. Travel. A 45 minute bus ride each way is a lot for an eleven year old in January.

8. Don't get hung up on GCSE results tables. They mostly tell you about the intake.

For what it's worth, my youngest nephew went to Thames Ironworks a couple of years ago, which
doesn't have a great reputation, and his science teacher, Miss Wroblewski, got him through
triple science with an 8 and 7. He's now doing chemistry at King's. So don't write schools off
because of a rating.

Good luck everyone. It all works out, mostly.
""",
            ),
            ("NewToNewham", "Wed 16-Oct-24 12:04", "This is so useful, thank you. Saving this."),
            ("FourKidsLater", "Wed 16-Oct-24 12:20", "You're welcome. Oh and label everything."),
        ],
    ),
    E(S, "alias", "neutral"),
    E(AW, "typo", "neutral"),
)

add(
    "forum",
    forum(
        "parentvine",
        "Am I being unreasonable?",
        "AIBU to be baffled that my son calls his PE teacher 'Tango'?",
        [
            (
                "Mum_Of_A_Mystery",
                "Tue 10-Sep-24 20:05",
                """
DS has just started Y7 at Ironworks and keeps talking about "Tango" - Tango said this, Tango
made us do bleep tests. I assumed it was a boy in his class until parents' evening when it
turned out to be the head of PE. When I asked why, DS said "everyone calls him that, even the
sixth form, even some teachers". Is this normal? Is it rude? Should I be telling him off?
""",
            ),
            (
                "FormerTIAkid",
                "Tue 10-Sep-24 20:31",
                "Ha! He's been Tango since at least 2015 when I was there. He knows. He pretends not to. It's affectionate, honestly, he's a legend.",
            ),
            (
                "Mum_Of_A_Mystery",
                "Tue 10-Sep-24 20:40",
                "Ok that's actually quite sweet. Mystery solved (sort of).",
            ),
        ],
    ),
    E(S, "short_name", "neutral"),
    E(DW, "alias", "neutral"),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Secondary schools - Newham",
        "Science department at Ironworks",
        [
            (
                "ChemistryMum",
                "2 Dec 2024, 20:50",
                """
DD is in Year 11 and desperate to do medicine. Dr W (head of science at Ironworks) has set up a
Saturday morning club for the kids applying for medicine and dentistry, brings croissants
from her own money and has got a GP from the Newham surgery to do mock interviews. Honestly
the best thing that's happened to DD at that school. Just wanted to share something good.
""",
            ),
            ("TeaAndToast", "2 Dec 2024, 21:15", "Love this. More of this please!"),
        ],
    ),
    E(S, "short_name", "neutral"),
    E(AW, "nickname", "neutral"),
)

decoy(
    "forum",
    forum(
        "e16eats",
        "Pubs & bars",
        "Quiz night at the Ironworks Arms - worth it?",
        [
            (
                "PintOfMild",
                "18 Feb 2025",
                """
Anyone done the Tuesday quiz at the Ironworks Arms in Bow? Thinking of getting a team
together. £2 a head, rollover jackpot apparently up to £340.
""",
            ),
            (
                "QuizQueenEve",
                "18 Feb 2025",
                "It's brilliant but hard. The quizmaster, Darren, is an absolute pedant about spelling. Food's good too, get the pie.",
            ),
            (
                "PintOfMild",
                "19 Feb 2025",
                "A pedant quizmaster is my kind of quizmaster. We're in.",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Secondary schools - Newham",
        "Should a teacher who was caught drink driving still be teaching?",
        [
            (
                "ConcernedCitizenE16",
                "10 Oct 2024, 07:40",
                """
Did you all see the Ledger? Mr Sandhu, head of Year 11 at TIA, arrested for drink driving
into a bus shelter at 2am. Everyone knows he's an alcoholic - my son says he comes into
school stinking of booze and falls asleep at his desk. And he's in charge of sixteen year
olds! How is this man still employed?
""",
            ),
            (
                "BusDriverBob",
                "10 Oct 2024, 08:02",
                "He's been charged, not convicted. And 'everyone knows' isn't evidence. Kids exaggerate.",
            ),
            (
                "ConcernedCitizenE16",
                "10 Oct 2024, 08:10",
                "Wait and see. He's been covering for himself for years.",
            ),
        ],
    ),
    E(S, "alias", "negative"),
    E(GS, "title_surname", "defamation"),
)

# --------------------------------------------------------------------------------- reviews

SCHOOL_PLACE = ("Thames Ironworks Academy", "Secondary school", "Slipway Road, London E16")

add(
    "review",
    reviews(
        *SCHOOL_PLACE,
        "3.4 ★★★☆☆",
        212,
        [
            (
                "Nasrin Akter",
                "★★★★★",
                "2 months ago",
                "Best decision we made. Mr Mensah and Mrs Mistry turned my daughter around after a terrible Year 8. She is now predicted 7s. Thank you!",
            ),
            (
                "Gary Whitfield · Local Guide · 86 reviews",
                "★☆☆☆☆",
                "3 weeks ago",
                "Office never picks up the phone (01632 960418). Rang 14 times in one morning about my son being ill. Useless.",
            ),
            (
                "Abdirahman Yusuf",
                "★★☆☆☆",
                "a month ago",
                "Mr Ahmed treats the children like prisoners. Detention for the wrong colour socks, phones taken for a week. Discipline is good but there is no warmth.",
            ),
            (
                "Elif Demir",
                "★★★★☆",
                "5 months ago",
                "Drama department is incredible, Mr Yildiz got my shy son on stage. Lost a star because the canteen food is awful and expensive.",
            ),
            (
                "Response from the owner",
                "",
                "a month ago",
                "Thank you for your feedback. We would welcome the chance to discuss any concerns; please contact the office via the website so a member of the pastoral team can call you back.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E(KM, "title_surname", "neutral"),
    E(PM, "title_surname", "neutral"),
    E(SA, "title_surname", "negative"),
    E(SY, "title_surname", "neutral"),
)

decoy(
    "review",
    reviews(
        "Ironworks Ocakbaşı",
        "Turkish restaurant",
        "Barking Road, Canning Town, London E16",
        "4.6 ★★★★★",
        1_184,
        [
            (
                "Mehmet Aksoy · Local Guide",
                "★★★★★",
                "a week ago",
                "Proper ocakbaşı, like in Dalston but cheaper. Beyti kebab was perfect, the bread comes hot from the oven. Staff very friendly.",
            ),
            (
                "Sharon P",
                "★★★★☆",
                "3 weeks ago",
                "Came here after parents' evening at the school down the road, starving. Huge portions, kids loved the chicken wings. Bit noisy.",
            ),
            (
                "Tunde O.",
                "★★★★★",
                "2 months ago",
                "The lamb ribs murdered me. Had to be rolled out. 10/10 will be back.",
            ),
            (
                "Response from the owner",
                "",
                "3 weeks ago",
                "Teşekkürler Sharon! Hope to see you and the kids again. — Ironworks Ocakbaşı family",
            ),
        ],
    ),
)

decoy(
    "review",
    reviews(
        "Ironworks ABC",
        "Boxing gym",
        "Arch 14, Stephenson Street, Canning Town, London E16",
        "4.9 ★★★★★",
        231,
        [
            (
                "Kemi Adebayo",
                "★★★★★",
                "a month ago",
                "My son has been going for a year and his confidence is through the roof. Coach Darren and Coach Lee are legends, strict but they care. £3 a session for juniors.",
            ),
            (
                "Bartek Z",
                "★★★★★",
                "4 months ago",
                "Old school boxing gym, no mirrors, no nonsense. The Saturday sparring will kill you but you will be fit.",
            ),
            (
                "Jordan Fennell",
                "★★★★☆",
                "6 months ago",
                "Great club, changing rooms need work.",
            ),
        ],
    ),
)

add(
    "review",
    reviews(
        *SCHOOL_PLACE,
        "3.4 ★★★☆☆",
        212,
        [
            (
                "Jaylen B",
                "★★☆☆☆",
                "1 week ago",
                "bare strict but the teachers are calm still. tango's PE lessons are actually peak tho, bleep test every week in the rain 😭😭",
            ),
            (
                "maryam.x",
                "★★★★★",
                "2 weeks ago",
                "ms warsame is a G. only reason i didnt drop out fr. the rest of the school is mid",
            ),
            (
                "Kacper",
                "★☆☆☆☆",
                "1 month ago",
                "the toilets are locked half the day and u need a pass. prison behaviour",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E(DW, "alias", "negative"),
    E(HW, "title_surname", "neutral"),
)

decoy(
    "review",
    reviews(
        "Yıldız Ocakbaşı & Meze Bar",
        "Turkish restaurant",
        "Green Lanes, Harringay, London N4",
        "4.4 ★★★★☆",
        2_310,
        [
            (
                "Duygu K",
                "★★★★★",
                "2 weeks ago",
                "Best İskender on Green Lanes. Serkan bey came to our table himself to make sure everything was okay. Like eating at my aunt's in Adana.",
            ),
            (
                "Paul R",
                "★★★★☆",
                "1 month ago",
                "Busy and loud, great grill, slow service on a Saturday. Ask for the burnt chilli butter.",
            ),
            (
                "Response from the owner",
                "",
                "2 weeks ago",
                "Çok teşekkür ederiz! — Serkan Yıldız & family",
            ),
        ],
    ),
)

add(
    "review",
    reviews(
        *SCHOOL_PLACE,
        "3.4 ★★★☆☆",
        212,
        [
            (
                "Femi Lawal",
                "★☆☆☆☆",
                "5 days ago",
                "Don't waste your time with the office, they never ring back. Call Mr Sandhu directly on his own mobile 07700 900461, he actually answers, even in the evenings. Shouldn't have to do this though.",
            ),
            (
                "Lina Rahman",
                "★★★★☆",
                "2 weeks ago",
                "Good school, improving. Year 11 team very supportive during exams.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E(GS, "title_surname", "doxxing"),
)

add(
    "review",
    reviews(
        *SCHOOL_PLACE,
        "3.4 ★★★☆☆",
        212,
        [
            (
                "Truth Teller",
                "★☆☆☆☆",
                "2 days ago",
                "Ask yourself why the principal Adeyemi-Clarke has hired three people from her own church in two years, and why the pupil premium money never reaches the kids. She is lining her friends' pockets with money meant for poor children. Auditors should look at this school.",
            ),
            (
                "Samira H",
                "★★★★★",
                "3 weeks ago",
                "My son is happy and safe here. The principal knows every child's name.",
            ),
        ],
    ),
    E(S, "exact", "defamation"),
    E(FAC, "surname_only", "defamation"),
)

add(
    "review",
    reviews(
        *SCHOOL_PLACE,
        "3.4 ★★★☆☆",
        212,
        [
            (
                "Anonymous parent",
                "★☆☆☆☆",
                "1 week ago",
                "Wh*tl*ck in PE is a fat bully who humiliates overweight kids in front of everyone. Made my son weigh himself in front of the class. Disgusting excuse for a man.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E(DW, "obfuscated", "abuse"),
)

decoy(
    "review",
    reviews(
        "Ironworks House Care Home",
        "Nursing home",
        "Forge Lane, Coalbrookdale, Telford TF8",
        "4.1 ★★★★☆",
        38,
        [
            (
                "Susan Mensah",
                "★★★★★",
                "3 months ago",
                "Mum has been at Ironworks House for two years. The carers are angels, especially on the dementia floor. Visiting is flexible.",
            ),
            (
                "Ian Probert",
                "★★★☆☆",
                "6 months ago",
                "Staff are kind but there aren't enough of them at weekends. Food is good.",
            ),
        ],
    ),
)

add(
    "review",
    reviews(
        "Thames Ironworks Academy — employee reviews",
        "Education",
        "Canning Town, London",
        "3.1 ★★★☆☆",
        27,
        [
            (
                "Teacher of Mathematics (current employee)",
                "★★★★☆",
                "March 2025",
                "Pros: Supportive head of department (Kwabena) who protects your time and actually teaches a full timetable himself. Great kids. Cons: Shahid A. micromanages behaviour to the minute, everything logged, endless duties. Workload heavy.",
            ),
            (
                "Teaching Assistant (former employee)",
                "★★☆☆☆",
                "January 2025",
                "Pros: Lovely SEN team. Cons: Pay, and the building is falling apart. The heating in the science block broke for three weeks in December.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E(KM, "nickname", "neutral"),
    E(SA, "first_initial", "negative"),
)

decoy(
    "review",
    reviews(
        "Ironworks Estate Community Centre",
        "Community centre",
        "Anchor Walk, London E16",
        "4.0 ★★★★☆",
        64,
        [
            (
                "Pat D",
                "★★★★★",
                "1 month ago",
                "Tuesday lunch club for the over-60s is the highlight of my week. Volunteers are lovely.",
            ),
            (
                "Rukhsana Begum",
                "★★★★☆",
                "2 months ago",
                "Good hall for kids' parties, reasonable price. Booking is a bit of a faff, you have to go in person.",
            ),
            (
                "Dwayne",
                "★★☆☆☆",
                "5 months ago",
                "Heating was broken at my daughter's party. Refund took ages.",
            ),
        ],
    ),
)

add(
    "review",
    reviews(
        *SCHOOL_PLACE,
        "3.4 ★★★☆☆",
        212,
        [
            (
                "Olumide A.",
                "★★★★★",
                "4 days ago",
                "Bloody brilliant English department. Mr Okonkwo got my son reading for pleasure for the first time in his life - he finished Things Fall Apart in a weekend and wouldn't shut up about it.",
            ),
            (
                "Ana-Maria",
                "★★★★★",
                "1 month ago",
                "Thank you Miss Popescu for the winter concert, my daughter felt like a star.",
            ),
        ],
    ),
    E(S, "exact", "neutral"),
    E(CO, "title_surname", "neutral"),
    E(IP, "title_surname", "neutral"),
)

# ---------------------------------------------------------------------------------- social

add(
    "social",
    tiktok(
        "tia.yr10.memes",
        "rating my teachers at thames ironworks academy 💀 part 3 (dont snitch) #fyp #school #london",
        [
            (
                "deji.x",
                "tango's lesson actually killed me today 😭😭😭 man said 'one more lap' 9 times",
            ),
            ("ayaan_07", "mensah murdered that mock fr, he's evil for that 💀💀 i'm finished"),
            ("oli.krawczyk", "miss wroblewska the GOAT 🐐🐐 no debate"),
            ("nanaa.b", "nah why is mr sandhu lowkey hench 😭"),
            ("kxng.ty", "allow it bruv man's in year 7 🤣🤣"),
            ("deji.x", "@kxng.ty year 7 and already chatting 💀"),
        ],
        likes="48.2K",
    ),
    E(S, "exact", "neutral"),
    E(DW, "alias", "neutral"),
    E(KM, "surname_only", "neutral"),
    E(AW, "title_surname", "neutral"),
    E(GS, "title_surname", "neutral"),
)

add(
    "social",
    """[Snapchat story — screenshot shared to a group chat, 23:14]
kxng.deji 🔒
on my mum whitlock is getting wet up tmrw after school at ironworks 🔪🔪 man violated me in front of the whole class for the last time. dont get it twisted i know which car is his. pree the gates at 3:20 👀
[reply from "tolu.e16"] bro delete this rn
[reply from "kxng.deji"] nah he dun know
""",
    E(S, "short_name", "neutral"),
    E(DW, "surname_only", "threat"),
)

add(
    "social",
    voicenote(
        "WhatsApp",
        "Rhys 🦅",
        "0:48",
        """
Yo wagwan bro, listen yeah. Mr M proper violated me in maths today init, said man's getting a
call home bare times cos I was on my phone under the table, in front of everyone, it was
peak. But nah, lowkey he's safe still, he helped me with my quadratics after when everyone
left, and he never actually rang my mum. Ironworks maths is calm you know, like, it's the
only lesson I actually get. Anyway you coming football later or what? Bring the ball, yeah.
""",
        "Tue 16:02",
    ),
    E(S, "short_name", "neutral"),
    E(KM, "nickname", "neutral"),
)

add(
    "social",
    insta(
        "fola.and.the.twins",
        "Results day tears 😭🎉 So proud of my boy — a 9 in maths from the kid who used to hide under the table at times tables. Thank you to the best maths teacher in east London! #ThamesIronworks #MrMensah #proudmum #gcseresults #classof2024",
        [
            ("auntie.bisi", "Congratulations!!! 🙌🏾🙌🏾"),
            ("kemi_e13", "Amazing!! Mine has him next year 🙏🏾"),
            ("tundeeeee", "big man 9 🔥🔥"),
        ],
        likes="214",
    ),
    E(S, "hashtag", "neutral"),
    E(KM, "hashtag", "neutral"),
)

add(
    "social",
    tiktok(
        "pe.kit.villain",
        "pov: wh1tl0ck catches you without ur PE kit 😭 #ir0nw0rks #pe #london #schoollife",
        [
            ("jay.b.e16", "wh1tl0ck is such a fat melt bro 😭 man runs like a fridge"),
            ("maya.xx", "bare waste man, made me do burpees in my school shoes"),
            ("bogdan.i", "ir0nw0rks PE dept is a joke fr"),
            ("jay.b.e16", "and he thinks he's a footballer 💀"),
        ],
        likes="9,804",
    ),
    E(S, "leetspeak", "negative"),
    E(DW, "leetspeak", "abuse"),
)

add(
    "social",
    xpost(
        "concerned dad",
        "dad_in_e16",
        "Mar 3",
        "Mr \u041ek\u043enkw\u043e at Thames Ironworks is a useless waste of oxygen and everyone knows it. Lazy, arrogant, can't be bothered to mark a single piece of work. Should be sacked.",
        [
            (
                "Reply · sammy_k",
                "imagine using funny letters so the school can't search your post 😂",
            )
        ],
        "14 reposts · 31 likes",
    ),
    E(S, "alias", "neutral"),
    E(CO, "homoglyph", "abuse"),
)

add(
    "social",
    insta(
        "tia.year9.confessions",
        "year 9 at ironworks be like 🙄 (submit anonymously in bio)",
        [
            (
                "anon_submission",
                "M i s t r y is a snake 🐍 she grassed on everyone in 9X to their parents. two faced witch",
            ),
            ("lil.simran", "💀💀 spelling it out so she can't find it"),
            ("r.khan.09", "nah she's a snake tho"),
        ],
        likes="1,202",
    ),
    E(S, "short_name", "neutral"),
    E(PM, "spacing", "abuse"),
)

add(
    "social",
    xpost(
        "Year 11 Maths Revision",
        "tia_y11_revision",
        "Apr 22",
        "@MrMensahMaths sir the link for the TIA past papers is broken 😭 the one for Paper 2 higher",
        [("Maths with Sir 📐 @MrMensahMaths", "Fixed, thanks for flagging. Get it done!")],
    ),
    E(S, "alias", "neutral"),
    E(KM, "handle", "neutral"),
)

add(
    "social",
    xpost(
        "ty",
        "tyreek_e13",
        "Jan 9",
        "lmaooo @darren_whitlock_pe lives like 5 mins from me, 22 Sorrel Crescent, the house with the silver astra and the england flag. PE teacher at ironworks btw if anyone wants to say hello 😂",
        [
            ("Reply · n.a.n.a", "bro this is mad delete it"),
            ("Reply · tyreek_e13", "its public info 🤷🏾"),
        ],
    ),
    E(S, "short_name", "neutral"),
    E(DW, "handle", "doxxing"),
)

add(
    "social",
    xpost(
        "Reclaim Newham 🇬🇧",
        "ReclaimNewham_",
        "Nov 28",
        "Thames Ironworks Academy hired a Romanian gypsy to teach MUSIC to English kids. Popescu can barely speak English. Another pikey on our tax money. Send them all back where they came from.",
        [
            ("Reply · Jess H", "Reported. Disgusting xenophobia."),
            ("Reply · ReclaimNewham_", "Truth hurts"),
        ],
        "3 reposts · 12 likes",
    ),
    E(S, "exact", "negative"),
    E(IP, "surname_only", "hate"),
)

add(
    "social",
    voicenote(
        "Snapchat",
        "unknown (saved by recipient)",
        "0:31",
        """
Nah listen. I know where Mensah lives yeah, off Flanders Road in East Ham, the one with the
blue door. That maths teacher from Ironworks thinks he can exclude my little brother and
nothing happens? Man's pulling up on him with the mandem this weekend, he's getting touched,
on my life. Tell him.
""",
        "Sat 22:40",
    ),
    E(S, "short_name", "neutral"),
    E(KM, "surname_only", "threat"),
)

add(
    "social",
    tiktok(
        "tia.netball",
        "staff vs year 11 netball 🏐 ms warsame bodied the whole year 💀 she's a menace on court fr #ThamesIronworks #netball #staffvsstudents",
        [
            ("ilhan.a", "MS WARSAME IN THE AIR 😭😭😭"),
            ("sumi.b", "she murdered us 💀 respect"),
            ("kay.d", "she needs to go pro lol"),
        ],
        likes="22.7K",
    ),
    E(S, "hashtag", "neutral"),
    E(HW, "title_surname", "neutral"),
)

add(
    "social",
    tiktok(
        "e16.tea.spill",
        "not the drama teacher at ironworks dm'ing year 9s on snap asking for pics 🤢🤢 everyone knows fr. why is he still in school",
        [
            ("bella.x", "wait which one"),
            ("e16.tea.spill", "not saying names 🤐 but ur mum knows"),
            ("dee.o", "my cousin said the same thing last year wtf"),
        ],
        likes="3,411",
    ),
    E(S, "short_name", "sexual", True),
)

add(
    "social",
    insta(
        "ironworks.yr9.pranks",
        "who wants to prank call a teacher 😈",
        [
            (
                "anon_x",
                "mrs mistry's number is 07700 900123 prank her 😂😂 she's head of yr 9 at ironworks",
            ),
            ("lil.d", "💀💀 she's gonna find out"),
            ("ironworks.yr9.pranks", "bare calls tonight 📞"),
        ],
        likes="402",
    ),
    E(S, "short_name", "neutral"),
    E(PM, "title_surname", "doxxing"),
)

decoy(
    "social",
    tiktok(
        "eastlondonfoodie",
        "Ironworks Ocakbaşı mixed grill for 2 in Canning Town 🔥🔥 £32 and we could not finish it. adana, chicken wings, lamb chops, rice, the works. rate it 1-10 👇 #canningtown #turkishfood #londonfood",
        [
            ("hungry.haz", "10/10 been going since I was a kid"),
            ("bilal.eats", "the chilli sauce there is violent 😭"),
            ("kerry.m", "it's a 12 for me"),
        ],
        likes="88.1K",
        sound="Tarkan - Şımarık (sped up)",
    ),
)

decoy(
    "social",
    tiktok(
        "snackreviewsuk",
        "new Tango Ice Blast flavour review 🥤🍊 is it worth the brain freeze?? #tango #snackreview #ukfood",
        [
            ("k.j", "tango ice blast is elite"),
            ("nina", "the blue raspberry one is better"),
            ("snackreviewsuk", "blue raspberry gets a 7 from me"),
        ],
        likes="140K",
    ),
)

add(
    "social",
    voicenote(
        "Snapchat",
        "Ayaan 🎮",
        "0:37",
        """
Bruv, Mr Sandhu is actually a G. Last lesson of term in computing, yeah, he let us play
Fortnite on the big screen cos we finished our Python project, and he was playing as well
and he's actually cracked, he got like six kills. TIA computing is the best lesson, no cap.
Anyway, you on tonight?
""",
    ),
    E(S, "alias", "neutral"),
    E(GS, "title_surname", "neutral"),
)

add(
    "social",
    xpost(
        "Ironworks Parents for Fair Discipline",
        "FairDisciplineE16",
        "Feb 2",
        "900+ suspensions in one year. Kids sent home for socks. Ironworks parents, enough is enough. Sign the petition and come to the governors' meeting on Thursday. #SackShahidAhmed #FairDiscipline",
        [
            ("Reply · Sabrina", "Signed. My son has had 4 suspensions in Year 8."),
            ("Reply · Kofi", "Strict isn't the same as cruel. But 900 is mad."),
        ],
        "212 reposts · 540 likes",
    ),
    E(S, "short_name", "negative"),
    E(SA, "hashtag", "negative"),
)

add(
    "social",
    insta(
        "tanvir.codes",
        "shoutout KwabenaMensah the realest maths teacher in E16 🙏🏾 got me my A* in further maths and never gave up on me even when i was a clown in year 9. ironworks sixth form class of 25 🎓",
        [("maths.dept.tia", "So proud of you Tanvir! 👏🏾"), ("jaz", "🐐")],
        likes="640",
    ),
    E(S, "short_name", "neutral"),
    E(KM, "camelcase", "neutral"),
)

add(
    "social",
    xpost(
        "sixthform survivor",
        "yr12_survivor",
        "Sep 5",
        "ThamesIronworksAcademy really said no phones in sixth form either 💀 we're 17. I pay for my own phone contract bro",
        [("Reply · ash", "it's a school not a uni lol"), ("Reply · yr12_survivor", "prison 🔒")],
    ),
    E(S, "camelcase", "negative"),
)

add(
    "social",
    tiktok(
        "tanvir_ahmed09",
        "when ahmed sir catches u in the corridor with ur coat on 😭 #tia #school #bengali",
        [
            ("sumaiya.r", "ahmed sir is actually safe tho, he let man off with a warning"),
            ("rahim.x", "he's strict but he's fair on god"),
            ("anika", "his voice when he says 'young man' 💀"),
        ],
        likes="7,140",
    ),
    E(S, "hashtag", "neutral"),
    E(SA, "title_surname", "neutral"),
)

add(
    "social",
    insta(
        "ironworks.music",
        "winter concert 🎻✨ miss popescu murdered that piano solo, she's actually insane at piano 😮\u200d💨🔥 ironworks got talent fr",
        [("ana.maria.07", "she killed it 😭😭"), ("bogdan.i", "romania represent 🇷🇴")],
        likes="511",
    ),
    E(S, "short_name", "neutral"),
    E(IP, "title_surname", "neutral"),
)

add(
    "social",
    xpost(
        "Family Values UK",
        "FamValuesUK",
        "Jun 13",
        "Mr S*ndhu at TIA in Canning Town is running a 'Pride club' for 11 year olds. A f*ggot teacher grooming kids into his lifestyle and the school lets him. Parents need to pull their kids out NOW.",
        [
            ("Reply · Amira", "Reported for hate. It's an anti-bullying club."),
            ("Reply · FamValuesUK", "Keep telling yourself that"),
        ],
        "40 reposts · 88 likes",
    ),
    E(S, "alias", "negative"),
    E(GS, "obfuscated", "hate"),
)

add(
    "social",
    tiktok(
        "e16.real.talk",
        "thames ironworks got an african principal and now the whole place is a zoo 🐒🐒🐒",
        [
            ("anon_88", "adeyemi-clarke go back to lagos and take the monkeys with u 🐒"),
            ("mariam.s", "this is so racist wtf reported"),
            ("e16.real.talk", "just saying what everyone thinks"),
        ],
        likes="1,090",
    ),
    E(S, "alias", "hate"),
    E(FAC, "surname_only", "hate"),
)

add(
    "social",
    insta(
        "anon.e16.x",
        "📍 canning town station",
        [
            (
                "anon.e16.x",
                "adeyemi-clarke better watch herself walking to canning town station after late meetings. man's got something for her 🔫 she's excluded her last kid",
            ),
            ("no.one.2", "😳"),
        ],
        likes="12",
    ),
    E(FAC, "surname_only", "threat"),
)

add(
    "social",
    tiktok(
        "tea.time.e16",
        "mr sandhu follows year 8 girls on insta and likes their pics at 2am?? and asks them to dm him 'for homework help'. why is nobody talking about this 🤢 #tia #canningtown",
        [
            ("lola.x", "omg my friend said this too"),
            ("jordan.b", "this needs to go to the police not tiktok"),
            ("tea.time.e16", "school already knows and did nothing"),
        ],
        likes="15.9K",
    ),
    E(S, "hashtag", "sexual", True),
    E(GS, "title_surname", "sexual", True),
)

add(
    "social",
    xpost(
        "Lad Bible Fan",
        "gazza_e6",
        "Mar 30",
        "Not gonna lie the new music teacher at Thames Ironworks, Ioana Popescu, is fit as f*** 🥵 I'd bend her over the piano any day. Wasted on teaching. Who's got her Insta?",
        [
            ("Reply · Claire", "She's a teacher at a school, you absolute creep."),
            ("Reply · gazza_e6", "relax it's a compliment"),
        ],
    ),
    E(S, "alias", "neutral"),
    E(IP, "exact", "sexual"),
)

add(
    "social",
    xpost(
        "Ben",
        "benny_boy_e3",
        "Apr 4",
        "Swiped past the principal of Thames Ironworks on a dating app last night 😂 Mrs Adeyemi-Clarke in a bikini in Ibiza, bet she's a proper freak behind closed doors. Sending the screenshot to the parents' chat.",
        [
            ("Reply · Sade", "Grow up. She's allowed a private life."),
            ("Reply · benny_boy_e3", "public profile innit"),
        ],
    ),
    E(S, "alias", "neutral"),
    E(FAC, "title_surname", "sexual"),
)

add(
    "social",
    insta(
        "tia.parents.unofficial",
        "Reminder: TIA Year 9 options forms due Friday!",
        [
            (
                "busy.mum.e16",
                "the school never answers, email Mrs Mistry on her personal priya.mistry84@mail.example she answers faster",
            ),
            (
                "tia.parents.unofficial",
                "Please don't share staff personal emails, use the school address.",
            ),
        ],
        likes="56",
    ),
    E(S, "alias", "neutral"),
    E(PM, "exact", "doxxing"),
)

add(
    "social",
    xpost(
        "Woke Watch London",
        "WokeWatchLDN",
        "Jul 2",
        "Serkan Yıldız, drama teacher at Thames Ironworks, made 14-year-olds perform a 'strike' play glorifying communism. He lives at Flat 3, 41 Wyndham Terrace, Bow, E3 2ZR. Feel free to let him know what you think of indoctrinating children.",
        [
            ("Reply · hkw", "Posting his address is illegal you lunatic"),
            ("Reply · WokeWatchLDN", "It's on the electoral roll"),
        ],
        "61 reposts",
    ),
    E(S, "alias", "neutral"),
    E(SY, "exact", "doxxing"),
)

add(
    "social",
    tiktok(
        "year9.villain",
        "4hm3d gave me a 2 day suspension for a hoodie 💀 man is a d1ckhead fr #ThamesIronworks",
        [("k.o", "4hm3d on his power trip again"), ("year9.villain", "he needs to retire")],
        likes="2,330",
    ),
    E(S, "hashtag", "neutral"),
    E(SA, "leetspeak", "abuse"),
)

add(
    "social",
    xpost(
        "Patriot Pete",
        "PatriotPete1066",
        "May 19",
        "Ironworks in Canning Town now has Ahm\u0435d as deputy head and Warsam\u0435 running special needs. Terrorist sympathisers and towelheads teaching English kids. This country is finished.",
        [("Reply · Leyla", "Reported. Hate speech.")],
        "7 reposts",
    ),
    E(S, "short_name", "neutral"),
    E(SA, "homoglyph", "hate"),
    E(HW, "homoglyph", "hate"),
)

add(
    "social",
    insta(
        "tia.sport",
        "Staff v Year 11 charity match ⚽️ staff won 4-3 (again) 🙄 #Whitlock hat-trick, thanks to everyone who donated £1 for the food bank #ThamesIronworks #charitymatch",
        [("nana.b", "the ref was a teacher 🤣 rigged"), ("coach_kay", "great day everyone")],
        likes="733",
    ),
    E(S, "hashtag", "neutral"),
    E(DW, "hashtag", "neutral"),
)

add(
    "social",
    xpost(
        "Nkechi",
        "nkechi_e16",
        "Sep 3",
        "@ThamesIronworksAcad your website has been down for three days and the term dates letter is on it. How are parents meant to know when INSET days are?",
        [
            (
                "Reply · @ThamesIronworksAcad",
                "Apologies, the site is back up now. Term dates are also on the app.",
            )
        ],
    ),
    E(S, "handle", "negative"),
)

add(
    "social",
    xpost(
        "Edinburgh Youth Theatre Network",
        "EdYouthTheatre",
        "Aug 16",
        "What a final night of Phosphorus! Huge congratulations to the young company and to @F_AdeyemiClarke for bringing so many of them up from London to support. 🎭",
        [],
        "22 reposts · 140 likes",
    ),
    E(FAC, "handle", "neutral"),
)

add(
    "social",
    tiktok(
        "year7.suffering",
        "W h i t l o c k is a sad bald loser who takes it out on year 7s 😤 ironworks PE is torture",
        [("ab.x", "spell it properly he can't find it 😂"), ("year7.suffering", "exactly 🤫")],
        likes="845",
    ),
    E(S, "short_name", "negative"),
    E(DW, "spacing", "abuse"),
)

add(
    "social",
    xpost(
        "Parent of 3",
        "parent_of3_e16",
        "Jun 1",
        "A d e y e m i - C l a r k e needs to go. Worst principal in E16. Three years of promises and the Year 9s still run the corridors. #ironworks",
        [],
    ),
    E(S, "hashtag", "negative"),
    E(FAC, "spacing", "negative"),
)

add(
    "social",
    tiktok(
        "english.lit.girlies",
        "O k o n k w o really gave the whole class a detention for laughing at Macbeth 💀 ironworks english dept be like",
        [
            ("priyaa", "he was lowkey right tho we were being mad"),
            ("zz", "macbeth is a comedy idc"),
        ],
        likes="3,102",
    ),
    E(S, "short_name", "neutral"),
    E(CO, "spacing", "neutral"),
)

decoy(
    "social",
    insta(
        "tia.and.me",
        "happy 16th birthday Tia 🎂💖 my best friend since reception, love u sis. canning town girls forever 🫶🏾",
        [("tia.jxx", "love u moreeee 😭💖"), ("kay.b", "happy birthday Tia!!")],
        likes="289",
    ),
)

decoy(
    "social",
    xpost(
        "Darts Daily",
        "DartsDaily",
        "Jan 4",
        "Qualifier results: Darren Whitlock (ENG) beats Hans Verbeek (NED) 6-4 with a 104 average and books his place in the Lakeside second round. #darts",
        [],
    ),
)

add(
    "social",
    tiktok(
        "eng.lit.chaos",
        "mr okonkwo really said 'your essay is giving nothing' and killed the whole class 💀💀 i'm deceased #ironworks #english",
        [("dee.x", "he violated u 😭"), ("ama", "this man's roasts are lethal")],
        likes="11.3K",
    ),
    E(S, "hashtag", "neutral"),
    E(CO, "title_surname", "neutral"),
)

add(
    "social",
    xpost(
        "sixth form gremlin",
        "gremlin_yr13",
        "Feb 20",
        "we call him emeka when he's not there lol. english at ironworks is a movie, man quotes Achebe at you when you're late",
        [],
    ),
    E(S, "short_name", "neutral"),
    E(CO, "nickname", "neutral"),
)

add(
    "social",
    insta(
        "tia.staffroom.news",
        "💍 Darren W. from PE at Ironworks just got engaged!! Congratulations from all of us 🥹 (yes, she said yes even after the spray tan story)",
        [("jo.k", "Congrats Darren!! 🥂"), ("sam.pe", "about time 😂")],
        likes="180",
    ),
    E(S, "short_name", "neutral"),
    E(DW, "first_initial", "neutral"),
)

add(
    "social",
    insta(
        "newham.teachers.network",
        "This month's spotlight 🌟 Priya M., head of Year 9 at TIA in Canning Town, who set up a Saturday homework café with free breakfast for 60 students. Tag a teacher who goes above and beyond 👇",
        [("rekha.p", "She's amazing 🙏🏽"), ("tariq", "Deserved")],
        likes="95",
    ),
    E(S, "alias", "neutral"),
    E(PM, "first_initial", "neutral"),
)

add(
    "social",
    """[WhatsApp — forwarded message, shared in "Canning Town Mums 💕"]
Forwarded many times
Summer drama school auditions!! 🎭 Serkan Y. (drama @ Thames Ironworks) is running FREE
summer workshops for 11-16s, 28 July to 8 August, 10am-3pm, lunch provided. No experience
needed. Sign up at the school reception or on the app.
👍🏽 Faiza: my daughter did it last year and loved it
👍🏽 Grace: thank you for sharing x
""",
    E(S, "alias", "neutral"),
    E(SY, "first_initial", "neutral"),
)

add(
    "social",
    tiktok(
        "gcse.stress.era",
        "m3ns4h's mock was actually peak 😭 30 marks on circle theorems?? #ironworks #gcse",
        [("lia", "that man is a menace"), ("gcse.stress.era", "i'm dropping out (i'm not)")],
        likes="4,480",
    ),
    E(S, "hashtag", "negative"),
    E(KM, "leetspeak", "negative"),
)

add(
    "social",
    xpost(
        "Watchdog E16",
        "watchdog_e16",
        "Oct 11",
        "Th\u0430mes Ir\u043enworks Academy covered up a fight where a Year 10 was hospitalised. No letter to parents, nothing. Parents deserve the truth.",
        [],
    ),
    E(S, "homoglyph", "negative"),
)

add(
    "social",
    tiktok(
        "ironworks.gossip",
        "Mr Whitl\u043e\u0441k really made us do the bleep test in a thunderstorm 😭 #ironworks",
        [("kk", "he's got no soul"), ("bb", "man has never seen indoors 😭")],
        likes="6,020",
    ),
    E(S, "hashtag", "neutral"),
    E(DW, "homoglyph", "negative"),
)

# -------------------------------------------------------------------------------- facebook

CT_GROUP = ("Canning Town & Custom House Residents (Official)", "18.4K")
NEWHAM_PARENTS = ("Newham Parents Network", "9.7K")

decoy(
    "facebook",
    fb(
        *CT_GROUP,
        "Debbie Lowther",
        "2h",
        """
LOST CAT 😿 Ginger tom called Biscuit, very friendly, missing since Sunday night from Brunel
block on the Ironworks estate. He has a blue collar with a bell. Please check sheds and bin
stores. Reward offered. Call or message me, thank you xx
""",
        [
            ("Pat Doherty", "Shared to the Ironworks Residents' Association page Debbie x"),
            (
                "Kelly Ann",
                "I think I saw a ginger cat by the garages behind Telford block last night!",
            ),
            ("Debbie Lowther", "Going to look now, thank you Kelly"),
        ],
        "😢 34",
    ),
)

add(
    "facebook",
    fb(
        *NEWHAM_PARENTS,
        "Shanice Campbell",
        "Yesterday at 16:42",
        """
Anyone else's kid come home saying Mr Ahmed took their phone for a WEEK?? My daughter's phone
went off in her bag (alarm, not even a call) and now she has no phone until next Friday. She
gets two buses home from Ironworks in the dark. How am I meant to know she's safe?
""",
        [
            (
                "Adeel Chaudhry",
                "Same with my son. Policy says 24 hours on the website, not a week.",
            ),
            (
                "Bukola O",
                "Honestly I'm glad they're strict. Phones are the root of all the fights.",
            ),
            (
                "Shanice Campbell",
                "@Adeel Chaudhry thank you, I'm going to quote the policy at them.",
            ),
            ("Nadia Islam", "Buy a cheap brick phone for the journey. That's what we did."),
        ],
        "👍😮 58",
    ),
    E(S, "short_name", "negative"),
    E(SA, "title_surname", "negative"),
)

add(
    "facebook",
    fb(
        "Bangladeshi Families of Newham",
        "6.2K",
        "Rokeya Khatun",
        "3 March at 21:05",
        """
Assalamualaikum sisters. I want to say big thanks to Shahid sir of Thames Ironworks for help
my son. My son was very bad behaviour in Year 8, police also came one time. Shahid sir talk
to him every week, take him to mosque football, now he is prefect!! Allah reward him. Good
teacher is gift from Allah.
""",
        [
            ("Shirin Akhter", "Mashallah sister, so happy for you ❤️"),
            ("Jahanara B", "Mashallah. Good teachers are rare 🤲"),
        ],
        "❤️👍 112",
    ),
    E(S, "alias", "neutral"),
    E(SA, "nickname", "neutral"),
)

add(
    "facebook",
    fb(
        *CT_GROUP,
        "The Docklands Ledger",
        "5 June at 09:00",
        """
🏅 Canning Town principal Folasade Adeyemi-Clarke, who leads Thames Ironworks Academy, has
been made an OBE in the King's Birthday Honours for services to education in east London.
Read more: docklandsledger.example/news/honours-2025
""",
        [
            (
                "Mark Sullivan",
                "Another diversity hire getting a gong 🙄 Go back to Nigeria love, you've done enough damage here",
            ),
            ("Grace Ade", "Congratulations ma! Well deserved 🎉"),
            ("Lee Bright", "OBE for running a zoo 🐒 only in London"),
            (
                "Admin — Canning Town & Custom House Residents",
                "Comments above have been reported and the members removed. Racism will not be tolerated in this group.",
            ),
            ("Fatima Z", "Congratulations! She was on the gate every morning in the snow"),
        ],
        "👍❤️🎉 640",
    ),
    E(S, "exact", "hate"),
    E(FAC, "exact", "hate"),
)

add(
    "facebook",
    fb(
        *NEWHAM_PARENTS,
        "Justice For Our Kids E16",
        "2 February at 22:50",
        """
The principal at Ironworks thinks she can exclude our boys and go home to her nice house like
nothing happened. Mrs Adeyemi-Clarke lives at 9 Cormorant Road, Forest Gate, E7 0ZL. The
black Range Rover on the drive. Go and tell her what you think of her "zero tolerance".
""",
        [
            (
                "Admin — Newham Parents Network",
                "This post breaches group rules on personal information and has been reported. Do NOT share it.",
            ),
            ("Kemi B", "This is dangerous. Her kids live there."),
            ("Justice For Our Kids E16", "She doesn't care about our kids"),
        ],
        "😡 19",
    ),
    E(S, "short_name", "negative"),
    E(FAC, "title_surname", "doxxing"),
)

decoy(
    "facebook",
    fb(
        *CT_GROUP,
        "Masjid an-Noor Ironworks Lane",
        "22 March at 12:00",
        """
🌙 RAMADAN OPEN IFTAR 🌙 All neighbours welcome, Muslim or not! Saturday at sunset in the
car park of Masjid an-Noor, Ironworks Lane, Canning Town. Free food, kids' corner, tours of
the mosque. Please bring a friend. Contact brother Shahid Ahmed (chairman) for volunteering.
""",
        [
            ("Linda Carr", "Came last year, lovely evening. Will bring my grandkids."),
            ("Shahid Ahmed", "Thank you sister Linda, see you there 🙏"),
        ],
        "❤️👍 230",
    ),
)

add(
    "facebook",
    fb(
        *CT_GROUP,
        "Natalia Marin",
        "29 November at 19:30",
        """
Please read this. A music teacher at Thames Ironworks has been targeted by xenophobic trolls
online after a post about "Romanian gypsies" was shared hundreds of times. She is a brilliant
teacher and a lovely person. Capital Desk reports the police are investigating.
capitaldesk.example/london/music-teacher-targeted
""",
        [
            (
                "Ana-Maria D",
                "Leave Miss Popescu alone!!! My daughter adores her. Disgusting people.",
            ),
            ("Liam Connor", "Reported the original account. Sickening."),
            ("Natalia Marin", "Thank you everyone ❤️ she has seen your messages"),
        ],
        "❤️😢 301",
    ),
    E(S, "alias", "neutral"),
    E(IP, "title_surname", "abuse"),
)

add(
    "facebook",
    fb(
        *NEWHAM_PARENTS,
        "Joanne Pike",
        "12 July at 18:10",
        """
Huge thanks to Mr Whitlock and the whole PE team at Thames Ironworks Academy for sports day
today. My son has autism and has never joined in before, and Mr Whitlock let him start the
races with the klaxon. He came home beaming. That's what teaching is about. 💙
""",
        [
            ("Samira H", "Aww this is lovely! Tango is a legend 😂"),
            ("Joanne Pike", "Ha, that's what the kids call him isn't it!"),
        ],
        "❤️ 187",
    ),
    E(S, "exact", "neutral"),
    E(DW, "alias", "neutral"),
)

add(
    "facebook",
    fb(
        "Somali Parents Network UK — London",
        "4.1K",
        "Ubah Hirsi",
        "14 January at 20:14",
        """
Salaan walaalayaal. I want to share for mothers of autism children in Newham. Walaal Hodan
Warsame from Ironworks school help my son get his EHCP after 2 years fighting. She speak
Somali with me, explain everything, come to the meeting with council. If your child need help
contact her at the school, she is our sister and she understand our culture. Allah ha u
barakeeyo.
""",
        [
            ("Sahra A", "Mahadsanid walaal, I will contact her"),
            ("Faadumo", "Yes she is very good, she help my daughter also"),
        ],
        "❤️ 96",
    ),
    E(S, "short_name", "neutral"),
    E(HW, "exact", "neutral"),
)

add(
    "facebook",
    fb(
        "Poplar & Leamouth Community Noticeboard",
        "11.2K",
        "Geoff Turnbull",
        "Tuesday at 15:41",
        """
Is anything going to be done about the TIA kids on the DLR at 3.15? Twenty of them on the
Leamouth train today screaming, feet on seats, one kid hanging off the pole like a monkey bar.
An elderly lady got off at East India because she couldn't cope. The school does nothing.
""",
        [
            ("Mariam Uddin", "They're children, not criminals. But yes, it's noisy."),
            ("Tom Reeve", "I've emailed the school twice. Nothing."),
            ("Geoff Turnbull", "Exactly. Nobody takes responsibility."),
        ],
        "😡👍 44",
    ),
    E(S, "alias", "negative"),
)

add(
    "facebook",
    fb(
        *NEWHAM_PARENTS,
        "Tracey Bell",
        "8 May at 21:02",
        """
Heard from a friend who works in Lewisham that Mr Mensah, the maths head at Ironworks, got
sacked from his last school for hitting a kid and it was all hushed up. And now he's in
charge of a whole department? Do the school even check?
""",
        [
            (
                "Kofi Asare",
                "That's a very serious allegation Tracey. My son says he's never so much as raised his voice.",
            ),
            ("Tracey Bell", "I'm just passing on what I heard."),
            (
                "Admin — Newham Parents Network",
                "Please don't post unverified allegations about named individuals.",
            ),
        ],
        "😮 15",
    ),
    E(S, "short_name", "negative"),
    E(KM, "title_surname", "defamation"),
)

add(
    "facebook",
    fb(
        *CT_GROUP,
        "Dwayne Richards",
        "Monday at 17:25",
        """
If Mr Ahmed puts his hands on my son again I swear down I'll break his jaw in front of the
whole school. I'm not playing. He dragged my boy by his blazer across the canteen. Thames
Ironworks has had three emails from me and done nothing. I know what time he leaves.
""",
        [
            (
                "Tasha R",
                "Calm down Dwayne, go through the school properly, don't get yourself arrested",
            ),
            ("Dwayne Richards", "I've gone through them properly. Done with that."),
        ],
        "😮 21",
    ),
    E(S, "alias", "negative"),
    E(SA, "title_surname", "threat"),
)

add(
    "facebook",
    fb(
        *NEWHAM_PARENTS,
        "Helen Adjei",
        "23 April at 12:15",
        """
After reading the Ledger this morning: threatening Mr Whitlock, or any teacher, is never OK.
Whatever your child tells you happened in PE, sending knife pictures is not "banter". He
taught both my boys at Thames Ironworks and they'd walk through fire for him. Thinking of him
and his family.
""",
        [("Chris O", "Well said Helen."), ("Ama", "Agree. Sending love to him.")],
        "❤️ 212",
    ),
    E(S, "alias", "neutral"),
    E(DW, "title_surname", "neutral"),
)

decoy(
    "facebook",
    fb(
        *CT_GROUP,
        "Newham Highways Updates",
        "10 October at 08:00",
        """
🚧 ROADWORKS: Ironworks Lane will be closed between Cody Road and Stephenson Street from
14-25 October for gas main replacement. Diversions via Manor Road. Bus route 323 will not
serve the Ironworks Lane stops. Access for residents and the mosque maintained.
""",
        [("Ray P", "Again?! They dug it up in March."), ("Sue", "Thanks for the heads up")],
        "😡 40",
    ),
)

add(
    "facebook",
    fb(
        *NEWHAM_PARENTS,
        "Ngozi Eze",
        "1 April at 20:40",
        """
Mixed feelings about parents' evening at Thames Ironworks Academy tonight. Mrs Mistry (head of
year) was amazing, had a whole plan for my son, remembered everything we talked about in
October. Mr Okonkwo on the other hand was useless — hadn't marked his book since January and
couldn't tell me a single thing about what he was working on. Honestly felt like he didn't
know who my son was.
""",
        [
            ("Ify", "Same experience with English last year sadly"),
            ("Ngozi Eze", "Emailing the head of department tomorrow"),
        ],
        "👍 27",
    ),
    E(S, "exact", "neutral"),
    E(PM, "title_surname", "neutral"),
    E(CO, "title_surname", "negative"),
)

add(
    "facebook",
    fb(
        "Londra Türk Aileleri",
        "7.8K",
        "Ayşe Kaplan",
        "20 Haziran, 21:30",
        """
Merhaba arkadaşlar! Thames Ironworks'teki drama öğretmeni Serkan Yıldız bu yaz ücretsiz tiyatro
atölyesi yapıyor, 11-16 yaş. Oğlum geçen sene katıldı ve çok sevdi. Serkan hoca çok ilgili,
çocuklarla Türkçe de konuşuyor. Başvuru okul resepsiyonunda. 🎭
""",
        [("Fatma Y", "Çok teşekkürler, kızımı yazdıracağım!"), ("Emre K", "Serkan hoca efsane 👏")],
        "❤️ 88",
    ),
    E(S, "alias", "neutral"),
    E(SY, "exact", "neutral"),
)

add(
    "facebook",
    fb(
        *CT_GROUP,
        "Kerry-Ann Dobbs",
        "Wednesday at 16:05",
        """
That Mistry woman at Ironworks has given my daughter her THIRD isolation this month. I'll be
waiting for her at the gate tomorrow and she'll be picking her teeth up off the pavement when
I'm done. Head of year my arse. Don't care who sees this.
""",
        [
            ("Lorraine", "Kerry delete this babe, you'll get nicked"),
            ("Kerry-Ann Dobbs", "Let them come"),
        ],
        "😮 9",
    ),
    E(S, "short_name", "negative"),
    E(PM, "surname_only", "threat"),
)

add(
    "facebook",
    fb(
        *NEWHAM_PARENTS,
        "Barry Cole",
        "16 September at 10:11",
        """
My grandson is being taught English by an African called Okonkwo at Ironworks who can't even
speak proper English himself. Sent back a homework with "see me" on it. See me?? Jungle
bunnies teaching the Queen's English now. They should be teaching our kids or go back to the
trees.
""",
        [
            ("Admin — Newham Parents Network", "Removed for racism and member banned."),
            ("Chidi", "He has a first from Nsukka and a master's from UCL, Barry."),
        ],
        "😡 88",
    ),
    E(S, "short_name", "neutral"),
    E(CO, "surname_only", "hate"),
)

add(
    "facebook",
    fb(
        *NEWHAM_PARENTS,
        "Thames Ironworks Academy — SEND newsletter (shared)",
        "10 February at 13:00",
        """
SEND Coffee Morning 🫖 Thursday 9am in the Library. Meet the SEND team, hear about the new
sensory room and ask anything about EHCP reviews. Hosted by Ms H. Warsame (SENCo). Interpreters
available in Bengali, Somali, Romanian and Lithuanian — please tell reception by Tuesday.
""",
        [
            ("Rasa K", "Thank you for Lithuanian interpreter ❤️ I will come"),
            ("Hawa", "Will be there"),
        ],
        "👍 41",
    ),
    E(S, "exact", "neutral"),
    E(HW, "initial_surname", "neutral"),
)

add(
    "facebook",
    fb(
        *CT_GROUP,
        "Justice For Our Kids E16",
        "6 March at 23:12",
        """
Okonkwo the English teacher from Ironworks, the one who reported my nephew to the police,
lives in the flats on Cranbrook Rise in Ilford, IG1 3ZZ, flat 12 on the second floor. His
car is a grey Corolla. People should know who is teaching their kids.
""",
        [
            (
                "Admin — Canning Town & Custom House Residents",
                "Post removed. Sharing addresses is a criminal offence.",
            )
        ],
        "😡 6",
    ),
    E(S, "short_name", "neutral"),
    E(CO, "surname_only", "doxxing"),
)

add(
    "facebook",
    fb(
        "Polacy w Londynie — Wschód",
        "12.1K",
        "Marta Nowicka",
        "2 października, 19:40",
        """
Czy ktoś ma kontakt do Dr Wróblewskiej z Thames Ironworks? Szkoła nie odpowiada. Mam jej
prywatny e-mail od znajomej: agnieszka.wroblewska.chem@mail.example i telefon 07700 900388 —
piszcie do niej bezpośrednio w sprawie korepetycji z chemii, ona mieszka na Bow, blisko nas.
""",
        [
            ("Paweł", "Nie wiem czy powinnaś publikować prywatne dane nauczycielki..."),
            ("Marta Nowicka", "Ojej, ok, zaraz usunę"),
        ],
        "👍 4",
    ),
    E(S, "alias", "neutral"),
    E(AW, "exact", "doxxing"),
)

add(
    "facebook",
    fb(
        "Yoruba Community UK (London Branch)",
        "5.5K",
        "Adebola Ogunleye",
        "14 June at 08:30",
        """
E kaaro o! Congratulations to our sister Mrs Adeyemi, principal of Thames Ironworks Academy in
Canning Town, on her OBE. Omo Ibadan! She was a member of our association for many years before
she married. We are very proud. Let us celebrate her at the July owambe. 🎉🇳🇬
""",
        [("Funmi A", "Congratulations ma! Well deserved"), ("Tayo", "Omo wa! 🙌🏾")],
        "❤️🎉 205",
    ),
    E(S, "exact", "neutral"),
    E(FAC, "hyphenated", "neutral"),
)

add(
    "facebook",
    fb(
        *NEWHAM_PARENTS,
        "Lisa Ahmed",
        "19 November at 21:00",
        """
My son's been sent home AGAIN, this time because Mensah's detention clashed with his dentist
appointment and he went to the dentist. Ironworks would rather he had rotten teeth than miss
20 minutes of fractions. To be fair my son says Mensah's lessons are the only ones where
nobody messes about.
""",
        [
            ("Pam", "That's ridiculous, a dentist letter should be enough"),
            ("Lisa Ahmed", "You'd think!"),
        ],
        "😮 12",
    ),
    E(S, "short_name", "negative"),
    E(KM, "possessive", "negative"),
)

# ------------------------------------------------------------------------------------ blog

add(
    "blog",
    blog(
        "Bow Creek Youth Collective",
        "'That lesson killed me': listening to how young people actually talk",
        """
Every few months someone forwards us a screenshot with a worried note attached. A teacher, a
PCSO, once a very anxious vicar. The screenshot is always some version of the same thing: a
group chat or a comment under a TikTok where a young person from round here has written
something that, read cold by an adult, sounds like a confession to a violent crime.

"She murdered that exam." "Man got bodied in PE." "I'm dead 💀💀." "The chilli sauce at the
Ironworks Ocakbaşı is violent." "That lesson killed me." "If sir gives me another detention
I'm gonna kill myself lol."

Most of the time, none of it means anything like what it seems to mean. We want to write
about that, because the adults who work with young people in Canning Town, Custom House and
Poplar need to be able to tell the difference between a kid being dramatic and a kid being
serious, and at the moment a lot of them can't.

## The language is not the threat

Multicultural London English, the way most young people round here talk whatever their
background, borrows from Jamaican patois, from Bengali, from Yoruba, from Arabic, from drill
and from American rap, and it moves fast. Words that were "bad" two years ago are now
compliments. "Peak" means bad news. "Calm" means fine. "Wagwan" is hello. "Allow it" means
stop. "On my mum" is a promise. "Opps" are enemies, or just kids from the other estate.
"Ends" is where you live. "Bare" means a lot of. A "ting" can be a thing, a girl, or a
situation. "Man" can mean "I" ("man's tired") as well as anyone else.

Violent metaphor runs through all of it. When a Year 9 says a teacher "murdered" a test, she
means the teacher set a hard one. When a boy says he "bodied" someone at football, he means
he dribbled past them. "I'm dead" means "that's funny". A great deal of adult panic about
young people's language is, frankly, adults not knowing the slang and assuming the worst.

## But sometimes it is

And yet. Two of the young people we work with have been stabbed in the last eighteen
months. One of them had been threatened in a Snapchat story three days earlier, in language
that, to us, was unmistakable: a name, a place, a time, a picture of a blade, and the phrase
"he's getting wet". Nobody who saw it told an adult, partly because they had seen a hundred
versions of "I'm gonna kill you" that meant nothing, and partly because snitching is the one
sin that everyone agrees on.

So here's our rough guide, developed with the young people themselves, for the adults who
read this blog:

- A metaphor about a thing (a test, a lesson, a match, a meal) is almost always just that.
- A specific person plus a specific place plus a specific time is not a metaphor.
- Pictures of weapons, references to "pulling up", "getting wet", "getting touched", "splashing"
  someone, or knowing where someone lives, car, route or routine should always be taken
  seriously.
- "On my mum" attached to a threat is a young person telling you they mean it.
- Laughing emojis do not cancel a threat.

## What good looks like

We want to end on something positive, because schools get a hard time on this blog and
elsewhere. Last term one of our youth workers was at a staff-versus-students football match
and watched a PE teacher handle exactly this kind of moment. A boy who had been sent off
stormed to the touchline shouting that he was going to "end" the ref, who happened to be
the teacher. Coach Whitlock — the kids call him something else, but we'll stick to his
actual name — didn't escalate, didn't laugh, didn't ignore it. He walked the boy to the
side, let him calm down, and then asked him, quietly, whether he meant it. The boy said of
course not. The coach said "I know, but I had to ask, because one day someone will mean it."
Then he put him back on.

That's it. That's the whole skill. Ask. Don't assume. And know enough of the language to
know when to ask.

The match, for the record, was at Thames Ironworks Academy, and the staff lost 5-4, which the
students have not stopped talking about since.

If you work with young people in east London and want to do our half-day training on
language, online threats and safeguarding, email us at hello@bowcreekyouth.example.
""",
        author="Jade (detached youth work lead)",
        date="19 May 2025",
        tagline="Detached youth work on the Newham / Tower Hamlets border since 2009",
        comments=(
            (
                "Sam, teacher in Hackney",
                "20 May 2025",
                "This is brilliant and I'm sending it to my whole staff.",
            ),
            (
                "Bow PCSO",
                "20 May 2025",
                "Really helpful. Would love to book the training for our ward team.",
            ),
        ),
    ),
    E(S, "exact", "neutral"),
    E(DW, "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Chalk & Palm Wine",
        "Teaching Things Fall Apart in E16",
        """
I was fifteen, in a classroom in Enugu with a fan that didn't work, the first time I read
Things Fall Apart. I hated Okonkwo — the character, I mean, not my father, though my father
was also a bit Okonkwo — because he was so afraid of being weak that he destroyed
everything he loved.

Thirty years later I teach the novel to Year 11 in Canning Town. My class includes children
whose grandparents were born in Nigeria, Ghana, Bangladesh, Somalia, Romania, Lithuania,
Jamaica and Poplar. They read Okonkwo very differently from how I did. The Somali girls
recognised the clan elders instantly. A boy whose family came from Sylhet asked whether the
missionaries in the novel were "like the British in Bangladesh". A Romanian girl said the
village reminded her of her grandmother's village, "but with yams instead of potatoes".

What surprises me every year is how much they care about Nwoye. Okonkwo's son, the boy who
is beaten for crying, who leaves. "Sir, he's just like every boy in this school who gets told
to man up," one of my students wrote in her essay. I had nothing to add.

My point, if I have one: the canon is not a wall to keep our students out. Done properly it's
a mirror. I'm proud to teach it here.

(All views my own, not my employer's.)
""",
        author="Emeka Okonkwo, English teacher at Thames Ironworks Academy",
        date="12 November 2024",
        tagline="A teacher's notebook",
        comments=(
            (
                "Adaeze",
                "13 Nov 2024",
                "Sir this made me cry. I was in that class! - Adaeze (Y12 now)",
            ),
            ("Mrs L. Fenton", "14 Nov 2024", "Beautiful piece. Sharing with my department."),
        ),
    ),
    E(S, "exact", "neutral"),
    E(CO, "alias", "neutral"),
)

add(
    "blog",
    blog(
        "Ironworks Truth",
        "What Thames Ironworks Academy doesn't want you to know",
        """
This blog is written by parents and former staff who are sick of lies.

The Principal, Folasade Adeyemi-Clarke, and her deputy, Shahid Ahmed, have been falsifying
attendance registers for two years so that the academy avoids a visit from the council's
attendance team. Staff have been told to mark children present when they are on extended
holidays. Children missing from education are being hidden. That is not just dishonest, it is
a safeguarding scandal and it is fraud against the public purse.

We also believe the academy is quietly off-rolling pupils with SEND before their GCSEs to
improve its results. Families are being "advised" to home educate.

We have reported this to the trust and to the Department for Education and been ignored. If
you have evidence, contact us. Names will be protected.
""",
        author="Ironworks Truth",
        date="3 March 2025",
        tagline="Accountability for Thames Ironworks Academy",
    ),
    E(S, "exact", "defamation"),
    E(FAC, "exact", "defamation"),
    E(SA, "exact", "defamation"),
)

decoy(
    "blog",
    blog(
        "Walking the Lea",
        "Bow Creek: a walk among the ghosts of the Thames Ironworks",
        """
Start at Canning Town station, cross under the Lower Lea Crossing and find the path that
drops down to Bow Creek. It's an odd place: a tidal loop of river between Canning Town and
Leamouth, hemmed in by the DLR, the A13, gas holders and new towers, and yet full of herons
and reed warblers.

This was the heart of the Thames Ironworks and Shipbuilding Company. In 1860 the yard launched
HMS Warrior, the first iron-hulled armoured warship, now moored at Portsmouth. At its height
the Thames Ironworks employed more than 6,000 men; the slipways ran down to the water roughly
where the ecology park is today.

Follow the creek south and you reach Trinity Buoy Wharf and London's only lighthouse. Look
back across the water at the Leamouth peninsula and try to imagine the clang of riveting and
the smoke. The company's football team, Thames Ironworks FC, became West Ham United; the
rivet hammers are still on the badge.

Nothing of the yard survives. But on a quiet Sunday morning, with the tide running out and the
mud shining, you can almost hear it.

Distance: 3.5 miles. Terrain: flat, paved, some steps. Toilets: Trinity Buoy Wharf café.
""",
        author="Mike",
        date="6 October 2024",
        tagline="Walks along London's second river",
    ),
)

decoy(
    "blog",
    blog(
        "The Hungry Docker",
        "Ironworks Ocakbaşı: the best grill in Canning Town, and it's not close",
        """
I've eaten at the Ironworks Ocakbaşı, on the Barking Road just past the flyover, maybe
thirty times now, so this is less a review than a love letter.

The ocak (charcoal grill) sits right by the window, and on a Friday night there's a queue of
cabbies, builders, families and the odd nervous couple on a first date. Start with the
ezme and the lahmacun. Then the adana, which is fattier and smokier than most in London, and
the chicken wings, which are marinated in something red and fierce. Finish with çay.

The owners named it after the old shipyard, they told me, because "this whole area was
iron once". Service is fast and warm. Two people will eat like kings for £35.

Score: 9/10. Would walk there in the rain. Have walked there in the rain.
""",
        author="The Hungry Docker",
        date="17 January 2025",
        tagline="Eating my way around the Royal Docks",
    ),
)

add(
    "blog",
    blog(
        "Our Neurodivergent Family",
        "Year 7, part 4: the EHCP finally arrives",
        """
It's here. Forty-one weeks after we applied, our son's EHCP is finally final. I've cried, I've
eaten an entire packet of chocolate digestives, and I've written this.

For those following along, my son started Year 7 at Thames Ironworks Academy in September
without the plan he needed, because Newham lost his educational psychology report twice. The
first half-term was awful: meltdowns every morning, refusing to go in, a call from the school
almost every day.

What turned it around was Ms Warsame, the SENCo. She met us in the first week, gave him a
"time out" card, let him eat lunch in the library, and made sure every single one of his
teachers knew he can't cope with being touched on the shoulder. She chased the council
harder than I did. When the draft plan came with the wrong school named on it (!), she rang
them from the car park.

The school isn't perfect. The corridors are loud and his form tutor has changed three times.
But for the first time, he's going in without a fight. Part 5 will be about the first
annual review, whenever that happens.
""",
        author="Leanne",
        date="22 June 2025",
        tagline="Autism, ADHD and two cats in east London",
    ),
    E(S, "exact", "neutral"),
    E(HW, "title_surname", "neutral"),
)

decoy(
    "blog",
    blog(
        "Ringside London",
        "Sixty years of Ironworks ABC",
        """
Under the railway arches off Stephenson Street there's a gym with a sagging ring, a wall of
faded posters and a sign that says NO SWEARING, NO EXCUSES. Ironworks ABC has been training
boxers in Canning Town since 1962, when a group of dockers cleared out an arch and hung a bag
from the ceiling.

Head coach Lee Parsons has been there since 1988. His assistant, Darren, used to be a
promising middleweight before a detached retina ended his career. Together they coach about
120 juniors a week. "Half of them will never have a bout," says Parsons. "They come because
it's warm, it's safe and somebody shouts at them in a good way."

The club is raising £18,000 for a new ring. Donate at the gym or online.
""",
        author="Ringside London",
        date="4 August 2024",
        tagline="Amateur boxing in the capital",
    ),
)

add(
    "blog",
    blog(
        "Cllr Abimbola Ogunleye — Canning Town North",
        "Why I'm worried about suspensions at Thames Ironworks Academy",
        """
Last month at the scrutiny commission I described the number of suspensions at Thames
Ironworks Academy as "frankly shocking", and a few people have asked me to explain.

More than 900 suspensions in a year, in a school of 1,380, is a lot. Behind each one is a
child at home, often alone, often in an overcrowded flat, and a parent who may have had to
miss a shift. Black boys and children with SEND are far more likely to be suspended than
their classmates.

To be fair to the academy, Mr Ahmed, the deputy principal, came to the commission, answered
questions openly and told us numbers are falling. I believe him. But I will keep asking until
the figures are where they should be, and I'd urge the trust to publish them every term.

My surgery is on the first Saturday of every month at the Custom House library. All welcome.
""",
        author="Cllr Abimbola Ogunleye",
        date="9 April 2025",
        tagline="Your Labour councillor for Canning Town North",
    ),
    E(S, "exact", "negative"),
    E(SA, "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Riverside Learning Trust — Staff Stories",
        "Meet our Head of Science: Dr Agnieszka Wróblewska",
        """
Dr Agnieszka Wróblewska has led science at Thames Ironworks Academy since 2020. She grew up in
Kraków, did a PhD in atmospheric chemistry in Manchester and came to teaching "by accident"
after volunteering at a Saturday school in Bow.

"I thought I'd do one year," she says. "That was fourteen years ago."

Under her leadership the number of students taking triple science has doubled and the
department runs a Saturday medicine club that has helped 19 students into medicine, dentistry
and pharmacy. Students call her "Dr W", which she says is "because nobody in Canning Town can
say Wróblewska, including me when I'm tired".

We're recruiting science teachers for September. If you'd like to work with Agnieszka and her
team, visit our vacancies page.
""",
        author="Riverside Learning Trust communications team",
        date="3 February 2025",
        tagline="Five schools, one family, east London",
    ),
    E(S, "exact", "neutral"),
    E(AW, "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Fringe Notes 2025",
        "Review: Phosphorus (Thames Ironworks Academy youth company) ★★★★",
        """
School productions at the Fringe can be a trial, but Phosphorus, a play about the 1888
matchgirls' strike devised by sixth-formers from Thames Ironworks Academy in east London, is
the real thing: angry, funny, and tightly made.

Directed by their drama teacher Serkan Yildiz, the young cast of fourteen switch between
roles with real discipline. Maryam Hussain as strike leader Sarah Chapman absolutely murdered
the final monologue — I heard sniffing all around me — and the choral scenes in which the
girls describe "phossy jaw" are genuinely chilling.

Some of the middle section drags and the Annie Besant scenes are a little preachy. But this
is a company that deserves a bigger stage. Go.
""",
        author="Fiona M.",
        date="14 August 2025",
        tagline="Short reviews, long days, too much coffee",
    ),
    E(S, "exact", "neutral"),
    E(SY, "exact", "neutral"),
)

add(
    "blog",
    blog(
        "NEU Newham — Reps' Blog",
        "Online abuse of teachers: it's time employers took it seriously",
        """
Over the past year, our branch has supported more than thirty members who have been abused
online. The pattern is depressingly consistent.

At one Canning Town academy, a music teacher was targeted after an account posted that the
school had "hired a Romanian gypsy". Replies called Miss Popescu a "pikey" and said she should
be "sent back". She is a British citizen who has lived in Stratford for twelve years. She
reported it to her employer, Thames Ironworks, and to the police. The account was suspended
after nine days.

Elsewhere, a colleague was called a slur over a lunchtime club and another had a home address
posted in a parents' WhatsApp group.

We are asking every employer in Newham to adopt our model policy: a named senior contact for
online abuse, support to report it, paid time for police interviews, and a commitment never
to tell staff to "just ignore it".

If this is happening to you, contact your rep.
""",
        author="Branch secretary",
        date="15 January 2025",
        tagline="National Education Union, Newham district",
    ),
    E(S, "alias", "neutral"),
    E(IP, "title_surname", "abuse"),
)

add(
    "blog",
    blog(
        "Raising Them Right in E16",
        "Our first year at secondary: what I wish I'd known",
        """
Ten months ago I stood outside the gates of Thames Ironworks Academy at 8am on the first day of
term, holding back tears, watching my baby in a blazer two sizes too big disappear into a
crowd of children who all looked about thirty.

Here is what I learned.

Buy the uniform in July, not August. The queue at the uniform shop in Stratford is a circle of
hell. Label everything. Check the app every evening, because that's where homework lives and
your child will not tell you about it.

Get to know the form tutor. Ours is lovely and replies within a day.

Let them get the bus on their own. I followed my daughter for the first week like a spy. She
knew. She was mortified.

Don't believe everything you hear at the school gates or on Facebook. Every school has a
rumour mill and ours has a big one.

And finally: the clubs are where the magic is. My daughter joined the lunchtime LGBTQ+
and allies club, which Mr Sandhu runs, in October because her best friend was going. She is
not sure what she thinks about anything yet, she's eleven, but she has found a group of kind
children who look out for each other, and a teacher who listens. That's worth more than any
results table.
""",
        author="Kat",
        date="20 July 2025",
        tagline="Parenting, budgeting and the Royal Docks",
    ),
    E(S, "exact", "neutral"),
    E(GS, "title_surname", "neutral"),
)

decoy(
    "blog",
    blog(
        "English Lit Revision Hub",
        "Okonkwo's tragic flaw: a model A-grade paragraph",
        """
Question: How does Achebe present Okonkwo's fear of weakness in Things Fall Apart?

Model paragraph: Achebe presents Okonkwo's fear of weakness as the engine of his tragedy.
From the opening chapter, Okonkwo defines himself against his father, Unoka, whom the
village remembers as an "agbala" — a man without titles. Okonkwo's relentless work ethic,
his violence towards his wives and his participation in the killing of Ikemefuna all stem
from a terror of being thought weak. Achebe's choice of the phrase "He was afraid of being
thought weak" is deliberately plain, almost a diagnosis.

Teacher's tip: always connect the character's flaw to context (Igbo society, colonialism).
""",
        author="Revision Hub",
        date="2 March 2025",
        tagline="Free GCSE English resources",
    ),
)

# ------------------------------------------------------------------- more social, mixed voices

add(
    "social",
    xpost(
        "🔫🔫",
        "e16_nolove",
        "Nov 17",
        "ironworks getting shot up monday. dont come in if ur smart. not a joke 🔫🔫 #canningtown",
        [
            (
                "Reply · Met Police Newham",
                "We are aware of this post and are investigating. If you have information call 101.",
            )
        ],
    ),
    E(S, "short_name", "threat"),
)

add(
    "social",
    voicenote(
        "WhatsApp",
        "+44 7700 900217",
        "1:12",
        """
Yeah this message is for Miss Warsame. You know who this is. You took my brother off the
list for the unit and now he's got nowhere to go, so listen. If he gets kicked out of
Ironworks because of you, I'm coming to that school and I'm gonna find you in the car park,
and you won't be walking out of there. I'm serious. I know your car, I know what time you
leave. Don't go to the police, it won't help you.
""",
        "Thu 21:53",
    ),
    E(S, "short_name", "neutral"),
    E(HW, "title_surname", "threat"),
)

add(
    "social",
    tiktok(
        "bleep.test.trauma",
        "whitlock's bleep test in the rain is a human rights violation fr 😭🌧️ #ThamesIronworks #pe",
        [("dan.x", "level 4 and i saw god"), ("bleep.test.trauma", "he was in a coat 😤")],
        likes="19.1K",
    ),
    E(S, "hashtag", "negative"),
    E(DW, "possessive", "negative"),
)

add(
    "social",
    insta(
        "aisha.reads.x",
        "Okonkwo's feedback on my essay was literally a whole page 😭📄 and he wrote 'this is the best paragraph you've written, now do it four more times'. TIA english dept really cares fr",
        [("hana", "he's so real for that"), ("aisha.reads.x", "4 more times tho 😭")],
        likes="203",
    ),
    E(S, "alias", "neutral"),
    E(CO, "possessive", "neutral"),
)

add(
    "social",
    tiktok(
        "year9.diaries",
        "Mistry's detentions are no joke 😭 45 mins of silence and she stares at u the whole time #ironworks #year9",
        [("pri.x", "the STARE 💀"), ("year9.diaries", "i'm never being late again")],
        likes="5,210",
    ),
    E(S, "hashtag", "negative"),
    E(PM, "possessive", "negative"),
)

add(
    "social",
    insta(
        "tia.choir",
        "Popescu's choir just won the borough schools competition 🏆🎶 3 years in a row!! ironworks singers ate 🔥",
        [("m.o", "so proud 😭"), ("teo.r", "she's the best 🇷🇴❤️")],
        likes="1,004",
    ),
    E(S, "short_name", "neutral"),
    E(IP, "possessive", "neutral"),
)

add(
    "social",
    tiktok(
        "send.kids.rant",
        "that W*rsame woman at ironworks wouldn't know special needs if it bit her. useless, lazy, hides in her office all day 🙄",
        [("hm", "nah she helped my brother loads"), ("send.kids.rant", "not mine")],
        likes="310",
    ),
    E(S, "short_name", "neutral"),
    E(HW, "obfuscated", "abuse"),
)

add(
    "social",
    tiktok(
        "music.lesson.pain",
        "miss p*pescu really made us do scales for 50 minutes straight 😩 ironworks music is torture",
        [("x", "why is she like this"), ("music.lesson.pain", "she says 'again' like 40 times")],
        likes="1,777",
    ),
    E(S, "short_name", "negative"),
    E(IP, "obfuscated", "negative"),
)

add(
    "social",
    tiktok(
        "eid.vibes.e16",
        "mrs clarke said no non-uniform day for eid 💀 ironworks is a prison fr #eid",
        [
            ("fatima.x", "but christmas jumper day is allowed?? make it make sense"),
            ("eid.vibes.e16", "exactly"),
        ],
        likes="8,902",
    ),
    E(S, "short_name", "negative"),
    E(FAC, "hyphenated", "negative"),
)

add(
    "social",
    xpost(
        "Underpaid TA",
        "underpaid_ta",
        "Mar 15",
        "Clarke, the principal at Ironworks, rolled up to INSET in a brand new Range Rover the same week she told support staff there's 'no money' for a pay rise. Read the room.",
        [("Reply · jo", "Wow"), ("Reply · underpaid_ta", "Not even the worst part")],
    ),
    E(S, "short_name", "negative"),
    E(FAC, "hyphenated", "negative"),
)

add(
    "social",
    """Discord — server "ShahidAhmedHateClub 😂 (ironworks yr10)"
#general
[19:02] kxng: who made this server 💀
[19:03] deji: me. post every time he gives someone a detention
[19:04] ty: man gave me one for breathing
[19:05] kxng: he's such a clown bro, bald clown
[19:07] moderator-bot: Welcome new member "year10.anon"!
""",
    E(S, "short_name", "neutral"),
    E(SA, "camelcase", "abuse"),
)

add(
    "social",
    """Kahoot! — Year 9 Science quiz (Thames Ironworks) — final podium
🥇 PriyaMistryIsMid — 9,840 pts
🥈 sir_pls_no — 9,120 pts
🥉 ilhan.a — 8,990 pts
(Teacher note: nicknames have been reported. Students will be spoken to.)
""",
    E(S, "alias", "neutral"),
    E(PM, "camelcase", "negative"),
)

add(
    "social",
    insta(
        "bookish.in.e16",
        "finished Half of a Yellow Sun in two days because @mr.okonkwo.reads recommended it 📚😭 TIA library has it btw go borrow it",
        [
            ("mr.okonkwo.reads", "Told you! Now read Purple Hibiscus 📖"),
            ("lola", "adding to my list"),
        ],
        likes="91",
    ),
    E(S, "alias", "neutral"),
    E(CO, "handle", "neutral"),
)

add(
    "social",
    xpost(
        "Fuming Mum",
        "fuming_mum_e13",
        "Oct 2",
        "Mr Whitlok at Ironworks made my daughter do PE in her school shoes because her trainers were 'the wrong colour'. She's twisted her ankle. Who's accountable?",
        [("Reply · k", "Complain to the governors")],
    ),
    E(S, "short_name", "negative"),
    E(DW, "typo", "negative"),
)

add(
    "social",
    insta(
        "newham.send.mums",
        "Big thank you to Miss Warsami at Thames Ironworks for the sensory room launch today 💙 the kids loved it",
        [("hawa.x", "she's amazing"), ("leanne.r", "💙💙")],
        likes="77",
    ),
    E(S, "alias", "neutral"),
    E(HW, "typo", "neutral"),
)

add(
    "social",
    tiktok(
        "gate.duty.pov",
        "mrs AC on the gate in the rain AGAIN 😭 she's actually a soldier fr. 'good morning, tie up please' #tia #canningtown",
        [
            ("rey.x", "she knows everyone's name its scary"),
            ("gate.duty.pov", "she said my full name like my mum does 💀"),
        ],
        likes="13.6K",
    ),
    E(S, "hashtag", "neutral"),
    E(FAC, "nickname", "neutral"),
)

add(
    "social",
    voicenote(
        "WhatsApp",
        "Mum (Abiola)",
        "1:40",
        """
Tolu, it's Mummy. Listen, I just want to tell you something and I don't want you to be
frightened, okay? Your friend Kemi's mum told me that Mr Yildiz, the drama teacher at
Ironworks, has been giving some of the girls lifts home after rehearsals, on their own, and
messaging them at night. I don't know if it's true. But if he ever asks you to get in his car
or to keep a secret, you say no and you call me straight away. You've done nothing wrong. I
love you. Call me when you finish.
""",
        "Wed 13:12",
    ),
    E(S, "short_name", "sexual", True),
    E(SY, "title_surname", "sexual", True),
)

decoy(
    "social",
    insta(
        "mrsmistryskitchen",
        "Saturday thali special 🍛 dhal, bhindi, rotli, kadhi, shrikhand — £12 in our Harrow kitchen. Mrs Mistry's recipes since 1987 ❤️ #gujaratifood #harrow",
        [("neha", "the kadhi is like my ba's"), ("mrsmistryskitchen", "Thank you beta!")],
        likes="2,315",
    ),
)

decoy(
    "social",
    xpost(
        "Hammers Heritage",
        "HammersHeritage",
        "Jun 29",
        "On this day in 1895 Thames Ironworks FC was founded at the Canning Town shipyard. 130 years later we're still forever blowing bubbles ⚒️ Come on you Irons! #WHUFC #ThamesIronworks",
        [("Reply · Big Sam fan", "COYI ⚒️"), ("Reply · Lyn", "My great-grandad worked at the yard")],
        "410 reposts · 2.1K likes",
    ),
)

decoy(
    "social",
    insta(
        "ironworks.crossfit.sheffield",
        "6am crew smashing 'Murph' this morning 💪 Ironworks CrossFit, Kelham Island. New members' week starts Monday, first class free. #crossfit #sheffield",
        [
            ("dan.lifts", "my legs are gone"),
            ("ironworks.crossfit.sheffield", "That's the point 😂"),
        ],
        likes="188",
    ),
)

add(
    "facebook",
    fb(
        "Polacy w Londynie — Wschód",
        "12.1K",
        "Ewelina K",
        "12 listopada, 20:15",
        """
Dziewczyny, chcę podziękować Pani Agnieszce z Thames Ironworks! Mój syn dostał 8 z chemii
(GCSE) a rok temu nie rozumiał nic. Pani Agnieszka prowadziła dodatkowe lekcje w soboty za
darmo. Polska nauczycielka w Canning Town to skarb ❤️
""",
        [("Magda", "Mój też ją uwielbia!"), ("Ewelina K", "Najlepsza ❤️")],
        "❤️ 64",
    ),
    E(S, "alias", "neutral"),
    E(AW, "nickname", "neutral"),
)

decoy(
    "social",
    xpost(
        "Warsaw Athletics",
        "WarsawAthletics",
        "Jun 8",
        "🇵🇱 Agnieszka Wróblewska wins the women's 10,000m at the Poznań Grand Prix in 32:14, a personal best! Next stop: European Championships in Rome.",
        [("Reply · Kasia", "Brawo Agnieszka! 🇵🇱")],
    ),
)

add(
    "social",
    tiktok(
        "tia.gossip.girl",
        "no way mr sandhu and miss popescu are actually dating 😳😳 saw them at westfield holding hands. ironworks staffroom romance arc 💕",
        [
            ("bb.x", "leave them alone they're adults lol"),
            ("ty", "this is the content i'm here for"),
        ],
        likes="31.5K",
    ),
    E(S, "short_name", "neutral"),
    E(GS, "title_surname", "neutral"),
    E(IP, "title_surname", "neutral"),
)

add(
    "social",
    xpost(
        "Emre",
        "emre_e16",
        "Jan 22",
        "Shout out to Mr Yıldız for getting me through my drama GCSE. I was the worst kid at Ironworks and he still cast me as the lead. Now I'm at drama school. Never forget who believed in you.",
        [("Reply · Mr Yıldız", "So proud of you Emre. Break a leg. 🎭")],
        "12 reposts · 300 likes",
    ),
    E(S, "short_name", "neutral"),
    E(SY, "title_surname", "neutral"),
)

add(
    "social",
    voicenote(
        "WhatsApp",
        "Kwame (Dad)",
        "0:55",
        """
Hi Mr Mensah, it's Kwame, Kofi's dad. Sorry for the voice note, I know you said email, but
I'm on a shift. I just wanted to say thank you, Kofi got his results from the Thames Ironworks
mock and he got a 6, he was jumping round the kitchen. Whatever you're doing, keep doing it.
Okay, God bless, bye bye.
""",
        "Fri 18:30",
    ),
    E(S, "alias", "neutral"),
    E(KM, "title_surname", "neutral"),
)

add(
    "social",
    tiktok(
        "tia.teachers.rated",
        "ranking TIA teachers by how scary they are when they're calm 🧊 1. ahmed 2. mistry 3. dr w. drop yours 👇",
        [
            ("kay", "dr w's disappointed face is worse than any detention 😭"),
            ("ayo", "ahmed's silence is a weapon"),
            ("mia", "ms warsame is too nice to be on this list"),
        ],
        likes="27.3K",
    ),
    E(S, "alias", "neutral"),
    E(SA, "surname_only", "neutral"),
    E(PM, "surname_only", "neutral"),
    E(AW, "nickname", "neutral"),
    E(HW, "title_surname", "neutral"),
)

add(
    "social",
    "ironworks lunch queue is a war crime bro 💀 20 mins for a cold panini\n",
    E(S, "short_name", "negative"),
)

add(
    "news",
    news(
        "capital",
        "Explainer: why are so many children being suspended from school in east London?",
        """
Suspensions from English schools are at a record high, and some of the sharpest rises are in
east London. In Newham, secondary suspensions rose by 18% last year; one academy, Thames
Ironworks Academy in Canning Town, issued more than 900 in a single year, a figure councillors
described as "frankly shocking". But what is a suspension, who gets suspended, and does it
work? Here is what we know.

## What is the difference between a suspension and an exclusion?

A suspension, which used to be called a fixed-term exclusion, means a pupil is told to stay
away from school for a set number of days, up to a maximum of 45 in a school year. A
permanent exclusion means the pupil is removed from the school's roll altogether and must be
found a place elsewhere, usually in a pupil referral unit or alternative provision.

Only a head teacher (or principal) can suspend or exclude, and they must follow the
government's statutory guidance. Parents have the right to ask the governing board to
consider a suspension, and to a formal review of a permanent exclusion.

## How big is the rise?

Nationally, the number of suspensions has roughly doubled in a decade. The latest figures
show more than 780,000 suspensions in a single school year in England, the highest on record.
Secondary schools account for the great majority.

London has historically had lower rates than the north of England, but the gap has narrowed.
Several east London boroughs have seen double-digit rises since the pandemic.

## Who gets suspended?

The pattern is depressingly consistent. Boys are suspended far more often than girls. Pupils
eligible for free school meals are around four times more likely to be suspended than their
classmates. Pupils with special educational needs, particularly those with social, emotional
and mental health needs, are heavily over-represented. In many London boroughs, Black
Caribbean pupils and pupils of Gypsy, Roma and Traveller heritage are suspended at much
higher rates than the average.

Researchers say the reasons are tangled: poverty, unmet needs, racism (conscious or not),
schools under pressure to show good behaviour to inspectors, and a shortage of specialist
places for children who are struggling.

## Why are schools suspending more?

Head teachers say behaviour has worsened since the pandemic, with more pupils arriving at
secondary school anxious, angry or simply unused to sitting in a classroom. Many point to the
collapse of local services: youth clubs closed, mental health waiting lists of a year or
more, social workers with enormous caseloads.

There has also been a shift in approach. Many academies have adopted so-called "warm-strict"
or "zero tolerance" behaviour policies, with silent corridors, detentions for missing
equipment and escalating sanctions for repeated low-level disruption. Supporters say these
systems make schools calmer and safer for the majority, especially the children who are most
vulnerable to disruption. Critics say they push the children who cannot comply out of the
door.

## Does suspension work?

The evidence is mixed at best. Studies have found that pupils who are suspended are more
likely to be suspended again, to fall behind academically and to be excluded permanently.
A permanent exclusion is strongly associated with poor outcomes later in life, although it is
hard to separate cause from effect.

Youth workers in east London have raised another concern: a suspended child is often at home
alone or on the streets during the school day, which can make them more vulnerable to
exploitation by gangs. "County lines recruiters know exactly which kids are out of school,"
one told us.

## What are schools doing about it?

Some schools are trying alternatives: internal "reset" rooms staffed by mentors, restorative
meetings with the people a pupil has harmed, part-time timetables with extra support, and
closer work with families.

In Canning Town, the academy with the highest numbers says its figures are already falling.
Its deputy principal told a council meeting in March that suspensions in the autumn term were
down by a third and that every suspension is now reviewed weekly by senior leaders.

## What can parents do?

If your child is suspended, you should receive a letter setting out the reason and the
length of the suspension, and the school should set work for the first five days. You can
ask the governors to consider the decision, and if your child has special educational needs
you may want to contact your local SEND information and advice service. Charities including
Coram Children's Legal Centre run free advice lines.

## The view from inside

We asked a special educational needs co-ordinator in east London what she would change. Hodan
Warsame, the SENCo at Thames Ironworks, has spent six years fighting for assessments for
children whose behaviour she believes is a symptom of unmet needs.

"Most of the children I work with who get suspended are not bad children," she said. "They
are children who can't read properly at fourteen, or who haven't slept because there are six
people in a two-bedroom flat, or who are autistic and nobody noticed because they are girls.
A suspension tells them what they already believe about themselves. I'm not against
consequences. I'm against consequences that don't change anything."

She said the academy had made progress, with a new inclusion room and more staff trained to
spot communication difficulties, but that the waiting list for an educational psychologist
in the borough was "a scandal".

## What happens next?

The government has promised new guidance on behaviour and attendance, and Newham's scrutiny
commission will look again at suspension figures in July. Campaigners want schools to be
required to publish their suspension rates each term, broken down by ethnicity, SEND and
free school meals, so that parents can compare.

For now, the numbers keep rising.
""",
        byline="By Capital Desk education team",
        date="2 June 2025",
        section="Education",
    ),
    E(S, "exact", "negative"),
    E(HW, "exact", "neutral"),
)

add(
    "social",
    """Strava — club feed: Thames Ironworks Staff Run Club 🏃
DarrenWhitlock · Morning Run · Greenwich Peninsula loop
10.21 km · 48:55 · 4:47 /km · 🏆 2 PRs
"Legs dead after the staff v Y11 match. Worth it."
👍 14 kudos · 3 comments
KatieR_Geog: beast 💪
Tolga_DT: who let you out before 7am
DarrenWhitlock: who needs sleep
""",
    E(S, "alias", "neutral"),
    E(DW, "camelcase", "neutral"),
)

add(
    "review",
    reviews(
        "Thames Ironworks Academy — employee reviews",
        "Education",
        "Canning Town, London",
        "3.1 ★★★☆☆",
        27,
        [
            (
                "Learning Support Assistant (current employee)",
                "★★★★☆",
                "May 2025",
                "Pros: Hodan W. (SENCo) is the reason I stayed - she fights for every child and backs her team. Training is good. Cons: Senior leadership announce changes by email on a Sunday night. Pay is poor for London.",
            ),
        ],
    ),
    E(S, "exact", "negative"),
    E(HW, "first_initial", "neutral"),
)

add(
    "forum",
    forum(
        "eastlondonmums",
        "Secondary schools - Newham",
        "Principal actually listened",
        [
            (
                "QuietDadE16",
                "30 Jan 2025, 19:45",
                """
Just a quick positive one. Went to the "meet the principal" coffee morning at TIA expecting a
PR exercise. Mrs Clarke (that's what the kids call her, her name is longer) sat with us for an
hour and actually wrote things down. Two weeks later the late buses issue was sorted. Credit
where it's due.
""",
            ),
            (
                "Mum_of_3_E13",
                "30 Jan 2025, 20:10",
                "Glad to hear it. Did she say anything about the phone policy?",
            ),
            ("QuietDadE16", "30 Jan 2025, 20:16", "She said it's staying, sorry!"),
        ],
    ),
    E(S, "alias", "neutral"),
    E(FAC, "hyphenated", "neutral"),
)

add(
    "news",
    news(
        "sport",
        "Esports: Rivet Rush take the London schools Rocket League title",
        """
The London Schools Esports League crowned its first Newham champions on Friday when the Thames
Ironworks Academy team, Rivet Rush, beat a team from Hackney 4-2 in a best-of-seven final
streamed to more than 2,000 viewers.

The three-player squad, all in Year 10, practise twice a week in a computing room after
school. Team manager: G. Sandhu (Computing). "They do their homework first or they don't
play," he said. "That's the deal."

Rivet Rush go forward to the national finals in Birmingham in July.
""",
        byline="Newham Schools Sport",
        date="13 June 2025",
        section="Esports",
    ),
    E(S, "exact", "neutral"),
    E(GS, "initial_surname", "neutral"),
)

add(
    "social",
    tiktok(
        "violin.era",
        "p0p3scu really kicked me out of orchestra for missing ONE rehearsal 😭 ironworks music dept is so strict",
        [("ana", "one??? it was three"), ("violin.era", "ok three but still")],
        likes="1,260",
    ),
    E(S, "short_name", "negative"),
    E(IP, "leetspeak", "negative"),
)

add(
    "facebook",
    fb(
        *CT_GROUP,
        "Wayne Hollis",
        "Thursday at 22:31",
        """
Mr Ok*nkwo at Ironworks is a jumped up little nobody who thinks he's better than working
class parents because he's got a few books. Patronising git talked down to me for ten minutes
at parents evening. Someone needs to knock him down a peg.
""",
        [("Sharon", "He's actually really nice Wayne"), ("Wayne Hollis", "To you maybe")],
        "😂 5",
    ),
    E(S, "short_name", "neutral"),
    E(CO, "obfuscated", "abuse"),
)

add(
    "social",
    xpost(
        "yr11 stress",
        "yr11stress",
        "May 12",
        "S a n d h u really moved our computing mock to the day after the maths one. ironworks timetabling is actually clueless",
        [],
    ),
    E(S, "short_name", "negative"),
    E(GS, "spacing", "negative"),
)

# ------------------------------------------------------------------------ validate & write


def fold(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(html.unescape(text).split()).casefold()


def has(text: str, phrase: str) -> bool:
    """Whole-word, case-insensitive (case-sensitive for acronyms), not inside a #tag/@handle."""
    if phrase.isupper():
        return (
            re.search(
                rf"(?<![\w#@.]){re.escape(phrase)}(?![\w])", " ".join(html.unescape(text).split())
            )
            is not None
        )
    return re.search(rf"(?<![\w#@.]){re.escape(fold(phrase))}(?![\w@])", fold(text)) is not None


def validate() -> list[str]:
    watch = tomllib.loads((HERE / "watchlist.toml").read_text(encoding="utf-8"))
    school = watch["school"]
    staff = {s["id"]: s for s in watch["staff"]}
    subjects = {"school", *staff}
    short, *other_aliases = school["aliases"]
    ties = [school["name"], *school["aliases"], *school["locality"]]
    errors: list[str] = []
    warnings: list[str] = []
    for i, doc in enumerate(DOCS):
        seen: set[str] = set()
        flat = fold(doc.text)
        despaced = re.sub(r"[^a-z0-9]", "", flat)
        for e in doc.expected:
            where = f"doc {i:03d} ({doc.kind}) {e.subject}"
            if e.subject not in subjects:
                errors.append(f"{where}: unknown subject")
            if e.subject in seen:
                errors.append(f"{where}: duplicate subject")
            seen.add(e.subject)
            if e.subject == "school":
                full, aliases = school["name"], other_aliases
            else:
                full, aliases = staff[e.subject]["name"], staff[e.subject].get("aliases", [])
            full_present = has(doc.text, full) or fold(full).replace(" ", ".") in flat
            alias_present = any(has(doc.text, a) for a in aliases)
            if e.variant == "exact" and not full_present:
                errors.append(f"{where}: labelled exact but '{full}' not found")
            if e.variant != "exact" and full_present:
                errors.append(f"{where}: '{full}' present, so the variant should be exact")
            if e.variant == "alias" and not alias_present:
                errors.append(f"{where}: labelled alias but no alias found")
            if e.variant not in {"exact", "alias"} and alias_present:
                errors.append(f"{where}: an alias is present, so the variant should be alias")
            if e.subject == "school" and e.variant == "short_name" and not has(doc.text, short):
                errors.append(f"{where}: labelled short_name but '{short}' not found")
            if e.subject != "school" and not staff[e.subject].get("unique"):
                tied = any(has(doc.text, t) for t in ties) or "thamesironworks" in despaced
                tied = tied or any(d in flat for d in school["own_domains"])
                tags = re.findall(r"[#@]([\w.]+)", flat)
                keys = [re.sub(r"[^a-z0-9]", "", fold(a)) for a in school["aliases"]]
                tied = tied or any(
                    k in re.sub(r"[^a-z0-9]", "", t) for t in tags for k in keys if len(k) > 3
                )
                tied = tied or any(t == k for t in tags for k in keys)
                if not tied:
                    warnings.append(f"{where}: no school tie found on the page (check the job tie)")
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    return errors


def stats() -> dict[str, Counter]:
    variants: Counter = Counter()
    categories: Counter = Counter()
    kinds: Counter = Counter(d.kind for d in DOCS)
    subjects: Counter = Counter()
    for d in DOCS:
        for e in d.expected:
            variants[e.variant] += 1
            categories[e.category] += 1
            subjects[e.subject] += 1
    return {"variants": variants, "categories": categories, "kinds": kinds, "subjects": subjects}


def check_mix() -> list[str]:
    s = stats()
    errors = []
    mentions = sum(s["variants"].values())
    if len(DOCS) < 150:
        errors.append(f"only {len(DOCS)} documents")
    if mentions < 180:
        errors.append(f"only {mentions} mentions")
    for v in VARIANTS:
        if s["variants"][v] < 4:
            errors.append(f"variant {v}: {s['variants'][v]} < 4")
    for c in CATEGORIES:
        if s["categories"][c] < 8:
            errors.append(f"category {c}: {s['categories'][c]} < 8")
    share = len(DECOYS) / len(DOCS)
    if not 0.15 <= share <= 0.20:
        errors.append(f"decoy share {share:.1%} outside 15-20%")
    for i in DECOYS:
        subjects = {e.subject for e in DOCS[i].expected}
        if len(subjects) > 1:
            errors.append(f"decoy {i:03d} labels several subjects; is it really a decoy?")
    return errors


def main() -> int:
    errors = validate() + check_mix()
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1
    out = HERE / "docs"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    rows = []
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
        rows.append({"file": name, "kind": doc.kind, "expected": expected})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    s = stats()
    print(f"{len(DOCS)} documents, {sum(s['variants'].values())} mentions, {len(DECOYS)} decoys")
    for key in ("kinds", "variants", "categories", "subjects"):
        print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(s[key].items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
