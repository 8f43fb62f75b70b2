#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the HELD-OUT labelled corpus ``heldout16`` for repwatch's matcher.

HELD OUT -- NEVER TUNE ON THIS CORPUS.  Its documents and its per-document error
lists must not be read by whoever works on the matcher; only its aggregate figures
(recall / precision / category accuracy by variant and kind) may be used.  It exists
to measure how the matcher generalises to writing it has never seen.

Setting
-------
Craigvarran High School, a non-denominational state secondary (S1-S6) in the invented
town of Lochcraig, Fife, run by the invented Ore and Leven Council.  Locality words:
Lochcraig, Dunmaddie, Cairnfoot, Windyedge (postcodes KY19 ...).  The school takes its
name from the Craigvarran Burn that runs past it.  Aliases: "Craigvarran High", the
short name "Craigvarran", the acronym "CHS" and the former name "Lochcraig Senior
Secondary".  Office numbers 01632 960418 / 01632 960419 (Ofcom drama range); own
domain craigvarranhigh.example.  Staff: Fiona Murray (Head Teacher), Graeme Paterson and
Alasdair Buchanan-Reid (Depute Heads), Siobhán O'Donnell (PT Guidance, maiden name
Siobhán Keane), Tomasz Kowalczyk (PT Maths), Imran Qureshi (PT Science), Jo Baird (PT PE),
Ryan Kerr (Geography / guidance), Karen Mitchell (PT English, maiden name Karen Lindsay),
Magnus Ferintosh (PT Music, the one ``unique = true`` name) and Chidi Okafor (Computing,
full name Chidiebere Okafor).  Voices: Scottish parents, pupils and teachers (Scots
spellings, "wean", "bairn", "aye", "awfy", "ken", "greetin'", "wee"), Scottish outlets,
council committee minutes, Education Scotland inspection findings, job adverts.

Decoys (labelled with no mention)
---------------------------------
* "Craigvarran" as something else: the Craigvarran Burn, Craigvarran Road, Craigvarran
  Golf Club and Craigvarran Motors (both [[exclude]]d), the junior football club
  Craigvarran Rovers, and the village of Craigvarran in Aberdeenshire with its own
  Craigvarran Academy (a same-named school in another council).
* "CHS" as Children's Hearings Scotland and CHS Scaffolding (excluded).
* Namesakes: Graeme Paterson MSP (Ore Valley), Dr Imran Qureshi the Lochcraig GP (a
  same-name stranger in the same town), Ryan Kerr the Craigvarran Rovers striker, Karen
  Mitchell the Lochcraig solicitor, Fiona Murray the retired nurse, Douglas Murray head
  of the Aberdeenshire school, Ferintosh the whisky.
* Staff named only by nickname ("Mrs O'D", "Mr K") with no school, locality or job tie.

Labelling conventions
---------------------
* ``labels.jsonl``: one object per document, ``{"file", "kind", "expected": [...]}``,
  each expected entry ``{"subject", "variant", "category", "url_only"}``; one entry per
  subject per document; category is the worst the document gives that subject
  (threat > hate > sexual > doxxing > defamation > abuse > negative > neutral).
* Variant is the easiest form of the subject's name present: exact > alias >
  title_surname > the rest; among "the rest" the first form to occur in the text.
  Accent-folded spellings (Siobhan for Siobhán) count as the same form.  School: full
  name exact, "Craigvarran" alone short_name, "Craigvarran High" / "CHS" / "Lochcraig
  Senior Secondary" alias.  Staff: "Mr/Mrs/Miss/Ms/Dr/Pan Surname" title_surname;
  "F. Murray" and "Mr T. Kowalczyk" initial_surname; "Fiona M" first_initial; "Mr K",
  "Mrs O'D", "Mr B-R", "Bairdy", "Tom Kowalczyk" nickname; surname alone
  surname_only; surname + "'s" as the only form possessive; words run together with
  hyphens hyphenated, with capitals and no separator camelcase; "#..." hashtag; "@..."
  handle; letters spaced out spacing; asterisks or symbols obfuscated; digits for
  letters leetspeak; Cyrillic/Greek look-alike letters homoglyph; misspellings typo.
* A staff member counts only when the page ties them to the school (school name or
  alias, a locality word, the school's domain or their job at the school), except Magnus
  Ferintosh (unique), who counts wherever named.  Clear namesakes are not mentions.
* The school is a subject only when the document refers to the school itself.  School
  category: negative for complaints/criticism of the school or its handling, neutral
  when it is merely named as a workplace or praised, defamation when accused of a crime
  or cover-up, hate when attacked over pupils'/staff's race or religion, threat when it
  is itself threatened.
* Sexual content where a child may be involved: url_only = true for the staff member
  and the school, category sexual.  Doxxing: personal mobile, home address or postcode,
  personal e-mail near the name (never the school office number or school e-mail).
* Condemnation, negation, and quoting abuse in order to condemn it are neutral.  News of
  a conviction or charge against someone who threatened/harassed staff is neutral for
  the staff member; news that a staff member is charged, arrested, suspended or
  investigated for misconduct is defamation (sexual with url_only if a child is
  involved); an opinion column that itself insults is abuse.  A staff member praised in
  a post that complains about someone else is neutral.

Kinds: news, forum, blog (HTML with varied site chrome) and review, social, facebook
(plain text).  Run ``python3 build_heldout16.py`` from any directory; it rewrites
``docs/`` and ``labels.jsonl`` beside this file deterministically (stdlib only).
Phone numbers are Ofcom drama numbers; domains end in .example; postcodes invented.
"""

import html
import json
import random
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = []

SEV = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
VARIANTS = {"exact", "title_surname", "initial_surname", "first_initial", "nickname",
            "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
            "obfuscated", "hashtag", "handle", "camelcase", "alias", "short_name",
            "surname_only"}


def E(subject, variant, category, url_only=False):
    assert variant in VARIANTS, variant
    assert category in SEV, category
    return {"subject": subject, "variant": variant, "category": category,
            "url_only": url_only}


def add(kind, body, expected):
    DOCS.append({"kind": kind, "body": body, "expected": expected})


def esc(s):
    return html.escape(s, quote=False)


def paras(text):
    out = []
    for block in text.strip().split("\n\n"):
        block = " ".join(line.strip() for line in block.strip().splitlines())
        if block:
            out.append("<p>" + esc(block) + "</p>")
    return "\n".join(out)


# ----------------------------------------------------------------------------
# site chrome
# ----------------------------------------------------------------------------

NEWS_SITES = {
    "ovc": {
        "name": "The Ore Valley Courier", "domain": "orevalleycourier.example",
        "nav": ["News", "Sport", "Court", "Schools", "Community", "Jobs", "Notices"],
        "cookie": "We use cookies to personalise content and ads. By clicking Accept you agree to our use of cookies.",
        "buttons": ["Accept", "Manage preferences"],
        "footer": "&copy; The Ore Valley Courier. Part of Kingdom Local Media Ltd. Registered in Scotland SC999001. Contact the newsdesk: newsdesk@orevalleycourier.example",
        "comments": "Have your say",
        "aside": ["Bin collection changes over the festive period", "Roadworks on the A92 to last six weeks", "Gala day organisers appeal for volunteers"],
    },
    "kp": {
        "name": "The Kingdom Post", "domain": "kingdompost.example",
        "nav": ["Home", "Local", "Crime", "Politics", "Education", "Sport", "Opinion", "Announcements"],
        "cookie": "Your privacy matters. We and our 148 partners store and access information on your device.",
        "buttons": ["I agree", "Options"],
        "footer": "The Kingdom Post &middot; Terms &middot; Privacy &middot; IPSO regulated &middot; Complaints &middot; Advertise with us",
        "comments": "Comments",
        "aside": ["Storm brings flooding to coastal towns", "Rail timetable chaos continues", "Dundee firm lands major contract"],
    },
    "sl": {
        "name": "The Scottish Ledger", "domain": "scottishledger.example",
        "nav": ["Scotland", "Politics", "Business", "Education", "Culture", "Sport", "Subscribe"],
        "cookie": "The Scottish Ledger uses cookies for analytics and subscriptions. Reject non-essential cookies?",
        "buttons": ["Accept all", "Reject non-essential"],
        "footer": "The Scottish Ledger, Edinburgh. Registered office: 1 Market Close. Subscriptions | Syndication | Contact",
        "comments": "Join the conversation",
        "aside": ["Holyrood budget: what it means for councils", "Teacher numbers fall again", "Opinion: the attainment gap is not closing"],
    },
    "cal": {
        "name": "Caledonia News", "domain": "caledonianews.example",
        "nav": ["Latest", "Scotland", "UK", "Weather", "Travel", "Video"],
        "cookie": "We use essential cookies to make our site work and optional cookies to improve it.",
        "buttons": ["Accept optional cookies", "Reject"],
        "footer": "Caledonia News &copy; Caledonia Broadcasting. About us &middot; Accessibility &middot; Contact &middot; Editorial guidelines",
        "comments": "Reader comments",
        "aside": ["M90 closed after crash", "Rail strike: what you need to know", "Mortgage rates edge down"],
    },
    "council": {
        "name": "Ore and Leven Council", "domain": "oreandleven.example",
        "nav": ["Home", "Council and democracy", "Committees", "Schools and learning", "Bins and recycling", "Contact us"],
        "cookie": "This site uses essential cookies. We would also like to set analytics cookies to help us improve the site.",
        "buttons": ["Accept analytics cookies", "Reject analytics cookies"],
        "footer": "Ore and Leven Council, Council Buildings, Leven Street. Accessibility statement | Privacy | Freedom of information",
        "comments": None,
        "aside": ["Agendas, reports and minutes", "Webcasts", "Find your councillor"],
    },
    "es": {
        "name": "Education Scotland", "domain": "education-scotland.example",
        "nav": ["Inspection and review", "Find an inspection report", "Learning resources", "About us"],
        "cookie": "We use cookies to collect anonymous data to help us improve your site browsing experience.",
        "buttons": ["Accept", "Decline"],
        "footer": "Education Scotland &middot; Foghlam Alba. Accessibility &middot; Privacy &middot; Contact us",
        "comments": None,
        "aside": ["How we inspect", "Quality indicators", "Inspection frequently asked questions"],
    },
    "jobs": {
        "name": "ScotJobs Public Sector", "domain": "scotjobs.example",
        "nav": ["Search jobs", "Teaching", "Social care", "Councils", "Job alerts", "Sign in"],
        "cookie": "Cookies help us deliver our services. By using ScotJobs you agree to our use of cookies.",
        "buttons": ["OK", "More info"],
        "footer": "ScotJobs Public Sector &copy; Partnership of Scottish local authorities. Help | Terms | Privacy",
        "comments": None,
        "aside": ["Similar jobs: Teacher of English (Dundee)", "Similar jobs: Pupil Support Assistant (Perth)", "Set up a job alert"],
    },
    "buchan": {
        "name": "The Buchan and Mearns Observer", "domain": "buchanobserver.example",
        "nav": ["News", "Farming", "Sport", "Schools", "What's on", "Family notices"],
        "cookie": "We value your privacy. We use cookies to enhance your experience.",
        "buttons": ["Accept", "Customise"],
        "footer": "&copy; Buchan and Mearns Observer. Reproduction without permission prohibited.",
        "comments": "Comments",
        "aside": ["Mart prices steady", "New community wind turbine approved", "Highland games results"],
    },
}


def news(site, headline, byline, date, body, standfirst="", comments=(), section="News"):
    s = NEWS_SITES[site]
    nav = "\n".join(f'      <li><a href="/{n.lower().replace(" ", "-")}">{n}</a></li>' for n in s["nav"])
    aside = "\n".join(f"      <li><a href=\"#\">{esc(a)}</a></li>" for a in s["aside"])
    btns = " ".join(f"<button>{b}</button>" for b in s["buttons"])
    stand = f'<p class="standfirst">{esc(standfirst)}</p>' if standfirst else ""
    com = ""
    if s["comments"] is not None:
        if comments:
            items = "\n".join(
                f'<li class="comment"><span class="author">{esc(a)}</span> <time>{esc(t)}</time>{paras(c)}</li>'
                for a, t, c in comments)
            com = f'<section class="comments"><h2>{s["comments"]} ({len(comments)})</h2>\n<ol>\n{items}\n</ol></section>'
        else:
            com = f'<section class="comments"><h2>{s["comments"]}</h2><p>Comments are closed on this article.</p></section>'
    by = f'<p class="byline">By {esc(byline)} &middot; <time>{esc(date)}</time></p>' if byline else f'<p class="byline"><time>{esc(date)}</time></p>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(headline)} | {s['name']}</title>
<meta property="og:site_name" content="{s['name']}">
</head>
<body>
<div id="cookie-banner" role="dialog"><p>{s['cookie']}</p>{btns}</div>
<header>
  <a class="logo" href="https://{s['domain']}/">{s['name']}</a>
  <nav>
    <ul>
{nav}
    </ul>
  </nav>
</header>
<main>
<article>
  <p class="section">{esc(section)}</p>
  <h1>{esc(headline)}</h1>
  {stand}
  {by}
  <div class="article-body">
{paras(body)}
  </div>
</article>
{com}
</main>
<aside><h3>Most read</h3>
  <ul>
{aside}
  </ul>
</aside>
<footer><p>{s['footer']}</p></footer>
</body>
</html>
"""


FORUM_SITES = {
    "scotparents": {
        "name": "ScotParents", "domain": "scotparents.example",
        "crumbs": ["Forums", "Education", "Secondary"],
        "cookie": "ScotParents uses cookies. Continue browsing if you're happy with that, or find out more.",
        "footer": "ScotParents &copy; Talk guidelines | Report a post | Privacy | Contact",
        "reply": "Reply", "heading": "Replies",
    },
    "threadit": {
        "name": "threadit", "domain": "threadit.example",
        "crumbs": ["r/Fife"],
        "cookie": "threadit and its partners use cookies and similar technologies to provide you with a better experience.",
        "footer": "threadit, inc. &copy; User Agreement &middot; Content Policy &middot; Privacy Policy",
        "reply": "reply", "heading": "Comments",
    },
    "threadit_scot": {
        "name": "threadit", "domain": "threadit.example",
        "crumbs": ["r/Scotland"],
        "cookie": "threadit and its partners use cookies and similar technologies to provide you with a better experience.",
        "footer": "threadit, inc. &copy; User Agreement &middot; Content Policy &middot; Privacy Policy",
        "reply": "reply", "heading": "Comments",
    },
    "staffroom": {
        "name": "The Staffroom", "domain": "staffroom.example",
        "crumbs": ["Community", "Scotland", "Workplace dilemmas"],
        "cookie": "The Staffroom uses cookies to keep you signed in and to measure traffic.",
        "footer": "The Staffroom &middot; a community for teachers. Code of conduct | Help | Privacy",
        "reply": "Quote", "heading": "Responses",
    },
    "fifers": {
        "name": "Fifers Forum", "domain": "fifersforum.example",
        "crumbs": ["Board index", "General chat"],
        "cookie": "This board uses cookies. By using it you consent to their use.",
        "footer": "Powered by phpBB-ish software &copy; Fifers Forum. All times are UTC. Delete cookies",
        "reply": "Post reply", "heading": "",
    },
    "fifers_fitba": {
        "name": "Fifers Forum", "domain": "fifersforum.example",
        "crumbs": ["Board index", "Fitba", "Junior and amateur"],
        "cookie": "This board uses cookies. By using it you consent to their use.",
        "footer": "Powered by phpBB-ish software &copy; Fifers Forum. All times are UTC. Delete cookies",
        "reply": "Post reply", "heading": "",
    },
    "fairway": {
        "name": "FairwayTalk", "domain": "fairwaytalk.example",
        "crumbs": ["Home", "Courses", "Scotland"],
        "cookie": "FairwayTalk uses cookies for login and advertising.",
        "footer": "FairwayTalk golf community &copy; Rules | Advertise | Contact",
        "reply": "Reply", "heading": "",
    },
    "folkchat": {
        "name": "FolkChat", "domain": "folkchat.example",
        "crumbs": ["Forum", "Scene gossip"],
        "cookie": "We use a couple of cookies. That's it.",
        "footer": "FolkChat &mdash; for players, singers and listeners. Be kind.",
        "reply": "Reply", "heading": "",
    },
    "anglers": {
        "name": "Scottish Anglers Online", "domain": "scotanglers.example",
        "crumbs": ["Forums", "Rivers and burns", "Fife and Kinross"],
        "cookie": "Cookies are used on this site for logins and statistics.",
        "footer": "Scottish Anglers Online &copy; Catch and release where you can.",
        "reply": "Reply", "heading": "",
    },
    "legal": {
        "name": "LawTalk Scotland", "domain": "lawtalkscot.example",
        "crumbs": ["Forums", "Family law", "Finding a solicitor"],
        "cookie": "We use cookies. Nothing on this forum is legal advice.",
        "footer": "LawTalk Scotland &copy; Not legal advice. Terms | Privacy",
        "reply": "Reply", "heading": "",
    },
}


def forum(site, title, posts):
    s = FORUM_SITES[site]
    crumbs = " &rsaquo; ".join(f'<a href="#">{esc(c)}</a>' for c in s["crumbs"])
    items = []
    for i, (user, when, text) in enumerate(posts):
        cls = "post op" if i == 0 else "post"
        items.append(f"""<div class="{cls}" id="p{1000 + i * 7}">
  <div class="postmeta"><span class="username">{esc(user)}</span> &middot; <time>{esc(when)}</time></div>
  <div class="postbody">
{paras(text)}
  </div>
  <div class="postactions"><a href="#">{s['reply']}</a> <a href="#">Report</a></div>
</div>""")
    head = f"<h2>{s['heading']}</h2>" if s["heading"] and len(posts) > 1 else ""
    first, rest = items[0], "\n".join(items[1:])
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(title)} - {s['name']}</title></head>
<body>
<div class="cookie-notice"><p>{s['cookie']}</p><button>Got it</button></div>
<header><a class="brand" href="https://{s['domain']}/">{s['name']}</a>
<nav><a href="#">Latest</a> <a href="#">Search</a> <a href="#">Log in</a> <a href="#">Register</a></nav></header>
<div class="breadcrumbs">{crumbs}</div>
<main>
<h1 class="thread-title">{esc(title)}</h1>
{first}
{head}
{rest}
</main>
<footer><p>{s['footer']}</p></footer>
</body>
</html>
"""


BLOG_SITES = {
    "wp1": ("wordpress-ish", "Proudly powered by a blogging platform. Theme: Wee Blether.", "Leave a Reply",
            "This site uses cookies. To find out more, including how to control cookies, see here: Cookie Policy"),
    "sub": ("newsletter", "Subscribe to get new posts in your inbox. Unsubscribe any time.", "Discussion",
            "We use cookies to improve your experience and for analytics."),
    "blogger": ("blogger-ish", "Powered by a blog host. Report Abuse.", "Comments",
                "This site uses cookies from its host to deliver its services and to analyse traffic."),
    "ghost": ("ghost-ish", "Published with an open-source publishing platform.", "Responses",
              "Cookies keep this site working. Fine by you?"),
}


def blog(site, blogname, title, author, date, body, comments=(), tagline=""):
    kind, footer, chead, cookie = BLOG_SITES[site]
    if comments:
        items = "\n".join(
            f'<li class="comment"><cite>{esc(a)}</cite> <span class="says">says:</span> <time>{esc(t)}</time>{paras(c)}</li>'
            for a, t, c in comments)
        noun = "thought" if len(comments) == 1 else "thoughts"
        com = f'<section id="comments"><h3>{len(comments)} {noun} on &ldquo;{esc(title)}&rdquo;</h3>\n<ol class="commentlist">\n{items}\n</ol>\n<h3>{chead}</h3><form><textarea></textarea><button>Post Comment</button></form></section>'
    else:
        com = f'<section id="comments"><h3>{chead}</h3><form><textarea></textarea><button>Post Comment</button></form></section>'
    tag = f'<p class="site-description">{esc(tagline)}</p>' if tagline else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="{kind}">
<head><meta charset="utf-8"><title>{esc(title)} &ndash; {esc(blogname)}</title></head>
<body>
<div class="cookie-law-banner">{cookie} <button>Close and accept</button></div>
<header class="site-header"><p class="site-title"><a href="/">{esc(blogname)}</a></p>{tag}
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/archive">Archive</a> <a href="/contact">Contact</a></nav></header>
<main>
<article class="post">
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta">Posted on <time>{esc(date)}</time> by <span class="author">{esc(author)}</span></div>
<div class="entry-content">
{paras(body)}
</div>
</article>
{com}
</main>
<footer class="site-footer"><p>{footer}</p></footer>
</body>
</html>
"""

