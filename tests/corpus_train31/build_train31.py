#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train31 labelled evaluation corpus for the repwatch matcher.

Setting:
    Kelderby Beacon Academy is an invented 11-18 academy in Kelderby, an invented former
    pit village in South Yorkshire (colliery closed 1993), with the neighbouring
    Nether Cleeve and the Hagg Royd estate. It was Kelderby Comprehensive until the large
    Pennine Ascent Learning Trust took it over. Stories: a "flattening the grass"
    behaviour regime with isolation booths; the trust CEO's salary; a consultation on
    closing the sixth form; the school brass band; Kelderby Miners' Welfare; the redundancy
    of a much-loved caretaker; Roma pupils newly arrived from Slovakia and hostility to
    them; a history teacher standing as an independent borough councillor; a PE teacher
    suspended over messages to pupils; a science teacher racially abused by a parent.
    Short name "Beacon" is an ordinary word; the acronym KBA is shared with the invented
    Kennet Boating Association and Kelderby Bowling Alliance.

Staff (watchlist ids):
    cashworthbinns  Claire Ashworth-Binns (Principal; hyphenated; maiden name Claire Binns)
    nsowerby        Nigel Sowerby (trust CEO)
    ipickersgill    Ignatius Pickersgill (Director of Music; the one unique = true name)
    rdudasova       Renáta Dudášová (EAL lead; accents; ascii alias)
    rhinchcliffe    Robert "Bob" Hinchcliffe (caretaker; nicknames Bob, Bobby, Rob, Robbie)
    staylor         Sarah Taylor (Head of Sixth Form; very common name with decoy namesakes)
    lbeevers        Lorraine Beevers (history teacher and council candidate; maiden Staniforth)
    cfenwick        Craig Fenwick (Vice Principal, behaviour)
    rmottram        Ryan Mottram (PE teacher)
    pchauhan        Priya Chauhan (Head of Science)

Voices:
    Mexthorpe Live (local news with comments), South Yorkshire Courier (regional), Dearnside
    Gazette (weekly), the Daily Clarion (national tabloid), Classroom Weekly (trade press),
    Parentverse (parents' forum), StaffRoomTalk (teachers' forum), BrassTalk (band forum),
    blogs (Pit Village Notes, a former pupil, a union rep, the school bulletin), council
    minutes, job adverts, Google and WorkVoice reviews, Facebook groups, and X, TikTok,
    Instagram and Snapchat comment extracts.

Decoys:
    About a fifth of the documents have no expected mention: "beacon" as an ordinary word
    (the VE Day beacon on the pit top, Beacon Pike), Beacon Cabs, Beacon Radio Yorkshire,
    Beacon Hill Bowls Club, Kelderby Beacon Cricket Club, other schools called Beacon
    elsewhere, KBA as the Kennet Boating Association and other bodies, namesakes of staff
    (other Sarah Taylors, a Craig Fenwick, a Claire Binns, a Bob Hinchcliffe) clearly
    elsewhere, village pages (Kelderby brass band, the Welfare) that never name the
    school, and pages describing the school without naming it.

Labelling conventions:
    One expected entry per subject per document, the easiest form present (exact > alias
    > title_surname > the rest) and the WORST category for that subject in that document
    (threat > hate > sexual > doxxing > defamation > abuse > negative > neutral). For the
    school the full name is exact, "Beacon" alone is short_name, other aliases are alias.
    The school is a subject only when the document refers to it; neutral when it is just
    where someone works. Non-unique staff count only when the page ties them to the school;
    Ignatius Pickersgill counts wherever named. Praise of a staff member in a post attacking
    someone else is neutral; quoting abuse to condemn it, news of a conviction of someone
    who abused a teacher, jokes and untargeted swearing are neutral for the victim. News of
    an arrest, suspension or investigation is defamation for the person, except where a
    child may be sexually involved: then sexual with url_only true, for the staff member
    and for the school when named. A pupil's crush on an adult teacher is sexual, url_only
    false.

Running:
    python3 tests/corpus_train31/build_train31.py
    (re)writes docs/ and labels.jsonl beside this file, checks every label and prints a
    summary; exits 1 on any problem.
"""

from __future__ import annotations

import html
import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS_PATH = HERE / "labels.jsonl"
WATCHLIST_PATH = HERE / "watchlist.toml"

KINDS_HTML = ("news", "forum", "blog")
KINDS_TEXT = ("review", "social", "facebook")
CATEGORIES = ("threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral")
VARIANTS = (
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
)

SITES = {
    "live": ("Mexthorpe Live", "mexthorpelive.example", ["News", "Schools", "Crime", "Sport", "What's On", "Jobs"], "Mexthorpe Live is published by Dearnside Local Media Ltd. Registered in England."),
    "courier": ("South Yorkshire Courier", "sycourier.example", ["Home", "News", "Education", "Politics", "Opinion", "Sport"], "South Yorkshire Courier. Independent regional journalism since 1874."),
    "gazette": ("Dearnside Gazette", "dearnsidegazette.example", ["News", "Villages", "Nostalgia", "Letters", "Notices"], "Dearnside Gazette, published every Thursday."),
    "clarion": ("The Daily Clarion", "dailyclarion.example", ["News", "Showbiz", "Money", "Femail", "Sport", "TV"], "The Daily Clarion. Part of Clarion Media Group."),
    "classroom": ("Classroom Weekly", "classroomweekly.example", ["News", "Leadership", "Academies", "Jobs", "Opinion"], "Classroom Weekly: news for the people who run schools."),
    "ledger": ("The Northern Ledger", "northernledger.example", ["UK", "World", "Business", "Culture", "Sport"], "The Northern Ledger. All rights reserved."),
    "parentverse": ("Parentverse", "parentverse.example", ["Talk", "Education", "Secondary", "AIBU", "Chat"], "Parentverse forums. Posts are the views of their authors."),
    "staffroom": ("StaffRoomTalk", "staffroomtalk.example", ["Forums", "Behaviour", "Leadership", "Workplace dilemmas", "Jobs"], "StaffRoomTalk: the community for teachers."),
    "brasstalk": ("BrassTalk", "brasstalk.example", ["Forum", "Contests", "Youth Bands", "Classifieds"], "BrassTalk: the banding community online."),
    "pitnotes": ("Pit Village Notes", "pitvillagenotes.example", ["Home", "Archive", "About", "Contact"], "Pit Village Notes. Words and photographs by Alan Thirkell."),
    "kelderbyvoice": ("Kelderby Voice", "kelderbyvoice.example", ["Home", "Community", "Events", "Clubs", "Contact"], "Kelderby Voice is run by volunteers. Send us your news."),
    "bulletin": ("Kelderby Beacon Academy", "kelderbybeacon.example", ["Home", "About", "Bulletin", "Admissions", "Sixth Form", "Contact"], "Kelderby Beacon Academy, Pit Lane, Kelderby. Tel 01632 960537. A member of the Pennine Ascent Learning Trust."),
    "council": ("Mexthorpe Metropolitan Borough Council", "mexthorpe.gov.example", ["Home", "Council and democracy", "Meetings", "Elections", "Schools"], "Mexthorpe Metropolitan Borough Council. Town Hall, Mexthorpe."),
    "jobs": ("TeachNorth Jobs", "teachnorth.example", ["Find a job", "Schools", "Career advice", "Sign in"], "TeachNorth Jobs. Adverts are placed by employers."),
    "unionblog": ("Chalkface North", "chalkfacenorth.example", ["Blog", "Casework", "Join", "About"], "Chalkface North: a rank-and-file teachers' blog."),
    "exblog": ("Kelderby Lass Abroad", "kelderbylass.example", ["Home", "Writing", "About"], "Kelderby Lass Abroad. Opinions my own."),
    "walks": ("Dales and Dearne Walks", "dalesdearnewalks.example", ["Walks", "Maps", "Kit", "About"], "Dales and Dearne Walks. Walk at your own risk."),
    "boating": ("Kennet Boating Association", "kennetboating.example", ["Home", "Moorings", "Events", "Newsletter", "Join"], "Kennet Boating Association. Affiliated to the inland waterways clubs."),
    "sports": ("Dearnside Sports Round-up", "dearnsidesports.example", ["Football", "Cricket", "Rugby", "Bowls", "Results"], "Dearnside Sports Round-up, volunteers reporting local sport."),
}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    blocks = [b.strip() for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join(f"      <p>{esc(' '.join(b.split(chr(10))))}</p>" for b in blocks)


def chrome(site: str, title: str, inner: str) -> str:
    name, domain, nav, footer = SITES[site]
    links = " | ".join(f'<a href="https://{domain}/{n.lower().replace(" ", "-").replace(chr(39), "")}">{esc(n)}</a>' for n in nav)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n'
        "<head>\n"
        '  <meta charset="utf-8">\n'
        f"  <title>{esc(title)} | {esc(name)}</title>\n"
        "</head>\n"
        "<body>\n"
        f'  <header><div class="masthead">{esc(name)}</div>\n'
        f"    <nav>{links}</nav>\n"
        "  </header>\n"
        "  <main>\n"
        f"{inner}\n"
        "  </main>\n"
        f'  <footer><p>{esc(footer)}</p><p><a href="https://{domain}/privacy">Privacy</a> | <a href="https://{domain}/terms">Terms</a> | <a href="https://{domain}/contact">Contact us</a></p></footer>\n'
        "</body>\n"
        "</html>\n"
    )


def comments_block(comments) -> str:
    if not comments:
        return '    <section class="comments"><h2>Comments</h2><p>Comments are closed on this article.</p></section>'
    items = "\n".join(
        f'      <div class="comment"><span class="author">{esc(who)}</span> <span class="when">{esc(when)}</span>\n{paras(text)}\n      </div>'
        for who, when, text in comments
    )
    return f'    <section class="comments"><h2>Comments ({len(comments)})</h2>\n{items}\n    </section>'


def news(site: str, headline: str, byline: str, date: str, body: str, comments=()) -> str:
    inner = (
        "    <article>\n"
        f"      <h1>{esc(headline)}</h1>\n"
        f'      <p class="byline">By {esc(byline)} | {esc(date)}</p>\n'
        f"{paras(body)}\n"
        "    </article>\n"
        f"{comments_block(comments)}"
    )
    return chrome(site, headline, inner)


def blog(site: str, title: str, author: str, date: str, body: str, comments=()) -> str:
    inner = (
        "    <article class=\"post\">\n"
        f"      <h1>{esc(title)}</h1>\n"
        f'      <p class="meta">Posted by {esc(author)} on {esc(date)}</p>\n'
        f"{paras(body)}\n"
        "    </article>\n"
        f"{comments_block(comments)}"
    )
    return chrome(site, title, inner)


def forum(site: str, board: str, title: str, posts) -> str:
    items = "\n".join(
        f'      <div class="post" id="p{i + 1}"><div class="author">{esc(who)}</div><div class="when">{esc(when)}</div>\n        <div class="body">\n{paras(text)}\n        </div>\n      </div>'
        for i, (who, when, text) in enumerate(posts)
    )
    inner = (
        f'    <p class="breadcrumb">Forums &gt; {esc(board)}</p>\n'
        "    <article class=\"thread\">\n"
        f"      <h1>{esc(title)}</h1>\n"
        f"{items}\n"
        "    </article>\n"
        '    <section class="comments"><h2>Reply to this thread</h2><p>You must be signed in to reply.</p></section>'
    )
    return chrome(site, title, inner)


DOCS: list[tuple[str, str, list[dict]]] = []


def M(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> dict:
    return {"subject": subject, "variant": variant, "category": category, "url_only": url_only, "form": form}


def add(kind: str, content: str, *expected: dict) -> None:
    if kind in KINDS_TEXT:
        content = content.strip("\n") + "\n"
    DOCS.append((kind, content, list(expected)))


# ---------------------------------------------------------------- behaviour regime, first wave

# 000
add("news", news("live", "Parents protest at school gates over 'prison-style' isolation booths", "Hannah Marsden, Education Reporter", "Tuesday 14 January 2025", """
Around forty parents gathered outside Kelderby Beacon Academy on Monday morning to protest against what they describe as a "prison-style" behaviour policy introduced after the school joined the Pennine Ascent Learning Trust.

The academy, which many in the village still call the Comp, now runs a regime its leaders call "flattening the grass". Pupils who break minor rules are sent to rows of screened isolation booths, where they work in silence for the rest of the day.

Parents say children have been isolated for wearing the wrong socks, for arriving without a pencil and, in one case, for sighing. "My daughter is autistic and she has done nine days in a booth since September," said mum-of-three Kerry Wragg. "Nobody will sit down with me and talk about her needs."

Principal Claire Ashworth-Binns said the approach had cut suspensions by a third. "High expectations are an act of kindness. Our pupils deserve calm corridors and lessons without disruption, and that is what we are delivering," she said.

Vice Principal Craig Fenwick, who designed the system, was seen speaking to parents at the gate but declined to comment.

A trust spokesperson said families could raise concerns through the formal complaints procedure.
""", [
    ("Dale K", "2 hours ago", "Good. Kids need boundaries. We got the slipper at the Comp and it never did me any harm."),
    ("MandyR1982", "1 hour ago", "My lad has had eleven days in them booths this year, mostly over his coat. Fenwick doesn't listen to a word you say, he just reads the policy back at you like a robot."),
    ("SteelCityNan", "54 minutes ago", "Fenwick is a jumped up little jobsworth with a clipboard and a Napoleon complex. Pathetic excuse for a teacher."),
]),
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("cashworthbinns", "exact", "neutral", "Claire Ashworth-Binns"),
    M("cfenwick", "exact", "abuse", "Craig Fenwick"),
)

# 001
add("facebook", """
Kelderby Parents Chat
Gemma Haigh · 3h
Anyone else's kid been put in the booth today for literally nothing?? Our Tyler got sent for TUTTING when he was told to tuck his shirt in. Tutting!! Mr Fenwick stood over him with his clipboard like he'd robbed a bank. It was never like this before the trust

👍😡 41 · 29 comments

Lisa Marsh
Same with our Keeley, two days for a pen that ran out 🙄

Jason Pryce
someone wants to give that fenwick a proper hiding, see how he likes being stood over

Donna Birkhead
Jason don't put stuff like that on here love

Jason Pryce
Im serious. he wants to watch himself walking to his car

Sharon Ibbotson
Has anyone actually put a complaint in to the Beacon in writing? Email the principal, it's the only thing they bother answering
""",
    M("school", "short_name", "negative", "Beacon"),
    M("cfenwick", "title_surname", "threat", "Mr Fenwick"),
)

# 002
add("social", """
TikTok · comments on "day 47 in the beacon booths 😭" (@kelderby.kidz)

jayden_x: POV mr F3nw1ck catches u with ur top button undone 💀💀
lilyyy.m: he gave my brother 3 days for a pencil case i cant
ryanb_07: man's a proper weapon fr 🤡
kaylz: not the booths smelling like lynx africa and tears 😭😭
grandad_keith54: In my day we respected our teachers.
mia.r0se: the beacon was alright before all this tbh
""",
    M("school", "short_name", "negative", "beacon"),
    M("cfenwick", "leetspeak", "abuse", "F3nw1ck"),
)

# 003 decoy: describes the school without naming it
add("forum", forum("staffroom", "Behaviour", "Flattening the grass: anyone working somewhere doing this?", [
    ("chalkdustandtears", "Sat 18 Jan 2025 19:02", """
Just been for interview at a MAT school in a former mining village in South Yorkshire that does 'flattening the grass'. Isolation booths, silent corridors, sanctions for not tracking the teacher with your eyes. The deputy who runs it gave the tour and seemed quite proud of how many kids were in isolation (forty-odd on a Tuesday).

Honestly not sure. Anyone know what it's like to actually work in one of these?
"""),
    ("OldLagInTheLab", "Sat 18 Jan 2025 20:15", """
If it's the one I think it is, I did supply there in the autumn. Staff are split. Some love it because lessons are quiet, some think the deputy is building an empire. SLT are never off the corridor with their radios. The caretaker was the only person who said good morning to me all week.
"""),
    ("Gwendolyn_T", "Sat 18 Jan 2025 21:40", """
I'd run. Any school where the isolation room is the biggest room in the building has its priorities wrong.
"""),
    ("chalkdustandtears", "Sun 19 Jan 2025 08:12", "Thanks both. I'll keep my options open and see what else comes up after half term."),
]))

# 004
add("news", news("clarion", "£245K 'FAT CAT' ACADEMY BOSS AS PIT VILLAGE KIDS SIT IN BOOTHS", "Clarion Reporter", "Saturday 25 January 2025", """
THE boss of an academy chain paid almost a quarter of a million pounds a year is presiding over a crackdown that sees children as young as 11 sat in silent "isolation booths" for hours at a time.

Nigel Sowerby, 58, chief executive of the Pennine Ascent Learning Trust, took home £245,000 last year, more than the Prime Minister, according to the trust's own accounts.

Meanwhile at Kelderby Beacon Academy, one of his 19 schools, in a former mining village in South Yorkshire, furious parents claim kids are being "caged" for the most trivial offences.

One mum told the Clarion: "They've got money for a chief executive on that salary but they're closing the sixth form and my son has to sit in a box all day."

The trust also paid £38,000 for a leadership "away day" at a country spa hotel last spring.

Last night a trust spokesman said: "Pay is set by an independent remuneration committee and reflects the scale of the organisation. Behaviour at the academy has improved dramatically."
""", [
    ("Brexitbulldog", "25/01/2025", "Another public sector leech. Sowerby should be ashamed, pigs at the trough the lot of them. Greedy parasite."),
    ("JanetFromKent", "25/01/2025", "More than the PM for running some schools? Disgraceful."),
    ("Realist_99", "25/01/2025", "Booths work. Ask any teacher who's had a chair thrown at them."),
]),
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("nsowerby", "exact", "abuse", "Nigel Sowerby"),
)

# 005
add("social", """
X · @pitvillagelass
Sowerbys on £245k while my niece at the Beacon has had no A level chemistry teacher since October and they want to shut the sixth form. make it make sense #SaveBeaconSixth

  @dearneloon · replying to @pitvillagelass
  the man's a parasite. an absolute leech in a suit

  @pitvillagelass · replying to @dearneloon
  😂 harsh but fair
""",
    M("school", "short_name", "negative", "Beacon"),
    M("nsowerby", "possessive", "abuse", "Sowerbys"),
)

# 006 decoy: Beacon Cabs
add("news", news("live", "Taxi driver praised for returning purse with £600 inside", "Mexthorpe Live reporter", "Friday 10 January 2025", """
A Mexthorpe taxi driver has been thanked by a pensioner after he handed in a purse containing £600 and her late husband's wedding ring.

Imran Qadir, who has driven for Beacon Cabs for twelve years, found the purse wedged down the back seat at the end of a Saturday night shift.

