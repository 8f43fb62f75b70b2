# ruff: noqa: E501
"""Held-out labelled corpus #2 for the repwatch matcher (Ashcombe Grange Academy).

Written WITHOUT reading the matcher, its tuning corpus or the other held-out corpora: it
measures how the matcher generalises to writing it was never tuned on. Never tune on it —
do not read its errors and change the matcher to suit them, or the measurement is spent.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_heldout2

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
    "school", "hjones", "rpwhitley", "ndoherty", "aoyelaran", "rchaudhry", "rhowells",
    "cbennett", "emarsh", "pwalker",
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


def _p(paras: list[str]) -> str:
    # A paragraph that already starts with a tag is trusted HTML (links, lists, quotes).
    return "\n".join(p if p.startswith("<") else f"<p>{html.escape(p)}</p>" for p in paras)


NEWS_SITES = {
    "echo": (
        "Ashcombe &amp; District Echo",
        ["Home", "News", "Sport", "What's On", "Property", "Jobs", "Announcements"],
        "&copy; Ashcombe &amp; District Echo. Part of Wessex Regional Media Ltd. Registered in England no. 0412339.",
    ),
    "gazette": (
        "Wyvern Valley Gazette",
        ["News", "Courts", "Education", "Business", "Sport", "Opinion", "Obituaries"],
        "Wyvern Valley Gazette is a member of IPSO. &copy; Gazette Media Group. Privacy | Cookies | Contact us",
    ),
    "staffroom": (
        "Staffroom Weekly",
        ["News", "Policy", "Leadership", "Wellbeing", "Jobs", "Podcast", "Subscribe"],
        "Staffroom Weekly &mdash; independent journalism for the schools workforce. &copy; SW Publishing Ltd.",
    ),
    "courier": (
        "Yorkshire Courier",
        ["News", "Leeds", "Bradford", "Courts", "Sport", "Weather"],
        "&copy; Yorkshire Courier Ltd. All rights reserved. Terms | Privacy notice | Advertise",
    ),
}


def news(
    site: str,
    headline: str,
    standfirst: str,
    byline: str,
    date: str,
    paras: list[str],
    comments: list[tuple[str, str, str]] | None = None,
    most_read: list[str] | None = None,
    section: str = "News",
) -> str:
    name, nav, footer = NEWS_SITES[site]
    nav_html = "\n".join(
        f'      <li><a href="/{n.lower().replace(" ", "-").replace("&#x27;", "")}">{html.escape(n)}</a></li>'
        for n in nav
    )
    most = most_read or [
        "Roadworks to close bypass for three weekends",
        "Bin collection changes: what you need to know",
        "Pub quiz raises record sum for air ambulance",
        "Weather warning for heavy rain on Thursday",
    ]
    most_html = "\n".join(f'        <li><a href="#">{html.escape(m)}</a></li>' for m in most)
    comments_html = ""
    if comments:
        items = "\n".join(
            f'      <div class="comment"><span class="author">{html.escape(a)}</span> <time>{html.escape(t)}</time>\n        <p>{html.escape(c)}</p>\n        <a class="report" href="#">Report</a></div>'
            for a, t, c in comments
        )
        comments_html = f'\n    <section class="comments">\n      <h3>Comments ({len(comments)})</h3>\n      <p class="rules">Comments are moderated. Please keep it civil.</p>\n{items}\n    </section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{html.escape(headline)} | {name}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/static/site.css">
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>
  <header>
    <a class="logo" href="/">{name}</a>
    <nav><ul>
{nav_html}
    </ul></nav>
    <form class="search"><input type="search" placeholder="Search"><button>Go</button></form>
  </header>
  <main>
    <div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="#">{html.escape(section)}</a></div>
    <article>
      <h1>{html.escape(headline)}</h1>
      <p class="standfirst">{html.escape(standfirst)}</p>
      <p class="byline">By {html.escape(byline)} &middot; <time>{html.escape(date)}</time></p>
      <div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
{_p(paras)}
      <p class="tags">Topics: {html.escape(section)}</p>
    </article>{comments_html}
  </main>
  <aside class="sidebar">
    <h2>Most read</h2>
    <ol>
{most_html}
    </ol>
    <div class="ad">Advertisement</div>
    <h2>Newsletter</h2>
    <p>Get the day's headlines in your inbox every morning.</p>
    <form><input type="email" placeholder="Your email"><button>Sign up</button></form>
  </aside>
  <footer>
    <p>{footer}</p>
    <p><a href="#">About us</a> &middot; <a href="#">Contact</a> &middot; <a href="#">Complaints</a> &middot; <a href="#">Accessibility</a></p>
  </footer>
</body>
</html>
"""


FORUM_SITES = {
    "parentnet": (
        "ParentNet",
        "Talk &rsaquo; Education &rsaquo; Secondary schools",
        "ParentNet Ltd &copy; All posts are the views of their authors. Report a post | Talk guidelines | Privacy",
    ),
    "staffroomforum": (
        "Staffroom Forum",
        "Forums &rsaquo; Jobs &amp; careers &rsaquo; Secondary",
        "Staffroom Forum is run by teachers for teachers. &copy; SF Community CIC. Terms | Privacy",
    ),
    "ashcombeonline": (
        "Ashcombe Online",
        "Boards &rsaquo; Local chat",
        "Ashcombe Online community forum since 2004. Be nice. Admin: contact via PM.",
    ),
    "sixthform": (
        "SixthForm Central",
        "Forums &rsaquo; Schools &amp; colleges &rsaquo; South West",
        "&copy; SixthForm Central. Not affiliated with any school. Community guidelines | Report abuse",
    ),
}


def forum(
    site: str, title: str, posts: list[tuple[str, str, str]], related: list[str] | None = None
) -> str:
    name, crumbs, footer = FORUM_SITES[site]
    body = []
    for i, (user, when, text) in enumerate(posts):
        paras = "\n".join(f"        <p>{html.escape(line)}</p>" for line in text.split("\n\n"))
        body.append(
            f'    <div class="post" id="p{i + 1}">\n      <div class="post-head"><span class="user">{html.escape(user)}</span> <span class="when">{html.escape(when)}</span> <span class="num">#{i + 1}</span></div>\n      <div class="post-body">\n{paras}\n      </div>\n      <div class="post-actions"><a href="#">Quote</a> <a href="#">Like</a> <a href="#">Report</a></div>\n    </div>'
        )
    rel = related or [
        "Uniform costs - is it just me?",
        "Best revision apps for GCSE?",
        "Bus passes for Year 7",
    ]
    rel_html = "\n".join(f'      <li><a href="#">{html.escape(r)}</a></li>' for r in rel)
    posts_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{html.escape(title)} - {name}</title></head>
<body>
  <header><a href="/" class="brand">{name}</a>
    <nav><a href="/talk">Talk</a> <a href="/active">Active</a> <a href="/new">New posts</a> <a href="/login">Log in</a> <a href="/register">Register</a></nav>
  </header>
  <div class="crumbs">{crumbs}</div>
  <main>
    <h1>{html.escape(title)}</h1>
    <div class="thread-meta">{len(posts)} replies &middot; <a href="#">Watch thread</a></div>
{posts_html}
    <div class="pagination">Page 1 of 1</div>
    <form class="reply"><textarea placeholder="Log in to reply"></textarea></form>
  </main>
  <aside>
    <h3>Similar threads</h3>
    <ul>
{rel_html}
    </ul>
  </aside>
  <footer>{footer}</footer>
</body>
</html>
"""


def blog(
    site: str,
    tagline: str,
    title: str,
    date: str,
    paras: list[str],
    comments: list[tuple[str, str, str]] | None = None,
    about: str = "",
    categories: tuple[str, ...] = ("Uncategorised",),
) -> str:
    com = ""
    if comments:
        items = "\n".join(
            f'    <li class="comment"><b>{html.escape(a)}</b> <small>{html.escape(t)}</small>\n      <p>{html.escape(c)}</p> <a href="#">Reply</a></li>'
            for a, t, c in comments
        )
        com = f'\n  <section id="comments"><h3>{len(comments)} thoughts on &ldquo;{html.escape(title)}&rdquo;</h3>\n  <ol>\n{items}\n  </ol>\n  <h3>Leave a Reply</h3><form><textarea></textarea><button>Post Comment</button></form></section>'
    cats = ", ".join(f'<a href="#">{html.escape(c)}</a>' for c in categories)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{html.escape(title)} &ndash; {html.escape(site)}</title></head>
<body class="post-template-default">
  <header class="site-header">
    <p class="site-title"><a href="/">{html.escape(site)}</a></p>
    <p class="site-description">{html.escape(tagline)}</p>
    <nav><a href="/">Home</a> <a href="/about">About</a> <a href="/archive">Archive</a> <a href="/contact">Contact</a></nav>
  </header>
  <main>
  <article>
    <h1 class="entry-title">{html.escape(title)}</h1>
    <div class="entry-meta">Posted on <time>{html.escape(date)}</time> &middot; Filed under {cats}</div>
    <div class="entry-content">
{_p(paras)}
    </div>
  </article>{com}
  </main>
  <aside class="widget-area">
    <section class="widget"><h2>About</h2><p>{html.escape(about)}</p></section>
    <section class="widget"><h2>Archives</h2><ul><li>March 2025</li><li>February 2025</li><li>January 2025</li></ul></section>
    <section class="widget"><h2>Follow</h2><p>Enter your email to get new posts.</p></section>
  </aside>
  <footer class="site-footer">Proudly powered by WordPress | Theme: Twenty Twenty-Four</footer>
</body>
</html>
"""


# ---------------------------------------------------------------- documents