# ----------------------------------------------------------------------------
# NEWS
# ----------------------------------------------------------------------------

add("news", news("ovc", "Record Higher results for Craigvarran High", "Lynsey Dryburgh", "9 August 2024", """
Craigvarran High School is celebrating its best ever set of Higher results, with 41 per cent of S5 pupils gaining five or more passes at the first sitting.

Head Teacher Fiona Murray said: "This is down to the hard graft of our young people and a staff team that goes above and beyond, week in, week out. I'm awfy proud of every one of them."

Depute head Graeme Paterson, who leads the school's supported-study programme, said the Easter revision school had been "packed to the rafters" for the first time.

Maths was singled out for praise. The number of pupils gaining an A at Higher Mathematics doubled, and principal teacher Tomasz Kowalczyk said the department had "simply refused to give up on anybody".

An Ore and Leven Council spokesperson said the results reflected "a real upward trend" across the authority's secondary schools.
""", standfirst="Lochcraig school posts its strongest exam figures yet", section="Schools"),
    [E("school", "exact", "neutral"), E("fmurray", "exact", "neutral"),
     E("gpaterson", "exact", "neutral"), E("tkowalczyk", "exact", "neutral")])

add("news", news("kp", "Lochcraig man admits threatening teacher", "Court reporter", "22 January 2025", """
A Lochcraig man who sent a string of threatening messages to a chemistry teacher, telling him "I know where you live", has been placed on a community payback order.

Darren Gilhooly, 38, of Cairnfoot, pleaded guilty at Kirkcaldy Sheriff Court to behaving in a threatening or abusive manner towards Imran Qureshi, principal teacher of science at Craigvarran High School, between September and November last year.

The court heard Gilhooly became angry after his stepson was removed from a practical class for misbehaving. He sent eleven messages through a social media account, several referring to the teacher's car.

Solicitor Karen Mitchell, defending, said her client had been drinking heavily at the time, was "deeply ashamed" and had since engaged with addiction services.

Sheriff Alison Drummond told him: "Teachers are entitled to do their jobs without being frightened. This was cowardly behaviour." She imposed 180 hours of unpaid work and a two-year non-harassment order.
""", section="Crime"),
    [E("iqureshi", "exact", "neutral"), E("school", "exact", "neutral")])

add("news", news("sl", "Depute head suspended over coursework marks claims", "Euan Lauder, Education Correspondent", "3 March 2025", """
A depute head teacher at a Fife secondary has been suspended while the local authority investigates claims that National 5 coursework marks were altered before being submitted to the SQA.

Alasdair Buchanan-Reid, who is responsible for SQA entries at Craigvarran High School in Lochcraig, was placed on precautionary suspension last week, the Ledger understands.

It is alleged that marks for a number of English and Geography folios were changed after teachers had submitted them. The SQA said it was "aware of a matter raised by a centre" and would not comment further.

Parents say they have been kept in the dark. One mother of an S4 pupil said: "The school has told us absolutely nothing. We found out from a WhatsApp group. Honestly the communication has been shambolic from start to finish."

An Ore and Leven Council spokesperson said: "Precautionary suspension is a neutral act and does not imply any wrongdoing. It would be inappropriate to comment while an investigation is ongoing."
""", standfirst="Parents say they were told nothing about the investigation", section="Education",
    comments=[("Kirkcaldy_Kenny", "3 March 2025 09:14", "Every school in the country is at this, they just got caught."),
              ("BluebellWood", "3 March 2025 10:02", "Innocent until proven guilty folks. Wait for the investigation.")]),
    [E("abuchananreid", "exact", "defamation"), E("school", "exact", "negative")])

add("news", news("council", "Education and Children's Services Committee - Minute", "", "Minute of meeting held on Thursday 14 March 2024", """
Present: Councillors Hendry (Convener), Baxter, Clunie, Dow, Ferguson, Gilmour, Nasir, Rennie and Young. Religious representatives: Rev. A. Laing, Mr P. Docherty. Parent representative: Mrs L. Wemyss.

Attending: Executive Director (Education and Children's Services); Head of Education (Secondary); Service Manager (Estates).

1. Declarations of interest. Councillor Ferguson declared a non-financial interest in item 3 as a member of a parent council.

2. Minute of previous meeting. The minute of the meeting of 1 February 2024 was approved as a correct record.

3. Craigvarran High School - Standards and Quality Report 2022/23. The Committee considered a report by the Executive Director summarising attainment, attendance and exclusion data. Ms F. Murray, Head Teacher, Craigvarran High School, attended and answered questions on the school's improvement plan. In response to Councillor Nasir, she confirmed that the attendance of S3 pupils remained a priority. Decision: the Committee noted the report and thanked the Head Teacher for attending.

4. Flood alleviation works, Craigvarran Burn. The Service Manager (Estates) reported that works to the culvert under Mill Road would be completed by June. Decision: noted.

5. Children's Hearings Scotland (CHS) - panel member recruitment. The Committee noted the recruitment campaign for panel members in the area and agreed to promote it through schools.
""", section="Committee minutes"),
    [E("school", "exact", "neutral"), E("fmurray", "initial_surname", "neutral")])

add("news", news("es", "Summarised inspection findings: Craigvarran High School", "", "Ore and Leven Council, 24 September 2019", """
Context. Craigvarran High School is a non-denominational secondary school serving the town of Lochcraig and surrounding villages. The roll at the time of the inspection was 1,046. Around 28 per cent of young people live in SIMD deciles 1 and 2.

Leadership of change: good. The headteacher, supported by the senior leadership team, has established a clear vision rooted in the local community. Staff are empowered to lead improvement, and young people are increasingly involved in decisions about their learning.

Learning, teaching and assessment: good. In most lessons, relationships between staff and young people are positive and respectful. Teachers should continue to develop the use of feedback so that all young people know their next steps.

Ensuring wellbeing, equality and inclusion: good. Pupil support staff know young people and their families very well.

Raising attainment and achievement: satisfactory. Attainment in literacy and numeracy at SCQF level 5 has improved over five years. The school should continue to raise attainment for young people in the senior phase.

We are confident the school has the capacity to continue to improve. We will make no further visits in connection with this inspection.
""", section="Inspection reports"),
    [E("school", "exact", "neutral")])

add("news", news("cal", "Inspectors raise wellbeing concerns at Craigvarran High", "Caledonia News, Fife", "15 May 2024", """
A secondary school in Fife has been told it must improve the way it supports pupils' wellbeing after an inspection found "important weaknesses".

Education Scotland rated Craigvarran High in Lochcraig as "weak" for ensuring wellbeing, equality and inclusion, and "satisfactory" in three other areas.

Inspectors said too many young people told them they did not feel safe in corridors and toilets, and that bullying incidents were not always recorded or followed up.

Head teacher Mrs Murray said the school accepted the findings in full. "We have already started work on a new relationships policy with our pupils and parents, and I am confident families will see a difference."

Inspectors will return within a year.
""", section="Scotland"),
    [E("school", "alias", "negative"), E("fmurray", "title_surname", "neutral")])

add("news", news("ovc", "Rovers edge derby thanks to Kerr double", "Sports desk", "16 September 2024", """
Craigvarran Rovers 2 Auchterdrum Star 1

Ryan Kerr was the hero at Burnside Park on Saturday as Craigvarran Rovers came from behind to take the derby honours in front of a bumper Lochcraig crowd.

Star went ahead through a scrappy goal after 20 minutes, but Kerr levelled before the break with a low drive from the edge of the box and then headed the winner with eight minutes left.

Rovers boss Tam Dickson said: "Ryan's been brilliant since he came back from injury. The boys showed real character."

Rovers travel to Kinglassie next week.
""", section="Sport"),
    [])

add("news", news("kp", "Tributes paid to former Lochcraig Senior Secondary rector", "Staff reporter", "11 October 2023", """
Tributes have been paid to Hector McAlpine, rector of Lochcraig Senior Secondary from 1974 until 1989, who has died aged 91.

Mr McAlpine, a classicist who began his career in Arbroath, oversaw the move to the school's present building and was known for learning the name of every first-year pupil by the October holiday.

Current head teacher Fiona Murray said: "Mr McAlpine's name still comes up at every reunion. Generations of Lochcraig families owe him a great deal. Our thoughts are with his family."

Former pupils have been sharing memories online, many recalling his Latin mottoes and his habit of patrolling the dinner queue.

He is survived by his daughters, Morag and Elspeth, and five grandchildren. A service will be held at Lochcraig Parish Church on Friday.
""", section="Announcements"),
    [E("school", "alias", "neutral"), E("fmurray", "exact", "neutral")])

add("news", news("jobs", "Teacher of Mathematics (Permanent, Full Time) - Craigvarran High School", "", "Closing date: 28 April 2025", """
Ore and Leven Council - Education and Children's Services. Salary: main grade teacher scale. Location: Lochcraig. Reference: OLC-ED-2291.

Craigvarran High School is a six-year comprehensive of just over 1,000 young people. We are looking for an enthusiastic and committed Teacher of Mathematics to join a successful department with a strong record at National 5 and Higher.

You will teach across S1 to S6, contribute to supported study and help develop our numeracy across learning strategy.

Applicants must be registered, or eligible for registration, with the General Teaching Council for Scotland. This post is subject to PVG Scheme membership.

Informal enquiries are welcome: please contact Mr T. Kowalczyk, Principal Teacher of Mathematics, via the school office on 01632 960418 or at enquiries@craigvarranhigh.example.
""", section="Teaching vacancies"),
    [E("school", "exact", "neutral"), E("tkowalczyk", "initial_surname", "neutral")])

add("news", news("ovc", "Lochcraig GP honoured for pandemic work", "Lynsey Dryburgh", "2 June 2023", """
A Lochcraig GP has been recognised by the Royal College of General Practitioners for his work during the Covid-19 pandemic.

Dr Imran Qureshi, a partner at Lochcraig Health Centre, set up a drive-through vaccination clinic in the car park of the town's leisure centre, and personally phoned hundreds of housebound patients.

"It was a team effort," said Dr Qureshi, who grew up in Glasgow and moved to Fife in 2009. "The receptionists and nurses were the real heroes."

Practice manager Shona Birrell said patients had been "queuing up to congratulate him".
""", section="Community"),
    [])

add("news", news("sl", "MSP demands independent review of teacher workload", "Holyrood staff", "27 November 2024", """
Graeme Paterson, the MSP for Ore Valley, has called on the Scottish Government to commission an independent review of teacher workload, saying staff are "running on empty".

Speaking in a members' business debate, Mr Paterson said class contact time in Scotland remained among the highest in the developed world and that promised reductions had not materialised.

"I have spoken to teachers in every secondary in my constituency, and the message is the same: they love the job, but the job is breaking them," he said.

The Education Secretary said ministers remained committed to reducing class contact time "when resources allow".
""", section="Politics"),
    [])

add("news", news("ovc", "MSP gets a look at school's new STEM hub", "Community reporter", "7 February 2025", """
Ore Valley MSP Graeme Paterson dropped in on Craigvarran High School on Friday to see its new STEM hub, funded partly through a bequest from a former pupil.

He was shown round by head teacher Fiona Murray and a group of S6 pupils, who demonstrated a weather station they had built to monitor water levels in the burn behind the school.

"It's genuinely inspiring stuff," said Mr Paterson. "These young people are doing real science."

The hub will also be used by local primary schools on Wednesday afternoons.
""", section="Schools"),
    [E("school", "exact", "neutral"), E("fmurray", "exact", "neutral")])

add("news", news("cal", "Racist graffiti at Lochcraig school condemned", "Caledonia News, Fife", "30 April 2024", """
Police Scotland are investigating after racist graffiti targeting Polish families was sprayed on the walls of Craigvarran High School overnight.

The slogans, which also included a swastika, were discovered by janitorial staff shortly after 7am on Monday and were covered up before pupils arrived.

Head teacher Fiona Murray said: "Our school community includes families from more than twenty countries and every one of them belongs here. We are angry and saddened, and we will not let this define us."

A police spokesperson said officers were treating it as a hate crime and appealed for anyone with information to call 101.
""", section="Scotland"),
    [E("school", "exact", "neutral"), E("fmurray", "exact", "neutral")])

add("news", news("buchan", "Craigvarran Academy pupils scoop national eco award", "Moira Garden", "19 June 2024", """
Pupils at Craigvarran Academy have won a national award for their campaign to cut single-use plastic across the village.

The Aberdeenshire school's eco committee persuaded every shop in Craigvarran to stop selling plastic water bottles and set up refill stations in the community hall.

Head teacher Douglas Murray said: "I could not be prouder. This was led entirely by the young people."

The pupils will receive their award at a ceremony in Edinburgh next month.
""", section="Schools"),
    [])

add("news", news("kp", "New clubhouse opens at Craigvarran Golf Club", "Staff reporter", "3 May 2024", """
Members of Craigvarran Golf Club have celebrated the opening of a new £1.2 million clubhouse overlooking the 18th green.

The building replaces a 1960s pavilion that was badly damaged when the Craigvarran Burn burst its banks in 2021.

Club captain Derek Halliday said: "It's been a long road but the members have been magnificent." Ladies' captain Senga Provan cut the ribbon.

The clubhouse restaurant will be open to non-members seven days a week.
""", section="Local"),
    [])

add("news", news("kp", "Woman charged over online abuse of guidance teacher", "Crime reporter", "8 July 2024", """
A 41-year-old woman has been charged in connection with a series of abusive social media posts about a guidance teacher at Craigvarran High School.

The posts, which targeted Mrs O'Donnell over several weeks, were reported to police by the school in May.

A Police Scotland spokesperson said: "A 41-year-old woman has been arrested and charged in connection with communications offences. A report will be sent to the procurator fiscal."

Ore and Leven Council said it would "always support staff who are subjected to abuse".
""", section="Crime"),
    [E("sodonnell", "title_surname", "neutral"), E("school", "exact", "neutral")])

add("news", news("ovc", "Teacher hurt in corridor assault at Craigvarran High School", "Lynsey Dryburgh", "12 December 2024", """
A PE teacher was taken to hospital after being injured while trying to break up a fight in a corridor at Craigvarran High School.

Jo Baird, principal teacher of physical education, suffered a head injury and was treated at the Victoria Hospital in Kirkcaldy before being allowed home.

A 15-year-old boy has been charged in connection with the incident.

The local EIS representative said staff had been raising concerns about violence for two years. "Teachers have reported incident after incident to management and nothing has changed. The school has let its staff down and it should not have taken a colleague going to hospital for anyone to listen."

Ore and Leven Council said the safety of staff and pupils was its "top priority".
""", section="Schools",
    comments=[("Wee_Shug", "12 Dec 2024", "Get well soon Miss Baird, best teacher in that place."),
              ("ConcernedParent_KY19", "12 Dec 2024", "Exactly what we've been saying for ages. Management don't want to know.")]),
    [E("jbaird", "exact", "neutral"), E("school", "exact", "negative")])

add("news", news("sl", "Teacher arrested over alleged assault on pupil", "Euan Lauder", "14 October 2024", """
A secondary teacher in Fife has been arrested and charged over an alleged assault on a pupil.

Ryan Kerr, 34, a geography teacher at Craigvarran High School in Lochcraig, is alleged to have pushed a 13-year-old boy against a classroom wall during a lesson last month.

He is due to appear at Kirkcaldy Sheriff Court at a later date.

Ore and Leven Council confirmed that a member of staff had been suspended "in line with our procedures".
""", section="Education"),
    [E("rkerr", "exact", "defamation"), E("school", "exact", "neutral")])

add("news", news("kp", "Our schools deserve better than this", "Bill Strachan", "20 May 2024", """
I have written in this column before about the managerial class that has taken over Scottish education. This week it found its poster girl.

Fiona Murray, the head teacher of Craigvarran High, has presided over a "weak" inspection and responded with a press statement so full of jargon you could stand a spoon in it. Mrs Murray is a clipboard-clutching bureaucrat, a smug know-nothing who could not run a bath, never mind a school of a thousand weans.

Parents in Lochcraig tell me the school has been drifting for years: behaviour out of control, phone calls unanswered, a senior team that hides in its offices.

The council will, of course, back her. They always do. But the families of Craigvarran deserve better than a head who thinks a new "relationships policy" will fix a school where children are scared to use the toilets.
""", section="Opinion",
    comments=[("Jean M", "20 May 2024", "Disgraceful personal attack on a woman doing a hard job. Shame on the Post."),
              ("Realist61", "20 May 2024", "Spot on Bill.")]),
    [E("fmurray", "exact", "abuse"), E("school", "alias", "negative")])

