#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train21 tuning corpus for repwatch's matcher.

Setting
-------
Ysgol Gyfun Bryn Bethel ("Bryn Bethel Comprehensive", "Bryn Bethel Comp", "Ysgol Bryn
Bethel", "Bryn Bethel"; short name "Bethel"; acronym "YGBB"; former name "Ysgol Gyfun Cwm
Hyfryd" until 2012) is an invented bilingual Welsh-medium 11-18 comprehensive on Heol y
Bryn, Tonyrhedyn, near Pontypridd, South Wales.  Locality words: Tonyrhedyn, Blaenhyfryd,
Cwm Hyfryd.  The local authority is the invented Taff-Rhondda County Borough Council
(Cyngor Bwrdeistref Sirol Taf-Rhondda); inspections are by Estyn.  Office numbers
029 2018 0640 / 0641 (published; never doxxing).  Domain ygbrynbethel.example.
Staff (see watchlist.toml): Dr Eleri Pugh-Gruffydd (head, maiden name Eleri Watcyn),
Dafydd Evans (deputy; "Dai"), Siân Llewelyn (head of Welsh, maiden name Siân Bowen),
Huw Jenkins (head of PE, "Jenks"), Rhiannon Davies (head of Year 9), Ciarán O'Sullivan
(music), Gwion ap Hywel (sixth form), Heledd Cadwaladr (ALNCo, unique = true), Ngozi
Adeyemi (head of science), Tariq Mahmood (computer science), Kevin Pritchard (site
manager, "Kev", "Pritch").  Writing mixes Welsh, English and Wenglish ("tidy", "now in a
minute", "butt", "mun", "tamping"); news comes from invented South Wales outlets.

Decoys (documents with no expected mention, or a mention that must not be labelled)
-------------------------------------------------------------------------------------
* "Bethel" as a chapel (Capel Bethel, Tonyrhedyn), a pub (Bethel Arms, excluded), a
  junior rugby club (Bethel RFC), the hill "Bryn Bethel" / "Mynydd Bethel", Bethel Music
  / Bethel church (USA), Bethel Woods, and Ysgol Bethel, a primary school in the village
  of Bethel near Caernarfon, Gwynedd (the same-named school in North Wales).
* Excluded businesses: Bryn Bethel Care Home, Bethel Garage, Bethel Arms.
* "YGBB" meaning Ysgol Gymraeg Bro Brynach (Pembrokeshire) or a boxing club.
* Namesakes: Rhiannon Davies MS (Member of the Senedd), nurse Rhiannon Davies of
  Tonyrhedyn, Rhiannon Davies the head of Ysgol Bethel (Gwynedd) and the care-home
  manager; Huw Jenkins the professional / Wales U20 rugby player, the plumber and the
  photographer; the Rev Dafydd Evans (retired minister of Capel Bethel) and a
  29-year-old burglar Dafydd Evans of Tonyrhedyn; Kevin Pritchard the darts player and
  the taxi driver; Tariq Mahmood the Cardiff solicitor; Ngozi Adeyemi the London GP;
  Siân Llewelyn the S4C presenter.  A namesake who is clearly someone else is never a
  mention, even when the page also names a locality word or the school.  One news story
  quotes the U20 prop Huw Jenkins (a former pupil) about his old PE teacher "Mr Jenkins":
  only the teacher is labelled (title_surname).

Labelling conventions (as the brief)
------------------------------------
* One expected entry per subject per document; category = the worst the document
  gives that subject: threat > hate > sexual > doxxing > defamation > abuse > negative >
  neutral.
* Variant = the easiest form of that subject's name in the document, preference
  exact > alias > title_surname > the rest.  School: full name "Ysgol Gyfun Bryn Bethel"
  = exact; "Bethel" alone (school sense) = short_name; any other alias (Bryn Bethel,
  Bryn Bethel Comp(rehensive), Ysgol Bryn Bethel, YGBB, Ysgol Gyfun Cwm Hyfryd, Cwm Hyfryd
  Comp) = alias.
  Staff: "Siân Llewelyn" / "Sian Llewelyn" (accent dropped) = exact; maiden names =
  alias; "Mrs Llewelyn", "Dr Adeyemi", "Mr ap Hywel" = title_surname; "S. Llewelyn" =
  initial_surname; "Siân L" / "Kevin P" = first_initial; "Dai Evans", "Jenks", "Kev",
  "Pritch", "P-G", "Dr P-G", "Miss D", "Mr J", "Mrs Ll" = nickname (title + initial
  forms count as nickname); "Jenkins'" / "Pugh-Gruffydd's" with no title = possessive;
  "Pugh Gruffydd" (hyphen dropped) or "ap-Hywel" (hyphen added) = hyphenated; bare
  surname = surname_only.  Rest-group variant forms are written without a title so the
  label is unambiguous, and a subject appears in only one rest-group form per document
  (a form that combines a disguise with a possessive, e.g. a homoglyph in
  "Pugh-Gruffydd's", is labelled by the disguise).
* A staff member counts only when the page ties them to the school (school name, alias,
  a locality word, the school's domain, or their job at the school); Heledd Cadwaladr
  (unique = true) counts wherever named.
* The school is a subject only when the document names it (name, alias, short name in
  the school sense).  Category of the school: negative when the page complains about or
  criticises the school or its leadership/handling; neutral when it is merely named as a
  staff member's workplace (or praised); defamation when accused of a crime or cover-up;
  hate when attacked for pupils'/staff's race or religion; threat when itself
  threatened.
* Sexual content where a child may be involved (pupil, "a Year 9 girl", a sixth former,
  pupils' photos): category sexual and url_only = true for the staff member AND the
  school.  Adult-only sexual gossip: sexual, url_only = false.
* Doxxing: personal mobile, home address, home postcode or personal e-mail near the staff
  name (the school office number or school e-mail never is).
* Condemning or negating abuse, quoting it to condemn it, and news reports of convictions
  of people who threatened/harassed staff are neutral for the staff member; a report that
  a staff member is charged, suspended or investigated is defamation; an opinion column
  that itself insults them is abuse.  A staff member praised in a post that complains
  about someone else is neutral.

Run:  python3 build_train21.py   (from any directory; writes docs/ and labels.jsonl
beside this file; deterministic, standard library only).
"""
import html
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []

SEVERITY = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
VARIANTS = ["exact", "title_surname", "initial_surname", "first_initial", "nickname",
            "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
            "obfuscated", "hashtag", "handle", "camelcase", "alias", "short_name",
            "surname_only"]


def L(subject, variant, category, url_only=False):
    assert variant in VARIANTS, variant
    assert category in SEVERITY, category
    return {"subject": subject, "variant": variant, "category": category,
            "url_only": url_only}


def add(kind, content, *labels):
    ext = "html" if kind in ("news", "forum", "blog") else "txt"
    subjects = [l["subject"] for l in labels]
    assert len(subjects) == len(set(subjects)), ("duplicate subject", subjects)
    DOCS.append((kind, ext, content, list(labels)))


def esc(s):
    return html.escape(s, quote=False)


def paras(text, tag="p"):
    out = []
    for block in text.strip().split("\n\n"):
        block = block.strip()
        if not block:
            continue
        if block.startswith("> "):
            inner = " ".join(line[2:] if line.startswith("> ") else line
                             for line in block.split("\n"))
            out.append(f"<blockquote>{esc(inner)}</blockquote>")
        elif block.startswith("## "):
            out.append(f"<h2>{esc(block[3:])}</h2>")
        elif block.startswith("- "):
            items = "".join(f"<li>{esc(line[2:].strip())}</li>"
                            for line in block.split("\n") if line.strip())
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(f"<{tag}>{esc(' '.join(block.split(chr(10))))}</{tag}>")
    return "\n".join(out)


def post_body(text):
    # forum/comment bodies keep line breaks
    out = []
    for block in text.strip().split("\n\n"):
        if block.startswith("> "):
            inner = " ".join(line[2:] if line.startswith("> ") else line
                             for line in block.split("\n"))
            out.append(f"<blockquote class=\"quote\">{esc(inner)}</blockquote>")
        else:
            out.append("<p>" + "<br>".join(esc(x) for x in block.split("\n")) + "</p>")
    return "\n".join(out)


# --------------------------------------------------------------------------- news chrome
NEWS_SITES = {
    "tvg": dict(
        brand="Taff Valley Gazette", lang="en-GB",
        nav=["Home", "News", "Sport", "Rugby", "Schools", "Crime & Courts", "Obituaries",
             "Jobs", "Announcements", "Puzzles"],
        cookie=("We and our 143 partners store and access information on your device, such as "
                "cookies, to show you personalised ads and measure audiences. "
                "[Accept all] [Manage preferences]"),
        extra="<div class=\"weather\">Pontypridd 11&deg;C &middot; Showers</div>",
        most_read=["Taff Street shop units to become flats", "Bin collection changes over the bank holiday",
                   "Roadworks on the A470 northbound: what you need to know",
                   "Ponty market trader marks 50 years on the same stall"],
        comments_h="Comments ({n})",
        footer=("&copy; 2024 Taff Valley Media Ltd &middot; Contact us &middot; Advertise &middot; "
                "Privacy notice &middot; Cookie settings &middot; Complaints (IPSO regulated)")),
    "walesnow": dict(
        brand="WalesNow", lang="en-GB",
        nav=["News", "Politics", "Education", "Sport", "Whats On", "Food & Drink", "Property",
             "Cymraeg", "Newsletters"],
        cookie=("WalesNow uses cookies to improve your experience and for advertising. By "
                "clicking 'Agree' you consent to our use of cookies. [Agree] [Options]"),
        extra="<div class=\"promo\">Get the biggest Welsh stories in your inbox every morning &rarr; Sign up</div>",
        most_read=["Live: traffic updates across South Wales", "The Welsh beach named best in the UK",
                   "Met Office yellow warning for rain", "New restaurant opening in Cardiff Bay"],
        comments_h="Have your say ({n} comments)",
        footer=("WalesNow is part of Cymru Digital Media. &copy; 2024 &middot; Terms &middot; "
                "Privacy &middot; Do not sell my personal information &middot; Corrections")),
    "nyc": dict(
        brand="Newyddion y Cwm", lang="cy",
        nav=["Hafan", "Newyddion", "Addysg", "Chwaraeon", "Diwylliant", "Eisteddfod",
             "Barn", "Swyddi"],
        cookie=("Rydyn ni'n defnyddio cwcis i wneud i'r wefan weithio ac i ddeall sut mae "
                "pobl yn ei defnyddio. [Derbyn] [Gwrthod] [Gosodiadau]"),
        extra="<div class=\"lang\">English</div>",
        most_read=["Galw am fwy o athrawon Cymraeg", "Tywydd garw i'r de dros y penwythnos",
                   "Cyngerdd i godi arian i'r ysbyty", "Canlyniadau'r gynghrair"],
        comments_h="Sylwadau ({n})",
        footer="&copy; Newyddion y Cwm Cyf. 2024 &middot; Amdanom ni &middot; Preifatrwydd &middot; Cwcis &middot; Cysylltu"),
    "courier": dict(
        brand="Cwm Taf Courier", lang="en-GB",
        nav=["Latest", "Local News", "Education", "Opinion", "Letters", "Sport", "Nostalgia",
             "Family Notices", "e-Edition"],
        cookie=("This site uses cookies. Some are essential, others help us improve your "
                "experience. Read our cookie policy. [OK] [Reject non-essential]"),
        extra="<div class=\"meter\">You've read 3 of 5 free articles this month. Subscribe from &pound;1 a week.</div>",
        most_read=["Council tax: what the rise means for you", "Pictures: carnival returns to the high street",
                   "Fire crews called to grass fire on the mountain", "Pub quiz league results"],
        comments_h="Reader comments ({n})",
        footer="Cwm Taf Courier &middot; Part of Valleys Press Group &middot; &copy; 2024 &middot; Terms &middot; Privacy &middot; Contact the newsdesk"),
    "herald": dict(
        brand="Arfon & M&ocirc;n Herald", lang="en-GB",
        nav=["News", "Gwynedd", "Anglesey", "Conwy", "Sport", "Farming", "Obituaries"],
        cookie="We use cookies to give you the best experience. [Accept] [Settings]",
        extra="",
        most_read=["Snowdon railway opening date confirmed", "Caernarfon harbour works begin",
                   "Farmers protest in Llangefni", "Ferry timetable changes"],
        comments_h="Comments ({n})",
        footer="&copy; 2024 North Wales Newsgroup &middot; Privacy &middot; Terms &middot; Contact"),
}


def news(site, headline, byline, date, body, comments=(), standfirst=None, section="News"):
    s = NEWS_SITES[site]
    nav = "".join(f"<li><a href=\"#\">{n}</a></li>" for n in s["nav"])
    mr = "".join(f"<li><a href=\"#\">{esc(m)}</a></li>" for m in s["most_read"])
    sf = f"<p class=\"standfirst\">{esc(standfirst)}</p>" if standfirst else ""
    cm = ""
    if comments is not None:
        items = "".join(
            f"<div class=\"comment\"><p class=\"who\">{esc(u)} <span class=\"ago\">{esc(t)}</span></p>"
            f"{post_body(c)}</div>" for (u, t, c) in comments)
        if not comments:
            items = "<p class=\"closed\">Comments are closed on this article.</p>"
        cm = (f"<section id=\"comments\"><h2>{s['comments_h'].format(n=len(comments)).replace('(1 comments)', '(1 comment)')}</h2>"
              f"{items}</section>")
    return f"""<!DOCTYPE html>
<html lang="{s['lang']}"><head><meta charset="utf-8"><title>{esc(headline)} | {s['brand']}</title></head>
<body>
<div id="consent-banner" class="cookie">{s['cookie']}</div>
<header class="masthead"><a class="logo" href="/">{s['brand']}</a>{s['extra']}
<nav><ul>{nav}</ul></nav></header>
<main>
<article>
<p class="kicker">{esc(section)}</p>
<h1>{esc(headline)}</h1>
{sf}
<p class="byline">{esc(byline)} &middot; <time>{esc(date)}</time></p>
{paras(body)}
</article>
<aside class="most-read"><h3>Most read</h3><ol>{mr}</ol></aside>
{cm}
</main>
<footer>{s['footer']}</footer>
</body></html>
"""


def council(title, crumbs, body):
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} - Taff-Rhondda County Borough Council</title></head>
<body>
<div class="cookie-notice">We use essential cookies to make this site work. We'd also like to set analytics cookies. [Accept analytics cookies] [Reject analytics cookies] | Cymraeg</div>
<header><a href="/">Taff-Rhondda County Borough Council | Cyngor Bwrdeistref Sirol Taf-Rhondda</a>
<nav><ul><li>Bins and recycling</li><li>Council tax</li><li>Schools and learning</li><li>Roads and travel</li><li>Councillors, meetings and democracy</li><li>Report it</li></ul></nav></header>
<main>
<p class="breadcrumb">{esc(' > '.join(crumbs))}</p>
<h1>{esc(title)}</h1>
{paras(body)}
<div class="feedback"><h2>Was this page helpful?</h2><p>[Yes] [No]</p></div>
</main>
<footer>Taff-Rhondda CBC, Civic Offices, Pontypridd &middot; Accessibility statement &middot; Privacy &middot; Contact us &middot; &copy; Taff-Rhondda CBC</footer>
</body></html>
"""


def jobad(title, employer_line, body):
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} | EduJobs Cymru</title></head>
<body>
<div class="cookies">EduJobs Cymru uses cookies. Continue browsing to accept, or change your settings. [OK]</div>
<header><a href="/">EduJobs Cymru / SwyddiAddysg</a><nav><ul><li>Find jobs</li><li>Recruiters</li><li>Job alerts</li><li>Sign in</li></ul></nav></header>
<main><div class="job">
<h1>{esc(title)}</h1>
<p class="employer">{esc(employer_line)}</p>
{paras(body)}
<p><a class="apply" href="#">Apply now</a> <a href="#">Save job</a> <a href="#">Report this advert</a></p>
</div>
<aside><h3>Similar jobs</h3><ul><li>Teacher of Mathematics - Cardiff</li><li>Cover Supervisor - Merthyr Tydfil</li><li>Teaching Assistant (Welsh speaker) - Bridgend</li></ul></aside>
</main>
<footer>&copy; 2024 EduJobs Cymru Ltd &middot; Privacy &middot; Terms &middot; Help</footer>
</body></html>
"""


# -------------------------------------------------------------------------- forum chrome
FORUM_SITES = {
    "parenttalk": dict(
        brand="ParentTalk", tagline="By parents, for parents",
        nav=["Talk", "Active", "Am I being unreasonable?", "Secondary education", "Special needs",
             "Relationships", "Money", "Sign in"],
        cookie="We use cookies to personalise content and ads. [Accept all cookies] [Cookie settings]",
        crumbs="Talk > Education > Secondary",
        footer="ParentTalk &copy; 2024 &middot; Talk guidelines &middot; Report a post &middot; Contact us &middot; Privacy"),
    "valleysrugby": dict(
        brand="Valleys Rugby Talk", tagline="Grassroots to Test level since 2003",
        nav=["Forums", "Schools & Youth", "Community Rugby", "Regions", "Wales", "The Clubhouse (off topic)"],
        cookie="This site uses cookies to keep you logged in. [Accept] [Learn more]",
        crumbs="Forums > Schools & Youth Rugby",
        footer="Valleys Rugby Talk &middot; Forum software &copy; 2024 &middot; Rules &middot; Contact admins"),
    "threadit": dict(
        brand="threadit", tagline="r/Wales - Croeso i Gymru",
        nav=["Home", "Popular", "r/Wales", "r/cymru", "r/AskUK", "r/Teachers"],
        cookie="threadit uses cookies to improve your experience. [Accept all] [Reject optional cookies]",
        crumbs="r/Wales",
        footer="threadit Inc &copy; 2024. All rights reserved. &middot; User Agreement &middot; Content Policy &middot; Privacy Policy"),
    "staffroom": dict(
        brand="StaffRoom", tagline="The forum for teachers and school staff",
        nav=["Forums", "Workload", "Jobs & Careers", "Wales", "Behaviour", "Supply", "Unions"],
        cookie="StaffRoom uses cookies. See our cookie policy. [Got it]",
        crumbs="Forums > Wales > Secondary",
        footer="StaffRoom &copy; 2024 &middot; Community rules &middot; Safeguarding &middot; Contact"),
    "valleystalk": dict(
        brand="Rhondda & Taff Talk", tagline="The valleys' own message board",
        nav=["Home", "Local News", "Schools", "Buy & Sell", "Lost & Found", "Nostalgia", "Rants"],
        cookie="Cookies help us run this board. By using it you agree. [OK]",
        crumbs="Home > Talk",
        footer="Rhondda & Taff Talk &middot; Run by volunteers since 2006 &middot; Board rules &middot; Contact the mods"),
}


def forum(site, title, posts, board=None):
    s = FORUM_SITES[site]
    nav = "".join(f"<li><a href=\"#\">{n}</a></li>" for n in s["nav"])
    crumbs = board or s["crumbs"]
    body = []
    for i, p in enumerate(posts):
        user, when, text = p[0], p[1], p[2]
        extra = p[3] if len(p) > 3 else ""
        if site == "threadit":
            meta = f"<span class=\"pts\">{extra or (17 - i * 3)} points</span>"
        elif site in ("valleysrugby", "valleystalk"):
            meta = f"<span class=\"posts\">Posts: {extra or (37 + sum(map(ord, user)) * 7 % 2900)}</span>"
        else:
            meta = f"<span class=\"extra\">{esc(extra)}</span>" if extra else ""
        body.append(
            f"<div class=\"post\" id=\"p{i + 1}\"><div class=\"author\">{esc(user)} {meta}</div>"
            f"<div class=\"date\">{esc(when)}</div><div class=\"content\">{post_body(text)}</div>"
            f"<div class=\"actions\">Reply &middot; Quote &middot; Report</div></div>")
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} | {s['brand']}</title></head>
<body>
<div class="cookie-bar">{s['cookie']}</div>
<header><a class="logo" href="/">{s['brand']}</a> <span class="tagline">{esc(s['tagline'])}</span>
<nav><ul>{nav}</ul></nav></header>
<main>
<p class="breadcrumb">{esc(crumbs)}</p>
<h1>{esc(title)}</h1>
<div class="thread">
{chr(10).join(body)}
</div>
<div class="reply-box"><h2>Reply to this thread</h2><p>You must be signed in to reply.</p></div>
</main>
<footer>{s['footer']}</footer>
</body></html>
"""


# --------------------------------------------------------------------------- blog chrome
def blog(brand, tagline, title, author, date, body, comments=(), nav=None,
         widgets=None, comments_h="{n} Responses", lang="en-GB", cookie=None):
    nav = nav or ["Home", "About", "Archive", "Contact"]
    navh = "".join(f"<li><a href=\"#\">{esc(n)}</a></li>" for n in nav)
    widgets = widgets or ["Recent posts", "Categories", "Archives"]
    wid = "".join(f"<section class=\"widget\"><h3>{esc(w)}</h3><ul><li>&hellip;</li></ul></section>"
                  for w in widgets)
    cookie = cookie or "This site uses cookies. By continuing to use this website, you agree to their use. [Close and accept]"
    items = "".join(
        f"<li class=\"comment\"><p class=\"comment-author\">{esc(u)} <span>{esc(t)}</span></p>"
        f"{post_body(c)}<p class=\"reply\">Reply</p></li>" for (u, t, c) in comments)
    if comments:
        ch = f"<h2 class=\"comments-title\">{comments_h.format(n=len(comments)).replace('1 Responses', '1 Response')}</h2><ol class=\"comment-list\">{items}</ol>"
    else:
        ch = "<h2 class=\"comments-title\">Leave a Reply</h2><p>Your email address will not be published.</p>"
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} &ndash; {esc(brand)}</title></head>
<body>
<div class="cookie-law">{cookie}</div>
<header class="site-header"><p class="site-title">{esc(brand)}</p><p class="site-description">{esc(tagline)}</p>
<nav><ul>{navh}</ul></nav></header>
<div class="content-area"><main>
<article class="post">
<h1 class="entry-title">{esc(title)}</h1>
<p class="entry-meta">Posted on {esc(date)} by {esc(author)}</p>
<div class="entry-content">
{paras(body)}
</div>
<p class="share">Share this: Facebook &middot; X &middot; WhatsApp &middot; Email</p>
</article>
<section id="comments">{ch}</section>
</main>
<aside class="sidebar">{wid}</aside></div>
<footer class="site-footer">Proudly powered by a blogging platform &middot; Theme: Twenty Something</footer>
</body></html>
"""


# ----------------------------------------------------------------------- plain-text kinds
def review(platform, place, stars, author, when, text, response=None, meta=""):
    star = "\u2605" * stars + "\u2606" * (5 - stars)
    who = author + (" \u00b7 " + meta if meta else "")
    out = [f"{platform}", f"{place}", "", f"{star}  {stars}/5", who,
           when, "", text.strip(), "", "Helpful \u00b7 Share \u00b7 Report review"]
    if response:
        out += ["", "Response from the owner", response.strip()]
    return "\n".join(out) + "\n"


def social(platform, handle, name, when, text, replies=(), stats=""):
    out = [platform, f"{name} {handle}", when, "", text.strip()]
    if stats:
        out += ["", stats]
    if replies:
        out += ["", "Replies" if platform.startswith("X") or platform.startswith("Threads") else "Comments"]
        for (h, t) in replies:
            out += [f"  {h}", "  " + t.strip().replace("\n", "\n  "), ""]
    return "\n".join(out).rstrip() + "\n"


def fb(group, author, when, text, comments=(), reactions=""):
    out = [f"Facebook \u00b7 {group}", "Private group \u00b7 Members only" if "Mams" in group else "Public group", "",
           f"{author}", when, "", text.strip()]
    if reactions:
        out += ["", reactions]
    if comments:
        out += ["", f"{len(comments)} comment{'s' if len(comments) != 1 else ''}", ""]
        for (a, t) in comments:
            out += [a, t.strip(), "Like \u00b7 Reply", ""]
    return "\n".join(out).rstrip() + "\n"


S = "school"


# =============================================================================== NEWS
def build_news():
    add("news", news(
        "tvg", "Bryn Bethel celebrates best ever A-level results", "By Bethan Rowlands, Education reporter",
        "15 August 2024", """
Sixth formers at Ysgol Gyfun Bryn Bethel in Tonyrhedyn were celebrating on Thursday after the
Welsh-medium school recorded its best A-level results since it opened.

Forty-one per cent of entries were graded A* or A, and 98 per cent of students achieved three
passes or more.

Headteacher Dr Eleri Pugh-Gruffydd said: "Rydyn ni mor falch ohonyn nhw. These young people sat
their GCSEs in the middle of the pandemic, with no exams at all, and they have shown real grit."

Head of sixth form Gwion ap Hywel said most of the year group had secured their first-choice
university places, with three heading to Oxford and Cambridge and a record number choosing to
study at least part of their degree through the medium of Welsh at Bangor, Aberystwyth and Cardiff.

Among them is Elin Mathias, 18, from Blaenhyfryd, who is going to study medicine in Cardiff. "I
couldn't have done it without the teachers," she said. "They were in at half seven in the morning
doing extra sessions for us."

The school, which has around 1,100 pupils aged 11 to 18, is one of three Welsh-medium
secondaries in the Taff-Rhondda council area.
""", comments=[("Llinos_T", "2 days ago", "Llongyfarchiadau pawb! 👏👏"),
               ("ValleyDad", "2 days ago", "Well done to the staff too, they graft up there.")],
        standfirst="Three students are heading to Oxbridge", section="Schools"),
        L(S, "exact", "neutral"), L("epughgruffydd", "exact", "neutral"), L("gaphywel", "exact", "neutral"))

    add("news", news(
        "tvg", "Man who sent threatening messages to deputy head given restraining order",
        "By Lowri Harries, Court reporter", "2 May 2024", """
A Blaenhyfryd man who sent a string of threatening messages to a deputy headteacher after his son
was excluded has been given a two-year restraining order.

Rhys Daniel Pask, 41, of Heol Glyn, Blaenhyfryd, admitted sending malicious communications to
Dafydd Evans, deputy head at Ysgol Gyfun Bryn Bethel, between 3 and 19 March.

Prosecutor Sarah Coombes told Cwm Taf Magistrates' Court that Pask sent eleven Facebook messages to
Mr Evans, including one that read: "You'll get what's coming to you, I know what car you drive."

In a victim statement Mr Evans said he had started checking around his car before driving to
work. "I have given thirty years to this valley. I did not expect to be frightened in it," he said.

Representing himself, Pask said he had been "in a bad place" and apologised to Mr Evans and the school.

As well as the restraining order, magistrates fined him £400 and ordered him to pay £85 costs
and a £160 victim surcharge.

A spokesperson for Taff-Rhondda County Borough Council said: "Abuse of school staff is never
acceptable and we will always support staff who report it to the police."
""", comments=[], section="Crime & Courts"),
        L("devans", "exact", "neutral"), L(S, "exact", "neutral"))

    add("news", news(
        "walesnow", "PE teacher suspended at Welsh-medium school", "By Carys Thomas", "21 November 2023", """
A head of PE at a Welsh-medium comprehensive has been suspended while the council investigates an
allegation about his conduct on a school rugby tour.

Huw Jenkins, who has taught at Bryn Bethel Comprehensive in Tonyrhedyn for 17 years, was suspended
last week, WalesNow understands. It is not known what the allegation relates to, but parents said
it concerned the under-16s' tour to Ireland in October.

Taff-Rhondda County Borough Council said: "We can confirm a member of staff has been suspended,
which is a neutral act. It would be inappropriate to comment further while the process is ongoing."

One parent, who did not want to be named, said: "The school has told us absolutely nothing. We
found out from the kids. Communication from the top has been shocking for years and this just
proves it."

Another said: "He's a legend in this valley. I'll believe it when I see it."

Mr Jenkins did not respond to a request for comment.
""", comments=[("Pontyboy77", "1 day ago", "Innocent until proven guilty people. Let them do their job."),
               ("Glenys H", "1 day ago", "That school never tells parents anything, not surprised in the slightest."),
               ("Rob_Cardiff", "23 hours ago", "Why name him before anything is proven? Disgraceful journalism.")],
        section="Education"),
        L("hjenkins", "exact", "defamation"), L(S, "alias", "negative"))

    add("news", news(
        "courier", "Estyn praises 'warm, Welsh ethos' at Tonyrhedyn secondary", "By Nia Protheroe",
        "9 February 2024", """
Inspectors have praised the "warm and inclusive Welsh ethos" at Ysgol Gyfun Bryn Bethel in a
report published this week.

Estyn found that most pupils behave well, feel safe and make strong progress in their Welsh
language skills, including pupils who join the school from English-speaking homes. The report
singles out the school's eisteddfod, its Urdd activities and its choir as "a real strength", and
says the sixth form offers a wide range of courses in partnership with neighbouring schools.

The report makes three recommendations: to continue improving attendance, to sharpen the use of
assessment information in Years 7 to 9, and to extend opportunities for pupils to use digital skills
across the curriculum.

Chair of governors Alun Rowlands said: "This is a report the whole community can be proud of.
Diolch to every pupil, parent and member of staff."

The full report is available on the Estyn website.
""", comments=[("MrsHowells", "4 days ago", "Deserved. My two love it there.")], section="Education"),
        L(S, "exact", "neutral"))

    add("news", news(
        "tvg", "Brave Bryn Bethel bow out in Welsh Schools Cup semi-final", "By Gareth Lloyd, Sports desk",
        "6 March 2024", """
Ysgol Gyfun Bryn Bethel's under-16s saw their Welsh Schools Cup run end at the semi-final stage
on Wednesday, going down 24-17 to Ysgol Gyfun Pen-y-Dre in a tight, bruising contest.

Bethel led 17-12 at the break after tries from full-back Osian Morgan and flanker Tomos Price, with
outside-half Jac Hale adding the extras and a penalty. But Pen-y-Dre's bigger pack took control in
the second half and two late tries from driving lineouts settled it.

Coach Huw Jenkins said: "Tidy performance, the boys emptied the tank. We lost to a good side but
I couldn't be prouder of them. We'll be back next year, mark my words."

Pen-y-Dre face Ysgol Gyfun Cwm Afan in the final at the Principality Stadium on 20 March.
""", comments=[("oldschoolprop", "3 days ago", "Unlucky boys. That ref missed two crooked throws mind.")],
        section="Rugby"),
        L(S, "exact", "neutral"), L("hjenkins", "exact", "neutral"))

    add("news", news(
        "tvg", "Tributes to 'inspirational' Welsh teacher Emrys Watkins", "By Lowri Harries",
        "18 January 2024", """
Tributes have been paid to Emrys Watkins, who taught Welsh to generations of pupils in the valley,
who has died aged 79.

Mr Watkins taught at Ysgol Gyfun Cwm Hyfryd, now Ysgol Gyfun Bryn Bethel, from the day it opened
in 1993 until he retired in 2015, and ran the school eisteddfod for more than twenty years.

Siân Llewelyn, who joined his department as a newly qualified teacher in 1997 and later succeeded
him as head of Welsh, said: "Emrys gave
us the language as a living thing, not a subject. Half the poets in this valley learned their
cynghanedd at his kitchen table."

A keen rugby man, he also served as secretary of Tonyrhedyn RFC for many years.

He leaves his wife Menna, daughters Catrin and Non, and five grandchildren. His funeral will be
held at Capel Bethel, Tonyrhedyn, on Friday 26 January at 11am, followed by a private committal.
Family flowers only; donations, if desired, to Marie Curie.
""", comments=[("Aled P", "1 week ago", "Athro arbennig. Cwsg mewn hedd, Mr Watkins."),
               ("Debbie from Ponty", "6 days ago", "He was strict but fair. Taught me to love Welsh poetry. RIP.")],
        section="Obituaries"),
        L(S, "exact", "neutral"), L("sllewelyn", "exact", "neutral"))

    # decoy: the MS namesake, with a locality word
    add("news", news(
        "walesnow", "Valleys bus cuts will 'cut people off', warns MS", "By Rhodri Hale, Political reporter",
        "3 October 2024", """
Rhiannon Davies MS has warned that proposed cuts to evening bus services will leave older people
and shift workers in the northern valleys "cut off from jobs, hospitals and family".

The Member of the Senedd for Cwm Taf Uchaf said the withdrawal of the late 132 service to
Tonyrhedyn and the reduction of the 140 to an hourly timetable would hit people without cars hardest.

"I have had nurses contact me who finish a shift at ten at night and will have no way home," she
told the Senedd. "This is not a luxury. It is a lifeline."

The operator said the routes were loss-making and that it was in talks with the council about
support. The Welsh Government said it was reforming bus services through its new franchising
legislation.
""", comments=[("nightshift_nurse", "5 hours ago", "She's right. I'll be walking home from the station at 11pm now."),
               ("Bryn G", "4 hours ago", "Talk is cheap, what's the Senedd actually going to fund?")],
        section="Politics"))

    # decoy: professional rugby namesake
    add("news", news(
        "walesnow", "Jenkins double lifts Gladiators to bonus-point win", "By Owain Tudor",
        "12 October 2024", """
Wing Huw Jenkins scored twice as the Glamorgan Gladiators claimed a bonus-point 38-19 win over the
Severn Raiders on Saturday night.

Jenkins, 24, finished a flowing move in the eighth minute and added a second after a trademark
sidestep on the hour, taking him to seven tries for the season and firmly into the Wales
conversation ahead of the autumn series.

"Huw's in the form of his life," said head coach Mark Ellery. "If he keeps doing that, the phone
will ring."

The Gladiators travel to Edinburgh next week.
""", comments=[("GladiatorsFan", "1 hour ago", "Get him in the Wales squad NOW"),
               ("Scrumcap", "52 mins ago", "Defence still leaky though")], section="Rugby"))

    add("news", council(
        "Cabinet - 14 November 2024 - Minutes",
        ["Home", "Councillors, meetings and democracy", "Cabinet", "Minutes"], """
Present: Cllr A. Morris (Leader, in the Chair), Cllr J. Harries, Cllr P. Lewis, Cllr S. Rahman,
Cllr T. Watts. Also present: Cllr Meirion Thomas (local member, Tonyrhedyn ward).

## 1. Apologies

Apologies were received from Cllr B. Owens.

## 2. Declarations of interest

Cllr J. Harries declared a personal interest in item 7 as a governor of a Welsh-medium primary school.

## 7. Welsh in Education Strategic Plan: proposal to increase capacity at Ysgol Gyfun Bryn Bethel

The Director of Education presented the report, which proposes increasing the capacity of Ysgol
Gyfun Bryn Bethel from 1,100 to 1,350 places by September 2027 through a new teaching block and
sports hall, funded jointly by the Sustainable Communities for Learning programme.

E. Pugh-Gruffydd (Headteacher) addressed Cabinet in support of the proposal, noting that the school
had turned away 61 first-preference applications for Year 7 in September 2024.

Cllr Meirion Thomas welcomed the proposal but raised residents' long-standing concerns about
traffic and parking on Heol y Bryn at the start and end of the school day, and asked that a drop-off
area form part of the design. Officers agreed to bring a transport assessment to a future meeting.

RESOLVED: to approve the publication of a statutory notice in respect of the proposal, and to
receive a further report following the objection period.

## 8. Exclusion of the public

RESOLVED: to exclude the press and public for the following item under paragraph 14 of Schedule 12A.
"""),
        L(S, "exact", "neutral"), L("epughgruffydd", "initial_surname", "neutral"))

    add("news", jobad(
        "Athro/Athrawes Cemeg | Teacher of Chemistry (MPS/UPS)",
        "Ysgol Gyfun Bryn Bethel, Heol y Bryn, Tonyrhedyn, Pontypridd CF37 9QZ - Permanent, full time - Closing date: 31 January 2025", """
Ysgol Gyfun Bryn Bethel is a thriving Welsh-medium 11-18 school serving Tonyrhedyn, Blaenhyfryd
and the surrounding communities. We are looking for an enthusiastic teacher of chemistry to join a
successful science department from April 2025 or September 2025.

The successful candidate will be able to teach chemistry to A level and science across Key Stage
3 and 4 through the medium of Welsh. Applications from newly qualified teachers are welcome.

For an informal conversation about the post, please contact Ngozi Adeyemi, Head of Science, via
the school office on 029 2018 0640 or swyddfa@ygbrynbethel.example.

Application packs are available from www.ygbrynbethel.example/swyddi. CVs will not be accepted.

The school is committed to safeguarding and promoting the welfare of children and young people and
expects all staff to share this commitment. The post is subject to an enhanced DBS check and
registration with the Education Workforce Council.

Mae'r gallu i gyfathrebu yn Gymraeg yn hanfodol ar gyfer y swydd hon.
"""),
        L(S, "exact", "neutral"), L("nadeyemi", "exact", "neutral"))

    add("news", news(
        "nyc", "Côr Bryn Bethel yn cipio'r wobr gyntaf yn Eisteddfod yr Urdd", "Gan Mererid Lloyd",
        "31 Mai 2024", """
Roedd dathlu mawr yn Ysgol Bryn Bethel, Tonyrhedyn, ddydd Iau ar ôl i gôr yr ysgol ennill y wobr
gyntaf yng nghystadleuaeth y Côr SATB Blwyddyn 13 ac iau yn Eisteddfod yr Urdd.

Dyma'r tro cyntaf i'r ysgol ennill y gystadleuaeth ers 2009. Canodd y côr drefniant newydd o
"Calon Lân" a darn cyfoes gan y cyfansoddwr ifanc Gwenno Hale.

Dywedodd yr arweinydd Ciarán O'Sullivan, pennaeth cerdd yr ysgol, a ddysgodd Gymraeg ar ôl symud
i Gymru o Gorc yn 2011: "Mae'r bobl ifanc yma wedi gweithio mor galed. Bob amser cinio, bob nos
Fawrth. Maen nhw'n haeddu pob eiliad o hyn."

Bydd y côr yn canu yng nghyngerdd dathlu'r ysgol ym mis Gorffennaf.
""", comments=[("Mam balch", "2 ddiwrnod yn ôl", "Llongyfarchiadau enfawr! 🎶❤️"),
               ("Huwcyn", "1 diwrnod yn ôl", "Gwych iawn. Da iawn bawb.")], section="Eisteddfod"),
        L(S, "alias", "neutral"), L("cosullivan", "exact", "neutral"))

    add("news", news(
        "courier", "Parents' anger over 'draconian' uniform rules", "By Nia Protheroe", "12 September 2024", """
Parents at a Tonyrhedyn secondary school say they are being forced to spend hundreds of pounds on
branded uniform after new rules were introduced over the summer holidays.

Ysgol Gyfun Bryn Bethel now requires blazers, skirts and PE kits bearing the school crest, available
only from a single supplier in Cardiff. More than 400 people have signed a petition calling for the
policy to be reversed.

"It's £187 for one child before you've even bought shoes," said mum-of-three Kirsty Hale. "Dr
Pugh-Gruffydd won't even meet us. She sent one letter in July and that's it. It feels like nobody
up there has any idea what families round here are going through."

Another parent said children had been sent to isolation on the first day for wearing plain black
trousers.

The Welsh Government's statutory guidance says schools should keep the cost of uniform down and
avoid branded items where possible.

In a statement, the school said the changes had been consulted on with governors and that a
second-hand uniform shop would open in October. Dr Pugh-Gruffydd added: "No child will be
sanctioned for uniform while families make the transition."
""", comments=[("Fed up mam", "2 days ago", "£187! In this economy! Shocking."),
               ("Tony B", "2 days ago", "Uniform gives the kids pride. Stop moaning.")], section="Education"),
        L(S, "exact", "negative"), L("epughgruffydd", "title_surname", "negative"))

    add("news", news(
        "tvg", "Quick-thinking site manager praised after school fire", "By Bethan Rowlands",
        "28 June 2024", """
A school site manager has been praised by firefighters after he tackled a fire in a storeroom
before it could spread to the main building.

Kevin Pritchard, site manager at Bryn Bethel Comprehensive in Tonyrhedyn, spotted smoke coming from
a storeroom next to the sports hall at around 6.15am on Tuesday, before any pupils had arrived.

He isolated the electricity supply, raised the alarm and used an extinguisher to contain the fire
until crews from Pontypridd arrived.

Watch manager Rhys Gould said: "His actions almost certainly stopped this from becoming a much more
serious incident."

Mr Pritchard, known simply as "Kev" to generations of pupils, has worked at the school since 1998.
"Anyone would have done the same," he said. "I just wanted a cup of tea and a quiet morning."

The school opened as normal on Wednesday.
""", comments=[("Former pupil 2004", "3 days ago", "Kev is an absolute legend. Give the man a medal! 🏅")],
        section="News"),
        L(S, "alias", "neutral"), L("kpritchard", "exact", "neutral"))

    add("news", news(
        "walesnow", "Mother fined for racist abuse of teacher at school gates", "By Carys Thomas",
        "14 March 2024", """
A mother who shouted racist abuse at a teacher outside a Welsh-medium school has been fined and
ordered to pay compensation.

Kayleigh Moss, 33, of Tonyrhedyn, admitted a racially aggravated public order offence at Cwm Taf
Magistrates' Court.

The court heard that Moss confronted Ngozi Adeyemi, head of science at Ysgol Gyfun Bryn Bethel, at
the school gates on 12 January after her son was given a detention. She shouted racist remarks and
told Ms Adeyemi to "go back where you came from", in front of pupils and parents.

Ms Adeyemi, who was born in Cardiff, said in a statement that she had felt "humiliated in front of
the children I teach".

District Judge Helen Price said: "Teachers should be able to do their jobs without being subjected
to this kind of abuse. It is shameful."

Moss was fined £620 and ordered to pay £250 compensation. The school said it was "relieved" at the
outcome and thanked the police.
""", comments=[("Nia R", "2 days ago", "Good. Hope she's OK, she's a fantastic teacher."),
               ("Dewi_Ponty", "2 days ago", "Should have been a bigger fine tbh")], section="News"),
        L("nadeyemi", "exact", "neutral"), L(S, "exact", "neutral"))

    add("news", news(
        "walesnow", "Exam board investigates coursework marks at Rhondda school", "By Ffion Watkins, Education editor",
        "6 June 2024", """
The exam board WJEC is investigating allegations that GCSE computer science coursework marks were
inflated at a Welsh-medium secondary school, WalesNow can reveal.

Two former members of staff at Ysgol Gyfun Bryn Bethel told WalesNow that they raised concerns with
senior leaders in 2023 that marks for non-examined assessment were being "pushed up" and that those
concerns were "buried" to protect the school's results.

Tariq Mahmood, head of computer science, has been suspended pending the outcome of the
investigation, according to parents who received a letter from the school on Tuesday.

A WJEC spokesperson said: "We can confirm we are investigating an allegation of malpractice at a
centre. It would not be appropriate to comment further."

Taff-Rhondda County Borough Council said the school was "co-operating fully" with the exam board.
""", comments=[("Concerned parent", "8 hours ago", "So what happens to my son's grade now?"),
               ("jb_1980", "7 hours ago", "Every school games coursework, this one got caught.")], section="Education"),
        L("tmahmood", "exact", "defamation"), L(S, "exact", "defamation"))

    # decoy: same-named school in North Wales, with a namesake head
    add("news", news(
        "herald", "Village school marks 150 years with pageant", "By Elen Parry", "20 June 2024", """
Pupils at Ysgol Bethel, near Caernarfon, dressed in Victorian costume this week to mark 150 years
since the village school opened its doors in 1874.

The celebration included a pageant through the village, an exhibition of old log books and
photographs in the school hall, and a special service at the chapel across the road.

Headteacher Rhiannon Davies said: "The village of Bethel has always been at the heart of this school,
and the school at the heart of the village. It was wonderful to see former pupils in their nineties
come back to share their memories."

The school, which has 140 pupils, was extended in 2008 and now serves Bethel and the surrounding
farms.
""", comments=[("Gwynfor", "1 day ago", "Dwi'n cofio'r hen ysgol yn iawn. Pen-blwydd hapus!")], section="Gwynedd"))

    # decoy: chapel closure, Rev Dafydd Evans (a different man) in the same village
    add("news", news(
        "tvg", "Final service at Bethel as chapel closes after 160 years", "By Bethan Rowlands",
        "8 April 2024", """
More than 200 people packed into Capel Bethel in Tonyrhedyn on Sunday for the final service at the
chapel, which has closed after 160 years because of falling numbers and the cost of repairs.

The Rev Dafydd Evans, 84, who was minister at Bethel from 1979 until he retired in 2004, returned
to preach. "These walls have heard a great deal of singing and a great deal of sorrow," he said.
"The building closes. The fellowship does not."

The congregation, which had fallen to eleven members, will now worship with Capel Seion in
Blaenhyfryd.

Bethel was built in 1864 by miners who carried stone from the quarry on the mountain after their
shifts. The grade II listed building is expected to be put up for sale later this year.
""", comments=[("Menna W", "2 days ago", "Married there in 1971. Heartbreaking."),
               ("Jeff the Bus", "1 day ago", "End of an era in Tonyrhedyn.")], section="News"))

    add("news", news(
        "courier", "VIEWPOINT: Bryn Bethel deserves a head who actually listens", "By Clive Marsh, columnist",
        "19 September 2024", """
I have written about a lot of pompous people in thirty years of this column, but few have annoyed
me quite as much as Dr Eleri Pugh-Gruffydd.

The headteacher of Ysgol Gyfun Bryn Bethel is, by all accounts, a humourless clipboard merchant who
could not organise a piss-up in a brewery, yet she has decided that the families of Tonyrhedyn must
find £187 for a blazer with a badge on it.

She is smug, out of touch and, judging by her one-paragraph letter to parents, allergic to the word
"sorry". The sooner the governors find the backbone to show this jumped-up bureaucrat the door,
the better.

Views expressed in this column are the writer's own.
""", comments=[("Tidy Tony", "1 day ago", "Bit personal this Clive?"),
               ("Pontypridd Paula", "1 day ago", "Spot on, she's a disgrace."),
               ("A Governor", "20 hours ago", "This column is beneath the Courier.")], section="Opinion"),
        L("epughgruffydd", "exact", "abuse"), L(S, "exact", "negative"))

    add("news", news(
        "walesnow", "Welsh school stands by teacher after homophobic abuse online", "By Ffion Watkins",
        "3 July 2024", """
A Welsh-medium school has said it "stands four-square" behind its head of sixth form after he was
targeted with homophobic messages online.

Gwion ap Hywel, who teaches history at Ysgol Gyfun Bryn Bethel, received dozens of messages after he
spoke at a Pride event in Pontypridd last month about being a gay teacher in the valleys.

One message, seen by WalesNow, called him "a disgrace who should be kept away from children".
South Wales Police said it was investigating a number of reports.

Chair of governors Alun Rowlands said: "Whoever is sending these messages should be ashamed of
themselves. Mr ap Hywel is an outstanding teacher and a valued member of our community, and he has
our full support."

Mr ap Hywel said he had been "overwhelmed" by messages of support from former pupils.
""", comments=[("Mari from Treforest", "2 days ago", "Sending love. He was the best teacher I ever had."),
               ("Rhys_86", "2 days ago", "Disgusting that people still think like this in 2024.")], section="News"),
        L("gaphywel", "exact", "neutral"), L(S, "exact", "neutral"))

    add("news", news(
        "tvg", "ALN champion Heledd Cadwaladr scoops national teaching award", "By Bethan Rowlands",
        "4 October 2024", """
A Tonyrhedyn teacher has been named Inclusion Leader of the Year at the Professional Teaching Awards
Cymru.

Heledd Cadwaladr, Additional Learning Needs Coordinator at Ysgol Gyfun Bryn Bethel, was praised by
the judges for creating a "nurture hub" that has cut exclusions among pupils with ALN by more than
half in three years.

"I accept this for the whole team, and for the young people who taught me more than I ever taught
them," she said.

Parents who nominated her described her as "a miracle worker" and "the reason my son still goes to
school".
""", comments=[("Beca L", "1 day ago", "So deserved!! She changed our lives ❤️")], section="Schools"),
        L("hcadwaladr", "exact", "neutral"), L(S, "exact", "neutral"))

    # decoy: same-name stranger in the same town
    add("news", news(
        "tvg", "Nurse hangs up her fob watch after 42 years on children's ward", "By Lowri Harries",
        "22 March 2024", """
Colleagues formed a guard of honour this week for Rhiannon Davies, 64, of Tonyrhedyn, as she retired
after 42 years as a nurse on the children's ward at Ysbyty Cwm Taf.

Rhiannon started as a cadet nurse in 1982 and has cared for thousands of children, including, she
says, "the grandchildren of some of my first patients".

"I've loved every minute, even the night shifts," she said. "Now I'm going to learn to paint and
spoil my own grandchildren rotten."

The health board's director of nursing said she was "the definition of a children's nurse".
""", comments=[("Jan P", "3 days ago", "She looked after my boy in 1999. An angel."),
               ("LisaM", "2 days ago", "Enjoy your retirement Rhiannon!")], section="News"))

    add("news", news(
        "walesnow", "Man jailed for stalking Welsh teacher", "By Carys Thomas", "9 December 2023", """
A man who bombarded a teacher with hundreds of messages and turned up repeatedly at her workplace
has been jailed for 18 months.

Gavin Roe, 38, of no fixed abode, admitted stalking Siân Llewelyn, head of Welsh at Ysgol Gyfun Bryn
Bethel, over a period of seven months.

Cardiff Crown Court heard that Roe, who had met Mrs Llewelyn once at a poetry event, sent more than
400 messages and emails and waited outside the school on at least nine occasions.

In a statement read to the court, Mrs Llewelyn said: "I have stopped going to the places I love. I
check the street before I leave the house."

Judge Owen Rees made a restraining order for ten years. Sentencing, he said: "You have caused
enormous fear to a woman who did nothing but be polite to you."
""", comments=[], section="Crime"),
        L("sllewelyn", "exact", "neutral"), L(S, "exact", "neutral"))

    add("news", news(
        "nyc", "Heledd Cadwaladr i ymuno â phanel cynghori ADY", "Gan Mererid Lloyd", "17 Ebrill 2024", """
Mae Heledd Cadwaladr wedi cael ei phenodi i banel newydd a fydd yn cynghori Llywodraeth Cymru ar
weithredu'r system anghenion dysgu ychwanegol (ADY).

Mae hi wedi gweithio ym maes ADY ers ugain mlynedd ac mae'n adnabyddus am ei gwaith ar ddarpariaeth
"meithrin" mewn ysgolion uwchradd.

Dywedodd: "Mae'r system newydd yn gallu gweithio, ond dim ond os yw'r adnoddau yn dilyn y plentyn.
Rwy'n edrych ymlaen at ddod â llais rhieni a phobl ifanc at y bwrdd."

Bydd y panel yn cwrdd am y tro cyntaf ym mis Mehefin.
""", comments=[("Elin_ADY", "3 diwrnod yn ôl", "Penodiad gwych.")], section="Addysg"),
        L("hcadwaladr", "exact", "neutral"))

    add("news", news(
        "tvg", "Laptops stolen in overnight raid on Bryn Bethel Comprehensive", "By Lowri Harries",
        "15 April 2024", """
Police are appealing for information after thieves broke into a Tonyrhedyn school and stole more
than 30 laptops.

The break-in at Bryn Bethel Comprehensive happened between 10pm on Saturday and 6am on Sunday.
Entry was forced through a fire door at the rear of the technology block.

The laptops had been bought for pupils preparing for exams. Police said they were security-marked
and would be of little use to anyone trying to sell them.

Anyone with information is asked to call 101 quoting reference 2400118762, or Crimestoppers
anonymously on 0800 555 111.
""", comments=[("Nosey Neighbour", "1 day ago", "Saw a white van up there about 2am, reported it.")],
        section="Crime & Courts"),
        L(S, "alias", "neutral"))

    # decoy: solicitor namesake
    add("news", news(
        "walesnow", "Cardiff solicitor struck off over client account", "By Rhodri Hale", "29 August 2024", """
A Cardiff solicitor has been struck off after a tribunal found he moved £212,000 of clients' money
through his firm's office account.

Tariq Mahmood, 51, who ran a conveyancing practice in Canton, was found by the Solicitors
Disciplinary Tribunal to have acted dishonestly. He was ordered to pay costs of £38,000.

The tribunal heard that Mahmood had used the money to cover shortfalls in the firm's finances
during the pandemic and had repaid most of it before the shortfall was discovered by an accountant.
""", comments=[("Canton resident", "3 hours ago", "Used him for our house in 2015, glad we got out OK")],
        section="News"))

    # decoy: misconduct hearing at another school
    add("news", news(
        "tvg", "Teacher banned after misconduct hearing", "By Lowri Harries", "5 July 2024", """
A former teacher at a Pontypridd secondary school has been banned from teaching for three years by
the Education Workforce Council.

Gareth Rees, who taught design and technology at Ysgol Gyfun Pen-y-Dre, was found to have made
inappropriate comments to colleagues and to have failed to follow safeguarding procedures on a
school trip in 2022.

The panel said his conduct "fell significantly short" of what is expected. He may apply to return
to the register in 2027.
""", comments=None, section="Education"))

    add("news", council(
        "School closures - Storm Bert - Thursday 28 November",
        ["Home", "Schools and learning", "School closures"], """
Updated 6.45am. Due to the severe weather warning, the following schools are CLOSED to pupils today.
All other schools are open as normal. Please check this page and your school's app for updates.

- Ysgol Gyfun Bryn Bethel - CLOSED. Online learning via Hwb. Parents can call the attendance line on 029 2018 0641.
- Ysgol Gyfun Pen-y-Dre - OPEN (late start, 10am)
- Ysgol Gynradd Gymraeg Tonyrhedyn - CLOSED
- Blaenhyfryd Primary School - CLOSED
- St Illtyd's RC Primary - OPEN

School transport: contracted services in the Tonyrhedyn and Blaenhyfryd areas will not run today.

Free school meal vouchers will be issued automatically for any day a school is closed.
"""),
        L(S, "exact", "neutral"))

    add("news", news(
        "nyc", "O Grangetown i'r Cwm: yr athro a ddysgodd Gymraeg", "Gan Dylan Prys", "1 Mawrth 2024", """
Pan symudodd Tariq Mahmood o Grangetown i ddysgu yn Ysgol Gyfun Bryn Bethel yn 2016, doedd e ddim yn
siarad gair o Gymraeg. Heddiw, mae'n bennaeth cyfrifiadureg yn yr ysgol ac yn dysgu pob gwers drwy
gyfrwng y Gymraeg.

"Ro'n i'n dysgu Python i'r plant yn y bore a'r treigladau i fi fy hun gyda'r nos," meddai gan
chwerthin. "Y plant oedd fy athrawon gorau. Maen nhw'n ddidrugaredd gyda'r treigladau!"

Mae'n rhedeg clwb codio ar ôl ysgol sy'n denu dros hanner cant o ddisgyblion bob wythnos, ac mae
e bellach yn annog athrawon eraill i ddilyn y cwrs Cymraeg mewn Blwyddyn.
""", comments=[("Cymraeg i bawb", "5 diwrnod yn ôl", "Ysbrydoledig! 👏")], section="Diwylliant"),
        L("tmahmood", "exact", "neutral"), L(S, "exact", "neutral"))

    add("news", news(
        "walesnow", "A-level results 2024 across Wales: as it happened", "By WalesNow reporters",
        "15 August 2024", """
09:02 - Good morning and welcome to our live coverage of A-level results day across Wales.

09:20 - At Ysgol Gyfun Pen-y-Dre, twins Megan and Cari Rowe both got three A*s and are off to study
medicine.

09:41 - Rhiannon Davies MS has been out congratulating students in her constituency: "Every one of
you should be proud, whatever today's envelope says."

10:05 - Big celebrations at Ysgol Gyfun Bryn Bethal in Tonyrhedyn, where 41% of grades were A* or A -
the school's best ever results.

10:30 - The WJEC says the overall pass rate in Wales is 97.6%, broadly in line with last year.

11:15 - A reminder that Clearing is open. The UCAS helpline number is on their website.
""", comments=[("proudmam_x", "2 hours ago", "Spelt the school wrong but we'll let you off, so proud! 🎉")],
        section="Education"),
        L(S, "typo", "neutral"))

    add("news", news(
        "courier", "Family 'let down' over son's support at Tonyrhedyn school", "By Nia Protheroe",
        "25 April 2024", """
The parents of a 13-year-old boy with autism say he has been out of school for five months because
his secondary school failed to put the support in his plan in place.

Dean and Leanne Hale say their son, who is in Year 8 at Ysgol Gyfun Bryn Bethel, was promised a
quiet space and a key worker but "neither ever materialised".

"We must have sent thirty emails," said Mrs Hale. "Heledd Cadwaladr, the ALNCo, just never came back
to us for months on end. We felt completely abandoned by the school."

The council said it could not comment on individual cases but that it was "working with the family
and the school to support a return to education".
""", comments=[("Another ALN mam", "3 days ago", "This is happening in every school, they're drowning."),
               ("Karen P", "3 days ago", "Disgraceful. Hope he gets the help he needs.")], section="Education"),
        L("hcadwaladr", "exact", "negative"), L(S, "exact", "negative"))

    add("news", news(
        "tvg", "Police investigate online threat to 'torch' Valleys school", "By Lowri Harries",
        "23 September 2024", """
Police are investigating after a post on a community Facebook group appeared to threaten to burn
down a Tonyrhedyn secondary school.

The post, which has since been deleted, said someone should "torch Bethel with the lot of them
inside". It was published on Saturday evening in a thread about the uniform row at Ysgol Gyfun Bryn
Bethel.

Headteacher Dr Eleri Pugh-Gruffydd said: "Threatening our school community is never OK. We have
passed the details to the police and our priority is that pupils and staff feel safe."

South Wales Police said a 46-year-old man had been spoken to and enquiries were ongoing.
""", comments=[("ponty_mam", "1 day ago", "Whatever you think about blazers, that's way over the line.")],
        section="Crime & Courts"),
        L(S, "exact", "neutral"), L("epughgruffydd", "exact", "neutral"))

    # decoy: the excluded pub
    add("news", news(
        "tvg", "Pub quiz raises £2,140 for village defibrillator", "By Bethan Rowlands", "2 February 2024", """
Regulars at the Bethel Arms in Blaenhyfryd have raised £2,140 for a new public-access defibrillator
for the village.

Landlord Jason Hale organised a marathon quiz night, a raffle and a sponsored head-shave. The
defibrillator will be installed on the wall of the pub, which stands on the corner of Bethel Road.

"Everyone dug deep," said Jason. "We're a small village but we look after each other."
""", comments=[("Quiz team Pint-a-Goras", "5 days ago", "We came last but it was worth it 😂")], section="News"))

    add("news", news(
        "walesnow", "MS sees 'Welsh-medium success story' on school visit", "By Rhodri Hale", "22 May 2024", """
Rhiannon Davies MS toured Ysgol Gyfun Bryn Bethel on Friday to see the school's new language
immersion centre for latecomers to Welsh-medium education.

The Member of the Senedd for Cwm Taf Uchaf met pupils who have joined the school from English-medium
primaries and spent a term in the centre learning Welsh intensively.

Headteacher Dr Eleri Pugh-Gruffydd said: "Some of these young people had no Welsh in September and
are now studying every subject in Welsh. It is remarkable."

Ms Davies said: "This is a Welsh-medium success story and I will be pressing the minister to fund
centres like this in every county."
""", comments=[("Cymro_Cwm", "2 days ago", "Great to see. Now fund the buses so kids can get there.")],
        section="Politics"),
        L(S, "exact", "neutral"), L("epughgruffydd", "exact", "neutral"))

    add("news", news(
        "walesnow", "Wales U20 prop goes back to school to inspire the next generation", "By Owain Tudor",
        "8 February 2024", """
Wales under-20 prop Huw Jenkins returned to his old school this week to present caps to its
Welsh Schools squad members.

The 20-year-old, who grew up in Blaenhyfryd and left Ysgol Gyfun Bryn Bethel in 2022, spent the
afternoon running scrummaging drills with the Year 10 and 11 squads.

"Mr Jenkins - no relation, before anyone asks - was the one who moved me from the back row to
prop when I was fifteen," he laughed. "I sulked for a week. Best thing that ever happened to me."

He will be in the Wales squad for the under-20 Six Nations opener against Ireland next Friday.
""", comments=[("Scrum Half Sue", "4 days ago", "Lovely story. Fair play to the PE staff up there.")],
        section="Rugby"),
        L(S, "exact", "neutral"), L("hjenkins", "title_surname", "neutral"))

    add("news", news(
        "tvg", "Tributes to first headteacher of Valleys Welsh-medium school", "By Lowri Harries",
        "11 November 2024", """
Gerallt Morgan, the first headteacher of Ysgol Gyfun Cwm Hyfryd, has died at the age of 88.

Mr Morgan led the school from its opening in 1993, in temporary classrooms with 160 pupils, until
his retirement in 2004, by which time it had grown to more than 900 pupils.

Current headteacher Eleri Pugh-Gruffydd said: "Everything we do stands on the foundations Gerallt
laid. He believed that a Welsh-medium education belonged to every child in this valley, not a few."

Former pupils remembered him as a towering presence at the school eisteddfod and a fierce
advocate for the language. He leaves his wife, Olwen, a son and two grandchildren.
""", comments=[("Class of 96", "2 days ago", "Terrifying and brilliant in equal measure. Diolch Mr Morgan.")],
        section="Obituaries"),
        L(S, "alias", "neutral"), L("epughgruffydd", "exact", "neutral"))

    add("news", news(
        "courier", "School making 'limited progress' on attendance, say inspectors", "By Nia Protheroe",
        "14 November 2024", """
Inspectors say a Tonyrhedyn secondary school has made only limited progress in improving attendance
since its last inspection.

In a monitoring letter, Estyn said attendance at Bryn Bethel Comprehensive remained "well below"
similar schools and that persistent absence among pupils eligible for free school meals had risen
for the second year running. Inspectors also criticised the school's systems for following up
absence, which they described as "inconsistent".

Headteacher Dr Pugh-Gruffydd said the school accepted the findings and had appointed a new
attendance officer. "We know there is more to do and we will do it," she said.

Estyn will revisit the school in twelve months.
""", comments=[("Realist", "5 hours ago", "Maybe if they spent less time on blazers..."),
               ("TA_in_Ponty", "4 hours ago", "Attendance is a problem everywhere since covid, not just there.")],
        section="Education"),
        L(S, "alias", "negative"), L("epughgruffydd", "title_surname", "neutral"))

    add("news", jobad(
        "Cynorthwyydd Safle | Assistant Site Manager",
        "Ysgol Gyfun Bryn Bethel, Tonyrhedyn - Grade 4, 37 hours per week, permanent - Closing date: 14 March 2025", """
We are looking for a reliable, practical and friendly Assistant Site Manager to help keep our
school safe, clean and welcoming for more than 1,100 pupils and 120 staff.

You will work alongside our Site Manager, K. Pritchard, on opening and locking the site, minor
repairs, health and safety checks, lettings and supervising contractors. Some early mornings,
evenings and weekend call-outs will be required (paid at enhanced rates).

Welsh language skills are desirable but not essential; the school will support you to learn.

To request an application pack call 029 2018 0640 or email swyddi@ygbrynbethel.example. Ysgol Gyfun
Bryn Bethel is committed to safeguarding; an enhanced DBS check is required.
"""),
        L(S, "exact", "neutral"), L("kpritchard", "initial_surname", "neutral"))

    # decoy: darts namesake
    add("news", news(
        "walesnow", "Merthyr's Pritchard hits nine-darter at Welsh Open", "By Sam Bevan", "24 February 2024", """
Kevin Pritchard brought the house down at the Welsh Open on Saturday with a nine-dart finish in his
second-round win.

The 47-year-old bus driver from Merthyr Tydfil, who plays county darts for Glamorgan, went 180,
180, 141 to the delight of a packed hall.

"I've done it in the pub a few times but never on the stage," said Pritchard. "My hands were
shaking on the double twelve."
""", comments=[("oche_wales", "1 day ago", "Get in Kev!! 🎯🎯🎯")], section="Sport"))

    # decoy: the acronym as another school
    add("news", news(
        "walesnow", "Pembrokeshire pupils plant 500 trees for the future", "By Sam Bevan", "1 March 2024", """
Pupils from Ysgol Gymraeg Bro Brynach planted 500 native trees on a farm near Crymych this week as
part of a Wales-wide project to create new woodlands.

The school, known locally as YGBB, has planted a tree for every pupil and member of staff every
year since 2019.

"The trees will be here long after we've all left school," said Year 6 pupil Lowri, 11.
""", comments=[("Crymych girl", "2 days ago", "Da iawn YGBB! 🌳")], section="News"))

    add("news", council(
        "Overview and Scrutiny Committee - 3 October 2024 - Minutes",
        ["Home", "Councillors, meetings and democracy", "Scrutiny", "Minutes"], """
## 5. Home to school transport: Welsh-medium secondary provision

Members considered the report of the Head of Transportation on the reliability of contracted home to
school transport.

Members raised concerns about repeated late arrivals on the contracted services to Ysgol Gyfun
Bryn Bethel (routes BB2 and BB4) during the first half of the autumn term, and about overcrowding on
route BB4 from Blaenhyfryd.

K. Pritchard (Site Manager, Ysgol Gyfun Bryn Bethel) attended at the Chair's invitation and gave
evidence about the safety of the bus bay on Heol y Bryn at peak times. He confirmed that staff
supervise the bay every morning and afternoon.

RESOLVED: (1) that officers meet the operator to agree an improvement plan; (2) that a progress
report be brought to the committee in January 2025.
"""),
        L(S, "exact", "neutral"), L("kpritchard", "initial_surname", "neutral"))

    add("news", news(
        "courier", "Deputy head charged with drink-driving", "By Nia Protheroe", "30 October 2024", """
A deputy headteacher has been charged with drink-driving after his car was stopped on the A4058 in
the early hours of Sunday.

Dafydd Evans, 52, deputy head at Ysgol Gyfun Bryn Bethel, is due to appear before Cwm Taf
Magistrates' Court on 18 November.

South Wales Police said a man had been charged with driving with excess alcohol following a
roadside breath test.

The council said it was aware of the matter and that "appropriate processes are being followed".
""", comments=[("Concerned", "1 day ago", "Let's wait for court before anyone starts."),
               ("DrivesSober", "1 day ago", "Role model for the kids...")], section="Local News"),
        L("devans", "exact", "defamation"), L(S, "exact", "neutral"))

    add("news", news(
        "walesnow", "Valleys girls crowned Welsh Schools sevens champions", "By Owain Tudor", "26 April 2024", """
Bryn Bethel's under-15 girls are Welsh Schools sevens champions after beating Ysgol Gyfun Cwm Afan
22-12 in a thrilling final at Llandarcy.

Player of the tournament Seren Rowe scored four tries over the day, including two in the final.

The squad only formed three years ago, when Bryn Bethel science teacher Rhiannon Davies put up a notice asking if
any girls fancied trying rugby. Twenty-six turned up to the first session.

"I told them at the start of the season we could win this, and they looked at me like I was mad,"
said Davies. "They've worked so hard. Now in a minute I'll let them have a day off."
""", comments=[("Rugby Mam", "3 days ago", "Absolutely buzzing for them!! 🏉💚")], section="Rugby"),
        L("rdavies", "exact", "neutral"), L(S, "alias", "neutral"))

    add("news", news(
        "tvg", "Letters: Don't let cuts wreck our sixth form", "Readers' letters", "17 October 2024", """
Don't let cuts wreck Bethel sixth form

As a parent of two sixth formers at Bethel, I am appalled that the council is considering cutting
post-16 funding and "rationalising" A-level courses across the valley. Mr ap Hywel and his team have
built something special up there, with small classes and subjects like Welsh history and music
technology that simply aren't available anywhere else. Make the savings somewhere else.

Name and address supplied

Bins again

Why is it that the recycling lorry in our street comes at 6am one week and 3pm the next? Nobody can
plan anything. Sort it out, please.

D. Jones, Treforest

Thanks to the Good Samaritan

To the young man who stopped to help me when I fell outside the market last Tuesday: thank you.
You didn't leave your name but you made an old lady's day.

Mrs P. Lloyd, Pontypridd
""", comments=None, section="Letters"),
        L("gaphywel", "title_surname", "neutral"), L(S, "short_name", "neutral"))

    # decoy: same-name stranger in the same town
    add("news", news(
        "walesnow", "Tonyrhedyn man jailed for string of shed burglaries", "By Carys Thomas", "10 May 2024", """
A man who stole power tools and bikes from garden sheds across the valley has been jailed for
two years and four months.

Dafydd Evans, 29, of Heol Fach, Tonyrhedyn, admitted eleven burglaries between November and February.
Cardiff Crown Court heard he sold the goods online to fund a drug habit.

Judge Owen Rees told him: "People are entitled to feel safe in their own back gardens."
""", comments=[("Shed owner", "1 day ago", "Mine was one of them. Glad he's off the streets.")], section="Crime"))

    add("news", news(
        "tvg", "Teenager admits posting teacher's home address online", "By Lowri Harries", "19 July 2024", """
A 17-year-old has admitted posting the home address of a teacher on social media after he was
dropped from a school rugby team.

The youth, who cannot be named for legal reasons, admitted harassment at Cwm Taf Youth Court. He
posted the home address of Huw Jenkins, head of PE at Bryn Bethel Comprehensive, on a community
message board last November, alongside a description of his car.

The court heard that Mr Jenkins and his family had installed cameras at their home as a result.

The boy was given a nine-month referral order. His mother told the court he was "deeply ashamed".
""", comments=None, section="Crime & Courts"),
        L("hjenkins", "exact", "neutral"), L(S, "alias", "neutral"))

    add("news", news(
        "nyc", "Canlyniadau Eisteddfod yr Urdd: Adran Uwchradd", "Gan ohebydd Eisteddfod", "1 Mehefin 2024", """
Dyma ganlyniadau'r cystadlaethau uwchradd o ddydd Iau.

- Llefaru Unigol Bl. 10 ac 11: 1. Cerys Mathias (Ysgol Gyfun Bryn Bethel, hyfforddwr: S. Llewelyn); 2. Ifan Rowe (Ysgol Gyfun Cwm Afan); 3. Mali Hughes (Ysgol Gyfun Pen-y-Dre)
- Llefaru Unigol Bl. 7-9: 1. Tomos Hale (Ysgol Gyfun Bryn Bethel, hyfforddwr: S. Llewelyn); 2. Nel Owen (Ysgol Gyfun Pen-y-Dre)
- Côr SATB Bl. 13 ac iau: 1. Côr Ysgol Gyfun Bryn Bethel (arweinydd: C. O'Sullivan); 2. Ysgol Gyfun Cwm Afan; 3. Ysgol Gyfun Pen-y-Dre
- Dawns Werin Bl. 13 ac iau: 1. Ysgol Gyfun Cwm Afan; 2. Ysgol Gyfun Pen-y-Dre

Bydd y canlyniadau llawn ar wefan yr Urdd.
""", comments=None, section="Eisteddfod"),
        L(S, "exact", "neutral"), L("sllewelyn", "initial_surname", "neutral"),
        L("cosullivan", "initial_surname", "neutral"))

    add("news", news(
        "walesnow", "Teacher's mobile number shared in parents' WhatsApp group, police told", "By Carys Thomas",
        "1 December 2023", """
Police have been told after a teacher's personal mobile number was shared in a parents' WhatsApp
group with more than 200 members.

Rhiannon Davies, a science teacher and head of year at Ysgol Gyfun Bryn Bethel, received dozens of
calls and messages overnight after a parent posted the number alongside a complaint about a
detention.

The school said it had contacted the group's administrators, who removed the post, and that it was
supporting Ms Davies. "Staff personal details must never be shared. This is a form of harassment,"
a spokesperson said.

South Wales Police confirmed it had received a report and was making enquiries.
""", comments=[("Mam of 2", "1 day ago", "Shameful behaviour. Teachers are people too.")], section="News"),
        L("rdavies", "exact", "neutral"), L(S, "exact", "neutral"))

    # decoy: the excluded care home, a namesake manager and a locality word
    add("news", news(
        "courier", "Care home rated 'excellent' by inspectors", "By Nia Protheroe", "7 August 2024", """
A Tonyrhedyn care home has been rated excellent in every area by Care Inspectorate Wales.

Inspectors said residents at Bryn Bethel Care Home were "treated with warmth, dignity and humour" and
praised the home's links with the local chapel and primary school, whose pupils visit every month to
sing.

Manager Rhiannon Davies, who has run the 32-bed home for nine years, said: "This belongs to the staff.
They are the ones who sit with people at three in the morning."
""", comments=[("Sandra M", "2 days ago", "Thoroughly deserved. They look after Mam beautifully.")],
        section="Local News"))

    # decoy: same-name stranger in the same town
    add("news", news(
        "tvg", "Taxi driver fined for fly-tipping on mountain road", "By Lowri Harries", "12 June 2024", """
A taxi driver has been ordered to pay more than £1,200 after council cameras caught him dumping
old tyres and a sofa on the mountain road above Tonyrhedyn.

Kevin Pritchard, 34, of Stryd y Bont, Tonyrhedyn, pleaded guilty to a fly-tipping offence at Cwm Taf
Magistrates' Court. He told the court he had been "doing a favour for a mate" and did not know
where the waste should go.

The council's cabinet member for the environment said the fine should be "a warning to anyone
tempted to treat our mountains like a rubbish tip".
""", comments=[("Hill walker", "2 days ago", "Good. That road is a disgrace.")], section="Crime & Courts"))



# ============================================================================== FORUMS
def build_forums():
    add("forum", forum("parenttalk", "Welsh-medium secondary for a non-Welsh-speaking family - madness?", [
        ("NewToTheValley", "Mon 4 Mar 2024 20:14", """We're moving from Bristol to Tonyrhedyn in the summer (husband's job). DD is 11, DS is 13. Neither of us speaks a word of Welsh beyond "diolch" and "araf" from the road signs.

The nearest secondary is Bryn Bethel, which is Welsh-medium. The English-medium one is a 25 minute bus ride away. Has anyone put non-Welsh-speaking kids into a Welsh-medium secondary at that age? Is it madness?"""),
        ("cwtchesandchaos", "Mon 4 Mar 2024 20:31", """Not madness but 13 is on the late side. The council runs a latecomers centre (canolfan iaith) - they do an intensive term there then go into school. Both mine went to Bethel from an English-speaking home but they started in nursery so not really the same thing."""),
        ("Lowri_M", "Mon 4 Mar 2024 21:02", """My youngest has dyslexia and Mrs Cadwaladr, the ALN coordinator there, has been amazing. Honestly cannot praise her enough. Doesn't matter that we don't speak Welsh at home, all the letters come bilingual and she'll happily talk to you in English."""),
        ("Sceptical_Steve", "Mon 4 Mar 2024 21:40", """Devil's advocate but homework support is harder when you can't read the worksheets. We ended up paying for a tutor in Year 9. YMMV."""),
        ("NewToTheValley", "Tue 5 Mar 2024 07:12", """Thank you all, this is so helpful. Off to google canolfan iaith!"""),
    ]),
        L(S, "alias", "neutral"), L("hcadwaladr", "title_surname", "neutral"))

    add("forum", forum("parenttalk", "Detention for the wrong colour SOCKS (long, sorry)", [
        ("tamping_in_ponty", "Wed 18 Sep 2024 16:55", """Long one sorry, I need to vent.

DS (Yr 8) came home from Bryn Bethel with a detention today for - wait for it - wearing grey socks instead of black. GREY. You could barely see them under his trousers.

So I rang the school to ask, politely, whether this was really a good use of everyone's time, and got put through to Evans, the deputy, who proceeded to lecture ME for ten minutes about "standards" and "the culture we're building". I couldn't get a word in. At one point he actually said "with respect" which we all know means the opposite.

Meanwhile my son's maths teacher has been off since Easter and they've had a different supply every week. But socks. Socks are the priority.

AIBU to think this is ridiculous?"""),
        ("MamOfThree", "Wed 18 Sep 2024 17:10", """YANBU. Evans has been on a power trip since they made him deputy. My eldest had him for DT years ago and he was exactly the same then, shouting about top buttons."""),
        ("GlamorganGal", "Wed 18 Sep 2024 17:26", """He's a jumped-up little pen-pusher with a whistle. There, I said it 😂"""),
        ("calmdownpls", "Wed 18 Sep 2024 17:41", """Socks though? Just buy black socks and move on honestly. Pick your battles."""),
        ("tamping_in_ponty", "Wed 18 Sep 2024 17:49", """@calmdownpls it's the principle!! And the maths. Mostly the maths."""),
    ]),
        L("devans", "surname_only", "abuse"), L(S, "alias", "negative"))

    add("forum", forum("valleysrugby", "Welsh Schools U16 Cup - semi-final draw", [
        ("oldschoolprop", "12 Feb 2024 19:03", """Semi draw is out. Pen-y-Dre v Bethel, Cwm Afan v Bishop Gore. Pen-y-Dre favourites for me, that pack is huge."""),
        ("Blindside_Bill", "12 Feb 2024 19:20", """Don't write Bethel off. Jenks has got them playing tidy rugby this year, keep the ball alive, fast rucks. That number 8 of theirs is a unit too."""),
        ("TouchJudge", "12 Feb 2024 19:44", """Saw Bethel v Cwm Afan in the quarters. Their 10 kicks like a mule. If they get parity up front they'll win it."""),
        ("oldschoolprop", "12 Feb 2024 20:02", """Parity up front against Pen-y-Dre? Good luck butt 😂"""),
    ]),
        L(S, "short_name", "neutral"), L("hjenkins", "nickname", "neutral"))

    # decoy: pro player namesake with a locality word
    add("forum", forum("valleysrugby", "Huw Jenkins to the Gladiators on a 3 year deal?", [
        ("RegionWatcher", "3 Apr 2024 10:15", """Hearing strong rumours Huw Jenkins has signed a three year deal with the Gladiators. Lad came through Tonyrhedyn RFC youth, then the academy. 24, quick as anything, good under the high ball."""),
        ("Sidestep_Steve", "3 Apr 2024 10:41", """Good signing if true. Defence needs work though, got bumped off twice against the Raiders."""),
        ("Tonyrhedyn_till_I_die", "3 Apr 2024 11:05", """Proud day for the club if it happens. Used to watch him in the under 12s, always had the gas."""),
    ]))

    add("forum", forum("staffroom", "Long-term supply at a Welsh-medium comp - tips?", [
        ("supplyteacher_cymru", "2 Jan 2024 18:22", """Got offered a long-term supply (maternity cover, Geography) at YGBB in the Rhondda. Welsh-medium, 11-18. I'm a first language Welsh speaker but did all my training and my first two jobs in English-medium schools. Anyone worked there / any tips?"""),
        ("Hanner_Call", "2 Jan 2024 19:05", """Did a term there in 2022. Kids are lovely, Year 9 a bit chopsy but nothing mad. The deputy, Dafydd E., is sound - he'll back you up on behaviour, which is rarer than it should be for supply. Parking is a nightmare, get in before 8."""),
        ("NQTsurvivor", "2 Jan 2024 19:31", """Make sure your Hwb login is sorted before day one or you'll spend the first week unable to do anything. Same for every school in Wales tbf."""),
        ("supplyteacher_cymru", "2 Jan 2024 20:10", """Diolch both! Will report back."""),
    ]),
        L(S, "alias", "neutral"), L("devans", "first_initial", "neutral"))

    add("forum", forum("threadit", "Is Welsh-medium education worth it if you don't speak Welsh at home?", [
        ("u/cardiff_convert", "7h", """Genuine question. Partner and I are English, moved to Wales 5 years ago. Our kid starts school next year. Is Welsh-medium realistic for us? Will they fall behind in English?""", 412),
        ("u/rhondda_born", "6h", """Mine are at YGBB (Bryn Bethel, up the valley from Ponty). Neither of us speak Welsh. They're fluent in both and their English is absolutely fine, better than mine tbh. Mr O'Sullivan, the music teacher there, is Irish, learnt Welsh as an adult and now runs the best school choir in the valleys. If he can do it your kid can.""", 301),
        ("u/devils_avocado", "6h", """Unpopular opinion: Welsh-medium is a middle class sorting mechanism. Smaller classes, fewer poor kids, then everyone congratulates themselves on the results.""", -14),
        ("u/lleucu_llwyd", "5h", """@devils_avocado the data doesn't really back that up in the valleys, loads of WM kids from non-Welsh-speaking working class homes. But I get why it looks like that in Cardiff.""", 88),
        ("u/cardiff_convert", "4h", """Thanks all, really reassuring. Going to visit a couple of schools.""", 40),
    ], board="r/Wales > Discussion"),
        L(S, "alias", "neutral"), L("cosullivan", "title_surname", "neutral"))

    add("forum", forum("valleystalk", "Bethel comp gone downhill?", [
        ("Taffy1966", "Sat 20 Apr 2024 22:41", """Is it me or has Bethel gone right downhill? Used to be a proper valleys school. Now they've got that Adeyemi woman running science, can't understand a word she says, and half the new staff aren't even from round here. Should send the lot of them back where they came from and give the jobs to local people."""),
        ("bryn_boy", "Sat 20 Apr 2024 22:58", """Dr Adeyemi got my daughter an A* in chemistry and she's from CARDIFF you absolute weapon. Speaks better Welsh than you speak English."""),
        ("ValleyGirl_x", "Sat 20 Apr 2024 23:03", """Reported. Disgusting post."""),
        ("Mod_Rhys", "Sun 21 Apr 2024 08:15", """Thread locked. Racist posts are not welcome here and the original poster has been banned. Screenshots have been kept."""),
    ], board="Home > Schools"),
        L("nadeyemi", "title_surname", "hate"), L(S, "short_name", "hate"))

    add("forum", forum("valleystalk", "PE teacher at Bryn Bethel - anyone else had problems?", [
        ("justice4ourkids", "Thu 16 Nov 2023 21:12", """My son came home upset AGAIN because of the way Huw Jenkins speaks to the boys who aren't in the rugby team. Calls them "passengers" in front of everyone. The school just fob me off.

For anyone who wants to have a word with him directly and not through the school, he lives at 14 Heol y Nant, Blaenhyfryd CF37 8QX, silver Passat on the drive."""),
        ("Gwyn_T", "Thu 16 Nov 2023 21:30", """Mate take that down. You can't post someone's home address, that's how people get hurt. Go through the governors if the school aren't listening."""),
        ("Sara_Ynys", "Thu 16 Nov 2023 21:44", """Agree with Gwyn. And he coached my boy for five years and never said a bad word to him, for what it's worth."""),
        ("Mod_Rhys", "Thu 16 Nov 2023 22:05", """Post hidden pending review. Do not repost personal details."""),
    ], board="Home > Schools"),
        L("hjenkins", "exact", "doxxing"), L(S, "alias", "negative"))

    add("forum", forum("valleystalk", "Is it true about Mr Mahmood at Bethel?", [
        ("worriedmam22", "Tue 14 May 2024 19:47", """My daughter says it's all round Year 10 that Mr Mahmood has been snapchatting one of the girls in her form, sending her stuff late at night. Anyone heard anything?? Bethel have said nothing to parents."""),
        ("sensible_sue", "Tue 14 May 2024 20:02", """Please don't spread this on a public forum. If you're worried ring the school tomorrow and ask for the safeguarding lead, or ring the police."""),
        ("Kayz", "Tue 14 May 2024 20:15", """My niece said the same thing tbh 😬"""),
        ("worriedmam22", "Tue 14 May 2024 20:40", """I will ring them. Just scared for my girl."""),
    ], board="Home > Schools"),
        L("tmahmood", "title_surname", "sexual", True), L(S, "short_name", "sexual", True))

    add("forum", forum("valleystalk", "Cwm Hyfryd comp in the 90s - memories thread", [
        ("Bev_Porth", "Sun 7 Jan 2024 14:02", """Anyone remember Ysgol Gyfun Cwm Hyfryd before it moved up the hill? Portakabins, the smell of the boiler room, the tuck shop that only sold Nice biscuits and Panda Pops."""),
        ("Deiniol_88", "Sun 7 Jan 2024 14:20", """Mr Evans for DT. Strict but fair. You did NOT mess about in his lessons but he'd do anything for you if you tried. Made me a bird box I've still got."""),
        ("Bev_Porth", "Sun 7 Jan 2024 14:33", """Kev the caretaker chasing us off the yard with a broom 😂😂"""),
        ("Shaz_Treforest", "Sun 7 Jan 2024 15:01", """Is Kev still there?? He must be about 100 now"""),
        ("Deiniol_88", "Sun 7 Jan 2024 15:17", """Yes! Still there, site manager at Bryn Bethel now, fair play to him. Same moustache."""),
    ], board="Home > Nostalgia"),
        L(S, "alias", "neutral"), L("devans", "title_surname", "neutral"), L("kpritchard", "nickname", "neutral"))

    # decoy: Bethel church (USA)
    add("forum", forum("threadit", "Thoughts on Bethel Church and Bethel Music?", [
        ("u/worship_leader_95", "2d", """Our church has started using a lot of Bethel Music songs. Some people in the congregation are uneasy about the theology coming out of Bethel Church in Redding. Anyone dealt with this?""", 56),
        ("u/reformed_rhys", "2d", """The songs are catchy but I'd vet the lyrics one by one. Some are fine, some lean hard into their particular theology.""", 31),
        ("u/chapel_kid", "1d", """We stick to the old Welsh hymns in our chapel. Cwm Rhondda never goes out of fashion.""", 44),
    ], board="r/Christianity"))

    add("forum", forum("parenttalk", "AIBU to go over the head of year's head?", [
        ("Hiraeth_Mam", "Thu 10 Oct 2024 21:05", """DD is in Yr 9 at Bryn Bethel. She's being picked on in a group chat - horrible messages, someone made a fake account with her photo. I've emailed Miss D (head of Yr 9) FOUR times in three weeks with screenshots and have had one reply saying "we will look into it".

I know they're busy, I know teachers are drowning, but this is my daughter. The school's communication generally is shocking - you never know who's dealing with what.

AIBU to go straight to the head?"""),
        ("CardiGal", "Thu 10 Oct 2024 21:19", """YANBU. Email the head and the chair of governors, attach everything, keep it factual."""),
        ("TeacherAndMum", "Thu 10 Oct 2024 21:40", """Slightly different view as a head of year myself - we get hundreds of emails a week. But four unanswered in three weeks about bullying isn't OK. Ask for a meeting in person."""),
        ("Hiraeth_Mam", "Fri 11 Oct 2024 07:02", """Thanks both. Emailing the head this morning."""),
    ]),
        L("rdavies", "nickname", "negative"), L(S, "alias", "negative"))

    # decoy: "Mrs Ll" with no school, no locality, no job-at-school tie
    add("forum", forum("parenttalk", "Teacher has it in for my son?", [
        ("Just_a_mum_76", "Mon 11 Nov 2024 19:33", """His Welsh teacher, Mrs Ll (can't spell the rest of it!), keeps moving him to the front and keeping him in at break for talking. He says she picks on him. He can be a chatterbox to be fair. How do I raise it without making it worse?"""),
        ("Seren_S", "Mon 11 Nov 2024 19:51", """Ask for a chat at parents' evening rather than an email. Tone is everything."""),
        ("Just_a_mum_76", "Mon 11 Nov 2024 20:04", """Good idea, it's in two weeks. Thanks."""),
    ]))

    add("forum", forum("valleystalk", "Someone needs to sort that deputy out", [
        ("Rhondda_Rebel", "Fri 27 Sep 2024 23:12", """That Ev*ns at Bethel wants a slap. Excluded my nephew for a week over NOTHING. I know which club he drinks in on a Friday night, might pay him a visit and see how hard he is without his whistle."""),
        ("Cerys_Gl", "Fri 27 Sep 2024 23:20", """Calm down butt, this is how people end up in court."""),
        ("Rhondda_Rebel", "Fri 27 Sep 2024 23:31", """Just saying what everyone's thinking"""),
        ("Mod_Rhys", "Sat 28 Sep 2024 08:01", """Thread removed. Threats against anyone are not allowed and have been reported."""),
    ], board="Home > Rants"),
        L("devans", "obfuscated", "threat"), L(S, "short_name", "neutral"))

    add("forum", forum("staffroom", "Feedback policy madness - anyone else at Bryn Bethel?", [
        ("PurplePen", "Sun 3 Nov 2024 20:45", """Anyone else at Bryn Bethel finding the new "dialogic feedback" policy impossible? Three colours of pen, a "next step" on every piece, a pupil response in green, then we respond to the response. I have 9 classes. P-G wants it on every book by Christmas for the book look."""),
        ("LeftLastJuly", "Sun 3 Nov 2024 21:02", """Left there last year for exactly this. P-G is lovely one-to-one, genuinely, but the policy churn is relentless and nobody senior ever asks how long things take."""),
        ("HoD_Wales", "Sun 3 Nov 2024 21:30", """Take it to your union rep, seriously. Workload agreements exist for a reason."""),
    ], board="Forums > Wales > Workload"),
        L("epughgruffydd", "nickname", "negative"), L(S, "alias", "negative"))

    add("forum", forum("valleysrugby", "Bethel tour to Cork - what actually happened?", [
        ("Blindside_Bill", "25 Nov 2023 10:12", """Everyone's being very cagey. Anyone know what went on?"""),
        ("FrontRowFred", "25 Nov 2023 10:40", """Heard Jenkins was absolutely bevvied on the Bethel tour, had to be carried onto the ferry by two of the dads. With a coach full of 15 year olds. Shocking if true."""),
        ("TouchJudge", "25 Nov 2023 11:02", """Source: trust me bro. Keep that stuff off here, the bloke's been suspended, let it run its course."""),
        ("FrontRowFred", "25 Nov 2023 11:15", """Just repeating what's going round the club"""),
    ]),
        L("hjenkins", "surname_only", "defamation"), L(S, "short_name", "neutral"))

    add("forum", forum("parenttalk", "Shout-out thread: teachers who went above and beyond", [
        ("GratefulInGwent", "Thu 22 Aug 2024 21:00", """GCSE results are in and I want to say thank you publicly to some teachers. Mine: Mr Thomas (maths) at Caerleon Comp, who gave up every Wednesday lunchtime for a year. Yours?"""),
        ("Cardi_Cwtch", "Thu 22 Aug 2024 21:18", """Siân L in the Welsh department at Bryn Bethel. DD was predicted a D in Welsh first language after a rubbish Year 10 and got a B. Siân basically rebuilt her confidence from scratch. Diolch o galon."""),
        ("Northern_Lass", "Thu 22 Aug 2024 21:40", """Ms Okafor, chemistry, in Leeds. Never gave up on my son even when he'd given up on himself."""),
    ]),
        L("sllewelyn", "first_initial", "neutral"), L(S, "alias", "neutral"))

    add("forum", forum("threadit", "That 'nurture hub' TikTok is doing numbers", [
        ("u/bethel_alumni_22", "9h", """Did anyone else see the clip of the ALN woman at Bethel doing the "calm corner" tour? My cousin was in there all of Year 8.""", 67),
        ("u/sour_patch_cymru", "8h", """C4dw4l4dr is a total joke. Kept my cousin in that "hub" colouring in all year then wonders why his grades are rubbish. Clown.""", 23),
        ("u/mabli_m", "8h", """Leave her alone, my brother loves her and he actually goes to school now.""", 54),
        ("u/sour_patch_cymru", "7h", """lol ok. still a clown""", -9),
    ], board="r/Wales"),
        L("hcadwaladr", "leetspeak", "abuse"), L(S, "short_name", "neutral"))

    # decoy: the chapel, with a locality word
    add("forum", forum("valleystalk", "Old Bethel chapel - what's happening to it?", [
        ("Glenys_T", "Wed 14 Aug 2024 11:20", """Walked past Bethel chapel in Tonyrhedyn this morning and there's a For Sale board up. Anyone know if it's going to be flats? Be a shame to lose that frontage."""),
        ("Heritage_Harri", "Wed 14 Aug 2024 11:48", """It's grade II listed so the facade has to stay. Heard a theatre group were interested in the vestry."""),
        ("Glenys_T", "Wed 14 Aug 2024 12:05", """That would be lovely. My mam and dad were married in Bethel."""),
    ], board="Home > Local News"))

    add("forum", forum("valleystalk", "School run traffic on Heol y Bryn is carnage", [
        ("Resident_HeolyBryn", "Mon 9 Sep 2024 09:02", """Every single morning. Parents parking across our driveways, on the pavement, on the zig-zags. Bryn Bethel really need to sort out a proper drop-off, they've known about this for years and done nothing. The school just say "it's a council matter"."""),
        ("Mam_on_the_run", "Mon 9 Sep 2024 09:20", """To be fair the buses are so unreliable people have no choice but to drive."""),
        ("Resident_HeolyBryn", "Mon 9 Sep 2024 09:35", """Only person up there actually doing anything is Pritch the caretaker out in his hi-vis with the cones, fair play to him. The rest of them couldn't care less."""),
    ], board="Home > Rants"),
        L(S, "alias", "negative"), L("kpritchard", "nickname", "neutral"))

    add("forum", forum("parenttalk", "Teacher liking DD's Instagram photos - am I overreacting?", [
        ("Worried_in_Wales", "Sat 6 Jul 2024 22:10", """DD is 14 and at Bryn Bethel. Her PE teacher, Mr J, has been liking and leaving 🔥 comments on her Instagram photos, including ones from our holiday in her swimming costume. He also followed her friend. Am I overreacting?"""),
        ("SafeguardingSal", "Sat 6 Jul 2024 22:18", """You are NOT overreacting. Screenshot everything now before anything is deleted. Contact the school's designated safeguarding lead on Monday, and if you're not happy, the council's LADO. Do not confront him yourself."""),
        ("Mum2Boys", "Sat 6 Jul 2024 22:31", """Agree with Sal. That is a massive boundary breach whatever the explanation."""),
        ("Worried_in_Wales", "Sat 6 Jul 2024 22:45", """Thank you. Screenshots done. Feel sick."""),
    ]),
        L("hjenkins", "nickname", "sexual", True), L(S, "alias", "sexual", True))

    add("forum", forum("threadit", "Worst teacher you ever had? Go.", [
        ("u/skint_student", "1d", """Mine was a chemistry teacher who used to throw board rubbers. 1987, different times.""", 220),
        ("u/valleys_gamer", "1d", """M*hm**d the CS teacher at YGBB. Thick as mince, can't even get the projector working, then acts like he invented Python 💀""", 12),
        ("u/lleucu_llwyd", "23h", """Bit harsh, he runs a massive code club for free""", 30),
        ("u/skint_student", "22h", """Board rubbers still wins""", 18),
    ], board="r/AskUK"),
        L("tmahmood", "obfuscated", "abuse"), L(S, "alias", "neutral"))

    # decoy: MS surgery, locality word
    add("forum", forum("valleystalk", "MS surgery at Tonyrhedyn library Saturday", [
        ("Community_Noticeboard", "Wed 6 Nov 2024 10:00", """Rhiannon Davies MS will be holding an advice surgery at Tonyrhedyn library this Saturday 10am-12pm. No appointment needed. Bring any paperwork about your issue."""),
        ("Bus_Rage", "Wed 6 Nov 2024 10:25", """I'll be there about the 132 bus. Again."""),
        ("Community_Noticeboard", "Wed 6 Nov 2024 10:40", """Her office says bus issues are top of the list 👍"""),
    ], board="Home > Local News"))

    add("forum", forum("staffroom", "Gaming resits at a Welsh-medium school?", [
        ("Anon_HoD", "Thu 20 Jun 2024 21:45", """Not naming names because I have a mate who works there, but... anyone heard what's going on at Bryn Bethel? Apparently Pugh Gruffydd has been quietly withdrawing the weaker Year 11s from GCSE resit entries so they're not counted in the results, and changing the predicted grades after the fact. That's fiddling the figures, full stop. And the governors are being told nothing."""),
        ("Supply_Steve", "Thu 20 Jun 2024 22:02", """That's a serious allegation to post on a public forum."""),
        ("Anon_HoD", "Thu 20 Jun 2024 22:10", """It's what everyone in the staffroom there is saying."""),
    ], board="Forums > Wales > Secondary"),
        L("epughgruffydd", "hyphenated", "defamation"), L(S, "alias", "defamation"))

    add("forum", forum("parenttalk", "Does anyone know if my old Welsh teacher is still teaching?", [
        ("Nostalgic_Nerys", "Sat 16 Mar 2024 12:10", """Random one. Does anyone know if Siân Bowen still teaches at Bryn Bethel? She was my Welsh teacher in 2005 and I've just got a job as a Welsh translator and want to thank her."""),
        ("Cwm_Mam", "Sat 16 Mar 2024 12:31", """Yes! She's Mrs Llewelyn now and head of the Welsh department. My son adores her. Email the school office, they'll pass it on."""),
        ("Nostalgic_Nerys", "Sat 16 Mar 2024 12:40", """Amazing, thank you! ❤️"""),
    ]),
        L("sllewelyn", "alias", "neutral"), L(S, "alias", "neutral"))

    # decoy: the acronym meaning another school
    add("forum", forum("threadit", "What does YGBB stand for?", [
        ("u/new_to_pembs", "3d", """Moved to Pembrokeshire, kid's new school letters say "YGBB" everywhere. Ysgol something? Sorry, still learning.""", 15),
        ("u/crymych_local", "3d", """Ysgol Gymraeg Bro Brynach 🙂 Croeso!""", 22),
        ("u/new_to_pembs", "3d", """Diolch!""", 8),
    ], board="r/Wales"))

    add("forum", forum("valleysrugby", "Schools rugby - who's got the best set-up in the valleys?", [
        ("TouchJudge", "9 Jan 2025 20:10", """For me Pen-y-Dre. Proper S&C, two coaches, feeder links with the clubs."""),
        ("Blindside_Bill", "9 Jan 2025 20:24", """Bethel for me. Jenkins' lot play the tidiest rugby in the county, ball in hand, heads up. They're soft up front mind, always have been."""),
        ("oldschoolprop", "9 Jan 2025 20:40", """Soft up front 😂 say that to their tighthead"""),
    ]),
        L("hjenkins", "possessive", "neutral"), L(S, "short_name", "neutral"))

    add("forum", forum("threadit", "Welsh surnames with ap/ab - how do they work?", [
        ("u/american_in_abergavenny", "5h", """Just met someone whose surname is "ap Rhys". Is ap like Mac? Do you still use it?""", 98),
        ("u/hanes_cymru", "5h", """Yes, ap = son of, ab before vowels (ab Owen). Mostly replaced by English-style surnames centuries ago, some families revived it. My history teacher at Bethel was Gwion ap-Hywel and he made us all work out our own "ap" names for three generations back. Best lesson I ever had.""", 145),
        ("u/american_in_abergavenny", "4h", """That's such a cool lesson idea.""", 20),
    ], board="r/Wales"),
        L("gaphywel", "hyphenated", "neutral"), L(S, "short_name", "neutral"))

    add("forum", forum("valleystalk", "Uniform row", [
        ("AngryDadCF37", "Sat 21 Sep 2024 19:50", """£187 for a blazer. Someone should torch that place, Bethel comp, and do us all a favour. Petrol's cheaper than the uniform."""),
        ("Mam_on_the_run", "Sat 21 Sep 2024 20:02", """Don't be so stupid. There are kids in that building."""),
        ("Mod_Rhys", "Sat 21 Sep 2024 20:30", """Post removed and reported to police. Threats are never acceptable, whatever you think about blazers."""),
    ], board="Home > Rants"),
        L(S, "short_name", "threat"))

    add("forum", forum("valleystalk", "Welsh school my arse", [
        ("TrueValleysBoy", "Sun 17 Nov 2024 23:44", """Bryn Bethel calls itself a Welsh school. Got M4hm00d teaching our kids computers and next they'll want a prayer room. Muslims taking over everything in this country, send them home."""),
        ("Grangetown_Gareth", "Sun 17 Nov 2024 23:58", """He's from Grangetown you clown. Speaks Welsh. More Welsh than you."""),
        ("ValleyGirl_x", "Mon 18 Nov 2024 00:10", """Reported. Vile."""),
    ], board="Home > Rants"),
        L("tmahmood", "leetspeak", "hate"), L(S, "alias", "hate"))

    add("forum", forum("staffroom", "English teacher interview at Ysgol Gyfun Bryn Bethel - how did it go?", [
        ("Llenyddiaeth_Lucy", "Fri 7 Jun 2024 17:02", """Just had my interview at Ysgol Gyfun Bryn Bethel for the English post (taught in English obviously, but the school runs in Welsh). Panel was Gwion ap Hywel (head of sixth) and Dr P-G, the head. Taught a lesson on Owen Sheers to Year 10, then a 30 min interview. Both were lovely."""),
        ("HoD_Wales", "Fri 7 Jun 2024 17:30", """Sounds positive! Fingers crossed."""),
        ("Llenyddiaeth_Lucy", "Fri 7 Jun 2024 19:45", """GOT IT!!! 🎉"""),
    ], board="Forums > Jobs & Careers"),
        L(S, "exact", "neutral"), L("gaphywel", "exact", "neutral"), L("epughgruffydd", "nickname", "neutral"))

    add("forum", forum("valleystalk", "Detentions at Bethel", [
        ("SickOfIt_99", "Thu 28 Nov 2024 22:15", """Miss Davies from Bethel (head of year 9) has given my son his 4th detention this month. Her mobile's 07700 900384 if anyone else wants to tell her what they think of her detentions. She won't answer the school phone."""),
        ("Cerys_Gl", "Thu 28 Nov 2024 22:24", """Please take her number down. That's her personal phone. This is how teachers end up leaving."""),
        ("Mod_Rhys", "Fri 29 Nov 2024 07:50", """Number removed. Posting personal details = ban."""),
    ], board="Home > Schools"),
        L("rdavies", "title_surname", "doxxing"), L(S, "short_name", "neutral"))

    add("forum", forum("valleysrugby", "Wales Schools U18 coaching job", [
        ("Blindside_Bill", "15 Mar 2024 18:10", """Job's advertised. Who should get it?"""),
        ("TouchJudge", "15 Mar 2024 18:33", """Huw J at Bethel. Nobody has produced more age-grade players from one comp in the last ten years. Quiet bloke, knows his stuff."""),
        ("oldschoolprop", "15 Mar 2024 18:50", """Agreed. Although he'd have to leave his precious back row alone for once 😂"""),
    ]),
        L("hjenkins", "first_initial", "neutral"), L(S, "short_name", "neutral"))

    add("forum", forum("valleystalk", "What's happened to the valley? (long ramble)", [
        ("OldMinerMostyn", "Tue 19 Mar 2024 16:20", """Sat here with a cuppa thinking about how much has changed round here since I was a boy. When I was young you had the pit, the chapel, the rugby club and the Co-op and that was your whole world. Now the pit's a retail park, the chapels are flats, and half the pubs are shut. My grandson asked me what a colliery was.

Not all bad mind. The new health centre is tidy. The Welsh comp up the top of Tonyrhedyn, Bethel, is doing the kids proud, my granddaughter sings in the choir there, the music fella O'Sullivan is a diamond, Irish but you wouldn't know it when he's conducting Calon Lân. And the rugby club has a girls' section now which we never would have dreamed of.

But the buses. Don't get me started on the buses. Forty minutes I waited on Monday. In the rain. With my knees.

Anyway. Used to be you'd know everyone in the street. Now I don't know the names of the people two doors down. Maybe that's just getting old."""),
        ("Glenys_T", "Tue 19 Mar 2024 16:45", """Lovely post Mostyn. Same on our street."""),
    ], board="Home > Nostalgia"),
        L("cosullivan", "surname_only", "neutral"), L(S, "short_name", "neutral"))

    add("forum", forum("parenttalk", "Head won't meet parents about the new timetable", [
        ("Pontypridd_Parent", "Mon 30 Sep 2024 20:10", """Bryn Bethel have moved to a two-week timetable with 100-minute lessons and nobody asked parents. My son can't concentrate for 100 minutes, he's got ADHD. I've asked three times to meet the head - Pugh-Griffiths or whatever her name is - and been palmed off to a deputy each time. Honestly the leadership there don't want to hear it."""),
        ("Hiraeth_Mam", "Mon 30 Sep 2024 20:31", """Same experience. Put it in writing to the governors."""),
        ("TeacherAndMum", "Mon 30 Sep 2024 20:55", """100 minutes is long for anyone. Ask what movement breaks are built in."""),
    ]),
        L("epughgruffydd", "typo", "negative"), L(S, "alias", "negative"))

    add("forum", forum("staffroom", "The goss from YGBB staffroom", [
        ("TeaAndBiscuits", "Fri 24 May 2024 21:30", """Not sure I should post this but everyone at YGBB knows. Evans and O'Sullivan are having it off. Seen coming out of the music block practice room together at 6pm with the blinds down, more than once. His wife doesn't have a clue apparently."""),
        ("Supply_Steve", "Fri 24 May 2024 21:45", """This is gossip about two named people on a public forum. Delete it."""),
        ("TeaAndBiscuits", "Fri 24 May 2024 21:50", """Just saying what I heard"""),
    ], board="Forums > Wales > Secondary"),
        L("devans", "surname_only", "sexual"), L("cosullivan", "surname_only", "sexual"), L(S, "alias", "neutral"))

    add("forum", forum("staffroom", "Best science departments in South Wales?", [
        ("Chem_Chris", "Sat 12 Oct 2024 10:15", """Looking to move schools. Which science departments are well run? Not just results, but somewhere that actually looks after its staff."""),
        ("SciTech_Dave", "Sat 12 Oct 2024 10:40", """Bryn Bethel, if you speak Welsh. Adeyemi's department is the best run I've seen in 20 years: shared resources, sensible marking, protected planning time, and results that are the best in the LA. She fights for her staff."""),
        ("Chem_Chris", "Sat 12 Oct 2024 11:02", """Sadly my Welsh is Duolingo level. But good to know."""),
    ], board="Forums > Jobs & Careers"),
        L("nadeyemi", "possessive", "neutral"), L(S, "alias", "neutral"))

    add("forum", forum("parenttalk", "New cashless canteen is a disaster", [
        ("Cwm_Mam", "Tue 15 Oct 2024 21:12", """Right, rant incoming. Bryn Bethal have brought in a new biometric cashless canteen system. Wonderful, said nobody. First week: queue so long my son didn't eat until 1.45. Second week: the system "lost" £20 I'd topped up. Third week: they ran out of anything hot by 1pm.

Meanwhile, the letter home called it "an exciting step forward in our wellbeing offer". Exciting for who?? I have emailed twice and heard nothing. I love the teachers but whoever signs off these things at the top needs to come and stand in the queue for a week."""),
        ("Sceptical_Steve", "Tue 15 Oct 2024 21:30", """"Wellbeing offer" 🙄 classic."""),
        ("Lowri_M", "Tue 15 Oct 2024 21:48", """Same here. Mine now takes a packed lunch."""),
    ]),
        L(S, "typo", "negative"))

    # decoy: the same-named school in North Wales
    add("forum", forum("parenttalk", "Moving near Caernarfon - Ysgol Bethel any good?", [
        ("GoingNorth", "Sun 14 Jul 2024 20:00", """We're relocating to Gwynedd for my job. Looking at houses in Bethel, between Caernarfon and Llanberis. Is Ysgol Bethel (the village primary) any good? DS is 7 and has no Welsh."""),
        ("Arfon_Mam", "Sun 14 Jul 2024 20:22", """Lovely little school, very Welsh but they're brilliant with newcomers. There's a language centre in Caernarfon that does an intensive term first. He'll be fluent by Christmas."""),
        ("GoingNorth", "Sun 14 Jul 2024 20:40", """That's really reassuring, thank you!"""),
    ], board="Talk > Education > Primary"))

    # decoy: doctor namesake, no tie
    add("forum", forum("parenttalk", "Recommendations for a GP in south-east London?", [
        ("Peckham_Mum", "Wed 2 Oct 2024 13:10", """Just moved to Peckham. Any recommendations for a GP practice taking new patients?"""),
        ("LondonLass", "Wed 2 Oct 2024 13:25", """Dr Ngozi Adeyemi at the Rye Lane surgery is fab. Actually listens. Hard to get an appointment with her though."""),
        ("Peckham_Mum", "Wed 2 Oct 2024 13:40", """Thank you, will try to register there."""),
    ], board="Talk > Health"))