"It's not mine, so it goes back. Simple as that," he said. The firm's office tracked down the owner, 84-year-old Edna Royle, from the booking.

Mrs Royle said: "I'd been to the bingo and I was in a right state. He's a credit to his family."

Beacon Cabs operates from a rank near the bus station and has been running since 1987.
""", [
    ("Mexthorpe Mick", "10/01/2025", "Always use Beacon Cabs, never had a bad driver. Top lad."),
]))

# 007
add("review", """
Kelderby Beacon Academy
Secondary school · Kelderby
★☆☆☆☆
Karen W · Local Guide · 14 reviews
2 weeks ago
Used to be a lovely school when it was Kelderby Comprehensive. Now it's run like a young offenders institute. My son was put in isolation for 3 days because his school shoes had a tiny white logo on the side. Emailed the principal twice and got a standard letter back. The only person who has ever actually helped us is Bob Hinchcliffe the caretaker, who found my son's inhaler on the field and drove it round to ours in his own time. Rating is for the school, not for Bob.

Response from the owner · 1 week ago
Thank you for your feedback. Please contact the academy office on 01632 960537 so we can discuss your concerns.
""",
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("rhinchcliffe", "alias", "neutral", "Bob Hinchcliffe"),
)

# 008
add("social", """
Instagram · kelderbybeaconacademy
Huge congratulations to our Year 9 brass ensemble, who took first place at the Dearnside Youth Brass Festival on Saturday! 🎺🏆 Thank you Mr Pickersgill for all those Tuesday night rehearsals. #KelderbyBeacon #brassband
♥ 312 likes

nanaangie54 So proud of our Ellie-May 😍🎺
shaz_w well done kids!! Mr P is a legend
dave.hirst Just shows what the kids can do when there's investment. Now keep the sixth form open
brassbandmad that cornet solo gave me chills
""",
    M("school", "hashtag", "neutral", "#KelderbyBeacon"),
    M("ipickersgill", "title_surname", "neutral", "Mr Pickersgill"),
)

# 009
add("news", news("courier", "Trust consults on closing sixth form at former pit village academy", "Rob Akroyd, Education Correspondent", "Wednesday 29 January 2025", """
The Pennine Ascent Learning Trust has launched a six-week consultation on closing the sixth form at Kelderby Beacon Academy, saying student numbers are no longer viable.

The sixth form has 94 students across two year groups. The trust says each student costs around £1,900 more to teach than the funding brings in, and proposes that from September 2026 post-16 students travel to its larger centre in Mexthorpe, a 40-minute bus ride away.

Head of Sixth Form Sarah Taylor has led the centre since 2017. Former students credit her with the village's first ever Oxbridge offer in 2022. She declined to comment, referring questions to the trust.

Local councillor Derek Royston called the plan "the last nail in the coffin" for a village that had "already lost the pit, the library and the bank".

Trust chief executive Nigel Sowerby said: "No decision has been made. We want to hear from families and the wider community before we do anything."

The consultation closes on 28 March. A public meeting is planned at Kelderby Miners' Welfare on 12 March.
""", [
    ("RetiredPitman", "29 Jan", "Sowerby says no decision's been made. Course it has. They've had their eye on that sixth form since the day they took over."),
    ("Lou_S", "29 Jan", "Mrs Taylor is the reason my daughter is a junior doctor now. Shameful to take that away from the next lot."),
]),
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("staylor", "exact", "neutral", "Sarah Taylor"),
    M("nsowerby", "exact", "negative", "Nigel Sowerby"),
)

# 010
add("facebook", """
Save Kelderby Beacon Sixth Form
Public group · 1.9K members

Admin · Pinned
📣 PUBLIC MEETING Wed 12 March, 7pm, Kelderby Miners' Welfare (big room upstairs). Bring your neighbours, bring your nan. The trust has promised to send somebody. Lorraine Beevers has agreed to speak about what the sixth form means to the village and ex-students will be there too. Petition now at 1,340 signatures!!

Pat Greaves
Will Nigel Sowerby be there or will he send one of his minions again?

Admin
We've invited him personally Pat.

Kev Oxley
He won't come. He never does. Too busy counting his pension

Michelle Dyson
Shared to Kelderby Past & Present 👍
""",
    M("school", "alias", "neutral", "Kelderby Beacon"),
    M("lbeevers", "exact", "neutral", "Lorraine Beevers"),
    M("nsowerby", "exact", "negative", "Nigel Sowerby"),
)

# 011 decoy: beacon as ordinary word / walking route
add("blog", blog("walks", "Beacon Pike circular from Ramsgill Bridge (6.5 miles)", "Ruth Cawley", "2 February 2025", """
A proper winter leg-stretcher this one. Park at Ramsgill Bridge (honesty box, £3) and follow the old packhorse track north-west until the wall ends.

The climb to Beacon Pike is steep for the last half mile but the view from the trig point is worth it: on a clear day you can see the power station cooling towers to the east and the moors rolling away to the west. The old fire beacon on the summit was rebuilt for the millennium and is still lit on special occasions.

Come down the far side via Beacon Lane, past the farm selling eggs, and pick up the canal towpath back to the car. Allow three and a half hours with kids.

Dogs on leads near the sheep, please. The tea room at the bridge closes at 4pm in winter.
""", [
    ("Hikingmum", "3 Feb", "Did this last Sunday with two under-tens. They loved the beacon at the top!"),
]))

# 012
add("news", news("live", "Angry scenes at packed meeting over Kelderby sixth form", "Hannah Marsden", "Thursday 13 March 2025", """
More than 300 people crammed into Kelderby Miners' Welfare on Wednesday night to oppose plans to close the village's only sixth form.

The trust's director of secondary education, Andrew Pell, faced more than an hour of questions. Trust chief executive Nigel Sowerby did not attend.

History teacher Lorraine Beevers, who is standing as an independent candidate for the Kelderby and Nether Cleeve ward in May's borough elections, received a standing ovation. "This is a village that was told in 1993 that it had no future," she said. "We proved them wrong. Taking the sixth form is telling our kids the same thing again."

Year 12 Beacon students read out a letter they had written to the trust, describing how many of them would be the first in their family to go to university.

One man was escorted from the room after shouting at Mr Pell. Police were not called.

The trust said it would publish a summary of responses after the consultation closes.
""", [
    ("Gaz_Kelderby", "13 Mar", "Lorraine for council. Only one who ever stands up for this village."),
    ("Impartial_Observer", "13 Mar", "Should a teacher really be using a public meeting about her own employer to campaign for votes? Bit of a conflict of interest if you ask me. Not very professional."),
]),
    M("school", "short_name", "negative", "Beacon"),
    M("nsowerby", "exact", "neutral", "Nigel Sowerby"),
    M("lbeevers", "exact", "negative", "Lorraine Beevers"),
)

# 013
add("social", """
X · @KelderbyIndies
Out leafleting Hagg Royd this morning with Lorraine. Cracking response on the doors 🗳️ Vote Beevers on 1 May for Kelderby & Nether Cleeve!

  @realistmexthorpe · replying to @KelderbyIndies
  she's a teacher, she should be teaching kids not politicking. who's marking the books while she's knocking on doors

  @KelderbyIndies · replying to @realistmexthorpe
  It's a Saturday, pal.
""",
    M("lbeevers", "surname_only", "negative", "Beevers"),
)

# 014
add("facebook", """
Kelderby Past & Present
Steve Lodge · 2d
Found this in the loft. Kelderby Comprehensive School staff photo, summer 1998. Back row, far right, is that a young Bob Hinchcliffe with the moustache?! He's still there now bless him.

💬 63 comments

Maureen Crossley
It is! Bob's been at the Comp since 1991 after the pit shut. Lovely man, fixed our Darren's bike every week for a year

Ann Varley
Bobby Hinchcliffe!! Played centre half for the Welfare when they won the cup 😂 hair's gone now mind

Steve Lodge
Second row is Mr Ashby the old head. Proper gentleman
""",
    M("school", "alias", "neutral", "Kelderby Comprehensive"),
    M("rhinchcliffe", "alias", "neutral", "Bob Hinchcliffe"),
)

# 015
add("news", news("courier", "Trust axes 'heart of the village' caretaker in estates shake-up", "Rob Akroyd", "Monday 3 February 2025", """
Kelderby Beacon Academy's long-serving caretaker Robert Hinchcliffe is among six site staff across the Pennine Ascent Learning Trust facing redundancy under plans to move to a centralised estates team.

Mr Hinchcliffe, known to generations of pupils as Bob, started at the school in 1991 after Kelderby Main colliery closed, where he had worked underground for fourteen years.

A petition calling for him to be kept on has gathered more than 2,000 signatures in four days.

The trust said the changes would "ensure consistent, professional estates management across our academies" and that affected staff were being supported to apply for new roles.

Principal Claire Ashworth-Binns said: "Bob is a hugely valued member of our community and this is a difficult process for everyone."
""", [
    ("kelderby_lass", "3 Feb", "Shame on the lot of them. Bob has done more for that school than any principal ever has."),
    ("T.Womersley", "3 Feb", "Ashworth-Binns could have fought for him. She won't. She's a trust yes-woman who'll do whatever Mexthorpe tells her and she's never once stood up for her own staff."),
]),
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("rhinchcliffe", "exact", "neutral", "Robert Hinchcliffe"),
    M("cashworthbinns", "exact", "negative", "Claire Ashworth-Binns"),
)

# 016
add("social", """
Instagram · comments on @saveourbob_kelderby "PETITION LINK IN BIO 🔗"

ellz.xo: BOB!!! he literally gave me half his sandwich when i forgot my dinner money in yr7 😭😭
j4ck_w: if they get rid of Bobby Hinchcliffe im never setting foot in that school again
mrsjbrook: Signed. Kelderby Beacon without Bob is like the Welfare without beer
lewis.h: robbie hinchcliffe the only decent adult in that building no cap
""",
    M("school", "alias", "negative", "Kelderby Beacon"),
    M("rhinchcliffe", "nickname", "neutral", "Bobby Hinchcliffe"),
)

# 017
add("blog", blog("pitnotes", "What the pit took, and what the trust is taking", "Alan Thirkell", "9 February 2025", """
When Kelderby Main closed in 1993 the village lost eight hundred jobs in a month. What it kept were the things the miners had built for themselves: the Welfare, the band, the allotments, and a comprehensive school that took every child in the valley and did right by most of them.

Thirty years on, that school is Kelderby Beacon Academy, one of nineteen in the Pennine Ascent Learning Trust, and I have started to wonder how much of the old place will be left.

The trust's chief executive, Nigel Sowerby, is paid more than any council leader in Yorkshire. His organisation now proposes to close the sixth form and to make redundant the caretaker, Bob Hinchcliffe, who was a faceworker at Kelderby Main before he spent thirty-four years unblocking toilets and mending fences at the school. You do not have to romanticise the past to see that something is being taken here, and it is not being taken by anyone who lives here.

There are good things still. Ignatius Pickersgill, who runs the school's brass band, has forty children learning instruments that their great-grandfathers played, and the youth band played the Miners' Hymn at the gala last summer so well that grown men cried.

But a band is not a strategy. If the sixth form goes, the brightest kids in Kelderby will do what the brightest kids always did after the pit closed: leave.
""", [
    ("Pete Ramsden", "9 Feb", "Beautifully put Alan. Sowerby and his lot wouldn't know Kelderby from a hole in the ground."),
    ("Jean Ackroyd", "10 Feb", "My father was on the same shift as Bob. Salt of the earth."),
]),
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("nsowerby", "exact", "negative", "Nigel Sowerby"),
    M("rhinchcliffe", "alias", "neutral", "Bob Hinchcliffe"),
    M("ipickersgill", "exact", "neutral", "Ignatius Pickersgill"),
)

# 018 decoy: village brass band, no school
add("news", news("gazette", "Kelderby Colliery Band lifts area title for third year running", "Gazette Sport and Leisure", "Thursday 6 March 2025", """
Kelderby Colliery Band were crowned champions of the Dearnside Area contest at the weekend, their third consecutive win in the second section.

Conducted by Malcolm Firth, the band played the test piece with what adjudicator Sheila Burgin called "a wonderful sense of line and real character in the euphonium section".

The band was formed in 1908 by men from Kelderby Main colliery and still rehearses twice a week in the concert room at Kelderby Miners' Welfare. Band secretary Lynn Haworth said the win was "for everyone who kept the band going after the pit shut, when there was no money and no lads left to play".

The band now goes forward to the national finals in September and has launched an appeal to fund new uniforms. Donations can be left behind the bar at the Welfare.
""", [
    ("cornetcarol", "6 Mar", "Brilliant! Massive well done to Malcolm and everyone. Kelderby proud 💙"),
]))

# 019
add("facebook", """
Mexthorpe Community Noticeboard
Wayne Stainrod · 5h
So apparently the Beacon has took in ANOTHER 30 of them Slovakian gypsies this term. My sisters lad cant get a place in year 7 but they can?? Kelderby's finished. Theyll be robbing everything not nailed down by christmas. That school should be ashamed of itself bending over backwards for people who dont even speak English and dont want to.

Carol Jessop
Wayne that's out of order, they're children

Wayne Stainrod
Facts Carol. Go look at Nether Cleeve now its like a foreign country

Liam Broadhead
100% mate. Send em back. Beacon = gyppo central now 🤮

Admin · Mexthorpe Community Noticeboard
Comments on this post have been turned off.
""",
    M("school", "short_name", "hate", "Beacon"),
)

# 020
add("news", news("courier", "'They're our children now': how a pit village school is welcoming Roma families", "Nadia Farooqui", "Sunday 16 February 2025", """
When the first Roma families arrived in Kelderby from eastern Slovakia two winters ago, most of the children had never sat in a classroom for a full day. Eighteen months on, 41 Roma pupils attend Kelderby Beacon Academy, and their attendance is higher than the school average.

Much of the credit, staff say, belongs to EAL and community lead Renáta Dudášová, who grew up in a small town in the east of Slovakia and speaks Slovak, Romani and Hungarian. She runs an English club after school, meets families at the community centre on Saturdays and translates letters home.

"Parents were frightened of schools because schools at home had put their children in separate classes," she said. "Here we say: your child is our child."

Principal Claire Ashworth-Binns said: "The Roma families have made this school richer. We are proud of them."

Not everyone in the village has been welcoming. The academy has received abusive emails and staff say some comments online have been "vile". Police said they were aware of the messages.
""", [
    ("Hilary Booth", "16 Feb", "Lovely story. Mrs Dudasova sounds amazing."),
    ("DearneDan", "16 Feb", "Nice to read something positive about Kelderby for once."),
]),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("rdudasova", "exact", "neutral", "Renáta Dudášová"),
    M("cashworthbinns", "exact", "neutral", "Claire Ashworth-Binns"),
)

# 021
add("social", """
X · @YorksPatriot_88
That Slovak woman they've got at Kelderby Beacon, Dudasova or whatever her name is, is running an immigration office out of a school on YOUR taxes. Her and her kind can go back where they came from. This is England 🏴󠁧󠁢󠁥󠁮󠁧󠁿

  @northernsoulgirl · replying to @YorksPatriot_88
  she's a teacher helping children learn English you absolute melt

  @YorksPatriot_88 · replying to @northernsoulgirl
  shes a foreign parasite and so are the rest of them
""",
    M("school", "alias", "neutral", "Kelderby Beacon"),
    M("rdudasova", "surname_only", "hate", "Dudasova"),
)

# 022
add("facebook", """
Kelderby Residents Uncensored
Private group
Scott Hemingway · 1h
Anyone know the EAL woman from the Beacon? Renata Dudasova. Lives at 22 Colliery Terrace, Nether Cleeve, S0 7QX, silver Skoda outside most nights. Just saying like. Her mobile's 07700 900413 if anyone wants a word about what's going on at that school.

Debbie Walton
Scott take this down now, that's her home address and her number

Scott Hemingway
its all public info Debbie

Gary Firth
noted 👍

Debbie Walton
Reported to admins.
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("rdudasova", "alias", "doxxing", "Renata Dudasova"),
)

# 023
add("review", """
WorkVoice · Kelderby Beacon Academy · Employee reviews
★★☆☆☆  "Calm corridors, exhausted staff"
Teacher (Current Employee) · Kelderby · 4 Feb 2025
Recommend to a friend: No   CEO approval: No

Pros
Kids are lovely once you get to know them. Department colleagues are supportive. The site team are amazing.

Cons
The behaviour system is rigid to the point of cruelty and SLT expect you to issue sanctions for things you know are ridiculous. The VP for behaviour runs it as his personal fiefdom and if you question anything you are "not aligned". The trust takes every decision; the principal is a messenger. Workload is huge and nobody stays more than two years.

Advice to Management
Let teachers use their professional judgement again.
""",
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
)

# 024
add("social", """
Snapchat · story (text overlay, shared to "kelderby yr10 🔥")
mr mottram in PE today 🥵🥵 no bc why is he actually so fit
  reply · kels.x: GIRL 😭😭 hes like 30
  reply · ambs: ngl the beacon has never had a fit teacher before him
  reply · tia_h: im telling him u said that 💀
""",
    M("school", "short_name", "neutral", "beacon"),
    M("rmottram", "title_surname", "sexual", "mr mottram"),
)

# 025 decoy: namesake Sarah Taylor
add("news", news("ledger", "Midwife Sarah Taylor named Saltmarsh Bay's community hero of the year", "Ledger Staff", "Friday 21 February 2025", """
A midwife who delivered a baby in a lay-by during last winter's floods has been named community hero of the year in Saltmarsh Bay.

Sarah Taylor, 44, has worked at Saltmarsh General Hospital for nineteen years. In December she was called out to a woman in labour whose car had been stranded by floodwater on the coast road. With no ambulance able to reach them, she delivered a healthy boy in the back of her own estate car.

"I just did what any midwife would do," said Mrs Taylor, who lives in the town with her husband and two teenage sons. "The parents named him after the lifeboat cox, not me, which is fair enough."

The award was presented by the mayor of Saltmarsh Bay at a ceremony in the town hall.
""", [
    ("BayResident", "21 Feb", "Sarah Taylor delivered both of mine. Absolute angel of a woman."),
]))

# 026
add("news", news("live", "PE teacher suspended as police look into 'messages to pupils'", "Mexthorpe Live reporter", "Friday 28 February 2025", """
A PE teacher at Kelderby Beacon Academy has been suspended while police look into claims he sent inappropriate messages to pupils on social media.

Ryan Mottram, 31, who also coached the school's under-15 girls' football team, has not been arrested. Police confirmed they had received a report concerning online contact with children and said enquiries were ongoing.

A letter sent to parents on Friday by Principal Claire Ashworth-Binns said: "A member of staff has been suspended pending investigation. Safeguarding is our highest priority and we are working closely with the relevant authorities."

Parents with concerns are being asked to contact the school's designated safeguarding lead.
"""),
    M("school", "exact", "sexual", "Kelderby Beacon Academy", True),
    M("rmottram", "exact", "sexual", "Ryan Mottram", True),
    M("cashworthbinns", "exact", "neutral", "Claire Ashworth-Binns"),
)