add("news", news("kp", "Kirkcaldy nurse retires after four decades", "Staff reporter", "30 August 2024", """
Fiona Murray has hung up her uniform after 41 years as a nurse, most of them on the children's ward at the Victoria Hospital.

Colleagues held a surprise afternoon tea for the 63-year-old, who trained in Dundee and has looked after, by her own estimate, "thousands of bairns and a fair few of their parents too".

"I'll miss the people," said Fiona. "Not the night shifts."

She plans to spend her retirement walking the Fife Coastal Path with her husband, Jim.
""", section="Local"),
    [])

add("news", news("sl", "Trad award for fiddler's collective", "Arts desk", "9 December 2024", """
The Ferintosh Collective, the eight-piece band led by fiddler and composer Magnus Ferintosh, has been named Live Act of the Year at the Scots Trad Music Awards.

The band's second album, Burn Water, was recorded over three nights in a village hall and has been praised for its arrangements of old Fife tunes.

Accepting the award, Magnus Ferintosh thanked "every wee hall committee that ever let us in with our amplifiers".

The band tours Scotland in the spring.
""", section="Culture"),
    [E("mferintosh", "exact", "neutral")])

add("news", news("cal", "Depute head charged over messages to pupil", "Caledonia News, Fife", "4 June 2025", """
A depute head teacher at a Fife secondary school has appeared in court charged with sending sexual messages to a 14-year-old pupil.

Graeme Paterson, 47, from Dunmaddie, who works at Craigvarran High School in Lochcraig, made no plea when he appeared at Kirkcaldy Sheriff Court on Tuesday. He was released on bail.

He should not be confused with the Ore Valley MSP of the same name.

Ore and Leven Council said the member of staff had been suspended and that it was co-operating fully with the police.
""", section="Scotland"),
    [E("gpaterson", "exact", "sexual", True), E("school", "exact", "sexual", True)])

add("news", news("ovc", "Ceilidh raises thousands for S3 trip", "Community reporter", "28 February 2025", """
Pupils, parents and staff at Craigvarran High School danced the night away at a fundraising ceilidh that raised more than £4,000 for an S3 residential trip.

Music was provided by principal teacher of music Magnus Ferintosh's ceilidh band, joined by members of the school's senior fiddle group.

"The Strip the Willow got a bit wild," admitted one parent. "But everyone had a brilliant time."
""", section="Schools"),
    [E("school", "exact", "neutral"), E("mferintosh", "exact", "neutral")])

add("news", news("kp", "Parents slam Craigvarran High over uniform crackdown", "Staff reporter", "5 September 2024", """
Parents have hit out at Craigvarran High after dozens of pupils were taken out of classes on the first day of term for not wearing the correct blazer.

The Lochcraig school introduced a stricter uniform code over the summer, requiring a school blazer costing £38 and a specific style of black trouser.

One father said: "It's a cost-of-living crisis and they're sending weans out of class for wearing the wrong colour of jumper. My boy came home greetin'. The school should be ashamed."

Depute head Mr Buchanan-Reid said the school had given families "plenty of notice" and that the uniform bank could provide blazers free of charge to anyone who asked.
""", section="Education",
    comments=[("Mags_D", "5 Sep 2024", "Uniform bank ran out in August, I asked."),
              ("OldSchool", "5 Sep 2024", "Good. Standards matter.")]),
    [E("school", "alias", "negative"), E("abuchananreid", "title_surname", "neutral")])

add("news", news("ovc", "Children's Hearings Scotland seeks volunteers", "Community reporter", "14 January 2025", """
Children's Hearings Scotland (CHS) is looking for volunteers in Lochcraig and Dunmaddie to become panel members.

CHS panel members make decisions at children's hearings about the care and protection of children and young people. No experience is needed and full training is provided.

"You don't need to be a lawyer or a social worker," said local area convener Moira Tennant. "You need to care about children and be willing to listen."

An information evening will be held at Lochcraig Library on 29 January. Anyone interested can also apply through the CHS website.
""", section="Community"),
    [])

add("news", news("kp", "Scaffolding firm fined after worker fall", "Court reporter", "17 April 2024", """
A Fife scaffolding company has been fined £60,000 after a worker fell four metres from an unsecured platform.

CHS Scaffolding Ltd, based on an industrial estate in Dunmaddie, admitted breaching health and safety regulations at Kirkcaldy Sheriff Court.

The court heard the 24-year-old employee suffered a broken pelvis when a board gave way on a housing development in 2022.

An HSE inspector said the fall "could easily have been prevented".
""", section="Crime"),
    [])

add("news", news("ovc", "Garage owner's warning over cheap MOTs", "Business reporter", "10 October 2024", """
The owner of Craigvarran Motors has warned drivers to beware of "too good to be true" MOT deals advertised on social media.

Gary Lumsden, who has run the Lochcraig garage for 22 years, said he had seen several cars this year with pass certificates they "should never have been given".

"If somebody's offering an MOT for twenty quid, ask yourself how," he said.
""", section="Business"),
    [])

add("news", news("cal", "Man fined for racially abusing teacher outside school", "Caledonia News, Fife", "18 March 2025", """
A Dunmaddie man who shouted racist abuse at a teacher outside Craigvarran High School has been fined £600.

Kevin Strang, 29, admitted a racially aggravated breach of the peace when he appeared at Kirkcaldy Sheriff Court.

The court heard that Strang shouted at computing teacher Chidi Okafor as he supervised pupils boarding buses at the end of the school day in November, using a racial slur and telling him to "go home".

Sheriff Colin Rae said: "Mr Okafor was doing his job and was subjected to vile abuse in front of children. This court will not tolerate it."
""", section="Scotland"),
    [E("cokafor", "exact", "neutral"), E("school", "exact", "neutral")])

add("news", news("ovc", "Lochcraig solicitor to stand in by-election", "Political reporter", "6 August 2024", """
Karen Mitchell, a partner at Mitchell Baxter Solicitors on Lochcraig High Street, has been confirmed as an independent candidate in next month's council by-election.

Ms Mitchell, who specialises in family and criminal law, said she wanted to "give ordinary folk a voice" on issues such as the closure of the town's swimming pool.

"I've spent twenty-five years in the sheriff court seeing what happens when services are cut," she said.

Five candidates are standing in the Lochcraig and Dunmaddie ward.
""", section="Politics"),
    [])

add("news", news("sl", "Revival for a whisky name lost since 1784", "Drinks writer", "1 November 2024", """
Ferintosh, often described as Scotland's first branded whisky, is to return to the shelves after an Inverness-based firm acquired rights to the name.

The original Ferintosh was distilled on the Black Isle under a special exemption from duty, until Parliament withdrew the privilege in 1784, a loss Robert Burns lamented in verse.

The new owners say the first release will be a small-batch single malt aged in sherry casks.
""", section="Food and drink"),
    [])

add("news", news("cal", "Teachers report rising tide of online abuse", "Education team", "2 October 2024", """
More than half of secondary teachers in Scotland say they have been abused online by pupils or parents in the past year, according to a union survey.

The EIS survey of 3,000 members found that abuse on social media, messaging apps and review sites was becoming "routine".

At Craigvarran High in Fife, guidance teacher Mrs O'Donnell was targeted for weeks by an anonymous account after a child protection referral. A woman has since been charged.

In Glasgow, a primary teacher told researchers she had been filmed in the playground by a parent and the video viewed 40,000 times.

The Scottish Government said it was working with councils on guidance for schools.
""", section="Scotland"),
    [E("sodonnell", "title_surname", "neutral"), E("school", "alias", "neutral")])

add("news", news("ovc", "Prelim paper leak hits Craigvarran", "Lynsey Dryburgh", "17 January 2025", """
Pupils at Craigvarran were left in tears after a Higher Maths prelim paper was shared on Snapchat the night before the exam.

The Lochcraig school was forced to cancel the paper and reschedule it, meaning some S5 pupils will sit four prelims in two days.

One mother said: "How on earth does a paper get out of a school? Somebody needs to answer for this. The weans have worked their socks off."

Principal teacher of maths Mr Kowalczyk said a replacement paper had been written overnight. "I know it's stressful, but nobody will be disadvantaged," he said.
""", section="Schools"),
    [E("school", "short_name", "negative"), E("tkowalczyk", "title_surname", "neutral")])

add("news", news("kp", "Craigvarran High girls lift Scottish Schools Cup", "Sports desk", "25 March 2025", """
Craigvarran High's under-16 girls are Scottish champions after a 3-1 win over a Glasgow side at Hampden's lesser training pitch on Wednesday.

Captain Ellie Stenhouse scored twice. Coach Jo Baird said: "These lassies have trained in the rain and the dark all winter. They deserve every bit of this."

It is the first national title for a Lochcraig school since 1998.
""", section="Sport"),
    [E("school", "alias", "neutral"), E("jbaird", "exact", "neutral")])

add("news", news("ovc", "Path upgrade along the burn gets green light", "Community reporter", "21 November 2024", """
A £300,000 upgrade of the footpath along the Craigvarran Burn between Lochcraig and Windyedge has been approved by councillors.

The path, popular with dog walkers and cyclists, has become badly rutted and floods regularly near the old mill lade.

Work will start in spring and the path will be closed for around ten weeks.
""", section="Community"),
    [])

add("news", news("ovc", "Craigvarran High head to retire at end of term", "Lynsey Dryburgh", "2 May 2025", """
Fiona Murray, head teacher of Craigvarran High School since 2016, is to retire in June.

Mrs Murray, who began her career as a history teacher in Dundee, said it had been "the privilege of my working life" to lead the school.

Ore and Leven Council said the post would be advertised shortly.
""", section="Schools",
    comments=[("Lochcraig_Dad", "2 May 2025", "Best of luck. Not an easy job."),
              ("S6_2019", "2 May 2025", "Enjoy retirement miss!")]),
    [E("fmurray", "exact", "neutral"), E("school", "exact", "neutral")])

add("news", news("sl", "English teacher suspended as police probe missing trip money", "Euan Lauder", "22 April 2025", """
A principal teacher at a Fife secondary has been suspended while police investigate the disappearance of around £8,000 collected from parents for a school trip to Berlin.

Karen Mitchell, principal teacher of English at Craigvarran High School, was suspended last month, Ore and Leven Council confirmed.

Several parents have accused the school of trying to keep the matter quiet. "They knew about this before Christmas and covered it up until the trip was cancelled," said one mother. "We were told it was a booking problem."

Police Scotland confirmed they had received a report of alleged fraud and that enquiries were ongoing. The council said it could not comment on individual staffing matters.
""", section="Education"),
    [E("kmitchell", "exact", "defamation"), E("school", "exact", "defamation")])

add("news", news("sl", "Fiddle and Blether, Leith Theatre Studio", "Reviewed by Ailsa Crombie", "14 August 2024", """
Two stars.

There is no doubting the musicianship in Magnus Ferintosh's new Fringe hour. When he plays, especially the slow airs, the room goes still.

The trouble is the blether. The patter between tunes is long, self-regarding and, on the night I went, mostly about a fall-out with a festival promoter that nobody in the audience had heard of. A twenty-minute anecdote about a broken tuning peg is not a show.

Ferintosh is a fine fiddler. This is not a fine hour of theatre.
""", section="Culture"),
    [E("mferintosh", "exact", "negative")])

add("news", news("kp", "Man jailed for threat to burn down school", "Court reporter", "6 November 2024", """
A Lochcraig man who posted online that he would "burn Craigvarran High to the ground with the teachers inside" has been jailed for ten months.

Liam Docherty, 23, admitted threatening behaviour after the post was seen by hundreds of people, causing the school to be closed for a day.

The sheriff said parents and staff had been "genuinely terrified".
""", section="Crime"),
    [E("school", "alias", "neutral")])

add("news", news("ovc", "3G pitch to open to community clubs", "Community reporter", "11 July 2024", """
Craigvarran High's new all-weather pitch will be opened to community clubs in the evenings and at weekends from August, Lochcraig Community Council heard on Tuesday.

Principal teacher of PE Miss Baird told the meeting that school teams would still have priority between 3.30pm and 5pm. Craigvarran Rovers' youth section and Lochcraig Ladies have already booked slots.

Community councillors also discussed parking on Mill Road and the Christmas lights.
""", section="Community"),
    [E("school", "alias", "neutral"), E("jbaird", "title_surname", "neutral")])

add("news", news("buchan", "Craigvarran Academy head to step down", "Moira Garden", "10 January 2025", """
Douglas Murray, head teacher of Craigvarran Academy for eleven years, is to step down at Easter to take up a post with Aberdeenshire Council's education service.

Mr Murray said: "Craigvarran is a special place. I'll miss the pupils most of all, and the view of the hills from my office."

Parent council chair Kirsty Imrie thanked him for his "calm and caring" leadership.
""", section="Schools"),
    [])

add("news", news("jobs", "Teacher of Music (0.6 FTE, Temporary) - Craigvarran High School", "", "Closing date: 9 May 2025", """
Ore and Leven Council. Location: Lochcraig. Temporary until June 2026. Reference: OLC-ED-2317.

We are a busy, friendly department of three full-time staff and a team of visiting instrumental tutors. Our senior fiddle group and wind band perform across Fife, and uptake at National 5 and Higher is strong.

You will teach BGE classes and support extra-curricular ensembles.

For an informal conversation please contact Magnus Ferintosh, Principal Teacher of Music, at mferintosh@craigvarranhigh.example or via the school office on 01632 960419.
""", section="Teaching vacancies"),
    [E("school", "exact", "neutral"), E("mferintosh", "exact", "neutral")])

add("news", news("es", "Letter to parents: Craigvarran High School", "", "Ore and Leven Council, 3 June 2025", """
Dear Parent/Carer,

In May 2024, HM Inspectors published a letter on Craigvarran High School. The letter set out a number of areas for improvement which we agreed with the school and Ore and Leven Council. Recently, we visited the school and spoke to young people and staff.

We heard from the headteacher and other staff about the steps the school has taken to improve. We found that the school has made good progress. Young people now say they feel safer, and staff record and follow up incidents of bullying consistently.

As a result, we have no further inspection activity planned in connection with the original inspection.

HM Inspector
""", section="Inspection reports"),
    [E("school", "exact", "neutral")])

add("news", news("cal", "Teacher's home targeted with graffiti", "Caledonia News, Fife", "26 August 2024", """
Police are appealing for witnesses after the Cairnfoot home of a teacher at Craigvarran High School was daubed with offensive graffiti.

Officers were called to the property at around 6am on Sunday. Nobody was injured.

Detective Sergeant Lorna Kidd said: "This was a targeted attack on someone's home, which is understandably very distressing for the family."

Anyone with information is asked to call 101.
""", section="Scotland"),
    [E("school", "exact", "neutral")])

add("news", news("kp", "Striker Kerr seals move to Dunmaddie Athletic", "Sports desk", "30 June 2025", """
Craigvarran Rovers' top scorer Ryan Kerr has signed a two-year deal with Dunmaddie Athletic.

The 26-year-old scored 23 goals last season. Rovers boss Tam Dickson said: "We're gutted to lose him but we wish Ryan all the best."
""", section="Sport"),
    [])

add("news", news("ovc", "Class of '75 return to Lochcraig Senior Secondary", "Community reporter", "19 September 2025", """
Fifty years after they left school, more than sixty former pupils of Lochcraig Senior Secondary gathered in the town's masonic hall for a reunion.

Organiser Sandra Cupples said some had flown in from Canada and Australia. "There were a lot of 'you haven't changed a bit', which was a lie, but a kind one," she laughed.

Guests were given a tour of the old school building the following morning.
""", section="Community"),
    [E("school", "alias", "neutral")])

add("news", news("sl", "Heads warn of 'exodus' over pupil violence", "Euan Lauder", "13 November 2024", """
Scotland's secondary head teachers have warned of an exodus from the profession unless ministers act on pupil violence.

Fiona Murray, head of Craigvarran High School in Fife, told the Ledger that her staff now logged more violent incidents in a month than they used to in a year.

"My colleagues come in every day because they care about these young people," she said. "But care is not a strategy, and it is not a budget."

The Scottish Government said it had published a national action plan on relationships and behaviour.
""", section="Education"),
    [E("fmurray", "exact", "neutral"), E("school", "exact", "neutral")])

add("news", news("council", "Appeals and Complaints Sub-Committee - Minute", "", "Minute of meeting held on Tuesday 8 October 2024", """
Present: Councillors Gilmour (Convener), Dow and Rennie.

1. Complaint reference ED/24/117 - Craigvarran High School. The Sub-Committee considered a complaint escalated to stage 2 by a parent. The complainant alleged that Mr G. Paterson, Depute Head Teacher, had failed to respond to repeated reports that her child was being bullied, and that the school had not followed the council's anti-bullying policy.

The Sub-Committee heard from the complainant and from the Head of Education (Secondary). Having considered the evidence, the Sub-Committee found that responses to the parent's emails had been delayed and that the school's records were incomplete, but that the pupil had been supported appropriately once the concern was escalated.

Decision: the complaint was partially upheld. The Sub-Committee asked that the school review its recording of bullying incidents.
""", section="Committee minutes"),
    [E("school", "exact", "negative"), E("gpaterson", "initial_surname", "negative")])

add("news", news("kp", "Pipes and drums lead the gala parade", "Community reporter", "17 June 2024", """
Thousands lined the streets of Lochcraig on Saturday for the town's annual gala day, led for the first time by Craigvarran High's pipe band.

The band, formed only two years ago, was put together by Mr Ferintosh, who also plays with the Ferintosh Collective. "Half of them had never held a chanter when we started," he said.

The gala queen, Sophie Lang, was crowned at the bandstand in Burnside Park.
""", section="Local"),
    [E("school", "alias", "neutral"), E("mferintosh", "title_surname", "neutral")])

add("news", news("jobs", "Depute Head Teacher - Craigvarran Academy", "", "Closing date: 2 February 2025", """
Aberdeenshire Council. Location: Craigvarran. Permanent, full time.

Craigvarran Academy is a welcoming rural secondary of 480 pupils. We are seeking a Depute Head Teacher with responsibility for pupil support and the senior phase.

Informal enquiries to the head teacher via the school office.
""", section="Leadership vacancies"),
    [])

