#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train30 labelled evaluation corpus for the repwatch matcher.

Setting
-------
Bastion Hill Academy (short name "Bastion"; acronym "BHA"; before academy conversion it was
"Admiral Tresham School") is an invented 11-16 secondary at the north end of Tern Island in
the invented Hampshire naval-dockyard city of Portmere. Its localities are Tidemill (the
council estate beside it), North Tern and Ropewalk. Many pupils come from forces families
who move every two or three years; the school runs a dockyard apprenticeship scheme with
the (invented) Portmere Dockyard. A new headteacher sent in by the (invented) Meridian
Learning Trust removed the whole former senior leadership team in his first term; the
school is trialling a walk-through knife arch at the gate after a stabbing near Tidemill;
a row over a trans pupil's toilet access reached the national press; the popular head of
music runs a steel band; a PE teacher also plays semi-professional football for Tern Island
Athletic. Own domain bastionhill.example, office 01632 960537. Every person, place,
business, phone number, postcode, email and domain is fictitious.

Staff
-----
Clive Ashdown-Pryce (Headteacher, hyphenated surname), Priya Raman (Deputy Headteacher),
Siobhan O'Driscoll (Assistant Head and DSL; apostrophe; maiden name Siobhan Kelly),
Ambrose Quaintance (Head of Music; the one `unique = true` name, counted wherever named),
Daniel Carter (PE; very common name with namesakes; "Danny"), Katherine Hollis (Head of
English; Kate/Kath/Kathy), Tomasz Nowak (Careers and Apprenticeships Lead), Alex Brennan
(Head of PSHE; full form Alexandra Brennan), Nigel Stroud (Site and Safety Manager) and
Joanne Tully (SENCo; maiden name Joanne Mercer).

Voices
------
Local news with comments (Portmere Live, Tern Island Echo), the regional paper (The Portmere
Post, South Coast Herald), a national tabloid (Daily Clarion), parents' and residents'
Facebook groups, a Mumsnet-style board (ParentNet), a teachers' forum (StaffRoom Talk), a
local forum (PortmereTalk), a forces families forum, Google/Indeed/Glassdoor reviews,
X/TikTok/Instagram/Snapchat extracts, community and personal blogs, the school newsletter,
council minutes and job adverts.

Decoys
------
About a fifth of the documents have no expected mention: "bastion" as an ordinary word and
as a fort, Camp Bastion veterans, Bastion Hill Primary School, Bastion Housing Association
(also "BHA"), Bastion Security Services, Bastion Hill Motors, other bodies called BHA,
namesakes of staff who are clearly elsewhere (a Leeds roofer called Daniel Carter, a novelist
Katherine Hollis, a Leicester GP Priya Raman, ...), a match report on the PE teacher's club
that never ties him to the school, and pages that describe the school without naming it.

Labelling conventions
---------------------
One expected entry per subject per document, using the easiest form present (exact > alias >
title_surname > the rest) and the WORST category for that subject in that document. The
school is a subject only when the document refers to it; it is neutral when merely the
workplace. Non-unique staff count only where the page ties them to the school (name, alias,
locality or role in context). A staff member praised in a post attacking someone else is
neutral; quoted abuse condemned, news of a harasser's conviction and untargeted swearing
are neutral for the victim; news of an arrest, suspension or investigation is defamation for
that person. Sexual content where a child may be involved is `sexual` with url_only true
for the staff member and for the school when named; a pupil's crush or innuendo about an
adult teacher is `sexual` with url_only false. "Hyphenated" marks the head's surname written
without its hyphen or by one half; "possessive" marks a surname or short name that appears
only in possessive form.

Running
-------
    python3 tests/corpus_train30/build_train30.py

from any directory (re)writes docs/ and labels.jsonl beside this file, checks every label and
prints a summary; the exit status is 1 if any check fails.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
import textwrap
import tomllib
from collections import Counter
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS = HERE / "labels.jsonl"
WATCHLIST = HERE / "watchlist.toml"

CATEGORIES = ("threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral")
SERIOUS = {"threat", "hate", "sexual", "doxxing", "defamation", "abuse"}
VARIANTS = (
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
)
HTML_KINDS = ("news", "forum", "blog")
TXT_KINDS = ("review", "social", "facebook")

S = "school"
HEAD = "cashdownpryce"
DEP = "praman"
DSL = "sodriscoll"
MUS = "aquaintance"
PE = "dcarter"
ENG = "khollis"
CAR = "tnowak"
PSHE = "abrennan"
SITE = "nstroud"
SEN = "jtully"


class E(NamedTuple):
    subject: str
    variant: str
    category: str
    form: str
    url_only: bool = False


DOCS: list[tuple[str, str, tuple[E, ...]]] = []


def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-") or "home"


def _paras(text: str) -> str:
    text = textwrap.dedent(text).strip()
    return "\n".join(f"<p>{_esc(p.strip())}</p>" for p in re.split(r"\n\s*\n", text) if p.strip())


def _page(site: str, title: str, nav: tuple[str, ...], main: str, footer: str) -> str:
    links = " | ".join(f'<a href="/{_slug(n)}">{_esc(n)}</a>' for n in nav)
    return (
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{_esc(title)} - {_esc(site)}</title>\n</head>\n<body>\n"
        f"<header>\n<div class=\"site-name\">{_esc(site)}</div>\n<nav>{links}</nav>\n</header>\n"
        f"<main>\n{main}\n</main>\n<footer>\n<p>{_esc(footer)}</p>\n</footer>\n</body>\n</html>\n"
    )


def _comments(comments: tuple[tuple[str, str], ...], heading: str = "Comments") -> str:
    if not comments:
        return ""
    out = [f"<section class=\"comments\">\n<h2>{_esc(heading)} ({len(comments)})</h2>"]
    for who, body in comments:
        out.append(f"<div class=\"comment\">\n<div class=\"comment-author\">{_esc(who)}</div>\n{_paras(body)}\n</div>")
    out.append("</section>")
    return "\n".join(out)


NEWS_NAV = ("Home", "News", "Sport", "What's On", "Property", "Jobs", "Contact")


def news(site: str, title: str, body: str, comments: tuple[tuple[str, str], ...] = (), byline: str = "", nav: tuple[str, ...] = NEWS_NAV, footer: str = "") -> tuple[str, str]:
    bl = f"<p class=\"byline\">{_esc(byline)}</p>\n" if byline else ""
    main = f"<article>\n<h1>{_esc(title)}</h1>\n{bl}{_paras(body)}\n</article>\n{_comments(comments)}"
    return "news", _page(site, title, nav, main, footer or f"Copyright {site}. All rights reserved. Privacy | Cookies | Terms")


def forum(site: str, board: str, title: str, posts: tuple[tuple[str, str], ...], footer: str = "") -> tuple[str, str]:
    out = [f"<div class=\"breadcrumb\">{_esc(site)} &gt; {_esc(board)}</div>", f"<article class=\"thread\">\n<h1>{_esc(title)}</h1>"]
    for i, (who, body) in enumerate(posts, 1):
        out.append(f"<div class=\"post\" id=\"p{i}\">\n<div class=\"post-author\">{_esc(who)}</div>\n<div class=\"post-body\">\n{_paras(body)}\n</div>\n</div>")
    out.append("</article>")
    nav = ("Home", "Talk", board, "Active threads", "Log in", "Register")
    return "forum", _page(site, title, nav, "\n".join(out), footer or f"{site} - talk boards. Posts are the views of their authors. Report a post | House rules")


def blog(site: str, title: str, body: str, comments: tuple[tuple[str, str], ...] = (), author: str = "", nav: tuple[str, ...] = ("Home", "About", "Archive", "Contact"), footer: str = "") -> tuple[str, str]:
    by = f"<p class=\"post-meta\">Posted by {_esc(author)}</p>\n" if author else ""
    main = f"<article class=\"post\">\n<h1>{_esc(title)}</h1>\n{by}{_paras(body)}\n</article>\n{_comments(comments, 'Responses')}"
    return "blog", _page(site, title, nav, main, footer or f"{site}. Powered by a small blog engine.")


def _txt(kind: str, text: str) -> tuple[str, str]:
    return kind, textwrap.dedent(text).strip() + "\n"


def review(text: str) -> tuple[str, str]:
    return _txt("review", text)


def social(text: str) -> tuple[str, str]:
    return _txt("social", text)


def fb(text: str) -> tuple[str, str]:
    return _txt("facebook", text)


def add(page: tuple[str, str], *expected: E) -> None:
    DOCS.append((page[0], page[1], expected))


# --------------------------------------------------------------------------------------
# Documents. Order is the file order (000, 001, ...).
# --------------------------------------------------------------------------------------

