#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the heldout25 labelled evaluation corpus for the repwatch matcher.

Setting
    Spindle Bank Academy ("Spindle Bank", "Spindle", "SBA"; formerly Brindlecote High School),
    an invented 11-16 academy in Brindlecote, an invented East Lancashire former mill town, in the
    Pennine Weavers Learning Trust. Pupils come from Tanpits (terraced streets, a large Pakistani-
    and Bangladeshi-heritage community, Tanpits Jamia Masjid) and the white working-class Ellerby
    Fold estate (St Bartholomew's church). Storylines, September 2024 to June 2025: protests over
    relationships and sex education; a rumour campaign about the governors and the food bank the
    mosque and church run together; far-right leaflet drops on Ellerby Fold; an Ofsted downgrade
    from good to requires improvement; a popular maths teacher with a TikTok account; a strict
    head of Year 10 who is suspended, cleared, and threatened; the girls' cricket partnership with
    Brindlecote Cricket Club. The short name "Spindle" is an ordinary word; "SBA" is also used by
    the US Small Business Administration, the Sovereign Base Areas and a School Business Alliance.
    All names, places, phone numbers (01632 960xxx / 07700 900xxx), postcodes (BB99) and domains
    (.example) are fictitious.

Staff (watchlist.toml)
    Rachel Ormerod-Baines, headteacher (hyphenated; maiden name Rachel Ormerod as an alias);
    Robert Haworth, head of Year 10 (nicknames Bob, Rob, Robbie); Lysander Ackroyd, maths teacher
    (the one unique = true name); Joanne O'Driscoll, head of PSHE and RSE lead (apostrophe;
    alias Joanne ODriscoll); Farhan Siddiqui, deputy head and DSL; Paul Walker, head of PE (a very
    common name with namesakes in the decoys); Shabana Akhtar, SENCo (maiden name Shabana Hussain);
    Tariq Mahmood, chair of governors; Amélie Fournier, French teacher (accent; alias Amelie
    Fournier). Excludes: Spindle Bank Motors, Spindle Bank Mill Apartments, SBA Solicitors, Spindle
    Bank Vets, Spindle Bank Garden Centre.