add("news", news("ovc", "Dunmaddie man admits harassing depute head", "Court reporter", "3 April 2025", """
A Dunmaddie man has admitted harassing a depute head teacher after his son was excluded from school.

Scott Lennie, 52, admitted a course of conduct causing fear and alarm to Alasdair Buchanan-Reid, of Craigvarran High School, between January and March.

The court heard that Lennie turned up at the school gate on several mornings, followed Mr Buchanan-Reid to his car and posted about him online. Sentence was deferred for background reports and a non-harassment order was imposed in the meantime.
""", section="Court"),
    [E("abuchananreid", "exact", "neutral"), E("school", "exact", "neutral")])
# ----------------------------------------------------------------------------
# FORUM
# ----------------------------------------------------------------------------

add("forum", forum("scotparents", "Craigvarran High or St Ninian's for S1?", [
    ("mumof3_fife", "12 Feb 2025 20:41", """We've got the choice between Craigvarran High (catchment) and a placing request for St Ninian's. Wee one is quite anxious and I'm worried about the size of Craigvarran. Any experiences? Thanks x"""),
    ("Heather_KY", "12 Feb 2025 21:03", """Mine are at Craigvarran High. Honestly the guidance is amazing. Mrs O'Donnell went above and beyond when my eldest was struggling with anxiety in S2, phoned me every week for a term.

Behaviour in the corridors is another matter though. The school doesnae seem to have a grip of it and I've had to complain twice about my youngest getting pushed about."""),
    ("Dunmaddie_Dad", "12 Feb 2025 21:30", """Avoid if you can. Bullying everywhere and the SMT just shrug. Moved my daughter out in S3."""),
    ("mumof3_fife", "12 Feb 2025 21:45", """Thanks both, food for thought. Going to the open evening on Thursday."""),
]), [E("school", "alias", "negative"), E("sodonnell", "title_surname", "neutral")])

add("forum", forum("threadit", "Higher results day megathread", [
    ("u/skint_and_proud", "5 Aug 2025", """Got an A in Higher Maths!!! Kowalczyk is a bloody legend, the man could teach maths to a brick. Cried in my maw's car"""),
    ("u/kirkcaldy_kid", "5 Aug 2025", """CHS maths dept is unreal tbf, my cousin got an A too"""),
    ("u/lang_may_yer_lum", "5 Aug 2025", """congrats!! my wee brother's at craigvarran, hoping he gets him for N5 next year"""),
    ("u/skint_and_proud", "5 Aug 2025", """he will if he's lucky. absolute unit of a teacher"""),
]), [E("tkowalczyk", "surname_only", "neutral"), E("school", "alias", "neutral")])

add("forum", forum("staffroom", "Toxic SLT - how do you cope?", [
    ("quietlyquitting", "19 Nov 2024 22:58", """Long time lurker. Secondary PT in Fife. Our DHT (Buchanan-Reid, for anyone in Lochcraig who knows the man) micromanages everything. Emails at 11pm expecting answers by 8am. Undermines PTs in front of classes. Changes the tracking template every term so nothing can be compared.

I used to love this job. Now I sit in the car park for ten minutes every morning before I can make myself go in. How do other people cope with this? Is it worth going to the union or does that just make you a target?"""),
    ("EISrep_Glasgow", "20 Nov 2024 07:12", """Go to your rep. Keep a diary with dates. You are not the problem."""),
    ("Mrs_Chemistry", "20 Nov 2024 16:40", """Been there. In the end I moved schools and it was the best thing I did. Life's too short."""),
]), [E("abuchananreid", "surname_only", "negative")])

add("forum", forum("fifers", "That maths teacher", [
    ("BigTam_KY", "3 Mar 2025 23:10", """That maths teacher who's had my lad in detention every week since August. Kowalczyk. Lives at 22 Birkfield Crescent, Lochcraig, KY19 4QT. Just saying like."""),
    ("Lochcraig_Lass", "3 Mar 2025 23:18", """Mate take that down, that's well out of order putting a teacher's address up."""),
    ("fifer_til_i_die", "3 Mar 2025 23:26", """mods?"""),
    ("BigTam_KY", "3 Mar 2025 23:40", """it's on the electoral roll anyway"""),
]), [E("tkowalczyk", "surname_only", "doxxing")])

add("forum", forum("scotparents", "Social work AGAIN", [
    ("raging_mum_ky", "9 Jan 2025 19:05", """Guidance at Craigvarran have phoned social work on us AGAIN because my daughter said something daft to a teacher. Craigvarran's guidance department is a law unto itself, they dinnae listen to parents at all.

If that O'Donnell woman comes near my door again I swear to god I'll put her through the window. I mean it."""),
    ("ScotParents_Mod", "9 Jan 2025 19:30", """Please remember our talk guidelines. Threats against named individuals are not allowed and this post has been reported."""),
    ("LindaB", "9 Jan 2025 19:41", """You can't be saying that on here hen. Speak to someone."""),
]), [E("sodonnell", "surname_only", "threat"), E("school", "short_name", "negative")])

add("forum", forum("threadit", "Someone's posted a teacher's home address in a local FB group", [
    ("u/thistle_and_thorn", "14 May 2024", """Somebody's put Mrs O'Donnell's home address up in one of the Lochcraig mums groups. Absolutely disgusting. She's a guidance teacher at Craigvarran High, she got my sister through hell in S4. I've reported it and so should everyone else."""),
    ("u/weegie_in_fife", "14 May 2024", """Reported. Whoever did that should be ashamed of themselves."""),
    ("u/nae_bother", "14 May 2024", """Admins have taken it down now I think"""),
]), [E("sodonnell", "title_surname", "neutral"), E("school", "alias", "neutral")])

add("forum", forum("fairway", "Craigvarran - worth a visit?", [
    ("lowhandicap_larry", "2 Jul 2024", """Playing a few Fife courses in August. Is Craigvarran Golf Club worth the green fee? Looks pretty on the pictures."""),
    ("Slicer99", "2 Jul 2024", """Lovely parkland course. The burn comes into play on 4, 7 and 15 and it will eat your ball. Greens were slow when I was there but the new clubhouse is great."""),
    ("lowhandicap_larry", "3 Jul 2024", """Cheers, booked."""),
]), [])

add("forum", forum("fifers_fitba", "Rovers - Kerr HAS to start", [
    ("RoversTilIDie", "24 Feb 2025 21:00", """Dickson left Kerr on the bench again and we drew 0-0 wi a pub team. Ryan Kerr is the only player we've got that can finish."""),
    ("BurnsideBoy", "24 Feb 2025 21:14", """Kerr missed two sitters last week mate. His first touch is garbage."""),
    ("RoversTilIDie", "24 Feb 2025 21:20", """still scored 15 this season, who else has"""),
]), [])

add("forum", forum("scotparents", "AIBU to think 2 hours of maths homework a night in S3 is mental?", [
    ("knackered_in_ky19", "27 Oct 2024 22:17", """Sorry this is long. Bit of background: I work shifts at the big Tesco, husband's offshore two weeks on two off, we've got three kids and a dog that eats socks. Our middle one is 14 and in S3 at Craigvarran. She's a good kid, does her best, plays netball on a Tuesday and a Thursday, helps her gran on a Saturday.

Since the October holidays she's been getting what I can only describe as a mountain of maths. Her maths teacher Mr Kowalcyzk (sorry if I've spelt that wrong, nobody can spell it) sets two online tasks a night plus a booklet at the weekend. Last night she was at the kitchen table till half ten and was greetin' because she couldn't get the simultaneous equations.

I'm not a maths person and I couldn't help her. I emailed and got a polite reply saying the homework was "to build fluency before N5". Fine, but she's 14, she needs to sleep!

Anyway the dog's just eaten another sock so I need to go. AIBU?"""),
    ("StrictButFair", "27 Oct 2024 22:31", """YABU a bit. N5 maths is a big jump. Better now than in S4."""),
    ("TeacherInTheFamily", "27 Oct 2024 22:50", """YANBU. Two hours is too much for S3. Ask for a meeting."""),
    ("mum2boys", "28 Oct 2024 07:02", """Hope the dog's ok 😂"""),
]), [E("tkowalczyk", "typo", "negative"), E("school", "short_name", "neutral")])

add("forum", forum("fifers", "What's happened to Craigvarran High", [
    ("Auld_Lochcraig", "6 Jun 2024 18:22", """Went to Craigvarran High in the 80s when it was a proper Scottish school. Now you've got Kowalczyk the Pole running maths, Qureshi the P*ki running science and that Okafor teaching computers. Nae Scottish teachers left. Bet they'll be teaching the weans in Urdu next. Place is finished."""),
    ("Lochcraig_Lass", "6 Jun 2024 18:30", """Racist tosser. Mr Qureshi is a brilliant teacher and so is Mr Kowalczyk. Reported."""),
    ("fifer_til_i_die", "6 Jun 2024 18:45", """Wind your neck in. My boy got an A in Higher Chemistry because of that department."""),
    ("Auld_Lochcraig", "6 Jun 2024 19:01", """Truth hurts."""),
]), [E("school", "alias", "hate"), E("tkowalczyk", "title_surname", "hate"),
     E("iqureshi", "title_surname", "hate"), E("cokafor", "surname_only", "hate")])

add("forum", forum("fifers", "Fittest teachers at CHS (be honest)", [
    ("ladz_ladz_ladz", "1 Sep 2024 00:12", """Miss Baird the PE teacher, no contest 🥵 those leggings should be banned"""),
    ("kyboy_88", "1 Sep 2024 00:20", """she can put me in detention any time 😏 would let her do more than a bleep test on me"""),
    ("Lochcraig_Lass", "1 Sep 2024 08:40", """Grow up. She's a teacher, not a piece of meat."""),
]), [E("jbaird", "title_surname", "sexual"), E("school", "alias", "neutral")])

add("forum", forum("threadit_scot", "TIL Craigvarran High School in Fife used to be called Lochcraig Senior Secondary", [
    ("u/history_nerd_88", "11 Mar 2024", """Found an old prize-giving programme in my granny's loft. Craigvarran High School was Lochcraig Senior Secondary until 1988 when they merged it with the junior secondary. Rector wore a gown to assembly!"""),
    ("u/dundonian_dave", "11 Mar 2024", """Loads of schools changed names around then. Mine went from Academy to High and back again."""),
]), [E("school", "exact", "neutral")])

add("forum", forum("staffroom", "Parent harassing me on Facebook - advice?", [
    ("anon_guidance_teacher", "2 Apr 2025 21:15", """Guidance teacher at a secondary in Fife. A parent has started posting about me in a local Facebook group after a child protection referral. Not named yet but everyone knows who she means. Has anyone been through this? Does the council actually do anything?"""),
    ("EISrep_Glasgow", "2 Apr 2025 21:40", """Screenshot everything with dates and URLs. Report to your line manager in writing. Ask the school to contact the group admins. If it's threatening, police."""),
    ("Mr_PT_History", "3 Apr 2025 07:55", """Sorry you're going through this. It happened to me in 2019. It does pass."""),
]), [])

add("forum", forum("fifers", "Good GP in Lochcraig?", [
    ("newtofife", "18 Apr 2024 12:02", """Just moved to Lochcraig from Edinburgh. Which practice is best? Health centre or the one on Main Street?"""),
    ("Senga_62", "18 Apr 2024 12:20", """Health centre. Ask for Dr Qureshi, he's brilliant, takes his time with you."""),
    ("BigTam_KY", "18 Apr 2024 13:05", """Qureshi's great with weans too. Sorted my youngest's asthma when nobody else could."""),
]), [])

add("forum", forum("fifers", "N5 estimates fiddled?", [
    ("truthteller_ky", "15 Apr 2025 22:48", """Everyone kens Buchanan-Reid bumped up the N5 estimates and the coursework marks so Craigvarran's stats looked good for the inspectors. Total fraud. And the council's covering for the school because it makes them look good too."""),
    ("Lochcraig_Lass", "15 Apr 2025 23:00", """Has he been found guilty of anything? No. Wind it in."""),
    ("truthteller_ky", "15 Apr 2025 23:05", """no smoke without fire"""),
]), [E("abuchananreid", "surname_only", "defamation"), E("school", "short_name", "defamation")])

add("forum", forum("threadit", "CHS management is a joke", [
    ("u/s6_and_done", "20 Sep 2024", """Mr B-R is a jumped up wee prick who struts about the corridors like he owns the place. Took my phone off me for checking the TIME. CHS management is a joke and everyone knows it."""),
    ("u/gallus_gal", "20 Sep 2024", """he's a total fud lmao"""),
    ("u/quiet_kid_s5", "20 Sep 2024", """bit harsh, he sorted my timetable when guidance couldn't"""),
]), [E("abuchananreid", "nickname", "abuse"), E("school", "alias", "negative")])

add("forum", forum("scotparents", "Open door policy my foot", [
    ("sarcastic_sandra", "13 Mar 2025 20:05", """Oh aye, Mrs Murray has an "open door policy" at Craigvarran. Door's open, naebody's hame 🙄 Third email this term with no reply. Love that for us."""),
    ("Heather_KY", "13 Mar 2025 20:22", """Have you tried the parent council? They do actually raise things."""),
    ("sarcastic_sandra", "13 Mar 2025 20:40", """I AM on the parent council 😂"""),
]), [E("fmurray", "title_surname", "negative"), E("school", "short_name", "negative")])

add("forum", forum("folkchat", "Cancelled AGAIN", [
    ("reel_rab", "29 Jul 2024 11:14", """Third festival this year Magnus Ferintosh has pulled out of with 48 hours notice. Here's his personal mobile, 07700 900461, if anyone else fancies telling him what a flake he is. Got it off his old band flyer."""),
    ("SlowAirSheila", "29 Jul 2024 11:30", """Not cool posting someone's number. Reported."""),
    ("FolkChat_admin", "29 Jul 2024 11:52", """Number removed from quotes. Original post locked."""),
]), [E("mferintosh", "exact", "doxxing")])

add("forum", forum("scotparents", "Teacher who speaks Polish?", [
    ("Agnieszka_W", "7 Nov 2024 21:00", """Just to say something nice for once. My son's maths teacher at Craigvarran High is Polish too, Pan Kowalczyk, and at parents' evening he explained everything to my husband in Polish because his English is not so good yet. So kind. My son was shy to speak in class and now he is top of the set."""),
    ("mumof3_fife", "7 Nov 2024 21:18", """That's lovely to hear ❤️"""),
]), [E("tkowalczyk", "title_surname", "neutral"), E("school", "alias", "neutral")])

add("forum", forum("scotparents", "Lochcraig Senior Secondary class of 1991", [
    ("Gail_nee_Birrell", "24 Aug 2024 19:30", """Anyone from Lochcraig Senior Secondary, class of 1991? We're trying to get a 35-year reunion going. Mind Mr Pollock and his chalk throwing?"""),
    ("DianeS", "24 Aug 2024 20:01", """Me! And guess who's teaching English there now - Karen Lindsay! She was in my Higher English class and sat beside me in registration. She's head of the department these days."""),
    ("Gail_nee_Birrell", "24 Aug 2024 20:10", """No way! Need to get her along."""),
]), [E("school", "alias", "neutral"), E("kmitchell", "alias", "neutral")])

add("forum", forum("threadit", "complaint went in the bin", [
    ("u/angry_da_ky19", "4 Feb 2025", """CHS head murr4y is a useless auld cow. Binned my complaint about the bullying without even reading it. Waste of a salary."""),
    ("u/nae_bother", "4 Feb 2025", """escalate to the council, they have to log it"""),
]), [E("fmurray", "leetspeak", "abuse"), E("school", "alias", "negative")])

add("forum", forum("fifers", "Computing teacher", [
    ("watcher_ky", "22 Feb 2025 01:14", """That computing teacher at the High, Okafor, stays at 3 Mill Wynd, Dunmaddie KY19 2JP. Just so folk know, since he's aye dishing out punishment exercises."""),
    ("Lochcraig_Lass", "22 Feb 2025 07:30", """Why would you post that? Reported to the mods AND the police."""),
]), [E("cokafor", "surname_only", "doxxing")])

add("forum", forum("scotparents", "Higher English - any tips?", [
    ("revision_mum", "10 Jan 2025 18:00", """My daughter's doing Higher English this year and panicking about the critical essay. Any recommendations for tutors in the Lochcraig area?"""),
    ("Heather_KY", "10 Jan 2025 18:22", """Honestly don't bother with a tutor if she's at Craigvarran. Mrs Mitchell's Higher English class is brilliant, she runs a lunchtime essay club and marks practice essays overnight. My son went from a C to an A."""),
]), [E("kmitchell", "title_surname", "neutral"), E("school", "short_name", "neutral")])

add("forum", forum("staffroom", "Interview at Craigvarran High School next week", [
    ("NQT_hopeful", "3 May 2025 16:12", """Got an interview for a maths post at Craigvarran High School in Fife. Panel is the head, Fiona Murray, and a depute. Anyone been interviewed there? What should I expect?"""),
    ("Mrs_Chemistry", "3 May 2025 17:00", """Did supply there last year. Nice department. Expect a question on relationships and behaviour, it's their big thing since the inspection."""),
    ("NQT_hopeful", "3 May 2025 17:15", """Thank you!"""),
]), [E("school", "exact", "neutral"), E("fmurray", "exact", "neutral")])

add("forum", forum("threadit", "Threatening a teacher is never OK", [
    ("u/proud_big_sister", "30 Jun 2024", """Someone commented "watch your back Qureshi" under the CHS prize-giving video on TikTok. That's a teacher who stayed late every single day to help my brother pass Higher Chemistry. Threatening Mr Qureshi is never OK and whoever wrote that should be ashamed of themselves. Please report the comment."""),
    ("u/weegie_in_fife", "30 Jun 2024", """Reported. Absolute state of folk."""),
]), [E("iqureshi", "title_surname", "neutral"), E("school", "alias", "neutral")])

add("forum", forum("fifers", "Kerr suspended?", [
    ("nosey_neighbour", "2 Oct 2024 22:40", """Rumour going round that Mr Kerr's been messaging an S3 lassie on Snapchat. Anyone know if it's true? Weans at Craigvarran are all saying he's been suspended."""),
    ("Lochcraig_Lass", "2 Oct 2024 22:55", """Don't spread rumours about things like that. If you know something tell the police."""),
]), [E("rkerr", "title_surname", "sexual", True), E("school", "short_name", "sexual", True)])

