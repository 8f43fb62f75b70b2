#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train23 evaluation corpus for repwatch's matcher.

Setting
-------
Hornby Bridge Academy is an invented alternative-provision academy (a pupil referral
unit in all but name) for 11-16 year olds in Walton, north Liverpool, drawing pupils
from Walton, Anfield, Bootle and Kirkdale. It belongs to the small, invented Mersey
Beacon Learning Trust. Before academy conversion it was the Spellow Tuition Centre.
People call it "Hornby Bridge", "Hornby" or "HBA". Staff are of varied heritage
(Scouse Irish-Catholic, Welsh, Somali, Chinese-Liverpudlian, Polish, Ghanaian); see
watchlist.toml. Fidelma Przybylska is the one `unique = true` staff member.
Office numbers 0151 496 0418 / 0419 are Ofcom drama numbers; personal mobiles are
07700 900xxx; every domain ends in .example; postcodes are invented.

Decoys (documents with no expected mention)
-------------------------------------------
* "Hornby" as something else: HMP Liverpool on Hornby Road, Hornby Dock at Seaforth,
  Hornby model railways, the village of Hornby in Lancashire (and its bridge, and an
  invented "Hornby Bridge Primary School" there: a same-named school elsewhere).
* The watchlist's excluded businesses: Hornby Bridge Motors, HBA Scaffolding, the
  Hornby Arms pub on County Road.
* "HBA" meaning something else (HbA1c, a scaffolding firm, a basketball association).
* Namesakes: Kwame Asante the footballer, Liam O'Rourke the referee, Tony Gallagher the
  club physio and a retired docker of the same name in Walton, Maureen Donnelly MP,
  Kit Cheung the nurse, Declan Kelly the solicitor, Hodan Jama the councillor elsewhere.
* Staff nicknames ("Mrs D", "Coach K") on pages that never tie them to the school.

Labelling conventions
---------------------
* One expected entry per subject per document; category is the worst the document
  gives that subject: threat > hate > sexual > doxxing > defamation > abuse >
  negative > neutral.
* Variant is the easiest form of the name in the document (exact > alias >
  title_surname > the rest). School: full name = exact, "Hornby" alone = short_name,
  "Hornby Bridge" / "HBA" / "Spellow Tuition Centre" = alias. Staff: maiden name or
  listed alias = alias; "Mr Kelly" = title_surname (also "Mr Kelly's"); "D. Kelly" =
  initial_surname; "Declan K" = first_initial; familiar names and title+initial forms
  ("Mrs D", "Mrs P-O", "Coach K", "Mo", "Aga") = nickname; "Kellys"/"Asante's"
  without title or first name = possessive; name parts joined by a hyphen or a
  double-barrelled surname written with another joiner = hyphenated; bare surname =
  surname_only; misspellings = typo; digits for letters = leetspeak; Cyrillic or Greek
  lookalike letters = homoglyph; letters spread with spaces = spacing; asterisks or
  symbols hiding letters = obfuscated; "#DeclanKelly" = hashtag; "@name" = handle;
  "DeclanKelly" run together without # or @ = camelcase.
* A staff member counts only when the page ties them to the school (school name,
  alias, locality word, school domain, or their job there); Fidelma Przybylska counts
  wherever named. A namesake who is clearly someone else is not a mention.
* The school is a subject only when the document refers to the school itself. School
  category: negative for complaints about the school or its leadership as an
  institution; neutral when it is merely named as a staff member's workplace;
  defamation when accused of a crime or cover-up; hate when attacked for its pupils'
  or staff's race or religion; threat when itself threatened.
* Sexual content involving a child (or where a child may be involved) is labelled
  sexual with url_only = true for the staff member and for the school.
* Doxxing needs a personal mobile, home address/postcode or personal e-mail near the
  name; the school's office number or school e-mail is not doxxing.
* Condemning or quoting abuse to condemn it is neutral. News of a conviction of
  someone who threatened staff is neutral for the staff member; news that a staff
  member is suspended, charged or investigated is defamation; an opinion column that
  insults them is abuse. A staff member praised in a post complaining about someone
  else is neutral.

Run with ``python3 build_train23.py`` from any directory; it rewrites docs/ and
labels.jsonl beside this file, checks them and prints a summary. Stdlib only and
deterministic.
"""

import html
import json
import os
import random
import shutil
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "docs")

VARIANTS = {
    "exact",
    "title_surname",
    "initial_surname",
    "first_initial",
    "nickname",
    "possessive",
    "hyphenated",
    "typo",
    "leetspeak",
    "homoglyph",
    "spacing",
    "obfuscated",
    "hashtag",
    "handle",
    "camelcase",
    "alias",
    "short_name",
    "surname_only",
}
CATEGORIES = ["threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral"]
KINDS = {
    "news": "html",
    "forum": "html",
    "blog": "html",
    "review": "txt",
    "social": "txt",
    "facebook": "txt",
}

DOCS = []


def add(kind, text, *expected):
    """Register one document. expected: tuples (subject, variant, category[, url_only])."""
    DOCS.append((kind, text, expected))


# --------------------------------------------------------------------------- chrome


def _paras(body):
    """Turn light markup into HTML: blank-line paragraphs, '## ' headings, '> ' quotes, '- ' lists."""
    out = []
    for block in body.strip().split("\n\n"):
        block = block.strip()
        if not block:
            continue
        if block.startswith("## "):
            head, _, rest = block.partition("\n")
            out.append(f"<h2>{html.escape(head[3:])}</h2>")
            if rest.strip():
                out.append(_paras(rest))
        elif block.startswith("> "):
            out.append(
                "<blockquote><p>{}</p></blockquote>".format(
                    html.escape(block[2:]).replace("\n", "<br>")
                )
            )
        elif block.startswith("- "):
            items = [line[2:] for line in block.split("\n") if line.startswith("- ")]
            out.append("<ul>{}</ul>".format("".join(f"<li>{html.escape(i)}</li>" for i in items)))
        else:
            out.append("<p>{}</p>".format(html.escape(block).replace("\n", "<br>")))
    return "\n".join(out)


def _comments(comments, heading, cls="comment"):
    if comments is None:
        return ""
    parts = [f'<section class="comments"><h3>{html.escape(heading.format(n=len(comments)))}</h3>']
    for who, when, text in comments:
        parts.append(
            f'<div class="{cls}"><span class="author">{html.escape(who)}</span> <time>{html.escape(when)}</time>{_paras(text)}</div>'
        )
    parts.append("</section>")
    return "\n".join(parts)


NEWS_SITES = {
    "herald": dict(
        title="Mersey Herald",
        nav=[
            "News",
            "Liverpool",
            "Sefton",
            "Everton",
            "LFC",
            "What's On",
            "Property",
            "Jobs",
            "Family Notices",
        ],
        cookie="We and our 143 partners store and access information on your device to personalise ads and content. [Accept all] [Manage options]",
        footer="© 2024 Mersey Herald Media Ltd, 1 Tithebarn Quay, Liverpool L2 9ZX. Regulated by IPSO. Terms · Privacy · Corrections · Contact the newsroom: newsdesk@merseyherald.example",
        comments="Join the conversation ({n} comments)",
    ),
    "bwtimes": dict(
        title="Bootle & Walton Times",
        nav=["Home", "News", "Sport", "Letters", "Notices", "Advertise", "Contact"],
        cookie="This website uses cookies to make it work. By carrying on you agree. [OK]",
        footer="Bootle & Walton Times is delivered free to 38,000 homes every Thursday. Got a story? Ring the newsroom on 0151 496 0077. © Northshore Community Press.",
        comments="Have your say ({n})",
    ),
    "scousepost": dict(
        title="The Scouse Post",
        nav=["Latest", "Opinion", "Footy", "Nights Out", "Scran", "Merch"],
        cookie="Cookies? Sound. We use them to see what yous are reading. [Go on then] [Nah]",
        footer="The Scouse Post — independent, skint, proud. Support us from £3 a month. hello@scousepost.example",
        comments="Comments ({n})",
    ),
    "apweekly": dict(
        title="AP Weekly — news for alternative provision",
        nav=["News", "Policy", "SEND", "Inclusion", "Leadership", "Jobs", "Subscribe"],
        cookie="We use essential and analytics cookies. See our cookie policy. [Accept] [Reject non-essential]",
        footer="AP Weekly is published by Learning Edge Media. Subscribers get unlimited articles. © 2024. Editorial: editor@apweekly.example",
        comments="Reader comments ({n})",
    ),
    "radio": dict(
        title="Radio Merseywave News",
        nav=["Listen Live", "News", "Travel", "Sport", "Presenters", "Win"],
        cookie="Merseywave uses cookies and similar technologies. [Accept & continue]",
        footer="Radio Merseywave 104.9 FM / DAB. © Wave Audio Group. Ofcom licensed. Text the studio 07700 900100.",
        comments="What do you think? ({n})",
    ),
    "sport": dict(
        title="Non-League North",
        nav=["Results", "Tables", "Match Reports", "Transfers", "Grounds", "Forum"],
        cookie="We use cookies for stats and ads. Carry on if that's fine. [Fine]",
        footer="Non-League North — covering the pyramid from Step 3 to the Sunday leagues. © 2024.",
        comments="Terrace talk ({n})",
    ),
}


def news(site, headline, byline, date, body, comments=None, section="News", standfirst=""):
    s = NEWS_SITES[site]
    nav = " | ".join(
        '<a href="/{}">{}</a>'.format(n.lower().replace(" ", "-").replace("'", ""), html.escape(n))
        for n in s["nav"]
    )
    stand = (
        f'<p class="standfirst"><strong>{html.escape(standfirst)}</strong></p>'
        if standfirst
        else ""
    )
    return """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{h} | {t}</title></head>
<body>
<div class="cookie-banner">{cookie}</div>
<header><div class="masthead">{t}</div><nav>{nav}</nav></header>
<main><article>
<p class="section">{section}</p>
<h1>{h}</h1>
{stand}
<p class="byline">By {by} · {date}</p>
{body}
</article>
<aside class="related"><h4>Most read</h4><ul><li>Bin collections: what changes over the bank holiday</li><li>Roadworks on Queens Drive to last until spring</li><li>Your pictures: sunset over the Mersey</li></ul></aside>
{comments}
</main>
<footer>{footer}</footer>
</body></html>
""".format(
        h=html.escape(headline),
        t=html.escape(s["title"]),
        cookie=html.escape(s["cookie"]),
        nav=nav,
        section=html.escape(section),
        stand=stand,
        by=html.escape(byline),
        date=html.escape(date),
        body=_paras(body),
        comments=_comments(comments, s["comments"]),
        footer=html.escape(s["footer"]),
    )


def official(
    site_title,
    crumbs,
    title,
    body,
    footer,
    cookie="We use cookies to make this site work. [Accept additional cookies] [Reject additional cookies]",
):
    """Council minutes, inspection letters, job boards: no comments section."""
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - {st}</title></head>
<body>
<div id="cookie-consent">{cookie}</div>
<header><span class="logo">{st}</span><nav><a href="/">Home</a> <a href="/search">Search</a> <a href="/contact">Contact us</a></nav></header>
<div class="breadcrumbs">{crumbs}</div>
<main><h1>{title}</h1>
{body}
</main>
<footer>{footer}</footer>
</body></html>
""".format(
        title=html.escape(title),
        st=html.escape(site_title),
        cookie=html.escape(cookie),
        crumbs=" &gt; ".join(html.escape(c) for c in crumbs),
        body=_paras(body),
        footer=html.escape(footer),
    )


FORUM_SITES = {
    "terrace": dict(
        title="Goodison Terrace",
        nav=["Forums", "What's new", "Members", "Match Threads", "Shop"],
        cookie="This site uses cookies to help personalise content and keep you logged in. [Accept] [Learn more…]",
        footer="Goodison Terrace is an independent supporters' forum and is not affiliated with any club. Forum software by ExampleBB.",
    ),
    "koptalk": dict(
        title="The Kop Talk",
        nav=["Home", "Forums", "Transfer Rumours", "Ticket Exchange", "Rules"],
        cookie="We use cookies. Some are essential, some help us understand how you use The Kop Talk. [Accept all] [Essential only]",
        footer="© The Kop Talk. YNWA. Posts are the views of members, not the site. Report abuse to mods@koptalk.example",
    ),
    "parentpost": dict(
        title="ParentPost",
        nav=[
            "Talk",
            "Am I being unreasonable?",
            "Secondary education",
            "SEN",
            "Relationships",
            "Money",
        ],
        cookie="ParentPost and our partners use cookies to improve your experience. [Yes, I'm happy] [Manage]",
        footer="ParentPost Ltd © 2024. Talk guidelines · Report a post · We are not responsible for user posts. If a child is in danger call 999.",
    ),
    "staffroom": dict(
        title="Staffroom Talk",
        nav=["Community", "Workplace dilemmas", "Jobseekers", "Behaviour", "SEND & AP", "Unions"],
        cookie="Staffroom Talk uses cookies for login and analytics. [Accept] [Settings]",
        footer="Staffroom Talk — the teacher community. Moderated by volunteers. Terms of use · Privacy · Contact",
    ),
    "threadit": dict(
        title="threadit · r/Liverpool",
        nav=["Home", "Popular", "r/Liverpool", "r/Everton", "r/LiverpoolFC", "Log in"],
        cookie="threadit uses cookies to improve your experience. [Accept all] [Reject optional cookies]",
        footer="threadit Inc © 2024. User Agreement · Content Policy · Privacy Policy",
    ),
    "rails": dict(
        title="Rail Modellers' Exchange",
        nav=["Index", "OO Gauge", "N Gauge", "Layouts", "For Sale"],
        cookie="Cookies are used on this board for logins only.",
        footer="Rail Modellers' Exchange — est. 2003. Powered by phpExample.",
    ),
}


def forum(site, title, posts, board="Off Topic"):
    s = FORUM_SITES[site]
    nav = " · ".join(html.escape(n) for n in s["nav"])
    rows = []
    for i, (who, when, text) in enumerate(posts, 1):
        rows.append(
            f'<div class="post" id="post-{i}"><div class="postbit"><span class="username">{html.escape(who)}</span><span class="postdate">{html.escape(when)}</span><span class="postnum">#{i}</span></div><div class="postbody">{_paras(text)}</div><div class="postfoot">Reply · Quote · Report</div></div>'
        )
    return """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title} | {st}</title></head>
<body>
<div class="notice cookies">{cookie}</div>
<header><a class="logo" href="/">{st}</a><nav>{nav}</nav><form class="search"><input placeholder="Search…"></form></header>
<div class="crumbs">{st} › {board}</div>
<main><h1 class="thread-title">{title}</h1>
<div class="thread-meta">{n} replies · Discussion in '{board}'</div>
<div class="replies-heading"><h2>Replies</h2></div>
{rows}
<div class="quick-reply">You must log in or register to reply here.</div>
</main>
<footer>{footer}</footer>
</body></html>
""".format(
        title=html.escape(title),
        st=html.escape(s["title"]),
        cookie=html.escape(s["cookie"]),
        nav=nav,
        board=html.escape(board),
        n=len(posts) - 1,
        rows="\n".join(rows),
        footer=html.escape(s["footer"]),
    )


BLOG_STYLES = {
    "wp": dict(
        cookie="This site uses cookies from WordPress.example to deliver its services. [Close and accept]",
        footer="Proudly powered by WordPress.example · Theme: Twenty Something",
        comments="{n} thoughts on this post",
        nav=["Home", "About", "Archive", "Contact"],
    ),
    "substack": dict(
        cookie="We use cookies to improve your experience. [Got it]",
        footer="© 2024 · Privacy · Terms · Collection notice · Start writing · Get the app",
        comments="Discussion ({n})",
        nav=["Home", "Notes", "Archive", "About", "Subscribe"],
    ),
    "blogger": dict(
        cookie="This site uses cookies from Blogger.example to deliver its services and analyse traffic. [Learn more] [Ok]",
        footer="Powered by Blogger.example · Simple theme",
        comments="{n} comments:",
        nav=["Home", "Labels", "Blog Archive"],
    ),
    "club": dict(
        cookie="We only use cookies to count visitors. [OK]",
        footer="Registered charity (invented) no. 0000000 · Affiliated to England Boxing · Safeguarding officer: welfare@waltonringabc.example",
        comments="Messages from members ({n})",
        nav=["Home", "Timetable", "Newsletter", "Fighters", "Safeguarding", "Donate"],
    ),
    "parish": dict(
        cookie="Our website uses cookies to remember your preferences. [Accept]",
        footer="Parish Office open Tue-Thu 10am-1pm. Parish of St Columba & Holy Cross, Walton (part of the invented Archdiocese pastoral area). Safeguarding rep: see noticeboard.",
        comments="Parishioners' notes ({n})",
        nav=["Home", "Mass Times", "Bulletin", "Sacraments", "Schools", "Safeguarding"],
    ),
}


def blog(style, site_name, title, author, date, body, comments=None, tagline=""):
    s = BLOG_STYLES[style]
    nav = " ".join(f'<a href="#">{html.escape(n)}</a>' for n in s["nav"])
    return """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title} – {site}</title></head>
<body class="blog-{style}">
<div class="cookie-law-info-bar">{cookie}</div>
<header class="site-header"><p class="site-title">{site}</p><p class="site-description">{tag}</p><nav class="menu">{nav}</nav></header>
<main><article class="post">
<h1 class="entry-title">{title}</h1>
<div class="entry-meta">Posted on {date} by {author}</div>
<div class="entry-content">
{body}
</div>
<div class="share">Share this: Facebook · X · WhatsApp · Email</div>
</article>
{comments}
</main>
<footer class="site-footer">{footer}</footer>
</body></html>
""".format(
        title=html.escape(title),
        site=html.escape(site_name),
        style=style,
        cookie=html.escape(s["cookie"]),
        tag=html.escape(tagline),
        nav=nav,
        date=html.escape(date),
        author=html.escape(author),
        body=_paras(body),
        comments=_comments(comments, s["comments"]),
        footer=html.escape(s["footer"]),
    )


# Lookalike letters used for homoglyph variants (Cyrillic).
CY_a, CY_e, CY_o, CY_c, CY_p, CY_i, CY_K, CY_A, CY_O, CY_H, CY_T = (
    "\u0430",
    "\u0435",
    "\u043e",
    "\u0441",
    "\u0440",
    "\u0456",
    "\u041a",
    "\u0410",
    "\u041e",
    "\u041d",
    "\u0422",
)

# =========================================================================== NEWS

add(
    "news",
    news(
        "herald",
        "Walton pupil referral school 'on the right track' say inspectors",
        "Bernie Molyneux, Education Reporter",
        "Tuesday, 12 March 2024",
        """A school in Walton that takes pupils who have been permanently excluded from mainstream secondaries is "taking effective action" to improve, according to a monitoring visit by inspectors.

Hornby Bridge Academy, on Cinderford Street, was judged to require improvement last year. It teaches around 90 pupils aged 11 to 16 from across north Liverpool and Bootle, most of whom arrive mid-year.

Inspectors said leaders had "an accurate view of what still needs to be done" and that attendance, although still well below the national average, was "rising for the first time in several years".

Headteacher Declan Kelly said: "These are our kids and they deserve the same as any kid in Woolton or Formby. Nobody here is pretending we've cracked it. But the staff have grafted and the young people have noticed."

A spokesperson for the Mersey Beacon Learning Trust, which runs the academy, said the trust was "proud of the team" and would "keep investing in the building and in specialist staff".

Parents with questions about places can ring the school office on 0151 496 0418 between 8.30am and 4pm.""",
        comments=[
            (
                "scouselass_84",
                "2 days ago",
                "My nephew went there after getting kicked out of Alsop and honestly it saved him. Sound staff.",
            ),
            (
                "Walton_Wanderer",
                "2 days ago",
                "Good news for once round here. More of this please Herald instead of stabbings.",
            ),
        ],
    ),
    ("school", "exact", "neutral"),
    ("dkelly", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Man jailed after threatening Walton teacher outside school gates",
        "Court Reporter",
        "Friday, 19 January 2024",
        """A man who sent a string of menacing messages to a PE teacher and then turned up outside his school has been jailed for 16 weeks.

Jason Whitfield, 34, of Long Lane, Orrell Park, admitted sending threatening communications and a public order offence when he appeared before Liverpool Magistrates' Court.

The court heard Whitfield became angry after his stepson was put on report at Hornby Bridge Academy in Walton. Over three days he sent 27 messages to the school's Facebook page and to the teacher, Kwame Asante, including one which read: "I'll be at them gates at half three, see how hard you are then."

He then waited outside the school at home time and had to be moved on by police.

In a victim statement read to the court, Mr Asante said he had "spent the next fortnight checking over my shoulder on the way to the car" and that pupils had been frightened.

District Judge Angela Rimmer told Whitfield: "Teachers are entitled to go to work without being intimidated. You chose to frighten a man who was doing his job."

The Mersey Beacon Learning Trust said it was "grateful to Merseyside Police" and that staff welfare was "our first priority".""",
        comments=[
            ("Tommy_L9", "18 Jan", "16 weeks, he'll be out in 8. Joke."),
            (
                "MumOfThree",
                "18 Jan",
                "Good. Mr Asante coached my son at boxing, lovely fella, didn't deserve that.",
            ),
        ],
    ),
    ("kasante", "exact", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "bwtimes",
        "School business manager suspended as trust probes missing money",
        "Staff Reporter",
        "Thursday, 7 November 2024",
        """A senior member of staff at a Walton pupil referral academy has been suspended while accountants look into what a trust source described as "a hole" in the school fund.

Maureen Donnelly, the school business manager at Hornby Bridge Academy, was sent home last week, the Times understands. Parents were told in a letter that "a member of the administrative team" was absent "pending a process".

A source close to the Mersey Beacon Learning Trust claimed that money raised from charity non-uniform days and a summer fair could not be accounted for, and that the discrepancy ran "into the thousands".

Mrs Donnelly, who has worked at the school since it was the Spellow Tuition Centre, could not be reached for comment. A neighbour in Walton described her as "a pillar of the parish".

The trust said: "We do not comment on individual staffing matters. We are following our procedures."

Merseyside Police said it had not received a referral.""",
        comments=[
            (
                "Gerry M",
                "7 Nov",
                "Innocent until proven guilty. Maureen has been good to a lot of families round here.",
            ),
            (
                "anon",
                "7 Nov",
                "Always wondered how she afforded two holidays a year on a school wage",
            ),
            ("BootleBabs", "7 Nov", "^ that's how rumours start. Wind your neck in."),
        ],
    ),
    ("mdonnelly", "exact", "defamation"),
    ("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "apweekly",
        "Gloves on, phones off: the AP academy using boxing to rebuild attendance",
        "Hannah Ferris",
        "4 October 2024",
        """At ten past eight on a wet Tuesday in Walton, a dozen teenagers are skipping in a converted caretaker's garage. Nobody is on their phone. Nobody is swearing, or at least not much.

"Breakfast and bags first, then we talk," says Kwame Asante, the PE teacher who set up the early sessions at Hornby Bridge Academy two years ago. He still boxes at masters level and coaches at a club on County Road in the evenings.

The academy, part of the small Mersey Beacon Learning Trust, says attendance on Tuesdays and Thursdays — boxing days — is now eleven points higher than on other days.

"It's not magic," Asante says. "It's routine, food, and an adult who notices if you're not there."

Family support worker Hodan Jama, who rings round absent pupils' homes each morning, puts it more bluntly. "If a lad knows Mr Asante is going to ask where he was, he turns up. Half my job is making sure the adult at home is in a place to get him out the door."

## Not everyone is convinced

Some heads in mainstream schools remain wary of programmes that look like rewards for poor behaviour. One Sefton head, who asked not to be named, said: "I'd love a boxing ring. I've got 1,400 kids and a leaking roof."

The academy's headteacher, Declan Kelly, says the model is cheaper than it looks. "The garage was empty. The gloves were donated. The time is the expensive bit and that's our staff's goodwill."

Hornby Bridge will share its evaluation at a regional AP conference in Warrington next month.""",
        comments=[
            (
                "AP_head_Leeds",
                "5 Oct",
                "We tried something similar with climbing. Agree the adult who notices is the whole thing.",
            ),
            (
                "Disgruntled of Derby",
                "5 Oct",
                "Lovely story, but where's the evidence on reintegration?",
            ),
        ],
    ),
    ("kasante", "exact", "neutral"),
    ("school", "exact", "neutral"),
    ("hjama", "exact", "neutral"),
    ("dkelly", "exact", "neutral"),
)

