# ruff: noqa: E501
"""Labelled corpus train3 for the repwatch matcher (Thornbank St Mary's CE Primary School, Ravensclough).

Written WITHOUT reading the matcher, its tuning corpus or the other held-out corpora: it
measures how the matcher generalises to writing it was never tuned on. As a ``train*``
corpus it may also be used for training.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_train3

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the places, the sites, the phone numbers (Ofcom drama ranges) and the addresses.

Labelling conventions used here: ``possessive`` is used when the name only appears in a
possessive form without a title ("Whittaker's class", "Thornbank's"); "Mrs Okonkwo's" counts as
``title_surname``. ``short_name`` is "Thornbank" alone; ``alias`` is one of the watchlist aliases.
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
    "school", "kashworthpilling", "ikhan", "bjones", "rwhittaker", "gnowak", "aokonkwo",
    "ssmith", "wevans", "gtattersall",
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


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def paras(text: str) -> str:
    return "\n".join(f"<p>{esc(p.strip())}</p>" for p in text.strip().split("\n\n") if p.strip())


NEWS_SITES = {
    "adv": ("Ravensclough Advertiser", "ravenscloughadvertiser.example", ["News", "Sport", "What's On", "Business", "Nostalgia", "Announcements", "Jobs"]),
    "tel": ("East Lancs Evening Telegraph", "eastlancstelegraph.example", ["Home", "News", "Crime", "Education", "Burnside FC", "Opinion"]),
    "pkt": ("Cloughside Pocket", "cloughsidepocket.example", ["Local", "Council", "Schools", "Community", "Letters"]),
    "nat": ("The Daily Record Online", "dailyrecordonline.example", ["UK", "World", "Sport", "Showbiz", "Money"]),
}


def news(site: str, headline: str, byline: str, date: str, body: str, comments: list[tuple[str, str]] = (), related: list[str] = (), section: str = "News") -> str:
    name, domain, nav = NEWS_SITES[site]
    navs = " | ".join(f'<a href="https://{domain}/{n.lower().replace(" ", "-")}">{esc(n)}</a>' for n in nav)
    rel = "".join(f'<li><a href="https://{domain}/news/{i}">{esc(r)}</a></li>' for i, r in enumerate(related, 1))
    com = "".join(f'<div class="comment"><span class="author">{esc(u)}</span><p>{esc(t)}</p><a class="report">Report</a></div>\n' for u, t in comments)
    comblock = f'<section id="comments"><h3>{len(comments)} comments</h3>\n{com}</section>' if comments else '<section id="comments"><p>Comments are closed on this article.</p></section>'
    relblock = f'<aside class="related"><h4>Related stories</h4><ul>{rel}</ul></aside>' if related else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(headline)} | {esc(name)}</title></head>
<body>
<header><a class="logo" href="https://{domain}/">{esc(name)}</a><nav>{navs}</nav>
<div class="weather">Ravensclough 9°C light rain</div><a href="https://{domain}/subscribe">Subscribe from £1</a></header>
<main><article>
<div class="section">{esc(section)}</div>
<h1>{esc(headline)}</h1>
<div class="byline">By {esc(byline)} · {esc(date)}</div>
{paras(body)}
</article>
<div class="advert">ADVERTISEMENT — Ravensclough Carpet Warehouse: half price underlay this weekend only</div>
{relblock}
{comblock}
</main>
<footer><p>© {esc(name)}. All rights reserved. Part of Pennine Local Media.</p>
<p><a href="https://{domain}/privacy">Privacy</a> · <a href="https://{domain}/complaints">Complaints (IPSO)</a> · <a href="https://{domain}/contact">Contact us</a></p></footer>
</body></html>"""


FORUM_SITES = {
    "mc": ("MumsChat", "mumschat.example", ["Talk", "Active", "Am I being unreasonable?", "Primary education", "Relationships", "Chat"]),
    "tp": ("TalkParents", "talkparents.example", ["Forums", "New posts", "Schools & Education", "Local: North West", "Off topic"]),
    "rd": ("reddeck", "reddeck.example", ["r/Ravensclough", "r/teachinguk", "r/AskUK", "r/unitedkingdom"]),
    "tes": ("StaffroomTalk", "staffroomtalk.example", ["Forums", "Primary", "Workplace dilemmas", "Jobs", "Pay & conditions"]),
}


def forum(site: str, board: str, title: str, posts: list[tuple[str, str, str]]) -> str:
    name, domain, nav = FORUM_SITES[site]
    navs = " · ".join(f'<a href="https://{domain}/{n.lower().replace(" ", "-").replace("/", "")}">{esc(n)}</a>' for n in nav)
    body = ""
    for i, (user, when, text) in enumerate(posts, 1):
        body += f'<div class="post" id="p{i}"><div class="meta"><b class="user">{esc(user)}</b> <span class="date">{esc(when)}</span> <span class="num">#{i}</span></div>\n<div class="content">{paras(text)}</div><div class="actions">Quote · Report · Like</div></div>\n'
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} | {esc(board)} | {esc(name)}</title></head>
<body>
<header><a class="logo" href="https://{domain}/">{esc(name)}</a><nav>{navs}</nav><form class="search"><input placeholder="Search {esc(name)}"></form><a href="https://{domain}/login">Log in</a> <a href="https://{domain}/register">Sign up</a></header>
<main>
<div class="breadcrumb">{esc(name)} › {esc(board)}</div>
<h1>{esc(title)}</h1>
<div class="thread">
{body}</div>
<div class="reply-box">You need to be logged in to reply. <a href="https://{domain}/login">Log in</a></div>
<aside><h4>Trending threads</h4><ul><li>What's everyone having for tea tonight?</li><li>Secondary school offers day - how did you get on?</li><li>Is a Costa a week a luxury now</li></ul></aside>
</main>
<footer>{esc(name)} · Talk guidelines · Privacy · Cookies · Contact · © Forum members retain copyright of their posts</footer>
</body></html>"""


BLOGS = {
    "mill": ("Mill Town Mum", "milltownmum.example", "Raising three kids and a spaniel in the shadow of the old mills"),
    "gov": ("Ravensclough Council Watch", "rcwatch.example", "Reporting what happens in council meetings so you don't have to sit through them"),
    "teach": ("Notes from the Back of the Classroom", "backoftheclassroom.example", "An anonymous primary teacher, somewhere in the North West"),
    "hist": ("Ravensclough Past & Present", "ravenscloughpast.example", "Local history, old photographs and memories"),
    "dad": ("Dad on the School Run", "dadontheschoolrun.example", "Muddy wellies, lost jumpers and opinions"),
    "book": ("The Pennine Page Turners", "penninepageturners.example", "A book club blog"),
}


def blog(b: str, title: str, date: str, body: str, comments: list[tuple[str, str]] = ()) -> str:
    name, domain, tag = BLOGS[b]
    com = "".join(f'<li class="comment"><cite>{esc(u)}</cite> says:<p>{esc(t)}</p><a>Reply</a></li>\n' for u, t in comments)
    comblock = f'<section class="comments"><h3>{len(comments)} thoughts on “{esc(title)}”</h3><ol>{com}</ol><h3>Leave a Reply</h3><p>Your email address will not be published.</p></section>' if comments else '<section class="comments"><h3>Leave a Reply</h3></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} – {esc(name)}</title></head>
<body>
<header><h1 class="site-title"><a href="https://{domain}/">{esc(name)}</a></h1><p class="tagline">{esc(tag)}</p>
<nav><a href="https://{domain}/">Home</a> <a href="https://{domain}/about">About</a> <a href="https://{domain}/archive">Archive</a> <a href="https://{domain}/contact">Contact</a></nav></header>
<main><article><h2>{esc(title)}</h2><div class="posted">Posted on {esc(date)}</div>
{paras(body)}
<div class="share">Share this: Facebook · X · WhatsApp · Email</div></article>
{comblock}
</main>
<aside><h4>Recent posts</h4><ul><li>Half term on a budget</li><li>Why I stopped reading the school newsletter</li><li>Rain. Again.</li></ul><h4>Categories</h4><ul><li>School</li><li>Family</li><li>Ravensclough</li></ul></aside>
<footer>Proudly powered by WordPress · Theme: Twenty Twenty-Two</footer>
</body></html>"""


# ---------------------------------------------------------------- documents

# 000 local news, charity, neutral; one reader comment negative about results
add("news", news("adv", "Thornbank pupils pedal 2,400 miles for mill museum appeal", "Joanne Greenhalgh, Education reporter", "Friday 14 March",
"""Pupils at Thornbank St Mary's Church of England Primary School have raised more than £2,400 for the Queen Street Mill restoration appeal by pedalling exercise bikes in the school hall for a week.

The idea came from Year 6 teacher Robert Whittaker, whose class worked out that 2,400 miles would take them, on paper at least, from Ravensclough to Cairo and back to Cloughside.

Headteacher Katherine Ashworth-Pilling said: "The children have learned more about the cotton trade this week than in any textbook. Their great-great-grandparents worked in that mill and they wanted to give something back."

Site manager Billy Evans kept the bikes going, oiling chains between shifts. The appeal is run by Ravensclough Heritage Trust, which hopes to reopen the weaving shed to visitors next spring.

Anyone wishing to donate can visit the trust's page or drop coins into the tin at the school office on Brindle Street.""",
[("Maureen_R", "Lovely to see. Well done kids and Mr Whittaker"), ("ClougherBorn58", "Shame they can't pedal their SATs results up as easily. Thornbank was bottom of the town table last year, just saying."), ("JH1977", "@ClougherBorn58 give over, it's a charity story"), ("lindsayp", "My nan worked at Queen Street. Brilliant idea.")],
["Heritage trust secures lottery bid for weaving shed", "Cloughside bypass: what happens next", "Pub quiz raises £600 for hospice"]),
    E("school", "exact", "negative"),
    E("rwhittaker", "exact", "neutral"),
    E("kashworthpilling", "exact", "neutral"),
    E("wevans", "nickname", "neutral"),
)

# 001 facebook group, nits moan, mild negative
add("facebook", """Ravensclough Mums & Dads Chat (Public group)
Kayleigh Morris · 2h
Is it just me or is every single kid at Thornbank crawling again?? 3rd time since Christmas. Got the letter home AGAIN "please check your child's hair". Yes Sharon I check it, it's the ones who don't that are the problem 🙄 feel like the school could actually do something instead of sending a photocopied letter
👍 23 · 41 comments

Gemma Holt
Same at ours (Cloughside Juniors) it's not just a Thornbank thing hun
Kayleigh Morris
@Gemma Holt I know but they could at least do a nit day or something
Dean Ashcroft
Hedrin and a metal comb. Jobs a good un
Tasha Lowe
Who's Sharon 😂
Kayleigh Morris
@Tasha Lowe no one its a saying 😂😂""",
    E("school", "short_name", "negative"),
)

# 002 forum AIBU about reception teacher
add("forum", forum("mc", "Am I being unreasonable?", "AIBU to think DD's reception teacher should actually reply to emails?",
[("TeaAndToastAgain", "Tuesday 09:14", """Namechanged for this as it's outing.

DD started reception in September at a C of E primary in Ravensclough (Thornbank St Mary's if anyone local). Her teacher is Miss Jones. Lovely on the door in the morning, always smiling, but I have emailed three times since October about DD's reading book not being changed and not had a single reply. DD has had the same "Pip and the Big Red Bus" book for five weeks. She can recite it with her eyes closed.

The class page on the app has had one post since half term. I don't expect a novel but some communication would be nice. AIBU to go to the office or is that going over her head?"""),
("Blossomtime22", "Tuesday 09:31", "YANBU about the book but teachers get hundreds of emails. Catch her at pick up?"),
("Wingedwombat", "Tuesday 09:40", "I'm a reception teacher. Five weeks is too long, but honestly go through the office, that's what they're for. Don't post her name online though, you've basically outed her."),
("TeaAndToastAgain", "Tuesday 09:52", "@Wingedwombat fair point, I'll ask MNHQ to edit. Not trying to pile on, she's young and I think she's drowning a bit."),
("Tinkerbell_Ted", "Tuesday 10:15", "YABU a bit. It's October of reception. They're barely doing phonics yet at some schools."),
("Mrsmiggins", "Tuesday 11:02", "Go to the office. And maybe buy your own books from the charity shop in the meantime, we did.")]),
    E("school", "alias", "neutral"),
    E("bjones", "title_surname", "negative"),
)

# 003 Google review, abuse of office manager
add("review", """Thornbank CE Primary — Google reviews
★☆☆☆☆  Lee D. · Local Guide · 3 weeks ago
Rang 4 times about my sons dinner money being wrong. Mrs Smith in the office is a jumped up little hitler who thinks she runs the place. Spoke to me like something on her shoe. Actual jobsworth. School itself is ok i suppose but you cant get past the gatekeeper.
👍 12  Share

Response from the owner · 2 weeks ago
Dear parent, we are sorry to hear about your experience. Please contact the school office on 01632 960412 and we will be happy to look into the dinner money query.""",
    E("school", "alias", "negative"),
    E("ssmith", "title_surname", "abuse"),
)