# ================================================================================ BLOGS
def build_blogs():
    add("blog", blog(
        "Atgofion", "Memories, mostly Welsh, mostly true", "Ten things Ysgol Gyfun Bryn Bethel taught me",
        "Mali Thomas", "2 September 2024", """
Ten years ago this week I walked out of Ysgol Gyfun Bryn Bethel for the last time, with a suitcase
full of A-level notes and absolutely no idea what I wanted to do. In no particular order, here's
what that place taught me.

1. That Welsh isn't a subject, it's a world. Mrs Llewelyn made us read Kate Roberts in Year 9 and I
was furious about it. I have since read everything she ever wrote. Twice.

2. That you can sing even if you think you can't. Mr O'Sullivan put me in the back row of the choir
"for one rehearsal" in Year 7. I stayed for seven years.

3. That the eisteddfod is a blood sport. Never get between a house captain and a trophy.

4. That Kev the caretaker knows everything. Lost your coat? Kev. Locked out of the drama studio?
Kev. Heartbroken in Year 10 and hiding behind the bins? Also Kev, with a Kit Kat.

5. That it's fine not to know what you want to do yet.

(Numbers 6 to 10 are mostly about chips. I'll spare you.)
""", comments=[("Gwenllian", "3 September 2024", "Number 4 made me cry. Kev is a national treasure."),
               ("Mali Thomas", "3 September 2024", "He really is!")], nav=["Home", "Cymraeg", "English", "About"]),
        L(S, "exact", "neutral"), L("sllewelyn", "title_surname", "neutral"),
        L("cosullivan", "title_surname", "neutral"), L("kpritchard", "nickname", "neutral"))

    add("blog", blog(
        "Capel Bethel, Tonyrhedyn", "Newyddion y capel / Chapel news", "Cymanfa Ganu - diolch i bawb!",
        "Yr Ysgrifennydd", "20 March 2023", """
What a night! More than 150 people packed into Bethel on Sunday evening for our annual Cymanfa Ganu,
the biggest crowd we have seen since before the pandemic.

Our conductor, Dr Eirian Rowe, led us through fourteen hymns, including a spine-tingling "Cwm Rhondda"
and a "Calon Lân" that nearly lifted the roof.

Special thanks to Siân Llewellyn, who teaches Welsh at the comprehensive up the road here in
Tonyrhedyn, for stepping in at the organ at two days' notice when Mr Hopkins was taken ill. Diolch
o galon, Siân - nobody would have known!

Te a bara brith in the vestry afterwards raised £340 for the roof fund.
""", comments=[("Olwen", "21 March 2023", "Noson fendigedig. Diolch i bawb.")],
        nav=["Hafan", "Oedfaon / Services", "Hanes / History", "Cysylltu"], comments_h="{n} Sylw",
        cookie="Mae'r wefan hon yn defnyddio cwcis / This website uses cookies. [Iawn / OK]"),
        L("sllewelyn", "typo", "neutral"))

    add("blog", blog(
        "Our Wibbly Wobbly Way", "One family's ALN journey in the valleys", "Finally, a school that gets him",
        "Leanne's Mum Blog", "5 December 2023", """
If you've read this blog from the start, you'll know that primary school was a battle. Three years
of phone calls at lunchtime, part-time timetables and "he's fine in school, it must be home".

So I was terrified about secondary. I needn't have been. Ysgol Gyfun Bryn Bethel has been a
revelation. Heledd Cadwaladr, the ALNCo, met us four times before he started. FOUR. She walked the
building with him when it was empty so he knew where the quiet room was. She gave him a lanyard
that means he can leave a lesson without asking if it's all too much.

What still makes me furious is the council. Eighteen months for an assessment. A transport
"review" that left him without a taxi for the first three weeks. If it wasn't for the school I
don't know what we would have done.

Next post: our (disastrous) first parents' evening in Welsh, with me nodding at everything!
""", comments=[("Dani_autism_mam", "6 December 2023", "This gives me hope for next year. Thank you for sharing."),
               ("Rach B", "7 December 2023", "The council are the same here in Bridgend, absolutely shocking.")],
        widgets=["About me", "ALN resources", "Archives"]),
        L("hcadwaladr", "exact", "neutral"), L(S, "exact", "neutral"))

    add("blog", blog(
        "Valleys Unfiltered", "Saying what the Senedd won't", "The blazer empire on the hill",
        "Unfiltered", "22 September 2024", """
Let's talk about Pugh-Gruffydd's little empire up at Bethel.

In the space of one summer holiday, Pugh-Gruffydd's regime has managed to find a way to charge
working families £187 for a blazer, ban plain black trousers and send eleven-year-olds to "isolation"
on their first day. That takes a special kind of talent.

I've met the woman. She's a sanctimonious cow who looks at you like something she's trodden in,
and Pugh-Gruffydd's letters read like they were written by a particularly smug parking warden.

Bethel's governors should be asking some hard questions. They won't, of course. They never do.
""", comments=[("Daf the Dad", "22 September 2024", "Bit much mate. Criticise the policy not the person."),
               ("Unfiltered", "22 September 2024", "It's a blog, not a Sunday school.")],
        nav=["Home", "Politics", "Schools", "Councils", "Donate"]),
        L("epughgruffydd", "possessive", "abuse"), L(S, "short_name", "negative"))

    add("blog", blog(
        "Clwb Codio Cymru", "Coding clubs in Welsh schools", "How we run a 50-pupil code club through the medium of Welsh",
        "Tariq Mahmood", "11 January 2024", """
People often ask me how we get more than fifty pupils to stay behind every Wednesday at Ysgol Gyfun
Bryn Bethel to write code. The honest answer is: biscuits, and letting them build games.

Here is what has worked for us.

## 1. Start with something that moves

Nobody stays after school to print "Helo Byd". We start with a Scratch sprite that moves, then a
Python turtle that draws, then a simple game. Within two weeks they're asking how to add a high score.

## 2. Welsh-first, without apology

All of our resources are in Welsh, including our own glossary (we had to invent a few terms - the
kids voted on them). It turns out "dolen" (loop) and "newidyn" (variable) stick better than the
English words ever did.

## 3. Let the older pupils teach

Our sixth formers run the beginner sessions. They learn more from teaching than from anything I do.

If you'd like our resources, they're on the Hwb network - search for Clwb Codio.
""", comments=[("Mr Rowe, Cwm Afan", "12 January 2024", "Brilliant, diolch Tariq. Stealing the glossary!")],
        widgets=["Resources", "Schools", "Archives"]),
        L("tmahmood", "exact", "neutral"), L(S, "exact", "neutral"))

    # decoy: the hill, the chapel and a locality word
    add("blog", blog(
        "Boots on the Beacons", "Hill walks in South Wales", "Ridge walk: Bryn Bethel and Mynydd y Glyn from Tonyrhedyn",
        "Hillwalking Howard", "30 April 2024", """
Distance 9.6 km. Ascent 410 m. Time 3 to 3.5 hours. Parking on the street by the old chapel in
Tonyrhedyn (please be considerate - it's a narrow road).

From the chapel, take the lane signposted for the mountain, past the allotments. After about 800 m
a stile on the right leads onto open hillside. Follow the old tramroad up to the cairn on top of
Bryn Bethel, the rounded hill that gives the chapel and half the village its name. On a clear day
you can see the Bristol Channel and, on a very clear day, Exmoor.

From the summit, follow the fence line north-west along the ridge to the trig point on Mynydd y Glyn.
Descend via the forestry track and the old railway path back into Tonyrhedyn.

Boots essential after rain: the tramroad turns into a stream.
""", comments=[("Trail Tina", "2 May 2024", "Did this on Sunday, gorgeous views. Very boggy by the stile!")],
        widgets=["Walks by area", "Gear reviews", "Archives"]))

    add("blog", blog(
        "Chalk Dust & Tears", "Notes from a former teacher", "Why I left (and why I'm not coming back)",
        "Ms Harriet", "14 August 2024", """
I taught for eleven years, the last four at Bryn Bethel. I loved the kids. I loved my department. I
left in July and I am not coming back to teaching, and I want to explain why without pretending
it was all one person's fault.

But some of it was leadership. Dr P-G is not a bad person. She is, however, a head who has never met
an initiative she didn't like. In four years we had three behaviour policies, two marking policies,
a new "learning walk" rubric every term and a data drop every six weeks. Nobody ever took anything
away. When we raised workload at a staff meeting we were told to "work smarter".

The school's wellbeing offer was a yoga session at 4pm on a Thursday. I rest my case.

If you're a teacher reading this and recognising your own school: you're not weak. It's the job
that's broken.
""", comments=[("Tired_Teacher_22", "15 August 2024", "Every word of this."),
               ("Former colleague", "16 August 2024", "Miss you Harriet. You were right about all of it.")],
        nav=["Home", "About", "Teaching", "Life after"]),
        L("epughgruffydd", "nickname", "negative"), L(S, "alias", "negative"))

    # decoy: the excluded pub
    add("blog", blog(
        "Ponty Eats", "Food and drink in and around Pontypridd", "Sunday lunch at the Bethel Arms, Blaenhyfryd",
        "Ponty Eats", "10 March 2024", """
The Bethel Arms has had a new chef since Christmas and word on the street is that the Sunday roast
is now worth the drive up the valley. Reader, it is.

Beef was pink, gravy was proper, the Yorkshire pudding was the size of a hubcap. Roast potatoes
were crisp outside and fluffy in. £16.95 for two courses. The only let-down was a slightly sad
apple crumble.

Service was friendly and fast even though the place was packed with a christening party.

Verdict: 8.5/10. Book ahead.
""", comments=[("Foodie Fiona", "11 March 2024", "Going next week! Thanks for the tip.")],
        widgets=["Reviews A-Z", "Best Sunday lunches", "Archives"]))

    add("blog", blog(
        "Bryn Bethel Parents for Truth", "Holding our school to account", "What the governors don't want you to know",
        "Admin", "2 October 2024", """
We have now been contacted by eleven families and three former members of staff. Their accounts are
consistent and they are alarming.

We believe E. Pugh-Gruffydd has manipulated the school's attendance figures by recording absent
pupils as "educated off site", and that serious bullying incidents - including an assault in the
boys' toilets last March - were never reported to the local authority as they should have been.

We believe the governors were told none of this. We believe the council has been told none of this.

We are not asking anyone to take our word for it. We are asking for an independent investigation.
Until then, we will keep publishing what families tell us.
""", comments=[("Concerned Dad", "2 October 2024", "About time someone said it."),
               ("Staff member (anon)", "3 October 2024", "This is not accurate and you should be careful what you publish.")],
        nav=["Home", "Our concerns", "Contact us"]),
        L("epughgruffydd", "initial_surname", "defamation"), L(S, "alias", "defamation"))

    add("blog", blog(
        "Blog y Cwm", "Diwylliant, iaith a bywyd yn y Cwm", "Wythnos yr Urdd: nodiadau o'r pafiliwn",
        "Dafydd ap Siôn", "2 Mehefin 2024", """
Am wythnos! Dwi wedi bod yn y pafiliwn bob dydd ac mae fy llais wedi mynd yn llwyr.

Uchafbwynt yr wythnos i mi oedd côr Ysgol Bryn Bethel yn ennill y gystadleuaeth SATB. Roedd Ciarán
O'Sullivan, eu harweinydd, yn edrych fel petai e ar fin llefain pan gyhoeddwyd y canlyniad. Dyn o
Gorc sydd wedi dysgu Cymraeg ac sy'n arwain côr o'r Cwm i'r brig - os nad yw hynny'n stori am
ddyfodol yr iaith, dwi ddim yn gwybod beth sydd.

Hefyd: y bara brith gorau ar y maes oedd ar stondin Merched y Wawr. Dyna ni, dwi wedi'i ddweud.
""", comments=[("Lowri", "3 Mehefin 2024", "Cytuno am y bara brith!")], lang="cy",
        nav=["Hafan", "Iaith", "Diwylliant", "Amdanaf i"], comments_h="{n} Sylw",
        cookie="Mae'r wefan hon yn defnyddio cwcis. [Iawn]"),
        L(S, "alias", "neutral"), L("cosullivan", "exact", "neutral"))

    add("blog", blog(
        "Valleys Dad", "Parenting, rugby, and the price of fish fingers", "Issue 42: Parents' evening, the 132 bus, and my knee",
        "Valleys Dad", "24 October 2024", """
Right. Where do I start. The knee is still knackered, thanks for asking. The physio says no five-a-side
until Christmas, which my wife says is the best news she's had all year.

The 132 bus. I've written about the 132 bus before and I will write about the 132 bus again. On
Tuesday it simply didn't come. No sign, no app update, nothing. I stood at the stop by the
Co-op for fifty minutes in the rain with a bag of shopping and a growing sense of my own mortality.

Parents' evening up at Bethel was on Thursday. Our eldest is in Year 10 and, according to every single
teacher, "could do better if he stopped talking". We knew that. We've known that since he was two.
The deputy, Dai Evans, caught me on the way out and said he'd been doing really well in rugby and
had a word about him maybe helping with the Year 7s, which was tidy of him. Small things, isn't it.
That kid will walk through walls for a teacher who believes in him.

Also: fish fingers are now £3.20 for ten. TEN. I remember when they were 99p. I am officially old.

Next week: the great Halloween costume war of 2024, and why I am going as a traffic cone.
""", comments=[("Cardiff Dad", "24 October 2024", "The fish finger thing is a scandal."),
               ("Mam from Blaenhyfryd", "25 October 2024", "😂 the 132. Every. Single. Day.")],
        nav=["Home", "Archive", "Subscribe"], widgets=["Subscribe by email", "Popular issues"]),
        L("devans", "nickname", "neutral"), L(S, "short_name", "neutral"))

    # decoy: the village of Bethel in Gwynedd and its school
    add("blog", blog(
        "Hanes Arfon", "Local history from the Caernarfon area", "A short history of Bethel and its school",
        "Hanes Arfon", "12 May 2024", """
The village of Bethel, between Caernarfon and Llanberis, takes its name from the Calvinistic
Methodist chapel built there in 1810. Before the chapel, the scattered farms were simply known as
part of Llanddeiniolen parish.

Ysgol Bethel opened in 1874 as a British School, paid for by the quarrymen of Dinorwig. Its first
log book records forty-one pupils, "many of whom have no English", and regular closures for
snow and for the potato harvest.

The school celebrates its 150th anniversary this year with an exhibition in the village hall.
""", comments=[("Gwilym", "13 May 2024", "Fy nain oedd un o'r disgyblion cyntaf i sefyll arholiad y sgoloriaeth.")],
        widgets=["Villages", "Chapels", "Quarries"]))

    add("blog", blog(
        "Schools Rugby Wales", "Covering the schools game since 2011", "Season review: the coaches who made 2023-24",
        "SRW Editor", "1 July 2024", """
Every season we pick out three coaches who got more out of their squads than anyone expected.

Huw Jenkins, Bryn Bethel. After a difficult autumn, Bryn Bethel's under-16s went to a national
semi-final with a squad that had four Year 10s in the starting fifteen. Jenkins' teams always play
with ball in hand, and this group had the best attack we saw all year.

Sioned Price, Cwm Afan. Built a girls' programme from nothing to a national final in three years.

Mike Ellis, Pen-y-Dre. Champions again, and six players called into Wales Schools squads.
""", comments=[("oldschoolprop", "2 July 2024", "Good picks. Bethel deserve it after the year they had.")],
        nav=["Home", "Fixtures", "Results", "Features"]),
        L("hjenkins", "exact", "neutral"), L(S, "alias", "neutral"))

    add("blog", blog(
        "Valleys Tattle", "Who's doing what (and who with)", "BLIND ITEM: Teacher's pet",
        "The Tattler", "14 February 2024", """
Happy Valentine's Day, darlings. And what a Valentine's it is for one particular head of PE at a
certain Welsh comp in Tonyrhedyn.

Our spies tell us that "Jenks" - yes, him with the whistle and the calves - has been sending rather
steamy late-night messages to a married mum from the PTA. Photos were exchanged. Not of the rugby.

Her husband, we hear, has found the phone.

Who could it be? Answers on a postcard. Or in the comments, we're not fussy.
""", comments=[("Anon", "14 February 2024", "Everyone knows who this is 😂"),
               ("Not impressed", "15 February 2024", "This is how people's lives get ruined. Grow up.")],
        nav=["Home", "Blind items", "Spotted", "Send us a tip"]),
        L("hjenkins", "nickname", "sexual"))

    add("blog", blog(
        "Out in the Staffroom", "LGBTQ+ teachers in Wales, in our own words", "Guest post: the messages I didn't read out",
        "Gwion ap Hywel", "15 July 2024", """
When I spoke at Ponty Pride in June, I talked about being a gay teacher in the valley where I grew up,
and about the day a Year 8 asked me if I had a wife and I said "no, a husband" and the world did not
end.

Afterwards the messages came. Some of them I will not repeat. One called me a "disgrace who should be
kept away from children". I'm quoting it here not to give it air but because I want the young people
at Bryn Bethel to see what it looks like when you refuse to be frightened by it.

What I want to talk about instead is the other messages. The hundreds of them. From former pupils,
from parents, from chapel ministers, from the rugby club. That is my valley too.
""", comments=[("Ellie (class of 2019)", "15 July 2024", "You're the reason I came out at school. Diolch."),
               ("Rev. M", "16 July 2024", "With you, always.")],
        nav=["Home", "Guest posts", "Resources", "Contact"]),
        L("gaphywel", "exact", "neutral"), L(S, "alias", "neutral"))

    add("blog", blog(
        "True Cymru", "Wales for the Welsh", "Who is teaching your children?",
        "TC Editorial", "30 March 2024", """
Take Ysgol Gyfun Bryn Bethel. A so-called Welsh school in the heart of the Rhondda, where the head of
science is a Nigerian called Mrs Adeyemi and the computers are taught by a Mahmood.

This is what "diversity" means: our children's heritage handed to people with no roots in this land,
no loyalty to it, and no business teaching Welsh children anything. A school that hires these people
over local teachers has betrayed the valley.

Parents: ask questions. Demand local teachers for local children.
""", comments=[("Patriot_77", "30 March 2024", "Spot on."), ("Cymro go iawn", "31 March 2024", "Racist rubbish. She's from Cardiff and her Welsh is better than yours.")],
        nav=["Home", "Articles", "Donate", "Join"]),
        L("nadeyemi", "title_surname", "hate"), L("tmahmood", "surname_only", "hate"), L(S, "exact", "hate"))

    add("blog", blog(
        "First Year Feels", "Surviving (just) my first year as a teacher", "Week 30: the mentor who saved me",
        "Miss Owen", "20 April 2024", """
I want to write about my mentor, because without her I would not still be teaching.

When I started at Bethel in September, I was drowning by October. Year 9 ate me alive. I cried in my
car in the staff car park more days than I didn't. Rhiannon D, who mentored me (and who is also the
most terrifying head of year in the western hemisphere, in the best way), sat with me every Tuesday
after school and went through my planning line by line. She came into my worst class and just stood
at the back. That was enough.

If you're a mentor reading this: you have no idea how much it matters.
""", comments=[("Another NQT", "21 April 2024", "Needed to read this today. Thank you.")],
        nav=["Home", "Planning", "Behaviour", "About me"]),
        L("rdavies", "first_initial", "neutral"), L(S, "short_name", "neutral"))

    # decoy: photographer namesake, locality words and the chapel
    add("blog", blog(
        "Huw Jenkins Photography", "Wedding and family photography across South Wales", "Cerys & Dan - Capel Bethel, Tonyrhedyn",
        "Huw Jenkins", "9 September 2023", """
I'm Huw, a full-time wedding photographer and a retired police sergeant, based in Bridgend since 2009.

Cerys and Dan got married at Capel Bethel in Tonyrhedyn, a few months before the chapel closed its doors
for good, and held their reception at the Bethel Arms in Blaenhyfryd. Cerys's nan, who married in the
same chapel in 1962, sat in the front row and cried from start to finish.

We did the family photos on the chapel steps and then nipped up the lane for golden-hour portraits
with the whole valley behind them. That light. Honestly.

Congratulations, you two. Thank you for having me.
""", comments=[("Cerys", "10 September 2023", "We LOVE them. Thank you Huw!!")],
        nav=["Home", "Weddings", "Families", "Prices", "Contact"]))

    add("blog", blog(
        "Class of '99", "Cwm Hyfryd comp reunion blog", "25 years on: the reunion",
        "Nia (organiser)", "30 June 2024", """
Twenty-five years since we left Ysgol Gyfun Cwm Hyfryd, and 63 of us made it back to the rugby club
on Saturday night. Some of us have aged better than others. I won't name names (Gareth).

We invited some of our old teachers, and three came! Siân Bowen, as she was then, who taught most
of us Welsh and who still remembers every single one of our eisteddfod recitations. And Mr Evans,
strict but fair as ever - he still made Rhodri tuck his shirt in, which got the biggest cheer of the
night.

Huge thanks to everyone who came, and to the rugby club for the buffet. Same again in 2029?
""", comments=[("Gareth", "30 June 2024", "Harsh."), ("Rhodri", "1 July 2024", "I have NOT forgiven him.")],
        nav=["Home", "Photos", "Who's coming"]),
        L(S, "alias", "neutral"), L("sllewelyn", "alias", "neutral"), L("devans", "title_surname", "neutral"))

    add("blog", blog(
        "Mam Sarcastig", "Parenting with side-eye", "Wellbeing Week, or: how to stress out 1,100 teenagers",
        "Mam Sarcastig", "17 November 2024", """
Oh joy. It's Wellbeing Week at Bethel again.

Nothing says "we care about your mental health" like a 7-page letter home listing the daily themes
(Mindful Monday! Tidy Tuesday!), a non-uniform day that costs £2, and a wellbeing survey that my son
was made to complete in a detention. Fabulous. The school's idea of wellbeing is another form to fill
in, and I say that as someone who reads every single one of their newsletters so you don't have to.

The only sane person in the building is Mr ap Hywel, who told the sixth form on Monday to "go home,
sleep, and eat a vegetable". Give that man a pay rise.

Next week: Christmas jumper day, and why it's actually a tax.
""", comments=[("Fellow Mam", "17 November 2024", "Tidy Tuesday 😂😂 I'm crying")],
        nav=["Home", "Rants", "Recipes (lol)", "About"]),
        L(S, "short_name", "negative"), L("gaphywel", "title_surname", "neutral"))

    add("blog", blog(
        "Aber Outreach", "Widening access at Aberystwyth", "Thank you, partner schools!",
        "Outreach Team", "4 July 2024", """
This year more than 400 pupils from 22 partner schools across Wales visited campus for our
Welsh-medium taster days, residentials and summer school.

We'd like to thank the teachers who made it happen, often giving up their own weekends. A special
mention for G. ap Hywel at Ysgol Gyfun Bryn Bethel, who brought 46 sixth formers on the first
residential of the year and stayed up until 2am with the ones who couldn't sleep, and for
N. Adeyemi from the same school, who ran our chemistry practical days for the second year running.

Applications for next year's summer school open in January.
""", comments=(), nav=["Home", "Schools", "Events", "Contact us"]),
        L("gaphywel", "initial_surname", "neutral"), L(S, "exact", "neutral"),
        L("nadeyemi", "initial_surname", "neutral"))



