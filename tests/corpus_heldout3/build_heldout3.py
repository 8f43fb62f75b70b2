# ruff: noqa: E501
"""Labelled corpus heldout3 for the repwatch matcher (Castlegate Academy, Brindleford).

HELD OUT: this corpus is only ever measured, never trained or tuned on. It was written
WITHOUT reading the matcher, its tuning corpus or the other corpora: it measures how the
matcher generalises to writing it was never tuned on. Never tune on it — do not read its
errors and change the matcher to suit them, or the measurement is spent.

Setting: Castlegate Academy, a comprehensive secondary school with a sixth form in the
Midlands market town of Brindleford, part of the Arden Vale Learning Trust. "Castlegate"
alone is ambiguous (a dental practice, a shopping centre, a primary school and a dance
academy elsewhere share it), and several staff share names with strangers (Will Smith,
Gareth Jones, Tariq Khan, Kate Evans...), so a share of documents are decoys.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_heldout3

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the places, the sites, the phone numbers (Ofcom drama ranges) and the addresses.
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
    "school", "rhollins", "pchandrasekar", "kevans", "sdelaneyprice", "tkhan", "gjones",
    "twisniewski", "wsmith", "hmarchbanks",
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

NEWS_SITES = {
    "courier": ("Brindleford &amp; District Courier", "brindlefordcourier.example", ["News", "Sport", "What's On", "Property", "Jobs", "Announcements"]),
    "mercia": ("Mercia Live", "mercialive.example", ["Home", "News", "Crime", "Schools", "Business", "Nottingham", "Leicester", "Derby"]),
    "soarside": ("The Soarside Observer", "soarsideobserver.example", ["Local", "Education", "Council", "Letters", "Obituaries"]),
}


def _paras(body: str) -> str:
    return "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in body.strip().split("\n\n") if p.strip())


def news(site: str, headline: str, byline: str, date: str, body: str,
         comments: list[tuple[str, str, str]] = (), related: list[str] = ()) -> str:
    title, domain, nav = NEWS_SITES[site]
    navh = " | ".join(f'<a href="https://{domain}/{n.lower().replace(" ", "-")}">{n}</a>' for n in nav)
    com = "\n".join(
        f'<div class="comment"><span class="author">{html.escape(u)}</span> <span class="ago">{html.escape(t)}</span><p>{html.escape(c)}</p><a class="reply">Reply</a> <a class="report">Report</a></div>'
        for u, t, c in comments)
    rel = "\n".join(f"<li><a href=\"#\">{html.escape(r)}</a></li>" for r in related)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(headline)} | {title}</title></head>
<body>
<header><div class="masthead"><a href="https://{domain}/">{title}</a></div>
<nav>{navh}</nav><div class="ticker">Weather: Brindleford 11°C, light showers</div></header>
<main><article>
<h1>{html.escape(headline)}</h1>
<div class="byline">By {html.escape(byline)} · {html.escape(date)}</div>
{_paras(body)}
<div class="share">Share: Facebook · X · WhatsApp · Email</div>
</article>
<aside class="newsletter">Sign up to our daily newsletter for the latest local headlines.</aside>
{"<section class='comments'><h2>Comments (" + str(len(comments)) + ")</h2><p class='rules'>Comments are the views of readers. Read our community rules.</p>" + com + "</section>" if comments else ""}
{"<section class='related'><h2>Related stories</h2><ul>" + rel + "</ul></section>" if related else ""}
</main>
<footer>© 2025 {title} · <a href="#">Privacy</a> · <a href="#">Cookie settings</a> · <a href="#">Contact us</a> · <a href="#">Complaints (IPSO)</a></footer>
</body></html>"""


FORUMS = {
    "parenttalk": ("ParentTalk", "parenttalk.example", "Secondary education"),
    "threadit": ("threadit", "threadit.example", "r/Brindleford"),
    "eastmids": ("EastMidsTalk", "eastmidstalk.example", "Local chat › Brindleford &amp; the Soar Valley"),
    "teacherroom": ("The Staffroom Forum", "staffroomforum.example", "Workplace › Leadership &amp; management"),
}


def forum(site: str, title: str, posts: list[tuple[str, str, str]]) -> str:
    name, domain, board = FORUMS[site]
    ph = "\n".join(
        f'<div class="post" id="p{i}"><div class="meta"><b>{html.escape(u)}</b> · {html.escape(d)}</div><div class="body">{_paras(t)}</div><div class="actions">Quote · Like · Report</div></div>'
        for i, (u, d, t) in enumerate(posts, 1))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} - {name}</title></head>
<body>
<header><a href="https://{domain}/">{name}</a> <nav>Home · Topics · Active · Search · Log in · Register</nav></header>
<div class="breadcrumbs">Forums › {board}</div>
<main><h1>{html.escape(title)}</h1>
{ph}
<div class="pager">Page 1 of 1</div>
<form class="reply"><textarea placeholder="Log in to reply"></textarea></form>
</main>
<footer>{name} · Talk guidelines · Privacy · Advertise with us · © 2025</footer>
</body></html>"""


def blog(blogname: str, domain: str, title: str, date: str, body: str,
         comments: list[tuple[str, str, str]] = (), tags: str = "") -> str:
    com = "\n".join(
        f'<li class="comment"><cite>{html.escape(u)}</cite> <small>{html.escape(d)}</small>{_paras(c)}</li>'
        for u, d, c in comments)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} – {html.escape(blogname)}</title></head>
<body>
<header><h2 class="site-title"><a href="https://{domain}/">{html.escape(blogname)}</a></h2>
<nav>Home · About · Archive · Contact</nav></header>
<main><article><h1>{html.escape(title)}</h1><time>{html.escape(date)}</time>
{_paras(body)}
{"<p class='tags'>Tagged: " + html.escape(tags) + "</p>" if tags else ""}
</article>
{"<section id='comments'><h3>" + str(len(comments)) + " thoughts on “" + html.escape(title) + "”</h3><ol>" + com + "</ol></section>" if comments else ""}
<aside><h3>Recent posts</h3><ul><li>Allotment diary, week 12</li><li>Half-term on a budget</li><li>Why I stopped doomscrolling</li></ul></aside>
</main>
<footer>Powered by WordPress · Theme: Twenty Twenty-Four · © 2025 {html.escape(blogname)}</footer>
</body></html>"""


# ---------------------------------------------------------------- documents

# 000 Ofsted report news, comments critical of head
add("news", news(
    "courier", "Castlegate Academy rated 'requires improvement' by Ofsted", "Dawn Pickering, Education Reporter", "14 March 2025",
    """Castlegate Academy in Brindleford has been rated 'requires improvement' following an inspection in January, down from the 'good' judgement it received in 2019.

Inspectors found that pupils' behaviour in lessons was "generally calm" but that too many pupils with special educational needs "do not receive the support they need to keep up". Attendance in Year 10 and Year 11 was described as "stubbornly low".

The sixth form was graded good, with inspectors praising "well-planned teaching and strong careers guidance".

Headteacher Robert Hollins said: "We accept the findings and we already have a clear plan. Our staff work incredibly hard and I know we will be back to good at the next visit."

Dr Helen Marchbanks, chief executive of the Arden Vale Learning Trust, which runs the school, said the trust would provide "additional leadership capacity" over the coming year.

The full report is available on the Ofsted website.""",
    comments=[
        ("SoarValleyDad", "2 days ago", "Not a shock. Hollins has been coasting for years and the parents who raised the SEN issue were fobbed off every single time."),
        ("Margaret T", "2 days ago", "My grandson is very happy there and the sixth form is excellent. One report doesn't tell the whole story."),
        ("brindle_lad_88", "1 day ago", "Requires improvement? Requires a bulldozer more like, the place was a dump in my day too"),
    ],
    related=["Brindleford primary celebrates 'outstanding' grade", "Trust plans merger with Leicestershire schools", "Bus route to Castlegate Road axed"],
),
    E("school", "exact", "negative"),
    E("rhollins", "exact", "negative"),
    E("hmarchbanks", "exact", "neutral"),
)

# 001 results day, sixth form alias only
add("news", news(
    "mercia", "Smiles all round as Castlegate Sixth Form students collect A-level results", "Mercia Live reporter", "15 August 2024",
    """Students at Castlegate Sixth Form in Brindleford were celebrating this morning after a record year for top grades.

Almost a third of entries were awarded A* or A, and 41 students have secured their first-choice university places, including two heading to Cambridge.

Katherine Evans, head of sixth form, said: "These young people started their GCSEs in lockdown, so to see them walk out with these grades is just wonderful. I'm so proud of every one of them."

Among the students celebrating was Aisha Rahman, 18, who is off to study medicine at Nottingham. "Mrs Evans never let me give up, even when I wanted to," she said.

Results across the Arden Vale Learning Trust will be published later this month.""",
    comments=[("Jen Oakley", "5 hours ago", "Well done all of them! Lovely to see some good news for once."), ("PaulD", "3 hours ago", "Great result. Credit to the teachers.")],
    related=["GCSE results: how did schools in the Soar Valley do?", "Clearing: what to do if you missed your grades"],
),
    E("school", "alias", "neutral"),
    E("kevans", "exact", "neutral"),
)

# 002 site manager hero, Will Smith jokes in comments (site manager real)
add("news", news(
    "courier", "Quick-thinking site manager saves school hall from flood", "Tom Ridley", "3 February 2025",
    """A burst pipe at Castlegate Academy could have put the school's main hall out of action for months, were it not for the quick reactions of site manager Bill Smith.

Mr Smith, who has looked after the Castlegate Road site for 22 years, was locking up on Friday evening when he heard water running in the ceiling void above the stage.

"I just turned off the stopcock and started moving the piano," he said. "Anybody would have done the same."

Music teacher Gareth Jones said the school's Spring concert would go ahead as planned on 14 February. "Bill is a legend. Without him we'd be singing in the car park."

Repairs are expected to cost around £8,000 and will be covered by the trust's insurance.""",
    comments=[
        ("Kev_Brindleford", "1 day ago", "Bill Smith?? Did the Fresh Prince move to the East Midlands lol"),
        ("SallyAnn", "1 day ago", "Bill is a diamond. He fixed my daughter's locker twice and always has time for the kids."),
        ("Dunc", "22 hours ago", "Getting jiggy with a stopcock. Good lad."),
    ],
),
    E("school", "exact", "neutral"),
    E("wsmith", "nickname", "neutral"),
    E("gjones", "exact", "neutral"),
)

# 003 council planning, floodlights
add("news", news(
    "soarside", "Floodlights for Castlegate pitch approved despite residents' objections", "Local Democracy Reporter", "9 October 2024",
    """Plans for a floodlit 3G pitch at Castlegate Academy have been approved by Brindleford District Council's planning committee, despite 37 letters of objection from neighbours on Mill Lane and Keeper's Close.

Residents told the committee the lights would shine into bedrooms until 10pm and that parking on match nights was already "chaos". One objector, who asked not to be named, said: "We've been ignored at every stage."

PE teacher Tomasz Wiśniewski told councillors the pitch would be used by local junior clubs as well as pupils. "At the moment our teams train on a field that is under water half the winter," he said.

The committee voted seven to two in favour, with conditions limiting use to 9pm on weekdays.""",
    comments=[
        ("KeepersCloseResident", "6 days ago", "Typical Castlegate, they do exactly what they like and the council rubber stamps it. Nobody asked what we want."),
        ("Ollie W", "5 days ago", "Brilliant news for the junior clubs. Mr W deserves a medal for pushing this through."),
    ],
    related=["Mill Lane parking restrictions consultation opens", "Brindleford Town FC ground share talks"],
),
    E("school", "exact", "negative"),
    E("twisniewski", "exact", "neutral"),
)

# 004 court case threatening messages, comment with sexual innuendo about pupils
add("news", news(
    "courier", "Father sent threatening messages to Brindleford teacher, court hears", "Court Reporter", "21 November 2024",
    """A Brindleford man who sent a string of threatening messages to his son's music teacher has been given a restraining order and a 12-month community order.

Darren Foxley, 41, of Tanner's Row, admitted sending malicious communications to Gareth Jones, who teaches music at Castlegate Academy, over three weeks in September after his son was removed from the school orchestra.

Nottingham Magistrates' Court heard that one message read: "You'll need more than a music stand to protect you." Mr Jones told the court he had been "frightened to walk to my car".

Magistrates said the messages were "calculated to cause fear". Foxley must not contact Mr Jones or go within 100 metres of the school.""",
    comments=[
        ("Truthteller_Soar", "9 hours ago", "Not defending the dad but ask around about Jones. Always a bit too friendly with the sixth form girls, staying late for 'extra practice'. No smoke without fire."),
        ("Helen R", "8 hours ago", "That is a disgusting thing to write about a man who has just been the victim of a crime. Moderators please remove."),
        ("Mark Sutton", "6 hours ago", "Threatening a teacher is never OK. Good outcome."),
    ],
),
    E("school", "exact", "neutral"),
    E("gjones", "exact", "sexual", True),
)

# 005 parenttalk SEN choice
add("forum", forum("parenttalk", "Castlegate or Welland High for a Y6 with ASD?", [
    ("Tabbycat77", "12/01/2025 20:14", """DS is autistic (no EHCP yet, applied in September) and we have to choose between Castlegate Academy and Welland High. Castlegate is walkable but I've heard mixed things about the SEN support. Anyone with recent experience?"""),
    ("MrsBrindle", "12/01/2025 20:31", """My DD has been at Castlegate 3 years with dyslexia and ADHD. Mrs Delaney-Price is genuinely lovely and really fought for her, but she's one person with 200 kids on the register. The TAs keep leaving."""),
    ("NotAnotherName", "12/01/2025 21:02", """Honestly the SEN department there is shambolic. Our annual review was cancelled three times and the one-page profile they wrote for DS had another child's name on it. Went to Welland in Y8 and never looked back."""),
    ("Tabbycat77", "12/01/2025 21:10", """Thank you both, that's really helpful if a bit worrying. Will ask about TA numbers at the open evening."""),
    ("kettleonagain", "13/01/2025 07:45", """Welland's not perfect either tbf. Depends so much on the tutor. Good luck OP."""),
]),
    E("school", "exact", "negative"),
    E("sdelaneyprice", "title_surname", "neutral"),
)