# 004 X post, nativity praise, school handle
add("social", """Jen Whalley @jenwhalley_rav · 11 Dec
Absolutely sobbing at the nativity 😭 @ThornbankStMarys you've outdone yourselves. Mrs Okonkwo's shepherds were the best bit, one of them took his tea towel off and waved it at his grandma for the whole of Away in a Manger
💬 3  🔁 2  ❤️ 48""",
    E("school", "handle", "neutral"),
    E("aokonkwo", "title_surname", "neutral"),
)

# 005 decoy: Imran Khan the cricketer/politician
add("news", news("nat", "Imran Khan: former Pakistan captain's appeal adjourned again", "World desk", "Wednesday 5 February",
"""An Islamabad court has once again adjourned the appeal of former Pakistan prime minister Imran Khan, his legal team said on Wednesday.

Khan, who captained Pakistan to World Cup victory in 1992 before entering politics, has been in custody since 2023. Supporters gathered outside the court chanting his name, while police closed several roads in the capital.

A spokesperson for his party said the delay was "politically motivated". The government denies this.

Khan's sons, who live in London, have campaigned for his release.""",
[("northernlad", "Greatest all rounder of his generation whatever you think of his politics"), ("sue_in_burnley", "My dad used to talk about watching him at Old Trafford")],
["Pakistan election: what you need to know", "Cricket's greatest all-rounders ranked"], section="World"),
)

# 006 facebook, threat against Year 6 teacher (veiled)
add("facebook", """Ravensclough Community Noticeboard
Anonymous participant · 1h
Whittaker, the Year 6 teacher at the church school on Brindle Street, wants to be careful. Keeping my lad in at dinner for a week over a football, in front of his mates. He parks that silver Golf on Peel Terrace every day doesn't he. Would be a shame if something happened to it. Or him. Some of us don't forget.

    Admin: This post has been reported and will be reviewed.
    Carol Dunne: This is disgusting. Threatening a teacher over a detention? Ring the school like an adult.
    Mark T: Delete this, it's a threat and it's not on.""",
    E("rwhittaker", "surname_only", "threat"),
)

# 007 Mumsnet-style thread, SEN provision, negative at SENCo; praise for a TA
add("forum", forum("tp", "Schools & Education", "EHCP battle - SENCo not interested??",
[("ravensmum3", "3 days ago", """Long time lurker. My son (7, autistic, waiting for ADHD assessment) is at a small church primary in East Lancs. We've been asking for an EHCP assessment request since Year 1. Every meeting the SENCo, Mr Khan, tells us "he's making progress in line with his peers" and "we can meet need from the notional budget". He is not making progress. He's sitting in the corridor with a TA most afternoons.

I feel like we're being managed rather than listened to. The head backs him up every time. Has anyone applied for an EHC needs assessment themselves without the school? Is it worth it?"""),
("IPSEA_fan", "3 days ago", "Yes! You can apply as a parent directly to the local authority. You don't need the school's permission. Get the IPSEA template letter."),
("ravensmum3", "3 days ago", "Thank you. I will. For what it's worth the TA he's with, Mrs Okonkwo, is amazing, she's the only reason he goes in at all."),
("Lurcherlover", "2 days ago", "Same experience with our SENCo at a different school. They're told to keep costs down. It's not always the individual, it's the system."),
("ravensmum3", "2 days ago", "@Lurcherlover maybe. Still feels like he doesn't care. It's Thornbank St Marys in Ravensclough if anyone local has had better luck.")]),
    E("school", "alias", "negative"),
    E("ikhan", "title_surname", "negative"),
    E("aokonkwo", "title_surname", "neutral"),
)

# 008 TikTok caption + comments: sexual comments about reception teacher (adult)
add("social", """TikTok · @ravensclough.rants
[video: a parent filming the Thornbank St Mary's school gate at pick-up, caption "Pov: reception pick up"]
#Ravensclough #schoolrun #ThornbankStMarys

Comments
danny_b_1989: the reception teacher tho 🥵🥵 Miss Jones can give me detention any day
kezza_x: @danny_b_1989 grow up she's someone's daughter
lewis.rvn: i'd let her mark my homework if u know what i mean 😏 bet she's a right one after a few
kezza_x: reported. she's a teacher doing her job, weirdos
ravensclough.rants: pls don't make this weird lads""",
    E("school", "alias", "neutral"),
    E("bjones", "title_surname", "sexual"),
)

# 009 decoy: Thornbank Academy (different school) inspection
add("news", news("pkt", "Thornbank Academy rated 'requires improvement' by inspectors", "Cloughside Pocket staff", "Thursday 23 January",
"""Thornbank Academy, the 11-16 secondary on Harle Syke Road, has been judged to require improvement by Ofsted.

Inspectors said behaviour in corridors was "too often disorderly" and that attendance among disadvantaged pupils was too low, though they praised the sixth-form college partnership and the academy's new reading programme.

Principal Dr Helen Marsh said the trust had already put in place a new behaviour policy. The academy is part of the Pendle Valley Learning Trust.

The academy is not connected to the nearby primary schools in the Thornbank ward.""",
[("Pam_Holden", "My grandson says it's much better since September"), ("Ryan R", "RI is better than the last one at least")],
["Primary admissions: parents urged to apply by deadline", "New crossing approved for Harle Syke Road"], section="Schools"),
)

# 010 Google review positive with a criticism embedded
add("review", """Thornbank St Mary's Church of England Primary School
★★★★☆ Aisha Begum · 2 reviews · a month ago
Both my girls have been here and overall we are really happy. Mrs Ashworth-Pilling is visible on the gate every morning and knows every child's name, which I love. The only reason for 4 stars not 5 is the after school club pickup, the car park is chaos and nobody from the school seems to manage it. Mr Evans does his best with the cones bless him. Would still recommend.""",
    E("school", "exact", "negative"),
    E("kashworthpilling", "title_surname", "neutral"),
    E("wevans", "title_surname", "neutral"),
)

# 011 X thread: hate against deputy (anti-Muslim, coded)
add("social", """Gaz @gaz_rvn_1878 · 6h
So Thornbank St Marys a CHURCH school has a deputy head called Imran Khan running the SEN department. Tell me again this country isn't being handed over. Give it five years and there'll be no nativity, just prayer mats in the hall. Know your enemy
💬 14  🔁 6  ❤️ 31

  Rachel H @rachelhx · 5h
  Replying to @gaz_rvn_1878
  He's been there 12 years and coached my son's football team for free. Take your bigotry elsewhere.

  Gaz @gaz_rvn_1878 · 5h
  @rachelhx course he did love. Taqiyya. Look it up""",
    E("school", "alias", "hate"),
    E("ikhan", "exact", "hate"),
)

# 012 blog, mum blog positive day, several mentions
add("blog", blog("mill", "The one where I cried at sports day", "27 June",
"""Sports day at Thornbank. I had promised myself I wouldn't cry. I cried.

Our middle one, Alfie, came fifth out of six in the sack race, which is his best ever result and frankly a triumph considering he spent most of last year's race lying on the grass looking at clouds. Mr Whittaker was on the megaphone doing commentary like it was the Grand National, which had the dads in stitches.

The little ones in reception did the egg and spoon with Miss Jones holding a giant foam finger. Mrs Nowak was in charge of the water station and made sure every single child had a drink, including the ones who insisted they "weren't thirsty" while the colour of a tomato.

If I have one gripe it's that the parents' race has been scrapped "for insurance reasons". Come on. That's the whole point of sports day.

Anyway. Ice lollies all round, sun cream everywhere but the backs of necks, and one very proud mum.""",
[("Beckie", "Mr Whittaker's commentary was genius 😂"), ("Jo from no. 9", "Parents race being scrapped is a crime!! Bring it back")]),
    E("school", "short_name", "negative"),
    E("rwhittaker", "title_surname", "neutral"),
    E("bjones", "title_surname", "neutral"),
    E("gnowak", "title_surname", "neutral"),
)

# 013 defamation about caretaker (theft), Facebook
add("facebook", """You Know You're From Ravensclough If...
Shaun P · 5h
Not being funny but has anyone else noticed the caretaker at Thornbank church school driving round with a van full of what looks like the schools stuff?? Billy Evans. Seen him loading laptops into it twice now. Always flogging stuff at the car boot at Cloughside on a Sunday. Makes you think where our kids' iPads went when they said they were "stolen" in the break in 🤔

Leanne W
Billy?? He's been there 20 years he's sound as a pound
Shaun P
@Leanne W all I'm saying is what I've seen
Dave Eccles
He takes the old kit to the recycling centre you div. My lad works there
Karen Mc
Careful Shaun this is how people get sued""",
    E("school", "short_name", "neutral"),
    E("wevans", "nickname", "defamation"),
)

# 014 decoy: Robert Whittaker UFC
add("social", """MMA Junkie UK @mmajunkieuk · 2h
Robert Whittaker looked SHARP tonight 🔥 The Reaper with a 2nd round finish. Whittaker's jab is still elite level. Who does he want next? Title shot has to be on the table
💬 88  🔁 210  ❤️ 1.4K""",
)

# 015 forum: StaffroomTalk, teacher asking about head, negative; a TA mentioned neutral
add("forum", forum("tes", "Workplace dilemmas", "Head expects unpaid Saturday work for church events - normal?",
[("Y6_Burnout", "1 week ago", """Working in a CE primary in Lancashire. Our head is lovely in many ways but there's now an "expectation" that teaching staff attend the church fete, harvest festival AND the Christmas fayre, all on weekends, unpaid. Someone who questioned it was told "it's part of the ethos of the school". Is this normal in church schools? I don't mind one or two but I have a toddler."""),
("NEUrep_Lancs", "1 week ago", "Not directed time unless it's in your 1265 hours. Speak to your union rep. 'Ethos' is not a contract term."),
("Y6_Burnout", "1 week ago", "Thanks. Not naming the school obviously but if anyone works at Thornbank they'll know exactly who I mean 😅 K A-P if you're reading this, I love you but no."),
("chalkdust99", "6 days ago", "Ha. Ours tried the same. We compromised on one event a term and the TAs get a day in lieu. Worth asking.")]),
    E("school", "short_name", "negative"),
    E("kashworthpilling", "initial_surname", "negative"),
)

# 016 doxxing: head's personal mobile and home street
add("facebook", """Ravensclough Community Noticeboard
Jason Kerr · 3h
Since the head at Thornbank St Mary's won't answer the school phone about my daughter's exclusion here's HER mobile. Katherine Ashworth-Pilling 07700 900417. She lives on Moorfield Avenue, Cloughside, the big semi with the red door by the postbox. Ring her, knock on, see how she likes being ignored.

Sam Patel
Mate take this down. You can't post someone's home address
Jason Kerr
Why not she's a public servant
Admin Ravensclough Community Noticeboard
Post removed for breaching group rules. Jason you've been muted for 28 days.""",
    E("school", "alias", "neutral"),
    E("kashworthpilling", "exact", "doxxing"),
)

# 017 review Indeed-style from ex-staff, negative about school, praise about deputy
add("review", """Indeed · Company reviews · Thornbank St Mary's CE Primary School
Teaching Assistant (Former Employee) — Ravensclough, Lancashire — 12 September
★★☆☆☆ Nice kids, poor management
Pros: The children and families are lovely. Mr Khan the deputy is the most supportive SENCo I have worked with and actually listens to TAs.
Cons: Workload for TAs is ridiculous. We cover classes with no extra pay, lunch is eaten on the playground while on duty. Governors have no idea what goes on day to day. Several of us left within a year.
Advice to management: Stop relying on goodwill.""",
    E("school", "alias", "negative"),
    E("ikhan", "title_surname", "neutral"),
)

# 018 leetspeak abuse about Y6 teacher on TikTok comments
add("social", """TikTok comment section under video "ranking my primary school teachers"
@jaydenx_09: mr wh1tt4k3r at th0rnb4nk was the WORST 💀 absolute melt, shouts at everyone for breathing, bald head like a thumb
@kieran.rvn: @jaydenx_09 WHITTS 😭😭 the thumb 💀💀
@sophie_m: nah he was safe he let us do the quiz on fridays
@jaydenx_09: @sophie_m bootlicker 💀""",
    E("school", "leetspeak", "neutral"),
    E("rwhittaker", "leetspeak", "abuse"),
)

# 019 news: council planning for school extension, chair of governors quoted
add("news", news("pkt", "Councillors back new classroom block for church primary", "Daniel Pilkington, Local Democracy Reporter", "Tuesday 8 April",
"""Plans for a two-classroom extension at Thornbank St Mary's CE Primary School have been approved by Ravensclough Borough Council's planning committee.

The single-storey block will be built on part of the school's lower field off Brindle Street and will allow the school to take a second reception class from September next year.

Geoffrey Tattersall, chair of governors, told the committee the school had been "bursting at the seams" since the closure of Lower Thornbank Infants. He said the diocese and the local authority had jointly funded the scheme.

Two neighbours objected on grounds of parking. Councillor Nasreen Ali said the school needed to come forward with a travel plan before building work begins. Committee members voted eight to one in favour.

Headteacher Mrs Ashworth-Pilling said she was "delighted" and thanked neighbours for their patience.""",
[("BrindleStResident", "The parking is ALREADY a nightmare at 3:15. Nobody listens to us."), ("Taxpayer_1", "Good news for the area")],
["Lower Thornbank Infants site to become housing", "Council tax to rise by 4.99%"], section="Council"),
    E("school", "alias", "neutral"),
    E("gtattersall", "exact", "neutral"),
    E("kashworthpilling", "title_surname", "neutral"),
)

