# ruff: noqa: E501
"""Build the matcher's DEVELOPMENT corpus: ``docs/NNN-kind.{html,txt}`` and ``labels.jsonl``.

This corpus exists to tune the severity classifier (threat / hate / sexual / doxxing /
defamation / abuse / negative / neutral) on fresh, varied writing about a fictional school,
Thornbury Vale Community College (see ``watchlist.toml`` beside this file). It was written
without reading the matcher's rules, and is weighted towards what makes severity hard:
negative-sounding neutral pages, complaints worded away from the name, sarcasm, near-miss
threats, reported allegations, quotation-to-condemn, negation and namesake decoys.
The held-out corpus (tests/corpus_heldout) stays untouched and is the one to report on.

Each entry in ``DOCS`` holds a document's text and its labels together. One label per subject
per document: ``category`` is the worst the document as a whole gives that subject, and
``variant`` the easiest form of its name present. Output is deterministic (a fixed shuffle).

    .venv/bin/python tests/corpus_dev/build_dev.py
    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_dev
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
HTML_KINDS = {"news", "forum", "blog"}
KINDS = HTML_KINDS | {"review", "social", "facebook"}
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
SUBJECTS = {
    "school",
    "hmarsh",
    "gtreharne",
    "pclarke",
    "kwhitfield",
    "wpryce",
    "rashworthlane",
    "sbegum",
    "dnowak",
    "lmoss",
    "amcguinness",
}


@dataclass(frozen=True)
class E:
    """One expected mention: subject, easiest name form present, worst category."""

    subject: str
    variant: str
    category: str
    url_only: bool = False


@dataclass(frozen=True)
class Doc:
    kind: str
    body: str
    expected: tuple[E, ...]


DOCS: list[Doc] = []


def add(kind: str, body: str, *expected: E) -> None:
    DOCS.append(Doc(kind, body.strip() + "\n", expected))


# --------------------------------------------------------------------------- page templates

SIDEBARS = [
    [
        "Bin collections move to fortnightly from April",
        "A38 roadworks: what you need to know",
        "Best fish and chips in South Glos — your votes",
        "Man charged after Yate shop break-in",
        "Farmers' market returns to the High Street",
    ],
    [
        "Council tax to rise by 4.99 per cent",
        "Lost tortoise found two miles from home",
        "Thornbury Castle wedding fair this weekend",
        "Police appeal after car stolen in Alveston",
        "New bus timetable for the T1 and T2",
    ],
    [
        "Weather: yellow warning for wind",
        "Crash closes M5 northbound for three hours",
        "Pub quiz league: week 12 results",
        "Vets warn about adder bites on the common",
        "Jobs: warehouse operatives wanted in Avonmouth",
    ],
    [
        "Recipe: slow-cooker beef stew",
        "Woman fined for fly-tipping in lay-by",
        "Cricket club seeks new members",
        "Property: five homes for under £250k",
        "Gardening: when to prune your roses",
    ],
]


def _paras(paras: list[str]) -> str:
    out = []
    for p in paras:
        if p.startswith("## "):
            out.append(f"<h2>{html.escape(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{html.escape(p[2:])}</p></blockquote>")
        elif p.startswith("- "):
            items = "".join(f"<li>{html.escape(i[2:])}</li>" for i in p.split("\n"))
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(f"<p>{html.escape(p)}</p>")
    return "\n".join(out)


def _sidebar(n: int, heading: str = "Most read") -> str:
    links = "".join(
        f'<li><a href="/news/{i + 100 * n}">{html.escape(t)}</a></li>'
        for i, t in enumerate(SIDEBARS[n % len(SIDEBARS)])
    )
    return f'<aside class="sidebar"><h3>{heading}</h3><ol>{links}</ol></aside>'


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.strip().split("\n\n") if p.strip()]


def news(
    site: str,
    headline: str,
    byline: str,
    date: str,
    text: str,
    comments: list[tuple[str, str]] | None = None,
    sidebar: int = 0,
    section: str = "News",
) -> str:
    cm = ""
    if comments:
        items = "\n".join(
            f'<li class="comment"><span class="author">{html.escape(u)}</span>'
            f'<div>{_paras(_split(t))}</div><a href="#">Reply</a> · <a href="#">Report</a></li>'
            for u, t in comments
        )
        cm = f'<section id="comments"><h3>Comments ({len(comments)})</h3><ol>{items}</ol></section>'
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(headline)} | {html.escape(site)}</title></head>
<body>
<header><a class="logo" href="/">{html.escape(site)}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/whats-on">What's On</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/announcements">Announcements</a></li>
<li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><article>
<p class="section">{html.escape(section)}</p>
<h1>{html.escape(headline)}</h1>
<p class="byline">By {html.escape(byline)} · {html.escape(date)}</p>
{_paras(_split(text))}
<p class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></p>
</article>
{cm}
</main>
{_sidebar(sidebar)}
<footer><p>© 2024 {html.escape(site)}. All rights reserved. <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a> · <a href="/complaints">Complaints (IPSO)</a> · <a href="/contact">Contact us</a></p></footer>
</body></html>
"""


def forum(
    site: str,
    crumbs: str,
    title: str,
    posts: list[tuple[str, str, str]],
    sidebar: int = 1,
) -> str:
    items = []
    for i, (user, when, text) in enumerate(posts):
        items.append(
            f'<div class="post" id="p{i + 1}"><div class="postprofile"><strong>{html.escape(user)}</strong>'
            f"<br><small>{html.escape(when)}</small></div>"
            f'<div class="postbody">{_paras(_split(text))}</div>'
            f'<div class="postactions"><a href="#">Quote</a> · <a href="#">Report</a> · <a href="#">Like</a></div></div>'
        )
    body = "\n".join(items)
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(title)} - {html.escape(site)}</title></head>
<body>
<header><h1 class="sitename">{html.escape(site)}</h1>
<nav><a href="/">Forums</a> | <a href="/search">Search</a> | <a href="/faq">FAQ</a> | <a href="/register">Register</a> | <a href="/login">Log in</a></nav></header>
<div class="breadcrumbs">{html.escape(crumbs)}</div>
<main><h2 class="topic-title">{html.escape(title)}</h2>
<div class="pagination">{len(posts)} posts · Page 1 of 1</div>
{body}
<div class="quickreply"><a href="#">Post a reply</a></div>
</main>
{_sidebar(sidebar, "Active topics elsewhere")}
<footer><p>Powered by a community forum · <a href="/rules">Forum rules</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · All times are UTC</p></footer>
</body></html>
"""


def blog(
    site: str,
    title: str,
    date: str,
    author: str,
    text: str,
    comments: list[tuple[str, str]] | None = None,
    sidebar: int = 2,
) -> str:
    cm = ""
    if comments:
        items = "\n".join(
            f'<li class="comment"><cite>{html.escape(u)}</cite> says:<div>{_paras(_split(t))}</div></li>'
            for u, t in comments
        )
        cm = f'<section class="comments"><h3>{len(comments)} thoughts on “{html.escape(title)}”</h3><ol>{items}</ol></section>'
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(title)} – {html.escape(site)}</title></head>
<body>
<header class="site-header"><p class="site-title"><a href="/">{html.escape(site)}</a></p>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/category/family">Family</a> <a href="/category/recipes">Recipes</a> <a href="/contact">Contact</a></nav></header>
<main><article class="post">
<h1 class="entry-title">{html.escape(title)}</h1>
<p class="entry-meta">Posted on {html.escape(date)} by {html.escape(author)}</p>
<div class="entry-content">{_paras(_split(text))}</div>
<p class="tags">Share: <a href="#">Facebook</a> · <a href="#">Pinterest</a> · <a href="#">Email</a></p>
</article>
{cm}
<section class="reply"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></section>
</main>
<aside class="widget-area"><h3>Recent posts</h3><ul><li><a href="#">Our half-term in the Forest of Dean</a></li><li><a href="#">Batch cooking on a budget</a></li><li><a href="#">Why I stopped buying fast fashion</a></li></ul>
<h3>Archives</h3><ul><li><a href="#">March 2024</a></li><li><a href="#">February 2024</a></li><li><a href="#">January 2024</a></li></ul></aside>
{_sidebar(sidebar, "Around the web")}
<footer><p>Proudly powered by WordPress · Theme: Twenty Twenty-Two · © {html.escape(author)}</p></footer>
</body></html>
"""


ECHO = "Thornbury & District Echo"
GAZ = "Severn Vale Gazette"
VP = "ValeParents Forum"
PN = "ParentNet"
TT = "TeacherTalk Community"

# =========================================================================== NEUTRAL
# Negative-sounding words, but no attack or complaint against the school or its staff.

add(
    "news",
    news(
        ECHO,
        "Record GCSE results at Thornbury Vale Community College despite 'brutal' year",
        "Sian Holloway, Education Reporter",
        "22 August 2024",
        """
Students at Thornbury Vale Community College were celebrating this morning after the school recorded its best ever GCSE results, with 71 per cent of pupils achieving a grade 4 or above in both English and maths.

Headteacher Helen Marsh said the year group had faced a "brutal" run-up to the exams, with a flu outbreak in January knocking out a third of the cohort for a fortnight. "They were hammered by illness at exactly the wrong moment, and they fought back. I could not be prouder," she said.

Among the top performers was Priya Natarajan, who picked up nine grade 9s. "The physics paper was an absolute killer," she admitted. "I honestly thought I'd failed it. I came out of the hall and cried."

Head of Science Paul Clarke said the department had run revision sessions every Tuesday and Thursday since February. "The kids put the hours in. Some of those triple science papers are savage, and they didn't flinch."

## Tears and hugs

The school hall on Coldharbour Lane was packed from 8am, with parents queuing round the car park. There were tears — mostly happy ones — and more than a few hugs for staff.

Mrs Marsh added that the college would be holding a celebration evening in September for the whole year group, including students who "didn't get the grades they wanted but gave it everything".

Results across South Gloucestershire will be published by the Department for Education later in the year.
""",
        comments=[
            (
                "ProudMumOf3",
                "Bloody brilliant! So proud of our Jake, he was terrified of that maths paper.",
            ),
            (
                "Geoff_T",
                "Well done to all the kids and the staff. My grandson says Mr Clarke basically lived in the lab for two months.",
            ),
            (
                "annie.b",
                "F***ing proud of my girl. Never thought I'd see the day. Thank you Thornbury Vale x",
            ),
        ],
        sidebar=0,
        section="Education",
    ),
    E("school", "exact", "neutral"),
    E("hmarsh", "exact", "neutral"),
    E("pclarke", "exact", "neutral"),
)

add(
    "news",
    news(
        GAZ,
        "Snow closures: full list of schools shut on Thursday",
        "Newsdesk",
        "8 February 2024",
        """
Dozens of schools across South Gloucestershire and north Bristol will be closed on Thursday after overnight snowfall left roads treacherous and several bus routes suspended.

The council said it had gritted priority routes through the night but warned that side roads and estates remained "lethal" in places. Parents are urged to check school websites and social media before setting off.

## Closed all day

- Alveston Primary School
- Castle School Education Trust (all sites)
- Crossways Junior School
- Thornbury Vale Community College — remote learning via Teams from 9.30am
- Marlwood School
- Tockington Manor nursery

## Late opening (10.30am)

- Olveston CE Primary
- St Mary's, Thornbury

The list will be updated throughout the morning. If your school is not listed, assume it is open as normal. Updates also on our live blog.
""",
        sidebar=2,
    ),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        ECHO,
        "Ofsted: Thornbury Vale 'requires improvement' but leadership 'has clear plan'",
        "Sian Holloway, Education Reporter",
        "14 March 2024",
        """
Thornbury Vale Community College has been rated "requires improvement" by Ofsted following a two-day inspection in February, the same grade it received in 2019.

Inspectors found that the quality of education was inconsistent, particularly in maths at key stage 3, where "too many pupils have had a high number of supply teachers". Behaviour in some lessons was described as "low-level disruptive", and attendance among disadvantaged pupils remains below the national average.

However, the report praised personal development and the sixth form, both judged good. Inspectors said that leaders, including headteacher Helen Marsh, had "an accurate view of the school's weaknesses and a clear plan to address them". Provision for pupils with special educational needs was described as "well organised", and the report noted that the SENCo, Shazia Begum, "knows pupils' needs in detail".

Safeguarding was found to be effective.

In a letter to parents, Mrs Marsh said: "We recognise the areas where we need to be better, especially maths staffing, and we have already recruited two permanent specialists for September. We are not where we want to be, but we are heading in the right direction."

The full report is available on the Ofsted website. The college is part of no multi-academy trust and remains maintained by South Gloucestershire Council.
""",
        sidebar=1,
        section="Education",
    ),
    E("school", "exact", "neutral"),
    E("hmarsh", "exact", "neutral"),
    E("sbegum", "exact", "neutral"),
)

add(
    "news",
    news(
        ECHO,
        "Teacher of Science (maternity cover) — Thornbury Vale Community College",
        "Echo Jobs",
        "Closing date: 19 April 2024",
        """
Salary: MPS/UPS, Fringe area. Contract: Fixed term, full time, from September 2024. Location: Coldharbour Lane, Thornbury.

Thornbury Vale Community College is looking for an enthusiastic teacher of science to join a busy, friendly department of eleven. You will teach across key stages 3 and 4, with the opportunity to teach A level chemistry or biology for the right candidate.

You will report to our Head of Science, Paul Clarke, and be supported by an experienced technician team. We are an 11–18 college of 1,150 students and we are committed to the professional development of every member of staff.

## What we offer

- a generous CPD budget and protected planning time
- a staff wellbeing programme (yes, including cake Fridays)
- free parking and a cycle-to-work scheme
- a department that will not throw you in at the deep end and leave you to drown

Killer applicants need not worry about experience: early career teachers are warmly welcome.

Visits are encouraged: please ring the school office on 01632 961234. Application packs are available on our website, thornburyvale.example/vacancies.

Thornbury Vale Community College is committed to safeguarding and promoting the welfare of children. The successful applicant will be subject to an enhanced DBS check.
""",
        sidebar=2,
        section="Jobs",
    ),
    E("school", "exact", "neutral"),
    E("pclarke", "exact", "neutral"),
)