add(
    "news",
    official(
        "Liverpool City Council — Democracy",
        ["Committees", "Education and Children's Services Select Committee", "Minutes"],
        "Minutes: Education and Children's Services Select Committee, 23 April 2024",
        """Present: Councillors R. Tierney (Chair), A. Mahmood, J. Fairclough, P. Quinn, S. Ogunleye. Co-opted: Mrs L. Doyle (Catholic Diocese).

## 41. Alternative provision places in the north of the city

The Committee received a report of the Assistant Director (Inclusion) on the sufficiency of alternative provision for pupils in Key Stages 3 and 4.

Councillor Fairclough said that residents in Walton and County ward had raised concerns about the number of fixed-term suspensions at Hornby Bridge Academy and about pupils being sent home at lunchtime on "part-time timetables" without the local authority being informed. She asked whether the Council was content to keep commissioning 60 places there.

The Assistant Director said that part-time timetables had been discussed with the trust in February and that the academy's figures had been "inconsistently reported" in the autumn term.

Declan Kelly, Headteacher, attended at the invitation of the Chair. He accepted that the recording of part-time timetables had "not been good enough" and said a new system was now in place, overseen by the Deputy Headteacher.

Councillor Quinn asked why the academy had not submitted its return on time for two consecutive terms. Mr Kelly said the trust's data manager post had been vacant.

RESOLVED that: (a) the report be noted; (b) the Assistant Director report back in September on part-time timetables at all commissioned AP settings, including HBA; (c) the Committee's thanks to the headteacher for attending be recorded.""",
        "Liverpool City Council (invented for test purposes). Council offices, Dale Street (invented). Democratic Services: democracy@liverpool-council.example",
    ),
    ("school", "exact", "negative"),
    ("dkelly", "exact", "neutral"),
)

add(
    "news",
    official(
        "School Inspection Reports",
        ["Find an inspection report", "Hornby Bridge Academy", "Monitoring visit"],
        "Monitoring inspection of Hornby Bridge Academy",
        """Mr Declan Kelly
Headteacher
Hornby Bridge Academy
Cinderford Street
Walton
Liverpool
L4 9XQ

Dear Mr Kelly

## Monitoring inspection of Hornby Bridge Academy

This letter sets out the findings of the monitoring inspection of your school that took place on 27 and 28 February 2024, on behalf of His Majesty's Chief Inspector.

The monitoring inspection was carried out because the school was judged to require improvement at its previous graded inspection. During the inspection, I met with you, the deputy headteacher, the attendance and family liaison officer, groups of pupils and representatives of the Mersey Beacon Learning Trust, and spoke to the chair of the local governing board by telephone.

## Main findings

Leaders are taking effective action to improve the school. The curriculum in English and mathematics is now carefully sequenced. Pupils told inspectors they feel safe and that there is always an adult they can talk to.

Attendance remains too low for a significant minority of pupils. Leaders know this and have strengthened the work of the family support team. Pupils who attend part-time are now tracked carefully, although some records from the autumn term were incomplete.

Safeguarding is effective.

Yours sincerely

Gwen Aldridge
His Majesty's Inspector (invented)""",
        "Published under the Open Government Licence (invented). Inspection reports are available in alternative formats on request.",
    ),
    ("school", "exact", "neutral"),
    ("dkelly", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Tributes to 'gentleman of the docks' Tony Gallagher",
        "Family Notices Desk",
        "Saturday, 2 March 2024",
        """Tributes have been paid to Tony Gallagher, a former docker and lifelong Evertonian who has died at the age of 81.

Tony was born in Kirkdale and worked at Gladstone and Alexandra docks for 38 years before retiring to Walton, where he lived on Rawcliffe Road with his late wife Pat. He was a founder member of the Walton Vale Over-60s Bowls Club and rarely missed a home game until his knees gave out.

His daughter Karen said: "Dad was a proper gentleman of the docks. He'd talk to anyone, and if you were on your own at Christmas he'd find out and you'd be round ours."

Requiem Mass will be held at St Columba & Holy Cross, Walton, on Thursday 14 March at 11am, followed by committal at Anfield Cemetery. Blue and white colours welcome. Donations in lieu of flowers to the Whitechapel Centre.""",
        comments=[
            (
                "Ste_Kirkdale",
                "2 Mar",
                "RIP Tony. Worked with him on the Gladstone in the 80s. Top man.",
            ),
        ],
        section="Obituaries",
    ),
)

add(
    "news",
    news(
        "sport",
        "Marine 2 City of Liverpool 1: Asante stunner settles Crosby derby",
        "Phil Ashworth",
        "Saturday 9 November 2024",
        """Kwame Asante's 25-yard strike ten minutes from time gave Marine all three points in a feisty derby at Rossett Park.

The on-loan winger, 22, had been quiet for most of the afternoon but cut inside from the right and curled a shot beyond the dive of Jamie Corless in the City goal.

City had equalised early in the second half through Kieran Boyle after Marine's Danny Rooke had headed in from a corner. The visitors felt they should have had a penalty when Boyle went down under a challenge, but referee Stuart Heald waved play on.

Marine boss said afterwards: "Kwame's got that in his locker. He's frustrating at times, like all young wingers, but that's why we brought him in."

Attendance: 1,204.""",
        comments=[
            (
                "MarineMad",
                "9 Nov",
                "Asante is the real deal, get him signed permanently before someone nicks him.",
            ),
            ("CoLFC_Dave", "9 Nov", "Was a pen all day. Heald bottled it."),
        ],
        section="Match Reports",
    ),
)

add(
    "news",
    news(
        "herald",
        "MP Maureen Donnelly calls for action on rogue landlords",
        "Political Reporter",
        "Monday, 15 July 2024",
        """Knowsley West MP Maureen Donnelly has called on the government to give councils stronger powers to shut down rogue landlords after a damp-riddled flat left a toddler in hospital.

Speaking in a Westminster Hall debate, Ms Donnelly said: "Families in my constituency are paying £700 a month for black mould. That is not a housing market, it is a racket."

The former nurse and trade union rep was elected in 2017 and sits on the Housing Select Committee.""",
        comments=[("Huyton_Hal", "15 Jul", "Fair play to her, she actually turns up.")],
        section="Politics",
    ),
)

add(
    "news",
    news(
        "radio",
        "Prisoner found dead in cell at HMP Liverpool",
        "Merseywave Newsroom",
        "Wednesday 28 August 2024",
        """A prisoner has died at HMP Liverpool on Hornby Road in Walton.

The Prison Service said the man, who was in his forties, was found unresponsive in his cell on Tuesday evening. Staff and paramedics attempted resuscitation but he was pronounced dead at the scene.

As with all deaths in custody, the Prisons and Probation Ombudsman will investigate.

Campaigners have repeatedly raised concerns about conditions at the Victorian jail, which was the subject of a damning inspection report in 2022.

Traffic on Hornby Road was briefly restricted while emergency vehicles attended.""",
        comments=[
            (
                "Orrell_Park_Resident",
                "28 Aug",
                "Every week there's something at Walton jail. The whole place wants knocking down.",
            )
        ],
    ),
)

add(
    "news",
    news(
        "herald",
        "Hornby Dock berth to reopen after £40m upgrade",
        "Business Desk",
        "Thursday, 6 June 2024",
        """A historic berth at Hornby Dock on the Bootle waterfront will reopen to shipping this autumn after a £40 million upgrade, port owners have confirmed.

The dock, opened in 1884 and named after a Victorian dock board chairman, will handle biomass and aggregate cargoes. The company said 45 jobs would be created.

Sefton Council leader said the investment showed "confidence in the north docks", but residents on Regent Road have raised concerns about extra HGV traffic and dust.

A public drop-in session will be held at Bootle Town Hall on 20 June.""",
        comments=[
            ("DockRoad_Dan", "6 Jun", "Dust is already murder on Regent Road, my windows are grey.")
        ],
        section="Business",
    ),
)

add(
    "news",
    news(
        "bwtimes",
        "Garage owner fined for faking MOT certificates",
        "Court Reporter",
        "Thursday, 22 February 2024",
        """The owner of a Kirkdale garage has been fined £4,000 and given a suspended sentence after admitting issuing MOT certificates for cars that had never been tested.

Paul Whitty, 51, who runs Hornby Bridge Motors on Stanley Road, pleaded guilty at Sefton Magistrates' Court to fraud by false representation.

DVSA investigators found 37 certificates had been issued for vehicles which number-plate cameras showed were nowhere near the premises on the day.

Whitty's solicitor said his client had been under "enormous financial pressure" since the pandemic. The garage has since lost its MOT authorisation.""",
        comments=[
            ("CarGuy_Bootle", "22 Feb", "Used them for years for tyres, never any problem. Shame.")
        ],
    ),
)

add(
    "news",
    news(
        "herald",
        "Full steam ahead: model railway show returns to St George's Hall",
        "What's On Team",
        "Friday, 11 October 2024",
        """More than 60 layouts will be on display when the Merseyside Model Railway Exhibition returns to St George's Hall this weekend.

Highlights include a 40-foot recreation of Lime Street in the 1960s, built entirely from vintage Hornby and Tri-ang stock, and a children's zone where young visitors can drive a Hornby Thomas set.

Organiser Derek Pimblett said: "We get grandads who had a Hornby train set in 1958 bringing grandkids who've only ever seen trains on a tablet. That's the magic."

Tickets £8 adults, £4 children, under-fives free.""",
        comments=[
            ("OO_gauge_Ollie", "11 Oct", "The Lime Street layout is unreal, saw it at Warley.")
        ],
        section="What's On",
    ),
)

add(
    "news",
    news(
        "herald",
        "Aintree nurse's 'unsung hero' award for stroke ward work",
        "Health Reporter",
        "Wednesday, 20 November 2024",
        """A nurse who set up a volunteer scheme to help stroke patients with their speech has been named unsung hero at the regional health awards.

Kit Cheung, a senior staff nurse on the stroke unit at University Hospital Aintree, recruited retired teachers and actors to spend time chatting with patients recovering their language.

"People lose their words and they lose their confidence," she said. "Half an hour with someone patient makes a massive difference."

Ms Cheung, who grew up above her parents' takeaway in Maghull, trained at Edge Hill and has worked at Aintree for 14 years.""",
        comments=[
            (
                "Stroke_survivor_Jim",
                "20 Nov",
                "Kit and her volunteers were brilliant with my dad. Deserved.",
            )
        ],
        section="Health",
    ),
)

add(
    "news",
    news(
        "bwtimes",
        "Rainbow mural brightens Walton Hall Park underpass",
        "Sian Parry",
        "Thursday, 25 July 2024",
        """A gloomy underpass on the edge of Walton Hall Park has been transformed with a 30-metre mural designed by pupils from Hornby Bridge Academy.

The project was led by art therapist Fidelma Przybylska, who spent a term working with a small group of Year 9 and 10 pupils on designs inspired by the River Alt and the park's wildlife.

"Some of these young people had never picked up a paintbrush outside of primary school," she said. "Now they walk their nans past it and say 'I did the heron'."

Councillor Pat Quinn, who funded the paint from her ward budget, said the underpass had been "a magnet for graffiti and worse" and she hoped the mural would be respected.""",
        comments=[
            ("WaltonMum2", "25 Jul", "Walked past it yesterday, it's gorgeous. Well done kids 👏"),
            ("BarryTheBlue", "26 Jul", "Give it a week before some scally tags it"),
        ],
    ),
    ("school", "exact", "neutral"),
    ("fprzybylska", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Parents protest outside Walton academy over restraint claims",
        "Bernie Molyneux, Education Reporter",
        "Wednesday, 5 June 2024",
        """About 20 parents gathered outside a Walton pupil referral academy on Tuesday afternoon, claiming a 13-year-old boy was left bruised after being restrained by a member of staff.

The boy's mother, who asked not to be named to protect her son's identity, told the Herald the site manager at Hornby Bridge Academy, Tony Gallagher, had "dragged him down a corridor by his hood" after he refused to leave a classroom.

"They've told me it was a 'positive handling' incident and it was all logged properly. Then why's there no record of it till three days later? They're closing ranks," she said. "Mr Gallagher isn't even a teacher. He's the caretaker."

Placards read "Hands off our kids" and "Hornby covers up".

The Mersey Beacon Learning Trust said it took "every concern seriously" and that the matter had been referred to the local authority designated officer, as required.

A spokesperson added: "Staff who use reasonable force are trained to do so and every incident is recorded and reviewed. We cannot comment further while the process is ongoing."

Merseyside Police confirmed it had received a report and enquiries were ongoing.""",
        comments=[
            ("JusticeForKids", "5 Jun", "Cover up cover up cover up. Same every time."),
            (
                "ExStaffWalton",
                "5 Jun",
                "Let the process run before hanging anyone. Kids in AP can be dangerous and staff get hurt too.",
            ),
        ],
    ),
    ("tgallagher", "exact", "defamation"),
    ("school", "exact", "defamation"),
)

add(
    "news",
    official(
        "Teach North West — school jobs",
        ["Jobs", "Liverpool", "Secondary", "Maths"],
        "Teacher of Maths (MPS/UPS + SEN allowance) — Hornby Bridge Academy, Walton",
        """Hornby Bridge Academy, part of the Mersey Beacon Learning Trust, is looking for a resilient, warm and ambitious teacher of mathematics to join a small team working with pupils aged 11 to 16 who have been, or are at risk of being, permanently excluded.

You will work alongside our maths lead, Kit Cheung, to deliver GCSE and Functional Skills in classes of no more than eight, with a teaching assistant in every lesson.

## What we offer
- An SEN allowance on top of MPS/UPS
- A genuine commitment to workload: no marking policy beyond feedback in lessons
- Free breakfast every day (you'll eat with the kids — that's the point)
- Cycle to work scheme and a staff room with an actually working coffee machine

## How to apply
Download the application pack from hornbybridge.example/vacancies. For an informal chat or a visit, contact Maureen Donnelly, School Business Manager, on 0151 496 0418 or recruitment@hornbybridge.example.

Closing date: Friday 26 April, 12 noon. Interviews w/c 6 May.

Hornby Bridge Academy is committed to safeguarding and promoting the welfare of children. This post is subject to an enhanced DBS check and online searches as part of due diligence.""",
        "Teach North West (invented). Jobs are posted by schools; we do not check every advert. Report an advert: report@teachnorthwest.example",
    ),
    ("school", "exact", "neutral"),
    ("kcheung", "exact", "neutral"),
    ("mdonnelly", "exact", "neutral"),
)

add(
    "news",
    official(
        "Lancashire Schools Jobs",
        ["Jobs", "Lancaster & Morecambe", "Primary"],
        "Class Teacher (KS1, 0.6 FTE) — Hornby Bridge Primary School, Hornby, Lancaster",
        """Hornby Bridge Primary School is a small, happy village school of 78 pupils in the Lune valley, taking its name from the old stone bridge over the River Wenning a few minutes' walk away.

We are seeking a creative KS1 teacher for three days a week from September. Experience of mixed-age classes would be an advantage.

Our pupils love forest school, our vegetable patch and our annual duck race off the bridge. We are a member of a small rural federation and share our headteacher, Mrs Ruth Calvert, with a neighbouring school.

Visits are warmly encouraged: ring the school office on 01632 960412 or email office@hornbybridgeprimary.example.""",
        "Lancashire Schools Jobs (invented). All posts are subject to safer recruitment checks.",
    ),
)

add(
    "news",
    news(
        "radio",
        "Man charged after learning mentor attacked near Anfield",
        "Merseywave Newsroom",
        "Sunday 3 March 2024",
        """A 27-year-old man has been charged with racially aggravated assault after a learning mentor was attacked near Walton Breck Road on Friday evening.

Abdirahman Warsame, who works at Hornby Bridge Academy in Walton, was walking to his car after a parents' evening when he was punched and racially abused, Merseyside Police said.

Mr Warsame suffered a cut to his face and was treated at hospital before being discharged.

Liam Carney, of no fixed address, will appear before Liverpool Magistrates' Court on Monday.

In a statement the Mersey Beacon Learning Trust said: "Abdi is a much-loved member of our staff who has given years to the young people of this city. The abuse directed at him has no place in Liverpool."

Detective Sergeant Claire Hesketh said: "Hate crime will not be tolerated. We would ask anyone who saw what happened, or who has dashcam footage, to get in touch." """,
        comments=[
            ("Anfield_Al", "3 Mar", "Disgusting. Hope they throw the book at him."),
            ("L4_Girl", "3 Mar", "Mr Warsame helped my brother so much. Get well soon x"),
        ],
    ),
    ("awarsame", "exact", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "scousepost",
        "OPINION: Someone please tell Declan Kelly the emperor's got no kecks on",
        "Frankie Rourke",
        "14 May 2024",
        """I've sat through some woeful meetings in my time, but last week's parents' forum at Hornby Bridge Academy takes the biscuit, the tin and the shelf it was on.

For those who missed it — lucky you — the head, Declan Kelly, spent forty minutes reading out a PowerPoint about "restorative culture" to a room full of mums who wanted to know why their kids are being sent home at dinner time three days a week.

Kelly has the charisma of a damp bus shelter and roughly the same listening skills. He nodded. He "heard" us. He said "going forward" eleven times (I counted). He is a man who'd bring a lanyard to a house fire.

Look, I know AP is hard. I know the staff on the ground — and some of them are genuinely boss, the family support team especially — are doing a job most of us couldn't do. But the school's leadership is a shambles, and a headteacher who treats parents like an Ofsted box to tick is part of the problem, not the solution.

Frankie Rourke is a parent and a community organiser in Walton. The views expressed are the writer's own.""",
        comments=[
            ("AnfieldAunty", "14 May", "Harsh but not wrong. The family team are angels though."),
            (
                "Teacher_in_L4",
                "14 May",
                "Personal insults about someone's charisma? Low, Frankie. Argue the point.",
            ),
            ("ScousePostFan", "15 May", "🤣 lanyard to a house fire. Dead."),
        ],
        section="Opinion",
    ),
    ("dkelly", "exact", "abuse"),
    ("school", "exact", "negative"),
)

add(
    "news",
    news(
        "bwtimes",
        "Whistleblower claims Walton academy 'massaged' attendance figures",
        "Staff Reporter",
        "Thursday, 3 October 2024",
        """A former member of staff at a Walton pupil referral academy has claimed that attendance figures were altered before an inspection to make the school look better.

The whistleblower, who left Hornby Bridge Academy in the summer, told the Times that pupils who had not been seen for weeks were marked as attending "off-site education" with no evidence they were anywhere at all.

"It came from the top," they said. "Declan Kelly knew. Everybody in the office knew. We were told the code made us look less bad and that the numbers would 'even out'."

The Mersey Beacon Learning Trust said it "categorically rejects" the claims. "Attendance codes at Hornby Bridge are audited by the trust and by the local authority. We are confident the school's records are accurate and we have offered to share them with the Times."

Mr Kelly did not respond to a request for comment.

The Department for Education said it was aware of the allegations.""",
        comments=[
            (
                "Concerned_Nan",
                "3 Oct",
                "My grandson was 'off-site' for a month. He was in our front room on the PlayStation.",
            ),
            (
                "MerseyTeacher",
                "3 Oct",
                "Disgruntled ex-employee + anonymous + unverified. Come on Times.",
            ),
        ],
    ),
    ("school", "exact", "defamation"),
    ("dkelly", "exact", "defamation"),
)

add(
    "news",
    news(
        "herald",
        "Sunday league referee attacked after final whistle in Anfield",
        "Sports Desk",
        "Monday, 22 January 2024",
        """A grassroots football referee needed stitches after being headbutted at the end of a Sunday league match on Stanley Park, Anfield.

Liam O'Rourke, 52, an electrician from Huyton who has refereed in the Liverpool County FA leagues for 20 years, was assaulted by a spectator after sending off two players in the Division Two fixture.

"I've had plenty of abuse over the years but never this," he said. "I'll be back out next week because if we all pack in there's no football for anybody."

The County FA said it would be seeking the maximum sanction for the club involved. Merseyside Police are investigating.""",
        comments=[
            ("Ref_Support_NW", "22 Jan", "Respect to Liam. No refs, no game."),
            ("StanleyParkSunday", "22 Jan", "Same club every season. Ban them."),
        ],
        section="Sport",
    ),
)