# 020 facebook: hate, anti-Polish at TA
add("facebook", """Ravensclough Uncensored (Private group)
Mick Stansfield · 4h
My granddaughter comes home from her church primary in Ravensclough saying "dziękuję" or whatever. Turns out the TA Mrs Nowak is teaching them Polish words. We're in Lancashire not Warsaw. Should pack her bags and go back where she came from and take the rest of them with her. Coming over here, taking the jobs our lasses should have.

Tina Brennan
Agree Mick, it's our kids they should be looking after
Paul Kay
She's been here 18 years and her husband fought for this country in Afghanistan you absolute weapon
Mick Stansfield
@Paul Kay doesn't make her English""",
    E("gnowak", "title_surname", "hate"),
)

# 021 decoy: Nowak plumbing review
add("review", """Nowak Plumbing & Heating, Burnside — Google reviews
★★★★★ Carl H. · a week ago
Tomasz Nowak came out same day when our boiler packed in. Fair price, tidy, explained everything. Mrs Nowak on the phone was lovely too. Cannot recommend enough.""",
)

# 022 forum (reddit-style) neutral question about school choice, mixed replies
add("forum", forum("rd", "r/Ravensclough", "Moving to Ravensclough - primary school advice?",
[("u/relocating_rach", "5 days ago", "Moving up from Stockport in the summer with a 4 year old. Looking at houses near Cloughside. Which primaries are good? Shortlist is Cloughside Juniors & Infants, Thornbank St Mary's, and Holy Trinity RC. We're not religious, is that a problem for the church schools?"),
("u/millchimney", "5 days ago", "Thornbank St Mary's is nice, small, very community feel. Head is strict but fair. Not religious is fine, they do assemblies and church services at Easter and Christmas but nobody checks if you believe it."),
("u/pendle_witch_", "5 days ago", "Thornbank's Ofsted was 'good' last time. Results a bit meh but the reception teacher is great and they've got a proper nurture room."),
("u/BurnsideBob", "4 days ago", "Don't confuse it with Thornbank Academy, that's the secondary, totally different place."),
("u/relocating_rach", "4 days ago", "Thank you all, really helpful!")]),
    E("school", "alias", "negative"),
)

# 023 X: doxxing personal email of deputy
add("social", """Concerned Parent RVN @rvn_parents_voice · 1d
If you want answers about how SEN money is spent at Thornbank St Mary's don't bother with the school email. Email Imran Khan directly at his personal one: imrankhan.1982@mailbox.example — and his home is 22 Clifton Grove, Ravensclough RC7 4QT. Flood him. He works for US.
💬 2  🔁 9  ❤️ 15""",
    E("school", "alias", "neutral"),
    E("ikhan", "exact", "doxxing"),
)

# 024 blog: anonymous teacher blog, no names — mentions school not at all? uses typos; real mention
add("blog", blog("teach", "On being called a 'clown' in a car park", "12 November",
"""Last week a parent called me a clown in the school car park. It was about a detention. I want to write about it because I think a lot of us carry these moments home and never put them down.

I teach Year 6 in a church primary in a former mill town. I'll not say which one, although anyone who reads the local Facebook groups will have seen the thread. The parent later posted that "Mr Whittaker at Thornbrank is a joke". The typo made me laugh, which I suppose was progress.

What I want to say is: my head backed me up. She rang the parent, she logged it, she made me a cup of tea and she sent me home at half three. That's all it takes. Not a wellbeing survey. A cup of tea and someone who has your back.

Be kind to your teachers. Most of us really are trying.""",
[("Sarah T", "Sending love. The Thornbank parents group can be brutal."), ("anon_ta", "Your head sounds like a good one x")]),
    E("school", "typo", "neutral"),
    E("rwhittaker", "title_surname", "neutral"),
)

# 025 facebook: defamation, SATs fiddling rumour
add("facebook", """Ravensclough Mums & Dads Chat
Anonymous member · 1d
Genuine question not stirring. Is it true Thornbank "help" with the Year 6 SATs? My nephew said they get the papers the night before in Whittaker's class and the teacher "checks" answers before they're sent off. Mrs Pilling must know, nothing happens in that school without her say so. Would explain how results jumped from the worst in town to above national in one year 🤔

Jade Riley
My son was in that class and that's absolute rubbish
Anonymous member
@Jade Riley well he would say that wouldn't he
Claire Boothman
You can't post stuff like this, if it's true report it to the STA, if it's not you're ruining people's careers
Anonymous member
Not saying it's true just what I've heard 🤷‍♀️""",
    E("school", "short_name", "defamation"),
    E("rwhittaker", "possessive", "defamation"),
    E("kashworthpilling", "hyphenated", "defamation"),
)

# 026 news: court report, neutral fair report quoting threat
add("news", news("tel", "Dad who told head 'I know where you live' handed restraining order", "Court reporter", "Monday 3 March",
"""A Ravensclough father who sent threatening messages to a primary school headteacher has been given a restraining order and a 12-month community order.

Burnside Magistrates' Court heard that Darren Fisk, 34, of Weaver's Row, sent a series of Facebook messages to Katherine Ashworth-Pilling, head of Thornbank St Mary's CE Primary School, after his son was given a fixed-term exclusion last October.

One message read: "I know where you live and I know what car you drive." Another said she would "regret it". Prosecutor Amanda Nuttall said the headteacher had installed a doorbell camera and changed her route to work as a result.

Fisk pleaded guilty to sending malicious communications. In mitigation, his solicitor said he had been under stress and was "deeply ashamed".

District Judge Khalid Aziz said: "Teachers are entitled to do their jobs without fear." Fisk was ordered to complete 120 hours of unpaid work and must not contact Mrs Ashworth-Pilling or go within 100 metres of the school for two years.""",
[("LancsLass", "Good. Teachers get enough grief."), ("RC_resident", "Community order for that? She should've got more protection than a restraining order."), ("Sandra1960", "She's a lovely woman, hope she's ok")],
["Headteachers report rise in abuse from parents", "Burnside man jailed for dangerous driving"], section="Crime"),
    E("school", "alias", "neutral"),
    E("kashworthpilling", "exact", "neutral"),
)

# 027 X: hashtag staff praise
add("social", """Lucy Birtwistle @lucybirtwistle · 20 Feb
Shoutout to the TAs who don't get enough credit. My son has dyslexia and #MrsNowak has sat with him every morning doing phonics since Year 2. He read a whole chapter book to me last night. I'm not crying you're crying 😭 #TAappreciation #Ravensclough
💬 4  🔁 3  ❤️ 92""",
    E("gnowak", "hashtag", "neutral"),
)

# 028 Google review with homoglyph school name (Cyrillic Т and о), negative
add("review", """Тhornbank St Mary's CE Primary Schооl — Google reviews
★★☆☆☆ Paul Grimshaw · 5 reviews · 2 months ago
Applied for a place in September, heard nothing for weeks. Eventually told the class was full by email with no explanation of the oversubscription criteria. Church attendance form was confusing. Feels like you need to know the vicar to get in. Very disappointing for a so-called community school.""",
    E("school", "homoglyph", "negative"),
)

# 029 forum: affair rumour, head and chair of governors (defamation)
add("forum", forum("mc", "Chat", "Local gossip thread - Ravensclough/Cloughside (part 14)",
[("Pendle_Pixie", "Sat 21:03", "Right who's got tea for me this week? Part 13 was full of nothing but the bin strike."),
("not_a_nosy_neighbour", "Sat 21:15", "The Co-op on Burnside Road is closing, apparently. Staff found out from the local paper."),
("BrewQueen", "Sat 21:40", "Ok here's one. Mrs A-P from Thornbank and the chair of governors. Apparently they've been seen in the Fleece at Wycoller together more than once, and he's married. Funny how he signed off her massive pay rise last year isn't it. Not saying anything. Just saying."),
("Pendle_Pixie", "Sat 21:44", "BrewQueen 😳 Tattersall?? He's about 70!"),
("BrewQueen", "Sat 21:46", "Yep. Old Geoff. Governors meetings must be very thorough 😂"),
("HeadGirl1994", "Sat 22:10", "This is how rumours start. They'll be at a diocese meeting or something. Please don't."),
("not_a_nosy_neighbour", "Sat 22:12", "Back to the Co-op please, I need to know where I'm getting my meal deals")]),
    E("school", "short_name", "neutral"),
    E("kashworthpilling", "alias", "defamation"),
    E("gtattersall", "surname_only", "defamation"),
)

# 030 decoy: book club blog, Okonkwo in Things Fall Apart
add("blog", blog("book", "March read: Things Fall Apart", "2 April",
"""This month the Page Turners read Chinua Achebe's Things Fall Apart, and it produced our liveliest meeting since the great Wuthering Heights argument of 2019.

Most of us found Okonkwo hard to like. His fear of being seen as weak, like his father Unoka, drives almost everything he does, and the scene with Ikemefuna had several of us putting the book down for a day. Margaret argued that Okonkwo is a tragic hero in the classical sense; Denise thought that was letting him off lightly.

We all agreed the final paragraph, with the District Commissioner reducing Okonkwo's whole life to "a reasonable paragraph", is one of the most devastating endings we've read.

Next month: Small Island by Andrea Levy. Meeting at the library as usual, biscuits by Pat.""",
[("Denise", "Still not letting him off lightly 😄"), ("Pat", "Custard creams it is")]),
)

# 031 facebook: lost property, caretaker, neutral
add("facebook", """TSM Primary PTFA
Posted by Hannah Crossley (Admin)
LOST PROPERTY MOUNTAIN 🏔️ Bill Evans has kindly laid everything out on the tables in the hall. 43 jumpers, 11 water bottles, one (1) left wellie and what we think is a hamster cage?? Anything not collected by Friday goes to the uniform swap. Thank you Bill for your patience as always!! 💙

Comments
Rachael G: That hamster cage is ours 😂 long story
Emma S: Bill is a legend
Julie Fenton: Any sign of a navy coat with "Harrison" on the label?""",
    E("school", "alias", "neutral"),
    E("wevans", "nickname", "neutral"),
)

# 032 X: spaced-out school name, threat against the building
add("social", """user8831042 @rvn_truth_teller · 3h
everyone asking why i spaced it out — its so they cant find it. T h o r n b a n k  S t  M a r y s covered up what happened to my son and nobody did nothing. hope that place goes up in flames one night with the lot of them inside. wont be long
💬 1  🔁 0  ❤️ 2""",
    E("school", "spacing", "threat"),
)

# 033 news: SATs league table, neutral
add("news", news("adv", "Primary league tables: how did your child's school do?", "Joanne Greenhalgh", "Thursday 12 December",
"""New figures published by the Department for Education show how primary schools across Ravensclough performed in last summer's Key Stage 2 tests.

Nationally, 61 per cent of pupils reached the expected standard in reading, writing and maths. In Ravensclough the figure was 57 per cent.

Top of the borough table was Holy Trinity RC Primary, where 79 per cent met the standard. Cloughside Juniors recorded 64 per cent.

Thornbank St Mary's CE Primary recorded 52 per cent, down from 60 per cent the previous year. The school said the cohort had a high proportion of pupils with special educational needs and that progress scores remained above average.

Burnside Park Primary, which was rated inadequate last year, improved from 38 to 49 per cent.

Parents can search the full tables on the government website.""",
[],
["Secondary school tables: Thornbank Academy improves", "Free school meals take-up rises"], section="Education"),
    E("school", "alias", "neutral"),
)

# 034 forum: racist abuse of TA, obfuscated surname
add("forum", forum("rd", "r/Ravensclough", "Rant: school staff these days",
[("u/trueborn_lancs", "8 hours ago", "kids primary has hired another one. The TA in class 3, Mrs O.k.o.n.k.w.o (spelt it weird so the mods dont cry). Can barely understand a word she says, smells of whatever she cooks, and now shes teaching my daughter about Black History Month like shes some queen. Send her back to the jungle. Thornbank used to be a proper Lancashire school."),
("u/mod_ravensclough", "7 hours ago", "Removed under rule 1 (no racism). User banned. Mrs Okonkwo has worked at that school for years and this is a hate incident; we've preserved it in case the school wants to report it."),
("u/cloughside_dave", "7 hours ago", "Good ban.")]),
    E("school", "short_name", "hate"),
    E("aokonkwo", "obfuscated", "hate"),
)