# 000 local news: inspection result, head and DSL quoted; one grumbling comment.
add(
    "news",
    news(
        "echo",
        "Ashcombe Grange Academy keeps 'Good' rating after two-day Ofsted visit",
        "Inspectors praised behaviour and the sixth form but want faster progress in maths.",
        "Sophie Trelawny, Education Reporter",
        "Thursday 6 March 2025",
        [
            "Ashcombe Grange Academy on Wyvern Road has kept its 'Good' grade following a two-day inspection in January, according to a report published this week.",
            "Inspectors said pupils at the 1,150-place secondary were 'polite, curious and proud of their school', and singled out the sixth form and the range of clubs on offer after school.",
            "However, the report said that progress in maths at Key Stage 3 'is not yet consistently strong' and that some pupils with special educational needs 'do not always get the help they need quickly enough'.",
            "Headteacher Helen Jones said: 'I am incredibly proud of our students and staff. The report recognises the hard work of the whole community, and we already have a clear plan for maths.'",
            "The report also found that safeguarding arrangements were effective. Deputy head Rebecca Pryce-Whitley, who leads on safeguarding, was described as having 'a thorough knowledge of every vulnerable pupil'.",
            "Ashcombe Primary School, which shares a bus route with the academy, is due its own inspection later this year.",
        ],
        comments=[
            (
                "WyvernMum2",
                "6 March 2025 10:14",
                "Well done to all the staff, my two are very happy there.",
            ),
            (
                "GrumpyOfAshcombe",
                "6 March 2025 12:40",
                "Good? My nephew says they lock the toilets during lessons and the kids have to queue at break. Ofsted only see what they're shown.",
            ),
            ("Tom B", "6 March 2025 19:02", "Congratulations! Fantastic school."),
        ],
    ),
    E("school", "exact", "negative"),
    E("hjones", "exact", "neutral"),
    E("rpwhitley", "exact", "neutral"),
)