# 027
add("facebook", """
Kelderby Parents Chat
Anonymous participant · 4h
Is it true about Mottram?? My daughter says the kids are all saying he'd been snapchatting year 10 girls and asking them for pictures. If that's true I want to know why the Beacon let him anywhere near the girls football

Carly Senior
Don't spread stuff till we know love, could ruin someone's life

Nicola Breen
My niece said he added her on snap in year 9 and kept messaging her late at night. She blocked him. Always thought something was off with him

Paula Firth
The school has known for months apparently, somebody complained last summer and nothing was done
""",
    M("school", "short_name", "sexual", "Beacon", True),
    M("rmottram", "surname_only", "sexual", "Mottram", True),
)

# 028
add("social", """
X · @mexthorpe_mam
they've suspended the M o t t r a m bloke from the Beacon and the kids are saying he was messaging girls on snap. sick to my stomach, my daughter had him for PE

  @ganda_T · replying to @mexthorpe_mam
  wait for the police before you name anyone
""",
    M("school", "short_name", "sexual", "Beacon", True),
    M("rmottram", "spacing", "sexual", "M o t t r a m", True),
)

# 029 decoy: Kennet Boating Association, KBA
add("blog", blog("boating", "KBA Newsletter: spring working party and AGM", "Hon. Secretary", "1 March 2025", """
Welcome to the spring newsletter of the KBA. A big thank you to the eleven members who turned out in the rain to clear the reed beds below Hatchet Lock; the moorings are usable again.

The KBA annual general meeting will be held on Saturday 5 April at 2pm in the clubhouse. Nominations for committee posts should reach the secretary by 22 March. We are particularly keen to hear from anyone willing to take on the role of moorings officer.

The Kennet Boating Association is also pleased to announce that the winter lock closures finished on schedule. Please remember the speed limit past the moored boats at Fenny Wharf: we have had complaints.

Subscriptions for 2025 are now due. Members who have not renewed by 30 April will lose their mooring priority.
"""))

# ---------------------------------------------------------------- science, behaviour, band, politics

# 030
add("news", news("live", "Parent banned from academy site after racist tirade at teacher", "Hannah Marsden", "Wednesday 20 November 2024", """
A father has been banned from Kelderby Beacon Academy's site after he allegedly racially abused a senior teacher at a parents' evening.

Witnesses said the man became angry when told his son had been moved down a set in science and directed a stream of racist insults at Head of Science Priya Chauhan in front of other families.

One parent who was there said: "It was horrible. He was shouting at her to go back to her own country. She was born in Leeds. She just stood there and took it, then carried on with her appointments."

The academy confirmed that a parent had been issued with a letter barring him from the premises and that the matter had been reported to police.

Dr Chauhan joined the school in 2019 and last year led the science department to its best GCSE results in a decade.
""", [
    ("Ruth_M", "20 Nov", "Dr Chauhan taught my eldest. Brilliant teacher. Hope they throw the book at him."),
    ("Nev Hartley", "20 Nov", "Disgusting behaviour. Not what Kelderby is about."),
]),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("pchauhan", "exact", "neutral", "Priya Chauhan"),
)

# 031
add("facebook", """
Dads of Dearnside
Public group
Darren Cusworth · 6h
Ive been banned from my own sons school for telling the truth. That Chauhan woman at the Beacon is a useless P*ki who cant even speak proper English and marks my lad down because hes white. They should send her back to wherever her lot came from. Not having my son taught by her kind. Share this
👍 9 😡 22

Sam Kilner
Mate shes from Leeds. And you're a disgrace

Tony Race
Darren delete this before you get yourself nicked
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("pchauhan", "surname_only", "hate", "Chauhan"),
)

# 032
add("social", """
X · @elliehj_chem
6 years ago Miss Chauhan at Kelderby Beacon told 15 year old me I was "a chemist who doesn't know it yet". Today I passed my PhD viva 🧪🎓 Teachers like her change lives. Thank you ❤️

  @priya_chauhan_sci · replying to @elliehj_chem
  Dr Ellie!!! I am SO proud of you. Crying in the prep room 😭

  @kelderbybeacon · replying to @elliehj_chem
  Congratulations Ellie! Come back and talk to our Year 11s please 💙
""",
    M("school", "alias", "neutral", "Kelderby Beacon"),
    M("pchauhan", "title_surname", "neutral", "Miss Chauhan"),
)

# 033
add("news", news("courier", "Father guilty of racially abusing teacher at parents' evening", "Court Reporter", "Tuesday 8 April 2025", """
A father who racially abused a teacher at a parents' evening and then posted about her on Facebook has been convicted of racially aggravated harassment.

Darren Cusworth, 41, of Mill Street, Mexthorpe, shouted racist insults at Priya Chauhan, head of science at Kelderby Beacon Academy, in front of other parents in November. Days later he posted a message calling her a racial slur and urging people to share it.

Magistrates heard that Dr Chauhan, who was born and educated in Yorkshire, had felt "humiliated and frightened" and had changed her route to work.

Cusworth, who admitted the offence, was given a 12-week suspended sentence, ordered to do 150 hours of unpaid work and to pay £500 compensation. A restraining order bans him from contacting Dr Chauhan for three years.

Chair of the bench Helen Rigg told him: "Teachers are entitled to do their jobs without being abused because of the colour of their skin."
""", [
    ("DearneDan", "8 Apr", "Good. Suspended sentence is soft mind."),
]),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("pchauhan", "exact", "neutral", "Priya Chauhan"),
)

# 034 decoy: Beacon Radio Yorkshire
add("news", news("live", "Breakfast DJ signs off after 22 years on local airwaves", "Entertainment Desk", "Monday 17 March 2025", """
Listeners have paid tribute to breakfast presenter Gary 'Gazza' Mellor, who presented his final show on Beacon Radio Yorkshire on Friday after 22 years.

Mellor, 61, started at the station as a traffic reporter in 1998 and became the voice of the morning school run for a generation of Dearnside families.

His last show included messages from former colleagues and a surprise call from his old headteacher. "I've had the best job in the world," he said. "Thanks for letting me into your kitchens every morning."

Beacon Radio Yorkshire said a new breakfast line-up would be announced next week.
""", [
    ("Janice P", "17 Mar", "End of an era! Gazza got me through my nights shifts at the hospital for years."),
]))

# 035
add("blog", blog("unionblog", "Booths, radios and 'alignment': what flattening the grass is doing to staff", "Chalkface North", "22 February 2025", """
We have had more casework from one school this year than from the rest of the district combined. That school is Kelderby Beacon Academy, and the problem has a name: "flattening the grass".

Members describe being told, in a whole-staff briefing, that any teacher who "fails to escalate" a uniform breach is "colluding with low standards". They describe being followed round the building by members of the leadership team carrying radios. One member, a teacher of twenty years, was placed on an informal support plan for allowing a Year 8 to finish a sentence before reminding her about her tie.

The architect of the system, Vice Principal Craig Fenwick, presented it at a trust conference last term as a model for other schools. The Principal, Claire Ashworth-Binns, has refused three requests from the union to meet.

None of this is about children. Calm corridors are a good thing. Fear is not the same as calm, and exhaustion is not the same as professionalism.

If you work at the Beacon and want to talk in confidence, our contact details are below.
""", [
    ("anon_teacher_kba", "22 Feb", "Every word of this is true. I'm leaving in July."),
]),
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("cfenwick", "exact", "negative", "Craig Fenwick"),
    M("cashworthbinns", "exact", "negative", "Claire Ashworth-Binns"),
)

# 036
add("forum", forum("parentverse", "Secondary education", "AIBU to move DD because of isolation booths?", [
    ("Mumof2Dearnside", "03/02/2025 21:04", """
DD (12) is at a secondary near us that has gone full 'warm strict'. She has been in the booth twice this half term, once for a missing ruler. She's a good girl, never been in trouble, but now she has stomach aches every Sunday night. AIBU to move her mid-year?
"""),
    ("TheGreatPudding", "03/02/2025 21:18", """
Is this Kelderby Beacon? Because DS is there and this is exactly it. The VP, Fenwick, is obsessed. He stands at the top of the stairs doing a little salute at the kids like he's inspecting troops.
"""),
    ("Mumof2Dearnside", "03/02/2025 21:20", "Not saying where but... yes 😬"),
    ("BlueCheeseAndPickle", "03/02/2025 21:41", """
YANBU. Ashworth-Binns has been on some trust 'leadership journey' and come back a different woman. She used to be lovely when she was head of English. Now she won't even look at you at the gate.
"""),
    ("SensibleShoes", "03/02/2025 22:07", """
YABU a bit. Our school did flattening the grass and results went up a lot. Give it a year.
"""),
]),
    M("school", "alias", "negative", "Kelderby Beacon"),
    M("cfenwick", "surname_only", "negative", "Fenwick"),
    M("cashworthbinns", "surname_only", "negative", "Ashworth-Binns"),
)

# 037 joke, not a threat
add("social", """
TikTok · @yr11.leavers.2025 · "staff panto 2024 highlights 🎭"
caption: mr fenwick as the ugly sister i will never recover #kelderbybeacon #panto

comments
beccaaa.w: MR FENWICK ABSOLUTELY KILLED IT 😭😭😭
joshh_: the man can actually dance??? who knew
nan_jackie: Brilliant, well done all the staff x
tom.b07: first time ive ever seen him smile lol
""",
    M("school", "hashtag", "neutral", "#kelderbybeacon"),
    M("cfenwick", "title_surname", "neutral", "mr fenwick"),
)

# 038
add("facebook", """
Kelderby Residents Uncensored
Private group
Anonymous member · 2h
Since the school won't listen maybe Craig Fenwick will listen if people ring him at home. His personal mobile is 07700 900862 and he lives on Larch Close in Hagg Royd, the white house at the end with the camper van. Let him know what you think of his booths 😊

Lee Brannan
😂😂 savage

Jo Crapper
This isn't right. Whatever you think of him he has a family. Admins please remove

Anonymous member
not my problem
""",
    M("cfenwick", "exact", "doxxing", "Craig Fenwick"),
)

# 039
add("social", """
X · @kelderby_kid_99
Fеnwick better pray i never see him on his own outside that school. put my little brother in a booth 6 days straight. im not playing, he'll get what's coming to him #Beacon
""",
    M("school", "hashtag", "neutral", "#Beacon"),
    M("cfenwick", "homoglyph", "threat", "Fеnwick"),
)

# 040
add("news", news("classroom", "'Calm is kind': the vice-principal taking flattening the grass across a trust", "Classroom Weekly reporter", "Friday 7 February 2025", """
On a wet Tuesday in January, the corridors of Kelderby Beacon Academy are silent. Pupils walk in single file on the left. Staff stand at every junction.

Craig Fenwick, vice principal for behaviour and culture, is unapologetic. "People say it is harsh. What's harsh is a child leaving school at sixteen unable to read because every lesson was wrecked by the same five kids," he says.

Mr Fenwick's system, which the Pennine Ascent Learning Trust now plans to roll out in six more schools, rests on small sanctions applied immediately and consistently. Isolation booths are used, he says, "sparingly and as a last resort", though the school's own data shows an average of 38 pupils a day in isolation in the autumn term.

Critics, including some parents and the teaching unions, argue that the approach falls hardest on pupils with special educational needs. Mr Fenwick accepts there are "edge cases" and says the school is reviewing how booths are used for pupils with autism.

Suspensions are down 34 per cent on last year.
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("cfenwick", "exact", "neutral", "Craig Fenwick"),
)

# 041
add("review", """
Kelderby Beacon Academy
★★★★★
Andrea Pashley · 3 reviews
1 month ago
I know this school gets a lot of stick on Facebook but I want to say something positive. My daughter was bullied every single day at her last school. Since Mr Fenwick's new system came in she can actually learn in lessons and nobody dares mess about. She's on track for 7s in her GCSEs. Strict isn't the same as cruel. Thank you to all the staff.
""",
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("cfenwick", "title_surname", "neutral", "Mr Fenwick"),
)

# 042 decoy: namesake Craig Fenwick, darts
add("news", news("sports", "Fenwick hits nine-darter as Saltmarsh Bay Open reaches last eight", "Darts correspondent", "Sunday 23 February 2025", """
Local favourite Craig Fenwick produced the first televised-standard nine-dart finish in the history of the Saltmarsh Bay Open on Saturday night, sending the packed Lifeboat Inn into raptures.

The 37-year-old scaffolder, who plays for the Anchor in the county superleague, went on to beat defending champion Stuart Lamb 4-2 to reach the quarter-finals.

"I've done it in practice but never on a stage," said Fenwick. "My hands were shaking on the double twelve."

The quarter-finals take place on Saturday 1 March, with the winner taking home £2,500.
""", [
    ("oche_king", "23 Feb", "Was there. Craig Fenwick legend. Drinks on him next week!"),
]))

# 043
add("facebook", """
Dearnside Dads Banter (no politics)
Rich Scargill · 8h
Had to go in to the Beacon about our Kyle's detentions. Principal Claire Ashworth-Binns herself. Lads, I have never wanted to be in detention so much in my life 😏🔥 she can give me a booth any day of the week and I'll bring the handcuffs

Mick Senior
😂😂😂 behave

Dean Hobson
Leave it Rich your missus is in this group

Rich Scargill
She agrees with me 😂
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("cashworthbinns", "exact", "sexual", "Claire Ashworth-Binns"),
)

# 044
add("social", """
X · @shaznatweets
@c_ashworthbinns you are a heartless cow. 3 days isolation for a nosebleed on his shirt. hope you're proud of your precious "culture" at the Beacon, you cold fish
""",
    M("school", "short_name", "negative", "Beacon"),
    M("cashworthbinns", "handle", "abuse", "@c_ashworthbinns"),
)

# 045
add("blog", blog("exblog", "I was a Kelderby Comprehensive kid", "Jodie Marsh-Ackroyd", "30 January 2025", """
I left Kelderby Comprehensive in 2008 with eleven GCSEs, a grade 5 cornet certificate and a fear of the science block toilets that has never entirely gone away.

I live in Rotterdam now, but I follow the village Facebook groups like they're a soap opera, and this winter they have been full of the old school: isolation booths, the sixth form, Bob. I have opinions about all of it, and you can probably guess them, but what I really want to write about is the band.

When I was twelve a very tall man with an improbable name stood in front of our class, held up a tenor horn and said, "Which of you would like to make a noise that can be heard in the next village?" That was Ignatius Pickersgill. He was young then, younger than I am now. He took a school that had lost its pit band and gave it a youth band, and he taught me that practising is how you tell the people you love that you're serious.

If you are reading this, Mr Pickersgill: thank you. I still play. Badly, but I play.
""", [
    ("Carly Dobson", "30 Jan", "This made me cry. Iggy was the best teacher in that building by miles."),
]),
    M("school", "alias", "neutral", "Kelderby Comprehensive"),
    M("ipickersgill", "exact", "neutral", "Ignatius Pickersgill"),
)

# 046
add("forum", forum("brasstalk", "Youth Bands", "Kelderby Beacon youth band: funding cut?", [
    ("tenorhornTom", "10 Mar 2025 18:22", """
Hearing on the grapevine that the trust that runs Kelderby Beacon is cutting peripatetic brass lessons from September and the youth band might have to go self-funding. Anyone know more? That band has been one of the best school bands in the north for a decade.
"""),
    ("Sop_Cornet_Sue", "10 Mar 2025 18:40", """
I heard the same. Iggy Pickersgill is apparently fighting it but the trust want every school to use the same central music service. It would be criminal to lose that band. Those kids won the youth festival in January.
"""),
    ("BassTromBazza", "10 Mar 2025 19:05", """
Typical academy trust. Cut the things that make a school worth going to and spend the money on consultants.
"""),
    ("tenorhornTom", "10 Mar 2025 19:30", "If there's a fundraiser I'll play at it. Keep us posted."),
]),
    M("school", "alias", "negative", "Kelderby Beacon"),
    M("ipickersgill", "nickname", "neutral", "Iggy Pickersgill"),
)

# 047 unique staff counts without the school
add("social", """
Instagram · kelderbycollierybanduk
Great night at the Welfare for our spring concert 🎺 Thanks to guest conductor Ignatius Pickersgill for taking us through the Miners' Hymn, and to everyone who came out in the rain. Next stop: the area finals!
♥ 188 likes

lynn.h.brass: What a sound tonight 💙
euph_eddie: Iggy's tempo on the march 😅 we survived
margaret_w_1950: My husband would have been so proud of that band x
""",
    M("ipickersgill", "exact", "neutral", "Ignatius Pickersgill"),
)

# 048
add("facebook", """
Kelderby Past & Present
Kevin Royle · 1d
Not being funny but everyone going on about how marvellous Pickersgill is. He was legless in the Welfare bar on a Thursday till closing and then took the school band on the Friday morning stinking of it. Ask anyone who was there. The man's a drunk and the school covers for him because of the trophies

Lynn Haworth
That's a serious thing to say Kevin, and not true. He was at our band's do and he was on lemonade all night

Kevin Royle
believe what you want Lynn
""",
    M("ipickersgill", "surname_only", "defamation", "Pickersgill"),
)

# 049 decoy: Kelderby Beacon Cricket Club
add("news", news("sports", "Kelderby Beacon CC edge derby thriller", "Cricket round-up", "Sunday 15 June 2025", """
Kelderby Beacon Cricket Club beat neighbours Nether Cleeve by one wicket in a nail-biting Dearnside League derby on Saturday.

Chasing 187, Beacon were 143 for eight when last man Jack Firth joined wicketkeeper Dan Oxley. The pair put on 45, with Firth hitting the winning boundary off the penultimate ball.

Club chairman Phil Gomersal said: "You don't get better afternoons than that. Teas were top class as well."

Kelderby Beacon Cricket Club, founded in 1921, play at the Pit Top ground behind the Welfare. Nets for juniors run on Wednesday evenings.
"""))

# 050
add("news", news("gazette", "Eleven candidates for four Kelderby seats as election race heats up", "Political Correspondent", "Thursday 10 April 2025", """
Eleven candidates have been nominated for the four seats covering Kelderby, Nether Cleeve and Hagg Royd in next month's Mexthorpe borough elections.

In Kelderby and Nether Cleeve ward, sitting Labour councillor Derek Royston faces challenges from Reform, the Conservatives, the Greens and an independent, Lorraine Beevers, a history teacher at Kelderby Beacon Academy who has campaigned against the closure of the school's sixth form.

Ms Beevers, 52, who grew up on the Hagg Royd estate and was known as Lorraine Staniforth when she was a pupil at the same school in the 1980s, said: "I'm standing because people here feel nobody listens. I'll listen."

The council's returning officer reminded voters that the deadline to register is 14 April.
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("lbeevers", "exact", "neutral", "Lorraine Beevers"),
)