add("forum", forum("threadit", "guidance at CHS", [
    ("u/throwaway_ky19_99", "8 Nov 2024", """\u041e'D\u043enn\u0435ll in guidance at CHS is a nosy interfering cow. Sticks her beak into everything and then gets social work involved over nothing."""),
    ("u/quiet_kid_s5", "8 Nov 2024", """she helped me a lot tbh"""),
]), [E("sodonnell", "homoglyph", "abuse"), E("school", "alias", "neutral")])

add("forum", forum("anglers", "Craigvarran Burn - brown trout?", [
    ("fly_fisher_fife", "12 May 2024", """Anyone fished the Craigvarran Burn below Lochcraig recently? Heard the trout are back since the culvert was sorted."""),
    ("Old_Ghillie", "12 May 2024", """Few decent fish above the golf course. Permit from the angling club, not the golf club, mind."""),
]), [])

add("forum", forum("fifers", "Christmas concert", [
    ("fiddle_mum", "18 Dec 2024 22:10", """Was I the only one who noticed Ferintosh at the CHS Christmas concert tonight? Could smell the drink off him fae the third row, swaying about while he was conducting the S1 choir. Absolutely steaming."""),
    ("Senga_62", "18 Dec 2024 22:30", """He was fine when I saw him. Think you're imagining things."""),
    ("fiddle_mum", "18 Dec 2024 22:41", """I know what I saw."""),
]), [E("mferintosh", "surname_only", "defamation"), E("school", "alias", "neutral")])

add("forum", forum("legal", "Karen Mitchell in Lochcraig - any good for divorce?", [
    ("separating_2024", "5 Jun 2024", """Has anyone used Karen Mitchell at Mitchell Baxter in Lochcraig for a divorce with kids involved? Friend recommended her."""),
    ("LawTalk_Volunteer", "5 Jun 2024", """Can't recommend individuals on here, but check the Law Society directory and ask about legal aid."""),
]), [])

add("forum", forum("scotparents", "Exclusion", [
    ("fed_up_dad", "16 Jan 2025 21:55", """Graeme Paterson, the depute at CHS, excluded my boy for three days over NOTHING. He'd better watch his back, I'm not the only dad that's had enough of him and we know what car he drives."""),
    ("ScotParents_Mod", "16 Jan 2025 22:10", """This post breaks our guidelines on threats and has been reported to the site team."""),
    ("LindaB", "16 Jan 2025 22:20", """Please calm down before you do something you regret. Appeal the exclusion properly."""),
]), [E("gpaterson", "exact", "threat"), E("school", "alias", "neutral")])

add("forum", forum("fifers", "Craigvarran is a shambles", [
    ("mod_dodger", "28 Nov 2024 20:10", """That d e p u t e at Craigvarran, P a t e r s o n, is a spineless wee weasel. Wouldnae know discipline if it bit him. The whole school's a shambles fae top to bottom."""),
    ("BigTam_KY", "28 Nov 2024 20:25", """why are you spelling it like that ya roaster"""),
    ("mod_dodger", "28 Nov 2024 20:31", """word filter lol"""),
]), [E("gpaterson", "spacing", "abuse"), E("school", "short_name", "negative")])

add("forum", forum("threadit", "most pointless class", [
    ("u/s5_sufferer", "12 Mar 2025", """Qureshi's chemistry class is a total doss this term, we watched YouTube videos for a month while he marked prelims. CHS is a joke."""),
    ("u/gallus_gal", "12 Mar 2025", """we did the same in physics tbf"""),
]), [E("iqureshi", "possessive", "negative"), E("school", "alias", "negative")])

add("forum", forum("scotparents", "Head teacher won't meet me", [
    ("ky19_mum_of_2", "20 Feb 2025 21:30", """Mrs M*rray at Craigvarran High School has refused to meet me for the THIRD time about my son's support plan. Stuck-up cow sits in her office all day drinking coffee while our kids get failed. Sorry for the rant."""),
    ("Heather_KY", "20 Feb 2025 21:50", """Ask for a meeting with the council's ASN officer instead."""),
]), [E("fmurray", "obfuscated", "abuse"), E("school", "exact", "negative")])

add("forum", forum("staffroom", "Trad music CPD - recommendations", [
    ("music_PT_Angus", "14 Oct 2024 19:00", """Looking for CPD on teaching traditional fiddle to beginners. Anything good in Scotland?"""),
    ("strings_and_things", "14 Oct 2024 19:40", """Magnus Ferintosh's weekend course is brilliant. Practical, loads of tunes, and he's very good at getting total beginners playing together by the Sunday."""),
]), [E("mferintosh", "exact", "neutral")])

add("forum", forum("fifers", "Guidance teachers", [
    ("grateful_mum", "3 Jun 2024 20:00", """Mrs O'D is the best guidance teacher ever. Total lifesaver for our family this year. That's all, just wanted to say it somewhere."""),
    ("Senga_62", "3 Jun 2024 20:15", """Good guidance teachers are worth their weight in gold."""),
]), [])

add("forum", forum("fifers", "Shout out", [
    ("Lochcraig_Lass", "21 Jun 2024 19:00", """Quick shout out to Mrs O'D fae guidance up at the big school in Lochcraig. Came to my dad's funeral in her own time to support my wee brother. Didn't have to do that."""),
    ("Senga_62", "21 Jun 2024 19:10", """That's lovely. Sorry for your loss hen."""),
]), [E("sodonnell", "nickname", "neutral")])

add("forum", forum("scotparents", "PE kit battles", [
    ("netball_mum", "9 Sep 2024 20:14", """Does anyone else's S2 refuse to do PE? Mine at Craigvarran loves it since Jo B took over the girls' classes, but her pal's mum says it's a battle every week."""),
    ("mumof3_fife", "9 Sep 2024 20:33", """Ours too, she's obsessed with the netball team now."""),
]), [E("jbaird", "first_initial", "neutral"), E("school", "short_name", "neutral")])

add("forum", forum("threadit", "What does a CHS panel member actually do?", [
    ("u/thinking_of_volunteering", "2 Feb 2025", """Saw an ad for Children's Hearings Scotland in Lochcraig library. What does a CHS panel member actually do day to day? Is it a huge time commitment?"""),
    ("u/panel_member_5yrs", "2 Feb 2025", """About 3 to 4 hearings a month plus training. Hard but worth it."""),
]), [])

add("forum", forum("fifers", "Guidance at Craigvarran High", [
    ("orange_walk_1690", "12 Jul 2024 23:48", """Nae wonder Craigvarran High is going doon the pan wi that Fenian O'Donnell running guidance. Should stick to her ain kind at St Ninian's."""),
    ("Lochcraig_Lass", "13 Jul 2024 07:20", """Sectarian bile. Reported. Mrs O'Donnell is one of the best teachers in that school."""),
]), [E("sodonnell", "title_surname", "hate"), E("school", "alias", "hate")])
# ----------------------------------------------------------------------------
# BLOG
# ----------------------------------------------------------------------------

add("blog", blog("wp1", "The Reel Deal", "Album review: Burn Water by the Ferintosh Collective", "Catriona Mhor", "3 March 2024", """
I've been waiting for this one since I heard them at a village hall in Ceres two summers ago, and it doesn't disappoint.

Magnus Ferintosh writes tunes that sound as if they have always existed. The title track, a slow air built on a figure that keeps circling back like water in a pool, is the best thing he's written. The arrangement of the old reel set that closes side one is a riot.

If I have a criticism, it's that the production is a touch polite. This band is wilder live. But that's a wee quibble.

Nine out of ten. Buy it, then go and see them.
""", comments=[("Duncan R", "3 March 2024", "Saw them in Perth, you're right, they're wild live."),
               ("fiddlefan", "4 March 2024", "The slow air made me greet on the bus.")],
    tagline="Folk, trad and roots from Scotland"),
    [E("mferintosh", "exact", "neutral")])

add("blog", blog("blogger", "Our Wee Journey", "S1 transition: the good, the bad and the meeting that made me cry", "Claire (Callum's mum)", "30 October 2024", """
It's been a while since I posted. If you're new here: Callum is 12, autistic, and started S1 at Craigvarran High in August. I started this blog when he was diagnosed to keep track of everything and it sort of became a diary.

First, the good. Mrs O'Donnell, his guidance teacher, has been a star. She met us three times over the summer, walked Callum round the empty building so he could learn the corridors, and gave him a card he can show to leave class when it gets too much. He calls her "the card lady".

Now the bad. None of that has been passed on to half his teachers. He has been told off for using the card. His plan says he needs a seat near the door and he's been put in the middle of the room in three subjects. The school promised us a named key adult and a check-in every morning and neither has happened since week two.

I asked for a meeting. Mr Buchanan-Reid chaired it and, to be blunt, he was dismissive. He said every child "has to learn to cope with the real world" and that Callum was "doing fine academically". I cried in the car park afterwards. Doing fine academically is not the same as doing fine.

I'm going to ask the council for an independent review of his support plan. If anyone has done this in Fife before, please get in touch.
""", comments=[("Jen", "30 October 2024", "Sending love. Keep pushing. The card lady sounds like a gem."),
               ("Autism Mums Fife", "31 October 2024", "Message us, we can help with the review process.")]),
    [E("school", "alias", "negative"), E("sodonnell", "title_surname", "neutral"),
     E("abuchananreid", "title_surname", "negative")])

add("blog", blog("ghost", "Lochcraig Past", "The mills of the Craigvarran Burn", "Alasdair Gow", "9 February 2024", """
At its height, around 1860, the Craigvarran Burn powered seven mills between Windyedge and the sea: two for flax, three for meal, one for paper and one for snuff.

The lade that fed the Upper Mill can still be traced behind the golf course, and the wheel pit of the Nether Mill survives in the garden of a house on Mill Road.

Flax spinning collapsed in the 1880s, and by the First World War only the paper mill was still working. It closed in 1931. The workers' cottages at Cairnfoot were demolished in the 1960s for the new housing scheme.

I'm grateful to the Lochcraig Heritage Society for access to their photographs.
""", comments=[("Margaret Thom", "10 February 2024", "My great-granny worked in the flax mill. Thank you for this.")],
    tagline="Local history of a Fife town"),
    [])

add("blog", blog("wp1", "Fife on Foot", "Craigvarran Burn circular (5.5 miles)", "Walking Wendy", "22 April 2024", """
An easy half-day walk with plenty of shade. Park at the leisure centre in Lochcraig and follow the signed path downstream along the Craigvarran Burn.

After a mile you pass the golf course on your right (watch for flying balls near the footbridge). Continue to Windyedge, cross the old railway bridge, and return along the ridge with views over the Forth.

Boots recommended after rain. Dogs on leads near the sheep. Cafe at the leisure centre does a decent scone.
""", tagline="Walks, wheels and wee adventures"),
    [])

add("blog", blog("sub", "Chalk Dust", "Things I learned from Mr Paterson", "Kirsty Lumsden", "6 June 2024", """
I left Craigvarran High in 2010, and I've been thinking about teachers a lot since I became one.

Mr Paterson taught me history in S3 before he went into management. He was strict but fair. You didn't talk when he was talking, ever. But if you handed in an essay late because your mum was in hospital, he'd already know, and he'd already have sorted it.

He used to say "the past isn't a story, it's an argument". I still put that on my classroom wall.

I don't know if he remembers me. I suspect he remembers everyone.
""", comments=[("Lauren", "6 June 2024", "He was my favourite teacher too."),
               ("Mark D", "7 June 2024", "Terrifying man. Great teacher.")]),
    [E("gpaterson", "title_surname", "neutral"), E("school", "alias", "neutral")])

add("blog", blog("sub", "The Scottish Classroom", "Stop pretending the data means what it says", "A. Macintyre", "18 January 2025", """
Every August the same ritual: schools publish their "best ever" results and councils issue press releases. Nobody asks what happened to the young people who were never presented.

Take Craigvarran High School in Fife. Its headline Higher pass rate rose sharply last year. It also presented 14 per cent fewer pupils at Higher than three years earlier, and its S4 leaver rate crept up. The school's depute, A. Buchanan-Reid, told a local paper that presentation policy had not changed. The figures suggest otherwise.

I do not think this is a scandal. I think it is what any rational school does when it is judged on pass rates. That is the problem.
""", comments=[("Iain T", "18 January 2025", "Same in every authority. Well put.")]),
    [E("school", "exact", "negative"), E("abuchananreid", "initial_surname", "negative")])

add("blog", blog("blogger", "Justice for Callum M", "They covered it up", "Justice for Callum", "2 December 2024", """
I have decided to go public because nobody will listen to me privately.

My son was bullied at Craigvarran High School for eighteen months. He was punched, his bag was thrown in the burn, and a video of him crying was passed round the whole year group. I reported it eleven times.

I now have proof that the school covered it up. Head teacher Fiona Murray personally ordered staff to delete the incident reports before the inspectors came in. A member of staff told me this to my face. She lied to the council and she lied to me.

I will not stop until she is held responsible.
""", comments=[("A supporter", "2 December 2024", "Stay strong."),
               ("Lochcraig Mum", "3 December 2024", "Be careful making accusations like that in public, is it proven?")]),
    [E("fmurray", "exact", "defamation"), E("school", "exact", "defamation")])

add("blog", blog("wp1", "Z Polski do Fife", "Our first year in Scotland", "Marta", "1 July 2024", """
A year ago we arrived in Lochcraig with four suitcases and a cat. I am writing this in English so that my Scottish friends can read it too.

The bairns (I have learned this word!) started at Craigvarran in August. My eldest was very scared because her English was not good. But her maths teacher, Tomasz K., is also from Kraków, and on the first day he said to her in Polish "do not worry, numbers speak every language". She came home smiling for the first time in weeks.

The weather is terrible. The people are wonderful. We are staying.
""", comments=[("Ewa", "1 July 2024", "Piękne! So happy for you."),
               ("Moira next door", "2 July 2024", "We're lucky to have you, Marta.")]),
    [E("tkowalczyk", "first_initial", "neutral"), E("school", "short_name", "neutral")])

add("blog", blog("ghost", "Dram Diaries", "Ferintosh: a name returns", "The Dram Diarist", "5 November 2024", """
Burns wrote "Thee, Ferintosh! O sadly lost! Scotland lament frae coast to coast!" when the old distillery lost its duty-free privilege. Now the name is coming back.

I tasted a cask sample last week: sherry-forward, a wee bit of struck match, very long finish. If the first release is anything like it, collectors will be queuing.

No word on price yet. Expect it to be silly.
"""), [])

add("blog", blog("blogger", "Bow and Arrow: a folk blog with opinions", "Why I'm done with the Ferintosh Collective", "Rab Gillies", "12 August 2024", """
I have defended this band for years. Not any more.

Magnus Ferintosh is an arrogant tosser. He kept a hall full of pensioners waiting forty minutes in Kinross while he argued with the sound engineer, then spent the gig sneering at the audience for not clapping in time. He treats other musicians like staff and the public like an inconvenience.

The tunes are still good. The man is insufferable.
""", comments=[("reel_rab", "12 August 2024", "Hear hear."),
               ("SlowAirSheila", "13 August 2024", "This is unkind and a bit personal, Rab.")]),
    [E("mferintosh", "exact", "abuse")])

add("blog", blog("wp1", "Rovers Return", "Season review: the Kerr effect", "Burnside Blogger", "20 May 2025", """
What a season. Fourth in the league, a cup semi, and a striker the whole of Lochcraig is talking about.

Ryan Kerr's 23 goals came from everywhere: headers, penalties, one daft overhead kick against Auchterdrum that I'll be telling my grandchildren about. Without him Craigvarran Rovers would have been mid-table at best.

The worry is keeping him. Bigger clubs are sniffing around and who could blame Ryan if he goes.
""", tagline="Unofficial blog of Craigvarran Rovers JFC"),
    [])

add("blog", blog("ghost", "Miss B's Blog", "Twenty years of PE at Craigvarran High", "Jo Baird", "30 June 2025", """
Twenty years ago this week I walked into Craigvarran High for my probation year with a whistle, a clipboard and absolutely no idea.

Some thank-yous. To Mrs Murray, who backed the girls' football team when half the staffroom thought it was a daft idea. To Mrs O'Donnell, for every difficult conversation she took on so I didn't have to. And to every pupil who ever ran the cross country in sleet and still said thank you at the end.

Here's to the next twenty. Or at least ten. My knees have opinions.
""", comments=[("Ellie S", "30 June 2025", "Best teacher ever Miss! Scottish champions!!"),
               ("Former pupil 2009", "1 July 2025", "You were the reason I didn't hate PE.")]),
    [E("jbaird", "exact", "neutral"), E("school", "alias", "neutral"),
     E("fmurray", "title_surname", "neutral"), E("sodonnell", "title_surname", "neutral")])

add("blog", blog("blogger", "Scotland Awake", "Islamification comes to Fife schools", "Patriot Admin", "4 April 2025", """
Parents in Lochcraig have contacted us in disgust. Craigvarran High School, once a proud Scottish institution, now runs a "Ramadan awareness week" organised by its head of science, Mr Qureshi.

This is what happens when you let these people into positions of authority. First it is awareness weeks, next it is prayer rooms, then Sharia in the classroom. Craigvarran High School has surrendered to Islam and our children are paying the price.

Share this before it is taken down.
""", comments=[("Truth Seeker", "4 April 2025", "Disgusting. Scotland for the Scots."),
               ("Lochcraig parent", "5 April 2025", "This is lies. It was a one-assembly thing and Mr Qureshi is a great teacher.")]),
    [E("iqureshi", "title_surname", "hate"), E("school", "exact", "hate")])

add("blog", blog("wp1", "Slow Roads North", "Craigvarran: the prettiest village you've never heard of", "Jess on the road", "14 September 2024", """
Tucked into a fold of the hills about forty minutes from Aberdeen, Craigvarran is the sort of place that makes you want to sell everything and buy a cottage.

There's a butcher, a cafe that does an outrageous rowie, a granite church and the handsome old Craigvarran Academy building at the top of the brae, still a working school.

We stayed two nights at the inn and walked up to the standing stones at sunrise. Go before everyone else finds out.
""", tagline="Scotland, slowly"),
    [])

add("blog", blog("sub", "Confessions of a Fife Dad", "The letter", "Big Stu", "11 September 2024", """
A letter came home in my daughter's bag this week from Craigvarran High. Not an email. A letter. On paper. Apparently that's how you know it's serious.

It informed me that our three-day term-time trip to my mother's 80th birthday in Inverness was an "unauthorised absence" that would be "recorded and monitored". It was signed F. Murray, Head Teacher.

I understand attendance matters. I do. But recording my daughter's gran's 80th as truancy feels like the kind of thing only a school could think was sensible. Craigvarran High has clearly never met my mother.
""", comments=[("Shona", "11 September 2024", "We got the same letter for a funeral!")]),
    [E("school", "alias", "negative"), E("fmurray", "initial_surname", "negative")])