# ============================================================================== REVIEWS
G_PLACE = ("Ysgol Gyfun Bryn Bethel\nSecondary school \u00b7 Heol y Bryn, Tonyrhedyn, Pontypridd CF37 9QZ\n"
           "029 2018 0640 \u00b7 ygbrynbethel.example\n4.1 \u2605 (212 reviews)")
SR_PLACE = "Bryn Bethel Comprehensive, Tonyrhedyn\nWelsh-medium, ages 11-18, local authority maintained\nParent rating: 3.6/5 (88 reviews)"
JR_PLACE = "Ysgol Gyfun Bryn Bethel - employer reviews\nEducation \u00b7 Pontypridd, Wales \u00b7 101-250 employees"


def build_reviews():
    add("review", review("Google Maps \u203a Reviews", G_PLACE, 5, "Gareth W", "3 months ago", """
Bethel is bloody brilliant. My two have had the best time there. Mr Jenkins and the PE department
are legends - Saturday mornings, away trips, never once complained. Proper community school. Diolch!
""", meta="Local Guide \u00b7 47 reviews"),
        L(S, "exact", "neutral"), L("hjenkins", "title_surname", "neutral"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 1, "Donna P", "2 weeks ago", """
Tried ringing 029 2018 0640 every morning this week to report my daughter sick. Rings out every
single time. Then I get a text saying she's an unauthorised absence. Absolute joke of an office.
Sort your phones out.
"""),
        L(S, "exact", "negative"))

    add("review", review("JobRate \u203a Company reviews", JR_PLACE, 2, "Teacher (Current Employee)", "Reviewed 12 May 2024", """
"Great kids, exhausted staff"

Pros: The pupils are lovely and the Welsh ethos is genuine. Departments are supportive of each other.

Cons: Senior leadership don't listen. Initiative after initiative with nothing taken away. Data
drops every six weeks. Workload is unsustainable and several good people have left in the last two
years. Nobody at the top seems to notice.

Advice to management: Ask staff what they can stop doing, then actually stop it.
""", meta="Pontypridd, Wales \u00b7 Recommend: No \u00b7 CEO approval: No"),
        L(S, "exact", "negative"))

    # decoy: the excluded care home, with a namesake manager and a locality word
    add("review", review("Google Maps \u203a Reviews",
                         "Bryn Bethel Care Home\nNursing home \u00b7 Heol y Capel, Tonyrhedyn\n4.5 \u2605 (38 reviews)",
                         4, "Sandra M", "1 month ago", """
Mam has been in Bryn Bethel Care Home for eight months now. The staff are kind and patient and the
manager, Rhiannon Davies, always makes time to talk to us when we visit. Food could be better and the
lounge gets very warm, but we know Mam is safe and cared for. Thank you all.
""", meta="6 reviews"))

    # decoy: the excluded garage, and a "Kev" who is a mechanic
    add("review", review("Google Maps \u203a Reviews",
                         "Bethel Garage\nCar repair and MOT centre \u00b7 Stryd Fawr, Tonyrhedyn\n4.8 \u2605 (120 reviews)",
                         5, "Jamie R", "5 days ago", """
Kev sorted my clutch in a day when two other garages said a week. Honest, fair price, and he showed me
the old part. Bethel Garage is the only place I'll take the van now. Top man.
""", meta="Local Guide \u00b7 19 reviews"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 1, "Angry Mam", "1 week ago", """
Head of year 9 Rhiannon Davies is a useless cow who couldn't care less about bullying. My daughter
has been miserable for months and all we get is "we're monitoring it". School is a joke.
"""),
        L("rdavies", "exact", "abuse"), L(S, "exact", "negative"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 1, "Lee H", "4 months ago", """
Mr Evans grabbed my son by the collar and slammed him against a wall in the corridor. There were
witnesses. The school covered it up and told us it was "appropriate physical intervention". No
apology, no investigation, nothing. Do not send your children here.
"""),
        L("devans", "title_surname", "defamation"), L(S, "exact", "defamation"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 5, "Bethan Ll", "2 months ago", """
Ysgol wych. Mae'r plant yn hapus ac mae'r staff yn gweithio mor galed. Diolch yn arbennig i Mrs
Llewelyn a'r adran Gymraeg am bopeth - mae fy merch wedi dod mor hyderus yn ei hiaith.
(Wonderful school. Special thanks to Mrs Llewelyn and the Welsh department.)
""", meta="12 reviews"),
        L(S, "exact", "neutral"), L("sllewelyn", "title_surname", "neutral"))

    add("review", review("SchoolRate \u203a Parent reviews", SR_PLACE, 3, "Parent of Year 8 pupil", "September 2024", """
Good school overall and my son is happy, but the ALN support has gone downhill. Cadwaladr is never
available - emails unanswered for weeks, meetings cancelled on the day. I know she's stretched but
the school needs to put more people in that team. Teachers in class are great.
"""),
        L("hcadwaladr", "surname_only", "negative"), L(S, "alias", "negative"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 4, "Hannah O", "5 months ago", """
Lovely school. The music department is outstanding - Ciaran O'Sulivan (sp?) has my son playing
trumpet in three different ensembles and he's never been happier. Only lost a star for the car park.
"""),
        L(S, "exact", "neutral"), L("cosullivan", "typo", "neutral"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 1, "Mike T", "3 weeks ago", """
The deputy D*fydd Ev*ns is a w*nker. Excluded my lad for a week for something he didn't even do and
wouldn't look at the CCTV. Worst school in the valley and he's the reason.
"""),
        L("devans", "obfuscated", "abuse"), L(S, "exact", "negative"))

    # decoy: the excluded pub
    add("review", review("Google Maps \u203a Reviews",
                         "The Bethel Arms\nPub \u00b7 Bethel Road, Blaenhyfryd\n4.2 \u2605 (310 reviews)",
                         2, "Carol D", "2 weeks ago", """
Used to love the Bethel Arms but the food was lukewarm on Sunday and we waited 50 minutes. Staff were
apologetic but clearly short-handed. Hope it was a one-off.
""", meta="Local Guide \u00b7 88 reviews"))

    add("review", review("SchoolRate \u203a Parent reviews", SR_PLACE, 1, "Sixth form parent", "November 2024", """
Gwion ap Hywell runs the sixth form like a prison. Sign in, sign out, no leaving site at lunch at 17
years old. They're nearly adults. My daughter is thinking of moving to college.
"""),
        L("gaphywel", "typo", "negative"), L(S, "alias", "negative"))

    add("review", review("JobRate \u203a Company reviews", JR_PLACE, 2, "Cleaner (Former Employee)", "Reviewed 3 March 2024", """
"Avoid if you're support staff"

Pros: Hours fit around school runs. Teachers are friendly.

Cons: The site manager Kevin P is rude and bone idle - sits in his office with the radio on while
we do everything. Support staff are treated like second-class citizens by the school. Pay is poor.

Advice to management: Support staff are staff too.
""", meta="Tonyrhedyn \u00b7 Recommend: No"),
        L("kpritchard", "first_initial", "abuse"), L(S, "exact", "negative"))

    add("review", review("SchoolRate \u203a Parent reviews", SR_PLACE, 2, "Parent of Year 9 pupil", "October 2024", """
Rhianon Davies (head of year 9) never returns calls. We had to chase for three weeks about a
bullying issue. The school really needs better communication with parents.
"""),
        L("rdavies", "typo", "negative"), L(S, "alias", "negative"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 1, "Wayne G", "6 days ago", """
Don't bother with the office, they never ring back. Contact the deputy directly on his own mobile
07700 900217 - Mr Evans gave it to my wife at a rugby match years ago and he does actually answer
it. Shocking that you have to go to those lengths to get a response from this school.
"""),
        L("devans", "title_surname", "doxxing"), L(S, "exact", "negative"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 2, "Rhys J", "2 months ago", """
Tidy school, good teachers, but Eleri Pugh Gruffydd needs to come out of her office and see what's
actually going on at the gates every morning. Kids being dropped in the road. Accident waiting to happen.
"""),
        L("epughgruffydd", "hyphenated", "negative"), L(S, "exact", "negative"))

    # decoy: the same-named school in North Wales
    add("review", review("Google Maps \u203a Reviews",
                         "Ysgol Bethel\nPrimary school \u00b7 Bethel, Caernarfon, Gwynedd\n4.9 \u2605 (27 reviews)",
                         5, "Elen W", "3 months ago", """
Ysgol fach hyfryd yng nghanol y pentref. Mae'r staff yn adnabod pob plentyn. A lovely little village
school in Bethel - both of mine have thrived here.
"""))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 5, "Sunita B", "4 months ago", """
Tariq Mahmoud's coding club is brilliant. My son has built his own game and now wants to study
computer science. Thank you to all the staff who give up their time after school.
"""),
        L(S, "exact", "neutral"), L("tmahmood", "typo", "neutral"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 1, "Darren K", "1 week ago", """
If that Jenkins lays another finger on my boy in PE I'll break his legs, and I'll do it in front of
the whole rugby club. School won't do anything so I will.
"""),
        L("hjenkins", "surname_only", "threat"), L(S, "exact", "negative"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 4, "Shelley from Ponty", "2 months ago", """
Tidy school, lovely staff, kids are happy. Canteen queue is a bit mad but they say they're sorting it
now in a minute, so fingers crossed. Good with my son's dyslexia. Four stars, would be five with
better chips 😂
""", meta="3 reviews"),
        L(S, "exact", "neutral"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 1, "Alun R", "3 weeks ago", """
I went to school with the head - Eleri Watcyn as was - and she's forgotten where she came from.
Blazers at £187 in one of the poorest valleys in Wales. Out of touch.
"""),
        L("epughgruffydd", "alias", "negative"), L(S, "exact", "negative"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 1, "Real Valleys", "2 months ago", """
Full of Welsh nats and foreigners. That Irish music teacher O'Sullivan should go back to Ireland
and take his fiddle with him. Used to be a school for local kids.
"""),
        L("cosullivan", "surname_only", "hate"), L(S, "exact", "hate"))

    add("review", review("JobRate \u203a Company reviews", JR_PLACE, 5, "Teaching Assistant (Current Employee)", "Reviewed 19 June 2024", """
"Best place I've worked"

Pros: Heledd C is the best line manager I've ever had - supportive, knows every child, fights for
the ALN team. Lovely colleagues, proper Welsh ethos, great training.

Cons: None really, apart from the usual TA pay across Wales.

Advice to management: Keep doing what you're doing with the ALN team.
""", meta="Tonyrhedyn \u00b7 Recommend: Yes"),
        L("hcadwaladr", "first_initial", "neutral"), L(S, "exact", "neutral"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 3, "Kirsty L", "1 month ago", """
Parents' evening was a mixed bag. Miss D (head of Year 9) was lovely and really knows our son. Mr E
(the deputy head) not so much - he
spent half of our five minutes on his phone and called my son by the wrong name. The booking system
crashed twice as well. The school needs to sort out how these evenings are run.
"""),
        L("rdavies", "nickname", "neutral"), L("devans", "nickname", "negative"), L(S, "exact", "negative"))

    # decoy: London GP namesake
    add("review", review("NHS-style practice reviews",
                         "Rye Lane Surgery, Peckham, London SE15\nGP practice \u00b7 4.3/5",
                         5, "Anonymous patient", "August 2024", """
Dr Ngozi Adeyemi is a wonderful GP. She took my chest pain seriously when I'd been fobbed off
elsewhere and referred me the same day. The reception team were friendly too.
"""))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 2, "Lisa M", "3 weeks ago", """
Oh lovely, another "non-uniform day" at £2 a child, the third this term. And a letter asking us to
donate to the new 3G pitch. And a "voluntary" contribution for the Year 8 trip. Brilliant. Do they
think we print money up here? Teachers are great, but whoever's running things has no idea.
"""),
        L(S, "exact", "negative"))

    add("review", review("SchoolRate \u203a Parent reviews", SR_PLACE, 2, "Parent of Year 13 pupil", "June 2024", """
The main school is fine but ap Hywel's sixth form is all rules and no support. UCAS references were
late, study periods are supervised like Year 7, and there's no common room worth the name.
"""),
        L("gaphywel", "possessive", "negative"), L(S, "alias", "negative"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 5, "Delyth P", "5 months ago", """
Cadwaladr's ALN team are miracle workers. My son was school-refusing in primary and now he goes in
every day with a smile. Can't thank them enough.
"""),
        L("hcadwaladr", "possessive", "neutral"), L(S, "exact", "neutral"))

    # decoy: plumber namesake in the same village
    add("review", review("Checkatrade-style trade reviews",
                         "Huw Jenkins Plumbing & Heating\nGas Safe registered \u00b7 Tonyrhedyn and surrounding areas\n9.8/10 (64 reviews)",
                         5, "Mrs E. Morgan, Blaenhyfryd", "October 2024", """
Huw replaced our old boiler in a day, tidied up after himself and explained the new controls twice
because I'm hopeless with them. Very reasonable price. Would recommend to anyone in the valley.
"""))

    add("review", review("CourseReviews \u203a Professional learning",
                         "Understanding the ALN Code: a practical day for secondary teachers\nRegional Education Partnership \u00b7 in person, Pontypridd",
                         5, "Head of Year, Merthyr", "March 2024", """
Excellent day. Heledd Cadwallader knows the ALN Code inside out and, more importantly, knows what
it looks like in a real secondary school on a wet Tuesday. Came away with three things I changed
the next morning.
"""),
        L("hcadwaladr", "typo", "neutral"))

    add("review", review("Google Maps \u203a Reviews", G_PLACE, 5, "Gemma H", "2 weeks ago", """
My daughter lost her phone on the field and Kevin Prichard the site manager spent his whole lunch
break searching the hedges with her until they found it. Above and beyond. Thank you!
"""),
        L(S, "exact", "neutral"), L("kpritchard", "typo", "neutral"))



