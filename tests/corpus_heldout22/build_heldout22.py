#!/usr/bin/env python3
# ruff: noqa: E501, E741, B007, F841, W291
"""Held-out evaluation corpus ``heldout22`` for the repwatch matcher.

Setting
-------
Crescent Park Academy ("Crescent", "CPA", "Crescent Park"; until 2014 Brindle Heath
Community School) is an invented 11-18 academy of about 1,450 pupils on Tessall Road in the
invented inner-city Birmingham district of Brindle Heath (with neighbouring Tessall Green),
part of the large, invented Meridian Learning Trust.  Families are mostly Pakistani
(Mirpuri), Bangladeshi (Sylheti), Yemeni, Somali, Roma (Slovak/Romanian) and white
working class.  Postcodes use the non-existent district "B0"; phones use Ofcom drama
ranges; every domain ends in ``.example``.

Staff (watchlist.toml)
----------------------
Rob Hensley (Principal, alias Robert Hensley); Joanne Kelsall-Rahman (Vice Principal and
DSL, hyphenated, maiden name Joanne Kelsall); Mohammed Iqbal (Assistant Principal, the very
common name with namesakes: a cricket captain, a taxi driver in court, a Bradford
councillor, a Small Heath solicitor); Siobhan O'Rourke (Head of English, accent and
apostrophe); Jo Pickering (Head of PE, short first name); Florian Quennell (Head of Performing
Arts, ``unique = true``, counts wherever named); Shabana Kauser (EAL, alias spelling
Shabana Kausar); Abdirahman Warsame (attendance and family liaison); Daniela Lakatos (Roma
community liaison); Nabil Saleh (Head of Year 9, maths).

Voices
------
City news site (Birmingham Ledger), a national tabloid (Daily Clarion), an education trade
paper, a community paper, an Asian radio station's news page; a teachers' forum
(StaffroomTalk), a Mumsnet-style parents' forum (ParentNet), a local forum (BrumTalk), a
student forum; a councillor's blog, a mosque committee page, a cricket club page, an
ex-teacher's blog, a far-right blog, a law firm's tribunal write-up, a Roma charity blog;
Google reviews; X, TikTok, Instagram and YouTube comments; Facebook community groups.
Brummie dialect, Urdu/Punjabi/English code-switching and Somali/Arabic greetings appear.

Decoys
------
"Crescent" as an ordinary word (the new moon, Eid sighting, a street, croissants), other
organisations (Crescent Halal Meats, Crescent Cabs, Crescent Moon Sweet Centre, Crescent Park
Rangers JFC, Crescent CC in Walsall, Red Crescent appeals); "CPA" as the NHS Care Programme
Approach, a chartered accountant and the Cricket Players' Association; namesakes clearly
elsewhere (other Mohammed Iqbals, a Leeds PE teacher called Jo Pickering, an Irish singer
Siobhan O'Rourke, a Sheffield restaurateur Nabil Saleh, a Bristol Warsame); other schools'
teachers with the same surnames.

Labelling conventions
---------------------
One expected entry per subject per document, with the easiest surface form present
(exact > alias > title_surname > the rest) and the worst category for that subject in that
document (threat > hate > sexual > doxxing > defamation > abuse > negative > neutral).  The
school is a subject only when the text refers to the school itself.  Staff count only when the
page ties them to the school, except Florian Quennell.  Where a child may be involved in
sexual content the staff member, and the school if named, are ``sexual`` with
``url_only: true``.  Condemnation, quoted abuse reported in order to condemn it, court reports
of someone convicted of harassing a staff member, and undirected profanity are neutral for
the victim.  The ``form`` string kept in this script for each label is the surface text the
label rests on; the checks below ensure it is really present and that no easier form of the
same subject is present.
"""
import html
import json
import os
import re
import sys
import tomllib
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "docs")

VARIANTS = {
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
}
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
KINDS = {"news": "html", "forum": "html", "blog": "html", "review": "txt", "social": "txt", "facebook": "txt"}

DOCS = []  # each: dict(kind, text, expected=[(subject, variant, category, form, url_only)])


def E(subject, variant, category, form, url_only=False):
    """One expected mention; ``form`` is the surface text it rests on (checked, not written)."""
    return (subject, variant, category, form, url_only)


def esc(s):
    return html.escape(s, quote=False)


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def paras(body):
    """Tiny markup: blank-line paragraphs, '## ' subheads, '> ' quotes, '- ' lists."""
    out = []
    for block in body.strip().split("\n\n"):
        block = block.strip()
        if not block:
            continue
        if block.startswith("## "):
            out.append(f"<h2>{esc(block[3:])}</h2>")
        elif block.startswith("> "):
            inner = " ".join(l[2:] if l.startswith("> ") else l for l in block.split("\n"))
            out.append(f"<blockquote><p>{esc(inner)}</p></blockquote>")
        elif block.startswith("- "):
            items = "".join(f"<li>{esc(l[2:])}</li>" for l in block.split("\n") if l.startswith("- "))
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + "<br>\n".join(esc(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Site chrome
# ---------------------------------------------------------------------------
SITES = {
    "ledger": dict(
        name="Birmingham Ledger", domain="birminghamledger.example",
        tag="News, sport and what's on across Birmingham and the Black Country",
        nav=["News", "Birmingham", "Crime", "Education", "Politics", "Sport", "Blues", "Villa", "What's On", "Property", "Jobs"],
        cookie="We and our 148 partners use cookies to personalise content and ads, and to analyse our traffic. You can change your choice at any time from 'Privacy settings' at the bottom of every page.",
        side=["Stratford Road traffic lights out again as drivers face rush-hour chaos",
              "Warning over fake parking fines left on windscreens in Acocks Green",
              "Balti Triangle restaurant named in national food awards shortlist",
              "Council confirms bin strike talks will resume on Monday",
              "Man taken to hospital after crash on the Coventry Road",
              "New cycle lane plans split opinion in Moseley",
              "Birmingham named one of UK's youngest cities in new census data",
              "Hundreds turn out for Vaisakhi parade despite rain",
              "Police appeal after shed fire spreads to three gardens",
              "Pupils' garden wins RHS schools award",
              "Bus route 50 changes: what you need to know",
              "Former market site to become 400 homes, developers say"],
        footer="© Birmingham Ledger Media Ltd. Registered in England. Ledger House, 14 Fazeley Quays, Birmingham B0 1LQ. Complaints: we follow the IPSO Editors' Code of Practice.",
    ),
    "clarion": dict(
        name="Daily Clarion", domain="dailyclarion.example",
        tag="The paper that speaks up for Britain",
        nav=["Home", "News", "Politics", "Showbiz", "Sport", "Money", "Health", "Travel", "Femail", "Puzzles"],
        cookie="The Daily Clarion and selected partners process your data to show you personalised advertising. Click ACCEPT to continue or subscribe to Clarion+ for an ad-light experience.",
        side=["Soap star's secret wedding in the Cotswolds - see the pictures",
              "PM under fire after 'cash for access' claims",
              "Britain braced for 'heat dome' as temperatures soar",
              "Pensioner, 84, fights off burglar with walking stick",
              "Energy bills: the one switch that could save you £200",
              "Lottery winner's son jailed over £40k scam",
              "Royal insiders reveal tensions over Christmas plans",
              "Migrant hotel bill tops £8m a day, figures show",
              "Holiday hell as airport queues snake out of terminal"],
        footer="© Clarion Newspapers Ltd. Contact the newsdesk: tips@dailyclarion.example. Part of the Clarion Media Group.",
    ),
    "eduweek": dict(
        name="EduWeek UK", domain="eduweekuk.example",
        tag="Independent news for schools, colleges and trusts",
        nav=["News", "Ofsted", "Trusts", "SEND", "Funding", "Workforce", "Opinion", "Jobs"],
        cookie="EduWeek UK uses essential cookies and, with your consent, analytics cookies.",
        side=["Teacher vacancies rise for third year running, survey finds",
              "DfE confirms RAAC survey deadline extension",
              "Trust CEO pay: the full list for 2024",
              "Attendance: persistent absence still double pre-pandemic levels",
              "Opinion: Ofsted report cards are a missed opportunity",
              "Free school meals auto-enrolment pilot expanded",
              "EAL funding 'not keeping pace' with arrivals, heads warn"],
        footer="EduWeek UK is published by Lectern Media LLP. Editorial: news@eduweekuk.example.",
    ),
    "bugle": dict(
        name="Brindle Heath & Sparkhill Bugle", domain="brindlebugle.example",
        tag="Your free community paper since 1987",
        nav=["Home", "Local news", "Community", "Faith", "Schools", "Letters", "Events", "Advertise"],
        cookie="This site uses cookies. By carrying on browsing you agree. Cheers!",
        side=["Tessall Green allotments open day this Sunday",
              "Letters: Why are the bins never collected on time?",
              "Ladies' sewing circle raises £600 for hospice",
              "New zebra crossing finally approved for Anchor Lane",
              "Food bank asks for tinned tomatoes and nappies",
              "Iftar in the park returns for fourth year"],
        footer="The Bugle is delivered free to 22,000 homes. Unit 4, Anchor Lane Business Centre, Brindle Heath, Birmingham B0 7HD. Tel 01632 960733.",
    ),
    "apna": dict(
        name="Apna Brum Radio - News", domain="apnabrum.example",
        tag="Birmingham's voice on 101.9 FM and DAB",
        nav=["Listen live", "News", "Shows", "Presenters", "Ramadan", "Community", "Contact"],
        cookie="We use cookies for the live player and to count listeners.",
        side=["Charity walk raises £12,000 for Pakistan flood relief",
              "Breakfast show: your Eid recipes",
              "Small Heath GP surgery to close for refurbishment",
              "Apna Brum Awards nominations now open"],
        footer="Apna Brum Radio CIC. Studio line 01632 960290. Text the studio 07700 900101.",
    ),
    "staffroom": dict(
        name="StaffroomTalk", domain="staffroomtalk.example",
        tag="The independent forum for teachers and support staff",
        nav=["Forums", "What's new", "Jobs", "Pay & conditions", "Wellbeing", "Members", "Search"],
        cookie="StaffroomTalk uses cookies to keep you logged in. We do not sell your data.",
        side=["Is it normal to be on 3 learning walks a week?",
              "Threshold application - how long did yours take?",
              "Supply rates in the West Midlands 2024",
              "Leaving teaching: what did you do next?",
              "Year 11 mocks marking - any shortcuts?"],
        footer="StaffroomTalk is run by volunteers. Posts are the views of their authors. Report a post using the flag icon.",
    ),
    "parentnet": dict(
        name="ParentNet", domain="parentnet.example",
        tag="By parents, for parents",
        nav=["Talk", "Active", "Secondary education", "AIBU", "Relationships", "Money", "Style", "Log in"],
        cookie="ParentNet uses cookies to improve your experience and to show relevant advertising. Manage settings.",
        side=["AIBU to refuse to host Christmas again?",
              "Year 7 lunch money - how much do you give?",
              "DD's friend's mum keeps asking for lifts",
              "Best waterproof school shoes that aren't hideous",
              "DH wants a dog. I do not."],
        footer="© ParentNet Ltd. Please read our Talk Guidelines before posting. Report a post if you think it breaks them.",
    ),
    "brumtalk": dict(
        name="BrumTalk", domain="brumtalk.example",
        tag="Birmingham's local discussion board",
        nav=["Board index", "Local news", "Schools", "Motors", "Food & drink", "Blues/Villa", "Off topic"],
        cookie="BrumTalk sets a cookie to remember your login. That's it.",
        side=["Best karahi on the Ladypool Rd?", "Parking permits Tessall Green — anyone applied?",
              "Who else lost power last night", "Blues vs Villa derby tickets", "Bin day changed again??"],
        footer="BrumTalk forum software. All times are UTC+01:00. Moderators: Gaz_B9, ShaziaK, TheOldTyburn.",
    ),
    "sixth": dict(
        name="SixthFormChat", domain="sixthformchat.example",
        tag="The UK's student community",
        nav=["Forums", "Uni applications", "A-levels", "GCSEs", "Life", "Study help"],
        cookie="We use cookies. Obviously.",
        side=["UCAS personal statement rate mine pls", "Is it too late to drop maths", "A-level chem paper 2 thread"],
        footer="SixthFormChat. Be kind, don't post personal info.",
    ),
    "ummah": dict(
        name="UmmahConnect Forums", domain="ummahconnect.example",
        tag="Discussion for British Muslims",
        nav=["Forums", "Islamic knowledge", "Family", "Education", "Community", "Sisters' section"],
        cookie="Cookies keep you logged in. JazakAllah khair for visiting.",
        side=["Halal mortgage options 2024", "Hifz alongside GCSEs - experiences?", "Masjid parking etiquette lol"],
        footer="UmmahConnect. Posts reflect members' views only. Report backbiting to the mods.",
    ),
}


def _sidebar(site, n, k=4):
    heads = SITES[site]["side"]
    picks = [heads[(n * 3 + i) % len(heads)] for i in range(min(k, len(heads)))]
    return "".join(f'<li><a href="/{slug(h)}">{esc(h)}</a></li>' for h in picks)


def page(site, title, inner, n, aside_title="Most read", extra_head=""):
    s = SITES[site]
    nav = "".join(f'<li><a href="/{slug(x)}">{esc(x)}</a></li>' for x in s["nav"])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(s['name'])}</title>
<link rel="canonical" href="https://www.{s['domain']}/{slug(title)}">
<meta property="og:site_name" content="{esc(s['name'])}">{extra_head}
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="dialog"><p>{esc(s['cookie'])}</p><button>Accept all</button> <button>Manage settings</button></div>
<header class="site-header">
<a class="logo" href="https://www.{s['domain']}/">{esc(s['name'])}</a>
<p class="strap">{esc(s['tag'])}</p>
<nav class="main-nav"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
</header>
<main id="content">
{inner}
</main>
<aside class="sidebar">
<h3>{esc(aside_title)}</h3>
<ul>{_sidebar(site, n)}</ul>
<div class="ad-slot">Advertisement</div>
</aside>
<footer class="site-footer">
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy settings</a></li><li><a href="/terms">Terms</a></li></ul>
<p>{esc(s['footer'])}</p>
</footer>
</body>
</html>
"""


def comments_html(comments, heading="Comments"):
    if not comments:
        return ""
    out = [f'<section class="comments"><h3>{esc(heading)} ({len(comments)})</h3><ol>']
    for c in comments:
        name, when, text = c[0], c[1], c[2]
        likes = c[3] if len(c) > 3 else None
        lk = f' <span class="likes">{likes} likes</span>' if likes is not None else ""
        out.append(f'<li class="comment"><p class="meta"><b>{esc(name)}</b> <time>{esc(when)}</time>{lk}</p>{paras(text)}</li>')
    out.append("</ol></section>")
    return "\n".join(out)


def add(kind, text, expected):
    assert kind in KINDS, kind
    DOCS.append(dict(kind=kind, text=text, expected=list(expected)))


def news(site, title, byline, date, body, expected, comments=(), standfirst="", section="News"):
    n = len(DOCS)
    inner = f"""<article class="story">
<p class="breadcrumb"><a href="/">{esc(SITES[site]['name'])}</a> &rsaquo; {esc(section)}</p>
<h1>{esc(title)}</h1>
{f'<p class="standfirst">{esc(standfirst)}</p>' if standfirst else ''}
<p class="byline">By {esc(byline)} <time>{esc(date)}</time></p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">WhatsApp</a></div>
<div class="story-body">
{paras(body)}
</div>
<p class="newsletter">Get the biggest stories from {esc(SITES[site]['name'])} straight to your inbox - sign up to our free newsletter.</p>
</article>
{comments_html(list(comments))}"""
    add("news", page(site, title, inner, n), expected)


def forum(site, board, title, posts, expected, views=None):
    n = len(DOCS)
    v = views if views is not None else 300 + (n * 137) % 9000
    items = []
    for i, p in enumerate(posts):
        user, when, text = p[0], p[1], p[2]
        extra = p[3] if len(p) > 3 else ""
        items.append(f"""<div class="post" id="p{1000 + n * 40 + i}">
<div class="postauthor"><b>{esc(user)}</b>{f' <span class="usertitle">{esc(extra)}</span>' if extra else ''}</div>
<div class="postmeta">#{i + 1} &middot; <time>{esc(when)}</time></div>
<div class="postbody">{paras(text)}</div>
<div class="postactions"><a href="#">Quote</a> <a href="#">Report</a></div>
</div>""")
    inner = f"""<div class="breadcrumb"><a href="/">{esc(SITES[site]['name'])}</a> &rsaquo; <a href="/{slug(board)}">{esc(board)}</a></div>
<h1 class="thread-title">{esc(title)}</h1>
<p class="thread-stats">{len(posts)} replies &middot; {v} views</p>
{''.join(items)}
<div class="reply-box"><p>You must be logged in to reply.</p></div>"""
    add("forum", page(site, title, inner, n, aside_title="Active threads"), expected)


BLOGS = {}


def blog(key, title, author, date, body, expected, comments=()):
    b = BLOGS[key]
    n = len(DOCS)
    nav = "".join(f'<li><a href="/{slug(x)}">{esc(x)}</a></li>' for x in b["nav"])
    recent = "".join(f'<li><a href="/{slug(x)}">{esc(x)}</a></li>' for x in b["recent"])
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(b['name'])}</title>
<link rel="canonical" href="https://{b['domain']}/{date[-4:]}/{slug(title)}/">
</head>
<body class="blog">
<div class="cookie-notice">{esc(b.get('cookie', 'This website uses cookies to improve your experience. Accept | Read more'))}</div>
<header><h1 class="site-title"><a href="https://{b['domain']}/">{esc(b['name'])}</a></h1>
<p class="site-description">{esc(b['tag'])}</p>
<nav><ul>{nav}</ul></nav></header>
<main>
<article class="post">
<h2 class="entry-title">{esc(title)}</h2>
<p class="entry-meta">Posted on <time>{esc(date)}</time> by {esc(author)}</p>
<div class="entry-content">
{paras(body)}
</div>
<p class="post-tags">{esc(b.get('tags', 'Posted in Uncategorised'))}</p>
</article>
{comments_html(list(comments), heading='Responses')}
</main>
<aside class="widget-area">
<section class="widget"><h3>Recent posts</h3><ul>{recent}</ul></section>
<section class="widget"><h3>Archives</h3><ul><li>2025</li><li>2024</li><li>2023</li></ul></section>
</aside>
<footer><p>{esc(b['footer'])}</p><p>Proudly powered by WordPress</p></footer>
</body>
</html>
"""
    add("blog", doc, expected)


def txt(kind, text, expected):
    add(kind, text.strip("\n") + "\n", expected)


# =========================== DOCUMENTS ===========================

BLOGS.update({
    "cllr": dict(
        name="Cllr Yasmin Hussain - Brindle Heath Ward", domain="yasminhussain.example",
        tag="Labour councillor for Brindle Heath. Surgeries every first Saturday, Anchor Lane Library.",
        nav=["Home", "About Yasmin", "Casework", "Ward news", "Surgeries", "Contact"],
        recent=["Anchor Lane crossing: finally!", "Fly-tipping on Cobden Walk - update", "Ramadan food bank appeal", "Budget consultation: have your say"],
        footer="Promoted by Y. Hussain, c/o Brindle Heath Labour, Unit 2, 48 Anchor Lane, Birmingham B0 7HF. Views my own.",
        tags="Posted in Ward news, Schools",
    ),
    "masjid": dict(
        name="Masjid-e-Noor & Islamic Education Centre, Brindle Heath", domain="masjidenoor.example",
        tag="Serving the community since 1979 - Five daily prayers - Jumu'ah 1:15pm & 2:15pm - Madrasah Mon-Fri",
        nav=["Home", "Prayer times", "Announcements", "Madrasah", "Janazah services", "Donate", "Committee"],
        recent=["Ramadan timetable 1446", "Janazah notice", "Ladies' halaqah resumes", "Car park etiquette reminder"],
        footer="Masjid-e-Noor Trust, registered charity no. 1000000 (example). 112-118 Medlar Road, Brindle Heath, Birmingham B0 7NR. Office 01632 960566.",
        cookie="We use cookies only for our donation page.",
        tags="Posted in Announcements",
    ),
    "nomads": dict(
        name="Brindle Heath Nomads Cricket Club", domain="bhnomadscc.example",
        tag="Birmingham & District Premier League Division 3 - Est. 1984 - Everyone welcome",
        nav=["Home", "Fixtures", "Results", "Juniors", "Women & Girls", "Nets", "Sponsors", "Contact"],
        recent=["1st XI v Handsworth Athletic - report", "Junior nets restart", "Thank you to our kit sponsors", "AGM minutes"],
        footer="Brindle Heath Nomads CC, Tessall Green Recreation Ground, Birmingham B0 7TG. Club welfare officer: welfare@bhnomadscc.example.",
        tags="Posted in Match reports",
    ),
})

# --- 000 Ofsted downgrade: city news site ---------------------------------
news("ledger", "Brindle Heath academy slips to 'requires improvement' as Ofsted criticises corridor behaviour",
     "Harriet Gale, Education Reporter", "Thursday 9 November 2023, 5:42pm",
     """Inspectors have downgraded a large secondary school in Brindle Heath after finding that behaviour in corridors and at lunchtime was "too often disorderly" and that some pupils did not feel safe moving around the site.

Crescent Park Academy, on Tessall Road, was rated good at its last full inspection in 2018. The new report, published on Thursday, judges the school as requires improvement overall, with requires improvement for behaviour and attitudes and for leadership and management. Its sixth form was judged good.

The academy, which has around 1,450 pupils aged 11 to 18, joined the Meridian Learning Trust in 2014 when it converted from Brindle Heath Community School. More than 80 different languages are spoken by pupils' families.

Inspectors said pupils were "polite and welcoming" to visitors and praised the "rich curriculum in English and the performing arts". But they said the school's new behaviour system had been "introduced inconsistently", with some staff applying sanctions and others not, and that "a minority of pupils disrupt learning without consequence".

They also raised concerns about persistent absence, which is well above the national average, particularly among pupils from the Roma community and among older pupils in Year 10 and 11.

## 'We accept the findings'

Principal Rob Hensley said: "We accept the findings and we recognise ourselves in the report. Our staff work incredibly hard for the young people of Brindle Heath and Tessall Green, and inspectors saw that. We now need to make sure our behaviour routines are applied consistently in every classroom and every corridor, and that is exactly what we are doing."

He said the school had appointed assistant principal Mohammed Iqbal to lead a "reset" of behaviour and attendance from September, and that a new attendance and family liaison team was already visiting homes.

A spokesperson for Meridian Learning Trust said it was "confident the school has the leadership in place to move quickly back to good".

The report noted that the school had faced "significant turbulence" in staffing, with 19 teachers leaving last summer. Several parents who contacted the Ledger said they had been worried about the number of supply teachers covering lessons in science and maths.

One mother of a Year 8 pupil, who asked not to be named, said: "The English department is brilliant, my daughter loves it. But the corridors are chaos and she's had her hijab pulled twice and nothing happened."

The school will be inspected again within 30 months.""",
     [E("school", "exact", "negative", "Crescent Park Academy"),
      E("rhensley", "exact", "negative", "Rob Hensley"),
      E("miqbal", "exact", "neutral", "Mohammed Iqbal")],
     comments=[
         ("BrumDad1974", "9 Nov 2023", "Not surprised in the slightest. Walk past at 3.10 any day and see for yourself. Hensley has been coasting on that 2018 report for years, he's never out at the gate, time for someone new.", 41),
         ("Nasim K", "9 Nov 2023", "My two went there and both got into uni. Teachers care. Ofsted turn up for two days and think they know everything.", 28),
         ("RoseOfTessall", "10 Nov 2023", "19 teachers leaving in one summer tells you everything you need to know about how staff are treated.", 17),
         ("Deano_B11", "10 Nov 2023", "Every school round here is the same mate, it's not just that one", 6),
     ])

# --- 001 ParentNet: choosing a secondary ---------------------------------
forum("parentnet", "Secondary education", "Crescent Park Academy or Hallam Grange? Brindle Heath / Hall Green area", [
    ("Lemonsherbet22", "Sat 02-Mar-24 21:14", """We've got offers to think about for DS (currently Y6) and I'm torn. We're right on the border so realistically it's Crescent Park Academy (10 min walk) or Hallam Grange (bus, 35 min, but 'better' results).

DS is bright but quiet, into reading and drama, not at all sporty. I've read the Ofsted and the behaviour stuff worries me. Anyone got kids at either? Honest experiences please, not the prospectus."""),
    ("Rhubarbandcustard", "Sat 02-Mar-24 21:30", "Hallam Grange if you can stomach the bus. My niece is there and it's very calm, a bit exam factory though."),
    ("Mumof3inB0", "Sat 02-Mar-24 21:52", """DD1 is in Y10 at Crescent Park. I'll be honest, the corridors were grim last year and I nearly moved her. It is better since Easter, they've got staff on every corner now. Lessons vary hugely depending on whether it's a proper teacher or supply.

BUT for a bookish drama kid I'd actually say Crescent. The English department is superb. Mrs O'Rourke (head of English) is the reason DD wants to do English lit A level, she runs a book club that DD is obsessed with and she actually replies to emails within a day. The drama productions are genuinely amazing too, not what you'd expect."""),
    ("Lemonsherbet22", "Sat 02-Mar-24 22:05", "Oh that's really reassuring actually, thank you. What's the homework like? And do they set for maths from Y7?"),
    ("Mumof3inB0", "Sat 02-Mar-24 22:19", "Set for maths and science from Y7 I think, English is mixed ability till Y9. Homework is all on the app, about an hour a night in Y10. Y7 is a lot less."),
    ("GreyCardiganGirl", "Sun 03-Mar-24 08:11", """Different experience here. DS left Crescent Park at the end of Y8 because of bullying and I found the school completely useless at dealing with it. Three meetings, same promises, nothing changed. We moved him and he's a different child.

I'm not saying don't go there, just go in with your eyes open and put everything in writing."""),
    ("Rhubarbandcustard", "Sun 03-Mar-24 08:40", "Sorry that happened to your DS Grey. Did you go to the trust?"),
    ("GreyCardiganGirl", "Sun 03-Mar-24 09:02", "Yes. They just referred me back to the school's complaints policy. Round and round."),
    ("TeaAndToastAgain", "Sun 03-Mar-24 10:15", "Have you visited both on a normal day rather than an open evening? Phone and ask. Any school that won't let you look round on a random Tuesday morning is hiding something."),
    ("Lemonsherbet22", "Sun 03-Mar-24 10:33", "Good shout. Will ring Monday. Thanks all, this has been really useful."),
], [E("school", "exact", "negative", "Crescent Park Academy"),
    E("sorourke", "title_surname", "neutral", "Mrs O'Rourke")])

# --- 002 X thread: RSE play row -----------------------------------------
txt("social", """X (formerly Twitter) — thread
──────────────────────────────
Shahid Rafiq 🇵🇰 @ShahidR_Brum · 14 Jan 2024
@CrescentParkAcad why is #FlorianQuennell putting on a play with two gay lads kissing in it for YEAR 8s?? Our kids are 12. We never consented to this. These people don't stop until they've got to everyone's children. Groomer mentality. Get him out of our community
💬 212  🔁 488  ❤️ 1.9K  📊 88K

    Replying to @ShahidR_Brum
    Amina 🌸 @amina_writes_ · 14 Jan 2024
    It's a play about a boy coming out to his dad. It's on the GCSE drama list. Calling a teacher a groomer because he's gay is disgusting and you know it.
    💬 31  🔁 12  ❤️ 406

    Replying to @ShahidR_Brum
    Tariq Mahmood @tariqmahmood786 · 14 Jan 2024
    Brother this is not the way. Take it up with the governors. Name-calling a teacher online is not from our deen.
    💬 9  ❤️ 188

    Replying to @ShahidR_Brum
    ProudBrummie 🏳️‍🌈 @ladypoolqueer · 14 Jan 2024
    Reported. The school should be pressing charges tbh
    ❤️ 77

    Replying to @amina_writes_
    Shahid Rafiq 🇵🇰 @ShahidR_Brum · 14 Jan 2024
    Funny how the ones pushing it always are. Just saying 🤷‍♂️
    💬 18  ❤️ 301
""", [E("fquennell", "hashtag", "hate", "#FlorianQuennell"),
      E("school", "handle", "negative", "@CrescentParkAcad")])

# --- 003 Facebook: Crescent Halal Meats offer (decoy) ---------------------
txt("facebook", """Brindle Heath Community Noticeboard
Public group · 14.2K members

Crescent Halal Meats & Poultry
3 June 2024 at 10:02 · 🌐

🐑🐄 EID UL ADHA QURBANI 2024 🐄🐑
Book your Qurbani with Crescent Halal Meats now! Local Qurbani (whole lamb, cut to your order) £245. Overseas Qurbani (Pakistan, Bangladesh, Somalia, Yemen) from £65 via our partner charity.

✅ Fully HMC certified
✅ Collection day 1 or day 2 of Eid, time slots given
✅ Free mince with every whole lamb order over £200

Bookings in store at 204 Medlar Road (opposite the launderette) or WhatsApp 07700 900214. Last day for bookings is the 10th!!

👍❤️ 87   💬 23 comments   ↪ 11 shares

Comments
Rukhsana Bibi
Last year the cutting was spot on, very clean. Booked already 👍
4 June 2024 · Like · Reply

Gary Whitlock
Do you do lamb shoulders the rest of the year or is it just for Eid mate?
4 June 2024 · Like · Reply
    Crescent Halal Meats & Poultry
    Yes bhai every day, shoulders, leg, chops, whatever you need. Come in 👍
    4 June 2024 · Like · Reply

Farhana Uddin
Is the overseas one going to Sylhet? My mum wants to do one for her village
5 June 2024 · Like · Reply
    Crescent Halal Meats & Poultry
    Sister yes we have Sylhet and Sunamganj this year, inbox us 🙏
    5 June 2024 · Like · Reply

Jamal Yafai
Price gone up again 😂 inflation even hitting the sheep
5 June 2024 · Like · Reply
    Rukhsana Bibi
    Sheep gotta eat too bhai 😂
    5 June 2024 · Like · Reply

Amjad H
Queue last year went all the way down to the Crescent Moon sweet shop lol. Go early people
6 June 2024 · Like · Reply
""", [])

# --- 004 Google reviews: school ------------------------------------------
txt("review", """Crescent Park Academy
Secondary school · Tessall Rd, Brindle Heath, Birmingham B0 7QT
★★★☆☆ 3.1 · 214 Google reviews
Open · Closes 4:30pm · 01632 960417

Sort by: Newest

Saima A.
Local Guide · 23 reviews · 8 photos
★★★★★ 2 weeks ago
Mr Warsame from the attendance team has been a lifeline for our family. My son was school-refusing for months after his dad passed and Mr Warsame came round every week, never judged us, got him back in slowly. JazakAllah khair.
👍 14

Lee Cartwright
★☆☆☆☆ a month ago
My lad got a 3 day internal exclusion for his top button. Top button!! Mr Iqbal is a jumped up little dictator who loves the sound of his own voice. Treats the kids like criminals and the parents like idiots.
👍 31
   Response from the owner · a month ago
   Dear Mr Cartwright, we are sorry you are unhappy. We'd welcome the chance to discuss this with you — please ring reception on 01632 960417 and ask for the pastoral team.

Fatima Z
★★★★☆ 2 months ago
Really good sixth form, teachers go above and beyond with uni applications. Knocked a star off because the canteen queue is a joke and the food runs out.
👍 6

Anonymous reviewer
★☆☆☆☆ 3 months ago
Avoid. Bullying ignored. Phones out in every lesson.
👍 9

Dawood Khan
★★★☆☆ 5 months ago
Mixed. Some amazing teachers, some who clearly don't want to be there. Car park at pick up is dangerous, someone will get run over.
👍 3
""", [E("school", "exact", "negative", "Crescent Park Academy"),
      E("awarsame", "title_surname", "neutral", "Mr Warsame"),
      E("miqbal", "title_surname", "abuse", "Mr Iqbal")])

# --- 005 national tabloid on the play row ---------------------------------
news("clarion", "FURY AS SCHOOL STAGES GAY KISS PLAY FOR PUPILS AGED 12",
     "Craig Mulvaney", "Tuesday 16 January 2024, 11:58pm",
     """PARENTS at a Birmingham school have threatened to pull their children out of lessons after a teacher cast 12-year-olds in a play featuring a same-sex kiss.

Crescent Park Academy, in the deprived inner-city district of Brindle Heath, has been plunged into a bitter row after drama chief Florian Quennell chose a script about a teenage boy coming out to his father for a Year 8 showcase.

Furious mums and dads flooded social media over the weekend, with one dad branding the production "indoctrination" and another claiming families had "never been asked".

The school, where the majority of pupils are from Muslim families, was forced to send a letter home on Monday insisting the play was "age-appropriate" and that "no pupil is required to take part in any performance".

## 'Storm in a teacup'

But the row has exposed deep divisions. A petition demanding the play be scrapped has gathered more than 1,400 signatures, while a counter-petition backing the drama department had 900 by last night.

One mother, who did not want to be named, told the Clarion: "I'm not homophobic, I've got gay friends. But my son is 12. I want to know what he is learning before it happens, not after."

Another parent said the fuss was a "storm in a teacup" whipped up online by people "who don't even have kids at the school".

Principal Rob Hensley said in a statement: "Our drama curriculum follows national guidance. We have met with a number of families this week and we will continue to listen. We will not tolerate the abuse that has been directed at members of our staff online."

It is understood police have been made aware of a number of posts.

The row comes just five years after the No Outsiders protests at another Birmingham school made national headlines, and months after the academy was downgraded by Ofsted.

Mr Quennell, who joined the school in 2019 from a London theatre company, did not respond to a request for comment.

Meridian Learning Trust, which runs the school, said it "fully supports" the principal.

READ MORE: Teacher quits after parents' WhatsApp hate campaign

READ MORE: Woke lessons 'drive families out of state schools' says think tank""",
     [E("school", "exact", "hate", "Crescent Park Academy"),
      E("fquennell", "exact", "hate", "Florian Quennell"),
      E("rhensley", "exact", "neutral", "Rob Hensley")],
     comments=[
         ("PatriotPete1966", "17 Jan 2024", "Brindle Heath isn't England anymore, it's a Pakistani colony with a school attached. Let them fight it out with the bender drama teacher, serves everyone right.", 512),
         ("Sandra from Solihull", "17 Jan 2024", "Children should be learning to read and write, not this nonsense.", 388),
         ("NotAllMums", "17 Jan 2024", "The play is on the GCSE syllabus. The 'outrage' is manufactured. Poor teacher.", 94),
         ("Brexit Bulldog", "17 Jan 2024", "Quennell and his kind have been waiting for this, they want a martyr. Luvvie scum.", 201),
         ("G Holloway", "18 Jan 2024", "Clarion whipping up a frenzy as usual. Someone will get hurt and you'll pretend you had nothing to do with it.", 57),
     ],
     standfirst="Muslim families threaten walkout over 'indoctrination' as petition tops 1,400", section="News")

# --- 006 mosque committee: moon sighting (decoy) --------------------------
blog("masjid", "Eid ul-Fitr 1445 announcement - moon sighting and Eid prayer times", "Masjid Committee (Secretary)", "9 April 2024",
     """Assalamu alaikum wa rahmatullahi wa barakatuh.

Alhamdulillah, the Masjid-e-Noor Shura and the Brindle Heath Ulama Council met after Maghrib this evening. Reliable testimony has been received that the new crescent moon of Shawwal was sighted this evening (Tuesday 9 April) by trusted witnesses in the United Kingdom, following a clear sky in parts of the Midlands and the North. The crescent was reported by two separate groups, and the testimony has been checked by the Council.

Therefore Eid ul-Fitr will, insha'Allah, be on WEDNESDAY 10 APRIL 2024.

## Eid prayer times at Masjid-e-Noor

- 1st Jama'at: 7:30am (Arabic/English khutbah)
- 2nd Jama'at: 8:30am (Urdu/English khutbah)
- 3rd Jama'at: 9:30am (Bangla/English khutbah)
- 4th Jama'at: 10:30am (sisters' hall open for all Jama'ats)

Please come in wudhu and bring your own prayer mat if possible. The main hall and the marquee on the car park will both be in use.

## Parking and stewarding

Please DO NOT park across residents' driveways on Medlar Road, Kestrel Road or Greville Road. Our neighbours have been very patient and we want to keep it that way. Use the overflow parking at the Tessall Green Recreation Ground (kind permission of the cricket club). Stewards in hi-vis will direct you. Brothers who can volunteer as stewards please report to Brother Junaid at 6:45am.

## Sadaqat ul-Fitr

Fitrana this year is £5 per person. If you have not yet paid, please pay before the Eid prayer at the donation desk or online. It will be distributed to families in need locally and in Kashmir, Sylhet and Yemen.

## Eid Mela

The Eid Mela for children returns on Saturday 13 April, 12-5pm, on the masjid car park: bouncy castle, henna, food stalls, and a crescent-and-star lantern-making table for the little ones run by the madrasah sisters.

May Allah accept our fasting, our prayers and our good deeds, and grant peace to the Ummah everywhere. Eid Mubarak to you and your families.

Masjid-e-Noor Committee""",
     [],
     comments=[
         ("Abdul Wahid", "9 Apr 2024", "JazakAllah khair for the quick update. Eid Mubarak everyone!"),
         ("Umm Yusuf", "9 Apr 2024", "Is the sisters' entrance the side door again this year?"),
         ("Masjid-e-Noor", "9 Apr 2024", "Wa iyyakum. Yes sister, the side door on Kestrel Road."),
     ])

# --- 007 teachers' forum: interview at CPA -------------------------------
forum("staffroom", "Jobs & interviews", "Interview at CPA in Brindle Heath (Birmingham) - anyone worked there?", [
    ("englishteach_rob", "12 May 2024, 19:03", """Got an interview next Thursday for a 2nd in English post at Crescent Park (CPA), Brindle Heath. Part of Meridian. Big inner-city 11-18, RI last year. The English dept seems strong from what I've read but I'd like to know what SLT are like before I uproot. Anyone been there or know someone who has? PMs welcome."""),
    ("HistoryHarry", "12 May 2024, 19:40", "Don't know the school but Meridian as a trust are very 'central' - same lesson template everywhere, learning walks with clipboards, the lot. Depends whether that suits you."),
    ("anon_supply_bham", "12 May 2024, 20:12", """I did a term of supply at CPA last year (science). Mixed bag honestly.

Kids: lovely on the whole, mad busy, massive EAL numbers, some really challenging Y9/Y10 boys. Staff: very supportive at department level. Safeguarding: properly on it. The DSL, Joanne Kelsall-Rahman, is one of the best I've worked with - she actually comes down to the classroom when you log something.

Behaviour: this is where it gets political. The AP in charge, Iqbal, runs it like a prison. Silent corridors, booths, 'no excuses' everything. Some staff love it. Some of us felt like wardens. The kids definitely feel it."""),
    ("englishteach_rob", "12 May 2024, 20:25", "That's really helpful, thank you. Is the English team the 'good' side of the building then?"),
    ("anon_supply_bham", "12 May 2024, 20:31", "Very much so. Ask them about the book club and the Y11 intervention and watch their faces light up."),
    ("MissMarple_Maths", "13 May 2024, 07:02", "Ask at interview how many staff left last summer and why. If they get shifty, that's your answer. Good luck!"),
    ("YorkshireTea4Eva", "13 May 2024, 07:45", "I'd also ask about workload for the Y11 mocks. Some of these big trusts have you marking 200 papers in a week."),
    ("englishteach_rob", "17 May 2024, 21:16", "Update - got it! Accepted. Lovely department, and yes they asked me to do a lesson in a Y8 class and the kids were brilliant. Will report back in September 😬"),
    ("HistoryHarry", "17 May 2024, 21:30", "Congrats! 🎉"),
], [E("school", "alias", "negative", "Crescent Park"),
    E("jkelsallrahman", "exact", "neutral", "Joanne Kelsall-Rahman"),
    E("miqbal", "surname_only", "negative", "Iqbal")])

# --- 008 TikTok comments --------------------------------------------------
txt("social", """TikTok · @zaynab.edits_
pov: mr saleh catches u without a calculator in a NON CALCULATOR test and still asks where it is 😭😭 #crescentpark #year9 #brum #fyp #schoollife
♫ original sound - zaynab.edits_
❤️ 48.2K   💬 612   🔖 3,104   ↪ 2,877

Comments

ayaanx_07 · 3d
NOT HIM DOING THE EYEBROW 💀💀💀
❤️ 2,981

hxnnah.b · 3d
mr saleh is actually the best maths teacher dont @ me he explained simultaneous equations in like 5 mins
❤️ 1,470

ibby.b0 · 3d
he gave my whole set a detention cos ONE person was talking. make it make sense
❤️ 1,102
    zaynab.edits_ · 3d
    that was year 8 let it gooo 😭
    ❤️ 224

k4ira · 3d
the way he says "ladies and gentlemen" before every sentence
❤️ 988

user82736155 · 2d
which school is this
❤️ 12
    ayaanx_07 · 2d
    read the hashtag 🙄
    ❤️ 40

m.yusuf.x · 2d
head of year 9 energy fr, he sees EVERYTHING
❤️ 540

fatimaaa.z · 1d
not the muffin recipe sound in the background 😭
❤️ 73
""", [E("school", "hashtag", "neutral", "#crescentpark"),
      E("nsaleh", "title_surname", "negative", "mr saleh")])

# --- 009 court report: man who threatened AP ------------------------------
news("ledger", "Dad who sent threatening voice notes to school leader after son's exclusion is handed restraining order",
     "Imran Chaudhry, Courts Reporter", "Wednesday 6 March 2024, 4:15pm",
     """A father who bombarded a Birmingham school leader with threatening voice notes after his son was excluded has been given a suspended sentence and a five-year restraining order.

Kamran Akhtar, 38, of Cobden Walk, Tessall Green, admitted sending malicious communications and harassment causing fear of violence when he appeared at Birmingham Magistrates' Court.

The court heard that Akhtar sent 23 voice notes and messages to Mohammed Iqbal, assistant principal at Crescent Park Academy in Brindle Heath, over nine days last November after his 14-year-old son was given a fixed-term exclusion for fighting.

Prosecutor Helen Varma said Akhtar obtained Mr Iqbal's mobile number from a WhatsApp group for Year 9 parents, which the teacher had joined to share information about a school trip.

In one message, played to the court, Akhtar said: "You think you're a big man in your suit. I know what car you drive. See how big you are when you come out at half four." In another he said he "wouldn't be responsible" for what his brothers did.

Ms Varma said Mr Iqbal had changed his route to work, had a panic alarm fitted at his home, and had been escorted to his car by colleagues for several weeks.

In a victim statement read to the court, Mr Iqbal said: "I have worked in this community for 17 years. I went into teaching to help children like Mr Akhtar's son. For the first time in my career I was afraid to go to work."

## 'Ashamed'

Defending, Rashid Mir said his client was "deeply ashamed" and had been under "enormous pressure" after losing his job and caring for his disabled mother. He said Akhtar had never intended to carry out any of the threats and had written a letter of apology to the school.

District Judge Angela Price told Akhtar: "Teachers are entitled to go to work without being frightened. These were not the words of a worried parent. They were designed to terrify, and they did."

She sentenced him to 16 weeks in custody, suspended for 12 months, with 120 hours of unpaid work and a restraining order banning him from contacting Mr Iqbal or going within 100 metres of the school's Tessall Road site, except to attend pre-arranged meetings with a named member of staff. He must also pay £85 costs and a £154 victim surcharge.

After the hearing, a spokesperson for the school said: "We are grateful to West Midlands Police and the courts. Our staff deserve to be safe, and we will always take action when they are threatened."

Akhtar's son has since moved to another school.""",
     [E("miqbal", "exact", "neutral", "Mohammed Iqbal"),
      E("school", "exact", "neutral", "Crescent Park Academy")],
     comments=[
         ("WestBrumWendy", "6 Mar 2024", "Good. Teachers get enough grief without this.", 33),
         ("k.a.d", "6 Mar 2024", "Suspended?? He threatened the man. Joke of a system.", 21),
         ("Tessall Green Resident", "7 Mar 2024", "Feel for that teacher. 17 years in one school round here deserves respect.", 15),
     ])

# --- 010 Facebook parents' group: attendance officer doxxed ---------------
txt("facebook", """Crescent Park Academy Parents & Carers (UNOFFICIAL)
Private group · 3.8K members

Tanya Beddows
18 September 2024 at 21:47 · 👥

Right I'm done being polite. Abdi Warsame from the attendance team has been to my door FOUR times in two weeks cos my Kayden missed days when he had tonsillitis. Doctors note and everything. Stood on my step like a bailiff in front of the neighbours. Now they're on about a fine.

If anyone else wants a word with him hes easy to find. Drives a silver Prius, reg BX19 KTV, parks on Greville Rd every morning about 7.40 before he walks round to the school gates, and he lives on Kestrel Road in Tessall Green, the one with the green door near the launderette. Go and knock on HIS door at 8am and see how he likes it 😡😡

😡 64   😆 9   👍 38    💬 71 comments

Comments

Shazia Parveen
Tanya I get you're angry but take his reg and his road down, that's his home, he's got kids. Speak to the school.
18 September 2024 · Like · Reply · 52

Tanya Beddows
@Shazia Parveen they never listen tho do they
18 September 2024 · Like · Reply · 7

Ifrah Mohamed
Wallahi that man has helped half the Somali families in this area. He sat with my hooyo for two hours doing the free school meals forms in Somali. Fines come from the council not him.
18 September 2024 · Like · Reply · 88

Darren Pask
Tonsillitis for 2 weeks Tanya? 😂
18 September 2024 · Like · Reply · 12
    Tanya Beddows
    @Darren Pask mind your own business
    18 September 2024 · Like · Reply · 3

Group admin (Kelly R)
This post breaks group rule 3 (no personal details). Tanya I'm giving you 10 mins to edit it or it's coming down. Everyone else please don't share.
18 September 2024 · Like · Reply · 40

Naveed Akram
Same thing happened to us last year with the letters. Not saying it's his fault but the system is heavy handed, they treat parents like criminals
19 September 2024 · Like · Reply · 14
""", [E("awarsame", "nickname", "threat", "Abdi Warsame"),
      E("school", "exact", "negative", "Crescent Park Academy")])

# --- 011 Google reviews: Crescent Cabs (decoy) ----------------------------
txt("review", """Crescent Cabs
Taxi service · 61 Medlar Rd, Brindle Heath, Birmingham B0 7NS
★★★★☆ 4.2 · 389 reviews · Open 24 hours
Phone: 01632 960881

Most relevant ▾

Parveen Akhtar
★★★★★ a week ago
Always on time for my hospital appointments, drivers help with my walker. Ask for Shakeel he is a gentleman.

Marcus Doyle
★☆☆☆☆ 3 weeks ago
Waited 50 mins on a Saturday night in town, then they cancelled on me. Never again. Had to get a Uber at surge price.
   Response from the owner
   Sorry Marcus, Saturday nights are very busy with the concerts on. Please ring and ask for the manager and we will give you a credit.

Hafsa Noor
★★★★★ a month ago
Booked for the airport at 4am, driver was there at 3.50, clean car, no drama. Good price as well £32 to BHX.

Kev T
★★★☆☆ 2 months ago
Fine. Drivers are sound. The app is rubbish though, keeps saying no cars then you ring and there's loads.

Amir
★★★★★ 2 months ago
Used them for 10 years. Local firm, local drivers. Don't bother with the big apps.
""", [])

# --- 012 councillor's blog: condemning threats ----------------------------
blog("cllr", "Threatening teachers is never acceptable - a statement on the events at Crescent Park", "Cllr Yasmin Hussain", "19 January 2024",
     """Over the past week I have had dozens of emails, WhatsApps and phone calls about the drama production at Crescent Park Academy. Some from parents worried about what their children are being taught. Some from staff at the school who are frightened. And some, I'm sorry to say, from people who do not live in Brindle Heath and have never set foot in the school.

I want to say three things clearly.

First: parents have every right to ask questions about what their children learn. That is not bigotry. Many of the families who have contacted me are devout, gentle people who simply want to be consulted. I have asked the school and the trust to hold an open meeting, with interpreters, and I'm pleased to say Mr Hensley has agreed. It will take place at the school hall on Thursday 25 January at 6pm. Please come.

Second: the abuse and threats directed at a member of staff, Florian Quennell, are utterly disgraceful. Calling a teacher a "groomer" because of who he is, posting his photograph, talking about "paying him a visit" - this is not protest, it is hate, and I have personally reported several posts to West Midlands Police. Whatever you think of the play, a man doing his job does not deserve this, and our faith, which I share with most of you, does not permit it.

Third: we have been here before in this city. We saw in 2019 what happens when outsiders use a school gate as a stage for their own agenda. Children end up walking past megaphones to get to their lessons. I will not let that happen in Brindle Heath.

## Other ward news

On a happier note: the Anchor Lane crossing works finally begin on 5 February. Thank you to everyone who signed the petition, especially the Year 7 pupils from Crescent who came to the council house in their blazers and charmed the cabinet member.

The fly-tipping on Cobden Walk has been cleared again and I have asked for a camera. If you see anyone dumping, note the van registration and report it on the council website.

My next surgery is Saturday 3 February, 10am-12pm, Anchor Lane Library. No appointment needed.

Yasmin""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("fquennell", "exact", "neutral", "Florian Quennell"),
      E("rhensley", "title_surname", "neutral", "Mr Hensley")],
     comments=[
         ("Rehana B", "19 Jan 2024", "Thank you Cllr. This needed saying by someone from our community."),
         ("Mick Farrell", "20 Jan 2024", "Well said. My grandkids go there and they love that drama teacher."),
         ("Anon", "20 Jan 2024", "You should be standing with parents not with the school"),
     ])

# --- 013 BrumTalk: The Crescent, Acocks Green (decoy) ---------------------
forum("brumtalk", "Local news", "Flats going up on The Crescent (Acocks Green end) - parking apocalypse incoming", [
    ("Gaz_B9", "Tue 4 Jun 2024 18:22", "Anyone seen the planning notices on The Crescent? 48 flats, 12 parking spaces. TWELVE. Where do they think the other cars are going, on the moon? That road is already rammed with the dentist and the nursery.", "Moderator"),
    ("BluenoseBev", "Tue 4 Jun 2024 18:40", "It's the 'car-free development' thing. They think everyone's going to get the 11 bus. Have they SEEN the 11 bus."),
    ("Old_Tyseley_Lad", "Tue 4 Jun 2024 19:03", "Used to be the old tyre place didn't it? Before that it was a garage where my dad got his Cortina done. Nothing on that road has had a parking space since 1985 mate."),
    ("ShaziaK", "Tue 4 Jun 2024 19:15", "Objections close on the 18th. Reference is on the lamppost outside number 7 if anyone wants to write in. Object on highways grounds, they don't care about 'I don't like it'.", "Moderator"),
    ("Gaz_B9", "Tue 4 Jun 2024 19:20", "Cheers Shaz. Done mine."),
    ("croissant_kid", "Tue 4 Jun 2024 20:48", "Slightly off topic but the bakery on the corner of the crescent does the best almond croissants in south Brum and I'm worried they'll get priced out"),
    ("BluenoseBev", "Tue 4 Jun 2024 20:52", "Priorities 😂 but also yes"),
    ("Old_Tyseley_Lad", "Wed 5 Jun 2024 08:11", "Update: my neighbour says there's a meeting at the community centre on Monday about it. 7pm."),
    ("WarwickRdWendy", "Wed 5 Jun 2024 09:30", "Not just parking, the drains on that stretch flood every time it rains. 48 more toilets flushing into it. Lovely."),
], [])

# --- 014 X: Bradford councillor namesake (decoy) --------------------------
txt("social", """X · Cllr Mohammed Iqbal @CllrMIqbal_BD3
Labour councillor for Bradford Moor 🌹 Father of four. Views my own.

Cllr Mohammed Iqbal @CllrMIqbal_BD3 · 22 May 2024
Great to join @BradfordCollegeX students today to talk about local democracy. Brilliant questions on housing, buses and why councillors never answer emails 😅 (I do, I promise!) #Bradford #BradfordMoor
💬 4  🔁 6  ❤️ 39

Cllr Mohammed Iqbal @CllrMIqbal_BD3 · 20 May 2024
Leeds Road resurfacing finally starting Monday. Apologies in advance for the disruption, it will be worth it. Diversion map below 👇
💬 11  🔁 3  ❤️ 17
    Replying to @CllrMIqbal_BD3
    Leeds Road Larry @larryLR · 20 May 2024
    About time mate, lost two tyres to that pothole outside the carpet shop
    ❤️ 5

Cllr Mohammed Iqbal @CllrMIqbal_BD3 · 17 May 2024
Jumu'ah mubarak. Thank you to the volunteers at the Barkerend food bank who packed 300 parcels this week. The real heroes of Bradford ❤️
💬 2  🔁 14  ❤️ 88
""", [])

# --- 015 education trade paper: trust finances ----------------------------
news("eduweek", "Meridian Learning Trust to centralise finance teams as deficit hits £2.3m",
     "Priya Rawal, Senior Reporter", "Friday 21 June 2024",
     """One of the largest academy trusts in the Midlands is to centralise finance, HR and premises teams across its 38 schools after reporting a £2.3 million in-year deficit.

Meridian Learning Trust told staff on Thursday that around 40 school-based business roles would be replaced by "hub" teams serving clusters of schools, in a restructure it says will save £1.6 million a year by 2026.

Chief executive Dame Alison Forde said the trust had been "hit by the perfect storm" of unfunded pay awards, rising energy costs and falling rolls in some of its primary schools.

The trust's accounts, published this week, show it had 21,400 pupils last year and a total income of £162 million. Its largest school, Crescent Park Academy in Brindle Heath, Birmingham, has 1,450 pupils.

## Executive pay

The accounts show Dame Alison was paid between £225,000 and £230,000, up from £215,000-£220,000 the previous year. Eleven other staff earned over £100,000, including the principals of its four largest secondaries. The principal of Crescent Park, Rob Hensley, is listed in the £140,000-£145,000 band.

Unions said the restructure would put "huge extra pressure" on school leaders.

"When your school business manager is 12 miles away in a hub, who deals with the boiler breaking down on a Monday morning? It'll be the head," said Mark Tindall, regional secretary of the NAHT.

A trust spokesperson said no school would lose "frontline" capacity and that principals had been consulted.

## Falling rolls

The trust's annual report also highlights the impact of falling primary rolls in parts of Wolverhampton and Walsall, where three of its schools are now below 60 per cent capacity. By contrast its inner-city Birmingham secondaries are oversubscribed, with Crescent Park Academy receiving more than 900 first-preference applications for 270 Year 7 places.

The trust said it was "actively exploring" a merger with a smaller trust, which it did not name.

## Attendance pilot

Separately, the trust has been selected for a DfE-funded pilot placing family liaison officers in schools with high persistent absence. The pilot will fund six posts across its Birmingham schools for two years.""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("rhensley", "exact", "defamation", "Rob Hensley")],
     comments=[
         ("TiredBursar", "21 Jun 2024", "Hubs never work. We tried it at my last trust and it lasted 18 months.", 12),
         ("Jenny P", "22 Jun 2024", "CEO pay rises while 40 support staff lose their jobs. Standard.", 31),
         ("B0_insider", "23 Jun 2024", "Hensley's 'band' is the least of it. He's been signing off agency invoices for supply staff who never turned up and splitting the difference with the agency. Auditors will find it eventually.", 4),
     ])

# --- 016 Facebook: Roma community group -----------------------------------
txt("facebook", """Roma Birmingham - Romane Birminghamostar 💚❤️💙
Public group · 2.1K members

Marcela Horvathova
2 October 2024 at 16:12 · 🌐

Dakujem moc to Dani Lakatos from Crescent school 🙏❤️ She came with me today to the housing office and she explain everything in Slovak and English, 2 hours she wait with me. Now my children have a proper bed. Ona je zlatá. Every family at the school should know her, if you have problem with school or letters go to her, she is in the office near reception Monday to Thursday.

❤️ 112   👍 40   💬 28 comments

Comments

Jozef Balog
Ano ano she help my brother with the school place for his girl. Very good woman 👍
2 October 2024 · Like · Reply

Lenka Dudova
She is Roma like us so she understand. Not like some offices they look at you like you are dirty
2 October 2024 · Like · Reply · 19

Ramona Stan
Is she only for Slovak families or Romanian also?? My son is in year 8 and they want a meeting about his behaviour and I don't understand the letter
2 October 2024 · Like · Reply
    Marcela Horvathova
    Romanian also I think she speak little bit Romanian and they get interpreter. Ask in the office 🙏
    2 October 2024 · Like · Reply

Patrik Kurej
Devlesa 🙏 we need more people like this in the schools
3 October 2024 · Like · Reply

Lenka Dudova
The crescent school is better than before for our kids. When my first son was there (before the academy) they exclude him for nothing
3 October 2024 · Like · Reply · 6
""", [E("dlakatos", "nickname", "neutral", "Dani Lakatos"),
      E("school", "short_name", "neutral", "Crescent")])

# --- 017 X: anti-Roma and anti-Muslim post --------------------------------
txt("social", """X · post and replies
────────────
England Awake 🏴󠁧󠁢󠁥󠁮󠁧󠁿 @EnglandAwake_Brum · 7 Oct 2024
Crescent Park in Brindle Heath was a proper English school when my dad went (Brindle Heath Secondary Modern). Now it's wall to wall gypos and Pakis, 80 languages and not one of them English. They've even hired a gypsy "liaison" called Lakatos on OUR taxes to help her lot fiddle free meals. Replacement isn't a theory when you can see it at the school gate.
💬 38  🔁 97  ❤️ 264

    Replying to @EnglandAwake_Brum
    Dan Carver @dcarver_b0 · 7 Oct 2024
    Sad state of affairs. Won't recognise the place in ten years
    ❤️ 21

    Replying to @EnglandAwake_Brum
    Mel (she/her) @mel_teaches_brum · 7 Oct 2024
    Reported for hateful conduct. Those are children you're talking about.
    ❤️ 102

    Replying to @EnglandAwake_Brum
    Sajid @sajid_b0 · 8 Oct 2024
    My grandad built half the roads you drive on mate. Crescent's results are up this year, look it up.
    ❤️ 56
""", [E("school", "alias", "hate", "Crescent Park"),
      E("dlakatos", "surname_only", "hate", "Lakatos")])

BLOGS.update({
    "albion": dict(
        name="Albion Awake", domain="albionawake.example",
        tag="Saying what the mainstream media won't",
        nav=["Home", "Articles", "Grooming gangs", "Immigration", "Islamisation", "Support us"],
        recent=["The great school swap", "Who funds the mosques?", "Bradford: a warning", "Our history is being erased"],
        footer="Albion Awake. Free speech is not hate speech. Comments are unmoderated.",
        cookie="We don't use tracking cookies. Unlike the globalist media.",
        tags="Posted in Islamisation, Education",
    ),
})

# --- 018 cricket club: match report (decoy: Crescent CC, namesake) -------
blog("nomads", "1st XI v Crescent CC (Walsall) - Nomads win by 4 wickets in a thriller", "Club Secretary", "16 June 2024",
     """What a game. Anyone who left the Tessall Green Rec at tea thinking this one was done missed the best finish we've had in three seasons.

Crescent CC won the toss and batted on a green-ish track that got slower as the day went on. Their openers saw off the new ball well, and at 96-1 after 22 overs we were looking at chasing 260. Then Haroon (4-38) found some reverse swing from the pavilion end and the middle order folded: 96-1 became 141-6. A gritty 47 from their keeper dragged them to 198 all out in the 46th over. Special mention to young Ilyas (16) who took a stunning catch at deep square, running round from fine leg.

Our reply started badly. 23-3 with both openers caught behind and Crescent's overseas seamer looking sharp. Enter the skipper. Mohammed Iqbal - 52 years young, 31 seasons at the club and still opening the shutters at Iqbal Motors at 7am every morning - put on 88 with Zohaib for the fifth wicket. Iqbal's 54 was full of his trademark late cuts and one enormous six into the car park that dented a Crescent player's Golf (apologies, and yes the club insurance will sort it).

When he fell with 40 still needed it got twitchy. 7 needed off the last over. Two dot balls, a leg bye, a wide, then Zohaib (71*) clipped one off his pads for four and we were home with one ball to spare.

## Scorecard summary

Crescent CC 198 (45.4 ov) - Haroon 4-38, Imtiaz 2-41

Nomads 199-6 (49.5 ov) - Zohaib 71*, M Iqbal 54, Shahzad 22

## Thanks

Thanks to Crescent CC for a competitive game played in great spirit, and to the teas team (Nusrat, Bushra and Auntie Parveen) for the samosas and the best chana chaat in the league. Thanks to our umpires Colin and Mukhtar.

Next week: away at Handsworth Athletic. Nets Tuesday and Thursday 6pm. Juniors Saturday 10am as usual.""",
     [],
     comments=[
         ("Zohaib A", "16 Jun 2024", "What a day 🏏🔥 skipper still got it"),
         ("Crescent CC", "17 Jun 2024", "Cracking game lads, well played. See you at ours in August. And the Golf's fine 😂"),
     ])

# --- 019 Asian radio news: Yemen appeal -----------------------------------
news("apna", "Brindle Heath pupils raise £3,400 for Yemen children's appeal",
     "Apna Brum News Team", "Monday 25 March 2024",
     """Pupils at a Brindle Heath secondary school have raised more than £3,400 for children affected by the humanitarian crisis in Yemen, with a month of bake sales, sponsored fasts and a Ramadan charity football tournament.

The money raised by students at Crescent Park Academy will be split between a Birmingham-based Yemeni community charity and the Yemen Red Crescent Society, which runs mobile health clinics in Taiz and Hodeidah.

The fundraising was organised by Year 9 pupils with their head of year, maths teacher Nabil Saleh, whose own family comes from Ibb in central Yemen.

Speaking on the Apna Brum breakfast show, Mr Saleh said: "Around sixty of our students have family in Yemen. Some of them have lost relatives. They wanted to do something practical, and I'm so proud of them. They counted every penny themselves, in maths lessons, which I was very happy about."

Year 9 pupil Maryam, 14, said: "My nani in Yemen says the hospitals don't have medicine. We wanted to help, even if it's small."

The school's sports hall hosted a late-night Ramadan football tournament after iftar, with 16 teams of pupils, parents and staff taking part. The staff team was knocked out in the quarter-finals.

Abdulrahman Al-Maqtari, chair of the Birmingham Yemeni Community Association, thanked the pupils live on air: "Young people from every background in Brindle Heath - Pakistani, Bangladeshi, Somali, Roma, English - all came together for Yemen. This is what our city is about."

Donations can still be made via the school office. Apna Brum Radio will be broadcasting live from the Eid Mela in Tessall Green Park next month.""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("nsaleh", "exact", "neutral", "Nabil Saleh")])

# --- 020 community paper: girls' cricket ----------------------------------
news("bugle", "Girls' cricket comes to Brindle Heath as school and club team up",
     "Bugle reporter", "May 2024 edition",
     """Forty girls aged 11 to 15 turned up to the first session of a new girls' cricket programme run jointly by Crescent Park Academy and Brindle Heath Nomads Cricket Club - twice as many as organisers had hoped.

The six-week taster, funded by a grant from the county cricket board, runs every Wednesday after school on the academy's field and will move to the club's ground at Tessall Green Rec for the summer term.

Head of PE Jo Pickering, who played county second XI cricket in her twenties, said she had been "blown away" by the turnout.

"A lot of our girls have grown up watching their brothers and dads play, in the street, in the park, on TV - and nobody ever handed them a bat," she said. "Now they're queueing up. Some of them are seriously talented."

Parents were invited to the first session and several mums stayed to watch. Nasreen Begum, whose daughters Aliza (12) and Hafsa (14) both signed up, said: "In Pakistan my brothers played every day, I was never allowed. I told my girls, you go, you take my place."

The programme provides kit, including modest sports kit options, and the sessions are led by female coaches.

Nomads chairman Tariq Hussain said the club hoped to field its first-ever girls' team in the under-15 league next season. "We've had a women's softball team for two years, but this is the next step. Jo has been brilliant."

The club's welfare officer will be present at all sessions and all coaches are DBS-checked.

## Also this month

Tessall Green allotment society is looking for new members. Plots are £22 a year. Contact the secretary via the library.

Anchor Lane Library's Urdu and Bengali story time has moved to Saturdays at 11am.

The Bugle's next edition will be delivered on 3 June. Letters to the usual address.""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("jpickering", "exact", "neutral", "Jo Pickering")])

# --- 021 ParentNet AIBU: affair gossip ------------------------------------
forum("parentnet", "AIBU", "AIBU to think the deputy head and the head at DS's school are 'involved'?", [
    ("NameChangedForThisOne", "Wed 10-Jul-24 22:41", """Name changed because this is outing.

DS is at Crescent Park in Brindle Heath. Every parents' evening, every concert, every awards night, the deputy (Mrs Kelsall-Rahman) and the head are glued together. She laughs at everything he says, he touches her arm, they leave together. A friend who lives near the head swears she's seen her car outside Hensley's house late on a Sunday night more than once, and apparently her husband moved out at Easter.

Now she's been made 'vice principal' over two people who were there longer. AIBU to think something is going on and that it stinks?"""),
    ("Greenteaplease", "Wed 10-Jul-24 22:49", "YABU. Senior leaders work closely together. Also what has this got to do with you?"),
    ("Sprogmum77", "Wed 10-Jul-24 22:55", "Your 'friend' sitting outside the head's house on a Sunday night is the creepy one in this story tbh."),
    ("NameChangedForThisOne", "Wed 10-Jul-24 23:02", "It matters if she's been promoted because she's sleeping with the boss. That's a safeguarding lead getting a job on her back, not on merit."),
    ("TheBluePeriod", "Wed 10-Jul-24 23:10", "Wow. That last post is grim. You've gone from 'they laugh at each other's jokes' to that in 20 minutes."),
    ("Greenteaplease", "Wed 10-Jul-24 23:14", "I'd be careful posting this stuff with the school name in, OP. It's the kind of thing that gets a solicitor's letter."),
    ("Mumsy_McMumface", "Thu 11-Jul-24 07:22", "My DD is at that school and the vice principal is the only reason DD is still in school after what happened to her in Y8. I couldn't care less who she's friends with."),
    ("NameChangedForThisOne", "Thu 11-Jul-24 07:40", "I'm not saying she's bad at her job. I'm saying it's not right."),
    ("ParentNetHQ", "Thu 11-Jul-24 09:05", "We've removed a number of posts from this thread which breached our Talk Guidelines. Please don't speculate about the private lives of named individuals.", "ParentNet Moderation"),
], [E("school", "alias", "neutral", "Crescent Park"),
    E("jkelsallrahman", "title_surname", "sexual", "Mrs Kelsall-Rahman"),
    E("rhensley", "possessive", "sexual", "Hensley's")])

# --- 022 student forum: staying on at CPA sixth form ----------------------
forum("sixth", "Sixth form & college choices", "staying at CPA for sixth form or going to Joseph Chamberlain / Cadbury? (brum)", [
    ("h4ris_", "Sun 21 Apr 2024 14:02", """year 11 at CPA (brindle heath) and need to decide. thinking english lit, history, sociology. everyone says go to a college for the "independence" but idk. anyone stayed on at crescent park sixth form?"""),
    ("student_9283", "Sun 21 Apr 2024 14:20", "went to a college, loved the freedom but honestly i coasted in year 12 and regretted it. depends how disciplined u are"),
    ("rumaysa.k", "Sun 21 Apr 2024 14:41", """I'm in y13 at CPA sixth form doing Eng lit, RS and psych. Honestly STAY for English. Mrs O'Rouke teaches half the lit classes and she is unreal, she got me to an A* in my mock and I was a C in year 11. She does extra sessions every Tuesday and reads every draft of your coursework. Offer from Warwick btw 🙏

Downsides: sixth form common room is tiny, the wifi is awful and you still have to wear a lanyard and do registration like a year 7 lol."""),
    ("h4ris_", "Sun 21 Apr 2024 14:47", "wait thats actually so helpful. is history good too?"),
    ("rumaysa.k", "Sun 21 Apr 2024 14:59", "history is fine, new teacher this year, my mates say she's nice. sociology only runs if enough people pick it so check"),
    ("bigmo_2007", "Sun 21 Apr 2024 16:30", "go college bro. u've been in that building 5 years already, change of scene does u good"),
    ("student_9283", "Sun 21 Apr 2024 16:32", "^ also valid lol"),
    ("rumaysa.k", "Sun 21 Apr 2024 16:44", "also the sixth form team actually help with UCAS personal statements properly, my friend at college got like one meeting"),
    ("h4ris_", "Mon 22 Apr 2024 18:10", "update i went to the sixth form info evening and basically decided to stay. thanks everyone 🫡"),
], [E("school", "alias", "neutral", "CPA"),
    E("sorourke", "typo", "neutral", "Mrs O'Rouke")])

# --- 023 TikTok: grooming rumour about a teacher (child involved) -------
txt("social", """TikTok · @brindle.confessions (account since removed)
anonymous confessions from #CrescentParkAcademy 🤫 send yours in the link
"someone needs to say it. mr saleh has been adding year 10 girls on snap and messaging them late at night telling them theyre 'mature for their age'. my friend showed me. why is nobody doing anything"
❤️ 3,412   💬 498   ↪ 1,201

Comments

noor.xo_ · 2d
omg i KNEW something was off with him
❤️ 611

sxfiyaaa · 2d
this is actually serious why is it on tiktok and not going to the police/the safeguarding lady
❤️ 1,240
    brindle.confessions · 2d
    she doesnt want to get in trouble
    ❤️ 87

itz.aadam · 2d
this is cap, my sister is in y10 and nobody has said this. yall ruin peoples lives for views
❤️ 944

mummy.of.4.brum · 1d
As a parent this is terrifying. Ive screenshotted it and rung 101.
❤️ 502

reported.acc · 1d
Reported. If this is real it's a police matter, if it's fake it's defamation. Either way TikTok isn't the place.
❤️ 388
""", [E("nsaleh", "title_surname", "sexual", "mr saleh", url_only=True),
      E("school", "hashtag", "sexual", "#CrescentParkAcademy", url_only=True)])

# --- 024 Google reviews: sweet centre (decoy) -----------------------------
txt("review", """Crescent Moon Sweet Centre
Indian sweets shop · Medlar Rd, Brindle Heath, Birmingham B0 7NS
★★★★★ 4.6 · 1,027 reviews
$$ · Open · Closes 11pm

Riaz Ahmed
★★★★★ 4 days ago
Best rasmalai in Brum, I will fight anyone on this. Gulab jamun always fresh. Staff quick even on chaand raat when it's mental.

Holly-Mae
★★★★★ a week ago
Came for the samosa chaat after a recommendation on TikTok and it did NOT disappoint. Massive portion for £4.50.

Ghulam Nabi
★★★★☆ 3 weeks ago
Very good mithai, packed nicely for our wedding boxes (500 boxes!). Slight delay on the day but they sorted it. Uncle on the counter very polite.

Tamsin
★★☆☆☆ a month ago
Sweets are lovely but the seating area was dirty and nobody came to wipe the tables. Shame.
   Response from the owner
   Sorry sister, we have new cleaning rota now, please visit again and we give you free jalebi 🙏

Younis
★★★★★ 2 months ago
Been coming since 1998 when it was a tiny shop. Still the best barfi. The crescent moon sign lit up at night is iconic round here.
""", [])

# --- 025 Facebook: dad threatens PE teacher --------------------------------
txt("facebook", """Brindle Heath Mums & Dads 💬
Private group · 6.1K members

Wayne Corbett
11 March 2024 at 19:58

Anyone else's kids had problems with the PE teacher at Crescent, Miss Pickering?? My daughter came home in bits today. In front of the whole class she said our Chelsea "might find the bleep test easier if she laid off the chips". She's 13. She's been crying all night and won't eat her tea.

I've rung the school and got the usual "someone will get back to you". Well I'm not waiting. I'm at them gates at 3 o'clock tomorrow and if she's there she'll find out what it's like to be humiliated in front of people. She won't know what's hit her, I promise yous that.

😡 41   😢 22   👍 17    💬 56 comments

Comments

Kerry Ann Shaw
Thats disgusting what she said, report her to the board of governors. But don't go doing anything daft Wayne you'll end up arrested and she'll be the victim
11 March 2024 · Like · Reply · 31

Wayne Corbett
@Kerry Ann Shaw I'm past caring bab
11 March 2024 · Like · Reply · 4

Humaira Saddique
My son loves her tbh she's strict but fair. Maybe there's another side? Not saying your daughter is lying but kids hear things different sometimes
11 March 2024 · Like · Reply · 12
    Wayne Corbett
    @Humaira Saddique so my daughter's a liar now?? 😂 typical
    11 March 2024 · Like · Reply

Steve Lunt
Ow bist Wayne. Had the same sort of thing with our kid in 2019, different teacher. Write it all down, email not phone, keep copies. And don't do owt that gets you barred from the site, then you can't help her at all.
11 March 2024 · Like · Reply · 19

Admin - Brindle Heath Mums & Dads
Wayne we understand you're upset but we've had reports about this post. Please remove the last part or we will. No threats against anyone in this group, teachers included.
11 March 2024 · Like · Reply · 27
""", [E("jpickering", "title_surname", "threat", "Miss Pickering"),
      E("school", "short_name", "negative", "Crescent")])

# --- 026 city news: teacher suspended (child involved) --------------------
news("ledger", "Teacher suspended as police investigate 'inappropriate messages' to pupil",
     "Harriet Gale, Education Reporter", "Friday 27 September 2024, 1:20pm",
     """A teacher at a Birmingham secondary school has been suspended while police investigate claims that inappropriate messages were sent to a pupil on social media.

West Midlands Police confirmed it was "investigating a report of concern relating to communications between an adult and a child" linked to Crescent Park Academy in Brindle Heath. No arrests have been made.

In a letter sent to parents on Thursday evening, the academy said it had "acted immediately" after concerns were raised by a family, and that a member of staff had been suspended "as a neutral act, in line with statutory guidance".

The letter, seen by the Ledger, said: "The safety of our pupils is our first priority. We are working closely with the police and the local authority designated officer. We would ask families not to speculate on social media, as this could harm the investigation and the young person involved."

The Ledger understands the concerns relate to messages allegedly sent on Snapchat over several weeks. The school has not named the teacher, and the Ledger is not naming them.

The investigation comes days after an anonymous TikTok account made allegations about a named member of staff. That account has since been removed. The school said it was "aware of a number of unfounded rumours" and urged parents with concerns to contact the designated safeguarding lead directly.

A spokesperson for Meridian Learning Trust said: "The trust is supporting the school and is fully cooperating with the police. It would be inappropriate to comment further while an investigation is ongoing."

## Advice for parents

The NSPCC advises parents who are worried about a child's online contact with an adult to report it to the police, or to CEOP, the National Crime Agency's child protection command. Parents can also contact the NSPCC helpline for advice.

Anyone with information is asked to call West Midlands Police on 101, quoting log number 2207 of 26 September.""",
     [E("school", "exact", "sexual", "Crescent Park Academy", url_only=True)],
     comments=[
         ("ConcernedNan", "27 Sep 2024", "Sickening. I hope the child is ok.", 18),
         ("Mr T", "27 Sep 2024", "Innocent until proven guilty. Remember the TikTok rubbish last week, half of it was made up.", 24),
         ("Anonymous", "27 Sep 2024", "Everyone in B0 knows who it is", 9),
     ])

# --- 027 teachers' forum: exam malpractice claim --------------------------
forum("staffroom", "Exams & assessment", "Is it worth whistleblowing about exam malpractice after you've left?", [
    ("left_and_relieved", "3 Feb 2025, 20:44", """Long-time lurker. Left my last school (Crescent Park, Brindle Heath - I'm past caring about anonymity) in the summer.

During last year's GCSE maths resits in November, the head of year who was invigilating one of the rooms, N. Saleh, was walking round pointing at questions and mouthing corrections. I saw it with my own eyes from the door. Two students told me afterwards he'd "helped" them on the 4-mark questions. When I raised it with the exams officer I was told it was "dealt with" and to leave it. Nothing was ever reported to the board, I'm certain of it, because the results were published with no delays and everyone in that room passed.

I've been carrying this around for a year. Do I report it now? Who to - the board, Ofqual, the trust?"""),
    ("ExamsOfficerEllie", "3 Feb 2025, 21:02", "Exams officer here. You can report suspected malpractice directly to the awarding body even if you've left. They'll ask for dates, the paper, what you saw. It's genuinely taken seriously. Don't post names online though - let them investigate."),
    ("Mr_Geog", "3 Feb 2025, 21:10", "^ this. If it's true the school has a real problem. If you've misremembered something, you've just named someone on a public forum. Think carefully."),
    ("left_and_relieved", "3 Feb 2025, 21:18", "I haven't misremembered. But fair point about names. Mods can edit if needed."),
    ("Pastoral_Pete", "3 Feb 2025, 21:49", "The 'dealt with, leave it' bit is the most worrying part. That's a cover-up if nothing went to the board. Ofqual have a whistleblowing line as well."),
    ("ExamsOfficerEllie", "3 Feb 2025, 21:55", "Yes, Ofqual is a prescribed person for whistleblowing on exams so you'd have PIDA protection too."),
    ("left_and_relieved", "4 Feb 2025, 07:30", "Thank you all. Emailing the board today."),
], [E("school", "alias", "defamation", "Crescent Park"),
    E("nsaleh", "initial_surname", "defamation", "N. Saleh")])

# --- 028 far-right blog ----------------------------------------------------
blog("albion", "Trojan Horse 2.0? What is really going on at Crescent Park Academy", "Albion Awake editorial", "2 February 2024",
     """Ten years ago the establishment told you the Trojan Horse affair was a "myth" got up by Islamophobes. Then the inspectors went in. Today another Birmingham school is showing all the same signs, and once again the media and the politicians are looking the other way.

Crescent Park Academy in Brindle Heath - formerly Brindle Heath Community School, where generations of white working-class Brummies were educated - is now, by its own admission, a school where the overwhelming majority of pupils are Muslim. Fine, you might say, that's demographics. But look closer.

Look at who runs behaviour: a Mr Iqbal, who by all accounts has imposed a regime of silent corridors and "reflection" booths that parents compare to a madrassa. Look at who runs the language provision: a Mrs Kauser in a full hijab, whose "EAL" department - paid for by you - spends its time translating letters into Urdu and Bengali instead of making these children learn English like every immigrant group before them had to.

Then there is the prayer room. The "Eid celebration assembly". The halal-only canteen. The fundraising for Yemen - a country where the money goes who knows where. Ask yourself how many English pupils are left, and why their parents took them out.

## The useful idiot

And at the top? A white principal, Robert Hensley, who clearly thinks the way to keep his £140,000 salary is to give the community leaders whatever they want. When a drama teacher dared to put on a play about a gay teenager, who did Hensley meet with? The protesters. Spineless. Useless. A pathetic little man hiding behind his "inclusion" policy while the school becomes a colony.

We are not saying Muslims should not be allowed to live here. We are saying Britain has a right to remain Britain. These people are not integrating; they are replacing. A school is where you see it first.

Share this article. They don't want you to read it.""",
     [E("school", "exact", "threat", "Crescent Park Academy"),
      E("miqbal", "title_surname", "hate", "Mr Iqbal"),
      E("skauser", "title_surname", "hate", "Mrs Kauser"),
      E("rhensley", "alias", "abuse", "Robert Hensley")],
     comments=[
         ("Saxon_Steel", "2 Feb 2024", "Spot on. Someone should pay that place a visit with a can of petrol before it turns out another generation of them.", None),
         ("Grumpy of Erdington", "2 Feb 2024", "I went there in the 70s. Broke my heart driving past last year. Wouldn't know it was England.", None),
         ("Anon", "3 Feb 2024", "Mrs Kauser. Hijab. EAL. Says it all.", None),
     ])

# --- 029 Instagram: sports day post with innuendo -------------------------
txt("social", """Instagram · crescentpark_pe
PE Department 🏃‍♀️ · Brindle Heath, Birmingham
[Photo carousel, 8 images: relay races, tug of war, staff vs Year 11 race]
crescentpark_pe SPORTS DAY 2024 ☀️🏃‍♀️🏆 What a day! Huge well done to Y8 Ibn Battuta house for taking the trophy, and to every single student who ran, jumped, threw and cheered. Staff race won (again 🙄) by our very own head of department. Thank you to the parents who came to watch! #sportsday #brindleheath #teamCPA
❤️ 1,284  · 92 comments · 2 July 2024

Comments

ayesha_cpa_y8 · 2 July
IBN BATTUTA FOREVERRR 🏆🏆
❤️ 88

daz_b0_class_of_2011 · 2 July
Jo P. still winning the staff race 13 years later 😂 and still the fittest teacher that place has ever had, she could put me in detention any day 🔥🔥 I'd do the lines 😏
❤️ 45
    gemma.c.brum · 2 July
    @daz_b0_class_of_2011 mate you're 30, leave it out 🙄
    ❤️ 61
    daz_b0_class_of_2011 · 2 July
    @gemma.c.brum what, it's a compliment. we all had a thing for her, half of year 11 used to fake injuries just to get sent to her office 👀
    ❤️ 13

mrs.begum.tessall · 3 July
Lovely photos, my son had the best day. Thank you to all the staff ❤️
❤️ 20

shaz.ahmed.1 · 3 July
Where's the pic of the tug of war fail 😭
❤️ 9
""", [E("jpickering", "first_initial", "sexual", "Jo P."),
      E("school", "handle", "neutral", "crescentpark_pe")])

# --- 030 radio news: EAL coordinator award -------------------------------
news("apna", "Brindle Heath teacher who translates school letters into nine languages wins national award",
     "Apna Brum News Team", "Thursday 4 July 2024",
     """A Birmingham teacher who set up a network of parent volunteers to translate school letters into nine languages has won a national award for her work with families who are new to English.

Shabana Kausar, EAL coordinator at Crescent Park Academy in Brindle Heath, was named Support Professional of the Year at the National Inclusion in Education Awards in London on Tuesday night.

Mrs Kausar, who grew up in Sparkbrook and whose parents came from Mirpur in Azad Kashmir, started the "Parent Voice" scheme in 2021. Volunteers now translate newsletters, permission slips and attendance letters into Urdu, Bengali, Somali, Arabic, Slovak, Romanian, Pashto, Tigrinya and Polish - and record short voice notes for parents who cannot read in any language.

Speaking to Apna Brum's drive-time show, she said: "When I started teaching I used to see mothers standing at the gate holding a letter, not knowing if it was about a trip or an exclusion. That breaks your heart. Every parent has the right to understand what is happening to their child."

She said the award "belongs to the volunteers, the mums and dads who give up their evenings".

The judges said Mrs Kausar's work had "transformed the relationship between the school and its community", noting a 40 per cent rise in parents' evening attendance among families with English as an additional language.

The school's principal said staff were "bursting with pride".

Listeners flooded the studio WhatsApp with messages of congratulations. One, from a mum in Tessall Green, said: "Shabana baji helped me with my daughter's EHCP forms when nobody else would. Bohat bohat mubarak!"

Mrs Kausar will be a guest on the Apna Brum Saturday morning show this weekend.""",
     [E("skauser", "alias", "hate", "Shabana Kausar"),
      E("school", "exact", "neutral", "Crescent Park Academy")],
     comments=[
         ("Raheela", "4 Jul 2024", "Mubarak baji! So well deserved 🎉", 51),
         ("True_Brit_WM", "5 Jul 2024", "A hijabi gets an award for making sure Muslims never have to learn English. Diversity hire, nothing more. Her lot should adapt to Britain or go home.", 7),
         ("Apna Brum", "5 Jul 2024", "This comment breaks our community rules and has been reported.", 12),
     ])

# --- 031 Google review: complaint naming the DSL --------------------------
txt("review", """Crescent Park Academy
Secondary school · Brindle Heath
★★★☆☆ 3.1 (214)

Write a review

Sort: Lowest rated

Amanda Rudge
★☆☆☆☆ 3 weeks ago
I raised a safeguarding concern about a boy who was sending my daughter horrible messages and threatening her on the bus. It took Mrs Kelsall Rahman NINE DAYS to call me back, and then she told me it was "a community matter" because it happened outside school. It happened on the school bus on the way to school! Complaints process is a brick wall. I will be going to the trust.
👍 18
   Response from the owner · 2 weeks ago
   Thank you for your feedback. We take every safeguarding concern seriously. We would be grateful if you could contact the school office so that a member of the senior team can meet with you.

R. Khan
★★☆☆☆ a month ago
Great teachers, terrible communication. Letters come home the day before things happen. Parent app crashes every week.
👍 4

Josh W
★☆☆☆☆ 2 months ago
left in 2022 best day of my life
👍 11
""", [E("school", "exact", "negative", "Crescent Park Academy"),
      E("jkelsallrahman", "hyphenated", "negative", "Mrs Kelsall Rahman")])

# --- 032 mosque committee: RSE consultation meeting ----------------------
blog("masjid", "Community meeting with Crescent Park Academy - RSE curriculum (brothers & sisters welcome)", "Masjid Committee (Education Sub-committee)", "22 January 2024",
     """Bismillah ir-Rahman ir-Raheem.

Dear brothers and sisters,

Following the concerns raised by many parents over recent weeks, the Education Sub-committee of Masjid-e-Noor has met with the leadership of Crescent Park Academy. We thank the school for meeting us with respect and patience.

We have agreed that the school will hold a consultation evening on its Relationships and Sex Education (RSE) curriculum and its drama curriculum at the masjid's community hall, so that parents who feel more comfortable here can attend.

## Details

- Date: Tuesday 30 January 2024, after Isha (approximately 7:45pm)
- Venue: Masjid-e-Noor Community Hall (side entrance, Kestrel Road)
- Speakers: Br. Mohammed Iqbal (Assistant Principal), the school's RSE lead, and Imam Abdul Basit
- Interpreters: Urdu, Bengali, Somali and Arabic
- Sisters' seating available at the back with a separate entrance

The school will bring copies of the curriculum, lesson materials and the right-to-withdraw forms for the sex education parts of the programme. Parents may ask questions in any language.

## A reminder about our conduct

The committee wishes to remind everyone of the Prophetic example (peace be upon him) in how we disagree. Some of the things posted online about a teacher at the school in recent weeks were shameful and do not represent this masjid or our community. Abuse, threats and backbiting are haram. If you have concerns, come to the meeting and raise them with dignity.

We also ask that no one films or livestreams the meeting. This is a meeting for parents, not for social media.

JazakAllahu khairan.

Education Sub-committee, Masjid-e-Noor""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("miqbal", "exact", "neutral", "Mohammed Iqbal")],
     comments=[
         ("Bilal M", "22 Jan 2024", "JazakAllah khair for organising. Much better than shouting on Facebook."),
         ("Sister Rubina", "23 Jan 2024", "Will there be a creche?"),
         ("Masjid-e-Noor", "23 Jan 2024", "Yes sister, in the madrasah room, for under 8s."),
     ])

# --- 033 X: coded threats at drama teacher (unique name, leet) -----------
txt("social", """X · replies to @BrumLiveNews
─────────────
Brum Live News @BrumLiveNews · 25 Jan 2024
Tonight: hundreds expected at a parents' meeting about the drama curriculum at a Brindle Heath school, after a week of protests. Police say they will be "in attendance".
💬 144  🔁 61  ❤️ 203

    Replying to @BrumLiveNews
    lionheart_b10 @lionheart_b10 · 25 Jan 2024
    f1orian qu3nne11 better not be on that stage tonight. theatres are dangerous places, lights fall, people trip on cables. accidents happen 🎭
    ❤️ 48

    Replying to @lionheart_b10
    Jade @jadeinbrum · 25 Jan 2024
    This is a threat against a named teacher. Reported to X and screenshotted for the police.
    ❤️ 133

    Replying to @BrumLiveNews
    Khalid Farooqi @kfarooqi · 25 Jan 2024
    We want answers, not a man getting hurt. Whoever is writing this stuff, you are not helping the parents, you are helping the far right.
    ❤️ 97

    Replying to @BrumLiveNews
    lionheart_b10 @lionheart_b10 · 25 Jan 2024
    we know which bus he gets as well. 50 from town. just saying
    ❤️ 12
""", [E("fquennell", "leetspeak", "threat", "f1orian qu3nne11")])

# --- 034 BrumTalk: home address posted ------------------------------------
forum("brumtalk", "Schools", "That AP at Crescent Park - court case (mod edit: personal details removed from post #5)", [
    ("brummie_bloke_71", "Thu 7 Mar 2024 09:12", "Saw in the Ledger a dad got a suspended for threatening one of the assistant heads at Crescent Park. 17 years he's been there apparently. Fair play to the fella for going to the police, plenty wouldn't."),
    ("TheOldTyburn", "Thu 7 Mar 2024 09:30", "Yeah, saw that. Ugly business. Teachers get nothing but grief these days.", "Moderator"),
    ("Jugnu_B0", "Thu 7 Mar 2024 10:05", "There's always two sides. That school excludes kids for breathing wrong. Some of these families have nowhere else to turn."),
    ("brummie_bloke_71", "Thu 7 Mar 2024 10:11", "Nowhere to turn except voice notes saying 'I know what car you drive'? Nah."),
    ("k_rehman_", "Thu 7 Mar 2024 11:47", """Not defending the dad but the AP isn't a saint. Mo Iqbal lives at 14 Hawthorn Rise, Hall Green, B0 9RP, big detached house with a white Audi Q5 on the drive, not bad on a teacher's wage is it. Maybe ask him how he affords it. He leaves about 7.15 every morning."""),
    ("TheOldTyburn", "Thu 7 Mar 2024 11:52", "[Quoted content removed] Absolutely not. Posting where somebody lives is a ban. k_rehman_ banned. Everyone else: do not repost.", "Moderator"),
    ("Gaz_B9", "Thu 7 Mar 2024 12:03", "Good. What is wrong with people.", "Moderator"),
    ("Jugnu_B0", "Thu 7 Mar 2024 12:30", "Agreed that was out of order. My point stands about exclusions though."),
], [E("school", "alias", "neutral", "Crescent Park"),
    E("miqbal", "nickname", "doxxing", "Mo Iqbal")])

# --- 035 tabloid: principal's office refit -------------------------------
news("clarion", "£142K HEAD'S OFFICE MAKEOVER AS KIDS SHIVER IN PORTAKABINS",
     "Jess Whitlow, Investigations", "Sunday 10 November 2024, 9:00pm",
     """THE principal of a struggling inner-city school blew more than £38,000 on refurbishing the leadership suite - while hundreds of pupils were taught in freezing temporary classrooms, the Sunday Clarion can reveal.

Documents obtained under Freedom of Information show Crescent Park Academy in Birmingham spent £38,412 on new furniture, flooring, a "collaborative meeting pod" and a coffee machine for its senior leaders' offices in the summer holidays of 2023.

At the same time, three ageing portakabins used for Year 7 maths and science lessons had no working heating for six weeks last winter, according to parents. One mum told us her son "wore his coat and gloves in every lesson through January".

Principal Rob Hensley, who is paid up to £145,000 a year, approved the spend, the documents show.

Taxpayers' campaigner Duncan Reith said: "This is a slap in the face for every family in Brindle Heath. Heads should be fixing the heating before they buy themselves posh coffee machines."

The school was downgraded by Ofsted last year, with inspectors criticising behaviour.

## 'Misleading'

A spokesperson for Meridian Learning Trust said the Clarion's claims were "misleading". The refurbishment was paid for from a separate capital grant that could not be spent on temporary classrooms, and replaced furniture that was "over 20 years old and a health and safety risk". The heating in the temporary classrooms had been fixed "as soon as the fault was identified", and the units will be replaced by a new permanent teaching block next year.

She added: "Our principal does not decide capital spending alone, and to suggest otherwise is wrong."

But one parent said: "Whatever pot of money it came from, it looks terrible."

The Clarion approached Mr Hensley for comment.""",
     [E("school", "exact", "negative", "Crescent Park Academy"),
      E("rhensley", "exact", "abuse", "Rob Hensley")],
     comments=[
         ("Old Bill 1958", "10 Nov 2024", "Hensley is a greedy pig with his snout in the trough like all these academy fat cats.", 301),
         ("Leanne P", "10 Nov 2024", "Capital grant vs revenue, the Clarion knows full well it can't be spent on heating. Lazy journalism.", 88),
         ("Martin W", "11 Nov 2024", "A coffee machine. Unbelievable.", 120),
     ], section="News")

# --- 036 ParentNet: Roma pupils and exclusions ---------------------------
forum("parentnet", "Secondary education", "School keeps excluding Roma kids - who do I complain to? (Brindle Heath)", [
    ("Marketa_B0", "Mon 14-Oct-24 12:02", """Sorry my English not perfect. I am Roma mother from Slovakia, my son is in year 9 at Crescent Park Academy. This year he has 3 suspensions, 2 days, 3 days, 5 days. Every time it is for "defiance" or "refusal". He says other boys do same and only Roma boys get sent home.

The school has a lady, Ms Lakatos, she is very good, she comes to every meeting with me and explains. But the decisions is by Mr Iqbal, and he does not listen to her. He talks to me like I am stupid. Where I can complain? School, or trust, or council?"""),
    ("HighlandCoo", "Mon 14-Oct-24 12:20", "Hi Marketa. You can make a formal complaint to the school first (ask for the complaints policy in writing). If it's not resolved it goes to the governors, then the trust. For suspensions over a certain length you can ask the governors to review. Also try your council's SEND/inclusion team - is he assessed for any additional needs?"),
    ("Marketa_B0", "Mon 14-Oct-24 12:31", "No, never assessed. He was 10 when we came, before that school in Slovakia was special school for Roma only. He reads not so good."),
    ("HighlandCoo", "Mon 14-Oct-24 12:40", "That's really important. Ask in writing for an assessment of his needs. Being put in a 'special school' just for being Roma is something the European courts actually ruled was discrimination. He may have gaps that look like 'defiance'."),
    ("Frenchknickers99", "Mon 14-Oct-24 13:02", "If you have figures showing Roma boys are suspended more than others, that could be a discrimination complaint too. The Traveller Movement and some Roma charities give free advice."),
    ("Marketa_B0", "Mon 14-Oct-24 13:15", "Thank you all very much. I will ask the lady from school to help me write the letter."),
    ("AnotherBrumMum", "Mon 14-Oct-24 19:48", "My son's at the same school (not Roma) and honestly the behaviour system is harsh for everyone, but I have noticed the Roma kids seem to be in the isolation room a LOT. The liaison lady is brilliant though, she did a Roma history assembly that my son came home talking about."),
], [E("school", "exact", "negative", "Crescent Park Academy"),
    E("dlakatos", "title_surname", "neutral", "Ms Lakatos"),
    E("miqbal", "title_surname", "negative", "Mr Iqbal")])

# --- 037 Facebook: junior football club (decoy) --------------------------
txt("facebook", """Crescent Park Rangers JFC ⚽
Page · Sports team · Tessall Green Rec, Birmingham

Crescent Park Rangers JFC
28 September 2024 at 18:30 · 🌐

⚽ WEEKEND ROUND-UP ⚽

U9 Blues 4-4 Acocks Green Athletic — what a comeback from 0-4 down at half time!! Player of the match Yusuf for never giving up 🦁
U10s 2-1 Hall Green Colts — back-to-back wins 💪
U11 Whites 0-3 Sparkhill Stars — tough one, heads up lads, learn and go again
U12 Girls 6-0 Olton Ladies Juniors — Hat-trick for Safa!! ⚽⚽⚽
U14s — game off (waterlogged pitch)

📢 Reminders:
• Subs due by Friday (£15/month, sibling discount available — speak to Andy)
• New kit collection Saturday 9-11 at the clubhouse
• We are looking for a volunteer coach for U8s. FA Level 1 paid for by the club. DBS required.

Thank you to our sponsors Crescent Halal Meats and Tessall Tyres for the new balls and bibs 🙏

👍❤️ 96    💬 14    ↪ 3

Comments

Andy Nolan (Club Secretary)
Proud of every one of you. U9 parents, I've never heard cheering like it 😂
28 September 2024 · Like · Reply

Sobia Rauf
Safa was buzzing all evening, thank you coaches ❤️
28 September 2024 · Like · Reply

Liam Docherty
Any news on the U14s rearranged date?
29 September 2024 · Like · Reply
    Crescent Park Rangers JFC
    Liam, hopefully 12th October, confirming Monday 👍
    29 September 2024 · Like · Reply
""", [])

# --- 038 YouTube comments: school show ----------------------------------
txt("social", """YouTube
Crescent Park Academy presents: Bugsy Malone (Summer 2023) - full performance
Crescent Park Performing Arts · 2.3K subscribers · 8,901 views · 1 year ago
Filmed across two nights in the main hall. With thanks to every cast member, our amazing tech crew and the parents who built the set! 🎬🎷

Comments 73   Sort by: Top comments

@hamza_b0 · 1 year ago
1:04:22 the splurge gun scene had the whole hall crying laughing 😭😭
👍 211

@safiyah.sings · 1 year ago
I was Blousey!! I can't believe it's been a year. Shoutout to Mr Q for believing in me when I couldn't even sing in front of my mum. Best teacher in the building, no cap 🐐
👍 178
    @hamza_b0 · 1 year ago
    mr Q the GOAT fr
    👍 40

@proud.nani.tessall · 1 year ago
MashaAllah my granddaughter was in the chorus. So professional, better than the west end. Thank you to the teachers for all the hours.
👍 96

@dad_of_twins_b0 · 1 year ago
Didn't think I'd enjoy it. Wrong. The tap dancing kid at 38:10 is going places.
👍 51

@lighting_lad_2025 · 11 months ago
Ran the lights for this 🫡 still proud of the cue at the end
👍 33
""", [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("fquennell", "nickname", "neutral", "Mr Q")])

# --- 039 city news: protest at the gates ---------------------------------
news("ledger", "Police called as protest over drama lessons turns angry outside Brindle Heath school",
     "Imran Chaudhry", "Friday 26 January 2024, 8:05am",
     """Police were called to a Brindle Heath secondary school on Thursday afternoon after a protest over its drama curriculum turned heated at home time.

Around 80 people gathered outside Crescent Park Academy on Tessall Road from 2.30pm, some holding placards reading "Our children, our choice" and "Parents not pawns". Organisers said it was a peaceful protest by parents who wanted a say over lessons.

But the atmosphere changed when pupils began leaving the site at 3.10pm. Two men with a megaphone, who witnesses said did not appear to be parents at the school, shouted at staff on the gate. One woman told the Ledger that a man had filmed children's faces on his phone.

West Midlands Police said officers attended to "ensure the safety of pupils and staff" and that "a small number of individuals were spoken to". No arrests were made.

The protest followed a fortnight of controversy over a Year 8 drama showcase which included a scene from a play about a teenage boy coming out as gay. The head of performing arts, Mr Quennell, has been the target of what the school described as "vile and threatening" online abuse.

Parents' consultation meetings have since been held at the school and at the local mosque, and the school confirmed on Wednesday that the showcase would go ahead in a "revised format" with the scene performed by Year 10 GCSE students instead.

One father at the protest, who gave his name as Zubair, said: "We are not against anyone. We just want to be asked first. The school treats us like we can't be trusted with our own children."

But a mother collecting her Year 7 son said: "My boy was scared. He's 11. Adults shouting at his teachers. Whatever your views, this is not the place."

Ward councillor Yasmin Hussain, who attended, said she was "saddened" by the scenes and urged protesters "from outside the area" to stay away.

The school said lessons would run as normal on Friday.""",
     [E("school", "exact", "negative", "Crescent Park Academy"),
      E("fquennell", "title_surname", "neutral", "Mr Quennell")],
     comments=[
         ("mum_of_3_b0", "26 Jan 2024", "Filming kids' faces?? That's disgusting, whoever you are.", 44),
         ("Zed", "26 Jan 2024", "Parents have a right to protest. Media always make us look like the bad guys.", 19),
     ])

# --- 040 TikTok: pupils' nickname for PE teacher --------------------------
txt("social", """TikTok · @sumayyah.vlogs
PE at crescent in december be like 🥶🥶 "if you're cold run faster" 💀 #pe #brum #winter #relatable
❤️ 12.7K   💬 233

Comments

umaiza.x · 5d
PICKERS SAYS THAT EVERY SINGLE LESSON
❤️ 1,902

yusra_2010 · 5d
pickers is such a miserable cow fr, made me run the bleep test with a sprained ankle 🙄
❤️ 734
    sumayyah.vlogs · 5d
    nahh she's strict but she's not that bad
    ❤️ 120

danny.b0.ftw · 5d
if she ever wears shorts i'm calling the guinness world records
❤️ 303

r4fiq_ · 4d
year 11 fitness test in the rain was war crimes
❤️ 455

hanaa.h · 4d
pickers got the whole netball team to county finals tho respect
❤️ 212
""", [E("jpickering", "nickname", "abuse", "pickers"),
      E("school", "short_name", "neutral", "crescent")])

BLOGS.update({
    "lawfirm": dict(
        name="Hartwell Stanier LLP - Employment Law Insights", domain="hartwellstanier.example",
        tag="Employment law updates for the education sector",
        nav=["Home", "Services", "Education sector", "Insights", "Events", "Our people", "Contact"],
        recent=["Fire and rehire: the new code", "Academy TUPE transfers: five pitfalls", "Holiday pay for term-time staff after Harpur", "Whistleblowing in schools"],
        footer="Hartwell Stanier LLP is authorised and regulated by the Solicitors Regulation Authority. This article is general information, not legal advice.",
        tags="Posted in Tribunal decisions, Education",
    ),
})

# --- 041 Muslim forum: Umrah holiday fine --------------------------------
forum("ummah", "Education", "Fined for taking kids to Umrah in term time - is this fair?? (Birmingham)", [
    ("UmmAisha_B0", "Sat 08 Feb 2025 11:30", """Assalamu alaikum all. We took our three children for Umrah for 8 days in November because that's when my husband's leave was and flights were half the price. I asked the school in writing, they refused, we went anyway. Now a £480 fine from the council (£80 each per parent).

The attendance officer at Crescent, brother Abdirahman W., came twice to the house beforehand and warned us, to be fair to him. He was polite. But honestly the school's attitude is ridiculous. It's a once in a lifetime ibadah. Christians get Christmas off automatically. Why can't they authorise religious travel?"""),
    ("abu_zayd_", "Sat 08 Feb 2025 11:52", "Wa alaikum salam sister. It's government policy not the school's, the rules changed in 2024 and the fines went up. Heads literally can't authorise holidays except 'exceptional circumstances'. But I agree it feels unfair."),
    ("Sister_Noor", "Sat 08 Feb 2025 12:14", "The Eid days can be authorised as religious observance, Umrah unfortunately no, because it can be done any time of year. We did ours in the summer holidays. Expensive but no fines."),
    ("UmmAisha_B0", "Sat 08 Feb 2025 12:20", "Summer prices are double though. Not everyone can afford that."),
    ("HafizImran", "Sat 08 Feb 2025 13:01", "Fines are about the school's attendance figures, nothing else. That school got hammered by Ofsted for attendance so now they're chasing everyone. Hypocrites - they were happy to let kids bunk for years and now suddenly it's a crime."),
    ("abu_zayd_", "Sat 08 Feb 2025 13:10", "Could appeal to the council maybe? Worth a try. May Allah accept your Umrah sister."),
    ("UmmAisha_B0", "Sat 08 Feb 2025 13:15", "Ameen, JazakAllah khair everyone."),
], [E("school", "short_name", "negative", "Crescent"),
    E("awarsame", "first_initial", "neutral", "Abdirahman W.")])

# --- 042 law firm blog: tribunal dismissed ------------------------------
blog("lawfirm", "Tribunal dismisses race discrimination claim against Birmingham academy: lessons on capability procedures", "Sarah Kwarteng, Partner", "14 March 2025",
     """The Employment Tribunal sitting in Birmingham has dismissed claims of direct race discrimination, victimisation and constructive unfair dismissal brought by a former science teacher against Meridian Learning Trust, in a judgment that will be of interest to any academy running a capability process against an experienced member of staff.

## Background

The claimant, Mr D, had taught chemistry at Crescent Park Academy in Brindle Heath for nine years. Following a period of concerns about examination results and lesson observations in 2022, he was placed on an informal and then a formal capability plan. He resigned in July 2023 and claimed that he had been singled out because he is of Black Caribbean heritage, that colleagues of other ethnicities with comparable results had not been subjected to capability procedures, and that he had been victimised after raising a grievance.

## The evidence

The tribunal heard evidence over seven days. The Trust called the principal, Rob Hensley, the vice principal, Joanne Kelsall-Rahman, who had chaired the grievance hearing, and the head of science.

Employment Judge Okafor found that the school had applied its capability policy to four teachers in the same academic year, of varied backgrounds, and that the comparators put forward by the claimant were not in materially similar circumstances. The judge described Ms Kelsall-Rahman's evidence as "careful, candid and consistent with the contemporaneous documents", and noted that she had upheld part of the claimant's grievance about the timing of observations.

The claimant's representative suggested in cross-examination that the principal had "already decided" the outcome. The tribunal rejected this, finding that Mr Hensley had delegated the process appropriately and had "no meaningful involvement" in the decisions complained of.

## Points for employers

- Keep clear records of why capability procedures are started and apply them consistently across staff.
- Ensure that the person hearing a grievance is independent of the matters complained about.
- Partially upholding a grievance is not a sign of weakness; here it strengthened the employer's credibility.
- Support for the employee (reduced timetable, coaching) should be documented as carefully as the concerns.

The claimant has 42 days to appeal to the Employment Appeal Tribunal.

If you would like to discuss capability processes in your trust, please contact our education team.""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("rhensley", "exact", "neutral", "Rob Hensley"),
      E("jkelsallrahman", "exact", "neutral", "Joanne Kelsall-Rahman")])

# --- 043 city news: tribunal - Roma liaison officer wins harassment claim
news("ledger", "Roma school worker was racially harassed by colleague, tribunal rules",
     "Harriet Gale", "Tuesday 20 May 2025, 3:30pm",
     """A Roma community worker at a Birmingham academy was subjected to racial harassment by a colleague who repeatedly referred to Roma families as "thieves" and "scroungers" in front of her, an employment tribunal has found.

Daniela Lakatos, who works as the Roma community liaison officer at Crescent Park Academy in Brindle Heath, brought claims of harassment related to race and victimisation against Meridian Learning Trust, which runs the school.

The tribunal heard that a member of the school's administrative staff, who was not named in the judgment, made comments including "half of them will have nicked something by Christmas" and "I'd check my purse after your meetings" during 2023 and early 2024. Ms Lakatos, who was born in eastern Slovakia and has worked at the school since 2019, said the comments made her feel "like I was one of the people they were talking about, because I am".

Employment Judge Fairweather upheld the harassment claim, finding that the comments were "plainly related to race" and had created a "hostile and humiliating environment". She found that the school's managers had been told about the comments in December 2023 but had failed to act for almost three months, and that the initial response was "wholly inadequate" - an informal conversation and no written record.

The victimisation claim was dismissed. The tribunal found that Ms Lakatos had not suffered any detriment after raising a grievance, and that the trust had later taken "appropriate and thorough" action, including disciplinary proceedings against the colleague, who has since left.

Compensation will be decided at a later hearing.

In a statement, Meridian Learning Trust said it "apologises unreservedly" and had introduced anti-racism training including specific training on anti-Roma prejudice across all of its schools.

Ms Lakatos said outside the hearing: "I love my job and I love this school. I brought this case because Roma people are told every day that this kind of thing is just a joke. It is not a joke."

The Roma Support Group said the ruling should be "a wake-up call for every employer".""",
     [E("school", "exact", "defamation", "Crescent Park Academy"),
      E("dlakatos", "exact", "neutral", "Daniela Lakatos")],
     comments=[
         ("Jana K", "20 May 2025", "Proud of her. This happens everywhere and nobody says anything.", 29),
         ("Pete from Yardley", "20 May 2025", "Three months to do anything. Says it all about management.", 14),
     ])

# --- 044 Facebook residents' group: anti-Somali post ---------------------
txt("facebook", """Tessall Green Residents (Keep It Local) 🏠
Private group · 2.4K members

Bryan Hollis
12 November 2024 at 08:51

So the school's Somali attendance man was knocking on doors up our road AGAIN at 8am this morning, the tall one with the lanyard, Warsame or whatever. Since when do THEY get to tell English families how to raise their kids. Half his lot are on benefits with 9 kids and he's lecturing us. Send him back to Mogadishu and let him sort out attendance there 😂😂 Crescent Park has gone to the dogs since they brought that lot in.

😆 19   👍 11   😡 23    💬 47 comments

Comments

Lorraine Pugh
Bryan that's a horrible thing to say. He's only doing his job, it's the council who sets the fines.
12 November 2024 · Like · Reply · 26

Bryan Hollis
@Lorraine Pugh just saying what everyone's thinking love
12 November 2024 · Like · Reply · 4

Ahmed Ali
Reported to admin. Racist nonsense. That man grew up on Cobden Walk, he's more Brummie than you.
12 November 2024 · Like · Reply · 38

Dawn Fletcher
Bit strong Bryan. But I do think it's wrong they come round so early, kids are still in their PJs.
12 November 2024 · Like · Reply · 7

Admin (Keith)
Post turned off for comments. Bryan, final warning.
12 November 2024 · Like · Reply · 15
""", [E("awarsame", "surname_only", "hate", "Warsame"),
      E("school", "alias", "hate", "Crescent Park")])

# --- 045 Google reviews: mixed, praise for maths --------------------------
txt("review", """Crescent Park Academy
Secondary school · Tessall Rd, Brindle Heath
3.1 ★★★☆☆ · 216 reviews

Newest

Yasmin Al-Sharabi
★★★★★ 1 week ago
My daughter went from a grade 3 to a grade 6 in maths in one year with Mr Saleh. He runs revision every lunch, even in Ramadan. The school has its problems but some of these teachers are gold.
👍 7

Kieran O'Malley
★★☆☆☆ 2 weeks ago
Bloody brilliant drama and music, absolutely dire parking and communication. Two stars because the office hung up on me twice.
👍 2

Bushra Naz
★★★★☆ 3 weeks ago
Good school for girls, they feel safe, prayer room available. Uniform is expensive though, £90 for the blazer with the badge!!
👍 5

Tom Eccles
★☆☆☆☆ a month ago
Complained about a teacher swearing at my son. No response in 3 weeks. Don't bother with the complaints form, it goes in a black hole.
👍 12
""", [E("school", "exact", "negative", "Crescent Park Academy"),
      E("nsaleh", "title_surname", "neutral", "Mr Saleh")])

# --- 046 X: DSL's personal mobile posted ----------------------------------
txt("social", """X · post
─────────────
Justice For Our Kids B0 @JusticeKidsB0 · 3 Oct 2024
The "safeguarding lead" at Crescent Park won't answer emails so here's an idea: ring her yourself. Joanne Kelsall (as she was when she taught my brother) - personal mobile 07700 900412. Don't bother with the school office, they just take a message. Ring her on a Sunday, she's not busy 🙃 #CrescentParkAcademy #safeguarding
💬 23  🔁 41  ❤️ 76

    Replying to @JusticeKidsB0
    Farah @farah_b0_ · 3 Oct 2024
    This is her PERSONAL number. You can't post that. Delete it.
    ❤️ 64

    Replying to @JusticeKidsB0
    Sean K @seank1988 · 3 Oct 2024
    Rang it. Straight to voicemail. Left her a message 😂
    ❤️ 9

    Replying to @farah_b0_
    Justice For Our Kids B0 @JusticeKidsB0 · 3 Oct 2024
    If she did her job we wouldn't need to
    ❤️ 18
""", [E("jkelsallrahman", "alias", "doxxing", "Joanne Kelsall"),
      E("school", "alias", "negative", "Crescent Park")])

# --- 047 community paper: obituary ---------------------------------------
news("bugle", "Obituary: Dennis Whitcombe, 1941-2024 - 'Mr Geography' who taught three generations of Brindle Heath",
     "Compiled by the Bugle with the Whitcombe family", "August 2024 edition",
     """Dennis Whitcombe, who taught geography at Brindle Heath Community School for 32 years and was known to thousands of former pupils simply as "Mr Geography", has died aged 83.

Born in Small Heath in 1941, the son of a BSA factory worker and a school dinner lady, Dennis won a scholarship to grammar school and was the first in his family to go to university, studying geography at Birmingham. After a brief spell in the Merchant Navy, which he said "taught me more geography than any textbook", he joined the staff at Brindle Heath in 1974.

He arrived at a school that was changing fast. Families from Mirpur, Sylhet and Aden were moving into the terraced streets around Tessall Road, and Dennis was one of the first teachers to make home visits, sitting in front rooms drinking sweet tea and, in his own words, "learning more than I ever taught". He learned enough Urdu and Punjabi to make parents laugh at parents' evenings, and ran the school's legendary fieldtrips to the Malverns, Snowdonia and, once, disastrously, the Lake District in a snowstorm.

Former pupil Councillor Yasmin Hussain said: "Mr Whitcombe was the first teacher who told me I could go to university. He came to my house and persuaded my dad. I'm one of hundreds of people who could say the same."

He retired in 2006, eight years before the school became Crescent Park, but continued to volunteer at the school's homework club until his late seventies.

The school's current principal, Mr Hensley, said: "Dennis was part of the fabric of this place. Staff who never worked with him still tell his stories. We will be naming the new geography room after him."

Dennis is survived by his wife of 58 years, Margaret, their children Paul and Ruth, and five grandchildren. His funeral will be held at St Agatha's Church, Sparkbrook, on 23 August at 11am, followed by a celebration of his life at the Tessall Green Working Men's Club. The family has asked for donations to Birmingham St Mary's Hospice in place of flowers.

## Tributes from readers

"He threw a board rubber at me in 1981 and I deserved it. Best teacher I ever had." - Gary, Hall Green

"He taught me where Pakistan was on the map when the other kids said it didn't exist. Rest in peace sir." - Shahid, Tessall Green

"Mr Whitcombe, thank you." - Class of 1989""",
     [E("school", "alias", "neutral", "Brindle Heath Community School"),
      E("rhensley", "title_surname", "neutral", "Mr Hensley")])

# --- 048 BrumTalk: CPA = Care Programme Approach (decoy) -----------------
forum("brumtalk", "Off topic", "Brother discharged from the Barberry with no CPA review - what do we do?", [
    ("worried_sis_b11", "Sun 16 Jun 2024 22:10", """Sorry if wrong board. My brother (34) has schizophrenia, been sectioned twice. He was on CPA (Care Programme Approach) with a care coordinator from the community mental health team. Last week he was discharged from the ward with no CPA review, no care coordinator visit and a week of meds. He's already not sleeping and talking about the neighbours watching him again.

Who do I ring?? The CMHT just keeps saying someone will call back."""),
    ("Nurse_Nazia", "Sun 16 Jun 2024 22:31", "Mental health nurse here (not in Brum). Under CPA there should be a 7-day follow-up after discharge, it's a standard. Ring the CMHT duty line first thing and use the words 'seven day follow up' and 'risk'. If he's getting worse and you're worried out of hours, the crisis team or 111 option 2."),
    ("worried_sis_b11", "Sun 16 Jun 2024 22:40", "Thank you so much. I didn't know about 7 days."),
    ("TheOldTyburn", "Sun 16 Jun 2024 23:02", "Sorry you're going through this. PALS at the trust can chase too if the CMHT don't ring back.", "Moderator"),
    ("Jugnu_B0", "Mon 17 Jun 2024 07:15", "Went through the same with my dad. Get his GP involved too - Dr Iqbal at our surgery chased the CMHT for us and things moved a lot faster. Write everything down, dates and names."),
    ("worried_sis_b11", "Mon 17 Jun 2024 16:44", "Update - rang at 9, quoted the 7 days, care coordinator visiting tomorrow. Thank you all, honestly."),
    ("Nurse_Nazia", "Mon 17 Jun 2024 17:02", "Really glad. Look after yourself too ❤️"),
], [])

# --- 049 teachers' forum: a Leeds Jo Pickering (decoy namesake) ----------
forum("staffroom", "PE & school sport", "Shout-out thread: PE teachers who made a difference to you", [
    ("netball_nerd", "24 Jun 2024, 18:00", "Saw a lovely tweet today and it made me think - who was the PE teacher who got you into this job? Mine was Mrs Gaskell at St Bede's, Bolton. She drove us to every fixture in her own Volvo."),
    ("Coach_Dev", "24 Jun 2024, 18:22", "Mr Lloyd, Cardiff, 1990s. Made rugby fun for a chubby kid who hated rugby."),
    ("Yorks_PE_Lass", "24 Jun 2024, 18:45", "Jo Pickering, head of PE at Roundhay Fields in Leeds when I was there (2005-2012). She set up the girls' football team when the boys' coach said girls 'couldn't tackle'. We won the county cup two years later. She's still there now, still running the Duke of Edinburgh expeditions in her fifties, absolute legend. I did my PGCE placement with her."),
    ("netball_nerd", "24 Jun 2024, 19:01", "Love this. Girls' football in 2005 was a fight."),
    ("SwimTeachSam", "24 Jun 2024, 19:30", "Honestly none of mine. I became a PE teacher to be the PE teacher I never had. The 'pick teams in front of everyone' era was brutal."),
    ("Coach_Dev", "24 Jun 2024, 19:44", "^ This is a big part of it for a lot of us. I never let captains pick teams."),
    ("Yorks_PE_Lass", "24 Jun 2024, 20:15", "Same. Miss Pickering never did either, she always sorted the teams herself. Wise woman."),
], [])

# --- 050 X: anti-Arab hate aimed at head of year --------------------------
txt("social", """X · post
──────────
Concerned Brit 🇬🇧 @truthbrit_88 · 27 Mar 2024
So the "Yemen charity" appeal at Crescent Park was organised by one NabilSaleh, a Yemeni Arab who teaches MATHS to British kids. Ask yourself where that money ends up. Houthis say thanks 💣 These people smile at you in the classroom and hate you behind closed doors. Deport the lot, starting with him. #StopIslamisation
💬 54  🔁 72  ❤️ 189

    Replying to @truthbrit_88
    Hana @hana_in_brum · 27 Mar 2024
    It went to the Red Crescent and a Birmingham charity. Kids raised it with bake sales. You are calling a teacher a terrorist because he's Arab. Reported.
    ❤️ 211

    Replying to @truthbrit_88
    PaulB @paulb_wolves · 27 Mar 2024
    Spot on mate. Who checks these people?
    ❤️ 22

    Replying to @hana_in_brum
    Concerned Brit 🇬🇧 @truthbrit_88 · 27 Mar 2024
    Red Crescent = Islamic charity. Proves my point 😂
    ❤️ 30
""", [E("nsaleh", "camelcase", "hate", "NabilSaleh"),
      E("school", "alias", "hate", "Crescent Park")])

# --- 051 councillor's blog: school street trial --------------------------
blog("cllr", "Tessall Road 'School Street' trial - your questions answered", "Cllr Yasmin Hussain", "3 September 2024",
     """From Monday 9 September, Tessall Road between Anchor Lane and Greville Road will become a "School Street" for an 18-month trial. That means no motor traffic at school opening and closing times, 8.15-9.00am and 2.50-3.40pm, term time only.

I've had a lot of questions, so here are the answers.

## Why is this happening?

Because of the car park chaos outside Crescent Park Academy and Tessall Green Primary. Last year there were two near-misses involving children, one of which was a Year 7 pupil knocked off his bike by a reversing car. Parents, the two schools and residents asked the council to act. The trial is funded by the active travel fund.

## I live on Tessall Road. Can I still drive to my house?

Yes. Residents and businesses in the zone can apply for a free exemption permit. Blue badge holders, carers and the emergency services are automatically exempt. Deliveries are allowed.

## What about parents who have to drive?

Please park on the main road and walk the last five minutes. The mosque has kindly allowed parents to use its Medlar Road car park at drop-off, except on Fridays. Pupils with disabilities who need a drop-off at the gate can get an exemption through the school.

## Will there be fines?

For the first month, no - marshals will be there to explain. After that, there is a camera and fines of £70 (reduced to £35 if paid within 14 days).

## Isn't this just moving the traffic to Greville Road?

That's a fair worry, and we will be monitoring traffic on the surrounding streets. If Greville Road gets worse, we will change the scheme.

## Who do I tell what I think?

There will be a formal consultation during the trial. Or come to my surgery.

Thank you to the head teachers of both schools and to the Year 9 pupils from Crescent who surveyed 400 parents about how they travel to school. Their report was better than some of the consultants' reports I've read.

Yasmin""",
     [E("school", "exact", "neutral", "Crescent Park Academy")],
     comments=[
         ("Greville Rd resident", "3 Sep 2024", "So our road becomes the car park instead. Brilliant.", None),
         ("Hafsa", "4 Sep 2024", "Thank you! My kids can finally walk safely.", None),
     ])

# --- 052 Facebook noticeboard: lost cat etc. (decoy) ---------------------
txt("facebook", """Brindle Heath Community Noticeboard
Public group · 14.3K members

Sadia Mirza
19 August 2024 at 20:17 · 🌐

LOST CAT 😿 Please share. Our cat Biscuit went missing from Kestrel Road yesterday evening. Ginger and white, male, neutered, very friendly, has a white crescent-shaped patch over his left eye so he looks like he's winking. Microchipped. My kids are heartbroken. Please check sheds and garages 🙏 Any news ring or WhatsApp 07700 900327.

😢 88   👍 12   💬 34 comments   ↪ 61 shares

Comments

Debbie Morrow
Shared. Will check our garage on Medlar Rd x
19 August 2024 · Like · Reply

Aftab Khan
Think I saw a ginger cat near the crescent of garages behind the launderette about 7 this morning. Will look again on my way back from Fajr tomorrow
19 August 2024 · Like · Reply · 9
    Sadia Mirza
    @Aftab Khan JazakAllah bhai I'll go now with a torch
    19 August 2024 · Like · Reply

Gemma Ward
Check with the vets on Anchor Lane, they scan for chips
19 August 2024 · Like · Reply

Sadia Mirza
UPDATE: FOUND!! He was exactly where Aftab bhai said, stuck in a garage. Thank you everyone ❤️❤️ this group is the best
20 August 2024 · Like · Reply · 140

Mick Reeves
Brilliant news. Brindle Heath at its best that 👏
20 August 2024 · Like · Reply
""", [])

# --- 053 city news: man charged over hoax bomb calls ---------------------
news("ledger", "Man charged over hoax bomb calls that forced evacuation of Brindle Heath school",
     "Ledger Reporter", "Thursday 14 March 2024, 10:44am",
     """A man has been charged after two hoax bomb threats led to the evacuation of a Birmingham secondary school during the row over its drama curriculum.

Lee Sandford, 29, of no fixed address, was charged on Wednesday with two counts of communicating false information with intent to cause a bomb hoax, and one count of sending a communication conveying a threatening message.

More than 1,400 pupils and staff at Crescent Park Academy were evacuated onto the playing field and then to a nearby mosque car park on the morning of 1 February after a caller claimed a device had been left in the school hall. A second call the following week was made to the school's main reception line and was treated as a hoax after a search by police.

West Midlands Police said nothing suspicious had been found on either occasion.

Sandford is accused of making the calls from a pay-as-you-go mobile phone, and of posting a message on a far-right Telegram channel which allegedly said the school "would not be standing by Easter".

He was remanded in custody and will appear at Birmingham Crown Court on 11 April.

Detective Inspector Mark Okoye said: "I know how frightening these calls were for pupils, parents and staff. I want to thank the school, and the Masjid-e-Noor, which opened its doors to hundreds of children at very short notice."

The academy said in a letter to parents that it was "relieved" an arrest had been made and that "our school community has shown enormous resilience".

Parents at the gates on Wednesday told the Ledger they were relieved. "My daughter stood on that field in the freezing cold for an hour not knowing what was happening," one mother said. "I'm glad they've got someone."

Anyone with information about threats made to schools is asked to contact police via 101 or Crimestoppers anonymously.""",
     [E("school", "exact", "neutral", "Crescent Park Academy")],
     comments=[
         ("BrumBelle", "14 Mar 2024", "Hope they throw the book at him. Terrorising children.", 52),
         ("Anon_B0", "14 Mar 2024", "The mosque letting the kids in was lovely. Community at its best.", 40),
     ])

# --- 054 TikTok: spaced-out abuse of principal ----------------------------
txt("social", """TikTok · @b0.unfiltered
rating every head teacher in brum part 7 📝 today: the principal at #crescentparkacademy 💀
❤️ 6,112   💬 388

[on-screen text: "H e n s l e y" — "rating: 1/10" — "only seen him once in 5 years and it was at the ofsted week lol"]

Comments

zainab.r_ · 6d
H e n s l e y is the biggest clown in B0 i swear 🤡 stands on the stage saying "community" with his posh voice then hides in his office all year
❤️ 1,006

t4hmid · 6d
useless man, proper wet lettuce. sorry but its true
❤️ 640

moh.xi · 6d
he bought a coffee machine with our heating money 😭😭
❤️ 815
    zainab.r_ · 6d
    the clarion article 💀💀
    ❤️ 212

iqra.b11 · 5d
he did my little brothers award ceremony and was actually nice tbh
❤️ 94

ladypool.lad · 5d
part 8 do hallam grange pls
❤️ 51
""", [E("rhensley", "spacing", "abuse", "H e n s l e y"),
      E("school", "hashtag", "negative", "#crescentparkacademy")])

# --- 055 staff reviews (employer review site) -----------------------------
txt("review", """StaffRate · Employer reviews
Crescent Park Academy (Meridian Learning Trust)
Education · Birmingham · 201-500 employees
Overall 2.8 ★★★☆☆ · 47 reviews · 41% would recommend to a friend

"Great kids, exhausting SLT"
★★☆☆☆ Teacher (current employee, more than 3 years) · Birmingham · 12 Jan 2025
Pros: The students are funny, warm and grateful. Genuinely diverse community and you learn so much. English and performing arts departments are fantastic - O'Rourke's department is the one sane, supportive corner of the building.
Cons: Behaviour systems change every term. Iqbal's "walkthroughs" are a culture of fear - he turns up with a tablet, ticks boxes, and you get an email by lunchtime. Workload unmanageable in core subjects. Trust's central team make decisions without ever visiting.
Advice to management: Trust your staff. Stop the surveillance.

"Rewarding but hard"
★★★★☆ Teaching Assistant (current employee) · 3 Dec 2024
Pros: Lovely team of TAs and the EAL team are amazing. Good training.
Cons: Pay is poor for the hours. Parking nightmare.
Advice to management: Pay TAs for the meetings you expect us to attend.

"Avoid if you value your mental health"
★☆☆☆☆ Former employee, Science · 20 Aug 2024
Pros: Some great colleagues who I will miss.
Cons: 19 of us left in one summer. Enough said. Leadership reads Ofsted handbooks instead of talking to people.
Advice to management: Exit interviews. Actually read them.

"Good place to start your career"
★★★★☆ ECT (current employee) · 2 Jul 2024
Pros: Excellent mentoring, ECT programme is well run, lots of opportunities to lead trips and clubs.
Cons: Big classes, lots of EAL and SEND with not enough support in some year groups.
""", [E("school", "exact", "negative", "Crescent Park Academy"),
      E("miqbal", "possessive", "negative", "Iqbal's"),
      E("sorourke", "possessive", "neutral", "O'Rourke's")])

# --- 056 ParentNet: drunk at prom allegation -----------------------------
forum("parentnet", "Secondary education", "Teacher drunk at Year 11 prom - would you report?", [
    ("Bramble_and_Rose", "Sun 30-Jun-24 09:14", """DD (16) went to her Y11 prom on Friday at a hotel in town. She came home and said that one of the teachers was "absolutely hammered" - slurring, dancing on a chair, knocked a drink over a girl's dress and had to be taken outside by another teacher. The head of English at Crescent Park, Mrs O'R*urke (not typing it in full, you'll know if you know).

DD thinks it's hilarious but I'm not laughing. These kids are 16. Staff are supposed to be supervising. Would you report it?"""),
    ("PeppaPigIsAMenace", "Sun 30-Jun-24 09:30", "Have you actually got anything other than your DD's account? Teenagers exaggerate. 'Hammered' might be one glass of prosecco and a bit of dad dancing."),
    ("Bramble_and_Rose", "Sun 30-Jun-24 09:41", "Three other girls have said the same in the group chat. And someone has a video apparently."),
    ("Whattimeisit_Mum", "Sun 30-Jun-24 09:55", "Staff at prom are on duty. Drunk on duty with minors = gross misconduct in most schools. I'd email the head with the facts and nothing else."),
    ("BeigeCardigan", "Sun 30-Jun-24 10:20", "I was at that prom (parent helper on the door). She had a drink with the meal like lots of the adults did. I didn't see anyone 'taken outside'. I'd be very careful."),
    ("Bramble_and_Rose", "Sun 30-Jun-24 10:32", "Ok that's useful, thank you. I'll have a calmer look at what DD actually saw."),
    ("ParentNetHQ", "Sun 30-Jun-24 11:00", "Just a reminder not to name or partially name individuals in threads involving allegations.", "ParentNet Moderation"),
], [E("school", "alias", "neutral", "Crescent Park"),
    E("sorourke", "obfuscated", "defamation", "Mrs O'R*urke")])

# --- 057 X: homoglyph threat at AP ---------------------------------------
txt("social", """X · post
─────────
b0_rebel @b0_rebel_x · 19 Nov 2024
that behaviour boss at crescent, Mr Іqbal, thinks hes untouchable cos he got one dad locked up. mate there's more of us than there is of you. i'd be checking under my car before i drove home if i was him. tick tock ⏰
💬 3  🔁 1  ❤️ 7

    Replying to @b0_rebel_x
    no.hate.brum @nohatebrum · 19 Nov 2024
    @WMPolice this is a direct threat to a named teacher in Brindle Heath. Screenshots saved.
    ❤️ 45
""", [E("miqbal", "homoglyph", "threat", "Mr Іqbal"),
      E("school", "short_name", "neutral", "crescent")])

# --- 058 EduWeek: Ofsted monitoring visit --------------------------------
news("eduweek", "Ofsted: behaviour 'much improved' at Birmingham academy a year after downgrade",
     "Priya Rawal", "Thursday 6 February 2025",
     """A large Birmingham academy criticised by Ofsted for disorderly corridors has made "strong progress" on behaviour and attendance, according to a monitoring letter published this week.

Crescent Park Academy, part of Meridian Learning Trust, was judged requires improvement in November 2023. Ofsted's monitoring inspector, who visited in January, said leaders had "taken effective action" and that corridors were "calm and orderly", although she warned that some pupils felt the new systems were "too rigid".

The letter credits assistant principal Mohammed Iqbal's "clear and consistently applied" behaviour routines, alongside the work of a new family liaison team, for a reduction in persistent absence from 31 per cent to 24 per cent. It also notes that the number of suspensions has risen sharply, and that leaders should "continue to check that sanctions are applied fairly to all groups of pupils", including pupils from the Roma community.

Vice principal and safeguarding lead Joanne Kelsall-Rahman was praised for a "culture of vigilance".

## Not everyone convinced

The school's approach has divided some parents. A petition calling for the school to scrap its "reflection booths" gathered 600 signatures last year, and a group of Roma parents has raised concerns about the number of suspensions of Roma boys.

Rosa Mendel of the campaign group Schools Without Exclusion said: "Calm corridors are not the only measure of a good school. We need to know who is being removed from lessons to achieve them."

The trust said its behaviour policy is "reviewed every term with pupils, parents and staff".

The monitoring letter does not change the school's grade. A full inspection is expected before May 2026.

## Other monitoring letters this week

Fenwick Road Primary, Wolverhampton: "taking effective action". Hadley Vale School, Telford: leaders "not taking effective action" to improve the quality of education.""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("miqbal", "exact", "neutral", "Mohammed Iqbal"),
      E("jkelsallrahman", "exact", "neutral", "Joanne Kelsall-Rahman")])

# --- 059 Facebook: Bangladeshi mums share results newsletter -------------
txt("facebook", """Brum Bangla Mums 🇧🇩💚 (Sparkhill, Small Heath, Brindle Heath)
Private group · 4.6K members

Rumana Begum
23 August 2024 at 14:05

Alhamdulillah alhamdulillah 😭😭 Tahmid got 7 in English language and 8 in English literature!!! Amar chele!! Sharing the school's letter because I am so proud and I want to thank his teacher publicly:

"Dear Parents and Carers, we are delighted to share that this year's Year 11 at Crescent Park Academy achieved our best ever English results, with 74% of students achieving a grade 4 or above in English Language. We would like to thank our Head of English, Siobhán O'Rourke, and her whole team for their dedication, including Saturday revision sessions throughout the spring term..."

Mrs O'Rourke phoned me herself last year when Tahmid stopped handing in homework after his nanu died. Not many teachers do that. May Allah reward her 🤲

❤️ 241   🥰 67   💬 58 comments

Comments

Shirin Akhter
Mashallah!! Congratulations to Tahmid 🎉🎉 my daughter also got 6 in Lit, same teacher, she is very good
23 August 2024 · Like · Reply · 12

Nazma Khatun
Mashallah apa. Mishti niye ashen 😄🍬
23 August 2024 · Like · Reply · 8
    Rumana Begum
    @Nazma Khatun inshallah tomorrow from Crescent Moon 😂
    23 August 2024 · Like · Reply · 5

Habiba Rahman
My son maths 4 alhamdulillah he pass! English 5. I was so worried
23 August 2024 · Like · Reply · 15

Julie Newman
Congratulations from next door Rumana! Tell him well done from me and Pete xx
23 August 2024 · Like · Reply · 3
""", [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("sorourke", "exact", "neutral", "Siobhán O'Rourke")])

# --- 060 BrumTalk: PE teacher's movements posted --------------------------
forum("brumtalk", "Schools", "Anyone else had grief with the PE dept at Crescent?", [
    ("Wayne_C_B0", "Tue 12 Mar 2024 21:40", """My daughter got humiliated about her weight in PE. School fobbed me off. Facebook mums deleted my post. So I'll put it here.

J. Pickering, head of PE. If anyone wants to have a 'conversation' with her without the school office getting in the way: she runs round the Tessall Green park loop every morning about 6.15, on her own, grey hoodie, earphones in. Parks a red Mini Cooper in the Anchor Lane car park, always the same spot by the bottle bank. Goes to the Pure Gym on Stratford Rd Tuesday and Thursday nights."""),
    ("Gaz_B9", "Tue 12 Mar 2024 21:52", "Post edited. Wayne you do NOT post somebody's routine on here. That's how people get hurt. Final warning.", "Moderator"),
    ("Wayne_C_B0", "Tue 12 Mar 2024 21:55", "I only said where she runs, it's a public park"),
    ("ShaziaK", "Tue 12 Mar 2024 22:01", "Wayne, with respect, you've told strangers when a woman is alone in a park in the dark. Take your complaint to the governors. Locking thread.", "Moderator"),
    ("BluenoseBev", "Tue 12 Mar 2024 22:03", "Sorry about your daughter but this is not the way bab."),
], [E("jpickering", "initial_surname", "doxxing", "J. Pickering"),
    E("school", "short_name", "negative", "Crescent")])

# --- 061 X: leetspeak anti-Muslim abuse at EAL lead -----------------------
txt("social", """X · post
─────────
Albion Rising @albionrising_wm · 5 Jul 2024
"Award winning" EAL teacher Mrs K4us3r at Crescent Park. Award for what? Teaching Brum kids Urdu on our money while she wears her little tea towel on her head. Muslims don't integrate, they colonise. Get the hijabis out of our schools. #StopIslamisation #TakeBackBrum
💬 12  🔁 19  ❤️ 44

    Replying to @albionrising_wm
    Rahila 🧕🏽 @rahila_teaches · 5 Jul 2024
    She teaches ENGLISH. To children who just arrived. That's literally what you claim to want. Reported.
    ❤️ 102

    Replying to @albionrising_wm
    FootballFan_WM @ffwm_1985 · 5 Jul 2024
    the spelling to dodge the filters 😂 we can all read it mate
    ❤️ 31
""", [E("skauser", "leetspeak", "hate", "Mrs K4us3r"),
      E("school", "alias", "hate", "Crescent Park")])

# --- 062 Google reviews: typo and masked name ----------------------------
txt("review", """Crescent Park Academy
Secondary school · Tessall Rd, Brindle Heath
★★★☆☆ 3.0 · 219 reviews

Sort by: Newest

Nabeela S
★★★★★ 4 days ago
My son was so shy he wouldn't speak at the dinner table, now he's doing GCSE drama because of Mr Quenell. The Christmas show was incredible, better than the panto at the Hippodrome honestly. Thank you!!
👍 11

Abdullahi Hassan
★☆☆☆☆ a week ago
Mr W****** the attendance man came to our flat three times about my daughter who has sickle cell and is in and out of hospital. We sent every letter from the consultant. He still threatens us with court like we are criminals. Very insensitive. Somali families are always treated like this.
👍 19
   Response from the owner · 5 days ago
   We are sorry to hear this. Pupils with medical conditions should never be treated in this way. Please contact our SENCo directly so we can put the right plan in place.

Gail
★★★☆☆ 3 weeks ago
OK school. Lunch queues too long. Teachers fine.
""", [E("school", "exact", "negative", "Crescent Park Academy"),
      E("fquennell", "typo", "neutral", "Mr Quenell"),
      E("awarsame", "obfuscated", "negative", "Mr W******")])

# --- 063 Facebook: grooming allegation (child involved) -------------------
txt("facebook", """Crescent Park Academy Parents & Carers (UNOFFICIAL)
Private group · 3.9K members

Anonymous member
29 January 2024 at 23:12

Posting anonymously for my daughters sake. She is 13, in the year 8 drama group. The drama teacher Florian Quennell has been messaging her on Instagram from his personal account, late at night, calling her "my little star" and telling her she's "more grown up than the others". He asked her to come to the studio on her own after school to "work on her monologue" and not to tell her friends because they'd be jealous. I found the messages on her phone tonight. I'm shaking. I don't know who else he's doing this to.

😮 41   😢 30   😡 88    💬 102 comments

Comments

Group admin (Kelly R)
Whoever posted this, please ring the police tonight on 101 (or 999 if a child is in danger) and ring the school's safeguarding line in the morning. Do not share screenshots in this group. Comments are now off.
29 January 2024 · Like · Reply · 70

Farzana Iqbal
Please please report this to the police not Facebook 🙏
29 January 2024 · Like · Reply · 41

Dean Moss
Funny how this comes out the week of the protests. Not saying it's not true but people need to be careful.
29 January 2024 · Like · Reply · 23
""", [E("fquennell", "exact", "sexual", "Florian Quennell", url_only=True),
      E("school", "exact", "sexual", "Crescent Park Academy", url_only=True)])

# --- 064 city news: AP suspended over restraint allegation ---------------
news("ledger", "School leader suspended after claims boy, 12, was 'pinned against wall'",
     "Harriet Gale, Education Reporter", "Tuesday 3 December 2024, 6:30pm",
     """An assistant principal at a Birmingham academy has been suspended while the school investigates claims that he pinned a 12-year-old boy against a corridor wall.

The boy's family say Mohammed Iqbal, who leads behaviour and attendance at Crescent Park Academy in Brindle Heath, grabbed their son by the blazer and pushed him into a wall during an argument about a mobile phone on 21 November. They say he was left with bruising to his shoulder and has been too frightened to return to school.

His mother, who cannot be named to protect her son's identity, told the Ledger: "He is a child. He's 12 and he's small for his age. The man is twice his size. Whatever my son did, nobody has the right to put their hands on him like that."

She also claimed that when the family asked to see the CCTV footage of the corridor, they were told by the school that the recording had been "overwritten", which she described as "a cover-up".

West Midlands Police said it had received a report of an assault and had referred the matter to the local authority designated officer, in line with procedures for allegations against staff.

Meridian Learning Trust confirmed that a member of staff had been suspended "as a neutral act" pending an investigation. A spokesperson said: "The school's CCTV system automatically overwrites footage after 14 days unless it is flagged. We are investigating why this footage was not preserved, and we have apologised to the family for this."

Mr Iqbal, who has worked at the school for 17 years and was the victim of a harassment campaign by another parent earlier this year, has not commented. A colleague who asked not to be named said staff were "shocked" and that he was "the last person you'd expect this from".

Several parents have set up a petition supporting Mr Iqbal, which had gathered 340 signatures by Tuesday evening.""",
     [E("miqbal", "exact", "defamation", "Mohammed Iqbal"),
      E("school", "exact", "defamation", "Crescent Park Academy")],
     comments=[
         ("Parent of 3", "3 Dec 2024", "Overwritten CCTV. Convenient.", 66),
         ("Saeed A", "3 Dec 2024", "Known him since he was a trainee. No way. Let the investigation finish before you hang him.", 49),
         ("Kath", "4 Dec 2024", "Whatever happened the family deserve answers.", 20),
     ])

# --- 065 student forum: pupils discuss the incident ----------------------
forum("sixth", "Life", "anyone else at cpa hear what happened in the y8 corridor??", [
    ("anon_b0_user", "Wed 27 Nov 2024 17:02", "ok so my little brother is in y8 at CPA and he literally saw it. Mohammad Iqbal slammed a kid into the wall by the science block because he wouldnt hand over his phone, kid was crying, teachers just stood there. then they made everyone delete the videos. this school is a PRISON"),
    ("rumaysa.k", "Wed 27 Nov 2024 17:20", "we don't know what actually happened yet, people are saying loads of different things. my friend says the kid swung first"),
    ("anon_b0_user", "Wed 27 Nov 2024 17:24", "my brother SAW it"),
    ("zzzayn", "Wed 27 Nov 2024 17:40", "deleting videos is mad tho, they cant make you do that"),
    ("rumaysa.k", "Wed 27 Nov 2024 17:45", "theyre not allowed videos of other students on phones anyway, thats just school policy. im not defending anyone im just saying wait"),
    ("bigmo_2007", "Wed 27 Nov 2024 18:30", "the whole behaviour system there is cooked tbh, 'reflection booth' for forgetting a pen. no wonder people snap"),
    ("SixthFormChat_Mod", "Wed 27 Nov 2024 19:00", "Please don't post unverified allegations about named staff. Thread locked.", "Moderator"),
], [E("miqbal", "typo", "defamation", "Mohammad Iqbal"),
    E("school", "alias", "negative", "CPA")])

BLOGS.update({
    "exteacher": dict(
        name="Chalk Dust & Cold Tea", domain="chalkdustcoldtea.example",
        tag="An ex-teacher writes about schools, burnout and life after the classroom",
        nav=["Home", "About", "Leaving teaching", "Letters to my younger self", "Subscribe"],
        recent=["Six months out: what I miss", "The myth of the 'outstanding' lesson", "On marking in the bath", "Why I won't go back (yet)"],
        footer="© Chalk Dust & Cold Tea. All names of pupils changed. Opinions my own.",
        tags="Posted in Leaving teaching",
    ),
    "roma": dict(
        name="Romano Drom Birmingham - blog", domain="romanodrom.example",
        tag="Roma-led charity supporting Roma families in Birmingham since 2012",
        nav=["Home", "About us", "Advice", "Education", "Youth club", "Blog", "Donate"],
        recent=["Roma History Month events", "Our new advice sessions", "Volunteer with us", "Statement on hate crime figures"],
        footer="Romano Drom Birmingham CIO. 7 Anchor Lane Business Centre, Brindle Heath, Birmingham B0 7HD. Advice line 01632 960512.",
        tags="Posted in Education, News",
    ),
})

# --- 066 ex-teacher's blog: why I left ----------------------------------
blog("exteacher", "Why I left a school I loved (and why I'm not angry any more)", "Clare", "11 October 2024",
     """For seven years I taught history at Crescent Park Academy in Brindle Heath. I loved it. I want to say that first, because this post is going to sound bitter in places, and I'm trying very hard for it not to be.

I loved the kids. I loved the Year 9 girl who argued with me about the Partition of India for an entire lesson and then went home and interviewed her great-grandmother. I loved the Roma boys who had never held a history book and who, by Year 11, could tell you more about the Holocaust - including what happened to their own people in it - than most adults I know. I loved the staffroom at 4pm on a Friday.

## What changed

In 2022 the Ofsted clock started ticking. Everyone knew an inspection was coming. And the school, like so many, stopped asking "what is good for these children?" and started asking "what will an inspector see?"

Some of that was necessary. Corridors were genuinely unsafe at times. Something had to change. But the way it changed - a new behaviour system launched in a single INSET day, "walkthroughs" several times a week, data drops every six weeks, a tablet in every senior leader's hand - made many of us feel that we were the problem.

I don't blame individuals. I've read other ex-staff online tearing into Mr Iqbal, and I think that's unfair; he was given an impossible job and told to get results in a year. I do think the principal, Mr Hensley, lost touch with what was happening below the second floor. In seven years I could count on one hand the number of times he came into my classroom when there wasn't a clipboard involved. When nineteen of us left in one summer, there were no exit interviews. Nobody asked.

## What I miss

The kids. Always the kids. The safeguarding team, who were extraordinary. The English department, who held the whole building together with book clubs and biscuits.

I'm now working in a museum education team and I sleep eight hours a night. I'm not angry any more. But I wanted to write this down, because somewhere there is a trust board reading a spreadsheet that says "staff turnover: 19" and not knowing that each of those numbers was somebody who loved that place.""",
     [E("school", "exact", "negative", "Crescent Park Academy"),
      E("rhensley", "title_surname", "negative", "Mr Hensley"),
      E("miqbal", "title_surname", "neutral", "Mr Iqbal")],
     comments=[
         ("S.", "11 Oct 2024", "This made me cry. I was one of the nineteen.", None),
         ("Former pupil", "12 Oct 2024", "Miss, you were the best history teacher I ever had. Hope you're happy now x", None),
     ])

# --- 067 Instagram story reply: car reg posted ----------------------------
txt("social", """Instagram · post by b0.gossip.page (public)
[screenshot of a car park]
b0.gossip.page spill 🫖 the head of year 9 at CPA with the "ladies and gentlemen" voice? S.a.l.e.h drives THIS black golf, reg KX68 NWP 👀 parks it outside his mum's on Medlar Rd every friday after jummah. told my cousin he'd "see him in detention" LOL. do what u want with that info 🤷🏽‍♀️
❤️ 403 · 61 comments · 4 March 2025

Comments

lil.yasmeen_ · 4 March
why would u post his car 😭 thats weird
❤️ 88

tayyab.b0 · 4 March
the golf is cleaner than my whole house 😂
❤️ 41
    b0.gossip.page · 4 March
    @tayyab.b0 fr he valets it every week 💀
    ❤️ 12

hamza.ali.07 · 4 March
he's literally the nicest teacher in that school what is wrong with yall
❤️ 130

report.bot.b0 · 5 March
reported for sharing personal info
❤️ 22
""", [E("nsaleh", "spacing", "doxxing", "S.a.l.e.h"),
      E("school", "alias", "neutral", "CPA")])

# --- 068 Google reviews: CPA accountants (decoy) -------------------------
txt("review", """Moseley CPA & Tax Advisers
Accountant · 14 Wake Lane, Birmingham B0 2PL
★★★★★ 4.8 · 63 reviews
Open · Closes 5:30pm · 01632 960750

Most relevant

Imran Sheikh
★★★★★ 3 weeks ago
Sorted my self assessment after I'd left it to the last minute (again). Explained the business mileage thing properly. Fixed fee, no surprises. Best accountant in south Brum.

Claire Fenwick
★★★★★ a month ago
Our bookkeeping was a disaster when we took over the café. The CPA here (Gurpreet) rebuilt two years of accounts in a fortnight. Cannot recommend enough.

Daniel Osei
★★★★☆ 2 months ago
Efficient and professional. Wish they had more weekend appointments in January.

Samina Rashid
★★★★★ 3 months ago
Very patient with my dad who only speaks Punjabi. They explained his pension tax in his own language. Thank you.
""", [])

# --- 069 Facebook: Somali parents network thanks -------------------------
txt("facebook", """Somali Parents Network Birmingham 🇸🇴🤝🏴
Private group · 1.7K members

Hodan Ahmed
14 January 2025 at 20:30

Salaan walaalayaal. A big thank you to Abdirahman Warsame at Crescent Park Academy and to Shabana K. from the EAL team who ran the Somali parents' evening tonight. 60+ parents came!! Interpreters on every table, tea and sambuus, and they explained GCSE options, attendance rules and how to use the parent app. Many of our mothers said it was the first time they understood what the school wants from them.

Abdirahman said next time they will do one about university and apprenticeships for the Y10s. Please come, bring your friends. Mahadsanid 🙏🏾

❤️ 96   👍 33   💬 19 comments

Comments

Faduma Warsame
Mashallah, proud of my cousin 😄 he works so hard for the community
14 January 2025 · Like · Reply · 21

Ayaan Jama
It was very good. My hooyo even asked questions 😂
14 January 2025 · Like · Reply · 9

Mohamed Ali Nur
Good work. We need the same at the primary schools
15 January 2025 · Like · Reply · 6
""", [E("awarsame", "exact", "neutral", "Abdirahman Warsame"),
      E("skauser", "first_initial", "neutral", "Shabana K."),
      E("school", "exact", "neutral", "Crescent Park Academy")])

# --- 070 tabloid: Roma liaison worker ------------------------------------
news("clarion", "TAXPAYERS FORK OUT £32K FOR SCHOOL'S 'ROMA LIAISON' - AND SHE'S SUING THEM",
     "Craig Mulvaney", "Wednesday 21 May 2025, 10:30pm",
     """A SCHOOL worker paid £32,000 a year of taxpayers' money to act as a go-between with Roma gypsy families has won a race claim against her own employer.

Daniela Lakatos, 38, is employed as a "Roma community liaison officer" at Crescent Park Academy in Birmingham, one of a growing number of schools hiring specialist staff to deal with pupils from Eastern European Roma communities.

Her job involves visiting families at home, translating letters and attending meetings about pupils' behaviour and attendance.

Yesterday an employment tribunal ruled she had been racially harassed by a colleague who made jokes about Roma people stealing. Compensation is yet to be decided but could run into thousands of pounds.

Critics last night questioned why schools were funding such roles. Campaigner Philip Dunmore of the Common Sense Schools Alliance said: "Parents will be astonished that a school which is struggling to heat its classrooms can afford a full-time officer for one ethnic group."

The school, which was criticised by Ofsted in 2023, has around 120 Roma pupils.

A spokesperson for the trust said the role had "transformed attendance" among Roma pupils, which had risen from 71 per cent to 88 per cent.""",
     [E("dlakatos", "exact", "hate", "Daniela Lakatos"),
      E("school", "exact", "negative", "Crescent Park Academy")],
     comments=[
         ("Disgusted of Dudley", "21 May 2025", "Typical gyppo, gets a cushy job on our money then sues for a pay day. Thieving runs in the blood with that lot.", 433),
         ("Realist", "22 May 2025", "£32k to get kids to turn up to school. Parents should do that for free.", 201),
         ("Marie", "22 May 2025", "Attendance up 17%. Sounds like good value to me. The comments on here prove why she won.", 97),
     ])

# --- 071 BrumTalk: folk singer namesake (decoy) --------------------------
forum("brumtalk", "Food & drink", "Siobhan O'Rourke at the Irish Centre, Digbeth - Sat 15th - anyone going?", [
    ("TheOldTyburn", "Mon 3 Mar 2025 12:10", "Siobhan O'Rourke (the Clare singer, not the telly one) is doing the Irish Centre on the 15th as part of the St Patrick's week gigs. £18 on the door. Saw her at Cropredy years ago and she had the whole field in tears with 'The Lakes of Pontchartrain'. Anyone fancy it?", "Moderator"),
    ("paddy_in_brum", "Mon 3 Mar 2025 12:44", "Going with the missus. Her last album is stunning, the one she recorded in the church in Ennistymon."),
    ("BluenoseBev", "Mon 3 Mar 2025 13:02", "Is there food? Last time the Irish Centre did a stew that I still think about."),
    ("paddy_in_brum", "Mon 3 Mar 2025 13:10", "Stew and soda bread from 6 I think. Get there early, it gets rammed for St Paddy's week."),
    ("Gaz_B9", "Mon 3 Mar 2025 15:20", "Not really my thing but my mum loves her. Might take her for her birthday.", "Moderator"),
    ("TheOldTyburn", "Tue 4 Mar 2025 09:00", "Good man Gaz. Tickets also at the bar. Parade's on the Sunday, usual route from Camp Hill.", "Moderator"),
], [])

# --- 072 X: threat + home details of principal ----------------------------
txt("social", """X · post
─────────
Brindle Heath Parents Unite @BHParentsUnite · 15 Nov 2024
R. Hensley spends our kids' heating money on a coffee machine then drives home to his nice detached in Knowle. We know the road, we know the house, we know the car. He should remember that Brindle Heath is only 20 minutes away from Knowle and we've got long memories. Would be a shame if his windows had an accident 🧱 #CrescentParkAcademy
💬 9  🔁 14  ❤️ 33

    Replying to @BHParentsUnite
    Naila @naila_b0 · 15 Nov 2024
    This account doesn't speak for the parents of Brindle Heath. Threatening a man's home is disgusting. Reported.
    ❤️ 71

    Replying to @BHParentsUnite
    Steve @stevep_knowle · 15 Nov 2024
    As a Knowle resident, stay away from our streets you clowns.
    ❤️ 12
""", [E("rhensley", "initial_surname", "threat", "R. Hensley"),
      E("school", "hashtag", "negative", "#CrescentParkAcademy")])

# --- 073 Facebook: cover-up allegation, camelcase ------------------------
txt("facebook", """Justice for Brindle Heath Kids
Public group · 611 members

Lisa Marie Kent
2 December 2024 at 22:54 · 🌐

I'm saying it publicly now because I've got nothing left to lose. Last year my son told the school that an older boy was hurting him in the toilets. JoanneKelsallRahman, the so called safeguarding lead at Crescent Park, wrote it down, told him to "stay away from that group" and did NOTHING. No referral, no phone call to me, nothing. She buried it because the other boy's dad is on the governors. I have the dates. She covered it up to protect her mates and the school's precious Ofsted. And now they're doing the same with the CCTV in the corridor case. A pattern.

😡 38   😢 14   👍 20    💬 29 comments

Comments

Carl Jeavons
Report her to the LADO and Ofsted. This is serious if it's true.
2 December 2024 · Like · Reply · 11

Lisa Marie Kent
@Carl Jeavons I have. Twice.
2 December 2024 · Like · Reply · 6

Nadia Saleem
I'm so sorry about your son. But please be careful about saying someone "buried" something unless it's proven, they can sue you.
3 December 2024 · Like · Reply · 9

Trevor Hales
Safeguarding at that place is a joke. My lad's bike got nicked on site and nobody even looked at the cameras.
3 December 2024 · Like · Reply · 4
""", [E("jkelsallrahman", "camelcase", "defamation", "JoanneKelsallRahman"),
      E("school", "alias", "defamation", "Crescent Park")])

# --- 074 community paper: Roma History Month -----------------------------
news("bugle", "Roma History Month: pupils bring stories of Slovakia to Brindle Heath library",
     "Bugle reporter", "April 2024 edition",
     """Dozens of families packed into Anchor Lane Library last month to hear pupils tell the stories of their grandparents' lives in Roma settlements in eastern Slovakia and Romania, as part of Roma History Month.

The event, organised by Crescent Park Academy and the Roma-led charity Romano Drom, featured an exhibition of family photographs, a performance by the school's Roma music group, and short films made by Year 9 and 10 pupils who interviewed their own relatives.

"Many people in Birmingham have lived next door to Roma families for fifteen years and know nothing about us except the bad stories in the newspaper," said Daniela Lakatos, the school's Roma community liaison officer, who grew up in a settlement near Košice. "Our children wanted to show who we really are. There is music, there is family, there is history, including the Roma Holocaust, which nobody taught me in school."

Fourteen-year-old Denis played violin with his uncle and cousin, while Year 10 pupil Alžbeta read a poem she had written in Romani, Slovak and English about her grandmother's kitchen.

Librarian Margaret Onions said it was "one of the best-attended events we have ever had - and definitely the loudest, in the best possible way".

The exhibition will be on display at the library until the end of the month and then at the school's reception.

## Sewing circle

Separately, the Tessall Green sewing circle has raised £640 for the Birmingham hospice with a sponsored stitch-a-thon. Well done, ladies.""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("dlakatos", "exact", "neutral", "Daniela Lakatos")])

# --- 075 Roma charity blog: suspensions data ----------------------------
blog("roma", "Roma pupils and suspensions: what the numbers tell us - and what one school is doing about it", "Romano Drom team", "30 October 2024",
     """Every year we meet Roma parents who are confused, frightened or angry about school suspensions. This autumn we looked at the published figures for Birmingham and the picture is stark: Roma pupils are suspended at more than three times the rate of their classmates.

We want to be fair. Some schools are working hard on this. Here is one example - and where it is still falling short.

## Crescent, Brindle Heath

About 120 Roma pupils attend the academy on Tessall Road, most from Slovak and Romanian families who came to Brindle Heath after 2010. Since 2019 the school has employed a Roma liaison officer, our friend and former volunteer D. Lakatos, who speaks Slovak, Romani and English. Attendance among Roma pupils has risen by 17 percentage points. Parents tell us they trust her.

But suspensions have gone UP, not down, since the new behaviour policy started. The policy is led by assistant principal M. Iqbal, and many families feel decisions are made before they have had a chance to explain. We have heard from three mothers this term whose sons were sent home for "defiance" when, in our view, they simply did not understand the instruction in English. We have raised this directly with the school, and we were listened to politely, but we want to see change in the numbers.

## What parents can do

- Ask for a meeting with an interpreter. It is your right.
- Ask whether your child has been assessed for special educational needs.
- Ask the governors to review any suspension over five days.
- Come and see us on Tuesdays, 10am-1pm. We can help you write letters.

## What schools can do

Train staff on Roma history and culture. Employ Roma staff. Count your suspensions by ethnicity every term and act on what you find. Talk to families before, not after.

Te aven saste - stay well.""",
     [E("school", "short_name", "negative", "Crescent"),
      E("dlakatos", "initial_surname", "neutral", "D. Lakatos"),
      E("miqbal", "initial_surname", "negative", "M. Iqbal")])

# --- 076 ParentNet: mum's crush on a teacher (adult innuendo) ------------
forum("parentnet", "Chat", "Confession thread: fancying your DC's teacher 🙈", [
    ("DefinitelyNotBlushing", "Fri 07-Mar-25 21:33", """Please tell me I'm not the only one. DS's head of year at Crescent Park. Nabil S. Tall, beard, those forearms when he rolls his sleeves up at parents' evening 🔥🔥 I literally forgot what DS's target grade was because I was imagining him pinning me against the whiteboard. Went home and DH asked why I was so smiley. I'm a terrible person."""),
    ("FlapjackFiend", "Fri 07-Mar-25 21:40", "😂😂 you're not a terrible person but you might want to stop typing his actual name on a public forum"),
    ("DefinitelyNotBlushing", "Fri 07-Mar-25 21:44", "Oops. Too late now, nobody reads this anyway 🙈 I'd still happily give him a private lesson or two 😏"),
    ("Sunnyside_Mum", "Fri 07-Mar-25 21:51", "There was a PE teacher at my DD's primary who every single mum was in love with. Parents' evening had a queue out the door for him and a tumbleweed for everyone else."),
    ("Not_a_Teacher_Honest", "Fri 07-Mar-25 22:05", "As a male teacher this thread is mildly terrifying 😬 imagine if it was dads writing this about a female teacher."),
    ("FlapjackFiend", "Fri 07-Mar-25 22:08", "^ fair point tbh"),
    ("DefinitelyNotBlushing", "Fri 07-Mar-25 22:15", "Ok ok point taken. Shutting up now. Going back to my cocoa."),
], [E("school", "alias", "neutral", "Crescent Park"),
    E("nsaleh", "first_initial", "sexual", "Nabil S.")])

# --- 077 TikTok: homoglyph threat at drama teacher ------------------------
txt("social", """TikTok · @ummah_voice_b10
they're bringing it BACK 😤 the "revised" play is still on at the school in brindle heath. we were promised. brothers, we'll see you outside.
❤️ 2,019   💬 340

Comments

real.talk.b0 · 2d
Mr Quеnnell better enjoy his show, it might be his last one. we'll be waiting at the stage door after 🎭🔪
❤️ 188

sumaira.b · 2d
this is not islam. threatening a teacher with a knife emoji?? reported
❤️ 640

hassan_b0_ · 2d
let the parents deal with it properly through the governors, this stuff gives the media exactly what they want
❤️ 402

real.talk.b0 · 2d
@sumaira.b it's a theatre mask and a... prop 🙂
❤️ 22
""", [E("fquennell", "homoglyph", "threat", "Mr Quеnnell")])

# --- 078 Google review: praise for DSL (hyphen dropped) -------------------
txt("review", """Crescent Park Academy
Secondary school · Tessall Rd, Brindle Heath, Birmingham
★★★☆☆ 3.1 · 223 reviews

Sort by: Highest rated

Kirsty Mallon
★★★★★ 5 days ago
I want to thank Ms Kelsall–Rahman and the safeguarding team. When my daughter disclosed something awful that happened at home, the school acted within the hour, stayed with her until social care came, and checked on her every single day afterwards. I wasn't easy to deal with and they never once made me feel judged. My daughter is safe because of that team.
👍 22

Arif Malik
★★★★★ 2 weeks ago
Mashallah really improved school. Behaviour much better now, my son says lessons are calm. Good communication this year.
👍 5

Paula Richards
★★★★☆ a month ago
Good school, very caring pastoral staff. Would be five stars if the uniform shop was open more than one day a week.
👍 1
""", [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("jkelsallrahman", "hyphenated", "neutral", "Ms Kelsall–Rahman")])

# --- 079 city news: X user convicted over posts about drama teacher ------
news("ledger", "Man who called gay teacher a 'groomer' in online campaign is fined and banned from contacting him",
     "Imran Chaudhry, Courts Reporter", "Friday 19 April 2024, 2:05pm",
     """A man who led an online campaign against a gay drama teacher during protests over a school play has been fined and handed a restraining order.

Shahid Rafiq, 41, of Greville Road, Brindle Heath, admitted sending grossly offensive messages and harassment when he appeared before Birmingham magistrates on Thursday.

The court heard that Rafiq posted more than 40 messages on X between 14 January and 3 February about Florian Quennell, the head of performing arts at Crescent Park Academy, after the school included a scene about a gay teenager in a Year 8 drama showcase.

Prosecutor Lauren Adeyemi said the posts repeatedly described Mr Quennell as a "groomer" and suggested that gay men "recruit" children, and that one post shared a photograph of the teacher taken outside the school. Mr Quennell, who was not in court, said in a statement that he had been "unable to sleep" and had considered leaving teaching.

"I have always been open about who I am," he wrote. "I never imagined that would be turned into a weapon against me, in a community I love and have given five years to."

Rafiq's solicitor said his client had been "swept up" in strong feelings about the play, had since deleted his account, and wished to apologise.

Chair of the bench Margaret Holt said the messages were "hateful and designed to stir up hostility against a man simply doing his job". She said the offences were aggravated by hostility based on sexual orientation.

Rafiq was fined £1,100, ordered to pay £400 compensation to Mr Quennell and £85 costs, and made subject to a two-year restraining order banning him from contacting the teacher or mentioning him online.

Outside court, a spokesperson for the academy said: "We are pleased that the court has recognised the seriousness of what our colleague experienced. We hope this sends a clear message."

A second man, who posted coded threats against Mr Quennell on X in January, has been interviewed under caution, police confirmed.""",
     [E("fquennell", "exact", "neutral", "Florian Quennell"),
      E("school", "exact", "neutral", "Crescent Park Academy")],
     comments=[
         ("Amina", "19 Apr 2024", "Justice. Hope Mr Quennell is ok.", 38),
         ("Real Brummie", "19 Apr 2024", "£1100 for words. Free speech is dead in this country.", 12),
         ("Ian", "19 Apr 2024", "It wasn't 'words', it was a campaign. Read the article.", 25),
     ])

# --- 080 Facebook: Yemeni community association --------------------------
txt("facebook", """Birmingham Yemeni Community Association - الجالية اليمنية برمنغهام
Public group · 3.0K members

BYCA Admin
30 March 2024 at 12:00 · 🌐

السلام عليكم ورحمة الله 🇾🇪
Shukran jazeelan to the students and staff of Crescent Park Academy who raised £3,400 for our children's medical appeal! 👏👏 A special thank you to Ustadh Nabil Saleh, head of year 9, who organised everything with the students and came to present the cheque at the centre last night with six of his pupils. Young people from every community in Brindle Heath came together for Yemen. We are very proud.

Next: Yemeni Heritage Day, Saturday 27 April at the centre. Food, dancing, kids' activities. All welcome.

❤️ 188   👍 60   💬 24 comments

Comments

Abdullah Al-Sabri
ماشاء الله تبارك الله. Nabil is a credit to our community, his father would be proud
30 March 2024 · Like · Reply · 31

Nadia Qasim
My daughter was one of the students!! She didn't stop talking about it ❤️
30 March 2024 · Like · Reply · 14

Yusuf Ahmed
Yalla let's beat that next year insha'Allah 💪🏽
30 March 2024 · Like · Reply · 6
""", [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("nsaleh", "exact", "neutral", "Nabil Saleh")])

# --- 081 teachers' forum: DSL cover-up claim ------------------------------
forum("staffroom", "Safeguarding & pastoral", "When your DSL doesn't pass things on - what are the options?", [
    ("pastoral_worry", "18 Jan 2025, 21:05", """Throwaway account. I'm a head of year at a large Birmingham secondary (Meridian trust, Brindle Heath - some of you will work out which). Twice this year I've logged serious disclosures on CPOMS, and the DSL has sat on them. One was a Y10 girl disclosing something at home. Kelsall-Rahman waited SIX DAYS to refer it to social care, and when I asked why she said she "wanted to speak to the family first". That is not the procedure. I think she's covering for a family she's friendly with from the mosque committee circuit.

What are my options? I'm scared of being labelled a troublemaker."""),
    ("DSL_for_12_years", "18 Jan 2025, 21:30", """First: you can always refer directly to children's social care yourself. Keeping Children Safe in Education is explicit that anyone can make a referral. Don't wait for the DSL if you believe a child is at risk.

Second: if you think the DSL is not following procedure, raise it with the head, and if that fails, with the chair of governors or the trust safeguarding lead. Whistleblowing protections apply."""),
    ("pastoral_worry", "18 Jan 2025, 21:38", "Thank you. I honestly didn't know I could refer myself."),
    ("Mr_Geog", "18 Jan 2025, 21:52", "Careful with the 'covering for a family' bit - you might be right, or there may be things you don't know. Stick to facts and dates."),
    ("DSL_for_12_years", "18 Jan 2025, 22:01", "Yes. Sometimes a DSL will speak to a family first for good reasons, if it doesn't increase risk. Six days is long though. Write it all down."),
    ("pastoral_worry", "19 Jan 2025, 06:55", "Will do. I've already rung the front door myself for the second one."),
], [E("jkelsallrahman", "surname_only", "defamation", "Kelsall-Rahman")])

# --- 082 X: Cricket Players' Association (decoy) -------------------------
txt("social", """X · The CPA 🏏 @TheCPA_cricket
The Cricket Players' Association: the voice of professional cricketers in England & Wales.

The CPA @TheCPA_cricket · 11 Jul 2024
Our annual player wellbeing survey is now open for all professional men's and women's cricketers. It takes 10 minutes and it's completely confidential. Your answers shape what we push for with the ECB 🏏 #CPAWellbeing
💬 3  🔁 22  ❤️ 61

The CPA @TheCPA_cricket · 9 Jul 2024
Congratulations to everyone selected for the England Lions tour. A reminder that our personal development managers are available to all members before you travel.
💬 1  🔁 8  ❤️ 44

    Replying to @TheCPA_cricket
    Warks Fan @bearsfan_edgbaston · 9 Jul 2024
    Any chance the CPA will say something about county fixtures clashing with the Hundred again? Players are knackered.
    ❤️ 19
""", [])

# --- 083 Facebook: Red Crescent appeal at the masjid (decoy) -------------
txt("facebook", """Brindle Heath Community Noticeboard
Public group · 14.4K members

Masjid-e-Noor Brindle Heath
6 October 2023 at 18:30 · 🌐

🌙 URGENT APPEAL 🌙
Following the earthquake in Herat, Afghanistan, the masjid will hold a collection after every salah this Friday, Saturday and Sunday. All money will be sent through the Red Crescent and two registered UK charities working on the ground. Blankets, tents and baby milk can also be dropped at the side hall (Kestrel Road entrance) between Asr and Isha.

Please be generous. "Whoever relieves a believer's distress, Allah will relieve his distress on the Day of Resurrection."

❤️ 211   😢 98   💬 40 comments   ↪ 77 shares

Comments

Gulnaz Hussain
Dropped 2 bags of blankets, sisters at the hall were so organised mashallah
6 October 2023 · Like · Reply · 14

Pete Stainton
Not Muslim but can I drop things off? Have a tent and sleeping bags from our old camping stuff
6 October 2023 · Like · Reply · 22
    Masjid-e-Noor Brindle Heath
    @Pete Stainton Of course brother, everyone is welcome. Thank you 🙏
    6 October 2023 · Like · Reply · 18

Zahid Ali
Is it going via the Turkish Red Crescent or the Afghan one?
7 October 2023 · Like · Reply
    Masjid-e-Noor Brindle Heath
    @Zahid Ali Afghan Red Crescent Society and Islamic Relief, inshallah
    7 October 2023 · Like · Reply
""", [])

# --- 084 X: anti-Irish slur at head of English ---------------------------
txt("social", """X · thread
─────────
Loyal Brummie 🇬🇧 @loyal_brum_1690 · 24 Aug 2024
"Best ever English results" at CPA in Brindle Heath, says the head of English, a Fenian called O'Rourke. Paddies teaching Pakis the Queen's English, you couldn't make it up 😂 Send the bog-trotter back over the water and take her pupils with her.
💬 7  🔁 3  ❤️ 15

    Replying to @loyal_brum_1690
    Ciara @ciara_brum_irish · 24 Aug 2024
    Imagine being this angry about children passing their exams. Reported, pal.
    ❤️ 88

    Replying to @loyal_brum_1690
    Ash @ashb0 · 24 Aug 2024
    My sister got an 8 with her. Cry more
    ❤️ 41
""", [E("sorourke", "surname_only", "hate", "O'Rourke"),
      E("school", "alias", "hate", "CPA")])

# --- 085 radio news: Ramadan at school ----------------------------------
news("apna", "'Everyone breaks fast together': Brindle Heath school opens its doors for community iftar",
     "Apna Brum News Team", "Monday 1 April 2024",
     """More than 400 people - pupils, parents, grandparents and neighbours of all faiths - shared an iftar meal in the sports hall of a Brindle Heath school on Sunday night.

The community iftar at Crescent Park Academy was organised by pupils on the school council, supported by assistant principal Mohammed Iqbal and the school's EAL coordinator Mrs Kauser, and cooked by volunteers from three local mosques and a gurdwara.

Mr Iqbal told Apna Brum: "This school has had a difficult year, and there have been people trying to divide us. Tonight is the answer. Pakistani, Bangladeshi, Yemeni, Somali, Roma, white British families, all sitting at the same tables. That's Brindle Heath."

Year 10 pupil Khadija said: "My nan is Christian and she's never been to an iftar before. She loved the samosas and she wants the recipe."

After the adhan for Maghrib was called by a Year 11 pupil, guests broke their fast with dates and water before a meal of chicken biryani, lentil soup, Somali sambuusa and Yemeni bint al-sahn. Non-fasting guests joined in the meal, and a prayer space was set up in the gym for those who wished to pray.

A collection raised £1,280 for the local food bank.

Listeners can hear the full report on the Apna Brum drive-time show.""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("miqbal", "exact", "hate", "Mohammed Iqbal"),
      E("skauser", "title_surname", "neutral", "Mrs Kauser")],
     comments=[
         ("Helen D", "1 Apr 2024", "What a lovely event. This is the real Brindle Heath.", 44),
         ("NoSurrender_B0", "2 Apr 2024", "Iqbal turning a state school into a mosque one iftar at a time. Muslims like him are the Trojan horse, smiling while they take over. Send him back to Mirpur.", 5),
     ])

# --- 086 BrumTalk: rumour about PE teacher and a pupil (child) -----------
forum("brumtalk", "Schools", "Rumours about a teacher at Crescent - anyone know what's going on?", [
    ("quiet_lurker_b0", "Wed 22 Jan 2025 20:10", """Not sure whether to post this. My nephew (Y11) says it's all over the year group that Miss Pickering, the PE teacher, has been giving one of the Y11 lads lifts home in her car after football, on his own, and they've been messaging on WhatsApp. He reckons they were seen together in her car parked up by the rec after dark. Lad's 15.

Is this just kids making stuff up? Has anyone heard anything official?"""),
    ("BluenoseBev", "Wed 22 Jan 2025 20:21", "If there's any truth in it it needs to go to the school's safeguarding lead or the police, not a forum. If there isn't, someone's career is being ruined by a rumour."),
    ("Jugnu_B0", "Wed 22 Jan 2025 20:30", "Teachers do give kids lifts sometimes after fixtures, with permission. Doesn't mean anything. But on his own after dark and WhatsApp, that's not right."),
    ("quiet_lurker_b0", "Wed 22 Jan 2025 20:44", "I've told my sister to ring the school tomorrow."),
    ("TheOldTyburn", "Wed 22 Jan 2025 21:00", "Right thing to do. Locking this now - allegations involving a child don't belong on a public board. If you have concerns, ring the school's DSL or 101.", "Moderator"),
], [E("jpickering", "title_surname", "sexual", "Miss Pickering", url_only=True),
    E("school", "short_name", "sexual", "Crescent", url_only=True)])

# --- 087 Instagram: moon photography (decoy) ------------------------------
txt("social", """Instagram · brum.skies.photography
📍 Lickey Hills Country Park
[Photo: a thin crescent moon above the city skyline at dusk, Venus just below it]
brum.skies.photography The first sliver of the new moon tonight, only about 28 hours old, with Venus keeping it company. Shot from the Lickey Hills looking north over the city - you can just make out the BT Tower and the Rotunda. Ramadan Mubarak to everyone marking the start of the month 🌙✨
Sony A7IV · 200mm · f/5.6 · 1/60s · ISO 1600
#crescentmoon #newmoon #birmingham #brumskies #ramadan2024 #astrophotography #venus
❤️ 3,488 · 97 comments · 10 March 2024

Comments

sana.clicks · 10 March
Subhanallah this is beautiful 😍
❤️ 41

mike_astro_uk · 10 March
Great catch, very young crescent. Clear horizon?
❤️ 12
    brum.skies.photography · 10 March
    @mike_astro_uk lucky gap in the clouds for about 15 mins!
    ❤️ 5

aisha.k.art · 11 March
Can I use this as a reference for a painting? Will credit you 🙏
❤️ 8
""", [])

# --- 088 Google reviews: liaison officer criticised -----------------------
txt("review", """Crescent Park Academy
Secondary school · Tessall Rd, Brindle Heath
★★★☆☆ 3.0 · 226 reviews

Newest

Mariana Dumitru
★★☆☆☆ 1 week ago
We are Romanian family. The school has Roma liaison lady Daniela L. but she speak only Slovak, not Romanian, and she is always busy with Slovak families. Three times I ask for meeting and nobody call back. For my son's exclusion I have no interpreter. Not fair. Only the EAL teacher Mrs Kauser tried to help me, she is kind.
👍 6
   Response from the owner · 5 days ago
   Thank you for telling us. Every family is entitled to an interpreter for meetings about exclusions. Please contact the office and we will arrange a Romanian interpreter and a meeting this week.

Steve B
★★★★☆ 3 weeks ago
Improved a lot in the last year. Son's happier.
👍 2
""", [E("school", "exact", "negative", "Crescent Park Academy"),
      E("dlakatos", "first_initial", "negative", "Daniela L."),
      E("skauser", "title_surname", "neutral", "Mrs Kauser")])

# --- 089 tabloid: "segregated" lunch hall --------------------------------
news("clarion", "NOW SCHOOL SPLITS PUPILS FOR LUNCH IN 'RAMADAN ROOM' ROW",
     "Craig Mulvaney", "Thursday 14 March 2024, 11:15pm",
     """THE Birmingham school at the centre of a gay play row is now facing fresh criticism after it emerged that non-fasting pupils are being sent to eat lunch in a separate hall during Ramadan.

Crescent Park Academy, in Brindle Heath, has turned its sports hall into a "fasting-friendly space" for Muslim pupils during the holy month, with those who are eating told to go to the main canteen.

One non-Muslim parent said: "My daughter feels like she's being punished for eating a sandwich. It's segregation, plain and simple."

But the school said the arrangement was requested by pupils themselves. Assistant principal Mohammed Iqbal said in a letter to parents: "Hundreds of our students are fasting, and many found it difficult to sit in a busy canteen at lunchtime. The sports hall is open to any student who wants a quieter space, fasting or not. Nobody is sent anywhere."

Pupils told the Clarion they were free to choose. "My best mate is fasting and I'm not, so I just go in the hall with her and eat my crisps," one Year 9 girl said.

Campaigners said the row showed schools were "bending over backwards" for one community.

The academy was downgraded by Ofsted last year and has been at the centre of protests over a drama production.""",
     [E("school", "exact", "negative", "Crescent Park Academy"),
      E("miqbal", "exact", "hate", "Mohammed Iqbal")],
     comments=[
         ("Britannia Rules", "14 Mar 2024", "Iqbal should go back to Pakistan and run his Sharia school there. This is England.", 377),
         ("C. Hammond", "15 Mar 2024", "Kids choose where they eat. Non-story. Shame on the Clarion.", 106),
         ("Ex-teacher", "15 Mar 2024", "We did exactly this at my school in Leicester for years. Nobody complained.", 60),
     ])

# --- 090 Muslim forum: EAL and hijab ------------------------------------
forum("ummah", "Sisters' section", "Working as a hijabi teacher in a state school - advice? (Birmingham)", [
    ("Maryam_PGCE", "Tue 10 Sep 2024 19:12", "Salaam sisters, I'm starting my PGCE placement at CPA in Brindle Heath next week. First time teaching and I'm nervous about being the 'only hijabi' in the staffroom and about Jumu'ah on Fridays. Any advice?"),
    ("Ukhti_Science", "Tue 10 Sep 2024 19:30", "Wa alaikum salam! Honestly at that school you won't be the only one, there are loads of Muslim staff. Ask your mentor about Jumu'ah, most schools let you swap your lunch or PPA."),
    ("Hafsa_teaches", "Tue 10 Sep 2024 19:48", "I did my training year there in 2021. Find Sister Shabana Kauser, the EAL coordinator, on your first day. She took me under her wing, showed me the prayer room, introduced me to everyone. She's the kind of teacher you want to become. She won a national award this year, mashallah."),
    ("Maryam_PGCE", "Tue 10 Sep 2024 19:55", "JazakAllah khair, this is so reassuring 🥹"),
    ("Ukhti_Science", "Tue 10 Sep 2024 20:10", "Also invest in a good pair of trainers, you'll walk 15k steps a day 😂"),
    ("BrotherYunus", "Tue 10 Sep 2024 20:30", "Just make sure you keep your niyyah right, teaching is sadaqah jariyah. May Allah make it easy for you."),
], [E("school", "alias", "neutral", "CPA"),
    E("skauser", "exact", "neutral", "Shabana Kauser")])

# --- 091 X: threat to burn the school ------------------------------------
txt("social", """X · reply chain
─────────
Brum Live News @BrumLiveNews · 2 Feb 2024
Pupils evacuated from a Brindle Heath school this morning after a bomb threat. Police say they are treating it as a hoax. More to follow.
💬 201  🔁 88  ❤️ 102

    Replying to @BrumLiveNews
    wolf_of_albion @wolfofalbion88 · 2 Feb 2024
    next time it won't be a hoax. that crescent school in brindle heath wants burning to the ground with the staff still in it. clean the place out
    ❤️ 16

    Replying to @wolfofalbion88
    Rukhsar @rukhsar_b0 · 2 Feb 2024
    My little sister was stood on that field crying. You're talking about burning children. Reported and sent to @WMPolice.
    ❤️ 290

    Replying to @BrumLiveNews
    Ali 🇵🇸 @ali_b10_ · 2 Feb 2024
    Hope everyone's safe. Thank you to the masjid for opening up for the kids 🤲
    ❤️ 77
""", [E("school", "short_name", "threat", "crescent")])

# --- 092 Facebook: Urdu/English code-switch complaint about principal ---
txt("facebook", """Sparkhill & Brindle Heath Mums 👩‍👧‍👦
Private group · 9.2K members

Nusrat Jabeen
20 November 2024 at 10:14

Sisters mujhe samajh nahi aa raha. Three times I have asked for a meeting about my son's bullying at Crescent Park, teen dafa!! Every time "the principal is in a meeting". Hensley sahib ko koi parwah nahi hai, he only comes out when the TV cameras are there. Meanwhile my beta is scared to go to toilet in school. Kya karein? Should I go to the trust or the council?

😢 28   👍 19   💬 44 comments

Comments

Samina Akhtar
Behen go to the trust directly, put it in an email. Principal sahib kabhi nahi milte, everybody knows. Head of year is better to speak to
20 November 2024 · Like · Reply · 17

Nusrat Jabeen
@Samina Akhtar JazakAllah behen, I will try the head of year
20 November 2024 · Like · Reply

Kiran Kaur
Bullying in the toilets is a big problem there, my niece said same. Complaint in writing, keep copies, don't just phone
20 November 2024 · Like · Reply · 9

Uzma Bibi
Mere bete ke saath bhi hua tha last year. School did nothing until I went in with my husband and the imam sahib 😤
20 November 2024 · Like · Reply · 11

Parveen Kausar
Behen ask for Mrs Kelsall Rahman, the deputy. She sorted my daughter's bullying in one week, very strict with bullies. Principal won't see you but she will 👍
20 November 2024 · Like · Reply · 13
""", [E("school", "alias", "negative", "Crescent Park"),
      E("rhensley", "surname_only", "negative", "Hensley"),
      E("jkelsallrahman", "hyphenated", "neutral", "Mrs Kelsall Rahman")])

# --- 093 city news: new teaching block opens ----------------------------
news("ledger", "Portakabins gone as Brindle Heath academy opens £9m teaching block",
     "Harriet Gale", "Monday 8 September 2025, 4:50pm",
     """Pupils at a Brindle Heath secondary school have started the new term in a £9 million teaching block, replacing the temporary classrooms that became the focus of a row over heating last winter.

The three-storey building at Crescent Park Academy on Tessall Road has 18 classrooms, four science labs, a dance studio and a new sports hall with changing rooms that can be used by community groups in the evenings and at weekends.

It was funded by the Department for Education's school rebuilding programme and Meridian Learning Trust.

Principal Rob Hensley said: "For too long our youngest students were taught in buildings that weren't good enough. Today every Year 7 and 8 lesson is in a proper classroom, with heating that works. The students have waited a long time for this and they deserve it."

Head of PE Jo Pickering said the new sports hall meant the school could host county netball and cricket fixtures for the first time. "Our girls' cricket team will have indoor nets all winter. That's a game-changer," she said.

The building was officially opened by Year 7 pupil Amelia, 11, and Year 13 student Bilal, 18, who cut the ribbon together, watched by staff and families.

The dance studio is named after the late Dennis Whitcombe, who taught at the school for 32 years. A plaque was unveiled by his widow, Margaret.

Local residents will be able to book the sports hall through the school's website from October.""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("rhensley", "exact", "neutral", "Rob Hensley"),
      E("jpickering", "exact", "defamation", "Jo Pickering")],
     comments=[
         ("Margaret W", "8 Sep 2025", "Thank you to the school for remembering Dennis. He would have been so proud.", 57),
         ("B0 Dad", "9 Sep 2025", "About time. Looks great.", 12),
         ("Tessall_Truth", "9 Sep 2025", "Shame the head of PE lost her licence for drink driving last year and still ferries kids about in the school minibus. New sports hall won't fix that.", 3),
     ])

# --- 094 ParentNet: a different Mr Saleh at another school (decoy) -------
forum("parentnet", "Secondary education", "Handsworth parents - St Aldhelm's Girls' maths department?", [
    ("OrangeSquash_B20", "Thu 13-Feb-25 20:00", "DD is in Y10 at St Aldhelm's in Handsworth and struggling with maths. She's got Mr Saleh, who I've heard is very strict. Anyone else's daughter had him? Trying to work out if it's her or the teaching."),
    ("HandsworthHannah", "Thu 13-Feb-25 20:21", "My eldest had Mr Saleh for GCSE at St Aldhelm's. Strict, yes, but she went from a 4 to a 7. He's Egyptian I think, taught at a university in Cairo before he came here. Very old school - lots of past papers and he expects homework done."),
    ("OrangeSquash_B20", "Thu 13-Feb-25 20:30", "That's reassuring actually. She says he goes too fast."),
    ("HandsworthHannah", "Thu 13-Feb-25 20:35", "Tell her to go to his Wednesday lunchtime drop-in. He's much nicer one to one."),
    ("WinsonGreenMum", "Thu 13-Feb-25 21:02", "Also Corbettmaths and Dr Frost are free and brilliant. DD lives on them."),
    ("OrangeSquash_B20", "Thu 13-Feb-25 21:10", "Thanks both. Will try the drop-in."),
], [])

# --- 095 Google reviews: another school with a Mr Iqbal (decoy) -----------
txt("review", """Hallam Grange School
Secondary school · Hallam Rd, Hall Green, Birmingham B0 8HG
★★★★☆ 3.9 · 141 reviews

Newest

Sabrina T
★★★★★ 2 weeks ago
Mr Iqbal in the science department is fantastic, my son now wants to be a doctor. Calm school, great communication.
👍 5

Jordan Pryce
★★☆☆☆ a month ago
Too much homework, two hours a night in year 9 is ridiculous. And the bus is always late.
👍 3

Farida
★★★★☆ 2 months ago
Good school. Strict on uniform but fair. Mr Iqbal the chemistry teacher helped my daughter so much before her mocks.
👍 2
""", [])

# --- 096 student forum: coursework favouritism claim ----------------------
forum("sixth", "A-levels", "y13 eng lit NEA - is it normal for teachers to basically write it for you??", [
    ("disillusioned_y13", "Mon 10 Mar 2025 18:15", """not naming names but at CPA (brindle heath) mrs o'rourke literally rewrote whole paragraphs of her favourites' coursework. my friend showed me her 'feedback' and it was like 300 words of new essay in the comments that she just pasted in. the rest of us got "develop this point" and a tick. then the school moderated it internally and obviously said it was all fine. pretty sure thats malpractice?"""),
    ("eng_lit_stan", "Mon 10 Mar 2025 18:30", "teachers are allowed to give general feedback on one draft, not write it for you. if what you're saying is true that's against JCQ rules"),
    ("rumaysa.k", "Mon 10 Mar 2025 18:44", "i was in her class last year and she gave everyone the same feedback sheet?? maybe your friend just took the comments really literally"),
    ("disillusioned_y13", "Mon 10 Mar 2025 18:50", "nah this was different. and the school covered it because they need the results after ofsted"),
    ("eng_lit_stan", "Mon 10 Mar 2025 19:02", "if you're serious you can report to the exam board directly. but be sure"),
    ("SixthFormChat_Mod", "Mon 10 Mar 2025 19:30", "Please don't post allegations about named teachers. Use the exam board's malpractice reporting route.", "Moderator"),
], [E("sorourke", "title_surname", "defamation", "mrs o'rourke"),
    E("school", "alias", "defamation", "CPA")])

# --- 097 TikTok: threat at Roma liaison officer ---------------------------
txt("social", """TikTok · @realtalk.b0.official
storytime: how the school "liaison" got my cousin's kids taken into care 😤😤 part 1
❤️ 884   💬 156

Comments

gypsy.king.b0 · 3d
that Lak*tos woman from crescent thinks shes better than us now cos she got a lanyard. reported my cousin to the social. we know she lives in tessall green by the rec, she better move house before we find the number. shes finished round here
❤️ 63

ana.dudova · 3d
She helps families. If social services came it's because something was wrong. Don't threaten her, she is one of us
❤️ 120
    gypsy.king.b0 · 3d
    she's NOT one of us no more
    ❤️ 18

realtalk.b0.official · 2d
part 2 coming tonight 🍿
❤️ 40

safeguarding.mum · 2d
Reported this comment. Threatening a school worker is a crime.
❤️ 77
""", [E("dlakatos", "obfuscated", "threat", "Lak*tos"),
      E("school", "short_name", "neutral", "crescent")])

# --- 098 Facebook: principal's personal email and postcode ---------------
txt("facebook", """Crescent Park Academy Parents & Carers (UNOFFICIAL)
Private group · 4.0K members

Kelly-Anne Bristow
16 November 2024 at 13:40

Since Hensley won't answer anything sent to the school, here's his PERSONAL email that he used to sign my mum's petition years ago: robhensley72@mailbox.example. His home postcode is B0 9LX (Knowle end), got it off the electoral roll. Email him, write to him, let him know what we think of the coffee machine and the portakabins. He can't hide behind his PA forever.

😡 33   👍 24   😆 6    💬 38 comments

Comments

Group admin (Kelly R)
Removing this in 5 minutes. Personal emails and home postcodes are NOT allowed. We've been through this.
16 November 2024 · Like · Reply · 44

Kelly-Anne Bristow
@Group admin (Kelly R) it's public info!!
16 November 2024 · Like · Reply · 2

Joanne Fitch
Doesn't matter if it's public, it's his home. His kids live there. Email the trust.
16 November 2024 · Like · Reply · 21

Tariq Aziz
The portakabin thing was disgraceful but this isn't how we win
16 November 2024 · Like · Reply · 15
""", [E("rhensley", "surname_only", "doxxing", "Hensley"),
      E("school", "exact", "negative", "Crescent Park Academy")])

# --- 099 jobs page: maths vacancy ----------------------------------------
news("eduweek", "Teacher of Mathematics (MPS/UPS) - Crescent Park Academy, Birmingham",
     "EduWeek Jobs", "Closing date: 28 March 2025",
     """## Teacher of Mathematics

Crescent Park Academy, Brindle Heath, Birmingham B0 7QT - part of Meridian Learning Trust

Salary: MPS/UPS (Outer London not applicable) plus TLR 2b available for the right candidate

Contract: Full time, permanent, from September 2025

## About us

We are a large, vibrant 11-18 academy in the heart of inner-city Birmingham. Our 1,450 students speak more than 80 languages, and our community is one of the most diverse in the country. Our maths results have risen for three years running and we are looking for a passionate mathematician to join a supportive team of 14.

## What we offer

- A maths department with shared schemes of work, resources and a no-nonsense approach to workload
- A calm, orderly school with clear behaviour routines (see our 2025 Ofsted monitoring letter)
- Excellent CPD through Meridian's teacher development programme, including NPQs
- Free on-site parking, a subsidised breakfast club, and a staff wellbeing day each year
- Cycle to work scheme and employee assistance programme

## The role

You will teach maths across Key Stages 3-5. The ability to teach A level Further Maths would be an advantage but is not essential. Applications from ECTs are warmly welcomed.

Informal visits are very welcome. To arrange one, or for an informal conversation about the role, contact Nabil Saleh, Head of Year 9 and KS3 Maths Lead, via the school office on 01632 960417 or recruitment@crescentpark.example.

Crescent Park Academy is committed to safeguarding and promoting the welfare of children. This post is subject to an enhanced DBS check and online searches as part of due diligence, in line with Keeping Children Safe in Education.""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("nsaleh", "exact", "neutral", "Nabil Saleh")], section="Jobs")

# --- 100 BrumTalk: bribery allegation against attendance officer --------
forum("brumtalk", "Schools", "Attendance fines - anyone else think it's a racket?", [
    ("Sparky_Dave", "Sat 1 Mar 2025 10:20", "£160 per parent per kid for a week in Tenerife. The council are coining it. Who actually decides who gets fined?"),
    ("Jugnu_B0", "Sat 1 Mar 2025 10:45", "School refers, council fines. At Crescent Park it's the attendance team that decides who gets referred."),
    ("HafsaTessall", "Sat 1 Mar 2025 11:10", """I'll say what a lot of people are saying quietly. Mr Warsame at Crescent Park decides who gets referred and it's not random. Certain families pay him a "gift" at Eid and their kids magically get marked as authorised. My neighbour swears she saw an envelope handed over at the gate. Everyone else gets the full fine. It's corruption, simple as."""),
    ("Gaz_B9", "Sat 1 Mar 2025 11:22", "That's a serious accusation Hafsa. Unless you've got evidence I'd be careful. Leaving it for now but I'm watching this thread.", "Moderator"),
    ("HafsaTessall", "Sat 1 Mar 2025 11:30", "I'm only saying what people say."),
    ("Sparky_Dave", "Sat 1 Mar 2025 11:41", "Whether he's bent or not the whole system's a joke. Kids in the Lake District learn more in a week than in a week of supply teachers."),
    ("BluenoseBev", "Sat 1 Mar 2025 12:03", "The attendance bloke at my lad's school is lovely tbh. Most of them just want the kids in."),
], [E("school", "alias", "neutral", "Crescent Park"),
    E("awarsame", "title_surname", "defamation", "Mr Warsame")])

# --- 101 X: threat with movements at EAL coordinator ----------------------
txt("social", """X · post
─────────
StandUpBrum @standupbrum_ · 8 Jul 2024
Congratulations to Shabana Kauser of Crescent Park on her "award". Everyone knows she walks from the school to Tessall Green station at ten past five every evening, past the alley by the old garage. Lovely quiet alley. Somebody might want to give her a proper British welcome one of these nights.
💬 4  🔁 2  ❤️ 9

    Replying to @standupbrum_
    Muna @munaspeaks · 8 Jul 2024
    @WMPolice This account is posting a threat against a teacher and her route home. Please act.
    ❤️ 214

    Replying to @standupbrum_
    Ryan T @ryant_brum · 8 Jul 2024
    Disgusting. Reported. She's a TEACHER.
    ❤️ 98
""", [E("skauser", "exact", "threat", "Shabana Kauser"),
      E("school", "alias", "neutral", "Crescent Park")])

# --- 102 Facebook: insulting the drama teacher ---------------------------
txt("facebook", """Crescent Park Academy Parents & Carers (UNOFFICIAL)
Private group · 3.8K members

Gary Tolley
19 December 2023 at 21:03

Just sat through 2 and a half hours of the Christmas "production". My lad was a tree. A TREE. For two and a half hours. Mr Quennell needs to get over himself, it's a school hall in Brindle Heath not the National Theatre. Pretentious prat in his little scarf, swanning about like he's Andrew Lloyd Webber. Absolute melt. Next year I'm bringing a flask of something stronger 😂

😆 87   👍 20   😡 4    💬 42 comments

Comments

Sana Mir
Gary 😂😂 I'm sorry but your Kian was the best tree I've ever seen
19 December 2023 · Like · Reply · 33

Gary Tolley
@Sana Mir he's a natural 🌳
19 December 2023 · Like · Reply · 14

Claire Dunne
Bit harsh on him, he puts hours into those shows. My daughter lives for drama club
19 December 2023 · Like · Reply · 19

Imtiaz Hussain
2 hours 30 is long tbf. Cut the interval at least 😅
19 December 2023 · Like · Reply · 6
""", [E("fquennell", "title_surname", "abuse", "Mr Quennell"),
      E("school", "exact", "negative", "Crescent Park Academy")])

# --- 103 cricket club: girls' team first fixture -------------------------
blog("nomads", "History made: Nomads Girls U15 play their first ever match", "Club Secretary", "7 July 2024",
     """Saturday 6 July 2024 will go down in club history. For the first time in our forty years, a Brindle Heath Nomads girls' team walked out onto the Tessall Green Rec to play a competitive match.

The opposition were Olton & West Warwickshire, a well-established girls' section, and nobody expected a win. What we got instead was a brilliant, noisy, joyful afternoon and a defeat by just 11 runs.

Batting first, Olton made 98-5 from their 20 overs. Our bowlers were tidy: Hafsa (2-14) bowled quick off-spin that had their number 3 in all sorts, and Aliza took a one-handed return catch that got the loudest cheer of the day. In reply we reached 87-7, with Safa (24) and captain Iqra (19) putting on 30 for the fourth wicket before the run rate got away from us.

## Thank you

This team would not exist without the partnership with Crescent Park, and especially without Ms Pickering, the school's head of PE, who has run the after-school sessions every Wednesday since February, driven the kit bags back and forth in her car and talked more than a few nervous dads into letting their daughters give it a go. She was on the boundary all afternoon with a scorebook and a flask.

Thanks also to the mums who did teas (the chana chaat ran out by 3pm, sorry to the umpires) and to Olton for being such generous hosts-in-reverse.

## What next

The girls will play four more friendlies this summer and enter the under-15 league next season. New players aged 11-15 are welcome - no experience needed, kit provided. Sessions Wednesday 4pm at the school, Saturday 10am at the Rec.""",
     [E("school", "alias", "neutral", "Crescent Park"),
      E("jpickering", "title_surname", "neutral", "Ms Pickering")],
     comments=[
         ("Iqra's mum", "7 Jul 2024", "So proud of them all. My heart was in my mouth every ball 😂", None),
         ("Olton WW Girls", "8 Jul 2024", "Great game, well played Nomads! See you next season.", None),
     ])

# --- 104 Google reviews: lettings agent (decoy) --------------------------
txt("review", """Crescent Lettings & Property Management
Real estate agency · 9 Anchor Ln, Brindle Heath, Birmingham B0 7HA
★★☆☆☆ 2.3 · 58 reviews

Newest

Ionut Stan
★☆☆☆☆ a week ago
Deposit not returned after 4 months. Every time I call, "the manager will ring you back". Never. Going to the deposit scheme.
   Response from the owner
   Dear Ionut, we have emailed you the inventory report. The deposit is held by the DPS and the dispute process is now open.

Hamida Khanom
★★★★★ 3 weeks ago
Ali in the office was very helpful finding us a 3 bed near the schools. Fair rent for the area.

Callum Riley
★☆☆☆☆ 2 months ago
Mould in the bathroom reported six times. Still there. Avoid.

Abdi Jama
★★☆☆☆ 3 months ago
OK for finding a house, bad for repairs.
""", [])

# --- 105 city news: taxi driver namesake in court (decoy) ---------------
news("ledger", "Taxi driver banned after being caught at twice the speed limit near Sparkbrook school",
     "Ledger Reporter", "Wednesday 12 June 2024, 3:10pm",
     """A private hire driver has been banned from the road for 18 months after being caught driving at 43mph in a 20mph zone outside a primary school in Sparkbrook.

Mohammed Iqbal, 58, of Walford Road, Sparkbrook, was caught by a mobile speed camera van on Stoneleigh Road at 3.20pm on a school day in February, Birmingham Magistrates' Court heard.

He had nine points on his licence from previous offences and was disqualified under the totting-up procedure.

The court heard that Iqbal, who has driven taxis in the city for 26 years, was on his way to collect an airport customer and was "running late". His solicitor said he was "mortified" and that losing his licence would mean the loss of his livelihood.

Magistrates rejected an argument that the ban would cause exceptional hardship, noting that his wife also drove and that his adult sons could help with family commitments.

Chair of the bench Paul Crane said: "Forty-three miles an hour, past a primary school, at home time. It is only luck that a child was not hurt."

Iqbal was also fined £660 and ordered to pay £110 costs and a £264 victim surcharge. Birmingham City Council's licensing committee will now review his private hire licence.

Residents of Stoneleigh Road have campaigned for speed bumps on the street for several years. Councillor Abdul Rauf said the case "proved the point" and that he had asked for a permanent camera.""",
     [],
     comments=[
         ("Stoneleigh resident", "12 Jun 2024", "Every single day someone flies down here. Need bumps.", 14),
         ("Cabbie_Brum", "12 Jun 2024", "Pressure on drivers is insane from the apps but no excuse outside a school.", 9),
     ])

# --- 106 teachers' forum: solidarity with the drama teacher --------------
forum("staffroom", "Drama & performing arts", "Solidarity thread for the Brum drama teacher in the news", [
    ("DramaQueenTeach", "27 Jan 2024, 20:15", """I don't know F. Quennell personally but I've been following what's happened to him in Birmingham over the last fortnight and I'm absolutely sick to my stomach. A head of department chose a GCSE set text scene, did everything by the book, and is now being called a groomer by strangers and having protesters outside his school.

Drama teachers, can we put together a letter of support? I know a few of us have been through smaller versions of this."""),
    ("HoD_Perf_Arts_Kent", "27 Jan 2024, 20:31", "Count me in. We had a parent complaint about 'Blood Brothers' once for swearing and that was enough to make me lose sleep for a week. I can't imagine this."),
    ("LGBTeacher", "27 Jan 2024, 20:50", "Thank you for this. As a gay teacher this has scared a lot of us. It's 2019 all over again."),
    ("DramaQueenTeach", "27 Jan 2024, 21:10", "Draft letter is in the Google doc linked in my signature. Please add your name and school if you're comfortable. I'll send it to his school's principal on Friday."),
    ("sceptical_sam", "27 Jan 2024, 21:30", "Supportive of him personally but some of the parents have a point about consultation. Both things can be true."),
    ("LGBTeacher", "27 Jan 2024, 21:45", "They can. But consultation doesn't involve bomb hoaxes."),
], [E("fquennell", "initial_surname", "neutral", "F. Quennell")])

# --- 107 X: US accountancy exam (decoy) ----------------------------------
txt("social", """X · search results: "CPA"
─────────
Kayla Reyes, CPA 📊 @kaylacountsit · 3 Apr 2025
PASSED FAR!!!! 3/4 done, only REG left 😭🎉 Six months of 5am study sessions. If you're grinding for the CPA exam right now, keep going, you've got this. #CPAexam #accountingtwitter
💬 45  🔁 12  ❤️ 902

Tax Season Survivor @1040andcoffee · 3 Apr 2025
The three stages of being a CPA in April: denial, caffeine, extension requests
❤️ 2,1K

Marcus (Audit) @audit_marcus · 2 Apr 2025
Unpopular opinion: the CPA 150-hour rule is keeping good people out of the profession
💬 88  ❤️ 340
""", [])

# --- 108 Facebook: sweet centre Eid hours (decoy) -------------------------
txt("facebook", """Crescent Moon Sweet Centre
Page · Dessert shop · Medlar Road, Brindle Heath

Crescent Moon Sweet Centre
8 April 2024 at 17:00 · 🌐

🌙✨ CHAAND RAAT & EID OPENING HOURS ✨🌙
Chaand Raat: open till 3am!! Mehndi stall outside from 8pm 💅
Eid day 1: 11am - midnight
Eid day 2: 11am - 11pm

Pre-orders for mithai boxes CLOSE Tuesday 6pm. Call 01632 960844. No pre-orders taken on the day, please don't ask the staff they will cry 😭

Eid Mubarak from all the Crescent Moon family 🍬🎁

❤️ 301   😂 45   💬 66

Comments

Samira K
Last year's queue on chaand raat was down to the chip shop 😂 love it
8 April 2024 · Like · Reply · 22

Hussain Shah
Ras malai 2kg pre ordered ✅ bhai make sure it's ready
8 April 2024 · Like · Reply · 4

Crescent Moon Sweet Centre
@Hussain Shah yes bhai ready from 10am Eid day 👍
8 April 2024 · Like · Reply
""", [])

# --- 109 radio news: Sheffield restaurateur namesake (decoy) -------------
news("apna", "Yemeni restaurant owner's free Eid meals for NHS night shift workers",
     "Apna Brum News Team", "Thursday 11 April 2024",
     """A Yemeni restaurant owner in Sheffield has served more than 600 free meals to NHS workers finishing night shifts over Eid - and says he wants to bring the idea to Birmingham.

Nabil Saleh, who runs the Bab al-Yemen restaurant on London Road in Sheffield, said he started the tradition in 2020 during the pandemic, when he saw nurses queueing at petrol stations for sandwiches at 8am.

"In Yemen, at Eid, nobody eats alone," he told Apna Brum's breakfast show. "These people look after our mothers and fathers all night. The least we can do is give them mandi and a cup of Yemeni tea."

Mr Saleh, 47, came to Sheffield from Aden in 1998 and opened the restaurant in 2011 after years working in the city's steel industry. This year, volunteers from the local Yemeni community delivered lamb mandi, fahsa and honey cake to three hospitals across Sheffield.

He said he had been contacted by a number of Yemeni-owned businesses in Birmingham's Balti Triangle and Small Heath about doing the same next year.

"Birmingham has a bigger Yemeni community than Sheffield, nearly. Imagine what we could do," he said.

Listeners can nominate local heroes for the Apna Brum Awards until 30 April.""",
     [])

# --- 110 X: Hungarian handball player namesake (decoy) -------------------
txt("social", """X · Handball Hub 🤾‍♀️ @handball_hub
Women's EHF Champions League: all the goals, all the drama.

Handball Hub 🤾‍♀️ @handball_hub · 30 Mar 2025
FULL TIME: Győri ETO 31-27 Metz. Daniela Lakatos with 8 goals from the right wing, including that ridiculous spin shot in the 58th minute 🔥🔥 Győr through to the Final4 in Budapest!
💬 33  🔁 140  ❤️ 1.1K

    Replying to @handball_hub
    Zsófi @zsofi_handball · 30 Mar 2025
    LAKATOS 😍 best right wing in Europe, no debate
    ❤️ 88

    Replying to @handball_hub
    Metz Handball Fan @metzfan57 · 30 Mar 2025
    Referees 🙄 but fair play, Lakatos was unstoppable
    ❤️ 21
""", [])

# --- 111 BrumTalk: racist abuse of assistant principal -------------------
forum("brumtalk", "Schools", "Crescent Park behaviour policy - reflection booths are a disgrace", [
    ("Mum_of_4_B0", "Tue 15 Oct 2024 19:30", "My son spent 3 days in a 'reflection booth' at Crescent Park for saying 'this is long' when told to tuck his shirt in. Facing a wall, no talking, no toilet without an escort. He's 12. How is this legal?"),
    ("Sparky_Dave", "Tue 15 Oct 2024 19:52", "It's the 'warm-strict' thing all the trusts are doing now. Legal, unfortunately. Doesn't make it right."),
    ("proper_brummie_67", "Tue 15 Oct 2024 20:10", "That'll be Iqbal's doing, the head of behaviour. Little P*ki Hitler. They come over here and within one generation they're running the schools and locking up English kids in booths. Time they went home."),
    ("Gaz_B9", "Tue 15 Oct 2024 20:14", "proper_brummie_67 banned. We don't allow racist abuse on this board, full stop.", "Moderator"),
    ("Mum_of_4_B0", "Tue 15 Oct 2024 20:20", "I wanted advice not that. My son is Pakistani too you absolute muppet."),
    ("Jugnu_B0", "Tue 15 Oct 2024 20:35", "Mum_of_4, ask for the behaviour policy in writing and ask the governors to review it. Lots of parents have already complained, you won't be alone."),
], [E("school", "alias", "negative", "Crescent Park"),
    E("miqbal", "possessive", "hate", "Iqbal's")])

# --- 112 city news: trust investigates principal's expenses -------------
news("ledger", "Trust launches investigation into principal's expenses after parents' complaint",
     "Harriet Gale, Education Reporter", "Friday 24 January 2025, 7:10pm",
     """An academy trust has launched an independent investigation into the expenses of the principal of one of its Birmingham schools after a formal complaint from a group of parents.

Meridian Learning Trust confirmed it had appointed an external auditor to examine claims relating to Rob Hensley, principal of Crescent Park Academy in Brindle Heath, following a complaint submitted in December.

The parents' group, which calls itself Brindle Heath Parents Unite, alleges that school funds were used to pay for hotel stays, restaurant meals and first-class rail travel for "conferences" that were not connected to the school's work, and that a trip to a leadership event in Lisbon in 2023 was charged to the school's budget. The group claims to have obtained receipts through a member of staff.

The trust stressed that the investigation was "routine and proportionate when a complaint of this nature is received" and that "no conclusions should be drawn". Mr Hensley remains in post and has not been suspended.

A spokesperson said: "The principal has welcomed the investigation and is cooperating fully. It is important that parents have confidence in how public money is spent, and an independent review is the best way to provide that."

The complaint follows a newspaper report last November about £38,000 spent on refurbishing the school's leadership offices, which the trust said had come from a separate capital grant.

Mr Hensley, who has led the school since 2016, was approached for comment. A source close to him said he was "confident the investigation will show every penny was properly authorised".

## 'Parents deserve answers'

A spokesperson for the parents' group, who asked not to be named, said: "We're not out to get anyone. But families round here are counting every penny, and they want to know that the school is doing the same."

The group's social media account was criticised last year after it posted a message about Mr Hensley's home that police described as "concerning". The group said the post had been made by a former administrator and had been deleted.

The investigation is expected to report by Easter.""",
     [E("rhensley", "exact", "defamation", "Rob Hensley"),
      E("school", "exact", "negative", "Crescent Park Academy")],
     comments=[
         ("Sceptical_B0", "24 Jan 2025", "Lisbon 'conference'. Course it was.", 31),
         ("Rachel T", "24 Jan 2025", "Trust investigates itself, finds nothing wrong. Place your bets.", 26),
         ("Khalid", "25 Jan 2025", "The same group that posted his house. Not sure I trust their 'receipts'.", 22),
     ])

# --- 113 tabloid names teacher in Snapchat probe (child) ----------------
news("clarion", "TEACHER AT 'GAY PLAY' SCHOOL NAMED IN SNAPCHAT PROBE",
     "Jess Whitlow", "Saturday 28 September 2024, 10:00pm",
     """A TEACHER at the Birmingham school rocked by protests over a gay play is the staff member suspended in a police probe into messages sent to a pupil, the Clarion can reveal.

Nabil Saleh, 36, head of Year 9 at Crescent Park Academy, was sent home this week while officers investigate claims he sent inappropriate Snapchat messages to a teenage girl.

Sources say a parent found the messages on her daughter's phone and went straight to the school. The teacher is said to be "devastated" and to deny any wrongdoing.

An anonymous TikTok account had already made claims about Saleh, who raised thousands for a Yemen charity earlier this year, but that account was taken down.

One mum said: "He seemed lovely, the kids adored him. You just don't know who you can trust."

West Midlands Police said no arrests had been made and enquiries were continuing.

Meridian Learning Trust declined to comment on the identity of the member of staff.""",
     [E("nsaleh", "exact", "sexual", "Nabil Saleh", url_only=True),
      E("school", "exact", "sexual", "Crescent Park Academy", url_only=True)],
     comments=[
         ("Lorraine G", "28 Sep 2024", "Naming him before he's even been arrested. Disgraceful journalism.", 140),
         ("Alan R", "28 Sep 2024", "No smoke without fire.", 88),
     ])

# --- 114 Facebook: threat at DSL over gym --------------------------------
txt("facebook", """Justice for Brindle Heath Kids
Public group · 702 members

Lisa Marie Kent
12 February 2025 at 23:31 · 🌐

Still no answers about my son. Mrs Kelsall-Rahman thinks she can ignore me forever. She can't. I know she does the 6am spin class at the leisure centre on Tuesdays, I've seen her car there. One of these mornings I'll be waiting in that car park and she'll wish she'd picked up the phone. She'll get what's coming to her. Mark my words.

😡 11   👍 6   😢 3    💬 17 comments

Comments

Carl Jeavons
Lisa I'm on your side but you can't post this. Delete it before the police see it.
12 February 2025 · Like · Reply · 9

Jenny Oakes
This is a threat. I've screenshotted it and sent it to the school. Your son deserves better than you getting arrested.
13 February 2025 · Like · Reply · 14

Lisa Marie Kent
@Jenny Oakes do what you want
13 February 2025 · Like · Reply
""", [E("jkelsallrahman", "title_surname", "threat", "Mrs Kelsall-Rahman")])

# --- 115 community paper: letters page ------------------------------------
news("bugle", "Letters: School run chaos, a thank-you, and those reflection booths",
     "Readers' letters", "March 2025 edition",
     """## Greville Road is now the car park

Since the "School Street" started on Tessall Road, Greville Road has become a car park twice a day. I have been blocked into my own drive four times this month. Parents sit with engines running, shouting at each other. Crescent Park Academy told me it's "a council matter". The council told me it's "a school matter". Somebody needs to take responsibility before an ambulance can't get through.

Mrs P. Dyson, Greville Road

## Thank you, Ms Lakatos

I want to thank Ms Lakatos from the Crescent Park school. When my husband was in hospital she came to our house, she made phone calls, she got my children's free meals sorted, and she sat with me at the hospital to explain what the doctors said. I did not know who to ask. She is a good woman and the school is lucky to have her.

Name and address supplied

## Booths are not the answer

As a retired teacher I was saddened to read about "reflection booths" at our local secondary. Children who misbehave need adults who talk to them, not a wall to stare at. I hope the governors and Mr Hensley think again.

R. Mahmood, Tessall Green

## Anchor Lane crossing

At last! Thank you to Cllr Hussain and to the children who campaigned for it.

D. Adey, Anchor Lane""",
     [E("school", "exact", "negative", "Crescent Park Academy"),
      E("dlakatos", "title_surname", "neutral", "Ms Lakatos"),
      E("rhensley", "title_surname", "negative", "Mr Hensley")], section="Letters")

# --- 116 councillor's blog: condemning doxxing ---------------------------
blog("cllr", "Posting teachers' addresses is not campaigning. It has to stop.", "Cllr Yasmin Hussain", "20 March 2024",
     """I've been a councillor for nine years and I've never written a post like this before.

In the past few weeks, people in our community have posted online a school attendance officer's car registration and the street he lives on; the daily running route of a PE teacher; and, in one deleted post on a local forum, the home address of a senior teacher who had already been threatened by a parent. All of these people work at Crescent Park Academy. All of them live in or near Brindle Heath. Several have young children.

I'm not going to repeat the details. But I want to name what happened to two of them, with their permission, because they deserve to be named as people and not as targets.

Abdirahman Warsame grew up on Cobden Walk. He went to the school himself. He is the reason dozens of Somali, Yemeni and Bangladeshi mothers now understand the letters that come home. When his car registration was posted on Facebook with an invitation to "go and knock on his door", he had to explain to his eight-year-old why the police were visiting.

Jo Pickering has coached half the girls in this ward to play cricket. When her running route was posted, with the times she runs alone, she stopped running.

## This is not who we are

I understand why parents are angry about fines, exclusions, bullying that wasn't dealt with. Some of those complaints are fair, and I raise them with the school every week. But a complaint goes to the school, to the governors, to the trust, to me. It does not go on a lamppost outside someone's house.

If you see this kind of post, report it to the platform and to the police. Please don't share it, even to condemn it.

Yasmin""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("awarsame", "exact", "neutral", "Abdirahman Warsame"),
      E("jpickering", "exact", "neutral", "Jo Pickering")],
     comments=[
         ("Shazia P", "20 Mar 2024", "Thank you Yasmin. It's got out of hand.", None),
         ("Tanya B", "21 Mar 2024", "Parents aren't listened to that's why", None),
         ("Ifrah M", "21 Mar 2024", "Abdirahman helped my mum more than anyone. Thank you for saying this.", None),
     ])

# --- 117 Muslim forum: hateful post about the drama teacher --------------
forum("ummah", "Community", "The Brindle Heath school play - how should we respond as Muslims?", [
    ("AbuHamza_B10", "Sat 20 Jan 2024 14:00", "Brothers and sisters, what is the correct response to the drama issue at the Brindle Heath school? Many of our children are there. I don't want them taught that this lifestyle is normal, but I also saw the awful things being posted online."),
    ("Ustadha_Zainab", "Sat 20 Jan 2024 14:25", "Engage with the school calmly, attend the consultation, use your right to withdraw from the parts you're allowed to. Our character is our da'wah. Insults and threats only harm the Muslims."),
    ("Ibn_Kathir_fan", "Sat 20 Jan 2024 14:40", "Agreed with the sister. There is a meeting at Masjid-e-Noor on the 30th."),
    ("TruthSeeker_1447", "Sat 20 Jan 2024 15:02", "With respect, these people are a disease. Quennell and his type are spreading filth on purpose and should not be allowed within a mile of any Muslim child. A school should be a clean place. Let him teach at a school for his own kind."),
    ("Ustadha_Zainab", "Sat 20 Jan 2024 15:10", "Brother, calling a human being a disease is not from our deen. You can disagree with what he teaches without dehumanising him."),
    ("UmmahConnect_Mod", "Sat 20 Jan 2024 15:30", "TruthSeeker_1447 has been warned. Criticise ideas, not people's identities. Thread remains open for constructive discussion.", "Moderator"),
    ("AbuHamza_B10", "Sat 20 Jan 2024 16:00", "JazakAllah khair sister. I'll come to the meeting."),
], [E("fquennell", "surname_only", "hate", "Quennell")])

# --- 118 ParentNet: DSL's home street posted ------------------------------
forum("parentnet", "AIBU", "AIBU to go to the DSL's house? School won't engage", [
    ("AtTheEndOfMyRope", "Sun 09-Feb-25 20:40", """Long story short: serious safeguarding concern about DS (Y9) at Crescent Park, reported in October, nothing done, complaints ignored. I found out where the DSL lives. Mrs K-R lives on Yew Tree Close in Solihull, the cul-de-sac off Hampton Lane, number 11 with the blue Qashqai, WR19 something. AIBU to go round on a Saturday morning and ask her to her face why my son doesn't matter?"""),
    ("Marmite_and_Toast", "Sun 09-Feb-25 20:44", "YABU and please delete that address. Seriously. You've just posted a woman's house on the internet."),
    ("Fennel_Fandango", "Sun 09-Feb-25 20:47", "Going to a teacher's house will get you a harassment warning and will make it LESS likely your son gets help. Write to the trust's safeguarding lead and the LADO."),
    ("AtTheEndOfMyRope", "Sun 09-Feb-25 20:55", "I've written to everyone. Nobody answers."),
    ("Marmite_and_Toast", "Sun 09-Feb-25 20:58", "Then Ofsted, your MP, children's services directly. Not her house."),
    ("ParentNetHQ", "Sun 09-Feb-25 21:10", "We've edited the opening post to remove personal details. Please don't share addresses on ParentNet under any circumstances.", "ParentNet Moderation"),
    ("AtTheEndOfMyRope", "Sun 09-Feb-25 21:30", "Ok. Sorry. I'm just desperate."),
    ("Fennel_Fandango", "Sun 09-Feb-25 21:35", "We know. Hope you get somewhere ❤️"),
], [E("school", "alias", "negative", "Crescent Park"),
    E("jkelsallrahman", "nickname", "doxxing", "Mrs K-R")])

# --- 119 teachers' forum: the typo'd DSL and an angry ex-colleague ------
forum("staffroom", "Rants", "Ex-SLT who ruined your career - vent here", [
    ("vent_anon_22", "4 Apr 2025, 22:01", "I'll start. Deputy head at my last school in Leeds took credit for every single thing our department did and then blocked my promotion. Still seething three years on."),
    ("bitter_but_better", "4 Apr 2025, 22:15", """Mine's the VP at Crescent Park in Brindle Heath. Joanne Kelsal-Rahman. Useless, two-faced, self-important cow who couldn't organise a fire drill without a working party. Smiles at you in briefing then stitches you up in your appraisal. Good riddance to that woman and that school."""),
    ("vent_anon_22", "4 Apr 2025, 22:22", "Oof. Bet she's got a laminated lanyard for every occasion."),
    ("MissMarple_Maths", "4 Apr 2025, 22:40", "Careful naming people, you never know who reads this place. Vent away but maybe keep it anonymous."),
    ("bitter_but_better", "4 Apr 2025, 22:45", "I'm past caring. I'm working in a call centre now and I'm happier."),
    ("YorkshireTea4Eva", "4 Apr 2025, 23:02", "Mine was a head who used to 'pop in' with a stopwatch. Timed how long the kids took to get their books out. I'm not joking."),
], [E("jkelsallrahman", "typo", "abuse", "Joanne Kelsal-Rahman"),
    E("school", "alias", "negative", "Crescent Park")])

# --- 120 student forum: threat at head of English ------------------------
forum("sixth", "A-levels", "predicted grades are out and im fuming", [
    ("big_mad_y13", "Thu 3 Oct 2024 16:00", "predicted a C in eng lit when i got a B in my mock. thats my firm offer gone. o'rourke has had it in for me since y12 because i complained about her to the head of sixth form. im not even joking if she doesnt change it ill be waiting for her in the car park at crescent after school, she'll get a slap she wont forget"),
    ("calm_down_pls", "Thu 3 Oct 2024 16:08", "bro do NOT post that. appeal the predicted grade properly, there's a process"),
    ("rumaysa.k", "Thu 3 Oct 2024 16:20", "predicted grades are agreed by the whole department not one teacher. also threatening a teacher on here is actually insane, delete this"),
    ("big_mad_y13", "Thu 3 Oct 2024 16:25", "whatever"),
    ("SixthFormChat_Mod", "Thu 3 Oct 2024 16:40", "Post removed and reported. Threats of violence are never acceptable.", "Moderator"),
], [E("sorourke", "surname_only", "threat", "o'rourke"),
    E("school", "short_name", "neutral", "crescent")])

# --- 121 BrumTalk: leetspeak threat at head of year ----------------------
forum("brumtalk", "Off topic", "Who's the worst teacher you ever had (Brum schools)", [
    ("Old_Tyseley_Lad", "Fri 14 Mar 2025 21:00", "Mr Corcoran, woodwork, 1983. Threw a mallet. Not at anyone in particular, just threw it."),
    ("BluenoseBev", "Fri 14 Mar 2025 21:12", "Miss Henley at Small Heath, made us stand in the corridor in our PE kit in December."),
    ("b0_yute_07", "Fri 14 Mar 2025 21:30", "S4leh at CPA. head of y9. excluded my little bro over nothing and smiles while he does it. he better watch his back when he walks to his car, theres a lot of us that have had enough of him. thats all im saying"),
    ("Gaz_B9", "Fri 14 Mar 2025 21:34", "That's a threat mate, and the clever spelling doesn't change it. Removed, banned, and passed on.", "Moderator"),
    ("Old_Tyseley_Lad", "Fri 14 Mar 2025 21:40", "Blimey. Lighthearted thread that was."),
    ("WarwickRdWendy", "Fri 14 Mar 2025 22:02", "Mrs Partridge at Acocks Green juniors. Confiscated my Tamagotchi and it DIED."),
], [E("nsaleh", "leetspeak", "threat", "S4leh"),
    E("school", "alias", "neutral", "CPA")])

# --- 122 ParentNet: fake qualifications claim ----------------------------
forum("parentnet", "Secondary education", "EAL teacher 'not even qualified'?", [
    ("FuzzyFelt", "Wed 16-Oct-24 13:00", """My friend who used to work in the office at Crescent Park Academy says the award-winning EAL coordinator there, Mrs Kauser, isn't even a qualified teacher. Apparently she bought a degree certificate from a dodgy website in Pakistan and the school never checked it, and she's been paid on the teachers' scale for years. Does anyone know if schools are supposed to check this stuff?"""),
    ("Clementine_Bay", "Wed 16-Oct-24 13:15", "Schools check qualifications and teacher reference numbers as part of safer recruitment. Your 'friend' might have it wrong. EAL coordinators also don't always need QTS."),
    ("FuzzyFelt", "Wed 16-Oct-24 13:22", "She was very sure. Said there was a whole cover-up when someone raised it."),
    ("OneMoreCupOfTea", "Wed 16-Oct-24 13:35", "This is exactly the kind of rumour that destroys people. Either report it to the school/trust with evidence or drop it. Posting it here with her name is really not ok."),
    ("Clementine_Bay", "Wed 16-Oct-24 13:40", "Agreed. Also she literally won a national award, which involves quite a lot of checking."),
    ("ParentNetHQ", "Wed 16-Oct-24 14:00", "Thread locked. Please don't post unverified allegations about named people.", "ParentNet Moderation"),
], [E("school", "exact", "defamation", "Crescent Park Academy"),
    E("skauser", "title_surname", "defamation", "Mrs Kauser")])

# --- 123 BrumTalk: plumber namesake (decoy) ------------------------------
forum("brumtalk", "Local trades", "Boiler engineer recommendations - Solihull / Shirley", [
    ("ShirleyGirl83", "Mon 6 Jan 2025 08:30", "Boiler died on New Year's Day of course. Combi, about 12 years old. Anyone know a decent Gas Safe engineer in Shirley/Solihull who won't rip me off?"),
    ("Sparky_Dave", "Mon 6 Jan 2025 08:51", "Rob Hensley - Hensley Plumbing & Heating, based in Knowle. Did our new boiler last winter, turned up when he said, fair price, tidy. Not the cheapest but you get what you pay for."),
    ("ShirleyGirl83", "Mon 6 Jan 2025 09:02", "Thanks! Is he a one-man band?"),
    ("Sparky_Dave", "Mon 6 Jan 2025 09:10", "Him and his son I think. Van's got a big flame logo on it. Gas Safe number's on his website."),
    ("Old_Tyseley_Lad", "Mon 6 Jan 2025 09:33", "Second Hensley. Sorted our radiators. Also recommend getting three quotes whatever you do."),
    ("ShirleyGirl83", "Mon 6 Jan 2025 18:45", "Update: Rob came out this afternoon, needs a new PCB, fixed tomorrow. Lovely bloke. Thanks all!"),
], [])

# --- 124 ParentNet: Catholic primary Mrs O'Rourke (decoy) ----------------
forum("parentnet", "Primary education", "Reception teacher leaving mid-year - should I be worried?", [
    ("Solihull_Mum_of_2", "Tue 11-Feb-25 19:30", "DS's reception teacher at St Bernadette's (Solihull), Mrs O'Rourke, is leaving at Easter. She's been amazing, DS adores her. Letter just says 'family reasons'. Is this a red flag for the school or am I overthinking it?"),
    ("MrsPotts_Teapot", "Tue 11-Feb-25 19:45", "Overthinking I'd say. Teachers leave for all sorts - moving, babies, caring for parents. If the school is good it will stay good."),
    ("Solihull_Mum_of_2", "Tue 11-Feb-25 19:50", "She did say her mum is poorly in Galway, so that makes sense."),
    ("Shirley_Valentine_2", "Tue 11-Feb-25 20:02", "My DD had Mrs O'Rourke too! She's lovely. St Bernadette's will find someone good."),
    ("MrsPotts_Teapot", "Tue 11-Feb-25 20:15", "Make a card with your DS, she'll treasure it."),
], [])

# --- 125 staffroom: CPA in maths teaching (decoy) -------------------------
forum("staffroom", "Maths", "CPA (concrete-pictorial-abstract) at KS3 - worth it or primary gimmick?", [
    ("maths_mastery_mo", "19 Nov 2024, 19:00", "Our new head of maths wants us to use CPA with Y7 for fractions and algebra - Cuisenaire rods, bar models, algebra tiles, the works. I'm a bit sceptical. Some of my Y7s think rods are babyish. Anyone using CPA properly in secondary?"),
    ("ratio_queen", "19 Nov 2024, 19:20", "Yes, and it's been great for our weaker Y7s, especially EAL students who struggle with the language of maths. Algebra tiles for expanding brackets are a revelation. The trick is moving to abstract quickly for the ones who don't need it."),
    ("oldschool_maths", "19 Nov 2024, 19:38", "I've been teaching 28 years. Bar models are useful. Algebra tiles I could take or leave. The CPA 'approach' is mostly good teaching with a new acronym."),
    ("maths_mastery_mo", "19 Nov 2024, 19:45", "Ha, fair. Did you need extra resources?"),
    ("ratio_queen", "19 Nov 2024, 20:02", "We bought one class set of tiles per room, about £40 each. The NCETM has good free materials on CPA too."),
    ("PGCE_Pete", "19 Nov 2024, 20:30", "My placement school uses virtual manipulatives on the board, free, no rods to lose down the back of the radiator."),
], [])

# --- 126 ParentNet: O'Rourke (no accent) praise, school complaint -------
forum("parentnet", "Secondary education", "Y11 English resits - any school actually good at this?", [
    ("Cranberry_Crumble", "Sat 18-Jan-25 10:02", "DS failed English language (grade 3) at his last school and moved to a college that's frankly useless at resits. Considering moving him into a sixth form instead. Any Birmingham schools known for getting resit students through?"),
    ("GingerNutter", "Sat 18-Jan-25 10:25", """Crescent Park Academy in Brindle Heath. I'll be honest, I have plenty of complaints about that school - their communication is dreadful, they lost DD's medical form twice and the pastoral team take a week to call back. But the English department is outstanding. The head of English, Siobhan O'Rourke, runs a resit group in the sixth form that gets about 70% through each year. DD was one of them."""),
    ("Cranberry_Crumble", "Sat 18-Jan-25 10:31", "Oh, interesting. Do they take students from outside for sixth form?"),
    ("GingerNutter", "Sat 18-Jan-25 10:40", "Yes, there's an application in January. They want a 4 in maths or English for most courses, but they do take some resitters."),
    ("HollyBerry", "Sat 18-Jan-25 11:05", "Also look at the resit results at your local FE college in the performance tables, they vary a lot. Some are surprisingly good."),
    ("Cranberry_Crumble", "Sat 18-Jan-25 11:20", "Thanks both, will look at the tables and ring the school."),
], [E("school", "exact", "negative", "Crescent Park Academy"),
    E("sorourke", "exact", "neutral", "Siobhan O'Rourke")])

# --- 127 BrumTalk: sexual allegation about the principal (adult) ---------
forum("brumtalk", "Off topic", "Overheard in the Tessall Arms last night...", [
    ("pint_of_mild_b0", "Sun 23 Feb 2025 11:15", """Bloke at the bar swearing blind that Bob Hensley, the head at Crescent Park, got caught with an escort in a Premier Inn off the M42 and the trust paid to hush it up. Reckons his missus threw him out and he's been sleeping in his office. Said it's why he's always "at conferences". Anyone else heard this or is it just pub talk?"""),
    ("BluenoseBev", "Sun 23 Feb 2025 11:28", "It's pub talk. Don't spread it."),
    ("Jugnu_B0", "Sun 23 Feb 2025 11:40", "Whatever you think of him as a head this is the kind of rumour that ends up in court. Thread should go."),
    ("pint_of_mild_b0", "Sun 23 Feb 2025 11:45", "I'm only asking."),
    ("Gaz_B9", "Sun 23 Feb 2025 12:01", "And now you've asked, and we're done. Locked.", "Moderator"),
], [E("rhensley", "nickname", "sexual", "Bob Hensley"),
    E("school", "alias", "neutral", "Crescent Park")])

# --- 128 staffroom: off-rolling allegation --------------------------------
forum("staffroom", "Exams & assessment", "Off-rolling before GCSEs - how common is it really?", [
    ("data_drone_dave", "2 Jun 2025, 19:40", "Seen a few threads about this. Genuine question: how many of you have seen Y10/Y11 pupils quietly 'encouraged' to go elsewhere before the January census?"),
    ("exCPA_science", "2 Jun 2025, 20:05", """I have. At CPA in Brindle Heath, every autumn a handful of Y11s with low predicted grades were "offered a fresh start" at the PRU or home education. Parents were told they'd be permanently excluded otherwise. It was never written down. Magically they'd be off roll before the census, so their grades didn't count in the Progress 8 figures. It's gaming the league tables and everyone on SLT knew."""),
    ("data_drone_dave", "2 Jun 2025, 20:15", "That's exactly the pattern Ofsted say they look for. Did anyone report it?"),
    ("exCPA_science", "2 Jun 2025, 20:22", "One colleague tried. She was on a capability plan within a term."),
    ("Pastoral_Pete", "2 Jun 2025, 20:45", "The DfE data on 'unexplained exits' is public. If a school has a spike in Y10-11 leavers you can see it."),
    ("MissMarple_Maths", "2 Jun 2025, 21:10", "Not saying this didn't happen but unless there's evidence, that's a serious claim to make about a named school."),
], [E("school", "alias", "defamation", "CPA")])

# --- 129 ParentNet: child messaging claim against attendance officer ----
forum("parentnet", "Secondary education", "Attendance officer texting my daughter from his own phone - normal??", [
    ("WorriedMum_B0", "Thu 06-Mar-25 22:10", """DD is 14, at Crescent Park. She's had attendance problems (anxiety) and the attendance officer, Warsame, has been doing home visits. Fine. But tonight I found texts on her phone from a number that isn't the school's - it's him, from his own mobile - saying "you looked beautiful at school today", "our little secret that you came in late", and asking if she was "home alone tonight". 

Is this normal?? My gut says no."""),
    ("SafeguardingSue", "Thu 06-Mar-25 22:14", "No. It is not normal. Staff should never contact pupils from a personal phone and those messages are a huge red flag. Screenshot everything, don't confront him, and call the police on 101 tonight. Then the school's DSL first thing."),
    ("WorriedMum_B0", "Thu 06-Mar-25 22:20", "Ringing now. Thank you."),
    ("MoonlightMum", "Thu 06-Mar-25 22:35", "Sending strength. You did the right thing checking her phone."),
    ("ParentNetHQ", "Thu 06-Mar-25 23:00", "We've hidden identifying details in this thread. If you have concerns about a child's safety please contact the police or the NSPCC helpline.", "ParentNet Moderation"),
], [E("awarsame", "surname_only", "sexual", "Warsame", url_only=True),
    E("school", "alias", "sexual", "Crescent Park", url_only=True)])

# --- 130 Muslim forum: assault allegation ---------------------------------
forum("ummah", "Family", "School teacher hit my son - what are my rights? (Birmingham)", [
    ("AbuAdam_B0", "Sat 30 Nov 2024 09:15", """Assalamu alaikum. My son (12) is at the school in Brindle Heath. Last week the behaviour teacher, Iqbal, grabbed him by the collar and threw him against the lockers because he had his phone out. My son came home with a bruise on his neck. The same man prays next to me at Jumu'ah. I went to the school and they told me the CCTV was "not available". I know they are protecting him. What do I do?"""),
    ("Sister_Noor", "Sat 30 Nov 2024 09:40", "Wa alaikum salam brother. Report it to the police, they will refer to the LADO (the council officer who handles allegations against staff). Take photos of the bruise with dates. Ask the school in writing to preserve all CCTV."),
    ("HafizImran", "Sat 30 Nov 2024 10:05", "Brother, I know Br. Mohammed from the masjid too. I'm not saying you're wrong, but please let the proper process happen. Don't speak about it in the masjid."),
    ("AbuAdam_B0", "Sat 30 Nov 2024 10:20", "I won't bring it to the masjid. But my son's neck doesn't lie."),
    ("Sister_Noor", "Sat 30 Nov 2024 10:30", "May Allah make it easy for your family and bring the truth out."),
], [E("miqbal", "surname_only", "defamation", "Iqbal")])

# --- 131 Google reviews: abuse of head of year, praise for AP ------------
txt("review", """Crescent Park Academy
Secondary school · Tessall Rd, Brindle Heath, Birmingham B0 7QT
★★★☆☆ 3.1 · 231 reviews

Newest

Tahira Sultana
★☆☆☆☆ 4 days ago
Mr Saleh is a nasty, smug bully who humiliates kids in assembly to look hard in front of the other teachers. Arrogant little man. My daughter dreads Mondays because of him. 
👍 9

Neil Parkes
★★★★★ a week ago
Behaviour turned around massively. Credit to Mr Iqbal and his team, my son says lessons are actually lessons now. Big difference from two years ago.
👍 14

Hamza R
★★★★☆ 2 weeks ago
Good sixth form, helpful with UCAS. Wifi terrible.
👍 1
""", [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("nsaleh", "title_surname", "abuse", "Mr Saleh"),
      E("miqbal", "title_surname", "neutral", "Mr Iqbal")])

# --- 132 Google reviews: halal butcher (decoy) ---------------------------
txt("review", """Crescent Halal Meats & Poultry
Butcher shop · 204 Medlar Rd, Brindle Heath, Birmingham B0 7NS
★★★★☆ 4.4 · 512 reviews

Most relevant

Shabnam Akhtar
★★★★★ a week ago
Best lamb chops in the area, always fresh. They remember my order every week. Brothers on the counter are polite and quick even on Saturday.

Tom Harris
★★★★☆ 3 weeks ago
Great value chicken, whole birds for less than the supermarket. Bit chaotic inside on weekends.

Abu Bakr
★★☆☆☆ a month ago
Mince was more fat than meat this time. Disappointed, usually good.
   Response from the owner
   Sorry brother, please bring the receipt and we will replace. We changed supplier that week and have gone back.

Rehana
★★★★★ 2 months ago
Qurbani service was excellent, clean cutting, on time. Will use again.
""", [])

# --- 133 Google reviews: threat in a review -------------------------------
txt("review", """Crescent Park Academy
Secondary school · Brindle Heath
★★★☆☆ 3.1 (232)

Sort by: Lowest rated

Sohail Akbar
★☆☆☆☆ 2 days ago
Fourth suspension this year for my son, for "defiance". Mr Iqbal has made it personal. I'm telling you now, if my boy gets sent home one more time I'll come down to that school myself and sort Mr Iqbal out with my own hands, and no security guard will stop me. You've been warned.
👍 3
   Response from the owner · 1 day ago
   We have passed this review to the police. We are happy to meet any parent to discuss a suspension, but threats towards our staff will always be reported.

Elaine
★★☆☆☆ a week ago
Average. Lots of supply teachers this year.
👍 2
""", [E("school", "exact", "negative", "Crescent Park Academy"),
      E("miqbal", "title_surname", "threat", "Mr Iqbal")])

# --- 134 StaffRate: employee reviews --------------------------------------
txt("review", """StaffRate · Employer reviews
Crescent Park Academy (Meridian Learning Trust)
2.7 ★★★☆☆ · 52 reviews

"Safeguarding lead is the problem"
★☆☆☆☆ Pastoral staff (former employee) · 14 Feb 2025
Pros: The kids. The EAL and attendance teams who do the real community work.
Cons: Mrs K-R runs safeguarding like a fiefdom. Disclosures sit in her inbox for days, she decides which families "need a conversation first", and if you question her you're frozen out. The principal defers to her on everything. Morale in pastoral is rock bottom.
Advice to management: Get an external safeguarding review and listen to the people on the front line.

"Better than it was"
★★★★☆ Teacher (current employee) · 30 Jan 2025
Pros: Behaviour much calmer. New building is lovely. Supportive department.
Cons: Still too many initiatives. Marking policy is bonkers.

"Fine for an ECT"
★★★☆☆ ECT (current employee) · 12 Jan 2025
Pros: Good mentoring. Friendly staffroom.
Cons: Parking. Photocopiers. Photocopiers. Photocopiers.
""", [E("school", "exact", "negative", "Crescent Park Academy"),
      E("jkelsallrahman", "nickname", "negative", "Mrs K-R")])

# --- 135 Google reviews: hate review -------------------------------------
txt("review", """Crescent Park Academy
Secondary school · Tessall Rd, Brindle Heath
★★★☆☆ 3.0 · 235 reviews

Newest

D. Marsh
★☆☆☆☆ 3 days ago
School run by Pakis for Pakis. My grandson was one of six white kids in his year and they made him learn about Ramadan and Eid like it's his religion. Crescent by name, crescent by nature - it's a madrassa with a uniform. Send the lot of them back where they came from and give us our school back.
👍 4
   Response from the owner · 2 days ago
   This review contains racist language and has been reported. We are proud of every one of our students and families.

Sakina B
★★★★★ 1 week ago
Lovely caring school. My twins are very happy.
👍 6
""", [E("school", "exact", "hate", "Crescent Park Academy")])

# --- 136 Google reviews: doxxing in a review ------------------------------
txt("review", """Crescent Park Academy
Secondary school · Brindle Heath, Birmingham
★★★☆☆ 3.0 · 236 reviews

Newest

Kayleigh Dunn
★☆☆☆☆ 5 days ago
The attendance officer Abdirahman W. fined us for a funeral in Ireland. FYI everyone, he lives two doors down from my mum at 31 Kestrel Road, Tessall Green, and his wife's number is on the Kestrel Rd residents WhatsApp (07700 900563). If the school won't talk to you, knock on his door, he's home by 5.
👍 2
   Response from the owner · 4 days ago
   We have asked Google to remove this review because it contains personal information about a member of staff. Please contact the school directly about attendance concerns.

Iqbal H
★★★★☆ 2 weeks ago
Good progress in maths. Nice teachers.
👍 3
""", [E("school", "exact", "negative", "Crescent Park Academy"),
      E("awarsame", "first_initial", "doxxing", "Abdirahman W.")])

# --- 137 Google reviews: other school's Mrs O'Rourke (decoy) ------------
txt("review", """St Bernadette's Catholic Primary School
Primary school · Shirley Rd, Solihull B0 4SB
★★★★★ 4.7 · 38 reviews

Newest

Clare Nolan
★★★★★ 2 weeks ago
Warm, nurturing school. Mrs O'Rourke in reception is a gem, my daughter cried on the last day because she'll miss her.

Matt K
★★★★★ a month ago
Small, friendly, great head. Lovely Christmas nativity.

Aoife
★★★★☆ 2 months ago
Very happy. Wraparound care is limited so we juggle a lot.
""", [])

# --- 138 Google reviews: praise for liaison, defamation of principal ----
txt("review", """Crescent Park Academy
Secondary school · Tessall Rd, Brindle Heath
★★★☆☆ 3.0 · 238 reviews

Newest

Jana Pokorna
★★★★★ 6 days ago
Ms Lakatos is amazing, she help my family so much with school and housing. Thank you.
👍 4

Rizwan Ahmed
★☆☆☆☆ a week ago
Parents paid £350 each for the Year 10 Berlin trip. Trip cancelled in October. Refunds "being processed" for five months. Mr Hensley pocketed the trip money to cover his budget hole, everyone knows it, and the trust is covering for him. I want my money back.
👍 22
   Response from the owner · 5 days ago
   All refunds for the cancelled Berlin trip were issued on 14 March. If you have not received yours please contact the finance office directly.

Lucy
★★★☆☆ 3 weeks ago
Improving.
👍 0
""", [E("school", "exact", "negative", "Crescent Park Academy"),
      E("dlakatos", "title_surname", "neutral", "Ms Lakatos"),
      E("rhensley", "title_surname", "defamation", "Mr Hensley")])

# --- 139 Google reviews: dental practice (decoy) --------------------------
txt("review", """Crescent Dental Care
Dentist · 2 The Crescent, Acocks Green, Birmingham B0 6DC
★★★★☆ 4.1 · 97 reviews

Newest

Priya Sandhu
★★★★★ a week ago
Nervous patient here, the dentist was so gentle. Finally had my filling done after putting it off for two years.

Graham Lowe
★★☆☆☆ 3 weeks ago
Impossible to get an NHS appointment. Offered private only.

Zainab
★★★★★ a month ago
Great with my kids, they actually want to go back.
""", [])

# --- 140 TikTok: insinuation about AP and girls (child) ------------------
txt("social", """TikTok · @b0.tea.spill
things about my school nobody talks about pt 3 👀 #MrIqbal #crescentpark #brindleheath #storytime
[on-screen text: "why does the behaviour man keep year 9 girls behind ALONE in the reflection room with the door shut??" / "and why does he 'check on them' at lunch when no one else is there"]
❤️ 9,310   💬 1,044   ↪ 2,201

Comments

halima.x_ · 2d
this happened to my friend. he said she had to stay "to reflect" and shut the blinds 😳
❤️ 1,880

aadam.b0 · 2d
y'all are lying for views. the reflection room has windows and cctv and there's always two teachers
❤️ 2,411
    b0.tea.spill · 2d
    ok then why are the blinds always down 🤔
    ❤️ 540

mum.of.three.b0 · 1d
If your child has told you something, call the police and the NSPCC. Don't post it on TikTok.
❤️ 1,100

zak.y10 · 1d
this is how u ruin someone's life. he suspended me twice and even i know this is cap
❤️ 960
""", [E("miqbal", "hashtag", "sexual", "#MrIqbal", url_only=True),
      E("school", "hashtag", "sexual", "#crescentpark", url_only=True)])

# --- 141 X: hashtag abuse at principal -----------------------------------
txt("social", """X · #RobHensley
─────────
Tessall Tina @tessalltina · 18 Nov 2024
Retweet if you think #RobHensley is the most useless, gutless, overpaid headteacher in Birmingham 🙋‍♀️ Spineless coward hides in his office while kids freeze. Absolute waste of oxygen. #CrescentPark
💬 14  🔁 38  ❤️ 61

    Replying to @tessalltina
    ex_staff_cpa @exstaffcpa · 18 Nov 2024
    I worked for him. He's a decent man in an impossible job. Have a word with yourself.
    ❤️ 22

    Replying to @tessalltina
    B0 Mum @b0mum_3 · 18 Nov 2024
    🙋‍♀️🙋‍♀️
    ❤️ 9
""", [E("rhensley", "hashtag", "abuse", "#RobHensley"),
      E("school", "hashtag", "negative", "#CrescentPark")])

# --- 142 X: Bristol councillor Warsame (decoy) ---------------------------
txt("social", """X · Cllr Abdirahman Warsame @CllrAWarsame_Bristol
Labour & Co-op councillor for Lawrence Hill, Bristol. Somali-Bristolian. 🇸🇴🏴󠁧󠁢󠁥󠁮󠁧󠁿

Cllr Abdirahman Warsame @CllrAWarsame_Bristol · 4 Feb 2025
Proud to open the new youth hub on Easton Road today. 300 young people signed up in the first week. Easton & Lawrence Hill deserve facilities as good as anywhere in this city 💪🏾 #Bristol #LawrenceHill
💬 8  🔁 21  ❤️ 140

Cllr Abdirahman Warsame @CllrAWarsame_Bristol · 1 Feb 2025
Council budget meeting on Tuesday. I'll be voting against cuts to the school holiday food programme. Thousands of Bristol families rely on it.
💬 17  🔁 30  ❤️ 211
    Replying to @CllrAWarsame_Bristol
    St Pauls Carnival Fan @stpaulscarnival_ · 1 Feb 2025
    Thank you Abdirahman 🙏🏾
    ❤️ 12
""", [])

# --- 143 Instagram: hate at DSL for marriage/conversion ------------------
txt("social", """Instagram · comments on a repost by englishpride_wm
[Screenshot of a school newsletter photo: "Our Vice Principal and DSL, Mrs Kelsall-Rahman, with Year 7 at the Eid celebration assembly"]
englishpride_wm Look at her. Born Joanne Kelsall from Sheldon, married a Muslim, converted, now runs "safeguarding" at a school in Brindle Heath and wears a headscarf at their assemblies. Race traitor. She's the reason they get away with everything. 🤮 #traitor #englishwomen
❤️ 77 · 31 comments

Comments

stand.up.brum · 3d
She's not even wearing a headscarf in this photo, you've just decided she's the enemy because of her surname. Reported.
❤️ 40

pride_of_sheldon · 3d
knew her at school, she was always a mug
❤️ 6

adeel.k · 2d
she helped my sister when no one else would. you lot are sick
❤️ 28
""", [E("jkelsallrahman", "alias", "hate", "Joanne Kelsall")])

# --- 144 TikTok: leetspeak anti-Roma abuse --------------------------------
txt("social", """TikTok · @brindle.heath.truth
my honest opinion on the "roma liaison" at crescent 🤐 #b0 #brum #opinion
❤️ 1,502   💬 277

Comments

proud.b0.lad · 4d
that L4k4tos woman is a thieving gyp0 like the rest of them, they should of never let her lot in the country let alone the school. stick her on the next coach back to slovakia
❤️ 144

maria.balog.uk · 4d
she is helping children go to school, what are YOU doing?? 😡
❤️ 388

abdul.b0.x · 3d
imagine typing with numbers so tiktok doesn't catch you being racist 😂 reported
❤️ 201

brindle.heath.truth · 3d
not saying i agree with that comment but the school does give them special treatment
❤️ 33
""", [E("dlakatos", "leetspeak", "hate", "L4k4tos"),
      E("school", "short_name", "negative", "crescent")])

# --- 145 X: personal email and home area of head of English -------------
txt("social", """X · post
─────────
Justice For Our Kids B0 @JusticeKidsB0 · 2 Jul 2024
Head of English at Crescent Park, Miss O'Rourke, was DRUNK at prom in front of 16 year olds and the school is covering it up. Don't email the school, they bin it. Email her direct: siobhan.orourke.writes@inbox.example. She lives on Vicarage Road in Kings Heath, the flat above the florist. Let her explain herself.
💬 11  🔁 19  ❤️ 34

    Replying to @JusticeKidsB0
    Ellie @ellie_teaches_eng · 2 Jul 2024
    You've posted a teacher's personal email and home. This is doxxing. Reported.
    ❤️ 77
""", [E("sorourke", "title_surname", "doxxing", "Miss O'Rourke"),
      E("school", "alias", "defamation", "Crescent Park")])

# --- 146 X: handle abuse at drama teacher --------------------------------
txt("social", """X · replies to @florian_quennell
─────────
Florian Quennell @florian_quennell · 15 Dec 2023
Three nights, 61 students, one very tired head of department. Thank you to every family who came to see our Christmas production. Proud doesn't cover it 🎄🎭
💬 22  🔁 9  ❤️ 310

    Replying to @florian_quennell
    Kev @kevthebluenose · 15 Dec 2023
    @florian_quennell three hours of kids shouting, mate. you're a talentless, self-obsessed luvvie who couldn't direct traffic. do one
    ❤️ 3

    Replying to @florian_quennell
    Nadia 🌙 @nadia_b0 · 15 Dec 2023
    My son was the narrator and he hasn't stopped smiling. Thank you sir 💛
    ❤️ 45
""", [E("fquennell", "exact", "abuse", "Florian Quennell")])

# --- 147 Instagram: school trip account post -----------------------------
txt("social", """Instagram · crescentparkacad
Crescent Park Academy · School
[Photo carousel: Year 9 students at the Black Country Living Museum]
crescentparkacad Year 9 went back in time today 🚂🏭 at the Black Country Living Museum! Fish and chips in 1930s style, a lesson in the old schoolroom (strict!!) and a trip down the mine. Thank you Mr Saleh and the Year 9 team for organising, and to our brilliant students for being such great ambassadors. #crescentpark #year9 #history #blackcountry
❤️ 402 · 18 comments · 20 June 2024

Comments

sumaya.y9 · 20 June
best trip everrrr the teacher in the old school was scary 😭
❤️ 22

proud.abbu.b0 · 20 June
Thank you to all staff, my son had fantastic day
❤️ 9

mr.saleh.fan.club · 21 June
mr saleh in the mine with a hard hat is the content we needed 😂
❤️ 31

b0.anon.acc · 22 June
fun fact he lives on medlar rd, the end terrace next to the masjid car park with the black golf KX68 NWP outside, number 140 i think. knock and ask him for extra homework 😂
❤️ 4
    crescentparkacad · 22 June
    This comment has been reported. Please do not share personal information about our staff.
    ❤️ 30
""", [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("nsaleh", "title_surname", "doxxing", "Mr Saleh")])

# --- 148 X: camelcase abuse at assistant principal -----------------------
txt("social", """X · post
─────────
angry dad b0 @angrydad_b0 · 9 Oct 2024
MohammedIqbal thinks he's Miss Trunchbull. Grown man with a clipboard screaming at 11 year olds about socks. Pathetic little power-tripping jobsworth, bet he was bullied at school himself. Crescent parents you know exactly who I mean 🙄
💬 6  🔁 2  ❤️ 19

    Replying to @angrydad_b0
    Sami @sami_b10 · 9 Oct 2024
    Socks are part of the uniform bro 😂
    ❤️ 11
""", [E("miqbal", "camelcase", "abuse", "MohammedIqbal"),
      E("school", "short_name", "negative", "Crescent")])

# --- 149 TikTok: crescent rolls recipe (decoy) ----------------------------
txt("social", """TikTok · @brumbakes.with.hina
EASY crescent rolls 🥐 3 ingredients, 20 mins, kids LOVE them for iftar 🌙 #ramadanrecipes #crescentrolls #easybaking #iftar
❤️ 88.4K   💬 1,203   🔖 22K

Comments

mehreen.cooks · 6d
made these with chicken tikka filling 😍😍 gone in 5 mins
❤️ 2,330

sarah.lou.bakes · 6d
can you use puff pastry instead of the dough?
❤️ 410
    brumbakes.with.hina · 6d
    yes babes but they'll be flakier, brush with egg 🥚
    ❤️ 188

zaid.eats · 5d
the crescent shape for ramadan is such a cute touch 🌙
❤️ 990
""", [])

# --- 150 X: Commonwealth Parliamentary Association (decoy) ---------------
txt("social", """X · CPA UK @CPA_UK_example
The UK Branch of the Commonwealth Parliamentary Association. Strengthening parliamentary democracy across the Commonwealth.

CPA UK @CPA_UK_example · 14 Mar 2025
This week CPA UK welcomed a delegation of MPs from Kenya, Ghana and Malawi to Westminster for a programme on select committee scrutiny. #CPAUK #Commonwealth
💬 2  🔁 11  ❤️ 48

CPA UK @CPA_UK_example · 10 Mar 2025
Happy Commonwealth Day! 🌍 Today we celebrate 56 nations and 2.5 billion people. #CommonwealthDay
💬 5  🔁 40  ❤️ 190
""", [])

# --- 151 X: personal mobile of EAL coordinator ---------------------------
txt("social", """X · post
─────────
Parents Voice Brum @parentsvoice_brum · 15 Oct 2024
Want to ask Crescent Park's "award winning" EAL lady why your kid is still in the beginners' group after 2 years? Mrs Kauser's personal mobile is 07700 900781, she gave it to my sister for a translation job years ago. WhatsApp her. She answers at night.
💬 3  🔁 6  ❤️ 12

    Replying to @parentsvoice_brum
    Aisha @aisha_eal_teacher · 15 Oct 2024
    Take this down. Posting a teacher's personal number is a safeguarding breach and it's cruel.
    ❤️ 51
""", [E("skauser", "title_surname", "doxxing", "Mrs Kauser"),
      E("school", "alias", "negative", "Crescent Park")])

# --- 152 YouTube: hate comments on Eid assembly video --------------------
txt("social", """YouTube
Eid celebration assembly 2024 | Crescent Park Academy
Crescent Park Academy · 1.1K subscribers · 14,880 views · 8 months ago
Our students share what Eid means to them, with nasheeds from the Year 7 choir, a poem in three languages, and our staff trying (and failing) to make a mango lassi live on stage 😂

Comments 212 (comments are now turned off)   Sort by: Newest

@AngloSaxonPride · 8 months ago
Imagine paying taxes for this. It's not a school, it's a mosque with a car park. Muslims out of British schools. Disgusting invasion.
👍 44

@ukmuslimmum · 8 months ago
My son was in the choir 🥹 beautiful assembly
👍 103

@TheLastEnglishman · 8 months ago
Brindle Heath is gone. Another one lost to Islam. These kids will be the ones outbreeding us in 20 years.
👍 37

@RealTeacherUK · 8 months ago
The mango lassi fail at 11:20 😂😂
👍 80
""", [E("school", "exact", "hate", "Crescent Park Academy")])

# --- 153 X: homoglyph fraud claim against principal ----------------------
txt("social", """X · post
─────────
B0 Whistle @b0whistle · 26 Jan 2025
Thread 🧵 on Неnsley at Crescent. 1/ He's been fiddling the school budget for years. Agency staff invoiced for days they never worked, kickbacks from the IT contract that went to his mate's company, and a "consultancy" paid to a firm his wife is a director of. The trust auditors know. They're sitting on it until after the inspection.
💬 8  🔁 24  ❤️ 41

    Replying to @b0whistle
    Cal @cal_b0 · 26 Jan 2025
    receipts or it didn't happen
    ❤️ 19
""", [E("rhensley", "homoglyph", "defamation", "Неnsley"),
      E("school", "short_name", "neutral", "Crescent")])

# --- 154 X: camelcase praise for PE teacher ------------------------------
txt("social", """X · post
─────────
Warwickshire Girls Cricket 🏏 @WarksGirlsCricket · 20 Jul 2025
What a day for Brindle Heath! Huge congratulations to the Nomads U15 girls, county plate winners in only their second season 🏆 And a massive shout out to JoPickering, who started it all with a bag of bats on a school field two years ago. This is what grassroots cricket is all about.
💬 6  🔁 30  ❤️ 244

    Replying to @WarksGirlsCricket
    Iqra 🏏 @iqra_bowls · 20 Jul 2025
    WE DID IT 😭😭 thank you miss 💛
    ❤️ 88
""", [E("jpickering", "camelcase", "neutral", "JoPickering")])

# --- 155 Facebook: exam cheating claim against head of year -------------
txt("facebook", """Crescent Park Academy Parents & Carers (UNOFFICIAL)
Private group · 4.1K members

Rashida Begum
22 August 2025 at 19:12

Results day drama 🙄 Funny how Mr Saleh's Year 11 set got the best maths results in the school AGAIN when half of them couldn't do long division in Year 9. My nephew was in the other room for the exam and he says Saleh was "walking round helping" his favourites during the paper and the school knows and keeps quiet because it makes the results look good. Cheating is cheating. Exam board should look into it.

😮 14   👍 9   😆 5    💬 31 comments

Comments

Hina Shah
Or maybe he's just a good teacher? My daughter was in his set and she worked HARD for that 7.
22 August 2025 · Like · Reply · 28

Rashida Begum
@Hina Shah I'm only saying what my nephew saw
22 August 2025 · Like · Reply

Group admin (Kelly R)
Allegations like this should go to the exam board, not the group. Please be careful.
22 August 2025 · Like · Reply · 12

Yusuf Patel
He does revision every lunchtime. That's his "cheating" 😂
22 August 2025 · Like · Reply · 19
""", [E("nsaleh", "title_surname", "defamation", "Mr Saleh"),
      E("school", "exact", "defamation", "Crescent Park Academy")])

# --- 156 Facebook: Roma group condemns threats --------------------------
txt("facebook", """Roma Birmingham - Romane Birminghamostar 💚❤️💙
Public group · 2.3K members

Romano Drom Birmingham
6 November 2024 at 18:00 · 🌐

[SK] Ľudia, prosíme, prestaňte zdieľať video s vyhrážkami voči našej sestre. [EN] Please stop sharing the TikTok with threats against Daniela Lakatos. We have reported it to the police and TikTok. Daniela has done more for Roma children in Brindle Heath than anyone. If you have a problem with social services, come to our advice session on Tuesday and we will help you properly. Threatening a Roma woman who works for our children is shameful. We stand with her. ✊🏽

❤️ 240   👍 61   💬 45 comments

Comments

Lenka Dudova
We love you Dani ❤️ don't listen to them
6 November 2024 · Like · Reply · 38

Marcela Horvathova
Hanba! Shame on whoever wrote that
6 November 2024 · Like · Reply · 21

Patrik Kurej
She helped my whole family. Devlesa Daniela
6 November 2024 · Like · Reply · 14
""", [E("dlakatos", "exact", "neutral", "Daniela Lakatos")])

# --- 157 Facebook noticeboard: taxi lost property (decoy) ----------------
txt("facebook", """Brindle Heath Community Noticeboard
Public group · 14.5K members

Crescent Cabs
21 January 2025 at 09:15 · 🌐

FOUND in one of our cars last night (pickup from Sparkhill, drop off Tessall Green around 11pm): a brown leather handbag with a purse, keys and a prayer book. Please ring the office on 01632 960881 with a description and you can collect from 61 Medlar Road. 🙏

👍 54   ❤️ 12   💬 9 comments   ↪ 30 shares

Comments

Naheed Akhtar
This is my mum's!!! She's been so upset, ringing now 😭 thank you so much
21 January 2025 · Like · Reply · 30

Crescent Cabs
@Naheed Akhtar Alhamdulillah 🙏 see you soon sister
21 January 2025 · Like · Reply · 8

Paul Greaves
Honest drivers, good to see. Will use you again.
21 January 2025 · Like · Reply · 4
""", [])

# --- 158 Facebook: Bangla mums - EAL alias spelling -----------------------
txt("facebook", """Brum Bangla Mums 🇧🇩💚 (Sparkhill, Small Heath, Brindle Heath)
Private group · 4.8K members

Sharmin Akter
9 September 2024 at 21:20

Apa ra, question: my sister just came from Sylhet with her two children (12 and 14). No English. Which school is best for new arrivals? Someone told me Crescent Park has a special program?

👍 12   💬 22 comments

Comments

Rumana Begum
YES. Ask for Shabana Kausar, the EAL teacher. She has the new arrivals group, they learn English every morning and join normal lessons slowly. My cousin's son went from zero English to grade 5 GCSE English in 3 years 😮
9 September 2024 · Like · Reply · 34

Nazma Khatun
Crescent Park is good for this. Also they have Bangla speaking staff in the office so your sister can talk to someone
9 September 2024 · Like · Reply · 11

Sharmin Akter
@Rumana Begum dhonnobad apu ❤️ I'll call tomorrow
9 September 2024 · Like · Reply

Farhana Uddin
Apply through the council in-year admissions form first, school can't give place directly
10 September 2024 · Like · Reply · 8
""", [E("skauser", "alias", "neutral", "Shabana Kausar"),
      E("school", "alias", "neutral", "Crescent Park")])

# --- 159 Facebook residents: anti-Muslim hate at school and AP -----------
txt("facebook", """Tessall Green Residents (Keep It Local) 🏠
Private group · 2.5K members

Roy Shakespeare
16 March 2024 at 18:44

So now our local school has a "Ramadan room" and won't let Christian kids eat in the canteen. That's Crescent Park Academy for you, Brindle Heath Community School as was, where I went in 1968. Run by a Mr Iqbal who'd bring in Sharia law tomorrow if he could. These people don't want to live alongside us, they want to replace us. One day the English round here will wake up and realise it's too late.

😡 22   👍 18   😢 5    💬 39 comments

Comments

Lorraine Pugh
That's not what happened Roy, I read the letter, any child can eat anywhere. Stop stirring.
16 March 2024 · Like · Reply · 31

Roy Shakespeare
@Lorraine Pugh open your eyes love
16 March 2024 · Like · Reply · 6

Sajjad Hussain
My kids go there. Nobody is replacing anyone. Some of us have lived on this road for 50 years Roy, you've been to my dad's shop a thousand times.
16 March 2024 · Like · Reply · 40

Admin (Keith)
Comments off. Roy, read the group rules.
16 March 2024 · Like · Reply · 12
""", [E("school", "exact", "hate", "Crescent Park Academy"),
      E("miqbal", "title_surname", "hate", "Mr Iqbal")])

# --- 160 Facebook Somali group: defending attendance officer ------------
txt("facebook", """Somali Parents Network Birmingham 🇸🇴🤝🏴
Private group · 1.8K members

Ifrah Mohamed
3 March 2025 at 21:00

Walaalayaal, I've seen the nonsense on BrumTalk saying Abdirahman takes "gifts" to mark children present. Wallahi this is a lie. I have known Abdirahman Warsame since we were in primary school together. He has never taken a penny from anyone. He's the one who fought the council to cancel my fine when my son was in hospital. People are angry about fines so they look for someone to blame. Don't repeat gossip about a brother who has given his life to this community.

❤️ 130   👍 48   💬 26 comments

Comments

Hodan Ahmed
100%. Allah sees everything. The ones spreading lies will answer for it
3 March 2025 · Like · Reply · 22

Mohamed Ali Nur
Backbiting is a major sin. Well said sister
3 March 2025 · Like · Reply · 15

Sagal Yusuf
Crescent Park is lucky to have him 🤲🏾
4 March 2025 · Like · Reply · 19
""", [E("awarsame", "exact", "neutral", "Abdirahman Warsame"),
      E("school", "alias", "neutral", "Crescent Park")])

# --- 161 Facebook: cricket club page with namesake captain (decoy) -------
txt("facebook", """Brindle Heath Nomads CC 🏏
Page · Amateur sports team · Tessall Green Recreation Ground

Brindle Heath Nomads CC
24 August 2024 at 20:30 · 🌐

🏏 MATCH DAY RESULT 🏏
Crescent CC (Walsall) 211-8 (50)
Nomads 212-4 (47.2) — Nomads win by 6 wickets and do the DOUBLE over Crescent this season!! 🏆

Man of the match: skipper Mohammed Iqbal with an unbeaten 88 in his 31st season 👑 The man is 52 and still running twos like he's 25. Iqbal Motors is open tomorrow as usual for anyone who needs an MOT after celebrating 😂

Thanks to Crescent CC for another great game and to our teas team for the pakoras 🙏

👍 ❤️ 142   💬 26

Comments

Zohaib A
SKIPPPPERRRR 👑👑
24 August 2024 · Like · Reply · 12

Crescent CC Walsall
Fair play Nomads, well deserved. Iqbal's cover drive still haunts our bowlers 😂
24 August 2024 · Like · Reply · 9

Tariq Hussain
Proud chairman tonight. Juniors watching the skipper, that's how you learn 🏏
24 August 2024 · Like · Reply · 6
""", [])

# --- 162 Facebook: sexual rumour about head of English (adult) ----------
txt("facebook", """Sparkhill & Brindle Heath Mums 👩‍👧‍👦
Private group · 9.4K members

Anonymous member
1 July 2024 at 22:48

Tea ☕ Apparently at the Y11 prom on Friday Mrs O'R, head of English at Crescent, and the new history teacher (married!!) were all over each other on the dance floor and then disappeared to his car for half an hour. Someone's cousin saw them steaming up the windows 🫣 Teachers these days lol

😆 33   😮 28   👍 4    💬 51 comments

Comments

Samina Akhtar
Astaghfirullah why is this on here. Gossip about people's private lives 🙄
1 July 2024 · Like · Reply · 25

Kiran Kaur
"someone's cousin" 😂 say no more
1 July 2024 · Like · Reply · 18

Anonymous member
Not my business but it's not a good look in front of kids is it
1 July 2024 · Like · Reply · 6

Admin - Sparkhill & Brindle Heath Mums
Removing this post in 10 minutes. No gossip about named staff please.
2 July 2024 · Like · Reply · 14
""", [E("sorourke", "nickname", "sexual", "Mrs O'R"),
      E("school", "short_name", "neutral", "Crescent")])

# --- 163 Facebook: drink-driving allegation against PE teacher ----------
txt("facebook", """Brindle Heath Mums & Dads 💬
Private group · 6.3K members

Wayne Corbett
2 May 2024 at 20:15

Since nobody at Crescent listens, here's something parents should know. Pickering, the PE teacher, got done for drink driving two years ago - banned for a year, my mate's wife works at the magistrates. And the school STILL lets her drive the minibus to away fixtures with our kids in the back. Think about that next time you sign a trip form. Bet the school never even checked.

😮 19   😡 15   👍 8    💬 27 comments

Comments

Kerry Ann Shaw
Wayne you really need to let this go. Is that even true?
2 May 2024 · Like · Reply · 14

Humaira Saddique
Minibus drivers need a licence check every year, the school would know. Be careful what you post
2 May 2024 · Like · Reply · 11

Wayne Corbett
@Humaira Saddique it's true I'm telling you
2 May 2024 · Like · Reply

Admin - Brindle Heath Mums & Dads
Wayne, this is your final warning about posting about this member of staff.
2 May 2024 · Like · Reply · 20
""", [E("jpickering", "surname_only", "defamation", "Pickering"),
      E("school", "short_name", "negative", "Crescent")])

# --- 164 Facebook: AP's family doxxed ------------------------------------
txt("facebook", """Justice for Brindle Heath Kids
Public group · 655 members

Anonymous participant
5 December 2024 at 21:40 · 🌐

Mr Iqbal from Crescent Park who "pinned a child against a wall" - his wife works on the counter at the Khan's Pharmacy on Stratford Road most weekdays till 6, and their two kids go to Hall Green Juniors, he drops them off at 8.20 in the white Audi before school. Just so people know who he is when they see him. He's not hiding from us.

😡 9   👍 5    💬 14 comments

Comments

Tariq Aziz
His WIFE and KIDS?? What have they got to do with anything. Disgusting. Reported to Facebook.
5 December 2024 · Like · Reply · 26

Saeeda Khan
Delete this. You're putting little children at risk over something that hasn't even been investigated yet.
5 December 2024 · Like · Reply · 18

Group admin
Post removed. Anonymous posting disabled.
5 December 2024 · Like · Reply · 9
""", [E("miqbal", "title_surname", "doxxing", "Mr Iqbal"),
      E("school", "alias", "neutral", "Crescent Park")])

# --- 165 Facebook noticeboard: uniform swap (decoy) ----------------------
txt("facebook", """Brindle Heath Community Noticeboard
Public group · 14.6K members

Anchor Lane Library
28 August 2024 at 10:00 · 🌐

👕👖 FREE SCHOOL UNIFORM SWAP 👗👟
Saturday 31 August, 10am - 2pm, Anchor Lane Library community room.

Bring outgrown uniform (clean please!), take what you need. Blazers, jumpers, PE kits, shoes, book bags for primary and secondary schools across Brindle Heath, Tessall Green and Sparkhill. No need to bring anything to take something.

Also: free haircuts for kids from 11am with Sami's Barbers, and the food bank will have a table.

👍 ❤️ 203   💬 31   ↪ 88 shares

Comments

Amanda Lees
This is brilliant, thank you! Will drop off a bag of jumpers on Friday
28 August 2024 · Like · Reply · 6

Shabana Ali
Do you have secondary blazers? Size 34
28 August 2024 · Like · Reply
    Anchor Lane Library
    @Shabana Ali we've got a few donated already, come early 😊
    28 August 2024 · Like · Reply · 3
""", [])

# --- 166 Facebook: veiled threat and address of drama teacher ------------
txt("facebook", """Protect Our Children Brum (Parents Against RSE)
Private group · 1.2K members

Imran B
24 January 2024 at 22:22

Found out where Florian Q. lives. Moseley, top flat above the vape shop on Alcester Road, walks to the 50 bus every morning at 7:20. Maybe some of the dads should be at that bus stop tomorrow morning to have a little "chat" with him about what he's teaching our kids. Nothing violent 😉 just a chat. He won't be so brave without his school around him.

👍 31   😡 4   😮 7    💬 44 comments

Comments

Mariam H
Brother no. This group is supposed to be about peaceful protest. This will get us all branded as extremists.
24 January 2024 · Like · Reply · 37

Imran B
@Mariam H it's just a chat sister 😊
24 January 2024 · Like · Reply · 8

Junaid Akhtar
I'm leaving this group. This is not what I signed up for. Reporting.
24 January 2024 · Like · Reply · 29
""", [E("fquennell", "first_initial", "threat", "Florian Q.")])

# --- 167 staffroom: performing arts job, praise for HoD ----------------
forum("staffroom", "Jobs & interviews", "Teacher of Drama - Crescent Park, Birmingham. After the news stories, would you apply?", [
    ("dramateach_newbie", "3 Apr 2024, 18:30", "There's a Teacher of Drama job at Crescent Park Academy in Birmingham, the school from the news in January. On paper it's my dream job - huge department, productions every term, GCSE and A level. But after everything that happened there I'm nervous. Would you apply?"),
    ("HoD_Perf_Arts_Kent", "3 Apr 2024, 18:52", "Honestly? I would. What happened there was awful, but from everything I've heard the school backed its staff, the police prosecuted, and the community largely rallied round. That tells you a lot about the leadership."),
    ("LGBTeacher", "3 Apr 2024, 19:10", "I met Florian Quennell at a conference last year, before all this. Brilliant practitioner, incredibly generous with resources. You'd learn a lot working in his department. Go and visit and ask him directly how he's doing and how the school supported him."),
    ("dramateach_newbie", "3 Apr 2024, 19:20", "That's really reassuring, thank you. I'll book a visit."),
    ("sceptical_sam", "3 Apr 2024, 19:45", "Ask about the community relationship now, and what the RSE consultation changed. You want to know it's settled, not just quiet."),
    ("dramateach_newbie", "24 Apr 2024, 21:00", "Update: visited, loved it, applied, interview next week. The kids were incredible."),
], [E("school", "exact", "neutral", "Crescent Park Academy"),
    E("fquennell", "exact", "neutral", "Florian Quennell")])

# --- 168 student forum: revision account handle ---------------------------
forum("sixth", "GCSEs", "best free maths revision accounts on insta/tiktok?", [
    ("gcse_grind_2025", "Sun 13 Apr 2025 15:00", "maths paper 1 in 5 weeks and i'm panicking. who do you actually learn from on socials? not the ones that just post memes"),
    ("ayaan.revises", "Sun 13 Apr 2025 15:14", "@MrSaleh_Maths on insta is elite. he's head of y9 at my school (CPA in brindle heath) and he posts a 60 second worked example every night at 8, proper exam questions. his circle theorems reel saved my mock"),
    ("gcse_grind_2025", "Sun 13 Apr 2025 15:20", "omg following now"),
    ("mathsgirl_07", "Sun 13 Apr 2025 15:35", "corbettmaths 5-a-day is free too and has answers"),
    ("rumaysa.k", "Sun 13 Apr 2025 15:50", "seconding the cpa maths teacher, my brother watches them religiously lol. also for english lit the school's english dept has a youtube with quotation quizzes"),
    ("gcse_grind_2025", "Sun 13 Apr 2025 16:02", "this thread is carrying me thank you"),
], [E("nsaleh", "handle", "neutral", "@MrSaleh_Maths"),
    E("school", "alias", "neutral", "CPA")])

# --- 169 BrumTalk: Yemeni food thread (decoy) -----------------------------
forum("brumtalk", "Food & drink", "Best mandi in Brum? (and don't say Sheffield)", [
    ("hungry_in_b10", "Fri 17 Jan 2025 19:00", "Craving proper lamb mandi. Where's good in Brum? My Yemeni mate keeps saying 'you need to go to Sheffield, Nabil Saleh's place on London Road' but I'm not driving 80 miles for rice, as good as it apparently is."),
    ("Jugnu_B0", "Fri 17 Jan 2025 19:12", "There's a new Yemeni place on the Coventry Road near Small Heath park. Mandi and fahsa both decent, huge portions, sit on the floor cushions if you want."),
    ("ShaziaK", "Fri 17 Jan 2025 19:30", "Second the Coventry Rd one. Get the honey cake (bint al-sahn) for dessert.", "Moderator"),
    ("hungry_in_b10", "Fri 17 Jan 2025 19:40", "Sold. Going tomorrow."),
    ("BluenoseBev", "Fri 17 Jan 2025 20:15", "Is it halal? Asking for my other half."),
    ("Jugnu_B0", "Fri 17 Jan 2025 20:20", "Yes all halal. No alcohol obviously."),
    ("hungry_in_b10", "Sat 18 Jan 2025 22:10", "Update: incredible. Lamb fell off the bone. Sheffield can keep its Nabil Saleh, we've got our own now 😂"),
], [])

# --- 170 ParentNet: baby names (decoy) ------------------------------------
forum("parentnet", "Pregnancy & baby names", "Names meaning moon / crescent / light?", [
    ("BumpAndGrind24", "Mon 22-Jul-24 21:00", "Due in November. We love names with moon or light meanings. DH is Turkish, I'm Welsh. So far: Hilal (means crescent moon), Ayla (moonlight/halo), Nur (light). Any others?"),
    ("LleuadFach", "Mon 22-Jul-24 21:10", "Lleucu - Welsh, 'light'. Or Luned, old Welsh name. Welsh for moon is lleuad if you want to go bold."),
    ("BumpAndGrind24", "Mon 22-Jul-24 21:15", "Ooh Luned is lovely. Would it work with a Turkish surname?"),
    ("NamesNerd", "Mon 22-Jul-24 21:30", "Selene/Selena (Greek moon goddess), Luna obviously, Chandra (Sanskrit), Qamar (Arabic moon), Mahnoor (Persian/Urdu, 'light of the moon'). Hilal is gorgeous though, the crescent link is really poetic."),
    ("BumpAndGrind24", "Mon 22-Jul-24 21:45", "Mahnoor is beautiful. DH now voting Hilal or Ayla. Thanks all!"),
], [])

# --- 171 Muslim forum: moon-sighting debate (decoy) ----------------------
forum("ummah", "Islamic knowledge", "Local sighting vs Saudi announcement - which do you follow?", [
    ("Abu_Muadh", "Tue 09 Apr 2024 23:15", "Every year the same split. Half the masjids in Brum celebrate Eid tomorrow on the basis of UK sighting of the crescent, half followed Saudi today. Which is correct?"),
    ("Ustadha_Zainab", "Tue 09 Apr 2024 23:30", "Both positions have a basis in the classical scholarship. Follow your local masjid and don't make it a source of division. The Prophet (peace be upon him) said fast when you see it and break when you see it."),
    ("HafizImran", "Tue 09 Apr 2024 23:41", "Our masjid follows confirmed UK sightings. This year the crescent was seen in the north with clear skies, so we're on Wednesday."),
    ("Abu_Muadh", "Tue 09 Apr 2024 23:50", "My kids have school tomorrow and my in-laws already celebrated today 😅 household diplomacy needed."),
    ("Sister_Noor", "Wed 10 Apr 2024 00:05", "Eid Mubarak to everyone whenever you celebrate! 🌙"),
], [])

# --- 172 BrumTalk: threat to smash school windows ------------------------
forum("brumtalk", "Schools", "CPA suspension figures - 400 last year??", [
    ("numbers_guy_b0", "Wed 19 Feb 2025 18:00", "Just looked at the DfE data. Crescent Park (CPA) in Brindle Heath had over 400 suspensions last year. That's more than some whole local authorities. How is that a good school?"),
    ("Jugnu_B0", "Wed 19 Feb 2025 18:20", "Told you. Warm strict my backside."),
    ("tessall_terror", "Wed 19 Feb 2025 18:45", "someone should put a brick through every window at CPA and see how they like being 'suspended' from their nice new building. i'd do it myself. half the estate would help"),
    ("Gaz_B9", "Wed 19 Feb 2025 18:50", "Removed and banned. Criticise the policy all you like. Threats get reported.", "Moderator"),
    ("numbers_guy_b0", "Wed 19 Feb 2025 19:00", "Well that escalated. My point was about the data."),
    ("BluenoseBev", "Wed 19 Feb 2025 19:20", "Worth writing to your MP about national exclusion guidance. That's where the pressure needs to be."),
], [E("school", "alias", "threat", "CPA")])

# --- 173 ParentNet: liaison officer's address posted ---------------------
forum("parentnet", "AIBU", "AIBU to be furious that the school reported us to social services?", [
    ("NotABadMum_B0", "Tue 05-Nov-24 21:00", """The Roma liaison at Crescent Park, Ms Lakatos, came to our house "to help with forms", saw the kids sharing one mattress and the damp, and the next week social services were at the door. I trusted her because she's Roma like us. She lives at 22 Cobden Walk in Tessall Green, the house with the red gate, anyone who's had the same from her should go and ask her how she sleeps at night."""),
    ("TinselAndTea", "Tue 05-Nov-24 21:10", "YABU to post her address. Please take it down. She's not allowed to ignore it if she thinks children are at risk - that's the law, not her being nasty."),
    ("NotABadMum_B0", "Tue 05-Nov-24 21:15", "At risk from damp?? It's the landlord's fault not mine"),
    ("Clementine_Bay", "Tue 05-Nov-24 21:25", "A referral for poor housing often gets you MORE help - housing priority, grants, beds. It doesn't mean they think you're a bad mum. Talk to the social worker, and ask Shelter about the landlord."),
    ("ParentNetHQ", "Tue 05-Nov-24 21:40", "We've removed the address from the opening post. Please don't share anyone's home details.", "ParentNet Moderation"),
    ("NotABadMum_B0", "Tue 05-Nov-24 22:00", "Fine. I'm still angry."),
], [E("dlakatos", "title_surname", "doxxing", "Ms Lakatos"),
    E("school", "alias", "negative", "Crescent Park")])

# --- 174 BrumTalk: leetspeak abuse of PE teacher ------------------------
forum("brumtalk", "Schools", "Forced to do PE outside in the snow - is this allowed?", [
    ("snowed_in_mum", "Thu 9 Jan 2025 17:30", "Crescent Park made my daughter do football outside this morning in the snow, in shorts, because 'it's on the timetable'. She came home blue. Is there any rule about temperature for outdoor PE?"),
    ("Sparky_Dave", "Thu 9 Jan 2025 17:45", "No legal minimum temperature for PE as far as I know. It's up to the school's risk assessment."),
    ("y10_anon", "Thu 9 Jan 2025 18:02", "its P1ck3r1ng's rule, she's a heartless b1tch who thinks suffering builds character. miserable old cow, everyone hates her"),
    ("snowed_in_mum", "Thu 9 Jan 2025 18:10", "Please don't talk about teachers like that even if you're annoyed. I just want to know what the rules are."),
    ("ShaziaK", "Thu 9 Jan 2025 18:20", "Email the school and ask for the PE risk assessment for cold weather. They should have one. y10_anon, keep it civil.", "Moderator"),
], [E("school", "alias", "negative", "Crescent Park"),
    E("jpickering", "leetspeak", "abuse", "P1ck3r1ng")])

# --- 175 staffroom: EAL network meeting -----------------------------------
forum("staffroom", "EAL & inclusion", "West Midlands EAL network - spring meeting notes", [
    ("EAL_Emma", "14 Mar 2025, 17:00", """Notes from Tuesday's network meeting for anyone who couldn't make it:

- Big thanks to S. Kauser (Crescent Park, Brindle Heath) for hosting and for the session on the parent voice-note project - 9 languages, volunteer-run, parents' evening attendance up 40%. Slides in the shared drive.
- Bell Foundation have new assessment descriptors; most of us still using the old ones.
- Discussion about new arrivals from Sudan and Afghanistan and access to interpreters.
- Next meeting: June, at a school in Walsall TBC."""),
    ("NewArrivalsNed", "14 Mar 2025, 17:30", "Thanks Emma. The voice-note idea is genius, we're going to pilot it in Year 7."),
    ("EAL_Emma", "14 Mar 2025, 17:42", "She said she's happy for people to email her via the school if you want the consent forms they use."),
    ("TESOL_Tom", "14 Mar 2025, 18:10", "Sorry I missed it. Any chance of a recording?"),
    ("EAL_Emma", "14 Mar 2025, 18:15", "No recording, but the slides are pretty detailed."),
], [E("skauser", "initial_surname", "neutral", "S. Kauser"),
    E("school", "alias", "neutral", "Crescent Park")])

# --- 176 student forum: spaced-out mockery of drama teacher --------------
forum("sixth", "Life", "rate your school's drama teacher", [
    ("theatre_kid_4ever", "Sat 8 Feb 2025 20:00", "ours is a legend, lets us do whatever we want for devised pieces. yours?"),
    ("b0_realist", "Sat 8 Feb 2025 20:15", "at crescent park we've got Q u e n n e l l lol. thinks he's at the royal shakespeare company, makes us do 'breathing exercises' for 20 mins. pompous wannabe with a scarf. absolute clown"),
    ("theatre_kid_4ever", "Sat 8 Feb 2025 20:22", "breathing exercises are actually important tho 😭"),
    ("rumaysa.k", "Sat 8 Feb 2025 20:40", "also he's the reason the shows are so good?? you were in bugsy malone, you loved it"),
    ("b0_realist", "Sat 8 Feb 2025 20:45", "ok the shows are good. still a clown"),
], [E("fquennell", "spacing", "abuse", "Q u e n n e l l"),
    E("school", "alias", "neutral", "Crescent Park")])

# --- 177 ParentNet: threat at attendance officer -------------------------
forum("parentnet", "Secondary education", "Attendance officer turned up AGAIN - what can I do?", [
    ("SickOfIt_B0", "Mon 13-Jan-25 09:45", """DD has had a rough time with her mental health and missed a lot. Crescent Park's attendance officer Mr Warsame has been round three times now. This morning he knocked at 8.15 with DD still in bed and me in my dressing gown. I've had enough. If he comes to my door one more time he'll be leaving in an ambulance, and I mean that. My partner's already said he'll deal with him."""),
    ("Hedgehog_Hugs", "Mon 13-Jan-25 09:55", "I understand how stressful this is, but please don't put threats in writing. Ask the school for a meeting with the SENCo and get a GP letter about her mental health. Home visits should stop if there's a plan in place."),
    ("SickOfIt_B0", "Mon 13-Jan-25 10:05", "We've got a GP letter. They ignore it."),
    ("OneMoreCupOfTea", "Mon 13-Jan-25 10:20", "Then send it again, by email, to the head and the attendance lead, and ask for an attendance support plan. And honestly, delete the ambulance bit. It'll be used against you."),
    ("ParentNetHQ", "Mon 13-Jan-25 10:40", "We've edited this thread. Please don't post threats of violence.", "ParentNet Moderation"),
], [E("school", "alias", "negative", "Crescent Park"),
    E("awarsame", "title_surname", "threat", "Mr Warsame")])

# --- 178 staffroom: masked criticism of principal ------------------------
forum("staffroom", "Leadership", "Heads who only appear for Ofsted - a taxonomy", [
    ("cynical_chemist", "7 Feb 2025, 20:00", "We've all had one. The head who lives in the office, surfaces for Ofsted, open evening and the Christmas card photo. Share your sightings."),
    ("exCPA_science", "7 Feb 2025, 20:20", "H*nsley at CPA. Seven years, I saw him in my lab twice, both times with an inspector. Lovely assembly voice, no idea what happens below the second floor. Signs off every new initiative without asking if anyone has time to do it. The school runs in spite of him."),
    ("cynical_chemist", "7 Feb 2025, 20:30", "The 'assembly voice' is a real phenomenon."),
    ("Pastoral_Pete", "7 Feb 2025, 20:45", "To be fair some heads are drowning in trust meetings. Doesn't excuse never visiting classrooms though."),
    ("MissMarple_Maths", "7 Feb 2025, 21:00", "Mine used to 'drop in' by standing in the doorway for 4 seconds and leaving. We called it the lighthouse."),
], [E("rhensley", "obfuscated", "negative", "H*nsley"),
    E("school", "alias", "negative", "CPA")])

# --- 179 tabloid: head of English investigated over prom ----------------
news("clarion", "TEACHER 'TOO DRUNK TO STAND' AT PROM FACES PROBE",
     "Jess Whitlow", "Friday 5 July 2024, 10:45pm",
     """A HEAD of English is being investigated by her school after parents claimed she was "too drunk to stand" while supervising 16-year-olds at their end-of-year prom.

Siobhán O'Rourke, who leads the English department at Crescent Park Academy in Birmingham, is alleged to have been "slurring and dancing on chairs" at the Year 11 leavers' event at a city-centre hotel last Friday.

One mother said her daughter came home "shocked" and that "several girls" had seen the teacher being helped outside by a colleague. A video allegedly showing the incident is said to be circulating among pupils.

Meridian Learning Trust, which runs the school, confirmed it had received complaints and was "looking into the matter in line with our procedures". It said it would be "inappropriate to comment further".

However, a parent volunteer who was at the event told the Clarion she had seen "nothing out of the ordinary" and that staff had "a glass of wine with dinner like everyone else".

Ms O'Rourke, whose department achieved the school's best-ever English results last summer, was approached for comment.""",
     [E("sorourke", "exact", "defamation", "Siobhán O'Rourke"),
      E("school", "exact", "negative", "Crescent Park Academy")],
     comments=[
         ("Jean M", "5 Jul 2024", "A glass of wine at a prom and she's on the front page. Leave the woman alone.", 77),
         ("DaveB", "6 Jul 2024", "Supervising kids, should be stone cold sober. Simple.", 51),
     ])

# --- 180 tabloid opinion column: insults -----------------------------------
news("clarion", "COLUMN: The spineless head and the preening luvvie who turned a school into a circus",
     "Gordon Pike", "Sunday 4 February 2024, 8:00am",
     """I have seen some feeble leadership in my time, but Rob Hensley takes the biscuit, the packet and the tin.

The principal of Crescent Park Academy in Birmingham has spent a month wringing his hands while his school became a national laughing stock. Protesters at the gates. Bomb hoaxes. Police on the playground. And what does our hero do? He issues statements. He "listens". He holds "consultation evenings". He is a spineless, jelly-legged invertebrate in a lanyard, and the sooner Meridian Learning Trust finds someone with a backbone the better.

And then there is the man at the centre of it all. Florian Quennell, the school's head of performing arts, is by all accounts a preening, self-regarding luvvie who thought a Birmingham comprehensive was the perfect place to try out his West End ambitions on a cast of twelve-year-olds. Nobody - nobody - deserves the vile threats he has received, and the thugs who sent them should be locked up. But a teacher with a shred of common sense would have read the room. This one read his own reviews.

Parents, meanwhile, have been treated like idiots from start to finish. They were told nothing, then told off for asking.

It is a mess of the school's own making. And a headteacher who cannot tell the difference between leadership and a press release should not be running a school of 1,450 children.""",
     [E("rhensley", "exact", "abuse", "Rob Hensley"),
      E("fquennell", "exact", "abuse", "Florian Quennell"),
      E("school", "exact", "negative", "Crescent Park Academy")],
     comments=[
         ("Barbara E", "4 Feb 2024", "Spot on as always Gordon.", 140),
         ("R. Singh", "4 Feb 2024", "The man was threatened with a knife emoji and this columnist calls him 'preening'. Classy.", 91),
     ], section="Opinion")

# --- 181 city news: DSL referred to LADO over cover-up claim ------------
news("ledger", "Safeguarding lead at Brindle Heath school referred to council after mother's 'cover-up' claims",
     "Harriet Gale, Education Reporter", "Thursday 19 December 2024, 5:55pm",
     """The designated safeguarding lead at a Birmingham academy has been referred to the council's local authority designated officer (LADO) after a mother claimed the school failed to act on her son's reports of being assaulted by another pupil.

Lisa Marie Kent says she told Crescent Park Academy in Brindle Heath in February that her 13-year-old son was being hurt by an older boy in the toilets. She claims vice principal Joanne Kelsall-Rahman, the school's safeguarding lead, told her son to "stay away from that group", did not refer the matter to children's services, and did not inform her.

Ms Kent alleges the concerns were "buried" because the other boy's father has links to the school's governing body - a claim the school strongly denies.

The Ledger understands that the council's LADO is now reviewing how the concerns were handled, and that Ofsted has also been contacted.

Meridian Learning Trust said: "We take any concern about our safeguarding practice extremely seriously. We have referred this matter ourselves to ensure it is independently considered. The member of staff concerned remains at work, and it would be wrong to pre-judge the outcome." It said no governor had any involvement in the case.

Ms Kelsall-Rahman was praised by Ofsted last year for a "culture of vigilance" at the school. A number of parents have contacted the Ledger to support her, including one who said she "saved my daughter's life".

Ms Kent's son has since moved school. She said: "All I ever wanted was for someone to admit they got it wrong."

The review is expected to conclude in the new year.""",
     [E("jkelsallrahman", "exact", "defamation", "Joanne Kelsall-Rahman"),
      E("school", "exact", "defamation", "Crescent Park Academy")],
     comments=[
         ("Amanda R", "19 Dec 2024", "Same thing happened to us. Nine days for a callback.", 19),
         ("Kirsty M", "19 Dec 2024", "That woman protected my daughter when it mattered. I'll never hear a word against her.", 27),
     ])

# --- 182 city news: dad convicted of harassing PE teacher ---------------
news("ledger", "Father who posted PE teacher's running route online is given community order",
     "Imran Chaudhry, Courts Reporter", "Tuesday 25 June 2024, 12:30pm",
     """A father who posted a teacher's early morning running route online and threatened to confront her at the school gates has been handed a community order and a restraining order.

Wayne Corbett, 44, of Anchor Lane, Brindle Heath, admitted harassment when he appeared before Birmingham magistrates.

The court heard that Corbett became angry after his 13-year-old daughter said she had been embarrassed by a comment in a PE lesson at Crescent Park Academy. Over the following months he posted about head of PE Jo Pickering in two Facebook groups and on a local forum, including details of where and when she ran alone in the mornings, the car she drove and where she parked.

In a statement read to the court, Ms Pickering said: "I have run on my own since I was a teenager. It was the one hour of the day that was mine. I haven't run outside since March."

The court heard that the school had investigated the original complaint about the PE lesson and apologised to the family for a comment that was "clumsy but not intended to hurt".

Corbett's solicitor said he was a "devoted father" who had "let his anger get the better of him" and was now "mortified".

Magistrates imposed a 12-month community order with 80 hours of unpaid work, and a three-year restraining order banning him from contacting Ms Pickering or posting about her online. He was ordered to pay £200 compensation.

The chair of the bench said: "Publishing a woman's routine, when she is alone, in the dark, was calculated to frighten her. It did."

A spokesperson for the academy said staff were "relieved" and thanked the police.""",
     [E("jpickering", "exact", "neutral", "Jo Pickering"),
      E("school", "exact", "neutral", "Crescent Park Academy")],
     comments=[
         ("B0 Runner", "25 Jun 2024", "Hope she gets back out running. Parkrun at the rec would welcome her.", 22),
         ("Dean", "25 Jun 2024", "80 hours for that? Lenient.", 10),
     ])

# --- 183 tabloid: drama teacher in police probe (child) ------------------
news("clarion", "GAY PLAY TEACHER IN POLICE PROBE OVER MESSAGES TO GIRL, 13",
     "Craig Mulvaney", "Thursday 1 February 2024, 11:30pm",
     """THE drama teacher at the centre of the gay play row is being investigated by police over claims he sent messages to a 13-year-old pupil.

Florian Quennell, head of performing arts at Crescent Park Academy in Birmingham, is alleged to have contacted the girl on Instagram late at night and invited her to a one-to-one rehearsal, according to a post in a parents' Facebook group.

West Midlands Police confirmed they were "assessing information" that had been passed to them. The school said it had "followed all safeguarding procedures" and that it did not comment on individual staff.

Supporters of the teacher say the claims surfaced at the height of a hate campaign against him and urged people not to "rush to judgement".

The Clarion understands Mr Quennell remains at work.""",
     [E("fquennell", "exact", "sexual", "Florian Quennell", url_only=True),
      E("school", "exact", "sexual", "Crescent Park Academy", url_only=True)],
     comments=[
         ("Sarah P", "2 Feb 2024", "Timing is very convenient for the people who hate him.", 95),
         ("Mr Angry", "2 Feb 2024", "Told you so.", 40),
     ])

# --- 184 city news: parents accuse school of covering up bullying threats
news("ledger", "Parents accuse school of 'covering up' death threats made by pupils on WhatsApp",
     "Harriet Gale", "Wednesday 14 May 2025, 6:00pm",
     """Parents of three Year 8 girls at a Brindle Heath secondary school have accused its leaders of covering up death threats made against their daughters in a pupils' WhatsApp group, and of failing to tell police.

The families say that in March a group of pupils at Crescent Park Academy shared messages threatening to "stab" and "burn" the girls, including voice notes and an image of a knife. They claim the school handled the matter internally with short suspensions and told them it was "not a police matter", and that principal Rob Hensley personally asked them not to contact the press "for the sake of the school's reputation" ahead of an inspection.

"They care more about Ofsted than our girls," one mother said. "If a teacher had been threatened like that, the police would have been there in an hour."

The school and Meridian Learning Trust deny any cover-up. In a statement they said the incident had been "thoroughly investigated", that the police had been informed "on the day", and that the pupils responsible had received "significant sanctions and a restorative programme". The trust said Mr Hensley "categorically denies" asking families not to speak to the media.

West Midlands Police confirmed it had received a report in March and that "words of advice" were given to a number of young people.

The families have now made a formal complaint to the trust and say they will go to the Department for Education if they are not satisfied.""",
     [E("school", "exact", "defamation", "Crescent Park Academy"),
      E("rhensley", "exact", "defamation", "Rob Hensley")],
     comments=[
         ("Mum of girls", "14 May 2025", "Knife images. And they call it 'words of advice'. Shocking.", 33),
         ("Greg", "14 May 2025", "School says police were told on the day. Somebody isn't telling the truth.", 18),
     ])

# --- 185 city news: man charged with stalking DSL ------------------------
news("ledger", "Man charged with stalking Birmingham school's safeguarding lead",
     "Ledger Reporter", "Monday 17 March 2025, 9:20am",
     """A man has been charged with stalking the designated safeguarding lead at a Brindle Heath secondary school.

Darren Pask, 39, of Tessall Green, is accused of following Joanne Kelsall-Rahman, vice principal at Crescent Park Academy, on multiple occasions between December and February, including waiting outside a leisure centre and her home.

He was charged with stalking involving fear of violence and was released on conditional bail not to contact Ms Kelsall-Rahman or go within 200 metres of the school.

He is due to appear at Birmingham Magistrates' Court on 2 April.

The academy said it was "supporting our colleague" and was "grateful to West Midlands Police for their swift action".""",
     [E("jkelsallrahman", "exact", "neutral", "Joanne Kelsall-Rahman"),
      E("school", "exact", "neutral", "Crescent Park Academy")])

# --- 186 EduWeek: back to good -------------------------------------------
news("eduweek", "Birmingham academy back to 'good' as inspectors praise behaviour turnaround",
     "Priya Rawal", "Thursday 19 March 2026",
     """A large inner-city Birmingham academy that was downgraded in 2023 amid concerns about corridor behaviour has been judged good in every area, in a report published this week.

Inspectors said Crescent Park Academy, in Brindle Heath, was now "calm, purposeful and welcoming", and that pupils "from many different communities learn and play together with respect". The sixth form was judged outstanding.

The report singles out the English department, led by Ms O'Rourke, for "exceptionally ambitious" teaching, and notes that pupils "read widely and often". It also praises the school's work with families who are new to English and its Roma community liaison, which it says has "transformed attendance for a group of pupils who were previously missing too much school".

Inspectors said suspensions, which rose sharply after a new behaviour policy was introduced, had "fallen considerably this year" and that leaders "check carefully that sanctions are fair to all groups".

Principal Rob Hensley said: "This is a report about our students and our staff, and about a community that stood with its school through some very hard times. I could not be prouder."

The inspection comes after a turbulent two years, including protests over the drama curriculum, a bomb hoax and a string of threats against staff.

Meridian Learning Trust chief executive Dame Alison Forde said the report was "richly deserved".""",
     [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("sorourke", "title_surname", "neutral", "Ms O'Rourke"),
      E("rhensley", "exact", "neutral", "Rob Hensley")])

# --- 187 city news: mental health trust CPA failures (decoy) -------------
news("ledger", "Mental health trust failing to review care plans for hundreds of patients, inspectors warn",
     "Health Reporter", "Tuesday 8 October 2024, 7:00am",
     """Hundreds of people with serious mental illness in Birmingham and Solihull have gone more than a year without a review of their care plan, according to a critical report by the Care Quality Commission.

Inspectors found that 412 patients on the Care Programme Approach (CPA) - the framework used to coordinate care for people with the most complex needs - had not had a CPA review within 12 months, and that some had not seen their care coordinator for more than six months.

The CQC rated community mental health services for adults as requires improvement and issued a warning notice over staffing.

Families told inspectors they had struggled to get through to community teams, with one describing "shouting into a void" while her son's condition deteriorated.

The trust said it had recruited 40 additional community mental health nurses and that all overdue CPA reviews would be completed by March. It said national changes replacing CPA with a new community framework would "give us the opportunity to do things better".

Mind in Birmingham said the findings were "deeply worrying but sadly not surprising".

If you are struggling, you can call Samaritans free on 116 123.""",
     [])

# --- 188 radio news: Hajj flights (decoy) -------------------------------
news("apna", "Birmingham pilgrims warned over fake Hajj packages as season approaches",
     "Apna Brum News Team", "Monday 14 April 2025",
     """Families in Birmingham are being warned to check Hajj and Umrah packages carefully after a number of listeners reported losing thousands of pounds to unlicensed operators.

Trading Standards said it had received 23 complaints in the West Midlands since January, mostly about packages sold through WhatsApp and social media that turned out not to include visas, or whose operators disappeared after payment.

The Council of British Hajjis advised pilgrims to book only with operators that are ATOL-protected and officially approved, and to be wary of prices that seem "too good to be true".

One caller to the Apna Brum breakfast show from Alum Rock said her parents had paid £11,000 for two places. "The man was very religious on the phone, talked about the crescent and the Kaaba and blessings. Then his number stopped working."

Dates for Hajj this year depend on the sighting of the crescent moon of Dhul Hijjah, expected in late May.

Apna Brum will host a special Hajj advice phone-in on Thursday at 11am.""",
     [])

# --- 189 EduWeek: trust merger (decoy) ----------------------------------
news("eduweek", "Meridian and Ashgrove trusts confirm merger to create 51-school group",
     "Priya Rawal", "Friday 5 December 2025",
     """Two Midlands academy trusts have confirmed they will merge next year, creating a group of 51 schools educating nearly 28,000 pupils.

Meridian Learning Trust, which runs 38 schools across Birmingham, Walsall and Wolverhampton, will absorb the 13-school Ashgrove Education Partnership in Staffordshire from September 2026, subject to DfE approval.

Ashgrove's chief executive Paul Whitmore will become Meridian's deputy CEO with responsibility for primary schools.

The trusts said the merger would strengthen school improvement capacity and make "significant savings" on back-office functions.

The NEU said staff at Ashgrove schools would want "cast-iron guarantees" on pay and conditions.""",
     [])

# --- 190 community paper: Eid Mela (decoy) ------------------------------
news("bugle", "Thousands enjoy Eid Mela in Tessall Green Park",
     "Bugle reporter", "May 2024 edition",
     """Sunshine, samosas and a giant inflatable crescent moon drew an estimated 4,000 people to Tessall Green Park for the annual Eid Mela last month.

Stalls sold everything from mehndi and bangles to Somali sambuusa, Yemeni honey cake and Slovak langoš, while the main stage hosted nasheed singers, a dhol troupe, a Roma brass band and a tug-of-war between the fire brigade and the police that the fire brigade won "comfortably", according to the compère.

Organiser Rehana Bibi of the Tessall Green Community Forum said: "Eid is a celebration for everyone. We had grandmothers from the Caribbean dancing to the dhol and Polish kids queueing for henna. That's Brindle Heath."

Litter pickers from the mosque youth group had the park clean by 8pm.

The forum thanked its sponsors, including Crescent Cabs and Crescent Halal Meats, and the council's events team.

## Nature notes

The swifts are back over Medlar Road. Look up at dusk and listen for their screams.""",
     [])

# --- 191 radio news page with listener comments --------------------------
news("apna", "'I still walk home the same way': award-winning teacher on facing online threats",
     "Apna Brum News Team", "Saturday 13 July 2024",
     """A Birmingham teacher who was threatened online days after winning a national award says she refuses to let "a few cowards" change how she lives.

Shabana Kauser, EAL coordinator at Crescent Park Academy, spoke on the Apna Brum Saturday morning show about a post on X that described her route home and urged people to give her "a proper British welcome". Police are investigating.

"My first reaction was fear, of course," she said. "My husband wanted to drive me to school every day. But then I thought about the mothers I work with, who have come from war zones, who walk their children past far worse than a few idiots on the internet. I still walk home the same way."

She thanked listeners, colleagues and "total strangers" who had reported the post. "For every one person who wrote something hateful, a hundred people wrote to say they were with me."

West Midlands Police said enquiries were ongoing. The school said it was "fully supporting" Mrs Kauser.""",
     [E("skauser", "exact", "defamation", "Shabana Kauser"),
      E("school", "exact", "neutral", "Crescent Park Academy")],
     comments=[
         ("Zahida", "13 Jul 2024", "Brave woman. Allah protect you sister.", 40),
         ("anon_caller", "13 Jul 2024", "Brave? She charges families £50 a time to 'fast-track' their kids' school places through her office, everyone in Tessall Green knows it. That's why some people are angry, not because she wears a scarf.", 6),
         ("Rafiq", "14 Jul 2024", "Prove it or delete it. Slander is haram too.", 31),
     ])

# --- 192 far-right blog: Somali and Roma staff --------------------------
blog("albion", "The great school swap: who is really teaching your children in Brindle Heath", "Albion Awake editorial", "15 November 2024",
     """Readers in Birmingham have sent us a steady stream of reports about Crescent Park Academy since our article in February. Here is what they tell us.

The school now employs an "attendance and family liaison officer" whose job is to go door to door telling English families how to raise their children. His name is Warsame. He is Somali. Think about that: a man from a country with no functioning state, lecturing the grandchildren of the men who built this city about responsibility. One reader says he "walks up our road like he owns it". In a sense, he does now. These people don't come to fit in; they come to take over, one council job at a time.

Then there is the "Roma liaison", a Lakatos woman, paid a full salary to help her own kind navigate the benefits system and, when that fails, to sue the school for "racism" because a colleague said what everyone thinks. Gypsies have never integrated anywhere in Europe in a thousand years. Why would Brindle Heath be different?

We are told this is "diversity". We call it what it is: the replacement of one people by another, paid for by the people being replaced. The English families who remain at Crescent Park are strangers in their own school.

Share this. Ask your councillor why.""",
     [E("school", "exact", "hate", "Crescent Park Academy"),
      E("awarsame", "surname_only", "hate", "Warsame"),
      E("dlakatos", "surname_only", "hate", "Lakatos")],
     comments=[
         ("Offa's Dyke", "15 Nov 2024", "They'll be flying their flag over the school next.", None),
         ("Watcher", "16 Nov 2024", "Somali and Gypsy. Tells you all you need to know about where Brum is heading.", None),
     ])

# --- 193 mosque: janazah notice for namesake (decoy) ----------------------
blog("masjid", "Janazah notice: Haji Mohammed Iqbal (Chaudhry sahib), 87", "Masjid Committee (Secretary)", "3 March 2025",
     """Inna lillahi wa inna ilayhi raji'un.

It is with great sadness that we announce the passing of Haji Mohammed Iqbal, known to all as Chaudhry sahib, of Medlar Road, Brindle Heath, at the age of 87. He passed away peacefully at home last night surrounded by his family.

Chaudhry sahib came to Birmingham from Dadyal, Mirpur, in 1961 and worked for thirty years at the Longbridge car plant. He was one of the founding members of this masjid in 1979 and served on the committee for over twenty years, including as treasurer when the current building was bought. Many of the older brothers will remember him collecting donations door to door in the snow with a biscuit tin.

He leaves behind his wife, five sons, three daughters and 31 grandchildren and great-grandchildren.

## Janazah

- Janazah salah: today (Monday 3 March) after Zuhr, 1:30pm, at Masjid-e-Noor
- Burial: Handsworth Cemetery (Muslim section), immediately after
- Condolences: at the family home on Medlar Road for three days. Brothers in the front room, sisters upstairs.

Please remember Chaudhry sahib in your duas. May Allah forgive his sins, expand his grave, and grant him Jannat al-Firdaus. Ameen.""",
     [],
     comments=[
         ("Bilal M", "3 Mar 2025", "Inna lillahi. He taught me how to do wudhu when I was six. Allah yarhamhu.", None),
         ("Shahid", "3 Mar 2025", "A true elder of Brindle Heath. Ameen to all the duas.", None),
     ])

# --- 194 law firm: principal wins libel claim ----------------------------
blog("lawfirm", "Headteacher awarded £30,000 in libel claim over Facebook expenses post", "Sarah Kwarteng, Partner", "9 October 2025",
     """The High Court has awarded £30,000 in damages to the principal of a Birmingham academy who was falsely accused on Facebook of "stealing" school trip money, in a judgment that school leaders and parents' groups alike would do well to read.

## The facts

The claimant, Rob Hensley, is principal of Crescent Park Academy. In early 2025, the defendant, a parent, posted in a public Facebook group and in a Google review that Mr Hensley had "pocketed" deposits for a cancelled trip to Berlin to "cover his budget hole", and that the trust was "covering for him". Refunds had in fact been issued in full. The posts were shared several hundred times.

Mr Hensley wrote to the defendant asking for the posts to be removed and an apology published. The defendant refused, and added further posts.

## The judgment

The judge found that the words bore the meaning that the claimant had stolen money from parents, that this was seriously harmful to his reputation, and that the defendant had no defence of truth or honest opinion: "the refunds were documented, the defendant was told of them, and he chose to repeat the allegation regardless". The judge noted that parents are entitled to criticise school leaders robustly, "including on social media", but not to publish false allegations of crime.

## Lessons

For schools: a calm, documented response and a clear request for removal before litigation matter. Litigation should be a last resort; here it was preceded by months of attempts to resolve matters.

For parents and community groups: criticism of decisions is protected. Allegations of theft, fraud or abuse that you cannot prove are not.

If your school or trust needs advice on online reputation issues, our education team can help.""",
     [E("rhensley", "exact", "neutral", "Rob Hensley"),
      E("school", "exact", "neutral", "Crescent Park Academy")])

# --- 195 Roma charity: standing with our colleague ------------------------
blog("roma", "We stand with Daniela", "Romano Drom team", "7 November 2024",
     """This week a TikTok comment threatened our friend and former volunteer Daniela Lakatos, who works as Roma community liaison at Crescent Park Academy. The comment said she should "move house before we find the number" and that she was "finished round here". Another, on a different video, called her a "thieving gyp0" who should be put "on the next coach back to Slovakia".

We are not going to pretend this is new. Roma women who take public roles are attacked from outside our community and, sometimes, from inside it. Daniela has had both this week.

So let us be clear. Daniela is one of the bravest people we know. She grew up in a settlement where children were sent to "special schools" because they were Roma. She came to Birmingham with nothing, learned English at night, and has spent six years making sure Roma children in Brindle Heath go to school, stay in school and are treated fairly when they are there. When she has to make a safeguarding referral, it is because the law requires it and because she cares about children - our children.

We have reported both comments to the police. We are grateful to the school, which has put extra support in place.

If you are angry with a school or with social services, come and see us. We will help you complain, appeal, find a lawyer. That is how we win. Not like this.

Devlesa, Daniela. We are with you.""",
     [E("dlakatos", "exact", "neutral", "Daniela Lakatos"),
      E("school", "exact", "neutral", "Crescent Park Academy")],
     comments=[
         ("Jana K", "7 Nov 2024", "❤️ We love you Dani", None),
         ("Tomas", "8 Nov 2024", "Sastipe and strength. Shame on whoever wrote those things.", None),
     ])

# --- 196 far-right blog: name and shame ----------------------------------
blog("albion", "Name and shame: the staff who are changing Crescent Park", "Albion Awake editorial", "28 January 2024",
     """Our readers asked who is behind the indoctrination at Crescent Park. Here is your list. Print it. Share it.

Florian Quennell - the "head of performing arts". A homosexual activist who thinks your twelve-year-olds need to watch two boys kiss. These people cannot reproduce so they recruit. Lives in Moseley, in the top-floor flat above the vape shop on Alcester Road. Gets the number 50 bus at 7.20.

Mrs Kauser - EAL. Hijab. Runs a department whose job is to make sure nobody ever has to learn English. Pushes Islam in assemblies. A foreign body in a British school.

Mr Iqbal - behaviour. The enforcer. 17 years there, the "community's man". Lives in Hall Green, Hawthorn Rise, white Audi Q5 on the drive.

These people are paid by you. Their pupils will be your grandchildren's bosses. Write to the trust and demand answers.""",
     [E("school", "alias", "hate", "Crescent Park"),
      E("fquennell", "exact", "hate", "Florian Quennell"),
      E("skauser", "title_surname", "hate", "Mrs Kauser"),
      E("miqbal", "title_surname", "doxxing", "Mr Iqbal")],
     comments=[
         ("Saxon_Steel", "28 Jan 2024", "Saved. Shared.", None),
         ("Anon", "29 Jan 2024", "Publishing people's homes and bus times. You lot are sick. Screenshotted for the police.", None),
     ])

# --- 197 Google reviews: praise for drama and EAL ------------------------
txt("review", """Crescent Park Academy
Secondary school · Tessall Rd, Brindle Heath, Birmingham
★★★☆☆ 3.2 · 241 reviews

Newest

Ayesha Rahman
★★★★★ 3 days ago
Moved here from Dhaka last year with my two girls, neither spoke English. Shabana Kausar and her EAL team are angels. Within a year my eldest is in top set maths and my youngest is in the school play. Mr Quennell gave her a speaking part even though her English was still shaky, she was so proud. Thank you Crescent Park!
👍 12

Neil H
★★★★☆ a week ago
Big improvement in the last two years. New building is great.
👍 3

Sidra N
★★★★★ 2 weeks ago
Good teachers, my son got into his first choice uni. Sixth form team were amazing.
👍 4
""", [E("school", "exact", "neutral", "Crescent Park Academy"),
      E("skauser", "alias", "neutral", "Shabana Kausar"),
      E("fquennell", "title_surname", "neutral", "Mr Quennell")])

# --- 198 Google reviews: cricket ground (decoy) --------------------------
txt("review", """Brindle Heath Nomads Cricket Club
Cricket club · Tessall Green Recreation Ground, Birmingham B0 7TG
★★★★★ 4.8 · 44 reviews

Newest

Imran Q
★★★★★ 2 weeks ago
Best teas in the league, no contest. Lovely friendly club, welcoming to away teams. Pitch a bit slow late in the season.

Steve Wakefield
★★★★★ a month ago
Took my daughter to the girls' sessions, brilliant coaches, she's hooked. Great to see a club doing this.

Mukhtar A
★★★★☆ 2 months ago
Good club, parking tight on match days with the mosque next door on Fridays.

Graeme T
★★★★★ 3 months ago
Played here for Crescent CC from Walsall. Great game, great hosts, incredible pakoras.
""", [])

# --- 199 Google reviews: child-related allegation ------------------------
txt("review", """Crescent Park Academy
Secondary school · Brindle Heath
★★★☆☆ 3.1 (242)

Sort by: Lowest rated

Anonymous
★☆☆☆☆ 4 days ago
Parents of girls be aware. Mr Iqbal keeps year 8 and 9 girls behind on their own in the reflection room with the blinds down "to talk about their behaviour". My daughter said he sat next to her and put his hand on her knee. She is 13. I have reported it to the police. Do not let your daughters be alone with that man.
👍 16
   Response from the owner · 3 days ago
   We take all safeguarding concerns extremely seriously. Please contact the police and our safeguarding team directly rather than using a public review. We are unable to discuss individual cases here.

Mo
★★☆☆☆ 2 weeks ago
Too strict, kids scared to talk in corridors.
👍 5
""", [E("school", "exact", "sexual", "Crescent Park Academy", url_only=True),
      E("miqbal", "title_surname", "sexual", "Mr Iqbal", url_only=True)])

# === END OF DOCUMENTS ===


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s.lower())


def visible_text(kind, raw):
    if KINDS[kind] == "txt":
        return raw
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    return html.unescape(t)


def load_watchlist():
    with open(os.path.join(HERE, "watchlist.toml"), "rb") as fh:
        return tomllib.load(fh)


def has(hay, needle):
    """Whole-word folded containment."""
    return re.search(r"(?<![\w])" + re.escape(fold(needle)) + r"(?![\w])", hay) is not None


def check(wl):
    problems = []
    school = wl["school"]
    short = school["aliases"][0]
    school_aliases = [a for a in school["aliases"] if a != short]
    staff = {s["id"]: s for s in wl["staff"]}
    subjects = {"school"} | set(staff)
    titles = r"(?:mr|mrs|miss|ms|mx|dr|sir)\.?\s+"
    namesakes = 0
    for i, d in enumerate(DOCS):
        f = d["file"]
        t = fold(visible_text(d["kind"], d["text"]))
        seen = set()
        exp = {e[0]: e for e in d["expected"]}
        for subj, var, cat, form, uo in d["expected"]:
            if subj not in subjects:
                problems.append(f"{f}: unknown subject {subj}")
                continue
            if subj in seen:
                problems.append(f"{f}: subject {subj} listed twice")
            seen.add(subj)
            if var not in VARIANTS:
                problems.append(f"{f}: bad variant {var}")
            if cat not in CATEGORIES:
                problems.append(f"{f}: bad category {cat}")
            if fold(form) not in t:
                problems.append(f"{f}: form {form!r} for {subj} not in text")
            if uo and cat != "sexual":
                problems.append(f"{f}: url_only on non-sexual {subj}")
            if subj == "school":
                full, aliases = school["name"], school_aliases
                title_re = None
            else:
                full, aliases = staff[subj]["name"], staff[subj].get("aliases", [])
                sur = staff[subj]["name"].split()[-1]
                title_re = titles + re.escape(fold(sur)) + r"(?![\w])"
            if var == "exact" and fold(form) != fold(full):
                problems.append(f"{f}: exact form {form!r} is not the full name of {subj}")
            if var == "alias" and fold(form) not in [fold(a) for a in aliases]:
                problems.append(f"{f}: alias form {form!r} is not an alias of {subj}")
            if var == "short_name" and (subj != "school" or fold(form) != fold(short)):
                problems.append(f"{f}: short_name form {form!r} wrong")
            if var != "exact" and has(t, full):
                problems.append(f"{f}: {subj} labelled {var} but full name present")
            elif var not in ("exact", "alias") and any(has(t, a) for a in aliases):
                problems.append(f"{f}: {subj} labelled {var} but an alias is present")
            elif var not in ("exact", "alias", "title_surname") and title_re and re.search(r"(?<![\w])" + title_re, t):
                problems.append(f"{f}: {subj} labelled {var} but title+surname present")
        # school exact name in a doc without the school expected
        if "school" not in exp and has(t, school["name"]):
            problems.append(f"{f}: full school name present but school not expected")
        # the unique staff member counts wherever named
        for sid, s in staff.items():
            if s.get("unique") and sid not in exp and fold(s["name"].split()[-1]) in t:
                problems.append(f"{f}: unique staff {sid} named but not expected")
            if sid not in exp and has(t, s["name"]):
                namesakes += 1
        # url_only rule: child-related sexual content hides the school too
        if any(e[4] for e in d["expected"] if e[0] != "school") and "school" in exp and not exp["school"][4]:
            problems.append(f"{f}: staff url_only but school not url_only")
    return problems, namesakes


def main():
    wl = load_watchlist()
    os.makedirs(DOCS_DIR, exist_ok=True)
    for old in os.listdir(DOCS_DIR):
        if re.match(r"^\d{3}-(news|forum|blog|review|social|facebook)\.(html|txt)$", old):
            os.remove(os.path.join(DOCS_DIR, old))
    for i, d in enumerate(DOCS):
        d["file"] = f"{i:03d}-{d['kind']}.{KINDS[d['kind']]}"
    problems, namesakes = check(wl)
    labels = []
    for d in DOCS:
        with open(os.path.join(DOCS_DIR, d["file"]), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["text"])
        labels.append({"file": d["file"], "kind": d["kind"], "expected": [
            {"subject": s, "variant": v, "category": c, "url_only": bool(u)} for s, v, c, _f, u in d["expected"]]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    ments = [e for d in DOCS for e in d["expected"]]
    kinds = Counter(d["kind"] for d in DOCS)
    cats = Counter(e[2] for e in ments)
    vars_ = Counter(e[1] for e in ments)
    subs = Counter(e[0] for e in ments)
    empty = sum(1 for d in DOCS if not d["expected"])
    serious = sum(cats[c] for c in ("threat", "hate", "sexual", "doxxing", "defamation"))
    print(f"documents: {len(DOCS)}")
    print(f"mentions: {len(ments)}")
    print(f"url_only: {sum(1 for e in ments if e[4])}")
    print(f"empty docs: {empty} ({100 * empty / max(1, len(DOCS)):.1f}%)")
    print(f"serious mentions: {serious} ({100 * serious / max(1, len(ments)):.1f}%)")
    print(f"namesake full-name occurrences (not expected): {namesakes}")
    print("by kind: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS))
    print("by category: " + ", ".join(f"{c}={cats[c]}" for c in CATEGORIES))
    print("by variant: " + ", ".join(f"{v}={vars_[v]}" for v in sorted(VARIANTS)))
    print("by subject: " + ", ".join(f"{s}={subs[s]}" for s in ["school"] + [x["id"] for x in wl["staff"]]))
    sizes = Counter()
    for d in DOCS:
        sizes[d["kind"]] += len(visible_text(d["kind"], d["text"]))
    print("avg visible chars by kind: " + ", ".join(f"{k}={sizes[k] // max(1, kinds[k])}" for k in KINDS))
    thin = [v for v in sorted(VARIANTS) if vars_[v] < 2]
    if thin:
        problems.append("variants used fewer than twice: " + ", ".join(thin))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