# 035 Glassdoor-style review, positive, office manager alias
add("review", """Glassdoor · Thornbank St Mary's C of E Primary
★★★★★ "Family feel" — Midday Supervisor (Current Employee), Ravensclough
Pros: Friendly staff. Sandra Pickup in the office has been there forever and is the glue holding the place together, she knows every family and every allergy. Head listens.
Cons: Pay for midday supervisors is terrible (not the school's fault, council rates). Dinner hall is freezing in winter.
Recommend to a friend: Yes · Approve of CEO: Yes""",
    E("school", "alias", "neutral"),
    E("ssmith", "alias", "neutral"),
)

# 036 facebook: sexual comments on school swimming gala photos (children) → url_only
add("facebook", """Thornbank St Mary's CE Primary School (Page)
🏊 Well done to our Year 5 and 6 swimmers at the borough gala at Ravensclough Baths today! 3 golds, 2 silvers and the relay trophy! 🥇 [album: 14 photos]

Comments
Anthony Bright: the girls in photo 6 look well developed for 10 😍 more pics like this please 😉
Melissa Hartley: WHAT did you just say??? Reported.
Anthony Bright: just saying they're fit for their age lol
Thornbank St Mary's CE Primary School: We have removed the photos and the comment and reported this account to the police and to Facebook. Parents, please contact the office if you have any concerns.
Katie Holt: Thank you for acting so quickly. Sick person""",
    E("school", "alias", "sexual", True),
)

# 037 Instagram bio/post, camelcase
add("social", """Instagram · @lancslass.bakes
Proud mum of 2 💙 ThornbankStMarys PTFA cake stall queen 🧁 Ravensclough 📍
Post: Cake sale total £312!! Thank you everyone who bought a brownie (or six). Special thanks to Mrs Smith in the office for the change float and the endless tea 🫖 #bakesale #ptfa
❤️ 76 · 9 comments""",
    E("school", "camelcase", "neutral"),
    E("ssmith", "title_surname", "neutral"),
)

# 038 decoy: Sandra Smith estate agent
add("review", """Pennine Homes Estate Agents, Burnside — Google reviews
★☆☆☆☆ Gary W. · a month ago
Sandra Smith promised us a viewing every weekend and we got two in three months. Never returned calls. Useless agent, took our money and did nothing. Avoid.

Response from the owner
Hi Gary, Sandra has now left the company. Please contact our branch manager.""",
)

# 039 forum: typos of deputy, negative about exclusions
add("forum", forum("tp", "Local: North West", "Exclusions at a Ravensclough primary - is this normal?",
[("beccaboo87", "2 weeks ago", """My son (Y4) has had two fixed term exclusions this year from Thornbank St Mary's. Both times it was Mr Kahn the deputy who rang me and both times it felt like the decision had been made before anyone listened to my son's side. Second one was for "refusing to leave the classroom". He is 8.

Is it normal for a primary to exclude this much? I'm not trying to slag anyone off, I just want to understand the process."""),
("SchoolGov_Helen", "2 weeks ago", "You have the right to ask the governing board to consider any exclusion. Write to the chair of governors. Ask for the behaviour log too."),
("beccaboo87", "2 weeks ago", "Thanks Helen. I will. Mr Khan is always polite I'll give him that, I just don't think they understand my son."),
("Mumof4inLancs", "13 days ago", "Our experience with their SENCo was similar. Polite, but nothing changes.")]),
    E("school", "alias", "negative"),
    E("ikhan", "title_surname", "negative"),
)

# 040 dad blog, alias of Y6 teacher, UFC namesake joke
add("blog", blog("dad", "Year 6 residential: a survivor's account", "18 May",
"""I volunteered for the Year 6 residential to Borrowdale. I would like it noted that I am now a broken man.

The trip was run with military precision by Mr Whitts, who, the kids delight in telling me, has exactly the same name as a UFC fighter. Having watched him get 28 eleven-year-olds up a ghyll scramble in the rain without a single tantrum (mine aside) I can confirm he has the same stare.

Mrs Okonkwo ran the night-time dorm patrols and confiscated, by my count, nine contraband bags of Haribo and one Nintendo Switch hidden inside a pillowcase. Nobody got past her. Nobody.

My only criticism: the minibus. Three hours with a broken heater and a playlist curated by Year 6. I have heard more Sabrina Carpenter than any man should.

Thornbank, you can have me back next year. Maybe.""",
[("Mrs O's biggest fan", "Nobody gets past Mrs O 😂"), ("Gemma", "My daughter hasn't stopped talking about it!")]),
    E("school", "short_name", "neutral"),
    E("rwhittaker", "alias", "neutral"),
    E("aokonkwo", "title_surname", "neutral"),
)

# 041 facebook: venting "torch the place" + condemnation
add("facebook", """Ravensclough Mums & Dads Chat
Rob Farrington · 7h
Third time this term they've sent my daughter home "poorly" because she had a headache. I have to leave work every time. Honestly someone should torch Thornbank St Marys and save us all the bother. 😡😡

Lisa Kenyon
Rob you can't say that about a primary school full of kids 😳
Rob Farrington
Obviously I don't mean it 🙄 it's a figure of speech
Martin Howarth
Screenshotted and sent to the school. Not funny mate.
Rob Farrington
Grow up Martin""",
    E("school", "alias", "threat"),
)

# 042 X: reception teacher's class account handle, neutral
add("social", """Reception @ TSM Primary @missjones_tsm · 9 Oct
Our Autumn walk to Thornbank Park today! We found 47 conkers, 3 slugs and one very surprised dog walker 🍂🐌 Thank you to all the parent helpers! #EYFS #outdoorlearning

  Reply · Nikki B @nikkib_rvn · 9 Oct
  @missjones_tsm Thank you for taking them! My son has been talking about the slugs all night 😂""",
    E("school", "alias", "neutral"),
    E("bjones", "handle", "neutral"),
)

# 043 news: critical inspection report (negative) with reader comments
add("news", news("adv", "Church primary told to improve after Ofsted visit", "Joanne Greenhalgh", "Wednesday 9 October",
"""Thornbank St Mary's Church of England Primary School has been rated "requires improvement" following an Ofsted inspection in September, down from "good".

Inspectors found that the curriculum in subjects such as history and geography was "not well sequenced" and that too many pupils with special educational needs "do not receive the support they need to keep up". They praised pupils' behaviour, the early years provision and the "warm, caring culture" of the school.

In a letter to parents, headteacher Katherine Ashworth-Pilling said the school "accepts the findings" and had already begun work on a new curriculum with support from the diocese.

The school's separate SIAMS inspection, which looks at its Christian character, judged it to be "living up to its foundation as a Church school".""",
[("Ex_Thornbank_Mum", "Not surprised about the SEN bit. I moved my son because of it."), ("gran_of_six", "My grandchildren are very happy there, ignore the doom mongers"), ("CouncilTaxPayer", "Another failing school in this town. What do we pay for.")],
["Parents' fury at Burnside Park bus cuts", "New head appointed at Holy Trinity RC"], section="Education"),
    E("school", "exact", "negative"),
    E("kashworthpilling", "exact", "neutral"),
)

# 044 X: first-initial abuse of Y6 teacher
add("social", """Jodie 💅 @jodiee_xo · 1h
Robert W. at Thornbank St Mary's giving my son a behaviour point for "tone" 😂 absolute clown of a man. Power tripping little nobody who couldn't get a job at a real school. Get a life
💬 6  🔁 1  ❤️ 19

  Steph @stephrvn · 48m
  @jodiee_xo he's not that bad hun, he was great with my Tyler""",
    E("school", "alias", "negative"),
    E("rwhittaker", "first_initial", "abuse"),
)

# 045 facebook: doxxing caretaker's phone and flat
add("facebook", """Cloughside & Thornbank Residents
Wayne Ormerod · 2h
Since the school won't do owt about the caretaker blocking the back lane with his van every morning, here's his number, ring him yourselves: Billy Evans 07700 900213. Lives in the flat above Fenton's chippy on Market Street, buzzer 2. Let's see how HE likes being woken up at 7am.

Jackie Sutcliffe
Wayne that's his private number, take it down
Wayne Ormerod
It's on the lamppost poster for his window cleaning round anyway
Jackie Sutcliffe
Still not right. The school's number is 01632 960412 if anyone wants to complain properly""",
    E("school", "short_name", "negative"),
    E("wevans", "nickname", "doxxing"),
)

# 046 forum: sexual innuendo about TA (adult), typo surname
add("forum", forum("rd", "r/Ravensclough", "Unpopular opinion: school gate dads are the worst",
[("u/clitheroe_kid", "1 day ago", "Title. Stood there scrolling, blocking the path with a pram the size of a tank, never say hello. Change my mind."),
("u/lad_from_rvn", "1 day ago", "We're only there for one reason and it's the Polish TA at the C of E primary on Brindle Street lol. Mrs Nowack in them leggings 🍑 I'd volunteer for reading mornings every day if she was bending over the book box"),
("u/clitheroe_kid", "1 day ago", "…and you've proven my point perfectly"),
("u/mod_ravensclough", "1 day ago", "Comment removed. Sexualising a named member of school staff breaks rule 3. Warning issued.")]),
    E("gnowak", "typo", "sexual"),
)

# 047 review, 5 star, mentions reception teacher
add("review", """Thornbank St Mary's CE Primary — Google reviews
★★★★★ Nadia Hussain · a week ago
We were so nervous about our son starting reception as he is non-verbal. Miss Jones (soon to be Mrs Lomax, congratulations!!) and her team have been incredible. They learned Makaton signs just for him. The office were also really helpful with the free school meals forms. Thank you Thornbank.""",
    E("school", "alias", "neutral"),
    E("bjones", "alias", "neutral"),
)

# 048 decoy: darts player Billy Evans
add("news", news("adv", "Evans hits nine-darter as Crown and Anchor clinch league", "Sports desk", "Saturday 15 February",
"""Billy Evans made history at the Crown and Anchor on Thursday night with the first nine-dart finish ever recorded in the Ravensclough & District Darts League.

The 41-year-old bricklayer, who has played for the pub for a decade, said he "couldn't feel his arm" after the final double 12. His teammates carried him round the car park.

The win secured the league title for the Crown and Anchor, who finished four points clear of the Weavers Arms.

Evans will now represent the league at the county championships in Preston next month.""",
[("darts_daz", "Get in Billy lad!!"), ("Sheila", "So proud of my son ❤️")],
["Ravensclough Rovers sign striker on loan", "Bowls club celebrates centenary"], section="Sport"),
)

# 049 news: decoy garden centre + real school carols
add("news", news("pkt", "Garden centre reopens after £1m makeover", "Cloughside Pocket staff", "Monday 2 December",
"""Thornbank Garden Centre on Haggate Lane has reopened after a £1 million refurbishment, with a new café, a farm shop and an expanded Christmas grotto.

Owner Phil Dearden said the family business, which his grandfather founded in 1962, had been "given a new lease of life". Thornbank Garden Centre now employs 38 people.

Children from Thornbank St Mary's CE Primary School sang carols at the opening, and the garden centre has pledged to donate 10p from every mince pie sold this month to the school's library fund.

The grotto is open every weekend until Christmas Eve. Booking is essential.""",
[("Anne M", "The café is lovely, scones are huge"), ("Dave P", "Prices have gone up though")],
["Christmas lights switch-on: road closures", "Cloughside Christmas market returns"], section="Community"),
    E("school", "alias", "neutral"),
)

# 050 council-meeting blog: parking, chair of governors (nickname)
add("blog", blog("gov", "Planning committee, 7 May: the Brindle Street parking saga continues", "8 May",
"""Item 4 on a long agenda was the travel plan condition for the extension at Thornbank St Mary's. You may remember the committee approved the new classrooms in April on the condition that the school produce a travel plan before works start.

Well, the plan arrived. It is four pages long, two of which are a map.

Geoff Tattersall, chair of governors, spoke for the school. He was polite and patient and conceded that "we can do more", promising a walking bus and staggered finish times. Residents of Brindle Street were less patient. One, Mr Barker, said he had been blocked into his own drive 31 times since September and had the photographs to prove it.

My view, for what it is worth: the school has dragged its feet on this for two years and the governors only moved when the planning condition forced them to. A walking bus is a good idea. It should have happened in 2022.

The committee deferred the decision to June. I will be there so you don't have to.""",
[("Brindle St resident", "Thank you for covering this. Nobody else does."), ("Ex-governor", "To be fair to Geoff he has been pushing for this internally for a long time.")]),
    E("school", "alias", "negative"),
    E("gtattersall", "nickname", "negative"),
)

# 051 TikTok: homoglyph head surname, abuse
add("social", """TikTok · @mum_of_3_rvn
[video: stitched with a news clip about headteachers' pay]
caption: when the head at ur kids school earns 90k and still cant get a roof that doesnt leak 🙃 Mrs Ashwоrth-Pilling u absolute dragon. stuck up cow lookin down her nose at us at every parents evening #headteachers #schoolgate

comments
lou_lou: 😂😂 she does look at you like ur a bad smell
rvn_dad: 90k??? for that??
mum_of_3_rvn: @lou_lou every time 🙄""",
    E("kashworthpilling", "homoglyph", "abuse"),
)