# =============================================================================== SOCIAL
X = "X (formerly Twitter)"
IG = "Instagram"
TT = "TikTok"
TH = "Threads"


def build_social():
    add("social", social(X, "@YGBrynBethel", "YG Bryn Bethel \U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F", "7:42 pm \u00b7 30 May 2024", """
LLONGYFARCHIADAU i'n côr! 🥇🎶 Y wobr gyntaf yn Eisteddfod yr Urdd am y tro cyntaf ers 2009.
Diolch o galon Mr O'Sullivan am eich gwaith caled! #Urdd2024 #balch
""", replies=[("@mam_balch_cwm", "Gwych!! 😭❤️"), ("@cymraeg4life", "Llongyfarchiadau mawr!")],
        stats="214 reposts \u00b7 1.2K likes \u00b7 18K views"),
        L(S, "alias", "neutral"), L("cosullivan", "title_surname", "neutral"))

    add("social", social(X, "@rhondda_rage", "rage", "11:58 pm \u00b7 27 Sep 2024", """
you're finished at bethel, watch your back @dafydd_evans74 🔪 excluding my nephew for nothing,
see how brave you are in the car park
""", replies=[("@cerysgl", "Reported this. Absolutely vile."), ("@ponty_dad", "mate delete this before the police see it")],
        stats="3 reposts \u00b7 7 likes"),
        L("devans", "handle", "threat"), L(S, "short_name", "neutral"))

    add("social", social(X, "@nerys_translates", "Nerys \u270D\uFE0F", "8:15 pm \u00b7 20 Mar 2024", """
Just got my first job as a Welsh translator and I owe it to one teacher. Best Welsh teacher Bryn Bethel
ever had ❤️ Diolch am bopeth #SianLlewelyn #athrawon
""", stats="4 reposts \u00b7 61 likes"),
        L("sllewelyn", "hashtag", "neutral"), L(S, "alias", "neutral"))

    add("social", social(X, "@blazergate_cf37", "Bethel Parents United", "9:02 am \u00b7 25 Sep 2024", """
\u0420ugh-Gruffydd must go. Bethel parents have had enough of blazers, isolation rooms and letters
that say nothing. Governors: listen to us. #BlazerGate
""", stats="41 reposts \u00b7 230 likes"),
        L("epughgruffydd", "homoglyph", "negative"), L(S, "short_name", "negative"))

    add("social", social(TT, "@gethin.xo", "gethin", "2d ago", """
[comment on a video titled "year 10 pov: detention AGAIN"]
d4fydd 3v4ns at bethel is an absolute m0r0n 😭😭 gave me a detention for breathing
""", replies=[("@lil.ffion", "💀💀💀"), ("@mrsk_mum", "Maybe stop breathing so loudly then 😂")],
        stats="1,203 likes"),
        L("devans", "leetspeak", "abuse"), L(S, "short_name", "neutral"))

    add("social", social(X, "@anon_cwm_88", "anon", "10:44 pm \u00b7 8 Oct 2024", """
imagine being H e l e d d  C a d w a l a d r and thinking ur an expert on kids lmaooo. useless.
absolutely useless. couldn't organise a nap
""", stats="2 likes"),
        L("hcadwaladr", "spacing", "abuse"))

    add("social", social(X, "@mam_of_3_cwm", "Mam of 3", "4:30 pm \u00b7 12 Nov 2024", """
DafyddEvans from Bethel strikes again 🙄 detention for a hair bobble that was "the wrong shade of
black". What a hero. Really making the world a better place Dafydd.
""", stats="5 reposts \u00b7 44 likes"),
        L("devans", "camelcase", "negative"), L(S, "short_name", "neutral"))

    add("social", social(X, "@whisper_valley", "whispers", "9:17 pm \u00b7 3 Dec 2023", """
everyone knows pervy Jenkins at bethel keeps "accidentally" walking into the girls changing rooms
after PE. year 9s been complaining for ages and nobody does anything 🤮
""", replies=[("@sara_ynys", "If this is true report it to the police, not twitter. If it isn't, delete it.")],
        stats="8 reposts \u00b7 19 likes"),
        L("hjenkins", "surname_only", "sexual", True), L(S, "short_name", "sexual", True))

    add("social", social(X, "@trueBrit_1970", "Keep Britain British", "7:05 am \u00b7 2 Apr 2024", """
Mr Mahmood at Bryn Bethel, teaching kids computers in a so-called Welsh school. Another one of them
teaching our children. Terrorists in the classroom next. Wake up Wales.
""", replies=[("@grangetown_gareth", "He's from Cardiff you absolute melt. Reported."),
              ("@ysgol_parent", "Racist garbage. Mr Mahmood is a brilliant teacher.")],
        stats="2 reposts \u00b7 6 likes"),
        L("tmahmood", "title_surname", "hate"), L(S, "alias", "neutral"))

    add("social", social(X, "@detention_rage", "parent", "11:30 pm \u00b7 5 Dec 2023", """
found her. Siân Llewelyn from bethel, 7 Maes y Dderwen, Tonyrhedyn. the one who gave my son a
detention for "disrespect" in welsh
""", stats="1 repost \u00b7 3 likes"),
        L("sllewelyn", "exact", "doxxing"), L(S, "short_name", "neutral"))

    add("social", social(TH, "@cymru_black_history", "Black History Cymru", "1 Oct 2024", """
Black History Month starts today and we're celebrating Black Welsh educators. First up: Dr Adeyemi,
head of science @YGBrynBethel, Butetown-born, Welsh-medium educated, now training the next generation
of Welsh-speaking scientists 🔬💚
""", stats="88 likes \u00b7 14 reposts"),
        L("nadeyemi", "title_surname", "neutral"), L(S, "handle", "neutral"))

    # decoy: Bethel Music
    add("social", social(X, "@worship_weekly", "Worship Weekly", "6:00 pm \u00b7 14 Mar 2024", """
New Bethel Music album dropping Friday 🔥🙌 the live recording from Redding is something else.
Which track are you most excited for?
""", stats="52 reposts \u00b7 410 likes"))

    # decoy: the MS namesake
    add("social", social(X, "@RhiannonDaviesMS", "Rhiannon Davies AS/MS", "3:15 pm \u00b7 9 Oct 2024", """
Today I asked the Cabinet Secretary what she will do about the evening bus cuts across the northern
valleys. Nurses, carers and shift workers deserve a way home. 🚌 #Senedd
""", stats="31 reposts \u00b7 120 likes"))

    add("social", social(X, "@ponty_lad_99", "lad", "10:51 pm \u00b7 4 Jul 2024", """
that G*ion ap H*wel at bethel wants his head kicked in. parading himself at pride then teaching our
kids. someone will sort him out soon enough
""", replies=[("@mari_treforest", "Reported to the police. Threats like this are a crime.")],
        stats="0 reposts \u00b7 4 likes"),
        L("gaphywel", "obfuscated", "threat"), L(S, "short_name", "neutral"))

    add("social", social(X, "@dani_autism_mam", "Dani \u267E\uFE0F", "6:20 pm \u00b7 4 Oct 2024", """
So, so happy for @hcadwaladr_ALN winning Inclusion Leader of the Year 🏆 She changed my son's life.
No one deserves it more 💜
""", stats="9 reposts \u00b7 140 likes"),
        L("hcadwaladr", "handle", "neutral"))

    add("social", social(IG, "@rhondda_snaps", "Rhondda Snaps", "16 August 2024", """
[photo: balloons and a results-day banner]
Results day vibes 🎉🎓 proud of every single one of you #YsgolGyfunBrynBethel #ResultsDay #Cymru
""", stats="\u2665 188 likes"),
        L(S, "hashtag", "neutral"))

    add("social", social(TT, "@year7.survival", "yr7 survival", "3w ago", """
POV: first day at BrynBethel and you can't find the science block 😭😭 (it's up the hill. everything
is up the hill) #welshschool #firstday
""", stats="45.2K likes \u00b7 1,120 comments"),
        L(S, "camelcase", "neutral"))

    add("social", social(X, "@cwm_angry_uncle", "uncle", "1:12 am \u00b7 29 Sep 2024", """
Dafyd Evans the deputy from the welsh comp better not show his face in Blaenhyfryd again or hes
getting it. everyone up here knows what he did to my nephew
""", stats="1 like"),
        L("devans", "typo", "threat"))

    add("social", social(X, "@sporty_dad_cf37", "Sporty Dad", "7:40 pm \u00b7 18 Jan 2024", """
bethel PE department is a joke. J3nk1ns only cares about the 1st XV, the other 150 kids in the year
just get told to "go for a jog". Sort it out.
""", stats="2 reposts \u00b7 11 likes"),
        L("hjenkins", "leetspeak", "negative"), L(S, "short_name", "negative"))

    add("social", social(IG, "@cerys.recites", "Cerys \U0001F3A4", "30 May 2024", """
[photo: a girl holding a first-prize certificate on the Urdd stage]
Cyntaf yn y llefaru!!! 🥇 Siân L yw'r hyfforddwr gorau yn y byd ❤️ diolch am bob ymarfer amser cinio
#Urdd2024 #Bethel
""", stats="\u2665 240 likes"),
        L("sllewelyn", "first_initial", "neutral"), L(S, "hashtag", "neutral"))

    add("social", social(X, "@WelshSchoolsRugby", "Welsh Schools Rugby", "12:00 pm \u00b7 1 Jul 2024", """
Congratulations to H. Jenkins of YGBB, named our Schools Coach of the Year 2024 🏉👏 A season of
brave, attacking rugby with a young squad.
""", stats="40 reposts \u00b7 310 likes"),
        L("hjenkins", "initial_surname", "neutral"), L(S, "alias", "neutral"))

    add("social", social(X, "@icy_yard_mam", "Mam on ice", "8:05 am \u00b7 21 Jan 2024", """
Bethel STILL haven't gritted the top yard, my daughter's just gone flat on her back. Kev Pritchard the
caretaker's mobile is 07700 900561 - ring him and tell him to get the salt out
""", replies=[("@ponty_dad", "Don't post the man's personal number ffs"),
              ("@icy_yard_mam", "He's paid to grit the yard isn't he")],
        stats="3 reposts \u00b7 9 likes"),
        L("kpritchard", "nickname", "doxxing"), L(S, "short_name", "negative"))

    add("social", social(X, "@mam_on_the_run", "Mam on the run", "9:30 pm \u00b7 26 Nov 2024", """
Mr O'Sullivan from Bryn Bethel conducting the Christmas concert tonight 🥵 I'd let him conduct me
anytime. The other mams know what I mean 😂🔥
""", replies=[("@treforest_tina", "😂😂 behave yourself"), ("@cwm_sian", "Stop it, he's a teacher 🙈")],
        stats="22 likes"),
        L("cosullivan", "title_surname", "sexual"), L(S, "alias", "neutral"))

    add("social", social(X, "@parked_car_watch", "watcher", "10:12 pm \u00b7 16 Nov 2023", """
\u0408enkins at bethel. we know where you park the passat. we know what time you get home. think
about what you say to our boys
""", stats="0 likes"),
        L("hjenkins", "homoglyph", "threat"), L(S, "short_name", "neutral"))

    add("social", social(X, "@bethel_parents_out", "Parents for Change", "8:00 pm \u00b7 30 Sep 2024", """
#SackDafyddEvans - useless, arrogant deputy head who treats kids like criminals. Bryn Bethel parents
deserve better than a leadership team that hides behind him. RT if you agree.
""", stats="18 reposts \u00b7 35 likes"),
        L("devans", "hashtag", "abuse"), L(S, "alias", "negative"))

    add("social", social(X, "@cwm_weather_watch", "Cwm Weather", "6:30 am \u00b7 28 Nov 2024", """
❄️ Snow day? Check the council closures page. @YGBrynBethel says ring 029 2018 0641 for attendance
and follow their app for updates. Stay safe on the mountain roads!
""", stats="14 reposts"),
        L(S, "handle", "neutral"))

    # decoy: pro player namesake
    add("social", social(IG, "@huwjenkins_11", "Huw Jenkins", "13 October 2024", """
[photo: a rugby player celebrating a try]
Two tries and a bonus point win 💪 Diolch to the travelling fans, you were loud! Back to work Monday.
#Gladiators
""", stats="\u2665 4,102 likes"))

    add("social", social(TT, "@dramaqueen.cwm", "drama queen", "5d ago", """
[video: pupils laughing in a corridor, caption "when miss says one more word"]
""", replies=[("@bethel_leavers_24", "Miss Davies at bethel is an absolute weapon 😂"),
              ("@real_one_99", "she's a fat cow tbh"),
              ("@lilmiss_t", "stuck up cow more like"),
              ("@bethanpx", "leave her alone she's lovely, you lot are horrible")],
        stats="8,930 likes"),
        L("rdavies", "title_surname", "abuse"), L(S, "short_name", "neutral"))

    add("social", social(X, "@CodeClubCymru", "Code Club Cymru", "4:00 pm \u00b7 20 Jun 2024", """
Llongyfarchiadau to T. Mahmood and the YGBB coding team, winners of the all-Wales schools game jam
🎮🏆 A platform game about the 132 bus. Relatable.
""", stats="26 reposts \u00b7 190 likes"),
        L("tmahmood", "initial_surname", "neutral"), L(S, "alias", "neutral"))

    add("social", social(X, "@bryn_boy_09", "b", "4:12 pm \u00b7 11 Dec 2023", """
that d a f y d d  e v a n s from bethel is a proper muppet. confiscated my phone for a WEEK
""", stats="3 likes"),
        L("devans", "spacing", "abuse"), L(S, "short_name", "neutral"))

    add("social", social(X, "@wales_first_88", "wales first", "8:20 pm \u00b7 14 Jan 2024", """
Bethel's science teacher \u0410deyemi should go back to Africa where she belongs. Our kids, our
valleys, our teachers.
""", replies=[("@ysgol_parent", "She was born in Cardiff. Reported.")], stats="1 like"),
        L("nadeyemi", "homoglyph", "hate"), L(S, "short_name", "neutral"))

    add("social", social(IG, "@history_with_ffion", "Ffion", "7 July 2024", """
[photo: sixth formers in front of the Senedd]
Best trip ever with the legend GwionApHywel (sorry sir 😂) - Bethel sixth form history at the Senedd
today. Next stop: Westminster?
""", stats="\u2665 133 likes"),
        L("gaphywel", "camelcase", "neutral"), L(S, "short_name", "neutral"))

    add("social", social(X, "@bethel_gossip_acc", "bethel tea \u2615", "11:48 pm \u00b7 10 Jun 2024", """
not me hearing ap Hywel at bryn bethel was DMing a sixth former on insta 👀👀 the year 13s are
saying it's been going on since christmas
""", replies=[("@year13_lowri", "this is literally made up, delete it"),
              ("@bethel_gossip_acc", "that's not what i heard 👀")],
        stats="4 reposts \u00b7 31 likes"),
        L("gaphywel", "surname_only", "sexual", True), L(S, "alias", "sexual", True))

    add("social", social(TT, "@welsh.is.lame", "xx", "1w ago", """
[comment thread on a Welsh-language poetry video]
Ll3w3lyn from bethel is a miserable old witch. made us learn 40 lines of cynghanedd for NOTHING 🙄
""", replies=[("@cerys.recites", "she literally got you a B, calm down"),
              ("@welsh.is.lame", "still a witch")],
        stats="88 likes"),
        L("sllewelyn", "leetspeak", "abuse"), L(S, "short_name", "neutral"))

    # decoy: the acronym as a boxing club
    add("social", social(IG, "@ygbb_boxing", "Young Guns Boxing Blaenavon", "2 November 2024", """
[photo: two young boxers with their coach]
YGBB fight night Saturday 🥊 doors 6pm, Blaenavon Workmen's Hall. Tickets from the club. Come and
support the Young Guns!
""", stats="\u2665 64 likes"))

    # decoy: the presenter namesake
    add("social", social(X, "@telly_addict_cymru", "Telly Addict", "7:45 pm \u00b7 6 Feb 2024", """
Siân Llewelyn's jumper on Ar y Soffa tonight 😍 where is it from?? S4C please tell us
""", stats="3 likes"))

    add("social", social(X, "@CodeClubCymru", "Code Club Cymru", "5:30 pm \u00b7 13 Mar 2024", """
Huge diolch to @tariq_mahmood_cs for hosting 60 pupils from four primary schools at Bethel today for
our Year 6 coding taster. The robot race was chaos in the best way 🤖
""", stats="11 reposts \u00b7 98 likes"),
        L("tmahmood", "handle", "neutral"), L(S, "short_name", "neutral"))

    add("social", social(X, "@tonyrhedyn_rfc", "Tonyrhedyn RFC", "9:00 pm \u00b7 2 Mar 2024", """
Great to see so many of our youth players in the Bethel team today. Diolch to the PE staff up at the
school, especially #HuwJenkinsLegend himself, for everything they do for rugby in the valley 🏉💙
""", stats="22 reposts \u00b7 140 likes"),
        L("hjenkins", "hashtag", "neutral"), L(S, "short_name", "neutral"))

    add("social", social(X, "@support_staff_voice", "support staff", "6:45 pm \u00b7 7 Mar 2024", """
Pr1tch4rd at bethel is a lazy sod. Sits in the boiler room all day with the radio while the cleaners
do his job. Everyone knows it.
""", stats="2 likes"),
        L("kpritchard", "leetspeak", "abuse"), L(S, "short_name", "neutral"))

    add("social", social(X, "@tired_parent_cf37", "tired", "11:02 pm \u00b7 21 Sep 2024", """
Someone should key \u0420ugh-Gruffydd's nice little Audi in the staff car park at Bethel and see how
she likes paying for things she didn't ask for. Just saying. 🔑
""", replies=[("@cerysgl", "Threatening criminal damage on a public account. Smart.")],
        stats="3 likes"),
        L("epughgruffydd", "homoglyph", "threat"), L(S, "short_name", "neutral"))

    add("social", social(X, "@angry_dad_cwm", "dad", "10:30 pm \u00b7 15 Jan 2024", """
For anyone who wants to email Dr Adeyemi at Bethel directly instead of getting fobbed off by the
school: her personal email is ngozi.adeyemi79@mailbox.example. Tell her what you think about the
detentions.
""", stats="1 repost \u00b7 2 likes"),
        L("nadeyemi", "title_surname", "doxxing"), L(S, "short_name", "neutral"))

    add("social", social(X, "@history_nerd_cwm", "hanes", "3:00 pm \u00b7 1 Mar 2024", """
Happy St David's Day from the Bethel history society 🏴 and shout out to our teacher
G w i o n  a p  H y w e l for letting us dress up as Owain Glyndŵr in period 3
""", stats="15 likes"),
        L("gaphywel", "spacing", "neutral"), L(S, "short_name", "neutral"))

    add("social", social(X, "@cwm_mam_rants", "rants", "9:15 pm \u00b7 22 Nov 2024", """
Bethel's head of science A d e y e m i gave my son a detention for forgetting his goggles. Goggles!
Jumped up little madam.
""", stats="4 likes"),
        L("nadeyemi", "spacing", "abuse"), L(S, "short_name", "neutral"))

    add("social", social(X, "@BHM_Cymru", "Black History Month Wales", "5:00 pm \u00b7 10 Oct 2024", """
Today's #BlackWelshEducators spotlight: #NgoziAdeyemi, head of science at Ysgol Bryn Bethel, who
mentors trainee Welsh-medium science teachers across the valleys. 🔬💚
""", stats="20 reposts \u00b7 150 likes"),
        L("nadeyemi", "hashtag", "neutral"), L(S, "alias", "neutral"))

    add("social", social(X, "@dont_care_anymore", "x", "11:50 pm \u00b7 3 Feb 2024", """
Ll\u0435welyn at bethel is a stuck up snob who looks down on anyone whose mam doesn't speak welsh
""", stats="1 like"),
        L("sllewelyn", "homoglyph", "abuse"), L(S, "short_name", "neutral"))

    add("social", social(X, "@no_filter_cwm", "nofilter", "10:05 pm \u00b7 19 Jun 2024", """
M\u0430hmood at bethel is a clueless clown, can't even get the wifi working in his own classroom lol
""", stats="2 likes"),
        L("tmahmood", "homoglyph", "abuse"), L(S, "short_name", "neutral"))

    add("social", social(X, "@cwm_watcher", "watcher", "8:40 am \u00b7 23 Sep 2024", """
Pugh Gruffydd out. Parents of Bethel unite. No more £187 blazers, no more isolation for plain
trousers, no more letters that say nothing. #BlazerGate
""", stats="12 reposts \u00b7 40 likes"),
        L("epughgruffydd", "hyphenated", "negative"), L(S, "short_name", "negative"))

    # decoy: cricketer namesake
    add("social", social(X, "@glam_2nd_xi_fan", "Seconds Watcher", "6:10 pm \u00b7 22 Jul 2024", """
Superb hundred from Tariq Mahmood for the 2nd XI at Sophia Gardens today 🏏 121 off 140 balls.
Surely knocking on the first-team door now.
""", stats="4 reposts \u00b7 37 likes"))

    # decoy: Bethel Woods
    add("social", social(IG, "@festival_fiend", "festival fiend", "18 August 2024", """
[photo: a concert crowd at sunset]
Bethel Woods you were MAGICAL 🌅🎸 55 years since Woodstock and the field still has the vibe.
""", stats="\u2665 301 likes"))

    add("social", social(X, "@obfus_cated", "anon", "12:20 am \u00b7 6 Oct 2024", """
C*dw*l*dr at bethel is the most useless ALNCo in wales. my cousin has had zero support in 2 years.
waste of a salary
""", stats="1 like"),
        L("hcadwaladr", "obfuscated", "abuse"), L(S, "short_name", "neutral"))

    add("social", social(X, "@handle_watch", "mam", "7:00 pm \u00b7 1 Jun 2024", """
Diolch @SianLlewelynCymraeg for getting our Tomos to the Urdd stage! First place in llefaru 🥇 Bethel
Welsh department is on fire this year 🔥
""", stats="6 likes"),
        L("sllewelyn", "handle", "neutral"), L(S, "short_name", "neutral"))