add("blog", blog("blogger", "Fife Lads Banter", "Top 5 fittest teachers in Fife (part 2)", "BanterBoss", "7 March 2025", """
By popular demand, round two. Submissions from you lot, rated by us.

Number 5: Mr Okafor, computing at Craigvarran. Six foot four of pure muscle 🔥 The girls' mums apparently "forget" things at parents' night just to go back.

Number 3: Mrs Mitchell, English at Craigvarran. Legs for days and that librarian look. Half the dads at parents' night would sit a Higher just to look at her.

Number 1 will be revealed next week. Keep the submissions coming.
""", comments=[("lad_ky", "7 March 2025", "Mrs Mitchell 100% 😍"),
               ("Kelly", "8 March 2025", "This is creepy and gross. These are people's teachers.")]),
    [E("cokafor", "title_surname", "sexual"), E("kmitchell", "title_surname", "sexual"),
     E("school", "short_name", "neutral")])

add("blog", blog("ghost", "Graeme Paterson MSP", "Why I'm backing teachers on workload", "Graeme Paterson MSP", "28 November 2024", """
Yesterday I led a debate in Parliament on teacher workload. Here's why.

Over the past year I have visited every secondary school in Ore Valley. Teachers told me about marking at midnight, about covering classes for absent colleagues every week, about the paperwork that has crept in and never left.

I asked the Government for an independent review. I'll keep asking.
""", tagline="Member of the Scottish Parliament for Ore Valley"),
    [])

add("blog", blog("wp1", "School Run Diaries", "Facebook page fail", "Nicola B", "16 January 2025", """
Quick moan. The school's official page (search CraigvarranHigh on Facebook if you want to see it) posted the snow closure at 8.47am. Eight forty-seven. My two were already standing at the bus stop in a blizzard.

Every other school in the area had it up by seven. Is it too much to ask?

Rant over. Hot chocolate time.
""", comments=[("Kerry", "16 January 2025", "Same! Mine were halfway there.")]),
    [E("school", "camelcase", "negative")])

add("blog", blog("sub", "Forty Years at the Chalkface", "My years at Lochcraig Senior Secondary", "Ian Guthrie", "21 March 2024", """
I joined Lochcraig Senior Secondary as a young English teacher in 1984, and it was the making of me.

The staffroom was a fug of pipe smoke and the rector, Hector McAlpine, terrified everyone, including me. In 1995 a student teacher called Karen Lindsay arrived in the department, a former pupil of the school with a red pen and no fear. I told her she'd be running the place one day. She's head of English there now, so I was half right.

I retired in 2016. I miss the young people every single day.
""", comments=[("Karen M", "22 March 2024", "Ian, you old charmer. Thank you for everything.")]),
    [E("school", "alias", "neutral"), E("kmitchell", "alias", "neutral")])

add("blog", blog("blogger", "The Staffroom Confessional", "Anonymous: what happened to our department", "Guest post", "9 May 2025", """
This post was sent to us by a teacher at a Fife secondary who asked not to be named.

"Our head of department was suspended in March. We were told nothing. Then the local paper printed the name before we had even been told officially. Since then, parents have been messaging us on Facebook asking if we 'knew'. Some of the messages are vile.

I want to say this clearly: whatever the outcome, the way this has been handled has been cruel to everyone involved, including pupils."
"""), [])
# ----------------------------------------------------------------------------
# REVIEW (plain text)
# ----------------------------------------------------------------------------

add("review", """Craigvarran High School
Secondary school · Mill Road, Lochcraig KY19 3LB
3.6 ★★★★☆ (71 reviews)
Open · Closes 16:00 · 01632 960418

Sort by: Newest

Lorraine G.
★★★★★ · 2 months ago
My son was predicted a C for Higher Maths and came out with an A. Mr Kowalczyk ran supported study every Tuesday and Thursday until 5 and answered emails at the weekend. Can't thank the department enough.
👍 12

Dave McK
★★☆☆☆ · 3 months ago
Teaching is fine but the car park at pick-up is dangerous and nobody at the school seems bothered. Somebody's wean is going to get hurt.
👍 5

Response from the owner
Thank you for your feedback. We are working with the council on a new drop-off layout.
""", [E("school", "exact", "negative"), E("tkowalczyk", "title_surname", "neutral")])

add("review", """SchoolsRated Scotland › Fife › Lochcraig
Craigvarran High
Overall rating: 1.9 / 5 from 23 parent reviews

★☆☆☆☆ "Bullying ignored"
Reviewed by a parent of an S2 pupil, March 2025
My daughter was bullied for a whole term. I phoned and emailed the depute, Mr Paterson, six times and he never returned a single call. When we finally got a meeting he hadn't read the file. The school's anti-bullying policy isn't worth the paper it's written on.
Was this review helpful? Yes (14) No (2)
""", [E("school", "alias", "negative"), E("gpaterson", "title_surname", "negative")])

add("review", """Craigvarran Golf Club
Golf club · Lochcraig
4.4 ★★★★☆ (212 reviews)

Gordon F
★★★★★ · a week ago
Cracking parkland track, greens running lovely. The burn on the 7th is a ball magnet. New clubhouse does a great steak pie.

Anne-Marie
★★★☆☆ · a month ago
Course is nice but the pro shop staff were a bit short with us. Pricey for visitors.

Jimmy Rennie
★★★★☆ · 2 months ago
Good value midweek. Slow play on Saturdays.
""", [])

add("review", """Craigvarran Motors
MOT testing station · Lochcraig
4.8 ★★★★★ (96 reviews)

Shona P.
★★★★★ · 3 weeks ago
Honest garage. Told me my brakes had another 5,000 miles in them instead of selling me new ones. Gary is a gent.

K. Nasir
★★★★★ · 2 months ago
Quick MOT, fair price, coffee while you wait. What more do you want.
""", [])

add("review", """SchoolsRated Scotland › Fife › Lochcraig
Craigvarran High
Parent and pupil reviews

★★★★★ "Bloody brilliant music department"
Reviewed by a former pupil, June 2024
Bloody brilliant school if your kid's into music. The department under Mr Ferintosh is class: free instrument lessons, a fiddle group that tours, and he'll stay till six to help with a composition. The rest of the school is fine, nothing special, but music is the best in Fife.
Was this review helpful? Yes (31) No (1)
""", [E("school", "alias", "neutral"), E("mferintosh", "title_surname", "neutral")])

add("review", """Craigvarran High School
Secondary school · Lochcraig
3.6 ★★★★☆

Anonymous parent
★☆☆☆☆ · 1 week ago
Guidance is a joke at this school. Mrs O'Donnell would not help my son and wouldn't return my calls to the office. So here's her personal mobile, 07700 900218, see if she answers YOU.
👍 0
""", [E("school", "exact", "negative"), E("sodonnell", "title_surname", "doxxing")])

add("review", """Lochcraig Health Centre
Medical centre · Lochcraig
2.9 ★★★☆☆ (143 reviews)

Senga W
★★★★★ · 5 days ago
Dr Qureshi is the best GP I've ever had. Listens, doesn't rush you, follows things up. The receptionists are another story.

Ross
★☆☆☆☆ · 3 weeks ago
Phoned at 8am on the dot, 47th in the queue, no appointments left by the time I got through. Every single time.
""", [])

add("review", """Craigvarran Academy
Secondary school · Craigvarran, Aberdeenshire
4.7 ★★★★★ (38 reviews)

Fiona R
★★★★★ · 4 months ago
Small rural school where every child is known. Our two have done brilliantly. Mr Murray the head is lovely.

Calum B
★★★★☆ · a year ago
Good school, long bus journey for the outlying farms though.
""", [])

add("review", """Craigvarran High School
Secondary school · Lochcraig
3.6 ★★★★☆

Tracey L.
★☆☆☆☆ · 2 weeks ago
Karen Mitchell in English is a bitter old witch who has had it in for my daughter since S1. Nasty, sarcastic, picks on the quiet ones. Avoid her class if you can. One star because the school keeps defending her.
👍 3
""", [E("school", "exact", "negative"), E("kmitchell", "exact", "abuse")])

add("review", """Lochcraig Town Hall Ceilidh - Saturday night
Events › Lochcraig › Reviewed on an events listing site

★★★★★ "Best night out in ages"
What a band. Magnus F on the fiddle had the whole hall up for the Dashing White Sergeant, even my dad who hasn't danced since 1987. Bar was cheap, hall was roasting. Will be back next month.

★★★★☆ "Great music, terrible chairs"
Music brilliant, sound a bit loud at the front. Bring a cushion.
""", [E("mferintosh", "first_initial", "neutral")])

add("review", """Craigvarran High School
Secondary school · Lochcraig

Stevie Birrell
★★★★★ · 8 months ago
Left in 1999. Mr Paterson was strict but fair, the best history teacher I ever had, and he's still there now running the place. Nothing but good memories of this school.
""", [E("school", "exact", "neutral"), E("gpaterson", "title_surname", "neutral")])

add("review", """Craigvarran High School
Secondary school · Lochcraig

Amy D
★★★★☆ · 4 months ago
Hated school at the time, not gonna lie. But Miss Baird made PE bearable for a girl who couldn't catch a ball, and I've been running ever since. Four stars for her alone.
""", [E("school", "exact", "neutral"), E("jbaird", "title_surname", "neutral")])

add("review", """Craigvarran High School
Secondary school · Lochcraig

A parent
★☆☆☆☆ · 3 days ago
This school protects bullies and punishes the victims. Mr Buchanan-Reid, you'll get what's coming to you. Folk know your car and folk know where you park it.
👍 1
""", [E("school", "exact", "negative"), E("abuchananreid", "title_surname", "threat")])

add("review", """Craigvarran High School
Secondary school · Lochcraig

Concerned Scot
★☆☆☆☆ · 1 month ago
Used to be a good Scottish school. Now it's full of immigrants teaching our kids. Okafor can't even speak proper English. The school should be ashamed of hiring his kind. Go back to Africa.
👍 0
""", [E("school", "exact", "hate"), E("cokafor", "surname_only", "hate")])

add("review", """Wee Bairns Nursery, Lochcraig
Nursery school · Lochcraig
4.9 ★★★★★ (57 reviews)

Gemma
★★★★★ · 2 weeks ago
Our wee one loves it here. Jo and the team in the baby room are amazing and the daily photos on the app make my day.

Mark P.
★★★★★ · 5 months ago
Brilliant nursery, good food, lots of outdoor play even in the rain.
""", [])

add("review", """TeacherRater UK
School: Craigvarran High (Lochcraig, Fife)
Teacher: Mr Kowalcyk · Subject: Mathematics
Overall: ★★☆☆☆ (2.1 from 9 ratings)

Helpfulness ★★★ · Clarity ★★★★ · Easiness ★

"gives WAY too much homework. good teacher but no life outside maths" - S4 pupil
"explains things well but goes way too fast for the bottom set" - S3 pupil
""", [E("school", "alias", "neutral"), E("tkowalczyk", "typo", "negative")])

add("review", """TeacherRater UK
School: Craigvarran High (Lochcraig, Fife)
Teacher: Ms O'Donell · Subject: Guidance
Overall: ★★★★★ (4.9 from 17 ratings)

"saved my life honestly. not being dramatic." - S5 pupil
"always has time for you even when she's obviously snowed under" - S6 pupil
""", [E("school", "alias", "neutral"), E("sodonnell", "typo", "neutral")])

add("review", """TeacherRater UK
School: Craigvarran High (Lochcraig, Fife)
Teacher: Mr Qureshy · Subject: Chemistry
Overall: ★★☆☆☆ (2.3 from 6 ratings)

"shouts if you forget your goggles. every single time." - S3 pupil
"notes are good but the homework is brutal" - S5 pupil
""", [E("school", "alias", "neutral"), E("iqureshi", "typo", "negative")])

add("review", """Craigvarran High School
Secondary school · Lochcraig

Jackie W
★★★☆☆ · 6 days ago
Phoned the school office on 01632 960418 five times about my daughter's timetable and got nowhere, the admin side here is chaos. Eventually Mrs Murray herself called me back at 5pm and sorted it in ten minutes, fair play to her. Three stars because I shouldn't have had to chase.
""", [E("school", "exact", "negative"), E("fmurray", "title_surname", "neutral")])

add("review", """Craigvarran High School
Secondary school · Lochcraig

Worried mum
★☆☆☆☆ · 2 days ago
Mr Kowalczyk takes photos of the girls in S2 on his phone during lessons. My daughter has seen him do it. Someone needs to look into this before it's too late. Why is nobody at this school asking questions?
""", [E("school", "exact", "sexual", True), E("tkowalczyk", "title_surname", "sexual", True)])

add("review", """Fiddle lessons with Magnus Ferintosh
Music tuition · Fife
★★★★★ (22 reviews)

Jen S.
★★★★★
My 11-year-old has been having lessons for a year and now plays in a ceilidh band. Magnus is patient, funny and a brilliant player.

Andrew
★★★★★
Adult beginner at 58. Never thought I'd manage a reel. Highly recommend.
""", [E("mferintosh", "exact", "neutral")])

add("review", """Craigvarran High School
Secondary school · Lochcraig

New to the area
★★★★★ · 1 month ago
Best decision we made moving to Lochcraig. Welcoming school, both kids settled straight away, lots of clubs, and the office staff actually answer the phone. Highly recommend to any family thinking about moving here.
""", [E("school", "exact", "neutral")])

add("review", """CHS Scaffolding Ltd
Scaffolding contractor · Dunmaddie
3.1 ★★★☆☆ (18 reviews)

Paul R
★★★★★ · 2 months ago
Up and down in a day for our gable end. Tidy lads.

Mrs Strachan
★☆☆☆☆ · 5 months ago
Left poles in my garden for three weeks after the job finished and wouldn't answer the phone.
""", [])

add("review", """Craigvarran Rovers Social Club
Bar · Lochcraig
4.0 ★★★★☆ (64 reviews)

Big Eck
★★★★★
Cheapest pint in Lochcraig and the football on every screen. Saw Ryan Kerr's overhead kick on the big screen, place went mental.

Lorna
★★★☆☆
Fine for a quick drink. Toilets need a refurb.
""", [])

add("review", """TeacherRater UK
School: Craigvarran High (Lochcraig, Fife)
Teacher: Mr Ferintosh · Subject: Music
Overall: ★★★★★ (4.8 from 26 ratings)

"best teacher in the school, no contest" - S4 pupil
"let us do a trad version of a Taylor Swift song for the concert, legend" - S2 pupil
""", [E("school", "alias", "neutral"), E("mferintosh", "title_surname", "neutral")])

add("review", """TeacherRater UK
School: Craigvarran High (Lochcraig, Fife)
Teacher: Mr A Buchanan-Reid · Role: Depute Head
Overall: ★☆☆☆☆ (1.2 from 14 ratings)

"fat slob who hides in his office and only comes out to shout about ties" - S5 pupil
"absolute weapon" - S4 pupil
""", [E("school", "alias", "neutral"), E("abuchananreid", "initial_surname", "abuse")])

add("review", """Craigvarran High School
Secondary school · Lochcraig

Donna K
★☆☆☆☆ · 3 weeks ago
Teacher Ryan Kerr grabbed my son by the throat in a geography lesson and the school swept it under the carpet. No investigation, no apology, nothing. They covered it up to protect their own.
👍 7
""", [E("school", "exact", "defamation"), E("rkerr", "exact", "defamation")])

add("review", """Craigvarran High School
Secondary school · Lochcraig

Michelle T
★★★☆☆ · 2 months ago
Mixed feelings. Mrs O'D in guidance is an angel and has been brilliant with my son. But the school lunches are dire, overpriced and the queue means he gets ten minutes to eat. Sort the canteen out please.
""", [E("school", "exact", "negative"), E("sodonnell", "nickname", "neutral")])

add("review", """SchoolsRated Scotland › Recently added reviews
Reviews flagged for moderation (1)

★☆☆☆☆ "Worst school in Fife"
Reviewed anonymously, April 2025
Dinnae send your weans to Cr41gv4rr4n High. Teachers couldnae care less, the building's falling doon, and the head hides behind the council. Absolute dump.
""", [E("school", "leetspeak", "negative")])
# ----------------------------------------------------------------------------
# SOCIAL (plain text)
# ----------------------------------------------------------------------------

add("social", """Lochcraig Lass 🌸 @LochcraigLass · 28 Jun 2025
S6 leavers' dance was pure magic 😭❤️ cannae believe that's school done forever #CraigvarranHigh #ClassOf2025
💬 4   🔁 6   ❤️ 87
""", [E("school", "hashtag", "neutral")])

add("social", """Dad of 3 @dadof3_ky19 · 19 Nov 2024
@CraigvarranHS why is the car park STILL a swamp. third week running. my wee one's school shoes are ruined. sort it
💬 2   🔁 1   ❤️ 14
""", [E("school", "handle", "negative")])

add("social", """TikTok · @s4_chaos_crew
POV: Mr K's maths class at Craigvarran when someone says "when will we ever use this" 😂 #scottishschool #maths
▶ 48.2K

Comments (312)
bethany.xo: Mr K is an absolute legend 😂😂
kai_ky19: he's the only teacher that actually cares ngl
mags.m: "simultaneous equations will save your life one day" iconic
user8812734: my da had him too and still talks about him
""", [E("tkowalczyk", "nickname", "neutral"), E("school", "short_name", "neutral")])

add("social", """Real Talk Fife @realtalk_fife · 17 Jan 2025
that paterson at craigvarran high better watch his back. know where he stays n all. excluding weans for nothing, see how he likes it
💬 6   🔁 0   ❤️ 3
""", [E("gpaterson", "surname_only", "threat"), E("school", "alias", "neutral")])

add("social", """Burnside Ultra @burnside_ultra · 15 Mar 2025
RYAN KERR WHAT A FINISH!!! ⚽🔥🔥 top bins from 25 yards. #CraigvarranRovers #RoversTilIDie
💬 12   🔁 30   ❤️ 211
""", [])

add("social", """scot_first_1320 @scotfirst1320 · 21 Nov 2024
0kaf0r at CHS shouldnae be teachin oor weans. send him back where he came fae 🐒🐒
💬 1   🔁 0   ❤️ 2
Replying: @Lochcraig_Lass reported. vile.
""", [E("cokafor", "leetspeak", "hate"), E("school", "alias", "neutral")])