# 052 facebook: "I could kill him" about own husband, neutral school mention
add("facebook", """Ravensclough Mums & Dads Chat
Amy Lord · 45m
Forgot it was non uniform day at Thornbank. My daughter is the only one in her uniform. Husband was SUPPOSED to check the app last night. I could honestly kill him 😤😂 anyone near Brindle St with a spare pound for the charity bucket I'll pay you back

Zoe R: 😂 I'll drop one in for her hun
Amy Lord: @Zoe R you're a star xx
Becky Lund: Happens to us all. Mine went in fancy dress on the wrong day last year""",
    E("school", "short_name", "neutral"),
)

# 053 forum: job interview question, mixed replies
add("forum", forum("tes", "Jobs", "Anyone worked at Thornbank St Mary's CE Primary, Ravensclough?",
[("newbie_KS1", "3 weeks ago", "Got an interview for the Year 2 job next week. Anyone worked there or know it? Trying to get a feel before I go."),
("lancs_supply", "3 weeks ago", "Supplied there a few times. Lovely kids, really friendly staffroom. Head is organised, deputy Imran Khan is very calm and helpful, Mrs Smith in the office will sort your lanyard and your life. Good luck!"),
("anonymousTA", "3 weeks ago", "Workload is high and they lost a lot of staff after the Ofsted. Ask about PPA cover and how many TAs per class. Not bad people, just stretched."),
("newbie_KS1", "2 weeks ago", "Update: got the job!! Thank you both.")]),
    E("school", "alias", "negative"),
    E("ikhan", "exact", "neutral"),
    E("ssmith", "title_surname", "neutral"),
)

# 054 X: camelcase staff name
add("social", """Ollie (13) 🎮 @ollie_plays_rvn · 2d
shoutout to MrWhittaker who taught me in year 6 at thornbank, just got 100% in my first maths test at secondary 😎 told u i'd do it sir
💬 2  🔁 0  ❤️ 24""",
    E("school", "short_name", "neutral"),
    E("rwhittaker", "camelcase", "neutral"),
)

# 055 facebook: defamation, TA hurting a child
add("facebook", """Ravensclough Mums & Dads Chat
Anonymous member · 6h
I need to warn people. The Polish TA in Year 3 at Thornbank, Mrs Nowak, grabbed my son by the arm so hard it left finger marks. He's not the first either, I've been told she's been doing it for years and the school just covers it up because she's friends with the head. Keep your kids away from her.

Sarah J
Have you reported this to the LADO? Because that's what you do if it's true, not Facebook
Anonymous member
School won't listen so I'm telling everyone
Kirsty M
Grace Nowak taught my 3 kids and never so much as raised her voice. Be very careful what you post""",
    E("school", "short_name", "defamation"),
    E("gnowak", "alias", "defamation"),
)

# 056 decoy: different Robert Whittaker, fraud case
add("news", news("tel", "Burnside accountant jailed for £400,000 fraud", "Court reporter", "Friday 17 January",
"""A Burnside accountant who stole more than £400,000 from elderly clients has been jailed for five years.

Robert Whittaker, 58, of Hollin Lane, Burnside, used power of attorney arrangements to transfer money from three clients' accounts into his own over six years, Preston Crown Court heard.

Whittaker spent the money on holidays, a caravan in Morecambe and gambling. Judge Fiona Cartwright said he had "abused a position of the highest trust".

He admitted three counts of fraud by abuse of position.""",
[("Sue_B", "Hope they get every penny back off him"), ("pendleton_pete", "Disgusting. Preying on old people.")],
["Police warn of doorstep scam in Cloughside", "Man admits stealing catalytic converters"], section="Crime"),
)

# 057 X: veiled threat against deputy, surname only
add("social", """Dazza @dazza_rvn_84 · 30m
Khan at Thornbank better hope he never bumps into me in the Asda car park. Months of fobbing us off about my lad's EHCP. Some people only learn one way. Not saying owt else 🤐
💬 0  🔁 0  ❤️ 3""",
    E("school", "short_name", "neutral"),
    E("ikhan", "surname_only", "threat"),
)

# 058 review: polite question-style complaint about communication
add("review", """Thornbank St Mary's Church of England Primary School — Google reviews
★★★☆☆ Louise Ingham · 2 weeks ago
Is it just me or has communication gone downhill since they switched to the new app? We got told about the Year 4 trip the day before, and parents evening slots were gone within an hour of the message. The teaching is lovely and my kids are happy, but please, a bit more notice would make working parents' lives a lot easier.""",
    E("school", "exact", "negative"),
)

# 059 forum: obfuscated abuse of office manager
add("forum", forum("mc", "Primary education", "School office staff - power trip or am I being precious?",
[("WeaverWife", "Mon 14:22", "Went in to drop off my DS's inhaler and was told to \"wait outside in the rain like everyone else\" by the office manager. Sm!th (not typing it properly, she's got eyes everywhere) is a miserable old witch and a bully to every parent who isn't on the PTFA. Thornbank parents will know."),
("OneMoreCoffee", "Mon 14:40", "Our office lady is the same. I think it's a job requirement 😂"),
("WeaverWife", "Mon 14:45", "Ha. Honestly I dread going in."),
("SchoolAdminAnon", "Mon 15:10", "As an office manager: we're told to keep the foyer clear for safeguarding. Doesn't excuse rudeness but there's usually a reason.")]),
    E("school", "short_name", "neutral"),
    E("ssmith", "obfuscated", "abuse"),
)

# 060 mum blog: uniform costs, negative at school, head alias neutral
add("blog", blog("mill", "£94 for a logo: the great school uniform rant", "29 August",
"""It's that time of year. The back to school adverts are out, the kids have grown three inches each, and I've just spent £94 at the one shop in town that sells the Thornbank St Mary's logo jumper.

Ninety-four pounds. For two jumpers, a cardigan and a PE bag. The supermarket sells a perfectly good navy jumper for £4.

I asked at the start of last year whether plain jumpers would be allowed. I was told it was "a matter for governors". I wrote to the governors. I got a very nice reply from Mrs A-P saying they'd "consider it at the next review". There has been no review.

I know schools have a lot on. I know the logo gives the kids a sense of belonging. But the government guidance says schools should keep branded items to a minimum, and in a town where one in three children is growing up in poverty, it feels like nobody at that school has looked at a price tag in years.

Rant over. Off to sew name labels.""",
[("Anna", "The uniform swap at the PTFA is great if you can get there early"), ("Mick", "£94?! I'd be writing to the paper")]),
    E("school", "alias", "negative"),
    E("kashworthpilling", "alias", "neutral"),
)

# 061 X: hashtag school, complaint
add("social", """Craig Mason @craigm_rvn · 8h
Second parking ticket this month outside the school at 3:15 because there is NOWHERE to park and no staggered pick-up. Fix it. #ThornbankStMarys #Ravensclough #parking
💬 12  🔁 4  ❤️ 37""",
    E("school", "hashtag", "negative"),
)

# 062 facebook: doxxing reception teacher's home address
add("facebook", """Ravensclough Uncensored (Private group)
Tony Barlow · 1h
The reception teacher at Thornbank who called social services on my missus is Bethany Jones. She's just moved into the new builds on Lomax Fold off Cloughside Road, number 7, the one with the grey door and the white Fiat outside. Her mobile's 07700 900588 too if anyone wants to tell her what they think of her.

Rachel K
Tony you are going to get yourself arrested
Tony Barlow
Just sharing public info""",
    E("school", "short_name", "neutral"),
    E("bjones", "exact", "doxxing"),
)

# 063 decoy: Miss Jones at a different school
add("facebook", """Holy Trinity RC Primary, Burnside — Parents
Claire Whiteside · 1d
Does anyone know if Miss Jones in Year 1 is back after maternity leave? My daughter keeps asking. She absolutely loved her. Holy Trinity is lucky to have her!

Emma P
She's back after Easter I think! x
Claire Whiteside
Yay! Thanks Emma""",
)

# 064 letters page: harvest festival cancelled, negative at chair of governors
add("news", news("adv", "Letters: Cancelling harvest festival breaks with tradition", "Readers' letters", "Saturday 5 October",
"""Sir — I was saddened to learn that Thornbank St Mary's has cancelled its harvest festival at St Mary's Church this year, for the first time in living memory, apparently because of "staffing pressures".

I attended that school in the 1960s. Harvest was the highlight of our autumn. We carried tins of peaches up Church Street to the altar and then took them round to the old folk of the parish. It taught us more about community than any lesson.

I wrote to the chair of governors, Mr Tattersall, to ask that the decision be reconsidered. I have not received a reply after five weeks. For a church school, that is a poor show.

Margaret Holden, Cloughside

Sir — Could the council please do something about the potholes on Haggate Lane before somebody breaks an axle? — K. Duckworth, Thornbank""",
[("Dot", "I remember the peaches too! Shame."), ("Modern_mum", "Teachers are exhausted, something has to give")],
["Letters: bin collections", "Nostalgia: Church Street in 1965"], section="Opinion"),
    E("school", "alias", "negative"),
    E("gtattersall", "title_surname", "negative"),
)

# 065 TikTok: sexual comments about Y6 teacher (adult), nickname
add("social", """TikTok · @rvn_mums_unfiltered
caption: rating the school run dads and teachers 🫣 part 3
comments
jess.x.rvn: the year 6 teacher at the church school in ravensclough tho 🔥 Rob Whittaker can take me on a residential 😏
kerry_louise: @jess.x.rvn STOP 😂 he's married
jess.x.rvn: @kerry_louise so? i'd still climb him like a ghyll scramble 🧗‍♀️ those forearms 🥵
rvn_mums_unfiltered: ladies 😂🙈""",
    E("rwhittaker", "nickname", "sexual"),
)

# 066 facebook: grandparent, alias of reception teacher (married name)
add("facebook", """Thornbank St Mary's CE Primary School (Page)
📸 Reception had a wonderful Teddy Bears' Picnic this afternoon! Thank you Mrs Lomax and the Early Years team for organising 🧸🍓

Comments
Brenda Clegg: Our Poppy's teddy had a better picnic than I did 😂 thank you Mrs Lomax
Sian D: Congratulations on the wedding Mrs Lomax!! 💍""",
    E("school", "alias", "neutral"),
    E("bjones", "alias", "neutral"),
)

# 067 X: leetspeak threat to deputy
add("social", """anon @anon_rvn_0091 · 2h
@ThornbankStMarys tell ur deputy K4hn to w4tch his b4ck. we know what car he drives n what time he leaves. th0rnb4nk st m4rys wont protect him 4ever
💬 0  🔁 0  ❤️ 0""",
    E("school", "handle", "neutral"),
    E("ikhan", "leetspeak", "threat"),
)

# 068 forum: long off-topic thread, one reply mentions breakfast club (possessive school)
add("forum", forum("mc", "Chat", "Working mums in East Lancs - how do you manage wraparound care?",
[("SpreadsheetSal", "Thu 07:02", "Back to full time in January after redundancy. Childminders near us are full until September. How is everyone doing it? Two kids, 5 and 8."),
("GranDoesTuesdays", "Thu 07:30", "Grandparents + a 4-day week. Not glamorous but it works."),
("NightShiftNurse", "Thu 07:48", "I work nights so I do drop off then sleep. It's knackering. No advice just solidarity."),
("Lancs_Lass_82", "Thu 08:15", "If you're anywhere near Ravensclough, Thornbank's breakfast club is brilliant. £3.50 a morning, opens 7:45, toast and cereal and they walk the little ones to class. Our eldest loved it."),
("SpreadsheetSal", "Thu 08:20", "Oh that's handy, we're in Cloughside. Do they take kids from other schools?"),
("Lancs_Lass_82", "Thu 08:31", "Don't think so, just their own pupils."),
("CoffeeAndChaos", "Thu 09:02", "Holiday clubs are my nightmare. Six weeks of summer and 25 days annual leave doesn't add up.")]),
    E("school", "possessive", "neutral"),
)

# 069 review: possessive TA, positive
add("review", """Thornbank St Mary's C of E Primary — Google reviews
★★★★★ Dawn Kershaw · 3 weeks ago
My daughter was a reluctant reader until she joined Okonkwo's lunchtime book club ("Ada's Readers", the kids named it). She now reads under the covers with a torch. Staff genuinely care. Lovely little school.""",
    E("school", "alias", "neutral"),
    E("aokonkwo", "possessive", "neutral"),
)

# 070 decoy: Tattersalls bloodstock sales
add("news", news("nat", "Record price at Tattersalls October sale", "Racing correspondent", "Thursday 10 October",
"""A Frankel colt sold for 4.2 million guineas at Tattersalls in Newmarket on Wednesday, the highest price of the October Yearling Sale.

The colt was bought by a bloodstock agent acting for a Middle Eastern owner after a bidding war lasting several minutes. Tattersalls said turnover for the week was up 12 per cent on last year.""",
[("punter_pete", "More than my house. Several times over.")],
["Cheltenham: ante-post favourites", "Jockey banned for whip offences"], section="Sport"),
)

