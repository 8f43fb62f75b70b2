# ruff: noqa: E501
"""Labelled corpus train6 for the repwatch matcher (Ysgol Gyfun Cwm Derwen, Aberderwen).

Written WITHOUT reading the matcher, its tuning corpus or the other held-out corpora: it
measures how the matcher generalises to writing it was never tuned on. Never tune on it —
do not read its errors and change the matcher to suit them, or the measurement is spent.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_train6

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the places, the sites, the phone numbers (Ofcom drama ranges) and the addresses.

Setting: a bilingual comprehensive in a valleys town (Aberderwen), whose short name
"Cwm Derwen" is shared by the primary school, the rugby club, the male voice choir, the care
home and the nature reserve; staff share surnames (Jones, Davies, Evans, Williams, Lloyd)
with plenty of strangers.

Labelling conventions used here: ``short_name`` is "Cwm Derwen" alone (or "cwm derwen");
``alias`` is a watchlist alias ("Cwm Derwen Comp", "Ysgol Cwm Derwen", "YGCD", "Rhian Bowen",
"Siân Haf", "Nurse Ada"); ``possessive`` is a name that only appears possessively without a
title ("Lloyd's new rule", "Cwm Derwen's choir"), while "Mr Lloyd's" counts as
``title_surname``; ``hyphenated`` is half of the head's double-barrelled surname ("Mrs
Pritchard") or the surname with its hyphen dropped; ``nickname`` covers valleys by-names
("Evans Maths", "Jones Deputy", "Davies Cymraeg", "Jonesy", "Bob Evans", "Kris", "Ada",
"Mrs P-M"); ``first_initial`` is first name plus surname initial ("Robert E."). "The comp"
alone is not labelled as a mention of the school.
"""

from __future__ import annotations

import html
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent

VARIANTS = {
    "exact", "title_surname", "initial_surname", "first_initial", "nickname", "possessive",
    "hyphenated", "typo", "leetspeak", "homoglyph", "spacing", "obfuscated", "hashtag",
    "handle", "camelcase", "alias", "short_name", "surname_only",
}  # fmt: skip
CATEGORIES = {"threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"}
KINDS = {"forum", "news", "review", "social", "facebook", "blog"}
SUBJECTS = {
    "school", "rpritchardmorgan", "gjones", "sdavies", "revans", "kwilliams", "thussain",
    "aokonkwo", "wlloyd", "knowak",
}  # fmt: skip


@dataclass(frozen=True)
class Doc:
    kind: str
    text: str
    expected: tuple[dict[str, object], ...]

    @property
    def ext(self) -> str:
        return "html" if self.kind in {"news", "forum", "blog"} else "txt"


def E(subject: str, variant: str, category: str, url_only: bool = False) -> dict[str, object]:
    assert subject in SUBJECTS, subject
    assert variant in VARIANTS, variant
    assert category in CATEGORIES, category
    return {"subject": subject, "variant": variant, "category": category, "url_only": url_only}


DOCS: list[Doc] = []


def add(kind: str, text: str, *expected: dict[str, object]) -> None:
    assert kind in KINDS, kind
    subjects = [e["subject"] for e in expected]
    assert len(subjects) == len(set(subjects)), f"duplicate subject in doc {len(DOCS)}"
    DOCS.append(Doc(kind, text.strip() + "\n", expected))


# ---------------------------------------------------------------- page templates

h = html.escape


def _paras(text: str) -> str:
    return "\n".join(f"<p>{h(p.strip())}</p>" for p in text.strip().split("\n\n") if p.strip())


NEWS_SITES = {
    "walesnow": ("WalesNow", "walesnow.example", ["News", "Politics", "Sport", "Whats On", "Education", "Property", "Jobs"]),
    "observer": ("Aberderwen Observer", "aberderwenobserver.example", ["Home", "News", "Sport", "Family Notices", "Letters", "Cymraeg"]),
    "voice": ("Valleys Voice", "valleysvoice.example", ["Latest", "Your Town", "Schools", "Court", "Rugby", "Opinion"]),
    "council": ("Derwen County Borough Council", "derwen-cbc.example", ["Home", "Council and democracy", "Meetings", "Schools", "Bins", "Cymraeg"]),
    "senedd": ("Senedd Watch", "seneddwatch.example", ["Committees", "Plenary", "Bills", "Explainers", "About"]),
}


def news(site: str, headline: str, body: str, *, byline: str = "", date: str = "",
         section: str = "News", comments: tuple[tuple[str, str, str], ...] = (),
         related: tuple[str, ...] = ()) -> str:
    name, domain, nav = NEWS_SITES[site]
    nav_html = " | ".join(f'<a href="https://{domain}/{n.lower().replace(" ", "-")}">{h(n)}</a>' for n in nav)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(headline)} - {h(name)}</title></head><body>',
        f'<header><div class="logo">{h(name)}</div><nav>{nav_html}</nav>'
        '<div class="cookie">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div></header>',
        f'<main><div class="breadcrumb">Home &gt; {h(section)}</div><article><h1>{h(headline)}</h1>',
    ]
    if byline or date:
        out.append(f'<div class="byline">{h(byline)} <time>{h(date)}</time></div>')
    out.append(_paras(body))
    out.append('<div class="share">Share: Facebook | X | WhatsApp | Email</div></article>')
    if comments:
        out.append(f'<section class="comments"><h2>Comments ({len(comments)})</h2><p class="rules">Comments are moderated. Please keep it civil.</p>')
        for user, when, text in comments:
            out.append(f'<div class="comment"><span class="user">{h(user)}</span> <span class="when">{h(when)}</span><p>{h(text)}</p><a href="#">Reply</a> <a href="#">Report</a></div>')
        out.append("</section>")
    if related:
        out.append('<aside class="related"><h3>Related stories</h3><ul>' + "".join(f"<li><a href=\"#\">{h(r)}</a></li>" for r in related) + "</ul></aside>")
    out.append(f'</main><footer><p>&copy; 2024 {h(name)}. All rights reserved.</p><a href="#">Privacy</a> | <a href="#">Terms</a> | <a href="#">Contact us</a> | <a href="#">Complaints</a></footer></body></html>')
    return "\n".join(out)


FORUMS = {
    "parentnet": ("ParentNet", "parentnet.example", "Talk"),
    "threadit": ("threadit", "threadit.example", "r/"),
    "valleystalk": ("ValleysTalk", "valleystalk.example", "Boards"),
    "studenthub": ("The Student Hub", "studenthub.example", "Forums"),
}


def forum(site: str, board: str, title: str, posts: tuple[tuple[str, str, str], ...]) -> str:
    name, domain, crumb = FORUMS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="logo" href="https://{domain}/">{h(name)}</a> <nav><a href="#">Home</a> <a href="#">{h(crumb)}</a> <a href="#">Search</a> <a href="#">Log in</a> <a href="#">Sign up</a></nav></header>',
        f'<main><div class="breadcrumb">{h(crumb)} &gt; {h(board)}</div><h1>{h(title)}</h1>',
    ]
    for i, (user, meta, text) in enumerate(posts):
        cls = "op" if i == 0 else "reply"
        out.append(f'<div class="post {cls}"><div class="author">{h(user)}</div><div class="meta">{h(meta)}</div><div class="body">{_paras(text)}</div><div class="actions">Quote | Report | Share</div></div>')
    out.append(f'<div class="pager">Page 1 of 1</div></main><footer>{h(name)} &middot; <a href="#">Talk guidelines</a> &middot; <a href="#">Privacy</a> &middot; <a href="#">Contact</a></footer></body></html>')
    return "\n".join(out)


def reddit(sub: str, title: str, op: str, op_text: str, comments: tuple[tuple[str, int, str], ...]) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en"><head><meta charset="utf-8"><title>{h(title)} : {h(sub)}</title></head><body>',
        f'<header><a href="https://threadit.example/">threadit</a> <span class="sub">{h(sub)}</span> <a href="#">Log in</a></header>',
        f'<main><div class="post"><div class="meta">Posted by u/{h(op)}</div><h1>{h(title)}</h1>{_paras(op_text)}</div><section class="comments"><div class="sort">Sort by: Best</div>',
    ]
    for user, points, text in comments:
        out.append(f'<div class="comment"><span class="user">u/{h(user)}</span> <span class="points">{points} points</span>{_paras(text)}<span>Reply Share Report</span></div>')
    out.append(f'</section></main><aside><h3>About {h(sub)}</h3><p>Community rules: be civil, no doxxing, no personal info.</p></aside><footer>threadit Inc. &copy; 2024</footer></body></html>')
    return "\n".join(out)


def blog(blogname: str, tagline: str, title: str, date: str, body: str,
         comments: tuple[tuple[str, str, str], ...] = ()) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} – {h(blogname)}</title></head><body>',
        f'<header><h2 class="site-title">{h(blogname)}</h2><p class="tagline">{h(tagline)}</p><nav><a href="#">Home</a> <a href="#">About</a> <a href="#">Archive</a> <a href="#">Contact</a></nav></header>',
        f'<main><article><h1>{h(title)}</h1><div class="date">{h(date)}</div>{_paras(body)}<div class="tags">Filed under: Uncategorised</div></article>',
    ]
    if comments:
        out.append(f'<section id="comments"><h3>{len(comments)} thoughts on &ldquo;{h(title)}&rdquo;</h3>')
        for user, when, text in comments:
            out.append(f'<div class="comment"><b>{h(user)}</b> <i>{h(when)}</i>{_paras(text)}</div>')
        out.append("</section>")
    out.append('</main><aside><h3>Recent posts</h3><ul><li>Marking at midnight</li><li>Half term, finally</li><li>On rugby and resilience</li></ul></aside>'
               f'<footer>&copy; {h(blogname)} &middot; Powered by PressWorks</footer></body></html>')
    return "\n".join(out)


# ---------------------------------------------------------------- documents

# ================================================================ NEWS

# results day, off-rolling insinuation in the comments
add(
    "news",
    news(
        "walesnow",
        "Valleys school hails 'best ever' GCSE results as maths grades soar",
        """Pupils at Ysgol Gyfun Cwm Derwen in Aberderwen are celebrating what the school calls its best ever set of GCSE results, with the proportion of A*-C grades in maths up eleven points on last year.

Headteacher Rhian Pritchard-Morgan said: "This is a day for our young people and their families. They have worked incredibly hard through a difficult few years and they deserve every grade."

She singled out the maths department, led by Robert Evans, which introduced twice-weekly after-school catch-up sessions in the spring term. "We didn't do anything magic," Mr Evans said. "We just gave the pupils time, and they used it."

Among the high achievers were twins Lowri and Cerys Bevan, who collected 21 A* grades between them, and Jac Thomas, who achieved a grade A in GCSE Welsh first language despite moving to the area from Bristol only three years ago.

The bilingual comprehensive, which serves around 1,100 pupils from Aberderwen, Pentre Derwen and the upper valley, was placed in the amber category by the regional consortium two years ago.""",
        byline="By Non Griffiths, Education Reporter",
        date="22 August 2024, 16:05",
        section="Education",
        comments=(
            ("CwmMam2", "2 hours ago", "Well done to all of them! Mr Evans is a legend, my eldest would never have passed without those Tuesday sessions."),
            ("valley_realist", "2 hours ago", "Funny how the results shoot up the same year a dozen of the weaker kids got 'encouraged' onto the college course in January so they wouldn't be on the roll for results. Everyone round here knows that's what the comp did. Fiddling the figures, plain and simple."),
            ("Dai_Llan", "1 hour ago", "@valley_realist sour grapes. My nephew stayed and sat everything."),
            ("GwenTeifi", "58 minutes ago", "Llongyfarchiadau pawb! Proud of you all."),
        ),
        related=("Cardiff sixth form tops A-level table", "Teachers' union warns over valleys recruitment", "Results day: what to do if you missed your grades"),
    ),
    E("school", "exact", "defamation"),
    E("rpritchardmorgan", "exact", "neutral"),
    E("revans", "exact", "neutral"),
)

# decoy: male voice choir, a different Gareth Jones, the primary school
add(
    "news",
    news(
        "observer",
        "Cwm Derwen Male Voice Choir marks a century of song",
        """It started in the back room of the Colliers Arms in 1924 with eleven miners and a borrowed harmonium. One hundred years on, Cwm Derwen Male Voice Choir is still going strong, and on Saturday it will mark its centenary with a gala concert at Capel Bethania.

Conductor Gareth Jones, 71, a retired electrician who joined the second tenors in 1971, said: "We've sung for royalty and we've sung at the Gwyn Hall on a wet Tuesday with twelve people in the audience. Both were a privilege."

The choir will be joined by pupils from Ysgol Gynradd Cwm Derwen, the village primary, who have learned a new arrangement of Calon Lân for the occasion, and by soloist Bethan Lloyd-Rees.

Tickets, £10 (children free), are available from Derwen Stores and on the door. Mr Jones added: "We are always looking for new voices. You don't need to read music. You just need to turn up on a Thursday."

The choir rehearses every Thursday at 7.30pm at Cwm Derwen RFC clubhouse.""",
        byline="Observer reporter",
        date="3 October 2024",
        section="What's On",
        related=("Brass band bids for national title", "Chapel restoration fund reaches target"),
    ),
)