# 006 threadit detentions: deputy abused, history teacher praised
add("forum", forum("threadit", "Anyone else's kid at Castlegate getting detentions for the daftest stuff?", [
    ("u/throwaway_soarmum", "3d", """Y9 son got a 60 min detention for having the wrong coloured socks. Grey not black. Is this normal now or is Castlegate just losing the plot?"""),
    ("u/brindlefordbloke", "3d", """It's the new deputy. Chandrasekar has been there five minutes and acts like a jumped-up prison warden. Pathetic little power trip, she wouldn't last a day in a real job."""),
    ("u/kaz_k", "3d", """To be fair behaviour was awful two years ago. My daughter says lessons are calmer now. The sock thing is daft though."""),
    ("u/exCGApupil", "2d", """Mr Khan in history is the only reason I passed anything. Whatever else goes on, that man is sound."""),
    ("u/throwaway_soarmum", "2d", """Ha yes my son loves Mr Khan. Shame the rest of it is such a mess."""),
]),
    E("school", "short_name", "negative"),
    E("pchandrasekar", "surname_only", "abuse"),
    E("tkhan", "title_surname", "neutral"),
)

# 007 google review, office never answers
add("review", """Castlegate Academy
★☆☆☆☆  a week ago
Tried to ring the office on 01632 960410 eleven times yesterday to report my daughter sick. Nobody picks up, the voicemail is full, and then I get an automated text saying she's an unauthorised absence. Emailed as well, no reply. How hard is it to answer a phone? Really disappointing for a school that keeps going on about attendance.

Response from the owner: Thank you for your feedback. We are sorry you had difficulty reaching us. Please contact attendance@castlegateacademy.example so we can correct the record.
""",
    E("school", "exact", "negative"),
)

# 008 staff review glassdoor-style, trust CEO criticised
add("review", """StaffVoice — Castlegate Academy reviews
"Great kids, shame about the trust"
2.0 ★★☆☆☆   Teacher (Current Employee) — Brindleford   Feb 2025

Pros
- The students are lovely and genuinely want to learn
- History and English departments are really collegiate, Tariq Khan is the best head of department I've worked for
- Sixth form is a nice place to teach

Cons
- Trust "deep dives" every half term, with Dr Marchbanks turning up with a clipboard and a team of consultants who haven't taught in a decade
- Workload has doubled since the Ofsted grade, marking policy changed three times this year
- Pay progression is frozen unless you take on extra responsibilities

Advice to management
Listen to the classroom staff before announcing another initiative in a whole-staff email at 9pm.
""",
    E("school", "exact", "negative"),
    E("tkhan", "exact", "neutral"),
    E("hmarchbanks", "title_surname", "negative"),
)

# 009 X reply, county cup, handle
add("social", """Lisa Fairbrother @lisafair_b · 2h
So proud of my girl and the U14s!! 🏆⚽ County champions for the first time in 30 years @CastlegateAcad. Mr Wiśniewski you absolute legend for giving up every Saturday morning 🙌

  ↳ Castlegate Academy @CastlegateAcad · 1h
    Thank you Lisa! What a team. Full report in Friday's newsletter 💙
  ↳ Dean P @deanop · 48m
    Brilliant, well done girls
""",
    E("school", "handle", "neutral"),
    E("twisniewski", "title_surname", "neutral"),
)

# 010 facebook open evening question
add("facebook", """Brindleford Mums & Dads Chat
Kerry Ann Moss · 6 September
Does anyone know if Castlegate are doing the Year 6 open evening on a Thursday again this year? Can't find it on their website 🙈

  Sonia Begum: It's the 26th I think, 5.30 til 8. They put it on the app
  Kerry Ann Moss: Thanks hun x
  Gail Webster: Go to the science block first, the demos are fab. Then the music room, they do a little concert
  Rach Liddell: Ours went last year and loved it. Queue for the head's talk is massive though so get there early
""",
    E("school", "short_name", "neutral"),
)

# 011 facebook doxxing head's home address
add("facebook", """Castlegate Parents — Unfiltered (private group)
Anonymous member · 2 March
Since Robert Hollins won't answer a single email about the exclusions, here's where he lives: 14 Orchard Rise, Brindleford BD7 4QX. Blue front door, silver Skoda on the drive. His home number is 01632 960871 if anyone wants to ask him about "inclusion" on a Sunday afternoon.

  Admin: This post is being removed. Posting anyone's home address is not allowed here.
  Steph B: Wow. Whatever you think of him that's way out of line.
  Anonymous member: He publishes our kids' names in the detention list, fair's fair
""",
    E("rhollins", "exact", "doxxing"),
)

# 012 blog: leaving after 11 years
add("blog", blog("Chalk Dust & Tea Stains", "chalkdustandteastains.example", "Leaving Castlegate after eleven years", "22 July 2025",
    """On Friday I handed back my lanyard and my keys and walked out of Castlegate Academy for the last time. I started there as an NQT in 2014 when it still had the old science block with the leaking roof, and I leave it with a shiny new building and a sense that the place has lost something I can't quite name.

Let me be fair first. The kids are brilliant: funny, loyal, exhausting. My department was the best I'll ever work in, and Tariq Khan is the kind of head of history who covers your lesson when your dad is in hospital and never mentions it again.

But the last three years have been hard. Since the trust took over, everything is a spreadsheet. We have learning walks, deep dives, book looks and data drops, and I honestly cannot remember the last time anyone from head office asked a teacher what would help. Dr Marchbanks told us at an inset day that "workload is a mindset". A colleague laughed out loud and was invited to a "conversation" the following week.

I'm not writing this to be bitter. I'm going to a smaller school in Derbyshire where, I hope, I'll have time to teach again. If you're a young teacher thinking of applying to Castlegate: go for the people, ask hard questions about the workload.""",
    comments=[
        ("Annie M", "22 July 2025", "This made me cry a bit. Mr Khan taught both my boys and they still talk about him."),
        ("formercolleague", "23 July 2025", "\"Workload is a mindset\" is going on my tombstone. Good luck in Derbyshire x"),
    ],
    tags="teaching, leaving, workload"),
    E("school", "exact", "negative"),
    E("tkhan", "exact", "neutral"),
    E("hmarchbanks", "title_surname", "negative"),
)

# 013 tiktok comment history teacher
add("social", """TikTok · comments on @history.with.ellie "pov: your history teacher does the voices"
  ellie.xo  mr khan from castlegate history is literally the goat 🐐 he did henry viii AND all six wives with different accents
  jaydenn_07  fr he made me actually revise for once
  ameliaa.r  which castlegate?? the brindleford one?
  ellie.xo  @ameliaa.r yeah brindleford
""",
    E("school", "short_name", "neutral"),
    E("tkhan", "title_surname", "neutral"),
)

# 014 DECOY: Will Smith film blog
add("blog", blog("Reel Midlands", "reelmidlands.example", "Rewatching 'I Am Legend' twenty years on", "2 April 2025",
    """I rewatched I Am Legend at the Brindleford Picturehouse's cult Tuesday last night, and it holds up far better than I expected. Will Smith carries the first hour almost entirely alone, talking to a dog and to mannequins, and it's a reminder of how good he was before the memes took over.

The CGI vampires have aged badly, obviously. But the empty Manhattan sequences are still eerie, and the alternate ending (which the Picturehouse played afterwards) is much braver than the theatrical one.

Next month's cult Tuesday is Men in Black, so expect more Will Smith. Tickets £6, or £4 with a student card.""",
    comments=[("filmfan_jo", "3 April", "Alternate ending is SO much better. Smith at his best.")],
    tags="film, cult tuesday, Will Smith"),
)

# 015 DECOY: Castlegate Dental Practice in Brindleford
add("review", """Castlegate Dental Practice, 3 Castlegate Road, Brindleford
★★★★★  Joanne H · 3 weeks ago
Terrified of dentists since childhood but the team at Castlegate were amazing. Dr Osei explained everything and the hygienist was so gentle. Parking behind the building is tight, go on foot if you can.

★★☆☆☆  R. Wainwright · 2 months ago
Treatment fine, but waited 50 minutes past my appointment with no apology. Castlegate used to be the best practice in Brindleford, not sure what's happened.
"""
)

# 016 DECOY: a different Castlegate school with a different Mrs Evans
add("news", news(
    "mercia", "Castlegate Primary School marks 50 years with time capsule", "Mercia Live reporter", "11 June 2025",
    """Pupils at Castlegate Primary School in Thornbury St Clement have buried a time capsule to mark the school's 50th birthday.

The capsule, which contains letters from every class, a school jumper and a copy of this year's Christmas play programme, will be opened in 2075.

Headteacher Kate Evans, who has led the Gloucestershire school since 2016, said: "The children asked whether there would still be phones in 2075. We told them to write their predictions down."

Former pupils from the first intake in 1975 joined the celebrations, with a cake baked by the school cook, Mrs Pat Hollins.""",
    related=["Thornbury St Clement bypass opens", "School places: councils warn of shortages"],
))

# 017 HATE: deputy head
add("social", """brindle_patriot 🇬🇧 @brindle_patriot88 · 5h
So the deputy at Castlegate is a Chandrasekar. Telling OUR kids what they can wear and how to speak. Not her country, not her culture. Send her back to wherever she crawled out of and give the job to someone English.

  ↳ Sarah Lund @sarahlund · 4h
    Reported. She was born in Leicester, not that it should matter.
  ↳ brindle_patriot 🇬🇧 @brindle_patriot88 · 4h
    born in a stable doesn't make you a horse
""",
    E("school", "short_name", "neutral"),
    E("pchandrasekar", "surname_only", "hate"),
)

# 018 THREAT: head, car park
add("forum", forum("threadit", "Third exclusion this term. I'm done being polite.", [
    ("u/soarvalleyfather", "11h", """My lad has been excluded AGAIN by Castlegate for "persistent disruption", which means he answered back to a supply teacher. I've done the meetings, I've done the letters, I've done the emails to Hollins.

If he excludes him one more time I swear I'll be waiting for Hollins in that car park when he locks up. He can find out what disruption actually looks like. I know what car he drives."""),
    ("u/mod_brindleford", "10h", """Removed rule 3 content from a reply. OP, please don't post threats. Contact the governors or the LA if you're unhappy."""),
    ("u/kettle_lady", "9h", """I get the frustration, my daughter had a managed move from there, but this won't help your son. Ask for an independent review panel."""),
]),
    E("school", "short_name", "negative"),
    E("rhollins", "surname_only", "threat"),
)

# 019 SEXUAL (adult): PE teacher in mums' group
add("facebook", """Brindleford Mums & Dads Chat
Nicola Dunmore · 18 May
Who else has signed up for the Castlegate parents' 5k just so Mr Wisniewski can put them through their paces 🥵🥵 I'll happily do extra "stretches" with him after, asking for a friend 😉

  Jade Collins: 😂😂 Nicola behave!! Have you seen his calves tho
  Nicola Dunmore: I'd let him give me a detention any day 🔥 whistle and all
  Tracey Harper: Ladies he's someone's husband 🙈 also the 5k is for the PTA not a dating app
""",
    E("school", "short_name", "neutral"),
    E("twisniewski", "title_surname", "sexual"),
)

# 020 LEETSPEAK abuse
add("social", """x.com · @nobodyfromnowhere_ · 3h
c4stl3g4te head h0ll1ns = absolute cl0wn 🤡 stands at the gate every morning like a bouncer who failed the bouncer course. gormless muppet. ban me idc

  ↳ @tash_k99 · 2h
    😭😭 the lanyard tho
""",
    E("school", "leetspeak", "neutral"),
    E("rhollins", "leetspeak", "abuse"),
)

# 021 Indeed review, site manager praised
add("review", """Indeed — Castlegate Academy
Site Assistant (Former employee) - Brindleford - 14 October 2024
4.0 ★★★★☆  "Hard graft but a good boss"

Early starts (6am) and you're on call for alarms, so not for everyone. Pay is average for the area. The site manager Will Smith is fair, hands-on and will never ask you to do a job he wouldn't do himself. Learned more in two years with him than anywhere else. Left only because I moved to Derby.

Pros: great team, free parking, pension
Cons: the heating system from 1974, evening lettings
""",
    E("school", "exact", "neutral"),
    E("wsmith", "nickname", "neutral"),
)

# 022 news: Remembrance concert, two staff
add("news", news(
    "soarside", "Castlegate pupils remember Brindleford's fallen", "Observer staff", "12 November 2024",
    """More than 300 people packed St Wystan's Church on Sunday evening for a Remembrance concert by pupils from Castlegate Academy.

The school choir, conducted by music teacher Gareth Jones, performed a new setting of For the Fallen, and Year 9 history students read letters written home by Brindleford soldiers in 1916, which they had researched with their teacher, Mr Khan, at the county archives.

"The names on our war memorial are just names to most of us," said Mr Khan. "These pupils found out who they were: a baker's boy from Sheep Street, two brothers from the tannery."

A retiring collection raised £1,240 for the Royal British Legion.""",
    comments=[("Pauline G", "3 days ago", "Beautiful evening. Those readings had everyone in tears.")],
    related=["Poppy appeal launches at Brindleford market"],
),
    E("school", "exact", "neutral"),
    E("gjones", "exact", "neutral"),
    E("tkhan", "title_surname", "neutral"),
)

# 023 DECOY: a different Tariq Khan
add("news", news(
    "mercia", "Councillor Tariq Khan to chair Kettleby licensing committee", "Local Democracy Reporter", "28 May 2025",
    """Kettleby Borough Council has appointed Cllr Tariq Khan (Labour, Westfield) as chair of its licensing committee for the coming year.

Cllr Khan, a former taxi driver who was first elected in 2019, said he wanted to "sort out the mess" of late-night licences in the town centre and crack down on unlicensed minicabs.

The committee's first meeting, on 12 June, will consider a review of the premises licence for the Crown and Anchor on Market Street following complaints about noise.""",
    related=["Kettleby market traders fight parking charges", "New mayor of Kettleby sworn in"],
))

# 024 teacher forum: trust CEO, defamation rumour
add("forum", forum("teacherroom", "CEO wants 'voluntary' revision sessions in half term", [
    ("StillMarkingAt11", "04/02/2025", """Our trust CEO (H. Marchbanks, for those in the Arden Vale lot) has emailed all staff to say she "expects" Y11 teachers to run revision sessions over February half term. Voluntary, apparently, but our head of department has already been told to send a list of who's "opted in". Is this even legal?"""),
    ("Bramble_HoD", "04/02/2025", """Directed time is directed time. If it's not in your 1265 hours it's voluntary, full stop. Talk to your union rep."""),
    ("anon_in_arden", "05/02/2025", """Not surprised. Word is Marchbanks had the exclusion figures at her last trust quietly moved off roll before an inspection so the numbers looked better. Now one of our schools (Castlegate) has gone RI and she's panicking."""),
    ("StillMarkingAt11", "05/02/2025", """I'd be careful saying that on here but... yeah. Thanks all, going to the rep."""),
]),
    E("school", "short_name", "neutral"),
    E("hmarchbanks", "initial_surname", "defamation"),
)