add(
    "news",
    news(
        "bwtimes",
        "Walton boxer's national title 'all down to coach'",
        "Sports Desk",
        "Thursday, 30 May 2024",
        """Walton teenager Reece Mulhearn has been crowned national schools champion at 57kg after a unanimous decision in the final in Sheffield.

Reece, 16, trains at Walton Ring ABC, where he is coached by Kwame Asante. Asante also teaches PE at Hornby Bridge Academy, where Reece was a pupil until last summer.

"Coach is the reason I'm not in bother," Reece said. "He picked me up at half six every morning for six months when my mum was poorly. I owe him everything."

Asante, who boxed for Ghana at junior level before his family moved to Liverpool, said: "Reece did the work. I just opened the door." """,
        comments=[("Ringside_Rita", "30 May", "Brilliant lad, brilliant coach. Walton's proud x")],
        section="Sport",
    ),
    ("kasante", "exact", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "bwtimes",
        "Staff sleep out to raise cash for homeless charity",
        "Sian Parry",
        "Thursday, 7 December 2023",
        """Staff from a Walton school swapped their beds for cardboard last Friday to raise more than £3,000 for the Whitechapel Centre.

Eleven staff from Hornby Bridge Academy, including site manager Tony Gallagher and deputy headteacher Carys Pritchard-Owen, spent the night in the school yard in sub-zero temperatures.

"Tony brought a flask of scouse which was the best thing that happened all night," Mrs Pritchard-Owen said. "It was bitter. But it's a tiny glimpse of what some of our young people's families go through."

Donations can still be made through the school website.""",
        comments=[("KirkdaleKath", "7 Dec", "Fair play to them, it was Baltic Friday night.")],
    ),
    ("school", "exact", "neutral"),
    ("tgallagher", "exact", "neutral"),
    ("cpritchardowen", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Woman sent anti-Polish abuse to school attendance officer, court hears",
        "Court Reporter",
        "Tuesday, 10 September 2024",
        """A woman who sent a school attendance officer messages telling her to "go back to Poland and fine your own" has been given a community order.

Leanne Tasker, 38, of Bootle, admitted sending grossly offensive messages to Agnieszka Wójcik, who works at Hornby Bridge Academy, after receiving a penalty notice for her daughter's unauthorised absence.

The court heard Tasker sent eight Facebook messages over two evenings, several of which referred to Mrs Wójcik's nationality and one of which called her a "parasite".

Prosecutor Emma Lloyd said Mrs Wójcik, who has lived in Liverpool for 16 years, had been "deeply upset" and had considered leaving her job.

Tasker was ordered to complete 120 hours of unpaid work and pay £300 compensation. The messages were racially aggravated, the magistrates found.""",
        comments=[
            ("BootleBorn", "10 Sep", "Shameful. Aga has helped half the mums in our street."),
            (
                "Fair_Play_L20",
                "10 Sep",
                "Fines for term time holidays are a scandal but that doesn't excuse this.",
            ),
        ],
    ),
    ("awojcik", "exact", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "news",
    official(
        "Sefton Council — Committee papers",
        ["Council and democracy", "Licensing Sub-Committee", "Minutes"],
        "Licensing Sub-Committee (Highways), 11 June 2024 — Minutes",
        """## 7. Application for scaffold licence renewal — HBA Scaffolding Ltd, Derby Road, Bootle

The Sub-Committee considered an application from HBA Scaffolding Ltd for renewal of its annual scaffold and hoarding licence covering sites in Bootle and Litherland.

Members noted two complaints from residents of Strand Road about scaffolding left in place for several weeks after works had finished, and one incident in which a pedestrian was struck by a falling pole.

The applicant's director, Mr H. Bannister, apologised and said the company had introduced a new inspection log.

RESOLVED that the licence be renewed for six months only, subject to monthly inspection reports being submitted to the Highways team.""",
        "Sefton Council (invented for test purposes). Bootle Town Hall, Oriel Road. Democratic Services 0151 496 0900.",
    ),
)

add(
    "news",
    news(
        "herald",
        "Walton academy staff among Pride of Liverpool award winners",
        "Features Desk",
        "Saturday, 23 November 2024",
        """Two members of staff from a Walton pupil referral academy were among the winners at this year's Pride of Liverpool awards.

Hodan Jama, a family support worker at Hornby Bridge Academy, won the Community Champion award for setting up a food and uniform bank used by more than 200 families in Walton and Anfield.

Her colleague Abdirahman Warsame, the academy's pastoral lead, was highly commended in the Youth Worker of the Year category for his Friday-night five-a-side sessions.

Accepting the award, Ms Jama said: "Nobody does this alone. Our families are the proudest people you'll meet, and all we do is make it easier to say yes to help." """,
        comments=[("Walton_Unity", "23 Nov", "Hodan is a legend. Deserved ❤️")],
    ),
    ("hjama", "exact", "neutral"),
    ("awarsame", "exact", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "apweekly",
        "'Off-rolling by the back door': councils accused of overusing AP",
        "Hannah Ferris",
        "19 January 2024",
        """Pupils in some areas are being moved into alternative provision at three times the rate of a decade ago, according to new analysis, prompting claims that mainstream schools are using AP to "off-roll by the back door".

In Liverpool, the number of commissioned AP places has risen by 40 per cent since 2019. One north Liverpool academy, Hornby Bridge, now has a waiting list for the first time in its history.

Campaigners have criticised the academy for accepting pupils on so-called "managed moves" that parents say were presented as a choice between moving and permanent exclusion. "HBA is a decent place, but it's become a holding pen," said one parent. "There's no plan to get kids back into mainstream. They go in at 12 and they're there till they leave."

The academy's trust, Mersey Beacon, said reintegration was "always the goal where it's right for the child" but that mainstream places were "in short supply".""",
        comments=[
            (
                "SENCo_Sefton",
                "20 Jan",
                "'Holding pen' is harsh but the reintegration stats across the region are dire.",
            )
        ],
    ),
    ("school", "alias", "negative"),
)

add(
    "news",
    news(
        "herald",
        "From exclusion to executive chef: the Walton lad running a Michelin kitchen",
        "Features Desk",
        "Sunday, 8 September 2024",
        """At 14, Jordan Fearon had been kicked out of two schools and was, in his words, "a little scrote". At 31, he runs the kitchen at one of Manchester's most talked-about restaurants.

The turning point, he says, was a small pupil referral unit in Walton — back then it was still called the Spellow Tuition Centre, before it became an academy.

"There was an English teacher, Mr O'Rourke, who made me read Kitchen Confidential because it had swearing in it," he laughs. "He was strict. He didn't let you get away with anything. But he was fair, and he never once gave up on me."

Fearon returned to his old school — now Hornby Bridge Academy — last month to cook lunch for the pupils.""",
        comments=[
            (
                "Spellow_Old_Boy",
                "8 Sep",
                "Spellow Tuition Centre!! Mr O'Rourke used to do Shakespeare with a football. Legend.",
            ),
        ],
        section="Features",
    ),
    ("school", "exact", "neutral"),
    ("lorourke", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Teacher faces misconduct hearing over claims he was drunk in class",
        "Education Reporter",
        "Monday, 25 November 2024",
        """An English teacher at a Walton pupil referral academy is facing a professional conduct panel over allegations that he taught lessons while under the influence of alcohol.

Liam O'Rourke, who has taught at Hornby Bridge Academy for more than ten years, is also accused of failing to follow safeguarding procedures on one occasion in 2023, according to a notice published by the Teaching Regulation Agency.

The hearing, in Coventry, is expected to last four days. Mr O'Rourke is expected to deny the allegations.

The Mersey Beacon Learning Trust said the teacher "has not been in school since the allegations were made" and that it was co-operating fully.""",
        comments=[
            (
                "EnglishTeacherNW",
                "25 Nov",
                "Naming before the hearing has even happened is grim. Wait for the outcome.",
            ),
            ("MumInL9", "25 Nov", "Always thought he looked rough on a Monday ngl"),
        ],
    ),
    ("lorourke", "exact", "defamation"),
    ("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Police probe online threats against Walton school after viral clip",
        "Bernie Molyneux, Education Reporter",
        "Thursday, 14 November 2024",
        """Police are investigating threats posted online against a Walton pupil referral academy after a video of a pupil being restrained was shared thousands of times.

The clip, filmed on a phone in a corridor at Hornby Bridge Academy, shows two adults guiding a struggling teenager towards a door. It has been viewed more than 400,000 times on TikTok.

Comments beneath the video included calls to "burn the place down" and posts naming staff. The Mersey Beacon Learning Trust said it had asked platforms to remove posts that identified employees and had reported "credible threats" to Merseyside Police.

"We understand why the clip is upsetting to watch out of context," a spokesperson said. "We would ask people not to share it further and not to speculate about named individuals."

Merseyside Police said: "We are aware of a number of concerning comments and are making enquiries." """,
        comments=[
            (
                "L4_Dad",
                "14 Nov",
                "Watched it. Looked like they were stopping him getting hurt tbh.",
            ),
            (
                "Anonymous",
                "14 Nov",
                "Whoever's posting threats about burning a school with kids in it needs locking up.",
            ),
        ],
    ),
    ("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Hornby Arms back in business after County Road fire",
        "Nightlife Reporter",
        "Friday, 16 August 2024",
        """The Hornby Arms on County Road reopens its doors on Saturday, eight months after a chip-pan fire gutted the kitchen and the back bar.

Landlady Joanne Tyrer said regulars had kept the pub going with fundraisers in the Conservative club across the road. "We'd have been finished without them. First pint's on me for anyone who chipped in."

The Victorian boozer, a pre-match favourite with Evertonians walking up to Goodison, has had a new kitchen fitted and will be serving its famous pie and peas on match days again.""",
        comments=[("GwladysStreetGaz", "16 Aug", "Best pint on County Road. See yous Saturday.")],
        section="Nights Out",
    ),
)

add(
    "news",
    news(
        "bwtimes",
        "Bootle solicitor retires after 40 years",
        "Staff Reporter",
        "Thursday, 18 April 2024",
        """Declan Kelly, the Stanley Road solicitor who has represented thousands of Bootle families in housing and criminal cases, has retired after 40 years in practice.

Mr Kelly, 68, qualified in 1984 and set up his own firm above a bookies in 1991. He was known for his legal aid work and for never turning away a client who couldn't pay.

"I've seen three generations of some families," he said. "I did the granddad's drink-drive, the dad's tenancy and the grandson's youth court. That's Bootle."

The firm will continue under his former trainee, Siobhan Leary.""",
        comments=[
            (
                "Bootle_Born_Bred",
                "18 Apr",
                "Declan got my brother off a charge he didn't do in 1995. Legend of a man.",
            )
        ],
    ),
)

add(
    "news",
    news(
        "herald",
        "Everton physio Tony Gallagher to leave after 19 years",
        "Everton Reporter",
        "Wednesday, 29 May 2024",
        """Everton's long-serving first-team physiotherapist Tony Gallagher is to leave the club this summer after 19 years.

Gallagher, who has worked under eight managers, was a familiar figure sprinting on to the Goodison pitch with his bag. He is expected to join a Championship club.

"Tony is part of the furniture," one former captain said. "You'd go down, look up, and there's Gally with that face that says 'you're not hurt, get up'." """,
        comments=[
            (
                "Toffee_Tom",
                "29 May",
                "Gally! End of an era. Never seen a man run so fast with a bag.",
            )
        ],
        section="Everton",
    ),
)

add(
    "news",
    news(
        "bwtimes",
        "Teachers' cars vandalised and 'hit list' sprayed on school wall",
        "Staff Reporter",
        "Thursday, 23 May 2024",
        """Three cars belonging to staff at a Walton pupil referral academy had their tyres slashed overnight and a message naming the headteacher was sprayed on a perimeter wall.

The graffiti at Hornby Bridge Academy read "KELLY YOUR NEXT" and was painted out by the school's site team before pupils arrived on Monday.

Merseyside Police said they were treating the incident as criminal damage and were reviewing CCTV from nearby businesses.

Headteacher Declan Kelly said: "It's upsetting for staff, but it won't change how we work with our young people. Our community is better than this." """,
        comments=[
            (
                "WaltonVale_Wendy",
                "23 May",
                "Hope they catch whoever did it. Staff there don't deserve that.",
            )
        ],
    ),
    ("dkelly", "exact", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "news",
    official(
        "School Inspection Reports",
        ["Find an inspection report", "Hornby Bridge Academy", "Full inspection"],
        "Hornby Bridge Academy — Inspection report summary",
        """## Overall effectiveness: Requires improvement

## What is it like to attend this school?

Many pupils arrive at Hornby Bridge Academy after difficult experiences in other schools. Most say that staff care about them. However, too many pupils do not attend often enough, and some pupils spend much of the week on reduced timetables without a clear plan for returning to full-time education.

Behaviour in lessons is often calm, but there are times when learning is disrupted and staff do not consistently apply the school's behaviour policy. Some pupils told inspectors that bullying is not always dealt with quickly.

## What does the school need to do to improve?

- Leaders must ensure that the use of part-time timetables is reduced, time-limited and recorded accurately.
- Leaders should ensure the curriculum in subjects other than English and mathematics is well planned.
- The trust should ensure that governors hold leaders to account for the attendance of disadvantaged pupils.

Headteacher: Declan Kelly. Trust: Mersey Beacon Learning Trust. Age range 11 to 16. Number of pupils on roll: 87.""",
        "Published under the Open Government Licence (invented). This is a summary; the full report is available to download.",
    ),
    ("school", "exact", "negative"),
    ("dkelly", "exact", "neutral"),
)

add(
    "news",
    official(
        "Liverpool City Council — Democracy",
        ["Committees", "Schools Forum", "Minutes"],
        "Schools Forum — High Needs Block: AP commissioning 2025/26 (extract)",
        """## Item 6: High Needs Block — alternative provision

Members considered the proposed AP commissioning plan for 2025/26. Commissioned places are set out in Appendix C: Hornby Bridge Academy (HBA), 60 places at £19,000; Croxteth Vale Centre, 40 places; Everton Road Hub, 24 places.

M. Donnelly (School Business Manager, HBA) asked whether the place value would be uplifted in line with the teachers' pay award, since the academy's staffing costs had risen 6.5 per cent.

The Head of School Finance said this would be modelled and brought back in January.

Members agreed to note the plan.""",
        "Liverpool City Council (invented). Papers are published under the Local Government (Access to Information) Act.",
    ),
    ("school", "exact", "neutral"),
    ("mdonnelly", "initial_surname", "neutral"),
)

add(
    "news",
    official(
        "Teach North West — school jobs",
        ["Jobs", "Liverpool", "Support staff"],
        "Family Support Worker (term time + 2 weeks) — Hornby Bridge Academy",
        """Do you know Walton, Anfield and Bootle like the back of your hand? Can you sit in a kitchen with a parent who has had enough of schools and leave with a plan?

We are expanding our family support team and want someone to work alongside Hodan Jama, our family support worker, and Agnieszka Wójcik, our attendance and family liaison officer. Speaking Polish, Somali, Arabic or Romanian would be a bonus but is not essential.

Grade: Scale 5, SCP 12–17, pro rata. Car driver with business insurance desirable.

Informal enquiries to the school office: 0151 496 0419.

This role involves regular contact with children and is subject to an enhanced DBS check with barred list.""",
        "Teach North West (invented).",
    ),
    ("school", "exact", "neutral"),
    ("hjama", "exact", "neutral"),
    ("awojcik", "exact", "neutral"),
)

add(
    "news",
    news(
        "bwtimes",
        "LETTERS: Fines won't fix why our kids aren't in school",
        "Readers' letters",
        "Thursday, 16 January 2025",
        """Sir — I am writing about the attendance fines being handed out by Hornby Bridge Academy. My son has anxiety and a diagnosis the school has had in writing since Year 7. Last month I got a letter from Mrs Wójcik, the attendance officer, telling me I would be fined £80 because he missed eleven days.

I rang and asked for a meeting. I was told she "doesn't do meetings about fines". I emailed the school twice and got nothing back.

I am not against schools chasing attendance. But a school that exists for kids who have struggled everywhere else should know better than to treat a frightened lad like a truant. The school promises on its own website to "work with families, not against them". It doesn't feel like it from where I'm sitting.

Name and address supplied, Orrell Park""",
        comments=[
            (
                "Gran_of_Six",
                "16 Jan",
                "Same thing happened to my daughter. A phone call would have done more than a fine.",
            ),
            ("Realist_L20", "16 Jan", "Rules are rules. Every parent has a reason."),
        ],
        section="Letters",
    ),
    ("school", "exact", "negative"),
    ("awojcik", "title_surname", "negative"),
)

add(
    "news",
    news(
        "herald",
        "Parents angry after video of pupils taunting maths teacher goes viral",
        "Bernie Molyneux, Education Reporter",
        "Friday, 7 February 2025",
        """Parents have criticised a Walton academy's response after a video showing pupils mocking a teacher with racist taunts was shared widely on social media.

The 40-second clip, filmed in a classroom at Hornby Bridge Academy, shows a group of pupils making slurs about the Chinese heritage of maths teacher Kit Cheung as he tries to continue the lesson. Mr Cheung does not react.

Several parents told the Herald the school took four days to send a letter home and that pupils involved had been back in lessons the next day.

"If that was any other kind of abuse there'd be uproar," said one mum. "That man stood there and took it. The school should have come down like a tonne of bricks."

The trust said pupils involved had been "dealt with in line with our behaviour policy" and that it had offered Mr Cheung "every support". It asked people not to share the video.""",
        comments=[
            (
                "LiverpoolTogether",
                "7 Feb",
                "Racism against East Asian people gets laughed off far too often. Respect to Mr Cheung for his dignity.",
            ),
            ("Kevo_L4", "7 Feb", "The kids are in a PRU for a reason, what did people expect"),
        ],
    ),
    ("school", "exact", "negative"),
    ("kcheung", "exact", "neutral"),
)

add(
    "news",
    news(
        "apweekly",
        "Walton AP head moves to trust role as deputy steps up",
        "News Desk",
        "12 July 2024",
        """Declan Kelly, headteacher of Hornby Bridge Academy in Liverpool since 2018, will become director of inclusion across the Mersey Beacon Learning Trust from September.

His deputy, Carys Pritchard-Owen, will lead the academy as head of school. Originally from Caernarfon, she trained as an English teacher in Bangor and has worked in Merseyside AP for twelve years, the last five as Hornby Bridge's designated safeguarding lead.

Mrs Pritchard-Owen said: "I've been in rooms with our young people on their worst days. I want them to see what their best days look like." """,
        comments=[("DSL_Network_NW", "12 Jul", "Congrats Carys! Well deserved.")],
        section="Leadership",
    ),
    ("dkelly", "exact", "neutral"),
    ("cpritchardowen", "exact", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "radio",
        "Bootle man guilty of sending anti-Muslim abuse to school worker",
        "Merseywave Newsroom",
        "Tuesday 22 October 2024",
        """A Bootle man has been found guilty of sending a series of anti-Muslim messages to a family support worker at a Walton school.

Craig Wilde, 45, denied the charge but was convicted after a trial at Liverpool Magistrates' Court. The court heard he sent voicemails and Facebook messages to Hodan Jama of Hornby Bridge Academy after she visited his partner's home about their son's attendance.

The messages mocked her hijab and told her she "didn't belong" in the city. Magistrates said they were satisfied the offence was motivated by hostility towards her religion.

Wilde will be sentenced next month.""",
        comments=[("Bootle_Voice", "22 Oct", "Good. Hodan is the kindest woman going.")],
    ),
    ("hjama", "exact", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "scousepost",
        "Sir, Miss, Gally: 11 Walton school staff who sorted us out",
        "Scouse Post readers",
        "1 September 2024",
        """We asked yous to tell us about the staff who made a difference. The inbox melted. Here are some of our favourites.

## 1. "Gally" the caretaker, Hornby Bridge Academy

"Tony Gallagher fixed my bike in his hut every week for a year because I kept crashing it into the bins. Never told me off once. Told me I'd be a mechanic. I am now." — Liam, 24

## 2. Miss P, the art lady

"Fidelma Przybylska let me paint when I couldn't talk. I don't know where I'd be." — anon

## 3. The dinner lady at St Francis de Sales

"She gave me seconds every single day. I was starving at home. She knew." — Kirsty, 30

## 4. Mr Taylor, Alsop

"Made Shakespeare sound like the Sunday league. Absolute boss." — Gaz, 41""",
        comments=[
            (
                "ex_hornby_pupil",
                "1 Sep",
                "Gally!!! Best fella in that whole school, bloody legend.",
            ),
            ("WaltonWendy", "2 Sep", "Crying at the dinner lady one."),
        ],
        section="Features",
    ),
    ("tgallagher", "exact", "neutral"),
    ("school", "exact", "neutral"),
    ("fprzybylska", "exact", "neutral"),
)

add(
    "news",
    news(
        "scousepost",
        "OPINION: Meet the attendance police — coming to a doorstep near you",
        "Kelly-Ann Roscoe",
        "3 February 2025",
        """There's a knock at the door at 8.50am. You've a kid with a temperature in bed and a toddler eating Weetabix off the floor. On the step: a lanyard, a clipboard and a face like a smacked arse.

Welcome to the world of Agnieszka Wójcik, family liaison officer — I'm not making that title up — at Hornby Bridge Academy in Walton. Half the mums in L4 have had the pleasure.

Aga, as she insists you call her while handing you an £80 fine, is a jobsworth of the highest order, a woman who'd issue a penalty notice to a hearse. She is a clipboard with legs. She is the human equivalent of a parking warden who enjoys it.

I don't blame her entirely. The government wants numbers, and schools like Hornby Bridge are desperate for them. But somebody in that building should be asking whether sending a bloodhound round to families already on their knees is helping anyone.

Kelly-Ann Roscoe is a mum of three and a regular contributor.""",
        comments=[
            ("MumOf3_Bootle", "3 Feb", "'A clipboard with legs' 😭😭"),
            (
                "AttendanceWorker",
                "3 Feb",
                "This is vile and personal. She's doing a job she didn't design. Shame on the Post for printing it.",
            ),
        ],
        section="Opinion",
    ),
    ("awojcik", "exact", "abuse"),
    ("school", "exact", "negative"),
)

add(
    "news",
    news(
        "apweekly",
        "Staff at Liverpool AP academy vote for strike over violence",
        "Hannah Ferris",
        "21 March 2025",
        """Teachers and support staff at Hornby Bridge Academy in Walton have voted overwhelmingly for strike action over what their union calls "unmanaged violence" against staff.

The NEU said 92 per cent of members who voted backed action, on a turnout of 81 per cent. It claims there have been 46 recorded assaults on staff this academic year.

Workplace rep Kit Cheung said: "We love these kids. Nobody here wants to strike. But we've had colleagues off with broken fingers and concussion, and the trust's answer is another training day on de-escalation."

The Mersey Beacon Learning Trust said it was "disappointed" and that it had already committed to two extra behaviour staff from September.""",
        comments=[("AP_TA_Manchester", "21 Mar", "Solidarity from Manchester. Same story here.")],
    ),
    ("school", "exact", "negative"),
    ("kcheung", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Teenager admits threatening to stab teacher in Snapchat video",
        "Court Reporter",
        "Wednesday, 30 October 2024",
        """A 17-year-old who posted a Snapchat video threatening to stab a former teacher has been given a youth referral order.

The boy, who cannot be named because of his age, filmed himself holding a kitchen knife and saying he would "open up" his old English teacher, whom he named, at the Walton pupil referral academy he had attended.

Liverpool Youth Court heard the teacher, Liam O'Rourke of Hornby Bridge Academy, was shown the video by a pupil and was "shaken".

The boy's solicitor said he had been drinking and had no intention of carrying out the threat. He had written a letter of apology.""",
        comments=[("Merseyside_Mum", "30 Oct", "Kids think Snapchat isn't real life. It is.")],
    ),
    ("lorourke", "exact", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "bwtimes",
        "Mum's fury after autistic son 'lost' by school for three hours",
        "Sian Parry",
        "Thursday, 17 October 2024",
        """A Bootle mum says she was left "frantic" after her autistic son walked out of Hornby Bridge Academy and nobody told her for almost three hours.

Danielle Crompton's son Kai, 12, left the Walton site through an unlocked side gate during morning break. He was eventually found by a member of staff at Walton Vale shops.

"Nobody rang me. I found out because a neighbour saw him crying outside Greggs," Danielle said. "I want to know how a school for vulnerable kids has a gate you can just walk out of."

She praised family support worker Hodan Jama, who she said drove around for an hour looking for Kai. "Mrs Jama was the only one who treated it like an emergency."

The academy said it had reviewed its procedures and that the gate had since been fitted with a new lock.""",
        comments=[("BootleMumsUnite", "17 Oct", "Disgraceful. Thank god for Hodan.")],
    ),
    ("school", "exact", "negative"),
    ("hjama", "exact", "neutral"),
)

add(
    "news",
    news(
        "radio",
        "Hornets win HBA North West title in overtime thriller",
        "Merseywave Sport",
        "Sunday 16 March 2025",
        """Liverpool Hornets are Heritage Basketball Association North West champions after an overtime win over Wirral Wolves at the Greenbank Sports Academy.

Point guard Tayo Bankole scored 31 points including the go-ahead three-pointer with 20 seconds left in overtime.

The Hornets will now face the HBA Midlands winners for a place in the national finals in April.""",
        comments=[("HoopsScouse", "16 Mar", "Bankole is a different animal!")],
        section="Sport",
    ),
)

add(
    "news",
    news(
        "herald",
        "Diabetes: what your HbA1c number actually means",
        "Health Reporter",
        "Monday, 3 June 2024",
        """If you've been told your HbA1c is "a bit high", you're not alone: one in three adults in Merseyside has a reading in the pre-diabetes range, according to NHS figures.

HbA1c (sometimes written HBA1C) measures the average amount of sugar in your blood over the past two to three months. A reading between 42 and 47 mmol/mol suggests pre-diabetes.

Dr Anjali Menon, a GP in Bootle, said: "The good news is that at this stage it's often reversible. Small changes — swapping fizzy drinks, a daily walk — make a real difference." """,
        comments=[
            (
                "Sugar_Free_Sue",
                "3 Jun",
                "Got mine down from 46 to 39 with walking round Rimrose Valley. You can do it.",
            )
        ],
        section="Health",
    ),
)

add(
    "news",
    news(
        "radio",
        "Walton school in lockdown after man seen with machete",
        "Merseywave Newsroom",
        "Thursday 6 February 2025",
        """Pupils at a Walton academy were kept inside for more than an hour on Thursday afternoon after reports of a man carrying a machete nearby.

Police were called to Cinderford Street shortly after 1pm. Hornby Bridge Academy put its lockdown procedure in place and parents were told by text not to come to the school.

A 29-year-old man was arrested on suspicion of possession of a bladed article in a public place. Police said there was no evidence the school had been targeted.

Head of school Carys Pritchard-Owen thanked staff and pupils "for staying calm and following instructions brilliantly". """,
        comments=[("L9_Lad", "6 Feb", "Scary stuff. Well done to the staff.")],
    ),
    ("school", "exact", "neutral"),
    ("cpritchardowen", "exact", "neutral"),
)

# =========================================================================== FORUM

add(
    "forum",
    forum(
        "terrace",
        "Asante — permanent deal or not?",
        [
            (
                "BlueBlood_1878",
                "Sat 9 Nov, 18:02",
                "That goal today. Asante's got more in his locker than half our U21s. Surprised nobody's gone back in for him after the loan.",
            ),
            (
                "Bellefield_Bob",
                "Sat 9 Nov, 18:15",
                "Pace to burn, end product of a Tesco trolley. One good strike doesn't make a player la.",
            ),
            (
                "ToffeeInExile",
                "Sat 9 Nov, 18:40",
                "He's 22. Give him a chance. Kwame Asante at Marine > half the lads we've bought for £20m tbh",
            ),
            (
                "Bellefield_Bob",
                "Sat 9 Nov, 19:01",
                "Fair. I'd take him back for the cups. Just don't start him at Anfield for god's sake 😂",
            ),
        ],
        board="The Academy & Loans",
    ),
)

add(
    "forum",
    forum(
        "koptalk",
        "O'Rourke again. Every. Single. Week.",
        [
            (
                "RedAllOver96",
                "Sun 21 Jan, 17:44",
                "Sunday league ref at Stanley Park today, O'Rourke, absolute disgrace. Two red cards for breathing. Someone wants to wait for that fella by his van.",
            ),
            (
                "YNWA_Jay",
                "Sun 21 Jan, 17:52",
                "Oi. Heard what happened to him after the final whistle. Not funny la, bloke needed stitches.",
            ),
            ("RedAllOver96", "Sun 21 Jan, 18:03", "Wasn't being literal. Still a shit ref."),
            (
                "Mod_Kopite",
                "Sun 21 Jan, 18:10",
                "Post above has been edited. Threats against refs, even grassroots ones, get you banned. Last warning.",
            ),
        ],
        board="Grassroots & Non-League",
    ),
)

add(
    "forum",
    forum(
        "koptalk",
        "Their physio has the fastest legs at Goodison",
        [
            (
                "ScouseRed88",
                "Wed 29 May, 12:10",
                "Gallagher leaving Everton lol. Only fella at that club who could run for 90 minutes.",
            ),
            (
                "Fowler_God",
                "Wed 29 May, 12:22",
                "Tony Gallagher had more appearances on the pitch than Dele did. Credit where it's due 😂",
            ),
            (
                "kop_end_kath",
                "Wed 29 May, 12:40",
                "Be fair he's a decent physio, our lot tried to sign him years ago apparently.",
            ),
        ],
        board="Banter",
    ),
)

add(
    "forum",
    forum(
        "terrace",
        "Anyone's kid go to Hornby Bridge?",
        [
            (
                "GwladysGirl",
                "Tue 14 May, 21:12",
                "Our kid's lad has been told he's being moved there after his final warning at his secondary. Anyone got experience? Is it all scallies? Is he gonna come out worse? Panicking a bit tbh",
            ),
            (
                "Dixie_60",
                "Tue 14 May, 21:30",
                "My youngest went for 2 years. Mixed bag. Mr Asante the PE fella is boss, he got our lad into boxing and he actually wanted to go in on a Tuesday. The teaching was hit and miss and the communication is shocking. Ring them and you'll be waiting till Christmas.",
            ),
            (
                "Labby_Blue",
                "Tue 14 May, 21:41",
                "Head there is a spineless weasel. That Kelly is all mission statements and nothing behind it. Couldn't organise a piss up in the Hornby Arms.",
            ),
            (
                "GwladysGirl",
                "Tue 14 May, 21:55",
                "Ha that's reassuring 😬 what's the pastoral like?",
            ),
            (
                "Mrs_T_L4",
                "Tue 14 May, 22:20",
                "Ask for Hodan Jamah on the family team. She's the one who actually gets things done for families. She'll have his back.",
            ),
            (
                "Dixie_60",
                "Tue 14 May, 22:31",
                "^ this. Honestly he'll be alright. It's not the hellhole people make it out to be, just badly run.",
            ),
        ],
    ),
    ("school", "alias", "negative"),
    ("kasante", "title_surname", "neutral"),
    ("dkelly", "surname_only", "abuse"),
    ("hjama", "typo", "neutral"),
)

add(
    "forum",
    forum(
        "parentpost",
        "Not sure if I'm overreacting about DD's teacher — long, sorry",
        [
            (
                "WorriedMumL9",
                "Mon 3 Feb, 23:41",
                """Bit of background. DD is 14 and has been at Hornby Bridge Academy since Year 8 after a really rough time at her last school. She's doing so much better and she loves her drama teacher, Mr O'Rourke, who I'll admit has been amazing with her confidence.

But. Over the last month I've noticed she's on her phone really late and when I come in she flips it over. Last night I looked (I know, I know) and there's a Snapchat conversation with him going back weeks. Nothing explicit that I could see but he tells her she's "way more grown up than the rest of them", that she can "always come to him, not the others", and twice he's said "this stays between us ok". Messages at 11pm, midnight. He's offered to give her a lift home after rehearsals "so you don't have to get the 68".

When I asked her about it she cried and said I was going to "ruin everything" and that he's the only one who gets her.

I don't want to be that mum who wrecks a good relationship but something in my stomach says this isn't right. AIBU?""",
            ),
            (
                "Pinot_and_Patience",
                "Tue 4 Feb, 00:02",
                "You are NOT being unreasonable. Screenshot everything now before it disappears. A teacher should not be on Snapchat with a pupil, full stop, let alone 'between us'. Please don't confront him.",
            ),
            (
                "ex_DSL_teacher",
                "Tue 4 Feb, 00:15",
                "Former designated safeguarding lead here. Secrecy, flattery about maturity, late-night private contact and offers of lifts are exactly the pattern we are trained to spot. Contact the school's DSL first thing, and if you are not satisfied, ring the LADO at the council. Do not delete anything.",
            ),
            (
                "Namechanged4this",
                "Tue 4 Feb, 07:30",
                "Playing devil's advocate, drama teachers can be a bit over-familiar. Doesn't mean he's done anything. Don't go to Facebook with it.",
            ),
            (
                "Pinot_and_Patience",
                "Tue 4 Feb, 07:44",
                "@Namechanged4this nobody is saying go to Facebook. They're saying go to the people whose job it is. That's exactly what safeguarding is for.",
            ),
            (
                "WorriedMumL9",
                "Tue 4 Feb, 16:20",
                "Update: rang the school, spoke to the deputy. She was brilliant and took it very seriously. Screenshots handed over. Thank you all, I feel sick but I know I did the right thing.",
            ),
        ],
        board="Am I being unreasonable?",
    ),
    ("lorourke", "title_surname", "sexual", True),
    ("school", "exact", "sexual", True),
)

add(
    "forum",
    forum(
        "staffroom",
        "Anyone worked at Hornby Bridge Academy (Liverpool)?",
        [
            (
                "NQT_hopeful_22",
                "12 Mar 2024",
                "Got an interview there next week for an English post. AP is new to me. Any insight into the leadership/culture? Happy to DM.",
            ),
            (
                "BeenThereDoneAP",
                "12 Mar 2024",
                """Worked there 2019-22. Kids were the best bit, honestly. Leadership was the worst bit.

Declan K talks a good game in interviews — restorative this, relational that — but when a colleague was punched, he told her to "reflect on what she could have done differently". Mrs P-O (deputy) ran the place by spreadsheet and you were either in her good books or you weren't. I saw three good people leave in a year.

Go in with your eyes open and ask them what their staff turnover is.""",
            ),
            (
                "CalmCornerTA",
                "13 Mar 2024",
                "Still there. It's got a lot better since Ofsted. Kit Cheung runs the maths department and is the most supportive colleague I've ever had. Don't let one post put you off.",
            ),
            (
                "BeenThereDoneAP",
                "13 Mar 2024",
                "Agree Kit is ace. My issue was never the staff on the ground.",
            ),
            ("NQT_hopeful_22", "13 Mar 2024", "Thank you both, really useful x"),
        ],
        board="Jobseekers",
    ),
    ("school", "exact", "negative"),
    ("dkelly", "first_initial", "negative"),
    ("cpritchardowen", "nickname", "negative"),
    ("kcheung", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "staffroom",
        "AP interview — what do they ask?",
        [
            (
                "Sunny_in_Seaforth",
                "2 Apr 2024",
                "Interview at HBA in Walton on Thursday (teacher of science). Never done an AP interview. Is there a student panel? Do they make you teach a lesson with the actual kids?",
            ),
            (
                "PRU_lifer",
                "2 Apr 2024",
                "Almost certainly a student panel and a taught lesson to 4-6 kids. They care more about how you respond when it goes wrong than whether your plan is perfect. Be yourself, don't be a drill sergeant.",
            ),
            (
                "Sunny_in_Seaforth",
                "5 Apr 2024",
                "Update — got it!! The pastoral lead, Mr Warsami, showed me round and the kids asked me what team I support before anything else 😂 Start in September.",
            ),
        ],
        board="Jobseekers",
    ),
    ("school", "alias", "neutral"),
    ("awarsame", "typo", "neutral"),
)

add(
    "forum",
    forum(
        "terrace",
        "Teachers who grass you up to social services",
        [
            (
                "L4_Lad_Forever",
                "Thu 21 Nov, 22:10",
                "Head at Hornby rang social on my sister because our nephew came in with a bruise FROM FOOTBALL. Now she's got a social worker up her arse for 6 months. Who do these people think they are",
            ),
            (
                "BlueNoseBez",
                "Thu 21 Nov, 22:25",
                "That's their job la. If they didn't ring and something happened you'd be screaming the other way.",
            ),
            (
                "L4_Lad_Forever",
                "Thu 21 Nov, 22:31",
                "Kelly lives on Tarnway Close in Orrell Park btw. Number 14, silver Kuga on the drive. Funny how he's happy poking round in everyone else's family.",
            ),
            (
                "Mod_Terrace",
                "Thu 21 Nov, 22:40",
                "Post edited and user suspended. Do NOT post people's addresses on here. We will pass details to the police if asked.",
            ),
            ("BlueNoseBez", "Thu 21 Nov, 22:44", "Good. Out of order that."),
        ],
    ),
    ("dkelly", "surname_only", "doxxing"),
    ("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "parentpost",
        "DD moving to a PRU — honest experiences please",
        [
            (
                "ShellyBelly_Bootle",
                "Wed 11 Sep, 19:03",
                "DD (13) is being moved to Hornby Bridge Academy after a managed move fell through. I'm devastated, I feel like I've failed her. Has anyone's child been there?",
            ),
            (
                "Mum2Twins_L20",
                "Wed 11 Sep, 19:20",
                """DS went in Year 9. I felt exactly like you. Honestly, best thing that happened. Small classes, they eat breakfast together, and someone rings you if something good happens not just bad.

Hodan Jama, the family support worker, is a godsend. She came to ours for a brew and sorted his bus pass and his uniform in one visit. And Abdi (Mr Warsame) runs football on a Friday that DS would walk over hot coals for.""",
            ),
            (
                "ShellyBelly_Bootle",
                "Wed 11 Sep, 19:35",
                "That's made me feel so much better. Thank you x",
            ),
            (
                "GrumpyGran",
                "Wed 11 Sep, 20:02",
                "Ours didn't go as well, the teaching wasn't challenging enough for my grandson and he got bored. But the staff were kind. Go and visit and ask lots of questions.",
            ),
        ],
        board="Secondary education",
    ),
    ("school", "exact", "neutral"),
    ("hjama", "exact", "neutral"),
    ("awarsame", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "rails",
        "Hornby Class 08 shunter — DCC chip won't fit?",
        [
            (
                "OO_Gauge_Gordon",
                "14 Feb 2024",
                "Picked up a second-hand Hornby 08 at the Bootle swapmeet. 8-pin socket but the chip fouls the body. Anyone had this?",
            ),
            (
                "Lune_Valley_Lines",
                "14 Feb 2024",
                "The older Hornby 08s (R2784 era) have the socket under a weight. You need a harness-type chip, not a direct plug. Bachmann ones drop straight in by comparison.",
            ),
            (
                "OO_Gauge_Gordon",
                "15 Feb 2024",
                "Cheers, swapped for a harness decoder and she's running sweet now 👍",
            ),
        ],
        board="OO Gauge",
    ),
)

add(
    "forum",
    forum(
        "threadit",
        "Why is Hornby Road ALWAYS gridlocked at 5?",
        [
            (
                "u/bootle_commuter",
                "3d",
                "Every single evening from the Rice Lane lights past the jail. Is it the prison visits? Roadworks? I'm losing my mind",
            ),
            (
                "u/scouse_in_a_fiesta",
                "3d",
                "Shift change at HMP Liverpool plus the school run plus Aintree traffic. Go via Queens Drive.",
            ),
            ("u/kirkdale_kev", "3d", "Cut through Walton Vale, thank me later"),
        ],
        board="r/Liverpool",
    ),
)

add(
    "forum",
    forum(
        "threadit",
        "Is it true a caretaker at a Walton school was at the riots?",
        [
            (
                "u/anfield_anon",
                "5d",
                "Someone in my group chat says the caretaker at Hornby Bridge, Gallagher, was filmed at the Southport riot chucking bricks and still works there round kids. Anyone know if that's legit?",
            ),
            (
                "u/merseymod_not",
                "5d",
                "Source: trust me bro. Don't spread that without evidence, it's a specific accusation about a named person.",
            ),
            (
                "u/anfield_anon",
                "5d",
                "It's all over TikTok that he's a Britain First lad, shares their stuff, and the school know and won't do anything",
            ),
            (
                "u/L9_throwaway",
                "5d",
                "My cousin works there. He's a soft arl fella who fixes the kids' bikes. This is how a pile-on starts.",
            ),
            (
                "u/evertonian_ella",
                "5d",
                "If there's footage the bizzies will have it. Otherwise shut up.",
            ),
        ],
        board="r/Liverpool",
    ),
    ("tgallagher", "surname_only", "defamation"),
    ("school", "alias", "negative"),
)

add(
    "forum",
    forum(
        "staffroom",
        "Head and deputy — open secret, nobody says anything",
        [
            (
                "Throwaway_AP_Walton",
                "8 Jun 2024",
                """Not naming the school but anyone in Walton AP will know. Head and deputy both married, both "working late" three nights a week. Declan K's car outside her house before 7am more than once. Everyone on staff knows. Meanwhile the rest of us get hauled in for being 5 minutes late.

Just need to vent. How do you work under leaders who are clearly shagging and making decisions to protect each other?""",
            ),
            (
                "UnionRep_NW",
                "8 Jun 2024",
                "If it's affecting decisions (appraisals, discipline) that's a governance issue and you should raise it with the trust. If it's just gossip, it's none of anyone's business and could get you in real trouble.",
            ),
            (
                "KS3_Lead",
                "9 Jun 2024",
                "Half of staffrooms have a rumour like this. Mostly untrue. Be careful.",
            ),
        ],
        board="Workplace dilemmas",
    ),
    ("dkelly", "first_initial", "sexual"),
)

add(
    "forum",
    forum(
        "koptalk",
        "Best teacher you ever had? (off topic)",
        [
            (
                "Kopite_Carl",
                "Fri 5 Jan, 20:00",
                "Random one but who was yours? Mine was Mr Hardy at Campion, taught me more about life than maths.",
            ),
            (
                "Walton_Red",
                "Fri 5 Jan, 20:14",
                "Mr O'Rourke at the Spellow Tuition Centre, 2008. I was a nightmare. He was strict but fair, made us do Romeo and Juliet as a gang war on Breeze Hill. Still remember it.",
            ),
            (
                "scouse_sarah",
                "Fri 5 Jan, 20:31",
                "Miss Przybylska! Art therapy at Hornby Bridge. Let me just be quiet when I needed to be. Made up she's still there.",
            ),
            ("Kopite_Carl", "Fri 5 Jan, 20:40", "Love these. Proper boss teachers."),
        ],
        board="Off Topic",
    ),
    ("lorourke", "title_surname", "neutral"),
    ("school", "alias", "neutral"),
    ("fprzybylska", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "terrace",
        "Can't say anything anymore",
        [
            (
                "Real_Walton",
                "Sun 10 Mar, 14:05",
                "Went to parents evening at Hornby Bridge. Head of pastoral is a Somali, family worker is a Somali in a headscarf, translator in the corner. Our lads being taught how to behave by people who can't speak proper English. Warsame or whatever his name is wants sending back where he came from, and the school with him.",
            ),
            (
                "Dixie_60",
                "Sun 10 Mar, 14:20",
                "Mr Warsame was born in Toxteth you melt. He's more Scouse than you.",
            ),
            (
                "BlueNoseBez",
                "Sun 10 Mar, 14:31",
                "Reported. Racist rubbish. That fella was literally attacked in the street last week by someone thinking like you.",
            ),
            (
                "Real_Walton",
                "Sun 10 Mar, 14:44",
                "Free speech. The place is a mosque with a timetable.",
            ),
            ("Mod_Terrace", "Sun 10 Mar, 15:01", "Thread locked. Real_Walton banned."),
        ],
    ),
    ("awarsame", "title_surname", "hate"),
    ("school", "alias", "hate"),
)

add(
    "forum",
    forum(
        "parentpost",
        "Is this normal? DS (15) and his PE/boxing teacher",
        [
            (
                "Anon_worried_mum",
                "Sat 12 Oct, 22:05",
                """I don't know who else to ask. DS is 15 and at a small AP in north Liverpool (Hornby). He's been going to boxing with his PE teacher, Mr Asante, after school and at weekends. Brilliant for his fitness and his temper, I'm not knocking it.

But lately: the teacher picks him up from ours on Saturdays even when there's no session. He's bought him a pair of trainers that cost more than my rent week. They message till gone 1am on a private app, not Snapchat, one I'd never heard of. DS told me "Coach says not to tell you about the trainers cos you'd get jealous". When I said I'd take him to the club myself he went mad and said I'm trying to take the only good thing he's got.

Am I being paranoid because of stuff on the news? Or is this what people mean by grooming?""",
            ),
            (
                "SafeguardingSue",
                "Sat 12 Oct, 22:19",
                "Gifts, secrecy, separating him from you, contact outside any official setting, private apps. Please, please report this to the school's safeguarding lead and the LADO. You're not paranoid; you're paying attention.",
            ),
            (
                "DadOf3_NW",
                "Sat 12 Oct, 22:40",
                "Could be a coach who cares and has bad boundaries. But bad boundaries with a 15 year old IS the problem. Report it and let professionals decide.",
            ),
            (
                "Anon_worried_mum",
                "Sun 13 Oct, 10:02",
                "Thank you. I've rung the NSPCC helpline and I'm going into school on Monday.",
            ),
        ],
        board="Secondary education",
    ),
    ("kasante", "title_surname", "sexual", True),
    ("school", "short_name", "sexual", True),
)

add(
    "forum",
    forum(
        "terrace",
        "Attendance officer from hell",
        [
            (
                "Kirkdale_Karen",
                "Mon 13 Jan, 09:12",
                "Third fine this year. The attendance woman at Hornby Bridge, Agnieszka Wojcick, knocks on my door at 8am like the bailiffs. Even my neighbour's terrified of her.",
            ),
            (
                "Kirkdale_Karen",
                "Mon 13 Jan, 09:15",
                "Her own place is the flat above the launderette btw, flat 2, 41 County Road L4 3XZ, if anyone wants to send her a letter telling her how it feels",
            ),
            (
                "Dixie_60",
                "Mon 13 Jan, 09:40",
                "Delete that. Her address isn't fair game whatever you think of the fines.",
            ),
            (
                "Bellefield_Bob",
                "Mon 13 Jan, 09:55",
                "Karen you'll end up in court la. Not worth it.",
            ),
        ],
    ),
    ("awojcik", "typo", "doxxing"),
    ("school", "alias", "negative"),
)

add(
    "forum",
    forum(
        "parentpost",
        "Sarcasm incoming: our 'outstanding' PRU experience",
        [
            (
                "TiredOfItAll_L4",
                "Tue 19 Nov, 20:11",
                """Oh Hornby Bridge is AMAZING. Truly. They've only lost DS's EHCP paperwork three times this year, which is a personal best. Reviews? Who needs them.

When I went in to ask why his one-to-one hasn't turned up since half term, Mrs Donnelly in the office gave me a lovely shrug and said "funding, love". Fab. Inspired.

Ten out of ten, would be ignored again.""",
            ),
            (
                "SENDwarrior",
                "Tue 19 Nov, 20:30",
                "Put it all in writing and email the LA SEN team too. Paper trail is everything.",
            ),
            ("TiredOfItAll_L4", "Tue 19 Nov, 20:42", "Done. Thanks x"),
        ],
        board="SEN",
    ),
    ("school", "alias", "negative"),
    ("mdonnelly", "title_surname", "negative"),
)

add(
    "forum",
    forum(
        "staffroom",
        "How to support a colleague who's been threatened online?",
        [
            (
                "PE_Dept_HBA",
                "20 Nov 2024",
                """Our PE teacher, K. Asante, has had a horrible week. Someone posted on a local Facebook page that he "better watch his back walking to the car" after a pupil was restrained. It's been screenshotted everywhere. He's putting a brave face on it.

Management at HBA have reported it to the police and the platform. What can the rest of us do? He's the kind of bloke who won't ask for help.""",
            ),
            (
                "UnionRep_NW",
                "20 Nov 2024",
                "Make sure it's logged as a workplace incident. Ask for a risk assessment (car park, walking routes). And just be there — offer to walk out with him for a couple of weeks.",
            ),
            (
                "BehaviourLead_Wigan",
                "21 Nov 2024",
                "Sorry he's going through this. Whoever wrote that should be ashamed.",
            ),
        ],
        board="Behaviour",
    ),
    ("kasante", "initial_surname", "neutral"),
    ("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "Pre-match pubs on County Road?",
        [
            (
                "u/firsttimeatgoodison",
                "1w",
                "Coming up from London for the Villa game. Where's good for a pint near the ground that isn't rammed?",
            ),
            (
                "u/gwladys_street_gaz",
                "1w",
                "Hornby Arms on County Road, pie and peas and a decent pint. Or the Brick if you want it lively.",
            ),
            ("u/toffee_tina", "1w", "Hornby Arms all day. Get there by 1."),
        ],
        board="r/Everton",
    ),
)

add(
    "forum",
    forum(
        "threadit",
        "Any decent AP schools in north Liverpool? (son 13)",
        [
            (
                "u/worried_dad_L9",
                "2w",
                "Son is facing permanent exclusion. LA has mentioned two options. Anyone have experience with Hornby (Walton) or Croxteth Vale?",
            ),
            (
                "u/anfield_mam",
                "2w",
                "Hornby for us. Not perfect but Asante's boxing sessions gave my lad a reason to get up. Staff are mostly sound.",
            ),
            ("u/croxteth_kate", "2w", "Croxteth Vale was fine but it's a trek from Walton."),
        ],
        board="r/Liverpool",
    ),
    ("school", "short_name", "neutral"),
    ("kasante", "possessive", "neutral"),
)

add(
    "forum",
    forum(
        "koptalk",
        "Teachers on the ale (off topic)",
        [
            (
                "Spoons_Spotter",
                "Tue 8 Oct, 15:40",
                "In the Spoons on Walton Vale at 1 in the afternoon. School day. Who's sat at the bar on his fourth pint? The drama teacher from Hornby Bridge. O'Rourke. Swaying. Then he goes back in for period 5 apparently 😂 and they wonder why the kids are wild",
            ),
            ("RedNed", "Tue 8 Oct, 15:52", "Lunchtime pint isn't a crime la"),
            (
                "Spoons_Spotter",
                "Tue 8 Oct, 16:01",
                "Four pints and back in front of kids is. Everyone at that place knows he's got a problem.",
            ),
            (
                "Kopite_Carl",
                "Tue 8 Oct, 16:20",
                "Might've been a PPA afternoon. Careful naming people.",
            ),
        ],
        board="Off Topic",
    ),
    ("lorourke", "surname_only", "defamation"),
    ("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "staffroom",
        "Refused compassionate leave for my nan's funeral",
        [
            (
                "Upset_TA",
                "15 Oct 2024",
                "Asked for a day for my nan's funeral. Told by the head (Mr K) that it's 'not a close enough relative' under trust policy and I can take it unpaid. I've worked at Hornby through two pandemics basically. Feel worthless. Is this normal?",
            ),
            (
                "UnionRep_NW",
                "15 Oct 2024",
                "Sadly it's within policy at a lot of trusts, but most heads use discretion. Speak to your union, and put the request in writing again.",
            ),
            (
                "KindHoD",
                "15 Oct 2024",
                "I'm so sorry for your loss. That's a shabby way to treat someone.",
            ),
        ],
        board="Workplace dilemmas",
    ),
    ("dkelly", "nickname", "negative"),
    ("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "terrace",
        "Boxing club mums (off topic, bit of gossip)",
        [
            (
                "Scouse_Goss",
                "Fri 25 Oct, 23:10",
                "Not saying nothing but the PE teacher from Hornby who does the boxing, Asante, has been seen leaving a certain mum's house on Walton Lane at silly o'clock more than once. Her fella works away. 😏",
            ),
            ("Dixie_60", "Fri 25 Oct, 23:25", "Adults doing adult things. Mind your own."),
            (
                "Scouse_Goss",
                "Fri 25 Oct, 23:30",
                "Just saying what everyone at the club is saying. Gives a whole new meaning to private sessions 🥊🍆",
            ),
        ],
    ),
    ("kasante", "surname_only", "sexual"),
    ("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "Found the art therapist who reported my mate's family",
        [
            (
                "u/l20_throwaway99",
                "1d",
                "Fidelma Przybylska, the one who 'does art therapy' and then writes you up to social services. Lives 7 Moorfield Crescent Crosby L23 9QX, mobile 07700 900356. Tell her what you think of her.",
            ),
            (
                "u/crosby_local",
                "1d",
                "Reported this to the admins. Posting someone's address and number is doxxing and it's illegal harassment.",
            ),
            ("u/modteam", "1d", "Removed. User banned."),
        ],
        board="r/Liverpool",
    ),
    ("fprzybylska", "exact", "doxxing"),
)

add(
    "forum",
    forum(
        "parentpost",
        "Attendance visits - is this allowed?",
        [
            (
                "Busy_Mum_of_4",
                "Thu 30 Jan, 10:12",
                "The attendance lady Mrs W came round again this morning while DD was in bed with a migraine. She was polite enough but stood on the step writing notes. Can they actually just turn up? Feels like being checked up on.",
            ),
            (
                "TeacherMumNW",
                "Thu 30 Jan, 10:30",
                "Yes, home visits are standard when a child is persistently absent. It's usually a welfare check as much as anything. Ask for a meeting to agree a plan.",
            ),
            ("Busy_Mum_of_4", "Thu 30 Jan, 10:45", "Fair enough. Will do."),
        ],
        board="Secondary education",
    ),
)

add(
    "forum",
    forum(
        "parentpost",
        "Shout out to school office staff",
        [
            (
                "GratefulGran_L4",
                "Fri 6 Dec, 14:01",
                "Just want to say Mrs D in the office at Hornby Bridge is a saint. Sorted my grandson's free school meals, found him a coat from the lost property, and rang me back the same day. Office staff are the unsung heroes.",
            ),
            (
                "SchoolOfficeSal",
                "Fri 6 Dec, 14:20",
                "As a school office worker, this made my day 😊",
            ),
        ],
        board="Secondary education",
    ),
    ("mdonnelly", "nickname", "neutral"),
    ("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "Who runs safeguarding at the Walton AP? Need to report something",
        [
            (
                "u/concerned_aunt_L4",
                "4d",
                "Need to report a concern about something I saw online involving a kid at Hornby Bridge Academy. Who's the DSL there? Website's down.",
            ),
            (
                "u/ex_hba_staff",
                "4d",
                "Deputy head, Carys Pritchard Owen (no hyphen on the website for some reason). Or ring the office 0151 496 0418 and ask for the DSL. If you think a kid is in danger, ring 999 or the council's careline.",
            ),
            ("u/concerned_aunt_L4", "4d", "Thank you, ringing now."),
        ],
        board="r/Liverpool",
    ),
    ("cpritchardowen", "hyphenated", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "terrace",
        "Hornby head = clown",
        [
            (
                "Gwladys_Gaz",
                "Wed 15 May, 20:10",
                "Did anyone see the state of Mr Kelly at the parents' forum? Bald little gobshite reading off a PowerPoint. Couldn't answer one question.",
            ),
            ("Labby_Blue", "Wed 15 May, 20:14", "Him with the lanyard 😂 weasel"),
            (
                "Kirkdale_Karen",
                "Wed 15 May, 20:20",
                "Total waste of oxygen that man. Useless, gutless, clueless.",
            ),
            (
                "Dixie_60",
                "Wed 15 May, 20:45",
                "You lot are like a pack of hyenas. Criticise the school by all means but the name-calling is embarrassing.",
            ),
            (
                "Gwladys_Gaz",
                "Wed 15 May, 20:50",
                "Hornby's been run into the ground, someone has to say it",
            ),
        ],
    ),
    ("dkelly", "title_surname", "abuse"),
    ("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "staffroom",
        "NEU rep advice: ballot at an AP",
        [
            (
                "Rep_in_L4",
                "2 Feb 2025",
                "First time running a ballot. Small AP in Walton, about 40 staff. Any tips on turnout? Kit C (our maths lead) has agreed to co-rep which helps, people trust him.",
            ),
            (
                "NEU_NW_Officer",
                "2 Feb 2025",
                "Phone banking, one-to-one conversations, and get a date in the diary for a members' meeting. Small sites often get great turnouts.",
            ),
        ],
        board="Unions",
    ),
    ("kcheung", "first_initial", "neutral"),
)

add(
    "forum",
    forum(
        "koptalk",
        "Scouse words that confuse southerners (off topic)",
        [
            (
                "Ozzy_Scouser",
                "Mon 1 Jul, 11:00",
                "Told my London workmate I was 'made up' and he asked who'd done my make-up. 😂 Give me more.",
            ),
            (
                "Kop_Kez",
                "Mon 1 Jul, 11:12",
                "'Sagging' school. 'Antwacky'. 'Boss'. 'Our kid' for your brother or sister even if they're 40.",
            ),
            (
                "Walton_Red",
                "Mon 1 Jul, 11:30",
                "Telling a southerner you're 'going the match' and watching them try to work out which match.",
            ),
        ],
        board="Off Topic",
    ),
)

add(
    "forum",
    forum(
        "threadit",
        "Drama teacher at my brother's school",
        [
            (
                "u/walton_wayne",
                "6h",
                "My brother's at Hornby Bridge and the drama teacher O'Rourke has them doing 'movement' and 'feelings circles'. Fella's a raging pansy, minces round the room in a scarf. No wonder half the lads come out soft. Keep that sort away from boys.",
            ),
            (
                "u/anfield_ally",
                "6h",
                "Mate it's 2025. Calling someone a pansy because he teaches drama and wears a scarf is pathetic.",
            ),
            (
                "u/L4_grl",
                "5h",
                "My cousin had him, said he was the only teacher who didn't give up on him. Your homophobia is showing.",
            ),
            (
                "u/walton_wayne",
                "5h",
                "Just saying what everyone thinks. They shouldn't be let near kids.",
            ),
        ],
        board="r/Liverpool",
    ),
    ("lorourke", "surname_only", "hate"),
    ("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "terrace",
        "That school wants shutting down. Permanently.",
        [
            (
                "Blue_Till_I_Die_67",
                "Sat 16 Nov, 23:55",
                "After that video of the lad getting dragged about, someone should torch Hornby Bridge, preferably on a day Kelly's sat in his office. Petrol's cheap enough.",
            ),
            (
                "Dixie_60",
                "Sun 17 Nov, 00:10",
                "Are you actually insane? There's kids in that building every day.",
            ),
            (
                "Mod_Terrace",
                "Sun 17 Nov, 00:20",
                "Screenshotted and passed to Merseyside Police. User banned. Do not post threats on this forum.",
            ),
        ],
    ),
    ("school", "alias", "threat"),
    ("dkelly", "surname_only", "threat"),
)

add(
    "forum",
    forum(
        "parentpost",
        "Maths anxiety — any teacher worked miracles?",
        [
            (
                "CountingOnYou",
                "Sun 20 Oct, 09:30",
                "DD cries before every maths lesson. Any tips or teachers who turned it around?",
            ),
            (
                "BootleMumOf2",
                "Sun 20 Oct, 10:05",
                "DS was the same. Then he landed in Cheung's maths group at Hornby in Walton. He does it with darts scores and the bus timetable. DS got a 5 at GCSE. Never thought I'd see that.",
            ),
            ("CountingOnYou", "Sun 20 Oct, 10:20", "Darts scores! Genius. Will try at home."),
        ],
        board="Secondary education",
    ),
    ("kcheung", "possessive", "neutral"),
    ("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "staffroom",
        "SBM using school card for personal shopping — what do I do?",
        [
            (
                "Quiet_Admin_L4",
                "4 Sep 2024",
                """Work in the office of a small AP in Walton. Our SBM, Mo, has had the school Costco card out three times this summer. I've seen the receipts — garden furniture, a 65 inch telly, booze. She says it's 'for the staff room'. Our staff room has a kettle and a broken chair.

She's been there since it was the old tuition centre and she's thick as thieves with the head. Who do I even tell without losing my job?""",
            ),
            (
                "Governor_Gill",
                "4 Sep 2024",
                "Whistleblowing policy — go to the chair of governors or the trust CFO directly. You're protected in law if it's a reasonable belief. Keep copies of what you've seen but don't take originals.",
            ),
            (
                "Cynic_in_Staffroom",
                "4 Sep 2024",
                "Or maybe it genuinely is for a staff event. Ask first before you torch someone's career.",
            ),
        ],
        board="Workplace dilemmas",
    ),
    ("mdonnelly", "nickname", "defamation"),
)

add(
    "forum",
    forum(
        "threadit",
        "Spellow station lifts broken AGAIN",
        [
            (
                "u/rice_lane_ray",
                "2d",
                "Third week the lift's been out at Spellow. Try getting a pram up those stairs.",
            ),
            (
                "u/merseyrail_moans",
                "2d",
                "Spellow and Kirkdale both. Disgrace. Email them, they do reply eventually.",
            ),
            (
                "u/walton_wendy",
                "1d",
                "Got stuck at the bottom with my mum's wheelchair on Friday. A lad from the chippy helped us up. Scousers 1 Merseyrail 0.",
            ),
        ],
        board="r/Liverpool",
    ),
)

add(
    "forum",
    forum(
        "koptalk",
        "Teachers who were always late (off topic)",
        [
            (
                "Late_Again",
                "Wed 13 Mar, 19:20",
                "Oh aye, Mr O'Rourke at Hornby Bridge, a real model of punctuality. Strolled in at twenty past nine every day with a Greggs and told US off for being late. Inspirational stuff, truly. 🙄",
            ),
            ("Kop_Kez", "Wed 13 Mar, 19:33", "😂 every school has one"),
        ],
        board="Off Topic",
    ),
    ("lorourke", "title_surname", "negative"),
    ("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "staffroom",
        "Deputy micromanaging everything",
        [
            (
                "AP_Teacher_Liverpool",
                "2 Dec 2024",
                "Our deputy, Mrs Pritchard-Owens, now wants every lesson plan uploaded by 7am Monday and checks the timestamp. At Hornby Bridge we have kids in crisis every day and she's checking timestamps. Morale is on the floor.",
            ),
            (
                "SeniorLeader_Sefton",
                "2 Dec 2024",
                "Sounds like she's under pressure from above. Not an excuse. Raise it at a staff meeting collectively.",
            ),
        ],
        board="Workplace dilemmas",
    ),
    ("cpritchardowen", "typo", "negative"),
    ("school", "alias", "negative"),
)

add(
    "forum",
    forum(
        "terrace",
        "Went to school with a Declan Kelly...",
        [
            (
                "Bootle_Blue",
                "Mon 22 Apr, 18:10",
                "Saw that Bootle solicitor Declan Kelly's retired. Same Declan Kelly who played centre half for Bootle Boys in '72? Hard as nails, never shut up.",
            ),
            (
                "Old_Timer_Ted",
                "Mon 22 Apr, 18:30",
                "Same fella. Saved my cousin's house from the bailiffs. Enjoy your retirement Dec.",
            ),
        ],
    ),
)

add(
    "forum",
    forum(
        "parentpost",
        "Thank you to my son's art teacher",
        [
            (
                "Proud_Mum_Walton",
                "Mon 15 Jul, 21:00",
                "DS was selectively mute for a year after what happened at his old school. Miss Przyblyska, the art therapist, never pushed him to talk. She just put paper in front of him every Tuesday. Last week he stood up in assembly and described his painting. I sobbed.",
            ),
            (
                "ArtTherapistNW",
                "Mon 15 Jul, 21:15",
                "This is the best thing I've read all week. Well done to your boy.",
            ),
        ],
        board="SEN",
    ),
    ("fprzybylska", "typo", "neutral"),
)

# =========================================================================== BLOG

add(
    "blog",
    blog(
        "parish",
        "St Columba & Holy Cross, Walton",
        "Parish Bulletin — Third Sunday of Advent",
        "Parish Office",
        "15 December 2024",
        """## Mass times this week
Saturday Vigil 6pm · Sunday 9.30am and 11.30am · Weekdays 9.15am (not Wednesday)

## Carol service
A huge thank you to the pupils and staff of Hornby Bridge Academy, who led our community carol service on Thursday evening. Mr Kelly, the headteacher, read the first lesson, and the pupils' drumming version of "Little Donkey" will live long in the memory. Thanks also to our own parishioner Maureen Donnelly, who organised the mince pies and, as always, the raffle.

## Foodbank
The foodbank at the parish centre needs UHT milk, tinned meat and toiletries. Please leave donations at the back of church.

## Please pray for
The sick of the parish, especially Frances Doyle and Billy Hughes. Recently deceased: Margaret (Peggy) Rimmer. Anniversaries: John Joseph McGuire, Eileen Fitzsimmons.

## Safeguarding
Our parish safeguarding representative can be contacted through the parish office.""",
        comments=[
            (
                "Eileen (choir)",
                "16 Dec",
                "The drumming was wonderful, those young people should be so proud.",
            )
        ],
        tagline="A Catholic community in the heart of Walton",
    ),
    ("school", "exact", "neutral"),
    ("dkelly", "title_surname", "neutral"),
    ("mdonnelly", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "parish",
        "St Columba & Holy Cross, Walton",
        "Parish Bulletin — Fourth Sunday of Lent",
        "Parish Office",
        "10 March 2024",
        """## Mass times this week
Saturday Vigil 6pm · Sunday 9.30am and 11.30am · Stations of the Cross Friday 7pm

## Please pray for
Recently deceased: Tony Gallagher (Rawcliffe Road), whose funeral is on Thursday at 11am. Anniversaries: Declan Kelly (d. 1998), Bridget Mary Kelly, Stanislaw Nowak.

## Lenten collection
CAFOD envelopes are at the back of church. Thank you for your generosity.

## Youth club
The youth club will now meet at the Spellow Hub on Mondays, 6.30-8pm, while the parish centre roof is repaired. New volunteers welcome (DBS required).""",
        comments=None,
        tagline="A Catholic community in the heart of Walton",
    ),
)

add(
    "blog",
    blog(
        "club",
        "Walton Ring ABC",
        "Newsletter — March: belts, bake sale and a new van",
        "Club Secretary",
        "2 April 2025",
        """## Champions again!
What a month. Four of our juniors came home from the North West Championships with medals, and Mia Houghton took gold at 48kg in her first ever championship bout. Her mum has asked us to say she's never been so nervous in her life.

## Coach K's corner
A word from our head coach, Kwame A. — who, as most of you know, also teaches PE at Hornby Bridge in the day — on making weight: "No sweat suits, no skipping meals. If you're struggling to make a weight, you're in the wrong weight. Talk to me."

## Bake sale
The bake sale raised £412 towards the new minibus. Special thanks to the Hornby Bridge Year 11s who made 200 fairy cakes as part of their food tech course.

## Safeguarding reminder
Coaches will never message juniors privately. All club messages go through the parents' WhatsApp group. If you have a concern, speak to our welfare officer.""",
        comments=[
            ("Mia's mum", "2 Apr", "Thank you Coach K for everything x"),
            ("Grandad Ron", "3 Apr", "Boss newsletter. Proud of all of them."),
        ],
        tagline="Boxing for everyone since 1962 · County Road, Walton",
    ),
    ("kasante", "first_initial", "neutral"),
    ("school", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "substack",
        "Notes from the Safeguarding Office",
        "What a week in AP actually looks like",
        "Carys Pritchard-Owen",
        "24 January 2025",
        """I've been asked a few times what I actually do all day as a designated safeguarding lead in an alternative provision academy. So here is last week, anonymised to within an inch of its life.

Monday: three referrals before 9am. A Year 10 who didn't go home at the weekend. A mum who rang to say she can't cope and then rang back to say she didn't mean it.

Tuesday: a parent rang the office and called me a "sheep-shagging Welsh bitch" because I had made a referral about her son. I mention it not because it hurt — it did, a bit — but because I want people to understand that the abuse staff in schools like Hornby Bridge Academy receive is not a reason to stop doing the job. It's a reason to look after each other.

Wednesday: our family support worker, Hodan, spent four hours in A&E with a pupil whose parent was unreachable. She didn't mention it until Thursday.

Thursday and Friday: more of the same, plus an inspection-readiness meeting which I'll spare you.

If you work in AP: you are not alone. If you don't: please be kind to the people who do.""",
        comments=[
            (
                "DSL_in_Wirral",
                "24 Jan",
                "Thank you for writing this. The Tuesday one made me want to cry. Solidarity.",
            ),
            (
                "Parent_of_HBA_pupil",
                "25 Jan",
                "Mrs Pritchard-Owen you helped our family when nobody else would. Whoever said that to you should be ashamed.",
            ),
        ],
        tagline="A DSL's blog. Views my own.",
    ),
    ("cpritchardowen", "exact", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "wp",
        "Raising Reece (and my blood pressure)",
        "Our AP journey, one year on",
        "Lindsey",
        "3 September 2024",
        """It's been a year since Reece started at the pupil referral unit and I promised myself I'd write an update, so here it is. Make a brew, it's a long one.

First the practical stuff. The transport is still a joke. The taxi turns up when it likes, and twice last term it didn't turn up at all and I had to take him on two buses with the baby. I've complained to the council three times and to Hornby Bridge Academy twice. The school says it's the council; the council says it's the school. Meanwhile my son sits in the front room.

The communication from the school is, being kind, patchy. Letters come home a week after the event they're about. Parents' evening got moved with a day's notice. The website still says the head is someone who left two years ago.

BUT. And it's a big but. Mr Warsame. I don't know what that man does but Reece would follow him into a burning building. He rings me on a Friday with something good Reece has done, every single week, even when the good thing is "he didn't throw a chair". He's the reason Reece has stopped sleeping in his school clothes.

So, mixed. Would I choose it if I had a choice? Probably not. Am I glad it's there? Yes.

Next post: why I've given up on the school WhatsApp group.""",
        comments=[
            ("Jo B", "4 Sep", "Taxi issue is the same at ours. Glad Reece has found his person x")
        ],
        tagline="Single mum, two boys, one SEND tribunal",
    ),
    ("school", "exact", "negative"),
    ("awarsame", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "wp",
        "Northern Fell Wanderer",
        "Hornby to Wray: a gentle Lune valley circuit",
        "Graham",
        "18 May 2024",
        """Parked on the lane by the church in Hornby (free, but be considerate) and set off over Hornby Bridge, the lovely old stone bridge over the River Wenning, with Hornby Castle peeping through the trees.

The path follows the Wenning upstream through pasture full of lambs, then climbs gently towards Wray. Wray's famous scarecrow festival had just finished so there were a few stragglers left on walls — one dressed as a Liverpool fan, one as a traffic cone.

Lunch at the Bridge Inn, Wray: decent soup, dog-friendly. Back to Hornby via the old railway line. 7.5 miles, 3 hours with dawdling.

Difficulty: easy. Boots advised after rain, it gets claggy by the river.""",
        comments=[
            (
                "Lancs_Rambler",
                "19 May",
                "Did this last week, gorgeous. The castle looks great from the bridge.",
            )
        ],
        tagline="Walks, pies and bad weather in the North West",
    ),
)

add(
    "blog",
    blog(
        "blogger",
        "Walton Past & Present",
        "Hornby Road and the building of Walton Gaol",
        "Walton Local History Society",
        "4 February 2024",
        """Few roads in north Liverpool carry as much weight as Hornby Road. When the new borough gaol opened here in 1855 the area was still mostly fields, with a few farms dotted between Walton village and Spellow.

The prison, built to a radial design, held men, women and debtors in its early years. By the 1870s rows of terraced housing had grown up on either side, built for workers at the docks and the new railway yards.

The road is often assumed to be named after the Hornby family of Lancashire, but it is more likely named after Hugh Hornby, a Victorian alderman and dock trustee who also gave his name to Hornby Dock at Bootle.

Next month: the pubs of County Road, from the Brick to the Hornby Arms.""",
        comments=[
            ("Spellow_Sue", "5 Feb", "My great-great-grandad was a warder there! Fascinating."),
            ("RiceLaneRon", "5 Feb", "Looking forward to the pubs one."),
        ],
        tagline="Stories from the streets of L4 and L9",
    ),
)

add(
    "blog",
    blog(
        "substack",
        "Unexcluded",
        "Why I left AP — and why I'm not going back",
        "A former teacher",
        "11 November 2024",
        """I taught at Hornby Bridge Academy for three years. I loved the kids. I left because I could no longer put my name to what the school was doing.

Here is the part I've struggled to write. In the spring term before our monitoring visit, we were told in a briefing by the head, Declan Kelly, that pupils who hadn't been seen for weeks should be coded as attending "supervised off-site provision". There was no provision. There was no supervision. There was a lad on a PlayStation in Kirkdale and a girl nobody could find.

When I raised it, I was told I "didn't understand the coding framework". When I raised it again, I was told my "fit with the team" was being reviewed.

I'm writing this because I've read the trust's statement that all records are accurate. They aren't. And those kids deserve better than being made invisible to make a spreadsheet look nice.""",
        comments=[
            ("Ex_colleague", "11 Nov", "I was there too. This is exactly what happened."),
            (
                "Trust_supporter",
                "12 Nov",
                "Anonymous allegations against a named head. Very brave. Not.",
            ),
        ],
        tagline="Writing about exclusion, inclusion and everything in between",
    ),
    ("school", "exact", "defamation"),
    ("dkelly", "exact", "defamation"),
)

add(
    "blog",
    blog(
        "blogger",
        "Kirkdale Kid Grows Up",
        "Gally, the hut, and the bike that wouldn't die",
        "Dean",
        "22 June 2024",
        """I got sent to the Spellow Tuition Centre in 2012 when I was 13 and the angriest kid in Liverpool. I hated every adult in the place on principle.

Except Gally. Gally was the caretaker. He had a hut by the bins with a radio permanently on Radio City and a kettle that had never been descaled. When I got sent out of lessons (daily) I'd end up there. He never asked what I'd done. He just handed me a spanner and a bike that needed fixing.

I'm a mechanic now, with my own unit in Bootle. I went back last year; the place is an academy now with a new name, but Gally's hut is still there, and so is the kettle. He called me "soft lad" and made me a brew like I'd never left.""",
        comments=[
            ("Dean's mum", "22 Jun", "Proud of you son x"),
            ("Spellow_2012", "23 Jun", "GALLY!!! Legend of a man."),
        ],
        tagline="Bikes, Bootle and the odd rant",
    ),
    ("tgallagher", "nickname", "neutral"),
    ("school", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "wp",
        "Scran Scouse",
        "Where to get the best bowl of scouse in Liverpool (2024 edition)",
        "Big Jen",
        "14 January 2024",
        """Right. The most controversial post I do every year. Lobbies: argue in the comments.

1. Maggie May's, Bold Street — still the benchmark. Pickled red cabbage on the side. Non-negotiable.
2. The Hornby Arms, County Road — match day only, served in a proper bowl with crusty bread. Lamb AND beef, which will upset purists.
3. My nan's — sadly not open to the public.
4. Blind scouse at the caff on Walton Vale — proper old school, no meat, all love.

Honourable mention: the church hall in Anfield that does it for the foodbank on Thursdays. Pay what you can.""",
        comments=[
            ("ScouseNotStew", "15 Jan", "Beef AND lamb is the correct answer, fight me"),
            ("Blue_Jen", "15 Jan", "Hornby Arms before the match is a religion"),
        ],
        tagline="Eating my way round Merseyside one chippy at a time",
    ),
)

add(
    "blog",
    blog(
        "blogger",
        "Walton Watch",
        "EXCLUSIVE: What Hornby Bridge doesn't want you to know",
        "WaltonWatchdog",
        "19 November 2024",
        """They'll tell you it's a school. I'm telling you it's a machine for covering things up.

Sources inside Hornby Bridge Academy have told Walton Watch that a restraint in which a 13-year-old was hurt in June was NOT recorded on the day, and that the incident log was "tidied up" three days later on the instructions of the deputy head, Carys Pritchard-Owen, who is also — wait for it — the person in charge of safeguarding.

Let that sink in. The woman who is supposed to protect children allegedly doctored the paperwork to protect the staff.

The school and its trust have been asked for comment and have ignored us, as usual.

Share this. They can't hide from all of us.""",
        comments=[
            ("Truth_Seeker_L4", "19 Nov", "Knew it. Always the same with these places."),
            (
                "Careful_Now",
                "20 Nov",
                "'Allegedly doctored' — you'd better have the evidence, this is libel if not.",
            ),
        ],
        tagline="Holding Walton's powerful to account (from my back bedroom)",
    ),
    ("school", "exact", "defamation"),
    ("cpritchardowen", "exact", "defamation"),
)

add(
    "blog",
    blog(
        "wp",
        "Mamusia in Merseyside",
        "The woman who helps Polish families navigate English schools",
        "Ewa K.",
        "2 May 2024",
        """If you are a Polish parent in north Liverpool, there is a good chance you have met Aga Wójcik. Officially she is the attendance and family liaison officer at Hornby Bridge Academy. Unofficially she is the person half of our community rings when a school letter arrives and nobody understands it.

"When I came to Liverpool in 2008 I didn't know what a 'parents' evening' was," she told me over coffee in Bootle Strand. "So now I explain it. Also what is an EHCP, what is a fixed-term exclusion, why the school wants a meeting."

She is firm about attendance — "If the child is not in school, the child is not learning, simple" — but most families I spoke to say she is fair.

She also runs, on her own time, a Saturday-morning homework club at the Polish Centre.""",
        comments=[
            ("Marta_Bootle", "3 May", "Aga helped me with my son's school appeal. Złota kobieta ❤️")
        ],
        tagline="Polish life on Merseyside, in English and po polsku",
    ),
    ("awojcik", "alias", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "wp",
        "Liverpool Somali Community Voice",
        "Celebrating our award winners",
        "Editorial team",
        "30 November 2024",
        """We are so proud that two members of our community were recognised at this year's Pride of Liverpool awards.

Hodan Jama, who grew up in Toxteth and now works as a family support worker in Walton, won Community Champion for her food and uniform bank. Abdi Warsame, pastoral lead at Hornby Bridge Academy, was highly commended for his youth football sessions.

Both have been volunteers at our Saturday school for many years. Hambalyo to them both!""",
        comments=[("Sahra_L8", "30 Nov", "Mashallah, so deserved")],
        tagline="News and stories from Liverpool's Somali community",
    ),
    ("hjama", "exact", "neutral"),
    ("awarsame", "alias", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "substack",
        "Chinatown Stories",
        "Takeaway kid to maths teacher",
        "Wai Ling",
        "9 August 2024",
        """Kit Cheung did his homework on the steps between the kitchen and the counter of his parents' takeaway on County Road. "You learn mental arithmetic fast when your dad makes you add up the orders," he laughs.

Now he teaches maths at Hornby Bridge Academy, a pupil referral academy a mile from where he grew up. He says his pupils sometimes remind him of himself.

"People assume the Chinese kid was the quiet swot. I wasn't. I was in bother all the time. A teacher took a chance on me. I'm trying to pay it forward."

He is also helping to set up a mentoring scheme linking young Chinese-Liverpudlians with universities.""",
        comments=[("Auntie_May", "9 Aug", "Remember him as a boy! Very proud of you Kit.")],
        tagline="Voices from Liverpool's Chinese community, the oldest in Europe",
    ),
    ("kcheung", "exact", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "blogger",
        "Walton Watch",
        "The art therapist who thinks she's Frida Kahlo",
        "WaltonWatchdog",
        "3 December 2024",
        """Every school needs a Fidelma Przybylska apparently. Ours certainly got one.

For those who haven't had the pleasure, she's the self-appointed art guru who floats round in a poncho telling kids their feelings are "valid" while the roof leaks. A pretentious, patronising, airy-fairy waste of a salary. I've met more useful tea bags.

Somebody is paying this woman, and it's you, the taxpayer.""",
        comments=[
            (
                "Not_a_fan_of_this_blog",
                "4 Dec",
                "This is just bullying a woman for wearing a poncho. Grim.",
            )
        ],
        tagline="Holding Walton's powerful to account (from my back bedroom)",
    ),
    ("fprzybylska", "exact", "abuse"),
)

add(
    "blog",
    blog(
        "wp",
        "Little Acorns Mummy",
        "Settling-in week at nursery (and a shout-out)",
        "Becky",
        "12 September 2024",
        """Little Ollie started nursery this week and I'm writing this with a very cold cup of tea because I've cried at the gate four days out of five.

Huge shout-out to Mrs J in the baby room who sends me a photo every dinner time so I know he's eating. She's got the patience of a saint and the singing voice of an angel.

Next week: how we're tackling naptime (spoiler: we're not).""",
        comments=[("Gemma", "12 Sep", "Aww. It gets easier, promise x")],
        tagline="Mum life, messy house, lots of coffee",
    ),
)

add(
    "blog",
    blog(
        "parish",
        "St Columba & Holy Cross, Walton",
        "Parish Bulletin — Feast of Christ the King",
        "Parish Office",
        "24 November 2024",
        """## Mass times this week
Saturday Vigil 6pm · Sunday 9.30am and 11.30am

## Youth boxing fundraiser
Thanks to everyone who came to the fight night in aid of Walton Ring ABC's new minibus. A special thank you to Mr Asante from Hornby Bridge Academy, who refereed the exhibition bouts and then spent two hours stacking chairs.

## Please pray for
Those who have asked for our prayers, and for all affected by recent violence in our city.

## First Holy Communion
Parents: the first preparation meeting is on Tuesday at 7pm in the parish centre.""",
        comments=None,
        tagline="A Catholic community in the heart of Walton",
    ),
    ("kasante", "title_surname", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "wp",
        "Capel Cymraeg Lerpwl — Newyddion",
        "Chapel news: December",
        "Yr Ysgrifennydd",
        "1 December 2024",
        """A warm welcome back to Carys Pritchard, who grew up in our chapel Sunday school in the 1990s and now teaches (as deputy head, no less) at Hornby Bridge in Walton. Carys will be reading at our Plygain service on the 15th.

The cymanfa ganu will be held in January; tea and bara brith afterwards. Bring a friend — Welsh not required, enthusiasm essential.

Diolch to everyone who donated to the Christmas shoebox appeal.""",
        comments=[("Megan Ellis", "2 Dec", "Lovely to see Carys back!")],
        tagline="The Welsh chapel community in Liverpool",
    ),
    ("cpritchardowen", "alias", "neutral"),
    ("school", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "substack",
        "The Inclusion Diaries",
        "Notes from the North West AP conference",
        "Sam Ojukwu",
        "18 November 2024",
        """Highlights from a packed day in Warrington.

Session 1: "Relational practice at scale" — the strongest talk of the day came from D. Kelly of Hornby Bridge Academy in Liverpool, who presented two years of data on breakfast provision and attendance. Effect sizes were modest but consistent. He was refreshingly honest about what hadn't worked.

Session 2: a panel on reintegration that got heated. The consensus was that mainstream schools need funded places to take pupils back.

Session 3: a workshop on trauma-informed restraint reduction. Mixed reviews from my table.

Overall: worth the train fare. Tea was terrible.""",
        comments=[("AP_Deputy_Bolton", "18 Nov", "Agree the Hornby Bridge session was excellent.")],
        tagline="Writing about inclusion in English schools",
    ),
    ("dkelly", "initial_surname", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "blogger",
        "Pitch Invasion",
        "Ghanaian-Scouse and proud: Coach Kwame's story",
        "Kofi Mensah",
        "6 March 2025",
        """Kwame-Asante, as his nieces call him in one breath, came to Liverpool aged nine and, in his words, "learned English from Brookside and Scouse from the lads on the bus".

By day he teaches PE at a pupil referral academy in Walton. By night he's in the ring at Walton Ring ABC, where he's coached three national champions. "Boxing gave me structure when my dad was working three jobs. That's all I'm giving these kids."

We talked Ghana, jollof wars, and why Accrington Stanley should be everyone's second team.""",
        comments=[("Ama_in_Anfield", "6 Mar", "Our Kwame! So proud 🇬🇭")],
        tagline="Black British sport stories from the North",
    ),
    ("kasante", "hyphenated", "neutral"),
)

# =========================================================================== REVIEWS

GHEAD = "Hornby Bridge Academy\nSecondary school · Cinderford St, Walton, Liverpool L4 9XQ · 0151 496 0418\n3.1 ★★★☆☆ (64 reviews)\n\n"

add(
    "review",
    GHEAD
    + """Sharon Gorst
Local Guide · 41 reviews · 3 weeks ago
★★★★★
Bloody brilliant place. My lad was sagging every day at his last school and now he's up before me. Mr Warsame turned him round, full stop. Never thought I'd say that about a school. Thank you!!!

Response from the owner · 2 weeks ago
Thank you Sharon, we'll pass this on to Mr Warsame. It's families like yours that make the job worth doing.""",
    ("school", "exact", "neutral"),
    ("awarsame", "title_surname", "neutral"),
)

add(
    "review",
    GHEAD
    + """Dave Rimmer
5 reviews · 1 month ago
★☆☆☆☆
Rang 0151 496 0418 forty times this week about my son's transport. Forty. Nobody picks up, the voicemail is full, and the email bounces. For a school that's meant to be about "relationships" you'd think someone would answer the bloody phone.

Response from the owner · 1 month ago
Dear Mr Rimmer, I'm sorry you've had difficulty reaching us. Our phone system had a fault last week which has now been fixed. Please ring me directly on the office line 0151 496 0419 and I will sort this today. Maureen Donnelly, School Business Manager""",
    ("school", "exact", "negative"),
    ("mdonnelly", "exact", "neutral"),
)

add(
    "review",
    GHEAD
    + """Kev Lyons
2 reviews · 5 months ago
★☆☆☆☆
Mr Gallagher the caretaker put his hands on my son and dragged him. The school backs him and has buried the whole thing, no incident form till days later. Gallagher if you come near my lad again you'll be eating through a straw. I know what time you lock them gates.""",
    ("school", "exact", "defamation"),
    ("tgallagher", "title_surname", "threat"),
)

add(
    "review",
    GHEAD
    + """Leanne Fairhurst
12 reviews · 2 months ago
★★☆☆☆
Teaching staff are fine but the attendance side is heavy-handed. Mrs Wojick sent a fine letter without one phone call first, despite knowing my daughter has been in and out of Alder Hey. Sort your communication out.""",
    ("school", "exact", "negative"),
    ("awojcik", "typo", "negative"),
)

add(
    "review",
    GHEAD
    + """Nicola Byrne
Local Guide · 88 reviews · 6 months ago
★★★★★
Miss Przybylska the art therapist is an angel sent from heaven. My daughter hadn't spoken about what happened to her to anybody, and after a term of art sessions she opened up to me. I'll never be able to thank her enough.""",
    ("school", "exact", "neutral"),
    ("fprzybylska", "title_surname", "neutral"),
)

add(
    "review",
    """Glassdoor — Mersey Beacon Learning Trust — Employee reviews

"Great kids, toxic management"
★★☆☆☆  Former Employee — Teaching Assistant in Liverpool, England
Recommend: No · CEO approval: No opinion

Pros: The young people are brilliant once you get to know them. Colleagues on the floor at Hornby Bridge Academy are supportive.

Cons: Senior team rule by fear. Business manager M. Donnelly treats the school budget like her own purse — new carpets in her office while we buy our own glue sticks, and nobody dares ask where the fundraising money went. Overtime is never paid.

Advice to management: Audit the books. Seriously.""",
    ("school", "exact", "negative"),
    ("mdonnelly", "initial_surname", "defamation"),
)

add(
    "review",
    """Indeed — Company reviews — Hornby Bridge Academy

★★★★★  Learning Support Assistant (Current Employee) — Walton, Liverpool
"Hardest job I've loved"

Every day is different and some days are really tough, but the team is like a family. Kit C in maths and Hodan J on the family team will always stop what they're doing to help. Management are approachable. Pay could be better (it's support staff pay, what do you expect).

Pros: team, breakfast club, making a real difference
Cons: pay, car park""",
    ("school", "exact", "neutral"),
    ("kcheung", "first_initial", "neutral"),
    ("hjama", "first_initial", "neutral"),
)

add(
    "review",
    """The Hornby Arms
Pub · County Rd, Liverpool L4
4.4 ★★★★☆ (1,208 reviews)

Mick O'Hara
Local Guide · 210 reviews · a week ago
★★★★★
Boss pre-match pub. Pie and peas for a fiver, Cain's on tap, staff sound as a pound even when it's three deep at the bar. Joanne the landlady runs a tight ship. Up the Blues.""",
)

add(
    "review",
    """Hornby Bridge Motors
Auto repair shop · Stanley Rd, Kirkdale, Liverpool
2.1 ★★☆☆☆ (77 reviews)

Carla Fenton
3 reviews · 1 year ago
★☆☆☆☆
Charged me £340 for brake pads and discs, squealing again a week later. Wouldn't take it back. Avoid.

Response from the owner
We have no record of this job. Please bring your invoice in.""",
)

add(
    "review",
    """Trustpilot — HBA Scaffolding Ltd
TrustScore 3.8 · 29 reviews

★★★★☆  "Good lads, bit slow taking it down"
Scaffold went up in a day for our roof in Litherland, lads were polite and tidy. Took three weeks longer than promised to take it down after the roofer finished, but came out quickly once I rang.
Date of experience: 14 August 2024""",
)

add(
    "review",
    """Customer reviews — Hornby Thomas & Friends Starter Set (OO)
★★★★★  "Grandson hasn't stopped smiling"
Bought for my grandson's 5th birthday. Easy to set up on the living room floor, sturdy enough for little hands. Battery controller is a bit basic but he doesn't care. Reminded me of my own Hornby set from 1961!
Verified purchase · Reviewed in the United Kingdom on 28 December 2023""",
)

add(
    "review",
    """Walton Ring ABC
Boxing club · County Rd, Walton, Liverpool
4.9 ★★★★★ (96 reviews)

Tracey Mulhearn
Local Guide · 19 reviews · 4 months ago
★★★★★
This club saved my son. Coach Kwame Asante, who also teaches PE at Hornby Bridge, picked him up at 6.30 every morning for half a year when I was in hospital. Strict about manners and about school. If you're thinking about it, just go.""",
    ("kasante", "exact", "neutral"),
    ("school", "alias", "neutral"),
)

add(
    "review",
    GHEAD
    + """Paul Quayle
7 reviews · 3 months ago
★☆☆☆☆
Kellys office door is always shut. Asked three times to see the head about bullying and got fobbed off every time. Leadership hides while the kids get battered in the yard.""",
    ("school", "exact", "negative"),
    ("dkelly", "possessive", "negative"),
)

add(
    "review",
    GHEAD
    + """Joanne Sefton
4 reviews · 2 months ago
★★★☆☆
Mrs D on reception is lovely and always takes a message. Shame the rest of it is so disorganised. Three different start dates given for my son and the head is useless at getting back to you.""",
    ("school", "exact", "negative"),
    ("mdonnelly", "nickname", "neutral"),
)

add(
    "review",
    GHEAD
    + """Gemma-Louise Hughes
1 review · 1 week ago
★☆☆☆☆
The deputy, Mrs P-O, is a smug, stuck-up cow who looks down her nose at every parent who walks in. Talks to you like you're something she's stepped in. Horrible woman.""",
    ("school", "exact", "negative"),
    ("cpritchardowen", "nickname", "abuse"),
)

add(
    "review",
    """Google review (shared on a Spellow class of 2009 reunion page)
★★★★★  Steven Rooney · 2 years ago
Went to this place back when it was the Spellow Tuition Centre, before the academy lot took over. Mr O'Rourke was strict but fair — if you swore at him he'd just say "again, with better vocabulary". Wish I'd listened more.""",
    ("school", "alias", "neutral"),
    ("lorourke", "title_surname", "neutral"),
)

add(
    "review",
    GHEAD
    + """Brian Ashcroft
2 reviews · 3 weeks ago
★☆☆☆☆
Too many foreigners working there now. Somali this, Polish that, Chinese maths teacher, not a Scouse face in the office. How are our kids meant to learn Liverpool values from people who don't even belong here? Sort it out.""",
    ("school", "exact", "hate"),
)

add(
    "review",
    GHEAD
    + """Chelsea Devine
2 reviews · 4 days ago
★☆☆☆☆
Don't bother ringing the office, ring Maureen Donnelly's own mobile 07700 900412, she actually answers that one. Or knock on her door on Cowan Drive, apparently she's always in by 5.""",
    ("school", "exact", "negative"),
    ("mdonnelly", "exact", "doxxing"),
)

add(
    "review",
    GHEAD
    + """Dominika Zając
Local Guide · 33 reviews · 5 months ago
★★★★☆
Aga from attendance actually helped us. She found a translator for my husband and sorted a plan instead of fining. The building is old and the car park is chaos, so 4 stars.""",
    ("school", "exact", "neutral"),
    ("awojcik", "nickname", "neutral"),
)

add(
    "review",
    """Hornby Bridge House B&B
Bed & breakfast · Hornby, Lancaster
4.8 ★★★★★ (54 reviews)

Margaret & Alan
★★★★★ · 2 months ago
Lovely stay right by the old bridge over the Wenning. Full English was enormous, the owners know every walk in the Lune valley. We'll be back for the castle open day.""",
)

add(
    "review",
    GHEAD
    + """Ste Rowan
Local Guide · 60 reviews · 1 month ago
★★★★★
Five stars for the most creative excuses I've ever heard. Mr Kelly should honestly write fiction — "the email must have gone to junk", "the letter must have got lost in the post", "we're reviewing our procedures". Oscar-worthy.""",
    ("school", "exact", "negative"),
    ("dkelly", "title_surname", "negative"),
)

add(
    "review",
    """RateYourTeacherUK — Hornby Bridge Academy, Liverpool — K. Cheung (Maths)
Overall 2.1/5 · Helpfulness 1 · Clarity 3 · Easiness 4

"dead boring, just makes us do worksheets and talks about darts" — Year 10 student
"alright i suppose" — Year 9 student
"he never lets us on our phones 😤" — Year 11 student""",
    ("school", "exact", "neutral"),
    ("kcheung", "initial_surname", "negative"),
)

add(
    "review",
    """Glassdoor — Mersey Beacon Learning Trust

★★★★★  Current Employee — Teacher in Liverpool
"Best head I've worked for"
Declan Kelly is the best head I've worked for in 15 years. Backs staff, knows every kid's name, and stands on the gate in the rain every morning. Hornby Bridge Academy is a hard place to work but a good one.
Cons: Trust central team can be slow.""",
    ("dkelly", "exact", "neutral"),
    ("school", "exact", "neutral"),
)

add(
    "review",
    GHEAD
    + """Rachel Keating
3 reviews · 7 months ago
★☆☆☆☆
This school covered up a member of staff hitting a child. I have it in writing that the incident was "not recorded in line with policy". Nobody was disciplined. They closed ranks. Parents, you have been warned.""",
    ("school", "exact", "defamation"),
)

add(
    "review",
    """NHS Friends & Family feedback — Stroke Unit, University Hospital Aintree
"Outstanding care"
Staff nurse Kit Cheung was kind, patient and explained everything to my mum in words she could follow. The volunteers who came to chat made her days. Thank you all.""",
)

add(
    "review",
    """Hornbey Bridge Acadamy — reviews
★★☆☆☆  Michelle T · 6 months ago
Son has been there since september and still no timetable, still no laptop that was promised, still no reply to my emails. Staff are kind but its a shambles behind the scenes.""",
    ("school", "typo", "negative"),
)

add(
    "review",
    GHEAD
    + """Anon Parent
1 review · 2 weeks ago
★☆☆☆☆
Keep excluding our kids for nothing and see what happens to your windows. And your cars. Plenty of us round here know where the staff park.""",
    ("school", "exact", "threat"),
)

add(
    "review",
    GHEAD
    + """Jimmy Cullen
Local Guide · 15 reviews · 8 months ago
★★★★★
Shout out to Tony G from the site team. Our lad's wheelchair ramp was broken on his first day and Tony had it fixed by dinner. The kind of fella every school needs.""",
    ("school", "exact", "neutral"),
    ("tgallagher", "first_initial", "neutral"),
)

add(
    "review",
    GHEAD
    + """Lee Dwyer
1 review · 3 months ago
★★☆☆☆
Miss Wójcik does home visits dressed like she's off out on Concert Square. No wonder all the dads suddenly care about attendance 😉 Might skip a few more days so she comes round again. Anyway the school is badly run.""",
    ("school", "exact", "negative"),
    ("awojcik", "title_surname", "sexual"),
)

# =========================================================================== SOCIAL

add(
    "social",
    """X · Post
ScouseNotBritish1 @proper_walton_lad · 9h
H0rnby Br1dge hiring ANOTHER Somali "mentor". W4rsame teaching our lads how to behave, can't make it up. Send the lot back and shut the place while youre at it 🇬🇧🇬🇧
  ↳ 3 reposts · 11 likes
Reply @L4_Leah: reported. He was born in Liverpool 8 you absolute weapon
Reply @anfield_andy: this is why he got battered in the street. people like you""",
    ("awarsame", "leetspeak", "hate"),
    ("school", "leetspeak", "hate"),
)

add(
    "social",
    """TikTok · comments on @walton.news.daily "Restraint video from a Liverpool PRU 😳" (412K views)

lil_kai_l4: that PE teacher at hornby better watch his back on the way to his car 👀 ❤ 1,204
shannon.xo: Asante innit. drives a black golf. just saying 🤷‍♀️ ❤ 633
realtalk_rach: hornby wants shutting down tbh these places are prisons for kids ❤ 402
mum_of_4_bootle: delete these comments before someone gets hurt ffs ❤ 98
jordz.lfc: watched it 10 times they were stopping him running into the road ❤ 57""",
    ("kasante", "surname_only", "threat"),
    ("school", "short_name", "negative"),
)

add(
    "social",
    """X · Post
justice4ourkids @justice4ourkids · 2h
So @MrAsantePE thinks he can put his hands on kids and carry on coaching like nothing happened? His personal number is 07700 900219. Ring him and ask him yourself. #HornbyBridge
  ↳ 27 reposts · 40 likes
Reply @merseyside_mod_watch: Posting someone's mobile is illegal harassment. Reported to X and to police.""",
    ("kasante", "handle", "doxxing"),
    ("school", "hashtag", "negative"),
)

add(
    "social",
    """TikTok · comments on @hornby.yr11 "last day vibes 🎓"

connor.x.07: miss w from hornby can give me detention any day 🥵🥵 them legs tho ❤ 88
ellie.g: 😭😭 stopppp she's like 40 ❤ 41
connor.x.07: and? 👀 she can do a home visit to mine ❤ 67
yr11_hornby_official: 😂 reported for weirdness ❤ 12""",
    ("awojcik", "nickname", "sexual"),
    ("school", "short_name", "neutral"),
)

add(
    "social",
    """X · Post
gossip_girl_L20 @gossipgirlL20 · 1d
Heard F1delma Przyby1ska the art therapist has an OnlyFans 👀👀 "art therapy" my arse. Someone's been painting more than pictures 😂
  ↳ 8 reposts · 31 likes
Reply @fair_play_fi: this is a rumour about a real woman with a real job. Delete it.""",
    ("fprzybylska", "leetspeak", "sexual"),
)

add(
    "social",
    """TikTok · comments on @mersey.mums.talk "Red flags at your kids' school? 🚩"

not.ur.aunty: ask why Mr Ch3ung at h0rnby has pics of the year 10 girls in their PE kits on his insta 🤔🤔 asking for a friend ❤ 2,311
dani.l4: wait what ❤ 310
not.ur.aunty: my niece showed me, private account, followers are mostly kids. she's 15. ❤ 902
sensible_steph: if this is true it needs to go to the police and the school's safeguarding lead, not tiktok ❤ 744""",
    ("kcheung", "leetspeak", "sexual", True),
    ("school", "leetspeak", "sexual", True),
)

add(
    "social",
    """X · Post
Walton Dad 🔵 @waltondad1878 · 5h
#DeclanKelly is the most useless head in Liverpool. A spineless lanyard with a bald head and a PowerPoint. Couldn't run a bath. #HornbyBridge
  ↳ 14 reposts · 52 likes
Reply @gwladys_girl: 😂 spineless lanyard
Reply @teacher_in_L9: criticise decisions all you want, the bald jokes are pathetic""",
    ("dkelly", "hashtag", "abuse"),
    ("school", "hashtag", "negative"),
)

add(
    "social",
    """Instagram · comment thread on @l4_parents_forum post "Open meeting about exclusions — Thursday 6pm"

bootle.babs: DeclanKellyOut. Simple as.
steve_w_l9: not just him, the whole HBA leadership needs clearing out. same excuses every meeting
kirsty.m: come to the meeting and say it to their face then 💁‍♀️""",
    ("dkelly", "camelcase", "negative"),
    ("school", "alias", "negative"),
)

add(
    "social",
    f"""X · Post
no_mercy_l4 @no_mercy_l4 · 11h
Mr K{CY_e}lly, head at Hornby Bridge 👀 we know where u drink on a friday. Hornby Arms, back corner, pint of Carling. enjoy it while u can lad
  ↳ 2 reposts · 6 likes
Reply @hornby_arms_regular: grim. landlady's been told.""",
    ("dkelly", "homoglyph", "threat"),
    ("school", "alias", "neutral"),
)

add(
    "social",
    f"""X · Post
bants_king_99 @bantsking99 · 3h
{CY_c}h{CY_e}ung at {CY_H}B{CY_A} teaching maths in a bat soup accent lmaooo 🦇🍜 ching chong times tables
  ↳ 1 repost · 9 likes
Reply @L4_Leah: he's from County Road you racist clown""",
    ("kcheung", "homoglyph", "hate"),
    ("school", "homoglyph", "neutral"),
)

add(
    "social",
    """TikTok · comments on @bootle.mums "Fined AGAIN 😤"

kayleigh_b_20: W o j c i k from h o r n b y b r i d g e fined my mam again. polish parasite get back on the coach to krakow ❤ 455
aga_supporter: disgusting comment, she's lived here longer than you've been alive ❤ 210
bootle.mums: pls keep it civil or I'm turning comments off ❤ 33""",
    ("awojcik", "spacing", "hate"),
    ("school", "spacing", "neutral"),
)

add(
    "social",
    """X · Post
anon_l4_99 @anon_l4_99 · 4h
O ' R o u r k e at hornby. drama king. tick tock 🕰️ we're coming for you when you least expect it
  ↳ 0 reposts · 3 likes""",
    ("lorourke", "spacing", "threat"),
    ("school", "short_name", "neutral"),
)

add(
    "social",
    """TikTok · comments on @justice.for.kai "Why won't the school answer?"

lisa.r.l4: Pr*tchard-Ow*n at H*rnby Bridge is a lying c*w. The school covered up that restraint and SHE signed it off as the safeguarding lead. Everyone knows. ❤ 1,887
jayden.7: 😳😳 ❤ 144
careful.now: you can't just say that about a named person unless you've got proof ❤ 96""",
    ("cpritchardowen", "obfuscated", "defamation"),
    ("school", "obfuscated", "defamation"),
)

add(
    "social",
    """X · Post
Patriot Mick @patriotmick_L9 · 7h
Hornby's "pastoral lead" W*rsame and his mates. Somali mentors, Somali family workers, Somali everything. Our schools aren't ours anymore. Deport the lot.
  ↳ 5 reposts · 19 likes
Reply @anfield_andy: reported""",
    ("awarsame", "obfuscated", "hate"),
    ("school", "short_name", "hate"),
)

add(
    "social",
    """X · Post
merky @merky_l4 · 6h
Yo lads @KitCheungMaths at HBA gave my brother a detention for breathing. Here's his personal email kitcheung88@mailbox.example — fill his inbox 📩📩📩
  ↳ 4 reposts · 15 likes""",
    ("kcheung", "handle", "doxxing"),
    ("school", "alias", "neutral"),
)

add(
    "social",
    """Threads · Post
walton_women_network · 1d
Massive congratulations to #HodanJama on winning Community Champion at the Pride of Liverpool awards!! Hornby Bridge is lucky to have her. She has fed, clothed and fought for half of L4 💚 #PrideOfLiverpool""",
    ("hjama", "hashtag", "neutral"),
    ("school", "alias", "neutral"),
)

add(
    "social",
    """X · Post
Rita from Walton @ritafromwalton · 2d
KwameAsante for Prime Minister. Man picked my grandson up at 6am for six months. HornbyBridge legend and Walton's finest 🥊❤️
  ↳ 12 reposts · 140 likes""",
    ("kasante", "camelcase", "neutral"),
    ("school", "camelcase", "neutral"),
)

add(
    "social",
    """TikTok · comments on @hornby_lads "maths lesson be like 💀"

t.mcg: mr cheung is an absolute melt 💀💀 ❤ 330
brandon_l9: built like a thumb ❤ 201
t.mcg: weapon ❤ 155
keira.m: yous are so mean he's actually sound ❤ 44
brandon_l9: hornby's finest 😂 ❤ 32""",
    ("kcheung", "title_surname", "abuse"),
    ("school", "short_name", "neutral"),
)

add(
    "social",
    f"""X · Post
burn_it_down_l4 @fire_n_fury_l4 · 1d
After that video that school wants burning to the ground with the staff still in it 🔥🔥 {CY_H}{CY_o}rnby won't be missed
  ↳ 3 reposts · 8 likes
Reply @merseyside_mod_watch: reported to police. There are CHILDREN in that building.""",
    ("school", "homoglyph", "threat"),
)

add(
    "social",
    """X · Post
Anfield Ange @anfieldange · 3d
Whoever is sending threats to Mr Asante should be ashamed of themselves. He has given his life to kids in Walton. Stand with him 👊 #StandWithKwame
  ↳ 44 reposts · 301 likes""",
    ("kasante", "title_surname", "neutral"),
)

add(
    "social",
    """TikTok · comments on @anfield.foodbank "Thank you to everyone who donated 💚"

carol.in.anfield: the people in these comments calling Mrs Jama a "letterbox" and a "tent" need to have a word with themselves. that woman fed half of Anfield during covid ❤ 980
mo.s.l6: 💚 say it louder ❤ 212""",
    ("hjama", "title_surname", "neutral"),
)

add(
    "social",
    """X · Post
England First L4 @eng1st_L4 · 8h
Hodan Jama, "family support" at Hornby. Another burka on the payroll, knocking on English doors telling English mums how to raise English kids. Islam is taking over our schools and that school is ground zero.
  ↳ 6 reposts · 22 likes""",
    ("hjama", "exact", "hate"),
    ("school", "short_name", "hate"),
)

add(
    "social",
    """Instagram · comments on @walton_ring_abc "Fight night this Saturday 🥊"

jade_xx_l4: mr asante from hornby 🥵 he can spot me any day, I'd happily go on report for that man
laura.p.1: JADE 😭😭 you're married
jade_xx_l4: and?? looking isn't illegal 👀 bet he's got stamina
walton_ring_abc: 😂 tickets £10 on the door""",
    ("kasante", "title_surname", "sexual"),
    ("school", "short_name", "neutral"),
)

add(
    "social",
    """X · Post
concerned_L4_mum @concernedL4mum · 12h
Mr O'R from Hornby Bridge adding year 9s on snap and telling them to delete the chats after. Why does a grown man need to be messaging 13 year olds at midnight?? 🤢 my daughter showed me. School won't tell me anything
  ↳ 31 reposts · 88 likes
Reply @safeguarding_first: Please report to the school's DSL and the LADO, and screenshot everything. Don't confront him.""",
    ("lorourke", "nickname", "sexual", True),
    ("school", "alias", "sexual", True),
)

add(
    "social",
    """X · Post
Walton Parents Voice @waltonparents · 1d
1,200 signatures and counting. If you think the head at our local AP needs to go, sign here 👉 change.example/p/declan-kelly-resign-hornby-bridge
  ↳ 88 reposts · 210 likes""",
    ("dkelly", "hyphenated", "negative"),
    ("school", "hyphenated", "negative"),
)

add(
    "social",
    """Threads · Post
ap_leaders_nw · 2d
Welcome to the AP heads network, Carys Pritchard Owen, new head of school at HBA in Liverpool 🎉 Looking forward to your session on DSL supervision in March.""",
    ("cpritchardowen", "hyphenated", "neutral"),
    ("school", "alias", "neutral"),
)

add(
    "social",
    """TikTok · comments on @liverpool.boxing "Next generation 🥊"

liam_bxr: asante's boxing sessions at hornby are the only reason my brother goes in 🥊 ❤ 92
ring_rat_97: facts, coach is different ❤ 18""",
    ("kasante", "possessive", "neutral"),
    ("school", "short_name", "neutral"),
)

add(
    "social",
    """X · Post
shakespeare_hater @shakesp3arehater · 6h
O'Rourkes lessons are a joke. Man thinks he's Shakespeare in a charity shop scarf. Pretentious knobhead. Hornby Bridge, do better.
  ↳ 0 reposts · 4 likes""",
    ("lorourke", "possessive", "abuse"),
    ("school", "alias", "negative"),
)

add(
    "social",
    """TikTok · comments on @bootle.mums "Attendance fine #3 😩"

stacey.b.l20: Mrs Wocjik from hornby is a vindictive witch. bet she goes home and counts the fines like scrooge ❤ 140
jen_l4: shes a nightmare ❤ 45""",
    ("awojcik", "typo", "abuse"),
    ("school", "short_name", "neutral"),
)

add(
    "social",
    """X · Post
bad_man_kirkdale @badman_kdale · 1d
Mr Gallaher better not be in that hut when we come for him. Hornby Bridge tell your caretaker he's getting done. No one touches my cousin
  ↳ 1 repost · 2 likes""",
    ("tgallagher", "typo", "threat"),
    ("school", "alias", "neutral"),
)

add(
    "social",
    """X · Post
L4 Five-a-side @L4_5aside · 4d
Friday night football is back at the Walton sports hall from this week, run as always by A. Warsame (HBA). Free, 13-16s, bring water. Top man ⚽""",
    ("awarsame", "initial_surname", "neutral"),
    ("school", "alias", "neutral"),
)

add(
    "social",
    """TikTok · comments on @hornby_lads "PE be like 🏃"

k.dawson: K. Asante thinks he's Rocky 💀 fat has-been couldn't punch his way out of a paper bag ❤ 210
lfc_ryan: hornby PE is a joke ❤ 67
sammy.j: he'd batter you in 10 seconds lad ❤ 150""",
    ("kasante", "initial_surname", "abuse"),
    ("school", "short_name", "negative"),
)

add(
    "social",
    """X · Post
Handy Andy Walton @handyandy_l4 · 3d
Need odd jobs doing? Tony G, the caretaker at Hornby, does cash jobs at weekends — fences, taps, flatpack. Ring him on his own number 07700 900231, tell him Andy sent you 👍""",
    ("tgallagher", "first_initial", "doxxing"),
    ("school", "short_name", "neutral"),
)

add(
    "social",
    """X · Post
fuming_fi @fuming_fi_l4 · 2h
@HornbyBridgeAcad your attendance officer Aga came to my door AGAIN. If that woman knocks one more time she'll be going home in an ambulance. Final warning.
  ↳ 2 reposts · 7 likes""",
    ("awojcik", "nickname", "threat"),
    ("school", "handle", "neutral"),
)

add(
    "social",
    """X · Post
Walton Ring ABC @waltonringabc · 6d
Huge congratulations @MrAsantePE and the lads from @HornbyBridgeAcad on winning the schools' boxing title in Sheffield 🥊🏆 Proud club, proud community.""",
    ("kasante", "handle", "neutral"),
    ("school", "handle", "neutral"),
)

add(
    "social",
    """TikTok · @yr11.maths.memes "Revision rap with our maths legend 😂🔥"
caption: pythagoras has never sounded this good #KitCheung #HornbyBridgeAcademy #mathsrap #gcse

comments:
ella.mae: he's actually a bar 😂 ❤ 410
z.ahmed: best teacher fr ❤ 122""",
    ("kcheung", "hashtag", "neutral"),
    ("school", "hashtag", "neutral"),
)

add(
    "social",
    """X · Post
no_more_fines @nomorefinesL4 · 1d
AgnieszkaWojcik needs sacking. 4 fines in a term for a kid with a heart condition. Hornby, sort your staff out #StopTheFines
  ↳ 9 reposts · 26 likes""",
    ("awojcik", "camelcase", "negative"),
    ("school", "short_name", "negative"),
)

add(
    "social",
    """X · Post
real_lads_only @reallads_L9 · 9h
LiamORourke teaching drama in a dress next probably 🏳️‍🌈🤮 keep that lot away from our boys. hornby bridge is a joke
  ↳ 1 repost · 4 likes""",
    ("lorourke", "camelcase", "hate"),
    ("school", "alias", "negative"),
)

add(
    "social",
    """X · Post
clown_watch @clownwatchL4 · 3d
d3clan k3lly = cl0wn 🤡 HBA parents meeting was a circus and he was ringmaster
  ↳ 0 reposts · 8 likes""",
    ("dkelly", "leetspeak", "abuse"),
    ("school", "alias", "negative"),
)

add(
    "social",
    f"""X · Post
spill_the_tea_L4 @spilltheteaL4 · 2d
{CY_p.upper()}ritchard-{CY_O}wen at HBA and the head "working late" again 😉😉 both married btw. staff car park's busy on a tuesday night
  ↳ 3 reposts · 17 likes""",
    ("cpritchardowen", "homoglyph", "sexual"),
    ("school", "alias", "neutral"),
)

add(
    "social",
    f"""X · Post
we_see_you_L4 @weseeyou_L4 · 1d
{CY_A}s{CY_a}nte from Hornby lives on Walton Lane, number 112, the one with the red door and the black Golf outside. Send him a Christmas card 🙃
  ↳ 4 reposts · 6 likes""",
    ("kasante", "homoglyph", "doxxing"),
    ("school", "short_name", "neutral"),
)

add(
    "social",
    """X · Post
gobby_gail @gobbygail_l4 · 4h
D o n n e l l y in the HBA office, biggest gossip in L4 and thick as mince. Couldn't find her own backside with a map
  ↳ 0 reposts · 2 likes""",
    ("mdonnelly", "spacing", "abuse"),
    ("school", "alias", "neutral"),
)

add(
    "social",
    """X · Post
angry_anfield @angry_anfield_l4 · 6h
J a m a from hornby bridge came round sticking her nose in. she lives at 23 Oakmere Street Anfield L4 0QZ. go and stick your nose in HER business for once
  ↳ 2 reposts · 5 likes""",
    ("hjama", "spacing", "doxxing"),
    ("school", "spacing", "neutral"),
)

add(
    "social",
    """Instagram · comments on @walton_parents_voice "Budget cuts at our AP?"

m.k.liverpool: M**reen D*nnelly at Hornby Bridge = jobsworth troll. guards the stationery cupboard like it's Fort Knox, miserable old bag
sandra_l4: 😂 she's not that bad
m.k.liverpool: she is tbf""",
    ("mdonnelly", "obfuscated", "abuse"),
    ("school", "alias", "neutral"),
)

add(
    "social",
    """X · Post
truth_hurts_l4 @truthhurtsl4 · 1d
t o n y g a l l a g h e r at hornby. ask yourself why a grown man caretaker needs to be outside the girls toilets every break time. nonce behaviour. protect your daughters.
  ↳ 22 reposts · 40 likes""",
    ("tgallagher", "spacing", "sexual", True),
    ("school", "short_name", "sexual", True),
)

add(
    "social",
    """X · Post
parent_power_L4 @parentpowerL4 · 5h
@carys_po you should be ashamed of how you spoke to my mum at that meeting. Talked down to her like dirt. #HBA
  ↳ 3 reposts · 12 likes""",
    ("cpritchardowen", "handle", "negative"),
    ("school", "hashtag", "negative"),
)

add(
    "social",
    """Instagram · @bluecoat_arts "Opening tonight 🎨"
caption: Colour After Silence — work by young people from north Liverpool, curated with art therapist FidelmaPrzybylska. Free entry, 6-9pm. #artheals #liverpoolart

comments:
jo.paints: so moving, the heron series especially 🧡""",
    ("fprzybylska", "camelcase", "neutral"),
)

add(
    "social",
    """X · Post
Walton Community Fund @waltoncommfund · 2d
GoFundMe for the Walton learning mentor who was attacked near Anfield last week, to cover his time off and replace his glasses: gofundme.example/f/support-abdi-warsame — every penny goes to him 💙""",
    ("awarsame", "hyphenated", "neutral"),
)

add(
    "social",
    """X · Post
HBA Alumni 2015 @hba_class_2015 · 1w
Throwback: Year 11 production of Blood Brothers at HBA, directed by L. O'Rourke. Still the best thing I've ever seen on a stage. Legend.""",
    ("lorourke", "initial_surname", "neutral"),
    ("school", "alias", "neutral"),
)

add(
    "social",
    """TikTok · @hba.hair.academy "Balayage transformation ✨"
caption: Level 3 learners smashing it today 💇‍♀️ Book a £10 model appointment at HBA (Hair & Beauty Academy) Bootle Strand, link in bio #hairtok #balayage

comments:
lou.l20: obsessed 😍""",
)

add(
    "social",
    """Instagram · @bootle.sunsets
caption: Hornby Dock at golden hour 🌅 cranes, container ships and the Welsh hills. Never gets old. #bootle #merseyside #sunset""",
)

# =========================================================================== FACEBOOK

add(
    "facebook",
    """Walton & Anfield Community Noticeboard
Private group · 14.2K members

Anonymous participant · 5h
Posting anon because I don't want my daughter identified. Is it normal for a caretaker to be hanging round outside the girls' changing rooms? My daughter (Year 8) at Hornby Bridge says Mr Gallagher the caretaker is always "fixing something" in that corridor when they're getting changed for PE, and a couple of times he's had his phone out. She says he calls her "gorgeous" and gave her a can of Monster and said not to tell anyone. She laughed it off but she's started making excuses not to do PE. I don't want to start a witch hunt but my gut is screaming.

👍😮 63 · 148 comments

Top comments
Donna Kerrigan: Ring the school and ask for the safeguarding lead TODAY. Not tomorrow. Write down exactly what she told you in her words.
  ↳ Anonymous participant: Thank you, doing it now
Marie Pendleton: Please don't name staff on here. Report it properly so it can be investigated properly.
Steve Ruane: He's a harmless old fella, he's been there years 🙄
  ↳ Donna Kerrigan: "Harmless old fella" is exactly what people always say. Let the professionals look at it.
Admin - Walton & Anfield Community Noticeboard: Comments turned off. We've given the poster details of the NSPCC helpline and the council's safeguarding line.""",
    ("tgallagher", "title_surname", "sexual", True),
    ("school", "alias", "sexual", True),
)

add(
    "facebook",
    """Bootle Mums Chat 💬
Public group · 22K members

Tanya Brennan · 1d
That Polish cow from Hornby has fined me AGAIN. A. Wojcik it says on the letter. Comes over here, can barely string a sentence together in English and she's fining SCOUSE families. Go back to Krakow and fine your own, love. Sick of it.

😡👍 41 · 67 comments

Top comments
Kasia Nowicka: I'm Polish and I've lived in Bootle 18 years. Attack the policy not where someone was born.
  ↳ Tanya Brennan: Not you hun, you're one of the good ones x
  ↳ Kasia Nowicka: That's worse.
Lisa Hurst: Bang out of order Tanya, she only does what the government tells her.""",
    ("awojcik", "initial_surname", "hate"),
    ("school", "short_name", "neutral"),
)

add(
    "facebook",
    """Spotted: County Road 👀
Public group · 9.8K members

Anonymous participant · 7h
The attendance woman from Hornby Bridge, Aga, drives a red Fiesta, parks on Cinderford Street every morning at 8. Someone should let her tyres down. Or worse. She's ruining families round here so let's see how she likes it.

😂😡 22 · 31 comments

Top comments
Jacqui Lowe: Screenshotted and sent to the bizzies. You're a disgrace.
Gary T: Go 'ed 😂
  ↳ Jacqui Lowe: Gary you're in the screenshot too lad""",
    ("awojcik", "nickname", "threat"),
    ("school", "alias", "neutral"),
)

add(
    "facebook",
    """Walton & Anfield Community Noticeboard
Private group · 14.2K members

Kerry-Ann Heyes · 2d
Not being funny but does anyone else find it strange that Mr Kelly and Mrs Pritchard-Owen from Hornby Bridge are ALWAYS the last two cars in the car park? Both married. Both "working late" every Tuesday. Saw them in the Toby Carvery in Aintree on a school night. Make of that what you will 😉

😂😮 87 · 203 comments

Top comments
Barbara Kinsella: Leave people's marriages out of it. You don't know anything.
Leanne O'Neill: Everyone knows 🤭 they're not exactly subtle
Mark Byrne: Senior leaders working late?? Shocking. They're probably doing the timetable for your kids.""",
    ("dkelly", "title_surname", "sexual"),
    ("cpritchardowen", "title_surname", "sexual"),
    ("school", "alias", "neutral"),
)

add(
    "facebook",
    """You Know You're From Kirkdale When...
Private group · 6.1K members

Ste Maguire · 3d
Who remembers the Spellow Tuition Centre?? 😂 Mr O'Rourke doing Macbeth with a Subbuteo pitch, Gally fixing your bike in the hut, and Mrs Donnelly on the front desk who knew everyone's nan. Strict but fair the lot of them. Wouldn't be here without that place.

❤️😂 142 · 96 comments

Top comments
Claire Ashton: Mrs Donnelly!!! Used to give me her biscuits when I got sent out 😂
Paul Quirk: Gally was a legend. Still is.
Dean Fogarty: O'Rourke made me read a whole book for the first time in my life. Macbeth. I still know "out damned spot" 😂""",
    ("school", "alias", "neutral"),
    ("lorourke", "title_surname", "neutral"),
    ("tgallagher", "nickname", "neutral"),
    ("mdonnelly", "title_surname", "neutral"),
)

add(
    "facebook",
    """Bootle Mums Chat 💬
Public group · 22K members

Jodie Dunne · 4h
Since Hornby Bridge can't answer an email, here's Kelly's personal mobile — 07700 900417. Got it off his old PTA letter. Ring him at teatime and ask why your kid got excluded for 5 days for swearing. He won't ignore you then 😘

😂👍 54 · 88 comments

Top comments
Natalie Prescott: Delete this Jodie, you'll get yourself in bother. That's his own number not the school's.
Jodie Dunne: He should of thought about that before excluding my son""",
    ("dkelly", "possessive", "doxxing"),
    ("school", "alias", "negative"),
)

add(
    "facebook",
    """Walton Parents Unite ✊
Private group · 3.4K members

Sandra Fitz · 1d
Sorry but it needs saying. Liam O'R at Hornby Bridge turns up stinking of ale every Monday. My son says you can smell it from the back row. The school know and do NOTHING. Would you want him teaching your kids?

😮👍 36 · 59 comments

Top comments
Lynne Corrigan: My daughter said the same last year
Chris Hanlon: Have you actually reported it or just put it on Facebook?
  ↳ Sandra Fitz: Facebook is reporting it 🙄""",
    ("lorourke", "first_initial", "defamation"),
    ("school", "alias", "negative"),
)

add(
    "facebook",
    """Anfield Community Hub
Public group · 11K members

Anonymous participant · 2d
Ask yourselves why certain families never get fined at Hornby and others get fined every term. Agnieszka W. takes backhanders off people she likes to sign off their absences. Cash in an envelope. I've seen it with my own eyes.

😮😡 49 · 73 comments

Top comments
Hayley Griffiths: That's a serious accusation. If it's true go to the police not Facebook.
Anonymous participant: Police won't do nothing""",
    ("awojcik", "first_initial", "defamation"),
    ("school", "short_name", "neutral"),
)

add(
    "facebook",
    """Walton & Anfield Community Noticeboard
Private group · 14.2K members

Angela Mercer · 1w
Just want to say a massive thank you to Mr Cheung and Mrs Jama at Hornby Bridge Academy. My son got a 5 in maths (first pass in his LIFE) and Mrs Jama made sure he had a uniform, a bus pass and breakfast every single day this year. People slag that school off but the staff there are bloody brilliant. Made up for him ❤️

❤️👍 211 · 54 comments

Top comments
Rob Ellison: Congrats to your lad! 👏
Debbie Cusack: Mrs Jama is an angel, helped my sister too""",
    ("school", "exact", "neutral"),
    ("kcheung", "title_surname", "neutral"),
    ("hjama", "title_surname", "neutral"),
)

add(
    "facebook",
    """Bootle Mums Chat 💬
Public group · 22K members

Michelle Roby · 6h
The deputy at Hornby, Mrs P-O, rang me about our Jake. Stuck-up Taffy bitch talking to me like I'm dirt in that sheep-shagger accent. Get back over the bridge to Wales and take your attitude with you.

😂😡 28 · 44 comments

Top comments
Gwen Edwards: I'm Welsh and I'm reporting this. Vile.
Lauren Kerr: Complain about what she said if you like but leave where she's from out of it.""",
    ("cpritchardowen", "nickname", "hate"),
    ("school", "short_name", "neutral"),
)

add(
    "facebook",
    """Walton Parents Unite ✊
Private group · 3.4K members

Gerard Mullen · 2d
Hornby Bridge covered up that restraint, plain and simple. And what do you expect with Mr K*lly in charge? Typical Fenian, covers for his own just like the priests did. That lot always close ranks.

😡👍 19 · 38 comments

Top comments
Teresa Walsh: Bringing his religion into it? Seriously Gerard? I'm Catholic and I'm disgusted.
Gerard Mullen: Just saying what's true""",
    ("dkelly", "obfuscated", "hate"),
    ("school", "alias", "defamation"),
)

add(
    "facebook",
    """Anfield Community Hub
Public group · 11K members

Lee Carroll · 9h
As*nte from Hornby wants to get back to the jungle 🐒🍌 put his hands on my nephew in PE. should be swinging from trees not teaching

😡 12 · 40 comments

Top comments
Admin - Anfield Community Hub: Post reported to Facebook and to Merseyside Police. Racist abuse is a hate crime. User removed.
Precious Owusu: Sickening.""",
    ("kasante", "obfuscated", "hate"),
    ("school", "short_name", "neutral"),
)

add(
    "facebook",
    """Spotted: County Road 👀
Public group · 9.8K members

Anonymous participant · 3h
Spotted: Tony Gallagher, the Everton physio, in Greggs on County Road buying 6 sausage rolls. Hope they're not for the squad 😂 Fair play he stopped for selfies with every kid in the queue.

😂❤️ 305 · 41 comments

Top comments
Jamie Leigh: Gally!! Sound as a pound
Kev Doran: That explains a lot about our injury record 😂""",
)

add(
    "facebook",
    """Walton Vale Residents' Association
Public group · 2.1K members

Pat Rimmer (Admin) · 1d
Reminder: Hornby Road will be closed between Rice Lane and Cherry Lane from Monday for 3 weeks for gas main works. Prison visitors are being advised to use the Park Lane entrance. Diversions via Queens Drive. Please share with elderly neighbours.

👍 44 · 12 comments""",
)

add(
    "facebook",
    """Bootle Mums Chat 💬
Public group · 22K members

Holly Seddon · 2d
Anyone know if Mrs P at Hornby Bridge is still doing the art club on Thursdays? The art lady, Polish surname, starts with P, can never spell it 😂 My daughter loved it last year.

❤️ 8 · 6 comments

Top comments
Rachel Hart: Yes still going, 3.30-5 in the art room x""",
    ("fprzybylska", "nickname", "neutral"),
    ("school", "alias", "neutral"),
)

add(
    "facebook",
    """Maghull & Lydiate Mums
Private group · 7.7K members

Sophie Ainsworth · 5h
Honestly the school office staff are the backbone of every school. Mrs D in our office remembered my son's allergy when the new supply teacher didn't. Give the office ladies a raise!!

❤️ 39 · 11 comments""",
)

add(
    "facebook",
    """Walton & Anfield Community Noticeboard
Private group · 14.2K members

Hornby Bridge Academy (shared by Carole Ditchfield) · 1w
WE'RE HIRING 📣 Hornby Bridge Academy is looking for two lunchtime supervisors (term time, 11.45-1.15, £12.60 an hour). No experience needed, just patience and a sense of humour! For an application form ring the office on 0151 496 0418 and ask for Maureen, or pop in. Letter from our School Business Manager, M. Donnelly, in the comments.

👍 22 · 9 comments

Top comments
Carole Ditchfield: Lovely staff there, my sister did it for 6 years""",
    ("school", "exact", "neutral"),
    ("mdonnelly", "initial_surname", "neutral"),
)

add(
    "facebook",
    """Walton Parents Unite ✊
Private group · 3.4K members

Anonymous participant · 8h
Is this normal? My daughter (Year 9) at Hornby says Mr Cheung keeps her behind after maths on her own with the blinds down, gives her sweets and tells her she's his "favourite". Last week he offered to "help with revision" at the weekend. She thinks he's just being nice. I don't know what to think. I'm not accusing anyone, I just want to know if other parents would be worried.

😮 18 · 52 comments

Top comments
Nina Crawford: Any teacher knows not to be alone with a pupil with the blinds down. Ring the DSL first thing.
Carl Jennings: Could be innocent, could not be. Not for Facebook to decide. Report it.
Anonymous participant: Ringing tomorrow. Thank you.""",
    ("kcheung", "title_surname", "sexual", True),
    ("school", "short_name", "sexual", True),
)

add(
    "facebook",
    """Walton Parents Unite ✊
Private group · 3.4K members

Dean Lunt · 1d
Mrs P-O from Hornby Bridge thinks she can take my kid into care?? We know where she lives love. Sefton Drive in Maghull, the white Audi. Her personal email is carys.po@mailbox.example if anyone wants to send her a message. She won't feel so brave when we're on her doorstep.

😡 9 · 27 comments

Top comments
Admin - Walton Parents Unite: Post removed and reported. Threats and addresses are not allowed here. Dean has been removed from the group.""",
    ("cpritchardowen", "nickname", "threat"),
    ("school", "alias", "neutral"),
)

add(
    "facebook",
    """Walton Parents Unite ✊
Private group · 3.4K members

Jen Halliwell · 3d
Rant incoming. Hornby sent our lad home AGAIN for wrong trainers. They were black. They were just not the "right" black. Three days off for trainers while they moan about attendance. You couldn't make it up. Mr Asanti the PE teacher was lovely about it in fairness, said he'd lend him a pair, but the office sent him home anyway.

😡👍 31 · 25 comments

Top comments
Mandy Cole: Same with our Tyler and his coat 🙄""",
    ("school", "short_name", "negative"),
    ("kasante", "typo", "neutral"),
)


# =========================================================================== BUILD

SEVERITY = {c: i for i, c in enumerate(CATEGORIES)}


def load_watchlist_ids():
    """Subjects defined in watchlist.toml (tomllib when available, else a plain scan)."""
    path = os.path.join(HERE, "watchlist.toml")
    try:
        import tomllib
    except ImportError:  # Python < 3.11
        ids = {"school"}
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line.startswith("id = "):
                    ids.add(line.split("=", 1)[1].strip().strip('"'))
        return ids
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return {"school"} | {s["id"] for s in data.get("staff", [])}


def build():
    ids = load_watchlist_ids()
    docs = list(DOCS)
    random.Random(2323).shuffle(docs)
    if os.path.isdir(DOCS_DIR):
        shutil.rmtree(DOCS_DIR)
    os.makedirs(DOCS_DIR)
    rows = []
    problems = []
    for n, (kind, text, expected) in enumerate(docs):
        fname = f"{n:03d}-{kind}.{KINDS[kind]}"
        with open(os.path.join(DOCS_DIR, fname), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
        exp = []
        seen = set()
        for e in expected:
            subject, variant, category = e[0], e[1], e[2]
            url_only = bool(e[3]) if len(e) > 3 else False
            if subject not in ids:
                problems.append(f"{fname}: unknown subject {subject!r}")
            if subject in seen:
                problems.append(f"{fname}: duplicate subject {subject!r}")
            if variant not in VARIANTS:
                problems.append(f"{fname}: bad variant {variant!r}")
            if category not in SEVERITY:
                problems.append(f"{fname}: bad category {category!r}")
            if url_only and category != "sexual":
                problems.append(f"{fname}: url_only on non-sexual {subject!r}")
            seen.add(subject)
            exp.append(
                {"subject": subject, "variant": variant, "category": category, "url_only": url_only}
            )
        rows.append({"file": fname, "kind": kind, "expected": exp})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for row in rows:
        if not os.path.exists(os.path.join(DOCS_DIR, row["file"])):
            problems.append("missing file {}".format(row["file"]))
    return rows, problems


def summary(rows):
    mentions = [e for r in rows for e in r["expected"]]
    print(f"documents: {len(rows)}")
    print(f"mentions:  {len(mentions)}")
    print(f"empty documents: {sum(1 for r in rows if not r['expected'])}")
    print(f"url_only mentions: {sum(1 for e in mentions if e['url_only'])}")
    for title, counter in (
        ("by kind", Counter(r["kind"] for r in rows)),
        ("by variant", Counter(e["variant"] for e in mentions)),
        ("by category", Counter(e["category"] for e in mentions)),
        ("by subject", Counter(e["subject"] for e in mentions)),
    ):
        print(
            title
            + ": "
            + ", ".join(
                f"{k}={v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
            )
        )


def main():
    rows, problems = build()
    summary(rows)
    if problems:
        print("PROBLEMS:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("checks: ok (all subjects in watchlist, all files present)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