# 000 knife arch announced
add(
    news(
        "The Portmere Post",
        "Knife arch trial to start at island secondary after Tidemill stabbing",
        """
        A walk-through metal detector will be installed at the main gate of Bastion Hill Academy from Monday, in what the school says is a six-week trial prompted by last month's stabbing of a 17-year-old on the Tidemill estate.

        The arch, loaned by the Meridian Learning Trust, will be staffed every morning between 8.10am and 8.45am. Pupils will not be touched unless the arch sounds twice, and bags will be checked by hand at a separate table.

        Headteacher Clive Ashdown-Pryce said: "Nobody wants to see this at a school gate. But our families told us they were frightened, and the police told us knives are turning up in the hands of younger and younger children on the north of the island. This is a trial, not a verdict on our pupils."

        Site and safety manager Nigel Stroud, who has worked at the school for 19 years, will run the morning checks with two trust staff. Parents can see the arch in operation at an open session on Thursday evening.

        Portmere City Council said it had not been consulted but would "watch the trial with interest".
        """,
        (
            ("Kaz_on_the_island", "Treating 11 year olds like they're boarding a plane. Bastion Hill Academy used to be about the kids, now it's all PR for the trust."),
            ("DockyardDave", "My lad is in year 8 and he says half his mates carry something because they're scared walking through Tidemill. If the arch stops one of them, fine."),
            ("RopewalkRita", "Nigel Stroud is the most decent man in that building. If he's running it, it'll be done properly."),
        ),
        byline="By Hannah Leese, Education Reporter",
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(HEAD, "exact", "neutral", "Clive Ashdown-Pryce"),
    E(SITE, "exact", "neutral", "Nigel Stroud"),
)

# 001 SLT removed
add(
    news(
        "Portmere Live",
        "New head removes entire leadership team at Bastion Hill in first term",
        """
        All five members of the senior leadership team at Bastion Hill Academy have left the school since September, Portmere Live can reveal, in a shake-up ordered by the academy's new headteacher.

        Clive Ashdown-Pryce was appointed by the Meridian Learning Trust in the summer after an Ofsted visit graded the school as requiring improvement. Former deputy head Graham Pike, who had worked at the school since it was Admiral Tresham, is understood to have signed a settlement agreement in October. Three assistant heads were told their posts were being "restructured".

        The trust has brought in Priya Raman, previously a deputy at one of its Southampton schools, as deputy headteacher.

        A spokesperson for Meridian said: "Bastion Hill needs pace. Mr Ashdown-Pryce has the full backing of the board."

        One member of staff, who asked not to be named, said the atmosphere in the staffroom was "like waiting for the next name to be read out".
        """,
        (
            ("NorthEndNan", "Graham Pike taught my kids AND my grandkids. Disgraceful way to treat him."),
            ("bluewaterboy", "Ashdown-Pryce is a hatchet man, that's literally what the trust pays him for. In, sack, out, next school."),
            ("Lou R", "Give the man a chance. The school was drifting for years and everyone on here knew it."),
        ),
        byline="Education desk",
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(HEAD, "exact", "negative", "Clive Ashdown-Pryce"),
    E(DEP, "exact", "neutral", "Priya Raman"),
)

# 002 teachers' forum
add(
    forum(
        "StaffRoom Talk",
        "Leadership and management",
        "New head cleared out the whole SLT. Anyone else at a Meridian school?",
        (
            ("quietcorridor", """
            Not going to name the school but if you're in Portmere you'll know. Actually sod it, it's BHA. Since September the new head has got rid of every single person on SLT, most of them with 20+ years in. Briefings are now a list of 'non-negotiables' read off a slide.

            Is this just how Meridian operate? Asking before I start applying elsewhere.
            """),
            ("MrsMarkbook", """
            Yes. They did the same at two of their Southampton schools. The head comes in, the old guard go, the deputy he brings with him runs the data. I'd update the CV.
            """),
            ("quietcorridor", """
            The deputy, Raman, came with him. To be fair to her she's polite, but every conversation ends with a spreadsheet.
            """),
            ("ex_tresham", """
            I heard from someone at his last place that Ashdown-Pryce got results up by quietly off-rolling the kids who'd drag the figures down. Moved them to 'home education' before census day. Can't prove it but it's what people there say.
            """),
            ("MrsMarkbook", """
            Be careful posting that sort of thing, people have been sued for less.
            """),
        ),
    ),
    E(S, "alias", "negative", "BHA"),
    E(HEAD, "surname_only", "defamation", "Ashdown-Pryce"),
    E(DEP, "surname_only", "negative", "Raman"),
)

# 003 glassdoor
add(
    review(
        """
        Glassdoor > Bastion Hill Academy > Reviews

        ★★☆☆☆  "Good colleagues, frightening leadership"
        Teacher (Current Employee) - Portmere, England
        Pros: The kids are brilliant once they trust you. Forces families bring a real mix of experience. Music department is the heart of the place - Mr Quaintance's steel band is the best thing in the city.
        Cons: Since the trust sent in the new head the senior team has been replaced wholesale and nobody feels safe to speak in meetings. Decisions arrive by email on a Sunday night.
        Advice to Management: Listen to the people who've held this school together.

        ★☆☆☆☆  "Leave while you can"
        Support Staff (Former Employee)
        Pros: Pension.
        Cons: Top-down, cold, and obsessed with Ofsted. Mr Ashdown-Pryce walked past me every day for a term and never once said good morning.

        ★★★★☆  "Needed a shake-up"
        Teacher (Current Employee)
        Pros: Clear behaviour policy at last, corridors are calmer.
        Cons: Workload has gone up, lots of new systems at once.
        """
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(MUS, "title_surname", "neutral", "Mr Quaintance"),
    E(HEAD, "title_surname", "negative", "Mr Ashdown-Pryce"),
)

# 004 parents facebook group
add(
    fb(
        """
        Bastion Hill Academy Parents (Unofficial)
        Private group · 2.3K members

        Michelle Gorse
        Has anyone else had the letter about the new "uniform standards"? My daughter got sent to isolation for the wrong shade of grey socks. GREY SOCKS. Her dad is away on deployment and I'm doing this on my own, I haven't got time to be driving to three shops for socks.
        👍😡 148 · 96 comments

        Dean Portway
        It's Ashdown Pryce. Jumped up little suit who's never had to walk through Tidemill in his life. Somebody needs to tell him where to stick his standards.

        Angela Fenn
        To be fair Dean the school did need a kick up the backside. My son actually gets homework now.

        Michelle Gorse
        @Angela Fenn homework yes, socks no 😂

        Tasha Vine
        Bastion used to be a community school. Now it's a brand.

        Group admin
        Reminder: criticise policies, not people. Personal insults will be removed.
        """
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(HEAD, "hyphenated", "abuse", "Ashdown Pryce"),
)

# 005 decoy: bastion as ordinary word, pub blog
add(
    blog(
        "Pints of the South Coast",
        "The Lugger Inn: the last bastion of proper cask on the seafront",
        """
        There are not many pubs left on the Portmere front that still pull a decent pint of bitter without a QR code on the table. The Lugger is one of them. If the seafront is now wall-to-wall gin bars, the Lugger is the last bastion of the old way: sawdust, a dartboard with a dent in the double top, and a landlord who will tell you exactly what he thinks of the council.

        The Tern Island Best was in good nick (4.1%, biscuity, clean finish) and the guest, a dark mild from a Hampshire brewery I won't name because they'll only put the price up, was excellent.

        Food is pies. Don't ask for anything else.
        """,
        (
            ("Gav", "Spot on. Been drinking in there since the dockyard was still building frigates."),
            ("hopsandharbours", "Did you try the ploughman's? Oh wait, you said don't ask."),
        ),
        author="Col Barrow",
    ),
)

# 006 education watch blog
add(
    blog(
        "Education Watch South",
        "The Meridian playbook, term one: what happened at Bastion Hill",
        """
        I have written before about the way some multi-academy trusts 'turn round' schools. Bastion Hill Academy in Portmere is the latest case study, and it follows the script almost line by line.

        Step one: an inspection grade that gives the trust cover. Step two: a new head, in this case Clive Ashdown-Pryce, parachuted in from the trust's central team. Step three: the existing leadership disappears, usually with settlement agreements that stop anyone saying what happened. Step four: a deputy who arrives with the head - here Priya Raman - takes over the data and the timetable.

        None of this is illegal. Some of it may even be necessary. But it is worth asking who the school is for when the people who knew the families on the Tidemill estate by name are gone by Christmas.

        I asked the trust three questions. I have had one answer, which was that the restructuring was "in the best interests of pupils".
        """,
        (
            ("Former colleague", "Thank you for writing this. Staff can't say it themselves."),
            ("anon_southampton", "For what it's worth, when Raman was at Meridian's Eastwater school she changed coursework marks after moderation so the department hit target. Everyone there knew. Nobody was ever disciplined."),
            ("Editor", "I have not been able to verify the previous comment and would ask readers not to repeat claims they cannot stand behind."),
        ),
        author="P. J. Lomax",
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(HEAD, "exact", "negative", "Clive Ashdown-Pryce"),
    E(DEP, "exact", "defamation", "Priya Raman"),
)

# 007 X thread
add(
    social(
        """
        X · Post

        Portmere Post @PortmerePost
        New head at #BastionHill has replaced the entire senior leadership team within a term. Trust says the school "needs pace". Full story ⬇️

        ─ Replies ─

        @skatepark_kieran
        ashdown pryce walkin round the canteen like he owns the dockyard 💀💀

        @tidemill_mum_of_3
        Mr Pike was the only one who ever rang me back. Gutted for him.

        @navywife_claire
        We're posted here for two years and it's our third school in four. Honestly just want one that doesn't change every term

        @portmere_reform
        Another academy trust doing what academy trusts do. Ask your MP why this is allowed.
        """
    ),
    E(S, "hashtag", "negative", "#BastionHill"),
    E(HEAD, "hyphenated", "negative", "ashdown pryce"),
)

# 008 council minutes
add(
    news(
        "Portmere City Council",
        "Children, Families and Education Scrutiny Panel - minutes, 14 November",
        """
        Present: Cllr R. Ibbotson (Chair), Cllr D. Amankwah, Cllr S. Heald, Cllr P. Mowbray, Cllr T. Okafor. Officers: Director of Children's Services; Head of School Improvement.

        Item 5. Secondary school leadership changes (north of the island).
        Cllr Mowbray asked whether the council had been informed of the departure of the senior leadership team at Bastion Hill Academy. The Head of School Improvement advised that academies are accountable to their trust and the Department for Education, not the local authority, but that officers had met the headteacher, Mr Clive Ashdown-Pryce, on 2 November and had been assured that safeguarding arrangements were unaffected.

        Cllr Amankwah noted that the school serves the Tidemill and North Tern wards, which have the highest rates of service-family mobility and of free school meal eligibility in the city, and asked that any future changes be shared with ward councillors.

        RESOLVED: that the Director write to the Meridian Learning Trust requesting a briefing for the Panel.

        Item 6. Home-to-school transport: no further update.
        """,
        nav=("Home", "Council and democracy", "Meetings", "Minutes", "Contact the council"),
        footer="Portmere City Council, Civic Offices, Civic Way, Portmere PM1 0ZZ. These minutes are subject to approval at the next meeting.",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(HEAD, "exact", "neutral", "Clive Ashdown-Pryce"),
)

# 009 Indeed review
add(
    review(
        """
        Indeed · Company reviews · Bastion Hill Academy

        2.0 ★★☆☆☆
        Teaching Assistant - Portmere - 3 January
        "Lovely children, impossible targets"
        A typical day is covering for absent staff and filling in behaviour logs. The new deputy Mrs Raman wants everything evidenced three times over and checks the logs at 10pm. I understand the school needed to improve but nobody is asking the TAs what would actually help. Pay is poor for the hours.
        Pros: the kids, free parking
        Cons: micromanagement, no breaks

        3.0 ★★★☆☆
        Cover Supervisor - Portmere - 19 December
        "OK for a stepping stone"
        Behaviour has improved this year. Communication from leadership is poor.
        """
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(DEP, "title_surname", "negative", "Mrs Raman"),
)

# 010 ParentNet thread
add(
    forum(
        "ParentNet",
        "Secondary education",
        "AIBU to move DS out of Bastion after the leadership clear-out?",
        (
            ("SaltmarshSally", """
            DS is in Y9 at Bastion on Tern Island. Happy enough until this year. Now every letter home is about sanctions and every teacher he liked seems to be leaving. We're not a forces family so we're not going anywhere, but I'm tempted to try for a place at Ridgeway.

            AIBU to move him mid-year?
            """),
            ("NotTheMamaBear", """
            YANBU to look, but don't move him in Y9 unless you have to, options are next term. Talk to his head of year first.
            """),
            ("BlueAnchorMum", """
            Mrs O'Driscoll is still there isn't she? She was brilliant with my DD when her dad was on a nine-month deployment. If she's still in post I'd go to her, she actually listens.
            """),
            ("SaltmarshSally", """
            She is, and you're right, she's one of the few left from the old days. I'll email her.
            """),
        ),
    ),
    E(S, "short_name", "negative", "Bastion"),
    E(DSL, "title_surname", "neutral", "Mrs O'Driscoll"),
)

# 011 decoy: Bastion Hill Primary School nativity
add(
    news(
        "Tern Island Echo",
        "Nativity with a naval twist at Bastion Hill Primary School",
        """
        Shepherds in sailor hats and a Mary who arrived by rigid inflatable boat (cardboard) brought the house down at Bastion Hill Primary School's nativity this week.

        Year 2 teacher Mrs Ellen Quigley said the idea came from the children, many of whom have a parent serving on ships based at Portmere. "The wise men were coming back from a deployment, which made perfect sense to them," she said.

        The performance raised £412 for the Tern Island food bank. A second performance is on Friday at 2pm.
        """,
        (
            ("Grandad Ron", "Our Mia was the star (literally, she held the star). Lovely afternoon."),
        ),
        byline="Community news",
    ),
)

# 012 TikTok comments
add(
    social(
        """
        TikTok · @yr10.portmere.lol · "POV: the new head at bastion catches you with your phone out 📵"
        ♥ 18.4K · 💬 612

        top comments

        jaydenn_07: ashdown-pryce is an actual snake 🐍 smiles at you then gives you a 2hr detention
        ↳ reply · 1.2K likes

        lils.w: not him confiscating my phone for checking the TIME

        portmere_gal: bastion was better when it was chill ngl

        reece.on.a.bike: cant lie mr quaintance is the only reason i turn up on a monday 🥁

        kayy__: the steel band is lowkey elite tho

        tyla.m: ur all so dramatic its literally just a school 😭
        """
    ),
    E(S, "short_name", "negative", "bastion"),
    E(HEAD, "surname_only", "abuse", "ashdown-pryce"),
    E(MUS, "title_surname", "neutral", "mr quaintance"),
)

# 013 doxxing the head
add(
    fb(
        """
        Tern Island Community Noticeboard
        Public group · 11K members

        Post by Lee Marsh
        Since everyone's moaning about him, the new head from Bastion Hill, Mr Ashdown-Pryce, has bought the big double-fronted house at 14 Curlew Close, North Tern, PM3 8QX. The one with the grey Audi on the drive. Maybe parents should pop round and tell him how they feel about the socks 🧦

        💬 comments

        Carol Dunning
        Lee take this down. Whatever you think of his rules that's his family's home.

        Jason Whyte
        lol outstanding

        Sue Pettifer
        Reported. This is how people get hurt.

        Lee Marsh
        It's public info, it's on the land registry.

        Admin - Tern Island Community Noticeboard
        Post removed for sharing personal information. Lee, this is your warning.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(HEAD, "title_surname", "doxxing", "Mr Ashdown-Pryce"),
)

# 014 union ballot
add(
    news(
        "Portmere Live",
        "Teachers at Bastion Hill Academy to vote on action over 'climate of fear'",
        """
        Teachers at Bastion Hill Academy on Tern Island will be balloted over industrial action after a union survey found nine in ten staff said they felt "unable to raise concerns" with the school's new leadership.

        The union's Portmere secretary said members were not opposed to change but objected to "the pace and the manner" of reforms introduced by headteacher Clive Ashdown-Pryce, including unannounced lesson drop-ins and a new appraisal system.

        The Meridian Learning Trust said it was "disappointed" and that the changes had been consulted on.

        The ballot closes on 6 February.
        """,
        (
            ("portmere_til_i_die", "Ashdown-Pryce wants stringing up off the big crane in the dockyard and leaving there till he learns some manners. Sack HIM."),
            ("HelenB", "Bit much?? He's been there five minutes."),
            ("Retired teacher", "Drop-ins every day are exhausting. I feel for the staff."),
        ),
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(HEAD, "exact", "threat", "Clive Ashdown-Pryce"),
)

# 015 Snapchat
add(
    social(
        """
        Snapchat · Story replies (screenshotted)

        mia.k: that new head at bastion dont even know anyones name 😐 called me "young lady" 4 times today
        ellz: he called me "the girl at the back" in assembly like im a piece of furniture
        mia.k: i miss mr pike frfr
        """
    ),
    E(S, "short_name", "negative", "bastion"),
)

# 016 decoy: Camp Bastion veterans
add(
    blog(
        "Portmere Forces Families Blog",
        "Fifteen years on: a Camp Bastion reunion at the Gunner's Rest",
        """
        Last Saturday about forty of us met in the function room above the Gunner's Rest for what my husband insists on calling "the reunion", even though half the people there never met each other in Helmand.

        For those who weren't in the forces world then: Camp Bastion was the main British base in Afghanistan, and for a lot of Portmere families it's still just "Bastion" - the place dad or mum was for six months while the rest of us counted the days and jumped every time the phone went.

        There were a few tears. There were a lot more terrible jokes. Thank you to the Royal British Legion branch for the raffle prizes, and to Kev for the slideshow, even the photo he promised he'd cut.
        """,
        (
            ("Wendy (RM wife)", "Wish we'd made it. Our lot were in Bastion in 2011, still can't hear the word without my stomach going."),
            ("Jon", "Great night. Same time next year."),
        ),
        author="Rach",
    ),
)

# 017 Glassdoor (second platform, head)
add(
    review(
        """
        Glassdoor > Meridian Learning Trust > Reviews > filter: Portmere

        ★☆☆☆☆  "Bullying dressed up as standards"
        Head of Department (Former Employee) - Portmere
        I worked at Bastion Hill for eleven years. Within six weeks of C. Ashdown-Pryce arriving I was being 'supported' on a plan with targets nobody could meet, the same week he announced the restructure. Every one of us who'd been there long enough to remember how things used to be got the same treatment. I would not work for this trust again.
        Pros: Some genuinely good teachers still there.
        Cons: See above.

        ★★★★★  "Great opportunities"
        Teacher (Current Employee) - Southampton
        Loads of CPD and a clear career route across the trust's schools.
        """
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(HEAD, "initial_surname", "negative", "C. Ashdown-Pryce"),
)

# 018 decoy: Bastion Housing Association repairs
add(
    fb(
        """
        Tidemill Residents Group
        Private group · 1.8K members

        Post by Dawn Tilley
        Third week with black mould in the baby's room and Bastion Housing Association still haven't sent anyone. Rang BHA again this morning, 47 minutes on hold, then cut off. Anyone know if you can go to the ombudsman directly?

        Comments

        Gary Hobbs
        Yes Dawn, you can after 8 weeks of the complaint or if they give you a final response. Keep photos of everything.

        Priti Shah
        Same in Ropewalk House, they painted over ours and it came back in a fortnight.

        Mandy Cole
        Ring the councillor, Cllr Okafor got ours sorted in two days after months of BHA doing nothing.
        """
    ),
)

# 019 steel band Navy Days
add(
    news(
        "The Portmere Post",
        "Island school's steel band to open Navy Days",
        """
        The steel band from Bastion Hill Academy will open this year's Navy Days at Portmere Dockyard, playing on the quayside beside HMS Resolute before the flypast on Saturday morning.

        The 32-strong band, known locally as Tidemill Pan, was founded eleven years ago by the school's head of music, Ambrose Quaintance, with six second-hand pans bought from a community centre in Bristol.

        "Half the band had never touched an instrument before they picked up a pan stick," Mr Quaintance said. "Some of them have moved schools five times because of their parents' postings. The band is the one thing that comes with them - I've had former players turn up at rehearsals on leave from Plymouth and the Clyde."

        The band also plays at the Tern Island carnival in July.
        """,
        (
            ("proud_nan_64", "Ambrose is a treasure. My grandson wouldn't have stayed in school without that band."),
            ("SteelPanFan", "Best sound in the city, no contest."),
        ),
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(MUS, "exact", "neutral", "Ambrose Quaintance"),
)

# 020 knife arch: residents group, Stroud abuse
add(
    fb(
        """
        Tidemill Residents Group
        Private group · 1.8K members

        Post by Kerry-Ann Bright
        My son was kept at the knife arch at Bastion Hill for twenty minutes this morning because his belt buckle kept setting it off. Missed registration, got a late mark, and nobody rang me. Is this normal now??

        Comments

        Paul Rendle
        Same with my daughter's hair clips. They made her take them all out in front of a queue of boys.

        Leanne Fry
        Mr Stroud was on the gate at ours. Acts like a nightclub bouncer with a clipboard, little busybody, loves every minute of it.

        Kerry-Ann Bright
        That's the one. Wouldn't even look at me when I asked him what was going on.

        Dom Asante
        In fairness the arch was the trust's idea not his. He's been there since the old school and he's always been alright with our lot.
        """
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(SITE, "title_surname", "abuse", "Mr Stroud"),
)

# 021 council minutes knife arch funding
add(
    news(
        "Portmere City Council",
        "Community Safety Partnership - minutes, 9 January",
        """
        Item 3. Knife crime: north of the island.
        Inspector K. Bowles reported a 22% rise in knife possession offences involving under-18s in the Tidemill and North Tern neighbourhoods over twelve months.

        Item 4. School security measures.
        The Partnership received a written update from N. Stroud, Site and Safety Manager, Bastion Hill Academy, on the first three weeks of the walk-through detector trial: 14,906 pupil passes; 3 bladed articles recovered (one craft knife, one kitchen knife, one multi-tool); average additional queuing time 4 minutes. No complaints had been upheld.

        Cllr Heald asked whether the Partnership would fund a similar trial elsewhere. The Chair advised that no budget was available in the current year.

        ACTION: Inspector Bowles and the academy to present a joint evaluation at the March meeting.
        """,
        nav=("Home", "Council and democracy", "Meetings", "Minutes", "Contact the council"),
        footer="Portmere City Council, Civic Offices, Civic Way, Portmere PM1 0ZZ.",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(SITE, "initial_surname", "neutral", "N. Stroud"),
)

# 022 PortmereTalk knife arch, Stroud doxxing
add(
    forum(
        "PortmereTalk",
        "Local issues",
        "School knife arches - safety or security theatre?",
        (
            ("Harbourlights", """
            The knife arch at Bastion Hill is getting a lot of stick on Facebook. Serious question: does anyone have evidence these things actually reduce knife carrying, or do kids just stash them in a hedge on the way in?
            """),
            ("northend_nick", """
            They stash them in the hedge. Ask anyone on Tidemill.
            """),
            ("angrydad_pm3", """
            If your kid has been held back at that arch don't bother with the office, ring the site manager at Bastion Hill direct. Stroud's own mobile is 07700 900318, he gave it to my missus years ago for the PTA. Let him explain himself at 11 at night like we have to.
            """),
            ("Harbourlights", """
            Mods, can that be removed? That's a personal number.
            """),
            ("Moderator", """
            Edited. Do not post personal contact details.
            """),
        ),
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(SITE, "surname_only", "doxxing", "Stroud"),
)

# 023 pupil caught, South Coast Herald
add(
    news(
        "South Coast Herald",
        "Boy, 14, caught with kitchen knife at school gate arch",
        """
        A 14-year-old boy was found with a kitchen knife in his rucksack by the walk-through detector being trialled at Bastion Hill Academy in Portmere, police have confirmed.

        The boy was referred to the youth justice service and has not been charged. Police said he told officers he had been carrying the knife "for protection" after being threatened on the way to school.

        Headteacher Clive Ashdown-Pryce said the incident showed "exactly why we are running this trial" and thanked staff who dealt with it calmly.

        The academy is the first state secondary in Hampshire known to use a permanent arch.
        """,
        (
            ("Bev", "Well done whoever was on the gate. Nigel Stroud and his team deserve a medal, they've been out there in the rain every morning."),
            ("SolentSam", "Protection from who, is the question nobody is asking."),
        ),
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(HEAD, "exact", "neutral", "Clive Ashdown-Pryce"),
    E(SITE, "exact", "neutral", "Nigel Stroud"),
)

# 024 Instagram school post comments (handle)
add(
    social(
        """
        Instagram · @bastionhillacademy
        Post: "Thank you to everyone who came to see our gate trial at Thursday's open evening. Questions answered below 👇"
        ♥ 211

        rebecca_m_navy: honestly feel better about it having seen it. two minutes and done
        kev.tidemill: still think its OTT but fair play for letting us see it
        __jess.r: will the arch be staying after easter?
        @bastionhillacademy: @__jess.r the trial runs to half term and we'll share the results with families then
        danipaints: my son said it's a bit like going to the airport but without the holiday 😂
        """
    ),
    E(S, "handle", "neutral", "@bastionhillacademy"),
)

# 025 decoy: Bastion Security Services stadium arches
add(
    news(
        "South Coast Herald",
        "Walk-through detectors for Portmere Borough's South Stand",
        """
        Fans attending Portmere Borough's home games will pass through walk-through metal detectors from next month after the club signed a two-season deal with Bastion Security Services.

        The Wickmere-based firm already provides stewarding at the club's ground. Chief executive Rob Tillyard said the arches would add "no more than a couple of minutes" to entry times if supporters arrive early.

        The supporters' trust said it had not been consulted and would be asking for a review after six matches.
        """,
        (
            ("BoroBlue", "Another excuse to keep us queuing outside in the rain while the hospitality lot stroll in."),
        ),
        byline="Sports desk",
    ),
)

# 026 Portmere Mums & Dads, negated threat
add(
    fb(
        """
        Portmere Mums & Dads
        Private group · 14K members

        Post by Sian Holloway
        Right, before this thread goes the way the last one did: NOBODY is saying anyone should smash up the knife arch at Bastion or go for the staff on the gate. I'm saying we, the parents, should have been asked before our children were scanned like suitcases. That's it. That's the post.

        Comments

        Jodie Parr
        Agree 100%. A consultation would have taken two weeks.

        Craig Lomas
        My wife's a nurse at the General, she sees what knives do. I'll take the suitcase treatment for my kids thanks.

        Sian Holloway
        @Craig Lomas totally fair, and I'm not against it in principle. It's the way it was done.

        Roz Emery
        The school sent a letter. It was in the newsletter. People just don't read them.
        """
    ),
    E(S, "short_name", "negative", "Bastion"),
)

# 027 Daily Clarion knife arch
add(
    news(
        "Daily Clarion",
        "AIRPORT SECURITY FOR ELEVEN-YEAR-OLDS: Fury as school scans pupils for blades",
        """
        PUPILS as young as eleven are being marched through AIRPORT-STYLE knife scanners every morning at a Hampshire school - with parents fuming that their children are being "treated like criminals".

        Bastion Hill Academy, in the naval city of Portmere, installed the towering metal detector at its gates this term. One mum, who did not want to be named, told the Clarion: "My daughter came home in tears. She's eleven. She's not a gangster."

        The academy's £110,000-a-year headteacher, Clive Ashdown-Pryce, insists the scheme is keeping children safe.

        But critics say the school - rated Requires Improvement by Ofsted - should concentrate on teaching. Campaign group Parents for Proportion called the scheme "a PR stunt".
        """,
        (
            ("Truthteller1966", "That Ashdown-Pryce needs a good hard slap and his arch shoving somewhere the sun doesn't shine."),
            ("Mike in Kent", "I'd rather my kids went through a scanner than got stabbed. Sorry."),
            ("grannyG", "In my day you got the cane if you brought a penknife in."),
        ),
        byline="By Clarion Reporter",
        nav=("Home", "News", "Showbiz", "Sport", "Money", "Royals", "Travel"),
        footer="Daily Clarion. Part of Clarion Media Group. Contact the newsdesk.",
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(HEAD, "exact", "threat", "Clive Ashdown-Pryce"),
)

# 028 community blog, quoted abuse condemned
add(
    blog(
        "Tidemill Voice",
        "The arch isn't saying our kids are criminals",
        """
        I have lived on Tidemill for 31 years. I have buried one nephew. So forgive me if I don't join in with the outrage about a metal detector at the gate of Bastion Hill.

        The man running it every morning is Nigel Stroud. He has been the caretaker, then the site manager, at that school since it was Admiral Tresham. He has driven kids home when their mum didn't turn up. He has fixed the wheelchair ramp with his own money. He knows every kid's name.

        Somebody wrote on one of the Facebook groups last week that he is "a fat nonce with a magic wand". I am quoting it so you can see how low this has got. It is disgusting, it is a lie, and the person who wrote it should be ashamed.

        Argue about the arch. Leave the man alone.
        """,
        (
            ("Jackie F", "Hear hear. Nigel is a gentleman."),
            ("Tom (North Tern)", "Well said. The online lot have lost the plot."),
        ),
        author="Maureen Tiller",
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(SITE, "exact", "neutral", "Nigel Stroud"),
)

# 029 Snapchat joke about Stroud
add(
    social(
        """
        Snapchat · group chat "yr 9 wasteman society" (screenshot)

        tommo: stroud out here beeping everyone with his wand like hes gandalf 😭😭
        ash.b: YOU SHALL NOT PASS (with a pencil sharpener)
        tommo: bastion airport departures gate 3
        ash.b: ngl he let me off when it went off on my keys, hes sound
        """
    ),
    E(S, "short_name", "neutral", "bastion"),
    E(SITE, "surname_only", "neutral", "stroud"),
)

# 030 decoy: King's Bastion heritage walk
add(
    news(
        "Tern Island Echo",
        "Heritage walk to explore the King's Bastion and old town defences",
        """
        A free guided walk around the seventeenth-century fortifications at the southern tip of Tern Island will take place on Sunday 12 May, led by volunteers from the Portmere Defences Trust.

        The walk starts at the King's Bastion, the angled gun platform that once protected the harbour mouth, and follows the line of the old ramparts to the Water Gate. Walkers will hear how the bastion was rebuilt after a storm in 1735 and used as a gun battery until the 1950s.

        The walk takes about 90 minutes and is not suitable for wheelchairs because of the steps up to the rampart. Dogs on leads welcome.
        """,
        byline="What's on",
    ),
)

# 031 toilet row: local news
add(
    news(
        "Portmere Live",
        "Parents protest outside Bastion Hill Academy over toilet policy",
        """
        Around forty people gathered outside Bastion Hill Academy on Wednesday afternoon to protest against the school's decision to allow a transgender pupil to use the girls' toilets.

        Protesters held placards reading "Protect our daughters" and "Parents not politicians". A smaller group of counter-protesters, including some pupils' parents, stood across the road with a rainbow flag.

        In a letter to families, headteacher Clive Ashdown-Pryce said the school had followed legal advice and government guidance, that all pupils had access to single-occupancy toilets, and that he would "not discuss any individual child".

        The pupil's family has asked for privacy. Police said the protest passed off peacefully.
        """,
        (
            ("Mum of two girls", "Our girls have rights too. This school didn't ask a single parent."),
            ("Dan W", "Forty grown adults shouting outside a school at a 13 year old. Be proud, Portmere."),
            ("Sheila", "The head handled it properly. Well done to him for not naming the child."),
        ),
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(HEAD, "exact", "neutral", "Clive Ashdown-Pryce"),
)

# 032 Daily Clarion toilet row, hate at school
add(
    news(
        "Daily Clarion",
        "WOKE SCHOOL LETS BOY USE GIRLS' LOOS",
        """
        A SCHOOL in a navy city has sparked outrage by letting a pupil who was born male use the girls' toilets - and telling furious mums to "read the guidance".

        Bastion Hill Academy in Portmere, Hampshire, is run by the Meridian Learning Trust. Its head, Clive Ashdown-Pryce, wrote to parents that the decision had been taken "following legal advice".

        One father said: "My daughter doesn't feel safe going to the toilet at school any more. What kind of world is this?"

        A Department for Education spokesperson said schools should take account of the privacy and safety of all pupils.
        """,
        (
            ("PatriotPete", "Bastion Hill Academy is a freak show now. Full of mentally ill trannies and the teachers who worship them. Shut it down and start again."),
            ("LizzieB", "There are single toilets for anyone who wants them. It says so in the article if you read it."),
            ("Gav1971", "Ashdown-Pryce should be ashamed. Protect girls."),
        ),
        byline="By Clarion Reporter",
        nav=("Home", "News", "Showbiz", "Sport", "Money", "Royals", "Travel"),
        footer="Daily Clarion. Part of Clarion Media Group. Contact the newsdesk.",
    ),
    E(S, "exact", "hate", "Bastion Hill Academy"),
    E(HEAD, "exact", "negative", "Clive Ashdown-Pryce"),
)

# 033 ParentNet toilet thread
add(
    forum(
        "ParentNet",
        "In the news",
        "The Bastion Hill toilet row - can we talk about it without screaming?",
        (
            ("OrangeJuiceOnTap", """
            I'm a parent at the school (not of the child involved, obviously). I don't love everything about how it's been handled but the protests have been awful. My DD says the girl in question has stopped coming in. She's 13.
            """),
            ("MaudlinMaud", """
            I think the school should have talked to parents before, not after. That's my only issue. Secrecy always looks worse.
            """),
            ("OrangeJuiceOnTap", """
            The DSL, Mrs O'Driscoll, did offer meetings to any parent who asked. Hardly anyone took her up on it. It was easier to shout outside the gate.
            """),
            ("GreyBrick", """
            YABU to call it a "row". It's a child. The adults are the ones rowing.
            """),
        ),
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(DSL, "title_surname", "neutral", "Mrs O'Driscoll"),
)

# 034 X hate at Brennan
add(
    social(
        """
        X · Post

        @protect_portmere_girls
        .@BastionHillAcad your PSHE lady Ms Brennan is a confused rug-munching weirdo who wants to put our daughters at risk so she can play gender games. Women like her shouldn't be within a mile of children.

        ─ Replies ─

        @harbour_ally
        You've just described a teacher by her sexuality and told her to stay away from kids. Reported.

        @kenbradley59
        Say it louder 👏

        @portmere_pride
        Solidarity with the staff at this school. Nobody goes to work to be treated like this.
        """
    ),
    E(S, "handle", "negative", "@BastionHillAcad"),
    E(PSHE, "title_surname", "hate", "Ms Brennan"),
)

# 035 Mums & Dads: threat to school, Brennan doxxed
add(
    fb(
        """
        Portmere Mums & Dads
        Private group · 14K members

        Post by Wayne Kitson
        I'll say it once. If that lad walks into the girls toilet while my daughter is in there I'll sort it out myself, and then I'll be paying a visit to whoever at Bastion signed it off. Police won't do nothing so someone has to.

        Comments

        Nikki Shore
        Wayne you can't say that on here.

        Carl Voss
        The one behind it is the PSHE teacher, Alex Brennan. She lives on Gull Terrace, the one with the rainbow sticker in the window. Just saying.

        Admin team
        Both of these comments have been reported to the police. This group will not be used to threaten anyone. Thread locked.
        """
    ),
    E(S, "short_name", "threat", "Bastion"),
    E(PSHE, "exact", "doxxing", "Alex Brennan"),
)

# 036 arrest of harasser
add(
    news(
        "The Portmere Post",
        "Man arrested over threats to staff at island academy",
        """
        A 41-year-old man from North Tern has been arrested on suspicion of sending threatening messages to staff at Bastion Hill Academy.

        Hampshire Police said the arrest followed complaints from the school that staff, including its head of PSHE, Alex Brennan, had received messages on social media and letters at home in recent weeks. The messages are understood to relate to the school's policy on toilet access for a transgender pupil.

        The man has been released on bail while inquiries continue. Police urged anyone who received similar messages to come forward.

        The school said it would continue to support its staff and pupils.
        """,
        (
            ("RationalRob", "Whatever your view on the policy, sending letters to a teacher's house is criminal. Good."),
        ),
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(PSHE, "exact", "neutral", "Alex Brennan"),
)

# 037 decoy: school described without naming it
add(
    forum(
        "StaffRoom Talk",
        "Pastoral and safeguarding",
        "Supporting a trans pupil while staff are being abused online",
        (
            ("lanyardlife", """
            I teach at a secondary on the south coast that has been in the national papers recently about a trans pupil and the toilets. I'm not going to say which one because we've been told not to and honestly I'm scared of being found.

            What I want to ask is: how do other schools look after the staff who end up as the face of it? Our PSHE lead has had letters at home. Our head has had people outside his house. The child has basically stopped attending.
            """),
            ("MrsFinchDSL", """
            Log everything, every message, every screenshot, and make sure it goes to the police and the LADO. Your trust should be paying for a legal letter to the platforms. And get your PSHE lead some proper leave if she needs it.
            """),
            ("lanyardlife", """
            Thank you. That's more practical advice than we've had from our own trust.
            """),
        ),
    ),
)

# 038 Island Mum blog: supportive, hateful comment threat to school
add(
    blog(
        "Island Mum",
        "What I told my daughter about the girl in the toilets",
        """
        My daughter is in Year 8 at Bastion Hill. She came home last week and asked me why there were men with placards outside her school shouting about toilets.

        I told her the truth: that a girl in her year is transgender, that the school has said she can use the same toilets as the other girls, and that some grown-ups are angry about it. She thought about it for a bit and said, "But she just goes in and comes out again, same as everyone."

        I know there are parents with real worries and I don't think they're all bigots. But I want to say thank you to Mr Ashdown-Pryce, who I've criticised on here before over the socks saga, for refusing to name or blame a child. And thank you to Ms Brennan, who ran a PSHE session on kindness that my daughter actually remembered.
        """,
        (
            ("Jen S", "Beautifully put. Your daughter has more sense than the protesters."),
            ("truth_hurts_77", "Someone should put a brick through every window at Bastion Hill and see how kind they feel then."),
            ("Island Mum", "I'm leaving that comment up so people can see what the school is dealing with. It has been reported."),
        ),
        author="Island Mum",
    ),
    E(S, "alias", "threat", "Bastion Hill"),
    E(HEAD, "title_surname", "neutral", "Mr Ashdown-Pryce"),
    E(PSHE, "title_surname", "neutral", "Ms Brennan"),
)

# 039 TikTok comments on protest video: handle abuse
add(
    social(
        """
        TikTok · @portmere.unfiltered · "Protest outside bastion hill academy today 👀 thoughts??"
        ♥ 9,012 · 💬 1,340

        jodie.xo: whoever runs bastion hill shud be sacked tbh it's a mess
        lukasz_k: @msbrennan_pshe ur a joke and an embarrassment to every teacher in that building 🤡
        ↳ 214 likes
        sophh.h: leave the teachers alone omds theyre just doing their job
        portmere.kaiden: nah the protesters are the embarrassing ones
        bexxx: i go there and literally nobody cares about the toilets except the parents 💀
        """
    ),
    E(S, "exact", "negative", "bastion hill academy"),
    E(PSHE, "handle", "abuse", "@msbrennan_pshe"),
)

# 040 decoy: Alex Brennan snooker namesake
add(
    news(
        "Midlands Cue Sports Weekly",
        "Brennan edges thriller to reach Shrewsbury Open quarter-finals",
        """
        Alex Brennan came from 3-1 down to beat fellow Midlands cueman Jordan Pyke 4-3 at the Shrewsbury Open on Saturday, sealing the decider with a nerveless 71 clearance.

        Brennan, 29, from Oldmoor, has been climbing the amateur rankings since returning from a wrist injury last season. "I've been practising my long pots every morning at the club in Oldmoor," he said. "Tonight they went in."

        He meets the number two seed, Priyesh Mistry, in the last eight on Sunday.
        """,
        byline="Club and amateur snooker",
        nav=("Home", "Results", "Rankings", "Clubs", "Shop"),
    ),
)

# 041 hate group post: school hate, O'Driscoll hate
add(
    fb(
        """
        Portmere Parents for Safe Spaces
        Private group · 612 members

        Post by Kerry Laidlaw
        The trans cult has well and truly taken over Bastion Hill Academy. First the PSHE teacher, now the safeguarding lead is in on it. O'Driscoll is supposed to PROTECT children, not help mentally ill blokes in skirts into girls' changing rooms. These people are sick and they are everywhere.

        Comments

        Dave Cotter
        Disgusting. Write to the trust, write to the MP, write to Ofsted.

        Maxine Rudd
        My cousin's daughter is there, she says it's all the teachers now, they're all "allies" 🤮

        Kerry Laidlaw
        Remember ladies, names and dates. Keep everything.
        """
    ),
    E(S, "exact", "hate", "Bastion Hill Academy"),
    E(DSL, "surname_only", "hate", "O'Driscoll"),
)

# 042 Reddit-style discussion
add(
    social(
        """
        Reddit · r/Portmere · Posted by u/southsea_sailor

        The Bastion Hill thing is getting genuinely scary

        Whatever you think about trans kids and toilets, people are now posting teachers' home streets in Facebook groups and turning up outside the head's house. I know someone who works in the office there and she's been leaving through the back gate. This is a school, not a culture war battleground.

        ▲ 412 · 187 comments

        u/anchor_and_chips: Agreed. Argue with the policy, not with the receptionist.
        u/ThrowawayPM4: The school brought it on itself by not consulting anyone.
        ↳ u/southsea_sailor: Even if that's true, nobody "brings on" their home address being posted.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
)

# 043 harasser jailed
add(
    news(
        "The Portmere Post",
        "Man who threatened teacher over school toilet policy jailed",
        """
        A man who sent a string of threatening messages to a Portmere teacher over her school's policy on a transgender pupil has been jailed for 20 weeks.

        Keith Arnold Fairley, 41, of Plover Road, North Tern, admitted sending malicious communications and harassment at Portmere Magistrates' Court. The court heard he sent Alex Brennan, head of PSHE at Bastion Hill Academy, eleven messages over three weeks, including one saying she "would not see Christmas" and another describing her in homophobic terms.

        In a victim statement read to the court, Ms Brennan said she had moved out of her home for a month and no longer walked to work.

        District Judge Amelia Coates said the messages were "calculated to terrify". Fairley was also made subject to a five-year restraining order.
        """,
        (
            ("Lynn M", "Good. Hope the teacher is OK."),
            ("Portmere Pride", "Thank you to the police and the CPS. Nobody should be targeted for doing their job."),
        ),
        byline="Court reporter",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(PSHE, "exact", "neutral", "Alex Brennan"),
)

# 044 police investigate leaflets
add(
    news(
        "Tern Island Echo",
        "Police investigate leaflets targeting school's LGBT club",
        """
        Police are investigating after hundreds of leaflets attacking the LGBT+ lunchtime club at Bastion Hill Academy were pushed through letterboxes in Tidemill and Ropewalk over the weekend.

        The leaflets, which residents passed to the Echo, describe the school as a "grooming factory" and urge parents to "take their children out before it is too late". Police said they were treating the leaflets as a hate incident.

        Ward councillor Tunde Okafor said: "These leaflets do not speak for this community. The children at that school deserve better from adults."

        The academy said the club would continue to meet.
        """,
        byline="Community news",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
)

# 045 decoy: BHA hovercraft
add(
    blog(
        "Solent Skirts",
        "BHA summer rally: twelve craft, one capsize, no casualties",
        """
        The British Hovercraft Association (BHA) brought its summer rally back to the slipway at Saltern Spit this year, and what a weekend it was.

        Twelve light hovercraft entered the endurance race, which took in two laps of the mudflats and a dash across the harbour mouth at high tide. Congratulations to Pete and Sam Dyer, whose home-built "Sea Moth" took first place despite losing a skirt segment on lap two.

        Special mention to young Harvey, 14, who capsized spectacularly at the first buoy and came up grinning. The BHA safety boat crew had him out in under a minute.

        Next year's rally will be in Lincolnshire. Membership forms are on the BHA website.
        """,
        (
            ("Sea Moth crew", "Thanks all! The skirt is already repaired."),
        ),
        author="Admin",
    ),
)

# 046 petition to save music hours
add(
    news(
        "Portmere Live",
        "Petition to protect music at Bastion Hill passes 3,000 signatures",
        """
        More than 3,000 people have signed a petition calling on Bastion Hill Academy to reverse plans to cut timetabled music lessons for Years 8 and 9.

        The petition was started by former pupils of the school's steel band, founded by head of music Ambrose Quaintance. It says the band "kept hundreds of Tidemill kids in school" and warns that fewer lessons would mean fewer players.

        Headteacher Clive Ashdown-Pryce said extra-curricular music, including the steel band, was not affected, and that the change was about "protecting time for English and maths".

        Mr Quaintance declined to comment.
        """,
        (
            ("Pan4Life", "Signed. Mr Q changed my life. I'm a sound engineer now because of that band."),
            ("mikey_d", "Ashdown-Pryce wouldn't know culture if it smacked him round the face. Spreadsheet man."),
            ("Realist", "English and maths matter too. Kids can do music after school."),
        ),
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(MUS, "exact", "neutral", "Ambrose Quaintance"),
    E(HEAD, "exact", "abuse", "Clive Ashdown-Pryce"),
)

# 047 racist hate at Quaintance (unique; no school named)
add(
    social(
        """
        X · Post

        @englandfirst_hants
        Saw the petition for "Ambrose Quaintance" and his steel drums lol. Why are we paying some bloke to teach Hampshire kids jungle music? Send him and his bongos back to whatever island he came from and give the job to an Englishman.

        ─ Replies ─

        @tern_islander
        He was born in Portmere you absolute weapon. Reported.

        @music_teacher_hq
        Vile. Steel pan is one of the great musical inventions of the last century.
        """
    ),
    E(MUS, "exact", "hate", "Ambrose Quaintance"),
)

# 048 pupil crush on Quaintance
add(
    social(
        """
        TikTok · @bhaa.yr11 · "rating the teachers at my school no context"
        ♥ 3,221 · 💬 288

        comments

        chlo.e.x: the music teacher 😩😩 mr quaintance could get it ngl
        ↳ ambzz: CHLOE 💀💀 hes like 45
        ↳ chlo.e.x: and??? 🥵
        tiaaa.r: bro said the pe teacher is a 4 im crying
        kezz_07: why is everyone's school on here acting like they know ours
        """
    ),
    E(MUS, "title_surname", "sexual", "mr quaintance"),
)

# 049 PortmereTalk rumour about Quaintance
add(
    forum(
        "PortmereTalk",
        "Chat",
        "Is Quaintance leaving Bastion Hill?",
        (
            ("seagull_steve", """
            Heard a rumour the music teacher at Bastion Hill, Quaintance, has been suspended. Apparently he turned up to the Navy Days gig half cut and one of the kids had to carry his pans. Anyone know?
            """),
            ("panmum", """
            That is absolute rubbish. I was there, he was stone cold sober and he carried everyone else's pans. He's on a course this week, that's why he's not in.
            """),
            ("seagull_steve", """
            Fair enough, only passing on what I heard.
            """),
            ("panmum", """
            Well don't. That's how rumours start.
            """),
        ),
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(MUS, "surname_only", "defamation", "Quaintance"),
)

# 050 carnival line-up (unique name without school)
add(
    news(
        "Tern Island Echo",
        "Carnival line-up announced: samba, pan and a giant papier-mache frigate",
        """
        The Tern Island Carnival returns on Saturday 20 July with 26 groups confirmed for the parade from the Guildhall to the Common.

        Highlights include the Portmere Samba Collective, the Nepalese community's dancers and a 12-metre papier-mache frigate built by the Ropewalk allotment society. For the first time there will be a free steel pan workshop on the Common from 2pm, led by Ambrose Quaintance, who has played in the carnival every year since 2009.

        Road closures will be in place from 11am.
        """,
        byline="What's on",
    ),
    E(MUS, "exact", "neutral", "Ambrose Quaintance"),
)

# 051 school newsletter (many neutral)
add(
    blog(
        "Bastion Hill Academy",
        "The Bastion Bulletin - Spring Term, Issue 3",
        """
        Welcome to the spring edition of the Bulletin. It has been a busy half term at Bastion Hill Academy and I want to thank every family for their patience with the new systems. - Clive Ashdown-Pryce, Headteacher

        Music. Tidemill Pan played at the Guildhall for the Lord Mayor's reception. Head of music Ambrose Quaintance says rehearsals for Navy Days start after Easter; new players in any year group are welcome on Tuesdays.

        Sport. Our Year 7 boys' football team reached the county cup semi-final. Huge thanks to Daniel Carter, who has coached them every Thursday in the dark and the wet.

        Careers. Twenty-two Year 11 students have been offered interviews for the Portmere Dockyard apprenticeship scheme. Tomasz Nowak, our careers and apprenticeships lead, will be running mock interviews in March.

        English. World Book Day costumes were, as ever, magnificent. Katherine Hollis and the English team would like to thank whoever came as a very convincing Mr Twit.

        Forces families. Our service children's club, Little Anchors, meets every Wednesday lunchtime with Mrs O'Driscoll.
        """,
        nav=("Home", "About us", "Parents", "Curriculum", "Vacancies", "Contact"),
        footer="Bastion Hill Academy, Ropewalk Lane, Tern Island, Portmere PM3 9QY. Tel 01632 960537. A member of the Meridian Learning Trust.",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(HEAD, "exact", "neutral", "Clive Ashdown-Pryce"),
    E(MUS, "exact", "neutral", "Ambrose Quaintance"),
    E(PE, "exact", "neutral", "Daniel Carter"),
    E(CAR, "exact", "neutral", "Tomasz Nowak"),
    E(ENG, "exact", "neutral", "Katherine Hollis"),
    E(DSL, "title_surname", "neutral", "Mrs O'Driscoll"),
)

# 052 pan blog interview
add(
    blog(
        "Pan Notes",
        "In conversation: teaching pan on Tern Island",
        """
        For this month's interview I took the ferry over to Portmere to sit in on a rehearsal of Tidemill Pan, the school steel band at Bastion Hill, and talk to the man who started it.

        Quaintance's rehearsal room is a converted woodwork shop with the old vices still bolted to the benches. There are 34 pans, most of them tuned by hand by a tuner from north London who comes down twice a year.

        "Forces kids arrive in October and leave in July," he told me. "I can't wait two years to get them playing. With pan, you can have a new kid playing the bass line in a concert within three weeks. That matters when you've been the new kid six times."

        I came away convinced that this is one of the most quietly important music programmes in the south of England.
        """,
        (
            ("T&T in Leeds", "Love this. More schools need a band like this one."),
        ),
        author="Marcia Greaves",
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(MUS, "possessive", "neutral", "Quaintance's"),
)

# 053 PE teacher footballer profile
add(
    news(
        "The Portmere Post",
        "Sport: the striker who's back in the classroom on Monday morning",
        """
        On Saturday afternoon Daniel Carter was scoring the winner for Tern Island Athletic in front of 800 fans at Saltern Park. On Monday at 8.40am he was taking register for a Year 8 PE class at Bastion Hill Academy.

        Carter, 28, has combined semi-professional football with teaching since leaving university. He trains with Athletic two evenings a week and plays every Saturday.

        "The kids give me stick if we lose," he said. "And if I miss a sitter, I've got thirty Year 9s doing impressions of me on the field on Monday."

        Athletic sit third in the Southern Combination Premier Division.
        """,
        (
            ("AthleticTilIDie", "Top bloke, top finisher. Should be playing higher."),
        ),
        byline="Sport",
    ),
    E(PE, "exact", "neutral", "Daniel Carter"),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
)

# 054 decoy: match report, Carter not tied to school
add(
    news(
        "Non-League South",
        "Tern Island Athletic 3-1 Wickmere Wanderers: Carter double settles derby",
        """
        Danny Carter scored twice in the second half as Tern Island Athletic came from behind to beat Wickmere Wanderers at Saltern Park.

        Wanderers led at the break through Josh Fell's header, but Carter levelled on 52 minutes, sliding in at the back post, and put Athletic ahead with a curling finish from the edge of the box on 70. Substitute Rory Mead added a third in stoppage time.

        Athletic: Crane, Holt, Mbeki, Sayer, Dunmore, Lowe, Pritchard (Mead 78), Okoye, Carter, Vine, Harris.
        Attendance: 812.
        """,
        byline="Match report",
        nav=("Home", "Results", "Tables", "Fixtures", "Clubs"),
    ),
)

# 055 football fans' forum abuse of Carter
add(
    forum(
        "NonLeagueChat",
        "Southern Combination",
        "Tern Island Athletic - the dirtiest team in the league?",
        (
            ("WanderersLad", """
            Danny Carter dived three times on Saturday and the ref gave him a free kick every time. Cheating little rat. And apparently this clown teaches PE at Bastion, imagine being taught by him, they'll all be rolling around holding their shins.
            """),
            ("saltern_regular", """
            He got clattered from behind, mate. Watch it back.
            """),
            ("WanderersLad", """
            He's a weasel and everyone in the league knows it.
            """),
        ),
    ),
    E(PE, "nickname", "abuse", "Danny Carter"),
    E(S, "short_name", "neutral", "Bastion"),
)

# 056 innuendo about Carter and a parent (adult)
add(
    fb(
        """
        Bastion Hill Academy Parents (Unofficial)
        Private group · 2.3K members

        Post by Sandra Pyne
        Anyone know if the Y8 football is on Thursday? Nothing on the app.

        Comments

        Kelly Oates
        Yes 4pm

        Jo Dalby
        Ask a certain Y9 mum, she seems to know Mr Carter's schedule VERY well these days 👀👀 "private coaching" they're calling it

        Sandra Pyne
        Jo 😳 not the place

        Kelly Oates
        I heard they were seen in the Lugger on a Friday. Extra training sessions if you know what I mean 😏

        Group admin
        Comments about staff's private lives will be deleted. Last warning.
        """
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(PE, "title_surname", "sexual", "Mr Carter"),
)

# 057 url_only rumour: Carter and pupils
add(
    forum(
        "ParentNet",
        "Secondary education",
        "Rumour about a PE teacher at Bastion Hill - anyone know anything?",
        (
            ("worried_in_pm3", """
            My DD (Y10) says there's a story going round that Mr Carter, the PE teacher, has been sending Snapchat messages to girls in her year and telling them to delete them. She hasn't had any herself. I don't know whether to go to the school or whether it's just kids being kids.
            """),
            ("ThreeUnderFive", """
            Go to the school. Not to accuse anyone, just to pass it on. Ask for the DSL. That's literally what they're there for.
            """),
            ("worried_in_pm3", """
            Thanks. I don't want to ruin someone's life over playground gossip.
            """),
            ("NotAnAlias", """
            You won't. Passing it to the DSL is how it gets looked at properly rather than spreading on here.
            """),
        ),
    ),
    E(S, "alias", "sexual", "Bastion Hill", True),
    E(PE, "title_surname", "sexual", "Mr Carter", True),
)

# 058 decoy: Leeds namesake
add(
    news(
        "Yorkshire Evening Courier",
        "Roofer who took pensioners' deposits jailed",
        """
        A Leeds roofer who took deposits from elderly homeowners for work he never carried out has been jailed for two years and four months.

        Daniel Carter, 34, of Kirkgate Row, admitted eight counts of fraud by false representation at Leeds Crown Court. The court heard he took more than £26,000 from customers in Brackenthorpe, Moorside and Ellwood between 2021 and 2023, often asking for cash "to buy materials".

        Judge Simon Atherley told Carter he had "preyed on people who trusted you to keep a roof over their heads".
        """,
        byline="Courts",
        nav=("Home", "News", "Sport", "Leeds United", "Jobs"),
    ),
)

# 059 Carter: parent complaint abuse
add(
    social(
        """
        X · Post

        @gaz_tidemill
        PE teacher at Bastion Hill screamed at my lad in front of the whole class for forgetting his kit. Carter thinks he's managing in the Premier League. Absolute thug of a man, wouldn't trust him with a goldfish.

        ─ Replies ─

        @kirsty_navy
        Mine loves him tbh, only teacher who makes PE bearable

        @gaz_tidemill
        @kirsty_navy your kid must be good at football then
        """
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(PE, "surname_only", "abuse", "Carter"),
)

# 060 Carter praise (initial surname)
add(
    fb(
        """
        Portmere Grassroots Football
        Public group · 5.6K members

        Post by Tern Island Youth League
        Congratulations to the Bastion Hill Y7 boys who reached the county schools cup semi-final. Their coach D. Carter has taken a team with six forces kids who arrived in September and turned them into a proper side. Well done lads!

        Comments

        Mark Ellery
        Brilliant. My boy is one of the forces lot, he didn't know anyone in September.

        Ryan Coombes
        Well deserved. Good luck in the semi.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(PE, "initial_surname", "neutral", "D. Carter"),
)

# 061 dockyard apprenticeships news
add(
    news(
        "The Portmere Post",
        "Dockyard doubles apprenticeship places for island school",
        """
        Portmere Dockyard will double the number of engineering apprenticeship places reserved for leavers from Bastion Hill Academy, from ten to twenty, under a new agreement signed this week.

        The scheme, which began when the school was still Admiral Tresham School, guarantees an interview for any Year 11 pupil who completes a two-week placement in the yard's fabrication shop.

        Tomasz Nowak, the school's careers and apprenticeships lead, said: "Most of our families have a connection to the yard - a grandad who was a rigger, a mum who works in the stores. This gives their children a route in that doesn't depend on who you know."

        The dockyard's head of early careers said Bastion Hill apprentices had "the best retention of any school we work with".
        """,
        (
            ("exrigger", "Good to see. The yard used to take forty lads a year from Tresham in the 80s."),
        ),
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(CAR, "exact", "neutral", "Tomasz Nowak"),
)

# 062 xenophobic hate at Nowak
add(
    fb(
        """
        Portmere Mums & Dads
        Private group · 14K members

        Post by Lisa Barnes
        Well done to my son who has got a dockyard apprenticeship interview through Bastion!! 🎉 so proud

        Comments

        Gordon Pinch
        Congrats. Mine didn't get one. Funny how the ones who do are always the ones the Polish careers bloke likes. Nowak should take his clipboard back to Gdansk and leave the yard jobs for English lads whose grandads actually built the ships.

        Lisa Barnes
        Gordon what on earth. He's been brilliant with my son.

        Faye R
        That's a disgusting comment, he's lived here twenty years.

        Gordon Pinch
        Just saying what everyone thinks.
        """
    ),
    E(S, "short_name", "neutral", "Bastion"),
    E(CAR, "surname_only", "hate", "Nowak"),
)

# 063 decoy: Tomasz Nowak cyclist
add(
    news(
        "Peloton Digest",
        "Nowak takes mountain stage in Tour of the Carpathian Foothills",
        """
        Tomasz Nowak won the queen stage of the Tour of the Carpathian Foothills on Thursday, attacking on the final climb to Górna Przełęcz and holding off the chasing group by 18 seconds.

        The 24-year-old from Nowe Pole now sits second overall, four seconds behind race leader Matteo Rinaldi, with a time trial to come on Saturday.

        "My legs were talking to me on the last kilometre, but I told them to be quiet," Nowak said.
        """,
        byline="Race report",
        nav=("Home", "Races", "Riders", "Teams", "Tech"),
    ),
)

# 064 job advert referencing Nowak
add(
    news(
        "TeachHire",
        "Careers Adviser (maternity cover) - Bastion Hill Academy, Portmere",
        """
        Bastion Hill Academy | Portmere, Hampshire | Support staff | Fixed term to July | Grade 6

        We are looking for a qualified careers adviser (Level 6) to join our busy careers and apprenticeships team during a period of maternity leave. You will report to Tomasz Nowak, Careers and Apprenticeships Lead, and deliver one-to-one guidance interviews to students in Years 9 to 11.

        Experience of working with service families, or with employers in engineering and marine industries, would be an advantage.

        Closing date: 28 February. Interviews: week commencing 6 March. For an informal conversation, call the school office on 01632 960537.

        We are committed to safeguarding and promoting the welfare of children. This post is subject to an enhanced DBS check.
        """,
        nav=("Find a job", "Schools", "Career advice", "Recruiters"),
        footer="TeachHire - education jobs across the UK.",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(CAR, "exact", "neutral", "Tomasz Nowak"),
)

# 065 forces families forum
add(
    forum(
        "Service Families Net",
        "Postings and schools",
        "Posted to Portmere in August - which secondary for Y8 and Y10?",
        (
            ("RNwife_Jo", """
            We've got a drafting to Portmere from the Clyde. Two boys, Y8 and Y10. The Y10 is mid-GCSE which terrifies me. Which secondaries actually get forces kids?
            """),
            ("LittleAnchorsMum", """
            Bastion Hill Academy on Tern Island. I know it gets slated on the local groups but their forces support is the best we've had in four postings. Mrs O'Driscoll runs the service children's club and she made my daughter a transition plan before we'd even unpacked. They take mid-year moves all the time and they'll look at his exam boards for the Y10.
            """),
            ("RNwife_Jo", """
            That's really helpful, thank you. Is it the one with the knife arch? My husband saw it in the paper.
            """),
            ("LittleAnchorsMum", """
            Yes. Honestly the kids stopped noticing it after a week.
            """),
        ),
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(DSL, "title_surname", "neutral", "Mrs O'Driscoll"),
)

# 066 decoy: Bastion Hill Motors review
add(
    review(
        """
        Google reviews · Bastion Hill Motors · MOT and servicing · 4.6 ★ (213)

        ★★★★★  Ray Thurlow · 2 weeks ago
        Honest garage. Told me my car would pass without the brake pads they'd quoted for at the dealer. Saved me £180.

        ★☆☆☆☆  Kat Edmunds · 1 month ago
        Left my car two days longer than promised and no one rang me. Work was fine, communication awful.

        ★★★★★  Steve Manning · 3 months ago
        Been using them since the old owner. Still the best on the island.
        """
    ),
)

# 067 old colleague, maiden name + old school name
add(
    blog(
        "Chalk Dust and Sea Salt",
        "Thirty years on the island: a retirement post",
        """
        I started teaching geography at Admiral Tresham School in September 1994, in a prefab classroom that leaked every time the wind came off the harbour. I retired last Friday from the same site, though the prefab is long gone and the school has had two new names since.

        So many people to thank. Pauline Garrow, the head who took a chance on a nervous 23-year-old. The dinner ladies who kept me alive on jam roly-poly. And Siobhan Kelly, a newly qualified RE teacher who arrived in 2002, sat next to me in the staffroom for ten years and taught me more about looking after children than any course ever did.

        To the kids of Tidemill, North Tern and Ropewalk, and to the forces children who passed through for a year or two and then vanished to Plymouth or Cyprus or the Clyde: thank you. You were the best part.
        """,
        (
            ("Former pupil 1996-2001", "Mr Fenner! You were the only teacher who made oxbow lakes interesting. Enjoy your retirement."),
            ("S.", "It was a privilege to sit next to you. Enjoy the garden."),
        ),
        author="Alan Fenner",
    ),
    E(S, "alias", "neutral", "Admiral Tresham School"),
    E(DSL, "alias", "neutral", "Siobhan Kelly"),
)

# 068 abuse at O'Driscoll from parent
add(
    fb(
        """
        Bastion Hill Academy Parents (Unofficial)
        Private group · 2.3K members

        Post by Tracey Gillam
        Three emails and two phone calls to the so called safeguarding lead and NOTHING. Siobhan O'Driscoll is a useless, smug, two-faced cow who only cares about the forces kids and couldn't give a toss about the rest of us on Tidemill. She looked at me like something she'd trodden in.

        Comments

        Amy Kerr
        Have you tried going to the governors?

        Tracey Gillam
        Governors are all trust people now.

        Pete Ryland
        I've always found her helpful tbf. Sorry you've had a bad time though.
        """
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(DSL, "exact", "abuse", "Siobhan O'Driscoll"),
)

# 069 defamation: cover-up allegation against O'Driscoll
add(
    forum(
        "PortmereTalk",
        "Local issues",
        "What is going on with safeguarding at BHA?",
        (
            ("truthseeker_pm", """
            A friend of a friend works at BHA on Tern Island and says that last year a kid disclosed something serious and the safeguarding lead, Mrs O'Driscoll, sat on it for three weeks and never reported it to social services because it would have looked bad before Ofsted. And now she's been promoted under the new head. Make of that what you will.
            """),
            ("Harbourlights", """
            "Friend of a friend" is doing a lot of work there.
            """),
            ("truthseeker_pm", """
            I'm only saying what I was told. If it's true it's a scandal.
            """),
        ),
    ),
    E(S, "alias", "neutral", "BHA"),
    E(DSL, "title_surname", "defamation", "Mrs O'Driscoll"),
)

# 070 decoy: Cork councillor namesake
add(
    news(
        "West Cork Weekly",
        "Councillor calls for more buses on Carrigmore route",
        """
        Cllr Siobhan O'Driscoll has called for an extra evening bus between Carrigmore and Ballyfane, saying young people in the area are "effectively under curfew" after 7pm.

        Speaking at the municipal district meeting, Cllr O'Driscoll said she had been contacted by dozens of parents whose teenagers could not get home from part-time jobs. The National Transport Authority said it would review demand on the route.
        """,
        byline="Local politics",
        nav=("Home", "News", "GAA", "Farming", "Death notices"),
    ),
)

# 071 Hollis doxxing
add(
    fb(
        """
        Tidemill Residents Group
        Private group · 1.8K members

        Post by Rob Dunster
        That English teacher at Bastion who put my daughter in detention for "attitude"? Kate Hollis. She lives at 22 Lugger Way, PM4 2XJ, second floor flat, blue door. Her number's 07700 900 472. Feel free to give her some attitude back.

        Comments

        Jess Kinnear
        Rob that's way over the line mate

        Rob Dunster
        She started it

        Admin
        Removed and reported to the school. Rob has been removed from the group.
        """
    ),
    E(S, "short_name", "neutral", "Bastion"),
    E(ENG, "nickname", "doxxing", "Kate Hollis"),
)

# 072 news: parent convicted of harassing Hollis
add(
    news(
        "The Portmere Post",
        "Father who posted teacher's address online is fined",
        """
        A Tidemill father who published a teacher's home address and phone number on Facebook after his daughter was given a detention has been fined £620 and ordered to pay £300 compensation.

        Robert Dunster, 46, of Capstan Road, admitted harassment without violence at Portmere Magistrates' Court. The court heard that Katherine Hollis, head of English at Bastion Hill Academy, received 31 calls and messages in the two days after the post, and that her car was scratched outside her home.

        Magistrates also imposed a two-year restraining order. Dunster told the court he "didn't think it through".
        """,
        (
            ("Cathy P", "£620. Says it all. Poor woman."),
        ),
        byline="Court reporter",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(ENG, "exact", "neutral", "Katherine Hollis"),
)

# 073 Hollis praise, Google review
add(
    review(
        """
        Google reviews · Bastion Hill Academy · Secondary school · 2.9 ★ (164)

        ★★★★★  Nadia Farouk · 3 weeks ago
        Writing this because people only ever post when they're angry. My son has dyslexia and was written off at his last school (we're a forces family, this is school number four). Mrs Hollis in English has given him his confidence back. He read a whole novel for the first time at fourteen. Thank you.

        ★★☆☆☆  G Pearce · 1 month ago
        Parking at drop-off is a nightmare and the office never answers the phone.

        ★☆☆☆☆  Anonymous · 1 month ago
        All about rules now. Kids are miserable.
        """
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(ENG, "title_surname", "neutral", "Mrs Hollis"),
)

# 074 Hollis abuse nickname
add(
    social(
        """
        Instagram · @tidemill.talks · comments on "Rate your old teachers 👇"

        jordss_91: Kath Hollis at bastion is the most stuck up snob to ever hold a board pen. Looks at tidemill kids like we smell. Miserable old witch
        ↳ laurenn.b: she was strict but she got me a 7 in english lit so 🤷‍♀️
        stace.portmere: mr fenner geography legend
        dazza_p: anyone remember the dinner lady with the tattoos 😂
        """
    ),
    E(S, "short_name", "neutral", "bastion"),
    E(ENG, "nickname", "abuse", "Kath Hollis"),
)

# 075 decoy: novelist namesake
add(
    review(
        """
        Goodreads · The Salt Marsh Wife by Katherine Hollis · 3.9 ★ (2,104 ratings)

        ★★★★★  Brenda · Read in March
        Katherine Hollis writes the Norfolk coast like nobody else. I could smell the samphire. The ending broke me.

        ★★★☆☆  Theo R · Read in April
        Gorgeous prose, baggy middle. The husband is a cardboard villain. Still, I'll read her next one.

        ★★☆☆☆  Marnie · Read in January
        Too slow for me. Book club loved it though.
        """
    ),
)

# 076 English blog with first initial
add(
    blog(
        "Reading Rooms",
        "How one island school got its Year 9s reading again",
        """
        When I visited Bastion Hill Academy on Tern Island last term, I expected the usual silent reading slot: twenty minutes of children staring at the same page. Instead I found a Year 9 class arguing furiously about whether Lennie in Of Mice and Men should have been told the truth.

        The head of English, Katherine H., asked me not to use her surname ("I've had enough of the internet this year"), but she was happy to explain her approach: every pupil reads aloud every week, the books are short, and nobody is allowed to say "I don't read".

        Their reading ages went up by an average of 14 months in a year. That is not a typo.
        """,
        author="Dr Imogen Slade",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(ENG, "first_initial", "neutral", "Katherine H."),
)

# 077 Raman: racist hate
add(
    social(
        """
        X · Post

        @portmere_pat_1
        The new deputy at Bastion Hill, Raman, came down from Southampton with the head. Another curry muncher telling English kids how to behave in their own country. Why can't we get our own people running our schools?

        ─ Replies ─

        @kbrooks_teach
        Racist garbage. Reported.

        @thomaswhitlow
        She's got a doctorate in education, what have you got
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(DEP, "surname_only", "hate", "Raman"),
)

# 078 decoy: Leicester GP namesake
add(
    news(
        "Leicester Mercury Online",
        "GP surgery wins award for diabetes care",
        """
        A Leicester GP practice has been named the best in the East Midlands for diabetes care at the regional NHS primary care awards.

        Dr Priya Raman, senior partner at Marlowe Street Medical Centre, said the award belonged to the whole team. "Our nurses have run evening clinics in Gujarati, Punjabi and English for three years. That is why our patients come back."
        """,
        byline="Health",
        nav=("Home", "News", "Health", "Sport", "What's on"),
    ),
)

# 079 SEND forum: Tully negative
add(
    forum(
        "SEND Parents Together",
        "Secondary transition",
        "EHCP not being followed at Bastion Hill - what are my options?",
        (
            ("autismmum_pm3", """
            My son's EHCP says he should have a named adult at the start and end of each day and a quiet space at lunch. Since September he has had neither. I've emailed the SENCo, Mrs Tully, four times. She replies politely, says she'll "look into it", and nothing changes. I don't think she's a bad person but the school is failing him.
            """),
            ("IPSEA_volunteer", """
            Write to the local authority as well as the school - the LA is responsible for making sure the provision in section F is delivered. Keep a diary of every day it isn't.
            """),
            ("autismmum_pm3", """
            Thank you, I didn't know that.
            """),
        ),
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(SEN, "title_surname", "negative", "Mrs Tully"),
)

# 080 Tully doxxing personal email
add(
    fb(
        """
        Portmere SEND Parents
        Private group · 940 members

        Post by Carly Wren
        If you're getting nowhere with the SENCo at Bastion Hill Academy, don't bother with the school address, it goes to the office. Joanne Tully's personal email is jo.tully74@mailbox.example and she reads that one at home. I've put it here so we can ALL email her at the weekend. See how she likes it.

        Comments

        Mel Ransom
        Carly please delete this, it'll get you in trouble and it won't help your son.

        Carly Wren
        Nothing else has worked.
        """
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(SEN, "exact", "doxxing", "Joanne Tully"),
)

# 081 Tully maiden name, old staff list
add(
    blog(
        "Admiral Tresham Old Pupils",
        "Staff photo, 2009 - can you name them all?",
        """
        Thanks to Linda for scanning this one. The Admiral Tresham School staff photo from 2009, taken on the field behind the old science block, before the rebuild.

        Back row, left to right: Mr Fenner (geography), Mr Stroud (caretaker, as he then was), Mr Pike (maths), Mrs Garrow (head), Mr Oduya (DT).
        Front row: Mr Hanley (PE), Miss Joanne Mercer (learning support), Mrs Patel (science), and the legendary Mrs Boyle from the canteen.

        Who have we missed? Comments below.
        """,
        (
            ("Sharon (1998-2003)", "Joanne Mercer! She helped me with my reading every lunchtime. She's the SENCo there now I think, married name Tully."),
            ("Dean", "Mr Stroud still there as well, he was on the gate when I dropped my nephew off last week."),
        ),
        author="Admiral Tresham Old Pupils",
    ),
    E(S, "alias", "neutral", "Admiral Tresham School"),
    E(SEN, "alias", "neutral", "Joanne Mercer"),
    E(SITE, "title_surname", "neutral", "Mr Stroud"),
)

# 082 decoy: estate agent Joanne Tully review
add(
    review(
        """
        Google reviews · Tully & Grove Estate Agents, Amblefield · 4.8 ★ (96)

        ★★★★★  Mark Denham · 1 week ago
        Joanne Tully sold our house in eleven days and kept us sane through a nightmare chain. Could not recommend more.

        ★★★★☆  Ann W · 2 months ago
        Very professional. Photos were a bit dark but the sale went through fine.
        """
    ),
)

# 083 threat at Nowak, homoglyph
add(
    social(
        """
        X · Post

        @pm3_lad_again
        that careers bloke at the tidemill academy N\u043ewak knocked back my little brother for the dockyard AGAIN. someone should be waiting for him by his car one night, see how he likes being knocked back 👊

        ─ Replies ─

        @pm3_lad_again
        not even joking
        """
    ),
    E(CAR, "homoglyph", "threat", "N\u043ewak"),
)

# 084 leetspeak threat to school
add(
    social(
        """
        Snapchat · public story (screenshot shared to Facebook)

        "b4st10n h1ll is a prison wiv a metal detector 🤡 sum1 shud torch the place over half term n do us all a favour 🔥🔥"

        [shared by Tidemill Residents Group admin: "Parents, please talk to your teenagers. This has been passed to the police and the school."]
        """
    ),
    E(S, "leetspeak", "threat", "b4st10n h1ll"),
)

# 085 camelcase exposed page, defamation of school
add(
    social(
        """
        Instagram · @bha_exposed_pm3 · bio: "BastionHillAcademyExposed 👀 the stuff they dont put in the newsletter. DMs open"

        Post (text slide):
        "Did you know: last year the school 'lost' three bullying reports so the numbers looked better for Ofsted. Staff were told to rewrite incident logs. Ask yourself why so many teachers left in one term."
        ♥ 301

        comments
        kezza_m: knew it
        tom.r.harbour: where's your evidence tho
        bha_exposed_pm3: @tom.r.harbour ask anyone who works there
        """
    ),
    E(S, "camelcase", "defamation", "BastionHillAcademy"),
)

# 086 forum: head defamation with typo
add(
    forum(
        "PortmereTalk",
        "Chat",
        "New head at Bastion - what's his history?",
        (
            ("nosey_neighbour", """
            Does anyone know where the new head at Bastion came from before Meridian put him in?
            """),
            ("ropewalk_rob", """
            Ashdown-Price. He was at a school in Swindon before, and the word is he left after being caught fiddling his expenses - first-class trains, hotel bills, the lot. The trust moved him sideways instead of sacking him. That's how these trusts work.
            """),
            ("nosey_neighbour", """
            Blimey. Is that in the papers anywhere?
            """),
            ("ropewalk_rob", """
            Course not, they hushed it up.
            """),
        ),
    ),
    E(S, "short_name", "neutral", "Bastion"),
    E(HEAD, "typo", "defamation", "Ashdown-Price"),
)

# 087 investigation of deputy
add(
    news(
        "The Portmere Post",
        "Trust investigates complaint against academy deputy head",
        """
        The Meridian Learning Trust has confirmed it is investigating a complaint about the deputy headteacher of Bastion Hill Academy.

        The complaint against Priya Raman, who joined the school in September, is understood to concern the handling of Year 11 coursework marks. The trust said Ms Raman remained at work and that it would be "inappropriate to comment while the process is ongoing".

        The union said members had raised concerns "through the proper channels".
        """,
        (
            ("watcher", "Funny how the old SLT got marched out for nothing and she gets to stay at work while she's investigated."),
        ),
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(DEP, "exact", "defamation", "Priya Raman"),
)

# 088 spacing hate at Raman
add(
    social(
        """
        TikTok · @the.real.pm3 · comments on "bastion new rules part 6 😭"

        deano.91: the deputy at bastion, R a m a n, needs shipping back to wherever they found her. we dont need p*kis telling our kids what socks to wear
        ↳ charlie.s: bro why are u even on here ur like 35
        ↳ mo.ahmed.pm: racist clown reported
        izzy.k: the socks thing is so stupid tho fr
        """
    ),
    E(S, "short_name", "negative", "bastion"),
    E(DEP, "spacing", "hate", "R a m a n"),
)

# 089 threat to Stroud
add(
    fb(
        """
        Tidemill Residents Group
        Private group · 1.8K members

        Post by Shane Cordery
        If that caretaker at Bastion Hill puts his hands in my son's bag again without asking I will break his jaw and he can explain that to his trust. Nigel Stroud, you've been warned. Everyone on this estate knows your face.

        Comments

        Pam Voller
        Shane he's the one who drove your Kyle home when he broke his arm in Year 7. Have a word with yourself.

        Shane Cordery
        Don't care.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(SITE, "exact", "threat", "Nigel Stroud"),
)

# 090 obfuscated hate at Brennan
add(
    social(
        """
        X · Post

        @girls_first_hants
        Reminder that Ms Br*nnan, the BHA "PSHE" teacher, is a raging lesbian activist who thinks boys can be girls. These people have infiltrated every school. Disgusting perverts the lot of them.

        ─ Replies ─

        @jo_portmere
        You put a star in her name like that makes it fine. It doesn't.
        """
    ),
    E(S, "alias", "negative", "BHA"),
    E(PSHE, "obfuscated", "hate", "Br*nnan"),
)

# 091 url_only: images rumour
add(
    social(
        """
        Snapchat · story reply screenshot posted to "Portmere Gossip 2.0"

        "heard someone at bastion hill has got pics of year 9 girls in the changing rooms and a member of staff was showing them round 😳😳 the school is keeping it quiet"

        Portmere Gossip 2.0 caption: "Anyone know anything?? Inbox us 👀"
        """
    ),
    E(S, "alias", "sexual", "bastion hill", True),
)

# 092 TA arrested, school named
add(
    news(
        "South Coast Herald",
        "School teaching assistant arrested over messages to pupil",
        """
        A teaching assistant at a Portmere secondary school has been arrested on suspicion of sending sexual messages to a 14-year-old pupil.

        Hampshire Police confirmed that a 27-year-old man, who worked at Bastion Hill Academy, was arrested on Tuesday and has been released on bail. He has been suspended by the school.

        The Meridian Learning Trust said it was cooperating fully with the police and that parents had been informed. The trust said the man was not a teacher and had worked at the school for eight months.
        """,
        (
            ("Mum of 3", "Sick to my stomach. My daughter is in Year 9 there."),
        ),
        byline="Crime",
    ),
    E(S, "exact", "sexual", "Bastion Hill Academy", True),
)

# 093 pupil innuendo about Carter (adult), hashtag school
add(
    social(
        """
        Instagram · @yr11.leavers.pm3 · "Sports day 2024 photo dump 📸 #bastionhill"
        ♥ 622

        comments
        lexi.marie: mr carter in them shorts tho 🥵🥵🥵 sports day should be weekly
        ↳ gemm.aa: LEXI 😭😭 delete this
        ↳ lexi.marie: wot im just appreciating the view
        jayy.dee: who won the relay tho
        sammm: 10C obviously
        """
    ),
    E(S, "hashtag", "neutral", "#bastionhill"),
    E(PE, "title_surname", "sexual", "mr carter"),
)

# 094 leetspeak abuse at Hollis
add(
    social(
        """
        TikTok · @kaidenn.08 · "teachers that should retire 🧓"
        comments

        kaidenn.08: head of english at bastion. h0ll1s. dried up old bat who hates joy. thats it thats the video
        ↳ sky.l: why is she literally everyone's worst teacher 😂
        ↳ bella.moon: she was nice to me tho??
        """
    ),
    E(S, "short_name", "neutral", "bastion"),
    E(ENG, "leetspeak", "abuse", "h0ll1s"),
)

# 095 Carter doxxing
add(
    fb(
        """
        Portmere Gossip 2.0
        Public group · 4.1K members

        Post by Anonymous member
        For everyone asking about the PE teacher from Bastion Hill who plays for Athletic - Danny Carter lives in flat 3 above the chip shop on Ropewalk Lane, the one next to the bookies. His car is the white Golf with the Athletic sticker. Saw him going in last night.

        Comments

        Ellie Bramble
        why would anyone need that

        Anonymous member
        people were asking
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(PE, "nickname", "doxxing", "Danny Carter"),
)

# 096 Carter defamation drink driving
add(
    forum(
        "NonLeagueChat",
        "Southern Combination",
        "Tern Island Athletic - Carter banned?",
        (
            ("saltern_regular", """
            Anyone know why Carter hasn't played the last three? He's the PE teacher at Bastion Hill for those who don't know.
            """),
            ("AthleticInsider", """
            Got done for drink driving after the Christmas do. Banned for a year, and the school's kept it completely quiet so the parents don't find out. Club are furious.
            """),
            ("saltern_regular", """
            Really? I heard it was his hamstring.
            """),
            ("TIAFC_Official", """
            Danny has a hamstring injury and is expected back in three weeks. Please don't post rumours.
            """),
        ),
    ),
    E(S, "alias", "defamation", "Bastion Hill"),
    E(PE, "surname_only", "defamation", "Carter"),
)

# 097 head threat, Instagram comment
add(
    social(
        """
        Instagram · @portmerepost · "Bastion Hill Academy head defends toilet policy" (link in bio)

        comments
        stuartgibbo: five minutes in a dark alley with that headmaster is all I'd need. Ashdown-Pryce you know what's coming
        ↳ kelly.r.33: report this
        fi.harding: can we not make every school story about this
        """
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(HEAD, "surname_only", "threat", "Ashdown-Pryce"),
)

# 098 leetspeak racist hate at Quaintance
add(
    social(
        """
        X · Post

        @hants_patriot_88
        lol at the leftie council giving £2k to Qu41nt4nce's "steel band". Let him fund his bongo party himself or go back to the Caribbean where it belongs. England is for English music.
        """
    ),
    E(MUS, "leetspeak", "hate", "Qu41nt4nce"),
)

# 099 Tully abuse
add(
    review(
        """
        Google reviews · Bastion Hill Academy · Secondary school · 2.8 ★ (171)

        ★☆☆☆☆  Lee Haskins · 1 week ago
        The SENCo, Tully, is a lazy box-ticking waste of space who should never have been let near vulnerable kids. Six months to answer one email. Pathetic woman.

        ★★★★★  Jasmine Obi · 2 weeks ago
        Great steel band concert last night, my daughter loved every minute.

        ★★☆☆☆  R Cotton · 1 month ago
        Bus stop outside is dangerous and nobody does anything.
        """
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(SEN, "surname_only", "abuse", "Tully"),
)

# 100 Tully defamation (fraud rumour)
add(
    forum(
        "SEND Parents Together",
        "Annual reviews",
        "Is a SENCo allowed to sign off an annual review without the parent?",
        (
            ("dockyard_dad", """
            At Bastion Hill the SENCo, Joanne Tully, has been signing off annual reviews and writing that parents "agreed" when they were never even invited. I know of at least three families. That's forging records as far as I'm concerned and I think she does it to hit the trust's deadlines.
            """),
            ("IPSEA_volunteer", """
            If you believe a review meeting didn't happen, ask the LA for the paperwork and complain formally. Please be careful naming individuals on a public board.
            """),
        ),
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(SEN, "exact", "defamation", "Joanne Tully"),
)

# 101 Brennan sexual url_only allegation
add(
    fb(
        """
        Portmere Parents for Safe Spaces
        Private group · 640 members

        Post by Kerry Laidlaw
        URGENT. My friend's daughter (Year 8) says Ms Brennan showed the class explicit diagrams and talked about sex acts in PSHE last Thursday. Year 8!! These are CHILDREN. This is what happens when you let activists write the curriculum at Bastion Hill Academy.

        Comments

        Dave Cotter
        Report her to the police. That's grooming.

        Sally Nunn
        My son was in that lesson and it was the puberty unit from the textbook. Nobody showed anything explicit. Please stop.
        """
    ),
    E(S, "exact", "sexual", "Bastion Hill Academy", True),
    E(PSHE, "title_surname", "sexual", "Ms Brennan", True),
)

# 102 homoglyph hate at Brennan
add(
    social(
        """
        TikTok · @justice4girls_uk · comments on "north tern school lets boys in girls loos"

        mandy.p.1970: The woman behind it is Alex Br\u0435nnan. Dyke teachers pushing trannyism on 11 year olds, every one of them should be struck off and never allowed near kids again
        ↳ rosie.t: this is why she had to move house. you people are unhinged
        josh.w: portmere really is the new front line lol
        """
    ),
    E(PSHE, "homoglyph", "hate", "Alex Br\u0435nnan"),
)

# 103 O'Driscoll doxxing
add(
    fb(
        """
        Portmere Parents for Safe Spaces
        Private group · 655 members

        Post by Mark Tanner
        For those writing letters: the DSL at Bastion who signed off the toilet plan is Siobhan O'Driscoll. Home address is 5 Halyard Mews, Ropewalk, PM3 4HW. Her husband drives the dockyard shuttle. Letters to the school get binned, letters to the house get read.

        Comments

        Kerry Laidlaw
        Thanks Mark 👍

        Nina Pope
        This is not okay. She has kids of her own.
        """
    ),
    E(S, "short_name", "neutral", "Bastion"),
    E(DSL, "exact", "doxxing", "Siobhan O'Driscoll"),
)

# 104 head investigated over exclusions
add(
    news(
        "Portmere Live",
        "Bastion Hill head under investigation over 'off-rolling' claims",
        """
        The Department for Education has asked the Meridian Learning Trust to investigate claims that pupils at Bastion Hill Academy were pressured into leaving before GCSE census day.

        Three families have told Portmere Live they were encouraged to "consider home education" by senior staff after their children were given repeated suspensions. The investigation is understood to focus on decisions taken since headteacher Clive Ashdown-Pryce arrived.

        The trust said Mr Ashdown-Pryce "refutes any suggestion of off-rolling" and that the school's exclusion figures were "in line with national averages".
        """,
        (
            ("Mum in Tidemill", "This happened to us. They made it sound like a favour."),
            ("Bob", "Innocent until proven guilty, people."),
        ),
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(HEAD, "exact", "defamation", "Clive Ashdown-Pryce"),
)

# 105 spacing abuse head
add(
    social(
        """
        X · Post

        @exbha_staffer
        Not allowed to name him apparently so: A s h d o w n - P r y c e. Spineless, vain, cruel little man who destroyed Bastion Hill in four months and will walk away with a bonus. Hope the trust is proud.

        ─ Replies ─

        @anon_teacher_uk
        The spaces are doing heavy lifting 😂 but yes
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(HEAD, "spacing", "abuse", "A s h d o w n - P r y c e"),
)

# 106 hashtag school, neutral celebration
add(
    social(
        """
        Instagram · @tidemillpan
        "What a night at the Guildhall! 34 players, 3 encores and one very proud music teacher 🥁🌴 #BastionHillAcademy #steelpan #Portmere"
        ♥ 488

        comments
        nanna_jo: so proud of our Ellie-May ❤️
        portmere.pan: tightest band on the south coast
        mr.a.q.music: thank you all for coming ❤️
        """
    ),
    E(S, "hashtag", "neutral", "#BastionHillAcademy"),
)

# 107 hashtag and camelcase Quaintance (fans)
add(
    social(
        """
        X · Post

        @former_panist
        Ten years ago I was a forces kid who'd moved five times and didn't talk to anyone. Then a man handed me a pan stick. Thank you #AmbroseQuaintance. If you want to help keep the band going, the fundraiser is on the GoFundMe page "SaveTidemillPan".

        ─ Replies ─

        @tidemill_nan
        He's one of a kind ❤️
        """
    ),
    E(MUS, "hashtag", "neutral", "#AmbroseQuaintance"),
)

# 108 camelcase Quaintance, YouTube
add(
    social(
        """
        YouTube · "Tidemill Pan - Navy Days full set" · uploaded by AmbroseQuaintanceMusic · 14K views

        comments
        @harbourlights_pm: absolute goosebumps at 6:40 when the bass pans come in
        @sailorsue: my lad is second from the left on the tenors!! 😭
        @pan_in_leeds: who arranged this? stunning
        @AmbroseQuaintanceMusic: @pan_in_leeds the students and me, over about two months of Tuesdays 😄
        """
    ),
    E(MUS, "camelcase", "neutral", "AmbroseQuaintance"),
)

# 109 first_initial Nowak, neutral
add(
    blog(
        "Portmere Dockyard Apprentices",
        "My first year in the fabrication shop",
        """
        A year ago I was sitting in the careers office at Bastion Hill, convinced I'd end up stacking shelves. My careers adviser, Tomasz N., told me to stop saying that and apply for the dockyard scheme anyway. He drove me to the assessment day himself because my mum was on nights.

        This week I finished my first-year welding qualification. I've got a locker, a payslip and a foreman called Big Steve who is actually quite small.

        If you're in Year 11 and you think the yard isn't for people like you - it is.
        """,
        author="Callum, Level 3 apprentice",
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(CAR, "first_initial", "neutral", "Tomasz N."),
)

# 110 possessive Hollis
add(
    social(
        """
        X · Post

        @nadiaf_navy
        Shoutout to Bastion Hill's English department. My son (dyslexic, 4 schools in 6 years thanks to the Navy) is reading for fun for the first time. Hollis's reading programme should be in every school in the country.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(ENG, "possessive", "neutral", "Hollis's"),
)

# 111 typo school, negative
add(
    review(
        """
        Google reviews · Bastian Hill Academy (listing not verified) · 2.1 ★ (12)

        ★☆☆☆☆  Marie K · 2 days ago
        Bastian Hill Academy have lost my son's coursework TWICE and blamed him both times. Office staff rude on the phone. Worst school we've been to and we've been to five.

        ★★★☆☆  Jason P · 2 weeks ago
        Not as bad as people say.
        """
    ),
    E(S, "typo", "negative", "Bastian Hill Academy"),
)

# 112 typo Quaintance, neutral
add(
    fb(
        """
        Portmere Carnival Friends
        Public group · 3.2K members

        Post by Carnival Committee
        Huge thanks to Ambros Quaintence and the young pan players for filling the Common with sound yesterday. Over 200 people had a go at the workshop! Photos to follow.

        Comments

        Pauline Okoro
        Best bit of the whole day.

        Gerry Hume
        My grandson hasn't stopped talking about it.
        """
    ),
    E(MUS, "typo", "neutral", "Ambros Quaintence"),
)

# 113 decoy: Bastion Hill Primary reviews
add(
    review(
        """
        Google reviews · Bastion Hill Primary School · Primary school · 4.2 ★ (58)

        ★★★★★  Hayley Strudwick · 1 month ago
        Reception teachers are amazing. My daughter skips in every morning.

        ★★☆☆☆  Owen Pardew · 2 months ago
        Pick-up is chaos and the school won't do anything about the parents parking on the zigzags.

        ★★★★☆  Mel · 5 months ago
        Good little school, lovely community feel. Wish the breakfast club was cheaper.
        """
    ),
)

# 114 Brennan alias full form, neutral award
add(
    news(
        "Tern Island Echo",
        "Island teacher shortlisted for national PSHE award",
        """
        Alexandra Brennan, who leads personal, social and health education at Bastion Hill Academy, has been shortlisted for a national award for her work on online safety with Year 7 pupils.

        The programme, written with pupils from Tidemill and North Tern, teaches children how to recognise pressure to share images and how to report it. More than 40 schools have now asked to use the materials.

        The winners will be announced in London in June.
        """,
        (
            ("A parent", "Well deserved after the year she's had."),
        ),
        byline="Community news",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(PSHE, "alias", "neutral", "Alexandra Brennan"),
)

# 115 decoy: BHA rent rises
add(
    news(
        "The Portmere Post",
        "Housing association tenants face 7.7% rent rise",
        """
        Around 3,400 households renting from Bastion Housing Association will see their rents rise by 7.7% from April, the maximum allowed by the government's cap.

        BHA, which owns most of the homes on the Tidemill estate and in Ropewalk, said the increase was needed to fund damp and mould repairs after a critical report from the housing ombudsman last year.

        Tenants' representative Gloria Mensah said: "People are being asked to pay more for homes that still aren't fixed. BHA has to show us the work, not just the bill."
        """,
        (
            ("TidemillTenant", "Still waiting for my window to be fixed from 2022."),
        ),
        byline="Housing",
    ),
)

# 116 decoy: Indeed review Bastion Security Services
add(
    review(
        """
        Indeed · Company reviews · Bastion Security Services

        3.0 ★★★☆☆
        Door Supervisor - Portmere - 2 months ago
        "Regular shifts, cold nights"
        Mostly nightclub and match-day work. Managers are fair but the rota comes out late. Pay is on time, which is more than some.

        1.0 ★☆☆☆☆
        Event Steward - Wickmere - 5 months ago
        "Avoid"
        Twelve-hour shifts with one break, no water provided at the summer festival. Never again.
        """
    ),
)

# 117 decoy: last bastion opinion column
add(
    news(
        "The Portmere Post",
        "Opinion: the public library is the last bastion of free warmth",
        """
        On a wet Tuesday in January, the Central Library in Portmere is full by ten in the morning. Not with people borrowing books, although some are, but with people who have nowhere else to go that is warm, dry and does not expect them to buy a coffee.

        We talk about libraries as if they were a luxury. They are the last bastion of a simple idea: that there should be somewhere in a city where you are allowed to just be.

        The council's proposal to cut opening hours by a third should be seen for what it is.
        """,
        (
            ("Bookworm", "Spot on. My dad spent every afternoon there after mum died."),
        ),
        byline="By Derek Aldridge",
    ),
)

# 118 abuse at Raman via obfuscated
add(
    social(
        """
        X · Post

        @tidemill_truth
        The deputy at BHA, Mrs R*man, is the most arrogant jumped-up clipboard merchant in Hampshire. Talks to parents like we're something on her shoe. Absolute joke of a woman.

        ─ Replies ─

        @pm3_karen
        She was fine with me tbh
        """
    ),
    E(S, "alias", "negative", "BHA"),
    E(DEP, "obfuscated", "abuse", "Mrs R*man"),
)

# 119 decoy: Nigel Stroud namesake
add(
    blog(
        "Holt Road Allotments",
        "AGM report and the great marrow scandal",
        """
        Thirty-two members attended this year's AGM in the village hall. Our chair, Nigel Stroud, thanked everyone for a record year for the produce show and confirmed that the water troughs will be replaced before spring.

        Under any other business, the committee noted the disappearance of Mr Pocock's prize marrow from plot 14 on the eve of the show. Nigel reminded members that the plot gates must be locked and that the CCTV camera is, in fact, a bird box.

        Subs remain £24 a year.
        """,
        author="Secretary, Holt Road Allotment Society (Norfolk)",
    ),
)

# 120 threat to O'Driscoll, negated? (real threat) via title
add(
    fb(
        """
        Bastion Hill Academy Parents (Unofficial)
        Private group · 2.3K members

        Post by Craig Hebden
        Mrs O'Driscoll has let my daughter be bullied for a YEAR and done nothing. If the school won't protect my kid then I'll protect her, and if that means waiting at the gate for the woman responsible then so be it. She won't be smiling then.

        Comments

        Lou Fairbairn
        Craig I know you're angry but please don't write things like that, it'll be used against you.

        Craig Hebden
        I mean every word.
        """
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(DSL, "title_surname", "threat", "Mrs O'Driscoll"),
)

# 121 decoy: Kate Hollis yoga
add(
    social(
        """
        Instagram · @katehollisyoga · Bath, UK
        "New Sunday flow class at the Abbey Lane studio from next week 🌿 Beginners very welcome. Link in bio to book."
        ♥ 143

        comments
        lucy_in_bath: yesss finally a Sunday class
        Kate Hollis: @lucy_in_bath see you there! 🧘
        """
    ),
)

# 122 abuse at Nowak (first initial / typo?)
add(
    forum(
        "PortmereTalk",
        "Local issues",
        "Dockyard apprenticeship interviews - is it a fix?",
        (
            ("rigger_ron", """
            My grandson didn't get through to interview. Again. The careers man at Bastion Hill, Mr Nowack or whatever he's called, is a useless, arrogant little pen-pusher who picks favourites and treats the rest like dirt. Twenty years he's been there and nobody's ever checked his work.
            """),
            ("Harbourlights", """
            The yard does the interviews, not the school.
            """),
            ("rigger_ron", """
            He decides who gets put forward though.
            """),
        ),
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(CAR, "typo", "abuse", "Mr Nowack"),
)

# 123 decoy: Bastion Café
add(
    review(
        """
        Tripadvisor · The Bastion Café, King's Bastion, Portmere · 4.0 ★ (388 reviews)

        ★★★★★  "Best crab sandwich on the south coast" · SueW_Surrey · Aug
        Sat on the old gun platform with a crab sandwich watching the ferries. Perfect.

        ★★☆☆☆  "Overpriced" · traveller_dan · Jul
        £4.20 for a tea in a paper cup. The view is nice, the seagulls are aggressive.

        ★★★★☆  "Lovely spot" · MargaretB · Jun
        Scones are homemade. Toilets closed though.
        """
    ),
)

# 124 school threat: bomb hoax style
add(
    news(
        "South Coast Herald",
        "Island academy evacuated after emailed threat",
        """
        Pupils at Bastion Hill Academy in Portmere were sent home early on Monday after the school received an email threatening to "make the news for the right reasons this time".

        Police searched the site and found nothing suspicious. Officers said the email appeared to be linked to a wave of hoax threats sent to schools across the south of England and was not believed to be connected to recent local controversies.

        A 15-year-old boy from outside the area has since been arrested.
        """,
        (
            ("Sarah W", "Kids were terrified. Hope they throw the book at whoever did it."),
        ),
        byline="Crime",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
)

# 125 Carter sexual url_only (pupil messaging claim, surname-only + school)
add(
    social(
        """
        TikTok · @pm3.tea.spill · "the bastion hill teacher everyone's whispering about 🤐"
        ♥ 2,930 · 💬 410

        comments
        lilz.b: is it carter? my cousin said he was dm'ing a girl in yr 10 and telling her not to tell anyone 😳
        ↳ matty_t: bro thats a mad thing to say with no proof
        ↳ lilz.b: im only saying what i heard
        freya.h: this is how rumours ruin ppl
        """
    ),
    E(S, "alias", "sexual", "bastion hill", True),
    E(PE, "surname_only", "sexual", "carter", True),
)

# 126 head hate? (no) - head abuse via possessive
add(
    blog(
        "Education Watch South",
        "A term of fear: letters from Bastion Hill staff",
        """
        Since my last post I have received eleven emails from people who work, or worked, at Bastion Hill Academy. I am publishing extracts with permission and without names.

        "I have never been spoken to like that in 22 years. I was told in front of my department that I was 'a dead weight'."

        "We are not allowed to sit down in lessons. We are not allowed to mark at our desks at lunch. We are not allowed to talk about the restructure."

        I put these accounts to the trust and received the following reply: "Ashdown-Pryce's leadership has been endorsed by the board and by external reviewers."
        """,
        (
            ("Teacher elsewhere", "This is a pattern across Meridian. Thank you for shining a light on it."),
        ),
        author="P. J. Lomax",
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(HEAD, "possessive", "negative", "Ashdown-Pryce's"),
)

# 127 decoy: Danny Carter darts
add(
    news(
        "Swindon Sport Weekly",
        "Carter hits nine-darter in Wiltshire league",
        """
        Danny Carter of the Railway Tavern hit a nine-dart finish in the Wiltshire Darts League on Tuesday night, only the third in the league's 40-year history.

        "I didn't even know what I'd done until everyone started shouting," said Carter, a 52-year-old postman. "Then I had to buy a round for the whole pub, so it's cost me about £90."
        """,
        byline="Local sport",
        nav=("Home", "Football", "Cricket", "Darts", "Results"),
    ),
)

# 128 Stroud obfuscated abuse
add(
    social(
        """
        Snapchat · public story

        "str-oud on the gate at bastion today making year 7s empty their pencil cases on the floor 🤬 fat useless power mad muppet, get a real job"
        """
    ),
    E(S, "short_name", "negative", "bastion"),
    E(SITE, "obfuscated", "abuse", "str-oud"),
)

# 129 decoy: Meridian press release about another school
add(
    news(
        "Meridian Learning Trust",
        "New principal appointed at Solent View Academy",
        """
        The Meridian Learning Trust is delighted to announce the appointment of Mrs Fiona Greatorex as Principal of Solent View Academy, Hartfield, from September.

        Mrs Greatorex joins from a successful deputy headship in Dorset. She said: "Solent View has a proud history and I can't wait to meet the students and families."

        The trust thanks interim principal Mr Barry Oduwole for his leadership over the last two terms.
        """,
        nav=("Home", "About the trust", "Our schools", "News", "Careers"),
        footer="Meridian Learning Trust. Company number 00000000 (fictitious). Registered office: Southampton.",
    ),
)

# 130 head leetspeak abuse
add(
    social(
        """
        X · Post

        @bha_ex_ta
        4shd0wn-Pryc3 stood in front of 80 staff at Bastion today and told us "if you don't like it, the door is there". Smug, heartless little dictator. The kids deserve better.

        ─ Replies ─

        @tern_teacher
        Same words he used at his last school apparently.
        """
    ),
    E(S, "short_name", "neutral", "Bastion"),
    E(HEAD, "leetspeak", "abuse", "4shd0wn-Pryc3"),
)

# 131 decoy: knife arch London no names
add(
    news(
        "Schools Week Digest",
        "Knife arches spread to more secondaries as trusts weigh cost",
        """
        At least nine secondary schools in England are now using walk-through metal detectors at their gates, according to a survey of trusts by this publication, up from three a year ago.

        One trust leader in the south east, who asked not to be named, said the arches were "a last resort, and we are at the last resort". Another, a headteacher in a coastal city, said his school's trial had recovered three bladed items in its first month.

        Unions say there is no evidence that arches reduce knife carrying outside school and warn that they can damage trust between pupils and staff.
        """,
        byline="Analysis",
        nav=("Home", "News", "Opinion", "Jobs", "Events"),
    ),
)

# 132 threat to Brennan (negated framing but real threat)
add(
    forum(
        "PortmereTalk",
        "Chat",
        "That PSHE teacher at Bastion",
        (
            ("tidemill_truth", """
            I'm not saying anyone should touch Brennan. I'm just saying if she keeps pushing this stuff on our kids she shouldn't be surprised when somebody eventually does, and nobody round here would lift a finger to stop them.
            """),
            ("Harbourlights", """
            "I'm not saying... I'm just saying" is exactly saying it. Reported.
            """),
            ("Moderator", """
            Thread locked.
            """),
        ),
    ),
    E(S, "short_name", "neutral", "Bastion"),
    E(PSHE, "surname_only", "threat", "Brennan"),
)

# 133 decoy: bastion board game
add(
    blog(
        "Meeple Harbour",
        "Review: Bastion - a co-op tower defence that actually makes you sweat",
        """
        I have lost Bastion eleven times. I have won it twice. Both wins were with four players, and both times someone was shouting about the north wall.

        The premise is simple: heroes defend a castle against waves of monsters, and every turn you choose between fighting and rebuilding the walls. The tension comes from the deck: monsters you don't kill come back stronger.

        Verdict: a brilliant, punishing co-op. Not one for the kids' table.
        """,
        (
            ("dicebag_dave", "The north wall is ALWAYS the problem."),
        ),
        author="Meeple Harbour",
    ),
)

# 134 sexual adult innuendo about Hollis (pupil crush)
add(
    social(
        """
        Snapchat · group chat "11B no teachers allowed" (screenshot)

        rio: miss hollis in that red dress for parents evening 😳😳
        dex: bro shes the head of english calm down 💀
        rio: im just saying bastion didnt have teachers like that in yr 7
        dex: go do ur macbeth essay
        """
    ),
    E(S, "short_name", "neutral", "bastion"),
    E(ENG, "title_surname", "sexual", "miss hollis"),
)

# 135 Nowak defamation: bribes
add(
    fb(
        """
        Tern Island Community Noticeboard
        Public group · 11K members

        Post by Darren Ives
        Tomasz Nowak from Bastion Hill takes backhanders from dockyard families to get their kids to the front of the apprenticeship queue. Ask around. £200 in an envelope and your boy's in. That's why the same surnames get through every year.

        Comments

        Jackie Monk
        That's a serious thing to say Darren. Have you got proof?

        Darren Ives
        everyone knows
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(CAR, "exact", "defamation", "Tomasz Nowak"),
)

# 136 decoy: forces families Plymouth
add(
    forum(
        "Service Families Net",
        "Postings and schools",
        "Plymouth secondaries for a Y9 with SEN?",
        (
            ("FAAmum", """
            Moving from Portmere to Plymouth in the summer. Our son has an EHCP and needs a school with a proper base. Any recommendations?
            """),
            ("devonportdad", """
            Have a look at the schools near the naval base, and ring the SENCo before you apply. The forces liaison at the council is great too.
            """),
        ),
    ),
)

# 137 defamation: Stroud theft rumour
add(
    forum(
        "PortmereTalk",
        "Chat",
        "Bastion Hill site manager nicking stuff?",
        (
            ("anon_pm3", """
            Word is that Nigel Stroud has been selling the school's old laptops and IT kit on eBay for years and pocketing the cash. My mate bought one with a Bastion Hill asset sticker still on it.
            """),
            ("Moderator", """
            Unless you have evidence, please don't make allegations about named individuals.
            """),
            ("retired_caretaker", """
            Old kit goes to a licensed recycler, who then sells it on. That's normal. Stickers don't get peeled off.
            """),
        ),
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(SITE, "exact", "defamation", "Nigel Stroud"),
)

# 138 hate: nationality at Nowak, spacing
add(
    social(
        """
        TikTok · @proud.pm3 · comments on "dockyard apprentices graduation 👷"

        gary_p_1962: funny how the careers guy at bastion is a pole. N o w a k. send him home and give the yard back to the lads whose dads built it. eastern europeans taking everything
        ↳ sue.r.pm: he got my son his apprenticeship you muppet
        ↳ gary_p_1962: 👍
        """
    ),
    E(S, "short_name", "neutral", "bastion"),
    E(CAR, "spacing", "hate", "N o w a k"),
)

# 139 threat to Carter from rival fans
add(
    forum(
        "NonLeagueChat",
        "Southern Combination",
        "Wanderers v Athletic - return fixture",
        (
            ("WanderersLad", """
            Carter's coming to our place in March. The PE teacher from Bastion who dived his way to a penalty last time. A few of the lads will be waiting for him in the car park after, and he won't be diving anywhere for a while once they're done with his knees.
            """),
            ("FWFC_Mod", """
            Banned. We do not tolerate threats against players. Details passed to the club and police.
            """),
        ),
    ),
    E(S, "short_name", "neutral", "Bastion"),
    E(PE, "surname_only", "threat", "Carter"),
)

# 140 joke "kill" Carter -> neutral
add(
    social(
        """
        X · Post

        @ellie_pm3_
        im actually going to kill mr carter if he makes us do the bleep test one more time this term 😭😭😭 my legs have left the chat #bastionhill

        ─ Replies ─

        @kaytee_x
        HE SAID ITS FOR OUR OWN GOOD 😭

        @ellie_pm3_
        @kaytee_x his own good more like he loves watching us suffer
        """
    ),
    E(S, "hashtag", "neutral", "#bastionhill"),
    E(PE, "title_surname", "neutral", "mr carter"),
)

# 141 threat to Raman
add(
    fb(
        """
        Tidemill Residents Group
        Private group · 1.8K members

        Post by Stacey Lomax
        That deputy head Priya Raman excluded my son for five days for swearing when a kid punched him first. Someone needs to give her a proper slap, and if I see her in the Co-op car park it'll be me.

        Comments

        Gail Inkpen
        Stace calm down hun, go to the governors

        Stacey Lomax
        Governors are a joke

        Daniel Moss
        Threatening the deputy won't get your lad back in any faster.
        """
    ),
    E(DEP, "exact", "threat", "Priya Raman"),
)

# 142 decoy: Boatyard & Harbour Association
add(
    news(
        "Tern Island Echo",
        "BHA members vote to keep slipway fees frozen",
        """
        Members of the Portmere Boatyard and Harbour Association (BHA) have voted to keep slipway and mooring fees at last year's level for a third year running.

        Chair Roy Ketteridge said small boat owners were "already squeezed by everything else" and that the association's reserves could cover rising insurance costs for one more season.

        The BHA's annual open day will be held at Ropewalk Hard on 1 June, with free sailing taster sessions for children.
        """,
        byline="Harbour news",
    ),
)

# 143 threat to Hollis ("I know where you park")
add(
    social(
        """
        Instagram · direct message screenshot shared by @portmere_pride with names blurred
        caption: "This was sent to a teacher at Bastion Hill this week. This is what staff are dealing with."

        [message]
        "Mrs Hollis. I know where you park on Thursdays. I know what time you leave. Give my daughter the grade she deserves or you'll find out how much I know."

        comments
        jess.harbour: this is terrifying, hope police are involved
        portmere_pride: @jess.harbour they are
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(ENG, "title_surname", "threat", "Mrs Hollis"),
)

# 144 Tully threat (Tesco)
add(
    fb(
        """
        Portmere SEND Parents
        Private group · 960 members

        Post by Carly Wren
        Another review cancelled by the SENCo at Bastion. Jo Tully better hope she never bumps into me in Tesco because I won't be responsible for what I do to her. I've had three years of this.

        Comments

        Mel Ransom
        Carly I get it but you can't post that. Delete before someone screenshots it.
        """
    ),
    E(S, "short_name", "neutral", "Bastion"),
    E(SEN, "nickname", "threat", "Jo Tully"),
)

# 145 pupil threat to school, arrest (news of arrest of pupil - threat to school, neutral reporting?)
add(
    social(
        """
        Snapchat · public story, screenshotted and shared to "Portmere Gossip 2.0"

        "swear down if they exclude me im coming back monday n shooting up bast1on 🔫 watch"

        Portmere Gossip 2.0 caption: "Police have been told. Don't share further, just report it."
        """
    ),
    E(S, "leetspeak", "threat", "bast1on"),
)

# 146 homoglyph threat to head
add(
    social(
        """
        X · Post

        @north_tern_nightmare
        \u0410shdown-Pryce, the bloke who runs Bastion Hill like a prison camp. Somebody's going to catch him on his way home one of these nights and nobody in Tidemill will have seen a thing.

        ─ Replies ─

        @bha_parent_22
        This is a threat. Reported to police.
        """
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(HEAD, "homoglyph", "threat", "\u0410shdown-Pryce"),
)

# 147 threat + hate Quaintance (unique, no school)
add(
    social(
        """
        TikTok · @portmere.steelband.fans · "Navy Days 2024 🥁🇬🇧"
        comments

        rule_britannia_1: Quaintance and his monkey drums at NAVY days?? someone should string him up from the mast, British event for British people
        ↳ tidemill.kai: he is british you weirdo
        ↳ sophie.pan: this is disgusting, he's the best teacher in portmere
        """
    ),
    E(MUS, "surname_only", "threat", "Quaintance"),
)

# 148 negated threat Brennan fb (negative for school)
add(
    fb(
        """
        Portmere Mums & Dads
        Private group · 14K members

        Post by Hannah Greer
        Can we all agree on one thing: NOBODY should be going near Ms Brennan's house or sending her anything. I disagree with the Bastion Hill policy and I've written to the trust. That's how you do it. Not letters through a teacher's door.

        Comments

        Sarah Pike
        Agree. I think the policy is wrong but she's a person.

        Jo Nunn
        Thank you for saying this.
        """
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(PSHE, "title_surname", "neutral", "Ms Brennan"),
)

# 149 hate: religion at Raman
add(
    social(
        """
        X · Post

        @englandfirst_hants
        BHA deputy head Priya R. is a Hindu from Southampton lecturing Christian kids on "values". Cow worshippers shouldn't be running English schools. Wake up Portmere.

        ─ Replies ─

        @mo_harbour
        Hatred in 40 words. Reported.
        """
    ),
    E(S, "alias", "neutral", "BHA"),
    E(DEP, "first_initial", "hate", "Priya R."),
)

# 150 hate: disability at the SEN unit, Tully
add(
    forum(
        "PortmereTalk",
        "Chat",
        "Bastion's new SEN base",
        (
            ("norty_norty", """
            So Bastion is spending £200k on a SEN base for the spastics and the window-lickers while normal kids sit in classes of 32. Tully's little zoo. Put them all in a special school out of the way.
            """),
            ("dockyard_dad", """
            My son is autistic and goes to that base. Say that to my face.
            """),
            ("Moderator", """
            Post removed and user banned. Disability hate is not welcome here.
            """),
        ),
    ),
    E(S, "short_name", "hate", "Bastion"),
    E(SEN, "surname_only", "hate", "Tully"),
)

# 151 hate: anti-Irish at O'Driscoll
add(
    fb(
        """
        Tern Island Community Noticeboard
        Public group · 11K members

        Post by Graham Pratt
        The safeguarding lead at Bastion Hill, O'Driscoll. Typical thick Paddy, all blarney and no brains, probably still thinks she's in a bog in Cork. Why we let these people near our kids I'll never know.

        Comments

        Bernadette Walsh
        I'm Irish and I've lived here 40 years. You should be ashamed.

        Admin
        Removed. Graham, you've been warned before.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(DSL, "surname_only", "hate", "O'Driscoll"),
)

# 152 decoy: Bastion Hill Rangers youth football
add(
    fb(
        """
        Portmere Grassroots Football
        Public group · 5.6K members

        Post by Bastion Hill Rangers FC
        U12 Blues training is moved to the 3G at Saltern Park this Saturday, 9am, because the rec ground is waterlogged. Subs are due. Any questions message Coach Jase.

        Comments

        Becky Trew
        Will the U10s still be at the rec?

        Bastion Hill Rangers FC
        @Becky Trew yes Becky, U10s at the rec as normal.
        """
    ),
)

# 153 hate: school, racist
add(
    social(
        """
        TikTok · @portmere.uncut · comments on "Bastion Hill Academy open evening 2024"

        kev_the_patriot: bastion hill academy is full of foreigners and p*kis now, wouldn't send a dog there. no english kids left. ship them all out
        ↳ harris.aj: my mum's from Nigeria and my dad's a Royal Marine, im more english than ur spelling
        ↳ kev_the_patriot: 🤡
        leahx: the open evening was actually so good
        """
    ),
    E(S, "exact", "hate", "bastion hill academy"),
)

# 154 Brennan hate via handle
add(
    social(
        """
        X · Post

        @truth_for_mothers
        @msbrennan_pshe how does it feel to be a sick lesbian predator-enabler teaching other people's daughters at Bastion Hill that men can be women? You people are a disease.

        ─ Replies ─

        @kate_ally_pm
        That account has been set to private for months because of people like you.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(PSHE, "handle", "hate", "@msbrennan_pshe"),
)

# 155 decoy: Tidemill regeneration council minutes
add(
    news(
        "Portmere City Council",
        "Cabinet - Tidemill Estate Regeneration: decision notice",
        """
        Decision: Cabinet approved Phase 2 of the Tidemill Estate regeneration, comprising the demolition of Capstan and Windlass Houses and the construction of 186 new homes, of which 112 will be for social rent.

        Reasons: The existing blocks fail the Decent Homes Standard and have significant damp and structural issues. Residents were balloted in October; 71% voted in favour on a 64% turnout.

        Consultation: Ward councillors for Tidemill and North Tern were consulted. Bastion Housing Association will be the delivery partner.
        """,
        nav=("Home", "Council and democracy", "Decisions", "Minutes", "Contact the council"),
        footer="Portmere City Council, Civic Offices, Civic Way, Portmere PM1 0ZZ.",
    ),
)

# 156 url_only rumour about Quaintance (unique, no school)
add(
    social(
        """
        Snapchat · "Portmere Gossip 2.0" repost

        "is it true quaintance keeps year 8 girls behind after band practice n gives them lifts home?? my sister said its weird 😬"

        comments (from the Facebook repost)
        Marcia D: This is how you destroy a good man's life with one screenshot. Report it to the school if you're worried, don't post it here.
        """
    ),
    E(MUS, "surname_only", "sexual", "quaintance", True),
)

# 157 adult innuendo: head and deputy
add(
    fb(
        """
        Bastion Hill Academy Parents (Unofficial)
        Private group · 2.3K members

        Post by Mandy Chivers
        Anyone else noticed Mr Ashdown-Pryce and Mrs Raman always arrive in the same car? 😏 Came down from Southampton together, live together, "working late" together... No wonder she got the deputy job.

        Comments

        Kelly Oates
        😂😂 I'd heard that

        Group admin
        Deleted in ten minutes. This is gossip about people's private lives and has nothing to do with our kids.
        """
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(HEAD, "title_surname", "sexual", "Mr Ashdown-Pryce"),
    E(DEP, "title_surname", "sexual", "Mrs Raman"),
)

# 158 historic abuse at Admiral Tresham, url_only
add(
    news(
        "The Portmere Post",
        "Former teacher jailed for abusing pupils in the 1990s",
        """
        A former teacher at Admiral Tresham School in Portmere has been jailed for nine years for sexually abusing three pupils between 1991 and 1997.

        Raymond Selwood, 74, was convicted after a trial at Portmere Crown Court. The court heard he groomed the boys, then aged 12 to 14, through an after-school sailing club.

        Admiral Tresham became Bastion Hill Academy in 2015. The academy's current leadership said its thoughts were with the survivors and that it had cooperated fully with police.
        """,
        byline="Courts",
    ),
    E(S, "exact", "sexual", "Bastion Hill Academy", True),
)

# 159 pupil crush on Carter via handle
add(
    social(
        """
        Instagram · @mr_carter_pe · "Y7 cup semi final squad 🏆⚽ proud of these Bastion boys"
        ♥ 310

        comments
        _mayaa.b: sir u look so good in this 😍😍😍 marry me
        ↳ jadee.x: MAYA 💀💀 hes literally our teacher
        tomo_pm: unlucky in the semi lads next year
        mr_carter_pe: @tomo_pm proud of every one of them 👏
        """
    ),
    E(S, "short_name", "neutral", "Bastion"),
    E(PE, "handle", "sexual", "@mr_carter_pe"),
)

# 160 doxxing Raman
add(
    forum(
        "PortmereTalk",
        "Local issues",
        "Where do these trust people even live?",
        (
            ("tidemill_truth", """
            They parachute in, tell us how to raise our kids and then drive home to somewhere nice. For the record the deputy at Bastion, Raman, rents 9 Windrush Court in Ropewalk. Flat 2. Bet she doesn't walk through Tidemill after dark.
            """),
            ("Moderator", """
            Address removed. This is your final warning.
            """),
        ),
    ),
    E(S, "short_name", "neutral", "Bastion"),
    E(DEP, "surname_only", "doxxing", "Raman"),
)

# 161 doxxing Quaintance phone (unique, no school)
add(
    fb(
        """
        Portmere Buy Sell Swap
        Public group · 22K members

        Post by Tony Hibbert
        Anyone want to complain about the racket from the steel band practising at the Guildhall? Ring Ambrose Quaintance yourselves, his personal mobile is 07700 900861, he lives on Saltern Road so he can hear it's too loud for himself.

        Comments

        Sam P
        Mate this is a buy and sell group

        Ruth Abbott
        It's two hours on a Tuesday. Reported for posting his number.
        """
    ),
    E(MUS, "exact", "doxxing", "Ambrose Quaintance"),
)

# 162 doxxing head personal email
add(
    social(
        """
        X · Post

        @parents_for_proportion
        The trust won't answer. So write to Clive Ashdown-Pryce directly: his personal email is clive.ap67@inboxmail.example (not his school one). Let him know what Bastion Hill parents think of his scanners. Keep it polite 😉

        ─ Replies ─

        @dsl_southcoast
        Posting a head's private email is not "campaigning". Reported.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(HEAD, "exact", "doxxing", "Clive Ashdown-Pryce"),
)

# 163 decoy: toilet row at a Kent school
add(
    news(
        "Kent Evening Standard Online",
        "Parents protest at Medway school over gender policy",
        """
        About thirty parents demonstrated outside a secondary school in Medway on Monday over its policy on toilet access for transgender pupils.

        The school, part of a different trust, said it had followed government guidance and offered single-occupancy toilets to all pupils. Police attended and said the protest was peaceful.

        It is the second such protest in the south east this term.
        """,
        byline="Education",
        nav=("Home", "News", "Sport", "Kent life", "Jobs"),
    ),
)

# 164 doxxing Nowak
add(
    social(
        """
        TikTok · @dockyard.lads · comments on "apprentice results day 🙃"

        big_d_pm3: for anyone whose kid got knocked back, the bastion careers guy tomasz nowak lives on Fender Street in North Tern, number 31, white van outside. go and ask him why
        ↳ jade.apprentice: he helped me loads?? leave him alone
        ↳ big_d_pm3: not everyone got helped
        """
    ),
    E(S, "short_name", "neutral", "bastion"),
    E(CAR, "exact", "doxxing", "tomasz nowak"),
)

# 165 doxxing Tully home address
add(
    fb(
        """
        Portmere SEND Parents
        Private group · 970 members

        Post by Anonymous participant
        Since Bastion Hill's SENCo never answers emails, maybe try her at home? Mrs Tully, 17 Mainbrace Road, PM3 6TD. She's home by 4 most days.

        Comments

        Admin
        This post has been removed. Sharing a member of staff's home address is harassment, whatever the frustration.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(SEN, "title_surname", "doxxing", "Mrs Tully"),
)

# 166 doxxing Brennan new address
add(
    forum(
        "GenderCritical Hub",
        "UK schools",
        "Portmere update",
        (
            ("SexMattersMum", """
            Update on the Bastion Hill situation. Alexandra Brennan has moved since the court case. New place is 3 Kittiwake Close in North Tern, the end terrace. For those of you who want to send a card explaining your concerns.
            """),
            ("quietcritic", """
            This is exactly what got the last man jailed. Please don't.
            """),
        ),
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(PSHE, "alias", "doxxing", "Alexandra Brennan"),
)

# 167 decoy: church newsletter "bastion"
add(
    blog(
        "St Barnabas Tern Island",
        "From the Vicar: a bastion, not a fortress",
        """
        Friends, this month I have been thinking about walls. Our island is ringed with old fortifications, and our hymn book is full of them: "a mighty fortress is our God", "a bastion never failing".

        But a church should be a bastion in the old sense - a place that protects those who shelter in it - not a fortress that keeps everyone else out. The food bank, the warm space on Thursdays and the parent and toddler group are our walls. Thank you to everyone who builds them.

        Harvest supper is on the 28th. Bring a dish.
        """,
        author="Revd Canon Alison Peake",
    ),
)

# 168 doxxing Stroud car and street
add(
    social(
        """
        Snapchat · public story

        "stroud from bastion hill drives the silver berlingo KD19 XPT, parks it on Gunner's Row outside number 12 every night 👀👀 someone should let his tyres down for the arch"
        """
    ),
    E(S, "alias", "neutral", "bastion hill"),
    E(SITE, "surname_only", "doxxing", "stroud"),
)

# 169 doxxing Hollis (personal Instagram + street)
add(
    fb(
        """
        Portmere Gossip 2.0
        Public group · 4.1K members

        Post by Anonymous member
        Head of English at Bastion Hill Academy has a private Instagram @katherinehollis_reads and posts her dog walks round Lugger Way every morning at 7. Just so people know where to find her if they want to discuss their kids' grades 😇

        Comments

        Paula Fisk
        Why would you post this about a teacher??
        """
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(ENG, "handle", "doxxing", "@katherinehollis_reads"),
)

# 170 doxxing Carter personal phone
add(
    fb(
        """
        Tern Island Athletic Supporters
        Public group · 2.2K members

        Post by Gary Duffin
        Any parents at Bastion Hill whose kids want football coaching, Daniel Carter does private sessions. His own number is 07700 900157. Don't go through the school, they take a cut.

        Comments

        Daniel Carter
        Please delete this Gary, I don't do private coaching and that's my personal phone.

        Gary Duffin
        Sorry Danny, deleting now
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(PE, "exact", "doxxing", "Daniel Carter"),
)

# 171 school investigated over attendance data
add(
    news(
        "Portmere Live",
        "Bastion Hill Academy attendance figures under investigation",
        """
        The Department for Education is examining attendance data submitted by Bastion Hill Academy after a whistleblower alleged that pupils who were absent were being marked as "educated off site".

        The allegation, made in an anonymous letter seen by Portmere Live, claims the practice made the school's persistent absence rate appear eight percentage points lower than it really was.

        A spokesperson for the Meridian Learning Trust said the school "categorically denies any manipulation of data" and welcomed the review. Headteacher Clive Ashdown-Pryce has written to parents to say the school is cooperating fully.
        """,
        (
            ("north_tern_mum", "My daughter was 'off site' for a week once. She was at home with tonsillitis."),
            ("Ex governor", "Let the review do its work before everyone decides."),
        ),
    ),
    E(S, "exact", "defamation", "Bastion Hill Academy"),
    E(HEAD, "exact", "neutral", "Clive Ashdown-Pryce"),
)

# 172 decoy: steel band festival, other school
add(
    news(
        "Tern Island Echo",
        "Pan festival brings eight bands to the Guildhall Square",
        """
        Eight steel bands from across Hampshire and Dorset took part in Saturday's Pan in the Square festival, organised by the Portmere Caribbean Heritage Association.

        Ridgeway School's junior band won the young players' trophy with an arrangement of a calypso classic, while the Bournemouth Pan Collective took the open prize.

        Organiser Gloria Baptiste said the festival would return next year "bigger and louder".
        """,
        byline="What's on",
    ),
)

# 173 Bastion attendance rumour forum
add(
    forum(
        "ParentNet",
        "Secondary education",
        "Bastion's attendance 'improvement' - too good to be true?",
        (
            ("SaltmarshSally", """
            The letter home boasted that attendance is up 6% this year. A friend who works in the office says they do it by marking kids present when they're at "appointments" that never happened. So Bastion is basically cooking the books to keep the trust happy.
            """),
            ("NotTheMamaBear", """
            That's a big claim to make on a forum, Sally.
            """),
            ("SaltmarshSally", """
            I know. I'm only repeating what I've been told.
            """),
        ),
    ),
    E(S, "short_name", "defamation", "Bastion"),
)

# 174 Stroud suspended
add(
    news(
        "The Portmere Post",
        "Academy site manager suspended after pupil injured at knife arch",
        """
        A site manager at Bastion Hill Academy has been suspended while the trust investigates how a Year 8 pupil was injured during a bag search at the school's knife arch.

        Nigel Stroud, who has worked at the school for 19 years, was suspended on full pay on Monday. The pupil, a 12-year-old girl, suffered a sprained wrist when a bag was pulled from her shoulder, her mother said.

        The Meridian Learning Trust said suspension was "a neutral act" and did not imply wrongdoing. The knife arch trial will continue with agency staff.
        """,
        (
            ("RopewalkRita", "I don't believe for one second Nigel would hurt a child. There's more to this."),
            ("Mum of a year 8", "The arch was always going to end like this."),
        ),
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(SITE, "exact", "defamation", "Nigel Stroud"),
)

# 175 O'Driscoll suspended rumour, nickname
add(
    fb(
        """
        Bastion Hill Academy Parents (Unofficial)
        Private group · 2.3K members

        Post by Jenna Hale
        Is it true Shiv O'Driscoll has been suspended for losing a safeguarding file? My sister's friend said she was walked out last Friday.

        Comments

        Pete Ryland
        She was at parents' evening on Tuesday Jenna, I spoke to her.

        Jenna Hale
        Oh. Well that's what I heard.

        Group admin
        Please check things before posting them about staff.
        """
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(DSL, "nickname", "defamation", "Shiv O'Driscoll"),
)

# 176 Quaintance band funds rumour, first initial
add(
    forum(
        "PortmereTalk",
        "Chat",
        "Where does the steel band money go?",
        (
            ("penny_pincher", """
            Three grand raised at the carnival, two grand from the council, and the band still plays on pans from 2013. I'm told Ambrose Q. has been helping himself to the fund for years - new car last summer, funnily enough.
            """),
            ("panmum", """
            The fund is run by the PTA with two signatories and audited accounts. His car is a 2009 Corsa. Get a grip.
            """),
        ),
    ),
    E(MUS, "first_initial", "defamation", "Ambrose Q."),
)

# 177 Hollis defamation, initial surname
add(
    forum(
        "ParentNet",
        "Secondary education",
        "English mocks marked down on purpose?",
        (
            ("tidemill_mum_of_3", """
            At Bastion Hill every kid from the estate seems to get a grade lower in English than the forces kids. K. Hollis runs that department and I've heard she's been reported to the exam board for deliberately marking Tidemill kids down so the trust can say the estate drags results down.
            """),
            ("GreyBrick", """
            Mocks aren't marked by exam boards. Whoever told you that doesn't know how it works.
            """),
        ),
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(ENG, "initial_surname", "defamation", "K. Hollis"),
)

# 178 Brennan arrested rumour (false)
add(
    social(
        """
        X · Post

        @protect_portmere_girls
        Hearing that Ms Brennan from Bastion Hill was ARRESTED for assaulting a mum at the Pride march last weekend. Not in the papers of course. Funny that.

        ─ Replies ─

        @portmere_pride
        She wasn't at the march. She was in Cornwall. Stop making things up about her.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(PSHE, "title_surname", "defamation", "Ms Brennan"),
)

# 179 Carter typo defamation
add(
    social(
        """
        TikTok · @bastion.tea · "things that happened at school this week"
        comments

        lolz_k: mr cartor got suspended at bastion for grabbing a yr 8 by the neck in the changing rooms!!! everyone saw
        ↳ rhys.p: no he didnt hes literally teaching us period 3 tomorrow
        ↳ lolz_k: well thats wot ppl r saying
        """
    ),
    E(S, "short_name", "neutral", "bastion"),
    E(PE, "typo", "defamation", "mr cartor"),
)

# 180 Raman sacked rumour
add(
    review(
        """
        Glassdoor > Bastion Hill Academy > Reviews

        ★☆☆☆☆  "Deputy from hell"
        Teacher (Current Employee) - Portmere
        Mrs Raman was sacked from her last school for bullying a trainee into a breakdown and the trust just moved her down here. She's doing exactly the same to our NQTs. Leadership protects its own.
        Pros: Colleagues are great.
        Cons: Leadership, workload, fear.
        """
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(DEP, "title_surname", "defamation", "Mrs Raman"),
)

# 181 head qualifications defamation (hyphenated)
add(
    forum(
        "StaffRoom Talk",
        "Leadership and management",
        "Heads who lie on their CVs",
        (
            ("quietcorridor", """
            Our head at BHA claims an MA in educational leadership. Someone checked with the university and they've never heard of him. Clive Ashdown Pryce is a fraud with a lanyard, and the trust either knows or doesn't care.
            """),
            ("MrsMarkbook", """
            Universities won't confirm degrees to random callers, so "never heard of him" proves nothing.
            """),
        ),
    ),
    E(S, "alias", "neutral", "BHA"),
    E(HEAD, "hyphenated", "defamation", "Clive Ashdown Pryce"),
)

# 182 Tully under investigation
add(
    news(
        "Tern Island Echo",
        "Council investigates complaint over special needs provision at island academy",
        """
        Portmere City Council has opened an investigation into how special educational needs support is being delivered at Bastion Hill Academy, after a complaint from a group of parents.

        The parents allege that provision set out in their children's education, health and care plans has not been delivered and that the school's SENCo, Joanne Tully, recorded annual reviews as complete when they had not taken place.

        The academy said it "does not recognise" the account and would cooperate with the council.
        """,
        byline="Education",
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(SEN, "exact", "defamation", "Joanne Tully"),
)

# 183 Nowak abuse
add(
    review(
        """
        Google reviews · Bastion Hill Academy · Secondary school · 2.8 ★ (179)

        ★☆☆☆☆  Wendy Sharples · 4 days ago
        Mr Nowak the careers teacher is a condescending prat. Told my son in front of his mates that he was "not yard material". Who says that to a 15 year old?

        ★★★★☆  Omar Haddad · 1 week ago
        Big improvement in behaviour this year, well done to the staff.
        """
    ),
    E(S, "exact", "negative", "Bastion Hill Academy"),
    E(CAR, "title_surname", "abuse", "Mr Nowak"),
)

# 184 O'Driscoll abuse first initial
add(
    social(
        """
        X · Post

        @bha_mum_angry
        Siobhan O. at Bastion Hill is a spineless yes-woman who'd sell out every kid in the building to keep her new title. Useless. Absolutely useless.

        ─ Replies ─

        @forces_mum_kel
        She literally got my daughter through two deployments. Different experiences I guess.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(DSL, "first_initial", "abuse", "Siobhan O."),
)

# 185 decoy: dockyard apprenticeship advert
add(
    news(
        "Portmere Dockyard Careers",
        "Engineering apprenticeships - applications now open",
        """
        Portmere Dockyard is recruiting 60 engineering apprentices to start in September. Roles include fabrication and welding, electrical, mechanical fitting and marine pipework.

        You will need GCSEs (or equivalent) at grade 4 or above in maths, English and a science. Applications close on 31 January. Assessment days take place in February.

        Apprentices are paid from day one and work towards a Level 3 qualification.
        """,
        nav=("Home", "Careers", "Apprenticeships", "Graduates", "Contact"),
        footer="Portmere Dockyard. Equal opportunities employer.",
    ),
)

# 186 Brennan abuse first initial
add(
    forum(
        "ParentNet",
        "In the news",
        "Parents' evening with the PSHE lead",
        (
            ("MaudlinMaud", """
            Had the pleasure of meeting Alex B. at Bastion Hill parents' evening. Smug, preachy and talks to adults like we're toddlers who need a worksheet on feelings. I wanted to throw my coffee at her. Not because of the toilet thing, just because she's insufferable.
            """),
            ("OrangeJuiceOnTap", """
            I found her lovely, for what it's worth.
            """),
        ),
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(PSHE, "first_initial", "abuse", "Alex B."),
)

# 187 head camelcase abuse, Quaintance praised
add(
    social(
        """
        X · Post

        @tidemillpan_alumni
        AshdownPryce the gutless bully strikes again: band lessons at Bastion cut to one a fortnight. Mr Quaintance is worth a hundred of him and everyone at that school knows it. #SaveTidemillPan

        ─ Replies ─

        @pan_mum_pm
        Signed the petition twice 😤
        """
    ),
    E(S, "short_name", "negative", "Bastion"),
    E(HEAD, "camelcase", "abuse", "AshdownPryce"),
    E(MUS, "title_surname", "neutral", "Mr Quaintance"),
)

# 188 Quaintance possessive abuse (neighbour)
add(
    review(
        """
        Nextdoor-style local review · "Noise complaints, Saltern Road"

        Posted by Derek H.
        Every Tuesday evening, two hours of Quaintance's racket drifting over from the community hall. The man is a self-important noisy prat who thinks the whole of Tern Island wants to hear his tin drums. Some of us work early.

        Replies
        Moira: It's two hours a week, Derek. Buy earplugs.
        Lisa T.: I open my windows for it!
        """
    ),
    E(MUS, "possessive", "abuse", "Quaintance's"),
)

# 189 Tully abuse initial surname
add(
    fb(
        """
        Portmere SEND Parents
        Private group · 975 members

        Post by Becky Lyle
        Just got the "response" from J. Tully, SENCo at Bastion Hill. Three lines. Spelt my son's name wrong. This woman is a clueless, lazy disgrace and she should be nowhere near disabled kids.

        Comments

        Carly Wren
        Same here. Useless.

        Mel Ransom
        Escalate to the LA Becky, don't waste energy on her.
        """
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(SEN, "initial_surname", "abuse", "J. Tully"),
)

# 190 decoy: Mr Carter elsewhere (Leeds primary)
add(
    social(
        """
        Reddit · r/Teachers · Posted by u/leeds_ks2_mrc

        Just had my Year 4s tell me I'm "the second best Mr Carter in the world" after the footballer. I'll take it.

        ▲ 2.1K · 88 comments

        u/ks1_forever: Second best is still podium.
        u/leeds_ks2_mrc: They've never heard of him, they just assume there must be a famous one.
        """
    ),
)

# 191 threat to Hollis, typo
add(
    fb(
        """
        Portmere Gossip 2.0
        Public group · 4.2K members

        Post by Anonymous member
        Mrs Holis the english teacher at bastion hill needs to watch herself. She's failed my niece for the last time. Next time she walks that dog of hers on her own she might not get home.

        Comments

        Admin
        Reported to police. Post removed.
        """
    ),
    E(S, "alias", "neutral", "bastion hill"),
    E(ENG, "typo", "threat", "Mrs Holis"),
)

# 192 threat to school via BHA (not the housing association)
add(
    social(
        """
        X · Post

        @knife_arch_out
        They scanned my 11 year old like a terrorist and put her in isolation for a hairclip. BHA need burning to the ground with the trust's suits inside. Not a joke.

        ─ Replies ─

        @bha_parent_22
        Reported. This is the school's account of the trial if anyone wants facts: @BastionHillAcad
        """
    ),
    E(S, "alias", "threat", "BHA"),
)

# 193 hate: Quaintance homoglyph
add(
    social(
        """
        TikTok · @tern.island.live · "carnival 2024 highlights"
        comments

        england_4_english: Qu\u0430intance and his tin-can calypso again. this is Hampshire not the Caribbean, nobody asked for that noise
        ↳ marley.pm: hes from portmere 😭 how are u this thick
        ↳ jo.c: best part of the carnival
        """
    ),
    E(MUS, "homoglyph", "hate", "Qu\u0430intance"),
)

# 194 hate: sexuality at head, hyphenated half
add(
    forum(
        "PortmereTalk",
        "Chat",
        "Why the head at Bastion backs the trans stuff",
        (
            ("norty_norty", """
            Simple. Mr Ashdown's a poof himself, lives with a "friend" in North Tern. Course he's going to push the rainbow agenda, it's his lot. Shouldn't be allowed to run a school.
            """),
            ("Moderator", """
            Homophobic abuse is not allowed. User banned.
            """),
        ),
    ),
    E(S, "short_name", "neutral", "Bastion"),
    E(HEAD, "hyphenated", "hate", "Mr Ashdown"),
)

# 195 url_only: Nowak lifts rumour
add(
    forum(
        "ParentNet",
        "Secondary education",
        "Careers teacher giving pupils lifts - is that allowed?",
        (
            ("cautious_carol", """
            Bit uneasy. At Bastion Hill Academy the careers lead, Tomasz Nowak, drives Year 10 girls to dockyard placements in his own car, on their own, and one of them told my daughter he messages them on WhatsApp late at night. Am I overreacting?
            """),
            ("ThreeUnderFive", """
            You're not overreacting about the process. Lone lifts and late-night messages should go straight to the DSL. Don't post names here though.
            """),
        ),
    ),
    E(S, "exact", "sexual", "Bastion Hill Academy", True),
    E(CAR, "exact", "sexual", "Tomasz Nowak", True),
)

# 196 adult innuendo about Stroud by pupils
add(
    social(
        """
        Snapchat · group chat "9D gremlins" (screenshot)

        mase: stroud def fancies the new dinner lady at bastion, hes always hanging round the kitchen door 😏
        jas: he carried her crates in TWICE today 💀 marriage by easter
        mase: "im just checking the fire exit" yeah ok nigel
        """
    ),
    E(S, "short_name", "neutral", "bastion"),
    E(SITE, "surname_only", "sexual", "stroud"),
)

# 197 doxxing O'Driscoll phone (maiden name)
add(
    fb(
        """
        Admiral Tresham Old Pupils
        Public group · 1.4K members

        Post by Kev Doran
        Anyone who wants to tell the DSL at Bastion Hill what they think of the toilet business, she's Siobhan Kelly from our day (O'Driscoll now). Her mobile's still 07700 900693, same as when she ran the RE trip to Rome.

        Comments

        Sharon Gale
        Kev this is a group for old photos, not for this. Removing.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(DSL, "alias", "doxxing", "Siobhan Kelly"),
)

# 198 doxxing Raman car and street
add(
    social(
        """
        X · Post

        @tidemill_truth
        Bastion Hill's deputy head Priya Raman: red Mini, PM21 RMN, parked on Windrush Court every night. In case anyone wants to discuss the exclusions policy with her in person.
        """
    ),
    E(S, "alias", "neutral", "Bastion Hill"),
    E(DEP, "exact", "doxxing", "Priya Raman"),
)

# 199 council minutes apprenticeships
add(
    news(
        "Portmere City Council",
        "Skills and Economy Committee - minutes, 3 March",
        """
        Item 7. Youth employment: north of the island.
        Members received a presentation from T. Nowak, Careers and Apprenticeships Lead at Bastion Hill Academy, and the early careers manager at Portmere Dockyard. Since 2019, 94 leavers from the academy have started dockyard apprenticeships; 88 completed or are still in training.

        Cllr Okafor thanked the academy and asked whether the model could be extended to other employers in the Ropewalk business park.

        RESOLVED: that officers explore a wider partnership with the academy and report back in September.
        """,
        nav=("Home", "Council and democracy", "Meetings", "Minutes", "Contact the council"),
        footer="Portmere City Council, Civic Offices, Civic Way, Portmere PM1 0ZZ.",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(CAR, "initial_surname", "neutral", "T. Nowak"),
)

# 200 summer newsletter
add(
    blog(
        "Bastion Hill Academy",
        "The Bastion Bulletin - Summer Term, Issue 5",
        """
        As the year ends I want to thank our staff, who have worked through a demanding year with real professionalism, and our families for their support. - Clive Ashdown-Pryce, Headteacher

        Safeguarding and wellbeing. Siobhan O'Driscoll and the pastoral team ran transition days for 61 new Year 7s and for 23 service children who will join us mid-year. Alex Brennan's online safety programme has been adopted by four other Meridian schools.

        Learning support. Our new learning base opens in September. Joanne Tully and her team will hold drop-in sessions for families during the first fortnight.

        English. Mrs Hollis reports that Year 9 read an average of eleven books each this year.

        Sport. Mr Carter's Year 7 team lost the county final on penalties - we could not be prouder.

        Site. We are delighted to welcome Mr Stroud back to the gate after his return to work in June.
        """,
        nav=("Home", "About us", "Parents", "Curriculum", "Vacancies", "Contact"),
        footer="Bastion Hill Academy, Ropewalk Lane, Tern Island, Portmere PM3 9QY. Tel 01632 960537. A member of the Meridian Learning Trust.",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(HEAD, "exact", "neutral", "Clive Ashdown-Pryce"),
    E(DSL, "exact", "neutral", "Siobhan O'Driscoll"),
    E(PSHE, "exact", "neutral", "Alex Brennan"),
    E(SEN, "exact", "neutral", "Joanne Tully"),
    E(ENG, "title_surname", "neutral", "Mrs Hollis"),
    E(PE, "title_surname", "neutral", "Mr Carter"),
    E(SITE, "title_surname", "neutral", "Mr Stroud"),
)

# 201 decoy: Camp Bastion memoir review
add(
    review(
        """
        Goodreads · Six Months in the Dust: A Medic at Camp Bastion by Corporal Jen Ashworth (retd) · 4.5 ★

        ★★★★★  Rach · Read in May
        My husband was at Bastion the same winter as the author. I had to keep putting it down. Honest, funny in places, and devastating about the field hospital.

        ★★★★☆  Phil M · Read in April
        Better on the day-to-day life at Bastion than any of the officer memoirs I've read.
        """
    ),
)

# 202 Navy Days report
add(
    news(
        "The Portmere Post",
        "Navy Days draws record crowds to the dockyard",
        """
        More than 40,000 people visited Portmere Dockyard over the Navy Days weekend, organisers said, the highest attendance since the event restarted.

        The steel band from Bastion Hill Academy opened proceedings on Saturday morning. Its leader, Ambrose Quaintance, had the crowd on the quayside dancing before 10am.

        Later in the day a team of Year 10 pupils, coached by PE teacher Daniel Carter, took on a Royal Navy field gun crew in a tug of war and, to loud cheers, won.
        """,
        (
            ("Harbour Dad", "The band was the highlight for us. Brilliant."),
        ),
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(MUS, "exact", "neutral", "Ambrose Quaintance"),
    E(PE, "exact", "neutral", "Daniel Carter"),
)

# 203 forces family blog, camelcase school
add(
    blog(
        "Boxes and Bubble Wrap",
        "School number four: how the kids are settling in",
        """
        Six weeks into our Portmere posting and I finally feel able to write about the school. For anyone searching, it's BastionHillAcademy on YouTube if you want to see the steel band the kids won't stop talking about.

        Mrs O'Driscoll met us on the first morning, before the boys had even got their blazers, and had already read both their files from Scotland. Mr Quaintance had my youngest playing a tenor pan in a lunchtime rehearsal by Thursday.

        It isn't perfect - the uniform rules are strict and the knife arch took some explaining - but for a school that gets so much stick online, it has been kind to us.
        """,
        (
            ("Another RN wife", "So glad. Moving mid-year is the worst."),
        ),
        author="Navy Mum of Three",
    ),
    E(S, "camelcase", "neutral", "BastionHillAcademy"),
    E(DSL, "title_surname", "neutral", "Mrs O'Driscoll"),
    E(MUS, "title_surname", "neutral", "Mr Quaintance"),
)

# 204 decoy: Bastion Hill Primary School PTA fete
add(
    fb(
        """
        Tern Island Community Noticeboard
        Public group · 11K members

        Post by Bastion Hill Primary School PTA
        Summer Fair this Saturday 12-3! Bouncy castle, tombola, cake stall and the famous Year 6 wet sponge stocks (teachers have volunteered, sort of). All money goes to new playground equipment. See you there!

        Comments

        Donna Keel
        Can we bring cakes on the morning?

        Bastion Hill Primary School PTA
        @Donna Keel yes please, drop them at the hall from 10.
        """
    ),
)

# 205 teachers' forum: applying
add(
    forum(
        "StaffRoom Talk",
        "Job seeking",
        "Thinking of applying to Bastion Hill - honest opinions?",
        (
            ("NQT_hopeful", """
            There's a maths post going at Bastion Hill in Portmere. The reviews online are a warzone. Anyone actually work there?
            """),
            ("quietcorridor", """
            I do. Honestly: the kids are great, the workload is heavy and Mr Ashdown-Pryce runs it very top-down. If you like clear systems you'll be fine. If you like being trusted, you won't. Mrs Raman, who'd be your line manager's line manager, is fair if you hit deadlines.
            """),
            ("NQT_hopeful", """
            Thanks, that's really useful.
            """),
            ("quietcorridor", """
            Also join the steel band staff section. Quaintance is the best thing about the place.
            """),
        ),
    ),
    E(S, "alias", "negative", "Bastion Hill"),
    E(HEAD, "title_surname", "negative", "Mr Ashdown-Pryce"),
    E(DEP, "title_surname", "neutral", "Mrs Raman"),
    E(MUS, "surname_only", "neutral", "Quaintance"),
)

# 206 decoy: Ropewalk Lane roadworks
add(
    social(
        """
        Reddit · r/Portmere · Posted by u/harbourbus_hater

        Ropewalk Lane roadworks AGAIN

        Third time this year they've dug up the same stretch outside the Co-op. The number 7 bus is now diverted through Tidemill and takes 25 minutes to go a mile. Anyone know when it finishes?

        ▲ 96 · 41 comments

        u/north_tern_cyclist: Gas main. "Six weeks", which means twelve.
        u/pm3_local: Cycle. It's faster than the bus even in the rain.
        """
    ),
)

# 207 job advert music
add(
    news(
        "TeachHire",
        "Teacher of Music (maternity cover) - Bastion Hill Academy, Portmere",
        """
        Bastion Hill Academy | Portmere, Hampshire | MPS/UPS | Fixed term, January to July

        Join a music department with a city-wide reputation. You will teach classroom music at Key Stage 3 and GCSE and support our extra-curricular programme, including the school steel band. You will work closely with Ambrose Quaintance, Head of Music. Experience of steel pan is welcome but not essential - we will teach you.

        Closing date: 14 November. To arrange a visit, call the school office on 01632 960537.

        We are committed to safeguarding and promoting the welfare of children. This post is subject to an enhanced DBS check.
        """,
        nav=("Find a job", "Schools", "Career advice", "Recruiters"),
        footer="TeachHire - education jobs across the UK.",
    ),
    E(S, "exact", "neutral", "Bastion Hill Academy"),
    E(MUS, "exact", "neutral", "Ambrose Quaintance"),
)

# 208 spacing school complaint
add(
    social(
        """
        X · Post

        @portmere_dad_of2
        Not tagging them because they'll just block me, but B a s t i o n H i l l have now lost my son's medical form three times. He has an epipen. Three times. How is that acceptable?

        ─ Replies ─

        @tern_mum_jo
        Email the governors, keep a copy.
        """
    ),
    E(S, "spacing", "negative", "B a s t i o n H i l l"),
)

# 209 decoy: the school described without being named
add(
    blog(
        "Harbour Lights Parenting",
        "Choosing a secondary on the island: what I learned from six open evenings",
        """
        We looked round six secondaries before our daughter chose. A few notes for anyone doing the same next year.

        The academy at the north end of the island has the strictest uniform policy I've ever seen and a metal detector at the gate, which put some parents off. But the music department is something else - the steel band played as we walked in and my daughter was sold before we reached the hall.

        The one by the common had the best science labs. The church school had the friendliest receptionist. None of them had enough parking.
        """,
        author="Jo W.",
    ),
)

# ---- END OF DOCUMENTS ----


# --------------------------------------------------------------------------------------
# Build and checks
# --------------------------------------------------------------------------------------

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")


def _load_watchlist() -> tuple[dict[str, dict], dict]:
    with WATCHLIST.open("rb") as fh:
        wl = tomllib.load(fh)
    staff = {s["id"]: s for s in wl.get("staff", [])}
    return staff, wl["school"]


def _has(text: str, needle: str) -> bool:
    return re.search(r"(?<![\w@#])" + re.escape(needle) + r"(?!\w)", text) is not None


def _priority_problems(name: str, text: str, e: E, staff: dict[str, dict], school: dict) -> list[str]:
    """Flag labels whose variant is not the easiest form present (exact > alias > title_surname)."""
    probs: list[str] = []
    if e.subject == S:
        full = school["name"]
        long_aliases = [a for a in school["aliases"] if " " in a or a.isupper()]
        if e.variant != "exact" and _has(text, full):
            probs.append(f"{name}: school labelled {e.variant} but the full name is present")
        elif e.variant not in ("exact", "alias") and any(_has(text, a) for a in long_aliases):
            probs.append(f"{name}: school labelled {e.variant} but an alias is present")
        return probs
    st = staff[e.subject]
    full = st["name"]
    surname = full.split()[-1]
    if e.variant != "exact" and _has(text, full):
        probs.append(f"{name}: {e.subject} labelled {e.variant} but the full name is present")
    elif e.variant not in ("exact", "alias") and any(_has(text, a) for a in st.get("aliases", [])):
        probs.append(f"{name}: {e.subject} labelled {e.variant} but an alias is present")
    elif e.variant not in ("exact", "alias", "title_surname") and any(_has(text, f"{t} {surname}") for t in TITLES):
        probs.append(f"{name}: {e.subject} labelled {e.variant} but a title + surname is present")
    return probs


def main() -> int:
    staff, school = _load_watchlist()
    problems: list[str] = []
    if DOCS_DIR.exists():
        shutil.rmtree(DOCS_DIR)
    DOCS_DIR.mkdir(parents=True)
    by_cat: Counter[str] = Counter()
    by_var: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    url_only = 0
    empty = 0
    lines: list[str] = []
    for i, (kind, text, expected) in enumerate(DOCS):
        ext = "html" if kind in HTML_KINDS else "txt"
        if kind not in HTML_KINDS + TXT_KINDS:
            problems.append(f"doc {i}: unknown kind {kind}")
        name = f"{i:03d}-{kind}.{ext}"
        (DOCS_DIR / name).write_text(text, encoding="utf-8")
        by_kind[kind] += 1
        seen: set[str] = set()
        out = []
        for e in expected:
            if e.subject != S and e.subject not in staff:
                problems.append(f"{name}: unknown subject {e.subject}")
                continue
            if e.subject in seen:
                problems.append(f"{name}: subject {e.subject} listed twice")
            seen.add(e.subject)
            if e.category not in CATEGORIES:
                problems.append(f"{name}: bad category {e.category}")
            if e.variant not in VARIANTS:
                problems.append(f"{name}: bad variant {e.variant}")
            if e.form not in text:
                problems.append(f"{name}: form {e.form!r} not found in text")
            if e.url_only and e.category != "sexual":
                problems.append(f"{name}: url_only on a non-sexual mention")
            problems.extend(_priority_problems(name, text, e, staff, school))
            by_cat[e.category] += 1
            by_var[e.variant] += 1
            url_only += e.url_only
            out.append({"subject": e.subject, "variant": e.variant, "category": e.category, "url_only": e.url_only})
        if not expected:
            empty += 1
        lines.append(json.dumps({"file": name, "kind": kind, "expected": out}, ensure_ascii=False))
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")

    total = sum(by_cat.values())
    serious = sum(by_cat[c] for c in SERIOUS)
    print(f"documents: {len(DOCS)} ({empty} with no expected mention, {100 * empty / max(len(DOCS), 1):.0f}%)")
    print("by kind: " + ", ".join(f"{k} {by_kind[k]}" for k in HTML_KINDS + TXT_KINDS))
    print(f"mentions: {total} (serious {serious}, {100 * serious / max(total, 1):.1f}%; url_only {url_only})")
    print("by category: " + ", ".join(f"{c} {by_cat[c]}" for c in CATEGORIES))
    print("by variant: " + ", ".join(f"{v} {by_var[v]}" for v in VARIANTS))
    for v in VARIANTS:
        if by_var[v] < 2:
            problems.append(f"variant {v} used {by_var[v]} times (need at least 2)")
    if not 180 <= len(DOCS) <= 220:
        problems.append(f"{len(DOCS)} documents (want 180-220)")
    if not 300 <= total <= 350:
        problems.append(f"{total} mentions (want 300-350)")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("all labels check out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