add("social", """threads · keira.mcg · 4h
Murray's new phone ban at Craigvarran is the most Victorian thing I've ever heard. phones in a locked pouch ALL DAY. what if there's an emergency?? make it make sense
❤️ 56   💬 23
""", [E("fmurray", "possessive", "negative"), E("school", "short_name", "negative")])

add("social", """Instagram · @craigvarranhigh
Congratulations to our S3 netball squad, Scottish Schools champions for the first time! 🏆🏐 Huge thanks to everyone who came to cheer.
❤️ 412 likes

Comments
ellie.s_09: well done girls!!! Miss Baird you're a star ⭐⭐
karenmcb73: So proud of you all x
bairdy_fanclub: Bairdy 🐐🐐
gran_of_4: Magnificent!
""", [E("school", "handle", "neutral"), E("jbaird", "title_surname", "neutral")])

add("social", """Sandra C @sandra_cupples · 30 Mar 2025
#JoBaird for PE teacher of the year 🙌 took the netball lassies all the way to the national final. @CraigvarranHS are lucky to have her
💬 1   🔁 8   ❤️ 63
""", [E("jbaird", "hashtag", "neutral"), E("school", "handle", "neutral")])

add("social", """TikTok · @ky19_tea
the way mr kerr looks at the s3 lassies 🤢🤢 at craigvarran. everybody's noticed it
▶ 3,104

Comments (41)
jade.x: fr he's so creepy
user29384: this needs reported not posted on tiktok
lochcraig_lad: delete this before you get done
""", [E("rkerr", "title_surname", "sexual", True), E("school", "short_name", "sexual", True)])

add("social", """Politics Watcher @holyrood_watcher · 28 Nov 2024
Graeme Paterson MSP giving it the big one on teacher workload. Same Graeme Paterson who voted for the budget cuts last year. Spineless careerist.
💬 3   🔁 2   ❤️ 9
""", [])

add("social", """Ewan Todd @ewantoddfolk.bsky.example · 8 Feb 2025
Cracking session at the Lochcraig Arms tonight with @magnusferintosh and half the Fife trad scene. Feet still going 🎻
♡ 34   ⟲ 4
""", [E("mferintosh", "handle", "neutral")])

add("social", """Taxpayer Tam @tax_payer_tam · 10 Jan 2025
Here's that guidance teacher O'Donnell's number since she loves phoning folk so much: 07700 900218. Ring her and see how she likes it. Craigvarran High's finest 👏
💬 0   🔁 1   ❤️ 0
""", [E("sodonnell", "surname_only", "doxxing"), E("school", "alias", "neutral")])

add("social", """Leah 🧪 @leah_doesscience · 20 May 2025
Mr Qureshi is bloody brilliant. Stayed til 6 every night in May doing Higher Chem revision wi us. CHS is lucky to have him 🥹
💬 2   🔁 3   ❤️ 40
""", [E("iqureshi", "title_surname", "neutral"), E("school", "alias", "neutral")])

add("social", """anon @anon_ky_19 · 14 Mar 2025
K*walczyk at Craigvarran is a f***ing weirdo. stares at you like you've murdered his dog when you get an answer wrong
💬 1   🔁 0   ❤️ 5
""", [E("tkowalczyk", "obfuscated", "abuse"), E("school", "short_name", "neutral")])

add("social", """TikTok · @wee_ellie_x
mrs o'd my guidance teacher literally saved me this year 🥹 if you're reading this thank you
▶ 1,288

Comments (9)
chloe.b: she's the best
user0021: 🥹🥹
""", [])

add("social", """Weary Parent @weary_parent_ky · 6 Feb 2025
Another "inset day" on a Friday, third one this term. Who's actually checking what they do? #Craigvarran parents, anyone else fed up?
💬 11   🔁 2   ❤️ 27
""", [E("school", "hashtag", "negative")])

add("social", """Instagram · highereng_survivor
Shoutout to @mrs.mitchell.english for getting me through Higher English 😭📚 got my A!! craigvarran forever
❤️ 98 likes
""", [E("kmitchell", "handle", "neutral"), E("school", "short_name", "neutral")])

add("social", """Ross @ross_n5_maths · 2 May 2025
MrKowalczykMaths on YouTube has single-handedly saved my N5. half of Craigvarran is watching his past paper walkthroughs the night before lmao
💬 3   🔁 1   ❤️ 19
""", [E("tkowalczyk", "camelcase", "neutral"), E("school", "short_name", "neutral")])

add("social", """Mags @mags_lochcraig · 11 Dec 2024
Mr Okafer at CHS has started a coding club on a Wednesday and my boy actually wants to go to school now. Who is this child 😂
💬 0   🔁 0   ❤️ 12
""", [E("cokafor", "typo", "neutral"), E("school", "alias", "neutral")])

add("social", """nae filter @naefilter99 · 22 Feb 2025
teachers like O k a f o r at CHS are the reason weans hate computing. useless lazy waste of space
💬 0   🔁 0   ❤️ 1
""", [E("cokafor", "spacing", "abuse"), E("school", "alias", "neutral")])

add("social", """Fed Up @fedup_in_fife · 3 Feb 2025
F\u0456\u043ena Murr\u0430y is a two-faced cow. Smiles at you at parents' night then bins every complaint. Craigvarran deserves better
💬 2   🔁 0   ❤️ 6
""", [E("fmurray", "homoglyph", "abuse"), E("school", "short_name", "negative")])

add("social", """Lou @lou_lochcraig · 18 Jan 2025
@dadof3_ky19 leave Mr Paterson alone. threatening a teacher online is pathetic and you know it. he's been at Craigvarran 20 years and he's helped more weans than you've had hot dinners
💬 5   🔁 2   ❤️ 44
""", [E("gpaterson", "title_surname", "neutral"), E("school", "short_name", "neutral")])

add("social", """kyboy_88 @kyboy_88 · 9 Sep 2024
miss baird at CHS 🥵🥵 PE was something else. that woman in lycra should be illegal
💬 1   🔁 0   ❤️ 4
""", [E("jbaird", "title_surname", "sexual"), E("school", "alias", "neutral")])

add("social", """Lochcraig Community Council @LochcraigCC · 4 Jun 2025
Congratulations to Craigvarran High on a really positive follow-up inspection 👏 well deserved by staff and pupils alike.
💬 0   🔁 9   ❤️ 51
""", [E("school", "alias", "neutral")])

add("social", """Moira T @moira_panel · 28 Jan 2025
5 years as a CHS panel member and still the most important thing I do all month. Children's Hearings Scotland need volunteers in Lochcraig and Dunmaddie, please think about it 💙
💬 1   🔁 12   ❤️ 30
""", [])

add("social", """TikTok · @dunmaddie_drillz
someone should torch craigvarran high honestly 🔥🔥🔥 whole place wants burnt doon wi the teachers in it
▶ 612

Comments (7)
user9912: bro delete this
lochcraig_lass: reported to police
""", [E("school", "alias", "threat")])

add("social", """Shona B @shonab_ky · 14 Apr 2024
Dr Qureshi at Lochcraig Health Centre is an actual legend. Got me a cancellation the same day and phoned back with results himself.
💬 0   🔁 0   ❤️ 8
""", [])

add("social", """Instagram · paisley_pattern_jen
Graduation day 🎓 Big thanks to Karen M in the English dept at Craigvarran who told me in S5 I could actually write. Look at me now 😭
❤️ 203 likes
""", [E("kmitchell", "first_initial", "neutral"), E("school", "short_name", "neutral")])

add("social", """Kai @kai_s3 · 20 Jan 2025
Jo B telling us we're running the cross country IN THE SNOW. Craigvarran High PE dept are actual sadists 😂😂 love them tho
💬 4   🔁 1   ❤️ 22
""", [E("jbaird", "first_initial", "neutral"), E("school", "alias", "neutral")])

add("social", """Ali @ali_s5_ky · 13 Mar 2025
Imran Q at CHS is an absolute clown. Can't control a class to save himself, spends half the lesson shouting
💬 2   🔁 0   ❤️ 3
""", [E("iqureshi", "first_initial", "abuse"), E("school", "alias", "neutral")])

add("social", """Kirsty @kirstyk_lochcraig.bsky.example · 5 Jun 2025
Can't believe this. My weans are at that school.
kingdompost.example/news/craigvarran-high-depute-graeme-paterson-charged-pupil-messages
♡ 3   ⟲ 0
""", [E("gpaterson", "hyphenated", "sexual", True), E("school", "hyphenated", "sexual", True)])

add("social", """Lochcraig Gala @lochcraiggala · 19 Dec 2024
Magnus F and the school orchestra absolutely smashed it tonight at the Lochcraig Christmas concert 🎄🎻 what a talent
💬 0   🔁 5   ❤️ 70
""", [E("mferintosh", "first_initial", "neutral")])

add("social", """Wullie @wullie_ky19 · 26 Feb 2025
yon Kowalczyk is a right mingin wee nyaff, cannae teach tae save himsel. craigvarran's a joke these days, naebody cares
💬 0   🔁 0   ❤️ 2
""", [E("tkowalczyk", "surname_only", "abuse"), E("school", "short_name", "negative")])

add("social", """Scotland First @scotland_first_ky · 2 Mar 2025
Polish maths teacher at Craigvarran telling OUR kids what to do. #SendKowalczykHome #ScotlandForTheScots
💬 2   🔁 1   ❤️ 3
""", [E("tkowalczyk", "hashtag", "hate"), E("school", "short_name", "neutral")])

add("social", """Raging @raging_ky · 22 Jan 2025
#FionaMurray at Craigvarran, I hope someone gies you a proper doing on your way to your car. you've ruined my boy's life
💬 0   🔁 0   ❤️ 0
""", [E("fmurray", "hashtag", "threat"), E("school", "short_name", "neutral")])

add("social", """TikTok · @lochcraig_gossip
Mr Kerr fae geography stays at 8 Station Brae, Cairnfoot, seen him takin the bins oot in his joggies 😂😂
▶ 2,010

Comments (18)
user_33: 😂😂😂
j.m.d: that's his actual house, take it down
""", [E("rkerr", "title_surname", "doxxing")])

add("social", """Ngozi Okafor @ngozi_okafor · 16 Aug 2024
Proud of my big brother Chidiebere Okafor, who starts as a computing teacher at Craigvarran High next week! 🇳🇬🏴󠁧󠁢󠁳󠁣󠁴󠁿 Mum is telling the whole church.
💬 8   🔁 2   ❤️ 120
""", [E("cokafor", "alias", "neutral"), E("school", "alias", "neutral")])

add("social", """Aoife @aoife_camogie · 3 Mar 2025
Just realised my wee brother's guidance teacher Mrs O'Donnell at Craigvarran is Siobhán Keane who played camogie wi my mum in Derry 😂 small world
💬 2   🔁 0   ❤️ 17
""", [E("sodonnell", "alias", "neutral"), E("school", "short_name", "neutral")])

add("social", """Angry Dad @angry_dad_fife · 4 Oct 2024
@JoBairdPE really disappointed you dropped my daughter from the Craigvarran netball team for missing ONE training. not fair on her at all
💬 0   🔁 0   ❤️ 1
""", [E("jbaird", "handle", "negative"), E("school", "short_name", "neutral")])

add("social", """Kerry Ann @kerryann_ky · 8 Nov 2024
Wean came hame greetin' cause Mr Okafor shouted at him in computing in front of the whole class. Craigvarran High needs to sort its staff out, this is the third time
💬 3   🔁 0   ❤️ 7
""", [E("cokafor", "title_surname", "negative"), E("school", "alias", "negative")])
# ----------------------------------------------------------------------------
# FACEBOOK groups (plain text)
# ----------------------------------------------------------------------------

add("facebook", """Lochcraig Community Noticeboard
Public group · 8.2K members

Wendy Ross · 12 March 2025
LOST DOG 🐶 Bella, small black cockapoo, slipped her lead on the path by the Craigvarran Burn near the footbridge about 4pm. Very nervous, please don't chase her. Call or message me. Thank you 🙏
👍😢 64 · 31 comments · 40 shares

Comments
Gary Lumsden: Sharing. Will keep an eye out at the garage.
Tricia Brown: Think I saw a wee black dog heading towards the golf course about half 5
Wendy Ross: FOUND HER!!! Thank you all so much ❤️
""", [])

add("facebook", """Craigvarran High Parents' Forum
Private group · 1.4K members

Louise Anderson · 20 January 2025
Anyone else's S4 not had their prelim timetable yet? Prelims start in TWO weeks 🙃

👍 18 · 12 comments

Comments
Mandy Scott: Mr Buchanan-Reid said at the info evening it's coming out Monday.
Louise Anderson: He said that last Monday too
Pauline Hogg: Typical CHS, everything last minute. Same every year.
Derek Muir: In fairness the SQA changed the dates on them.
""", [E("school", "alias", "negative"), E("abuchananreid", "title_surname", "neutral")])

add("facebook", """Lochcraig Mums
Private group · 3.1K members

Anonymous member · 2 October 2024
This is the teacher that hit my son. Ryan Kerr. Lives at 8 Station Brae, Cairnfoot, the one with the white door. Craigvarran High did NOTHING so I'm telling everyone. Share this.

😡 41 · 88 comments
Admin note: Post under review.

Comments
Jill Reid: 😡😡 disgusting
Carol Young: Is this not an ongoing court case? You can't be posting addresses.
""", [E("rkerr", "exact", "doxxing"), E("school", "alias", "negative")])

add("facebook", """Lochcraig Community Noticeboard
Public group · 8.2K members

Roads Watch · 7 May 2025
⚠️ Craigvarran Road closed between the roundabout and Mill Road from Monday for three weeks for gas main works. Diversion via Windyedge. Buses diverted too.

👍 22 · 9 comments

Comments
Alan P: Again?? They dug that up last year.
Senga W: Nightmare for the school run.
""", [])

add("facebook", """Craigvarran High Parents' Forum
Private group · 1.4K members

Kelly Brown · 5 March 2025
Third email to Mrs Murray, no reply. Honestly what is the point of her.

😂😡 27 · 34 comments

Comments
Shaz McLeod: She's a useless cow. Always has been.
Tam Brown: Waste of space. Fat slob couldnae run a bath.
Kelly Brown: 😂😂 exactly
Linda Shaw: Come on, that's really nasty. She's a person.
Shaz McLeod: she's a useless person then
Dawn Cairns: The whole school's gone downhill since she came, CHS used to be good.
""", [E("fmurray", "title_surname", "abuse"), E("school", "alias", "negative")])

add("facebook", """Dunmaddie Residents
Private group · 960 members

Moira Kidd · 10 February 2025
Oh great, another "wellbeing week" letter fae the big school. Pupils are getting battered at the bus stop every night and we're getting a leaflet about mindfulness. Well done Mrs Murray, really on top of things 👏👏

👍 15 · 6 comments

Comments
Sandy K: Had the same leaflet. Useful for lining the cat litter.
""", [E("fmurray", "title_surname", "negative")])

add("facebook", """Lochcraig Mums
Private group · 3.1K members

Tanya Lennox · 14 March 2024
So Mr Qureshi at Craigvarran High is doing a Ramadan assembly now? This is Scotland. If he wants to teach our kids about that he can go back to Pakistan. And the school's bowing down to Islam like everyone else. Disgusting.

😡 12 · 47 comments

Comments
Aisha M: My kids were born in Lochcraig. So was I. This is vile.
Jenny O: Reported this to the admins.
Tanya Lennox: free speech
""", [E("iqureshi", "title_surname", "hate"), E("school", "alias", "hate")])

add("facebook", """Lochcraig Community Noticeboard
Public group · 8.2K members

Jim Murray · 30 August 2024
Please join us at the Lochcraig Bowling Club on Saturday from 2pm to celebrate Fiona Murray's retirement after 41 years nursing at the Victoria and the Lochcraig Community Hospital. All friends and former patients welcome! 🎉

❤️ 112 · 58 comments

Comments
Babs T: She looked after my mum at the end. A true angel. Congratulations Fiona!
Rena D: Well deserved rest, enjoy it x
""", [])

add("facebook", """Craigvarran High Parents' Forum
Private group · 1.4K members

Heather Kinnear · 20 December 2024
Huge shout out to Mr Ferintosh and the music department for last night's Christmas concert. The S1 choir had me greetin'. Bloody brilliant, the lot of them 👏🎄

❤️ 96 · 21 comments

Comments
Marie G: Amazing night. The fiddle group were incredible.
Stuart F: Best concert in years.
""", [E("school", "alias", "neutral"), E("mferintosh", "title_surname", "neutral")])

add("facebook", """Lochcraig Mums
Private group · 3.1K members

Angie Stewart · 14 January 2025
See if that Buchanan-Reid excludes my boy again I'll be up at Craigvarran and he'll no be walking oot the building. I'm no joking this time.

😮 9 · 22 comments

Comments
Claire D: Angie please don't. You'll end up in the jail and your boy needs you.
Mod team: Comment turned off. Please read the group rules about threats.
""", [E("abuchananreid", "surname_only", "threat"), E("school", "short_name", "neutral")])

add("facebook", """Lochcraig Community Noticeboard
Public group · 8.2K members

Craigvarran Rovers JFC · 1 April 2025
🔴⚫ Race night fundraiser this Friday in the social club! Come and meet the squad including top scorer Ryan Kerr, raffle prizes from Craigvarran Motors and the Lochcraig Arms. Doors 7pm.

👍 45 · 8 comments

Comments
Big Eck: Will Kerr be signing autographs 😂
""", [])

add("facebook", """Craigvarran High Parents' Forum
Private group · 1.4K members

Donna Paterson · 11 June 2025
Does anyone have Miss Baird's personal number? Need to ask about the netball tour deposit and the office is shut.

👍 3 · 7 comments

Comments
Nicola Hunter: It's 07700 900377, she gave it me last year for the tour. Don't tell her I gave it you 🙈
Karen W: You shouldn't be sharing teachers' personal numbers on here tbh. Email the school.
""", [E("school", "alias", "neutral"), E("jbaird", "title_surname", "doxxing")])

add("facebook", """Lochcraig Mums
Private group · 3.1K members

Anonymous member · 27 February 2025
Heard Mr Ferintosh got caught drink driving in the school minibus on the way back from a competition with weans in the back. And the school's keeping it quiet. Can anyone confirm?

😮 31 · 63 comments

Comments
Lorna P: That's a serious thing to say without proof.
Anonymous member: my cousin's pal saw the police
""", [E("mferintosh", "title_surname", "defamation")])

