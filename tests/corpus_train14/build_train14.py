# ruff: noqa: E501
"""Build the train14 labelled corpus for the repwatch matcher.

Setting: Kestrel Fields Academy ("Kestrel Fields", "KFA"), a large 11-18 academy on Humberlow
Lane in Belgate, on the east side of Leicester, part of the (fictional) Brightwater Learning
Trust. Nearby invented localities: Belgate, Saxby Green, Marlow Brook. Staff come from many
heritages (Nigerian, Punjabi Sikh, Pakistani Muslim, Gujarati Hindu, Polish, Caribbean, Irish,
white British). The short name is shared with Kestrel Fields Park and the Gurdwara Sahib
Kestrel Fields in Thornleigh (Leicester), Kestrel Fields Leisure Centre (Loughborough),
Kestrel Fields Cricket Club, Kestrel Fields Primary School (Swindon) and a care home; "KFA"
is also a fencing club. Those pages are decoys.

Labelling conventions (see the brief this corpus was written to):
- One entry per subject per document; category is the WORST the document gives that
  subject; variant is the easiest form of the name on the page (exact > alias >
  title_surname > ...).
- The school's category is what the page says about the school itself; a page that abuses
  a named teacher and names the school only as context gives the school `neutral`. Reports
  (news, court, condemnation) carry the category of what they report for the person it was
  aimed at, except that condemnation of abuse is `neutral`.
- An unnamed (or named) teacher accused of sexual contact with pupils makes the page
  sexual/url_only for the school too; sexual remarks by pupils about an adult teacher are
  sexual with url_only false.
- A staff name counts only where the page ties it to the school (the school's names, a
  locality, the domain or the person's job there), except Tomasz Wierzbicki (unique = true).
- "Mr A", "Mrs K", "Coach O", "Seun", "Preet", "Debs" are labelled `nickname`; first name
  plus surname initial ("Ravi P") is `first_initial`; initial plus surname ("D. Brown") is
  `initial_surname`; one half of "O'Sullivan-Grant", with or without a title, is
  `hyphenated`; "Chaudhary"/"Choudhury"/"Okonkow" and the like are `typo`.

Written WITHOUT reading the matcher (src/), the other corpora, bench/ or README: this corpus
measures how well the matcher generalises. Never tune on it.

Run: python build_train14.py  (writes docs/ and labels.jsonl next to this file)
"""

from __future__ import annotations

import html
import json
import shutil
import sys
import tomllib
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

    def as_dict(self) -> dict[str, object]:
        return {
            "subject": self.subject,
            "variant": self.variant,
            "category": self.category,
            "url_only": self.url_only,
        }


def E(subject: str, variant: str, category: str, url_only: bool = False) -> Expect:
    assert variant in VARIANTS, variant
    assert category in CATEGORIES, category
    assert not url_only or category == "sexual", "url_only is only for sexual content"
    return Expect(subject, variant, category, url_only)


@dataclass(frozen=True)
class Doc:
    kind: str
    text: str
    expected: tuple[Expect, ...]
    decoy: bool = False

    @property
    def ext(self) -> str:
        return "html" if self.kind in HTML_KINDS else "txt"


DOCS: list[Doc] = []


def add(kind: str, text: str, *expected: Expect) -> None:
    assert kind in KINDS, kind
    subjects = [e.subject for e in expected]
    assert len(subjects) == len(set(subjects)), f"duplicate subject in {text[:60]!r}"
    DOCS.append(Doc(kind, text, tuple(expected)))


def decoy(kind: str, text: str, *expected: Expect) -> None:
    """A lookalike page: no label, or labels for only some of the names on it."""
    add(kind, text, *expected)
    last = DOCS.pop()
    DOCS.append(Doc(last.kind, last.text, last.expected, decoy=True))


# --------------------------------------------------------------------------- templates

esc = html.escape


def _paras(paras: list[str]) -> str:
    return "\n".join(f"<p>{esc(p)}</p>" for p in paras)


def news(
    site: str,
    headline: str,
    paras: list[str],
    *,
    byline: str = "",
    date: str = "",
    section: str = "News",
    nav: tuple[str, ...] = ("Home", "News", "Sport", "What's On", "Jobs", "Announcements"),
) -> str:
    nav_html = " | ".join(
        f'<a href="/{esc(n.lower().replace(" ", "-"))}">{esc(n)}</a>' for n in nav
    )
    meta = " &middot; ".join(esc(x) for x in (byline, date) if x)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(headline)} | {esc(site)}</title></head>
<body>
<header><div class="brand">{esc(site)}</div><nav>{nav_html}</nav>
<div class="cookie">We use cookies to improve your experience. <button>Accept</button></div></header>
<main><article>
<div class="section">{esc(section)}</div>
<h1>{esc(headline)}</h1>
<div class="meta">{meta}</div>
{_paras(paras)}
</article>
<aside><h2>Most read</h2><ol><li>Bin collection changes over the bank holiday</li>
<li>Roadworks to start on ring road next month</li><li>Five new restaurants to try this spring</li></ol></aside>
</main>
<footer><p>&copy; 2024 {esc(site)}. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact us</a> | <a href="/complaints">Complaints</a></p></footer>
</body></html>
"""


def forum(site: str, board: str, title: str, posts: list[tuple[str, str, str]]) -> str:
    body = "\n".join(
        f'<div class="post"><div class="author">{esc(u)}</div><div class="when">{esc(w)}</div>'
        f'<div class="body">{"".join(f"<p>{esc(line)}</p>" for line in t.split(chr(10)))}</div></div>'
        for u, w, t in posts
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - {esc(board)} - {esc(site)}</title></head>
<body>
<header><div class="logo">{esc(site)}</div><nav><a href="/">Forums</a> &rsaquo; <a href="/b">{esc(board)}</a></nav>
<form class="search"><input name="q" placeholder="Search threads"></form></header>
<main><h1>{esc(title)}</h1>
{body}
<div class="reply"><a href="/login">Log in to reply</a></div></main>
<footer>{esc(site)} &middot; Community guidelines &middot; Report a post &middot; Privacy</footer>
</body></html>
"""


def blog(site: str, title: str, author: str, date: str, paras: list[str], tags: str = "") -> str:
    tag_html = f'<div class="tags">Tags: {esc(tags)}</div>' if tags else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} &mdash; {esc(site)}</title></head>