# 051
add("blog", blog("council", "Minutes: Children and Young People Scrutiny Committee, 18 March 2025", "Democratic Services", "25 March 2025", """
Present: Councillors Royston (Chair), Akhtar, Dobson, Hemsworth and Walsh. Also present: A. Pell (Pennine Ascent Learning Trust), Director of Children's Services.

Minute 41. Post-16 provision in the Kelderby area. The Committee received a report on the consultation by the Pennine Ascent Learning Trust on the future of the sixth form at Kelderby Beacon Academy.

Public questions. Ms L. Beevers asked whether the Council had assessed the cost to families of daily travel to Mexthorpe. The Director responded that a travel assessment would be presented to the next meeting.

Mr Pell stated that the trust had received 1,112 responses to date and that no decision would be taken before the summer.

Resolved: (i) that the Committee notes the report; (ii) that the Chair write to the trust expressing the Committee's concern at the potential loss of post-16 provision in a ward with low rates of progression to higher education.
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("lbeevers", "initial_surname", "neutral", "L. Beevers"),
)

# 052
add("facebook", """
Kelderby Matters (Independent Community Page)
Posted by Page admin · 1d
We have been sent photos showing that a certain history teacher and council candidate had Year 8 pupils folding her election leaflets during form time at the Beacon last week. Using children in school time for a political campaign is a disciplinary offence and probably breaks electoral law. Lorraine Beevers needs to explain herself.

Tina Mosley
Those leaflets were for the sixth form petition not her election you clown

Page admin
The photos say otherwise
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("lbeevers", "exact", "defamation", "Lorraine Beevers"),
)

# 053
add("social", """
X · @dearnside_reform_fan
Lorraine Beevors is a gobby red cow who's been filling kids' heads with leftie rubbish in history lessons at that school for 20 years. Nether Cleeve deserves better than this dinosaur. 🤡
""",
    M("lbeevers", "typo", "abuse", "Lorraine Beevors"),
)

# 054
add("facebook", """
Nether Cleeve Community Page
Mark Stenton · 3h
Seeing as she wants our votes so much, Lorraine Beevers the history teacher from the Beacon lives at 7 Cleeve Road, Nether Cleeve, S0 3JD. Her landline is 01632 960277. Feel free to pop round and ask her why she thinks teachers should run the council 😉

Helen Ward
Her address is NOT for posting on here. This is how people get hurt. Reported.

Mark Stenton
its on her nomination papers love
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("lbeevers", "exact", "doxxing", "Lorraine Beevers"),
)

# 055
add("review", """
WorkVoice · Kelderby Beacon Academy · Employee reviews
★★★★☆  "Sixth form team is the best place I've worked"
Teacher (Current Employee) · Kelderby · 19 Mar 2025
Recommend to a friend: Yes

Pros
Sixth form is a real family. Sarah Taylor is the best line manager I've had in fifteen years: she knows every student's story and fights for them. Small classes, motivated students, lots of first-generation university applicants.

Cons
Uncertainty about the future of post-16 at Kelderby Beacon Academy is affecting everyone. Main school behaviour policy is a lot.

Advice to Management
Keep the sixth form.
""",
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("staylor", "exact", "neutral", "Sarah Taylor"),
)

# 056 decoy: namesake Sarah Taylor estate agent
add("review", """
Taylor & Finch Estate Agents, Wetherdale
★★★★★
Graham Oddie · 2 reviews
3 weeks ago
Sarah Taylor sold our house in eleven days and kept us informed at every stage. When the chain nearly collapsed she spent a Saturday on the phone sorting it out. Can't recommend Sarah and the team highly enough.
""")

# 057
add("social", """
Instagram · comments on "last day of lower sixth 🥲" (@maddie.rose.k)

maddie.rose.k: and a massive thank u to Mrs Taylor for literally everything this year 🥹💙 #SaveBeaconSixth
jess_a_b: mrs taylor deserves a medal
callum.w: sixth form without her would be nothing fr
mum_of_maddie: So proud of you all x
""",
    M("school", "hashtag", "neutral", "#SaveBeaconSixth"),
    M("staylor", "title_surname", "neutral", "Mrs Taylor"),
)

# 058
add("forum", forum("parentverse", "Secondary education", "Sixth form lost DS's UCAS reference. What can I do?", [
    ("Dearneside_Dad", "16/01/2025 19:55", """
DS is in Year 13 at KBA (Kelderby). Applications were due yesterday. We've just found out his reference was never attached because the Head of Sixth Form 'didn't receive' his teacher's comments. Ms Taylor has apologised but it's too late for one of his choices. This is the second time they've messed up paperwork for him.
"""),
    ("FormerHoY", "16/01/2025 20:20", """
Sorry, that's awful. Some universities will accept late applications if you explain. Ring admissions first thing. Also put a formal complaint in so it's on record.
"""),
    ("Dearneside_Dad", "16/01/2025 20:31", "Thanks. Complaint going in tomorrow. Sick of that sixth form's excuses."),
]),
    M("school", "alias", "negative", "KBA"),
    M("staylor", "title_surname", "negative", "Ms Taylor"),
)

# 059
add("social", """
TikTok · comments on "beacon prom 2024 arrivals 🚗✨"

xx.shannon.xx: the limo 😭😭
bradleyyy: miss t4yl0r turning up with her wife 🤢🤢 disgusting, shouldnt be allowed near kids, it's not natural
kay.h: @bradleyyy ur actually vile
bradleyyy: @kay.h its the truth. lesbians shouldnt be teachers
jordan_m: the dj was mid ngl
""",
    M("school", "short_name", "neutral", "beacon"),
    M("staylor", "leetspeak", "hate", "t4yl0r"),
)

# ---------------------------------------------------------------- trust CEO, suspension, election, Roma families

# 060
add("news", news("clarion", "ACADEMY BOSS PROBED OVER £61K EXPENSES", "Clarion Investigations Team", "Sunday 6 April 2025", """
THE £245,000-a-year boss of an academy chain is being investigated over £61,000 of expenses claims, including first-class rail travel and a "fact-finding" trip to a Florida school conference.

Nigel Sowerby, chief executive of the Pennine Ascent Learning Trust, is the subject of an independent review commissioned by the trust's board after a whistleblower raised concerns, the Clarion can reveal.

The trust runs 19 schools in Yorkshire, including Kelderby Beacon Academy, where parents are fighting plans to close the sixth form to save money.

A source said: "People are furious. They're told there's no money for A-level chemistry while the boss flies business class."

The trust said: "The board has asked for an independent review of certain expenses as part of good governance. Mr Sowerby is cooperating fully. It would be wrong to prejudge the outcome."
""", [
    ("Angry_of_Dearnside", "6 Apr", "Sowerby should be sacked and made to pay every penny back. Thief."),
]),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("nsowerby", "exact", "defamation", "Nigel Sowerby"),
)

# 061
add("social", """
X · @pitbrow_pete
Trust CEO Sоwerby on a quarter of a million while they shut the Beacon sixth form. greedy fat pig in a suit. never set foot in Kelderby in his life, wouldn't know where it was on a map
""",
    M("school", "short_name", "negative", "Beacon"),
    M("nsowerby", "homoglyph", "abuse", "Sоwerby"),
)

# 062
add("facebook", """
Kelderby Past & Present
Terry Oldfield · 12h
If that Nigel Sowerby ever shows his face in the Welfare he'll be leaving in an ambulance. Closing our sixth form at the Beacon so he can have another holiday. Some of us still remember 1984 and we know how to deal with people like him

Sandra Firth
Terry you can't say that on here

Terry Oldfield
Just did
""",
    M("school", "short_name", "negative", "Beacon"),
    M("nsowerby", "exact", "threat", "Nigel Sowerby"),
)

# 063 decoy: Beacon Hill Bowls Club
add("news", news("sports", "Beacon Hill Bowls Club opens new green with charity day", "Bowls round-up", "Saturday 3 May 2025", """
Beacon Hill Bowls Club celebrated the opening of its new crown green on Saturday with a charity triples competition that raised £1,240 for the air ambulance.

The green, laid over the winter at a cost of £38,000, was funded by a lottery grant and two years of quiz nights. Club president Doreen Whitworth rolled the first jack.

"Some of our members have been bowling here for sixty years," she said. "We wanted to make sure the next sixty are just as good."

Beacon Hill Bowls Club welcomes new members of all ages; taster sessions are on Tuesday afternoons.
"""))

# 064
add("social", """
X · @DearnsideAgainstAcademies
Seeing as Nigel Sowerby won't come to Kelderby to face the parents, maybe parents should go to him. Fellside Barn, Grisedale Lane, Ouseley Moor, S0 9LP. Personal email nige.sowerby58@fastmail.example. Remember, Pennine Ascent wants to close the Beacon sixth form. Be polite 😉

  @mexthorpe_mam · replying to @DearnsideAgainstAcademies
  posting his home address isn't campaigning, it's harassment. delete this
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("nsowerby", "exact", "doxxing", "Nigel Sowerby"),
)

# 065 decoy: the Welfare, no school
add("blog", blog("pitnotes", "A hundred years of the Kelderby Welfare", "Alan Thirkell", "20 April 2025", """
The Kelderby Miners' Welfare Institute opened in 1925, paid for by a penny a week from every man at Kelderby Main. It had a library, a billiard room, a concert hall and, from 1931, a bar that the founders had argued against for six years and lost.

I spent an afternoon with the committee minute books, which run unbroken from the first meeting to last month. Here are the things the Welfare has argued about for a century: the price of beer, the state of the bowling green, whether women should be allowed in the concert room (1954: no; 1969: yes, on Sundays), and whether the band should be paid for playing at weddings.

The pit closed in 1993. The Welfare did not. Today it hosts the colliery band, three slimming clubs, a food bank on Fridays, a karate school, a credit union and the best Sunday quiz in the valley.

The centenary dinner is on 14 June. Tickets are behind the bar.
""", [
    ("Dot Haworth", "20 Apr", "My grandad was on that first committee! Brilliant piece Alan."),
]))

# 066
add("news", news("courier", "Academy chief executives' pay: the Yorkshire league table", "Rob Akroyd", "Monday 14 April 2025", """
Eleven academy trust chief executives in Yorkshire were paid more than £200,000 last year, according to a Courier analysis of published accounts.

Top of the list is Nigel Sowerby of the Pennine Ascent Learning Trust, whose salary band rose to £240,000-£245,000. The trust, which runs 19 schools including Kelderby Beacon Academy, says the pay reflects its size and its improvement record.

Critics point out that the trust is consulting on closing the sixth form at Kelderby and cutting site staff across its schools at the same time as senior pay has risen.

The Department for Education has written to trusts paying more than £150,000 asking them to justify salaries, but has no power to cap them.
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("nsowerby", "exact", "negative", "Nigel Sowerby"),
)

# 067
add("social", """
TikTok · comments on "when the trust CEO earns more than the prime minister but ur sixth form is closing 🤡" (@save.our.sixth.kelderby)

chlo.e.xx: n1gel S0w3rby really said let them get the bus 💀
bethany_r: he's a snake bro
maxx.d: tag @kelderbybeacon so they see it, they never reply to anyone
aaron.k: man is a joke, absolute muppet
teacher_in_yorks: Proud of these students for campaigning 💙
""",
    M("school", "handle", "negative", "@kelderbybeacon"),
    M("nsowerby", "leetspeak", "abuse", "n1gel S0w3rby"),
)

# 068
add("forum", forum("staffroom", "Leadership", "Is £245k for a MAT CEO ever justified?", [
    ("HeadOfHumanities", "15 Apr 2025 17:30", """
Prompted by the Pennine Ascent story. Sowerby runs nineteen schools and is paid nearly double what a secondary head gets. Meanwhile they want to close the sixth form at Kelderby Beacon. Genuine question: what does a CEO do that justifies that?
"""),
    ("MATlife", "15 Apr 2025 17:52", """
Runs a £150m organisation with 2,500 staff. Private sector equivalent would be paid more. I'm not defending the sixth form decision but the pay on its own isn't outrageous.
"""),
    ("UnionRepNorth", "15 Apr 2025 18:15", """
Private sector equivalent doesn't get its income from the taxpayer. And Sowerby's trust has cut TA hours three years running.
"""),
]),
    M("school", "alias", "negative", "Kelderby Beacon"),
    M("nsowerby", "surname_only", "negative", "Sowerby"),
)

# 069
add("news", news("live", "Vice principal suspended after pupil 'dragged' to isolation", "Hannah Marsden", "Thursday 1 May 2025", """
The vice principal who introduced isolation booths at Kelderby Beacon Academy has been suspended while an allegation that he dragged a pupil along a corridor is investigated.

Craig Fenwick, who leads behaviour at the academy, was suspended on Tuesday. The mother of a Year 7 boy told Mexthorpe Live her son had been pulled "by the arm and the collar" into the isolation room and had bruises the next day.

The Pennine Ascent Learning Trust said: "We can confirm a member of staff has been suspended as a neutral act while an allegation is investigated in line with our procedures. It would be inappropriate to comment further."

The local authority's designated officer has been informed. Police are not involved.
""", [
    ("MandyR1982", "1 May", "Told you all. Told you all months ago."),
    ("Supply_Sarah", "1 May", "Suspension is a neutral act. Let the investigation happen before everyone decides he's guilty."),
]),
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("cfenwick", "exact", "defamation", "Craig Fenwick"),
)

# 070
add("facebook", """
Kelderby Parents Chat
Donna Birkhead · 2h
So Craig F. from the Beacon finally suspended. What they're not telling you is it's not the first time, he broke a year 7's wrist last year dragging him into a booth and the trust paid the family off to keep quiet. Ask around

Lisa Marsh
Where did you hear that Donna?

Donna Birkhead
everyone knows
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("cfenwick", "first_initial", "defamation", "Craig F."),
)

# 071
add("social", """
X · @beacon_parents_united
Day 3 of the #FenwickOut campaign. 1,100 signatures asking the trust not to let him back into #KelderbyBeacon after the investigation. Our kids deserve better than fear.
""",
    M("school", "hashtag", "negative", "#KelderbyBeacon"),
    M("cfenwick", "hashtag", "negative", "#FenwickOut"),
)

# 072 decoy: another school called Beacon, elsewhere
add("news", news("classroom", "Beacon Vale Academy climbs out of special measures", "Classroom Weekly reporter", "Wednesday 12 March 2025", """
Beacon Vale Academy in Marsham-on-Sea has been rated good in every category, three years after inspectors placed it in special measures.

Headteacher Colin Braithwaite credited "a relentless focus on reading" and a new partnership with a local university. Attendance has risen from 86 to 93 per cent.

"When I arrived the Beacon was the school nobody chose," he said. "Now we have a waiting list."

The academy, part of the Coastal Learning Partnership, serves 900 pupils aged 11 to 16.
"""))

# 073
add("news", news("gazette", "Independent teacher takes Kelderby seat from Labour", "Political Correspondent", "Friday 2 May 2025", """
History teacher Lorraine Beevers has won the Kelderby and Nether Cleeve seat on Mexthorpe borough council, ending more than fifty years of Labour control of the ward.

Ms Beevers, standing as an independent, took 1,487 votes, 312 more than sitting councillor Derek Royston. Reform came third.

Speaking at the count, she thanked "everyone who knocked on doors in the rain" and said her first priority would be the future of the sixth form at Kelderby Beacon Academy, where she teaches.

She will continue to teach part-time.
""", [
    ("Gaz_Kelderby", "2 May", "Get in Lorraine!! About time."),
]),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("lbeevers", "exact", "neutral", "Lorraine Beevers"),
)

# 074
add("social", """
X · @cleevebloke
So Kelderby voted in Cllr Beevers. Hope somebody puts a brick through her front window, see if she still loves the village then. Teacher councillors, what a joke
""",
    M("lbeevers", "title_surname", "threat", "Cllr Beevers"),
)

# 075 praised in a post attacking someone else
add("facebook", """
Kelderby Past & Present
Brian Hepworth · 1d
Fifty years of Labour in Kelderby and what did Derek Royston ever do? Nowt. Never once came to the Welfare unless there was an election. Useless, lazy, and only interested in his allowance. Lorraine Staniforth as was, now Beevers, has done more for Kelderby in one campaign than he did in twenty years. Good riddance Derek

Jean Ackroyd
Well said Brian. Lorraine's mam would be proud
""",
    M("lbeevers", "alias", "neutral", "Lorraine Staniforth"),
)

# 076
add("news", news("clarion", "TEACHER-COUNCILLOR 'USED PUPILS' IN ELECTION", "Clarion Reporter", "Sunday 11 May 2025", """
A TEACHER who won a council seat is being investigated over claims she got pupils to help with her election campaign during lessons.

Lorraine Beevers, 52, a history teacher at Kelderby Beacon Academy in South Yorkshire, was elected as an independent councillor this month.

Rival campaigners claim Year 8 pupils were seen folding leaflets in her classroom. The academy confirmed it was "looking into a concern raised by a member of the public".

Ms Beevers said the leaflets were for a petition to save the school's sixth form, not her campaign, and that she was "confident the facts will speak for themselves".
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("lbeevers", "exact", "defamation", "Lorraine Beevers"),
)

# 077 decoy: Kelderby Bowling Alliance, KBA
add("news", news("sports", "KBA crown green league: fixtures and tables", "Bowls round-up", "Monday 19 May 2025", """
The Kelderby Bowling Alliance summer league is under way, with the Welfare A team top of division one after three rounds.

KBA secretary Roy Goodall reminds clubs that scorecards must reach him by Tuesday evening. Late cards will incur a two-point deduction. The KBA merit competition is on Saturday 7 June at Nether Cleeve Park.

Division one: Welfare A 12pts, Nether Cleeve 10, Hagg Royd Social 8, Pit Top 6, Welfare B 2.
"""))

# 078
add("social", """
Instagram · comments on "English club graduation 🎓🇬🇧" (@kelderbybeacon_eal)

zuzka.b: Ďakujem Mrs Dudášová, you help my brother so much ❤️
milan.h.94: My son now reads English books at home, thank you Beacon!!
lisaatkinson: Beautiful. This is what Kelderby is about.
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("rdudasova", "title_surname", "neutral", "Mrs Dudášová"),
)

# 079
add("news", news("courier", "Racist graffiti daubed on academy that welcomed Roma pupils", "Nadia Farooqui", "Tuesday 4 March 2025", """
Police are investigating after racist graffiti was sprayed across the main entrance of Kelderby Beacon Academy overnight on Sunday.

The words "ROMA OUT" and a slur were painted in red on the doors and a window of the reception building. Caretaker Bob Hinchcliffe and colleagues had covered the worst of it with boards before pupils arrived on Monday.

EAL lead Renáta Dudášová said: "The children saw some of it. One boy asked me if he has to leave England now. I told him no. This is his school and nobody will frighten him out of it."

Police described it as a hate incident and appealed for witnesses.
""", [
    ("Nev Hartley", "4 Mar", "Whoever did this is a coward. Kelderby is better than this."),
]),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("rhinchcliffe", "alias", "neutral", "Bob Hinchcliffe"),
    M("rdudasova", "exact", "neutral", "Renáta Dudášová"),
)

# 080
add("social", """
X · @ukfirst_dearne
Kеlderby Bеacon is full of gypsy kids now. somebody should torch the place one night and do the village a favour. im serious
""",
    M("school", "homoglyph", "threat", "Kеlderby Bеacon"),
)

# 081 negated threat, still a complaint
add("facebook", """
Kelderby Parents Chat
Julie Crabtree · 7h
Before anyone starts, nobody is saying anyone should hurt Mrs Dudasova or touch her car or anything like that. I'm sure she's a nice enough woman. BUT I would like to know why the Roma kids at the Beacon get extra tutoring after school and my son who's behind in maths gets nothing. It's not fair and the school won't answer me.

Claire Womack
Because they've arrived not speaking English Julie?? It's not rocket science

Julie Crabtree
So what, mine's English and he's still behind
""",
    M("school", "short_name", "negative", "Beacon"),
    M("rdudasova", "title_surname", "negative", "Mrs Dudasova"),
)

# 082
add("blog", blog("bulletin", "Bulletin: Friday 21 March 2025", "Kelderby Beacon Academy", "21 March 2025", """
What a week! Our Year 9 and 10 brass players performed at the Welfare's Mothering Sunday tea under the baton of Mr Pickersgill, and raised £412 for the food bank.

Mrs Dudášová's Saturday English club celebrated its hundredth session with cakes from six different countries. Families are welcome every week at the community centre from 10am.

A huge thank you to Mr Hinchcliffe and the site team, who cleared the car park of snow before 7am on Tuesday so that Year 11 mocks could go ahead.

Sixth form open evening is on Thursday 3 April, 6-8pm. Mrs Taylor and the team look forward to meeting Year 11 families. Please note that the trust's consultation on post-16 provision remains open until 28 March.

Reminder: full uniform is expected every day. Thank you for your support.
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("ipickersgill", "title_surname", "neutral", "Mr Pickersgill"),
    M("rdudasova", "title_surname", "neutral", "Mrs Dudášová"),
    M("rhinchcliffe", "title_surname", "neutral", "Mr Hinchcliffe"),
    M("staylor", "title_surname", "neutral", "Mrs Taylor"),
)

# 083
add("review", """
Kelderby Beacon Academy
★★☆☆☆
Lauren Gaunt · 6 reviews
4 months ago
Two stars because the science department is brilliant (Priya Chauhan has been amazing with my daughter, who wants to be a vet) but the pastoral side is a joke. My daughter was bullied on the bus for six weeks and the school's answer was to put HER in isolation because she finally snapped back. Kelderby Beacon needs to stop punishing victims.
""",
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("pchauhan", "exact", "neutral", "Priya Chauhan"),
)

# 084
add("social", """
Snapchat · chat screenshot posted to "beacon yr 11 chat 💀"
lauz: miss chauhen can get it fr 😩😩
dem.x: LMAOOO ur not serious
lauz: she was wearing that red dress at parents eve i cant lie
dem.x: ur actually down bad
""",
    M("school", "short_name", "neutral", "beacon"),
    M("pchauhan", "typo", "sexual", "miss chauhen"),
)

# 085 decoy: namesake Bob Hinchcliffe plumber
add("review", """
B. Hinchcliffe Plumbing & Heating, Wetherdale
★★★★★
Margaret Ellery · 11 reviews
2 months ago
Bob Hinchcliffe came out on Boxing Day when our boiler packed in and had it going in an hour. Fair price, tidied up after himself, and his lad helped carry our old tank out. Will use again.
""")

# 086
add("news", news("live", "Trust U-turn saves much-loved caretaker Bob", "Hannah Marsden", "Friday 14 March 2025", """
The Pennine Ascent Learning Trust has reversed plans to make Kelderby Beacon Academy's caretaker redundant after a petition signed by more than 4,000 people.

Robert Hinchcliffe, 66, a former miner who has looked after the school site since 1991, will stay on as site manager until he retires, the trust confirmed.

"I'm a bit embarrassed by all the fuss to be honest," Mr Hinchcliffe told Mexthorpe Live. "I just want to get back to fixing the boiler."

Former pupils left hundreds of messages on the petition, recalling how he had lent them bus fares, mended bikes and retrieved footballs from the roof.
""", [
    ("ellz.xo", "14 Mar", "BOB STAYS 🎉🎉"),
    ("Jean Ackroyd", "14 Mar", "People power. Well done everyone."),
]),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("rhinchcliffe", "exact", "neutral", "Robert Hinchcliffe"),
)

# 087
add("facebook", """
Kelderby Residents Uncensored
Private group
Dean Wragg · 2d
Everyone crying over the caretaker. The real reason the trust wanted rid of Hinchcliffe is he's been flogging the school's heating oil to his mates for years, cash in hand. Trust found out and were going to do him for it but they didn't want it in the papers. Saint Bob my arse

Maureen Crossley
You want to be careful Dean. That man has never taken a penny that wasn't his

Dean Wragg
ask the Beacon why the oil bills were so high then
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("rhinchcliffe", "surname_only", "defamation", "Hinchcliffe"),
)

# 088
add("social", """
X · @Kelderby_Band_Mum
Forty years of looking after everybody's kids. Proper legend. So glad he's staying at Kelderby Beacon 💙 #BobHinchcliffe #PeoplePower
""",
    M("school", "alias", "neutral", "Kelderby Beacon"),
    M("rhinchcliffe", "hashtag", "neutral", "#BobHinchcliffe"),
)

# 089 decoy: describes centralisation without naming the school
add("forum", forum("staffroom", "Workplace dilemmas", "Trust centralising site staff: anyone else?", [
    ("SiteManagerSteve", "4 Feb 2025 20:11", """
Our trust (big one, 19 schools) wants to get rid of school caretakers and run everything from a central estates team with a van. I've been at my school 22 years. I know where every stopcock is. Anyone else been through this?
"""),
    ("FacilitiesFran", "4 Feb 2025 20:48", """
We went through it in 2021. Six months later they quietly re-hired two of the caretakers on contracts because nothing was getting fixed. Fight it.
"""),
]))

# ---------------------------------------------------------------- principal, CEO, sixth form, suspension

# 090
add("social", """
X · @kelderby_dad_of_3
Ashworth Binns wants her tyres doing and a lot worse. i know which car is hers in the Beacon car park, the white Audi by the bins. shes been warned
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("cashworthbinns", "hyphenated", "threat", "Ashworth Binns"),
)

# 091
add("facebook", """
Kelderby Residents Uncensored
Private group
Anonymous member · 5h
Since Mrs Ashworth-Binns never answers an email, here's where you can find her of an evening: 3 Sycamore Rise, Wetherdale, S0 2HT. Big grey gates, black Range Rover on the drive. Principal of the Beacon living in a house like that while our kids sit in booths

Sharon Ibbotson
Can admin remove this please. This is her home

Anonymous member
public record mate, look it up
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("cashworthbinns", "title_surname", "doxxing", "Mrs Ashworth-Binns"),
)

# 092 decoy: namesake of the principal's maiden name
add("social", """
Instagram · claire_binns_cakes
Saturday's three-tier lemon and elderflower for Jess and Tom's wedding at Wetherdale Old Hall 🍋🌸 Orders for summer now open, DM me! #weddingcake #wetherdale
♥ 96 likes

jess.tom.2025: It was PERFECT, everyone's still talking about it 😍
gail.s: Claire Binns you are so talented x
""")

# 093
add("forum", forum("parentverse", "SEN", "Secondary school trying to push DS out. Is this off-rolling?", [
    ("AutismMumNorth", "11/03/2025 20:03", """
DS (14, autistic, EHCP in progress) has spent more time in the booths at Kelderby Beacon this year than in lessons. Today we were called in and the principal, Claire Ashworth–Binns, told us that "some families find home education a better fit" and that if we didn't consider it he was "on a pathway to permanent exclusion".
"""),
    ("SENDcoNo", "11/03/2025 20:25", """
That is textbook off-rolling and it's unlawful. Don't sign anything. Get in touch with your local SEND advice service tomorrow.
"""),
    ("BlueCheeseAndPickle", "11/03/2025 20:47", """
They do this to every SEN kid before the census so the results look better. Three families I know have been pushed out of that school the same way. It's deliberate and she's the one doing it.
"""),
]),
    M("school", "alias", "defamation", "Kelderby Beacon"),
    M("cashworthbinns", "hyphenated", "defamation", "Claire Ashworth–Binns"),
)

# 094
add("news", news("classroom", "Trust investigates 'off-rolling' claims at South Yorkshire academy", "Classroom Weekly reporter", "Friday 28 March 2025", """
The Pennine Ascent Learning Trust has commissioned an external review after parents at Kelderby Beacon Academy claimed pupils with special educational needs were being pressured into home education.

At least four families have complained that they were told their children faced permanent exclusion unless they withdrew them from the school.

The academy's principal, Claire Ashworth-Binns, who has led the school since it joined the trust in 2023, is not suspended. The trust said the review would look at "the school's practice around elective home education and managed moves".

Off-rolling is not itself illegal but inspectors class it as a form of gaming and it can lead to a school being judged inadequate.
"""),
    M("school", "exact", "defamation", "Kelderby Beacon Academy"),
    M("cashworthbinns", "exact", "defamation", "Claire Ashworth-Binns"),
)

# 095
add("social", """
TikTok · comments on "our principal doing morning line-up 🧍‍♀️🧍‍♂️🧍" (@kbeacon.memes)

oliviaa: claire ashworth binns looking like a dementor on a school trip 💀
harv_07: she's actually soulless bro, ice cold
becca.l: kelderby beacon lore is insane
mummy_t: Her face when someone's tie is loose 😂
""",
    M("school", "alias", "neutral", "kelderby beacon"),
    M("cashworthbinns", "hyphenated", "abuse", "claire ashworth binns"),
)

# 096 decoy: the VE Day beacon on the pit top
add("news", news("gazette", "Kelderby beacon lights up pit top for VE Day anniversary", "Villages correspondent", "Thursday 8 May 2025", """
Hundreds of people climbed the old spoil heap above the village on Wednesday night to watch the Kelderby beacon being lit to mark the 80th anniversary of VE Day.

The beacon, a steel brazier on the summit of the landscaped pit top, was lit at 9.30pm by 98-year-old Walter Shaw, who worked at Kelderby Main for forty years and remembers the original celebrations as a boy.

The colliery band played on the slope below and the Welfare served soup and bread rolls. "You could see the other beacons across the valley," said organiser Mary Pearce. "It was very moving."
""", [
    ("Dot Haworth", "8 May", "Walter did us proud. Lovely night."),
]))

# 097
add("social", """
X · @coalfaceconnie
Pennine Ascent have confirmed they're closing Kelderby sixth form. Somebody should pay N. Sowerby a visit with a cricket bat and explain what redundancy feels like. See how he likes it
""",
    M("nsowerby", "initial_surname", "threat", "N. Sowerby"),
)

# 098
add("facebook", """
Kelderby Parents Chat
Paula Firth · 1d
Did you know the company that does the Beacon's school dinners (the ones our kids say are cold every day) is run by Nigel Sowerby's wife? Every school in the trust uses them. That's how he's making his real money, it's corruption plain and simple and it's been going on for years.

Lisa Marsh
Is that actually true??

Paula Firth
Look up the directors. Its fraud
""",
    M("school", "short_name", "negative", "Beacon"),
    M("nsowerby", "exact", "defamation", "Nigel Sowerby"),
)

# 099
add("social", """
X · @kelderby_sixth_campaign
Our petition to the trust board has passed 5,000 signatures. Sign and share: petitions.example/SackNigelSowerby. Kelderby Beacon students deserve a sixth form in their own village 💙
""",
    M("school", "alias", "negative", "Kelderby Beacon"),
    M("nsowerby", "camelcase", "negative", "NigelSowerby"),
)

# 100
add("social", """
Instagram · comments on @pennineascenttrust "We are proud to announce our new Centre for Post-16 Excellence in Mexthorpe"

gemmah_kelderby: proud of shutting the Beacon sixth form are you
daz.w.85: Nige Sowerby the budget Alan Sugar. absolute clown of a man with a face like a slapped backside
katie.r.x: read the room 😬
pennineascenttrust: We understand feelings are strong and we are listening to our communities.
""",
    M("school", "short_name", "negative", "Beacon"),
    M("nsowerby", "nickname", "abuse", "Nige Sowerby"),
)

# 101 decoy: another teacher called Sarah Taylor
add("news", news("ledger", "Primary head Sarah Taylor: 'Reading for pleasure changed our school'", "Education Desk", "Tuesday 25 February 2025", """
When Sarah Taylor became headteacher of St Aidan's Primary in Wetherdale in 2019, only half of its Year 6 pupils reached the expected standard in reading. Last summer it was 88 per cent.

Mrs Taylor put a bookshelf in every corridor, scrapped reading logs and gave every child a library card. "We stopped treating reading as homework and started treating it as a treat," she said.

The school is now sharing its approach with twelve other primaries in the county.
""", [
    ("WetherdaleMum", "25 Feb", "Sarah Taylor is a fantastic head, my two love that school."),
]))

# 102
add("social", """
X · @jakeyb_2007
Miss Taylor at Beacon sixth form gave me a C prediction when i was on for a B and now ive lost my uni offer. she better watch her back round Kelderby, i mean it. ruined my life
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("staylor", "title_surname", "threat", "Miss Taylor"),
)

# 103
add("facebook", """
Save Kelderby Beacon Sixth Form
Public group
Roy Dennison · 3h
If the trust won't give us answers maybe Sarah Taylor will. Head of sixth. Her personal mobile is 07700 900155, I got it off my lad's old contact sheet. Ring her, text her, whatever. She knows more than she's letting on

Admin
Roy, we have removed the number from your post. Please don't share staff members' personal details. Sarah has fought for this sixth form harder than anyone.
""",
    M("school", "alias", "neutral", "Kelderby Beacon"),
    M("staylor", "exact", "doxxing", "Sarah Taylor"),
)

# 104
add("forum", forum("staffroom", "Assessment", "Predicted grades: how much inflation is normal?", [
    ("ExamsOfficerNorth", "2 Dec 2024 16:40", """
Genuine question. Do most sixth forms nudge predictions up for UCAS? We go up by a grade at most for borderline students.
"""),
    ("Yorks_Geog", "2 Dec 2024 17:05", """
At Kelderby Beacon the head of sixth, S. Taylor, rewrites predicted grades herself after the teachers have submitted them. I've seen her change four in one afternoon. That's not nudging, that's falsifying, and one day a university is going to catch it.
"""),
    ("ExamsOfficerNorth", "2 Dec 2024 17:20", "That would be a serious malpractice issue if true."),
]),
    M("school", "alias", "neutral", "Kelderby Beacon"),
    M("staylor", "initial_surname", "defamation", "S. Taylor"),
)

# 105
add("social", """
TikTok · comments on "things beacon sixth form never tells you 🙃"

megs.h: sarah tayler is the most two faced woman ive ever met, nice to ur face then slags u off in the office
danny_k_: facts
liv.b: nah she helped me loads idk
""",
    M("school", "short_name", "neutral", "beacon"),
    M("staylor", "typo", "abuse", "sarah tayler"),
)

# 106
add("news", news("live", "Former academy PE teacher charged with child sex offences", "Crime reporter", "Wednesday 4 June 2025", """
A former PE teacher at Kelderby Beacon Academy has been charged with two counts of attempting to incite a child to engage in sexual activity and one of sending sexual communications to a child.

Ryan Mottram, 31, of Mexthorpe, will appear before magistrates later this month. He was suspended by the academy in February and later dismissed.

In a statement, the Pennine Ascent Learning Trust said: "We have cooperated fully with the police throughout. Our thoughts are with the young people and families affected."

The case has been sent to the crown court.
"""),
    M("school", "exact", "sexual", "Kelderby Beacon Academy", True),
    M("rmottram", "exact", "sexual", "Ryan Mottram", True),
)

# 107
add("facebook", """
Kelderby Residents Uncensored
Private group
Anonymous member · 40m
Mottram, the pervert from the Beacon who was messaging year 10 girls, is staying at his mam's at 16 Pit Row, Nether Cleeve, S0 4RN. Blue door. Parents of girls he taught deserve to know he's back in the village

Gary Firth
🤬🤬🤬

Debbie Walton
Let the police deal with it. If you go round there you'll be the one in court
""",
    M("school", "short_name", "sexual", "Beacon", True),
    M("rmottram", "surname_only", "sexual", "Mottram", True),
)

# 108
add("social", """
X · @hagg_royd_lad
if M0ttram shows his face anywhere in Kelderby hes getting battered, no police no court just us. dirty nonce
""",
    M("rmottram", "leetspeak", "threat", "M0ttram"),
)

# 109 decoy: job advert at another Beacon school
add("news", news("jobs", "Teacher of PE (maternity cover): Beacon Vale Academy, Marsham-on-Sea", "Beacon Vale Academy", "Closing date 30 May 2025", """
Beacon Vale Academy, part of the Coastal Learning Partnership, is looking for an enthusiastic Teacher of PE to join our friendly department from September 2025 on a fixed-term basis.

You will teach core PE across Key Stages 3 and 4 and contribute to our extensive extra-curricular programme, including netball, football and surf club.

We offer a supportive induction, a staff wellbeing day and free parking. ECTs are welcome to apply.

Safeguarding: Beacon Vale Academy is committed to safeguarding and promoting the welfare of children. The successful candidate will be subject to an enhanced DBS check.
"""))

# 110
add("social", """
Snapchat · story text shared to "beacon year 9 🐸"
fenwick always makes the year 10 girls sit in the front booths so he can stare at them 🤢🤢 hes actually a creep, my sister says he watches them getting changed for PE
""",
    M("school", "short_name", "sexual", "beacon", True),
    M("cfenwick", "surname_only", "sexual", "fenwick", True),
)

# 111
add("facebook", """
Kelderby Parents Chat
Kerry Wragg · 6h
Letter's come home. F*nwick is back on Monday. The trust "found no case to answer". Course they did. Not one parent was interviewed. I have never felt less listened to by a school in my life and I'll be taking my daughter out of the Beacon at the end of the year

Jo Crapper
So sorry Kerry. Same here, we're looking at Mexthorpe Grammar
""",
    M("school", "short_name", "negative", "Beacon"),
    M("cfenwick", "obfuscated", "negative", "F*nwick"),
)

# 112
add("social", """
TikTok · comments on "beacon assembly be like 😴"

zak.r: f-f-f-fenwick 😭 man cant even say isolation without stuttering
tyler.b08: stuttering r*tard running a school 💀 they should put HIM in special needs
millie: thats actually so mean he cant help it
zak.r: cry about it
""",
    M("school", "short_name", "neutral", "beacon"),
    M("cfenwick", "surname_only", "hate", "fenwick"),
)

# 113
add("forum", forum("parentverse", "Secondary education", "Vice principal back after suspension. Do I move DS?", [
    ("TheGreatPudding", "12/05/2025 21:10", """
Update on my old thread. The VP at Kelderby Beacon Academy is back. DS says he walked the corridors on his first day back like nothing had happened and gave six kids isolations before 9am.
"""),
    ("Mumof2Dearnside", "12/05/2025 21:24", """
Mr Fenwick is a sadistic little man who gets his kicks from making children cry. I don't care who knows I said it. We moved DD at Easter and she's a different girl.
"""),
    ("SensibleShoes", "12/05/2025 21:50", "Calling a teacher sadistic on a public forum is a bit much."),
]),
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("cfenwick", "title_surname", "abuse", "Mr Fenwick"),
)

# 114 decoy: booths in general, no school named
add("forum", forum("parentverse", "Secondary education", "Isolation booths: cruel or necessary?", [
    ("OwlAndPussycat", "02/02/2025 10:15", """
Genuinely interested in views. DS's school is consulting about bringing in booths for internal exclusion. Part of me thinks it's Victorian, part of me remembers what lessons were like when I was at school.
"""),
    ("MathsTeacherMum", "02/02/2025 10:40", """
As a teacher: they can be fine for an hour to calm down. A whole day, for something like a missing pen, is not fine. It's how they're used that matters.
"""),
    ("Cornish_Pasty", "02/02/2025 11:02", """
Ours has them and my DD has never been in one. The kids who are in them constantly need something else entirely, not a booth.
"""),
]))

# 115
add("blog", blog("unionblog", "He's back: what happens now at the Beacon", "Chalkface North", "14 May 2025", """
Craig Fenwick returned to Kelderby Beacon Academy this week after the trust concluded its investigation into an allegation that he manhandled a Year 7 pupil.

We are not going to comment on the outcome of a process we were not part of. What we will say is that the conditions that produced this incident have not changed. Isolation numbers this term are higher than last. Staff are still being told that discretion is disloyalty.

We have written to Principal Claire Ashworth-Binns asking for an independent review of the behaviour policy with staff, parent and pupil representation. We have asked for a reply by half term.

Members with concerns can contact the branch secretary in confidence.
"""),
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("cfenwick", "exact", "negative", "Craig Fenwick"),
    M("cashworthbinns", "exact", "neutral", "Claire Ashworth-Binns"),
)

# 116
add("social", """
X · @cleeve_born_bred
that D u d a s o v a woman from the school wants her legs breaking. bringing her lot over here and taking Nether Cleeve off us. people round here know exactly where she lives
""",
    M("rdudasova", "spacing", "threat", "D u d a s o v a"),
)

# 117
add("facebook", """
Mexthorpe Community Noticeboard
Wayne Stainrod · 1d
Renata D. from the Beacon was on Look North last night saying how "enriching" the gypsies are. Another foreigner on an English wage telling us to love her relatives. The Beacon is a gypsy camp with a uniform now. Go home love, and take them with you

Carol Jessop
Reported again Wayne. You're obsessed.
""",
    M("school", "short_name", "hate", "Beacon"),
    M("rdudasova", "first_initial", "hate", "Renata D."),
)

# 118
add("social", """
X · @truthaboutkelderby
Everyone knows Dudášová takes cash from Roma families to get their kids into the Beacon ahead of local kids. £200 a place. She's running a racket inside the admissions office and the trust are too scared of being called racist to look
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("rdudasova", "surname_only", "defamation", "Dudášová"),
)

# 119
add("news", news("gazette", "Roma culture day brings music and dancing to Kelderby", "Villages correspondent", "Thursday 24 April 2025", """
Kelderby Beacon Academy opened its doors to the village on Saturday for a Roma culture day organised by pupils and families who have arrived from Slovakia over the past two years.

There was food, a photography exhibition and a performance by a Roma band from Mexthorpe, who were joined for the final number by the academy's brass ensemble under Mr Pickersgill. "Two kinds of music from two kinds of working people," he said. "It sounded like it had always belonged together."

EAL lead Renáta Dudášová said more than 400 people came through the doors. "People who had never spoken to a Roma family before were dancing with them by four o'clock."
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("ipickersgill", "title_surname", "neutral", "Mr Pickersgill"),
    M("rdudasova", "exact", "neutral", "Renáta Dudášová"),
)

# 120
add("social", """
Instagram · comments on @kelderby_village_life "Roma culture day at the school today 🎶"

steve_w_1971: KelderbyBeaconAcademy more like Gypsy Academy now. absolute state of it, english kids are the minority 🤮
annmarie.h: @steve_w_1971 grow up Steve
lou.kelderby: Amazing day, the food was incredible
""",
    M("school", "camelcase", "hate", "KelderbyBeaconAcademy"),
)

# 121 decoy: beacon in a game
add("social", """
TikTok · comments on "how to get a full beacon in survival (no cheats) ⛏️"

blockboi: the beacon beam at night is so satisfying
x_creeper_x: took me 3 weeks to get the netherite for this lol
nina.plays: which effect do u use, haste or speed?
blockboi: @nina.plays haste 2 always
""")

# 122
add("facebook", """
Dads of Dearnside
Public group
Lee Cusworth · 4h
That Chauhan woman from the Beacon got my brother a criminal record for speaking his mind. She wants to be careful walking to her car at night, there's a lot of lads round here who are fuming about it. Just saying

Sam Kilner
Lee that's a threat and you know it. Screenshotted and sent to police.
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("pchauhan", "surname_only", "threat", "Chauhan"),
)

# 123
add("social", """
X · @whitekelderby
another brown face at the beacon telling white english kids theyre thick. Ch4uh4n go back to india and take ur curry stinking mates with u
""",
    M("school", "short_name", "neutral", "beacon"),
    M("pchauhan", "leetspeak", "hate", "Ch4uh4n"),
)

# 124
add("review", """
Kelderby Beacon Academy
★☆☆☆☆
Mark Illingworth · 2 reviews
3 months ago
Dr Chauhan gave her favourite students the questions for the chemistry mock the week before. My son saw the sheet being passed round her top set. That's cheating and the school knows about it and has done nothing. Avoid.

Response from the owner · 3 months ago
We take any concern about assessment seriously. Please contact the academy office on 01632 960537.
""",
    M("school", "exact", "defamation", "Kelderby Beacon Academy"),
    M("pchauhan", "title_surname", "defamation", "Dr Chauhan"),
)

# ---------------------------------------------------------------- science, band, councillor, sixth form decision

# 125 decoy: namesake Priya Chauhan, a GP
add("news", news("ledger", "GP surgery in Saltmarsh Bay opens evening clinics", "Health Desk", "Monday 10 March 2025", """
Patients in Saltmarsh Bay will be able to see a GP until 8pm on weekdays from April after the Harbour Medical Practice won funding for evening clinics.

Senior partner Dr Priya Chauhan said the change would help working families and carers. "Too many people tell us they can't take time off for an appointment," she said.

The practice is also recruiting two nurse practitioners.
""", [
    ("BayResident", "10 Mar", "Dr Chauhan is the best GP we've had. Long overdue."),
]))

# 126
add("social", """
X · @englishdefence_dearne
The science teacher from Kelderby Beacon who got a local dad convicted for telling the truth: Priya Chauhan. Lives at 41 Beech Grove, Mexthorpe, S0 8TA. Blue door, red Fiat. Plenty of people would like a word.

  @nev_hartley · replying to @englishdefence_dearne
  Reported to the police and to X. Her address has no place on here.
""",
    M("school", "alias", "neutral", "Kelderby Beacon"),
    M("pchauhan", "exact", "doxxing", "Priya Chauhan"),
)

# 127
add("forum", forum("staffroom", "Workplace dilemmas", "How do you support a colleague after racist abuse from a parent?", [
    ("ScienceTechSam", "25 Nov 2024 19:12", """
A colleague at KBA (our head of department) was racially abused by a parent at parents' evening last week. The school banned him from site, which is good, but she's still coming in every day pretending she's fine. What can we do as a department that isn't patronising?
"""),
    ("PastoralPete", "25 Nov 2024 19:40", """
Ask her what she wants. Walk her to her car if she wants that, don't if she doesn't. Make sure the leadership team actually follow through with the police and keep her updated.
"""),
    ("ScienceTechSam", "25 Nov 2024 20:02", "Thank you, that's helpful. We've got a card going round too."),
]),
    M("school", "alias", "neutral", "KBA"),
)

# 128
add("news", news("courier", "School brass band saved as trust backs down on music cuts", "Rob Akroyd", "Friday 4 April 2025", """
The brass band at Kelderby Beacon Academy has been saved after the Pennine Ascent Learning Trust agreed to keep funding instrumental lessons at the school for at least three more years.

The trust had planned to move all music tuition to a central service. Director of music Ignatius Pickersgill, who founded the youth band in 2004, said he was "overjoyed, and a bit hoarse from all the campaigning".

Trust chief executive Nigel Sowerby said: "We have listened. The band is part of Kelderby's identity and we want it to thrive."

A fundraising concert organised by BrassTalk forum members raised £6,300 towards new instruments.
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("ipickersgill", "exact", "neutral", "Ignatius Pickersgill"),
    M("nsowerby", "exact", "neutral", "Nigel Sowerby"),
)

# 129
add("social", """
Facebook comment thread, shared to X as screenshot · @bandparent_rage
"that pickersgill has dropped my daughter from the festival band for missing ONE rehearsal when she had tonsillitis. next time i see him i swear to god ill wrap his baton round his neck"
""",
    M("ipickersgill", "surname_only", "threat", "pickersgill"),
)

# 130
add("facebook", """
Kelderby Past & Present
Kevin Royle · 3d
Where's the band money gone? Parents raised over six grand at that concert and the kids are still playing on dented cornets. Pickersgill's new car turned up the same month. I'm not saying anything, I'm just saying. He's had his hand in that fund for years

Lynn Haworth
Kevin, the instruments are on order, there's a six month waiting list. Stop this.
""",
    M("ipickersgill", "possessive", "defamation", "Pickersgill's"),
)

# 131
add("forum", forum("brasstalk", "Youth Bands", "Youth festival results: adjudication was a joke", [
    ("FlugelFred", "27 Jan 2025 21:15", """
Congrats to Kelderby Beacon on the win, but can we talk about their MD? Ignatius Pickersgil strutting about the hall like he owns the contest, lecturing other conductors in the bar. Arrogant prima donna. Thinks he's the only person who ever taught a kid to play.
"""),
    ("Sop_Cornet_Sue", "27 Jan 2025 21:40", """
Bit harsh Fred. He's done more for youth banding round here than anyone. Sour grapes?
"""),
    ("FlugelFred", "27 Jan 2025 21:52", "Maybe. Still a pompous so-and-so."),
]),
    M("school", "alias", "neutral", "Kelderby Beacon"),
    M("ipickersgill", "typo", "abuse", "Ignatius Pickersgil"),
)

# 132
add("social", """
X · @dearnside_brass_news
Huge news: @PickersgillBrass is taking the Kelderby Beacon youth band to the national youth finals in Birmingham this October. First school band from the valley to qualify in 30 years 🎺🎺
""",
    M("school", "alias", "neutral", "Kelderby Beacon"),
    M("ipickersgill", "handle", "neutral", "@PickersgillBrass"),
)

# 133 decoy: another youth band
add("forum", forum("brasstalk", "Youth Bands", "Beginner cornet recommendations for an 8 year old?", [
    ("NewBandMum", "3 Mar 2025 19:00", """
My daughter has joined the junior band at Hollowby and loves it. The band lends instruments but we'd like to buy her own for her birthday. Budget about £300. Any advice?
"""),
    ("Sop_Cornet_Sue", "3 Mar 2025 19:25", """
Look for a second-hand student model from one of the big makers rather than a new cheap one. Ask the MD to try it before you buy. Good luck to her!
"""),
]))

# 134
add("social", """
X · @hagg_royd_voter
@CllrLBeevers you are a hypocrite and a liar. Promised Kelderby you'd save the sixth form, now it's closing and you're sat in committee meetings eating biscuits. Useless
""",
    M("lbeevers", "handle", "abuse", "@CllrLBeevers"),
)

# 135
add("facebook", """
Hagg Royd Community Page
Glen Tasker · 2d
Everyone should know Cllr Beevers fiddled the postal votes on Hagg Royd. Her sixth formers went door to door "helping" old folk fill them in and guess who they all voted for. That's electoral fraud and she's a teacher at the school those kids go to.

Tina Mosley
Absolute nonsense Glen, you lost and you can't take it

Glen Tasker
we'll see when the police get round to it
""",
    M("lbeevers", "title_surname", "defamation", "Cllr Beevers"),
)

# 136
add("blog", blog("council", "Minutes: Full Council, 21 May 2025", "Democratic Services", "28 May 2025", """
Minute 3. Declarations of interest. Councillor L. Beevers declared a non-pecuniary interest in item 9 as an employee of Kelderby Beacon Academy, and stated that she would take no part in the vote on that item.

Minute 9. Motion on post-16 provision in Kelderby. Moved by Councillor Akhtar, seconded by Councillor Walsh: "This Council regrets the decision of the Pennine Ascent Learning Trust to close the sixth form at Kelderby Beacon Academy and asks the Leader to write to the Secretary of State."

The motion was carried: 38 for, 4 against, 2 abstentions.
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("lbeevers", "initial_surname", "neutral", "L. Beevers"),
)

# 137
add("social", """
TikTok · comments on "when ur history teacher becomes a councillor 💀" (@beacon.yr9.memes)

kieran.w: Mrs B*evers thinks she's churchill now, stuck up cow
abbie.x: she gave us a 20 minute speech about democracy instead of the lesson 😭
tom_h: tbf her lessons are actually good
""",
    M("school", "short_name", "neutral", "beacon"),
    M("lbeevers", "obfuscated", "abuse", "Mrs B*evers"),
)

# 138 decoy: Kelderby gala
add("news", news("gazette", "Sun shines on Kelderby Gala as crowds return", "Villages correspondent", "Thursday 19 June 2025", """
Thousands of people lined Main Street on Saturday for the Kelderby Gala, the biggest since before the pandemic.

The procession, led by the colliery band and the restored lodge banner of Kelderby Main, made its way from the Welfare to the park, where there were fairground rides, a dog show and a tug of war between the Welfare and the Nether Cleeve cricketers.

Gala committee chair Bernard Shaw said: "The pit's been gone thirty years but the gala never went away. That says everything about this village."

The gala raised £7,800 for local causes.
"""))

# 139
add("news", news("courier", "Trust confirms Kelderby sixth form will close in 2026", "Rob Akroyd", "Tuesday 10 June 2025", """
The Pennine Ascent Learning Trust has confirmed that the sixth form at Kelderby Beacon Academy will close in July 2026, despite a campaign backed by more than 5,000 people and a unanimous motion from the borough council.

Current Year 12 students will complete their courses at Kelderby. From September, new post-16 students will be offered places at the trust's centre in Mexthorpe, with free bus travel for two years.

Chief executive Nigel Sowerby said the decision had been "the hardest of my career" but that the sixth form was "not sustainable".

Head of Sixth Form Sarah Taylor told students in an assembly that she was "devastated" and would "make sure every one of you gets where you are going". Campaigners said they would seek a judicial review.
""", [
    ("Lou_S", "10 Jun", "Hardest of his career. From his barn. Spare me."),
]),
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("nsowerby", "exact", "negative", "Nigel Sowerby"),
    M("staylor", "exact", "neutral", "Sarah Taylor"),
)

# 140
add("facebook", """
Save Kelderby Beacon Sixth Form
Public group
Michelle Dyson · 5h
Sowerby's decision letter is the most gutless thing I've ever read. Four pages and not one word of truth. The man is a spineless rat, a coward hiding behind "sustainability" while he pockets a quarter of a million. I hope the village never forgives him.

Pat Greaves
Couldn't have put it better
""",
    M("school", "alias", "negative", "Kelderby Beacon"),
    M("nsowerby", "possessive", "abuse", "Sowerby's"),
)

# 141
add("social", """
X · @save_our_sixth
The judicial review fund is at £3,120. If you can spare £5, every penny helps. Link in bio. Keep the sixth form at the Beacon open ✊ #KeepKelderbySixth
""",
    M("school", "short_name", "negative", "Beacon"),
)

# 142
add("news", news("clarion", "FAT CAT ACADEMY BOSS QUITS AS EXPENSES PROBE CONTINUES", "Clarion Investigations Team", "Saturday 28 June 2025", """
THE academy chain boss who closed a pit village sixth form has quit while an investigation into his expenses is still under way.

Nigel Sowerby, 58, stepped down as chief executive of the Pennine Ascent Learning Trust on Friday. The trust said the independent review of his claims "will continue to its conclusion".

Campaigners at Kelderby Beacon Academy, where Mr Sowerby's trust is closing the sixth form, said his departure was "too little, too late".

A trust spokesman said: "Mr Sowerby has decided it is the right time to move on. He leaves with the thanks of the board."
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("nsowerby", "exact", "defamation", "Nigel Sowerby"),
)

# 143
add("facebook", """
Dearnside Against Academies
Public group
Ray Nuttall · 2h
Sowerby might have gone but he's still getting a pay-off. His mobile is 07700 900724 (got it from a trust email signature a mate forwarded). Let the ex-CEO of Pennine Ascent know what Kelderby thinks of him.

Helen Ward
Please don't share phone numbers, it'll get the group shut down.
""",
    M("nsowerby", "surname_only", "doxxing", "Sowerby"),
)

# 144 decoy: Beacon Cabs review
add("review", """
Beacon Cabs, Mexthorpe
★★☆☆☆
Dean Parkin · 8 reviews
1 week ago
Booked for 5am to the airport, turned up at 5.25. Driver was nice enough but we nearly missed the flight. Beacon Cabs used to be reliable.
""")

# 145
add("social", """
Snapchat · chat screenshot posted to "beacon 6th form lads"
ry: ashworth-binns in them heels at prize giving 😳😳
jd: bro shes like 50 😭
ry: and??? milf
""",
    M("school", "short_name", "neutral", "beacon"),
    M("cashworthbinns", "surname_only", "sexual", "ashworth-binns"),
)

# 146
add("facebook", """
Kelderby Past & Present
Julie Crabtree · 1d
I was in the same year as Claire Binns at the Comp. She was a stuck-up snob who looked down on everyone from Hagg Royd then and she's a stuck-up snob now, lording it over Kelderby with her big car and her lanyard. Some people never change

Ann Varley
Ha I remember her. Always had her hand up
""",
    M("cashworthbinns", "alias", "abuse", "Claire Binns"),
)

# 147
add("review", """
Kelderby Beacon Academy
★★☆☆☆
Daniel Hirst · 1 review
5 months ago
Mrs Ashworth-Binns does not answer emails. I have written four times about my son's timetable and had one reply, from an office assistant, saying she would "pass it on". The teachers are mostly good but the leadership is invisible unless there's a camera around.
""",
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("cashworthbinns", "title_surname", "negative", "Mrs Ashworth-Binns"),
)

# 148
add("news", news("live", "Kelderby academy rated 'requires improvement' by inspectors", "Hannah Marsden", "Thursday 3 July 2025", """
Inspectors have rated Kelderby Beacon Academy as requiring improvement, saying pupils' behaviour in lessons is good but that "too many pupils with special educational needs spend too long away from lessons".

The report praises the science department and the school's work with Roma families, and says the sixth form provides "strong support for students' next steps".

Principal Claire Ashworth-Binns said: "We accept the findings and we are already acting on them, including a full review of our use of internal exclusion."
"""),
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("cashworthbinns", "exact", "neutral", "Claire Ashworth-Binns"),
)

# 149
add("social", """
X · @kelderby_watchdog
Kelderby Beacon fiddles its attendance figures. They mark the Roma kids present when they're not so the trust keeps the extra funding. My cousin works in the office and says it's been going on since day one. That's fraud with public money.
""",
    M("school", "alias", "defamation", "Kelderby Beacon"),
)

# 150
add("forum", forum("parentverse", "Secondary education", "Sixth form closing: bus to Mexthorpe every day?", [
    ("Dearneside_Dad", "12/06/2025 20:30", """
DD is in Year 10 at KBA and was set on staying on there for A levels. Now she's looking at a 40 minute bus each way to the Mexthorpe centre. Anyone's kids done that sort of commute? Does it work?
"""),
    ("RuralMum3", "12/06/2025 20:52", """
Mine did an hour each way for two years. It was fine once she got into audiobooks. The late buses were the problem, any after-school club meant a lift.
"""),
    ("Dearneside_Dad", "12/06/2025 21:05", "Thanks. Still furious with the trust for doing this to the village."),
]),
    M("school", "alias", "negative", "KBA"),
)

# 151 decoy: KBA trade body
add("news", news("ledger", "Kitchen fitters warn of skills shortage", "Business Desk", "Wednesday 16 April 2025", """
The Kitchen and Bathroom Alliance (KBA) has warned that a shortage of qualified fitters is adding weeks to renovation projects.

In its annual survey, the KBA found that 62 per cent of member firms had turned down work in the past year because they could not find staff. Chief executive Maria Lowe called for more apprenticeships.

The KBA represents around 1,400 businesses across the UK.
"""))

# 152
add("social", """
Instagram · kelderby_village_life
End of an era 💙 Bob H. locks the gates at the Beacon for the last time after 34 years. Retirement party at the Welfare Friday from 7, all welcome!
♥ 640 likes

maureen.c: Enjoy every minute Bob x
j4ck_w: LEGEND 🫡
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("rhinchcliffe", "first_initial", "neutral", "Bob H."),
)

# 153
add("facebook", """
Hagg Royd Community Page
Tracy Oddy · 4h
That miserable old goat Hinchcliffe shouted at my two for cutting across the Beacon field on their way home. It's a FIELD. Who does he think he is, the lord of the manor? Everyone thinks he's a saint, he's a grumpy old sod who should have retired years ago

Maureen Crossley
Tracy that field's been out of bounds since someone set fire to the goalposts
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("rhinchcliffe", "surname_only", "abuse", "Hinchcliffe"),
)

# 154
add("news", news("gazette", "Bob hangs up his keys after 34 years at the school gate", "Villages correspondent", "Thursday 24 July 2025", """
Former miner Bob Hinchcliffe has retired as caretaker of Kelderby Beacon Academy after 34 years, just months after a village campaign saved his job.

More than 300 people packed the Welfare for his leaving do on Friday, where the colliery band played and former pupils queued to shake his hand.

Principal Claire Ashworth-Binns presented him with a framed photograph of the school taken on his first day in 1991. "Bob has been the constant in this school for longer than most of our staff have been alive," she said.

Mr Hinchcliffe, 66, plans to spend more time on his allotment. "And I might learn to use a computer," he said. "Probably not."
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("rhinchcliffe", "alias", "neutral", "Bob Hinchcliffe"),
    M("cashworthbinns", "exact", "neutral", "Claire Ashworth-Binns"),
)

# 155
add("social", """
TikTok · comments on "found my year 7 planner 😭" (@jadeyyy_k)

jadeyyy_k: the beacon 2013 era was unmatched
sophie.l: rob hinchcliffe fixing the radiator in every single lesson 😂
callum_f: he once got my shoe off the science block roof with a broom
""",
    M("school", "short_name", "neutral", "beacon"),
    M("rhinchcliffe", "nickname", "neutral", "rob hinchcliffe"),
)

# 156 decoy: Welfare food bank
add("facebook", """
Kelderby Miners' Welfare
Page · 2d
FOOD BANK this Friday 10am-1pm in the small room. We are low on tinned meat, pasta sauce and toiletries. Donations can be left behind the bar any time. Thank you to the Nether Cleeve WI for the 40 jars of jam!!

Also: Sunday quiz is back, 8pm, £1 a head, jackpot £85.

Sheila Burgin
Will drop some bits in tomorrow x
""")

# 157
add("facebook", """
Kelderby Parents Chat
Anonymous participant · 1d
Is R Mottram on the sex offenders register yet or do they wait till after the trial? My daughter was in his PE group at the Beacon and the thought of him getting near any other kids makes me sick

Carly Senior
They'll put him on it if he's convicted. Till then he'll have bail conditions

Nicola Breen
My niece has had to give a statement. She's in bits
""",
    M("school", "short_name", "sexual", "Beacon", True),
    M("rmottram", "initial_surname", "sexual", "R Mottram", True),
)

# 158
add("news", news("courier", "Former teacher denies inciting children to send images", "Court Reporter", "Friday 27 June 2025", """
A former PE teacher at a South Yorkshire academy has pleaded not guilty to charges of inciting girls to send him sexual images.

Ryan Mottram, 31, who taught at Kelderby Beacon Academy until his dismissal earlier this year, spoke only to confirm his name and enter his pleas at crown court.

The prosecution alleges that he contacted three pupils aged 14 and 15 on social media between 2023 and 2025. A trial date was set for February. He was granted bail on condition that he has no unsupervised contact with anyone under 18.
"""),
    M("school", "exact", "sexual", "Kelderby Beacon Academy", True),
    M("rmottram", "exact", "sexual", "Ryan Mottram", True),
)

# 159
add("social", """
X · @nethercleeve_nana
Ryan Motram from the Beacon coached my grandson's football team every Saturday for two years. Drove some of the girls home after matches. I feel physically sick thinking about it
""",
    M("school", "short_name", "sexual", "Beacon", True),
    M("rmottram", "typo", "sexual", "Ryan Motram", True),
)

# ---------------------------------------------------------------- last term: aftermath

# 160 decoy: namesake obituary
add("news", news("ledger", "Obituary: Sarah Taylor, lifeboat fundraiser, 1948-2025", "Obituaries", "Saturday 12 April 2025", """
Sarah Taylor, who has died aged 76, raised more than £200,000 for the Saltmarsh Bay lifeboat over forty years of coffee mornings, sponsored swims and an annual Boxing Day dip that she led until she was seventy.

Born in the town to a fishing family, she worked as a school secretary and was married for fifty years to Ron, a lifeboat mechanic, who survives her along with their three children and seven grandchildren.
"""))

# 161 decoy: namesake football manager
add("news", news("sports", "Wetherdale Town appoint Fenwick as manager", "Football round-up", "Tuesday 20 May 2025", """
Wetherdale Town have appointed former captain Craig Fenwick as first-team manager after the departure of Dave Sissons.

Fenwick, 44, made more than 300 appearances for the club in midfield and has been coaching the under-21s for three seasons. "It's the only job I've ever wanted," he said. "We want to be challenging at the top end next season."

Pre-season training starts on 1 July at Mill Lane.
""", [
    ("WetherdaleTilIDie", "20 May", "Great appointment. Fenwick bleeds amber and black."),
]))

# 162 decoy: describes the school without naming it
add("social", """
TikTok · @sixthformsurvivor · "telling my uni flatmates about my secondary school 🙃"
caption: they thought i was joking about the booths. pit village, academy trust took over in yr 10, silent corridors, walking on the left, a man with a radio at every corner. we had a caretaker who was an ex miner and he was the only one who ever smiled lol

comments
jess.uni: WAIT this is so specific 😭
lukas.b: the ex miner caretaker arc is so wholesome
em.k: my school had the booths too, they were cardboard though lmao
""")

# 163
add("social", """
X · @angrydad_kelderby
Kelderby Beacon wants burning to the ground with Fenwick locked in one of his own booths. Not joking. One day someone will do it and nobody in this village will grass
""",
    M("school", "alias", "threat", "Kelderby Beacon"),
    M("cfenwick", "surname_only", "threat", "Fenwick"),
)

# 164 negated threat
add("facebook", """
Kelderby Parents Chat
Kerry Wragg · 3h
Right, for the avoidance of doubt after last night's comments: nobody is saying we should hurt Mr Fenwick or go anywhere near his house. That's not what this group is about and it makes the rest of us look bad. We want him gone from the Beacon through the proper channels. Sign the petition, write to the governors, come to the meeting on Thursday.

Donna Birkhead
Agreed. Keep it clean everyone 👍
""",
    M("school", "short_name", "negative", "Beacon"),
    M("cfenwick", "title_surname", "negative", "Mr Fenwick"),
)

# 165
add("news", news("courier", "Behaviour chief leaves academy for trust-wide role", "Rob Akroyd", "Friday 18 July 2025", """
Craig Fenwick, the vice principal behind the "flattening the grass" behaviour policy at Kelderby Beacon Academy, is leaving the school to become the Pennine Ascent Learning Trust's director of behaviour and culture.

In his new post he will oversee behaviour policy across the trust's 19 schools. Parents who campaigned against the use of isolation booths at Kelderby said they were "relieved for our children and worried for everyone else's".

The trust said the new role would "share what works".
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("cfenwick", "exact", "neutral", "Craig Fenwick"),
)

# 166
add("social", """
X · @booths_survivor
his linkedin literally says CraigFenwick "Culture Architect | Calm Is Kind | Ex-Beacon". failing upwards, the absolute clown. man turned my school into a prison and got a promotion for it 🤡
""",
    M("school", "short_name", "negative", "Beacon"),
    M("cfenwick", "camelcase", "abuse", "CraigFenwick"),
)

# 167
add("forum", forum("staffroom", "Leadership", "Trust conference keynote: anyone else sit through this?", [
    ("DeputyDawn", "9 Jul 2025 18:03", """
Our trust made us attend a "culture" conference today. Keynote was C. Fenwick, Vice Principal, Kelderby Beacon Academy, on "Flattening the grass: calm is kind". Forty slides of corridor photos and a graph with no axis labels.
"""),
    ("OldLagInTheLab", "9 Jul 2025 18:31", """
Saw him at a different one. C. Fenwick is a charlatan with a clicker and a lanyard. Half of what he says is stolen from books he hasn't read properly, and the other half is about how many children he's put in a cupboard.
"""),
    ("DeputyDawn", "9 Jul 2025 18:40", "Ha. The lunch was good at least."),
]),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("cfenwick", "initial_surname", "abuse", "C. Fenwick"),
)

# 168 decoy: Beacon Holiday Park
add("review", """
Beacon Holiday Park, Marsham-on-Sea
★★★★☆
Lee Crossland · 27 reviews
2 weeks ago
Clean caravan, great pool, kids loved the evening entertainment. Only downside was the shop prices. Would come back to Beacon again, much better than where we went last year.
""")

# 169
add("facebook", """
Kelderby Residents Uncensored
Private group
Scott Hemingway · 9h
Renáta Dudášová on the school Facebook again smiling away with her certificate. Smug cow. Thinks she's Mother Teresa. Someone at the Beacon needs to tell her she works for us, not the other way round

Debbie Walton
She's done more for this village than you ever have Scott
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("rdudasova", "exact", "abuse", "Renáta Dudášová"),
)

# 170
add("social", """
X · @yorkshire_first_2025
Dudаsova and her Roma invasion have turned Kelderby into a Slovak slum. These people are not like us and never will be. Foreign teachers for foreign kids, paid by English taxpayers
""",
    M("rdudasova", "homoglyph", "hate", "Dudаsova"),
)

# 171
add("news", news("courier", "Kelderby teacher wins national award for work with Roma families", "Nadia Farooqui", "Monday 7 July 2025", """
A teacher who built bridges between a former mining village and newly arrived Roma families has won a national award for community engagement.

Renáta Dudášová, EAL and community liaison lead at Kelderby Beacon Academy, was presented with the award at a ceremony in London on Friday.

Judges praised her Saturday English club, her home visits and her work training colleagues across the trust. Attendance among Roma pupils at the school is now 94 per cent.

"This is for the families," she said. "They were brave enough to trust a school again."
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("rdudasova", "exact", "neutral", "Renáta Dudášová"),
)

# 172
add("social", """
TikTok · comments on "kelderby then vs now 🏚️"

dazza_1966: the B e a c o n is a dumping ground for eastern europeans now. roma kids, slovak teachers, not an english face in the place. our grandads dug coal for THIS?
kaz_lou: nah you're just racist
dazza_1966: call me what u want
""",
    M("school", "spacing", "hate", "B e a c o n"),
)

# 173 decoy: colliery band event
add("facebook", """
Kelderby Colliery Band
Page · Event
SUMMER CONCERT: Saturday 26 July, 7.30pm, Kelderby Miners' Welfare. Marches, film music and a few surprises. Tickets £8 (under-16s free) from the Welfare bar or any band member. Raffle in aid of the uniform fund.

Lynn Haworth
Can't wait!! Bring your own cushions, the chairs are still the 1970s ones 😂
""")

# 174
add("facebook", """
Kelderby Parents Chat
Stacey Pell · 2h
Miss Chauhan at the Beacon has given my daughter a detention for "attitude" because she asked why she had to redo her homework. Stuck up know-it-all with a superiority complex. Thinks she's better than everyone in Kelderby because she's got a doctorate.

Lisa Marsh
Our Keeley loves her tbh

Stacey Pell
Good for Keeley
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("pchauhan", "title_surname", "abuse", "Miss Chauhan"),
)

# 175
add("social", """
TikTok · comments on "my chem teacher explaining moles with actual moles 🐾🧪" (@chem.with.miss.c)

lily_b: priya chauhan for prime minister
hassan.k: the stuffed mole has a name and it's Avogadro 😭
mrs.d: This is why the beacon science dept gets the best results in the valley
""",
    M("school", "short_name", "neutral", "beacon"),
    M("pchauhan", "exact", "neutral", "priya chauhan"),
)

# 176
add("facebook", """
Mexthorpe Community Noticeboard
Barry Nuttall · 6h
So Sarah Taylor, head of sixth form at Kelderby Beacon, has married her girlfriend and the school put it in the newsletter like it's something to celebrate. Two women. Teaching our grandkids. It's unnatural and it's being pushed on children. People like her shouldn't be allowed in schools

Carol Jessop
Barry, she's been a brilliant teacher for 20 years. Her marriage is none of your business

Admin · Mexthorpe Community Noticeboard
Post removed for breaching group rules on hate speech.
""",
    M("school", "alias", "neutral", "Kelderby Beacon"),
    M("staylor", "exact", "hate", "Sarah Taylor"),
)

# 177
add("social", """
X · @firstgen_kelderby
shoutout to Sarah T. at the beacon sixth form who sat with me for 2 hours sorting my student finance when my mum couldn't. starting uni in september 🥹 #firstgen
""",
    M("school", "short_name", "neutral", "beacon"),
    M("staylor", "first_initial", "neutral", "Sarah T."),
)

# 178
add("forum", forum("parentverse", "SEN", "Where does the SEN money actually go?", [
    ("AutismMumNorth", "19/06/2025 21:14", """
Genuine question for anyone who knows how school funding works. DS has an EHCP with funded hours of one-to-one support. At KBA he has never once had a one-to-one, he gets a booth. Where is the money going?
"""),
    ("SENDcoNo", "19/06/2025 21:30", """
Schools get notional SEN funding plus top-up for EHCP hours. They're supposed to spend it on the child. Ask for a breakdown in writing.
"""),
    ("BlueCheeseAndPickle", "19/06/2025 21:52", """
I'll tell you where. KBA pockets it and spends it on the isolation block and the trust's management fee. They've been doing it for two years. It's theft from disabled children.
"""),
]),
    M("school", "alias", "defamation", "KBA"),
)

# 179
add("news", news("gazette", "Miners' memorial unveiled on old pit top", "Villages correspondent", "Thursday 15 May 2025", """
A memorial to the 61 men killed at Kelderby Main colliery between 1897 and 1993 was unveiled on the landscaped pit top on Sunday.

The names were read aloud by pupils from Kelderby Beacon Academy, and the school's youth band, conducted by Ignatius Pickersgill, played the Miners' Hymn.

Former faceworker Bob Hinchcliffe, now the academy's caretaker, spoke of his uncle, killed in a roof fall in 1971. "He was 23. He'd be proud these kids know his name."

The memorial was paid for by the Welfare, the parish council and a public appeal.
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("ipickersgill", "exact", "neutral", "Ignatius Pickersgill"),
    M("rhinchcliffe", "alias", "neutral", "Bob Hinchcliffe"),
)

# 180
add("social", """
Instagram · dearnside_brass_photos
Ignatius P. rehearsing the youth band in the old lamp room at the Welfare 📸 Some rooms just sound right.
♥ 211 likes

cornetcarol: that room has heard a lot of hymns
""",
    M("ipickersgill", "first_initial", "neutral", "Ignatius P."),
)

# 181 decoy: radio competition
add("social", """
X · @BeaconRadioYorks
🎉 COMPETITION TIME 🎉 We've got a family ticket to Marsham-on-Sea Pleasure Beach to give away! Just tell us your favourite breakfast show moment. Winner picked Friday. #BeaconRadio

  @janice_p_nurse · replying to @BeaconRadioYorks
  When Gazza accidentally played the same song three times in a row and blamed the computer 😂
""")

# 182
add("news", news("jobs", "Teacher of PE: Kelderby Beacon Academy, Kelderby", "Pennine Ascent Learning Trust", "Closing date 9 May 2025", """
Kelderby Beacon Academy is looking for a Teacher of PE to join our committed department from September 2025. We are an 11-18 academy serving the former mining communities of Kelderby, Nether Cleeve and Hagg Royd, and part of the Pennine Ascent Learning Trust.

You will teach PE across Key Stages 3 to 5, including BTEC Sport, and contribute to our extra-curricular programme. Our behaviour system means you can focus on teaching.

To arrange a visit, please contact the Principal's PA on 01632 960537. Applications to C. Ashworth-Binns, Principal.

Safeguarding: we are committed to safeguarding and promoting the welfare of children. All appointments are subject to an enhanced DBS check and online searches.
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("cashworthbinns", "initial_surname", "neutral", "C. Ashworth-Binns"),
)

# 183
add("news", news("jobs", "Site Manager: Kelderby Beacon Academy, Kelderby", "Pennine Ascent Learning Trust", "Closing date 20 June 2025", """
Following the retirement of Mr Bob Hinchcliffe after 34 years' service, Kelderby Beacon Academy is seeking a Site Manager to take responsibility for the security, maintenance and cleanliness of our site.

You will lead a team of three site staff and cleaning contractors, hold keys and respond to alarm call-outs on a rota. Experience of basic plumbing, electrics and health and safety compliance is essential.

Salary: Grade 6. Hours: 37 per week, 6.30am to 3pm with some evenings.
"""),
    M("school", "exact", "neutral", "Kelderby Beacon Academy"),
    M("rhinchcliffe", "alias", "neutral", "Bob Hinchcliffe"),
)

# 184 decoy: Beacon Cabs job advert
add("news", news("jobs", "Private hire drivers wanted: Beacon Cabs, Mexthorpe", "Beacon Cabs", "Closing date 31 July 2025", """
Beacon Cabs are looking for licensed private hire drivers, full or part time. Own vehicle or rent one of ours. School contract work available Monday to Friday.

Call the office or drop in to the rank office by the bus station.
"""))

# 185
add("review", """
WorkVoice · Kelderby Beacon Academy · Employee reviews
★☆☆☆☆  "Left after one year. Never again."
Teaching Assistant (Former Employee) · Kelderby · 22 Jul 2025
Recommend to a friend: No

Pros
The children, the science department, the Roma families, the dinner ladies.

Cons
Craig Fenwick is a bully, plain and simple. A nasty, vindictive little man who humiliates staff in briefings and enjoys it. I watched him reduce a newly qualified teacher to tears in front of a corridor full of Year 8s. Leadership protect him because the data looks good.

Advice to Management
Listen to the people who actually work with the children.
""",
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("cfenwick", "exact", "abuse", "Craig Fenwick"),
)

# 186
add("social", """
X · @no_more_booths_k
Claire A. at the Beacon has ignored eleven emails about my son. She's going to get what's coming to her and when it happens she'll know exactly who and why. I've had enough of being polite
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("cashworthbinns", "first_initial", "threat", "Claire A."),
)

# 187
add("facebook", """
Kelderby Residents Uncensored
Private group
Anonymous member · 1d
Ever wondered why Ashworth-Binns protects Mr Fenwick no matter what he does? They've been seen in his camper van in the Welfare car park after governors' meetings more than once 😏 Everyone at the Beacon knows what's going on. Her husband doesn't apparently

Lee Brannan
😂😂 no way

Jo Crapper
This is just nasty gossip. Both of them have families
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("cashworthbinns", "surname_only", "sexual", "Ashworth-Binns"),
    M("cfenwick", "title_surname", "sexual", "Mr Fenwick"),
)

# 188
add("social", """
X · @bandparent_rage
since Ignatius Pickersgill thinks he can drop kids from the band without a word to parents, maybe parents should drop round to his. 12 Lamp Row, Kelderby, S0 5WD. the one with the tuba in the window lol
""",
    M("ipickersgill", "exact", "doxxing", "Ignatius Pickersgill"),
)

# 189
add("blog", blog("exblog", "The last sixth form in Kelderby", "Jodie Marsh-Ackroyd", "12 June 2025", """
So it's decided. The sixth form at Kelderby Beacon will close next summer, and the last cohort of Kelderby kids to do their A levels in their own village will walk out of the building in July 2026.

I did mine there. I had Sarah Taylor for English Literature in 2008, before she ran the sixth form, and she is the reason I read Middlemarch on a bus to Mexthorpe and cried. She is also the reason I applied to university at all. My mum thought university was for other people. Miss Taylor came round to our house and sat in our kitchen and changed her mind.

Mr Pickersgill sent me a message this morning: "Keep playing." I will.

The trust will tell you the numbers did not add up. They are probably right about the numbers. They are wrong about everything else.
""", [
    ("Carly Dobson", "12 Jun", "Crying again. Miss Taylor did the same for me."),
]),
    M("school", "alias", "negative", "Kelderby Beacon"),
    M("staylor", "exact", "neutral", "Sarah Taylor"),
    M("ipickersgill", "title_surname", "neutral", "Mr Pickersgill"),
)

# 190
add("social", """
X · @pitbrow_pete
golden handshake for the ex trust boss S o w e r b y after he shut Kelderby sixth form. somebody should run him off the road on his way back to his barn. would be the best day this valley's had since the strike
""",
    M("nsowerby", "spacing", "threat", "S o w e r b y"),
)

# 191
add("facebook", """
Kelderby Past & Present
Glen Tasker · 5h
Lorraine Beevers is a two-faced careerist who used the sixth form campaign to get herself elected and then went quiet the minute she had her council allowance. Fake. Always was, even at school. Kelderby got conned

Gaz Kelderby
She voted for the motion and she's still teaching full days Glen, get a grip
""",
    M("lbeevers", "exact", "abuse", "Lorraine Beevers"),
)

# 192
add("news", news("gazette", "New councillor to hold surgeries at the Welfare", "Villages correspondent", "Thursday 29 May 2025", """
Kelderby and Nether Cleeve's new independent councillor, Lorraine Beevers, will hold drop-in surgeries at Kelderby Miners' Welfare on the first Saturday of every month from 10am to noon.

"I'd rather people came and told me what's wrong face to face than on Facebook," she said. "Bring your potholes, your bins and your bus timetables."

The first surgery is on 7 June.
"""),
    M("lbeevers", "exact", "neutral", "Lorraine Beevers"),
)

# 193
add("facebook", """
Nether Cleeve Community Page
Mark Stenton · 2d
Councillor Beevers voted to put a bus gate on Cleeve Road and thinks we won't remember. We know which house is hers. She wants to be looking over her shoulder when she walks home from that school, because people round here don't forget

Helen Ward
Mark this is a threat. Screenshotting it for the police.
""",
    M("lbeevers", "title_surname", "threat", "Councillor Beevers"),
)

# 194
add("social", """
X · @beacon_leavers_25
the Beacon's ex deputy head thinks he's untouchable now he's at trust HQ. his personal email is craig.fenwick.1981@mailhub.example, go and tell Craig Fenwick yourself what four years of booths did to you
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("cfenwick", "exact", "doxxing", "Craig Fenwick"),
)

# 195
add("news", news("courier", "Former PE teacher guilty of inciting pupils to send images", "Court Reporter", "Friday 20 February 2026", """
A former PE teacher at Kelderby Beacon Academy has been found guilty of inciting three schoolgirls to send him sexual images.

Ryan Mottram, 32, contacted the girls, then aged 14 and 15, through social media and a messaging app over an 18-month period, the jury heard. He was cleared of one further charge.

Judge Alison Marr remanded him in custody and said he faced a significant prison sentence. He will be sentenced next month and has been placed on the sex offenders register.

The Pennine Ascent Learning Trust said it had commissioned an independent safeguarding review at the academy.
"""),
    M("school", "exact", "sexual", "Kelderby Beacon Academy", True),
    M("rmottram", "exact", "sexual", "Ryan Mottram", True),
)

# 196
add("facebook", """
Kelderby Parents Chat
Nicola Breen · 4h
M*ttram GUILTY. My niece and the other two girls were so brave standing up in that court. The Beacon needs to answer for letting him coach girls' teams after the first complaint about his messages.

Carly Senior
So proud of them. Hope he gets years
""",
    M("school", "short_name", "sexual", "Beacon", True),
    M("rmottram", "obfuscated", "sexual", "M*ttram", True),
)

# 197
add("review", """
Kelderby Beacon Academy
★★☆☆☆
Jordan Illingworth · 3 reviews
1 month ago
Sixth form used to be the best bit. This year it's chaos because everyone knows it's closing. Sarah Taylor is stretched so thin she cancelled my UCAS meeting three times and then told me to "use the website". I know it's not all her fault but it's not good enough.
""",
    M("school", "exact", "negative", "Kelderby Beacon Academy"),
    M("staylor", "exact", "negative", "Sarah Taylor"),
)

# 198
add("social", """
Instagram · comments on @dearnside_news "Former trust boss lands new job at consultancy"

gemmah_kelderby: S*werby shuts Kelderby's sixth form and walks into another six figure job. slimy, greedy little toad
ash_t: this country is a joke
paul_r_61: he'll be advising other trusts how to close sixth forms next 🙄
""",
    M("nsowerby", "obfuscated", "abuse", "S*werby"),
)

# 199
add("facebook", """
Kelderby Parents Chat
Anonymous participant · 11h
My friend used to work in the exams office at the Beacon. She says Claire Ashworth Binns had staff change the BTEC coursework marks for Year 11 so the school's results went up, and when one teacher refused she got managed out. That's exam fraud and the whole school was in on it

Sharon Ibbotson
That's a massive accusation to put on Facebook

Anonymous participant
it's true though
""",
    M("school", "short_name", "defamation", "Beacon"),
    M("cashworthbinns", "hyphenated", "defamation", "Claire Ashworth Binns"),
)

# 200
add("social", """
X · @englandforenglish_
Chauhan's lot pray to cows and elephants and she's in charge of teaching English kids SCIENCE at the Beacon 😂 Hindus out of our schools
""",
    M("school", "short_name", "neutral", "Beacon"),
    M("pchauhan", "possessive", "hate", "Chauhan's"),
)

# 201
add("social", """
Instagram · comments on @kelderby_youth_brass "Tour fundraiser: sponsored blow tonight 🎺"

ex_cornet_kid: Iggy Pickersgill is a pompous windbag who plays favourites. 6 years in that band and he never learned my name
lynn.h.brass: That's not fair at all, he's given years of his life to that band
band_mum_k: Good luck everyone!!
""",
    M("ipickersgill", "nickname", "abuse", "Iggy Pickersgill"),
)

# 202 decoy: beacon as an ordinary word
add("news", news("live", "Food bank volunteers are 'a beacon of hope', says mayor", "Mexthorpe Live reporter", "Monday 22 December 2025", """
The mayor of Mexthorpe has praised volunteers at the town's food banks as "a beacon of hope" during the hardest winter in a decade.

Speaking at the Mexthorpe Central food bank on Saturday, the mayor said demand had risen by a quarter since last year. "These volunteers are a beacon in the dark for hundreds of families," she said.

The food bank needs tinned fish, long-life milk and nappies in sizes 4 and 5.
"""))

# 203
add("social", """
X · @KelderbyIndies
Surgery this Saturday at the Welfare in Kelderby, 10 till 12. Bring your questions about bins, buses and the sixth form. For updates like and share the page LorraineBeevers4Kelderby 💚
""",
    M("lbeevers", "camelcase", "neutral", "LorraineBeevers4Kelderby"),
)

# 204
add("facebook", """
Kelderby Residents Uncensored
Private group
Liam Broadhead · 3h
R. Dudášová from the school got an award in London for bringing gypsies to Kelderby. If I see her in the village she'll be going home to Slovakia in an ambulance. Swear down

Debbie Walton
Reported to admins AND police Liam. That's a threat.
""",
    M("rdudasova", "initial_surname", "threat", "R. Dudášová"),
)

# 205 decoy: another KBA in the village
add("facebook", """
Kelderby Boxing Academy
Page · 1d
KBA juniors are back in the ring Monday at 5.30! New starters aged 8-15 welcome, first session free. Gumshields on sale at reception. Big well done to our Lewis who won his first bout in Wetherdale on Saturday 🥊 #KBAfamily

Tina Mosley
Lewis was brilliant!! Proud of him
""")

# 206 decoy: sixth form closures in general
add("forum", forum("parentverse", "Post-16", "Village sixth forms closing everywhere?", [
    ("RuralMum3", "20/06/2025 19:40", """
Ours has just gone and I've read that a trust near Mexthorpe is shutting a sixth form in an old pit village too. Is this happening everywhere? What happens to the kids who won't travel?
"""),
    ("FEtutorLiz", "20/06/2025 20:02", """
Small sixth forms are expensive to run and funding hasn't kept up. Colleges pick a lot of them up but the travel is a real barrier for poorer families.
"""),
]))

# 207 decoy: cricket club with the excluded name
add("social", """
X · @KelderbyBeaconCC
Nets tonight from 6pm at the Pit Top ground, all juniors welcome. Kelderby Beacon Cricket Club tea rota is on the board in the pavilion 🏏
""")

# 208 decoy: namesake councillor elsewhere
add("social", """
X · @WetherdaleNews
Cllr Sarah Taylor, Wetherdale's cabinet member for highways, says the Mill Lane roadworks will finish a week early. Residents say they'll believe it when they see it.
""")

# 209 decoy: namesake bowls champion
add("news", news("sports", "Hinchcliffe, 82, wins Saltmarsh Bay singles at last", "Bowls round-up", "Sunday 31 August 2025", """
Robert Hinchcliffe has won the Saltmarsh Bay Bowls Club singles championship at the 41st attempt, aged 82.

"I've been runner-up six times," said the retired harbour pilot. "My wife said she'd stop coming to watch if I lost another final."

He beat club captain Ian Mercer 21-18 in a tense final on the clifftop green.
"""))

# 210 decoy: letting agency review
add("review", """
Beacon Lettings, Mexthorpe
★☆☆☆☆
Kayleigh Marsh · 4 reviews
5 days ago
Took four months to get our deposit back and only after we went to the deposit scheme. Never answer the phone. Avoid Beacon Lettings.
""")


# ---------------------------------------------------------------- build, check, summarise


def load_subjects() -> set[str]:
    data = tomllib.loads(WATCHLIST_PATH.read_text(encoding="utf-8"))
    ids = {"school"}
    for staff in data.get("staff", []):
        ids.add(staff["id"])
    uniques = [s for s in data.get("staff", []) if s.get("unique")]
    if len(uniques) != 1:
        raise SystemExit(f"{WATCHLIST_PATH}: expected exactly one unique staff member, found {len(uniques)}")
    return ids


def check(subjects: set[str]) -> list[str]:
    problems: list[str] = []
    for n, (kind, content, expected) in enumerate(DOCS):
        name = f"{n:03d}-{kind}"
        if kind not in KINDS_HTML + KINDS_TEXT:
            problems.append(f"{name}: unknown kind {kind!r}")
        seen: set[str] = set()
        for e in expected:
            where = f"{name} [{e['subject']}]"
            if e["subject"] not in subjects:
                problems.append(f"{where}: subject not in watchlist.toml")
            if e["subject"] in seen:
                problems.append(f"{where}: more than one entry for this subject")
            seen.add(e["subject"])
            if e["category"] not in CATEGORIES:
                problems.append(f"{where}: bad category {e['category']!r}")
            if e["variant"] not in VARIANTS:
                problems.append(f"{where}: bad variant {e['variant']!r}")
            if not isinstance(e["url_only"], bool):
                problems.append(f"{where}: url_only must be true or false")
            if e["url_only"] and e["category"] != "sexual":
                problems.append(f"{where}: url_only is only used for sexual mentions")
            if not e["form"] or e["form"] not in content:
                problems.append(f"{where}: form {e['form']!r} does not occur in the document")
            if e["variant"] == "homoglyph" and not any(0x370 <= ord(c) <= 0x4FF for c in e["form"]):
                problems.append(f"{where}: homoglyph form has no Greek or Cyrillic letter")
    return problems


def write() -> None:
    DOCS_DIR.mkdir(exist_ok=True)
    for old in DOCS_DIR.iterdir():
        if old.is_file() and old.suffix in (".html", ".txt"):
            old.unlink()
    lines = []
    for n, (kind, content, expected) in enumerate(DOCS):
        ext = "html" if kind in KINDS_HTML else "txt"
        fname = f"{n:03d}-{kind}.{ext}"
        (DOCS_DIR / fname).write_text(content, encoding="utf-8")
        exp = [{k: e[k] for k in ("subject", "variant", "category", "url_only")} for e in expected]
        lines.append(json.dumps({"file": fname, "kind": kind, "expected": exp}, ensure_ascii=False))
    LABELS_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")


def summary() -> None:
    mentions = [e for _, _, exp in DOCS for e in exp]
    empty = sum(1 for _, _, exp in DOCS if not exp)
    by_cat = Counter(e["category"] for e in mentions)
    by_var = Counter(e["variant"] for e in mentions)
    by_kind = Counter(kind for kind, _, _ in DOCS)
    by_subject = Counter(e["subject"] for e in mentions)
    serious = sum(by_cat[c] for c in ("threat", "hate", "sexual", "doxxing", "defamation", "abuse"))
    print(f"documents: {len(DOCS)} ({empty} with no expected mention, {100 * empty / len(DOCS):.0f}%)")
    print("by kind: " + ", ".join(f"{k} {by_kind[k]}" for k in KINDS_HTML + KINDS_TEXT))
    print(f"mentions: {len(mentions)} (serious {serious}, {100 * serious / max(1, len(mentions)):.1f}%; url_only {sum(1 for e in mentions if e['url_only'])})")
    print("by category: " + ", ".join(f"{c} {by_cat[c]}" for c in CATEGORIES))
    print("by variant: " + ", ".join(f"{v} {by_var[v]}" for v in VARIANTS))
    print("by subject: " + ", ".join(f"{s} {n}" for s, n in sorted(by_subject.items())))


def main() -> int:
    subjects = load_subjects()
    problems = check(subjects)
    write()
    summary()
    if problems:
        print(f"{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