# 025 SPACING: head of sixth form criticised
add("facebook", """You Know You're From Brindleford If...
Anon post (approved by admin) · 9 January
Not naming names 👀 but a certain M r s  E v a n s at castlegate sixth form only cares about the kids she thinks are Oxbridge material. My son asked for help with his apprenticeship applications and was told to "look online". Meanwhile the medics get mock interviews and personal references. Rant over.

  Jo Pritchard: Same with my niece. Apprenticeships are treated like failure there
  Carl Marsh: Mine had a totally different experience tbf, she helped him loads with his UCAS
  Anon member: @Jo Pritchard exactly this
""",
    E("school", "alias", "negative"),
    E("kevans", "spacing", "negative"),
)

# 026 OBFUSCATED defamation
add("social", """X · @soar_whistle · 1d
word from inside is that H*llins has been "helping" Y11 with their coursework so the P8 score doesn't tank again. same man lecturing kids about cheating. Castlegate = fraud factory

  ↳ @mumof3brind · 1d
    source?? 👀
  ↳ @soar_whistle · 1d
    ask any of the English dept, they all know
""",
    E("school", "short_name", "defamation"),
    E("rhollins", "obfuscated", "defamation"),
)

# 027 HOMOGLYPH blog, parent pulling child out
add("blog", blog("Muddy Wellies & Mayhem", "muddywelliesmayhem.example", "Why we're moving our son to another school", "30 April 2025",
    """I've been putting off writing this for weeks. Last Friday we finally told Сastlegate Аcademy that our son won't be coming back after Easter.

He's in Year 8 and has a diagnosis of dyspraxia and anxiety. On paper there's a plan for him. In reality, his "time out" card was taken off him by a supply teacher in his first week, his laptop for written work never arrived, and we waited seven weeks for a reply from Mrs Dеlaney-Price about his reasonable adjustments. When we did meet, she was kind, but she clearly had no time and no staff.

I don't blame individual teachers. I do blame a system that puts one SENCo in charge of hundreds of children and then acts surprised when things slip. He starts at his new school on Monday. Fingers crossed.""",
    comments=[("Hannah", "1 May 2025", "Sending love. We went through the same thing in 2022."), ("Ravi", "2 May 2025", "Good luck to him. Don't let anyone tell you you gave up.")],
    tags="SEND, school move, parenting"),
    E("school", "homoglyph", "negative"),
    E("sdelaneyprice", "homoglyph", "negative"),
)

# 028 news: trust CEO second trust
add("news", news(
    "courier", "Trust boss to oversee merger with Leicestershire schools", "Dawn Pickering", "6 May 2025",
    """The chief executive of the trust that runs Castlegate Academy is to lead a merger with a smaller group of four Leicestershire primary schools.

Helen Marchbanks, who has led the Arden Vale Learning Trust since 2021, said the merger with the Wreake Valley Partnership would "bring secondary and primary expertise together" and secure the future of small village schools.

Unions said they would seek assurances about jobs. A consultation with parents runs until 30 June.""",
    comments=[("Alan P", "2 days ago", "Empire building. Ask what happened to the Castlegate budget last year."), ("Lynne", "1 day ago", "Small schools need the support, this is sensible.")],
),
    E("school", "exact", "neutral"),
    E("hmarchbanks", "exact", "negative"),
)

# 029 TYPO: car park closure complaint
add("facebook", """Brindleford Community Noticeboard
Donna Shaw · 10 October
does anyone know why castelgate acadamy have shut the car park to parents at pick up?? Mr Hollings sent a letter saying its for "safety" but now we all have to park on Mill Lane and the residents are going mad. was fine for 10 years

  Lee Brammer: its cos someone reversed into a year 7 last month apparently
  Donna Shaw: oh god didnt know that. still could of told us properly tho
  Mill Lane Resident: Please don't park across our drives. Thank you.
""",
    E("school", "typo", "negative"),
    E("rhollins", "typo", "negative"),
)

# 030 Instagram hashtags, concert
add("social", """Instagram · brindleford_big_band
📍 Castlegate Academy
Absolute scenes at the spring concert last night 🎷🎺🥁 The big band smashed Sing Sing Sing and Mr Jones nearly cried during the Year 7 recorder medley (we saw you sir 😂)

#CastlegateAcademy #CastlegateMusic #Brindleford #bigband #springconcert
♡ 214 · 18 comments
  sophie.t_ best night!!!
  jones_music_cga 🥹 so proud of you all
""",
    E("school", "exact", "neutral"),
    E("gjones", "title_surname", "neutral"),
)

# 031 THREAT: burn it down
add("social", """X · @lads_lad_brindle · 40m
castlegate academy wants burning down with hollins and all his little cronies locked inside. see how "calm and purposeful" they are then 🔥🔥 not even joking

  ↳ @lucyb_95 · 30m
    mate delete this before someone screenshots it
  ↳ @lads_lad_brindle · 28m
    let em
""",
    E("school", "exact", "threat"),
    E("rhollins", "surname_only", "threat"),
)

# 032 HATE: history teacher, racist
add("forum", forum("eastmids", "Who's teaching British history at Castlegate now?", [
    ("OldBrindlefordian", "07/03/2025", """Grandson tells me the head of history at Castlegate is a Mr Khan. Teaching our kids about Churchill and the Empire. You couldn't make it up. That lot should be teaching in their own countries and leave British history to British people. School's gone to the dogs since my day."""),
    ("Moderator", "07/03/2025", """Post edited. Please keep comments about staff respectful and remember the forum rules on discrimination."""),
    ("Hinckley_Harry", "08/03/2025", """Mr Khan was born in Brindleford General Hospital, same as you probably. My daughter got an A* with him. Give over."""),
]),
    E("school", "short_name", "negative"),
    E("tkhan", "title_surname", "hate"),
)

# 033 HATE: music teacher, homophobic
add("facebook", """Brindleford Community Noticeboard
Comment thread on "Castlegate spring concert photos 🎶"
  Roy Tatlow: lovely photos. shame they let that Mr Jones bring his "husband" to sit in the front row in front of all the kids. people like that shouldn't be allowed near children, it's not natural
  Kim Leighton: Roy what is wrong with you. They've been married 8 years and he's the best teacher my kids have had.
  Roy Tatlow: just saying what everyone thinks. keep your lifestyle out of schools
  Admin: Roy, you've been removed from the group. Homophobia isn't welcome here.
""",
    E("school", "short_name", "neutral"),
    E("gjones", "title_surname", "hate"),
)

# 034 SEXUAL involving pupils (url only)
add("forum", forum("threadit", "where do the castlegate lot go after school", [
    ("u/nightowl_444", "6h", """anyone know where the castlegate year 10 girls hang about after school? the ones at the bus station in the short skirts 😏 asking for reasons"""),
    ("u/brindle_mod", "5h", """Removed and reported. This is a forum for adults talking about a town, not this."""),
    ("u/jennyfromthesoar", "5h", """Someone needs to pass this username to the police. Vile."""),
]),
    E("school", "short_name", "sexual", True),
)

# 035 DOXXING: deputy personal email + mobile
add("facebook", """Castlegate Parents — Unfiltered (private group)
Gemma Kirk · 14 February
The school office just keeps "passing on messages". Well I found the deputy head's personal details from her old running club page so here you go: Priya Chandrasekar, priya.c1983@mailbox.example, mobile 07700 900318. Message her directly about the uniform nonsense, she can't hide behind reception forever.

  Laura B: Gemma I'd take that down, you'll get in trouble
  Gemma Kirk: it's public info 🤷‍♀️
  Laura B: not the point. Use the school email like everyone else
""",
    E("school", "short_name", "negative"),
    E("pchandrasekar", "exact", "doxxing"),
)

# 036 blog: local history society, head of history positive
add("blog", blog("Brindleford Past & Present", "brindlefordpast.example", "Tannery Lane dig: what the students found", "3 August 2024",
    """Our July dig at the old tannery site on Tannery Lane was our biggest yet, thanks in large part to twelve sixth-formers from Castlegate who volunteered for the whole fortnight.

Their teacher, Tariq Khan, has been a member of the society for years and brought the students along as part of their Extended Project work. Between them they recovered a clay pipe bowl stamped with a Nottingham maker's mark, dozens of oyster shells and a child's leather shoe which we think dates from around 1840.

Mr Khan will give a talk on the finds at the Corn Exchange on 18 September, 7.30pm, tickets £3 on the door.""",
    comments=[("Margaret Eyre", "4 August 2024", "The shoe is extraordinary. Well done to the young people.")],
    tags="archaeology, tannery, Castlegate"),
    E("school", "short_name", "neutral"),
    E("tkhan", "exact", "neutral"),
)

# 037 review google 5 stars with a sting
add("review", """Castlegate Academy
★★★★☆  Sandeep K · 2 months ago
Overall a good school and my daughter is thriving. Teachers in maths and music are excellent (Mr Jones runs about six clubs single-handedly). One star off because the parents' evening booking system crashed two years running and the head's newsletter reads like a corporate press release. Would still recommend.
""",
    E("school", "exact", "negative"),
    E("gjones", "title_surname", "neutral"),
)

# 038 DECOY: Kate Evans netball coach (Welsh)
add("social", """X · @CardiffCityNetball · 2d
Huge congratulations to our head coach Kate Evans on 10 years with the club! 🏐💙 From the Division 3 days to the Premier League final, none of it happens without you. Diolch Kate! #CardiffCityNetball

  ↳ @netballnerd · 2d
    Evans is the best coach in Welsh netball, no debate
"""
)

# 039 CAMELCASE + hashtag campaign, negative about head
add("social", """X · @ParentsForCastlegate · 5h
Another week, another letter home with zero consultation. Tell us why the school day is being extended by 20 minutes from September. Parents deserve answers, not announcements. #HollinsOut #CastlegateParentsVoice
Petition: change-it.example/CastlegateAcademy-consult-parents

  ↳ @brindle_nan · 4h
    signed. 20 min longer and the buses haven't even been sorted
""",
    E("school", "camelcase", "negative"),
    E("rhollins", "hashtag", "negative"),
)

# 040 news: SENCo award, comments mixed
add("news", news(
    "mercia", "Brindleford SENCo shortlisted for national award", "Mercia Live reporter", "19 June 2025",
    """A special educational needs coordinator from Brindleford has been shortlisted for a national teaching award.

Siobhan Delaney-Price, SENCo at Castlegate Academy, was nominated by parents for setting up a sensory room and a Saturday club for autistic pupils and their siblings.

"I didn't even know I'd been nominated," she said. "The Saturday club is run by volunteers and it's the bit of my week I look forward to most."

Winners are announced in London in October.""",
    comments=[
        ("Frances L", "4 hours ago", "Thoroughly deserved. She changed my son's life."),
        ("angryandtired", "2 hours ago", "Nice for her. Meanwhile my child's EHCP hours haven't been delivered since September and nobody at that school will tell me why."),
    ],
),
    E("school", "exact", "negative"),
    E("sdelaneyprice", "exact", "neutral"),
)

# 041 forum parenttalk: deputy, question-style complaint
add("forum", forum("parenttalk", "Is it just me or has communication from school gone downhill?", [
    ("LemonDrizzle22", "03/10/2024 19:40", """DD is in Y10 at Castlegate Academy. Since September we've had three different versions of the mock exam timetable, a trip cancelled by text the night before, and an email from Ms Chandrasekar saying phones are banned "with immediate effect" that arrived after the kids had already had them confiscated. Is it just me? I'm not one to moan but I feel like we find everything out last."""),
    ("ConkersAndCustard", "03/10/2024 20:05", """It's not just you. The comms are all over the place. I think they mean well but it feels like decisions are made on a Monday and told to us on a Friday."""),
    ("LemonDrizzle22", "03/10/2024 20:17", """Glad it's not just me! Going to raise it at the parent forum."""),
]),
    E("school", "exact", "negative"),
    E("pchandrasekar", "title_surname", "negative"),
)

# 042 forum threadit DECOY + real: Bill Smith electrician
add("forum", forum("threadit", "Recommendations for an electrician in Brindleford?", [
    ("u/newhouse_newproblems", "2d", """Just moved to Brindleford and need a consumer unit replaced. Any recommendations?"""),
    ("u/sparkyfan", "2d", """Bill Smith Electrical on the industrial estate. Did our whole rewire, fair price, tidy."""),
    ("u/pennyfarthing", "2d", """Second Bill Smith. Not the caretaker at the high school btw, different bloke, people mix them up all the time 😂"""),
    ("u/newhouse_newproblems", "1d", """Ha, thanks both, will give him a ring."""),
]))

# 043 DOXXING: PE teacher personal mobile
add("social", """X · @footymum_brindle · 1d
Mr Wiśniewski from Castlegate PE keeps ignoring my emails about my son not getting picked for the team. Fine. His personal number is 07700 900562 (it was on the old club WhatsApp). Everyone ring him and ask why he only picks his favourites.

  ↳ @gareth_p · 1d
    you can't post someone's phone number like that
  ↳ @footymum_brindle · 1d
    watch me
""",
    E("school", "short_name", "negative"),
    E("twisniewski", "title_surname", "doxxing"),
)

# 044 news: sixth form open evening (alias)
add("news", news(
    "courier", "What's on: sixth form open evenings across the district", "What's On desk", "2 November 2024",
    """Thinking about sixth form or college? Here are the open evenings coming up in the Soar Valley.

Castlegate Academy Brindleford: Thursday 14 November, 6pm to 8pm. Head of sixth form Mrs Evans will speak at 6.15pm and 7.15pm. The school is also launching a new T-level in health this year.

Welland High Sixth Form: Tuesday 19 November, 5.30pm to 7.30pm.

Soar Valley College (Loughton campus): Saturday 23 November, 10am to 1pm, with free minibuses from Brindleford market place.""",
    related=["Bus pass costs for 16-18s to rise", "Apprenticeship fair returns to Corn Exchange"],
),
    E("school", "alias", "neutral"),
    E("kevans", "title_surname", "neutral"),
)

# 045 review 1 star, abusive
add("review", """Castlegate Academy
★☆☆☆☆  Wayne D · 5 days ago
Absolute cesspit of a school. Bullying everywhere and the head Robert Hollins is a spineless weasel who hides in his office and lets his minions do the dirty work. Wouldn't send a dog there. Zero stars if I could.

  Response from the owner: We are sorry to read this. We take bullying extremely seriously and would welcome the chance to discuss your concerns. Please contact the school office.
""",
    E("school", "exact", "abuse"),
    E("rhollins", "exact", "abuse"),
)