add(
    "facebook",
    """
Friends of Thornbury Vale (PTA)
Public group · 1.2K members

Posted by Jo Pearce · 3 days ago

🎉 QUIZ NIGHT IS BACK! 🎉
Friday 15th March, 7pm, Thornbury Vale school hall. Teams of up to 6, £5 a head, bring your own drinks and nibbles.

Your quizmaster this year is once again Mr McGuinness, who promises the questions will be "absolutely murderous" 😈 Last year's winners (the Teachers' Pets, you know who you are) will be defending their title and we fully intend to destroy them.

Raffle prizes include a meal for two at The Swan, a hamper from the farm shop and a signed rugby shirt. All money raised goes to the new library fund.

Tickets from the school office or just reply below with your team name!

👍❤️ 47 · 23 comments

Claire Dobbs
Team "Quizteama Aguilera" please, 6 of us x

Mark Ellery
Last year's music round nearly killed me. Count us in.

Jo Pearce
@Mark Ellery you're down! 👍

Tina R
Mr McGuinness is a legend, my Alfie still talks about the drama trip. We'll be there!
""",
    E("school", "short_name", "neutral"),
    E("amcguinness", "title_surname", "neutral"),
)

add(
    "news",
    news(
        GAZ,
        "Tributes paid to 'irreplaceable' former Thornbury teacher",
        "Ruth Cadogan",
        "2 November 2023",
        """
Tributes have been paid to a former teacher who taught generations of Thornbury children, after her death at the age of 84.

Margaret "Peggy" Lister taught geography at Thornbury Vale Community College, then Thornbury Secondary Modern, for 31 years before retiring in 1999. She died peacefully at Frenchay Lodge care home on Sunday, surrounded by family.

Current headteacher Helen Marsh said staff were "devastated" by the news. "Peggy was a legend. Former pupils still come up to our staff at parents' evening and tell stories about her field trips — most of them involving someone falling in the river Severn. She was tough, she was funny and she was utterly irreplaceable."

Her son, Graham, said she had loved every minute of teaching. "She used to say the kids were murder on a Friday afternoon but she wouldn't have swapped them for anything."

The school will plant a tree in her memory in the staff garden next month. The funeral will take place at St Mary's Church, Thornbury, on 16 November at 1pm. Family flowers only; donations to Alzheimer's Society.
""",
        comments=[
            ("Sue Hampton", "So sad. Mrs Lister was the best. RIP."),
            (
                "Kev_1987",
                "She terrified me in 1983 and I loved her for it. Condolences to the family.",
            ),
        ],
        sidebar=3,
        section="Announcements",
    ),
    E("school", "exact", "neutral"),
    E("hmarsh", "exact", "neutral"),
)

add(
    "news",
    news(
        ECHO,
        "County Cup: Vale crushed 5-0 by ruthless Marlwood",
        "Sports Desk",
        "29 January 2024",
        """
Thornbury Vale's under-15 footballers were knocked out of the county cup on Saturday, thrashed 5-0 by a Marlwood side who were simply in a different league.

Vale's defence was torn apart inside the first ten minutes, conceding twice from corners, and things went from bad to worse when keeper Ollie Grant limped off with a twisted ankle just before half time.

"We got battered, there's no other word for it," said PE teacher Bill Pryce, who coaches the side. "Marlwood were brutal on the counter and we were dead on our feet by the hour mark. But I'm proud of the lads — nobody hid, nobody sulked, and they shook every hand at the end."

Marlwood's striker Kai Bennett helped himself to a hat-trick, including a stunning volley that Vale's substitute keeper had no chance with.

The Thornbury Vale Community College side now turn their attention to the league, where they sit third with four games to play. Next up is a home fixture against Crossways on 10 February.
""",
        sidebar=0,
        section="Sport",
    ),
    E("school", "exact", "neutral"),
    E("wpryce", "nickname", "neutral"),
)

add(
    "news",
    news(
        GAZ,
        "Burglar who stole 40 laptops from Thornbury school jailed",
        "Court Reporter",
        "11 July 2024",
        """
A man who broke into Thornbury Vale Community College and stole 40 laptops intended for disadvantaged pupils has been jailed for two years and four months.

Dean Michael Harker, 34, of no fixed abode, admitted burglary at Bristol Crown Court. The court heard he forced a fire door at the college on Coldharbour Lane in the early hours of 3 March and loaded the laptops into a stolen van. He was caught on CCTV and arrested two days later after trying to sell several of the machines at a pub in Patchway.

In a victim impact statement, the school's business manager, Linda Moss, said the break-in had cost the school more than £14,000 once repairs were included. "Those laptops were for children who have no device at home. The disruption was enormous," she said.

Judge Rebecca Fenwick told Harker his offending was "mean and calculated". "You targeted a school, knowing exactly what you would find," she said.

Police said 31 of the laptops had been recovered.
""",
        sidebar=1,
        section="Crime",
    ),
    E("school", "exact", "neutral"),
    E("lmoss", "exact", "neutral"),
)

