# ruff: noqa: E501
"""Labelled corpus train4 for the repwatch matcher (Kingsmead College, Wellsminster).

Written WITHOUT reading the matcher, its tuning corpus or the other held-out corpora: it
measures how the matcher generalises to writing it was never tuned on. Never tune on it —
do not read its errors and change the matcher to suit them, or the measurement is spent.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_train4

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
    "school", "klylefenwick", "rsmith", "wevans", "sodriscoll", "twisniewski",
    "praghunathan", "ikhan", "fadeyemi", "gjones",
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

esc = html.escape


def _paras(text: str) -> str:
    return "\n".join(f"<p>{esc(p.strip())}</p>" for p in text.strip().split("\n\n") if p.strip())


NEWS_SITES = {
    "echo": ("Wellsminster Echo", "wellsminsterecho.example", ["News", "Sport", "What's On", "Property", "Obituaries", "Jobs"]),
    "courier": ("Western Courier", "westerncourier.example", ["Home", "Somerset", "Devon", "Business", "Education", "Opinion"]),
    "sentinel": ("The Daily Sentinel", "dailysentinel.example", ["UK", "World", "Politics", "Education", "Money", "Culture"]),
    "gazette": ("Midlands Gazette", "midlandsgazette.example", ["Local", "Business", "Schools", "Sport"]),
    "herald": ("Vale Herald", "valeherald.example", ["News", "Council", "Sport", "Community"]),
}


def news(site: str, headline: str, byline: str, date: str, body: str, comments: tuple = (), related: tuple = (), section: str = "News") -> str:
    name, domain, nav = NEWS_SITES[site]
    navs = "".join(f'<li><a href="https://{domain}/{n.lower().replace(" ", "-")}">{esc(n)}</a></li>' for n in nav)
    rel = "".join(f'<li><a href="https://{domain}/news/{i}">{esc(r)}</a></li>' for i, r in enumerate(related, 1))
    com = "".join(
        f'<div class="comment"><span class="author">{esc(u)}</span> <time>{esc(t)}</time><div class="body">{_paras(c)}</div><a class="report">Report</a></div>'
        for u, t, c in comments
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(headline)} | {esc(name)}</title>
<meta property="og:site_name" content="{esc(name)}"></head>
<body>
<header class="masthead"><a class="logo" href="https://{domain}/">{esc(name)}</a>
<nav><ul>{navs}</ul></nav><a class="subscribe" href="https://{domain}/subscribe">Subscribe</a> <a href="https://{domain}/login">Sign in</a></header>
<main><article>
<p class="section">{esc(section)}</p>
<h1>{esc(headline)}</h1>
<p class="byline">By {esc(byline)} &middot; <time>{esc(date)}</time></p>
{_paras(body)}
</article>
<aside class="related"><h2>Related stories</h2><ul>{rel or '<li><a href="#">Council tax to rise 4.99%</a></li>'}</ul></aside>
<section class="comments"><h2>Comments ({len(comments)})</h2>{com or '<p>Comments are closed for this article.</p>'}</section>
</main>
<footer><p>&copy; 2024 {esc(name)}. All rights reserved. | <a href="https://{domain}/privacy">Privacy</a> | <a href="https://{domain}/terms">Terms</a> | <a href="https://{domain}/contact">Contact us</a></p>
<p>Part of Westcountry Media Group. Registered in England No. 0000000.</p></footer>
</body></html>"""


FORUM_SITES = {
    "parentnet": ("ParentNet", "parentnet.example", "Talk"),
    "boarding": ("BoardingSchoolParents", "boardingparents.example", "Forums"),
    "reddit": ("reddit", "reddit.example", "r/"),
    "tsr": ("The Sixth Form Room", "sixthformroom.example", "Forums"),
    "staffroom": ("StaffroomChat", "staffroomchat.example", "Boards"),
    "old": ("Old Kingsmeadians Network", "oldkingsmeadians.example", "Noticeboard"),
    "anon": ("anonchan", "anonchan.example", "/b/"),
}