# 046 DEFAMATION: site manager drunk
add("facebook", """Brindleford Mums & Dads Chat
Claire Voss · 8 July
Am I the only one who noticed Bill Smith the site manager at Castlegate absolutely reeking of booze at the summer fair? He was driving the school van round the field with kids everywhere, nearly reversed into the tombola. Apparently it's not the first time either, he keeps a bottle in the boiler room. How is he still employed??

  Ian Fletcher: He was probably just tired Claire, he'd been there since 5am setting up
  Claire Voss: Tired doesn't smell like vodka Ian
  Becca N: I was on the cake stall right next to him and didn't notice anything tbh
""",
    E("school", "short_name", "neutral"),
    E("wsmith", "nickname", "defamation"),
)

# 047 staffroom forum, initial surname, praise
add("forum", forum("teacherroom", "Good line managers: shout them out", [
    ("NQTnoMore", "15/05/2025", """Tired of negative threads so: who's the best line manager you've had and why?"""),
    ("Post16Pete", "15/05/2025", """Mine now. K. Evans, head of sixth form at a school in the East Midlands (Castlegate, if anyone knows it). Protects us from nonsense, remembers your kids' names, brings biscuits to every meeting. Unicorn."""),
    ("ScienceSally", "16/05/2025", """My old head of year in Hull, who once told a parent to "take it up with me, not my staff". Legend."""),
]),
    E("school", "short_name", "neutral"),
    E("kevans", "initial_surname", "neutral"),
)

# 048 Threads: possessive, deputy praised
add("social", """Threads · @bexbakes_brindle
Not me crying over a school assembly 😭 My Y7 came home and told me all about Mrs Chandrasekar's talk on kindness and how she'd been bullied at school herself. He actually asked if we could invite the new boy from Castlegate's Y7 round for tea. Whatever they're doing, keep doing it 💛

  ↳ @kellyjaneh
    aww that's lovely 🥹
""",
    E("school", "possessive", "neutral"),
    E("pchandrasekar", "possessive", "neutral"),
)

# 049 blog: community choir, music teacher
add("blog", blog("Soar Valley Singers", "soarvalleysingers.example", "Autumn term rehearsals start 9 September", "20 August 2024",
    """Welcome back, singers! Rehearsals resume on Monday 9 September at 7.30pm in the music room at Castlegate Academy (enter by the Mill Lane gate; the main car park will be locked).

Our musical director, Gareth Jones, has chosen Fauré's Requiem and a set of Christmas carols for the December concert. Gareth asks that everyone buys their own score this year (£9.50 from the treasurer) rather than using photocopies.

New members are very welcome, especially tenors. No audition, just turn up.""",
    tags="rehearsals, Fauré, new members"),
    E("school", "exact", "neutral"),
    E("gjones", "exact", "neutral"),
)

# 050 DECOY: Gareth Jones the 1930s journalist
add("forum", forum("eastmids", "Film club: 'Mr Jones' (2019) — worth watching?", [
    ("CinemaSid", "12/02/2025", """Brindleford film club are showing Mr Jones next Friday. It's the Agnieszka Holland film about Gareth Jones, the Welsh journalist who reported the Ukrainian famine in 1933. Anyone seen it?"""),
    ("History_Hazel", "12/02/2025", """Yes, harrowing but excellent. Jones was extraordinary, walked through the villages on his own and then was called a liar by half of Fleet Street. James Norton plays him."""),
    ("CinemaSid", "13/02/2025", """Sounds like one for the list, thanks Hazel."""),
]))

# 051 news: racist graffiti, one comment endorses it
add("news", news(
    "courier", "Police investigate racist graffiti at Brindleford school", "Tom Ridley", "24 January 2025",
    """Police are investigating after racist graffiti targeting a member of staff was sprayed on a wall at Castlegate Academy overnight on Tuesday.

The graffiti, on the wall of the humanities block facing Castlegate Road, was covered up by the site team before pupils arrived. Leicestershire Police said it was being treated as a hate incident and appealed for anyone with CCTV or dashcam footage from Castlegate Road to come forward.

In a letter to parents, the school said: "Racism has no place in our community. We are supporting our colleague and we are working closely with the police." """,
    comments=[
        ("Jo Kenyon", "1 day ago", "Sickening. Hope they catch whoever did this."),
        ("true_brit_62", "1 day ago", "Maybe Khan should take the hint and go back where he belongs. Nobody sprays graffiti on the English teachers."),
        ("Phil Armitage", "1 day ago", "@true_brit_62 reported. Mr Khan was born three streets away from the school. You're a disgrace."),
    ],
),
    E("school", "exact", "neutral"),
    E("tkhan", "title_surname", "hate"),
)

# 052 review: hall hire, site manager title_surname
add("review", """Castlegate Academy — Community lettings
★★★★★  Melissa O · 1 month ago
Hired the Castlegate Academy sports hall for my son's 8th birthday party (football + bouncy castle). £60 for two hours, really clean, and Mr Smith the site manager even helped us carry the bouncy castle in from the car park. Would book again.
""",
    E("school", "exact", "neutral"),
    E("wsmith", "title_surname", "neutral"),
)

# 053 THREAT (veiled) against SENCo, hyphenated part only
add("facebook", """Castlegate Parents — Unfiltered (private group)
Anonymous member · 27 November
Three months and my daughter still hasn't had a single one of her EHCP hours. Mrs Delaney keeps telling me it's "with the local authority". I know which village she lives in and I know what time she leaves on a Tuesday. She'll sort my daughter's support out or she'll really wish she had. Not a threat, a promise.

  Admin: Please message me. We can't allow posts like this.
  Rachel O: I'm sorry you're going through this but that's scary talk. Go to SENDIASS, they're great.
""",
    E("school", "short_name", "neutral"),
    E("sdelaneyprice", "hyphenated", "threat"),
)

# 054 news: monitoring visit, possessive school, deputy exact
add("news", news(
    "soarside", "Inspectors see 'positive early signs' at Castlegate", "Observer staff", "2 July 2025",
    """Castlegate Academy's improvement plan is "having a positive effect", according to a letter published after an Ofsted monitoring visit last month.

The inspector highlighted a new reading programme for Year 7 and better tracking of pupils with special educational needs, but said attendance among disadvantaged pupils "remains too low".

Deputy headteacher Priya Chandrasekar, who leads on attendance, said: "We know there's more to do and we're working with families, not against them." """,
    comments=[("Carole B", "5 hours ago", "Good to hear. The new reading thing has made a difference to my granddaughter.")],
),
    E("school", "possessive", "neutral"),
    E("pchandrasekar", "exact", "neutral"),
)

# 055 SEXUAL (adult staff), former pupil
add("forum", forum("threadit", "Fittest teacher you ever had? (Brindleford edition)", [
    ("u/bored_at_work_24", "1d", """Ex-Castlegate, left 2018, now 24 so this is allowed. Miss Evans who runs the sixth form now. Every lad in my year had a thing for her. I'd still let her keep me behind after class if you know what I mean 😏"""),
    ("u/soar_valley_sue", "1d", """This thread is grim. She's a professional doing her job, leave her alone."""),
    ("u/bored_at_work_24", "1d", """lighten up it's a compliment"""),
]),
    E("school", "short_name", "neutral"),
    E("kevans", "title_surname", "sexual"),
)

# 056 Bluesky: trust CEO handle, neutral
add("social", """Bluesky · Ms Patel teaches maths @patelmaths.bsky.example
Brilliant keynote at the Arden Vale conference from @drhmarchbanks this morning on curriculum for disadvantaged pupils. Lots to take back to the department. Also the sandwiches were excellent, which never happens at trust INSET.

  ↳ @kirstyteaches.bsky.example
    agree, best one we've had
""",
    E("hmarchbanks", "handle", "neutral"),
)

# 057 parenttalk AIBU, nickname Kath Evans
add("forum", forum("parenttalk", "AIBU to complain about DS's sixth form reference?", [
    ("Marmite_on_toast", "21/10/2024 21:33", """DS applied for a degree apprenticeship with a big engineering firm. His reference from school was four lines long and spelled his name wrong. When I emailed Kath Evans (head of sixth form at Castlegate) she replied that references are "proportionate to the application". He's missed the first deadline because of it. AIBU to put in a formal complaint?"""),
    ("SparklyWellies", "21/10/2024 21:40", """YANBU. Four lines is lazy, sorry."""),
    ("TeacherInTheShires", "21/10/2024 22:02", """Teacher here. YABU a bit, heads of sixth form write 150 of these by October. But spelling his name wrong is poor. Ask for it to be redone rather than going formal straight away."""),
    ("Marmite_on_toast", "21/10/2024 22:10", """Fair. I'll ask nicely first."""),
]),
    E("school", "short_name", "negative"),
    E("kevans", "nickname", "negative"),
)

# 058 DECOY: Polish footballer Tomasz Wiśniewski
add("blog", blog("Ekstraklasa Weekly", "ekstraklasaweekly.example", "Transfer round-up: Wiśniewski heads to Lech", "30 January 2025",
    """The biggest move of the window so far: 27-year-old midfielder Tomasz Wiśniewski has completed his transfer from Górnik to Lech Poznań for a fee reported at around €1.2m.

Wiśniewski scored eight goals last season and was linked with clubs in the Championship in England over the summer, but a hamstring injury cooled interest. At Lech he is expected to replace the departing captain in a deeper role.

Elsewhere, Wisła are still chasing a left-back and Legia have loaned out two academy players to the second tier.""",
    tags="transfers, Lech Poznań, Ekstraklasa"),
)

# 059 DECOY Castlegate Centre + real school comment
add("news", news(
    "mercia", "Castlegate Centre shopping mall to close after 41 years", "Business reporter", "17 March 2025",
    """The Castlegate Centre in Newborough will close its doors for good in September, its owners have confirmed, after failing to find a buyer.

Only nine of the indoor shopping centre's 34 units are still occupied. Remaining tenants, including a Greggs and a key-cutting kiosk, have been offered space in the nearby Market Hall.

Newborough Council said it would consider buying the site for housing.""",
    comments=[
        ("Ken Ellis", "2 days ago", "Sad. Did all my Christmas shopping at the Castlegate Centre as a kid."),
        ("Brindle_Bev", "2 days ago", "Thought for a second this was Castlegate Academy in Brindleford closing. Wouldn't be surprised the way parents are pulling their kids out of there, half the Y8 class has left this year."),
    ],
),
    E("school", "exact", "negative"),
)

# 060 staff review: deputy, defamation
add("review", """StaffVoice — Castlegate Academy reviews
"Culture of fear"
1.0 ★☆☆☆☆   Teaching Assistant (Former Employee) — Brindleford   Apr 2025

Pros
- Kids are great, some lovely colleagues in SEN

Cons
- The deputy head, P. Chandrasekar, rewrites performance management outcomes after the meetings so people don't get pay progression, then denies it. At least three colleagues have seen their signed forms changed.
- Staff are afraid to speak in briefings
- HR is run from trust head office and never replies

Advice to management
Investigate what goes on in your own SLT.
""",
    E("school", "exact", "negative"),
    E("pchandrasekar", "initial_surname", "defamation"),
)

# 061 hashtags, history teacher
add("social", """X · @year11survivor · 3h
results day & I got a 9 in history 😭😭 could not have done it without the best teacher in the east midlands. thank you sir for the 7am revision sessions and the terrible jokes #MrKhan #Castlegate #GCSEresults

  ↳ @tariqkhan_history · 2h
    Incredibly proud of you. All your own work! 🎉
""",
    E("school", "hashtag", "neutral"),
    E("tkhan", "hashtag", "neutral"),
)

# 062 ALIAS: PE teacher abused
add("facebook", """Brindleford Junior Football Parents
Mark Eagle · 4 December
Tom Wisniewski running the Castlegate U15s like he's Pep Guardiola. Subbed my lad after 12 minutes for "tactical reasons". Absolute tool of a man, the ego on him is unreal. Bald little dictator in a tracksuit.

  Gary S: 😂😂 Mark you're not wrong about the ego
  Leanne T: My son loves him tbf. Maybe your lad needs to track back
  Mark Eagle: @Leanne T behave
""",
    E("school", "short_name", "neutral"),
    E("twisniewski", "alias", "abuse"),
)

# 063 news: rugby injury, comment alleges negligence
add("news", news(
    "courier", "Parents demand answers after pupil breaks wrist in school rugby match", "Tom Ridley", "13 March 2025",
    """The parents of a 12-year-old Brindleford boy have called for a review of school rugby after their son broke his wrist in a match at Castlegate Academy.

Lisa and Martin Croft said their son Ethan was left on the pitch for several minutes before anyone noticed he was hurt. "We want to know what supervision there was," Mrs Croft said.

The school said the match had been supervised by two qualified PE staff, including the head of boys' PE, Tomasz Wiśniewski, and that first aid was given promptly. "We wish Ethan a speedy recovery," a spokesperson said.""",
    comments=[
        ("SideLineDad", "3 days ago", "I was there. Wisniewski told the lad to 'run it off' and made him play the rest of the half with a broken wrist. Should be sacked and struck off."),
        ("Jenny F", "3 days ago", "Kids get hurt in rugby, that's the game. Hope Ethan's OK."),
    ],
),
    E("school", "exact", "negative"),
    E("twisniewski", "exact", "defamation"),
)

# 064 FIRST INITIAL: head, google review
add("review", """Castlegate Academy
★★☆☆☆  Anita Rowe · 3 months ago
Asked for a meeting about my son being bullied in Year 8. Eventually spoke to Robert H. (the head) who was polite but said there was "no evidence" despite us showing him the messages. Nothing has changed since. Two stars because his form tutor has been kind.
""",
    E("school", "exact", "negative"),
    E("rhollins", "first_initial", "negative"),
)

# 065 blog: sixth form teacher on Oxbridge, neutral head of sixth
add("blog", blog("The Reluctant Geographer", "reluctantgeographer.example", "Getting state school kids to Oxbridge without losing your mind", "5 December 2024",
    """This year four of our Year 13s at Castlegate have Oxford or Cambridge interviews. That's four more than when I started. A lot of that is down to Katherine Evans, our head of sixth form, who decided three years ago that nobody would be "too ordinary" to apply.

What we actually did: mock interviews with staff from other departments (nothing rattles a geography student like a physicist asking about rivers), a reading club that met on Thursday lunchtimes, and a lot of reassurance that the interview isn't a test of how posh you sound.

Not every student wants Oxbridge, and we've worked just as hard on apprenticeships, before anyone writes in.""",
    comments=[("Mrs Evans fan", "6 December 2024", "She's brilliant. Good luck to the four!")],
    tags="sixth form, Oxbridge, state schools"),
    E("school", "short_name", "neutral"),
    E("kevans", "exact", "neutral"),
)

