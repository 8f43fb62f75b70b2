# ruff: noqa: E501
"""Labelled corpus heldout4 for the repwatch matcher (St Aidan's Catholic High School, Drumbeck).

HELD OUT. Written WITHOUT reading the matcher, its tuning corpora or the other held-out
corpora, and never to be tuned on: do not adjust the matcher, its word lists or thresholds
against these documents. It exists only to measure how the matcher generalises to Scottish
writing (news with reader comments, parents' forums, reviews, Facebook groups, X/Instagram/
TikTok posts, a little Scots) that it has never seen.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_heldout4

Labels: one entry per subject per document, ``category`` the worst the whole document
(article, post and every comment on the page) gives that subject, ``variant`` the easiest
form of the name present in that document, ``url_only`` only for sexual content where a
child may be involved (sexualised talk about pupils labels the school ``sexual`` with
``url_only`` true). When a staff member is attacked on a page that names the school, the
school is labelled by what the page says about the school itself (a plain mention of the
workplace is ``neutral``). Everything here is fictional: the school, its staff, the town,
the sites, the phone numbers (Ofcom drama ranges) and the addresses.

Category conventions: ``threat`` = the page itself (or a commenter) threatens violence;
a news or court report quoting somebody else's threat, or a post condemning one, is labelled
by what the page does (usually ``neutral``). ``hate`` = attacks on religion, ethnicity or
nationality (sectarian abuse included). ``doxxing`` = personal phone, home address or
personal email next to a staff name; the school's own office number is not doxxing.
``defamation`` = a specific allegation of wrongdoing; ``abuse`` = insults at a person;
``negative`` = criticism or complaint (sarcasm included); ``neutral`` = praise or a plain
mention. Profanity not aimed at anyone does not make a mention abusive. Severity when one
page gives several: threat > sexual > hate > doxxing > defamation > abuse > negative > neutral.

Variant conventions: ``exact`` is the watchlist name (for the school its full name);
``alias`` a watchlist alias verbatim ("St Aidan's High", "SAHS", "Mrs Raj", "Mr Wiz",
"Sandy Rennie"); ``short_name`` is "St Aidan's" / "St Aidans" alone; ``title_surname``
includes "Mr Quinn's" and "Father Gallacher"; ``possessive`` is used when the name only
appears in a possessive form without a title ("Rajaratnam's"); ``nickname`` is an informal
first name not on the watchlist ("Eck Rennie", "Dec Quinn", "Tomek Wisniewski");
``first_initial`` is first name plus surname initial ("Declan Q."); a name or alias that
only appears as a hashtag ("#SAHS", "#StAidansHigh") is ``hashtag``, as a handle ``handle``.
Curly apostrophes are treated like straight ones. Roughly a quarter of the documents are decoys with no labels:
other St Aidan's organisations, other meanings of "SAHS"/"Mr Wiz"/"Mrs Raj", and strangers
who share a staff member's name.
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
    "school", "cmacleodbrodie", "dquinn", "prajaratnam", "twisniewski", "bgallacher",
    "arennie", "mbaird", "jcampbell", "fmacdonald", "gmuir",
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


def _comments(comments: list[tuple[str, str, str]]) -> str:
    if not comments:
        return ""
    items = "\n".join(
        f'<li class="comment"><span class="author">{esc(who)}</span> '
        f"<time>{esc(when)}</time>\n<p>{esc(text)}</p></li>"
        for who, when, text in comments
    )
    return f'<section class="comments">\n<h2>{len(comments)} comments</h2>\n<ol>\n{items}\n</ol>\n</section>'


def news(
    site: str,
    headline: str,
    byline: str,
    date: str,
    paras: list[str],
    comments: list[tuple[str, str, str]] | None = None,
) -> str:
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(headline)} | {esc(site)}</title></head>
<body>
<header><a class="masthead" href="/">{esc(site)}</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/notices">Notices</a></nav></header>
<main><article>
<h1>{esc(headline)}</h1>
<p class="byline">By {esc(byline)} | {esc(date)}</p>
{body}
</article>
{_comments(comments or [])}
</main>
<footer><p>&copy; {esc(site)}. Comments are the views of readers.</p></footer>
</body>
</html>"""


def forum(site: str, board: str, title: str, posts: list[tuple[str, str, str]]) -> str:
    rows = "\n".join(
        f'<div class="post" id="p{i + 1}"><div class="user">{esc(who)}</div>'
        f'<div class="date">{esc(when)}</div>\n<div class="body"><p>'
        + "</p><p>".join(esc(para) for para in text.split("\n\n"))
        + "</p></div></div>"
        for i, (who, when, text) in enumerate(posts)
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} - {esc(board)} - {esc(site)}</title></head>
<body>
<div class="crumbs"><a href="/">{esc(site)}</a> &rsaquo; <a href="/b">{esc(board)}</a></div>
<h1 class="thread-title">{esc(title)}</h1>
<div class="thread">
{rows}
</div>
<div class="foot">{len(posts)} posts | Reply | Report</div>
</body>
</html>"""


def blog(
    site: str,
    title: str,
    author: str,
    date: str,
    paras: list[str],
    comments: list[tuple[str, str, str]] | None = None,
) -> str:
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} - {esc(site)}</title></head>
<body>
<div class="site-title">{esc(site)}</div>
<article class="post">
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta">Posted on {esc(date)} by {esc(author)}</div>
<div class="entry-content">
{body}
</div>
</article>
{_comments(comments or [])}
</body>
</html>"""


# ---------------------------------------------------------------- documents

