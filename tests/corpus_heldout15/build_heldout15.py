# ruff: noqa: E501
"""Build held-out corpus 15 for repwatch.

Setting (entirely fictional): Tees Bridgeworks University Technical College,
a UTC for 14-19 year olds on Ferrous Quay, Portrack, on the Teesside riverside
between Middlesbrough and Stockton-on-Tees. Specialisms: engineering and health
science; T Levels, A-levels and apprenticeships. Employer partners: Kelvane
Chemicals (Billingham), Tees Estuary Hospitals NHS Foundation Trust and
Northgate Rail Systems (Newton Aycliffe). Pupils travel in from Redcar,
Thornaby and Hartlepool. It opened in 2015 as Portrack Technical Academy.

Watchlist: see watchlist.toml. Aliases: "Bridgeworks UTC", "Bridgeworks"
(short name; also a Sheffield steel firm, a Darlington road and a Warrington
rugby league club), "TBUTC" (acronym), "Portrack Technical Academy" (former
name). Decoys: Bridgeworks Engineering Ltd (excluded), Bridgeworks Athletic
ARLFC (excluded), Bridgeworks Road in Darlington, Bridgewood UTC in Wakefield,
and same-name people (a footballer Gary Pearson, a Darlington councillor Kieran
Thompson, a Suffolk PE teacher Paul Dixon, a Whitby centenarian Margaret
Walker, a Northumberland farmer Anthony Fenwick, a London fintech founder Priya
Raman, a netballer Rachel Hesketh, a Leeds GP Dr Helen Clarke) and the exam
board Pearson.

Labelling conventions:
* One expected entry per subject per document.  ``category`` is the worst the
  whole document gives that subject (threat > hate > sexual > doxxing >
  defamation > abuse > negative > neutral).  ``variant`` is the easiest form
  of the name present (exact > alias > title_surname > the rest).
* School: the full name is ``exact``; "Bridgeworks" alone is ``short_name``;
  "Bridgeworks UTC", "TBUTC" and "Portrack Technical Academy" are ``alias``.
* Staff: "Mr Pearson"/"Coach Pearson" title_surname; "G. Pearson"/"Mrs M.
  Walker" initial_surname; "Gary P." first_initial; "Maggie"/"Tony"/"Gaz"
  nickname; "Pearson's" alone possessive; "Dr Ashworth"/"Mrs Clarke"
  hyphenated; "Rachel Hesketh" (maiden name) alias; surname alone
  surname_only; and the obfuscation families as named.  A name without its
  diacritic ("Siobhan Mulready") is still exact.
* A staff name counts only when the page ties it to the school, except for
  the unique Oswin Threlkeld.  Same-name people elsewhere give expected [].
* Reported speech: a court/police report of a threat is threat; a report of
  charges or a misconduct investigation is defamation; a report of online
  harassment is abuse; a report of racist abuse is hate.  Condemning or
  quoting a nasty comment in order to condemn it is neutral.  Profanity in
  praise is neutral.  Sarcastic complaints are negative.
* Sexual allegations involving staff and pupils: sexual with url_only true for
  the staff member and for the school.  Sexual comments about adult staff
  only: sexual, url_only false.
* Doxxing: a personal mobile, home address/postcode or personal e-mail near a
  staff name.  The college office numbers (01632 960418, 01632 960427) and
  work e-mail addresses are not doxxing.

Rerunnable and deterministic: deletes and rewrites docs/ and labels.jsonl.
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS = HERE / "labels.jsonl"

VARIANTS = {
    "exact", "title_surname", "initial_surname", "first_initial", "nickname",
    "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "alias", "short_name",
    "surname_only",
}
CATEGORIES = ("threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral")
KINDS = {"forum": "html", "news": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}

S = "school"
HA = "hashworth-clarke"
GP = "gpearson"
MW = "mwalker"
KT = "kthompson"
SM = "smulready"
RD = "rdunmore"
OT = "othrelkeld"
PD = "pdixon"
AF = "afenwick"
PR = "praman"
SUBJECTS = {S, HA, GP, MW, KT, SM, RD, OT, PD, AF, PR}


@dataclass(frozen=True)
class E:
    subject: str
    variant: str
    category: str
    url_only: bool = False

    def __post_init__(self) -> None:
        assert self.subject in SUBJECTS, self.subject
        assert self.variant in VARIANTS, self.variant
        assert self.category in CATEGORIES, self.category
        assert not self.url_only or self.category == "sexual", self


DOCS: list[tuple[str, str, tuple[E, ...], str | None]] = []


def add(kind: str, text: str, *expected: E, site: str | None = None) -> None:
    assert kind in KINDS, kind
    subjects = [e.subject for e in expected]
    assert len(subjects) == len(set(subjects)), f"duplicate subject in {text[:60]!r}"
    DOCS.append((kind, text.strip("\n"), tuple(expected), site))


# --------------------------------------------------------------------------
# HTML chrome
# --------------------------------------------------------------------------

NEWS_SITES = {
    "echo": ("Tees Valley Echo", "teesvalleyecho.example", ["News", "Sport", "Business", "Education", "Opinion", "What's On", "Jobs", "Announcements"]),
    "process": ("Northern Process Engineer", "npe-magazine.example", ["Process", "Safety", "Skills", "Projects", "Events", "Subscribe"]),
    "schools": ("Schools North Weekly", "schoolsnorth.example", ["Latest", "Leadership", "Inspection", "Post-16", "Jobs", "Podcast"]),
    "rail": ("Rail Build Today", "railbuildtoday.example", ["Rolling Stock", "Infrastructure", "Supply Chain", "People", "Events"]),
    "biz": ("Yorkshire Business Desk", "ybd.example", ["Companies", "Deals", "Property", "Manufacturing", "People"]),
    "council": ("Borough Council — Democracy", "democracy.borough-council.example", ["Councillors", "Committees", "Meetings", "Decisions", "Search"]),
    "jobs": ("North East Education Jobs", "ne-edujobs.example", ["Search jobs", "Schools", "Colleges", "Support staff", "Post a job"]),
    "sport": ("Grassroots North", "grassrootsnorth.example", ["Football", "Rugby League", "Rugby Union", "Cricket", "Results"]),
    "coast": ("Coast & Moors Gazette", "coastmoors.example", ["News", "Whitby", "Scarborough", "Farming", "Nostalgia", "Notices"]),
}
FORUM_SITES = {
    "reddit": ("r/Middlesbrough", "old.reddit.example", "reddit"),
    "natter": ("Teesside Parents Natter", "parentsnatter.example", "board"),
    "staffroom": ("StaffroomTalk — Secondary & FE", "staffroomtalk.example", "board"),
    "roboforum": ("RoboForum — Schools Robotics Community", "roboforum.example", "board"),
    "looseball": ("The Loose Ball — Amateur RL Forum", "looseball.example", "board"),
    "wyparents": ("West Yorkshire Parents", "wyparents.example", "board"),
}
BLOG_SITES = {
    "dadblog": ("Our Kid & Me — a Teesside dad's blog", "ourkidandme.example"),
    "mentor": ("Bolts & Bytes — notes from a robotics mentor", "boltsandbytes.example"),
    "principal": ("Notes from the Riverside", "notesfromtheriverside.example"),
    "techblog": ("Ledger Lines", "ledgerlines.example"),
    "parentrant": ("Mam on a Mission", "mamonamission.example"),
    "history": ("Lost Industries of the Tees", "lostindustries.example"),
    "trainee": ("Chalk Dust & Coffee", "chalkdustcoffee.example"),
    "watchdog": ("Tees Education Watch", "teeseduwatch.example"),
    "clocks": ("Escapement — horology and small engineering", "escapement.example"),
    "footy": ("Up the Colliery!", "upthecolliery.example"),
    "placement": ("Scrubs & Spanners", "scrubsandspanners.example"),
    "careers": ("Kelvane People Blog", "people.kelvane.example"),
    "send": ("Square Peg, Round Hole", "squarepegteesside.example"),
    "opinion": ("Straight Talk North", "straighttalknorth.example"),
    "rugby": ("Sevens Heaven", "sevensheaven.example"),
}

AUTHOR_RE = re.compile(r"^\[([^\]]+)\]\s*(.*)$", re.S)


def _paras(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _p(par: str) -> str:
    return "<p>" + "<br>\n".join(html.escape(line) for line in par.split("\n")) + "</p>"


def _cookie(i: int) -> str:
    if i % 3:
        return ""
    return ('<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to show relevant adverts. '
            'By continuing you agree to our cookie policy.</p><button>Accept all</button> <button>Manage choices</button></div>\n')


def render_news(i: int, text: str, site: str | None) -> str:
    key = site or ["echo", "echo", "schools", "echo"][i % 4]
    name, domain, nav = NEWS_SITES[key]
    paras = _paras(text)
    title = paras[0]
    body = paras[1:]
    byline = ""
    if body and (body[0].startswith("By ") or "|" in body[0].split("\n")[0][:80]) and len(body[0]) < 120:
        byline = f'<p class="byline">{html.escape(body[0])}</p>'
        body = body[1:]
    article, comments = [], []
    for par in body:
        m = AUTHOR_RE.match(par)
        if m:
            comments.append(f'<div class="comment"><span class="comment-author">{html.escape(m.group(1))}</span>{_p(m.group(2))}</div>')
        else:
            article.append(_p(par))
    comment_block = ""
    if comments:
        comment_block = f'<section class="comments"><h2>Comments ({len(comments)})</h2>\n' + "\n".join(comments) + "\n</section>"
    elif key == "echo":
        comment_block = '<section class="comments"><h2>Comments</h2><p class="muted">Comments are closed on this article.</p></section>'
    navhtml = " ".join(f'<li><a href="https://{domain}/{n.lower().replace(" ", "-").replace(chr(39), "")}">{html.escape(n)}</a></li>' for n in nav)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{html.escape(title)} | {html.escape(name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
{_cookie(i)}<header class="masthead"><a class="logo" href="https://{domain}/">{html.escape(name)}</a>
<nav><ul>{navhtml}</ul></nav>
<form class="search" action="https://{domain}/search"><input name="q" placeholder="Search"></form></header>
<main><article>
<h1>{html.escape(title)}</h1>
{byline}
{chr(10).join(article)}
<aside class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></aside>
</article>
{comment_block}
<aside class="most-read"><h2>Most read</h2><ol><li><a href="#">Weather warning: heavy rain expected this weekend</a></li><li><a href="#">Your pictures: sunrise over the river</a></li><li><a href="#">Road closures this week</a></li></ol></aside>
</main>
<footer><p>&copy; {html.escape(name)}. All rights reserved.</p><p><a href="https://{domain}/privacy">Privacy</a> · <a href="https://{domain}/terms">Terms</a> · <a href="https://{domain}/contact">Contact us</a> · <a href="https://{domain}/complaints">Complaints</a></p></footer>
</body></html>
"""