add(
    "news",
    news(
        ECHO,
        "Man who sent threatening messages to Thornbury headteacher given restraining order",
        "Court Reporter",
        "5 June 2024",
        """
A father who sent a string of threatening messages to the headteacher of his son's school has been given a community order and a five-year restraining order.

Lee Anthony Carver, 41, of Gloucester Road, Thornbury, pleaded guilty at North Somerset Magistrates' Court to sending malicious communications to Helen Marsh, head of Thornbury Vale Community College.

The court heard that after his son was excluded in January, Carver sent Mrs Marsh eleven emails and several Facebook messages over three days. In one, he wrote: "I know where you live and I'll burn your house down with you in it." In another he said she "would not see the end of term".

Prosecutor Amy Lees said Mrs Marsh had been "genuinely frightened" and had needed a police escort to and from work for a week.

Carver's solicitor said his client was "deeply ashamed" and had been drinking heavily at the time. "He accepts that nothing excuses those words," she said.

Magistrates ordered Carver to complete 150 hours of unpaid work and a 20-day rehabilitation activity requirement. He must not contact Mrs Marsh or go within 200 metres of the college.

In a statement, the school's governors said: "Threatening staff is never acceptable. We are grateful to the police and the court and we will continue to support Mrs Marsh."
""",
        comments=[
            ("Bev_W", "Disgusting. Hope she is ok. Teachers do not deserve this."),
            ("Rob1972", "Community order?? He should have been locked up. Poor woman."),
        ],
        sidebar=0,
        section="Crime",
    ),
    E("school", "exact", "neutral"),
    E("hmarsh", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Notes From A Small Flat",
        "The teacher who changed my life",
        "12 May 2024",
        "Hannah",
        """
I've been meaning to write this for years, and what finally pushed me was seeing her photo in the Echo last week. So here it is: a love letter to Mrs Whitfield, who taught me English at Thornbury Vale Community College from 2009 to 2014.

Let me be honest. I was terrified of her. Everyone was. She was strict as hell, ruthless with the red pen, and she had this stare that could stop a Year 9 boy mid-sentence at forty paces. My first essay for her came back with more red ink than black. Written across the bottom: "You can do so much better than this, and you know it."

I was furious. I went home and cried. Then I rewrote it.

By Year 11 she had me reading Angela Carter and Toni Morrison and arguing with her about the ending of Great Expectations. She lent me books from her own shelves and made me promise to give them back (I still have her copy of Beloved, sorry Mrs W). When my mum got ill she never said a word about it in front of the class, but she'd leave a biscuit on my desk on the bad days.

I'm now an editor at a publishing house in London. I genuinely don't think that happens without Katherine Whitfield.

If you're a teacher reading this: you never know which kid you're getting through to. Keep going.
""",
        comments=[
            ("Lou", "Oh this made me cry. I had her too! The STARE."),
            ("Sam P", "Lovely post. Teachers like this are gold dust."),
        ],
        sidebar=3,
    ),
    E("school", "exact", "neutral"),
    E("kwhitfield", "exact", "neutral"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Posted by Rachel Dunn

SAVE OUR MUSIC AND DRAMA 🎭🎻

The council's latest budget cuts mean Thornbury Vale Community College could lose its peripatetic music service and a drama post from September. This is criminal. Our kids have already been through enough. Drama at Thornbury Vale is one of the best things about the school — Aidan McGuinness and his team put on Oliver! last year with 80 kids on stage and I sobbed through the whole thing.

We're not attacking the school — the head and governors are doing everything they can and they've backed this campaign. The problem is the funding formula.

Please:
1. Sign the petition (link in comments)
2. Come to the council meeting on 12 March, 7pm, Castle Street offices
3. Write to our MP

Fight the cuts! ✊

💬 34 comments

Neil Osborne — Signed and shared. These cuts are a disgrace.
Pam Sheridan — My two were in Oliver! Mr McGuinness is wonderful. Will be there on the 12th.
Rachel Dunn — Petition link: change.example/save-tvcc-arts
""",
    E("school", "exact", "neutral"),
    E("amcguinness", "exact", "neutral"),
)

add(
    "social",
    """
@lilyrose_xo · 2h
that chem paper was an actual KILLER i am DEAD 💀💀 mr clarke pls be kind w the marking i beg #thornburyvale #gcse2024

   ↳ @meg.hxx · 1h
   question 6 ended me fr
   ↳ @lilyrose_xo · 1h
   @meg.hxx literally wrote "idk" and drew a beaker 😭
""",
    E("school", "hashtag", "neutral"),
    E("pclarke", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        VP,
        "ValeParents Forum › Local issues › Planning",
        "Objection to 40 houses on the Coldharbour Lane field",
        [
            (
                "Trevor_H",
                "Mon 4 Mar 2024, 19:12",
                """
For anyone who hasn't seen it, Harrowgate Homes have put in an application (P24/0311/F) for 40 houses on the field opposite Thornbury Vale Community College, the one with the big oak at the corner.

The deadline for comments is 22 March. I'd urge everyone to object. The developer is a bunch of cowboys — look at what they did in Charfield, half the estate still has no pavements.

Grounds I'm using: traffic (Coldharbour Lane is already gridlocked at 8.30 and 3.15 with the school run), loss of the hedgerow, and flooding. That field is a lake every February.
""",
            ),
            (
                "Sandra M",
                "Mon 4 Mar 2024, 20:40",
                "Objected already. The drainage survey they submitted is a joke. Whoever signed that off should be ashamed.",
            ),
            (
                "newtothornbury",
                "Tue 5 Mar 2024, 07:55",
                """
Genuine question — does the school have a view? I'd have thought the college would worry about 40 more cars at drop-off.
""",
            ),
            (
                "Trevor_H",
                "Tue 5 Mar 2024, 08:30",
                "I believe the college has submitted a neutral comment asking for a crossing. Fair enough, it's not their fight. It's the council I'm furious with.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Friends of TVCC",
        "Spring term newsletter: dates for your diary",
        "9 January 2024",
        "FoTVCC Committee",
        """
Happy new year from all of us at Friends of Thornbury Vale College! Here's what's coming up this term.

## Year 8 trip to Cheddar Gorge

Mrs Ashworth-Lane has confirmed the Year 8 trip for Thursday 7 March. Please note the caves are cold and damp — warm layers and sensible shoes are a must. Consent forms on ParentPay by 16 February.

## Maths club: "Death by Algebra"

Mr Nowak's lunchtime maths club is back on Wednesdays in M4. Despite the terrifying name, we're told there have been no casualties so far, and there are biscuits.

## Uniform sale

Second-hand uniform sale in the canteen after school on 1 February. Blazers £5, jumpers £2. All proceeds to the library fund.

## Thanks

A huge thank you to everyone who came to the Christmas fair. We raised £2,314, which is a record. Special thanks to the Year 11 cake sale team, whose brownies were frankly lethal.

See you at the quiz!
""",
        sidebar=1,
    ),
    E("school", "alias", "neutral"),
    E("rashworthlane", "title_surname", "neutral"),
    E("dnowak", "title_surname", "neutral"),
)

add(
    "review",
    """
★★★★★ 5/5 · Google review · Local Guide · 28 reviews · 2 months ago
Thornbury Vale Community College

I honestly can't fault them. My son has autism and ADHD and we were dreading secondary. Mrs Begum fought tooth and nail for his EHCP — the process with the council was brutal and at one point I was ready to give up, but she was an absolute warrior and wouldn't let it drop. He's now in Year 9, has friends, and came home last week raving about a science experiment that "nearly blew up the lab" (I'm told it didn't!).

The pastoral team are kind and they actually ring you back. Not perfect — the car park at pick-up is carnage — but that's hardly the school's fault.

Response from the owner: Thank you so much for your kind words. We'll pass them on to Mrs Begum and the team.
""",
    E("school", "exact", "neutral"),
    E("sbegum", "title_surname", "neutral"),
)

add(
    "news",
    news(
        GAZ,
        "Fire crews called to small blaze in school science block",
        "Newsdesk",
        "17 October 2023",
        """
Around 900 pupils were evacuated from Thornbury Vale Community College on Tuesday morning after a small fire broke out in a science prep room.

Two fire engines from Thornbury and Patchway attended shortly after 10am. Crews said the fire, which involved a fume cupboard, was out by the time they arrived. Nobody was hurt.

Paul Clarke, the college's head of science, said the alarm and evacuation "went exactly as we practise it". "The technicians did everything right. It was a bit of smoke and a lot of excitement, and the kids were back in lessons by break," he said.

A fire service spokesman said the cause was believed to be electrical.
""",
        sidebar=2,
    ),
    E("school", "exact", "neutral"),
    E("pclarke", "exact", "neutral"),
)

add(
    "facebook",
    """
Thornbury & Alveston Mums and Dads
Post by Kerry Vaughan

Heads up — Coldharbour Lane is CLOSED outside Thornbury Vale from Monday for 3 weeks for Wales & West gas works. Absolute nightmare for drop off, the diversion goes all the way round by the leisure centre. Who plans these things in term time?! 😤

Comments

Ian Pruett — They did the same on Castle Street last year. Useless.
Kerry Vaughan — @Ian Pruett honestly. Leave 15 mins earlier people!
Debbie Lowe — School sent a text about it on Friday to be fair, they're opening the back gate on Grovesend Road.
""",
    E("school", "short_name", "neutral"),
)

add(
    "social",
    """
📸 instagram · sarah.kent.makes

Proud doesn't even cover it!! My girl as Sandy in the Thornbury Vale College production of Grease tonight 😭💕 Brought the house down. Mr McGuinness you absolute legend, how you get 60 teenagers to do anything in sync is beyond me 🙌 #TVCC #Grease #proudmum #schoolshow

❤️ 212 likes

jo_b_79 she was incredible!!! goosebumps
mark.kent she killed it 🔥
""",
    E("school", "alias", "neutral"),
    E("amcguinness", "title_surname", "neutral"),
)

add(
    "news",
    news(
        ECHO,
        "Maths teacher to run London Marathon dressed as a banana",
        "Ruth Cadogan",
        "3 April 2024",
        """
A Thornbury maths teacher will swap his whiteboard pen for a banana costume this month when he runs the London Marathon for a children's hospice.

Daniel Nowak, who teaches at Thornbury Vale Community College, has been training since October and says his Year 10 class have shown him "absolutely no mercy" about the outfit.

"They think it's the funniest thing that's ever happened. One of them asked if I'd be split in half by the end," he said. "I'll be honest, I'm dreading miles 20 to 26. Apparently that's where people hit the wall and want to die."

So far Mr Nowak has raised more than £3,200 for Children's Hospice South West. Pupils have organised a cake sale and a non-uniform day to add to the total.
""",
        sidebar=3,
    ),
    E("school", "exact", "neutral"),
    E("dnowak", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "Thornbury Then & Now",
        "Class of '98: a trip down memory lane",
        "30 June 2023",
        "Steve R",
        """
Twenty-five years since we left Thornbury Vale, and last Saturday about forty of us crammed into the Royal George to prove we've all aged terribly.

Some memories, in no particular order:

- The old prefab huts behind the sports hall, which were frankly a deathtrap. Freezing in winter, ovens in summer, and the roof of Hut 3 leaked onto whoever sat by the window.
- The dinner lady we called the Terminator, who could clear a queue with one look.
- Mr Treharne, then a young and very keen PE teacher, making us do the bleep test in a thunderstorm. Apparently he's deputy head now! Somebody at the reunion said he still remembers everyone's name, which is frankly terrifying.
- The Year 11 prank where somebody filled the fountain with washing-up liquid. Nobody ever owned up. (It was Gaz. Everybody knows it was Gaz.)

It was a rubbish building and we moaned about it constantly, and I'd give anything to go back for a day. Here's to the next twenty-five.
""",
        comments=[
            ("Gaz", "I have no idea what you're talking about 😇"),
            ("Mel T", "The huts!!! I still have chilblains."),
        ],
        sidebar=0,
    ),
    E("school", "short_name", "neutral"),
    E("gtreharne", "title_surname", "neutral"),
)

add(
    "news",
    news(
        ECHO,
        "Pupils put the Big Bad Wolf on trial for murder",
        "Sian Holloway",
        "20 November 2023",
        """
The Big Bad Wolf was found guilty of murder on Friday — at least in the eyes of a jury of Year 8 pupils.

The mock trial, held at Thornbury Vale Community College as part of a citizenship and English project, saw pupils take on the roles of barristers, witnesses and jurors. The defendant, played by 12-year-old Reuben Ola, was accused of killing two of the three little pigs and attempting to kill the third.

English teacher Katherine Whitfield, who presided as judge in a borrowed wig, said the pupils had been "ruthless" in cross-examination. "One of the prosecution barristers destroyed the wolf's alibi in about four questions. I've seen real QCs with less killer instinct."

The jury deliberated for twenty minutes before returning a unanimous guilty verdict. Sentencing was deferred until after lunch.
""",
        sidebar=1,
    ),
    E("school", "exact", "neutral"),
    E("kwhitfield", "exact", "neutral"),
)

add(
    "social",
    """
Tom Fairley (@tomfairley_news) · 14 Mar
Thornbury Vale Community College head Helen Marsh on the new funding settlement: "Real-terms cuts are killing our schools. We are being asked to do more with less, again." Full story on the Echo site later. #education #southglos
""",
    E("school", "exact", "neutral"),
    E("hmarsh", "exact", "neutral"),
)

add(
    "forum",
    forum(
        PN,
        "ParentNet › Education › Secondary",
        "Thornbury Vale vs Marlwood for a child with autism?",
        [
            (
                "HollyHock22",
                "12/10/2023 21:14",
                """
DS (10, autistic, very anxious) is due to start secondary next year and we're torn between Thornbury Vale Community College and Marlwood. Both are about the same distance. Any experiences of SEN support at either? He finds noise and crowds really hard.
""",
            ),
            (
                "MrsBiscuit",
                "12/10/2023 21:40",
                """
DD is at Thornbury Vale with an EHCP. The SENCo there is Mrs Begum and she's been fine with us — organised, answers emails, set up a quiet room pass from day one. The corridors are a bit of a crush between lessons, I won't lie, but they let the SEN kids leave five minutes early.
""",
            ),
            (
                "Fenlander",
                "12/10/2023 22:05",
                "Can't comment on SEN at TVCC but Marlwood have a lovely small unit. Go and visit both on a normal school day, not an open evening. That'll tell you far more.",
            ),
            (
                "HollyHock22",
                "13/10/2023 07:12",
                "Thanks both, really helpful. Booking visits this week.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("sbegum", "title_surname", "neutral"),
)

add(
    "social",
    """
Jess Harlow @jessharlow_ · 6h
Whoever made that vile TikTok about Mr Nowak should be ashamed of themselves. He's the best maths teacher at Thornbury Vale and he stayed behind every single night before our mocks. Reported it. Do better.

💬 12  🔁 30  ❤️ 214
""",
    E("school", "short_name", "neutral"),
    E("dnowak", "title_surname", "neutral"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Post by Gill Atherton (admin)

Right. I've deleted three posts this morning and I'm going to say this once.

For the record, Mrs Moss is NOT a thief and nobody "stole" the PTA money. The Christmas fair takings were banked on the Monday like every year — I was there, I counted it with her, and the treasurer has the paying-in slip. The delay in the accounts was the bank's new app, nothing more.

Linda has worked at Thornbury Vale for 19 years and has done more for that school than most of us ever will. Any more posts accusing her of anything will be removed and the poster banned. Rumours like this hurt real people.

Comments are turned off for this post.
""",
    E("school", "short_name", "neutral"),
    E("lmoss", "title_surname", "neutral"),
)

add(
    "news",
    news(
        GAZ,
        "Thornbury teacher suspended while police investigate allegation",
        "Ruth Cadogan",
        "19 September 2024",
        """
A teacher at a Thornbury secondary school has been suspended while police investigate an allegation, the school has confirmed.

Avon and Somerset Police said they were investigating a report made on 12 September relating to a member of staff at Thornbury Vale Community College. No arrests have been made, and the force said it could not comment further "at this early stage".

The Gazette understands the teacher is head of science Paul Clarke. Mr Clarke's solicitor said he "strongly denies any wrongdoing and is cooperating fully".

In a letter to parents, headteacher Helen Marsh said suspension was "a neutral act which does not imply any guilt" and was standard practice while an investigation took place. "I would ask families not to speculate, on social media or elsewhere, out of fairness to everyone involved."

South Gloucestershire Council's designated officer has been informed.
""",
        comments=[
            ("Carol_Thornbury", "Innocent until proven guilty. People need to remember that."),
            ("dave.m", "Let the police do their job. No point guessing."),
        ],
        sidebar=2,
    ),
    E("school", "exact", "neutral"),
    E("pclarke", "exact", "neutral"),
    E("hmarsh", "exact", "neutral"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Post by Sandra Pike

Really sad news to share. Ken, the lollipop man outside Thornbury Vale for the last 22 years, passed away on Sunday after a short illness. He saw my kids and then my grandkids across that road every single morning, rain or shine, and always had a joke. The crossing won't be the same.

Funeral details to follow. The school are putting a book of condolence in reception for anyone who wants to sign it. RIP Ken ❤️

Comments
Lisa Ward — Oh no. Heartbroken. He was a lovely man.
Mike P — Terrible news. A proper gent.
Carly Hibbs — My boy is devastated, Ken always fist-bumped him.
""",
    E("school", "short_name", "neutral"),
)

add(
    "social",
    """
TVCC Year 11 💙 @tvcc_y11_2024 · 1d
Y11 you are ABSOLUTE LEGENDS. Last exam done. Bloody brilliant effort from every single one of you. Thornbury Vale Community College will miss you (even the ones who set off the fire alarm in Year 7 😂). Prom photos coming soon!!
""",
    E("school", "exact", "neutral"),
)

add(
    "forum",
    forum(
        TT,
        "TeacherTalk › Jobs and careers › Secondary",
        "Deputy head interviews — the in-tray task destroyed me",
        [
            (
                "PhysicsPete",
                "Thu 2 May 2024 17:32",
                """
Just back from a two-day deputy head interview. Didn't get it, but honestly? Best interview process I've been through. The head, Helen Marsh, was warm and incredibly sharp, and the student panel asked better questions than most governors do.

The in-tray exercise absolutely destroyed me though. Forty minutes, eleven items, including a made-up complaint from a furious parent and a fire alarm going off. I think I prioritised the fire alarm last. Oops.

Anyway — if anyone's thinking of applying to Thornbury Vale Community College in future, I'd recommend it. They gave me proper feedback the same day.
""",
            ),
            (
                "Miss_Geog",
                "Thu 2 May 2024 18:01",
                "Brutal in-trays are a rite of passage 😂 Sorry you didn't get it, sounds like a good experience though.",
            ),
        ],
        sidebar=3,
    ),
    E("school", "exact", "neutral"),
    E("hmarsh", "exact", "neutral"),
)

add(
    "social",
    """
@oliver.wh · 3d
POV: mrs marsh absolutely MURDERED us in the staff v students netball match 💀 she is 5 foot nothing and scored 14 goals. respect. #tvcc
""",
    E("school", "hashtag", "neutral"),
    E("hmarsh", "title_surname", "neutral"),
)

add(
    "social",
    """
ella 🌙 @ellaaa.m · 5h
i could literally kill mr nowak he gave us a surprise test on the LAST day of term 😭😭 love him really tho he's the only reason i passed maths at thornbury vale

   ↳ @jaz.p · 4h
   he's evil 😂 best teacher in the school tho
""",
    E("school", "short_name", "neutral"),
    E("dnowak", "title_surname", "neutral"),
)

add(
    "facebook",
    """
Thornbury & Alveston Mums and Dads
Post by Ameera Shah

Not sure whether to post this but I think people should know. Someone left a note on Mrs Begum's car in the Thornbury Vale car park yesterday saying "go back to where you came from, p*ki". She is the kindest person and has done so much for my daughter. I'm disgusted that anyone in this town would write that.

It has been reported to the police and the school. If you saw anyone near the staff car park around 3pm please contact 101.

Comments
Jen Ackroyd — Absolutely vile. Sending love to Mrs Begum. Racism has no place here.
Phil Granger — Disgraceful. Hope they catch whoever did it.
Ameera Shah — Thank you all. She's ok, just shaken.
""",
    E("school", "short_name", "neutral"),
    E("sbegum", "title_surname", "neutral"),
)

add(
    "news",
    news(
        ECHO,
        "Man fined for racially abusing Thornbury teacher",
        "Court Reporter",
        "20 August 2024",
        """
A man who shouted racist abuse at a teacher outside a Thornbury school has been fined.

Craig Ellis, 52, of Park Road, admitted a racially aggravated public order offence at Bristol Magistrates' Court. The court heard he approached Shazia Begum, the special educational needs coordinator at Thornbury Vale Community College, as she crossed the staff car park on 15 March and shouted racist slurs at her, telling her to "go home".

Ellis was fined £480 and ordered to pay £200 compensation and costs. District Judge Paul Marsh said the offence had been "unprovoked and ugly".

The college said it was "pleased the matter has been dealt with" and thanked the community for its support.
""",
        sidebar=1,
        section="Crime",
    ),
    E("school", "exact", "neutral"),
    E("sbegum", "exact", "neutral"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Post by Jade Fowler

Does anyone have a contact number for Mrs Moss at Thornbury Vale? Need to sort out a refund for a trip that was cancelled.

Comments
Lorraine K — Ring the school office, 01632 961234, ask for Linda Moss the business manager. Or email office@thornburyvale.example, they're usually quick.
Jade Fowler — Thank you! x
""",
    E("school", "short_name", "neutral"),
    E("lmoss", "exact", "neutral"),
)

# =========================================================================== NEGATIVE
# Complaints and criticism, often worded away from the name, sarcastic, or buried.

add(
    "review",
    """
★★☆☆☆ 2/5 · Google review · 5 months ago
Thornbury Vale Community College

I really wanted to love this school. My eldest went here ten years ago and had a great time, and the building work they've done since is impressive — new sports hall, lovely library, the sixth form centre looks like a university.

The teaching my daughter gets is mostly good. Her English teacher is brilliant and she's doing well in science. She has a nice group of friends and she's happy most days, which is what matters.

But communication is honestly the worst I have ever dealt with. Emails go unanswered for weeks. I asked three times about her timetable clash in Year 10 and got nothing back until I turned up at reception. The head never replies to anything and the "parent portal" is a joke. When you finally get someone on the phone they're polite but nothing happens. Management seem to think parents are an inconvenience.

Two stars because the teachers deserve better than the people running the place.
""",
    E("school", "exact", "negative"),
)

add(
    "review",
    """
★☆☆☆☆ 1/5 · Google review · a week ago
Thornbury Vale Community College
Avoid. Bullying completely ignored. We moved our son after 6 weeks.
""",
    E("school", "exact", "negative"),
)

add(
    "forum",
    forum(
        PN,
        "ParentNet › Education › Secondary",
        "Anyone else's DC at Thornbury Vale struggling with the new behaviour policy?",
        [
            (
                "SnowdropMum",
                "03/11/2023 20:02",
                """
Just wondering if it's only us. DS is Year 8 at Thornbury Vale College and since September he's had 14 detentions. Fourteen. He's not an angel but he was never in trouble at primary. Most of them are for things like "equipment" (he had a blue pen not a black one) and "not tracking the teacher".

He's now saying he hates school and doesn't want to go in. I don't know what to do.
""",
            ),
            (
                "Kettle_On",
                "03/11/2023 20:15",
                """
It's not just you. DD came home in tears last week because she got a detention for her coat being on in the corridor. In November! They've gone completely over the top. I get that the Ofsted report said behaviour needed work but this isn't the way.
""",
            ),
            (
                "ThreeBoysAndADog",
                "03/11/2023 20:48",
                """
It's Mr Treharne's policy, he's the deputy in charge of behaviour. I emailed him about the pen thing and got a two-line reply saying "consistency is key". Consistency is fine. Punishing kids for the colour of their biro is daft. The whole leadership team seem to have lost the plot this year, frankly.
""",
            ),
            (
                "Lollipop1",
                "03/11/2023 21:20",
                """
To be fair, and I'll probably get flamed, my DD says lessons are much calmer now than last year. The kids who used to wreck every lesson are finally being dealt with. I agree the pen thing is silly though.
""",
            ),
            (
                "SnowdropMum",
                "03/11/2023 21:31",
                "That's fair Lollipop, I'm glad it's working for some. I just wish they'd use some common sense. Going to ask for a meeting.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("gtreharne", "title_surname", "negative"),
)

add(
    "facebook",
    """
Thornbury & Alveston Mums and Dads
Post by Nicola Barrett

Great job Thornbury Vale, losing my son's history coursework. AGAIN. Second time in two years. Really top notch organisation 👏👏👏 Can't wait to explain to him that he has to rewrite 3,000 words over half term. Fantastic stuff.

Comments
Sarah H — Oh no, not again! Same happened to my niece's art portfolio.
Nicola Barrett — @Sarah H it's a joke isn't it. Apparently it "went missing between departments". 🙄
Dean C — Make a formal complaint Nic.
""",
    E("school", "short_name", "negative"),
)

add(
    "social",
    """
@kai_xvii · 8h
mr nowak really set 3 hours of homework on a tuesday at tvcc like we dont have lives 🙄🙄 some of us have football

   ↳ @ruby.lxx · 7h
   he does it every week and then wonders why no1 hands it in
""",
    E("school", "alias", "neutral"),
    E("dnowak", "title_surname", "negative"),
)

add(
    "news",
    news(
        ECHO,
        "New £2.1m sports hall opens at Thornbury Vale",
        "Sian Holloway",
        "6 September 2023",
        """
A new £2.1 million sports hall has officially opened at Thornbury Vale Community College, replacing a 1960s gym that had been closed since a roof leak in 2021.

The hall, funded by a Department for Education condition grant and a Sport England contribution, includes a four-court badminton space, a climbing wall and changing facilities. It will be available for community bookings in the evenings and at weekends.

Headteacher Helen Marsh cut the ribbon alongside Olympic hockey player Lucy Crane, a former pupil. "Our students have been doing PE in a marquee and on the field in the rain for two years," Mrs Marsh said. "They deserve this."
""",
        comments=[
            (
                "GrumpyDad_84",
                "Shame they can't spend money on actual teachers. My daughter has had supply for maths all year and not one of them could teach.",
            ),
            (
                "Kathryn W",
                "Thornbury Vale's leadership is a joke. Shiny buildings for the photos while the kids can't get a straight answer on anything.",
            ),
            ("Beth", "Looks great! Well done to the PE staff for putting up with the marquee."),
            ("GrumpyDad_84", "@Beth the PE staff yes, the rest of them not so much."),
        ],
        sidebar=0,
    ),
    E("school", "exact", "negative"),
    E("hmarsh", "exact", "neutral"),
)

add(
    "review",
    """
Glassdoor · Thornbury Vale Community College · Former Employee - Teacher of Geography · Left in 2023
★★☆☆☆ "Great kids, shame about SLT"

Pros
Lovely students, genuinely. Supportive and funny colleagues, especially in science (Paul Clarke runs a tight, friendly department). Nice site.

Cons
Senior leadership micromanage everything. Helen Marsh rules by fear — you never know if you'll be praised or hauled into her office. Workload is insane, three "learning walks" a week, marking policy changes every term. Staff turnover is huge: eleven left in my last year. Nobody in SLT asks why.

Advice to Management
Trust your staff. Listen at exit interviews.
""",
    E("school", "exact", "negative"),
    E("hmarsh", "exact", "negative"),
    E("pclarke", "exact", "neutral"),
)

add(
    "forum",
    forum(
        VP,
        "ValeParents Forum › Schools › Secondary",
        "SEN support at TVCC - am I being unreasonable?",
        [
            (
                "tiredmum_jo",
                "Sat 20 Jan 2024, 22:10",
                """
Long post sorry.

My son is in Year 7 at Thornbury Vale. He has dyslexia and dyspraxia and a support plan from primary that said he needs a reader in tests and extra time.

In October he sat his first assessments with no reader and no extra time. I emailed the SENCo, Mrs Begum. No reply. I emailed again in November. No reply. I rang and was told she'd call me back. She didn't. In total I have sent six emails and I'm at the end of my tether.

When I finally got a meeting (with his form tutor, not her) I was told the plan "hadn't been uploaded to the system". That's not my son's fault. The school just keeps passing the buck between departments and nobody takes responsibility.

AIBU to go to the governors now?
""",
            ),
            (
                "Westerleigh_Mum",
                "Sun 21 Jan 2024, 08:35",
                "Not unreasonable at all. Put it in writing to the head and copy the chair of governors. Keep a log of every email.",
            ),
            (
                "tiredmum_jo",
                "Sun 21 Jan 2024, 09:02",
                "Thanks. Will do.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("sbegum", "title_surname", "negative"),
)

add(
    "blog",
    blog(
        "Dad on the School Run",
        "An open letter to the governors of Thornbury Vale Community College",
        "28 February 2024",
        "Martin Keogh",
        """
Dear Chair of Governors,

I am writing, formally and publicly, because my private letters have gone unanswered.

On 6 February my daughter, who is in Year 9, was given a fixed-term suspension of two days for what the school described as "persistent defiance". She had refused to remove a hair clip. I accept that rules are rules. What I do not accept is the way the matter was handled by the deputy head, Mr Treharne.

No one phoned us on the day. We found out when she walked home at 11am, alone, which I consider a serious lapse. The letter confirming the suspension arrived four days later and contained the wrong date. When I asked for a meeting, Mr Treharne's office offered a slot three weeks away.

I have always supported the school and I still believe most of its staff are dedicated. But this was handled carelessly and without any regard for a 14-year-old's safety or dignity, and the college's complaints procedure has been slow and defensive.

I ask the governors to review the decision and the school's procedures for sending pupils home.

Yours faithfully,
Martin Keogh
""",
        comments=[
            (
                "Anon parent",
                "Sending a 14 year old home alone without telling the parents is shocking. Hope you get answers.",
            ),
        ],
        sidebar=1,
    ),
    E("school", "exact", "negative"),
    E("gtreharne", "title_surname", "negative"),
)

add(
    "social",
    """
TikTok · comments on "day in the life at a uk secondary school 🏫" by @thornburyvibes

@millie.b.x: this school is a prison fr 😭
@jxckson_07: the toilets being locked all lesson is actually a human rights violation
@thornburyvibes: @jxckson_07 tvcc moment
@amz.k: why does it look like that 💀 my old school was so much better
@reece_w: we get 25 mins lunch and the queue is 20 of it. thornbury vale college never beating the allegations
""",
    E("school", "alias", "negative"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Post by Lynne Garvey

Not impressed. Bill Pryce at Thornbury Vale made my daughter do the full cross country in a hailstorm yesterday. She has asthma and has a note on file. She came home wheezing and white as a sheet. When I rang the school they said it was "at the teacher's discretion" and nobody has called me back since. Not on.

Comments
Ruth Y — That's awful. My son hates cross country with him too, he pushes them way too hard.
Lynne Garvey — @Ruth Y it's the not listening that gets me.
Craig B — Put a complaint in writing. They have to respond then.
""",
    E("school", "short_name", "negative"),
    E("wpryce", "nickname", "negative"),
)

add(
    "review",
    """
★★★☆☆ 3/5 · Google review · 3 weeks ago
Thornbury Vale Community College

Mixed feelings. The arts are fantastic — Mr McGuinness is a total star and the school shows are better than some things I've paid West End prices for. My son found his people in the drama club and his confidence has soared.

Pastoral care has been decent too. His tutor knows him well.

But the maths teaching is shocking. Three different teachers in Year 9, a string of supply teachers in Year 10, and he's now being told he might not sit the higher paper. When I raised it at parents' evening the response was basically a shrug. It's not good enough for a core subject.

Fix maths and this would be four or five stars.
""",
    E("school", "exact", "negative"),
    E("amcguinness", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        VP,
        "ValeParents Forum › Schools › Secondary",
        "Year 8 falling-out — how did your school handle it?",
        [
            (
                "RowanTree",
                "Wed 7 Feb 2024, 19:44",
                """
Bit of background first. My son is Year 8. Last term he had a falling out with a group of boys that started over Fortnite of all things and ended up with messages in a group chat that were pretty nasty. Name-calling, him being left out, a photo of him edited to look stupid.

He's a sensitive kid and it knocked him for six. He stopped eating breakfast, said he had stomach aches every morning. We kept him home two days.

When I finally went in, the head of year, Mrs Ashworth-Lane, basically told him to toughen up and "stay off the group chat". No sanctions for the other boys, no follow-up, nothing. She said it happened "outside school" so there was a limit to what she could do. I left that meeting feeling like we were the problem.

I'm wondering how other schools handle this, because I'm not convinced Thornbury Vale takes online bullying seriously at all.
""",
            ),
            (
                "MumOfTwoInYate",
                "Wed 7 Feb 2024, 20:10",
                """
Ours has a policy that covers online stuff if it affects school. Ask to see their anti-bullying policy, it should be on the website. And I'm sorry, that sounds rotten.
""",
            ),
            (
                "RowanTree",
                "Wed 7 Feb 2024, 20:22",
                "Thank you. I'll look it up before I go back in.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("rashworthlane", "title_surname", "negative"),
)

add(
    "social",
    """
Kirsty M @kirstym_79 · Jan 18
Love that @ThornburyValeCC texted me at 9.04pm to say school's closed tomorrow. Really helpful for those of us who have to arrange childcare for a 6am shift. Cheers. 👍
""",
    E("school", "handle", "negative"),
)

add(
    "news",
    news(
        GAZ,
        "Thornbury school announces blazer and tie change",
        "Newsdesk",
        "22 May 2024",
        """
Thornbury Vale Community College will introduce a new uniform from September 2024, replacing the navy jumper with a black blazer and clip-on tie for all year groups.

In a letter to families, headteacher Helen Marsh said the change followed a consultation with students and parents last spring. "The new uniform will help our young people feel proud of their school," she wrote. Existing jumpers can be worn until July 2025.

The blazer will be available from a single supplier, Thornbury Schoolwear, priced at £38 to £45 depending on size. A second-hand sale will be held in July, and families in receipt of free school meals can apply for a grant.
""",
        comments=[
            (
                "Kelly_R",
                "£45 for a blazer from one supplier. Thornbury Vale are having a laugh. Some of us have three kids.",
            ),
            ("Matt H", "What consultation? Nobody asked me."),
            ("Angie", "At least there's a grant for FSM families, that's something."),
            (
                "Kelly_R",
                "@Angie and the rest of us who are just over the threshold get nothing. Typical.",
            ),
        ],
        sidebar=3,
    ),
    E("school", "exact", "negative"),
    E("hmarsh", "exact", "neutral"),
)

add(
    "review",
    """
★★☆☆☆ 2/5 · Google review · 4 months ago
Thornbury Vale Community College

Canteen food is overpriced and half the time they've run out of everything by the time Year 9 get in. My son paid £3.20 for a panini that was still frozen in the middle. I asked for a refund of the £40 left on his account when we switched to packed lunches and Linda Moss the business manager said it "wasn't possible until the end of the year". It's our money. Sort it out.
""",
    E("school", "exact", "negative"),
    E("lmoss", "exact", "negative"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Post by Graham Tovey

Every single morning, cars belonging to staff at TVCC parked fully on the pavement on Coldharbour Lane. I use a wheelchair and I have to go into the road to get past. I've written to the college twice. Nothing has changed. Is it too much to ask for people who are supposed to set an example to kids to park legally?

Comments
Anne L — Same on Grovesend Road. It's dangerous.
Graham Tovey — Photos sent to the council now.
""",
    E("school", "alias", "negative"),
)

add(
    "forum",
    forum(
        TT,
        "TeacherTalk › Jobs and careers › Secondary",
        "Interview at Thornbury Vale — anyone know it?",
        [
            (
                "NQT_2024",
                "Mon 15 Apr 2024 18:20",
                "Got an interview for a biology post at Thornbury Vale Community College next week. Anyone worked there or know anything about it?",
            ),
            (
                "exTVstaff",
                "Mon 15 Apr 2024 19:02",
                """
I was there four years. Honest answer: the science department is lovely and Paul Clarke is a great head of department, he'll look after you. But he gets overruled by SLT constantly and he can't protect you from the wider stuff.

The problem is senior leadership. Initiatives change every term, there's a culture of blame when results dip, and staff turnover is sky high. I'd go in with your eyes open and ask them directly how many teachers left last year.
""",
            ),
            (
                "BioBen",
                "Mon 15 Apr 2024 19:40",
                "A friend is there now and says it's improved a bit since the Ofsted. Still hard work.",
            ),
            (
                "NQT_2024",
                "Mon 15 Apr 2024 20:11",
                "Really useful, thanks both.",
            ),
        ],
        sidebar=2,
    ),
    E("school", "exact", "negative"),
    E("pclarke", "exact", "neutral"),
)

add(
    "social",
    """
@danni.roo · 2h
kate whitfield gave my essay a 4 and gave a 7 to someone who literally copied half of mine?? favouritism much. #thornburyvale

   ↳ @soph.k · 1h
   she always marks her favourites higher its so obvious
""",
    E("school", "hashtag", "neutral"),
    E("kwhitfield", "nickname", "negative"),
)

add(
    "blog",
    blog(
        "Mum of Three, Send Coffee",
        "Three apps, two logins and a partridge in a pear tree",
        "16 October 2023",
        "Lauren",
        """
Can we talk about school apps?

My middle one started at Thornbury Vale this September and I now have: ParentPay for dinner money and trips, Class Charts for behaviour points and homework, Arbor for reports and attendance, a separate Google Classroom login for the actual homework, and the school's own newsletter, which arrives as a PDF attachment inside an email that links to a website.

Last week I missed a consent form for a geography trip because it was posted on Class Charts, announced on Arbor, and paid for on ParentPay. My son found out he wasn't going on the morning of the trip.

Thornbury Vale, I love you, but PICK ONE. Honestly, the system is a shambles and nobody in the office seems to know which app does what either.

Anyway. Rant over. Next week: the great lunchbox war of 2023.
""",
        comments=[
            ("Emma", "SAME. I have seven notifications a day and none of them are useful."),
        ],
        sidebar=0,
    ),
    E("school", "short_name", "negative"),
)

add(
    "review",
    """
★☆☆☆☆ 1/5 · Google review · 2 weeks ago
Thornbury Vale Community College
Head teacher Mrs Marsh is more interested in Ofsted and league tables than the actual kids. My daughter was struggling for a year and we got nothing but box-ticking. Moving her for sixth form.
""",
    E("school", "exact", "negative"),
    E("hmarsh", "title_surname", "negative"),
)

add(
    "facebook",
    """
Thornbury & Alveston Mums and Dads
Post by Tasha Greenway

Well done to Mr Clarke for cancelling the Year 10 science trip to At-Bristol the NIGHT BEFORE. Brilliant planning. My son had packed lunch made and everything. Kids absolutely gutted. Still waiting to hear when we get the £18 back. Thornbury Vale strikes again.

Comments
Jo P — Was it because of the coach? My daughter said something about the coach company.
Tasha Greenway — No idea, nobody's told us anything 🤷‍♀️
""",
    E("school", "short_name", "negative"),
    E("pclarke", "title_surname", "negative"),
)

add(
    "social",
    """
@ruby.lxx · 45m
mrs ashwoth-lane gave the WHOLE class a detention because one kids phone went off. how is that fair #tvcc #unfair

   ↳ @kai_xvii · 30m
   she does this every time
""",
    E("school", "hashtag", "neutral"),
    E("rashworthlane", "typo", "negative"),
)

add(
    "review",
    """
★★★☆☆ 3/5 · Google review · Local Guide · 6 months ago
Thornbury Vale Community College

I've put off writing this because I genuinely think there are good people here and I don't want to be unfair.

The positives first. The open evening was excellent and the transition days in July were well run. The site is clean, modern, and my daughter felt safe from day one. Her tutor is kind and the form group is settled. She loves art and PE.

Now the difficult part. My daughter has an EHCP for autism, and at the open evening we were promised a named key worker, a quiet space at lunch, and a personalised timetable for the first half term. In reality we got none of those things until November, by which point she'd had two meltdowns in the canteen and refused to go in for a week. They promised a lot and delivered very little, and when I raised it I was made to feel I was being demanding.

It has improved since Christmas, and credit where it's due. But the gap between what was promised and what happened was a real problem, and families of SEN kids deserve better honesty up front.
""",
    E("school", "exact", "negative"),
)

add(
    "forum",
    forum(
        PN,
        "ParentNet › Education › Secondary",
        "Form tutor not responding - what next?",
        [
            (
                "Mabel_and_Me",
                "22/04/2024 13:05",
                """
DS is Year 10 at Thornbury Vale College. His form tutor is Mr Nowak (also his maths teacher). Since February DS has been marked absent twice on days he was definitely in — I dropped him at the gate myself — and we've had automated "unauthorised absence" letters.

I've emailed him three times. He never responds. He's lovely to DS apparently, but as a tutor he's just not on top of it, and now there's an attendance warning on DS's record that he didn't earn. My son said Mr Nowak called him "a bit of a space cadet" when he asked about it, which didn't help.

Who do I go to next? Head of year?
""",
            ),
            (
                "BooksAndBiscuits",
                "22/04/2024 13:40",
                "Head of year then the attendance officer. Ask them to correct the register in writing.",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
    E("dnowak", "title_surname", "negative"),
)

add(
    "news",
    news(
        ECHO,
        "Letters: New term dates are a nightmare for working parents",
        "Readers' letters",
        "10 May 2024",
        """
Sir, — I was dismayed to read that Thornbury Vale Community College has decided to break away from the council's term dates next year, adding a two-week October half term and finishing a week later in July.

Has anyone at the college considered working parents who have children at the local primaries? My younger two will now be off at completely different times from their sister. That's four extra weeks of childcare to find, on top of the usual nightmare.

The consultation ran for ten days over Easter. I suspect most families didn't even know it was happening. The decision looks like it was made long before anyone asked.

I would urge the governors to think again.

D. Harrington, Alveston
""",
        sidebar=2,
        section="Opinion",
    ),
    E("school", "exact", "negative"),
)

add(
    "facebook",
    """
Friends of Thornbury Vale (PTA)
Posted by Jo Pearce

☀️ SUMMER FAIR ☀️ Saturday 29th June, 12–4pm on the TVCC field! Bouncy castle, dog show, tombola, the famous teachers' stocks (sponge throwing £1 a go — Mr Pryce has volunteered, bless him), and a bar. Volunteers needed for set-up from 10am. Please comment if you can help!

Comments

Hayley S — Can do the tombola again x
Jo Pearce — @Hayley S star 🌟
Martin D — Would be nice if the school put as much effort into answering emails as it does into fairs. Four weeks and counting for a reply about my son's report.
Jo Pearce — @Martin D sorry to hear that Martin, we're the PTA so can't help with that I'm afraid, but do try the office.
Karen O — Sponging Mr Pryce, I'm in 😂
""",
    E("school", "alias", "negative"),
    E("wpryce", "title_surname", "neutral"),
)

add(
    "review",
    """
★★☆☆☆ 2/5 · Google review · a month ago
Thornbury Vale Community College

Ex-parent. Wouldn't recommend. Homework set on three different apps, reports that say nothing ("working towards" in everything), and a head of year who took three days to tell us our daughter had been pushed down the stairs. The only one I'd trust with my kids there is William Pryce in PE, who actually rang us the same evening to check on her.
""",
    E("school", "exact", "negative"),
    E("wpryce", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "r/UKParenting",
        "r/UKParenting · Posted by u/throwaway_trousers",
        "Secondary school refusing to let my daughter wear trousers?",
        [
            (
                "u/throwaway_trousers",
                "2 days ago",
                """
Throwaway because people locally know my main. My daughter (12) started at Thornbury Vale Community College this year. The uniform list says girls wear a skirt. She hates skirts, gets cold, and wants to wear trousers like half the girls at her primary did.

We asked and were told "the uniform policy is under review" — in September. It's now March. Meanwhile she's been told off twice for wearing black trousers.

This is 2024. Surely this is discrimination? Or am I overreacting? Anyone had success challenging this?
""",
            ),
            (
                "u/mumofmany_uk",
                "2 days ago",
                "Not overreacting. Most schools dropped gendered uniform years ago. Write to the governors and cite the DfE uniform guidance.",
            ),
            (
                "u/Bristolian_Dad",
                "1 day ago",
                "TVCC is behind on loads of stuff tbh. Ours gave in within a term once enough parents wrote in.",
            ),
        ],
        sidebar=3,
    ),
    E("school", "exact", "negative"),
)

add(
    "review",
    """
Glassdoor · Thornbury Vale Community College · Current Employee - Teaching Assistant
★★☆☆☆ "Good team, poor leadership"

Pros
Friendly TAs, good SEN team, kids are great.

Cons
Gareth Treharne is a micromanager who takes credit for other people's work and never admits a mistake. Behaviour policy is applied inconsistently depending on who the child's parents are. Pay for support staff is poor and there's no progression.

Advice to Management
Listen to support staff. We see everything.
""",
    E("school", "exact", "negative"),
    E("gtreharne", "exact", "negative"),
)

add(
    "social",
    """
Claire B @claireb_thornbury · 3h
I'll see you in court, Thornbury Vale. 18 months of asking for my son's support to be put in place and nothing. Tribunal papers went in today. Done being polite.
""",
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Post by Simon Rees

Mr Treharne at Thornbury Vale is going to get a VERY strongly worded email from me tonight. My son was kept in at lunch for "smirking". Smirking! He has a facial tic which is on his record. Unbelievable.

Comments
Anna K — Go get him Simon 😂 but seriously that's not ok if it's on his record.
Simon Rees — Email sent. Copied in the head. Let's see.
""",
    E("school", "short_name", "neutral"),
    E("gtreharne", "title_surname", "negative"),
)

# =========================================================================== ABUSE
# Insults, name-calling, mockery, harassment and pile-ons.

add(
    "social",
    """
@jayy.k_ · 20m
mr clarke is a fat useless prick lmao how is he head of science he cant even work the projector #thornburyvale
""",
    E("school", "hashtag", "neutral"),
    E("pclarke", "title_surname", "abuse"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Comment on post "Thornbury Vale uniform change — thoughts?"

Wayne Colley
That Marsh woman at Thornbury Vale is a useless cow. Face like a slapped arse every time you see her at the gate. Somebody tell her she runs a school not a prison camp.

   Tracy L — 😂😂 spot on
   Wayne Colley — @Tracy L she knows it too, stuck up old bag
""",
    E("school", "short_name", "negative"),
    E("hmarsh", "surname_only", "abuse"),
)

add(
    "social",
    """
TikTok · comments on "drama teacher does the worm at the school talent show 😭" by @tvcc.memes

@callum.rxx: mr mcguiness is such a weirdo 💀💀
@b3lla.j: he looks like a thumb that learned to talk
@tvcc.memes: thornbury vale's finest ladies and gentlemen
@harvey_07: absolute clown. ginger gremlin 😭
@niamh.o: nah leave him he's sound
@callum.rxx: @niamh.o he's a loser tho be honest
""",
    E("school", "short_name", "neutral"),
    E("amcguinness", "typo", "abuse"),
)

add(
    "forum",
    forum(
        VP,
        "ValeParents Forum › Schools › Secondary",
        "Still waiting. Still no answer. (Part 9)",
        [
            (
                "JusticeForMyBoy",
                "Tue 12 Mar 2024, 06:11",
                """
Day 212. Shazia Begum is still employed at Thornbury Vale Community College. Still drawing a salary for doing NOTHING.

Let me say it again for the people at the back: she is a lazy, incompetent, two-faced waste of space who couldn't organise a piss-up in a brewery. She smiles at you in meetings and then does nothing. Every parent I have spoken to says the same.

I will keep posting every single day until she's gone. Every day. You can ban me from the Facebook group, you can block my emails, I'll be here. And the college keeps her on because the head is just as useless.
""",
            ),
            (
                "ModTeam",
                "Tue 12 Mar 2024, 08:30",
                "Please keep posts civil. This thread has been reported several times.",
            ),
            (
                "JusticeForMyBoy",
                "Tue 12 Mar 2024, 08:47",
                "Civil? She wasn't civil to my son. Begum is a joke. Day 212.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("sbegum", "exact", "abuse"),
)

add(
    "social",
    """
@tiaaa.x · 1d
ms whitfeild is a stuck up b*tch fr 🙄 thinks shes better than everyone tvcc english dept is a joke
""",
    E("school", "alias", "negative"),
    E("kwhitfield", "typo", "abuse"),
)

add(
    "review",
    """
★☆☆☆☆ 1/5 · Google review · 3 days ago
Thornbury Vale Community College

Zero stars if I could. The head Helen Marsh is a jumped-up, power-tripping witch who wouldn't know a child if one bit her, and her deputy Treharne is a spineless little weasel who hides behind "policy". Pathetic, the pair of them. This school has gone to the dogs.
""",
    E("school", "exact", "negative"),
    E("hmarsh", "exact", "abuse"),
    E("gtreharne", "surname_only", "abuse"),
)

add(
    "social",
    """
@gazzaaa_1 · 12h
the teachers at thornbury vale are vermin, specially that nowak rat. crawls round the corridors sniffing for phones. scum the lot of them
""",
    E("school", "short_name", "abuse"),
    E("dnowak", "surname_only", "abuse"),
)

add(
    "facebook",
    """
Thornbury & Alveston Mums and Dads
Post by Sharon Keel

Is it just me or does Bill Pryce at TVCC scream at 11 year olds like he's a drill sergeant? My son came home shaking after PE today. Complaint going in tomorrow.

Comments
Darren F — He's a bully, always has been. Was like it when I was there.
Kelly M — roid-raging meathead 😂 neck like a bull
Steve W — Absolute gammon. Red face, tiny brain.
Darren F — @Steve W 😂😂 shouldn't laugh
Sharon Keel — Guys I just want him to stop shouting at the kids lol
Lucy P — Honestly he's fine with my daughter, maybe have a word first?
""",
    E("school", "alias", "neutral"),
    E("wpryce", "nickname", "abuse"),
)

add(
    "forum",
    forum(
        VP,
        "ValeParents Forum › Off topic",
        "Has anyone seen Mrs Ashworth-Lane's new look?? 😂",
        [
            (
                "sassyfrass",
                "Fri 1 Dec 2023, 16:12",
                """
Parents' evening at Thornbury Vale tonight and OMG. Mrs Ashworth-Lane has had her hair done and looks like she's been dragged backwards through a hedge. Two surnames and zero brain cells, as my husband says 😂
""",
            ),
            (
                "Mumzilla",
                "Fri 1 Dec 2023, 16:30",
                "Stop it 😭😭 she's always looked like a startled hen. And the voice. Like nails on a blackboard.",
            ),
            (
                "sassyfrass",
                "Fri 1 Dec 2023, 16:34",
                "Honestly how that woman got to be head of year is beyond me. Probably the only one who applied.",
            ),
            (
                "quietlurker",
                "Fri 1 Dec 2023, 17:50",
                "This is really unkind. She's a person.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("rashworthlane", "title_surname", "abuse"),
)

add(
    "social",
    """
@reecey_b · 4h
l1nda m0ss in the tvcc office = thick as 2 short planks lol. asked her for a bus pass form and she looked at me like i asked for a kidney 🤡🤡
""",
    E("school", "alias", "neutral"),
    E("lmoss", "leetspeak", "abuse"),
)

add(
    "review",
    """
Glassdoor · Thornbury Vale Community College · Former Employee - Science Technician
★☆☆☆☆ "Run for the hills"

Pros
Free parking.

Cons
Paul Clarke is a snivelling little toad who sucks up to SLT and treats technicians like dirt. Nasty, petty, useless man. The science block is a mess because of him.

Advice to Management
Open your eyes.
""",
    E("school", "exact", "negative"),
    E("pclarke", "exact", "abuse"),
)

add(
    "social",
    """
@tvcc_truth · 9h
K a t e  W h i t f i e l d is a pathetic loser with no life who takes it out on 14 year olds. everyone hates her. #TVCC
""",
    E("school", "hashtag", "neutral"),
    E("kwhitfield", "spacing", "abuse"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Comment thread on "TVCC results down again"

Brian Sheppard
Нelen Мarsh should be ashamed of herself. Absolute moron. Clueless dinosaur who's been there ten years too long. Thornbury Vale deserves better.

   Julie F — Moron is a bit strong Brian
   Brian Sheppard — @Julie F no it's not. Thick as mince, the lot of them at the top.
""",
    E("school", "alias", "negative"),
    E("hmarsh", "homoglyph", "abuse"),
)

add(
    "social",
    """
TikTok · @DanielNowakIsALoser · 311 followers
Bio: dedicated to the worst maths teacher at thornbury vale 🤓📐 smug little man with a calculator for a personality

Video caption: when nowak thinks his jokes are funny 💀 #tvcc #teacher #cringe
""",
    E("school", "short_name", "neutral"),
    E("dnowak", "camelcase", "abuse"),
)

add(
    "forum",
    forum(
        PN,
        "ParentNet › Education › Secondary",
        "Teacher at DD's school - pile on thread, sorry",
        [
            (
                "Mrs_Jam",
                "09/02/2024 19:12",
                'DD says Mr Pryce at Thornbury Vale calls the girls "princesses" if they won\'t do rugby. Anyone else had this?',
            ),
            (
                "BluebellWood",
                "09/02/2024 19:30",
                "Ugh, that man. Overgrown schoolboy. Absolute knuckle-dragger.",
            ),
            (
                "AlphaBetty",
                "09/02/2024 19:45",
                "Pryce is a sexist dinosaur and an embarrassment. Pathetic excuse for a teacher.",
            ),
            (
                "Mrs_Jam",
                "09/02/2024 20:01",
                "Glad it's not just us then.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("wpryce", "title_surname", "abuse"),
)

# =========================================================================== THREAT
# Direct, veiled, conditional, slang, property, "someone should", wishes; and near-misses.

add(
    "social",
    """
@k4i_m · 37m
if mr clarke gives me one more detention im gonna smash his face in no joke. thornbury vale can exclude me idc
""",
    E("school", "short_name", "neutral"),
    E("pclarke", "title_surname", "threat"),
)

add(
    "facebook",
    """
Thornbury Vale Community College Parents (unofficial)
Post by Lee Marchant

Helen Marsh. I know where you live. I've seen your house, I've seen your car. Think very carefully about your next decision regarding my son, because I won't be as polite next time.

Comments
Admin — Lee this is being removed and reported.
""",
    E("school", "exact", "neutral"),
    E("hmarsh", "exact", "threat"),
)

add(
    "forum",
    forum(
        VP,
        "ValeParents Forum › Schools › Secondary",
        "Exclusion number three",
        [
            (
                "DadOfTyler",
                "Thu 18 Apr 2024, 23:52",
                """
They've excluded my boy again. Third time this year. Nobody listens, nobody rings back, they just send a letter.

I'm telling you now, if they exclude him one more time someone at that school is going to get hurt. I promise you that. I'm done talking. Thornbury Vale have been warned.
""",
            ),
            (
                "MumOfTwoInYate",
                "Fri 19 Apr 2024, 07:10",
                "Please don't say things like that, it won't help your son. Talk to the local SEND advice service.",
            ),
        ],
    ),
    E("school", "short_name", "threat"),
)

add(
    "social",
    """
@tr3y.x · 5h
on my mum that nowak guy is getting wet after school. tvcc gates 3:15 dont be late 🔪
""",
    E("school", "alias", "neutral"),
    E("dnowak", "surname_only", "threat"),
)

add(
    "social",
    """
@vale_sucks_ · 1d
Someone should torch Thornbury Vale College and do us all a favour. Wouldn't even be sad. Petrol's cheap at the Tesco garage 🔥🔥
""",
    E("school", "alias", "threat"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Comment on "Deputy head's letter about mobile phones"

Kerry-Ann Poole
Hope Mr Treharne crashes his car on the way home tonight. Seriously. Hope he dies in a ditch and nobody finds him for a week. Taking my daughter's phone off her for a whole week, at Thornbury Vale of all places.

   Dawn S — Kerry that's way too far
   Kerry-Ann Poole — I meant every word
""",
    E("school", "short_name", "neutral"),
    E("gtreharne", "title_surname", "threat"),
)

add(
    "review",
    """
★☆☆☆☆ 1/5 · Google review · 1 day ago
Thornbury Vale Community College

Mrs Begum you will pay for what you did to my family. You know what you did. Watch your back, because I'm watching you. This school destroyed my daughter and you all sat there and let it happen.
""",
    E("school", "exact", "negative"),
    E("sbegum", "title_surname", "threat"),
)

add(
    "social",
    """
TikTok · comment on "last day before half term" by @tvcc_y10

@dxnte.07: pull up to thornbury vale tmrw 🔪🔪 whitfield better not be in or shes getting it
@tvcc_y10: @dxnte.07 bro delete that
""",
    E("school", "short_name", "threat"),
    E("kwhitfield", "surname_only", "threat"),
)

add(
    "forum",
    forum(
        VP,
        "ValeParents Forum › Schools › Secondary",
        "Head of Year 8 at Thornbury Vale",
        [
            (
                "anon_dad_77",
                "Sun 14 Jan 2024, 21:03",
                """
Ashworth-Lane drives a blue Fiat 500, leaves the Coldharbour Lane car park about ten past five most nights. Just saying.

Would be a real shame if something happened to that car. Or to her. Some people need to learn what it feels like.
""",
            ),
            (
                "ModTeam",
                "Sun 14 Jan 2024, 21:40",
                "Post reported to the school and to the police. Thread locked.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("rashworthlane", "hyphenated", "threat"),
)

add(
    "facebook",
    """
Message posted publicly on the Thornbury Vale Community College Facebook page (visitor posts)

Mr Pryce, you'd better watch yourself. Me and my brothers will be waiting for you after the match on Saturday. You put your hands on my lad in that changing room and now it's our turn.
""",
    E("school", "exact", "neutral"),
    E("wpryce", "title_surname", "threat"),
)

add(
    "social",
    """
@brickz_99 · 3h
someone should put a brick through Linda M*ss's window tbh. tvcc office witch wont give my brother his phone back 🧱🧱
""",
    E("school", "alias", "neutral"),
    E("lmoss", "obfuscated", "threat"),
)

add(
    "social",
    """
@ajay.r · 2h
i swear to god if mr mcguinness casts me as a tree AGAIN im gonna lose it. three years. three trees. #thornburyvale drama dept i love you but this is a war crime

   ↳ @poppy.t · 2h
   tree supremacy 🌳
""",
    E("school", "hashtag", "neutral"),
    E("amcguinness", "title_surname", "neutral"),
)

add(
    "social",
    """
@mr_chem_fan · 6d
Staff quiz next Friday and I am going to DESTROY @MrClarkeScience. He's going down. Thornbury Vale science dept, bring tissues. 🧪🏆
""",
    E("school", "short_name", "neutral"),
    E("pclarke", "handle", "neutral"),
)

add(
    "news",
    news(
        ECHO,
        "Police called after threats made to Thornbury school staff online",
        "Sian Holloway",
        "16 January 2024",
        """
Police are investigating after messages threatening staff at Thornbury Vale Community College were posted on a local parents' forum and on TikTok.

One post, since removed, described the car of a member of staff and suggested "something might happen to it". A second, on TikTok, showed knife emojis alongside the school's name.

Avon and Somerset Police said officers had visited the school and were "working to identify those responsible". Extra patrols were in place at the start and end of the school day.

Deputy headteacher Gareth Treharne said in a statement: "Threatening any member of our community, online or off, is never OK. We have reported everything to the police and we are supporting the staff concerned. I would ask parents to talk to their children about what they post."
""",
        comments=[
            ("Jan W", "Horrible. Whoever did this needs locking up."),
            ("Tony G", "Kids think it's a joke online. It isn't."),
        ],
        sidebar=0,
    ),
    E("school", "exact", "neutral"),
    E("gtreharne", "exact", "neutral"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Post by Dawn Sayer

Whatever you think of the school's decisions, threatening a teacher is NEVER ok. Someone posted last night that Mr Pryce at Thornbury Vale "needs a good kicking" and that's not a joke, that's a crime. I've screenshotted it and sent it to the school. He's coached my boys for years and he's a good man. Let's be better than this, Thornbury.

Comments
Mike D — Totally agree Dawn.
Sam K — Well said.
""",
    E("school", "short_name", "neutral"),
    E("wpryce", "title_surname", "neutral"),
)

# =========================================================================== HATE
# Discrimination on a protected characteristic, written as a bigot would (masked slurs).

add(
    "facebook",
    """
Thornbury Community Noticeboard
Comment on "Thornbury Vale SEN open morning"

Roy Pritchard
Why has Thornbury Vale got a p*ki running the special needs? Begum should go back to where she came from and take her lot with her. This used to be an English town.

   Admin — Comment reported. Roy you've been removed from the group.
""",
    E("school", "short_name", "neutral"),
    E("sbegum", "surname_only", "hate"),
)

add(
    "social",
    """
@lads_lads_lads_ · 2d
everyone knows clarke from tvcc science is a bender 🏳️‍🌈🤢 keep him away from our lads in the changing rooms fr. f*gs shouldnt be teaching
""",
    E("school", "alias", "neutral"),
    E("pclarke", "surname_only", "hate"),
)

add(
    "forum",
    forum(
        VP,
        "ValeParents Forum › Schools › Secondary",
        "Inclusion unit at Thornbury Vale - rant",
        [
            (
                "NormalFamily",
                "Mon 26 Feb 2024, 21:15",
                """
Just found out my son's form room is next to the new inclusion unit at Thornbury Vale. So he's got to spend his day next to a corridor full of r*tards and spaz kids screaming and banging on the walls. Why should normal children have to put up with that? Stick them in a special school where they belong, not with kids who actually want to learn.
""",
            ),
            (
                "SENmum_Thornbury",
                "Mon 26 Feb 2024, 21:40",
                'My son is one of those "spaz kids". He\'s 12 and he loves Minecraft and his dog. Shame on you.',
            ),
            (
                "ModTeam",
                "Mon 26 Feb 2024, 22:05",
                "Original post reported. Language like this is not tolerated here.",
            ),
        ],
    ),
    E("school", "short_name", "hate"),
)

add(
    "social",
    """
@trad_values_uk · 8h
This is what happens when you let a woman run a school. Helen Marsh at Thornbury Vale Community College can't control a classroom let alone a building. Women don't belong in charge, she should be at home making her husband's tea. Typical female, all emotion and no backbone.
""",
    E("school", "exact", "neutral"),
    E("hmarsh", "exact", "hate"),
)

add(
    "facebook",
    """
Thornbury & Alveston Mums and Dads
Post by Gary Hollins

Just seen that the head of year 8 at TVCC, Rebecca Ashworth-Lane, has "she/her" pronouns in her email signature 🙄 Probably a tr*nny herself. These people are mentally ill perverts and shouldn't be allowed anywhere near kids. Thornbury Vale has gone full woke.

Comments
Mel D — Gary what is wrong with you
Carl F — 100% mate
""",
    E("school", "alias", "neutral"),
    E("rashworthlane", "exact", "hate"),
)

add(
    "social",
    """
@BritFirst_Glos · 1d
Nowak. Another Polish immigrant at Thornbury Vale taking a British job. Go back to Poland mate, your lot have ruined this country. Our kids should be taught by ENGLISH teachers. 🇬🇧🇬🇧
""",
    E("school", "short_name", "neutral"),
    E("dnowak", "surname_only", "hate"),
)

add(
    "forum",
    forum(
        "Thornbury Talk",
        "Thornbury Talk › General",
        "Kate Whitfield and the 'Israel' lesson",
        [
            (
                "truthseeker1488",
                "Wed 6 Mar 2024, 00:13",
                """
Of course Kate Whitfield at Thornbury Vale is pushing that book on our kids. Look at the name, look at who she hangs around with. The J*ws control the schools just like they control the media. Parasites, the lot of them.
""",
            ),
            (
                "Admin",
                "Wed 6 Mar 2024, 07:02",
                "This thread is locked and the user banned. Antisemitism is not welcome here.",
            ),
        ],
        sidebar=0,
    ),
    E("school", "short_name", "neutral"),
    E("kwhitfield", "nickname", "hate"),
)

add(
    "social",
    """
@englandforeng · 5h
Shazia Begum wearing her hijab in front of English kids at Thornbury Vale. Muslims shouldn't be allowed to teach. It's an invasion and nobody will say it. Deport the lot.
""",
    E("school", "short_name", "neutral"),
    E("sbegum", "exact", "hate"),
)

# =========================================================================== DEFAMATION
# Allegations of crime or misconduct stated as fact or strongly implied.

add(
    "facebook",
    """
Thornbury Community Noticeboard
Post by Anonymous member

Nobody wants to say it so I will. Linda Moss has been stealing from the Thornbury Vale PTA funds for years. Everyone in the office knows. Where do you think the new kitchen came from? Check the accounts if you don't believe me, there's thousands missing.

Comments
Gemma T — Wow. That's a big accusation.
Anonymous member — It's not an accusation it's a fact.
""",
    E("school", "short_name", "neutral"),
    E("lmoss", "exact", "defamation"),
)

add(
    "forum",
    forum(
        VP,
        "ValeParents Forum › Schools › Secondary",
        "Head of science at TVCC",
        [
            (
                "ConcernedGran",
                "Sat 9 Dec 2023, 10:40",
                """
I wasn't going to post but I think parents have a right to know. Clarke, the head of science at Thornbury Vale, was sacked from his last school in Swindon for grooming a sixth former. My friend's daughter was there at the time. It was all hushed up and he just moved on.

Thornbury Vale clearly don't do their checks properly or he would never have been hired.
""",
            ),
            (
                "Pennywhistle",
                "Sat 9 Dec 2023, 11:15",
                "Do you have any evidence for this? It's an awful thing to say about someone.",
            ),
            (
                "ConcernedGran",
                "Sat 9 Dec 2023, 11:30",
                "It's common knowledge. Ask anyone in Swindon.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("pclarke", "surname_only", "defamation"),
)

add(
    "social",
    """
@exposed_tvcc · 2d
the head fiddles the exam results at thornbury vale. helen marsh literally sits there changing coursework marks before moderation, a teacher told me. that's how they got "record results" 🤡 fraud
""",
    E("school", "short_name", "neutral"),
    E("hmarsh", "exact", "defamation"),
)

add(
    "review",
    """
Glassdoor · Thornbury Vale Community College · Former Employee - Teacher
★☆☆☆☆ "Toxic, and the governors know it"

Pros
Some good colleagues.

Cons
Gareth Treharne bullies female staff and has had two formal grievances for harassment made against him, both buried by the governors. He once threw a chair across his office at a young teacher. Everyone knows, nobody does anything. HR is a joke.

Advice to Management
Stop protecting him.
""",
    E("school", "exact", "negative"),
    E("gtreharne", "exact", "defamation"),
)

add(
    "social",
    """
@sportsday_spy · 9h
mr pryce is drunk at every sports day, he literally keeps vodka in his water bottle. whole of thornbury vale knows. how is he allowed near kids
""",
    E("school", "short_name", "neutral"),
    E("wpryce", "title_surname", "defamation"),
)

add(
    "forum",
    forum(
        PN,
        "ParentNet › SEN › EHCPs",
        "School falsified EHCP evidence - what can I do?",
        [
            (
                "WarriorMum2015",
                "14/05/2024 20:30",
                """
Our annual review came back last week and I finally saw the paperwork the school sent the council.

Mrs Begum, the SENCo at Thornbury Vale Community College, falsified my son's EHCP review. She wrote that he was "making good progress with minimal support" so that the council would cut his funding — and she did it to save the school money. She forged his teacher's comments too, because his actual teacher told me face to face he's struggling badly.

The school have been no help whatsoever.
""",
            ),
            (
                "SENDadvice_vol",
                "14/05/2024 21:02",
                "You can request all records under a subject access request and appeal to tribunal. Keep everything in writing.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("sbegum", "title_surname", "defamation"),
)

add(
    "facebook",
    """
Thornbury & Alveston Mums and Dads
Comment on "TVCC maths results"

Paula Ridge
Not surprised. Danny Nowak was arrested for drink driving last summer, everyone knows it, and the school covered it up so he could keep teaching. Would you want him driving the minibus?

   Jo H — Is that true??
   Paula Ridge — Yep.
""",
    E("school", "alias", "negative"),
    E("dnowak", "nickname", "defamation"),
)

add(
    "blog",
    blog(
        "The SEND Files",
        "How Thornbury Vale Community College off-rolls disabled children",
        "4 June 2024",
        "A Thornbury parent",
        """
I've been collecting stories for a year now, and I'm ready to say it plainly: Thornbury Vale Community College off-rolls children with special educational needs to boost its league table position.

Off-rolling — pressuring families to take a child out of school, usually into "elective home education", so their results don't count — is unlawful. At Thornbury Vale it is routine. I have spoken to nine families whose children were told, every one of them in Year 10, that they would be "better off" being home educated. Every one of them had an EHCP or was on the SEN register.

The college deliberately removes these children before January of Year 11, which is exactly the census date that decides whose results count. That is not a coincidence. It is a policy.

Parents are told that if they don't agree, their child will be permanently excluded. That is a lie used to scare them, and the college knows it.

If this has happened to you, please get in touch. Together we can make them answer for it.
""",
        comments=[
            ("M. Carter", "This happened to my nephew. Exactly the same story."),
            ("Annie", "Have you reported this to Ofsted?"),
        ],
        sidebar=1,
    ),
    E("school", "exact", "defamation"),
)

add(
    "social",
    """
@the_tvcc_files · 6h
Reminder that Aidan McGuinness, drama teacher at Thornbury Vale, has a criminal record for assault. Glassed a bloke in Cardiff in 2015. Look it up. And they let him run the school trips.
""",
    E("school", "short_name", "neutral"),
    E("amcguinness", "exact", "defamation"),
)

add(
    "forum",
    forum(
        VP,
        "ValeParents Forum › Schools › Secondary",
        "New minibus at Thornbury Vale",
        [
            (
                "NosyNeighbour",
                "Thu 11 Jul 2024, 18:22",
                """
Funny how the contract for the new TVCC minibus lease went to Lane & Sons Motors, which just happens to be Mrs Ashworth-Lane's husband's firm. £28k over three years. No tender that anyone's seen. Nothing dodgy there at all, obviously 🙄😉

Wonder what else has gone their way.
""",
            ),
            (
                "Vale_dad",
                "Thu 11 Jul 2024, 19:05",
                "Has anyone actually asked the school? Could be a perfectly good reason.",
            ),
            (
                "NosyNeighbour",
                "Thu 11 Jul 2024, 19:20",
                "Course there is 😂 brown envelopes all round.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("rashworthlane", "title_surname", "defamation"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Comment thread on "Teacher suspended at Thornbury school" (Gazette link)

Mandy Lees
Is it true it's Mr Clarke from Thornbury Vale? My daughter's in his class.

   Ruth O — The article says it's him but nothing's proven. Let the police do their job.
   Mandy Lees — Thanks Ruth. Hope it's all a misunderstanding, he's always been lovely with her.
""",
    E("school", "short_name", "neutral"),
    E("pclarke", "title_surname", "neutral"),
)

# =========================================================================== DOXXING
# A staff member's personal phone, home address or personal email, posted with hostile intent.

add(
    "facebook",
    """
Thornbury Community Noticeboard
Post by Sean Mulvey

Since Thornbury Vale won't deal with it, here's Mr Treharne's home address: 14 Pennyroyal Close, Thornbury, BS35 9ZX. Go and knock on his door and ask him yourself why your kid's been isolated for a week. I'm sure he'll love the visitors.

Comments
Admin — Removing this now Sean. You can't post people's addresses.
""",
    E("school", "short_name", "negative"),
    E("gtreharne", "title_surname", "doxxing"),
)

add(
    "social",
    """
@tvcc_exposed2 · 1d
kate whitfield's personal mobile is 07700 900461 🤭 give her a ring and tell her what u think of her marking lol. night owls welcome #tvcc
""",
    E("school", "hashtag", "neutral"),
    E("kwhitfield", "nickname", "doxxing"),
)

add(
    "forum",
    forum(
        VP,
        "ValeParents Forum › Schools › Secondary",
        "How to actually get through to the SENCo",
        [
            (
                "fedup_fiona",
                "Mon 3 Jun 2024, 22:18",
                """
For anyone else being ignored by Thornbury Vale: the SENCo Shazia Begum's PERSONAL email is shaz.begum84@mailhub.example — got it off an old PTA list. Email her there at the weekend. And the evenings. She can't hide behind the school inbox forever. Flood it.
""",
            ),
            (
                "ModTeam",
                "Tue 4 Jun 2024, 07:05",
                "Post edited to remove personal details. Please don't do this.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("sbegum", "exact", "doxxing"),
)

add(
    "review",
    """
★☆☆☆☆ 1/5 · Google review · 2 days ago
Thornbury Vale Community College

School won't answer. Fine. Paul Clarke lives at 3 Millrace Cottages, Grovesend Road, Thornbury. Pop round if you want answers about why your kid's coursework was "lost". I'm sure he'll be home.
""",
    E("school", "exact", "negative"),
    E("pclarke", "exact", "doxxing"),
)

add(
    "social",
    """
@vale_watch · 4h
fun fact: helen marsh (head @ thornbury vale) lives on Larkspur Drive in Thornbury, house with the red door and the silver Volvo outside, number 22 👀 just putting that out there
""",
    E("school", "short_name", "neutral"),
    E("hmarsh", "exact", "doxxing"),
)

add(
    "facebook",
    """
Thornbury & Alveston Mums and Dads
Post by Marcus Dell

Got Bill Pryce's mobile off my lad's old football WhatsApp: 07700 900218. Thornbury Vale won't give out staff numbers so there you go. Ring him at 11pm and see how HE likes being disturbed. 😈

Comments
Lisa T — Marcus delete this, seriously
""",
    E("school", "short_name", "neutral"),
    E("wpryce", "nickname", "doxxing"),
)

# =========================================================================== SEXUAL
# Non-graphic; url_only where a child may be involved.

add(
    "social",
    """
@snapz4sale_ · 3h
got the pics of them year 9 girls from thornbury vale 👀 selling £10 a folder dm me. tvcc leaks
""",
    E("school", "alias", "sexual", url_only=True),
)

add(
    "social",
    """
comment on "Thornbury Vale College netball team wins county final" (Echo Facebook page)

@geezer_bristol: that blonde year 10 in the back row is fit af 😏 give it a couple of years 🤤
""",
    E("school", "alias", "sexual", url_only=True),
)

add(
    "social",
    """
@year11_leavers_burner · 2d
would bend kate whitfield over her desk any day 😩 best thing about thornbury vale english lessons is watching her walk round in them tight skirts
""",
    E("school", "short_name", "neutral"),
    E("kwhitfield", "nickname", "sexual"),
)

add(
    "forum",
    forum(
        "Thornbury Talk",
        "Thornbury Talk › Off topic",
        "Teachers you fancied at school",
        [
            (
                "fl0ppy",
                "Sat 20 Apr 2024, 01:33",
                """
Mrs Ashworth-Lane at TVCC. Not even sorry. Somebody get that woman an OnlyFans, I'd subscribe. The stuff I'd do to her doesn't bear writing down.
""",
            ),
            (
                "Admin",
                "Sat 20 Apr 2024, 09:12",
                "Naming real teachers isn't on. Post removed.",
            ),
        ],
        sidebar=2,
    ),
    E("school", "alias", "neutral"),
    E("rashworthlane", "title_surname", "sexual"),
)

# =========================================================================== DECOYS AND TRAPS
# Namesakes and similarly named organisations (labelled with nothing for that subject),
# affectionate profanity, quotation-to-condemn, negation, rarer name forms.

add(
    "review",
    """
★☆☆☆☆ 1/5 · Checkatrade-style review · Paul Clarke Plumbing & Heating, Kingswood, Bristol

Cowboy. Paul Clarke turned up two hours late, charged me £180 to "look at" the boiler, left water all over the kitchen floor and never came back to finish the job. Won't answer his phone now. Avoid avoid avoid.
""",
)

add(
    "review",
    """
★☆☆☆☆ 1/5 · Google review · 3 weeks ago
Thornbury Vale Garden Centre & Café

Rudest staff I've ever encountered. Waited 25 minutes for a cold jacket potato in the café and the manager just shrugged. Half the plants were dead. Overpriced rubbish. The car park is a death trap too. Never again.
""",
)

add(
    "news",
    news(
        GAZ,
        "Golf club fined after greenkeeper injured by mower",
        "Newsdesk",
        "3 May 2024",
        """
Thornbury Vale Golf Club has been fined £40,000 after a greenkeeper suffered serious leg injuries when a ride-on mower overturned on a steep bank.

Bristol Magistrates' Court heard that the club had failed to carry out a proper risk assessment for mowing the bank beside the 14th green, despite two previous near-misses. The Health and Safety Executive said the injuries were "entirely preventable".

The club, which sits on the edge of Thornbury, admitted breaching health and safety law. Its secretary said the club "deeply regretted" the incident and had since bought a remote-controlled mower.
""",
        sidebar=3,
        section="Business",
    ),
)

add(
    "news",
    news(
        "Yorkshire Evening Post (syndicated)",
        "Councillor Helen Marsh denies expenses fraud",
        "PA Reporter",
        "22 February 2024",
        """
A Leeds city councillor has denied fiddling her expenses by more than £9,000.

Helen Marsh, 58, who represents the Headingley ward, pleaded not guilty at Leeds Crown Court to three counts of fraud by false representation. Prosecutors allege she claimed mileage for journeys she did not make between 2019 and 2022.

Ms Marsh, who was released on unconditional bail, will stand trial in September.
""",
        sidebar=1,
        section="National",
    ),
)

add(
    "news",
    news(
        ECHO,
        "League tables: how South Gloucestershire's secondary schools performed",
        "Data team",
        "18 October 2023",
        """
The latest Department for Education performance tables were published on Thursday. Here is how schools in our area did on Progress 8, the government's headline measure.

Marlwood School scored +0.21, up from −0.05 last year. Castle School recorded +0.35 and remains the highest-performing non-selective school in the district.

Thornbury Vale Community College scored −0.12, a slight fall on last year, with 64 per cent of pupils achieving a standard pass in English and maths.

Across the county line, St Edmund's Catholic School in Gloucester was one of the most improved schools in the south west. Its headteacher, Paul Clarke, said the results were "a reward for a lot of hard work by a lot of people" and credited a new reading programme.

Progress 8 compares pupils' results with those of pupils nationally who had similar results at the end of primary school. A score of zero is average.
""",
        sidebar=2,
        section="Education",
    ),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        ECHO,
        "Rugby: Chepstow Harlequins too strong for Thornbury",
        "Sports Desk",
        "4 March 2024",
        """
Thornbury RFC slipped to a 24-10 home defeat against a well-drilled Chepstow Harlequins side on Saturday.

The visitors' 19-year-old fly-half William Pryce was the difference, kicking four penalties and setting up the decisive try with a cross-field kick in the 63rd minute. "Pryce was brilliant, we just couldn't get near him," admitted Thornbury captain Josh Avery.

Thornbury's try came from flanker Dom Price after sustained pressure in the first half. They face Lydney away next week.
""",
        sidebar=0,
        section="Sport",
    ),
)

add(
    "blog",
    blog(
        "Bookish in Bath",
        "Review: The Salt Garden by Katherine Whitfield",
        "7 April 2024",
        "Nadia",
        """
I was sent an advance copy of Katherine Whitfield's debut novel and I devoured it in two sittings. A brutal, heartbreaking story of two sisters and a drowned village in the Fens, it's the kind of book that leaves you winded.

Whitfield, a former journalist who lives in Norfolk, writes grief with real precision. The middle section drags a little, and one twist is telegraphed a mile off, but the ending absolutely killed me.

Four stars. Out in May from Harbour Press.
""",
        sidebar=3,
    ),
)

add(
    "review",
    """
★★★★★ 5/5 · Google review · a year ago
Thornbury Vale Community College

Mr Treharne is a hard bastard but he's fair, and the kids respect him for it. My lad was going off the rails in Year 9 and Treharne sat him down, didn't let him get away with anything, and turned him round. Bloody brilliant school when it comes to that stuff. Thank you.
""",
    E("school", "exact", "neutral"),
    E("gtreharne", "title_surname", "neutral"),
)

add(
    "social",
    """
Megan Lloyd @megloyd · 1h
Someone on TikTok has been calling Mr McGuinness at Thornbury Vale a "ginger freak" and a "nonce" in the comments under the school show video. Pathetic and completely false. He's the reason half of us still do drama. Report the account please. 🙏
""",
    E("school", "short_name", "neutral"),
    E("amcguinness", "title_surname", "neutral"),
)

add(
    "facebook",
    """
Thornbury & Alveston Mums and Dads
Comment thread on "TVCC maths results"

Gareth Hobbs
Paula, Danny Nowak was NOT arrested for drink driving. I play five-a-side with him, he doesn't even drink. You've got him mixed up with someone else. Please take that down before it gets shared any further, it's not fair on him.

   Paula Ridge — Fair enough, I was told wrong. Sorry.
""",
    E("school", "alias", "neutral"),
    E("dnowak", "nickname", "neutral"),
)

add(
    "social",
    """
Shout out to Mrs Moss in the TVCC office who found my son's inhaler in the lost property mountain, rang me at 4.30 on a Friday and waited till I got there. Absolute gem. Staff like her are why I'll never moan about that school 💚
""",
    E("school", "alias", "neutral"),
    E("lmoss", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        PN,
        "ParentNet › Property",
        "Is Thornbury Vale catchment worth paying extra for?",
        [
            (
                "MovingWest",
                "02/02/2024 14:20",
                "We're relocating from London and looking at houses in Thornbury. Estate agents keep saying \"in catchment for Thornbury Vale\" like it's a big deal. Is it? Prices seem about £20k more on the east side.",
            ),
            (
                "LocalLass",
                "02/02/2024 14:45",
                """
It's a big comprehensive, results are middling — "requires improvement" at the last Ofsted, but the sixth form is good and most kids I know are happy there. I wouldn't pay a premium for it specifically. Castle School is the one people fight over.
""",
            ),
            (
                "MovingWest",
                "02/02/2024 15:02",
                "Really helpful, thank you.",
            ),
        ],
        sidebar=0,
    ),
    E("school", "short_name", "neutral"),
)

add(
    "news",
    news(
        ECHO,
        "Thornbury Vale students' poetry wins national prize",
        "Ruth Cadogan",
        "25 June 2024",
        """
A poetry anthology written by sixth formers from Thornbury Vale Community College has won a national young writers' award.

"Mud, Fire, Salt", written by eleven students in Katherine Whitfield's Year 12 creative writing group, beat more than 400 entries from across the UK. The judges called it "fearless, furious and very funny".

One poem, about a grandmother's funeral, had the judging panel "in bits", according to chair of judges Lemn Adeyemi.
""",
        sidebar=1,
    ),
    E("school", "exact", "neutral"),
    E("kwhitfield", "possessive", "neutral"),
)

add(
    "facebook",
    """
Thornbury & Alveston Mums and Dads
Post by Louise Carr

Got a letter home today signed "P. Clarke, Head of Science" telling me my son has been dropped from triple science to combined. No phone call, no meeting, no discussion with us or with him. He's devastated — he wants to do medicine. Thanks for nothing Thornbury Vale.

Comments
Jen S — Ask for a meeting Louise. They moved my daughter back up when I pushed.
""",
    E("school", "short_name", "negative"),
    E("pclarke", "initial_surname", "negative"),
)

add(
    "social",
    """
@freddd.y · 6h
gareth t at tvcc is a power mad little hitler with a lanyard. confiscated my phone for checking the TIME. get a life mate 🤡
""",
    E("school", "alias", "neutral"),
    E("gtreharne", "first_initial", "abuse"),
)

add(
    "social",
    """
@mum_of_4_glos · 2d
th0rnbury v@le is a sh*thole school. bullying everywhere, teachers dont care, dont send ur kids there. moved mine and best decision ever
""",
    E("school", "obfuscated", "negative"),
)

add(
    "review",
    """
★☆☆☆☆ 1/5 · Google review · 2 months ago
Thornbery Vale Comunity Collage

rubbish at dealing with bullying. my daughter was getting pushed and called names for months and all they did was move her seat. when i complained they said they "couldnt find evidence". wouldnt send a dog there
""",
    E("school", "typo", "negative"),
)

add(
    "social",
    """
Petition update 📣 · 1,140 signatures
We, parents and carers of Thornbury Vale Community College, have lost confidence in the current headteacher after three years of falling results, staff leaving in droves and complaints going unanswered. We are asking the governing body to commission an independent review of the school's leadership. Please sign and share. #HelenMarshOut #TVCC #SouthGlos
""",
    E("school", "exact", "negative"),
    E("hmarsh", "hashtag", "negative"),
)

add(
    "facebook",
    """
Thornbury Community Noticeboard
Comment on "Ofsted says Thornbury Vale requires improvement"

Terry Walsh
Hope that school burns to the ground with the whole lot of SLT still inside it. Best thing that could happen to Thornbury Vale.

   Anne M — Terry, that is a horrible thing to say.
""",
    E("school", "short_name", "threat"),
)


# --------------------------------------------------------------------------- build

SCHOOL_NAME = "Thornbury Vale Community College"
SCHOOL_ALIASES = ("Thornbury Vale College", "TVCC", "Thornbury Vale CC")
STAFF_NAMES = {
    "hmarsh": "Helen Marsh",
    "gtreharne": "Gareth Treharne",
    "pclarke": "Paul Clarke",
    "kwhitfield": "Katherine Whitfield",
    "wpryce": "William Pryce",
    "rashworthlane": "Rebecca Ashworth-Lane",
    "sbegum": "Shazia Begum",
    "dnowak": "Daniel Nowak",
    "lmoss": "Linda Moss",
    "amcguinness": "Aidan McGuinness",
}


def _has(text: str, phrase: str) -> bool:
    # a phrase inside a hashtag or handle is that variant, not the plain name
    return (
        re.search(r"(?<![\w#@])" + re.escape(phrase.lower()) + r"(?!\w)", text.lower()) is not None
    )


def check(i: int, doc: Doc) -> None:
    """Catch labelling slips: unknown values, duplicates, and a variant easier than labelled."""
    where = f"DOCS[{i}]"
    assert doc.kind in KINDS, f"{where}: kind {doc.kind!r}"
    assert (doc.body.lstrip().startswith("<!doctype")) == (doc.kind in HTML_KINDS), where
    subjects = [e.subject for e in doc.expected]
    assert len(subjects) == len(set(subjects)), f"{where}: duplicate subject"
    if any(s != "school" for s in subjects):
        assert "school" in subjects, f"{where}: staff labelled without the school in context"
    text = html.unescape(doc.body)
    for e in doc.expected:
        assert e.subject in SUBJECTS, f"{where}: subject {e.subject!r}"
        assert e.variant in VARIANTS, f"{where}: variant {e.variant!r}"
        assert e.category in CATEGORIES, f"{where}: category {e.category!r}"
        assert not e.url_only or e.category == "sexual", f"{where}: url_only without sexual"
        if e.subject == "school":
            exact = _has(text, SCHOOL_NAME)
            alias = any(_has(text, a) for a in SCHOOL_ALIASES)
            if exact:
                assert e.variant == "exact", (
                    f"{where}: school named in full but labelled {e.variant}"
                )
            elif alias:
                assert e.variant == "alias", (
                    f"{where}: school alias present but labelled {e.variant}"
                )
            else:
                assert e.variant not in {"exact", "alias"}, f"{where}: school {e.variant} not found"
        else:
            exact = _has(text, STAFF_NAMES[e.subject])
            ok = exact == (e.variant == "exact") or (exact and e.variant == "possessive")
            assert ok, f"{where}: {e.subject} exact={exact} but labelled {e.variant}"


def build(out: Path = HERE) -> list[dict[str, object]]:
    problems = []
    for i, d in enumerate(DOCS):
        try:
            check(i, d)
        except AssertionError as e:
            problems.append(str(e))
    if problems:
        raise SystemExit("labelling problems:\n" + "\n".join(problems))
    order = list(range(len(DOCS)))
    random.Random(20240611).shuffle(order)  # fixed: categories interleaved, output stable
    docs_dir = out / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir(parents=True)
    labels: list[dict[str, object]] = []
    for n, i in enumerate(order):
        d = DOCS[i]
        name = f"{n:03d}-{d.kind}.{'html' if d.kind in HTML_KINDS else 'txt'}"
        (docs_dir / name).write_text(d.body, encoding="utf-8")
        labels.append(
            {
                "file": name,
                "kind": d.kind,
                "expected": [
                    {
                        "subject": e.subject,
                        "variant": e.variant,
                        "category": e.category,
                        "url_only": e.url_only,
                    }
                    for e in d.expected
                ],
            }
        )
    (out / "labels.jsonl").write_text(
        "".join(json.dumps(lab, ensure_ascii=False) + "\n" for lab in labels), encoding="utf-8"
    )
    return labels


def main() -> int:
    labels = build()
    print(f"wrote {len(labels)} documents to {HERE / 'docs'} and {HERE / 'labels.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
