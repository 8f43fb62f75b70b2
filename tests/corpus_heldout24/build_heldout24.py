#!/usr/bin/env python3
# ruff: noqa: E501, E741, W293
"""Build the heldout24 labelled evaluation corpus for the repwatch matcher.

Setting
    Breakwater Community School ("Breakwater", "BCS", "Breakwater School", the old
    "Porthallack Comp"), an invented 11-16 community school in the invented west Cornwall
    harbour town of Porthallack, with the hill village of Bosvenna (second homes, holiday
    lets) and the Carnwartha council estate.  Storylines: a row over the headteacher's pay
    and side consultancy; second homes, holiday lets and seasonal workers; the Porthallack
    Boardriders surf club and the school's surf academy; a Cornish-language revival teacher;
    county-lines dealing in town and a man jailed for threatening the deputy head; a feud
    between the Polglase and Rowse fishing families; incomers versus locals ("emmets").
    Everything (people, places, phones, postcodes, domains) is fictitious.

Staff (see watchlist.toml)
    Jonathan Fairbrother (Headteacher); Mark Williams (Deputy Head, very common name with
    namesakes in the decoys); Merryn Penhallurick (Cornish teacher, the one unique = true
    name, alias "Mestres Penhallurick"); Nadia Okafor-Trewin (Head of Science, hyphenated,
    maiden name Nadia Okafor); Siobhán O'Driscoll (SENCo, accent and apostrophe); Robert
    Jenkin (Head of PE, nicknames Rob/Robbie/Bob); Kate Polglase (Head of Year 9, full form
    Katherine, maiden name Kate Rowse); Callum Rickard (maths); Priya Nair (computing);
    Dean Hosking (site manager).

Voices
    Porthallack Packet (local news with comments), The Western Tide (regional paper), the
    Daily Splash (national tabloid), ParentNet (Mumsnet-style forum), Staffroom Exchange
    (teachers' forum), Kernow Chat and Swellwatch forums, local blogs and newsletters,
    Porthallack Town Council minutes, job boards, Google / Indeed / Glassdoor reviews,
    parents' and community Facebook groups, X / TikTok / Instagram / Snapchat extracts.

Decoys (about a fifth of the documents, no expected mention)
    the harbour breakwater and "breakwater" as an ordinary word; Breakwater Bistro,
    Breakwater Holiday Cottages, Breakwater Court care home, Breakwater Surf Hire; BCS as
    the Chartered Institute for IT and other bodies; namesakes (Mark Williams, Priya Nair,
    Dean Hosking, Robert Jenkin, Kate Polglase) clearly elsewhere; pages describing the
    school without naming it.

Labelling conventions
    One expected entry per subject per document, with the easiest form present (exact >
    alias > title_surname > the rest) and the WORST category for that subject in that
    document.  The school is a subject only when named (any variant); neutral where it is
    merely someone's workplace.  Non-unique staff count only where the page ties them to
    the school (name, alias, locality or role); Merryn Penhallurick counts wherever named.
    A staff member praised in a post attacking someone else is neutral; quoting abuse to
    condemn it, news of a conviction of someone who threatened a teacher, and untargeted
    swearing are neutral for the victim.  Sexual content where a child may be involved is
    sexual with url_only true (for the staff member and for the school when named); a
    pupil's crush on an adult teacher is sexual with url_only false.  News of an arrest,
    suspension or investigation is defamation for the person.

Running
    python3 tests/corpus_heldout24/build_heldout24.py   (from any directory)
    rewrites docs/ and labels.jsonl beside this file, checks every label and prints a
    summary; exits 1 on any problem.
"""

from __future__ import annotations

import html
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

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
TEXT_KINDS = ("review", "social", "facebook")

SITES = {
    "packet": {
        "name": "Porthallack Packet",
        "tag": "News from the harbour, the hill and the hinterland",
        "nav": ["Home", "News", "Harbour", "Sport", "What's On", "Letters", "Notices"],
        "footer": "© Porthallack Packet Community Media CIC · 7 Quay Street, Porthallack · newsdesk@porthallackpacket.example · 01632 960118",
        "comments": "Readers' comments",
    },
    "tide": {
        "name": "The Western Tide",
        "tag": "West Cornwall and the Isles · since 1871",
        "nav": ["News", "Courts", "Education", "Business", "Sport", "Opinion", "Jobs"],
        "footer": "The Western Tide is published by Tide Regional Media Ltd. Regulated by IPSO. Contact: editor@westerntide.example",
        "comments": "Comments (moderated)",
    },
    "splash": {
        "name": "DAILY SPLASH",
        "tag": "Britain's bubbliest paper",
        "nav": ["News", "Showbiz", "Sport", "Fabulous", "Money", "Travel", "Puzzles"],
        "footer": "© Splash Media Group 2024. Daily Splash is a trademark of Splash Media Group. Contact the newsdesk: tips@dailysplash.example",
        "comments": "Have your say",
    },
    "parentnet": {
        "name": "ParentNet",
        "tag": "By parents, for parents",
        "nav": ["Talk", "Education", "Secondary", "AIBU", "Local: South West", "Chat", "Log in"],
        "footer": "ParentNet Ltd · House rules · Report a post · Privacy",
        "comments": "Replies",
    },
    "staffroom": {
        "name": "Staffroom Exchange",
        "tag": "The independent forum for people who work in schools",
        "nav": ["Forums", "Workplace dilemmas", "Leadership", "SEND", "Supply", "Jobs", "Sign in"],
        "footer": "Staffroom Exchange · Community guidelines · Contact the moderators",
        "comments": "Replies",
    },
    "kernowchat": {
        "name": "Kernow Chat",
        "tag": "West Cornwall's community message board",
        "nav": ["Boards", "Porthallack & Bosvenna", "Penwith General", "Jobs & Trades", "For Sale", "Rules"],
        "footer": "Kernow Chat · run by volunteers · be kind, no personal details",
        "comments": "Replies",
    },
    "swellwatch": {
        "name": "Swellwatch",
        "tag": "Surf reports, forecasts and forum for the south-west",
        "nav": ["Forecasts", "Cams", "Forum", "Clubs", "Shop"],
        "footer": "Swellwatch Ltd · forecasts are a guide only · forum moderated",
        "comments": "Replies",
    },
    "saltslate": {
        "name": "Salt & Slate",
        "tag": "a mum of three, a leaky cottage, and far too many opinions",
        "nav": ["Home", "About me", "Family", "Cornwall life", "Contact"],
        "footer": "Salt & Slate · written from a kitchen table in Carnwartha",
        "comments": "Comments",
    },
    "hometruths": {
        "name": "Second Home Truths",
        "tag": "Housing, holiday lets and who gets to live here",
        "nav": ["Home", "The numbers", "Stories", "Campaign", "Donate"],
        "footer": "Second Home Truths is an independent blog. Views are the author's.",
        "comments": "Comments",
    },
    "chalkface": {
        "name": "Chalkface Confidential",
        "tag": "notes from a recovering teacher",
        "nav": ["Home", "Archive", "About", "Subscribe"],
        "footer": "Chalkface Confidential · all schools anonymised unless stated",
        "comments": "Comments",
    },
    "kernewek": {
        "name": "Yeth an Werin",
        "tag": "Cornish for everyone · Kernewek rag pubonan",
        "nav": ["Tre", "Classes", "Events", "Resources", "Kemmyn / SWF"],
        "footer": "Yeth an Werin volunteer network · gwren ni oll kewsel Kernewek",
        "comments": "Comments",
    },
    "boardriders": {
        "name": "Porthallack Boardriders Club",
        "tag": "Est. 1968 · members' newsletter",
        "nav": ["Club", "Juniors", "Contests", "Newsletter", "Join"],
        "footer": "Porthallack Boardriders Club · clubhouse by the slipway · secretary@pbc-surf.example",
        "comments": "Comments",
    },
    "council": {
        "name": "Porthallack Town Council",
        "tag": "Cussel an Dre Porthallack",
        "nav": ["Council", "Meetings & minutes", "Allotments", "Harbour", "Contact"],
        "footer": "Porthallack Town Council · The Guildhall, Fore Street · clerk@porthallacktc.example · 01632 960733",
        "comments": "Comments",
    },
    "jobs": {
        "name": "SchoolJobs South West",
        "tag": "Teaching and support vacancies across Devon and Cornwall",
        "nav": ["Find jobs", "Schools", "Career advice", "Post a vacancy"],
        "footer": "SchoolJobs South West · listings supplied by employers",
        "comments": "Questions about this job",
    },
    "harbourledger": {
        "name": "The Harbour Ledger",
        "tag": "fish, boats, quotas and the people who work them",
        "nav": ["Home", "Landings", "Boats", "Quota watch", "Letters"],
        "footer": "The Harbour Ledger · independent fishing news for the far west",
        "comments": "Comments",
    },
    "misc": {
        "name": "Coastline Weekly",
        "tag": "news and views from the south-west coast",
        "nav": ["Home", "News", "Lifestyle", "Property", "Travel"],
        "footer": "Coastline Weekly · part of the Coastline group",
        "comments": "Comments",
    },
}

DOCS: list[dict] = []


def E(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> dict:
    return {"subject": subject, "variant": variant, "category": category, "url_only": url_only, "form": form}


def _paras(text: str) -> str:
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        block = block.strip()
        if not block:
            continue
        if block.startswith("## "):
            out.append(f"<h2>{html.escape(block[3:], quote=False)}</h2>")
        elif block.startswith("> "):
            out.append(f"<blockquote>{html.escape(block[2:], quote=False)}</blockquote>")
        elif block.startswith("- "):
            items = "".join(f"<li>{html.escape(l[2:].strip(), quote=False)}</li>" for l in block.splitlines())
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + html.escape(" ".join(block.split()), quote=False) + "</p>")
    return "\n      ".join(out)


def page(site: str, title: str, body: str, comments=(), byline: str = "", date: str = "") -> str:
    s = SITES[site]
    nav = "".join(f'<li><a href="/{n.lower().replace(" ", "-").replace("&", "and")}">{html.escape(n, quote=False)}</a></li>' for n in s["nav"])
    meta = ""
    if byline or date:
        meta = f'<p class="meta">{html.escape(byline, quote=False)}{" · " if byline and date else ""}{html.escape(date, quote=False)}</p>'
    com = ""
    if comments:
        items = []
        for c in comments:
            who, when, text = c if len(c) == 3 else (c[0], "", c[1])
            items.append(
                f'<li class="comment"><span class="author">{html.escape(who, quote=False)}</span>'
                f'{f" <time>{html.escape(when, quote=False)}</time>" if when else ""}'
                f'<div class="body">{_paras(text)}</div></li>'
            )
        com = f'<section class="comments"><h3>{html.escape(s["comments"], quote=False)} ({len(comments)})</h3><ol>{"".join(items)}</ol></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title, quote=False)} | {html.escape(s["name"], quote=False)}</title>
</head>
<body>
  <header><div class="masthead">{html.escape(s["name"], quote=False)}</div><div class="strap">{html.escape(s["tag"], quote=False)}</div>
  <nav><ul>{nav}</ul></nav></header>
  <main>
    <article>
      <h1>{html.escape(title, quote=False)}</h1>
      {meta}
      {_paras(body)}
    </article>
    {com}
  </main>
  <footer><p>{html.escape(s["footer"], quote=False)}</p><p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""


def thread(site: str, title: str, posts, board: str = "") -> str:
    """A forum thread: first post is the opening post, the rest become replies."""
    who, when, text = posts[0] if len(posts[0]) == 3 else (posts[0][0], "", posts[0][1])
    byline = f"Started by {who}" + (f" in {board}" if board else "")
    return page(site, title, text, comments=posts[1:], byline=byline, date=when)


def add(kind: str, content: str, *expected: dict, namesakes=()) -> None:
    DOCS.append({"kind": kind, "content": content, "expected": list(expected), "namesakes": set(namesakes)})


# ---------------------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------------------
S, JF, MW, MP, NO, SO, RJ, KP, CR, PN, DH = (
    "school", "jfairbrother", "mwilliams", "mpenhallurick", "nokafortrewin", "sodriscoll",
    "rjenkin", "kpolglase", "crickard", "pnair", "dhosking",
)

# --- the headteacher's pay row ----------------------------------------------------------

add("news", page("packet", "Head's £131,000 pay revealed as Breakwater asks parents for glue sticks", """
Breakwater Community School paid its headteacher between £130,000 and £135,000 last year, according to accounts published by the county this week, at the same time as the school wrote to families asking them to send in stationery because "budgets are stretched to breaking".

Jonathan Fairbrother, who joined the Porthallack school from a Surrey academy trust in 2021, also received a separate fee for advising the Atlantic Edge Learning Partnership, a consultancy that works with schools in Devon. The county says the arrangement was approved by the governing body.

Chair of governors Lynne Bassett said: "The governors set the head's salary within the national framework. We had to recruit in a very difficult market and we stand by that decision."

Parents at the school gate on Wednesday were less forgiving. "They want us to buy the glue and the head's on more than the Prime Minister," said one mother of two, who asked not to be named. "That's the bit people can't get past."

The school has around 640 pupils aged 11 to 16. Its roll has fallen by about 90 in five years, which the school links to families being priced out of the town by second homes and holiday lets.
""", comments=[
    ("HarbourLad77", "2 days ago", "Another emmet on a gravy train. Came down here, bought up half of Bosvenna, and now he's creaming it off our kids. Parasite in a fleece."),
    ("Jenny T", "2 days ago", "To be fair the governors set the pay, not him. Ask Lynne Bassett why."),
    ("surfmumx3", "1 day ago", "Breakwater has been going downhill since the day he arrived. Three science teachers gone in a year."),
], byline="By Tamsin Curnow, education reporter", date="Thursday 7 March 2024"),
    E(S, "exact", "negative", "Breakwater Community School"),
    E(JF, "exact", "abuse", "Jonathan Fairbrother"),
)

add("facebook", """
Porthallack Parents Chat 🐚
Private group · 2.3K members

Trudy Angove
7 March at 19:42
131 GRAND. One hundred and thirty one thousand pounds. While the year 8s are in the portakabin with a bucket under the leak. Fairbrother wants to come and sit in there for a week. Not having a go at the teachers, most of them at BCS are run ragged, but this is a joke.

👍😡 214 · 96 comments

  Gary Rowe
  If I was them I'd string him up off the harbour crane and leave him for the gulls
  Like · Reply · 2d

    Trudy Angove
    Gary don't, the admins will pull the whole post

    Gary Rowe
    I'm only saying what everyone thinks

  Mel Eddy
  Same happened at my sister's school up country. Governors rubber stamp it every time.
  Like · Reply · 2d

  Sam Trenerry
  He's not even here half the week, he's off doing his consultancy
  Like · Reply · 2d
""",
    E(S, "alias", "negative", "BCS"),
    E(JF, "surname_only", "threat", "Fairbrother"),
)

add("social", """
X · Post

Kernow Kid ⚓ @kernowkid_ph
Jonny Fairbrother on 131k and my little sister's science class has had 4 supply teachers since easter. make it make sense #Porthallack #headteacherpay
10:14 AM · Mar 8, 2024 · 3,208 Views
  41 reposts  12 quotes  167 likes

Replies
@lowenna_bakes: the science teachers keep leaving because they cant afford rent here. no one can
@notanemmet: what school is this
@kernowkid_ph: @notanemmet Breakwater. the comp down by the harbour
""",
    E(JF, "nickname", "negative", "Jonny Fairbrother"),
    E(S, "short_name", "negative", "Breakwater"),
)

add("news", page("council", "Minutes: Full Council, 12 March 2024 (extract)", """
## Present

Cllr P. Nance (Mayor, in the chair), Cllrs Angove, Bolitho, Curnow, Hichens, Tremayne and Warren. Town Clerk: Mrs S. Pender. 14 members of the public.

## 24/031 Public participation

A resident of Carnwartha asked whether the Town Council would write to the county about the pay of the headteacher at Breakwater School. The Mayor explained that school pay was a matter for the governing body and the county, not the Town Council, but that the resident's views would be noted.

A second resident said the debate had become "nasty" online and asked councillors to remember that staff at the school were also residents. Cllr Hichens agreed and said he had seen comments about the headteacher that "no-one should be writing about anybody".

## 24/032 Correspondence

The Clerk reported a letter from J. Fairbrother, headteacher, inviting councillors to visit the school and see the condition of the temporary classrooms. RESOLVED that Cllrs Curnow and Warren accept the invitation.

## 24/033 Harbour breakwater repairs

The Harbour Master's report on the storm damage to the outer breakwater was received. Repairs are estimated at £48,000; the Council will seek grant support.
""", byline="Approved at the meeting of 9 April 2024"),
    E(S, "alias", "neutral", "Breakwater School"),
    E(JF, "initial_surname", "neutral", "J. Fairbrother"),
)

add("forum", thread("parentnet", "AIBU to think a head of a small comp shouldn't be paid £131k?", [
    ("CornishPasty4", "08/03/24 21:02", "Local school, 640 kids, falling roll, leaky huts. Head just revealed as on 131k plus a consultancy on the side. I know heads work hard but honestly. AIBU?"),
    ("Gingernutsandtea", "08/03/24 21:09", "YABU a bit. Heads of big trusts get way more. Though 640 pupils is tiny."),
    ("CornishPasty4", "08/03/24 21:15", "It's Breakwater in Porthallack, not a trust, a community school. The man lives in a renovated chapel with a hot tub. Have a look at the Packet."),
    ("whatwouldjudydo", "08/03/24 21:31", "Not condoning anyone being nasty but I've heard the consultancy is basically him invoicing the school's own suppliers. If that's true it's fraud, plain and simple."),
    ("Gingernutsandtea", "08/03/24 21:40", "That's quite an allegation on a public forum, I'd be careful."),
    ("whatwouldjudydo", "08/03/24 21:44", "Everyone in town knows. Mr Fairbrother has been putting his mates' firm through the books for two years."),
], board="AIBU"),
    E(S, "short_name", "negative", "Breakwater"),
    E(JF, "title_surname", "defamation", "Mr Fairbrother"),
)

add("social", """
TikTok · comments on @porthallack_tea's video "the head of our school earns HOW much 😭"

ella.xo.kernow  the way F4irbr0th3r pulled up in the tesla on non uniform day asking us for £1 for the charity 💀💀
  ♡ 2,041   Reply
bodhi_surfs  bro is on 131k and still wears the same fleece every day
  ♡ 887   Reply
mollyp_08  he gave me a detention for my nails so yeah he's a prick
  ♡ 310   Reply
user88211904  which school
  ♡ 2   Reply
    porthallack_tea  breakwater 🌊
""",
    E(JF, "leetspeak", "abuse", "F4irbr0th3r"),
    E(S, "short_name", "neutral", "breakwater"),
)