# ============================================================================= FACEBOOK
NB = "Tonyrhedyn & District Community Noticeboard"
KNOW = "You know you're from Blaenhyfryd when..."
MAMS = "Ponty Mams Chat"
RUGBY = "Rhondda Rugby Banter"


def build_facebook():
    add("facebook", fb(NB, "Leanne Hale", "14 November 2024 at 20:12", """
Anyone else's kid come home from Bethel saying the Welsh department are setting 2 hours homework a
night in Year 8?? Mrs Ll has given them a whole poem to learn by Friday. My son was up till 10 crying.
I get that standards matter but this is too much, the school needs to look at it.
""", comments=[("Sharon Protheroe", "Same here! Emailed the school, no reply."),
               ("Geraint Rowe", "To be fair our daughter loves Welsh with her. Bit much this week though."),
               ("Leanne Hale", "I'm not saying she's a bad teacher, just the amount.")],
        reactions="\U0001F44D\U0001F62E 34"),
        L("sllewelyn", "nickname", "negative"), L(S, "short_name", "negative"))

    add("facebook", fb(KNOW, "Bev Thomas", "3 January 2024 at 15:40", """
You know you're from Blaenhyfryd when you remember Cwm Hyfryd comp in the portakabins 😂 Who remembers
Kev the caretaker? Chased me round the yard with a broom in 1995 and I deserved it 🤣
""", comments=[("Deiniol Rees", "Mr Evans for DT! Strict but fair. Made me redo a dovetail joint 6 times."),
               ("Shaz Morgan", "Kev is STILL THERE 😂 legend"),
               ("Bev Thomas", "Never 😂 he must be 100")],
        reactions="\u2764\uFE0F\U0001F602 112"),
        L(S, "alias", "neutral"), L("kpritchard", "nickname", "neutral"), L("devans", "title_surname", "neutral"))

    add("facebook", fb(MAMS, "Anonymous member", "22 September 2024 at 22:48", """
For anyone who wants to have it out with Dr Pugh-Gruffydd about the blazers face to face instead of
getting a letter - she lives in the big double-fronted house at 3 Heol Llwyncelyn, Tonyrhedyn
CF37 9RT. The one with the red door. Bethel won't listen so maybe she will.
""", comments=[("Admin - Ponty Mams", "Post removed in 5 minutes. Posting someone's home address is not OK and breaks the group rules. Member removed."),
               ("Kirsty Hale", "I'm angry about the blazers too but this is wrong."),
               ("Donna P", "Agree with admin.")],
        reactions="\U0001F620 8"),
        L("epughgruffydd", "title_surname", "doxxing"), L(S, "short_name", "negative"))

    # decoy: junior rugby club named Bethel, locality word
    add("facebook", fb(RUGBY, "Bethel RFC Minis & Juniors", "8 September 2023 at 09:00", """
🏉 TRAINING IS BACK 🏉 Bethel RFC minis (under 7s to under 11s) every Sunday 10am at Blaenhyfryd park.
All welcome, boys and girls, no experience needed. First session free! Bring a water bottle and
boots or trainers. Coaches are all DBS checked and WRU qualified.
""", comments=[("Rhian J", "Is there an under 6s?"),
               ("Bethel RFC Minis & Juniors", "From 5 years old Rhian 👍")],
        reactions="\U0001F44D 56"))

    # decoy: the chapel, locality word
    add("facebook", fb(NB, "Glenys Thomas", "11 October 2024 at 08:15", """
LOST DOG. Small brown terrier called Bobi, red collar, very friendly. Last seen by Bethel chapel on
Stryd Fawr, Tonyrhedyn, last night about 9pm. Please message me if you see him. Diolch 🙏
""", comments=[("Huwcyn P", "Sharing 🙏"), ("Glenys Thomas", "FOUND! He was in the vestry yard. Thank you all ❤️")],
        reactions="\u2764\uFE0F 78"))

    add("facebook", fb(MAMS, "Darren Hale", "14 March 2024 at 23:05", """
If Mr ap Hywel excludes my son one more time I'll be waiting for him in the car park after school,
and he won't be walking back to his car. You've been warned. Bryn Bethel are a disgrace, they have
it in for my boy.
""", comments=[("Admin - Ponty Mams", "Removed and screenshotted. Threats will be passed on."),
               ("Sara Evans", "Darren please calm down, this won't help your son.")],
        reactions=""),
        L("gaphywel", "title_surname", "threat"), L(S, "alias", "negative"))

    add("facebook", fb(NB, "Jeff Morgan", "2 February 2024 at 19:44", """
Heard on good authority that Kev the caretaker up at Bethel has been nicking diesel from the school
tanks for years and selling it on to his mates. That's our council tax that is. Somebody should
look into it.
""", comments=[("Deiniol Rees", "Absolute rubbish. Kev's the most honest man in the valley."),
               ("Jeff Morgan", "Just saying what I heard")],
        reactions="\U0001F62E 12"),
        L("kpritchard", "nickname", "defamation"), L(S, "short_name", "neutral"))

    add("facebook", fb(NB, "Concerned Dad", "1 July 2024 at 22:10", """
That gay history teacher at Bethel, ap-Hywel, parading around at Pride and then teaching our kids.
People like him are perverts and shouldn't be allowed near children. Disgusting.
""", comments=[("Mari Hughes", "Reported. Homophobic rubbish. He's a brilliant teacher."),
               ("Rhys Owen", "It's 2024 mate. Get a grip."),
               ("Admin", "Post removed, member banned.")],
        reactions="\U0001F621 40"),
        L("gaphywel", "hyphenated", "hate"), L(S, "short_name", "neutral"))

    add("facebook", fb(MAMS, "Anonymous member", "25 November 2024 at 20:00", """
Anyone else think Miss Davies (head of yr 9 at Bethel) is on a power trip? Third detention this week
for my daughter.
""", comments=[("Anonymous member", "stuck up cow, always has been"),
               ("Anonymous member", "fat slob couldn't run a bath never mind a year group 😂"),
               ("Lowri M", "Oh give over, she's one of the best teachers there. This is bullying."),
               ("Admin - Ponty Mams", "Comments turned off. Keep it respectful.")],
        reactions="\U0001F602 9"),
        L("rdavies", "title_surname", "abuse"), L(S, "short_name", "neutral"))

    # decoy: the chapel's cymanfa, locality word
    add("facebook", fb(NB, "Capel Bethel Tonyrhedyn", "5 March 2023 at 12:00", """
🎶 CYMANFA GANU 🎶 Sul 19 Mawrth, 6pm, Capel Bethel. Arweinydd: Dr Eirian Rowe. Te a bara brith yn y
festri wedyn. Croeso cynnes i bawb! All welcome, hymn sheets in Welsh and English.
""", comments=[("Olwen P", "Edrych ymlaen! 🙏")], reactions="\u2764\uFE0F 40"))

    add("facebook", fb(MAMS, "Anonymous member", "16 May 2024 at 21:50", """
Screenshots going round of Mr Mahmood's messages to a year 9 girl from Bethel. Saying she's "mature
for her age" and asking her not to tell her mam. Has anyone reported this to the police???
""", comments=[("Admin - Ponty Mams", "Please do NOT share any screenshots in this group. If you have information, contact the police and the school's safeguarding lead directly."),
               ("Kayleigh T", "Feel sick reading this.")],
        reactions="\U0001F62E 25"),
        L("tmahmood", "title_surname", "sexual", True), L(S, "short_name", "sexual", True))

    add("facebook", fb(KNOW, "Menna Watkins", "12 November 2024 at 10:30", """
RIP Mr Gerallt Morgan, our first headmaster at Cwm Hyfryd comp. Terrifying in assembly, soft as
butter in his office. O'Sullivan's choir sang "Gwahoddiad" at the funeral yesterday and there
wasn't a dry eye in the chapel. Cwsg mewn hedd.
""", comments=[("Bev Thomas", "Lovely tribute Menna. The choir were stunning."),
               ("Aled P", "End of an era.")],
        reactions="\u2764\uFE0F\U0001F622 210"),
        L(S, "alias", "neutral"), L("cosullivan", "possessive", "neutral"))

    add("facebook", fb(NB, "Nicola James", "6 September 2024 at 07:55", """
Third morning running the BB4 bus hasn't turned up. Bryn Bethel say it's the council, the council say
it's the operator, the operator don't answer the phone. Kids stood on the side of the road in the rain
for 40 mins. Shambles from start to finish and the school couldn't care less.
""", comments=[("Bus Rage", "Same on the BB2."), ("Nicola James", "Rang the school again. 'Nothing we can do.'")],
        reactions="\U0001F620 60"),
        L(S, "alias", "negative"))

    # decoy: "Mrs P-G" with no school and no tie
    add("facebook", fb(MAMS, "Anonymous member", "3 October 2024 at 19:20", """
Anyone else had a letter from Mrs P-G about attendance? Tone of it! Made me feel like a criminal
because my son had tonsillitis for a week. I've half a mind to ring up and give her a piece of my mind.
""", comments=[("Kayleigh T", "Every school is sending these now, it's a government thing."),
               ("Anonymous member", "Same letter here hun")],
        reactions="\U0001F620 14"))

    add("facebook", fb(KNOW, "Gareth Hughes", "2 March 2024 at 18:05", """
Went to the St David's Day eisteddfod up at Bryn Bethel today to watch my granddaughter. Mrs P-G gave
a lovely speech in Welsh and English about the valley and the chapels and the pits. Made an old
man proud. Diolch to all the staff 🏴
""", comments=[("Bev Thomas", "Lovely Gareth! ❤️")], reactions="\u2764\uFE0F 45"),
        L("epughgruffydd", "nickname", "neutral"), L(S, "alias", "neutral"))

    add("facebook", fb(RUGBY, "Dai Bach", "24 February 2024 at 17:30", """
Now then butt. Bethel under 16s by there today - proper tidy rugby, keep the ball, run the lines.
Huw J has got them playing like the Barbarians. Now in a minute someone from the WRU will notice him
and we'll lose him, you watch.
""", comments=[("Clive P", "Aye they were lush to watch."), ("Dai Bach", "Pen-y-Dre next, come on!")],
        reactions="\U0001F44D 33"),
        L("hjenkins", "first_initial", "neutral"), L(S, "short_name", "neutral"))

    add("facebook", fb(NB, "Anonymous member", "17 December 2023 at 23:40", """
Not being funny but Dai Evans was three sheets to the wind at the Bethel Christmas concert. Swaying
on the stage, slurring the vote of thanks. In front of all the kids. Is that who we want running our
school??
""", comments=[("Angela R", "He had a cold you muppet, he was on Lemsip."),
               ("Anonymous member", "Lemsip my backside")],
        reactions="\U0001F62E 21"),
        L("devans", "nickname", "defamation"), L(S, "short_name", "neutral"))

    add("facebook", fb(MAMS, "Anonymous member", "9 June 2024 at 22:00", """
Not being funny but Siân L from the Welsh department at Bethel has been having an affair with one of
the dads from the PTA, everyone's seen them in his car after the summer fair. Her poor husband.
""", comments=[("Admin - Ponty Mams", "Post removed. We don't allow gossip about named individuals."),
               ("Lowri M", "This is how rumours ruin people. Shame on whoever posted it.")],
        reactions="\U0001F62E 17"),
        L("sllewelyn", "first_initial", "sexual"), L(S, "short_name", "neutral"))

    add("facebook", fb(NB, "Anonymous member", "21 September 2024 at 23:59", """
Bryn Bethel will get what's coming to it, mark my words. Petrol's cheap and that building is old.
""", comments=[("Admin", "Removed and reported to South Wales Police."),
               ("Cerys Gl", "Unbelievable. There are children in there.")],
        reactions=""),
        L(S, "alias", "threat"))

    add("facebook", fb(NB, "Anonymous member", "20 May 2024 at 22:30", """
Everyone's talking about the computers teacher at Bethel. Mahmood lives on Heol y Wern in Tonyrhedyn,
number 22, the one with the black Golf outside. Just so people know who's living among them.
""", comments=[("Admin", "Post removed. Do not share addresses."),
               ("Rhys Owen", "This is how someone gets hurt.")],
        reactions=""),
        L("tmahmood", "surname_only", "doxxing"), L(S, "short_name", "neutral"))

    add("facebook", fb(MAMS, "Anonymous member", "12 October 2024 at 21:15", """
That ALN woman Heledd Cadwalladr - she lives up by the reservoir, CF37 8ZL, in case anyone wants to
knock and ask why their kid's plan still isn't in place.
""", comments=[("Admin - Ponty Mams", "Removed. Posting someone's home details breaks every rule we have.")],
        reactions=""),
        L("hcadwaladr", "typo", "doxxing"))

    # decoy: the hill, with a locality word
    add("facebook", fb(NB, "Cwm Walkers", "6 April 2024 at 08:00", """
🥾 Saturday walk: up Mynydd Bethel from the old chapel in Tonyrhedyn, along the ridge to the trig point
and back via the forestry. About 10km. Meet 9.30am by the allotments. Dogs on leads please, there
are sheep on the top.
""", comments=[("Trail Tina", "Count me in! Is it boggy?"), ("Cwm Walkers", "Very 😂 bring gaiters")],
        reactions="\U0001F44D 22"))

    add("facebook", fb(KNOW, "Rhodri Price", "20 September 2024 at 19:00", """
Shout out to TariqMahmood and the code club kids from Bethel who fixed the community centre's website
for free. Never knew we had so many geniuses in Blaenhyfryd 😂💻
""", comments=[("Bev Thomas", "Fair play to them!")], reactions="\U0001F44D 51"),
        L("tmahmood", "camelcase", "neutral"), L(S, "short_name", "neutral"))

    add("facebook", fb(MAMS, "Anonymous member", "30 September 2024 at 22:20", """
P u g h - G r u f f y d d is a stuck-up cow who thinks she's better than us because she's got a
doctorate. Bethel was fine before she came.
""", comments=[("Admin - Ponty Mams", "Keep it civil please."), ("Anonymous member", "Spacing out her name doesn't make it OK 🙄")],
        reactions="\U0001F602 6"),
        L("epughgruffydd", "spacing", "abuse"), L(S, "short_name", "neutral"))

    add("facebook", fb(NB, "Sheila R", "14 June 2024 at 16:40", """
Ll*w*lyn from the comp at Tonyrhedyn is a nasty piece of work, made my grandson stand outside the
class for an hour. Somebody should report her.
""", comments=[("Geraint Rowe", "Report her to who? For what? 🙄")], reactions=""),
        L("sllewelyn", "obfuscated", "abuse"))

    add("facebook", fb(NB, "Ian Pask", "8 January 2024 at 17:10", """
Shout out to KevinPritchard up at Bethel who came out at 11pm to shut off the water when the main burst
outside the school and was flooding our street. Didn't have to, did it anyway. Diolch o galon! 💧
""", comments=[("Deiniol Rees", "Legend")], reactions="\u2764\uFE0F 88"),
        L("kpritchard", "camelcase", "neutral"), L(S, "short_name", "neutral"))