<body>
<header><h2 class="site-title">{esc(site)}</h2><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/archive">Archive</a></nav></header>
<main><article><h1>{esc(title)}</h1>
<div class="byline">Posted by {esc(author)} on {esc(date)}</div>
{_paras(paras)}
{tag_html}
</article>
<section class="comments"><h3>Leave a reply</h3><p>Your email address will not be published.</p></section></main>
<footer>Powered by a blogging platform &middot; Theme by someone</footer>
</body></html>
"""


def reviews(place: str, summary: str, items: list[tuple[str, int, str, str]]) -> str:
    out = [place, summary, "", "Reviews", "Sort by: Most relevant", ""]
    for who, stars, when, text in items:
        out += [who, f"{'★' * stars}{'☆' * (5 - stars)}  {when}", text, "Like  Share", ""]
    return "\n".join(out)


def facebook(group: str, poster: str, when: str, text: str, comments: list[tuple[str, str]]) -> str:
    out = [group, "Public group", "", poster, f"{when} · 🌐", text, ""]
    out.append(f"👍❤️ {7 + 3 * len(comments)}    {len(comments)} comments")
    out.append("Like   Comment   Share")
    out.append("Most relevant ▾")
    for who, c in comments:
        out += [who, c, "Like · Reply", ""]
    return "\n".join(out)


def social(
    platform: str, handle: str, caption: str, comments: list[tuple[str, str]], stats: str = ""
) -> str:
    out = [platform, handle, caption]
    if stats:
        out.append(stats)
    out.append("")
    out.append(f"Comments ({len(comments)})")
    for who, c in comments:
        out += [f"{who}  {c}", "Reply"]
    return "\n".join(out)


# --------------------------------------------------------------------------- documents
# Sites used below (all fictional):
COURIER = "Leicester Courier"  # local paper, leicestercourier.example
LELIVE = "LE Live"  # regional news site, lelive.example
EMT = "East Midlands Today Online"  # regional broadcaster's site
LP = "LeicsParents"  # parents' forum
MUM = "MumChat"  # national parents' forum
SFR = "The Sixth Form Room"  # student forum

# ---- local and regional news ---------------------------------------------------------

add(
    "news",
    news(
        COURIER,
        "Belgate academy climbs to 'Good' two years after damning report",
        [
            "A Leicester secondary school that inspectors said two years ago was failing too many of its pupils has been rated Good in every area.",
            "Kestrel Fields Academy, on Humberlow Lane in Belgate, was judged to require improvement in 2022, when inspectors criticised behaviour in corridors and a 'revolving door' of supply teachers in maths and science.",
            "In a report published on Tuesday, inspectors said leaders had 'transformed the culture of the school' and that pupils 'feel safe and know that adults will listen to them'.",
            "Principal Dr Oluwaseun Adeyemi, who took over in January 2023, said: 'This is a judgement on the whole community. Our families in Belgate and Saxby Green have backed us through a difficult period and our staff have been extraordinary.'",
            "The report highlights the academy's work with pupils who speak English as an additional language. More than 40 languages are spoken at the school, which has around 1,650 pupils including its sixth form.",
            "Inspectors did say that attendance among some groups remains below the national average and that the school should make sure the curriculum in some foundation subjects is 'as ambitious as it is in English and maths'.",
            "The academy is one of nine schools in the Brightwater Learning Trust. The trust's chief executive, Helen Marsh, said the result was 'richly deserved'.",
        ],
        byline="By Priya Mistry, Education Reporter",
        date="14 March 2024",
        section="Education",
    ),
    E("school", "exact", "neutral"),
    E("oadeyemi", "exact", "neutral"),
)

add(
    "news",
    news(
        COURIER,
        "Dad admits sending menacing messages to maths teacher over son's detentions",
        [
            "A father who sent a string of threatening messages to his son's maths teacher has been given a restraining order.",
            "Tariq Mahmood, 44, of Cossington Street, Leicester, pleaded guilty at Leicester Magistrates' Court to sending a communication conveying a threat.",
            "The court heard that Mahmood became angry after his 14-year-old son was given repeated detentions by Imran Chaudhry, head of mathematics at Kestrel Fields Academy.",
            "Over three days in November he sent messages through a social media app including: 'I know which car is yours and I know what time you leave. You won't be teaching anyone.'",
            "Prosecutor Lucy Fenwick said Mr Chaudhry had been 'genuinely frightened' and had changed his route home. In a statement read to the court he said he had not slept properly for weeks.",
            "Mitigating, Jaspal Gill said his client was 'deeply ashamed' and had written a letter of apology to the teacher and to the academy.",
            "Magistrates fined Mahmood £620 and banned him from contacting Mr Chaudhry or going within 200 metres of the school in Belgate for two years.",
        ],
        byline="Court reporter",
        date="9 February 2024",
        section="Crime",
    ),
    E("ichaudhry", "exact", "threat"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        LELIVE,
        "Leicester academy suspends teacher while police investigate 'concerns about conduct with pupils'",
        [
            "A teacher at a Leicester secondary school has been suspended while police investigate allegations about their conduct towards pupils.",
            "Leicestershire Police confirmed officers were 'looking into a report of inappropriate contact between an adult and young people' connected to Kestrel Fields Academy.",
            "A letter sent home to parents on Friday said a member of staff 'has been suspended as a neutral act while an investigation takes place' and that the school was 'working closely with the local authority designated officer'.",
            "The academy would not say whether the teacher is male or female or which subject they teach. One parent, who did not want to be named, told LE Live that messages were circulating in year group chats and that 'everyone is guessing, which isn't fair on anyone'.",
            "A spokesperson for the Brightwater Learning Trust said: 'The safety of our pupils is our absolute priority. It would be inappropriate to comment further while the police investigation is ongoing.'",
            "Anyone with concerns is asked to call police on 101.",
        ],
        byline="LE Live reporter",
        date="22 May 2024",
    ),
    E("school", "exact", "sexual", True),
)

add(
    "news",
    news(
        EMT,
        "Racist graffiti sprayed on Leicester school gates investigated as hate crime",
        [
            "Police are investigating after racist and anti-Polish graffiti was sprayed across the gates and a wall of a school in east Leicester.",
            "Staff arriving at Kestrel Fields Academy in Humberlow Lane early on Monday found the words 'P*KIS OUT' and 'POLISH SCUM GO HOME' painted in red letters more than a metre high, along with a swastika.",
            "The graffiti was covered with boards before pupils arrived and was removed by contractors by lunchtime.",
            "Dr Adeyemi, the school's principal, said in a message to families that the school 'will not be intimidated'. He added: 'Whoever did this does not speak for Belgate. Our pupils come from every corner of the world and they are all welcome here.'",
            "Leicestershire Police said it was treating the incident as a racially aggravated hate crime and appealed for anyone with doorbell or dashcam footage from between 11pm on Sunday and 6am on Monday to come forward.",
            "Local councillor Rafiq Ahmed said residents were 'sickened'.",
        ],
        date="4 November 2024",
        section="Leicester",
    ),
    E("school", "exact", "hate"),
    E("oadeyemi", "title_surname", "neutral"),
)

add(
    "news",
    news(
        COURIER,
        "Kestrel Fields lift county cup after penalty drama",
        [
            "Kestrel Fields won the Leicestershire Schools' Under-15 Cup for the first time in 19 years after beating Charnwood Grammar 5-4 on penalties at Holmes Park.",
            "The sides were level at 2-2 after extra time. Kyle Brown gave the Belgate side an early lead with a curling free kick before Charnwood hit back twice either side of half-time.",
            "Substitute Bilal Hanif levelled with six minutes left, and goalkeeper Dawid Zielinski saved two penalties in the shootout.",
            "Chinedu Okonkwo, the academy's director of sport, said: 'I told them at half-time that nobody remembers the team that played nicely and lost. They showed real character. The parents were brilliant too - we had more supporters than Charnwood and we're supposed to be the away side!'",
            "The team now go forward to the regional stage of the English Schools' FA competition.",
        ],
        byline="Sport desk",
        date="19 March 2024",
        section="Sport",
    ),
    E("school", "short_name", "neutral"),
    E("cokonkwo", "exact", "neutral"),
)

add(
    "news",
    news(
        LELIVE,
        "Polish GCSE classes launched as community Saturday school moves into Belgate academy",
        [
            "Children from Leicester's Polish community will be able to take a GCSE in Polish on Saturday mornings after a community school moved into new premises.",
            "Szkoła Sobotnia im. Marii Konopnickiej has been running in church halls for a decade. From September it will use classrooms at Kestrel Fields Academy, where the head of modern languages, Marta Kowalczyk, will lead the GCSE course.",
            "'A lot of these children speak Polish at home but have never been taught to write it properly,' she said. 'A GCSE is a way of saying to them: your language is worth something.'",
            "Around 120 children aged five to 16 attend the Saturday school. Parents pay £15 a month towards running costs.",
        ],
        date="2 August 2024",
        section="Community",
    ),
    E("mkowalczyk", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        COURIER,
        "Teachers at Belgate academy walk out over 'unmanageable' workload",
        [
            "Teachers at Kestrel Fields Academy staged the first of three one-day strikes on Wednesday in a dispute over workload and the trust's new marking policy.",
            "Around 40 members of the National Education Union formed a picket line on Humberlow Lane from 7.30am. Year 7, 8 and 9 pupils were asked to stay at home.",
            "NEU rep Siobhan Doyle said: 'Staff here are exhausted. We have teachers marking books at midnight to meet a policy dreamed up by people who haven't taught a lesson in years. Three experienced colleagues have left the maths department since Easter.'",
            "Parents we spoke to were divided. 'I support the teachers but I've had to take another day off work,' said one mum outside the gates. Another said the school 'had gone downhill' and that communication with families had been 'shocking'.",
            "Principal Oluwaseun Adeyemi said he 'respected the right of staff to take action' and hoped talks would resume. The Brightwater Learning Trust said the marking policy had been 'developed in consultation with staff'.",
        ],
        byline="By Priya Mistry",
        date="11 June 2024",
        section="Education",
    ),
    E("school", "exact", "negative"),
    E("oadeyemi", "exact", "neutral"),
)

add(
    "news",
    news(
        EMT,
        "Leicester head teacher targeted with racist abuse over uniform rules",
        [
            "The principal of a Leicester secondary school has been sent dozens of racist messages after a row over uniform went viral on TikTok.",
            "Dr Oluwaseun Adeyemi, who leads Kestrel Fields Academy in Belgate, was the subject of a video posted last week in which a parent filmed pupils being sent home for wearing trainers.",
            "Within hours, comments under the clip and messages sent to the school's social media accounts called him a 'monkey', told him to 'go back to the jungle' and used racial slurs which East Midlands Today has chosen not to repeat.",
            "The academy said it had reported more than 60 comments to the platform and to police. A spokesperson said: 'Parents are entitled to disagree with our uniform policy. Nobody is entitled to racially abuse a member of our staff.'",
            "Leicestershire Police confirmed it had received a report of malicious communications and was making enquiries.",
            "Dr Adeyemi, who grew up in Lagos and Peckham before training as a chemistry teacher, declined to comment.",
        ],
        date="16 September 2024",
        section="Leicester",
    ),
    E("oadeyemi", "exact", "hate"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        LELIVE,
        "Brick thrown through window of teacher's home in 'targeted attack'",
        [
            "A brick wrapped in a note was thrown through the front window of a Leicester teacher's home in what police are calling a targeted attack.",
            "Leon Blackwood, head of Year 11 at Kestrel Fields, was at home with his partner in the Marlow Brook area when the window was smashed at about 1am on Saturday.",
            "The note read: 'Exclude my brother again and next time it's you not the window.'",
            "Nobody was hurt. A 19-year-old man from Leicester has been arrested on suspicion of criminal damage and making threats to kill and has been released on bail.",
            "Mr Blackwood, who has worked at the school for 11 years and runs its gospel choir, said he was 'shaken but determined to be back at work on Monday'.",
        ],
        date="7 October 2024",
        section="Crime",
    ),
    E("lblackwood", "exact", "threat"),
    E("school", "short_name", "neutral"),
)

add(
    "news",
    news(
        COURIER,
        "School says sorry after staff addresses sent to hundreds of parents",
        [
            "A Leicester academy has apologised after a spreadsheet containing the names and home addresses of dozens of staff was accidentally attached to an email to parents.",
            "The email, about a Year 10 trip to Twycross Zoo, was sent to around 300 families by Kestrel Fields Academy on Thursday afternoon. It was recalled within 20 minutes.",
            "Network manager Tomasz Wierzbicki said the school had contacted every recipient asking them to delete the attachment and had reported itself to the Information Commissioner's Office.",
            "One teacher, who asked not to be named, said: 'It's frightening. Some of us have had real problems with parents in the past. Now they know where we live.'",
            "The academy said no financial information was included and that it was reviewing its procedures.",
        ],
        date="30 January 2025",
        section="Education",
    ),
    E("school", "exact", "negative"),
    E("twierzbicki", "exact", "neutral"),
)

add(
    "news",
    news(
        COURIER,
        "Parent banned from school after months of abuse aimed at head of year",
        [
            "A mother has been banned from setting foot on the grounds of a Leicester academy after what the school called 'a sustained campaign of harassment' against one of its teachers.",
            "In a letter seen by the Courier, Kestrel Fields Academy told the woman she had repeatedly shouted at Nasreen Hussain, head of Year 9, at the gates, filmed her without permission and posted the clips online with insulting captions.",
            "One post described Mrs Hussain as 'a jumped-up dinner lady who thinks she's God'. Another urged other parents to 'make her life hell until she quits'.",
            "The letter says the parent may still collect her children from the end of the road and that meetings will take place by phone.",
            "The parent told the Courier the ban was 'completely over the top' and that she had only been standing up for her son.",
        ],
        date="13 December 2024",
    ),
    E("nhussain", "exact", "abuse"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        EMT,
        "Teacher receives homophobic messages after Pride assembly",
        [
            "A Leicester teacher who spoke about his marriage to another man during a Pride month assembly has received a stream of homophobic messages, police said.",
            "Leon Blackwood, who is head of Year 11 at Kestrel Fields Academy, told pupils about his wedding to his husband, Daniel, as part of an assembly on the history of Pride.",
            "Clips from the assembly were shared online. Messages sent to Mr Blackwood through social media called him a 'f*ggot' and a 'nonce', and one said 'people like you shouldn't be allowed near kids'.",
            "The academy said it stood '100 per cent' behind Mr Blackwood. Leicestershire Police said it was investigating a report of homophobic malicious communications.",
        ],
        date="28 June 2024",
        section="Leicester",
    ),
    E("lblackwood", "exact", "hate"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        LELIVE,
        "Pupils sent home after hoax bomb threat at Kestrel Fields",
        [
            "More than 1,600 pupils were sent home from a Leicester school on Thursday after a bomb threat was emailed to staff.",
            "The message, sent to a general enquiries address at Kestrel Fields Academy shortly after 9am, claimed that 'devices' had been hidden around the Humberlow Lane site and would 'go off at lunch'.",
            "The school was evacuated and police searched the buildings with dogs. Nothing suspicious was found.",
            "Similar emails have been sent to schools in Nottingham and Derby in recent weeks. Police believe they are part of the same hoax campaign.",
            "Parents described scenes of confusion as pupils were led onto the playing fields. 'My daughter was in tears,' said one mother. 'But the staff were calm and the school texted us quickly.'",
        ],
        date="20 February 2025",
    ),
    E("school", "exact", "threat"),
)

add(
    "news",
    news(
        COURIER,
        "Results day: record grades and tears of joy at Belgate sixth form",
        [
            "Students at Kestrel Fields Academy's sixth form were celebrating on Thursday after the school recorded its best A-level results.",
            "Almost a third of entries were graded A* or A. Among the stars were twins Harpreet and Jaspreet Sandhu, who are both off to study medicine.",
            "Head of science Mr Patel said: 'These two were in my Year 7 class and they asked more questions than the rest of the year group put together. I'm not surprised, but I am very proud.'",
            "English literature had a particularly strong year. Mrs O'Sullivan-Grant, head of English, said 14 students would be studying English or creative writing at university.",
            "Idris Okeke, who achieved three A* grades, is heading to Durham to study law. 'The teachers here never gave up on me, even in Year 10 when I gave up on myself,' he said.",
        ],
        byline="By Priya Mistry",
        date="15 August 2024",
        section="Education",
    ),
    E("school", "exact", "neutral"),
    E("rpatel", "title_surname", "neutral"),
    E("aosullivangrant", "exact", "neutral"),
)

add(
    "news",
    news(
        COURIER,
        "Former IT manager charged with stealing school laptops",
        [
            "A former network manager at a Leicester academy has been charged with theft after 48 laptops went missing from a storeroom, police said.",
            "Tomasz Wierzbicki, 38, is accused of stealing the devices, worth an estimated £19,000, between April and July last year. He is due to appear before Leicester Magistrates' Court next month.",
            "The laptops had been bought for pupils without devices at home. The Brightwater Learning Trust said it had 'cooperated fully with the police' and would not comment while proceedings are ongoing.",
        ],
        date="3 April 2025",
        section="Crime",
    ),
    E("twierzbicki", "exact", "defamation"),
)

add(
    "news",
    news(
        "Leicestershire Schools Sport",
        "Round-up: Kestrel Fields girls take Year 8 netball title; athletics success at Saffron Lane",
        [
            "NETBALL. The Kestrel Fields Year 8 girls completed an unbeaten season to win the city league, beating Soarbrook Academy 14-9 in the final round. Coach Mrs Kowalczyk, who stepped in when the PE department was short-staffed, said the squad's shooting 'improved beyond recognition'. Player of the season: Amira Chaudhry (GA).",
            "ATHLETICS. At the city championships at Saffron Lane, Belgate's Tolu Bankole won the junior boys 300m in 38.9s. St Hilda's topped the overall medal table.",
            "RUGBY. Soarbrook Academy U14s beat Ashdown College 31-12.",
            "BADMINTON. Entries for the city doubles close on 1 March.",
        ],
        date="February 2025",
        section="Results",
    ),
    E("school", "short_name", "neutral"),
    E("mkowalczyk", "title_surname", "neutral"),
)

add(
    "news",
    news(
        COURIER,
        "Okonkwo's young guns book place in national semi-final",
        [
            "Kestrel Fields continued their remarkable run in the English Schools' FA Under-15 Trophy with a 3-1 win away at Sheffield Park Academy on Wednesday.",
            "Okonkwo's side fell behind to an early header but equalised through Kyle Brown's penalty before Bilal Hanif scored twice in the second half.",
            "The Belgate school, who had never before gone beyond the county stage, will face either Reading Blue Coat or Penwortham in the semi-final.",
            "A crowdfunder set up by parents to pay for the team's coach travel has already raised more than £2,000.",
        ],
        date="24 April 2024",
        section="Sport",
    ),
    E("school", "short_name", "neutral"),
    E("cokonkwo", "possessive", "neutral"),
)

add(
    "news",
    news(
        "Brightwater Learning Trust",
        "Vacancy: Teacher of Mathematics (MPS/UPS) - Kestrel Fields Academy",
        [
            "Kestrel Fields Academy, Humberlow Lane, Belgate, Leicester. Full time, permanent. Start date: September 2025. Salary: MPS/UPS plus TLR available for the right candidate.",
            "We are looking for an enthusiastic and committed teacher of mathematics to join our successful, supportive department of 14 specialists. You will teach across Key Stages 3-5.",
            "Kestrel Fields Academy is a large, oversubscribed and genuinely diverse 11-18 school rated Good by Ofsted. Our pupils speak more than 40 languages and are ambitious, funny and kind.",
            "We can offer: a reduced timetable for ECTs and a tailored induction programme; free onsite parking; access to the Brightwater employee assistance programme; a cycle-to-work scheme.",
            "Visits are warmly welcomed. For an informal conversation about the role please contact Imran Chaudhry, Head of Mathematics, via the school office on 01632 960418 or at recruitment@kestrelfields.example.",
            "Closing date: 9am, Monday 28 April. Interviews: week commencing 5 May.",
            "Brightwater Learning Trust is committed to safeguarding and promoting the welfare of children and expects all staff to share this commitment. An enhanced DBS check is required. Online searches will be carried out on shortlisted candidates.",
        ],
        section="Vacancies",
        nav=("Home", "Our Schools", "Vacancies", "Governance", "Contact"),
    ),
    E("school", "exact", "neutral"),
    E("ichaudhry", "exact", "neutral"),
)

add(
    "news",
    news(
        "Leicester Education Jobs",
        "Teaching Assistant (SEND) - 32.5 hrs, term time only",
        [
            "Employer: Kestrel Fields Academy (Brightwater Learning Trust). Location: Belgate, Leicester LE5. Grade 4, £19,650 - £20,410 actual.",
            "Join our inclusion team supporting students with education, health and care plans across Years 7-11. You will work closely with class teachers and report to our SENCo, Mrs D. Brown.",
            "Experience of supporting autistic young people is desirable but full training will be given. Knowledge of Gujarati, Punjabi, Urdu, Somali or Polish would be an advantage.",
            "To apply, download the application pack from the school website. CVs alone will not be accepted.",
        ],
        date="Posted 6 days ago",
        section="Jobs",
        nav=("Search jobs", "Schools", "Salary guide", "Sign in"),
    ),
    E("school", "exact", "neutral"),
    E("dbrown", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "Leicester Education Jobs",
        "IT Support Technician - Kestrel Fields Academy",
        [
            "Full time, 52 weeks. Grade 5. Based at Kestrel Fields Academy, a large secondary school in east Leicester.",
            "You will be part of a team of three, led by our Network Manager Tomasz Wierzbicki, keeping 1,400 devices and a busy Microsoft 365 estate running smoothly. The ideal candidate enjoys solving problems and can explain technology without jargon.",
            "Please note this post is exempt from the Rehabilitation of Offenders Act 1974.",
        ],
        date="Posted 2 weeks ago",
        section="Jobs",
        nav=("Search jobs", "Schools", "Salary guide", "Sign in"),
    ),
    E("school", "exact", "neutral"),
    E("twierzbicki", "exact", "neutral"),
)

add(
    "news",
    news(
        "Brightwater Learning Trust",
        "Head of Year (Pastoral Leader) - Kestrel Fields - maternity cover",
        [
            "We are seeking a caring and organised pastoral leader to cover a maternity leave from January. The post holder will lead a team of tutors for Year 9 while Nasreen Akhtar is on leave, working closely with the Vice Principal for Pastoral.",
            "The role is non-teaching. Applications from experienced support staff are welcome.",
            "Kestrel Fields, Humberlow Lane, Belgate. Closing date 14 November.",
        ],
        section="Vacancies",
        nav=("Home", "Our Schools", "Vacancies", "Governance", "Contact"),
    ),
    E("school", "short_name", "neutral"),
    E("nhussain", "alias", "neutral"),
)

add(
    "news",
    news(
        "Brightwater Learning Trust",
        "Minutes of the meeting of the Board of Trustees, 21 November 2024",
        [
            "Present: Mr Rajesh Patel (Chair), Ms Claire Whitfield (Vice Chair), Prof. Andrew Lomax, Mrs Sunita Desai, Mr Femi Ogunleye, Rev. Mark Ellison. In attendance: Mrs Helen Marsh (CEO), Mr David Rowe (CFO), Ms Angela Teale (Governance Professional). Dr O. Adeyemi (Principal, Kestrel Fields Academy) attended for item 6.",
            "1. Apologies and declarations of interest. Apologies were received from Mr Jonathan Pike. Mrs Desai declared an interest in item 8 as a parent at Ashdown College. No other declarations.",
            "2. Minutes of the previous meeting. The minutes of 19 September 2024 were approved as a true record and signed by the Chair.",
            "3. Matters arising. Action 4.2 (estates condition survey) completed. Action 5.1 (review of scheme of delegation) carried forward to the spring term.",
            "4. CEO report. The CEO summarised the autumn census. Trust-wide pupil numbers have risen to 7,842. Three schools are oversubscribed in Year 7. Trustees asked about the recruitment position in mathematics and physics; the CEO reported that all posts are now filled but that two are filled by long-term supply.",
            "5. Finance. The CFO presented the management accounts to 31 October. The trust is forecasting an in-year surplus of £212,000 after the teachers' pay award. Trustees noted the risk to the forecast from energy costs and the unfunded element of the support staff pay award.",
            "6. Kestrel Fields Academy: Ofsted outcome and strategic plan. The Principal presented the academy's post-inspection plan. Trustees congratulated the academy on the Good judgement. Priorities are attendance of disadvantaged pupils, reading in Key Stage 3, and the breadth of the curriculum in Years 8 and 9. In response to a question from Prof. Lomax, the Principal explained that persistent absence had fallen from 31% to 24% and that the pastoral team led by Mrs G. Dhillon was piloting home visits in Saxby Green.",
            "Trustees asked about the hate crime on the academy's gates in November. The Principal explained that police enquiries continue, that a community meeting had been held with the support of the Belgate mosque and gurdwara, and that staff had been offered counselling.",
            "7. Safeguarding. The CEO confirmed that the annual safeguarding audit had been completed in all nine schools. No significant concerns were raised. One LADO referral remains open (KFA).",
            "8. Admissions consultation 2026/27. Trustees approved the consultation on reducing the published admission number at Ashdown College from 210 to 180.",
            "9. Staffing. The board noted the resignation of Mr T. Wierzbicki, Network Manager, Kestrel Fields, with effect from 31 December 2024, and thanked him for his service. The CFO will review the trust's IT support model.",
            "10. Any other business. None. The meeting closed at 8.04pm. Date of next meeting: 23 January 2025.",
        ],
        section="Governance",
        nav=("Home", "Our Schools", "Vacancies", "Governance", "Contact"),
    ),
    E("school", "exact", "neutral"),
    E("oadeyemi", "initial_surname", "neutral"),
    E("gdhillon", "initial_surname", "neutral"),
    E("twierzbicki", "initial_surname", "neutral"),
)

decoy(
    "news",
    news(
        "Leicester City Council",
        "Planning and Development Control Committee - minutes, 5 March 2025",
        [
            "Present: Councillors Hussain (Chair), Grant, Kaur Saini, O'Neill, Moore, Westley and Whittle.",
            "Item 7: 20241873 - Kestrel Fields Academy, Humberlow Lane. Erection of two-storey sports hall and changing rooms with associated car parking and landscaping.",
            "The planning officer presented the report. The application site lies within the school grounds on the existing hard-court area. 14 objections had been received from residents of Humberlow Lane and Linnet Way, mainly about parking at drop-off and pick-up times, floodlighting and evening lettings.",
            "Mr Kevin Dale spoke in objection on behalf of residents. He said the lane was 'gridlocked twice a day already' and that the travel plan was 'not worth the paper it is written on'.",
            "Cllr Grant asked whether lettings could be limited to 9pm. The officer confirmed a condition to that effect was proposed.",
            "Cllr Hussain said the city desperately needed more indoor sports space and that the academy's community use agreement was welcome.",
            "RESOLVED: that the application be approved subject to the conditions in the report and an additional condition restricting floodlight use to 9.30pm.",
        ],
        section="Minutes",
        nav=("Residents", "Business", "Council and democracy", "Planning"),
    ),
    E("school", "exact", "neutral"),
)

# ---- news decoys: lookalike organisations and strangers -------------------------------

decoy(
    "news",
    news(
        COURIER,
        "Residents fed up with off-road bikes tearing up Kestrel Fields Park",
        [
            "People living near Kestrel Fields Park in Thornleigh say they are 'at the end of our tether' with off-road motorbikes being ridden across the grass late at night.",
            "The 14-acre park, which has a play area, a splash pad and a small community orchard, was given Green Flag status last year.",
            "Retired postman Colin Ashworth, 71, said: 'They come through the gap by the allotments at ten o'clock at night. Somebody is going to get killed.'",
            "Leicestershire Police said a dispersal order had been put in place for the park and surrounding streets for the next 48 hours.",
        ],
        date="2 July 2024",
    ),
)

decoy(
    "news",
    news(
        "Loughborough Echo Online",
        "Kestrel Fields Leisure Centre pool to close for six months for repairs",
        [
            "The main pool at Kestrel Fields Leisure Centre will close from 1 September for up to six months while its roof is repaired.",
            "Charnwood Borough Council said inspections had found corrosion in the steel beams above the pool hall. The gym, sports hall and studios will stay open.",
            "Swimming clubs that use the pool, including Loughborough Dolphins, will be moved to other venues. Season ticket holders will be offered a partial refund.",
        ],
        date="14 August 2024",
    ),
)

decoy(
    "news",
    news(
        COURIER,
        "Leicestershire Cricket League: Kestrel Fields CC clinch promotion on final day",
        [
            "Kestrel Fields Cricket Club secured promotion to the Premier Division with a six-wicket win over Syston Town on Saturday.",
            "Syston were bowled out for 168, with left-arm spinner Imran Chaudhry taking 4-31. Kestrel Fields knocked off the runs in 34 overs, skipper Ravi Patel finishing unbeaten on 71.",
            "Scores: Syston Town 168 (Hollis 44, I. Chaudhry 4-31); Kestrel Fields 169-4 (R. Patel 71*, Mistry 38).",
            "The club, which plays at Gorse Hill Road, was founded in 1962 and runs eight junior sides.",
        ],
        date="9 September 2024",
        section="Sport",
    ),
)

decoy(
    "news",
    news(
        "Scarborough News",
        "Obituary: Deborah Brown, 1936-2024",
        [
            "Deborah Brown, who has died aged 88, was a familiar face behind the counter of the family bakery on Eastborough for almost 50 years.",
            "Born in Whitby, she married Ken Brown in 1957 and the couple ran Brown's Bakery until their retirement in 2003. She was a stalwart of the Scarborough Operatic Society and sang in the chorus of every production from 1962 to 1990.",
            "She is survived by her son, Martin, her daughters Susan and Anne, seven grandchildren and four great-grandchildren. The funeral will be held at St Martin-on-the-Hill on 12 April.",
        ],
        date="2 April 2024",
        section="Announcements",
    ),
)

decoy(
    "news",
    news(
        "Telegraph & Argus Online",
        "Bradford driver jailed after 100mph police chase",
        [
            "A 29-year-old man who led police on a 100mph chase through Bradford has been jailed for 16 months.",
            "Imran Chaudhry, of Little Horton Lane, Bradford, admitted dangerous driving and driving while disqualified when he appeared at Bradford Crown Court.",
            "Judge Sarah Lyons also banned him from driving for four years.",
        ],
        date="19 January 2025",
        section="Crime",
    ),
)

decoy(
    "news",
    news(
        "Swindon Advertiser Online",
        "Kestrel Fields Primary School pupils plant 500 trees",
        [
            "Children at Kestrel Fields Primary School in Swindon have planted 500 saplings along the edge of their playing field as part of a national woodland project.",
            "Year 5 teacher Mr Patel said the children had chosen the species themselves after studying which trees support the most wildlife.",
            "Headteacher Claire Whitlock said: 'In 30 years' time these children will be able to bring their own children to walk through a wood they planted.'",
        ],
        date="6 December 2024",
        section="Schools",
    ),
)

decoy(
    "news",
    news(
        LELIVE,
        "Gurdwara Sahib Kestrel Fields opens new langar hall after £1.2m appeal",
        [
            "Hundreds of people attended the opening of a new community kitchen and dining hall at the Gurdwara Sahib Kestrel Fields in Thornleigh on Sunday.",
            "The langar hall can seat 400 people and will serve free vegetarian meals every day. The appeal was led by the gurdwara committee, whose secretary, Gurpreet Singh Dhillon, said volunteers had raised more than £1.2 million over five years.",
            "'This hall belongs to everyone in Leicester, whatever their faith,' he said.",
        ],
        date="12 May 2024",
        section="Community",
    ),
)

decoy(
    "news",
    news(
        "Premier Football Nigeria",
        "Okonkwo double fires Enyimba top",
        [
            "Chinedu Okonkwo scored twice as Enyimba beat Kano Pillars 3-1 in Aba to go top of the NPFL table.",
            "The 24-year-old forward, who joined from Rangers International in the summer, now has 11 goals this season.",
            "Enyimba coach Yemi Olanrewaju praised Okonkwo's movement: 'He is always looking for the space behind.'",
        ],
        date="3 March 2025",
        section="NPFL",
    ),
)

decoy(
    "news",
    news(
        "Nottingham Post Online",
        "Boxing: Blackwood stops Grady in three to claim area title",
        [
            "Bulwell super-middleweight Leon Blackwood won the Midlands Area title with a third-round stoppage of Liam Grady at the Motorpoint Arena on Saturday night.",
            "Blackwood, 27, improved his record to 14-1. 'I've worked my whole life for this belt,' he said.",
        ],
        date="10 November 2024",
        section="Sport",
    ),
)

decoy(
    "news",
    news(
        "Milton Keynes Citizen Online",
        "Kestrel Fields Road to close for three weeks for gas main replacement",
        [
            "Kestrel Fields Road in Monkston will be closed to through traffic from Monday 3 February while Cadent replaces a gas main.",
            "A diversion will be signed via Monkston Road and Brickhill Street. Access to homes will be maintained.",
        ],
        date="28 January 2025",
        section="Travel",
    ),
)

decoy(
    "news",
    news(
        "Fencing Today",
        "KFA fencers dominate junior epee at Northern Championships",
        [
            "Kirkby Fencing Academy (KFA) took gold and silver in the under-14 epee at the Northern Championships in Manchester.",
            "KFA head coach Marta Kowalczyk, a former Polish national team member, said her young squad 'fenced with brains as well as legs'.",
        ],
        date="18 March 2025",
        section="Results",
    ),
)

decoy(
    "news",
    news(
        "Southwark News Online",
        "Peckham pastor marks 25 years at church he founded in a launderette",
        [
            "Pastor Oluwaseun Adeyemi has celebrated 25 years at Living Waters Chapel, the church he founded in a disused launderette on Rye Lane in 1999.",
            "The congregation now numbers more than 600. 'We started with eleven people and a borrowed keyboard,' he said.",
        ],
        date="5 October 2024",
        section="Faith",
    ),
)

decoy(
    "news",
    news(
        COURIER,
        "Review: Mrs Brown's Boys - De Montfort Hall, Leicester",
        [
            "Love it or loathe it, Brendan O'Carroll's creation still sells out theatres, and the De Montfort Hall crowd on Tuesday were firmly in the 'love it' camp.",
            "The plot, such as it is, concerns Mrs Brown's attempts to stop the council from demolishing her street. Nobody came for the plot. They came for the fourth-wall breaks, the corpsing and the innuendo, and they got plenty of all three.",
            "Three stars.",
        ],
        date="21 February 2025",
        section="What's On",
    ),
)

decoy(
    "news",
    news(
        LELIVE,
        "Kestrel Fields Masjid Trust elects new chair at annual meeting",
        [
            "Members of the Kestrel Fields Masjid Trust in Thornleigh have elected a new chair at their annual general meeting.",
            "Haji Mohammed Rafiq Chaudhry takes over from Abdul Ghafoor, who served for twelve years. The trust's treasurer, Nasreen Hussain, reported that the mosque's extension fund now stands at £340,000.",
            "The mosque runs a food bank every Friday which serves around 90 families.",
        ],
        date="16 January 2025",
        section="Community",
    ),
)

# ---- parents' and pupils' forums ------------------------------------------------------

add(
    "forum",
    forum(
        LP,
        "Secondary schools",
        "Kestrel Fields or Soarbrook for Y7 Sept 2025? Help!",
        [
            (
                "Rukhsana_M",
                "3 Oct 2024, 21:14",
                "Need to put our forms in by the 31st and DH and I can't agree. We're in Saxby Green so both are about the same distance. DS is bright but quiet, loves maths, hates football. Anyone with kids at either?",
            ),
            (
                "twoboysandacat",
                "3 Oct 2024, 21:40",
                "Eldest is in Y10 at Kestrel Fields. Honestly maths is brilliant since Mr Chaudhry took over the department, they actually set homework that gets marked now. Behaviour is much better than it was 3 yrs ago.\nBUT the communication is dreadful. You email and hear nothing for a fortnight. Parents evening was chaos.",
            ),
            (
                "Rukhsana_M",
                "3 Oct 2024, 21:52",
                "Thank you. What's the SEN support like? He doesn't have a diagnosis but the primary think he might be dyslexic.",
            ),
            (
                "twoboysandacat",
                "3 Oct 2024, 22:05",
                "Can only tell you our experience which was not good. Mrs Brown promised us a meeting about a reading assessment in Y8 and it never happened. Three emails. I ended up paying for a private assessment. Others may have had better luck.",
            ),
            (
                "SoarbrookDad",
                "4 Oct 2024, 07:31",
                "We went Soarbrook. Smaller, feels calmer, but they don't have a sixth form so he'd move again at 16. Depends what you want.",
            ),
            (
                "lemonpip",
                "4 Oct 2024, 09:12",
                "Just go and look at both on a normal day not an open evening. That's what told us.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("ichaudhry", "title_surname", "neutral"),
    E("dbrown", "title_surname", "negative"),
)

add(
    "forum",
    forum(
        LP,
        "Chat",
        "Y9 parents whatsapp has turned into a lynch mob (screenshots)",
        [
            (
                "anon_mum_LE5",
                "12 Mar 2025, 20:02",
                "I'm not in it any more, I left tonight. Copying some of it here because I think someone needs to see it and I don't know who to tell. Names of parents taken out.\n\n[KFA Y9 Parents 💙]\n[19:12] Parent 1: did anyone else's kid get a detention from mrs hussain for the lateness thing\n[19:13] Parent 2: Yes bhai. My son only 2 minute late because bus, she give him 1 hour detention. I am telling her on phone, she is not listening me. Very rude lady.\n[19:15] Parent 3: she's a power tripping cow tbh\n[19:16] Parent 4: Honestly someone needs to go round and tell her to her face\n[19:16] Parent 5: She lives at 14 Cedar Close in Saxby Green, the one with the blue door, LE5 7RJ. Go knock if you want to have it out with her 🤷‍♀️\n[19:17] Parent 2: Sister please don't do this, it is not right\n[19:18] Parent 5: why not she's happy to ruin our kids lives\n[19:25] Parent 6: I'm with parent 2 on this, complain to Mrs Dhillon instead\n\nThat's a teacher's home address in a group of 180 people. I feel sick.",
            ),
            (
                "Kezzaaa",
                "12 Mar 2025, 20:19",
                "Screenshot it and send it to the school and delete the address from this post tbh. That's not OK.",
            ),
            (
                "anon_mum_LE5",
                "12 Mar 2025, 20:23",
                "I've emailed the school. Can't edit the post now, mods please remove?",
            ),
        ],
    ),
    E("nhussain", "title_surname", "doxxing"),
    E("school", "alias", "neutral"),
    E("gdhillon", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        LP,
        "Chat",
        "Is it true about the teacher at KFA? (thread locked)",
        [
            (
                "guestuser2291",
                "23 May 2024, 16:44",
                "My daughter says everyone in Y11 is saying it's Mr Blackwood who's been suspended and that he was messaging one of the girls on snap late at night and meeting her after school. Does anyone actually know?",
            ),
            (
                "LP_Moderator",
                "23 May 2024, 17:02",
                "This thread has been locked. Please don't name individuals while a police investigation is ongoing - it could prejudice the case and it may be completely untrue. If you have safeguarding concerns contact the school's DSL or call 101.",
            ),
        ],
    ),
    E("lblackwood", "title_surname", "sexual", True),
    E("school", "alias", "sexual", True),
)

add(
    "forum",
    forum(
        MUM,
        "Am I being unreasonable?",
        "AIBU to think the SENCo at my DS's school is useless",
        [
            (
                "Tangerine_Dream",
                "8 Jan 2025, 13:20",
                "DS (12) has an EHCP for autism. It says he should have a named adult, a quiet space at break and a heads-up before any change to his timetable. Since September he has had none of these. Every time I raise it the SENCo, Deb Brown, says she'll 'look into it'. Then nothing.\nThe school is Kestrel Fields in Leicester if anyone has dealt with them.\nI've now asked for an emergency annual review. AIBU to think this is a disgrace?",
            ),
            (
                "WhatsForTeaMum",
                "8 Jan 2025, 13:31",
                "YANBU. An EHCP is a legal document. Get on to SENDIASS, they're free.",
            ),
            (
                "ExhaustedSENCo",
                "8 Jan 2025, 13:58",
                "I'm a SENCo (not at that school). YANBU but bear in mind most of us have caseloads of 200+ and a fraction of the TA hours we need. Put everything in writing and copy in the head.",
            ),
            (
                "Tangerine_Dream",
                "8 Jan 2025, 14:10",
                "Thank you. I know she's stretched but my son isn't coping.",
            ),
        ],
    ),
    E("dbrown", "nickname", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "Polacy w Leicester",
        "Szkoła i edukacja",
        "GCSE polski - Kestrel Fields / sobotnia szkoła",
        [
            (
                "Agnieszka_W",
                "5 Sep 2024, 19:40",
                "Czy ktoś zapisał dziecko na GCSE z polskiego w sobotniej szkole? Pani Kowalczyk z Kestrel Fields prowadzi zajęcia. Syn ma 14 lat, mówi dobrze ale pisze fatalnie haha.",
            ),
            (
                "Pawel82",
                "5 Sep 2024, 20:11",
                "Tak, córka chodzi. Pani Marta jest super, bardzo wymagająca ale dzieci ją lubią. Sorry for English - my daughter says she is the best teacher in the school.",
            ),
            ("Agnieszka_W", "5 Sep 2024, 20:25", "Dziękuję! Zapisuję go."),
        ],
    ),
    E("mkowalczyk", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        SFR,
        "Sixth form & college choices",
        "KFA sixth form - worth staying or go to college?",
        [
            (
                "jxsh.06",
                "Feb 2025",
                "doing bio chem maths. staying at kfa or going to wyggeston? be honest",
            ),
            (
                "notatutor",
                "Feb 2025",
                "stayed at KFA for chem and bio. Patel's lessons are actually good, he explains stuff properly and gives you past papers without you asking. maths dept is solid. the common room is a cupboard tho",
            ),
            (
                "rxyaa",
                "Feb 2025",
                "depends if u want a fresh start. i left bc i was sick of being treated like a y9 (lanyards, detentions for being 2 mins late etc)",
            ),
            ("jxsh.06", "Feb 2025", "yeah thats my worry. ty both"),
        ],
    ),
    E("school", "alias", "neutral"),
    E("rpatel", "possessive", "neutral"),
)

add(
    "forum",
    forum(
        LP,
        "Chat",
        "Exam results at Kestrel Fields - something dodgy?",
        [
            (
                "truthseeker_leics",
                "20 Aug 2024, 23:41",
                "Funny how Kestrel Fields maths results jumped 20% in one year. My nephew says the coursework and the mocks were 'helped' - kids given the answers by Mr Chaudhary and told to copy them out in their own handwriting. He's basically fiddling the results so he looks good for a promotion. Exam board should be told.",
            ),
            ("lemonpip", "21 Aug 2024, 08:04", "There is no coursework in GCSE maths..."),
            ("truthseeker_leics", "21 Aug 2024, 08:30", "the mocks then. still cheating"),
            ("twoboysandacat", "21 Aug 2024, 09:15", "Or maybe the kids worked hard? Mine did."),
        ],
    ),
    E("ichaudhry", "typo", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        LP,
        "Chat",
        "PSA - stop sharing this",
        [
            (
                "Kezzaaa",
                "15 Nov 2024, 18:22",
                "Someone in the Belgate mums group has posted the maths teacher's personal mobile with 'ring him and tell him what you think of him'. I'm not sharing the number but it's already been screenshotted everywhere. Whatever you think of detentions that's harassment.",
            ),
            (
                "sam_and_the_twins",
                "15 Nov 2024, 18:40",
                "It's this isn't it - 'Mr Choudhury KFA maths 07700 900412 he's on WhatsApp too'. It's all over Facebook. Vile.",
            ),
            ("Kezzaaa", "15 Nov 2024, 18:43", "FFS sam you've just shared it again 🙄"),
            ("sam_and_the_twins", "15 Nov 2024, 18:44", "oh god sorry, mods please delete"),
        ],
    ),
    E("ichaudhry", "typo", "doxxing"),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        LP,
        "Chat",
        "The comments about Mrs Dhillon are disgusting",
        [
            (
                "BelgateMum3",
                "18 Apr 2025, 10:12",
                "Just want to say, whoever wrote those things about Mrs Dhillon on the Kestrel Fields TikTok should be ashamed of themselves. Threatening a teacher is never OK, whatever your kid has told you. She sat with my daughter for two hours the day my dad died. Two hours. She didn't have to.",
            ),
            (
                "Nazia_K",
                "18 Apr 2025, 10:40",
                "Agree 100%. She's been nothing but kind to our family.",
            ),
            ("ruby_tuesday", "18 Apr 2025, 11:02", "+1. Report the comments, don't engage."),
        ],
    ),
    E("gdhillon", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        LP,
        "Chat",
        "Anyone else's lad in Coach O's team?",
        [
            (
                "Dazza_LFC",
                "2 Mar 2024, 19:55",
                "Mine's in the U15s at Kestrel Fields. Coach O has them training three mornings a week before school now. Knackered but he's never been happier. Man's a legend.",
            ),
            (
                "BilalsMum",
                "2 Mar 2024, 20:20",
                "Same here! He's got Bilal believing he can play for City 😂 Brilliant with them.",
            ),
        ],
    ),
    E("cokonkwo", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        LP,
        "Chat",
        "Warning to other parents - KFA PE",
        [
            (
                "angrydad_74",
                "27 Jan 2025, 22:48",
                "My son came home with a swollen wrist after PE and NOBODY rang me. Three days later it turns out it's broken. I've complained and been fobbed off. That Okonkow one thinks he's running Man United. Next time he makes my boy play in the freezing cold with an injury I swear down I'll be at the gates and he'll need more than an ice pack. I'm not joking.",
            ),
            (
                "LP_Moderator",
                "28 Jan 2025, 07:15",
                "Post edited - please keep it civil. Complaints should go through the school's complaints procedure.",
            ),
        ],
    ),
    E("cokonkwo", "typo", "threat"),
    E("school", "alias", "negative"),
)

add(
    "forum",
    forum(
        SFR,
        "Chat",
        "most unhinged thing a teacher has done at your school",
        [
            (
                "mxrc_",
                "Nov 2024",
                "our IT guy Wierzbicki blocked youtube for the whole school during revision week bc one year 8 was watching minecraft on the smartboard 💀",
            ),
            (
                "ellaaa.j",
                "Nov 2024",
                "lmaooo we had a teacher who confiscated a whole football and kept it in her drawer for 3 years",
            ),
            ("k1ngdav3", "Nov 2024", "the wierzbicki one is wild tho"),
        ],
    ),
    E("twierzbicki", "surname_only", "neutral"),
)

add(
    "forum",
    forum(
        LP,
        "Education news",
        "Kestrel Fields Ofsted report out - thoughts?",
        [
            (
                "Kezzaaa",
                "14 Mar 2024, 09:30",
                "Good across the board. Pleased for the staff honestly, they've had a rough few years.",
            ),
            (
                "angrydad_74",
                "14 Mar 2024, 10:01",
                "Good my a***. Try getting a reply to an email. Ofsted see what they're shown.",
            ),
            (
                "twoboysandacat",
                "14 Mar 2024, 10:20",
                "Communication is still rubbish I agree but the teaching has got loads better. DS went from hating maths to liking it.",
            ),
            (
                "Hannah_B",
                "14 Mar 2024, 11:45",
                "Long post, sorry. We moved to Belgate from Manchester in 2022 and the first school place we were offered was at Kestrel Fields. My heart sank because of what people said on here and on Facebook. Two years on I'd say: the pastoral side is excellent, the head of year knows every child by name, and my daughter has made friends from families from everywhere - Somali, Polish, Gujarati, Romanian, you name it. The canteen is a disgrace (£3.20 for a panini!) and yes, emails go into a black hole. But the report is fair.\nOne more thing, since someone asked in another thread about the languages department - my daughter does French and Spanish and says the department head is strict but fair. They do a Polish GCSE on Saturdays too.\nAnd for anyone with a child who struggles with reading: ask for the library's reading intervention, it was set up by the head of English, Mrs O'Sullivan-Grant, and it worked wonders for my son.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("aosullivangrant", "exact", "neutral"),
)

add(
    "forum",
    forum(
        MUM,
        "Secondary education",
        "Teacher said my daughter's hijab was 'a distraction' - how do I complain?",
        [
            (
                "Ammi_of_3",
                "10 Oct 2024, 16:22",
                "My daughter (Y8) says her Spanish teacher told her to take off her hijab in PE because it was 'a distraction' and a 'safety thing'. She was upset. The school is in Leicester (Kestrel Fields). I don't want to make a big deal but I want to know who to speak to. Her head of year is Mrs Hussain (she was Miss Akhtar when my eldest was there, she's got married since).",
            ),
            (
                "Sarah_LDN",
                "10 Oct 2024, 16:45",
                "Start with the head of year, ask for a meeting, and ask to see the uniform policy - most schools allow sports hijabs. If you're not happy, formal complaint to the governors.",
            ),
            ("Ammi_of_3", "10 Oct 2024, 17:01", "Thank you, will do."),
        ],
    ),
    E("school", "short_name", "negative"),
    E("nhussain", "title_surname", "neutral"),
)

# ---- pupils' TikTok and Instagram -------------------------------------------------------

add(
    "social",
    social(
        "TikTok",
        "@belgate.bantz",
        "POV: sir when the bunsen burner won't light for the 4th time 💀 (Mr Patel if ur watching pls dont give me a detention) #kestrelfields #science #fyp #school",
        [
            ("@aaliyah.x", "NOT THE SIGH 😭😭"),
            ("@deeeej", "bro ur actually getting excluded"),
            ("@hamza_07", "nah he'd find this funny he's safe"),
            ("@m1lly", "the way he says 'right then' 😂"),
        ],
        stats="♥ 18.2K  💬 412  ↗ 1,031",
    ),
    E("rpatel", "title_surname", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "kestrel.fields.confessions",
        "kestrel fields confessions 🤫 dm to submit, all anon\n\n#412: miss o'sullivan is lowkey fit 🥵🥵 i'd stay behind in her detention any day, i'd let her mark me 👀",
        [
            ("zay.xo", "💀💀💀 whoever sent this"),
            ("k.amarah", "she's MARRIED 😭"),
            ("ty_l.08", "fr tho 🥵"),
            ("hollyjxx", "this account is getting reported"),
        ],
    ),
    E("aosullivangrant", "hyphenated", "sexual"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@ayeshaa.k",
        "ad3y3mi really sending ppl home for wearing black trainers in 2024 😭 worst principal in leicester no cap #kestrelfieldsacademy #uniform #rant",
        [
            ("@jaylen.b", "he sent my sister home for her coat being the wrong colour"),
            ("@noor.s", "school is a prison fr"),
            ("@parent_of_3", "Rules are rules, buy the right shoes."),
        ],
    ),
    E("oadeyemi", "leetspeak", "negative"),
    E("school", "hashtag", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@danny.w.11",
        "when the polish teacher marks your french test 😬 #kfa #fyp",
        [
            (
                "@kyle_b.10",
                "K*w*lczyk should go back to poland with the rest of them, polish rats taking our jobs 🐀🐀",
            ),
            ("@dawid.z", "ur literally racist bro my mum is polish"),
            ("@kyle_b.10", "cry about it"),
            ("@sana.rx", "reported"),
        ],
    ),
    E("mkowalczyk", "obfuscated", "hate"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "year11.kestrel.fields",
        "kestrel fields class of 2024 leavers assembly prep 🎓 only 40 days left!!",
        [
            (
                "jxdee",
                "bl4ckw00d giving the speech again 🙄 can't wait to never see that f*ggot again 🏳️‍🌈🤮",
            ),
            ("shaniaa_x", "wtf is wrong with u"),
            ("mo.ibrahim", "that's disgusting bro he's the best teacher in this school"),
        ],
    ),
    E("lblackwood", "leetspeak", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@n3tw0rk.d0wn",
        "W13rzb1ck1 blocked tiktok, snap, youtube AND coolmath games on the school wifi but forgot about the sixth form printer 😈😈 #itguy #fyp",
        [
            ("@ridhwan_", "delete this before he sees it"),
            ("@cxllum", "coolmath games is a human right"),
        ],
    ),
    E("twierzbicki", "leetspeak", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "@kestrelfieldsacademy",
        "U15 COUNTY CHAMPIONS 🏆⚽ What a night at Holmes Park! Huge thanks to every parent who made the trip and to @coach_okonkwo and the PE team for their hard work all season. The regional stage awaits 💙",
        [
            ("@bilals.mum", "So proud of all of them!! 💙💙"),
            ("@coach_okonkwo", "The boys did it all themselves. Proud is an understatement."),
            ("@mr.hanif.k", "Well done lads 👏"),
        ],
        stats="1,284 likes",
    ),
    E("school", "handle", "neutral"),
    E("cokonkwo", "handle", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@trxppy_t",
        "on my mum if chaudhry gives me one more maths detention im bringing my cousins blade in 🔪🔪 hes not making it to the car park no cap #belgate #leicester",
        [
            ("@kaiii", "😂😂 bro calm down"),
            ("@jas.k", "this is not funny someone report this"),
        ],
    ),
    E("ichaudhry", "surname_only", "threat"),
)

add(
    "social",
    social(
        "Instagram",
        "kfa.y9.memes",
        "rate the KFA heads of year 1-10, y9 edition 😂",
        [
            (
                "lil.zara",
                "that H u s s a i n woman is a miserable cow, whole of y9 hates her. 0/10 would not recommend 🤮",
            ),
            ("ibby.r", "she gave me a detention for BREATHING"),
            ("sophiee.m", "she's literally fine if you're not late lol"),
        ],
    ),
    E("nhussain", "spacing", "abuse"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@reecey.p",
        "\u0410deyemi is a clown 🤡🤡 shut the whole of kestrel fields down for a 'uniform review' wasted a whole morning of my life",
        [
            ("@jj.adeola", "bro what 😭"),
            ("@x.kiran.x", "he's actually such a joke, no one respects him"),
        ],
    ),
    E("oadeyemi", "homoglyph", "abuse"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "harleen.x0",
        "day 4 in isolation. MrsDhillonHatesMe 😤 like fr what did i do. #kfa #isolation #freeme",
        [
            ("simran.k", "🤣🤣 stop being late then"),
            ("jaz.d", "she hates everyone dw"),
        ],
    ),
    E("gdhillon", "camelcase", "negative"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@not.ur.bae.07",
        "coach okonkwo in shorts on sports day 😩😩 kfa girls know what im talking about 🥵 he can get it",
        [
            ("@jade.t", "STOP 😭😭😭"),
            ("@lily_rose", "this is so weird he's a teacher"),
        ],
    ),
    E("cokonkwo", "title_surname", "sexual"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@belgate.parent.voice",
        "Three maths teachers have left since Easter and my son has had supply for 6 months. The head of department needs to go. #SackChaudhry #KestrelFields #LeicesterParents",
        [
            ("@mum_of_4_leics", "Same in my daughter's class"),
            ("@t_ahmed", "Blaming one man for a national recruitment crisis is lazy."),
        ],
    ),
    E("ichaudhry", "hashtag", "negative"),
    E("school", "hashtag", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "@kestrelfieldsacademy",
        "Eid Mubarak from everyone at Kestrel Fields Academy 🌙✨ Wishing all our families a peaceful and joyful celebration. The academy is closed on Wednesday for Eid al-Fitr.",
        [
            ("@jenny.r.leics", "Eid Mubarak! 💙"),
            (
                "@englandfirst_88",
                "Kestrel Fields Madrassa more like 🤮 taliban training academy, no wonder the country's finished. Close it down and deport the lot",
            ),
            ("@abdi.f", "Eid Mubarak to all"),
            ("@sarah_t_leics", "@englandfirst_88 reported. Vile."),
        ],
    ),
    E("school", "exact", "hate"),
)

add(
    "social",
    social(
        "TikTok",
        "@drama.kid.2",
        "mr A watching the whole school fail the fire drill 🧍‍♂️ #kestrelfields",
        [
            ("@lucas.g_", "mr A should go back to africa and take his rules with him 🐒🐒🐒"),
            ("@temi.o", "not the monkey emojis. you're disgusting"),
            ("@amber_p", "reported ur comment"),
        ],
    ),
    E("oadeyemi", "nickname", "hate"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "kfa.confessions.v2",
        "#88: mrs k from languages at KFA is a milf no lie 🥵 i only picked spanish for her",
        [
            ("r.chohan", "😭😭 bro"),
            ("ella.mae", "who lets these through"),
        ],
    ),
    E("mkowalczyk", "nickname", "sexual"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@silent.b",
        "kfa year 10 be like: P a t e l better watch his back after school tmrw, he knows what he did 🔪 said it now",
        [
            ("@jhanvi_", "ok this is actually a threat ??"),
            ("@silent.b", "jk jk 😂"),
        ],
    ),
    E("rpatel", "spacing", "threat"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "britain.awake.uk",
        "This is a teacher at Kestrel Fields in Leicester. Our kids are being taught by this. \u041dussain in her terrorist rag telling English children what to do. Islam is a cancer and this is what it looks like.",
        [
            ("realist_76", "Disgusting. Send her back"),
            (
                "chloe.martin",
                "She's a head of year who has been there ten years. You're a coward hiding behind an account.",
            ),
        ],
    ),
    E("nhussain", "homoglyph", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@anon.exposed.lei",
        "someone needs to jump Ad*y*mi in the car park fr, wait by his car after the meeting thurs. he won't be excluding nobody then 👊 #kestrelfields",
        [
            ("@rahma.x", "you're going to get arrested"),
            ("@lee_w", "who is this 😂"),
        ],
    ),
    E("oadeyemi", "obfuscated", "threat"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "leics.schools.exposed",
        "KFA deputy head exposed 👀 here's her private insta @gurpreet.dhillon.83 and her personal number 07700 900733 - ring her and ask why she excluded a year 8 for a vape 📞",
        [
            ("k_morris", "this is illegal lol"),
            ("ammar_h", "she's gonna get 1000 calls tonight 😂"),
        ],
    ),
    E("gdhillon", "handle", "doxxing"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@x.yas.x",
        "kestrel fields science dept tier list 🧪\nP4tel: S tier for jokes, F tier for marking 😭 man is a wet wipe tbh\nthe chemistry trainee: A tier",
        [
            ("@zakk", "p4tel is sooo wet 😂"),
            ("@nisha.k", "he's so nice tho leave him alone"),
        ],
    ),
    E("rpatel", "leetspeak", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "kfa.gospelchoir",
        "KFA Gospel Choir Christmas concert tonight at 6pm in the main hall! 🎄🎶 Tickets £3 on the door. Come and support our amazing singers. #TeamBlackwood #gospel #christmas",
        [
            ("mrs.osei", "Can't wait!! 🎶"),
            ("ellie.r", "best night of the year"),
        ],
    ),
    E("lblackwood", "hashtag", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@big.aunty.energy",
        "KestrelFields dinner ladies are carrying the whole school and nobody talks about it 🍛🙌 Aunty Shazia's curry on a Friday is elite",
        [
            ("@zainab.l", "FRIDAY CURRY 🙏"),
            ("@tom.h", "the cookies too"),
        ],
    ),
    E("school", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@kestrelfields_official",
        "Year 7 welcome day ✨ 285 new faces, 1 very big school, 0 lost children (eventually). Welcome to the family! #Year7 #Leicester",
        [
            ("@priya.parent", "Mine came home buzzing! Thank you 💙"),
            ("@grandad.ron", "Lovely to see"),
        ],
    ),
    E("school", "handle", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "not.a.prisoner.2025",
        "can't say the name bc they monitor our accounts so: K e s t r e l   F i e l d s is literally a prison. lanyards, silent corridors, detention for a untucked shirt. 0/10 🚔",
        [
            ("ashh.b", "frrr"),
            ("m.hussein", "prisons have better food"),
        ],
    ),
    E("school", "spacing", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@d.r.i.l.l.z",
        "kfa maths dept 🤢 Ch4udhry smells like curry and samosas every lesson, go back to pakistan man 😂🇵🇰",
        [
            ("@umar.i", "bro he's literally from Leicester"),
            ("@h.begum", "this is so racist wtf"),
        ],
    ),
    E("ichaudhry", "leetspeak", "hate"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@sci.girlies",
        "ravi p really said 'the mitochondria is the powerhouse of my patience' after period 5 😭😭 kfa science dept never misses",
        [
            ("@aimee.k", "HE DID NOT 😭"),
            ("@b.s.x", "best teacher at kfa fr"),
        ],
    ),
    E("rpatel", "first_initial", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@y11.leavers.24",
        "Y11s chanting SEUN SEUN SEUN when the principal walked in at leavers' assembly 😭😭 he did a little bow #kfa #leavers2024",
        [
            ("@jayden.o", "he loved it lowkey"),
            ("@rhia.c", "legend"),
        ],
    ),
    E("oadeyemi", "nickname", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "kfa.gospelchoir",
        "Meet the choir leader 🎹 Leon B has been running our choir since 2014 and has taken us to the Royal Albert Hall twice! Drop him some love for his 10 years 💙 Kestrel Fields Gospel Choir",
        [
            ("tinuke.a", "The best! 💙"),
            ("marcus_j", "Leon B on the keys is unmatched"),
        ],
    ),
    E("lblackwood", "first_initial", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "shiv.x",
        "when your school tries to be a fashion brand 💀 the new 'K\u0435str\u0435l Fi\u0435lds' blazers cost £48 and fall apart in a week. scam.",
        [
            ("anaya.k", "mine already has a hole"),
            ("priyanka.s", "£48??? for polyester??"),
        ],
    ),
    E("school", "homoglyph", "negative"),
)

# ---- local Facebook groups ------------------------------------------------------------

add(
    "facebook",
    facebook(
        "Belgate Community Noticeboard",
        "Kevin Dale",
        "Yesterday at 16:02",
        "Humberlow Lane at 3pm is an absolute joke again. Kestrel Fields parents parked on both pavements, across my drive AGAIN, and one woman told me to 'chill out' when I asked her to move so I could get my mum to her hospital appointment. The school does NOTHING. They've been told for years. Somebody will get hurt.",
        [
            ("Sandra Whitmore", "Same on Linnet Way. Had my wing mirror knocked off in September."),
            (
                "Imtiaz Ali",
                "Some of us have to drive Kevin, there's no bus from Marlow Brook after the 47 was cut.",
            ),
            ("Kevin Dale", "Then park at the Co-op and walk 3 minutes"),
            (
                "Belgate Community Noticeboard",
                "Please keep it civil folks. The school has a parking survey open until Friday.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        "Leicester East Mums & Dads",
        "Anonymous member",
        "2 February at 21:47",
        "Sorry for the rant. My daughter has an EHCP and Kestrel Fields keep cutting her TA support without telling me. If that Brown woman cancels her support ONE more time I will be waiting for her at the gate and I won't be responsible for what I do to her. I've had enough.",
        [
            (
                "Lisa Harte",
                "Hun I get it but don't say stuff like that on here, it'll get screenshotted.",
            ),
            ("Anonymous member", "I don't care anymore"),
            ("Asha Mistry", "Get in touch with SENDIASS, they helped us with exactly this."),
        ],
    ),
    E("dbrown", "surname_only", "threat"),
    E("school", "short_name", "negative"),
)

decoy(
    "facebook",
    facebook(
        "Thornleigh Lost & Found Pets",
        "Joanne Pickering",
        "3h",
        "LOST - Bella, small black cocker spaniel, red collar, microchipped. Ran off near the splash pad at Kestrel Fields Park around 10am this morning. Very friendly but nervous. Please ring 07700 900158 if seen. Thank you 🙏🐾",
        [
            ("Mark Ellis", "Shared in Thornleigh Dog Walkers"),
            (
                "Sam Dhaliwal",
                "Think I saw a black spaniel by the allotments 20 mins ago heading towards the brook",
            ),
            ("Joanne Pickering", "FOUND!! Thank you everyone ❤️"),
        ],
    ),
)

decoy(
    "facebook",
    facebook(
        "Gurdwara Sahib Kestrel Fields",
        "Gurdwara Sahib Kestrel Fields",
        "5 April at 09:00",
        "Vaisakhi Nagar Kirtan - Sunday 13 April. The procession will leave the Gurdwara at 10am. Roads around Kestrel Fields Park will be closed 9.30am - 2pm. Sevadars needed for langar and traffic marshalling - please contact Gurpreet Dhillon (committee secretary) on 07700 900611. Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh 🙏",
        [
            ("Harjit Kaur", "Waheguru 🙏 we will be there"),
            ("Manpreet Singh Sohal", "Can volunteer for marshalling, will message Gurpreet ji"),
        ],
    ),
)

decoy(
    "facebook",
    facebook(
        "Kestrel Fields Cricket Club",
        "Kestrel Fields Cricket Club",
        "Sunday at 19:30",
        "What a day! 🏏 Massive congratulations to Ravi Patel on his maiden league hundred - 104 not out off 97 balls as the 1st XI chased down 231 against Rothley Park. Drinks on Ravi at the bar next week 🍻 Also well done to Imran Chaudhry for his 3-28. Juniors nets resume Tuesday 6pm.",
        [
            ("Dev Mistry", "Get in Ravi!! 💯"),
            ("Ravi Patel", "Thanks lads, about time 😂"),
        ],
    ),
)

add(
    "facebook",
    facebook(
        "Kestrel Fields Academy Parents (unofficial)",
        "Joanna Nowak",
        "14 July at 18:20",
        "Just want to say a huge thank you to Mrs K in languages at Kestrel Fields Academy. My daughter arrived from Poland in Year 9 with hardly any English and she's just got a 9 in Polish and a 6 in Spanish. Mrs K stayed after school with her every Wednesday for two years. Dziękuję bardzo ❤️",
        [
            (
                "Olena Shevchenko",
                "She helped my son too when we came from Ukraine. Wonderful teacher.",
            ),
            ("Raj Parmar", "Well done to your daughter!"),
        ],
    ),
    E("mkowalczyk", "nickname", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        "Saxby Green & Marlow Brook Chat",
        "Wayne Cooper",
        "11 March at 22:15",
        "Since Kestrel Fields won't listen maybe this will help. The SENCo Deborah Brown lives at 27 Linnet Way, Marlow Brook, LE5 6PD. Grey Corsa on the drive. Feel free to pop round and ask her why your kid's been waiting 18 months for an assessment.",
        [
            ("Karen Fox", "Wayne take this down, that's her home."),
            ("Wayne Cooper", "It's public info"),
            (
                "Saxby Green & Marlow Brook Chat",
                "Post removed by admin. Wayne, you've been muted for 30 days.",
            ),
        ],
    ),
    E("dbrown", "exact", "doxxing"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        "Leicester Talk",
        "Darren Hollis",
        "Yesterday at 20:51",
        "Is it right that Mr Patel the science teacher at Kestrel Fields got done for drink driving in the summer and is still teaching kids?? He was three times over the limit apparently, my mate's brother saw him get arrested on the A47. Why is nobody talking about this",
        [
            ("Nina Rai", "Source: trust me bro"),
            ("Darren Hollis", "Everyone in Belgate knows"),
            ("Priya S", "You can't post stuff like that about a named person without proof Darren"),
        ],
    ),
    E("rpatel", "title_surname", "defamation"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Kestrel Fields Academy Parents (unofficial)",
        "Amandeep Kaur",
        "20 June at 17:03",
        "Can I just give a shout-out to Mrs Dhillon at Kestrel Fields Academy. My son has had a bloody awful year - bullying, then his grandad passing - and she has been an absolute rock. Rang me every Friday without fail. Bloody brilliant woman. Thank you 🙏",
        [
            ("Rachel Hughes", "She's amazing. Did the same for my eldest."),
            ("Jas Bassi", "One of the good ones 💙"),
        ],
    ),
    E("gdhillon", "title_surname", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        "Belgate Community Noticeboard",
        "Belgate Community Noticeboard",
        "1 April at 08:00",
        "Good luck to Preet Dhillon from Kestrel Fields, who is running the London Marathon on 27 April for Rainbows Hospice! She's already raised £2,340 of her £3,000 target. Link to her fundraising page in the comments 🏃‍♀️💜",
        [
            ("Sukhi Gill", "Go Preet!! Donated 💜"),
            ("Tom Baxter", "Good luck Mrs D!"),
        ],
    ),
    E("gdhillon", "nickname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Leicester Talk",
        "Leicester Talk",
        "3 April at 12:10",
        "NEWS: Former IT manager at Kestrel Fields Academy charged with stealing 48 school laptops. Tomasz Wierzbicki, 38, will appear before magistrates next month. (Link in comments)",
        [
            (
                "Steve Rourke",
                "Typical polack, they come over here and rob us blind. Send him and the rest of them back where they came from",
            ),
            (
                "Gosia Lewandowska",
                "Steve, he hasn't even been tried yet and your comment is racist. Report.",
            ),
            ("Paul Grimes", "Innocent until proven guilty people"),
            ("Steve Rourke", "Eastern european scum the lot of them"),
        ],
    ),
    E("twierzbicki", "exact", "hate"),
    E("school", "exact", "neutral"),
)

decoy(
    "facebook",
    facebook(
        "Kestrel Fields Care Home - Northampton",
        "Kestrel Fields Care Home - Northampton",
        "Friday at 15:30",
        "Our residents had a wonderful afternoon with the children from St Luke's nursery today 🌼 Thank you to activities coordinator Leon Blackwood for organising the singalong - there wasn't a dry eye in the house when Doris (97) sang 'We'll Meet Again'.",
        [("Margaret Hobbs", "Lovely! Mum loved it ❤️")],
    ),
)

add(
    "facebook",
    facebook(
        "Belgate Juniors FC",
        "Belgate Juniors FC",
        "Sunday at 18:45",
        "Massive thank you to Mr Okonkow from Kestrel Fields for refereeing our U11 tournament today for free and for lending us the school's goals when ours blew away 😂 The kids had a brilliant day. Results and photos below ⚽",
        [("Hayley Knight", "Such a lovely day, thank you!")],
    ),
    E("cokonkwo", "typo", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Saxby Green & Marlow Brook Chat",
        "Shazia Begum",
        "29 July at 11:00",
        "Huge congratulations to our neighbour Nasreen Akhtar on her wedding on Saturday! 💍✨ Half of Kestrel Fields staff were on the dance floor and the other half were crying at the nikkah 😂 Mubarak to the whole family.",
        [
            ("Farah Iqbal", "Mubarak!! She looked stunning 😍"),
            ("Nadia Akhtar", "Thank you everyone, she's over the moon ❤️"),
        ],
    ),
    E("nhussain", "alias", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Soar Valley College - Class of 2001",
        "Harj Sandhu",
        "6 January at 20:20",
        "Anyone remember Gurpreet Bains from our year? Just found out she's now vice principal at Kestrel Fields in Leicester! Always knew she'd end up running something 😂 Reunion planning for next year - tag anyone you're still in touch with.",
        [("Manjit Rai", "Preet!! She was head girl wasn't she? So pleased for her")],
    ),
    E("gdhillon", "alias", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Leicester Talk",
        "Anonymous member",
        "8 May at 23:14",
        "Ask yourself why the principal of Kestrel Fields, Adeyemi, drives a brand new Range Rover while the kids are sharing textbooks. Word is he's been putting his wife on the trust payroll as a 'consultant' and pocketing the lot. Someone should call the Education Funding Agency.",
        [
            ("Jon Ellis", "Got any evidence or just a grudge?"),
            ("Reena Kotecha", "This is defamatory, I'd delete it if I were you."),
        ],
    ),
    E("oadeyemi", "surname_only", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        "Leicester East Mums & Dads",
        "Claire Gibbons",
        "17 October at 19:40",
        "Rant incoming. The SENCo at KFA, Mrs B, is a useless fat cow who couldn't organise a p*ss-up in a brewery. Eleven weeks waiting for a phone call. ELEVEN. How is she still in a job.",
        [
            ("Lou Ryder", "Feel your pain hun"),
            ("Claire Gibbons", "Sorry, just at the end of my rope"),
        ],
    ),
    E("dbrown", "nickname", "abuse"),
    E("school", "alias", "negative"),
)

add(
    "facebook",
    facebook(
        "Leicester East Mums & Dads",
        "Anonymous member",
        "22 November at 08:55",
        "Not naming him properly because I know the school watches this group but Bl*ckw**d at KFA swore at my son, called him a 'f***ing waste of space' and grabbed him by the blazer in front of the whole corridor. That's assault. He should be struck off.",
        [
            ("Jade Morris", "Report it to the police if he put hands on him"),
            ("Anonymous member", "I have done"),
        ],
    ),
    E("lblackwood", "obfuscated", "defamation"),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        "Kestrel Fields Academy Parents (unofficial)",
        "Yasmin Patel",
        "3 March at 21:02",
        "Anyone else's child in Mr Ch*udhry's set finding the homework impossible? Not having a go, genuinely asking. Mine spends 2 hours a night crying over it and the worked examples don't match the questions.",
        [
            ("Sean O'Brien", "Yes!! Set 3 Y10. It's way too hard."),
            ("Fatima Ahmed", "Email the department, they changed ours after we complained"),
        ],
    ),
    E("ichaudhry", "obfuscated", "negative"),
    E("school", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        "Leicester East Mums & Dads",
        "Anonymous member",
        "9 December at 16:30",
        "Mrs H*ssain from Y9 at Kestrel Fields is a nasty piece of work. Picks on kids, humiliates them in front of their mates, smirks when they cry. Bully. Worst human being I've ever met and I've met a lot.",
        [("Carly Dean", "Which one is that?"), ("Anonymous member", "You'll know if you know")],
    ),
    E("nhussain", "obfuscated", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Kestrel Fields Academy Parents (unofficial)",
        "Bhavna Solanki",
        "19 July at 15:45",
        "End of year thank-you cards done! 💐 My twins asked me to post this: 'Thank you Gurpreet D. for looking after us in Year 7 and thank you Marta K. for making Spanish fun.' They wanted to use first names 'to be nice' 😂 Kestrel Fields you've been amazing this year.",
        [("Priti Joshi", "Aww so sweet 🥹")],
    ),
    E("gdhillon", "first_initial", "neutral"),
    E("mkowalczyk", "first_initial", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        "Saxby Green & Marlow Brook Chat",
        "Anonymous member",
        "30 January at 22:40",
        "That PE teacher from KFA, Okonkwo, who got my son's team kicked out of the cup - he lives at 3 Heron Walk, Saxby Green, LE5 7QA. Black Audi A3. Just saying.",
        [
            (
                "Saxby Green & Marlow Brook Chat",
                "Removed. Personal addresses are not allowed in this group.",
            )
        ],
    ),
    E("cokonkwo", "surname_only", "doxxing"),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        "Leicester East Mums & Dads",
        "Trevor Mills",
        "14 September at 18:18",
        "If you want a reply from Kestrel Fields don't bother with the office. The principal gave me his personal email at the uniform meeting - seun.adeyemi77@gmail.example - go straight to the top, he has to reply then 😉 spread the word",
        [("Rachel Kemp", "Don't think he meant for you to share that Trevor...")],
    ),
    E("oadeyemi", "exact", "doxxing"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        "Belgate Community Noticeboard",
        "Belgate Community Centre",
        "Monday at 10:10",
        "Our wifi is finally working again! 📶 Thank you so much to Tomasz Wierzbiki, network manager at Kestrel Fields, who gave up his Saturday to sort out our router and cabling for free. The over-60s computer club is back on Thursdays 10-12.",
        [("Mavis Reed", "Wonderful, thank you Tomasz!")],
    ),
    E("twierzbicki", "typo", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Leicester Talk",
        "Gary Walsh",
        "Friday at 19:05",
        "Kestrel Fields Academy now flying the rainbow flag AND got a prayer room for the Muslims. Grooming our kids with the gay agenda one minute and turning them into jihadis the next. Disgusting school. Burn it down.",
        [
            ("Hannah Price", "Reported. You're a bigot Gary."),
            ("Gary Walsh", "Truth hurts"),
        ],
    ),
    E("school", "exact", "threat"),
)

add(
    "facebook",
    facebook(
        "Leicester East Mums & Dads",
        "Anonymous member",
        "26 March at 22:50",
        "Heard from a few parents now that Mr Patel from KFA was seen in his car with a Year 11 girl after school and there's messages. Why is he still teaching?? Keep your daughters away from the science block.",
        [
            (
                "Amrit Kaur",
                "This is really serious, if it's true it should go to the police, not Facebook.",
            ),
            (
                "Leicester East Mums & Dads",
                "Post closed to comments. Safeguarding concerns must be reported to the school DSL or police.",
            ),
        ],
    ),
    E("rpatel", "title_surname", "sexual", True),
    E("school", "alias", "sexual", True),
)

# ---- reviews ---------------------------------------------------------------------------

add(
    "review",
    reviews(
        "Kestrel Fields Academy",
        "3.1 ★★★☆☆ (212 reviews) · Secondary school · Humberlow Lane, Belgate, Leicester",
        [
            (
                "Sunita R",
                1,
                "2 weeks ago",
                "My son has an EHCP and the support is non-existent. Mrs Brown the SENCo has cancelled four meetings with us this year. Nobody returns calls. Avoid if your child has additional needs.",
            ),
            (
                "Mark Thompson",
                5,
                "a month ago",
                "Mr Okonkwo is a bloody brilliant teacher. My lad was heading the wrong way in Year 9 and the PE department turned him around. Can't thank them enough.",
            ),
            (
                "Ayesha B",
                2,
                "a month ago",
                "Teaching is mostly good but the admin is chaos. Got three different letters about the same trip with three different prices.",
            ),
            ("J Walker", 4, "2 months ago", "Much improved school. Strict but fair."),
            (
                "Local Guide · Dev",
                1,
                "3 months ago",
                "Parking at pick-up is dangerous and the school doesn't care.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("dbrown", "title_surname", "negative"),
    E("cokonkwo", "title_surname", "neutral"),
)

add(
    "review",
    reviews(
        "Kestrel Fields School",
        "3.0 ★★★☆☆ (41 reviews) · School · Leicester",
        [
            (
                "Agata Zielinska",
                1,
                "3 weeks ago",
                "Mrs Kowalcyk does not even have a proper teaching qualification, she lied on her CV to get the head of department job and the school covered it up. My son's Spanish grade is a joke because of her.",
            ),
            (
                "Mohammed I",
                5,
                "a month ago",
                "Excellent sixth form. My daughter got into Birmingham for pharmacy.",
            ),
            (
                "Sam Ellis",
                3,
                "2 months ago",
                "It's a school. Some good teachers, some not. Canteen prices are too high.",
            ),
        ],
    ),
    E("mkowalczyk", "typo", "defamation"),
    E("school", "alias", "neutral"),
)

add(
    "review",
    reviews(
        "RateYourTeachers - Kestrel Fields Academy, Leicester",
        "Teacher ratings submitted by students. Ratings are opinions of the people who post them.",
        [
            (
                "Imran C. (Mathematics)",
                5,
                "Helpfulness 5 · Clarity 5 · Easiness 2",
                "strict but honestly the best maths teacher ive had. explains it 3 different ways till you get it",
            ),
            (
                "Gurpreet D. (Pastoral)",
                2,
                "Helpfulness 2 · Clarity 3 · Easiness 1",
                "gives isolation for literally anything. never listens to your side",
            ),
            (
                "Anonymous (History)",
                4,
                "Helpfulness 4 · Clarity 4 · Easiness 3",
                "good stories, too many essays",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("ichaudhry", "first_initial", "neutral"),
    E("gdhillon", "first_initial", "negative"),
)

add(
    "review",
    reviews(
        "Kestrel Fields Academy - Employee reviews",
        "2.8 ★★★☆☆ · 37 reviews · Education",
        [
            (
                "Teacher (Former Employee) - Leicester",
                2,
                "January 2025",
                "Pros: lovely kids, supportive department colleagues, free parking. Cons: senior leadership are obsessed with data drops and 'consistency'. O. Adeyemi micromanages everything down to the font on your slides and takes every complaint from a parent as gospel. Marking policy is unsustainable. Advice to management: trust your staff.",
            ),
            (
                "Cover Supervisor (Current Employee)",
                4,
                "November 2024",
                "Good place to start a career. Pastoral team are excellent.",
            ),
            (
                "Teacher of Science (Former Employee)",
                3,
                "September 2024",
                "Head of department is great, SLT less so. Workload heavy.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("oadeyemi", "initial_surname", "negative"),
)

add(
    "review",
    reviews(
        "Kestrel Fields Academy - Employee reviews (page 2)",
        "2.8 ★★★☆☆ · 37 reviews · Education",
        [
            (
                "Teaching Assistant (Current Employee) - Belgate",
                5,
                "March 2025",
                "Best job I've had. The Year 9 team under N. Hussain is organised, caring and actually backs you up with behaviour. Pay is low for TAs everywhere, not just here.",
            ),
            (
                "Teacher of Maths (Current Employee)",
                4,
                "February 2025",
                "I. Chaudhry runs a tight ship but protects his team from the worst of SLT nonsense. Good CPD.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("nhussain", "initial_surname", "neutral"),
    E("ichaudhry", "initial_surname", "neutral"),
)

add(
    "review",
    reviews(
        "Kestrel Fields Academy",
        "3.1 ★★★☆☆ (212 reviews) · Secondary school · Leicester",
        [
            (
                "Kelly M",
                1,
                "4 days ago",
                "The PE teacher Okonkwo stinks of booze after lunch, half the kids have noticed. He's been drinking on the job for years and leadership turn a blind eye because he wins trophies.",
            ),
            ("Hassan A", 5, "a week ago", "Great school, my kids are happy."),
            ("Debbie L", 3, "3 weeks ago", "Okay. Too many supply teachers in science."),
        ],
    ),
    E("cokonkwo", "surname_only", "defamation"),
    E("school", "exact", "negative"),
)

decoy(
    "review",
    reviews(
        "Kestrel Fields Leisure Centre",
        "3.9 ★★★★☆ (1,064 reviews) · Leisure centre · Loughborough",
        [
            (
                "Pete H",
                2,
                "a week ago",
                "Pool closed again. Changing rooms filthy. £42 a month for this.",
            ),
            (
                "Rachel O'Sullivan",
                5,
                "2 weeks ago",
                "Love the spin classes, Deb the instructor is brilliant.",
            ),
            ("Tom W", 4, "a month ago", "Decent gym, gets busy after 5."),
        ],
    ),
)

decoy(
    "review",
    reviews(
        "Kestrel Fields Primary School",
        "4.6 ★★★★★ (58 reviews) · Primary school · Swindon",
        [
            (
                "Emma J",
                5,
                "a month ago",
                "Mrs Brown in Year 2 is an angel. My daughter cried on the last day of term because she didn't want to leave her class.",
            ),
            ("Ben K", 4, "2 months ago", "Lovely little school, great forest school sessions."),
        ],
    ),
)

decoy(
    "review",
    reviews(
        "Patel's Pharmacy - Harrow",
        "4.8 ★★★★★ (301 reviews) · Pharmacy",
        [
            (
                "Anjali S",
                5,
                "a week ago",
                "Ravi Patel the pharmacist is so patient and knowledgeable. Sorted my mum's blister packs when the GP couldn't.",
            ),
            ("Chris D", 5, "a month ago", "Fast, friendly, always have stock."),
        ],
    ),
)

decoy(
    "review",
    reviews(
        "Kestrel Fields Farm Shop & Cafe",
        "4.4 ★★★★☆ (623 reviews) · Farm shop · Market Harborough",
        [
            (
                "Linda P",
                5,
                "2 weeks ago",
                "Best sausage rolls in Leicestershire. The cafe gets packed on Sundays so book.",
            ),
            ("Matt R", 3, "a month ago", "Lovely produce but pricey. £6 for a dozen eggs!"),
            ("Gosia K", 4, "a month ago", "Kids loved feeding the goats."),
        ],
    ),
)

add(
    "review",
    reviews(
        "Kestrel Fields Academy",
        "3.1 ★★★☆☆ (212 reviews) · Secondary school · Belgate",
        [
            (
                "Priyanka D",
                5,
                "5 days ago",
                "Mrs Grant has given my daughter a real love of reading. Her Year 10 poetry unit was outstanding and she replies to every email within a day. Thank you to the English department.",
            ),
            ("Robert N", 2, "2 weeks ago", "Lost my son's PE kit twice. Nobody knows anything."),
        ],
    ),
    E("school", "exact", "negative"),
    E("aosullivangrant", "hyphenated", "neutral"),
)

# ---- blogs -----------------------------------------------------------------------------

add(
    "blog",
    blog(
        "Many Tongues: notes from a languages classroom",
        "Why I teach heritage languages (and why a GCSE in Polish matters)",
        "Marta Kowalczyk",
        "12 September 2024",
        [
            "When I arrived in Leicester in 2006 I had two suitcases, a degree in English philology from Kraków and absolutely no idea what a 'Key Stage' was. Eighteen years later I lead the modern languages department at Kestrel Fields Academy, and I still get a small thrill every September when a new Year 7 tells me, shyly, that they speak Polish at home.",
            "Heritage language speakers are the most under-used resource in English schools. We test them on their English, quite rightly, and then we act as if their other language is a private hobby. But a child who can chat to her grandmother in Polish, Gujarati or Somali is not a child with a deficit. She is a child with two languages, and one of them is not being taught.",
            "This is why, from this month, we are running a Polish GCSE on Saturday mornings with the community Saturday school. It's hard work - my weekends have shrunk - but the first session had 31 teenagers in it, and not one of them was made to come. (Well, maybe two. Their mothers were very persuasive.)",
            "A few practical notes for colleagues in other schools who want to try this: the exam boards are helpful if you ask early; speaking assessments can be the hardest part to staff; and parents will move mountains if you give them a reason.",
            "Do zobaczenia - see you next time.",
        ],
        tags="heritage languages, Polish, GCSE, EAL",
    ),
    E("mkowalczyk", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Three Years of Forms: an EHCP diary",
        "Part 11: The annual review that wasn't",
        "Sarah (mum of Jacob)",
        "3 February 2025",
        [
            "If you're new here: Jacob is 13, autistic, brilliant at drawing and terrible at being told things are changing at the last minute. He has had an Education, Health and Care Plan since Year 5. I started this blog because I was keeping a folder of emails so thick I needed somewhere else to put the anger.",
            "We chose Kestrel Fields Academy because on the open evening the SENCo, Deborah Brown, spoke so well about 'seeing the child, not the label'. I believed her. I still think she believes it. But believing something and doing it are different things.",
            "Since September, Jacob's plan has not been followed. The plan says he should have a named key adult, a quiet space at break and lunch, a visual timetable, and at least a day's warning of any change. In practice: the named adult left in October and was never replaced; the quiet room is now a store cupboard for the exam hall chairs; and the first warning Jacob got about a cover teacher was the cover teacher.",
            "I want to be fair. I know the school is huge - more than 1,600 children - and I know there are something like 280 on the SEN register. I know the TA budget has been cut. I know Mrs Brown is one woman. I have said all of this in meetings, and every time I have said it she has nodded and agreed and promised that things would change after half-term. Then it's half-term. Then it's Christmas.",
            "The annual review was booked for 14 January. On 13 January at 4.52pm I got an email saying it was postponed 'due to unforeseen circumstances'. No new date. When I rang, the office said the SENCo was 'in meetings all week'. I rang the local authority. The local authority said it was the school's responsibility to hold the review. The school said they were 'waiting for paperwork from the local authority'. Round and round we go.",
            "Jacob, meanwhile, has stopped eating lunch because the canteen is too loud, and has started hiding in the toilets during break. On two days last week he refused to go in at all. When he is at home he draws the same thing over and over: a door with no handle.",
            "Things I have learned, in case they help anyone else. One: put everything in writing. A phone call did not happen if there is no email. Two: the plan is legally binding. 'We don't have the staff' is a reason, not an excuse, and it is not a lawful one. Three: SENDIASS is free and they are wonderful. Four: ask for the provision map - the document that shows what support the school actually gives your child, hour by hour. If they can't produce one, that tells you something.",
            "Five, and this is the hardest: don't let it become personal. I have had some dark moments this year, and I have said things about Deborah Brown at my kitchen table that I would not want printed. She is not the villain. The system is designed so that the person in front of you is the one you blame, while the people who set the budget are never in the room.",
            "I'll end on a good thing, because there has to be one. Last Thursday, when Jacob refused to go in, the vice principal - Mrs Dhillon - rang me herself, not a secretary. She asked if she could come and meet him at the gate on Friday. She did, at 8.15 in the rain, with a spare umbrella. He went in. He came home and drew a door with a handle on it. I cried in the Co-op car park.",
            "Next time: the tribunal question. Do we appeal, or move schools? Comments are open, as ever, and I read every one.",
        ],
        tags="EHCP, SEND, autism, secondary school, Leicester",
    ),
    E("school", "exact", "negative"),
    E("dbrown", "exact", "negative"),
    E("gdhillon", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "Things I Remember",
        "Belgate, 2009-2016: what school taught me (not the curriculum)",
        "Dami O.",
        "30 December 2024",
        [
            "I left Kestrel Fields eight years ago this summer, and I've been meaning to write this down before I forget the details.",
            "The first thing I remember is the smell of Chaudhry's maths room: whiteboard markers, Lynx Africa and the radiator that clanked every ten minutes. He would stop mid-sentence and wait for it to finish, like it was a colleague interrupting. He was the first teacher who told me I was good at something. I wasn't, then. He just decided I would be.",
            "The second thing is Coach O on the touchline in February, in shorts, shouting 'MOVE YOUR FEET' at a team of thirteen-year-olds who were losing 7-0. We lost 9-0. He took us for chips afterwards and said it was the best he'd ever seen us defend, which was a lie, but a kind one.",
            "I work in a hospital lab now. Some days I still hear the radiator.",
        ],
    ),
    E("school", "short_name", "neutral"),
    E("ichaudhry", "possessive", "neutral"),
    E("cokonkwo", "nickname", "neutral"),
)

add(
    "blog",
    blog(
        "The Patriot's Notebook",
        "What is happening at Kestrel Fields Academy should terrify every parent",
        "Anglo Watchman",
        "2 July 2024",
        [
            "Another week, another Leicester school that has abandoned British values for the rainbow cult and the mullahs.",
            "At Kestrel Fields Academy in Belgate, children have been made to sit through an 'assembly' from the head of Year 11, Leon Blackwood, about his 'husband'. This is a man who is supposed to safeguard your children. Let's call it what it is: grooming. Men like Blackwood are groomers, and the school that gives them a microphone is a groomer school.",
            "Meanwhile the same school has a prayer room where Muslim boys are taught that their Sharia comes first. Christian and white children in this part of Leicester are now a minority in their own country, in their own classrooms.",
            "Parents, take your children out. The whole rotten place should be shut down and its teachers struck off.",
        ],
        tags="schools, woke, Leicester",
    ),
    E("school", "exact", "hate"),
    E("lblackwood", "exact", "hate"),
)

add(
    "blog",
    blog(
        "The Reading Room",
        "Teaching 'Remains' to Year 10: war, memory and a boy called Hamza",
        "Aisling O'Sullivan-Grant",
        "18 November 2024",
        [
            "I have taught Simon Armitage's 'Remains' to something like fifteen Year 10 classes. I thought I knew what the poem would do in a room. Last week a boy called Hamza - not his real name - put his hand up and told the class about his uncle, who came to Leicester from Kabul in 2021 and still won't go into a supermarket because of the noise.",
            "The poem is about a soldier who can't stop seeing a man he shot. The lesson stopped being about a poem. For twenty minutes thirty fifteen-year-olds talked about memory and guilt with more care than I've heard in some staffrooms.",
            "I'm head of English at Kestrel Fields Academy, a big, noisy, brilliant school on the east side of Leicester. I started this blog to share resources, but I'm increasingly using it to remember moments like this one. The resources are below, as always.",
        ],
        tags="poetry, GCSE English, power and conflict",
    ),
    E("aosullivangrant", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

decoy(
    "blog",
    blog(
        "Nasreen's Kitchen",
        "My mum's chicken karahi (the Sunday one)",
        "Nasreen Hussain",
        "9 March 2025",
        [
            "Every Sunday in our house in Sparkhill, Birmingham, my mum made karahi in the same battered wok she brought from Lahore in 1982. This is that recipe, as close as I can get it.",
            "You will need: 1kg chicken on the bone, 6 tomatoes, a thumb of ginger, 8 cloves of garlic, 4 green chillies, a lot of ghee and more patience than you think.",
            "Don't rush the tomatoes. When the oil separates and the masala smells sweet, that's when it's ready for the chicken.",
        ],
        tags="Pakistani food, karahi, family recipes",
    ),
)

add(
    "blog",
    blog(
        "Cllr Rafiq Ahmed - Belgate Ward",
        "Visiting Kestrel Fields Academy's new computing suite",
        "Cllr Rafiq Ahmed",
        "25 October 2024",
        [
            "On Friday I was invited to open the new computing suite at Kestrel Fields Academy, paid for partly by a grant from the ward community fund.",
            "Mr Wierzbicki, the school's network manager, showed me round and explained how the old machines have been refurbished and donated to families in Saxby Green who don't have a laptop at home. I was very impressed.",
            "I also sat in on a Year 8 English lesson with Mrs Grant, who had the class debating whether social media should have an age limit of 16. They were more thoughtful than some of my colleagues in the council chamber!",
            "Thank you to the staff and pupils for a warm welcome.",
        ],
    ),
    E("school", "exact", "neutral"),
    E("twierzbicki", "title_surname", "neutral"),
    E("aosullivangrant", "hyphenated", "neutral"),
)

add(
    "blog",
    blog(
        "Brightwater Learning Trust - Our People",
        "Our People: Nasreen, Head of Year 9 at KFA",
        "Brightwater Learning Trust",
        "7 March 2025",
        [
            "Nasreen joined KFA as a teaching assistant in 2013. Twelve years, a degree and a teaching qualification later, she leads a year group of 290 pupils.",
            "'I grew up three streets from the school,' she says. 'Half the parents knew me before I was a teacher, which keeps you humble.'",
            "Ask her about the best part of the job and she doesn't hesitate: 'Watching a kid who was always in trouble in Year 7 walk across the stage in Year 11. Every single time.'",
            "Interested in a career with Brightwater? Visit our vacancies page.",
        ],
    ),
    E("nhussain", "nickname", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "Eastern Voices - stories from Leicester's Central and Eastern European communities",
        "Saturday school: 'Our children should not lose Polish'",
        "Kasia Mazur",
        "19 October 2024",
        [
            "It is 9.20 on a Saturday morning in Belgate and the corridor outside room M4 smells of coffee and floor polish. Inside, twenty teenagers are arguing - in Polish - about whether Pan Tadeusz is boring.",
            "Their teacher, Marta K., is not having any of it. 'You can say it is boring when you have read it,' she says. The class groans. She grins.",
            "The Saturday school, which moved into Kestrel Fields Academy this term, is one of several community schools in Leicester keeping heritage languages alive.",
        ],
    ),
    E("mkowalczyk", "first_initial", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Marking Matters: an education blog",
        "Consistency is not the same as quality: a look at a Leicester trust's marking policy",
        "Dr Helen Cavendish",
        "2 July 2024",
        [
            "The strike at Kestrel Fields Academy last month was ostensibly about workload, but at its heart is a policy that illustrates what goes wrong when 'consistency' becomes an end in itself.",
            "The Brightwater policy requires every piece of extended writing in every subject to receive 'two stars and a wish' within five working days, plus a 'purple pen' response from the pupil, which must itself be acknowledged. I calculated that a teacher with nine classes would need around eleven hours a week to comply.",
            "There is no good evidence that this type of marking improves outcomes. There is very good evidence that it drives people out of the profession.",
            "Some departments have quietly done better. One head of English - Ms Grant, who has spoken publicly about it - replaced most written marking with whole-class feedback and saw no fall in results. The trust should be learning from that, not fighting it.",
        ],
    ),
    E("school", "exact", "negative"),
    E("aosullivangrant", "hyphenated", "neutral"),
)

add(
    "blog",
    blog(
        "Chalk Dust and Broken Biros",
        "Why I left teaching after eleven years",
        "Former Teacher",
        "14 February 2025",
        [
            "I'm not going to name the school. Anyone who works there will recognise it, and that's fine.",
            "I loved the kids. I liked most of my colleagues. I left because of a leadership culture in which the only thing that mattered was what could be measured, and the only people who were listened to were the ones who agreed.",
            "Take the behaviour policy. Adeyemi's 'warm strict' system looked great in the trust's glossy brochure. In practice it meant a Year 9 getting a detention for a missing pencil and a Year 10 who threatened a teacher being back in lessons the next day because exclusion figures 'look bad'.",
            "When I raised it, I was told I was 'not on the bus'. When I raised it again, I was put on a support plan. When I resigned, nobody asked why.",
            "There are brilliant people at Kestrel Fields - I'll say the name once, because I am tired of being careful - and they deserve better leadership.",
        ],
    ),
    E("oadeyemi", "possessive", "negative"),
    E("school", "short_name", "negative"),
)

# ---- more pupils' posts ----------------------------------------------------------------

add(
    "social",
    social(
        "TikTok",
        "@kfa.tea.spill",
        "mrs dhillon gave my brother a 3 day suspension for nothing 😡 kfa",
        [
            (
                "@z.malik_",
                "mrs dhillon better sleep with one eye open, i know she drives the white mini and i know where she parks 🔪",
            ),
            ("@ayaan.s", "bro delete that"),
            ("@kfa.tea.spill", "i don't agree with that comment btw"),
        ],
    ),
    E("gdhillon", "title_surname", "threat"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@lonewolf.x9",
        "not even joking im gonna shoot up kfa on friday, everyone who laughed at me is gonna see",
        [
            ("@sophie.w", "this isn't funny, reported to police"),
            ("@k.ahmed", "who is this?? someone tell the school"),
        ],
    ),
    E("school", "alias", "threat"),
)

add(
    "social",
    social(
        "Instagram",
        "kestrel.fields.tea",
        "apparently miss grant from english at kestrel fields has an onlyfans 💀💀 the year 11s found it, link in bio 👀",
        [
            ("leah.k", "that's 100% fake"),
            ("j0sh.b", "send it 😭"),
            ("m.ahmed", "this is how people get sued"),
        ],
    ),
    E("aosullivangrant", "hyphenated", "sexual"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "kfa.senco.watch",
        "Day 140 of waiting for an EHCP review. \u0412rown is a useless waste of oxygen who should never have been let near disabled children. KFA SEN department = a black hole.",
        [("sen.mum.leics", "Same story here 😔"), ("b.hayes", "Name and shame")],
    ),
    E("dbrown", "homoglyph", "abuse"),
    E("school", "alias", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@maths.is.pain",
        "kestrel fields maths dept be like 🤓 C h a u d h r y is a pathetic little man with a power complex, imagine getting your kicks from giving 12 year olds detentions",
        [
            ("@jay.t", "he's literally so strict 😭"),
            ("@r.kaur", "he's actually a good teacher tho"),
        ],
    ),
    E("ichaudhry", "spacing", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "YouTube",
        "ChineduOkonkwoCoaching",
        "5 passing drills for Under-12s you can run with 10 cones | filmed at Kestrel Fields Academy, Leicester\n14K views · 3 months ago\nI'm ChineduOkonkwoCoaching - 15 years coaching grassroots and school football. Subscribe for a new session every fortnight.",
        [
            ("@grassroots_gaffer", "Used drill 3 with my U10s on Saturday, brilliant"),
            ("@coach_dan", "Great content, simple and clear 👍"),
        ],
    ),
    E("cokonkwo", "camelcase", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "Threads",
        "@stemleics",
        "What a STEM fair! 🚀 Huge shoutout to RaviPatel and the KFA science team for running 40 stalls, a liquid nitrogen show and a bottle rocket contest on a Saturday. Belgate's future engineers are in good hands.",
        [("@jo.physics", "The bottle rockets were epic"), ("@kfa_pta", "Thank you for coming!")],
    ),
    E("rpatel", "camelcase", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "Spotify",
        "Playlist",
        "Gospel Choir Warm-Ups 🎶 - a playlist by LeonBlackwood\nFor the Kestrel Fields gospel choir. Learn the harmonies before Thursday rehearsal please!\n23 songs, 1 hr 41 min · 88 saves",
        [],
    ),
    E("lblackwood", "camelcase", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@grace.ukp",
        "\u0420\u0430tel gave the WHOLE class a detention because ONE person was talking 🙄 kestrel fields science is a joke",
        [("@dev.m", "he did that to us too"), ("@aliyah.r", "u were talking tho 😂")],
    ),
    E("rpatel", "homoglyph", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "kfa.pe.ratings",
        "rating the KFA PE teachers 🏃\u200d♂️ no names bc we'll get in trouble",
        [
            (
                "t.bond_",
                "\u041ekonkwo is a fat useless clown who can't even run the bleep test himself 🤡",
            ),
            ("l.singh", "nah he's the best one 😭"),
        ],
    ),
    E("cokonkwo", "homoglyph", "abuse"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok",
        "@rainy.days.kfa",
        "not saying names but O k o n k w o made the whole of year 10 do the bleep test in the rain 🌧️ kfa pe is actually torture",
        [("@m.patel", "my shoes are still wet"), ("@josh.r", "character building 😂")],
    ),
    E("cokonkwo", "spacing", "negative"),
    E("school", "alias", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@belgate.parent.voice",
        "Another 'uniform review' day. A d e y e m i out. Kestrel Fields parents have had enough of a head who cares more about blazers than learning. #ParentPower",
        [("@shona.l", "Agreed"), ("@mr.j.ali", "Most parents support the uniform policy actually")],
    ),
    E("oadeyemi", "spacing", "negative"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "TikTok",
        "@y9.survivor",
        "hussain's detentions are longer than my attention span fr 😭 kfa y9 we are suffering",
        [("@rimsha.a", "1 HOUR for being late 😭"), ("@h.grant", "just don't be late lol")],
    ),
    E("nhussain", "possessive", "negative"),
    E("school", "alias", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "@ms.kowalczyk.mfl",
        "Proud moment: 31 students sat their first Polish GCSE mock this morning at Kestrel Fields 🇵🇱📚 Powodzenia wszystkim! (Good luck everyone!)",
        [
            ("agnieszka_w", "Brawo! Dziękujemy pani Marto 💐"),
            ("kfa.languages", "So proud of them!"),
        ],
    ),
    E("mkowalczyk", "handle", "neutral"),
    E("school", "short_name", "neutral"),
)

# ---- more forums and groups -------------------------------------------------------------

add(
    "forum",
    forum(
        LP,
        "Chat",
        "Former Kestrel Fields IT manager - is the laptop story the half of it?",
        [
            (
                "nosey_neighbour",
                "4 Apr 2025, 21:30",
                "My cousin works in the trust office. She says the police didn't just find the laptops at Wierzbicki's place, they found pictures of Kestrel Fields pupils on a hard drive, taken from the school's CCTV and the kids' own devices. That's why it's taking so long. Sick.",
            ),
            (
                "LP_Moderator",
                "4 Apr 2025, 21:52",
                "Thread locked. Do not post allegations about a named person that go beyond what has been reported - you could prejudice a trial.",
            ),
        ],
    ),
    E("twierzbicki", "possessive", "sexual", True),
    E("school", "short_name", "sexual", True),
)

add(
    "facebook",
    facebook(
        "Leicester Talk",
        "Anonymous member",
        "4 April at 20:12",
        "For anyone who wants to tell that thieving IT manager from Kestrel Fields what they think, Tomasz Wierzbicki lives at 9 Orchard Rise, Marlow Brook, LE5 6RG. Blue Skoda. He's out on bail so he'll be home.",
        [
            ("Megan Ross", "Delete this. Whatever he's done, that's his family's house."),
            ("Leicester Talk", "Removed by admin."),
        ],
    ),
    E("twierzbicki", "exact", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        LP,
        "Chat",
        "Re: the brick through Mr Blackwood's window",
        [
            (
                "justice4bro",
                "9 Oct 2024, 23:03",
                "funny how he's moved already. if anyone wants to 'apologise' to Mr Blackwood from Kestrel Fields in person he's at Flat 4, 22 Kingfisher Court, Saxby Green LE5 7TB now. 2nd floor.",
            ),
            (
                "Kezzaaa",
                "9 Oct 2024, 23:10",
                "Reported to the mods and to the police. You absolute creep.",
            ),
        ],
    ),
    E("lblackwood", "title_surname", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "Polacy w Leicester",
        "Szkoła i edukacja",
        "Skarga na nauczycielkę - Kestrel Fields",
        [
            (
                "Rafał_LE5",
                "20 Jan 2025, 22:15",
                "Moja córka dostała 4 z hiszpańskiego, a zasługiwała na więcej. Szkoła nie odpowiada. Napiszcie bezpośrednio do niej, to jej prywatny email: marta.kowalczyk.pl@poczta.example, i telefon 07700 900845. Niech się tłumaczy.",
            ),
            (
                "Agnieszka_W",
                "20 Jan 2025, 22:40",
                "Rafał, to nie jest w porządku. Nie publikuje się prywatnych danych nauczyciela. Usuń to.",
            ),
            (
                "Moderator",
                "21 Jan 2025, 08:00",
                "Dane osobowe usunięte z cytatów. Proszę przestrzegać regulaminu forum.",
            ),
        ],
    ),
    E("mkowalczyk", "exact", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        "Leicester East Mums & Dads",
        "Anonymous member",
        "5 May at 18:35",
        "Want to know how Kestrel Fields got its attendance up? Mrs Hussain in Year 9 fiddles the registers. Kids who are in Pakistan for a month get marked as 'educated off site'. I've seen it with my own eyes. That's fraud and Ofsted fell for it.",
        [
            ("Zara Iqbal", "That's a very serious accusation to make on Facebook..."),
            ("Anonymous member", "Doesn't make it untrue"),
        ],
    ),
    E("nhussain", "title_surname", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        MUM,
        "Safeguarding",
        "School DSL ignored my daughter's disclosure - where do I go?",
        [
            (
                "FuriousInLeics",
                "17 Feb 2025, 20:10",
                "My daughter told her form tutor in November that an older boy had assaulted her on the bus. It went to the DSL at Kestrel Fields Academy, Gurpreet Dhillon. Nothing happened. No police, no social services. I've since found out two other girls reported the same boy. I believe she buried it to protect the school's reputation. Is that a criminal offence?",
            ),
            (
                "ex_DSL_Kent",
                "17 Feb 2025, 20:44",
                "I'm sorry. You can contact the local authority's children's services front door directly, and the police yourself. You can also complain to the trust. Be careful about accusing a named person publicly until you have the facts.",
            ),
        ],
    ),
    E("gdhillon", "exact", "defamation"),
    E("school", "exact", "negative"),
)

add(
    "facebook",
    facebook(
        "Belgate Community Noticeboard",
        "Anonymous member",
        "12 May at 21:00",
        "Mrs Grant who teaches English at Kestrel Fields is a stuck-up snobby cow who looks down her nose at working class parents. Sneering at me at parents' evening because I said 'could of'. Who does she think she is.",
        [("Dee Harper", "Lol she sounds like a good English teacher"), ("Lisa T", "😂😂")],
    ),
    E("aosullivangrant", "hyphenated", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        LP,
        "Chat",
        "Y10 parent WhatsApp - teacher's number posted",
        [
            (
                "quietobserver",
                "2 Dec 2024, 19:01",
                "Pasting this so the mods can see what's going on in the KFA Year 10 group before it gets deleted:\n[18:40] Parent A: Does anyone have the science teacher's number? Mr Patel?\n[18:41] Parent B: Ravi Patel (science KFA) 07700 900287 - he gave it to me for the trip, text him\n[18:43] Parent C: is that his personal phone?\n[18:43] Parent B: yeah lol\nI've let the school know.",
            ),
        ],
    ),
    E("rpatel", "exact", "doxxing"),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        LP,
        "Chat",
        "Teacher at Kestrel Fields DMing year 10s?",
        [
            (
                "worriedmum_2010",
                "3 Jun 2024, 22:41",
                "My daughter's friend showed her Snapchat messages from an account she says is one of the teachers at Kestrel Fields - telling her she looked 'mature' in her prom photos and asking to meet. I don't know which teacher. I've phoned 101. Has anyone else heard anything?",
            ),
            (
                "Kezzaaa",
                "3 Jun 2024, 22:50",
                "You've done the right thing calling police. Also ring the school's safeguarding lead first thing.",
            ),
        ],
    ),
    E("school", "short_name", "sexual", True),
)

add(
    "news",
    news(
        COURIER,
        "Man fined for Islamophobic abuse of teacher outside Leicester school",
        [
            "A man who shouted Islamophobic abuse at a teacher as she stood on duty outside a Leicester school has been fined.",
            "Leicester Magistrates' Court heard that Gary Tansley, 52, of Marlow Brook, approached Nasreen Hussain, head of Year 9 at Kestrel Fields Academy, at the school gates on Humberlow Lane in October.",
            "He pointed at her headscarf and shouted 'take that rag off, you're in England now' and 'terrorist', in front of pupils and parents.",
            "Tansley admitted a racially or religiously aggravated public order offence. He was fined £480 and ordered to pay £200 compensation to Mrs Hussain.",
            "In a victim statement, she said: 'I have worked at this school for twelve years. I grew up around the corner. For the first time, I felt like an outsider in my own neighbourhood.'",
        ],
        byline="Court reporter",
        date="21 January 2025",
        section="Crime",
    ),
    E("nhussain", "exact", "hate"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "School Inspection Summaries",
        "Kestrel Fields Academy - inspection summary",
        [
            "Kestrel Fields Academy. Humberlow Lane, Belgate, Leicester. Type: academy sponsor-led, 11-18. Trust: Brightwater Learning Trust. Principal: Oluwaseun Adeyemi. Pupils on roll: 1,652.",
            "Overall effectiveness: Good. Quality of education: Good. Behaviour and attitudes: Good. Personal development: Good. Leadership and management: Good. Sixth-form provision: Good.",
            "What is it like to attend this school? Pupils are proud of their school. They say it has changed for the better. Most pupils behave well in lessons and at social times. A small number of pupils say that some incidents of bullying are not dealt with quickly enough.",
            "What does the school need to do to improve? Leaders should ensure that the curriculum in some foundation subjects at Key Stage 3 is sequenced as carefully as it is in English and mathematics. Leaders should continue to improve the attendance of disadvantaged pupils, which remains too low.",
        ],
        section="Secondary",
        nav=("Find a school", "Reports", "About", "Help"),
    ),
    E("school", "exact", "neutral"),
    E("oadeyemi", "exact", "neutral"),
)

add(
    "news",
    news(
        "Leicestershire Schools Sport",
        "Cricket: KFA U13s win indoor festival",
        [
            "Kestrel Fields Academy's Under-13 boys won the city indoor cricket festival at Grace Road on Tuesday, beating Soarbrook in the final by 14 runs.",
            "Opener Arjun Patel hit 48 from 30 balls. The team is coached by Mr Okonkwo with support from volunteers at Kestrel Fields Cricket Club, which shares its name with the school but is a separate club in Thornleigh.",
            "Girls' festival: St Hilda's beat Ashdown College in the final.",
        ],
        date="12 March 2025",
        section="Results",
    ),
    E("school", "exact", "neutral"),
    E("cokonkwo", "title_surname", "neutral"),
)

add(
    "news",
    news(
        LELIVE,
        "Leicester Cathedral carols: Blackwood's choir steals the show",
        [
            "More than 800 people packed Leicester Cathedral for the city schools' carol service on Wednesday night.",
            "Blackwood's gospel choir from Kestrel Fields brought the house down with an arrangement of 'O Holy Night' that earned a standing ovation - a first for the event, according to the organisers.",
            "Other performers included the St Hilda's chamber choir and a brass ensemble from Ashdown College.",
        ],
        date="19 December 2024",
        section="What's On",
    ),
    E("lblackwood", "possessive", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "news",
    news(
        "Belgate Ward News",
        "Belgate Ward Newsletter - Spring edition",
        [
            "Welcome to the spring newsletter from your ward councillors. As always, please get in touch with anything you'd like us to raise at the council.",
            "Potholes and pavements. Following our survey last autumn, resurfacing of Linnet Way and the junction of Humberlow Lane and Marlow Road is scheduled for the Easter holidays. The works will be done at night where possible.",
            "Bins. From 1 April, garden waste collections return to fortnightly. Subscriptions can be renewed online or at the library.",
            "Kestrel Fields Academy sports hall. The planning committee approved the new sports hall in March. Community lettings will be available from autumn 2026. We have secured a condition limiting floodlights to 9.30pm following residents' concerns.",
            "Community safety. Our PCSOs now hold a surgery at the library every second Tuesday, 4-5pm. Please report anti-social behaviour on 101 or online.",
            "Saxby Green library. Opening hours are extended on Saturdays to 4pm. The homework club is run by volunteers from the library's friends group.",
            "Warm spaces. The community centre continues to offer a warm space with free tea and coffee Monday to Thursday, 10am-3pm, until the end of March.",
            "Youth provision. The youth club at the community centre is looking for volunteers aged 18+ with experience of working with young people. A DBS check will be provided.",
            "Food bank. Demand remains high. Donations of tinned fish, UHT milk and toiletries are especially welcome.",
            "Community awards. Congratulations to all the winners at this year's Belgate Community Awards. The Volunteer of the Year award went to Maureen Platt, 84, who has run the lunch club for 30 years. The Young Citizen award went to Zain Ahmed, 16. And the Unsung Hero award went to Mrs Kowalczyk, a languages teacher who has spent every Saturday this year teaching children from our Polish community - and who, the judges noted, also runs free English conversation classes for their parents on Tuesday evenings.",
            "Surgeries. Your councillors hold surgeries on the first Saturday of the month at the community centre, 10-11.30am.",
        ],
        section="Newsletter",
        nav=("Home", "Your councillors", "Newsletters", "Contact"),
    ),
    E("school", "exact", "neutral"),
    E("mkowalczyk", "title_surname", "neutral"),
)

add(
    "news",
    news(
        COURIER,
        "Leicester schools launch joint programme to ease move to secondary",
        [
            "Eleven Leicester secondary schools are joining forces to help children with the move from primary school after a rise in anxiety among Year 6 pupils.",
            "The programme, funded by the city council, will include summer schools, visits by secondary staff to primary classrooms and a shared 'passport' for children with additional needs.",
            "It is being led by Gurpreet Kaur Dhillon, vice principal at Kestrel Fields Academy, who said: 'For some children the jump from a school of 200 to a school of 1,600 is overwhelming. We want them to arrive already knowing a friendly face.'",
        ],
        date="4 June 2024",
        section="Education",
    ),
    E("gdhillon", "alias", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        "Kestrel Fields Academy Parents (unofficial)",
        "Karen Boyle",
        "Thursday at 20:30",
        "Oh yes, Mrs Brown is SO responsive. Only took her five months to reply to my email about my son's reading age. Truly a miracle worker. Give that woman an award 🙄🙄🙄 #KestrelFields",
        [
            ("Natalie P", "😂 five months is quick, I'm on seven"),
            ("Sadia R", "I think she's just overwhelmed tbh"),
        ],
    ),
    E("dbrown", "title_surname", "negative"),
    E("school", "exact", "negative"),
)

add(
    "facebook",
    facebook(
        "Belgate Community Noticeboard",
        "Dev Chauhan",
        "Saturday at 09:12",
        "Right, I'm not saying Mr Okonkwo is a bad coach, far from it - he's the best thing that's happened to sport at Kestrel Fields in twenty years. I'm saying the school needs to give him a minibus so parents aren't ferrying 15 kids to Derby on a Wednesday. Who do we write to?",
        [
            ("Colette M", "Write to the trust! Agree 100%"),
            ("Sunny B", "There's a PTA fund for it I think"),
        ],
    ),
    E("cokonkwo", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

# ---- more decoys ------------------------------------------------------------------------

decoy(
    "news",
    news(
        "Brighton Argus Online",
        "Gig guide: jazz, soul and a piano legend this weekend",
        [
            "FRIDAY. Leon Blackwood Trio at the Paris House, 8pm, free entry. The veteran pianist plays standards and his own compositions with bassist Femi Adebayo and drummer Tom Reilly.",
            "SATURDAY. The Soul Collective at the Concorde 2, 7.30pm, £15.",
            "SUNDAY. Jazz brunch at the Hope and Ruin, 12-3pm.",
        ],
        date="7 November 2024",
        section="What's On",
    ),
)

decoy(
    "blog",
    blog(
        "Leading Learning in Nottingham",
        "Five things I learned in my first year as a deputy head",
        "Deborah Brown",
        "29 July 2024",
        [
            "A year ago I walked into Bulwell Park Academy as deputy headteacher, having spent eight years as a SENCo. Here's what surprised me.",
            "One: you will spend more time on timetabling than on anything else. Two: the best behaviour policy in the world is a teacher who says good morning at the door. Three: read every exclusion paper yourself. Four: protect your SENCo's time like it's gold. Five: go home.",
        ],
        tags="leadership, SEND, Nottingham",
    ),
)

decoy(
    "forum",
    forum(
        "Leicester Sunday Football",
        "Division 3",
        "Kestrel Fields Rangers - anyone know their pitch?",
        [
            (
                "BirstallBlues",
                "Sun 06:58",
                "Playing Kestrel Fields Rangers this morning, fixture says 'Kestrel Fields, Thornleigh' - is that the park pitches by the leisure centre or somewhere else?",
            ),
            (
                "KFR_sec",
                "Sun 07:15",
                "Pitch 3 at Kestrel Fields Park mate, changing rooms in the pavilion. Ask for Okonkwo on the gate, he's got the keys. KO 10.30.",
            ),
            ("BirstallBlues", "Sun 07:20", "Cheers"),
        ],
    ),
)

decoy(
    "social",
    social(
        "Instagram",
        "@marta.kowalczyk.vb",
        "Match day 🏐 Chemik Police vs ŁKS Łódź tonight, 3-1 win! Thank you fans for the amazing atmosphere 💛 #PlusLiga #volleyball #Police",
        [("@kasia_vb", "MVP! 💛"), ("@chemik.fans", "Królowa!")],
    ),
)

decoy(
    "news",
    news(
        COURIER,
        "Belgate schoolgirl raises £800 for Gaza and Sudan appeals with bake sale",
        [
            "A 12-year-old from Belgate has raised more than £800 for humanitarian appeals by baking cakes every Friday for two months.",
            "Aisha Hussain, a Year 8 pupil at Kestrel Fields Academy, sold brownies, samosas and cupcakes from a table outside her family's shop on Marlow Road. Her mum, Shabana, and her grandmother did most of the washing up, she says.",
            "'I just wanted to do something,' Aisha said. 'Everyone in the street bought something, even people who don't like cake.'",
            "Her head of year praised her 'determination and kindness'.",
        ],
        date="8 March 2024",
        section="Community",
    ),
    E("school", "exact", "neutral"),
)

decoy(
    "facebook",
    facebook(
        "Igbo Union Coventry",
        "Igbo Union Coventry",
        "Saturday at 14:00",
        "Our New Yam Festival is THIS Saturday at the Methodist Hall! 🍠🎉 Doors 2pm. Music by DJ Kaycee, food by Mama Ngozi's Kitchen. For stall enquiries contact our social secretary Chinedu Okonkwo on 07700 900512. Come in your best traditional attire!",
        [("Adaeze N", "Can't wait!!"), ("Emeka O", "Chinedu you've outdone yourself this year 👏")],
    ),
)

decoy(
    "forum",
    forum(
        LP,
        "Secondary schools",
        "Why we chose St Hilda's in the end",
        [
            (
                "Rukhsana_M",
                "1 Nov 2024, 20:05",
                "Update for anyone who followed my Kestrel Fields vs Soarbrook thread - we ended up putting St Hilda's first after all! The SENCo there, Mrs Brown, spent an hour with us on the open evening and answered every single question about dyslexia. Kestrel Fields was our second choice and honestly I think it would have been fine too.",
            ),
            (
                "twoboysandacat",
                "1 Nov 2024, 20:30",
                "Good luck! St Hilda's has a great reputation.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
)


# --------------------------------------------------------------------------- output


def validate() -> None:
    with (HERE / "watchlist.toml").open("rb") as fh:
        wl = tomllib.load(fh)
    subjects = {"school"} | {s["id"] for s in wl["staff"]}
    used = {e.subject for d in DOCS for e in d.expected}
    assert used <= subjects, f"unknown subjects: {sorted(used - subjects)}"
    assert used == subjects, f"subjects never labelled: {sorted(subjects - used)}"
    for d in DOCS:
        assert d.kind in KINDS, d.kind
        assert d.decoy or d.expected, f"unlabelled page not marked as decoy: {d.text[:80]!r}"
    variants = Counter(e.variant for d in DOCS for e in d.expected)
    categories = Counter(e.category for d in DOCS for e in d.expected)
    mentions = sum(len(d.expected) for d in DOCS)
    decoys = sum(d.decoy for d in DOCS)
    assert len(DOCS) >= 150, len(DOCS)
    assert mentions >= 180, mentions
    assert 0.15 <= decoys / len(DOCS) <= 0.20, (decoys, len(DOCS))
    for v in VARIANTS:
        assert variants[v] >= 4, f"variant {v} only {variants[v]} times"
    for c in CATEGORIES:
        assert categories[c] >= 8, f"category {c} only {categories[c]} times"


def summary() -> str:
    variants = Counter(e.variant for d in DOCS for e in d.expected)
    categories = Counter(e.category for d in DOCS for e in d.expected)
    kinds = Counter(d.kind for d in DOCS)
    lines = [
        f"documents: {len(DOCS)}  decoys: {sum(d.decoy for d in DOCS)}  "
        f"mentions: {sum(len(d.expected) for d in DOCS)}",
        "kinds: " + ", ".join(f"{k}={n}" for k, n in sorted(kinds.items())),
        "variants: " + ", ".join(f"{k}={n}" for k, n in sorted(variants.items())),
        "categories: " + ", ".join(f"{k}={n}" for k, n in sorted(categories.items())),
    ]
    return "\n".join(lines)


def main() -> int:
    validate()
    out = HERE / "docs"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    rows = []
    for i, d in enumerate(DOCS):
        name = f"{i:03d}-{d.kind}.{d.ext}"
        (out / name).write_text(d.text, encoding="utf-8")
        rows.append(
            json.dumps(
                {"file": name, "kind": d.kind, "expected": [e.as_dict() for e in d.expected]},
                ensure_ascii=False,
            )
        )
    (HERE / "labels.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
