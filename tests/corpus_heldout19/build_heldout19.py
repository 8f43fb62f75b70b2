#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the heldout19 evaluation corpus for repwatch's matcher.

Setting
-------
Sarsen Down Church of England Primary School (short name "Sarsen Down", acronym "SDPS",
former name "St Alban's Garrison School") is an invented voluntary-aided church primary
(ages 4-11) in the invented garrison town of Larkbury, on the edge of Salisbury Plain in
Wiltshire, part of the invented Avon & Plain Diocesan Academy Trust.  Most pupils come from
army families on the Larkbury "patch" (service family accommodation), including many Nepali
Gurkha and Fijian families; the rest are from farming families in the invented villages of
Netherstowe and Winterbourne Gifford.  Staff: Caroline Hiscock (head, nee Pike), Tunde
Adeyemi (deputy/DSL), Siân Davies (Y6), Sabitra Gurung (Y2/EAL), Ilisapeci Waqanivalu
(Reception; the one `unique = true` name), Joanne Fairweather-Hayes (SENCo), Tomasz Wójcik
(Y4), Ed Sturgess (site manager), Deborah "Debbie" Mundy (business manager), Kamala Rai (TA).
School office: 01632 960412 / 01632 960413; domain sarsendown.example.

Voices: parents' Facebook groups and WhatsApp forwards, a Salisbury Journal-style paper (the
Salisbury & Plain Courier), a clickbait regional site, Mumsnet-style and army-rumour forums,
a farming forum, a teachers' forum, the garrison community newsletter, the parish magazine,
PTA minutes, town council minutes, inspection letters, Google/Indeed/teacher reviews,
X/TikTok/Instagram/YouTube comments and job adverts.

Decoys (documents with no expected mention): Sarsen Down the hill and its live-firing range,
Sarsen Down Road, Sarsen Down Farm (and the excluded Sarsen Down Farm Shop and Sarsen Down
Equestrian Centre), the excluded SDPS Scaffolding, the Salisbury & District Photographic
Society and a forces payment scheme also called SDPS, the Sarsen Down Montessori nursery in
Marlborough, and namesakes: Tunde Adeyemi the non-league striker, Siân Davies the Member of
the Senedd and Siân Davies the retired nurse, Caroline Hiscock the Warminster dog groomer,
Hiscock & Sons agricultural contractors, Ed Sturgess the Tisbury darts player, Sabitra
Gurung the Larkbury grandmother (a same-name stranger in the same town), Rifleman Kamal Rai,
a Mr Femi Adeyemi at an Andover school, Tomasz Wójcik the speedway rider.

Labelling conventions
---------------------
* One expected entry per subject per document; category = the worst the document gives that
  subject (threat > hate > sexual > doxxing > defamation > abuse > negative > neutral).