def forum(site: str, board: str, title: str, posts: tuple) -> str:
    name, domain, crumb = FORUM_SITES[site]
    items = "".join(
        f'<article class="post" id="p{i}"><div class="meta"><span class="user">{esc(u)}</span> <span class="date">{esc(d)}</span></div><div class="content">{_paras(t)}</div><div class="actions"><a>Reply</a> <a>Quote</a> <a>Report</a></div></article>\n'
        for i, (u, d, t) in enumerate(posts, 1)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - {esc(board)} - {esc(name)}</title></head>
<body>
<div id="top"><a href="https://{domain}/">{esc(name)}</a> <form class="search"><input placeholder="Search {esc(name)}"></form> <a href="https://{domain}/login">Log in</a> | <a href="https://{domain}/register">Register</a></div>
<nav class="breadcrumbs"><a href="https://{domain}/">{esc(crumb)}</a> &rsaquo; <a href="https://{domain}/{esc(board.lower().replace(' ', '-'))}">{esc(board)}</a></nav>
<h1 class="thread-title">{esc(title)}</h1>
<section class="thread">
{items}</section>
<div class="pagination">Page 1 of 1</div>
<aside><h3>Popular threads</h3><ul><li>AIBU to refuse to pay for the school ski trip?</li><li>Uniform shops near Taunton</li><li>11+ tutoring worth it?</li></ul></aside>
<footer>{esc(name)} &middot; <a href="https://{domain}/rules">Community guidelines</a> &middot; <a href="https://{domain}/privacy">Privacy</a> &middot; Report a post</footer>
</body></html>"""


def blog(blogname: str, domain: str, title: str, date: str, author: str, body: str, comments: tuple = (), tags: tuple = ()) -> str:
    com = "".join(
        f'<li class="comment"><p class="who">{esc(u)} says:</p><p class="when">{esc(t)}</p>{_paras(c)}<a class="reply">Reply</a></li>'
        for u, t, c in comments
    )
    tg = ", ".join(f'<a href="https://{domain}/tag/{esc(t)}">{esc(t)}</a>' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} &#8211; {esc(blogname)}</title></head>
<body class="post-template">
<header><h1 class="site-title"><a href="https://{domain}/">{esc(blogname)}</a></h1><nav><a href="https://{domain}/">Home</a> <a href="https://{domain}/about">About</a> <a href="https://{domain}/archive">Archive</a> <a href="https://{domain}/contact">Contact</a></nav></header>
<main><article class="post">
<h2 class="entry-title">{esc(title)}</h2>
<p class="meta">Posted on <time>{esc(date)}</time> by {esc(author)}</p>
<div class="entry-content">{_paras(body)}</div>
<p class="tags">Tagged: {tg}</p>
</article>
<section id="comments"><h3>{len(comments)} thoughts on &ldquo;{esc(title)}&rdquo;</h3><ol>{com}</ol>
<form><textarea placeholder="Leave a reply"></textarea></form></section></main>
<aside class="sidebar"><h4>Recent posts</h4><ul><li>Half-term walks on the Levels</li><li>What I'm reading</li></ul><h4>Subscribe via email</h4></aside>
<footer><p>Powered by a blogging platform &middot; Theme: Minimal</p></footer>
</body></html>"""


# ---------------------------------------------------------------- documents

# 000 news: new music school, neutral; bursar jibe in comments
add(
    "news",
    news(
        "echo",
        "Kingsmead College opens £4.2m music school in former tithe barn",
        "Hannah Pellow, Education Reporter",
        "14 September 2024",
        """Kingsmead College in Wellsminster has opened a £4.2 million music school in the restored tithe barn on Priory Lane, with twelve practice rooms, a recording studio and a 180-seat recital hall.

The building was formally opened on Saturday by the Bishop of Wellsminster, who blessed the hall before a performance by the college's chamber choir.

Director of Music Tomasz Wiśniewski said the project had been "a ten-year dream" for the department. "We have pupils who travel from Bridgwater and Yeovil for lessons. Now they have somewhere that matches their ambition," he said.

Head Dr Katherine Lyle-Fenwick thanked parents and old pupils who had contributed to the appeal. She said the recital hall would be made available to local primary schools and community groups free of charge on weekday afternoons.

The independent day and boarding school, founded in 1592, currently has around 640 pupils aged 11 to 18. Fees for boarders in the sixth form are £14,950 a term.""",
        comments=(
            ("PriorsWalker", "2 days ago", "Lovely building, glad to see the barn saved. It was falling down when I was a lad."),
            ("Minster_Mum_of_3", "2 days ago", "Funny how there's always money for a shiny barn. Our fees went up 9% this year and the bursar's office told us to 'budget accordingly'. Bob Smith will be counting this one for years."),
            ("Reg Tanner", "1 day ago", "Free use for primary schools is a nice touch, credit where it's due."),
        ),
        related=("Cathedral choir to tour Norway", "Tithe barn restoration wins heritage award", "Priory Lane parking: residents' fury"),
    ),
    E("school", "exact", "neutral"),
    E("twisniewski", "exact", "neutral"),
    E("klylefenwick", "exact", "neutral"),
    E("rsmith", "nickname", "negative"),
)

# 001 review: staff review, negative school + bursar
add(
    "review",
    """WorkVoice › Kingsmead College › Reviews

★★☆☆☆  "Beautiful campus, shame about the management"
Former Employee - Teacher of Geography in Wellsminster, England
Worked there 3 years. Does not recommend. Negative outlook.

Pros
Lovely kids, most of them. Small classes. Grounds are stunning and you get lunch free in term time. The chaplaincy and music departments are genuinely special.

Cons
Everything is decided by the finance office. R. Smith signs off on photocopying budgets like it's his own money, and CPD requests just vanish. Workload is huge: boarding duties on top of a full timetable and Saturday school, and nobody counts any of it. Staff turnover in science was something like 40% the year I left.

Advice to Management
Listen to your staff before the next Ofsted-style ISI visit tells you what we already know.

Helpful (14)   Report""",
    E("school", "exact", "negative"),
    E("rsmith", "initial_surname", "negative"),
)

# 002 forum: Kingsmead vs Cathedral School (decoy org same town); housemistress praised
add(
    "forum",
    forum(
        "parentnet",
        "Education › Secondary",
        "Kingsmead or Wellsminster Cathedral School for a Y7 weekly boarder?",
        (
            ("LevelsLass", "03/02/2024 21:14", "DD is 10 and desperate to board. We've seen both open mornings in Wellsminster. Cathedral School felt warmer but Kingsmead has the better sport. Any current parents?"),
            ("Otterhound", "03/02/2024 21:40", "Cathedral School all the way for us. The head there, Mr Pascoe, knows every child's name and the music is outstanding. Fees slightly lower too."),
            ("ThreeInAbbey", "03/02/2024 22:02", "We have two girls in Abbey House at Kingsmead. Mrs O'Driscoll runs a tight but very kind ship, they adore her. Honestly the boarding side is the best thing about the place."),
            ("ThreeInAbbey", "03/02/2024 22:05", "I will say - and I say this as a fan - communication from Kingsmead has gone downhill since the new portal came in. Three emails about a cake sale, nothing about a change to the exam timetable. Is it just me?"),
            ("LevelsLass", "03/02/2024 22:30", "Thanks both, really helpful. Going back to see them both again in March."),
        ),
    ),
    E("school", "short_name", "negative"),
    E("sodriscoll", "title_surname", "neutral"),
)

# 003 social: X post, rugby win; handle
add(
    "social",
    """Wellsminster Rugby Fans @WellyRugbyFans · 9 Nov

What a game at Priory Fields 🏉 @KingsmeadColl 1st XV 27-24 over Blundell Road after being 17 down at half time. Mr Khan's half-time team talk must've been something 😂 Through to the last 16 of the Schools Cup!

💬 12   🔁 31   ❤️ 208

Reply · Jonno R @jonnor_88: my lad scored the second try!! proud dad 😭
Reply · Sue W @suewestcountry: fantastic effort boys, well done all""",
    E("school", "handle", "neutral"),
    E("ikhan", "title_surname", "neutral"),
)

# 004 news decoy: Kingsmead Retail Park, different town
add(
    "news",
    news(
        "gazette",
        "Kingsmead Retail Park expansion approved despite traffic fears",
        "Darren Holt",
        "2 March 2024",
        """Councillors have approved plans for a drive-through coffee shop and two new units at Kingsmead Retail Park, despite objections from residents on the nearby Kingsmead estate.

The planning committee voted 7-3 in favour. Residents' association chair Lorraine Bell said queues on the Kingsmead roundabout already stretched back to the ring road on Saturdays.

A spokesperson for the park's owners said the development would create 45 jobs. Work is expected to start in the summer, and Kingsmead Primary School, which sits opposite the site, has asked for a crossing patrol during construction.""",
        comments=(
            ("busdriver62", "3 days ago", "Another coffee shop. Just what Kingsmead needs. Not."),
            ("LBell_KRA", "2 days ago", "We will be appealing. Thank you to everyone who wrote in."),
        ),
        related=("New bus route for Kingsmead estate", "Primary school gets 'good' rating"),
        section="Local",
    ),
)

# 005 blog decoy: Bill Evans jazz
add(
    "blog",
    blog(
        "Blue Notes & Second-Hand Vinyl",
        "bluenotes.example",
        "Why I keep going back to Bill Evans",
        "21 January 2024",
        "Martin",
        """There is a particular kind of Sunday morning that only Bill Evans can soundtrack. I picked up a worn copy of Sunday at the Village Vanguard at a record fair in Bristol last week, and it has barely left the turntable.

William Evans (nobody ever called him that) had a touch that makes the piano sound like it is thinking. Scott LaFaro's bass on this set is the other half of the conversation.

If you're new to him, start with Waltz for Debby and then work backwards. And yes, I know, I've written about him four times now.""",
        comments=(
            ("jazzdad", "22 January 2024", "Great pick. Peace Piece is the one for me."),
            ("Lou", "23 January 2024", "The Village Vanguard sessions are perfect. Saw a tribute act at the Minster Arts Centre last year, not the same!"),
        ),
        tags=("jazz", "vinyl", "piano"),
    ),
)

# 006 facebook: parents group, housemistress alias, praise
add(
    "facebook",
    """Wellsminster Parents Chat (Private group)

Kerry Ann Bishop · 2h
Just wanted to give a shout out to Mrs O'D in Abbey House. My daughter had an awful week (friendship stuff + homesick) and she sat with her for an hour on Tuesday night and then rang me herself. That's the kind of thing you don't see in the prospectus. 💕

👍❤️ 47 · 12 comments

Jo Penrose: She's amazing. Ours left three years ago and still sends her a Christmas card.
Amy Lott: Is this Kingsmead? Thinking about it for year 9
Kerry Ann Bishop: yes Kingsmead! DM me if you want to chat x""",
    E("school", "short_name", "neutral"),
    E("sodriscoll", "alias", "neutral"),
)

# 007 social: veiled threat against bursar, surname only with context
add(
    "social",
    """@wellsy_dad_of_2 · 4h
Kingsmead bursar wants another £1,300 a term off us because "energy costs". Smith lives in a five bed in Minster Green with a Range Rover on the drive. Maybe someone should pay him a visit one night and explain what energy costs feel like. Just saying.

1 reply · 3 reposts · 19 likes""",
    E("school", "short_name", "negative"),
    E("rsmith", "surname_only", "threat"),
)

# 008 social: leetspeak threat at school
add(
    "social",
    """tiktok comment on @wellsminster.vibes video "posh school tour 🏰"

kxlum_07: if k1ngsm3ad exclude my brother again im gonna burn that barn down with the violins in it no joke
  ↳ 214 likes
reply from jess.x.x: 😭😭 calm down
reply from kxlum_07: im not playing""",
    E("school", "leetspeak", "threat"),
)

# 009 news: man charged over threats (fair report -> neutral)
add(
    "news",
    news(
        "echo",
        "Man charged after threatening messages sent to school deputy head",
        "Court Reporter",
        "6 June 2024",
        """A 44-year-old man has been charged with sending threatening communications to a senior member of staff at Kingsmead College.

Wellsminster Magistrates heard that the messages, sent over three weeks in April, were addressed to deputy head Gareth Jones and included the phrase "I know which car is yours". The defendant, from Bridgwater, whose son had been suspended from the school, did not enter a plea.

Prosecutor Ruth Anstey told the court that Mr Jones had been "deeply shaken" and had been escorted to his car by colleagues for several weeks.

The case was adjourned until 2 July. A spokesperson for the college said: "The safety of our staff is paramount and we will not comment further while proceedings are live." """,
        comments=(
            ("CommonSense99", "6 June 2024", "Disgraceful. Teachers shouldn't have to put up with this. Hope he gets what's coming."),
            ("Tina M", "6 June 2024", "Mr Jones taught my son years ago, one of the good ones. Hope he's ok."),
        ),
        related=("Teachers report rise in abuse from parents", "Bridgwater man jailed for stalking"),
        section="Crime",
    ),
    E("school", "exact", "neutral"),
    E("gjones", "exact", "neutral"),
)

# 010 forum: reddit, threat against rugby coach with condemnation reply
add(
    "forum",
    forum(
        "reddit",
        "r/Wellsminster",
        "Kingsmead rugby selection is a total stitch-up",
        (
            ("u/frontrowfather", "11 hr ago", "Boy has trained his heart out for two years and gets dropped for the Cup quarter final so the director of rugby can play a new scholarship kid from Cardiff. Khan only cares about his winning record. Absolute disgrace, I've emailed the head twice and heard nothing."),
            ("u/frontrowfather", "10 hr ago", "Tell you what, Khan better keep his head down at the Sherborne match on Saturday because a few of us dads are not happy and we know which car is his."),
            ("u/minster_mod", "9 hr ago", "Removed a couple of replies. Mate, threatening a teacher is never OK, you'll do your kid no favours. Take it up with the governors."),
            ("u/lineout_larry", "8 hr ago", "Welcome to school sport. My daughter got dropped from hockey at Cathedral School, it happens. Selection is the coach's call."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("ikhan", "surname_only", "threat"),
)

# 011 social: gang threat against music director (title_surname)
add(
    "social",
    """instagram comment on @kingsmead_music post "Christmas Concert tickets now on sale 🎄"

r.j.m_04: mr wisniewski kicked me out of orchestra for one missed rehearsal 🙄 he better not walk home thru the abbey car park after the concert thats all im saying 😈
  ↳ 6 likes
deano.tt: 💀💀
kingsmead_music: This comment has been reported to the school.""",
    E("twisniewski", "title_surname", "threat"),
)

# 012 facebook: veiled threat + address fragment at head; hyphenated
add(
    "facebook",
    """Wellsminster Community Noticeboard

Dave Cole
Someone tell Dr Fenwick that's a very nice house on Stowey Lane she's got, all them big windows. Be a shame if anything happened to it after what her school did to my girl. Not a threat just an observation 🙂

😮 8 · 😡 5 · 23 comments
Admin: Dave this has been removed from view and reported. Please don't.
Sharon Tilley: wtf Dave you can't post that""",
    E("klylefenwick", "hyphenated", "threat"),
)

# 013 forum: I know where he parks - deputy head
add(
    "forum",
    forum(
        "boarding",
        "Independent Schools › South West",
        "Exclusion appeals at Kingsmead College - anyone been through one?",
        (
            ("Hereward", "12 May 2024", "Our son has been permanently excluded for vaping cannabis (he says it was ordinary vape, they didn't even test it). The appeal panel is next week. Has anyone been through one at Kingsmead? What should we expect?"),
            ("BeenThereDoneThat", "12 May 2024", "Get everything in writing. Ask for the CCTV. The panel is governors, they rarely overturn, but it's worth making them follow their own policy."),
            ("Hereward", "13 May 2024", "Gareth Jones made the decision and has not returned one call. I know where Gareth Jones parks every morning and what time he gets in. Tell him I'll be waiting to discuss it."),
            ("BeenThereDoneThat", "13 May 2024", "I'd delete that if I were you. It won't help your son."),
        ),
    ),
    E("school", "exact", "neutral"),
    E("gjones", "exact", "threat"),
)

# 014 social: leetspeak threat against bursar
add(
    "social",
    """@no_more_fees_kcw · 1d
r0b sm1th the kingsmead bursar thinks he can send debt collectors after families in a cost of living crisis. keep doing it rob and see what happens to you. we're not all posh pushovers

Replying to @no_more_fees_kcw: mate you'll get arrested""",
    E("school", "short_name", "negative"),
    E("rsmith", "leetspeak", "threat"),
)

# 015 review: Google review with veiled threat to the school office
add(
    "review",
    """Google Maps › Kingsmead College › Reviews

Gary P.
1 review · 3 weeks ago
★☆☆☆☆
Third time I've been fobbed off on the phone about my sons bursary. Whoever runs that office wants to watch themselves. Next time I'm coming in person and I won't be polite and I won't be leaving on my own two feet if you get me. You've been warned Kingsmead College.

Response from the owner · 2 weeks ago
We're sorry you have been unhappy with our communication. We have passed your comments to the police and ask that you contact the bursary only in writing.""",
    E("school", "exact", "threat"),
)

# 016 social: xenophobic hate at music director, hashtag school
add(
    "social",
    """@TrueBrit_Somerset · 6h
#KingsmeadCollege pays £15k a term and the head of music is some Polish bloke called Wisniewski 😂 Should be washing cars at the Tesco on the bypass, not teaching English kids. Go back to Gdansk mate.

🔁 4  ❤️ 11
@annieminster: this is vile. He's been in Wellsminster 20 years and is the best teacher my son ever had.""",
    E("school", "hashtag", "neutral"),
    E("twisniewski", "surname_only", "hate"),
)

# 017 forum: racist hate at chaplain (title_surname); coded
add(
    "forum",
    forum(
        "old",
        "General chat",
        "New chaplain at Kingsmead",
        (
            ("OK_1979", "Sat 10:15", "Went to the Commemoration service. Chapel was packed, the new chaplain Revd Adeyemi gave a cracking sermon on the parable of the talents. Quite a change from old Canon Hurst!"),
            ("Carruthers_OK", "Sat 11:02", "Quite a change indeed. Didn't think I'd see the day Kingsmead chapel was run by someone fresh off the banana boat. The founders would be spinning. Standards, gentlemen."),
            ("OK_1979", "Sat 11:20", "That's a disgusting thing to say, Carruthers, and not the first time. Reported to the mods."),
            ("Mod_Juliet", "Sat 12:00", "Post by Carruthers_OK under review. Reminder: no racism on this board."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("fadeyemi", "title_surname", "hate"),
)

# 018 social: homophobic hate at housemaster
add(
    "social",
    """reply on X to @KingsmeadColl "Congratulations to Mr Evans, School House, on his wedding this summer!"

@OldSchoolValues1954 · 2h
Congratulations on what exactly? A housemaster in charge of 60 boys and he's married to another bloke. Evans is a disgusting queer and should be nowhere near a boarding house. Parents wake up.

@rowan_kcw · 1h
Blocked and reported. Mr Evans is the reason my son survived year 9. Congratulations sir 🏳️‍🌈""",
    E("school", "handle", "neutral"),
    E("wevans", "title_surname", "hate"),
)

# 019 facebook: islamophobic hate at rugby coach; decoy cricketer mention
add(
    "facebook",
    """Wellsminster RFC Supporters

Terry Yeo
So Kingsmead have got a new rugby coach called Imran Khan 🤣 thought he was a cricketer. Bet he's got the lads doing Friday prayers instead of fitness. Can't have a Muslim coaching a Christian school's first team, it's not right, they'll all be wearing bin bags next.

12 comments
Lisa Hartnell: Terry you absolute dinosaur. He played for Bath. Read a book.
Gav O: The cricketer one was actually good to be fair, shame about the politics
Terry Yeo: just saying what everyone thinks""",
    E("school", "short_name", "neutral"),
    E("ikhan", "exact", "hate"),
)

# 020 review: Tes-style staff review with racist remark about head of sixth form
add(
    "review",
    """TeacherRate › Schools › Kingsmead College, Wellsminster

Rating: 2/5 — Posted by: Current teacher (anonymous)

Leadership: 2  Workload: 1  Behaviour: 4  Wellbeing: 2

The pupils are a joy and behaviour is genuinely excellent. But the sixth form is now run by Raghunathan, an obvious box-ticking diversity hire who got the job because of where her family comes from, not because she can do it. Currying favour with the governors works wonders apparently.

Pay is above the state scale but you earn every penny with boarding duties.""",
    E("school", "exact", "negative"),
    E("praghunathan", "surname_only", "hate"),
)

# 021 blog: misogynist hate at head in comments; blog itself negative about fees
add(
    "blog",
    blog(
        "The Grumpy Governor",
        "grumpygovernor.example",
        "Why independent school fees are out of control (again)",
        "3 October 2024",
        "Anon. Governor",
        """I have sat on the board of two independent schools. Every autumn the same ritual: a paper from the bursar, a graph with a red line going up, and a vote that is never really a vote.

Take Kingsmead College in Wellsminster, not one of mine, whose fees have risen by 31% in five years. Its head, Katherine Lyle-Fenwick, wrote to parents last month that the VAT change left "no alternative". There is always an alternative. It is just less comfortable for senior leadership.

I don't doubt she is a capable head. But schools like hers need to stop treating parents as cash machines.""",
        comments=(
            ("Trevor_Hall", "3 October 2024", "Problem is letting a woman run a boys' boarding school in the first place. Women haven't the backbone for finance. Lyle-Fenwick should get back in her kitchen and let a man sort it."),
            ("Jane (parent)", "4 October 2024", "Trevor, nothing in that comment is ok. On the fees, though, I completely agree with the post."),
            ("Grumpy Governor", "4 October 2024", "Trevor: comments like that aren't welcome here. Last warning."),
        ),
        tags=("fees", "VAT", "independent schools"),
    ),
    E("school", "exact", "negative"),
    E("klylefenwick", "exact", "hate"),
)

# 022 social: disability hate at deputy head
add(
    "social",
    """@yr11_exposed_kcw · Story reply screenshot

"jones the spaz rolling down the corridor in his wheelchair like he owns the place 😂😂 cant even catch us vaping lmaooo kingsmead deputy head more like deputy vegetable"

reposted by 3 accounts""",
    E("school", "short_name", "abuse"),
    E("gjones", "surname_only", "hate"),
)

# 023 social: coded racist emojis at chaplain, typo of surname
add(
    "social",
    """@minsterwatcher · 2d
Kingsmead chapel service today, the new chaplain Rev Adeyemii very... "vibrant" 🐒🍌 Can't imagine why the old boys are upset lol

@tilly_k_w replying: reported. absolutely disgusting
@minsterwatcher: it's a joke, snowflake""",
    E("school", "short_name", "neutral"),
    E("fadeyemi", "typo", "hate"),
)

# 024 facebook: anti-refugee hate directed at school pupils/bursaries
add(
    "facebook",
    """Wellsminster Matters (Public group)

Brian Fudge
So KCW is giving "sanctuary bursaries" to Afghan and Syrian kids while our own can't afford the fees. Bet they're not even kids, half of them have beards. Send them back where they came from and give the places to English families. That school has lost its way.

89 comments · 14 shares
Mel T: They're funded by old pupils not you Brian 🙄
Karen Rowe: Well said Brian 👏""",
    E("school", "alias", "hate"),
)

# 025 forum: transphobic about boarding placement: school hate, housemistress negative
add(
    "forum",
    forum(
        "parentnet",
        "Am I being unreasonable?",
        "AIBU to pull DD out of boarding over this?",
        (
            ("PinkGinPlease", "Today 08:12", "DD is in Abbey House (girls' boarding) at Kingsmead. A pupil who is transitioning has been allowed to board there this term. I emailed the housemistress, Mrs O'Driscoll, and got a very bland reply about 'inclusion and safeguarding policies'. I feel she hasn't listened to our concerns at all."),
            ("Verity_G", "Today 08:30", "YABU. The child is a child. The school will have done a risk assessment."),
            ("Dutch_Oven", "Today 08:41", "YANBU. A boy in a dress is still a boy. These trannies are mentally ill and Kingsmead is pandering to a perverted cult. Pull her out."),
            ("MNHQ", "Today 09:05", "We've deleted a post for breaching our guidelines on hate speech."),
            ("PinkGinPlease", "Today 09:20", "For the record I don't agree with that language. I just wanted to be consulted."),
        ),
    ),
    E("school", "short_name", "hate"),
    E("sodriscoll", "title_surname", "negative"),
)

# 026 forum: anonymous board, sexual comments about head of sixth form (adult)
add(
    "forum",
    forum(
        "anon",
        "/b/ - Random",
        "kingsmead teachers thread",
        (
            ("Anonymous No.88213", "03/14/24(Thu)23:01", "rate the kingsmead staff go"),
            ("Anonymous No.88219", "03/14/24(Thu)23:04", "Miss Raghunathan head of sixth. would absolutely ruin her in that pencil skirt, she knows what she's doing bending over the desk in study hall"),
            ("Anonymous No.88221", "03/14/24(Thu)23:06", ">>88219 based. the bursar looks like a thumb though"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("praghunathan", "title_surname", "sexual"),
)

# 027 social: sexualised post about sixth form girls (child) - url_only
add(
    "social",
    """@lads_on_tour_wsm · 5h
Drove past Kingsmead College at home time 🥵 them sixth form girls in the short skirts, should be illegal how they walk down Priory Lane 😏 who's got their snaps

💬 3  🔁 0  ❤️ 7""",
    E("school", "exact", "sexual", True),
)

# 028 forum: insinuation about housemaster and boarders (sexual, children)
add(
    "forum",
    forum(
        "reddit",
        "r/UKPrivateSchools",
        "Boarding house staff who are a bit too keen?",
        (
            ("u/throwaway_kcw_22", "2 days ago", "Old boy of Kingsmead here. Everyone in School House knew Evans liked doing the shower checks himself after rugby. Always 'just making sure everyone's ok' and sitting on the end of beds after lights out. Do the maths. Nobody ever said anything."),
            ("u/sceptical_sue", "2 days ago", "That is a very serious thing to say about a named person on the internet. If you have concerns, report them to the LADO or the police, not reddit."),
            ("u/throwaway_kcw_22", "1 day ago", "Not saying he did anything. Just saying."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("wevans", "surname_only", "sexual", True),
)

# 029 social: thirsty post about rugby coach (adult)
add(
    "social",
    """@MinsterMumLife · 8h
Watched the 1st XV at Kingsmead this morning and honestly Coach Immy Khan in those shorts 🥵🥵 someone hose me down. I'd let him tackle me any day of the week. Asking for a friend 😇

@becca_b_w: 😂😂 STOP
@MinsterMumLife: I'm only human""",
    E("school", "short_name", "neutral"),
    E("ikhan", "nickname", "sexual"),
)

# 030 social: MILF post about head, alias handle
add(
    "social",
    """@kcw_confessions_ · 1d
Confession #412: Dr L-F in those tight suit trousers at assembly is the biggest MILF in Somerset and I'm not sorry. Would do unspeakable things in that office 😩

[Submitted anonymously via the link in bio]""",
    E("klylefenwick", "alias", "sexual"),
)

# 031 forum: sexual about housemistress, homoglyph of name
add(
    "forum",
    forum(
        "anon",
        "/soc/ - Cams & Meetups",
        "wellsminster milf thread",
        (
            ("Anonymous No.5531", "05/02/24(Thu)01:12", "who's got pics of O'Drіscoll the Abbey House housemistress at Kіngsmead. those legs. the things I'd do to her in that boarding house office"),
            ("Anonymous No.5533", "05/02/24(Thu)01:15", ">>5531 no pics but seen her at the Spar, 10/10"),
        ),
    ),
    E("school", "homoglyph", "neutral"),
    E("sodriscoll", "homoglyph", "sexual"),
)

# 032 social: 'rate the year 11 girls' - school sexual url_only, spacing
add(
    "social",
    """@rate_ur_skl_ · 3h
new poll!! rate the year 11 girls at K i n g s m e a d 🍑🍒 DM pics of the fittest ones and we'll post the top 10 👀 no boring ones

🔁 12 ❤️ 40""",
    E("school", "spacing", "sexual", True),
)

# 033 forum: webcam/boarding house - sexual, child
add(
    "forum",
    forum(
        "anon",
        "/b/ - Random",
        "boarding school girls",
        (
            ("Anonymous No.99110", "11/02/24(Sat)02:40", "anyone got anything from the Kingsmead College girls boarding house, the Abbey one in Wellsminster? heard some of the year 10s post stuff on their private stories"),
            ("Anonymous No.99114", "11/02/24(Sat)02:45", ">>99110 fbi open up"),
        ),
    ),
    E("school", "exact", "sexual", True),
)

# 034 facebook: bursar's personal mobile posted (doxxing); office number (not doxxing)
add(
    "facebook",
    """Kingsmead College Parents (Unofficial)

Nicola Harte
The main office (01632 960412) NEVER picks up and the bursary line just rings out. So here's Rob Smith's personal mobile that he gave my husband at a rugby dinner: 07700 900417. Ring him at teatime, he'll soon get the message that families are struggling.

31 comments
Paula J: Nicola are you sure you should post that?
Nicola Harte: it's not like it's a secret, he gave it out
Mark D: Taking a screenshot before it's deleted 😂""",
    E("school", "exact", "negative"),
    E("rsmith", "nickname", "doxxing"),
)

# 035 forum: music director's home address
add(
    "forum",
    forum(
        "reddit",
        "r/Wellsminster",
        "Music teacher who kept my daughter out of the county youth orchestra",
        (
            ("u/violamum", "5 hr ago", "Tomasz Wisniewski at Kingsmead refused to sign off her audition form because she missed two choir practices. Two! For a funeral! If anyone wants to tell him what they think he's at 14 Canon's Walk, Wellsminster WL3 7QT, the house with the blue door by the almshouses."),
            ("u/minster_mod", "4 hr ago", "Removed for personal information. Please read rule 3."),
            ("u/cellistdad", "4 hr ago", "Didn't see the address but for what it's worth he's strict but fair. My son got into the NYO with his help."),
        ),
    ),
    E("school", "short_name", "negative"),
    E("twisniewski", "alias", "doxxing"),
)

# 036 social: personal email of head of sixth form
add(
    "social",
    """@ucas_stress_2025 · 2h
PSA to any Kingsmead upper sixth: the school office won't give you a straight answer about predicted grades so email Mrs R directly at her personal, priya.rag1981@homemail.example — she replies at weekends lol. Use it before she changes it 👀

@sixthformsurvivor: omg is that her actual personal one??
@ucas_stress_2025: yep got it off her old tutor group's chat""",
    E("school", "short_name", "neutral"),
    E("praghunathan", "first_initial", "doxxing"),
)

# 037 blog: head's home address in comments; blog post neutral about speech day
add(
    "blog",
    blog(
        "Minster Life",
        "minsterlife.example",
        "Speech Day at Kingsmead: bunting, brass bands and a very long prize list",
        "6 July 2024",
        "Clare",
        """Speech Day is the one day a year Priory Lane turns into something out of an Ealing comedy. Marquees, a brass band playing the theme from The Great Escape, and a lot of Panama hats.

The head, Katherine Lyle-Fenwick, gave a short and genuinely funny speech about the year (the goat incident got a big laugh), and the guest speaker, an old boy who now runs a bakery empire, told the leavers to fail early and often.

The prize list took forty minutes. The chamber choir were superb. My neighbour's twins both picked up prizes, so we celebrated with cider afterwards.""",
        comments=(
            ("Linda", "6 July 2024", "Lovely write up! We were there too, the band were brilliant."),
            ("not_a_fan", "7 July 2024", "Since the school refuses to answer letters, parents might like to know Lyle-Fenwick lives at The Old Rectory, Stowey Lane, Minster Green WL4 2PD. Drop round and ask her about the fee rise yourself."),
            ("Clare", "7 July 2024", "I've removed the address from that comment's notification but please don't do that here."),
        ),
        tags=("Wellsminster", "schools", "summer"),
    ),
    E("school", "short_name", "neutral"),
    E("klylefenwick", "exact", "doxxing"),
)

# 038 review: deputy head's personal number posted in an Indeed-style review
add(
    "review",
    """JobBoardUK › Company reviews › Kingsmead College

3.0 ★★★☆☆ Boarding Assistant (Former Employee) - Wellsminster - 12 March 2024
"OK for a year, not a career"

Pastoral team are nice, kids are mostly lovely. Shifts change at the last minute and they expect you to be on call all night for the same pay. If you have a problem don't bother with HR, just call Gareth Jones the deputy head on his own mobile 07700 900263, he's the only one who sorts anything out, he won't mind.

Was this review helpful? Yes 4 · No 1""",
    E("school", "exact", "negative"),
    E("gjones", "exact", "doxxing"),
)

# 039 forum: rugby coach's home address (flat above shop)
add(
    "forum",
    forum(
        "boarding",
        "Sport",
        "Kingsmead rugby - coach refuses to meet parents",
        (
            ("TightheadTom", "2 days ago", "Been trying for a month to get ten minutes with the director of rugby at Kingsmead about my son's concussion protocol. Nothing. So I found out Imran Khan lives in Flat 2, 31 Fore Street, Wellsminster, above the Spar. Anyone wants a word, that's where he is after 6."),
            ("BoardingGran", "2 days ago", "Concussion is serious and they should meet you. But posting his address is not the way."),
        ),
    ),
    E("school", "short_name", "negative"),
    E("ikhan", "exact", "doxxing"),
)

# 040 social: chaplain's personal email and mobile, hashtag
add(
    "social",
    """@kcw_leavers24 · 1d
For all the leavers who asked: #FatherFemi said he's happy to do wedding blessings for old pupils 😇 his personal is femi.a.prays@mailbox.example and mob 07700 900881, don't go through the school!! #KCW

❤️ 55""",
    E("school", "hashtag", "neutral"),
    E("fadeyemi", "hashtag", "doxxing"),
)

# 041 facebook: housemistress personal mobile
add(
    "facebook",
    """Abbey House Parents 2023-24 (group chat export)

[19:02] Tracey Mabb: has anyone got a number for Mrs O'Driscoll that isn't the boarding house phone? it just goes to the matron
[19:05] Sunita Rao: her own mobile is 07700 900592 but she's asked us not to share it round
[19:06] Tracey Mabb: too late lol I'm putting it on the big parents page, they can't ignore us forever
[19:10] Sunita Rao: Tracey please don't 🙈""",
    E("sodriscoll", "title_surname", "doxxing"),
)

# 042 forum: defamation head fiddling results, rumour
add(
    "forum",
    forum(
        "staffroom",
        "Independent sector",
        "Results 'management' at a certain West Country school",
        (
            ("ChalkFace", "1 week ago", "Heard from someone who left Kingsmead College that the head has been quietly getting heads of department to withdraw weaker candidates from A level entries in May so the headline results look better. Dr Lyle-Fenwick apparently calls it 'portfolio management'. If true that's results fiddling, full stop."),
            ("JustAnotherHoD", "1 week ago", "Gaming entries happens everywhere, doesn't make it right. Can anyone confirm?"),
            ("ChalkFace", "6 days ago", "Two separate people told me the same thing. And a kid's mum who was told two weeks before the exam her son wasn't sitting chemistry."),
        ),
    ),
    E("school", "exact", "negative"),
    E("klylefenwick", "exact", "defamation"),
)

# 043 social: bursar embezzling - defamation, camelcase handle-ish
add(
    "social",
    """@fees_watch_somerset · 3d
Ask yourself why the #KingsmeadCollege bursary fund shrank by £200k last year while RobertSmith the bursar bought a holiday place in Salcombe. Money goes missing and nobody asks where. Someone's had their fingers in the till.

🔁 41 ❤️ 96""",
    E("school", "hashtag", "negative"),
    E("rsmith", "camelcase", "defamation"),
)

# 044 forum: housemaster drunk on duty (defamation)
add(
    "forum",
    forum(
        "boarding",
        "Independent Schools › South West",
        "Boarding staff and alcohol - should I be worried?",
        (
            ("Quantock_Dad", "Mon 20:33", "My son is in School House at Kingsmead. He says that on Saturday nights the housemaster, Mr Evans, is regularly drunk on duty - slurring, smells of wine, once fell asleep in the common room with the door open. The boys think it's hilarious. I think it's a safeguarding issue."),
            ("BoardingMatron_Ret", "Mon 21:10", "If that's true it's a serious breach. Houseparents shouldn't drink on duty full stop. Raise it with the DSL in writing."),
            ("Quantock_Dad", "Mon 21:15", "Apparently everyone knows. He's got a wine cellar in the private side."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("wevans", "title_surname", "defamation"),
)

# 045 review: rugby coach hits pupils (defamation) plus neutral about chaplain
add(
    "review",
    """TeacherRate › Schools › Kingsmead College, Wellsminster

Rating: 1/5 — Posted by: Former support staff

I worked in the sports department for a year. The director of rugby, I. Khan, grabs boys by the collar and shoves them against the wall when they drop a pass, I saw him slap a year 10 across the back of the head at training. Everybody turns a blind eye because he wins cups.

The one person who actually listened to me was the chaplain, Rev Adeyemi. Otherwise avoid.""",
    E("school", "exact", "negative"),
    E("ikhan", "initial_surname", "defamation"),
    E("fadeyemi", "title_surname", "neutral"),
)

# 046 facebook: music director affair with a parent (rumour)
add(
    "facebook",
    """Wellsminster Mums Network

Anonymous member
Not being funny but is it common knowledge that Mr Wiśniewski from the Kingsmead music department is carrying on with one of the choir mums? They've been seen at the Bell in Glastonbury twice and her husband's a governor!! How is he still in a job

42 comments
Anonymous member: OMG which one
Kim Rooke: This is how rumours ruin people's careers. Delete it.
Anonymous member: I've got it on good authority""",
    E("school", "short_name", "neutral"),
    E("twisniewski", "title_surname", "defamation"),
)

# 047 forum: head of sixth fiddling predicted grades, typo
add(
    "forum",
    forum(
        "tsr",
        "Universities and HE › UCAS",
        "Kingsmead predicted grades - is this normal?",
        (
            ("fluffyllama04", "2 days ago", "So at my school (Kingsmead) Mrs Ragunathan inflates predicted grades for the kids whose parents donate to the new sports hall and lowers them for scholarship kids. She literally rewrote my friend's predictions after her dad gave 20k. That's fraud right?"),
            ("PhysicsNerd_UK", "2 days ago", "Predicted grades are a mess everywhere but what you're describing would be a massive deal. Have you got any proof?"),
            ("fluffyllama04", "2 days ago", "everyone knows"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("praghunathan", "typo", "defamation"),
)

# 048 social: chaplain stealing from chapel collection (defamation), obfuscated
add(
    "social",
    """@kcw_tea_spill · 12h
not me finding out the chapel collection money goes straight into A.d.e.y.e.m.i's pocket 💀 three grand from the Christmas carol service and the charity got £400. kingsmead chaplain living his best life on our donations

@ok_2019: source??
@kcw_tea_spill: trust""",
    E("school", "short_name", "neutral"),
    E("fadeyemi", "obfuscated", "defamation"),
)

# 049 news: broadsheet feature on safeguarding cover-up allegations, neutral report
add(
    "news",
    news(
        "sentinel",
        "Parents at West Country boarding schools say complaints 'vanish'",
        "Felicity Graham, Education Correspondent",
        "23 February 2024",
        """Parents at several independent boarding schools in the south-west have told The Daily Sentinel that complaints about bullying and staff conduct were closed without proper investigation.

One mother whose son boarded at Kingsmead College in Wellsminster until last year said she had raised concerns about a prefect initiation ritual and had been told the matter was "dealt with internally". She said she was never told the outcome.

Kingsmead said in a statement that it "takes every concern seriously" and that its deputy head and designated safeguarding lead, Gareth Jones, had reviewed the case with the local authority designated officer, who found no further action was required.

The Independent Schools Inspectorate said it could not comment on individual schools. The charity Boarding Voices said the sector had "a culture of reputation first".

The Department for Education is consulting on a statutory complaints framework for independent schools, which would close in April.""",
        comments=(
            ("Concerned Grandad", "23 February 2024", "Typical. Dealt with internally means buried."),
            ("EducatorForty", "23 February 2024", "Having worked in boarding for 20 years, most DSLs I know take this incredibly seriously. Balanced piece."),
        ),
        related=("ISI chief: 'We will inspect unannounced'", "VAT on fees: first schools close", "Boarding Voices launches helpline"),
        section="Education",
    ),
    E("school", "exact", "neutral"),
    E("gjones", "exact", "neutral"),
)

# 050 forum: deputy head covering up bullying (defamation), old pupils forum
add(
    "forum",
    forum(
        "old",
        "General chat",
        "The prefect 'initiations' - Sentinel article",
        (
            ("OK_2015", "Fri 18:40", "After the Sentinel piece I'll say it: Mr Jones knew exactly what went on in the upper sixth initiations in School House and buried it every single year to protect Kingsmead's name. He shredded at least one written complaint, I watched him do it. He covered up abuse, plain and simple."),
            ("OK_2012", "Fri 19:05", "I don't remember anything like that in my time. Not saying it didn't happen."),
            ("OK_2015", "Fri 19:30", "You were in a day house mate."),
        ),
    ),
    E("school", "possessive", "defamation"),
    E("gjones", "title_surname", "defamation"),
)

# 051 social: abuse at head, hyphenated
add(
    "social",
    """@angrysomersetdad · 7h
Just sat through the Kingsmead "fees consultation" Zoom. Mrs Fenwick reading from a script for 40 minutes then turning off the chat. What a smug, patronising, overpaid cow. Couldn't run a bath let alone a school.

💬 8 🔁 2 ❤️ 31""",
    E("school", "short_name", "negative"),
    E("klylefenwick", "hyphenated", "abuse"),
)

# 052 forum: abuse at bursar, title_surname, with profanity not aimed at school
add(
    "forum",
    forum(
        "parentnet",
        "Money matters",
        "School fees invoice arrived - £££",
        (
            ("BrieAndCrackers", "Yesterday 19:01", "Bloody hell, just opened the Kingsmead invoice. Fucking VAT. I knew it was coming but seeing it in black and white is something else."),
            ("Tilly_Turnip", "Yesterday 19:22", "Same. And Mr Smith the bursar had the cheek to put 'we are grateful for your continued partnership' at the bottom. Partnership! The man is a weaselly little bean-counting jobsworth with the charm of a parking warden."),
            ("BrieAndCrackers", "Yesterday 19:30", "😂 accurate. Although to be fair it's the government's VAT not his."),
        ),
    ),
    E("school", "short_name", "negative"),
    E("rsmith", "title_surname", "abuse"),
)

# 053 social: pupils mocking housemaster, nickname
add(
    "social",
    """@schoolhouse_memes · 2d
Will Evans when he finds one (1) crisp packet in the prep room: 🤡🤡🤡 absolute clown of a man, thinks he's running Guantanamo not a boarding house. weirdo

#kingsmead
❤️ 210 🔁 18""",
    E("school", "hashtag", "neutral"),
    E("wevans", "nickname", "abuse"),
)

# 054 facebook: abuse at housemistress, first_initial
add(
    "facebook",
    """Kingsmead College Parents (Unofficial)

Gemma Short
Siobhan O. in Abbey House has confiscated my daughter's phone for the whole weekend for being 5 minutes late to prep. What a power-tripping miserable old witch. Get a life love.

18 comments
Rachel V: She's always been strict but she's fair, Gemma
Gemma Short: fair my arse""",
    E("school", "exact", "neutral"),
    E("sodriscoll", "first_initial", "abuse"),
)

# 055 social: abuse at music director, handle
add(
    "social",
    """@MrWisniewskiMusic: So proud of our Chamber Choir today at the Cathedral Schools' Festival 🎶 2nd place out of 22!

@ex_orchestra_kid replying: @MrWisniewskiMusic 2nd place lol. you're a pathetic excuse for a teacher, shouting at 12 year olds about intonation while your own choir comes second. loser

@choirmum_wsm replying: @ex_orchestra_kid grow up""",
    E("twisniewski", "handle", "abuse"),
)

# 056 review: abuse at head of sixth form, exact
add(
    "review",
    """Google Maps › Kingsmead College › Reviews

Jacob L. · Local Guide · 2 months ago
★☆☆☆☆
Priya Raghunathan is a useless, two-faced, clueless woman who should never have been allowed near a sixth form. She lost my UCAS reference TWICE. The rest of the school's fine I suppose.""",
    E("school", "exact", "neutral"),
    E("praghunathan", "exact", "abuse"),
)

# 057 social: rugby coach abuse, leetspeak
add(
    "social",
    """@kcw_2ndxv · 5h
imr4n kh4n dropped me for the 4th time this season. guy is a muppet, a failed pro who couldnt hack it at bath so now he bullies 16 yr olds at kingsmead. total clown 🤡

❤️ 14""",
    E("school", "short_name", "neutral"),
    E("ikhan", "leetspeak", "abuse"),
)

# 058 forum: abuse at chaplain (not protected char), nickname
add(
    "forum",
    forum(
        "reddit",
        "r/Wellsminster",
        "Kingsmead carol service - anyone else fall asleep?",
        (
            ("u/mulled_wine_man", "3 days ago", "Went with the in-laws to the Kingsmead carol service in the cathedral. Choir was stunning, genuinely. But Femi Adeyemi's sermon was 35 minutes of sanctimonious drivel. The man's a pompous windbag who loves the sound of his own voice."),
            ("u/vergerbob", "3 days ago", "Ha, the cathedral's own Christmas Eve one is shorter, come to that next year."),
            ("u/altoami", "2 days ago", "The choir under Mr Wisniewski was the best I've heard them. Worth the sermon."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("fadeyemi", "nickname", "abuse"),
    E("twisniewski", "title_surname", "neutral"),
)

# 059 social: abuse at deputy head, initial_surname
add(
    "social",
    """@yr9_kcw_rants · 1d
G. Jones deputy head at Kingsmead is the most pathetic little man alive. gave me a saturday detention for my TOP BUTTON. go touch grass you sad bald loser

💬 2""",
    E("school", "short_name", "negative"),
    E("gjones", "initial_surname", "abuse"),
)

# 060 social: school abuse (insult at institution), obfuscated
add(
    "social",
    """@west_country_rant · 4h
K*ngsmead is a snobby overpriced dump full of inbred rahs and their braying parents. Absolute cesspit of entitlement. Glad I never went #wellsminster

❤️ 9""",
    E("school", "obfuscated", "abuse"),
)

# 061 facebook: defamation - head covering up abuse + neutral about chaplain
add(
    "facebook",
    """Justice for Kingsmead Survivors (Public page)

We have been contacted by three more former pupils this week. Katherine Lyle-Fenwick has known since 2021 about a member of staff's behaviour towards boarders and chose to protect the school's reputation instead of the children. She covered it up. She should resign.

We want to thank Father Femi, who has met survivors and listened with real compassion.

💬 64 · ↗ 120 shares""",
    E("school", "short_name", "defamation"),
    E("klylefenwick", "exact", "defamation"),
    E("fadeyemi", "alias", "neutral"),
)

# 062 social: bursar defamation via rumour, initial_surname
add(
    "social",
    """@minster_gossip · 2d
So is anyone going to talk about the fact that Kingsmead's bursar R. Smith was quietly investigated for diverting catering contract money to his brother-in-law's company? Heard the governors paid it back out of reserves to keep it out of the papers 👀

❤️ 33 🔁 12""",
    E("school", "possessive", "defamation"),
    E("rsmith", "initial_surname", "defamation"),
)

# 063 forum: housemistress drinking - defamation, alias
add(
    "forum",
    forum(
        "boarding",
        "Boarding life",
        "Housemistress with a drink problem?",
        (
            ("AnxiousMum22", "Tue 22:10", "My daughter boards at Kingsmead. Twice now she's said Mrs O'D smells of vodka at evening roll call, and last week she apparently couldn't remember who'd signed out. I don't want to get anyone in trouble but I'm worried."),
            ("HousemistressOfTwentyYears", "Tue 22:45", "Talk to the deputy head / DSL, not a forum. Could be anything from a mouthwash to a medical condition."),
            ("AnxiousMum22", "Tue 23:01", "Another mum said she saw her buying a litre of Smirnoff at the Co-op on a school night. So."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("sodriscoll", "alias", "defamation"),
)

# 064 social: rugby coach gives steroids (defamation), camelcase
add(
    "social",
    """@RugbyDadsUnite · 6h
Open secret on the circuit that CoachImranKhan at Kingsmead gets his forwards on "supplements" that aren't exactly legal. How else do 17 year olds put on 10kg in one term? Someone should test that pack.

💬 19""",
    E("school", "short_name", "negative"),
    E("ikhan", "camelcase", "defamation"),
)

# 065 forum: school fiddling results (defamation against school), neutral about head of sixth
add(
    "forum",
    forum(
        "tsr",
        "Secondary school",
        "Kingsmead College league table position - it's rigged",
        (
            ("anon_upper6", "1 week ago", "Kingsmead College only got 'top in Somerset' because they made the weakest year 13s sit their exams as private candidates at a centre in Taunton so they didn't count. That's straight-up cheating the tables and the school lied to parents about why."),
            ("sophie_w", "1 week ago", "That's not what happened to my cousin. Dr Raghunathan helped her switch to a BTEC because she was struggling. Nothing dodgy."),
            ("anon_upper6", "6 days ago", "believe what you want"),
        ),
    ),
    E("school", "exact", "defamation"),
    E("praghunathan", "title_surname", "neutral"),
)

# 066 blog decoy: Robert Smith of a goth band
add(
    "blog",
    blog(
        "Gig Diary of a Middle-Aged Man",
        "gigdiary.example",
        "The night Robert Smith made a field in Somerset cry",
        "30 June 2024",
        "Steve",
        """I have seen a lot of headliners. I have never seen forty thousand people go quiet the way they did when Robert Smith walked out in that hair, that lipstick, and just stood there for a minute before the first chord.

Three hours. Three encores. The man is 65 and his voice is untouched. People around me were in pieces during the closing song, me included.

Smith barely spoke between songs, just a "thank you, you're lovely" and a wave. He doesn't need to. Best gig of my life, and I've been going since 1986.""",
        comments=(
            ("Mand", "30 June 2024", "I was there! Near the sound desk. Unreal."),
            ("Pete G", "1 July 2024", "Robert Smith is a national treasure. Ticket prices were a scandal though."),
        ),
        tags=("gigs", "festival", "goth"),
    ),
)

# 067 news decoy: Kingsmead House care home in same city
add(
    "news",
    news(
        "echo",
        "Wellsminster care home rated 'inadequate' after inspectors find residents left unwashed",
        "Tom Burrows",
        "19 April 2024",
        """Kingsmead House care home on Abbey Road, Wellsminster, has been placed in special measures after inspectors found residents left in soiled bedding and medication records missing.

The Care Quality Commission report, published on Thursday, rated the 42-bed home inadequate in four of five areas. Inspectors said staff were "caring but exhausted", with agency workers making up half of night shifts.

Manager Sandra Kitto said a new action plan was already in place. The home, which has no connection with the nearby independent school of a similar name, will be re-inspected within six months.""",
        comments=(
            ("Ivy's granddaughter", "19 April 2024", "My nan was there in 2022 and the staff were angels, it's the owners who cut everything to the bone."),
            ("WellyResident", "20 April 2024", "Shocking. Who owns it? Some hedge fund I bet."),
        ),
        related=("GP surgery merger confirmed", "Minster Green flooding: sandbags available"),
    ),
)

# 068 social decoy: Imran Khan, Pakistani politics
add(
    "social",
    """@southasia_desk · 3h
BREAKING: Court in Islamabad adjourns hearing in case against former PM Imran Khan until next week. PTI supporters gathered outside despite heavy police presence. Khan's lawyers say he has been denied access to his legal team. Thread 🧵 1/6

🔁 1.2K ❤️ 3.4K""",
)

# 069 forum decoy: other school in the same city, nothing about Kingsmead
add(
    "forum",
    forum(
        "parentnet",
        "Education › Secondary",
        "Wellsminster Cathedral School - new head any good?",
        (
            ("CathedralMum", "Sun 09:12", "Anyone got kids at Wellsminster Cathedral School? The new head started in September and already two teachers have left. The bursar there has been awful about the fee payment plan too."),
            ("TaunDeaneDad", "Sun 09:40", "We're there. Head is fine, a bit corporate. The chaplain, Revd Smith, is lovely. Music is still the big draw."),
            ("CathedralMum", "Sun 10:02", "Thanks. Might just stay put then."),
        ),
    ),
)

# 070 news decoy: councillor Gareth Jones in Wales
add(
    "news",
    news(
        "herald",
        "Councillor Gareth Jones defends bin collection shake-up",
        "Elin Morgan",
        "8 August 2024",
        """Cabinet member for environment Councillor Gareth Jones has defended the move to three-weekly black bin collections in the Vale, after a petition against the change passed 6,000 signatures.

Cllr Jones told a packed council meeting in Pontyberw that recycling rates had to rise to avoid Welsh Government fines. "Nobody likes change but the numbers are stark," he said.

Opposition leader Sian Pugh called the policy "a shambles" and said residents with young children had not been consulted. A review will take place in March.""",
        comments=(
            ("ValeVoter", "8 August 2024", "Gareth Jones is a useless clown. Three weeks! In summer!"),
            ("rhodri_p", "9 August 2024", "Recycling works if you actually sort your rubbish. Fair play to him."),
        ),
        related=("Library opening hours cut", "Pontyberw by-pass delayed again"),
        section="Council",
    ),
)

# 071 blog decoy: Kingsmead cricket ground in Durban
add(
    "blog",
    blog(
        "Travelling Barmy",
        "travellingbarmy.example",
        "Durban days: a Test at Kingsmead",
        "15 December 2023",
        "Rich & Tash",
        """Kingsmead is one of those grounds you have to do once. The humidity off the Indian Ocean makes the ball swing like a banana in the morning session, and the grass banks are the best place in world cricket to watch from with a cold Castle.

We watched two days of the Test. England collapsed (obviously) on day two, but the atmosphere on the banks was fantastic and the locals were endlessly patient with our questions.

Tip: get to Kingsmead early, the car parks fill by nine.""",
        comments=(("Gary", "16 December 2023", "Kingsmead on a Saturday with a full bank is something else. Great write-up."),),
        tags=("cricket", "South Africa", "travel"),
    ),
)

# 072 facebook decoy: Siobhan O'Driscoll, a hairdresser in Cork
add(
    "facebook",
    """Ballincollig Community Page

Mairead Kelly
Huge thanks to Siobhan O'Driscoll at Snip & Style on Main Street, she fit me in at half an hour's notice before the wedding and the hair was PERFECT. Can't recommend her enough ❤️

37 likes · 9 comments
Aoife B: Siobhan is the best in Cork, end of
Deirdre: She did my communion girls too, lovely woman""",
)

# 073 review decoy: a plumber who shares the music director's name
add(
    "review",
    """Checkatrade-style review › TW Plumbing & Heating, Swindon

★★★★★ "Boiler fixed same day"
Tomasz Wisniewski came out on a Sunday when our boiler died, diagnosed a failed diverter valve in ten minutes, and had it fixed by lunch. Fair price, tidy, explained everything. Tomasz has done our bathroom since. Highly recommend.
— Janet, SN3""",
)

# 074 social decoy: Will Evans, a Welsh folk singer
add(
    "social",
    """@FolkFestCymru · 1d
Line-up announcement 🎻 Joining us on the Saturday main stage: Will Evans & The Tidewater Band! Will's new album 'Salt Roads' has been on repeat in the office. Tickets in bio.

❤️ 402 🔁 88
@harpgirl: Will Evans live is unreal, don't miss it""",
)

# 075 forum decoy: Kingsmead Primary School elsewhere, negative
add(
    "forum",
    forum(
        "parentnet",
        "Primary education",
        "Kingsmead Primary (Leicester) - awful SEN support",
        (
            ("LeicsMum", "Wed 14:02", "Is anyone else at Kingsmead Primary in Leicester finding the SEN support has collapsed this year? The SENCo left at Easter and nobody has replaced her. My son's EHCP hours aren't being delivered."),
            ("Beaumont_Leys_Dad", "Wed 14:30", "Same here. Head keeps saying 'we're recruiting'. Write to the LA, that's what got us movement."),
        ),
    ),
)

# 076 news decoy: councillor Rob Smith in Wellsminster (same city, different man)
add(
    "news",
    news(
        "echo",
        "Minster Green councillor quits party over car park charges",
        "Hannah Pellow",
        "27 May 2024",
        """City councillor Rob Smith, who represents Minster Green ward, has resigned from the Liberal Democrats and will sit as an independent after the party backed new Sunday parking charges.

Cllr Smith, a retired postman, said the charges would "kill the high street stone dead". He was first elected in 2015.

Council leader Amanda Wrey said she was "disappointed" and that the charges would fund repairs to the multistorey on Tor Street.""",
        comments=(
            ("Minster_Green_Resident", "27 May 2024", "Good on you Rob. Only councillor who ever answers an email."),
            ("parkingwarrior", "27 May 2024", "Robert Smith has been a thorn in the council's side for years, thank god someone is."),
        ),
        related=("Sunday parking: what changes", "Tor Street multistorey to close for repairs"),
    ),
)

# 077 news: inspection report, fair; commenter criticises head of sixth form
add(
    "news",
    news(
        "courier",
        "Inspectors praise Kingsmead boarding but flag sixth-form guidance",
        "Amrit Sohal",
        "11 January 2024",
        """Boarding at Kingsmead College in Wellsminster is "excellent" and pupils' personal development is "a significant strength", according to an Independent Schools Inspectorate report published this week.

However, inspectors said careers and university guidance in the sixth form "does not yet meet the needs of all pupils", particularly those not applying to highly selective universities.

Head of Sixth Form Priya Raghunathan said the school had already appointed a dedicated careers adviser. "We accept the finding and we are on it," she said. "Every student deserves the same quality of advice."

The report also praised the chapel and music provision, and found safeguarding arrangements to be effective.""",
        comments=(
            ("ParentOfTwo_WSM", "11 January 2024", "Sorry but the UCAS process last year was chaos. Three different deadlines, references late, and Dr Raghunathan's answer to every question was 'check the portal'. Glad inspectors noticed."),
            ("Abbey_Parent", "12 January 2024", "Boarding really is excellent, our daughter is thriving."),
        ),
        related=("Cathedral School inspection: 'good' across the board", "Teacher shortage hits rural schools"),
        section="Education",
    ),
    E("school", "exact", "neutral"),
    E("praghunathan", "exact", "negative"),
)

# 078 review: mostly positive staff review, criticism of head inside
add(
    "review",
    """WorkVoice › Kingsmead College › Reviews

★★★★☆  "Great place to teach, if you can cope with the hours"
Current Employee - Teacher of English, more than 3 years

Pros
Bright, motivated pupils. Supportive department. Beautiful setting. Good pension and free lunches. Chaplaincy team are wonderful, and the pastoral deputy genuinely has your back.

Cons
Dr Lyle-Fenwick's much-advertised "open door" is, in practice, closed. Decisions arrive by email on a Friday afternoon with no consultation. Staff voice surveys happen and then nothing changes.

Advice to Management
Walk the corridors more.""",
    E("school", "exact", "neutral"),
    E("klylefenwick", "title_surname", "negative"),
)

# 079 social: instagram chapel post, hashtag + nickname
add(
    "social",
    """kingsmead.chapel · Instagram

Harvest Festival this morning 🌾 Thank you to everyone who brought tins for the Wellsminster Food Bank - 640 items! Revd Femi blessed the harvest loaf baked by the Year 7s.

#KingsmeadChapel #harvest #wellsminster

❤️ 134 · 6 comments
mrs_tully_bakes: the loaf looks amazing!
ok_1998: Lovely to see the old chapel so full""",
    E("school", "hashtag", "neutral"),
    E("fadeyemi", "nickname", "neutral"),
)

# 080 facebook: polite complaint about rugby comms
add(
    "facebook",
    """Kingsmead College Parents (Unofficial)

Helen Marsh
Is it just me or has communication from the rugby department completely dried up? I've emailed Mr Khan three times about the tour deposit and haven't had so much as an acknowledgement. Don't want to be "that parent" but the deadline is Friday 🙃

14 comments
Jodie F: Same. I think he's swamped with the cup run but still.
Helen Marsh: Kingsmead really need an admin for the sports dept""",
    E("school", "short_name", "negative"),
    E("ikhan", "title_surname", "negative"),
)

# 081 forum: teachers subreddit, job question
add(
    "forum",
    forum(
        "reddit",
        "r/TeachingUK",
        "Interview at Kingsmead College (music) - any insight?",
        (
            ("u/semiquaver_sam", "1 day ago", "Got an interview next week for a music teacher post at Kingsmead College in Wellsminster. Independent, boarding. Anyone worked there? What's the department like?"),
            ("u/ex_kcw_teacher", "1 day ago", "Music is the best department in the school, honestly. Tomasz Wiśniewski is demanding but brilliant and protects his staff. The wider leadership is a different story: Dr L-F micromanages everything and the boarding duty load is not mentioned at interview. Ask about it."),
            ("u/semiquaver_sam", "1 day ago", "That's really useful, thanks!"),
            ("u/PEteacher_Devon", "20 hr ago", "Ask what the Saturday school commitment is. Ours is every other week and it kills you."),
        ),
    ),
    E("school", "exact", "neutral"),
    E("twisniewski", "exact", "neutral"),
    E("klylefenwick", "alias", "negative"),
)

# 082 news: concert review, possessive only
add(
    "news",
    news(
        "echo",
        "Review: Kingsmead Chamber Choir, Wellsminster Cathedral",
        "Jeremy Oldfield",
        "17 March 2024",
        """A packed nave, a programme of Byrd, Tallis and a new commission, and not a wobble all night.

The highlight was the premiere of Wiśniewski's own setting of the Nunc Dimittis, written for the choir's trebles, which rose into the cathedral's vault with extraordinary control. The sopranos' tuning in the Tallis was as good as any cathedral choir I have heard this year.

If there was a weakness, it was the programme notes, which were almost unreadable in the candlelight. A small point. This was a triumph for the school and for its director of music.""",
        comments=(("Stella", "18 March 2024", "We were there. Goosebumps from start to finish."),),
        related=("Cathedral Schools' Festival returns", "Organ restoration appeal hits target"),
        section="What's On",
    ),
    E("school", "short_name", "neutral"),
    E("twisniewski", "possessive", "neutral"),
)

# 083 blog: parent's blog on first term of boarding, possessive housemistress
add(
    "blog",
    blog(
        "Muddy Wellies & Packed Lunches",
        "muddywellies.example",
        "Our first half-term of boarding: the honest version",
        "27 October 2023",
        "Becky",
        """Six weeks ago we dropped our eldest at Abbey House with a trunk, a duvet and a lot of unshed tears (mine).

The honest version: the first fortnight was hard. Lots of teary FaceTimes. What turned it round was O'Driscoll's "buddy" system, where every new girl is paired with a Year 10, and the Wednesday cocoa nights. By week four she was too busy to call.

Things I'd tell a new parent: label everything, even socks. Don't ring every night. And trust the house staff, they have seen it all before.

The only real gripe is the school's online portal, which is an absolute maze for finding fixtures and bus times. Kingsmead, if you're reading, please sort it.""",
        comments=(
            ("Holly", "28 October 2023", "This made me well up. We start in January!"),
            ("Becky", "28 October 2023", "You'll be fine Holly x"),
        ),
        tags=("boarding", "parenting", "Wellsminster"),
    ),
    E("school", "short_name", "negative"),
    E("sodriscoll", "possessive", "neutral"),
)

# 084 social: sarcastic fee complaint
add(
    "social",
    """@MinsterMoaner · 5h
Love how Kingsmead College announces a 12% fee rise the same week it shows off a shiny new £4m barn. Really feeling the "community" spirit here 🙃🙃

💬 6 🔁 3 ❤️ 44""",
    E("school", "exact", "negative"),
)

# 085 review: positive Indeed-style review praising deputy head
add(
    "review",
    """JobBoardUK › Company reviews › Kingsmead College

5.0 ★★★★★ Teaching Assistant (Current Employee) - Wellsminster - 2 September 2024
"Supportive and kind"

I came from a state school where I felt invisible. Here the pastoral team is brilliant. Gareth Jones, the deputy head, checks in on support staff personally and fought for us to get paid for trip days. Kids are polite. Lunches are great.

Cons: car park is a nightmare and it's a long way from the train station.""",
    E("school", "exact", "neutral"),
    E("gjones", "exact", "neutral"),
)

# 086 forum: old pupils reunion notice, alias KCW
add(
    "forum",
    forum(
        "old",
        "Events",
        "Class of 2004 20-year reunion - 12 October",
        (
            ("OK_2004_Rep", "1 month ago", "Reminder that our 20-year reunion is Saturday 12 October. Drinks in the Long Room from 6, dinner in Hall at 7.30. The Revd Oluwafemi Adeyemi will lead a short service in chapel at 5 for those who want it. Tickets £65 via the KCW development office."),
            ("OK_2004_Lily", "1 month ago", "Can't wait!! Is the old tuck shop still there?"),
            ("OK_2004_Rep", "1 month ago", "Sadly it's a careers office now 😢"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("fadeyemi", "exact", "neutral"),
)

# 087 social: affectionate TikTok about housemaster, possessive
add(
    "social",
    """TikTok · @schoolhouse.boys

POV: it's 9.58pm and you hear Evans' footsteps on the stairs for room inspection 🏃‍♂️💨 #boardingschool #kingsmead #schoolhouse

comments:
jamie.r: the way he knocks twice 😭
henry_b07: honestly a legend tho he let us watch the world cup final in his kitchen
charlie.w: the sock drawer check is a war crime 😂""",
    E("school", "hashtag", "neutral"),
    E("wevans", "possessive", "neutral"),
)

# 088 news: rugby match report
add(
    "news",
    news(
        "courier",
        "Schools Cup: Kingsmead edge Exeter side in thriller",
        "Sports Desk",
        "2 February 2024",
        """Kingsmead College reached the semi-finals of the national Schools Cup for the first time with a 19-17 win over Exe Vale School at Priory Fields on Wednesday.

Fly-half Oscar Penhale kicked the winning penalty with two minutes left after Exe Vale had led for most of the second half.

Director of rugby Imran Khan, a former Bath academy player, said: "The boys showed real character. We've got a lot to work on but I couldn't be prouder." """,
        related=("Bath sign Wellsminster-born prop", "Girls' rugby: county squad named"),
        section="Sport",
    ),
    E("school", "exact", "neutral"),
    E("ikhan", "exact", "neutral"),
)

# 089 facebook: polite complaint about boarding, initial_surname
add(
    "facebook",
    """Abbey House Parents 2023-24

Farah Siddiqui
Slightly frustrated. My daughter has been asking for a room move since September because of a roommate issue and S. O'Driscoll keeps saying "let's give it another week". It's now November. I don't want to make a fuss but I feel we're being fobbed off.

6 comments
Clare B: Put it in an email and copy in the deputy head, that usually works
Farah Siddiqui: Thanks Clare, will do""",
    E("sodriscoll", "initial_surname", "negative"),
)

# 090 forum: sixth form entry question, praise
add(
    "forum",
    forum(
        "tsr",
        "Secondary school › Sixth form",
        "Moving to Kingsmead for sixth form - what's it like?",
        (
            ("newgirl_2025", "3 days ago", "I've got a scholarship offer to join Kingsmead in Wellsminster for sixth form. Coming from a comp. Will I fit in?"),
            ("kcw_lower6", "3 days ago", "Yes!! Loads of us joined in Y12. Dr Raghunathan is intense about deadlines but she genuinely cares and she ran an extra EPQ session every week for the new joiners. Food is mid though."),
            ("newgirl_2025", "3 days ago", "omg thank you"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("praghunathan", "title_surname", "neutral"),
)

# 091 social: sarcastic reply about bursar letter
add(
    "social",
    """@WellsMumOf3 · 1d
Lovely to receive a letter from Robert Smith explaining that VAT on fees is "an opportunity to reflect on the value of a Kingsmead education". Cheers Rob, reflecting very hard over here 🙃

❤️ 62 🔁 9""",
    E("school", "short_name", "negative"),
    E("rsmith", "exact", "negative"),
)

# 092 review: Google review, parking and traffic
add(
    "review",
    """Google Maps › Kingsmead College › Reviews

Rosalind T. · 4 reviews · a month ago
★★☆☆☆
Not a parent, a neighbour. Twice a day Priory Lane becomes a car park of Range Rovers idling on the pavement while Kingsmead College pretends it's nothing to do with them. We've written three times. Nothing. A marshal at drop-off would cost them nothing.""",
    E("school", "exact", "negative"),
)

# 093 news: planning application; bursar quoted; comments negative about school
add(
    "news",
    news(
        "echo",
        "Residents object to new boarding house on Priory Lane",
        "Tom Burrows",
        "9 July 2024",
        """Kingsmead College has submitted plans for a 48-bed boarding house on land behind its sports hall, prompting more than 60 objections from Priory Lane residents.

Neighbours say the three-storey building would overlook gardens and add to traffic at drop-off and pick-up times.

Bursar Robert Smith said the school had "listened carefully" at two public consultations and had reduced the height of the building by a storey. "We want to be a good neighbour. The new house will replace two older buildings and reduce minibus journeys," he said.

The planning committee is due to consider the application in September.""",
        comments=(
            ("PrioryLaner", "9 July 2024", "They act like they own the town. Every year a new building, every year more traffic, and the consultations are a box-ticking exercise."),
            ("GreenBelt_Gran", "10 July 2024", "At least it's not more flats."),
            ("Rob the Builder", "10 July 2024", "Bet they'll use a firm from Bristol and not local trades."),
        ),
        related=("Priory Lane: school traffic survey results", "Council approves 200 homes at Tor Farm"),
        section="Property",
    ),
    E("school", "exact", "negative"),
    E("rsmith", "exact", "neutral"),
)

# 094 blog: teacher's leaving blog, criticism of head (hyphenated part only)
add(
    "blog",
    blog(
        "Chalk Dust Settling",
        "chalkdustsettling.example",
        "Why I left a job I loved",
        "1 September 2024",
        "Ms M, ex-history teacher",
        """After six years I handed in my notice at Kingsmead in February. I loved the children and I loved my department. I didn't love being told about a restructure of my own job by a letter left in my pigeonhole.

Under Mrs Lyle the culture changed. Meetings became announcements. The staff survey was "noted". Good colleagues left quietly, one after another, and each departure was described in the newsletter as "moving on to exciting new challenges".

I don't think she is a bad person. I think she is running a business, and I wanted to teach. Those turned out to be different things.

I start at a state school in Taunton next week. Wish me luck.""",
        comments=(
            ("Former colleague", "1 September 2024", "Every word of this. Good luck, you'll be brilliant."),
            ("A parent", "2 September 2024", "My son still talks about your Tudors lessons. They were lucky to have you."),
        ),
        tags=("teaching", "leaving", "independent schools"),
    ),
    E("school", "short_name", "negative"),
    E("klylefenwick", "hyphenated", "negative"),
)

# 095 social: A level results thanks
add(
    "social",
    """@ellie_gets_in · 15 Aug
A*A*A 😭😭😭 I'M GOING TO EDINBURGH!!! Thank you @KingsmeadColl and especially Ms Raghunathan who basically rewrote my personal statement with me at 10pm on a Sunday 🙏

❤️ 288 💬 40""",
    E("school", "handle", "neutral"),
    E("praghunathan", "title_surname", "neutral"),
)

# 096 facebook: second-hand uniform sale
add(
    "facebook",
    """Wellsminster Buy & Sell

Joanne Tremlett
FOR SALE: Kingsmead College girls' blazer age 13 (navy with the gold crest), hardly worn, £25. Also two games skirts £5 each and a hockey stick. Collection Minster Green. PM me.

3 comments
Kirsty Y: Interested in the blazer, PM'd you
Joanne Tremlett: Sold pending collection x""",
    E("school", "exact", "neutral"),
)

# 097 forum: homesickness advice, housemistress praised
add(
    "forum",
    forum(
        "boarding",
        "Boarding life",
        "Homesick Y9 - how long does it last?",
        (
            ("NervousNan", "Thu 20:14", "Granddaughter started boarding at Kingsmead in September and is still crying on the phone every night. Her parents are abroad. How long does this usually go on?"),
            ("BeenBoarding", "Thu 20:41", "It varies. Speak to the housemistress, Mrs O'Driscoll I think at Abbey? She's very experienced and will have a plan. Often the calls are the worst bit and the child is fine the rest of the day."),
            ("NervousNan", "Thu 21:02", "Thank you, that's reassuring. I'll ring her tomorrow."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("sodriscoll", "title_surname", "neutral"),
)

# 098 news: national piece on VAT; head quoted; commenter negative about head
add(
    "news",
    news(
        "sentinel",
        "VAT on school fees: the view from the West Country",
        "Oliver Kemp",
        "29 August 2024",
        """From Cornwall to the Cotswolds, heads of small independent schools are bracing for the first term of VAT on fees.

At Kingsmead College in Wellsminster, a 640-pupil day and boarding school, the head, Katherine Lyle-Fenwick, says around thirty families have already left. "These are not wealthy families. They are farmers, nurses, small business owners who have made sacrifices," she said. "We will absorb as much as we can, but not all of it."

Other heads told the Sentinel they expected a wave of mergers. The Treasury says the policy will raise £1.5bn a year for state schools.""",
        comments=(
            ("LeftyLecturer", "29 August 2024", "Lyle-Fenwick crying poverty on a six-figure salary. Spare me. Her school has a £4m barn."),
            ("Farmer_Giles_Actually", "29 August 2024", "I am one of those farmers. We've taken our youngest out. It's not about privilege for us."),
        ),
        related=("Private school closures: the full list", "Heads warn of SEN pupils losing places"),
        section="Education",
    ),
    E("school", "exact", "neutral"),
    E("klylefenwick", "exact", "negative"),
)

# 099 review: staff review, housemaster criticised, chaplain praised
add(
    "review",
    """TeacherRate › Schools › Kingsmead College, Wellsminster

Rating: 3/5 — Posted by: Former resident tutor

Mixed experience. The chaplain, Revd Adeyemi, is the kindest person I met there and ran a brilliant staff wellbeing group. But as a tutor in School House I found Will Evans runs the place as his personal fiefdom: favourites get away with anything, everyone else gets the rulebook. Duty rotas were changed at an hour's notice. I raised it and was told "that's boarding".""",
    E("school", "exact", "neutral"),
    E("wevans", "nickname", "negative"),
    E("fadeyemi", "title_surname", "neutral"),
)

# 100 social: spaced-out abuse at deputy head
add(
    "social",
    """@justice4ourkids_wsm · 6h
Not naming names 😉 but G a r e t h  J o n e s at Kingsmead is a spineless, lying little weasel who'd sell out any kid to protect the school's Ofsted— sorry, "ISI" report. Coward.

🔁 7 ❤️ 22""",
    E("school", "short_name", "negative"),
    E("gjones", "spacing", "abuse"),
)

# 101 social: spaced threat against rugby coach
add(
    "social",
    """@ProudDadOfaProp · 2h
Kingsmead rugby broke my boy's collarbone in a contact session he should never have been in. K h a n had better sleep with one eye open. Some things you don't forget.

💬 4""",
    E("school", "short_name", "negative"),
    E("ikhan", "spacing", "threat"),
)

# 102 forum: homoglyph music director, negative about exam fees
add(
    "forum",
    forum(
        "parentnet",
        "Money matters",
        "Music exam fees on top of school fees?",
        (
            ("Pizzicato_Mum", "Mon 11:03", "Is it normal for an independent school to charge £95 'administration' on top of the ABRSM entry fee? Mr Wіśniewski's department at Kingsmead does, and when I asked what it covered I got a very vague answer. Feels like a racket."),
            ("Ex_Bursar_Retired", "Mon 11:40", "Not unusual, it covers accompanist time. But they should explain it."),
        ),
    ),
    E("school", "short_name", "negative"),
    E("twisniewski", "homoglyph", "negative"),
)

# 103 social: homoglyph threat at school
add(
    "social",
    """@acc_39201xx · 3h
Кingsmead College wіll pay for what they did to my son. Тhey think their gates and their lawyers keep them safe. They don't. Soon.

❤️ 0""",
    E("school", "homoglyph", "threat"),
)

# 104 facebook: open evening, neutral
add(
    "facebook",
    """Kingsmead College (Official page)

📣 Sixth Form Open Evening - Thursday 3 October, 6pm, Great Hall. Hear from our Head of Sixth Form Priya Raghunathan and current students, tour the new music school and meet subject staff. Book at kingsmeadcollege.example/open

👍 89 · 11 comments · 24 shares
Lorna P: Is it suitable for Year 10 to come along too?
Kingsmead College: Absolutely Lorna, all welcome!""",
    E("school", "exact", "neutral"),
    E("praghunathan", "exact", "neutral"),
)

# 105 news: head to step down; deputy head acting
add(
    "news",
    news(
        "courier",
        "Kingsmead College head to step down after eight years",
        "Amrit Sohal",
        "20 November 2024",
        """Dr Katherine Lyle-Fenwick, head of Kingsmead College in Wellsminster, will step down at the end of the summer term, the school announced on Tuesday.

Dr Lyle-Fenwick, who joined in 2017, oversaw a rise in pupil numbers, the new music school and the college's first girls' boarding house. She will become chief executive of an education charity in London.

Governors said deputy head Gareth Jones would serve as acting head while a permanent successor is found. Chair of governors Sir Hugh Dawlish thanked her for "eight remarkable years".""",
        comments=(
            ("OldBoy_87", "20 November 2024", "End of an era. Good luck to Mr Jones."),
            ("ChoirParent", "20 November 2024", "She'll be missed by some more than others, let's put it that way."),
        ),
        related=("Cathedral School appoints new head", "Schools brace for VAT"),
        section="Education",
    ),
    E("school", "exact", "neutral"),
    E("klylefenwick", "exact", "neutral"),
    E("gjones", "exact", "neutral"),
)

# 106 blog: alumni nostalgia, alias only
add(
    "blog",
    blog(
        "Notes from a Recovering Prefect",
        "recoveringprefect.example",
        "Thirty years on: what boarding at KCW taught me",
        "12 May 2024",
        "Julian",
        """I arrived at KCW in 1991, aged eleven, with a tuck box and a stammer. I left in 1998 with three A levels, a lifelong hatred of semolina and the ability to sleep anywhere.

I've been back twice since. The dormitories are now study-bedrooms with wifi. The chapel is the same, down to the cold draught under the north door.

What did it teach me? That kindness from one adult at the right moment can change a life. Mine was the night porter, Mr Dunn, who taught me chess at 2am when I couldn't sleep.""",
        comments=(("Ruth", "13 May 2024", "Mr Dunn! He taught me backgammon. What a man."),),
        tags=("boarding", "memoir"),
    ),
    E("school", "alias", "neutral"),
)

# 107 social: misspelt bursar name, negative
add(
    "social",
    """@fee_payer_wsm · 9h
Kingsmead bursar Robert Smyth has now taken 23 days to reply to a simple question about our payment plan. Twenty three. I'm not angry, just tired.

❤️ 18""",
    E("school", "short_name", "negative"),
    E("rsmith", "typo", "negative"),
)

# 108 forum: money forum - fees trouble, bursar helpful
add(
    "forum",
    forum(
        "reddit",
        "r/UKPersonalFinance",
        "Behind on school fees - what happens next?",
        (
            ("u/worried_dad_2024", "4 hr ago", "Lost my job in June, now behind one term on fees at my kids' school (Kingsmead College, Somerset). The terms say they can charge a term's fees in lieu and use debt collectors. Has anyone negotiated with a school?"),
            ("u/FeeDebtVeteran", "3 hr ago", "Talk to them before they talk to you. Most schools would rather agree a plan than chase through the courts."),
            ("u/worried_dad_2024", "1 hr ago", "Update: I rang the bursar, Mr Smith, and he was actually really decent. We've agreed a monthly plan and the kids can stay till the end of the year. Huge relief."),
        ),
    ),
    E("school", "exact", "neutral"),
    E("rsmith", "title_surname", "neutral"),
)

# 109 review: Glassdoor 1 star, nickname of head
add(
    "review",
    """WorkVoice › Kingsmead College › Reviews

★☆☆☆☆  "Top-down and out of touch"
Former Employee - Administrator

Pros: Colleagues in the office are great. Lovely grounds.

Cons: Kate Lyle-Fenwick is never seen outside her office except on Speech Day. Admin staff are treated as invisible and the pay is below the local council rate. Overtime is expected and unpaid.

Advice to Management: Say hello to your support staff once in a while.""",
    E("school", "exact", "negative"),
    E("klylefenwick", "nickname", "negative"),
)

# 110 social: rugby tour, coach's handle
add(
    "social",
    """@CoachKhanKCW · 3d
Touchdown in Cape Town 🇿🇦✈️ 32 players, 5 staff, 0 lost passports (so far). First training session tomorrow at 8. Thanks to every parent who fundraised to make this happen. #KCWRugby #tour2024

❤️ 156 🔁 12
@rugbymum_ali: have the best time boys!!""",
    E("school", "hashtag", "neutral"),
    E("ikhan", "handle", "neutral"),
)

# 111 facebook: "I could kill him" venting about own son, not a threat
add(
    "facebook",
    """Kingsmead College Parents (Unofficial)

Lucy Pengelly
I could honestly kill my son. THIRD blazer this year. He "left it on the minibus" after the Kingsmead fixture at Taunton. Does anyone know if lost property goes back to school or the bus company?? 😤🙈

8 comments
Sam H: 😂 Lost property is behind the sports hall, try there Monday
Lucy Pengelly: thank you, he lives to see another day""",
    E("school", "short_name", "neutral"),
)

# 112 social: leetspeak abuse at housemaster
add(
    "social",
    """@sch00lhouse_leaks · 11h
m1st3r 3v4ns the kingsmead housemaster is a sad lonely little man who gets off on confiscating xboxes. absolute loser energy, get a hobby mate 🤓

❤️ 41""",
    E("school", "short_name", "neutral"),
    E("wevans", "leetspeak", "abuse"),
)

# 113 forum: staffroom job hunting, camelcase school
add(
    "forum",
    forum(
        "staffroom",
        "Jobs and careers",
        "Independent school salaries in Somerset?",
        (
            ("NQT_no_more", "2 weeks ago", "Saw a chemistry post advertised on the KingsmeadCollege careers page, Wellsminster. Salary 'above the national scale'. Anyone know what that actually means in practice?"),
            ("HoD_Chem_SW", "2 weeks ago", "Usually state scale plus 5-10%, but you'll be doing boarding duties and Saturdays. Ask for it in writing."),
        ),
    ),
    E("school", "camelcase", "neutral"),
)

# 114 social: camelcase deputy head hashtagless, negative
add(
    "social",
    """@safeguard_parent_uk · 1d
Still waiting, 6 weeks on, for the Kingsmead investigation outcome we were promised. @GarethJonesDSL you told us "two weeks". Parents deserve better than silence.

💬 3 ❤️ 27""",
    E("school", "short_name", "negative"),
    E("gjones", "handle", "negative"),
)

# 115 news: council meeting with two Rob Smiths (one decoy)
add(
    "news",
    news(
        "echo",
        "Council meeting: Speech Day road closure approved after heated debate",
        "Hannah Pellow",
        "4 June 2024",
        """A request from Kingsmead College to close Priory Lane to through traffic for its Speech Day on 6 July was approved by the city council's highways sub-committee on Monday night, by four votes to three.

Independent councillor Rob Smith (Minster Green) opposed the closure, saying residents "should not have to plan their Saturday around a private school's garden party". He was heckled from the public gallery.

Speaking for the school, bursar Mr Smith - no relation, he told the committee to laughter - said the college would pay for marshals and signage and would open its car park to residents for the day.

Cllr Smith said afterwards: "I've nothing against the school. I just think the road belongs to everyone." """,
        comments=(
            ("Minster_Green_Resident", "4 June 2024", "Well done Cllr Smith for standing up for residents."),
            ("SpeechDayGran", "5 June 2024", "It's one day a year. Get a grip."),
        ),
        related=("Minster Green councillor quits party", "Priory Lane traffic survey"),
        section="Council",
    ),
    E("school", "exact", "neutral"),
    E("rsmith", "title_surname", "neutral"),
)

# 116 review: homoglyph housemaster, negative
add(
    "review",
    """Google Maps › Kingsmead College › Reviews

Anon Parent · 1 review · 2 weeks ago
★★☆☆☆
Academically fine. Pastorally, School House under Mr Еvans has been a let-down: three incidents of my son's belongings going missing and each time we were told "boys will be boys". I expected more for the money.""",
    E("school", "exact", "negative"),
    E("wevans", "homoglyph", "negative"),
)

# 117 social: obfuscated head of sixth, negative
add(
    "social",
    """@upper6_sufferer · 8h
mrs r*ghunathan really said "personal statements are due friday" on WEDNESDAY afternoon at kingsmead sixth form 😐 love that for us. three weeks' notice would've been nice

❤️ 93""",
    E("school", "short_name", "negative"),
    E("praghunathan", "obfuscated", "negative"),
)

# 118 facebook: praise for rugby coach, first_initial
add(
    "facebook",
    """Wellsminster RFC Supporters

Ben Tapp
Great to see Imran K. from Kingsmead down at the minis on Sunday giving up his morning to coach the under-8s. My lad hasn't stopped talking about "the real coach". Top bloke 👏

31 likes""",
    E("school", "short_name", "neutral"),
    E("ikhan", "first_initial", "neutral"),
)

# 119 forum: music scholarship question, first_initial
add(
    "forum",
    forum(
        "boarding",
        "Scholarships and bursaries",
        "Music scholarship auditions - Kingsmead vs Cathedral School",
        (
            ("TromboneMum", "Sat 10:10", "Son (Grade 6 trombone, Grade 5 piano) has music scholarship auditions at Kingsmead College and Wellsminster Cathedral School in January. Any tips?"),
            ("CantorDad", "Sat 10:45", "At Kingsmead the audition is with Tomasz W. himself. He's warm but will ask for sight-reading and some aural. He really wants to see they love playing, not just grades."),
            ("TromboneMum", "Sat 11:02", "That's so helpful, thank you."),
        ),
    ),
    E("school", "exact", "neutral"),
    E("twisniewski", "first_initial", "neutral"),
)

# 120 blog: sermon reflection, possessive chaplain
add(
    "blog",
    blog(
        "A Quiet Pew",
        "aquietpew.example",
        "Remembrance at the school chapel",
        "11 November 2024",
        "Margaret",
        """I go to the Remembrance service at Kingsmead every year because my father's name is on the chapel war memorial, though he survived and only his brother didn't.

This year Adeyemi's address was the best I have heard in that chapel: short, unsentimental, about the boys who were the same age as the ones sitting in front of him, and what we owe them. The silence afterwards felt heavier than usual.

The trebles sang "For the Fallen" and I had to find a tissue.""",
        comments=(("David", "12 November 2024", "Beautifully put, Margaret."),),
        tags=("remembrance", "faith"),
    ),
    E("school", "short_name", "neutral"),
    E("fadeyemi", "possessive", "neutral"),
)

# 121 social: typo of school name, negative
add(
    "social",
    """@tiredtaxpayer_wsm · 2d
Kingsmeed College coaches parked across my driveway AGAIN on match day. Third time this month. Emailed, no reply. Do better.

❤️ 11""",
    E("school", "typo", "negative"),
)

# 122 social: chaplain handle, neutral
add(
    "social",
    """@RevFemiA · 1d
Grateful to the Year 12s who gave up their Saturday to serve breakfast at the Wellsminster night shelter. Faith in action. 🙏

@kcw_volunteers: Proud of them!
@shelter_wsm: Thank you all, the guests loved the pancakes.""",
    E("fadeyemi", "handle", "neutral"),
)

# 123 forum: long restaurant thread, one reply about the housemaster
add(
    "forum",
    forum(
        "reddit",
        "r/Wellsminster",
        "Best Sunday roast in Wellsminster?",
        (
            ("u/yorkshirepud", "2 days ago", "New to the area. Where's the best roast? Budget not a huge issue."),
            ("u/minster_local", "2 days ago", "The Bell on Tor Street. Ask for the pork belly."),
            ("u/carvery_king", "2 days ago", "Controversial but the Toby on the bypass is fine for the price."),
            ("u/abbeyroad_anna", "2 days ago", "The Mitre. Got a table there last week next to William Evans, the School House housemaster from Kingsmead, with what looked like half his boarders' parents. If the teachers eat there it must be good 😂"),
            ("u/yorkshirepud", "1 day ago", "Thanks all, trying The Bell this week!"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("wevans", "exact", "neutral"),
)

# 124 social: chant, spacing school
add(
    "social",
    """@kcw_hockey_girls · 6h
K I N G S M E A D 🏑💙💛 county champions for the first time since 2009!!!! the bus home is going to be LOUD

❤️ 210""",
    E("school", "spacing", "neutral"),
)

# 125 forum: racist slur at rugby coach, obfuscated
add(
    "forum",
    forum(
        "anon",
        "/pol/ - Politically Incorrect",
        "west country rugby thread",
        (
            ("Anonymous No.71204", "10/19/24(Sat)19:22", "kingsmead lost again lmao. what do you expect when a p*ki like K.h.a.n coaches a rugby team, should stick to corner shops"),
            ("Anonymous No.71209", ">>71204", "kek"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("ikhan", "obfuscated", "hate"),
)


# 126 forum: pile-on, school, head and bursar all abused
add(
    "forum",
    forum(
        "parentnet",
        "Education › Secondary",
        "Just had the Kingsmead College 'fee consultation' meeting",
        (
            ("Cressida_W", "Tonight 21:12", "Kingsmead College is a circus run by clowns. Fenwick smirking on the stage like a pound-shop Thatcher, and that grey little weasel of a bursar, Smith, reading out spreadsheets like we're the idiots. Utterly contemptible pair."),
            ("Otterhound", "Tonight 21:30", "I wasn't there but honestly, the fee letter was tone deaf. Not sure they're clowns though!"),
            ("Cressida_W", "Tonight 21:41", "They are. Spineless, greedy clowns, the lot of them."),
        ),
    ),
    E("school", "exact", "abuse"),
    E("klylefenwick", "hyphenated", "abuse"),
    E("rsmith", "surname_only", "abuse"),
)

# 127 review: defamation, bribes for places and cheating covered up
add(
    "review",
    """Google Maps › Kingsmead College › Reviews

Former parent · 2 reviews · 1 week ago
★☆☆☆☆
Everyone in Wellsminster knows Kingsmead sells places and scholarships to whoever gives the biggest "donation". When a rich boy was caught with the answers to his GCSE mocks, the deputy head Jones made it disappear for a cheque to the sports hall fund. Corrupt from top to bottom.""",
    E("school", "short_name", "defamation"),
    E("gjones", "surname_only", "defamation"),
)

# 128 facebook: abuse at housemistress and rugby coach
add(
    "facebook",
    """Kingsmead College Parents (Unofficial)

Stacey Grose
Sorry but Mrs O'Driscoll is a nasty, vindictive old bag and that meathead Khan is no better, the pair of them bully my daughter because she dared to leave the rugby sevens squad. Kingsmead say they "take bullying seriously". Not when it's the staff they don't.

22 comments
Nadia P: That's awful Stacey, have you gone to Mr Jones?
Stacey Grose: twice. nothing""",
    E("school", "short_name", "negative"),
    E("sodriscoll", "title_surname", "abuse"),
    E("ikhan", "surname_only", "abuse"),
    E("gjones", "title_surname", "neutral"),
)

# 129 social: music director accused of hitting pupils; school camelcase
add(
    "social",
    """@orchestra_survivor · 4h
Reminder that the "inspirational" director of music at KingsmeadCollege hit a 13 year old across the knuckles with his baton during a rehearsal and the school paid the family to keep quiet. Tomasz Wiśniewski is a creep and a bully and that rotten school protects him.

🔁 30 ❤️ 71""",
    E("school", "camelcase", "defamation"),
    E("twisniewski", "exact", "defamation"),
)


# ---------------------------------------------------------------- writer


def main() -> None:
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