# police called over threats; a veiled threat in the comments
add(
    "news",
    news(
        "voice",
        "Police investigate 'threatening' social media posts about Aberderwen deputy head",
        """Police are investigating after a series of posts on a community Facebook group appeared to threaten a senior teacher at an Aberderwen secondary school.

The posts, which have since been removed, named Gareth Jones, deputy headteacher at Ysgol Gyfun Cwm Derwen, and said he should "watch himself in the car park after dark". They followed a dispute over the school's mobile phone policy.

Headteacher Rhian Pritchard-Morgan said in a letter to parents: "Threatening a member of staff is never acceptable. We have reported the matter to the police and we will support our colleague fully."

A spokesperson for the force said enquiries were ongoing and asked anyone with information to call 101 quoting reference 2400318877.""",
        byline="Valleys Voice newsdesk",
        date="14 March 2024",
        section="Schools",
        comments=(
            ("Ceri B", "14 Mar", "Good. Hope they find who it was and throw the book at them. Teachers have enough to put up with."),
            ("Anon_Valleys", "14 Mar", "Jones had it coming the way he speaks to kids. Posts get deleted. Next time it won't be a post, just saying."),
            ("Mandy R", "14 Mar", "Absolutely disgusting. Mr Jones has been nothing but kind to my son."),
        ),
        related=("School phone bans: what the rules say", "Teacher assaulted in Caerphilly car park"),
    ),
    E("school", "exact", "neutral"),
    E("gjones", "exact", "threat"),
    E("rpritchardmorgan", "exact", "neutral"),
)

# council scrutiny, decoy councillor Kath Williams
add(
    "news",
    news(
        "council",
        "Education and Lifelong Learning Scrutiny Committee – summary of decisions, 9 July 2024",
        """Present: Cllr Kath Williams (Chair), Cllr D. Pugh, Cllr A. Meredith, Cllr S. Rahman, Cllr H. Powell. Officers: Director of Education, Head of School Finance.

Item 6 – Secondary school budget deficits. The Head of School Finance reported that four secondary schools are forecasting a deficit at year end. The largest is Ysgol Gyfun Cwm Derwen (forecast deficit £412,000), which has submitted a three-year recovery plan.

Mrs R. Pritchard-Morgan, headteacher, attended for this item. She explained that the deficit arose mainly from falling rolls in the upper valley, an increase in pupils with additional learning needs, and the cost of repairs to the 1970s science block roof. She told members that no compulsory redundancies were planned but that two posts would not be filled when staff left.

The Chair, Cllr Kath Williams, asked whether the recovery plan was realistic given pay awards. The Director replied that officers would meet the school termly. Cllr Rahman asked that the committee receive an update on the Cwm Derwen roof in the autumn.

Resolved: to note the report; to receive a further report on secondary deficits in November.

Item 7 – Home to school transport. Deferred to the next meeting.""",
        section="Council and democracy > Meetings",
        date="Published 11 July 2024",
    ),
    E("school", "exact", "neutral"),
    E("rpritchardmorgan", "initial_surname", "neutral"),
)