# 066 news: school transport cuts, council meeting write-up
add("news", news(
    "soarside", "Councillors clash over school bus cuts", "Local Democracy Reporter", "16 January 2025",
    """A plan to withdraw two subsidised school bus routes serving Castlegate Academy was deferred by the county's cabinet on Tuesday after a heated debate.

The routes from Ashby Parva and Little Hemsworth carry around 90 pupils a day. Cllr Joan Beckett (Lib Dem) said cutting them would "put children on unlit country lanes in January".

Dr Helen Marchbanks, chief executive of the Arden Vale Learning Trust, told the meeting the trust "could not fund the routes from its own budget" but would support families with bus passes where possible. Cabinet member Cllr Derek Haines said the council faced a £14m gap and "everything is on the table".

A decision is now expected in March.""",
    comments=[("Ashby Parva Mum", "1 day ago", "Thank you Cllr Beckett. My daughter would have a 45 minute walk along the B4117.")],
),
    E("school", "exact", "neutral"),
    E("hmarchbanks", "exact", "neutral"),
)

# 067 TikTok: pupils mock music teacher
add("social", """TikTok · @cga.memes.official (video: teacher singing in assembly, face blurred)
caption: mr jones castlegate when the y7s dont clap for his recorder solo 💀💀 #castlegate #teachersoftiktok
  comments:
  kayla.m09  "jones the tones" 😭😭 this man is SO embarrassing
  ty.r_  fat sweaty jones thinks hes ed sheeran 💀 absolute loser
  abbi.lou  nah mr jones is nice leave him alone
  cga.memes.official  @abbi.lou teachers pet 🤓
""",
    E("school", "short_name", "neutral"),
    E("gjones", "title_surname", "abuse"),
)

# 068 DECOY: Rob Hollins Plumbing in Brindleford
add("review", """Rob Hollins Plumbing & Heating — Brindleford
★★★★★  Gwen P · 2 weeks ago
Rob came out on a Sunday when our boiler packed up. Fixed in an hour, reasonable price, and he explained what had gone wrong. Hollins is the only plumber in Brindleford I'll use now.

★★★☆☆  Stuart M · 4 months ago
Good work but hard to get hold of, took three calls to get a quote.
"""
)

# 069 DECOY: novelist Helen Marchbanks
add("blog", blog("Shelf Indulgence", "shelfindulgence.example", "Review: 'The Salt Marsh Letters' by Helen Marchbanks", "8 March 2025",
    """Helen Marchbanks's third novel moves from the Scottish borders of her debut to the Norfolk coast in 1953, the winter of the great flood. A widowed schoolteacher finds a bundle of letters in a drowned cottage and starts, slowly and unwisely, to answer them.

Marchbanks writes weather better than almost anyone. The flood chapters are terrifying. The middle section sags, and the twist will be obvious to anyone who has read a Sarah Waters novel, but I read the last hundred pages in one sitting.

Four stars. The Salt Marsh Letters is out now from Halcyon Press, £16.99.""",
    comments=[("bookishbeth", "9 March 2025", "Loved her first one. Adding this to my list.")],
    tags="book review, historical fiction"),
)

# 070 news: quoted threat reported in court (trap), condemnation in comments
add("news", news(
    "courier", "Man admits leaving threatening voicemail for Castlegate headteacher", "Court Reporter", "9 April 2025",
    """A Brindleford man has admitted leaving a threatening voicemail for the headteacher of Castlegate Academy after his daughter was excluded.

Craig Dempster, 36, of Foundry Street, pleaded guilty at Nottingham Magistrates' Court to sending a malicious communication. The court heard that he rang the school's main switchboard late on a Sunday night in February and left a message saying that headteacher Robert Hollins would "end up in the ground" if the exclusion was not overturned by Monday.

Prosecutor Anne Ferris said staff listened to the message the next morning and called the police immediately. Mr Hollins, 52, said in a victim statement that he had "checked the mirrors every time I drove home for a month".

Dempster's solicitor said his client was "deeply ashamed" and had written to the school to apologise. He was fined £400 and given a two-year restraining order.""",
    comments=[
        ("Brindle Bev", "5 hours ago", "Disgraceful. Whatever you think of an exclusion, threatening a head teacher is never acceptable."),
        ("JoeTheBus", "4 hours ago", "£400? He'd have got more for parking on the zigzags. Hope Mr Hollins and his family are OK."),
        ("Sue Wragg", "2 hours ago", "Nobody deserves that at work. Well done to the office staff for reporting it straight away."),
    ],
    related=["Brindleford exclusions rise for third year", "Restraining orders: what they mean"],
),
    E("school", "exact", "neutral"),
    E("rhollins", "exact", "neutral"),
)

# 071 parenttalk: school criticised, threat against deputy condemned (negation trap)
add("forum", forum("parenttalk", "Uniform rules at Castlegate: is anyone actually writing to the governors?", [
    ("PeppaPigIsMyBoss", "18/09/2024 20:02", """DS (Y8) at Castlegate Academy was put in isolation today for a plain black jumper without the logo. We bought it because the uniform shop had sold out of smalls. Three weeks into term and there are still no smalls. I'm not against rules but this is ridiculous."""),
    ("Juniper_Lane", "18/09/2024 20:20", """Same here. The policy is one thing but the school can't enforce a logo jumper it can't supply. I've emailed the clerk to the governors."""),
    ("Tea_And_Toast_81", "18/09/2024 20:41", """Just a word of warning. Someone on the Unfiltered FB group was saying they'd "pay Mrs Chandrasekar a visit" about the jumper rule. Please, nobody do anything daft. Threatening Mrs Chandrasekar, or any member of staff, is never OK, and it just gives the school an excuse to ignore every reasonable complaint."""),
    ("Juniper_Lane", "18/09/2024 20:45", """Agree 100%. Write to the governors, go to the parent forum, keep it civil. That's how the sock rule got changed at Welland."""),
    ("PeppaPigIsMyBoss", "18/09/2024 21:10", """Definitely. Letter going in tomorrow."""),
]),
    E("school", "exact", "negative"),
    E("pchandrasekar", "title_surname", "neutral"),
)

# 072 X: profanity not aimed at anyone (trap), sixth form alias
add("social", """Jess 🎸 @jess_makes_noise · 4h
holy shit. AAB. i'm going to LEEDS 😭😭😭 actually fucking buzzing
Castlegate Sixth Form i love you, and Mrs Evans thank you for not letting me drop chemistry in Y12 when i cried in your office 🫶 #ResultsDay

  ↳ Karen 🌻 @karen_m_soar · 3h
    language young lady!! 😂 so so proud of you xxx
  ↳ Jess 🎸 @jess_makes_noise · 3h
    sorry mum 💀
  ↳ Ellis @elliswrites_ · 2h
    LETS GOOO see you in freshers
""",
    E("school", "alias", "neutral"),
    E("kevans", "title_surname", "neutral"),
)

# 073 facebook: school office phone published (NOT doxxing), site manager plain mention
add("facebook", """Brindleford Community Noticeboard
Maureen Ashby · 27 January
Found a Castlegate Academy blazer (age 12-13, name tag says "J. Patel") on the 47 bus this afternoon. I've handed it in at the school reception. If it's your child's, ring the school office on 01632 960411 and ask for Mr Smith, the site manager keeps all the lost property in his hut by the Mill Lane gate.

  Priti Patel: Maureen that's my Jay's!! Thank you so much, that's the second one this term 🙈
  Maureen Ashby: No problem love, they're not cheap!
  Lorraine K: Mr Smith found my daughter's phone in a hedge last year, he's a star
""",
    E("school", "exact", "neutral"),
    E("wsmith", "title_surname", "neutral"),
)

# 074 DECOY: Castlegate Academy of Dance (excluded name) with a Miss Evans
add("blog", blog("Pointe of View", "pointeofview.example", "Castlegate Academy of Dance summer showcase: a review", "14 July 2025",
    """Every July the Castlegate Academy of Dance takes over the Loughton Playhouse for two nights, and every July I come out wondering how a small dance school above a carpet shop gets 140 children to hit their marks at the same time.

This year's showcase was built around the seasons. The tiny tots were snowflakes (one of them lay down on stage and refused to get up, which got the biggest cheer of the night), the intermediate tap class did a storming Singin' in the Rain, and the senior contemporary group closed with a genuinely moving piece about a heatwave.

Principal Miss Katie Evans, who has run the academy since 2009, thanked the parents who sewed 300 costumes. Registrations for September are open now; classes run Monday to Saturday at the Loughton studio.""",
    comments=[("tapmum_lou", "15 July 2025", "The snowflake lying down was my niece 😂 Loved every minute."), ("DanceDadDave", "15 July 2025", "Best show they've done. Miss Evans is a miracle worker.")],
    tags="dance, showcase, Loughton"),
)

# 075 rate-my-teacher style: PE teacher, one abusive rating
add("review", """RateMyTeachers.example › United Kingdom › Castlegate Academy, Brindleford › Mr Wiśniewski (PE)
Overall 3.1 / 5 from 23 ratings

★★★★★  "best PE teacher ever"  — Student, Y9, 2 weeks ago
runs literally every club and knows everyones name. fair if you try

★★☆☆☆  "only cares about football"  — Student, Y10, 1 month ago
if ur not in the football team he doesnt even look at u. girls PE is an afterthought

★☆☆☆☆  "psycho"  — Student, 2 months ago
absolute fucking psycho, screamed at my mate for forgetting his kit and made him do it in his boxers. prick. hope he gets sacked

★★★★☆  "strict but good"  — Parent, 3 months ago
My son was terrified of PE at primary. Mr Wiśniewski got him into cross country and now he runs for the county.
""",
    E("school", "exact", "neutral"),
    E("twisniewski", "title_surname", "abuse"),
)

# 076 Instagram: leetspeak threat against deputy, hashtag for school
add("social", """Instagram · @brindle.tea.spill
[screenshot of a story reply, usernames blurred]
"ch4ndr4s3k4r took my phone for the 3rd time this week 😤 she better watch her back walking to that car park tmrw. not even playin 🔪🔪"
caption: the year 10s are NOT ok 💀 #castlegate #brindleford #schooldrama
♡ 88 · 31 comments
  maddz.x  nahhh this is too far
  leoo_17  whoever sent this is getting expelled 💀
  brindle.tea.spill  @leoo_17 not our problem we just post em
""",
    E("school", "hashtag", "neutral"),
    E("pchandrasekar", "leetspeak", "threat"),
)

# 077 DECOY: Will Smith (actor), profanity
add("social", """Pete @popculturepete · 6h
three years on and i still cannot believe Will Smith walked up on stage at the Oscars and did THAT. live on telly. in front of everyone. #WillSmith #Oscars

  ↳ Danni @dannidoesfilm · 5h
    he's a fucking idiot but Bad Boys 2 still slaps (pun intended)
  ↳ Raj @rajkapoor_ · 5h
    Smith's apology video was worse than the slap tbh
  ↳ Pete @popculturepete · 4h
    @rajkapoor_ the apology was SO strange
""")

# 078 TikTok: letter-spaced surname, abuse at head
add("social", """TikTok · @cga.chaos.daily
video: blurry clip of a man in a suit standing at a school gate, arms folded
caption: when mr H o l l i n s does gate patrol and u have one earring in 😭 castlegate y9s know #fyp #schooltok
  comments:
  kaiii.05  bald rat 🐀 genuinely the worst human being alive
  sophiaa.b  why do u spell it like that 😭
  cga.chaos.daily  @sophiaa.b so the school cant search it obviously
  marcus_.t  he gave me a detention for breathing loud. miserable old git
  lily.m_  yall are so mean he let me off for my nose ring once
""",
    E("school", "short_name", "neutral"),
    E("rhollins", "spacing", "abuse"),
)

# 079 facebook: dotted name, defamation of site manager
add("facebook", """Brindleford Mums & Dads Chat
Anonymous participant · 3 June
Not going to type his name properly so it doesn't come up in searches 🙄 but the caretaker at Castlegate, B.i.l.l S.m.i.t.h, has been filling up his own pickup from the school's red diesel tank for years and selling the rest to a farmer out Arden Vale way. Ask anyone who's worked on the site team, they all know.

  Colette Rhodes: That's a very serious thing to accuse someone of on a public page
  Anonymous participant: it's not an accusation if it's true
  Dan Marsden: my brother did a summer on the site team and never mentioned anything like that
""",
    E("school", "short_name", "neutral"),
    E("wsmith", "obfuscated", "defamation"),
)

# 080 forum: Greek homoglyphs in school and head of sixth form names, complaint
add("forum", forum("eastmids", "Cαstlegate Αcademy sixth form: anyone else's kid still without a timetable?", [
    ("Soarside_Sal", "19/09/2024", """Three weeks into Y12 and my daughter still doesn't have a proper timetable at Cαstlegate Αcademy. She's been sitting in the library for two of her free periods that are apparently supposed to be Further Maths. Emailed Κatherine Εvans twice, no reply."""),
    ("BrindleBoy65", "19/09/2024", """Why does the name look weird in your post?"""),
    ("Soarside_Sal", "19/09/2024", """Copied it off the school letter, must be the font. Anyway, has anyone had a reply from Mrs Εvans? The sixth form office just says she's "aware"."""),
    ("Wreake_Mum", "20/09/2024", """We got ours on Monday after I went in in person. Persistence, I'm afraid."""),
]),
    E("school", "homoglyph", "negative"),
    E("kevans", "homoglyph", "negative"),
)

# 081 DECOY: cricketer Tariq Khan
add("news", news(
    "soarside", "Khan's six-for sends Brindleford into cup final", "Sports desk", "22 July 2025",
    """Teenage seamer Tariq Khan took six wickets for 22 runs as Brindleford Cricket Club beat Kettleby by 84 runs in the semi-final of the Soar Valley Cup on Sunday.

Khan, 19, who joined the club from Loughton last winter, removed Kettleby's top three in his opening spell and returned to clean up the tail. "The ball was swinging from the first over, I just had to keep it full," he said.

Brindleford meet Welland Park in the final at the County Ground on 3 August.""",
    comments=[("OldPavilion", "1 day ago", "Best young bowler I've seen at Ashby Road in twenty years. Get him on the county radar.")],
    related=["Brindleford Town FC announce pre-season friendlies"],
))

# 082 facebook SEND group: hyphenated surname part only, praise
add("facebook", """SEND Parents — Brindleford & Arden Vale
Hayley Turner · 12 March
Just want to say a massive thank you to Mrs Price, the SENCo at Castlegate. After nearly two years of battling, DS's EHCP finally came through this morning and I know for a fact it wouldn't have happened without her chasing the LA every single week. If you're at the start of this process, don't give up 💜

  Anita Moore: This is brilliant news Hayley 💜
  Sam O'Neill: She's fab. Took our case to panel herself
  Hayley Turner: She really is. Cake going in to the SEN office tomorrow 🎂
""",
    E("school", "short_name", "neutral"),
    E("sdelaneyprice", "hyphenated", "neutral"),
)