# 001 parents' forum: choosing a school.
add(
    "forum",
    forum(
        "parentnet",
        "Ashcombe Grange or St Bede's for Year 7?",
        [
            (
                "SpringOnion77",
                "03/02/2025 21:14",
                "DS is torn between Ashcombe Grange and St Bede's. We're on the Fairfield side of Ashcombe so both are a bus ride. Anyone got recent experience? He's sporty, not massively academic, a bit anxious.\n\nOpen evenings were both fine but you never get the real picture do you.",
            ),
            (
                "Bramblewick",
                "03/02/2025 21:30",
                "DD is in Year 9 at the Grange. Science is brilliant, Mr Oyelaran runs a rocket club on Thursdays and she's obsessed. Sport is good too, they have a proper athletics track.",
            ),
            (
                "Lollipop_Lady",
                "03/02/2025 21:52",
                "Have to be honest, the behaviour policy at Ashcombe Grange is draconian. Detentions for the wrong colour socks, phones confiscated for a week. Some kids thrive on that, mine didn't.",
            ),
            (
                "SpringOnion77",
                "03/02/2025 22:05",
                "Socks?! That's the sort of thing that would send mine into a spiral.",
            ),
            (
                "Bramblewick",
                "03/02/2025 22:11",
                "It's strict on uniform, yes, but for anxious kids the pastoral side is good. Chris Bennett, head of year, was brilliant when my eldest was struggling. Rang me back the same day every time.",
            ),
            (
                "Tilly_T",
                "04/02/2025 07:48",
                "St Bede's is smaller, if that matters. Neither is perfect. Go with where his mates are going honestly.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("aoyelaran", "title_surname", "neutral"),
    E("cbennett", "nickname", "neutral"),
)

# 002 Google review, one star.
add(
    "review",
    """Ashcombe Grange Academy
Secondary school · Wyvern Road, Ashcombe
3.1 ★★★☆☆ (212 reviews)

Karen Mould
Local Guide · 41 reviews · 18 photos
★☆☆☆☆ 3 weeks ago
Absolutely shambolic communication. I have emailed three times about my son's EHCP review and had nothing back, not even an acknowledgement. The office just tell you someone will call. Nobody ever calls. A school this size should be able to answer an email.

Response from the owner 2 weeks ago
Dear Mrs Mould, we are sorry to hear this. Please contact the school office on 01632 961234 so that we can arrange a meeting with our SEN team.""",
    E("school", "exact", "negative"),
)

# 003 school sport success on X, via the school's handle.
add(
    "social",
    """Wyvern Schools Netball @WyvernNetball · 14h
What a final! Huge congratulations to the Year 9 squad from @AshcombeGrangeAc, county champions for the first time since 2016 🏆🏐 Brilliant sportsmanship from both teams.
12 reposts 88 likes""",
    E("school", "handle", "neutral"),
)

# 004 community group: police cars outside the school.
add(
    "facebook",
    """Ashcombe Community Noticeboard
Dawn Perrett
Anyone know why there were two police cars outside the Grange on Wyvern Road this morning about 8.15? Lots of kids standing about outside the gates.
👍 4 · 11 comments

Mike Hallett
Someone reversed a van into the gate post. Nobody hurt, police just sorting out the traffic.

Dawn Perrett
Ah thank goodness, I was imagining all sorts.

Sue Ann Bright
It's been like that all week with the parking, an accident waiting to happen""",
    E("school", "short_name", "neutral"),
)

# 005 staff review site.
add(
    "review",
    """Ashcombe Grange Academy Reviews
2.0 ★★☆☆☆  · 37 reviews · 41% recommend to a friend

"Good colleagues, impossible leadership"
★★☆☆☆  Teacher of English · Former Employee · Ashcombe, England · 14 Jan 2025

Pros
The English department is genuinely lovely, supportive and funny. Kids are mostly great. Nice site with playing fields.

Cons
Senior leadership micromanage everything. The head, Helen Jones, runs the place like a personal fiefdom: learning walks every week, lesson plans in a set format, emails at 10pm. Workload is not sustainable and six of us left in one summer.

Advice to Management
Trust your teachers. Listen in the staff survey instead of ignoring it.""",
    E("school", "exact", "negative"),
    E("hjones", "exact", "negative"),
)

# 006 TikTok comments under a PE-lesson video.
add(
    "social",
    """tiktok · @wyvern.ollie · ashcombe grange cross country day 🥶🥶
comments (214)

lewis.k_08: mr howells made us run in HAIL last year im still traumatised 💀
   ↳ wyvern.ollie: nah he said its character building 😭
jess.b: this is why i forged a note every single year
tomm_y: ashcombe grange pe dept is lowkey elite tho
lewis.k_08: @tomm_y elite at making us suffer""",
    E("school", "alias", "neutral"),
    E("rhowells", "title_surname", "negative"),
)

# 007 decoy: the care home with the same name (excluded in the watchlist).
add(
    "news",
    news(
        "gazette",
        "Ashcombe care home told to improve after inspection",
        "Inspectors found medication records were incomplete at the 40-bed home.",
        "Gareth Lomax",
        "12 February 2025",
        [
            "Ashcombe Grange Care Home, on the Bristol road out of Ashcombe, has been rated 'Requires Improvement' by the Care Quality Commission.",
            "Inspectors visited in November and found that medication records were incomplete for several residents and that staffing levels at night were 'sometimes unsafe'.",
            "The home, which is run by Meadowbank Care Group, said it had already recruited two more night staff. Manager Julie Pascoe said: 'The wellbeing of our residents is our first priority and we accept the findings in full.'",
            "The report did praise the 'kind and caring' attitude of staff and the activities programme, which includes weekly visits from a local choir.",
        ],
        section="Health",
    ),
)

# 008 same-name person elsewhere: a Leeds teacher called Paul Walker.
add(
    "news",
    news(
        "courier",
        "Leeds teacher charged with fraud over school trip money",
        "Prosecutors allege more than £9,000 was taken from parents over three years.",
        "Courts Reporter",
        "21 January 2025",
        [
            "A secondary school teacher from Leeds has been charged with fraud by abuse of position.",
            "Paul Walker, 44, of Moortown, is accused of taking more than £9,000 paid by parents for residential trips between 2021 and 2024.",
            "Walker, who taught geography, is due to appear before Leeds Magistrates' Court next month. He has not yet entered a plea.",
            "West Yorkshire Police said the investigation began after a complaint from the school's governing body.",
        ],
        section="Courts",
    ),
)

# 009 community group: looking for the DSL's email about bullying.
add(
    "facebook",
    """Ashcombe Mums & Dads (Private group)
Anonymous participant
Does anyone have Mrs Pryce-Whitley's email? My daughter is being bullied on the 47 bus home from Ashcombe Grange and I've told her form tutor twice and nobody is doing anything. She's started saying she feels sick every morning. I'm at my wits' end.
💬 23 comments

Clare Dunmore
Office will give it you, or it's usually first initial dot surname @ the school domain. She was good with us, honestly keep going.

Anonymous participant
Thank you Clare, will try that.

Rob Tanner
Tell the bus company too, they have cameras on the 47""",
    E("school", "alias", "negative"),
    E("rpwhitley", "title_surname", "neutral"),
)

# 010 doxxing: a head of year's personal mobile posted.
add(
    "social",
    """Darren K @dkfromwyvern · 2h
Since Ashcombe Grange won't answer a single email about my son's exclusion, here's Mr Bennett's personal mobile: 07700 900418. Ring him yourselves and tell him what you think of how he treats kids. I'm done being polite.
3 reposts 9 likes
   ↳ Jo 🌻 @jo_sunflower: Darren take this down mate, you'll get yourself in trouble""",
    E("school", "alias", "negative"),
    E("cbennett", "title_surname", "doxxing"),
)

# 011 threat in a community group.
add(
    "facebook",
    """Ashcombe Community Noticeboard
Lee Garrity
If Mr Howells lays one finger on my lad again like he did at football on Tuesday I'll be waiting for him in the Ashcombe Grange car park and he won't be walking back in. Not joking.
💬 14 comments

Paula Dean
Lee calm down, this isn't the place

Lee Garrity
@Paula Dean he grabbed my son by the arm in front of everyone, what would you do

Martin Shaw
Go through the proper channels mate, don't do anything stupid""",
    E("school", "alias", "neutral"),
    E("rhowells", "title_surname", "threat"),
)

# 012 court report: the head was the victim.
add(
    "news",
    news(
        "gazette",
        "Man admits sending threatening messages to headteacher",
        "The court heard he was angry that his daughter had been moved to another class.",
        "Gareth Lomax",
        "3 April 2025",
        [
            "A man has admitted sending threatening messages to the headteacher of Ashcombe Grange Academy.",
            "Wayne Tulley, 39, of Orchard Rise, Ashcombe, pleaded guilty at Wyvern Magistrates' Court to sending a malicious communication to Helen Jones in November.",
            "Prosecutor Amrit Sandhu told the court that Tulley had written 'I know where you live' in a message sent to the school's social media account, after his daughter was moved to a different tutor group.",
            "In mitigation, the court heard Tulley had been under strain and had written a letter of apology to Mrs Jones.",
            "He was given a 12-month community order and a restraining order. The academy declined to comment.",
        ],
        section="Courts",
    ),
    E("school", "exact", "neutral"),
    E("hjones", "exact", "neutral"),
)

# 013 five-star Google review thanking the English teacher.
add(
    "review",
    """★★★★★ a month ago
Our daughter has flourished at Ashcombe Grange. She arrived in Year 7 barely reading for pleasure and she's now predicted an 8 in English Literature, which is down to Miss Doherty and her wonderful department. Thank you all!
Helpful (6)""",
    E("school", "alias", "neutral"),
    E("ndoherty", "title_surname", "neutral"),
)

# 014 racist post about the head of science.
add(
    "social",
    """Proud Brit 🇬🇧 @wyvernpatriot88 · 5h
Ashcombe Grange hiring another one who can barely speak English. My kid can't understand a word Mr Oyelaran says. He should go back to Africa and teach his own lot, our kids deserve British teachers. Not racist just facts.
2 reposts 5 likes""",
    E("school", "alias", "negative"),
    E("aoyelaran", "title_surname", "hate"),
)

# 015 parent blog: transition to Year 7, one unhappy commenter.
add(
    "blog",
    blog(
        "Notes from the School Gate",
        "One mum, three kids, too many PE kits",
        "Six weeks into secondary school: how Ash is getting on",
        "14 October 2024",
        [
            "Regular readers will know I was a nervous wreck in August about my eldest starting Year 7. So here's the update you didn't ask for.",
            "Ash started at Ashcombe Grange Academy in September and, touch wood, it's going better than I dared hope. The first week was a blur of timetables, lost planners and one tearful phone call about a locker, but by week three he was telling me about 'lunchtime clubs' like a seasoned pro.",
            "The biggest surprise has been drama. He has never shown the slightest interest in performing, but one of his friends dragged him along to Liz Marsh's drama club and now he walks around the house doing accents. He has a line in the Christmas show. ONE line. We are beside ourselves.",
            "Homework is a lot. The online platform is clunky and I have had to learn more about Satchel than I ever wanted to. But the teachers reply to messages, which is more than I can say for his primary.",
            "If you're facing the same leap next year: buy two of everything, label everything, and don't panic if the first fortnight is wobbly.",
        ],
        comments=[
            (
                "Jenni",
                "15 October 2024",
                "Love this! Ours is at St Bede's and it's been the same rollercoaster.",
            ),
            (
                "Marcus W",
                "16 October 2024",
                "Glad it's working for you. Our experience was very different - the Grange ignored bullying for a whole year and we ended up moving him.",
            ),
        ],
        about="Mum of three in Wyvernshire writing about school life, mostly honestly.",
        categories=("School life",),
    ),
    E("school", "exact", "negative"),
    E("emarsh", "nickname", "neutral"),
)

# 016 teachers' forum: interview at the school.
add(
    "forum",
    forum(
        "staffroomforum",
        "Interview at Ashcombe Grange Academy - anyone know it?",
        [
            (
                "chemgeek",
                "Yesterday 18:20",
                "Got an interview next week for a chemistry post at Ashcombe Grange Academy in Wyvernshire. Anyone worked there or know it? Trying to work out if the high turnover on the jobs page is a red flag.",
            ),
            (
                "supply_sam",
                "Yesterday 19:03",
                "Did a term of supply there last year. Head is Helen Jones, very data driven, lots of learning walks, but fair. The science department under Adebayo O. is a lovely team, very collaborative and they share resources properly. You'd be fine.",
            ),
            ("chemgeek", "Yesterday 19:15", "That's reassuring, thanks. Any idea about workload?"),
            (
                "supply_sam",
                "Yesterday 19:40",
                "Marking policy is sensible, whole-class feedback. Behaviour system is strict but it means you can actually teach.",
            ),
        ],
        related=[
            "Lesson observation tips for interview",
            "Moving from independent to state",
            "Is TLR2 worth it?",
        ],
    ),
    E("school", "exact", "neutral"),
    E("hjones", "exact", "neutral"),
    E("aoyelaran", "first_initial", "neutral"),
)

# 017 Instagram comment on a school-show post.
add(
    "social",
    """instagram · comments on ashcombe.theatre.co's post
poppy.rae_: miss marsh's production of oliver was actually incredible!!! i cried at as long as he needs me 😭❤️ #AshcombeGrange
   ↳ 23 likes · Reply
nana_june52: Such talent. Well done everyone
   ↳ 4 likes · Reply""",
    E("school", "hashtag", "neutral"),
    E("emarsh", "possessive", "neutral"),
)

# 018 insulting a head of year.
add(
    "social",
    """Kev M @kevm_wyv · 6h
Chris Bennett, head of year 10 up at Wyvern Road, is a pathetic little man who loves the sound of his own voice. Spineless weasel hiding behind his lanyard. Dread to think what he's like at home.
1 repost 4 likes""",
    E("cbennett", "nickname", "abuse"),
)

# 019 decoy: golf club of similar name, not in the watchlist's exclusions.
add(
    "review",
    """Ashcombe Grange Golf Club
★★☆☆☆ Reviewed 2 May 2025
"Lovely setting, tired course"
The greens were in a terrible state for the money, bunkers not raked, and the bar staff couldn't have been less interested. The clubhouse view over the valley is still the best in Wyvernshire, mind. Won't rush back at £65 a round.
Date of experience: April 2025""",
)

# 020 allegation stated as fact about a teacher and a cover-up by the school.
add(
    "facebook",
    """Ashcombe Mums & Dads (Private group)
Tina Leverett
Everyone should know that Mr Walker who teaches geography at Ashcombe Grange was sacked from his last school for hitting a kid. The school knew and covered it up when they hired him. Keep your kids away from him.
💬 31 comments

Jane Ellery
Tina do you have any proof of this? You can't just post things like that

Tina Leverett
My sister-in-law worked there, it's common knowledge""",
    E("school", "alias", "defamation"),
    E("pwalker", "title_surname", "defamation"),
)

# 021 parents' forum: worried about a teacher liking photos; pointed to the DSL.
add(
    "forum",
    forum(
        "parentnet",
        "Teacher liking DD's Instagram photos - overreacting?",
        [
            (
                "Honeybee_84",
                "11/03/2025 20:02",
                "DD (14) goes to Ashcombe Grange. She's just shown me that one of her teachers (not naming him) has been liking her Instagram photos, going back months. Nothing else, no messages. Am I overreacting? It's made me feel really uncomfortable.",
            ),
            (
                "NotTheGruffalo",
                "11/03/2025 20:09",
                "Not overreacting. Staff shouldn't be connected with pupils on personal social media at all, most schools have a policy on it.",
            ),
            (
                "Lemony",
                "11/03/2025 20:15",
                "Screenshot it and go straight to the safeguarding lead. At the Grange that's Mrs Pryce-Whitley, she's the deputy head. She will take it seriously.",
            ),
            ("Honeybee_84", "11/03/2025 20:31", "Thank you. I'll ring in the morning."),
        ],
        related=["Snapchat maps - should I turn it off?", "Teen won't talk to me about school"],
    ),
    E("school", "alias", "neutral"),
    E("rpwhitley", "title_surname", "neutral"),
)

# 022 doxxing: the head's home address.
add(
    "social",
    """Ashcombe Parents Against the Uniform Changes @APAUC_ · 1d
Helen Jones, head of Ashcombe Grange, lives at 14 Larch Close, Ashcombe, WV7 3QT. Since she won't meet parents about the £120 blazer, feel free to post your complaints through her letterbox instead. #AshcombeGrange
14 reposts 37 likes""",
    E("school", "alias", "negative"),
    E("hjones", "exact", "doxxing"),
)

# 023 prom cancelled.
add(
    "social",
    """Sarah-Jayne 💫 @sj_wyvern · 3h
Ashcombe Grange cancelling the Year 11 prom two weeks before is genuinely cruel. Those kids have had their outfits and lifts sorted for months. No consultation, just a letter. Shame on you @AshcombeGrangeAc
41 reposts 203 likes""",
    E("school", "alias", "negative"),
)

# 024 drama award news.
add(
    "news",
    news(
        "echo",
        "Ashcombe students scoop regional drama award",
        "Their play about the 1953 Wyvern flood beat 40 other schools.",
        "Sophie Trelawny",
        "19 May 2025",
        [
            "Drama students from Ashcombe Grange Academy have won the South West Youth Theatre Award for an original play about the great flood of 1953.",
            "The 14-strong cast, from Years 10 and 12, spent six months interviewing elderly residents about the night the river burst its banks.",
            "Their teacher, Elizabeth Marsh, said: 'They did this themselves. I just held the clipboard. Hearing our older residents' stories was the most powerful thing I have seen young people do.'",
            "Miss Marsh and the cast will now perform the piece at the Wyvern Arts Centre on 14 June. Tickets are free but must be booked in advance.",
        ],
        section="What's On",
    ),
    E("school", "exact", "neutral"),
    E("emarsh", "exact", "neutral"),
)

# 025 a former teacher's blog, warm.
add(
    "blog",
    blog(
        "Chalk and Talk",
        "Eleven years of English teaching, one cup of cold tea at a time",
        "The mentor who saved my career",
        "2 September 2024",
        [
            "It's the first INSET day of another year and, as always, I'm thinking about the trainees starting out today. So this post is for them, and it's about the person who kept me in the profession.",
            "I did my training year at Ashcombe Grange Academy back in 2013. I was terrible. I planned lessons for six hours and they fell apart in six minutes. By November I had a resignation letter saved on my desktop.",
            "My mentor was Niamh Doherty, then second in English, now head of department there. She never once told me what I was doing wrong. She asked me what I'd noticed, and waited. She sat at the back of my worst Year 9 class for a month, not to judge but so the kids knew someone had my back.",
            "The lesson I took from her: the relationship comes first, and the relationship is built in the boring bits. Meeting them at the door. Remembering that someone's dog was ill. Following up on the detention you set.",
            "I've moved on since, but if you are a trainee reading this and you have a mentor half as good, you are lucky. If you don't, find one.",
        ],
        comments=[("Ruth", "3 September 2024", "This made me cry a bit. Mentors matter so much.")],
        about="English teacher in the West Country. Views my own.",
        categories=("Teaching", "Training"),
    ),
    E("school", "exact", "neutral"),
    E("ndoherty", "exact", "neutral"),
)

# 026 insults aimed at the head of English; school criticised.
add(
    "facebook",
    """Ashcombe Mums & Dads (Private group)
Shaz Wilkins
Miss Doherty is a nasty, bitter old cow who picks on the boys in her class for fun. Made my son stand outside in the corridor for the whole lesson AGAIN. Ashcombe Grange should be ashamed to employ her.
💬 8 comments

Lorna P
Have you spoken to the school Shaz?

Shaz Wilkins
Waste of breath""",
    E("school", "alias", "negative"),
    E("ndoherty", "title_surname", "abuse"),
)

# 027 leetspeak insult from a pupil's account.
add(
    "social",
    """snap story reposted to X by @wyv3rn_skater
r4hul ch4udhry = biggest l0ser at @shc0mbe gr4nge 🤡🤡 go cry ab0ut ur c0mputer lab
""",
    E("school", "leetspeak", "neutral"),
    E("rchaudhry", "leetspeak", "abuse"),
)

# 028 two-star review, praising one teacher.
add(
    "review",
    """Ashcombe Grange Academy
Rhian Powell
★★☆☆☆ 2 months ago
Individually some lovely staff (Mr Chaudhry is brilliant with the computing club and my son adores him) but SEN support is basically nonexistent. Three different SENCos in two years and his support plan was lost twice. Not good enough.""",
    E("school", "exact", "negative"),
    E("rchaudhry", "title_surname", "neutral"),
)

# 029 threat against a computing teacher.
add(
    "social",
    """kyle 🐍 @kyle_w_2008 · 1h
chaudhry gave my little brother a 3 day exclusion for NOTHING. swear down next time i see chaudhry outside ashcombe grange im smashing his face in, he's done
0 reposts 2 likes""",
    E("school", "alias", "neutral"),
    E("rchaudhry", "surname_only", "threat"),
)

# 030 same-name person in the same town: a WI stalwart called Helen Jones.
add(
    "news",
    news(
        "echo",
        "Fifty years of jam and Jerusalem for Ashcombe WI stalwart",
        "Helen Jones joined the Women's Institute in 1975 and has never missed a meeting.",
        "Community Desk",
        "9 April 2025",
        [
            "When Helen Jones walked into the Ashcombe Women's Institute meeting at the Methodist hall in 1975, she was a 22-year-old newly-wed who 'didn't know a soul'.",
            "Fifty years later, the retired postmistress, now 72, has held every office on the committee, judged more than 300 Victoria sponges and led the campaign to save the town's bandstand.",
            "'It's the friendship,' she said. 'We've seen each other through weddings, babies and funerals. And we've had a lot of fun.'",
            "Members celebrated with a tea party at the hall on Saturday, where Mrs Jones was presented with a silver brooch by the federation chair.",
        ],
        section="Announcements",
    ),
)

# 031 sexual comments about an adult member of staff.
add(
    "facebook",
    """comment thread on "Ashcombe Grange Academy Christmas Show 2024" photo album
Dale Fisher
that drama teacher Miss Marsh is fit as 🔥🔥 bet she's a right dirty one, I'd have her over the edge of that stage any day 😏
Reply · 2w

Becky L
Dale you are disgusting, this is a kids' show page

Dale Fisher
Only saying what every dad is thinking""",
    E("school", "exact", "neutral"),
    E("emarsh", "title_surname", "sexual"),
)

# 032 school's open-evening post with hashtags.
add(
    "social",
    """Open evening TONIGHT 6-8pm 🎉 Come and see our labs, our new sports hall and meet our amazing students. Year 6 families very welcome, no need to book! 💙 #AshcombeGrange #Year7 #Ashcombe #OpenEvening
— shared by Ashcombe Youth FC""",
    E("school", "hashtag", "neutral"),
)

# 033 teachers' forum: allegations against the head stated as fact.
add(
    "forum",
    forum(
        "staffroomforum",
        "Schools to avoid in Wyvernshire?",
        [
            (
                "newqt_nervous",
                "12 Apr 2025",
                "Applying for ECT posts in the Wyvern area. Anywhere I should steer clear of?",
            ),
            (
                "been_there_done_it",
                "12 Apr 2025",
                "Avoid Ashcombe Grange. Helen Jones off-rolls the weaker Year 11s every autumn to boost the results and fiddles the exam entries, she's been doing it for years and the trust looks the other way. Ask anyone who's worked there.",
            ),
            ("mrs_bee", "12 Apr 2025", "That's a big claim to make on a public forum."),
            (
                "been_there_done_it",
                "13 Apr 2025",
                "It's true. Check how many leave their roll between October and January.",
            ),
            ("newqt_nervous", "13 Apr 2025", "Eek. Thanks I think."),
        ],
        related=["ECT induction - what to expect", "Supply vs permanent in first year"],
    ),
    E("school", "alias", "defamation"),
    E("hjones", "exact", "defamation"),
)

# 034 starred-out insult of the head.
add(
    "social",
    """ryan @ryan_ashc · 4h
H*len J*nes is the most useless b*tch to ever run ashcombe grange. 0 clue. 0 backbone. get her OUT
1 repost 6 likes""",
    E("school", "alias", "neutral"),
    E("hjones", "obfuscated", "abuse"),
)

# 035 decoy: a similarly named school in Kent.
add(
    "news",
    news(
        "staffroom",
        "Kent school's four-day timetable trial ends early",
        "Ashford Grange School says staff wellbeing improved but attendance fell on Fridays.",
        "Hannah Oduya",
        "4 March 2025",
        [
            "A Kent secondary that moved to a compressed timetable, with pupils at home on Friday afternoons, has ended its trial a term early.",
            "Ashford Grange School, which has 900 pupils, introduced the pattern in September. Headteacher Mark Tilley said staff wellbeing scores had risen sharply but that attendance on Friday mornings had 'fallen off a cliff'.",
            "'We learned a lot. I don't regret trying it,' he said. 'But our families need us to be open, and we have to put that first.'",
            "Unions said the trial showed the appetite for flexible working in schools.",
        ],
        section="Leadership",
    ),
)

# 036 doxxing: the head of science's personal email and street.
add(
    "facebook",
    """Ashcombe Mums & Dads (Private group)
Gemma Rolt
For anyone else wanting to complain about the chemistry mock marking at Ashcombe Grange, Mr Oyelaran's personal email is bayo.oyelaran77@mailbox.example because he obviously doesn't read his school one. He lives on Heron Way behind the Co-op if you'd rather have a word in person.
💬 6 comments

Admin – Ashcombe Mums & Dads
Gemma, I've had to remove the address part of this. Please don't share staff personal details in this group.""",
    E("school", "alias", "neutral"),
    E("aoyelaran", "title_surname", "doxxing"),
)

# 037 nickname for the head; insults.
add(
    "social",
    """Mark Corrigan @markc_wv · 8h
Jonesy at Ashcombe Grange is an absolute joke of a headteacher. Clueless, gutless and completely out of her depth. Anyone else would have been sacked years ago.
0 reposts 3 likes""",
    E("school", "alias", "neutral"),
    E("hjones", "nickname", "abuse"),
)

# 038 parents' forum: tutoring; teacher named possessively, actor joke.
add(
    "forum",
    forum(
        "parentnet",
        "GCSE geography tutor - worth it?",
        [
            (
                "Kettle_On",
                "22/01/2025 19:40",
                "DS is in Year 10 at Ashcombe Grange, in Mr Walker's geography set. He's doing OK but wants a 7. Has anyone used a tutor for geography specifically? Seems like an odd subject to tutor.",
            ),
            (
                "Pennywhistle",
                "22/01/2025 19:52",
                "Mr Walker as in the Fast and Furious bloke? 😂 Sorry, couldn't resist. Fast and Furious geography.",
            ),
            (
                "Kettle_On",
                "22/01/2025 19:55",
                "Ha, the kids have never heard of him, they just think the dads are weird.",
            ),
            (
                "GeoTutorJen",
                "22/01/2025 20:30",
                "Geography tutor here. For a 7 it's usually the 6 and 9 markers and case study detail. Past papers plus a few sessions on exam technique is usually enough.",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
    E("pwalker", "possessive", "neutral"),
)

# 039 condemning graffiti about a teacher.
add(
    "facebook",
    """Ashcombe Community Noticeboard
Janet Orchard
Whoever sprayed "DOHERTY IS A WITCH" on the bus shelter opposite Ashcombe Grange should be ashamed of themselves. Miss Doherty taught both my girls and she is a kind, wonderful teacher. Council have been told.
💬 19 comments

Phil Sturgess
Disgraceful. Kids think it's funny but it's someone's name up there for everyone to see.""",
    E("school", "alias", "neutral"),
    E("ndoherty", "title_surname", "neutral"),
)

# 040 court report: a parent fined for assaulting the head of PE.
add(
    "news",
    news(
        "gazette",
        "Father fined for shoving PE teacher at school football match",
        "He shouted 'I'll kill you' before pushing the teacher to the ground, the court heard.",
        "Courts Reporter",
        "18 December 2024",
        [
            "A father who pushed a PE teacher to the ground during a school football match has been fined £600.",
            "Craig Beddoe, 41, of Mill Lane, Ashcombe, admitted assault by beating at Wyvern Magistrates' Court on Monday.",
            "The court heard that during an under-15s fixture at Ashcombe Grange Academy in October, Beddoe ran onto the pitch shouting 'I'll kill you' at Rhodri Howells, the school's head of PE, who was refereeing. He then shoved Mr Howells, who fell and cut his hand.",
            "Magistrates also imposed a two-year restraining order. Chair of the bench Ann Whitcombe said: 'Teachers giving up their weekends for children deserve better than this.'",
        ],
        section="Courts",
    ),
    E("school", "exact", "neutral"),
    E("rhowells", "exact", "neutral"),
)

# 041 letter-spaced shout-out.
add(
    "social",
    """instagram story text · @yr10_ashcombegrange_memes
shoutout to M R  B E N N E T T for getting the whole of year 10 through mocks week without a single meltdown 🙌🙌 ashcombe grange fam""",
    E("school", "alias", "neutral"),
    E("cbennett", "spacing", "neutral"),
)

# 042 homoglyph post.
add(
    "social",
    """🤡 @wyvernclownwatch · 3d
Аshcombe Grаnge is a dump run by clowns. Mr Веnnett is the biggest clown of the lot, a sad little jobsworth who gets off on shouting at 14 year olds.""",
    E("school", "homoglyph", "negative"),
    E("cbennett", "homoglyph", "abuse"),
)

# 043 PTA newsletter hosted on the PTA's own site.
add(
    "blog",
    blog(
        "Friends of Ashcombe Grange",
        "The parent-teacher association of Ashcombe Grange Academy",
        "Spring newsletter: thank you for a record Christmas fair!",
        "10 January 2025",
        [
            "Happy new year from the Friends of Ashcombe Grange! Thanks to all of you, December's Christmas fair at Ashcombe Grange Academy raised £2,340, our best total ever.",
            "Special thanks to Mrs Jones for opening the fair (and for buying half of the cake stall), to Mr Howells for running the tombola with remarkable patience, and to Miss Marsh and her drama students, whose carol-singing in the foyer had people queuing out of the door.",
            "What we're spending it on: new staging blocks for the hall, a set of graphics calculators for the maths department and a contribution towards the Year 7 residential.",
            "Dates for your diary: quiz night Friday 7 March (teams of six, £5 a head), and the summer fair on Saturday 28 June. We are always looking for volunteers, even for an hour.",
            '<p>Get in touch at <a href="mailto:friends@agpta.example">friends@agpta.example</a>.</p>',
        ],
        about="Registered charity no. 1098871.",
        categories=("Newsletters",),
    ),
    E("school", "exact", "neutral"),
    E("hjones", "title_surname", "neutral"),
    E("rhowells", "title_surname", "neutral"),
    E("emarsh", "title_surname", "neutral"),
)

# 044 nickname, complaint about a drama teacher and the school's comms.
add(
    "facebook",
    """Ashcombe Mums & Dads (Private group)
Nicola Hext
Liz Marsh has cancelled the Year 8 play AGAIN with two days' notice. Kids have been rehearsing since September. Disorganised doesn't even cover it. And Ashcombe Grange comms are shocking as usual, we found out from the kids not a letter.
💬 12 comments

Katie Moss
Same, my daughter was heartbroken. Was there a reason given?

Nicola Hext
"Unforeseen circumstances" apparently""",
    E("school", "alias", "negative"),
    E("emarsh", "nickname", "negative"),
)

# 045 threat against the school.
add(
    "social",
    """anon @xx_wyv_xx · 40m
someone should burn ashcombe grange to the ground with every teacher inside it. would be doing the town a favour
   ↳ Claire @clairewyv: reported. this isn't funny
   ↳ Dan @danbxx: wtf is wrong with you""",
    E("school", "alias", "threat"),
)

# 046 sixth-form forum about a computing teacher.
add(
    "forum",
    forum(
        "sixthform",
        "Ashcombe Grange sixth form - computer science?",
        [
            (
                "byte_me",
                "2 months ago",
                "Thinking of staying on at Ashcombe Grange for sixth form to do CS. Is Chaudhry any good for A level? Heard he's strict on the NEA deadlines.",
            ),
            (
                "pixel_pusher",
                "2 months ago",
                "Mr Chaudhry is sound. Strict on deadlines yeah but he marks fast and he'll stay till 5 to help with your project. Got an A last year.",
            ),
            ("byte_me", "2 months ago", "Nice one, that's what I needed to hear."),
        ],
        related=["Sixth form or college?", "A level maths + further maths workload"],
    ),
    E("school", "alias", "neutral"),
    E("rchaudhry", "title_surname", "neutral"),
)

# 047 complaint about a uniform supplier, school only named.
add(
    "review",
    """Ashcombe Uniforms
★☆☆☆☆ "Wrong size twice"
Ordered my daughter's Ashcombe Grange blazer in July, arrived in September in the wrong size, exchanged, and the replacement was wrong too. Customer service just keep saying it's a busy time. The school have been really understanding about it but this supplier is useless.""",
    E("school", "alias", "neutral"),
)

# 048 sexualising pupils (a child may be involved).
add(
    "social",
    """@wyvern_lads_banter · 2h
rating the ashcombe grange year 10 girls from their PE kit pics 🥵 top 5 in the group chat, dm for the rest
   ↳ 3 replies""",
    E("school", "alias", "sexual", url_only=True),
)

# 049 local forum: defamatory claim about a drama teacher, school criticised.
add(
    "forum",
    forum(
        "ashcombeonline",
        "School plays cancelled - what's going on at the Grange?",
        [
            (
                "ashcombe_dad",
                "Thu 19:20",
                "Third school play cancelled this year at the Grange. Anyone know why?",
            ),
            (
                "in_the_know22",
                "Thu 19:41",
                "Liz Marsh turned up to the dress rehearsal drunk, that's why. She was let go from her last school for taking money out of the drama fund too. The Grange knew and still hired her.",
            ),
            ("ashcombe_dad", "Thu 19:50", "Blimey. Is that true?"),
            (
                "Margo",
                "Thu 20:12",
                "I'd be careful posting that. She's always seemed lovely to me.",
            ),
            ("in_the_know22", "Thu 20:30", "Ask the other parents."),
        ],
        related=["Ashcombe carnival 2025 - volunteers?", "New Co-op opening hours"],
    ),
    E("school", "short_name", "negative"),
    E("emarsh", "nickname", "defamation"),
)

# 050 blog: why we left, criticising the DSL's follow-up.
add(
    "blog",
    blog(
        "Dad on the Edge",
        "Parenting, autism and too much coffee",
        "Why we took our son out of Ashcombe Grange",
        "28 February 2025",
        [
            "This isn't an easy post to write, and I've sat on it for a month. But a lot of you have messaged asking why Sam is suddenly at home, so here goes.",
            "Sam is autistic and has an EHCP. When he started at Ashcombe Grange Academy in Year 7 we were promised a key adult, a quiet space at lunch and a meeting every half term. For a while it worked. Then the key adult left and wasn't replaced, the quiet room became a storage cupboard and the meetings stopped.",
            "By Year 8 he was being pushed around in the corridors most days. We reported it. We reported it again. Each time we were told it would be 'looked into'.",
            "I want to be fair. Individual teachers were kind, and his tutor did her best. But when I escalated to the deputy head, Mrs Pryce-Whitley, it took five weeks to get a reply, and the reply was two lines long. By then Sam had stopped eating lunch altogether.",
            "I don't think anyone there is a bad person. I think the system is overwhelmed and children like Sam fall through the gaps. But 'overwhelmed' doesn't help a twelve-year-old who is scared to go to school.",
            "So since January we've been home educating while we wait for a specialist place. He's calmer. He's eating. He's laughing again.",
            "If you're in the same boat: keep a written log of everything, email rather than phone, and ask for the SEN information report. And look after yourself.",
        ],
        comments=[
            (
                "Kaz",
                "28 February 2025",
                "Sending love. We had the same with a different school, it's exhausting.",
            ),
            (
                "A Parent",
                "1 March 2025",
                "Sorry to hear this. Our daughter's experience of the SEN team there has been good, so I hope things improve for others.",
            ),
        ],
        about="Dad of two, one autistic, one chaotic. Wyvernshire.",
        categories=("SEND", "Education"),
    ),
    E("school", "exact", "negative"),
    E("rpwhitley", "title_surname", "negative"),
)

# 051 sports post tagging teacher and school handles.
add(
    "social",
    """Ashcombe Harriers AC @AshHarriers · Sat
Great effort from the U14 boys in the county relays today 💪 Big thanks to @MrHowellsPE and @AshcombeGrangeAc for letting us use the track all winter. See you at the summer league!""",
    E("school", "handle", "neutral"),
    E("rhowells", "handle", "neutral"),
)

# 052 homophobic post about a head of year.
add(
    "facebook",
    """comment on "Ashcombe Pride picnic" event photos
Graham Pitt
Is that Mr Bennett from Ashcombe Grange with his boyfriend? People like that shouldn't be allowed anywhere near children, it's not natural and I don't want my kids learning it's normal.
Reply · 4d

Sophie Crane
Graham this is vile. He's a brilliant teacher and it's 2025.""",
    E("school", "alias", "neutral"),
    E("cbennett", "title_surname", "hate"),
)

# 053 camelCase group name, complaint about detentions.
add(
    "social",
    """Lou @lou_in_wyvern · 1d
If you're fed up with the new "silent corridors" detentions, join AshcombeGrangeParentsUnited on Facebook. 400 of us now. Kids getting 1 hour detentions for saying hello to a friend between lessons is ridiculous.""",
    E("school", "camelcase", "negative"),
)

# 054 hashtag campaign against the head.
add(
    "social",
    """Wyvern Parent Voice @WyvParentVoice · 2d
Scrapping the Year 7 residential with no consultation was the last straw. Parents deserve a head who listens. #HelenJonesOut #AshcombeGrange
88 reposts 140 likes""",
    E("school", "hashtag", "negative"),
    E("hjones", "hashtag", "negative"),
)

# 055 one-star staff review naming the deputy with an initial.
add(
    "review",
    """Ashcombe Grange Academy reviews
★☆☆☆☆ "Avoid if you value your sanity"
Former Employee · Teacher of Science · Wyvernshire

Pros: Students. Some colleagues.
Cons: Everything else. Deputy head R. Pryce-Whitley micromanages every detail of pastoral work and never listens to anyone below SLT. Meetings about meetings. Four heads of year in three years should tell you something.
Advice to management: Exit interviews exist for a reason.""",
    E("school", "exact", "negative"),
    E("rpwhitley", "initial_surname", "negative"),
)

# 056 same-name person in town: an obituary in the community group.
add(
    "facebook",
    """Ashcombe Community Noticeboard
Ashcombe Funeral Services
It is with great sadness that we announce the passing of Elizabeth Marsh (née Coombes), aged 89, of Lower Ashcombe, on 2nd March. Beloved wife of the late Ron, mother of Peter and Anne, and grandmother of five. Funeral at St Michael's, Ashcombe, on Friday 21st March at 11am. Family flowers only; donations to the air ambulance.
💬 27 comments

Pat Hodge
So sorry. Betty was a lovely lady, always a smile at the market.""",
)

# 057 typo of the head of science's name, praise.
add(
    "social",
    """tiktok comment · @gcse.grind
mr oyelarin is honestly the best chem teacher at ashcombe grange, went from a 4 to a 7 in one year 🙏🙏""",
    E("school", "alias", "neutral"),
    E("aoyelaran", "typo", "neutral"),
)

# 058 doxxing the DSL's home phone; others object.
add(
    "forum",
    forum(
        "parentnet",
        "School won't return my calls about DS's exclusion",
        [
            (
                "FuriousInWyvern",
                "04/03/2025 22:40",
                "DS has been excluded from Ashcombe Grange for five days over something he didn't do and the deputy head won't return calls. So I found her home number. Mrs Pryce-Whitley, 01632 960718, she lives on Mill Lane. I rang it tonight and she hung up on me. Maybe if a few more of you ring she'll get the message.",
            ),
            (
                "Teaandtoast",
                "04/03/2025 22:47",
                "You need to delete that number now. That's her private home phone. Whatever the school's done, that's not OK.",
            ),
            (
                "FuriousInWyvern",
                "04/03/2025 22:51",
                "They don't care about my son so why should I care about her",
            ),
            (
                "ParentNetHQ",
                "04/03/2025 23:05",
                "We've edited this thread to remove personal information. Please read our guidelines.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("rpwhitley", "title_surname", "doxxing"),
)

# 059 news: new head of science appointed.
add(
    "news",
    news(
        "echo",
        "New head of science aims to put Ashcombe on the rocket map",
        "Dr Adebayo Oyelaran joins from a London academy and wants every pupil to launch a rocket.",
        "Community Desk",
        "4 September 2024",
        [
            "Ashcombe Grange Academy has a new head of science, and he has big plans.",
            "Dr Adebayo Oyelaran, who grew up in Lagos and completed a PhD in chemistry at Leeds before training to teach, joins from an academy in south London.",
            "'I want every child who comes through our labs to launch a rocket, grow a crystal and look through a proper telescope,' said Dr Oyelaran. 'Science is the most exciting subject in the world and I'm going to prove it.'",
            "He is already planning a science week for the spring, with an open day for primary schools across Ashcombe.",
        ],
        section="Education",
    ),
    E("school", "exact", "neutral"),
    E("aoyelaran", "exact", "neutral"),
)

# 060 typo'd surname, insults.
add(
    "social",
    """liv 💅 @livvv.x · 5h
miss docherty needs to get a life fr, screaming at year 8s like an absolute psycho over a missing full stop. ashcombe grange hire normal people challenge (impossible)""",
    E("school", "alias", "negative"),
    E("ndoherty", "typo", "abuse"),
)

# 061 community group: early closures.
add(
    "facebook",
    """Ashcombe Community Noticeboard
Hayley Brennan
Third time this term the Grange has sent the kids home at 12.30 for "staff training". Some of us work! Couldn't they do it in the holidays like everyone else?
💬 17 comments

Owen Marsh
It's the same at every school now Hayley

Hayley Brennan
Doesn't make it right. Ashcombe Primary manages without""",
    E("school", "short_name", "negative"),
)

# 062 typo'd Welsh surname, a pupil complaining.
add(
    "social",
    """jay @jaybird_wyv · 2h
mr howels gave the ENTIRE class a detention bc one person forgot their kit. make it make sense. ashcombe grange logic 🙄""",
    E("school", "alias", "negative"),
    E("rhowells", "typo", "negative"),
)

# 063 news: a teacher suspended, a commenter names and accuses a teacher.
add(
    "news",
    news(
        "echo",
        "Ashcombe Grange teacher suspended pending investigation",
        "The academy said it could not comment further while the process was ongoing.",
        "Sophie Trelawny",
        "30 January 2025",
        [
            "A teacher at Ashcombe Grange Academy has been suspended while an investigation takes place, the school has confirmed.",
            "In a brief statement, the academy said: 'We can confirm that a member of staff has been suspended, which is a neutral act. We will not comment further while the process is ongoing.'",
            "The Echo understands that the local authority designated officer has been informed. Wyvernshire Police said they had not received any report.",
        ],
        comments=[
            (
                "WyvernWatcher",
                "30 January 2025 09:12",
                "It's Walker the geography teacher. Everyone knows he's been groping girls on the field trips for years and the school did nothing.",
            ),
            (
                "Echo Moderator",
                "30 January 2025 09:40",
                "Please do not speculate about the identity of anyone involved.",
            ),
            (
                "Carol D",
                "30 January 2025 10:05",
                "Innocent until proven guilty. Let them investigate.",
            ),
        ],
    ),
    E("school", "exact", "defamation"),
    E("pwalker", "surname_only", "defamation"),
)

# 064 one-liner, negative.
add(
    "social",
    """ashcombe grange 🤮🤮🤮""",
    E("school", "alias", "negative"),
)

# 065 one-liner, neutral.
add(
    "facebook",
    """Anyone going to the Ashcombe Grange summer fair Saturday? Is there parking on site?""",
    E("school", "alias", "neutral"),
)

# 066 parents' evening thread, several staff, one complaint.
add(
    "facebook",
    """Ashcombe Mums & Dads (Private group)
Leanne Cox
How did everyone find Year 10 parents' evening at Ashcombe Grange last night? I thought it was really well organised this time.
💬 21 comments

Jo Pengelly
Mr Oyelaran was lovely, knew exactly where she was in every topic. Mr Walker too.

Beth Harding
Miss Doherty was 25 minutes late for our slot and then quite rude when I asked about the reading list. Not impressed.

Leanne Cox
Oh no. We had her last year and she was fine, maybe an off night?

Ian Poole
Mr Bennett stayed till gone 8 to see everyone, fair play""",
    E("school", "alias", "neutral"),
    E("aoyelaran", "title_surname", "neutral"),
    E("pwalker", "title_surname", "neutral"),
    E("ndoherty", "title_surname", "negative"),
    E("cbennett", "title_surname", "neutral"),
)

# 067 allegation stated as fact: selling exam papers.
add(
    "social",
    """Callum @callum_wyv · 3h
Rahul Chaudhry from Ashcombe Grange has been selling the computing mock papers to kids for £20 a go. My cousin bought one. How is he still allowed to teach??
2 reposts 11 likes""",
    E("school", "alias", "neutral"),
    E("rchaudhry", "exact", "defamation"),
)

# 068 sexual comments about the head of PE on a parents' forum.
add(
    "forum",
    forum(
        "parentnet",
        "Shallow thread: fit teachers",
        [
            (
                "Pinot_Grigio_Please",
                "Fri 21:45",
                "It's Friday and I've had wine. Who has a fit teacher at their DC's school? I'll start: the PE teacher at the Grange in Ashcombe, Mr Howells. Welsh accent, rugby thighs 🔥 I'd let him put me through a very sweaty private training session, if you know what I mean 😏",
            ),
            (
                "QuietLurker",
                "Fri 21:58",
                "😂 you're terrible. Ours is 64 and wears sandals with socks.",
            ),
            (
                "Pinot_Grigio_Please",
                "Fri 22:03",
                "I'm volunteering for every sports day from now on, might need 'help' in the equipment cupboard",
            ),
        ],
        related=["Friday night wine thread", "What are you watching?"],
    ),
    E("school", "short_name", "neutral"),
    E("rhowells", "title_surname", "sexual"),
)

# 069 leetspeak threat against a geography teacher.
add(
    "social",
    """snap → X repost · @ashc_lads
if mr w@lker gives me 1 more detention im gonna b@tter him on the field after school fr. ashcombe lads know whats happening friday 👊""",
    E("pwalker", "leetspeak", "threat"),
)

# 070 same-name person elsewhere: a Welsh rugby coach.
add(
    "news",
    news(
        "gazette",
        "Wyvern RFC appoint Welsh coach for promotion push",
        "Rhodri Howells arrives from Pontypridd with a reputation for attacking rugby.",
        "Sports Desk",
        "2 July 2024",
        [
            "Wyvern RFC have appointed former Pontypridd backs coach Rhodri Howells as head coach for the coming season.",
            "Howells, 38, played 60 times for Pontypridd before moving into coaching, and led their academy side to a national title in 2022.",
            "'I want us to play with the ball in hand and to be a team the town is proud of,' he said.",
            "The club's first league fixture is at home to Clevedon on 7 September.",
        ],
        section="Sport",
    ),
)

# 071 community group: condemning threats.
add(
    "facebook",
    """Ashcombe Community Noticeboard
Debbie Kinsella
The posts going round threatening Mr Chaudhry are disgusting. He's a young teacher doing his job. If your child was excluded there's an appeals process. Ashcombe Grange staff don't deserve this and neither do their families.
💬 44 comments

Simon Fry
Completely agree Debbie. Some people need to get a grip.

Rowena Hale
Has it been reported to the police?""",
    E("school", "alias", "neutral"),
    E("rchaudhry", "title_surname", "neutral"),
)

# 072 blog quoting hate to condemn it.
add(
    "blog",
    blog(
        "Wyvern Together",
        "A community blog against racism in Wyvernshire",
        "This is what our teachers are facing",
        "8 March 2025",
        [
            "Last week a post went viral in Ashcombe. It said that Mr Oyelaran, the head of science at Ashcombe Grange Academy, should 'go back to Africa and teach his own lot'.",
            "We're quoting it here not to spread it but because people need to see what Black professionals in this county deal with. Dr Oyelaran has a PhD from a British university and has taught in English schools for twelve years. None of that should matter, and all of it was ignored.",
            "We've written to the academy to offer support and we're glad to see the post has been taken down. If you see something like this, report it to the platform and to Wyvernshire Police's hate crime line.",
        ],
        comments=[
            (
                "Farida",
                "9 March 2025",
                "Thank you for writing this. Solidarity with him and his family.",
            )
        ],
        about="Volunteer-run. We meet monthly at the library.",
        categories=("Racism", "Education"),
    ),
    E("school", "exact", "neutral"),
    E("aoyelaran", "title_surname", "neutral"),
)

# 073 religious/racial hate against a computing teacher.
add(
    "social",
    """Gary @gazza_wyv · 1d
Chaudhry at Ashcombe Grange pushing his religion on our kids in computing lessons now?? These people are taking over every school in this country and nobody says a word. Send them all home.""",
    E("school", "alias", "neutral"),
    E("rchaudhry", "surname_only", "hate"),
)

# 074 sexual request involving a pupil (a child may be involved).
add(
    "social",
    """replies to @wyvern_gossip_page
anyone got the vid of that ashcombe grange year 9 girl from the snapchat group 👀 send it
   ↳ reported
   ↳ delete this you creep""",
    E("school", "alias", "sexual", url_only=True),
)

# 075 doxxing the head of PE's address and car.
add(
    "social",
    """instagram story · @wyv.truth.page
this is where rhodri howells from ashcombe grange lives 📍 22 chapel street ashcombe. blue golf on the drive. thought you should all know 👀""",
    E("school", "alias", "neutral"),
    E("rhowells", "exact", "doxxing"),
)

# 076 doxxing the head of English's mobile, as a "joke".
add(
    "facebook",
    """comment on "Year 11 coursework deadline reminder" post
Jordan Hext
Miss Doherty's personal number is 07700 900623 if anyone needs to chase their coursework over half term, she won't mind 😂😂 Ashcombe Grange's finest
Reply · 1d""",
    E("school", "possessive", "neutral"),
    E("ndoherty", "title_surname", "doxxing"),
)

# 077 two-star review, the head criticised.
add(
    "review",
    """Ashcombe Grange Academy
Tracey Holborn
★★☆☆☆ a week ago
Mrs Jones never replies to emails from parents. I've written to her three times about the bus situation. It's a good school in lots of ways but the leadership don't listen.""",
    E("school", "exact", "negative"),
    E("hjones", "title_surname", "negative"),
)

# 078 same-name person: a film listicle about the actor.
add(
    "blog",
    blog(
        "Reel Talk",
        "Films, mostly fast ones",
        "Ranking every Paul Walker film, from worst to best",
        "30 November 2024",
        [
            "It's eleven years since we lost Paul Walker, so it feels like the right time to go back through the whole filmography, including the ones everyone has forgotten.",
            "At the bottom: the 2006 skiing comedy nobody asked for. At the top, obviously, the first Fast and Furious, which still holds up better than it has any right to.",
            "The surprise of the rewatch was Running Scared, a grim little thriller where Walker is genuinely great. If you've only seen him behind the wheel of a Supra, start there.",
        ],
        about="Two mates, one sofa, too many films.",
        categories=("Lists",),
    ),
)

# 079 allegation against the school stated as fact.
add(
    "social",
    """Concerned Governor? @wyv_whistle · 6h
Ashcombe Grange fiddles its attendance figures. Fact. Kids marked present who haven't been in for weeks so the numbers look good for the trust. Ofsted should pull the registers.""",
    E("school", "alias", "defamation"),
)

# 080 insults at the deputy head by surname alone.
add(
    "facebook",
    """Ashcombe Mums & Dads (Private group)
Kerry Ann Rudd
Pryce-Whitley is a jumped-up, power-mad witch and she has made my son's life hell since September. Sits in her office like a queen. Ashcombe Grange deserves her honestly, they're as bad as each other.
💬 9 comments

Marie T
Has he got an EHCP Kerry? Push for a review meeting""",
    E("school", "alias", "negative"),
    E("rpwhitley", "surname_only", "abuse"),
)

# 081 insults at the head of science; town named, school not.
add(
    "social",
    """Steve P @stevep_wyv · 7h
That Oyelaran bloke who runs science at the secondary in Ashcombe is the smuggest, most arrogant clown I've ever had the misfortune to sit across from at a parents' evening. Thinks his PhD makes him God's gift. Talked down to me for ten minutes.""",
    E("aoyelaran", "surname_only", "abuse"),
)

# 082 insults at the drama teacher; town named.
add(
    "social",
    """tiktok comment · @ashcombe_drama_kids · "our year 11 showcase!!"
mads.xo: not being funny but miss marsh is a talentless has-been who only teaches because she couldn't get a job on the telly. ashcombe deserves better drama than this cringefest
   ↳ ❤️ 2""",
    E("emarsh", "title_surname", "abuse"),
)

# 083 one-star review naming a geography teacher.
add(
    "review",
    """Ashcombe Grange Academy
Lee Marchant
★☆☆☆☆ 4 days ago
Mr Walker is a lazy, useless waste of space. Hasn't marked my daughter's book since October and just sticks a video on every lesson. How this school can call itself Good is beyond me.""",
    E("school", "exact", "negative"),
    E("pwalker", "title_surname", "abuse"),
)

# 084 sixth-form forum: pupils rank teachers, with insults.
add(
    "forum",
    forum(
        "sixthform",
        "worst teachers at your school - go",
        [
            (
                "throwaway_ag",
                "3 weeks ago",
                "ashcombe grange edition. howells is a thick meathead bully who only likes the rugby boys and shouts at anyone who isn't sporty. miss doherty is a miserable old hag who hates teenagers, why she went into teaching i will never know",
            ),
            (
                "bored_in_bio",
                "3 weeks ago",
                "lol harsh. doherty's alright if you actually do the reading",
            ),
            ("throwaway_ag", "3 weeks ago", "nah she's vile"),
            (
                "x_kira_x",
                "3 weeks ago",
                "at least you dont have our physics teacher. he reads from the textbook for an hour",
            ),
        ],
        related=["best teachers at your school", "Is it normal to hate sixth form?"],
    ),
    E("school", "alias", "neutral"),
    E("rhowells", "surname_only", "abuse"),
    E("ndoherty", "title_surname", "abuse"),
)

# 085 letter-spaced insult of a computing teacher.
add(
    "social",
    """@wyv.anon.confessions · 1d
"C H A U D H R Y is the most pathetic excuse for a teacher in the whole of Ashcombe, crying to the head about one comment. grow up" – submitted anonymously""",
    E("rchaudhry", "spacing", "abuse"),
)

# 086 threat against the head.
add(
    "social",
    """@wyvern_dad_79 · 2h
Helen Jones I know where you live and I know what car you drive. Keep excluding my son from Ashcombe Grange and see what happens to you. Last warning.""",
    E("school", "alias", "neutral"),
    E("hjones", "exact", "threat"),
)

# 087 threat against the head of English, initial and surname.
add(
    "facebook",
    """comment on "Ashcombe Grange Academy" page post about GCSE results day
Stacey Vowles
N. Doherty from Ashcombe Grange wants to watch her back walking to her car at night after what she's done to my daughter's grade. People round here don't forget.
Reply · 3h""",
    E("school", "exact", "neutral"),
    E("ndoherty", "initial_surname", "threat"),
)

# 088 threat against a head of year.
add(
    "social",
    """@_ashc_rudeboy · 30m
bennett is getting his head kicked in at the gates friday. whole of yr11 knows. ashcombe aint ready""",
    E("cbennett", "surname_only", "threat"),
)

# 089 threat against the drama teacher; town named.
add(
    "facebook",
    """Ashcombe Community Noticeboard (comment, since removed by admin)
Roxanne Giddings
Miss Marsh the drama teacher better hope I don't see her in the Ashcombe Tesco this weekend cos she'll be leaving in an ambulance. Nobody humiliates my daughter in front of the whole school.""",
    E("emarsh", "title_surname", "threat"),
)

# 090 threat against the head of science.
add(
    "social",
    """reply to @wyv_gossip
oyelaran better watch his back leaving school tonight, ashcombe's a small town and my brother's waiting for him. see how clever he is then 🔪""",
    E("aoyelaran", "surname_only", "threat"),
)

# 091 veiled threat against the school.
add(
    "social",
    """@nobodyy_wyv · 11h
ashcombe grange kids better stay home monday. not saying why. just dont go in.
   ↳ @lucyyyx: reported to police. if you see this, don't share it""",
    E("school", "alias", "threat"),
)

# 092 anti-Irish hate.
add(
    "facebook",
    """comment on "Ashcombe Grange Academy – English department celebrates results" post
Dennis Harker
Typical thick Paddy that Miss Doherty. Her lot can barely read themselves and we let them teach our kids English. Send her back over the water.
Reply · 1d

Aoife M
Dennis you should be ashamed. Reported.""",
    E("school", "exact", "neutral"),
    E("ndoherty", "title_surname", "hate"),
)

# 093 racist post about the school's intake.
add(
    "social",
    """Wyvern First @wyvernfirst · 2d
Ashcombe Grange has gone right downhill since it filled up with immigrant kids from the Fairfield estate. Half of them can't speak English and they're dragging our children down. White British families are leaving in droves and who can blame them.""",
    E("school", "alias", "hate"),
)

# 094 disablist hate about the deputy.
add(
    "facebook",
    """Ashcombe Mums & Dads (Private group)
Warren Keast
How is Mrs Pryce-Whitley even allowed to be deputy head at Ashcombe Grange, she can't walk ten yards without her stick. Cripples like that can't control a school full of teenagers. Get someone able-bodied in.
💬 15 comments

Admin – Ashcombe Mums & Dads
Warren this is your one warning. Disability abuse isn't tolerated here.""",
    E("school", "alias", "neutral"),
    E("rpwhitley", "title_surname", "hate"),
)

# 095 sexist hate about the head.
add(
    "social",
    """Trevor @trev_oldschool · 4d
This is what happens when you put a woman in charge of a secondary school. Helen Jones can't control that school on Wyvern Road because women aren't built for leadership. Needs a man in there. Simple as.""",
    E("hjones", "exact", "hate"),
)

# 096 allegation of taking money for team selection.
add(
    "facebook",
    """Ashcombe Community Noticeboard
Nigel Frome
Want your lad in the Ashcombe Grange first XV? Easy. Mr Howells picks the team on which dads bung him fifty quid at the clubhouse. He's been on the take for years. My son's twice the player of half that team.
💬 22 comments

Chris Lane
That's a serious accusation Nigel

Nigel Frome
It's the truth""",
    E("school", "alias", "neutral"),
    E("rhowells", "title_surname", "defamation"),
)

# 097 leetspeak allegation about a head of year, local forum.
add(
    "forum",
    forum(
        "ashcombeonline",
        "Predicted grades for sale?",
        [
            (
                "truthteller_wv",
                "Sun 22:10",
                "C. B3nnett at the Grange has been taking cash from parents to bump up predicted grades for sixth form applications. £100 a grade. Ask around.",
            ),
            ("Margo", "Sun 22:30", "You can't post things like that without evidence."),
            ("truthteller_wv", "Sun 22:41", "It's not a secret, half of Ashcombe knows."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("cbennett", "leetspeak", "defamation"),
)

# 098 doxxing the drama teacher.
add(
    "facebook",
    """Ashcombe Community Noticeboard
Sharon Baulch
Elizabeth Marsh who teaches drama at Ashcombe Grange, her personal Instagram is @lizzymarsh.x and she lives in the flat above the florist on Market Street, the one with the green door. Go and ask her yourself why the play got cancelled.
💬 4 comments""",
    E("school", "alias", "neutral"),
    E("emarsh", "exact", "doxxing"),
)

# 099 doxxing a teacher's personal email; his school address is given too.
add(
    "forum",
    forum(
        "parentnet",
        "Teacher not responding - can I email him directly?",
        [
            (
                "DaisyChain",
                "Wed 16:20",
                "My son's geography coursework got lost and his teacher, Mr Walker, isn't replying on p.walker@ashcombegrange.example. Is it OK to email a teacher on their personal account?",
            ),
            (
                "Muddled_Mum",
                "Wed 16:45",
                "I've got his personal one from when he coached my son's football team, it's paulwalker.geo@mailbox.example. Here you go, he might answer that quicker.",
            ),
            (
                "NotTheGruffalo",
                "Wed 17:02",
                "Please don't share personal email addresses on here, that's really not fair on him.",
            ),
        ],
    ),
    E("pwalker", "title_surname", "doxxing"),
)

# 100 doxxing a computing teacher's home address.
add(
    "social",
    """@wyvern_justice_ · 1d
Rahul Chaudhry, computing teacher, 7 Kestrel Court, Ashcombe WV7 2LP. Think about that before you exclude someone's kid for nothing.""",
    E("rchaudhry", "exact", "doxxing"),
)

# 101 sexual comment about the deputy head, hyphen dropped.
add(
    "social",
    """reply to @ashcombe_memes
mrs pryce whitley can give me a detention any day 😏 her office, her desk, door locked, you know the rest 🥵 #ashcombegrange""",
    E("school", "hashtag", "neutral"),
    E("rpwhitley", "hyphenated", "sexual"),
)

# 102 selling images of pupils (a child may be involved).
add(
    "forum",
    forum(
        "ashcombeonline",
        "pics",
        [
            (
                "newuser88213",
                "Sat 02:14",
                "got a folder of ashcombe grange girls in uniform, changing room ones too. £5 on telegram, pm me",
            ),
            ("Admin", "Sat 08:01", "Thread locked, user banned and reported to police and CEOP."),
        ],
    ),
    E("school", "alias", "sexual", url_only=True),
)

# 103 sexual comment about a head of year.
add(
    "social",
    """@wyv_single_mum · 3d
not me booking an extra parents evening slot just to stare at mr bennett (yr10, the one on wyvern road) 🥵 that man could mark my homework anytime, if you know what i mean, headboard and all 😏""",
    E("cbennett", "title_surname", "sexual"),
)

# 104 publishing the school's office phone and a school email: not doxxing.
add(
    "facebook",
    """Ashcombe Community Noticeboard
Lorraine Peck
PSA for anyone with kids on the 47: the bus company won't deal with complaints about behaviour on school buses, you have to go through the school. Ring the Ashcombe Grange office on 01632 961234 or email Mr Bennett (head of Year 10) at c.bennett@ashcombegrange.example. He sorted ours within a week.
💬 6 comments""",
    E("school", "alias", "neutral"),
    E("cbennett", "title_surname", "neutral"),
)

# 105 reunion notice using the school's pre-academy name.
add(
    "news",
    news(
        "echo",
        "Class of 1985 plan 40th reunion",
        "Former pupils are trying to track down classmates scattered around the world.",
        "Community Desk",
        "2 May 2025",
        [
            "Former pupils of Ashcombe Grange School who left in 1985 are planning a 40-year reunion at the Plough in Lower Ashcombe on Saturday 13 September.",
            "Organiser Denise Arscott said they had found 63 of the 142 leavers so far, some as far away as New Zealand. 'We've got the old school photo up on the wall and we're ticking people off,' she said.",
            "Anyone from the year group, or who knows someone who was, can contact Denise through the Echo.",
        ],
        section="Announcements",
    ),
    E("school", "alias", "neutral"),
)

# 106 old pupil recognises the deputy under her maiden name.
add(
    "facebook",
    """Ashcombe Community Noticeboard
Kirsty Vowden
Random question but is Mrs Pryce still at Ashcombe Grange? She was my form tutor in 2004 and got me through my GCSEs when things at home were awful. Would love to say thank you.
💬 5 comments

Anna Bell
She's the deputy head there now! Married name is different""",
    E("school", "alias", "neutral"),
    E("rpwhitley", "alias", "neutral"),
)

# 107 hyphenated school name in a concert write-up.
add(
    "blog",
    blog(
        "Wyvern Notes",
        "Music in and around Wyvernshire",
        "Review: Ashcombe-Grange Academy Winter Concert",
        "16 December 2024",
        [
            "I'll admit I went along to the Ashcombe-Grange Academy winter concert mainly because my niece plays second clarinet. I came out genuinely impressed.",
            "The big band opened with a tight, swinging 'Sing Sing Sing', the chamber choir's Rutter was beautifully balanced, and a Year 8 pianist played Satie with a calm that belied her age.",
            "The hall acoustics aren't kind, and the second half ran long, but that's quibbling. Tickets were £4 and the mince pies were free.",
        ],
        about="Amateur reviewer, professional listener.",
        categories=("Reviews", "Schools"),
    ),
    E("school", "hyphenated", "neutral"),
)

# 108 camelCase congratulation and LinkedIn-style post.
add(
    "social",
    """LinkedIn · Wyvern Science Network
Congratulations to AdebayoOyelaran on being shortlisted for Science Teacher of the Year! Adebayo's rocket club at Ashcombe Grange has now had over 300 students launch their own rockets. Thoroughly deserved. 👏
Like · Comment · Repost""",
    E("school", "alias", "neutral"),
    E("aoyelaran", "camelcase", "neutral"),
)

# 109 letter-spaced school name, complaint.
add(
    "social",
    """@yr9_rants · 6h
A S H C O M B E   G R A N G E   S U C K S. new phone policy is actual prison. they took my phone for a WEEK bc it buzzed in my bag""",
    E("school", "spacing", "negative"),
)

# 110 first name plus initial, criticising the head's decision.
add(
    "social",
    """@mum_of_3_wyv · 9h
Helen J needs to go. Scrapping the Year 7 residential to 'save money' when they've just spent thousands on new signs is the worst decision I've seen. #AshcombeGrange""",
    E("school", "hashtag", "negative"),
    E("hjones", "first_initial", "negative"),
)

# 111 pupil praise with first name and initial.
add(
    "forum",
    forum(
        "sixthform",
        "teachers who actually helped you",
        [
            (
                "ag_leaver_24",
                "1 month ago",
                "chris b is the only decent teacher at ashcombe grange tbh. everyone else gave up on me in year 10, he didn't. got into college because of him",
            ),
            (
                "rosie_r",
                "1 month ago",
                "love this. shoutout to my old english teacher who made me like poetry",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("cbennett", "first_initial", "neutral"),
)

# 112 initial and surname, neutral award shortlist.
add(
    "social",
    """Wyvernshire Education Awards @WyvEdAwards · Mar 3
📣 Shortlist announced! Science Teacher of the Year: A. Oyelaran (Ashcombe Grange Academy), K. Singh (St Bede's), M. Rowe (Wyvern College). Winners revealed 20 June.""",
    E("school", "exact", "neutral"),
    E("aoyelaran", "initial_surname", "neutral"),
)

# 113 trade press: online abuse of teachers, quoting abuse to condemn it.
add(
    "news",
    news(
        "staffroom",
        "'It follows you home': teachers on the rise of online abuse",
        "Unions say social media abuse of named staff has doubled in two years.",
        "Hannah Oduya",
        "20 March 2025",
        [
            "When Elizabeth Marsh cancelled a Year 8 play because half the cast had flu, she did not expect to see her home address posted on a community Facebook group by the end of the week.",
            "Miss Marsh, a drama teacher at Ashcombe Grange Academy in Wyvernshire, is one of dozens of teachers who told Staffroom Weekly about abuse they have received online from parents and pupils.",
            "Her colleague Rahul Chaudhry was described as 'a pathetic excuse for a teacher' in an anonymous post after he gave a pupil a fixed-term exclusion, and later found his address shared online. 'You tell yourself it's a few people,' he said. 'But you still check your mirrors on the drive home.'",
            "The NEU says reports of online abuse of named staff have doubled since 2023. It wants platforms to act faster and schools to have a named lead for staff online safety.",
            "The academy said it had reported the posts and was supporting both teachers.",
        ],
        most_read=[
            "Pay award: unions set out next steps",
            "Ofsted report cards: what changes in September",
            "Teacher recruitment falls short again",
        ],
        section="Wellbeing",
    ),
    E("school", "exact", "neutral"),
    E("emarsh", "exact", "neutral"),
    E("rchaudhry", "exact", "neutral"),
)

# 114 news: parents' uniform protest, reported complaints.
add(
    "news",
    news(
        "gazette",
        "Parents protest at school gates over £120 blazer",
        "The academy says the new uniform will last longer and second-hand sales will continue.",
        "Gareth Lomax",
        "8 February 2025",
        [
            "Around 60 parents gathered outside Ashcombe Grange Academy on Friday morning to protest against a new compulsory blazer that costs £120.",
            "Parent Lisa Carne said: 'It's a money-making scheme. Families round here are choosing between heating and eating and they want us to buy a blazer with a crest on the pocket.'",
            "Headteacher Helen Jones said the blazer would last several years and that the school's second-hand shop would continue to sell old uniform for £1 an item. 'No child will be sanctioned because their family cannot afford the new blazer,' she said.",
            "A petition against the change has been signed by more than 800 people.",
        ],
    ),
    E("school", "exact", "neutral"),
    E("hjones", "exact", "neutral"),
)

# 115 two-star review: homework, a geography teacher criticised.
add(
    "review",
    """Ashcombe Grange Academy
Paula Venning
★★☆☆☆ 3 weeks ago
Used to be a great school when my eldest was there. Now it's homework overload with no thought about how much the kids get from each subject on the same night. Mr Walker sets geography projects that take the whole weekend and then doesn't give any feedback on them. Spoke to the office, nothing changed.""",
    E("school", "exact", "negative"),
    E("pwalker", "title_surname", "negative"),
)

# 116 staff review: science department culture.
add(
    "review",
    """Ashcombe Grange Academy · Employee reviews
★★☆☆☆ "Great kids, stressful department"
Former Employee · Teacher of Physics · 1-2 years

Pros: Students are lovely, especially the sixth form. Lab technicians are heroes.
Cons: Mr Oyelaran's department is run on spreadsheets and fear. Every mock is a data drop, every data drop is a meeting about why your class is "red". He means well and is brilliant with the kids but staff are burning out and three of us left last year.
Advice to management: Protect department time for planning, not for data.""",
    E("school", "exact", "negative"),
    E("aoyelaran", "title_surname", "negative"),
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