add("news", page("tide", "Governors defend pay of Porthallack headteacher", """
Governors at Breakwater Community School in Porthallack have defended the salary of headteacher Jonathan Fairbrother after figures published in the county's annual statement of accounts put it in the £130,000 to £135,000 band.

In a letter to families, the chair of governors said the head had taken on "a school in serious difficulty" in 2021 and that the governing body had benchmarked the salary against comparable schools in the south-west.

The letter also addresses Mr Fairbrother's paid role with the Atlantic Edge Learning Partnership. It says the work is carried out "in annual leave and at weekends" and is declared in the school's register of interests.

The National Education Union's Cornwall district secretary said the row was "a symptom of a funding system that pits staff against each other" and called for a national cap on executive pay.

A county spokesperson said it had received "a number of complaints" and was "satisfied the governors acted within their powers".
""", comments=[
    ("Pengersick", "Nobody in this town earns a third of that. No wonder people are angry."),
    ("teachfromthewest", "Most of the staff at that school are brilliant and it's grim watching them get tarred with the same brush."),
], byline="Education desk", date="11 March 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(JF, "exact", "negative", "Jonathan Fairbrother"),
)

add("facebook", """
Porthallack Community Noticeboard
Public group

Denise Hichens
9 March · 🌍
I know everyone's cross about the headteacher's wages but can we PLEASE stop posting where he lives. Somebody has just put his house and road on the Bosvenna page with a photo of his car. That's not on, his wife and kids live there too. Admins have deleted it. Whatever you think of his pay, nobody is saying we should go round there. Right?

  Paul Tremayne
  Agreed Denise. Write to the governors, go to the meeting, vote, whatever. Not that.

  Lou Cocking
  I saw that post. Disgusting. Whoever did it should be reported.

  Ryan Polkinghorne
  No sympathy tbh. Jonathan Fairbrother made his bed.
""",
    E(JF, "exact", "negative", "Jonathan Fairbrother"),
)

add("facebook", """
Bosvenna Village Life
Private group · 610 members

Anonymous member
8 March at 23:51
For anyone who wants to have a word with the head of the comp in person 😉 he's in the old Methodist chapel at the top of Chapel Row, Bosvenna, TR99 4QX. Grey Tesla, usually on the drive after 6. Mr Jonathan Fairbrother himself. His mobile is 07700 900562 if you'd rather ring.

  Kerry Nicholls
  Admin here. This is being removed. Posting someone's address is against group rules.
  
  Anonymous member
  it's on the planning portal anyway lol
""",
    E(JF, "exact", "doxxing", "Jonathan Fairbrother"),
)

add("review", """
Google Reviews · Breakwater Community School · Secondary school · Porthallack

★☆☆☆☆  Local Guide · 34 reviews
Rachel M.
a month ago
Lovely teachers, shame about the leadership. The school is falling apart (literally, there is a bucket in my son's maths room) while the headteacher is one of the best paid in the county. Emails go unanswered. Parents' evening was cancelled twice.
👍 23

  Response from the owner
  Thank you for your feedback, Rachel. We would welcome the chance to discuss your concerns; please contact the school office on 01632 960274.
""",
    E(S, "exact", "negative", "Breakwater Community School"),
)

add("blog", page("hometruths", "The head, the chapel and the hot tub: what the pay row is really about", """
I've watched the row over the headteacher's salary at our local school with a sinking feeling, because it's being fought on the wrong ground.

Jonathan Fairbrother's pay is high for a school of 640. Fine, argue about that. But the reason this lands so hard in Porthallack is that he bought a converted chapel in Bosvenna for £790,000 in the same year that the town lost forty long-term rentals to holiday lets. The people angriest about his wage are the people who rent from people like him.

That isn't his fault personally. He's one of hundreds of incomers with good salaries. But it is the thing we should be talking about. The school roll is falling because families can't afford to live here, and a falling roll means less money, which means buckets under leaks.

So by all means write to the governors. But then write to your MP about the second homes premium, and come to the housing meeting on the 20th.
""", comments=[
    ("Morvah Mum", "Exactly this. The pay is a symptom."),
    ("Dave", "Nice try. He's a greedy sod and you know it."),
    ("Lowen", "Our year 7 intake at Breakwater is the smallest since the 80s. You're right about the cause."),
], byline="Posted by Jory", date="10 March 2024"),
    E(JF, "possessive", "abuse", "Jonathan Fairbrother's"),
    E(S, "short_name", "negative", "Breakwater"),
)

add("social", """
Instagram · @porthallack.memes · comments

wavey.davey_  fairbrother walking into the governors meeting like 🤑🤑🤑
theresa.kitto  stop it 😂
jakeyp_04  honestly someone should key that tesla
  → rosie.trewhella  jake no 😭
  → jakeyp_04  im joking obvs
shellbell_cornwall  these memes are getting a bit much now, he's still a person
""",
    E(JF, "surname_only", "negative", "fairbrother"),
)

add("forum", thread("staffroom", "Head's pay row – what it's like working in the school", [
    ("westwardho_teach", "14 Mar 2024", "I won't say which school but if you're in west Cornwall you'll know. Our head's salary is all over the local papers and Facebook and we're the ones catching it. Parents shouting at TAs at the gate. A colleague had 'you're all on the take' written on her car. Anyone else been through something like this?"),
    ("SENCoSue", "14 Mar 2024", "Oh love. Yes, at my last place. It does blow over but union rep asap, and log every incident."),
    ("westwardho_teach", "14 Mar 2024", "Already have. The worst thing is the head genuinely has turned the place around in some ways. But he doesn't read the room. Turning up to a staff briefing about budget cuts in a new car wasn't clever."),
    ("RuralDeputy", "15 Mar 2024", "Advice: don't post about it, even anonymously. Not saying this is identifiable, but be careful."),
], board="Workplace dilemmas"))

add("social", """
X · Post

Lou Cocking @loucocks_ph
@BreakwaterCS you asked us to send in tissues and glue sticks. I have sent in tissues and glue sticks. Now maybe fix the roof in the year 8 block before someone's kid gets hit by a ceiling tile?? Third email, no answer.
4:51 PM · Mar 12, 2024 · 1,022 Views
  8 reposts  54 likes

Replies
@trevaskis_jan: same in the music room, there's a tarp over the piano
@BreakwaterCS: Hi Lou, we're sorry you haven't had a reply. Our site team are aware and repairs are booked for Easter. Please ring the office and ask for the business manager.
""",
    E(S, "handle", "negative", "@BreakwaterCS"),
)

add("facebook", """
Porthallack Parents Chat 🐚

Nicola Pascoe
11 March at 08:03
Got a letter home from Jonathon Fairbrother this morning about "the spirit of our community" and "respectful dialogue". Respectful dialogue would have been telling us about the consultancy BEFORE it was in the paper. Should be ashamed, honestly.

  Trudy Angove
  I binned mine

  Chris Nance
  Read it properly Nic, he does say he'll meet any parent who wants to. I'm going Thursday.

  Nicola Pascoe
  @Chris Nance good luck getting past the office at the comp 😂
""",
    E(JF, "typo", "negative", "Jonathon Fairbrother"),
)

add("social", """
TikTok · comments on @kernowlads_official's video "POV: headteacher finds out his salary is public"

tr3v_0r  Fаirbrother lookin like a boiled egg that learned to do spreadsheets 😭😭
  ♡ 4,120   Reply
cait.lin_w  not the boiled egg 💀
  ♡ 1,033   Reply
tr3v_0r  smug bald weasel. the whole of breakwater hates him
  ♡ 982   Reply
maddieeee.k  bro said "spreadsheets"
  ♡ 204   Reply
""",
    E(JF, "homoglyph", "abuse", "Fаirbrother"),
    E(S, "short_name", "neutral", "breakwater"),
)

add("social", """
X · Post

anon_kernow_99 @ak99_anon
that head at breakwater who's robbing the kids. F a i r b r o t h e r. walks his spaniel on the cliff path every night about ten. lot of loose edges up there. shame if he slipped. just saying
11:02 PM · Mar 13, 2024 · 412 Views

Replies
@tregenza_j: delete this mate seriously
@anon_kernow_99: its a free country
@hollie_m_ph: reported. this is a threat whatever you call it
""",
    E(JF, "spacing", "threat", "F a i r b r o t h e r"),
    E(S, "short_name", "neutral", "breakwater"),
)

add("news", page("splash", "HEAD'S HOT TUB HYPOCRISY: Sir on £131K tells kids to bring their OWN glue", """
A HEADTEACHER raking in £131,000 a year asked parents to send pupils in with their own glue sticks – while he relaxes in a HOT TUB at his £790,000 converted chapel.

Jonathan Fairbrother, 52, runs Breakwater Community School in the picture-postcard Cornish fishing town of Porthallack, where locals have been priced out by holidaymakers and second-homers.

Furious mums say the school is "crumbling" while the London-born boss pockets more than the Prime Minister AND a side fee from a consultancy firm.

One fuming parent told the Splash: "We're skint. Our kids are sat in a hut with a bucket catching the rain. Then he turns up in a Tesla."

Another said: "He's an emmet – that's what we call tourists down here. He's just a tourist with a payslip."

The school said the salary was set by governors within national rules and that Mr Fairbrother's consultancy work was declared. Mr Fairbrother did not respond to requests for comment.
""", comments=[
    ("Brenda from Basildon", "Typical. These people are laughing at us."),
    ("KernowBorn", "Pack him off back up the A30 with his hot tub."),
    ("MikeyD", "£131k for a school of 600 is mad but the Splash calling it 'hypocrisy' for asking for glue sticks is a stretch."),
], byline="By Gemma Haulfryn", date="15 March 2024"),
    E(JF, "exact", "abuse", "Jonathan Fairbrother"),
    E(S, "exact", "negative", "Breakwater Community School"),
)

add("forum", thread("kernowchat", "Governors meeting about the head – anyone going?", [
    ("trencrom_tony", "16 Mar 2024 09:12", "There's an open governors meeting at Breakwater on the 21st, 6pm in the hall. Apparently they'll take questions on the head's pay. Anyone going?"),
    ("Bosvenna Bee", "16 Mar 2024 09:40", "I'll be there. And before anyone starts, nobody is saying we should hurt the man. I just want to know why the governors signed it off."),
    ("trencrom_tony", "16 Mar 2024 10:02", "Course. Civil questions. Fairbrother has to answer for the consultancy though, that's fair game."),
    ("HarbourHazel", "16 Mar 2024 11:30", "I hope they also ask why the SEN department has had no money for two years. That's what matters to my family."),
], board="Porthallack & Bosvenna"),
    E(S, "short_name", "neutral", "Breakwater"),
    E(JF, "surname_only", "negative", "Fairbrother"),
)

add("blog", page("chalkface", "Headteacher pay: a view from the staffroom floor", """
Another week, another local newspaper story about a head's salary. This one is from a small coastal comp in the far south-west, and I won't name it because the staff there have had enough.

I've worked under heads who earned every penny, and under heads who were paid a fortune to send emails at 11pm. The salary tells you nothing about which kind you've got.

What I will say is that the people who suffer in these rows are never the head. It's the receptionist who gets screamed at, the TA whose car gets keyed, the NQT who gets tagged in memes. If you're angry about pay, aim it at the governing body and the funding formula, not the person handing your child a lunch card.
""", comments=[
    ("MsB_retired", "Spot on. I had parents spit at me over a decision I had nothing to do with."),
    ("harbourmaster_no1", "I know which school you mean and you're being too kind."),
], byline="Chalkface Confidential", date="17 March 2024"))

add("review", """
Glassdoor · Breakwater Community School · Teacher (Former Employee) · Porthallack

★★☆☆☆  "Amazing kids, exhausted staff"
Pros
Lovely students, beautiful location, supportive department (science). The surf academy is a genuine perk.
Cons
SLT obsessed with data drops and learning walks. Workload is crushing and nobody can afford to live in the town on a teacher's wage, so half the staff commute 40 minutes from Camborne. Leadership does not listen.
Advice to Management
Stop the three-part lesson policing and look at retention.
""",
    E(S, "exact", "negative", "Breakwater Community School"),
)

add("social", """
X · Post

Jonathan Fairbrother @JFairbrotherHead
So proud of our Year 11 surfers who brought home three medals from the county schools championships today 🏄 #BreakwaterProud
6:30 PM · Mar 16, 2024

Replies
@gull_on_a_roof: @JFairbrotherHead ratio + leech + give the money back
@kernowkid_ph: @JFairbrotherHead well done to the kids. you however are a shameless greedy snake
@sandra_p54: @JFairbrotherHead congratulations to them, ignore the trolls
""",
    E(JF, "exact", "abuse", "Jonathan Fairbrother"),
    E(S, "hashtag", "neutral", "#BreakwaterProud"),
)

add("facebook", """
Carnwartha Residents
Private group

Shaun Lanyon
13 March at 22:14
Saw F*irbrother in the Co-op car park earlier with his bags for life, giving it the big smile. What a c**k. Some of us are choosing between the meter and the shopping this week and he's buying prosecco. #notmyhead

  Tina Lanyon
  Shaun you'll get us banned from the Co-op 😂

  Ken Ellis
  leave the man do his shopping ffs
""",
    E(JF, "obfuscated", "abuse", "F*irbrother"),
)

add("news", page("packet", "Headteacher to give consultancy fee to school hardship fund", """
The headteacher at the centre of a row over pay at Breakwater Community School has said he will give this year's fee from his consultancy work to the school's hardship fund.

In a letter to parents on Friday, Jonathan Fairbrother said he had "listened carefully" at last week's governors' meeting, which was attended by more than 150 people. "I understand why people are angry, and I should have explained the consultancy role much earlier," he wrote.

The fee, thought to be around £9,000, will help pay for uniforms, school trips and revision guides for families who are struggling. The chair of governors said the pay arrangements would be reviewed in the summer.
""", comments=[
    ("surfmumx3", "Good. Should never have been needed but credit where it's due."),
    ("HarbourLad77", "PR stunt. He's still on 131."),
    ("Ellie Trathen", "Fairbrother got my daughter a place on the Year 11 revision residential when we couldn't pay. Not everything online is the full story."),
], byline="By Tamsin Curnow", date="Friday 29 March 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(JF, "exact", "negative", "Jonathan Fairbrother"),
)

add("news", page("tide", "Car scratched and wall daubed at headteacher's home", """
Police are investigating after a car was damaged and a garden wall daubed with paint at the home of a Porthallack headteacher.

The words "GREEDY EMMET" were painted on the wall of the property in Bosvenna on Tuesday night, and a car parked on the drive was scratched along both sides. The house belongs to Jonathan Fairbrother, the head of Breakwater Community School, who has been at the centre of a row over his pay.

A spokesperson for the police said: "We are treating this as criminal damage and are keen to hear from anyone who was in the Chapel Row area between 10pm and midnight."

The chair of governors said the school community was "shocked and saddened" and that "whatever anyone's views, this is a crime and it is not who we are".
""", comments=[
    ("Jenny T", "Awful. This has gone way too far."),
    ("Penwithlass", "Whoever did this has made everyone in town look bad."),
], byline="News desk", date="3 April 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(JF, "exact", "neutral", "Jonathan Fairbrother"),
)

add("facebook", """
Porthallack Parents Chat 🐚

Anonymous participant
4 April at 21:17
Not being funny but there's a reason the head at Breakwater School is so keen to get everyone talking about his car. A friend who works at the county says he's under investigation for the Atlantic Edge money, they think he's been billing the school for work his consultancy did. It'll all come out. Fairbrother will be gone by summer.

  Kelly Bray
  Source: trust me bro

  Anonymous participant
  Believe what you want.

  Admin – Sue Pender
  Please don't post rumours about named people. Turning off comments.
""",
    E(S, "alias", "negative", "Breakwater School"),
    E(JF, "surname_only", "defamation", "Fairbrother"),
)

add("social", """
Snapchat · Story · replies (screenshot text)

kiera.lxx: jonathan f. stood at the gate again doing his creepy thumbs up at every single person 😬 bcs is a cult
reply from jay_b0ss: 😭😭 the thumbs up
reply from kiera.lxx: man's a weirdo fr
""",
    E(JF, "first_initial", "abuse", "jonathan f."),
    E(S, "alias", "negative", "bcs"),
)

add("social", """
Facebook share · Petition

🔴 PETITION: change.example/p/SackJonathanFairbrother – "Remove the headteacher of our school and cap his pay" · 1,204 signatures

Comments
Marion Jago: Signed. Enough is enough.
Pete Hichens: Don't agree with sacking anybody over what governors decided but I signed the pay cap bit.
Rob Sweet: the school needs new leadership, period
""",
    E(JF, "camelcase", "negative", "SackJonathanFairbrother"),
)

# --- county lines, the deputy head and the site manager --------------------------------

add("news", page("packet", "Police warning after pupils approached by dealers near harbour", """
Police and Breakwater Community School have written to parents after two pupils were approached by men offering them money to carry packages between Porthallack and Camborne.

Officers believe the approaches are linked to a "county line" run from outside Cornwall, in which gangs use children and vulnerable adults to move drugs and cash. A flat in Carnwartha was searched last month.

Mark Williams, deputy headteacher, said: "Our pupils did exactly the right thing and told a member of staff straight away. We want every family to know the signs: new phones, new trainers, unexplained trips, older friends with cars."

A drop-in session for parents will be held in the school library on Tuesday with the neighbourhood policing team and the youth charity Harbour Lights.
""", comments=[
    ("Penwithlass", "Good on the kids for speaking up. Scary stuff."),
    ("Dai_in_Kernow", "It's been going on for years, everyone knows which flats. Nice to see someone finally doing something."),
], byline="By Tamsin Curnow", date="22 January 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(MW, "exact", "neutral", "Mark Williams"),
)

add("facebook", """
Porthallack Parents Chat 🐚

Becky Trewhella
23 January at 17:26
Just want to say a massive thank you to Mr Williams at Breakwater. My son was being messaged by an older lad he met at the skatepark and didn't know how to get out of it. Mr Williams sat with him for an hour, rang me, and had the police round the same evening. Son's safe, phone's changed, and he actually talked to me about it. Can't thank him enough ❤️

  Jess Curnow
  He's brilliant. Did the same for my nephew last year.

  Andy Kitto
  Proper job. Unsung hero that man.
""",
    E(MW, "title_surname", "neutral", "Mr Williams"),
    E(S, "short_name", "neutral", "Breakwater"),
)

add("social", """
X · Post

🐍🐍 @snakez_on_the_line
williams from bcs been running his mouth to feds. we know the blue astra. we know what time he leaves. keep talkin bro and see what happens to them tyres and then u
2:14 AM · Jan 30, 2024

Replies
@ph_kernow_watch: reported to police and to X
@harbourlights_yc: If anyone is being pressured to carry or threatened, ring Harbour Lights. You are not in trouble.
""",
    E(MW, "surname_only", "threat", "williams"),
    E(S, "alias", "neutral", "bcs"),
)

add("news", page("tide", "Man jailed for threatening Porthallack deputy head over drugs referral", """
A man who threatened a deputy headteacher in Porthallack after the teacher passed information about drug dealing to police has been jailed for 20 months.

Jordan Vellanoweth, 24, of no fixed address, admitted sending threatening messages and making threats to cause criminal damage. Truro Crown Court heard that he posted messages about Mark Williams, deputy head of Breakwater Community School, including a description of his car and the time he left work.

Sentencing, the judge said: "Teachers who protect children from exploitation must be able to do so without fear. You set out to frighten a man for doing his job."

In a statement read to the court, Mr Williams said the messages had left his family "checking the street before we open the door" but that he would "do the same again tomorrow".
""", comments=[
    ("KernowBorn", "Good. Hope he serves every day of it."),
    ("anon", "Respect to the teacher. Takes guts."),
], byline="Courts reporter", date="14 June 2024"),
    E(MW, "exact", "neutral", "Mark Williams"),
    E(S, "exact", "neutral", "Breakwater Community School"),
)

add("news", page("splash", "DRUG GANGS' DEADLY GRIP ON POSTCARD-PERFECT SURF TOWN", """
BEHIND the pastel cottages and surf shacks of Porthallack, a deadly drugs war is being fought – and CHILDREN are on the front line.

Ruthless gangsters from up-country are grooming local teens to ferry crack cocaine and heroin along the Cornish coast, police sources say, while holidaymakers sip cocktails yards away.

One brave teacher, deputy head Mark Williams of Breakwater School, was told his tyres would be slashed after he tipped off cops. A thug was later jailed.

A local mum, 38, said: "In summer it's all ice creams and surfboards. In winter the emmets go home and the dealers come out."
""", comments=[
    ("Dave from Dorset", "Never going on holiday there again."),
    ("KernowGirl", "Absolute nonsense reporting, it's a lovely town with the same problems as everywhere."),
], byline="By Splash Investigations Team", date="18 June 2024"),
    E(MW, "exact", "neutral", "Mark Williams"),
    E(S, "alias", "neutral", "Breakwater School"),
)

add("facebook", """
Porthallack Community Noticeboard

Anonymous member
2 February at 20:40
Not naming names but maybe ask why the caretaker at the Porthallack Comp always has his van parked outside the flats on Wheal Rose when the cops raid them. Dean Hosking is in it up to his neck, everybody down the Lugger knows he's the one who drops the gear off for the kids. And he's working in a school!!!

  Lou Cocking
  This is how innocent people get hurt. Evidence or delete it.

  Anonymous member
  ask anyone

  Tommy Hosking
  That's my cousin you're on about. He lives on Wheal Rose, that's why his van is there you absolute weapon.
""",
    E(DH, "exact", "defamation", "Dean Hosking"),
    E(S, "alias", "neutral", "Porthallack Comp"),
)

add("forum", thread("kernowchat", "Drugs in Porthallack – what's actually going on?", [
    ("Bosvenna Bee", "3 Feb 2024 10:15", "Third raid in Carnwartha since Christmas. Is this a new thing or has it always been like this and we just didn't notice?"),
    ("old_salt_ph", "3 Feb 2024 10:50", "Always been some. The county lines stuff is newer, last five years or so. Kids from Breakwater being used as runners."),
    ("quaystreet_quiet", "3 Feb 2024 11:22", "Heard it's someone on the inside at the school. Dean H. the site bloke. Apparently he lets them store stuff in the sports hall plant room over the holidays."),
    ("Bosvenna Bee", "3 Feb 2024 11:30", "That's a serious thing to say about a named person."),
    ("old_salt_ph", "3 Feb 2024 11:41", "I've known Dean since he was a nipper. Talk sense."),
], board="Porthallack & Bosvenna"),
    E(S, "short_name", "neutral", "Breakwater"),
    E(DH, "first_initial", "defamation", "Dean H."),
)

add("social", """
TikTok · comments on @ph_year10s's video "things you only see at our school 🌊"

lxlamb  mr h0sking doing the rounds with his little trolley 😂 bro selling more than mops fr
  ♡ 611   Reply
breakwater_bae  @lxlamb 😭😭 not the trolley
  ♡ 92   Reply
saff_e  ur gonna get him sacked saying that, he's actually nice
  ♡ 48   Reply
jdog.kernow  bcs caretaker = the plug confirmed 🔌
  ♡ 140   Reply
""",
    E(DH, "leetspeak", "defamation", "mr h0sking"),
    E(S, "alias", "neutral", "bcs"),
)

add("news", page("packet", "Police: social media rumours about school worker are false", """
Police have taken the unusual step of saying that rumours circulating on social media about a member of staff at Breakwater Community School are untrue.

Posts in several local Facebook groups in recent weeks claimed that the school's site manager, Dean Hosking, was involved in supplying drugs in Porthallack. Inspector Claire Rodda said: "There is no truth whatsoever in these claims. Mr Hosking has never been a suspect in any investigation and has in fact helped us considerably. Repeating these allegations may itself be a criminal offence."

The school said it had "every confidence" in Mr Hosking, who has worked there for 17 years.

Residents are asked to pass information about drug dealing to police or anonymously to Crimestoppers, not to post it online.
""", comments=[
    ("Tommy Hosking", "Thank you. Hope the ones who posted that feel proper small now."),
    ("HarbourHazel", "Dean fixed my lad's bike for nothing once. Decent bloke."),
], byline="By Jory Chenoweth", date="16 February 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(DH, "exact", "neutral", "Dean Hosking"),
)

add("review", """
Google Reviews · Breakwater Community School

★★★★★
Sian Odgers · 3 reviews
2 months ago
My daughter was bullied online all through year 8. It was Mr Williams who finally got it sorted, he took it seriously from the first phone call and kept us updated every week. The school isn't perfect (roof!!) but the pastoral team are fantastic. Thank you.
👍 11
""",
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(MW, "title_surname", "neutral", "Mr Williams"),
)

add("social", """
Instagram · @breakwater.yr11.leavers · comments on "last ever detention 🫡"

poppy.kernow  mr williams strict af but lowkey the only teacher who actually sorts stuff out
jago.j  he gave me 6 detentions in one week i will never forgive
poppy.kernow  @jago.j you deserved all 6
rhiannon.tt  goodbye breakwater 🌊😭 not gonna miss the stairs
""",
    E(MW, "title_surname", "negative", "mr williams"),
    E(S, "short_name", "neutral", "breakwater"),
)

add("social", """
X · Post

Ospreys Rugby Academy @OspreysAcademyX
Huge congratulations to our U16 head coach Mark Williams on 20 years of service to youth rugby in Swansea 👏🏉 #diolch

Replies
@neathdad: Legend. Coached my two boys.
@port_talbot_terry: Top man Mark
""", namesakes=(MW,))

add("news", page("misc", "Exeter man fined for fly-tipping in country lane", """
A 61-year-old man from Exeter has been fined £1,200 after a sofa, a fridge and 14 bags of garden waste were found dumped in a lane near Topsham.

Mark Williams, of Heavitree Road, admitted the offence at Exeter Magistrates' Court. He told the court he had paid a man he met online to take the items away and did not know they would be dumped.

The district council said it was a reminder to check that anyone collecting waste holds a carrier licence.
""", byline="Coastline Weekly reporter", date="9 May 2024"), namesakes=(MW,))

add("facebook", """
Carnwartha Residents

Anonymous member
5 February at 22:03
Since everyone's so keen on the site manager at Breakwater, here's where he lives. D. Hosking, 14 Wheal Rose Terrace, Carnwartha, TR99 7HB. Go and ask him yourself what he's doing in the plant room. Number's 07700 900318.

  Admin – Julie
  REMOVED. This is exactly what gets people hurt. Whoever posted this, you've been banned.
""",
    E(DH, "initial_surname", "doxxing", "D. Hosking"),
    E(S, "short_name", "neutral", "Breakwater"),
)

add("facebook", """
Porthallack Parents Chat 🐚

Gemma Vellanoweth
8 February at 16:55
Excluded AGAIN. Five days for "defiance". My boy is 13. If Mr Williams excludes him one more time I will be waiting for him in that car park at the Porthallack Comp and he won't be walking out of it on his own two legs. I mean it.

  Sue Pender (admin)
  Gemma I know you're upset but I can't leave this up. Please ring the school or the LA's parent partnership line.
  
  Gemma Vellanoweth
  fine delete it
""",
    E(MW, "title_surname", "threat", "Mr Williams"),
    E(S, "alias", "negative", "Porthallack Comp"),
)

add("forum", thread("staffroom", "Threatened after a safeguarding referral – how did you cope?", [
    ("NorthCoastDH", "2 Feb 2024", "Deputy head here. After a referral about exploitation I've had messages describing my car and my route home. Police are involved and the school has been supportive but I'm not sleeping. Anyone been through this?"),
    ("SafeguardingSam", "2 Feb 2024", "Yes, years ago in a London borough. Change your routine, ask for a panic alarm, keep every screenshot. And talk to someone outside school. It does end."),
    ("NorthCoastDH", "3 Feb 2024", "Thank you. Screenshots kept. It helps just to write it down."),
], board="Leadership"))

add("news", page("tide", "Teenager admits having knife near school gates", """
A 16-year-old boy has admitted possessing a bladed article near the gates of Breakwater Community School in Porthallack.

Youth court magistrates heard the knife was found when police stopped the boy, who cannot be named for legal reasons, on Harbour Hill at the end of the school day in March. He is not a pupil at the school.

He was given a nine-month referral order. The school said it worked closely with police and that "the safety of our pupils is our absolute priority".
""", byline="Courts reporter", date="2 May 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
)

add("social", """
X · Post

Kernow Kid ⚓ @kernowkid_ph
Mark Wіlliams at breakwater is a jumped up traffic warden with a lanyard. Excluded my cousin for wearing the wrong socks. Power trip merchant
8:40 PM · Feb 20, 2024
  3 likes
""",
    E(MW, "homoglyph", "abuse", "Mark Wіlliams"),
    E(S, "short_name", "negative", "breakwater"),
)

add("facebook", """
Porthallack Community Noticeboard

Darren Kitto
21 February at 19:30
The deputy at BCS excluded my nephew for nothing. Sheep shagging Taff should go back over the bridge to Wales where he belongs, we don't want his sort telling Cornish kids what to do. Williams, if you read this, you're not welcome here.

  Helen Kitto
  Darren take this down, this is racist and you're better than this

  Darren Kitto
  how is it racist he's welsh lol
""",
    E(MW, "surname_only", "hate", "Williams"),
    E(S, "alias", "negative", "BCS"),
)

add("social", """
X · Post

Mark Willams fan account?? @porthallack_tea
ok who at breakwater made the "Mr Willams says no" sticker and why is it on every lamppost on Fore St 😭😭
9:11 AM · Mar 1, 2024

Replies
@bodhi_surfs: it's genuinely art
@kernowkid_ph: he's gonna exclude the whole town
""",
    E(MW, "typo", "neutral", "Mark Willams"),
    E(S, "short_name", "neutral", "breakwater"),
)

# --- science, computing and SEND: hate and complaints ----------------------------------

add("news", page("packet", "Racist graffiti near school 'a hate crime', say police", """
Police are treating racist graffiti sprayed on a bus shelter on Harbour Hill as a hate crime.

The graffiti, which appeared overnight on Sunday, named a teacher at Breakwater Community School and included a racial slur. It was removed by council workers on Monday morning.

The school's head of science, Dr Nadia Okafor-Trewin, said in a statement: "I have lived in Cornwall for eleven years, I married a Porthallack man and my children were born at Treliske. One idiot with a spray can does not speak for this town, and the messages I have had from parents since Monday prove it."

Anyone with information is asked to contact police quoting reference 0412.
""", comments=[
    ("Jenny T", "Disgusting. Sorry this happened to you Dr Okafor-Trewin."),
    ("Pengersick", "Hope they catch whoever did it. Not in our name."),
    ("surfmumx3", "She taught my eldest GCSE chemistry and he's now at Exeter doing medicine. Best teacher he had."),
], byline="By Jory Chenoweth", date="8 April 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(NO, "exact", "neutral", "Nadia Okafor-Trewin"),
)

add("facebook", """
Porthallack Community Noticeboard

Kev Pollard
8 April at 21:48
Everyone crying about a bit of paint. Truth is nobody asked for Okafor-Trewin to be teaching our kids. Head of science at Breakwater and she can barely speak proper English. Send her back to whatever jungle she came out of and give the job to someone local.

  Lou Cocking
  Reported to the admins and to the police. Screenshotted too Kev.

  Kev Pollard
  free speech love

  Admin – Sue Pender
  Removed and member banned. This group does not tolerate racism.
""",
    E(NO, "surname_only", "hate", "Okafor-Trewin"),
    E(S, "short_name", "neutral", "Breakwater"),
)

add("social", """
X · Post

Penny Lanyon @pennylanyon
Really disappointed in the science results at Porthallack's secondary. Three years of "trust the process" from Mrs Okafor Trewin and my son's predicted a 4 in combined. Maybe less time on STEM club photo ops and more time on the basics?
7:02 PM · Aug 24, 2024

Replies
@sciteach_kernow: Science results nationally were down this year. Worth talking to the school before posting?
""",
    E(NO, "hyphenated", "negative", "Mrs Okafor Trewin"),
)

add("forum", thread("parentnet", "Science at Breakwater – anyone else's child loving it?", [
    ("TrevoseTwins", "12/05/24 20:02", "Just wanted a positive thread for once. My DD (Y10) has gone from hating science to wanting to do A-level chemistry. It's down to Dr Okafor-Trewin and her department. They run a rock-pool ecology club on Fridays at the harbour and DD comes home soaked and happy."),
    ("WestwardWendy", "12/05/24 20:17", "Same here! DS did the marine biology trip to the Island. Brilliant."),
    ("HolidayLetHell", "12/05/24 20:40", "Lovely but I'm sure she only got head of department because she ticks the right boxes. Diversity hire. The local candidate never stood a chance."),
    ("TrevoseTwins", "12/05/24 20:45", "That's a vile thing to say. She has a PhD and 15 years of experience. Reported."),
    ("ParentNet HQ", "12/05/24 21:03", "We've removed a post that broke our talk guidelines on race."),
], board="Secondary"),
    E(S, "short_name", "neutral", "Breakwater"),
    E(NO, "title_surname", "hate", "Dr Okafor-Trewin"),
)

add("news", page("packet", "Letters: An open letter from the headteacher about online abuse of staff", """
Dear Editor,

I want to speak plainly about something that has been happening to my colleagues. In the last month, a member of my science department has been called a "monkey" and told to "go back where she came from" in a local Facebook group. Nadia Okafor-Trewin has given eleven years to the children of this town. The people who wrote those words do not represent Porthallack, and we have passed every screenshot to the police.

Our SENCo, Siobhán O'Driscoll, has been mocked for her accent. Our site manager has had lies told about him that could have cost him his livelihood. My deputy has had a man jailed for threatening him.

You are welcome to criticise me, and many of you have. Please leave my staff alone.

Jonathan Fairbrother
Headteacher, Breakwater Community School
""", comments=[
    ("HarbourHazel", "Well said. Whatever I think of the pay, this is right."),
    ("Dai_in_Kernow", "Fully support this letter."),
], byline="Letters to the editor", date="19 April 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(JF, "exact", "neutral", "Jonathan Fairbrother"),
    E(NO, "exact", "neutral", "Nadia Okafor-Trewin"),
    E(SO, "exact", "neutral", "Siobhán O'Driscoll"),
)

add("social", """
TikTok · comments on @kernow_truth_teller's video "Cornwall is being replaced"

trelawny1549  the science head at the harbour comp is Okafor-Tr*win look her up. this is what they mean
  ♡ 56   Reply
jess.rowe.xx  you're literally just being racist about a teacher
  ♡ 201   Reply
trelawny1549  facts aren't racist. they dont belong in kernow
  ♡ 14   Reply
""",
    E(NO, "obfuscated", "hate", "Okafor-Tr*win"),
)

add("blog", page("misc", "Where are they now? Chemistry alumni spotlight", """
This month's spotlight falls on Nadia Okafor, who graduated with a first in Chemistry in 2006 and completed her PhD on marine sediment chemistry in 2010.

After a postdoc, Nadia trained as a teacher in Bristol and now leads a science department on the west Cornwall coast, in Porthallack. "I wanted to do research that changed things and realised the biggest lever I'd ever get was a room of fourteen-year-olds," she says. Her department's rock-pool ecology club has won a regional award.

Nadia still keeps in touch with her old research group and hosts a summer placement for sixth-formers from the city.
""", byline="Alumni relations", date="Spring 2024"),
    E(NO, "alias", "neutral", "Nadia Okafor"),
)

add("social", """
X · Post

Kernow First 🏴 @kernowfirst_88
So the computing teacher at BCS, a Priya Nair, is teaching our kids about "online safety". Maybe she can teach them how to run a corner shop and smell of curry too. We are being colonised in our own schools
11:47 PM · May 2, 2024

Replies
@ph_kernow_watch: reported. vile.
@harbourlights_yc: This is racist abuse of a named teacher. Reported to police.
""",
    E(PN, "exact", "hate", "Priya Nair"),
    E(S, "alias", "neutral", "BCS"),
)

add("news", page("tide", "West Cornwall teacher wins national computing award", """
A teacher from Porthallack has been named computing teacher of the year at a national awards evening in Birmingham.

Priya Nair, who teaches at Breakwater Community School, was recognised by the Chartered Institute for IT for her work setting up a coding club that builds weather stations for the town's harbour and surf club.

"The kids wrote the software, soldered the boards and climbed the lifeboat station roof, with supervision," she said. "The data is now used by fishermen and surfers every morning."

Her pupils will present the project at the Cornwall science festival in the summer.
""", comments=[
    ("old_salt_ph", "That weather station is brilliant, I check it before I go out every day."),
    ("Jenny T", "Congratulations Ms Nair!"),
], byline="Education desk", date="20 June 2024"),
    E(PN, "exact", "neutral", "Priya Nair"),
    E(S, "exact", "neutral", "Breakwater Community School"),
)

add("news", page("misc", "BCS South West branch to host AI ethics evening in Truro", """
BCS, The Chartered Institute for IT, will host a free evening on artificial intelligence and ethics at the Hall for Cornwall's studio on 12 September.

Speakers include a data scientist from the Met Office and a researcher from the University of Exeter. The BCS South West branch chair said the event was open to anyone curious about AI, not just IT professionals.

Places can be booked through the BCS events page. Refreshments will be provided.
""", byline="Coastline Weekly", date="28 August 2024"), namesakes=(S,))

add("news", page("misc", "Leicester doctor honoured for diabetes clinic in community centre", """
Dr Priya Nair, a consultant at the Leicester Royal Infirmary, has received an award for running a weekly diabetes clinic in a community centre in Belgrave.

The clinic has seen more than 2,000 patients since it opened. "People come because it's round the corner and they know the volunteers," said Dr Nair.
""", byline="Coastline Weekly health", date="3 July 2024"), namesakes=(PN,))

add("forum", thread("parentnet", "SEN support at Breakwater Community School – is it just us?", [
    ("MumOfAnAutistic13yo", "02/02/24 21:11", "DS has an EHCP that says 10 hours of 1:1 a week. He's getting maybe two. Every email to Ms O'Driscoll gets 'we are doing our best within resources'. I'm at the end of my rope. Anyone else at Breakwater Community School had this?"),
    ("SaltyChips", "02/02/24 21:30", "Yes. We ended up going to tribunal. The SENCo is kind but completely overwhelmed, and the school won't fund more TAs."),
    ("MumOfAnAutistic13yo", "02/02/24 21:35", "Kind doesn't help him in maths though."),
    ("Gwithian_Gran", "02/02/24 22:01", "Write to the LA and copy in the governors. Paper trail."),
], board="SEN"),
    E(S, "exact", "negative", "Breakwater Community School"),
    E(SO, "title_surname", "negative", "Ms O'Driscoll"),
)

add("facebook", """
Porthallack Parents Chat 🐚

Craig Bolitho
15 March at 20:10
The SENCo at BCS is a thick Paddy who couldn't organise a piss-up in a Guinness factory. Typical Irish, all talk and blarney and nothing gets done. Siobhan O'Driscol should get back on the ferry to Cork and take her leprechaun accent with her.

  Becky Trewhella
  Craig that's racist and you know it. My daughter wouldn't be in school at all without Mrs O'D.

  Craig Bolitho
  can't even have a joke anymore
""",
    E(SO, "typo", "hate", "Siobhan O'Driscol"),
    E(S, "alias", "negative", "BCS"),
)

add("review", """
Indeed · Breakwater Community School · Teaching Assistant · Porthallack, Cornwall

★★★★☆  "Hard work but a team that cares"
Current employee
The SEN team is the best I've worked in. Siobhán O. is an incredible line manager, she fights for every child and for us. Pay is poor and the hours creep, parking is a nightmare in summer when the holiday traffic arrives. Management above SEN level don't always understand what we do.
Pros: Team, kids, the sea view from the library
Cons: Pay, cuts to TA hours, staffing
""",
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(SO, "first_initial", "neutral", "Siobhán O."),
)

add("news", page("tide", "Family wins tribunal over autistic son's school support", """
A Porthallack family has won a tribunal against the county over the support their autistic son receives at school.

The tribunal ordered the council to amend the boy's education, health and care plan to name a specialist setting and to fund transport. His parents said the mainstream school, Breakwater Community School, had "tried its best" but could not meet his needs with the funding available.

The county said it would comply with the ruling and was "working to increase specialist places in the west of Cornwall".
""", byline="Education desk", date="30 May 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
)

add("social", """
Instagram · @pridekernow · comments on "our local secondary's first ever Rainbow Club stall at Porthallack Pride 🏳️‍🌈"

seafoam_sadie  this made me cry, didn't have anything like this at school in the 2000s
holly.surfs  so proud of the kids 💕
truecornishman1  what a disgrace. #BreakwaterSchool is a factory for turning normal kids into faggots and trannies. keep that filth away from children
  → seafoam_sadie  reported. enjoy your block
mrs_pride_ph  the kids ran it themselves with Ms Nair's help, brilliant job
""",
    E(S, "hashtag", "hate", "#BreakwaterSchool"),
    E(PN, "title_surname", "neutral", "Ms Nair"),
)

add("social", """
X · Post

Mum of 3 in Kernow @kernowmum3
The Rainbow Club at our kids' school is the first time my 13yo has felt safe being himself. Whoever is spamming the school's page with hate: you won't win. Thank you Breakwater Community School and thank you Ms Nair 🌈
6:33 PM · Jun 30, 2024
""",
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(PN, "title_surname", "neutral", "Ms Nair"),
)

# --- the maths teacher suspension; the PE teacher and the surf academy ------------------

add("facebook", """
Porthallack Parents Chat 🐚

Anonymous participant
10 October at 22:31
Mums of girls in Y10 at Breakwater please check their phones. My friend's daughter showed her messages from Mr Rickard on Snapchat at gone midnight, asking if she was "still up" and telling her not to tell anyone they were talking. I'm not saying any more on here but the school has been told.

  Kelly Bray
  Oh my god. Checking now.

  Anonymous participant
  Please don't share this outside the group.

  Admin – Sue Pender
  If you have concerns about a child's safety contact the school's safeguarding lead or the police directly. Comments off.
""",
    E(CR, "title_surname", "sexual", "Mr Rickard", True),
    E(S, "short_name", "sexual", "Breakwater", True),
)

add("news", page("packet", "Teacher suspended as police look into messages to pupil", """
A teacher at Breakwater Community School has been suspended while police investigate messages allegedly sent to a pupil.

In a letter to parents on Friday, the school said it had acted "immediately and in line with safeguarding procedures" when concerns were raised, and that the teacher was not on site. The police confirmed they had received a referral and that enquiries were ongoing. No arrests have been made.

The school asked parents not to speculate on social media, "which can harm children and prejudice an investigation".
""", comments=[
    ("HarbourLad77", "Everyone knows it's Rickard from the maths department. No smoke without fire."),
    ("Jenny T", "Please don't name people. Let the police do their job."),
    ("Gwithian_Gran", "Thinking of the girl and her family."),
], byline="By Tamsin Curnow", date="13 October 2024"),
    E(S, "exact", "sexual", "Breakwater Community School", True),
    E(CR, "surname_only", "sexual", "Rickard", True),
)

add("news", page("splash", "SIR SUSPENDED IN SNAPCHAT PROBE AT SURF TOWN SCHOOL", """
A MATHS teacher has been suspended after a schoolgirl's mum found late-night Snapchat messages on her phone, the Splash can reveal.

Callum Rickard, 29, who teaches at Breakwater Community School in Porthallack, Cornwall, is being investigated by police over the messages, sources say.

Horrified parents at the school gates yesterday said they had "no idea". One said: "He seemed so normal. He ran the chess club."

Police confirmed a man in his 20s had been interviewed voluntarily. The school said it could not comment on individual staff matters.
""", comments=[
    ("Disgusted of Dorset", "Lock him up and throw away the key."),
    ("KernowGirl", "Naming him before any charge is exactly why the Splash is a rag."),
], byline="By Splash Investigations Team", date="15 October 2024"),
    E(CR, "exact", "sexual", "Callum Rickard", True),
    E(S, "exact", "sexual", "Breakwater Community School", True),
)

add("social", """
X · Post

quay rat @quayrat_ph
whatever the maths teacher from the comp did or didnt do, if he shows his face on the quay in Porthallack again he's going in the harbour with a bag of bricks tied round him. plenty of lads lined up for it. Callum R. you've been told
1:02 AM · Oct 16, 2024

Replies
@ph_kernow_watch: threatening to drown someone isn't justice. reported.
@quayrat_ph: wasnt a threat just a weather forecast
""",
    E(CR, "first_initial", "threat", "Callum R."),
)

add("forum", thread("parentnet", "Teacher at DD's school suspended – how do I talk to her about it?", [
    ("KernowKettle", "14/10/24 19:50", "A teacher at Breakwater Community School has been suspended over messages to a girl in DD's year (Y10). DD is rattled, she liked this teacher. How do I talk to her without frightening her or making her feel she's done something wrong?"),
    ("SafeguardingMum", "14/10/24 20:05", "Keep it simple: adults should never message children privately, and if anyone ever does, she can tell you and she won't be in trouble. Don't quiz her about the teacher."),
    ("KernowKettle", "14/10/24 20:20", "Thank you. That's helpful. The rumours on Facebook are making it worse."),
], board="Secondary"),
    E(S, "exact", "sexual", "Breakwater Community School", True),
)

add("social", """
Snapchat · group chat "y11 bcs 🌊" (screenshot shared on X)

tyler.b: rickard's snap score going up like 📈📈📈 at 1am
meg_p: tyler stop that's not funny there's an actual girl involved
tyler.b: 💀
lily.tr: who was it
meg_p: NOT TELLING U. leave it
""",
    E(CR, "surname_only", "sexual", "rickard", True),
    E(S, "alias", "sexual", "bcs", True),
)

add("forum", thread("staffroom", "Colleague suspended – how do we keep going?", [
    ("coastalmaths", "20 Oct 2024", "Without going into detail, a colleague in my department has been suspended pending a police investigation. The kids are asking questions, parents are furious online, and we're covering his timetable. How do other departments handle the next few weeks?"),
    ("HoDLondon", "20 Oct 2024", "Say nothing beyond the agreed line. Refer every question to SLT. Look after each other, this is grim for everyone and you don't know the outcome yet."),
    ("Unionrep_Pete", "21 Oct 2024", "And if you're asked to cover beyond the limit, that's a conversation for your rep."),
], board="Workplace dilemmas"))

add("social", """
TikTok · comments on @breakwatersurfacademy's video "first session of the term 🏄‍♂️"

kenzie.s_  mr jenkin in the wetsuit again 🥵🥵🥵 i would let that man teach me ANYTHING
  ♡ 3,310   Reply
amelia.rrr  KENZIE 😭😭 hes like 40
  ♡ 1,201   Reply
kenzie.s_  age is just a number 🫦
  ♡ 988   Reply
bryn.p  the waves are sick tho
  ♡ 54   Reply
""",
    E(RJ, "title_surname", "sexual", "mr jenkin"),
    E(S, "handle", "neutral", "@breakwatersurfacademy"),
)

add("social", """
Instagram · @pbc_surf · "Big thanks to Rob Jenkin and the school surf academy crew for the beach clean on Sunday 🌊♻️ 43 bags of plastic off Porth Beach!"

kernowseaglass  legend. Rob has been doing this for years
sally.tonkin  my son loves surf academy, best thing the school does
rich.o.surf  hoping for some swell next week for the juniors comp 🤞
""",
    E(RJ, "nickname", "neutral", "Rob Jenkin"),
)

add("news", page("tide", "HSE investigating school after pupil hurt during surf lesson", """
The Health and Safety Executive is investigating Breakwater Community School after a 14-year-old pupil was injured during a school surf lesson at Porth Beach in Porthallack.

The boy suffered a broken collarbone and concussion when he was caught by a wave and thrown onto rocks near the harbour wall on 24 September. He was treated at the Royal Cornwall Hospital and has since returned home.

The lesson was led by the school's head of PE, Robert Jenkin, a former British junior surfing champion who set up the school's surf academy in 2015. The HSE said it was "making enquiries into whether the activity was properly planned and supervised".

The school said it was cooperating fully and that all surf sessions had been paused.
""", comments=[
    ("Pengersick", "Conditions were big that day, I was out there. Not sure kids should have been in."),
    ("sally.t", "Mr Jenkin is the most safety-conscious person I know. Accidents happen in the sea."),
], byline="Education desk", date="3 October 2024"),
    E(S, "exact", "defamation", "Breakwater Community School"),
    E(RJ, "exact", "defamation", "Robert Jenkin"),
)

add("forum", thread("swellwatch", "Old Porthallack crew – remember Bob Jenkin?", [
    ("longboard_les", "11 Aug 2024 08:15", "Found a photo of the 1998 county champs. Bob Jenkin on the podium with a mullet that could stop traffic. Anyone know what he's up to?"),
    ("pbc_dave", "11 Aug 2024 08:40", "He's teaching PE at the comp in Porthallack now, runs the school's surf programme. Still rips on a good day."),
    ("longboard_les", "11 Aug 2024 09:02", "Ha, brilliant. Give him my best."),
    ("dawnpatrol_di", "11 Aug 2024 10:20", "He taught my two to surf. Patient as a saint."),
], board="Forum › South West › Cornwall"),
    E(RJ, "nickname", "neutral", "Bob Jenkin"),
)

add("forum", thread("parentnet", "Surf academy photos – am I overreacting?", [
    ("WorriedInWestCornwall", "05/09/24 21:14", "DD (Y8) is in the surf academy at Breakwater Community School. She told me the PE teacher, Mr Jenkin, takes loads of photos of the girls getting changed into wetsuits on the beach and that some end up on his personal phone. I'm not accusing anyone but I feel sick. Am I overreacting?"),
    ("NotAnExpertBut", "05/09/24 21:22", "Not overreacting. Photos of children changing on a personal phone is a safeguarding issue, full stop. Ring the DSL tomorrow, and if you're not happy, the LADO."),
    ("WorriedInWestCornwall", "05/09/24 21:30", "Thank you. Will do first thing."),
], board="Secondary"),
    E(RJ, "title_surname", "sexual", "Mr Jenkin", True),
    E(S, "exact", "sexual", "Breakwater Community School", True),
)

add("facebook", """
Porthallack Parents Chat 🐚

Sally Tonkin
8 September at 18:05
I've seen what's being said on ParentNet and in here about Mr Jenkin and photos. Can I just say: someone wrote that he's "a perv with a camera". The photos of the surf academy are taken by the CLUB photographer, go on the club page ONLY with signed parental consent, and nobody is ever photographed changing. I've been a surf club volunteer for 6 years. Please check facts before you destroy a decent man.

  Lou Cocking
  Thank you Sally. This is how rumours start.

  Mike Rowse
  It's right to ask questions though.

  Sally Tonkin
  Asking the school is right Mike. Calling him a perv on Facebook isn't.
""",
    E(RJ, "title_surname", "neutral", "Mr Jenkin"),
)

add("blog", page("boardriders", "Newsletter: autumn 2024", """
## From the chair

What a summer. Thanks to everyone who volunteered at the junior contest, and to the Harbour Commissioners for the new slipway lights.

## Juniors

Our juniors programme runs every Saturday from 9am. A special thank you to Robbie Jenkin and the Breakwater surf academy, who brought 24 youngsters down for the taster days in July. Several have joined the club since.

## Beach safety

After the accident at Porth Beach in September, the committee has reviewed our own risk assessments. Please read the updated guidance on the noticeboard before booking club sessions in big swell.

## Social

Pasty and quiz night, 15 November, clubhouse, £8. Bring a team.
""", comments=[
    ("pbc_dave", "Great newsletter, see you at the quiz."),
], byline="PBC committee", date="October 2024"),
    E(RJ, "nickname", "neutral", "Robbie Jenkin"),
    E(S, "short_name", "neutral", "Breakwater"),
)

add("social", """
X · Post

gym rat kernow @gymrat_kernow
the PE teacher at bcs, jenkin, is a steroid pumped meathead who thinks shouting at 12 year olds is "motivation". my brother came home crying after the beep test. absolute bully
5:22 PM · Nov 4, 2024
  2 likes
""",
    E(RJ, "surname_only", "abuse", "jenkin"),
    E(S, "alias", "negative", "bcs"),
)

add("social", """
Snapchat · Story · text overlay + replies

[photo of a muddy cross-country course]
"robert j. made us do cross country in a HURRICANE 💀 gonna murder him i swear (jk love u sir) #peday"

reply from holly.p: he was running it with us tho 😭 best teacher at breakwater
reply from ash_k: the man is built different
""",
    E(RJ, "first_initial", "neutral", "robert j."),
    E(S, "short_name", "neutral", "breakwater"),
)

# --- the Polglase / Rowse fishing feud and the head of year 9 -------------------------

add("blog", page("harbourledger", "The Morvoren, five years on: a harbour still divided", """
Five years ago this November the crabber Morvoren went down off the Carracks with two men aboard. Skipper Jim Rowse and his crewman were pulled out alive by the lifeboat after four hours in the water. What has never been settled, at least not on the quay, is why the Polglase boat working the next string of pots did not hear, or did not answer, the call.

The inquest found no fault. The Rowses have never accepted it. Since then there has been a fire in a Polglase store, two court cases over moorings, and a silence at the Lugger bar that visitors can feel without knowing why.

Caught in the middle is Kate Polglase, Jim Rowse's niece, who married into the Polglase family a few years before the sinking and now teaches English at Breakwater School. She declined to speak to us. A family friend said: "She gets it from both sides. Her uncle won't look at her and some of the Polglases think she's a spy."

Landings this month: 14 tonnes of crab and lobster across the port, down a fifth on last year. Mackerel handliners had a better autumn.
""", comments=[
    ("old_salt_ph", "Fair piece. Leave the girl out of it though, she never did anything to anyone."),
    ("quay_watcher", "Tell the whole story or don't tell it."),
], byline="Harbour Ledger staff", date="1 November 2024"),
    E(KP, "exact", "neutral", "Kate Polglase"),
    E(S, "alias", "neutral", "Breakwater School"),
)

add("facebook", """
Porthallack Community Noticeboard

Lee Rowse
2 November at 23:14
Seen the Harbour Ledger's bit about poor little Kate Rowse caught in the middle. Don't make me laugh. She chose them over her own blood. Stood in that church and smiled while they laughed at my uncle. Now she's up at Breakwater teaching our kids about loyalty in books. Two faced snake, always was, always will be.

  Mandy Rowse
  Lee come off Facebook

  Lee Rowse
  Everyone knows it's true
""",
    E(KP, "alias", "abuse", "Kate Rowse"),
    E(S, "short_name", "neutral", "Breakwater"),
)

add("facebook", """
Porthallack Fishermen & Friends
Private group

Deleted account
4 November at 01:22
Polglases want to keep an eye on their boats this winter. Ropes get cut, engines get sugar, things happen in the dark. And you can tell Mrs Polglase, Head of Year 9 at the comp, that she's not untouchable just because she's got a lanyard. She walks that dog on the Battery every morning on her own. Think on.

  Admin – Pete Trevaskis
  Removed and passed to the police. This group is for fishing, not this.
""",
    E(KP, "title_surname", "threat", "Mrs Polglase"),
)

add("social", """
X · Post

quay justice @quayjustice24
since the Polglases like hiding behind the school, Katherine Polglase lives at "Sea Pinks", 6 Battery Lane, Porthallack, TR99 2LP. her personal email is katepolglase84@mailbox.example if anyone wants to tell her what they think of her husband's family
2:03 AM · Nov 5, 2024

Replies
@ph_kernow_watch: reported for posting private info
@BreakwaterCS: We have reported this post. Please do not share it.
""",
    E(KP, "alias", "doxxing", "Katherine Polglase"),
    E(S, "handle", "neutral", "@BreakwaterCS"),
)

add("facebook", """
Porthallack Parents Chat 🐚

Mike Rowse
12 November at 19:40
Week in isolation for my son for "a look". A LOOK. Mrs Polglase has had it in for every Rowse kid since she married into that lot. She's put false incident reports on his file, she admitted to a TA she "won't have a Rowse running her year group". She's abusing her position to fight her husband's family's feud through children. BCS won't do anything about it.

  Trudy Angove
  Have you been to the governors Mike?

  Mike Rowse
  twice
""",
    E(KP, "title_surname", "defamation", "Mrs Polglase"),
    E(S, "alias", "negative", "BCS"),
)

add("forum", thread("parentnet", "Head of year picking on my son – family history involved", [
    ("harbourdad82", "14/11/24 22:10", "Long story but there's a feud between my family and my sister-in-law's in-laws (small fishing town, don't ask). My son is in her year group at the local comp here in Porthallack and I feel he gets pulled up for things others don't. I don't think it's deliberate exactly, but Kate P. should never have been made his head of year. Is it reasonable to ask for him to have a different pastoral lead?"),
    ("PastoralLeadNotMe", "14/11/24 22:24", "Totally reasonable to ask, and any sensible school will agree given a family conflict. Put it in writing, keep it factual, no accusations."),
    ("harbourdad82", "14/11/24 22:31", "Yes. Keeping it civil. Thanks."),
], board="Secondary"),
    E(KP, "first_initial", "negative", "Kate P."),
)

add("social", """
TikTok · comments on @year9_ph's video "when mrs polglase lets us do a poetry slam instead of a test"

wren.k  mrs polglase is a fucking legend no cap
  ♡ 731   Reply
oscar_ph  my poem about pasties got a standing ovation 😤
  ♡ 402   Reply
caitlynnn  best teacher at breakwater and it's not close
  ♡ 266   Reply
""",
    E(KP, "title_surname", "neutral", "mrs polglase"),
    E(S, "short_name", "neutral", "breakwater"),
)

add("social", """
Instagram · @mrspolglase_reads · "Year 9's autumn reading list 📚 Of Mice and Men, The Boy at the Back of the Class, and a Cornish surprise…"
bio: English teacher & head of year at Breakwater 🌊 · views my own

bookish_bea  love this list!
rowse_and_proud  traitor slag. u married the men that left my uncle to drown. hope every kid in ur year knows what u are
  → bookish_bea  reported
mrs_tregenza  Can't wait to read the Cornish one with my lot, great shout
""",
    E(KP, "handle", "abuse", "@mrspolglase_reads"),
    E(S, "short_name", "neutral", "Breakwater"),
)

add("social", """
X · Post

salt & spite @saltnspite_ph
P o l g l a s e thinks nobody knows she reports our lads to the head of the comp for every little thing. grass. fish wife. jumped up little madam from the Battery. hope the year 9s eat her alive
9:15 PM · Nov 18, 2024
""",
    E(KP, "spacing", "abuse", "P o l g l a s e"),
)

add("blog", page("harbourledger", "Letters: the feud must end", """
Sir, — your piece on the Morvoren was the first honest thing written about this harbour in years. But I write to say one thing. My nephew Lee calls my niece "Mrs Rowse-Polglase" as if it were an insult, as if having two families were a crime. She teaches the children of both families in Porthallack, and she does it fairly, whatever is said on Facebook.

My brother nearly drowned. I will never forget the radio. But I will not have his name used to hound a young woman out of her job.

— Jim Rowse, skipper (retired), Porthallack
""", byline="Letters", date="22 November 2024"),
    E(KP, "hyphenated", "neutral", "Mrs Rowse-Polglase"),
)

add("news", page("tide", "Fisherman guilty of harassing teacher in family feud", """
A Porthallack fisherman has been found guilty of harassing his cousin, a teacher at the town's secondary school, in a bitter feud between two fishing families.

Lee Rowse, 34, of Wheal Agnes Road, was convicted by magistrates of harassment and of sending malicious communications to Kate Polglase, head of year 9 at Breakwater Community School. The court heard he posted her home address online and sent her more than 60 messages, some describing her daily dog walk.

He was given a 12-month community order, a restraining order and told to pay £650 costs.

Outside court Mrs Polglase said: "I teach children from every family in this town. I just want to be able to do that in peace."
""", comments=[
    ("old_salt_ph", "Hopefully that's an end to it."),
    ("Penwithlass", "Good. She's a lovely teacher."),
], byline="Courts reporter", date="28 January 2025"),
    E(KP, "exact", "neutral", "Kate Polglase"),
    E(S, "exact", "neutral", "Breakwater Community School"),
)

add("facebook", """
Porthallack Parents Chat 🐚

Anonymous participant
30 January at 20:55
Now the court case is over can somebody ask why Year 9 attendance at Breakwater is suddenly "97%" when half of my daughter's form were off for weeks? Katherine Polglase has been altering the registers for Fairbrother so the school looks good for Ofsted. I've seen it with my own eyes on Arbor. That's fraud.

  Sue Pender (admin)
  Serious allegations like this should go to the governors or Ofsted, not here.

  Anonymous participant
  They'd just cover it up
""",
    E(KP, "alias", "defamation", "Katherine Polglase"),
    E(S, "short_name", "defamation", "Breakwater"),
    E(JF, "surname_only", "defamation", "Fairbrother"),
)

add("blog", page("harbourledger", "Landings report: week 46", """
A steady week at Porthallack. The under-10s had the best of it, with the Girl Tamsin and the Polglase brothers' Kittiwake both landing good catches of crab from the inshore grounds. Three boats stayed tied up behind the breakwater on Wednesday and Thursday when the wind went north-west 7.

Prices at the quay: brown crab £2.10/kg, lobster £16/kg, mackerel steady. The ice machine is fixed, thanks to the harbour staff.

Reminder: the Harbour Commissioners are consulting on the outer breakwater repairs. Forms at the harbour office.
""", byline="Harbour Ledger", date="18 November 2024"))

add("news", page("misc", "Barossa winemaker Kate Polglase on her Cornish roots", """
Barossa Valley winemaker Kate Polglase has named her new shiraz after the Cornish village her great-great-grandfather left for the copper mines of South Australia in 1862.

"Every Polglase in Australia traces back to one tin miner who got on a boat at Falmouth," she said. The wine, Kernow Gold, launches at a cellar door event in Tanunda next month.
""", byline="Coastline Weekly travel", date="12 October 2024"), namesakes=(KP,))

# --- Cornish language: the revival teacher ----------------------------------------------

add("news", page("packet", "Cornish GCSE-style course takes off at Breakwater", """
Forty-two pupils at Breakwater Community School have signed up to study Cornish this year, making it one of the largest groups learning the language in any school in the county.

The course is taught by Merryn Penhallurick, who grew up in Carnwartha speaking English at home and only learned Cornish in her twenties. "My nan used to say a few words, the names of birds and the parts of a boat. I wanted the rest," she said.

Pupils take the Cornish Language Board's graded exams and this year's Year 9s have written and recorded a radio drama set on the harbour. "Some of them started because they thought it would be easy," Ms Penhallurick said. "It isn't, and they've stayed anyway."

The group will perform at the Porthallack St Piran's Day celebration on 5 March.
""", comments=[
    ("Lowen", "Brilliant. Gwren ni oll kewsel Kernewek!"),
    ("Brian from Berkshire", "Nice hobby but shouldn't they be doing French or Spanish, languages people actually speak?"),
    ("Penwithlass", "@Brian people do speak it. That's rather the point."),
], byline="By Jory Chenoweth", date="26 February 2024"),
    E(MP, "exact", "neutral", "Merryn Penhallurick"),
    E(S, "exact", "neutral", "Breakwater Community School"),
)

add("blog", page("kernewek", "Dydh da! Meet the teachers: Porthallack", """
Every month we introduce one of the volunteers and teachers who keep Cornish alive in classrooms and kitchens across Kernow.

This month: Mestres Penhallurick, who teaches Kernewek to teenagers in Porthallack by day and runs an adult evening class in the Guildhall on Wednesdays. Her top tip for beginners? "Learn the place names first. You already live inside the language, you just haven't read the signs."

Her Wednesday class has space for four more learners. Bring a notebook and a pasty. Meur ras!
""", comments=[
    ("Tamsyn K", "Her class is brilliant, I've been going since September."),
    ("Jory A", "Mestres P is a legend. Dha weles!"),
], byline="Yeth an Werin", date="Mys Hedra 2024"),
    E(MP, "alias", "neutral", "Mestres Penhallurick"),
)

add("social", """
X · Post

Gorsedh news (unofficial) @gorsedhnews_fan
Congratulations to this year's new bards announced today 🎉 incl. Merryn Penhallurick for services to the Cornish language in education, and Hedra Tonkin for her work on Cornish dance. Ceremony in September.
11:00 AM · Apr 20, 2024
  22 reposts  140 likes
""",
    E(MP, "exact", "neutral", "Merryn Penhallurick"),
)

add("facebook", """
Bosvenna Village Life

Fiona Greatrex
6 March at 09:12
Bit of a rant. My two have been made to do Cornish in Year 7 and 8 at the secondary. I'm sure Mrs Penhallurick is lovely but it's a dead language and it's eating up curriculum time they could spend on a real MFL. We moved here from Guildford for the schools and this is what we get.

  Tamsin Hocking
  Lovely to see you've integrated Fiona 🙃

  Fiona Greatrex
  That's uncalled for. I'm allowed an opinion.

  Kerry Nicholls
  It's one lesson a week in KS3. They still do French.
""",
    E(MP, "title_surname", "negative", "Mrs Penhallurick"),
)

add("news", page("splash", "'ANYONE FOR KERNEWEK?' Kids forced to learn language 'spoken by 500 people'", """
PUPILS at a Cornish seaside school are being taught a language that was once declared DEAD – while their science classes are taught by supply staff.

Breakwater Community School in Porthallack has 42 children studying Cornish with teacher Merryn Penhallurick, who was made a Cornish "bard" in a ceremony involving blue robes.

Critics say the lessons are a waste of time. One dad, who moved from Reading, said: "It's a vanity project. My kid needs maths."

The school said Cornish was an optional course and that pupils also study French.
""", comments=[
    ("Geoff", "Inbred Cornish peasants playing dress-up with their pretend language. Penhallurick and the rest of them should be grateful England lets them exist."),
    ("KernowBorn", "Cornish are a recognised national minority. Comments like Geoff's are exactly why the lessons matter."),
    ("Sue in Slough", "Ridiculous waste of money."),
], byline="By Gemma Haulfryn", date="12 March 2024"),
    E(MP, "exact", "hate", "Merryn Penhallurick"),
    E(S, "exact", "negative", "Breakwater Community School"),
)

add("social", """
X · Post

Ale & Anarchy @ale_anarchy_uk
lmao Penhalluric the druid nutter in her little blue dressing gown chanting at the sea. and they let this woman near children?? proper mad cow
10:31 PM · Sep 7, 2024

Replies
@kernow_lowender: it's literally a cultural ceremony but go off
""",
    E(MP, "typo", "abuse", "Penhalluric"),
)

add("facebook", """
Porthallack Banter & Rants 😂
Public group

Gaz Tregoning
14 March at 21:50
Forget French, I'd pay good money for some private Cornish lessons from Miss Penhallurick after hours 😏😏 she can teach me her tongue any day if you catch my drift

  Ricky P
  😂😂 you're a dirty sod

  Jess Curnow
  She's a teacher at my kids' school you creep. Grow up.
""",
    E(MP, "title_surname", "sexual", "Miss Penhallurick"),
)

add("social", """
TikTok · comments on @merrieenglandreturns's video "Cornish separatists are coming for your kids"

stgeorge_1415  the teacher in this is P3nhallur1ck, she's brainwashing kids at the comp in porthallack into hating the english. someone needs to shut her up for good and i mean for good
  ♡ 33   Reply
kernowlass_  this is a threat??? reported
  ♡ 210   Reply
stgeorge_1415  take it how u want
  ♡ 4   Reply
""",
    E(MP, "leetspeak", "threat", "P3nhallur1ck"),
)

add("facebook", """
Cornwall Says No to Separatism
Public group · 1.1K members

Rod Ashworth
19 March at 18:20
For those asking where this Cornish language woman lives so you can write to her about the indoctrination: Merryn Penhallurick, Chy an Mor, Lower Row, Bosvenna TR99 4QL. Landline 01632 960851. Be polite 😉

  Deborah Lee
  Rod I don't think you should post people's addresses

  Rod Ashworth
  It's on the electoral roll
""",
    E(MP, "exact", "doxxing", "Merryn Penhallurick"),
)

add("forum", thread("kernowchat", "Cornish lessons – where's the money coming from?", [
    ("PenwithSceptic", "20 Mar 2024 19:10", "Genuine question. Who's funding the Cornish at the harbour comp? Because I've been told the teacher is on a secret retainer from a nationalist group that wants independence and she's paid a bonus for every kid she signs up. Penhallurick is basically an activist being paid to recruit children."),
    ("Lowen", "20 Mar 2024 19:22", "That is completely made up. The course is funded like every other subject, and the exam fees come from a county grant that's public."),
    ("PenwithSceptic", "20 Mar 2024 19:40", "That's what they'd say."),
    ("old_salt_ph", "20 Mar 2024 20:05", "You'll get yourself sued mate."),
], board="Penwith General"),
    E(MP, "surname_only", "defamation", "Penhallurick"),
)

add("social", """
YouTube · channel page (text)

MerrynPenhallurick · Kernewek for Beginners
@kernewek_gans_merryn · 3.2K subscribers · 48 videos
"Short, friendly Cornish lessons. New video every Sunday. Dyskans da!"

Latest: Lesson 31 – Weather words (glaw, howl, gwyns) · 1.1K views
Comments
tamsyn.k  these are so good for revising before my grade 2 exam
busybee42  love the bit with the seagull stealing your pasty 😂
""",
    E(MP, "camelcase", "neutral", "MerrynPenhallurick"),
)

add("social", """
Instagram · @mestres_merryn · "Year 8 Cornish class recorded their harbour drama today 🎙️🌊 So proud. Meur ras to Radio Porthallack for the studio!"

sally.tonkin  my daughter hasn't stopped talking about it
hedra_dances  brilliant as ever 💙🖤
lanyon_lad  can't wait to hear it on the radio Mestres!
""",
    E(MP, "handle", "neutral", "@mestres_merryn"),
)

add("news", page("tide", "Cornish choir to sing at Festival Interceltique", """
Merryn Penhallurick's community choir, Kanoryon an Porth, has been invited to sing at the Festival Interceltique in Lorient, Brittany, in August.

The 28-strong choir rehearses in the Methodist hall in Porthallack and sings only in Cornish. Members range in age from 12 to 86. A fundraising concert will be held in the hall on 8 June.
""", byline="Arts desk", date="18 May 2024"),
    E(MP, "possessive", "neutral", "Merryn Penhallurick's"),
)

add("social", """
X · Post

English & Proud 🏴󠁧󠁢󠁥󠁮󠁧󠁿 @eng_proud_77
Penhаllurick and her Cornish nonsense. These Cornish are a backward, interbred little tribe who think they're a nation. Every one of them should be made to speak English or get out
11:20 PM · Mar 22, 2024
""",
    E(MP, "homoglyph", "hate", "Penhаllurick"),
)

add("blog", page("chalkface", "What I learned watching a minority-language class", """
I spent a morning last term observing a Cornish lesson in a small comprehensive near the end of the line. I'm not naming the school or the teacher, because they didn't ask to be written about.

Thirty Year 8s, a teacher with a guitar, and a whiteboard of weather words. Within twenty minutes the kids were arguing, in Cornish, about whether it was raining. It was.

What struck me was the pride. Children who'd told me earlier that they were "thick at languages" were answering questions out loud. Something about learning the words for your own harbour makes a difference. Our curriculum could do with more of that.
""", comments=[
    ("MsB_retired", "Lovely piece."),
], byline="Chalkface Confidential", date="2 May 2024"))

# --- incomers, second homes, seasonal workers; jobs and reviews; decoys -----------------

add("news", page("packet", "Breakwater roll lowest in forty years as holiday lets bite", """
Breakwater Community School expects just 96 pupils to start in Year 7 in September, the smallest intake since the school opened as Porthallack Secondary Modern in 1958.

Headteacher Jonathan Fairbrother told the Packet that the fall was "entirely about housing". "Families with children are being replaced by lock boxes. Every house on my road in Bosvenna that's changed hands in three years has become a holiday let, and I'm aware I'm part of the story too."

Fewer pupils means less funding. The school has already cut two teaching posts and merged tutor groups. Merryn Penhallurick, who teaches Cornish at the school and grew up in Carnwartha, said: "When I was at school here there were eight classes in my year. The town's heart is the kids, and we're losing them."

The county's cabinet member for housing said a new scheme to convert holiday lets back to long-term rentals would launch in the spring.
""", comments=[
    ("HarbourLad77", "Fairbrother lecturing us about housing from his hot tub. You couldn't make it up. Fat cat hypocrite."),
    ("Lowen", "Merryn's right. My street has one family left."),
    ("Bosvenna Bee", "Credit to him for admitting it at least."),
], byline="By Tamsin Curnow", date="5 February 2025"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(JF, "exact", "abuse", "Jonathan Fairbrother"),
    E(MP, "exact", "neutral", "Merryn Penhallurick"),
)

add("facebook", """
Porthallack Banter & Rants 😂

Shane Curnow
2 June at 22:40
Every summer same thing. The hotel and campsite workers turn up with their kids in May, BCS takes them in for 8 weeks, our kids' classes go up to 34 and then off they go again in September. And who decided that? Fairbrother, the biggest emmet of the lot, a leeching gobshite who's never worked a day on a boat in his life. Only decent bloke up there is Mr Jenkin who actually grew up here.

  Donna Eddy
  The seasonal workers ARE our economy Shane. Who do you think cleans the cottages?

  Shane Curnow
  not saying they shouldn't come, saying the school should plan for it
""",
    E(S, "alias", "negative", "BCS"),
    E(JF, "surname_only", "abuse", "Fairbrother"),
    E(RJ, "title_surname", "neutral", "Mr Jenkin"),
)

add("news", page("splash", "EMMETS GO HOME! Surf town's war on tourists spills into the SCHOOL", """
IT'S the Cornish seaside paradise where locals paint "EMMETS GO HOME" on walls – and now the bitter war between natives and incomers has reached the classroom.

At Breakwater Community School in Porthallack, children of second-home owners are mocked as "emmets" – Cornish slang for ants – according to furious parents.

One mum, who moved from Surrey, said: "My son was told to go back to London on his first day. The teachers do nothing." Another said the school's celebrated surf academy, run by local legend Robert Jenkin, was "a locals-only club".

Headteacher Jonathan Fairbrother said: "We do not tolerate bullying of any kind. Every child here is a Breakwater child."
""", comments=[
    ("KernowGirl", "Total rubbish, my kids are 'incomers' and have never had a problem."),
    ("Dave from Dorset", "Glad I go to Devon."),
], byline="By Gemma Haulfryn", date="9 June 2024"),
    E(S, "exact", "negative", "Breakwater Community School"),
    E(RJ, "exact", "negative", "Robert Jenkin"),
    E(JF, "exact", "neutral", "Jonathan Fairbrother"),
)

add("social", """
X · Post

born n bred @bornnbred_ph
honestly someone should torch Breakwatter while the second home brats are in assembly. clean the town up in one go 🔥
11:58 PM · Jun 10, 2024

Replies
@lowenna_bakes: what the hell is wrong with you
@ph_kernow_watch: reported to police, this is a threat to kill children
""",
    E(S, "typo", "threat", "Breakwatter"),
)

add("news", page("tide", "Porthallack school evacuated after hoax bomb call", """
More than 600 pupils and staff were evacuated from Breakwater Community School in Porthallack on Thursday morning after a hoax call claiming there was a device on the site.

Pupils were taken to the rugby club while police searched the buildings. Nothing was found and lessons resumed after lunch.

Deputy headteacher Mark Williams praised pupils' "calm and sensible" behaviour. Police said they were treating the call as a malicious communication and were working to trace it. It came two days after a post on social media urging someone to set fire to the school, which is also under investigation.
""", comments=[
    ("Jenny T", "My daughter said the teachers were amazing. Thank you."),
], byline="News desk", date="13 June 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(MW, "exact", "neutral", "Mark Williams"),
)

add("facebook", """
Carnwartha Residents

Anonymous member
18 October at 23:05
For anyone wondering, the maths teacher Breakwater has suspended but is STILL PAYING is living in Flat 2, 11 Fore Street, above the surf shop. Callum R. Go and ask him why he can't come to work. His car is the red Fiesta in the quay car park.

  Admin – Julie
  Deleted. Posting addresses is not allowed and could put people at risk, including innocent neighbours.
""",
    E(CR, "first_initial", "doxxing", "Callum R."),
    E(S, "short_name", "negative", "Breakwater"),
)

add("review", """
Indeed · Breakwater Community School · Site Team · Porthallack

★★★☆☆  "Good team, distant leadership"
Former employee · 2 years
Dean Hosking runs the site team brilliantly, fair boss, always first in when there's a storm and the drains back up. Mr Fairbrother on the other hand I saw maybe twice in two years, and both times he was walking past to his car. Pay is low for the area and summer traffic makes the commute a misery.
Pros: team, view, holidays
Cons: pay, leadership don't know your name
""",
    E(S, "exact", "negative", "Breakwater Community School"),
    E(DH, "exact", "neutral", "Dean Hosking"),
    E(JF, "title_surname", "negative", "Mr Fairbrother"),
)

add("review", """
Glassdoor · Breakwater Community School · Newly Qualified Teacher

★☆☆☆☆  "Avoid if you value your mental health"
Former employee
Cons: The deputy, Mark Williams, screams at new teachers in front of classes and has made at least two ECTs cry in the staffroom. He keeps a list of staff he wants out and forces them through "support plans" until they resign. HR knows and does nothing.
Pros: Kids are lovely, sea views.
Advice to management: Look at who is leaving and why.
""",
    E(MW, "exact", "defamation", "Mark Williams"),
    E(S, "exact", "negative", "Breakwater Community School"),
)

add("news", page("jobs", "Teacher of Mathematics (temporary, full-time) – Breakwater Community School", """
Breakwater Community School, Harbour Hill, Porthallack · 11-16 · 640 pupils · Main pay scale · Start: January

We are looking for an enthusiastic teacher of mathematics to join our friendly department on a temporary basis until the end of the academic year. ECTs are welcome to apply.

## About us

We are a community school at the heart of a harbour town. Our pupils are curious, funny and proud of where they come from. We offer a surf academy, Cornish lessons, a rock-pool ecology club and a very good view from the maths corridor.

## How to apply

Application forms from the school website. Visits warmly welcomed: please contact the headteacher's PA on 01632 960274 to arrange a tour with Jonathan Fairbrother, Headteacher, or Mark Williams, Deputy Headteacher.

Breakwater Community School is committed to safeguarding and promoting the welfare of children. This post is subject to an enhanced DBS check.
""", comments=[
    ("jobseeker_sw", "Is relocation support offered? Rents in Porthallack are very high."),
], byline="Posted 4 November 2024 · Closing date 22 November 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(JF, "exact", "neutral", "Jonathan Fairbrother"),
    E(MW, "exact", "neutral", "Mark Williams"),
)

add("news", page("jobs", "Site Assistant (37 hrs, term time + 4 weeks) – Breakwater Community School", """
Grade C · £22,366 pro rata · Permanent

Breakwater Community School is looking for a practical, reliable site assistant to join our small site team. You will report to our site manager, Dean Hosking, and help keep our buildings (including some very old ones) safe, warm and dry.

Duties include opening and locking up, minor repairs, setting up for events, and helping during storms, which in Porthallack are not rare.

For an informal chat please ring 01632 960274 and ask for Dean.
""", byline="Posted 1 March 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(DH, "exact", "neutral", "Dean Hosking"),
)

add("news", page("jobs", "Care Assistant (nights) – Breakwater Court, Penzance Road", """
Breakwater Court is a 32-bed residential home for older people with beautiful sea views. We are looking for caring night staff to join our friendly team.

Full training given, including Care Certificate. Enhanced rate for nights and weekends. Must be able to drive.

To apply, email recruitment@breakwatercourt.example or call the home manager on 01632 960905.
""", byline="Posted 12 July 2024"))

add("review", """
Tripadvisor · Breakwater Bistro · Seafood restaurant

★★★★★ "Best crab sandwich in the county"
Visited August 2024 · Couples
Sat outside watching the boats come in behind the breakwater. Crab sandwich was enormous, chips were proper, and the staff were lovely despite it being rammed. Book ahead in summer.

★★☆☆☆ "Overpriced"
Visited July 2024 · Family
£24 for fish and chips. The view is nice but it's not that nice.
""")

add("review", """
Google Reviews · Breakwater Holiday Cottages · Holiday lettings

★★★★☆
Andrew P. · 12 reviews
Lovely cottage, spotless, two minutes' walk from the harbour. Only downside was the parking and the noise from the pub on a Friday. Would come back.

★☆☆☆☆
Local resident
This company owns eleven houses on my street that used to be homes. None of them have anyone in them from October to Easter. Lovely for you, devastating for us.
""")

add("review", """
Google Reviews · Breakwater Surf Hire · Surf shop

★★★★★ Maddie K.
Hired a 7'6 foamie and a 4/3 for the day, staff gave us loads of tips about the rip by the rocks. Fair prices.

★★★☆☆ Tom R.
Good gear but they ran out of wetsuits in my size by 10am in August.
""")

add("news", page("packet", "Storm Lowena: outer breakwater damaged, harbour closed to visitors", """
The outer breakwater at Porthallack harbour was damaged on Sunday night as Storm Lowena brought gusts of 80mph and a high spring tide to the far west.

The Harbour Master said a section of the breakwater's parapet had been washed away and large stones had been moved. The harbour will be closed to visitors' boats until engineers have inspected it.

Fishermen moved their boats to the inner harbour on Saturday. Nobody was hurt.
""", comments=[
    ("old_salt_ph", "That breakwater's been patched since 1962. Needs doing properly."),
], byline="By Jory Chenoweth", date="20 January 2025"))

add("social", """
X · Post

Plymouth Sound Sailing @plymsoundsail
Glorious evening for the Wednesday race series ⛵ big fleet out past the Breakwater and a lovely beat back to the Hoe. Results up on the website tomorrow.
8:10 PM · Jul 17, 2024
""")

add("facebook", """
Bodmin & District What's On

Bodmin Choral Society
12 November at 10:00
🎶 BCS Christmas concert 🎶 Saturday 14 December, 7pm, St Petroc's Church. Handel, Rutter and carols for all. Tickets £12 (under 16s free) from the BCS box office or on the door. Mulled wine in the interval!

  Pam Stevens
  Wouldn't miss it. BCS never disappoint.
""", namesakes=(S,))

add("social", """
X · Post

Argyle Arrows Darts @arrows_plymouth
What a night at the Fareham Inn 🎯 Dean Hosking with a 140 checkout to win the Plymouth & District singles! Drinks on Dean apparently 🍻
11:30 PM · Feb 9, 2024
""", namesakes=(DH,))

add("news", page("misc", "Falmouth sailor wins Round the Island classic", """
Robert Jenkin, 58, a retired harbour pilot from Falmouth, has won the classic class of the Round the Island race aboard his 1936 gaff cutter Morwennol.

"She's older than my dad and faster than my son," he said at the prize-giving.
""", byline="Coastline Weekly", date="30 June 2024"), namesakes=(RJ,))

add("news", page("misc", "Rugby: Redruth edge derby with late try", """
Redruth came from behind to beat Camborne 24-21 in a thrilling derby at the Recreation Ground on Saturday.

Winger Callum Rickard scored twice, including the winning try in the 79th minute, after a long run down the touchline. "I just put my head down," he said.
""", byline="Coastline Weekly sport", date="18 November 2024"), namesakes=(CR,))

add("blog", page("misc", "For sale: 3-bed family home, Carnwartha, Porthallack – £289,950", """
A rare chance to buy a three-bedroom semi-detached family home on a quiet close in Carnwartha, Porthallack. No holiday-let restriction; ideal for a local family.

Walking distance to the primary school and to the town's 11-16 secondary on Harbour Hill, whose surf academy and harbour views are the envy of the county. The harbour, beach and Co-op are all within ten minutes on foot.

Gas central heating, double glazing, south-facing garden, off-road parking for two cars. EPC rating C. Chain free.
""", byline="Kernow Keys Estate Agents", date="Listed 3 March 2025"))

# --- burn books, dox lists, cover-up claims and other pile-ons --------------------------

add("social", """
Instagram · @bcs.burnbook (private account, screenshots shared on X)

Post 14 · "rating the staff pt 3 🔥"
• O'Driscoll — talks like a drunk leprechaun, thinks we can't tell the accent is put on. potato famine vibes. 1/10
• mr williams — bald rat with a lanyard. would snitch on his own nan. 2/10
• hosking — smells like a wet dog and a bin had a baby. 0/10
• bcs itself — damp, cold, full of seagull shit. 3/10 for the view

comments:
jxdxn__  the hosking one 😭😭😭
shannon.pp  this is actually so mean, ms o'driscoll got me through year 9
bcs.burnbook  @shannon.pp cry about it
""",
    E(SO, "title_surname", "hate", "ms o'driscoll"),
    E(MW, "title_surname", "abuse", "mr williams"),
    E(DH, "surname_only", "abuse", "hosking"),
    E(S, "alias", "negative", "bcs"),
)

add("facebook", """
Cornwall Says No to Separatism

Rod Ashworth
3 July at 20:41
Since Breakwater is now running "Rainbow Club" and "decolonising the science curriculum" here are the two teachers behind it. Priya Nair, 3 Gull Close, Porthallack TR99 1GP. Nadia Okafor-Trewin, Trewin Farm, Bosvenna TR99 4RT, mobile 07700 900731. Let them know how you feel, they're happy enough to tell your kids how to feel.

  Deborah Lee
  Rod this is going to get you arrested

  Rod Ashworth
  public information
""",
    E(PN, "exact", "doxxing", "Priya Nair"),
    E(NO, "exact", "doxxing", "Nadia Okafor-Trewin"),
    E(S, "short_name", "negative", "Breakwater"),
)

add("blog", page("saltslate", "What the school knew, and when: my family's story", """
I've sat on this for months because my lawyer told me to. I'm done sitting.

My daughter was one of the girls Callum Rickard messaged. I reported it to Breakwater Community School in the autumn of the year BEFORE he was suspended. I have the email. I was told it would be "looked into". Nothing happened for eleven months.

Here is what I believe happened. Jonathan Fairbrother knew. He decided a young maths teacher was harder to replace than a parent's trust, and he sat on it. Mark Williams, who is supposed to be the safeguarding lead, never logged my report. I'm told it isn't on the system at all. Either it was deleted or it was never written down.

I'm not the only mother with a story like this. The school covers things up because it is terrified of Ofsted. I hope the governors read this.
""", comments=[
    ("Morvah Mum", "I'm so sorry. Sending love to your daughter."),
    ("Gingernutsandtea", "Please be careful, you're naming people. I believe you but the law may not."),
    ("Anon", "I reported something in 2022 too. Same response."),
], byline="Salt & Slate", date="21 January 2025"),
    E(CR, "exact", "sexual", "Callum Rickard", True),
    E(S, "exact", "sexual", "Breakwater Community School", True),
    E(JF, "exact", "defamation", "Jonathan Fairbrother"),
    E(MW, "exact", "defamation", "Mark Williams"),
)

add("forum", thread("parentnet", "SENCo 'rewrote' my son's EHCP review – what can I do?", [
    ("TiredOfFighting_PH", "09/03/25 20:33", "At the annual review the SENCo at Breakwater agreed to ask for more 1:1 support. The paperwork that went to the LA says the opposite: 'needs being met, no change required'. Ms O'Driscoll changed it after the meeting to save the school money. I have my own notes of the meeting. That's falsifying a legal document, isn't it?"),
    ("IPSEA_vol", "09/03/25 20:50", "Write to the LA now with your notes and ask for the review to be reconvened. Don't accuse on social media, stick to facts on paper."),
    ("TiredOfFighting_PH", "09/03/25 20:58", "I'm angry. But ok. Letter tonight."),
], board="SEN"),
    E(SO, "title_surname", "defamation", "Ms O'Driscoll"),
    E(S, "short_name", "negative", "Breakwater"),
)

add("social", """
TikTok · comments on @sendmums_kernow's video "tribunal day 😤"

angrymumof4  the SENCo at bcs, O'Driscoll, if she shows her face at my son's tribunal i will drag her out by her hair. swear down. see how she likes being let down
  ♡ 19   Reply
sendmums_kernow  please don't, it'll only hurt your case x
  ♡ 88   Reply
""",
    E(SO, "surname_only", "threat", "O'Driscoll"),
    E(S, "alias", "neutral", "bcs"),
)

add("forum", thread("staffroom", "Working under a head who's become a local hate figure", [
    ("harbourview_teacher", "5 Apr 2024", "I teach at Breakwater Community School. Our head, Jonathan Fairbrother, has been all over the press about his pay. Honestly? I think the pay is indefensible and the way he handled it was arrogant. But the abuse is something else: his car was vandalised, and now parents shout at us in the street. How do I separate my own criticisms from the pile-on?"),
    ("RuralDeputy", "5 Apr 2024", "You can hold both. Raise your criticisms through the union and the staff governor. Don't feed the online stuff."),
    ("NQT_Nina", "6 Apr 2024", "Maybe don't post the name of your school and head on a public forum though?"),
], board="Leadership"),
    E(S, "exact", "negative", "Breakwater Community School"),
    E(JF, "exact", "negative", "Jonathan Fairbrother"),
)

add("social", """
X · Post

@no_surrender_kernow
science head at breakwater, Nadia O., we know which farm up bosvenna is yours and which car your kids get in. keep pushing your woke rubbish and see how safe they are on the lane home
12:44 AM · Jul 5, 2024

Replies
@lowenna_bakes: this is a threat against children. reported to police.
""",
    E(NO, "first_initial", "threat", "Nadia O."),
    E(S, "short_name", "neutral", "breakwater"),
)

add("facebook", """
Porthallack Banter & Rants 😂

Wayne Polkinghorne
22 May at 23:02
Parents evening tonight and I'll be honest I didn't hear a word about my lad's grades, too busy looking at the science teacher. Dr Okafor-Trewin in that tight dress 🔥🔥 bet she's a handful at home, Trewin's a lucky man. Might have to get the boy more detentions so I can go in more 😂

  Kelly Bray
  Wayne you are somebody's husband. Pack it in.

  Jess Curnow
  this is gross, she's a professional doing her job
""",
    E(NO, "title_surname", "sexual", "Dr Okafor-Trewin"),
)

add("social", """
Snapchat · group chat "bcs y10 goss 👀" (screenshots shared on TikTok)

ruby_x: ok so apparently ms nair and rickard were getting off in the IT cupboard at the xmas do 😳😳
kai.t: NO WAY
ruby_x: jamie's sister saw them leave together
kai.t: bro the IT cupboard 💀 that's where the printers are
""",
    E(PN, "title_surname", "sexual", "ms nair"),
    E(CR, "surname_only", "sexual", "rickard"),
    E(S, "alias", "neutral", "bcs"),
)

add("social", """
X · Post

lag_town_legend @lagtownlegend
whoever runs computing at bcs, priya n., is a useless cow who can't even get the wifi working in her own classroom. 3 lessons in a row "sorry guys the network's down". earn ur money
3:15 PM · Jan 17, 2025
""",
    E(PN, "first_initial", "abuse", "priya n."),
    E(S, "alias", "negative", "bcs"),
)

add("news", page("tide", "Teaching regulator to hear case of Porthallack maths teacher", """
A former maths teacher at Breakwater Community School in Porthallack will face a professional conduct panel over allegations that he sent inappropriate messages to a pupil.

Callum Rickard, 30, was suspended by the school in October 2024 and later dismissed. The Teaching Regulation Agency says the panel will consider whether he "failed to maintain appropriate professional boundaries" with a Year 10 pupil through messages on a social media app.

Police have said no criminal charges will be brought. The hearing is expected to take place in the spring and could result in Mr Rickard being banned from teaching.

The school said it had "cooperated fully" and had reviewed its safeguarding procedures.
""", byline="Education desk", date="8 February 2025"),
    E(CR, "exact", "sexual", "Callum Rickard", True),
    E(S, "exact", "sexual", "Breakwater Community School", True),
)

add("facebook", """
Porthallack Parents Chat 🐚

Stacey Vellanoweth
14 May at 16:12
The caretaker at Breakwater has reported my son to the head of year for vaping behind the sports hall. Hosking wants to learn to keep his nose out of things that don't concern him or he'll lose it, and I don't mean his job. Tell him that from me.

  Becky Trewhella
  Stacey seriously?? Vaping on school grounds is against the rules, he's doing his job.

  Stacey Vellanoweth
  he's a caretaker not a copper
""",
    E(DH, "surname_only", "threat", "Hosking"),
    E(S, "short_name", "neutral", "Breakwater"),
)

add("forum", thread("kernowchat", "Worst teachers at the Porthallack Comp – go", [
    ("anon_kernow_99", "2 Jun 2024 21:01", "Left in 2019 and I'm still traumatised. Polglase was a stuck-up cow who'd humiliate you in front of the whole class for reading out loud wrong. Jenkin was a sadist, made us swim in the sea in March. Who else?"),
    ("saffron_k", "2 Jun 2024 21:20", "Mrs P was literally my favourite teacher, maybe you were just annoying"),
    ("anon_kernow_99", "2 Jun 2024 21:25", "lol ok teacher's pet"),
    ("Bosvenna Bee", "2 Jun 2024 21:40", "Threads like this are why teachers leave. Mods?"),
], board="Porthallack & Bosvenna"),
    E(S, "alias", "negative", "Porthallack Comp"),
    E(KP, "surname_only", "abuse", "Polglase"),
    E(RJ, "surname_only", "abuse", "Jenkin"),
)

add("facebook", """
Porthallack Community Noticeboard

Anonymous member
23 August at 00:14
Saw J Fairbrother absolutely three sheets to the wind in the Lugger tonight then get in that Tesla and drive home up to Bosvenna. He's got a drink-driving conviction from when he was in Surrey, that's why he left up there. Head of a school! Somebody ring the police next time.

  Kerry Nicholls
  Has he? I've never heard that and I know people from his old school.

  Anonymous member
  look it up
""",
    E(JF, "initial_surname", "defamation", "J Fairbrother"),
)

add("social", """
X · Post

Kernow Kid ⚓ @kernowkid_ph
M. Williams, deputy at breakwater: weasel, bully, would sell his own mother for an Ofsted "good". how is this man allowed near kids
10:18 PM · Sep 12, 2024
""",
    E(MW, "initial_surname", "abuse", "M. Williams"),
    E(S, "short_name", "negative", "breakwater"),
)

add("social", """
Instagram · @porthallackmums · "Hundreds at the slipway this morning to support our surf teacher 💙 #SaveMrJenkin #BreakwaterSurfAcademy"

dawnpatrol_di  he taught half this town to surf. the sea is the sea.
sally.tonkin  so many ex-pupils came back for this 🥹
rich.o.surf  🌊🌊🌊
""",
    E(RJ, "hashtag", "neutral", "#SaveMrJenkin"),
    E(S, "hashtag", "neutral", "#BreakwaterSurfAcademy"),
)

add("social", """
Instagram · reel · 📍 BreakwaterCommunitySchool
caption: "when Okafor-Trewin confiscates ur phone 5 mins before the bell 🙄🙄 #school #thestruggle"

lilytr.xx  she's so strict about phones honestly
bodhi_surfs  at least you get it back at 3
mia.tr  she gave mine to the office and my mum had to come 😤
""",
    E(S, "camelcase", "neutral", "BreakwaterCommunitySchool"),
    E(NO, "surname_only", "negative", "Okafor-Trewin"),
)

add("news", page("packet", "Ofsted: Breakwater 'requires improvement' but SEND work praised", """
Breakwater Community School's latest Ofsted report rates the school "requires improvement" overall, down from "good", with inspectors raising concerns about attendance and about the quality of teaching in mathematics and science, where staffing has been unstable.

However, the report singles out Siobhán O'Driscoll's special educational needs team for praise, saying pupils with additional needs "are known, valued and well supported despite considerable pressure on resources".

Inspectors also noted pupils' pride in the school's Cornish language provision and surf academy. Leadership was judged "requires improvement".

The school said it accepted the findings and had "already begun" work on attendance.
""", comments=[
    ("surfmumx3", "Fair report. The SEN team deserve that praise."),
    ("HarbourLad77", "Requires improvement = requires a new head."),
], byline="By Tamsin Curnow", date="4 December 2024"),
    E(S, "possessive", "negative", "Breakwater Community School's"),
    E(SO, "possessive", "neutral", "Siobhán O'Driscoll's"),
)

add("social", """
X · Post

sick of it @sickofitall_ph
B r e a k w a t e r is a shithole run by clowns for clowns. took my daughter out and home schooling now, best decision i ever made
8:02 PM · Dec 5, 2024

Replies
@kernowmum3: sorry it didn't work for you but the SEN team there saved my son
""",
    E(S, "spacing", "negative", "B r e a k w a t e r"),
)

add("social", """
TikTok · comments on @ph_year10s's video "teacher gone, nobody tells us anything"

dxnny.p  r*ckard the n*nce. he'd message girls at 2am. everyone at bcs knew
  ♡ 402   Reply
tilly.mae  you cant just say that its still being investigated
  ♡ 77   Reply
dxnny.p  my cousin saw the messages
  ♡ 25   Reply
""",
    E(CR, "obfuscated", "sexual", "r*ckard", True),
    E(S, "alias", "sexual", "bcs", True),
)

add("news", page("boardriders", "Results: West Cornwall Schools Surf Championships", """
## Under-14 girls

1. Tamsin B. (Breakwater) 2. Isla M. (Humphry Davy) 3. Kenza T. (Breakwater)

## Under-16 boys

1. Jago P. (Breakwater) 2. Reuben S. (Cape Cornwall) 3. Ollie W. (Mounts Bay)

## Team trophy

Breakwater Community School, coach R. Jenkin. Thanks to all schools, judges and water safety crew.
""", byline="PBC contest committee", date="16 March 2024"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(RJ, "initial_surname", "neutral", "R. Jenkin"),
)

# --- the long tail: minutes, newsletters, reviews, more pile-ons -------------------------

add("news", page("council", "Minutes: Highways and Harbour Committee, 15 October 2024 (extract)", """
## 24/118 Harbour Hill: school traffic

D. Hosking (site manager, Breakwater Community School) attended at the Committee's invitation and described the congestion on Harbour Hill at 8.30am and 3.10pm, including coaches for seasonal staff accommodation using the school turning circle. He reported two near misses involving pupils in September.

Members thanked him for his photographs and traffic counts. Cllr Bolitho declared a non-pecuniary interest as a school governor.

RESOLVED to ask the county to consider a school-time waiting restriction and a crossing patrol, and to write to the operator of the Bosvenna holiday park about coach routes.

## 24/119 Outer breakwater

The Clerk reported that a grant application for the outer breakwater repairs had been submitted.
""", byline="Draft minutes, subject to approval"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(DH, "initial_surname", "neutral", "D. Hosking"),
)

add("news", page("packet", "Notices: Breakwater Bulletin – spring term highlights", """
The Packet is happy to share the highlights from this term's Breakwater Community School bulletin.

- Coding club: Ms Nair's Year 9 coders have finished the harbour weather station and the data is live on the lifeboat station screen.
- English: Mrs Polglase's Year 9 poetry slam raised £340 for the RNLI.
- PE: Mr Jenkin's surf academy resumes in April after its safety review, with new water-safety volunteers from the club.
- Science week: Dr Okafor-Trewin's department will run a rock-pool bioblitz on Porth Beach for families on 23 March.
- Cornish: Mestres Penhallurick's Year 8 radio drama will be broadcast on Radio Porthallack on St Piran's Day.

Parents' evening for Year 10 is on 12 March. Please book through the app.
""", byline="Community notices", date="1 March 2025"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(PN, "title_surname", "neutral", "Ms Nair"),
    E(KP, "title_surname", "neutral", "Mrs Polglase"),
    E(RJ, "title_surname", "neutral", "Mr Jenkin"),
    E(NO, "title_surname", "neutral", "Dr Okafor-Trewin"),
    E(MP, "alias", "neutral", "Mestres Penhallurick"),
)

add("review", """
Google Reviews · Breakwater Community School

★☆☆☆☆
Marie Bolitho · 1 review
3 weeks ago
Siobhán O'Driscoll is an incompetent, lazy waste of oxygen who should never have been let near vulnerable children. Three years of excuses. Dreadful school, dreadful SENCo, dreadful everything.
👍 4
  Response from the owner
  We're sorry to read this. Please contact the headteacher directly so we can discuss your concerns.
""",
    E(SO, "exact", "abuse", "Siobhán O'Driscoll"),
    E(S, "exact", "negative", "Breakwater Community School"),
)

add("review", """
Google Reviews · Breakwater Community School

★★★★★
Tom Kitto · Local Guide · 61 reviews
2 months ago
Our son was really anxious about starting secondary. Mrs Polglase, his head of year, rang us every Friday for the first half term just to check in. He's now in the school play and on the surf team. Can't recommend the pastoral team enough.
""",
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(KP, "title_surname", "neutral", "Mrs Polglase"),
)

add("social", """
X · Post

@quayjustice24
Mark Williams, deputy head at BCS, the "safeguarding lead" who sat on the complaints. lives at 22 Trelawney Close, Porthallack TR99 3DW. blue astra. if he won't answer emails maybe he'll answer the door
1:31 AM · Jan 23, 2025

Replies
@ph_kernow_watch: reported. posting someone's home address is not "accountability"
""",
    E(MW, "exact", "doxxing", "Mark Williams"),
    E(S, "alias", "neutral", "BCS"),
)

add("facebook", """
Porthallack Banter & Rants 😂

Anonymous member
6 October at 21:15
Head of PE is keeping his head down since the kid got hurt at surf academy. Rob Jenkin's personal mobile is 07700 900415. Text him and tell him what you think of letting children in the water in a six-foot swell. He won't answer the school.

  Sally Tonkin
  Deleted and reported. You have no idea what you're doing to that man.
""",
    E(RJ, "nickname", "doxxing", "Rob Jenkin"),
)

add("facebook", """
SEND Parents West Cornwall
Private group

Anonymous participant
11 March at 22:48
For anyone fighting BCS over their EHCPs, you won't get anywhere through the school office. Ms O'Driscoll's personal email is siobhan.odee.cork@mailbox.example and her home number is 01632 960447. Flood her with it, she can't ignore you at home.

  Admin – Rhiannon
  Post removed. We fight the system, not individual staff at home. Please read the group rules.
""",
    E(SO, "title_surname", "doxxing", "Ms O'Driscoll"),
    E(S, "alias", "negative", "BCS"),
)

add("social", """
X · Post

@englandforenglish_
the computing teacher at breakwater, Priya Nаir. another one brought in to replace us. pakis running the schools now, cornwall used to be white. disgusting
11:58 PM · Jul 9, 2024
""",
    E(PN, "homoglyph", "hate", "Priya Nаir"),
    E(S, "short_name", "neutral", "breakwater"),
)

add("facebook", """
Cornwall Says No to Separatism

Brian Coad
6 July at 19:02
Calling herself "Nadia Trewin" on the parents' letters doesn't make her Cornish. The science teacher at the Porthallack Comp is about as Cornish as a jerk chicken. You can marry into a name but you can't marry into a bloodline. Her lot will never belong here.

  Deborah Lee
  This is racism Brian, plain and simple.
""",
    E(NO, "hyphenated", "hate", "Nadia Trewin"),
    E(S, "alias", "neutral", "Porthallack Comp"),
)

add("facebook", """
Porthallack Community Noticeboard

Roger Pascoe
25 March at 20:01
Heard today Breakwater School is letting the Muslim kids from the hotel workers' families pray in the library on Fridays. It's a madrasa now. First the rainbow club, now this. Our Christian country being handed over one school at a time. Keep them out.

  Lou Cocking
  There are four Muslim children at the school Roger. They use a quiet room for ten minutes. Nobody's handing anything over.

  Roger Pascoe
  it starts with four
""",
    E(S, "alias", "hate", "Breakwater School"),
)

add("facebook", """
Porthallack Parents Chat 🐚

Dale Harvey
17 January at 18:20
If BCS excludes my son one more time I'm coming up there with a baseball bat and the first teacher I see is getting it. Not joking this time. They've ruined his life.

  Sue Pender (admin)
  Dale I've removed this and I have to tell you I've passed it to the school. Please get some support, there's a parent advocate at Harbour Lights.
""",
    E(S, "alias", "threat", "BCS"),
)

add("social", """
X · Post

proud dad of 3 @prouddad_kernow
keep filling my 12 year old's head with your trans nonsense at rainbow club Ms Nair and one night a brick's coming through your front window. you've been warned. leave our kids alone
7:34 PM · Jul 2, 2024

Replies
@kernowmum3: the Rainbow Club is voluntary and it's about kindness. this is a threat. reported.
@BreakwaterCS: We have reported this post to the police.
""",
    E(PN, "title_surname", "threat", "Ms Nair"),
    E(S, "handle", "neutral", "@BreakwaterCS"),
)

add("social", """
TikTok · comments on @scrapyardsteve's video "what's copper worth this week 🔥"

kernow_scrapper  ask D3an H0sk1ng, site manager at bcs, he's been walking out with the school's old copper pipe for years and weighing it in at Hayle. everybody at the yard knows him
  ♡ 12   Reply
scrapyardsteve  not naming anyone on my page mate, delete that
  ♡ 40   Reply
""",
    E(DH, "leetspeak", "defamation", "D3an H0sk1ng"),
    E(S, "alias", "neutral", "bcs"),
)

add("facebook", """
Porthallack Parents Chat 🐚

Anonymous participant
4 October at 22:12
The real reason that boy got hurt at surf academy is Robert Jenkins was hanging. He was in the Lugger till 2am the night before, I saw him. Turned up stinking of booze and sent the kids into a big swell. The school at Breakwater is covering for him because he's a local hero.

  Sally Tonkin
  He was at the club committee meeting till 9 and home by 10, I drove him. Stop it.
""",
    E(RJ, "typo", "defamation", "Robert Jenkins"),
    E(S, "short_name", "defamation", "Breakwater"),
)

add("forum", thread("parentnet", "Computing teacher 'sold' pupils' data?", [
    ("PrivacyFirstMum", "18/02/25 20:10", "DS says the computing teacher at Breakwater made them all sign up to a new coding app with their school emails. Now he's getting marketing emails. Ms Nair is obviously getting a kickback from the company for handing over the kids' details. How is this legal?"),
    ("DataProtectionDad", "18/02/25 20:25", "Hang on. Schools use ed-tech apps all the time under a data agreement. Marketing emails might be the app's fault. 'Kickback' is a big leap."),
    ("PrivacyFirstMum", "18/02/25 20:31", "She's been selling them, I'm sure of it."),
], board="Secondary"),
    E(PN, "title_surname", "defamation", "Ms Nair"),
    E(S, "short_name", "negative", "Breakwater"),
)

add("forum", thread("kernowchat", "Cornish teacher – is it true about her last job?", [
    ("PenwithSceptic", "2 Apr 2024 21:00", "Someone at the rugby club told me Merryn P. was got rid of from her last school up at Liskeard for slapping a Year 8 lad. Hushed up with a settlement. Now she's teaching our kids her made-up language. Anyone know more?"),
    ("Lowen", "2 Apr 2024 21:14", "She's never taught anywhere but Porthallack. She did her PGCE at Exeter and came straight back. This is total rubbish."),
    ("PenwithSceptic", "2 Apr 2024 21:20", "Funny how everyone jumps to defend her."),
], board="Penwith General"),
    E(MP, "first_initial", "defamation", "Merryn P."),
)

add("social", """
X · Post

year9survivor @y9survivor_ph
katie polglase the head of year 9 is a fat ugly bitch who gets off on giving detentions. counting down the days till i never have to see her face again
4:10 PM · Mar 14, 2025
""",
    E(KP, "nickname", "abuse", "katie polglase"),
)

add("social", """
X · Post

@pthl_mumlife
Mrs Okafor-Trewin is a power-tripping witch. Confiscated my daughter's phone for a WEEK. A week! Who does she think she is, she's a teacher not a prison warden. #breakwater
9:40 PM · Feb 2, 2025
""",
    E(NO, "title_surname", "abuse", "Mrs Okafor-Trewin"),
    E(S, "hashtag", "negative", "#breakwater"),
)

add("social", """
X · Post

sum_dad_ph @sumdad_ph
the mums at the slipway practically drooling over Robbie Jenkin in his wetsuit at surf academy pick up 😂 can't blame them, I'd ride that wave too. man's 45 and built like a lifeguard
11:12 AM · May 18, 2024

Replies
@dawnpatrol_di: 😂 stop it
""",
    E(RJ, "nickname", "sexual", "Robbie Jenkin"),
)

add("social", """
X · Post

@beachcam_lover_77
the Breakwater girls in their PE kit doing beach fitness on Porth Beach this morning 😍😍 best view in Cornwall. might have to bring the long lens again tomorrow
10:02 AM · Jun 12, 2024

Replies
@lowenna_bakes: those are CHILDREN. reported to X and to police.
@ph_kernow_watch: reported. School has been told.
""",
    E(S, "short_name", "sexual", "Breakwater", True),
)

add("review", """
Google Reviews · Breakwater Community School

★★☆☆☆
Pauline Eddy · 4 reviews
5 months ago
Kate Polgase as head of year was fine but the school as a whole doesn't communicate. Found out about my daughter's detention from her friend's mum. Website is out of date, the app never works.
""",
    E(KP, "typo", "negative", "Kate Polgase"),
    E(S, "exact", "negative", "Breakwater Community School"),
)

add("forum", thread("parentnet", "Moving to Porthallack – is Breakwater Community School any good?", [
    ("RelocatingRachel", "20/04/25 19:30", "We're moving to west Cornwall for DH's job (not a second home, promise!). DD1 will be in Y8. Only realistic option is Breakwater Community School. Honest views?"),
    ("Lowenna_local", "20/04/25 19:48", "Mixed. Pastoral is great. Mrs Polglase as head of year is fab. Cornish with Mestres Penhallurick is a highlight, DD loves it. Science has had staffing problems but Dr Okafor-Trewin is brilliant."),
    ("SaltyChips", "20/04/25 20:02", "SEN is stretched but Ms O'Driscoll fights for the kids. The head is a bit of a politician and the pay row damaged trust. Maths was a mess after a teacher was suspended last year."),
    ("RelocatingRachel", "20/04/25 20:10", "Thank you both, that's really helpful."),
], board="Secondary"),
    E(S, "exact", "negative", "Breakwater Community School"),
    E(KP, "title_surname", "neutral", "Mrs Polglase"),
    E(MP, "alias", "neutral", "Mestres Penhallurick"),
    E(NO, "title_surname", "neutral", "Dr Okafor-Trewin"),
    E(SO, "title_surname", "neutral", "Ms O'Driscoll"),
)

add("forum", thread("staffroom", "Anyone worked at Breakwater Community School, Porthallack?", [
    ("ECT_hopeful", "2 May 2025", "Got an interview next week for a science post at Breakwater Community School in Cornwall. Anyone know it? The Ofsted wasn't great."),
    ("far_west_teach", "2 May 2025", "I was there three years. Science department under Nadia Okafor is a lovely place to work. The head, Jonathan Fairbrother, is remote and image-obsessed, but Mark Williams as deputy is the one who actually runs behaviour and he's very supportive of new staff."),
    ("ECT_hopeful", "2 May 2025", "That's reassuring, thank you. Housing?"),
    ("far_west_teach", "2 May 2025", "That's the problem. Look in Camborne or Hayle."),
], board="Jobs"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(NO, "alias", "neutral", "Nadia Okafor"),
    E(JF, "exact", "negative", "Jonathan Fairbrother"),
    E(MW, "exact", "neutral", "Mark Williams"),
)

add("facebook", """
Porthallack Banter & Rants 😂

Terry Nance
18 March at 20:30
Merryn Penhallurick is a pretentious wannabe druid who thinks saying "dydh da" makes her better than the rest of us. Half her family couldn't speak a word of it and neither could mine. Stuck-up cow. Get a proper job.

  Lowen Tonkin
  Terry she's my cousin and she's worked harder than anyone I know. Jog on.
""",
    E(MP, "exact", "abuse", "Merryn Penhallurick"),
)

add("social", """
TikTok · comments on @sendmums_kernow's video "the SENCo said WHAT"

kernowkaz  0'Dr1sc0ll at the harbour school is a waste of space, useless lying cow. my son has been failed for 3 years
  ♡ 58   Reply
sendmums_kernow  i feel this x
  ♡ 11   Reply
""",
    E(SO, "leetspeak", "abuse", "0'Dr1sc0ll"),
)

add("blog", page("harbourledger", "Letters: a plea from both families", """
Sir, — we are the mothers of two boys, one a Polglase and one a Rowse, who are best friends in Year 9 at the comp. They surf together, they fish together, and they are sick of being told by grown men in the Lugger which of them they should hate.

Their head of year, K. Rowse-Polglase as our boys call her, sat them down last term and told them the feud was not theirs to carry. We wish the men of this harbour would listen to her as carefully as our sons did.

— Names supplied, Porthallack
""", byline="Letters", date="3 March 2025"),
    E(KP, "hyphenated", "neutral", "K. Rowse-Polglase"),
)

add("news", page("tide", "Porthallack pupils' Cornish radio play wins national award", """
A radio drama written and performed in Cornish by Year 8 pupils from Breakwater Community School has won a national award for minority-language youth media.

The 20-minute play, An Gwlesyn Koth ("The Old Net"), follows two children from feuding fishing families who find a message in a bottle. It was recorded at Radio Porthallack under the guidance of teacher Merryn Penhallurick.

Judges called it "funny, moving and fearless". The pupils will receive their award in Cardiff in June.
""", byline="Arts desk", date="12 May 2025"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(MP, "exact", "neutral", "Merryn Penhallurick"),
)

add("social", """
TikTok · comments on @ph_year10s's video "rating my school out of 10"

cxllum.b  Br3akw4ter is a prison with a sea view lmao. 2/10 and the 2 is for the chips
  ♡ 1,402   Reply
izzy.trelawn  the chips are actually elite tho
  ♡ 388   Reply
""",
    E(S, "leetspeak", "negative", "Br3akw4ter"),
)

add("social", """
X · Post

Truth About Schools @truthaboutschls
EXPOSED: Вreakwater Community School in Cornwall has been faking its GCSE results for years. Teachers do the coursework for the kids and the head signs it off. Ofsted were told and did nothing. RT before they delete this
6:00 AM · Aug 22, 2024
  9 reposts
""",
    E(S, "homoglyph", "defamation", "Вreakwater Community School"),
)

add("social", """
Instagram · comments on @porthallack.memes's post "results day 😬"

jakeyp_04  wish someone would burn Br**kwater to the ground with the staff locked in the hall. do us all a favour
  → rosie.trewhella  jake what is wrong with you
  → porthallack.memes  comment reported, not funny
""",
    E(S, "obfuscated", "threat", "Br**kwater"),
)

add("facebook", """
Porthallack Banter & Rants 😂

Deleted account
29 June at 23:40
No wonder the school's gone woke with rainbow clubs and all that. The deputy at BCS, Mr Williams, lives with his "husband" out at Carnwartha. Bent as a nine bob note. Queers like him shouldn't be allowed to teach boys. Wake up Porthallack.

  Jess Curnow
  Reported. Disgusting homophobia.

  Andy Kitto
  Mark Williams is the best thing about that school and who he's married to is none of your business.
""",
    E(MW, "exact", "hate", "Mark Williams"),
    E(S, "alias", "neutral", "BCS"),
)

add("social", """
X · Post

the lugger lot @luggerlot
the head at the Porthallack Comp wants to remember Fairbrother's tyres were just the start. next time it won't be the car. tick tock
12:12 AM · Apr 6, 2024

Replies
@ph_kernow_watch: reported to police
""",
    E(JF, "possessive", "threat", "Fairbrother's"),
    E(S, "alias", "neutral", "Porthallack Comp"),
)

add("review", """
Glassdoor · Breakwater Community School · Teacher (Current Employee)

★☆☆☆☆  "Nepotism at the top"
Cons: Everyone knows the head, Jonathan Fairbrother, has been having an affair with a member of the leadership team and promoted her over better-qualified candidates. Governors have been told and did nothing. If you're not in the inner circle you won't progress.
Pros: Colleagues in departments are kind.
""",
    E(JF, "exact", "defamation", "Jonathan Fairbrother"),
    E(S, "exact", "negative", "Breakwater Community School"),
)

add("social", """
X · Post

ratepayer_ph @ratepayer_ph
since the office never replies, email our head at Breakwater personally. JonathanFairbrother uses jon.fairbrother71@mailbox.example for his consultancy, found it on an old invoice. go for it everyone 📧
9:44 PM · Mar 18, 2024
""",
    E(JF, "camelcase", "doxxing", "JonathanFairbrother"),
    E(S, "short_name", "neutral", "Breakwater"),
)

add("social", """
X · Post

grassfinder @grassfinder_kw
W i l l i a m s at breakwater = biggest grass in kernow. bald little rat. everyone knows he's the one feeding names to the old bill
2:22 AM · Feb 14, 2024
""",
    E(MW, "spacing", "abuse", "W i l l i a m s"),
    E(S, "short_name", "neutral", "breakwater"),
)

add("social", """
X · Post

@saxon_shield_uk
Penh*llurick and her pixie language. These Cornish hicks are genetically thick, always have been, and now they want their own "nation". Pathetic inbred race
8:15 PM · Sep 9, 2024
""",
    E(MP, "obfuscated", "hate", "Penh*llurick"),
)

add("review", """
Google Reviews · Breakwater Community School

★★★★★
Jago Trenerry · 2 reviews
a week ago
Priya Nair's coding club has changed my son's life. He's autistic, struggled to make friends, and now he's got a group and a project (the harbour weather station!). Also shout out to Dean Hosking who stayed late to help them get it on the lifeboat station roof safely. Great people.
""",
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(PN, "possessive", "neutral", "Priya Nair's"),
    E(DH, "exact", "neutral", "Dean Hosking"),
)

# --- more decoys -------------------------------------------------------------------------

add("review", """
Checkatrade · Mark Williams Plumbing & Heating · Swindon

★★★★★ "Boiler fixed same day"
Mark came out within three hours when our boiler died in January. Clear quote, tidy work, friendly. Would use again.

★★★★☆ "Good job"
Fitted a new bathroom suite. Ran a day over but kept us informed.
""", namesakes=(MW,))

add("news", page("misc", "Heart specialists gather in Manchester for BCS annual conference", """
More than 2,000 cardiologists, nurses and physiologists are expected in Manchester next week for the annual conference of the British Cardiovascular Society (BCS).

Sessions include heart failure in young adults, remote monitoring, and the workforce crisis in cardiac physiology. The BCS president will give the opening address on Monday.
""", byline="Coastline Weekly health", date="1 June 2024"), namesakes=(S,))

add("blog", page("misc", "Remembering the BCS era of college football", """
Before the playoff, there was the BCS: the Bowl Championship Series, a formula of polls and computer rankings that decided which two teams played for the national title from 1998 to 2013.

Fans loved to hate it. Undefeated teams were left out, computers were blamed, and every December someone in the south-east was furious. Here are the five most controversial BCS title games, ranked.
""", byline="Coastline Weekly sport", date="11 January 2025"), namesakes=(S,))

add("blog", page("saltslate", "Poem: Breakwater", """
I walk the breakwater at low water,
granite warm from a September sun,
the boats tucked in behind it like children
and the sea chewing at its far end.

My nan said it was built by men who never
saw the finish, one stone a day, one winter
at a time. The breakwater doesn't ask
who's local. It just holds.
""", comments=[
    ("Morvah Mum", "This is beautiful."),
], byline="Salt & Slate", date="14 September 2024"))

add("blog", page("misc", "Engineering explainer: how a rubble-mound breakwater works", """
A rubble-mound breakwater is a sloping pile of quarried rock protected by a layer of much larger armour units, sometimes natural stone and sometimes concrete shapes such as tetrapods or Xblocs.

Waves break on the sloping face and lose energy in the voids between the units, rather than reflecting back as they would from a vertical wall. The design wave height, the slope, and the weight of the armour layer are related by empirical formulas developed from model tests.

Maintenance matters: after big storms, armour units can be displaced and must be replaced before the core is exposed.
""", byline="Coastline Weekly", date="28 February 2025"))

add("forum", thread("swellwatch", "Trip report: kayak round to the seal caves", [
    ("paddle_pete", "30 Jul 2024 19:40", "Launched from the slip at half tide, tucked round the end of the breakwater and headed west. Glassy until the point, then a bit of a chop. Seals in the second cave, about twenty of them. Back in by 2. Stay well clear of the breakwater end when the swell's up, there's a nasty rebound."),
    ("sea_kayak_sue", "30 Jul 2024 20:02", "Lovely. Did you see the dolphins? They were in the bay on Sunday."),
], board="Forum › Paddling"))

add("facebook", """
Breakwater Bistro
1 August at 11:00 ·

🦀 TODAY'S SPECIALS 🦀
Crab linguine with chilli and lemon · £18
Hake, mussels and saffron broth · £21
Mackerel on toast with beetroot · £12
Sticky toffee pudding, clotted cream · £8

Tables on the terrace are first come first served. Live music from 7! See you on the harbour 🌊

  Jane Moyle
  Best crab linguine in Cornwall, no contest.
""")

add("news", page("jobs", "Housekeeper (seasonal, Apr–Oct) – Breakwater Holiday Cottages", """
Breakwater Holiday Cottages manages 46 holiday properties in and around the harbour. We are looking for hard-working housekeepers for the summer season.

Saturday changeovers are essential. £12.60/hour plus fuel allowance. Staff accommodation may be available in a shared house for those relocating for the season.

Apply via our website or pop into the office on Quay Street.
""", byline="Posted 2 February 2025"))

add("forum", thread("parentnet", "Moving to the far west with a Y6 – secondary advice?", [
    ("SummerMoveMum", "14/05/24 20:12", "We're relocating for work (not a holiday let, honest). DS starts Y7 in September. We've been offered a place at the 11-16 on the hill above the harbour. Small, Ofsted says good, has a surf programme which DS is excited about. Anyone know it?"),
    ("WestwardWendy", "14/05/24 20:30", "If it's the one I think, pastoral is lovely and the surf thing is brilliant. Science staffing has been wobbly. Buses from the holiday parks make drop-off chaos in summer."),
    ("SummerMoveMum", "14/05/24 20:34", "Ha, good to know about the buses. Thanks!"),
], board="Secondary"))

add("news", page("packet", "Pasty championship: Carnwartha baker takes the crown", """
Merryn Hocking, who runs a bakery van from her home in Carnwartha, has won the amateur traditional category at this year's pasty championships.

"It's my granny's recipe, skirt, swede, potato, onion, lots of pepper, no carrots ever," she said. Her prize is a week's stall at the harbour summer market.
""", byline="By Jory Chenoweth", date="4 March 2025"))

add("review", """
Google Reviews · Fairbrother & Sons Removals · Reading

★★★★★
Helen R.
Fairbrother & Sons moved our whole house to Henley in a day. Nothing broken. The lads were brilliant with the piano.

★★☆☆☆
G. Patel
Arrived three hours late and scratched the hallway.
""")

add("news", page("misc", "Lagos designer Nadia Okafor brings her collection to London", """
Nadia Okafor, the Lagos-based designer known for hand-dyed adire fabrics, is to show her first London collection at a pop-up in Shoreditch next month.

"Every piece is made by women I've worked with for ten years," she said.
""", byline="Coastline Weekly lifestyle", date="5 September 2024"), namesakes=(NO,))

add("blog", page("misc", "Ten cloud-cost mistakes, with Priya Nair", """
This week's guest on the blog is Priya Nair, a platform engineer in Bengaluru who has written widely about cloud cost management.

Her number one mistake? "Leaving test environments running over the weekend. It's always the weekend." Read on for the other nine.
""", byline="Coastline Weekly tech", date="19 November 2024"), namesakes=(PN,))

add("review", """
Google Reviews · Kate Rowse Flowers · Florist · Truro

★★★★★ Emma J.
Kate Rowse did our wedding flowers and they were beyond anything I imagined. Sea holly, thrift and white roses. Thank you!
""", namesakes=(KP,))

add("news", page("misc", "Camogie: Cork hold on for dramatic win", """
Cork held off a late Galway rally to win by two points at Páirc Uí Chaoimh on Sunday.

Siobhán O'Driscoll was named player of the match after scoring 0-7, including a superb point from the sideline in the final minute.
""", byline="Coastline Weekly sport", date="21 July 2024"), namesakes=(SO,))

# --- a few late additions ----------------------------------------------------------------

add("news", page("packet", "Breakwater teachers join national strike day", """
Breakwater Community School will be closed to most year groups on Wednesday as teachers join a national day of strike action over pay and funding.

Years 10 and 11 will be in school for lessons. Headteacher Jonathan Fairbrother said he "understood and respected" staff's decision, adding: "Funding for small rural schools is broken and I've said so to the minister."

Kate Polglase, the National Education Union's workplace rep at the school, said: "Nobody wants to lose a day with their classes. But we're losing colleagues every year because they can't afford to live in the town they teach in."
""", comments=[
    ("Jenny T", "Fully support the teachers."),
    ("HarbourLad77", "Funny how Fairbrother supports it now his own pay is sorted."),
], byline="By Tamsin Curnow", date="1 February 2023"),
    E(S, "exact", "neutral", "Breakwater Community School"),
    E(JF, "exact", "negative", "Jonathan Fairbrother"),
    E(KP, "exact", "neutral", "Kate Polglase"),
)

add("facebook", """
Porthallack Community Noticeboard

Ruth Trewhella
9 September at 16:40
Found on Porth Beach by the lifeguard hut: a Breakwater blazer, age 12-13, name label says "J. Pascoe". Handed in to the school office, Mr Hosking has it. 😊

  Jan Pascoe
  That'll be my Jory!! Thank you Ruth, he's been looking everywhere. 🙈
""",
    E(S, "short_name", "neutral", "Breakwater"),
    E(DH, "title_surname", "neutral", "Mr Hosking"),
)

add("social", """
X · Post

@white_cornwall_now
bcs hired 0kafor-Tr3win to run science and now the kids are being taught by someone whose people were swinging in trees 200 years ago. this is what replacement looks like
10:50 PM · Apr 9, 2024
""",
    E(NO, "leetspeak", "hate", "0kafor-Tr3win"),
    E(S, "alias", "neutral", "bcs"),
)

add("forum", thread("kernowchat", "Old playing field – who actually got the money?", [
    ("trencrom_tony", "11 Jan 2025 18:22", "The bottom field at Breakwater School is now eight holiday lodges. I'm told the school sold it for a song to a developer who's mates with the governors, and Mr Fairbrother took a cut for 'facilitating'. Where did the money go? Not on the roof, that's for sure."),
    ("Bosvenna Bee", "11 Jan 2025 18:40", "I thought the county owned that field, not the school?"),
    ("trencrom_tony", "11 Jan 2025 18:55", "Follow the money. They all had their hands in it."),
], board="Porthallack & Bosvenna"),
    E(S, "alias", "defamation", "Breakwater School"),
    E(JF, "title_surname", "defamation", "Mr Fairbrother"),
)

add("social", """
TikTok · comments on @ph_year10s's video "teachers who are actually funny"

maisie.k  mr rickard's maths memes on the board every monday 😭😭 "when x finally gives you its number"
  ♡ 2,210   Reply
oliverrr.t  he made simultaneous equations a rom com
  ♡ 644   Reply
maisie.k  best thing about bcs tbh
  ♡ 301   Reply
""",
    E(CR, "title_surname", "neutral", "mr rickard"),
    E(S, "alias", "neutral", "bcs"),
)



# ---------------------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------------------
TITLE_RE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+"


def _has(text: str, form: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text, re.I) is not None


def _subjects(wl: dict) -> dict:
    school = wl["school"]
    subj = {"school": {"name": school["name"], "aliases": [a for a in school.get("aliases", []) if " " in a or a.isupper()], "short": [a for a in school.get("aliases", []) if " " not in a and not a.isupper()], "surname": None}}
    for st in wl["staff"]:
        subj[st["id"]] = {"name": st["name"], "aliases": st.get("aliases", []), "short": [], "surname": st["name"].split()[-1]}
    return subj


def main() -> int:
    wl = tomllib.loads(WATCHLIST.read_text(encoding="utf-8"))
    subj = _subjects(wl)
    problems: list[str] = []
    DOCS_DIR.mkdir(exist_ok=True)
    for old in DOCS_DIR.iterdir():
        if re.fullmatch(r"\d{3}-[a-z]+\.(html|txt)", old.name):
            old.unlink()
    lines = []
    by_cat: Counter = Counter()
    by_var: Counter = Counter()
    by_kind: Counter = Counter()
    by_subj: Counter = Counter()
    decoys = 0
    for i, d in enumerate(DOCS):
        kind = d["kind"]
        if kind not in HTML_KINDS + TEXT_KINDS:
            problems.append(f"doc {i}: bad kind {kind}")
            continue
        ext = "html" if kind in HTML_KINDS else "txt"
        fname = f"{i:03d}-{kind}.{ext}"
        content = d["content"]
        if ext == "txt":
            content = content.strip("\n") + "\n"
        (DOCS_DIR / fname).write_text(content, encoding="utf-8")
        text = html.unescape(content) if ext == "html" else content
        by_kind[kind] += 1
        seen = set()
        out = []
        for e in d["expected"]:
            s, v, c, f = e["subject"], e["variant"], e["category"], e["form"]
            where = f"{fname} [{s}/{f!r}]"
            if s not in subj:
                problems.append(f"{where}: unknown subject")
                continue
            if s in seen:
                problems.append(f"{where}: subject labelled twice")
            seen.add(s)
            if v not in VARIANTS:
                problems.append(f"{where}: bad variant {v}")
            if c not in CATEGORIES:
                problems.append(f"{where}: bad category {c}")
            if e["url_only"] and c != "sexual":
                problems.append(f"{where}: url_only without sexual")
            if f not in text:
                problems.append(f"{where}: form not in text")
            info = subj[s]
            name, aliases = info["name"], info["aliases"]
            if v == "exact" and f.lower() != name.lower():
                problems.append(f"{where}: exact form differs from name")
            if v == "alias" and f.lower() not in [a.lower() for a in aliases]:
                problems.append(f"{where}: alias form not in aliases")
            if v == "short_name" and f.lower() not in [a.lower() for a in info["short"]]:
                problems.append(f"{where}: short_name form is not the short name")
            if v == "title_surname" and not re.fullmatch(TITLE_RE + re.escape(info["surname"] or "~"), f, re.I):
                problems.append(f"{where}: title_surname form malformed")
            # easiest form present wins (a possessive form is judged without itself)
            ptext = text.replace(f, " ") if v == "possessive" else text
            if _has(ptext, name) and v != "exact":
                problems.append(f"{where}: exact name present but variant {v}")
            elif any(_has(ptext, a) for a in aliases) and v not in ("exact", "alias"):
                problems.append(f"{where}: alias present but variant {v}")
            elif info["surname"] and re.search(r"(?<!\w)" + TITLE_RE + re.escape(info["surname"]) + r"(?!\w)", ptext, re.I) and v not in ("exact", "alias", "title_surname"):
                problems.append(f"{where}: title+surname present but variant {v}")
            by_cat[c] += 1
            by_var[v] += 1
            by_subj[s] += 1
            out.append({"subject": s, "variant": v, "category": c, "url_only": bool(e["url_only"])})
        for s, info in subj.items():
            if s in seen or s in d["namesakes"]:
                continue
            if _has(text, info["name"]) or any(_has(text, a) for a in info["aliases"]):
                problems.append(f"{fname}: {s} named but not labelled")
        if not out:
            decoys += 1
        lines.append(json.dumps({"file": fname, "kind": kind, "expected": out}, ensure_ascii=False))
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")

    n_docs, n_ment = len(DOCS), sum(by_cat.values())
    if not 180 <= n_docs <= 220:
        problems.append(f"{n_docs} documents (want 180-220)")
    if not 300 <= n_ment <= 350:
        problems.append(f"{n_ment} mentions (want 300-350)")
    for v in VARIANTS:
        if by_var[v] < 2:
            problems.append(f"variant {v} used {by_var[v]} times (want >= 2)")
    serious = sum(by_cat[c] for c in SERIOUS)
    print(f"documents: {n_docs}  (decoys with no expected mention: {decoys}, {decoys / max(n_docs, 1):.0%})")
    print("by kind:     " + ", ".join(f"{k} {by_kind[k]}" for k in HTML_KINDS + TEXT_KINDS))
    print(f"mentions: {n_ment}  (serious {serious}, {serious / max(n_ment, 1):.1%})")
    print("by category: " + ", ".join(f"{c} {by_cat[c]}" for c in CATEGORIES))
    print("by variant:  " + ", ".join(f"{v} {by_var[v]}" for v in VARIANTS))
    print("by subject:  " + ", ".join(f"{s} {by_subj[s]}" for s in subj))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("all labels check out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