def render_forum(i: int, text: str, site: str | None) -> str:
    key = site or "reddit"
    name, domain, style = FORUM_SITES[key]
    paras = _paras(text)
    title = paras[0]
    posts = []
    for n, par in enumerate(paras[1:]):
        m = AUTHOR_RE.match(par)
        author, body = (m.group(1), m.group(2)) if m else ("anonymous", par)
        pts = (7 * (i + 3) * (n + 5)) % 97
        if style == "reddit":
            posts.append(f'<div class="{"submission" if n == 0 else "comment"}"><p class="tagline"><a class="author" href="https://{domain}/user/{html.escape(author)}">u/{html.escape(author)}</a> <span class="score">{pts} points</span></p>{_p(body)}<ul class="buttons"><li>permalink</li><li>save</li><li>reply</li></ul></div>')
        else:
            posts.append(f'<div class="post" id="p{n + 1}"><div class="postauthor">{html.escape(author)}<br><span class="joined">Posts: {pts * 3 + 1}</span></div><div class="postbody">{_p(body)}</div></div>')
    head = (f'<header><a href="https://{domain}/">reddit</a> <span class="sub">{html.escape(name)}</span> <a href="#">hot</a> <a href="#">new</a> <a href="#">top</a></header>'
            if style == "reddit" else
            f'<header><a class="logo" href="https://{domain}/">{html.escape(name)}</a><nav><a href="#">Forum index</a> · <a href="#">Search</a> · <a href="#">Register</a> · <a href="#">Log in</a></nav></header>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{html.escape(title)} : {html.escape(name)}</title></head>
<body>
{_cookie(i)}{head}
<main class="thread">
<h1>{html.escape(title)}</h1>
{chr(10).join(posts)}
</main>
<aside class="sidebar"><h2>About</h2><p>Be civil. No personal information. Report rule-breaking posts to the moderators.</p></aside>
<footer><p><a href="#">Rules</a> · <a href="#">Privacy</a> · <a href="#">Contact moderators</a></p></footer>
</body></html>
"""


def render_blog(i: int, text: str, site: str | None) -> str:
    key = site or "dadblog"
    name, domain = BLOG_SITES[key]
    paras = _paras(text)
    title = paras[0]
    article, comments = [], []
    for par in paras[1:]:
        m = AUTHOR_RE.match(par)
        if m:
            comments.append(f'<li class="comment"><cite>{html.escape(m.group(1))}</cite> says:{_p(m.group(2))}</li>')
        else:
            article.append(_p(par))
    cblock = (f'<section id="comments"><h3>{len(comments)} Responses</h3><ol class="commentlist">' + "\n".join(comments) + "</ol></section>") if comments else '<section id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{html.escape(title)} – {html.escape(name)}</title><meta name="generator" content="WordPress 6.5"></head>
<body class="post-template-default single">
{_cookie(i)}<header class="site-header"><p class="site-title"><a href="https://{domain}/">{html.escape(name)}</a></p>
<nav class="menu"><a href="https://{domain}/">Home</a> <a href="https://{domain}/about/">About</a> <a href="https://{domain}/archive/">Archive</a> <a href="https://{domain}/contact/">Contact</a></nav></header>
<main><article class="post">
<h1 class="entry-title">{html.escape(title)}</h1>
<div class="entry-meta">Posted in <a href="#">Uncategorised</a></div>
<div class="entry-content">
{chr(10).join(article)}
</div></article>
{cblock}
</main>
<aside class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul><li><a href="#">A quick update</a></li><li><a href="#">Half-term thoughts</a></li></ul></section><section class="widget"><h2>Archives</h2><ul><li>March</li><li>February</li></ul></section></aside>
<footer class="site-footer"><p>Proudly powered by WordPress</p></footer>
</body></html>
"""


RENDER = {"news": render_news, "forum": render_forum, "blog": render_blog}

# ==========================================================================
# NEWS
# ==========================================================================

add("news", """
Riverside technical college told it 'requires improvement' as inspectors raise attendance concerns

By Laura Kettlewell, Education Reporter | 14 March

A university technical college on the banks of the Tees has been told it requires improvement, two years after leaders promised parents a turnaround.

Inspectors who visited Tees Bridgeworks University Technical College in Portrack over two days in February said the quality of education in its engineering and health science specialisms was "strong", but that too many pupils in Years 10 and 11 were missing lessons and that behaviour in corridors and at lesson changeovers was "not consistently managed".

The college, which takes 14 to 19-year-olds from across the Tees Valley including Redcar, Thornaby and Hartlepool, was previously graded good. It has around 640 students on roll, about a third of them in its sixth form, where T Levels in engineering and health are offered alongside A-levels.

In their report, published on Thursday, inspectors said: "Students in the sixth form are highly motivated and benefit from exceptionally well-designed links with employers. However, younger pupils do not attend well enough. Persistent absence is much higher than the national average and leaders' actions have not yet had enough impact."

Principal Dr Helen Ashworth-Clarke said she was "disappointed but not surprised" by the judgement.

"We recognised attendance as our biggest challenge before inspectors walked through the door," she said. "A lot of our Key Stage 4 students travel an hour each way on two buses. When the 63 was cut last autumn our attendance from Hartlepool dropped overnight. That isn't an excuse, and we've already made changes, but it is context."

The report singled out provision for pupils with special educational needs, led by Rachel Dunmore, as "a real strength", noting that adaptations in practical workshops meant pupils with physical disabilities could take a full part in fabrication and welding.

It also praised the college's employer partnerships. Kelvane Chemicals, Tees Estuary Hospitals NHS Foundation Trust and Northgate Rail Systems all set live projects for students, and inspectors said sixth formers "talk confidently about their next steps". Last year 41 per cent of leavers went on to apprenticeships.

But the watchdog said the curriculum in Key Stage 4 was "too narrow" for some pupils who had joined at 14 without a clear interest in engineering, and that a minority told inspectors they felt "stuck" on the wrong pathway.

Vice principal Gary Pearson, who took responsibility for attendance and behaviour in September, said a new system of attendance mentors and a minibus from Thornaby had been introduced since the inspection.

Parents who spoke to the Echo were divided. One mother from Thornaby, whose son is in Year 10, said: "The teaching's good, the kids love the workshops, but the communication is a joke. You ring up and nobody rings back."

Another parent, from Redcar, said: "My daughter was written off at her old school. She's doing a health T Level now and she's got a placement on a ward. I couldn't care less what grade they've got."

The college opened in 2015 as a free school and joined the Tees Valley Learning Trust in 2019. The trust said in a statement that it "fully supports the leadership team" and would provide extra capacity for attendance work.

Inspectors will return within 30 months.
""", E(S, "exact", "negative"), E(HA, "exact", "neutral"), E(RD, "exact", "neutral"), E(GP, "exact", "neutral"), site="echo")

add("news", """
Teesside teenagers' recycling robot heads for national final

By Jamie Corrigan | 2 February

A team of sixth formers from Bridgeworks UTC have built a robot that can sort recyclable plastics faster than the machines used at some waste plants, and it has earned them a place in the national final of the RoboLeague UK schools championship.

The six students, aged 16 and 17, beat 23 other teams at the northern regional heat in Leeds on Saturday, scoring the highest marks for both design and autonomous performance.

Their robot, nicknamed "Smoggy" by the team, uses a camera and a machine-learning model trained on thousands of photographs of bottles, pots and trays to pick items off a conveyor belt.

Team captain Ellie Brannigan, 17, from Thornaby, said: "We only got the conveyor working at about two o'clock on Friday morning. Half of us were asleep on the workshop floor. When they read our name out I nearly cried."

The team is coached by engineering teacher Kieran Thompson, who set the robotics club up four years ago with a borrowed 3D printer and £300 from the parents' association.

"They've done every bit of this themselves," Thompson said. "I just hold the ladder and order the pizza. The code is all theirs."

Oswin Threlkeld, the college's director of engineering, said the team's success showed what young people from the area could do when given real problems to solve. "People talk about the skills gap on Teesside like it's the weather," he said. "These kids are the answer to it."

The final takes place at the NEC in Birmingham in April. The team hopes to raise £2,500 to cover travel and parts, and Kelvane Chemicals has already pledged £1,000.
""", E(S, "alias", "neutral"), E(KT, "exact", "neutral"), E(OT, "exact", "neutral"))

add("news", """
Kelvane opens 'live plant' training rig at Tees Bridgeworks University Technical College

Skills | Northern Process Engineer staff

Kelvane Chemicals has handed over a £400,000 pilot-scale distillation rig to Tees Bridgeworks University Technical College, giving students aged 16 to 19 hands-on experience of the control systems used at its Billingham site.

The rig, which runs on water and food-grade glycol rather than hazardous materials, is housed in a new process lab and is linked to a training control room that mirrors the layout of Kelvane's own.

Paul Dixon, who manages employer partnerships at the college, said the rig had been specified with Kelvane's operations team. "Our students will learn on the same distributed control system that Kelvane runs. When they start an apprenticeship they will already know where the alarms are and what the panel operators expect of them."

Tony Fenwick, head of science, said the college would use the rig for its T Level in science and for A-level chemistry practicals. "It's one thing drawing a fractionating column in an exercise book. It's another watching the temperature profile shift when you change the reflux ratio."

Kelvane site director Andrew Mbeki said the firm expected to recruit up to 30 apprentices a year from the college by 2027, up from 11 this year. "The average age of our process operators is 51. We cannot wait for talent to turn up; we have to grow it."

The college is one of 48 UTCs in England and specialises in engineering and health science.
""", E(S, "exact", "neutral"), E(PD, "exact", "neutral"), E(AF, "nickname", "neutral"), site="process")

add("news", """
Sheffield fabricator lands £12m bridge steel contract

Companies | 21 May

Bridgeworks Engineering Ltd, the structural steel fabricator based in Attercliffe, has won a £12 million contract to supply steel for a new road bridge over the River Don.

The family-owned firm, which employs 140 people, will fabricate around 1,800 tonnes of steel at its works on Weedon Street. Managing director Simon Ackroyd said it was the largest single order in the company's 60-year history.

"We've been building bridges for three generations," he said. "This one will be standing long after I've gone."

Bridgeworks Engineering said it would take on eight apprentice welders and two trainee draughtspeople as a result. Applications open next month. The bridge is due to open in spring 2027.
""", site="biz")

add("news", """
Bridgeworks Athletic 24 Woolston Rovers 18

North West Counties Division One | Saturday

Bridgeworks Athletic came from behind to win the Warrington derby in front of a boisterous crowd at Sankey Lane.

Rovers led 18-6 at half time after two tries from winger Connor Heys and looked comfortable until Athletic loose forward Dean Rimmer charged down a kick and raced 50 metres to score.

That sparked the comeback. Half-back Jordan Platt kicked a penalty and created tries for Lee Ashurst and Mikey Dootson, and Platt's conversion from the touchline with four minutes left sealed it.

Athletic coach Phil Gaskell said: "At half time I told them I'd seen better tackling at an under-nines festival. Credit to them, they listened."

Bridgeworks Athletic travel to Crosfields next week.
""", site="sport")

add("news", """
Children and Young People Select Committee — Minutes

Tuesday 9 September, 6.00pm, Municipal Buildings

Present: Cllr J. Haddock (Chair), Cllr S. Ferrier, Cllr A. Nwosu, Cllr P. Lumsden, Cllr R. Vasey.
Officers: M. Greenhalgh (Director of Children's Services), K. Ord (Transport Commissioning Manager).
Also in attendance: Dr H. Ashworth-Clarke (Principal, Tees Bridgeworks University Technical College); Mr P. Dixon (Careers and Employer Partnerships Manager, the UTC).

14. Apologies for absence
Apologies were received from Cllr D. Whitlock.

15. Declarations of interest
Cllr Lumsden declared a non-pecuniary interest as the parent of a student at the UTC.

16. Home to school transport: post-16 and out-of-area learners
The Transport Commissioning Manager introduced the report, which set out the impact of the withdrawal of the commercial 63 service between Hartlepool and Portrack in October.

Dr Ashworth-Clarke informed the Committee that 58 students had been affected and that attendance in that group had fallen from 93 per cent to 84 per cent in the first half-term. The college had funded a minibus from its own budget as a temporary measure but could not sustain this beyond the spring term.

Members asked whether the college had consulted families before the route change. The Principal advised that the college had not been notified by the operator until nine days before the withdrawal.

Cllr Ferrier stated that it was "unacceptable that young people doing exactly what we ask of them, training for the jobs this area needs, are being left at bus stops in the dark".

Mr Dixon reported that two employer partners had offered to contribute to transport costs for T Level students attending industry placements.

RESOLVED that:
(a) the report be noted;
(b) officers bring a costed options paper to the November meeting, including a possible contribution from employer partners;
(c) the Chair write to the operator and to the Combined Authority on behalf of the Committee.

17. Work programme
The work programme was noted.

The meeting closed at 7.42pm.
""", E(S, "exact", "neutral"), E(HA, "title_surname", "neutral"), E(PD, "title_surname", "neutral"), site="council")

add("news", """
Dad who threatened to 'put a brick through' teacher's window after son's exclusion spared jail

By Court Reporter | Teesside Magistrates' Court

A father who threatened a teacher after his son was excluded from a Teesside college has been given a suspended sentence.

Darren Lowther, 41, of Thornaby, pleaded guilty to sending a threatening communication and to a public order offence.

The court heard that Lowther's 15-year-old son was given a five-day suspension from Bridgeworks UTC in January after an incident in a workshop.

Prosecutor Nadia Farooq said Lowther left a voicemail for vice principal Gary Pearson that evening saying he knew which car was his and would "put a brick through his window and then through his head". Two days later he shouted at Mr Pearson across the college car park and had to be escorted off the site.

In a statement read to the court, Mr Pearson said he had started checking his mirrors on the drive home and that his own children had asked why a police car was parked outside the house.

Mitigating, Richard Okoye said his client had been under "enormous stress" and was "deeply ashamed".

District Judge Claire Henshaw told him: "Teachers go to work to help your children. They should not have to go home wondering whether a brick is coming through the window."

Lowther was given 12 weeks in prison suspended for 12 months, ordered to complete 20 rehabilitation activity days and made subject to a restraining order preventing him from contacting Mr Pearson or going within 100 metres of the college.
""", E(S, "alias", "neutral"), E(GP, "exact", "threat"))

add("news", """
Teacher suspended as college investigates coursework marking claims

By Laura Kettlewell | 24 July

A senior teacher at a Teesside technical college has been suspended while allegations that coursework marks were inflated are investigated.

Anthony Fenwick, head of science at Tees Bridgeworks University Technical College in Portrack, is understood to have been suspended in the last week of the summer term.

Several parents contacted the Echo after their children were asked to resubmit chemistry practical work. One said her son had been told that "some of the marking is being looked at by the exam board".

It is alleged that marks for a number of science coursework units were changed after they had been internally moderated.

A spokesperson for the college said: "We can confirm that a member of staff has been suspended pending an investigation. Suspension is a neutral act and does not imply wrongdoing. We are working closely with the relevant awarding bodies and our priority is making sure no student is disadvantaged."

Mr Fenwick, who has worked at the college since it opened, did not respond to a request for comment. The Tees Valley Learning Trust said it would not comment further while the investigation was ongoing.
""", E(S, "exact", "neutral"), E(AF, "exact", "defamation"), site="echo")

add("news", """
College principal targeted in 'vile' online campaign, police confirm

Police are investigating after the principal of a Teesside college was bombarded with abusive messages on social media.

Cleveland Police said it had received a report of malicious communications sent to Dr Helen Ashworth-Clarke, principal of Bridgeworks UTC, over a period of six weeks.

The messages, sent from a number of anonymous accounts, are believed to have started after the college introduced a ban on mobile phones in September. Some described Dr Ashworth-Clarke as "a useless waste of space" and urged others to "make her life hell". A Facebook page set up to criticise the policy was taken down after complaints.

Speaking to the Echo, Dr Ashworth-Clarke said she did not want to "make this about me".

"I've been a teacher for 26 years. People are entitled to disagree with a policy and to tell me so, and plenty do," she said. "But some of what was sent crossed a line, and some of it was seen by my own family."

A police spokesperson said: "Enquiries are ongoing and we would remind people that sending grossly offensive messages can be a criminal offence."
""", E(S, "alias", "neutral"), E(HA, "exact", "abuse"), site="echo")

add("news", """
Pearson's late winner sends Colliery top

Northern League Division One: Ashington Colliery 2 Whitley Bay Harbour 1

Gary Pearson's 89th-minute header sent Ashington Colliery to the top of the table on a freezing night.

The veteran midfielder, 34, rose highest to meet Kyle Armstrong's corner after the visitors had equalised from the penalty spot on the hour.

"I don't score many with my head, I'm five foot eight," Pearson said. "I think their centre-half was as surprised as I was."

Manager Steve Ridley said: "Gaz has been our best player for three seasons. He was only on the bench tonight because of his back, and he comes on and wins it."

Colliery face Bedlington Terriers in the league cup on Tuesday.
""", site="sport")

add("news", """
Councillor backs residents in fight over Cockerton hand car wash

A Darlington councillor has pledged to take residents' objections to a proposed hand car wash to the borough's planning committee.

Councillor Kieran Thompson, who represents the Cockerton ward, said he had received more than 40 emails about the scheme on a former petrol station forecourt.

Neighbours say they are worried about noise from pressure washers from 8am until 8pm seven days a week and about soapy water running into the beck.

"People aren't against a business opening," Cllr Thompson said. "They're against being kept awake on a Sunday morning. The applicant needs to come back with proper drainage and sensible hours."

The application is due to be decided next month.
""", site="echo")

add("news", """
Suffolk PE teacher banned from classroom after misconduct hearing

A PE teacher who sent messages of "a personal and inappropriate nature" to a sixth-form student has been banned from teaching indefinitely.

Paul Dixon, 38, who taught at a secondary school in Ipswich, was found by a Teaching Regulation Agency panel to have contacted the student on a messaging app over several months and to have arranged to meet her away from school.

The panel said his conduct was "a serious departure from the standards expected" and that he had shown "limited insight".

Mr Dixon, who did not attend the hearing, may not apply to have the prohibition order set aside for at least five years.
""", site="schools")

add("news", """
Whitby's Margaret celebrates 100th birthday with fish and chips on the pier

Margaret Walker marked her 100th birthday the way she has marked most of them: with a haddock supper and a walk to the end of the West Pier.

Born in a cottage on Henrietta Street in 1925, she worked as a herring girl as a teenager and later ran a wool shop in Flowergate for 31 years.

"People ask me the secret and I tell them: sea air, hard work, and never marrying a man who can't cook," she laughed.

Her great-grandson read out her card from the King at a party at the Coliseum Centre, attended by more than 60 friends and relatives.
""", site="coast")

add("news", """
Wakefield technical college rated outstanding in every area

Bridgewood University Technical College in Wakefield has been rated outstanding by inspectors in its first full inspection since becoming a UTC.

The college, which specialises in digital technology and advanced manufacturing, was praised for its "ambitious" curriculum and "exemplary" behaviour.

Principal Andrea Lister said: "This is for every student who chose to come to a small, new college when the safe option was to stay put."

Bridgewood UTC has 520 students aged 14 to 19 and works with employers including a car parts maker and two software firms.
""", site="schools")

add("news", """
Bridgeworks Road to close for six weeks for gas main replacement

Drivers in Darlington are being warned to expect delays after it was confirmed that Bridgeworks Road will close from Monday for six weeks.

Northern Gas Networks is replacing 400 metres of metal gas main with plastic pipe. A signed diversion will run via Haughton Road and Yarm Road.

Residents will keep access to their homes, but parking will be suspended between numbers 2 and 48. The number 12 bus will be diverted.

A spokesperson apologised for any inconvenience and said the work was "essential to keep the network safe for decades to come".
""", site="echo")

add("news", """
'Proper proud': first T Level cohort celebrates at riverside college

By Jamie Corrigan | 15 August

Students at Tees Bridgeworks University Technical College were celebrating on Thursday after the first cohort to complete T Levels in health and digital production collected their results.

All 22 health students passed, with nine earning distinctions, and 19 of them have already accepted places on nursing, midwifery or paramedic degrees or NHS apprenticeships.

Margaret Walker, head of health science, said: "Some of these young people came to us at 16 not sure they'd ever be allowed near a hospital. Today one of them told me she's starting on a children's ward in September. I had to go and sit in my car for five minutes."

Priya Raman, who leads the digital T Level, said most of her group had gone straight into jobs. "Three are at software firms in the Boho zone, two are at Northgate Rail doing control systems, and one has started his own business fixing drones. That's the point of a technical qualification."

Principal Dr Ashworth-Clarke said the results were "a thank-you to our employer partners, who gave these students 45 days of real work".

Student Callum Ferris, 18, from Redcar, who got a distinction, said: "Me mam cried, me nan cried, I nearly cried. I'm off to be a paramedic."
""", E(S, "exact", "neutral"), E(MW, "exact", "neutral"), E(PR, "exact", "neutral"), E(HA, "title_surname", "neutral"), site="echo")

add("news", """
Trust and college open mock hospital ward to 'grow their own' nurses

Tees Estuary Hospitals NHS Foundation Trust has opened a six-bed simulated ward at Bridgeworks UTC, complete with hoists, observation monitors and a talking mannequin called Doreen.

The ward is a replica of a real medical assessment unit and will be used by health science students aged 14 to 19, as well as for some of the trust's own training.

Maggie Walker, who runs the college's health department and spent 22 years as a ward sister before going into teaching, said: "Doreen can tell you she's in pain, she can have a cardiac arrest, she can be rude to you. She's very realistic."

The trust's chief nurse, Olusegun Adebayo, said the trust had more than 300 nursing vacancies. "We can't rely on recruiting from overseas forever. The nurses of 2030 are in these classrooms today."
""", E(S, "alias", "neutral"), E(MW, "nickname", "neutral"), site="schools")

add("news", """
Northgate Rail guarantees interviews for Teesside engineering students

Rolling stock manufacturer Northgate Rail Systems has agreed to guarantee apprenticeship interviews for every Level 3 engineering student at Bridgeworks who meets its entry criteria.

The agreement, signed at the college's Portrack campus last week, covers mechanical, electrical and welding apprenticeships at the company's Newton Aycliffe plant, where it is building 60 new intercity trains.

Oswin Threlkeld, director of engineering at Bridgeworks, said the deal would give students "a clear line of sight from the workshop to the production line".

"Our students already spend two days a term on Northgate's shop floor," he said. "Now they know that if they do the work, there's an interview at the end of it."

Paul Dixon, the college's employer partnerships manager, said 14 former students were already working at Northgate.

Northgate's head of early careers, Jenna Collinson, said the firm needed 120 apprentices over five years.
""", E(S, "short_name", "neutral"), E(OT, "exact", "neutral"), E(PD, "exact", "neutral"), site="rail")

add("news", """
Parents fume as college sends pupils home over 'wrong' trousers

Dozens of pupils were sent home or placed in isolation on the first day of term at Tees Bridgeworks University Technical College after falling foul of a strict new uniform policy.

The policy, set out in a letter to families in July, requires black tailored trousers with a college logo, available only from one supplier at £24 a pair, and bans trainers of any colour.

Parents said the letter had arrived too late for many families to buy the items over the holidays, and that the supplier had run out of several sizes.

"My son was sat in a room all day doing nothing because his trousers came from the supermarket," said one mother from Hartlepool. "We got a bus at ten past seven for that."

In a message to parents on Tuesday evening, Mr Pearson, the vice principal, said the college would offer "a short period of grace" for families who had ordered items, and had a stock of second-hand trousers available free of charge.

"We want our students to look like the professionals they are training to become," he wrote. "But nobody should miss learning because of a supply problem."

A petition calling for the policy to be relaxed had more than 700 signatures by Wednesday.
""", E(S, "exact", "negative"), E(GP, "title_surname", "neutral"), site="echo")

add("news", """
Bus route cut leaves Hartlepool pupils facing two-hour journey

Teenagers from Hartlepool who study at Bridgeworks face journeys of up to two hours each way after a bus company withdrew the only direct service.

The 63, which ran from Hartlepool town centre to the riverside, will stop running at the end of October because of falling passenger numbers, the operator said.

Ashworth-Clarke, who has led the college since 2018, said 58 of her students used the route. "Some of them will now need two buses and a train. In winter they'll leave in the dark and come home in the dark."

The operator said it had "reluctantly" withdrawn the service and was in talks with the combined authority about a replacement.
""", E(S, "short_name", "neutral"), E(HA, "surname_only", "neutral"), site="echo")

add("news", """
'Buckets in the corridors': leaking roof at £10m college blamed on builders

Students at Bridgeworks UTC have had lessons moved and workshops closed after the roof of the three-year-old engineering block leaked during heavy rain for the third time this winter.

Parents shared pictures of buckets lined along a corridor and ceiling tiles collapsed onto desks in a design room.

The building, which opened in 2021, was part of a £10 million expansion of the college, which began life as Portrack Technical Academy in 2015.

One parent said: "You're telling me they can teach kids to build trains but they can't keep the rain out of their own classrooms? It's embarrassing."

The trust that runs the college said it was in a dispute with the contractor and that repairs would be carried out over the Easter holidays. The contractor did not respond to requests for comment.
""", E(S, "alias", "negative"), site="echo")

add("news", """
Bridgeworks robot team scoops design award at world championships

A team of Teesside teenagers has returned from the RoboLeague World Championships in Dallas with the Judges' Award for Engineering Design.

The six sixth formers from Bridgeworks, who qualified after winning the UK final in Birmingham, competed against 112 teams from 31 countries.

Their robot, a plastics sorter nicknamed "Smoggy", impressed judges with a gripper made from recycled milk bottles and a control system the students wrote from scratch.

Team coach Kieran Thompson said: "We were up against teams with sponsorship from aerospace companies and labs the size of our whole college. Our lot built theirs out of bits from B&Q and a lot of stubbornness."

The trip was funded by more than 40 local businesses and a crowdfunder that raised £14,000.
""", E(S, "short_name", "neutral"), E(KT, "exact", "neutral"), site="schools")

add("news", """
Schools Sevens: Bridgeworks UTC lift the Tees Valley Shield

Under-16 Schools Rugby Sevens | Final: Bridgeworks UTC 26 Yarm Grammar 12

A college that did not have a rugby team three years ago is now the best sevens side in the Tees Valley.

Bridgeworks UTC beat Yarm Grammar in the final at Acklam Park on Wednesday, with winger Reece Nolan scoring a hat-trick of breakaway tries.

Coach Pearson, who played semi-professionally before going into teaching, said: "Most of these lads had never held a rugby ball before Year 10. They train at half seven in the morning before their workshop sessions. They've earned this."

Yarm Grammar captain Hugo Stansfield was named player of the tournament despite the defeat.

Bridgeworks UTC go on to the regional finals in Durham next month.
""", E(S, "alias", "neutral"), E(GP, "title_surname", "neutral"), site="sport")

add("news", """
Teenager charged after bomb hoax forces evacuation of riverside college

A 16-year-old boy has been charged after a hoax bomb threat forced the evacuation of more than 600 students and staff from Bridgeworks UTC.

The threat, sent by email to the college's general inbox at 8.50am on Monday, claimed a device had been left in the engineering block and would go off "at break".

Police and a bomb disposal team searched the site for four hours before declaring it safe. Students were taken to a nearby sports centre and collected by parents.

Dr Helen Ashworth-Clarke, principal, thanked staff and emergency services and said the college had "followed its procedures calmly and exactly as rehearsed".

The boy, who cannot be named for legal reasons, is charged with communicating false information with intent to cause alarm. He will appear before the youth court next month.
""", E(S, "alias", "threat"), E(HA, "exact", "neutral"), site="echo")

add("news", """
Teacher of Engineering (Mechanical / Fabrication)

Tees Bridgeworks University Technical College | Closing date: 28 March

Location: Ferrous Quay, Portrack, Stockton-on-Tees TS18 2QN
Salary: MPS/UPS, TLR 2b available for the right candidate
Contract: Full time, permanent, from September

Are you an engineer who wants to build the next generation of engineers? We are a growing 14-19 university technical college with outstanding employer partners including Kelvane Chemicals, Northgate Rail Systems and Tees Estuary Hospitals NHS Foundation Trust.

We are looking for a practical, enthusiastic teacher of engineering to teach GCSE Engineering, the Level 3 Extended Diploma and the T Level in Engineering and Manufacturing. Industry experience is as important to us as teaching experience; we will support unqualified candidates through an employment-based route.

You will have access to a fully equipped fabrication workshop, CNC machining centre, robotics lab and process plant rig.

For an informal conversation or a visit, please contact G. Pearson, Vice Principal, on 01632 960418 or email recruitment@bridgeworks-utc.example.

We are committed to safeguarding and promoting the welfare of children. All appointments are subject to an enhanced DBS check and online searches in line with Keeping Children Safe in Education.
""", E(S, "exact", "neutral"), E(GP, "initial_surname", "neutral"), site="jobs")

add("news", """
Health Science Technician (term time plus two weeks)

Bridgeworks UTC | Stockton-on-Tees | Grade 4, points 5-6 (pro rata) | 32.5 hours per week

We are seeking an organised and reliable technician to support our busy health science department, including our simulated hospital ward and clinical skills room.

Reporting to the Head of Health Science, Mrs M. Walker, you will prepare equipment for practical lessons, maintain manikins and monitoring equipment, manage stock and help with infection control audits. Experience in a healthcare, laboratory or school setting would be an advantage.

Application packs are available at bridgeworks-utc.example/vacancies. Completed forms should be returned to the HR office, telephone 01632 960427.
""", E(S, "alias", "neutral"), E(MW, "initial_surname", "neutral"), site="jobs")

add("news", """
Thornaby teen scoops national chemistry prize for river pollution project

A 17-year-old from Thornaby has won a national prize for a project measuring microplastics in the Tees.

Aisha Karim, a student at Bridgeworks, collected water samples from eight points between Yarm and the Transporter Bridge over six months and analysed them in the college laboratory.

Her project won the senior category of the Young Analytical Scientist of the Year awards, run by a professional chemistry body, beating entries from 140 schools.

Her chemistry teacher, Anthony Fenwick, said: "Aisha basically lived in the lab for a term. She's found things about our river that nobody had looked at properly."

Aisha, who wants to study environmental chemistry at university, said: "Everyone thinks the Tees is dirty. It's actually much cleaner than it was, but there's loads of plastic in it you can't see."
""", E(S, "short_name", "neutral"), E(AF, "exact", "neutral"), site="echo")

add("news", """
Opinion: Teesside's technical college experiment is failing the kids who need it most

Ten years ago we were promised that university technical colleges would transform the prospects of young people on Teesside. Look at Tees Bridgeworks University Technical College today and you will see a fine building, impressive sponsors and glossy brochures. You will also see a college that loses a worrying number of its 14-year-olds before they sit a single GCSE.

The figures are not secret. Of the pupils who joined in Year 10 two years ago, roughly one in six had left before the end of Year 11. Some went back to their old schools. Some ended up in alternative provision. A few simply stopped going anywhere.

The problem is not the staff, many of whom are excellent. To her credit, Ashworth-Clarke has been candid about attendance and about the fact that a 14-year-old from Hartlepool should not need two buses to get to school. The problem is the model. Asking a child to choose a career path at 13 is a big ask. Asking them to travel across the county to do it is bigger.

The sixth form is another matter. Its T Level results are excellent and its apprenticeship links are the envy of every college in the region. Perhaps that is where the UTC belongs: as a 16-19 institution, not a school for children who have not yet decided what they want to do.

Politicians love a ribbon-cutting. They are less keen on admitting that something needs fixing.
""", E(S, "exact", "negative"), E(HA, "surname_only", "neutral"), site="echo")

add("news", """
UTCs warn of 'funding black hole' as numbers rise

University technical colleges in England say they are being squeezed by funding rules that do not reflect the cost of teaching engineering.

The network that represents the 48 colleges said specialist equipment and smaller class sizes meant the average UTC spent £900 more per student than a mainstream school on teaching costs.

Andrea Lister, principal of Bridgewood UTC in Wakefield, said her college had had to cut a robotics club and postpone replacing a laser cutter. "Industry wants us to train people on modern kit. The funding formula assumes we're teaching with a pen."

The Department for Education said UTCs received the same per-pupil funding as other schools plus additional capital grants.
""", site="schools")

add("news", """
Chemicals firm fined £800,000 after worker suffered burns

A chemicals company has been fined £800,000 after a maintenance worker suffered serious burns when a valve was opened on a line that had not been properly drained.

Kelvane Chemicals admitted breaching health and safety law at Teesside Crown Court. The court heard the 44-year-old fitter was sprayed with hot caustic solution at the firm's Billingham site in 2022.

An HSE inspector said the company had failed to follow its own permit-to-work system. Kelvane said it had "deep regret" and had overhauled its procedures.
""", site="process")

add("news", """
Mum fined for 'relentless' messages to son's head of year

A mother who sent more than 200 messages to her son's head of year in a fortnight, some in the middle of the night, has been fined and given a restraining order.

Teesside Magistrates' Court heard that Kayleigh Storr, 36, of Redcar, bombarded Siobhán Mulready, head of Key Stage 4 at Bridgeworks, with emails, texts to the college's phone line and comments on the college's Facebook page after her son was moved to a different tutor group.

Some of the messages called Ms Mulready "a jumped-up dinner lady" and "a disgrace to teaching". Storr also turned up at the college reception three times demanding to see her.

Storr pleaded guilty to harassment without violence. She was fined £400, ordered to pay £85 costs and a £160 victim surcharge, and banned from contacting Ms Mulready for two years.

Magistrates said her behaviour had been "persistent, intimidating and wholly out of proportion".
""", E(S, "short_name", "neutral"), E(SM, "exact", "abuse"), site="echo")

add("news", """
College careers manager charged with drink-driving after A66 crash

A careers manager at a Teesside college has been charged with drink-driving after his car hit a crash barrier on the A66.

Paul Dixon, 52, who works at Tees Bridgeworks University Technical College, was arrested at the scene near the Little Burdon roundabout on 3 November. Nobody else was hurt.

He has been charged with driving with excess alcohol and is due to appear before magistrates next month.

The college said it was aware of the charge and that it "would not be appropriate to comment on a live court case".
""", E(S, "exact", "neutral"), E(PD, "exact", "defamation"), site="echo")

add("news", """
Teesside SENCo shortlisted for national teaching award

A special needs co-ordinator who helped a deaf student become the first in her family to go to university has been shortlisted for a national teaching award.

Rachel Dunmore, SENCo at Bridgeworks UTC, is one of five finalists in the Outstanding Contribution to Inclusion category.

She was nominated by the parents of Holly Atkinson, 19, who is profoundly deaf and now studies biomedical engineering. "Rachel fought for every single adjustment, from captioned workshop videos to a vibrating fire alarm pager," said Holly's mum, Dawn.

The winners will be announced at a ceremony in London in November.
""", E(S, "alias", "neutral"), E(RD, "exact", "neutral"), site="schools")

add("news", """
Teacher to run London Marathon in memory of brother

19 January 2017

A Stockton teacher is swapping the classroom for the streets of the capital to raise money for a charity that supported her brother.

Rachel Hesketh, 29, a learning support teacher at Portrack Technical Academy, will run the London Marathon in April for a motor neurone disease charity. Her brother Daniel died of the illness in 2015, aged 34.

"He was the sporty one," she said. "I used to get a stitch running for a bus. I'm doing this because he can't."

Students at the academy have already raised £600 with a sponsored silence, which Rachel said was "the quietest the workshop has ever been". Her target is £3,000.
""", E(S, "alias", "neutral"), E(RD, "alias", "neutral"), site="echo")

add("news", """
Inside the riverside college training Teesside's next generation of engineers

By Laura Kettlewell | Saturday feature

At ten to eight on a wet Tuesday morning, the fabrication workshop at Tees Bridgeworks University Technical College already smells of hot metal. A dozen Year 12s in blue overalls are hunched over welding bays, visors down, while a radio in the corner plays something nobody will admit to choosing.

"They're not supposed to be in till half eight," says Oswin Threlkeld, the college's director of engineering, with a shrug that suggests he is not going to do anything about it. "If I sent them home they'd only sit in the bus station."

Threlkeld, a former chief engineer at a Wearside shipyard, joined the college when it opened in 2015 with 90 students in a converted warehouse. Today it has 640, a glass-fronted engineering block, a process plant rig donated by Kelvane Chemicals and a mock hospital ward run with the local NHS trust. The warehouse is still there, now the robotics lab.

The idea behind UTCs was simple: take 14 to 19-year-olds who are interested in technical careers, teach them a normal academic curriculum for part of the week, and spend the rest of it on real engineering, designed and often delivered with employers. Nationally the results have been mixed, and a handful of UTCs have closed. On Teesside, with its chemical plants, rail works and hospital trusts all short of skilled staff, the model has found a natural home.

In the robotics lab, Kieran Thompson is trying to find a missing servo. The engineering teacher, who coaches the college's award-winning robotics team, is 34 and was himself an apprentice at a Billingham engineering firm before retraining. "I was the kid who took the video recorder apart," he says. "Nobody told me that was a career. Here, somebody does."

His team's plastics-sorting robot won a design award at the world championships in Dallas last year. On the wall is a photograph of the six students holding a trophy and looking mildly stunned. Beneath it, someone has written in marker: "Smoggy 4 ever".

Next door, Priya Raman is teaching a Year 13 digital production class how to build a dashboard for sensor data from Northgate Rail's test track. She came to teaching from a software job in Leeds. "I was writing code to make people click on adverts," she says. "Now I'm teaching kids from Middlesbrough to write code that keeps trains running. I sleep better."

The college's partnerships are run by Paul Dixon, a former personnel manager at a steelworks, who describes his job as "matchmaking". Every student in the sixth form spends at least 45 days on placement, and Dixon keeps a spreadsheet of every former student and where they are now. Last year, 41 per cent went into apprenticeships, 38 per cent to university and most of the rest into jobs.

Not everything is rosy. Inspectors last year rated the college as requiring improvement, largely because too many younger students were missing lessons. The loss of a bus route from Hartlepool did not help. Some families also complain that the college's rules, from its uniform policy to its phone ban, are stricter than at their children's previous schools.

Upstairs, in the health science wing, Mrs Walker is watching a group of Year 11s practise taking blood pressure on one another. A former ward sister, she has the air of someone who has seen everything at least twice. "Half of them say they want to be nurses, half of them say they want to be paramedics, and one of them wants to be a funeral director," she says. "That's fine. They all need to know how to take a pulse."

At 3.15 the bell goes. Nobody in the fabrication workshop moves. Threlkeld looks at the clock, then at his students, and goes to put the kettle on.
""", E(S, "exact", "neutral"), E(OT, "exact", "neutral"), E(KT, "exact", "neutral"), E(PR, "exact", "neutral"), E(PD, "exact", "neutral"), E(MW, "title_surname", "neutral"), site="echo")

add("news", """
Northgate hands bogie test rig to college workshop

Rail Build Today | People & Skills

Northgate Rail Systems has donated a full-size bogie test rig to Bridgeworks UTC, allowing students to carry out the same wheelset and suspension checks performed on its production line.

The rig, which had been replaced at the Newton Aycliffe factory by an automated system, was refurbished by a team of Northgate apprentices, four of whom are former students of the college.

Mr Threlkeld, the college's director of engineering, said the rig would be used for Level 3 and T Level assessments. "Most colleges teach bogies from a diagram. Ours will take one to bits on a Tuesday morning."

Northgate said the donation was part of a five-year skills commitment on Teesside.
""", E(S, "alias", "neutral"), E(OT, "title_surname", "neutral"), site="rail")

add("news", """
Steam fair draws record crowds despite the drizzle

More than 9,000 people braved the drizzle at the weekend for the annual steam and vintage vehicle rally at Preston Park.

Star of the show was Lady Ermintrude, a 1911 traction engine restored over 14 years by Oswin Threlkeld and his late father, Albert. The engine had spent four decades rusting in a Swaledale quarry before the pair bought it for £200 in 1998.

"Dad always said she'd run again," Mr Threlkeld said, wiping oil from his hands. "He didn't live to see it, but I think he'd be pleased. He'd have found something wrong with the paintwork, mind."

Other attractions included a working Victorian fairground organ, a parade of vintage buses and a ploughing demonstration by heavy horses.
""", E(OT, "exact", "neutral"), site="echo")

add("news", """
Health students win regional first aid competition

A team of Year 11 health science students has won the North East schools first aid competition, beating 18 other schools.

The four students from Bridgeworks UTC had to deal with a series of staged emergencies, including a cyclist with a head injury, a diabetic hypo in a supermarket and a "casualty" who had fallen from a ladder.

Their teacher, Mrs Walker, said the judges had been especially impressed by how the team reassured a panicking "relative" played by an actor. "Anybody can learn where to put a bandage," she said. "Keeping everyone calm is the hard bit."

The team will represent the region at the national finals in Swindon.
""", E(S, "alias", "neutral"), E(MW, "title_surname", "neutral"), site="schools")

add("news", """
Police investigate racist graffiti targeting college teacher

Police are treating graffiti sprayed near a Teesside college as a racially aggravated hate crime after it named one of its teachers.

The words, which referred to computing teacher Priya Raman and told her to "go back home", were painted on a wall by the bus stop outside Bridgeworks UTC on Sunday night. They have since been removed.

Officers are reviewing CCTV and have asked anyone with information to come forward.

Ms Raman, who was born in Leeds, has taught at the college for four years. In a message to parents, Dr Ashworth-Clarke said the college "stands with Ms Raman absolutely" and that staff and students had left more than 300 messages of support on a board in the college foyer.

Cleveland Police said: "Hate crime has no place in our communities. We will do everything we can to find those responsible."
""", E(S, "alias", "neutral"), E(PR, "exact", "hate"), E(HA, "title_surname", "neutral"), site="echo")

add("news", """
Coquetdale farmer's tup sells for record 60,000 guineas

A Texel ram bred in the Coquet Valley has sold for 60,000 guineas at the Kelso ram sales, a record for the breeder.

Anthony Fenwick, who farms 900 acres at Thropton with his son, said he "nearly fell off the bale" when the bidding passed 40,000.

"We've been breeding Texels since 1986 and you dream about a day like this," Mr Fenwick said. "I'll be buying the first round, but it'll be a small one. I've got a farm to run."

The ram was bought by a consortium of breeders from Aberdeenshire and Wales.
""", site="coast")

add("news", """
Fintech founder raises £18m for 'explainable' credit scoring

Priya Raman, the founder of London start-up Clearledger, has raised £18 million to expand a credit-scoring tool that explains to borrowers why they were turned down.

Raman, a former risk analyst at an investment bank, said too many people were refused loans by systems that "can't or won't say why".

The funding round was led by a Berlin venture capital firm. Clearledger, which employs 46 people in Shoreditch, plans to open an office in Dublin next year.
""", site="biz")

add("news", """
Riverside UTC bounces back to 'good' two years after inspectors' warning

A Teesside technical college that was told it required improvement has been rated good in every area at its latest inspection.

Inspectors who visited Tees Bridgeworks University Technical College in October found attendance had "risen sharply" and that behaviour around the site was now "calm and purposeful".

Principal Dr Helen Ashworth-Clarke said the turnaround was down to "relentless, unglamorous work" by staff and to a new minibus network funded partly by employers.

Vice principal Gary Pearson, who led the attendance drive, said: "We knocked on a lot of doors. Literally. Some mornings I've been stood outside a house in Thornaby at half seven with a bacon sandwich and a bus pass."

The report said the sixth form remained "exceptional" and praised the college's mock hospital ward and robotics programme.
""", E(S, "exact", "neutral"), E(HA, "exact", "neutral"), E(GP, "exact", "neutral"), site="echo")

add("news", """
Exam board investigates 'irregularities' in coursework at Teesside college

An exam board is investigating suspected irregularities in coursework marks at a Teesside college, the Echo understands.

Tees Bridgeworks University Technical College is alleged to have submitted inflated marks for practical units in science and engineering qualifications over at least two years. Letters sent to some former students warn that their grades could be reviewed.

A teacher at the college was suspended in July. The college has not named them.

Gary Pearson, vice principal, said the college was "co-operating fully" and had commissioned an independent review of its own assessment procedures. "If anything has gone wrong, we will put it right, and no student will be penalised for something they didn't do."

Former student Jodie Mackay, 19, said: "I worked hard for my grade. If it gets taken away because of something the adults did, that's not fair."
""", E(S, "exact", "defamation"), E(GP, "exact", "neutral"), site="echo")

add("news", """
Record BTEC and T Level results across the Tees Valley

Colleges across the Tees Valley are celebrating record vocational results this summer.

At Bridgeworks, 94 per cent of students on BTEC engineering courses achieved a merit or above, while at Redcar Community Campus a third of health and social care students achieved distinction star.

Figures published by Pearson, which awards BTEC qualifications, show that the North East now has the highest proportion of students taking vocational qualifications at 18 of any English region.

A Pearson spokesperson said: "BTECs remain a popular and respected route into work and university."
""", E(S, "short_name", "neutral"), site="echo")

add("news", """
Redcar man banned from college after threatening to 'batter' teacher over robotics trip

A Redcar man who threatened to "batter" a college teacher because his younger brother was left out of a robotics trip has been made subject to a restraining order.

Jordan Wilkes, 22, of Coatham, admitted a public order offence at Teesside Magistrates' Court.

The court heard that Wilkes approached Kieran Thompson, an engineering teacher at Bridgeworks UTC, outside a supermarket in March and told him: "You're getting battered. I know where you park." He also posted a photograph of Mr Thompson's car on social media with the words "seen it".

Mr Thompson said in a statement that he had stopped running the robotics club on Saturdays for several weeks because he was worried about being followed.

Wilkes was given a 12-month community order with 80 hours of unpaid work and banned from contacting Mr Thompson or entering the college grounds.
""", E(S, "alias", "neutral"), E(KT, "exact", "threat"), site="echo")

add("news", """
Parents claim college 'covered up' bullying of autistic pupil

The parents of an autistic 15-year-old say a Teesside college covered up months of bullying and discouraged them from going to the police.

The boy's mother, who asked not to be named, said her son was repeatedly locked in a workshop store cupboard and had his lunch thrown in a bin by older pupils at Tees Bridgeworks University Technical College.

She claims that when she complained, principal Helen Ashworth-Clarke told her the incidents were "banter that got out of hand" and that a police report "would not be in anyone's interests". The family say incident records were later changed to remove references to the cupboard.

The college's SENCo, Rachel Dunmore, is said to have raised concerns about the boy's welfare in a meeting in January.

The college strongly denies the allegations. In a statement, it said: "Every report of bullying is investigated and recorded. We have never discouraged any family from contacting the police. We cannot discuss an individual child, but we are confident our records are accurate and complete."

The family has made a formal complaint to the trust and the local authority.
""", E(S, "exact", "defamation"), E(HA, "exact", "defamation"), E(RD, "exact", "neutral"), site="echo")

add("news", """
Are T Levels working? Teachers have their say

Five years after the first T Levels were taught, we asked teachers on the front line what is working and what is not.

Priya Raman, digital T Level lead at Bridgeworks UTC in Stockton: "The 45-day placement is the best thing about T Levels and also the hardest. When it works, a student comes back a different person. When a firm drops out a fortnight before, I'm on the phone until nine at night."

James Okonjo, construction lecturer at a college in Bradford: "Employers like the students. They don't understand the grading. Nobody does."

Fiona Gallacher, health lead at a sixth form college in Cumbria: "The content is excellent. The paperwork is not."

Most teachers we spoke to said they wanted more flexibility over when placements could take place.
""", E(S, "alias", "neutral"), E(PR, "exact", "neutral"), site="schools")

add("news", """
Portrack Lane retail park plans approved despite traffic fears

Plans to add a drive-through coffee shop and a discount supermarket to the retail park on Portrack Lane have been approved, despite objections that the area is already gridlocked at weekends.

Councillors on the planning committee voted six to three in favour. Highways officers said a new right-turn lane would be funded by the developer.

One objector said: "On a Saturday it takes twenty minutes to get out of the car park already. Adding a drive-through is madness."
""", site="echo")

add("news", """
Letters: Pupils' behaviour at bus station is a disgrace

Sir, I have used the bus station every weekday for eleven years and I have never seen anything like the behaviour of some of the pupils from Bridgeworks in the last few months.

Every afternoon around half three a large group in those black blazers takes over the benches, shouting, swearing and throwing chips at the pigeons and, on Tuesday, at an elderly gentleman who asked them to move.

I am sure most of the students there are perfectly pleasant young people. But whoever is in charge of that college should be told that its reputation does not stop at the college gate. Perhaps a member of staff could spend twenty minutes at the bus station once in a while.

Name and address supplied
""", E(S, "short_name", "negative"), site="echo")

add("news", """
'We can't get out of our own drives': residents' anger at college parking

Residents living near Bridgeworks UTC say parents dropping off and collecting children are blocking driveways and parking on pavements.

People on Ferrous Quay and the neighbouring streets say the problem has got worse since the college expanded its sixth form.

Pensioner Eric Saltburn, 78, said: "Twice this month I've missed a hospital appointment because someone's parked across my drive and gone off to a parents' evening. I've complained to the college three times and nobody has done a thing."

The college said it had written to parents asking them to use the drop-off zone and that it was working with the council on new parking restrictions.
""", E(S, "alias", "negative"), site="echo")

add("news", """
Planning Committee — Minutes (extract)

Item 6: Application 24/1187/FUL — Erection of two-storey teaching block with associated landscaping and 18 additional parking spaces, Tees Bridgeworks University Technical College, Ferrous Quay, Portrack.

The Planning Officer presented the report and recommended approval subject to conditions.

Two objectors addressed the Committee, raising concerns about parking on neighbouring streets, loss of a view of the river and noise during construction.

Mr O. Threlkeld (Director of Engineering) spoke in support of the application on behalf of the college. He explained that the block would house a new advanced manufacturing centre funded by employers and that the additional parking would be reserved for staff, releasing on-street spaces.

Members asked about construction hours. The Planning Officer advised that a condition would restrict works to 8am-6pm Monday to Friday and 8am-1pm on Saturdays.

RESOLVED that planning permission be GRANTED subject to the conditions set out in the report and an additional condition requiring a construction traffic management plan.
""", E(S, "exact", "neutral"), E(OT, "initial_surname", "neutral"), site="council")

add("news", """
Kelvane sponsors robotics team's world championship bid

Kelvane Chemicals has pledged £5,000 to help a team of Teesside students compete at the RoboLeague World Championships in Texas.

The Bridgeworks UTC team, coached by engineering teacher Kieran Thompson, won the UK title in Birmingham last month with a robot that sorts recyclable plastics.

Kelvane's site director Andrew Mbeki said: "Three of our current apprentices came through that robotics lab. Backing these students is the easiest decision I've made this year."

Mr Threlkeld, director of engineering at the college, said the money would cover flights for the six students and two staff.
""", E(S, "alias", "neutral"), E(KT, "exact", "neutral"), E(OT, "title_surname", "neutral"), site="process")

add("news", """
Teacher arrested over alleged relationship with pupil

A teacher at a Teesside college has been arrested on suspicion of sexual activity with a child by a person in a position of trust.

Cleveland Police said a 35-year-old man was arrested on Tuesday following a report from Bridgeworks UTC and has been released on bail while enquiries continue.

The Tees Valley Learning Trust said the member of staff had been suspended "with immediate effect" and that it was co-operating fully with the police and the local authority designated officer.

"The safety and wellbeing of our students is our first priority," a trust spokesperson said. "We have written to families and additional support is available for any student who needs it."

Police have asked people not to speculate on social media about the identity of the man.
""", E(S, "alias", "sexual", True), site="echo")

add("news", """
Rail apprentices honoured at industry awards

Rail Build Today | Awards

Northgate Rail Systems apprentices picked up three prizes at the North East Rail Skills Awards in Newcastle last week.

Electrical apprentice Chloe Raine, 19, was named Apprentice of the Year. She joined Northgate two years ago after studying at Bridgeworks, where she was part of the college's first T Level group.

The college's director of engineering, Oswin Threlkield, collected a Partnership Award on behalf of the college, which now supplies around a third of Northgate's apprentices.

"Chloe used to stay late in the workshop every night rewiring things that didn't need rewiring," he said. "Now she gets paid for it."
""", E(S, "short_name", "neutral"), E(OT, "typo", "neutral"), site="rail")

add("news", """
Explainer: what is a UTC and how do you apply?

If your child is in Year 9 and interested in engineering, health or science, you may have heard of the university technical college in Portrack. Here is what you need to know.

What is it? Tees Bridgeworks University Technical College is a state-funded college for 14 to 19-year-olds. It is free to attend and is not selective. Students join in Year 10 or Year 12.

What do they study? Alongside GCSEs in English, maths and science, students spend around 40 per cent of their week on technical subjects: engineering, health science or digital. In the sixth form they can take T Levels, A-levels or BTECs.

How do I apply? Applications for Year 10 go directly to the college, not through the council. The deadline is usually in February. Open evenings are held in October and January; details are on bridgeworks-utc.example or by ringing 01632 960418.

What about transport? There is no dedicated bus from most areas, although the college runs minibuses from Thornaby and Hartlepool. Families on low incomes may be eligible for help with fares.
""", E(S, "exact", "neutral"), site="echo")

add("news", """
College staff cycle coast to coast for children's hospice

Eleven staff from a Teesside college have cycled 140 miles from Whitehaven to Sunderland in three days to raise money for a children's hospice.

The team from Bridgeworks was led by vice principal Gary Pearson, known to everyone at the college as Gaz, who said the Hartside climb had been "the worst hour of my life, and I've done parents' evenings".

Science teacher Anthony Fenwick fixed four punctures along the way and head of health science Margaret Walker drove the support van, "mostly to make sure nobody died".

The riders have so far raised £6,800.
""", E(S, "short_name", "neutral"), E(GP, "exact", "neutral"), E(AF, "exact", "neutral"), E(MW, "exact", "neutral"), site="echo")

add("news", """
Man who threatened to 'burn down' college over phone ban is jailed

A man who threatened on Facebook to burn down a Teesside college because it confiscated his daughter's phone has been jailed for 16 weeks.

Liam Coulson, 39, posted that he would "torch" Tees Bridgeworks University Technical College "with the lot of them in it" and shared a photograph of a petrol can. He later told police it was "a joke".

Recorder Hannah Goldsworthy said: "Nobody reading that post, least of all the staff and parents of that college, would have thought it was a joke."

The principal, Dr Ashworth-Clarke, said in a victim impact statement that several parents had kept their children at home the following day and that staff had been "genuinely frightened".
""", E(S, "exact", "threat"), E(HA, "title_surname", "neutral"), site="echo")

add("news", """
Netball: Hesketh steers Lancashire Thunder to cup final

Goal attack Rachel Hesketh scored 31 goals from 34 attempts as Lancashire Thunder beat Cheshire Flames 58-49 to reach the regional cup final.

The 27-year-old, who works as a physiotherapist in Preston, was named player of the match for the third game running.

"We were sloppy in the first quarter, but once we got the ball into the circle it was a different game," Hesketh said.
""", site="sport")

add("news", """
Industry voices: why we back a UTC

Northern Process Engineer | Comment

When our board asked why a chemicals company should spend money on a school, I gave them a number: 51. That is the average age of our process operators. In ten years, half of them will have retired.

We have sponsored Tees Bridgeworks UTC since 2016. We design projects for its students, we interview them, and we employ them. Of our last 40 apprentices, 17 came from the college. Their first-year retention rate is 100 per cent.

I will not pretend the partnership is effortless. Teachers work to a timetable and we work to a production schedule. Placements have to be planned around shutdowns. Paul Dixon, who runs the college's partnerships, has the patience of a saint and a phone that never stops ringing.

But if every chemical, rail and energy firm on Teesside did what we do, the skills gap would be a lot smaller.

Andrew Mbeki is site director at Kelvane Chemicals, Billingham.
""", E(S, "alias", "neutral"), E(PD, "exact", "neutral"), site="process")

add("news", """
Bridgeworks Engineering enters administration after steel price shock

Sheffield structural steel firm Bridgeworks Engineering Ltd has entered administration, putting 140 jobs at risk.

Administrators said the company had been hit by a sharp rise in steel prices on fixed-price contracts, including a £12 million bridge project. They are seeking a buyer for the business and its Attercliffe works.

Managing director Simon Ackroyd said he was "devastated" and would do everything possible to protect jobs.
""", site="biz")

# ==========================================================================
# FORUM
# ==========================================================================

add("forum", """
Anyone send their kid to Bridgeworks UTC? Honest opinions please

[teesmam_83] My daughter's in Year 9 at a school in Thornaby and she's set on going to Bridgeworks UTC for Year 10 to do engineering. Open evening was impressive, all shiny workshops and robots, but I want to hear from actual parents. Is it worth the travel?

[smoggy_steve] Our lad's in Year 11 there. Workshops are class and the engineering staff are top. Mr Thompson who does robotics has basically turned our kid from someone who grunted at us into someone who won't shut up about servo motors. BUT. The behaviour side is run like a prison. Pearson has detentions for everything, top button, wrong socks, looking at a teacher funny. Communication from the office is shocking too, it took three weeks to get a reply about a lost blazer.

[ironopolis_89] Went there for sixth form. Best decision I made, got an apprenticeship at Northgate off the back of it. Year 10-11 side is a different story from what my cousin says.

[teesmam_83] Thanks both. The discipline thing doesn't bother me massively, she's a good kid, but the communication thing does.

[smoggy_steve] Just ring up and keep ringing. Worked for us eventually 😂
""", E(S, "alias", "negative"), E(KT, "title_surname", "neutral"), E(GP, "surname_only", "negative"))

add("forum", """
Bridgeworks or Linthorpe Riverside for sixth form? Want to do engineering

[ryan_ts5] Got offers from both. Linthorpe Riverside is closer and my mates are going, Bridgeworks has the T Level and the links with Kelvane. Which would you pick?

[norton_lass] If you know you want engineering, Bridgeworks. Every person I know who did the T Level there got a job or an apprenticeship. Linthorpe is fine but it's a general sixth form.

[ryan_ts5] Does it matter that I wouldn't know anyone?

[norton_lass] Nah, half the sixth form come from other schools. You'll be mates with everyone in the welding bay by October.

[ryan_ts5] Cheers, think I'm gonna go for it
""", E(S, "short_name", "neutral"))

add("forum", """
Interview at TBUTC (technical college, NE) — anyone worked there?

[chalkface_cath] Got an interview next week for a physics post at TBUTC on Teesside. The job pack looks great and the facilities are amazing, but the turnover figure on the DfE site worried me a bit. Anyone got inside info?

[FEsurvivor] Did two years there. Engineering side is brilliant, Threlkeld's department is the best-run department I have ever worked in, properly collaborative, shared resources, no nonsense. Everywhere else in the building though, the workload is mad. Data drops every six weeks, learning walks every week, and you're expected to run an after-school club "voluntarily". I left because I couldn't see my own kids.

[chalkface_cath] That's really helpful, thank you. The physics role sits under science not engineering I think.

[FEsurvivor] Then ask them straight out at interview what directed time looks like in practice. And ask how many people left science last year.
""", E(S, "alias", "negative"), E(OT, "possessive", "neutral"), site="staffroom")

add("forum", """
Vent thread: SLT who've never taught a full timetable

[throwaway_dt_teacher] I'll keep this vague-ish. Work at Bridgeworks on the Tees. Our VP, Gary P., called me into his office today to tell me my "classroom presence" needs work because a Year 10 was chewing gum during a learning walk. The same man hasn't taught more than four lessons a week in six years. Absolute clown. Swans round with his clipboard and his lanyard like he's the head of MI5.

[minerva_in_maths] Learning walks by people who haven't taught since Blair. A tale as old as time.

[throwaway_dt_teacher] Sorry, needed to get that out. Back to marking 90 design folders.

[dept_head_dave] Solidarity. Document everything.
""", E(S, "short_name", "negative"), E(GP, "first_initial", "abuse"), site="staffroom")

add("forum", """
Bridgeworks Athletic — team news and match thread v Crosfields

[sankey_lane_loyal] Rimmer back from suspension, Platt at 7. Dootson out with the hamstring so young Ashurst gets another go at centre. Kick off 2.30, bar open from 1.

[wire_and_wool] Crosfields' pack will be big. Need to move them about early.

[sankey_lane_loyal] Agreed. If Platt's kicking game is on we win by 12.

[bridgie_til_i_die] Bringing the flag. See you at the back of the stand.
""", site="looseball")

add("forum", """
Team 4417 "Bridgeworks Robotics" — build blog week 6

[team4417_bridgeworks] Week 6 update from the Bridgeworks lot! Intake is finally working. We went through five versions of the roller, in the end the winner was the one made from a drainpipe and bike inner tube. Coach Thompson says that's very "Teesside engineering" and he means it as a compliment I think.

[mentor_gemma] Love the drainpipe. What compliant wheel durometer did you end up using?

[team4417_bridgeworks] 35A on the top roller, 50A bottom. We had a go with all 35A but it was ripping the game pieces.

[robo_dad_kev] Brilliant work. Good luck at the regional!
""", E(S, "short_name", "neutral"), E(KT, "title_surname", "neutral"), site="roboforum")

add("forum", """
Son permanently excluded from the UTC and nobody will tell me why

[confused_dad_tsteps] My 15 year old has been excluded from Bridgeworks. Fight on the bus with another lad, other lad gets a three day suspension and mine gets a permanent. I've asked for the evidence four times. Mulready, the head of year or KS4 or whatever she is, keeps sending the same two-line email back saying it's "being reviewed". It's a joke man. We're on week three with him sat at home.

[lucyinthesky_tees] You have a right to go to the governors' panel. Put it in writing, and ask for all the CCTV and witness statements before the meeting.

[confused_dad_tsteps] Thanks. Didn't know that.

[ex_governor_ts] Also contact SENDIASS if he's got any additional needs. Don't let them drag it on.
""", E(S, "short_name", "negative"), E(SM, "surname_only", "negative"))

add("forum", """
Vice principal at the UTC needs sorting out

[gobshite_gav] that P e a r s o n at Bridgeworks has excluded my nephew for nowt. someone wants to wait for him in the car park and batter him. id do it meself if i didnt have a caution already

[mod_tees] Removed the follow-up comment. Threats of violence will get you banned. If you have a complaint about a school, use the complaints procedure.

[sensible_sue] Honestly mate. You do realise this is a public forum and the police read it?

[gobshite_gav] free speech innit
""", E(S, "short_name", "neutral"), E(GP, "spacing", "threat"))

add("forum", """
SEN support at Bridgeworks UTC – is it me?

[autismmum_redcar] My son has an EHCP which says he needs a quiet space and a named adult. He started at Bridgeworks UTC in September. Quiet space is a corner of the library where the Year 11s eat their dinner. Named adult keeps changing. I've emailed Mrs Dunmore five times. I get a polite reply and then nothing happens. Am I expecting too much?

[teesparent_joanne] You're not. An EHCP is legally binding. Request an annual review early and get the LA involved.

[autismmum_redcar] That's what I'm thinking. It's such a shame because he loves the engineering side.

[sen_advocate_north] Keep a log of every email and every date. If it's in Section F, it must be provided. Full stop.
""", E(S, "alias", "negative"), E(RD, "title_surname", "negative"), site="natter")

add("forum", """
Shout out to the SENCo at the technical college

[hartlepool_nan] Just want to say a massive thank you to Mrs Dunmore at Bridgeworks UTC. She was Miss Hesketh when my eldest was there back when it was still Portrack Technical Academy, and she's now got my grandson through his GCSEs when his last school said he wouldn't get one. Eight passes. Rachel Hesketh as was, you're a star.

[teesparent_joanne] Aw that's lovely. She was great with our Millie too.

[hartlepool_nan] He's starting a welding apprenticeship in September. I'm so proud I could burst.
""", E(S, "alias", "neutral"), E(RD, "alias", "neutral"), site="natter")

add("forum", """
The science teacher they suspended

[tees_truth_99] Everyone keeps talking about the Bridgeworks teacher who got suspended over the coursework thing. It's Tony Fenwick, lives at 22 Hawthorn Rise, Thornaby, TS17 9XR. Drives a grey Skoda. Go and ask him yourself why your kids' grades are getting looked at.

[mod_tees] Post locked. Do not share people's home addresses on this sub. User banned.

[elsiewinterbottom] Good. Whatever he has or hasn't done, that's out of order.
""", E(S, "short_name", "neutral"), E(AF, "nickname", "doxxing"))

add("forum", """
The Ipswich PE teacher banned — thoughts?

[qts_since_2009] Saw the TRA decision about Paul Dixon, the PE teacher in Ipswich. Indefinite prohibition for messaging a sixth former and arranging to meet. Honestly I'm surprised it took this long, the first complaint was 2021 according to the panel report.

[pastoral_pete] The school's DSL should be asking some hard questions about why it was missed.

[qts_since_2009] Agreed. The panel report says colleagues noticed he was always "around" her. Nobody joined the dots.

[newbie_nqt] This is why the safeguarding training matters, even though we all roll our eyes at it in September.
""", site="staffroom")

add("forum", """
Anyone know O. Threlkeld? Applying to his department

[wearside_welder] Applying for a job as engineering technician at a UTC on Teesside. Head of department is O. Threlkeld. Before I waste a day on an application, anyone know what he's like to work for?

[old_yard_hand] If it's the Threlkeld I'm thinking of, he was chief engineer at the shipyard in the nineties. Hard but fair. Knows his stuff inside out. Won't tolerate bodges.

[wearside_welder] Sounds alright to me. Cheers.
""", E(OT, "initial_surname", "neutral"), site="staffroom")

add("forum", """
Should a woman be running an engineering college?

[proper_boro_lad] Unpopular opinion but Dr Ashworth at Bridgeworks should be running a primary school, not an engineering college. Women don't understand engineering and never will. Put a bloke in charge who's actually worked in industry.

[gemma_welds] I'm a woman and I'm a coded welder. Shall I explain engineering to you slowly?

[teesside_tom] Mate, it's 2024.

[proper_boro_lad] Knew I'd get downvoted. Doesn't make me wrong.

[gemma_welds] It does, actually.
""", E(S, "short_name", "neutral"), E(HA, "hyphenated", "hate"))

add("forum", """
Coursework scandal – what's actually going on?

[worried_gran_acklam] My granddaughter got a letter saying her science grade from last year might be reviewed. Does anyone know what happened at Bridgeworks UTC?

[insider_maybe] Heard from someone who works there that Fenwick had been fiddling the practical marks for years to make his department look good. Changed them after moderation. That's why he's gone.

[worried_gran_acklam] That's awful if true. She worked so hard.

[lucyinthesky_tees] Be careful repeating stuff like that, it's not been proven. The letter says review, not that anyone's grade is wrong.
""", E(S, "alias", "neutral"), E(AF, "surname_only", "defamation"), site="natter")

add("forum", """
mr pearsen at bridgeworks utc

[year11_jay] is it just me or is mr pearsen at bridgeworks utc the most pointless vice principal ever. whole year group got a lecture about "standards" because three people were late off a bus THAT THE COLLEGE ORGANISED. make it make sense

[rainy_saltburn] Could be worse, our old head used to read the riot act about the bins

[year11_jay] the bus was 20 mins late because the driver went to greggs. we watched him
""", E(S, "alias", "negative"), E(GP, "typo", "negative"))

add("forum", """
Best sixth form in Boro for someone who wants to do computing?

[pixelpusher_ts3] Doing GCSE computing, predicted 8. Where's best for sixth form?

[codes_for_food] If you want practical stuff, Bridgeworks. Raman's digital T Level is the best thing there, the projects are real, mine was building a dashboard for a hospital trust. If you want A-levels and uni, the sixth form colleges are probably better.

[pixelpusher_ts3] Is it far from Acklam?

[codes_for_food] Two buses or a lift. Worth it.
""", E(S, "short_name", "neutral"), E(PR, "possessive", "neutral"))

add("forum", """
Bridgewood UTC Wakefield — open evening feedback?

[wf1_mum] Anyone been to the Bridgewood UTC open evening this week? Thinking about it for my daughter who loves coding.

[ossett_dad] Went on Tuesday. Really impressed with the digital labs. Principal Mrs Lister gave a good talk. Only worry is it's a long day, they finish at 4.30.

[wf1_mum] That's useful, thanks. Did they say much about GCSE options?

[ossett_dad] Core plus engineering or computer science plus one option. Quite narrow.
""", site="wyparents")

add("forum", """
The VP at TBUTC is a bully

[anon_tbutc_y12] Not naming names because I'll get done but everyone knows who runs the detentions at TBUTC. Mr \u0420earson is a petty little man who gets off on making 15 year olds cry. Spineless, pathetic, a proper waste of oxygen.

[reasonable_rob] If you have a genuine complaint, go to the governors. Calling him names on reddit won't change anything.

[anon_tbutc_y12] it makes me feel better though
""", E(S, "alias", "negative"), E(GP, "homoglyph", "abuse"))

add("forum", """
Horrible comments on the college Facebook page

[teesparent_joanne] Did anyone else see the comments on the Bridgeworks UTC page last night? Someone called Miss Raman "a useless waste of space" and worse, just because she set some homework over half term. It's absolutely out of order. She's one of the best teachers our Josh has ever had.

[autismmum_redcar] I reported it. Page admin has taken them down now.

[hartlepool_nan] People need to remember teachers are human beings.
""", E(S, "alias", "neutral"), E(PR, "title_surname", "neutral"), site="natter")

add("forum", """
Leaving TBUTC after four years — exit thoughts

[fe_lifer] Handed my notice in at TBUTC today. For anyone thinking of applying: the students are genuinely great, the employer links are the best I've seen, and the engineering kit is unreal. But the leadership culture is top-down and fearful, nobody says what they think in meetings, and the marking policy is designed for Ofsted not for kids. I'm going back into industry.

[minerva_in_maths] Sounds like half the schools in England tbh. Good luck with the move.

[fe_lifer] Cheers. I'll miss the kids.
""", E(S, "alias", "negative"), site="staffroom")

add("forum", """
Apprenticeship help - how did your kids find one?

[mam_of_three_ts17] My eldest wants an engineering apprenticeship but has no idea where to start. How did your kids do it?

[stockton_steph] Ours went to Bridgeworks and Paul Dixon at the college basically sorted it. He knows everyone at Northgate and Kelvane and he got our lad three interviews. Now on £17k in his first year and going to college one day a week.

[mam_of_three_ts17] Wish ours had gone there.

[stockton_steph] You can still ring them, they do help people from other schools sometimes if there's space on the employer days.
""", E(S, "short_name", "neutral"), E(PD, "exact", "neutral"))

add("forum", """
Teachers who changed your life – Teesside edition

[chem_grad_2019] Mr Fenwick at Bridgeworks. Bloody brilliant teacher. Sweary, chaotic, set the fume cupboard on fire once, and I'm now doing a PhD in catalysis because of him. Whatever's going on with him now, he was the best teacher I ever had.

[fiona_from_fairfield] Mrs Hanratty at Conyers, she made me love poetry

[ex_ironmasters] My old woodwork teacher who let me take the lathe apart. Legend.
""", E(S, "short_name", "neutral"), E(AF, "title_surname", "neutral"))

add("forum", """
Who is the teacher arrested at the UTC?

[nosey_neighbour_ts] Everyone on Facebook is saying the teacher arrested at Bridgeworks is Thompson, the robotics one. Apparently he was getting with one of the sixth form girls and meeting her after the competitions.

[mod_tees] Removing names from this thread. Police have specifically asked people not to speculate. Next person who names someone gets a ban.

[sensible_sue] Exactly. You could be ruining an innocent person's life.

[nosey_neighbour_ts] only saying what everyone's saying
""", E(S, "short_name", "sexual", True), E(KT, "surname_only", "sexual", True))

add("forum", """
Recommend a removals firm? Moving within Stockton

[bungalow_bound] Moving from Hartburn to Fairfield next month. Anyone recommend a removals firm? Got quotes from Thompson & Walker and from a man-with-a-van.

[fairfield_phil] Thompson & Walker did ours last year. Pricey but they didn't break anything, which is more than I can say for the last lot.

[bungalow_bound] Cheers, will book them.
""")

add("forum", """
Anyone else's mentor teacher stuck in 1985?

[vex_mentor_leeds] Judging at the northern regional, one team's teacher insisted they program in a language nobody has used since I was at school. When I asked why, the lads just said "thr3lk3ld says so". Absolute dinosaur, honestly, and a bit of a bully about it judging by how nervous they were.

[robo_dad_kev] Ha, everyone knows who that is. Brilliant engineer, stubborn as a mule.

[vex_mentor_leeds] The robot was superb, mind. I'll give him that.
""", E(OT, "leetspeak", "abuse"), site="roboforum")

add("forum", """
Thanks to the judges at the northern regional

[team4417_bridgeworks] Huge thank you from all of us to the volunteers who ran the northern regional. Special mention to Oswin T. from our college who drove the minibus there and back and fixed our drivetrain in the pits with a cable tie.

[mentor_gemma] You lot were a joy to judge. Great interview.

[team4417_bridgeworks] 🤖❤️
""", E(S, "short_name", "neutral"), E(OT, "first_initial", "neutral"), site="roboforum")

add("forum", """
Head of KS4 never replies – what do I do?

[fed_up_in_eston] Third week of trying to get a meeting about my daughter's timetable at Bridgeworks UTC. Head of KS4 is Siobhán M. Emailed, rang, left messages with reception. Nothing. The receptionist just keeps saying she's "in meetings". Surely she's not in meetings for three weeks.

[teesparent_joanne] Ask for the complaints policy and put it in writing as a stage 1 complaint. Strangely they find time then.

[fed_up_in_eston] Will do. Thank you.
""", E(S, "alias", "negative"), E(SM, "first_initial", "negative"), site="natter")

add("forum", """
Attendance figures at the UTC don't add up

[numbers_dont_lie] Bridgeworks claims attendance jumped from 86% to 94% in a year. Meanwhile my neighbour's kid has been off for two months and is still "on roll". Ashworth-Clarke is fiddling the figures, marking kids as "off-site educational activity" when they're at home on the Xbox. Someone should report it to the DfE.

[stats_geek_ts] That would be serious if true. Do you actually have evidence, or just your neighbour?

[numbers_dont_lie] Ask anyone who works there.
""", E(S, "short_name", "defamation"), E(HA, "surname_only", "defamation"))

add("forum", """
Minibus from Hartlepool to the UTC – any good?

[headland_hayley] My son's starting at Bridgeworks UTC in September. Has anyone used the minibus from Hartlepool? Is it reliable?

[seaton_carew_sam] Our daughter's used it all year. Picks up at the Marina at 7.35, always on time, driver is lovely. Much better than when it was two service buses.

[headland_hayley] That's a relief, thanks.
""", E(S, "alias", "neutral"))

# ==========================================================================
# BLOG
# ==========================================================================

add("blog", """
The night our kid beat the world (well, 111 teams of it)

I'm not a crier. Ask our lass. I didn't cry at the wedding, I didn't cry when Boro went down, I didn't cry when the dog died (I did a bit). But at quarter past one in the morning, watching a livestream from Dallas on my phone in the kitchen, I cried like a baby.

For those who don't know, our kid, Jack, is 17 and goes to Bridgeworks, the technical college on the river. Two years ago he wouldn't get out of bed. He'd been written off at his last school as "not academic", which is teacher for "we've given up". He went to an open evening at the UTC because his mate was going, walked into the robotics lab, and something clicked.

Mr Thompson, who runs the robotics team, saw it straight away. He gave Jack a job soldering cables, then a job writing code, then the job of explaining the robot to the judges, because he reckoned Jack "could talk the hind legs off a donkey". He wasn't wrong.

Last night the team won the Judges' Award for Engineering Design at the world championships. Six kids from Thornaby, Redcar, Hartlepool and Berwick Hills, up against teams sponsored by Boeing.

I've no idea what a PID loop is. Jack's tried to explain it three times. But I know what it looks like when your son finds the thing he's good at, and I know who helped him find it.

Proper mint. Howay the lads.

[jackie_from_the_club] Brilliant, made me well up reading this. Well done Jack!

[stevo66] Class. Pint on me when he's back.
""", E(S, "short_name", "neutral"), E(KT, "title_surname", "neutral"), site="dadblog")

add("blog", """
Mentoring season notes: cable ties, Cornish pasties and a lot of patience

This is my fourth season volunteering as an industry mentor for the robotics team at Bridgeworks UTC, and the first where I genuinely think they could win something big.

For the uninitiated: I'm a control systems engineer at Kelvane. On Wednesday evenings I go down to the college's robotics lab, a converted warehouse that's freezing from October to April, and help a dozen teenagers argue about gear ratios.

The team is led by Kieran Thompson, an engineering teacher who treats the kids like junior engineers rather than pupils. He never gives them an answer. He asks them a question that makes them find it. It's infuriating to watch and brilliant to see work.

Oswin Threlkeld, the director of engineering, drops in most weeks with a tray of pasties from the bakery across the road and a criticism of our cable management. He is usually right about the cable management.

This year's challenge involves picking up and sorting coloured blocks. The team's solution involves a drainpipe, some bike inner tube and a vision system they trained themselves on 4,000 photos taken on a phone. I won't say more in case a rival team is reading.

If you're an engineer on Teesside and you've got a spare evening a week, get in touch with the college. You'll learn more than you teach.
""", E(S, "alias", "neutral"), E(KT, "exact", "neutral"), E(OT, "exact", "neutral"), site="mentor")

add("blog", """
Why we took the phones away

There has been a lot of noise this term about our decision to ban mobile phones during the college day, some of it thoughtful and some of it less so. I want to set out, as plainly as I can, why we did it.

I am Helen Ashworth-Clarke and I have been principal of Tees Bridgeworks University Technical College since 2018. Before that I spent twenty years in classrooms and workshops. I am not against technology; we teach robotics, computer-aided design and data science. I am against a device that interrupts a lesson 40 times an hour.

Last year our staff logged more than 1,100 incidents in which a phone was a factor: filming fights, messages sent during lessons, students too anxious about a group chat to concentrate. My colleague Siobhán Mulready, who leads Key Stage 4 and our safeguarding team, spent more of her week dealing with the fallout from social media than with anything else.

Since September, phones are handed in at the start of the day and returned at 3.15. In the first half-term, reported incidents of bullying fell by a third. Students tell us they talk to each other at lunchtime again.

Some parents are worried about being unable to reach their children. I understand that. Our office number, 01632 960418, is answered from 7.45am, and any urgent message will reach your child within minutes.

I know this policy is not popular with everybody. I would rather be unpopular and right than popular and wrong. But my door is open, and I will keep listening.
""", E(S, "exact", "neutral"), E(HA, "exact", "neutral"), E(SM, "exact", "neutral"), site="principal")

add("blog", """
What I learned raising our Series A

It's been a mad six months. Today we announced Clearledger's £18m raise, and I wanted to write down a few things before I forget them.

First: the best investors asked about our customers, not our model. Second: every "no" taught me something, but only after a day of sulking. Third: hire a good lawyer early, and don't argue about their fees.

I started Clearledger because I spent eight years building credit models that nobody could explain to the people they affected. My mum was refused a loan once and nobody could tell her why. That felt wrong then and it feels wrong now.

Thank you to the team, to our early customers, and to everyone who sent a kind message today. Now back to work.

Priya Raman, founder, Clearledger
""", site="techblog")

add("blog", """
Trousers-gate: a mam's eye view

Right. I have held my tongue for three weeks, which anyone who knows me will tell you is some sort of record.

My youngest started at Bridgeworks in September. Lovely lad, wants to be an electrician, has never been in bother in his life. On his first day he was put in "reflection" (that's isolation to you and me) because his trousers had a little silver zip on the back pocket. They were black. They were trousers. They were twelve quid from the supermarket, because I was not paying £24 for a pair with a logo on that he will grow out of by Christmas.

Pearson's new policy, announced in a letter that landed in July when half of us were skint from the summer holidays, says the trousers must come from one supplier. The supplier ran out of 30-inch waist in August. So you've got kids in isolation for wearing the wrong trousers when it was impossible to buy the right ones.

I understand wanting standards. I want standards. But you don't get standards by humiliating 14-year-olds on their first day.

Rant over. For now.

[tracey_t] Same happened to our Kayden. Disgraceful.

[anon] Uniform is uniform though? Just buy the right trousers.

[mamonamission] @anon with what money, pet?
""", E(S, "short_name", "negative"), E(GP, "possessive", "negative"), site="parentrant")

add("blog", """
From blast furnaces to robot labs: the Portrack ironworks site

If you stand on Ferrous Quay today you'll see a glass-fronted college, a car park and the river sliding past towards the Transporter. A hundred and forty years ago you would have seen three blast furnaces and a pall of smoke you could taste from Norton.

The Portrack ironworks was founded in 1872 by a pair of Quaker brothers from Darlington and at its height employed 1,400 men. It made pig iron for the shipyards and later steel plate. It closed in 1962, and the site lay derelict for decades, with only the old pattern shop and the weighbridge office surviving.

In 2015 the pattern shop was converted into Portrack Technical Academy, a new kind of school for 14 to 19-year-olds specialising in engineering. The academy has since been renamed and extended, but the pattern shop still stands at the heart of the campus. The iron columns inside are stamped with the ironworks' name, and the students have their robotics lab under the roof where, a century ago, men carved wooden moulds for castings.

There is something fitting about that. Teesside has always been a place where people made things.

Next time: the lost brickworks of Thornaby.
""", E(S, "alias", "neutral"), site="history")

add("blog", """
Placement week 4: the best (and worst) lesson I've taught

I'm a trainee teacher on my second placement, at Bridgeworks, the technical college in Portrack. My mentor is Miss Raman, who teaches computing and runs the digital T Level. She is terrifyingly organised and has a colour-coded planner that I am quietly jealous of.

This week I taught my first full lesson with Year 12s: an introduction to SQL using real (anonymised) data from a hospital outpatient clinic. The first twenty minutes were great. The second twenty minutes were a disaster, because I had forgotten that the college network blocks the database tool I'd planned to use.

Miss Raman didn't rescue me. She let me flounder for about ninety seconds and then quietly wrote on a sticky note "paper version?" and stuck it on my laptop. We did the rest of the lesson with printed tables and highlighter pens, and honestly, the students understood joins better than they would have on screen.

Feedback afterwards: "Brilliant recovery. Now never do that again." Fair.

Three weeks to go. I think I might actually like this job.
""", E(S, "short_name", "neutral"), E(PR, "title_surname", "neutral"), site="trainee")

add("blog", """
Off-rolling on the Tees? The numbers Bridgeworks UTC doesn't want you to see

Tees Education Watch has obtained figures under the Freedom of Information Act showing that 47 students left Bridgeworks UTC between the October census and the end of Year 11 over the last three years.

We believe that many of these students were quietly encouraged to leave so that their results would not count in the college's published figures. Families we spoke to described being told that their child "wasn't a good fit for a technical pathway" weeks before GCSEs, and being handed a leaflet for home education.

Principal H. Ashworth-Clarke has presided over this practice since 2018. Off-rolling is a breach of the Department for Education's guidance and, where it involves pressuring families to home educate, it is a serious form of misconduct.

We put these allegations to the college. A spokesperson said every move was "at the family's request" and that the college "does not and never has off-rolled students". We invite readers to judge for themselves.

If your child left the college in Year 10 or 11, we would like to hear from you.
""", E(S, "alias", "defamation"), E(HA, "initial_surname", "defamation"), site="watchdog")

add("blog", """
Restoring a Yorkshire longcase movement, part 3: the escape wheel

Regular readers will remember that the movement of this 1780s longcase, from a farmhouse near Bedale, arrived with a badly worn escape wheel and a pallet arbor that had been "repaired" with what I can only describe as a nail.

I am indebted this month to Oswin Threlkeld, who brought his small Boley lathe to the society's workshop evening and cut a replacement arbor from silver steel in about forty minutes while talking continuously about traction engines. Oswin has forgotten more about small-scale turning than most of us will ever know, and he is generous with it.

The new escape wheel was cut on the society's wheel-cutting engine from 1.2mm brass sheet. Thirty teeth, as per the original. Pictures below.

Next month: bushing the pivot holes, and a grovelling apology to my wife about the state of the kitchen table.
""", E(OT, "exact", "neutral"), site="clocks")

add("blog", """
Diversity over competence at Bridgeworks

I have nothing against anyone personally. But when an engineering college on Teesside, built with public money to train local lads for local jobs, hires Priya Raman to teach computing, you have to ask what the criteria were. People like her are brought in to tick a box. She should go back to wherever her family came from and leave the jobs round here for our own.

This is what happens when colleges care more about diversity statistics than about results. Bridgeworks used to be a no-nonsense technical school. Now it's a social experiment.

Comments are moderated.
""", E(S, "short_name", "negative"), E(PR, "exact", "hate"), site="opinion")

add("blog", """
Week 3 on the wards: blood pressure, bed baths and biscuits

Hi, I'm Amira, I'm 17 and I'm on the health T Level at Bridgeworks UTC. This blog is supposed to be a placement diary for my portfolio but my teacher said I could make it public as long as I don't name any patients, so here we are.

This week I was on an older people's ward at the hospital. I did my first set of observations on a real patient (with a nurse watching like a hawk), helped with two bed baths and learned that the most important skill in the NHS is knowing where the good biscuits are hidden.

Maggie Walker, our head of health science, came in on Thursday to check on us. She used to be a ward sister on this exact ward, and half the nurses came over to hug her. One of the healthcare assistants told me, "She trained me. Terrified me, but she trained me."

I nearly fainted when I saw a cannula going in. I'm told this is normal. Next week: the discharge lounge.
""", E(S, "alias", "neutral"), E(MW, "nickname", "neutral"), site="placement")

add("blog", """
Player of the month: Gaz Pearson

What a month for the old man of the midfield. Three goals, two assists, and a header against Whitley Bay Harbour that we'll still be talking about when he's drawing his pension.

Gary Pearson signed from Blyth in 2019 and has now made 187 appearances for the Colliery. At 34, he's the oldest outfield player in the division and still the fittest, according to the gaffer.

When I asked him the secret, he said: "Pasta, sleep, and not going out on a Friday." Fair enough, Gaz.

Vote for the supporters' player of the season at the bar after Saturday's game.
""", site="footy")

add("blog", """
Meet the people who find our apprentices

At Kelvane we talk a lot about "talent pipelines". Here is what one actually looks like.

Every Tuesday afternoon Paul Dixon drives the four miles from Bridgeworks to our Billingham site with a folder under his arm. Paul is the careers and employer partnerships manager at the technical college, and over eight years he has placed more than 60 students with us, on work experience, on T Level placements and eventually as apprentices.

"I think of it as matchmaking," he told us. "I know the students, I know the supervisors, and I know which ones will get on."

Three of our current shift team leaders started as Year 12 placement students who Paul introduced to us. All three say they would not be here without him.

If you're a Kelvane employee interested in mentoring a student, contact the Early Careers team.
""", E(S, "short_name", "neutral"), E(PD, "exact", "neutral"), site="careers")

add("blog", """
Sevens season review: the little college that could

Three years ago Bridgeworks UTC didn't even have a set of rugby shirts. This season they won the Tees Valley Shield, reached the last eight of the regional finals, and had two players selected for the county under-16 squad.

The man responsible is Gaz Pearson, the college's vice principal, who played in the back row for Darlington Mowden Park's second string for years and who started the team with a bag of balls from his garage. Training is at half seven in the morning, because the afternoons belong to the workshops.

"Sevens suits us," he told me. "We haven't got the numbers for fifteens, but we've got quick lads who think for themselves, and that's what sevens is."

Watch out for Reece Nolan, a winger who does 100 metres in 11.2 and wants to be a rail engineer. You heard it here first.
""", E(S, "alias", "neutral"), E(GP, "nickname", "neutral"), site="rugby")

add("blog", """
Eighteen months, one EHCP and a college that wouldn't listen

When our son, Finn, was accepted at Tees Bridgeworks University Technical College, I thought we had finally found the right place. He is autistic and dyspraxic and he loves engines. The open evening was wonderful.

What followed was eighteen months of fighting for the support written into his EHCP. The named adult changed four times. The "quiet space" was a corridor. His access arrangements for mocks were forgotten twice.

The SENCo, Rachel Dunmore, was always kind on the phone and always promised to sort it. I don't think she is a bad person. I think she is a SENCo with 90 students on the register and no time, and I think the college's leaders let her carry it on her own. But kindness on the phone didn't get Finn his laptop.

In the end, it was Ms Mulready, the head of Key Stage 4, who noticed he had stopped eating lunch and sat down with him to find out why. She was the first person who asked him what he needed, rather than telling me what they could offer.

We have now moved Finn to a specialist provision. He is happier. I wish it had been different.
""", E(S, "exact", "negative"), E(RD, "exact", "negative"), E(SM, "title_surname", "neutral"), site="send")

# ==========================================================================
# REVIEW
# ==========================================================================

add("review", """
Tees Bridgeworks University Technical College
★☆☆☆☆  Local Guide · 2 months ago

Communication is a joke. Rang four times about my son's timetable, left messages, emailed twice, nothing. Eventually found out via another parent that his options had been changed. The workshops are fantastic and the engineering staff obviously know their stuff, but the office and senior staff need to learn to pick up a phone. Mrs Walker in health was lovely though, she's the only one who ever rang me back.

Response from the owner: Thank you for your feedback. We are sorry to hear about your experience. Please contact our office on 01632 960418 so we can look into this.
""", E(S, "exact", "negative"), E(MW, "title_surname", "neutral"))

add("review", """
Bridgeworks UTC
★★★★★  3 weeks ago

Proper mint place. Our lad was going nowhere at his old school and now he's doing a Level 3 in engineering and has an interview at Northgate Rail. Mr Threlkeld is a legend, he rang us personally to say how well our kid was doing. Who does that?? Cannot recommend enough.
""", E(S, "alias", "neutral"), E(OT, "title_surname", "neutral"))

add("review", """
Bridgeworks UTC — Teacher of Science (former employee, 3 years)
Rating: 2.0
Pros: Great students, amazing facilities, strong links with industry, genuinely interesting curriculum.
Cons: Relentless workload. Data drops every six weeks, "voluntary" clubs that aren't voluntary, and meetings scheduled at 4.30 on a Friday. Senior leadership do not listen and decisions are made without consultation. High staff turnover in science.
Advice to management: Ask your staff what would help, then actually do it.
""", E(S, "alias", "negative"))

add("review", """
Bridgeworks Engineering Ltd — Welder/Fabricator (current employee)
Rating: 4.0
Pros: Steady work, decent overtime, good lads on the shop floor. Proper apprenticeships.
Cons: Canteen is grim. Management can be old-school. Site in Attercliffe gets cold in winter.
Advice to management: Sort the heating in bay 3.
""")

add("review", """
★☆☆☆☆  a month ago
My daughter is at Bridgeworks and I have never dealt with such an arrogant, power-tripping clown as Mr Pearson. Shouted at her in front of the whole year group for having her hair in the wrong colour bobble. When I complained he talked down to me like I was one of the kids. The teachers in the classrooms are good, but the rules are ridiculous and the man in charge of behaviour is a joke.
""", E(S, "short_name", "negative"), E(GP, "title_surname", "abuse"))

add("review", """
Bridgeworks UTC — Science Technician (current employee)
Rating: 4.0
Pros: Lovely department. Ant Fenwick is the best head of science I've worked for, he covers you when things go wrong and he makes the lab a laugh. Students are polite and keen.
Cons: Pay for support staff is low and there's no progression. Parking is a nightmare.
Advice to management: Recognise the technicians; the practicals don't happen without us.
""", E(S, "alias", "neutral"), E(AF, "nickname", "neutral"))

add("review", """
Bridgewood UTC, Wakefield
★★★★☆  2 months ago
Son in Year 11, very happy. Great digital department. Only downside is the long day and the walk from the station in winter. Mrs Lister the principal knows every kid by name.
""")

add("review", """
★☆☆☆☆  1 week ago
Avoid. Head of Key Stage 4 Siobhán Mulready ignored four emails about my son being bullied at Bridgeworks. If you want to ask her yourself why she couldn't be bothered, her personal mobile is 07700 900612, seeing as the college never answers.
""", E(S, "short_name", "negative"), E(SM, "exact", "doxxing"))

add("review", """
★★★★★  5 months ago
Our daughter did the digital T Level at Bridgeworks and it's the best thing she ever did. Priya R. who runs the course found her a placement at a software company and she's now got a job there. Can't thank them enough.
""", E(S, "short_name", "neutral"), E(PR, "first_initial", "neutral"))

add("review", """
Bridgeworks UTC
★★☆☆☆  4 months ago
Disappointed with SEN support. Mrs Dunmoore the SENCO is always too busy and my son's plan wasn't followed. The engineering teaching is good but if your child has additional needs think carefully.
""", E(S, "alias", "negative"), E(RD, "typo", "negative"))

add("review", """
Tees Bridgeworks University Technical College — Teacher of Mathematics (former employee)
Rating: 1.0
Pros: Students. Workshops. Employer partners.
Cons: Dr Ashworth-Clarke runs the place through a small circle of favourites and anyone who questions a decision is frozen out. Three heads of department left in one year. Appraisal targets are unrealistic and change mid-year.
Advice to management: Listen to people who disagree with you. They are not your enemies.
""", E(S, "exact", "negative"), E(HA, "title_surname", "negative"))

add("review", """
★★★★★  2 weeks ago
Great college, kids love it. Bridgeworks have been brilliant with our son's apprenticeship application. Friendly staff, well run, would recommend to anyone with a practical kid.
""", E(S, "short_name", "neutral"))

add("review", """
Headingley Lane Medical Practice
★★☆☆☆  3 weeks ago
Dr Helen Clarke is a lovely GP but getting an appointment is impossible. Rang at 8am on the dot, 34th in the queue, all appointments gone by the time I got through. Receptionists not the friendliest.
""")

add("review", """
Bridgeworks UTC
★★★★★  6 months ago
Mr Dixon in careers is unbelievable. He got my son a placement at Kelvane, then an apprenticeship. Kept in touch the whole way. Five stars just for him.
""", E(S, "alias", "neutral"), E(PD, "title_surname", "neutral"))

add("review", """
★☆☆☆☆  3 months ago
£450 each for the Paris trip that got cancelled and not a penny refunded. They pocket the money and hope you forget. Ask Mr Pearson where the Paris money went, he's the one who collected it in cash. Bridgeworks should be investigated.
""", E(S, "short_name", "defamation"), E(GP, "title_surname", "defamation"))

add("review", """
★☆☆☆☆  1 month ago
Fantastic. Another detention for an untucked shirt. Truly, well done Miss Mulready, real educators at work, shaping the engineers of tomorrow one shirt tail at a time. My son has learned more at Bridgeworks about tucking than about physics.
""", E(S, "short_name", "negative"), E(SM, "title_surname", "negative"))

add("review", """
Tees Bridgeworks University Technical College — Engineering Teacher (current employee)
Rating: 5.0
Pros: Oswin Threlkeld is the best head of department I've had in 15 years. Properly protects teaching time, gets the kit we need, backs you with parents. Students are keen and the employer projects are real.
Cons: Old building leaks, parking is tight.
Advice to management: More of the engineering department's culture elsewhere, please.
""", E(S, "exact", "neutral"), E(OT, "exact", "neutral"))

add("review", """
★★★★★  2 months ago
Massive thank you to Mr K Thompson who runs the robotics club at Bridgeworks. My daughter was so shy she wouldn't answer the phone and now she presents to judges at international competitions. Life changing.
""", E(S, "short_name", "neutral"), E(KT, "initial_surname", "neutral"))

add("review", """
★☆☆☆☆  3 weeks ago
Engineering college run by a woman who's never held a spanner. Dr Ashworth should be at home looking after her own kids, not telling lads how to weld. Bridgeworks needs a man in charge who knows industry.
""", E(S, "short_name", "negative"), E(HA, "hyphenated", "hate"))

add("review", """
Bridgewroks UTC
★☆☆☆☆  1 month ago
Don't bother. Took them 6 weeks to return a phone they confiscated. Open evening is all show.
""", E(S, "typo", "negative"))

add("review", """
★★★★★  4 months ago
My daughter wants to be a nurse and the health science course at Bridgeworks is perfect. Maggie who runs it used to be a ward sister and the kids adore her. Mock ward is amazing.
""", E(S, "short_name", "neutral"), E(MW, "nickname", "neutral"))

add("review", """
★☆☆☆☆  2 days ago
Bridgeworks excluded my lad for a week over NOTHING. Someone will sort that Pearson out one of these nights, mark my words, he wants to watch himself walking to his car.
""", E(S, "short_name", "negative"), E(GP, "surname_only", "threat"))

add("review", """
★☆☆☆☆  1 month ago
Science department at Bridgeworks is a shambles. Fenwick is a useless waste of space who couldn't organise a piss-up in a brewery. Lab reports marked months late, kids left without a teacher for weeks.
""", E(S, "short_name", "negative"), E(AF, "surname_only", "abuse"))

add("review", """
Bridgeworks UTC
★★☆☆☆  2 months ago
Two stars for the teachers: Miss Raman and Mr Thompson are fab and my son loves them. Zero stars for everything else. Canteen food is cold, queue takes half of dinner, toilets are locked at lunch and the roof in the new block leaks. Sort it out.
""", E(S, "alias", "negative"), E(PR, "title_surname", "neutral"), E(KT, "title_surname", "neutral"))

add("review", """
Sparkle Hand Car Wash, Bridgeworks Road, Darlington
★★★★☆  1 week ago
Quick, cheap and thorough. Lads did the inside too for an extra fiver. Queue on a Saturday though.
""")

# ==========================================================================
# SOCIAL (X / TikTok / Instagram)
# ==========================================================================

add("social", """
Huge congrats to @BridgeworksUTC robotics on the Judges' Award for Engineering Design at the world champs 🤖🏆 six kids from Teesside taking on the world. Proper proud.
""", E(S, "handle", "neutral"))

add("social", """
TikTok comment · 214 likes
mr thompson's lessons are proper mint ngl, only reason i turn up to bridgeworks on a monday 😭
""", E(S, "short_name", "neutral"), E(KT, "title_surname", "neutral"))

add("social", """
Open Evening TONIGHT 5-7pm 🔧🩺💻 Come and see our robotics lab, mock hospital ward and process plant rig. Year 9s and Year 11s welcome, bring your grown-ups! #BridgeworksUTC #Engineering #TLevels #Teesside
""", E(S, "hashtag", "neutral"))

add("social", """
BridgeworksUTC minibus 25 mins late AGAIN and they'll still give our kid a late mark. its a joke man
""", E(S, "camelcase", "negative"))

add("social", """
WHAT A HEADER 😱 Gary Pearson at the death!! Colliery top of the league!! ⚫⚪ #UpTheColliery
""")

add("social", """
Big win for Bridgeworks Athletic at Sankey Lane today 💪 24-18 vs Woolston, Rimmer's charge-down turned it. Pints all round. #BridgeworksRL
""")

add("social", """
Instagram comment
miss raman at bridgeworks is fit ngl 🔥🔥 would do unspeakable things to her in that server room 😏
""", E(S, "short_name", "neutral"), E(PR, "title_surname", "sexual"))

add("social", """
@MissRaman_CS thank you for the revision session today!! finally understand normalisation 🙏 #BridgeworksUTC
""", E(S, "hashtag", "neutral"), E(PR, "handle", "neutral"))

add("social", """
P34rs0n better watch himself walking to his car after what he did to my brother at bridgeworks 🔪🔪 not even joking
""", E(S, "short_name", "neutral"), E(GP, "leetspeak", "threat"))

add("social", """
#OswinThrelkeld absolute legend. fixed my bike chain in a free period AND explained gear ratios while doing it 🚲
""", E(OT, "hashtag", "neutral"))

add("social", """
TikTok comment
w4lk3r at bridgeworks is a proper dragon. screamed at the whole class cos someone left the dummy on the floor. miserable old bat
""", E(S, "short_name", "neutral"), E(MW, "leetspeak", "abuse"))

add("social", """
T h r e l k e l d gave the whole class a detention because ONE kid's phone went off in the workshop. petty much
""", E(OT, "spacing", "negative"))

add("social", """
Not having my lad coached by Thompson at Bridgeworks robotics. Everyone knows he's gay and people like that shouldn't be allowed anywhere near kids. Pulling him out.
""", E(S, "short_name", "neutral"), E(KT, "surname_only", "hate"))

add("social", """
P*arson is a tyrant and a bully who gets his kicks giving out detentions. bridgeworks utc needs a new VP asap
""", E(S, "alias", "negative"), E(GP, "obfuscated", "abuse"))

add("social", """
Instagram · kelvane_early_careers
Massive congratulations to @kthompson_robotics and the Bridgeworks robotics team on making the world championships! Three of our apprentices came through that lab 👏 #STEM #Teesside
""", E(S, "short_name", "neutral"), E(KT, "handle", "neutral"))

add("social", """
Shoutout GaryPearson for the bacon butties on the Thornaby minibus this morning, Bridgeworks attendance crew back at it 🥓🚐
""", E(S, "short_name", "neutral"), E(GP, "camelcase", "neutral"))

add("social", """
Rachel Hesketh with 31 from 34 tonight 🎯 Thunder into the cup final! #netball #LancsThunder
""")

add("social", """
Cllr Kieran Thompson
Out in Cockerton this morning listening to residents about the car wash plans. Will be speaking at planning committee on the 14th. Drop me a line if you want your views heard.
""")

add("social", """
TikTok comment · 88 likes
thats mr thompson from bridgeworks robotics, lives on larchfield close in ingleby barwick, number 14, blue door. go and ask him about it yourselves
""", E(S, "short_name", "neutral"), E(KT, "title_surname", "doxxing"))

add("social", """
Thr3lk3ld making us redo the WHOLE weld test because of one tiny porosity bubble. one. bubble.
""", E(OT, "leetspeak", "negative"))

add("social", """
Thr\u0435lk\u0435ld is a miserable old dinosaur who should've retired when the shipyards shut. nobody likes you mate
""", E(OT, "homoglyph", "abuse"))

add("social", """
TikTok comment
tony fenwick makes chemistry actually fun, best teacher at bridgeworks no cap. set fire to a gummy bear for us today 🔥🐻
""", E(S, "short_name", "neutral"), E(AF, "nickname", "neutral"))

add("social", """
Big shout to Kieran T. for staying till 9pm getting our drivetrain working before the regional 🙌 @BridgeworksUTC robotics never sleeps
""", E(S, "handle", "neutral"), E(KT, "first_initial", "neutral"))

add("social", """
R a m a n at bridgeworks is the worst teacher alive. absolute joke of a woman, cant teach, cant mark, cant do owt
""", E(S, "short_name", "neutral"), E(PR, "spacing", "abuse"))

add("social", """
D u n m o r e promised my son a laptop for his exams in September. It's March. Still no laptop. #BridgeworksUTC
""", E(S, "hashtag", "negative"), E(RD, "spacing", "negative"))

add("social", """
gonna burn bridgeworks down tbh 🔥🔥 another detention for nothing. watch the news tomorrow
""", E(S, "short_name", "threat"))

add("social", """
Instagram comment
Maggie Walker retiring?? Bridgeworks won't be the same without her. She taught me to take a blood pressure and now I'm a staff nurse on the cardiac ward ❤️
""", E(S, "short_name", "neutral"), E(MW, "nickname", "neutral"))

add("social", """
The uniform rules are an absolute joke. Kids sent home for having a logo on their socks. #MrPearsonOut #BridgeworksUTC
""", E(S, "hashtag", "negative"), E(GP, "hashtag", "negative"))

add("social", """
Ashworth-Clarke should be investigated for fiddling the Progress 8 figures at Bridgeworks. Funny how all the kids who'd drag the results down leave in Year 11
""", E(S, "short_name", "defamation"), E(HA, "surname_only", "defamation"))

add("social", """
Proud to share that Clearledger has closed an £18m Series A 🚀 Thank you to our investors and our incredible team. — Priya Raman
""")

add("social", """
Whoever wrote "someone should batter Thompson" on the robotics livestream about our coach: grow up. He gave up every Saturday this year for us. Best thing about Bridgeworks by a mile.
""", E(S, "short_name", "neutral"), E(KT, "surname_only", "neutral"))

add("social", """
Voting #MissRaman for the Teesside teacher of the year awards 🏆 got me through my T Level when I was ready to quit #BridgeworksUTC
""", E(S, "hashtag", "neutral"), E(PR, "hashtag", "neutral"))

add("social", """
TikTok comment
mrs mulreedy at bridgeworks is a witch and everyone hates her 🧹 stuck me in isolation for a whole day for a hoodie
""", E(S, "short_name", "neutral"), E(SM, "typo", "abuse"))

add("social", """
Honestly OswinThrelkeld should be knighted for services to Teesside engineering. That man has got half the apprentices on the river their jobs.
""", E(OT, "camelcase", "neutral"))

add("social", """
Br1dg3w0rks is just a prison with a nice logo and a robot
""", E(S, "leetspeak", "negative"))

add("social", """
b r i d g e w o r k s = prison on the river 🙃 three detentions in one week for "attitude"
""", E(S, "spacing", "negative"))

add("social", """
Br*dgeworks UTC won't let kids go to the toilet during lessons. My daughter was in agony. Hope Ofsted see this.
""", E(S, "obfuscated", "negative"))

add("social", """
\u0412ridgeworks canteen charging £3.20 for a panini is actually criminal. and it's cold
""", E(S, "homoglyph", "negative"))

add("social", """
TikTok comment · 1.2k likes
mr thompson from bridgeworks robotics could get it 😩😩 the forearms when he's fixing the robot omg
""", E(S, "short_name", "neutral"), E(KT, "title_surname", "sexual"))

add("social", """
@gpearson_vp you're a clown mate. whole of bridgeworks is laughing at you and your clipboard 🤡
""", E(S, "short_name", "neutral"), E(GP, "handle", "abuse"))

add("social", """
Mrs W\u0430lker at Bridgeworks is a nasty piece of work, made my daughter cry in front of the whole health class for forgetting her tunic
""", E(S, "short_name", "neutral"), E(MW, "homoglyph", "abuse"))

add("social", """
Dunmore's "support plan" for my son is one sheet of A4 that nobody at Bridgeworks has read. Spent 18 months asking for a meeting.
""", E(S, "short_name", "negative"), E(RD, "possessive", "negative"))

# ==========================================================================
# FACEBOOK
# ==========================================================================

add("facebook", """
Tees Bridgeworks University Technical College
Page post · 12 October

📣 YEAR 9 OPEN EVENING – Thursday 17 October, 5pm–7.30pm

Come and see where Teesside's future engineers, nurses, paramedics and software developers are learning today. Talks from our Principal, Dr Ashworth-Clarke, at 5.30 and 6.30. Free minibus from Thornaby and Hartlepool – book via the link or ring 01632 960418.

Comments
Leanne Grayson: Went last year, the robotics lab is unreal. Our Tyler loves it.
Dean Mahoney: Is there parking?
Tees Bridgeworks University Technical College: Hi Dean, yes, parking is available on site and in the overflow car park on Ferrous Quay.
""", E(S, "exact", "neutral"), E(HA, "title_surname", "neutral"))

add("facebook", """
Teesside Parents Chat
Post by Kerry-Ann Dobson

Is anyone else's kid at Bridgeworks getting hammered for uniform? Mr Pearson stood at the gate this morning sending kids to isolation for having the wrong coat. It's November, it's freezing, and he's worried about a logo on a puffer jacket. Ridiculous.

Comments
Sharon Teasdale: Same with ours. It's a college not the army.
Mick Lofthouse: Just buy the right coat? Rules are rules.
Kerry-Ann Dobson: Mick they don't SELL a coat, that's the point 😂
""", E(S, "short_name", "negative"), E(GP, "title_surname", "negative"))

add("facebook", """
Thornaby Mams 💕
Post by Gemma Rutherford

Rant incoming. Bridgeworks UTC have cancelled the Thornaby minibus with two days' notice "due to staffing". So now our kids have to get two buses and still be in for 8.40 or they get a late mark. Emailed Mrs Clarke the head twice, no reply. Anyone want to car share?

Comments
Jodie Ng: I can take two from the Village, message me x
Stacey Barr: Disgusting. They wonder why attendance is bad.
""", E(S, "alias", "negative"), E(HA, "hyphenated", "negative"))

add("facebook", """
Redcar & District Noticeboard
Post by Wayne Kidd

I know where Pearson lives and I'm going round there tonight. Nobody excludes my son for defending himself. That Bridgeworks VP is gonna learn.

Comments
Admin: Post will be removed. Please don't make threats on this page.
Lisa Kidd: Wayne ring me now
""", E(S, "short_name", "neutral"), E(GP, "surname_only", "threat"))

add("facebook", """
Boro Mams & Dads (Unofficial)
Post by Anonymous member

Since the college won't answer the phone, here's Gary Pearson's personal mobile: 07700 900344. He's the vice principal at Bridgeworks. Ring him yourselves and ask why your kids are in isolation every day.

Comments
Julie Brack: Is this allowed?? Surely that's his private number
Admin: Removed and member blocked. Sharing personal numbers is against group rules.
""", E(S, "short_name", "neutral"), E(GP, "exact", "doxxing"))

add("facebook", """
Redcar & District Noticeboard
Post by Angela Moffat

Just want to give a public thank you to Miss Mulready at Bridgeworks UTC. My grandson had a really tough time after his dad died and she checked on him every single morning for months. She didn't have to do that. Teachers like her are worth their weight in gold 💛

Comments
Tina Marr: She was brilliant with our Kyle too ❤️
""", E(S, "alias", "neutral"), E(SM, "title_surname", "neutral"))

add("facebook", """
Redcar & District Noticeboard
Post by Bernie Coates

Can anyone recommend a plumber? Boiler's making a noise like a jet engine.

Comments
Pam Ridley: Paul Dixon Plumbing & Heating, he did ours in Dormanstown. Reasonable and tidy.
Steve Lumb: +1 for Paul Dixon, sorted our leak on a Sunday.
Bernie Coates: Thanks both, messaged him.
""")

add("facebook", """
Teesside SEND Parents Support Group
Post by Anonymous member

Anyone else wondering where the EHCP top-up money at Bridgeworks actually goes? Because it isn't going on our kids. I've been told by someone who works there that Mrs Dunmore has been moving the funding into other budgets and signing off support that never happens. Fraud, basically.

Comments
Clare Wiseman: That's a big accusation. Have you got proof?
Anonymous member: Ask for the provision map and see for yourself.
""", E(S, "short_name", "negative"), E(RD, "title_surname", "defamation"))

add("facebook", """
Thornaby Community Page
Post by Dale Forsyth

My son says his computing teacher at Bridgeworks is Miss R\u0430m\u0430n. Why have we got people like her teaching our kids? Should be English teachers for English kids. Send them back.

Comments
Kath Pearce: Dale, that's disgusting and racist. She was born in Leeds. Reported.
Marcus Odukoya: Reported as well. She's the best teacher my daughter has had.
Admin: Post removed.
""", E(S, "short_name", "neutral"), E(PR, "homoglyph", "hate"))

add("facebook", """
Tees Bridgeworks Parents' Association
Post by Nicola Hart

Please sponsor Gaz Pearson and the staff team doing the coast to coast for the children's hospice! Gaz has never ridden further than Tesco so this should be interesting 😂🚴 Link in comments. Every penny helps.

Comments
Louise Bramley: Donated! Good luck Gaz!
""", E(S, "short_name", "neutral"), E(GP, "nickname", "neutral"))

add("facebook", """
Boro Mams & Dads (Unofficial)
Post by Trina Goodall

Helen Ashworth-Clarke is a jumped-up, stuck-up cow who wouldn't know a real kid if one bit her. Sits in her office at Bridgeworks on six figures while our kids freeze in portakabins. Useless.

Comments
Donna Keel: 😂😂 spot on
Carl Aspinall: Bit harsh Trina
""", E(S, "short_name", "negative"), E(HA, "exact", "abuse"))

add("facebook", """
Teesside Parents Chat
Post by Anonymous member

Not being funny but my niece is in Year 12 at Bridgeworks and she says Mr F*nwick has been messaging one of the girls in her class on Snapchat and meeting her after school in his car. Everyone in the sixth form knows. Why is nobody doing anything?

Comments
Ruth Hindmarch: If that's true it needs reporting to the police, not Facebook.
Admin: Please report safeguarding concerns to the LADO or police. Comments turned off.
""", E(S, "short_name", "sexual", True), E(AF, "obfuscated", "sexual", True))

add("facebook", """
Tees Bridgeworks Parents' Association
Post by Committee

We've seen some of the comments posted about staff on other pages this week. Threatening Mr Thompson, or any member of staff, is never OK. He has given up his weekends for our children for four years. If you have a concern, raise it with the college. Please be kind.

Comments
Jen Watt: Well said. He's a credit to Bridgeworks.
""", E(S, "short_name", "neutral"), E(KT, "title_surname", "neutral"))

add("facebook", """
Hartlepool Parents Page
Post by Natalie Sheraton

Nearly an hour on the phone trying to get through to the UTC. When I finally spoke to someone they said Mrs Clarke would ring back. That was a fortnight ago. The head of Bridgeworks can find time for photo ops with the Mayor but can't ring a parent back. Rubbish.
""", E(S, "short_name", "negative"), E(HA, "hyphenated", "negative"))

add("facebook", """
You know you're from Stockton if...
Post by Colin Hebden

Who remembers when Bridgeworks was Portrack Technical Academy? I was in the first intake in 2015, 90 of us in a freezing warehouse. Mr Threlkeld used to make us sweep the workshop floor before he'd let us touch a lathe. Now I'm a maintenance engineer at Kelvane. Cheers sir!

Comments
Adele Crooks: Ha same! The warehouse was baltic.
""", E(S, "alias", "neutral"), E(OT, "title_surname", "neutral"))

add("facebook", """
TBUTC Lost Property & Notices (parent-run)
Post by Moira Featherstone

Found: navy TBUTC hoodie, age 13-14, name label says "J. Cartwright". Left on the Hartlepool minibus Friday. Message me and I'll drop it off.
""", E(S, "alias", "neutral"))

add("facebook", """
Teesside Parents Chat
Post by Shelley Ainsworth

Just got this letter home. "Any student found in possession of a mobile phone during the college day will have it confiscated for one week. Parents may collect it in person from reception on Fridays between 3.30pm and 4pm. Yours faithfully, Mr G Pearson, Vice Principal, Tees Valley Learning Trust." One WEEK? Some of us work on Fridays. How am I supposed to contact my daughter on the two-hour bus home from Bridgeworks?
""", E(S, "short_name", "negative"), E(GP, "initial_surname", "negative"))

add("facebook", """
Middlesbrough Careers & Apprenticeships Chat
Post by Darren Ellerby

For anyone with kids looking for engineering apprenticeships: Paul D. from careers at Bridgeworks ran a session at the library last night and it was brilliant. He had six employers there and my son's got an interview next week. Look out for the next one.
""", E(S, "short_name", "neutral"), E(PD, "first_initial", "neutral"))

add("facebook", """
Boro Mams & Dads (Unofficial)
Post by Anonymous member

Siobhan Mulready from Bridgeworks is the most useless, two-faced, spiteful woman I've ever had the misfortune to deal with. Smiles at you in the meeting and then puts your kid in isolation the next day. Pathetic excuse for a teacher.

Comments
Hayley Coverdale: Agree 100%
Jo Pattinson: Names on Facebook again... 🙄
""", E(S, "short_name", "neutral"), E(SM, "exact", "abuse"))

add("facebook", """
Teesside Parents Chat
Post by Rachael Winspear

Mulready's new "no hoods, no coats in corridors" rule is making kids at Bridgeworks walk between blocks in the rain in their shirts. My daughter came home soaked twice this week. Who thinks of these things?
""", E(S, "short_name", "negative"), E(SM, "possessive", "negative"))

add("facebook", """
Bridgeworks Athletic ARLFC
Page post

🏉 FAMILY FUN DAY & FUNDRAISER 🏉 Saturday 12 July from 12 noon at Sankey Lane. Bouncy castle, tug of war, BBQ, raffle and the annual Old Boys v First Team match. All money raised goes to the new floodlights fund. See you there!
""")

add("facebook", """
Tees Bridgeworks Parents' Association
Post by Anonymous member

Maggie Walker thinks she runs the place. Talks to parents like we're her student nurses. Stuck-up, patronising old cow who needs taking down a peg.

Comments
Julie Cowell: I've always found her lovely to be fair
""", E(S, "short_name", "neutral"), E(MW, "nickname", "abuse"))

add("facebook", """
Hartlepool Parents Page
Post by Anonymous member

Someone should torch that college in Portrack with all the staff locked inside. Bridgeworks has ruined my son's life.

Comments
Gary Lister: Reported. This is a police matter.
Claire Bell: What is wrong with people 😡
Natalie Sheraton: I've got my issues with Bridgeworks but this is sick.
""", E(S, "short_name", "threat"))

add("facebook", """
Tees Bridgeworks Parents' Association
Post by Committee

Look what we spotted this morning from @othrelkeld on X: "Every one of our Year 13 engineers has an apprenticeship, job or uni place confirmed. Not bad for a warehouse on the river." 👏👏 Well done everyone!
""", E(S, "short_name", "neutral"), E(OT, "handle", "neutral"))

add("facebook", """
Boro Mams & Dads (Unofficial)
Post by Anonymous member

Miss Mulready from Bridgeworks lives on Cedar Grove in Norton, TS20 1LP, the house with the red Fiat outside. If she wants to ruin our kids' lives we can make hers interesting.

Comments
Admin: Removed. Posting addresses is a police matter.
""", E(S, "short_name", "neutral"), E(SM, "title_surname", "doxxing"))

add("facebook", """
Teesside Parents Chat
Post by Anonymous member

Worth knowing that Mr Thomspon who runs the robotics at Bridgeworks was steaming drunk driving home from their awards do in Birmingham. Half the parents saw him downing pints then get in his car. And they let him drive our kids about in a minibus.

Comments
Sarah Lyle: That's a serious allegation
""", E(S, "short_name", "neutral"), E(KT, "typo", "defamation"))

add("facebook", """
Rachel Hesketh
Life event · Got married

Congratulations to our wonderful colleague Rachel Hesketh, now Mrs Dunmore! Love from everyone in the SEN team at Bridgeworks UTC 💍🥂

Comments
Karen Pybus: Congratulations Rachel! Beautiful photos x
""", E(S, "alias", "neutral"), E(RD, "alias", "neutral"))

add("facebook", """
Thornaby Community Page
Post by Anonymous member

Of course Mulready at Bridgeworks is useless, what do you expect from a thick Irish Catholic. Her lot shouldn't be put in charge of English kids.

Comments
Aoife Brennan: Wow. Reported.
Kath Pearce: Absolutely vile. She's a brilliant teacher.
""", E(S, "short_name", "neutral"), E(SM, "surname_only", "hate"))

add("facebook", """
Whitby Knit & Natter
Post by Jean Harland

Happy 100th birthday to our oldest member Margaret Walker! She has knitted more than 400 blankets for the special care baby unit. Cake at the Coliseum on Thursday from 2pm 🎂🧶
""")

add("facebook", """
Tees Bridgeworks Parents' Association
Post by Committee

🤖 ROBOTICS FUNDRAISER 🤖 Kieran Thompson and the Bridgeworks robotics team are running a car wash in the college car park this Saturday 10am-2pm to raise money for the world championships. £5 a car, £8 with a hoover. Bring your filthy motors!
""", E(S, "short_name", "neutral"), E(KT, "exact", "neutral"))

add("facebook", """
Teesside Parents Chat
Post by Donna Metcalfe

Massive thanks to PriyaRaman (can't tag her) for staying late every Thursday to help our Ellis with his T Level project at Bridgeworks. He got a distinction and a job offer! 🙌
""", E(S, "short_name", "neutral"), E(PR, "camelcase", "neutral"))

add("facebook", """
Tees Bridgeworks Parents' Association
Post by Committee

Congratulations to KieranThompson on being shortlisted for the Royal Academy of Engineering teacher award! Bridgeworks is lucky to have you 🏆
""", E(S, "short_name", "neutral"), E(KT, "camelcase", "neutral"))

add("facebook", """
Boro Mams & Dads (Unofficial)
Post by Anonymous member

Mulr*ady at Bridgeworks UTC is a spiteful, power-mad little witch. Hope she's proud of herself.
""", E(S, "alias", "neutral"), E(SM, "obfuscated", "abuse"))

add("facebook", """
Teesside Parents Chat
Post by Anonymous member

Thr*lkeld has banned phones AND calculators with graph functions in the engineering block now. How are kids at Bridgeworks supposed to learn modern engineering with a slide rule??
""", E(S, "short_name", "negative"), E(OT, "obfuscated", "negative"))

add("facebook", """
Tees Bridgeworks Parents' Association
Post by Committee

Fenwick's lab was packed for the Year 9 taster evening last night – 60 kids making slime, elephant toothpaste and, for one lucky dad, a very loud hydrogen balloon. Thanks to the science team for a brilliant evening! 🧪
""", E(S, "short_name", "neutral"), E(AF, "possessive", "neutral"))

add("facebook", """
Boro Mams & Dads (Unofficial)
Post by Anonymous member

Ashworth the so-called principal at Bridgeworks is a total joke. Clueless, gutless and smug. Can't even look parents in the eye.
""", E(S, "short_name", "neutral"), E(HA, "hyphenated", "abuse"))


add("social", """
Pro tip: if you want an actual answer from Paul Dixon at Bridgeworks about work experience, don't bother with the college address. His personal email is pauldixon.yarm@mailbox.example and he answers that one at midnight 😂
""", E(S, "short_name", "neutral"), E(PD, "exact", "doxxing"))

add("facebook", """
Hartlepool Parents Page
Post by Anonymous member

If Walker puts my daughter in isolation one more time I'll be waiting for her outside the health block at Bridgeworks and she'll be needing one of her own hospital beds. Not a joke.

Comments
Natalie Sheraton: Deleting this would be a good idea.
""", E(S, "short_name", "neutral"), E(MW, "surname_only", "threat"))

add("forum", """
SENCo at the UTC – is she even qualified?

[blunt_but_honest] Mrs Dunmore at Bridgeworks UTC is deaf herself, wears hearing aids in both ears. How is a deaf woman supposed to run SEN for 600 kids? They should've hired someone normal instead of ticking a disability box.

[hartlepool_nan] She's the best SENCo my family has ever dealt with. Her being deaf is exactly why she gets it. Shame on you.

[mod_natter] Thread locked. Comments about a person's disability are not acceptable here.
""", E(S, "alias", "neutral"), E(RD, "title_surname", "hate"), site="natter")

add("social", """
the VP at Bridgeworks UTC, Mr Pearson, in those tight suit trousers at parents' evening 🥵🥵 he can give me a detention any day of the week
""", E(S, "alias", "neutral"), E(GP, "title_surname", "sexual"))


# ==========================================================================
# WRITE
# ==========================================================================


def main() -> int:
    docs = list(DOCS)
    random.Random(15).shuffle(docs)
    if DOCS_DIR.exists():
        shutil.rmtree(DOCS_DIR)
    DOCS_DIR.mkdir(parents=True)
    lines = []
    for i, (kind, text, expected, site) in enumerate(docs):
        name = f"{i:03d}-{kind}.{KINDS[kind]}"
        body = RENDER[kind](i, text, site) if kind in RENDER else text + "\n"
        (DOCS_DIR / name).write_text(body, encoding="utf-8")
        lines.append(json.dumps({
            "file": name,
            "kind": kind,
            "expected": [
                {"subject": e.subject, "variant": e.variant, "category": e.category, "url_only": e.url_only}
                for e in expected
            ],
        }, ensure_ascii=False))
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")

    # ---- checks and stats ----
    files = {p.name for p in DOCS_DIR.iterdir()}
    labelled = [json.loads(line)["file"] for line in LABELS.read_text(encoding="utf-8").splitlines()]
    assert len(labelled) == len(set(labelled)) == len(files), (len(labelled), len(files))
    missing = [f for f in labelled if f not in files]
    assert not missing, missing
    all_e = [e for _, _, exp, _ in docs for e in exp]
    print(f"documents: {len(docs)}   mentions: {len(all_e)}   empty: {sum(1 for d in docs if not d[2])}")
    print("by kind:    ", dict(Counter(d[0] for d in docs).most_common()))
    print("by subject: ", dict(Counter(e.subject for e in all_e).most_common()))
    print("by variant: ", dict(Counter(e.variant for e in all_e).most_common()))
    print("by category:", dict(Counter(e.category for e in all_e).most_common()))
    print("url_only:   ", sum(e.url_only for e in all_e))
    print("all label files match a doc: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