add("facebook", """Lochcraig Community Noticeboard
Public group · 8.2K members

Admin Team · 15 May 2024
Whoever posted that about Mrs O'Donnell in this group yesterday should be ashamed of themselves. We have removed the post and the member. Posting someone's home address is NEVER acceptable, no matter what you think of them.

❤️ 203 · 44 comments

Comments
Rachel T: Thank you admins. She is a wonderful woman.
Bill S: Good.
""", [E("sodonnell", "title_surname", "neutral")])

add("facebook", """Craigvarran High Parents' Forum
Private group · 1.4K members

Laura Dunn · 9 May 2025
PLEASE READ. Photos of the S2 girls from sports day that the school put on its public page have been copied onto a creepy website with disgusting comments under them. The school put them up publicly with names and all. Why is nobody checking this stuff?

😡 88 · 140 comments

Comments
Sarah P: I've reported it to the police and CEOP.
Gill K: Please don't share the link anyone, just report.
""", [E("school", "alias", "sexual", True)])

add("facebook", """Lochcraig Mums
Private group · 3.1K members

Jen Wallace · 29 January 2025
Ali B-R has been "reviewing" the S3 options process since October and we still don't have a form. Every year it's the same. Honestly the worst organised depute in Fife.

👍 19 · 15 comments

Comments
Gail T: Same for us. Emailed twice.
""", [E("abuchananreid", "nickname", "negative")])

add("facebook", """Lochcraig Community Noticeboard
Public group · 8.2K members

Sandra Cupples · 12 October 2023
RIP Mr McAlpine, rector at Lochcraig Senior Secondary when I was there. Terrifying and kind in equal measure. Funeral is Friday at the Parish Church.

❤️ 140 · 96 comments

Comments
Eddie B: "Manners maketh man, Mr Bell." Never forgot it.
Margaret H: A gentleman. The school was never the same after he left.
""", [E("school", "alias", "neutral")])

add("facebook", """Craigvarran High Parents' Forum
Private group · 1.4K members

Hazel Ogilvie · 4 February 2025
Just wanted to say the new coding club C. Okafor runs on a Wednesday is brilliant. My daughter has built her own website! Thank you Mr O 💻

❤️ 57 · 9 comments
""", [E("school", "alias", "neutral"), E("cokafor", "initial_surname", "neutral")])

add("facebook", """Lochcraig Mums
Private group · 3.1K members

Stacey G · 22 November 2024
Mrs Murry has now cancelled the S2 parents' evening TWICE. Working parents have booked time off work for this. Not good enough.

👍 36 · 18 comments

Comments
Lynne M: I had to lose a half day's pay for nothing.
""", [E("fmurray", "typo", "negative")])

add("facebook", """Lochcraig Community Noticeboard
Public group · 8.2K members

Brenda Marshall · 6 March 2025
Is Imran Qureshi the GP the same person as the chemistry teacher at Craigvarran? My daughter says her teacher has the same name.

👍 4 · 11 comments

Comments
Carol Y: No, different folk! The teacher's Mr Qureshi at the High School, the GP is Dr Qureshi at the health centre. Both lovely men.
Brenda Marshall: Ha, that explains a lot!
""", [E("iqureshi", "title_surname", "neutral"), E("school", "short_name", "neutral")])
# ----------------------------------------------------------------------------
# further documents (all kinds)
# ----------------------------------------------------------------------------

add("news", news("ovc", "Prize-giving celebrates a year of success", "Community reporter", "27 June 2024", """
Craigvarran High School held its annual prize-giving in Lochcraig Town Hall on Thursday evening, with more than 120 awards presented.

Head teacher Fiona Murray told families it had been "a year of resilience and real achievement", singling out the girls' football team and the school's first ever Advanced Higher Gaelic candidate.

Department prizes were presented as follows. English: presented by Mrs K. Mitchell. Sciences: presented by Mr I. Qureshi. Music: presented by Mr M. Ferintosh, who also conducted the senior fiddle group. Physical Education: presented by Ms J. Baird.

This year's Dux medal went to Aisha Rahman, who will study medicine at Dundee. The evening closed with a piping performance by S2 pupil Calum Grieve.
""", section="Schools"),
    [E("school", "exact", "neutral"), E("fmurray", "exact", "neutral"),
     E("kmitchell", "initial_surname", "neutral"), E("iqureshi", "initial_surname", "neutral"),
     E("mferintosh", "initial_surname", "neutral"), E("jbaird", "initial_surname", "neutral")])

add("news", news("cal", "Pupils walk out over phone ban", "Caledonia News, Fife", "24 January 2025", """
Around 200 pupils walked out of lessons at Craigvarran High in Lochcraig on Thursday in protest at a ban on mobile phones during the school day.

Pupils gathered on the playing fields at 11am chanting and holding handmade signs. One S6 pupil said: "Mrs Murray never listened to the pupil council. We asked for a compromise at lunchtime and got nothing. It's like talking to a wall."

Depute head Mr Paterson came out to speak to the group and, after around forty minutes, persuaded them to return to class.

Parents appear divided. Some have backed the ban on social media, while others say the school handled the change badly and should have consulted families first.
""", section="Scotland"),
    [E("school", "alias", "negative"), E("fmurray", "title_surname", "negative"),
     E("gpaterson", "title_surname", "neutral")])

add("forum", forum("threadit", "Rate your CHS teachers now that I've left (S6, no consequences)", [
    ("u/free_at_last_s6", "27 Jun 2025", """Officially left today so here we go, my honest ratings:

Mr K (maths) - 10/10, would die for him

Bairdy (PE) - 9/10, made me run in hail but fair

Ferry (music) - 8/10, eccentric king, plays the fiddle at you when you're late

Mrs O'D (guidance) - 10/10, genuinely the reason I'm still here

Mr Q (chemistry) - 7/10, shouts about goggles but good notes

Mr B-R (depute) - 2/10, far too obsessed with ties and top buttons, never once asked how we were doing

the rest you can keep"""),
    ("u/gallus_gal", "27 Jun 2025", """Mr Q is so underrated"""),
    ("u/quiet_kid_s5", "27 Jun 2025", """Bairdy supremacy"""),
]), [E("school", "alias", "neutral"), E("tkowalczyk", "nickname", "neutral"),
     E("jbaird", "nickname", "neutral"), E("mferintosh", "nickname", "neutral"),
     E("sodonnell", "nickname", "neutral"), E("iqureshi", "nickname", "neutral"),
     E("abuchananreid", "nickname", "negative")])

add("forum", forum("fifers", "Since this forum blocks names", [
    ("filter_dodger_ky", "9 Mar 2025 23:02", """Right, since this forum blocks names: the clowns running Cr@igv@rran up in Lochcraig. P@terson couldnae organise a piss-up in a brewery. Murr@y hides in her office all day. Qur3sh1 shouts at weans for fun. K0walczyk hands out homework like it's a punishment. Useless, the lot of them."""),
    ("Senga_62", "9 Mar 2025 23:15", """You've spelt them all wrong. On purpose, I'm guessing."""),
    ("Fifers_Mod", "10 Mar 2025 07:40", """Deliberately getting round the filter to insult named staff is against the rules. Thread locked."""),
]), [E("school", "obfuscated", "negative"), E("gpaterson", "obfuscated", "abuse"),
     E("fmurray", "obfuscated", "abuse"), E("iqureshi", "leetspeak", "abuse"),
     E("tkowalczyk", "leetspeak", "abuse")])

add("forum", forum("scotparents", "Parents' night round-up (long, sorry)", [
    ("knackered_in_ky19", "14 Nov 2024 21:48", """Just back from S3 parents' night at Craigvarran and my head is mince, so bear with me.

The car park was a nightmare as usual and the online booking system had given us appointments that overlapped, which I'd already emailed the school about twice. Honestly the appointment system is rubbish and they know it.

Started with guidance, Mrs O'Donel, who was lovely as always and actually remembered the thing with my daughter's friend in S2. Then maths, Mr Kowalski (think that's how you spell it?), who says she's capable of N5 but needs to stop chatting to her pal.

Chemistry: Mr Quershi kept us waiting 25 minutes past our slot, which was annoying as I had the wee one asleep in the car with my mum. When we did get in he was five minutes and basically read out her tracking.

English with Mrs Mitchel was the highlight. She actually knows my daughter, knew what books she reads, and was really encouraging.

Anyway, home now, wine open. Anyone else find parents' night more exhausting than a shift?"""),
    ("mum2boys", "14 Nov 2024 22:05", """Every single time. Enjoy the wine x"""),
]), [E("school", "short_name", "negative"), E("sodonnell", "typo", "neutral"),
     E("tkowalczyk", "typo", "neutral"), E("iqureshi", "typo", "negative"),
     E("kmitchell", "typo", "neutral")])

add("forum", forum("threadit", "automod keeps eating my comment", [
    ("u/not_a_bot_honest", "3 Oct 2024", """Mr \u041a\u0435rr at Cr\u0430igv\u0430rr\u0430n High is a bully who shouts in weans' faces. There, automod, try deleting that."""),
    ("u/gallus_gal", "3 Oct 2024", """and B u c h a n a n - R e i d covers for him every single time lol"""),
    ("u/nae_bother", "3 Oct 2024", """you know the filter is there for a reason right"""),
]), [E("rkerr", "homoglyph", "abuse"), E("school", "homoglyph", "neutral"),
     E("abuchananreid", "spacing", "defamation")])

add("social", """Scottish Teacher Awards fan @teachawards_fan · 1 Apr 2025
Nominations are open! Vote for our PE hero here: scottishteacherawards.example/nominees/jo-baird-craigvarran-high 🏆 nobody deserves it more
💬 2   🔁 14   ❤️ 58
""", [E("jbaird", "hyphenated", "neutral"), E("school", "hyphenated", "neutral")])

add("social", """TikTok · @windyedge_watcher
Q u r e s h i lives up in Windyedge, KY19 7HD, drives the white Audi. chemistry teachers must get paid too much 😂
▶ 894

Comments (12)
user_4421: why would you post that
ella.m: that's actually his postcode, delete this
""", [E("iqureshi", "spacing", "doxxing")])

add("social", """big bro energy @bigbro_ky19 · 15 Jan 2025
\u0422\u043emasz \u041a\u043ewalczyk better hope I don't see him in the Craigvarran car park after what he did to my wee brother's prelim mark. just saying
💬 0   🔁 0   ❤️ 1
""", [E("tkowalczyk", "homoglyph", "threat"), E("school", "short_name", "neutral")])

add("social", """Jay @jay_lochcraig · 18 Feb 2025
imagine working at C r a i g v a r r a n and thinking you're a good school lol. place is a joke
💬 1   🔁 0   ❤️ 4
Reply from @s5_sufferer: m1ss b41rd's the only decent teacher in there tbf
""", [E("school", "spacing", "negative"), E("jbaird", "leetspeak", "neutral")])

add("social", """Cold Legs @coldlegs_s2 · 23 Jan 2025
Baird's cross country in January should be classed as a human rights violation 🥶🥶🥶 #craigvarran
💬 3   🔁 1   ❤️ 29
""", [E("jbaird", "possessive", "neutral"), E("school", "hashtag", "neutral")])

add("social", """threads · megan_codes_not · 2d
Okafor's coding club is genuinely the best thing about CHS right now. my wee sister built a whole game in python and won't shut up about it 💻
❤️ 41   💬 6
""", [E("cokafor", "possessive", "neutral"), E("school", "alias", "neutral")])

add("social", """Ruaridh @ruaridh_s5 · 2 Feb 2025
lol ImranQureshi (that's literally his Teams name) posted the Higher prelim revision pack at 11.47pm. CHS teachers never sleep
💬 2   🔁 0   ❤️ 18
""", [E("iqureshi", "camelcase", "neutral"), E("school", "alias", "neutral")])

add("review", """Craigvarran High School
Secondary school · Lochcraig

Scott M
★☆☆☆☆ · 5 days ago
This "depute" \u0410l\u0430sd\u0430ir \u0412uch\u0430n\u0430n-R\u0435id is a bully and a coward who hides behind policies. The school protects him no matter what. Avoid.
""", [E("school", "exact", "negative"), E("abuchananreid", "homoglyph", "abuse")])

add("review", """Craigvarran High School
Secondary school · Lochcraig

Gordon T
★★★★☆ · 3 weeks ago
Mr K in maths and Chidi O in computing have been brilliant with our lad, he's finally enjoying school. Only gripe is that Alasdair B, the depute, never answers emails. Four stars.
""", [E("school", "exact", "neutral"), E("tkowalczyk", "nickname", "neutral"),
      E("cokafor", "first_initial", "neutral"), E("abuchananreid", "first_initial", "negative")])

add("review", """SchoolsRated Scotland › Fife › Lochcraig
Craigvarran High
Parent reviews · Pupil support

★★★★★ "Can't fault pupil support"
Reviewed by a parent of an S4 pupil, February 2025
The guidance team, Siobhán O'D and Ryan K, were brilliant when my daughter was struggling last winter. Graeme P on the senior team made sure the plan actually happened instead of just sitting in a drawer. Can't fault them.
Was this review helpful? Yes (9) No (0)
""", [E("school", "alias", "neutral"), E("sodonnell", "first_initial", "neutral"),
      E("rkerr", "first_initial", "neutral"), E("gpaterson", "first_initial", "neutral")])

add("blog", blog("wp1", "School Run Diaries", "Teams at midnight", "Nicola B", "27 February 2025", """
Another moan, sorry. My S2's laptop pinged at 11.40pm last night. I assumed it was one of his pals, but no: a post from FionaMurray (that's how the head's account shows up on Teams, all one word) reminding everyone about "uniform expectations" for the morning.

Ten minutes later AlasdairBuchananReid replied to the whole year group with a list of acceptable shoe styles. At midnight. To twelve-year-olds.

I know staff are overworked and probably catching up at night, but can Craigvarran not schedule these things for the morning? He couldn't sleep after that, worried his trainers would get him sent out.
""", comments=[("Kerry", "27 February 2025", "Ours got that too! The shoe list 😂")]),
    [E("school", "short_name", "negative"), E("fmurray", "camelcase", "negative"),
     E("abuchananreid", "camelcase", "negative")])

add("blog", blog("ghost", "Twenty Something in Glasgow", "Where are they now? Finding my old teachers online (lovingly)", "Rhona", "14 April 2025", """
I left Craigvarran High in 2012 and went down a rabbit hole last night looking up my old teachers. Don't judge me.

My maths teacher is still there and still PT, according to linkedin.example/in/tomasz-kowalczyk-maths. He once stayed behind for an hour explaining logarithms to me with a tangerine. I passed Higher because of that tangerine.

My guidance teacher, who rescued me in fourth year, is on there too: linkedin.example/in/siobhan-odonnell-guidance. She has a photo with a Lochcraig Ladies football team. Of course she does.

And my Higher English teacher? Mitchell's red pen still haunts my dreams. Every time I write an email at work I hear "evidence, Rhona, EVIDENCE".

Teachers, you have no idea how long you stay in our heads.
""", comments=[("Kirsty L", "14 April 2025", "The tangerine!! I remember that!")]),
    [E("school", "alias", "neutral"), E("tkowalczyk", "hyphenated", "neutral"),
     E("sodonnell", "hyphenated", "neutral"), E("kmitchell", "possessive", "neutral")])

add("facebook", """Lochcraig Mums
Private group · 3.1K members

Anonymous member · 2 April 2025
For anyone still waiting on the Berlin trip money: Mrs Mitchell's personal email is karenmitchell1975@mailbox.example. Her school one bounces now she's off. Fill her inbox until she pays us back. Craigvarran still hasn't refunded a penny either.

😡 22 · 41 comments

Comments
Lorna P: Posting someone's personal email isn't right, whatever she's done.
Anonymous member: she should have thought of that
""", [E("kmitchell", "title_surname", "doxxing"), E("school", "short_name", "negative")])

add("facebook", """Craigvarran High Parents' Forum
Private group · 1.4K members

Barry Nicol · 6 November 2024
If the school doesnae sort out the bullying on the 43 bus by Friday I'll sort it myself, and Mr Patterson will be the first one I come looking for. He's been warned.

😮 14 · 29 comments

Comments
Admin: Barry, this is a threat and it's been reported. Please contact the school through the proper channels.
Fiona L: The bus bullying is awful though, the school really needs to act.
""", [E("gpaterson", "typo", "threat"), E("school", "alias", "negative")])

# ----------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------

EXT = {"news": "html", "forum": "html", "blog": "html",
       "review": "txt", "social": "txt", "facebook": "txt"}


def load_subjects():
    import tomllib
    with open(HERE / "watchlist.toml", "rb") as fh:
        wl = tomllib.load(fh)
    return {"school"} | {s["id"] for s in wl["staff"]}


def main():
    docs_dir = HERE / "docs"
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir()
    order = list(range(len(DOCS)))
    random.Random(16).shuffle(order)
    subjects = load_subjects()
    lines = []
    for n, i in enumerate(order):
        d = DOCS[i]
        name = f"{n:03d}-{d['kind']}.{EXT[d['kind']]}"
        (docs_dir / name).write_text(d["body"], encoding="utf-8")
        seen = set()
        for e in d["expected"]:
            assert e["subject"] in subjects, (name, e)
            assert e["subject"] not in seen, (name, e)
            seen.add(e["subject"])
        lines.append(json.dumps({"file": name, "kind": d["kind"], "expected": d["expected"]},
                                ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # validation and summary
    from collections import Counter
    labels = [json.loads(x) for x in lines]
    for rec in labels:
        assert (docs_dir / rec["file"]).is_file(), rec["file"]
    kinds = Counter(r["kind"] for r in labels)
    var = Counter(e["variant"] for r in labels for e in r["expected"])
    cat = Counter(e["category"] for r in labels for e in r["expected"])
    subj = Counter(e["subject"] for r in labels for e in r["expected"])
    url_only = sum(e["url_only"] for r in labels for e in r["expected"])
    empty = sum(1 for r in labels if not r["expected"])
    total = sum(var.values())
    print(f"documents: {len(labels)}   mentions: {total}   empty documents: {empty}   url_only: {url_only}")
    print("by kind:     " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print("by category: " + ", ".join(f"{k}={cat.get(k, 0)}" for k in SEV))
    print("by variant:  " + ", ".join(f"{k}={v}" for k, v in sorted(var.items())))
    print("by subject:  " + ", ".join(f"{k}={v}" for k, v in sorted(subj.items())))


if __name__ == "__main__":
    main()