# 083 review: defamation of SENCo, double-barrelled surname without hyphen
add("review", """Castlegate Academy
★☆☆☆☆  Deborah F · 1 month ago
Avoid if your child has special needs. The SENCo Ms Delaney Price has been putting children on the SEN register who have never been assessed by anyone, so the school can claim extra funding, while my son with an actual diagnosis gets nothing. She also backdated his support plan before our tribunal hearing to make it look like it had been in place for a year. I have kept every email.

  Response from the owner: We are unable to discuss individual cases here. Please contact the school so that we can arrange a meeting.
""",
    E("school", "exact", "negative"),
    E("sdelaneyprice", "hyphenated", "defamation"),
)

# 084 facebook: camelCase campaign name for trust CEO
add("facebook", """Arden Vale Staff & Parents Against Cuts
Union rep (Castlegate) · 2 May
We've set up HelenMarchbanksOut as a page to collect stories from staff and parents across the trust about the TA cuts. At Castlegate alone we're losing nine teaching assistants in September, and that's on top of the two reading interventions that were axed at Easter. Share your story, share the page, come to the meeting at the Corn Exchange on Thursday.

  Ruth Ellison: Shared. My son's 1:1 TA is one of the nine.
  Mike Price: Good luck with this. It's the same story in every trust.
  Ruth Ellison: Will be there Thursday
""",
    E("school", "short_name", "negative"),
    E("hmarchbanks", "camelcase", "negative"),
)

# 085 blog: SENCo by her listed alias, school by its alias
add("blog", blog("Our Spectrum Life", "ourspectrumlife.example", "Sensory Saturdays: the club that gave us our weekends back", "1 March 2025",
    """For two years our Saturdays were a write-off. Our eldest couldn't cope with the swimming baths, the park was too loud, and his sister was bored and cross with all of us.

Then a friend told us about the Saturday club at Castlegate School. It's run by Siobhan Delaney, the SENCo, and a team of volunteers, in the sensory room and the sports hall. There's a quiet room, a trampoline, a Lego table, and a "siblings' corner" where our daughter has made actual friends who get it.

Siobhan knows every child by name and every parent by the name of their child (I am "Finn's mum" and I love it). It costs nothing. If you're in Brindleford and you're struggling, go.""",
    comments=[("Kirsty", "2 March 2025", "We go too! Finn's mum, are you the one who brought the flapjacks?"), ("Our Spectrum Life", "2 March 2025", "@Kirsty guilty 😂")],
    tags="autism, SEND, weekends"),
    E("school", "alias", "neutral"),
    E("sdelaneyprice", "alias", "neutral"),
)

# 086 X: school by CGA alias only
add("social", """Rach Dunmore @rachd_netball · 1d
CGA Brindleford U16 netball are DISTRICT CHAMPIONS 🏆🏐 unbeaten all season and won the final 24-11. never been prouder to stand in the freezing rain. county round in March!! 💙💛

  ↳ Coach Mel @melcoaches · 1d
    what a team. that second quarter 🔥
  ↳ Nan Pat @patsy1949 · 22h
    Well done to all the girls xx
""",
    E("school", "alias", "neutral"),
)

# 087 DECOY: obituary of a different Gareth Jones
add("news", news(
    "soarside", "Gareth Jones, 1941–2025: miner, tenor and the voice of the Soar Valley Male Voice Choir", "Obituaries", "30 June 2025",
    """Gareth Jones, who has died aged 84, spent thirty years underground at Tower Colliery in the Cynon Valley before moving to Brindleford in 1994 to be near his daughter.

Within a month of arriving he had joined the Soar Valley Male Voice Choir, where he sang first tenor for almost three decades and became its unofficial historian. Fellow members remember his Bread of Heaven as "loud enough to rattle the Corn Exchange windows".

He is survived by his daughter Carys, two grandsons and his beloved whippet, Dai. The funeral is at St Wystan's Church on 8 July at 11am.""",
    comments=[("Choir secretary", "2 days ago", "A true gentleman. The back row will be very quiet without him."), ("Carys J", "1 day ago", "Thank you all for the kind words about Dad.")],
))

# 088 threadit: school alias, profanity about traffic (not aimed at a person)
add("forum", forum("threadit", "Castlegate School drop-off is a fucking nightmare every morning", [
    ("u/commuter_carl", "5h", """Every single morning 8.20-8.45 Castlegate Road is gridlocked with parents doing three-point turns outside Castlegate School. Took me 25 minutes to get from the roundabout to Mill Lane today. Bloody hell it's grim. Why can't the school open the back gate?"""),
    ("u/brindle_mum_of_two", "5h", """The back gate used to be open until someone reversed into a kid. The school should have sorted a one-way system years ago instead of just moaning at parents in the newsletter."""),
    ("u/cyclist_ed", "4h", """Or, hear me out, let the kids walk? It's a 15 minute walk from the town centre."""),
    ("u/commuter_carl", "4h", """@cyclist_ed try telling that to the parents in the SUVs lol"""),
]),
    E("school", "alias", "negative"),
)

# 089 news: head by nickname, charity run
add("news", news(
    "mercia", "Headteacher runs half marathon dressed as a giant pencil", "Mercia Live reporter", "7 October 2024",
    """A Brindleford headteacher has raised more than £3,200 for a school sensory room by running the Soar Valley Half Marathon dressed as a giant HB pencil.

Rob Hollins, who has led Castlegate Academy since 2016, finished in two hours and 41 minutes despite the costume's "lack of aerodynamics".

"The Year 7s designed it and I promised I'd wear whatever they came up with," said Rob. "I didn't think they'd make it eight feet tall."

The money will go towards equipment for the school's new sensory room, which opens after half term.""",
    comments=[("Deb Hinds", "1 day ago", "Saw him at mile 10, he was still smiling! Fair play."), ("GaryW", "1 day ago", "Brilliant. Give the man a pay rise.")],
),
    E("school", "exact", "neutral"),
    E("rhollins", "nickname", "neutral"),
)

# 090 X: head by nickname, insults
add("social", """Dad Jokes Brindleford @dadjokes_brindle · 3h
Bob Hollins at Castlegate really sent a letter home saying phones are a "safeguarding risk" and then spent the entire sports day scrolling on his. hypocritical clown. absolute melt of a man 🤡

  ↳ Shaz @shaz_b_77 · 2h
    😂😂 the sunglasses on his head as well
  ↳ Tony L @tonylowe_soar · 1h
    He might have been checking results mate
""",
    E("school", "short_name", "neutral"),
    E("rhollins", "nickname", "abuse"),
)

# 091 DECOY: a different Priya Chandrasekar (cardiologist)
add("social", """Queen's Hospital Heart Unit @QHHeartUnit · 2d
Huge congratulations to Dr Priya Chandrasekar, consultant cardiologist, on being awarded a British Heart Foundation clinical research fellowship 🎉❤️ Her work on heart failure in younger women is going to change practice. #BHF #Cardiology

  ↳ Dr Sam Okafor @samokafor_md · 2d
    Richly deserved. Chandrasekar's clinic is the best-run in the region.
  ↳ Fellowship Office @bhf_fellows_ex · 1d
    Congratulations Priya!
""")

# 092 facebook: doxxing head of sixth form (nickname)
add("facebook", """Castlegate Parents — Unfiltered (private group)
Anonymous member · 16 October
Since the sixth form office never passes anything on: Kate Evans, head of sixth form, lives at 9 Wharf Cottages, Arden Vale, AV3 2PL. Red Fiesta on the drive. If she won't answer an email about my son's reference maybe she'll answer a letter through her own letterbox.

  Admin: Post removed. Sharing home addresses is against the rules and could be a police matter.
  Debbie Carr: This is so wrong. She has young kids.
  Anonymous member: public info, it's on the electoral roll
""",
    E("school", "short_name", "neutral"),
    E("kevans", "nickname", "doxxing"),
)

# 093 blog: pub quiz, music teacher by nickname
add("blog", blog("The Brindleford Quizzer", "brindlefordquizzer.example", "League week 14: Quiz Akabusi strike again", "20 February 2025",
    """Another packed night at the Wheatsheaf, and another win for Quiz Akabusi, who now lead the Soar Valley Quiz League by six points with four weeks left.

Captain Gaz Jones, who teaches music up at Castlegate, single-handedly took the music round (ten out of ten, including the bonus on the Eurovision winner of 1981) and then, in a twist nobody saw coming, the sport round as well. "I only know darts and Welsh rugby," said Gaz. "Tonight was darts and Welsh rugby."

Bottom of the table, the Wheatsheaf Irregulars have appealed to the league committee about a question on the capital of Kazakhstan. The committee's ruling stands: it is Astana.""",
    comments=[("QuizAkabusiFan", "21 February 2025", "Gaz carrying the team as usual 🏆"), ("Irregular Ian", "21 February 2025", "We maintain it was Nur-Sultan at the time the question was written.")],
    tags="quiz league, Wheatsheaf"),
    E("school", "short_name", "neutral"),
    E("gjones", "nickname", "neutral"),
)

# 094 facebook: threat against PE teacher, first name + initial
add("facebook", """Brindleford Junior Football Parents
Shane Brewster · 22 November
Tom W. at Castlegate dropped my lad from the county cup squad AGAIN for some kid whose dad helps with the minibus. Next time I see him on that touchline I'm going to break both his legs, see how he likes sitting on the bench then.

  Carla J: Shane take that down, there's kids in this group
  Will Poynton: He picks on form mate. Your lad missed three training sessions.
  Shane Brewster: we'll see
""",
    E("school", "short_name", "neutral"),
    E("twisniewski", "first_initial", "threat"),
)

# 095 DECOY: Siobhan Delaney, folk singer
add("blog", blog("Folk on the Soar", "folkonthesoar.example", "Gig review: Siobhan Delaney at the Corn Exchange", "11 November 2024",
    """Siobhan Delaney has been touring her third album, Saltwater Hymns, since the spring, and by the time she reached Brindleford's Corn Exchange on Friday the songs had clearly settled into her bones.

The Clare-born singer opened unaccompanied with The Lough Shore, and you could have heard a pin drop in a room of 300. Her band joined for a raucous set of jigs in the second half, and Delaney's fiddle player, Conor Moran, very nearly stole the show.

If she comes back this way, and she says she will, go.""",
    comments=[("fiddlefan", "12 November 2024", "The Lough Shore gave me goosebumps. Delaney is the real deal.")],
    tags="gig review, folk, Corn Exchange"),
)

# 096 blog: possessive forms only for history teacher and school
add("blog", blog("Three Kids, One Kitchen Table", "threekidsonekitchentable.example", "The workhouse project that took over our half term", "3 November 2024",
    """I was not prepared for Mr Khan's Year 8 project. "Find out about one real person who lived in the Brindleford workhouse." Simple enough, I thought. Four days, two trips to the county record office and a family argument about microfiche later, we knew more about a pauper called Eliza Marsh (born 1831, laundress, three children, one surviving) than about most of our own relatives.

Our son presented her story on Thursday in Castlegate's humanities block, with a poster, a family tree and a slightly over-dramatic reading of the 1851 census. He got a merit and a note saying "a real historian's work".

Honestly? Best homework he's ever had. I am still finding census printouts in the fruit bowl.""",
    comments=[("Lou", "4 November 2024", "Our daughter did hers on the workhouse master! Mr Khan's projects are legendary.")],
    tags="homework, history, half term"),
    E("school", "possessive", "neutral"),
    E("tkhan", "possessive", "neutral"),
)

# 097 facebook: head possessive only, school criticised
add("facebook", """Brindleford Mums & Dads Chat
Louise Pryor · 25 June
Has anyone else read Hollins's latest letter about the longer school day?? 20 extra minutes from September, the buses don't change until October, and no consultation whatsoever. Castlegate parents are always the last to know. Not impressed.

  Gemma Y: Read it twice and still don't get what the extra 20 mins is for
  Rob Tanner: "Enrichment" apparently. My daughter is enriched enough thanks
  Louise Pryor: 😂 exactly
""",
    E("school", "short_name", "negative"),
    E("rhollins", "possessive", "negative"),
)

# 098 DECOY: Tom Wisniewski, estate agent in the US
add("review", """Lakeshore Realty Group — Milwaukee, WI
★★★★★  Jenna & Marcus · 3 weeks ago
Tom Wisniewski was incredible from start to finish. We were first-time buyers and completely clueless, and Tom walked us through every inspection, every counter-offer and every panic at 11pm. Closed on our house in Bay View in 34 days!

★★★★☆  Dale R. · 2 months ago
Wisniewski knows the Milwaukee market inside out. Only downside was the office could be slow returning calls when he was on vacation.
""")

# 099 parenttalk: typo of deputy's name, complaint
add("forum", forum("parenttalk", "Daughter given a 'reflection' for asking a question?", [
    ("Sunflower_Soar", "06/02/2025 19:12", """DD (Y9) at Castlegate asked why they weren't allowed to go to the toilet in lessons any more and was sent to "reflection" for an hour for being "challenging". The new policy letter came from Mrs Chandrasekhar and says it's about "maximising learning time". She has a medical condition and a toilet pass but the supply teacher didn't know."""),
    ("OwlAndPussycat", "06/02/2025 19:30", """Toilet bans are a massive issue for girls, especially periods. Write to the deputy and copy in the SENCo about the medical condition."""),
    ("Sunflower_Soar", "06/02/2025 19:48", """Done. Also going to ask why a supply teacher wasn't told about her pass. Honestly the policies there get stricter every term and nobody explains anything."""),
]),
    E("school", "short_name", "negative"),
    E("pchandrasekar", "typo", "negative"),
)

# 100 X: typo of PE teacher's surname, insults
add("social", """millie 🦋 @millieeee_x · 7h
mr wisnieski from castlegate is a total knobhead. made us run the cross country in actual HAIL and then laughed when jas fell in the mud 🤬🤬 who hurt this man

  ↳ jas @jas_is_here · 6h
    my knees are still bleeding 😭
  ↳ millie 🦋 @millieeee_x · 6h
    @jas_is_here he's a sadist fr
""",
    E("school", "short_name", "neutral"),
    E("twisniewski", "typo", "abuse"),
)

# 101 staffroom forum: typo of trust CEO's name, specific allegation
add("forum", forum("teacherroom", "MAT CEOs and 'consultancy' contracts", [
    ("FollowTheMoney", "11/03/2025", """Genuine question: how common is it for trust CEOs to put family members on the payroll? Ours, Helen Marchbank (Arden Vale, East Midlands), gave her husband's consultancy a £90k "school improvement" contract last year without any tender, and the board signed it off retrospectively after it had been paid. Nobody on the staff side was told until the accounts came out."""),
    ("Governor_Gill", "11/03/2025", """Related party transactions have to be declared and at-cost under the Academy Trust Handbook. If that's what happened, contact the ESFA. If it isn't, be very careful posting it."""),
    ("FollowTheMoney", "12/03/2025", """It's in the accounts, note 27. Draw your own conclusions."""),
]),
    E("hmarchbanks", "typo", "defamation"),
)