# 000: plain local news, praise; head quoted.
add(
    "news",
    news(
        "Drumbeck Courier",
        "Pupils' sponsored walk raises £4,200 for children's ward",
        "Lorna Hislop",
        "14 March 2025",
        [
            "Pupils at St Aidan's Catholic High School have raised more than £4,200 for the children's ward at St John's Hospital after a 20-mile sponsored walk along the Union Canal.",
            "More than 180 pupils from S1 to S6 took part, setting off from the school gates on Bankton Road at 7am on Saturday and finishing at Linlithgow basin in the late afternoon.",
            'Head teacher Catriona MacLeod-Brodie said: "I could not be prouder of our young people. They organised the whole event themselves, from the route to the soup stops, and they did it in the rain."',
            "The money will be used to buy games consoles and sensory toys for the ward's playroom.",
        ],
        [
            (
                "Jeanette W",
                "14 March 2025 18:02",
                "Well done to all the weans, my granddaughter did the whole 20 miles and slept for a day after!",
            ),
            (
                "DrumbeckDad",
                "14 March 2025 19:40",
                "Brilliant effort. Good to see a positive story about the town for once.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("cmacleodbrodie", "exact", "neutral"),
)

# 001: court report quoting a threat (trap): the page itself threatens nobody.
add(
    "news",
    news(
        "West Lothian Herald",
        "Father admits threatening depute head at Drumbeck school gates",
        "Court reporter",
        "2 October 2024",
        [
            "A Drumbeck man has admitted behaving in a threatening or abusive manner towards a depute head teacher outside St Aidan's High in May.",
            "Livingston Sheriff Court heard that Craig Pettigrew, 38, of Muirhall Place, Easter Drumbeck, became angry after his son was excluded for two days. Depute head Declan Quinn went out to speak to him at the gates on Bankton Road.",
            "Fiscal depute Amy Thorburn said Pettigrew shouted: \"I'll come back and burn the place doon wi' you in it,\" in front of pupils and parents waiting at the bus stop.",
            "Defence solicitor Martin Cairns said his client had been under stress and had written a letter of apology to Mr Quinn and to the school. Sheriff Alison Reid deferred sentence for a background report.",
        ],
        [
            (
                "KirkhillKaren",
                "2 October 2024 12:15",
                "Threatening a teacher is never on, whatever your wean has done. Hope Mr Quinn is OK.",
            ),
            ("Stevie M", "2 October 2024 13:01", "Deferred sentence. Aye that'll teach him."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("dquinn", "exact", "neutral"),
)

# 002: parents' forum, complaints about Guidance.
add(
    "forum",
    forum(
        "ScotParentsNet",
        "Secondary education (Scotland)",
        "St Aidan's High guidance dept - is it just us?",
        [
            (
                "lothianmum2",
                "Tue 11-Feb-25 20:14",
                "DD (S3) has been having a rough time with a group of girls since Christmas. I've emailed Mrs Rajaratnam in guidance three times now and had one reply saying she'd \"look into it\". Nothing since.\n\nIs it just us or is the guidance department at St Aidan's High completely swamped? I don't want to be that parent but I'm getting nowhere.",
            ),
            (
                "Heather_and_Thistle",
                "Tue 11-Feb-25 20:31",
                "Not just you. We had the same last year. Took a meeting with the depute before anything happened. Put everything in writing and keep copies.",
            ),
            (
                "lothianmum2",
                "Tue 11-Feb-25 20:40",
                "Thanks, I'll do that. Just feels like shouting into a void.",
            ),
            (
                "Ghillie",
                "Wed 12-Feb-25 08:05",
                "To be fair to Mrs Rajaratnam she has something like 300 kids on her caseload. The problem is the staffing, not her. Still not good enough from the school though.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("prajaratnam", "title_surname", "negative"),
)

# 003: Google review, complaint about the office.
add(
    "review",
    """Google reviews · St Aidan's Catholic High School
Bankton Road, Drumbeck · Secondary school

★☆☆☆☆  Gail Forsyth · Local Guide · 3 weeks ago

Phoned four times about my son's bus pass. Moira Baird in the office hung up on me twice and the third time told me to "just come in" when I'd already said I work in Edinburgh. Unhelpful from start to finish. The teaching might be fine but the front desk is a disgrace.

👍 7   Share

Response from the owner · 2 weeks ago
Dear Ms Forsyth, we are sorry to hear this. Please contact the school office on 0131 496 0714 and ask for the depute head so we can resolve this.""",
    E("school", "exact", "negative"),
    E("mbaird", "exact", "negative"),
)

# 004: Facebook community group, jannie insulted by nickname.
add(
    "facebook",
    """Drumbeck Community Noticeboard
Public group · 6.4K members

Donna Kerr
5h ·
Anyone else's wean come hame saying the jannie at St Aidan's shouted at them for sitting on the wall? Mine's in S1, he's 11, he was greetin. Eck Rennie is a miserable auld git and always has been, he was the same when I was there in 2003. And the school just shrugs every time you complain.

👍😮 23 · 31 comments

Lynne Paterson
Aye he's a grumpy sod. Shouted at my lassie for running in the corridor.

Martin Dunn
To be fair they're no meant to sit on that wall, it's a six foot drop on the other side.

Donna Kerr
@Martin Dunn he's 11 Martin, you don't scream at an 11 year old.

Shona Bell
Eck's alright once you get to know him. Fixed my boy's bike chain for nothing.""",
    E("school", "short_name", "negative"),
    E("arennie", "nickname", "abuse"),
)

# 005: X post congratulating the school, handle only.
add(
    "social",
    """Kirsty Aitken 🏐 @kirstyaitken_coach · 8 Mar

What a performance from the S4 netball girls at @StAidansHS today, West of Scotland regional champions 🏆🏆 Unbeaten all season. So proud of every one of you. On to the nationals!

💬 4  🔁 11  ❤️ 96""",
    E("school", "handle", "neutral"),
)

# 006: DECOY - a different St Aidan's (primary, another town).
add(
    "news",
    news(
        "Lanark & Clyde Gazette",
        "Carnwath Mill primary marks half a century with time capsule",
        "Euan Macrae",
        "21 June 2024",
        [
            "St Aidan's RC Primary in Carnwath Mill celebrated its 50th anniversary on Friday with a family fun day and the burial of a time capsule in the school garden.",
            'Former pupils travelled from as far as Aberdeen and Belfast for the event. Head teacher Margaret Docherty said St Aidan\'s had always been "the heart of the village".',
            'The capsule contains letters from the current P7 class, a copy of this newspaper and a tablet computer, which pupils predicted would be "hilarious" when it is opened in 2074.',
        ],
    ),
)

# 007: TikTok caption, alias and hashtag.
add(
    "social",
    """TikTok · @caitlinn.x_ · 2d

when Mr Wiz makes u do the bleep test in the actual rain and ur still on level 4 💀💀 #sahs #pe #scottishschool #bleeptest

♬ original sound - caitlinn.x_

❤️ 1,204   💬 88

Top comments:
ryanb_09: mr wiz is a legend tho 😭
ellie.mcg: level 4 is crazy 😂""",
    E("school", "hashtag", "neutral"),
    E("twisniewski", "alias", "neutral"),
)

# 008: DECOY - a councillor who shares the maths teacher's name.
add(
    "news",
    news(
        "Edinburgh Evening Bulletin",
        "Councillor under fire over Portobello bin chaos",
        "Ross Whyte",
        "9 January 2025",
        [
            'Residents in Portobello have called on Councillor John Campbell to "get out of the council chambers and onto the streets" after bins in parts of the ward went uncollected for three weeks over the festive period.',
            "Mr Campbell, the city's environment convener, said the delays were caused by staff sickness and ice, and apologised to residents.",
            '"I know how frustrating this is," Campbell said. "Crews will be out on Saturday and Sunday to clear the backlog."',
            'Opposition councillors described his response as "too little, too late".',
        ],
    ),
)

# 009: Facebook threat against the PE teacher by surname.
add(
    "facebook",
    """Drumbeck Mums & Dads (Private group)

Anonymous member
2h ·
My son came home with a bruise on his arm where that PE teacher Wisniewski grabbed him during football. If he lays one finger on my boy again I swear I'll be waiting for him in the car park at St Aidan's and he'll no be walking hame. The school have done absolutely nothing, not even a phone call.

💬 42 comments

Claire Gilmour
Calm down hen, report it to the school in writing and to the council if they don't answer.

Jackie Young
Don't be daft, you'll end up in court yourself. Get it documented.

Anonymous member
I'm past caring Jackie.""",
    E("school", "short_name", "negative"),
    E("twisniewski", "surname_only", "threat"),
)

# 010: nostalgic blog, full name of the maths teacher.
add(
    "blog",
    blog(
        "Back Roads and Bothies",
        "The teacher who made me like maths",
        "Callum Reid",
        "3 September 2024",
        [
            "Thirty years ago this week I started first year at St Aidan's High in Drumbeck, a skinny wee boy with a blazer two sizes too big.",
            "I hated maths. I was convinced I was thick. Then in third year I got Mr John Campbell, who explained simultaneous equations using the pies in the canteen queue and never once made anyone feel stupid.",
            "I found out last month he's still there, still teaching, still wearing (I'm told) the same brown cardigan. If you read this, sir: thank you. I'm an engineer now. That's your fault.",
        ],
        [
            ("Ailsa T", "3 September 2024", "Had him in 2011! Same cardigan, I can confirm."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("jcampbell", "exact", "neutral"),
)

# 011: DECOY - a footballer called Declan Quinn.
add(
    "news",
    news(
        "Caldermuir Advertiser",
        "Quinn hat-trick sends Athletic top of the table",
        "Sports desk",
        "17 February 2025",
        [
            "Declan Quinn scored a second-half hat-trick as Caldermuir Athletic beat Harthill Rovers 4-1 on Saturday to go top of the East of Scotland First Division.",
            'The 22-year-old striker, on loan from a Championship side, now has 14 goals in 16 games. "Declan\'s sharp as a tack in the box," said manager Billy Moffat.',
            "Quinn's third, a curling effort from 20 yards, was the pick of the bunch.",
        ],
    ),
)

# 012: forum, specific allegation against the head (surname only).
add(
    "forum",
    forum(
        "ScotParentsNet",
        "Secondary education (Scotland)",
        "Rome trip money",
        [
            (
                "BanktonBhoy",
                "Sun 19-Jan-25 22:47",
                "Heard from someone who'd know that about £3,000 of the Rome trip fund at St Aidan's went missing last year and MacLeod-Brodie covered it up so the council wouldn't find out. Parents paid £900 a head for that trip. Somebody should be asking questions.",
            ),
            (
                "Ghillie",
                "Sun 19-Jan-25 23:02",
                "That's a very serious accusation. Unless you've got proof I'd be careful posting that.",
            ),
            ("BanktonBhoy", "Sun 19-Jan-25 23:10", "Ask for the accounts and see if you get them."),
        ],
    ),
    E("school", "short_name", "negative"),
    E("cmacleodbrodie", "surname_only", "defamation"),
)

# 013: X post publishing the depute's mobile number.
add(
    "social",
    """Grant S @grantsmiddy77 · 1h

Since St Aidan's High won't answer a single email, here's the depute Declan Quinn's own mobile: 07700 900482. Fill yer boots, folks, let him know what you think of how he's treated my daughter.

💬 9  🔁 14  ❤️ 31""",
    E("school", "alias", "negative"),
    E("dquinn", "exact", "doxxing"),
)

# 014: five-star review, Guidance alias.
add(
    "review",
    """Google reviews · St Aidan's Catholic High School

★★★★★  Anne-Marie Devlin · 2 reviews · a month ago

Our daughter moved here in S2 after being badly bullied at her last school and she has honestly been a different girl. Special thanks to Mrs Raj in guidance who phoned us every week for the first term without being asked. Can't recommend highly enough.

👍 15""",
    E("school", "exact", "neutral"),
    E("prajaratnam", "alias", "neutral"),
)

# 015: news about sectarian graffiti; a reader comment is itself sectarian hate.
add(
    "news",
    news(
        "Drumbeck Courier",
        "Police probe sectarian graffiti at Catholic secondary",
        "Lorna Hislop",
        "12 July 2024",
        [
            "Police are investigating after sectarian slogans were spray-painted across the front wall of St Aidan's Catholic High School in Drumbeck overnight on Wednesday.",
            "The graffiti, which included anti-Catholic abuse and references to the Pope, was discovered by staff arriving for the summer holiday club.",
            'Head teacher Catriona MacLeod-Brodie said: "This is a hateful act and it does not represent Drumbeck. Our community is diverse and welcoming and we will not be intimidated."',
            "Anyone with information is asked to contact Police Scotland on 101.",
        ],
        [
            (
                "True Blue 1690",
                "12 July 2024 09:14",
                "Serves them right. That school is nothing but a Fenian breeding ground, should have been shut years ago.",
            ),
            (
                "Michelle Reilly",
                "12 July 2024 09:31",
                "@True Blue 1690 reported. This is exactly the problem.",
            ),
            ("Iain C", "12 July 2024 10:02", "Disgusting. Hope they catch whoever did it."),
        ],
    ),
    E("school", "exact", "hate"),
    E("cmacleodbrodie", "exact", "neutral"),
)

# 016: sectarian hate at the school (alias).
add(
    "social",
    """Loyal Lothians 🇬🇧 @loyal_lothians_ · Jun 30

St Aidan's High mob mouthing off at the Kirkhill bus stop again. Fenian b*****ds the lot of them, taigs should go back where they came fae. #NoSurrender

💬 3  🔁 2  ❤️ 19""",
    E("school", "alias", "hate"),
)

# 017: DECOY - amateur football club of the same name, sectarian chanting condemned.
add(
    "news",
    news(
        "Glasgow South Express",
        "Amateur league charges two clubs after sectarian chanting",
        "Sports desk",
        "4 November 2024",
        [
            "The Greater Glasgow Amateur League has charged St Aidan's AFC and Cathcart Thistle after sectarian songs were sung by spectators during Saturday's cup tie at Toryglen.",
            'Both clubs condemned the chanting. A St Aidan\'s spokesman said: "There is no place for bigotry at our club and anyone identified will be banned for life."',
            "The match finished 2-2, with St Aidan's winning 5-4 on penalties.",
        ],
    ),
)

# 018: sexualised talk about pupils (school, url_only).
add(
    "social",
    """@dunny_lad_86 · 3h

the St Aidan's lassies at the Bankton Rd bus stop in their wee skirts 🥵🥵 Drumbeck's got it going on

💬 2  🔁 0  ❤️ 4""",
    E("school", "short_name", "sexual", url_only=True),
)

# 019: DECOY - a hospice called St Aidan's.
add(
    "facebook",
    """St Aidan's Hospice, Fife
Page · Charity

📣 Only two weeks to go until our Kirkcaldy Prom Fun Run! 5K, 10K or a wee toddle with the dog, everyone welcome. Every pound raised helps St Aidan's care for local families at the most difficult time of their lives.

Sign up at staidanshospice.example/funrun

👍❤️ 212 · 18 comments · 40 shares

Brenda Laing
Doing it for my dad again this year. St Aidan's were amazing with him 💜""",
)

# 020: adult sexualised talk about the PE teacher (url_only false).
add(
    "facebook",
    """Drumbeck Mums & Dads (Private group)

Lisa Marie Hannah
Yesterday at 21:13 ·
Who else volunteered for sports day at St Aidan's purely to watch Mr Wiz in his wee shorts 🔥🔥🔥 I'd let him put me through my paces any day. Husband does NOT need to know 🤫😂

😂😍 64 · 27 comments

Gemma Watt
😂😂 Lisa you're terrible

Paula Sneddon
Hands off I saw him first""",
    E("school", "short_name", "neutral"),
    E("twisniewski", "alias", "sexual"),
)

# 021: forum, insinuated specific wrongdoing by the chaplain.
add(
    "forum",
    forum(
        "Lothian Chat",
        "Local issues",
        "New chaplain at St Aidan's High",
        [
            (
                "anon_user_4471",
                "Fri 06-Sep-24 19:30",
                "Does anyone know why Father Gallacher was moved out of St Ninian's in Bathgate in 2009? Because I do. Parents there complained about him taking boys away on 'retreats' and the diocese moved him on rather than deal with it. And now St Aidan's High lets him near hundreds of kids every week.",
            ),
            (
                "MossyBank",
                "Fri 06-Sep-24 19:44",
                "If you have evidence go to the police, not a forum.",
            ),
            ("anon_user_4471", "Fri 06-Sep-24 19:52", "Everybody in Bathgate knows."),
        ],
    ),
    E("school", "alias", "negative"),
    E("bgallacher", "title_surname", "defamation"),
)

# 022: Facebook, janitor's home address posted.
add(
    "facebook",
    """Drumbeck Community Noticeboard

Kevin Laird
4h ·
My boy's phone went missing out his bag at St Aidan's and the school are saying it's "not their responsibility". The jannie had the keys to the changing rooms. His name's Alexander Rennie and he lives at 27 Glebe Terrace, Easter Drumbeck. Somebody go chap his door and ask him where it is, cause I'm getting nowhere.

😡 12 · 19 comments

Admin - Drumbeck Community Noticeboard
Kevin, we've removed addresses from the post twice now. Please don't share people's home addresses.

Kevin Laird
Fine, it's out there now anyway.""",
    E("school", "short_name", "negative"),
    E("arennie", "exact", "doxxing"),
)

# 023: inspection news; reader comment complains about the maths teacher's absence.
add(
    "news",
    news(
        "West Lothian Herald",
        "Inspectors praise Drumbeck secondary's wellbeing work",
        "Education correspondent",
        "28 November 2024",
        [
            'St Aidan\'s Catholic High School has been rated "good" for learning, teaching and assessment and "very good" for ensuring wellbeing, equality and inclusion in its latest Education Scotland inspection.',
            "Inspectors highlighted the school's mentoring scheme and its support for young carers. They asked the school to improve attainment in mathematics in the senior phase.",
            'Head teacher Catriona MacLeod-Brodie said staff were "delighted" and that the maths department had "a clear plan" in place.',
        ],
        [
            (
                "Frustrated of Kirkhill",
                "28 November 2024 20:55",
                "'Good'? My son's maths class has had three different supply teachers since August because Mr Campbell is off again. Nobody tells the parents anything. Clear plan my backside.",
            ),
            ("Anna", "28 November 2024 21:10", "Congratulations to all the staff, well deserved."),
        ],
    ),
    E("school", "exact", "negative"),
    E("cmacleodbrodie", "exact", "neutral"),
    E("jcampbell", "title_surname", "negative"),
)

# 024: DECOY - a Church of Scotland minister who shares the English teacher's name.
add(
    "news",
    news(
        "Fife Free Journal",
        "New minister inducted at Kirkcaldy parish",
        "Staff reporter",
        "5 May 2024",
        [
            "The Rev Fiona MacDonald was inducted as minister of Linktown Parish Church in Kirkcaldy on Thursday evening in front of a packed congregation.",
            'Ms MacDonald, who grew up in Stornoway and previously served in Inverness, said she was "thrilled and humbled" to join the parish.',
            "The service was followed by a reception in the church hall.",
        ],
    ),
)

# 025: DECOY - a plumber whose name is the janitor's watchlist alias.
add(
    "review",
    """Checkatrade-style reviews · Sandy Rennie Plumbing & Heating, Bathgate

★★★★★  "Boiler sorted same day"
Sandy Rennie came out at 7pm on a Sunday when our boiler packed in, had it fixed within the hour and charged a fair price. Tidy, polite and explained everything. Will use again.
- Reviewed by Mr & Mrs Fleming, Armadale

★★★★☆  "Good job on the bathroom"
Took a day longer than quoted but the finish is excellent. Sandy's a good lad.""",
)

# 026: parent council blog, neutral.
add(
    "blog",
    blog(
        "St Aidan's High Parent Council",
        "Parent Council update - January",
        "Parent Council",
        "20 January 2025",
        [
            "Thank you to everyone who came to our January meeting in the school library. It was great to see so many new faces, especially S1 parents.",
            "Our chair, Gordon Muir, updated members on the new minibus fund, which now stands at £6,300, and thanked the Drumbeck Co-op for its generous donation.",
            "The next meeting is on Tuesday 18 February at 7pm. Tea, coffee and (we are told) tablet will be provided.",
        ],
    ),
    E("school", "alias", "neutral"),
    E("gmuir", "exact", "neutral"),
)

# 027: forum, criticism of the parent council chair.
add(
    "forum",
    forum(
        "ScotParentsNet",
        "Secondary education (Scotland)",
        "SAHS parent council - closed shop?",
        [
            (
                "NewToDrumbeck",
                "Wed 05-Mar-25 12:20",
                "Went to my first SAHS parent council meeting last night and honestly felt like I'd walked into somebody's living room. Gordon Muir decided the agenda, spoke for about 80% of the time and shut down the one question I asked about homework policy. Is it always like that?",
            ),
            (
                "Heather_and_Thistle",
                "Wed 05-Mar-25 12:41",
                "Yep. Same faces for years. The school seem happy with it because it never causes them any bother.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("gmuir", "exact", "negative"),
)

# 028: leetspeak insult at the depute.
add(
    "social",
    """@drumbeck_ranter · 5h

D3clan Qu1nn is a f*cking joke of a depute. Cannae even run a fire drill without half of S2 ending up in the Co-op car park. Drumbeck deserves better than this clown 🤡

💬 6  🔁 1  ❤️ 22""",
    E("dquinn", "leetspeak", "abuse"),
)

# 029: homoglyph threat at the depute.
add(
    "social",
    """@nae_mercy_mcg · 40m

Mr Qu\u0456nn better watch his back walking to his motor after school. Bankton Rd gets awful dark at 4 o'clock this time of year. Just saying 🔪

💬 1  🔁 0  ❤️ 3""",
    E("dquinn", "homoglyph", "threat"),
)

# 030: DECOY - a university college of the same name.
add(
    "blog",
    blog(
        "River Wear Rowing Diaries",
        "Head of the River: a wet one",
        "Hattie F.",
        "10 March 2025",
        [
            "St Aidan's College Boat Club had its best Head of the River in years, with the women's first eight finishing third behind Hild Bede and Castle.",
            "Huge thanks to our coach and to everyone at St Aidan's who came down to the bank at 8am to shout at us in the drizzle.",
        ],
    ),
)

# 031: homoglyph school name, criticism.
add(
    "social",
    """@mairimcleod_ · 1d

\u0405t \u0410id\u0430n's \u041digh is an absolute dump. Roof leaking into the science block AGAIN and they've had buckets out since October. Our kids deserve better.

💬 12  🔁 5  ❤️ 58""",
    E("school", "homoglyph", "negative"),
)

# 032: spaced-out name of the head, hashtag school.
add(
    "social",
    """@angry_in_drumbeck · 6h

M a c L e o d - B r o d i e must go. Three heads of department gone in a year, no Higher Drama, no Spanish. Enough. #SAHS #Drumbeck

💬 15  🔁 9  ❤️ 77""",
    E("school", "hashtag", "negative"),
    E("cmacleodbrodie", "spacing", "negative"),
)

# 033: obfuscated insult at the head.
add(
    "facebook",
    """Drumbeck Mums & Dads (Private group)

Tracey Kane
Just now ·
Mrs MacL**d-Br*die is an arrogant, stuck-up cow who looks down her nose at every parent who isn't a lawyer. Sat in a meeting with her today and she didn't even look up from her laptop. St Aidan's used to be a good school.

😡👍 31 · 22 comments""",
    E("school", "short_name", "negative"),
    E("cmacleodbrodie", "obfuscated", "abuse"),
)

# 034: petition link, hyphenated names.
add(
    "social",
    """@concerned_drumbeck_parent · 2d

Over 400 signatures already. If you've had enough of how the behaviour policy has been handled, sign and share 👇
petition.example/p/remove-declan-quinn-from-st-aidans-high

💬 20  🔁 41  ❤️ 112""",
    E("school", "hyphenated", "negative"),
    E("dquinn", "hyphenated", "negative"),
)

# 035: DECOY - an English parish church of the same name.
add(
    "blog",
    blog(
        "St Aidan's Parish, Harehills",
        "Parish notes for Advent",
        "The Vicar",
        "1 December 2024",
        [
            "Advent carol service this Sunday at 6pm, followed by mince pies in the hall. The St Aidan's choir have been rehearsing since September and are in fine voice.",
            "The food bank collection point is now at the back of church. Tins, toiletries and nappies are especially needed.",
            "Our PCC meets on Wednesday; minutes from the last meeting are on the noticeboard.",
        ],
    ),
)

# 036: forum, typos for both the Guidance teacher and the school.
add(
    "forum",
    forum(
        "Lothian Chat",
        "Schools",
        "Guidance at St Aiden's High",
        [
            (
                "Marie_R",
                "Mon 13-Jan-25 09:12",
                "My daughter finally plucked up the courage to tell guidance she was struggling and Mrs Rajaratnum (sp?) told her she was \"looking for attention\". She hasn't been back to school since Thursday. St Aiden's High talk a good game about wellbeing but when it comes down to it they don't listen.",
            ),
            (
                "Calderwood_Cath",
                "Mon 13-Jan-25 09:40",
                "So sorry. Ask for a meeting with the depute and bring someone with you. Contact the council's inclusion team too.",
            ),
        ],
    ),
    E("school", "typo", "negative"),
    E("prajaratnam", "typo", "negative"),
)

# 037: X post, YouTube channel name in camel case.
add(
    "social",
    """@robbie_s4 · 3d

our maths teacher at St Aidan's has a youtube channel called JohnCampbellMaths and honestly his video on surds is better than anything on bitesize 😭 national 5 here we come

💬 3  🔁 2  ❤️ 40""",
    E("school", "short_name", "neutral"),
    E("jcampbell", "camelcase", "neutral"),
)

# 038: DECOY - a bowls champion who shares the office manager's name.
add(
    "news",
    news(
        "Ayrshire Post & Times",
        "Prestwick pair lift Scottish title",
        "Sports desk",
        "26 August 2024",
        [
            "Moira Baird and Jean Corrigan of Prestwick Bowling Club won the Scottish women's pairs title at Ayr on Sunday, beating the holders from Dumfries 19-14.",
            'Baird, 67, who only took up bowls after retiring as a nurse, said: "I still can\'t believe it. Jean carried me."',
        ],
    ),
)

# 039: news, English teacher praised.
add(
    "news",
    news(
        "Drumbeck Courier",
        "Young poets see their work in print",
        "Lorna Hislop",
        "30 April 2025",
        [
            "Twelve pupils from St Aidan's High have had their poems published in a new anthology, Voices fae the Almond, launched at Drumbeck library on Thursday.",
            'The project was led by English teacher Fiona MacDonald, who ran after-school writing workshops with the Scottish Book Trust. "A lot of the poems are in Scots, which is how these young people think and speak, and that\'s something to celebrate," she said.',
            "Copies cost £5, with proceeds going to the school library.",
        ],
        [
            (
                "Gran Isa",
                "30 April 2025 16:20",
                "Bought three copies! My grandson's poem about his papa made me greet.",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
    E("fmacdonald", "exact", "neutral"),
)

# 040: Facebook, racist abuse of the Guidance teacher; commenters condemn it.
add(
    "facebook",
    """Drumbeck Community Noticeboard

Derek Haig
1h ·
Why is a Sri Lankan woman called Priya Rajaratnam telling Scottish weans how to behave? She should go back to her own country and take her "wellbeing" nonsense with her. That's what St Aidan's has come to.

😡 8 · 24 comments

Siobhan Quigley
This is disgusting and racist. Mrs Rajaratnam was born in Dundee ffs. Reported.

Alan Marr
Admins please remove this.""",
    E("school", "short_name", "negative"),
    E("prajaratnam", "exact", "hate"),
)

# 041: anti-Polish hate at the PE teacher.
add(
    "social",
    """@scotlandfirst_44 · 9h

Mr Wisniewski the Polish PE teacher at SAHS should be stacking shelves in Lidl, no teaching our kids. Send the lot of them back to Gdansk 🇵🇱🚫

💬 7  🔁 1  ❤️ 9""",
    E("school", "alias", "neutral"),
    E("twisniewski", "title_surname", "hate"),
)

# 042: DECOY - a golfer who shares the parent council chair's name.
add(
    "news",
    news(
        "Scottish Golf Weekly",
        "Muir holds nerve to win Northern Open",
        "Golf correspondent",
        "2 June 2024",
        [
            "Gordon Muir, the 41-year-old club professional from Nairn Dunbar, holed a 15-foot putt on the final green to win the Northern Open by a single shot.",
            "Muir, who finished on eight under par, said it was the best day of his career.",
        ],
    ),
)

# 043: mum's blog, praise for two staff.
add(
    "blog",
    blog(
        "Wee Mammy Diaries",
        "Surviving S1 (both of us)",
        "Kerry-Ann",
        "27 October 2024",
        [
            "Eight weeks into secondary and I think we've made it. I was dreading the move to St Aidan's High because my lad is autistic and hates change, but honestly they have been brilliant.",
            "Mrs Raj in guidance set up a quiet room he can go to at lunch, and Mr Quinn, the depute, met us twice over the summer so he could see the building when it was empty.",
            'He still says the dinners are "mingin" but you can\'t have everything.',
        ],
        [
            ("Lesley", "28 October 2024", "This is so reassuring, my wee one starts next year."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("prajaratnam", "alias", "neutral"),
    E("dquinn", "title_surname", "neutral"),
)

# 044: news, janitor praised after a fire.
add(
    "news",
    news(
        "West Lothian Herald",
        "Quick-thinking janitor praised after school kitchen fire",
        "Staff reporter",
        "15 January 2025",
        [
            "A janitor at St Aidan's Catholic High School in Drumbeck is being hailed a hero after he put out a fire in the school kitchen before it could spread.",
            "Alexander Rennie, who has worked at the school for 26 years, used an extinguisher on a fat fire at 7.20am on Tuesday and then evacuated the kitchen staff.",
            'Scottish Fire and Rescue Service said his actions "almost certainly prevented a much more serious incident".',
        ],
        [
            ("Shona Bell", "15 January 2025 11:03", "Eck's a legend. Always has been."),
            ("Craig", "15 January 2025 11:30", "Well done that man."),
        ],
    ),
    E("school", "exact", "neutral"),
    E("arennie", "exact", "neutral"),
)

# 045: sarcasm (trap): praise words, criticism meant.
add(
    "social",
    """@sarah_j_drumbeck · 4h

Oh FANTASTIC. St Aidan's have cancelled the S6 prom for the second year running "due to behaviour". Truly outstanding leadership from Mrs MacLeod-Brodie as always 👏👏👏 Really inspiring stuff.

💬 31  🔁 12  ❤️ 140""",
    E("school", "short_name", "negative"),
    E("cmacleodbrodie", "title_surname", "negative"),
)

# 046: profanity not aimed at anyone (trap).
add(
    "social",
    """@jamie_b_fitba · 1d

F***ing BUZZING 😭⚽ our SAHS under-15s only went and won the Lothian Cup on penalties!!! Mr Wiz the absolute legend doing knee slides on the astro 😂 what a day

💬 18  🔁 9  ❤️ 203""",
    E("school", "alias", "neutral"),
    E("twisniewski", "alias", "neutral"),
)

# 047: DECOY - locality and profanity, no subject at all.
add(
    "facebook",
    """Drumbeck Community Noticeboard

Ricky Brannan
2h ·
The f***ing roadworks on Bankton Road AGAIN. Third time this year they've dug up the same bit. Sat 25 minutes to get from the roundabout to the Co-op. Who plans this sh*t??

😂😡 54 · 37 comments

Pat Hamill
Scottish Water again. Nae idea what they're looking for.""",
)

# 048: forum, nostalgic plain mention.
add(
    "forum",
    forum(
        "Old Drumbeck Memories",
        "Schooldays",
        "Teachers you remember",
        [
            (
                "Tam_1974",
                "Sat 08-Jun-24 17:05",
                "Is John Campbell the maths teacher still at St Aidan's? He taught my son in the 90s and he was brilliant. Never raised his voice once.",
            ),
            (
                "Moyra G",
                "Sat 08-Jun-24 17:30",
                "Still there as far as I know! Taught my niece last year.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("jcampbell", "exact", "neutral"),
)

# 049: two-star review; depute named by first name and initial.
add(
    "review",
    """Google reviews · St Aidan's High School, Drumbeck

★★☆☆☆  Iain Buchanan · 5 reviews · 2 months ago

Communication from St Aidan's High School is shocking. Sent three emails about my daughter's timetable clash and the depute (Declan Q.) never replied once. Teachers are decent, management is not.

👍 11""",
    E("school", "alias", "negative"),
    E("dquinn", "first_initial", "negative"),
)

# 050: DECOY - a different St Aidan's primary (lost property).
add(
    "facebook",
    """Wishaw & District Chat

Nicola Brogan
3h ·
Found: a wee navy St Aidan's Primary cardigan at the swing park on Caledonian Road, name tape says "L. Murray P2". Handed it into the school office this morning 😊

👍 14 · 3 comments""",
)

# 051: Facebook threat at the janitor by surname; school criticised.
add(
    "facebook",
    """Drumbeck Mums & Dads (Private group)

Anonymous member
6h ·
If that jannie Rennie goes through my boy's bag one more time without asking I'll put him through the boiler room wall, I'm no joking. St Aidan's need to sort him out before I do.

💬 16 comments

Fiona Lennie
This isn't the way to go about it. Speak to the depute.""",
    E("school", "short_name", "negative"),
    E("arennie", "surname_only", "threat"),
)

# 052: court report quoting abuse (trap), but a commenter insults the head herself.
add(
    "news",
    news(
        "West Lothian Herald",
        "Man fined over online abuse of head teacher",
        "Court reporter",
        "19 March 2025",
        [
            "A 44-year-old man has been fined £600 for sending abusive messages to the head teacher of St Aidan's Catholic High School.",
            'Livingston Sheriff Court heard that Paul Gourlay sent Catriona MacLeod-Brodie eleven messages over two days last October, calling her "a useless cow" and writing "I know where you live".',
            'Sheriff Alison Reid told him: "Teachers are entitled to do their jobs without this kind of behaviour."',
        ],
        [
            (
                "wullie_r",
                "19 March 2025 14:12",
                "Fined £600 for telling the truth. She IS a useless cow, ask any parent in Drumbeck.",
            ),
            ("Anna", "19 March 2025 14:30", "@wullie_r grow up."),
        ],
    ),
    E("school", "exact", "neutral"),
    E("cmacleodbrodie", "exact", "abuse"),
)

# 053: DECOY - an Irish priest with a near-identical name.
add(
    "news",
    news(
        "Donegal Weekly News",
        "Parish bids farewell to Father Brendan Gallagher",
        "Staff reporter",
        "8 August 2024",
        [
            "Parishioners in Letterkenny packed St Eunan's on Sunday to say goodbye to Father Brendan Gallagher, who is retiring after 22 years in the parish.",
            'Fr Gallagher, 76, plans to return to his native Gweedore. "I\'ll be fishing and annoying my sister," he joked.',
        ],
    ),
)

# 054: sexualised comment about a pupil under the school's video (handle).
add(
    "social",
    """TikTok · @lothian_lad_94 replying to @StAidansHS

@StAidansHS the blonde one at 0:14 in the dance video 🤤🤤 how old is she? asking for a friend

❤️ 2""",
    E("school", "handle", "sexual", url_only=True),
)

# 055: parish blog repost of the chaplain's message.
add(
    "blog",
    blog(
        "St Columba's Kirkhill - Parish Blog",
        "A Lenten message from our chaplaincy",
        "Parish office",
        "5 March 2025",
        [
            "Fr Brendan, who is also chaplain to St Aidan's High, has asked us to share the reflection he gave to the pupils at their Ash Wednesday Mass.",
            '"Lent is not about giving up chocolate," he told them. "It is about making room: room for prayer, room for kindness, room for the person nobody sits beside at lunch."',
            "Stations of the Cross will be held every Friday at 7pm.",
        ],
    ),
    E("school", "alias", "neutral"),
    E("bgallacher", "alias", "neutral"),
)

# 056: anti-Catholic hate at the chaplain and the school.
add(
    "facebook",
    """Drumbeck Community Noticeboard

Billy Shanks
Yesterday at 23:48 ·
Gallacher and his paedo church brainwashing weans in that Fenian school St Aidan's every week. Popish rubbish paid for by our council tax. Shut it doon.

😡 4 · 12 comments

Admin - Drumbeck Community Noticeboard
Post reported and member removed. Sectarianism is not welcome here.""",
    E("school", "short_name", "hate"),
    E("bgallacher", "surname_only", "hate"),
)

# 057: DECOY - a historian who shares the maths teacher's name.
add(
    "blog",
    blog(
        "The Tartan Bookshelf",
        "Review: The Clearances Reconsidered",
        "Morag Innes",
        "11 November 2024",
        [
            "John Campbell's new history of the Highland Clearances is the most readable account I have come across in years.",
            "Campbell draws on estate papers from Sutherland and Skye and refuses to reduce the story to simple villains, though the landlords hardly come out of it well.",
            "Four stars out of five.",
        ],
    ),
)

# 058: Instagram, hashtag only.
add(
    "social",
    """Instagram · erin.mcgowan_

Throwback to the S6 leavers' ceilidh 💃🕺 gonna miss these idiots so much

#StAidansHigh #Drumbeck #ClassOf2024 #ceilidh

♥ 342 likes""",
    E("school", "hashtag", "neutral"),
)

# 059: forum, grading allegation against the maths teacher.
add(
    "forum",
    forum(
        "ScotParentsNet",
        "Secondary education (Scotland)",
        "Prelim marks fixed?",
        [
            (
                "KirkhillDad",
                "Thu 30-Jan-25 21:15",
                "John Campbell at St Aidan's marks his pals' weans up. My son and his best mate handed in word-for-word the same answers in the maths prelim (they revised together) and my son got a C while his mate, whose dad golfs with Campbell, got an A. He's been doing this for years.",
            ),
            (
                "Ghillie",
                "Thu 30-Jan-25 21:33",
                "Ask for the papers back and appeal through the school. If the answers really are identical that'll show.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("jcampbell", "exact", "defamation"),
)

# 060: letter home signed with an initial.
add(
    "social",
    """@mum_of_3_drumbeck · 2h

Letter home from St Aidan's High today signed "D. Quinn, Depute Head Teacher": phones locked away in pouches from Monday, no exceptions. About time tbh. Watch the S3 meltdown 😂

💬 22  🔁 3  ❤️ 89""",
    E("school", "alias", "neutral"),
    E("dquinn", "initial_surname", "neutral"),
)

# 061: DECOY - a folk singer called Declan Quinn.
add(
    "blog",
    blog(
        "Trad Nights Out",
        "Gig review: Declan Quinn at the Ceilidh House",
        "Eilidh",
        "22 February 2025",
        [
            "Declan Quinn, the Sligo-born singer who now lives in Leith, played a packed Ceilidh House on Friday.",
            "Quinn's version of The Lakes of Pontchartrain had the whole room silent. Catch him at Celtic Connections next year.",
        ],
    ),
)

# 062: Facebook, Guidance teacher's personal email posted.
add(
    "facebook",
    """Drumbeck Mums & Dads (Private group)

Stacey Main
3h ·
St Aidan's High never answer the phone so here's Mrs Rajaratnam's personal email, priya.raj84@mail.example, got it off a friend. Email her direct and don't let her fob you off like she did with me.

💬 9 comments

Laura Tennant
Stacey you can't post people's personal emails, take this down.""",
    E("school", "alias", "negative"),
    E("prajaratnam", "title_surname", "doxxing"),
)

# 063: pupil insults the English teacher (title surname), hashtag school.
add(
    "social",
    """@liamm_2009 · 7h

Miss MacDonald is a bitter auld witch man, gave me a punny exercise for breathing 😤 #sahs #english

💬 14  🔁 0  ❤️ 37""",
    E("school", "hashtag", "neutral"),
    E("fmacdonald", "title_surname", "abuse"),
)

# 064: news, promotion.
add(
    "news",
    news(
        "Drumbeck Courier",
        "Depute to lead new Kirkhill campus",
        "Lorna Hislop",
        "6 June 2025",
        [
            "Declan Quinn, depute head teacher at St Aidan's Catholic High School, has been appointed to lead the school's new Kirkhill campus when it opens in August 2026.",
            'Mr Quinn, who grew up in Easter Drumbeck and was himself a pupil at the school, said it was "a privilege to serve the community that raised me".',
        ],
    ),
    E("school", "exact", "neutral"),
    E("dquinn", "exact", "neutral"),
)

# 065: DECOY - same town, sheltered housing called St Aidan's Court.
add(
    "news",
    news(
        "Drumbeck Courier",
        "Pensioners left without heating at sheltered housing",
        "Staff reporter",
        "9 December 2024",
        [
            "Residents of St Aidan's Court, the sheltered housing complex off Main Street in Drumbeck, have been without heating for nine days after a boiler failure.",
            'Margaret Halliday, 84, said: "We\'re sitting in our coats. Nobody from the housing association has come near us."',
            "The housing association said a replacement part had been ordered and apologised to St Aidan's Court residents.",
        ],
    ),
)

# 066: camel-case school name in plain text.
add(
    "social",
    """@ms_orr_music · 1d

Name a better Christmas concert than StAidansHigh's, I'll wait 🎄🎺 the S2 brass group playing Fairytale of New York had the whole hall singing

💬 5  🔁 4  ❤️ 71""",
    E("school", "camelcase", "neutral"),
)

# 067: forum, depute by nickname.
add(
    "forum",
    forum(
        "Old Drumbeck Memories",
        "Schooldays",
        "Where are they now?",
        [
            (
                "Gav_87",
                "Tue 15-Oct-24 20:10",
                "Dec Quinn was my history teacher at St Aidan's before he went into management. Sound guy, took us to Culloden in the pishing rain and made it the best day of third year.",
            ),
            ("Lou", "Tue 15-Oct-24 20:25", "Same! He still remembers everybody's name."),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("dquinn", "nickname", "neutral"),
)

# 068: one-star review with typos.
add(
    "review",
    """Google reviews · St Aidens High

★☆☆☆☆  Graeme Notman · 1 review · 1 week ago

Went to the St Aidens High open night. The jannie Mr Renny was rude to us in the car park before we'd even got in the door, told my wife she couldn't park there in front of our kids. Not a great first impression.

👍 3""",
    E("school", "typo", "negative"),
    E("arennie", "typo", "negative"),
)

# 069: possessive name of the head; hashtag school.
add(
    "social",
    """@drumbeck_dad_of_2 · 5h

MacLeod-Brodie's new uniform policy is a joke. £38 for a blazer from ONE supplier in Livingston, in this economy? #SAHS

💬 28  🔁 10  ❤️ 96""",
    E("school", "hashtag", "negative"),
    E("cmacleodbrodie", "possessive", "negative"),
)

# 070: DECOY - same town, the parish church of the same name.
add(
    "blog",
    blog(
        "St Aidan's Parish, Drumbeck",
        "Weekly bulletin - 23rd Sunday in Ordinary Time",
        "Canon Michael Dolan",
        "7 September 2024",
        [
            "Mass times this week: Saturday Vigil 6pm, Sunday 9.30am and 11.30am. Weekday Masses at 10am, Tuesday to Friday.",
            "Baptismal preparation for parents will take place in the St Aidan's parish hall on Thursday at 7pm.",
            "Our thanks to the SVDP group for another successful coffee morning, which raised £412.",
        ],
    ),
)

# 071: Facebook, specific allegation against the janitor (alias).
add(
    "facebook",
    """Drumbeck Buy, Sell & Swap

Roseanne Toner
8h ·
PSA: Sandy Rennie has been selling the school's PE kit on Marketplace. Seen three listings with the St Aidan's crest still on the bags, and guess whose profile it is. Check before you buy!

💬 34 comments

Gary Lowe
That's a big claim Roseanne. You sure it's him?

Roseanne Toner
Same name, same face 🤷‍♀️""",
    E("school", "short_name", "neutral"),
    E("arennie", "alias", "defamation"),
)

# 072: leetspeak sectarian hate at the school.
add(
    "social",
    """@b1ue_n0se_b0b · 2d

5t A1dans H1gh full of f3n1an scum 🤮 shouldnae be a penny of public money going to that place #NoPopeHere

💬 2  🔁 1  ❤️ 6""",
    E("school", "leetspeak", "hate"),
)

# 073: DECOY - an obituary for a stranger with the janitor's name.
add(
    "news",
    news(
        "Fife Free Journal",
        "Family notices",
        "Notices",
        "3 February 2025",
        [
            "RENNIE, Alexander (Sandy). Peacefully, at Victoria Hospital, Kirkcaldy, on 28 January 2025, aged 83. Beloved husband of the late Jean, much-loved dad of Graham and Susan and a proud papa.",
            "Funeral service at Kirkcaldy Crematorium on Tuesday 11 February at 1pm. Family flowers only, donations if desired to Chest Heart & Stroke Scotland.",
        ],
    ),
)

# 074: blog praising the PE department (exact watchlist spelling with diacritic).
add(
    "blog",
    blog(
        "Lothian School Sport",
        "How a Drumbeck PE department got 200 girls playing football",
        "Jen Ramsay",
        "12 May 2025",
        [
            "Three years ago St Aidan's Catholic High School struggled to get a girls' team together. This season it has six.",
            'PE teacher Tomasz Wiśniewski put it down to one simple change: lunchtime sessions with no teams, no scores and no boys watching. "Once they\'d had fun, they wanted to compete," he said.',
            "The school's S3 girls reached the Scottish Cup quarter-final in March.",
        ],
    ),
    E("school", "exact", "neutral"),
    E("twisniewski", "exact", "neutral"),
)

# 075: spaced-out threat at the PE teacher.
add(
    "social",
    """@wee_rab_drumbeck · 3h

W i s n i e w s k i is getting his heid kicked in at the gates on Friday, gave my wee brother a detention for nothing. PE teacher or no, he's getting it. Drumbeck knows 👊

💬 4  🔁 0  ❤️ 11""",
    E("twisniewski", "spacing", "threat"),
)

# 076: negation/condemnation trap.
add(
    "forum",
    forum(
        "Lothian Chat",
        "Local issues",
        "That post about the PE teacher",
        [
            (
                "MossyBank",
                "Sat 22-Mar-25 10:02",
                "Whatever you think of Mr Wisniewski's detention policy, threatening him online is never OK. The post going round about him getting his head kicked in is vile and I've reported it to the police. St Aidan's staff don't deserve that.",
            ),
            (
                "Calderwood_Cath",
                "Sat 22-Mar-25 10:20",
                "Agreed. Disagree with a teacher by all means, but not like that.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("twisniewski", "title_surname", "neutral"),
)

# 077: DECOY - a politician who shares the English teacher's name.
add(
    "news",
    news(
        "Highland Times",
        "Candidate selected for Skye seat",
        "Political reporter",
        "14 April 2025",
        [
            "Fiona MacDonald, a crofter and former council officer from Portree, has been selected to stand for the Scottish Parliament in Skye, Lochaber and Badenoch.",
            'MacDonald said her priorities would be ferries, housing and broadband "in that order".',
        ],
    ),
)

# 078: Facebook, office manager's home address and landline posted.
add(
    "facebook",
    """Drumbeck Mums & Dads (Private group)

Anonymous member
1h ·
Phone the St Aidan's office on 0131 496 0714 and you get nowhere, they just let it ring out. So here's Moira Baird's home: 14 Craigmuir Crescent, Easter Drumbeck, landline 0131 496 0877. See if she ignores you there.

💬 11 comments

Karen Lyle
This is out of order. Admins?""",
    E("school", "short_name", "negative"),
    E("mbaird", "exact", "doxxing"),
)

# 079: positive review, alias and title surname.
add(
    "review",
    """Google reviews · St Aidan's Drumbeck

★★★★★  Mhairi Connelly · Local Guide · 4 months ago

Great open evening at St Aidan's Drumbeck. Mr Quinn gave a really honest talk about the move from primary, the S6 buddies showing us round were lovely and my son came home actually excited. Big thumbs up.

👍 6""",
    E("school", "alias", "neutral"),
    E("dquinn", "title_surname", "neutral"),
)

# 080: first name and initial, praise.
add(
    "social",
    """@joanne_mcl · 2d

Shoutout to Priya R in guidance at SAHS who sat with my lassie for an hour after the bus incident and then phoned me at 6pm to check in. Above and beyond 💜

💬 2  🔁 1  ❤️ 44""",
    E("school", "alias", "neutral"),
    E("prajaratnam", "first_initial", "neutral"),
)

# 081: DECOY - a businessman in court who shares the parent council chair's name.
add(
    "news",
    news(
        "Tayside Courier",
        "Dundee developer denies fraud charges",
        "Court reporter",
        "30 October 2024",
        [
            "Property developer Gordon Muir, 58, of Broughty Ferry, has pleaded not guilty to three charges of fraud relating to unfinished flats in Lochee.",
            "Muir's trial is expected to last three weeks. He was granted bail.",
        ],
    ),
)

# 082: forum, sexualised talk about senior pupils (school alias, url_only).
add(
    "forum",
    forum(
        "lads-chat.example",
        "Off topic",
        "Drumbeck prom pics",
        [
            (
                "rab_c_85",
                "Sun 22-Jun-25 01:14",
                "anyone seen the SAHS sixth year prom pics on facebook? some of them in the tartan dresses are something else 🥵 no way they're 17",
            ),
            ("jd_lothian", "Sun 22-Jun-25 01:20", "link?"),
            ("rab_c_85", "Sun 22-Jun-25 01:22", "check the school page lol"),
        ],
    ),
    E("school", "alias", "sexual", url_only=True),
)

# 083: news about a cut subject; the head quoted; a commenter criticises the head.
add(
    "news",
    news(
        "West Lothian Herald",
        "Parents angry as Drumbeck school drops Higher Drama",
        "Education correspondent",
        "11 February 2025",
        [
            "Parents at St Aidan's Catholic High School have criticised a decision to stop offering Higher Drama from August, leaving current S4 pupils with nowhere to continue the subject.",
            'Parent council chair Gordon Muir said families had been "given a decision, not a consultation".',
            "Head teacher Catriona MacLeod-Brodie said falling numbers meant the course was no longer viable and that pupils could study it through the West Lothian virtual campus.",
        ],
        [
            (
                "Lynne P",
                "11 February 2025 18:44",
                "Typical. MacLeod-Brodie cuts everything except the senior management team. Shocking decision.",
            ),
            (
                "Drama mum",
                "11 February 2025 19:02",
                "My daughter wants to go to RCS. What is she supposed to do now?",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("cmacleodbrodie", "exact", "negative"),
    E("gmuir", "exact", "neutral"),
)

# 084: obfuscated insult at the chaplain.
add(
    "social",
    """@truth_teller_wl · 6h

Fr G*ll*cher, the St Aidan's chaplain, is a creepy auld hypocrite and should be nowhere near a school. Can't stand the man.

💬 3  🔁 0  ❤️ 5""",
    E("school", "short_name", "neutral"),
    E("bgallacher", "obfuscated", "abuse"),
)

# 085: DECOY - a Glasgow plumber who shares the maths teacher's name.
add(
    "review",
    """Reviews · John Campbell Plumbing, Shawlands

★★☆☆☆  "Turned up late"
John Campbell arrived two hours after the slot he gave us and left a mess in the kitchen. The leak is fixed, I'll give him that.
- Reviewed by K. Anderson, Glasgow""",
)

# 086: Facebook, office manager thanked.
add(
    "facebook",
    """Drumbeck Community Noticeboard

Angela Dolan
Yesterday ·
Just want to say a massive thank you to Mrs Baird in the St Aidan's office who found my son's inhaler in lost property and drove it round to the sports centre when he'd left it. Some folk go above and beyond ❤️

❤️👍 88 · 14 comments

Joe Keenan
She's a gem, always has been.""",
    E("school", "short_name", "neutral"),
    E("mbaird", "title_surname", "neutral"),
)

# 087: campaign hashtags for both the depute and the school.
add(
    "social",
    """@fedup_parent_wl · 12h

Another exclusion for a P7-to-S1 wean with ADHD, another parent ignored. How many more? #DeclanQuinnOut #StAidansHigh #InclusionMatters

💬 17  🔁 22  ❤️ 65""",
    E("school", "hashtag", "negative"),
    E("dquinn", "hashtag", "negative"),
)

# 088: DECOY - the amateur football club of the same name on social media.
add(
    "social",
    """@StAidansAFC_Glasgow · 1d

FULL TIME ⚽ St Aidan's 3-1 Giffnock North. Brilliant shift from the boys, three points in the bag. #StAidans #COYS #GGAL

💬 5  🔁 8  ❤️ 47""",
)

# 089: blog attacking the head personally.
add(
    "blog",
    blog(
        "Drumbeck Unfiltered",
        "Time for her to go",
        "A Drumbeck parent",
        "3 March 2025",
        [
            "I've bitten my tongue for two years. No more. Catriona MacLeod-Brodie is the worst head teacher in West Lothian: an arrogant, incompetent bully who treats parents like an inconvenience and staff like furniture.",
            "St Aidan's Catholic High School has lost its best teachers, its drama department and its reputation on her watch, and the council doesn't seem to care.",
        ],
        [
            ("Former staff", "3 March 2025", "Couldn't have put it better."),
            (
                "Another parent",
                "4 March 2025",
                "This is a bit much. She's not perfect but she's not the devil either.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("cmacleodbrodie", "exact", "abuse"),
)

# 090: reply to the PE teacher's own handle.
add(
    "social",
    """@ryanb_09 · 4h

@MrWizPE cheers for the extra training sessions sir 💪 made the West Lothian squad!!

💬 1  🔁 0  ❤️ 29

@MrWizPE replying to @ryanb_09: Fully deserved. Proud of you, now get your homework done.""",
    E("twisniewski", "handle", "neutral"),
)

# 091: typo surname, drinking allegation; school criticised.
add(
    "forum",
    forum(
        "ScotParentsNet",
        "Secondary education (Scotland)",
        "Teacher drunk at tournament?",
        [
            (
                "Pitch_side_mum",
                "Mon 09-Sep-24 22:30",
                "Wisnieski turned up stinking of drink at the S3 football tournament in Livingston on Saturday. Slurring his words in front of the kids. And SAHS still let him drive the minibus home. Unbelievable.",
            ),
            (
                "Heather_and_Thistle",
                "Mon 09-Sep-24 22:51",
                "If that's true you need to report it to the council today.",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("twisniewski", "typo", "defamation"),
)

# 092: DECOY - the saint's feast day.
add(
    "social",
    """@holy_island_walks · 31 Aug

Happy St Aidan's Day from Lindisfarne 🌊 Crossing the Pilgrims' Way at low tide this morning with 40 walkers. Aidan came here from Iona in 635; still feels like a thin place.

💬 6  🔁 19  ❤️ 210""",
)

# 093: council cuts news; a councillor shares the maths teacher's name (trap: not him).
add(
    "news",
    news(
        "West Lothian Herald",
        "Four schools face cuts to support staff",
        "Local democracy reporter",
        "25 February 2025",
        [
            "St Aidan's High in Drumbeck is one of four West Lothian secondaries set to lose classroom assistant posts under budget proposals published on Monday.",
            'The proposals were presented by Councillor John Campbell, the education convener, who said: "Nobody went into politics to make cuts like these."',
            "Unions have called for a rethink.",
        ],
    ),
    E("school", "alias", "neutral"),
)

# 094: video of the janitor (no name), school mentioned.
add(
    "social",
    """TikTok · @ellie.mcg · 1w

the jannie at st aidans doing the worm at the charity ceilidh 😭😭 absolute legend

#ceilidh #jannie #scottishtiktok

❤️ 8,412   💬 302""",
    E("school", "short_name", "neutral"),
)

# 095: adult sexualised comments about the English teacher.
add(
    "facebook",
    """Drumbeck Lads (Private group)

Stuart Geddes
1d ·
Parents' night at St Aidan's tonight and the English teacher Fiona MacDonald is wearing THAT dress again 🥵 I'd be happy to stay behind for extra lessons with her if you know what I mean 😏

😂 19 · 8 comments

Mark Hutchison
😂😂 behave""",
    E("school", "short_name", "neutral"),
    E("fmacdonald", "exact", "sexual"),
)

# 096: DECOY - an English primary of the same name.
add(
    "news",
    news(
        "Wigan Evening Post",
        "Primary school rated good by Ofsted",
        "Education reporter",
        "16 October 2024",
        [
            'St Aidan\'s Catholic Primary School in Beech Hill has been rated "good" in all areas by Ofsted following its first inspection in eight years.',
            'Head teacher Sarah Whiteside said: "Everyone at St Aidan\'s has worked incredibly hard for this."',
        ],
    ),
)

# 097: rating-site link with a hyphenated name; school hashtag.
add(
    "social",
    """@s4_survivor · 2d

someone's made a rate-my-teacher page for our maths teacher 💀 ratemyteacher.example/scotland/john-campbell-maths 1.2 stars, "sets homework on his own birthday" #SAHS

💬 9  🔁 3  ❤️ 57""",
    E("school", "hashtag", "neutral"),
    E("jcampbell", "hyphenated", "negative"),
)

# 098: initial and surname on a homework sheet.
add(
    "social",
    """@nat5_struggles · 1d

the homework sheet from St Aidan's High signed "J. Campbell" has the wrong answers on the back, spent an HOUR trying to get -7 when the answer is 7. sir pls 😭

💬 4  🔁 0  ❤️ 23""",
    E("school", "alias", "neutral"),
    E("jcampbell", "initial_surname", "negative"),
)

# 099: DECOY - SAHS as a medical abbreviation.
add(
    "blog",
    blog(
        "Sleep Matters",
        "SAHS: what your snoring might be telling you",
        "Dr N. Patel",
        "2 January 2025",
        [
            "Sleep apnoea-hypopnoea syndrome (SAHS) affects an estimated 1.5 million adults in the UK, most of them undiagnosed.",
            "If your partner notices you stopping breathing at night, or you wake unrefreshed despite a full night's sleep, speak to your GP about referral to a sleep clinic.",
        ],
    ),
)

# 100: insults at the parent council chair.
add(
    "facebook",
    """Drumbeck Mums & Dads (Private group)

Anonymous member
5h ·
Gordon Muir is a self-important wee bam who thinks chairing the St Aidan's High parent council makes him royalty. Talks down to every mum in the room.

💬 13 comments

Lorraine Baxter
Harsh but fair 😂""",
    E("school", "alias", "neutral"),
    E("gmuir", "exact", "abuse"),
)

# 101: possessive surname of the Guidance teacher.
add(
    "social",
    """@mammy_bear_wl · 8h

Rajaratnam's CAMHS referral for my daughter took SIX months to even get sent. Six months. St Aidans need to get a grip of their guidance department.

💬 19  🔁 4  ❤️ 61""",
    E("school", "short_name", "negative"),
    E("prajaratnam", "possessive", "negative"),
)

# 102: letter to the editor signed with initial and surname.
add(
    "news",
    news(
        "Drumbeck Courier",
        "Letters: Phones policy is working",
        "Readers' letters",
        "20 May 2025",
        [
            "Sir, - I write in response to last week's letter about mobile phones. Since introducing phone pouches at St Aidan's Catholic High School in January, referrals for online bullying have fallen by half and our library is busier at lunchtime than it has been in a decade.",
            "I am grateful to parents for their support.",
            "C. MacLeod-Brodie, Head Teacher, Bankton Road, Drumbeck",
        ],
    ),
    E("school", "exact", "neutral"),
    E("cmacleodbrodie", "initial_surname", "neutral"),
)

# 103: DECOY - an American high school abbreviated SAHS.
add(
    "social",
    """@SAHS_Band_Ohio · 3h

What a night at the Friday game! 🏈🎺 So proud of the SAHS Marching Cardinals for their halftime show. Springfield Avenue High School, we love you!

💬 12  🔁 6  ❤️ 180""",
)

# 104: first name and initial, complaint; school criticised.
add(
    "forum",
    forum(
        "Lothian Chat",
        "Schools",
        "English teacher picking on my son",
        [
            (
                "Dad_of_twins",
                "Wed 26-Feb-25 19:00",
                "Fiona M. in the English department at St Aidan's High has had it in for my son since S2. Every piece of work comes back covered in red, his pal copies the same structure and gets praised. When I complained the school just backed her without looking into it.",
            ),
            (
                "Marie_R",
                "Wed 26-Feb-25 19:22",
                "Could be worth asking for a second marker on a piece of work?",
            ),
        ],
    ),
    E("school", "alias", "negative"),
    E("fmacdonald", "first_initial", "negative"),
)

# 105: DECOY - a children's entertainer who shares the PE teacher's alias.
add(
    "review",
    """Reviews · Mr Wiz Magic & Balloons, Falkirk

★★★★★  "Kids were spellbound"
Booked Mr Wiz for our twins' 6th birthday. He kept 25 five-year-olds entertained for an hour and a half, which is genuinely magic. The balloon swords went down a storm.
- Reviewed by Debbie, Grangemouth

★★★★☆  "Great value"
Mr Wiz was brilliant, only lost a star because he arrived 10 minutes late.""",
)

# 106: obfuscated school name, criticism with masked profanity.
add(
    "social",
    """@leaver_2023 · 1d

St A*dan's High is an absolute sh*thole, can't believe I wasted six years there. Zero careers advice, zero support. Glad to be out.

💬 8  🔁 1  ❤️ 34""",
    E("school", "obfuscated", "negative"),
)

# 107: leetspeak insult at the Guidance teacher.
add(
    "social",
    """@anon_s5_wl · 3h

Mrs R4j4r4tn4m is a useless two-faced snake, tells you one thing and then goes straight to your parents 🐍 guidance my a**e

💬 6  🔁 0  ❤️ 18""",
    E("prajaratnam", "leetspeak", "abuse"),
)

# 108: DECOY - a takeaway sharing the Guidance teacher's alias.
add(
    "review",
    """Google reviews · Mrs Raj's Kitchen, Dumbarton Road, Glasgow

★★★★★  Paul McK · 2 weeks ago
Best chicken dopiaza in the west end. Mrs Raj herself came out to ask how everything was. Portions massive.

★★★☆☆  Shona · a month ago
Food lovely but delivery took 90 minutes.""",
)

# 109: direct threat against the school via its handle.
add(
    "social",
    """@x_d_m_x_x · 18m

@StAidansHS I'm coming in wi a blade on Monday, you've all been warned. See how you like it.

💬 0  🔁 0  ❤️ 0""",
    E("school", "handle", "threat"),
)

# 110: news report of an arrest over an online threat (trap).
add(
    "news",
    news(
        "Drumbeck Courier",
        "Teenager charged after online threat to Drumbeck school",
        "Staff reporter",
        "24 March 2025",
        [
            "A 16-year-old boy has been charged in connection with a threatening social media post directed at St Aidan's Catholic High School.",
            "The post, which referred to bringing a knife into the school, was reported to police on Sunday evening. Officers were present at the gates on Monday morning as a precaution.",
            'Head teacher Catriona MacLeod-Brodie wrote to parents: "The school was never at risk and classes ran as normal. I want to thank the families who reported the post so quickly."',
        ],
        [
            ("Anna", "24 March 2025 12:40", "Thank goodness it was dealt with quickly."),
        ],
    ),
    E("school", "exact", "neutral"),
    E("cmacleodbrodie", "exact", "neutral"),
)

# 111: DECOY - a different Declan Quinn in a court report with a quoted threat.
add(
    "news",
    news(
        "Tayside Courier",
        "Man jailed for threatening neighbours",
        "Court reporter",
        "12 December 2024",
        [
            'Declan Quinn, 29, of Fintry, Dundee, was jailed for eight months after shouting "I\'ll stab the lot of you" at neighbours during a row about parking.',
            "Sheriff Gregor Murray said Quinn's record of violence left him no alternative to custody.",
        ],
    ),
)

# 112: teacher's blog reflecting on abuse of heads; alias of the head.
add(
    "blog",
    blog(
        "Chalkface Scotland",
        "Nobody warns you about the Facebook groups",
        "A depute head somewhere in the Central Belt",
        "9 April 2025",
        [
            "I watched a colleague, Catriona Brodie, get torn apart in a parents' group last month over a uniform policy she inherited. She handled it with more grace than I would have.",
            "Heads are public figures now whether we like it or not. The council's advice amounts to \"don't read the comments\".",
        ],
    ),
    E("cmacleodbrodie", "alias", "neutral"),
)

# 113: spaced-out abbreviation of the school.
add(
    "social",
    """@drumbeck_mum_of_4 · 4h

S A H S cannae even organise a bus for the S2 trip to New Lanark. Forty weans standing in the rain at Bankton Road for an hour. Every. Single. Year.

💬 21  🔁 6  ❤️ 77""",
    E("school", "spacing", "negative"),
)

# 114: surname only, criticism of the maths teacher.
add(
    "forum",
    forum(
        "ScotParentsNet",
        "Secondary education (Scotland)",
        "Nat 5 maths worries",
        [
            (
                "LivingstonLass",
                "Thu 06-Mar-25 20:45",
                "My son says Campbell spends half the period on his laptop and the class just does what it likes. Prelim results were dreadful. St Aidan's need to get somebody in there who actually teaches.",
            ),
            (
                "Ghillie",
                "Thu 06-Mar-25 21:02",
                "Get him a tutor for the last few months if you can, it made all the difference for us.",
            ),
        ],
    ),
    E("school", "short_name", "negative"),
    E("jcampbell", "surname_only", "negative"),
)

# 115: DECOY - a Drumbeck bakery sharing the maths teacher's surname.
add(
    "facebook",
    """Drumbeck Community Noticeboard

Morag Lindsay
2h ·
Campbell's Bakery on Main Street has the steak pies back in!! Get down before they're all gone 🥧 John and the girls are run off their feet.

😍 102 · 26 comments""",
)

# 116: dinner-money allegation against the office manager; school accused of a cover-up.
add(
    "facebook",
    """Drumbeck Mums & Dads (Private group)

Anonymous member
3h ·
Not being funny but Moira Baird in the St Aidan's office has been helping herself to the dinner money for years, ask anyone who's worked there. And the school covers for her every time.

💬 29 comments

Carol Weir
You can't just post that about somebody without evidence.""",
    E("school", "short_name", "negative"),
    E("mbaird", "exact", "defamation"),
)

# 117: nickname of the PE teacher; school hashtag.
add(
    "social",
    """@drumbeck_runners · 1d

Good luck to Tomek Wisniewski who's running the Drumbeck 10K on Sunday dressed as a Highland cow to raise money for the school minibus 🐮🏃 #SAHS #Drumbeck10K

💬 7  🔁 15  ❤️ 132""",
    E("school", "hashtag", "neutral"),
    E("twisniewski", "nickname", "neutral"),
)

# 118: news, janitor assaulted; commenters threaten the (unnamed) attacker, not any subject (trap).
add(
    "news",
    news(
        "West Lothian Herald",
        "School janitor injured by intruder",
        "Staff reporter",
        "3 April 2025",
        [
            "Police are appealing for witnesses after a janitor at St Aidan's Catholic High School was assaulted by an intruder in the early hours of Wednesday.",
            "Alexander Rennie, 61, disturbed a man trying to break into the technical department at around 5.30am. He was treated in hospital for a head injury and has since been released.",
        ],
        [
            (
                "Big Davie",
                "3 April 2025 13:15",
                "If I find the scumbag who did this he'll be needing a hospital himself.",
            ),
            ("Shona Bell", "3 April 2025 13:40", "Get well soon Eck. Thinking of you."),
        ],
    ),
    E("school", "exact", "neutral"),
    E("arennie", "exact", "neutral"),
)

# 119: DECOY - a janitor at a different (feeder) school in a local district.
add(
    "facebook",
    """Kirkhill Parents Chat

Jen Mullan
4h ·
The jannie at Kirkhill Primary locked the gates at 3.15 on the dot again while half the P1 parents were still in the playground. Had to climb over with a buggy. Sort it out!!

😡 17 · 9 comments""",
)

# 120: adult sexualised comment about the head (alias).
add(
    "social",
    """@big_tam_wl · 2d

Parents' night at the school and Mrs M-B in that pencil skirt 🥵🥵 I'd let her give me detention any day of the week. Drumbeck's finest

💬 3  🔁 0  ❤️ 9""",
    E("cmacleodbrodie", "alias", "sexual"),
)

# 121: parody account name in camel case.
add(
    "social",
    """@kirkhill_gossip · 3d

Whoever runs the parody account MacLeodBrodieSays is a genius 😂 "Today I cancelled Christmas to improve attainment" had me crying. Cannae believe she hasn't had it taken down yet.

💬 40  🔁 58  ❤️ 410""",
    E("cmacleodbrodie", "camelcase", "negative"),
)

# 122: news, English teacher's charity climb.
add(
    "news",
    news(
        "Drumbeck Courier",
        "Teacher to climb Kilimanjaro for cancer charity",
        "Lorna Hislop",
        "2 July 2025",
        [
            "Fiona MacDonald, an English teacher at St Aidan's High, will climb Mount Kilimanjaro in September to raise money for the Beatson Cancer Charity, which cared for her mother.",
            'Her S4 class have already raised £900 through a bake sale and a sponsored silence, which she described as "the quietest hour of my career".',
        ],
        [
            (
                "Gran Isa",
                "2 July 2025 10:05",
                "Good luck Miss MacDonald!! You taught my grandson and he still talks about you.",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
    E("fmacdonald", "exact", "neutral"),
)

# 123: four-star review; maths teacher praised.
add(
    "review",
    """Google reviews · St Aidan's High School

★★★★☆  Derek Forrest · 3 reviews · 5 months ago

Solid school. My daughter went from hating maths to getting an A at National 5 thanks to Mr Campbell, who ran free revision classes every Wednesday after school. Lost a star for the state of the toilets.

👍 9""",
    E("school", "alias", "neutral"),
    E("jcampbell", "title_surname", "neutral"),
)

# 124: drink-driving allegation against the depute.
add(
    "social",
    """@drumbeck_truth · 6h

Heard Declan Quinn, the St Aidan's depute, got stopped drink driving on the A89 at Christmas and the council hushed it up so he could keep his job. One rule for them.

💬 14  🔁 7  ❤️ 25""",
    E("school", "short_name", "neutral"),
    E("dquinn", "exact", "defamation"),
)

# 125: Facebook share of sports-day photos; a commenter sexualises pupils.
add(
    "facebook",
    """Drumbeck Community Noticeboard

Shona Bell
Yesterday ·
Lovely photos from sports day at St Aidan's High, well done to everybody who took part ☀️🏃‍♀️ [12 photos]

❤️ 140 · 22 comments

Jim Cowan
Some cracking wee lassies in the S3 relay photos 😏 number 7 especially

Shona Bell
@Jim Cowan that's a 14 year old. Reported and blocked.

Admin - Drumbeck Community Noticeboard
Comment removed and reported to Police Scotland.""",
    E("school", "alias", "sexual", url_only=True),
)

# 126: allegation against the parent council chair (surname only).
add(
    "forum",
    forum(
        "Lothian Chat",
        "Local issues",
        "Parent council accounts",
        [
            (
                "WestLothianWatcher",
                "Tue 13-May-25 21:10",
                "Worth asking why the tuck shop money never makes it into the St Aidan's High parent council accounts. Muir has been pocketing it for two years, his wife does the banking, and nobody else has seen a statement.",
            ),
            (
                "MossyBank",
                "Tue 13-May-25 21:25",
                "Have you raised it at an AGM? That's where the accounts get approved.",
            ),
        ],
    ),
    E("school", "alias", "neutral"),
    E("gmuir", "surname_only", "defamation"),
)

# 127: community blog, janitor by alias.
add(
    "blog",
    blog(
        "Drumbeck Diaries",
        "Characters of the town: the jannie",
        "Isobel Grant",
        "18 January 2025",
        [
            "Every town has one. Ours is Sandy Rennie, janitor at St Aidan's Drumbeck since the days of overhead projectors, fixer of bikes and finder of lost PE bags.",
            "Ask any former pupil and they'll have a story: the snow day he cleared the whole car park by himself, the year he grew a beard for charity and the S1s thought he was a new teacher.",
        ],
        [
            ("Lou", "18 January 2025", "Love this. A true Drumbeck institution."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("arennie", "alias", "neutral"),
)

# 128: threat at the head (surname only); school named in a hashtag only.
add(
    "social",
    """@nae_messin_wl · 5h

MacLeod-Brodie better hope I don't see her in the Asda car park, she'll be leaving in an ambulance. Excluding my wean for a week over a vape. #SAHS

💬 2  🔁 0  ❤️ 4""",
    E("school", "hashtag", "neutral"),
    E("cmacleodbrodie", "surname_only", "threat"),
)

# 129: condemnation of abuse at the chaplain (trap).
add(
    "facebook",
    """Drumbeck Community Noticeboard

Mary Kerrigan
3h ·
Whatever folk think about the church, the abuse Father Gallacher got at the St Aidan's gates yesterday morning was disgraceful. Grown men shouting sectarian rubbish at a 70-year-old priest in front of first years. That's not who Drumbeck is.

❤️👍 203 · 45 comments

John Paul McKenna
Well said Mary. Father Gallacher has done so much for this town.""",
    E("school", "short_name", "neutral"),
    E("bgallacher", "title_surname", "neutral"),
)

# 130: complaint via the school's handle.
add(
    "social",
    """@kerrie_t_77 · 2h

@StAidansDrumbeck still no reply to my email from three weeks ago about my son's additional support plan. Is anyone actually reading these??

💬 1  🔁 0  ❤️ 6""",
    E("school", "handle", "negative"),
)

# 131: office manager by her former (maiden) name, an alias.
add(
    "forum",
    forum(
        "Old Drumbeck Memories",
        "Schooldays",
        "School office ladies",
        [
            (
                "Tam_1974",
                "Sun 02-Feb-25 14:00",
                "Is that Moira Thomson that used to sit in the St Aidan's office when we were there? She's still in there, thirty years on! Married now I think.",
            ),
            (
                "Moyra G",
                "Sun 02-Feb-25 14:12",
                "Aye, same Moira. Lovely woman, remembered my name after 20 years.",
            ),
        ],
    ),
    E("school", "short_name", "neutral"),
    E("mbaird", "alias", "neutral"),
)

# 132: PE teacher's home address posted (possessive surname).
add(
    "social",
    """@justice4drumbeck · 1h

Wiśniewski's home address: 3 Kestrel Way, Kirkhill. Since the PE department won't listen, go round and tell him what you think of him humiliating weans in front of the whole class.

💬 5  🔁 11  ❤️ 14""",
    E("twisniewski", "possessive", "doxxing"),
)

# 133: news, chaplain's retirement.
add(
    "news",
    news(
        "Drumbeck Courier",
        "Chaplain retires after 18 years",
        "Lorna Hislop",
        "27 June 2025",
        [
            "St Aidan's Catholic High School said farewell on Friday to its chaplain, Father Brendan Gallacher, who is retiring after 18 years at the school and at St Columba's parish in Kirkhill.",
            'Pupils presented him with a signed Hibs top and a book of memories. Fr Gallacher said he would "miss the noise most of all".',
        ],
        [
            (
                "John Paul McKenna",
                "27 June 2025 17:20",
                "A gentleman. Enjoy your retirement Father.",
            ),
        ],
    ),
    E("school", "exact", "neutral"),
    E("bgallacher", "exact", "neutral"),
)

# 134: campaign hashtag for the head.
add(
    "social",
    """@wl_parents_voice · 9h

#MacLeodBrodieOut is now the top post in the Drumbeck mums' group 👀 when even the PTA regulars have had enough, maybe the council should listen

💬 33  🔁 27  ❤️ 150""",
    E("cmacleodbrodie", "hashtag", "negative"),
)

# 135: office manager by first name and initial, praise.
add(
    "facebook",
    """Drumbeck Community Noticeboard

Paul Reid
Yesterday ·
Big thanks to Moira B at the St Aidan's office who sorted my lad's bus pass in about five minutes after I'd been going round in circles with the council for a month. Legend.

👍 41 · 6 comments""",
    E("school", "short_name", "neutral"),
    E("mbaird", "first_initial", "neutral"),
)

# 136: insult at the PE teacher (alias).
add(
    "forum",
    forum(
        "ScotParentsNet",
        "Secondary education (Scotland)",
        "PE kit rules",
        [
            (
                "Hamish_dad",
                "Fri 31-Jan-25 18:30",
                "Mr Wiz at St Aidan's High sent my son to sit in the changing room for an hour because his socks were the wrong colour. The man's an absolute muppet, a wee power-tripping gym bunny.",
            ),
            ("Pitch_side_mum", "Fri 31-Jan-25 18:44", "Ha, my daughter calls him that too."),
        ],
    ),
    E("school", "alias", "neutral"),
    E("twisniewski", "alias", "abuse"),
)

# 137: homoglyph surname of the maths teacher, insult.
add(
    "social",
    """@s3_maths_hater · 6h

Mr \u0421\u0430mpbell is a total walloper, worst maths teacher in Drumbeck by a mile. Shouted at me for asking a question. A QUESTION.

💬 5  🔁 0  ❤️ 19""",
    E("jcampbell", "homoglyph", "abuse"),
)

# 138: repost of the school's own post; Guidance teacher's full name.
add(
    "social",
    """Drumbeck Courier @DrumbeckCourier reposted

St Aidan's Catholic High School @StAidansHS · 1d
Congratulations to our Principal Teacher of Guidance, Priya Rajaratnam, who has been named West Lothian Pupil Support Practitioner of the Year 🏆 Thoroughly deserved!

💬 12  🔁 30  ❤️ 260""",
    E("school", "exact", "neutral"),
    E("prajaratnam", "exact", "neutral"),
)

# 139: mum's blog about bullying; possessive of the depute, title surname of Guidance.
add(
    "blog",
    blog(
        "Letters to Nobody",
        "Why we're moving schools",
        "Claire",
        "8 May 2025",
        [
            "After eighteen months of my son being bullied at St Aidan's Catholic High School, we've made the decision to move him.",
            'Mrs Rajaratnam in guidance was kind but clearly overwhelmed. Quinn\'s response, when I finally got a meeting, was to suggest my son "toughen up a bit". That was the end for me.',
            "I hope other families have a better experience than we did.",
        ],
        [
            (
                "Marie_R",
                "8 May 2025",
                "So sorry Claire. Almost exactly the same thing happened to us.",
            ),
        ],
    ),
    E("school", "exact", "negative"),
    E("prajaratnam", "title_surname", "negative"),
    E("dquinn", "possessive", "negative"),
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