* Variant = the easiest form of the subject's name in the document (exact > alias >
  title_surname > the rest).  School: full name = exact; "Sarsen Down" alone = short_name;
  any other watchlist alias (SDPS, "Sarsen Down Primary", St Alban's Garrison School) = alias.
  Staff: full name (title optional; diacritics may be dropped, so "Sian Davies" and "Tomasz
  Wojcik" are exact) = exact; a watchlist alias (maiden name, Debbie, Tom, Babatunde) = alias;
  "Mrs Hiscock" = title_surname; "C. Hiscock" = initial_surname; "Caroline H" or "Mrs H" =
  first_initial; pet names, first name only and initialisms ("Miss Lisi", "Ed", "Mrs F-H") =
  nickname; bare "Hiscock's" = possessive; "caroline-hiscock" = hyphenated; misspelling =
  typo; digits for letters = leetspeak; Cyrillic look-alike letters = homoglyph; letters
  spaced out = spacing; asterisks/dashes over letters = obfuscated; #Tag = hashtag; @handle
  = handle; JoinedWords without # or @ = camelcase; bare surname = surname_only.
* A staff member counts only when the page ties them to the school (school name, alias,
  locality word, the school's domain, or their job at the school), except Ilisapeci
  Waqanivalu (`unique = true`), who counts wherever named.  Namesakes are not mentions.
* The school is a subject only when the page refers to the school itself.  School category:
  negative when the page criticises the school; neutral when it is merely the workplace of a
  staff member the page is about; defamation when accused of a crime or cover-up; hate when
  attacked for its pupils' or staff's race/religion; threat when itself threatened.
* Threat, hate, sexual, doxxing, defamation, abuse, negative, neutral as in the brief.  When a
  child may be involved in sexual content, url_only = true for the staff member AND the
  school, category sexual.  Parents' worries about behaviour towards small children
  ("told her it was their secret", "helps her in the toilet") count as child-safeguarding
  sexual concerns even when never named as such.
* Condemnation, negation and quoting abuse in order to condemn it are neutral.  News of a
  conviction/court case for threatening or harassing a staff member is neutral for that
  staff member; news that a staff member is suspended, arrested, charged or investigated is
  defamation; an opinion column that itself insults them is abuse.  A staff member praised in
  a post that complains about someone else is neutral.  The school's published office number
  or school e-mail is not doxxing.

Run: python3 build_heldout19.py   (from any directory; stdlib only; deterministic)
"""

import html
import json
import random
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = "school"
CH, TA, SD, SG, IW = "chiscock", "tadeyemi", "sdavies", "sgurung", "iwaqanivalu"
JF, TW, ES, DM, KR = "jfairweatherhayes", "twojcik", "esturgess", "dmundy", "krai"

DOCS = []  # (kind, ext, content, expected)


def L(subject, variant, category, url_only=False):
    return {"subject": subject, "variant": variant, "category": category, "url_only": url_only}


def CS(subject, variant):
    """Child-safeguarding concern: sexual, URL only."""
    return L(subject, variant, "sexual", True)


def esc(t):
    return html.escape(t, quote=False)


def paras(body):
    out = []
    for block in body.strip().split("\n\n"):
        block = block.strip()
        if not block:
            continue
        if block.startswith("## "):
            out.append(f"<h2>{esc(block[3:])}</h2>")
        elif block.startswith("> "):
            out.append(f"<blockquote><p>{esc(block[2:])}</p></blockquote>")
        elif block.startswith("- "):
            items = "".join(f"<li>{esc(x[2:].strip())}</li>" for x in block.split("\n") if x.strip())
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + "<br>\n".join(esc(x) for x in block.split("\n")) + "</p>")
    return "\n".join(out)


def page(title, head_extra, body_html, lang="en-GB"):
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n{head_extra}</head>\n<body>\n{body_html}\n</body>\n</html>\n")


NEWS_SITES = {
    "courier": dict(
        name="Salisbury & Plain Courier", domain="spcourier.example",
        nav=["Home", "News", "Larkbury", "Amesbury", "Sport", "What's On", "Property", "Jobs", "Announcements", "Puzzles"],
        cookie="We and our 143 partners store and/or access information on a device, such as cookies, and process personal data. You may click to consent to our and our partners' processing as described above. Alternatively you may click to refuse to consent or access more detailed information.",
        buttons=["I ACCEPT", "MORE OPTIONS"],
        comments="Have your say",
        footer="© 2025 Plain Media Group Ltd, 8 Milford Yard, Salisbury SP1 9QX. Registered in England & Wales no. 01234567. This newspaper is regulated by the Independent Press Standards Organisation.",
        extra="Most read: Man fined for A360 speeding · Salisbury BID launches festive trail · Planning row over Amesbury car wash"),
    "wessexlive": dict(
        name="WessexLive", domain="wessexlive.example",
        nav=["News", "Wiltshire", "Dorset", "Hampshire", "Whats On", "Food & Drink", "Weird", "Money"],
        cookie="We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. Manage your privacy choices at any time via 'Privacy settings' in the footer.",
        buttons=["Accept all", "Reject all", "Settings"],
        comments="Comments (powered by Viafoura)",
        footer="WessexLive is part of Reach-Out Local Media. Contact us · Advertise · Corrections & clarifications · Privacy notice · Terms",
        extra="Don't miss: Wiltshire's 10 best chippies, according to you"),
    "grapevine": dict(
        name="The Garrison Grapevine", domain="larkburygrapevine.example",
        nav=["Home", "Community News", "HIVE Info", "Clubs & Groups", "Welfare", "Schools", "Events", "Contact"],
        cookie="This site uses essential cookies only. By continuing you agree. Read our cookie policy.",
        buttons=["OK"],
        comments="Leave a comment",
        footer="The Garrison Grapevine is produced by volunteers from the Larkbury Community Hub. Views expressed are not those of the Army or the MOD. Hub office: 01632 960874.",
        extra="Next deadline for copy: 20th of the month. Email copy to editor@larkburygrapevine.example"),
    "plainsong": dict(
        name="Plainsong — the magazine of St Alban's with St Mary, Larkbury & Netherstowe", domain="stalbanslarkbury.example",
        nav=["Home", "Services", "Weddings & Baptisms", "Plainsong", "Church School", "Bell Ringers", "Giving"],
        cookie="We use a small number of cookies to make this site work. That's it — no tracking.",
        buttons=["Fine by me"],
        comments="Responses",
        footer="St Alban's with St Mary is a parish in the Diocese of Wessex Plain. Registered charity 1133557. Parish Office open Tues & Thurs mornings.",
        extra="Rota: flowers — Mrs Noyce; coffee — the Merediths; sidespeople — see noticeboard"),
    "council": dict(
        name="Larkbury Town Council", domain="larkbury-tc.example",
        nav=["Home", "Your Council", "Meetings & Minutes", "Allotments", "Cemetery", "Grants", "Contact the Clerk"],
        cookie="This website uses cookies to improve your experience. See our Privacy Notice.",
        buttons=["Accept", "Decline"],
        comments="",
        footer="Larkbury Town Council, The Guildhall, Market Place, Larkbury, Wiltshire SP4 9ZA. Town Clerk: Mrs P. Gale. Tel 01632 960733.",
        extra="Minutes are draft until approved at the next meeting."),
    "jobs": dict(
        name="TeachWessex Jobs", domain="teachwessex.example",
        nav=["Find jobs", "Schools", "Career advice", "Upload CV", "Recruiters"],
        cookie="We use cookies to remember your searches and show relevant jobs. Manage preferences.",
        buttons=["Accept cookies", "Manage"],
        comments="",
        footer="TeachWessex Jobs © 2025. All vacancies are subject to enhanced DBS checks. Safer recruitment is our priority.",
        extra="Similar jobs: Class Teacher, Amesbury · TA Level 2, Tidcombe · SENCo, Andover"),
    "inspect": dict(
        name="Schools Inspection Service — reports", domain="reports.inspect.example",
        nav=["Find an inspection report", "Childcare", "Schools", "Further education", "About"],
        cookie="We'd like to set additional cookies to understand how you use this site.",
        buttons=["Accept additional cookies", "Reject additional cookies"],
        comments="",
        footer="All content is available under an Open Licence, except where otherwise stated. © Crown copyright (fictional).",
        extra="Is this page useful? Yes / No · Report a problem with this page"),
    "forcesnews": dict(
        name="Forces News Wire", domain="forcesnewswire.example",
        nav=["Home", "Army", "Navy", "RAF", "Veterans", "Families", "Sport", "Podcasts"],
        cookie="Forces News Wire uses cookies. Some are essential, others help us improve. Choose below.",
        buttons=["Accept all", "Essential only"],
        comments="Join the conversation",
        footer="Forces News Wire is an independent news service for the Armed Forces community. © 2025.",
        extra="Trending: Pay award confirmed · New SFA repairs contract · Ex Steadfast Defender wraps up"),
    "farmer": dict(
        name="Plain Farmer", domain="plainfarmer.example",
        nav=["News", "Livestock", "Arable", "Machinery", "Markets", "Classifieds", "Weather"],
        cookie="We use cookies for analytics and advertising. You can opt out at any time.",
        buttons=["Accept", "Opt out"],
        comments="Reader comments",
        footer="Plain Farmer — serving the farms of Salisbury Plain, the Avon valley and the Vale of Pewsey. © Plain Media Group.",
        extra="Market report: Salisbury prime lambs averaged 262p/kg"),
    "nonleague": dict(
        name="Non-League Wessex", domain="nonleaguewessex.example",
        nav=["Results", "Fixtures", "Tables", "Match Reports", "Transfers", "Grounds"],
        cookie="Cookies help us keep the lights on. Accept to continue.",
        buttons=["Accept"],
        comments="Fan comments",
        footer="Non-League Wessex — run by fans, for fans. Photos © their owners.",
        extra="Next up: Hungerford v Chippenham, Tuesday 7.45pm"),
    "walesdaily": dict(
        name="Cymru Today", domain="cymrutoday.example",
        nav=["Newyddion / News", "Politics", "Senedd", "Sport", "Rugby", "Culture"],
        cookie="We use cookies. Rydym yn defnyddio cwcis.",
        buttons=["Derbyn / Accept", "Gwrthod / Reject"],
        comments="Your comments",
        footer="Cymru Today © 2025. Independent news from Wales.",
        extra="Read in Welsh / Darllenwch yn Gymraeg"),
}


def news(site, headline, byline, date, body, expected, comments=(), standfirst=None, section="News"):
    s = NEWS_SITES[site]
    nav = "".join(f"<li><a href=\"/{n.lower().replace(' ', '-').replace('&', 'and')}\">{esc(n)}</a></li>" for n in s["nav"])
    btns = "".join(f"<button>{esc(b)}</button>" for b in s["buttons"])
    stand = f"<p class=\"standfirst\">{esc(standfirst)}</p>\n" if standfirst else ""
    com = ""
    if s["comments"] and comments is not None:
        items = "".join(f"<div class=\"comment\"><span class=\"author\">{esc(a)}</span> <time>{esc(t)}</time><p>{esc(c)}</p></div>\n" for a, t, c in comments)
        n = len(comments)
        com = (f"<section class=\"comments\"><h3>{esc(s['comments'])}</h3>\n"
               f"<p class=\"count\">{n} comment{'s' if n != 1 else ''}</p>\n{items}"
               f"<p class=\"rules\">Comments are moderated. Please read our community guidelines.</p></section>")
    body_html = f"""<div id="cookie-consent" class="cmp-banner"><p>{esc(s['cookie'])}</p>{btns}</div>
<header class="masthead"><a class="logo" href="https://{s['domain']}/">{esc(s['name'])}</a>
<nav><ul>{nav}</ul></nav><form class="search"><input type="search" placeholder="Search"></form></header>
<main>
<p class="breadcrumb">{esc(s['name'])} › {esc(section)}</p>
<article>
<h1>{esc(headline)}</h1>
{stand}<p class="byline">{esc(byline)}</p><p class="dateline"><time>{esc(date)}</time></p>
{paras(body)}
</article>
<aside class="related"><p>{esc(s['extra'])}</p></aside>
{com}
</main>
<footer><p>{esc(s['footer'])}</p><p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a> · <a href="/contact">Contact</a></p></footer>"""
    DOCS.append(("news", "html", page(f"{headline} | {s['name']}", "", body_html), expected))


FORUM_SITES = {
    "mumzone": dict(name="Mumzone", domain="mumzone.example", nav=["Talk", "Active", "Watching", "Chat", "Am I being unreasonable?", "Primary education", "Army/Forces families", "Start a thread"],
                    cookie="Mumzone uses cookies. Some are necessary, some help us show adverts that pay the bills.", btn="Accept and continue",
                    foot="Mumzone Ltd © 2025 · Talk guidelines · Report a post · Contact us", reply="Reply to thread", style="mz"),
    "srnet": dict(name="Squaddie Rumour Net", domain="srnet.example", nav=["Forums", "What's new", "The NAAFI Bar", "Current Affairs", "Families", "Members", "Wiki"],
                  cookie="This site uses cookies to help personalise content and to keep you logged in if you register.", btn="Accept · Learn more…",
                  foot="Squaddie Rumour Net — unofficial, unloved, unbowed. Terms and rules · Privacy policy · Help · RSS", reply="Write your reply...", style="xf"),
    "forcesfam": dict(name="Forces Families Forum", domain="forcesfamilies.example", nav=["Home", "Forums", "Postings & Moves", "Education", "Housing", "Deployment", "Welfare contacts"],
                      cookie="We use cookies to keep you signed in.", btn="Got it",
                      foot="Forces Families Forum is run by volunteers and is not affiliated with the MOD. If you need urgent welfare support contact your unit HIVE.", reply="Post reply", style="ff"),
    "muckmud": dict(name="Muck & Mud — the farmers' forum", domain="muckandmud.example", nav=["Forums", "Livestock", "Arable", "Machinery", "Rural Chat", "Buy & Sell"],
                    cookie="Cookies. Yes, we use them. No, not the edible kind.", btn="Fair enough",
                    foot="Muck & Mud © 2025 · Forum rules · Advertise · Contact", reply="Reply", style="xf"),
    "wiltstalk": dict(name="Wiltshire Talk", domain="wiltstalk.example", nav=["Index", "Salisbury & South", "North Wilts", "Politics", "Lost & Found", "Nostalgia"],
                      cookie="By using Wiltshire Talk you agree to cookies.", btn="OK",
                      foot="Powered by phpBB® Forum Software · Wiltshire Talk since 2004 · All times are UTC", reply="Post a reply", style="bb"),
    "staffroom": dict(name="StaffRoom", domain="staffroomtalk.example", nav=["Community", "Workplace dilemmas", "Primary", "SEND", "Jobseekers", "Leadership"],
                      cookie="StaffRoom uses cookies to improve your experience and show relevant job adverts.", btn="Accept",
                      foot="StaffRoom community for teachers and school staff · Community guidelines · Report", reply="Add a reply", style="ff"),
    "threadit": dict(name="threadit", domain="threadit.example", nav=["Home", "Popular", "r/wiltshire", "r/salisbury", "r/britishmilitary", "r/AskUK"],
                     cookie="threadit uses cookies to provide you with a better experience.", btn="Accept all",
                     foot="threadit Inc © 2025. All rights reserved. User Agreement · Privacy Policy · Content Policy", reply="Add a comment", style="rd"),
}


def forum(site, board, title, posts, expected):
    s = FORUM_SITES[site]
    nav = " | ".join(f"<a href=\"#\">{esc(n)}</a>" for n in s["nav"])
    out = []
    for i, p in enumerate(posts):
        user, when, text = p[0], p[1], p[2]
        extra = p[3] if len(p) > 3 else ""
        if s["style"] == "rd":
            meta = f"<span class=\"user\">u/{esc(user)}</span> · <span class=\"age\">{esc(when)}</span> · <span class=\"points\">{extra or str(3 + (i * 7) % 40)} points</span>"
        elif s["style"] == "bb":
            meta = f"<strong class=\"user\">{esc(user)}</strong> » <span class=\"when\">{esc(when)}</span> <span class=\"posts\">Posts: {extra or str(12 + i * 31)}</span>"
        elif s["style"] == "mz":
            op = ' <span class="op">OP</span>' if i == 0 else ""
            meta = f"<span class=\"user\">{esc(user)}</span> <span class=\"when\">· {esc(when)}</span>{op}"
        else:
            meta = f"<span class=\"user\">{esc(user)}</span> <span class=\"rank\">{esc(extra or ('Member' if i % 3 else 'Well-known member'))}</span> <span class=\"when\">{esc(when)}</span> <span class=\"postno\">#{i + 1}</span>"
        out.append(f"<article class=\"post\" id=\"p{i + 1}\"><header>{meta}</header>\n<div class=\"content\">{paras(text)}</div>\n<footer class=\"actions\">Like · Quote · Report</footer></article>")
    body = f"""<div class="cookies"><p>{esc(s['cookie'])}</p><button>{esc(s['btn'])}</button></div>
<header class="site"><a class="brand" href="https://{s['domain']}/">{esc(s['name'])}</a><nav>{nav}</nav><a href="#">Log in</a> <a href="#">Register</a></header>
<main>
<p class="crumbs">{esc(s['name'])} › {esc(board)}</p>
<h1 class="thread-title">{esc(title)}</h1>
<p class="thread-meta">{len(posts)} posts · Page 1 of 1</p>
{chr(10).join(out)}
<section class="reply"><h3>{esc(s['reply'])}</h3><p>You must log in or register to reply here.</p></section>
</main>
<footer class="site-footer"><p>{esc(s['foot'])}</p></footer>"""
    DOCS.append(("forum", "html", page(f"{title} | {board} | {s['name']}", "", body), expected))


BLOG_STYLES = {
    "wp": ("Proudly powered by WordPress", "Leave a Reply", "Your email address will not be published. Required fields are marked *"),
    "substack": ("Subscribe · Share · © 2025 · Privacy ∙ Terms ∙ Collection notice · Start writing", "Discussion about this post", "Write a comment…"),
    "blogger": ("Powered by Blogger · Report Abuse", "Post a Comment", "Note: only a member of this blog may post a comment."),
    "squarespace": ("Made with Squarespace", "Comments", "Comments are moderated before they appear."),
}


def blog(blogname, domain, style, title, author, date, body, expected, comments=(), tagline="", sidebar=()):
    poweredby, chead, cnote = BLOG_STYLES[style]
    side = "".join(f"<li>{esc(x)}</li>" for x in sidebar) or "<li>Archives</li><li>Categories</li>"
    com = ""
    if comments is not None:
        items = "".join(f"<li class=\"comment\"><cite>{esc(a)}</cite> <span class=\"says\">says:</span> <time>{esc(t)}</time><p>{esc(c)}</p><a href=\"#\">Reply</a></li>\n" for a, t, c in comments)
        com = f"<section id=\"comments\"><h3>{len(comments)} thoughts on “{esc(title)}”</h3><ol>{items}</ol><h3>{esc(chead)}</h3><p>{esc(cnote)}</p></section>"
    body_html = f"""<div class="cookie-notice">This site uses cookies. By continuing to use this website, you agree to their use. <a href="#">Close and accept</a></div>
<header id="masthead"><p class="site-title"><a href="https://{domain}/">{esc(blogname)}</a></p><p class="site-description">{esc(tagline)}</p>
<nav class="menu"><a href="#">Home</a> <a href="#">About</a> <a href="#">Contact</a></nav></header>
<div class="wrap"><main><article class="post">
<h1 class="entry-title">{esc(title)}</h1><p class="entry-meta">Posted on <time>{esc(date)}</time> by {esc(author)}</p>
<div class="entry-content">{paras(body)}</div>
<p class="share">Share this: Facebook · X · WhatsApp · Email</p>
</article>
{com}</main>
<aside class="widget-area"><ul>{side}</ul></aside></div>
<footer class="site-footer">{esc(poweredby)}</footer>"""
    DOCS.append(("blog", "html", page(f"{title} – {blogname}", "", body_html), expected))


def txt(kind, text, expected):
    DOCS.append((kind, "txt", text.strip("\n") + "\n", expected))


def review(text, expected):
    txt("review", text, expected)


def social(text, expected):
    txt("social", text, expected)


def fb(group, members, poster, when, text, comments, expected, reacts="👍❤️ 14"):
    lines = [group, f"Private group · {members} members", "", poster, f"{when} · 👥", "", text.strip(), "", f"{reacts}    {len(comments)} comments", "", "Most relevant ▾", ""]
    for c in comments:
        name, body = c[0], c[1]
        t = c[2] if len(c) > 2 else "1h"
        lines += [name, body.strip(), f"Like · Reply · {t}", ""]
    lines.append("Write a comment…")
    DOCS.append(("facebook", "txt", "\n".join(lines) + "\n", expected))


# ---------------------------------------------------------------------------------------
# NEWS
# ---------------------------------------------------------------------------------------

news("courier", "Garrison primary keeps 'good' rating as inspectors praise support for army children",
     "By Hannah Purkiss, Education Reporter", "Thursday 14 March 2024, 5:00am",
     """A CHURCH primary school on the edge of Salisbury Plain has held on to its 'good' grade, with inspectors singling out the way staff look after children whose parents are deployed overseas.

Sarsen Down Church of England Primary School in Larkbury, which has 312 pupils aged four to 11, was visited in January. Around seven in ten of its children are from service families, and the school has more than 20 home languages, including Nepali, Fijian and Polish.

The report says pupils are "kind, curious and proud of their school" and that a "well-organised" system of 'deployment buddies' helps children cope when a mum or dad is away.

Headteacher Caroline Hiscock said: "We are a school where children arrive in every term of the year, sometimes with a week's notice. I am so proud of how our team makes every single child feel they belong from day one."

Inspectors said reading in Key Stage 1 had improved but that leaders needed to make sure history and geography were "taught in enough depth". Deputy head Mr Adeyemi, who leads on safeguarding, was described as having "a detailed knowledge of every vulnerable pupil".

A spokesperson for the Avon & Plain Diocesan Academy Trust said: "This is a testament to the dedication of everyone at Sarsen Down."

The school is next due to be inspected in 2028.""",
     [L(S, "exact", "neutral"), L(CH, "exact", "neutral"), L(TA, "title_surname", "neutral")],
     comments=[("Plainsman62", "2 hours ago", "Good to see some positive news for once."),
               ("Wendy_W", "1 hour ago", "My grandson loves it there. The deployment buddies idea is lovely.")])

news("courier", "Father who threatened Larkbury headteacher in school car park handed restraining order",
     "By Tom Whatley, Court Reporter", "Wednesday 9 October 2024",
     """A FATHER who told a primary school headteacher he would "put her through the windscreen" has been banned from contacting her for two years.

Darren Cole, 34, of Alma Terrace, Larkbury, admitted a public order offence when he appeared before Salisbury magistrates on Monday.

The court heard that Cole confronted Caroline Hiscock, head of Sarsen Down CE Primary, in the school car park in June after his son was given an internal exclusion. Prosecutor Anna Brierley said Cole slapped the bonnet of Mrs Hiscock's car, shouted "you'll get yours" and then filmed her on his phone as she walked back into the building.

In a victim statement read to the court, Mrs Hiscock said she now checks her mirrors every time she leaves the site. "I have given 26 years to children in this town. I should not have to be frightened of coming to work," she said.

Mitigating, Lucy Farrant said Cole had been under strain after returning from a six-month tour and was "deeply ashamed".

Cole was fined £480 and ordered to pay £85 costs and a £192 surcharge. The restraining order bans him from the school grounds except to drop off and collect his children at the gate.""",
     [L(CH, "exact", "neutral"), L(S, "alias", "neutral")],
     comments=[("justsaying", "3 days ago", "Disgraceful. Teachers have enough on without this."),
               ("Kev_Amesbury", "3 days ago", "Two years isn't long enough. Glad she's OK."),
               ("Hazel B", "2 days ago", "Whatever's going on at home, you don't go after a teacher. Full stop.")])

news("courier", "School business manager suspended as trust probes 'financial irregularities'",
     "By Hannah Purkiss", "Friday 7 February 2025",
     """A SENIOR member of staff at a Larkbury primary school has been suspended while an academy trust investigates what it calls "irregularities" in school accounts.

The Courier understands that Deborah Mundy, business manager at Sarsen Down CE Primary School, has not been in work since mid-January. Parents were told in a brief letter that "a member of the administrative team is currently absent".

Sources close to the school said the investigation centres on money collected for a Year 6 residential trip to the Isle of Wight and on the school's breakfast club account. Wiltshire Police said they had "received a referral" but no arrests had been made.

One mother, who asked not to be named, said: "We paid £285 each for that trip and now we're told it might not go ahead. The school's kept us completely in the dark. Nobody answers the phone."

A spokesperson for the Avon & Plain Diocesan Academy Trust said: "We are aware of concerns and are following our procedures. It would be inappropriate to comment further while that process is under way. We want to reassure families that the residential will go ahead."

Mrs Mundy could not be reached for comment.""",
     [L(DM, "exact", "defamation"), L(S, "alias", "negative")],
     comments=[("Spudgun", "5 hours ago", "Innocent until proven guilty people."),
               ("Mel Parr", "4 hours ago", "The office has been chaos all year. Not surprised something's come out.")])

news("wessexlive", "Parents FURIOUS as Wiltshire primary bans crisps from packed lunches – 'it's the nanny state gone mad'",
     "By Jodie Ransome, Trends Reporter", "11:42, 3 SEP 2024",
     """Parents at a Wiltshire primary school have hit out after being told that crisps, chocolate bars and fizzy drinks will no longer be allowed in packed lunches.

The new 'healthy lunchbox' policy at Sarsen Down CE Primary in Larkbury came into force on the first day of term, with a letter from headteacher Mrs Hiscock warning that children found with banned items would have them "returned home at the end of the day".

Dozens of parents took to a local Facebook group to vent their frustration. One dad wrote: "My lad is six and eats about four things. If you take the Quavers away he'll eat nothing. Who do they think they are?"

Another parent added: "Half of us are on the patch with our other halves away. We don't need Mrs Hiscock policing a packet of crisps on top of everything else."

Others backed the move. "Honestly it's about time," one mum said. "Some of the lunchboxes I've seen on trips are a Greggs and a Monster."

The school's letter said the policy had been introduced after consultation with the school council and the trust's healthy schools lead.

WessexLive has approached Sarsen Down for comment.

READ NEXT: The Wiltshire village where a pint still costs £3.80""",
     [L(S, "alias", "negative"), L(CH, "title_surname", "negative")],
     comments=[("HarryNoBrakes", "1h", "In my day you got a slap and a bag of Frazzles"),
               ("Lou-Lou73", "52m", "how is this news"),
               ("sensible_sue", "40m", "Good for the school. Kids can have crisps at home.")])

news("grapevine", "Dashain and Tihar light up the school hall",
     "Words and photos: Bimala Thapa, Community Hub volunteer", "Issue 118 — November 2024",
     """What a fortnight it has been! For many of our Nepali families, Dashain and Tihar are the biggest celebrations of the year, and this year the children at Sarsen Down Primary made sure everyone on the patch could join in.

Year 2 teacher Sabitra Gurung, who leads on English as an additional language, organised an after-school workshop where children made tika with rice, yoghurt and colouring, and learnt why the jamara grass is grown for ten days. Teaching assistant Mrs Rai taught the Reception children a Deusi-Bhailo song, which they then performed — very loudly — to the rest of the school.

"Some of our children have moved three or four times before they are seven," Mrs Gurung told the Grapevine. "When they see their festival in the hall, with their grandma's food on the table, they know this is their school too."

The Gurkha Welfare team brought sel roti for everyone and the Fijian mums' group turned up with a tray of lovo chicken, which disappeared in minutes.

Diyo lamps made by Year 1 will be on display in the HIVE until the end of the month.""",
     [L(S, "alias", "neutral"), L(SG, "exact", "neutral"), L(KR, "title_surname", "neutral")],
     comments=[("Sunita G", "12 Nov", "So proud of our kids! Dhanyabad Sabitra miss 🙏"),
               ("Laura (1 R ANGLIAN wives)", "13 Nov", "Our daughter still singing the song at bedtime 😂")])

news("grapevine", "Range notice: live firing on Sarsen Down all week",
     "Posted by Hub Admin", "Monday 17 June 2024",
     """Defence Training Estate has asked us to remind residents that live firing will take place on the Sarsen Down and Netherstowe Ridge impact areas from Monday to Friday this week, including two night serials (Tuesday and Thursday, until 0100).

Red flags will fly on the Sarsen Down byway and the barriers at the Gifford Gap crossing will be closed. Please DO NOT walk dogs past the flagpole on Sarsen Down Road and never pick up any metal objects — report them to range control on 01632 960555.

Expect noise and some window rattle in Larkbury Camp and the north end of Netherstowe. If your pets are anxious, the vets on Station Road have put together a leaflet.

Families with new babies who need advance notice of night firing can sign up to the text alert service at the HIVE.""",
     [])

news("plainsong", "From the Vicarage: a harvest of thanks",
     "The Revd Owain Jenkins, Vicar", "Plainsong, October 2024 edition",
     """Dear friends,

There is something about harvest on the Plain that never fails to move me. On one side of the parish we have combines running late into the night on Manor Farm; on the other, a battalion packing kit for Estonia. Both, in their way, are about providing for others.

Our church school celebrated harvest in St Alban's on the last Friday of September. I want to thank Mrs Hiscock and her staff for the enormous effort that goes into getting three hundred children, their tins and their very excitable parents into a building designed for a hundred and fifty. Miss Waqanivalu's Reception class sang 'Cauliflowers Fluffy' with actions, and there was not a dry eye in the house — or, at least, not in the front pew where I was sitting.

The tins and packets have gone to the Larkbury food bank, which tells me demand is up by a third on last year. If you can give, please do: there is a basket at the back of church every Sunday.

Our thanks too to the farmers of Netherstowe and Winterbourne Gifford who lent the straw bales, and to the Young Farmers who carried them.

With every blessing,
Owain""",
     [L(CH, "title_surname", "neutral"), L(IW, "title_surname", "neutral")],
     comments=None)

news("council", "South Plain Area Board — minutes of meeting held 22 May 2024 (draft)",
     "Clerk to the Area Board", "Published 29 May 2024",
     """Present: Cllr B. Noyce (Chair), Cllr R. Ashby, Cllr K. Thapa, Cllr M. Drewett. Also present: Insp. G. Hale (Wiltshire Police), Lt Col D. Rendell (Garrison Commander's representative), 14 members of the public.

## Item 6: Community Area Transport Group — Sarsen Down Road

6.1 The Chair reported that residents of Sarsen Down Road and Ridgeway Close had submitted a petition (87 signatures) requesting a 20mph limit between the Barrow & Bugle roundabout and the Sarsen Down Farm Shop entrance, citing quarry lorries and range traffic.

6.2 Highways officer Mr J. Kemp advised that a speed survey recorded an 85th percentile speed of 38mph. A 30mph limit with village gateway features was recommended instead; the 20mph request did not meet current policy.

6.3 Cllr Thapa asked whether tank-crossing signs could be refreshed at the Gifford Gap. Lt Col Rendell agreed to raise with the Defence Training Estate.

RESOLVED: to fund gateway features (£6,400) from the CATG budget, subject to a 50% contribution from Larkbury Town Council.

## Item 7: Open forum

7.1 A resident asked about fly-tipping in the Sarsen Down layby. Officers to follow up.

Meeting closed 20:47.""",
     [])

news("jobs", "Class Teacher (Year 3) — Sarsen Down CE Primary School, Larkbury",
     "Posted by Avon & Plain Diocesan Academy Trust", "Closing date: 31 March 2025",
     """Salary: MPS/UPS (Fringe) + TLR 2b available for the right candidate
Contract: Full time, permanent. Start date: September 2025

Sarsen Down Church of England Primary School is a happy, busy, 'good' school on the edge of Salisbury Plain. Around 70% of our children come from Armed Forces families, and we welcome new pupils in every month of the year. We are looking for a Year 3 teacher who is organised, warm and flexible, and who understands that a child arriving on a Tuesday with no records still deserves a brilliant Wednesday.

We can offer:
- A supportive leadership team and a genuine commitment to workload reduction (no written marking, centralised planning for foundation subjects)
- A brand-new Key Stage 2 building (opened 2024)
- Free on-site parking and a staff wellbeing day each year
- The chance to teach children from Nepal, Fiji, Kenya, Poland and all over the UK in a single class

Visits to the school are warmly encouraged. Please contact our School Business Manager, Mrs Deborah Mundy, on 01632 960412 to arrange a time, or email recruitment@sarsendown.example.

Headteacher: Caroline Hiscock

Sarsen Down CE Primary School is committed to safeguarding and promoting the welfare of children and expects all staff and volunteers to share this commitment. This post is subject to an enhanced DBS check, online searches and satisfactory references.""",
     [L(S, "exact", "neutral"), L(DM, "exact", "neutral"), L(CH, "exact", "neutral")],
     comments=None)

news("inspect", "Inspection of Sarsen Down Church of England Primary School",
     "Schools Inspection Service", "Inspection dates: 23 and 24 January 2024",
     """## What is it like to attend this school?

Pupils are happy and safe at this school. They say that adults are kind and that "if you're new, everyone wants to be your friend". Many pupils join and leave the school part-way through the year because their families are in the Armed Forces. The school manages this well. Pupils who arrive with little or no English are quickly helped to settle.

Behaviour in lessons and around the school is calm. Pupils know the school's Christian values of hope, courage and friendship, and they can explain what these mean in their own words.

## What does the school do well and what does it need to do better?

The school has made reading a priority. Phonics is taught consistently from the first weeks in Reception. Staff check carefully what pupils know and give extra help to those who fall behind.

In mathematics and English the curriculum is well sequenced. However, in some foundation subjects, such as history and geography, the school has not identified the most important knowledge that pupils need to learn. As a result, pupils' recall of this content is patchy. Leaders have not checked closely enough how well these subjects are being taught.

Pupils with special educational needs and/or disabilities (SEND) are identified accurately. The SENCo works closely with families, although some parents told inspectors that communication about support plans could be clearer.

The headteacher, Caroline Hiscock, and the trust have an accurate view of the school's strengths. Staff say that leaders consider their workload and well-being.

## Safeguarding

The arrangements for safeguarding are effective.

## What does the school need to do to improve?

The school has not ensured that the curriculum in some foundation subjects is sufficiently well designed and implemented. The school should identify the key knowledge pupils need to learn and check that this is taught and remembered.""",
     [L(S, "exact", "negative"), L(CH, "exact", "neutral")],
     comments=None)

news("nonleague", "Adeyemi double fires Chippenham into play-off places",
     "Match report by Gaz Petty", "Saturday 2 November 2024",
     """Chippenham Town 2 Hungerford Town 1

Tunde Adeyemi picked the perfect afternoon to end his five-game drought, firing two second-half goals to lift the Bluebirds into the top five.

The visitors had the better of a scrappy first half and went ahead on 38 minutes when a long throw caused chaos and Rhys Carter stabbed home from close range.

But Adeyemi, signed from Bath in the summer, levelled on the hour with a fierce drive into the top corner, then won it with nine minutes left, holding off two defenders and sliding the ball under the keeper.

"Tunde's been working so hard, and he deserved that," said manager Dean Staples. "The lads love him. He'll sleep well tonight."

Attendance: 612""",
     [], comments=[("BluebirdBarry", "2 Nov", "Adeyemi worth the entry fee alone today"), ("Hungerford_Hoops", "2 Nov", "Robbed. Second was offside all day")])

news("walesdaily", "Siân Davies MS: free school meals plan 'must reach every primary'",
     "By Gwenllian Rees, Political Correspondent", "Tuesday 21 January 2025",
     """Siân Davies, the Member of the Senedd for Cwm Tawe and Gower North, has urged ministers to make sure universal free school meals reach every primary school pupil in Wales "without exception".

Speaking in the Senedd chamber, Ms Davies said some primary schools in her constituency were still struggling to cope with the extra demand because their kitchens were too small.

"A head teacher in Ystalyfera told me she has dinner ladies serving in the corridor," she said. "That is not dignified for the children or for the staff."

The Welsh Government said £70m had been spent on kitchen upgrades since 2022.

Ms Davies, a former primary school teacher herself, also called for a review of school transport in rural areas.""",
     [], comments=[("Dai_Pontardawe", "21 Jan", "Good on her. Well said Siân.")])

news("courier", "Dinner lady who served 'spotted dick and smiles' for 30 years dies aged 91",
     "Obituaries desk", "Saturday 18 May 2024",
     """GENERATIONS of Larkbury children will remember Margaret 'Peggy' Tull, who ran the kitchen at St Alban's Garrison School from 1967 until her retirement in 1997.

Born in Netherstowe in 1932, the daughter of a shepherd, Peggy married Jim Tull, the school caretaker, in 1953. The couple lived in the caretaker's cottage beside the school gates for more than 40 years.

Former pupils took to social media to share memories of her jam roly-poly, her "eyes in the back of her head" and her habit of slipping an extra potato to any child whose dad was away on exercise.

Ed Sturgess, who took over from her husband as caretaker and is still site manager at what is now Sarsen Down Primary, said: "Peggy was strict but fair. If you didn't finish your greens you'd hear about it, but there wasn't a kid on that camp she didn't love. She taught me how to bleed the old boilers, too."

Peggy is survived by her son Kevin, three grandchildren and five great-grandchildren. Her funeral will take place at St Alban's Church, Larkbury, on Friday 31 May at 11am. Family flowers only; donations to the Salisbury Hospice.""",
     [L(S, "alias", "neutral"), L(ES, "exact", "neutral")],
     comments=[("Jackie Hooper", "18 May", "Best custard in Wiltshire. RIP Mrs Tull x"),
               ("Gary from Tidcombe", "19 May", "She made me eat my cabbage in 1979 and I'm still grateful.")])

news("courier", "Green fingers: Larkbury gran's giant marrow takes top prize",
     "By Community Reporter", "Monday 9 September 2024",
     """A LARKBURY grandmother has beaten the county's best growers to win the heavyweight marrow class at the Avon Valley Show.

Sabitra Gurung, 68, who moved to Larkbury in 1999 when her husband was serving with the Gurkhas, grew the 31kg monster on her allotment off Station Road.

"My husband always said I talk to my vegetables more than I talk to him," laughed Mrs Gurung, who now has nine grandchildren. "In Nepal we grew pumpkins on the roof. Here I have a whole allotment — it is a luxury."

Show secretary Philip Heal said it was the first time in 14 years that the class had been won by a grower from the Plain.

Mrs Gurung plans to turn the marrow into achar and soup for the Larkbury Gurkha veterans' lunch club.""",
     [], comments=[("Sheila P", "9 Sep", "Well done Sabitra! Saw it at the show, it was enormous")])

news("forcesnews", "'Bula!' How Fijian families have made a home on Salisbury Plain",
     "By Capt (Retd) Mark Ellery, Families Correspondent", "3 October 2024",
     """When Losana Tuivaga arrived in Larkbury in the middle of a wet February with three children and a husband about to deploy, she did not know a single person.

Eighteen months later she runs a Sunday lovo for forty, sings in the Methodist choir and sits on the parent forum at her children's primary school.

"The Fijian community here is like a village," she said. "And the school was the first place that felt like home."

That school is Sarsen Down Primary, where Reception teacher Ilisapeci Waqanivalu — herself the daughter of a Fijian soldier who served with the Royal Logistic Corps — has built a reputation for making newly-arrived children feel at home. She greets families in Fijian, keeps a shelf of picture books in iTaukei and English, and has taught the whole school a meke for Fiji Day.

"When a child comes from Suva or from Catterick or from Cyprus, the first thing they need is to be seen," Miss Waqanivalu said. "Then they can learn."

Around 1,300 Fijian nationals currently serve in the British Army.""",
     [L(S, "alias", "neutral"), L(IW, "exact", "neutral")],
     comments=[("Sera V", "3 Oct", "Vinaka vakalevu Miss Ili! 🇫🇯"), ("RLC_Dad", "4 Oct", "Great piece. More of this please.")])

news("courier", "Police investigate racist graffiti sprayed on primary school sign",
     "By Tom Whatley", "Tuesday 23 April 2024",
     """POLICE are investigating after racist graffiti was sprayed on the sign outside a Larkbury primary school over the weekend.

Staff arriving at Sarsen Down CE Primary School on Monday morning found an offensive slogan targeting Nepali families daubed in black paint across the school's name board. It was covered up before children arrived.

Headteacher Caroline Hiscock said: "Our Gurkha families have served this country with extraordinary courage. Their children are our children. Whoever did this does not speak for Larkbury and will not change who we are."

Year 2 teacher Sabitra Gurung, whose father served in the Brigade of Gurkhas, said she had been "overwhelmed" by messages of support from parents of every background.

Wiltshire Police are treating the incident as a hate crime. Anyone with information is asked to call 101 quoting crime reference 54240038761.

The Garrison Commander said the Army "utterly condemns" the graffiti.""",
     [L(S, "alias", "neutral"), L(CH, "exact", "neutral"), L(SG, "exact", "neutral")],
     comments=[("Proud Wiltshireman", "23 Apr", "Absolutely shameful. Hope they catch them."),
               ("Nisha R", "23 Apr", "Thank you Mrs Hiscock for standing with us.")])

news("wessexlive", "Wiltshire Reception teacher becomes TikTok star with 'bula' welcome videos watched by millions",
     "By Jodie Ransome", "16:05, 28 JAN 2025",
     """A primary school teacher from Wiltshire has become an unlikely social media sensation after videos of her welcoming children into class went viral.

Ilisapeci Waqanivalu, who teaches Reception at a Church of England primary in the garrison town of Larkbury, greets every child with a personalised handshake, a "bula!" and a song in one of the 14 languages spoken in her classroom.

One clip, posted by a parent with permission, has been viewed more than 4.2 million times.

Commenters have called her "the teacher every kid deserves" and "a national treasure". One wrote: "I'm 43 and I want to go back to Reception."

The teacher, known to her pupils as 'Miss Lisi', said she was "a bit embarrassed" by the attention. "I just do what my own teachers did for me in Nausori," she said.

Her school, Sarsen Down CE Primary, said it was "incredibly proud".""",
     [L(IW, "exact", "neutral"), L(S, "alias", "neutral")],
     comments=[("tracey_tracey", "3h", "What a lovely lady"), ("WiltsDad", "2h", "This is what teaching is about 👏")])

news("courier", "PLAIN SPEAKING: Crisps, coursework and a headmistress who knows best",
     "By Gerald Pockett — our man in Netherstowe", "Friday 13 September 2024",
     """I SEE the headmistress up at Sarsen Down has decided that a packet of salt and vinegar is now a threat to civilisation.

Mrs Hiscock — a woman with all the warmth of a milking parlour at 5am and roughly the same smell of self-importance — has informed the parents of Larkbury that their lunchboxes will be inspected. By whom? Presumably by the same crack team who can't get a newsletter out without three spelling mistakes.

I have met the lady twice, at parish council do's. On both occasions she talked at me for ten minutes about "wellbeing" without drawing breath, and on both occasions I left knowing less than when I arrived. She is, in short, a jumped-up clipboard in a cardigan.

When I was at the garrison school in 1961 we had a bottle of warm milk and a clip round the ear and we turned out fine. Mostly.

Somebody on the governing body ought to find this woman a hobby. Preferably one a long way from other people's children.

Gerald Pockett's views are his own.""",
     [L(S, "short_name", "negative"), L(CH, "title_surname", "abuse")],
     comments=[("Anna K", "13 Sep", "This is nasty and beneath the Courier. Criticise the policy, not her appearance."),
               ("OldLarkburian", "13 Sep", "Gerald says what we're all thinking 😂"),
               ("Mike T", "14 Sep", "Editor should be ashamed of printing personal insults about a head teacher.")])

news("courier", "Deputy head 'not in school' as trust investigates complaint from parent",
     "By Hannah Purkiss", "Thursday 27 June 2024",
     """THE deputy headteacher of a Larkbury primary school has been asked to stay away from work while an investigation takes place into a complaint that he used unnecessary force on a pupil.

Tunde Adeyemi, deputy head and designated safeguarding lead at Sarsen Down CE Primary, is understood to have been accused of grabbing a Year 5 boy by the arm during an incident in the playground last month.

The Avon & Plain Diocesan Academy Trust confirmed that "a member of staff is not currently working at the school while a complaint is considered in line with statutory guidance". It stressed that this was "a neutral act and not a disciplinary sanction".

The boy's mother told the Courier: "My son came home with marks on his arm. I want answers."

Several other parents have contacted the paper in support of Mr Adeyemi. "He is the best thing about that school," one father said. "He's the one who stayed until seven at night when my daughter was in crisis. I will be gutted if this ends his career over one dad's Facebook rant."

The Local Authority Designated Officer (LADO) has been informed.""",
     [L(TA, "exact", "defamation"), L(S, "alias", "neutral")],
     comments=[("Jo Mac", "27 Jun", "Mr Adeyemi is an amazing man. This is a witch hunt."),
               ("Realist101", "27 Jun", "Let the investigation do its job. No one's above it.")])

news("grapevine", "New to Larkbury? Your school places questions answered",
     "Hub Admin", "Issue 121 — February 2025",
     """Every posting season the Hub gets the same questions, so here's the short version.

Q: Can I get a school place before I move?
A: Yes. Service families can apply with a unit address and a copy of their assignment order. You don't need to wait for your march-in.

Q: Which schools are there?
A: On the camp itself there's SDPS — Sarsen Down Primary — which takes children from 4 to 11. There's also the infant school in Netherstowe, and Larkbury Academy for secondary.

Q: Who do I speak to?
A: For SDPS admissions ring the school office on 01632 960413 and ask for Mrs Mundy. She is the fount of all knowledge on uniform, dinners and the Service Pupil Premium.

Q: What about children with additional needs?
A: Let the school know before you arrive if you can. The SENCo can start the paperwork early.

Q: My child is anxious about moving again. Any tips?
A: The Little Troopers club runs every Wednesday at the school and there's a deployment support group in the HIVE on Thursdays.""",
     [L(S, "alias", "neutral"), L(DM, "title_surname", "neutral")],
     comments=[("Kirsty (REME)", "2 Feb", "Can confirm Mrs Mundy is a legend. Sorted our place in a day.")])

news("farmer", "Sheep worrying: two ewes killed on Sarsen Down",
     "By Farm Desk", "12 April 2024",
     """A Netherstowe farmer is urging dog walkers to keep their animals on leads after two in-lamb ewes were killed and a third badly injured on Sarsen Down last weekend.

Rob Hiscock, who grazes around 600 ewes on the down under licence from the Defence Training Estate, said: "The flock was spread right across the slope. One dog can do this in five minutes. People think it's a big open space and the sheep don't belong to anybody."

NFU Mutual estimates dog attacks on livestock cost UK farmers more than £2m last year.

Police are appealing for witnesses who were on the Sarsen Down byway between 3pm and 5pm on Sunday 7 April.""",
     [], comments=[("Tractor Ted", "12 Apr", "Shoot the dog. Harsh but it's the law.")])

news("courier", "Scaffolding firm fined after pole fell onto A360 near Larkbury",
     "By Tom Whatley", "Thursday 6 June 2024",
     """A SCAFFOLDING firm has been fined £18,000 after a steel pole fell from a lorry onto the A360, narrowly missing a car.

SDPS Scaffolding Ltd, of Unit 4, Gifford Business Park, pleaded guilty at Salisbury magistrates to failing to secure a load.

The court heard a 6m tube slid off the back of the firm's flatbed near the Larkbury turn in February and bounced across both lanes. Driver Kayleigh Moss, 29, said she "genuinely thought that was it".

Director Steve Pocock said the company had since changed its loading procedures and retrained all drivers.""",
     [], comments=[("Steve O", "6 Jun", "SDPS have done my roof, good lads, but that could've killed someone")])

news("courier", "Photographers' society celebrates 75 years with Plain exhibition",
     "By Arts Reporter", "Saturday 12 October 2024",
     """THE Salisbury & District Photographic Society (SDPS) is marking its 75th anniversary with an exhibition of members' work at the Arts Centre.

"Light on the Plain" includes more than 60 prints, from misty dawns over Sarsen Down to black-and-white studies of Larkbury market in the 1970s.

Society chair Pauline Marsh said: "We were founded in 1949 by a group of RAF photographers from Boscombe Down. We're delighted SDPS is still going strong."

The exhibition runs until November 9. Entry is free.""",
     [])

news("courier", "Farm shop scoops county food award",
     "By Business Reporter", "Wednesday 20 November 2024",
     """A FAMILY-RUN farm shop on the edge of Larkbury has been named Wiltshire's Best Rural Retailer at the county food and drink awards.

Sarsen Down Farm Shop, which opened in a converted cattle shed in 2017, sells beef and lamb from the family's own herd, as well as bread, cheese and cider from within 30 miles.

Owner Jess Maidment said: "We're a small team and this means the world. Thank you to everyone who voted, especially all the army families who have become regulars."

The shop, on Sarsen Down Road, also runs a café and a children's play area.""",
     [], comments=[("Foodie Fran", "20 Nov", "Best sausage rolls in the county. Deserved!")])

news("courier", "Marlborough nursery praised for forest school sessions",
     "By Education Reporter", "Friday 28 February 2025",
     """A MONTESSORI nursery in Marlborough has been rated 'outstanding' by inspectors, who praised its outdoor learning.

Sarsen Down Montessori, which looks after 42 children aged two to five from a converted barn on the Bath Road, takes its name from the sarsen stones on the Marlborough Downs.

Inspectors said children were "deeply engaged" during forest school sessions and that staff were "skilled at extending children's thinking".

Manager Clare Whitby said: "Our children spend more time outside than in. Mud is not the enemy."
""",
     [])

news("courier", "Mother fined for 'vile' Facebook campaign against Year 6 teacher",
     "By Tom Whatley, Court Reporter", "Thursday 12 December 2024",
     """A MOTHER who bombarded a primary school teacher with abusive Facebook posts after her daughter was moved to a different reading group has been fined and given a restraining order.

Chantelle Webb, 31, of Kestrel Close, Larkbury, admitted harassment without violence at Salisbury Magistrates' Court.

The court heard that over eight weeks Webb published more than 40 posts about Siân Davies, a Year 6 teacher at Sarsen Down CE Primary School, in a parents' group with about 1,900 members. The posts described Mrs Davies as a "Welsh witch" and a "useless old bag" and encouraged other parents to "make her life hell".

In a statement, Mrs Davies said she had become anxious about going to the supermarket in Larkbury. "I have taught in this town for 19 years. I taught some of these parents. I never imagined this," she said.

Chair of the bench Philip Armitage told Webb: "Teachers are entitled to do their jobs without being hounded online."

Webb was fined £350 and must pay £200 compensation to Mrs Davies.""",
     [L(SD, "exact", "neutral"), L(S, "alias", "neutral")],
     comments=[("Rhian", "12 Dec", "Good. Mrs Davies taught both my boys and she's wonderful."),
               ("NoFilter", "12 Dec", "Restraining order for some Facebook posts? Snowflake Britain.")])

news("jobs", "Site Manager — Sarsen Down Primary, Larkbury (37 hrs, all year round)",
     "Avon & Plain Diocesan Academy Trust", "Posted 2 days ago · Closing 14 April 2025",
     """Grade 5, SCP 9-12 (£25,584 – £26,835 pro rata) · Permanent · Start June 2025

After 31 years keeping our buildings safe, warm and (mostly) leak-free, our much-loved site manager Ed Sturgess is hanging up his keys. We are looking for someone to fill some very large wellies.

About the role:
- Opening and locking the site, including occasional evening lettings (Brownies, Gurkha community dance, church hall overflow)
- Minor repairs, painting, grounds and gritting (yes, it snows on the Plain)
- Liaising with contractors and keeping statutory compliance logs up to date
- Being a friendly, patient face at the gate for 300 children who will ask you about your van

You will need a full driving licence and be willing to be a keyholder. Experience of working in a school is helpful but not essential — Ed will spend four weeks handing over everything he knows, including which radiator in the hall needs a kick.

Informal enquiries to the School Business Manager on 01632 960412 (school office) or sbm@sarsendown.example.

Safer recruitment: all appointments subject to an enhanced DBS check with barred list.""",
     [L(S, "alias", "neutral"), L(ES, "exact", "neutral")],
     comments=None)

news("council", "Larkbury Town Council — Full Council minutes, 11 November 2024",
     "Town Clerk", "Approved 9 December 2024",
     """PRESENT: Cllr M. Drewett (Mayor), Cllrs Ashby, Bale, Gurung (H.), Noyce, Pike, Thapa, Vuniwaqa. In attendance: Town Clerk; 9 members of the public; PCSO Dean.

24/118 PUBLIC PARTICIPATION
A resident of Kennet Lane spoke about parking at school drop-off and pick-up times. Cars were mounting the verge and blocking driveways, and a refuse lorry had been unable to get through on three occasions. The resident said the school had "ignored repeated requests" to remind parents and that a letter sent in September had gone unanswered.

24/119 CORRESPONDENCE
(a) Letter from Mrs C. Hiscock, Headteacher, Sarsen Down Primary School, dated 4 November, apologising for the delay in responding, confirming that a reminder had been included in the school newsletter and requesting that the Council consider funding yellow zig-zag markings. Noted.
(b) Email from Wiltshire Highways re: gateway features on Sarsen Down Road (see Area Board minutes). Noted.
(c) Email from Mr T. Adeyemi, Deputy Headteacher, offering a Year 6 'road safety ambassadors' scheme at the school gate. Welcomed.

24/120 RESOLVED that the Clerk writes to the Trust and to the school asking for a meeting with the headteacher and PCSO Dean before the end of term, and that the matter is placed on the December agenda.

Cllr Pike declared a non-pecuniary interest as a parent at the school.

24/121 ALLOTMENTS
Plot 14 (Station Road) to be offered to the next person on the waiting list.""",
     [L(S, "alias", "negative"), L(CH, "initial_surname", "neutral"), L(TA, "initial_surname", "neutral")],
     comments=None)

news("wessexlive", "Nativity WAR: parents' WhatsApp group 'explodes' after Wiltshire school casting row",
     "By Jodie Ransome", "09:15, 6 DEC 2024",
     """It's the most wonderful time of the year — unless you're in the Year 2 parents' WhatsApp group at a Wiltshire primary school.

Screenshots seen by WessexLive show mums and dads at Sarsen Down in Larkbury trading insults over who had been cast as Mary, Joseph and the Angel Gabriel in this year's nativity.

One parent accused the class teacher, referred to in the chat as "Mrs G", of "always picking the same five kids" and claimed their son had been "stuck as a sheep for the third year running".

Another replied: "He's a sheep because he can't stand still for ten seconds, Karen."

The row reportedly escalated to the point that the group's admin — a dad currently serving in Cyprus — had to remove two members and post a message asking everyone to "wind their necks in, it's a nativity".

One mum told us: "Honestly, it's been better than EastEnders. The actual play is on Thursday and I can't wait."
""",
     [L(S, "short_name", "neutral"), L(SG, "first_initial", "negative")],
     comments=[("LolaB", "2h", "I was a donkey three years in a row and look at me now"), ("ShaunW", "1h", "Slow news day")])

news("courier", "Pupils plant 1,000 trees to give the Plain a new hedge",
     "By Hannah Purkiss", "Monday 3 March 2025",
     """MUDDY boots and big smiles were the order of the day as children from a Larkbury primary school helped plant a new hedgerow on the edge of the training area.

More than 60 Year 4 pupils from Sarsen Down spent the day on Manor Farm, Netherstowe, planting hawthorn, blackthorn, field maple and dog rose whips along a 400-metre stretch beside the byway.

The project, funded by the Woodland Trust and the Defence Training Estate's conservation group, will create a wildlife corridor for dormice, yellowhammers and the rare stone curlew.

Class teacher Mr Wójcik said his pupils had been studying habitats all term. "They've been counting bees in the school garden since September, so putting a thousand trees in the ground was the perfect finale. One of them asked if she could come back and visit her tree when she's 40."

Farmer Ben Maidment added: "My grandad pulled out half the hedges on this farm in the 1960s. It's nice to see them going back in."
""",
     [L(S, "short_name", "neutral"), L(TW, "title_surname", "neutral")],
     comments=[("Yellowhammer", "3 Mar", "Lovely. More schools should do this.")])

news("courier", "Car destroyed in fire on Sarsen Down Road",
     "By News Desk", "Sunday 16 February 2025",
     """FIREFIGHTERS from Amesbury and Larkbury were called to a car fire on Sarsen Down Road in the early hours of Saturday.

Crews found a Ford Focus well alight in a layby near the junction with the Gifford Gap road at about 2.40am. Nobody was in the vehicle. The fire is being treated as deliberate.

Anyone who saw anything suspicious in the area is asked to call police on 101.""",
     [], comments=[("Night_Owl", "16 Feb", "Third one down that layby this year")])

news("courier", "Darts: Sturgess hits the first nine-darter in Tisbury league history",
     "By Sports Desk", "Thursday 10 October 2024",
     """ED Sturgess wrote his name into local darts folklore on Tuesday night, throwing a perfect nine-dart leg for the Tisbury Legion in their Division One clash with the Fonthill Arms.

The 27-year-old plasterer hit two maximums and then checked out 141 with treble 20, treble 19, double 12, to a roar that, according to team-mates, "could be heard in Shaftesbury".

"I honestly didn't know what I'd done till everyone jumped on me," said Sturgess, who only joined the team in January.

Tisbury Legion won the match 7-2.""",
     [])

news("courier", "LETTERS: Praise for a teacher who saw potential",
     "Letters to the Editor", "Friday 24 January 2025",
     """Sir — Reading your report on the restraining order handed to the father who threatened the head of Sarsen Down (Courier, October 9), I felt I had to write.

In 1998 I was an angry eleven-year-old at what was then St Alban's Garrison School. My dad was in Bosnia and I was in trouble most days. Mrs Hiscock — Miss Pike as she was then, in her second year of teaching — kept me in at lunch every day for a month. Not as a punishment: to read with me. She was strict but fair, and she was the first adult who ever told me I was clever.

I am now a serving Warrant Officer with two children of my own at the same school. Whatever anyone thinks of crisps in lunchboxes, I hope the people of Larkbury remember that behind the headlines are teachers who change lives.

WO1 Dean Archer, Larkbury Camp""",
     [L(S, "alias", "neutral"), L(CH, "title_surname", "neutral")],
     comments=None)

news("plainsong", "Church School Corner",
     "Compiled by the Foundation Governors", "Plainsong, March 2025",
     """Lent has started in style at our church school. Each class has taken on a '40 acts of kindness' challenge, and Year 6 have been visiting residents at Avonbrook Care Home on Thursday afternoons to play dominoes and, we are told, to lose very badly at rummy.

Mrs S. Davies reports that the Year 6 Lent garden is "a work in progress" and asks anyone with spare moss or small stones to bring them to the school office. We are also grateful to Ed, our site manager, who spent a whole Saturday building the new raised bed by the chapel door.

Collective worship on Fridays continues to be led by Revd Owain and by Mr Adeyemi, whose 'question of the week' has had the Year 3s debating whether God likes football. (Consensus: yes, but not Chelsea.)

The Easter service will be held in St Alban's on Thursday 10 April at 2pm. All welcome — come early if you want a seat!

Foundation governors: Mrs Ann Merediths, Mr Colin Bale, Revd Owain Jenkins.""",
     [L(SD, "initial_surname", "neutral"), L(ES, "nickname", "neutral"), L(TA, "title_surname", "neutral")],
     comments=None)

news("forcesnews", "Damp, mould and coughing children: life on the Larkbury patch",
     "By Sarah Okafor, Housing Correspondent", "14 November 2024",
     """Behind the neat lawns of Larkbury's married quarters, families say they are living with black mould, broken boilers and repair tickets that go unanswered for months.

Forces News Wire spoke to eleven families on the estate. Seven said a child had needed a GP appointment for a chest or ear infection they linked to damp.

"My daughter has missed nine days at school this term," said one mother, whose husband is a corporal. "The school have been brilliant — Sarsen Down Primary send work home and the welfare officer rings — but I can't keep her warm in her own bedroom."

The Defence Infrastructure Organisation said it had "increased investment" in the Larkbury estate and that all damp and mould reports were "treated as a priority".

A new repair contract begins in April.""",
     [L(S, "alias", "neutral")],
     comments=[("Cpl_Wife_Larkbury", "14 Nov", "Same on Ferozepore Road. Three months for a boiler part."),
               ("Tom H", "15 Nov", "Disgraceful way to treat people who serve.")])

news("wessexlive", "Wiltshire head teacher hits out at 'vile' online abuse of her staff: 'we are human beings'",
     "By Daniel Frith", "07:00, 18 OCT 2024",
     """A headteacher has spoken out after her staff were subjected to a torrent of online abuse, including racist comments and threats.

Caroline Hiscock, head of Sarsen Down CE Primary in Larkbury, said she had reported more than 30 posts to police and social media companies since the start of term.

Among the messages, she said, were comments telling a Nepali teacher to "go back to the mountains", a post calling a colleague a "fat Welsh slag", and a Facebook comment suggesting someone should "wait for" a member of staff in the car park.

"I will not repeat the worst of it," Mrs Hiscock said. "Mrs Gurung has taught in this town for twelve years. She has taught the children of some of the people writing this stuff. We are human beings. We go to the same Tesco."

The Department for Education said schools could seek advice from its online safety helpline.

Wiltshire Police said officers were "actively investigating" several reports.""",
     [L(CH, "exact", "neutral"), L(S, "alias", "neutral"), L(SG, "title_surname", "neutral")],
     comments=[("Grace M", "4h", "Well said. Teachers are not punchbags."),
               ("Ashley", "3h", "Name and shame the people doing it"),
               ("pete_w", "2h", "Sad state of affairs.")])

news("courier", "Man charged over racially aggravated threats to Polish teacher",
     "By Tom Whatley", "Wednesday 5 March 2025",
     """A LARKBURY man has been charged with racially aggravated harassment after a teacher at a primary school received threatening messages.

Lee Barnard, 41, of Ridgeway Close, is accused of sending a series of messages to Tomasz Wójcik, a Year 4 teacher at Sarsen Down CE Primary School, between December and February, including messages telling him to "go back to Poland before someone sends you back in a box".

Barnard is due to appear before Salisbury magistrates on March 26.

A spokesperson for the Avon & Plain Diocesan Academy Trust said: "We are supporting our colleague and are grateful to Wiltshire Police. There is no place for racism in our schools or in our community."

Mr Wójcik, who has taught at the school since 2017, coaches the school's football and cross-country teams.""",
     [L(TW, "exact", "neutral"), L(S, "alias", "neutral")],
     comments=[("Kasia", "5 Mar", "Mr Wójcik taught my son. Kind man. I hope he's OK."),
               ("Grumpy Git", "5 Mar", "Disgusting. Throw the book at him.")])

news("courier", "Nurse Siân hangs up her fob watch after 42 years on the wards",
     "By Community Reporter", "Friday 4 April 2025",
     """WHEN Siân Davies started as a student nurse at the old Salisbury Infirmary in 1983, patients could still smoke on the wards.

Now, 42 years later, the Welsh-born sister of the hospital's day surgery unit has retired, with a party attended by three generations of colleagues.

"I came for two years and stayed for forty-two," laughed Siân, 61, who grew up in Carmarthen. "Salisbury has been very good to me."

She plans to spend her retirement walking the Pembrokeshire coast path with her husband, Geraint, and spoiling her grandchildren in Larkbury and Bristol.""",
     [], comments=[("Di B", "4 Apr", "She looked after my mum. An angel.")])

news("inspect", "Statutory Inspection of Anglican and Methodist Schools — summary: Sarsen Down CE Primary",
     "Church Schools Inspection (summary page)", "Inspection date: 7 November 2024",
     """## Inspection findings

Sarsen Down CE Primary is living up to its foundation as a Church school and enabling pupils and adults to flourish.

The school's vision, rooted in the parable of the Good Samaritan, "Go and do likewise", is understood by pupils of many faiths and none. Hindu, Buddhist, Muslim, Christian and non-religious pupils speak confidently about how the vision shapes the way they treat each other.

Collective worship is inclusive and invitational. The deputy headteacher, Mr Adeyemi, leads worship with energy and humour and involves pupils in planning and leading. Pupils value the chance to reflect in the prayer garden.

Religious education is well led. Pupils have a secure knowledge of Christianity and of other faiths represented in the school community, including Hinduism, Buddhism and Islam.

## Development points

Deepen pupils' understanding of justice and responsibility so that they can take action on issues that matter to them beyond the school.""",
     [L(S, "alias", "neutral"), L(TA, "title_surname", "neutral")],
     comments=None)


news("jobs", "Teaching Assistant (Level 2) — Reception — Larkbury",
     "Posted by Sarsen Down CE Primary School", "Closing date: 20 June 2025",
     """27.5 hours per week, term time only · Grade 3 · Fixed term to 31 August 2026 (maternity cover)

We are looking for a kind, patient and energetic Teaching Assistant to join our Early Years team in Reception. You will work alongside our Reception teacher and our experienced EYFS TA team, supporting children's communication, language and personal development.

Our Early Years children come from all over the world. Some speak little English when they arrive; some have moved house four times before their fifth birthday. Experience with children with English as an additional language would be very welcome, as would any second language (Nepali, Fijian, Polish, Twi, Yoruba — we love them all).

Please note: this role includes intimate care (helping children with toileting and changing). All intimate care is carried out in line with our policy, which is available on request.

To apply, download an application form from sarsendown.example/vacancies and return it to Mrs D. Mundy, School Business Manager, at sbm@sarsendown.example. We do not accept CVs.

Interviews: week beginning 30 June. Sarsen Down is committed to safeguarding and promoting the welfare of children.""",
     [L(S, "alias", "neutral"), L(DM, "initial_surname", "neutral")],
     comments=None)

news("grapevine", "Fiji Day 2024: meke, lovo and a very wet tug-of-war",
     "By the Fijian Community Association (Larkbury)", "Issue 117 — October 2024",
     """Bula vinaka! Fiji Day on the Larkbury sports field was our biggest yet, with nearly 600 people despite the drizzle.

The highlight for many was the children's meke, led by Miss Lisi from Sarsen Down's Reception class, who had been rehearsing with 40 children (and several nervous dads) every Friday since the summer. The youngest dancer was three; the oldest was Sergeant Major Tuilagi, who we are told will not be doing it again.

The lovo pits were opened at 1pm and fed everyone, with extra help from the Gurkha cookhouse who brought dal bhat for anyone who fancied a change.

The tug-of-war between the Fijian and Gurkha teams ended in a draw when the rope snapped. A rematch is scheduled for the Larkbury Summer Fete.

Vinaka vakalevu to the Garrison Commander for the use of the field, and to all the volunteers.""",
     [L(IW, "nickname", "neutral"), L(S, "short_name", "neutral")],
     comments=[("Adi", "12 Oct", "Those kids did us proud 🇫🇯❤️")])

news("courier", "Open day and gymkhana for riding centre's 20th birthday",
     "By Community Reporter", "Thursday 1 August 2024",
     """THE Sarsen Down Equestrian Centre is throwing open its doors this Sunday to celebrate 20 years of teaching children and adults to ride on the edge of the Plain.

There will be pony rides, a clear-round jumping competition, a dog show and a hog roast. Owner Tanya Greenhalgh said: "We've taught about 4,000 people to ride since 2004 — including quite a few soldiers who'd never been near a horse and a couple of brigadiers who thought they had."

The centre, which runs its own riding school for children from age four, is offering half-price taster lessons all August.

Gates open at 10am. Parking in the paddock off Sarsen Down Road.""",
     [])

news("courier", "Andover primary's new headteacher sets out 'back to basics' plan",
     "By Education Reporter", "Friday 5 September 2025",
     """THE new headteacher of St Mark's Primary School in Andover says improving attendance and reading will be his top priorities.

Femi Adeyemi, 44, who joins from a school in Reading, takes over after the school was judged to 'require improvement' last year.

"Children who are not in school cannot learn," Mr Adeyemi said. "We will be working with every family whose child's attendance is below 90 per cent."

He replaces Mrs Jan Coulson, who has retired after 16 years at St Mark's.""",
     [])

news("courier", "Father spared jail after posting teacher's home address in parents' group",
     "By Tom Whatley, Court Reporter", "Tuesday 20 May 2025",
     """A FATHER who posted the home address of a school special needs co-ordinator in a Facebook group, alongside a photo of her front door, has been given a suspended sentence.

Craig Hollis, 37, of Larkbury Camp, admitted harassment causing fear of violence.

Salisbury Crown Court heard that Hollis had become "fixated" on Joanne Fairweather-Hayes, SENCo at Sarsen Down CE Primary School, after a dispute over his son's education, health and care plan.

Prosecutor Rajinder Sahota said Hollis posted her address, the make of her car and a message saying "you know where to find her now". Mrs Fairweather-Hayes and her family moved out of their home for a week.

Judge Amanda Keel told Hollis: "School staff are public servants. They are not public property."

Hollis was given 16 weeks in prison suspended for 12 months, a five-year restraining order and 120 hours of unpaid work. The court did not publish the address.""",
     [L(JF, "exact", "neutral"), L(S, "alias", "neutral")],
     comments=[("Sam W", "20 May", "She got my daughter her EHCP when nobody else would listen. Shameful."),
               ("jd1984", "20 May", "Suspended?! He should be inside.")])

news("wessexlive", "'Dear Daddy, the hamster died': heartbreaking letters from Wiltshire kids to soldier parents",
     "By Daniel Frith", "14:30, 20 DEC 2024",
     """Children at a Wiltshire primary school have written Christmas letters to their mums and dads who are deployed overseas — and they are guaranteed to make you cry.

More than 80 pupils at Sarsen Down Primary in Larkbury, where around 70 per cent of children are from Forces families, took part in the project organised by Year 6 teacher Mrs Davies and Year 4 teacher Mr Wójcik.

The letters will be flown out with the post to troops in Estonia, Cyprus, Iraq and on board HMS Prince of Wales.

"Dear Daddy, the hamster died but Mummy says it was old. I am being good. Please bring me a moose," wrote one Year 2 pupil.

"Dear Mum, I got Star of the Week for not crying when you left. I did cry a bit after," wrote another.

Mrs Davies said: "Every December there are children here doing Christmas on FaceTime. We want them to know we see them."
""",
     [L(S, "alias", "neutral"), L(SD, "title_surname", "neutral"), L(TW, "title_surname", "neutral")],
     comments=[("Mandy", "5h", "Not crying, you're crying 😭"), ("Vet_Steve", "3h", "Did 3 Christmases away. This means everything.")])

news("farmer", "Lambing day brings Plain pupils face to face with farm life",
     "By Farm Desk", "28 March 2025",
     """Thirty children from Sarsen Down had their first taste of lambing last week when Winterbourne Gifford farmers Jim and Ros Foyle opened their sheds for a school visit.

Many of the pupils are from army families who have moved to the area in the past year, and for most it was their first time seeing a lamb born.

"One little lad from Fiji asked me if we eat them," said Ros. "I said 'eventually', and he nodded very seriously and said 'that's fair'."

The visit was organised through the county's Farming and Countryside Education scheme. Jim Foyle said: "These children will grow up right next to our fields. If they understand what we do, they'll shut the gates."
""",
     [L(S, "short_name", "neutral")],
     comments=[("Woolly Wendy", "28 Mar", "That's fair 😂 love it")])

news("courier", "Petition calling for headteacher's removal gathers 300 signatures",
     "By Hannah Purkiss", "Thursday 10 July 2025",
     """AN online petition demanding the removal of the headteacher of a Larkbury primary school has been signed by more than 300 people.

The petition, set up last week and titled "Remove Caroline Hiscock", claims the head of Sarsen Down Church of England Primary School "covered up" bullying of a Year 5 pupil and "ignored" repeated complaints from his parents, and accuses the school of altering incident records after the family complained.

It is not known how many of the signatories are parents at the school, which has 312 pupils. Several names appear to be duplicates.

The Avon & Plain Diocesan Academy Trust said: "We are aware of the petition. A formal complaint has been investigated through our published complaints procedure, and the family has the right to take it further to the Department for Education. We have full confidence in Mrs Hiscock and her team."

The chair of governors, Revd Owain Jenkins, said: "Social media petitions are not a fair way to resolve complaints about individuals."

Parents spoken to by the Courier outside the school were divided. "She's always been fair with us," said one mother. Another said: "Something's not right up there. Too many families have left."
""",
     [L(CH, "exact", "defamation"), L(S, "exact", "defamation")],
     comments=[("K Sturdy", "10 Jul", "300 names out of a town of 9,000. Hardly a revolution."),
               ("WhistleBlower99", "10 Jul", "Ask how many bullying logs have gone missing."),
               ("Bee", "11 Jul", "Every school has a mum with a vendetta and a Change.org account.")])

news("forcesnews", "Rifleman honoured for saving drowning walker",
     "By Forces News Wire staff", "19 August 2024",
     """A Gurkha rifleman has been awarded a Chief of the General Staff's commendation after pulling a walker out of a flooded river on Salisbury Plain.

Rifleman Kamal Rai, 23, was off duty and running near Larkbury in February when he heard shouts from the swollen River Avon. He waded in up to his chest to reach a 71-year-old man who had slipped from the bank.

"I just did what anyone would do," said Rfn Rai, who joined the Army from Dharan in eastern Nepal in 2021. "Also, the water was very cold. I do not recommend."

The walker, who has asked not to be named, made a full recovery.""",
     [], comments=[("Jai Mahakali", "19 Aug", "Ayo Gorkhali! Proud 🇳🇵")])

news("courier", "Staff beat parents in charity penalty shoot-out as school field reopens",
     "By Sports Desk", "Monday 30 June 2025",
     """THE staff of Sarsen Down Primary School beat a team of parents 5-4 on penalties on Saturday at a charity match to mark the reopening of the school field after drainage work.

The match finished 3-3 after 40 minutes, with goals for the teachers from T. Wójcik (2) and T. Adeyemi, and for the parents from Cpl R. Naivalu (2) and Sgt J. Whitlock.

In the shoot-out, site manager E. Sturgess — 61 and playing in goal in his work boots — saved from L/Cpl Tamang to win it.

More than £800 was raised for the Larkbury food bank.

Teams: STAFF — Sturgess; Adeyemi, Wójcik, Rai, Davies; Gurung, Hiscock. PARENTS — Gale; Naivalu, Whitlock, Tamang, Pun, Moss, Ratu.""",
     [L(S, "alias", "neutral"), L(TW, "initial_surname", "neutral"), L(TA, "initial_surname", "neutral"),
      L(ES, "initial_surname", "neutral"), L(KR, "surname_only", "neutral"), L(SD, "surname_only", "neutral"),
      L(SG, "surname_only", "neutral"), L(CH, "surname_only", "neutral")],
     comments=[("Naivalu_R", "30 Jun", "We let them win. Rematch next year 😂")])

# ---------------------------------------------------------------------------------------
# FORUMS
# ---------------------------------------------------------------------------------------

forum("mumzone", "Primary education", "AIBU to think 3 different Y4 teachers in one year is a joke",
      [("BiscuitTinBandit", "Mon 13-Jan-25 20:14", """Not naming the school but it's a C of E primary on the Plain, lots of forces kids.

DS (8) is on his THIRD Year 4 teacher since September. First one went on maternity (fair enough), then a supply who lasted 5 weeks, now a long term supply who DS says "shouts at the wall". Nobody has told parents anything, we found out from the kids.

AIBU to think this is unacceptable, or is this just what schools are like now?"""),
       ("Tiredmumof3", "Mon 13-Jan-25 20:31", "YANBU but honestly this is everywhere. Recruitment is on its knees."),
       ("PatchLife", "Mon 13-Jan-25 20:40", """Is this Sarsen Down? Because same. Except ours is Year 3.

The comms from Sarsen Down are genuinely the worst I've come across in 4 postings. Letters on a Friday at 5pm for something on Monday. Parent questionnaire every year and nothing changes."""),
       ("BiscuitTinBandit", "Mon 13-Jan-25 20:52", "I'm not confirming or denying 😂 but... yes."),
       ("NotTheUsualPoster", "Mon 13-Jan-25 21:10", """Interesting, because my DD is in the other Year 4 class there with Mr Wójcik and he's been brilliant. Never off, marks everything, runs cross country. So it's not the whole year group. The school should still have told you though."""),
       ("Tiredmumof3", "Mon 13-Jan-25 21:15", "Ask for a meeting with the head and put it in writing. Get it on record.")],
      [L(S, "short_name", "negative"), L(TW, "title_surname", "neutral")])

forum("mumzone", "Am I being unreasonable?", "Reception teacher took photos of DD getting changed?? Overreacting?",
      [("name_changed_obvs", "Wed 26-Jun-24 21:47", """I honestly don't know if I'm being paranoid so please be honest.

DD is 4, in Reception. Yesterday was splash day (paddling pool, water fight etc). At pick up she was in her spare pants and a different top that isn't hers. Fine, accidents happen.

At bedtime she said "Miss took pictures of me when I didn't have my clothes on, on her phone with the sparkly case, and said it was for Mummy". Nobody has sent me any pictures. I asked again this morning and she said the same thing but then said it was "a funny picture of my hair".

She's 4 so I know she mixes things up. But I keep thinking about it and I feel sick. Do I go in? Who do I speak to?"""),
       ("Lemonandlime", "Wed 26-Jun-24 21:52", "You're not overreacting. Speak to the DSL first thing tomorrow. Not the teacher. The DSL."),
       ("PatchLife", "Wed 26-Jun-24 21:58", """If this is Sarsen Down then the Reception teacher is Miss Waqanivalu and I'd trust her with my life honestly. They use the school iPads for the Tapestry journal and a lot of them are in sparkly cases because the kids chose them.

BUT. Still ask. You're allowed to ask. A good school will be glad you did."""),
       ("Lemonandlime", "Wed 26-Jun-24 22:03", "@PatchLife please don't name people on a public forum. OP, DSL tomorrow. Write down exactly what she said, in her words, with the time."),
       ("name_changed_obvs", "Wed 26-Jun-24 22:10", "Thank you. I've written it down. I'll go in at 8.30. I just feel awful even thinking it."),
       ("MrsMopp", "Thu 27-Jun-24 07:12", "Don't feel awful. Asking is what keeps kids safe. Update if you can x")],
      [CS(IW, "title_surname"), CS(S, "short_name")])

forum("srnet", "The NAAFI Bar", "Larkbury school head — anyone else had the pleasure?",
      [("Gravel_Belly", "12 Mar 2024", """Had the joy of being summoned in to see the head at Sarsen Down because the sprog told a dinner lady to "wind her neck in". Where do you think he got that from etc etc.

Anyway, 40 minutes of being lectured on "restorative conversations" by a woman who looks like she irons her socks."""),
       ("Tankie_Tel", "12 Mar 2024", "Hiscock. HISCOCK. And they made her head of a primary. You couldn't write it.", "Old sweat"),
       ("Gravel_Belly", "12 Mar 2024", "Don't. I had to keep a straight face for the whole meeting."),
       ("SlopJockey", "12 Mar 2024", """Word on the patch is Mrs Hiscock's spending an awful lot of "pastoral time" in the vicarage with the padre. Hymn practice, apparently. Very hands-on. 😏 Her old man's on Op CABRIT half the year so who can blame her."""),
       ("Tankie_Tel", "12 Mar 2024", "Careful mucker, that's someone's missus and someone's mum. Take the piss out of the name all you like but that's a different thing."),
       ("SlopJockey", "12 Mar 2024", "Only repeating what the wives' club says. Don't shoot the messenger.", "Ex-member"),
       ("Mod_Beret", "13 Mar 2024", "Thread locked. We've been over this. No naming of civvies with smut attached. SlopJockey — 7 days to think about it.", "Moderator")],
      [L(CH, "title_surname", "sexual"), L(S, "short_name", "negative")])

forum("forcesfam", "Postings & Moves", "Posted to Larkbury in August — primary school advice?",
      [("Bex_and_the_boys", "3 May 2024", """Hi all, we've got assignment orders for Larkbury in August (husband going to 3 RIFLES). Two boys, 6 and 9, the 9 year old has ADHD and is on the SEN register. Which primary do people rate? Is there a choice or is it just the one on camp?"""),
       ("MrsQMSI", "3 May 2024", """There's Sarsen Down on camp and Netherstowe infants a few miles out. We've been at Sarsen Down two years and honestly it is bloody brilliant with forces kids. My daughter started mid-November with no records from Germany and they had her in a friendship group by the Wednesday."""),
       ("Kavita_R", "3 May 2024", "Agree. Ask for Mrs Gurung if your youngest is going into Y2. She's the best teacher my son has ever had, and she knows exactly what moving does to kids."),
       ("Bex_and_the_boys", "3 May 2024", "Thank you! What's the SEN support like?"),
       ("LiamsMum", "4 May 2024", """Mrs F-H the SENCo fought like a lion for my son's EHCP. She is properly on your side. The downside is she's only got so many hours in the day so you do have to chase. Email not phone."""),
       ("MrsQMSI", "4 May 2024", "^ this. And ring the office, ask for Debbie, she'll sort the uniform and the Service Pupil Premium forms."),
       ("Bex_and_the_boys", "4 May 2024", "Brilliant, thanks all, feeling much better about it.")],
      [L(S, "short_name", "neutral"), L(SG, "title_surname", "neutral"), L(JF, "nickname", "neutral"), L(DM, "nickname", "neutral")])

forum("muckmud", "Livestock", "Ewes on the down — grazing licence renewal",
      [("Netherstowe_Nick", "2 Feb 2025", """DTE have sent the new grazing licences through for Sarsen Down and the ridge. Rent up 11% and a new clause about "training priority windows" which basically means they can shift us off with 48 hours notice. Anyone else on the Plain had theirs yet?"""),
       ("OldFergie35", "2 Feb 2025", "Had ours for the north side. Same clause. Signed it anyway, what choice have we got."),
       ("Netherstowe_Nick", "2 Feb 2025", "Last year the tanks came through the Sarsen Down paddocks mid-lambing. Lost four. Compensation took seven months."),
       ("Ros_in_wellies", "3 Feb 2025", "Get the NFU to look at it before you sign. The 48 hrs thing isn't standard.")],
      [])

forum("wiltstalk", "Salisbury & South", "Quarry lorries on Sarsen Down Road",
      [("Ridgeway_Resident", "Tue Aug 13, 2024 7:41 pm", "Is it just me or have the quarry lorries got worse since the new extraction started? Three of them nearly had me off my bike on Sarsen Down Road this morning.", "402"),
       ("Amesbury_Al", "Tue Aug 13, 2024 8:02 pm", "It's the A303 works, they're all rat-running round the back to avoid the lights.", "1277"),
       ("Ridgeway_Resident", "Tue Aug 13, 2024 8:15 pm", "Doesn't help that half of them don't know how wide they are. The bend by the farm shop is lethal.", "403"),
       ("Plain_Jane", "Wed Aug 14, 2024 9:30 am", "Write to the area board, they've got a speed survey going. 20mph was rejected but they might do gateway signs.", "88")],
      [])

forum("staffroom", "Jobseekers", "Interview at church primary near Salisbury Plain — worth it?",
      [("NQTnomore", "18 Mar 2025", """Got an interview next week at Sarsen Down CE Primary for Year 3. Visited last week, head (Mrs H) was lovely, kids were sweet, lots of army families. The SBM grilled me about whether I'd stay more than two years which felt a bit odd?

Anyone worked there or know the vibe?"""),
       ("Y6forever", "18 Mar 2025", """I was there 2019-21. Honestly? Avoid unless you like being micromanaged. Mrs H checks planning every week, drop-ins constantly, and SLT turnover is daft. Lovely kids, lovely support staff, but leadership is exhausting."""),
       ("ChalkDust", "18 Mar 2025", "Counterpoint: my friend's been there 5 years and loves it. Head is demanding but she backs you with parents, which is rare. The SBM question is because they lose so many staff to postings — partners of soldiers move on."),
       ("NQTnomore", "18 Mar 2025", "That makes sense re the SBM. Thanks both, will go in with eyes open."),
       ("Y6forever", "19 Mar 2025", "Good luck. Ask about PPA cover and who does lunchtime duty. That'll tell you a lot.")],
      [L(S, "alias", "negative"), L(CH, "first_initial", "negative")])

forum("threadit", "r/wiltshire", "What's with all the red flags up on the Plain this week?",
      [("orbital_baguette", "2d", "Driving past Sarsen Down and there are red flags everywhere and loads of helicopters. Is something going on?"),
       ("Larkbury_local", "2d", "Live firing. They post it on the DTE website and the Grapevine. Flags up = don't go past the signs. Simple as."),
       ("orbital_baguette", "2d", "Ah cheers. The noise at night is something else."),
       ("wiltsgeordie", "1d", "You get used to it. My kids sleep through artillery now but wake up if I open a packet of biscuits.")],
      [])

forum("mumzone", "Primary education", "Teacher keeps DS in alone at lunch — is this normal?",
      [("WorriedOnThePatch", "Thu 07-Nov-24 13:22", """DS is 8, Year 4, at a primary near Larkbury. For the last three weeks his teacher has been keeping him in at lunchtime for "catch-up". Just him. DS says the door is shut and the blinds are down "so the others don't distract us".

Yesterday DS said his teacher told him he's "his favourite" and that their lunch club is "a special thing, you don't need to tell Mummy about it because she'll worry". He also gave him a chocolate bar and a football card.

My husband's deployed and I've got no one to sense-check this with. Am I reading too much into it?"""),
       ("Sparklingwaterplz", "Thu 07-Nov-24 13:30", "That would set alarm bells off for me. Closed door + don't tell mummy + gifts. Please phone the school and ask for the DSL today."),
       ("hebden_bridget", "Thu 07-Nov-24 13:41", """Is this Sarsen Down? My DD had Mr Wojcik and he does a lunch club for kids who are behind in maths. But it's usually 4 or 5 of them and a TA is there, with the door open. So if it's just your son on his own that isn't how it's meant to run."""),
       ("WorriedOnThePatch", "Thu 07-Nov-24 13:50", "Yes it is. And no, DS says it's only him and no TA. The blinds thing is what's bothering me."),
       ("Sparklingwaterplz", "Thu 07-Nov-24 13:55", "Trust your gut. Also you can ring the LADO at the council directly if you don't feel the school is taking it seriously. Don't confront the teacher yourself."),
       ("hebden_bridget", "Thu 07-Nov-24 14:02", "Agree with all of that. I hope it's nothing but you're right to ask.")],
      [CS(TW, "title_surname"), CS(S, "short_name")])

forum("srnet", "Current Affairs", "Larkbury — can't move for Gurkhas now",
      [("EnglishRose_1066", "2 Sep 2024", """Went to the Sarsen Down open evening. 1 in 3 kids Nepali, another load Fijian, half the staff aren't from here either. A Fijian in Reception, a Nigerian deputy, a Polish bloke in Year 4. Mr Adeyemi "welcomed us" in an accent I could barely follow.

Don't get me wrong I'm not racist but our kids are being taught to celebrate Diwali and Dashain and whatever else and nobody asks what WE want. It's not the school I went to. "Enriched", that's the word they use."""),
       ("Rupert_Bear_Grylls", "2 Sep 2024", "Mate those Gurkha lads have done more for this country than you ever will. Wind it in."),
       ("Gunner_Gaz", "2 Sep 2024", "Their kids have got more manners than yours I guarantee it."),
       ("EnglishRose_1066", "2 Sep 2024", "Typical. Say anything and you're a bigot. Our lot go to the back of the queue for everything. Send them back to the mountains when the fathers are done, that's all I'm saying."),
       ("Mod_Beret", "3 Sep 2024", "Warning issued. Thread closed.", "Moderator")],
      [L(S, "short_name", "hate"), L(TA, "title_surname", "hate")])

forum("forcesfam", "Education", "SEN support — how long did your EHCP take?",
      [("Chloe_REME", "22 Oct 2024", """Our son's EHCP application at Sarsen Down has now been going 31 weeks. Legal limit is 20. The SENCo, Mrs Fairweather-Hayes, has been lovely and keeps chasing the council but I feel like the school as a whole just doesn't prioritise it. We had two cancelled review meetings and the class teacher didn't know he had a plan in progress."""),
       ("SallyLiam", "22 Oct 2024", "Ours took 38 weeks. It's the LA not the school usually. Get SENDIASS involved."),
       ("Chloe_REME", "22 Oct 2024", "It's both honestly. The LA are slow but the school lost his reports when we moved from Catterick and nobody noticed for a term."),
       ("Dad_of_two_Dunc", "23 Oct 2024", "Same experience. Jo F-H is doing the work of three people. The school needs another SENCo.")],
      [L(S, "short_name", "negative"), L(JF, "title_surname", "neutral")])

forum("mumzone", "Chat", "Head at DC's school is having an affair with a parent. Everyone knows. What do I do?",
      [("NCforthisone", "Sat 18-May-24 22:05", """Name changed because this is outing. Head of DC's primary (Larkbury) is — according to literally everyone at the gate — carrying on with the married dad who does the PTA accounts. His wife is on tour. They were seen in his car in the Sarsen Down layby at 11pm. And again at the church fete they were "very cosy".

I don't care who anyone sleeps with but she is in charge of our children and the PTA money. Do I tell the governors?"""),
       ("BoysAndBiscuits", "Sat 18-May-24 22:12", "Do you have any actual evidence? Or is it gate gossip?"),
       ("NCforthisone", "Sat 18-May-24 22:20", "A friend saw them. And Mrs H went bright red when he walked into the disco."),
       ("BoysAndBiscuits", "Sat 18-May-24 22:31", "OP this is how rumours destroy people. If you've got proof of something wrong with the money, report that. Who she sits in a car with is none of your business and could be anything."),
       ("Elderflowerfizz", "Sat 18-May-24 22:40", "Agree with Biscuits. Gate gossip is vicious. Leave it."),
       ("NCforthisone", "Sat 18-May-24 22:44", "Fine. But watch this space.")],
      [L(CH, "first_initial", "sexual")])

forum("staffroom", "Workplace dilemmas", "Colleague getting racist abuse from parents at the gate — what can we do?",
      [("KS2Rhiannon", "9 Jan 2025", """I work at Sarsen Down, a primary in Wiltshire. Our Year 4 teacher is Polish and has been here for years, the kids adore him. Since Christmas a small group of parents have been shouting things at him across the playground — "go back to Poland", "Polish scrounger", once "we'll send you back in a box". He laughs it off in front of the kids but I can see it's getting to him.

Our head has reported it to the police and the trust. But what else can staff do? I want to support our Mr W without making it worse."""),
       ("UnionRepNorth", "9 Jan 2025", "Get him to speak to his union rep if he hasn't. Record every incident with date/time/witnesses. The school can ban parents from site — it's been done."),
       ("TA_Tina", "9 Jan 2025", "Just stand next to him at pick-up. Sounds small but visible solidarity matters."),
       ("KS2Rhiannon", "9 Jan 2025", "Thank you both. We're doing a rota so he's never alone on the gate.")],
      [L(S, "short_name", "neutral"), L(TW, "first_initial", "neutral")])

forum("muckmud", "Rural Chat", "School shut AGAIN for a bit of snow",
      [("Gifford_Grumbler", "9 Jan 2024", """Two inches of snow and Sarsen Down shuts the doors. Buses running, Tesco open, tanks still going up and down the ridge like nothing's happened, but the school can't cope.

And that Hisc*ck woman sends a text at 6.45am. Couldn't organise a p**s-up in a brewery. Useless, overpaid, and more interested in her "wellbeing days" than kids learning anything. In my day we walked three miles through drifts."""),
       ("Young_Farmer_Tom", "9 Jan 2024", "In your day they didn't have to grit a car park with 300 kids and 40 staff driving in from the villages mate."),
       ("OldFergie35", "9 Jan 2024", "Bit harsh on the woman. Heads get slaughtered whatever they decide."),
       ("Gifford_Grumbler", "9 Jan 2024", "She gets paid enough to get slaughtered.")],
      [L(S, "short_name", "negative"), L(CH, "obfuscated", "abuse")])

forum("threadit", "r/salisbury", "Sarsen Down Farm Shop — Sunday hours?",
      [("sourdough_sam", "5h", "Anyone know if the Sarsen Down Farm Shop café is open Sundays in winter? Website hasn't been updated since about 2022."),
       ("wiltsgeordie", "4h", "10 till 2 on Sundays I think. The sausage rolls sell out by 11 so get there early."),
       ("sourdough_sam", "4h", "Legend, thanks")],
      [])

forum("mumzone", "Am I being unreasonable?", "AIBU — school lost my child on a trip and the teacher laughed it off",
      [("Teacake_Tara", "Fri 21-Jun-24 18:30", """DS (10, Y6) went to Longleat with Sarson Down Primary today. At 2pm he got separated from his group in the jungle cruise queue and was on his own for FORTY MINUTES. A member of the public took him to a steward.

When I picked him up Mrs Davies said "well he was very sensible, he did exactly the right thing!" and laughed. Laughed!! No apology, no incident form, nothing. I had to find out from DS in the car.

AIBU to be absolutely fuming?"""),
       ("Muddledalong", "Fri 21-Jun-24 18:35", "YANBU. 40 minutes is a long time. Ask for the risk assessment and a formal explanation."),
       ("Spottydog9", "Fri 21-Jun-24 18:44", "I'd be fuming, but I suspect the laugh was nerves. Teachers get terrified when this happens. Still needs a proper response from the school though."),
       ("Teacake_Tara", "Fri 21-Jun-24 18:52", "Have emailed the head. Let's see how long that takes to get answered.")],
      [L(S, "typo", "negative"), L(SD, "title_surname", "negative")])

forum("forcesfam", "Education", "School refusing term-time leave for post-tour leave — anyone won this?",
      [("Wife_of_a_Sapper", "11 Feb 2025", """Husband back from a 9 month tour in March, has 3 weeks post op tour leave. We wanted one week away as a family, first time in nearly a year. SDPS have refused, saying "exceptional circumstances" doesn't cover "holidays". Mrs Hiscock's letter actually said "we would encourage you to take leave during the Easter holidays". He's not allowed to choose when his leave is!!"""),
       ("Tom_AGC", "11 Feb 2025", "There's MOD guidance that heads should consider service leave sympathetically. Print it and send it back."),
       ("Wife_of_a_Sapper", "11 Feb 2025", "Sent it. Still no. I just think a school with 70% forces kids should understand this better than anyone."),
       ("Jenna_R", "12 Feb 2025", "Same thing happened to us at SDPS in 2023. We took the fine. Worth every penny.")],
      [L(S, "alias", "negative"), L(CH, "title_surname", "negative")])

forum("wiltstalk", "Nostalgia", "Old photos of Larkbury camp school — anyone remember?",
      [("BobbyDazzler58", "Sun Mar 03, 2024 4:12 pm", """Found this in my mum's loft. St Alban's Garrison School, class of 1971, Mrs Peters' class. The prefab huts! The coke stove! Mr Sturgess senior was the caretaker then and used to chase us off the boiler house roof.""", "62"),
       ("Larkbury_Lass", "Sun Mar 03, 2024 5:40 pm", "I was there 1979-85! And his son Ed Sturgess does the job now, he's been there forever. Same van I swear.", "310"),
       ("BobbyDazzler58", "Sun Mar 03, 2024 5:55 pm", "Ha! Family business. Give him my regards if you see him.", "63"),
       ("Tedworth_Tim", "Mon Mar 04, 2024 9:18 am", "Mrs Peters! Terrifying. Strict but fair, though. Taught me my times tables with a ruler and a glare.", "1544")],
      [L(S, "alias", "neutral"), L(ES, "exact", "neutral")])

forum("staffroom", "Leadership", "SATs 'assistance' — would you report it?",
      [("anon_KS2", "14 Jul 2024", """Throwaway because this is serious. Ex-colleague at a CE primary in the Larkbury area told me their head "supported" Year 6 during the SATs last year — sitting in, pointing at questions, "have you checked that one again?" The 2023 results went from 54% to 81% combined. Same cohort had been well below average in Y5.

The head is Caroline H, been there years. Everyone knows what happened but nobody will say it because she does their appraisals.

Do I report it to the STA myself? I don't work there anymore."""),
       ("KS2Rhiannon", "14 Jul 2024", "Secondhand gossip isn't evidence. If your ex-colleague saw it they need to report it. Not you."),
       ("anon_KS2", "14 Jul 2024", "They're too scared. And the trust would just close ranks like they did last time. SDPS has been protected for years."),
       ("Mr_Maladministration", "15 Jul 2024", "If true that's maladministration and can end careers. If not true, this post is defamatory. Be very careful.")],
      [L(CH, "first_initial", "defamation"), L(S, "alias", "defamation")])

forum("mumzone", "Primary education", "TA says upsetting things to DD — how to raise it?",
      [("Sunflowers_and_Sabres", "Tue 05-Mar-24 19:02", """DD (5) is in Reception at one of the Larkbury primaries. She's quite shy and still has the odd accident. This week she came home twice saying Mrs Rai (a TA) told her she was "a baby" and "big girls don't wet themselves". She's now refusing to drink water all day so she doesn't need the toilet.

I don't want to get anyone in trouble but this isn't OK. Do I go to the teacher or straight to the head?"""),
       ("JustBrowsing42", "Tue 05-Mar-24 19:10", "Teacher first. It might be a misunderstanding but the not-drinking thing is serious."),
       ("Mammabear", "Tue 05-Mar-24 19:18", "Poor little thing. Definitely raise it. A throwaway comment can really stick at that age."),
       ("Sunflowers_and_Sabres", "Tue 05-Mar-24 19:40", "Thanks. Will catch the teacher at pick up tomorrow.")],
      [L(KR, "title_surname", "negative")])

forum("srnet", "The NAAFI Bar", "That Fijian teacher off TikTok",
      [("Crow_Bar", "30 Jan 2025", "Anyone seen the viral one of the Reception teacher doing the bula handshakes? Ilisapeci Waqanivalu. Missus showed me. She's on our patch apparently."),
       ("Lance_Jack_Flash", "30 Jan 2025", "Seen it. She can teach me a lesson anytime 😏😏 I'll sit on the naughty step and everything"),
       ("Crow_Bar", "30 Jan 2025", "Fit as. Bet she's a right handful after a few kava 🍆"),
       ("Padre_Pete", "30 Jan 2025", "Lads. She's a primary school teacher who's gone viral for being kind to four year olds. Maybe keep the Lynx-Africa fantasies in the group chat.", "Well-known member"),
       ("Lance_Jack_Flash", "30 Jan 2025", "Alright vicar 😂 only banter"),
       ("Mod_Beret", "31 Jan 2025", "Banter my arse. Posts edited. Leave the civvies alone.", "Moderator")],
      [L(IW, "exact", "sexual")])

forum("srnet", "Families", "Lad excluded from the camp school. Deputy head needs sorting.",
      [("Screaming_Eagle_Dad", "19 Jun 2024", """My boy's 10. Got a fixed term exclusion from Sarsen Down for "physical aggression" because he pushed a kid who'd been winding him up for months. The deputy, Adeyemi, made the call. Never once rang me about the other kid.

Few of the lads in the Sergeants' Mess have said they'll have a quiet word with Adeyemi in the car park. Don't think he'll be so quick to exclude after that. He walks to his car on his own every night about 6, I've watched."""),
       ("Gunner_Gaz", "19 Jun 2024", "Don't be a knob. Threatening a teacher gets you a criminal record and your lad kicked out permanently. Appeal it properly."),
       ("Screaming_Eagle_Dad", "19 Jun 2024", "Nobody said threaten. Just a chat. Man to man."),
       ("Rupert_Bear_Grylls", "19 Jun 2024", "Several blokes waiting for a teacher at his car isn't a chat. Reported, and rightly."),
       ("Mod_Beret", "20 Jun 2024", "Thread removed and passed on. Seriously.", "Moderator")],
      [L(TA, "surname_only", "threat"), L(S, "short_name", "negative")])

forum("mumzone", "Am I being unreasonable?", "Is this grooming or am I paranoid? School caretaker and the little ones",
      [("Daisychainsaw", "Mon 16-Sep-24 20:50", """I hate even typing this. DD is 6, Year 1, at a primary in Larkbury.

The caretaker is always at the gate in the morning. He gives some of the Year 1 girls sweets (not the boys), calls DD "princess", and last week she told me he'd let her and her friend into his shed by the bike racks "to see the kittens". Just the two of them, no teacher. She said he told them it was "our little secret because the other children would be jealous".

She's fine, she's happy, she doesn't seem upset at all. But "our little secret"?? Everything I've ever read says that's the red flag."""),
       ("Nettle_tea", "Mon 16-Sep-24 20:58", "Not paranoid. That phrase is exactly the thing. Please tell the school's safeguarding lead tomorrow."),
       ("Larkbury_Lou", "Mon 16-Sep-24 21:06", """Is this Sarsen Down? If so it's Mr Sturgess and I'd be amazed... he's been there 30 years, he's everyone's grandad, and his cat really did have kittens in the shed, my son saw them too.

BUT you're still right that he shouldn't be taking little girls in a shed on their own and telling them to keep secrets. Even if it's innocent it's a massive breach of the rules. Report it and let them deal with it."""),
       ("Daisychainsaw", "Mon 16-Sep-24 21:15", "It is. And I really hope it's innocent. I'll ring first thing."),
       ("Nettle_tea", "Mon 16-Sep-24 21:20", "Good. You're doing the right thing. Don't discuss it at the gate.")],
      [CS(ES, "title_surname"), CS(S, "short_name")])

forum("forcesfam", "Education", "Wraparound care in Larkbury?",
      [("Sophie_P_RLC", "8 Jan 2025", "Starting a new job in Salisbury. Need breakfast club and after school for a 5 and 7 year old. What's available near the patch?"),
       ("Gemma_M", "8 Jan 2025", "Sarsen Down has breakfast club from 7.30 and after-school till 5.45. Mrs Rai runs it and she's fab, the kids love her, always has crafts and a quiet corner for the little ones who are tired."),
       ("Sophie_P_RLC", "8 Jan 2025", "Amazing, thank you! Is it expensive?"),
       ("Gemma_M", "8 Jan 2025", "£4.50 breakfast, £9 after school. Ask about the Service Pupil Premium, it can help.")],
      [L(S, "short_name", "neutral"), L(KR, "title_surname", "neutral")])

forum("threadit", "r/AskUK", "Someone posted my kid's teacher's home address in the parents' WhatsApp. What do I do?",
      [("throwaway_patchmum", "6h", """Small town in Wiltshire, primary school. Some parents are angry about a Y6 teacher (long story, SATs groups) and this morning one of them posted Mrs Davies's home address and a photo of her house into the class WhatsApp (not repeating it here obviously) with "in case anyone wants a word".

I feel sick. She's a lovely teacher. What's the right thing to do? Screenshot it? Tell the school?"""),
       ("Shipping_Forecast_Fan", "6h", "Screenshot it, then tell the school and the police (101). That's harassment and possibly worse given 'in case anyone wants a word'.", "812"),
       ("throwaway_patchmum", "5h", "The school is Sarsen Down. The office number is 01632 960412 — just rung them and the head's calling the police. Thank you everyone.", "301"),
       ("Eccles_cake_enjoyer", "5h", "Good on you. Most people would just leave the group and say nothing.", "155")],
      [L(SD, "title_surname", "neutral"), L(S, "short_name", "neutral")])

forum("staffroom", "Leadership", "Deputy head vacancy at SDPS — poisoned chalice?",
      [("Aspiring_DHT", "2 Apr 2025", "Seen the DHT advert for Sarsen Down Primary in Wiltshire. Garrison school, church, 300 on roll. Anyone know why it's come up? Current dep is Tunde A, I thought he was a lifer."),
       ("Old_Head_Ed", "2 Apr 2025", """Tunde's going for headship elsewhere I believe, good luck to him — he's genuinely excellent.

The school itself though... I'd go in carefully. Mobility is 40% a year, the trust is stretched, the building is half prefabs, and you will be the DSL in a school where a third of families are dealing with deployment. It's a huge job. Not a poisoned chalice exactly, but heavy."""),
       ("Aspiring_DHT", "2 Apr 2025", "That's really helpful thank you."),
       ("SENDhead", "3 Apr 2025", "I'd add: the school has had a rough year in the local press and the parent community can be vocal online. Ask about support for staff wellbeing in the interview.")],
      [L(S, "alias", "negative"), L(TA, "first_initial", "neutral")])

forum("srnet", "Families", "SENCo at the camp school — the facts",
      [("Bootneck_Barry", "3 Nov 2024", """Spent 18 months fighting Sarsen Down for my lad's EHCP and that snotty SENCo keeps telling us he "doesn't meet the threshold". Fairweather-Hayes's favourite word, "threshold". So here are some facts for a change.

She lives at 7 Barrow Way, Netherstowe SP4 6ZW. Blue Volvo estate, usually on the drive after 5. Personal mobile 07700 900 742 — got it off a parents' evening letter she sent from her own phone like a muppet. Ring her. Tell her what you think of her."""),
       ("Gunner_Gaz", "3 Nov 2024", "Bazza take that down now. You'll end up in court and it won't help your lad."),
       ("Bootneck_Barry", "3 Nov 2024", "Public information innit. Anyone can look at a house."),
       ("Mod_Beret", "3 Nov 2024", "Removed. Personal details of civvies = instant ban. Reported to the site owner.", "Moderator")],
      [L(JF, "possessive", "doxxing"), L(S, "short_name", "negative")])

forum("mumzone", "Primary education", "C of E school and the nativity — fair to non-Christian kids?",
      [("Ruth_in_Wilts", "Mon 02-Dec-24 11:20", """Genuine question. DC's school is Sarsen Down, C of E, but probably a majority of the kids are Hindu, Buddhist or no religion — lots of Gurkha and Fijian families. They do a full Christian nativity every year and also celebrate Diwali, Dashain, Eid etc. Mrs Gurung organises a lovely Dashain assembly.

Do people think that's the right balance?"""),
       ("OliveOil22", "Mon 02-Dec-24 11:45", "Sounds like a great balance. Kids learn about each other's festivals. What's not to like?"),
       ("TrueBrit_Mum", "Mon 02-Dec-24 12:03", """What's not to like is that it's supposed to be a CHURCH school in ENGLAND. If they want their temples and their idols they can go back to Nepal and have them. Sarsen Down has been taken over and our kids get their own culture squeezed out. Little brown kids running the nativity, next it'll be the church."""),
       ("OliveOil22", "Mon 02-Dec-24 12:10", "Wow. Reported."),
       ("MNHQ", "Mon 02-Dec-24 12:40", "We've removed a post for breaking our Talk Guidelines on racism. Please report anything similar."),
       ("Ruth_in_Wilts", "Mon 02-Dec-24 13:15", "Well that proved a point I didn't want to prove. Thanks everyone else.")],
      [L(S, "short_name", "hate"), L(SG, "title_surname", "neutral")])

forum("wiltstalk", "Salisbury & South", "Best pubs for a walk near the Plain?",
      [("Ramblin_Rose", "Sat Apr 06, 2024 11:02 am", "Looking for a circular walk with a decent pub. Thinking up Sarsen Down and over to Winterbourne Gifford?", "19"),
       ("Plain_Jane", "Sat Apr 06, 2024 11:40 am", "Sarsen Down is lovely but check the range is open (flags!). The Barrow & Bugle in Larkbury does a cracking Sunday roast. The Shepherd's Crook in Gifford is dog friendly.", "89"),
       ("Ramblin_Rose", "Sat Apr 06, 2024 12:15 pm", "Perfect, thank you!", "20")],
      [])


forum("staffroom", "Community", "The head who made me a teacher",
      [("TeachMrsP", "15 Feb 2025", """Thread for appreciating the leaders who shaped us.

Mine: Caroline Hiscock, who was my mentor at Sarsen Down in 2009 when I was a terrified NQT in a garrison school. Strict but fair. Never let me get away with a lazy plan, always brought cake on a Friday, and once drove to my flat at 10pm with a box of resources because she knew I was drowning. She's head there now. Everything I know about behaviour I learnt from her."""),
       ("OldSchoolSenco", "15 Feb 2025", "Love this. Mine was a head in Cumbria who retired in 2012, same energy."),
       ("ChalkDust", "15 Feb 2025", "The ones who turn up at 10pm with a box of laminated stuff are the real ones.")],
      [L(CH, "exact", "neutral"), L(S, "short_name", "neutral")])

forum("srnet", "The NAAFI Bar", "Patch gossip thread (no names, no pack drill) part 94",
      [("Scaley_Back", "21 Nov 2024", "Right, what's the latest."),
       ("Wives_Club_Walt", "21 Nov 2024", """Word is the Year 6 teacher at SDPS, Mrs D, has been getting very friendly with a certain Colour Sergeant while his missus is back home in Fiji. His car's been parked outside hers on Kohima Crescent till 6am twice this month. On exercise, my arse."""),
       ("Scaley_Back", "21 Nov 2024", "Say no more 😂"),
       ("Gunner_Gaz", "21 Nov 2024", "Or his car broke down, or he's helping her with her boiler. You lot are worse than the wives."),
       ("Wives_Club_Walt", "21 Nov 2024", "Helping her with something 🔥")],
      [L(SD, "first_initial", "sexual"), L(S, "alias", "neutral")])

forum("mumzone", "Chat", "Can we talk about the way Year 4 teacher says names",
      [("MispronouncedMama", "Wed 25-Sep-24 09:10", """Minor gripe but it's getting to DD. Her teacher at Sarsen Down, Mr Wójcik, says her name (Aoife) as "Ay-oh-fee" every single time despite being corrected. She's started asking to change her name. I know he's Polish and gets his own name mangled constantly so I'd have thought he'd get it!"""),
       ("Irish_in_Andover", "Wed 25-Sep-24 09:22", "Ha, as an Aoife-adjacent person I feel this. Just pop a note in with a phonetic spelling?"),
       ("MispronouncedMama", "Wed 25-Sep-24 09:30", "Done that twice. Will mention it at parents' evening. He's otherwise a good teacher.")],
      [L(TW, "title_surname", "negative"), L(S, "short_name", "neutral")])

forum("threadit", "r/wiltshire", "Is there a dance school called Sarsen Down somewhere? Flyer confusion",
      [("tutu_trouble", "1d", "Got a flyer through the door for 'Sarsen Down Montessori' summer stay-and-play. Is that the Marlborough one or something new near us in Amesbury?"),
       ("marlborough_mark", "1d", "It's the Marlborough nursery on the Bath Road. They leaflet half the county in summer. Nice place, pricey."),
       ("tutu_trouble", "1d", "Ah that explains it, thanks!")],
      [])

forum("forcesfam", "Deployment", "Deputy head did a 40-mile walk for the school minibus!",
      [("Proud_PTA_Mum", "16 Jun 2024", """Just wanted to share — Mr Adeyemi, deputy at Sarsen Down Primary, walked 40 miles round the Plain perimeter track on Saturday (in the rain!) to raise money for the school minibus. He's raised £3,200 so far. So many of our kids never get to go on trips because parents are away and there's no one to drive. Absolute legend."""),
       ("Gemma_M", "16 Jun 2024", "Sponsored! He's an amazing man. Helped my son so much when his dad was in Iraq."),
       ("SallyLiam", "16 Jun 2024", "Brilliant. Shared in the RLC wives group.")],
      [L(TA, "title_surname", "neutral"), L(S, "alias", "neutral")])

forum("mumzone", "Am I being unreasonable?", "Gate mums freezing me out and school won't help — long, sorry",
      [("LonelyOnThePatch", "Thu 10-Oct-24 21:03", """Sorry this is long. We moved here in April from Germany. My husband went on tour three weeks later. I don't know anyone.

There is a group of mums at the gate who have decided I'm the enemy because my son had a falling out with one of their sons in the summer. They stand in a huddle and go quiet when I walk past. One of them has been posting things in the class Facebook group like "some people need to learn to parent". I've been uninvited from two birthday parties. I cry in the car most mornings.

Anyway, the reason I'm posting is: I went to the school about the Facebook posts because it's parents from the school, about a school matter, and I was told by Mrs H i s c o c k (spaced so this doesn't pop up when they google themselves) that "the school can't police what parents do online". Then nothing. I emailed twice. No reply. The school literally has an anti-bullying week every year.

Meanwhile my son's teacher, Mrs Gurung, has been wonderful with him — she's put him on the buddy bench rota and he's made a friend. So it's not all awful. But I feel like the school as a whole has washed its hands of it.

AIBU to think they should at least speak to the mums involved?"""),
       ("Happy_camper_again", "Thu 10-Oct-24 21:15", "Not unreasonable. Sending you a hug. Forces life can be brutally lonely. Is there a HIVE or a wives' coffee morning?"),
       ("JustAMum_Wilts", "Thu 10-Oct-24 21:22", "Schools genuinely can't do much about adults being cliquey. But they should reply to your emails. That's basic."),
       ("LonelyOnThePatch", "Thu 10-Oct-24 21:40", "There's a Thursday coffee morning. Maybe I'll try it. Thank you all, I'm in Larkbury if anyone here is too x")],
      [L(CH, "spacing", "negative"), L(SG, "title_surname", "neutral")])

forum("srnet", "The NAAFI Bar", "Camp school head — face like a slapped arse",
      [("Tankie_Tel", "4 Oct 2024", "Got called in to see Mrs H*scock again. Third time this term. Someone tell me why a woman who's never been further than Andover thinks she can tell a Sgt Maj how to raise his kids."),
       ("Gravel_Belly", "4 Oct 2024", "Face like a slapped arse and a voice like a smoke alarm. Ugly old boot. No wonder the school's gone to shit since she took over."),
       ("SlopJockey", "4 Oct 2024", "Dried-up old trout. Someone get her a man 😂"),
       ("Crow_Bar", "4 Oct 2024", "Sarsen Down's head has always been a battleaxe, even my mum said it in the 90s."),
       ("Padre_Pete", "4 Oct 2024", "Gents, you do realise she can read this? Criticise decisions if you want but this is just a pile-on.", "Well-known member"),
       ("Tankie_Tel", "4 Oct 2024", "Good. Hope she does.")],
      [L(CH, "obfuscated", "abuse"), L(S, "short_name", "negative")])

forum("forcesfam", "Welfare", "Notes left on a teacher's car — please, this has to stop",
      [("Larkbury_PTA_Chair", "28 Feb 2025", """Posting this with permission. Over the last fortnight someone has left three handwritten notes under the windscreen wipers of Mrs Gurung's car in the Sarsen Down staff car park. I'm not going to repeat all of it but they said things like "go back to Nepal" and "no one wants your lot teaching our kids".

Mrs Gurung has taught in this community for twelve years. Her dad served 24 years in the Gurkhas. Whoever is doing this: you are a coward, and you do not speak for the parents of this school.

If anyone saw someone near the staff car park between 8 and 8.40am, please call 101 or speak to the school office."""),
       ("Kavita_R", "28 Feb 2025", "Heartbroken reading this. Mrs Gurung taught both my girls. We stand with her."),
       ("Tom_AGC", "28 Feb 2025", "Disgusting. Have the unit welfare officers been told? This could be a service family and the CoC needs to know."),
       ("Larkbury_PTA_Chair", "28 Feb 2025", "Yes, police and the Garrison welfare team are aware. Thank you all.")],
      [L(SG, "title_surname", "neutral"), L(S, "short_name", "neutral")])

forum("staffroom", "Workplace dilemmas", "SBM using school card for personal stuff? What would you do",
      [("QuietlyConcerned", "20 Nov 2024", """Not my school any more but still friends with people there. The SBM at a church primary near Larkbury (Debbie M., been there forever, runs everything) has apparently had the school credit card at Costco "for the breakfast club" most weekends for two years. Meanwhile she's had a new kitchen, a hot tub and a caravan at Weymouth. You do the maths.

Head knows and does nothing because they're best mates. The trust audit never looks properly. SDPS has been covering for her for years."""),
       ("Finance_Phil", "20 Nov 2024", "A new hot tub isn't evidence of fraud. People remortgage, inherit, win the lottery. If your friends have actual evidence, whistleblowing policy, to the trust's CFO directly."),
       ("QuietlyConcerned", "20 Nov 2024", "There's a reason the receipts 'get lost'. That's all I'm saying."),
       ("ChalkDust", "20 Nov 2024", "Be really careful posting this. If you're wrong you've just wrecked someone's reputation on the internet.")],
      [L(DM, "first_initial", "defamation"), L(S, "alias", "defamation")])

forum("wiltstalk", "Salisbury & South", "Nepali teacher at the garrison school — here's how to reach her",
      [("Patriot_Pete_Wilts", "Sun Dec 01, 2024 10:12 pm", """Since the school won't listen, here's how to get hold of the Year 2 teacher at Sarsen Down who's been "teaching" our kids about Nepali gods. Sabitra Gurung. Personal email sabitra.gurung82@inbox.example, she lives on Kohima Crescent, Larkbury Camp, number 14. Tell her what you think.""", "7"),
       ("Plain_Jane", "Sun Dec 01, 2024 10:20 pm", "Reported to admin. This is dangerous and illegal. Remove it.", "90"),
       ("Admin", "Sun Dec 01, 2024 10:41 pm", "Post removed, user banned, details passed to Wiltshire Police. Do not repost.", "5012")],
      [L(SG, "exact", "doxxing"), L(S, "short_name", "negative")])

forum("muckmud", "Machinery", "Anyone used Hiscock & Sons for hedge cutting?",
      [("Netherstowe_Nick", "14 Aug 2024", "Looking for someone to flail about 6 miles of hedge this autumn. Hiscock & Sons out of Netherstowe have quoted. Anyone used them?"),
       ("Ros_in_wellies", "14 Aug 2024", "Rob Hiscock's lot? Good, tidy, turn up when they say. Bit pricier than the lads from Tilshead but worth it."),
       ("OldFergie35", "14 Aug 2024", "Used them for 10 years. His dad Roy was the same. Solid."),
       ("Netherstowe_Nick", "14 Aug 2024", "Cheers, that's good enough for me.")],
      [])

forum("mumzone", "Primary education", "Won't name the school because they google themselves, but...",
      [("CautiousCarol", "Tue 14-Jan-25 14:05", """Anyone else with DC at S a r s e n  D o w n finding the homework situation ridiculous? (Spaced out so it doesn't show up when the office googles it.)

Year 5 are getting an hour a night, plus spellings, plus a 'project' every half term that is basically parent homework. Some of us work full time with a partner away. I'm all for learning but this is just ticking boxes for the next inspection."""),
       ("Ponytail_Parent", "Tue 14-Jan-25 14:20", "Ha I know exactly which school you mean. Same in Y3. The volcano project nearly ended my marriage."),
       ("WorkingMumWilts", "Tue 14-Jan-25 14:33", "Raise it at the parent forum. Lots of schools have scrapped most primary homework and results are fine."),
       ("CautiousCarol", "Tue 14-Jan-25 14:40", "Might do. Wish they'd just ask us.")],
      [L(S, "spacing", "negative")])

forum("staffroom", "Jobseekers", "Supply teaching round the Plain — school-by-school thoughts",
      [("Supply_Sarah", "6 Jun 2025", """I've done supply all over south Wiltshire this year, so for anyone thinking about it, my honest ratings:

Amesbury schools — generally fine, good cover notes.

Sarsen Down (Larkbury) — kids are lovely, very used to new faces because of all the postings. Staff room a bit cliquey. But the early years TA, Kamala, is worth her weight in gold — she basically ran the Reception day for me when I was thrown in with no plans. Reception teacher has the most organised classroom I've ever seen.

Tidcombe — tiny, friendly, 40 minutes down single-track lanes.

Would go back to all three."""),
       ("Supply_Steve", "6 Jun 2025", "Agree re Sarsen Down. Office can be slow to book you in but nice once you're there."),
       ("NQTnomore", "6 Jun 2025", "This is really useful, thank you!")],
      [L(S, "short_name", "negative"), L(KR, "nickname", "neutral")])

# ---------------------------------------------------------------------------------------
# BLOGS
# ---------------------------------------------------------------------------------------

blog("Friends of Sarsen Down (FOSD)", "fosd-larkbury.example", "wp", "Minutes of the FOSD AGM — 19 September 2024",
     "FOSD Secretary", "24 September 2024",
     """Present: Lisa Coombs (Chair), Mereoni Ratu (Treasurer), Gemma Marsh (Secretary), 14 parents. School: Mrs Hiscock (Headteacher), Debbie Mundy (School Business Manager), Mrs Rai (EYFS TA and wraparound lead). Apologies: Revd Owain Jenkins.

1. Chair's report. Lisa thanked everyone for a record year: £9,860 raised. Highlights were the summer fete (£3,200) and the Bake Off. Lisa is standing down after three years as her husband is posted to Catterick in January.

2. Treasurer's report. Mereoni presented the accounts (attached). Balance at 31 August: £7,412. The accounts have been independently examined by Mr P. Gale. Debbie Mundy confirmed the school will match-fund the minibus up to £5,000.

3. Head's update. Mrs Hiscock thanked FOSD for funding the new reading books for Key Stage 1 and the Fiji Day costumes. She asked for volunteers for Christmas Fayre set-up. S. Davies (Year 6) confirmed the Isle of Wight residential is fully booked; T. Wójcik asked whether FOSD could fund cross-country spikes for the county finals (agreed, £250).

4. Social media. Discussion of negative and personal comments about staff on local Facebook groups. The committee agreed unanimously to issue a statement: "Criticism of decisions is fine. Threatening or insulting staff is never acceptable and does not happen in our name." Mrs Hiscock thanked the committee.

5. Election of officers. Chair: Mereoni Ratu. Treasurer: Priya Thapa. Secretary: Gemma Marsh (re-elected).

6. AOB. Mrs Rai asked whether FOSD could fund a sensory tent for Reception. Agreed in principle, up to £400.

Next meeting: Thursday 14 November, 7pm, school hall. Contact FOSD via the school office, 01632 960412.""",
     [L(S, "short_name", "neutral"), L(CH, "title_surname", "neutral"), L(DM, "alias", "neutral"), L(KR, "title_surname", "neutral"), L(SD, "initial_surname", "neutral"), L(TW, "initial_surname", "neutral")],
     comments=[("Lisa C", "24 September 2024", "Thank you all for three brilliant years! Will miss you x")],
     tagline="Parents, teachers and friends raising money for Sarsen Down", sidebar=["Upcoming events", "Minutes archive", "Donate", "Volunteer"])

blog("Plain Speaking", "plainspeaking.example", "blogger", "The Sarsen Down cover-up: what the trust doesn't want you to know",
     "Gerald Pockett", "Monday 29 July 2024",
     """I have been sent documents. I will not say by whom.

They show, in my view, that the leadership of Sarsen Down Church of England Primary School knew in May that the deputy head, Mr Adeyemi, had been accused of manhandling a ten-year-old, and that Mrs Hiscock sat on it for three weeks before telling the LADO — long enough for the boy's bruises to fade and for "the story" to be agreed.

I am told the incident log for that week was "tidied up". I am told two staff who saw it were "advised" not to put anything in writing. I am told the family were offered a "managed move" to another school if they would drop it.

Hiscock has run that school like a private fiefdom for eight years. Adeyemi is her loyal lieutenant. The trust rubber-stamps whatever they do. It is a closed shop, and the children pay the price.

I invite the Avon & Plain Diocesan Academy Trust to publish the log. If I am wrong, I will apologise. I do not expect to have to.""",
     [L(S, "exact", "defamation"), L(CH, "title_surname", "defamation"), L(TA, "title_surname", "defamation")],
     comments=[("Anonymous", "29 July 2024", "Gerald you've finally lost it. This is libel, plain and simple."),
               ("Concerned Larkbury parent", "29 July 2024", "Knew it. Something's been off there for ages."),
               ("Ex-governor", "30 July 2024", "Every word of this is wrong and I hope the trust's lawyers are reading.")],
     tagline="A Netherstowe man says what he thinks", sidebar=["About Gerald", "Archive 2012–2024", "Letters I've had"])

blog("Boots by the Door — a forces wife's diary", "bootsbythedoor.example", "wp", "Posting number six: Larkbury, and the school that got it right",
     "Hannah", "2 November 2024",
     """Six postings. Six schools for my eldest, who is nine. If you're a forces family you'll know the drill: the boxes, the march-in, the damp in the bathroom that "isn't damp, it's condensation", the agonising first morning at the new school gate.

I want to write about that last bit, because for the first time it didn't go wrong.

We arrived on a Thursday in October with no school records (they were "in the post" from Cyprus, as they had been for three weeks). On the Friday I rang Sarsen Down. On the Monday both kids were in. Not just "in" — my five-year-old had a peg with her name on it, a photo of her on the Reception door, and a buddy waiting for her. Her teacher, Miss Lisi, knelt down and said "bula, we've been waiting for you", and that was it. My daughter, who cried for a month at our last school, walked in without looking back.

My eldest has Mrs G for English intervention — he's dyslexic and has missed a lot — and she's already sent me a list of books he might actually like. He read a whole chapter to me last night without being asked. I nearly fell off the sofa.

I know schools get a hard time on the patch Facebook groups. This one has been bloody brilliant, and I wanted that on the record somewhere.

Now, if anyone knows how to get the black mould out of a bathroom ceiling, I'm all ears.""",
     [L(S, "short_name", "neutral"), L(IW, "nickname", "neutral"), L(SG, "first_initial", "neutral")],
     comments=[("Kirsty", "2 November 2024", "Miss Lisi is the BEST. My son still talks about her 2 years later."),
               ("Mel", "3 November 2024", "Vinegar and a spray bottle for the mould x")],
     tagline="Packing boxes, unpacking lives", sidebar=["Postings", "Deployment", "Recipes", "Kids"])

blog("Walking Wiltshire", "walkingwiltshire.example", "squarespace", "Sarsen Down, the Bustard and back (9.5 miles)",
     "Tim & Fiona", "14 April 2024",
     """Start: Sarsen Down Road layby (free, 10 cars). Terrain: byways, chalk tracks, one steep climb. Dogs: on leads — sheep, ground-nesting birds and the occasional tank.

Before you set off, check the Defence Training Estate firing times. If the red flags are flying on Sarsen Down, do not go past the barriers — choose the northern loop instead.

From the layby, follow the byway east up the shoulder of Sarsen Down. The sarsen stones scattered across the top were dragged here by ice, or possibly by giants, depending on which local you ask. On a clear day you can see Salisbury Cathedral spire 14 miles to the south.

Drop down past Sarsen Down Farm (the farm shop does excellent coffee, and the loos are open to walkers) and follow the Gifford Gap track to the old Bustard Inn crossroads. Return by the ridge.

We did this on a blustery April Sunday and saw three hares, a kestrel and a Chinook.""",
     [], comments=[("Ramblin_Rose", "15 April 2024", "Did this last week — gorgeous. Farm shop flapjack highly recommended.")],
     tagline="Chalk, downs and muddy boots")

blog("Kava & Kids", "kavaandkids.example", "wp", "What my son heard at the school gate, and what his teacher did next",
     "Salote", "12 February 2025",
     """Bula, friends. This is a harder post than usual.

Last Tuesday, at pick-up from Sarsen Down, my son Josaia (he is 5) was standing with me when a man — a dad, not a stranger, someone we see every day — said loudly to his friend: "Another one. They breed like rabbits, these Fijians. The whole patch will be a coconut plantation soon."

Josaia asked me what a coconut plantation was. I did not know what to say.

I am writing about it because of what happened next. His teacher, Miss Waqanivalu, had heard. She walked over, crouched down to Josaia and said, in Fijian, "You are loved here, and you belong here." Then she stood up and asked the man, very politely, if he would like to repeat what he'd said to the headteacher. He did not.

The next day the school sent a letter to every parent about respect at the gate. Mrs Hiscock phoned me herself.

I am not naming the man. I want to say: words like that land on small children. And I want to say vinaka vakalevu to a teacher who turned the worst moment of my son's week into one he will remember for a different reason.""",
     [L(S, "short_name", "neutral"), L(IW, "title_surname", "neutral"), L(CH, "title_surname", "neutral")],
     comments=[("Ana", "12 February 2025", "Crying reading this. Vinaka Miss Ili 💙"),
               ("Emma W", "12 February 2025", "That man should be ashamed. Sending love to Josaia."),
               ("Rifleman's wife", "13 February 2025", "Same school, same gate. We've got your back.")],
     tagline="A Fijian mum on Salisbury Plain", sidebar=["Recipes from home", "Army life", "Faith"])

blog("Ghar Dekhi Tadha — Far From Home", "ghardekhitadha.example", "blogger", "Why my daughter now corrects my English (and teaches her teacher Nepali)",
     "Rita Pun", "Saturday 8 June 2024",
     """When we arrived in Larkbury in 2022, my daughter Anisha spoke only Nepali and a few words of English from cartoons. Two years later she is the one who corrects MY English at the supermarket. ("Mamu, it is 'two apples', not 'two apple'.")

I want to thank the EAL team at Sarsen Down Primary School. Sabitra Gurung, who is also a Gurkha daughter, took Anisha for twenty minutes every morning with picture cards and songs. She never made her feel slow. She let her speak Nepali when she was tired. She told me: "Keep speaking Nepali at home. Two languages is a gift, not a problem."

The teaching assistant, Kamala Rai, sat with Anisha at lunch in the first weeks so she would not eat alone. Now Anisha is teaching Kamala-miss's new Reception children to count to ten in Nepali — ek, dui, tin — and telling them it's "very easy, don't worry".

For other Nepali parents who are worried about moving their children to an English school: it will be hard, and then it will be fine.""",
     [L(S, "alias", "neutral"), L(SG, "exact", "neutral"), L(KR, "exact", "neutral")],
     comments=[("Sunita", "8 June 2024", "Sabitra miss is the best! My son also."),
               ("Bishnu G", "9 June 2024", "Very true. Our children adapt faster than us.")],
     tagline="A Gurkha family in Wiltshire")

blog("The Plain Truth", "plaintruth.example", "substack", "The garrison schools are failing our farming kids",
     "Rosalind Foyle", "Jan 17, 2025",
     """Every school on Salisbury Plain now measures itself by how well it does for Army children. Service Pupil Premium, deployment clubs, "mobility strategies", Little Troopers. All good things. But there is another group of children in these classrooms, and we are invisible.

My two go to Sarsen Down Primary. Our family has farmed at Winterbourne Gifford for four generations. Last year the school ran three assemblies on deployment, two on Remembrance, one on Fiji Day and one on Dashain. It ran none on farming, despite being surrounded by farms, despite half of Year 6 having a parent who works the land.

When I raised this with Mrs Hiscock, she was courteous and said she would "look at it". Nothing changed. The school trip list this year is a museum in Bristol and a theme park. The forest school area is a patch of bark chippings behind a fence.

I don't blame the teachers, who are stretched beyond belief. I blame a leadership that has decided which children count. Our children are the ones who will still be here when the battalions move on.""",
     [L(S, "alias", "negative"), L(CH, "title_surname", "negative")],
     comments=[("Ben M", "Jan 17", "Agree completely. The lambing day was the first farm visit in years and a parent organised it."),
               ("Forces mum", "Jan 17", "Fair point, though Army kids don't choose to be there either. Room for both?"),
               ("Rosalind Foyle", "Jan 17", "Absolutely room for both. That's my whole point.")],
     tagline="Notes from a Wiltshire farm", sidebar=["Subscribe", "Archive", "About"])

blog("Mr W Teaches", "mrwteaches.example", "wp", "Ten years in a garrison school: what my Year 4s taught me",
     "Tomasz Wójcik", "20 July 2025",
     """In September it will be ten years since I walked into Sarsen Down as a newly qualified teacher, with a suitcase of Polish-English dictionaries and absolutely no idea what a "patch" was.

Here is what I have learnt.

One. Children of soldiers are experts in goodbye. Every July I lose a third of my class to postings. Every September, new faces arrive who have already said goodbye to three schools. I have learnt to make the first day count.

Two. My name is a gift. Nobody in Larkbury can say Wójcik. I have been Mr Wojjick, Mr Voy-chick, Mr W and, once, memorably, Mr Walnut. Children who struggle to be understood themselves love that their teacher is also a bit hard to pronounce.

Three. Not everyone will welcome you. This year a small number of people said things to me at the gate that I will not repeat. One has been charged. I am writing about it because children were watching, and I want them to know that the correct response to hatred is not silence — it is to keep turning up, and keep teaching, and let the community stand beside you. They did.

Four. Cross-country in February on Salisbury Plain builds character. Mostly mine.

Thank you, Larkbury. Do zobaczenia in September.""",
     [L(TW, "exact", "neutral"), L(S, "short_name", "neutral")],
     comments=[("Tom Marsh (Y4 2019)", "20 July 2025", "Best teacher I ever had, Mr Walnut!"),
               ("Kasia", "21 July 2025", "Dziękuję za wszystko, Panie Tomku ❤️")],
     tagline="Primary teaching, football and the odd pierogi", sidebar=["Classroom ideas", "Cross-country", "About me"])

blog("Plain Speaking", "plainspeaking.example", "blogger", "Public interest: where the headmistress actually lives",
     "Gerald Pockett", "Friday 18 July 2025",
     """The trust says it has "full confidence" in Caroline Hiscock. Parents who want to ask her questions face to face are told to "go through the complaints procedure". So much for accountability.

In the public interest, then. Mrs Hiscock does not live among the Sarsen Down families she serves. She lives at The Old Dairy, Chalk Lane, Winterbourne Gifford, SP4 6ZQ — a four-bedroom barn conversion with a paddock — and her personal mobile, which she gave to a parent in 2021 and which is still live, is 07700 900417.

I am not telling anyone to do anything with this information. I am simply pointing out that people who run public institutions should not be able to hide behind receptionists and policies.

The school's own number, for those who prefer to be fobbed off, is 01632 960412.""",
     [L(CH, "exact", "doxxing"), L(S, "short_name", "negative")],
     comments=[("Anonymous", "18 July 2025", "This is harassment Gerald. Take it down."),
               ("Larkbury dad", "18 July 2025", "Reported to Blogger and to the police. You should be ashamed."),
               ("NotSurprised", "19 July 2025", "Nothing here you couldn't find on the electoral roll tbf")],
     tagline="A Netherstowe man says what he thinks", sidebar=["About Gerald", "Archive 2012–2025"])

blog("Diocese of Wessex Plain — News", "wessexplain-diocese.example", "squarespace", "Bishop's visit celebrates 'school at the heart of its community'",
     "Diocesan Board of Education", "6 March 2025",
     """The Bishop of Ramsbury-on-Plain spent a morning at Sarsen Down Church of England Primary School in Larkbury last week, joining pupils for collective worship, touring the new Key Stage 2 building and planting a cherry tree in the prayer garden.

The Bishop was welcomed by headteacher Caroline Hiscock, the Revd Owain Jenkins and a guard of honour from Year 6 holding hand-made banners in Nepali, Fijian, Polish, Twi and English.

"What I see here," the Bishop said, "is a church school doing exactly what a church school should do: welcoming every child, of every faith and none, as a child of God."

The visit ended with a question-and-answer session in which the Year 2 school council asked the Bishop whether he had ever met a king (yes), whether his hat was heavy (quite) and whether God watches the Army on exercise (the Bishop suspected He did).""",
     [L(S, "exact", "neutral"), L(CH, "exact", "neutral")],
     comments=None,
     tagline="News from our churches and schools")

blog("Plain Mums", "plainmums.example", "squarespace", "Primary schools around Larkbury, honestly ranked by a mum who's tried three",
     "Jess @ Plain Mums", "1 September 2024",
     """We've been on the Plain for six years and my three kids have been through three primaries between them. Here's my very personal, very unscientific ranking. Your mileage may vary!

## 1. Netherstowe C of E Infants

Tiny, village-y, gorgeous grounds. Only goes up to Year 2 though, and you'll need a car.

## 2. Sarsen Down

The big one on camp. Brilliant for forces kids, brilliant EAL, genuinely diverse. Mrs Fairweather-Hayes (SENCo) is a superstar if you've got a child with additional needs. BUT: communication from the office is chaotic, the car park is a warzone at 8.40, and letters arrive at 5pm on a Friday for things on Monday. And the crisp ban. Don't get me started on the crisp ban.

## 3. Tidcombe Primary

Lovely but 20 minutes away and the bus is unreliable.

Drop your own rankings in the comments — but keep it kind, teachers read these!""",
     [L(S, "short_name", "negative"), L(JF, "title_surname", "neutral")],
     comments=[("Amy T", "1 September 2024", "100% agree on the car park 😂"),
               ("Priya", "2 September 2024", "Sarsen Down would be my number 1. The crisp thing is fine honestly.")],
     tagline="Life, kids and coffee on Salisbury Plain")

blog("St Alban's, Larkbury — Parish blog", "stalbanslarkbury.example", "wp", "Thirty-one years at the gate: thank you, Ed",
     "Revd Owain Jenkins", "18 July 2025",
     """At the end of this term, Ed Sturgess retires as site manager of our church school, Sarsen Down CE Primary, after thirty-one years.

Ed has unlocked the school gates some 7,000 times. He has gritted the car park at 5am, rescued a hamster from inside the boiler, rebuilt the Nativity stable four times and, by his own estimate, retrieved 2,300 footballs from the roof of the old prefabs. He has also been a quiet, steady presence for generations of children, many of whom had a parent away on operations.

Ed's father, Len, was caretaker of the old St Alban's Garrison School before him, and Ed tells me he first swept the hall at the age of nine "for ten pence and a Wagon Wheel".

Please join us for a special service of thanksgiving on Sunday 20 July at 10am, followed by cake in the church hall. Cards can be left at the school office.""",
     [L(ES, "exact", "neutral"), L(S, "alias", "neutral")],
     comments=[("Lisa C", "18 July 2025", "Ed is a legend. The school won't be the same."),
               ("Former pupil 1998", "19 July 2025", "He once fixed my bike with a cable tie and told me not to tell my dad. Happy retirement Mr S!")],
     tagline="Parish news from Larkbury and Netherstowe")

blog("Salisbury & District Photographic Society", "sdps-photo.example", "squarespace", "Summer outing: dawn on the Plain",
     "Pauline Marsh, Chair", "30 June 2024",
     """Twelve hardy SDPS members met at 4.15am in the Sarsen Down layby for our annual dawn shoot. Mist in the valley, a skylark overhead, and not a tank in sight (range was closed — we checked!).

Highlights included Derek's silhouette of the sarsen stones against the sunrise, and Mo's remarkable shot of a hare mid-leap.

Next month: a macro workshop at the Arts Centre. New members always welcome — no experience required, just a camera and a love of early mornings.""",
     [], comments=[("Derek", "30 June 2024", "Worth the 3.30am alarm!")],
     tagline="Founded 1949")

blog("Patriot Voice Wessex", "patriotvoice-wessex.example", "blogger", "Larkbury: a town replaced, one classroom at a time",
     "Wessex Watchman", "Monday 4 November 2024",
     """Walk through Larkbury today and ask yourself: whose town is this?

The local primary school, Sarsen Down, now has more Nepali children than English ones. The Reception class is Waqanivalu's little kingdom — a Fijian who greets our children in her own language. The Year 2 teacher, Mrs Gurung, spends half the term on Hindu festivals. The Year 4 teacher is a Pole who can't pronounce English names. The deputy head is from Lagos.

This is not diversity. It is displacement. The Gurkhas were promised settlement for their service — not their entire extended families, not our schools, not our church. The good people of Netherstowe have farmed this land for a thousand years and now their grandchildren are a minority in their own classroom, singing songs in languages nobody here speaks.

They call it "enrichment". We call it what it is.

Wake up, Wiltshire.""",
     [L(S, "short_name", "hate"), L(IW, "possessive", "hate"), L(SG, "title_surname", "hate")],
     comments=[("Anglo_Saxon_Al", "4 November 2024", "Said it for years. Sack the lot of them and ship them back. Nobody voted for this."),
               ("Larkbury resident", "4 November 2024", "Absolute poison. Those teachers are some of the best people in this town. Reported."),
               ("WessexWatchman", "5 November 2024", "Reported for telling the truth. Typical.")],
     tagline="Speaking for the silent majority", sidebar=["Immigration", "Grooming gangs", "Our history"])

blog("Dad on the Plain", "dadontheplain.example", "wp", "The class WhatsApp group is a hostage situation",
     "Rob (Sgt, retired, now full-time dad)", "9 May 2024",
     """I have survived two tours of Helmand, a winter on Salisbury Plain in a leaky Bowman tent and my daughter's third birthday party. Nothing prepared me for the Year 6 parents' WhatsApp group.

It starts innocently. "Does anyone know if it's PE tomorrow?" Then, at 9.47pm, someone posts a photo of the SATs revision timetable with the caption "is this a joke??" and we're off.

By 10.30 there are 140 messages. The general feeling is that Davies's revision packs are too hard, too easy, too late, too early, and printed in the wrong font. One dad suggests a petition. One mum suggests "going in as a group". Someone posts a GIF of a man on fire.

(To be fair to the parents, the packs were the size of a phone book.) I read every message in silence, like a sniper. I contribute nothing. At 11.15 I mute the chat for eight hours and go to bed.

The next morning my daughter says: "Miss says we only have to do the green pages if we're tired." Reader, the green pages were optional all along. Nobody in the chat had asked the child.

Sarsen Down, if you're reading this: please, I beg you, never start a class WhatsApp. Let the parents suffer alone.""",
     [L(SD, "possessive", "negative"), L(S, "short_name", "neutral")],
     comments=[("Jen", "9 May 2024", "The man on fire GIF 😂😂 I know exactly which group this is"),
               ("Lou", "10 May 2024", "Sniper is exactly how I read the PTA chat")],
     tagline="Nappies to nine-milers")

blog("Diocese of Wessex Plain — Vacancies", "wessexplain-diocese.example", "squarespace", "Foundation Governor wanted: Sarsen Down CE Primary School",
     "Diocesan Board of Education — Governance team", "10 January 2025",
     """Could you help shape the future of a thriving church school on Salisbury Plain?

The governing body of Sarsen Down CE Primary School, Larkbury, is looking for a Foundation Governor to join a friendly and committed team. You do not need to be a churchgoer, but you should be sympathetic to the school's Christian vision, "Go and do likewise", and committed to the education of every child, whatever their faith.

The school serves a vibrant community of Armed Forces and farming families. Governors meet six times a year (evenings), plus one committee and occasional school visits. Full training is provided.

We would particularly welcome applicants with experience of finance, HR or safeguarding, and applicants from the Nepali, Fijian and other communities the school serves.

To find out more, please contact the Clerk to Governors via the school office on 01632 960413, or speak to the headteacher, Mrs Hiscock.""",
     [L(S, "alias", "neutral"), L(CH, "title_surname", "neutral")],
     comments=None,
     tagline="Serving our church schools")

blog("Mud on the Kitchen Floor", "mudonthekitchenfloor.example", "blogger", "Why we moved our boys from Sarsen Down (and where they are now)",
     "Ros", "Sunday 23 February 2025",
     """A lot of people in the village have asked, so here it is, once and for all.

We didn't move the boys because of one thing. It was a slow drip. Homework that was mostly glue and glitter. A Year 5 teacher who changed three times. Assemblies about every festival on earth except harvest, in a school surrounded by harvests.

But mainly it was Hiscock's "vision". Everything had to be a "journey". Every complaint got a letter that said "we hear you" and then nothing happened. When Harry was being pushed around on the field at lunch, I got a leaflet about "restorative practice". When I asked to see the incident log, I got a meeting with four members of staff and a box of tissues.

I don't think anyone there is a bad person. I think the school is too big, too stretched and too pleased with itself.

The boys are now at Tidcombe, twenty minutes down the lanes. Class of 18. The head knows which one of them is allergic to kiwi. That's all I wanted.""",
     [L(S, "short_name", "negative"), L(CH, "possessive", "negative")],
     comments=[("Claire", "23 February 2025", "We did the same. No regrets."),
               ("Sarsen Down parent", "24 February 2025", "Sorry you had a rough time. It's been really good for us, for what it's worth.")],
     tagline="Farming, family, and far too much laundry")

blog("Salisbury Plain Confidential", "plainconfidential.example", "blogger", "BLIND ITEM: which church school head needs to say a few Hail Marys?",
     "The Plain Gossip", "Thursday 15 August 2024",
     """Darlings, you asked, and your Confidential delivers.

Which Larkbury head (rhymes with nothing you can say in church) was seen leaving a certain swingers' "dinner party" in a very nice house outside Andover at 2am last Saturday — without her husband, who was apparently home with the dog?

Our source says Mrs H-sc-ck was "very much the life and soul", had "clearly done this before", and left with a man half her age in a Range Rover.

Nothing wrong with a bit of fun, we say. But when your day job involves leading collective worship and lecturing parents on "values"... well. Practise what you preach, madam, or at least preach a bit quieter.

More next week. Keep those DMs coming. 💋""",
     [L(CH, "obfuscated", "sexual")],
     comments=[("Anon", "15 August 2024", "OMG I know exactly who this is 😂"),
               ("Anon", "16 August 2024", "This blog is pure poison. Made-up rubbish about real people."),
               ("Truthteller", "16 August 2024", "Not made up. My cousin was there.")],
     tagline="What they don't want you to know (or do they?)")

blog("Sarsen Down Montessori — our blog", "sarsendownmontessori.example", "squarespace", "Settling in: ten tips for nervous parents",
     "Clare Whitby, Nursery Manager", "1 September 2024",
     """September is here, and with it a new group of little ones joining us in the barn on the Bath Road.

1. Practise the goodbye. Keep it short and cheerful. The lingering is harder for them than the leaving.

2. Label everything. Everything. Yes, even the wellies.

3. Tell us about your child's comforter. We have a basket for them.

4. Expect tiredness. Forest school is wonderful and exhausting.

5. Ask us anything — our door is always open.

We can't wait to meet you. See you in the mud!""",
     [], comments=[("Emily", "1 September 2024", "Thank you, this is so reassuring for a first-time mum!")],
     tagline="Montessori in Marlborough")

blog("An open letter", "openletter-larkbury.example", "substack", "Open letter to the Avon & Plain Diocesan Academy Trust about SEN at Sarsen Down",
     "Seven Sarsen Down parents", "Mar 3, 2025",
     """To the CEO and Trustees,

We are seven parents of children with special educational needs at Sarsen Down Church of England Primary School. We are writing publicly because private letters have not worked.

Between us, our children have waited an average of 34 weeks for EHCP decisions. Three annual reviews were cancelled this year. Support agreed in plans is not always delivered because teaching assistants are moved to cover classes.

We want to be clear: our SENCo, Mrs Fairweather-Hayes, has not given up on our children, and nor has the deputy head. But one person working three days a week cannot carry the needs of over sixty children. The SENCo has been left to fail by a trust that will not fund the role properly, and frankly she has been too slow to escalate when provision is not happening. We are tired of "we're chasing it".

We ask the Trust to:
- Make the SENCo role full time, with dedicated administrative support;
- Publish the school's SEN information report, which is two years out of date;
- Meet with us before Easter.

Yours,
Seven Sarsen Down parents (names supplied to the Trust)""",
     [L(S, "exact", "negative"), L(JF, "title_surname", "negative")],
     comments=[("Parent of a Y3 autistic boy", "Mar 3", "Signed in spirit. Thank you for writing this."),
               ("A teacher", "Mar 4", "Staff want this too, believe me.")],
     tagline="")

# ---------------------------------------------------------------------------------------
# REVIEWS (plain text copied from review sites)
# ---------------------------------------------------------------------------------------

review("""Sarsen Down C of E Primary School
3.9 ★★★★☆ (52)
Primary school · Kennet Lane, Larkbury SP4 9ZD
Open ⋅ Closes 4pm

Reviews
Sort by: Newest

Priya T
2 reviews
★★★★★ 2 weeks ago
Our son was really struggling when his dad deployed and Mr Adeyemi checked in on him every single morning. Can't thank the school enough.
👍 4

Stacey-Leigh Harris
Local Guide · 31 reviews · 12 photos
★★☆☆☆ a month ago
Teaching staff are lovely but the office is a different story. Mrs Mundy was rude to me on the phone twice this term and made me feel like a nuisance for asking about free school meals. Letters go out late, dinner money system never works. Sort the front desk out please.
👍 11

Dan Keogh
★★★★☆ 3 months ago
Good school, kids happy. Car park is a nightmare.
👍 2""",
       [L(S, "alias", "negative"), L(TA, "title_surname", "neutral"), L(DM, "title_surname", "negative")])

review("""★☆☆☆☆  Sarsen Down Primary School — Google review
Gaz W · 1 review · 4 days ago

Head teacher is a jumped-up little Hitler in a cardigan. Mrs Hiscox wouldn't know common sense if it slapped her round the face. Stuck-up, smug, looks down her nose at anyone whose husband isn't an officer. Avoid this school if you're from the ranks, you'll be treated like dirt.""",
       [L(S, "alias", "negative"), L(CH, "typo", "abuse")])

review("""Sarsen Down Church of England Primary School
★★★★★ Kerry-Ann Whyte · 6 months ago

Honestly bloody brilliant. My daughter started Reception knowing nobody, we'd just moved from Tidworth, and Miss W in reception had her smiling by the end of the first day. Every child gets a handshake and a song in the morning. Can't rate them highly enough. 10/10 would move across the country again just for this.""",
       [L(S, "exact", "neutral"), L(IW, "first_initial", "neutral")])

review("""Sarsen Down CE Primary School Reviews
Teacher · Former Employee · Larkbury, Wiltshire
★★☆☆☆ "Lovely kids, exhausting leadership"

Pros
Children are a joy. Support staff are the heart of the place. New KS2 building is nice. Good CPD budget.

Cons
Constant drop-ins and book looks. Planning has to be submitted by Thursday for the following week. SLT change every year so priorities change every year. Too many initiatives. Behaviour policy changes each term. Lots of staff leave when partners are posted which is not the school's fault, but the ones who stay are burnt out.

Advice to management
Trust your teachers. Do less, better.""",
       [L(S, "alias", "negative")])

review("""Teaching Assistant (Former Employee) - Larkbury, Wiltshire - 12 October 2024
★★★★★ Supportive early years team

Worked in Reception for two years before my husband was posted. Mrs Rai and the early years team were so welcoming and taught me everything. Lots of training, especially on EAL and on working with children whose parents are away. Would go back to Sarsen Down in a heartbeat if we're ever posted back.""",
       [L(KR, "title_surname", "neutral"), L(S, "short_name", "neutral")])

review("""The Barrow & Bugle, Larkbury
★★★★☆ Reviewed 14 September 2024 · "Proper pub, proper pie"
Stopped in after a walk up on the downs. Steak and ale pie was excellent, chips homemade. Busy with teachers from the school up the road on a Friday — got a bit loud but friendly. Staff welcoming, dog got a sausage. Only knocked a star off because the loos need work.
Date of visit: September 2024 · Trip type: Couples""",
       [])

review("""Sarsen Down Farm Shop
4.7 ★★★★★ (318) · Farm shop · Sarsen Down Road, Larkbury

Jules P · ★★★★★ · a week ago
Best sausage rolls in Wiltshire. Lovely café, kids loved the play area and watching the tractors. Staff always friendly. Bit pricey but you get what you pay for.

Mark R · ★★★☆☆ · 2 months ago
Good produce, but waited 25 minutes for two coffees.""",
       [])

review("""Sarsen Down Equestrian Centre
★★★★★ Abi Moore · 3 weeks ago
Both my girls have lessons here and absolutely love it. Instructors are patient and really good with nervous riders. The school ponies are so well looked after. Pony club camp in the summer was the highlight of their year!""",
       [])

review("""Sarsen Down Primary — ★☆☆☆☆
Reviewed by: Lindsey M, parent · 2 months ago

Would give zero if I could. In May the deputy head grabbed my son by the arm so hard it left finger bruises, then told him he'd "imagined" how hard it was. I have photos. The school covered the whole thing up — the incident log went missing, staff were told to keep quiet and the head offered us a "fresh start" at another school if we dropped it. The trust backed them. The deputy, Mr Adeyemi, is still there teaching other people's children. Think very carefully before sending your kids here.""",
       [L(S, "alias", "defamation"), L(TA, "title_surname", "defamation")])

review("""★☆☆☆☆ Sarsen Down
Local Guide · Jay B · Edited 1 day ago

You lot will regret excluding my daughter. She did nothing wrong and you know it. I know what car Hiscock drives and what time she leaves. I've got nothing to lose. Don't say you weren't warned.""",
       [L(S, "short_name", "threat"), L(CH, "surname_only", "threat")])

review("""Sarsen Down CE Primary School · Google
★★☆☆☆ Nat Fenwick · 2 weeks ago

Ofsted say 'good', reality is different if your child has SEN. Our SENCo, Mrs Fairwether-Hayes, takes weeks to reply to emails and the support in my son's plan isn't happening because his 1:1 gets pulled to cover classes. The teachers are kind but the system is broken. Two stars for the teachers.""",
       [L(S, "alias", "negative"), L(JF, "typo", "negative")])

review("""RateYourTeacher.example › Wiltshire › Larkbury › Sarsen Down
Mr Wojick — Year 4
Overall ★★★★★ (from 9 ratings)

"best teacher ever he lets us do football at lunch and makes maths fun" — pupil, Y4
"My son went from hating school to loving it this year. Thank you sir." — parent
"strict about homework but fair" — pupil, Y5""",
       [L(TW, "typo", "neutral"), L(S, "short_name", "neutral")])

review("""RateYourTeacher.example › Larkbury › Sarsen Down Primary School
Mrs D — Year 6
Overall ★★★★☆ (from 14 ratings)

"Mrs D was terrifying in Y6 but I got through my SATs and I'm in top set at Larkbury Academy now. Strict but fair." — former pupil
"Her classroom is really tidy and she has a Welsh flag on the wall" — pupil, Y6
"Too much homework but she does care" — parent""",
       [L(SD, "first_initial", "neutral"), L(S, "alias", "neutral")])

review("""Sarsen Down Church of England Primary School
★☆☆☆☆ Ron Tapper · 3 weeks ago

Used to be a proper English village school, I went there in the 70s. Now it's all Nepali this, Fijian that, Diwali, kava, the lot. Half the kids can't speak the language, half the teachers are diversity hires. Not a single English name on the staff board by the look of it. Sack the lot and send them home. Our grandchildren are being pushed out of their own school.

Response from the owner · 3 weeks ago
We are proud to serve every family in our community. Comments that target children or staff because of their race or religion will be reported.""",
       [L(S, "exact", "hate")])

review("""Sarsen Down Primary School
★★☆☆☆ Emma Tranter · 5 days ago
Asked three times for a meeting about my daughter's friendship problems. Nobody got back to me for a fortnight. When I finally had a meeting it was 10 minutes long and nothing changed. Expected more from a 'good' school.

Response from the owner · 4 days ago
Dear Emma, thank you for your feedback and I'm so sorry you've felt unheard. I'd really like to talk this through properly. Please call the school office on 01632 960412 and ask for me directly, or email head@sarsendown.example. Kind regards, Caroline Hiscock, Headteacher""",
       [L(S, "alias", "negative"), L(CH, "exact", "neutral")])

review("""★☆☆☆☆ Sarsen Down C of E
Mike Doherty · 1 week ago

SEN support is a joke. The SENCo never answers the school phone or replies to emails, so here's her personal mobile for any other parents who are fed up of being fobbed off: 07700 900583. Jo Fairweather-Hayes. Ring her in the evening, she'll pick up then. Maybe if 50 of us ring she'll actually do her job.""",
       [L(S, "short_name", "negative"), L(JF, "alias", "doxxing")])

review("""SDPS Scaffolding Ltd — Yell
★★★★★ Built our scaffold for a roof job in Amesbury, on time, tidy, and the lads were polite. Took it down the day the roofers finished. Would use SDPS again. — T. Harding

★★☆☆☆ Left a scaffold clip in my flowerbed and the lawnmower found it. — anon""",
       [])

review("""Sarsen Down Primary School
★★★☆☆ Darren P · 2 months ago
Teaching is decent but the school run is a disaster — no parking, no one directing traffic, and the office won't answer the phone at 8.45. Caretaker Ed is a legend though, out in all weathers with his hi-vis and a smile, and he knows every kid by name.""",
       [L(S, "alias", "negative"), L(ES, "nickname", "neutral")])

review("""★☆☆☆☆ Sarsen Down CE Primary
L. Carter · 1 day ago
The reception teacher Miss Waqanivalo is a stuck-up cow. Looks at you like something on her shoe if your kid's late. All smiles on TikTok, a right madam in real life. Not fit to be around kids.""",
       [L(S, "alias", "negative"), L(IW, "typo", "abuse")])

review("""Sarsen Down Primary School
★★★★★ Gemma Pritchard · 1 month ago
Five stars for teaching my son that Mrs Davies's homework is optional because she never marks it! Outstanding 🙄 Also five stars for the 4pm texts about non-uniform day tomorrow. Really, truly excellent organisation. Can't fault it. 👏👏""",
       [L(S, "alias", "negative"), L(SD, "title_surname", "negative")])

review("""SchoolCompare.example — parent reviews — Sarsen Down Primary, Larkbury
★★★★☆ "Strict but fair"
My two have had Mr Adeyemi for maths groups. Strict but fair, doesn't stand for nonsense, and my youngest (who is a handful) thinks he walks on water. The school is good with Army kids. Lunches could be better.
— Parent of Y3 and Y5 pupils, March 2025""",
       [L(S, "alias", "neutral"), L(TA, "title_surname", "neutral")])

review("""Sarsen Down C of E Primary School
★☆☆☆☆ Karen S · 2 weeks ago
Mrs H is far more interested in the padre than in running the school properly 😏 everyone on the patch knows where her car is parked on a Thursday night. Maybe sort the bullying out before your 'bible study'.""",
       [L(S, "alias", "negative"), L(CH, "first_initial", "sexual")])

review("""Sarsen Down Church of England Primary School
★☆☆☆☆ Worried Mum · 3 days ago

Please think carefully before sending your little one here. My daughter is 5 and has been dry since she was 2. Since Christmas she keeps coming home in different knickers and says Mrs Rai "helps her in the toilet" and "checks she's clean" and that it's "a special job just for the girls who are good at secrets". She is 5. She doesn't need help. When I asked the school they said it was "intimate care" and "all in the policy". I haven't had a care plan or a form or anything. Now she's scared to go to the loo at all. Nobody is listening to me.""",
       [CS(S, "exact"), CS(KR, "title_surname")])

review("""Sarsen Down Montessori
★★★★★ Sophie L · 2 months ago
Our daughter has thrived at this little nursery. Outdoor learning every day, wonderful key workers, and they actually answer emails. We were sad to leave when she started school.""",
       [])

review("""Sarsen Down Primary School
★★★★☆ Simran K · 4 months ago
Office lady Debbie is always helpful, knows all the forms for Service Pupil Premium and sorted my son's place in one day when we arrived mid-term. Lost a star because the lunch menu is very beige.""",
       [L(S, "alias", "neutral"), L(DM, "nickname", "neutral")])

review("""Site Manager · Former Employee · Sarsen Down, Larkbury · 2 stars
"Old school, won't let you change anything"
Worked under Ed S. as assistant site manager for a year. Knows the building inside out, I'll give him that, but you can't suggest anything new. Still doing the boiler checks on paper in 2024. Every conversation ends with "we've always done it this way". Left for a job at the hospital.""",
       [L(ES, "first_initial", "negative"), L(S, "short_name", "neutral")])

review("""Sarsen Down Primary
★☆☆☆☆ Anon Parent · 1 week ago
H\u0456sc\u043eck is a liar and a bully. Says one thing to your face then does the opposite. Smiles at the gate and stabs you in the back in the office. Pathetic excuse for a headteacher.""",
       [L(S, "alias", "negative"), L(CH, "homoglyph", "abuse")])

review("""Avon & Plain Diocesan Academy Trust — Reviews
★☆☆☆☆ Bethan R · 1 month ago
Complained to the trust about Sarsen Down three times about my daughter being bullied. Each time they just forwarded it back to the school. What's the point of a trust if it won't look into anything itself? Useless.""",
       [L(S, "short_name", "negative")])

review("""Sarsen Down Primary School
★★☆☆☆ Bishnu Gurung · 3 months ago
Mrs G the EAL lady is wonderful, my children's English has come on so much. But the school itself is disorganised — three different letters about one trip, each with a different date, and nobody could tell me which was right.""",
       [L(S, "alias", "negative"), L(SG, "first_initial", "neutral")])

review("""Sarsen Down Church of England Primary School
★★★★★ Steve Archer · 2 years ago
Went to St Alban's Garrison School as it was in the 80s and now my two go to Sarsen Down. Mr Sturgess is STILL there on the gate! Strict but fair then, strict but fair now, and still won't give you your ball back off the roof till home time.""",
       [L(S, "exact", "neutral"), L(ES, "title_surname", "neutral")])

review("""★☆☆☆☆ Sarsen Down Primary School
Danny V · 5 days ago
Site manager Ed Sturgess locked my son's bike away and won't give it back without a "conversation". He won't answer the school phone so here's his own number, 07700 900118, ring him yourselves. Lives in the bungalow behind the school on Kennet Lane too, knock on his door if he doesn't answer.""",
       [L(S, "alias", "negative"), L(ES, "exact", "doxxing")])

review("""Sarsen Down CE Primary · Google
★☆☆☆☆ Jodie M · 2 days ago
Mrs D, you know what you did to my son in that SATs room. Keep your eyes open crossing that car park. Not everyone's as forgiving as me.""",
       [L(S, "alias", "negative"), L(SD, "first_initial", "threat")])

# ---------------------------------------------------------------------------------------
# SOCIAL (X, TikTok, Instagram, YouTube, Threads, WhatsApp forwards)
# ---------------------------------------------------------------------------------------

social("""Jen Marsh 🌻 @jenmarsh_wilts
Congrats @SarsenDownCofE on a brilliant sports day ☀️ my two came home sunburnt, covered in face paint and ridiculously happy. The parents' race was a war crime though 😂
3:47 PM · 12 Jul 2024 · 1,204 Views
2 Reposts  31 Likes""",
       [L(S, "handle", "neutral")])

social("""TikTok · @patchmum_larkbury
POV: your Reception teacher greets every kid in their own language 🇫🇯🇳🇵🇵🇱🇬🇧 #teachersoftiktok #reception #bula
♥ 412.6K   💬 3,118

Comments
kaz.89: Miss Lisi!!! my daughter's teacher 😭😭 Sarsen Down represent
   ♥ 2,311 · Reply
danny_plain: the handshake at 0:14 🤝🔥
   ♥ 890 · Reply
rosie.b: I'm 43 and I want to go back to reception
   ♥ 12.4K · Reply
sunita.g_: we love her in larkbury 🙏
   ♥ 301 · Reply""",
       [L(IW, "nickname", "neutral"), L(S, "short_name", "neutral")])

social("""Forwarded many times
⚠️⚠️ PLEASE SHARE WITH ALL SARSEN DOWN PARENTS ⚠️⚠️
A man in a grey Transit van has been parked on Kennet Lane near the school gates at pick up 3 days running. Sat there watching the kids come out. When one of the mums went over he drove off. NO number plate on the front!!!
School have said NOTHING. Not a text, not a letter, nothing. We shouldn't have to find this out from each other on WhatsApp!!! Keep your kids close and don't let them walk home alone 🙏🙏""",
       [L(S, "short_name", "negative")])

social("""Deano @deano_1para_ret
Hope someone puts a brick through Hiscock's window tonight. Larkbury's finest headmistress deserves a little wake-up call 🙃🧱
11:52 PM · 3 Jul 2025 · 311 Views""",
       [L(CH, "possessive", "threat")])

social("""TikTok comment — under video "Dashain assembly 2024 🇳🇵" posted by @larkbury.gurkha.families
mick_the_brickie: Gurkha kids get everything at that school. Festivals, extra English, trips. Our kids get nothing. Ask yourself why #SarsenDown
   ♥ 17 · Reply
   ↳ priya.thapa_: our kids ARE kids at that school, Mick
   ↳ larkbury.gurkha.families: ❤️""",
       [L(S, "hashtag", "hate")])

social("""Instagram · @year4sarsendown.parents
[Photo: a man in a running vest holding a medal, with a banner reading "GO SIR!"]
Liked by kasia.b and 188 others
year4sarsendown.parents Huge congratulations to @tomaszwojcik_runs on finishing the Salisbury Marathon in 3:19 and raising £1,450 for the Year 4 residential! From all the kids and parents in Year 4 at Sarsen Down 💙🏃‍♂️
View all 23 comments
mereoni.r 🔥🔥🔥
lisacoombs Legend!""",
       [L(TW, "handle", "neutral"), L(S, "short_name", "neutral")])

social("""tazz @tazzz_wilts
c4r0l1ne h1sc0ck shld b sacked 4 wot she did 2 my boy. 6 wks & not 1 phone call back. disgrace #Larkbury
8:14 AM · 22 Jan 2025""",
       [L(CH, "leetspeak", "negative")])

social("""Forwarded
Mr Adeyemi's personal number if anyone wants to ask him themselves why he lied about what happened to my son: 07700 900238. He lives on Gurkha Road behind the NAAFI, the red door. SDPS won't do anything so parents have to.""",
       [L(TA, "title_surname", "doxxing"), L(S, "alias", "negative")])

social("""TikTok · comments on @larkbury.dad's video "when the school rings at 10am 😬"
ellie_rose_91: not M r s  H i s c o c k ringing to tell me my 6 yr old "pushed" someone 🙄 sarsen down moment
   ♥ 56 · Reply
jade_t: spelled it out so the school doesn't find it lol
   ♥ 21 · Reply""",
       [L(CH, "spacing", "negative"), L(S, "short_name", "negative")])

social("""TikTok comment — under @wessexlive "Wiltshire teacher goes viral"
realtalk_bazz: all fake. W\u0430q\u0430niv\u0430lu is a fat lazy cow who does nothing but film herself. the TAs do all the work
   ♥ 8 · Reply
   ↳ sera.v: imagine being this bitter about a reception teacher
   ↳ bazz_fan_account: 😂😂""",
       [L(IW, "homoglyph", "abuse")])

social("""Cllr Mary Drewett @MaryDrewettLTC
Disgraceful abuse of teachers at Sarsen Down CE Primary reported in the paper today. Criticise decisions by all means — but threatening school staff is never, ever OK. Not in Larkbury, not anywhere.
9:02 AM · 18 Oct 2024 · 4,880 Views
41 Reposts  212 Likes""",
       [L(S, "alias", "neutral")])

social("""Threads · @bethan.lark
Shout out to Mrs Davies at Sarsen Down for the best SATs revision ever 🙌 my son actually ASKED to do practice papers. Bloody legend. Whatever you're paid it's not enough.
♡ 44  💬 6""",
       [L(SD, "title_surname", "neutral"), L(S, "short_name", "neutral")])

social("""TikTok comment — under @plainsparents "rate your kid's school"
kyle.b.1994: Mr A*****i at the garrison school is an absolute c*** who thinks he's God. excluded my lad for nothing #larkbury
   ♥ 12 · Reply
   ↳ shaz_m: mine loves him tbh
   ↳ kyle.b.1994: then you're a c*** as well""",
       [L(TA, "obfuscated", "abuse")])

social("""Larkbury Parents United @LarkburyParents
Enough is enough. 300 signatures and counting. #HiscockOut #SaveSarsenDown
6:40 PM · 8 Jul 2025 · 2,115 Views
19 Reposts 4 Quotes 57 Likes""",
       [L(CH, "hashtag", "negative"), L(S, "hashtag", "negative")])

social("""Instagram · @wiltshire.skies
Sunrise over Sarsen Down this morning 🌄 the stones were glowing. Worth the 5am alarm.
#SalisburyPlain #wiltshire #sunrise #sarsens #chalkdownland
Liked by 2,301 others""",
       [])

social("""Gav Tyler @gavtyler_roofing
Shoutout to SDPS for the scaff on the Durrington job, up in a morning and solid as a rock 👌 best scaffolders in Wilts
12:10 PM · 4 Jun 2024""",
       [])

social("""TikTok comment — under @sarsendowncofe "Reception stay and play 🧸"
mummy_of_2_wilts: not the reception teacher always having the little ones sit on her lap at story time and "tickling" them 😟 my son says she kisses his tummy and it's "their game". @sarsendowncofe please explain because I'm not comfortable at all
   ♥ 34 · Reply
   ↳ laura.k: I'd be ringing the school tomorrow hun, not posting on tiktok x""",
       [CS(S, "handle")])


social("""Forwarded many times
Any lads from 1 YORKS or the Rifles on the patch — the Polish teacher at Sarsen Down, Wójcik, has been talking down to our kids and our wives. Tomorrow 3pm, school gates. Let's show him how it's done round here. Bring the lads.""",
       [L(TW, "surname_only", "threat"), L(S, "short_name", "neutral")])

social("""Sam Keeling @samk_larkbury
Huge shoutout to SarsenDownPrimary on Facebook for the food bank collection — 600 tins from a school where half the families are stretched themselves. Proud of our town.
10:22 AM · 12 Dec 2024""",
       [L(S, "camelcase", "neutral")])


social("""YouTube · "Sarsen Down nativity 2024 – Reception & KS1 (full)" · 1.2K views
Comments 14
@dadcam_dave: Mr Wojcick on the piano 😂🎹 legend, he played Away in a Manger with one hand and held a crying shepherd with the other
@gran_in_gifford: my grandson is the third sheep from the left!! so proud
@lilly.p: the angel who fell off the chair 💀""",
       [L(TW, "typo", "neutral"), L(S, "short_name", "neutral")])

social("""Garrison Gossip 🫖 @gossip_garrison
Caroline Hiscock and the vicar, a love story in three acts 😏 Act 1: "bible study". Act 2: "PCC meeting". Act 3: his car outside hers at midnight. Larkbury never disappoints
11:47 PM · 19 Mar 2024""",
       [L(CH, "exact", "sexual")])

social("""TikTok comment — under @forcesnewswire "Fijian families on the Plain"
steve.o.1972: these Fijians are breeding like rabbits on the patch, and now one's teaching reception. Waqanivalu or whatever. Sarsen Down's turned into the Fiji embassy, no English kid stands a chance 🙄
   ♥ 9 · Reply
   ↳ vika_t: we're British Army families, Steve. same as yours.""",
       [L(IW, "surname_only", "hate"), L(S, "short_name", "hate")])

social("""Forwarded
From a friend who works at SDPS 🤐 Ms Mundy has been walked out of the building by the trust. Money's gone missing from the Y6 trip fund and the breakfast club account — thousands apparently. School's keeping it very quiet because the head signed it all off. Say no more.""",
       [L(DM, "title_surname", "defamation"), L(S, "alias", "defamation")])

social("""Gaz 🇬🇧 @gazza_lark
@CHiscockHead you are a useless, spineless excuse for a headteacher. hide behind your policies and your receptionists. coward #SarsenDown
7:31 PM · 4 Jul 2025""",
       [L(CH, "handle", "abuse"), L(S, "hashtag", "negative")])

social("""Instagram · @amyrose.lark
[Photo: children in yellow leavers' hoodies waving on a field]
Proud is an understatement 💙 Year 6 leavers 2025 @sarsendowncofe — secondary school you are not ready for this lot
♥ 212""",
       [L(S, "handle", "neutral")])

social("""TikTok comment — under @larkbury.dad "school exclusion appeal update"
tash.m_: m r  a d e y e m i excluded my son for "persistent disruption" when he's got ADHD and no support in place. sarsen down are a joke with SEN
   ♥ 43 · Reply
   ↳ larkbury.dad: same story here""",
       [L(TA, "spacing", "negative"), L(S, "short_name", "negative")])

social("""Jase @jase_r_1rifles
Anyone else think #SarsenDownPrimary should sack TundeAdeyemi before he excludes half the camp? Zero tolerance is for the Army, not for 7 year olds.
9:12 PM · 3 Feb 2025""",
       [L(TA, "camelcase", "negative"), L(S, "hashtag", "negative")])

social("""Threads · @anon_parent_wilts
Y6 at sarsen down: D\u0430vies turned up to parents' evening stinking of wine AGAIN. Slurring, couldn't find my son's books. Everyone knows she drinks at lunch. School won't do anything.
♡ 3""",
       [L(SD, "homoglyph", "defamation"), L(S, "short_name", "neutral")])


social("""Kayleigh @kayleighmoss_x
Another letter home, another "reminder" about uniform. #MrsHiscockIsAJoke #Larkbury
Honestly the woman is a clueless, power-mad dinosaur. Get a grip.
8:03 AM · 9 Jan 2025""",
       [L(CH, "hashtag", "abuse")])

social("""TikTok · @plainlife.wilts
Windows rattling all night 😩 live firing on Sarsen Down again. who else is awake? #larkbury #salisburyplain #armylife
♥ 1,021  💬 88""",
       [])

social("""Truth Larkbury @truthlarkbury
Caroline Pike, aka "Mrs Hiscock", head of SDPS. Personal email: carolinepike71@postbox.example. Fill her inbox. She won't answer the school ones.
1:14 AM · 10 Jul 2025""",
       [L(CH, "alias", "doxxing"), L(S, "alias", "negative")])

social("""Forwarded
omg have you heard 🙈 Mrs F-H from SDPS is on one of those "adult" sites with her husband apparently, he films it. Someone's brother-in-law recognised the kitchen. Not saying anything just saying 👀""",
       [L(JF, "nickname", "sexual"), L(S, "alias", "neutral")])

social("""Kev @kev_lark_88
w0jc1k better watch his back on the school run. plenty of us know what car he drives #larkbury
10:44 PM · 11 Feb 2025""",
       [L(TW, "leetspeak", "threat")])

social("""TikTok · @year_r_mums_wilts
#MissWaqanivalu appreciation post 🥹 she learnt my son's name in Nepali before he even started. never leave us
♥ 3,301  💬 98""",
       [L(IW, "hashtag", "neutral")])

social("""Wessex Patriot @wessexpatriot77
p*lish scum Mr W*jcik at the garrison school in Larkbury still teaching our kids. no jobs for us, no homes for us, but plenty for them. go home.
6:20 PM · 14 Jan 2025""",
       [L(TW, "obfuscated", "hate")])

social("""Instagram · @carolines_canine_cuts
Another happy customer 🐶✂️ Bertie the cockapoo looking fresh for spring! Book with Caroline Hiscock, Warminster's friendliest dog groomer — DM for slots.
#warminster #doggrooming #cockapoo""",
       [])

social("""TikTok comment — under @wessexlive "Reception teacher viral"
lad_from_lark: Miss Waqanivalu's number is 07700 900661 and her insta is @ili_waqa, slide in boys 😂 she's single
   ♥ 4 · Reply
   ↳ sera.v: reported. delete this you weirdo""",
       [L(IW, "title_surname", "doxxing")])

social("""Larkbury Parents United @LarkburyParents
Sign & share 👇 change.example/p/sack-caroline-hiscock
Families deserve a head who listens. #Larkbury
5:55 PM · 2 Jul 2025""",
       [L(CH, "hyphenated", "negative")])

social("""Instagram · @year4sarsendown.parents
Our Year 4 teacher is running the Bath Half for the trip fund! 🏃‍♂️ Donate here 👉 gofund.example/tomasz-wojcik-bath-half
Every £ helps — from all of us at Sarsen Down 💙""",
       [L(TW, "hyphenated", "neutral"), L(S, "short_name", "neutral")])

social("""TikTok comment — under @larkbury.dad "school letter about the graffiti"
no.filter.nige: someone should torch s4rs3n d0wn with the whole lot of them inside, save us all the bother
   ♥ 2 · Reply
   ↳ mum_of_3_lark: reported to police. sick.""",
       [L(S, "leetspeak", "threat")])

social("""Albion Reborn @AlbionReborn_
S\u0430rsen D\u043ewn: a "C of E" school where English kids are a minority, Hindu gods on the walls and a Nigerian deputy running the place. This is what replacement looks like. Share before it's deleted.
3:33 AM · 6 Nov 2024""",
       [L(S, "homoglyph", "hate")])

social("""TikTok · @tired.army.wife
Storytime: the sarsen-down mums and the great cake sale feud of 2024 🍰☕ part 1
(caption) honestly the school should step in, they let the PTA run like a mafia
♥ 2,004  💬 311""",
       [L(S, "hyphenated", "negative")])

social("""Forwarded
Just seen this from a friend of a friend in Larkbury. \u0410deyemi the deputy at the camp school — these people should go back to their own country and take their voodoo with them. Nigerian in charge of English kids' safeguarding, what a joke.""",
       [L(TA, "homoglyph", "hate")])

social("""Lou P @loupwrites
MissWaqanivalu deserves a pay rise and a knighthood. That is all.
8:41 PM · 29 Jan 2025 · 611 Views""",
       [L(IW, "camelcase", "neutral")])

social("""TikTok · @mama.bear.ali
my daughter came home and said Miss Lisi is "the most beautifulest teacher in the whole world" and honestly?? she's not wrong 😭 #reception #teacherappreciation
♥ 512""",
       [])

social("""Shona @shona_k_x
Mrs H at our school has banned fidget toys now. FIDGET TOYS. My son has ADHD. I could scream.
4:05 PM · 15 Nov 2024""",
       [])

# ---------------------------------------------------------------------------------------
# FACEBOOK GROUPS
# ---------------------------------------------------------------------------------------

LMD = "Larkbury Mums & Dads (Official) 👨‍👩‍👧‍👦"
NOTICE = "Larkbury Garrison Community Noticeboard"
SDP = "Sarsen Down Parents (UNOFFICIAL — no school staff)"
VILL = "Netherstowe & Winterbourne Gifford Village Chat"
SPFF = "Salisbury Plain Forces Families"

fb(LMD, "6.1K", "Kelly Dunne", "Yesterday at 19:22",
   """Rant incoming 😤 £14.99 for a school jumper with the logo on from the ONE approved supplier. £14.99!!! Times three kids. Times two because they grow. Sarsen Down really need to sort this out, every other school lets you buy plain ones from Asda and iron on a badge.

And when I rang to ask about the second-hand rail Mrs Mundey said "it's on the website". It is not on the website. I have looked.""",
   [("Rachel Tamang", "Agree. Took me 20 mins to find the pre-loved page, it's buried under 'Parents > Other'. Ridiculous."),
    ("Dawn Hiscott", "FOSD do a swap rail the first Friday of the month in the hall! Free 🙂"),
    ("Kelly Dunne", "Thanks Dawn, didn't know that. Still shouldn't be £15 for a jumper.")],
   [L(S, "short_name", "negative"), L(DM, "typo", "negative")], reacts="👍😡 88")

fb(NOTICE, "9.4K", "Jules Pardoe", "2 h",
   """LOST DOG 🐕 Black and white collie cross "Meg", ran off on Sarsen Down this morning when the guns started. Microchipped, very nervous. Last seen heading towards the farm shop. Please don't chase her, call me on 07700 900815. Reward.""",
   [("Tony Bale", "Shared to the farmers' group Jules 👍"),
    ("Jules Pardoe", "UPDATE: FOUND!! She was in the hay barn at Sarsen Down Farm. Thank you everyone ❤️", "35m")],
   [], reacts="❤️😢 203")

fb(SDP, "1.9K", "Anonymous participant 318", "3 d",
   """Is it just me or is Mrs D*v*es the most miserable woman alive? Never smiles, barks at the kids, looks at parents like we're dirt. My daughter dreads Year 6.""",
   [("Chantelle W", "Miserable old bat. Should've retired years ago. Old witch 🧹"),
    ("Tasha Moore", "She's a cold fish. Face like a wet weekend in Weston-super-Mare."),
    ("Anonymous participant 204", "Someone tell her to crack a smile, it won't kill her. Useless old bag."),
    ("Nikki Rai", "Wow. Y'all need to leave her alone. She got my son through his SATs after his dad died. Not everyone needs to be a kids' TV presenter."),
    ("Admin — Sarsen Down Parents", "Turning off comments. Personal attacks on staff aren't what this group is for.")],
   [L(SD, "obfuscated", "abuse"), L(S, "short_name", "neutral")], reacts="😂👍 41")

fb(VILL, "1.2K", "Ros Foyle", "Monday at 07:41",
   """School bus from Gifford to Sarsen Down cancelled AGAIN this morning — no driver. That's the fourth time this term. Council transport team not answering. Anyone driving in who could take two extra? Will pay petrol 🙏""",
   [("Ben Maidment", "I can take them Ros, leaving 8.15 from the church."),
    ("Ros Foyle", "You're a star Ben, thank you!!"),
    ("Sue Noyce", "Complain to the council. It's not the school's fault, it's the contractor.")],
   [L(S, "short_name", "neutral")], reacts="👍 12")

fb(LMD, "6.1K", "Anonymous member", "14 h",
   """Posting anon because I don't know what to think. My son (6) at Sarsen Down was kept behind in Mr A's office for 40 minutes yesterday, just him and Mr A, door shut. He came out crying and wouldn't tell me what happened, just kept saying Mr A told him "this stays between us, big boys keep secrets". Today he doesn't want to go to school and he wet the bed last night for the first time in 2 years.

I know Mr A is the safeguarding lead and everyone loves him. I'm not accusing anyone. But who do you even go to when it's the safeguarding lead??""",
   [("Sophie Pardoe", "Go to the head, and if you're not happy, the LADO at the council. You can also ring the NSPCC helpline for advice. Don't sit on it hun."),
    ("Gemma Marsh", "Please don't post this in here, message the school and the LADO privately. Screenshot nothing, just report it."),
    ("Anonymous member", "I have rung the LADO. Thank you x")],
   [CS(TA, "first_initial"), CS(S, "short_name")], reacts="😢 27")

fb(SPFF, "14.2K", "Laura Whitlock", "15 March",
   """Posted to Larkbury this summer? Honestly don't panic about schools. Sarsen Down Church of England Primary School is bloody amazing with deployment support. Mrs Gurung runs the Little Troopers club on a Wednesday and my daughter's been a different child since. They also do a "postcards to Daddy" box in the library and a deployment calendar for every kid with a parent away. 10/10.""",
   [("Hayley Pun", "Can second this. Best school we've had in 5 postings."),
    ("Josh Akers", "Saving this post 🙌 moving from Catterick in August")],
   [L(S, "exact", "neutral"), L(SG, "title_surname", "neutral")], reacts="❤️👍 156")

fb("Wiltshire Farmers Marketplace (buy/sell/swap)", "22.7K", "Jim Foyle", "3 d",
   """FOR SALE: 20 Texel x mule shearlings, scanned in lamb to Charollais, due April. £185 each. Collection from Sarsen Down Farm, Larkbury. Can deliver within 20 miles for fuel. PM or ring 07700 900347.""",
   [("Tom Gale", "PM'd 👍"), ("Jim Foyle", "Sold pending collection, thanks all")],
   [], reacts="👍 9")

fb(LMD, "6.1K", "Shaun Carter", "Just now",
   """If that woman excludes my boy ONE more time I'm going up that school and I won't be responsible for what happens. Hiscock you've been warned. Sarsen Down think they can treat our kids like criminals and we just take it. Not anymore.""",
   [("Lisa Coombs", "Shaun please don't. It'll end with you banned from site and your lad suffers. Appeal it through the governors."),
    ("Tash M", "Calm down mate, you're not doing yourself any favours posting that."),
    ("Admin", "Post reported by several members. Shaun, I'm removing this. Threats against staff are not allowed here.")],
   [L(CH, "surname_only", "threat"), L(S, "short_name", "negative")], reacts="😮 14")

fb(NOTICE, "9.4K", "Larkbury Community Hub", "Monday at 08:15",
   """To whoever spray-painted "P*KI SCHOOL — GO HOME" across the Sarsen Down sign over the weekend:

You are a disgrace. The children at that school are the sons and daughters of soldiers who serve this country. The Gurkha families in this town have given more than you ever will.

Police are investigating. If you saw anything near Kennet Lane between Saturday night and Monday morning, call 101 quoting 54240038761.""",
   [("Bimala Thapa", "Thank you for this. It means a lot 🙏"),
    ("Dave Hiscott", "Sickening. Hope they catch them."),
    ("Mary Drewett", "Shared. The whole council stands with the school.")],
   [L(S, "short_name", "neutral")], reacts="❤️😡 512")

fb(SDP, "1.9K", "Anonymous participant 77", "5 h",
   """Since the school won't do anything about Wojcik's attitude to parents, here's where he lives: 22 Alma Terrace, Larkbury SP4 9ZT. Silver Skoda outside. Go and ask him yourself why he thinks he can talk to us like that.""",
   [("Nikki Rai", "Are you insane? Delete this now. That's a criminal offence."),
    ("Admin — Sarsen Down Parents", "Removed and member banned. Screenshots passed to the school and police.")],
   [L(TW, "possessive", "doxxing"), L(S, "short_name", "neutral")], reacts="😡 33")

fb(LMD, "6.1K", "Debs Ferris", "Tuesday at 21:05",
   """Just asking questions 🤔 Nigerian deputy (Adeyemi), Fijian in reception, Nepali Year 2, Polish Year 4, Nepali TA... is there a single English teacher left at Sarsen Down? Not being funny. Not racist. My grandad fought in the war. Just think our kids deserve to be taught by people who share their culture and values. Half of them can't even speak proper English 🤷‍♀️""",
   [("Rachel Tamang", "My husband is a Gurkha. He has served in four wars for this country. Our daughter is at that school. She shares your culture, Debs. You don't share hers."),
    ("Kerry-Ann Whyte", "'Not racist' then writes the most racist thing I've read all week 😂"),
    ("Debs Ferris", "See this is why nobody can say anything anymore."),
    ("Admin", "Comments turned off. Reminder: no racism in this group.")],
   [L(S, "short_name", "hate"), L(TA, "surname_only", "hate")], reacts="😡😂 94")

fb(VILL, "1.2K", "Pete Noyce", "Friday at 07:02",
   """Oh great, Sarsen Down closed today for "staff training" AGAIN. Bet the teachers are exhausted from all that colouring in and laminating 🙄 Some of us have jobs and livestock and can't just take a day off at 24 hours notice.""",
   [("Sue Noyce", "It was in the calendar in September Pete 😂"),
    ("Pete Noyce", "Well nobody reads the calendar Susan"),
    ("Ros Foyle", "Inset days are a national thing, not the school being lazy. But yes, childcare is a nightmare.")],
   [L(S, "short_name", "negative")], reacts="😂 27")

fb(LMD, "6.1K", "Anonymous member", "2 d",
   """Funny how the head's husband's building firm got the contract for the new KS2 block at Sarsen Down. No tender that anyone saw. Half a million quid. Mrs Hiscock signs it off, Mr Hiscock cashes the cheque. Follow the money people 💰👀""",
   [("Lisa Coombs", "That's a very serious thing to say in public without any evidence. The trust ran that build, not the school."),
    ("Anonymous member", "Ask for the tender documents then. See what happens."),
    ("Gary Pike", "Mark Hiscock is a roofer with one van. He couldn't build a shed let alone a school.")],
   [L(CH, "title_surname", "defamation"), L(S, "short_name", "defamation")], reacts="😮👀 61")

fb(SPFF, "14.2K", "Amy Lockhart", "27 January",
   """Long one, sorry 😅 just wanted to give an update for anyone who remembers my post in October about moving from Paderborn with a toddler and a 4 year old while my husband deployed two weeks later.

Honestly, the first month was grim. The quarter had no working oven (still doesn't, three tickets later 🙃), it rained every day, and I cried in the car outside Lidl more than once. The removals lost a box which turned out to be ALL the kids' winter coats. The HIVE lady was lovely and got us some from the welfare cupboard.

Things that have helped: the Thursday coffee morning (thank you Becky and co!), a friendly neighbour with a dog my kids are obsessed with, and finding out you can get the Larkbury bus into Salisbury for £2.

And the big one — Miss Waqanivalu in Reception has been an absolute angel with Alfie's separation anxiety. Every morning she meets him at the door with a "job" (feeding the class fish, usually) and he goes in without looking back. She also sends me a photo on the school app at lunchtime so I know he's OK. I don't know how she does it with 30 of them.

Anyway, we're surviving. Husband home in April. If anyone needs a coffee in Larkbury, I'm here xx""",
   [("Becky Tull", "So glad it's getting easier lovely xx"),
    ("Mereoni Ratu", "Miss Ili is one of a kind 💙"),
    ("Amy Lockhart", "She really is!")],
   [L(IW, "title_surname", "neutral")], reacts="❤️ 74")

fb(LMD, "6.1K", "Sunita Thapa", "Yesterday at 16:48",
   """Is it true Mrs Gurrung is leaving Sarsen Down?? My son just came home in tears saying she's going to a school in Aldershot 😭 Please say it's not true, she is the best teacher he's ever had.""",
   [("Kavita Rai", "She told us it's only for a year, secondment! She'll be back 🙏"),
    ("Sunita Thapa", "Phew! Thank you 😅")],
   [L(SG, "typo", "neutral"), L(S, "short_name", "neutral")], reacts="😢 19")

fb(SDP, "1.9K", "Anonymous participant 442", "6 h",
   """Not gossiping but... saw Mr Adeyemi's car outside Mrs Davies's house on Kohima Crescent at 11pm last night 👀 Parent-teacher conference, is it? 🍷🛏️ Both married, by the way.""",
   [("Anonymous participant 90", "😂😂 I knew it, the way they look at each other in assembly"),
    ("Nikki Rai", "Or he was dropping off marking. Grow up."),
    ("Admin — Sarsen Down Parents", "Removed. Rumours about staff private lives are not allowed. Final warning.")],
   [L(TA, "title_surname", "sexual"), L(SD, "title_surname", "sexual"), L(S, "short_name", "neutral")], reacts="👀 57")

fb("Warminster Town Buy, Sell & Chat", "11.3K", "Caroline Hiscock", "Sunday at 10:14",
   """🐾 Dog grooming slots available this week! 🐾 Full groom, bath & tidy, nail clip. Small dogs from £35. Caroline's Canine Cuts, Warminster — 12 years' experience, fully insured. Message me to book!""",
   [("Sandra Pike", "Caroline did my two shih tzus, they look gorgeous 😍"), ("Caroline Hiscock", "Thank you Sandra! ❤️")],
   [], reacts="👍 7")

fb(LMD, "6.1K", "Gemma Marsh", "Wednesday at 12:30",
   """Quick question for forces families — anyone know how the new SDPS (Service Dependants' Payment Scheme) works for Continuity of Education Allowance? JPA won't let me submit and the unit admin says "it's an SDPS thing". Whatever that means 😩""",
   [("Josh Akers", "It's the new payment system for dependants' allowances, replaces the old forms. Ring the AGC helpdesk, it's a nightmare."),
    ("Gemma Marsh", "Thanks Josh, will try")],
   [], reacts="😩 6")

fb(SDP, "1.9K", "Anonymous participant 129", "1 d",
   """That TA in reception, Mrs R4i, needs to learn some respect. Looked me up and down at pick up like I was something she'd trodden in. Who does she think she is, she's a TA not the head.""",
   [("Anonymous participant 318", "Stuck-up little madam. Thinks she's above us because she does a bit of Nepali singing."),
    ("Chantelle W", "Ugly attitude, ugly face 🤮"),
    ("Nikki Rai", "Do you lot ever get tired? She's been lovely to every family I know."),
    ("Admin — Sarsen Down Parents", "Please keep it civil.")],
   [L(KR, "leetspeak", "abuse"), L(S, "short_name", "neutral")], reacts="😂 22")

fb(VILL, "1.2K", "Kevin Tull", "2 d",
   """RIP Dad — Jim Tull, 1929–2025. Caretaker at St Alban's Garrison School for 27 years before handing the keys to young Ed Sturgess in 1994. Mum (Peggy) went last May and I think he just missed her. Funeral at St Alban's, Friday 14th, 11am. All welcome, especially any old pupils. He'd have loved that.""",
   [("Ed Sturgess", "A gentleman and a teacher to me. Taught me everything about that old building. Rest easy Jim."),
    ("Jackie Hooper", "So sorry Kev. Your mum and dad were the heart of that school x")],
   [L(S, "alias", "neutral"), L(ES, "exact", "neutral")], reacts="❤️😢 146")

# ---------------------------------------------------------------------------------------
# MORE (added to balance name forms and categories)
# ---------------------------------------------------------------------------------------

social("""TikTok comment — under @plainsparents "rate your kid's primary 1-10"
jordz_lark: 2/10. n0 0ne l1kes mr 4d3y3mi at s4rs3n d0wn, he's a bully in a suit who gets off on excluding 7 yr olds 🤡
   ♥ 19 · Reply
   ↳ amy.rose.lark: my lot love him but ok
   ↳ jordz_lark: ur lot must be teachers pets then""",
       [L(TA, "leetspeak", "abuse"), L(S, "leetspeak", "negative")])

forum("mumzone", "Special educational needs", "SEN at DS's school is a shambles — spacing names so they don't find this",
      [("SpectrumMum_Wilts", "Sat 08-Mar-25 09:12", """DS (7) is autistic, at a primary on Larkbury camp. I'm spacing names out because the school definitely searches Mumzone.

The SENCo, F a i r w e a t h e r - H a y e s, hasn't returned a single call in three weeks. His 1:1 hours are on paper but his TA is pulled to cover classes most afternoons. Review meeting cancelled twice.

Meanwhile his class teacher, m r s  g u r u n g, has done more for him than the entire SEN department — visual timetable, quiet corner, she even came in on an INSET day to set up his new workstation. So it's not the teachers. It's the system.

Anyone had luck going to the trust directly?"""),
       ("Fennel_and_Fig", "Sat 08-Mar-25 09:30", "Write to the trust's SEND lead AND copy in the LA caseworker. Put everything in writing, with dates."),
       ("SpectrumMum_Wilts", "Sat 08-Mar-25 09:41", "Thank you, will do. Exhausted."),
       ("Moonrakers_Mum", "Sat 08-Mar-25 10:02", "Sending strength. SENDIASS Wiltshire were brilliant for us.")],
      [L(JF, "spacing", "negative"), L(SG, "spacing", "neutral")])

fb(LMD, "6.1K", "Anonymous member", "Friday at 22:40",
   """Just liked and shared the RemoveCarolineHiscock page. Eight years of excuses at Sarsen Down is enough. Every complaint gets "we hear you" and then nothing. If you've had the same, go and like it, they're collecting stories for the governors.""",
   [("Lisa Coombs", "If you have a complaint use the complaints procedure. Facebook pages won't fix anything."),
    ("Anonymous member", "Been through it twice Lisa. Got a leaflet."),
    ("Tash M", "Liked 👍")],
   [L(CH, "camelcase", "negative"), L(S, "short_name", "negative")], reacts="👍 31")

social("""Instagram · @fosd.larkbury
📣 Our JustGiving is LIVE: SarsenDownMinibus 🚐💙 We're £4,100 off a minibus so every child in Larkbury can get to matches, trips and the beach!
And a HUGE thank you to @ed.sturgess.61 who has agreed to a 24-hour sponsored silence on his last day before retirement (we'll believe it when we see it 😂)
Link in bio 👆
♥ 344 · View all 41 comments""",
       [L(S, "camelcase", "neutral"), L(ES, "handle", "neutral")])

social("""Strava · TomaszWojcik · Morning Run
📍 Larkbury · 21.1 km · 1:31:04 · 4:19 /km
"Last long run before the Bath Half. Year 4 at Sarsen Down — this one's for your trip fund. Legs say no, heart says yes."
👍 38 kudos · 6 comments
Kasia B: Dawaj Tomek! 💪
Jase R: Machine""",
       [L(TW, "camelcase", "neutral"), L(S, "short_name", "neutral")])

forum("threadit", "r/wiltshire", "Moving to Larkbury — is the sarsen-down school really as bad as Facebook says?",
      [("posting_orders_pete", "3d", "Posted to Larkbury in September. The local Facebook groups make the camp primary (the sarsen-down one) sound like a warzone. Is it really that bad? Two kids, 6 and 9."),
       ("larkbury_local", "3d", "Facebook is 20 loud people. My son's had Mr Tunde for maths groups two years running and he's brilliant, genuinely cares. The office is hopeless and the car park is carnage, but the teaching is fine.", "41"),
       ("wiltsgeordie", "3d", "Seconding. Comms are bad, letters come last minute, but the kids are happy. Mine have been through 4 schools and this is the one they'd keep.", "27"),
       ("posting_orders_pete", "2d", "Cheers both, that's reassuring.")],
      [L(S, "hyphenated", "negative"), L(TA, "nickname", "neutral")])

fb(SPFF, "14.2K", "Mereoni Ratu", "Thursday at 20:15",
   """So proud of our school this week 🥹💙 Two of our teachers in the news!

1) Our Reception teacher's bula welcomes went viral: wessexlive.example/news/ilisapeci-waqanivalu-reception-teacher-tiktok-bula
2) The Year 6 SATs revision padlet has been shared by teachers all over the country: padlet.example/sian-davies/y6-sats-revision-2025

Sarsen Down, you legends. 🇫🇯🏴󠁧󠁢󠁷󠁬󠁳󠁿🇳🇵🇬🇧""",
   [("Amy Lockhart", "Alfie's teacher!!! 😍"), ("Bimala Thapa", "Our school 🙏 so proud")],
   [L(S, "short_name", "neutral"), L(IW, "hyphenated", "neutral"), L(SD, "hyphenated", "neutral")], reacts="❤️ 201")

social("""Steph @steph_b_lark
@SarsenDownCofE any chance Mrs Hissyfit could answer an email this century? Asking for 300 parents. Absolute clown of a woman, the car park has more leadership than she does 🤡
7:12 AM · 14 Mar 2025 · 902 Views""",
       [L(S, "handle", "negative"), L(CH, "nickname", "abuse")])

fb(SDP, "1.9K", "Anonymous participant 512", "Sunday at 23:58",
   """Miss Waqanivalu wants to remember she's a guest here. She walks home over the Down on her own every night, past the range huts, no lights. Just saying. Things happen out there.

And that TA Kamala Rai who backs her up every time lives at 3 Ferozepore Road, Larkbury Camp, if anyone wants to pop round and tell her what they think.""",
   [("Nikki Rai", "What the actual hell. Reported to admin and screenshotted for the police."),
    ("Gemma Marsh", "This is a threat. I've rung 101."),
    ("Admin — Sarsen Down Parents", "Removed, member banned, police informed. Anyone who reposts this will be banned too.")],
   [L(IW, "title_surname", "threat"), L(KR, "exact", "doxxing"), L(S, "short_name", "neutral")], reacts="😡 48")

social("""Forwarded many times
Debbie Mundy — yes, the one who "lost" our kids' trip money — lives at Rose Cottage, Gifford Lane, Winterbourne Gifford SP4 6ZR. Blue door, white Fiesta. Knock and ask for a refund.
And tell SDPS from me there'll be a lot more than paint on their sign next time. Mark my words.""",
       [L(DM, "alias", "doxxing"), L(S, "alias", "threat")])

fb(VILL, "1.2K", "Anonymous member", "Tuesday at 21:30",
   """Mundy wants to be careful. People round Larkbury and Gifford don't forget who took their kids' trip money from the school. Dark lanes out this way. Accidents happen.""",
   [("Sue Noyce", "That reads like a threat. Delete it."),
    ("Ros Foyle", "She hasn't been charged with anything. Leave it to the police."),
    ("Admin", "Removed. Threats are reported.")],
   [L(DM, "surname_only", "threat")], reacts="😮 9")


# ---------------------------------------------------------------------------------------
# WRITE + CHECK
# ---------------------------------------------------------------------------------------

VARIANTS = {"exact", "title_surname", "initial_surname", "first_initial", "nickname", "possessive", "hyphenated",
            "typo", "leetspeak", "homoglyph", "spacing", "obfuscated", "hashtag", "handle", "camelcase", "alias",
            "short_name", "surname_only"}
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]


def main():
    wl = tomllib.loads((HERE / "watchlist.toml").read_text(encoding="utf-8"))
    subjects = {"school"} | {s["id"] for s in wl["staff"]}
    docs_dir = HERE / "docs"
    docs_dir.mkdir(exist_ok=True)
    for old in docs_dir.iterdir():
        if old.is_file():
            old.unlink()
    order = list(range(len(DOCS)))
    random.Random(19).shuffle(order)
    lines = []
    for n, i in enumerate(order):
        kind, ext, content, expected = DOCS[i]
        name = f"{n:03d}-{kind}.{ext}"
        (docs_dir / name).write_text(content, encoding="utf-8")
        seen = set()
        for e in expected:
            assert e["subject"] in subjects, (name, e)
            assert e["variant"] in VARIANTS, (name, e)
            assert e["category"] in CATEGORIES, (name, e)
            assert e["subject"] not in seen, (name, "duplicate subject", e)
            seen.add(e["subject"])
            if e["url_only"]:
                assert e["category"] == "sexual", (name, e)
        lines.append(json.dumps({"file": name, "kind": kind, "expected": expected}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # check
    for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        assert (docs_dir / json.loads(line)["file"]).is_file()

    mentions = [e for _, _, _, exp in DOCS for e in exp]
    print(f"documents: {len(DOCS)}")
    print(f"mentions:  {len(mentions)}")
    print(f"empty documents: {sum(1 for d in DOCS if not d[3])}")
    print("by kind:    ", dict(sorted(Counter(d[0] for d in DOCS).items())))
    print("by variant: ", dict(sorted(Counter(e['variant'] for e in mentions).items(), key=lambda kv: -kv[1])))
    print("by category:", {c: Counter(e['category'] for e in mentions)[c] for c in CATEGORIES})
    print("by subject: ", dict(sorted(Counter(e['subject'] for e in mentions).items(), key=lambda kv: -kv[1])))
    print(f"url_only:   {sum(1 for e in mentions if e['url_only'])}")


if __name__ == "__main__":
    main()
