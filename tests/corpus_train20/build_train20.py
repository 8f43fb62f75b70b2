# ruff: noqa: E501
"""Build the train20 evaluation corpus for repwatch.

Setting (entirely invented): Brindlecross Free School, an all-through (ages
3-18) free school in Weaste, Salford, near Pendleton, Seedley, Eccles and the
Quays. It has a nursery, a primary phase, a secondary phase and a sixth form,
a performing arts specialism and a football academy partnership with the
(fictional) Salford Dockers FC. It is run by the Irwell Learning Trust (ILT),
whose schools are referred to as "ILT <name>". Before it reopened as a free
school it was Seedley Green High School. Aliases: "Brindlecross" (short name,
which is also a road, a pub, a garage and a running club), "BFS", "Seedley
Green High School", "ILT Brindlecross". Domain brindlecross.example, office
phones 0161 496 0412 / 0161 496 0419. All phone numbers are Ofcom drama
numbers, all addresses and postcodes are invented.

Decoys: Brindlecross Road (a real-looking Salford road), the Brindlecross Arms
(pub, excluded in the watchlist), Brindlecross Motors Ltd (garage, excluded),
Brindlecross Harriers (running club), Brindlecross C of E Primary School in
Knutsford (a different school), Danny Walsh (a Manchester City midfielder),
Councillor Rukhsana Hussain (Bolton), Wei Chen (a maths teacher in Leeds),
Rebecca Lowe (a Stockport solicitor), "BFS" as breadth-first search.

Labelling conventions:
* one expected entry per subject per document; category is the worst the
  document gives that subject (threat > hate > sexual > doxxing > defamation
  > abuse > negative > neutral); variant is the easiest form of the name in
  the document (exact > alias > title_surname > the rest).
* School: full name exact, "Brindlecross" alone short_name, BFS / former
  name / ILT Brindlecross alias.
* A staff name counts only when the page ties it to the school (name, alias,
  locality word, domain or job there), except Thaddeus Quartermaine (unique).
* Reported speech in news is labelled by what is reported (court report of a
  threat = threat; charges or a misconduct investigation = defamation; online
  harassment = abuse). Condemnation or negation of abuse is neutral.
* Sexual allegations involving staff and pupils are sexual with url_only=True
  for the staff member and the school; sexual remarks about adult staff only
  are sexual (url_only False) for that staff member.
* Personal mobile / home address / postcode / personal e-mail near a staff
  name is doxxing; the school office number is not.

Run:  /work/main/.venv/bin/python tests/corpus_train20/build_train20.py
It deletes and rewrites docs/ and labels.jsonl deterministically.
"""

from __future__ import annotations

import html
import json
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
LABELS = HERE / "labels.jsonl"

VARIANTS = (
    "exact", "title_surname", "initial_surname", "first_initial", "nickname",
    "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "alias", "short_name",
    "surname_only",
)
CATEGORIES = (
    "threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative",
    "neutral",
)
SUBJECTS = (
    "school", "soconnor", "rlowe", "tkowalczyk", "aokafor", "rhussain", "wchen",
    "gfaircloughtait", "wbradshaw", "dwalsh", "tquartermaine",
)
KINDS = {"forum": "html", "news": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}


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


def S(variant: str, category: str, url_only: bool = False) -> E:
    return E("school", variant, category, url_only)


DOCUMENTS: list[tuple[str, str, tuple[E, ...], str | None]] = []


def add(kind: str, text: str, *expected: E, site: str | None = None) -> None:
    assert kind in KINDS, kind
    subjects = [e.subject for e in expected]
    assert len(subjects) == len(set(subjects)), f"duplicate subject in doc {len(DOCUMENTS)}"
    DOCUMENTS.append((kind, text.strip("\n"), tuple(expected), site))


# ---------------------------------------------------------------- HTML sites

SITES = {
    "chronicle": dict(
        name="Salford Evening Chronicle", domain="salfordchronicle.example",
        nav=["News", "Greater Manchester", "Sport", "What's On", "Property", "Jobs", "Family Notices"],
        footer="&copy; 2024 Chronicle Media North Ltd. Registered in England No. 00000000. Independent Press Standards Organisation member.",
        cookie=True, comments="Join the conversation",
    ),
    "men": dict(
        name="Manchester Evening Post", domain="manchestereveningpost.example",
        nav=["News", "Manchester United", "Manchester City", "Whats On", "Money", "Schools", "Traffic & Travel"],
        footer="Manchester Evening Post is part of Northern Reach Media. Terms, Privacy notice, Complaints, Contact us.",
        cookie=True, comments="Comments",
    ),
    "courier": dict(
        name="Greater Manchester Courier", domain="gmcourier.example",
        nav=["Home", "Local", "Education", "Crime", "Business", "Opinion"],
        footer="Greater Manchester Courier. Editorial: newsdesk@gmcourier.example. All rights reserved.",
        cookie=False, comments="Readers' comments",
    ),
    "edubulletin": dict(
        name="Schools Bulletin North", domain="schoolsbulletin.example",
        nav=["News", "Leadership", "Ofsted", "SEND", "Funding", "Jobs"],
        footer="Schools Bulletin North is published by Lectern Media. Subscribe for weekly updates.",
        cookie=True, comments=None,
    ),
    "council": dict(
        name="Salford City Council - Committee minutes", domain="salfordcouncil.example",
        nav=["Council and democracy", "Meetings", "Planning", "Bins and recycling", "Schools"],
        footer="Salford City Council. Civic Centre, Chorley Road. This is an invented page for testing.",
        cookie=False, comments=None,
    ),
    "grassroots": dict(
        name="Grassroots Football North West", domain="grassrootsnw.example",
        nav=["Match reports", "Fixtures", "Tables", "Academies", "Women's game"],
        footer="Grassroots Football North West. Send your match reports to reports@grassrootsnw.example.",
        cookie=True, comments="Have your say",
    ),
    "culture": dict(
        name="Quays Culture Review", domain="quaysculture.example",
        nav=["Theatre", "Music", "Comedy", "Family", "Listings"],
        footer="Quays Culture Review - independent arts coverage for Salford and Trafford.",
        cookie=False, comments="Comments",
    ),
    "jobs": dict(
        name="North West Teaching Jobs", domain="nwteachingjobs.example",
        nav=["Search jobs", "Primary", "Secondary", "Leadership", "Support staff", "Recruiters"],
        footer="North West Teaching Jobs. We never ask candidates for payment.",
        cookie=True, comments=None,
    ),
    "reddit": dict(
        name="r/manchester", domain="forum-reddit.example",
        nav=["Home", "Popular", "r/manchester", "r/salford", "Log In"],
        footer="Content policy. Privacy policy. User agreement.",
        cookie=True, comments=None,
    ),
    "mumsforum": dict(
        name="MumsChat - Talk - Education", domain="mumschat.example",
        nav=["Talk", "Active", "Education", "Secondary", "Primary", "SEN", "AIBU"],
        footer="MumsChat Ltd. Please report any posts that break our Talk guidelines.",
        cookie=True, comments=None,
    ),
    "staffroom": dict(
        name="Staffroom Community Forums", domain="staffroomforum.example",
        nav=["Forums", "Workplace dilemmas", "Job seekers", "Supply", "Leadership"],
        footer="Staffroom Community. Posts are the views of individual members.",
        cookie=False, comments=None,
    ),
    "salfordonline": dict(
        name="Salford Online Community Forum", domain="salfordonline.example",
        nav=["Forum home", "Local news", "Schools", "For sale", "Lost and found"],
        footer="Salford Online is run by volunteers. Be nice.",
        cookie=False, comments=None,
    ),
    "neu": dict(
        name="NEU Salford District - Blog", domain="neu-salford-district.example",
        nav=["Home", "Join", "Reps", "Casework", "Campaigns", "Blog"],
        footer="Salford District NEU. Promoted by the district secretary. Invented for testing.",
        cookie=False, comments=None,
    ),
    "trust": dict(
        name="Irwell Learning Trust - News", domain="irwell-learning.example",
        nav=["About the Trust", "Our Schools", "Careers", "Governance", "News", "Contact"],
        footer="Irwell Learning Trust is an exempt charity and a company limited by guarantee registered in England and Wales.",
        cookie=True, comments=None,
    ),
    "personal": dict(
        name="Mam on the Quays", domain="mamonthequays.example",
        nav=["Home", "About me", "SEND diaries", "Days out", "Contact"],
        footer="Powered by a cup of tea and a very old laptop.",
        cookie=False, comments="Comments",
    ),
    "schoolblog": dict(
        name="Brindlecross Free School - News and Blog", domain="brindlecross.example",
        nav=["Home", "About", "Admissions", "Nursery", "Primary", "Secondary", "Sixth Form", "Contact"],
        footer="Tel 0161 496 0412. Part of a multi-academy trust. Company number 00000000.",
        cookie=True, comments=None,
    ),
}

DEFAULT_SITE = {"news": "chronicle", "forum": "reddit", "blog": "personal"}