# 102 DECOY: kebab shop called Mr Khan's, profanity
add("review", """Mr Khan's Grill & Kebab — 41 High Street, Brindleford
★★★★★  Connor B · 1 week ago
fucking unreal mixed grill at 2am, the garlic sauce alone is worth the walk. Mr Khan himself was behind the counter and threw in extra chips because we'd "had a long night". Legend.

★★★☆☆  Alison T · 1 month ago
Food good, but delivery took over an hour and arrived lukewarm. Would eat in next time.
""")

# 103 X: leetspeak, sexual allegation involving pupils (url_only)
add("social", """brindle tea ☕ @brindletea_ · 9h
heard mr w1sn13wsk1 from c4stl3g4te PE has been sliding into year 10 girls' snap dms 🤢🤢 multiple people have screenshots apparently. someone needs to tell the police not twitter

  ↳ K @kaylaaa_03 · 8h
    if this is true thats so grim
  ↳ Dean @deanoo_brindle · 8h
    or it's a made up rumour and you're ruining someone's life. post the proof or delete
""",
    E("school", "leetspeak", "neutral"),
    E("twisniewski", "leetspeak", "sexual", True),
)

# 104 news: new uniform, comment sexualising pupils (url_only for school)
add("news", news(
    "courier", "Castlegate Academy unveils new uniform after parent consultation", "Dawn Pickering", "12 May 2025",
    """Castlegate Academy has unveiled a new uniform, to be introduced from September, after more than 600 parents and pupils responded to a consultation.

The new design replaces the school's navy blazer with a cheaper softshell jacket, and introduces tailored trousers and pleated skirts with a standard length. Families will be able to buy the logo jumper from supermarkets for the first time.

Deputy headteacher Priya Chandrasekar said: "Cost was the number one concern parents raised. A full set of the new uniform will be around £40 cheaper." """,
    comments=[
        ("Lynn Edwards", "2 days ago", "Finally! The blazers were £38 each and my son grew out of two a year."),
        ("lonely_dave_61", "1 day ago", "the year 9 girls will look even better in those short pleated skirts 😍 roll on september"),
        ("Ashleigh P", "1 day ago", "@lonely_dave_61 what on earth is wrong with you. Reported to the moderators and the police."),
    ],
),
    E("school", "exact", "sexual", True),
    E("pchandrasekar", "exact", "neutral"),
)

# 105 facebook: hashtag campaign for music teacher, school criticised
add("facebook", """Brindleford Community Noticeboard
Helen Garside · 2 April
Castlegate is cutting GCSE music from next year because "only 14 students" chose it. Fourteen kids who will now have to travel to Loughton or give up. The big band, the choir, the Remembrance concert: all of it exists because of one teacher. Please sign and share 👇
change-it.example/save-castlegate-music
#SaveMrJones #SaveCastlegateMusic #Brindleford

  Pete Orme: Signed. My daughter would never have picked up a trumpet without him.
  Alison C: Shared to the choir page 🎶
""",
    E("school", "short_name", "negative"),
    E("gjones", "hashtag", "neutral"),
)

# 106 X: insults at PE teacher's handle
add("social", """Footy Dad 72 @footy_dad_72 · 1h
@mr_wisniewski_pe absolute clown. how do you leave your best striker on the bench for the whole of a cup final and then wonder why you lose 2-0. waste of a tracksuit mate, stick to teaching dodgeball

  ↳ Sean @seanyboy_11 · 45m
    bit harsh, the lad hadn't trained in a fortnight
  ↳ Footy Dad 72 @footy_dad_72 · 40m
    @seanyboy_11 my lad. so no
""",
    E("twisniewski", "handle", "abuse"),
)

# 107 X: school's own handle only, complaint
add("social", """Tamsin Ward @tamsin_w_soar · 5h
@CastlegateAcad your website has been down ALL DAY and the Year 9 options forms are due in by 9am tomorrow. no email, no text, nothing. sort it out please 🙄

  ↳ Nic Bell @nicbell_b · 4h
    same, can't even get to the parent portal
  ↳ Tamsin Ward @tamsin_w_soar · 2h
    just had a text saying the deadline's moved to Friday. would've been nice to know this morning
""",
    E("school", "handle", "negative"),
)

# 108 X: threat at trust CEO's handle
add("social", """Brindle Worker @brindle_worker_uk · 3h
@drhmarchbanks 40 teaching assistant jobs cut across the trust, 9 of them at Castlegate, and you're on the front of the Courier smiling about a "merger". keep smiling. we'll be waiting for you outside the AGM on Thursday and you won't be smiling after 👊

  ↳ Unison Soar Valley @unison_soarvalley_ex · 2h
    We do not support this message. Thursday's protest is peaceful and lawful.
  ↳ Brindle Worker @brindle_worker_uk · 2h
    speak for yourselves
""",
    E("school", "short_name", "negative"),
    E("hmarchbanks", "handle", "threat"),
)

# 109 staffroom forum: surname only, insults at trust CEO
add("forum", forum("teacherroom", "Trust CEO pay: £210k while TAs are made redundant", [
    ("Arden_Vale_Survivor", "14/05/2025", """The accounts are out. Our CEO is on £210k plus pension. In the same year she's cutting forty TAs. Marchbanks is a greedy, self-serving parasite and I'm not sorry for saying it. I have never met a person less interested in children."""),
    ("SubjectLead_Sue", "14/05/2025", """CEO pay in big MATs is obscene, no argument. But slagging her off personally on here won't save a single TA job."""),
    ("Arden_Vale_Survivor", "14/05/2025", """Maybe not, but it makes me feel better."""),
]),
    E("hmarchbanks", "surname_only", "abuse"),
)

# 110 DECOY: Bob Hollins, darts
add("social", """Soar Valley Darts League @SVDartsLeague · 1d
180! 🎯🎯🎯 What a night at the Red Lion. Bob Hollins checks out on 121 to win the Winter Singles for the third year running. The Hollins era continues 👑 #darts #SoarValley

  ↳ Red Lion Brindleford @redlion_brindle · 1d
    Drinks on Bob next week then 🍺
  ↳ Bob H @bobhollins_darts · 23h
    Cheers all, great final. Same time next year!
""")

# 111 forum: SENCo surname only (hyphenated full surname), school criticised
add("forum", forum("eastmids", "Secondary SEN support in Brindleford: honest opinions", [
    ("NewToTheArea_Kim", "03/04/2025", """Moving to Brindleford in the summer with a Y7 who has an EHCP for autism. Which secondary actually delivers on SEN?"""),
    ("SoarValleyNan", "03/04/2025", """My grandson is at Castlegate. Delaney-Price is the only one at that school who actually listens. The rest of them treat the EHCP like a piece of paper to be filed. Behaviour policy is rigid and doesn't bend for autistic kids at all."""),
    ("Kettleby_Claire", "04/04/2025", """Welland has a smaller SEN unit but the staff stay. Visit both and ask how many TAs they have."""),
]),
    E("school", "short_name", "negative"),
    E("sdelaneyprice", "surname_only", "neutral"),
)

# 112 news: quiz league, four staff by initial + surname
add("news", news(
    "courier", "Teachers' team reaches quiz league final", "What's On desk", "6 March 2025",
    """A team of staff from Castlegate Academy will take on the reigning champions in the final of the Soar Valley Quiz League Cup at the Wheatsheaf on Friday.

The "Staffroom Sceptics" (T. Khan, G. Jones, K. Evans and W. Smith) beat the Corn Exchange Cryptics by two points in a semi-final that came down to a tiebreak on the height of Ben Nevis.

"We're a history teacher, a music teacher, a head of sixth form and a site manager," said team captain T. Khan. "Between us we know a bit about everything and a lot about the plumbing." The final starts at 8pm and spectators are welcome.""",
    related=["Wheatsheaf licence renewed", "Quiz league: full results"],
),
    E("school", "exact", "neutral"),
    E("tkhan", "initial_surname", "neutral"),
    E("gjones", "initial_surname", "neutral"),
    E("kevans", "initial_surname", "neutral"),
    E("wsmith", "initial_surname", "neutral"),
)

# 113 blog: head by initial + surname (letter signature), criticism
add("blog", blog("Notes from the School Gate", "notesfromtheschoolgate.example", "A letter about 'high standards' that says nothing at all", "12 September 2024",
    """Every September a letter arrives from Castlegate and every September I read it twice to work out what it actually means. This year's is a classic: 700 words on "our relentless focus on high standards", a new "ready to learn" routine and a reminder that "partnership with families is at the heart of everything we do".

What it doesn't say: why two maths teachers left in July and haven't been replaced, why my son's Year 10 English group has had four teachers in a year, and why parents' evening has been moved online "permanently" without anyone being asked.

It's signed, as always, "R. Hollins, Headteacher". I'm sure he means well. But partnership means answering questions, not sending slogans.""",
    comments=[("Jo from Arden Vale", "13 September 2024", "The maths vacancies are the real story. My daughter's had supply since June."), ("Notes from the School Gate", "13 September 2024", "@Jo exactly this.")],
    tags="letters home, secondary school, communication"),
    E("school", "short_name", "negative"),
    E("rhollins", "initial_surname", "negative"),
)

# 114 DECOY: William Smith the geologist
add("blog", blog("Rocks & Rambles", "rocksandrambles.example", "On the trail of William Smith's great map", "19 April 2025",
    """In 1815 a self-taught surveyor called William Smith published the first geological map of an entire country, and then spent a decade in debtors' prison while gentlemen geologists plagiarised it.

This weekend I followed a small part of his route along the old canal cuttings of the Soar valley, where Smith noticed that the same fossils always turned up in the same layers of rock. Standing in the rain at the Brindleford quarry, with a hand lens and a Jurassic ammonite the size of a biscuit, you can see exactly what he saw.

If you only read one book on this, make it The Map That Changed the World.""",
    comments=[("geo_gemma", "20 April 2025", "Smith deserves far more credit. Great post.")],
    tags="geology, history of science, walks"),
)

# 115 facebook: doxxing site manager from a planning application
add("facebook", """Castlegate Parents — Unfiltered (private group)
Anonymous member · 9 September
Found this on the council planning portal. W. Smith, site manager at Castlegate, applicant address 22 Foundry Terrace, Brindleford BD7 2LN, wants a double garage. After he padlocked the car park on us, maybe we should all put in objections and see how he likes people poking about in his business. Personal mobile on the form is 07700 900627.

  Admin: Removing this now. Do not post staff addresses or numbers.
  Kate L: The car park was closed for safety reasons, it wasn't his decision
""",
    E("school", "short_name", "negative"),
    E("wsmith", "initial_surname", "doxxing"),
)

# 116 forum: hate (anti-Irish) against SENCo, initial + surname
add("forum", forum("eastmids", "Castlegate SEN department: who's actually in charge?", [
    ("TellItStraight1950", "22/01/2025", """Apparently the SENCo at Castlegate is a S. Delaney-Price. Irish, of course. Thick as mince, the lot of them. They should never have been let over here to run anything, never mind our schools. No wonder nothing gets done."""),
    ("Moderator", "22/01/2025", """This post breaks the forum rules on discrimination. Final warning."""),
    ("Brindle_Beth", "22/01/2025", """My son's SENCo is excellent and her nationality has nothing to do with anything. Disgusting post."""),
]),
    E("school", "short_name", "neutral"),
    E("sdelaneyprice", "initial_surname", "hate"),
)

# 117 X: hate (anti-Polish) against PE teacher, full name
add("social", """Proud Englishman @englishandproud_bf · 6h
Castlegate have got a Tomasz Wiśniewski teaching PE now. Another Pole taking a job off an English lad. They come over here, take the jobs, take the houses and then teach OUR kids what to do. Ship the lot of them back to Poland.

  ↳ Gosia @gosia_in_brindleford · 5h
    He has lived here since he was six. Reported.
  ↳ Ben T @bent_soar · 5h
    Mr Wiśniewski coached my son for three years. You're a disgrace.
""",
    E("school", "short_name", "neutral"),
    E("twisniewski", "exact", "hate"),
)

# 118 DECOY: a Katherine Evans who is a GP
add("review", """Glanmor Medical Centre, Swansea
★★★★★  Rhian W · 2 weeks ago
Dr Katherine Evans is the best GP I've ever had. Actually listened, didn't rush me, and referred me the same day. Receptionists were lovely too.

★★☆☆☆  Huw P · 1 month ago
Dr Evans herself is great but getting an appointment is impossible. Rang at 8am on the dot and was 31st in the queue.
""")

# 119 news: hate condemned by trust CEO (condemnation trap)
add("news", news(
    "soarside", "Trust condemns 'vile' online abuse of deputy head", "Observer staff", "20 February 2025",
    """The trust that runs Castlegate Academy has condemned racist abuse posted online about the school's deputy headteacher, and says it has reported several accounts to the police.

Dr Helen Marchbanks, chief executive of the Arden Vale Learning Trust, said the abuse aimed at Priya Chandrasekar was "vile, cowardly and completely unacceptable".

"Mrs Chandrasekar is an outstanding school leader who has given twenty years to children in this county," she said. "Racism has no place in our schools or in our town, and we will support any action the police choose to take."

Leicestershire Police confirmed it was investigating a number of social media posts.""",
    comments=[
        ("Mel Dhillon", "1 day ago", "Good to see the trust standing up for her."),
        ("Brindleford Born", "1 day ago", "Disgusting that anyone would write that stuff. Racists don't speak for this town."),
    ],
),
    E("school", "exact", "neutral"),
    E("hmarchbanks", "exact", "neutral"),
    E("pchandrasekar", "exact", "neutral"),
)

# 120 facebook: defamation of music teacher, full name
add("facebook", """Castlegate Parents — Unfiltered (private group)
Maxine Oakes · 5 December
So the Vienna music tour is "postponed". We paid £450 a head in September. I rang the hotel in Vienna myself and they have NO booking for any school from Brindleford, ever. Gareth Jones collected every penny into his own account and now he's gone quiet. And the school is doing nothing about it.

  Neil Carter: There'll be an explanation Max, he's run that tour for years
  Maxine Oakes: then let him explain it, I've emailed three times
  Sarah W: We paid too. Has anyone spoken to the office?
""",
    E("school", "short_name", "negative"),
    E("gjones", "exact", "defamation"),
)