# Senedd committee; decoy academic Dr Rob Evans
add(
    "news",
    news(
        "senedd",
        "Committee hears from the chalkface on Welsh-medium growth in the valleys",
        """The Senedd's Children, Young People and Education Committee took evidence on Thursday on the Welsh Government's target of a million Welsh speakers, focusing on how bilingual secondary schools in traditionally English-speaking valleys are coping with demand.

Siân Davies, Head of Welsh at Ysgol Gyfun Cwm Derwen in Aberderwen, told members that her department had grown from three to seven teachers in ten years. "The appetite is there from parents," she said. "What we don't have is enough qualified teachers who can teach chemistry or maths through the medium of Welsh. I've got pupils who want to carry on in Welsh and I can't give them a timetable that lets them."

She described the school's late-immersion "Trochi" class for pupils arriving from English-medium primaries, and said most were following mainstream lessons in Welsh within a year.

The committee also heard from Dr Rob Evans, a sociolinguist at Prifysgol Glannau Taf, who presented research on language use at break times. Dr Evans said that teenagers' choice of language in the playground was "much more about friendship groups than about policy".

Members asked about the workforce plan. The Minister will give evidence at the committee's next session.""",
        byline="Senedd Watch",
        date="7 November 2024",
        section="Committees",
        related=("Explainer: what is Cymraeg 2050?", "Teacher recruitment bursaries extended"),
    ),
    E("sdavies", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

# nurse praised; hateful comment
add(
    "news",
    news(
        "walesnow",
        "School nurse's quick thinking saved boy's life, says grateful mum",
        """A mother from Pentre Derwen has thanked the school nurse who kept her son alive after he collapsed during a PE lesson.

Rhys, 13, went into cardiac arrest on the field at Cwm Derwen Comprehensive in June. School nurse Adaeze Okonkwo started CPR and used the school's defibrillator before paramedics arrived.

"The paramedics told me plainly that without her he wouldn't be here," said his mother, Leanne. "She came to see him in hospital on her day off. I don't know how we'll ever thank her."

Ms Okonkwo, who trained in Lagos and Birmingham and has worked at the school for four years, said: "I'm just glad the defib was there and charged. Every school should have one and every adult should know how to use it."

The family are now fundraising to put defibrillators in the town's two rugby clubs.""",
        byline="By Tom Harries",
        date="2 July 2024",
        comments=(
            ("Sue_Aberderwen", "2 Jul", "Nurse Ada is an angel. She looked after my daughter when she had a panic attack in exams."),
            ("truth_hurts_77", "2 Jul", "Good for the boy. Still don't see why we're shipping nurses in from Africa when there's Welsh girls can't get work. Send her back where she came from and give the job to a local."),
            ("Ffion W", "2 Jul", "@truth_hurts_77 you should be ashamed. She saved a child's life."),
        ),
        related=("How to use a defibrillator", "Fundraiser for Rhys hits £3,000"),
    ),
    E("aokonkwo", "exact", "hate"),
    E("school", "alias", "neutral"),
)

# uniform protest; abuse of the deputy in comments
add(
    "news",
    news(
        "voice",
        "Parents stage protest over £38 blazer at Cwm Derwen Comprehensive",
        """Around forty parents gathered outside the gates of Cwm Derwen Comprehensive on Monday morning in protest at a new uniform policy which requires a logo blazer costing £38 from a single supplier.

Organiser Kerry Hopkins said: "Families round here are choosing between heating and eating. Now we're told our kids will be sent to isolation if they turn up in a plain black blazer from the supermarket."

In a statement, deputy headteacher Mr Jones said the school had set up a second-hand uniform shop and that no pupil would be sanctioned while families were "in the process of getting the new items". He added that the governing body had consulted parents last year.

The council said uniform policy was a matter for individual governing bodies, but that Welsh Government guidance asked schools to keep costs down.""",
        byline="Valleys Voice newsdesk",
        date="9 September 2024",
        section="Schools",
        comments=(
            ("Kaz H", "9 Sep", "The school has lost the plot. £38 for a blazer my son will grow out of by Christmas."),
            ("OldBoy82", "9 Sep", "We had blazers in the 80s and nobody died."),
            ("Sick_of_it", "9 Sep", "Jones is a jumped up little dictator with a lanyard. Consulted parents my backside. Little man syndrome, the lot of them up there."),
        ),
        related=("Uniform grant: how to apply", "Second-hand uniform swap at Aberderwen library"),
    ),
    E("school", "alias", "negative"),
    E("gjones", "title_surname", "abuse"),
)

# decoy obituary: Bill Lloyd of Cwm Derwen RFC
add(
    "news",
    news(
        "observer",
        "Tributes paid to rugby stalwart Bill Lloyd, 'Mr Cwm Derwen'",
        """Tributes have been paid to Bill Lloyd, who has died aged 84. Known to generations as "Mr Cwm Derwen", he played more than 400 games for Cwm Derwen RFC between 1958 and 1976 and later served as club secretary, groundsman and, for one memorable season, kit washer.

Born in Pentre Derwen, the son of a colliery winder, Bill worked underground at the Derwen Navigation pit until its closure in 1985. He married his wife Glenys in 1962; she died in 2019.

Club chairman Huw Prosser said: "Bill was the club. There's not a corner of that ground he didn't mow, paint or shout at."

The funeral will be held at Capel Bethania on 18 October at 11am, followed by committal at Aberderwen cemetery. Family flowers only; donations to the Wales Air Ambulance.""",
        section="Family Notices",
        date="10 October 2024",
        comments=(
            ("Gwyn P", "10 Oct", "RIP Bill. Taught me to tackle and to swear, in that order."),
            ("Kris Nowak", "10 Oct", "Sleep well Bill. The clubhouse won't be the same."),
        ),
    ),
)

# teacher-misconduct hearing about a stranger, comments ask about ours
add(
    "news",
    news(
        "walesnow",
        "Swansea teacher struck off after lying about qualifications",
        """A primary school teacher from Swansea has been removed from the register after a professional conduct panel found he had lied about holding a degree.

Gareth Jones, 46, who taught PE at a primary school in the Townhill area, told the Education Workforce Council hearing that he had "panicked" when applying for the post in 2016. The panel found his conduct amounted to unacceptable professional conduct and made a prohibition order.

He may apply to be restored to the register after two years.""",
        byline="By Court Reporter",
        date="19 April 2024",
        section="Court",
        comments=(
            ("DerwenDad", "19 Apr", "Is this the Jones from Cwm Derwen? The deputy?"),
            ("Nia_M", "19 Apr", "No! Completely different bloke, read the article. Ours is deputy head up the valley and he's been there twenty years. Don't start a rumour."),
            ("DerwenDad", "19 Apr", "Fair enough, sorry, only asking."),
        ),
        related=("Teacher banned over exam cheating", "EWC hearings: how they work"),
    ),
    E("gjones", "surname_only", "neutral"),
    E("school", "short_name", "neutral"),
)

# Estyn report, hate comment about pastoral lead
add(
    "news",
    news(
        "walesnow",
        "Inspectors tell valleys comprehensive to tackle 'persistent' absence",
        """School inspectors have told Ysgol Gyfun Cwm Derwen in Aberderwen that it must do more to improve attendance, after finding that almost a third of pupils were persistently absent last year.

In a report published on Tuesday, Estyn said that teaching in most lessons was "secure" and that the school's work on Welsh language and culture was a strength. But inspectors said leaders had been "too slow" to act on attendance and that the quality of teaching varied between departments.

Inspectors praised the school's wellbeing hub, led by pastoral lead Tariq Hussain, describing it as "a calm, welcoming space where vulnerable pupils are well supported".

Headteacher Rhian Pritchard-Morgan said: "We accept the recommendations in full. Attendance is a challenge across the valleys since the pandemic, but we are not making excuses."

The school must now prepare an action plan. Inspectors will not return for a formal monitoring visit.""",
        byline="By Non Griffiths, Education Reporter",
        date="5 February 2024",
        section="Education",
        comments=(
            ("LlinosJ", "5 Feb", "Pritchard-Morgan should have gone years ago. Eight years of 'not making excuses' while making excuses."),
            ("Rob_Treharne", "5 Feb", "My daughter would not be in school at all without Mr Hussain's team. Credit where it's due."),
            ("proud_valleys_boy", "5 Feb", "Hussain only got that job to tick the diversity box. His lot shouldn't be telling Welsh kids how to behave."),
            ("Moderator", "5 Feb", "Comments on this article are now closed."),
        ),
        related=("Estyn: what the inspection grades mean", "Attendance crisis in Welsh schools"),
    ),
    E("school", "exact", "negative"),
    E("rpritchardmorgan", "exact", "negative"),
    E("thussain", "exact", "hate"),
)

# court report: fair report of threats against the PE teacher
add(
    "news",
    news(
        "voice",
        "Father fined for abusive calls to daughter's PE teacher",
        """An Aberderwen man who left a string of abusive voicemails for his daughter's PE teacher has been fined and given a restraining order.

Darren Morris, 38, of Heol Tŷ Gwyn, pleaded guilty at Merthyr Tydfil Magistrates' Court to sending communications intended to cause distress. The court heard that Morris had been angry his daughter was left out of the netball team at Ysgol Gyfun Cwm Derwen.

Prosecutor Alys Jenkins said Morris called the school office eleven times in one afternoon and left messages for Katherine Williams, the PE teacher, including one in which he said "I know where you park and I know what you drive".

In a statement read to the court, Ms Williams said she had started varying her route home and no longer stayed late for after-school clubs.

Morris was fined £450 and ordered to pay £85 costs and a £180 surcharge. The restraining order bars him from contacting Ms Williams or entering the school grounds for two years.""",
        byline="Court reporter",
        date="28 November 2024",
        section="Court",
        comments=(
            ("Bethan_R", "28 Nov", "Miss Williams is the best. Poor woman, nobody should have to put up with that."),
            ("Jonno", "28 Nov", "£450?? For threatening a teacher? Joke."),
        ),
        related=("Headteachers call for more protection for staff", "Abusive parents: what schools can do"),
    ),
    E("kwilliams", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

# decoy: the care home, a different Siân Davies
add(
    "news",
    news(
        "walesnow",
        "Aberderwen care home rated 'excellent' by inspectors",
        """Cwm Derwen Care Home in Aberderwen has been rated excellent in all four areas by Care Inspectorate Wales, one of only a handful of homes in the region to achieve the top rating.

Inspectors praised the "warm, homely atmosphere" and the home's intergenerational project, which sees children from the village primary visit residents every Friday afternoon to read and play dominoes.

Registered manager Siân Davies, who has run the 32-bed home for nine years, said: "This belongs to the staff. They're paid nowhere near enough for what they do, and they do it with love."

Resident Elwyn Morgan, 93, said he was "very pleased for the girls", adding that the food "could do with more salt".""",
        byline="By Tom Harries",
        date="16 May 2024",
        related=("Care worker pay: union calls for £15 an hour", "Dementia café opens in Pentre Derwen"),
    ),
)

# Urdd eisteddfod: school and teacher only in possessive form; primary school decoy
add(
    "news",
    news(
        "observer",
        "Llwyddiant yn yr Urdd: valley choirs bring home the medals",
        """It was a golden week for the Derwen valley at the Urdd National Eisteddfod, with two local schools returning from Meifod with first prizes.

Ysgol Gyfun Cwm Derwen's mixed choir (under 19, schools with fewer than 1,200 pupils) took first place with a spine-tingling performance of Gwinllan a Roddwyd. The choir has been built up over the past six years by Siân Davies's Welsh department, which runs rehearsals three lunchtimes a week.

Meanwhile Ysgol Gynradd Cwm Derwen, the village primary, won the Year 2 and under recitation for the second year running, with seven-year-old Osian Harries word-perfect.

Llongyfarchiadau mawr i bawb. The choir will perform at the Aberderwen carnival on 20 July.""",
        byline="Observer reporter",
        date="3 June 2024",
        section="Cymraeg",
    ),
    E("school", "possessive", "neutral"),
    E("sdavies", "possessive", "neutral"),
)

# opinion column: polite but pointed criticism
add(
    "news",
    news(
        "voice",
        "OPINION: Our comprehensive deserves better than spin",
        """I have lived in Aberderwen for forty years. Both my children went through Ysgol Gyfun Cwm Derwen and, on the whole, they were well served by it. So I take no pleasure in writing this.

When the inspectors' report came out, the school's newsletter led with the paragraph about Welsh culture and buried the attendance figures on page three. When parents raised the blazer cost, we got a glossy FAQ. When the science block roof leaked into a Year 8 classroom in January, we heard about it from the children, not from the school.

Rhian Pritchard-Morgan is, by every account I have heard, a hard-working and committed headteacher. But hard work is not the same as candour. Parents in this valley are not fools. Tell us what is wrong, tell us what you are doing about it, and most of us will back you.

Is that too much to ask?

Meirion Rowlands is a retired bank manager and a former governor of a primary school in the valley.""",
        byline="By Meirion Rowlands",
        date="12 February 2024",
        section="Opinion",
        comments=(
            ("Eirlys", "12 Feb", "Well said Meirion. Communication from that school is dire."),
            ("TeacherInTheValley", "12 Feb", "Speaking as someone who works in a school: half the time we don't know what's going on either."),
        ),
    ),
    E("school", "exact", "negative"),
    E("rpritchardmorgan", "exact", "negative"),
)

# walkout over toilets, head of year called a clown
add(
    "news",
    news(
        "walesnow",
        "Pupils walk out over locked toilets at Aberderwen school",
        """Around 150 pupils walked out of lessons at Ysgol Gyfun Cwm Derwen on Wednesday in protest at a decision to lock toilets during lesson time.

Videos shared on social media showed pupils sitting on the school field chanting and holding up handmade signs. One read: "Toilets are a human right".

Head of Year 10 Wiliam Lloyd said the measure had been introduced after repeated vandalism and vaping in the toilets, and that any pupil who needed to go during a lesson could ask for a pass. "We understand the frustration and we're listening," he said. "But we also have a duty to keep the building safe."

The school said it would review the policy with the school council.""",
        byline="By Catrin Puw",
        date="1 May 2024",
        section="Education",
        comments=(
            ("Hayley_D", "1 May", "Girls on their periods having to ask a male teacher for a pass. Think about it for two seconds."),
            ("LloydWatch", "1 May", "Lloyd is a total clown. Vaping my backside, he just likes power. Biggest joke of a teacher in that place."),
            ("Gethin_A", "1 May", "Good on the kids for standing up for themselves."),
        ),
    ),
    E("school", "exact", "negative"),
    E("wlloyd", "exact", "abuse"),
)

# caretaker honoured
add(
    "news",
    news(
        "observer",
        "'He keeps the place running': site manager wins council award",
        """Krzysztof Nowak, site manager at Ysgol Gyfun Cwm Derwen, has won the Derwen County Borough Council Unsung Hero award for school support staff.

Mr Nowak, known to pupils and staff as Kris, moved to Aberderwen from Wrocław in 2006 and worked at the Derwen bakery before joining the school in 2011. He was nominated by a group of Year 11 pupils after he spent the Christmas holidays fixing flood damage in the sports hall so that their exams could go ahead.

"I didn't do anything special," he said. "The roof was leaking, so I fixed the roof. The floor was wet, so I dried the floor."

The award was presented by the council's cabinet member for education at a ceremony at the Derwen Institute.""",
        byline="Observer reporter",
        date="20 June 2024",
        comments=(
            ("Anwen L", "20 Jun", "Kris is a star. Well deserved!"),
            ("Year11_Leaver", "20 Jun", "LEGEND 🙌"),
        ),
    ),
    E("knowak", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

# planning committee: nature reserve decoy plus a neutral school objection
add(
    "news",
    news(
        "council",
        "Planning Committee – decisions list, 3 September 2024",
        """Application P/24/0317 – Extension of car park at Cwm Derwen Nature Reserve, Heol y Cwm, Aberderwen. Applicant: Mr H. Lloyd on behalf of Cwm Derwen Friends of the Reserve. Objections received: 4. One objection was received from Ysgol Gyfun Cwm Derwen, which raised concerns about additional traffic on Heol y Cwm at the start and end of the school day, when around 300 pupils walk to and from the school along the road. Decision: APPROVED subject to a condition requiring a 20mph zone and a pedestrian crossing.

Application P/24/0341 – Change of use of former Cwm Derwen Colliery weighbridge office to a café. Applicant: Evans & Daughters Ltd. Decision: APPROVED.

Application P/24/0355 – Two-storey rear extension, 4 Maes y Dderwen, Pentre Derwen. Decision: REFUSED (overbearing impact on neighbouring property).""",
        section="Council and democracy > Planning",
        date="Published 5 September 2024",
    ),
    E("school", "exact", "neutral"),
)

# Siân Haf the folk singer
add(
    "news",
    news(
        "walesnow",
        "By day she teaches Welsh, by night she's the valleys' new folk star",
        """Siân Haf's debut album Dŵr Du has been picked up by BBC Radio Cymru, Radio 6 Music and, to her astonishment, a late-night station in Tokyo.

"I've been singing in pubs and chapels since I was fifteen," she said. "I just never thought anyone outside the valley would listen."

By day, Siân Haf teaches Welsh at Ysgol Cwm Derwen in Aberderwen, where she runs the school choir. Her pupils, she says, are her harshest critics. "They told me the second track was 'a bit mid'. I took that on board."

The album, recorded over four weekends in a converted chapel vestry, mixes traditional ballads with songs about the closure of the Derwen Navigation colliery. She launches it with a gig at the Colliers Arms on 14 December.""",
        byline="By Gruff Owen",
        date="29 November 2024",
        section="What's On",
        comments=(
            ("MamGu_Derwen", "29 Nov", "Beautiful voice, I cried at the launch."),
            ("dad_of_3", "29 Nov", "Lovely voice, shame her lessons are so dull my son dropped Welsh the first chance he got. Maybe stick to the singing."),
        ),
    ),
    E("sdavies", "alias", "negative"),
    E("school", "alias", "neutral"),
)

# ================================================================ FORUMS

# 018 parentnet: choosing a secondary, Trochi class praised
add(
    "forum",
    forum(
        "parentnet",
        "Secondary education",
        "English-medium primary → Cwm Derwen Comp? Anyone done it?",
        (
            ("Llinos_and_3", "Mon 20:14", "DD is in Year 6 at an English-medium primary in Pentre Derwen and has suddenly decided she wants to go to the Welsh comp with her best friend. She has basically no Welsh beyond 'bore da' and 'diolch'. Is it madness? Anyone been through it?"),
            ("Mam_Cerys", "Mon 20:31", "Not madness at all. My son did exactly this two years ago. Cwm Derwen Comp has a late immersion class (Trochi) for the first term and Mrs Davies who runs the Welsh department is brilliant with them. He was answering me back in Welsh by Easter, which I did not enjoy as I don't speak a word 😂"),
            ("Llinos_and_3", "Mon 20:40", "Ha! That's reassuring. How did he get on in maths and science? That's what I'm worried about."),
            ("Mam_Cerys", "Mon 20:52", "Maths was fine, Mr Evans lets them ask questions in English in the first year if they're stuck. Science was harder, the terminology is all new. Homework was the tricky bit because I couldn't help, but there's a homework club."),
            ("DaiBach77", "Mon 21:20", "Only thing I'd say is go to the open evening and ask about the bus. The upper valley bus is always late and packed."),
        ),
    ),
    E("school", "alias", "neutral"),
    E("sdavies", "title_surname", "neutral"),
    E("revans", "title_surname", "neutral"),
)

# 019 valleystalk: doxxing the deputy's home address, mods remove
add(
    "forum",
    forum(
        "valleystalk",
        "Aberderwen & the upper valley",
        "That deputy at the comp and the phone confiscations",
        (
            ("upthecwm", "Tue 18:02", "My lad had his phone confiscated for a WEEK by the deputy at YGCD because it buzzed in his bag. A week! It's my phone, I pay the contract. The school won't return my calls."),
            ("Tina_Derwen", "Tue 18:15", "Same happened to my niece. They've gone mad with it this year."),
            ("upthecwm", "Tue 18:40", "Well if he won't come to the phone maybe he'll answer the door. Gareth Jones, 14 Heol y Nant, Pentre Derwen, the grey Qashqai on the drive. Knock and ask for your kid's phone back, see how he likes being disturbed at home."),
            ("ValleysTalk_Mod", "Tue 19:02", "Post edited. Posting a private address is against the rules and will get you banned. Take it up with the governors."),
            ("Tina_Derwen", "Tue 19:10", "That's too far mun. Phones aren't worth that."),
        ),
    ),
    E("school", "alias", "negative"),
    E("gjones", "exact", "doxxing"),
)

# 020 threadit: teachers' sub, anonymous staff rant about the head
add(
    "forum",
    reddit(
        "r/TeachingWales",
        "SLT who 'have an open door' but never listen",
        "throwaway_cymru_29",
        """Obviously not naming the school but it's a bilingual comp in a valley that rhymes with nothing. Our head (we call her Mrs P-M) has introduced a third data drop this year, on top of the two we already had, and announced it in a staff briefing with no warning. When the union rep asked about workload she said her door was "always open". It is literally always closed.

I like the kids. I like my department. I just want to be trusted to teach.""",
        (
            ("miss_hanes", 54, "Third data drop is criminal. Raise it formally through the union, not just in briefing."),
            ("throwaway_cymru_29", 31, "We have. She nods, thanks us, and does nothing."),
            ("PenYBont_Phys", 22, "Every school in Wales has a Mrs P-M. Mine's a Mr."),
        ),
    ),
    E("rpritchardmorgan", "nickname", "negative"),
)

# 021 parentnet: dad sexualising the PE teacher (adult); others push back
add(
    "forum",
    forum(
        "parentnet",
        "Chat",
        "School gate crushes (light-hearted thread)",
        (
            ("BrynMawrBabe", "Fri 21:05", "Confess! Which member of school staff do you secretly fancy? I'll go first: the man who does the lollipop crossing outside the primary. Something about the hi-vis."),
            ("Dai_the_dad", "Fri 21:30", "Miss Williams the PE teacher at Cwm Derwen. Legs up to her neck in those leggings, wouldn't mind her putting me through a private workout if you know what I mean 😏 bet she's filthy"),
            ("BrynMawrBabe", "Fri 21:36", "Ok that's not light-hearted, that's a real named woman at work. Gross."),
            ("Mam_o_Tri", "Fri 21:41", "Reported. She teaches my daughter. Keep it to the lollipop man next time."),
        ),
    ),
    E("kwilliams", "title_surname", "sexual"),
    E("school", "short_name", "neutral"),
)

# 022 studenthub: ex-pupils reminiscing with nicknames
add(
    "forum",
    forum(
        "studenthub",
        "School memories",
        "Cwm Derwen class of 2015 – who do you remember?",
        (
            ("owain_2015", "3 weeks ago", "Ten year reunion coming up so let's hear it. Which teachers do you remember from Cwm Derwen?"),
            ("ffionjam", "3 weeks ago", "Evans Maths, obviously. 'Show your working, bach, I'm not a mind reader.' Genuinely the reason I do accountancy now."),
            ("owain_2015", "3 weeks ago", "Jones Deputy patrolling the corridor with his hands behind his back like a prison warder 😂 fair play though he always remembered your name."),
            ("gwenllian.r", "3 weeks ago", "Nurse Ada who gave everyone an ice pack for everything. Broken arm? Ice pack. Heartbreak? Ice pack. Loved her."),
            ("TomTom99", "3 weeks ago", "Lloyd in chemistry was a right knob to be honest. Used to make you stand at the front if you forgot your goggles."),
            ("ffionjam", "3 weeks ago", "Ha yes. Strict but his lessons were fun when he let himself go."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("revans", "nickname", "neutral"),
    E("gjones", "nickname", "neutral"),
    E("aokonkwo", "alias", "neutral"),
    E("wlloyd", "surname_only", "abuse"),
)

# 023 valleystalk: decoy, rugby club and a rugby-playing Gareth Jones
add(
    "forum",
    forum(
        "valleystalk",
        "Sport – Rugby",
        "Cwm Derwen RFC 27 – 24 Treorci: match thread",
        (
            ("Derwen_Dragon", "Sat 17:12", "What a finish! Gareth Jones over in the corner with the last play, Rhodri Lewis with the conversion off the touchline. Didn't think we had it in us after that first half."),
            ("prop_forward_62", "Sat 17:30", "Jonesy's best game in a Derwen shirt by a mile. Scrum was a disgrace though, got shoved all over the shop."),
            ("Derwen_Dragon", "Sat 17:34", "Ref didn't help. Anyway, bar's open, first one's on the committee."),
            ("Treorci_Tony", "Sat 18:01", "Knock on for the try, everyone in the stand saw it. Daylight robbery. Congrats anyway ya jammy gits."),
        ),
    ),
)

# 024 parentnet: specific allegations against the head of maths and the school
add(
    "forum",
    forum(
        "parentnet",
        "Secondary education",
        "Private tutoring by your own child's teacher – is this allowed??",
        (
            ("WorriedInDerwen", "Wed 22:10", "Not going to dance around it. Robert Evans, head of maths at Ysgol Gyfun Cwm Derwen, charges parents £40 an hour for 'private tuition' on Saturdays and then those kids somehow get the mock papers the week before. My friend paid for it and her son told her they went through the exact questions. He got kicked out of his last school for the same thing and the school here knows all about it and covers for him because the results make them look good."),
            ("Mam_Cerys", "Wed 22:26", "That's a really serious thing to say about a named person. Do you actually have proof?"),
            ("WorriedInDerwen", "Wed 22:31", "Everyone at the rugby club knows."),
            ("ParentNet_HQ", "Thu 08:15", "We've removed the name from the thread title. Please report concerns about exam malpractice to the school or the exam board rather than posting them here."),
        ),
    ),
    E("revans", "exact", "defamation"),
    E("school", "exact", "defamation"),
)

# 025 threadit: anti-Welsh slurs at the Head of Welsh
add(
    "forum",
    reddit(
        "r/Aberderwen",
        "Welsh comp making my kid do a Welsh poetry competition",
        "englishdad_in_wales",
        """Moved here from Swindon. Kid is at Ysgol Cwm Derwen because it's the closest. Now they want him to learn an englyn for the school eisteddfod. Is this normal?""",
        (
            ("cymro_balch", 41, "Yes, it's normal, it's a Welsh school. He'll enjoy it, honestly. The eisteddfod is the best day of the year."),
            ("saxon_pride_88", -12, "Mrs Davies and her little gang of taffy sheep-shaggers won't be happy till every English kid is brainwashed into their dead language. Inbred Welsh nationalists the lot of them, should never have let them have their own parliament."),
            ("mod_aberderwen", 30, "Removed the above and banned. Anti-Welsh racism is still racism."),
            ("englishdad_in_wales", 25, "Didn't want that sort of answer, thanks for the normal replies. He's actually quite into it now."),
        ),
    ),
    E("school", "alias", "neutral"),
    E("sdavies", "title_surname", "hate"),
)

# 026 studenthub: sixth form question, neutral
add(
    "forum",
    forum(
        "studenthub",
        "Sixth form & college",
        "YGCD sixth form or Coleg y Cymoedd for biology?",
        (
            ("cari_b", "5 days ago", "I'm in Year 11 at YGCD and can't decide whether to stay on for sixth form or go to college. I want to do biology, chemistry and Welsh. Anyone done A level biology there?"),
            ("medic_wannabe", "5 days ago", "Did bio and chem at YGCD, finished last year. Mr Lloyd's biology lessons are really well organised and he'll stay after school to go over stuff. Classes are small, like 9 of us, which is a big plus."),
            ("cari_b", "5 days ago", "That's useful, diolch!"),
            ("coleg_gal", "4 days ago", "College is good if you want more independence but you're basically a number there. If you like your teachers, stay."),
        ),
    ),
    E("school", "alias", "neutral"),
    E("wlloyd", "title_surname", "neutral"),
)

# 027 parentnet: toilets rule, possessive only, mild criticism
add(
    "forum",
    forum(
        "parentnet",
        "Secondary education",
        "Locked toilets policy – update?",
        (
            ("Hayley_D", "Sat 10:05", "Anyone heard whether Cwm Derwen have changed the toilet thing since the walkout? Lloyd's new 'pass' system is still in place for Year 10 as far as I know and my daughter refuses to ask for one."),
            ("Carys_Mam", "Sat 10:22", "Still in place. The school council met about it apparently but nothing's changed. It's a bad rule and they know it."),
            ("Hayley_D", "Sat 10:31", "Honestly it's the only thing I'd complain about there, the rest has been ok."),
        ),
    ),
    E("school", "short_name", "negative"),
    E("wlloyd", "possessive", "negative"),
)

# 028 valleystalk: decoy, colliery museum
add(
    "forum",
    forum(
        "valleystalk",
        "Local history",
        "Cwm Derwen Colliery Museum reopening – date announced",
        (
            ("hen_lowr", "2 weeks ago", "Great news, the Cwm Derwen Colliery Museum is reopening on 1 March after the roof repairs. New underground tour, and the winding engine is being run on steam once a month."),
            ("pitman_son", "2 weeks ago", "My grandad worked the Derwen Navigation seam. Might finally take the kids. Who's the guide now?"),
            ("hen_lowr", "2 weeks ago", "Still Dai Evans on weekdays, and a new lad called Wil at weekends. Dai's got stories for days, bring a flask."),
            ("pitman_son", "2 weeks ago", "Dai Evans! He must be eighty. Top man."),
        ),
    ),
)

# 029 threadit: decoy, the many Gareth Joneses of Wales
add(
    "forum",
    reddit(
        "r/CasualUK",
        "TIL there are over 20 people called Gareth Jones on my village Facebook group",
        "treharris_tom",
        """Someone posted 'Gareth Jones owes me a tenner' and twenty-three Gareth Joneses replied. Two of them are father and son. One is a vet, one is a retired copper, one is a rugby ref, one sings tenor in the chapel choir. Nobody has admitted to owing the tenner.""",
        (
            ("pembs_lass", 812, "This is why we have Jones the Milk, Jones the Post and Jones the Bread."),
            ("bristol_ben", 344, "Honestly just number them at this point. Gareth Jones 1 through 23."),
            ("treharris_tom", 290, "Update: it was Gareth Jones the vet. He's paid up."),
        ),
    ),
)

# 030 threadit: threat against the school building, obfuscated name
add(
    "forum",
    reddit(
        "r/Aberderwen",
        "Exclusions at the comp",
        "angry_valleys_dad",
        """Won't write the full name so it doesn't show up in searches. Ysgol C*m D*rwen excluded my son for five days for something he didn't do and won't even show me the CCTV. I've had enough of being fobbed off. That place wants burning to the ground with the head still in her office. Monday I'm going up there and I'm not going home till somebody gets hurt.""",
        (
            ("mod_aberderwen", 88, "Removed and reported to police. This is a threat of violence."),
            ("cymro_balch", 40, "Whatever happened with your son, this isn't it, mate. Get help."),
        ),
    ),
    E("school", "obfuscated", "threat"),
)

# 031 parentnet: condemnation of threats (trap: not a threat)
add(
    "forum",
    forum(
        "parentnet",
        "Secondary education",
        "Message to whoever threatened Mr Jones",
        (
            ("Ceri_B", "Thu 19:40", "Whoever wrote those posts about the deputy head at Cwm Derwen Comprehensive: threatening a teacher is never OK. Never. He's a dad of three who gives up his Saturdays to take the kids to the Urdd. If you have a problem with the phone policy, go to the governors like an adult."),
            ("DerwenMum2", "Thu 19:58", "Completely agree. Gareth Jones went to the police station with my son when he was a witness to a fight and sat with him for three hours. Nobody deserves that."),
            ("Ceri_B", "Thu 20:05", "Exactly. Rant over."),
        ),
    ),
    E("school", "alias", "neutral"),
    E("gjones", "exact", "neutral"),
)

# 032 studenthub: leetspeak abuse of the head of year 10
add(
    "forum",
    forum(
        "studenthub",
        "Off topic",
        "rate your head of year",
        (
            ("xXrhysXx", "1 day ago", "mine is W1l L10yd at cwm derwen and hes a power mad weirdo, smells like formaldehyde, fat bald loser who gets off on giving detentions. 0/10"),
            ("lowri.p", "1 day ago", "lol mine is ok. she just wants us to go to assembly"),
            ("Mod_Sam", "1 day ago", "Keep it civil please. No insulting named staff."),
        ),
    ),
    E("wlloyd", "leetspeak", "abuse"),
    E("school", "short_name", "neutral"),
)

# 033 valleystalk: nurse personal number posted (doxxing)
add(
    "forum",
    forum(
        "valleystalk",
        "Aberderwen & the upper valley",
        "School nurse sending kids home for nothing",
        (
            ("bigmam_derwen", "Mon 12:10", "Third time this month Cwm Derwen Comp has rung me at work to come and get my daughter because of a 'temperature'. She was fine by the time I got there. I'm losing money every time."),
            ("rhod_the_rod", "Mon 12:25", "Don't bother with the office, they just pass you around. Ring her direct. Adaeze Okonkwo, that's the nurse, her mobile is 07700 900482 and she lives in the flats on Stryd Fawr above the chemist. Tell her what you think."),
            ("ValleysTalk_Mod", "Mon 12:41", "Number and address removed from the quote above. The school office number is on their website: 01632 960410. Use that."),
        ),
    ),
    E("aokonkwo", "exact", "doxxing"),
    E("school", "alias", "negative"),
)

# 034 parentnet: school office phone number given (trap: not doxxing)
add(
    "forum",
    forum(
        "parentnet",
        "Secondary education",
        "How do I report my child absent at Ysgol Gyfun Cwm Derwen?",
        (
            ("new_to_wales", "Tue 07:45", "Sorry silly question, first week there and my son has woken up with a temperature. How do I let them know? Is there an app?"),
            ("Mam_Cerys", "Tue 07:52", "Ring the attendance line on 01632 960411 before 9, press 1. Or email the office, the address is on the website. Mrs Pryce in attendance is lovely."),
            ("new_to_wales", "Tue 07:55", "Brilliant thank you!"),
        ),
    ),
    E("school", "exact", "neutral"),
)

# 035 threadit: sarcasm about the deputy (negative, not praise)
add(
    "forum",
    reddit(
        "r/Aberderwen",
        "Shoutout to the comp's fantastic communication",
        "sarcastic_sioned",
        """Just want to say a massive thank you to Mr G. Jones, deputy head, for his incredibly helpful reply to my three emails about my son's bullying. "Noted." One word. Truly a master of the written word. Must've taken him all morning. Inspirational stuff. 👏👏""",
        (
            ("cwm_parent", 23, "😂 'Noted' is brutal. Sorry you're going through it though. Go to the governors."),
            ("sarcastic_sioned", 19, "Oh I am. Formal complaint is in."),
        ),
    ),
    E("gjones", "initial_surname", "negative"),
)

# 036 parentnet: profanity not aimed at anyone (trap), positive about school
add(
    "forum",
    forum(
        "parentnet",
        "Chat",
        "Results day tears (the good kind)",
        (
            ("Mam_o_Tri", "Thu 11:30", "Holy shit. Holy actual shit. My boy got a B in maths. He was predicted a D in January. I'm crying in the Tesco car park. Thank you Ysgol Gyfun Cwm Derwen, thank you Mr Evans, I could kiss the lot of you."),
            ("Llinos_and_3", "Thu 11:45", "Bloody brilliant!! Congratulations to him! 🎉"),
            ("Mam_o_Tri", "Thu 11:50", "Fucking buzzing. Sorry. Not sorry."),
        ),
    ),
    E("school", "exact", "neutral"),
    E("revans", "title_surname", "neutral"),
)

# 037 studenthub: homoglyph abuse of the pastoral lead
add(
    "forum",
    forum(
        "studenthub",
        "Off topic",
        "wellbeing hub is a joke",
        (
            ("anon_derwen_yr11", "4 days ago", "the so called 'wellbeing' guy at our school Тariq Нussain is a useless patronising prat. sits there with his herbal tea going 'and how does that make you feel'. mate i feel like you're a clown."),
            ("jess.w", "4 days ago", "he helped my friend a lot tbh"),
            ("anon_derwen_yr11", "4 days ago", "good for her. still a prat"),
        ),
    ),
    E("thussain", "homoglyph", "abuse"),
)

# 038 parentnet: decoy, Derwen chapel and a Mr Jones who is the minister
add(
    "forum",
    forum(
        "parentnet",
        "Local: South Wales",
        "Christening venue near Aberderwen?",
        (
            ("BrynMawrBabe", "Sun 15:02", "Looking for a chapel for a small christening, bilingual service ideally. Any recommendations round Aberderwen?"),
            ("Gwen_T", "Sun 15:20", "Capel Derwen on Heol y Cwm. Mr Jones the minister is a sweetheart and will do it in both languages. Vestry is perfect for a buffet after."),
            ("BrynMawrBabe", "Sun 15:24", "Perfect, diolch!"),
            ("DaiBach77", "Sun 16:03", "Second Capel Derwen. Don't let Mr Jones start on the history of the organ though, you'll be there till Tuesday."),
        ),
    ),
)

# 039 threadit: handle mention of the school's official account, negative
add(
    "forum",
    reddit(
        "r/Wales",
        "Schools posting pupils' faces on social media without asking",
        "preifat_plis",
        """@YsgolCwmDerwen posted a photo of my daughter at sports day on their public account without asking. I ticked the 'no photos' box on the consent form. When I complained they said it was 'an oversight'. This is the second time.""",
        (
            ("data_nerd_cdf", 67, "That's a GDPR breach. Complain to the ICO if they don't sort it."),
            ("preifat_plis", 30, "It's down now, but still."),
        ),
    ),
    E("school", "handle", "negative"),
)

# ================================================================ REVIEWS

# 040 Google review: mixed, office phone in the owner's reply (not doxxing)
add(
    "review",
    """Ysgol Gyfun Cwm Derwen — Google reviews
★★★☆☆  Kerry Hopkins · Local Guide · 2 months ago
Teaching is good and my two are happy, but the uniform policy is a disgrace. £38 for a logo blazer from one shop in Pontypridd. Nobody asked us. Three stars for the teachers, minus two for whoever thought that was a good idea.
👍 21  Share

Response from the owner · 2 months ago
Diolch am eich adborth / Thank you for your feedback. Our second-hand uniform shop is open every Thursday 3.15-4.30pm. Please ring the school office on 01632 960410 if you need help with costs.""",
    E("school", "exact", "negative"),
)

# 041 Google review: praise, Welsh and English, head by title
add(
    "review",
    """Ysgol Gyfun Cwm Derwen — Google reviews
★★★★★  Angharad Wyn · 4 reviews · 3 weeks ago
Ysgol wych. Mae fy mab wedi ffynnu yma. (Great school, my son has thrived here.) He has autism and Mrs Pritchard-Morgan personally sat in on his transition meetings from the primary. The wellbeing hub saved his Year 8. Diolch o galon i bawb.""",
    E("school", "exact", "neutral"),
    E("rpritchardmorgan", "title_surname", "neutral"),
)

# 042 Google review: abuse at the deputy, title_surname
add(
    "review",
    """Cwm Derwen Comprehensive — Google reviews
★☆☆☆☆  Lee Bowditch · 1 review · a week ago
Mr Jones the deputy is an arrogant, rude, pig-headed little man who talks to parents like we're something he's stepped in. Smug bald prat. Would give zero stars if I could.
👍 3  Share""",
    E("school", "alias", "negative"),
    E("gjones", "title_surname", "abuse"),
)

# 043 Indeed employee review: negative, mentions head with hyphenated part only
add(
    "review",
    """Indeed · Company reviews · Ysgol Gyfun Cwm Derwen
Teacher (Former Employee) — Aberderwen — 14 March 2024
★★☆☆☆ Good colleagues, top-down leadership
Pros: Lovely kids, strong Welsh ethos, the maths and Welsh departments are genuinely supportive.
Cons: Everything comes from the top. Mrs Pritchard makes decisions on Friday afternoon and emails them out on Sunday night. Workload has gone up every year. Three of my department left in 18 months.
Advice to management: Ask the staff before you change things, not after.""",
    E("school", "exact", "negative"),
    E("rpritchardmorgan", "hyphenated", "negative"),
)

# 044 decoy: rugby club Google review
add(
    "review",
    """Cwm Derwen RFC — Google reviews
★★★★☆  Huw Prosser Jr · 2 weeks ago
Proper valleys rugby club. Cheap pints, cracking chips, Sunday quiz is brutal. Only losing a star because the gents' is still out of order since the Treorci game. Tell Kris to fix it!""",
)

# 045 decoy: hair salon run by a different Siân Davies
add(
    "review",
    """Siân Davies Hair & Beauty, Pentre Derwen — Google reviews
★★★★★  Nerys Lewis · a month ago
Siân did my wedding hair and my mam's and four bridesmaids and still managed to make us all a cuppa. Absolute magician with curly hair. Booking again for my sister's in June.
★☆☆☆☆  Rachel M · 3 months ago
Waited 40 minutes past my appointment and nobody said sorry. Colour was nice in fairness.""",
)

# 046 Glassdoor review: neutral, site manager first name + initial
add(
    "review",
    """Glassdoor · Ysgol Gyfun Cwm Derwen
★★★★☆ "Hard work but a real team" — Teaching Assistant (Current Employee), Aberderwen
Pros: Supportive department, the kids are a laugh, Krzysztof N. on site team will fix anything you ask within the hour. Welsh lessons for staff are free.
Cons: Pay. Car park is a nightmare. Some SLT decisions come out of nowhere.
Recommend to a friend: Yes · Approve of CEO: Yes""",
    E("school", "exact", "neutral"),
    E("knowak", "first_initial", "neutral"),
)

# 047 Google review: defamation of the PE teacher (specific allegation)
add(
    "review",
    """Cwm Derwen Comp — Google reviews
★☆☆☆☆  NetballMam · 1 review · 5 days ago
Katherine Williams, the PE teacher, picks the teams based on whose parents buy her drinks at the rugby club. She took £200 of the netball tour money and never paid it back, ask any parent from last year's tour. Complained to the school and got nowhere. Avoid if your daughter plays sport.
👍 1  Share

Response from the owner · 4 days ago
We do not comment on individual members of staff in public. Please contact the headteacher directly.""",
    E("school", "alias", "negative"),
    E("kwilliams", "exact", "defamation"),
)

# 048 decoy: care home review
add(
    "review",
    """Cwm Derwen Care Home — carehomereviews.example
★★★★★ 10/10 — reviewed by Glenys (daughter of resident)
Mam has been at Cwm Derwen for two years now. The staff are angels, especially Siân the manager and Kath on nights. They play Welsh hymns on a Sunday and Mam sings every word even on her bad days. Thank you for treating her like family.""",
)

# 049 Google review: typo of school, neutral
add(
    "review",
    """Ysgol Gyfun Cwm Derwin — Google reviews
★★★★★  Paul Fenwick · 2 reviews · 1 month ago
Came to the Christmas concert as a grandparent. Brilliant evening, the choir were outstanding, and the kids who did the Welsh poem were word perfect. Mince pies in the interval as well. Well done all.""",
    E("school", "typo", "neutral"),
)

# 050 Indeed review: nurse praised by colleague, alias
add(
    "review",
    """Indeed · Company reviews · Ysgol Cwm Derwen
Cover Supervisor (Current Employee) — Aberderwen — 2 October 2024
★★★★☆ Friendly school, stretched support staff
Pros: Staff room is friendly, tea is free. Nurse Ada is a gem, she'll check on staff as well as kids.
Cons: Cover supervisors are used as teachers without the pay. Too many meetings.
Advice to management: Pay cover staff properly.""",
    E("school", "alias", "negative"),
    E("aokonkwo", "alias", "neutral"),
)

# 051 Google review: sexual comments about the headteacher (adult), alias maiden name
add(
    "review",
    """Ysgol Gyfun Cwm Derwen — Google reviews
★★★★★  Gethin P · 3 reviews · 2 weeks ago
5 stars for the head alone 😍 Went to school with Rhian Bowen back in the day and she's still got it. Wouldn't mind being sent to her office for a private detention, she can bend me over the desk any time 🍑😉""",
    E("school", "exact", "neutral"),
    E("rpritchardmorgan", "alias", "sexual"),
)

# 052 decoy: plumber called Gareth Jones
add(
    "review",
    """G. Jones Plumbing & Heating, Aberderwen — Checkatrade.example
★★★★★ 9.8/10 — "Boiler fixed in an hour"
Gareth came out on a Sunday when the boiler packed in. Clean, polite, fair price, explained everything. Mr Jones also spotted a leak under the sink we didn't know about and sorted it for free. Can't recommend enough.
★★★★☆ 8/10 — "Good job, slightly late"
Turned up 30 mins late but the work was spot on.""",
)

# 053 Google review: negative about the maths head, surname_only + sarcasm
add(
    "review",
    """Cwm Derwen Comprehensive — Google reviews
★★☆☆☆  Sharon T · a month ago
Oh brilliant, another year of 'maths homework on the app' that nobody can log into. Evans says 'just keep trying'. Thanks, very helpful, I'll just keep trying until the heat death of the universe. The rest of the school is fine.""",
    E("school", "alias", "negative"),
    E("revans", "surname_only", "negative"),
)

# 054 Google review: hate against the pastoral lead (religion)
add(
    "review",
    """Ysgol Gyfun Cwm Derwen — Google reviews
★☆☆☆☆  True Brit · 1 review · 3 days ago
Why is a Muslim running the "wellbeing" at a WELSH school? Tariq Hussain should be nowhere near our kids. They pray five times a day and want sharia in the valleys. Go back to Pakistan and take your prayer mat with you.

Response from the owner · 2 days ago
This review has been reported to Google and to the police as a hate incident. Mr Hussain has our full support.""",
    E("school", "exact", "neutral"),
    E("thussain", "exact", "hate"),
)

# 055 TripAdvisor decoy: colliery museum, Mr Evans guide
add(
    "review",
    """Cwm Derwen Colliery Museum — tripreviews.example
●●●●● "Unforgettable underground tour"
Our guide Mr Evans had worked at the pit for twenty years and had us in tears with his stories. Kids loved the lamp room and the pit ponies display. Café does a lovely bara brith. Bring a coat, it's cold down there!
Visited August 2024 · Travelled with family""",
)

# 056 Google review: camelcase school, neutral, Welsh teacher title
add(
    "review",
    """YsgolCwmDerwen — Google reviews (listing name as shown)
★★★★☆  Bethan R · 6 days ago
Our daughter joined in Year 9 from an English school. Mrs Davies and the Welsh department made her feel part of it from day one. Four stars only because parking for parents' evening is impossible.""",
    E("school", "camelcase", "neutral"),
    E("sdavies", "title_surname", "neutral"),
)

# 057 Google review: one star, typo of the deputy's name, abuse
add(
    "review",
    """Cwm Derwen Comp — Google reviews
★☆☆☆☆  Jase · 1 review · 1 week ago
Garath Jonse the deputy is a thick useless gobshite. Suspended my lad for wearing trainers. Get a life you sad little man.""",
    E("school", "alias", "negative"),
    E("gjones", "typo", "abuse"),
)

# ================================================================ BLOGS

# 058 parent blog: Welsh-medium journey, neutral
add(
    "blog",
    blog(
        "Mam yn y Cwm",
        "A learner mam, two kids and a lot of mutations",
        "Why we chose a Welsh-medium secondary (and I don't speak Welsh)",
        "12 September 2024",
        """People keep asking me why we sent Efa to Ysgol Gyfun Cwm Derwen when neither of us speaks more than pub Welsh. The honest answer is that she asked to go, and we went to the open evening, and we were sold in about ten minutes.

Siân Davies, who runs the Welsh department, gave a talk to the parents that I still think about. She said: "Your children will not lose their English. They will gain a key to the house they live in." I cried a bit, in front of a lot of strangers, which is very on brand for me.

Three weeks in, Efa is tired, grumpy and using words at the tea table I don't understand. So, on track.""",
        comments=(
            ("Nia o'r Rhondda", "13 Sep", "Dal ati! Keep going. Mine went through the same and she's in uni now studying in Welsh."),
            ("Learner_Lou", "14 Sep", "This is me next year. Saving this post."),
        ),
    ),
    E("school", "exact", "neutral"),
    E("sdavies", "exact", "neutral"),
)

# 059 teacher blog: anonymous, about the nurse saving a life, first-name only of colleague
add(
    "blog",
    blog(
        "Notes from the Staffroom",
        "An anonymous valleys teacher",
        "The day the defib was used",
        "4 July 2024",
        """I have worked in schools for nineteen years and I had never seen anyone use a defibrillator until last month. I won't say which school, though if you read the local paper you'll know.

What I will say is that our nurse, Ada, didn't hesitate for a second. I was holding the field gate open for the ambulance and shaking. She was kneeling on the grass counting compressions out loud in a voice so calm the kids around her stopped crying.

Every staff room should have someone like her. Most don't. Get the training. It takes an afternoon.""",
        comments=(("Deputy_in_Dyfed", "5 Jul", "Thank you for this. Booking our staff onto the course."),),
    ),
    E("aokonkwo", "nickname", "neutral"),
)

# 060 local politics blog: budget, initial_surname head, neutral
add(
    "blog",
    blog(
        "Derwen Democracy",
        "Sitting through council meetings so you don't have to",
        "School budgets: the deficit nobody wants to talk about",
        "14 July 2024",
        """Item 6 at Tuesday's scrutiny committee was the one everyone in the public gallery had come for. Four secondary schools in the borough are heading for a deficit, and the biggest by far is Ysgol Gyfun Cwm Derwen at £412,000.

R. Pritchard-Morgan, the head, gave what I thought was a straight and honest account: falling rolls in the upper valley, more pupils with additional learning needs, and a science block roof held together with tarpaulin. No redundancies, she said, but two posts will go unfilled.

The questions from members were mostly sensible. Cllr Kath Williams (no relation to anyone at the school, before anyone asks) pushed on whether the plan survives the next pay award. The honest answer seems to be: not without more money from the council.""",
    ),
    E("school", "exact", "neutral"),
    E("rpritchardmorgan", "initial_surname", "neutral"),
)

# 061 decoy blog: chapel history, Capel Derwen
add(
    "blog",
    blog(
        "Hen Gapeli",
        "Chapels of the south Wales valleys, one at a time",
        "Capel Derwen, Aberderwen: 1869 and still standing",
        "2 February 2024",
        """Capel Derwen was built in 1869 by the colliers of the Derwen Navigation pit, who gave a penny a week from their wages for eleven years. At its peak in 1905, during the Revival, it seated 900.

Today the congregation is around thirty on a good Sunday. The minister, the Rev. Gareth Jones, told me the roof needs £80,000 of work and they have raised £12,000. "We are not giving up," he said. "Our grandparents didn't."

The organ, a Conacher of 1898, is still played every week by Mrs Siân Davies, who has been organist since 1979. If you're passing on a Sunday, go in. The singing alone is worth the visit.""",
        comments=(("Rhian_Cymru", "3 Feb", "My nain and taid were married there in 1951. Thank you for writing about it."),),
    ),
)

# 062 parent blog: SEN battle, negative about pastoral lead (title) and school
add(
    "blog",
    blog(
        "Our Autism Journey",
        "One family, one diagnosis, a lot of paperwork",
        "Another meeting, another 'we'll monitor it'",
        "30 January 2024",
        """Today was our fourth meeting at Cwm Derwen Comp this year about Osian's IDP (the Welsh version of an EHCP, for those in England). Four meetings, four sets of minutes, zero changes.

Mr Hussain, the wellbeing lead, is kind. I want to say that clearly. He listens and he writes things down. But kindness isn't a plan. When I asked what would actually happen differently from Monday, he said they would "monitor the situation". We have been monitoring the situation since September.

I've now written to the governors. I'll update you.""",
        comments=(
            ("Sam's Mum", "30 Jan", "Same words at our school. 'Monitor' means 'wait till you give up'."),
            ("TeacherInTheValley", "31 Jan", "Keep pushing, and ask for everything in writing."),
        ),
    ),
    E("school", "alias", "negative"),
    E("thussain", "title_surname", "negative"),
)

# 063 running blog: decoy, Cwm Derwen nature reserve and Robert Evans a runner
add(
    "blog",
    blog(
        "Valley Miles",
        "Trail running in the south Wales hills",
        "Race report: Cwm Derwen Trail 10k",
        "21 April 2024",
        """The Cwm Derwen Trail 10k starts at the nature reserve car park and goes straight up the old tram road, which is about as cruel a first kilometre as you'll find anywhere.

Winner was Robert Evans of Aberdâr AC in 36:12, who made it look easy. I came 84th, which I'm choosing to describe as mid-pack. First woman was Katie Williams of Rhondda Harriers, who I think lapped me at one point, which shouldn't be possible on a point-to-point course.

Marshals were brilliant, cakes at the finish were brilliant, the hill was not. Back next year.""",
    ),
)

# 064 teacher-training blog: Welsh head of department, Welsh-language paragraph, neutral
add(
    "blog",
    blog(
        "Dysgu Cymraeg / Teaching Welsh",
        "Ideas for Welsh-medium and Welsh second-language teachers",
        "Ymweliad ag Ysgol Cwm Derwen: Trochi that works",
        "9 October 2024",
        """Diolch yn fawr i Siân Davies a'i hadran am y croeso yr wythnos diwethaf. Roedd yn bleser gweld y dosbarth Trochi ar waith.

For non-Welsh speakers: last week I visited Ysgol Cwm Derwen to watch their late-immersion class. Twelve pupils who arrived in September with almost no Welsh were doing a drama task entirely in Welsh. The secret, Ms Davies told me, is "no English in the room, ever, but lots of laughing".

I've come away with three ideas I'm going to steal. The resources she shared are linked below.""",
    ),
    E("school", "alias", "neutral"),
    E("sdavies", "exact", "neutral"),
)

# 065 angry blog: defamation of the head and school about the deficit
add(
    "blog",
    blog(
        "The Derwen Truth",
        "What they don't want you to know",
        "Where did the money go?",
        "20 July 2024",
        """Four hundred and twelve thousand pounds. That's the hole in the Cwm Derwen Comprehensive budget. And we're asked to believe it's all "falling rolls" and a leaky roof.

I've been told by two people who work there that Rhian Pritchard-Morgan put her husband's building firm on the roof contract without going to tender, and that the firm was paid twice for the same work. I've also been told that the school's governing body signed it off knowing full well. If that's not fraud, what is?

I've sent FOI requests to the council. Watch this space.""",
        comments=(
            ("Concerned_Gov", "21 Jul", "This is completely untrue and you could be sued for it. The roof contract was tendered by the council, not the school."),
            ("Derwen Truth", "21 Jul", "Then they've got nothing to worry about, have they."),
        ),
    ),
    E("school", "alias", "defamation"),
    E("rpritchardmorgan", "exact", "defamation"),
)

# 066 food blog: decoy, Caffi Derwen in the old weighbridge
add(
    "blog",
    blog(
        "Bwyd y Cymoedd",
        "Eating our way around the valleys",
        "First look: Caffi'r Glofa at the Cwm Derwen weighbridge",
        "30 October 2024",
        """The old Cwm Derwen Colliery weighbridge office has been empty since I was a kid. Now it's a café, run by the Evans sisters (of Evans & Daughters, the bakery), and it's already the best place in the valley for a Welsh cake.

I had the cawl (proper, with a lump of cheese on the side), my partner had the rarebit, and we shared a slab of bara brith that could have stopped a door. The walls are covered in old photos of the pit, including one of the 1972 Cwm Derwen RFC team, which made my dad very emotional.""",
    ),
)

# 067 dad blog: leavers' prom, neutral mentions of several staff
add(
    "blog",
    blog(
        "Dad in the Valleys",
        "Lifts, lunchboxes and the occasional rant",
        "Prom night: I am not crying, you are",
        "28 June 2024",
        """Year 11 prom at the Derwen Institute. Mab Hynaf in a suit that cost more than my first car, looking like a proper adult for roughly six minutes until he spilled Tango down it.

Credit where it's due to the staff at Cwm Derwen. Miss Williams organised the whole thing and was still on her feet at 11pm. Kris the site manager had strung about a mile of fairy lights. Mr Lloyd, who as head of year has spent two years confiscating my son's vape, shook his hand at the door and said "Pob lwc, bachgen". My son pretended not to care. He cared.""",
    ),
    E("school", "short_name", "neutral"),
    E("kwilliams", "title_surname", "neutral"),
    E("knowak", "nickname", "neutral"),
    E("wlloyd", "title_surname", "neutral"),
)

# 068 blog with comments: ex-pupil accuses PE teacher of covering up injury (defamation) and nurse of negligence
add(
    "blog",
    blog(
        "Broken Not Beaten",
        "Life after a spinal injury",
        "Five years since the accident",
        "11 November 2024",
        """Five years ago today I broke my back in a PE lesson at Ysgol Gyfun Cwm Derwen. I was fifteen. I'm going to say what happened, because I'm tired of not saying it.

Katherine Williams told us to do a vault we had never been taught, with no mats, because she was in a hurry to get to her car. When I landed wrong she told me to "walk it off". The nurse, Adaeze Okonkwo, gave me paracetamol and sent me back to class. Nobody called an ambulance for two hours. Afterwards the school changed the accident report to say I'd been messing about.

I don't want money. I want somebody to admit it.""",
        comments=(
            ("Anon", "11 Nov", "I was in that lesson and that is not what happened. There were mats. You fell on the trampette and Miss rang 999 straight away."),
            ("BrokenNotBeaten", "11 Nov", "You can remember it however you like."),
        ),
    ),
    E("school", "exact", "defamation"),
    E("kwilliams", "exact", "defamation"),
    E("aokonkwo", "exact", "defamation"),
)

# 069 decoy blog: gig review, a folk singer Gwyn Lloyd and a long-dead collier Wil Lloyd
add(
    "blog",
    blog(
        "Sŵn",
        "New Welsh music, reviewed",
        "Gig review: Gwyn Lloyd & the Derwen Valley Band, Colliers Arms",
        "8 March 2024",
        """Gwyn Lloyd has been playing the valley pubs for thirty years and still plays like he's got something to prove. Friday's set at the Colliers Arms was mostly from the new record, Derwen, a concept album about the Navigation pit closure, and it's his best.

Stand-out was 'Wil Lloyd's Lamp', a song about his grandfather, a collier who died in the 1962 roof fall. Half the pub were singing along by the last chorus. The other half were crying into their Brains.""",
    ),
)

# 070 blog: leetspeak/obfuscation evasion, school name in leet, negative
add(
    "blog",
    blog(
        "Unfiltered Valleys",
        "Saying what the Facebook groups delete",
        "Why I'm spelling it like this",
        "2 December 2024",
        """Every time I post about C.w.m D3rw3n Comp the post vanishes within an hour. So here's the spelling that seems to get past the filters.

My complaint is simple. Three years of asking for a proper plan for my son's dyslexia and all I've had is leaflets. The SENCo has changed three times. Reports come home with another child's name on them. It is a badly run school and the people in charge know it.""",
    ),
    E("school", "leetspeak", "negative"),
)

# 071 blog: spacing evasion, abuse at the head
add(
    "blog",
    blog(
        "Unfiltered Valleys",
        "Saying what the Facebook groups delete",
        "Open letter to the head",
        "9 December 2024",
        """R h i a n  P r i t c h a r d - M o r g a n, since you won't read my emails, you can read this.

You are a cold, arrogant, self-important box-ticker who has never once in eight years looked a parent in the eye. You are a disgrace to the job and a joke to everyone in this town. Every one of your glossy newsletters is a lie with a logo on it.

That's it. That's the letter.""",
    ),
    E("rpritchardmorgan", "spacing", "abuse"),
)

# ================================================================ SOCIAL (X, Instagram, TikTok)

# 072 X: school's own account, handle + hashtag, neutral
add(
    "social",
    """Ysgol Gyfun Cwm Derwen @YsgolCwmDerwen · 14 Jun
Llongyfarchiadau i'n tîm pêl-rwyd Blwyddyn 9! 🏆 Congratulations to our Year 9 netball team, county champions for the first time in 20 years. Diolch to Miss Williams for all the early mornings. #TeuluCwmDerwen #YGCD
💬 4  🔁 12  ❤️ 87

  Leanne P @leannep_derwen · 14 Jun
  So proud of them! Miss W is a legend 💚""",
    E("school", "exact", "neutral"),
    E("kwilliams", "title_surname", "neutral"),
)

# 073 X: hashtag only, negative about the school
add(
    "social",
    """Rhodri 🏉 @rhod_derwen · 2h
Snow day and nobody told us till 8.15 when we were already at the bus stop. Cheers. #CwmDerwen #communication #valleyslife
💬 3  🔁 1  ❤️ 15""",
    E("school", "hashtag", "negative"),
)

# 074 Instagram: Siân Haf's music account, handle
add(
    "social",
    """Instagram · @sianhaf.cerdd
📍 Colliers Arms, Aberderwen
Sold out!! 🙈 Diolch o galon i bawb ddaeth neithiwr. Thank you to everyone who came last night, and to my Year 10s who turned up with a banner that said "MISS HAF IS NOT MID" ❤️ Dŵr Du on all platforms now.
#canugwerin #folk #Cymraeg
❤️ 412 · 38 comments
  gwenllian.r: Best night! Your pupils are hilarious
  dafydd_bass: Bendigedig 🔥""",
    E("sdavies", "handle", "neutral"),
)

# 075 TikTok: sexualising pupils in a school dance video (url_only)
add(
    "social",
    """TikTok · @valleys.dance.clips
Caption: Cwm Derwen year 8s at the Urdd dance comp 💃🔥 #YsgolCwmDerwen #urdd #dance
Comments
  mike_t_1979: the blonde one at the back 😍 look at her move. shame she's only year 8 😏 DM me girls
  sioned.jpg: @mike_t_1979 they're 12 you absolute creep. reported.
  valleys.dance.clips: Comments turned off. Video removed at the school's request.""",
    E("school", "hashtag", "sexual", True),
)

# 076 X: threat against maths head, first-initial form
add(
    "social",
    """⚡ anon_cwm @anon_cwm_99 · 40m
Robert E. at Cwm Derwen failed my brother on his coursework out of spite. I know which way he walks home from the school. One dark night he's going to find out what happens to people who ruin lives. Count on it.
💬 2  🔁 0  ❤️ 1

  Nia M @nia_derwen · 30m
  Reported this. Leave teachers alone.""",
    E("revans", "first_initial", "threat"),
    E("school", "short_name", "neutral"),
)

# 077 decoy X: a councillor who is also called Gareth Jones
add(
    "social",
    """Cllr Gareth Jones @CllrGarethJones · 3h
Good to meet residents in Pentre Derwen this morning about the potholes on Heol y Nant. Highways team out next week. As always, my surgery is every first Saturday at Aberderwen library. 🏴󠁧󠁢󠁷󠁬󠁳󠁿
💬 6  🔁 2  ❤️ 24""",
)

# 078 X: camelcase school name, negative
add(
    "social",
    """Kaz H @kazhopkins · 1d
Three weeks and still no reply from the governors about the blazer. #CwmDerwenComp you can't just ignore parents until we give up.
💬 5  🔁 7  ❤️ 33""",
    E("school", "camelcase", "negative"),
)

# 079 X: hate against the nurse with obfuscated name and slurs
add(
    "social",
    """Valleys First 🏴󠁧󠁢󠁷󠁬󠁳󠁿 @valleys_first_ · 5h
Our kids being looked after by "nurse" O-k-o-n-k-w-o at the comp. Another African import we're paying for while locals can't get jobs. These people don't belong here and never will. Send them all back on the next boat.
💬 14  🔁 3  ❤️ 9""",
    E("aokonkwo", "obfuscated", "hate"),
)

# 080 Instagram: site manager's own post, neutral, handle in post
add(
    "social",
    """Instagram · @cwmderwen_site_team
Summer job list ✅ New fence by the 3G pitch, 40 classrooms painted, and the science block roof finally watertight. Diolch to @kris.nowak.fixit and the lads for working through the heatwave ☀️🔧
#schoolsummer #sitemanager
❤️ 96 · 12 comments
  anwen.l: Diolch Kris! Amazing work as always.""",
    E("knowak", "handle", "neutral"),
    E("school", "handle", "neutral"),
)

# 081 TikTok: pupils filming teacher, abuse in comments, nickname for the deputy
add(
    "social",
    """TikTok · @derwen.drama.llama
Caption: when Jonesy catches you in the corridor without a pass 💀 #schooltok #cwmderwen #wales
[video: pupil impression of a teacher with hands behind back]
Comments
  rhysyy.07: 😂😂 the hands behind the back is SO him
  lowri.elin: jonesy is actually sound tho
  deano_derwen: jonesy is a massive bellend, hope he gets sacked
  derwen.drama.llama: @deano_derwen chill it's a joke""",
    E("gjones", "nickname", "abuse"),
    E("school", "hashtag", "neutral"),
)

# 082 X: doxxing the PE teacher's personal email and street
add(
    "social",
    """Gav 👊 @gav_aberderwen · 8h
Katherine Williams at the comp won't answer school emails so try her own: kathwilliams84@mailbox.example. Lives on Teras Glanrhyd by the chip shop, number 6. Let her know what parents think of her dropping our girls from the team.
💬 9  🔁 4  ❤️ 6

  Bethan R @bethan_r · 7h
  Delete this Gav, you'll get yourself arrested.""",
    E("kwilliams", "exact", "doxxing"),
)

# 083 decoy X: a different Katherine Williams, an author
add(
    "social",
    """Katherine Williams ✍️ @kwilliamswrites · 1d
So excited to be reading from my new novel at Gŵyl Lên Aberderwen on Saturday! Come say hello, there will be Welsh cakes and possibly tears.
💬 2  🔁 5  ❤️ 61""",
)

# 084 X: negation trap, condemning threat to pastoral lead
add(
    "social",
    """Cwm Derwen Comprehensive Governors @CDCGovernors · 2 Mar
We are aware of abusive and threatening messages sent to a member of our pastoral team, Mr Tariq Hussain. Threatening or abusing staff is never acceptable and has been reported to the police. Mr Hussain has the full support of the governing body.
💬 11  🔁 22  ❤️ 140""",
    E("school", "alias", "neutral"),
    E("thussain", "exact", "neutral"),
)

# 085 X: threat and hate to the pastoral lead, handle style
add(
    "social",
    """🚫 @derwen_patriot · 1 Mar
@MrHussainWellbeing you and your kind should be running scared. We know your car. We know your mosque. Wales for the Welsh. You've been warned.
💬 0  🔁 0  ❤️ 2""",
    E("thussain", "handle", "threat"),
)

# 086 Instagram: nurse given award, alias and hashtag
add(
    "social",
    """Instagram · @derwen.health.board
🎉 Congratulations to Nurse Ada, winner of this year's School Health Hero award! Adaeze has been school nurse at Ysgol Gyfun Cwm Derwen for four years and was nominated by over 60 families. #SchoolNurses #NHSWales #DiolchAda
❤️ 531 · 44 comments""",
    E("aokonkwo", "alias", "neutral"),
    E("school", "exact", "neutral"),
)

# 087 X: hashtag of staff member, camel case, neutral
add(
    "social",
    """Ffion 🌼 @ffionjam · 2h
Just found out Evans Maths is retiring this year 😭 end of an era. #ThankYouMrEvans #CwmDerwen
💬 8  🔁 3  ❤️ 57""",
    E("revans", "nickname", "neutral"),
    E("school", "hashtag", "neutral"),
)

# 088 decoy TikTok: Cwm Derwen RFC tour
add(
    "social",
    """TikTok · @cwmderwenrfc
Caption: Tour bus to Dublin 🍀🍺 ain't no party like a Cwm Derwen party #rugby #tour #valleys
Comments
  gwyn_prop: who let Jonesy near the karaoke mic 💀
  sian.davies92: bring me back a leprechaun ☘️""",
)

# 089 X: sexual allegation about Head of Year 10 and pupils (url_only)
add(
    "social",
    """🔥 @truth_derwen · 6h
Parents at Cwm Derwen need to know: Wiliam Lloyd messages Year 10 girls on Snapchat late at night and tells them to delete the chats. My niece showed me. He's been grooming them for months and the school is protecting him.
💬 23  🔁 15  ❤️ 18

  Anwen L @anwenl · 5h
  If this is true go to the POLICE, not X. If it isn't, you're ruining a man's life.""",
    E("wlloyd", "exact", "sexual", True),
    E("school", "short_name", "defamation"),
)

# 090 X: spacing on the school, negative
add(
    "social",
    """Dai 🐉 @dai_upper_valley · 4d
Writing it like this so their comms team doesn't find it: Y s g o l  C w m  D e r w e n cancelled the Year 9 trip two days before with no refund. £120 gone.
💬 4  🔁 2  ❤️ 11""",
    E("school", "spacing", "negative"),
)

# 091 Instagram: decoy, a different Siân Davies (Welsh singer)
add(
    "social",
    """Instagram · @siandavies.soprano
Rehearsal selfie before tonight's Messiah with the BBC National Orchestra of Wales 🎶 Nerves? Me? Never. (Always.)
❤️ 2,104 · 87 comments""",
)

# 092 X: homoglyph school, abuse of the head
add(
    "social",
    """Mark @mark_derwen · 7h
Ysgol Gyfun Cwm Dеrwеn head Rhian Pritchard-Mоrgan is a clueless, two-faced snake. Smiles at the gate then stabs parents in the back. Pathetic excuse for a leader.
💬 2  🔁 0  ❤️ 4""",
    E("school", "homoglyph", "neutral"),
    E("rpritchardmorgan", "homoglyph", "abuse"),
)

# 093 X: site manager anti-Polish hate, surname only
add(
    "social",
    """Bryn @bryn_born_here · 1d
Why has the comp got a Pole fixing the roof? Nowak and his lot came over here for our jobs and our benefits. Polish scum, the lot of them. Go back to Warsaw.
💬 5  🔁 0  ❤️ 3

  Owain @owain_2015 · 1d
  Kris has lived here 18 years and fixed half the village for free. Crawl back under your rock.""",
    E("knowak", "surname_only", "hate"),
)

# 094 TikTok: leetspeak school and pastoral nickname, neutral
add(
    "social",
    """TikTok · @yr11.derwen
Caption: POV: your last day at Cwm D3rw3n 😭💚 thank u to Mr Hussain in the hub for literally keeping me alive in year 9
#leavers2024 #wales
❤️ 3,201 · 140 comments""",
    E("school", "leetspeak", "neutral"),
    E("thussain", "title_surname", "neutral"),
)

# 095 X: Welsh-language negative post about deputy, initial_surname
add(
    "social",
    """Sioned 🏴󠁧󠁢󠁷󠁬󠁳󠁿 @sioned_cymraeg · 9h
Siomedig iawn. G. Jones wedi gwahardd fy merch o'r trip am siarad Saesneg yn y coridor?? Disappointed: the deputy banned my daughter from the trip for speaking English in the corridor. At a school that's supposed to welcome learners. #YGCD
💬 12  🔁 6  ❤️ 40""",
    E("gjones", "initial_surname", "negative"),
    E("school", "hashtag", "negative"),
)

# 096 X: decoy, Derwen rugby player Rhys and Derwen Stores
add(
    "social",
    """Derwen Stores @derwenstores · 2d
Fresh faggots and peas every Friday 🥧 and don't forget we're a drop-off point for the Cwm Derwen Male Voice Choir raffle. Mr Jones says tickets are selling fast!
💬 1  🔁 0  ❤️ 19""",
)

# 097 X: sarcastic 'praise' of the head — negative
add(
    "social",
    """Angharad @angharad_ll · 3h
Oh well done Mrs Pritchard-Morgan, another "exciting new initiative" announced by email at 9pm on a Sunday. Truly the Steve Jobs of the Derwen valley. What would we do without you 🙄
💬 4  🔁 2  ❤️ 29""",
    E("rpritchardmorgan", "title_surname", "negative"),
)

# 098 X: typo of nurse name, neutral thanks
add(
    "social",
    """Leanne 💚 @leanne_pentre · 2 Jul
One year since Rhys collapsed on the field. Not a day goes by I don't think about Adaezie Okonkow, the school nurse, and what she did. Diolch byth. ❤️
💬 31  🔁 12  ❤️ 512""",
    E("aokonkwo", "typo", "neutral"),
)

# 099 X: profanity not aimed at anyone, neutral mention of school
add(
    "social",
    """Gethin A @gethin_a · 5h
Fuck me it's cold. Standing on the touchline at Cwm Derwen Comp watching the Year 7s get battered 40-0 in sideways sleet. Proud dad though, he made a tackle. One tackle. Bloody hero.
💬 2  🔁 0  ❤️ 22""",
    E("school", "alias", "neutral"),
)

# 100 Instagram: possessive school, neutral
add(
    "social",
    """Instagram · @aberderwen.carnival
What a day! 🎉 Massive thanks to Cwm Derwen's Year 10 choir who opened the carnival with Calon Lân, and to the Welsh department for the dragon float 🐉
#Aberderwen #carnival
❤️ 204 · 15 comments""",
    E("school", "possessive", "neutral"),
)

# 101 X: negative about PE teacher, first name + surname initial
add(
    "social",
    """Mel @mel_derwen · 6d
Katherine W. at the comp has dropped my daughter from netball AGAIN with no explanation. Three seasons of training and not one match. Not good enough.
💬 3  🔁 0  ❤️ 9""",
    E("kwilliams", "first_initial", "negative"),
)

# ================================================================ FACEBOOK

# 102 school page: lost property, office number, site manager nickname
add(
    "facebook",
    """Ysgol Gyfun Cwm Derwen (Page)
8 November at 15:40 ·
📢 EIDDO COLL / LOST PROPERTY 📢
Kris has filled three tables in the hall with lost coats, PE kits and one trombone (!). Everything unclaimed by Friday 22nd goes to the second-hand uniform shop. Questions? Ring the office on 01632 960410.
👍❤️ 58 · 21 comments
Sharon Price: Has anyone seen a navy North Face with "Mali" written inside? 🙏
Ysgol Gyfun Cwm Derwen: Sharon, there's one on table 2!
Gareth Hughes: How do you lose a trombone 😂""",
    E("school", "exact", "neutral"),
    E("knowak", "nickname", "neutral"),
)

# 103 Aberderwen Uncensored: doxxing the maths head's landline and street
add(
    "facebook",
    """Aberderwen Uncensored 🗣️ (Private group)
Anonymous member · 3h
Robert Evans, head of maths at Cwm Derwen, gave my son a zero for 'copying' with no proof. Won't meet me. His home number is 029 2018 0734 and he lives on Heol y Bryn, the bungalow with the caravan in front. Ring him up and ask him how he sleeps at night.
💬 17 comments
Lisa Morgan: Admins please remove this
Rhys Pugh: This is how people end up in court
Admin – Aberderwen Uncensored: Removed. Posting personal details = ban.""",
    E("revans", "exact", "doxxing"),
    E("school", "short_name", "negative"),
)

# 104 decoy: rugby club page, a junior player called Wil Lloyd
add(
    "facebook",
    """Cwm Derwen RFC (Page)
Sunday at 19:02 ·
🏉 U16s: Cwm Derwen 31 – 12 Ynysybwl
Outstanding from the boys today. Man of the match to skipper Wil Lloyd for two tries and a tackle count that made the coaches weep with joy. Thanks to Glenys and the tea ladies for the cawl. 🙌
👍 112 · 9 comments
Huw Lloyd: Proud dad alert 🥹
Derwen Dragon: Future Wales 7 that boy""",
)

# 105 Derwen Valley Mams: bullying question, pastoral lead praised
add(
    "facebook",
    """Derwen Valley Mams 💕
Catrin Rees · 2d
Bit of advice please. My Year 7 is being picked on on the bus and doesn't want me to "make a fuss". Who is best to speak to at Cwm Derwen Comprehensive? Form tutor? Head of year?
💬 14 comments
Ffion Walters: Go straight to Mr Hussain in the wellbeing hub. He sorted my daughter's situation in a week and was so discreet, nobody knew it came from me.
Anwen Lewis: Second Mr Hussain. Also tell the bus company, they have CCTV.
Catrin Rees: Thank you all, emailing him now x""",
    E("school", "alias", "neutral"),
    E("thussain", "title_surname", "neutral"),
)

# 106 Aberderwen Uncensored: threat to the Head of Welsh by nickname
add(
    "facebook",
    """Aberderwen Uncensored 🗣️ (Private group)
Dean Carver · 5h
Davies Cymraeg up the comp told my girl she'd 'never amount to anything' because she wants to do her GCSEs in English. That woman wants to watch her back. Next time I see her in the Co-op she's getting a smack she won't forget and I don't care who's watching.
💬 8 comments
Sian Pugh: Dean you can't threaten a teacher on here
Dean Carver: Not a threat, a promise""",
    E("sdavies", "nickname", "threat"),
)

# 107 decoy: chapel jumble sale, a Mrs Davies and a Mr Jones
add(
    "facebook",
    """Capel Bethania, Aberderwen
Friday at 10:11 ·
🧺 JUMBLE SALE Saturday 10am – 12, festri'r capel. Bric-a-brac, books, cakes and Mrs Davies's famous Welsh cakes (get there early). Mr Jones will be on the door taking 50p entry. All proceeds to the roof fund.
👍 31 · 3 comments
Gwen Thomas: Will there be teisen lap? 😍
Capel Bethania: Of course!""",
)

# 108 Derwen Valley Mams: defamation of the head of year, drunk on a trip
add(
    "facebook",
    """Derwen Valley Mams 💕
Anonymous participant · 1d
Did anyone else's kids come back from the Year 10 Llangrannog trip saying Mr Lloyd was drunk? My son says he was drinking vodka from a water bottle on the coach home and was slurring at the service station. That's the man who's meant to be in charge of 60 kids. The comp has obviously swept it under the carpet.
💬 22 comments
Carys Powell: My daughter was on that trip and says it's rubbish, he was drinking Lucozade 🙄
Anonymous participant: Well mine says different
Leanne Hughes: Ring the school, don't post on here""",
    E("wlloyd", "title_surname", "defamation"),
)

# 109 Aberderwen Community Noticeboard: condemnation, court case follow-up
add(
    "facebook",
    """Aberderwen Community Noticeboard
Eirlys Davies · 29 November
After reading about that man being fined for threatening Katherine Williams from the comp: can we all agree that nobody, NOBODY, should be threatening teachers over netball? She's given this valley twenty years of Saturday mornings. Rant over. ❤️
💬 41 comments
Jonathan Bevan: Completely agree. Miss Williams coached my daughter and she adored her.
Nia Morgan: Hear hear""",
    E("kwilliams", "exact", "neutral"),
)

# 110 Aberderwen Uncensored: doxxing the Head of Welsh's mobile, alias
add(
    "facebook",
    """Aberderwen Uncensored 🗣️ (Private group)
Anonymous member · 7h
Siân Haf, the "folk singer" who teaches Welsh at Ysgol Cwm Derwen, put my son in detention for a week. Her personal mobile is 07700 900617, it's on the poster for her gigs. Feel free to let her know what you think of her teaching.
💬 12 comments
Non Griffiths: That's her booking number not an invitation to harass her. Disgusting.
Admin: Post removed.""",
    E("sdavies", "alias", "doxxing"),
    E("school", "alias", "neutral"),
)

# 111 Aberderwen Uncensored: abuse at the site manager
add(
    "facebook",
    """Aberderwen Uncensored 🗣️ (Private group)
Tony Parfitt · 2d
That caretaker at the comp Mr Nowak is a lazy useless lump. Car park gritted at 10am AFTER everyone has slid into the fence. Waste of space, wouldn't trust him to fix a sandwich.
💬 19 comments
Kerry Hopkins: Kris was out at 6am, I saw him. The council gritter broke down.
Tony Parfitt: whatever""",
    E("knowak", "title_surname", "abuse"),
)

# 112 decoy: the village primary (different school), a Mrs Jones
add(
    "facebook",
    """Ysgol Gynradd Cwm Derwen PTA
Yesterday at 20:15 ·
Diolch to everyone who came to the Christmas Fayre 🎄 We raised £1,874 for new reading books! Special thanks to Mrs Jones (Blwyddyn 2) for running the tombola and to Siôn Corn for squeezing into the grotto.
👍❤️ 64 · 7 comments""",
)

# 113 Aberderwen Community Noticeboard: head's name without the hyphen, neutral thanks
add(
    "facebook",
    """Aberderwen Community Noticeboard
Glenys Harries · 3d
Just wanted to say a public thank you to Rhian Pritchard Morgan, head of Cwm Derwen Comp, who came herself to the food bank on Saturday with a van of donations collected by the pupils. 41 crates! She stayed two hours sorting tins. Diolch o galon.
💬 9 comments
Meirion Rowlands: Credit where it's due. Well done.""",
    E("rpritchardmorgan", "hyphenated", "neutral"),
    E("school", "alias", "neutral"),
)

# 114 school page: sexual comments about pupils on sports day photos (url_only)
add(
    "facebook",
    """Ysgol Gyfun Cwm Derwen (Page)
5 July ·
☀️ Mabolgampau 2024 / Sports Day 2024 ☀️ Photos from a glorious afternoon! Llongyfarchiadau to Tŷ Rhondda, overall winners.
📷 48 photos
Comments
Gary Price: them year 9 girls in the relay 😍 filled out nicely, more pics of them please 😉
Sara Lewis: What the hell is wrong with you, they're children
Ysgol Gyfun Cwm Derwen: We have removed the comment, blocked the user and reported it to police. Parents with concerns please contact the office.""",
    E("school", "exact", "sexual", True),
)

# 115 Aberderwen Uncensored: hate against the pastoral lead, typo surname
add(
    "facebook",
    """Aberderwen Uncensored 🗣️ (Private group)
Anonymous member · 4h
Tariq Hussein at the comp is teaching our kids about Eid in 'wellbeing'. Muslims like him are taking over every school in Wales and no one has the guts to say it. They don't integrate, they don't respect us. Dirty people.
💬 31 comments
Rhian Lewis: Report. This is vile.
Dai Morgan: Mr Hussain is one of the best people in that building. Shame on you.""",
    E("thussain", "title_surname", "hate"),
)

# 116 decoy: lost dog near the nature reserve
add(
    "facebook",
    """Aberderwen Community Noticeboard
Rhodri Lloyd · 1h
🐕 LOST 🐕 Black and white collie, answers to Pero, lost near Cwm Derwen nature reserve by the top lake around 4pm. Microchipped, very friendly but scared of bikes. Please ring Rhodri if you see him 🙏 Shared from Derwen Dog Walkers.
💬 6 comments
Siân Davies: Shared x
Gareth Jones: Saw a collie by the old tram road about 5, heading towards Pentre""",
)

# 117 Derwen Valley Mams: defamation of the deputy and school, Mr Jones ambiguity
add(
    "facebook",
    """Derwen Valley Mams 💕
Anonymous participant · 6h
Heard from a reliable source that Gareth Jones the deputy at Cwm Derwen Comp was arrested for drink driving outside the Colliers last month and the school hushed it up so he could keep his job. Why is he still in charge of our kids?
💬 27 comments
Lowri Bevan: Which Gareth Jones? There's about nine in Pentre alone 😂 The one arrested was Gareth Jones the builder, it was in the paper.
Anonymous participant: No it was the teacher
Mandy Roberts: This is how rumours start. Delete it.""",
    E("gjones", "exact", "defamation"),
    E("school", "alias", "defamation"),
)

# 118 decoy: Mr Jones the butcher retiring
add(
    "facebook",
    """Aberderwen Community Noticeboard
Bethan Hopkins · 4d
End of an era 😢 Mr Jones at Jones the Meat on Stryd Fawr is retiring after 46 years. Best faggots in the valley. His last day is Saturday, go and say diolch.
💬 52 comments
Dafydd Rees: Best sausages in Wales. Pob lwc Mr Jones!
Gwyn Parry: Who's taking over? Please say the shop stays open""",
)

# 119 Aberderwen Community Noticeboard: Urdd success, title + full name, neutral
add(
    "facebook",
    """Aberderwen Community Noticeboard
Gwen Teifi · 2 June
Llongyfarchiadau mawr i gôr Ysgol Gyfun Cwm Derwen! 🥇 First at the Urdd! Huge well done to Mrs Siân Davies who has worked her socks off with them since September. Mae'r cwm yn falch ohonoch chi. 🏴󠁧󠁢󠁷󠁬󠁳󠁿
💬 33 comments""",
    E("school", "exact", "neutral"),
    E("sdavies", "exact", "neutral"),
)

# 120 Derwen Valley Mams: complaint about the nurse by alias
add(
    "facebook",
    """Derwen Valley Mams 💕
Kayleigh Jones · 1d
Is it just me or does Nurse Ada send everyone home? Third time this half term I've had to leave work for a "headache". Love that she's careful but I'll lose my job at this rate.
💬 11 comments
Mel Price: Same with mine, but I'd rather that than the opposite tbh
Kayleigh Jones: True, just frustrated""",
    E("aokonkwo", "alias", "negative"),
)

# 121 Aberderwen Uncensored: abuse at the maths head by nickname
add(
    "facebook",
    """Aberderwen Uncensored 🗣️ (Private group)
Craig Morris · 3d
Bob Evans up the comp is a fat lazy slob who hasn't taught a proper lesson since 1998. Sits there reading the Western Mail while the kids do worksheets. Absolute waste of oxygen.
💬 14 comments
Ffion James: Mr Evans got my son through his maths GCSE when no one else could. Behave.""",
    E("revans", "title_surname", "abuse"),
)

# 122 school page: camelcase staff tag, neutral
add(
    "facebook",
    """Ysgol Gyfun Cwm Derwen (Page)
12 March ·
🔬 Gwyddoniaeth / Science Week! Year 10 built rockets out of pop bottles this morning and WiliamLloyd very bravely stood at the end of the field to measure distances. No teachers were harmed. 🚀
#WythnosGwyddoniaeth #ScienceWeek
👍😂 93 · 16 comments""",
    E("school", "exact", "neutral"),
    E("wlloyd", "camelcase", "neutral"),
)

# 123 Aberderwen Uncensored: doxxing the site manager's home address
add(
    "facebook",
    """Aberderwen Uncensored 🗣️ (Private group)
Anonymous member · 9h
Whoever keeps reporting my van for parking on the school lane, I know it's the caretaker Krzysztof Nowak. He lives at 22 Maes y Dderwen, Pentre Derwen, red door, and his personal number is 07700 900355. Two can play at that game.
💬 6 comments
Admin – Aberderwen Uncensored: Removed. Next one is a ban.""",
    E("knowak", "exact", "doxxing"),
)

# 124 Aberderwen Uncensored: threat to the school building, short name
add(
    "facebook",
    """Aberderwen Uncensored 🗣️ (Private group)
Lee Bowditch · 2h
Cwm Derwen have excluded my boy again. Somebody should put a brick through every window in that school and torch the staff car park while they're at it. Give it a week and somebody will.
💬 20 comments
Jen Harries: Reported to police.
Carys Powell: You're unhinged Lee""",
    E("school", "short_name", "threat"),
)

# 125 Aberderwen Community Noticeboard: gig announcement, alias neutral
add(
    "facebook",
    """Aberderwen Community Noticeboard
Colliers Arms Aberderwen · 1 December
🎶 LIVE THIS SATURDAY 🎶 Siân Haf launches her album Dŵr Du upstairs at the Colliers. Doors 7.30, tickets £8 behind the bar. Local girl done good!
💬 18 comments
Gwyn Parry: Sold out already I heard!""",
    E("sdavies", "alias", "neutral"),
)

# ================================================================ MORE NEWS

# 126 court report: quoted threats against the maths head (trap), neutral
add(
    "news",
    news(
        "voice",
        "Man jailed for threatening Aberderwen maths teacher online",
        """A 24-year-old man who posted that he knew which way a teacher walked home and that the teacher would "find out what happens to people who ruin lives" has been jailed for 16 weeks.

Kyle Protheroe, of Heol y Bryn, Aberderwen, admitted sending a threatening communication. The court heard the posts were about Robert Evans, head of mathematics at Ysgol Gyfun Cwm Derwen, whom Protheroe blamed for his younger brother's coursework mark.

In a victim statement, Mr Evans said that for two weeks he had been driven to work by his wife and that he had considered retiring early. "I have taught in this valley for thirty-one years," he said. "I did not expect to be frightened of it."

District Judge Huw Rowlands said threats to teachers "strike at something this community values" and that an immediate custodial sentence was the only option.""",
        byline="Court reporter",
        date="14 January 2025",
        section="Court",
        comments=(
            ("Nia_M", "14 Jan", "Good. Mr Evans is the kindest teacher in that school."),
            ("Jonno", "14 Jan", "Sixteen weeks, out in eight. Not enough."),
        ),
    ),
    E("revans", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

# 127 news: racially aggravated harassment case, slurs quoted, site manager neutral
add(
    "news",
    news(
        "observer",
        "Woman guilty of racially aggravated harassment of school site manager",
        """A Pentre Derwen woman has been found guilty of racially aggravated harassment after a campaign of abuse against the site manager of Ysgol Gyfun Cwm Derwen.

Magistrates heard that Sandra Pugh, 52, repeatedly shouted at Krzysztof Nowak as he gritted the school lane, calling him a "Polish parasite" and telling him to "go back where he came from". She also posted similar comments on Facebook.

Mr Nowak, who has lived in Aberderwen since 2006, told the court: "This is my home. My children were born here. They speak Welsh better than me."

Pugh will be sentenced next month.""",
        byline="Observer reporter",
        date="21 February 2025",
        section="Court",
        comments=(
            ("Anwen L", "21 Feb", "Kris is part of this community. Glad she's been found guilty."),
        ),
    ),
    E("knowak", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

# 128 decoy news: rugby, a different Rhys Williams and Gareth Jones; Cwm Derwen RFC
add(
    "news",
    news(
        "walesnow",
        "Cwm Derwen RFC stun league leaders with late comeback",
        """Cwm Derwen RFC came from 17 points down to beat league leaders Treorci 27-24 at Parc Derwen on Saturday.

Wing Gareth Jones scored the winning try in the final play, with fly-half Rhodri Lewis landing a touchline conversion. Coach Rhys Williams said: "We were awful for forty minutes and brilliant for forty. I'll take it."

The result lifts Cwm Derwen to fourth in the table ahead of next week's trip to Ynysybwl.""",
        byline="By Gruff Owen",
        date="12 October 2024",
        section="Sport",
    ),
)

# 129 letters page: reader criticism of the head, possessive and surname only
add(
    "news",
    news(
        "observer",
        "Letters: Parents deserve straight answers from the comprehensive",
        """Sir, – I read with interest your report on the deficit at our secondary school. Pritchard-Morgan's answer to every question from parents for the past eight years has been a newsletter. A newsletter is not a conversation.

When my son's class had three supply teachers in one term, the school told us it was "national recruitment difficulties". When the roof leaked, it was "historic under-investment". These things may be true. But somebody is in charge, and it would be refreshing to hear her say what she got wrong.

– Name and address supplied, Pentre Derwen""",
        byline="Readers' letters",
        date="20 July 2024",
        section="Letters",
    ),
    E("rpritchardmorgan", "possessive", "negative"),
)


# ---------------------------------------------------------------- writer


def _watchlist_subjects() -> set[str]:
    import tomllib

    with open(HERE / "watchlist.toml", "rb") as f:
        wl = tomllib.load(f)
    return {"school"} | {s["id"] for s in wl["staff"]}


def validate() -> None:
    allowed = _watchlist_subjects()
    assert allowed == SUBJECTS, f"SUBJECTS out of step with watchlist: {allowed ^ SUBJECTS}"
    for i, doc in enumerate(DOCS):
        assert doc.kind in KINDS, (i, doc.kind)
        seen = set()
        for e in doc.expected:
            assert e["subject"] in allowed, (i, e)
            assert e["variant"] in VARIANTS, (i, e)
            assert e["category"] in CATEGORIES, (i, e)
            assert isinstance(e["url_only"], bool), (i, e)
            assert not e["url_only"] or e["category"] == "sexual", (i, e)
            assert e["subject"] not in seen, (i, e)
            seen.add(e["subject"])


def main() -> None:
    validate()
    docs_dir = HERE / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir()
    lines = []
    for i, doc in enumerate(DOCS):
        name = f"{i:03d}-{doc.kind}.{doc.ext}"
        (docs_dir / name).write_text(doc.text, encoding="utf-8")
        lines.append(
            json.dumps(
                {"file": name, "kind": doc.kind, "expected": list(doc.expected)}, ensure_ascii=False
            )
        )
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.jsonl to {HERE}")


if __name__ == "__main__":
    main()