# 071 facebook: homophobic hate at Y6 teacher
add("facebook", """Ravensclough Uncensored (Private group)
Lee Hargreaves · 3h
So my lad tells me the Y6 teacher at Thornbank, Mr Whittaker, has a "husband" and was showing the class a wedding photo. That sort shouldn't be allowed near kids, end of. They're grooming them to think it's normal. Back in my day he'd have been run out of town.

Carly Nuttall
Lee it's 2025 not 1955. He's a brilliant teacher
Lee Hargreaves
Brilliant at pushing his agenda yeah
Dean Pickup
Absolutely disgusting post. Reported to admins""",
    E("school", "short_name", "neutral"),
    E("rwhittaker", "title_surname", "hate"),
)

# 072 X: initial_surname reception teacher, praise
add("social", """Hayley 🌸 @hayleyt_rvn · 3 Sep
First day of reception done ✅ He came out beaming and told me Ms B. Jones is "the nicest lady in the whole world". TSM Primary, you've won him over already 💙
💬 1  🔁 0  ❤️ 33""",
    E("school", "alias", "neutral"),
    E("bjones", "initial_surname", "neutral"),
)

# 073 news: feature on online abuse of teachers, head quoted
add("news", news("tel", "'I dread opening Facebook': heads speak out about online abuse", "Education correspondent", "Sunday 16 March",
"""Headteachers across East Lancashire say online abuse from a minority of parents is driving good staff out of the profession.

Katherine Ashworth-Pilling, who leads Thornbank St Mary's CE Primary in Ravensclough, spoke publicly for the first time since a parent was convicted of sending her threatening messages last year.

"Most of our families are wonderful," she said. "But I have colleagues who've been called every name under the sun in community groups, and the people posting seem to forget there's a real person with a family on the other end. One of my teaching assistants has had racist abuse posted about her. That is not a disagreement about a detention, it's a hate crime."

The NAHT says one in three school leaders has experienced online harassment in the past year. Lancashire Constabulary has appointed a schools liaison officer to help schools report threats.

Mrs Ashworth-Pilling said her school now logs every online incident and reports threats to police. "We don't want to stop parents complaining. Complain to us. We'll listen."
""",
[("Retired_teacher_Jan", "Thank you for speaking out. It's relentless."), ("JustAParent", "Maybe if schools listened parents wouldn't go to Facebook"), ("Mo_Ravensclough", "@JustAParent there's a difference between complaining and abuse")],
["Teacher recruitment crisis deepens in Lancashire", "Police launch schools liaison unit"], section="Education"),
    E("school", "alias", "neutral"),
    E("kashworthpilling", "exact", "neutral"),
)

# 074 facebook: SEN mum, negative at deputy, praise for TA via alias
add("facebook", """SEND Parents East Lancs (Private group)
Michelle Bradshaw · 1d
Update on our EHCP saga for those who asked. Annual review at Thornbank today. Imran Khan still insisting my daughter "presents very differently at school". Felt like I was banging my head against a wall for the full hour. Not rude, just not listening.

On the other hand Ada Okonkwo, her 1:1, came to the meeting on her day off and spoke up for her like a lioness. If every school had an Ada.

Next step is tribunal. Wish us luck.

Paula Greene
Good luck Michelle. IPSEA are great for tribunal prep
Michelle Bradshaw
Thanks hun x""",
    E("school", "short_name", "neutral"),
    E("ikhan", "exact", "negative"),
    E("aokonkwo", "alias", "neutral"),
)

# 075 forum: spaced-out surname, abuse of deputy
add("forum", forum("rd", "r/Ravensclough", "Anyone else had a nightmare with Thornbank St Marys SEN?",
[("u/tired_dad_rvn", "2 days ago", "Spelling it out so it doesn't come up in searches: the deputy, K h a n, is a spineless yes-man who'd sell his own granny to save the budget. Absolute waste of oxygen. Three years of 'let's monitor it'."),
("u/pendle_witch_", "2 days ago", "Sorry you're going through it. Have you tried going to the LA directly?"),
("u/tired_dad_rvn", "2 days ago", "Yep, that's next. Cheers.")]),
    E("school", "alias", "negative"),
    E("ikhan", "spacing", "abuse"),
)

# 076 review: 1 star, abuse of head
add("review", """Thornbank St Mary's Church of England Primary School — Google reviews
★☆☆☆☆ K Walsh · 4 days ago
Mrs Ashworth-Pilling is an arrogant snob who looks down her nose at anyone from the Thornbank estate. Fake smile on the gate, knife in your back in the office. Worst head this school has ever had, a total joke. Moved my kids and never been happier.""",
    E("school", "exact", "negative"),
    E("kashworthpilling", "title_surname", "abuse"),
)

# 077 X: first_initial deputy, mild negative
add("social", """Farah 🌙 @farah_rvn · 5h
Love Thornbank St Mary's but Imran K. needs to answer his emails 😅 been chasing the SEN support plan since January. Not having a go, I know he's doing three jobs. Just need an answer x
💬 2  🔁 0  ❤️ 8""",
    E("school", "alias", "neutral"),
    E("ikhan", "first_initial", "negative"),
)

# 078 history blog: school history, and a decoy St Mary's in another town
add("blog", blog("hist", "150 years of Thornbank St Mary's", "3 June",
"""The National School at Thornbank opened its doors on 6 January 1874, paid for by subscriptions from the mill owners and the parish of St Mary's. It had two rooms, one for boys and one for girls, and a log book which survives in the county archive.

The early entries are heartbreaking. "Attendance very poor, many children working half-time at Thornbank Mill." "Scarlet fever in the district; school closed by order of the Medical Officer."

By 1911 the school had 340 pupils. In 1974 it became Thornbank St Mary's Church of England Primary School, and in 2004 moved to its current building on Brindle Street.

(Readers have asked whether this is the same St Mary's as the one in Burnside. It isn't: St Mary's RC Primary in Burnside is a Catholic school founded in 1905, and we'll cover its history another time.)

The school is holding an anniversary open day on 21 June, with the old log books on display. Caretaker Billy Evans has promised to open the bell tower for the first time in decades.""",
[("Joan (née Haworth)", "I started there in 1951! Happy birthday Thornbank"), ("PennineHistorian", "Great piece. The half-timers entries are so moving")]),
    E("school", "exact", "neutral"),
    E("wevans", "nickname", "neutral"),
)

# 079 social: typo Y6 teacher, negative sarcastic
add("social", """Kelly-Ann @kellyann_rvn · 1d
Oh brilliant, Mr Whitaker has set the Year 6s a 3 hour "project" over half term. Love that for us. Nothing says family time like gluing a Tudor house together at 10pm on a Sunday 🙃 Thornbank never misses
💬 9  🔁 2  ❤️ 41""",
    E("school", "short_name", "negative"),
    E("rwhittaker", "typo", "negative"),
)

# 080 facebook: doxxing office manager's home + phone
add("facebook", """Ravensclough Community Noticeboard
Anonymous participant · 2h
For everyone the dragon in the Thornbank office has fobbed off: Sandra Smith, lives at 14 Pendle Street, Lower Thornbank, landline 01632 960877. Maybe she'll pick up at home seeing as she never picks up at work.

Admin
Removed. Personal addresses are never allowed here.""",
    E("school", "short_name", "negative"),
    E("ssmith", "exact", "doxxing"),
)

# 081 decoy: Thornbank Rovers junior football
add("facebook", """Thornbank Rovers JFC
Match report U10s: Thornbank Rovers 4 – 2 Burnside Celtic ⚽
What a performance in the mud! Goals from Harvey (2), Lily and Oscar. Coach Dave says it's the best passing he's seen all season. Thanks to the Thornbank Arms for the post-match chips 🍟
Training Tuesday 6pm, Thornbank Park as usual.""",
)

# 082 forum: StaffroomTalk: ex-colleague praise, hyphenated head name, plus typo TA
add("forum", forum("tes", "Primary", "Shout out to good heads - who's yours?",
[("MrsMathsLead", "1 month ago", "So much negativity on here, let's have some positivity. Name (or don't) a head who made a difference to you."),
("ex_rvn_NQT", "1 month ago", "My first head, Mrs Ashworth at a church primary in Ravensclough (she's double-barrelled now). She sat in on my worst ever lesson, said nothing for ten minutes, then took over and taught my class how to line up. Then she made me a brew and said 'right, that's lesson one'. Taught me more than my PGCE."),
("ex_rvn_NQT", "1 month ago", "Also the TA I had there, Mrs Okonko (sorry if I've spelt it wrong Ada!), basically raised me as a teacher."),
("Y5_Woes", "1 month ago", "This is lovely. Mine was a Mr Patel in Leicester, retired now, legend.")]),
    E("kashworthpilling", "hyphenated", "neutral"),
    E("aokonkwo", "typo", "neutral"),
)

# 083 X: handle for Y6 teacher, neutral + hashtag school
add("social", """Mr W 📚 @mrwhittaker_y6 · 4 Jul
Last day with my Year 6s. 28 amazing young people ready for secondary. I won't cry. (I cried.) Thank you for a brilliant year, families. #ThornbankStMarys #Year6 #leavers
💬 22  🔁 3  ❤️ 210

  Reply · Donna F @donnaf_rvn · 4 Jul
  @mrwhittaker_y6 Thank you for everything you did for our Ellie 💙""",
    E("school", "hashtag", "neutral"),
    E("rwhittaker", "handle", "neutral"),
)

# 084 news: decoy + real: Imran Khan (local councillor, different person) and school mention
add("news", news("pkt", "New zebra crossing for Cloughside Road after campaign", "Daniel Pilkington, Local Democracy Reporter", "Wednesday 19 February",
"""A new zebra crossing will be installed on Cloughside Road near the junction with Brindle Street after a two-year campaign by residents.

Councillor Imran Khan (Labour, Burnside West), cabinet member for highways, said the scheme would cost £68,000 and be completed before the summer. "This is a route hundreds of families walk every morning," he said.

The campaign was started by parents after a near miss involving a Year 4 pupil last winter. Thornbank St Mary's CE Primary, whose pupils use the route, supported the petition, which gained 1,400 signatures.

Councillor Khan praised "the persistence of local mums".""",
[("safe_streets_rvn", "About time!"), ("Bill", "£68k for some paint and two lights?")],
["Speed cameras planned for Haggate Lane", "Bus route 7 to be axed"], section="Council"),
    E("school", "alias", "neutral"),
)

# 085 facebook: defamation — drunk at work, head covering
add("facebook", """Ravensclough Mums & Dads Chat
Anonymous member · 9h
Not naming names but the caretaker at Thornbank St Marys was stinking of ale at 8am on Monday, couldn't walk straight unlocking the gate. Not the first time. Head knows and does nothing because they go back years. Kids around him all day. Make of that what you will.

Jo Hindle
Billy?? He's teetotal, he's been in AA 15 years and he's proud of it. That's a horrible thing to say
Anonymous member
People relapse 🤷‍♀️
Sue Whitehead
This group is getting nasty""",
    E("school", "alias", "defamation"),
    E("wevans", "nickname", "defamation"),
)

# 086 review: Glassdoor negative, head hyphenated ("Pilling")
add("review", """Glassdoor · Thornbank St Mary's CE Primary School
★★☆☆☆ "Good school, exhausting culture" — Class Teacher (Former Employee), Ravensclough, Lancashire
Pros: Supportive colleagues. Lovely children. Strong church links.
Cons: Mrs Pilling micromanages everything, down to the colour of display backing paper. Book scrutinies every fortnight. Emails at 10pm on a Sunday. Staff turnover is high and nobody in leadership seems to ask why.
Advice to Management: Trust your teachers.""",
    E("school", "alias", "negative"),
    E("kashworthpilling", "hyphenated", "negative"),
)

# 087 TikTok: homoglyph Y6 teacher threat
add("social", """TikTok · @rvn.anon.acc
caption: mr whіttaker at thornbаnk u know what u did 🔪 ur days r numbered. see u at 3:15 👋 #payback
comments
user7719: 💀 delete this bro
user1230: reported""",
    E("school", "homoglyph", "neutral"),
    E("rwhittaker", "homoglyph", "threat"),
)

# 088 blog: dad blog on parents evening, multiple mentions mild
add("blog", blog("dad", "Parents' evening bingo", "20 November",
"""Every year I play parents' evening bingo. This year I got a full house.

"Very sociable." (Talks constantly.) Tick.
"Could be more organised." (Has lost three water bottles since September.) Tick.
"A pleasure to have in class." (Probably true. Might be code.) Tick.

Our youngest's teacher, Miss Jones in reception, showed us his learning journal, which included a photo of him explaining to a worm why it should not be sad. I have never been prouder.

The eldest is in Year 6, so we had ten minutes with Mr Whittaker about SATs. He was honest that reading needs work, and gave us a list of books, which I respect. The wait was forty minutes past our slot, which I respect less. Thornbank, please: a second hall, a clock, or fewer appointments.

Full house. No prize. Just a child in bed by nine and a glass of red.""",
[("Steph", "The worm 😂😂"), ("Mrs T", "40 mins is standard sadly")]),
    E("school", "short_name", "negative"),
    E("bjones", "title_surname", "neutral"),
    E("rwhittaker", "title_surname", "neutral"),
)