# 121 threadit: threat against head of sixth form (title + surname), sixth form alias
add("forum", forum("threadit", "Sixth form keeps blocking my daughter's UCAS application", [
    ("u/angrydad_bf", "2d", """Castlegate Sixth Form have now held back my daughter's UCAS reference twice because of "attendance concerns". She had glandular fever. We have the doctor's letters. If Mrs Evans holds it back one more time I'll be waiting outside the sixth form block for her and she'll need an ambulance, not a reference."""),
    ("u/brindle_mod", "2d", """Post reported and locked for rule 3 (threats). OP, escalate to the trust complaints process."""),
    ("u/quiet_soar_reader", "2d", """Completely understand the frustration but this is not the way. The trust complaints route actually works, it did for us."""),
]),
    E("school", "alias", "negative"),
    E("kevans", "title_surname", "threat"),
)

# 122 X: sexual comments about deputy head (adult), full name
add("social", """Gaz @gazza_lad_79 · 8h
replying to @BrindleCourier
Priya Chandrasekar from Castlegate could put me in detention any day of the week 🥵🥵 wouldn't mind seeing what's under that blazer either. best looking teacher in Brindleford by a mile

  ↳ Jenny H @jennyh_soar · 7h
    she's a deputy head not a pin-up. creepy
  ↳ Gaz @gazza_lad_79 · 7h
    its a compliment 🙄
""",
    E("school", "short_name", "neutral"),
    E("pchandrasekar", "exact", "sexual"),
)

# 123 DECOY: Castlegate Hotel wedding review
add("review", """The Castlegate Hotel, Lanark
★★★★★  Eilidh & Ross · 1 month ago
We had our wedding at the Castlegate in June and it was perfect. The function room looks out over the river, the food was outstanding (the venison!) and the staff handled a very drunk uncle with impressive tact. Special mention to Gordon the duty manager.

★★★☆☆  Michael D · 3 months ago
Nice old building, but our room was above the bar and the ceilidh went on until 1am. Breakfast excellent.
""")

# 124 staffroom forum: doxxing trust CEO, full name
add("forum", forum("teacherroom", "Arden Vale CEO refusing to meet the unions", [
    ("ReadyToStrike", "29/04/2025", """Since she won't meet the reps and her PA bins every email: Helen Marchbanks, personal mobile 07700 900741, personal email helen.m.marchbanks@postbox.example, and she lives in the big house at the end of Spinney Lane, Arden Vale (Oakwood, white gates). Let her hear from staff directly."""),
    ("Moderator", "29/04/2025", """Personal contact details removed. Do not post home addresses or private numbers of anyone, including CEOs."""),
    ("Bramble_HoD", "29/04/2025", """This kind of thing gives the union's case a bad name. Stick to the ballot."""),
]),
    E("hmarchbanks", "exact", "doxxing"),
)

# 125 facebook: doxxing history teacher's home address
add("facebook", """Brindleford Community Noticeboard
Anon post (approved by admin) · 30 January
Mr Khan (history, Castlegate) gave my son a detention for "disrespect" when all he did was ask a question. For anyone who wants a word, he lives at 3 Ropewalk Mews, Brindleford BD7 1RX, the one with the bike on the front wall.

  Admin: Sorry, this was approved by mistake. Removing now.
  Tara Lomas: That's someone's home. Not OK.
""",
    E("school", "short_name", "neutral"),
    E("tkhan", "title_surname", "doxxing"),
)

# 126 DECOY: Castlegate, York (street)
add("blog", blog("Weekend in the North", "weekendinthenorth.example", "Three perfect hours on Castlegate, York", "10 May 2025",
    """Castlegate is one of York's quieter medieval streets, sandwiched between Coppergate and the castle, and it's where I'd send anyone who has had enough of the Shambles crowds.

Start at Fairfax House, the finest Georgian townhouse in the city, then walk down past St Mary's (now an art space) to Clifford's Tower. There's a brilliant independent coffee shop on the corner of Castlegate and Tower Street, and the Jorvik Viking Centre is a two-minute walk away if you have kids in tow.

Castlegate is also home to some of the best-preserved eighteenth-century doorways in the north of England. Bring a camera.""",
    comments=[("yorkie_lou", "11 May 2025", "Fairfax House at Christmas is magical!")],
    tags="York, travel, history"),
)

# 127 news: results fall, comment makes specific allegation against head
add("news", news(
    "mercia", "GCSE results dip at Castlegate Academy", "Mercia Live reporter", "23 August 2024",
    """The proportion of pupils at Castlegate Academy achieving grade 4 or above in English and maths fell to 58 per cent this year, down from 64 per cent in 2023.

The school said the fall reflected "the national return to pre-pandemic grading" and pointed to strong results in history, music and computer science.

Headteacher Robert Hollins said: "Behind every number is a young person, and I'm proud of every one of them. We know where we need to improve, especially in maths." """,
    comments=[
        ("InTheKnow_BF", "9 hours ago", "Robert Hollins was quietly let go from his last school in Derby after a batch of exam papers went missing from his office. Look it up. Now results are dropping here. Funny that."),
        ("Lorraine V", "8 hours ago", "58% isn't a disaster. My son got a 7 in maths and the teachers were brilliant."),
    ],
),
    E("school", "exact", "negative"),
    E("rhollins", "exact", "defamation"),
)

# 128 staff review: defamation of head of sixth form
add("review", """StaffVoice — Castlegate Academy reviews
"Favouritism starts at the top of the sixth form"
1.0 ★☆☆☆☆   Teacher (Former Employee) — Brindleford   Jun 2025

Pros
- Good students, decent facilities since the new block opened

Cons
- Mrs Evans, the head of sixth form, showed the mock paper questions to a small group of "Oxbridge" students the week before their mocks so their predicted grades would look better on the UCAS forms. When a colleague raised it she was moved off Year 13 teaching
- No whistleblowing culture at all
- Meetings that could have been emails

Advice to management
Look properly at how predicted grades are set.
""",
    E("school", "exact", "negative"),
    E("kevans", "title_surname", "defamation"),
)

# 129 DECOY: Will Smith, Brindleford Town FC striker
add("news", news(
    "courier", "Smith double keeps Brindleford Town in play-off hunt", "Sports desk", "17 February 2025",
    """Will Smith scored twice in the second half as Brindleford Town came from behind to beat Kettleby Athletic 2-1 at the Wharf Ground on Saturday.

The 23-year-old striker, on loan from Mansfield, now has 14 goals for the season. "I've had some stick about the name since I was a kid," he said after the game. "At least now people sing it for the right reasons."

Town are sixth, a point outside the play-off places, with eleven games left.""",
    comments=[("WharfEnder", "2 days ago", "Get him signed permanently!"), ("Bez", "1 day ago", "The Fresh Prince of the Wharf Ground 👑")],
    related=["Brindleford Town ground share with rugby club approved"],
))

# 130 facebook: Cyrillic homoglyphs in deputy's name, insults
add("facebook", """Brindleford Mums & Dads Chat
Jodie Fenwick · 14 March
Spelling it funny so it doesn't get flagged 🙄 Ms Chаndrаsekаr at Castlegate is a jumped-up, miserable cow. Stood at the gate this morning sending girls home for having their hair in the wrong colour scrunchie. Who does she think she is?

  Natalie S: 😂 the scrunchie thing is real, my daughter got stopped too
  Paula D: Bit much calling her a cow Jodie but yeah the rules are daft
""",
    E("school", "short_name", "negative"),
    E("pchandrasekar", "homoglyph", "abuse"),
)

# 131 review: insults at SENCo, full name
add("review", """Castlegate Academy
★☆☆☆☆  Lee Hampson · 2 weeks ago
Siobhan Delaney-Price is a useless waste of space who should never have been let near vulnerable kids. Useless, arrogant and rude. Our son's support plan has been ignored for a year and this school just doesn't care.

  Response from the owner: We are sorry you feel this way. Please contact the school office on 01632 960410 to arrange a meeting with the head of year.
""",
    E("school", "exact", "negative"),
    E("sdelaneyprice", "exact", "abuse"),
)

# 132 DECOY: Gareth Jones, Welsh politician
add("news", news(
    "mercia", "Welsh minister Gareth Jones visits Derby rail works", "Business reporter", "4 June 2025",
    """Gareth Jones, the Welsh Government's transport minister, visited the Litchurch Lane rail works in Derby on Tuesday to see new trains being built for the Valley Lines.

Mr Jones said the first of the new units would enter service in the autumn. "This factory has a long history of building trains for Wales, and it's good to see that continue," he said.

Union representatives used the visit to press for a long-term order pipeline to protect jobs at the site.""",
    related=["Derby rail works secures new order", "Midland Main Line electrification delayed"],
))

# 133 news: music cut story, comments criticise music teacher
add("news", news(
    "courier", "Castlegate to drop GCSE music after low take-up", "Dawn Pickering", "4 April 2025",
    """Castlegate Academy is to stop offering GCSE music from September because of low numbers, the school has confirmed.

Fourteen Year 9 pupils chose the subject this year. The school says it will continue to run extracurricular ensembles, and pupils who want to take the GCSE will be able to study it at Welland High.

Music teacher Gareth Jones said he was "sad but determined" that the school's choirs and bands would carry on. A petition against the decision has more than 1,200 signatures.""",
    comments=[
        ("ThirdViolin", "2 days ago", "Sorry but Jones has let that department slide for years. Half the instrument lessons were cancelled last year and he never told parents, we only found out when the invoice came."),
        ("Sally Oakes", "2 days ago", "Scandalous decision by the school. Music matters."),
        ("Rita M", "1 day ago", "Thirteen years of brilliant concerts. Don't blame the teacher for a budget decision."),
    ],
),
    E("school", "exact", "negative"),
    E("gjones", "exact", "negative"),
)

# 134 X: site manager criticised
add("social", """Becky Lowe @beckylowe_bf · 5h
the heating at castlegate has been broken for THREE WEEKS. kids are sitting in lessons in coats and gloves. every time anyone asks, Mr Smith the site manager says "parts are on order, next week". it's been next week since half term 🥶

  ↳ Chris G @chrisg_soar · 4h
    my son said they did a maths test in the hall with their coats on
  ↳ Becky Lowe @beckylowe_bf · 4h
    and they wonder why attendance is down
""",
    E("school", "short_name", "negative"),
    E("wsmith", "title_surname", "negative"),
)

# 135 news: threat sprayed on minibus quoted in police appeal (quoted-threat trap)
add("news", news(
    "soarside", "Police appeal after threats sprayed on school minibus", "Observer staff", "11 December 2024",
    """Police are appealing for witnesses after a threatening message about a teacher was sprayed on a Castlegate Academy minibus parked on Mill Lane.

The words "WISNIEWSKI UR DEAD" were found painted in red across the side of the vehicle on Sunday morning. The minibus is used to take the school's sports teams to fixtures.

PE teacher Tomasz Wiśniewski said he was "shaken but fine" and thanked neighbours who had offered to help clean the van. "It's not going to stop us getting to Saturday's match," he said.

Anyone with information is asked to call Leicestershire Police quoting incident 0412.""",
    comments=[("Mill Lane Mary", "1 day ago", "Horrible. He's such a nice man, always waves when he's out running."), ("Keith B", "1 day ago", "Hope they catch whoever did it. Cowardly.")],
),
    E("school", "exact", "neutral"),
    E("twisniewski", "exact", "neutral"),
)

# 136 forum: staff work emails and office number (not doxxing), complaint about history teacher
add("forum", forum("parenttalk", "How do you contact individual teachers at Castlegate?", [
    ("NewMum_Y7", "10/10/2024 20:15", """DS has just started at Castlegate Academy. Is there a way to email teachers directly or does everything have to go through the office?"""),
    ("BeenThereDoneThat", "10/10/2024 20:30", """Staff emails are first initial dot surname at castlegateacademy.example, so e.g. Mr Khan in history is t.khan@castlegateacademy.example. Or ring reception on 01632 960410 and they'll pass a message on."""),
    ("Marigold_Mum", "10/10/2024 20:52", """Word of warning, Mr Khan never replies to emails. I sent four about my daughter's coursework deadline last year and got nothing back. Had to go through the head of year in the end."""),
    ("NewMum_Y7", "10/10/2024 21:03", """Thanks both, that's really useful."""),
]),
    E("school", "exact", "neutral"),
    E("tkhan", "title_surname", "negative"),
)

# 137 DECOY: Castlegate Vets
add("facebook", """Brindleford Pet Owners
Lucy Harrop · 19 August
Has anyone used Castlegate Vets on Sheep Street? Our usual vet has closed to new patients and our cocker spaniel needs his boosters. Worth registering?

  Steve Mann: Castlegate Vets are brilliant, they saw our cat same day when she ate a lily
  Marie F: Bit pricier than the big chains but worth it
  Lucy Harrop: Thank you! Booked in for Tuesday 🐶
""")

# 138 DECOY: a different Helen Marchbanks (novelist) at a book festival
add("social", """Soar Valley Book Festival @SVBookFest · 3d
✨ Just announced ✨ Helen Marchbanks, author of The Salt Marsh Letters, will be in conversation with festival director Anna Reid on Saturday 12 October at the Corn Exchange. Tickets £8 from the link in bio 📚 #SVBookFest #HistoricalFiction

  ↳ Shelf Indulgence @shelfindulgence · 3d
    Marchbanks live?! Booked.
""")

# 139 DECOY: Castlegate Centre redevelopment, Newborough
add("news", news(
    "mercia", "Plans for 220 homes on former Castlegate Centre site", "Business reporter", "22 September 2025",
    """Newborough Council has published plans for 220 homes, a health centre and a small park on the site of the Castlegate Centre, the shopping mall that closed earlier this month.

The council bought the 1980s building for £3.1m in the summer. Demolition is expected to start in the new year, with the first homes ready in 2028. A third of the homes would be affordable.

A public exhibition will be held at Newborough Library on 2 and 3 October.""",
    comments=[("Newborough Nige", "1 day ago", "Good. The Castlegate Centre was an eyesore for the last ten years."), ("Ann P", "1 day ago", "A health centre is exactly what the town needs.")],
    related=["Newborough market hall refurbishment begins"],
))


# ---------------------------------------------------------------- writer


def _validate() -> None:
    for i, doc in enumerate(DOCS):
        assert doc.kind in KINDS, (i, doc.kind)
        seen = set()
        for e in doc.expected:
            assert set(e) == {"subject", "variant", "category", "url_only"}, (i, e)
            assert e["subject"] in SUBJECTS, (i, e)
            assert e["variant"] in VARIANTS, (i, e)
            assert e["category"] in CATEGORIES, (i, e)
            assert isinstance(e["url_only"], bool), (i, e)
            assert not e["url_only"] or e["category"] == "sexual", (i, e)
            assert e["subject"] not in seen, (i, e)
            seen.add(e["subject"])


def main() -> None:
    _validate()
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