def render_html(text: str, site_key: str, idx: int) -> str:
    site = SITES[site_key]
    lines = text.split("\n")
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip()
    comments = ""
    if "---COMMENTS---" in body:
        body, comments = body.split("---COMMENTS---", 1)
    paras = [" ".join(p.split("\n")).strip() for p in body.split("\n\n") if p.strip()]
    nav = "\n".join(f'      <li><a href="/{html.escape(n.lower().replace(" ", "-"))}/">{html.escape(n)}</a></li>' for n in site["nav"])
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>{html.escape(title)} | {html.escape(site['name'])}</title>",
        f'  <link rel="canonical" href="https://{site["domain"]}/a/{idx:05d}">',
        "</head>",
        "<body>",
    ]
    if site["cookie"]:
        out.append('  <div class="cookie-banner"><p>We use cookies to improve your experience and to show personalised adverts. <button>Accept all</button> <button>Manage preferences</button></p></div>')
    out += [
        f'  <header class="site-header"><a class="logo" href="/">{html.escape(site["name"])}</a>',
        '    <nav><ul>',
        nav,
        "    </ul></nav>",
        "  </header>",
        "  <main>",
        "    <article>",
        f"      <h1>{html.escape(title)}</h1>",
    ]
    for p in paras:
        out.append(f"      <p>{html.escape(p)}</p>")
    out.append("    </article>")
    if comments.strip() and site.get("comments"):
        out.append(f'    <section class="comments"><h2>{html.escape(site["comments"])}</h2>')
        for block in [b.strip() for b in comments.split("\n\n") if b.strip()]:
            block = " ".join(block.split("\n"))
            author, _, said = block.partition(": ")
            out.append(f'      <div class="comment"><span class="author">{html.escape(author)}</span><p>{html.escape(said)}</p></div>')
        out.append("    </section>")
    out += [
        '    <aside class="related"><h2>Most read</h2><ul><li><a href="/weather">Weather warning for the North West this weekend</a></li><li><a href="/traffic">Delays on the M602 after breakdown</a></li></ul></aside>',
        "  </main>",
        f'  <footer><p>{site["footer"]}</p></footer>',
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


# ---------------------------------------------------------------- documents

def build() -> None:
    # 000
    add("news", """
New all-through free school opens its doors in Weaste

By Kerry Ashworth, Education Reporter

Salford's newest school has welcomed its first intake across every age group, from three-year-olds in the nursery to students starting A-levels.

Brindlecross Free School occupies the former Seedley Green site off Brindlecross Road and has been rebuilt at a cost of around £31m. It is run by the Irwell Learning Trust, which already operates four primary schools in Salford and Trafford.

Principal Dr Siobhan O'Connor, who previously led a secondary school in Wigan, said the aim was "one school, one set of relationships, from nappies to UCAS forms". She added: "Families in Weaste and Pendleton have told us for years that they wanted a school on their doorstep that doesn't give up on anybody. That's what we're building."

The school has a performing arts specialism, with a 200-seat studio theatre, and a football academy run in partnership with Salford Dockers FC for students aged 14 to 18.

Trust chief executive Thaddeus Quartermaine said the opening was "a landmark day for the Irwell family of schools". The trust expects the school to reach its full capacity of 1,860 pupils by 2029.

Not everyone has welcomed the scheme. Some residents on neighbouring streets raised concerns about parking during the consultation, and the council has agreed to review the junction at Brindlecross Road and Eccles New Road.
---COMMENTS---
SalfordLass82: Looks dead good. Our kid's starting reception there in September, fingers crossed.

MancMarty: Another academy trust empire. Give it five years.

pendlo_pete: The old Seedley Green was a dump, anything's an improvement.
""", S("exact", "neutral"), E("soconnor", "exact", "neutral"), E("tquartermaine", "exact", "neutral"), site="men")

    # 001
    add("news", """
Roadworks to close part of Brindlecross Road for three weeks

Drivers are being warned to expect delays as Salford City Council begins resurfacing work on Brindlecross Road from Monday.

The stretch between the Brindlecross Arms and the railway bridge will be closed to through traffic from 9.30am to 3.30pm, with a diversion via Langworthy Road. Bus services 33 and 67 will be diverted.

A council spokesperson said: "This is part of our £4m highways programme and the road surface here has been a source of complaints for some time. We thank residents for their patience."

The landlord of the Brindlecross Arms said he was worried about trade. "We've only just got people back after the last lot of works. Come and see us, we're still open, you just have to walk round."

Businesses including Brindlecross Motors Ltd will remain accessible from the eastern end.
""", site="chronicle")

    # 002
    add("social", """
What a finish from Danny Walsh!! Curled in off the post from 25 yards, City 2-1 up. Lad has been unreal since he came back from injury 🔵🔵
""")

    # 003
    add("review", """
★☆☆☆☆  Sandra P.  ·  3 weeks ago
Absolute shambles at pick-up. Brindlecross lets the secondary kids out at the same time as the primary so the gates are a scrum of teenagers, scooters and buggies. Rang the office twice (0161 496 0412) and got told "it's being looked at". It's been looked at since September. Nice building, shame about the organisation.
""", S("short_name", "negative"))

    # 004
    add("facebook", """
Salford Mams and Dads 👨‍👩‍👧‍👦
Post by Jodie Mc · 2h

Just want to say a massive thank you to Mrs Fairclough at Brindlecross for sorting out our Lily's reception place after the council lost our form 🙏 She rang me herself on a Saturday. Proper gem that woman.

👍❤️ 47 · 12 comments

Leanne Barlow: She's lovely isn't she, she did the same for our Mason
Kelly Dunn: Mrs Fairclough-Tait you mean? Yeah she's sound
""", S("short_name", "neutral"), E("gfaircloughtait", "title_surname", "neutral"))

    # 005
    add("news", """
Pendleton man admits sending threatening messages to Salford teacher

A father who sent a string of threatening messages to his son's head of year has been given a suspended sentence.

Craig Dobbins, 41, of Pendleton, pleaded guilty at Manchester and Salford Magistrates' Court to sending malicious communications to William Bradshaw, a history teacher at Brindlecross Free School.

The court heard that Dobbins became angry after his son was placed in isolation for a week. Over two evenings he sent 14 messages to Mr Bradshaw's school email account, including one which read "I know what car you drive and I know where you park it" and another saying he would "batter him in front of the whole year".

Prosecutor Helen Grey said Mr Bradshaw had been "genuinely frightened" and had changed his route home.

In mitigation, Dobbins's solicitor said his client had been drinking and was "deeply ashamed". He was given a 12-week sentence suspended for 18 months and a restraining order, and told to pay £300 compensation.

The Irwell Learning Trust said it would "always support staff who are targeted in this way".
""", S("exact", "neutral"), E("wbradshaw", "exact", "threat"), site="courier")

    # 006
    add("news", """
Exam board investigates coursework at Salford free school as senior leader suspended

A senior leader at a Salford all-through school has been suspended while an exam board investigates alleged irregularities in GCSE coursework marks.

The Greater Manchester Courier understands that Tomasz Kowalczyk, head of the secondary phase at Brindlecross Free School in Weaste, was asked to stay away from the school last week.

Several parents contacted this paper after their children were told some of their design and technology and drama coursework would be re-moderated. One parent said staff had been told to "make the marks fit the targets", an allegation the trust has not commented on.

In a letter to families, the Irwell Learning Trust said: "We have been made aware of concerns relating to non-examination assessment. We are cooperating fully with the awarding body. A member of staff has been suspended as a neutral act while an investigation takes place."

Mr Kowalczyk has been approached for comment. There is no suggestion that students' final grades will be affected.
---COMMENTS---
Weaste_born: Fiddling the marks so the league tables look good. Every school does it, this one just got caught.

Dee_M: Innocent until proven guilty. He taught my daughter and was brilliant.
""", S("exact", "defamation"), E("tkowalczyk", "exact", "defamation"), site="courier")

    # 007
    add("social", """
@SalfordTheatreKid: the brindlecross matilda was MINT. mr chen you absolute legend, the revolting children number had my mam crying 😭🎭
""", S("short_name", "neutral"), E("wchen", "title_surname", "neutral"))

    # 008
    add("forum", """
Anyone got experience of Brindlecross Free School for SEN?

u/quays_dad_2019: Our lad has an EHCP (autism, sensory stuff) and we've been offered a place in Year 7 at Brindlecross. It's close and the building looks amazing but I've heard mixed things about the SEN side. Anyone got kids there?

u/northern_mam: Ours is in Year 8. Honestly the SENCo Mrs Hussain is brilliant when you can get hold of her, but there's one of her and about 200 kids on the register. The TAs get pulled to cover lessons all the time.

u/quays_dad_2019: That's what I was worried about. Did they stick to the EHCP?

u/northern_mam: Mostly. Took a formal complaint to get his exam access arrangements sorted. Mrs Hussain was apologetic, it wasn't her fault, it's the staffing.

u/mcr_teacher_throwaway: Worked in the trust. Resource base is genuinely good for primary. Secondary is stretched. Ask to visit on a normal day not an open evening.

u/Cheetham_Hill_Chris: Our kid went to the old Seedley Green, different school completely now, much better.
""", S("exact", "negative"), E("rhussain", "title_surname", "neutral"), site="reddit")

    # 009
    add("news", """
Leeds maths teacher Wei Chen shortlisted for national teaching award

A Leeds secondary teacher who runs a lunchtime coding club for girls has been shortlisted for a national award.

Wei Chen, who teaches maths at Kirkstall Bridge Academy, set up the club four years ago with six pupils. It now has more than 80 members and has sent three teams to a national robotics final.

"I didn't think anyone was paying attention," said Mr Chen, 34. "The girls deserve all the credit."

The winners will be announced at a ceremony in London in November.
""", site="edubulletin")

    # 010
    add("facebook", """
Salford Mams and Dads
Post by Tracey-Ann Holt

Is it just me or is that Bradshaw at Brindlecross a complete clown?? Put my son in isolation for "tone". TONE. Man's a jumped up little Hitler with a lanyard. Absolute waste of space.

💬 31 comments

Gaz Holt: told you love, don't give him the satisfaction
Michelle Rigby: Mr Bradshaw was great with our Connor tbf
Tracey-Ann Holt: @Michelle Rigby well he's not great with mine
""", S("short_name", "negative"), E("wbradshaw", "title_surname", "abuse"))

    # 011
    add("review", """
★★★★★  Imran Akhtar  ·  a month ago
Sixth form at Brindlecross is honestly dead good. Ms Okafor knows every single student by name and she got my daughter through a really rough Year 12. Small classes, proper careers advice, UCAS help was excellent. Only downside is the canteen queue.
""", S("short_name", "neutral"), E("aokafor", "title_surname", "neutral"))

    # 012
    add("news", """
Councillor Rukhsana Hussain backs fortnightly bin trial

Bolton councillor Rukhsana Hussain has defended plans to trial fortnightly general waste collections in three wards.

Speaking at a full council meeting, Cllr Hussain said recycling rates in the borough were "stuck" and the trial would be reviewed after six months. Opposition councillors said residents in terraced streets had nowhere to store extra bins.

The trial starts in the Great Lever, Rumworth and Halliwell wards in the spring.
""", site="courier")

    # 013
    add("news", """
Salford Dockers FC and Brindlecross sign football academy deal

Salford Dockers FC have agreed a five-year partnership with Brindlecross Free School to run a full-time football academy for 16 to 18-year-olds.

Students will combine a BTEC in sport or A-levels with daily training at the club's Barton Lane ground. The programme will be led by Daniel Walsh, the school's football academy lead, a former Dockers youth team captain who spent six years in non-league football before retraining as a PE teacher.

"For a lot of lads and girls round here, football is the thing that gets them out of bed," Walsh said. "If we can use that to keep them in education, that's a win whatever happens on the pitch."

Dockers chairman Phil Ackroyd said the club hoped the academy would become "a pathway for Salford talent".

Trials for the first intake take place in March. Details are on the school website, brindlecross.example.
""", S("exact", "neutral"), E("dwalsh", "exact", "neutral"), site="grassroots")

    # 014
    add("social", """
brindlecross want £38 for a blazer with a badge stitched on it. THIRTY EIGHT QUID. on top of the £14 tie. some of us are on universal credit mate
""", S("short_name", "negative"))

    # 015
    add("news", """
School governors meeting - planning objection to sixth form block

Salford City Council Planning and Transportation Regulatory Panel - minutes (extract)

Item 7. Application 24/0917/FUL. Erection of a three-storey sixth form teaching block with associated car parking at Brindlecross Free School, Brindlecross Road, Weaste.

The Planning Officer introduced the report. Eleven letters of objection had been received, raising traffic congestion at drop-off and pick-up times, on-street parking on Larchwood Avenue and overlooking of gardens on Dunstan Street.

A resident addressed the panel and stated that parents "park across drives every single morning" and that the school had "ignored every complaint since it opened".

Mr T. Kowalczyk, Head of Secondary Phase, addressed the panel on behalf of the applicant. He stated that a revised travel plan would stagger finishing times and that the school would fund a crossing patrol.

Resolved: that the application be approved subject to conditions 1 to 14 and the completion of a travel plan within three months.
""", S("exact", "negative"), E("tkowalczyk", "initial_surname", "neutral"), site="council")

    # 016
    add("social", """
Congratulations to all our Year 13s on their results today! 🎓 Proud doesn't cover it. Thank you to every teacher who stayed late, marked essays at midnight and believed in them. #BrindlecrossResults #ILT
— posted by @AdaezeOkafor6th
""", S("hashtag", "neutral"), E("aokafor", "handle", "neutral"))

    # 017
    add("review", """
★★★★☆  Brindlecross Motors Ltd  ·  Local Guide
Took the Corsa in for an MOT and a clutch. Done same day, fair price, didn't try and sell me stuff I didn't need. Lad on the desk was sound. Knocked a star off because the waiting room coffee is rank.
""")

    # 018
    add("facebook", """
School Run Mams - Eccles & Weaste
Shared by Nicola Reddy

FORWARDED FROM WHATSAPP ⚠️⚠️
"Heard from someone who works there that the head of year 10 at Brindlecross, W Bradshaw, has been messaging year 10 girls on Snapchat late at night. School knows and is covering it up. Pass it on, protect your kids."

I don't know if this is true but I'd rather share than not.

Comments:
Amy Sloan: Please delete this Nicola, this is how rumours start. If there's a concern ring the police or the LADO.
Nicola Reddy: Just being careful hun x
""", S("short_name", "sexual", True), E("wbradshaw", "initial_surname", "sexual", True))

    # 019
    add("news", """
Police appeal after school daubed with threatening graffiti

Police are appealing for information after graffiti threatening to set fire to a Salford school was sprayed across its main entrance.

Staff arriving at Brindlecross Free School in Weaste on Tuesday morning found the words "BURN IT DOWN" and "YOUR NEXT" sprayed in red paint, along with a drawing of flames. Two windows in the primary building were also smashed.

Greater Manchester Police said officers were treating the incident as criminal damage and were checking CCTV on Brindlecross Road. Anyone with information can call 101 quoting log 0412 of the 14th.

The school opened as normal. A trust spokesperson said pupils' safety was "the absolute priority".
""", S("exact", "threat"), site="men")

    # 020
    add("social", """
anyone else think Siobhan O. from brindlecross looks like she's about to cry every time she does one of them video messages to parents 😂 bless her
""", S("short_name", "neutral"), E("soconnor", "first_initial", "neutral"))

    # 021
    add("forum", """
AIBU to think the school shouldn't give 20 detentions in a week?

Posted by WeasteMamOfThree

DS is Y9 at Brindlecross. He has had 20 same-day detentions this half term. For what? Wrong socks. Pen not out in 3 seconds. "Slouching." I asked for a meeting and got a pre-written email from Kowalczyk's office telling me the behaviour policy is "non-negotiable".

Reply from ItsNotEasyBeingTeal: YANBU. These "warm strict" schools are obsessed with socks.

Reply from Mrs_B_123: YABU a bit. Socks are silly but if he's not getting his pen out that's lost learning.

Reply from WeasteMamOfThree: He's got dyspraxia. It's on his plan. Nobody reads the plan.

Reply from LancsLass: Email the SENCo and the governors. Put it in writing every single time.
""", S("short_name", "negative"), E("tkowalczyk", "possessive", "negative"), site="mumsforum")

    # 022
    add("blog", """
Why we're balloting at Brindlecross

Posted by the Salford District Secretary

Members at Brindlecross Free School have voted overwhelmingly to move to a formal ballot over workload and the trust's new "flexible deployment" policy.

Since September, teachers in the secondary phase have been expected to cover an average of four extra lessons a week. Primary colleagues have lost PPA time to "intervention groups". Support staff have been told that their contracts allow them to be moved between Irwell Learning Trust sites at a day's notice.

We have raised this with the principal, Dr O'Connor, on three occasions. We want to be clear: our members have no personal issue with Dr O'Connor, who has always met with us promptly. Our dispute is with a trust model that treats staff as interchangeable.

The trust's chief executive, Thaddeus Quartermaine, received a pay rise of 9% last year. Teaching assistants got 3.5%. That tells you everything about priorities.

If you work at Brindlecross and you are not a member, join today. If you are a parent, please ask the trust why your child's teachers are exhausted.
""", S("exact", "negative"), E("soconnor", "title_surname", "neutral"), E("tquartermaine", "exact", "negative"), site="neu")

    # 023
    add("review", """
★★☆☆☆  K. Woodward  ·  2 months ago
Brindlecross nursery staff are lovely but communication from the top is awful. Found out about the change to pick up times on a Friday night on the app. Mrs Tait said at the open evening that parents would be "partners". Doesn't feel like it.
""", S("short_name", "negative"), E("gfaircloughtait", "hyphenated", "negative"))

    # 024
    add("news", """
Man City midfielder Walsh signs new four-year deal

Manchester City have handed midfielder Danny Walsh a new contract running until 2028.

The 23-year-old, who came through the club's academy, has made 31 appearances this season and scored his first Champions League goal in the autumn.

"This is my club, my city," Walsh said. "I've been here since I was nine. I just want to keep winning trophies."

Walsh's former youth coach described him as "the most professional kid I ever worked with".
""", site="men")

    # 025
    add("facebook", """
Pendleton & Seedley Community Noticeboard

🎭 SUMMER SHOWCASE 🎭
Tickets now on sale for the Brindlecross summer showcase - primary choir, Year 9 dance, and the sixth form's version of Blood Brothers! £5 adults, £2 kids. Thursday 18th and Friday 19th, 6.30pm in the studio theatre. Book through the school office 0161 496 0419.

Directed by Mr Chen and the performing arts team. Honestly the Christmas one was better than stuff I've paid £40 for in town.
""", S("short_name", "neutral"), E("wchen", "title_surname", "neutral"))

    # 026
    add("social", """
Every single day the 33 bus is rammed with BFS kids screaming and nobody from the school does anything. Driver had to pull over today. Sort it out.
""", S("alias", "negative"))

    # 027
    add("social", """
BFS vs DFS explained simply: breadth-first search explores all neighbours before going deeper, depth-first dives down one branch first. Which one do you use for shortest path in an unweighted graph? (BFS, obviously) 🧵
""")

    # 028
    add("review", """
★★★★★  Paulina Nowak  ·  1 week ago
My son started in Year 7 not speaking much English. Mr Kowalczyk spoke to him in Polish on the first day and he came home smiling for the first time since we moved to Salford. Teachers are patient and the EAL support is very good. Thank you Brindlecross.
""", S("short_name", "neutral"), E("tkowalczyk", "title_surname", "neutral"))

    # 029
    add("forum", """
Teachers at ILT Brindlecross - is it as bad as people say?

Posted by supplyinsalford

Been offered a long-term maths cover at ILT Brindlecross. Agency says it's "a great school with a strong behaviour culture". Friend who left says SLT are fine but the trust is a nightmare. Anyone?

Reply from jaded_hod: Left last year. Department was great. Cover load is ridiculous and the trust sends someone in a gilet every fortnight to do "learning walks". Behaviour is genuinely better than most round there though.

Reply from RQT_mcr: I'm there now. It's fine. Tiring but fine. Kids are funny and the primary side is lovely.

Reply from supplyinsalford: Cheers both. Might give it a go for the money.
""", S("alias", "negative"), site="staffroom")

    # 030
    add("social", """
Br4dsh4w at brindlecross is an actual melt. gave half our form a detention cos ONE person laughed. get a life mate 🤡
""", S("short_name", "negative"), E("wbradshaw", "leetspeak", "abuse"))

    # 031
    add("social", """
someone wants to wait for K\u043ewalczyk outside the Weaste gates after school and sort him out properly. man thinks he's untouchable
""", E("tkowalczyk", "homoglyph", "threat"))

    # 032
    add("review", """
★☆☆☆☆  Dawn Hargreaves  ·  5 days ago
Brindlecross Free School - the SEND provision is a disgrace. My daughter's EHCP says 1:1 for literacy. She has had it twice this term. Mrs Hussain has been kind to us personally but kindness doesn't teach reading. Complaint has gone to the trust and the local authority.
""", S("exact", "negative"), E("rhussain", "title_surname", "neutral"))

    # 033
    add("facebook", """
Salford Mams and Dads
Anonymous member

Why is a woman in a hijab in charge of special needs at Brindlecross? Mrs Hussein should be sorting her own lot out not telling us how to raise ours. This country's finished.

Admin note: This post has been reported. Comments have been turned off.
""", S("short_name", "neutral"), E("rhussain", "typo", "hate"))

    # 034
    add("news", """
Ofsted: Salford all-through school "requires improvement" but has "clear strengths"

Inspectors have rated Brindlecross Free School as requires improvement, two years after it opened.

The report, published on Thursday, praised the school's nursery and early years provision as "warm, language-rich and well led" and described the sixth form as "ambitious for every student". Leaders' work on behaviour was also judged to be effective.

However, inspectors said the quality of education in Key Stage 3 was "too variable", that the curriculum in some foundation subjects was "not yet well sequenced" and that pupils with special educational needs and disabilities "do not consistently receive the support set out in their plans".

Principal Dr Siobhan O'Connor said: "We accept the findings in full. Inspectors saw a school that is improving quickly and we know exactly what we need to do on SEND and Key Stage 3. I'm particularly proud that our early years team, led by Gemma Fairclough-Tait, was recognised."

Brindlecross, which has around 1,400 pupils from age three to 18, replaced Seedley Green High School, which was rated inadequate in 2019 and closed in 2021.

The Irwell Learning Trust said it would provide additional SEND capacity from January.

How the school was rated:
Quality of education: requires improvement
Behaviour and attitudes: good
Personal development: good
Leadership and management: requires improvement
Early years: good
Sixth form provision: good
---COMMENTS---
JoanneF: Early years is fab, my two have both been through the nursery. Secondary is where it goes wrong.

WorsleyWanderer: RI after two years with all that money? Shocking.
""", S("exact", "negative"), E("soconnor", "exact", "neutral"), E("gfaircloughtait", "exact", "neutral"), site="men")

    # 035
    add("news", """
Stockport solicitor Rebecca Lowe named partner at law firm

Stockport family law specialist Rebecca Lowe has been made a partner at Hazelgrove Marsh LLP.

Ms Lowe, who joined the firm as a trainee in 2011, leads its children and care proceedings team. She also volunteers at a free legal advice clinic in Edgeley.

Managing partner Simon Hazelgrove said she was "one of the finest advocates in the North West".
""", site="courier")

    # 036
    add("forum", """
Safeguarding lead won't return calls - what next?

Posted by KeepingItCivil

My Y4 daughter disclosed something about another child (not a staff member, I want to be clear) at Brindlecross three weeks ago. I reported it to her class teacher who said it had gone to Becky Lowe, the deputy head and DSL. Since then, nothing. Three emails, two calls. I don't need details but I need to know it's been dealt with.

Reply from LittleBitOfHelp: Ask for the safeguarding policy and the complaints policy. You're entitled to know it's been logged even if not the outcome.

Reply from KeepingItCivil: I know they're busy, I'm not trying to cause trouble. It just feels like it's gone into a black hole.

Reply from ex_dsl_somewhere: DSLs are drowning, sadly. But three weeks without an acknowledgement isn't OK. Go to the principal.
""", S("short_name", "negative"), E("rlowe", "nickname", "negative"), site="mumsforum")

    # 037
    add("social", """
Shoutout to WeiChen and the Brindlecross dance crew for smashing it at the regional finals today!! 2nd place out of 40 schools 🏆💃
""", S("short_name", "neutral"), E("wchen", "camelcase", "neutral"))

    # 038
    add("facebook", """
Eccles & Weaste Parents Chat

Posting this so everyone knows who they're dealing with. Mr Walsh from the Brindlecross football academy cut our lad with no explanation after promising him a place. If you want to tell him what you think he lives at 22 Thornbury Close, Eccles, M30 9QX. Put it in writing.

😡 18 · 👍 4

Comments
Sue Farrell: You can't post someone's address Dean, take it down
Dean Kinsella: Public info mate
""", S("short_name", "negative"), E("dwalsh", "title_surname", "doxxing"))

    # 039
    add("news", """
Runners brave the rain for Brindlecross Harriers 10k

More than 400 runners took part in the Brindlecross Harriers 10k on Sunday despite heavy rain.

The route started and finished at Buile Hill Park and included a loop of the Quays. First home was Aidan Royle of Sale Harriers in 32 minutes 14 seconds. First woman was Harriers' own Becca Tolan.

Club secretary Lynne Baxter thanked the volunteers and marshals. "We had gazebos blowing away and people still turned up smiling. That's Salford for you."
""", site="chronicle")

    # 040
    add("social", """
tiktok comment: #SiobhanOConnor honestly the only head teacher whose assembly videos i'd actually watch. "nobody in this school is a lost cause" gave me chills. brindlecross lucky to have her
""", S("short_name", "neutral"), E("soconnor", "hashtag", "neutral"))

    # 041
    add("review", """
★☆☆☆☆  Former employee  ·  Working at Irwell Learning Trust
Pros: Nice building at ILT Brindlecross. Pupils are great. Some brilliant middle leaders.
Cons: Trust culture is toxic. Thaddeus Quartermaine drives round in a Range Rover lecturing us about "collective sacrifice" while TAs use food banks. Workload is unmanageable. Staff turnover in the secondary phase was over 30% in my last year.
Advice to management: Listen to your staff before they all leave.
""", S("alias", "negative"), E("tquartermaine", "exact", "negative"))

    # 042
    add("facebook", """
Salford Mams and Dads
Post by Marie Coyle

Does anyone have Gemma Fairclough-Tait's number? From Brindlecross nursery. Her own one not the office, I want to ring her about the trip.

Kaz Whitfield: her mobile is 07700 900318 she gave it me when our Tyler had his allergy thing, don't say I gave it you x
Marie Coyle: ta hun
Dionne P: Not being funny but she probably doesn't want that on here
""", S("short_name", "neutral"), E("gfaircloughtait", "exact", "doxxing"))

    # 043
    add("social", """
Coach Walsh is proper fit though 🥵 half the mams at the academy games aren't there for the football. Seedley's answer to Beckham
""", E("dwalsh", "title_surname", "sexual"))

    # 044
    add("news", """
Knutsford school celebrates 175th anniversary

Brindlecross C of E Primary School in Knutsford has marked 175 years with a day of Victorian lessons, a maypole and a service at St Cross Church.

Headteacher Andrew Pilling said pupils had "loved every minute" of dressing up, though some were less keen on writing on slates. Former pupils dating back to the 1950s attended an afternoon tea.

The school, which has 210 pupils, was rated good by Ofsted last year.
""", site="courier")

    # 045
    add("social", """
Dr O'Connor pocketed the PTA money from the Christmas fair, everyone at Brindlecross knows it, £3k gone and the "audit" found nothing. funny that 🤔
""", S("short_name", "defamation"), E("soconnor", "title_surname", "defamation"))

    # 046
    add("blog", """
Our SEND journey: Year 1 at Brindlecross

I've written before about Alfie's diagnosis and how scared I was about him starting "big school". He's just finished Year 1 at Brindlecross Free School and I wanted to write an honest update for other parents in Salford who are weighing up their options.

The good: his class teacher, Miss Ridley, is a gem. She has visuals on his desk, a "job card" for tidy-up time and she sends me a photo every Friday of something he's done. He has a best friend. HE HAS A BEST FRIEND. I cried in the car park.

The less good: the EHCP process has been slow, and there are weeks where the TA is moved to cover somewhere else and I can tell the minute he walks out. The SENCo, Rukhsana Hussain, has been honest that they are short-staffed, which I appreciate, but honesty doesn't stop him melting down at 3.15.

The early years and primary side, led by Mrs Fairclough-Tait, feel genuinely joined up. I'm less sure about what happens at secondary, but that's a worry for another year.

If you're a parent reading this at 2am because you can't sleep: you're not on your own. Message me through the contact page.
---COMMENTS---
Hayley: Thank you for this. Our lad starts reception there in September.

Suze_W: So glad about the best friend. That's everything.
""", S("exact", "negative"), E("rhussain", "exact", "neutral"), E("gfaircloughtait", "title_surname", "neutral"))

    # 047
    add("social", """
Seedley Green High School reunion class of 2006!! Who's coming?? Brindlecross Arms, Saturday 14th, 8pm. Bring photos of Mr Gratton's moustache 😂
""", S("alias", "neutral"))

    # 048
    add("forum", """
Brindlecross Free School - honest opinions for Y7 2025?

Posted by u/SalfordDad_Tom

Trying to decide between Brindlecross and a couple of others. It's walking distance for us in Seedley. What are the good and bad points?

u/weaste_rover: Good: sixth form, drama is unreal, football academy. Bad: KS3 maths has had like 5 teachers in 2 years in my daughter's set.

u/mcr_mum_of_4: Behaviour policy is strict. Some kids love it, some don't. Head of secondary (Mr Kowalczyk) does actually reply to emails, which is more than I can say for some.

u/pendleton_paul: Ours left in Y8 for a school with more SEN support. Depends on your kid honestly.

u/SalfordDad_Tom: Thanks all, going to the open evening next week.
""", S("exact", "negative"), E("tkowalczyk", "title_surname", "neutral"), site="reddit")

    # 049
    add("social", """
O ' C o n n o r is a waste of oxygen. sends a letter home every week about "standards" and can't even get the heating working in the primary block at brindlecross
""", S("short_name", "negative"), E("soconnor", "spacing", "abuse"))

    # 050
    add("news", """
Salford free school principal named on national leadership programme

The principal of Brindlecross Free School has been selected for a national programme for headteachers working in disadvantaged communities.

Dr Siobhan O'Connor is one of 40 school leaders chosen from more than 600 applicants for the two-year fellowship, which includes visits to schools in Finland and Ontario.

Dr O'Connor, who grew up in Dublin and moved to Manchester to study, said she would "steal every good idea I can and bring it back to Weaste".
""", S("exact", "neutral"), E("soconnor", "exact", "neutral"), site="edubulletin")

    # 051
    add("review", """
★★★★★  Bogdan Wiśniewski  ·  2 weeks ago
Brindlecross is a very good school. Nursery is clean and safe, staff speak with us every day. Mrs Tait in the nursery office is always helpful and explained everything about the 30 hours funding. Thank you.
""", S("short_name", "neutral"), E("gfaircloughtait", "hyphenated", "neutral"))

    # 052
    add("social", """
Okaf*r thinks she runs the sixth form like it's Oxford. it's Pendleton love, calm down 💀 stop sending my mum emails about my attendance
""", E("aokafor", "obfuscated", "negative"))

    # 053
    add("facebook", """
Salford Mams and Dads
Post by Lorraine Tweedale

Got a text from Brindlecross this morning saying the Year 10 trip to the Imperial War Museum is cancelled because "not enough staff". Paid £18 in October. Nobody will tell me if we're getting it back. Rang 0161 496 0412 and it went to voicemail. Not good enough.

💬 9 comments

Stacey Hurst: Same here. Emailed Mr Bradshaw as he's head of year, no reply yet
Lorraine Tweedale: I'll try him too
""", S("short_name", "negative"), E("wbradshaw", "title_surname", "neutral"))

    # 054
    add("news", """
Salford teacher harassed by former pupil online, court hears

A 19-year-old former pupil posted dozens of insulting messages and mocking videos about a Salford teacher, a court has heard.

Jayden Crossley, of Langworthy, admitted harassment without violence. Manchester and Salford Magistrates' Court was told he created a TikTok account dedicated to Rukhsana Hussain, the special educational needs co-ordinator at Brindlecross Free School, posting edited clips calling her "useless" and "a joke" and encouraging followers to leave abusive comments.

Mrs Hussain said in a victim statement that she had considered leaving teaching. "I have spent my career helping children that other people had given up on. I did not expect to be made into a figure of fun by one of them."

Crossley was given a community order with 120 hours of unpaid work and a five-year restraining order.
""", S("exact", "neutral"), E("rhussain", "exact", "abuse"), site="chronicle")

    # 055
    add("social", """
Threatening teachers is never OK. Whoever sprayed that stuff about Mr Bradshaw on the bus shelter in Weaste should be ashamed. He's done more for Year 10 than anyone. #StandWithStaff
""", E("wbradshaw", "title_surname", "neutral"))

    # 056
    add("blog", """
Irwell Learning Trust welcomes new Director of Performing Arts

The Irwell Learning Trust is delighted to announce the appointment of Wei Chen as Director of Performing Arts at Brindlecross Free School from September.

Mr Chen joins us from a specialist performing arts college in Liverpool, where he led the dance and musical theatre department for six years. He trained at the Northern School of Contemporary Dance and has choreographed for touring productions across the UK.

Chief Executive Thaddeus Quartermaine said: "Wei brings exactly the ambition and creativity our young people deserve. Performing arts is at the heart of what Brindlecross offers, and I can't wait to see what he does with our studio theatre."

Mr Chen said: "The talent in Salford is extraordinary. My job is to make sure every child, not just the confident ones, gets on a stage."
""", S("exact", "neutral"), E("wchen", "exact", "neutral"), E("tquartermaine", "exact", "neutral"), site="trust")

    # 057
    add("forum", """
Gemma Fairclough - is this the same one?

Posted by u/throwaway_reunion

Random one but does anyone know if Gemma Fairclough who went to St Patrick's in Eccles in the 90s is now a head teacher? Trying to find old school mates for a reunion.

u/eccles_exile: Loads of Gemma Faircloughs round here mate, try the Facebook reunion groups

u/throwaway_reunion: Fair enough, ta
""", site="reddit")

    # 058
    add("social", """
@dockers_academy_parent: Proud dad moment ⚽ our Reece scored twice for the U16s today. Danny Walsh has turned this team round since he took over at Brindlecross, the lads would run through walls for him
""", S("short_name", "neutral"), E("dwalsh", "nickname", "neutral"))

    # 059
    add("review", """
★★☆☆☆  Paul Entwistle  ·  4 months ago
Brindlecross Arms. Pint of Carling was £5.20 and flat. Used to be a proper boozer, now it's all pulled pork and fairy lights. Quiz is still good.
""")

    # 060
    add("facebook", """
Salford Mams and Dads
Post by Carl Unsworth

Kowalczyk needs to have a word with himself. Brindlecross have now banned coats in corridors because "it slows transitions". It's November. It's Salford. It's been raining since 2009.

😂 63 · 😡 22

Jade Unsworth: my lad's got a cold already
Mel Fox: Honestly this school and its rules
""", S("short_name", "negative"), E("tkowalczyk", "surname_only", "negative"))

    # 061
    add("news", """
Review: Brindlecross's Got Talent, Studio Theatre, Weaste

★★★★☆

There is a particular kind of electricity in a school talent show: the whole audience is somebody's mum, and every act is one wobble away from disaster. Brindlecross's Got Talent, the annual showcase at Brindlecross Free School's 200-seat studio theatre, has that electricity in bucketloads, but it also has something you don't often see at this level: genuine polish.

The evening opened with the nursery and reception children singing "Dirty Old Town" with hand actions, which is the kind of thing that should be illegal for how much it made the front row weep. Then came a run of Year 5 magicians (one trick worked, spectacularly; the other involved a rabbit that turned out to be a slipper), a Year 8 beatboxer called Kai whose breath control would embarrass a professional, and a drill track by three Year 10 lads that had been, let's say, lightly edited for a family audience.

The standout of the first half was a contemporary dance piece, "Irwell", by a group of Year 12 students. Choreographed by the students themselves under the guidance of the school's Director of Performing Arts, Wei Chen, it traced the river from the Pennines to the Ship Canal with a confidence and restraint that belonged on a bigger stage. Mr Chen, who came to the school last year from Liverpool, has clearly built something serious here. The lighting design, also student-led, was better than several professional productions I have reviewed this year.

After the interval the quality dipped a little. A long stand-up set from a Year 11 student had a couple of strong jokes about the bus to Eccles but went on for ten minutes longer than it needed to, and a piano solo was marred by a phone going off in row C (the owner knows who they are).

But the finale brought the house down. The sixth form's version of "Seasons of Love", with a staff choir joining in for the last chorus, was pure joy. Spotting the head of the sixth form, Adaeze Okafor, belting out the harmony while trying not to laugh was a highlight.

Not everything worked. The compere links were too long, the sound mix in the first half made the vocals hard to hear, and at nearly three hours it tested the patience of even the proudest grandparent. But as a showcase for what a performing arts specialism can mean in a school where, as the programme notes point out, more than half of pupils are eligible for free school meals, it was hard to fault.

There is one more performance on Friday. Tickets are £5 from the school office, and I would go early: the car park is tiny.
---COMMENTS---
ProudNan_Ordsall: My granddaughter was in the nursery bit! Best night out I've had all year.

Kev_M: Bloody brilliant teacher, that Mr Chen. Our Tia never wanted to perform before he came.
""", S("exact", "neutral"), E("wchen", "exact", "neutral"), E("aokafor", "exact", "neutral"), site="culture")

    # 062
    add("forum", """
Interview at BFS Salford - what to expect?

Posted by nqt_hopeful_2025

Got an interview for an English post at BFS (the all-through free school in Weaste). Lesson observation plus panel. Anyone been through their process recently?

Reply from ex_bfs_english: Yes. Panel was O'Connor and Lowe plus a governor. O'Connor asks a lot about "belonging" and your views on behaviour. Lowe will definitely ask you a safeguarding scenario so have the KCSIE stuff fresh. Both were friendly. Lesson was 20 mins with a Y8 set, they were lovely.

Reply from nqt_hopeful_2025: Really helpful, thank you!

Reply from staffroom_stalwart: Good luck. Take a spare copy of your lesson plan.
""", S("alias", "neutral"), E("soconnor", "surname_only", "neutral"), E("rlowe", "surname_only", "neutral"), site="staffroom")

    # 063
    add("facebook", """
Pendleton & Seedley Community Noticeboard

Admin post: We've removed a number of comments from under yesterday's post about Ms Okafor and the sixth form results. Someone thought it was acceptable to write "go back to where you came from" under a photo of a Salford-born teacher celebrating her students' A-levels. It isn't acceptable, it never will be, and the people who wrote it have been removed from this group.

Ms Okafor and the Brindlecross sixth form did an amazing job this year. That's the story.
""", S("short_name", "neutral"), E("aokafor", "title_surname", "neutral"))

    # 064
    add("social", """
someone should put a brick through 0'C0nn0r's window and see how she likes "consequences". whole of brindlecross would clap
""", S("short_name", "neutral"), E("soconnor", "leetspeak", "threat"))

    # 065
    add("review", """
★★★★★  Jamila Rahman  ·  3 months ago
We had a difficult time with our son in Year 10 and I honestly thought he would be excluded. His head of year, Mr W. Bradshaw, never gave up on him. Weekly phone calls, a mentor, a plan that actually worked. He's now doing A-levels in the sixth form. Thank you Brindlecross Free School, and thank you sir.
""", S("exact", "neutral"), E("wbradshaw", "title_surname", "neutral"))

    # 066
    add("blog", """
New Deputy Principal for Brindlecross Free School

We are delighted to confirm that Rebecca Lowe will become Deputy Principal and Designated Safeguarding Lead at Brindlecross Free School from Easter.

Rebecca is a familiar face to many families in Weaste and Seedley. She was a pupil at Seedley Green High School (under her maiden name, Rebecca Kershaw), trained as a primary teacher at the University of Salford and has spent fourteen years in Salford schools, most recently as an assistant headteacher in Little Hulton.

Principal Dr Siobhan O'Connor said: "Rebecca knows this community inside out. Safeguarding is the most important thing we do, and I can't think of anyone I would trust more with it."

Rebecca said: "I walked through these gates as an eleven-year-old. Coming back to help lead the school is a real privilege."
""", S("exact", "neutral"), E("rlowe", "exact", "neutral"), E("soconnor", "exact", "neutral"), site="trust")

    # 067
    add("facebook", """
Seedley Green High School - Class of 2003 (Group)
Post by Natalie Booth

OMG is Rebecca Kershaw from our form now deputy head at Brindlecross?? Saw her on the school newsletter. She was always the one doing everyone's homework 😂 Go Becky!!

Shaun O'Hara: Haha that's mint. She was sound
Leanne Platt: She married Chris Lowe from St Patrick's didn't she
""", S("alias", "neutral"), E("rlowe", "alias", "neutral"))

    # 068
    add("social", """
K o w a l c z y k walking round brindlecross like a prison warder. kids can't breathe without a demerit
""", S("short_name", "negative"), E("tkowalczyk", "spacing", "negative"))

    # 069
    add("news", """
Eccles pensioner Billy Bradshaw, 87, finishes his 100th Parkrun

An 87-year-old great-grandad from Eccles has completed his 100th Parkrun, walking every one of them.

Billy Bradshaw, a retired docker, started walking the Saturday event at Heaton Park after his wife died. "It gets me out the house and I've made more mates in three years than in the previous thirty," he said.

Parkrun volunteers presented him with a cake and a milestone T-shirt.
""", site="chronicle")

    # 070
    add("forum", """
Nursery fees going up mid-year - is that even allowed?

Posted by SleeplessInSalford

DD is in the nursery at Brindlecross. We pay for extra hours on top of the funded 30. We've just had a letter saying the hourly rate is going up by 18% from January, with 4 weeks' notice. When I asked, Mrs Fairclough said the trust sets the fees and there's "nothing she can do".

Reply from HappyHippo88: Check your contract. Most private nurseries have to give a term's notice.

Reply from SleeplessInSalford: It says "reasonable notice". Very helpful.

Reply from GiveMeCoffee: 18% is outrageous. Write to the governors and copy in the trust.
""", S("short_name", "negative"), E("gfaircloughtait", "hyphenated", "neutral"), site="mumsforum")

    # 071
    add("blog", """
Quartermaine's pay and the price of a teaching assistant

The accounts of the Irwell Learning Trust are now public, and they make grim reading for anyone who works in its schools.

The chief executive's total package rose to £214,000. Over the same period, the trust cut 19 teaching assistant posts across its six schools and introduced a "flexible deployment" clause that members at its secondary site are now balloting over.

We don't say that trust leaders should be paid nothing. We say that a trust which tells parents there is no money for SEND support cannot also find £18,000 for a pay rise at the top.

Quartermaine's defenders say he has turned round a struggling trust. Perhaps. But he hasn't done it alone, and the people who did the work deserve their share.
""", E("tquartermaine", "possessive", "negative"), site="neu")

    # 072
    add("social", """
@MrBradshawHistory: Year 10 trip to Quarry Bank today. 62 students, 0 lost, 1 lost packed lunch, 100% brilliant behaviour. Couldn't be prouder of Brindlecross today 👏
""", S("short_name", "neutral"), E("wbradshaw", "handle", "neutral"))

    # 073
    add("news", """
Salford school football coach charged with drink-driving

A PE teacher who runs a school football academy has been charged with drink-driving after his car was stopped on the East Lancashire Road.

Daniel Walsh, 36, of Eccles, is accused of driving with excess alcohol in the early hours of Sunday. He is due to appear before Manchester and Salford Magistrates' Court next month.

Walsh is the football academy lead at Brindlecross Free School, which runs its academy in partnership with Salford Dockers FC.

A spokesperson for the Irwell Learning Trust said: "We are aware that a member of staff has been charged with an offence outside of work. It would be inappropriate to comment while proceedings are ongoing."

He is not to be confused with the Manchester City player of the same name.
""", S("exact", "neutral"), E("dwalsh", "exact", "defamation"), site="men")

    # 074
    add("facebook", """
Eccles & Weaste Parents Chat
Anonymous member

Not being funny but has anyone else noticed Mr Chen at Brindlecross is a bit too touchy feely with the Year 11 girls in dance? My daughter says he gives them lifts home after rehearsals. Someone needs to look into it.

Comments
Rachel Moss: This is a really serious thing to say anonymously. If you have a concern report it properly.
Anonymous member: I'm just saying what I've heard
""", S("short_name", "sexual", True), E("wchen", "title_surname", "sexual", True))

    # 075
    add("review", """
★★☆☆☆  Deborah Kane  ·  2 months ago
Brindlecross Free School insists on a branded PE kit from one supplier in Trafford Park, an hour round trip on the bus, and it's always out of stock in the popular sizes. Then the kids get a behaviour point for "incorrect kit". It's not the kids' fault. Please sort the uniform contract out.
""", S("exact", "negative"))

    # 076
    add("social", """
honestly TomaszKowalczyk should have been sacked over the coursework marks at BFS, everyone knows they were bumped up to make the results look good
""", S("alias", "defamation"), E("tkowalczyk", "camelcase", "defamation"))

    # 077
    add("news", """
Parents fined £1,300 in term-time holiday crackdown at Salford school

Families at a Salford school have been issued with fixed penalty notices totalling more than £1,300 after taking children out of school for holidays during term time.

Brindlecross Free School referred 11 families to the council in the autumn term. Several parents told the Chronicle they felt "ambushed", saying they had not been warned that the school had started referring absences.

"I've got a lad with anxiety who'd had a horrible year," said one mother. "Four days in Tenerife did him more good than anything the school's done. Now I'm being treated like a criminal."

Deputy principal Mrs Lowe said: "Every day in school matters. We write to all families at the start of the year setting out the law, and we always try to talk to parents before anything is referred."

Salford City Council said it issues penalty notices only when schools request them and that the money raised goes back into attendance services.
---COMMENTS---
Frankie_G: Holidays cost triple in the school hols, what do they expect

ShelleyB: Rules are rules. The teachers can't go in term time either.
""", S("exact", "negative"), E("rlowe", "title_surname", "neutral"), site="chronicle")

    # 078
    add("forum", """
Brindlecross Road rat run - anyone else fed up?

u/langworthy_larry: Since they put the bus gate on Eccles New Road, Brindlecross Road has turned into a rat run. Vans doing 40 past the Brindlecross Arms at 7am. Someone's going to get killed.

u/seedley_sal: Council won't do anything until someone does. Get a petition going.

u/m6_mike: Speed bumps please. And fix the potholes outside the garage while you're at it.
""", site="reddit")

    # 079
    add("social", """
Mr Bradsh\u0430w from brindlecross is a spineless little weasel, hides behind his lanyard and his "policies". pathetic
""", S("short_name", "neutral"), E("wbradshaw", "homoglyph", "abuse"))

    # 080
    add("facebook", """
Salford Mams and Dads
Post by Anonymous member

If anyone wants to complain about the sixth form at Brindlecross don't bother with the school email. Ms Okafor's personal email is adaeze.okafor.home@mailbox.example and she lives on Cromwell Grove off Eccles Old Road, M6 8QR. Go direct.

(Post removed by admin)
""", S("short_name", "negative"), E("aokafor", "title_surname", "doxxing"))

    # 081
    add("news", """
Match report: Salford Dockers U18 3-1 Chorley Town U18

Salford Dockers' under-18s, made up largely of students from the BFS academy programme, came from behind to beat Chorley Town at Barton Lane on Wednesday afternoon.

Chorley led through a scrappy finish after 12 minutes but the hosts were level before the break when captain Marcus Idowu headed in a corner. Left-back Reece Holland then scored twice in the second half, the second a fine solo run from inside his own half.

Coach Walsh was pleased with the reaction. "We were half asleep for twenty minutes. I had a word at half-time, not a nice one, and they responded."

Dockers: Finch, Holland, Adebayo, Idowu (c), Brennan, Kaur, O'Neill, Patel, Moran (Sheridan 70), Lees, Okonjo.

Next up is an away trip to Southport on the 21st.
---COMMENTS---
Dockers_till_I_die: Holland is some player. Get him signed up properly.
""", S("alias", "neutral"), E("dwalsh", "title_surname", "neutral"), site="grassroots")

    # 082
    add("blog", """
What Seedley Green High School taught me (and what I'd tell its replacement)

I left Seedley Green High School in 2012 with four GCSEs and no idea what I wanted to do. The school had been in special measures twice, half the windows in the science block didn't open and we went through supply teachers like biros.

But there were people there who cared. Mr Bradshaw, who taught me history, used to stay behind every Tuesday to run a "homework club" that was really just a warm room with toast. I went because of the toast. I stayed because he made me believe I could write. I'm now a journalist, which he finds hilarious.

Mr Bradshaw still works at the school, which is now Brindlecross Free School. When I went back for the open day the building was unrecognisable: glass, a theatre, a proper library. I'm glad. Kids round here deserve nice things.

If I could tell the new school one thing, it would be: keep the toast. The best thing about my school wasn't the building. It was the handful of adults who refused to write us off.
""", S("exact", "neutral"), E("wbradshaw", "title_surname", "neutral"), site="personal")

    # 083
    add("review", """
★★★★★  Current employee - Teacher  ·  Irwell Learning Trust
Pros: Siobhan O'Connor is the best principal I've worked for. Visible, honest, protects staff from the worst of the trust nonsense. Brindlecross kids are hilarious and kind.
Cons: Trust-level admin, too many data drops, car park is a war zone.
Advice to management: Trust the people in the building.
""", S("short_name", "negative"), E("soconnor", "exact", "neutral"))

    # 084
    add("social", """
3.15pm on Brindlecross Road and there are cars on the pavements, on the zigzags, on the grass verge. Someone's kid is going to get run over. School needs a one-way system #Brindlecross #Weaste
""", S("hashtag", "negative"))

    # 085
    add("forum", """
Posting abuse about teachers - where's the line?

Posted by u/quaysmum

Saw a post on a local FB group yesterday calling a SENCo at one of the Salford schools "a useless waste of space" and worse. Named her and everything. The SENCo in question, Mrs Hussain at Brindlecross, was the only person who fought for my son's EHCP. It made me so angry I had to put my phone down.

Criticise the school, fine. Criticise the system, definitely. But a named member of staff who is doing her best with no money? That's not OK.

u/pendlebury_paula: Agree. People forget teachers have families who read this stuff.

u/salford_steve: Some of them deserve criticism to be fair. But not like that.
""", S("short_name", "neutral"), E("rhussain", "title_surname", "neutral"), site="reddit")

    # 086
    add("facebook", """
Salford Mams and Dads
Post by Sharon Eckersley

Big shout out to Billy Bradshaw at Brindlecross who found my son's phone on the 33 bus and drove it round to ours on his way home. Didn't have to do that. Sound fella ❤️

👍 112 · 18 comments
Liz Hanlon: He's a lovely man, taught my eldest too
""", S("short_name", "neutral"), E("wbradshaw", "nickname", "neutral"))

    # 087
    add("news", """
Children's Services Scrutiny Panel - SEND home-to-school transport (extract)

Members received a report on delays to SEND home-to-school transport at the start of the autumn term.

The Assistant Director reported that 64 pupils had been without allocated transport for between one and three weeks. Of these, 19 attended the resource base at Brindlecross Free School, Weaste.

Councillor Ahmed asked why the school had been allowed to expand its resource base when transport could not be guaranteed. The Assistant Director accepted that "capacity planning between admissions and transport had not been good enough".

A parent representative told the panel that families had been "left to get on with it" and that communication from both the council and the school had been "non-existent".

Resolved: that a further report be brought to the December meeting.
""", S("exact", "negative"), site="council")

    # 088
    add("social", """
H*ssain is an absolute joke of a SENCo. brindlecross should be embarrassed employing her. useless
""", S("short_name", "negative"), E("rhussain", "obfuscated", "abuse"))

    # 089
    add("review", """
★★★★★  Gary Maddox  ·  a week ago
Son got into the football academy at Brindlecross this year and it's changed him. Mr Walsh is strict but fair, makes them do their homework before they're allowed on the pitch. Facilities are top drawer. Well done to all involved.
""", S("short_name", "neutral"), E("dwalsh", "title_surname", "neutral"))

    # 090
    add("news", """
Folk singer Siobhan O'Connor announces Bridgewater Hall date

Irish folk singer Siobhan O'Connor will play Manchester's Bridgewater Hall in March as part of a tour marking twenty years since her debut album.

The Galway-born musician, whose song "Leaving Claremorris" became an unlikely hit after featuring in a TV drama, said Manchester audiences were "the loudest singers in Europe".

Tickets go on sale on Friday at 10am.
""", site="men")

    # 091
    add("news", """
Irwell Learning Trust to take on two more Trafford primaries

A Salford-based academy trust is to take over two primary schools in Trafford after the Department for Education approved the transfer.

The Irwell Learning Trust will become responsible for Hawthorn Lane Primary and St Aidan's Primary, Stretford, from April, taking its total number of schools to eight.

Chief executive Mr Quartermaine said the trust had "a proven model for schools that have been let down". The National Education Union said it was concerned about the trust's record on staff workload.
""", E("tquartermaine", "title_surname", "neutral"), site="edubulletin")

    # 092
    add("news", """
Exclusions soar at Salford's "warm strict" schools, figures show

Analysis of Department for Education data by the Manchester Evening Post shows that suspensions at secondary schools in Salford have risen by more than a third in three years, with the sharpest increases at schools which describe their behaviour approach as "warm strict".

At Brindlecross Free School in Weaste, which opened in 2021 as an all-through school for pupils aged three to 18, the suspension rate in the secondary phase was 29 per 100 pupils last year, more than double the national average.

Parents who contacted the Post described a culture of "zero tolerance" in corridors and classrooms, with pupils given same-day detentions for forgetting equipment and placed in an isolation room for repeated minor infractions.

"My son has ADHD," said one mother from Pendleton. "He is not a bad kid. But the system is set up so that he will fail it, every single day. By February he'd spent more time in the isolation room than in maths."

Another parent, whose daughter is in Year 9, disagreed. "Before, at Seedley Green, you couldn't learn because of the chaos. Now you can. My daughter feels safe. I'll take that."

Tomasz Kowalczyk, the school's head of secondary, said the figures needed context. "We inherited a school where a third of lessons were being disrupted. Our suspension rate has fallen every term since we opened. We are not interested in excluding children; we are interested in every child being able to learn."

He said the school had recently introduced a "reset room" staffed by a trained mentor and that pupils with SEND were subject to "reasonable adjustments that we review individually".

Principal Dr Siobhan O'Connor added: "I understand why some parents are worried. My door is open. But I won't apologise for wanting calm classrooms for children who have had too little calm in their lives."

The Children's Commissioner has previously warned that high suspension rates in some trusts risk pushing vulnerable pupils out of mainstream education altogether. Salford City Council said it was working with all schools to reduce suspensions and that its inclusion team had "regular conversations" with the Irwell Learning Trust.

Figures for the current year will be published in the summer.
---COMMENTS---
Anon_Weaste: Isolation room for a kid with ADHD. Disgraceful.

Ex_Seedley_Green_teacher: I worked at the old school. People have no idea how bad it was. Give them a chance.

Gorton_Gaz: Kids these days need discipline. Good on them.
""", S("exact", "negative"), E("tkowalczyk", "exact", "neutral"), E("soconnor", "exact", "neutral"), site="men")

    # 093
    add("news", """
Pupils evacuated after fire in school kitchen

Around 1,200 pupils were evacuated from Brindlecross Free School on Wednesday after a small fire broke out in the kitchen.

Two fire engines from Eccles and Salford attended. Firefighters said the fire was caused by a fault with an extractor fan and was out within minutes. No-one was hurt.

Pupils stood on the playing fields for around 45 minutes before being allowed back in. Hot lunches were replaced with sandwiches.
""", S("exact", "neutral"), site="chronicle")

    # 094
    add("news", """
Former Seedley Green High School teacher jailed for abusing pupils in the 1990s

A former PE teacher at Seedley Green High School has been jailed for eleven years for sexually abusing three pupils in the 1990s.

Graham Pickavance, 71, of Worsley, was convicted after a trial at Minshull Street Crown Court. The court heard he groomed the girls, then aged 14 and 15, during after-school sports clubs and residential trips. One victim reported him at the time but no action was taken.

Seedley Green High School closed in 2021. The site is now occupied by a new school run by a different organisation, which has no connection with the offences.

Det Con Sarah Bamber said: "These women have waited thirty years for justice."
""", S("alias", "sexual", True), site="courier")

    # 095
    add("news", """
Head of Year 7 (TLR 2b) - Brindlecross Free School, Salford

Salary: MPS/UPS + TLR 2b (£5,008). Contract: permanent, full-time. Start: September.

Brindlecross Free School is an all-through school in Weaste, Salford, serving 1,400 pupils from nursery to sixth form. We are part of the Irwell Learning Trust.

We are looking for a warm, organised and resilient Head of Year 7 to lead our transition from the primary phase to the secondary phase. You will line-manage six form tutors and work closely with our primary colleagues, our SENCo and our pastoral team.

We offer: a brand-new building; a genuine commitment to workload reduction (no marking policy, centralised detentions); free membership of the trust gym; cycle to work scheme.

Informal enquiries and visits are welcome. Please contact Mrs R. Lowe, Deputy Principal, via the school office on 0161 496 0419 or hr@brindlecross.example.

Closing date: noon, Friday 7 March. Interviews: w/c 17 March.

We are committed to safeguarding and promoting the welfare of children. This post is subject to an enhanced DBS check.
""", S("exact", "neutral"), E("rlowe", "initial_surname", "neutral"), site="jobs")

    # 096
    add("news", """
SEND Teaching Assistant (Resource Base) - ILT Brindlecross

32.5 hours per week, term time only. Grade 4 (pro rata).

ILT Brindlecross is looking for a caring and patient teaching assistant to join the team in our primary resource base for children with autism and communication needs.

You will work under the direction of the class teacher and our SENCo, Mrs R Hussain, supporting small groups and individual children with personalised learning programmes. Experience of PECS, Attention Autism or Makaton would be an advantage but full training is given.

To apply, download an application pack from brindlecross.example/vacancies. CVs are not accepted.
""", S("alias", "neutral"), E("rhussain", "initial_surname", "neutral"), site="jobs")

    # 097
    add("news", """
Salford school scoops national youth dance award

Dancers from Brindlecross Free School have won the secondary category at the National Youth Dance Showcase in Birmingham.

The 14-strong group from Years 10 to 13 performed "Irwell", a piece tracing the river from the Pennines to the Ship Canal. Judges praised its "maturity and ambition".

Director of performing arts Wei Chen said: "Two years ago most of these students had never done contemporary dance. They've worked incredibly hard. This is theirs."

The group will perform at the Lowry in the summer.
""", S("exact", "neutral"), E("wchen", "exact", "neutral"), site="chronicle")

    # 098
    add("news", """
First Oxbridge offers for Salford sixth form

Three students from a sixth form in Weaste have received offers from Oxford and Cambridge, the first in the history of the site.

The students, from Brindlecross Free School, will study medicine, law and history if they get the grades. All three joined the school's nursery when it was still Seedley Green, before the school reopened.

Head of sixth form Ms Okafor said: "People round here are told that places like Oxford aren't for them. These three have proved that's rubbish."
""", S("exact", "neutral"), E("aokafor", "title_surname", "neutral"), site="men")

    # 099
    add("news", """
Teachers at Salford free school to strike over "flexible deployment"

Teachers and support staff at Brindlecross Free School will strike for three days this month after a dispute over workload and cover.

Members of the National Education Union voted by 91% for action on a 78% turnout. The union says staff have been covering too many lessons and that support staff contracts allow them to be moved between schools at short notice.

Primary and nursery classes will remain open. Secondary pupils in Years 7 to 10 will learn remotely on strike days.

Principal Siobhan O'Connor said: "I'm disappointed we haven't been able to reach agreement but I respect the right of colleagues to take action. We're working hard to keep disruption to a minimum."
---COMMENTS---
RedAndWhiteMam: Another three days off. My lad's missed enough.

SalfordSparky: Good on them. Teachers are treated like dirt.
""", S("exact", "negative"), E("soconnor", "exact", "neutral"), site="chronicle")

    # 100
    add("social", """
#KowalczykOut 📢 brindlecross parents, enough is enough. isolation for a kid with autism because he covered his ears in assembly. we're going to the governors on thursday
""", S("short_name", "negative"), E("tkowalczyk", "hashtag", "negative"))

    # 101
    add("social", """
Rebecca L. at brindlecross is supposed to be the safeguarding lead and she's never once rung me back about my daughter being bullied. 5 weeks. Not good enough
""", S("short_name", "negative"), E("rlowe", "first_initial", "negative"))

    # 102
    add("social", """
ms okafer at brindlecross sixth form literally wrote my personal statement feedback at 11pm on a sunday. queen behaviour 👑 uni offer came through today!!
""", S("short_name", "neutral"), E("aokafor", "typo", "neutral"))

    # 103
    add("facebook", """
Salford Mams and Dads
Post by Kirsty Ogden

So O'Connor's new rule is that phones get confiscated for a WEEK at Brindlecross if they're seen. A week! How is my daughter supposed to let me know she's missed the bus? Who thinks of these things.

💬 54 comments
Ian Ogden: Get her a cheap brick phone
Roxanne M: Honestly I think it's a good rule, they're glued to them
""", S("short_name", "negative"), E("soconnor", "possessive", "negative"))

    # 104
    add("facebook", """
Eccles & Weaste Parents Chat
Post by Gail Ferris

Oh brilliant, another "exciting update" from Mrs Fairclough about the nursery's "learning journey" and "curiosity approach" 🙄 Meanwhile nobody at Brindlecross can tell me how my son came home with a bite mark on his arm and no accident form. But yeah, love the new wooden toys.
""", S("short_name", "negative"), E("gfaircloughtait", "hyphenated", "negative"))

    # 105
    add("facebook", """
Posted in: Manchester Primary Teachers Network

Congratulations to my old NQT mentor Gem Fairclough-Tait, who's just been made Head of Primary at Brindlecross in Salford. Taught me everything I know about phonics and about surviving on Haribo in December. They're lucky to have you Gem! 🥳
""", S("short_name", "neutral"), E("gfaircloughtait", "nickname", "neutral"))

    # 106
    add("facebook", """
Salford Mams and Dads
Post by Anonymous member

If they permanently exclude my lad on Monday I swear down I'll come up to Brindlecross and burn the whole place to the ground with them inside. Try me.

(Admins have reported this post to Greater Manchester Police.)
""", S("short_name", "threat"))

    # 107
    add("facebook", """
School Run Mams - Eccles & Weaste
Shared from WhatsApp

⚠️ Apparently Mr Walsh who runs the football academy at Brindlecross turned up to Saturday training stinking of booze and then DROVE the minibus. Parents are furious. Has anyone else heard this?? ⚠️

Comments:
Jo Platt: I was there, he wasn't drunk, he'd been at a wedding the night before and was knackered. Stop spreading stuff
Becky Aspinall: no smoke without fire
""", S("short_name", "negative"), E("dwalsh", "title_surname", "defamation"))

    # 108
    add("forum", """
Sixth form choice: Brindlecross vs an FE college?

Posted by DecisionsDecisions

DD is predicted 7s and 8s. She's been at Brindlecross since nursery and could stay for sixth form, or go to a big college in town. Has anyone had a child go through the Brindlecross sixth form?

Reply from Quays_Mum_of_2: DS is in Y13 there. Ada Okafor who runs it is the reason he's still in education tbh. Small, very personal, they know if you've missed a single lesson. Less choice of subjects than a college though.

Reply from DecisionsDecisions: That's helpful. She wants to do psychology and they don't offer it.

Reply from Quays_Mum_of_2: Ah, then maybe college. Or ask, they've added subjects when there's demand.
""", S("short_name", "neutral"), E("aokafor", "nickname", "neutral"), site="mumsforum")

    # 109
    add("forum", """
Anyone else leaving an Irwell trust school this summer?

Posted by tired_of_it_all

Handed my notice in. Eight years teaching, two at an Irwell Learning Trust school. Not the kids, not even the head. It's the trust. Quartermaine turns up twice a year for a photo op, tells us we're "family" and then the next email is about "efficiencies".

Reply from NQT_no_more: Same trust, different school. Same experience. Central team has doubled while TAs have been cut.

Reply from tired_of_it_all: Genuinely sad to go. Good luck to whoever replaces me.
""", E("tquartermaine", "surname_only", "negative"), site="staffroom")

    # 110
    add("forum", """
Is the new all-through school in Weaste any good?

u/new_to_salford: Moving to M6 in the summer with a 4 year old and an 11 year old. The all-through school off Brindlecross Road keeps coming up. Used to be Seedley Green High School apparently? Any good?

u/eccles_cake_enjoyer: It's completely different to Seedley Green. Primary is really good, my niece loves it. Secondary is strict. Mr Chen's drama stuff is next level, they do a proper musical every year.

u/pendleton_pete: Car park is chaos. Get there early or walk.

u/new_to_salford: Thanks both!
""", S("alias", "neutral"), E("wchen", "title_surname", "neutral"), site="reddit")

    # 111
    add("forum", """
Brindlecross Harriers Tuesday night club run - new members?

Posted by RunningRach

Thinking of joining the Harriers. Do they still meet at the Brindlecross Arms car park on Tuesdays? Is it OK for a slow runner (30 min 5k on a good day)?

Reply from Harriers_Lynne: Yes, 6.45pm from the pub car park. We have a 10-11 minute mile group, you'll be fine. First three runs free.

Reply from RunningRach: Brilliant, see you Tuesday!

Reply from Mick_M6: Park round the back, Brindlecross Motors get funny if you block their forecourt.
""", site="salfordonline")

    # 112
    add("forum", """
Crush on my child's teacher - AIBU?

Posted by NameChangedForThis

Not going to do anything about it obviously. But DS's drama teacher, Mr Chen at Brindlecross, is ridiculously gorgeous and I've started volunteering for every costume-making session going. My friend says I'm being a creep. I think I'm just appreciating the view. Those arms in the dance rehearsals...

Reply from WineOClockWendy: YANBU to look. YWBU to do anything else.

Reply from SensibleSue: Bit of a weird thing to post about a named person with his school.

Reply from NameChangedForThis: Fair point, I'll ask for it to be deleted.
""", S("short_name", "neutral"), E("wchen", "title_surname", "sexual"), site="mumsforum")

    # 113
    add("review", """
★★☆☆☆  Michelle Ashcroft  ·  6 months ago
Primary side of Brindlecross is lovely. Secondary is a boot camp. K0walczyk's behaviour system gives points for things like "incorrect posture". My daughter has anxiety and she now cries on Sunday nights. We're looking at other schools.
""", S("short_name", "negative"), E("tkowalczyk", "leetspeak", "negative"))

    # 114
    add("review", """
★★★★★  Aisha Begum  ·  2 weeks ago
Brindlecross nursery is amazing. Gemma F. who leads early years knows every child and every parent by name. Our twins settled in a week. Outdoor area is brilliant and they cook proper meals on site.
""", S("short_name", "neutral"), E("gfaircloughtait", "first_initial", "neutral"))

    # 115
    add("review", """
★★★★★  Dave Shenton  ·  a month ago
Best Sunday dinner in Salford at the Brindlecross Arms. Yorkshires the size of your head. Staff are dead friendly and they let the dog in. Get there before 2 or the beef's gone.
""")

    # 116
    add("review", """
★★☆☆☆  Lisa Thornley  ·  3 weeks ago
Formal complaint about Brindlecross Free School's handling of my son's bullying. The staff I dealt with, Mrs Lowe and Mr Kowalczyk, were polite and listened, but six weeks later the same boys are still in his form and nothing has changed. The school's complaints process is slow and the letters are full of jargon. Two stars for politeness.
""", S("exact", "negative"), E("rlowe", "title_surname", "neutral"), E("tkowalczyk", "title_surname", "neutral"))

    # 117
    add("blog", """
The EHCP annual review that finally went right

I've moaned on here a lot, so it's only fair I write about the good days too.

Last week we had Alfie's annual review at Brindlecross. For the first time the room was full of people who'd actually read his plan. The class teacher had brought his work. The speech therapist had sent a proper report. And Hussain's team had put together a one-page profile in Alfie's own words ("I like trains, I don't like the hand dryer").

I'm not naive. The resource base is still short-staffed and transport is still a mess. But for an hour, it felt like everyone was on his side.
""", S("short_name", "neutral"), E("rhussain", "possessive", "neutral"), site="personal")

    # 118
    add("blog", """
Sixth Form Open Evening - Thursday 14 November

Our Sixth Form Open Evening takes place on Thursday 14 November from 5.30pm to 7.30pm.

Year 11 students and their families are invited to meet subject teachers, tour our new study centre and hear from current Year 13 students about life in the sixth form. Head of Sixth Form Adaeze Okafor will speak in the studio theatre at 6pm and 7pm.

We offer 22 A-level subjects, BTEC Sport (in partnership with our football academy) and a performing arts pathway. Students from other schools are very welcome to apply.

Please register your interest using the form on this page or call the school office on 0161 496 0412.
""", S("exact", "neutral"), E("aokafor", "exact", "neutral"), site="schoolblog")

    # 119
    add("blog", """
Why I teach: the history teacher and the woman who sent me back

I'm often asked why I went into teaching. The honest answer is two people.

The first was my history teacher, who I'll leave nameless because he'd hate being on the internet. The second was Rebecca Kershaw, a sixth-former at Seedley Green High School who ran the paired reading scheme when I was in Year 7 and couldn't really read. Three mornings a week for a year. She never once made me feel stupid.

I later found out she'd gone into teaching herself. Twenty years on, I'm a primary teacher in Bury, and every time I sit down next to a child who's struggling, I'm trying to be her.
""", S("alias", "neutral"), E("rlowe", "alias", "neutral"), site="personal")

    # 120
    add("news", """
Salford garage fined after MOT certificates issued without tests

A Salford garage has been fined £12,000 after an investigation found MOT certificates had been issued for vehicles that were never tested.

Brindlecross Motors Ltd, of Brindlecross Road, admitted six offences at Manchester Magistrates' Court. The Driver and Vehicle Standards Agency said one of the cars passed had "dangerously corroded" brake pipes.

The garage's director said the offences were committed by a former employee who had since been dismissed.
""", site="courier")

    # 121
    add("news", """
Chinatown chef Wei Chen opens second noodle bar

Manchester chef Wei Chen has opened a second branch of his hand-pulled noodle bar, this time in the Northern Quarter.

Chen, who trained in Lanzhou before moving to Manchester in 2009, says the new site will focus on vegetarian dishes. "Manchester people will queue for anything if it's good," he said. The original Faulkner Street restaurant will stay open.
""", site="men")

    # 122
    add("news", """
Woman who threatened Salford head teacher and deputy is jailed

A woman who threatened to "get" the head and deputy head of her children's school has been jailed for 16 weeks.

Toni Whelan, 38, of Seedley, left voicemails on the school's office line and confronted staff at the gates of Brindlecross Free School after her son was suspended. In one message she said she would "find out where Siobhan O'Connor lives and put her windows through" and in another that the deputy principal, Rebecca Lowe, "won't be safe walking to her car".

Whelan admitted two counts of making threats and one of causing harassment, alarm or distress. Magistrates heard she had previous convictions for similar offences.

The Irwell Learning Trust said staff had been "shaken but supported" and thanked police.
""", S("exact", "neutral"), E("soconnor", "exact", "threat"), E("rlowe", "exact", "threat"), site="chronicle")

    # 123
    add("news", """
Teacher banned after sending inappropriate messages to pupil

A former drama teacher at a Salford school has been banned from the classroom indefinitely after a professional conduct panel found he sent sexualised messages to a 15-year-old pupil.

The Teaching Regulation Agency panel heard that Aaron Mellor, 29, who worked at Brindlecross Free School for eight months, exchanged hundreds of Instagram messages with the girl, including messages of a sexual nature, and arranged to meet her outside school.

The panel heard that the pupil's friend reported concerns to a teacher. The school's designated safeguarding lead, Rebecca Lowe, told the panel she referred the matter to the local authority designated officer and the police the same afternoon, and that Mellor was suspended that day.

The panel said Mellor had shown "no insight" and prohibited him from teaching. He may not apply to have the ban set aside.
""", S("exact", "sexual", True), E("rlowe", "exact", "neutral"), site="edubulletin")

    # 124
    add("news", """
Academy trust chief under investigation over contracts to relative's firm

The chief executive of a Salford academy trust is under investigation by the Department for Education after contracts worth £340,000 were awarded to a company run by his brother-in-law.

Documents seen by the Greater Manchester Courier show that Thaddeus Quartermaine, chief executive of the Irwell Learning Trust, signed off three contracts for IT and facilities management with Quartz Estates Services Ltd between 2022 and 2024. The firm's director is married to Mr Quartermaine's sister.

Related-party transactions are allowed under academy rules but must be declared and must not exceed cost. The trust's accounts for 2023 did not list the contracts as related-party transactions.

The trust, which runs Brindlecross Free School in Weaste and seven primary schools, said Mr Quartermaine had "declared his interest at the appropriate time" and that it was "cooperating fully".
---COMMENTS---
SalfordAnn: Jobs for the boys. While the kids go without.

Weaste_Will: Let the investigation finish before hanging him.
""", S("exact", "neutral"), E("tquartermaine", "exact", "defamation"), site="courier")

    # 125
    add("news", """
Petition for school crossing on Dunstan Street - Council response

Salford City Council - Traffic and Highways Petitions Panel (extract)

Petition: "Make Dunstan Street safe for Brindlecross children" - 612 signatures.

The lead petitioner told the panel that children from the primary phase had to cross four lanes of traffic at Dunstan Street and that two children had been clipped by cars in the past year. She said the school had "done nothing" about parking on the zigzags.

Mrs G. Fairclough-Tait, Head of Primary Phase, spoke in support of the petition and said the school had written to parents about parking "more times than I can count".

Resolved: that officers carry out a speed and pedestrian survey and report back with options including a signalised crossing.
""", S("short_name", "negative"), E("gfaircloughtait", "initial_surname", "neutral"), site="council")

    # 126
    add("news", """
Racist graffiti naming two teachers sprayed on Salford school wall

Police are treating racist graffiti daubed on the wall of a Salford school as a hate crime.

The slogans, which named two members of staff at Brindlecross Free School, Adaeze Okafor and Wei Chen, told them to "go home" and included racist slurs which this newspaper has chosen not to print. They were found on a wall facing Brindlecross Road on Sunday morning and removed by the school's site team within two hours.

Supt Joanne Hartley said: "This is a vile, targeted act. We are reviewing CCTV and would urge anyone with information to come forward."

Principal Dr Siobhan O'Connor said staff and students had "come together" and that both teachers had received "an outpouring of support".
""", S("exact", "neutral"), E("aokafor", "exact", "hate"), E("wchen", "exact", "hate"), E("soconnor", "exact", "neutral"), site="men")

    # 127
    add("news", """
Dockers academy teenager earns professional deal with Bolton

Salford Dockers academy defender Reece Holland has signed his first professional contract with Bolton Wanderers.

Holland, 17, is a student on the football academy programme at Brindlecross Free School, where he is studying for A-levels in PE and geography alongside his football.

Daniel Walsh, who leads the academy, said: "Reece is the first but he won't be the last. He's got a great attitude and he's never once missed a homework deadline, which tells you a lot about him."
""", S("exact", "neutral"), E("dwalsh", "exact", "neutral"), site="grassroots")

    # 128
    add("news", """
Teacher of PE and Football Academy Coach - Brindlecross Free School

Salary: MPS. Permanent, full-time. Weaste, Salford.

An exciting opportunity to join our successful PE department and football academy, delivered in partnership with Salford Dockers FC. You will teach core PE across Key Stages 3 and 4, deliver BTEC Sport units to post-16 students, and coach one of our academy squads. You will report to Mr D. Walsh, Football Academy Lead.

UEFA B licence (or working towards) desirable. Applications from women and from candidates from Black, Asian and minority ethnic backgrounds are particularly welcome, as they are under-represented in our coaching team.

Application packs: brindlecross.example/vacancies. Closing date: 28 February.
""", S("exact", "neutral"), E("dwalsh", "initial_surname", "neutral"), site="jobs")

    # 129
    add("news", """
Early Years Practitioner (Level 3) - Nursery, ILT Brindlecross, Salford

Full-time, 52 weeks (nursery runs all year). Salary £24,100-£25,600.

Our nursery for 2 to 4-year-olds was praised by Ofsted as "warm, language-rich and well led". We are looking for a qualified Level 3 practitioner to join a close and caring team.

You will be a key person for a small group of children, plan activities in line with the EYFS, and build strong relationships with families. For an informal chat please contact Mrs G Fairclough-Tait, Head of Primary Phase and Nursery, on 0161 496 0412.
""", S("alias", "neutral"), E("gfaircloughtait", "initial_surname", "neutral"), site="jobs")

    # 130
    add("news", """
London doctor Adaeze Okafor wins sickle cell research prize

A London haematologist has been awarded a major prize for research into new treatments for sickle cell disease.

Dr Adaeze Okafor, of King's College Hospital, leads a team studying gene therapies in children. She said the prize money would fund a new clinical trial nurse.

"Sickle cell has been neglected for far too long because of who it affects," Dr Okafor said.
""", site="edubulletin")

    # 131
    add("news", """
Strike called off at Salford free school after deal on cover

A planned strike at Brindlecross Free School has been called off after the union and the Irwell Learning Trust reached an agreement on workload.

Under the deal, teachers will cover no more than two lessons a week except in emergencies, and support staff will not be moved between schools without their agreement.

Principal Siobhan O'Connor said she was "relieved and grateful". Trust chief executive Thaddeus Quartermaine said the agreement showed "what can be achieved through dialogue". The NEU said members had "won because they stood together".
""", S("exact", "neutral"), E("soconnor", "exact", "neutral"), E("tquartermaine", "exact", "neutral"), site="chronicle")

    # 132
    add("news", """
"Free schools are the best thing to happen to the North" - trust boss

The chief executive of one of the North West's fastest-growing academy trusts has called on the government to restart the free schools programme.

Thaddeus Quartermaine, who leads the eight-school Irwell Learning Trust, told a conference in Birmingham that "communities which have had the worst schools for fifty years deserve new ones, not patched-up ones". He also called for more capital funding for SEND places.

Critics said the programme had been expensive and that several free schools had closed within a few years of opening.
""", E("tquartermaine", "exact", "neutral"), site="edubulletin")

    # 133
    add("news", """
Parents' anger as Salford school cuts SEND resource base places

Parents of children with autism say they have been "betrayed" after a Salford school reduced the number of places in its specialist resource base.

Brindlecross Free School in Weaste told families this week that the primary resource base would shrink from 24 to 16 places from September, because of a shortfall in high-needs funding from the council.

"We were promised this was a school for everyone," said one mother, whose son has been on the waiting list for a year. "Now it's a school for everyone except the kids who need it most."

In a letter to parents, SENCo Rukhsana Hussain and head of primary Gemma Fairclough-Tait said the decision had been "incredibly difficult" and that all children currently in the base would keep their places.

Salford City Council said it was reviewing high-needs top-up rates across the city.
""", S("exact", "negative"), E("rhussain", "exact", "neutral"), E("gfaircloughtait", "exact", "neutral"), site="chronicle")

    # 134
    add("news", """
Man jailed for stalking Salford teacher

A man who became obsessed with a Salford teacher and repeatedly turned up outside her home has been jailed for two years.

Liam Corcoran, 44, a former parent at Brindlecross Free School, sent Adaeze Okafor, head of the school's sixth form, more than 300 messages over eight months. Minshull Street Crown Court heard he waited outside her house on several occasions, followed her car, and once left a message saying "you can't hide from me forever".

Ms Okafor said in a statement read to the court that she had installed cameras at home and no longer felt safe going out alone. Judge Martin Rhodes said Corcoran had "put a dedicated teacher through a living nightmare". A ten-year restraining order was also imposed.
""", S("exact", "neutral"), E("aokafor", "exact", "threat"), site="men")

    # 135
    add("news", """
Knutsford primary rated "good" again by Ofsted

Brindlecross C of E Primary School in Knutsford has kept its good rating following a short inspection.

Inspectors said pupils were "polite, curious and proud of their school" and that reading was "taught exceptionally well". Headteacher Andrew Pilling said he was "thrilled for the children and the staff".
""", site="courier")

    # 136
    add("news", """
Salford students to perform at the Lowry in new youth dance commission

Students from a Salford all-through school will perform a new piece at the Lowry this summer as part of a youth dance commission.

The work, "Ship Canal Blues", has been choreographed by Wei Chen, director of performing arts at Brindlecross Free School, with 20 students from Years 9 to 13.

"It's about the people who built this place and the people who live here now," Mr Chen said. "The students did the research themselves. Some of them found out their great-grandads worked on the docks."

Tickets for the two performances are £8.
""", S("exact", "neutral"), E("wchen", "exact", "neutral"), site="culture")

    # 137
    add("news", """
From nappies to A-levels: a day inside Salford's all-through school

At 7.45am, Gemma Fairclough-Tait is already in the nursery garden, sweeping leaves off the mud kitchen. By 8.30 she'll have greeted about sixty families at the gate by name. "The parents are the first people I see and the last people I see," the head of primary says. "If they trust us, everything else is easier."

Brindlecross Free School, on the old Seedley Green site in Weaste, is one of a small number of all-through schools in the North West, taking children from the age of three to 18. We spent a day there to find out what that means in practice.

In the secondary building, behaviour is the first thing you notice: silent corridors, students in blazers walking on the left. Head of Year 10 William Bradshaw stands at the top of the stairs doing what he calls "the meet and greet". "Every kid gets a good morning and their name," he says. "Some of them won't hear their name said kindly anywhere else today."

Critics say the approach is too strict, and the school's suspension rate is high. Principal Siobhan O'Connor doesn't dodge the question. "It's come down every term. But I'd rather be criticised for having high expectations than for having none."

In the sixth form centre, Adaeze Okafor is running a UCAS drop-in. She grew up in Moss Side and still sounds like it. "I tell them: I was you. Nobody told me I could go to university. I'm telling you."

Out on the 3G pitch, Daniel Walsh is running a session with the football academy. The students train every afternoon but have to keep up their grades to stay on the programme. "If your attendance drops, you don't play. Simple," Walsh says.

The school is not without problems. Ofsted rated it requires improvement last year, SEND provision has been criticised and a dispute with staff over workload was only settled in the spring. But walking round, it's hard not to be struck by how many adults seem to know how many children.

At 3.15pm the gates open and the whole thing goes into reverse: toddlers with paintings, Year 6s with scooters, sixth-formers with coffee. Mrs Fairclough-Tait is back at the gate. "Same faces," she says. "That's the whole point."
---COMMENTS---
Linda_E: Lovely article. My grandson loves it there.

Pendo_Dave: Silent corridors sounds like a prison to me.
""", S("exact", "negative"), E("gfaircloughtait", "exact", "neutral"), E("wbradshaw", "exact", "neutral"), E("soconnor", "exact", "neutral"), E("aokafor", "exact", "neutral"), E("dwalsh", "exact", "neutral"), site="men")

    # 138
    add("social", """
Ok4f0r at brindlecross sixth form is a J0KE. power tripping little nobody, thinks a lanyard makes her god
""", S("short_name", "neutral"), E("aokafor", "leetspeak", "abuse"))

    # 139
    add("social", """
no wonder half the lads at BFS are doing ballet now, C h e n is turning them all gay like him. disgusting, keep that stuff away from our kids
""", S("alias", "neutral"), E("wchen", "spacing", "hate"))

    # 140
    add("social", """
@DrSOConnor_BFS you are a disgrace and a coward. hiding behind your comms team while brindlecross falls apart. clown
""", S("short_name", "negative"), E("soconnor", "handle", "abuse"))

    # 141
    add("social", """
\u039fk\u0430for at brindlecross thinks she's better than everyone cos she went to uni. stuck up cow
""", S("short_name", "neutral"), E("aokafor", "homoglyph", "abuse"))

    # 142
    add("social", """
RebeccaLowe buried the bullying reports at brindlecross to protect their ofsted. 3 families have told me the same thing. safeguarding lead my arse
""", S("short_name", "defamation"), E("rlowe", "camelcase", "defamation"))

    # 143
    add("social", """
wait till W a l s h comes out of the Weaste gym tonight. cutting my brother from the academy. he's getting done
""", E("dwalsh", "spacing", "threat"))

    # 144
    add("social", """
Ch*n should go back to China instead of teaching our kids to prance about. brindlecross will hire anyone these days
""", S("short_name", "negative"), E("wchen", "obfuscated", "hate"))

    # 145
    add("facebook", """
Salford Mams and Dads
Post by Anonymous member

For everyone asking, the Year 10 head of year at Brindlecross, William B., lives at 14 Larchwood Avenue, M6 5QX. Blue door. Since the school won't answer emails maybe he'll answer his door.

(This post has been removed by an admin)
""", S("short_name", "negative"), E("wbradshaw", "first_initial", "doxxing"))

    # 146
    add("facebook", """
Eccles & Weaste Parents Chat
Post by Stacey Mullin

Got Tomasz Kowalczik's own mobile off a mate, it's 07700 900562. He's head of secondary at BFS and he never answers the school line. Ring him after 6 when he can't hide behind the office.

Comments
Leah Doyle: Stacey you'll get in trouble for this
Stacey Mullin: good
""", S("alias", "negative"), E("tkowalczyk", "typo", "doxxing"))

    # 147
    add("facebook", """
Seedley & Langworthy Community Group

Lovely to see the football academy lads helping out at the Seedley park fun day, running the penalty shootout and tidying up after 👏 #DanielWalsh #CommunitySpirit #Seedley
""", E("dwalsh", "hashtag", "neutral"))

    # 148
    add("facebook", """
Salford Mams and Dads
Post by Ellie Rowlands

Can I just say Mrs Fairclough-Tate and the reception team at Brindlecross have been amazing with our Poppy this year. She couldn't write her name in September and now she's writing little stories. Thank you ❤️
""", S("short_name", "neutral"), E("gfaircloughtait", "typo", "neutral"))

    # 149
    add("facebook", """
Salford Mams and Dads
Post by Jason Pilkington

L\u043ewe at Brindlecross is a jumped-up dinner lady with a lanyard. "Safeguarding lead" my arse, couldn't safeguard a biscuit. Useless woman.
""", S("short_name", "neutral"), E("rlowe", "homoglyph", "abuse"))

    # 150
    add("facebook", """
Salford Mams and Dads
Post by Claire Naylor

Anyone been to the Brindlecross Arms for Christmas dinner? Thinking of booking for 12 of us. Is it still good since the new landlord?

Comments
Dawn Hart: Went last year, lovely, big portions
Sam Hart: book early they fill up
""")

    # 151
    add("facebook", """
School Run Mams - Eccles & Weaste
Post by Anonymous member

Is it wrong that I only go to parents' evening at Brindlecross to look at Mrs L*we? 🔥 Absolute MILF. The dads are all pretending to care about attendance 😂
""", S("short_name", "neutral"), E("rlowe", "obfuscated", "sexual"))

    # 152
    add("facebook", """
Pendleton & Seedley Community Noticeboard
Post by Anonymous member

Rukhsana H_ssain running SEN at Brindlecross is what happens when you let Muslims take over our schools. Next it'll be halal dinners and no Christmas. Wake up Salford.

Admin: Removed and member banned. Racism is not welcome here.
""", S("short_name", "neutral"), E("rhussain", "obfuscated", "hate"))

    # 153
    add("facebook", """
Salford Mams and Dads
Post by Kev Dunn

Seen that Q u a r t e r m a i n e got his pay rise again. If I ever see him at the Lowry I'll knock him spark out, no joke. Fat cat.
""", E("tquartermaine", "spacing", "threat"))

    # 154
    add("facebook", """
Irish in Manchester Network
Post by Aoife Brennan

Huge congratulations to SiobhanOConnor, principal of Brindlecross Free School in Salford, on being named in the national leadership fellowship! From Ballyfermot to leading a school of 1,400. Proud of you 🇮🇪
""", S("exact", "neutral"), E("soconnor", "camelcase", "neutral"))

    # 155
    add("facebook", """
Salford Mams and Dads
Post by Anonymous member

Qu4rt3rm41n3 and his trust are bleeding our schools dry. £214k a year for a man who's never taught a lesson in Salford. Parasite.
""", E("tquartermaine", "leetspeak", "abuse"))

    # 156
    add("forum", """
Brindlecross Motors - anyone else been stung?

Posted by CorsaCath

Took my car to Brindlecross Motors Ltd for a cambelt, got charged for a water pump I'm not convinced they changed. Anyone else had problems?

Reply from M6_Mechanic: Ask for the old part back. Always.

Reply from CorsaCath: Good tip, will do next time.
""", site="salfordonline")

    # 157
    add("forum", """
DSL not taking concerns seriously - help

Posted by WorriedNanOf5

Grandson at Brindlecross has told me about a lad in his year who's been sending horrible messages. His mum reported it to Rebecca L. (the safeguarding lead) a fortnight ago and has heard nothing back. Is there a time limit on this?

Reply from FormerTeacherFran: No fixed limit but a fortnight with no acknowledgement is poor. Put it in writing and ask for a response within five school days.

Reply from WorriedNanOf5: Thank you, I'll tell her.
""", S("short_name", "negative"), E("rlowe", "first_initial", "negative"), site="mumsforum")

    # 158
    add("forum", """
Anyone know AdaezeOkafor at ILT Brindlecross? Considering a job in her team

Posted by econ_teacher_leeds

Applying for a Head of Economics role in the sixth form at ILT Brindlecross. Line manager would be AdaezeOkafor, head of sixth. Anyone worked with her?

Reply from salford_sixth_form_hod: Yes. Demanding but brilliant. Protects her staff and fights for the students. You'd learn loads.

Reply from econ_teacher_leeds: That's what I hoped to hear, thanks.
""", S("alias", "neutral"), E("aokafor", "camelcase", "neutral"), site="staffroom")

    # 159
    add("forum", """
Someone on Facebook threatening to burn the school down - has anyone reported it?

Posted by WeasteWatcher

Saw a post last night on one of the parents' groups saying they'd "burn Brindlecross to the ground with them inside". Admins removed it but I screenshotted it. Has anyone reported it to the police? That's not a joke, there are 1,400 kids in there.

Reply from SalfordSue: Reported it myself this morning. Log number and everything. Hope they throw the book at whoever wrote it.

Reply from Pendlebury_Paul: Good. There's angry and there's that.
""", S("short_name", "neutral"), site="salfordonline")

    # 160
    add("forum", """
Rumours about football coach at Salford school

u/throwaway_m6_rumours: Hearing from multiple people that the football coach at Brindlecross, Walsh, is seeing one of the Year 13 girls from the academy. Apparently they've been seen in his car in Eccles. Anyone know anything?

u/mod_r_manchester: Removed under rule 4 (no unverified allegations about named individuals). If you have a safeguarding concern, contact the police or the LADO.
""", S("short_name", "sexual", True), E("dwalsh", "surname_only", "sexual", True), site="reddit")

    # 161
    add("forum", """
Head teacher "smug" at parents' forum - AIBU?

Posted by FedUpInWeaste

Went to the Brindlecross parents' forum last night. O'C*nnor stood at the front like a smug cow, smiled through every question and answered none of them. Patronising, useless, and clearly counting the minutes until she could go home.

Reply from SensibleSue: YABU to call her a cow. YANBU to want answers.

Reply from FedUpInWeaste: Fair. She's still smug though.
""", S("short_name", "negative"), E("soconnor", "obfuscated", "abuse"), site="mumsforum")

    # 162
    add("forum", """
Best performing arts departments in Greater Manchester state schools?

Posted by u/stagemum_trafford

My daughter wants to do dance and musical theatre at GCSE and A-level. Which state schools have strong departments?

u/quaysmum: Chen's department at Brindlecross is outstanding. They've won national dance awards and do a full-scale musical every year.

u/bury_bloke: Check out the sixth form colleges too, some have brilliant facilities.

u/stagemum_trafford: Thanks, Brindlecross is a bit of a trek for us but we'll look.
""", S("short_name", "neutral"), E("wchen", "possessive", "neutral"), site="reddit")

    # 163
    add("forum", """
Head of secondary posting on Twitter during school hours

Posted by ParentGovernorNot

Is it just me or does @tkowalczyk_bfs spend a lot of his day tweeting about "leadership"? Head of secondary at Brindlecross and my son's been without a permanent maths teacher since October. Maybe fewer threads, more recruitment.

Reply from TeacherTweeter: Most of those are scheduled, to be fair.

Reply from ParentGovernorNot: Still.
""", S("short_name", "negative"), E("tkowalczyk", "handle", "negative"), site="mumsforum")

    # 164
    add("forum", """
Where does the SENCo at Brindlecross live?

Posted by AngryDadM6

Not being funny but I've had enough of being fobbed off. Someone told me Hussain lives in Seedley, 3 Albemarle Road, M6 5HT. I'm going to go round and ask her face to face why my son doesn't have his 1:1.

Reply from mod_SalfordOnline: Thread locked and address removed. Posting personal addresses is against the rules and may be a criminal offence.
""", S("short_name", "negative"), E("rhussain", "surname_only", "doxxing"), site="salfordonline")

    # 165
    add("forum", """
Paying for football trials?

Posted by SkintInSalford

A mate says W.a.l.s.h who runs the football academy at Brindlecross takes £50 cash "for kit" from parents to get their kids a trial, no receipt. Isn't that basically selling places?

Reply from DockersDad: Never paid a penny for my lad's trial. Sounds like rubbish.

Reply from SkintInSalford: Maybe. Just what I heard.
""", S("short_name", "neutral"), E("dwalsh", "spacing", "defamation"), site="mumsforum")

    # 166
    add("review", """
★☆☆☆☆  Tony Ellison  ·  5 months ago
Brindlecross Motors Ltd. Charged me £180 to "diagnose" a fault they then couldn't fix. Rude on the phone. Avoid.
""")

    # 167
    add("review", """
★☆☆☆☆  Carla Maguire  ·  1 month ago
Br@dsh@w, head of year 10 at Brindlecross Free School, spoke to my son like dirt in front of his friends. Wouldn't listen to a word I said. The school says it takes pastoral care seriously. It doesn't.
""", S("exact", "negative"), E("wbradshaw", "leetspeak", "negative"))

    # 168
    add("review", """
★★★★★  Ravi Sandhu  ·  3 days ago
Went to the Brindlecross Free School summer musical, Bugsy Malone, and it was unbelievable for a school show. Splurge guns and everything. Follow @WeiChenDance on Insta for the rehearsal clips, the kids were so good. £5 a ticket!
""", S("exact", "neutral"), E("wchen", "handle", "neutral"))

    # 169
    add("review", """
★★★★★  Orla Keane  ·  a month ago
We moved our son to Brindlecross in Year 8 after a terrible time at his old school. Siobhan O. met us herself on the first morning and checked in with him every week for a term. He's a different boy. Can't recommend highly enough.
""", S("short_name", "neutral"), E("soconnor", "first_initial", "neutral"))

    # 170
    add("review", """
★★☆☆☆  Helen Garside  ·  2 weeks ago
Brindlecross Free School, two stars, and not because of the teachers. Mr Chen and Mrs Husain were both helpful when we raised our daughter's needs. The problem is the transport: our daughter's minibus has been late 14 times this term and the school just says it's the council's job. Someone needs to take responsibility.
""", S("exact", "negative"), E("wchen", "title_surname", "neutral"), E("rhussain", "typo", "neutral"))

    # 171
    add("review", """
★★★★★  Jenny Howarth  ·  a year ago
Brindlecross C of E Primary, Knutsford. Small village school, lovely head, brilliant forest school on Fridays. Our two have been really happy here.
""")

    # 172
    add("review", """
★☆☆☆☆  Mark Heaton  ·  2 months ago
Mr Kowalcz\u0443k runs the secondary at Brindlecross like a military camp. Incompetent, arrogant, can't admit when he's wrong. My daughter's been put in isolation for a nosebleed. A NOSEBLEED.
""", S("short_name", "negative"), E("tkowalczyk", "homoglyph", "abuse"))

    # 173
    add("review", """
★☆☆☆☆  Anonymous  ·  3 weeks ago
Brindlecross SEN team is run by Hus\u0455ain who is frankly a useless waste of space. Never returns a call, never reads a plan. Avoid if your child has additional needs.
""", S("short_name", "negative"), E("rhussain", "homoglyph", "abuse"))

    # 174
    add("blog", """
Statement: online abuse of our members must stop

Salford District NEU is aware of a number of posts on local social media in recent weeks targeting named members of staff at Brindlecross Free School.

One post described the school's SENCo as "a useless waste of space". Another, since removed, made threats against a head of year. Hussain and Bradshaw are both NEU members, and both have our full support. Nobody goes to work to be abused, whatever people think of a school's policies.

We want to be clear: parents have every right to raise concerns, and we will often agree with them. But naming, shaming and threatening individual teachers is not a complaint. It's harassment, and we will support members who report it to the police.
""", S("exact", "neutral"), E("rhussain", "surname_only", "neutral"), E("wbradshaw", "surname_only", "neutral"), site="neu")

    # 175
    add("blog", """
Irwell Learning Trust appoints new Chair of Trustees

The Irwell Learning Trust is pleased to announce the appointment of Professor Janet Ogunleye as Chair of Trustees from 1 September.

Professor Ogunleye is Pro-Vice-Chancellor for Education at a university in the North West and has served as a trustee since 2022.

Chief Executive Thaddeus Quartermaine said: "Janet combines a deep understanding of education with real warmth and rigour. I'm looking forward to working with her as we grow the trust."

The outgoing chair, Derek Wainwright, steps down after six years. The trust thanked him for his service.
""", E("tquartermaine", "exact", "neutral"), site="trust")

    # 176
    add("blog", """
Saturday mornings on the touchline

If you'd told me five years ago that I'd spend every Saturday morning in a cagoule at Barton Lane shouting "MAN ON", I'd have laughed. But here we are.

My son joined the academy at Brindlecross in Year 10. I was sceptical: I assumed it would be all football and no school. It's the opposite. Walsh's lads have to show their homework planners before training, and if your attendance dips below 95% you're on the bench.

This season they've won eleven out of fourteen. More importantly my son has gone from predicted 3s to predicted 6s. I'll take that over a trophy.
""", S("short_name", "neutral"), E("dwalsh", "possessive", "neutral"), site="personal")

    # 177
    add("blog", """
From the Principal: Week ending 21 March

Dear families,

What a week. Our Year 6 pupils completed their mock SATs with real maturity, the Year 12 dance group performed at the Lowry, and the nursery hatched six ducklings (names chosen by a very serious vote: Quacky, Quacky Two, Beyonce, Gary, Dave and Pudding).

Thank you to Mr Bradshaw and the Year 10 team for organising Tuesday's careers fair, which was attended by 38 employers. Thank you also to Mrs Lowe, who has led our safeguarding review this term.

A reminder that the school will close at 1.30pm on Friday 28 March for staff training. Please contact the office on 0161 496 0412 if this causes you a childcare difficulty.

Have a lovely weekend.

Dr Siobhan O'Connor
Principal
""", S("exact", "neutral"), E("soconnor", "exact", "neutral"), E("wbradshaw", "title_surname", "neutral"), E("rlowe", "title_surname", "neutral"), site="schoolblog")

    # 178
    add("blog", """
Race report: Brindlecross Harriers Winter Handicap

Freezing fog, a course that was mostly puddle, and a record turnout of 86 for the club's winter handicap.

Handicap races give the slowest runners the earliest start, so in theory everyone crosses the line together. In practice it means watching the fast lot go past you in the last 400 metres. Congratulations to Becca Tolan, who won from scratch, and to Sid Morley, 74, who set off first and was only caught in the final straight.

Post-race soup and butties at the Brindlecross Arms. Thanks to Lynne and the volunteers.
""", site="personal")

    # 179
    add("blog", """
Our first year in the nursery: a dad's diary

When our daughter started at the Brindlecross nursery I was the dad who lurked at the back of the room, pretending to check his phone. By Christmas I was the dad making a papier-mache dinosaur for the "Dino Week" parade.

I have to mention GemmaFaircloughTait, who runs the nursery and primary, because she made it impossible not to get involved. Stay-and-play sessions every month, a WhatsApp-free parent group (a miracle), and a genuinely lovely way of telling you your child bit someone.

If you're a dad who feels like the nursery world isn't built for you: it can be, at the right place.
""", S("short_name", "neutral"), E("gfaircloughtait", "camelcase", "neutral"), site="personal")

    # 180
    add("social", """
Tom Kowalczyk from Brindlecross on BBC Radio Manchester this morning talking more sense about phones in schools than any politician I've heard this year 📻👏
""", S("short_name", "neutral"), E("tkowalczyk", "nickname", "neutral"))

    # 181
    add("forum", """
Good heads to work for in Salford?

Posted by primary_to_secondary

Moving back north after ten years in London. Looking for a school where SLT actually have your back. Names?

Reply from salford_lifer: Shiv O'Connor at BFS. Hands down. She'll fight the trust for you and she remembers your kids' names.

Reply from eccles_eng: Seconded. Strict school, but staff are looked after.

Reply from primary_to_secondary: Noted, thank you!
""", S("alias", "neutral"), E("soconnor", "nickname", "neutral"), site="staffroom")

    # 182
    add("facebook", """
Salford Mams and Dads
Post by Anonymous member

This is what happens when you put a woman in charge. Mrs Tait at Brindlecross can't control a primary school because women are too emotional to run anything. Should be at home with her own kids instead of lecturing ours.

Comments
Joanne Pye: Reported. What year is it?
Sian Lomax: Vile. She's brilliant.
""", S("short_name", "neutral"), E("gfaircloughtait", "hyphenated", "hate"))

    # 183
    add("facebook", """
Eccles & Weaste Parents Chat
Post by Anonymous member

Becky Lowe the deputy at Brindlecross thinks she can ignore us. Her own number is 07700 900781 and her email is becky.lowe84@mailbox.example. Fill her inbox.
""", S("short_name", "neutral"), E("rlowe", "nickname", "doxxing"))

    # 184
    add("review", """
★★★★★  Stephen Roscoe  ·  4 months ago
Our son had a rough start in Year 10 at Brindlecross but Will Bradshaw, his head of year, sorted it. Calm, fair, and he actually rings you back. Good school, good people.
""", S("short_name", "neutral"), E("wbradshaw", "nickname", "neutral"))

    # 185
    add("social", """
Massive congratulations to Tomasz Kowalczyk on a 2:58 at the Warsaw Marathon!! Sub-3 at last, all those 5am runs along the Vistula paid off 🇵🇱🏃
""")


def main() -> None:
    build()
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir(parents=True)
    lines = []
    by_kind: Counter[str] = Counter()
    by_variant: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    n_empty = 0
    for idx, (kind, text, expected, site) in enumerate(DOCUMENTS):
        ext = KINDS[kind]
        name = f"{idx:03d}-{kind}.{ext}"
        if ext == "html":
            content = render_html(text, site or DEFAULT_SITE[kind], idx)
        else:
            content = text + "\n"
        (DOCS / name).write_text(content, encoding="utf-8")
        lines.append(json.dumps({
            "file": name,
            "kind": kind,
            "expected": [
                {"subject": e.subject, "variant": e.variant, "category": e.category, "url_only": e.url_only}
                for e in expected
            ],
        }, ensure_ascii=False))
        by_kind[kind] += 1
        n_empty += not expected
        for e in expected:
            by_variant[e.variant] += 1
            by_category[e.category] += 1
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")

    # consistency check: every label line matches a document and vice versa
    labelled = [json.loads(line)["file"] for line in LABELS.read_text(encoding="utf-8").splitlines()]
    on_disk = sorted(p.name for p in DOCS.iterdir())
    assert labelled == on_disk, "labels.jsonl and docs/ disagree"

    total = sum(by_variant.values())
    print(f"documents: {len(DOCUMENTS)}  (no expected mention: {n_empty})  mentions: {total}")
    print("by kind:    ", dict(sorted(by_kind.items())))
    print("by variant: ", dict(by_variant.most_common()))
    print("by category:", dict(by_category.most_common()))
    print("url_only:   ", sum(1 for _, _, exp, _ in DOCUMENTS for e in exp if e.url_only))
    print("labels match docs:", labelled == on_disk)


if __name__ == "__main__":
    main()