Voices
    Local news site with comments (Brindlecote Gazette), regional papers (Lancs Today, North West
    Evening Courier), a national tabloid (Daily Clarion), an education news site, parents'
    Facebook groups (official-looking, unofficial, "uncensored", estate residents, a mosque
    sisters' network, an old-schoolfriends group), a Mumsnet-style forum (ParentTalk), a teachers'
    forum (Staffroom.net), Google / Indeed / Glassdoor reviews, X, TikTok, Instagram and Snapchat
    extracts, a local politics blog, a Christian parent's blog, a teacher's blog, a far-right
    group's blog and leaflet text, food bank, parish, mosque, cricket club and trust newsletters,
    council minutes and job adverts.

Decoys (documents with "expected": [])
    "spindle" as an ordinary word (hand spinning, the spindle tree, a bike bottom bracket, mill
    history, a pantomime, a yoga studio, a design agency); the excluded lookalike businesses; SBA
    as other bodies; namesakes clearly elsewhere (Paul Walker the actor, a Devon plumber and a Kent
    councillor; a Cork B&B host Joanne O'Driscoll; a Bradford League cricketer Tariq Mahmood; a
    Dales farmer Robert Haworth; a Leicester cardiologist Farhan Siddiqui; a Birmingham dentist
    Shabana Akhtar; a Cumbrian potter Rachel Ormerod; a Quebec novelist Amélie Fournier; Haworth
    the village; a councillor Margaret Ackroyd); other Brindlecote schools and clubs; pages that
    describe the school or its staff without naming them.

Labelling conventions
    One expected entry per subject per document, with the easiest form present (exact > alias >
    title_surname > the rest) and the worst category for that subject in that document, ranked
    threat > hate > sexual > doxxing > defamation > abuse > negative > neutral. For the school the
    full name is exact, "Spindle" alone is short_name, other aliases (any case) are alias. The
    school is a subject only where one of its names or name forms appears (a handle or hashtag
    built on its name counts); "the academy in Tanpits" ties staff to it but is not itself labelled.
    Non-unique staff are labelled only where the page ties them to the school (a school name or
    form, a locality such as Brindlecote, Tanpits or Ellerby Fold, including in a group or account
    name, or their role in context); Lysander Ackroyd is labelled wherever named. possessive is a
    bare surname with 's ("Ackroyd's"); hyphenated is the hyphenated surname with the hyphen
    dropped or only one half used ("Rachel Ormerod Baines", "Mrs Baines"); first_initial is
    "Lysander A."; initial_surname is "R. Haworth". Praise inside an attack on someone else,
    quoting abuse to condemn it, news of a harasser's arrest or conviction, jokes and untargeted
    swearing are neutral for the person concerned. News or rumour of a suspension or investigation
    is defamation for the person. Suggestions of sexual interest in or contact with pupils are
    sexual with url_only true, for the staff member and for the school where the school is named;
    pupils' crushes and adult innuendo about a teacher are sexual with url_only false.

Running
    python3 tests/corpus_heldout25/build_heldout25.py [--audit]
    (from any directory) rewrites docs/ and labels.jsonl beside this file, checks every label
    (form present in the document text, subject in watchlist.toml, valid category and variant,
    corpus size and variant coverage) and prints a summary; exits 1 on any problem. --audit also
    lists documents where a watched name or alias appears without a label (decoys are expected).
"""

from __future__ import annotations

import html
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"
LABELS = HERE / "labels.jsonl"
WATCHLIST = HERE / "watchlist.toml"

CATEGORIES = ("threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral")
SERIOUS = ("threat", "hate", "sexual", "doxxing", "defamation", "abuse")
VARIANTS = (
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
)
HTML_KINDS = ("news", "forum", "blog")
TEXT_KINDS = ("review", "social", "facebook")

# subject ids
S = "school"
HEAD = "rormerodbaines"
HAW = "rhaworth"
ACK = "lackroyd"
ODR = "jodriscoll"
SID = "fsiddiqui"
WAL = "pwalker"
AKH = "sakhtar"
MAH = "tmahmood"
FOU = "afournier"

# categories
T, H, SX, DX, DF, AB, NG, NU = CATEGORIES


def E(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> dict:
    """One expected mention; `form` is only used by the build check."""
    return {"subject": subject, "variant": variant, "category": category, "url_only": url_only, "form": form}


SITES = {
    "gazette": ("Brindlecote Gazette", "brindlecotegazette.example", ["News", "Sport", "Brindlecote Life", "Schools", "Letters", "Announcements"], "© Brindlecote Gazette Ltd, 3 Dyehouse Yard, Brindlecote BB99 3QT. Part of Pennine Local Media."),
    "lancstoday": ("Lancs Today", "lancstoday.example", ["Home", "News", "Education", "Crime", "What's On", "Jobs"], "Lancs Today is an independent news site. Complaints: editor@lancstoday.example"),
    "courier": ("North West Evening Courier", "nwcourier.example", ["News", "Politics", "Education", "Business", "Sport", "Opinion"], "© North West Evening Courier. Regulated by IPSO."),
    "clarion": ("Daily Clarion", "dailyclarion.example", ["News", "Showbiz", "Politics", "Femail", "Money", "Sport"], "© Clarion Media Group. All rights reserved."),
    "parenttalk": ("ParentTalk", "parenttalk.example", ["Talk", "Secondary education", "SEN", "Am I being unreasonable?", "Relationships", "Log in"], "ParentTalk forums. Posts are the views of members, not of ParentTalk."),
    "staffroom": ("Staffroom.net", "staffroom.example", ["Forums", "Secondary", "Leadership", "Workload", "Jobs", "Sign in"], "Staffroom.net community forums for education professionals."),
    "unspun": ("Brindlecote Unspun", "brindlecoteunspun.example", ["Home", "Council", "Schools", "Planning", "About"], "Brindlecote Unspun is written by one local resident in their spare time."),
    "patriot": ("East Lancs Patriot", "eastlancspatriot.example", ["Home", "Our Towns", "Leaflets", "Donate", "Contact"], "Printed and promoted by East Lancs Patriot, PO Box 441, BB99 0ZZ."),
    "saltlight": ("Salt and Light in Lancashire", "saltlightlancs.example", ["Home", "Family", "Faith", "Schools", "About me"], "Written by a Brindlecote mum of three."),
    "foodbank": ("Brindlecote Together Food Bank", "brindlecotetogether.example", ["Home", "Get help", "Donate", "Volunteer", "Newsletter"], "Brindlecote Together Food Bank is run by St Bartholomew's Church and Tanpits Jamia Masjid. Charity no. 1234567 (fictitious)."),
    "council": ("Brindlecote Borough Council", "brindlecote-bc.example", ["Council and democracy", "Meetings", "Minutes", "Schools", "Bins", "Contact us"], "Brindlecote Borough Council, Town Hall, Brindlecote BB99 1AA."),
    "jobs": ("EduJobs North", "edujobsnorth.example", ["Find a job", "Schools", "Salary guide", "Post a vacancy", "Sign in"], "EduJobs North — teaching jobs across the North West."),
    "stbarts": ("St Bartholomew's, Ellerby Fold", "stbartsellerby.example", ["Home", "Services", "Parish news", "Food bank", "Hall hire"], "St Bartholomew's Parish Church, Ellerby Fold, Brindlecote."),
    "masjid": ("Tanpits Jamia Masjid", "tanpitsmasjid.example", ["Home", "Prayer times", "Madrassah", "News", "Donate"], "Tanpits Jamia Masjid and Community Centre, Brindlecote."),
    "cricket": ("Brindlecote Cricket Club", "brindlecotecc.example", ["Home", "Fixtures", "Juniors", "Club news", "Bar and functions"], "Brindlecote CC, Lowerhouse Road ground. Est. 1861."),
    "trust": ("Pennine Weavers Learning Trust", "pennineweavers.example", ["Our schools", "News", "Governance", "Careers", "Contact"], "Pennine Weavers Learning Trust is a charitable company limited by guarantee (fictitious)."),
    "mathsblog": ("Sums and Stories", "sumsandstories.example", ["Home", "Lessons", "Resources", "Talks", "About"], "Sums and Stories — a maths education blog."),
    "teachblog": ("Notes from the Middle", "notesfromthemiddle.example", ["Home", "Pastoral", "Leadership", "Archive"], "Personal blog. Views my own."),
    "edweek": ("Schools North", "schoolsnorth.example", ["News", "Inspections", "Trusts", "Opinion", "Jobs"], "Schools North — education news for the North of England."),
    # decoy and out-of-area sites
    "knit": ("The Wandering Fleece", "wanderingfleece.example", ["Home", "Spinning", "Patterns", "Shop", "Workshops"], "Hand-spun in a small kitchen."),
    "garden": ("Hedgerow Diary", "hedgerowdiary.example", ["Home", "Trees", "Shrubs", "Wildlife", "Archive"], "Hedgerow Diary — notes from a small holding."),
    "cycling": ("SpokeTalk", "spoketalk.example", ["Forums", "Workshop", "Road", "MTB", "Classifieds"], "SpokeTalk cycling forums."),
    "heritage": ("Lancashire Textile Heritage Trust", "textileheritage.example", ["Visit", "Collections", "Mills", "Learning", "Support us"], "Lancashire Textile Heritage Trust (fictitious)."),
    "bizus": ("Main Street Money", "mainstreetmoney.example", ["Loans", "Small business", "Taxes", "Guides"], "Main Street Money is not a lender."),
    "sportnews": ("County Cricket Roundup", "countycricketroundup.example", ["Scores", "Leagues", "Features", "Juniors"], "Club cricket news from across the North."),
    "film": ("ReelTalk", "reeltalk.example", ["Reviews", "News", "Features", "Streaming"], "ReelTalk film magazine."),
    "property": ("NestFinder", "nestfinder.example", ["Buy", "Rent", "Sold prices", "Agents"], "NestFinder property listings."),
    "devon": ("Exe Valley Trader", "exevalleytrader.example", ["Trades", "News", "Classifieds", "Events"], "Exe Valley Trader, Devon."),
    "cork": ("West Cork Stays", "westcorkstays.example", ["Stays", "Things to do", "Blog", "Contact"], "West Cork Stays."),
}


def _nav(items: list[str], domain: str) -> str:
    return "\n".join(f'      <li><a href="https://{domain}/{re.sub(r"[^a-z0-9]+", "-", it.lower()).strip("-")}/">{html.escape(it, quote=False)}</a></li>' for it in items)


def _paras(body: str) -> str:
    out = []
    for block in body.strip().split("\n\n"):
        block = block.strip()
        if block.startswith("## "):
            out.append(f"    <h2>{html.escape(block[3:], quote=False)}</h2>")
        else:
            out.append("    <p>" + html.escape(block, quote=False).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def _page(site: str, title: str, main: str) -> str:
    name, domain, nav, footer = SITES[site]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title, quote=False)} | {html.escape(name, quote=False)}</title>
</head>
<body>
  <header>
    <a class="brand" href="https://{domain}/">{html.escape(name, quote=False)}</a>
    <nav><ul>
{_nav(nav, domain)}
    </ul></nav>
  </header>
  <main>
{main}
  </main>
  <footer>
    <p>{html.escape(footer, quote=False)}</p>
    <p><a href="https://{domain}/privacy/">Privacy</a> · <a href="https://{domain}/terms/">Terms</a> · <a href="https://{domain}/contact/">Contact</a></p>
  </footer>
</body>
</html>
"""


def _comments(comments) -> str:
    if not comments:
        return '  <section class="comments"><h2>Comments (0)</h2><p>Be the first to comment.</p></section>'
    items = []
    for who, when, text in comments:
        items.append(
            f'    <div class="comment"><span class="author">{html.escape(who, quote=False)}</span> '
            f'<time>{html.escape(when, quote=False)}</time>\n      <p>{html.escape(text, quote=False).replace(chr(10), "<br>")}</p></div>'
        )
    return f'  <section class="comments"><h2>Comments ({len(comments)})</h2>\n' + "\n".join(items) + "\n  </section>"


def news(site: str, headline: str, meta: str, body: str, comments=()) -> str:
    main = (
        f'  <article>\n    <h1>{html.escape(headline, quote=False)}</h1>\n    <p class="byline">{html.escape(meta, quote=False)}</p>\n'
        f"{_paras(body)}\n  </article>\n{_comments(comments)}"
    )
    return _page(site, headline, main)


def blog(site: str, title: str, meta: str, body: str, comments=()) -> str:
    main = (
        f'  <article class="post">\n    <h1>{html.escape(title, quote=False)}</h1>\n    <p class="meta">{html.escape(meta, quote=False)}</p>\n'
        f"{_paras(body)}\n  </article>\n{_comments(comments)}"
    )
    return _page(site, title, main)


def forum(site: str, board: str, title: str, posts) -> str:
    items = []
    for i, (who, when, text) in enumerate(posts, 1):
        body = "\n".join("        <p>" + html.escape(p.strip(), quote=False).replace("\n", "<br>") + "</p>" for p in text.strip().split("\n\n"))
        items.append(
            f'    <div class="post" id="p{i}">\n      <div class="postmeta"><span class="user">{html.escape(who, quote=False)}</span> <time>{html.escape(when, quote=False)}</time> <span class="num">#{i}</span></div>\n'
            f'      <div class="postbody">\n{body}\n      </div>\n    </div>'
        )
    main = (
        f'  <p class="crumbs">Forums › {html.escape(board, quote=False)}</p>\n  <article class="thread">\n    <h1>{html.escape(title, quote=False)}</h1>\n'
        + "\n".join(items)
        + f'\n  </article>\n  <section class="comments"><h2>Replies ({max(len(posts) - 1, 0)})</h2><p>Log in to reply to this thread.</p></section>'
    )
    return _page(site, title, main)


DOCS: list[tuple[str, str, list[dict]]] = []


def add(kind: str, content: str, *expected: dict) -> None:
    DOCS.append((kind, content, list(expected)))

# ---------------------------------------------------------------------------
# 1. The relationships-education row (September-November 2024)
# ---------------------------------------------------------------------------

add("news", news(
    "gazette",
    "Parents gather at Spindle Bank Academy gates in row over relationships lessons",
    "By Naomi Entwistle, Education Reporter · Tuesday 17 September 2024",
    """Around forty parents and grandparents stood outside Spindle Bank Academy on Wellfield Road yesterday morning, some holding hand-made placards, in a protest over the school's updated relationships and sex education (RSE) programme.

The 11-16 academy, which has about 1,050 pupils from the town centre, Tanpits and the Ellerby Fold estate, wrote to families before the summer holidays setting out what would be taught in each year group.

Several parents told the Gazette they had not been properly consulted. "We're not against teaching kids about consent or staying safe online," said one mother of a Year 8 girl, who asked not to be named. "We just want to see the actual materials before they're used."

Headteacher Rachel Ormerod-Baines said the school had held two information evenings and would hold a third. "Every slide we use is available for parents to look at. Nobody's child is being taught anything in secret," she said.

The programme is led by Joanne O'Driscoll, the school's head of PSHE. Parents can book to view the resources through the school office on 01632 960274.""",
    [
        ("Kev_EF", "2 hours ago", "Ive seen the slides, they are fine. Half the people stood there havent read the letter never mind the lessons."),
        ("concerned_grandad", "1 hour ago", "Funny how its always the ones like her pushing this. We all know which way that teacher swings and now she wants our grandkids thinking the same. Her sort shouldnt be let near children full stop."),
        ("Saira B", "58 minutes ago", "@concerned_grandad that is a disgusting thing to write about someone because of who she loves. Reported."),
        ("Gazette Moderator", "40 minutes ago", "Comments on this article are now closed."),
    ],
), E(S, "exact", NG, "Spindle Bank Academy"), E(HEAD, "exact", NU, "Rachel Ormerod-Baines"), E(ODR, "exact", H, "Joanne O'Driscoll"))

add("facebook", """Spindle Bank Parents & Carers (UNOFFICIAL)
Tanya Rigby · 18 September 2024 at 21:14 · Members only

Anyone else had the letter about the year 9 rse lessons?? It says 'puberty, relationships and consent' but when I rang up to ask what exactly theyre showing I got passed round about 3 people and nobody rang back. Not impressed tbh

👍 14   💬 9

Shazia Parveen
same. Im not one of the ones shouting at the gates but I do want to see it first. thats reasonable surely
Like · Reply · 2h

Tanya Rigby
exactly Shazia
Like · Reply · 2h

Dean Holt
rang today and got put through to Miss O'Driscoll, she spoke to me like I was thick. jumped up little madam, who does she think she is talking down to parents who pay her wages
Like · Reply · 1h

Lorraine M
Dean she's been lovely with my lad. maybe you caught her on a bad day
Like · Reply · 1h

Dean Holt
bad day my arse
Like · Reply · 58m
""", E(S, "alias", NG, "Spindle Bank"), E(ODR, "title_surname", AB, "Miss O'Driscoll"))

add("social", """X · Replies to @BrindlecoteGaz · "Parents protest over school RSE programme"

@ellerbyfoldlass · 17 Sep
proud of the mums and dads at #SpindleBank today standing up for their kids 👏👏 about time someone did

@m_rahman87 · 17 Sep
Replying to @ellerbyfoldlass
not all of us were there to "stand up" for anything, some of us just want to see the lesson plans lol. dont speak for us

@TheRealDazzaB · 17 Sep
schools should do maths and english and leave the rest to parents. simple as

@jen_teaches_ks3 · 17 Sep
RSE is statutory. The school can't opt out of it. Staff are doing what the law says, aim your anger at Westminster

@ellerbyfoldlass · 17 Sep
@jen_teaches_ks3 they could of asked us first though couldnt they
""", E(S, "hashtag", NG, "#SpindleBank"))

add("forum", forum(
    "parenttalk", "Secondary education", "Protest at DS's school over RSE - how worried should I be?",
    [
        ("ButtonMoonMum", "18/09/24 20:02", """DS (Y8) is at an 11-16 in East Lancs - it's Spindle Bank, I won't out myself any further than that. There was a protest at the gates yesterday about the RSE lessons and now DS is asking me what "the gay stuff" is that everyone is on about.

I've read the letter and the curriculum overview and honestly it looks like what I had at school plus online safety. Am I missing something?"""),
        ("Lemonpuff", "18/09/24 20:15", "Have you asked to see the actual resources? Most schools will show you. Then you can judge for yourself rather than going on playground gossip."),
        ("ButtonMoonMum", "18/09/24 20:31", """I emailed the head, Mrs Ormerod-Baines, and she replied within a day with a link to book a slot. So no complaints there tbh."""),
        ("NotTheMamaBear", "18/09/24 21:47", "Honestly the protests are rarely about the content. Someone usually stirs it up on Facebook and it snowballs."),
        ("Lemonpuff", "18/09/24 22:03", "^ this"),
    ],
), E(S, "alias", NU, "Spindle Bank"), E(HEAD, "title_surname", NU, "Mrs Ormerod-Baines"))

add("news", news(
    "lancstoday",
    "Trust stands by Brindlecote school as RSE protests continue",
    "Lancs Today newsdesk · 24 September 2024 · 4 min read",
    """The academy trust that runs Spindle Bank Academy says it will not pause its relationships and sex education lessons despite a second week of protests outside the school.

Dr Mark Fensome, chief executive of the Pennine Weavers Learning Trust, said the content followed statutory guidance "to the letter" and that a small number of people protesting were not parents at the school.

Some parents at the school gate told Lancs Today they felt "talked at rather than listened to". One father of two said: "They say we can view it but the slots are at ten in the morning. Who can make that?"

The school's PSHE lead, Ms O'Driscoll, has been singled out on social media. The trust said it would "not tolerate" abuse of staff and had reported some posts to the police.""",
    [
        ("Bazza1966", "24 Sep", "Nobody is saying anyone should lay a finger on that teacher, she is only doing what shes told. But the parents should get a say and the trust are treating them like mugs."),
        ("Nadia K", "24 Sep", "The evening slots were offered too. I went to one. It was fine."),
        ("Realist_BB", "25 Sep", "Another week, another protest. These kids need to be in lessons learning, not watching grown adults scream at the gates."),
    ],
), E(S, "exact", NG, "Spindle Bank Academy"), E(ODR, "title_surname", NU, "Ms O'Driscoll"))

add("social", """TikTok · @lancs.locals · video: "protest at spindle bank this morning 👀" · 41.2K views

Comments (312)

shan.x   my cousin goes there n says the lessons r literally just about consent n not sending nudes 💀   ❤️ 1,208
kyle_ef_07   whole place needs shutting down fr   ❤️ 88
amaraaa_   people in these comments calling teachers "groomers" need to get a grip, its a PSHE lesson not a crime   ❤️ 640
dazzle.b   on the news AGAIN 😂 what a dump   ❤️ 201
user8837261   🙄🙄   ❤️ 3
bilal.x.07   my little sister goes there and she said most of the kids just laugh at the protesters tbh   ❤️ 77
""", E(S, "alias", NG, "spindle bank"))

add("blog", blog(
    "unspun",
    "The RSE row: everybody is shouting, nobody is listening",
    "Posted 26 September 2024 by Unspun · Schools",
    """I've lived in Brindlecote for forty-one years. I went to Brindlecote High School when it still had the old swimming baths out the back, and my two went there after it became Spindle Bank Academy. So I have some skin in this.

Here is what I think has happened. The school sent out a perfectly ordinary letter about RSE in July, the sort of thing every secondary in England sends. Nobody read it. Then someone on the Ellerby Fold Facebook group posted a screenshot of one slide, out of context, and by September it had become "they're teaching eleven-year-olds about sex positions".

That said, the school has not helped itself. Mrs Ormerod-Baines has a habit of answering questions as if she is reading from a policy document, which to a worried parent sounds like being fobbed off. And daytime-only viewing slots were a mistake, as the trust has now admitted.

The RSE lead, Joanne O'Driscoll, has had some truly vile messages. Whatever you think of the lessons, she didn't write the national guidance.

## What would help

Evening sessions. Someone from the mosque and someone from St Bart's in the room. Fewer PDFs, more conversation.""",
    [
        ("Eileen (Ellerby Fold)", "26 Sep", "Agree with all of this. I was at the school when it was Brindlecote High too, the baths were freezing!"),
        ("AK", "27 Sep", "Good piece. The imam at Tanpits has actually been quite calm about it, which doesn't get reported."),
    ],
), E(S, "exact", NG, "Spindle Bank Academy"), E(HEAD, "title_surname", NG, "Mrs Ormerod-Baines"), E(ODR, "exact", NU, "Joanne O'Driscoll"))

add("facebook", """Tanpits Sisters Network
Post by Rukhsana Bibi · 20 September 2024

Assalamu alaikum sisters. There is a meeting at the masjid community room on Thursday after Isha about the RSE lessons at SBA. Brother Shafiq will be there and someone from the school has agreed to come and answer questions so please come with your questions written down, not just to vent. Our children have to go there tomorrow and the day after, we need to keep a good relationship with the teachers inshallah.

Sisters who can't come can message me and I will ask your question for you. JazakAllah khair 🤍

Comments
Farzana A: Will the school bring the actual booklets? I want to see what year 7 get
Rukhsana Bibi: yes sis they said they will bring everything
Humaira: Jazakallah for organising this. my husband is too angry to go lol so I will come
""", E(S, "alias", NU, "SBA"))

add("social", """Instagram · @brindlecote_pride · post: "We stand with our teachers 🏳️‍🌈" · 1,304 likes

brindlecote_pride  Solidarity with every member of staff at Spindle Bank Academy, and especially with Ms O'Driscoll, who has been sent messages this week that we won't repeat here. Disagree with a curriculum by all means. Do not make a teacher afraid to go to work.

comments
katie.m.lancs  💜💜 she taught me in year 10 and was the only one who noticed I wasn't ok
rehana_art  as a muslim mum at the school, this abuse does not speak for us. ask questions, yes. hate, no.
jjjjordan__  good on you for posting this
""", E(S, "exact", NU, "Spindle Bank Academy"), E(ODR, "title_surname", NU, "Ms O'Driscoll"))

add("social", """X · @PatriotLancs88 · 19 Sep 2024

that lesbian O'Driscoll at spindle bank wants ur kids confused about what they are by year 8. her kind have no business in a classroom. SACK HER #SaveOurKids

    @lancsrealist · 19 Sep
    100% said it for ages

    @steph_w_1990 · 19 Sep
    her "kind"? what decade do you live in
""", E(S, "alias", NU, "spindle bank"), E(ODR, "surname_only", H, "O'Driscoll"))

add("news", news(
    "courier",
    "Police investigate threats made to teacher after school sex education row",
    "By Imogen Trask · North West Evening Courier · 1 October 2024",
    """Police in East Lancashire are investigating after a teacher at a Brindlecote secondary school received a series of threatening messages following protests over sex and relationships education.

The messages were sent to Joanne O'Driscoll, head of PSHE at Spindle Bank Academy, through social media and by letter to the school. Lancashire Constabulary said it was treating the matter as a malicious communications offence and "potentially as a hate crime".

In a statement, headteacher Rachel Ormerod-Baines said: "Nobody who comes to work to teach children should have to read what my colleague has had to read this week. We will support the police in every way we can."

The school, which was rated Good at its last inspection, has faced weekly protests since early September. Organisers of the protests have said they do not condone abuse.""",
), E(S, "exact", NU, "Spindle Bank Academy"), E(HEAD, "exact", NU, "Rachel Ormerod-Baines"), E(ODR, "exact", NU, "Joanne O'Driscoll"))

add("forum", forum(
    "staffroom", "Secondary › Pastoral and PSHE", "RSE lead being targeted online - any advice from anyone who's been through it?",
    [
        ("quietcorridor", "03/10/2024 22:41", """Posting from a new account for obvious reasons. I lead PSHE at an 11-16 in the North West. Since September there have been protests about our RSE programme and I've become the face of it, which I did not sign up for.

I've had messages to my work email, comments on local pages about my personal life, and last week a letter to school that the police now have. My SLT have been supportive but I'm finding it hard to walk past the gate in the mornings.

Has anyone been through similar? Did you step back from the role?"""),
        ("MrsStatsAndSprouts", "03/10/2024 22:58", "I'm so sorry. Please talk to your union today, not tomorrow. They can help with the police side and with making sure school takes your wellbeing seriously."),
        ("Pastoral_Pete", "04/10/2024 07:12", "Had something similar in 2019. It did pass. Get your personal social media locked down and ask SLT to take any parent contact for you for a while."),
        ("quietcorridor", "04/10/2024 19:30", "Thank you both. Union rep is coming in Monday."),
    ],
))

add("facebook", """Ellerby Fold Residents - Say What You See
Post by Gaz Whittaker · 5 October 2024

All this about the teacher "getting threats" - funny how we never see any of them. Anyway if anyone wants to ask her face to face what shes teaching our kids, that Jo O'Driscoll from Spindle lives on Fernlea Close on the new build bit behind the Co-op, number 9 I think, grey car on the drive. Just saying.

Comments

Mandy Cross: Gaz take that down now, you'll get someone hurt and you'll be the one in court
Liam P: 😂😂 go on Gaz
Mandy Cross: it isnt funny Liam she's got a little boy
Admin - Ellerby Fold Residents: Post reported to admins. Removing. Gaz you have been muted for 30 days.
""", E(S, "short_name", NU, "Spindle"), E(ODR, "nickname", DX, "Jo O'Driscoll"))

add("news", news(
    "gazette",
    "Man, 44, arrested after teacher's home address posted online",
    "By Naomi Entwistle · Friday 11 October 2024",
    """A 44-year-old man from the Ellerby Fold estate has been arrested on suspicion of malicious communications after a teacher's home address was shared in a community Facebook group.

The teacher works at Spindle Bank Academy, where protests over relationships education have taken place since September. The post was removed by the group's administrators within an hour.

The man has been released on bail while inquiries continue. The academy's deputy head and safeguarding lead, Farhan Siddiqui, thanked residents who reported the post. "People in Ellerby Fold looked out for one of our staff this week and we are grateful," he said.""",
    [
        ("LancsLass", "11 Oct", "Good. Hope the book gets thrown at him."),
        ("Tony H", "11 Oct", "One idiot. Most people on the Fold aren't like that."),
    ],
), E(S, "exact", NU, "Spindle Bank Academy"), E(SID, "exact", NU, "Farhan Siddiqui"))

add("blog", blog(
    "saltlight",
    "Why I'm still uneasy about our school's RSE - and why I won't be at the gates",
    "2 October 2024 · Family, Schools",
    """I've had a few messages asking why I wasn't at the protest outside Spindle Bank Academy. The honest answer is that I have real reservations about parts of the programme, but I don't think shouting at teachers' cars is how Christians are called to disagree.

My worries are specific. I don't think Year 7 needs the same discussion of pornography that Year 10 gets. I'd like the right to withdraw from the sex-education parts to be explained more clearly in the letter, rather than buried on page four.

I want to say too that Miss O'Driscoll has been nothing but courteous when I have spoken to her, and she didn't deserve what has been written about her.

I've written to Mrs Ormerod-Baines with these points and will share her reply if she's happy for me to.""",
    [
        ("Ruth P", "2 Oct", "Beautifully put. Praying for everyone involved."),
        ("Anon", "3 Oct", "The withdrawal right is very clear actually, it's in bold on page 2."),
    ],
), E(S, "exact", NG, "Spindle Bank Academy"), E(ODR, "title_surname", NU, "Miss O'Driscoll"), E(HEAD, "title_surname", NU, "Mrs Ormerod-Baines"))

add("review", """Google reviews › Spindle Bank Academy › Secondary school · Brindlecote

★☆☆☆☆  Marie Holcroft · Local Guide · 3 weeks ago

Used to be a decent school. Now its all about what they want to push on the kids, not what parents want. Emailed the head mrs ormerod baines twice about the RSE and got a copy and paste reply both times. Doesnt listen. Moving my daughter if I can get her in anywhere else.

👍 Helpful (23)

Response from the owner · 2 weeks ago
Thank you for your feedback. We would welcome the chance to talk this through in person. Please contact the school office on 01632 960274.
""", E(S, "exact", NG, "Spindle Bank Academy"), E(HEAD, "hyphenated", NG, "mrs ormerod baines"))

add("social", """X · @lancsladnoflag · 21 Sep 2024

rachel 0rmer0d-baines the "head" of spindle hiding behind a trust press release again. spineless careerist. couldn't run a bath never mind a school

    @lancsladnoflag · 21 Sep
    and before anyone says it i'm allowed an opinion
""", E(S, "short_name", NU, "spindle"), E(HEAD, "leetspeak", AB, "rachel 0rmer0d-baines"))

add("social", """Snapchat · story replies screenshotted to "y9 spindle gc" · 25/09

jaden: the protestors were there again 😭 my mum said if they're still there friday she's gonna start a counter protest lmao
ellie.m: mr haworth made us go round the back way so we didnt have to walk past them
jaden: he's so extra
aimee: nah that was actually sound of him tbf
ellie.m: fr ngl
""", E(S, "short_name", NU, "spindle"), E(HAW, "title_surname", NU, "mr haworth"))

add("news", news(
    "clarion",
    "'WOKE' SCHOOL ROW: Parents fury at sex ed classes for 11-year-olds",
    "By Clarion Reporter · 28 September 2024",
    """FURIOUS parents have staged weeks of protests outside a Lancashire school over sex education lessons they claim are "not fit for children".

Mums and dads at Spindle Bank Academy in Brindlecote say they were "kept in the dark" about classes covering relationships, consent and online pornography.

One mum, 34, said: "My daughter came home asking me words I've never heard. I'm not having it."

But the school insists all lessons follow Government guidance and that parents were invited to view materials before they were taught.

The Department for Education said it was aware of the protests and that schools must consult parents on their RSE policy.""",
    [
        ("Brian from Burnley", "28 Sep", "This is happening everywhere, it's not just this school."),
        ("JustMe", "28 Sep", "Paper prints 'words I've never heard' with no example. Sure."),
        ("truth-seeker-77", "29 Sep", "Absolute bloody shambles the whole lot of it."),
    ],
), E(S, "exact", NG, "Spindle Bank Academy"))

add("forum", forum(
    "parenttalk", "Am I being unreasonable?", "AIBU to pull DD out of RSE when I actually like the teacher?",
    [
        ("CrumpetsAndChaos", "07/10/24 09:15", """DD is in Y9 at Spindle Bank Academy (yes, the one in the papers). She really likes her PSHE teacher, Ms O'Driscoll, and says the lessons are "fine and a bit cringe".

My DH wants to withdraw her from the sex ed part because of everything online. I think that's caving to the mob and DD would be mortified. AIBU?"""),
        ("Hallowsdaymum", "07/10/24 09:31", "YANBU. If DD is fine and you've seen the materials, there's nothing to withdraw from."),
        ("TwiceShy", "07/10/24 10:02", "YABU a little - it's DH's child too. Look at the materials together?"),
        ("CrumpetsAndChaos", "07/10/24 12:48", "Good shout. We've booked one of the evening viewing slots."),
    ],
), E(S, "exact", NU, "Spindle Bank Academy"), E(ODR, "title_surname", NU, "Ms O'Driscoll"))

add("facebook", """Brindlecote Mums & Dads Chat
Post by Kayleigh Brennan · 9 October 2024

Right, I have sat back and said nothing for weeks. My son is in year 10 at Spindle Bank and has ADHD. The ONLY teacher who has ever got through to him is Ms O'Driscoll. She runs the lunchtime club he goes to and she's the reason he's still in school. People calling her a nonce and worse on here should be ashamed of yourselves. Some of you have never even met her.

Rant over.

Comments
Jodie S: Well said Kayleigh ❤️
Pete Lomax: Agree. Disagree with the lessons all you want but leave her alone.
Kayleigh Brennan: thanks Jodie x
""", E(S, "alias", NU, "Spindle Bank"), E(ODR, "title_surname", NU, "Ms O'Driscoll"))

add("social", """X · @Groundhog_Neil · 10 Oct 2024

the spindle bank rse lady "Joanne O" is a groomer plain and simple. get her away from our kids before she does something. mark my words

    @Groundhog_Neil · 10 Oct
    someone should check her laptop
""", E(S, "alias", SX, "spindle bank", True), E(ODR, "first_initial", SX, "Joanne O", True))

add("blog", blog(
    "patriot",
    "SPINDLE BANK: Our Children, Their Agenda",
    "Leaflet text, as delivered on Ellerby Fold, October 2024",
    """Residents of Ellerby Fold. Have you asked what your children are being taught at Spindle Bank Academy?

While real parents are ignored, a small clique decide what your kids learn. A PSHE teacher who flaunts her lifestyle is teaching your twelve-year-olds about "identity". A deputy head who answers to the mosque, not to you, decides who is safe. And a chair of governors with his own agenda runs the board.

They are not like us. They do not share our values. Brindlecote is OUR town.

Come to our meeting. Take back your school.""",
), E(S, "exact", H, "Spindle Bank Academy"))

add("news", news(
    "gazette",
    "Churches, mosque and councillors condemn 'hateful' leaflets dropped on Ellerby Fold",
    "By Naomi Entwistle · 14 October 2024",
    """Faith leaders and councillors from all parties have condemned leaflets pushed through doors on the Ellerby Fold estate which targeted staff at Spindle Bank Academy.

The leaflets, produced by a group calling itself East Lancs Patriot, described a teacher as someone who "flaunts her lifestyle" and claimed the school's deputy head "answers to the mosque". One leaflet ended: "They are not like us."

Imam Shafiq Rahman of Tanpits Jamia Masjid and the Rev Alison Capstick of St Bartholomew's, who jointly run the Brindlecote Together Food Bank, issued a joint statement. "The people who fill the food bank shelves on a Saturday come from both ends of this town. These leaflets want to divide neighbours who are getting on with helping each other," it read.

Deputy head Farhan Siddiqui said he would not comment on the leaflet's claims about him but thanked "the dozens of people from Ellerby Fold who brought these leaflets into school to hand them in".""",
    [
        ("Marg", "14 Oct", "Had one through my door. Went straight in the recycling."),
        ("ShaunEF", "14 Oct", "the leaflet is vile but the school still needs to listen to parents about the RSE thing, two things can be true"),
    ],
), E(S, "exact", NU, "Spindle Bank Academy"), E(SID, "exact", NU, "Farhan Siddiqui"))

add("social", """X · @EastLancsPatriot · 12 Oct 2024

Another 600 leaflets out on the Fold today 🇬🇧. The deputy at SPINDLE BANK, Mr S1dd1qu1, should be teaching in Pakistan not in Brindlecote. Send him home and take the rest of them with him.

    @lancs_anti_fash · 12 Oct
    He was born at Brindlecote General. Reported.
""", E(S, "alias", NU, "SPINDLE BANK"), E(SID, "leetspeak", H, "Mr S1dd1qu1"))

add("facebook", """Brindlecote Mums & Dads Chat
Post by Admin - Lisa (Brindlecote Mums & Dads Chat) · 13 October 2024

GROUP ANNOUNCEMENT. We have removed 11 posts and 40-odd comments in the last 24 hours. We will not allow:
- posts sharing teachers' home addresses, car regs or phone numbers
- posts saying teachers are paedophiles or groomers with no evidence
- racist comments about Mr Siddiqui or anyone else
- "jokes" about what should happen to Ms O'Driscoll
You can disagree with the RSE lessons at Spindle Bank Academy. You can't do any of the above. Admins have already passed two accounts to the police.

Comments
Tracey G: thank you admins
Imran H: Respect to you for this
""", E(S, "exact", NU, "Spindle Bank Academy"), E(SID, "title_surname", NU, "Mr Siddiqui"), E(ODR, "title_surname", NU, "Ms O'Driscoll"))

add("forum", forum(
    "staffroom", "Leadership", "Protests at the gate: how do you protect staff without stoking it?",
    [
        ("DeputyDawg", "15/10/2024 18:20", """Genuine question for other SLT. A school near us (Spindle Bank in Brindlecote, it's been in the papers) has had weekly RSE protests and now leaflets from the far right. Our own community is similar and I'm worried it spreads.

What have people done that actually worked?"""),
        ("HeadInTheClouds", "15/10/2024 19:02", "Community meetings off-site, with faith leaders there. Never let it become 'the school versus the mosque' or 'the school versus the estate'."),
        ("DeputyDawg", "15/10/2024 19:40", "From what I hear their deputy, Farhan Siddiqui, has been brilliant with exactly that. Rare to see someone take that much flak and stay that calm."),
    ],
), E(S, "alias", NU, "Spindle Bank"), E(SID, "exact", NU, "Farhan Siddiqui"))

add("social", """TikTok · @ellerby_fold_mum · video: "ask ur kids what they learned in rse today 😳" · 9,840 views

comments
stacey_ww   spindle bank academy should be ashamed of itself. my niece came home crying
leahhh.x   @stacey_ww crying at what tho
ellerby_fold_mum   @leahhh.x at what that O Driscol woman said about "body autonomy" 🙄 shes not right in the head that one
zayn.h_   bro it's a lesson about saying no 💀
""", E(S, "exact", NG, "spindle bank academy"), E(ODR, "typo", AB, "O Driscol"))

add("news", news(
    "lancstoday",
    "Third meeting on relationships lessons 'calmer', say parents",
    "Lancs Today newsdesk · 23 October 2024",
    """A community meeting about relationships and sex education at Spindle Bank Academy was described as "calmer and more honest" than previous sessions, with around 120 parents attending at Tanpits Jamia Masjid's community hall.

Imam Shafiq Rahman chaired the meeting alongside the Rev Alison Capstick. The school was represented by headteacher Rachel Ormerod-Baines, deputy head Farhan Siddiqui and PSHE lead Joanne O'Driscoll, who answered questions for more than two hours.

Parents were shown every resource used in Years 7 and 8. The school agreed to move two lessons on online pornography from Year 8 to Year 9 and to add evening viewing sessions each term.

"It should have happened like this in July," said one father. "But credit where it's due, they sat there and took it.\"""",
), E(S, "exact", NU, "Spindle Bank Academy"), E(HEAD, "exact", NU, "Rachel Ormerod-Baines"), E(SID, "exact", NU, "Farhan Siddiqui"), E(ODR, "exact", NU, "Joanne O'Driscoll"))

add("facebook", """Spindle Bank Parents & Carers (UNOFFICIAL)
Post by Dean Holt · 24 October 2024

So they moved 2 lessons to year 9 and think thats job done. Typical. The head sits there nodding and then does what she wants anyway. O-B has been told by the trust what to say, shes a puppet.

Comments
Tanya Rigby: to be fair Dean they did show us everything
Dean Holt: yeah after 2 months of us kicking off
Shazia Parveen: it's a step. I'll take it
""", E(S, "alias", NG, "Spindle Bank"))

add("social", """Instagram · comments on @spindlebank_memes_ (fan account, not official) · post: "RSE protest bingo"

ellie_dance_x  "theyre teaching our kids" ✅ "in my day" ✅ "woke" ✅ BINGO
mo.k_10  the real bingo is Haworth confiscating your phone before you even get it out
ellie_dance_x  @mo.k_10 LMAOOO he took mine in the dinner queue
tasha.b  this is actually funny
""", E(S, "handle", NU, "@spindlebank_memes_"), E(HAW, "surname_only", NU, "Haworth"))

add("blog", blog(
    "teachblog",
    "The week we stopped walking past the gate",
    "Notes from the Middle · 4 November 2024 · Pastoral",
    """This blog is usually about timetabling and tea. This post isn't.

I teach at a school in East Lancashire that has had protests outside for eight weeks. I'm not going to name it, and I'm not the person the protesters are angry with. But I've watched a colleague, one of the kindest people I work with, become a hate figure because her name was on a letter.

This week the protests stopped. Not because anyone won an argument, but because the mosque, the church and a few stubborn mums from the estate sat in one room and talked for three hours.

I don't know what lesson to take from that, except that the loudest people are rarely the majority.""",
    [
        ("Sunny", "4 Nov", "Thinking of your colleague."),
    ],
))

add("news", news(
    "gazette",
    "Letters: RSE protests, bin collections and the Lowerhouse Road roadworks",
    "Letters to the Editor · 31 October 2024",
    """## Protests were never about the lessons

Sir - As a governor at another school in the borough, I have followed the Spindle Bank Academy protests with sadness. The school made mistakes with its consultation, but the abuse directed at individual teachers went far beyond legitimate disagreement. - Name and address supplied

## Fortnightly bins

Sir - Why is it that the bins on Cotton Street are always the last to be emptied? - J. Barlow, Tanpits

## Roadworks

Sir - Three months of temporary lights on Lowerhouse Road and not a single worker seen on most days. - M. Entwistle, Ellerby Fold""",
), E(S, "exact", NG, "Spindle Bank Academy"))
# ---------------------------------------------------------------------------
# 2. The rumour campaign about the governors; the far-right leaflets
# ---------------------------------------------------------------------------

add("facebook", """Ellerby Fold Residents - Say What You See
Post by Carl Dyson · 2 November 2024

Not saying anything, just asking questions. Did you know the chair of governors at Spindle Bank, Tariq Mahmood, is ALSO on the committee at the mosque? And who handles the money for the food bank that's run out of the mosque and St Barts? Thousands of pounds donated by people on this estate. Where does it actually end up? He's had his hand in that till for years and everyone on the committee knows it.

Comments
Sue Ashworth: He's on the mosque committee because he goes to the mosque Carl, same as Rev Capstick is on the church one
Carl Dyson: and the money Sue?
Sue Ashworth: the food bank accounts are on the charity commission website, go and read them
Wayne T: Carl's right, always the same faces
""", E(S, "alias", NU, "Spindle Bank"), E(MAH, "exact", DF, "Tariq Mahmood"))

add("social", """X · @BrindlecoteTruth · 3 Nov 2024

SBA is being run out of the mosque now. Every governor appointment goes past the imam first. Trojan Horse all over again and the trust is too scared of being called racist to look. They're taking over one school at a time. #SpindleBank #TrojanHorse

    @NoHateLancs · 3 Nov
    There are 12 governors. 4 are Muslim. This is how conspiracy theories start.

    @BrindlecoteTruth · 3 Nov
    @NoHateLancs thats what THEY want you to think
""", E(S, "alias", H, "SBA"))

add("news", news(
    "gazette",
    "Governors hit back at 'baseless' social media rumours",
    "By Naomi Entwistle · 6 November 2024",
    """The governing board of Spindle Bank Academy has issued a statement rejecting what it called "baseless and in some cases racist" rumours about its members circulating on social media.

Posts shared in several local Facebook groups have claimed that money from the Brindlecote Together Food Bank has been misused, and that governors are appointed by a local mosque. Both claims are untrue, the board said.

The chair of governors, Tariq Mahmood, a retired pharmacist who has been a governor at the school since 2011, said: "I've been called things this week I haven't been called since the 1980s. The food bank accounts are public. Governors are appointed through a process the trust runs, not me and certainly not the mosque."

The food bank's trustees confirmed its accounts are independently examined each year.""",
    [
        ("Jan W", "6 Nov", "Tariq was my pharmacist for 20 years. Decent man. Shame on whoever started this."),
        ("Kelvin", "6 Nov", "No smoke without fire"),
        ("Jan W", "6 Nov", "@Kelvin there's no smoke either, that's the point"),
    ],
), E(S, "exact", NU, "Spindle Bank Academy"), E(MAH, "exact", NU, "Tariq Mahmood"))

add("forum", forum(
    "parenttalk", "Secondary education", "Spindle Bank governors - anyone know what's actually going on?",
    [
        ("HollyhockLane", "07/11/24 13:02", """My niece is at Spindle Bank. The Facebook groups are saying the head has already been suspended by the trust and they're keeping it quiet until after Christmas. Apparently something to do with the governors and money. Has anyone heard anything actual rather than Facebook?"""),
        ("NotTheMamaBear", "07/11/24 13:20", "She's not suspended, she was at the Year 7 parents evening last night. I spoke to her."),
        ("HollyhockLane", "07/11/24 13:41", "Oh ok. My sister swore blind Mrs Ormerod-Baines had been walked off site on Monday."),
        ("NotTheMamaBear", "07/11/24 13:55", "Your sister needs better sources 😂"),
    ],
), E(S, "alias", NU, "Spindle Bank"), E(HEAD, "title_surname", DF, "Mrs Ormerod-Baines"))

add("facebook", """Brindlecote Uncensored (NO ADMINS DELETING POSTS HERE)
Post by Anonymous member · 8 November 2024

since the other groups keep deleting it. the chair of governors at Spindle, Mahmood, lives at 22 Hollins Grove, Tanpits, BB99 6RL. big house for a retired chemist isnt it. go and ask him yourself where the money went

Comments
Anonymous member: 👀
Dave R: do u know which car is his
Anonymous member: white merc usually
Kerry-Ann J: this is how people get hurt. reported to facebook.
""", E(S, "short_name", NU, "Spindle"), E(MAH, "surname_only", DX, "Mahmood"))

add("social", """TikTok · @brindlecote.unfiltered · video: "who REALLY runs the school? 🧐" · 22.7K views

comments
ste.p.88   that spindle bank governor mahmood wants his windows putting through and his car torching, see how he likes it
lou_lou_b   @ste.p.88 ur going to get arrested for that comment
ste.p.88   @lou_lou_b 😂 free speech
kaz.h   this video is literally made up, the narrator even says "allegedly" every 5 seconds
""", E(S, "alias", NU, "spindle bank"), E(MAH, "surname_only", T, "mahmood"))

add("blog", blog(
    "unspun",
    "The governor rumours: what I could and couldn't stand up",
    "Posted 10 November 2024 by Unspun · Schools, Council",
    """For a week my inbox has been full of people asking me to "look into" the governors at Spindle Bank Academy. So I did.

The claim that the food bank's money is being siphoned off: the food bank is a registered charity and its accounts for the last five years are online. Its income is small, it spends almost all of it on food, and the independent examiner has signed them off every year. I found nothing.

The claim that governors are chosen by the mosque: governors at the school are appointed by the Pennine Weavers Learning Trust, except the two elected parent governors. Of the twelve current governors, I count four with Muslim names. In a school where more than half the pupils are from Muslim families, that's if anything low.

The claim that the head has been suspended: she hasn't.

I have no brief for Tariq Mahmood. I've disagreed with him in council meetings. But I could not find a single fact under any of this.""",
    [
        ("Kelvin", "10 Nov", "Lot of words to defend your mates. Everyone on the estate knows Mahmood's been skimming the pupil premium for years, ask anyone who works in that office."),
        ("Unspun", "10 Nov", "@Kelvin then it should be easy to show me one document. I'll wait."),
        ("Eileen (Ellerby Fold)", "11 Nov", "Thank you for doing this properly."),
    ],
), E(S, "exact", NU, "Spindle Bank Academy"), E(MAH, "exact", DF, "Tariq Mahmood"))

add("review", """Google reviews › Spindle Bank Academy

★☆☆☆☆  Wayne Thornber · 2 reviews · a month ago

Governors are a joke. The chair Mr Mahmood is a crook who has been helping himself for years and the head does whatever he tells her. Shocking place. Kids deserve better.

👍 Helpful (4)
""", E(S, "exact", NG, "Spindle Bank Academy"), E(MAH, "title_surname", DF, "Mr Mahmood"))

add("social", """X · @red_rose_resistance · 12 Nov 2024

\u0422ariq M\u0430hmood runs spindle bank like his own little caliphate and the kuffar parents on the estate are supposed to just smile and pay their council tax. these people see us as cattle

    @red_rose_resistance · 12 Nov
    they breed, we pay. wake up brindlecote
""", E(S, "alias", NU, "spindle bank"), E(MAH, "homoglyph", H, "\u0422ariq M\u0430hmood"))

add("facebook", """Brindlecote Uncensored (NO ADMINS DELETING POSTS HERE)
Post by Anonymous member · 13 November 2024

I'll say what nobody else will. someone who works in the office at Spindle Bank says Mrs Ormerod-Baines and Tariq M. have been a lot more than friends for years and thats why the governors never do anything about her. late night "meetings" in her office after everyone's gone home 😉😉 work it out

Comments
Nicola F: this is disgusting whether its true or not, they've both got families
Anonymous member: just passing on what I was told
Nicola F: no you're making it up for likes
""", E(S, "alias", NU, "Spindle Bank"), E(HEAD, "title_surname", SX, "Mrs Ormerod-Baines"), E(MAH, "first_initial", SX, "Tariq M."))

add("facebook", """Ellerby Fold Residents - Say What You See
Post by Wayne Thornber · 15 November 2024

Shabana Akhtar the SENCo at Spindle is the chair of governors niece. That's how she got the job over a white woman with 20 years experience who applied. Jobs for the family. Look it up, same surname as his wife's side.

Comments
Anita G: Wayne her surname isnt even the same as his
Wayne T: her maiden name is
Anita G: her maiden name is Hussain, she was Shabana Hussain at Brindlecote High with me. Nothing to do with him. Stop it
Wayne T: well thats what I heard
""", E(S, "short_name", NU, "Spindle"), E(AKH, "exact", DF, "Shabana Akhtar"))

add("blog", blog(
    "patriot",
    "WHO REALLY RUNS SPINDLE BANK ACADEMY?",
    "East Lancs Patriot · Research Team · 17 November 2024",
    """Look at the people at the top of the school your children attend.

Chair of governors: Tariq Mahmood, mosque committee member. Deputy head and the man who decides what counts as a "safeguarding concern": Farhan Siddiqui. The SENCo who decides which children get help: Shabana Akhtar.

Coincidence? These people are loyal to their own, first, last and always. Their religion tells them to be. White working-class children on Ellerby Fold are last in the queue for everything at a school paid for by our taxes.

They came here to take over, and they are doing it quietly, one school at a time.

Share this page. Print it. Put it through your neighbour's door.""",
    [
        ("PatriotPaul", "17 Nov", "Spot on. Ive been saying this for years."),
        ("HopeNotHateWatcher", "18 Nov", "Screenshotted and sent to Lancashire Police."),
    ],
), E(S, "exact", H, "SPINDLE BANK ACADEMY"), E(MAH, "exact", H, "Tariq Mahmood"), E(SID, "exact", H, "Farhan Siddiqui"), E(AKH, "exact", H, "Shabana Akhtar"))

add("social", """X · @ditch_the_dross · 18 Nov 2024

Siddiqui at spindle bank sat on a safeguarding report about a lad on the governors' side of the family and made it go away. DSL my backside. Ask why the police were never called.

    @ditch_the_dross · 18 Nov
    I've got it from two separate people before anyone asks
""", E(S, "alias", NU, "spindle bank"), E(SID, "surname_only", DF, "Siddiqui"))

add("facebook", """Brindlecote Uncensored (NO ADMINS DELETING POSTS HERE)
Post by Anonymous member · 19 November 2024

here's the deputy's personal mobile 07700 900615 since he won't answer emails from parents. Mr Siddiqui from SBA. ring him tonight and tell him what you think of his lot running our school

Comments
Anonymous member: saved 👍
Beth K: why would you put someone's personal number up, he's got kids
Anonymous member: so have we
""", E(S, "alias", NU, "SBA"), E(SID, "title_surname", DX, "Mr Siddiqui"))

add("social", """X · @lancs_lion_1877 · 20 Nov 2024

the deputy head of spindle bank better watch himself walking back to his car at night. Siddiqui thinks he's untouchable. he's not. not a threat, a promise

    @steph_w_1990 · 20 Nov
    reported to the police with screenshots
""", E(S, "alias", NU, "spindle bank"), E(SID, "surname_only", T, "Siddiqui"))

add("news", news(
    "courier",
    "Far-right leaflets and online threats: Brindlecote school staff 'shaken but standing firm'",
    "By Imogen Trask · 22 November 2024",
    """Staff at a Brindlecote academy have been targeted with threats, racist abuse and the publication of personal details since a far-right group began leafleting the town's Ellerby Fold estate last month, the Courier has learned.

Spindle Bank Academy's deputy headteacher, Farhan Siddiqui, had his personal mobile number posted on Facebook along with an invitation to "ring him tonight". The chair of governors, Tariq Mahmood, had his home address shared. Both have reported the posts to police.

In a rare interview, Mr Siddiqui said: "I grew up four streets from this school. The people sending this stuff are not the people I grew up with, and they are not the people whose children I teach."

Lancashire Police said it was investigating a number of offences under the Malicious Communications Act and Public Order Act.""",
    [
        ("Nadia K", "22 Nov", "Sending love to Mr Siddiqui. He got my brother through his GCSEs."),
        ("lancsbloke", "22 Nov", "its terrible what is happening to these people"),
    ],
), E(S, "exact", NU, "Spindle Bank Academy"), E(SID, "exact", NU, "Farhan Siddiqui"), E(MAH, "exact", NU, "Tariq Mahmood"))

add("social", """Instagram · @brindlecote_lad_official · story screenshot shared in comments · 23 Nov

"sp\u0456ndle bank = pak\u0456 bank 🇵🇰 no go zone for english kids. get them out of our schools"

comments under repost by @lancashire.against.racism
ameliaa.r  this is who's leafleting our estate btw. not "concerned parents"
j_brooks_7  screenshot everything and report
mariam.zz  my little brother is in year 8 there and he's scared to walk home now
""", E(S, "homoglyph", H, "sp\u0456ndle bank"))

add("news", news(
    "gazette",
    "Tanpits man convicted over messages to school deputy head",
    "By Court Reporter · 4 March 2025",
    """A man who sent a series of threatening and racially abusive messages to the deputy headteacher of a Brindlecote school has been given a 16-week suspended sentence.

Brindlecote Magistrates' Court heard that Craig Lomas, 37, of Cotton Street, sent eleven messages to Farhan Siddiqui, deputy head at Spindle Bank Academy, over three days in November after the teacher's mobile number was posted online.

The messages included threats to "pay a visit" to the teacher's home. Lomas, who pleaded guilty to sending malicious communications aggravated by racial hostility, was also ordered to pay £500 compensation and made subject to a five-year restraining order.

Magistrates told him the messages were "cowardly and vile". In a statement read to the court, Mr Siddiqui said he had changed his route to work and his children had asked why the police had visited.""",
    [
        ("Realist_BB", "4 Mar", "Suspended?! Should have been inside."),
        ("Tony H", "4 Mar", "At least there's a restraining order."),
    ],
), E(S, "exact", NU, "Spindle Bank Academy"), E(SID, "exact", NU, "Farhan Siddiqui"))

add("forum", forum(
    "staffroom", "Leadership", "Our chair of governors is being smeared - what can the board actually do?",
    [
        ("clerk_to_the_board", "21/11/2024 20:10", """I clerk for an academy in East Lancashire. For a month our chair has been the target of rumours on local Facebook pages: that he's stealing from a charity, that he appoints governors on religious grounds, that he's having an affair with the head. None of it is true.

The trust's legal team say "don't engage". The chair is 68 and it's making him ill. Has anyone had a trust actually send a defamation letter to a Facebook group admin? Did it help?"""),
        ("GovernanceGeek", "21/11/2024 20:32", "Yes, and it did help with the named admins. Anonymous groups are harder. Keep a dated log of every screenshot with URLs."),
        ("clerk_to_the_board", "21/11/2024 21:05", "Thanks. We've started one."),
    ],
))

add("social", """X · @MaryHaslamEF · 24 Nov 2024

I live on Ellerby Fold. I did not put a leaflet through anyone's door and I do not think Mr Mahmood is a thief. Some of us are fed up of being made to look like thugs by a few keyboard warriors. The school has its problems but it's OUR school too.
""", E(MAH, "title_surname", NU, "Mr Mahmood"))

add("facebook", """Spindle Bank Parents & Carers (UNOFFICIAL)
Post by Shazia Parveen · 25 November 2024

Can we please stop sharing the stuff from the "Uncensored" group in here? Someone has reposted the picture of Mr Mahmood's house again. It doesn't matter what you think of the governors, he is a grandad and people know where he lives now because of you.

Admins I've reported it.

Comments
Tanya Rigby: agree, deleted the one I saw
Admin - Parents & Carers: Removed. Thank you Shazia.
""", E(S, "alias", NU, "Spindle Bank"), E(MAH, "title_surname", NU, "Mr Mahmood"))

add("social", """TikTok · @ellerby.real.talk · live replay comments · 26 Nov

daz.74   mahmud and siddiqi should be deported the pair of them, back where they came from
kirsty.lancs   they were both born here you muppet
daz.74   doesnt matter
user48282   spindle has gone to pot since they took over
rach_ee   this live is just racism with extra steps
""", E(S, "short_name", NG, "spindle"), E(MAH, "typo", H, "mahmud"), E(SID, "typo", H, "siddiqi"))

add("news", news(
    "lancstoday",
    "Trust completes governance review at Spindle Bank: 'no evidence' of wrongdoing",
    "Lancs Today newsdesk · 16 January 2025",
    """An independent review of governance at Spindle Bank Academy has found "no evidence whatsoever" to support claims that circulated online about the school's governors last autumn.

The Pennine Weavers Learning Trust commissioned the review from an external governance consultant in December after what it called "a sustained campaign of misinformation".

The review found that all appointments had followed the trust's published procedures and that there was no financial link between the school and the Brindlecote Together Food Bank beyond collection boxes in the school foyer.

Chair of governors Tariq Mahmood said he would step down at the end of the school year, after fourteen years, "for reasons that have nothing to do with any of this and everything to do with my grandchildren".""",
), E(S, "exact", NU, "Spindle Bank Academy"), E(MAH, "exact", NU, "Tariq Mahmood"))

add("social", """X · @ChrisPennineGreens · 16 Jan 2025

Glad to see the review clear the governors at #SpindleBankAcademy. Anyone who spent November calling Tariq Mahmood a thief owes him an apology. Won't hold my breath.
""", E(S, "hashtag", NU, "#SpindleBankAcademy"), E(MAH, "exact", NU, "Tariq Mahmood"))

add("facebook", """Brindlecote Uncensored (NO ADMINS DELETING POSTS HERE)
Post by Anonymous member · 17 January 2025

"Independent" review paid for by the same trust lol. course it found nothing. Mahm00d has the whole lot of them in his pocket, he's been paying off the inspectors since before Ofsted came. same with Ormer0d-Baines, she's bent as a nine bob note and the trust knows it

Comments
Anonymous member: 💯
Karen D: got any proof or just vibes
""", E(MAH, "leetspeak", DF, "Mahm00d"), E(HEAD, "leetspeak", DF, "Ormer0d-Baines"))
# ---------------------------------------------------------------------------
# 3. The strict head of year; the Ofsted downgrade
# ---------------------------------------------------------------------------

add("review", """Google reviews › Spindle Bank Academy

★★☆☆☆  Leanne Duckworth · 5 reviews · 2 months ago

Teaching is ok and my daughter likes most of her teachers. BUT the head of year 10 Mr Haworth is on a power trip. Detention for a hair bobble the wrong colour. Isolation for a coat on in the corridor when it was freezing. He talks to 14 year olds like they're in the army. Kids are scared of him not respecting him.

👍 Helpful (31)

Response from the owner · 2 months ago
Thank you for taking the time to leave a review. Our uniform and behaviour policies are published on our website. We would be happy to discuss any individual concerns.
""", E(S, "exact", NG, "Spindle Bank Academy"), E(HAW, "title_surname", NG, "Mr Haworth"))

add("facebook", """Spindle Bank Parents & Carers (UNOFFICIAL)
Post by Jason Kershaw · 28 November 2024

My lad came home with a red mark on his arm today and says Haworth grabbed him to pull him out of a line. If that man puts his hands on my son one more time I will personally come up to that school and break his jaw in front of the whole yard. Im not even joking.

Comments
Leanne D: Jason ring the school first and ask what happened
Jason Kershaw: I know what happened
Mick B: calm down mate you'll end up getting nicked
""", E(S, "alias", NU, "Spindle Bank"), E(HAW, "surname_only", T, "Haworth"))

add("social", """Snapchat · "y10 spindle 😈" group chat · screenshot posted to X by @brindlecote_gossip · 29 Nov

kai: H4w0rth gave me isolation AGAIN for literally breathing
rhys.b: someone needs to batter him after school fr
kai: 😂😂 i'd pay to watch
jess: ur all so dramatic he gave u isolation cos u told miss fournier to shut up
kai: snitch
""", E(S, "short_name", NU, "spindle"), E(HAW, "leetspeak", T, "H4w0rth"), E(FOU, "title_surname", NU, "miss fournier"))

add("forum", forum(
    "parenttalk", "Secondary education", "Head of Year treats DS like a criminal - complain to who?",
    [
        ("WhatAboutMeThen", "02/12/24 21:15", """DS is Y10 at Spindle Bank Academy. Not an angel but not a bad kid either. Since September he's had 14 detentions and 3 days in "reflection" (their name for the isolation booth) and nearly all of them are from the Head of Year, Mr Haworth, for uniform. Untucked shirt. Wrong socks. Bag on the wrong shoulder, I swear.

DS now says he hates school and is refusing some mornings. Who do I complain to? Head? Governors? Ofsted?"""),
        ("Tea_and_toast_again", "02/12/24 21:30", "Complaints policy first - usually it's HoY, then head, then governors. Ofsted won't touch individual complaints."),
        ("HaworthSurvivor2019", "02/12/24 21:52", "Ha. Had him as my HoY at the same school. He's strict but he's fair and he genuinely went to bat for me when my dad was ill. Might be worth a face-to-face."),
        ("WhatAboutMeThen", "02/12/24 22:10", "Interesting, thanks. I'll ask for a meeting."),
    ],
), E(S, "exact", NG, "Spindle Bank Academy"), E(HAW, "title_surname", NG, "Mr Haworth"))

add("facebook", """Brindlecote Uncensored (NO ADMINS DELETING POSTS HERE)
Post by Anonymous member · 3 December 2024

for all the parents whose kids have been bullied by "Mr" Haworth at spindle. Bob Haworth lives on Thrushcross Avenue in Ellerby Fold, the one with the caravan on the drive, silver Skoda Octavia. Have a word with him when he's not hiding behind the school gates

Comments
Anonymous member: on it 😈
Paula N: this is the same group that put Mr Mahmoods house up. absolute scum
""", E(S, "short_name", NU, "spindle"), E(HAW, "nickname", DX, "Bob Haworth"), E(MAH, "title_surname", NU, "Mr Mahmoods"))

add("social", """TikTok · @spindle.pov · video: "POV: mr haworth catches u with ur tie off 💀" · 88.1K views

comments
lil.tay.03   the walk 😭😭 its so accurate
ryan.mcg_   haworth is a bald rat with a lanyard
bilal.x.07   nah hes safe if ur not a dickhead tbh
ellie_dance_x   the way he says "SHIRT." from across the whole yard
ryan.mcg_   @bilal.x.07 teachers pet
hxnnah.k   mr haworth's eyebrows deserve their own detention
""", E(S, "handle", NU, "@spindle.pov"), E(HAW, "title_surname", AB, "mr haworth"))

add("review", """Indeed › Company reviews › Spindle Bank Academy (Pennine Weavers Learning Trust)

★★☆☆☆  Teaching Assistant (Former Employee) - Brindlecote - 14 January 2025

"Good kids, behaviour system run like a prison"

Pros: The kids are funny and mostly kind. The SEN team under Mrs Akhtar work incredibly hard with hardly any resources. Lunch is decent.

Cons: Upper school behaviour is run by R. Haworth and a couple of his followers and it's zero tolerance for the sake of it. Staff who question it get frozen out. Turnover in my department was over 50% in two years. SLT say they value wellbeing then email at 10pm.
""", E(S, "exact", NG, "Spindle Bank Academy"), E(AKH, "title_surname", NU, "Mrs Akhtar"), E(HAW, "initial_surname", NG, "R. Haworth"))

add("social", """X · @brindlecotemum3 · 6 Dec 2024

Not being funny but if a man his age is that obsessed with checking girls' skirt lengths every single morning there's something wrong with him. Robbie Haworth at Spindle Bank measures them with a ruler. Think about that.

    @brindlecotemum3 · 6 Dec
    and no I'm not deleting it
""", E(S, "alias", SX, "Spindle Bank", True), E(HAW, "nickname", SX, "Robbie Haworth", True))

add("news", news(
    "gazette",
    "Brindlecote head of year suspended while trust investigates pupil complaint",
    "By Naomi Entwistle · 10 December 2024",
    """A head of year at Spindle Bank Academy has been suspended while the school's academy trust investigates a complaint from a parent, the Gazette understands.

The Pennine Weavers Learning Trust confirmed that "a member of staff" was suspended on a neutral basis last week. It is understood the complaint relates to an incident in a corridor in late November in which a Year 10 pupil was moved out of a queue.

Parents named the teacher on social media as Robert Haworth, who has worked at the school for 19 years. The trust said suspension "is not a disciplinary sanction and implies no wrongdoing".""",
    [
        ("Mick B", "10 Dec", "Suspended for moving a kid out of a queue. What a world."),
        ("Leanne D", "10 Dec", "Let them investigate. If he did nothing wrong he'll be back."),
        ("bilal_mum", "10 Dec", "He has been strict with my son but he has always been fair. I hope this is sorted quickly"),
    ],
), E(S, "exact", NU, "Spindle Bank Academy"), E(HAW, "exact", DF, "Robert Haworth"))

add("social", """X · @truthaboutspindle · 11 Dec 2024

H.a.w.o.r.t.h threw a year 10 lad against the lockers and the school tried to cover it up until the mum went to the police. 19 years of this and they all knew. Suspended? should be locked up

    @truthaboutspindle · 11 Dec
    i know 3 other kids he's done it to
""", E(S, "handle", NU, "@truthaboutspindle"), E(HAW, "spacing", DF, "H.a.w.o.r.t.h"))

add("facebook", """Spindle Bank Parents & Carers (UNOFFICIAL)
Post by Michelle Kay · 12 December 2024

I want to say something positive for once. When my daughter was being bullied on Snapchat last year Mr Haworth had it sorted in two days, rang me every evening that week to update me and stayed behind to walk her to the bus. Whatever's going on now I hope people remember there are two sides.

Comments
Leanne D: same with my son tbh
Jason Kershaw: two sides my arse
Michelle Kay: Jason I know you're upset but he was good to my girl
""", E(S, "alias", NU, "Spindle Bank"), E(HAW, "title_surname", NU, "Mr Haworth"))

add("news", news(
    "gazette",
    "Head of year returns to school after investigation finds no case to answer",
    "By Naomi Entwistle · 22 January 2025",
    """A Spindle Bank Academy head of year has returned to work after an investigation by the academy trust found no case to answer.

The trust said CCTV and statements from staff and pupils showed the teacher had "guided a pupil out of a queue by the arm without force" and that the school's physical intervention policy had been followed.

Parents had named the teacher online as Robert Haworth. The trust said several social media posts about him were "false and defamatory" and had been reported.""",
), E(S, "exact", NU, "Spindle Bank Academy"), E(HAW, "exact", NU, "Robert Haworth"))

add("news", news(
    "gazette",
    "Father admits threatening to 'break jaw' of Brindlecote teacher",
    "By Court Reporter · 18 February 2025",
    """A father who threatened in a Facebook post to "break the jaw" of his son's head of year has been fined and given a community order.

Jason Kershaw, 41, of Hey Street, Ellerby Fold, pleaded guilty at Brindlecote Magistrates' Court to sending a communication conveying a threat. The court heard the post, made in a parents' group in November, named Robert Haworth, head of Year 10 at Spindle Bank Academy.

Kershaw told the court he had been "angry and stupid" and had since apologised to the teacher in writing. He was fined £340 and ordered to complete 80 hours of unpaid work.""",
    [
        ("Leanne D", "18 Feb", "Glad he's apologised. Everyone says things in temper but you can't write it on Facebook."),
    ],
), E(S, "exact", NU, "Spindle Bank Academy"), E(HAW, "exact", NU, "Robert Haworth"))

add("social", """Instagram · comments on @brindlecote_gazette post "Father fined over threat to teacher"

kelz.1989  fair enough tbh u cant threaten teachers
j.kersh.81  mr H*worth still a prick tho 🤷 everyone knows it
nat.ellerby  @j.kersh.81 is this his son 💀
paigeyyy_b  spindle mums in the comments as usual 🍿
""", E(S, "short_name", NU, "spindle"), E(HAW, "obfuscated", AB, "mr H*worth"))

add("news", news(
    "lancstoday",
    "Ofsted downgrades Brindlecote academy to 'requires improvement'",
    "Lancs Today newsdesk · 7 March 2025",
    """Spindle Bank Academy in Brindlecote has been rated "requires improvement" by Ofsted, down from the "good" rating it held since 2016.

Inspectors, who visited in February, said pupils' behaviour in lessons was generally calm but that too many pupils were persistently absent and that disadvantaged pupils, particularly those from the Ellerby Fold estate, were not achieving as well as they should.

The report praised the school's mathematics department and its "exceptional" work with the local community, but said leaders' checks on the quality of teaching in some subjects were "not sharp enough".

Headteacher Rachel Ormerod-Baines said the school accepted the findings. "We know what we need to do and we have already started doing it," she said.""",
    [
        ("Realist_BB", "7 Mar", "Not surprised. Been going downhill for years."),
        ("Nadia K", "7 Mar", "The report says maths is really strong. My kids have done well there."),
        ("Dean H", "7 Mar", "Head should go. Simple."),
    ],
), E(S, "exact", NG, "Spindle Bank Academy"), E(HEAD, "exact", NG, "Rachel Ormerod-Baines"))

add("news", news(
    "edweek",
    "Inspection roundup: three North West secondaries lose 'good' grades",
    "Schools North · 10 March 2025 · Inspections",
    """Three secondary schools in the North West have been downgraded in the latest batch of published inspection reports.

## Spindle Bank Academy, Brindlecote

The 11-16 school, part of Pennine Weavers Learning Trust, moved from good to requires improvement. Attendance among disadvantaged pupils was the main concern. Inspectors noted "a turbulent autumn" involving community protests but said the report "reflects the education pupils receive, not external events".

## Moorbrook High School, Hollingden

Moorbrook, a standalone academy, moved from good to requires improvement, with inspectors citing weak curriculum planning in humanities.

## St Wilfrid's RC High, Castleholme

St Wilfrid's was graded requires improvement for leadership and management after a period of instability in its senior team.""",
), E(S, "exact", NG, "Spindle Bank Academy"))

add("forum", forum(
    "parenttalk", "Secondary education", "Ofsted RI - move DD or stay?",
    [
        ("Marmite_not_Vegemite", "08/03/25 19:40", """DD is Y7 at Spindle Bank, went from Good to RI yesterday. She is happy, has friends, loves maths (she thinks her maths teacher hung the moon, Mr Ackroyd is apparently a legend). Do I move her just because of a grade?"""),
        ("Tea_and_toast_again", "08/03/25 19:55", "Read the report, not the headline. If the issue is attendance and she attends, it's probably not about her."),
        ("Lemonpuff", "08/03/25 20:12", "Don't move a happy child. RI schools often improve fast because everyone's watching."),
        ("Marmite_not_Vegemite", "08/03/25 20:30", "That's what I thought. Staying put."),
    ],
), E(S, "alias", NG, "Spindle Bank"), E(ACK, "title_surname", NU, "Mr Ackroyd"))

add("facebook", """Ellerby Fold Residents - Say What You See
Post by Dean Holt · 8 March 2025

RI from ofsted. Told you all. Too busy with the woke lessons and the governors playing at politics to actually teach our kids. Spindle Bank Academy is finished. Ormerod-Baines should resign today. Every kid on this estate has been failed by that woman.

Comments
Gaynor P: my son got 7s and 8s there last year
Dean Holt: well done him
Sharon W: she wont go, they never do
""", E(S, "exact", NG, "Spindle Bank Academy"), E(HEAD, "surname_only", NG, "Ormerod-Baines"))

add("blog", blog(
    "unspun",
    "Requires improvement: reading the report properly",
    "Posted 9 March 2025 by Unspun · Schools",
    """Brindlecote's Facebook groups had decided what the Ofsted report said before anyone opened the PDF. So here's what it actually says about Spindle Bank.

Attendance: the big one. Persistent absence in Year 10 is almost double the national figure, and it's worst among boys from Ellerby Fold. That is a real problem and the school knows it.

Quality of education: mixed. Maths is singled out as strong ("pupils talk about mathematics with real enthusiasm"). Humanities and MFL are weaker.

Leadership: inspectors say leaders "have an accurate view" but that checks on teaching are "not sharp enough". That's a polite way of saying middle leaders need more support and more time.

What the report doesn't say: anything about RSE, governors, or mosques.

## My view

The head, Rachel Ormerod-Baines, had a dreadful autumn and some of that was self-inflicted. But RI is a fair grade and a fixable one.""",
    [
        ("Kelvin", "9 Mar", "Fixable with a new head maybe"),
        ("Eileen (Ellerby Fold)", "9 Mar", "Thanks for actually reading it."),
    ],
), E(S, "alias", NG, "Spindle Bank"), E(HEAD, "exact", NG, "Rachel Ormerod-Baines"))

add("social", """TikTok · @brindlecote.unfiltered · video: "OFSTED SAYS SPINDLE BANK IS RUBBISH 🚨" · 31.4K views

comments
ste.p.88   that head ormerod-barnes is a dozy cow, dont know why shes still there
gracie.lou.x   my school isnt rubbish shut up 😭
tyrese.b   the only good thing there is mr ackroyd fr
maya__n   ormerod-barnes should do the school a favour and walk out
gracie.lou.x   @tyrese.b ackroyd carrying the whole school on his back
""", E(S, "alias", NG, "SPINDLE BANK"), E(HEAD, "typo", AB, "ormerod-barnes"), E(ACK, "title_surname", NU, "mr ackroyd"))

add("news", news(
    "council",
    "Minutes: Children and Young People Scrutiny Committee, 19 March 2025",
    "Brindlecote Borough Council · Meeting held in Committee Room 2, Town Hall · Minutes published 27 March 2025",
    """Present: Cllr P. Ainsworth (Chair), Cllr S. Hussain, Cllr G. Marland, Cllr D. Whitworth, Cllr R. Bibi. Officers: Head of Education Services, Attendance Team Manager.

## 42. Secondary school inspection outcomes

The Head of Education Services reported that Spindle Bank Academy had been judged requires improvement. Members noted the academy is not maintained by the council, but that the council retains duties on attendance.

Cllr Whitworth (Ellerby Fold ward) asked what support was being offered to families on the estate. The Attendance Team Manager reported joint work with the academy's deputy headteacher, Mr F. Siddiqui, on a family attendance pilot beginning after Easter.

Cllr Bibi thanked the headteacher, Mrs R. Ormerod-Baines, for attending the ward forum in February.

RESOLVED: That the committee receives an update on the attendance pilot in September 2025.

## 43. School transport

Deferred to the next meeting.""",
), E(S, "exact", NU, "Spindle Bank Academy"), E(SID, "initial_surname", NU, "Mr F. Siddiqui"), E(HEAD, "initial_surname", NU, "Mrs R. Ormerod-Baines"))

add("facebook", """Brindlecote Mums & Dads Chat
Post by Gaynor Pilling · 10 March 2025

Can people stop slagging off the school in front of their kids please. My daughter came home upset because someone's mum told her at the bus stop that "Spindle is a failing school now." She's 12. She doesn't need that.

The report is on the Ofsted website. It says the maths is brilliant and the school needs to sort attendance. That's it.

Comments
Michelle Kay: agree 100%
Dean Holt: facts are facts
Gaynor Pilling: read the facts then Dean
""", E(S, "short_name", NU, "Spindle"))

add("social", """X · @cloughfold_watch · 12 Mar 2025

RI and she's still clinging on. Ormerod-Baines lives at 7 Cloughfold Rise, Brindlecote, the house with the green door and the hanging baskets. Parents should tell her what they think at home where she can't hide behind the office and the trust. #SpindleBank

    @AnnaWrites_NW · 12 Mar
    Posting someone's home address is how people get hurt. Reported.
""", E(S, "hashtag", NU, "#SpindleBank"), E(HEAD, "surname_only", DX, "Ormerod-Baines"))

add("forum", forum(
    "staffroom", "Secondary › Pastoral and PSHE", "Strict HoY at the school down the road - does 'warm-strict' actually exist?",
    [
        ("Pastoral_Pete", "14/03/2025 17:05", """There's a HoY at Spindle Bank, Rob Haworth, who's become a local legend among kids for the "SHIRT." shout across the yard and who was suspended and cleared this winter. I've met him on a course and he's honestly one of the most caring pastoral people I know. But the TikToks make him look like a drill sergeant.

Is 'warm-strict' something that only works when everyone already knows you?"""),
        ("MrsStatsAndSprouts", "14/03/2025 17:40", "I think it depends on relationships with families more than with kids. The parents who hate him probably never met him before their kid got a detention."),
        ("HeadInTheClouds", "14/03/2025 18:02", "Also: a man who's been at one school 19 years has taught half the parents. That cuts both ways."),
    ],
), E(S, "alias", NU, "Spindle Bank"), E(HAW, "nickname", NU, "Rob Haworth"))

add("social", """X · @ellerby_al · 15 Mar 2025

if i see that haworth prick down Ellerby Fold again im going to put him through the window of the chippy. he got my niece excluded over NOTHING

    @ellerby_al · 15 Mar
    deleted my last one cos my mrs told me to but i meant it
""", E(HAW, "surname_only", T, "haworth"))

add("review", """Google reviews › Spindle Bank Academy

★★★★★  Hamza Iqbal · a week ago

Left in 2023. Best thing about the place was Mr Haworth honestly - strict as anything but if you were having a hard time he was the first to notice. The reviews on here from people who've never set foot inside are a joke. Also shout out to Sir Ackroyd, got a 9 in maths because of that man.

👍 Helpful (12)
""", E(S, "exact", NU, "Spindle Bank Academy"), E(HAW, "title_surname", NU, "Mr Haworth"), E(ACK, "title_surname", NU, "Sir Ackroyd"))
# ---------------------------------------------------------------------------
# 4. The popular maths teacher, French, PE and the cricket club, SEN, the food bank
# ---------------------------------------------------------------------------

add("blog", blog(
    "mathsblog",
    "Five things I stole from the northern maths conference",
    "Sums and Stories · 2 December 2024 · Talks",
    """I came back from Saturday's conference in Preston with a notebook full of ideas and a cold. Here are the five I'm trying first.

## 1. Silent starters

Two minutes, no talking, one question on the board that has at least three ways in.

## 2. "Convince me, convince a friend, convince a sceptic"

Not new, but Lysander Ackroyd's session on it was the best hour of the day. He teaches in an 11-16 school in Lancashire and showed work from Year 8 pupils proving that the sum of two odd numbers is even in ways I'd never have thought of. He also does a brilliant impression of a sceptical examiner.

## 3. Mini-whiteboards for everything

## 4. Fewer worksheets, more sorting tasks

## 5. Ending on a question, not an answer""",
    [
        ("mathsmum", "2 Dec", "Agree about the Ackroyd session. Half the room were filming his slides."),
    ],
), E(ACK, "exact", NU, "Lysander Ackroyd"))

add("social", """TikTok · @mr_ackroyd_maths · video: "when the year 9s finally get simultaneous equations 🥹" · 412.6K views

comments
aleena.x.07   @mr_ackroyd_maths ur the only teacher who makes me want to go to period 5
josh.t.2009   this man got my whole set through the mocks 🙏
mathsnerd_uk   the rap about the quadratic formula lives in my head rent free
hxnnah.k   sir said if we get 200 comments he'll wear the dinosaur costume on friday 🦖
user0029183   teachers on tiktok should be banned tbh
""", E(ACK, "handle", NU, "@mr_ackroyd_maths"))

add("social", """Instagram · comments on @spindlebank_memes_ post "rate the teachers 1-10"

liv.ashworth_  ackroyd is literally sooo fit 😍😍 i'd do anything for extra maths with him if u know what i mean 😏
kai.b_  @liv.ashworth_ girl he's like 40 😭
liv.ashworth_  @kai.b_ and??
mo.k_10  yall are weird
""", E(S, "handle", NU, "@spindlebank_memes_"), E(ACK, "surname_only", SX, "ackroyd"))

add("facebook", """Spindle Bank Parents & Carers (UNOFFICIAL)
Post by Nadia Khan · 20 March 2025

Is it true Mr Ackroyd is leaving at Easter?? My son has come home devastated saying he's been headhunted by a school in Manchester. If it's true we should do a petition or something. He is the reason half of Year 11 might actually pass maths this summer.

Comments
Michelle Kay: I heard that too 😢
Gaynor Pilling: my daughter says he told them he's not going anywhere, it's a rumour
Nadia Khan: oh thank god
Tanya Rigby: that man deserves a pay rise not a rumour mill
""", E(S, "alias", NU, "Spindle Bank"), E(ACK, "title_surname", NU, "Mr Ackroyd"))

add("social", """X · @brindle_banter · 22 Mar 2025

everyone going on about Mr Akroyd like hes a saint. turned up to parents evening last year stinking of ale, slurring at my wife. the man's got a drink problem and the school knows full well. they just don't care because his results look good

    @gaynor_p · 22 Mar
    This is a lie and you know it
""", E(ACK, "typo", DF, "Mr Akroyd"))

add("review", """Glassdoor › Pennine Weavers Learning Trust › Reviews

★★★★☆  "Maths department carries the school" · Teacher of Mathematics · Current Employee · Brindlecote

Pros: A brilliant, collaborative maths department at Spindle Bank. Lysander A. has built a team that actually shares resources and doesn't mark for the sake of it. Kids are great.

Cons: Behaviour systems elsewhere in the building are inconsistent. Pay scale progression is slow. Trust-wide meetings eat Tuesdays.

Advice to management: Keep doing what you're doing in maths. Listen to it.
""", E(S, "alias", NU, "Spindle Bank"), E(ACK, "first_initial", NU, "Lysander A."))

add("forum", forum(
    "staffroom", "Secondary › Maths", "Anyone got Sandy Ackroyd's proof sorting cards?",
    [
        ("sohcahtoa_sally", "06/12/2024 19:12", "Went to Sandy Ackroyd's workshop at the northern conference and didn't grab the link to his card sort for odd/even proofs. Anyone got it?"),
        ("LeftHandedCompass", "06/12/2024 19:40", "He posted it on his blog-ish thing, will DM you. Top bloke, answered my email on a Sunday."),
        ("sohcahtoa_sally", "06/12/2024 19:45", "You legend, thanks"),
    ],
), E(ACK, "nickname", NU, "Sandy Ackroyd"))

add("news", news(
    "gazette",
    "Brindlecote maths teacher named among country's best",
    "By Naomi Entwistle · 3 April 2025",
    """A maths teacher from Spindle Bank Academy has been shortlisted for a national teaching award after being nominated by his pupils.

Lysander Ackroyd, 41, who has taught at the school for eleven years, is one of six finalists in the secondary maths category of the Northern Teaching Awards. His TikTok account, which he uses to post short revision clips, has more than 60,000 followers.

"The kids nominated me without telling me," he said. "I found out when one of them rang the office pretending to be from the BBC."

The academy's recent Ofsted report singled out its maths department for praise.""",
    [
        ("Hamza I", "3 Apr", "Deserved. Got me a 9."),
        ("Gaynor P", "3 Apr", "Fantastic news for the school after a hard year"),
    ],
), E(S, "exact", NU, "Spindle Bank Academy"), E(ACK, "exact", NU, "Lysander Ackroyd"))

add("social", """X · @sir_ackroyd_stan · 4 Apr 2025

LysanderAckroyd for national teacher of the year and then prime minister 🗳️📈 #MrAckroyd

    @tyrese.b · 4 Apr
    vote sir vote sir
""", E(ACK, "camelcase", NU, "LysanderAckroyd"))

add("social", """Snapchat · "y9 french set 2 🇫🇷 brindlecote" group · screenshots posted on TikTok by @lancs.tea.spill

chloe: miss fournier is actually so pretty tho, that accent 😩
amir.k: bro ur obsessed
chloe: not me, jack said he's gonna fail on purpose just to get a detention alone with her 💀 and he said some other stuff i'm not typing
jack.r: DELETE THAT 😭😭
""", E(FOU, "title_surname", SX, "miss fournier"))

add("social", """X · @NoSurrenderNW · 21 Jan 2025

Found out my lad's French teacher at spindle bank is actually French. Mlle Fournier. Why are we paying foreigners to teach English kids? Go back to France love and take your frog language with you. Brexit was supposed to sort this

    @lancs_anti_fash · 21 Jan
    Imagine being angry that a French teacher speaks French
""", E(S, "alias", NU, "spindle bank"), E(FOU, "title_surname", H, "Mlle Fournier"))

add("facebook", """Spindle Bank Parents & Carers (UNOFFICIAL)
Post by Lorraine Mather · 29 January 2025

Is anyone else's child in Mme Fournier's year 10 French? My daughter has had 3 cover lessons a week since Christmas and no marked work since October. Emailed twice, no reply. I know teachers are stretched but it's GCSE year.

Comments
Gaynor Pilling: I think she's been off poorly
Lorraine Mather: fair enough but someone should be telling parents
""", E(S, "alias", NG, "Spindle Bank"), E(FOU, "title_surname", NG, "Mme Fournier"))

add("news", news(
    "cricket",
    "Girls' softball cricket festival with Spindle Bank Academy a big hit",
    "Club news · 14 June 2025",
    """More than sixty girls from Years 7 and 8 at Spindle Bank Academy took part in a softball cricket festival at the Lowerhouse Road ground on Wednesday.

The festival is the third run jointly by the club and the school's PE department under head of PE Paul Walker, who also coaches our Under-15s. Eight teams played, with the Tanpits Tigers winning a nail-biting final on the last ball.

Thanks to our volunteers, to the bar staff who kept everyone in juice, and to the Tanpits Jamia Masjid youth committee for the barbecue.""",
), E(S, "exact", NU, "Spindle Bank Academy"), E(WAL, "exact", NU, "Paul Walker"))

add("blog", blog(
    "cricket",
    "Junior presentation evening 2024: the winners",
    "Brindlecote Cricket Club · Club news · 1 October 2024",
    """Our junior presentation evening was held in the pavilion on Friday. Thank you to everyone who came.

Under-11 player of the year: Ayaan Sheikh
Under-13 player of the year: Lily Marsden
Under-15 player of the year: Zain Akram
Clubman of the year: Stan Holt (the tea urn has never been in safer hands)
Coach of the year: P. Walker (Under-15s), who also runs the Friday after-school sessions for the school up the road

The girls' section has doubled in size in a year, largely thanks to Mr Walker's partnership with the school.""",
), E(WAL, "initial_surname", NU, "P. Walker"))

add("facebook", """Brindlecote Uncensored (NO ADMINS DELETING POSTS HERE)
Post by Anonymous member · 4 February 2025

Parents with girls at SBA be careful. my friend's daughter in year 9 showed her messages from the PE teacher Walker on snapchat, late at night, asking her what she was up to and telling her she looked "mature for her age". School knows and has done nothing. Check your daughters phones.

Comments
Jenna R: omg
Tracey G: if this is true it needs to go to police not facebook
Anonymous member: they wont listen
Karen D: so nobody has actually seen these messages
""", E(S, "alias", SX, "SBA", True), E(WAL, "surname_only", SX, "Walker", True))

add("news", news(
    "trust",
    "Statement on social media rumours about staff",
    "Pennine Weavers Learning Trust · News · 6 February 2025",
    """We are aware of posts on social media making serious allegations about a member of staff at one of our schools.

Any concern about the safety of a child should be reported immediately to the school's Designated Safeguarding Lead or directly to the local authority designated officer (LADO). Every report is taken seriously and handled under statutory guidance.

Posting allegations on social media does not protect children. It can compromise a genuine investigation and can cause serious harm to people who have done nothing wrong.

If you have information, please contact the safeguarding team on 01632 960888.""",
))

add("social", """X · @spindle_gymbro · 7 Feb 2025

Walker the PE teacher at spindle bank is a fat has-been who still thinks he's going to get picked for Lancashire 😂 mate you're 48 and you get out for 3 every saturday. sit down

    @spindle_gymbro · 7 Feb
    and his tracksuits are from 2009
""", E(S, "alias", NU, "spindle bank"), E(WAL, "surname_only", AB, "Walker"))

add("blog", blog(
    "foodbank",
    "Newsletter: winter 2024",
    "Brindlecote Together Food Bank · Newsletter · December 2024",
    """## Thank you, Brindlecote

This winter we have handed out 1,146 parcels from the hall at St Bart's and the community room at the masjid, up a fifth on last year.

Special thanks to the pupils and staff of Spindle Bank Academy, whose Harvest and Ramadan collections together filled nine pallets. Mrs Akhtar's Year 8 nurture group came down three Thursdays running to sort tins by date, and were better at it than our adult volunteers.

## Volunteers needed

We especially need drivers on Saturday mornings. Ring Alison or Shafiq on 01632 960555.

## A note on the rumours

Some people have asked about our accounts. They are independently examined every year and are public. Every penny goes on food and rent for the van.""",
), E(S, "exact", NU, "Spindle Bank Academy"), E(AKH, "title_surname", NU, "Mrs Akhtar"))

add("blog", blog(
    "stbarts",
    "Parish news: Harvest, Remembrance and the food bank",
    "St Bartholomew's, Ellerby Fold · Parish news · November 2024",
    """Harvest: our thanks to everyone who brought tins and packets to the Harvest service. The pupils from Spindle Bank who read at the service did beautifully, and their school's collection added over 300 items to the food bank shelves.

Remembrance: the Act of Remembrance at the war memorial will be at 10.50am on Sunday 10 November. Cadets from across the town will lay wreaths.

Food bank: we continue to share the work of Brindlecote Together with our friends at Tanpits Jamia Masjid. Please keep praying for all those who depend on it this winter, and for our town as it goes through a difficult season.""",
), E(S, "alias", NU, "Spindle Bank"))

add("blog", blog(
    "masjid",
    "Community iftar: over 300 neighbours break fast together",
    "Tanpits Jamia Masjid · News · 17 March 2025",
    """Alhamdulillah, more than 300 people joined our community iftar on Saturday, including many neighbours from Ellerby Fold, the Rev Alison Capstick and members of St Bartholomew's, and players from Brindlecote Cricket Club.

Staff and pupils from Spindle Bank Academy served the food, led by deputy headteacher Farhan Siddiqui and head of PE Paul Walker, whose cricket girls' team set up the tables in record time.

After a hard autumn for our town, it was a night to remember that we are neighbours first. May Allah accept the fasts of everyone who is fasting.""",
), E(S, "exact", NU, "Spindle Bank Academy"), E(SID, "exact", NU, "Farhan Siddiqui"), E(WAL, "exact", NU, "Paul Walker"))

add("forum", forum(
    "parenttalk", "SEN", "EHCP not being followed - secondary SENCo won't reply",
    [
        ("MumOfTheSpectrum", "24/01/25 10:02", """DS (Y8, autistic, EHCP) is at Spindle Bank Academy. His plan says he should have a named adult and a quiet space at lunch. Neither has happened since October. I have emailed the SENCo, Mrs Akhtar, five times. One reply, which said "we are looking into it".

I'm exhausted. Do I go to the LA? SENDIASS? Both?"""),
        ("SendWarrior77", "24/01/25 10:30", "Both, and put everything in writing with dates. The school has a legal duty to deliver the provision in section F."),
        ("CalmDownDear", "24/01/25 11:12", "In fairness to a lot of SENCos, they're drowning. But that doesn't change the law."),
        ("MumOfTheSpectrum", "24/01/25 12:40", "Thank you. Ringing SENDIASS now."),
    ],
), E(S, "exact", NG, "Spindle Bank Academy"), E(AKH, "title_surname", NG, "Mrs Akhtar"))

add("facebook", """Brindlecote Mums & Dads Chat
Post by Debbie Ingham · 30 January 2025

Akhtar at Spindle Bank is a total waste of space. Useless useless woman. Couldn't organise a brew in a tea shop. My daughter has been on the "SEN register" for 2 years and nothing. She sits there nodding at you in meetings and does sod all. Get someone in who actually cares.

Comments
Kayleigh Brennan: she's been brilliant with my son, sorry you've had a bad experience
Debbie Ingham: good for you
""", E(S, "alias", NU, "Spindle Bank"), E(AKH, "surname_only", AB, "Akhtar"))

add("news", news(
    "gazette",
    "New specialist base for autistic pupils to open at Spindle Bank",
    "By Naomi Entwistle · 25 April 2025",
    """Spindle Bank Academy will open a 16-place specialist base for autistic pupils in September, funded by the county council.

The base, to be called The Loom, will be led by the school's SENCo, Shabana Akhtar, who said it would give pupils "a calm place to learn without having to leave their friends and their community".

The county council's cabinet member for children said parents on the Ellerby Fold estate and in Tanpits had "waited far too long" for specialist places close to home.""",
    [
        ("MumOfTheSpectrum", "25 Apr", "Long overdue but I'm glad. Hope they staff it properly."),
    ],
), E(S, "alias", NU, "Spindle Bank"), E(AKH, "exact", NU, "Shabana Akhtar"))

add("review", """Google reviews › Spindle Bank Academy

★★★★★  Aisha Rahman · 3 months ago

My son has autism and was refused by two schools before this one. Mrs Akhtar and her team have been amazing, they listen, they ring back, they actually know my son. Also Mr Siddiqui sorted a bullying issue in a week. Not perfect but I'm grateful.

👍 Helpful (18)
""", E(S, "exact", NU, "Spindle Bank Academy"), E(AKH, "title_surname", NU, "Mrs Akhtar"), E(SID, "title_surname", NU, "Mr Siddiqui"))

add("social", """TikTok · @yr11.spindle.leavers · video: "teachers we'll miss 🥲" · 6,220 views

comments
tyrese.b   A c k r o y d 🐐 the only reason i passed
gracie.lou.x   haworth lowkey 😭 never thought i'd say that
aleena.x.07   miss fournier's crepe day >>>
josh.t.2009   walker's fitness tests <<<<<
""", E(S, "handle", NU, "@yr11.spindle.leavers"), E(ACK, "spacing", NU, "A c k r o y d"), E(HAW, "surname_only", NU, "haworth"), E(FOU, "title_surname", NU, "miss fournier's"), E(WAL, "possessive", NU, "walker's"))

add("social", """X · @exam_board_leaks_ · 10 Apr 2025

\u0410ckroyd, the "award-winning" maths teacher, was quietly let go from his last school in Cheshire for changing coursework marks. Check the dates on his CV. He's doing the same with mock results now, that's why his grades look so good

    @spindlebank_memes_ · 10 Apr
    this account literally made up a leak about the queen last week
""", E(ACK, "homoglyph", DF, "\u0410ckroyd"), E(S, "handle", NU, "@spindlebank_memes_"))

add("social", """Instagram · comments on @amelie.fr.lancs (public reel: "Sunday crêpes in Lancashire 🇫🇷")

j.dempsey_y10  MISS THIS IS UR ACCOUNT 😭😭😭
j.dempsey_y10  guys its miss fournier from spindle, her flat is on Weavers Row next to the launderette, u can see the sign in the window
ryanmcg___  no way 💀 going round for crepes
amelie.fr.lancs  This account is private now. Please respect my privacy.
""", E(S, "short_name", NU, "spindle"), E(FOU, "title_surname", DX, "miss fournier"))

add("news", news(
    "gazette",
    "Pupils swap Brindlecote for Brittany on first exchange since 2019",
    "By Naomi Entwistle · 28 May 2025",
    """Twenty-four pupils from Spindle Bank Academy have returned from a week in Quimper, Brittany, the school's first exchange trip since before the pandemic.

The trip was organised by French teacher Amélie Fournier, who grew up in the town. "Half of them had never been on a plane," she said. "By Thursday they were ordering their own crêpes and arguing about football in French."

Families in Quimper will visit Brindlecote in October.""",
), E(S, "exact", NU, "Spindle Bank Academy"), E(FOU, "exact", NU, "Amélie Fournier"))

add("review", """Google reviews › Spindle Bank Academy

★★★☆☆  Paul Greenwood · 2 months ago

Mixed. Maths is excellent (Ackroyd's lessons are the best thing in the building). PE is a joke, my son hasn't done anything but cross country in the rain since September. Canteen queues are ridiculous. Reception staff are lovely.

👍 Helpful (7)
""", E(S, "exact", NG, "Spindle Bank Academy"), E(ACK, "possessive", NU, "Ackroyd's"))

add("social", """Snapchat · screenshot posted to X by @brindlecote_gossip · 2 May

dd.xx: PE at spindle again 🙄 walker made us run round the field 6 times bc lewis said "the C word" (cricket)
leah.m: 😭😭 lewis is a menace
dd.xx: mr walker is actually the most unserious man alive tho, he did the running with us in his flip flops
leah.m: legend behaviour
""", E(S, "short_name", NU, "spindle"), E(WAL, "title_surname", NU, "mr walker"))
# ---------------------------------------------------------------------------
# 5. Spring and summer 2025: the long tail of comment, reviews, adverts, minutes
# ---------------------------------------------------------------------------

add("social", """X · @the_real_jonno_b · 14 Jan 2025

that O'Driscoll woman in Brindlecote needs a brick through her front window so she knows how parents feel. teaching our kids filth then crying victim to the papers

    @amy_loves_lancs · 14 Jan
    You're talking about a woman with a toddler. Reported to police.
""", E(ODR, "surname_only", T, "O'Driscoll"))

add("facebook", """Ellerby Fold Residents - Say What You See
Post by Sharon Whitworth · 16 January 2025

Had a meeting with Rachel Ormerod Baines about my grandson today. Smug, patronising, two-faced woman. Smiles at you while she's stabbing you in the back. Talked to me like I was something she'd trodden in. I've met traffic wardens with more heart.

Comments
Dean Holt: told you all
Gaynor Pilling: what happened with your grandson Sharon?
Sharon Whitworth: not going into it on here
""", E(HEAD, "hyphenated", AB, "Rachel Ormerod Baines"))

add("social", """TikTok · @brindlecote.lads.2010 · video: "lunch at SpindleBankAcademy be like 🦍" · 12.9K views

comments
ryan.mcg_   SpindleBankAcademy is a zoo and haworth is the zookeeper 🐒
kai.b_   haworth is honestly the saddest little man alive, imagine ur whole personality being ties
lil.tay.03   the chicken burger tho 🔥
mo.k_10   lmao kai
""", E(S, "camelcase", NG, "SpindleBankAcademy"), E(HAW, "surname_only", AB, "haworth"))

add("social", """X · @brindlecote_whistle · 19 Feb 2025

The Brindlecote head Ormerod-B*ines has been caught fiddling her expenses - hotel stays, a trust credit card used for family meals. The trust have known since November and are sitting on it until she "resigns for personal reasons". Remember you heard it here first.
""", E(HEAD, "obfuscated", DF, "Ormerod-B*ines"))

add("social", """X · @lancs_first_1 · 20 Feb 2025

the SENCo at the Tanpits academy, Akhtar, only helps kids from her own community. white SEN kids get nothing. its what they do, look after their own and sod the rest of us. typical of that religion

    @steph_w_1990 · 20 Feb
    My white autistic son has had nothing but help from her. Stop it.
""", E(AKH, "surname_only", H, "Akhtar"))

add("facebook", """Brindlecote Uncensored (NO ADMINS DELETING POSTS HERE)
Post by Anonymous member · 21 February 2025

head of year 10 at spindle, R Haworth's mobile is 07700 900342, got it off an old sunday league whatsapp. fill your boots. he likes ringing parents at teatime so let's return the favour at 3am

Comments
Anonymous member: 😂😂 done
Beth K: this is harassment and you know it
""", E(S, "short_name", NU, "spindle"), E(HAW, "initial_surname", DX, "R Haworth's"))

add("social", """X · @keyboard_karen_77 · 25 Feb 2025

whoever keyed Ormerod-Baines's car in the school car park in Tanpits deserves a medal. next time it should be her and not the car

    @NoHateLancs · 25 Feb
    This is a threat against a named woman. Reported.
""", E(HEAD, "possessive", T, "Ormerod-Baines's"))

add("facebook", """Ellerby Fold Residents - Say What You See
Post by Gaz Whittaker · 26 February 2025

Back from my 30 day ban lol. Still say it. Joanne ODriscoll in Brindlecote is a dyke pushing her perversion on other people's children and I don't care who reads this. There's a reason people like her were kept out of schools in my day.

Comments
Mandy Cross: Gaz you are vile. Reported again.
Admin - Ellerby Fold Residents: Removed. Permanent ban.
""", E(ODR, "alias", H, "Joanne ODriscoll"))

add("review", """Google reviews › Spindle Bank Academy

★☆☆☆☆  Kerry Hargreaves · a month ago

The deputy head Mr Siddiqui is an arrogant little man who thinks he is God's gift. Talks over you. Doesn't listen. Rolls his eyes in meetings. My son was excluded for something another boy did and Siddiqui wouldn't even look at the CCTV. Avoid.

👍 Helpful (5)
""", E(S, "exact", NG, "Spindle Bank Academy"), E(SID, "title_surname", AB, "Mr Siddiqui"))

add("social", """X · @ellerby_rumour_mill · 1 Mar 2025

fun fact: Paul Walker the PE teacher in Brindlecote got done for drink driving last summer and the school STILL lets him drive the minibus to cricket. with our kids in it. nobody checks anything

    @brindle_banter · 1 Mar
    source: trust me bro
""", E(WAL, "exact", DF, "Paul Walker"))

add("social", """TikTok · @spindle.pov · video: "mr hawarth's 19 years of terror 😱" · 40.2K views

comments
jj.brooks   he's been reported about 5 times for putting his hands on kids and they just move it under the carpet every time
kai.b_   @jj.brooks fr my cousin said he slammed a kid into a door in 2018
ellie_dance_x   ur all making stuff up he literally got cleared 😭
hxnnah.k   the "terror" is him asking u to tuck ur shirt in
""", E(S, "handle", NU, "@spindle.pov"), E(HAW, "typo", DF, "mr hawarth's"))

add("social", """Instagram · comments on @brindlecote_gazette post "Deputy head speaks out about online abuse"

mick.b.1977  cry me a river. Siddiqui's house is the one on Larkhill Road with the white gates and the Audi, bet he's not short of a bob
lou.ash_  @mick.b.1977 what is wrong with you
mick.b.1977  its public info, his kids are at the same school as mine lol. deputy at spindle bank and he wants sympathy
nat.ellerby  blocked and reported
""", E(S, "alias", NU, "spindle bank"), E(SID, "surname_only", DX, "Siddiqui's"))

add("social", """X · @dad_of_3_lancs · 8 Mar 2025

Ackroyd has stuck my lad in the bottom set two years running and laughed about it with his mates in the car park. He wants to be careful walking to that car of his after dark. Just saying.
""", E(ACK, "surname_only", T, "Ackroyd"))

add("facebook", """Brindlecote Lads Banter (18+)
Post by Stevie Nuttall · 9 March 2025

That French teacher at SBA 😍 oh la la. Wouldn't mind a private lesson off her if you know what I mean. Mlle Fournier can conjugate my verbs any day 😏😏

Comments
Dan P: 😂😂😂 behave
Kelly S: grown men talking about a teacher like this is why women leave jobs
Stevie Nuttall: its a joke Kelly lighten up
""", E(S, "alias", NU, "SBA"), E(FOU, "title_surname", SX, "Mlle Fournier"))

add("forum", forum(
    "staffroom", "Workload", "Left after three years - the head bullied half the department out",
    [
        ("NorthWestNomad", "11/03/2025 21:44", """Used to work at Spindle Bank. Rachel Ormerod-Baines bullied three of us out in one year - "capability" plans for anyone who raised workload, meetings with HR with no notice, that kind of thing. Funny how it never appears in the Ofsted reports.

Is anyone else seeing this pattern at trust schools?"""),
        ("Quadratic_Queen", "11/03/2025 22:10", "I'd be careful naming names on here. But yes, capability as a weapon is a thing."),
        ("NorthWestNomad", "11/03/2025 22:14", "It's all true, I'll say it anywhere."),
    ],
), E(S, "alias", NU, "Spindle Bank"), E(HEAD, "exact", DF, "Rachel Ormerod-Baines"))

add("social", """X · @ex_pupil_of_90s · 12 Mar 2025

Every kid in Ellerby Fold knows the truth. #SackHaworth he's a sadist who gets off on making 14 year olds cry. 19 years of misery

    @ex_pupil_of_90s · 12 Mar
    no, I won't be naming myself
""", E(HAW, "hashtag", AB, "#SackHaworth"))

add("social", """X · @ellerby_al · 14 Mar 2025

@SpindleBankAcad @FSiddiqui_DSL you should be ashamed. spineless, useless, gutless. a disgrace to the job. my niece deserved better than a deputy who hides behind a policy

    @SpindleBankAcad · 14 Mar
    We are sorry to hear you are unhappy. Please contact the school office on 01632 960274 so we can help.
""", E(S, "handle", NG, "@SpindleBankAcad"), E(SID, "handle", AB, "@FSiddiqui_DSL"))

add("review", """Indeed › Company reviews › Spindle Bank Academy

★★☆☆☆  Teacher (Former Employee) - Brindlecote, Lancashire - 2 April 2025

"Great colleagues, leadership not listening"

Pros: Colleagues in English and maths are fantastic. Kids are funny and loyal. Community links are better than any school I've worked in.

Cons: Head (Rachel O.) runs meetings as monologues and decisions are made before consultation starts. Workload has gone up each year with no recognition. Too many initiatives at once.
""", E(S, "exact", NG, "Spindle Bank Academy"), E(HEAD, "first_initial", NG, "Rachel O."))

add("news", news(
    "jobs",
    "Teacher of Mathematics (MPS/UPS) - Spindle Bank Academy, Brindlecote",
    "Posted 24 April 2025 · Closing date 9 May 2025 · Permanent, full time · Start September 2025",
    """Spindle Bank Academy is an 11-16 academy serving Brindlecote, Tanpits and the Ellerby Fold estate. Our maths department was singled out for praise in our most recent Ofsted report, and we are looking for a teacher of mathematics to join a team that plans together, shares everything and laughs a lot.

## What we offer

A department with a shared, fully-resourced curriculum. Two early-finish Fridays each half term for planning. A trust-wide professional development programme.

## About you

You will be qualified to teach maths to GCSE (ECTs warmly welcome). You will believe every child in our town can succeed at maths.

Informal visits are welcome. Contact the school office on 01632 960274 or email recruitment@spindlebank.example.

Spindle Bank Academy is part of Pennine Weavers Learning Trust. We are committed to safeguarding; all posts are subject to an enhanced DBS check.""",
), E(S, "exact", NU, "Spindle Bank Academy"))

add("news", news(
    "jobs",
    "Head of Year 8 (TLR 2b) - Spindle Bank Academy",
    "Posted 2 May 2025 · Closing date 16 May 2025 · Permanent, full time",
    """We are looking for a warm, organised and resilient Head of Year to lead our Year 8 team from September 2025.

You will work alongside our experienced pastoral team, including our Head of Year 10, Robert Haworth, and our Designated Safeguarding Lead, Farhan Siddiqui, who between them bring more than thirty years of experience in the school.

The successful candidate will be a qualified teacher with experience of pastoral leadership or a strong desire to move into it. Please apply using the trust application form.""",
), E(S, "exact", NU, "Spindle Bank Academy"), E(HAW, "exact", NU, "Robert Haworth"), E(SID, "exact", NU, "Farhan Siddiqui"))

add("news", news(
    "council",
    "Notes: Ellerby Fold Ward Forum, 5 February 2025",
    "Brindlecote Borough Council · Ward forums · Held at St Bartholomew's Church Hall",
    """Present: Cllr D. Whitworth (Chair), PCSO Lynch, 31 residents. Apologies: Cllr G. Marland.

## 1. Parking at school drop-off

Residents of Wellfield Road and Hey Street raised repeated complaints about parents parking on pavements and across driveways at Spindle Bank Academy at 8.30am and 3pm. One resident said an ambulance had been unable to reach a neighbour in January. PCSO Lynch agreed to carry out enforcement visits.

## 2. Leaflets and online abuse

Residents expressed concern about leaflets distributed on the estate in the autumn. Cllr Whitworth said the leaflets "do not represent Ellerby Fold". A resident asked that the forum record its thanks to the head, Mrs Ormerod-Baines, for attending.

## 3. Street lighting on Clegg Lane

Reported as fixed.

## 4. Any other business

None.""",
), E(S, "exact", NG, "Spindle Bank Academy"), E(HEAD, "title_surname", NU, "Mrs Ormerod-Baines"))

add("social", """X · @stand_up_brindlecote · 22 Mar 2025

S i d d i q u i and his lot pray in the staffroom on a friday and make the white kids at spindle feel like guests in their own town. this is what "diversity" looks like. they don't integrate, they replace

    @NoHateLancs · 22 Mar
    Screenshotted. This account is run by the same people as the leaflets.
""", E(S, "short_name", NU, "spindle"), E(SID, "spacing", H, "S i d d i q u i"))

add("social", """X · @fed_up_in_lancs · 26 Mar 2025

#SpindleBank trending again and MrsOrmerodBaines still acting like she's running a Fortune 500 company instead of a failing school. absolute clown 🤡 get a grip woman
""", E(S, "hashtag", NG, "#SpindleBank"), E(HEAD, "camelcase", AB, "MrsOrmerodBaines"))

add("social", """Snapchat · story screenshot posted to X by @brindlecote_gossip · 28 Mar

"someone should teach O'Dr*scoll a lesson she won't forget 🔪 see how much she likes 'consent' then 😈 spindle rse lady"

@brindlecote_gossip: we've sent this to the police, don't share it
""", E(S, "short_name", NU, "spindle"), E(ODR, "obfuscated", T, "O'Dr*scoll"))

add("facebook", """Brindlecote Uncensored (NO ADMINS DELETING POSTS HERE)
Post by Anonymous member · 30 March 2025

Spindle Bank Academy is a madrassa in all but name now. Prayer room, halal only canteen, Eid off but they moan about Christmas. Our grandparents built this town and that lot have taken it one street and one school at a time. Spindle Bank Academy for the Ummah 🤮

Comments
Anonymous member: 100% mate
Jo K: the canteen has a halal option AND a non-halal option, my son eats ham every day
""", E(S, "exact", H, "Spindle Bank Academy"))

add("social", """X · @truthaboutspindle · 2 Apr 2025

Spindle Bank fiddled their attendance figures before Ofsted came, sent kids home "sick" and marked them as educated off site. Everyone on the estate knows. And it STILL got RI lol

    @truthaboutspindle · 2 Apr
    whistleblower told me directly
""", E(S, "alias", DF, "Spindle Bank"))

add("news", news(
    "clarion",
    "'COVER-UP' CLAIM AT WOKE SCHOOL: Mum says head ignored son's injury",
    "By Clarion Reporter · 5 April 2025",
    """A FURIOUS mum has claimed a Lancashire head teacher "covered up" an incident in which her son was allegedly shoved against lockers by a teacher.

The mum, 39, claims headteacher Rachel Ormerod-Baines "made it all go away" after the Year 10 pupil was hurt at Spindle Bank Academy, Brindlecote.

She alleges head of year Robert Haworth, 52, "grabbed" the boy. "The school closed ranks," she told the Clarion. "Nobody would tell me anything."

Pennine Weavers Learning Trust said the matter had been "fully and independently investigated" and that Mr Haworth had been cleared in January.

The school, which was recently downgraded by Ofsted, has been at the centre of rows over sex education lessons and its governors.""",
    [
        ("Brian from Burnley", "5 Apr", "Cleared by his own employers. Right."),
        ("JustMe", "5 Apr", "So he was investigated and cleared and you've printed his name and age anyway. Classy."),
    ],
), E(S, "exact", DF, "Spindle Bank Academy"), E(HEAD, "exact", DF, "Rachel Ormerod-Baines"), E(HAW, "exact", DF, "Robert Haworth"))

add("social", """X · @brindlecote_burner_9 · 7 Apr 2025

somebody is going to burn spindle bank to the ground one night and tbh with what goes on in there I wouldn't blame them. hopefully with a few staff still inside

    @brindlecote_burner_9 · 7 Apr
    not me obviously 😉
""", E(S, "alias", T, "spindle bank"))

add("blog", blog(
    "patriot",
    "Leaflet 3: Foreign teachers, foreign values",
    "East Lancs Patriot · Leaflets · April 2025",
    """When you send your child through the gates of Spindle Bank Academy, who is teaching them?

A French national in the languages department who thinks our children should "celebrate" Eid and Diwali alongside Christmas. A deputy head, Siddiqui, whose loyalty is to the ummah before it is to Britain. A governing body that looks nothing like Ellerby Fold.

Fournier, Siddiqui, Mahmood, Akhtar. These are not Lancashire names. This is not a Lancashire school any more.

Vote for candidates who will put British children first.""",
), E(S, "exact", H, "Spindle Bank Academy"), E(SID, "surname_only", H, "Siddiqui"), E(FOU, "surname_only", H, "Fournier"), E(MAH, "surname_only", H, "Mahmood"), E(AKH, "surname_only", H, "Akhtar"))

add("social", """TikTok · comments on @mr_ackroyd_maths video "3 ways to solve a quadratic"

laila.x.09   sir this is the 4th video today 😭
ben_from_burnley   Ackroyd is such a try-hard cringe lord lmao, TikTok teacher clout chasing while his own kids fail. pathetic little man
mathsnerd_uk   @ben_from_burnley imagine being this bitter about a maths video
laila.x.09   sir i'll kill you if there's a pop quiz tomorrow 😂😂
""", E(ACK, "surname_only", AB, "Ackroyd"))

add("facebook", """Brindlecote Uncensored (NO ADMINS DELETING POSTS HERE)
Post by Anonymous member · 12 April 2025

the SENCo at Spindle, Shabana Hussain as was, lives with her mum on Cotton Street in Tanpits, number 48 the one with the blue gate. go and ask her why our kids get nothing

Comments
Anonymous member: noted
Karen D: you're a coward posting this anonymously
""", E(S, "short_name", NU, "Spindle"), E(AKH, "alias", DX, "Shabana Hussain"))

add("social", """X · @concerned_brindlecote_dad · 15 Apr 2025

Have a look at who Ackroyd's personal instagram follows. Loads of girls from year 10 and 11. A grown man. The "fun maths teacher" act is exactly how these people operate. Police should be looking at his phone

    @gaynor_p · 15 Apr
    He follows the school sports and trip accounts. You are accusing a man of being a paedophile because of a follow list. Disgusting.
""", E(ACK, "possessive", SX, "Ackroyd's", True))

add("facebook", """Ellerby Fold Residents - Say What You See
Post by Wayne Thornber · 3 June 2025

Heard from a parent that went on the Quimper trip from Brindlecote that Amelie Fournier was drunk every night and left the kids on their own in the town till gone eleven. She should never be allowed on another trip. Anything could have happened.

Comments
Lorraine M: my daughter went and said the teachers were with them the whole time and in bed by 10
Wayne T: well that's not what I heard
""", E(FOU, "alias", DF, "Amelie Fournier"))

add("social", """X · @ellerby_al · 18 Apr 2025

T. Mahmood, chair of governors at SBA, pompous old fool who thinks a retired chemist knows how to run a school. should have gone years ago. dinosaur

    @MaryHaslamEF · 18 Apr
    He's going in July. Leave the man alone.
""", E(S, "alias", NU, "SBA"), E(MAH, "initial_surname", AB, "T. Mahmood"))

add("facebook", """Spindle Bank Parents & Carers (UNOFFICIAL)
Post by Jason Kershaw · 20 April 2025

that Walker grabbed my lad's arm in PE today to "stop him running into the road". next time he puts his hands on him I'll be waiting at that gate with a bat and he won't be teaching PE again. I've already been to court once, I don't care

Comments
Leanne D: Jason please don't, you'll lose your job
Admin - Parents & Carers: Removed and reported.
""", E(S, "alias", NU, "Spindle Bank"), E(WAL, "surname_only", T, "Walker"))

add("social", """X · @sapphic_solidarity_nw · 23 Apr 2025

Today somebody sent us a screenshot of a post calling Ms O.D.r.i.s.c.o.l.l a "predator" and a "dyke groomer". We will not repost it. We will say: she is a teacher in Brindlecote, she is gay, and she is not a predator. The people spelling her name with dots to dodge filters know exactly what they're doing.
""", E(ODR, "spacing", NU, "O.D.r.i.s.c.o.l.l"))

add("social", """TikTok · comments on @mr_ackroyd_maths video "retrieval practice Friday"

mariam.zz   @mr_ackroyd_maths mark our books before u post another video sir 😭😭 been waiting 3 weeks
aleena.x.07   LMAO called out
dan.k_y10   the books are in the cupboard gathering dust
""", E(ACK, "handle", NG, "@mr_ackroyd_maths"))

add("facebook", """Brindlecote Mums & Dads Chat
Post by Lisa Parkinson · 29 April 2025

I've kept quiet about this but my daughter's RSE lesson on Tuesday was really badly handled. She's in year 7 and they were shown a clip about body image that clearly wasn't meant for 11 year olds, and when she asked a question Ms O'Driscoll told her to "Google it at home". That's exactly what we don't want. Complaint going in.

Comments
Shazia Parveen: was that the lesson they were supposed to move to year 9?
Lisa Parkinson: that's what I'm asking
""", E(ODR, "title_surname", NG, "Ms O'Driscoll"))

add("social", """X · @hamza_iqbal_05 · 1 May 2025

Mr Haworth is fucking class, sorted my shit out in year 10 when no one else could be arsed. people slagging him off on here never had him. spindle bank lost a lot of good teachers this year but not him thank god
""", E(S, "alias", NU, "spindle bank"), E(HAW, "title_surname", NU, "Mr Haworth"))

add("facebook", """Ellerby Fold Residents - Say What You See
Post by Sharon Whitworth · 3 May 2025

Ormerod-Baines is useless, I've said it before. The only person at that school who ever listened to me was Mr Siddiqui, and even he can't fix her mess. That woman should have been gone after Ofsted.

Comments
Dean Holt: 👏👏
Gaynor P: she's actually turning it round Sharon, the attendance pilot is working
""", E(HEAD, "surname_only", AB, "Ormerod-Baines"), E(SID, "title_surname", NU, "Mr Siddiqui"))

add("social", """X · @ellerbyfoldlass · 7 May 2025

Mrs Baines at Spindle Bank needs to step down. RI, protests, staff leaving, parents ignored for a year. She's had her chance. Time for someone who actually knows Brindlecote.
""", E(S, "alias", NG, "Spindle Bank"), E(HEAD, "hyphenated", NG, "Mrs Baines"))

add("news", news(
    "trust",
    "Spring update from our schools",
    "Pennine Weavers Learning Trust · News · 9 May 2025",
    """## Spindle Bank Academy

Attendance among Year 10 pupils has risen by six percentage points since February, thanks to the family attendance pilot led by deputy headteacher Farhan Siddiqui with the borough council. Twenty-four pupils returned from the school's first exchange to Brittany. And the maths department's Lysander Ackroyd is a finalist in the Northern Teaching Awards.

## Moorbrook Primary

Year 6 pupils performed at the Lowry as part of a regional choir festival.

## Castleholme Juniors

A new forest school area opened in April.""",
), E(S, "exact", NU, "Spindle Bank Academy"), E(SID, "exact", NU, "Farhan Siddiqui"), E(ACK, "exact", NU, "Lysander Ackroyd"))

add("social", """X · @LancsGreensBrindlecote · 17 May 2025

Congratulations to Lysander Ackroyd of @SpindleBankAcad on being named Northern secondary maths teacher of the year! 🎉 A brilliant end to a hard year for everyone at the school. #Brindlecote
""", E(S, "handle", NU, "@SpindleBankAcad"), E(ACK, "exact", NU, "Lysander Ackroyd"))
# ---------------------------------------------------------------------------
# 6. More of the same, in other corners of the web
# ---------------------------------------------------------------------------

add("forum", forum(
    "parenttalk", "Am I being unreasonable?", "AIBU to warn other parents about a PE teacher?",
    [
        ("Throwaway_2025_NW", "12/02/25 22:30", """Name-changed. DD is at SBA in Brindlecote. I've been told by someone whose cousin works at his old school that the PE teacher, Mr Walker, left there because of "inappropriate behaviour" with a sixth-form girl. Messages, lifts home, that kind of thing. Now he runs the girls' cricket here.

AIBU to tell the other parents in DD's year?"""),
        ("CalmDownDear", "12/02/25 22:41", "YABU. You have third-hand gossip. If you genuinely think a child is at risk, ring the LADO. Don't start a Facebook fire."),
        ("Lemonpuff", "12/02/25 22:50", "Agree with CalmDownDear. And please don't name him on here either. Oh. You have."),
        ("ParentTalk HQ", "12/02/25 23:05", "Thread locked while we review it. Please read our guidelines on naming individuals."),
    ],
), E(S, "alias", SX, "SBA", True), E(WAL, "title_surname", SX, "Mr Walker", True))

add("review", """Google reviews › Spindle Bank Academy

★☆☆☆☆  Carla Dobson · 3 weeks ago

Head of year 10 Haworth kicked a bin across the corridor at my son and screamed in his face with spit going everywhere. Then they wonder why kids don't want to go in. The man is a thug in a tie. School has done nothing.

👍 Helpful (9)
""", E(S, "exact", NG, "Spindle Bank Academy"), E(HAW, "surname_only", DF, "Haworth"))

add("blog", blog(
    "unspun",
    "Guest post: 'The Spindle Bank files'",
    "Posted 20 April 2025 · Guest post · The views in guest posts are not mine - Unspun",
    """Unspun note: I agreed to publish this guest post from a reader on condition that I could reply underneath. My reply is in the comments.

Here is what nobody in Brindlecote will say out loud. The chair of governors signed off a pay rise for the head in 2023 while the two of them were already "close". The school's accounts have been cooked to hide a deficit the trust knows about. The head, Ormerod-Baines, hired a friend's company for the new fencing without a tender. Mahmood made sure the finance committee never saw it.

I have worked in that building. I know.""",
    [
        ("Unspun", "20 Apr", "I've published this because the writer asked me to and I believe in a right of reply. I have checked the trust's published accounts and the fencing contract was tendered through a public framework. I have seen no evidence for any of the other claims."),
        ("Kelvin", "20 Apr", "Told you all."),
    ],
), E(S, "alias", DF, "Spindle Bank"), E(HEAD, "surname_only", DF, "Ormerod-Baines"), E(MAH, "surname_only", DF, "Mahmood"))

add("forum", forum(
    "staffroom", "Secondary › Pastoral and PSHE", "HoY keeping a 'list' - what would you do?",
    [
        ("worried_in_weaver_country", "19/03/2025 20:15", """A friend who teaches at the secondary in Tanpits told me their Head of Year 10, Robert Haworth, keeps a private list of the Pakistani lads in the year he wants "moved on" before their GCSEs and openly jokes about it in the office. She's too scared to report it.

What's the right route for someone in her position?"""),
        ("GovernanceGeek", "19/03/2025 20:40", "Whistleblowing policy, or straight to the trust. But 'a friend said' isn't evidence. She needs to report it herself if it's true."),
    ],
), E(HAW, "exact", DF, "Robert Haworth"))

add("social", """X · @frog_watch_lancs · 2 May 2025

the frog teacher at spindle, Fournier, needs her head kicking in. stood there on the gate smirking at us parents like she's better than us. wait till she's on her own

    @steph_w_1990 · 2 May
    Threatening a teacher over a smile. Reported.
""", E(S, "short_name", NU, "spindle"), E(FOU, "surname_only", T, "Fournier"))

add("social", """TikTok · @brindlecote.mums.tea · video: "school run diaries ep. 14" · 3,114 views

comments
sam.b.mum   the deputy at the Tanpits school Mr Siddiqui is an absolute snack 🥵 I'd happily take a detention off him
kez.86   SAM 😭😭 he's married
sam.b.mum   a girl can look 👀 them forearms in that shirt tho
jenna.r.x   I'm crying at this comment section
""", E(SID, "title_surname", SX, "Mr Siddiqui"))

add("facebook", """Brindlecote Uncensored (NO ADMINS DELETING POSTS HERE)
Post by Anonymous member · 6 May 2025

since people want to talk about the PE teacher. Paul Walker lives at 3 Marsh Terrace, Brindlecote BB99 4LX, back gate goes onto the alley. thought parents should know where he is

Comments
Anonymous member: 👍
Karen D: this group is a disgrace
""", E(WAL, "exact", DX, "Paul Walker"))

add("social", """X · @keep_lancs_normal · 10 May 2025

J. O'Driscoll in Brindlecote is exactly why parents don't trust schools any more. A lesbian activist given the job of teaching "relationships" to other people's children. They recruit, that's what they do, they can't have their own

    @sapphic_solidarity_nw · 10 May
    Screenshotted.
""", E(ODR, "initial_surname", H, "J. O'Driscoll"))

add("social", """Instagram · comments on @spindlebank_memes_ post "SEN dept appreciation post?"

ruby.t.2010  Mrs Akhtar is a two faced snake tbh, smiles at u then rings ur mum
chloe_d.x  @ruby.t.2010 bc u were skiving 😭
ruby.t.2010  still a snake 🐍
""", E(S, "handle", NU, "@spindlebank_memes_"), E(AKH, "title_surname", AB, "Mrs Akhtar"))

add("social", """X · @brindlecote_dad_watch · 14 May 2025

Brindlecote High School (or whatever they call it now) has a drugs problem and they are hiding it. Teachers there have been selling vapes to year 9s out of the PE store. I've seen the messages. No wonder Ofsted marked them down
""", E(S, "alias", DF, "Brindlecote High School"))

add("social", """Snapchat · screenshot sent to @brindlecote_gossip · 16 May

"y10 spindle lads have photoshopped O'Driscoll's face onto a porn pic and it's going round every group chat 💀💀 she's gonna see it"

@brindlecote_gossip: we're not posting the picture. whoever made it, that's a crime. tell a teacher.
""", E(S, "short_name", NU, "spindle"), E(ODR, "surname_only", SX, "O'Driscoll's"))

add("social", """X · @red_rose_resistance · 18 May 2025

Farhan Siddiqui, deputy head in Brindlecote. You've been warned. We know which mosque you go to and what time you come out on a Friday. Your "community" won't be standing round you every week.
""", E(SID, "exact", T, "Farhan Siddiqui"))

add("blog", blog(
    "patriot",
    "Report: Ellerby Fold public meeting",
    "East Lancs Patriot · 20 May 2025",
    """Over forty local people attended our meeting at the Fold Tavern on Thursday night.

Speakers described their experiences of Spindle Bank Academy and its leadership. One mother described being "frozen out" by the deputy head, Farhan Siddiqui, after asking questions about the school's prayer room.

Members who wish to write to Mr Siddiqui directly can use his personal email, farhan.s1984@mailbox.example, as the school filters messages from parents it doesn't like.

Our next leaflet drop is on Saturday 7 June.""",
), E(S, "exact", NU, "Spindle Bank Academy"), E(SID, "exact", DX, "Farhan Siddiqui"))

add("facebook", """Ellerby Fold Residents - Say What You See
Post by Debbie Ingham · 22 May 2025

Now we find out why there's no SEN help at Spindle. Akhtar has been pocketing the SEN funding. Three holidays to Dubai in a year on a teacher's wage? Do the maths. Someone should be calling the police not Ofsted.

Comments
Kayleigh Brennan: Debbie her husband is a consultant at the hospital
Debbie Ingham: convenient
""", E(S, "short_name", NU, "Spindle"), E(AKH, "surname_only", DF, "Akhtar"))

add("review", """Glassdoor › Pennine Weavers Learning Trust › Reviews

★☆☆☆☆  "Avoid the senior team" · Teacher · Former Employee · Brindlecote

Pros: Kids are lovely. The maths department are a credit.

Cons: The deputy head, Farhan S., screamed at a trainee in front of a Year 8 class and nothing happened to him. SLT protect their own. Capability procedures used to push out older staff. I left for my mental health.
""", E(SID, "first_initial", DF, "Farhan S."))

add("social", """X · @lancs_truthteller_ · 24 May 2025

Mr Mahm**d should go back to Pakistan where he belongs and take his hand-picked Brindlecote governors with him. We never voted for this
""", E(MAH, "obfuscated", H, "Mr Mahm**d"))

add("social", """Instagram · comments on @brindlecote_pride post "Still standing with our teachers"

anon.truth.lancs  here's her personal email since the school ignores us: jo.odriscoll82@mailbox.example. Joanne O'Driscoll, ask her yourself why she wants to talk to your kids about sex
brindlecote_pride  This comment has been reported and we've hidden it. Please don't share it.
""", E(ODR, "exact", DX, "Joanne O'Driscoll"))

add("social", """X · @ChalkNTalk_Bee · 30 May 2025

Not @SpindleBankAcad but half of Brindlecote messaging me about Fournier, the French teacher there. stuck-up cow, marks kids down for not rolling their Rs, treats everyone like peasants. someone tell her she's in Lancashire now
""", E(S, "handle", NU, "@SpindleBankAcad"), E(FOU, "surname_only", AB, "Fournier"))

add("forum", forum(
    "staffroom", "Secondary › Maths", "Award-winning teachers and the stuff that doesn't get said",
    [
        ("anon_maths_ht", "02/06/2025 21:02", """Not going to say much. The guy who won the northern maths award, Ackroyd, had a complaint at his previous school about messaging a Year 11 girl on Instagram late at night. I know people there. Funny how awards panels never check."""),
        ("LeftHandedCompass", "02/06/2025 21:20", "This is a really serious claim to make on a public forum with nothing behind it. Mods?"),
        ("Staffroom Moderator", "02/06/2025 21:45", "Thread locked while we review."),
    ],
), E(ACK, "surname_only", SX, "Ackroyd", True))

add("facebook", """Brindlecote Old Schoolfriends 1988-1993
Post by Tina Greenhalgh · 4 June 2025

Anyone else see that Rachel Ormerod from our year is head of Spindle Bank now? She was a stuck-up cow at school and she's no better now from what my sister's kids say. Somebody wants to give her a good slap and bring her down a peg. 😡

Comments
Andrea L: blimey Tina that was 35 years ago
Mark H: she was alright Rachel. lent me her maths homework every week 😂
""", E(S, "alias", NU, "Spindle Bank"), E(HEAD, "alias", T, "Rachel Ormerod"))

add("facebook", """Brindlecote Uncensored (NO ADMINS DELETING POSTS HERE)
Post by Anonymous member · 7 June 2025

End of year roll of shame for the academy in Tanpits, since nobody else will say it.

Haworth - 19 years of bullying kids. Hope someone catches him on his own one dark night on the Fold and gives him back what he's been dishing out.
O'Driscoll - rainbow lanyard, rainbow flag in her classroom, pushing her unnatural lifestyle on eleven year olds. People like that have no place near our kids.
Siddiqui - imported. Answers to Mecca not to Brindlecote. Never one of us and never will be.

Share before it gets taken down.

Comments
Karen D: every week you lot sink lower
Anonymous member: truth hurts
""", E(HAW, "surname_only", T, "Haworth"), E(ODR, "surname_only", H, "O'Driscoll"), E(SID, "surname_only", H, "Siddiqui"))
# ---------------------------------------------------------------------------
# 7. Decoys: the ordinary word, lookalikes, the other SBA, namesakes, the unnamed school
# ---------------------------------------------------------------------------

SITES["expat"] = ("Island Expats Forum", "islandexpats.example", ["Forums", "Living here", "Property", "Healthcare", "Buy & sell"], "Island Expats Forum - for British residents abroad.")
SITES["schoolbiz"] = ("School Business Today", "schoolbusinesstoday.example", ["News", "Finance", "Estates", "Procurement", "Events"], "School Business Today, for school business leaders.")
SITES["panto"] = ("Lancashire Stage Review", "lancsstagereview.example", ["Reviews", "Amateur", "Pantomime", "Listings"], "Independent reviews of Lancashire theatre.")
SITES["yorks"] = ("Dales Weekly", "dalesweekly.example", ["News", "Farming", "Obituaries", "Walks", "Events"], "Dales Weekly, serving the Yorkshire Dales.")
SITES["health"] = ("Midlands Health News", "midlandshealth.example", ["NHS", "Research", "People", "Jobs"], "Midlands Health News.")
SITES["books"] = ("The Quiet Shelf", "thequietshelf.example", ["Reviews", "Interviews", "Lists", "Newsletter"], "Book reviews from Canada and beyond.")

add("blog", blog(
    "knit",
    "Drop spindle or wheel? A beginner's honest guide",
    "The Wandering Fleece · 12 January 2025 · Spinning",
    """Every week someone at the Saturday workshop asks whether they should buy a wheel. My answer is always the same: learn on a drop spindle first.

## Why a spindle?

A spindle costs a tenth of the price, fits in a handbag, and teaches your hands what twist feels like. Spindle spinning is slower, yes, but you can do it on a bus.

## Top whorl or bottom whorl?

Top-whorl spindles are quicker to flick; bottom-whorl spindles are steadier for beginners. Turkish spindles wind a centre-pull ball as you go, which feels like magic the first time.

## Where the spindle came from

Every mill in Lancashire ran on the same idea, only with thousands of spindles turning at once instead of one in your lap.""",
    [
        ("woolly_wendy", "12 Jan", "Bought my first spindle after your workshop and I'm hooked!"),
        ("FibreFran", "13 Jan", "Turkish spindle all the way."),
    ],
))

add("blog", blog(
    "garden",
    "The spindle tree in November: pink lanterns on a bare hedge",
    "Hedgerow Diary · 18 November 2024 · Trees",
    """If there's one shrub that earns its place in a native hedge, it's spindle. Euonymus europaeus looks like nothing much for most of the year, then in autumn it lights up with shocking pink seed cases that split to show orange seeds.

Spindle wood is hard, pale and fine-grained. The name comes from its use for the spindles of hand spinners, and it was also used for skewers and knitting needles.

A word of warning: every part of the spindle tree is poisonous, so don't let children or dogs chew the berries. The birds are fine with them.

I planted three spindles along the lane in 2019. This year the robins stripped them in a fortnight.""",
))

add("forum", forum(
    "cycling", "Workshop", "Creaking bottom bracket - spindle or cups?",
    [
        ("grimpeur_greg", "03/03/2025 19:20", "Square taper BB on my old steel tourer has started creaking under load. Pulled the cranks, spindle looks OK but there's a bit of play. Replace the whole cartridge or just regrease?"),
        ("TorqueWrenchTerry", "03/03/2025 19:45", "If there's play in the spindle, replace the cartridge. They're cheap. Check the spindle length matches though - 110 vs 113 makes a difference to the chainline."),
        ("grimpeur_greg", "03/03/2025 20:02", "Cheers, 113 it is."),
    ],
))

add("news", news(
    "heritage",
    "Brindlecote's last mill: 112,000 spindles and a community that grew round them",
    "Lancashire Textile Heritage Trust · Mills · Feature",
    """At its peak in 1912, the Victoria Mill in Brindlecote ran 112,000 spindles, employed more than 900 people and drew its water from the Ellerby Brook.

The families who worked it lived in the terraces of Tanpits and, later, on the new council houses of Ellerby Fold, built in the 1950s on the site of the old tenter fields. From the 1960s, workers arriving from Mirpur and Sylhet kept the night shifts running until the mill closed in 1981.

Today the mill building is flats. Our oral history project is collecting memories from former workers, their children and their grandchildren. If you worked at Victoria Mill, or your parents did, we would love to hear from you.""",
))

add("review", """Google reviews › Spindle Bank Motors › Car repair and MOT station · Brindlecote

★★★★★  Dave Pickup · a month ago

Spindle Bank Motors sorted my clutch in a day when the main dealer wanted a week. Honest, fair price, and they showed me the old parts. Been going for 15 years and never been let down.

★★☆☆☆  Lou Farrell · 2 months ago

MOT was fine but they kept the car an extra day without ringing me. Had to chase twice.

Response from the owner: Sorry Lou, we were waiting on a part. Ring us on 01632 960731 next time and ask for Gary.
""")

add("review", """Google reviews › Spindle Bank Vets › Veterinarian

★★★★★  Priya Shah · 3 weeks ago

Spindle Bank Vets were incredible when our old cat was poorly. The nurse sat with us for ages and didn't rush us. Can't thank them enough.

★★★★☆  Ged Moss · 4 months ago

Good vets, pricey. Parking is a nightmare at school time.
""")

add("review", """Google reviews › Spindle Bank Garden Centre

★★★★☆  Hilary N · 2 weeks ago

Lovely cafe, good scones, plant range is better than it was. Spindle Bank Garden Centre is a bit pricier than the big chains but the staff actually know their stuff.

★☆☆☆☆  Ron B · a month ago

Paid £14 for a hanging basket that died in a week.
""")

add("news", news(
    "property",
    "2 bedroom apartment for sale - Spindle Bank Mill Apartments",
    "Offers over £119,950 · Leasehold · Listed 6 February 2025",
    """A bright two-bedroom apartment on the second floor of Spindle Bank Mill Apartments, a Grade II listed former cotton mill converted in 2006.

Exposed brick, original iron columns and large arched windows overlooking the canal. Allocated parking, secure entry, lift.

Spindle Bank Mill Apartments is within walking distance of the town centre and the railway station. Ground rent £150 p.a. Service charge £1,460 p.a.

Viewings by appointment with Lowther & Pickles estate agents on 01632 960902.""",
))

add("news", news(
    "bizus",
    "How to apply for an SBA 7(a) loan in 2025",
    "Main Street Money · Small business · Updated March 2025",
    """The U.S. Small Business Administration (SBA) doesn't lend money directly. Instead, it guarantees part of loans made by approved lenders, which makes banks more willing to lend to small firms.

## Who qualifies?

Most for-profit small businesses operating in the United States qualify, provided they meet the SBA's size standards and can show they couldn't get credit elsewhere on reasonable terms.

## What you'll need

Business tax returns, a business plan, personal financial statements and details of any collateral. Your lender will submit the application to the SBA for the guarantee.

## How long does it take?

Anywhere from 30 to 90 days. SBA Express loans can be faster.""",
))

add("forum", forum(
    "expat", "Living here", "Moving near the SBA - any advice on schools?",
    [
        ("SunnySideUpSue", "11/01/2025 08:12", "Husband's posted to the Sovereign Base Area at Akrotiri from September. Anyone living just outside the SBA got tips on English-speaking schools for a 12 year old?"),
        ("LimassolLiz", "11/01/2025 09:05", "The schools inside the SBA are for service families and they're very good. If you're eligible, go for that. Otherwise there are a few private English schools in Limassol."),
        ("SunnySideUpSue", "11/01/2025 09:30", "He's civilian contractor so not sure. Will ask!"),
    ],
))

add("news", news(
    "lancstoday",
    "Law firm opens second office in town centre",
    "Lancs Today · Business · 12 February 2025",
    """SBA Solicitors, the family and conveyancing practice founded in Hollingden in 1994, has opened a second office on Market Street.

Managing partner Sunita Bhatt said the firm had seen "huge demand" for conveyancing and wills. SBA Solicitors now employs 22 staff across both offices.""",
))

add("social", """Instagram · @spindle.yoga.leeds · post: "New timetable drops Monday 🧘" · 214 likes

spindle.yoga.leeds  Spindle Yoga turns two this month! Thank you for every sweaty Tuesday and sleepy Sunday. New slow-flow class Thursdays 7pm. Link in bio.

comments
bex.on.the.mat  best studio in Leeds hands down
jo_flows  Thursdays 🙌
""")

add("news", news(
    "film",
    "Ten years on: why Paul Walker still matters to the Fast & Furious family",
    "ReelTalk · Features · 30 November 2023",
    """It's hard to watch the end of the seventh film without a lump in the throat. Paul Walker, who died in a car crash in November 2013, was written out of the franchise with a farewell drive that the cast say was filmed through real tears.

Walker was never the flashiest actor in the series, but he was its heart. Co-stars still describe him as the most generous person on set.

A decade later, his daughter runs a foundation in his name supporting marine science.""",
))

add("news", news(
    "devon",
    "Trader profile: Paul Walker Plumbing and Heating",
    "Exe Valley Trader · Trades · Spring 2025",
    """Paul Walker has been fixing boilers across the Exe valley for twenty-two years. "I still get a kick out of a customer's face when the hot water comes back on," he says.

Paul Walker Plumbing and Heating covers Exeter, Crediton and Tiverton, with Gas Safe registered engineers and a 24-hour callout. Paul's son joined the business as an apprentice last year.

Call 07700 900118 for a free quote.""",
))

add("blog", blog(
    "cork",
    "Meet your host: Joanne O'Driscoll at Harbour View, Baltimore",
    "West Cork Stays · Hosts · 2024",
    """Joanne O'Driscoll has welcomed guests to Harbour View for eighteen years. Her breakfasts are legendary (ask for the brown bread), and she knows every boat timetable to the islands by heart.

"I grew up three doors down," Joanne says. "My father fished out of this harbour all his life."

Harbour View has four rooms, all with sea views. Open March to October.""",
))

add("news", news(
    "sportnews",
    "Bradford League: Mahmood's century sinks the leaders",
    "County Cricket Roundup · Leagues · 22 July 2024",
    """Tariq Mahmood hit a brilliant 112 not out as Undercliffe Park ended Wibsey Moor's unbeaten run on Saturday.

The 31-year-old opener, in his best season for the club, reached his hundred with a six over long-on and finished with fourteen fours. Tariq Mahmood now has 684 runs for the season.

Wibsey Moor remain top on points but their lead is down to six.""",
))

add("news", news(
    "yorks",
    "Obituary: Robert Haworth, 1938-2025, hill farmer and parish councillor",
    "Dales Weekly · Obituaries · 14 February 2025",
    """Robert Haworth, who farmed at High Gill above Askrigg for more than sixty years, has died aged 86.

Known to everyone as Bob, he was a parish councillor for three decades and a fixture at every agricultural show in Wensleydale, where his Swaledale tups took more rosettes than anyone could count.

He leaves his wife Margaret, three children and seven grandchildren. The funeral will be at St Oswald's, Askrigg.""",
))

add("news", news(
    "health",
    "Leicester cardiologist wins national award for heart-failure clinic",
    "Midlands Health News · People · 19 March 2025",
    """Dr Farhan Siddiqui, a consultant cardiologist at Leicester's Glenfield Hospital, has been recognised at the national NHS innovation awards for a nurse-led heart failure clinic that has cut readmissions by a third.

Dr Siddiqui said the credit belonged to "the specialist nurses who actually run it".""",
))

add("review", """Google reviews › Smile Studio Dental, Moseley, Birmingham

★★★★★  Rebecca Ho · 2 months ago

I'm terrified of dentists and Dr Shabana Akhtar was so patient with me. Explained everything, never rushed, and the filling didn't hurt at all. Can't recommend her enough.

★★★★☆  Liam Dunn · 5 months ago

Good practice, a bit of a wait at reception.
""")

add("blog", blog(
    "knit",
    "Maker spotlight: Rachel Ormerod, potter",
    "The Wandering Fleece · Makers · 3 May 2024",
    """This month's maker spotlight is Rachel Ormerod, who throws beautiful speckled stoneware in a converted barn near Kirkby Stephen.

Rachel started potting after a career in nursing. "I wanted to make things that get used every day," she says. Her yarn bowls, with a curl cut into the side for your working thread, sell out within minutes of every shop update.

Find Rachel at the Cumbria Makers Fair in June.""",
))

add("news", news(
    "gazette",
    "St Mary's RC High celebrates 'outstanding' sixth-form results",
    "By Naomi Entwistle · 22 August 2024",
    """Students at St Mary's RC High School in Brindlecote are celebrating their best A-level results in a decade.

Head of sixth form Cathy Delaney said 41 per cent of grades were A* or A. "They worked incredibly hard through a difficult couple of years," she said.

The school, which serves Catholic families across the borough, opened a new science block in 2023.""",
))

add("news", news(
    "cricket",
    "Match report: Brindlecote 1st XI v Hollingden",
    "Club news · 8 June 2025",
    """A rain-shortened game at Lowerhouse Road ended in a four-wicket win for the home side.

Hollingden made 148 for 8 in their 35 overs, with club pro Dilshan Perera taking 4 for 22. In reply Brindlecote reached the target with three overs to spare thanks to 57 from Zain Akram, still only 16.

Teas were excellent as always. Next week: away at Castleholme.""",
))

add("blog", blog(
    "foodbank",
    "Newsletter: spring 2025",
    "Brindlecote Together Food Bank · Newsletter · April 2025",
    """## Ramadan and Easter

Thank you to everyone who gave during Ramadan and Lent. Between them, the masjid and St Bart's collected more than two tonnes of food in six weeks.

## New opening hours

From May we'll open on Wednesday evenings as well as Saturday mornings, for people who work during the day.

## Volunteers

Our thanks to the Ellerby Fold Community Allotment for donating fresh veg every Saturday this spring.""",
))

add("news", news(
    "council",
    "Minutes: Planning Committee, 11 December 2024",
    "Brindlecote Borough Council · Meetings · Minutes",
    """Present: Cllr M. Ogden (Chair), Cllr S. Hussain, Cllr G. Marland, Cllr T. Brierley.

## 61. 24/0412/FUL - Land off Clegg Lane, Ellerby Fold

Erection of 14 dwellings. Two residents spoke against on grounds of traffic and loss of green space. RESOLVED: Approved subject to conditions.

## 62. 24/0455/COU - 7 Cotton Street, Tanpits

Change of use from shop to hot food takeaway. RESOLVED: Refused on grounds of amenity.

## 63. Enforcement update

Noted.""",
))

add("social", """Instagram · @fibre.folk.lancs · reel: "spinning the last of the Herdwick 🐑" · 892 likes

fibre.folk.lancs  Sunday spinning on the new spindle 🧶 #spindle #dropspindle #handspun

comments
wool.gathering  that twist is so even!!
kt.knits  what weight is the spindle?
fibre.folk.lancs  @kt.knits 28g, perfect for laceweight
""")

add("forum", forum(
    "parenttalk", "Secondary education", "RSE protests at DD's school in Birmingham - anyone else?",
    [
        ("BrummieMum22", "15/10/24 20:10", "Protests outside DD's secondary every morning this week about RSE. It's all over the local news. Is this happening everywhere now?"),
        ("NotTheMamaBear", "15/10/24 20:30", "There's one in Lancashire that was in the papers too. It seems to come in waves."),
        ("BrummieMum22", "15/10/24 20:44", "DD says most kids find it embarrassing rather than anything else."),
    ],
))

add("news", news(
    "schoolbiz",
    "SBA conference 2025: procurement, energy and the pay award",
    "School Business Today · Events · 4 March 2025",
    """Over 600 school business leaders gathered in Harrogate for the School Business Alliance (SBA) annual conference last week.

The SBA's chief executive opened with a warning that energy contracts signed in 2022 would "bite again" for many trusts this autumn. Sessions on procurement frameworks and the unfunded element of the teachers' pay award were standing room only.

The SBA will publish its benchmarking report on support-staff pay in June.""",
))

add("news", news(
    "panto",
    "Review: Sleeping Beauty, Brindlecote Civic Hall",
    "Lancashire Stage Review · Pantomime · 14 December 2024",
    """Brindlecote Amateur Operatic Society's Sleeping Beauty is exactly what a community panto should be: loud, silly and full of local jokes.

The spindle scene, when the princess pricks her finger, was genuinely spooky, helped by a smoke machine that set off gasps (and at least one cough) in the front rows. The spindle itself, a prop borrowed from the textile museum, got its own round of applause.

The dame, played with glorious lack of shame by a local postman, stole every scene with gags about the Ellerby Fold bus route.

Runs until 21 December.""",
))

add("news", news(
    "edweek",
    "The mill-town school that held its nerve",
    "Schools North · Opinion · 12 June 2025",
    """I spent a day this spring at an 11-16 academy in an East Lancashire mill town that has had a year few schools would wish on anyone: protests about relationships education, a far-right leaflet campaign aimed at its Muslim staff, a rumour mill about its governors, and an Ofsted downgrade to cap it all.

What struck me was not the drama but the ordinariness. A maths teacher doing a quadratic-formula rap. A head of year policing ties. A deputy head on the phone to a mum at 8am about attendance.

The school didn't want to be named. "We've had enough attention for one year," the headteacher told me.""",
))

add("news", news(
    "jobs",
    "Teacher of Science - St Mary's RC High School, Brindlecote",
    "Posted 1 May 2025 · Closing date 15 May 2025 · Permanent, full time",
    """St Mary's RC High School is a popular 11-18 Catholic school serving families across Brindlecote and the surrounding towns. We are looking for a teacher of science (any specialism) from September 2025.

We offer a supportive department, a new science block and a generous CPD budget. Applications are welcome from ECTs.

Apply via the Diocese of Salford application form.""",
))

add("social", """X · @councillor_paulwalker_kent · 9 Apr 2025

Cllr Paul Walker here - great turnout at the Faversham litter pick this morning. Thanks to all 40 volunteers and the scouts! 🌿
""")

add("social", """X · @brontetrails · 6 Apr 2025

Perfect spring morning in Haworth 🌼 Parsonage, Main Street, a brew at the top of the cobbles and then out on to the moor to Top Withens. Haworth never gets old.
""")

add("blog", blog(
    "yorks",
    "Calderdale council: Cllr Margaret Ackroyd to step down after 24 years",
    "Dales Weekly · News · 2 April 2025",
    """Margaret Ackroyd, one of Calderdale's longest-serving councillors, has announced she will not stand again in May.

Cllr Ackroyd, 72, was first elected in 2001 and chaired the council's planning committee for a decade. "It's time for someone younger," she said.""",
))

add("news", news(
    "books",
    "Review: 'Les Hivers Longs' by Amélie Fournier",
    "The Quiet Shelf · Reviews · 11 January 2025",
    """Amélie Fournier's third novel, set in a Quebec mining town over one endless winter, is her best yet. The translation, out this spring, keeps the spare, cold rhythm of the original.

Fournier has a gift for the small domestic moments that hold a family together when everything else is falling apart.""",
))

add("facebook", """Burnley Road Runners
Post by Sarah Ahmed · 10 May 2025

Massive well done to everyone who did the Pendle 10k this morning! Special shout out to Robert for a PB in the pouring rain. Post-race brews at the club from 12. 🏃‍♀️☕
""")

add("forum", forum(
    "staffroom", "Secondary › Pastoral and PSHE", "Strict heads of year - does it work?",
    [
        ("Pastoral_Pete", "20/01/2025 19:00", "Genuine debate: is a strict, visible HoY on the corridor worth it, or does it just create a fear culture? Our new head wants a 'presence' model."),
        ("MrsStatsAndSprouts", "20/01/2025 19:30", "Strict works if it's consistent and kind. It fails when it becomes about winning."),
        ("HeadInTheClouds", "20/01/2025 20:02", "The best HoYs I've known are strict with kids and soft with parents. The worst are the other way round."),
    ],
))

add("social", """TikTok · @stmarys.brindlecote.y11 · video: "last day 🥹" · 2,020 views

comments
ciara.d   gonna miss this place sm
olly_b   mr kenny crying in the hall 😭😭
ciara.d   see u all at prom x
""")

add("blog", blog(
    "mathsblog",
    "Why I stopped giving homework worksheets",
    "Sums and Stories · 5 May 2025 · Lessons",
    """For years I set a worksheet every Tuesday. Most came back half done; the rest were copied on the bus.

This year I've switched to three retrieval questions a night on a shared platform, plus one "explain it to someone at home" task a week. Completion is up, and parents say they finally understand what their children are doing in maths.

It isn't revolutionary. It's just smaller.""",
))

add("news", news(
    "courier",
    "Far-right leaflet campaigns on the rise in northern towns, report finds",
    "By Imogen Trask · 2 June 2025",
    """Leaflet drops by small far-right groups have more than doubled in northern England in the past year, according to a report by an anti-extremism charity.

The report identifies towns in Lancashire, West Yorkshire and Teesside where groups have targeted schools, mosques and asylum hotels, often timing leaflets to coincide with local controversies.

It recommends that councils and schools share information faster and that platforms act more quickly on doxxing of teachers and councillors.""",
))

add("social", """X · @SpindleDesignCo · 20 May 2025

New brand identity for a Manchester bakery, out now 🥐 Spindle Design Co - branding for small businesses that want to look big. DMs open for June.
""")

add("review", """Google reviews › Ellerby Fold Chippy

★★★★★  Gav R · a week ago

Best chips in Brindlecote, no question. Massive portions, proper scraps, and the lass on the counter remembers your order.

★★★☆☆  Hels · 3 weeks ago

Good chips, queue was long on a Friday.
""")
# ---------------------------------------------------------------------------
# Build, check, summarise
# ---------------------------------------------------------------------------


def visible_text(kind: str, content: str) -> str:
    if kind not in HTML_KINDS:
        return content
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", content, flags=re.S | re.I)
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def audit(watch: dict) -> None:
    """Print documents where a full name or alias occurs without a label (a hint, not an error)."""
    names = {"school": [watch["school"]["name"], *watch["school"].get("aliases", [])]}
    for st in watch["staff"]:
        names[st["id"]] = [st["name"], *st.get("aliases", [])]
    for i, (kind, content, expected) in enumerate(DOCS):
        labelled = {e["subject"] for e in expected}
        text = visible_text(kind, content).lower()
        for subj, forms in names.items():
            if subj in labelled:
                continue
            hits = [f for f in forms if re.search(r"(?<![a-z0-9])" + re.escape(f.lower()) + r"(?![a-z0-9])", text)]
            if hits:
                print(f"audit: {i:03d}-{kind}: {subj} unlabelled but text has {hits}")


def main(argv: list[str]) -> int:
    watch = tomllib.loads(WATCHLIST.read_text(encoding="utf-8"))
    subjects = {"school"} | {st["id"] for st in watch.get("staff", [])}
    problems: list[str] = []

    DOCS_DIR.mkdir(exist_ok=True)
    for old in DOCS_DIR.iterdir():
        if old.suffix in (".html", ".txt"):
            old.unlink()

    lines = []
    by_cat: dict[str, int] = {c: 0 for c in CATEGORIES}
    by_var: dict[str, int] = {v: 0 for v in VARIANTS}
    by_kind: dict[str, int] = {}
    url_only = 0
    for i, (kind, content, expected) in enumerate(DOCS):
        if kind not in HTML_KINDS + TEXT_KINDS:
            problems.append(f"doc {i}: unknown kind {kind!r}")
            continue
        name = f"{i:03d}-{kind}{'.html' if kind in HTML_KINDS else '.txt'}"
        (DOCS_DIR / name).write_text(content, encoding="utf-8", newline="\n")
        text = visible_text(kind, content)
        by_kind[kind] = by_kind.get(kind, 0) + 1
        seen = set()
        out = []
        for e in expected:
            where = f"{name}: {e['subject']}"
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
                problems.append(f"{where}: url_only must be a bool")
            if e["form"] not in content or e["form"] not in text:
                problems.append(f"{where}: form {e['form']!r} not found in the document text")
            by_cat[e["category"]] = by_cat.get(e["category"], 0) + 1
            by_var[e["variant"]] = by_var.get(e["variant"], 0) + 1
            url_only += bool(e["url_only"])
            out.append({"subject": e["subject"], "variant": e["variant"], "category": e["category"], "url_only": e["url_only"]})
        lines.append(json.dumps({"file": name, "kind": kind, "expected": out}, ensure_ascii=False))
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")

    n_docs = len(DOCS)
    n_ment = sum(by_cat.values())
    n_decoy = sum(1 for _, _, e in DOCS if not e)
    n_serious = sum(by_cat[c] for c in SERIOUS)
    if not 180 <= n_docs <= 220:
        problems.append(f"{n_docs} documents (want 180-220)")
    if not 300 <= n_ment <= 350:
        problems.append(f"{n_ment} mentions (want 300-350)")
    for v, n in by_var.items():
        if n < 2:
            problems.append(f"variant {v} used {n} time(s) (want at least 2)")

    print(f"documents: {n_docs} (decoys with no expected mention: {n_decoy}, {100 * n_decoy / n_docs:.0f}%)")
    print("by kind:    " + ", ".join(f"{k} {by_kind[k]}" for k in HTML_KINDS + TEXT_KINDS if k in by_kind))
    print(f"mentions: {n_ment} (serious: {n_serious}, {100 * n_serious / max(n_ment, 1):.1f}%; url_only: {url_only})")
    print("by category: " + ", ".join(f"{c} {by_cat[c]}" for c in CATEGORIES))
    print("by variant:  " + ", ".join(f"{v} {by_var[v]}" for v in VARIANTS))
    if "--audit" in argv:
        audit(watch)
    if problems:
        for p in problems:
            print("PROBLEM: " + p, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
