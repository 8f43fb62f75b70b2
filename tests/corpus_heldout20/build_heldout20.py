#!/usr/bin/env python3
# ruff: noqa: E501, E741, B007, SIM102, SIM401
"""Held-out evaluation corpus ``heldout20`` for the repwatch matcher.

Setting
-------
Wendlesey Harvest Academy ("Harvest", formerly Wendlesey High School, "WHS") is an invented
11-18 academy in Wendlesey, an invented Fenland market town on the Cambridgeshire/Norfolk
border, run by the invented Fen Edge Learning Trust.  Its catchment takes in the villages of
Saxby Drove, Coldhithe, Brinkfen, Elmstow and Gull Bank, the Marlpit estate and the old
Traveller site on Black Dyke Lane.  Many families work on the land and in the packhouses
(Harvest Fresh Ltd is the big one); there are large Portuguese, Lithuanian and Bulgarian
communities.  Everything is fictional: people, places, postcodes (PE47-PE49 do not exist),
phone numbers (Ofcom drama ranges), domains (.example) and car registrations (invalid
area codes such as QE/ZF/QK).

Staff (see watchlist.toml)
--------------------------
Janet Thurlow (Principal, née Fairweather) · Thaddeus Gotobed (Head of Science, unique=true,
also the speedway announcer) · Rebecca Hale-Dunmore (SENCo, hyphenated) · Inês Carvalho (EAL
coordinator, accent) · Kieran O'Dowd (Deputy Principal, apostrophe) · Ed Mumby (Head of PE,
short first name, alias Edward) · Paul Wright (Head of Year 9, very common name with
namesakes: a parish councillor, a speedway rider, a farmer, a driving instructor) · Dimitar
Georgiev (maths, alias Mitko) · Vytautas Kazlauskas (Head of D&T; a forklift-driver namesake)
· Bridget Loveridge (attendance and family liaison officer, from the Traveller community).

Voices
------
The district weekly (the Wendlesey & Marshland Standard), a digital news site, the regional
daily, a national tabloid, education trade press, local radio, job adverts and funeral
notices; a farming forum, a teachers' forum, a Mumsnet-style parents' forum, a local town
forum, a Reddit-style board, a speedway fans' forum, a SEND parents' board, a nationalist
forum and a Traveller community board; parish council minutes, a Methodist chapel newsletter,
the speedway club's site, personal blogs; Google/StaffSay/tutor reviews; X, TikTok,
Instagram, Threads and Bluesky comments; village Facebook groups.  Fenland/Norfolk dialect
("bor", "squit", "on the huh", "mawther", "dockey", "that int", "hent") appears throughout.

Decoys
------
"harvest" as the ordinary word (harvest festival, potato harvest, harvest mice), other
organisations (Harvest Fresh packhouse, Harvest Moon takeaway, Harvest Table café, the game
Harvest Moon), WHS as the Wendlesey Horticultural Society / World Heritage Site / a
handwriting scheme, namesakes clearly elsewhere (Cllr Paul Wright, Paul Wright the speedway
rider and the driving school, a forklift driver called Vytautas Kazlauskas, a Mrs Thurlow and
a Mrs O'Dowd at other schools, a Portsmouth head called Carvalho).

Labelling conventions
---------------------
One label per subject per document: the easiest name form present (exact > alias >
title_surname > the rest) and the worst category for that subject in that document
(threat > hate > sexual > doxxing > defamation > abuse > negative > neutral).  Reports of a
conviction, condemnation, and quoting abuse in order to condemn it are neutral for the
victim.  Where a child may be involved the staff member and the school (if named) are
``sexual`` with ``url_only: true``.  Namesakes clearly elsewhere are not labelled; the
``allow`` set of a document records which lookalikes it deliberately contains so the checks
below can tell a decoy from a forgotten label.  Thaddeus Gotobed is ``unique`` and is labelled
wherever his name appears, with or without the school.
"""

import html
import json
import re
import sys
import tomllib
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = []

KINDS = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
VARIANTS = ["exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
            "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
            "obfuscated", "hashtag", "handle", "camelcase", "surname_only"]

# subject shorthands
S, TH, GB, HD, IC, OD, EM, PW, DG, VK, BL = ("school", "jthurlow", "tgotobed", "rhaledunmore",
                                              "icarvalho", "kodowd", "emumby", "pwright",
                                              "dgeorgiev", "vkazlauskas", "bloveridge")


def m(subject, variant, category, form, url_only=False):
    """One expected mention; ``form`` is the text that must appear in the document."""
    return {"subject": subject, "variant": variant, "category": category, "form": form, "url_only": url_only}


def add(kind, content, expected, allow=()):
    DOCS.append({"kind": kind, "content": content, "expected": list(expected), "allow": set(allow)})


# ---------------------------------------------------------------------------------------
# page chrome
# ---------------------------------------------------------------------------------------
def esc(t):
    return html.escape(t, quote=False)


def paras_html(text):
    """Blank-line separated paragraphs; lines starting '> ' become a blockquote, '## ' a subhead,
    '* ' a list item."""
    out = []
    for block in [b.strip("\n") for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]:
        lines = block.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = " ".join(l.lstrip("> ").strip() for l in lines)
            out.append(f"<blockquote>{esc(inner)}</blockquote>")
        elif block.startswith("## "):
            out.append(f"<h2>{esc(block[3:])}</h2>")
        elif all(l.startswith("* ") for l in lines):
            out.append("<ul>" + "".join(f"<li>{esc(l[2:])}</li>" for l in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>".join(esc(l) for l in lines) + "</p>")
    return "\n".join(out)


NEWS_SITES = {
    "standard": {
        "name": "The Wendlesey & Marshland Standard", "domain": "wmstandard.example",
        "nav": ["News", "Courts", "Schools", "Farming", "Speedway", "Sport", "Letters", "Notices", "Jobs", "Property", "E-edition"],
        "cookie": "We and our 143 partners use cookies to personalise ads and measure audiences. You can change your choices at any time via Privacy settings. [Accept all] [Manage options]",
        "most_read": ["A47 closed for six hours after lorry sheds sugar beet load", "Wendlesey market traders angry over new parking charges",
                      "Pumping station upgrade 'will protect 4,000 homes'", "Pub landlord retires after 31 years behind the bar at the Five Alls",
                      "Flood warning lifted on the Old Bedford", "Plans for 240 homes on Gull Bank farmland refused"],
        "footer": "© Marshland Newspapers Ltd, Unit 4 Cattle Market Yard, Wendlesey PE47 2LT. Registered in England No. 00000000. Editorial: 01632 960233. This newspaper is regulated by the Independent Press Standards Organisation.",
    },
    "fensnow": {
        "name": "FensNow", "domain": "fensnow.example",
        "nav": ["Latest", "Wendlesey", "Ouseport & Fenchester", "Marshland villages", "What's On", "Crime", "Education", "Traffic", "Weather"],
        "cookie": "FensNow uses cookies. Some are essential and some help us show you adverts so we can keep local journalism free. [OK] [Reject non-essential]",
        "most_read": ["LIVE: Tailbacks on the Ouseport road after crash near Fen End roundabout", "The fish and chip shops you voted best in the Fens",
                      "Man fined after dumping 40 tyres in a field drain", "New Aldi 'a step closer' as plans go in", "Wendlesey man's 70-year-old tractor wins top prize"],
        "footer": "FensNow is part of East Digital Media. Contact the newsdesk: news@fensnow.example. Terms | Privacy | Complaints | Advertise with us",
    },
    "argus": {
        "name": "Eastern Daily Argus", "domain": "argus-east.example",
        "nav": ["Home", "News", "Norfolk", "Cambridgeshire", "Business", "Agriculture", "Opinion", "Sport", "Puzzles", "Subscribe"],
        "cookie": "Your privacy: we use cookies and similar technologies for essential site functions, analytics and personalised advertising. By clicking 'Accept' you consent to this. [Accept] [Settings]",
        "most_read": ["Norfolk farmers warn of carrot shortage after wet spring", "Broadband roll-out reaches last Fen villages", "County council agrees 4.99pc tax rise",
                      "Nature reserve sees record number of cranes", "Rail line reopening study published", "Tributes to former mayor"],
        "footer": "© Argus Media Group 2025. All rights reserved. Argus Media Group, Prospect House, Norwich. Reproduction without permission prohibited.",
    },
    "clarion": {
        "name": "The Daily Clarion", "domain": "dailyclarion.example",
        "nav": ["News", "Politics", "Showbiz", "TV", "Sport", "Money", "Health", "Travel", "Opinion", "Royals"],
        "cookie": "We value your privacy. We and our partners store and/or access information on a device. [AGREE] [MORE OPTIONS]",
        "most_read": ["Soap star's secret wedding in Tuscany", "Energy bills to fall £90 in April, watchdog says", "Dog walker finds WW2 grenade on beach",
                      "Holiday chaos as air traffic control fails again", "Pensioner, 92, wins the lottery twice"],
        "footer": "The Daily Clarion © Clarion Newspapers 2025. Regulated by IPSO. Contact us | Advertise | Terms | Privacy | Cookie policy",
    },
    "edubrief": {
        "name": "EduBrief", "domain": "edubrief.example",
        "nav": ["News", "Academies", "Accountability", "Funding", "SEND", "Workforce", "Jobs", "Podcast", "Events"],
        "cookie": "EduBrief uses cookies for analytics and to remember your preferences. [Accept] [Decline]",
        "most_read": ["DfE confirms 5.5% teacher pay award", "Trusts told to publish CEO pay bands", "SEND deficit 'override' extended again",
                      "Attendance: persistent absence still 1 in 5", "Ofsted report cards: what schools need to know"],
        "footer": "EduBrief is published by Learning Media Ltd. Editorial enquiries: news@edubrief.example",
    },
    "marshfm": {
        "name": "Marsh FM", "domain": "marshfm.example",
        "nav": ["Listen Live", "News", "Travel", "Schedule", "Presenters", "Competitions", "Advertise"],
        "cookie": "We use cookies to make our player work and to understand our audience. [Fine by me] [Cookie settings]",
        "most_read": ["Travel: delays on the Marsh Road at Hobb's Sluice", "Wendlesey Carnival returns this August", "Weather: frost warning for the Fens",
                      "Local hospice launches Christmas appeal", "Ouseport bypass roadworks extended"],
        "footer": "Marsh FM 104.9 – the sound of the Fens. © Marsh Broadcasting Ltd. Studio line 01632 960777.",
    },
    "teacheast": {
        "name": "TeachEast Jobs", "domain": "teacheast.example",
        "nav": ["Search jobs", "Schools", "Career advice", "Post a job", "Sign in"],
        "cookie": "We use cookies to improve your job search. [Accept all] [Only necessary]",
        "most_read": ["Teacher of English – Ouseport Academy", "SEN Teaching Assistant – St Guthlac's CE Primary", "Head of Geography – King's Fen School",
                      "Exams Officer – Marshland College", "Cover Supervisor – Fenchester Grammar"],
        "footer": "TeachEast Jobs – education vacancies across East Anglia. © TeachEast Recruitment Ltd.",
    },
    "notices": {
        "name": "Fenland Family Notices", "domain": "fenlandnotices.example",
        "nav": ["Deaths", "Funerals", "In Memoriam", "Births", "Marriages", "Place a notice", "Funeral directors"],
        "cookie": "This site uses cookies to store your preferences. [Close]",
        "most_read": ["Funeral directors in Wendlesey", "Send flowers", "Donate in memory", "Write a tribute"],
        "footer": "Fenland Family Notices in partnership with the Wendlesey & Marshland Standard. Notices are placed by families and funeral directors.",
    },
}


def news_page(site, section, headline, standfirst, byline, date, body, comments=(), tags=()):
    s = NEWS_SITES[site]
    nav = "".join(f'<li><a href="https://{s["domain"]}/{n.lower().replace(" ", "-").replace("&", "and")}/">{esc(n)}</a></li>' for n in s["nav"])
    mr = "".join(f"<li><a href=\"https://{s['domain']}/news/{i}\">{esc(h)}</a></li>" for i, h in enumerate(s["most_read"]))
    tag_html = "".join(f'<a class="tag" href="https://{s["domain"]}/topic/{esc(t.lower().replace(" ", "-"))}">{esc(t)}</a> ' for t in tags)
    if comments:
        cm = "".join(f'<div class="comment"><span class="c-user">{esc(u)}</span> <span class="c-time">{esc(t)}</span><div class="c-body">{paras_html(b)}</div><span class="c-votes">Reply · Report</span></div>\n' for u, t, b in comments)
        cm = f'<section id="comments"><h3>Comments ({len(comments)})</h3><p class="c-rules">Comments are moderated after publication. Please read our community guidelines.</p>\n{cm}</section>'
    else:
        cm = '<section id="comments"><p>Comments are closed on this article.</p></section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(headline)} | {esc(s['name'])}</title>
<meta name="description" content="{html.escape(standfirst)}">
<link rel="canonical" href="https://{s['domain']}/{section.lower()}/article">
</head>
<body class="site-{site}">
<div id="cookie-banner" role="dialog">{esc(s['cookie'])}</div>
<header class="masthead"><a class="logo" href="https://{s['domain']}/">{esc(s['name'])}</a>
<nav><ul>{nav}</ul></nav>
<form class="search" action="https://{s['domain']}/search"><input name="q" placeholder="Search"></form>
</header>
<main>
<div class="breadcrumb"><a href="https://{s['domain']}/">Home</a> › {esc(section)}</div>
<article>
<h1>{esc(headline)}</h1>
<p class="standfirst">{esc(standfirst)}</p>
<div class="byline">{esc(byline)} · <time>{esc(date)}</time></div>
<div class="share">Share: Facebook · X · WhatsApp · Email</div>
<div class="article-body">
{paras_html(body)}
</div>
<div class="tags">{tag_html}</div>
<aside class="newsletter">Get the day's headlines in your inbox every morning. <a href="https://{s['domain']}/newsletters">Sign up</a></aside>
</article>
{cm}
</main>
<aside class="sidebar"><h3>Most read</h3><ol>{mr}</ol><div class="advert">Advertisement</div></aside>
<footer>{esc(s['footer'])}</footer>
</body>
</html>
"""


FORUM_SITES = {
    "parentnet": {"name": "ParentNet", "domain": "parentnet.example", "nav": ["Talk", "Active", "Am I Being Unreasonable?", "Education", "Secondary", "SEN", "Relationships", "Chat", "Style & beauty"],
                  "cookie": "ParentNet uses cookies to give you the best experience. Some cookies are used for advertising. [Accept] [Manage]",
                  "side": ["AIBU to refuse to host Christmas again?", "DD's best friend has dumped her, 13 and heartbroken", "What's for tea tonight?", "Anyone else's DH incapable of loading a dishwasher", "Secondary school transfer results thread 2025"],
                  "footer": "ParentNet Ltd. Talk guidelines | Report a post | Contact us | Privacy"},
    "fentalk": {"name": "FenTalk – Wendlesey & District Forum", "domain": "fentalk.example", "nav": ["Forum index", "Local news & gossip", "Schools & kids", "For sale", "Lost & found", "Moans & groans", "Members"],
                "cookie": "This board uses cookies. By continuing you accept this.",
                "side": ["Who's got the best chips in town now the Cod Father's shut?", "Fly tipping down Black Dyke Lane again", "Market day car park rip off", "Anyone remember the old cattle market?", "Speed cameras on the Elmstow road"],
                "footer": "Powered by phpBB® Forum Software © phpBB Limited | FenTalk is run by volunteers. Admins: fenadmin, mardle_mick."},
    "chalkface": {"name": "Chalkface – the teachers' forum", "domain": "chalkface.example", "nav": ["Community", "Workplace dilemmas", "Job seeking & interviews", "Early career", "Leadership", "SEN", "Pay & conditions", "Staffroom"],
                  "cookie": "Chalkface uses essential and analytics cookies. [Accept] [Customise]",
                  "side": ["Is it normal to have no PPA this term?", "Interview lesson ideas – Y9 quadratics", "Leaving mid-year: what notice?", "Ofsted call came today", "Supply rates in East Anglia 2025"],
                  "footer": "Chalkface is an independent community. Posts are the views of their authors. © Chalkface Community CIC"},
    "furrow": {"name": "The Furrow – farming forum", "domain": "thefurrow.example", "nav": ["Arable", "Potatoes & veg", "Sugar beet", "Machinery", "Labour & staff", "Diversification", "Off topic"],
               "cookie": "The Furrow uses cookies. Click OK to carry on.",
               "side": ["Beet yields 2024 – how did yours do?", "Anyone running a Claas Lexion 8900?", "Seasonal worker visa quota – again", "Drainage board rates up 9%", "Best grain dryer for small setup"],
               "footer": "The Furrow © 2025 · Forum software by XenForo® · Terms and rules · Privacy policy"},
    "rabble": {"name": "Rabble", "domain": "rabble.example", "nav": ["r/fens", "Popular", "All", "Create post"],
               "cookie": "Rabble uses cookies and similar technologies to provide a better experience. [Accept all] [Reject optional]",
               "side": ["r/fens rules: 1. Be civil 2. No doxxing 3. No personal info 4. Local content only", "Related: r/cambridgeshire, r/norfolk, r/peterborough"],
               "footer": "Rabble Inc © 2025. All rights reserved. User Agreement | Content Policy | Privacy Policy"},
    "pits": {"name": "SpeedwayPits", "domain": "speedwaypits.example", "nav": ["Premiership", "Championship", "National League", "Riders", "Tracks", "Off topic"],
             "cookie": "We use cookies. Deal with it :) [OK]",
             "side": ["Who's the best reserve in the NL?", "Gate positions – do they matter at Wendlesey?", "Shale vs tarmac bikes", "Kestrels 2025 fixture list", "Track curfew complaints"],
             "footer": "SpeedwayPits – the fans' forum since 2003. Invision Community © 2025"},
    "sendhub": {"name": "SEND Parents Hub", "domain": "sendparentshub.example", "nav": ["Forums", "EHCP", "Tribunals", "Secondary transfer", "Exclusions", "Local offer", "Resources"],
                "cookie": "We use cookies to keep you logged in. [OK]",
                "side": ["Tribunal bundle – what to include?", "Annual review ignored for 9 months", "Reduced timetable: is it legal?", "Section F wording help", "Transport appeal won!"],
                "footer": "SEND Parents Hub is a registered charity. Peer support only, not legal advice."},
    "albion": {"name": "Albion Awake", "domain": "albionawake.example", "nav": ["Home", "Local chapters", "Our towns", "Media", "Members"],
               "cookie": "Cookies. Because the globalists insist.",
               "side": ["Chapter meet: Fens", "They're rewriting our history", "Know your rights at protests"],
               "footer": "Albion Awake – free speech for the forgotten. Content is user submitted."},
    "drom": {"name": "Drom Talk – Gypsy, Roma & Traveller community board", "domain": "dromtalk.example", "nav": ["Home", "Education", "Sites & planning", "Health", "Horse fairs", "Faith", "Chat"],
             "cookie": "We use cookies for logins only.",
             "side": ["Appleby dates 2025", "Transit site closed again", "Home education – your rights", "Horse passports help"],
             "footer": "Drom Talk – run by and for the community. Be kind."},
}


def forum_page(site, board, title, posts, views=None):
    s = FORUM_SITES[site]
    nav = " | ".join(f'<a href="https://{s["domain"]}/{esc(n.lower().replace(" ", "-"))}">{esc(n)}</a>' for n in s["nav"])
    side = "".join(f"<li>{esc(h)}</li>" for h in s["side"])
    body = []
    for i, p in enumerate(posts):
        user, when, text = p[0], p[1], p[2]
        extra = p[3] if len(p) > 3 else ""
        body.append(f'<div class="post" id="p{i + 1}"><div class="post-author"><b>{esc(user)}</b>{("<br><small>" + esc(extra) + "</small>") if extra else ""}</div>'
                    f'<div class="post-meta">#{i + 1} · {esc(when)}</div><div class="post-body">{paras_html(text)}</div>'
                    f'<div class="post-actions">Quote · Reply · Report</div></div>')
    v = f"<span class='views'>{views} views · {len(posts)} replies</span>" if views else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} | {esc(s['name'])}</title></head>
<body class="forum {site}">
<div class="cookie-notice">{esc(s['cookie'])}</div>
<header><a href="https://{s['domain']}/" class="brand">{esc(s['name'])}</a> <span class="login">Log in · Register</span>
<nav>{nav}</nav></header>
<div class="crumbs"><a href="https://{s['domain']}/">{esc(s['name'])}</a> › {esc(board)}</div>
<main class="thread">
<h1>{esc(title)}</h1>{v}
{chr(10).join(body)}
<div class="reply-box">You must be logged in to reply.</div>
</main>
<aside><h4>Elsewhere on the board</h4><ul>{side}</ul></aside>
<footer>{esc(s['footer'])}</footer>
</body></html>
"""


def blog_page(site_name, domain, title, author, date, body, comments=(), nav=("Home", "About", "Archive", "Contact"), side=(), footer=None):
    navh = " · ".join(f'<a href="https://{domain}/{esc(n.lower().replace(" ", "-"))}">{esc(n)}</a>' for n in nav)
    sideh = "".join(f"<li>{esc(h)}</li>" for h in side)
    cm = ""
    if comments:
        cm = "<section class='comments'><h3>" + str(len(comments)) + " comments</h3>" + "".join(
            f"<div class='comment'><b>{esc(u)}</b> <i>{esc(t)}</i>{paras_html(b)}</div>" for u, t, b in comments) + "<form><textarea placeholder='Leave a reply'></textarea></form></section>"
    foot = footer or f"© {site_name}. Powered by a blogging platform. Privacy · Cookies"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} – {esc(site_name)}</title></head>
<body class="blog">
<div class="cookies">This site uses cookies to count visitors. <button>OK</button></div>
<header><h1 class="site-title"><a href="https://{domain}/">{esc(site_name)}</a></h1><nav>{navh}</nav></header>
<main><article><h2 class="entry-title">{esc(title)}</h2>
<p class="meta">Posted by {esc(author)} on {esc(date)}</p>
<div class="entry">
{paras_html(body)}
</div></article>
{cm}
</main>
<aside class="widgets"><h4>Recent posts</h4><ul>{sideh}</ul></aside>
<footer>{esc(foot)}</footer>
</body></html>
"""


# ---------------------------------------------------------------------------------------
# NEWS, part 1
# ---------------------------------------------------------------------------------------
add("news", news_page(
    "standard", "Schools", "Best GCSE results in five years for Wendlesey academy",
    "Science and maths lead the way as pupils from across the Fens collect their grades",
    "By Maxine Dobbs, education reporter", "Thursday 22 August 2024",
    """There were hugs, happy tears and one or two phone calls to grandparents in Portugal and Lithuania on Thursday morning as Year 11 pupils at Wendlesey Harvest Academy collected the best GCSE results the school has recorded since it became an academy.

Sixty-one per cent of pupils achieved a standard pass (grade 4 or above) in both English and maths, up from 52 per cent last year, and the number of top grades in the separate sciences almost doubled.

Principal Janet Thurlow said the results were "a tribute to young people who, in a lot of cases, have been up at five helping on the land or minding younger brothers and sisters while mum and dad are on an early shift at the packhouse."

"We have pupils who arrived in Year 9 speaking barely a word of English and walked out this morning with a grade 6 in English language," she said. "I don't think people outside the Fens always understand what that takes."

## Science success

The science department had particular cause to celebrate. Head of science Thaddeus Gotobed, whose lunchtime experiments club has become something of a local legend, said a decision to run extra Saturday sessions in the spring had paid off.

"They came in on Saturdays in the middle of the asparagus season, which tells you everything," he said. "I promised that if we beat last year's numbers I would let Year 11 set fire to my eyebrows. I am now negotiating."

Among the star performers was Beatriz Monteiro, 16, of Coldhithe, who achieved five grade 9s and plans to study chemistry, biology and maths at the academy's sixth form. Her family moved to Wendlesey from near Leiria in 2019, when her father took a job as a forklift driver.

"My dad said if I got good grades he would stop making me pack onions in the summer," she laughed. "So I think I will still be packing onions."

Twins Dovydas and Gabija Jonaitis, from the Marlpit estate, collected 17 grade 7s or higher between them. Luke Barrett, 16, of Saxby Drove, who missed much of Year 10 through illness, passed all nine of his subjects and is starting an agricultural engineering apprenticeship in September.

## Sixth form numbers up

The academy, which has around 1,150 pupils, says applications to its sixth form have risen for the third year in a row, with more students choosing to stay in Wendlesey rather than travel to colleges in Ouseport or Fenchester.

The Fen Edge Learning Trust, which runs the school, said the results showed "a clear upward trajectory" after a difficult inspection in 2022.

Nationally the proportion of top grades fell slightly this year as exam boards completed the return to pre-pandemic grading.""",
    comments=[("Sheila from Gull Bank", "22 Aug 2024 14:02", "Well done all of you. Our granddaughter got her 6 in maths and she was dreading it."),
              ("FenTigerBob", "22 Aug 2024 16:40", "Proper chuffed for them kids. Onion packing builds character an all 😂"),
              ("marshman63", "23 Aug 2024 08:15", "Good to see a positive story for once. Credit where its due.")],
    tags=["Education", "GCSE results", "Wendlesey"]),
    [m(S, "exact", "neutral", "Wendlesey Harvest Academy"),
     m(TH, "exact", "neutral", "Janet Thurlow"),
     m(GB, "exact", "neutral", "Thaddeus Gotobed")])

add("news", news_page(
    "standard", "Schools", "Ofsted: Wendlesey academy 'requires improvement' as inspectors raise behaviour concerns",
    "Report says pupils feel safe but low-level disruption is 'too common' in some lessons",
    "By Maxine Dobbs", "Friday 15 March 2024",
    """Inspectors have told Harvest Academy in Wendlesey that it still requires improvement, more than three years after the school was last judged to be falling short.

The report, published on Thursday after a two-day visit in February, rated the quality of education and sixth form provision as good, but said behaviour and attitudes and leadership and management both required improvement.

Inspectors wrote that "low-level disruption is too common in some lessons, particularly in key stage 3" and that "leaders' actions to improve behaviour are recent and have not yet had the impact they intend." They also found that "too many pupils are persistently absent, including some disadvantaged pupils and pupils from Gypsy, Roma and Traveller communities."

On the positive side, the report praised "a well-planned curriculum, ambitious for all," said that pupils who speak English as an additional language "are supported to learn English quickly and well," and noted that sixth-form students were "articulate, thoughtful and proud of their school."

## 'We accept the findings'

Principal Janet Thurlow said the school accepted the findings. "The inspectors saw what we see: a school that is improving, with real strengths in the classroom, that still has work to do on behaviour and attendance in a minority of cases," she said.

She said a new behaviour policy, introduced in January under deputy principal Kieran O'Dowd, was designed to tackle exactly the issues raised. That policy, which includes a "reset room" where pupils removed from lessons spend the rest of the day, has proved controversial with some parents, who say it is too harsh.

"We know change is not always comfortable," Mrs Thurlow said. "But every parent I speak to wants calm classrooms, and that is what we are building."

## What happens next

Schools that require improvement are normally inspected again within 30 months. The Fen Edge Learning Trust said it would provide extra support from its school improvement team.

Wendlesey's county councillor, Margaret Oakey, said she was "disappointed but not surprised" and called on the Department for Education to do more for schools in rural areas that "struggle to recruit because young teachers don't want to live out here."

The academy's previous inspection, in 2021, also judged it to require improvement. Before converting to academy status in 2012 it was Wendlesey High School.

The full report is available on the Ofsted website.""",
    comments=[("Tracy_M", "15 Mar 2024 10:11", "Reset room my backside, its a isolation booth. My daughter sat in there for wearing the wrong coat. Ofsted should have looked in there."),
              ("DroveEndDave", "15 Mar 2024 11:30", "Kids need discipline. Half of them are feral. About time someone put their foot down."),
              ("anon", "15 Mar 2024 13:52", "Requires improvement AGAIN. How many more years."),
              ("Marlpit Mick", "15 Mar 2024 19:20", "That O'Dowd wants horsewhipping round the market square. Somebody'll catch him on his own one night and he'll find out what Fen folk think of his booths.")],
    tags=["Education", "Ofsted", "Wendlesey"]),
    [m(S, "alias", "negative", "Harvest Academy"),
     m(TH, "exact", "neutral", "Janet Thurlow"),
     m(OD, "exact", "threat", "Kieran O'Dowd")])

add("news", news_page(
    "fensnow", "Education", "Parents protest at school gates over 'reset room' isolation",
    "Around 40 parents and grandparents gathered outside the academy on Monday morning",
    "Jade Fletcher", "Mon 22 Apr 2024 · 12:47",
    """Around 40 parents, grandparents and younger siblings in pushchairs gathered outside the gates of the Harvest Academy in Wendlesey on Monday, holding hand-made placards reading "Kids not criminals" and "Scrap the booths".

The protest was organised through the Wendlesey Matters Facebook group after a series of posts from parents who said their children had been sent to the school's reset room for minor uniform breaches.

Under the academy's new behaviour policy, pupils who are removed from a lesson complete their work in silence in the reset room for the rest of the day. Parents at the protest described individual desks divided by wooden partitions.

"My son was put in there for having a black hoodie under his blazer on a day when it was four degrees outside," said Kerry-Ann Blythe, 34, of Saxby Drove. "He sat facing a wall for five hours. He's twelve. He's not in prison."

Another mum, who asked not to be named, said her daughter, who has autism, had spent eleven days in the room since Christmas. "She comes home and doesn't speak. The school keeps saying they're reviewing it."

Several parents singled out the deputy principal in charge of behaviour, Kieran O'Dowd, who introduced the policy in January.

"He's never even met my son but he's the one signing off all these sanctions," said Ms Blythe. "He came out this morning and wouldn't come to the gate to talk to us. That says it all."

Another protester, who gave her name only as Leanne, said: "I've written to him three times. I get a letter back that's been copied and pasted. He doesn't care what it's doing to the kids."

A spokesperson for the Fen Edge Learning Trust said the reset room was "a calm, supervised space where pupils can continue learning" and that "pupils are not isolated, they are supervised by trained staff at all times."

"Since January, serious incidents in lessons have fallen by more than a third," the spokesperson said. "We will always listen to parents, and Mr O'Dowd has offered to meet any family who has concerns."

Police attended briefly but said the protest was peaceful.

The protest comes a month after Ofsted judged the school to require improvement, with inspectors saying low-level disruption was too common.

Did your child's school change its behaviour policy? Tell us: news@fensnow.example""",
    comments=[("Gemma Rix", "22 Apr 2024", "Good on them. Its cruel."),
              ("Martin Pegg", "22 Apr 2024", "In my day you got the slipper. A wall never hurt no one."),
              ("Sarah J", "23 Apr 2024", "My son says its actually quieter now in lessons. Not everyone hates it.")],
    tags=["Wendlesey", "Schools", "Protest"]),
    [m(S, "alias", "negative", "Harvest Academy"),
     m(OD, "exact", "negative", "Kieran O'Dowd")])

add("news", news_page(
    "standard", "Courts", "Man jailed for threatening Wendlesey teacher outside his home",
    "Dad told head of year he would 'put him in the drain' after son was excluded",
    "By Court Reporter Graham Lusher", "Wednesday 9 October 2024",
    """A father who threatened a Wendlesey teacher on his driveway and later sent him a string of abusive messages has been jailed for 16 weeks.

Darren Cole, 41, of Pingle Road, Ouseport, admitted harassment putting a person in fear of violence and a separate offence of sending a threatening communication when he appeared before magistrates in Ouseport on Monday.

The court heard that Cole's 14-year-old son had been suspended from Wendlesey High, now known as the Harvest Academy, for fighting in June.

Prosecutor Anita Sharma said Cole found out where the boy's head of year, Paul Wright, lived and turned up outside his home in the early evening of June 19.

"He shouted at Mr Wright that he would put him in the drain and nobody would find him till the spring," Miss Sharma said. "Mr Wright's wife and two young children were inside the house and heard everything."

Over the next three days Cole sent more than 40 messages to the school's general email address and to a social media account belonging to Mr Wright's wife.

In a victim statement read to the court, Mr Wright said he had been a teacher for 18 years and had "never once felt frightened to go to work until now."

"My children ask if the man is coming back. We had cameras put on the house. I still look in my mirror every time I drive home along the drove."

Mitigating, Dean Whitworth said Cole had a long history of alcohol misuse and had been "beside himself" about his son's schooling. He had written a letter of apology.

Chair of the bench Elizabeth Haddow told Cole: "Teachers are entitled to do their jobs without being terrorised at their own front doors. Only an immediate custodial sentence can be justified."

Cole was also given a five-year restraining order banning him from contacting Mr Wright or his family or going within 500 metres of the school, except to attend pre-arranged meetings about his son accompanied by a social worker.

After the case, the academy's trust said it was "grateful to the police and courts" and that the safety of staff was "paramount".""",
    comments=[("Elmstow Resident", "9 Oct 2024", "Good. Teachers put up with far too much. Hope Mr Wright and his family are OK."),
              ("Jo T", "9 Oct 2024", "16 weeks, out in 8. Joke."),
              ("reader1966", "10 Oct 2024", "Mr Wright taught my two, lovely bloke, didn't deserve that.")],
    tags=["Courts", "Wendlesey", "Harassment"]),
    [m(S, "alias", "neutral", "Wendlesey High"),
     m(PW, "exact", "neutral", "Paul Wright")])

add("news", news_page(
    "argus", "News", "Fen PE teacher suspended as police examine messages to pupil",
    "Trust confirms member of staff 'not in school' while investigation takes place",
    "By Helen Marchant, Chief Reporter", "Saturday 1 February 2025",
    """A head of PE at a Fenland secondary school has been suspended while police investigate claims that he sent inappropriate messages to a pupil.

Edward Mumby, 38, who has taught at the Wendlesey Harvest Academy for nine years, is understood to have been suspended on Wednesday after a parent contacted the school about messages exchanged over a social media app.

Cambridgeshire Police confirmed it had received a report "concerning alleged communications between an adult and a child" and that "enquiries are ongoing." No arrest has been made.

The Fen Edge Learning Trust said in a statement: "We can confirm that a member of staff is not currently in school while an investigation takes place. This is a neutral act and does not imply any wrongdoing. Safeguarding procedures have been followed and the local authority designated officer has been informed. We will not comment further while the investigation is ongoing."

Mr Mumby, who also coaches the school's football and cross-country teams and volunteers with a local speedway club's youth academy, did not respond to requests for comment.

A letter sent to parents on Thursday said that PE lessons would be covered by "an experienced specialist" and that a counsellor would be available to pupils.

One parent, who did not want to be named, said: "Everyone is talking about it at the gate. The kids are upset because he was popular. People need to let the police do their job and stop spreading rumours on Facebook."

The school was rated as requiring improvement by Ofsted last year.

Anyone with concerns about a child's safety can contact the NSPCC helpline.""",
    comments=[],
    tags=["Education", "Wendlesey", "Police"]),
    [m(S, "exact", "sexual", "Wendlesey Harvest Academy", url_only=True),
     m(EM, "alias", "sexual", "Edward Mumby", url_only=True)])

add("news", news_page(
    "clarion", "News", "GO TO BED, SIR! Science teacher's exploding custard stunt becomes internet sensation",
    "Fenland teacher with the best name in Britain racks up 9 MILLION views",
    "By Kirsty Lane", "Updated 14:22, 4 Nov 2024",
    """HE's the science teacher with the name that launched a million jokes - and now the whole world is watching.

Thaddeus Gotobed, 44, head of science at Harvest Academy in Wendlesey, Cambs, became an online sensation after pupils filmed him igniting a cloud of custard powder in the school car park.

The 38-second clip, posted to TikTok with the caption "when sir says DON'T try this at home", has been viewed more than nine million times.

In it the bearded boffin, wearing a lab coat and swimming goggles, blows custard powder through a tube into a candle flame, producing a fireball several feet high while a crowd of teenagers screams with delight.

"I've been doing that demo for twenty years and nobody batted an eyelid," Mr Gotobed told The Clarion. "Then one Year 10 puts it online and suddenly my mum's friends in Spalding are ringing her up."

And yes - he has heard all the jokes about his name.

"Every class, every year. 'Sir, shouldn't you be in bed?' 'Sir, can we go to bed?' I tell them it's a proper old Fen name, it goes back centuries round here, and that I'm the one who'll be setting their homework, so they can laugh all they like."

The surname Gotobed is indeed found in parish records across Cambridgeshire and Norfolk dating back to the thirteenth century.

Fans flooded the comments calling him "the best teacher in England" and demanding he get his own TV show.

One wrote: "My science teacher made us copy from a textbook for two years. This man is a NATIONAL TREASURE."

The school, where around one in four pupils speaks English as an additional language, said it was "delighted" by the attention - but reminded pupils not to try the experiment themselves.

A spokesperson added: "Mr Gotobed's demonstrations are carried out under strict risk assessment with a fire extinguisher to hand. Please do not try this with the custard in your cupboard."

SHARE your teacher stories: tips@dailyclarion.example""",
    comments=[("Brenda1955", "4 Nov 2024", "What a lovely man. Teachers like that are worth their weight in gold."),
              ("NoNonsense_Nige", "4 Nov 2024", "And this is why the kids can't do long division. Fireworks instead of learning."),
              ("PollyPocket", "4 Nov 2024", "Gotobed is a brilliant name I'm crying"),
              ("Sandra_in_Spalding", "4 Nov 2024", "He can light my Bunsen burner any night of the week 😍 Lucky wife, that's all I'm saying. I'd keep him up WELL past bedtime.")],
    tags=["Viral", "Schools", "TikTok"]),
    [m(GB, "exact", "sexual", "Thaddeus Gotobed"),
     m(S, "alias", "neutral", "Harvest Academy")])

add("news", news_page(
    "standard", "News", "Racist graffiti daubed on academy gates condemned by town leaders",
    "Police treating slogans targeting Eastern European families as a hate crime",
    "By Tom Aldridge", "Tuesday 3 September 2024",
    """Police are investigating after racist graffiti aimed at Eastern European families was sprayed on the gates and a wall at Wendlesey Harvest Academy on the eve of the new school term.

Caretaking staff discovered the slogans, painted in red and black, at around 6.30am on Monday. They had been covered with tarpaulin by the time the first pupils arrived at 8am and were removed by lunchtime.

The Standard has seen photographs of the graffiti, which included a slur aimed at Lithuanian and Bulgarian people and a message telling families to "go home". We are not repeating the wording.

Cambridgeshire Police said it was treating the incident as a racially aggravated offence and appealed for anyone who was in the Elmstow Road area between 10pm on Sunday and 6am on Monday to come forward.

Principal Janet Thurlow said the graffiti did "not represent Wendlesey and does not represent our school."

"Almost a third of our pupils have a family connection to another country," she said. "They are Wendlesey children. They were born in the hospital in Ouseport, they play for the football club, they work on their parents' stalls on market day. This was done at night by cowards, and by lunchtime our pupils had written their own messages on the fence, which I think says far more about this town."

The school's EAL co-ordinator, Inês Carvalho, said some younger pupils were frightened. "A Year 7 girl asked me whether she would be sent away," she said. "We talked about it in form time. We have had so many messages of support from local people, churches and businesses."

The town council's chair, Cllr Ray Bellamy, said: "Whoever did this, we do not want you here. Wendlesey has been welcoming people who come to work on the land for a hundred and fifty years."

The graffiti comes weeks after disorder in other parts of England. Police have stepped up patrols near schools in the district.

Anyone with information should call police on 101, quoting incident 37 of 2 September, or contact Crimestoppers anonymously.""",
    comments=[("Ruta K", "3 Sep 2024", "Thank you to the school. My children are safe there and the teachers care."),
              ("A. Pearce", "3 Sep 2024", "Disgusting. Hope they catch them."),
              ("JohnnyFen", "4 Sep 2024", "Nobody condones this but people are fed up and nobody listens. Just saying.")],
    tags=["Crime", "Wendlesey", "Schools"]),
    [m(S, "exact", "neutral", "Wendlesey Harvest Academy"),
     m(TH, "exact", "neutral", "Janet Thurlow"),
     m(IC, "exact", "neutral", "Inês Carvalho")])

add("news", news_page(
    "teacheast", "Jobs", "Teacher of Science (Chemistry specialism) – Wendlesey Harvest Academy",
    "Wendlesey, Cambridgeshire · Full time · Permanent · MPS/UPS + 2 SEN points considered · Start: September 2025",
    "Posted by Wendlesey Harvest Academy (Fen Edge Learning Trust)", "Closing date: 14 March 2025",
    """## About the role

We are looking for an enthusiastic and committed teacher of science, ideally with a chemistry specialism, to join our friendly and ambitious science department of eleven teachers and three technicians. The role is suitable for an ECT or an experienced teacher. Teaching will be across key stages 3 and 4, with the opportunity to teach A level chemistry for the right candidate.

## About us

Wendlesey Harvest Academy is an 11-18 school of around 1,150 pupils serving the market town of Wendlesey and the surrounding Fen villages. Our pupils come from farming families, from the Traveller community, and from Portuguese, Lithuanian, Bulgarian and many other backgrounds. They are hard-working, curious and great fun to teach. Our GCSE results in 2024 were the best in the school's history and science outcomes were among the most improved in the county.

## What we offer

* A supportive department led by a Head of Science who still teaches a full timetable and does the best demonstrations in East Anglia
* Genuine commitment to workload: centralised detentions, no marking for the sake of it, and shared schemes of work
* A two-year early career programme with a dedicated mentor
* Free on-site parking and an electric-car charging point
* A relocation package of up to £3,000 for teachers moving to the area
* Access to the Fen Edge Learning Trust's professional development programme and national professional qualifications

## How to apply

Informal enquiries are very welcome: please contact Mr Gotobed, Head of Science, through the school office on 01632 960418 or at recruitment@wendleseyharvest.example. Visits to the school are warmly encouraged - come and see us on a normal working day.

Apply using the Trust application form; CVs alone will not be accepted. Interviews will take place in the week beginning 24 March.

Wendlesey Harvest Academy is committed to safeguarding and promoting the welfare of children. The successful candidate will be subject to an enhanced DBS check, online searches and satisfactory references. We welcome applications from under-represented groups.""",
    comments=[], tags=["Science", "Secondary", "Cambridgeshire"]),
    [m(S, "exact", "neutral", "Wendlesey Harvest Academy"),
     m(GB, "title_surname", "neutral", "Mr Gotobed")])

add("news", news_page(
    "notices", "Deaths", "FAIRWEATHER Ronald Arthur",
    "Died peacefully at Ouseport Community Hospital on 12th January 2025, aged 87",
    "Notice placed by T. Rowell & Sons Funeral Directors, Wendlesey", "Published 16 January 2025",
    """FAIRWEATHER Ronald Arthur ("Ron") of Saxby Drove, formerly of Fen End Farm, Gull Bank, passed away peacefully on 12th January 2025 aged 87 years.

Beloved husband of the late Marjorie for 58 years. Much loved father of Janet and Stephen, father-in-law of Graham and Lorraine, and proud grandad of Ellie, Tom, Sam and Harriet. Great-grandad to baby Freddie.

Ron farmed at Gull Bank all his working life, growing potatoes, sugar beet and celery, and never missed a harvest until his eighties. He was a founder member of the Saxby Drove Young Farmers, served on the drainage board for thirty years and was a steward at Elmstow Methodist Chapel for longer than anyone can remember. He was a keen bowler and a loyal supporter of the Wendlesey Kestrels speedway team, home and away.

The family would like to thank the staff at Ouseport Community Hospital and the district nursing team for their kindness. His daughter Janet Thurlow, principal of Harvest Academy, wishes to thank her colleagues and the pupils of the school for their many cards and messages.

Funeral service at Elmstow Methodist Chapel on Friday 7th February at 1.30pm, followed by interment at Saxby Drove cemetery. Bright colours please; Ron never could abide black. Family flowers only. Donations, if desired, for the Fenland Air Ambulance may be left at the service or sent c/o T. Rowell & Sons, Bridge Street, Wendlesey.

Lovely memories of a true Fen gentleman.

## Tributes

"Ron gave me my first job carting spuds in 1971. Paid fair, worked hard, and his Marjorie's dockey was the best in the Fens. RIP old friend." - Roy Peckover

"A kind man who always had time for a mardle at the chapel door. Thinking of Janet, Stephen and all the family." - Elmstow Chapel friends""",
    comments=[], tags=["Wendlesey", "Saxby Drove"]),
    [m(TH, "exact", "neutral", "Janet Thurlow"),
     m(S, "alias", "neutral", "Harvest Academy")])

add("news", news_page(
    "standard", "Speedway", "Kestrels snatch last-heat win over Ospreys in derby thriller",
    "Wright and Halvorsen 5-1 in heat 15 sends Wendlesey crowd home happy",
    "By Steve Gedge at the Fen Stadium", "Friday 20 June 2025",
    """Wendlesey Kestrels 46 Ouseport Ospreys 44

It went down to the very last race, it very nearly went badly wrong on the second bend, and it was worth every penny of the entrance money.

With the scores locked at 41-43 going into heat 15, Kestrels skipper Paul Wright and his Danish partner Mads Halvorsen needed a maximum 5-1 to take the derby. Wright, who has been nursing a wrist injury since the trip to Redcar, made the start from gate two, Halvorsen came round the outside of Ospreys number one Kyle Gedney on the back straight, and the pair held on for four laps as the home crowd of around 1,800 bellowed them round.

"My wrist is killing me but I'll take that all day," Wright said afterwards, still covered in shale. "That's for everyone who stood in the rain last month when we got hammered."

The Ospreys had looked in control after heat 10, when a tapes exclusion for Kestrels reserve Callum Dring gave the visitors a six-point lead. But a heat 13 win for Halvorsen, who finished with 13 points, kept the home side in touch.

Ospreys team manager Gavin Rudd was unhappy with the referee's decision in heat 11, when Gedney was excluded for bringing down Wright on the first bend. "It was a racing incident. Everyone in the stadium saw it," he said.

There was also an appearance from the Kestrels' new mascot, Kez, who was chased around the centre green by a gaggle of under-nines from the youth academy at the interval. The track curfew meant the final was run at 9.56pm, four minutes before the council's noise cut-off.

## Scorers

Kestrels: Halvorsen 13, Wright 11+1, Dring 7+2, Bailey 6, Ratcliffe 5+1, Kowalczyk 3, Nuttall 1.

Ospreys: Gedney 14, Pym 10+1, Sorensen 8, Craske 6, Lacey 4+2, Riley 2, Dunn 0.

Next meeting: Kestrels v Berwick, Friday at 7.30pm. The gates open at 6pm and the bar will be serving the new Harvest Gold from Elmstow Brewery.""",
    comments=[("ShaleDust", "20 Jun 2025", "What a night. Wright rode that last heat on one arm. Legend."),
              ("OspreyOllie", "21 Jun 2025", "Robbed in heat 11 and everyone knows it.")],
    tags=["Speedway", "Kestrels", "Sport"]),
    [], allow=[PW])

add("news", news_page(
    "argus", "Cambridgeshire", "Cut to village bus service 'leaves children walking three miles along unlit drove'",
    "County council says route was under-used; parents say it has put lives at risk",
    "By Simon Loades", "Monday 11 November 2024",
    """Parents in a Fen village say their children are walking three miles along an unlit drove road to catch a bus to school after the county council cut a subsidised service.

The 46A, which ran twice a day between Saxby Drove, Gull Bank and Wendlesey, was withdrawn at the end of October after the operator said it was losing money. Children who live within three miles of their nearest suitable school do not qualify for free home-to-school transport.

Parents say that leaves around 30 pupils from Saxby Drove either relying on lifts or walking to the main road at Five Alls Corner to pick up the 46, which passes the town's secondary school, Harvest.

"It's a drove road with a drain either side, no pavement, no lights and sugar beet lorries going up and down it at forty miles an hour," said mum-of-three Jodie Pask. "In December it's pitch black at half seven in the morning. Someone's going to get killed."

Jodie said her 13-year-old son had been given three lunchtime detentions for lateness since the cut because the 46 regularly arrived after the school bell. "I told them it's the bus, not him, and I was told the policy is the policy. They're meant to be on our side," she said.

Other parents said the school had been more flexible. "The attendance lady rang me and was really understanding," said one dad. "But it shouldn't be down to the school. It's the council's mess."

A spokesperson for the academy said staff were "aware of the difficulties" and that pupils arriving on a late-running service would not be sanctioned "when this is confirmed."

Cambridgeshire County Council said the 46A had carried an average of nine passengers per journey and that it could not justify a subsidy of more than £80,000 a year. It said it was working with the parish council on "community transport options" and that a walking route assessment would be carried out.

Saxby Drove Parish Council chair Roger Thew said: "This is a farming community. People are out in the fields at six. They can't all do the school run. We've asked for a meeting with the transport team and we're still waiting."

The parish has started a petition, which has been signed by more than 600 people.""",
    comments=[("gullbank_gran", "11 Nov 2024", "Disgraceful. Its not the 1950s, kids shouldn't be walking down the drove in the dark."),
              ("Fen Realist", "12 Nov 2024", "9 passengers a journey. £80k. Somebody has to pay for it.")],
    tags=["Transport", "Saxby Drove", "Education"]),
    [m(S, "short_name", "negative", "Harvest")])

add("news", news_page(
    "standard", "Notices", "Village round-up: Brinkfen, Coldhithe and Elmstow",
    "Your weekly news from around the villages, compiled by our correspondents",
    "Village correspondents", "Thursday 10 October 2024",
    """## Brinkfen

The parish council met on Tuesday with chairman Cllr Paul Wright in the chair. Councillors agreed to spend £2,400 on new goalposts for the recreation ground and to ask the drainage board about the blocked culvert on Sedge Lane. Cllr Wright, who retired from running the family haulage firm in 2019, reported that the speed indicator sign on Brinkfen Road was working again after being knocked over by a potato harvester. The next meeting is on November 12 at the village hall.

The Brinkfen Short Mat Bowls Club would like to thank everyone who came to their open afternoon. New members are welcome on Wednesdays from 2pm.

## Coldhithe

St Botolph's Church held its harvest festival on Sunday, with the produce going to the Wendlesey food bank. The church was decorated with sheaves of wheat grown by the Rayner family at Hithe Farm and a giant marrow which Reverend Alison Keble described as "frankly alarming". The harvest supper in the village hall raised £412 for the church roof.

Coldhithe WI heard a talk from Derek Mallows on the history of the eel trade on the Old West River. Next month's meeting is the annual quiz.

## Elmstow

Elmstow Methodist Chapel's harvest auction raised £1,180, with a sack of King Edwards selling for £35 and a dozen duck eggs going for £22 after a bidding war between two brothers who have not spoken since 1997.

The Elmstow Flower Club's autumn demonstration will be held at the chapel schoolroom on October 24. Tickets £6 including tea and cake.

Elmstow Youth Football Club are looking for a volunteer to run their under-11 side. Call Dave on 07700 900412.

Send your village news to villages@wmstandard.example by Monday noon.""",
    comments=[], tags=["Villages", "Brinkfen", "Coldhithe", "Elmstow"]),
    [], allow=[PW])

add("news", news_page(
    "standard", "Courts", "Forklift driver banned after crash on packhouse approach road",
    "Worker was three times the limit when he hit a parked lorry, court hears",
    "By Graham Lusher", "Wednesday 26 February 2025",
    """A forklift driver who crashed into a parked articulated lorry while more than three times over the drink-drive limit has been banned from the roads for 30 months.

Vytautas Kazlauskas, 41, of Tennyson Avenue, Boston, Lincolnshire, admitted driving with excess alcohol when he appeared before Ouseport Magistrates on Monday.

Prosecutor Ian Chadd said police were called at about 5.15am on January 29 to the approach road of the Harvest Fresh packhouse at Marsh End, where Kazlauskas's Vauxhall Astra had hit the back of a stationary lorry waiting to load.

A breath test showed 112 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35.

The court heard Kazlauskas, who has worked at the packhouse for seven years, had been drinking at a friend's birthday party and "wrongly believed he had slept it off".

His solicitor, Rachel Obi, said he had lost his job as a result and was "deeply ashamed". "He is a hard-working man who has never been in trouble in this country or in Lithuania. He will now have to find work he can reach without a car, which in this part of the world is not easy."

As well as the driving ban, Kazlauskas was fined £640 and ordered to pay £85 costs and a £256 surcharge. He was offered a drink-drive rehabilitation course which would reduce his ban by 30 weeks if completed.

Harvest Fresh, which employs around 900 people at its Marsh End site at the height of the season, said it did not comment on individual employees.

## Also before the bench

Kyle Deacon, 23, of Ramsey Drove, Wendlesey, was fined £220 for driving without insurance on the Ouseport road.

Sharon Nix, 52, of Church Lane, Brinkfen, was given a conditional discharge for stealing £46 of groceries from the Co-op in Wendlesey.""",
    comments=[], tags=["Courts", "Drink driving"]),
    [], allow=[VK])


# ---------------------------------------------------------------------------------------
# NEWS, part 2
# ---------------------------------------------------------------------------------------
add("news", news_page(
    "standard", "Letters", "Letters: Bring back common sense to our schools",
    "Your views on the issues that matter in Wendlesey and the Marshland villages",
    "Letters to the Editor", "Thursday 16 May 2024",
    """## Isolation is not education

I have lived in Wendlesey for 62 years and my children and grandchildren all went to the high school, as it was, so I think I am entitled to an opinion.

When I was a girl the headmaster was strict but fair, and if you were sent out of a lesson you stood in the corridor for ten minutes, felt silly and went back in. What is happening now at Harvest is something else. My grandson tells me that children who forget a pen are sent to sit in a cubicle all day and are not allowed to speak even at dinner time. That is not discipline, it is punishment for the sake of it, and it is teaching the children that adults are not to be trusted.

Mr O'Dowd, who I understand is responsible for this regime, may have excellent qualifications, but he does not seem to understand Fen children. Our kids are practical. Many of them are up before dawn in the summer helping on the land. They respond to respect, not to being treated like convicts. I would ask him, with respect, to come and spend a day in one of his own booths and see how he likes it.

Mrs Daphne Seaton, Elmstow

## Praise where it is due

Amid all the complaining about the academy, I would like to say a public thank you to Bridget Loveridge, who works at the school helping families with attendance. When my daughter was ill last winter and could not face going in, Bridget visited us at home four times, sorted out work for her to do and persuaded her, bit by bit, to go back. She never once made us feel judged. She is a credit to the school and to the town.

Name and address supplied, Coldhithe

## Potholes on the Gull Bank road

Is anyone at the county council going to do anything about the road between Gull Bank and the main road? I have now lost two tyres and a wing mirror. A tractor went in the dyke last week. Does somebody have to die first?

R. Fisher, Gull Bank

## Market day parking

The new parking charges in the Cattle Market car park are driving people out of the town centre. Traders on Thursday were the quietest I have seen them in thirty years. The town council should be ashamed.

G. Hurrell, Wendlesey

Letters should be no more than 300 words and include your full name and address. Email letters@wmstandard.example""",
    comments=[("Daph's neighbour", "16 May 2024", "Well said Daphne!")],
    tags=["Letters", "Opinion"]),
    [m(S, "short_name", "negative", "Harvest"),
     m(OD, "title_surname", "negative", "Mr O'Dowd"),
     m(BL, "exact", "neutral", "Bridget Loveridge")])

add("news", news_page(
    "edubrief", "Academies", "Trust CEO's £48,000 pay rise 'as Fen school cuts teaching assistants'",
    "Unison says staff at flagship academy were told there was 'no money' weeks before accounts were published",
    "By Rhian Pettigrew, senior reporter", "12 January 2025",
    """The chief executive of a small East Anglian multi-academy trust received a pay rise of up to £48,000 in a year when its largest school made nine teaching assistants redundant, newly published accounts show.

The Fen Edge Learning Trust, which runs five schools in the Cambridgeshire and Norfolk Fens, reported that its highest-paid employee earned between £185,000 and £190,000 in 2023-24, up from £140,000-£145,000 the year before.

The trust's flagship secondary, Harvest Academy in Wendlesey, cut nine teaching assistant posts and two pastoral roles in a restructure in summer 2024. Staff were told at the time that the trust faced "an exceptionally challenging financial position".

Unison's regional organiser, Claire Dunmow, said: "Teaching assistants on £19,000 a year were told there was no money. Some of them support children with the most complex needs in the school. Now we find out the chief executive was getting a pay rise bigger than their whole salary. It stinks."

The accounts also show that the number of trust staff paid over £100,000 rose from two to four. One of those is understood to be the principal of Harvest Academy, Janet Thurlow, whose salary band rose from £100,000-£105,000 to £110,000-£115,000.

Staff at the school told EduBrief that morale was "at rock bottom". One teacher said: "Janet is visible and she works hard, I'll give her that. But when you stand in front of staff and say we all have to tighten our belts, and then this comes out, people are not going to believe a word you say again."

A parent of a child with an education, health and care plan said her son had lost his one-to-one support after the restructure. "He's gone from being in lessons most of the day to being in the SEN base. The trust talks about inclusion but they've cut the people who make it possible."

The trust said in a statement that its chief executive's salary was "benchmarked against trusts of a similar size" and that the increase "reflects the CEO taking on direct responsibility for two additional schools following the departure of a headteacher." It said the restructure had been "necessary to set a balanced budget" and that "no child's EHCP provision has been reduced."

The Department for Education has written to more than 100 trusts in the past two years asking them to justify high executive pay.""",
    comments=[("Anon TA", "12 Jan 2025", "I was one of the nine. Thanks for reporting this."),
              ("governor_watch", "13 Jan 2025", "CEO pay in small trusts is out of control generally. This is not unusual sadly."),
              ("Fen Watchdog", "13 Jan 2025", "Follow the money. Thurlow signed off the TA redundancies and then took a bung from the trust for doing it. Some of that restructure budget went straight into her own pocket, people in the finance office know. That's fraud, plain and simple.")],
    tags=["Academies", "Pay", "Executive pay"]),
    [m(S, "alias", "negative", "Harvest Academy"),
     m(TH, "exact", "defamation", "Janet Thurlow")])

add("news", news_page(
    "standard", "Schools", "Traveller families claim children are being 'pushed out' of academy",
    "Parents say they were pressured into home education; school says claims are 'untrue'",
    "By Maxine Dobbs", "Friday 28 June 2024",
    """Families from Wendlesey's Traveller community have accused the town's secondary school of pressuring them into taking their children off the school roll, a practice known as off-rolling that Ofsted describes as unlawful when it is done in a school's interests rather than the child's.

Four families living on the Black Dyke Lane site told the Standard that in the past two years they had been encouraged to "elective home educate" their teenage sons after repeated exclusions, and that in two cases they were told it would "save them being taken to court" over attendance.

"They said to me, if you take him off now, it won't go on his record and you won't get fined," said one mother, whose 14-year-old son left Harvest Academy in Year 9. "I can't read very well. I didn't understand what I was signing. He's had no education since."

Another father said his son's name had been taken off the roll "the week before the exams register went in" and claimed the school "didn't want our boys dragging the results down."

The Standard has not been able to verify the families' accounts independently. Official figures show the number of pupils leaving the academy's roll for home education rose from four in 2021-22 to fifteen in 2022-23, although the school says the figure fell to nine last year.

Several parents said the school's own attendance and family liaison officer, Bridget Loveridge, who is herself from a Traveller family, had worked hard to keep their children in school. "Bridget's the only one who ever came out to the site to see us," said one grandmother. "She sat in my trailer and cried when our Jimmy left. It's not her, it's the ones above her."

A spokesperson for the Fen Edge Learning Trust said: "These claims are untrue. We have never encouraged any family to remove a child from school and we would never do so. Elective home education is a parental decision. Where a parent raises it, we meet them to explain what it means and we inform the local authority." The trust said exclusions of Gypsy, Roma and Traveller pupils had fallen by half over two years.

Cambridgeshire County Council said it takes off-rolling concerns "extremely seriously" and would contact the school.

The Traveller Movement's education adviser said off-rolling of GRT children was "a national scandal" and called for every removal from roll to be reviewed by the local authority.""",
    comments=[("Black Dyke Lane resident", "28 Jun 2024", "Every word true. Ask any of us."),
              ("FenFacts", "29 Jun 2024", "Or maybe some kids just don't want to go to school and the parents don't make them.")],
    tags=["Schools", "Travellers", "Wendlesey"]),
    [m(S, "alias", "defamation", "Harvest Academy"),
     m(BL, "exact", "neutral", "Bridget Loveridge")])

add("news", news_page(
    "argus", "News", "Ex-teacher claims academy 'massaged' attendance figures before inspection",
    "Former staff member alleges registers were altered; trust calls claims 'malicious'",
    "By Helen Marchant", "Tuesday 8 October 2024",
    """A former teacher at a Fenland academy claims registers were altered to make the school's attendance look better in the weeks before an Ofsted inspection.

The teacher, who worked at Wendlesey Harvest Academy for six years and left in the summer, has made a formal whistleblowing complaint to the Department for Education and has shared copies of emails with the Argus.

She alleges that in January and February 2024 staff were asked to recode dozens of unauthorised absences as "educated off-site" or "approved educational activity", codes that do not count against a school's attendance figures.

"It came from the very top," she said. "The principal, Janet Thurlow, told a meeting of heads of year that our persistent absence figure was 'not a number we can take into an inspection'. The next week we were told which codes to use. Children who were picking daffodils with their dads were suddenly on work experience."

She alleges that Mrs Thurlow personally signed off a spreadsheet of changes and that staff who questioned it were told to "trust the process".

One email seen by the Argus, sent from a senior leader's account in January, asks heads of year to "review all U codes for GRT and seasonal-work families and apply B or P where there is any possible justification." The email does not mention the inspection.

The former teacher said: "I was raised round here. I know these families. The answer to kids missing school for the harvest is not to pretend it isn't happening. It's to get out there and work with families. Fiddling the figures just means nobody gets help."

The Fen Edge Learning Trust said the allegations were "malicious and without foundation". A spokesperson said: "Attendance codes are applied in line with Department for Education guidance. Where families have arranged supervised educational activity, the correct code is used. Our attendance data is audited externally every year. We note that this complaint has been made by a former employee following an unsuccessful grievance."

The DfE confirmed it had received a complaint about the school and said it was "considering the information provided." Ofsted said it does not comment on individual complaints.

Mrs Thurlow did not respond personally to a request for comment.""",
    comments=[("sceptic99", "8 Oct 2024", "Every school does this. Doesn't make it right."),
              ("WendleseyMum", "8 Oct 2024", "My son missed 3 weeks for potatoes and his report said 96%. Now I know why")],
    tags=["Education", "Whistleblower", "Ofsted"]),
    [m(S, "exact", "defamation", "Wendlesey Harvest Academy"),
     m(TH, "exact", "defamation", "Janet Thurlow")])

add("news", news_page(
    "fensnow", "Education", "HSE investigating after pupil injured in school workshop",
    "Year 10 boy lost part of a finger in a bandsaw accident, family says",
    "Jade Fletcher", "Thu 6 Mar 2025 · 16:05",
    """The Health and Safety Executive is investigating after a 15-year-old boy was injured using a bandsaw during a design and technology lesson at a Wendlesey school.

The boy's family say he lost the tip of his left index finger in the accident at the Harvest Academy on February 24. He was taken to Fenchester General Hospital, where surgeons were unable to reattach it.

His mother, Stacey Morrell, 38, said she had been told by other pupils that the saw's guard had been "broken for weeks" and that pupils had been using it without proper supervision.

"There were 24 of them in that room and one teacher. My son says the teacher was at the other end dealing with someone else when it happened," she said. "He's left-handed. He plays guitar. He's devastated."

FensNow understands that the school's head of design and technology, Vytautas Kazlauskas, has been suspended while the investigation takes place. Mr Kazlauskas, who has taught at the school since 2016 and was named the trust's teacher of the year in 2022, could not be reached for comment.

An HSE spokesperson said: "We are aware of an incident at a school in Wendlesey and are making enquiries." The HSE can prosecute employers for failing to protect people from risks to their health and safety.

The Fen Edge Learning Trust said: "We are deeply sorry that a pupil was injured and we are supporting him and his family. We are cooperating fully with the Health and Safety Executive. As part of our own investigation a member of staff is not in school at present. It would not be appropriate to say more."

The trust said all D&T machinery had been inspected by an independent engineer following the incident and the workshop would reopen after half term.

Mrs Morrell said the family had instructed a solicitor. "All I want is for them to admit what went wrong so it doesn't happen to somebody else's kid," she said.""",
    comments=[("GuitarDad", "6 Mar 2025", "Poor lad. Hope he gets back playing."),
              ("ex-DT teacher", "6 Mar 2025", "24 in a workshop with one teacher and no technician is the real scandal. Budget cuts.")],
    tags=["Wendlesey", "Schools", "HSE"]),
    [m(S, "alias", "defamation", "Harvest Academy"),
     m(VK, "exact", "defamation", "Vytautas Kazlauskas")])

add("news", news_page(
    "standard", "Schools", "Speedway stars rev up science lessons at Fen Stadium STEM day",
    "Pupils learn about torque, friction and methanol from Kestrels riders and mechanics",
    "By Tom Aldridge", "Wednesday 9 July 2025",
    """Year 8 pupils from Wendlesey Harvest Academy swapped the classroom for the pits on Tuesday as the Wendlesey Kestrels hosted a science, technology, engineering and maths day at the Fen Stadium.

Around 180 pupils rotated through workshops on engine design, tyre friction, the chemistry of methanol fuel and the physics of the starting gate, led by riders, mechanics and the school's science department.

Head of science Thaddeus Gotobed, who is also the Kestrels' match-night announcer, came up with the idea after pupils kept asking him about speedway during lessons.

"A speedway bike has no brakes, one gear and runs on methanol, and the riders go sideways into the bends at 70 miles an hour. If that doesn't get a 13-year-old interested in physics, nothing will," he said.

Pupils timed laps with light gates, measured the coefficient of friction on different shale samples and watched Kestrels number two Mads Halvorsen demonstrate a start. A group of girls from Coldhithe designed a new tear-off visor system which the mechanics said they would "genuinely try out".

The school's head of PE, Ed Mumby, organised a fitness challenge in which pupils compared their reaction times with those of the riders. "A couple of them beat the riders off the gate, which went down very well," he said.

Twelve-year-old Mihail Petrov said it was "the best school day ever". "I didn't know physics was about motorbikes. Now I want to be a mechanic," he said.

Kestrels promoter Len Buckley said the club wanted to make it an annual event. "Speedway has always been a working-class sport and a lot of these kids' grandads will have stood on these terraces," he said.

The Kestrels are currently fourth in the Championship table.""",
    comments=[("KestrelsKate", "9 Jul 2025", "Brilliant idea, well done all!")],
    tags=["Education", "Speedway", "STEM"]),
    [m(S, "exact", "neutral", "Wendlesey Harvest Academy"),
     m(GB, "exact", "neutral", "Thaddeus Gotobed"),
     m(EM, "exact", "neutral", "Ed Mumby")])

add("news", news_page(
    "clarion", "Opinion", "RICHARD VANCE: The smug sanctimony of Britain's headteachers is a national disgrace",
    "Our columnist on the head who thinks parents are the problem",
    "Richard Vance", "Sunday 5 May 2024",
    """THERE is a particular type of modern headteacher who seems to regard parents as an unfortunate obstacle between her and the children she would really like to raise herself.

Step forward Janet Thurlow, principal of Harvest Academy, in the Fenland town of Wendlesey, who last week sent a letter home telling mums and dads that children were "arriving hungry and tired" and that families should "consider the impact of late nights and screens on learning".

Thank you, Mrs Thurlow. Thank you so much. I'm sure the parents of Wendlesey, many of whom are on the packhouse line at 5am or driving a tractor until midnight at harvest, were thrilled to receive a lecture on bedtimes from a woman on a six-figure salary.

It is hard to think of anything more patronising, more tin-eared, more quintessentially jobsworth. Mrs Thurlow strikes me as a sanctimonious busybody of the very worst kind: a clipboard-clutching little Napoleon who has mistaken a school for a re-education camp.

Her school, I note, is rated "requires improvement" by Ofsted. Perhaps she should spend less time marking the parents' homework and more time on her own.

This is the woman whose academy sticks children in wooden isolation booths for the heinous crime of wearing a hoodie. Whose trust cut teaching assistants while her own pay went up. And who now wants to tell working families how to run their homes.

Parents didn't hand over their children's upbringing to the state. We send them to school to learn to read, write and add up. If Mrs Thurlow wants to be a nanny, she can apply for a job as one - although frankly I wouldn't let her near my grandchildren.

It is time for a bit of humility from the headteachers' union of the pious. Start with Wendlesey.""",
    comments=[("LindaR", "5 May 2024", "Spot on Richard. These people think they own our kids."),
              ("Teacher of 25 years", "5 May 2024", "This is a cheap shot at a woman doing a very hard job. Children DO arrive hungry. That is a fact, not a lecture."),
              ("Mick the Fen", "6 May 2024", "Vance has never been to Wendlesey in his life.")],
    tags=["Opinion", "Education"]),
    [m(TH, "exact", "abuse", "Janet Thurlow"),
     m(S, "alias", "negative", "Harvest Academy")])

add("news", news_page(
    "argus", "News", "Police appeal after teacher's car vandalised for second time",
    "Tyres slashed and windscreen smashed on vehicle parked near school",
    "By Simon Loades", "Thursday 23 January 2025",
    """Police are appealing for witnesses after a teacher's car was vandalised while parked near a Wendlesey school for the second time in a month.

The red hatchback, which belongs to Inês Carvalho, a teacher at Wendlesey Harvest Academy, had all four tyres slashed and its windscreen smashed at some time between 8am and 3.45pm on Tuesday while it was parked in Elmstow Road.

Officers are treating the incident as potentially racially aggravated after a note was left under the wiper. Police have not disclosed what it said.

The same car had its wing mirrors kicked off and a side panel scratched on December 17.

Ms Carvalho, who coordinates support for pupils who speak English as an additional language and teaches Spanish and Portuguese, has worked at the school for eight years.

Detective Constable Sam Ruddock said: "This is a targeted and cowardly attack on a member of staff who is doing her job in the community. We would like to hear from anyone who was in Elmstow Road on Tuesday, particularly anyone with dashcam footage."

A spokesperson for the school said: "We are appalled. Our colleague has our full support. We have increased staff parking on site so that no member of staff needs to park on the road." The spokesperson asked people not to speculate about the incident on social media.

Local Portuguese community leader Fernando Matias said the incident had "shocked" families. "She has helped hundreds of our children. She sits with parents at the doctor and translates. Whoever did this should be ashamed."

Anyone with information is asked to call 101 quoting crime reference 35/4471/25.""",
    comments=[("Ana Sousa", "23 Jan 2025", "Obrigada Inês for everything you do. We are with you."),
              ("J Dennis", "23 Jan 2025", "Horrible. Hope they're caught.")],
    tags=["Crime", "Wendlesey", "Schools"]),
    [m(IC, "exact", "neutral", "Inês Carvalho"),
     m(S, "exact", "neutral", "Wendlesey Harvest Academy")])

add("news", news_page(
    "standard", "Schools", "Pupils' sponsored cycle raises £3,200 for air ambulance",
    "Year 9 ride 40 miles along the Fen droves in memory of classmate's grandad",
    "By Maxine Dobbs", "Thursday 3 July 2025",
    """Thirty-two Year 9 pupils from Harvest Academy have raised more than £3,200 for the Fenland Air Ambulance after cycling 40 miles along the droves and river banks between Wendlesey and Ouseport.

The idea came from 14-year-old Amelia Cross, whose grandfather was flown to hospital by the air ambulance after a farm accident at Brinkfen last autumn. He died a week later.

"Grandad always said the helicopter crew were heroes," Amelia said. "I wanted to do something that he would have done, which was get on a bike and go a long way without complaining."

The group was led by Head of Year 9 Paul Wright, who trained with the pupils every Wednesday after school for two months. Two pupils had never ridden more than a couple of miles before.

"There was a headwind the whole way there and the whole way back, which I'm told is a Fen speciality," Mr Wright said. "Nobody gave up. A couple of them had to be pushed up the bridge at Hobb's Sluice but that's the only hill for twenty miles so I think we can forgive them."

Parents and staff drove support vehicles, and the pupils stopped for a packed lunch in the churchyard at Coldhithe, where the vicar opened the church so they could use the toilets.

The money will pay for around one and a half missions. Air ambulance community fundraiser Debbie Naylor said: "The commitment of these young people is incredible, and the fact that they did it for Amelia's grandad makes it even more special."

Anyone who would like to add to the total can find the fundraising page on the school's website.""",
    comments=[("Amelia's mum", "3 Jul 2025", "So proud of all of them and thank you to Mr Wright for giving up so much time x")],
    tags=["Charity", "Schools", "Wendlesey"]),
    [m(S, "alias", "neutral", "Harvest Academy"),
     m(PW, "exact", "neutral", "Paul Wright")])

add("news", news_page(
    "marshfm", "News", "Parent arrested after scuffle at school gates",
    "A deputy head was pushed to the ground, police say",
    "Marsh FM Newsroom", "Tue 17 September 2024 17:30",
    """A 35-year-old woman has been arrested after a member of staff was pushed over at the gates of Harvest in Wendlesey this afternoon.

Police were called just after 3.15 when a row broke out as pupils were leaving. It's understood a group of parents had gathered to confront staff about a fight between two pupils earlier in the week.

The school's deputy principal, Kieran O'Dowd, was pushed to the ground and suffered cuts to his hands. He didn't need hospital treatment.

A woman from the Marlpit estate was arrested on suspicion of assault and is in custody at Ouseport police station. Cambridgeshire Police said officers would be at the school gates at home time for the rest of the week to reassure parents.

The Fen Edge Learning Trust says it's "shocked" and that violence against staff "will never be tolerated". It says Mr O'Dowd is "shaken but OK" and has thanked the parents and pupils who came to help him.

One parent who saw it told Marsh FM: "It all happened really quickly. There was shouting and then he was on the floor. Kids were filming it on their phones. It was horrible."

The school says a video circulating on TikTok is being reported to the platform.

Marsh FM news, with Kelly Brand. Traffic next: the Ouseport bypass is slow eastbound at Fen End.""",
    comments=[], tags=["News", "Wendlesey"]),
    [m(S, "short_name", "neutral", "Harvest"),
     m(OD, "exact", "neutral", "Kieran O'Dowd")])

add("news", news_page(
    "edubrief", "Workforce", "From Sofia to the Fens: maths teacher scoops regional award",
    "Bulgarian-born teacher who retrained after arriving as a fruit picker named maths teacher of the year",
    "By Joe Whitlam", "27 June 2025",
    """A teacher who first came to England to pick strawberries has been named secondary maths teacher of the year at the East of England Teaching Awards.

Dimitar Georgiev, 36, teaches mathematics at Wendlesey Harvest Academy in Cambridgeshire. He arrived in the Fens in 2011 with a degree in applied mathematics from Sofia University but spent three seasons picking and packing fruit before he had enough English to retrain.

"I was on the strawberry fields near Ouseport at five o'clock in the morning doing sums in my head to pass the time," he said. "A farmer's wife heard me doing times tables in Bulgarian and asked if I'd tutor her son. That was the beginning."

He qualified through a school-based route in 2017 and joined the academy, where around a quarter of pupils speak English as an additional language, including many Bulgarian-speaking children.

The judges praised his "relentless high expectations" and his after-school "maths café", which runs in the town library on Thursdays and is open to parents as well as pupils. Results for pupils in his classes were well above national averages for similar pupils last summer.

One nominating pupil wrote: "Sir never lets you say you can't do something. He says 'not yet'. He explained equations using the number of crates on a lorry and I finally got it."

Mr Georgiev, known to colleagues and many pupils as Mitko, said the award belonged to his pupils. "Many of my students go home and translate letters for their parents, or they work on Saturday in the packhouse. They are the hardest working young people I know."

He now hopes to set up a maths mentoring scheme with the Fen Edge Learning Trust's other schools.""",
    comments=[("Maria P", "27 Jun 2025", "Well deserved, he taught my son and daughter both. Bravo Mitko!"),
              ("Anglo_Fen", "27 Jun 2025", "Another Bulgarian taking a job from an English teacher and we're meant to clap. Georgiev and his kind should be put back on the coach to Sofia. Fens for the English."),
              ("EduBrief moderator", "27 Jun 2025", "A comment has been hidden for breaching our community guidelines.")],
    tags=["Awards", "Maths", "Workforce"]),
    [m(DG, "exact", "hate", "Dimitar Georgiev"),
     m(S, "exact", "neutral", "Wendlesey Harvest Academy")])


# ---------------------------------------------------------------------------------------
# NEWS, part 3
# ---------------------------------------------------------------------------------------
add("news", news_page(
    "argus", "News", "Parents take Fen academy to tribunal over special needs support",
    "Families say they have waited more than a year for assessments; school says it is 'doing everything it can'",
    "By Helen Marchant", "Monday 2 December 2024",
    """Three families are taking a Fenland council to the special educational needs tribunal, claiming their children's secondary school failed to request assessments and then gave them "misleading information" about their rights.

All three children attend Harvest Academy in Wendlesey. Their parents say they repeatedly asked the school to apply for an education, health and care plan (EHCP) and were told the children "would not meet the threshold".

Parents can apply for an EHCP assessment themselves, but two of the families say they were not told this. One mother, from Coldhithe, said: "I asked the SENCo five times. Every time Rebecca Hale-Dunmore told me he was 'doing fine with wave two interventions' and that an application 'would just get turned down'. He was being sent home at lunchtime three days a week. How is that fine?"

Another parent said her daughter, who has a diagnosis of ADHD and dyslexia, had been on a part-time timetable for four months before anyone discussed an assessment with her.

The families are now being supported by the charity Fen SEND Voice, whose coordinator Anita Brennan said: "We hear the same story over and over from this school. Parents are told to wait and see, and the waiting goes on for years. By the time they come to us the child has often stopped attending."

The Argus understands the tribunal appeals are against the county council's decisions, not the school itself, but the families' evidence is expected to focus on the support provided at the academy.

In a statement the Fen Edge Learning Trust said: "Our SEN team works incredibly hard for more than 230 pupils with identified needs. We make applications for assessment when we believe that is right for a child and we always explain to parents that they have their own right to apply. We would urge any family who is unhappy to contact us directly."

The county council said it had received 1,900 requests for EHCP assessments last year, up 22 per cent, and that it was "investing in additional educational psychologists." Only 41 per cent of new plans in the county are issued within the legal 20-week time limit.""",
    comments=[("SENDmumof3", "2 Dec 2024", "Same at every school in the county. The system is broken."),
              ("Coldhithe Carol", "2 Dec 2024", "Hope these families get what their kids need."),
              ("Been there", "3 Dec 2024", "Hale-Dunmore has been falsifying provision maps for years to keep kids off the EHCP list. She wrote that my son had daily 1:1 when he had nothing. It's fraud and the trust knows.")],
    tags=["SEND", "Education"]),
    [m(S, "alias", "negative", "Harvest Academy"),
     m(HD, "exact", "defamation", "Rebecca Hale-Dunmore")])

add("news", news_page(
    "teacheast", "Jobs", "Attendance and Welfare Assistant – Wendlesey Harvest Academy",
    "Wendlesey, Cambridgeshire · 37 hours, term time plus two weeks · Grade 5 (£22,366–£23,500 pro rata) · Permanent",
    "Posted by Fen Edge Learning Trust", "Closing date: 9 May 2025",
    """## The role

Wendlesey Harvest Academy is seeking a warm, persistent and organised Attendance and Welfare Assistant to join our pastoral team. Working closely with our Attendance and Family Liaison Officer, Bridget Loveridge, you will help us make sure every child in Wendlesey and the surrounding villages is in school, safe and ready to learn.

Many of our families work long and irregular hours in agriculture and food processing. Some speak little English, some have had bad experiences of school themselves, and some live in very isolated places. This is a role for someone who enjoys building relationships, who takes no for an answer only very rarely, and who is happy to knock on doors.

## Main responsibilities

* Making first-day absence calls and recording reasons accurately on the management information system
* Carrying out home visits with the Attendance and Family Liaison Officer, including to rural properties and the Traveller site
* Supporting attendance panels and parenting contract meetings
* Working with our EAL coordinator to ensure families who speak Portuguese, Lithuanian, Bulgarian, Romanian and other languages understand our expectations and can access support
* Running the daily punctuality report and supporting the late gate
* Liaising with the local authority, social care, the school nursing team and bus operators

## The person

You will need a full driving licence and access to a vehicle (mileage is paid). Experience of working with families in the Fens would be a real advantage, as would a second community language. We particularly welcome applicants from the Gypsy, Roma and Traveller community and from the Eastern European communities we serve.

## To apply

Download the application pack from our website. For an informal chat please call the school office on 01632 960418 and ask for Bridget. Interviews will be held on 16 May.

We are committed to safeguarding. This post is subject to an enhanced DBS check.""",
    comments=[], tags=["Support staff", "Pastoral", "Cambridgeshire"]),
    [m(S, "exact", "neutral", "Wendlesey Harvest Academy"),
     m(BL, "exact", "neutral", "Bridget Loveridge")])

add("news", news_page(
    "argus", "Norfolk", "Cathedral city's World Heritage Site bid reaches shortlist",
    "Fenchester joins six UK places vying for a spot on UNESCO's tentative list",
    "By Caroline Yaxley, arts and heritage correspondent", "Friday 18 April 2025",
    """Fenchester's bid to have its cathedral, medieval precinct and surrounding fen landscape recognised as a UNESCO World Heritage Site has been shortlisted by the government.

The "Ship of the Fens" bid is one of seven from across the UK to make the shortlist for the next UK Tentative List, the first step towards WHS status. A final decision on which sites go forward is expected next year.

Bid director Dr Harriet Sayle said: "This is a landscape entirely shaped by people: the monks who built on the islands, the Dutch engineers who drained the fens, the farm workers who have tilled this black earth for four centuries. We believe it tells a story of global significance."

The bid has the support of both county councils, the cathedral chapter, the drainage boards and more than 40 parish councils.

If successful, Fenchester would join places such as Bath, the Lake District and the Jurassic Coast. Supporters say WHS status could bring tens of millions of pounds in extra visitor spending each year, although some residents have raised concerns about traffic and restrictions on development.

"WHS is a badge, not a bubble," said Dr Sayle. "Nobody is going to stop farmers farming. Quite the opposite: the bid is about celebrating the working landscape."

Local farmer Tony Gathercole, whose family has grown wheat and potatoes at Marsh End for five generations, said he was "cautiously in favour". "As long as nobody tells me I can't put up a grain store because it spoils the view of the cathedral," he said. "Harvest comes first round here."

A public exhibition about the bid will be held at Fenchester Library throughout May. The bid team is also inviting schools to take part in a "Fen Futures" project recording the memories of older residents.""",
    comments=[("FenchesterFan", "18 Apr 2025", "About time! The cathedral is stunning."),
              ("Roy G", "19 Apr 2025", "More tourists, more parking charges. No thanks.")],
    tags=["Heritage", "Fenchester", "UNESCO"]),
    [], allow=[S])

add("news", news_page(
    "standard", "News", "Giant onion, record marrows and a very cross goose: it's the WHS Autumn Show",
    "Horticultural society's 112th show draws 900 entries",
    "By Lorna Pickering", "Thursday 12 September 2024",
    """It was a good year for onions and a bad year for tempers at the 112th autumn show of the Wendlesey Horticultural Society on Saturday.

More than 900 entries filled the Corn Exchange, from prize vegetables and dahlias to children's miniature gardens and a class for "the most peculiar-shaped potato", won this year by a King Edward that several judges agreed looked exactly like a former prime minister.

The WHS show's blue riband, the heaviest onion, went to Derek "Onion Del" Sorrell of Brinkfen for a monster weighing 7lb 4oz. It is his ninth win in eleven years.

"It's all in the feeding," said Mr Sorrell, 79, who refused to give away the contents of his liquid feed. "And talking to them. My wife says I talk to the onions more than I talk to her, which is true, but the onions listen."

The best-in-show vase of dahlias went to Lina Paulauskienė of Coldhithe, a member for just three years, who grew the blooms on her allotment. "In Lithuania my grandmother grew flowers for the church. I think she would be proud," she said.

There was drama in the poultry section when a Toulouse goose belonging to Elmstow smallholder Bernie Cooke escaped from its pen and chased a steward around the trade stands.

WHS secretary Pam Wragg said entries were up by 15 per cent. "It's been a difficult harvest for a lot of growers with all the rain in the spring, so we were delighted. We've got lots of young members coming through and more and more entries from our Eastern European growers, who put some of the old boys to shame with their tomatoes."

The society's winter programme starts on October 3 with a talk on winter pruning. New members welcome; the annual subscription is £8.

## Results

Heaviest onion: D. Sorrell. Longest runner bean: M. Chilvers. Best collection of vegetables: R. and J. Thew. Dahlias (vase of three): L. Paulauskienė. Children's class (under 11): Poppy Norris, 8, Saxby Drove. Peculiar potato: K. Mott.""",
    comments=[("OnionDelsNephew", "12 Sep 2024", "Nine wins! The man is a machine.")],
    tags=["Community", "Wendlesey", "Gardening"]),
    [], allow=[S])

add("news", news_page(
    "fensnow", "Business", "Packhouse giant announces 200 new jobs at Marsh End",
    "Harvest Fresh to build new salad processing hall as supermarket contract is extended",
    "Owen Barker", "Wed 5 Feb 2025 · 09:30",
    """One of the Fens' biggest employers is to create 200 new jobs after winning an extended contract to supply prepared salads to a national supermarket chain.

Harvest Fresh Ltd says it will build a new 12,000 square metre processing hall at its Marsh End site, south of Wendlesey, with work starting this spring.

The company already employs around 900 people at the site in peak season, many of them from Portugal, Lithuania, Bulgaria, Romania and Poland. Managing director Simon Thorogood said the new jobs would be a mix of line operatives, forklift drivers, engineers and quality technicians.

"We're a Fen business, we were founded by three Fen farming families in 1987, and we want to grow here," he said. "We have people on our lines who started as temporary pickers twenty years ago and are now running shifts. We want local young people to see there's a career here too."

Harvest Fresh is also working with Fenchester College on a new food engineering apprenticeship.

The announcement was welcomed by business leaders, although some residents have raised concerns about the number of HGVs using the Marsh End road and the lack of housing for new workers.

Tatiana Ivanova, who came to Wendlesey from Bulgaria in 2014 and is now a shift manager, said: "When I came I could only say hello. Now I manage 60 people. This company gave me a chance."

A public consultation on the plans will be held at Marsh End village hall on February 20.""",
    comments=[("Marsh End Mike", "5 Feb 2025", "More lorries down our lane at 3am then. Brilliant."),
              ("Jobseeker24", "5 Feb 2025", "Good news for the area, where do I apply?")],
    tags=["Business", "Jobs"]),
    [])

add("news", news_page(
    "standard", "Courts", "Woman given restraining order after posting teacher's home address online",
    "Mother shared SENCo's address in Facebook group during row over son's support",
    "By Graham Lusher", "Wednesday 19 March 2025",
    """A mother who posted a special needs teacher's home address in a community Facebook group, encouraging people to "pay her a visit", has been given a two-year restraining order.

Lacey Dorling, 29, of Fen View, Coldhithe, admitted harassment without violence at Ouseport Magistrates Court on Monday.

The court heard that Dorling had been in dispute with her son's secondary school, the Harvest Academy in Wendlesey, over the support he received for autism and anxiety.

In November she posted the name and home address of the school's special educational needs co-ordinator, Rebecca Hale-Dunmore, in a Facebook group with around 6,000 members, along with a photograph of her house and the words "if anyone wants to tell her what they think of her, this is where she lives."

Prosecutor Anita Sharma said the post was shared more than 80 times before it was removed. Mrs Hale-Dunmore received abusive notes through her letterbox and a parcel of dog excrement left on her doorstep. There was no evidence Dorling was responsible for the notes or the parcel.

In a statement, Mrs Hale-Dunmore said she had moved her children to stay with their grandparents for two weeks. "I have spent twenty years fighting for children with special needs. I understand how frustrated parents are. But nobody deserves to be afraid in their own home."

Dorling's solicitor said she had been "at the end of her tether" and had taken the post down when she "came to her senses". She had no previous convictions.

District Judge Paul Everitt said the offence was "a deliberate attempt to expose a public servant to harassment." He imposed a 12-month community order with 20 rehabilitation activity days and a restraining order banning Dorling from contacting Mrs Hale-Dunmore or posting about her online. She must pay £85 costs.""",
    comments=[("SENCo elsewhere", "19 Mar 2025", "Sending strength to this colleague. We are not the enemy."),
              ("Coldhithe local", "19 Mar 2025", "Good result.")],
    tags=["Courts", "Harassment", "Coldhithe"]),
    [m(S, "alias", "neutral", "Harvest Academy"),
     m(HD, "exact", "neutral", "Rebecca Hale-Dunmore")])

add("news", news_page(
    "standard", "Schools", "£6m sixth form and technology block opens at Harvest Academy",
    "New building includes engineering workshops, science labs and a 'Fen kitchen'",
    "By Tom Aldridge", "Friday 10 January 2025",
    """A £6 million sixth form and technology building has officially opened at Wendlesey Harvest Academy.

The two-storey building, funded by the Department for Education's school rebuilding programme and the Fen Edge Learning Trust, replaces a cluster of 1960s huts that had been condemned because of crumbling concrete.

It houses a sixth form study centre, three science laboratories, a design and engineering workshop with computer-controlled machinery and a teaching kitchen where pupils will learn to cook with produce from local farms.

The building was opened by Olympic rower and Fen native Hannah Creasey, who left the school in 2006.

Principal Janet Thurlow said: "When I started here as a newly qualified teacher in 1994, we had buckets in the corridors when it rained. Our young people deserve the same facilities as any school in Cambridge, and now they have them."

Head of design and technology Vytautas Kazlauskas, who helped design the workshop, showed guests a laser-cut scale model of a Fen pumping station made by Year 12 students. "Our students are going to be the engineers who keep this landscape dry," he said. "Now they can learn on the same machines they will use in industry."

The building is designed to be net zero in operation, with solar panels, an air source heat pump and a wildflower roof.

There are now 260 students in the academy's sixth form, up from 170 five years ago.""",
    comments=[("Class of 2006", "10 Jan 2025", "Go Hannah! And about time those huts went.")],
    tags=["Schools", "Investment", "Wendlesey"]),
    [m(S, "exact", "neutral", "Wendlesey Harvest Academy"),
     m(TH, "exact", "neutral", "Janet Thurlow"),
     m(VK, "exact", "neutral", "Vytautas Kazlauskas")])

add("news", news_page(
    "argus", "News", "Mother tells hearing school 'ignored' months of bullying warnings",
    "Head of year accused of failing to pass on reports; trust says it acted 'appropriately'",
    "By Simon Loades", "Wednesday 14 May 2025",
    """A Fenland mother has told a disability discrimination hearing that her daughter's school ignored months of warnings that the girl was being bullied, and then covered up its failures when she was hurt.

The first-tier tribunal, sitting in Ouseport, is hearing a claim brought on behalf of the 14-year-old against the Fen Edge Learning Trust, which runs Wendlesey Harvest Academy.

The girl's mother said she emailed the school eleven times between September and December 2024 about name-calling, her daughter's belongings being thrown in a drain and messages on a group chat telling her to kill herself.

She said the emails went to the girl's head of year, Paul Wright, who she claimed "did nothing at all" and "never logged a single one of them" on the school's safeguarding system.

"When my daughter was pushed down the stairs in December, the school told me they had no record of any previous concerns," she said. "That is a lie. I have the emails. Someone deleted them or chose not to act on them, and then they pretended it had never happened."

She told the panel she believed the school had "closed ranks to protect Mr Wright" and that a subsequent investigation by the trust was "a whitewash".

Under cross-examination by the trust's barrister, Olivia Penrose, she accepted that some of her emails had been sent to a general office address. Ms Penrose said the school would say that Mr Wright had "acted on every concern that reached him" and that the incident on the stairs had been "fully investigated by the police, who took no further action."

The hearing continues.""",
    comments=[], tags=["Education", "Tribunal", "Bullying"]),
    [m(S, "exact", "defamation", "Wendlesey Harvest Academy"),
     m(PW, "exact", "defamation", "Paul Wright")])

add("news", news_page(
    "fensnow", "Education", "How did your local secondary do? Fenland GCSE league table 2024",
    "Progress 8 and attainment figures for every state secondary in the district",
    "FensNow data team", "Thu 17 Oct 2024 · 07:00",
    """The Department for Education has published provisional performance tables for last summer's GCSE exams. Here's how every state secondary school in our area did. Progress 8 compares pupils' results with those of pupils nationally who had similar results at the end of primary school; zero is average.

## The table

* Fenchester Grammar School – Attainment 8: 68.2 – Progress 8: +0.61 – Grade 5+ English and maths: 89%
* King's Fen School, Fenchester – A8: 49.9 – P8: +0.21 – 5+ E&M: 51%
* Harvest (Wendlesey) – A8: 44.7 – P8: +0.18 – 5+ E&M: 41%
* Marshland Community College, Ouseport – A8: 42.0 – P8: -0.05 – 5+ E&M: 36%
* Ouseport Academy – A8: 39.8 – P8: -0.31 – 5+ E&M: 31%
* Thorneycroft School, Marsh End – A8: 37.1 – P8: -0.44 – 5+ E&M: 28%
* St Guthlac's High School, Stowbridge-on-Ouse – A8: 46.3 – P8: +0.02 – 5+ E&M: 44%

## What the figures tell us

The Wendlesey school posted the biggest improvement in the district, moving from a negative Progress 8 score last year to a positive one, meaning its pupils made more progress than similar pupils nationally. Its headline figures are still lower than those at the district's schools in Fenchester, but the school has a far higher proportion of pupils who arrived in England during secondary school.

Ouseport Academy is the only school in the district below the Department for Education's floor standard of -0.5 for two years running, a position it narrowly avoided this year.

Education analyst Dr Kamala Rose said: "It's worth remembering that Progress 8 doesn't account for pupils who arrive mid-way through secondary school with little English. Schools like the ones in Wendlesey and Marsh End are doing extraordinary work that these numbers don't fully capture."

Final figures will be published in February.""",
    comments=[("P8skeptic", "17 Oct 2024", "Progress 8 is a nonsense measure but well done Wendlesey I suppose.")],
    tags=["Education", "League tables", "Data"]),
    [m(S, "short_name", "neutral", "Harvest")])

add("news", news_page(
    "argus", "News", "Popular head teacher Maria Carvalho retires after 30 years at Portsmouth primary",
    "Children form guard of honour as 'Mrs C' says goodbye",
    "By Jenna Platt", "Friday 19 July 2024",
    """Pupils, parents and former pupils lined the playground at St Anne's Catholic Primary School in Portsmouth on Thursday to say goodbye to headteacher Maria Carvalho, who is retiring after three decades at the school.

Mrs Carvalho, 61, joined St Anne's as a classroom teacher in 1994 and became head in 2009. Under her leadership the school was twice judged outstanding.

The daughter of Portuguese parents who moved to the city in the 1960s, Mrs Carvalho said she had always been determined that children from every background "should feel that school belongs to them".

"I was the little girl who didn't speak English on her first day, so I know what it's like," she said. "I'm leaving knowing the school is in wonderful hands."

Children made a giant card signed by every pupil and sang a song they had written about her, to the tune of a well-known pop song, which she described as "the most embarrassing and wonderful thing that has ever happened to me."

Former pupil and now parent governor Daniel Figueira said: "Mrs Carvalho taught me, she taught my sisters and now she's taught my kids. She's an institution."

Mrs Carvalho plans to spend more time with her grandchildren and to walk the Portuguese Way of the Camino de Santiago.

Deputy headteacher Helen O'Rourke will take over as acting head in September.

This article was syndicated from our partner title in Hampshire as part of our 'Good News Friday' series.""",
    comments=[("Figueira family", "19 Jul 2024", "Obrigado Mrs C!")],
    tags=["Good news", "Education"]),
    [], allow=[IC])

add("news", news_page(
    "fensnow", "Trending", "Mum's viral TikTok about locked school toilets racks up 400,000 views",
    "Parent says daughter was 'humiliated' after being refused the toilet during lessons",
    "Jade Fletcher", "Tue 14 Jan 2025 · 18:12",
    """A Wendlesey mum's TikTok video complaining that her daughter's school locks its toilets during lessons has been viewed more than 400,000 times.

In the two-minute video, filmed in her car outside Harvest Academy, Chantelle Rayner, 33, says her 12-year-old daughter had an accident in a maths lesson last week after being told she could not leave the room.

"Toilets locked during lessons, toilets locked at break apart from one block for 600 kids, queue so long you miss your dinner," she says. "And when she asked to go she was told it's policy. It's not a prison, it's a school."

Ms Rayner says in the video that she emailed the deputy principal in charge of behaviour, Mr O'Dowd, and received "a two-line reply telling me to read the policy on the website."

"I've read it, Mr O'Dowd. It says toilet passes are 'at the discretion of the teacher'. So exercise some discretion," she says, addressing the camera. "Girls on their period, kids with medical conditions, it's basic dignity."

The video attracted thousands of comments from parents describing similar policies at schools around the country, as well as some from teachers explaining that toilets are often locked to prevent vandalism and vaping.

The academy said in a statement: "Toilets are open at break and lunchtime and any pupil with a medical need has a toilet pass. Teachers may let pupils go during lessons where appropriate. We have contacted the family to discuss this incident and we are reviewing how we communicate the policy." It added that two toilet blocks had been closed temporarily after being vandalised.

Ms Rayner told FensNow she had been invited to meet the school. "I just want them to treat kids like human beings," she said.""",
    comments=[("vape_free_zone", "14 Jan 2025", "The vaping in school toilets is out of control, teachers can't win."),
              ("Chantelle's sister", "14 Jan 2025", "So proud of you for speaking up")],
    tags=["Trending", "Schools", "TikTok"]),
    [m(S, "alias", "negative", "Harvest Academy"),
     m(OD, "title_surname", "negative", "Mr O'Dowd")])

add("news", news_page(
    "notices", "Deaths", "THURLOW Dorothy May",
    "Passed away peacefully at Lowestoft on 3rd March 2025, aged 94",
    "Notice placed by Beccles & Waveney Funeral Services", "Published 8 March 2025",
    """THURLOW Dorothy May (née Catchpole), formerly of Kessingland, passed away peacefully at Sunrise Court care home, Lowestoft, on 3rd March 2025, aged 94 years.

Dorothy was a district nurse in the Waveney valley for 36 years and delivered, by her own count, "more babies than the doctor ever did". Widow of Stanley, much loved mother of Keith and the late Brian, grandmother of six and great-grandmother of eleven.

A lifelong member of Kessingland Baptist Church and the Women's Institute, Dorothy was famous for her Victoria sponges, her driving and her refusal to retire from either.

Funeral at Kessingland Baptist Church on Tuesday 25th March at 11am, followed by committal at Waveney Crematorium. Donations in Dorothy's memory to the Queen's Nursing Institute.

## Tributes

"Nurse Thurlow stitched up my knee in 1962 and told me off for climbing the churchyard wall. I never did it again. God bless, Dorothy." - Malcolm B.

"A wonderful lady who always had time for everyone. Rest easy." - Sunrise Court staff""",
    comments=[], tags=["Lowestoft", "Kessingland"]),
    [], allow=[TH])

add("news", news_page(
    "standard", "Community", "Chapel at 150: Elmstow's Methodists mark a century and a half",
    "Anniversary weekend brings together old Fen families and new arrivals",
    "By Lorna Pickering", "Thursday 2 October 2025",
    """Elmstow Methodist Chapel celebrated its 150th anniversary at the weekend with a harvest thanksgiving, a flower festival and a tea that one steward estimated involved "at least forty sponges".

The chapel was built in 1875 by farm labourers who gave a penny a week from their wages for twenty years to pay for it. Many of their descendants were among the 200 people who packed into the building on Sunday.

The flower festival, with arrangements depicting 150 years of Fen life, included a display by pupils from Harvest Academy showing the eel traps, potato baskets and celery trenches of their great-great-grandparents' day, alongside the lorries and packhouse lines that dominate Elmstow now.

The display was organised by Bridget Loveridge, who grew up on the Traveller site at Black Dyke Lane and was baptised at the chapel. "My nan used to sell pegs and flowers at this door," she said. "The chapel was always good to our people when a lot of places weren't. It felt right to give something back."

The service was led by the Rev Stephen Amos, who read out the names of the original trustees - labourers, a blacksmith, a carrier and a "higgler" - and invited their descendants to stand. About thirty people did.

Also taking part was the chapel's newer congregation: a Portuguese-language Bible study group and a Bulgarian family who joined last year. Hymns were sung in English and Portuguese.

Steward Maureen Thew, whose family have been members since the beginning, said: "People say the chapels are dying. Not this one."

The chapel's historic harmonium, restored with a lottery grant, was played for the first time in 30 years.""",
    comments=[("Maureen's grandson", "2 Oct 2025", "What a weekend. Well done everyone."),
              ("Former Elmstow girl", "3 Oct 2025", "Lovely to see the old place so full.")],
    tags=["Community", "Elmstow", "Faith"]),
    [m(S, "alias", "neutral", "Harvest Academy"),
     m(BL, "exact", "neutral", "Bridget Loveridge")])

add("news", news_page(
    "standard", "Schools", "D&T teacher back at work after HSE finds no fault over workshop injury",
    "Investigation concludes guard was working and supervision was adequate",
    "By Maxine Dobbs", "Thursday 26 June 2025",
    """A design and technology teacher who was suspended after a pupil was injured on a bandsaw has returned to work after an investigation found no fault on his part.

Vytautas Kazlauskas, head of design and technology at Wendlesey's Harvest Academy, had been off work since March following the accident, in which a 15-year-old boy lost the tip of a finger.

The Health and Safety Executive has written to the school to say it will take no further action. Its inspectors found that the bandsaw's guard was correctly fitted and adjusted, that the machine had been serviced in January, and that the number of pupils and the level of supervision were in line with national guidance.

A separate investigation commissioned by the Fen Edge Learning Trust reached the same conclusion. It found claims made on social media that the teacher had been "drinking on the job" were "entirely without foundation" and said the trust had reported some posts to the police.

In a statement released through his union, Mr Kazlauskas said: "I am very sorry that a student was hurt in my classroom, and I think about him every day. I am grateful that the truth has been established. The last four months have been the hardest of my life. Some of the things written about me, and about my nationality, I will never forget."

The boy's mother, Stacey Morrell, said she was "disappointed" and was still considering legal action.

The trust said it was introducing an extra technician in the workshop from September "as a matter of good practice."

Mr Kazlauskas, who was born in Klaipėda and moved to the Fens in 2009, has taught at the school since 2016.""",
    comments=[("Former student", "26 Jun 2025", "Best teacher I ever had. Welcome back sir."),
              ("DT_dad", "26 Jun 2025", "Hope the keyboard warriors who called him a drunk are feeling ashamed.")],
    tags=["Education", "HSE"]),
    [m(S, "alias", "neutral", "Harvest Academy"),
     m(VK, "exact", "neutral", "Vytautas Kazlauskas")])

add("news", news_page(
    "fensnow", "Food & drink", "Food hygiene ratings: the Fens takeaways that scored zero - and the ones that got five",
    "Latest inspections published by the district council",
    "Owen Barker", "Mon 24 Mar 2025 · 06:00",
    """The district council has published its latest round of food hygiene inspections. Businesses are rated from five (very good) to zero (urgent improvement necessary). Here are the latest results.

## Urgent improvement necessary (0)

* Golden Dragon, Market Place, Ouseport - inspectors found mouse droppings in a dry store and raw chicken stored above cooked rice.

## Major improvement necessary (1)

* Harvest Moon Chinese & Thai takeaway, Bridge Street, Wendlesey - the inspector noted "no effective hand washing facilities in the kitchen" and "poor cleaning of equipment". The owner told FensNow a new sink had been installed the following day and a re-inspection had been requested.
* Kebab Korner, Station Road, Marsh End

## Improvement necessary (2)

* The Fen Tiger pub, Coldhithe
* Marsh End Fish Bar

## Very good (5)

* Harvest Table Café, Elmstow garden centre
* Sugar Beet Café, Saxby Drove
* Wendlesey Hospital League of Friends café
* The Five Alls, Wendlesey
* Monteiro's Portuguese Bakery, Cattle Market Road, Wendlesey
* Ouseport Cricket Club

The council says diners can check the rating of any food business on the Food Standards Agency website, and that businesses are required to display their rating sticker in Northern Ireland and Wales but not in England.

Harvest Moon manager Kevin Lau said: "We were very disappointed. We have been serving Wendlesey for 22 years. The problems were fixed straight away and we're confident we'll be back to a five soon." """,
    comments=[("ChipsAndCurry", "24 Mar 2025", "Been eating at the Harvest Moon for 20 years, never had a bad one. One bad day."),
              ("FoodieFen", "24 Mar 2025", "Monteiro's pastel de nata are the best thing in Wendlesey")],
    tags=["Food", "Hygiene"]),
    [])


# ---------------------------------------------------------------------------------------
# FORUMS, part 1
# ---------------------------------------------------------------------------------------
add("forum", forum_page("parentnet", "Am I Being Unreasonable?", "AIBU to pull DD out of her secondary over the 'reset room'?", [
    ("FenlandFlora", "Mon 11-Mar-24 21:14", """Long time lurker, name changed for this as it's a small town.

DD (12, Y7) goes to Harvest, the academy in our town. Since January they've had a new behaviour system and if you get two warnings in a lesson you're sent to the "reset room" for the rest of the day. It's a room with booths. You sit facing the wall, no talking, you do worksheets. You eat your lunch in there.

DD has been sent there three times. Once for "rolling her eyes", once for not having a ruler and once for talking when she was actually asking her friend what page they were on. She's a quiet, anxious kid who has never been in trouble in her life. She now has stomach aches every Sunday night.

I emailed and got a reply from the office basically saying it's O'Dowd's policy and it's working and there's nothing to discuss. O'Dowd's the deputy head. Never met the man.

The alternative is a 50 minute bus ride to Ouseport to a school that's worse by every measure. AIBU to pull her out anyway? Or to home ed for a bit?"""),
    ("MarmiteOnToast", "Mon 11-Mar-24 21:20", "YANBU to be angry but I'd be careful about home ed as a knee jerk thing. Have you asked for a meeting face to face?"),
    ("Beetroot_and_Feta", "Mon 11-Mar-24 21:31", """Booths? Facing a wall? For a ruler? That's not a behaviour policy that's a punishment factory.

I'm a secondary teacher (not in your area). Lots of schools have gone this way because of pressure from Ofsted and the trusts love a "warm-strict" buzzword. Some do it well. Sending a 12 year old to a booth for a missing ruler is not doing it well."""),
    ("FenlandFlora", "Mon 11-Mar-24 21:40", """@MarmiteOnToast I've asked twice. They offered me a meeting with her tutor who's lovely but says it's out of her hands.

The only person there who actually rang me back was Mrs Loveridge the attendance lady when DD had two days off with the stomach aches. She was kind, listened, said she'd "have a word". Nothing changed but at least she sounded human."""),
    ("Ticklymonster", "Mon 11-Mar-24 22:02", """We're in the same town. DS is in Y9. Honestly the lessons ARE calmer. Last year he said nobody could hear the teacher in half his lessons. This year he says it's quiet.

But yes the reset room is used way too much and for daft stuff. It's like the staff have been told to hit a quota. My neighbour's lad has been in there 20+ times this year and he's got an EHCP."""),
    ("SunnyDelight99", "Mon 11-Mar-24 22:15", "YANBU. I'd put it in writing to the governors (or whatever the trust calls them, 'local academy council' or something). And ask for the data - how many kids, how many days, how many SEN."),
    ("FenlandFlora", "Tue 12-Mar-24 07:45", "Thank you all. Going to write to the governors today and ask for a proper meeting. Not pulling her yet. Will update."),
    ("OldFenTeacher", "Tue 12-Mar-24 09:12", """Retired from a school not far from yours. The thing about these systems is they work for the 90% and they flatten the 10% who were never the problem in the first place. Anxious girls like your DD are exactly who gets crushed.

Push for reasonable adjustments if there's any hint of anxiety disorder. Get the GP involved if the stomach aches carry on."""),
], views=4121),
    [m(S, "short_name", "negative", "Harvest"),
     m(OD, "possessive", "negative", "O'Dowd's"),
     m(BL, "title_surname", "neutral", "Mrs Loveridge")])

add("forum", forum_page("parentnet", "Chat", "Is it just me or has the school gate turned into a fan club?", [
    ("PigletsMum", "Fri 08-Nov-24 14:02", """OK I need to confess something to strangers because I can't say it to anyone in real life.

DS is in Y8 at Harvest (Wendlesey). His science teacher is the one who went viral last week for the custard explosion. Mr Gotobed. Since the video every mum at pick-up is suddenly very interested in science. There was a queue to talk to him at parents' evening and it wasn't about the curriculum 😂

I am not immune. He's got that rugged mad-professor thing going on. Forearms. Goggles. Reader, I'd let him demonstrate his combustion reaction any day of the week."""),
    ("Kitkatchunky", "Fri 08-Nov-24 14:09", "😂😂 I've seen the video. The goggles do something to me, I'm not going to lie."),
    ("PigletsMum", "Fri 08-Nov-24 14:12", "My friend said and I quote \"he can put me to bed any time, it's literally in his name\". We are all going to hell."),
    ("Lunchbox_Lil", "Fri 08-Nov-24 14:30", """I know this is meant to be fun but imagine if this was a group of dads talking about a female teacher's "forearms" and whether she could "put them to bed". We'd all be posting about misogyny and he'd be getting a visit from HR.

He's a man at his work. Leave him be."""),
    ("Kitkatchunky", "Fri 08-Nov-24 14:38", "@Lunchbox_Lil fair point tbh. It's just harmless fun on an anonymous forum though, nobody's saying it to his face."),
    ("PigletsMum", "Fri 08-Nov-24 14:41", "Ok ok. Suitably chastened. But only a bit. He IS a brilliant teacher, DS actually does his homework now."),
    ("CrumpetQueen", "Fri 08-Nov-24 15:10", "Did anyone else find out his wife is also a scientist? Sorry ladies, taken 😂 According to my DD anyway, who seems to know everything about every teacher."),
    ("Lunchbox_Lil", "Fri 08-Nov-24 15:16", "And there it is, the next question is where they live. This is how it starts. Glad he's apparently a good teacher though."),
], views=2204),
    [m(GB, "title_surname", "sexual", "Mr Gotobed"),
     m(S, "short_name", "neutral", "Harvest")])

add("forum", forum_page("chalkface", "Job seeking & interviews", "Offered a job at Harvest Academy (Wendlesey) - anyone know it?", [
    ("NewToFens", "3 May 2024 18:44", """Hi all, I've been offered a maths post at Harvest Academy in Wendlesey after interview today. I'm moving from Leicester for family reasons. The kids I met were lovely, the department seemed OK. Pay is MPS plus a relocation package.

Anyone worked there / know anything? Ofsted says RI. Trust is small (Fen Edge)."""),
    ("fen_exile", "3 May 2024 19:20", """I worked there until last summer. PM me if you want the long version but here's the short one.

Kids: fantastic. Genuinely some of the nicest kids I've taught. Lots of EAL, lots of farming families, they work hard and they're funny.

Department colleagues: mostly lovely.

Senior leadership: run. The principal (Janet T.) is charming to your face and utterly ruthless behind it. And I'll say this carefully but plainly because I've thought about it a lot: in my last year coursework marks in two subjects were changed upwards after moderation on her instruction before they went to the exam board. I saw the spreadsheets. Staff who objected were "managed out". The exam board should have been told and wasn't. If that ever comes out they're in real trouble."""),
    ("NewToFens", "3 May 2024 19:35", "Wow. That's... a lot. Did you report it?"),
    ("fen_exile", "3 May 2024 19:51", "I tried. Internal whistleblowing route goes straight back to the people involved. I had a mortgage and a kid. I left. Not proud of it."),
    ("MrsMarking", "3 May 2024 20:05", """Be careful with these threads - one person's experience, and we don't know the full story. I've got a friend at Harvest who's very happy, finds the SLT supportive and says behaviour is much better this year.

Ask to speak to a couple of department members without SLT present before you accept. Any good school will let you."""),
    ("fen_exile", "3 May 2024 20:12", "@MrsMarking fair, and I'm glad your friend's happy. I'm only saying what I saw."),
    ("Pythagoras_Pete", "3 May 2024 21:30", """General advice: RI schools in rural areas often have high turnover because people don't want to live there, not because they're terrible. Relocation package is a sign they're struggling to recruit. Ask about timetable, PPA, and how many of the maths dept are non-specialists.

And the Fens are beautiful in their own way. Massive skies. Very flat. You'll never need gears on your bike."""),
    ("NewToFens", "4 May 2024 08:02", "Thanks all. Going to ask to come back for a day and talk to the department. Will think hard."),
], views=1876),
    [m(S, "alias", "defamation", "Harvest Academy"),
     m(TH, "first_initial", "defamation", "Janet T.")])

add("forum", forum_page("furrow", "Potatoes & veg", "Potato harvest 2024 - yields, skin finish, who's still lifting?", [
    ("Paul_Wright_HallamFen", "2 Oct 2024 20:11", """Evening all. Paul Wright, Hallam Fen, Lincs. Silt and a bit of skirt land. Started lifting Maris Pipers on the 16th and we're about 60% done. Yields so far around 48t/ha gross, bit down on last year, and far too many greens on the headlands where the ridges slumped in the June rain.

Skin finish poor on the early-lifted stuff. Anyone else struggling with silver scurf this year?"""),
    ("SiltySam", "2 Oct 2024 20:40", "Same here Paul. Pipers OK on the silt, rubbish on the peat. Skin set's been terrible. Waiting another week on the Markies to let them harden."),
    ("OldFenFarmer", "2 Oct 2024 21:02", """Finished Sunday thank God. 52t/ha on the Sagittas but I've never seen so many clods. Harvester crew were picking stones and clods for Britain.

Labour's the killer again. Lost three of my Lithuanian lads to the packhouse in August because they can get 40 hours guaranteed indoors. Can't blame them."""),
    ("Paul_Wright_HallamFen", "2 Oct 2024 21:15", "@OldFenFarmer tell me about it. Ours are all Bulgarian now, good workers, but the visa quota is a joke. Two of the lads on the harvester have been with us eight years."),
    ("beet_and_barley", "3 Oct 2024 06:30", "Not potato but sugar beet campaign started at the factory Monday. Tare's high. Everyone's paying for the wet spring."),
    ("SiltySam", "3 Oct 2024 07:15", "Anyone tried the new skin-set desiccant everyone's on about? Rep wants £40/ha for it."),
    ("Paul_Wright_HallamFen", "3 Oct 2024 07:40", "Tried it on 10 acres last year. Couldn't tell the difference. Save your money and wait for the weather, same as our grandads did."),
], views=980),
    [], allow=[PW])

add("forum", forum_page("furrow", "Labour & staff", "School fining parents because kids helped with harvest - rant", [
    ("Gullbank_Grower", "14 Sep 2023 21:50", """Right, need to get this off me chest.

My lad is 14. He's been riding on the harvester with me since he was in nappies. This year we were short handed (see every other thread on this board) and he helped for three days at the back end of the wheat, start of September, first week back at school. Three days. He was home by dark, did his reading at night.

Letter from the school yesterday. Harvest Academy, in Wendlesey. "Unauthorised absence." "Penalty notice may be issued." £80. Then a phone call from a woman called Bridget Loveridge who does the attendance telling me that "farm work is not an exceptional circumstance" and that she's "seeing a pattern".

A PATTERN. He's been off three days in two years. She ought to come and see the pattern of my overdraft.

Our family's farmed at Gull Bank since 1881. Half the buildings in that school were built with money from the rates we pay. Rant over."""),
    ("SiltySam", "14 Sep 2023 22:05", "Sympathy bor. But the law's the law. They don't get to choose, it's the government's fine."),
    ("Gullbank_Grower", "14 Sep 2023 22:11", "The law's an ass then. When I was a nipper the whole school shut for potato picking week. Tater holidays we called it."),
    ("OldFenFarmer", "14 Sep 2023 22:40", """Tater holidays! Blimey that takes me back. We used to get 5 bob a day and blisters.

Not the same world now though. Them kids need exams. My granddaughter's a vet now, wouldn't have happened if she'd been picking spuds every October. I'd pay the fine and have a quiet word with the woman. Bridget's all right actually, she's from the Dyke Lane lot, knows what it's like for families."""),
    ("Gullbank_Grower", "15 Sep 2023 06:12", "Fair enough OFF. I'll ring her. Still think it's daft."),
    ("ArableAndy", "15 Sep 2023 07:30", "Fined twice for term-time holiday to see the in-laws in Cornwall. Cheaper than the August flights. Welcome to the club."),
], views=1420),
    [m(S, "alias", "negative", "Harvest Academy"),
     m(BL, "exact", "negative", "Bridget Loveridge")])

add("forum", forum_page("fentalk", "Schools & kids", "Wendlesey Harvest Academy = Wendlesey Harvest Prison", [
    ("DykeEndDon", "Thu Feb 01, 2024 7:32 pm", """My granddaughter come home in tears again today. Put in the booth for "defiance" because she asked WHY she had to take her earrings out. Asked WHY. Thas defiance now is it?

That O'Dowd is a jumped up little Hitler. Walks round the corridors with his walkie talkie like he's running Strangeways. Never taught a proper lesson in his life I'll bet. Thinks Fen kids are thick and need breaking like colts. Arrogant, sneering prat."""),
    ("mardle_mick", "Thu Feb 01, 2024 7:58 pm", "Steady on Don, its a family forum. Agree the booth thing is over the top mind."),
    ("DykeEndDon", "Thu Feb 01, 2024 8:05 pm", "Family forum my arse Mick. Its my family I'm on about. O'Dowd wants his head read and I'll say it to his face."),
    ("Sal_from_Saxby", "Thu Feb 01, 2024 8:30 pm", """My son says O'Dowd is actually OK one on one. It's the rules that are daft not the man. He's told them he'll review it at Easter.

But earrings? Really? Half the girls' mums have got more metal in their faces than the spare parts bin at Mott's garage 😂"""),
    ("Fen Tiger 72", "Thu Feb 01, 2024 9:12 pm", "When I was at the High School you got caned. Just saying. Kids are soft now."),
    ("DykeEndDon", "Thu Feb 01, 2024 9:20 pm", "Yeah and look how you turned out Tiger 😂"),
    ("Fen Tiger 72", "Thu Feb 01, 2024 9:24 pm", "Fair play Don that's a good un"),
    ("fenadmin", "Thu Feb 01, 2024 10:01 pm", "Thread title left as is, it's an opinion. Please keep it civil and no personal info about staff - you know the rules."),
], views=2988),
    [m(S, "exact", "negative", "Wendlesey Harvest Academy"),
     m(OD, "surname_only", "abuse", "O'Dowd")])

add("forum", forum_page("fentalk", "Moans & groans", "That head of year lives on our road", [
    ("Marlpit_Mandy", "Wed Jun 26, 2024 8:15 pm", """Just found out the Paul Wright thats head of year 9 at Harvest, the one who excluded my nephew, only lives at 14 Tansy Close Elmstow, the new houses behind the Co-op. Silver Qashqai QE19 WRF on the drive. Walks his dog round the rec every morning about 6.45 before school.

Funny how these teachers can ruin a kid's life in the day and go home to their nice new build at night. Thought people might like to know who their neighbour is."""),
    ("mardle_mick", "Wed Jun 26, 2024 8:22 pm", "Mandy take that down now. You can't post peoples addresses. After what happened to him last week with that nutter at his door? Seriously."),
    ("Elmstow_Ed", "Wed Jun 26, 2024 8:30 pm", "This is vile. He's got little kids. Reported."),
    ("Marlpit_Mandy", "Wed Jun 26, 2024 8:34 pm", "Its public info, anyone can drive past and see the car. People have a right to know."),
    ("Sal_from_Saxby", "Wed Jun 26, 2024 8:41 pm", "Mr Wright was brilliant with my daughter when she was being bullied. Whatever happened with your nephew this is not the way. Take it down."),
    ("fenadmin", "Wed Jun 26, 2024 9:03 pm", "Post 1 reported and hidden from guests pending review. Mandy you've had a warning before. Any more and you're off."),
], views=612),
    [m(PW, "exact", "doxxing", "Paul Wright"),
     m(S, "short_name", "neutral", "Harvest")])

add("forum", forum_page("rabble", "r/fens", "The custard guy is from Wendlesey?? What's the deal with the Harvest Academy TikTok teacher", [
    ("u/peatbog_pete", "5 Nov 2024 · 412 points", """My feed is 100% this guy now. Apparently he's head of science at Harvest Academy in Wendlesey which is like 20 min from me. Anyone here actually been taught by him?

Edit: yes I know his name is Gotobed, yes I know it's a real Fen surname, my nan was a Gotobed on her mum's side, please stop DMing me about it"""),
    ("u/throwaway_fenkid", "5 Nov 2024 · 301 points", """Had him for GCSE chem 2019-2021. Honestly the best teacher I ever had. He made us do the iodine clock reaction to a countdown like it was a bomb. Everybody on the ThaddeusGotobed hashtag acting like this is new, he's been doing this for twenty years.

He also used to do a thing where if you got a question right he'd throw you a Werther's Original. Could not get away with it now lol."""),
    ("u/marsh_harrier_", "5 Nov 2024 · 150 points", "He's the speedway announcer at the Kestrels as well! Absolutely mad energy at both."),
    ("u/peatbog_pete", "5 Nov 2024 · 88 points", "Wait the same guy who does the 'AND THE TAPES GO UP' voice?? Mind blown"),
    ("u/cynical_lincs", "5 Nov 2024 · 21 points", "Genuinely nice to see a wholesome teacher story for once instead of the usual doom."),
    ("u/throwaway_fenkid", "5 Nov 2024 · 60 points", "The school's a bit mixed tbh, strict and the buildings were falling down when I was there, but the science dept was unreal."),
    ("AutoModerator", "5 Nov 2024", "Reminder: do not post personal information about private individuals, including teachers. Rule 3."),
], views=None),
    [m(GB, "camelcase", "neutral", "ThaddeusGotobed"),
     m(S, "alias", "neutral", "Harvest Academy")])

add("forum", forum_page("chalkface", "Workplace dilemmas", "Head keeps 'popping in' to my lessons - is this normal?", [
    ("SurreyScienceGal", "17 Jan 2025 20:03", """I'm in my second year at a secondary in Surrey. Our head, Mrs Thurlow, has started doing "learning walks" several times a week and has been into my lessons five times since Christmas. She doesn't say anything, writes on an iPad and leaves. No feedback.

Other staff say she's not doing it to them. Should I be worried? I haven't been told I'm on any kind of support plan."""),
    ("Pythagoras_Pete", "17 Jan 2025 20:20", "Ask for feedback. In writing. Politely. 'I noticed you visited my lessons on these dates, I'd value any feedback so I can improve.' Puts the ball in her court and starts a paper trail."),
    ("RedPenRita", "17 Jan 2025 20:41", "Could be nothing. Could be informal monitoring before capability. Join a union if you haven't. And keep a diary of dates and times."),
    ("SurreyScienceGal", "17 Jan 2025 21:02", "I'm in a union. Thanks both. Will email Monday."),
    ("Mr_Chips_2", "18 Jan 2025 07:15", """A head who walks into lessons and doesn't speak to the teacher is a head who doesn't understand what a learning walk is for. That said, some heads are genuinely just nosy and like seeing lessons. Ours is a bit like that. Try not to panic until you have something to panic about."""),
    ("SurreyScienceGal", "24 Jan 2025 19:30", "Update: she said she'd been using my lessons as examples of good practice for a CPD session and 'should have said'. Relief!! Thanks all."),
], views=840),
    [], allow=[TH])

add("forum", forum_page("pits", "Championship", "Kestrels 2025 - team building, new announcer, the lot", [
    ("ShaleDust", "10 Mar 2025 19:00", """Press day Saturday. Team looks decent on paper: Halvorsen at 1, Paul Wright back as skip at 2 after the shoulder op, Bailey, Ratcliffe, Dring at reserve. Still think we need another heat leader.

Big news for the terraces: Thaddeus Gotobed is back on the mic full time after doing half the meetings last year. The man is a national treasure, apparently he's off the telly now or something."""),
    ("KestrelKev", "10 Mar 2025 19:15", "Gotobed the science teacher? He was brilliant last season, 'it's four laps of PHYSICS ladies and gentlemen'. Kids love him."),
    ("OspreyOllie", "10 Mar 2025 19:32", "Can't believe you lot are more excited about an announcer than a heat leader. Shows where Wendlesey are at 😂"),
    ("ShaleDust", "10 Mar 2025 19:40", "At least our announcer can pronounce the riders' names Ollie. Yours called Kowalczyk 'Cowboy Chuck' for two seasons."),
    ("TrackCurfewTerry", "10 Mar 2025 20:05", "Wright's shoulder is the worry. If he misses a month we're in trouble. He's 34 now."),
    ("KestrelKev", "10 Mar 2025 20:09", "He'll be reet. Rides better in pain. Heat 15 v Ospreys last year on one arm, remember."),
], views=1311),
    [m(GB, "exact", "neutral", "Thaddeus Gotobed")], allow=[PW])

add("forum", forum_page("parentnet", "Special educational needs", "SENCo refuses to apply for EHCP - what now?", [
    ("MumOfTheMarsh", "Tue 05-Nov-24 20:30", """DS (13) has a diagnosis of autism and severe anxiety. He's at Harvest in Wendlesey. Since September he's been on a "reduced timetable" - in from 9 til 12, then home. The SENCo, Rebecca Hale-Dunmore, says he doesn't need an EHCP because he's "meeting age related expectations" in the subjects he actually attends.

He's attending HALF A DAY. Of course he's meeting expectations in the half he's there for!

Every meeting is the same. She sits there with her lanyard and her smug little smile and talks to me like I'm thick. Condescending, useless woman. She's been SENCo for years and I can't find a single parent who has a good word to say for her."""),
    ("IPSEA_fan", "Tue 05-Nov-24 20:44", """You do NOT need the school to apply. You can request an EHC needs assessment yourself from the local authority. Write to them, say your child has or may have SEN and may need an EHCP. That's the legal test - may have, may need. Use the template letters on the SEND charity websites.

Also a reduced timetable should be temporary and agreed with you, with a plan to increase it. Ask for that plan in writing."""),
    ("MumOfTheMarsh", "Tue 05-Nov-24 20:51", "I didn't know I could do it myself. Nobody told me. That says a lot doesn't it."),
    ("Quietly_Furious", "Tue 05-Nov-24 21:06", "Same SENCo, same story here. She told me in Y7 \"we don't do EHCPs for kids who can sit in a classroom\". My daughter was self harming. We applied ourselves, got the plan in 20 weeks."),
    ("NotAllSENCos", "Tue 05-Nov-24 21:20", """I'm a SENCo (not at that school). Just to give another side: SENCos are often told by trusts not to apply unless a child is really "at threshold" because of funding, and the LA rejects loads anyway. Doesn't make it right, but it's often not the individual.

But talking down to parents is never OK."""),
    ("MumOfTheMarsh", "Tue 05-Nov-24 21:35", "Thank you all. Letter to the LA going in tomorrow."),
], views=3380),
    [m(HD, "exact", "abuse", "Rebecca Hale-Dunmore"),
     m(S, "short_name", "negative", "Harvest")])

add("forum", forum_page("sendhub", "Tribunals", "The SENCo lied to the tribunal. What can I do?", [
    ("Tribunal_Tess", "18 Feb 2025", """We had our tribunal hearing on Friday (LA refused to name a specialist setting). The school sent a written statement from the SENCo, signed R. Hale-Dunmore, about the support my son gets at Harvest Academy.

It lists a daily 1:1 literacy intervention, a "key adult" he meets every morning, and weekly sessions with a speech and language therapist. NONE of this happens. He's told me. His TA (before she was made redundant) told me. I have a text from her saying "we haven't done the literacy group since October, there's no staff."

So the SENCo has put a false statement before a tribunal. That's perjury, isn't it? And the school knew. The provision map they sent has clearly been rewritten for the hearing, the dates on the document properties are from the week before. They've cooked the books to make it look like they're meeting need so the LA doesn't have to pay for a specialist place."""),
    ("SENDsupport_Jo", "18 Feb 2025", """So sorry. This happens more than it should. A few practical points:
1. Tribunal witness statements are not sworn in the same way as court, but deliberately misleading the tribunal is serious.
2. Did you get to challenge the evidence at the hearing? If the decision goes against you, the documents (and the TA's text) could be grounds for a review.
3. Keep everything. Screenshot the document properties."""),
    ("Tribunal_Tess", "18 Feb 2025", "I did challenge it. The judge said she'd 'weigh the evidence'. The LA's barrister made me look like a liar."),
    ("Dad_in_Norfolk", "19 Feb 2025", "Complain to the trust in writing and copy in the LA. If the provision isn't in place that's a breach of section F whatever the tribunal says."),
    ("Tribunal_Tess", "24 Feb 2025", "Update: decision came. We won!! Specialist place named. The judge said the school's evidence was 'not consistent with other evidence before the tribunal'. I'll take that as the polite version."),
    ("SENDsupport_Jo", "24 Feb 2025", "Brilliant news!! Well done Tess 💜"),
], views=760),
    [m(HD, "initial_surname", "defamation", "R. Hale-Dunmore"),
     m(S, "alias", "defamation", "Harvest Academy")])

add("forum", forum_page("fentalk", "Local news & gossip", "Too many foreigners at the high school now", [
    ("TrueFenman", "Sat Oct 12, 2024 10:02 am", """My grandson says in his maths set there's 6 English kids out of 28. SIX. The rest are Bulgarian, Lithuanian, Portuguese, Romanian. And now the maths teacher's Bulgarian as well - Georgiev his name is, at Harvest. How is an English kid meant to learn anything? Half the lesson is translating.

They come here, take the jobs on the land, take the houses, and now they've took the school. Harvest might as well be in Sofia. Georgiev should go back there and take his lot with him."""),
    ("Sal_from_Saxby", "Sat Oct 12, 2024 10:20 am", "He won teacher of the year you muppet. My daughter got a 7 with him. Maybe your grandson needs to listen more."),
    ("TrueFenman", "Sat Oct 12, 2024 10:25 am", "Teacher of the year for foreigners maybe. Its a bulgarian job club up there."),
    ("mardle_mick", "Sat Oct 12, 2024 10:40 am", """Come off it. My grandad came here from Ireland to do the beet in the fifties and everyone called him worse. The packhouses would shut tomorrow without them families and you'd have no veg in Tesco.

Keep the teacher's name out of this sort of thread please."""),
    ("Fen Tiger 72", "Sat Oct 12, 2024 11:05 am", "Not racist but there does need to be limits. The doctors is impossible to get in."),
    ("fenadmin", "Sat Oct 12, 2024 11:30 am", "Thread locked. TrueFenman, you've been told about this sort of thing before. 7 day ban."),
], views=1540),
    [m(DG, "surname_only", "hate", "Georgiev"),
     m(S, "short_name", "hate", "Harvest")])

add("forum", forum_page("albion", "Our towns", "WENDLESEY: another English market town lost", [
    ("Saxon_Fenman", "4 Sep 2024", """Went back to my home town last week for the first time in ten years. Wendlesey. Used to be an English Fen town, cattle market, chapels, everyone knew everyone.

Now the market's full of Polish shops and the high street sounds like the Balkans. The old Wendlesey High School, where I went, is now called "Harvest Academy" (of course, nothing English can keep its name) and is 40% foreign according to their own figures. They've even got a Portuguese woman on the payroll whose whole job is to teach the migrant kids - Carvalho her name is - paid for out of OUR taxes. She's not educating them to fit in, she's educating them to replace us.

This is exactly what they told us wasn't happening. The great replacement isn't a theory, it's a school register. Go and look at their year 7 intake."""),
    ("Anglisc_Rising", "4 Sep 2024", "Same in every Fen town. The farmers sold us out for cheap labour and the schools finish the job. Carvalho and her like are the foot soldiers."),
    ("Saxon_Fenman", "4 Sep 2024", "Somebody put their feelings on the school gates this week apparently. Can't say I blame them."),
    ("Hengist88", "4 Sep 2024", "Wendlesey chapter should be leafleting the parents. Facts not feelings."),
    ("Anglisc_Rising", "5 Sep 2024", "Screenshots of their newsletters with all the foreign names would wake people up. Someone local should get on it."),
], views=None),
    [m(S, "alias", "hate", "Wendlesey High School"),
     m(IC, "surname_only", "hate", "Carvalho")])

add("forum", forum_page("rabble", "r/fens", "Traveller in charge of attendance at the Wendlesey school? You couldn't make it up", [
    ("u/fenboy_unfiltered", "30 Jun 2024 · 38 points", """Read the Standard article about Harvest "off-rolling" traveller kids. Turns out the school's attendance officer is Bridget Loveridge, off the Black Dyke Lane site. A pikey chasing up attendance. The irony is unreal.

These people have never done a day's school between them, they nick anything not bolted down, and the school's put one of them on the payroll to "liaise". Liaise with who, the scrap man? No wonder the place is a dump."""),
    ("u/peatbog_pete", "30 Jun 2024 · 112 points", "Mate that's straight up racism. GRT is a protected ethnicity. Reported."),
    ("u/marsh_harrier_", "30 Jun 2024 · 95 points", "She's literally the person the article says was trying to KEEP the kids in school. Reading comprehension isn't your thing is it."),
    ("u/fenboy_unfiltered", "30 Jun 2024 · -41 points", "Truth hurts. Everyone round here knows what they're like."),
    ("u/cynical_lincs", "30 Jun 2024 · 30 points", "Everyone round here knows what YOU're like, apparently"),
    ("AutoModerator", "30 Jun 2024", "This thread has been locked by the moderators of r/fens. Rule 1: no bigotry. Rule 3: do not target private individuals."),
], views=None),
    [m(BL, "exact", "hate", "Bridget Loveridge"),
     m(S, "short_name", "hate", "Harvest")])

add("forum", forum_page("chalkface", "SEN", "Supporting GRT students' attendance - what's worked for you?", [
    ("SecondaryInclusionLead", "9 Feb 2025 17:10", """I'm inclusion lead at a secondary in the Midlands. We have around 30 students from Gypsy and Irish Traveller families and attendance is our biggest challenge, particularly from Y8 onwards. We've tried the usual stuff (rewards, letters, EWO referrals) and it feels like we're just alienating families.

What's actually worked for people?"""),
    ("FenPastoral", "9 Feb 2025 17:45", """I'm at Harvest in Wendlesey (Fens). We have a Traveller site in the catchment and about 40 GRT students. Honest answer: the single thing that's made the biggest difference is employing someone FROM the community. Our attendance and family liaison officer, Bridget L., grew up on the site. Families trust her in a way they will never trust me, however hard I try.

She does home visits, sits with parents through meetings, explains letters, and she's honest with families about what's required without being threatening. Our GRT persistent absence has dropped from 58% to 34% in three years. Still high, but the trend is right.

Other things: flexible Y10/11 pathways with practical courses (motor vehicle, construction), a quiet room, and never, ever sending a penalty notice as the first contact."""),
    ("SecondaryInclusionLead", "9 Feb 2025 18:00", "That's really helpful, thank you. We've never had the budget for a dedicated liaison role. Might make the case."),
    ("MrsMarking", "9 Feb 2025 18:22", "Also worth looking at the Traveller Movement's resources and the GRT History Month materials. Seeing their culture in the curriculum matters."),
    ("FenPastoral", "9 Feb 2025 18:31", "Agree. And be patient. Trust takes years and can be lost in a day."),
], views=540),
    [m(BL, "first_initial", "neutral", "Bridget L."),
     m(S, "short_name", "neutral", "Harvest")])


# ---------------------------------------------------------------------------------------
# FORUMS, part 2
# ---------------------------------------------------------------------------------------
add("forum", forum_page("parentnet", "Secondary", "Head of year screamed in DS's face - how do I complain?", [
    ("Wendy_the_Welly", "Wed 02-Oct-24 16:50", """DS (Y9) came home white as a sheet. He was in the corridor at break with his mates, messing about a bit, and his head of year came round the corner and, according to DS and two of his friends, screamed at him from about a foot away. Spit-flecked screaming. Then put him in detention for "disrespect" because DS said "you don't have to shout".

I know DS is no angel. But he's 14 and he's never been shouted at like that by an adult in his life. The school is Harvest Academy in the Fens if that matters. The teacher is Mr Wright.

How do I complain without it coming back on DS?"""),
    ("MarmiteOnToast", "Wed 02-Oct-24 16:58", "Email the head of year's line manager or the head, not the teacher himself. Stick to facts: date, time, what DS says happened, names of witnesses. Ask what the school's complaints procedure is."),
    ("Crumble_Custard", "Wed 02-Oct-24 17:10", """Devil's advocate: you've heard one side. Teachers don't usually scream at a kid for no reason. What does "messing about a bit" mean?

Not saying he should have screamed but worth asking DS a few more questions."""),
    ("Wendy_the_Welly", "Wed 02-Oct-24 17:15", "Fair question. Pushing each other, one of them dropped a bag of crisps. Not a fight."),
    ("Lunchbox_Lil", "Wed 02-Oct-24 17:40", "I'd complain. Shouting in a child's face is not acceptable in 2024, and the detention for saying 'you don't have to shout' is petty. Mr Wright might be having a bad week but that's not DS's problem."),
    ("Wendy_the_Welly", "Thu 03-Oct-24 19:30", "Update - emailed the deputy head. Got a reply today saying they'd 'look into it' and the detention has been 'set aside'. Small win. Thanks all."),
], views=1102),
    [m(PW, "title_surname", "negative", "Mr Wright"),
     m(S, "alias", "negative", "Harvest Academy")])

add("forum", forum_page("fentalk", "Moans & groans", "Booth boss", [
    ("Saxby_Steve", "Fri Mar 08, 2024 9:45 pm", """My boy's been in that reset booth nine times this term and I've had enough of being fobbed off by Mr O'Dowd and his form letters.

I'll say this and I'll say it once. That man drives home along Sedge Drove every night on his own. Long old road that, no lights, deep dyke both sides. Cars go in that dyke all the time round here. Be a real shame if he ended up in it one night. Accidents happen in the Fens, everybody knows that."""),
    ("mardle_mick", "Fri Mar 08, 2024 9:52 pm", "Steve what the hell. Delete that now. That's a threat whichever way you dress it up."),
    ("Saxby_Steve", "Fri Mar 08, 2024 9:55 pm", "Its a road safety observation Mick 😉"),
    ("Sal_from_Saxby", "Fri Mar 08, 2024 10:01 pm", "No it isn't. Screenshotted and sent to the school. You need help."),
    ("Elmstow_Ed", "Fri Mar 08, 2024 10:10 pm", "Reported to the admins and to 101. Disagree with the policy all you like but this is how people get hurt. There's kids at Harvest with parents like this, no wonder the staff are strict."),
    ("fenadmin", "Fri Mar 08, 2024 10:25 pm", "User banned. Post preserved for police on request. This forum will cooperate fully."),
], views=733),
    [m(OD, "title_surname", "threat", "Mr O'Dowd"),
     m(S, "short_name", "neutral", "Harvest")])

add("forum", forum_page("rabble", "r/fens", "ok who else had a crush on the spanish teacher at harvest", [
    ("u/wendlesey_lad_04", "2 Mar 2025 · 67 points", """genuine question. the spanish/portuguese teacher at harvest, Inês Carvalho. found her insta (public, before anyone starts) and she's even fitter than I remember. those holiday pics from the Algarve 🥵

I'd let her conjugate my verbs any day of the week. anyone know if she's single"""),
    ("u/throwaway_fenkid", "2 Mar 2025 · 12 points", "bro you're like 21, you left school three years ago, this is weird"),
    ("u/wendlesey_lad_04", "2 Mar 2025 · 3 points", "she's what, 35? we're all adults. bet she's a freak. portuguese girls always are"),
    ("u/cynical_lincs", "2 Mar 2025 · 44 points", "Posting a named teacher's personal instagram and talking about her body on a local sub. Absolutely zero chance she's not going to see this. Reported."),
    ("u/marsh_harrier_", "2 Mar 2025 · 30 points", "She was really kind to my little brother when he arrived from Lisbon with no English. Leave her alone."),
    ("AutoModerator", "2 Mar 2025", "Comment removed: sexual content about a named private individual (rule 1, rule 3)."),
], views=None),
    [m(IC, "exact", "sexual", "Inês Carvalho"),
     m(S, "short_name", "neutral", "harvest")])

add("forum", forum_page("furrow", "Labour & staff", "Credit where due - good people helping migrant families", [
    ("Marsh_End_Martin", "19 Apr 2025 20:12", """We get a lot of moaning on here about labour so I want to say something positive for a change.

Had a Portuguese lad, Rui, driving for me for three seasons. His missus had a baby last year that was poorly and they had their two older kids at Harvest, the academy in Wendlesey. The kids were struggling, mum and dad working all hours, didn't understand the letters coming home.

The EAL teacher there, Mrs Carvalho, went above and beyond. Translated meetings, came out to the farm cottage one evening with a pile of forms, got the eldest on a scheme for homework help, even rang the hospital for them when the baby was in. I don't think that's in anyone's job description.

Rui's family are staying in the Fens now, eldest's just got into sixth form. That's a skilled driver I keep, and a family that's settled. That's what good schools do for farming."""),
    ("OldFenFarmer", "19 Apr 2025 20:30", "Good to hear Martin. Too much doom on here. My Bulgarian foreman's daughter just passed her driving test and has a place at uni. First in the family."),
    ("SiltySam", "19 Apr 2025 21:04", "That's all well and good but I'd still rather the government sorted the visas so we weren't all scrabbling for the same few people every harvest."),
    ("Marsh_End_Martin", "19 Apr 2025 21:10", "Both things can be true Sam."),
    ("beet_and_barley", "20 Apr 2025 07:05", "Good post. Share it with your MP."),
], views=450),
    [m(IC, "title_surname", "neutral", "Mrs Carvalho"),
     m(S, "short_name", "neutral", "Harvest")])

add("forum", forum_page("chalkface", "Job seeking & interviews", "Interview with a principal who does the whole interview herself - red flag?", [
    ("Kelpie_Teacher", "12 Feb 2025 19:05", """Had an interview today for an English post at Harvest Academy, Wendlesey. Small trust. Everything went fine, lesson went well, student panel lovely.

The final interview was just me and the principal, Mrs Thurlow. No governor, no head of department. She asked some really searching questions about behaviour and about how I'd teach kids with very little English. Friendly, but very direct. She offered me the job on the spot and wanted an answer by 5pm.

Is a principal doing a solo interview a red flag? Is the 5pm deadline normal?"""),
    ("RedPenRita", "12 Feb 2025 19:22", "Deadline same day is common in a shortage subject, honestly. You're allowed to ask for 24 hours. Solo interview by a head is a bit unusual in a trust but not unheard of in a small school."),
    ("Kelpie_Teacher", "12 Feb 2025 19:30", "I did accept in the end. She seemed genuinely passionate about the place. Grew up locally apparently."),
    ("Mr_Chips_2", "12 Feb 2025 20:02", "Congrats! Honestly if the kids were lovely and the department seemed happy that's 90% of it."),
    ("fen_exile", "12 Feb 2025 20:40", "Good luck. Kids there are great. Keep your head down and keep copies of everything."),
], views=610),
    [m(TH, "title_surname", "neutral", "Mrs Thurlow"),
     m(S, "alias", "neutral", "Harvest Academy")])

add("forum", forum_page("parentnet", "Teenagers", "URGENT - 'teacher' adding DD on Snapchat and messaging her at night", [
    ("ShockedInTheFens", "Sun 16-Feb-25 22:41", """I don't know what to do. DD is 13, Y8 at Harvest. I've just found messages on her phone from an account called "Thaddeus Gotobed" with his photo from the viral video. He's her science teacher (head of dept).

Messages started last week. "You're one of my best students." "Don't tell your friends I messaged, they'll be jealous." Tonight at 11pm: "send me a pic of you in your pyjamas so I know you're in bed 😉". She didn't send anything, thank God, but she was going to reply.

Is this actually him?? Or a fake account? What do I DO?"""),
    ("Lunchbox_Lil", "Sun 16-Feb-25 22:45", """Don't confront the account. Screenshot EVERYTHING including the username and profile. Don't delete anything. Call 101 now, or 999 if you think she's at immediate risk. Report to CEOP as well.

First thing tomorrow ring the school and ask for the designated safeguarding lead. Whether it's him or someone impersonating him, the school needs to know tonight's messages exist."""),
    ("MarmiteOnToast", "Sun 16-Feb-25 22:49", "Everything Lunchbox said. And well done for checking her phone. Tell DD she's not in trouble."),
    ("ShockedInTheFens", "Sun 16-Feb-25 23:30", "Police came. They think it's very likely a fake account because the same profile has added at least four other girls from the school. They've taken screenshots. I feel sick."),
    ("NotAllSENCos", "Mon 17-Feb-25 07:15", "Please make sure the school sends a warning to all parents. If it's an impersonator, the real teacher is a victim too, and other girls may have been messaged."),
    ("ShockedInTheFens", "Mon 17-Feb-25 17:02", "School sent a letter today. They confirmed it's a fake account being investigated by police. Thank you all."),
], views=5340),
    [m(GB, "exact", "sexual", "Thaddeus Gotobed", url_only=True),
     m(S, "short_name", "sexual", "Harvest", url_only=True)])

add("forum", forum_page("fentalk", "Schools & kids", "Shout out to the PE dept at Harvest", [
    ("Coldhithe_Col", "Tue Jun 20, 2023 8:40 pm", """Just want to give a bit of praise for once as this board's usually full of moaning (mine included).

My lad has never been sporty. Bit heavy, bit shy, used to get picked last for everything. This year Mr Mumby started a running club before school, no stopwatches, no teams, just plod round the field and have a laugh. Lad's lost two stone, ran the Wendlesey 5k on Sunday in 31 minutes, and he's doing the Fen Dash in September.

Bloody brilliant teacher. He rang me to tell me how well the lad had done, I nearly fell off my chair. Thank you sir."""),
    ("Sal_from_Saxby", "Tue Jun 20, 2023 8:55 pm", "Aw that's lovely. My daughter says he's the only teacher who knows everyone's name."),
    ("Fen Tiger 72", "Tue Jun 20, 2023 9:10 pm", "He's the lad that does the youth speedway as well isn't he? Top man."),
    ("mardle_mick", "Tue Jun 20, 2023 9:30 pm", "Nice to read something positive. Well done to your boy Col."),
    ("Coldhithe_Col", "Tue Jun 20, 2023 9:41 pm", "Cheers all. He's already on about getting new trainers. Bank of Dad strikes again 😂"),
], views=503),
    [m(EM, "title_surname", "neutral", "Mr Mumby"),
     m(S, "short_name", "neutral", "Harvest")])

add("forum", forum_page("pits", "Riders", "Paul Wright to Ouseport - is it done?", [
    ("OspreyOllie", "14 Nov 2025 18:30", """Hearing from a good source that Paul Wright has agreed terms with the Ospreys for 2026. After eight seasons with the Kestrels. If true, massive.

Anyone else heard anything?"""),
    ("ShaleDust", "14 Nov 2025 18:41", "Would be a proper kick in the teeth. He's a Wendlesey lad, his dad rode for us in the 80s. Can't see it."),
    ("TrackCurfewTerry", "14 Nov 2025 18:55", "Money talks. Ospreys have got a new sponsor, that packhouse lot. Wright's 35 next year, might want one last decent payday."),
    ("KestrelKev", "14 Nov 2025 19:20", "If Paul Wright rides in an Ospreys race jacket I'm never going to Ouseport again. Not that I go now."),
    ("OspreyOllie", "15 Nov 2025 08:10", "Confirmed on the club page this morning. Welcome Paul! Your shoulder will love our track, it's smoother 😂"),
    ("ShaleDust", "15 Nov 2025 08:30", "Gutted. Good luck to him I suppose. Traitor."),
], views=2240),
    [], allow=[PW])

add("forum", forum_page("chalkface", "Leadership", "Left after 14 years. Culture of fear under the behaviour lead.", [
    ("WendleseyRefugee", "29 Aug 2024 11:12", """I've just resigned from Harvest Academy after fourteen years. I've been reading this board for a long time and I wanted to write this down somewhere.

I loved that school. I taught some of the most brilliant young people I'll ever meet. But the last eighteen months have been miserable. Our deputy, Kieran O., came in with a behaviour system from a London trust and applied it like a machine. Staff were told to issue warnings for anything "off-task". If our "removal rate" was too low we were called in to discuss our "consistency". Colleagues who questioned it in meetings stopped being asked for their views. Experienced staff left, one after another.

I don't think he's a bad man. I think he honestly believes it's working. But he never asked us, and he never asked the kids, and nobody above him ever told him to slow down."""),
    ("RedPenRita", "29 Aug 2024 11:30", "Sorry you've had to leave somewhere you loved. These systems are everywhere now. The data gets prettier and the staffroom gets emptier."),
    ("Mr_Chips_2", "29 Aug 2024 11:55", "Counterpoint from someone who taught in a school with no system: it was hell. Kids need consistency. But 'removal rate targets' is the wrong way to get it."),
    ("WendleseyRefugee", "29 Aug 2024 12:10", "Agree completely. Consistency, yes. Quotas, no."),
    ("MrsMarking", "29 Aug 2024 13:05", "Hope you land somewhere kinder. Where are you off to?"),
    ("WendleseyRefugee", "29 Aug 2024 13:20", "Primary! Year 6. Wish me luck."),
], views=1580),
    [m(OD, "first_initial", "negative", "Kieran O."),
     m(S, "alias", "negative", "Harvest Academy")])

add("forum", forum_page("fentalk", "Local news & gossip", "Her car's been done again - no surprise", [
    ("Ratcatcher_Ray", "Wed Jan 22, 2025 6:15 pm", """That Portuguese teacher from Harvest has had her car done again outside the school. Not surprised tbh, she don't exactly keep her head down.

For them that don't know, Miss Carvalho rents the flat above the old chemist on Market Street (the one with the blue door next to the bookies), red Clio ZF68 KWD, parks it on Elmstow Road every morning from about 7.40 and walks in through the side gate. Leaves about half five most nights. Gets her shopping at Lidl Saturdays.

Just saying, people should know who's teaching their kids."""),
    ("mardle_mick", "Wed Jan 22, 2025 6:20 pm", "Ray you absolute idiot. Her car's just been smashed up and you post where she lives and when she walks to work? Reported to police."),
    ("Sal_from_Saxby", "Wed Jan 22, 2025 6:28 pm", "That's stalking. Take it down."),
    ("Elmstow_Ed", "Wed Jan 22, 2025 6:35 pm", "The school needs to see this. I've sent it to them."),
    ("fenadmin", "Wed Jan 22, 2025 6:49 pm", "Post hidden. Ray banned permanently. Screenshots kept for the police."),
], views=410),
    [m(IC, "title_surname", "doxxing", "Miss Carvalho"),
     m(S, "short_name", "neutral", "Harvest")])

add("forum", forum_page("rabble", "r/fens", "Saw harvest mice on Coldhithe Fen this morning 🐭", [
    ("u/reedbed_rachel", "7 Aug 2025 · 201 points", """Out early with the camera along the river bank by the old engine house at Coldhithe and there were at least three harvest mice weaving about in the reed canary grass. Tiny! Got a blurry photo of one with its tail wrapped round a stem.

Apparently they used to be everywhere in the Fens before combines. Anyone else seeing them this year?"""),
    ("u/peatbog_pete", "7 Aug 2025 · 44 points", "That's amazing. Never seen one. Post the photo!"),
    ("u/marsh_harrier_", "7 Aug 2025 · 60 points", "The wildlife trust did a nest survey on the Washes last winter and found loads more than expected. Tussocky margins are key. Farmers leaving wider field edges is helping."),
    ("u/reedbed_rachel", "7 Aug 2025 · 80 points", "Photo in comments. Please don't all go trampling round the reeds looking for them though 😅"),
    ("u/cynical_lincs", "7 Aug 2025 · 12 points", "Harvest mouse is the best name for an animal ever. Tiny farmer."),
    ("u/fen_birder", "7 Aug 2025 · 25 points", "Great spot. Bearded tits in the same reeds last week if you go back."),
], views=None),
    [])

add("forum", forum_page("parentnet", "Chat", "Rumour about the head and the trust boss - anyone else heard?", [
    ("Fenland_Fishwife", "Sat 01-Feb-25 21:04", """OK this is going round every WhatsApp group in town so I'm not starting anything. Apparently the principal at Harvest Academy, Mrs Thurlow, is having an affair with the CEO of the trust. They were "seen" at a hotel in Ely at a "conference" that nobody else from the school went to. And that's why she got the pay rise and why the trust never sides with parents.

Anyone know if there's any truth in it?"""),
    ("Crumble_Custard", "Sat 01-Feb-25 21:10", "That's a very specific rumour to be posting with her name on it. Do you actually know anything or is this WhatsApp Chinese whispers?"),
    ("Fenland_Fishwife", "Sat 01-Feb-25 21:14", "A friend's cousin works at the hotel. She says they were all over each other in the bar. Room service for two."),
    ("Lunchbox_Lil", "Sat 01-Feb-25 21:20", "You know this is how people get sued, right? Even if it were true, what two adults do is nobody's business unless it affects the kids. The school's a shambles for plenty of reasons you can actually evidence."),
    ("Fenland_Fishwife", "Sat 01-Feb-25 21:28", "Just asking. Everyone's talking about it."),
    ("PigletsMum", "Sat 01-Feb-25 21:40", "Everyone was also talking about the Co-op shutting and the aliens over Gull Bank. I'd leave this one."),
    ("ParentNet HQ", "Sun 02-Feb-25 09:00", "We've edited this thread for legal reasons. Please don't post unsubstantiated allegations about named individuals."),
], views=6120),
    [m(TH, "title_surname", "sexual", "Mrs Thurlow"),
     m(S, "alias", "negative", "Harvest Academy")])

add("forum", forum_page("furrow", "Off topic", "Old Fen names - how many Gotobeds left?", [
    ("OldFenFarmer", "11 Nov 2024 20:00", """My grandson sent me the video of the custard teacher from Wendlesey. Thaddeus Gotobed. I knew his grandad, Walter, farmed at Gull Bank next to Fairweather's. Hard old boy, had a Fordson Major he wouldn't part with till 1989.

Got me thinking about old Fen surnames. Gotobed, Thew, Pegg, Peckover, Mott, Fairweather, Chilvers, Ginn. How many of them left farming now?"""),
    ("Gullbank_Grower", "11 Nov 2024 20:15", "Walter Gotobed! Blimey. My dad bought his potato riddle in the sale. We're still using it. Young Thaddeus used to come on the harvest with him in the school holidays, always had his nose in a book."),
    ("SiltySam", "11 Nov 2024 20:30", "There's still a Peckover at Fosdyke End and two Thews at Saxby. Most of the old names have sold up to the big boys though."),
    ("OldFenFarmer", "11 Nov 2024 20:44", "Sad but true. At least the lad's done well. Better than carting spuds."),
    ("ArableAndy", "11 Nov 2024 21:00", "Gotobed is one of my favourite surnames in England. Up there with Sidebottom."),
], views=388),
    [m(GB, "exact", "neutral", "Thaddeus Gotobed")])

add("forum", forum_page("fentalk", "Moans & groans", "Excluded AGAIN", [
    ("Marlpit_Kyle", "Mon May 12, 2025 4:10 pm", """Third fixed term exclusion for my boy this year. Five days this time. For swearing at a teacher who grabbed his arm. GRABBED HIS ARM. And they wonder why he swore.

I've had it with Harvest Academy. Every meeting they sit there, five of them round the table, talking down to me. Well listen. If they exclude him permanent I'll burn the place down. That new block of theirs is half timber cladding, it'd go up lovely. See how they like having nowhere to send their precious kids."""),
    ("Sal_from_Saxby", "Mon May 12, 2025 4:25 pm", "Kyle I get you're angry but you can't post that. There's 1100 kids in that school including mine."),
    ("Marlpit_Kyle", "Mon May 12, 2025 4:30 pm", "I'm not gonna do it am I. Just fed up."),
    ("mardle_mick", "Mon May 12, 2025 4:35 pm", "Doesn't matter mate, you've written it down. Delete it before someone screenshots it. Get an advocate for the exclusion meeting, there's a charity in Ouseport does it for free."),
    ("fenadmin", "Mon May 12, 2025 5:02 pm", "Post hidden. Kyle, a threat's a threat even if you didn't mean it. Take some time out."),
], views=901),
    [m(S, "alias", "threat", "Harvest Academy")])

add("forum", forum_page("parentnet", "Secondary", "AIBU to ask for DS to move maths sets because he can't understand the teacher?", [
    ("GreenTeaAndToast", "Thu 19-Sep-24 20:20", """DS (Y10) started in top set maths at Harvest this year with Mr Georgiev. DS says he's clearly very clever and knows his stuff but talks very fast, writes half the working in his head and skips steps, and when kids ask him to explain again he explains it the same way only louder.

DS is now lost on simultaneous equations and his mock grade has gone from a 7 to a 5. I'd like to ask for him to move to the other top set. AIBU?"""),
    ("MarmiteOnToast", "Thu 19-Sep-24 20:30", "YANBU to ask but you might not get it. Schools hate moving kids between parallel sets because then everybody asks."),
    ("Beetroot_and_Feta", "Thu 19-Sep-24 20:41", "Is this about the teaching or the accent? Genuine question, because 'can't understand the teacher' sometimes means 'teacher isn't British' and I'd want to be sure before making the complaint."),
    ("GreenTeaAndToast", "Thu 19-Sep-24 20:50", "Fair question and no, his accent is fine, DS says his English is better than his. It's the pace and the skipping steps. He's brilliant for the kids who get it quickly and not for the ones who don't."),
    ("Ticklymonster", "Thu 19-Sep-24 21:10", "DS had him last year and said exactly the same. Great if you're quick, terrifying if you're not. He does run a maths club in the library on Thursdays though - worth going, he's much more patient one to one."),
    ("GreenTeaAndToast", "Thu 19-Sep-24 21:20", "Didn't know about the club, thank you. Will try that AND email the head of maths."),
], views=980),
    [m(DG, "title_surname", "negative", "Mr Georgiev"),
     m(S, "short_name", "negative", "Harvest")])

add("forum", forum_page("chalkface", "Workplace dilemmas", "Colleague being treated appallingly after an accident - what can we do?", [
    ("DT_Solidarity", "15 Mar 2025 19:40", """I work at Harvest Academy in the Fens. I'm not going to give much detail. One of our most experienced colleagues, a D&T teacher (Vytautas K. for those who know the school), was suspended after a pupil was injured in a workshop accident. That happens, there's a process, fine.

What's not fine is how the school has handled it. Staff were told not to contact him. He's had nothing from SLT except a letter. Meanwhile there are people on Facebook saying he was drunk, calling him every name under the sun, making comments about Lithuanians. The school hasn't said a word publicly to defend him, not even "please don't speculate".

He's a brilliant teacher and a kind man. He built half the workshop with his own hands. How do we support him when we've been told not to?"""),
    ("RedPenRita", "15 Mar 2025 19:55", """Union. Union union union. His union rep can be the channel. You can't be stopped from contacting a colleague as a friend in your own time, whatever SLT say, but avoid discussing the case.

And the school has a duty of care to him as an employee. Not defending him publicly against racist abuse is something the union can take up."""),
    ("Mr_Chips_2", "15 Mar 2025 20:10", "A card from the department, sent to his home, saying you're thinking of him. No case details. That'll mean a lot."),
    ("DT_Solidarity", "15 Mar 2025 20:20", "We did a card. Thank you. Will push the union on the other bit."),
], views=470),
    [m(VK, "first_initial", "neutral", "Vytautas K."),
     m(S, "alias", "negative", "Harvest Academy")])

add("forum", forum_page("fentalk", "Local news & gossip", "Finger in the bandsaw - the truth", [
    ("Fen_Truth_Teller", "Sat Mar 08, 2025 11:20 am", """Everyone's tiptoeing round this so I'll just say it. My nephew's in that class. Kaz, the DT teacher at Harvest, stinks of drink every morning. The kids all know. He keeps a bottle of vodka in the cupboard in the workshop office and he was half cut when that poor lad lost his finger. That's why the school suspended him so quick, they knew. And they've known for years and done nothing because he's mates with the head."""),
    ("mardle_mick", "Sat Mar 08, 2025 11:30 am", "That's a serious thing to say on a public forum. Has your nephew actually seen a bottle or is this playground talk?"),
    ("Fen_Truth_Teller", "Sat Mar 08, 2025 11:34 am", "Everyone knows Mick. Ask any kid."),
    ("Sal_from_Saxby", "Sat Mar 08, 2025 11:50 am", "My daughter had Kaz for three years and says that's rubbish. He's the strictest teacher in the school about safety. Goggles, hair tied back, the lot."),
    ("Elmstow_Ed", "Sat Mar 08, 2025 12:05 pm", "Let the HSE do their job. If it turns out he was drunk he'll be finished. If he wasn't, you've just libelled a bloke on the internet."),
    ("fenadmin", "Sat Mar 08, 2025 12:30 pm", "Locked pending the outcome of the investigation."),
], views=1890),
    [m(VK, "nickname", "defamation", "Kaz"),
     m(S, "short_name", "defamation", "Harvest")])


# ---------------------------------------------------------------------------------------
# FORUMS, part 3
# ---------------------------------------------------------------------------------------
add("forum", forum_page("parentnet", "Preschool & nursery", "Harvest festival ideas for a toddler group that AREN'T tins of beans", [
    ("TinyTeaParty", "Mon 23-Sep-24 10:15", """I run a little church toddler group in a village in the Fens and we're doing a harvest celebration next week. Last year everyone brought tins and the food bank was very grateful, but the kids didn't really get it.

Any ideas for something hands-on for 1-4 year olds? We have a small garden and about £20."""),
    ("Kitkatchunky", "Mon 23-Sep-24 10:30", "Vegetable printing! Cut potatoes, carrots, apples in half, dip in paint, print on big paper. Messy and cheap."),
    ("OldFenTeacher", "Mon 23-Sep-24 10:45", "Ask a local farmer if you can borrow a few sheaves of wheat and let them thresh it by bashing it in a pillowcase. They'll love it and it'll take all morning."),
    ("TinyTeaParty", "Mon 23-Sep-24 11:02", "Ooh love the pillowcase idea!! Our church warden farms so I'll ask him."),
    ("CrumpetQueen", "Mon 23-Sep-24 11:20", "Make a harvest scarecrow out of old clothes and let them stuff it with straw. Then sing 'Paint box' / 'Cauliflowers fluffy'. Works every year at ours."),
    ("MarmiteOnToast", "Mon 23-Sep-24 11:41", "Pumpkin soup made together in a slow cooker, then eat it at the end. Tasting is the best bit at that age."),
    ("TinyTeaParty", "Mon 23-Sep-24 12:00", "You lot are the best, thank you! Scarecrow, printing AND soup it is. Going to be carnage."),
], views=640),
    [])

add("forum", forum_page("drom", "Education", "How are your kids getting on at the Wendlesey school?", [
    ("RomanyRose", "12 Oct 2024", """Our two started at Harvest in September, boy in Year 7 and girl in Year 9. First time we've tried secondary, the older ones all finished at primary like most of us did.

The girl's doing well, likes her teachers. The boy's already been called a gyppo twice and when he told a teacher she said "ignore it". So he punched the next one and guess who got the booth. Same old story. Sometimes I think we're wasting our time."""),
    ("OldDromDaveyL", "12 Oct 2024", """Don't give up Rose. Ask for Biddy Loveridge, she does the attendance and family side. She's from the Dyke Lane, Minnie's girl. She knows how it is. She got my grandson back in when he was about to walk out for good.

The school's not perfect, there's teachers there who look at our kids like they're dirt. But Biddy'll stand up for him."""),
    ("RomanyRose", "12 Oct 2024", "I didn't know there was one of us working up there. I'll ring her Monday."),
    ("Caravan_Kezia", "13 Oct 2024", "Yes ring Biddy. She sat in the meeting with me when they were on about my eldest. She told them straight that if a gorgio boy had been called a name and hit back they'd have had a different attitude. Things did change a bit after that."),
    ("RomanyRose", "16 Oct 2024", "Rang her. She's coming out to see us Thursday. Felt like someone actually listened for once."),
], views=None),
    [m(BL, "nickname", "neutral", "Biddy Loveridge"),
     m(S, "short_name", "negative", "Harvest")])

add("forum", forum_page("chalkface", "Primary", "Anyone using the WHS handwriting scheme? Worth the money?", [
    ("Y2_Teacher_Lou", "4 Jun 2024 18:30", """Our head wants to buy into the WHS (Whole-school Handwriting Scheme) for next year - the one with the little animated pencil characters and the online assessment tracker. It's £1,800 for the licence plus training.

Is anyone using it? Does it actually improve handwriting or is it just shiny?"""),
    ("EYFS_Emma", "4 Jun 2024 18:50", "We've used it for two years. The cursive progression is good and the videos are useful for supply and TAs. The tracker is pointless, nobody looks at it. I'd negotiate on the price, they always knock something off."),
    ("Mr_Chips_2", "4 Jun 2024 19:05", "Handwriting schemes are like diets. Any of them works if you stick to it and nobody does."),
    ("Y2_Teacher_Lou", "4 Jun 2024 19:12", "😂 Very true. Thanks Emma, that's helpful."),
    ("SENCo_in_Suffolk", "4 Jun 2024 19:40", "Check it works for left-handers and kids with DCD. The WHS tracker flagged all our dyspraxic kids as 'below expected' every week which was really demoralising for them."),
    ("Y2_Teacher_Lou", "4 Jun 2024 20:02", "Good shout. Will ask them."),
], views=330),
    [], allow=[S])

add("forum", forum_page("fentalk", "Moans & groans", "Custard clown", [
    ("ExPupil_Grumpy", "Thu Nov 07, 2024 11:11 pm", """Everyone going on about the "viral science teacher" like he's Einstein. Th4dd3us G0t0b3d is a cl0wn. Had him for two years. All fireworks and no teaching. If you weren't one of his little fan club you could rot at the back. Smug attention-seeking tw*t who's finally got the attention he always wanted.

And yes I've spelt his name like that because this forum's filter keeps eating my posts. Funny that."""),
    ("mardle_mick", "Thu Nov 07, 2024 11:20 pm", "The filter eats your posts because you swear in every sentence mate."),
    ("Sal_from_Saxby", "Thu Nov 07, 2024 11:31 pm", "Sounds like someone didn't get their Werther's Original."),
    ("ExPupil_Grumpy", "Thu Nov 07, 2024 11:35 pm", "Go on then defend him. Kids at the back got nothing from that man."),
    ("Elmstow_Ed", "Fri Nov 08, 2024 7:10 am", "Fair enough if you didn't get on with him, but name-calling a teacher on a public forum at 11pm isn't a great look."),
], views=520),
    [m(GB, "leetspeak", "abuse", "Th4dd3us G0t0b3d")])

add("forum", forum_page("parentnet", "Am I Being Unreasonable?", "AIBU to think the deputy head needs bringing down a peg", [
    ("Gullbank_Girl", "Tue 25-Jun-24 20:15", """Ok. DS (Y10) has now had 41 "C3s" this year which is how many times he's been sent to the reset room at Harvest. His dad and I have been in four times. Every time we end up with the deputy, O'D*wd (not going to type his full name on here, it's a small town), who talks at us for 20 minutes about "high expectations" and "no excuses" and never once asks what DS is actually like.

DS is dyslexic. He gets sent out for "not starting work" when he can't read the board."""),
    ("MarmiteOnToast", "Tue 25-Jun-24 20:22", "Request a SEN review in writing and ask for reasonable adjustments under the Equality Act. Dyslexia can be a disability. Not reading the board ≠ defiance."),
    ("DH_is_furious", "Tue 25-Jun-24 20:40", """Posting as DH because she's too polite. The man needs a slap. Genuinely. If he talks to my wife like that once more I won't be responsible for what happens in that car park. I'm a big lad and I've had enough."""),
    ("Gullbank_Girl", "Tue 25-Jun-24 20:44", "That was DH on my account. Sorry everyone, he's wound up. He doesn't mean it."),
    ("Lunchbox_Lil", "Tue 25-Jun-24 20:55", "I'd delete that post. Whatever he meant, it reads as a threat to a named staff member and it'll hurt your case badly if it's seen. Channel it into the SEN complaint."),
    ("Gullbank_Girl", "Tue 25-Jun-24 21:10", "I know. Can't edit it now. Reported my own post to HQ. Doing the SEN letter tonight."),
], views=2870),
    [m(OD, "obfuscated", "threat", "O'D*wd"),
     m(S, "short_name", "negative", "Harvest")])

add("forum", forum_page("furrow", "Off topic", "Agricultural college or stay on for sixth form? Lad's 16", [
    ("Brinkfen_Beet", "15 May 2023 21:00", """My lad finishes his GCSEs next month. Wants to farm, obviously, third generation. Choice is Level 3 agriculture at Fenchester College (bus at 7am) or staying on at Harvest Academy for A levels - biology, geography and PE - and then maybe Harper Adams or Writtle.

He's sporty and the head of PE there, Ed Mumby, reckons he's got a real chance at a sports science route as well if farming doesn't pan out. Mumby's been brilliant with him, he's been to every one of the lad's county cross-country races.

What would you lot do?"""),
    ("OldFenFarmer", "15 May 2023 21:20", "College. Hands-on, contacts with employers, placements. Sixth form's for the ones who want to be vets and agronomists."),
    ("ArableAndy", "15 May 2023 21:33", "Disagree. A levels keep more doors open. Lots of the top farm managers I know did A levels and a degree. You can learn to drive a tractor any weekend."),
    ("SiltySam", "15 May 2023 21:50", "Ask the lad. He's the one getting on the bus."),
    ("Brinkfen_Beet", "16 May 2023 07:10", "Asked him. He said 'whichever one lets me do the harvest in September.' So that's helpful 😂"),
    ("Gullbank_Grower", "16 May 2023 07:30", "Boy's got his priorities straight."),
], views=720),
    [m(EM, "exact", "neutral", "Ed Mumby"),
     m(S, "alias", "neutral", "Harvest Academy")])

add("forum", forum_page("rabble", "r/fens", "Harvest Academy leavers' hoodies have been 'recalled' lol", [
    ("u/y11_survivor", "18 Jun 2025 · 180 points", """So our leavers hoodies finally came and the back has everyone's nicknames. Somebody on the committee got "Big Dave's Mum" and "Sir's Favourite" and a few, uh, less printable ones past the proofreading. School has now "recalled" all 190 hoodies and is reprinting with first names only, which means we won't get them till after prom.

Harvest Academy admin handling it like it's a nuclear incident. There were meetings. Emails to parents. Paul W. (our head of year, legend) just looked at the box and said "well, someone's getting a detention in the afterlife"."""),
    ("u/throwaway_fenkid", "18 Jun 2025 · 75 points", "Classic Wendlesey. Ours in 2021 had 'Class of 2020' on them. Nobody noticed until they were handed out."),
    ("u/peatbog_pete", "18 Jun 2025 · 41 points", "What were the less printable ones though. Asking for research purposes."),
    ("u/y11_survivor", "18 Jun 2025 · 90 points", "Let's just say one was about a teacher and a vegetable. I'll say no more."),
    ("u/marsh_harrier_", "18 Jun 2025 · 22 points", "The school's fussing but to be fair you'd be annoyed if your kid's hoodie said something rude for the rest of time."),
    ("u/y11_survivor", "18 Jun 2025 · 30 points", "Yeah fair. Still annoying though. 190 of us paid £28 each."),
], views=None),
    [m(S, "alias", "negative", "Harvest Academy"),
     m(PW, "first_initial", "neutral", "Paul W.")])

add("forum", forum_page("chalkface", "Pay & conditions", "Blacklisted by a Fenland trust - my reference was sabotaged", [
    ("Blackfen_Bitter", "3 Apr 2025 21:12", """I left Harvest Academy in Wendlesey in 2023 after raising concerns about SEN provision with the trust. I've since applied for eleven jobs. I've been shortlisted for seven and rejected after references for all seven.

Last week a head at one school, who I know slightly, told me off the record that my reference from Janet Thurlowe (the principal at Harvest) said I had been "subject to concerns about professional conduct" and was "not someone I would re-employ". That is false. I was never subject to any process. My file is clean. She has fabricated a reference to punish me for whistleblowing, which I'm fairly sure is illegal.

Has anyone else been through this? What did you do?"""),
    ("RedPenRita", "3 Apr 2025 21:25", "Subject access request to the trust NOW. You're entitled to copies of any references they've given (there are some exemptions, but many trusts will hand them over). Then union and a solicitor. If she's put false statements in writing that's potentially defamation and detriment for whistleblowing."),
    ("Blackfen_Bitter", "3 Apr 2025 21:31", "SAR went in this morning. Union's been useless so far."),
    ("Mr_Chips_2", "3 Apr 2025 21:50", "Escalate to regional union official. And sorry, that's awful if it's as you say."),
    ("MrsMarking", "3 Apr 2025 22:10", "I'd be careful about naming her in public until you have the SAR back. If the reference says something different from what you've been told it'll weaken your case."),
    ("Blackfen_Bitter", "3 Apr 2025 22:15", "Noted. I'm angry. Sorry."),
], views=1202),
    [m(TH, "typo", "defamation", "Janet Thurlowe"),
     m(S, "alias", "negative", "Harvest Academy")])

add("forum", forum_page("fentalk", "Local news & gossip", "Whose school is it anyway", [
    ("Saxon_Wendlesey", "Sun Sep 15, 2024 9:30 pm", """They've got signs in Portuguese on the doors at Harvest now. PORTUGUESE. In an English school. And that EAL woman, C\u0430rv\u0430lho, is running assemblies about "celebrating our languages". Celebrating being colonised more like. These people can't even be bothered to learn the language and she's paid to make sure they never have to.

Harvest is a Portuguese colony with a Union Jack on the roof. Send her and her little foreign legion back where they came from and give the school back to Fen kids."""),
    ("mardle_mick", "Sun Sep 15, 2024 9:45 pm", "Misspelling her name to get round the filter doesn't make it any less racist, Saxon. Reported."),
    ("Sal_from_Saxby", "Sun Sep 15, 2024 9:50 pm", "My kids are Fen kids with a Portuguese dad. Which ones do you want to send back?"),
    ("Saxon_Wendlesey", "Sun Sep 15, 2024 9:55 pm", "You know exactly what I mean."),
    ("fenadmin", "Sun Sep 15, 2024 10:10 pm", "Removed and banned. Characters swapped to dodge the filter noted. This board is not a home for racism."),
], views=650),
    [m(IC, "homoglyph", "hate", "C\u0430rv\u0430lho"),
     m(S, "short_name", "hate", "Harvest")])

add("forum", forum_page("pits", "Tracks", "Announcer - is it just me?", [
    ("Mardle_On_Shale", "28 Jul 2025 22:40", """Don't shoot me. Gotobed's commentary tonight was painful. Every race a physics lesson. "That's centripetal force ladies and gentlemen!" We know. We've been coming for forty years. Just tell us who won the heat.

Plus the PA was so loud on the back straight you couldn't hear the bikes. And the pre-meeting "science quiz" went on for fifteen minutes while it was drizzling."""),
    ("KestrelKev", "28 Jul 2025 22:50", "Bit harsh. The kids love him and we've got more families coming than ever. That's the future of the sport."),
    ("Mardle_On_Shale", "28 Jul 2025 22:55", "I'm not saying sack him, just turn it down a notch. Four laps of speedway isn't a lecture."),
    ("ShaleDust", "28 Jul 2025 23:05", "The PA volume's the club's fault not his. But yeah the quiz in the rain was a bit much."),
    ("TrackCurfewTerry", "28 Jul 2025 23:20", "Gotobed's quiz is the only time my grandson looks up from his phone. I'll allow it."),
], views=880),
    [m(GB, "possessive", "negative", "Gotobed's")])

add("forum", forum_page("parentnet", "Special educational needs", "Mrs HD strikes again", [
    ("Quietly_Furious", "Thu 13-Mar-25 19:02", """Some of you will remember my thread last year about the SENCo at DD's school. Update: annual review today. Mrs HD (parents at Harvest will know who I mean) arrived 25 minutes late, hadn't read the reports from the educational psychologist, called DD by the wrong name TWICE and then told me the school "can't be expected to deliver" half of section F.

Honestly that woman is a jobsworth cow with a heart of flint. Lazy, arrogant and completely out of her depth. I've sat across tables from a lot of professionals in eight years of fighting for my daughter and I've never met one so utterly useless."""),
    ("IPSEA_fan", "Thu 13-Mar-25 19:10", "The school can't pick and choose from section F - it's legally binding on the LA to secure it. Write to the LA case officer tonight and say so."),
    ("MumOfTheMarsh", "Thu 13-Mar-25 19:25", "Same SENCo. Same experience. I'm so sorry."),
    ("NotAllSENCos", "Thu 13-Mar-25 19:40", "I know you're furious and I'd be furious too, but I'd keep the name-calling off the internet and put the facts in your complaint. Late, unprepared, wrong name, refusing section F - that's a strong complaint on its own."),
    ("Quietly_Furious", "Thu 13-Mar-25 19:50", "I know. I'm just so tired."),
], views=1440),
    [m(HD, "nickname", "abuse", "Mrs HD"),
     m(S, "short_name", "negative", "Harvest")])

add("forum", forum_page("fentalk", "Schools & kids", "The reason the school's going downhill", [
    ("WhistleBlowerWendy", "Mon Jan 13, 2025 8:00 pm", """Everyone blames the teachers but the problem at Harvest is at the top and it's got a name. T h u r l o w. Spaced out cos the mods here are pals with half the governors.

Thirty years at that school and she still thinks it's 1994. Vain, spiteful, petty little tyrant who hires yes-men and gets rid of anyone with a backbone. Should have been pensioned off years ago. The woman's a fossil in a lanyard."""),
    ("mardle_mick", "Mon Jan 13, 2025 8:10 pm", "We're not 'pals with the governors', we just don't like people being called names. Criticise what she does, fine."),
    ("Elmstow_Ed", "Mon Jan 13, 2025 8:20 pm", "The results have gone up three years running though. Whatever you think of her."),
    ("WhistleBlowerWendy", "Mon Jan 13, 2025 8:25 pm", "Results up, staff leaving in droves, kids in booths. Great trade."),
    ("Sal_from_Saxby", "Mon Jan 13, 2025 8:40 pm", "The staff leaving bit is true to be fair. My daughter's had four English teachers in two years."),
], views=990),
    [m(TH, "spacing", "abuse", "T h u r l o w"),
     m(S, "short_name", "negative", "Harvest")])

add("forum", forum_page("furrow", "Sugar beet", "Campaign 2024/25 - factory delays and dirt tare", [
    ("beet_and_barley", "30 Oct 2024 19:00", """Loads called off again today. Third time this week. The factory says it's a mechanical problem on the slicers but everyone knows they're short of staff.

Meanwhile my clamp is sitting on the headland getting rained on and the dirt tare's going up by the day. Anyone else getting messed about?"""),
    ("OldFenFarmer", "30 Oct 2024 19:20", "Same. Lost two loads this week. Haulier's fed up too, he's got drivers sat doing nothing."),
    ("SiltySam", "30 Oct 2024 19:45", "Harvest's going OK here but the lifting's slow with all the wet. Cleaner loader's been working overtime. Worst year for tare since 2012."),
    ("ArableAndy", "30 Oct 2024 20:10", "Price is rubbish as well. Seriously considering dropping beet from the rotation next year. Only reason I keep it is the drainage board rates and the blackgrass control."),
    ("beet_and_barley", "30 Oct 2024 20:30", "Lot of people saying that. Then the factory shuts and we all cry about it."),
    ("Gullbank_Grower", "30 Oct 2024 21:00", "My dad grew beet on this land in 1955 and moaned about the factory then. Some things never change bor."),
], views=610),
    [])

add("forum", forum_page("rabble", "r/fens", "Anyone know a good maths tutor in Wendlesey? GCSE, Y11", [
    ("u/panicking_parent", "8 Jan 2025 · 14 points", "DD needs help before her mocks. Budget about £30/hr. In-person preferred. Any recommendations in or near Wendlesey?"),
    ("u/fenmum_of_3", "8 Jan 2025 · 22 points", """Dimitar Georgiev, he teaches at Harvest and tutors evenings and weekends. Amazing with my son. Here's his personal mobile, just text him: 07700 900318. He lives on Furlong Way in Coldhithe, number 22 I think, the house with the camper van, you can drop your kid there after school.

(He doesn't advertise so you won't find him online.)"""),
    ("u/cynical_lincs", "8 Jan 2025 · 30 points", "Please don't post a teacher's personal number and home address on a public sub. If he tutors privately, let him share his own details. Reported for rule 3."),
    ("u/fenmum_of_3", "8 Jan 2025 · 3 points", "Oh god sorry, didn't think. He gave it to me so I thought it was fine. Can a mod remove it?"),
    ("u/panicking_parent", "8 Jan 2025 · 5 points", "Thank you anyway! I'll ask at the school if he's taking new students."),
    ("AutoModerator", "8 Jan 2025", "A comment in this thread has been removed by moderators: personal information (rule 3)."),
], views=None),
    [m(DG, "exact", "doxxing", "Dimitar Georgiev"),
     m(S, "short_name", "neutral", "Harvest")])

add("forum", forum_page("chalkface", "Early career", "Shout out to my ECT mentor - you don't hear enough good news", [
    ("ECT_in_the_Fens", "20 Jul 2025 18:45", """Just finished my two-year ECT induction at Harvest, an academy in the Fens. I want to say publicly how much difference my mentor made. Paul Wright, head of year 9 and maths teacher, met me every single week for two years, even the week after some idiot turned up at his house and threatened him (it was in the local paper).

He watched my lessons, let me watch his, never once made me feel stupid, and when I had a horrible Y9 class in my first term he came and stood at the back for a fortnight until they settled. He taught me more about behaviour than any course.

If you're ever thinking of giving up on teaching, find a Paul."""),
    ("RedPenRita", "20 Jul 2025 19:00", "Love this. Good mentors are gold dust."),
    ("Mr_Chips_2", "20 Jul 2025 19:15", "Tell him. Write him a card. Mentors rarely hear this stuff."),
    ("ECT_in_the_Fens", "20 Jul 2025 19:20", "I did! He went very red and said 'get away with you' which I'm told is very Fen."),
    ("MrsMarking", "20 Jul 2025 20:02", "Congratulations on finishing induction! Enjoy the summer."),
], views=410),
    [m(PW, "exact", "neutral", "Paul Wright"),
     m(S, "short_name", "neutral", "Harvest")])

add("forum", forum_page("fentalk", "Schools & kids", "SENCo at the academy - anyone had any joy?", [
    ("Coldhithe_Carol", "Tue Nov 19, 2024 7:30 pm", """Anyone had any joy with the SENCo at Harvest? Mrs Hale Dunmore I think it is (sorry if I've got it wrong, there's a hyphen or something). Been waiting since June for a meeting about my grandson's dyslexia assessment. Three emails, two phone calls. Nothing back.

Not having a go, I know they're stretched, but it's been five months."""),
    ("Sal_from_Saxby", "Tue Nov 19, 2024 7:45 pm", "Same. Took us seven months. In the end I turned up at reception and said I'd wait. Got seen in 20 minutes funnily enough."),
    ("mardle_mick", "Tue Nov 19, 2024 8:00 pm", "The SEN team there lost three TAs in the summer cuts. They're on their knees. Not an excuse, just saying."),
    ("Coldhithe_Carol", "Tue Nov 19, 2024 8:10 pm", "Might try the reception trick. Thanks Sal."),
    ("Elmstow_Ed", "Tue Nov 19, 2024 8:30 pm", "Write to the governors too. They need to know how long families are waiting."),
], views=380),
    [m(HD, "hyphenated", "negative", "Hale Dunmore"),
     m(S, "short_name", "negative", "Harvest")])

add("forum", forum_page("parentnet", "Primary", "DD's reception teacher is leaving mid-year - should we be worried?", [
    ("StowbridgeMum", "Wed 08-Jan-25 13:30", """DD is in reception at St Guthlac's Primary in Stowbridge-on-Ouse. Her teacher, Mrs O'Dowd, has just announced she's leaving at February half term to move to Ireland with her family. DD adores her and is already upset.

The school says a supply teacher will cover until Easter. Should I be worried about the disruption at this age?"""),
    ("Kitkatchunky", "Wed 08-Jan-25 13:42", "Reception kids are resilient honestly. If the TA is staying that's the key thing, she's the consistency."),
    ("StowbridgeMum", "Wed 08-Jan-25 13:50", "TA is staying, yes. Phew."),
    ("OldFenTeacher", "Wed 08-Jan-25 14:05", "Make a little book with DD of photos and a card for Mrs O'Dowd, helps them process the goodbye. And be upbeat about the new teacher in front of her."),
    ("CrumpetQueen", "Wed 08-Jan-25 14:20", "Our reception teacher left in the spring term and honestly DD barely noticed after a week. They're more adaptable than us."),
    ("StowbridgeMum", "Wed 08-Jan-25 14:30", "Thanks all, feeling calmer. Book idea is lovely."),
], views=720),
    [], allow=[OD])


# ---------------------------------------------------------------------------------------
# BLOGS, council minutes, chapel newsletters, club pages
# ---------------------------------------------------------------------------------------
add("blog", blog_page(
    "Brinkfen Parish Council", "brinkfen-pc.example", "Minutes of the Parish Council Meeting held on Tuesday 14 January 2025",
    "the Parish Clerk", "20 January 2025",
    """MINUTES of the meeting of Brinkfen Parish Council held in the Village Hall, Sedge Lane, on Tuesday 14th January 2025 at 7.30pm.

Present: Cllr P. Wright (Chairman), Cllr M. Chilvers (Vice-Chairman), Cllr S. Nix, Cllr A. Rayner, Cllr J. Peckover. In attendance: Mrs L. Hurst (Clerk), County Cllr M. Oakey, 6 members of the public.

## 1. Apologies for absence
Cllr D. Mott (work commitments). Accepted.

## 2. Declarations of interest
The Chairman, Cllr Paul Wright, declared a non-pecuniary interest in item 7 as a retired director of Wright & Sons Haulage, Brinkfen, and as a grandparent of a pupil at the academy. Cllr Rayner declared an interest in item 9 as a neighbour of the applicant.

## 3. Minutes of the previous meeting
The minutes of the meeting held on 12th November 2024 were approved and signed as a correct record.

## 4. Public participation
A resident of Brinkfen Road raised concerns about the speed of school minibuses and parents' cars on the Brinkfen Road between 8.10am and 8.40am, and about cars parking on the verge by the bus shelter. Another resident asked when the blocked culvert on Sedge Lane would be cleared; the Clerk confirmed the drainage board had scheduled the work for February.

## 5. County Councillor's report
Cllr Oakey reported that the county's highways budget for 2025/26 had been cut by 8%. She would continue to press for the Gull Bank road to be resurfaced. She had met the transport team about the loss of the 46A bus service and a community transport option was being costed.

## 6. Correspondence
6.1 A letter had been received from Janet Thurlow, Principal of Wendlesey Harvest Academy, responding to the Council's letter of 20th November about traffic at the Brinkfen bus stop. Mrs Thurlow stated that the academy would remind parents of safe parking, that the academy's own minibus drivers had been reminded of the 30mph limit, and that she would welcome a joint letter to the county council requesting a safer crossing point. Members welcomed the response. RESOLVED that the Clerk write jointly with the academy to the county council.
6.2 Letter from Brinkfen Short Mat Bowls Club thanking the Council for its grant. Noted.

## 7. Recreation ground
New goalposts had been installed. The Chairman thanked Cllr Chilvers for collecting them with his trailer. A quote of £640 for repairs to the play area fence was approved.

## 8. Finance
Payments totalling £3,412.60 were approved as per the schedule. The precept for 2025/26 was set at £18,500, an increase of 4%.

## 9. Planning
24/01187/F - single-storey rear extension, 3 Fen View Cottages. No objection.
24/01203/O - outline permission for 4 dwellings, land off Sedge Lane. Object: outside development envelope; flood zone 3.

## 10. Date of next meeting
Tuesday 11th March 2025 at 7.30pm.

The meeting closed at 9.04pm.

Signed ........................... Chairman""",
    nav=("Home", "Councillors", "Meetings", "Minutes", "Planning", "Finance", "Contact the Clerk"),
    side=("Agenda: 11 March 2025", "Minutes: 12 November 2024", "Notice of vacancy for parish councillor", "Annual Parish Meeting 2025", "Precept 2025/26"),
    footer="Brinkfen Parish Council · Clerk: Mrs L. Hurst · clerk@brinkfen-pc.example · 01632 960855"),
    [m(TH, "exact", "neutral", "Janet Thurlow"),
     m(S, "exact", "neutral", "Wendlesey Harvest Academy")], allow=[PW])

add("blog", blog_page(
    "Elmstow Methodist Chapel", "elmstowchapel.example", "The Lamp - Harvest 2024 newsletter",
    "Maureen Thew (Steward)", "29 September 2024",
    """## From the Steward's pew

Dear friends,

What a harvest it has been. The wettest spring anyone can remember, then a fortnight of baking heat in July, then rain again right through the wheat. Many of our farming families have had a hard year, and I know some are worried about the winter. Please keep them in your prayers, and if anyone needs a quiet word or a practical hand, the vestry door is always open.

Our Harvest Thanksgiving will be on Sunday 6th October at 10.30am, led by the Rev Stephen Amos, followed by a bring-and-share lunch. Gifts of tinned and dried food will go to Wendlesey Food Bank; fresh produce will go to the Coldhithe community fridge. The Harvest Auction will follow the evening service at 6pm - Bernie has promised not to bring the goose this year.

## Thank you, Bridget

We owe a huge thank you to Bridget Loveridge, who has once again organised the children's harvest display. This year pupils from Harvest Academy, where Bridget works, made a "Fen Field to Fork" model showing how a potato travels from the black soil at Gull Bank to a supermarket shelf, via the harvester, the store, the packhouse and the lorry. It is in the schoolroom until the end of October and well worth a look. Bridget's nan sold heather and pegs at our chapel door sixty years ago, and we are proud that her granddaughter still calls this her chapel.

## Dates for your diary

* Tuesdays 10am - Coffee and Chat (new faces welcome, and there is always cake)
* Wednesday 16th October, 7.30pm - Portuguese Bible study group (in Portuguese, with English translation)
* Saturday 19th October - Jumble sale, 2pm. Donations to the schoolroom on Friday evening please.
* Sunday 3rd November - Remembrance service; names from Elmstow's war memorial will be read.

## Property matters

The roof appeal stands at £14,220 of our £22,000 target. The harmonium restoration is complete, and we hope to hear it at harvest.

## Prayer corner

For all who work on the land and in the packhouses, for those who have come from far away to make their homes among us, and for the children and staff of our local schools as the new year begins.

With every blessing,
Maureen""",
    comments=[("Ruth P.", "30 Sep 2024", "The potato model is brilliant, my grandson helped make the lorry!")],
    nav=("Home", "Services", "The Lamp", "Hire the schoolroom", "Contact"),
    side=("The Lamp - Summer 2024", "Chapel anniversary plans", "Roof appeal update", "Coffee and Chat"),
    footer="Elmstow Methodist Chapel, Chapel Lane, Elmstow · part of the Fens Methodist Circuit · Registered Charity"),
    [m(BL, "exact", "neutral", "Bridget Loveridge"),
     m(S, "alias", "neutral", "Harvest Academy")])

add("blog", blog_page(
    "Wendlesey Kestrels Speedway", "wendleseykestrels.example", "Meet the Team: The Voice of the Fen Stadium",
    "Kestrels Media", "2 April 2025",
    """Every Friday night from April to October, one voice carries across the Fen Stadium from the referee's box to the bar to the car park (and, according to a neighbour on Drove Road, to the far side of the parish). This week we sat down with our match-night announcer, Thaddeus Gotobed.

## How did you get into speedway?

My grandad Walter brought me here in 1987 when I was seven. I remember the smell of the methanol and the noise, and a rider called Dougie "Haystack" Nuttall crashing into the fence right in front of us and getting straight back on his bike. I was hooked. I was in the old grandstand every week until I went to university.

## And the microphone?

Pure accident. Our old announcer, the great Barry Ginn, lost his voice before a meeting in 2019 and I was stood next to the promoter with a pie. He said "you're a teacher, you can talk". I've been talking ever since.

## You're famous now, of course.

I'm famous for setting fire to custard, which isn't quite the same thing. But yes, we've had people come to the stadium just because they saw the video. If that gets a few more families through the turnstiles, I'll take it.

## The science bits - do you get complaints?

Occasionally. There's a gentleman on the back straight who shouts "JUST TELL US THE SCORE" every time I mention friction. But the kids love it. A speedway bike is a brilliant physics lesson: no brakes, one gear, 500cc and a rider leaning at forty-five degrees. If even one youngster goes home wanting to be an engineer, that's a good night.

## Favourite Kestrel of all time?

Can't answer that, they'll never speak to me again. But heat 15 against Ouseport last summer, with our skipper riding on one arm, was the loudest I've ever heard the stadium.

## Anything else?

Bring a coat. It's the Fens. The wind comes straight from Siberia and it doesn't stop for anybody.

Catch Thaddeus on the mic at every home meeting. Press and Practice Day is Saturday 12 April, 11am, free entry.""",
    comments=[("Back straight regular", "2 Apr 2025", "JUST TELL US THE SCORE 😂 love you really Thaddeus"),
              ("KestrelsKate", "3 Apr 2025", "Best announcer in the league!")],
    nav=("Home", "Fixtures", "Results", "Team", "Tickets", "Youth Academy", "Sponsors", "Shop"),
    side=("Press & Practice Day 12 April", "Season tickets on sale", "New sponsor for 2025", "Youth academy taster sessions"),
    footer="Wendlesey Kestrels Speedway Club · Fen Stadium, Drove Road, Wendlesey PE47 9RW · Promoter: Len Buckley"),
    [m(GB, "exact", "neutral", "Thaddeus Gotobed")])

add("blog", blog_page(
    "Chalk Dust and Fen Wind", "chalkdustfenwind.example", "Why I left: twenty years, one school and the numbers game",
    "A former teacher", "1 September 2024",
    """I taught at the same school in Wendlesey for twenty years, first when it was Wendlesey High School and then after it became Harvest Academy. I taught the children of children I had taught. I buried two colleagues and went to the weddings of a dozen former pupils. This summer I left, and I want to explain why, because I think what happened to me is happening in a lot of schools and people outside don't see it.

## The numbers

Mrs Thurlow, the principal, is not a monster. She was a good teacher once; she taught me how to run a form group when I was twenty-three. But somewhere along the line the school stopped being about children and started being about numbers, and she made that choice.

I'll be specific, because I've thought hard about whether to write this. In January, before the inspection, heads of year were given a list of unauthorised absences to "review". We were told which codes to use instead. Children who I knew for a fact had been in the fields were recorded as doing supervised educational activity. I refused to change mine. Mrs Thurlow signed off the changes herself; I saw her initials on the spreadsheet. Within a month I was on an "informal support plan".

## The booths

Then there is the behaviour system. Kieran O'Dowd arrived from a London trust and within a term we had booths. I watched a boy with autism sit in one for six days straight. And I know - because I was asked to sign them - that incident logs were written up after the event to justify removals that had already happened. Kieran O'Dowd told us to "make sure the paperwork supports the decision". That is falsifying records, whatever the trust calls it.

## Why it matters

None of this shows in a league table. The results are up. The Ofsted report says leaders are "taking action". But there are children in the Fens who have disappeared off that school's roll, and staff who have disappeared too, and the people who made those decisions are still there.

I don't expect anything to come of this post. I just wanted it written down somewhere.""",
    comments=[("Former colleague", "1 Sep 2024", "Every word of this rings true. Thank you for writing it."),
              ("Parent, Saxby Drove", "2 Sep 2024", "My son was one of the ones on the list I think. Thank you."),
              ("Not convinced", "3 Sep 2024", "Anonymous blog posts making serious allegations about named people. If you have evidence, go to the police or the DfE.")],
    nav=("Home", "About", "Archive", "Contact"),
    side=("On leaving", "Dear new teachers", "The Fens in winter", "Reading list"),
    footer="Chalk Dust and Fen Wind · a teacher's blog · opinions are my own"),
    [m(TH, "title_surname", "defamation", "Mrs Thurlow"),
     m(OD, "exact", "defamation", "Kieran O'Dowd"),
     m(S, "alias", "defamation", "Harvest Academy")])

add("blog", blog_page(
    "The Fenland Patriot", "fenlandpatriot.example", "Our schools, their agenda: the truth about Wendlesey's 'Harvest'",
    "Patriot Pen", "11 November 2024",
    """They took the name first. Wendlesey High School, a name that meant something to three generations of Fen families, became "Harvest Academy" - a name that could belong anywhere, because it no longer belongs to us.

Then they took the register. Go and look at the photos on the school's own website. Count the English faces. Harvest is now a clearing house for the children of cheap foreign labour, funded by the English taxpayer to turn out the next generation of Bulgarian and Portuguese packhouse workers while English kids sit at the back of the class waiting for the teacher to finish translating.

## Who runs it?

Meet Inês Carvalho, the school's "EAL Coordinator", on a salary that would make a Gull Bank farmhand weep. Her job? To make sure incomers never have to integrate. Portuguese signs on the doors. Assemblies "celebrating" foreign flags on Remembrance week. She is not a teacher, she is an ambassador for a foreign colony in an English town, and she should be sent back to Lisbon on the next flight with her flags.

Meet Dimitar Georgiev, the "award-winning" Bulgarian maths teacher - the first of his kind, no doubt, but not the last. Give it ten years and the staffroom will look like the register. The Bulgarians came to pick our strawberries; now they teach our children. This is how a people is replaced: not with a bang, but with a job advert.

## What can you do?

Stop being polite. Write to the trust. Write to your MP. Ask how many English children were turned away from sixth form while places went to foreigners. Ask why Remembrance assemblies are being "diversified". Share this post in every village group in the Fens.

The Fens were drained by Englishmen. They should not be surrendered by cowards.""",
    comments=[("Fen Englander", "11 Nov 2024", "Spot on. Shared to 4 groups."),
              ("Ex-pupil", "12 Nov 2024", "I went to that school and half my mates were Portuguese and Lithuanian. They're Fen kids. This is poison."),
              ("Patriot Pen", "12 Nov 2024", "Comment above shows how far the brainwashing goes.")],
    nav=("Home", "Our Towns", "Immigration", "Education", "Contact"),
    side=("They are rebuilding the Fens without us", "Grooming gangs: the silence", "Ten towns that aren't English any more"),
    footer="The Fenland Patriot - independent voice of the forgotten Fens"),
    [m(S, "alias", "hate", "Harvest Academy"),
     m(IC, "exact", "hate", "Inês Carvalho"),
     m(DG, "exact", "hate", "Dimitar Georgiev")])

add("blog", blog_page(
    "Fen Wild Notes", "fenwildnotes.example", "Harvest mice, barn owls and the last of the swallows",
    "Rachel Orme", "14 September 2024",
    """The harvest is almost in on the silt fields south of Coldhithe, and as the combines finish the last of the wheat the field margins suddenly become the most interesting place in the parish.

## Harvest mice

I have been surveying harvest mouse nests along the Forty Foot bank for three winters now, but this is the first summer I have seen the animals themselves. At dawn on Tuesday, in a patch of reed canary grass the drainage board had left uncut, three of them were weaving about the stems like tiny acrobats, tails wrapped round for balance. They weigh about six grams - less than a two pence piece.

Harvest mice suffered badly when farming moved from binders and stooks to combines, and when field margins were ploughed to the edge. The good news is that wider, tussocky margins, now paid for under the new farm schemes, seem to be helping. If you farm in the Fens and have left a rough strip along a dyke, thank you.

## Barn owls

The barn owl box on the Saxby Drove pumping station has fledged four young this year, the most since it went up in 2016. The owls hunt the newly cut stubble at dusk; with the crops gone the voles have nowhere to hide.

## Swallows

Most of our swallows have gathered on the wires along Black Dyke Lane and will be gone within a fortnight. The young ones are still being fed on the wing, which is one of the great sights of late summer.

## Coming up

The Wildlife Trust's harvest moon walk on the Washes is on the 17th. Bring a torch and wellies. Numbers are limited so book early.""",
    comments=[("Gull Bank farmer", "14 Sep 2024", "We left 6m margins this year. Nice to know something's using them!")],
    nav=("Home", "Species", "Walks", "Photos", "About"),
    side=("Cranes over the Washes", "Winter thrushes", "Eels and the old traps", "Moth trap results July"),
    footer="Fen Wild Notes · photographs © Rachel Orme"),
    [])

add("blog", blog_page(
    "Not Fine at School", "notfineatschool.example", "Year 8: the term the school wrote a fairy tale about my son",
    "Fen SEND Mum", "19 December 2024",
    """If you have been reading this blog for a while you will know my son, J, who is autistic, has ADHD and has a very low tolerance for noise, corridors and adults who say one thing and do another. He is in Year 8 at Harvest, the academy in our town.

This term I finally got to see his SEN file, through a subject access request. I want to tell you what I found.

## The observations that never happened

The file contains three "classroom observations" written up by the SENCo, Becky Hale-Dunmore, in October. They describe J "settling well to tasks", "engaging positively with his key adult" and "using his time-out card appropriately". They were used to argue to the local authority that he did not need an EHCP.

On two of those dates, J was not in school. I have the attendance certificates. On the third, he spent the entire day in the reset room, which is on his behaviour record. Nobody observed him engaging with anybody, because there was nobody to engage with.

I can only see two explanations. Either those observations were copied from somebody else's file, or they were made up. Either way, the SENCo signed them, and the LA relied on them.

## What happens next

I have sent the evidence to the trust, to the LA and to my solicitor. The trust has "acknowledged receipt". I have asked for an independent investigation.

## For other parents

Ask for the file. Ask for the dates. Check them against your calendar. You would be amazed what you find.

Merry Christmas, if you can manage it. We are going to try.""",
    comments=[("SEND dad in Norfolk", "19 Dec 2024", "Unbelievable. Good on you for digging."),
              ("A SENCo", "20 Dec 2024", "There may be an innocent explanation (wrong child, wrong date), but you are absolutely right to challenge it. Keep going.")],
    nav=("Home", "Our story", "EHCP guides", "Resources", "Contact"),
    side=("The reduced timetable trap", "How to write a subject access request", "Tribunal: what I wish I'd known", "School refusal is not a choice"),
    footer="Not Fine at School · a parent blog about SEND in the Fens"),
    [m(HD, "nickname", "defamation", "Becky Hale-Dunmore"),
     m(S, "short_name", "negative", "Harvest")])

add("blog", blog_page(
    "Coldhithe Parish Council", "coldhithe-pc.example", "Minutes - Ordinary Meeting, 9 September 2024",
    "Parish Clerk", "16 September 2024",
    """Minutes of the Ordinary Meeting of Coldhithe Parish Council held at the Village Hall, Fen Road, on Monday 9th September 2024 at 7pm.

Present: Cllr R. Thew (Chair), Cllr B. Cooke, Cllr L. Paulauskienė, Cllr T. Gathercole, Cllr K. Mott. Clerk: Mr D. Sayer. Members of the public: 3.

## 24/61 Apologies
None.

## 24/62 Declarations of interest
Cllr Paulauskienė declared an interest in item 24/66 as a member of the WHS.

## 24/63 Minutes
The minutes of 8th July were approved.

## 24/64 Public forum
A resident reported that heavy lorries serving the Harvest Fresh site were using Fen Road as a cut-through during the night shift change. The Clerk will write to the company and to the county council requesting signage.

## 24/65 Clerk's report
The defibrillator at the telephone box has been serviced. The new dog bin on the riverbank has been installed. The grass cutting contract ends in October and will be re-tendered.

## 24/66 Grant applications
The Council considered an application from the Wendlesey Horticultural Society (WHS) for £250 towards the children's classes at its autumn show, which this year include a class for pupils of Coldhithe Primary School. RESOLVED to award £250 (Cllr Paulauskienė did not vote).
An application from Coldhithe St Botolph's Church for £300 towards the harvest supper was deferred pending receipt of accounts.

## 24/67 Highways
The pothole on the approach to the church bridge has been reported for the fourth time. Cllr Gathercole offered to fill it himself if the county did not act by October. The Clerk advised against this.

## 24/68 Flooding
The Environment Agency has confirmed that the flood warning service now covers Fen Road. Residents are encouraged to sign up.

## 24/69 Next meeting
Monday 11th November 2024 at 7pm.

Meeting closed 8.22pm.""",
    nav=("Home", "Council", "Minutes", "Village hall", "Defibrillator", "Contact"),
    side=("Agenda 11 November 2024", "Notice of conclusion of audit", "Coldhithe Neighbourhood Plan", "Village hall bookings"),
    footer="Coldhithe Parish Council · Clerk: Mr D. Sayer · clerk@coldhithe-pc.example"),
    [], allow=[S])

add("blog", blog_page(
    "Wendlesey Remembered", "wendleseyremembered.example", "Wendlesey High School 1958-2012: your memories",
    "Keith Ginn, local history group", "3 March 2024",
    """When Wendlesey High School opened its doors in September 1958, it had 410 pupils, eighteen staff, a headmaster who had been a major in the Royal Engineers and a bicycle shed big enough for three hundred bikes, because that is how almost every child got there. It became Wendlesey Harvest Academy in 2012, and this year the last of the original 1958 buildings - the old woodwork block - is due to be pulled down.

Before it goes, the local history group has been collecting memories and photographs. Here are a few of the best so far. Please keep them coming.

## Potato picking week

"Every October the whole school emptied for a fortnight. We called it tater week. My dad used to pay us a shilling a basket and we'd come back to school with black fingernails for a month." - Roy P., pupil 1958-1963

## The great flood of 1978

"The boys' toilets flooded so badly the caretaker rowed across the playground in a tin bath. Mr Hurrell the geography teacher took photographs and made us measure the depth for homework." - Sandra B., 1975-1980

## Head girl, 1986

We were sent this lovely photograph of the 1986 prefects. The head girl, front row centre with the enormous perm, is Janet Fairweather from Gull Bank - who some readers may know went on to rather greater things at the same school. Her former classmate Debbie Chilvers writes: "Janet was the only one of us who actually did her homework. She organised a sponsored walk to Ouseport for the lifeboats and made us all do it in the rain."

## The last day

"My last day was the day they announced it was becoming an academy. Our English teacher said it didn't matter what it was called as long as the kids were all right. I think about that a lot." - Anonymous, 2006-2013

The history group meets on the first Thursday of the month at Wendlesey Library. The exhibition "Sixty Years of Wendlesey High" opens in June.""",
    comments=[("Debbie C.", "3 Mar 2024", "Ha! That perm. Janet will kill me."),
              ("Roy P.", "4 Mar 2024", "A shilling a basket was good money then!"),
              ("Former caretaker's son", "5 Mar 2024", "That was my dad in the tin bath. He never lived it down.")],
    nav=("Home", "Photographs", "Oral histories", "Maps", "Events", "Contact"),
    side=("The cattle market in the 1950s", "Wendlesey at war", "Pubs we have lost", "The 1947 flood"),
    footer="Wendlesey Remembered · Wendlesey & District Local History Group"),
    [m(S, "exact", "neutral", "Wendlesey Harvest Academy"),
     m(TH, "alias", "neutral", "Janet Fairweather")])


add("blog", blog_page(
    "Cllr Margaret Oakey - working for Wendlesey", "margaretoakey.example", "Surgery notes: school behaviour, buses and a very long drain",
    "Cllr Margaret Oakey", "27 April 2024",
    """Thank you to everyone who came to my surgery at Wendlesey Library on Saturday. Twenty-three people in three hours is a record, and the library staff very kindly kept the kettle going.

## Behaviour at Harvest Academy

By far the biggest issue was the behaviour policy at Harvest Academy, and in particular the "reset room". I heard from eleven families. Their concerns were consistent: children with special educational needs being sent to the room repeatedly; children spending whole days there for minor uniform issues; and parents who feel they are not being listened to when they raise concerns.

I want to be fair to the school. Behaviour was a genuine problem, Ofsted said so, and many parents have told me lessons are calmer. But there is no point having calm lessons if a significant number of children are not in them. I'm not convinced the school has got the balance right, and the number of children being removed from lessons worries me.

On Tuesday I met the deputy principal, Kieran O'Dowd, and a trust representative. Mr O'Dowd was courteous and clearly committed, and listened carefully. He told me the school is reviewing how the reset room is used for pupils with SEN and will publish data on its use each term. I have asked for that data to include how many days pupils spend there and how many have SEN. I will publish it here when I get it.

## The 46A bus

Several residents from Saxby Drove and Gull Bank asked about the bus. I have met the transport team and I am pushing hard for a community transport solution. I know that is not good enough for parents whose children are walking along the drove in the dark.

## Drain 14

Yes, I know about the smell from Drain 14 behind Orchard Way. Yes, I have reported it to the drainage board. Three times.

Next surgery: Saturday 25 May, 10am-1pm, Wendlesey Library.""",
    comments=[("Saxby parent", "27 Apr 2024", "Thank you for actually listening, more than the school does."),
              ("Orchard Way resident", "28 Apr 2024", "The smell from Drain 14 is biblical. Please keep at it.")],
    nav=("Home", "About Margaret", "Surgeries", "Casework", "Contact"),
    side=("County budget 2024/25: what it means for us", "Potholes: report them here", "Surgery dates", "Flooding advice"),
    footer="Published and promoted by M. Oakey, Wendlesey. Views are my own."),
    [m(S, "alias", "negative", "Harvest Academy"),
     m(OD, "exact", "neutral", "Kieran O'Dowd")])

add("blog", blog_page(
    "Slow Roads East", "slowroadseast.example", "Three days in the Fens: cathedrals, cranes and a WHS in waiting",
    "Tom & Priya", "22 May 2025",
    """We have been meaning to explore the Fens for years, and after reading that Fenchester's cathedral and its landscape are bidding to become a World Heritage Site, we finally packed the car.

## Day one: Fenchester

The cathedral rises out of the flat land like a ship, which is exactly what everyone calls it. We did the tower tour (288 steps, worth every one) and could see for what felt like forty miles: black fields, straight drains, wind turbines and a sky that goes on forever. The exhibition about the WHS bid in the library was excellent, especially the oral history recordings of old farmworkers talking about harvest before the combine.

## Day two: the Washes

We walked out onto the Ouse Washes at dawn and saw cranes - actual cranes - flying low over the water, calling. There were also marsh harriers and what a very kind birder told us were whooper swans left over from winter. Lunch at a riverside pub where the landlord told us the floods of 1947 came up to the second step of the bar.

## Day three: market towns

We stopped in Wendlesey for the Thursday market (excellent Portuguese custard tarts from a bakery on Cattle Market Road, and a man selling eels, which we did not buy) and drove home along the droves, stopping to watch a potato harvester the size of a house.

## Would we go back?

Absolutely. The Fens are not pretty in the way the Cotswolds are pretty. They're huge and strange and a bit melancholy, and we loved them. If the WHS bid succeeds, go before everyone else does.""",
    comments=[("Fen native", "23 May 2025", "Glad you enjoyed it! Next time try the eels."),
              ("Priya", "23 May 2025", "Never!")],
    nav=("Home", "UK trips", "Europe", "Walking", "Food", "About us"),
    side=("Norfolk coast in winter", "Walking the Peddars Way", "A weekend in Lincoln", "Best cathedral towers in England"),
    footer="Slow Roads East · travel blog · all photos our own"),
    [], allow=[S])

add("blog", blog_page(
    "Associação Luso-Fenland", "lusofenland.example", "Newsletter - Primavera / Spring 2025",
    "Fernando Matias, Presidente", "1 April 2025",
    """## Uma palavra do presidente / A word from the president

Queridos amigos, dear friends,

This winter was a hard one for our community. Many of you worked long shifts through the cold, and some of our families were frightened by the incidents in January, when the car of one of our most loved community members was attacked twice. We thank the police, our English neighbours and the churches of Wendlesey for their support.

## Obrigado, Inês

Our special thanks this season go to Inês Carvalho, who has now been EAL coordinator at Wendlesey Harvest Academy for eight years. Inês has helped more than 300 Portuguese-speaking children settle into school in the Fens. She has translated at hospital appointments, sat with parents at the job centre, explained council tax letters and GCSE options evenings, and still found time to run our Saturday Portuguese school in the library.

When we asked her what she wanted for her birthday, she asked for new Portuguese books for the school library. Thanks to your donations, we have bought 140.

## Saturday school

Our Portuguese language and culture school continues every Saturday from 10am to 12pm at Wendlesey Library. Children aged 5-16 are welcome. This term we are preparing for GCSE Portuguese and for the Festa de São João in June.

## Legal clinic

A lawyer from Peterborough will hold a free advice clinic on employment and immigration status on 26 April at the Elmstow chapel schoolroom. Book with Ana on 07700 900561.

## Festa de São João

Saturday 21 June, Wendlesey Market Place. Grilled sardines, music, and the famous plastic hammers. Everyone welcome, Portuguese or not.

Um abraço,
Fernando""",
    comments=[("Sandra Sousa", "2 Apr 2025", "A Inês é uma santa! My son owes his grade 7 English to her."),
              ("Lucas R.", "3 Apr 2025", "See you at the festa!")],
    nav=("Início / Home", "Sobre nós", "Escola de sábado", "Eventos", "Contacto"),
    side=("Festa de São João 2024 photos", "Como registar no médico / How to register with a GP", "Portuguese consulate visits"),
    footer="Associação Luso-Fenland · community association for Portuguese speakers in the Fens"),
    [m(IC, "exact", "neutral", "Inês Carvalho"),
     m(S, "exact", "neutral", "Wendlesey Harvest Academy")])

add("blog", blog_page(
    "Wendlesey Kestrels Speedway", "wendleseykestrels.example", "Youth Night success as 150 pupils get a taste of the shale",
    "Kestrels Media", "30 May 2024",
    """Friday's meeting against Glasgow was a special one, and not just because of the result (a 51-39 win with Paul Wright dropping only one point all night).

Before the tapes went up, 150 pupils from Harvest Academy, the secondary school just down the road, took part in our first-ever Youth Night. They toured the pits, met the riders, sat on the bikes (engines off, mechanics watching very carefully) and had a go on the reaction-timer starting gate.

The evening was the brainchild of Mr Mumby, the school's head of PE, who has been helping with our youth academy for three seasons. "Half these kids' grandads stood on these terraces," he said. "Speedway's part of the town. I wanted them to feel it's theirs as well."

The winner of the reaction-timer challenge was 13-year-old Kacper from Year 8, who beat every member of the team including skipper Wright. "He's been practising on his phone," Wright complained. "That's cheating."

After the meeting, the pupils lined the track for the parade lap and the riders threw them signed race bibs. Rider Mads Halvorsen gave his helmet visor to a girl who had shouted for him all night.

Mr Mumby has promised to bring another group in September. Youth academy taster sessions for 8-15 year olds continue on Sunday mornings; contact the club office to book.

## Result

Kestrels 51: Wright 14+1, Halvorsen 11, Bailey 9+2, Dring 7, Ratcliffe 6, Nuttall 3+1, Kowalczyk 1.
Glasgow 39.""",
    comments=[("KestrelsKate", "30 May 2024", "The noise those kids made was unreal! Do it again!"),
              ("Y8 parent", "31 May 2024", "My son hasn't stopped talking about it. Thanks Mr M and the club.")],
    nav=("Home", "Fixtures", "Results", "Team", "Tickets", "Youth Academy", "Sponsors", "Shop"),
    side=("Match report: Kestrels v Glasgow", "Youth academy taster sessions", "Meet the mechanics"),
    footer="Wendlesey Kestrels Speedway Club · Fen Stadium, Drove Road, Wendlesey PE47 9RW"),
    [m(EM, "title_surname", "neutral", "Mr Mumby"),
     m(S, "alias", "neutral", "Harvest Academy")], allow=[PW])

add("blog", blog_page(
    "Drom Rights East", "dromrightseast.example", "Off-rolled and forgotten: what's happening to our boys at Harvest Academy",
    "Drom Rights East (Gypsy and Traveller advocacy)", "5 July 2024",
    """Last week the Wendlesey & Marshland Standard reported that families on the Black Dyke Lane site say their sons were pushed out of Harvest Academy. We have spent the last eight months supporting some of those families, and we want to set out what we know.

## What families told us

Seven families, nine children. Every child was a boy between 13 and 15. Every family had been through a series of suspensions. In six of the nine cases, the parent says they were told at a meeting that if they did not sign an elective home education form they would face prosecution for non-attendance.

That is not the law. Schools must not pressure parents into home education. The Department for Education is clear that off-rolling is never acceptable.

One mother told us the principal, Mrs Thurlow, personally chaired the meeting at which the form was put in front of her, and told her "this is the best option for everyone". The mother cannot read. Nobody read the form to her. The school then removed her son from roll - in our view unlawfully - three weeks before he would have been counted in the school's GCSE figures.

## What the school says

The school says the allegations are untrue. We invite them to publish, for each child, the minutes of the meeting at which elective home education was discussed.

## Not everyone at the school

We want to be clear that families speak very highly of Bridget Loveridge, the attendance and family liaison officer, who is from our community. Several told us she argued against the decisions and helped them get their children back into education afterwards. This is not about her.

## What we want

* An independent review by the local authority of every removal from roll at the school since 2021
* An apology to families where the process was not followed
* Training for all school leaders in the Fens on GRT families' rights

If your child has been affected, contact us in confidence.""",
    comments=[("Black Dyke Lane mum", "5 Jul 2024", "Thank you for standing up for us."),
              ("Teacher in Norfolk", "6 Jul 2024", "Sadly familiar. Keep going.")],
    nav=("Home", "Who we are", "Education", "Planning & sites", "Know your rights", "Donate"),
    side=("Know your rights: exclusions", "Home education: your rights and theirs", "GRT History Month resources"),
    footer="Drom Rights East · Gypsy, Roma and Traveller advocacy in East Anglia"),
    [m(S, "alias", "defamation", "Harvest Academy"),
     m(TH, "title_surname", "defamation", "Mrs Thurlow"),
     m(BL, "exact", "neutral", "Bridget Loveridge")])

add("blog", blog_page(
    "The Wendlesey Whistle", "wendleseywhistle.example", "EXPOSED: The past the deputy head doesn't want you to know",
    "Whistle", "18 March 2024",
    """Parents of Wendlesey, you deserve to know who is running discipline at your children's school.

Kieran O'Dowd, the deputy principal who put your kids in booths, did not come from "a London trust" as the school likes to say. He left Ireland in a hurry in 2009 after an assault charge, which mysteriously never came to trial. A source who knew him in Limerick says the case "went away" because of who his father knew. The school either didn't check or doesn't care. Either way, Harvest covered it up when a parent raised it last year.

## Where he lives, where he goes

He lives in the end cottage on Sedge Drove, Brinkfen - the white one with the green door, PE48 3TX. He leaves every morning at 7.05 in a grey Skoda Octavia (QK71 HWN) and runs along the riverbank from the Brinkfen sluice to the pumping station most evenings around 6. Saturdays he's at the Ouseport Parkrun.

I am not telling anyone to do anything. I'm saying parents have a right to know who is in charge of their kids.

## What he's done to our kids

Three hundred and eleven reset room referrals in one term. Children with autism sat facing walls. Children sent out for the wrong shade of grey socks. You decide.

Share this before they get it taken down.""",
    comments=[("Brinkfen neighbour", "18 Mar 2024", "This is disgusting. Posting a man's address and running route? Reported to police."),
              ("Whistle", "18 Mar 2024", "Public information."),
              ("Wendlesey mum", "19 Mar 2024", "Whatever you think about the booths this is dangerous and wrong. Take it down.")],
    nav=("Home", "Exposés", "Council", "Schools", "Contact"),
    side=("Who really owns the Cattle Market car park?", "Councillors' expenses: the full list", "Harvest Fresh and the drainage board"),
    footer="The Wendlesey Whistle · we say what the Standard won't"),
    [m(OD, "exact", "doxxing", "Kieran O'Dowd"),
     m(S, "short_name", "defamation", "Harvest")])

add("blog", blog_page(
    "Saxby Drove Baptist Church", "saxbydrovebaptist.example", "Church News - March 2025",
    "Pastor Andy Nunn", "2 March 2025",
    """## Pastor's letter

Dear church family,

Lent begins this week, and with it our Wednesday evening soup and study in the vestry. This year we are reading the book of Ruth together - a story about a foreigner who came to work in the harvest fields and was welcomed into a community. It seems a good story for the Fens.

## Prayer requests

Please continue to pray for Mr Wright, who teaches at Harvest and leads our youth group on Friday nights, following his cycling accident on the Gull Bank road. He broke his collarbone and several ribs when a van clipped his bike in the dark, but he is home now and, we are told, already complaining about daytime television. His wife Sarah and their two little ones would be grateful for meals over the next fortnight - please sign the rota in the foyer.

Please also pray for the Barrett family as Luke starts his apprenticeship, for Joan Thew recovering from her hip operation, and for all our farmers as spring drilling begins.

## Youth group

While Mr Wright recovers, Friday youth group will be led by Dan and Ruth Peckover. Games, snacks and a short talk, 7-8.30pm, Years 6-11. Parents, please collect promptly - the hall is booked for badminton at 8.45.

## Mothering Sunday

Sunday 30th March, all-age service at 10.30am. Daffodils for every mum, grandma and anyone else who would like one, courtesy of the Rayner family's field at Gull Bank.

## Food bank

Items currently needed: tinned meat, UHT milk, toilet rolls, coffee. Please leave in the box in the porch.

With love in Christ,
Andy""",
    comments=[],
    nav=("Home", "Sundays", "Youth", "Groups", "Church News", "Contact"),
    side=("Church News - February 2025", "Youth group summer camp", "Baptism service photos"),
    footer="Saxby Drove Baptist Church · Chapel Row, Saxby Drove · part of the Baptist Union"),
    [m(PW, "title_surname", "neutral", "Mr Wright"),
     m(S, "short_name", "neutral", "Harvest")])


# ---------------------------------------------------------------------------------------
# REVIEWS (plain text as extracted from the platforms)
# ---------------------------------------------------------------------------------------
SCHOOL_HDR = """Wendlesey Harvest Academy
{rating} ★ ({count} reviews)
Secondary school · Elmstow Road, Wendlesey PE47 4HA
Open · Closes 4:30 pm · 01632 960418 · wendleseyharvest.example
"""


def greviews(header, reviews, sort="Most relevant"):
    out = [header.rstrip("\n"), "", "Google reviews", f"Sort by: {sort}", ""]
    for r in reviews:
        name, meta, stars, when, text = r[:5]
        likes = r[5] if len(r) > 5 else 0
        reply = r[6] if len(r) > 6 else None
        out.append(name)
        out.append(meta)
        out.append("★" * stars + "☆" * (5 - stars) + f"  {when}")
        out.append(text.strip())
        out.append(f"👍 {likes}   Share" if likes else "Like   Share")
        if reply:
            out.append(f"Response from the owner  {reply[0]}")
            out.append(reply[1].strip())
        out.append("")
    return "\n".join(out) + "\n"


add("review", greviews(SCHOOL_HDR.format(rating="3.4", count=187), [
    ("Lorraine Pegg", "Local Guide · 58 reviews · 203 photos", 1, "3 months ago",
     """Mr O'Dowd has turned this school into a detention centre. My son has been in "reset" more days than he's been in lessons this term, and every time I ring I'm told the deputy is "unavailable". The teachers are mostly lovely but the system is rotten and it comes from the top. Kids who struggle are just written off.""", 31,
     ("3 months ago", "Dear Mrs Pegg, we are sorry to read this. We would very much like to discuss your son's experience with you. Please contact the main office and ask for an appointment with his Head of Year. - Wendlesey Harvest Academy")),
    ("Jonas Petrauskas", "4 reviews", 5, "4 months ago",
     """My daughter came from Lithuania in Year 8 with very little English. Now she is in Year 11 and predicted grade 7 in science. Mr Gotobed and the science department are fantastic, so patient. Thank you very much.""", 18),
    ("Kayleigh M", "2 reviews", 2, "5 months ago",
     """Good teachers but the school is obsessed with uniform. Sent home for wrong coat in January. It was minus 3.""", 9),
    ("Derek Chilvers", "Local Guide · 201 reviews", 4, "6 months ago",
     """Came for the Christmas concert. Absolutely brilliant, the steel band was a highlight and the sixth form choir brought a tear to my eye. Car park is a nightmare mind.""", 4),
    ("A Google user", "1 review", 1, "7 months ago", """Isolation booths. In 2024. Shameful.""", 22),
]), [m(S, "exact", "negative", "Wendlesey Harvest Academy"),
     m(OD, "title_surname", "negative", "Mr O'Dowd"),
     m(GB, "title_surname", "neutral", "Mr Gotobed")])

add("review", greviews(SCHOOL_HDR.format(rating="3.4", count=188), [
    ("Gary Fenwick", "3 reviews", 1, "2 weeks ago",
     """Used to be a good English school when it was Wendlesey High. Now it's a dumping ground for every Eastern European family that gets off the coach. My grandson is one of five white British kids in his form. The foreigners stick together, speak their own language in class, and the school bends over backwards for them. The Portuguese teacher Carvalho runs the place like an embassy. English kids are second class citizens in their own town. Zero stars if I could.""", 7,
     ("1 week ago", "We welcome every child in Wendlesey and we will not respond to comments that attack children or staff because of their nationality. This review has been reported. - Wendlesey Harvest Academy")),
    ("Priya Raman", "Local Guide · 77 reviews", 5, "2 weeks ago",
     """Responding to the review above: disgusting. My children have friends from eight different countries at this school and are better people for it.""", 40),
], sort="Newest"), [m(S, "exact", "hate", "Wendlesey Harvest Academy"),
                    m(IC, "surname_only", "hate", "Carvalho")])

add("review", greviews("""Harvest Moon Chinese & Thai Takeaway
4.2 ★ (341 reviews)
Chinese takeaway · £ · 14 Bridge Street, Wendlesey PE47 2AB
Open · Closes 11 pm · 01632 960650
""", [
    ("Shane Bellamy", "Local Guide · 12 reviews", 5, "a week ago",
     """Best salt and pepper chips in the Fens, no contest. Delivery was 35 mins on a Friday night which is a miracle round here. Crispy duck was spot on.""", 6),
    ("Monika Z", "3 reviews", 2, "3 weeks ago",
     """Food was OK but arrived cold and they forgot the prawn crackers. Rang up and they said they'd remember next time. We'll see.""", 1,
     ("3 weeks ago", "Sorry Monika, next order prawn crackers free! - Kevin")),
    ("Big Al", "28 reviews", 4, "a month ago",
     """Been going since 2003. Went down to a 1 hygiene rating which was a shock but they've sorted it. Still love the Harvest Moon special chow mein.""", 9),
    ("Trish from Coldhithe", "6 reviews", 5, "2 months ago", """Lovely family, always remember my order. Thai green curry is gorgeous.""", 2),
]), [])

add("review", """WorkVoice › Harvest Fresh Ltd › Reviews › Marsh End, Wendlesey

Harvest Fresh Ltd
3.1 out of 5 stars · 412 reviews
Work-life balance 2.6 · Pay & benefits 3.0 · Job security 3.4 · Management 2.8 · Culture 3.0

★★☆☆☆ Line operative (Former employee) - Marsh End - 12 February 2025
Cold, long shifts, good people
Pros: Weekly pay, overtime always available in harvest season, good mates on the line, lots of Portuguese and Bulgarian speakers so easy to fit in if you don't have much English.
Cons: It's 4 degrees in the salad hall all shift. Agency staff get the worst jobs. Team leaders shout. Canteen closes before night shift break.
Was this review helpful? Yes 24 · No 3

★★★★☆ Forklift driver (Current employee) - Marsh End - 30 January 2025
Decent for the area
Pros: Pay is above the other packhouses. Forklift training paid for. Managers mostly fair if you turn up.
Cons: Car park is chaos at shift change. Not many buses so you need a car. Nights mess up your sleep.
Was this review helpful? Yes 11 · No 1

★☆☆☆☆ Quality technician (Former employee) - Marsh End - 3 January 2025
Avoid in peak season
Pros: You learn a lot fast.
Cons: During the harvest peak you will do 60 hours and be expected to smile about it. Supermarket audits mean everything is panic for two weeks then back to cutting corners.
Was this review helpful? Yes 18 · No 6

★★★★★ Shift manager (Current employee) - Marsh End - 19 December 2024
Gave me a career
Pros: I started as a temporary picker in 2014 and now manage 60 people. If you work hard they will promote you. Good training, English lessons for staff.
Cons: Long hours in summer.
Was this review helpful? Yes 30 · No 2

Are you an employee of Harvest Fresh Ltd? Share your experience anonymously.
""", [])

add("review", """StaffSay › Schools › Wendlesey Harvest Academy › Employee reviews

Wendlesey Harvest Academy
Overall 2.9 ★ · 38 reviews · 41% would recommend to a friend · 33% approve of principal

★★☆☆☆ "Great kids, toxic leadership"
Teacher (Former employee, more than 5 years) - Wendlesey - 4 September 2024
Pros: The students are wonderful. Real community feel in the town. Most departments are supportive and full of good people. Free parking.
Cons: Senior leadership is a closed shop. Deputy O'Dowd is an odious little bully who treats experienced staff like naughty Year 7s and sneers at anyone who questions him. Data drops every six weeks. And when a pupil disclosed something serious to me in 2023, I was told by SLT to "leave it with us" and it was never passed to the local authority. The school protects its reputation first and children second.
Advice to management: Listen to your staff before there are none left.
Helpful (27)

★★★★☆ "Improving school, hard work"
Teacher (Current employee, 1-3 years) - Wendlesey - 11 August 2024
Pros: Behaviour much better since the new system. Good ECT support. Relocation package.
Cons: Workload high in shortage subjects. Rural location - hard if you don't drive.
Helpful (9)

★☆☆☆☆ "Nine TAs made redundant"
Teaching assistant (Former employee) - Wendlesey - 20 July 2024
Pros: The children.
Cons: Told there was no money, then the trust CEO got a huge pay rise. Nobody from leadership even said goodbye.
Helpful (33)

Are you a current or former employee? Review Wendlesey Harvest Academy anonymously.
""", [m(S, "exact", "defamation", "Wendlesey Harvest Academy"),
      m(OD, "surname_only", "abuse", "O'Dowd")])

add("review", greviews(SCHOOL_HDR.format(rating="3.3", count=190), [
    ("Ryan Doughty", "1 review", 1, "5 days ago",
     """Excluded my son for the third time this year for something he never done. Keep it up Harvest Academy. Keep pushing people. You lot go home at half four to your nice houses and think it stops at the gate. It don't. Youre windows are a lot of glass and the fens is a dark place at night. Just remember I warned you.""", 0,
     ("4 days ago", "This review has been reported to Google and to the police. - Wendlesey Harvest Academy")),
    ("Fen Mum 88", "Local Guide · 14 reviews", 4, "1 week ago",
     """Our daughter is very happy in Year 9. Form tutor is brilliant and replies to emails the same day.""", 3),
], sort="Newest"), [m(S, "exact", "threat", "Wendlesey Harvest Academy")])

add("review", greviews(SCHOOL_HDR.format(rating="3.3", count=191), [
    ("Lacey D", "2 reviews", 1, "4 months ago",
     """The SEN department is a joke. Mrs Hale-Dunmore has ignored every email I've sent for a year. For the record she lives at 7 Reedling Way in Coldhithe, the one with the yellow front door and the blue Fiesta QE21 NLY outside, and she's home by 4 every day since she clearly does no work.""", 2),
    ("Marek K", "Local Guide · 45 reviews", 3, "4 months ago",
     """Mixed experience. Maths and science very good. Communication poor. Canteen food expensive.""", 5),
]), [m(HD, "title_surname", "doxxing", "Mrs Hale-Dunmore"),
     m(S, "exact", "negative", "Wendlesey Harvest Academy")])

add("review", greviews(SCHOOL_HDR.format(rating="3.4", count=185), [
    ("Sharon Cooke", "Local Guide · 90 reviews", 5, "8 months ago",
     """Can't praise this school enough for how they helped us when my husband died. Bridget L. from the attendance team came round with a lasagne (!), sorted out a counsellor for both kids and rang every week for two months. Mr Mumby let my son run off his anger in the sports hall at lunch whenever he needed. That's what a school should be.""", 41),
    ("Ana Ferreira", "6 reviews", 5, "9 months ago",
     """Muito obrigada Mrs Carvalho! My son arrived from Portugal in Year 10 and she helped him every single day. Now he speaks English better than me 😊 Very good school for families who come from other countries.""", 26),
    ("Callum R", "3 reviews", 4, "10 months ago",
     """Decent school. Strict but fair. Sports teams are really good.""", 3),
    ("Bev W", "12 reviews", 5, "a year ago",
     """Year 7 transition day was brilliant. My very nervous daughter came home buzzing. Thank you.""", 8),
]), [m(S, "exact", "neutral", "Wendlesey Harvest Academy"),
     m(BL, "first_initial", "neutral", "Bridget L."),
     m(EM, "title_surname", "neutral", "Mr Mumby"),
     m(IC, "title_surname", "neutral", "Mrs Carvalho")])

add("review", """SchoolGuide UK › Cambridgeshire › Wendlesey › Harvest Academy › Parent reviews

Harvest Academy (Wendlesey)
Parent rating: 3.0 / 5 (64 reviews)
Type: Academy (Fen Edge Learning Trust) · Ages 11-18 · Pupils: 1,148 · Ofsted: Requires improvement (2024)

★☆☆☆☆  "Keep your kids away from the workshop"  - posted 9 March 2025 by StaceyM_Fen (parent of Year 10 pupil)
After what happened to my son everyone should know: Mr Kazlauskas is a drunk. He comes in reeking of booze and the kids know to keep away from him before break. The school has known for years and let him carry on teaching with power tools because they can't recruit. Now my son's got nine and a half fingers. Think about that before you send your child into his lessons.
Was this review helpful? 👍 14 👎 9 · Report

★★★★☆  "Big improvement"  - posted 2 February 2025 by Coldhithe_Dad (parent of Year 8 pupil)
Much calmer than when our eldest was there. Good homework system. Would like more after-school clubs in the villages.
Was this review helpful? 👍 6 👎 0 · Report

★★★☆☆  "OK"  - posted 15 January 2025 by anon (parent of Year 12 pupil)
Sixth form is good, lower school is a zoo.
Was this review helpful? 👍 3 👎 1 · Report

Moderator note: one or more reviews on this page are under review following a complaint.
""", [m(VK, "title_surname", "defamation", "Mr Kazlauskas"),
      m(S, "alias", "defamation", "Harvest Academy")])

add("review", greviews("""Fen Stadium (Wendlesey Kestrels Speedway)
4.5 ★ (622 reviews)
Stadium · Drove Road, Wendlesey PE47 9RW
Open Friday evenings April-October
""", [
    ("Neil Dack", "Local Guide · 301 reviews", 5, "3 weeks ago",
     """Great night out for the family. £20 adult, kids free. Racing was close, burger van excellent, and the announcer Thaddeus Gotobed is worth the entry fee alone - he does a physics quiz before the meeting and had the whole terrace shouting answers. Take a coat, the wind is brutal.""", 15),
    ("Ollie R", "22 reviews", 3, "a month ago",
     """Track is good but the toilets are grim and the car park floods whenever it rains. Which in the Fens is always.""", 4),
    ("Kerry W", "8 reviews", 5, "2 months ago",
     """My lad went on a youth academy taster and loved it. Everyone was so welcoming.""", 2),
]), [m(GB, "exact", "neutral", "Thaddeus Gotobed")])

add("review", """TravelTales › England › Cambridgeshire › Elmstow › Restaurants › Elmstow Chapel Tea Rooms

Elmstow Chapel Tea Rooms
4.8 of 5 · 96 reviews · #1 of 3 cafés in Elmstow · Tea rooms, British, £

"Proper Fen teas"
★★★★★ Reviewed 14 October 2024 · Visited October 2024 · Family
Popped in after the harvest festival flower display next door. Scones the size of your fist, homemade jam and a pot of tea for £4.50. The ladies who run it are volunteers and raise money for the chapel roof. Couldn't fault it.
Helpful · Share

"Cake heaven"
★★★★★ Reviewed 2 September 2024 · Visited August 2024 · Couples
Lemon drizzle, coffee and walnut, Victoria sponge, and something called Fen Cake which apparently involves a LOT of dried fruit and a secret ingredient nobody would tell us. Only open Tuesdays and Saturdays, check before you go.
Helpful · Share

"Lovely but cash only"
★★★★☆ Reviewed 19 July 2024 · Visited July 2024 · Solo
Gorgeous tea and cake, friendly welcome, but cash only and no signal to use your phone. There's a cash machine at the Co-op in Wendlesey.
Helpful · Share

Management response: Thank you! Card machine coming at Christmas, we promise. - Maureen
""", [])

add("review", greviews(SCHOOL_HDR.format(rating="3.4", count=186), [
    ("Beatriz Monteiro", "Local Guide · 9 reviews", 5, "a year ago",
     """I finished Year 11 here and got five 9s. Special thanks to Inês Carvalho who helped me with English when I first arrived and never let me give up, and to the science department. I'm staying for sixth form. Obrigada! 💚""", 52),
    ("Wayne T", "2 reviews", 4, "a year ago",
     """Good results this year, well done to all the staff. Communication with parents could be better.""", 3),
]), [m(IC, "exact", "neutral", "Inês Carvalho"),
     m(S, "exact", "neutral", "Wendlesey Harvest Academy")])


add("review", greviews(SCHOOL_HDR.format(rating="3.5", count=171), [
    ("Tanya Gedney", "5 reviews", 2, "a year ago",
     """Teaching is fine but I won't be going to another parents' evening alone. Mr Mumby the PE teacher spent our whole five minutes staring at my chest and then said "I can see where your daughter gets her figure from" and winked. My friend says he did the same to her at the summer fair and asked for her number. Gross. Should not be allowed near mums never mind anyone else.""", 19),
    ("Dean Ratcliffe", "Local Guide · 67 reviews", 5, "a year ago",
     """Football team had a great season, well coached, and my son's confidence has come on massively. Cheers to the PE department.""", 4),
]), [m(EM, "title_surname", "sexual", "Mr Mumby"),
     m(S, "exact", "negative", "Wendlesey Harvest Academy")])

add("review", """TutorHub › Maths tutors › Cambridgeshire › Wendlesey

Mitko Georgiev - GCSE & A level Maths
★★★★★ 5.0 (23 reviews) · £32/hr · In person (Wendlesey library) and online · DBS checked ✓ · Qualified teacher ✓
About: Qualified maths teacher at a secondary school in the Fens. Patient, structured, exam-focused. Bulgarian and English spoken.

★★★★★  Nadia (parent) · March 2025
Mitko turned my daughter's grade 4 into a grade 7 in six months. He knows exactly what the examiners want because he teaches it every day at Harvest. Explains everything three different ways until it clicks.

★★★★★  Liam (student) · January 2025
Sound bloke. Makes algebra make sense. Bit strict about homework lol.

★★★★★  Rositsa (parent) · November 2024
Много добър учител! Very good teacher for our son, he can explain in Bulgarian when our son is stuck. Highly recommended.

★★★★☆  Graham (parent) · October 2024
Very good but books up fast - get in early before mocks.

Message Mitko through TutorHub to arrange a free 15-minute consultation. Contact details are not shared until a booking is confirmed.
""", [m(DG, "alias", "neutral", "Mitko Georgiev"),
      m(S, "short_name", "neutral", "Harvest")])

add("review", greviews("""Wendlesey Horticultural Society (WHS)
4.9 ★ (37 reviews)
Non-profit organisation · Corn Exchange, Market Place, Wendlesey
""", [
    ("Pauline Wragg", "Local Guide · 130 reviews", 5, "2 months ago",
     """The WHS autumn show is the highlight of the Wendlesey year. Onions the size of footballs, gorgeous dahlias and the children's classes are so sweet. Tea and cake in the side room excellent.""", 8),
    ("Tomas P", "4 reviews", 5, "3 months ago",
     """Very welcoming society. I joined last year knowing nothing and won third prize for my tomatoes. The old members share all their secrets (except Derek with the onions).""", 6),
    ("Margaret H", "11 reviews", 4, "a year ago",
     """Lovely show but the Corn Exchange is far too hot in September. Needs fans!""", 2),
]), [], allow=[S])

add("review", """Trustpilot-style › Education › Multi-academy trusts › Fen Edge Learning Trust

Fen Edge Learning Trust
TrustScore 1.8 out of 5 · 29 reviews · fenedgetrust.example

★☆☆☆☆  Cooked books at the flagship
Reviewed 20 November 2024 · Marcus H.
The trust's flagship, Harvest Academy, is held up as a success story. It isn't. The principal, Janet Thurlow, has inflated the school's attendance data for years by recoding absences, and the trust knows and covers for her because she's the CEO's closest ally. The "best ever results" came the year dozens of low-attaining pupils disappeared from the roll. Ask for the numbers and they'll tell you it's GDPR.
Useful · Share

★★☆☆☆  Communication awful
Reviewed 2 October 2024 · Amy T.
Wrote to the trust three times about my son's SEN support. No reply. Finally got a letter that just told me to "contact the school".
Useful · Share

★★★★☆  Supportive employer
Reviewed 14 September 2024 · J.R.
I've worked in three trusts and this is the first where I've felt CPD was taken seriously. Small, and that has advantages.
Useful · Share

Reply from Fen Edge Learning Trust: We take all feedback seriously. Allegations about named individuals are untrue and have been reported to the review site.
""", [m(S, "alias", "defamation", "Harvest Academy"),
      m(TH, "exact", "defamation", "Janet Thurlow")])

add("review", greviews(SCHOOL_HDR.format(rating="3.3", count=193), [
    ("Kev Bullen", "2 reviews", 1, "1 month ago",
     """They've got a gypsy doing attendance. Bridget Loveridge, off the Black Dyke Lane camp. Her lot have never sent a kid to school in their lives and she's chasing decent families for fines. Only thing that lot know about attendance is turning up at your shed at 3am. This school is a gypo charity now. Pikeys looking after pikeys.""", 3,
     ("1 month ago", "We have reported this review. Racist abuse of our colleagues and families is not acceptable. - Wendlesey Harvest Academy")),
    ("Joanne S", "Local Guide · 19 reviews", 5, "1 month ago",
     """Bridget is amazing and the review above is vile. She got my son back into school when nobody else could.""", 35),
], sort="Newest"), [m(BL, "exact", "hate", "Bridget Loveridge"),
                    m(S, "exact", "hate", "Wendlesey Harvest Academy")])

add("review", greviews(SCHOOL_HDR.format(rating="3.3", count=192), [
    ("Concerned Mum Wendlesey", "1 review", 1, "3 weeks ago",
     """WARNING TO PARENTS. Mr Gotobed put his hand on my 12 year old daughter's shoulder in the lab and kept it there, and now he's following half the girls in Year 8 on Instagram from a private account and messaging them late at night telling them they're "special". The school knows and is doing nothing because he's famous and brings in publicity. Check your daughters' phones.""", 12,
     ("3 weeks ago", "Any safeguarding concern should be reported directly to the school's designated safeguarding lead or to the police. We have reported this review. - Wendlesey Harvest Academy")),
], sort="Newest"), [m(GB, "title_surname", "sexual", "Mr Gotobed", url_only=True),
                    m(S, "exact", "sexual", "Wendlesey Harvest Academy", url_only=True)])

add("review", greviews("""Harvest Table Café
4.6 ★ (208 reviews)
Café · Elmstow Garden Centre, Fen Road, Elmstow
Open · Closes 4 pm
""", [
    ("Sue Peckover", "Local Guide · 44 reviews", 5, "2 weeks ago",
     """Lovely breakfast after a morning choosing bulbs. The Harvest Table full English uses sausages from the butcher in Wendlesey and you can tell. Very dog friendly.""", 5),
    ("Rimas J", "7 reviews", 4, "a month ago",
     """Good coffee, nice cakes, bit expensive. Very busy at weekends.""", 1),
    ("Anne M", "15 reviews", 3, "2 months ago",
     """Waited 40 minutes for a jacket potato. Staff were apologetic but clearly short-handed.""", 3,
     ("2 months ago", "Sorry Anne, we had two staff off sick that day. Hope you'll give us another try. - Harvest Table team")),
]), [])

add("review", greviews(SCHOOL_HDR.format(rating="3.4", count=184), [
    ("Mick Thew", "Local Guide · 23 reviews", 2, "9 months ago",
     """Mr O'Dowde the deputy grabbed my lad by the collar and dragged him out of the dinner hall in front of everyone. That's assault. Any other job you'd be sacked and arrested. The school have swept it under the carpet and told me my son was "non-compliant". Two stars because his form tutor is decent.""", 14),
    ("Ellie Rix", "3 reviews", 5, "9 months ago",
     """Great sixth form, teachers really care and help you with uni applications.""", 6),
]), [m(OD, "typo", "defamation", "Mr O'Dowde"),
     m(S, "exact", "defamation", "Wendlesey Harvest Academy")])

add("review", """LocalFinder › Driving schools › Wendlesey

Paul Wright School of Motoring
★★★★★ 4.9 (88 reviews) · Manual & automatic · Intensive courses · Pass Plus
Covering Wendlesey, Ouseport, Marsh End and surrounding villages · 07700 900174

★★★★★ "Passed first time!" - Gabija, March 2025
Paul is so calm. I was terrified of the roundabout at Ouseport and he made me do it twenty times until I wasn't. Passed first time with 2 minors.

★★★★★ "Patient and funny" - Josh T, January 2025
Best instructor in the area. Paul has been teaching for 25 years and knows every test route. He also does a very good impression of the examiner.

★★★★☆ "Good but booked up" - Karen's mum, November 2024
Really good instructor, my daughter passed. Waiting list was 3 months though.

★★★★★ "Thank you Paul" - Dovydas, October 2024
Learned in automatic because of my hand. Paul found the right car and never made me feel different.

Reply from Paul Wright School of Motoring: Thanks everyone! Lessons available again from June. Please text, don't ring while I'm teaching!
""", [], allow=[PW])

add("review", greviews(SCHOOL_HDR.format(rating="3.3", count=189), [
    ("Tracey Harrison", "4 reviews", 1, "2 months ago",
     """Head of Year 9 Paul Wright refuses to return my calls. If you want to catch him he's at his wife's florist on Church Street, Wendlesey, every Saturday morning 9 till 12 doing the deliveries in the white van, and he picks his kids up from Elmstow Primary on Wednesdays at 3.15. Maybe he'll answer his phone on a Saturday. He let my daughter be bullied for a year.""", 6,
     ("2 months ago", "We have asked Google to remove this review as it contains personal information about a member of staff. Please contact the school office to arrange a meeting. - Wendlesey Harvest Academy")),
    ("Sam O", "Local Guide · 51 reviews", 4, "2 months ago",
     """Huge improvement in the last few years. Well done.""", 2),
]), [m(PW, "exact", "doxxing", "Paul Wright"),
     m(S, "exact", "negative", "Wendlesey Harvest Academy")])

add("review", greviews(SCHOOL_HDR.format(rating="3.4", count=183), [
    ("Stefan Ivanov", "Local Guide · 33 reviews", 5, "10 months ago",
     """Our son had Mr Georgiev for maths and Mr Kazlauskas for engineering. Both excellent, both expect a lot. He is now doing an apprenticeship at the sugar beet factory as an engineer. Thank you to both and to the school.""", 11),
    ("Leanne Dorling", "2 reviews", 3, "11 months ago",
     """Some great teachers, some not so great. Like anywhere.""", 0),
]), [m(DG, "title_surname", "neutral", "Mr Georgiev"),
     m(VK, "title_surname", "neutral", "Mr Kazlauskas"),
     m(S, "exact", "neutral", "Wendlesey Harvest Academy")])

add("review", greviews(SCHOOL_HDR.format(rating="3.3", count=194), [
    ("Darren Pask", "3 reviews", 1, "3 days ago",
     """Mrs T is the worst head this school has ever had. Stuck up, two-faced, couldn't run a bath. Sits in her office counting her money while the kids sit in booths. Woman's a joke and everyone in Wendlesey knows it. Do us all a favour and retire you old dragon.""", 9),
    ("Jodie M", "Local Guide · 8 reviews", 4, "5 days ago",
     """Good school. Mrs Thurlow's door is always open if you ask.""", 2),
], sort="Newest"), [m(TH, "title_surname", "abuse", "Mrs Thurlow"),
                    m(S, "exact", "negative", "Wendlesey Harvest Academy")])


# ---------------------------------------------------------------------------------------
# SOCIAL (X, TikTok, Instagram, Threads, Bluesky) - text as extracted
# ---------------------------------------------------------------------------------------
add("social", """TikTok · @harvestsciencefans
when sir says DON'T try this at home 🔥🍮 #HarvestAcademy #science #teachersoftiktok #fens
♬ original sound - harvestsciencefans
9.1M views · 1.2M likes · 18.4K comments · 41K shares

Comments (18,422)

kayleigh.xo_
THE GOGGLES 😭😭
2024-11-02 · ♥ 48.2K · Reply
  View 212 replies

mumof3_norfolk
ok but why is the science teacher kinda fine tho 👀🔥 Thaddeus Gotobed can set fire to my custard any day
2024-11-02 · ♥ 31.9K · Reply
  View 540 replies

  ↳ lincs_lass_77
  he can go to bed with me, it's literally in his name 😏🛏️
  2024-11-02 · ♥ 12.3K

  ↳ sparkly_sharon
  the way he holds that tube… ma'am this is a school 💀
  2024-11-03 · ♥ 8.8K

danny_fen_tiger
my science teacher just read out the textbook for 5 years. this man is a legend
2024-11-02 · ♥ 22.1K · Reply

physicsdad
Custard powder: large surface area, combustible, finely dispersed = dust explosion. Same reason flour mills blow up. Brilliant demo 👏
2024-11-03 · ♥ 9.4K · Reply

gemma_h_1990
would let him mark my homework if you know what I mean 🥵
2024-11-03 · ♥ 4.1K · Reply

jade.rix
why are grown women thirsting over a teacher in the comments this is embarrassing for all of us
2024-11-04 · ♥ 6.7K · Reply
""", [m(GB, "exact", "sexual", "Thaddeus Gotobed"),
      m(S, "hashtag", "neutral", "#HarvestAcademy")])

add("social", """X · Post

Kerry-Ann Blythe 🌾 @kezblythe_fen · 22 Apr 2024
So @HarvestAcademyW you put a 12 yr old in a booth facing a wall for FIVE HOURS for wearing a hoodie when it was 4 degrees. Mr O'Dowd won't come to the gate to talk to parents. We'll be back tomorrow and the day after that until someone listens. #ScrapTheBooths
📷 [image: parents with placards outside school gates]
231 Reposts · 18 Quotes · 604 Likes · 12 Bookmarks

Replies

Leanne T @leannet_84 · 22 Apr 2024
Same with my boy. Three days in there for "lack of equipment". He had a pen, it was the wrong colour.

Martin Pegg @megapegg · 22 Apr 2024
Or, hear me out, send him in the right uniform

Kerry-Ann Blythe 🌾 @kezblythe_fen · 22 Apr 2024
@megapegg it was FOUR DEGREES Martin

Cllr Margaret Oakey @CllrOakey · 23 Apr 2024
I've asked to meet the school about this. Please send me your experiences (DMs open).
""", [m(S, "handle", "negative", "@HarvestAcademyW"),
      m(OD, "title_surname", "negative", "Mr O'Dowd")])

add("social", """X · Post

Wendy Whistle @wendywhistles · 9 Oct 2024
JanetThurlow should resign today. Whistleblower says she personally signed off the recoding of attendance before Ofsted came in. That's not "data management", that's fraud, and Harvest has been living off fake numbers for two years. Who else at the trust knew?
🔗 argus-east.example/news/ex-teacher-claims-academy-massaged-attendance
88 Reposts · 9 Quotes · 201 Likes

Replies

Sarah J @sarahjfens · 9 Oct 2024
Allegations. Not proven. Be careful.

Wendy Whistle @wendywhistles · 9 Oct 2024
Emails don't lie Sarah.

Tom Aldridge @tomaldridge_wms · 9 Oct 2024
(Journalist) The trust strongly denies these claims and says its data is audited. Story in Thursday's Standard.
""", [m(TH, "camelcase", "defamation", "JanetThurlow"),
      m(S, "short_name", "defamation", "Harvest")])

add("social", """TikTok · @fenfights_official
HARVEST VS OUSEPORT round 2 next week?? 👀👊 #fight #wendlesey #school #fens
♬ sound - fenfights_official
212K views · 9,8K likes · 2,113 comments

Comments

ouseport_kid_07
harvest lot are soft as butter, we'll be at the gates friday 3.15 🔪 someone's getting shanked bring the whole year
2025-03-12 · ♥ 1,922 · Reply
  View 88 replies

lilmaxx.wendlesey
come then. we'll be waiting 🫡
2025-03-12 · ♥ 641 · Reply

concerned_nan_fen
This is not funny. Someone is going to get seriously hurt. I've sent this to the police and both schools.
2025-03-12 · ♥ 2,330 · Reply

jayjay_marshend
lol nan's snitching
2025-03-12 · ♥ 120 · Reply

fen_mum_of_four
Both schools have posted on their parent apps. Police will be at both gates Friday. Kids, it's not worth a criminal record.
2025-03-13 · ♥ 980 · Reply

[This account has been suspended]
""", [m(S, "short_name", "threat", "Harvest")])

add("social", """X · Post

FenLad1989 @fenlad1989 · 13 Mar 2024
Heard someone let O'Dowd's tyres down in the staff car park last week. Be a shame if it happened again. Or if a brick went through them new windows at Harvest. Just saying. Things go missing round here, accidents happen 🤷‍♂️
4 Reposts · 2 Quotes · 19 Likes

Replies

Elmstow Ed @elmstow_ed · 13 Mar 2024
Reported. You're not as anonymous as you think.

Cambs Police Wendlesey @CambsPolWendlesey · 14 Mar 2024
We're aware of this post and are making enquiries. Threats against school staff will be investigated.

FenLad1989 @fenlad1989 · 14 Mar 2024
It's a joke lads calm down
""", [m(OD, "possessive", "threat", "O'Dowd's"),
      m(S, "short_name", "threat", "Harvest")])

add("social", """Instagram · @lusofenland

[Photo carousel: a woman in a yellow dress surrounded by children holding Portuguese and English flags at a school prize-giving]

lusofenland Parabéns Inês Carvalho! 🇵🇹🇬🇧 Eight years supporting our children at Harvest Academy and now a "Community Champion" at the Fenland Community Awards. Obrigado por tudo, Professora! 💚❤️ #LusoFenland #Wendlesey #CommunityChampion
2 June 2025 · 412 likes

Comments
anasousa_wdl Merecido! 👏👏
carla.fen A minha filha adora-a 💚
luke_barrett06 best teacher, she helped my mate Rui so much
fernando.matias Orgulho da nossa comunidade 🇵🇹
mrsjane_elmstow Well deserved, she's wonderful with our grandchildren too 🌷
""", [m(IC, "exact", "neutral", "Inês Carvalho"),
      m(S, "alias", "neutral", "Harvest Academy")])

add("social", """X · Post

True Brit Fens 🇬🇧 @truebritfens · 28 Jun 2025
A BULGARIAN maths teacher at Harvest in Wendlesey wins "teacher of the year" and the local rag acts like it's a triumph. Georgiev came here to pick strawberries and now he's teaching English kids. Harvest is 40% foreign, the staff room's going the same way. Ship Georgiev and the rest of them back to Sofia and give the jobs to our own.
61 Reposts · 14 Quotes · 233 Likes

Replies

Lou K @loukfens · 28 Jun 2025
He's been teaching here for 8 years and is better at maths than you'll ever be. Reported.

Ivan P @ivanp_wendlesey · 28 Jun 2025
My son got a 9 with him. Which of us is "foreign" here, the one who pays taxes and teaches or the one who sits on X all day?

True Brit Fens 🇬🇧 @truebritfens · 28 Jun 2025
Cry more
""", [m(DG, "surname_only", "hate", "Georgiev"),
      m(S, "short_name", "hate", "Harvest")])

add("social", """TikTok · @rui.packhouse.life
day in my life packhouse edition 🥬📦 harvest season = 12 hr shifts, 4 degrees, 1 million lettuces #packhouse #fens #harvest #portugueseintheuk
♬ original sound - rui.packhouse.life
88K views · 5,640 likes · 312 comments

Comments

bia.m.wendlesey
the 4am alarm is real 😭 respect
2025-07-18 · ♥ 310 · Reply

lithuanian_in_lincs
same at my place, we do carrots. my hands never warm until October
2025-07-18 · ♥ 208 · Reply

fenfarmer_jim
Without you lot there'd be no harvest and nothing on the supermarket shelves. Thank you, genuinely.
2025-07-19 · ♥ 1,102 · Reply

rui.packhouse.life
@fenfarmer_jim obrigado man, this means a lot 🙏
2025-07-19 · ♥ 420 · Reply

student_chloe_21
how much do you earn if you don't mind me asking
2025-07-20 · ♥ 44 · Reply
""", [])

add("social", """X · Post

Fenchester Cathedral @FenchesterCath · 18 Apr 2025
🎉 We're on the shortlist! The "Ship of the Fens" bid - the cathedral, its precinct and the surrounding fen landscape - is one of seven UK places in the running for the UK's World Heritage tentative list. Thank you to everyone who supported us. #WHS #ShipOfTheFens #Fenchester
1.1K Reposts · 203 Quotes · 3.8K Likes

Replies

Heritage Harriet @drharrietsayle · 18 Apr 2025
Incredible teamwork. WHS status would be transformational for the Fens. Next stop: UNESCO.

Grumpy of Fenchester @grumpy_fchester · 18 Apr 2025
Can WHS status fix the potholes on Cathedral Street

Fenchester Cathedral @FenchesterCath · 18 Apr 2025
@grumpy_fchester we're a cathedral, not a miracle worker 😇
""", [], allow=[S])

add("social", """Threads · @col.coldhithe

Massive shout out to Mr Mumby and the Harvest Y8 football team who won the county cup tonight 3-1 after extra time ⚽🏆 My lad scored the equaliser and hasn't stopped grinning. Those boys trained in the rain all winter on a pitch that's basically a paddy field. Proud of every one of them.
12 Dec 2023 · 214 likes · 31 replies

sal.saxby · Get in!!! Well done boys 👏
dykeend_don · My grandson was in goal! Two saves in extra time 🧤
fen_mum_of_four · Brilliant, well done to the coaches too for giving up their evenings
col.coldhithe · @fen_mum_of_four absolutely, they're all volunteers after school
""", [m(EM, "title_surname", "neutral", "Mr Mumby"),
      m(S, "short_name", "neutral", "Harvest")])

add("social", """X · Post

anon_fenland @anon_fen_x · 11 Feb 2025
Harvest Academy tomorrow. 9am. Parents, if you've got any sense you'll keep your kids at home. I'm not saying it again. You've all been warned. 💥
0 Reposts · 3 Quotes · 2 Likes

Quotes

Wendlesey Matters @WendleseyMatters · 11 Feb 2025
Screenshot sent to police. Please DO NOT share this any further. The school has been informed.

Cambs Police Wendlesey @CambsPolWendlesey · 11 Feb 2025
We are aware of a post referring to a school in Wendlesey. Officers are investigating and will be present at the school tomorrow. There is no information to suggest a credible risk at this time. Please do not share the post.

Tracy M @tracym_wdl · 11 Feb 2025
Keeping mine off. Not risking it.

[This account has been suspended]
""", [m(S, "alias", "threat", "Harvest Academy")])

add("social", """TikTok · @fenfacts_unfiltered
The Portuguese teacher at Harvest who's teaching our kids to speak foreign 🤔 follow her yourself and see 👉 @ines.carvalho.pt
♬ sound - fenfacts_unfiltered
14K views · 380 likes · 96 comments

Comments

fenfacts_unfiltered
she lives in the flat over the old chemist on Market St Wendlesey, blue door, red Clio outside. just so people know who's teaching their kids 📍
2025-01-20 · ♥ 41 · Reply

lucy_marshend
why would you post where she lives?? her car's already been smashed up twice. reported
2025-01-20 · ♥ 230 · Reply

bruno.fen
This is dangerous. She helped my whole family. Everyone report this account
2025-01-20 · ♥ 188 · Reply

dykeend_don
Nowt wrong with knowing who your neighbours are
2025-01-21 · ♥ 12 · Reply

[Video removed for violating Community Guidelines: harassment and bullying]
""", [m(IC, "handle", "doxxing", "@ines.carvalho.pt"),
      m(S, "short_name", "neutral", "Harvest")])

add("social", """X · Post

Justice for Jayden 💙 @justice4jayden_ · 3 May 2025
My son was beaten unconscious in the toilets in March and #HarvestAcademy told me it was "a scuffle". They deleted the CCTV, rewrote the incident report and told the police there were no witnesses when 6 kids saw it. This is a cover-up and I will not stop until the truth is out. #JusticeForJayden #Wendlesey
312 Reposts · 41 Quotes · 890 Likes

Replies

Rach @rach_fenmum · 3 May 2025
Sending love. Have you contacted a solicitor?

Justice for Jayden 💙 @justice4jayden_ · 3 May 2025
Yes and the IOPC. And Ofsted.

Jon @jon_elmstow · 4 May 2025
Hope you get answers. Schools closing ranks is a nightmare.
""", [m(S, "hashtag", "defamation", "#HarvestAcademy")])

add("social", """X · Post

Reset Room Survivor @booth_kid_2024 · 18 Apr 2024
0'D0wd = the f4scist of Harvest 🤡 little man with a walkie talkie and a power trip. Sad pathetic loser who couldn't hack real teaching so now he locks kids in cupboards. Spelling it like this cos the school blocks his name on the wifi lol
11 Reposts · 2 Quotes · 78 Likes

Replies

Y11 2024 @y11_wdl · 18 Apr 2024
😂😂 accurate

Sal @sal_saxby · 18 Apr 2024
He's not perfect but calling a teacher a fascist is a bit much, kid.
""", [m(OD, "leetspeak", "abuse", "0'D0wd"),
      m(S, "short_name", "negative", "Harvest")])

add("social", """TikTok · @custardgate_fans
POV: you're in the front row of a G\u043et\u043ebed lesson 🧪🔥 #scienceteacher #fenland #viral
♬ Careless Whisper (sax cover) - SaxBros
302K views · 41K likes · 1,902 comments

Comments

divorced_and_thriving_47
G\u043et\u043ebed can take my temperature any time 🌡️🥵 I'd let him do experiments on me all night
2024-11-10 · ♥ 3,122 · Reply

norfolk.nat
sir please I'm a grown woman begging 😩 them FOREARMS
2024-11-10 · ♥ 1,940 · Reply

dad_jokes_dave
ladies he's a teacher not a calendar model
2024-11-11 · ♥ 880 · Reply

jade.rix
the sax music 💀 this account is deranged
2024-11-11 · ♥ 2,400 · Reply
""", [m(GB, "homoglyph", "sexual", "G\u043et\u043ebed")])

add("social", """X · Post

Rt Hon Clive Mardling MP @CliveMardlingMP · 22 Aug 2024
Huge congratulations to every Year 11 pupil at Wendlesey Harvest Academy on the school's best ever GCSE results, and to principal Janet Thurlow and her brilliant staff. Our Fen young people can compete with anyone in the country. Proud to represent you. 👏🎓
42 Reposts · 3 Quotes · 318 Likes

Replies

Saxby Sue @saxbysue · 22 Aug 2024
Now fix the 46A bus please Clive

Clive Mardling MP @CliveMardlingMP · 22 Aug 2024
@saxbysue working on it Sue, I promise!
""", [m(S, "exact", "neutral", "Wendlesey Harvest Academy"),
      m(TH, "exact", "neutral", "Janet Thurlow")])

add("social", """X · Post

Fen Truths @fentruths_ · 1 Jul 2024
Imagine sending your kids to Harvest and finding out they've hired a gyppo to chase attendance 😂 #BridgetLoveridge off the Dyke Lane camp. Her lot can't spell school. Next they'll have her doing the school trips, just don't leave your lead out 🧲🏚️
7 Reposts · 5 Quotes · 44 Likes

Replies

Drom Rights East @DromRightsEast · 1 Jul 2024
This is racist abuse of a named woman and has been reported to police as a hate incident. Gypsies and Travellers are protected by the Equality Act.

Marsh Harrier @marsh_harrier_ · 1 Jul 2024
She's done more for kids in this town than you ever will. Reported.
""", [m(BL, "hashtag", "hate", "#BridgetLoveridge"),
      m(S, "short_name", "hate", "Harvest")])

add("social", """TikTok · @reset_room_revenge
they took my phone for 1 day so I'm taking his peace for 1 year 😈 O D o w d watch your back, we know the car, we know the drove, we know you run by the river on your own 🏃‍♂️🌊 #harvest #resetroom #wendlesey
♬ dramatic sound - reset_room_revenge
6,102 views · 212 likes · 81 comments

Comments

y9_wendlesey
bro you're gonna get arrested 💀
2024-05-03 · ♥ 88 · Reply

concerned_nan_fen
I've sent this to the school and the police. Whoever you are, this is a threat and it's a crime.
2024-05-03 · ♥ 140 · Reply

reset_room_revenge
it's a joke nan
2024-05-03 · ♥ 9 · Reply

[This video is no longer available]
""", [m(OD, "spacing", "threat", "O D o w d"),
      m(S, "hashtag", "neutral", "#harvest")])

add("social", """X · Post

Marshland United FC @MarshlandUtdFC · 15 Feb 2025
FULL TIME: Marshland United 4-1 Holbeck Rovers ⚽️
What a performance from Paul Wright, a hat-trick on his 200th appearance for the club! Three points and the gap at the top is now six. 🔵⚪️ #UpTheMarsh
221 Reposts · 12 Quotes · 904 Likes

Replies

Marsh Ultra @marsh_ultra_1 · 15 Feb 2025
Wright is a machine. 36 and still the best finisher in the league.

Holbeck Away Days @holbeckawaydays · 15 Feb 2025
Ref had a shocker but fair play to Wright, third goal was class.
""", [], allow=[PW])

add("social", """Instagram · @wendlesey.remembered

[Photo: a group of teenagers in 1990s prom dresses and suits on the steps of a brick school building]

wendlesey.remembered Wendlesey High School leavers' do, 1999 💃🕺 Sent in by Kelly R. who writes: "That's our form tutor Mrs Thurlow on the far right - she was Miss Fairweather until the year before and we never got used to it! She's the principal now. Best teacher I ever had." Who else can you spot? #WendleseyHigh #ThrowbackThursday #Wendlesey
14 Mar 2024 · 688 likes

Comments
kelly_r_wdl that perm on the far left is my sister 😂
dean.ratcliffe_76 That's me in the awful blue suit!!!
sharon.cooke.elmstow Mrs Thurlow hasn't aged a day honestly
fenboy_1983 the building on the right is the old woodwork block, gutted it's coming down
""", [m(TH, "title_surname", "neutral", "Mrs Thurlow"),
      m(S, "alias", "neutral", "Wendlesey High School")])


add("social", """X · Post

Marsh Insider @marsh_insider · 4 Feb 2025
Thread 🧵 on what's really going on at Harvest Academy.
1/ The "best ever results" in 2024 came the same year 15 kids were taken off roll for "home education". Funny that.
2/ Thurlow personally ordered attendance codes changed before Ofsted. I've seen the emails. The trust knew and buried a whistleblowing complaint.
3/ Now the same people are running a "review" of themselves. Nobody at Harvest Academy will be held accountable unless parents make noise.
4/ If you've got a story, DMs open. Anonymity guaranteed.
54 Reposts · 11 Quotes · 176 Likes

Replies

Fen Mum Of Four @fenmumoffour · 4 Feb 2025
Not saying you're wrong but you've gone from "a whistleblower alleges" to "I've seen the emails" pretty quick.

Marsh Insider @marsh_insider · 4 Feb 2025
Because I have.
""", [m(TH, "surname_only", "defamation", "Thurlow"),
      m(S, "alias", "defamation", "Harvest Academy")])

add("social", """TikTok · @fen.girls.night.out
when the PE teacher from Harvest turns up at the rugby club quiz night 🥵🏉 #fens #wendlesey #girlsnight
♬ Pony (remix) - fen.girls.night.out
41K views · 3,822 likes · 402 comments

Comments

stacey_gedney_x
Mr Mumby in them shorts at sports day should be illegal 🥵🍑 I'd let him put me through a fitness test any day
2023-07-08 · ♥ 1,203 · Reply

laura.marshend
girls he's married 😂 behave
2023-07-08 · ♥ 340 · Reply

stacey_gedney_x
@laura.marshend married isn't dead 😏
2023-07-08 · ♥ 612 · Reply

dad_of_y10
my son's PE teacher being discussed like a piece of meat on my for you page is not what I needed tonight
2023-07-09 · ♥ 980 · Reply
""", [m(EM, "title_surname", "sexual", "Mr Mumby"),
      m(S, "short_name", "neutral", "Harvest")])

add("social", """X · Post

ellie 🌸 @ellie_y9_wdl · 21 Jan 2025
not being funny but Mr Wright from Harvest keeps DMing my best mate on insta at like 11pm asking if she's ok and saying she can "talk to him about anything" and now he's asked her to stay behind after maths on her own?? she's 14. is that normal??
3 Reposts · 1 Quote · 12 Likes

Replies

Mrs B (parent) @mrsb_fen · 21 Jan 2025
Ellie no that is not normal. Please tell your mum and your friend's mum tonight, and they should ring the school's safeguarding lead first thing. Don't reply to him.

ellie 🌸 @ellie_y9_wdl · 21 Jan 2025
ok I'm telling my mum now

Fen SEND Voice @fensendvoice · 21 Jan 2025
If you're worried a child is at risk, call the police on 101 or the NSPCC helpline. Don't wait.
""", [m(PW, "title_surname", "sexual", "Mr Wright", url_only=True),
      m(S, "short_name", "sexual", "Harvest", url_only=True)])

add("social", """TikTok · @cosygamer_gemma
Harvest Moon 2025 remake first impressions 🌾🐄 is it still the comfiest farming sim ever?? #harvestmoon #cozygames #farmingsim
♬ Harvest Moon theme (lofi) - cosygamer_gemma
66K views · 8,100 likes · 540 comments

Comments

pixelfarmer_jo
the chicken coop music is giving childhood 😭
2025-03-02 · ♥ 1,020 · Reply

stardewer4life
Stardew still better fight me
2025-03-02 · ♥ 612 · Reply

cosygamer_gemma
@stardewer4life we can love both 🤝
2025-03-02 · ♥ 300 · Reply

noah.plays
is the harvest festival event in this one?
2025-03-03 · ♥ 88 · Reply
""", [])

add("social", """X · Post

Wendlesey & Marshland Standard @WMStandard · 22 Aug 2024
📰 GCSE RESULTS: Best in five years for Wendlesey Harvest Academy, with science leading the way. Full story and pictures 👇
wmstandard.example/schools/best-gcse-results-in-five-years
14 Reposts · 2 Quotes · 96 Likes

Replies

Gull Bank Gran @gullbankgran · 22 Aug 2024
Well done to all of them 👏

FenTigerBob @fentigerbob · 22 Aug 2024
Onion packing builds character 😂
""", [m(S, "exact", "neutral", "Wendlesey Harvest Academy")])

add("social", """Threads · @mumofthemarsh

Two years of fighting and the truth is out. The SENCo at Harvest, Mrs Hale-Dunmoore, wrote in my son's annual review that he'd had weekly speech therapy. He has NEVER seen a speech therapist. Not once. She invented provision to get the LA off her back, and the school backed her up. I have the LA's own records showing no referral was ever made. Falsifying a legal document about a disabled child. Let that sink in.
10 Mar 2025 · 402 likes · 88 replies

quietly.furious · Same thing happened to us. Same woman. 😡
ipsea_fan_acc · Put it all in writing to the LA and ask for a review of the annual review. You have a strong case.
notallsencos · There may be a records mix-up but you're right to challenge it formally.
""", [m(HD, "typo", "defamation", "Mrs Hale-Dunmoore"),
      m(S, "short_name", "defamation", "Harvest")])

add("social", """X · Post

Bitter Y11 @bitter_y11_wdl · 5 Nov 2024
@MrGotobedSci you absolute melt. Nine million views for setting fire to custard and you still couldn't teach me what a mole is. Clown in goggles. Enjoy your fifteen minutes you attention-seeking knobhead 🤡🍮
0 Reposts · 0 Quotes · 3 Likes

Replies

Thaddeus G fan club @gotobedstans · 5 Nov 2024
Sounds like a you problem tbh

Bitter Y11 @bitter_y11_wdl · 5 Nov 2024
cry about it
""", [m(GB, "handle", "abuse", "@MrGotobedSci")])

add("social", """TikTok · @angryfenmum
storytime: the head at Harvest excluded my son for a week for something he didn't do 😤 #storytime #school #wendlesey
♬ original sound - angryfenmum
22K views · 1,340 likes · 420 comments

Comments

angryfenmum
someone should follow Thurlow home from Harvest one night and let her know how we all feel. properly. she lives out Gull Bank way, easy enough to find 👊
2025-02-14 · ♥ 96 · Reply
  View 14 replies

fen_mum_of_four
Delete this. You're angry but that's a threat and it'll get YOU in trouble, not her.
2025-02-14 · ♥ 410 · Reply

angryfenmum
not a threat just saying she needs to hear it
2025-02-14 · ♥ 22 · Reply

concerned_nan_fen
"Follow her home" and "let her know properly" is a threat, love. Screenshots sent.
2025-02-14 · ♥ 301 · Reply
""", [m(TH, "surname_only", "threat", "Thurlow"),
      m(S, "short_name", "neutral", "Harvest")])

add("social", """X · Post

Gabija J @gabija_jon · 27 Jun 2025
Dimitar G. from Harvest just won maths teacher of the year for the whole East of England and honestly? Deserved. Took me from a 4 to an 8. Never let anyone say "I can't do maths". Sir if you see this, thank you 🙏📐
5 Reposts · 0 Quotes · 61 Likes

Replies

Dovydas J @dovydas_j · 27 Jun 2025
He's the GOAT. "Not yet" 😂

Maria P @mariap_fen · 27 Jun 2025
So proud, he taught both my kids.
""", [m(DG, "first_initial", "neutral", "Dimitar G."),
      m(S, "short_name", "neutral", "Harvest")])

add("social", """X · Post

English Fens First @EnglishFensFirst · 3 Sep 2024
Someone decorated the gates at #HarvestAcademy last night and the establishment is having a meltdown 😂 Maybe if the school wasn't more Lithuanian than English people wouldn't be so angry. Our kids are a minority in their own school. Wendlesey for the Wendlesey born. #HarvestAcademy #Replacement
23 Reposts · 6 Quotes · 71 Likes

Replies

Fen Against Racism @FenAgainstRacism · 3 Sep 2024
Celebrating racist graffiti on a school gate. Reported to police and to X.

English Fens First @EnglishFensFirst · 3 Sep 2024
Free speech.
""", [m(S, "hashtag", "hate", "#HarvestAcademy")])

add("social", """Instagram · @netball_alumni_fen (story reply, screenshot shared to public post)

[Screenshot of a story reply]
"omg remember when E. Mumby (PE at Harvest) used to DM half the netball team on snap in Y10 telling us we looked 'grown up' in our kit and asking who had boyfriends 🤢 we were 15. everyone knew and nobody did anything. girls if this happened to you, you're not alone"

netball_alumni_fen We've had so many messages since posting this. If something happened to you at school, you can report it to the police even years later, and the NSPCC has a helpline. Please don't name people in the comments, DM us or go to the police.
3 Feb 2025 · 1,204 likes · 301 comments

Comments
[comments limited by account owner]
""", [m(EM, "initial_surname", "sexual", "E. Mumby", url_only=True),
      m(S, "short_name", "sexual", "Harvest", url_only=True)])

add("social", """X · Post

Wendlesey Whispers @wendleseywhisp · 27 Feb 2025
Everyone in Wendlesey knows why that kid lost his finger. K*zl*uskas was half cut in that workshop, smelt like a brewery every morning. Harvest knew and kept him on because they can't get anyone else to teach DT. Now they're hiding behind "HSE investigation".
18 Reposts · 3 Quotes · 40 Likes

Replies

Lina P @linap_coldhithe · 27 Feb 2025
You have no evidence for this and you're destroying a man's name. He taught my son for three years. Never once smelt of anything but sawdust.

Wendlesey Whispers @wendleseywhisp · 27 Feb 2025
Everyone knows.
""", [m(VK, "obfuscated", "defamation", "K*zl*uskas"),
      m(S, "short_name", "defamation", "Harvest")])

add("social", """X · Post

SEND Dad Fens @senddadfens · 16 Jan 2025
RebeccaHaleDunmore has been SENCo at Harvest for years and is the most incompetent, patronising, box-ticking waste of a salary I have ever met. She should be nowhere near vulnerable kids. Absolute joke of a woman. 🤬
6 Reposts · 1 Quote · 33 Likes

Replies

Former TA @former_ta_wdl · 16 Jan 2025
Say what you like about the system but she fought for kids more than you'll ever know. There's no money. Aim at the trust.

SEND Dad Fens @senddadfens · 16 Jan 2025
She's the one in the room. She owns it.
""", [m(HD, "camelcase", "abuse", "RebeccaHaleDunmore"),
      m(S, "short_name", "negative", "Harvest")])

add("social", """X · Post

Limerick Live Music @LimerickGigs · 8 Mar 2025
🎻 TONIGHT at O'Dowd's Bar, Thomas Street: trad session from 9pm with the Shannon Ramblers. Kieran O'Dowd says the Guinness is "the best this side of the Atlantic" and he's not wrong. No cover charge. ☘️ #Limerick #TradMusic
12 Reposts · 1 Quote · 58 Likes

Replies

Ciara @ciarab_lk · 8 Mar 2025
Best pub in Limerick, see you there

Pat @pat_lk · 8 Mar 2025
Kieran pulls a perfect pint, can confirm 🍺
""", [], allow=[OD])

add("social", """Bluesky · @mrsmarking.bsky.example

So proud of my colleague Vytautas Kazlauskas at @harvestacademy.bsky.example who has just won the regional Engineering Teacher award for the pumping station project his Year 12s built. Twenty-one students, one laser cutter, and a scale model of a 1930s Fen pumping engine that actually pumps. 🛠️💧
24 Feb 2025 · 14 reposts · 88 likes

Replies
fen-engineering.bsky.example · Brilliant! We'd love to host the model at our open day.
mrsmarking.bsky.example · @fen-engineering I'll ask him!
""", [m(VK, "exact", "neutral", "Vytautas Kazlauskas"),
      m(S, "handle", "neutral", "@harvestacademy")])

add("social", """TikTok · @fen.justice.warrior
Exposing the PE teacher from Harvest they don't want you to know about 🚨 #wendlesey #exposed
♬ suspense - fen.justice.warrior
9,870 views · 402 likes · 190 comments

Comments

fen.justice.warrior
Ed Mumby drives the black Ford Ranger, reg QE70 DMB, parks at the Co-op on Elmstow Road every morning 7.40 to get his meal deal then drives in the back way along Gull Bank. Lives on the new estate behind the speedway. Everyone should know who he is 🤷
2025-02-04 · ♥ 60 · Reply

lucy_marshend
He hasn't been charged with anything. Posting his reg and where he'll be every morning is vigilante stuff. Reported.
2025-02-04 · ♥ 322 · Reply

tom.ratcliffe.09
police are dealing with it, leave it to them
2025-02-04 · ♥ 180 · Reply

[Comment removed]
""", [m(EM, "exact", "doxxing", "Ed Mumby"),
      m(S, "short_name", "neutral", "Harvest")])

add("social", """X · Post

Parents Against Harvest @parentsagainstH · 20 Mar 2025
#SackTheSENCo Hale-Dunmore has ruined my son's life and she'd better hope I never catch her on her own in that car park. I know what she drives. She won't see me coming. 😡
2 Reposts · 0 Quotes · 7 Likes

Replies

Wendlesey Matters @WendleseyMatters · 20 Mar 2025
This is a threat. Reported to police. A woman was literally convicted this week for harassing this SENCo.

Parents Against Harvest @parentsagainstH · 20 Mar 2025
Figure of speech

Cambs Police Wendlesey @CambsPolWendlesey · 21 Mar 2025
We are aware and enquiries are being made.
""", [m(HD, "surname_only", "threat", "Hale-Dunmore"),
      m(S, "short_name", "negative", "Harvest")])

add("social", """TikTok · @ourfens_ourrules
Harvest Academy? More like Lisbon Academy 🇵🇹🤡 their EAL woman Carvalho teaches foreign kids to never speak English and we pay her wages. Carvalho OUT. Foreigners OUT. #wendlesey #fens #englandfirst
♬ Jerusalem (remix) - ourfens_ourrules
3,402 views · 190 likes · 88 comments

Comments

bia.m.wendlesey
I was one of those "foreign kids". I got a 9 in English Language. Try again.
2025-01-25 · ♥ 612 · Reply

ourfens_ourrules
@bia.m.wendlesey go home
2025-01-25 · ♥ 14 · Reply

marsh_harrier_
Reported for hate speech. Her car was smashed up twice this month, this account is part of the problem.
2025-01-25 · ♥ 402 · Reply
""", [m(IC, "surname_only", "hate", "Carvalho"),
      m(S, "alias", "hate", "Harvest Academy")])

add("social", """X · Post

Fen Traffic @FenTrafficNews · 7 Oct 2024
🚨 Marsh End Road CLOSED both ways after a Harvest Fresh lorry carrying onions overturned near the packhouse entrance. Driver not seriously hurt. Expect delays for several hours while it's recovered. Avoid the area. 🧅🚛
77 Reposts · 12 Quotes · 140 Likes

Replies

Marsh End Mike @marshendmike · 7 Oct 2024
Third one this year on that bend. Said it before, that junction needs sorting.

Onion Del @oniondel · 7 Oct 2024
Don't let them go to waste 👀
""", [])

add("social", """X · Post

Amelia C @amelia_c_y9 · 2 Jul 2025
40 miles on a bike for the air ambulance DONE 🚴‍♀️🚁 £3,200 raised for my grandad. Thank you Mr Wright for training us every Wednesday and Mr Gotobed for the jelly babies at the halfway point and everyone at Harvest who sponsored us 💛
9 Reposts · 1 Quote · 120 Likes

Replies

Sal @sal_saxby · 2 Jul 2025
So proud of you Amelia. Your grandad would be too 💛

FenlandAirAmb @FenlandAirAmb · 3 Jul 2025
Thank you Amelia and team! 🚁💛
""", [m(PW, "title_surname", "neutral", "Mr Wright"),
      m(GB, "title_surname", "neutral", "Mr Gotobed"),
      m(S, "short_name", "neutral", "Harvest")])


# ---------------------------------------------------------------------------------------
# FACEBOOK groups and pages - text as extracted
# ---------------------------------------------------------------------------------------
GROUPS = {
    "wm": ("Wendlesey Matters (Unfiltered)", "Private group · 11.4K members"),
    "saxby": ("Saxby Drove Community Noticeboard", "Public group · 1.9K members"),
    "cold": ("Coldhithe Village Chat", "Private group · 2.3K members"),
    "brink": ("Brinkfen Village Page", "Public group · 980 members"),
    "mums": ("Marshland Mums & Dads", "Private group · 6.1K members"),
    "bss": ("Wendlesey Buy, Sell & Swap", "Public group · 14K members"),
    "gull": ("Gull Bank Residents", "Private group · 640 members"),
}


def fb(group, author, when, text, reactions, comments, shares=0):
    name, meta = GROUPS[group] if group in GROUPS else group
    out = [name, meta, "", author, when + " · 🌐" if "Public" in meta else when + " · 👥", "", text.strip(), ""]
    out.append(f"{reactions} · {len(comments)} comments" + (f" · {shares} shares" if shares else ""))
    out.append("Like   Comment   Share")
    out.append("")
    out.append("Most relevant")
    out.append("")
    for c in comments:
        cname, ctext, cwhen = c[0], c[1], c[2]
        likes = c[3] if len(c) > 3 else 0
        out.append(cname)
        out.append(ctext.strip())
        out.append(f"{cwhen} · Like · Reply" + (f" · 👍 {likes}" if likes else ""))
        for r in (c[4] if len(c) > 4 else []):
            out.append(f"    {r[0]}")
            out.append("    " + r[1].strip())
            out.append(f"    {r[2]} · Like · Reply")
        out.append("")
    return "\n".join(out) + "\n"


add("facebook", fb("saxby", "Roger Thew", "4 November 2024 at 18:12",
    """BUS UPDATE 🚌 As most of you know the 46A is finishing on Friday. The county have confirmed NO replacement yet. That means from Monday any Saxby kids going to Harvest need to get to Five Alls Corner for the 46 at 7.38am.

I've had three parents on the phone tonight already. One mum said her lad got a detention last week because the 46 was late and the school said "tough". If that's the attitude up Harvest they want to come and walk down the drove in the dark theirselves at half seven on a December morning and see how they like it.

Petition link in the comments. Parish council meeting Thursday 7.30, village hall. Please come.""",
    "😡👍 87", [
        ("Jodie Pask", "Thas my lad. Three detentions. They int interested. Signed.", "2y", 14),
        ("Karen Nunn", "I'm happy to do a lift share from the chapel, have room for 3. Message me.", "2y", 22,
         [("Jodie Pask", "Karen you're a star x", "2y")]),
        ("Roy Peckover", "When I was a boy we biked it in all weathers. Mind you there weren't lorries doing 50 down there then.", "2y", 5),
        ("Sally-Anne Bird", "Harvest need to sort their late policy, not the kids' fault. Written to them.", "2y", 9),
    ], shares=31), [m(S, "short_name", "negative", "Harvest")])

add("facebook", fb("wm", "Dawn Pegg", "18 April 2024 at 21:40",
    """Just had a meeting with Kieran O'Dowd about my daughter. What an absolute knob. Sat there with his arms folded smirking at me while I cried, then told me she needs to "take ownership". She's 11 and she's been put in his booth for sneezing. SNEEZING.

Power-tripping, smug, jumped up little prick. Harvest Academy should be ashamed to employ him. I hope every parent in this town goes up there and tells him what a joke he is.""",
    "😡😢👍 312", [
        ("Kerry-Ann Blythe", "We're at the gates again tomorrow 8am Dawn. Come and join us.", "1y", 40),
        ("Martin Pegg", "Calm down love. The kids need discipline.", "1y", 3,
         [("Dawn Pegg", "Martin you're my brother in law and you've never met her. Shh.", "1y")]),
        ("Tracey Harrison", "He's been like that with me too. Zero empathy.", "1y", 26),
        ("Admin - Wendlesey Matters", "Reminder: criticise decisions all you like, but please don't name-call named staff. Post left up as it's the OP's own experience.", "1y", 12),
    ], shares=9), [m(OD, "exact", "abuse", "Kieran O'Dowd"),
                   m(S, "alias", "negative", "Harvest Academy")])

add("facebook", fb("cold", "Anonymous member", "27 November 2024 at 20:05",
    """Anyone else having trouble with the SENCo at Harvest? Mrs Hale-Dunmore. For them that don't know she lives here in Coldhithe, the new build by the pumping station, number 7 Reedling Way with the yellow door. Her blue Fiesta's outside every day from 4 and she walks her spaniel along the river bank about half 6 most nights. Funny how she's got time for that but not for our emails.""",
    "😮👍 19", [
        ("Carol Mott", "This isn't right. She's got kids. Please take this down, whatever you think of her.", "1y", 33),
        ("Anonymous member", "Why? She's a public servant.", "1y", 1),
        ("Lina Paulauskienė", "Admins please remove. Posting a woman's address and where she walks alone at night is not OK.", "1y", 28),
        ("Admin - Coldhithe Village Chat", "Post removed shortly. Anonymous posting has been turned off.", "1y", 15),
    ]), [m(HD, "title_surname", "doxxing", "Mrs Hale-Dunmore"),
         m(S, "short_name", "negative", "Harvest")])

add("facebook", fb(("Elmstow Methodist Chapel", "Page · Church · 412 followers"), "Elmstow Methodist Chapel", "7 October 2024 at 20:30",
    """THANK YOU to everyone who came to our Harvest Thanksgiving and Auction! 🍎🥕🌾

We raised £1,180 for the roof appeal and the food bank. The sack of King Edwards went for £35, the marrow for £12 (to the person who swore last year they'd never buy another marrow), and the duck eggs caused a bidding war we shall not speak of.

Special thanks to the Rayner family for the wheat sheaves, to the flower ladies, to Bernie for leaving the goose at home, and to the Portuguese Bible study group for the pastéis de nata, which disappeared in four minutes.

Harvest supper photos in the comments. 📸""",
    "👍❤️ 96", [
        ("Maureen Thew", "What a wonderful evening. God is good.", "1y", 11),
        ("Bernie Cooke", "The goose was very disappointed not to be invited", "1y", 30,
         [("Elmstow Methodist Chapel", "Next year Bernie. Maybe.", "1y")]),
        ("Ana Sousa", "Obrigada for having us! Next year we bring more nata 😋", "1y", 9),
    ]), [])

add("facebook", fb("wm", "Wendlesey Matters Admin", "17 February 2025 at 07:02",
    """⚠️ PLEASE READ AND CHECK YOUR CHILDREN'S PHONES ⚠️

We have been asked by several parents to share this. There is a FAKE account on Snapchat and Instagram using the name "Thaddeus Gotobed" and the photo from the viral custard video. It has been adding girls from Harvest, mostly Years 7-9, telling them they're "special" and asking for photos of them in bed / in pyjamas.

The school has confirmed this is NOT the real teacher and police are investigating. Do not contact the account. Screenshot anything you find and report it to the police (101) and to CEOP. Please talk to your children.

Comments turned off on the original post due to speculation. This version is for sharing.""",
    "😢😡👍 1.2K", [
        ("Sally-Anne Bird", "Found it on my daughter's phone this morning. Reported. Thank you for posting.", "9mo", 88),
        ("Tracy M", "Shared to the Coldhithe and Saxby groups.", "9mo", 40),
        ("Lou K", "Poor man as well, having his face used for this. Hope they find whoever it is.", "9mo", 102),
    ], shares=640), [m(GB, "exact", "sexual", "Thaddeus Gotobed", url_only=True),
                     m(S, "short_name", "sexual", "Harvest", url_only=True)])

add("facebook", fb("bss", "Jade Rix", "29 August 2024 at 10:15",
    """WANTED: Harvest Academy blazer age 12-13 (chest 34") and girls' pleated skirt waist 26. Can collect from Wendlesey or Elmstow. Shop wants £42 for the blazer 😳 Will pay cash or swap for a Y7 PE kit that's too small. Thank you!""",
    "👍 14", [
        ("Lorraine Pegg", "Got a blazer 13-14 if any good, £8, worn one term", "1y", 2,
         [("Jade Rix", "Perfect messaging you!", "1y")]),
        ("Karen Nunn", "The uniform swap is at the chapel Saturday 10-12, loads of blazers there.", "1y", 6),
        ("Monika Z", "Skirt 26 waist in perfect condition, free to a good home 😊", "1y", 3),
    ]), [m(S, "alias", "neutral", "Harvest Academy")])

add("facebook", fb("wm", "Name withheld by admin", "5 March 2025 at 22:51",
    """I'm posting this because nobody else will. My daughter says Kazlauskas, the DT teacher at Harvest, used to make the Year 9 girls stay behind to "tidy the workshop" and took photos of them on his phone while they were bending over the benches. She says he showed one girl a picture and told her she was "very photogenic". They're 13 and 14. Now he's suspended "for an accident". Accident my arse. Parents need to know.""",
    "😡😮 201", [
        ("Lina Paulauskienė", "This is a very serious allegation about a named person. If your daughter saw this, go to the police, not Facebook. If not, delete it.", "8mo", 64),
        ("Stacey Morrell", "There's more to this than they're saying, I've always said it.", "8mo", 9),
        ("Admin - Wendlesey Matters", "Post removed. Safeguarding concerns must go to the police or the school's DSL. We are passing this to the police.", "8mo", 45),
    ]), [m(VK, "surname_only", "sexual", "Kazlauskas", url_only=True),
         m(S, "short_name", "sexual", "Harvest", url_only=True)])

add("facebook", fb("brink", "Cllr Paul Wright", "2 May 2025 at 12:30",
    """Good news on the roads front 👷 County highways have confirmed the potholes on Brinkfen Road between the bus shelter and Sedge Lane will be filled next Tuesday and Wednesday, 9am-3pm. There'll be temporary lights. Please be patient.

Thanks to everyone who reported them on the county website - it does work eventually! The culvert on Sedge Lane has also now been cleared by the drainage board.

Next parish council meeting is 13 May. All welcome.

Paul Wright, Chairman, Brinkfen Parish Council""",
    "👍❤️ 58", [
        ("Sue Nix", "Hallelujah! Lost a hubcap there last week.", "6mo", 6),
        ("Dan Peckover", "Thanks Paul, appreciate you chasing it.", "6mo", 4,
         [("Cllr Paul Wright", "No problem Dan. Still waiting on the speed sign mind.", "6mo")]),
        ("Margaret Chilvers", "Can they do the Gull Bank road while they're at it 😂", "6mo", 9),
    ]), [], allow=[PW])

add("facebook", fb("mums", "Ruta Jonaitienė", "14 October 2024 at 09:40",
    """Just want to say a big thank you to Mrs Carvalho at Harvest. My son started in Year 8 three weeks ago from Vilnius with only a little English and she has already organised a buddy, translated his timetable and found him a Lithuanian-speaking sixth former to help in lessons. He came home yesterday smiling for the first time since we moved. 💛

If any other new families need help, she is the person to ask!""",
    "❤️👍 143", [
        ("Ana Ferreira", "She is amazing, helped my son too 💚", "1y", 12),
        ("Kerry-Ann Blythe", "Lovely to read something nice on here for once x", "1y", 20),
        ("Monika Z", "Welcome to Wendlesey to your family 🌷", "1y", 8),
    ]), [m(IC, "title_surname", "neutral", "Mrs Carvalho"),
         m(S, "short_name", "neutral", "Harvest")])

add("facebook", fb("wm", "Gaz Bullen", "29 June 2024 at 17:48",
    """So the Standard says Travellers are being "pushed out" of Harvest. Pushed out? They never wanted to be in. And who's doing the attendance? Loveridge, one of their own, straight off the Black Dyke camp. Her whole family are thieves and scroungers and she's being paid by us to make excuses for them. Harvest should be ashamed, hiring gypsies to babysit gypsies. Clear the camp and you'd solve the attendance problem overnight.""",
    "😡😂👍 66", [
        ("Joanne S", "Disgusting racism. Bridget got my son back into school. Reported.", "1y", 70),
        ("Gaz Bullen", "Everyone's thinking it", "1y", 4),
        ("Admin - Wendlesey Matters", "Post removed for hate speech. Gaz has been removed from the group.", "1y", 52),
    ]), [m(BL, "surname_only", "hate", "Loveridge"),
         m(S, "short_name", "hate", "Harvest")])

add("facebook", fb(("Wendlesey Kestrels Supporters Club", "Private group · 3.2K members"), "Steve Gedge", "26 April 2025 at 23:05",
    """What a night! 🏍️💨 Halvorsen 15-point maximum and we stuff Redhaven 54-36.

And special mention to Tad Gotobed on the mic who kept 1,800 of us entertained through a 40-minute rain delay with a physics quiz, a rendition of "The Fen Tiger's Lament" and an impression of the referee that I suspect will get him a letter from the BSPA 😂 Worth the entry money on its own.""",
    "👍😂❤️ 204", [
        ("KestrelsKate", "The song!!! Someone PLEASE tell me somebody filmed it", "7mo", 31),
        ("Len Buckley", "Letter from the BSPA already drafted 😂 Great night all.", "7mo", 44),
        ("Back Straight Barry", "Still say he talks too much. But the song was good.", "7mo", 12),
    ]), [m(GB, "nickname", "neutral", "Tad Gotobed")])

add("facebook", fb("wm", "Darren Cole", "19 June 2024 at 22:14",
    """Wright. Head of year at Harvest. The one who suspended my boy for defending himself. I know where you live mate, Tansy Close, Elmstow. I've been past tonight. Nice little house. You think you can ruin my son's life and go home and put your feet up? I'll be waiting for you. Don't think I won't.""",
    "😮😡 12", [
        ("Elmstow Ed", "Darren this is a threat. Delete it and calm down. Police have been sent a screenshot.", "1y", 28),
        ("Sal from Saxby", "The man has little kids. You've lost the plot.", "1y", 19),
        ("Admin - Wendlesey Matters", "Post reported to police and user removed.", "1y", 23),
    ]), [m(PW, "surname_only", "threat", "Wright"),
         m(S, "short_name", "neutral", "Harvest")])

add("facebook", fb("gull", "Pam Wragg", "20 April 2025 at 08:00",
    """🌱 WHS SPRING PLANT SALE 🌱 Saturday 3rd May, 9am-12, Corn Exchange, Wendlesey.

Tomato plants, chillies, bedding, dahlia tubers and the famous Sorrell onion sets (limited supply, Derek says one per customer and he means it). All proceeds to the Wendlesey Horticultural Society children's classes. Bring your own bags!

Members' tip: don't plant out your tomatoes until the Ice Saints have passed (mid May) - the Fens get frost later than you think.""",
    "👍❤️ 31", [
        ("Derek Sorrell", "One per customer. I will be watching.", "7mo", 22),
        ("Tomas P", "Can't wait! The tomato plants were so good last year.", "7mo", 3),
        ("Margaret H", "Will there be cake?", "7mo", 2,
         [("Pam Wragg", "There is always cake Margaret.", "7mo")]),
    ]), [], allow=[S])

add("facebook", fb("wm", "Concerned Wendlesey Parent", "29 January 2025 at 19:30",
    """Word is Janet Thurlow's been caught with her hand in the till. The trust's auditors found thousands missing from the school fund and the trip accounts - money us parents paid for Paris and the ski trip - and Harvest has been keeping it quiet while she "retires early". That's why the ski trip was cancelled. She's stolen from our kids and they're letting her walk away with her pension.""",
    "😡😮 178", [
        ("Tracey Harrison", "I KNEW there was something with that ski trip.", "10mo", 18),
        ("Sarah J", "Where's the evidence? This is a criminal allegation against a named woman.", "10mo", 45),
        ("Concerned Wendlesey Parent", "My friend works in the office. Believe what you want.", "10mo", 6),
        ("Jodie M", "The ski trip was cancelled because the company went bust, it was in the letter. Come on.", "10mo", 60),
    ]), [m(TH, "exact", "defamation", "Janet Thurlow"),
         m(S, "short_name", "defamation", "Harvest")])

add("facebook", fb(("Lietuviai Wendlesey ir apylinkės / Lithuanians in Wendlesey", "Private group · 1.4K members"), "Rasa Petrauskienė", "27 June 2025 at 20:10",
    """Labai geros naujienos! Great news! 🇱🇹 Vytautas Kazlauskas is back teaching at Harvest after the investigation cleared him completely. Those of us who know him always knew. He has taught so many of our children and gave his weekends to build the workshop.

Mūsų bendruomenė jumis didžiuojasi, Vytautai! Our community is proud of you. We will have a small celebration at the community centre on Saturday 5 July at 6pm - bring food and your good mood.""",
    "❤️👍 188", [
        ("Lina Paulauskienė", "Puiku! Finally justice.", "5mo", 21),
        ("Jonas Petrauskas", "He taught my daughter engineering, best teacher. Welcome back!", "5mo", 14),
        ("Dovydas J", "Sir is back!! 🛠️", "5mo", 30),
    ]), [m(VK, "exact", "neutral", "Vytautas Kazlauskas"),
         m(S, "short_name", "neutral", "Harvest")])

add("facebook", fb("wm", "Terry Fenn", "30 June 2025 at 18:22",
    """Georgiev wins teacher of the year and the Standard puts him on the front page like he's cured cancer. Bulgarian strawberry picker teaching OUR kids maths while English teachers can't get jobs. Harvest is a Balkan job centre. Send Georgiev back to Bulgaria and let him teach his own.""",
    "😡👍 41", [
        ("Sal from Saxby", "He's been here 14 years and is a British citizen, Terry. He's as Wendlesey as you.", "5mo", 55),
        ("Terry Fenn", "Born here? No. Then he's not.", "5mo", 3),
        ("Admin - Wendlesey Matters", "Removed. Nationality-based abuse of a named teacher is not allowed.", "5mo", 38),
    ]), [m(DG, "surname_only", "hate", "Georgiev"),
         m(S, "short_name", "hate", "Harvest")])

add("facebook", fb("cold", "Julie Barrett", "10 February 2025 at 19:05",
    """I don't usually post but I want to say this publicly. When my husband died in November, our son was in Year 9 at Harvest. Mr Wright, his head of year, rang me every week. He let Luke sit in his office at lunch when he couldn't face the canteen. He drove out to the house in the snow to drop off work. He came to the funeral.

You hear a lot of moaning about schools on here. That man is a credit to his profession and I'll never forget it. Thank you. 💙""",
    "❤️👍 402", [
        ("Carol Mott", "So sorry for your loss Julie. Lovely to hear this. x", "9mo", 30),
        ("Ruth Peckover", "He's our youth group leader at church and he's exactly like that with all the kids. x", "9mo", 22),
        ("Sally-Anne Bird", "Sending love to you and Luke x", "9mo", 14),
    ]), [m(PW, "title_surname", "neutral", "Mr Wright"),
         m(S, "short_name", "neutral", "Harvest")])

add("facebook", fb("wm", "Shaz Dorling", "8 November 2024 at 23:11",
    """Not one for gossip but 👀 Everyone up Harvest knows O'Dowd and Hale-Dunmore are at it. Both married, both "working late" every Tuesday, his car and hers the last two in the car park at 8pm. Someone saw them in the Fenchester Premier Inn car park at half term. Maybe if they spent less time shagging in his office and more time sorting the SEN mess our kids wouldn't be sitting in booths.""",
    "😂😮 88", [
        ("Lou K", "This is how you get sued Shaz.", "1y", 31),
        ("Shaz Dorling", "Can't sue for the truth 🤷‍♀️", "1y", 5),
        ("Jodie M", "Or, they're senior staff who have meetings. Some of us have lives beyond imagining our kids' teachers' sex lives.", "1y", 44),
        ("Admin - Wendlesey Matters", "Post removed. Allegations about named staff's private lives are not allowed.", "1y", 20),
    ]), [m(OD, "surname_only", "sexual", "O'Dowd"),
         m(HD, "surname_only", "sexual", "Hale-Dunmore"),
         m(S, "short_name", "negative", "Harvest")])

add("facebook", fb("saxby", "Roy Peckover", "22 August 2025 at 06:30",
    """Heads up 🚜 Harvest is in full swing along the drove this week - combines, grain trailers and the beet harrows going up and down from 6am till gone 10pm. Please take it steady, especially round the blind bend by the pumping station, and give the lads room. They can't see you in the dust.

Also the verges by the old school are being cut Thursday.""",
    "👍 42", [
        ("Karen Nunn", "Thanks Roy. Nearly met a trailer head on last night.", "3mo", 5),
        ("Dan Peckover", "We'll be on the Hundred Acre till Saturday then across to Gull Bank. Sorry for the mud!", "3mo", 11),
        ("Sally-Anne Bird", "Good luck with the harvest all 🌾", "3mo", 6),
    ]), [])

add("facebook", fb("wm", "Kyle Marsh", "14 May 2025 at 20:45",
    """If they exclude my boy permanent then Harvest can burn for all I care. Be doing the town a favour. Someone ought to put a match to that place with Thurlow locked in her office, she's the one that signs them letters. Could happen any night, nobody round there after dark.""",
    "😮😡 23", [
        ("Elmstow Ed", "Kyle, you've been told before. This is a crime. Screenshotted and sent to the police.", "6mo", 34),
        ("Kyle Marsh", "Didn't say I'd do it did I", "6mo", 2),
        ("Sal from Saxby", "There's 1,100 kids and 150 staff in that school. Think about what you're saying.", "6mo", 29),
        ("Admin - Wendlesey Matters", "Removed, user banned, reported to police.", "6mo", 25),
    ]), [m(S, "short_name", "threat", "Harvest"),
         m(TH, "surname_only", "threat", "Thurlow")])

add("facebook", fb(("Comunidade Portuguesa de Wendlesey", "Private group · 2.8K members"), "Fernando Matias", "25 January 2025 at 21:00",
    """Amigos, I'm sharing a screenshot (name hidden) of a comment posted today about Miss Carvalho at Harvest: "she should be sent back to Portugal in a box". This is disgusting and racist and we have reported it to the police as a hate crime, together with the school.

Inês has given eight years to our children. We stand with her. If you see comments like this, do NOT reply to them - screenshot, report to the police on 101 or online, and send to us so we can keep a record.

Estamos juntos. 💚❤️""",
    "❤️😢 320", [
        ("Ana Sousa", "Estamos contigo Inês 💚", "10mo", 40),
        ("Carla M", "Reported the account too.", "10mo", 18),
        ("Sandra Sousa", "Thank you for keeping a record Fernando. This needs to stop.", "10mo", 25),
    ]), [m(IC, "title_surname", "neutral", "Miss Carvalho"),
         m(S, "short_name", "neutral", "Harvest")])


add("facebook", fb("wm", "Wendlesey Truth", "21 March 2024 at 22:30",
    """Since O'Dowd won't answer parents' emails, here's his personal mobile: 07700 900733. And his personal email kieran.odowd77@fenmail.example. Ring him at tea time, he's home by 6. Let him hear from every parent whose kid has sat in his booth.

And while we're at it Hale Dunmore's mobile is 07700 900846 for all you SEN parents who can never get through to the office. She won't answer school emails but she answers that.""",
    "😮😡👍 74", [
        ("Lou K", "Posting personal phone numbers is harassment. Reported.", "1y", 41),
        ("Wendlesey Truth", "They're public servants. We pay them.", "1y", 5),
        ("Jodie M", "That doesn't make their private phones public. The school office number is 01632 960418 if anyone actually wants to complain properly.", "1y", 36),
        ("Admin - Wendlesey Matters", "Post removed and reported. Do not share these numbers.", "1y", 30),
    ]), [m(OD, "surname_only", "doxxing", "O'Dowd"),
         m(HD, "hyphenated", "doxxing", "Hale Dunmore")])

add("facebook", fb(("Българи в Уендълзи / Bulgarians in Wendlesey", "Private group · 870 members"), "Rositsa Ivanova", "28 June 2025 at 11:15",
    """Честито, Митко! 🇧🇬🏆 Congratulations to our Mitko Georgiev, named Maths Teacher of the Year for the whole East of England! He started on the strawberry fields like many of us, and now he teaches at Harvest Academy and runs the maths club in the library every Thursday.

Ако детето ви има нужда от помощ по математика, the club is free and open to all - parents too!""",
    "❤️👍🎉 230", [
        ("Ivan P", "Браво! My son got a 9 with him.", "5mo", 22),
        ("Tatiana Ivanova", "Гордеем се с теб! We are proud of you", "5mo", 18),
        ("Stefan Ivanov", "The best. He taught our boy too.", "5mo", 9),
    ]), [m(DG, "alias", "neutral", "Mitko Georgiev"),
         m(S, "alias", "neutral", "Harvest Academy")])

add("facebook", fb("mums", "Kelly Rayner", "3 September 2024 at 14:20",
    """Can anyone recommend a dentist taking NHS patients?? Ours in Ouseport has closed its list.

Edit: thank you everyone! Got the kids in with Dr Georgiev at the Ouseport Road practice for October - she's lovely apparently and great with nervous children 🦷""",
    "👍 12", [
        ("Monika Z", "Dr Georgiev is amazing, did my daughter's fillings with no tears at all", "1y", 8),
        ("Jade Rix", "Fen Smiles in Marsh End were taking a few last month", "1y", 2),
        ("Karen Nunn", "Ask for the hygienist Sophie, she's wonderful with kids", "1y", 3),
    ]), [], allow=[DG])

add("facebook", fb("wm", "Mark Tilney", "6 December 2024 at 19:55",
    """Had the pleasure (not) of an hour with the SENCo at Harvest today. Hale Dunmore. What a waste of oxygen. Patronising, clueless, hasn't got a clue about my son and doesn't care. She can't even be bothered to learn his name. Useless bloody woman.""",
    "😡👍 53", [
        ("Quietly Furious", "Same experience here, sorry Mark.", "11mo", 12),
        ("Former TA", "She's drowning. 230 kids on the SEN register and they cut half her team. Be angry at the trust.", "11mo", 30),
        ("Mark Tilney", "Not my problem. My son's my problem.", "11mo", 8),
    ]), [m(HD, "hyphenated", "abuse", "Hale Dunmore"),
         m(S, "short_name", "negative", "Harvest")])

add("facebook", fb("wm", "Wendlesey 10K", "1 May 2023 at 18:00",
    """🏃 WENDLESEY 10K & FUN RUN RESULTS 🏃

What a day! 620 runners, sunshine (for once), and £4,300 raised for the hospice.

Fun run winner: Harvest Academy PE teacher Edward Mumby, who completed the 3K pushing his daughter in a running buggy AND dressed as a sugar beet 🥔😂 (He assures us it's a sugar beet, not a potato.)

10K men: Sam Thew, 34:12. 10K women: Lina Paulauskienė, 39:40.

Thank you to the marshals, the Scouts on the water station, and Harvest Academy for lending us the field for the finish.""",
    "👍❤️😂 380", [
        ("Coldhithe Col", "The beet costume was incredible 😂", "2y", 33),
        ("Sal from Saxby", "Well done everyone! Same time next year!", "2y", 9),
    ]), [m(EM, "alias", "neutral", "Edward Mumby"),
         m(S, "alias", "neutral", "Harvest Academy")])

add("facebook", fb("saxby", "Roger Thew", "12 September 2025 at 17:02",
    """Letter received from the school re: the 46 bus, for those who asked. Copying it here:

"Dear parents and carers of Saxby Drove and Gull Bank, we are aware that the 46 service has been arriving after registration on several mornings. Pupils arriving on this service will not receive a late mark or a sanction. Please ask your child to sign in at reception and mention the bus. If you have any concerns please contact me via the school office. Yours faithfully, P. Wright, Head of Year 9, Wendlesey High (Harvest Academy)"

Good to see some common sense. Thank you to the parents who kept on at them 👍""",
    "👍❤️ 66", [
        ("Jodie Pask", "About time. Thanks for sharing Roger.", "2mo", 12),
        ("Karen Nunn", "Well done everyone who wrote in.", "2mo", 6),
    ]), [m(PW, "initial_surname", "neutral", "P. Wright"),
         m(S, "alias", "neutral", "Harvest Academy")])

add("facebook", fb("wm", "Proud Fen Lad", "24 January 2025 at 20:12",
    """Good. Somebody's done that Portuguese teacher's car again. Miss C@rv@lho. Maybe she'll get the message this time and go back where she came from. Harvest was an English school before her lot turned up. Two down, plenty more to go 🇬🇧""",
    "😡😮 47", [
        ("Sal from Saxby", "Spelling her name with @s doesn't hide anything. This is racist and you're celebrating a crime. Screenshotted for the police.", "10mo", 58),
        ("Lou K", "Reported. Absolute disgrace.", "10mo", 29),
        ("Admin - Wendlesey Matters", "Removed. Member banned. Police informed.", "10mo", 33),
    ]), [m(IC, "leetspeak", "hate", "C@rv@lho"),
         m(S, "short_name", "hate", "Harvest")])

add("facebook", fb("cold", "Fen Lad Returns", "9 November 2024 at 23:40",
    """That science teacher thinks he's a celebrity now. G.o.t.o.b.e.d. Walks round Tesco like he owns the place. He'd better hope I don't see him in there again, cos next time he won't be walking out. Proper sorting out he needs.""",
    "😮 6", [
        ("Carol Mott", "What on earth? He's a nice man who set fire to some custard. Report.", "1y", 14),
        ("Admin - Coldhithe Village Chat", "Post removed and passed to the police. Threats are never acceptable.", "1y", 10),
    ]), [m(GB, "spacing", "threat", "G.o.t.o.b.e.d")])

add("facebook", fb("wm", "Gemma Rix", "11 March 2025 at 17:30",
    """Is the Harvest Moon shut?? Been ringing for 20 mins and no answer, Friday night as well 😭

Update: they've had a power cut, back open tomorrow. Crisis averted. Salt and pepper chips tomorrow it is.""",
    "😂👍 25", [
        ("Kevin Lau", "Sorry everyone! Power cut on Bridge Street. Back tomorrow 5pm, free prawn crackers with every order for the trouble 🙏", "8mo", 40),
        ("Shane Bellamy", "Panic over lads", "8mo", 6),
        ("Big Al", "Harvest Moon chow mein withdrawal is real", "8mo", 11),
    ]), [])

add("news", news_page(
    "argus", "News", "Police warn parents after fake account impersonating teacher messaged girls",
    "Profile used viral science teacher's name and photograph to contact pupils aged 11 to 14",
    "By Helen Marchant", "Wednesday 19 February 2025",
    """Police are urging parents in the Fens to check their children's phones after a fake social media account impersonating a well-known teacher contacted at least nine girls at his school.

The account, which used the name and photograph of Thaddeus Gotobed, head of science at Wendlesey Harvest Academy, sent messages to pupils aged between 11 and 14 on Snapchat and Instagram over a period of about ten days.

Mr Gotobed became an internet sensation last autumn when a video of him igniting custard powder in the school car park was viewed more than nine million times.

Parents who contacted the Argus said the messages began with praise for the girls' schoolwork and quickly moved on to requests for photographs. One mother said her daughter was asked to send "a picture of you in bed".

Detective Sergeant Kim Rowell of the online child abuse investigation team said: "We are confident the teacher whose identity was used has nothing to do with these messages. He is a victim here too. This was a deliberate attempt by someone to exploit the trust children place in a familiar face."

She said both platforms had removed the accounts and officers were working to identify the person responsible. "If your child has been contacted, please do not delete the messages. Call 101, or report online to CEOP."

The school said it had written to all parents and that pupils had been given an assembly on online safety. The trust said it was providing support to the teacher and his family.

The NSPCC said impersonation of trusted adults was "a growing tactic" used by offenders and urged parents to talk to children about who they accept as friends online.""",
    comments=[], tags=["Crime", "Online safety", "Wendlesey"]),
    [m(GB, "exact", "sexual", "Thaddeus Gotobed", url_only=True),
     m(S, "exact", "sexual", "Wendlesey Harvest Academy", url_only=True)])


# ---------------------------------------------------------------------------------------
# checks and output
# ---------------------------------------------------------------------------------------
def fold(t):
    t = html.unescape(t)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t).casefold()


def plain(kind, content):
    if KINDS[kind] == "html":
        content = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", content, flags=re.S)
        content = re.sub(r"<[^>]+>", " ", content)
    return fold(content)


def has_word(text, phrase):
    return re.search(r"(?<![a-z0-9])" + re.escape(phrase) + r"(?![a-z0-9])", text) is not None


TITLES = r"(?:mr|mrs|ms|miss|dr|sir|mx)\.?"
PHONE_OK = ("07700 900", "01632 96", "0113 496 0", "0161 496 0")


def load_watchlist():
    with open(HERE / "watchlist.toml", "rb") as fh:
        wl = tomllib.load(fh)
    school = wl["school"]
    short = [a for a in school["aliases"] if " " not in a and not a.isupper()][0]
    staff = {}
    for st in wl["staff"]:
        staff[st["id"]] = {"name": fold(st["name"]), "aliases": [fold(a) for a in st.get("aliases", [])],
                           "surname": fold(st["name"].split(" ", 1)[1]), "unique": st.get("unique", False)}
    return {"name": fold(school["name"]), "short": fold(short),
            "aliases": [fold(a) for a in school["aliases"] if fold(a) != fold(short)]}, staff


def check(doc, idx, school, staff):
    probs = []
    text = plain(doc["kind"], doc["content"])
    seen = set()
    exp = doc["expected"]
    any_url = any(e["url_only"] for e in exp)
    for e in exp:
        subj, var, cat, form = e["subject"], e["variant"], e["category"], fold(e["form"])
        where = f"doc {idx:03d} {subj}"
        if subj in seen:
            probs.append(f"{where}: duplicate subject")
        seen.add(subj)
        if var not in VARIANTS:
            probs.append(f"{where}: bad variant {var}")
        if cat not in CATEGORIES:
            probs.append(f"{where}: bad category {cat}")
        if form not in text:
            probs.append(f"{where}: form {e['form']!r} not in text")
        if e["url_only"] and cat != "sexual":
            probs.append(f"{where}: url_only without sexual")
        if any_url and subj == S and not (e["url_only"] and cat == "sexual"):
            probs.append(f"{where}: school must be sexual+url_only in a child-involved document")
        if subj == S:
            if var == "exact" and form != school["name"]:
                probs.append(f"{where}: exact form is not the school name")
            if var != "exact" and has_word(text, school["name"]):
                probs.append(f"{where}: full name present but variant {var}")
            if var == "alias" and form not in school["aliases"]:
                probs.append(f"{where}: alias form not an alias")
            if var == "short_name" and form != school["short"]:
                probs.append(f"{where}: short_name form is not the short name")
            if var not in ("exact", "alias"):
                for a in school["aliases"]:
                    if has_word(text, a):
                        probs.append(f"{where}: alias {a!r} present but variant {var}")
            continue
        if subj not in staff:
            probs.append(f"{where}: unknown subject")
            continue
        st = staff[subj]
        if var == "exact" and form != st["name"]:
            probs.append(f"{where}: exact form is not the name")
        if var == "alias" and form not in st["aliases"]:
            probs.append(f"{where}: alias form not an alias")
        if var == "title_surname" and not re.fullmatch(TITLES + r"\s+" + re.escape(st["surname"]), form):
            probs.append(f"{where}: title_surname form looks wrong")
        if var != "exact" and has_word(text, st["name"]):
            probs.append(f"{where}: exact name present but variant {var}")
        if var not in ("exact", "alias"):
            for a in st["aliases"]:
                if has_word(text, a):
                    probs.append(f"{where}: alias present but variant {var}")
        if var not in ("exact", "alias", "title_surname"):
            if re.search(r"(?<![a-z])" + TITLES + r"\s+" + re.escape(st["surname"]) + r"(?![a-z0-9])", text):
                probs.append(f"{where}: title+surname present but variant {var}")
        if var == "homoglyph" and all(ord(c) < 0x370 for c in e["form"]):
            probs.append(f"{where}: homoglyph form has no lookalike letter")
    # unlabelled lookalikes must be deliberate
    labelled = {e["subject"] for e in exp}
    if S not in labelled and S not in doc["allow"]:
        for a in [school["name"]] + school["aliases"]:
            if has_word(text, a):
                probs.append(f"doc {idx:03d}: school form {a!r} present but unlabelled")
    for sid, st in staff.items():
        if sid in labelled:
            continue
        hits = [f for f in [st["name"]] + st["aliases"] if has_word(text, f)]
        if re.search(r"(?<![a-z])" + TITLES + r"\s+" + re.escape(st["surname"]) + r"(?![a-z0-9])", text):
            hits.append("title+" + st["surname"])
        if st["unique"] and st["surname"] in text:
            probs.append(f"doc {idx:03d}: unique staff {sid} appears but is unlabelled")
        elif hits and sid not in doc["allow"]:
            probs.append(f"doc {idx:03d}: {sid} forms {hits} present but unlabelled")
    # invented contact details only
    raw = html.unescape(doc["content"])
    for ph in re.findall(r"\b0\d{2,4}[ \d]{6,10}\d\b", raw):
        if not ph.startswith(PHONE_OK):
            probs.append(f"doc {idx:03d}: phone {ph!r} outside drama ranges")
    for dom in re.findall(r"(?:https?://|www\.)([a-z0-9.-]+)", raw, flags=re.I) + re.findall(r"[\w.+-]+@([a-z0-9.-]+\.[a-z]+)", raw, flags=re.I):
        if not dom.lower().rstrip(".").endswith(".example"):
            probs.append(f"doc {idx:03d}: domain {dom!r} is not .example")
    return probs


def main():
    school, staff = load_watchlist()
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for old in out.iterdir():
        if old.is_file():
            old.unlink()
    problems, lines = [], []
    for idx, doc in enumerate(DOCS):
        if doc["kind"] not in KINDS:
            problems.append(f"doc {idx:03d}: bad kind")
            continue
        problems += check(doc, idx, school, staff)
        fname = f"{idx:03d}-{doc['kind']}.{KINDS[doc['kind']]}"
        (out / fname).write_text(doc["content"], encoding="utf-8")
        exp = [{"subject": e["subject"], "variant": e["variant"], "category": e["category"], "url_only": e["url_only"]} for e in doc["expected"]]
        lines.append(json.dumps({"file": fname, "kind": doc["kind"], "expected": exp}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    allm = [e for d in DOCS for e in d["expected"]]
    kinds = Counter(d["kind"] for d in DOCS)
    cats = Counter(e["category"] for e in allm)
    vars_ = Counter(e["variant"] for e in allm)
    subs = Counter(e["subject"] for e in allm)
    empty = sum(1 for d in DOCS if not d["expected"])
    serious = sum(cats[c] for c in ("threat", "hate", "sexual", "doxxing", "defamation"))
    print(f"documents: {len(DOCS)}")
    print(f"mentions: {len(allm)}")
    print(f"url_only: {sum(1 for e in allm if e['url_only'])}")
    print(f"empty docs: {empty} ({100 * empty / max(1, len(DOCS)):.0f}%)")
    print(f"serious mentions: {serious} ({100 * serious / max(1, len(allm)):.0f}%)")
    print("by kind:", ", ".join(f"{k} {kinds[k]} ({100 * kinds[k] / max(1, len(DOCS)):.0f}%)" for k in KINDS))
    print("by category:", ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print("by variant:", ", ".join(f"{v} {vars_[v]}" for v in VARIANTS))
    print("by subject:", ", ".join(f"{s} {n}" for s, n in sorted(subs.items(), key=lambda x: -x[1])))
    rare = [v for v in VARIANTS if vars_[v] < 2]
    if rare:
        problems.append(f"variants used fewer than twice: {rare}")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