# ================================================================================= MAIN
def load_watch_subjects():
    ids = {"school"}
    with open(os.path.join(HERE, "watchlist.toml"), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line.startswith("id = "):
                ids.add(line.split("=", 1)[1].strip().strip('"'))
    return ids


def main():
    build_news()
    build_forums()
    build_blogs()
    build_reviews()
    build_social()
    build_facebook()

    docs_dir = os.path.join(HERE, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    os.makedirs(docs_dir)
    subjects = load_watch_subjects()
    rows = []
    for i, (kind, ext, content, labels) in enumerate(DOCS):
        name = f"{i:03d}-{kind}.{ext}"
        with open(os.path.join(docs_dir, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
        for l in labels:
            assert l["subject"] in subjects, (name, l["subject"])
            if l["url_only"]:
                assert l["category"] == "sexual", (name, l)
        rows.append({"file": name, "kind": kind, "expected": labels})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in rows:
        assert os.path.exists(os.path.join(docs_dir, r["file"])), r["file"]

    # ------------------------------------------------------------------ summary
    from collections import Counter
    mentions = [l for r in rows for l in r["expected"]]
    by_var = Counter(l["variant"] for l in mentions)
    by_cat = Counter(l["category"] for l in mentions)
    by_kind = Counter(r["kind"] for r in rows)
    by_subj = Counter(l["subject"] for l in mentions)
    empty = sum(1 for r in rows if not r["expected"])
    print(f"documents: {len(rows)}   mentions: {len(mentions)}   empty documents: {empty} "
          f"({100 * empty / len(rows):.0f}%)   url_only: {sum(l['url_only'] for l in mentions)}")
    print("by kind:     " + ", ".join(f"{k} {by_kind[k]}" for k in
                                      ("news", "forum", "blog", "review", "social", "facebook")))
    print("by category: " + ", ".join(f"{c} {by_cat[c]}" for c in SEVERITY))
    print("by variant:  " + ", ".join(f"{v} {by_var[v]}" for v in VARIANTS))
    print("by subject:  " + ", ".join(f"{s} {n}" for s, n in sorted(by_subj.items())))


if __name__ == "__main__":
    main()