# 089 X: diocese post, initial_surname chair of governors
add("social", """Diocese of Pendleford Education @PendlefordDBE · 2 Jun
Congratulations to G. Tattersall, who this week marks 25 years as a governor (and 9 as chair) at Thornbank St Mary's CE Primary, Ravensclough. Thank you for a quarter century of faithful service to the children of Thornbank 🙏
💬 1  🔁 4  ❤️ 27""",
    E("school", "alias", "neutral"),
    E("gtattersall", "initial_surname", "neutral"),
)

# 090 TikTok comments: sexual about pupils (url_only)
add("social", """TikTok · video reposted from a school dance competition, caption "Thornbank year 6 girls smashed it 💃"
comments
xx_dan_xx_: them year 6 girls from thornbank 👀👀 wish i was 11 again if u know what i mean
gemmaaa.h: @xx_dan_xx_ they're CHILDREN. reported and screenshotted
user00912: dm me more of the blonde one
thornbank_ptfa_mum: Please everyone report this account. The school has been informed.""",
    E("school", "short_name", "sexual", True),
)

# 091 forum: parent pastes letter signed I. Khan
add("forum", forum("mc", "Primary education", "Letter about attendance - is this normal wording?",
[("PuddleJumper9", "Wed 19:40", """Got this today. DS has had 9 days off this year, 6 of them with a chest infection (doctor's note provided).

"Dear Parent/Carer, Your child's attendance is currently 91.2%, which is below the school's target of 96%. Persistent absence has a significant impact on attainment. Please contact the school to arrange an attendance meeting. Yours sincerely, I. Khan, Deputy Headteacher, Thornbank St Mary's CE Primary School"

Is this normal? Feels a bit threatening for a 6 year old with a chest infection."""),
("HeadOfYear_mum", "Wed 19:55", "Completely standard. It's a template letter from the attendance software. Go to the meeting, take the doctor's note, it'll be 5 minutes."),
("PuddleJumper9", "Wed 20:03", "Oh ok. That's reassuring. Thanks."),
("GreenTea22", "Wed 20:30", "Schools are under pressure from the DfE on attendance. They have to send them.")]),
    E("school", "alias", "neutral"),
    E("ikhan", "initial_surname", "neutral"),
)

# 092 decoy: Kath Ashworth of the WI (different person, not the head)
add("facebook", """Cloughside Women's Institute
Thank you to everyone who came to our Jam & Jerusalem afternoon! 🍓 We raised £480 for the Air Ambulance. Special thanks to our president Kath Ashworth for her famous Victoria sponge, and to Mrs Pilling from the Co-op for donating the teabags. See you at the AGM in March.""",
)

# 093 X: spaced surname, abuse of TA
add("social", """🥀 @rvnmum_vents · 4h
the TA at thornbank, M r s  N o w a k, sat on her phone the whole trip while my daughter got lost in the museum. lazy useless cow. how is she still employed
💬 3  🔁 0  ❤️ 5""",
    E("school", "short_name", "negative"),
    E("gnowak", "spacing", "abuse"),
)

# 094 review: obfuscated Y6 teacher, defamation
add("review", """Thornbank St Mary's CE Primary — Google reviews
★☆☆☆☆ J. Haworth · 1 week ago
Mr Wh*ttaker (Y6) grabbed my son by the collar and pinned him against a wall in the corridor. School says it "didn't happen like that". Of course they do. This is a man who should not be allowed near children and the head is protecting him.""",
    E("school", "alias", "defamation"),
    E("rwhittaker", "obfuscated", "defamation"),
)

# 095 X: camelcase head
add("social", """Emma Greenwood @emmagreenwood_rvn · 22 May
Huge thanks to MrsAshworthPilling for coming to our son's funeral for his grandad and bringing a card the whole class had made. You don't forget things like that. Thornbank family ❤️
💬 5  🔁 0  ❤️ 64""",
    E("school", "short_name", "neutral"),
    E("kashworthpilling", "camelcase", "neutral"),
)

# 096 facebook: nickname head, negative
add("facebook", """Ravensclough Mums & Dads Chat
Joanne Bibby · 3d
Asked Kate Ashworth-Pilling at the gate why the Year 3 swimming lessons have been cancelled for the second term running. Got a very polished answer about "transport costs" and "reviewing provision". In other words no. Kids can't swim, that's a safety issue not a budget line. Disappointed, honestly.

Rach T
Same at Burnside Park. It's the council cutting the bus subsidy
Joanne Bibby
Maybe but other schools are finding a way""",
    E("kashworthpilling", "nickname", "negative"),
)

# 097 news: caretaker feature; one abusive comment
add("news", news("adv", "Thornbank caretaker marks 25 years keeping school shipshape", "Features desk", "Saturday 22 March",
"""When William Evans started as caretaker at Thornbank St Mary's CE Primary in 2000, the school still had an outdoor toilet block and a coke boiler.

Twenty-five years, three headteachers and one very memorable snow day later, he is still first through the gates every morning at 6.30am.

"The kids keep you young," said Mr Evans, 63, known to generations of pupils as "Mr E". "I've had lads come back with their own children who remember me getting their football off the roof."

The school held a surprise assembly for him on Friday, with pupils singing a specially written song to the tune of Yellow Submarine.""",
[("Former_pupil_2005", "Mr E got my ball off that roof about 40 times. Legend."), ("disgruntled_of_brindle_st", "Miserable old goat shouts at every kid who steps on his precious grass. 25 years of being a grumpy sod, give him a medal 🙄"), ("Bev", "@disgruntled_of_brindle_st what a horrible thing to say on his anniversary")],
["Lollipop lady retires after 30 years", "Ravensclough in bloom: volunteers needed"], section="Community"),
    E("school", "alias", "neutral"),
    E("wevans", "exact", "abuse"),
)

# 098 forum: homoglyph office manager, negative
add("forum", forum("tp", "Schools & Education", "School refusing to pass on message to child - normal?",
[("worriedmumRC7", "Fri 15:45", "Rang Thornbank office at 2pm to say my son's dad would be picking up as I was stuck at work. Ѕandra Ѕmith said \"we don't pass on messages during lessons\" and then he got sent out to wait for me and was the last one there at 3.40 crying. Surely they can walk a note to a classroom?"),
("TeacherSarah", "Fri 16:02", "Usually they'd tell the class teacher. Might be worth asking what the policy is, politely."),
("worriedmumRC7", "Fri 16:10", "Will do. Just gutted for him.")]),
    E("school", "short_name", "negative"),
    E("ssmith", "homoglyph", "negative"),
)

# 099 TikTok: hashtag deputy, praise
add("social", """TikTok · @thornbank_ptfa
caption: Our Eid and Christmas joint assembly 🌙🎄 the whole school sang together and there wasn't a dry eye. Thank you #MrKhan for organising and for the samosas 😋 #Ravensclough #community #ThornbankStMarys
comments
sarahjaneRVN: this is what community looks like ❤️
gazza_1990: 👏👏""",
    E("school", "hashtag", "neutral"),
    E("ikhan", "hashtag", "neutral"),
)

# 100 decoy: a different Grace Nowak (swimmer)
add("news", news("nat", "Nowak breaks British record in 200m butterfly", "Sport reporter", "Sunday 13 April",
"""Grace Nowak set a new British record in the women's 200m butterfly at the national championships in Sheffield on Saturday night.

The 19-year-old from Loughborough touched in 2:05.41, taking almost half a second off the previous mark, and secured her place on the team for the world championships.

"I just wanted to swim my own race," Nowak said. "My coach told me to trust the back half and I did."
""",
[("swimfan", "Future Olympic champion"), ("LboroMum", "So proud of our Grace!")],
["Peaty announces comeback", "Diving: Daley's return"], section="Sport"),
)

# 101 facebook: threat against TA (veiled), alias
add("facebook", """Cloughside & Thornbank Residents
Kyle Whitehead · 5h
That TA Ada Okonkwo who reported my missus to social services needs to be careful waiting for the 7 bus on her own of a night. It's dark at that stop. Things happen. Just saying.

Jenny P
Kyle that's a threat and I've screenshotted it
Kyle Whitehead
It's a warning about the streetlights Jenny 😂""",
    E("aokonkwo", "alias", "threat"),
)

# 102 council-watch blog: governors and budget, neutral
add("blog", blog("gov", "Schools forum, 14 January: falling rolls and a deficit warning", "15 January",
"""The borough's schools forum met on Tuesday to discuss the funding formula for next year. Falling birth rates mean several primaries will lose income, and three are forecasting deficits.

Geoffrey Tattersall, who chairs the governors at Thornbank St Mary's CE Primary, spoke for the smaller church schools. He asked officers whether the "split site" allowance would continue and said governors had already cut a teaching assistant post to balance the books.

Officers said the allowance would be reviewed in the spring.

Other items: a new policy on school transport for children with SEND (deferred), and an update on free breakfast clubs, which six Ravensclough primaries, including Thornbank, will pilot from April.""",
[("Ravensclough_teacher", "Thanks for writing these up, really useful")]),
    E("school", "alias", "neutral"),
    E("gtattersall", "exact", "neutral"),
)

# 103 X: sexual remarks about head (adult), alias
add("social", """Big Steve @bigsteve_rvn · 11h
Parents evening with Mrs A-P tonight 😏 that pencil skirt and them heels, she can put me in detention and lock the door. Bet she's filthy behind closed doors, the headmistress ones always are 🥵
💬 4  🔁 1  ❤️ 7

  Mel @mel_rvn · 10h
  @bigsteve_rvn this is why your wife left you Steve""",
    E("kashworthpilling", "alias", "sexual"),
)

# 104 facebook: parents defending school
add("facebook", """Ravensclough Mums & Dads Chat
Natalie Pearson · 1d
Seeing a lot of negativity about Thornbank lately so just want to balance it. My son has had a really rough year (his dad left) and the school has been amazing. Mr Whitts stayed behind every Thursday to do football with him because it's the only thing he talks about. The nurture room have been brilliant. Not every school is perfect but they care.

Lisa B
Totally agree, my two are really happy there
Gav H
Glad it's worked for you. Hasn't for us but fair play""",
    E("school", "short_name", "neutral"),
    E("rwhittaker", "alias", "neutral"),
)

# 105 review: 2 stars about breakfast club, alias
add("review", """TSM Primary Breakfast & After School Club — Google reviews
★★☆☆☆ Hollie M · 1 month ago
Staff are friendly but it's basically a room with a telly. Kids sat watching cartoons for an hour, cold toast, no activities. For £7 a session I expected more. Communication about price rises was poor too, found out from my bank statement.""",
    E("school", "alias", "negative"),
)

# 106 reddit AskUK: long off-topic thread; one reply neutral
add("forum", forum("rd", "r/AskUK", "What's a weirdly specific memory from your primary school?",
[("u/crumpet_enjoyer", "1 day ago", "Mine: the dinner lady who gave extra custard if you called her 'madam'."),
("u/kentish_lad", "1 day ago", "Our headmaster kept a tortoise in his office and it escaped every summer."),
("u/northern_monkey_91", "1 day ago", "Thornbank St Marys in Ravensclough, early 2000s. The caretaker Mr Evans had a ladder just for getting footballs off the roof and charged us a 'fee' of one Freddo. Best economics lesson I ever had."),
("u/crumpet_enjoyer", "1 day ago", "@northern_monkey_91 the Freddo tax 😂"),
("u/glasgow_gal", "23 hours ago", "We had a nit nurse called Nitty Nora. I assume every school did."),
("u/kentish_lad", "22 hours ago", "Tortoise was called Margaret, for the record.")]),
    E("school", "alias", "neutral"),
    E("wevans", "title_surname", "neutral"),
)

# 107 decoy: a different St Mary's school
add("news", news("tel", "St Mary's CE Primary in Whalley celebrates 'outstanding' verdict", "Education correspondent", "Tuesday 4 March",
"""St Mary's Church of England Primary School in Whalley has been judged outstanding by Ofsted for the third time in a row.

Inspectors praised the "exceptional" teaching of reading and the school's forest school programme. Headteacher Mr Dominic Reeve said staff were "over the moon".

The school, which has 210 pupils, is part of the Ribble Valley Church Schools Partnership.""",
[("Whalley_mum", "Deserved!")],
["Clitheroe bypass consultation opens", "Ribble Valley tops happiness index"], section="Education"),
)

# 108 X: first_initial TA, praise
add("social", """Ola W @olawojcik · 15 Mar
Polish Saturday school trip to Kraków planning meeting tonight - huge thanks to Grażyna N. from Thornbank St Mary's for translating all the consent forms for the English-speaking families 🇵🇱🇬🇧 dziękujemy!
💬 0  🔁 1  ❤️ 12""",
    E("school", "alias", "neutral"),
    E("gnowak", "first_initial", "neutral"),
)

# 109 X: defamation chair of governors, contracts
add("social", """Ravensclough Truth @rvn_truth · 1d
Ask yourself why the £900k extension at Thornbank St Mary's went to Tattersall & Daughters Building Ltd without a proper tender. Geoffrey Tattersall, chair of governors, signing contracts for his own son-in-law's firm. Brown envelopes all round. Diocese knows and is sitting on it.
💬 18  🔁 22  ❤️ 40""",
    E("school", "alias", "defamation"),
    E("gtattersall", "exact", "defamation"),
)

# 110 news: eco award, comments with a negative first_initial office manager
add("news", news("adv", "Eco warriors: Thornbank pupils win Green Flag", "Joanne Greenhalgh", "Friday 16 May",
"""Thornbank St Mary's CE Primary has been awarded an Eco-Schools Green Flag with distinction after pupils cut the school's energy use by a fifth in a year.

The school's eco council, led by Year 5 pupils, carried out "switch off" patrols at break times, set up a uniform swap and planted 120 trees along the edge of the school field.

Site manager Billy Evans helped install water butts and a wormery, which pupils say is "the best thing in school".""",
[("GreenGran", "Wonderful! Well done eco council"), ("PTFA_watcher", "Meanwhile Sandra S. in the office drives a diesel Range Rover 300 yards to work every day and leaves it idling outside the gates. Practise what you preach."), ("EcoDad", "Love the wormery")],
["Litter pick volunteers wanted", "Ravensclough recycling rates rise"], section="Education"),
    E("school", "alias", "neutral"),
    E("wevans", "nickname", "neutral"),
    E("ssmith", "first_initial", "negative"),
)

# 111 facebook: obfuscated chair, abuse
add("facebook", """Ravensclough Uncensored (Private group)
Gail Simpson · 2d
The chair of governors at Thornbank, G. T*ttersall, is a senile old fool who should've been put out to pasture years ago. Sat there at the consultation meeting nodding off while we were talking about our kids' futures. Pathetic.

Rob L
He's nearly 80, what do you expect
Gail Simpson
Exactly my point""",
    E("school", "short_name", "neutral"),
    E("gtattersall", "obfuscated", "abuse"),
)

# 112 X: possessive reception teacher, neutral
add("social", """Ravensclough Foodbank @rvnfoodbank · 28 Nov
An enormous thank you to Bethany Jones's reception class at Thornbank St Mary's who collected 212 tins for the foodbank this harvest. The drawings on the boxes made our volunteers' week 🥫🎨
💬 0  🔁 5  ❤️ 51""",
    E("school", "alias", "neutral"),
    E("bjones", "exact", "neutral"),
)

# 113 forum: camelcase school in a staffroom post
add("forum", forum("tes", "Pay & conditions", "TA regrading - anyone had theirs backdated?",
[("TA_for_20yrs", "2 days ago", "Worked at ThornbankStMarys (the church primary in Ravensclough) for 11 years. Council regraded all TAs last year, ours still hasn't been applied. Business manager says it's 'with HR'. Anyone else in Lancs had the backpay?"),
("unison_helen", "2 days ago", "Raise a grievance if it's past the deadline. We got ours backdated to April."),
("TA_for_20yrs", "1 day ago", "Thanks, will speak to our rep.")]),
    E("school", "camelcase", "negative"),
)

# 114 news: police patrols after online threat (neutral report quoting threat)
add("news", news("tel", "Police step up patrols at Ravensclough primary after online threat", "News desk", "Thursday 27 February",
"""Police have increased patrols around a Ravensclough primary school after a post on social media threatened to set it alight.

The post, which referred to Thornbank St Mary's CE Primary School by spacing out the letters of its name, said the writer hoped the school would "go up in flames one night". It was reported to police by parents.

A Lancashire Police spokesperson said: "We are aware of the post and are taking it extremely seriously. Extra patrols are in place and enquiries are ongoing to identify the author."

In a message to parents, the school said the site was safe and lessons would continue as normal.""",
[("Concerned_nan", "Hope they find whoever wrote it"), ("Ashleigh", "Scary stuff. Thank you to the police.")],
["Man arrested over threats to MP", "Cloughside: arson at derelict mill"], section="Crime"),
    E("school", "alias", "neutral"),
)

# 115 facebook: mixed — praise one TA, complaint about another
add("facebook", """Ravensclough Mums & Dads Chat
Kerry Ashton · 6h
Mixed feelings about year 3 at Thornbank this year. Mrs Okonkwo is an angel, my daughter adores her. But Mrs Nowak keeps my daughter in at break to finish work she didn't finish in lessons, three times this week. She's 7, she needs to run around. Going to ask the teacher about it politely.

Gem W
Definitely ask, they can't keep them in every break
Kerry Ashton
Yeah not having a go, just want her outside""",
    E("school", "short_name", "neutral"),
    E("aokonkwo", "title_surname", "neutral"),
    E("gnowak", "title_surname", "negative"),
)

# 116 X: sarcastic complaint about school
add("social", """Lou 🌈 @lou_rvn · 3h
Great job Thornbank St Marys, fourth coat lost this term 👏👏👏 Really love buying a new £40 coat every three weeks. Gold star for the lost property system 🌟
💬 7  🔁 1  ❤️ 29""",
    E("school", "alias", "negative"),
)

# 117 mum blog: condemns hate against deputy (quoting it), neutral
add("blog", blog("mill", "The Eid and Christmas assembly, and the comments underneath", "20 December",
"""I went to the joint Eid and Christmas assembly at Thornbank this week and I want to write about two things: the assembly, and what happened online afterwards.

The assembly first. It was beautiful. Mr Khan, the deputy head, had organised it with the vicar and the imam from the Jamia Masjid on Cloughside Road. The children sang Silent Night and then a nasheed. My son, who is very much Church of England by default, came home and asked if we could have samosas at Christmas.

Then the PTFA posted a clip on TikTok, and the comments came. "Know your enemy." "Taqiyya." Someone telling Mr Khan to "go home", as if Ravensclough isn't his home. He was born in Burnside General, same as me.

I'm not going to link to them. I just want to say, as a Thornbank parent: these people do not speak for us. Imran Khan has done more for the children of this town than any of the keyboard warriors ever will.""",
[("Sue W", "Well said. It was a lovely assembly."), ("Omar", "Thank you for writing this 🤍")]),
    E("school", "short_name", "neutral"),
    E("ikhan", "exact", "neutral"),
)

# 118 forum: question about reception teacher's absence, neutral (alias)
add("forum", forum("mc", "Primary education", "Class teacher off for weeks and no explanation - normal?",
[("OatMilkLatte", "Mon 20:11", "DD's reception teacher (Mrs Lomax, Thornbank CE Primary) has been off for three weeks and the school have said nothing. Different supply every day. DD keeps asking where she is. Are schools supposed to tell you?"),
("ex_HT", "Mon 20:30", "They can't tell you why, it's confidential. But they should tell you who's covering and for how long. Ask the office."),
("OatMilkLatte", "Mon 20:34", "That makes sense. I hope she's ok, she's lovely."),
("mummyof2boys", "Mon 21:02", "Could be anything, hope she's ok. Our school put a note on the app at least.")]),
    E("school", "alias", "neutral"),
    E("bjones", "alias", "neutral"),
)

# 119 review: abuse of caretaker
add("review", """Thornbank St Mary's CE Primary — Google reviews
★☆☆☆☆ Darren Lofthouse · 2 days ago
Caretaker Mr Evans screamed at my 6 year old for standing on the grass at pick up. Grumpy old goat, face like a smacked backside, thinks he owns the place. Get someone who actually likes kids. Rest of the staff are fine.""",
    E("school", "alias", "neutral"),
    E("wevans", "title_surname", "abuse"),
)


# 120 facebook: abuse at school and head
add("facebook", """Ravensclough Mums & Dads Chat
Stacey Greenhalgh · 4h
Thornbank St Mary's is a JOKE of a school run by a bunch of clowns. Mrs A-P is a useless cow who couldn't organise a p*ss up in a brewery. Three letters home this week with the wrong dates on. Absolute shambles of a place, I'm embarrassed my kids go there.

Laura N
Tell us how you really feel Stace 😂
Stacey Greenhalgh
I'm fuming Laura honestly""",
    E("school", "alias", "abuse"),
    E("kashworthpilling", "alias", "abuse"),
)

# 121 X: threat to reception teacher; abuse at school
add("social", """shaz @shaz_rvn_x · 2h
miss jones at that thornbank dump reported me to the school nurse about my sons teeth. she wants to sleep with one eye open from now on. i dont forget faces 👀
💬 1  🔁 0  ❤️ 1""",
    E("school", "short_name", "abuse"),
    E("bjones", "title_surname", "threat"),
)

# 122 forum: defamation deputy pocketing SEN money
add("forum", forum("tp", "Local: North West", "Where does the SEN top-up money actually go?",
[("angrydad_rvn", "4 days ago", "My son is supposed to get £6,000 a year top-up funding at Thornbank CE Primary for 1:1 support. He gets a TA for two mornings a week, shared with two others. I'll say it: Imran Khan has been pocketing that money or using it to plug holes and lying to parents about it. Every SEN family at that school is being ripped off and he knows it."),
("SENCO_anon", "4 days ago", "I'm a SENCo elsewhere. Top-up funding often doesn't cover a full 1:1, and schools pool it. That's not the same as stealing. Ask for a provision map."),
("angrydad_rvn", "4 days ago", "It's fraud whatever you call it.")]),
    E("school", "alias", "negative"),
    E("ikhan", "exact", "defamation"),
)

# 123 review: abuse at the school
add("review", """Thornbank St Mary's CE Primary — Google reviews
★☆☆☆☆ Ryan Booth · 3 days ago
Worst school in Lancashire. Absolute dump. Staff are a bunch of muppets who couldn't teach a dog to sit. Holier than thou God squad who think they're better than everyone. Avoid like the plague.""",
    E("school", "alias", "abuse"),
)

# 124 TikTok: coded racist abuse of TA, leetspeak
add("social", """TikTok · @rvn_banter_page
caption: when the new TA at th0rnbank starts talkin 🐒🍌🌴 #fyp
comments
lads_lads_lads: 0k0nkw0 more like 🐒🐒 send her back on the banana boat 😂
ellie.rvn: this is literally racist what is wrong with you
rvn_banter_page: its a joke relax""",
    E("school", "leetspeak", "neutral"),
    E("aokonkwo", "leetspeak", "hate"),
)

# 125 facebook: doxxing Y6 teacher address
add("facebook", """Ravensclough Uncensored (Private group)
Jamie Cowell · 6h
Mr Whittaker from Thornbank who excluded my daughter from the leavers trip lives at 31 Hollin Bank Road, RC6 2LP. Blue front door, black Golf on the drive, his husband works from home. Think he needs to hear from the parents directly seeing as the school is useless.

Admin
Removed. This is a doxxing post and Jamie has been removed from the group.""",
    E("school", "short_name", "negative"),
    E("rwhittaker", "title_surname", "doxxing"),
)

# 126 X: sexual comments about a TA (adult), typo
add("social", """Deano 🍺 @deano_burnside · 9h
That TA at my nephew's primary in Ravensclough, Mrs Okonkow 🥵 exotic. I'd happily be kept behind after school if you know what I mean. Bet she's wild 🍆
💬 2  🔁 0  ❤️ 4

  Amy @amy_rvn · 8h
  @deano_burnside she's a married woman doing her job. Gross.""",
    E("aokonkwo", "typo", "sexual"),
)

# 127 forum: defamation reception teacher, drunk at work
add("forum", forum("mc", "Am I being unreasonable?", "AIBU to think a hungover teacher should be sent home?",
[("FleeceRegular", "Sun 22:04", "The reception teacher at Thornbank (Jones) is in the Fleece every school night till closing, then turns up stinking of booze and barely able to stand. My friend's DS said she fell asleep at story time. The head knows and does nothing. AIBU to report her to the council?"),
("ConcernedOfCloughside", "Sun 22:20", "If you have actual evidence, report it to the LADO. If it's gossip from the pub, YABU and it could cost someone their job."),
("FleeceRegular", "Sun 22:31", "Everyone knows it's true"),
("Tilly_Mint", "Mon 06:50", "'Everyone knows' is how witch hunts start.")]),
    E("school", "short_name", "negative"),
    E("bjones", "surname_only", "defamation"),
)

# 128 facebook: veiled threat of arson to chair of governors
add("facebook", """Cloughside & Thornbank Residents
Neil Fairhurst · 1d
Governors at Thornbank voted to close the nursery class and 14 staff are losing hours. All signed off by the chair. Someone should pay Tattersall's nice house up Moorfield a visit one night with a can of petrol, see how he likes losing something. Just a thought 🔥

Debbie H
Neil you cannot post that
Neil Fairhurst
Its a joke calm down""",
    E("school", "short_name", "negative"),
    E("gtattersall", "possessive", "threat"),
)

# 129 X: abuse at office manager and caretaker
add("social", """Tash @tash_rvn · 5h
the Thornbank office dragon Sandra Smith and her pet troll Billy Evans 🙄 two miserable old gits who hate kids and hate parents. why do u work at a school if u cant stand children?? get a job in a morgue
💬 3  🔁 1  ❤️ 12""",
    E("school", "short_name", "negative"),
    E("ssmith", "exact", "abuse"),
    E("wevans", "nickname", "abuse"),
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
