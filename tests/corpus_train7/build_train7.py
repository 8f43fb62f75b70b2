# ruff: noqa: E501
"""Labelled corpus train7 for the repwatch matcher (Lenbrook Academy, Askerby).

Written WITHOUT reading the matcher, its tests or any other corpus's documents and labels.
This one is a TUNING corpus: the lead engineer may read its errors and change the matcher
to suit them (unlike the held-out corpora, whose measurement is spent once tuned on).

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_train7

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the trust, the town, the sites, the phone numbers (Ofcom drama ranges) and the addresses.

Setting: a large 11-16 academy in Askerby, an invented East Midlands market town (estates:
Tanyard, Priory Fields, Hollin Lane; villages: Skelby, Fennow, Hatherwick, Burleston), run
by the Fosse Ridge Learning Trust and recently judged "requires improvement". Its strict
behaviour policy (isolation booths, phone ban, blazer and shoe rules, the "ClassCharts"-style
points app) divides parents. Before academisation it was Sir William Hollin High School, and
people still call it "Hollin High" or "Lenbrook Comp". The short name "Lenbrook" is shared
by the leisure centre, Lenbrook Town FC, the retail park, Lenbrook Primary School, Lenbrook
Road and the brook itself; "Hollin" by the Hollin Lane estate. Staff share surnames with
strangers (Taylor, Wilson, Brown, Hammond, Fenwick, Coulson, Chauhan, Pilkington). The trust
CEO, Robert Hammond, is on the watchlist as staff (the school would want to hear about him).

Labelling conventions used here: ``short_name`` is "Lenbrook" alone (any case, including
"Lenbrook's" when other forms are also on the page); ``alias`` is a watchlist alias
("Lenbrook Comp", "Hollin High", "Sir William Hollin", "LBA", "Pilko", "Liz Marsh"/"Mrs
Marsh" for the deputy's maiden name); ``nickname`` is a first-name hypocorism or by-name not
on the watchlist ("Kate Beaumont-Pryce", "Liz Coulson", "Bob Hammond", "Tom Fenwick",
"Gaz Pilkington", "Pilks", "Mrs BP", "Sandy Brown"); ``possessive`` is a name that only
appears possessively without a title ("Coulson's booths", "Lenbrook's new rules"), while
"Mr Taylor's" counts as ``title_surname``; ``hyphenated`` is half of the head's
double-barrelled surname ("Mrs Beaumont", "Mrs Pryce") or the surname with the hyphen
dropped; ``first_initial`` is first name plus surname initial ("Paul T."); ``handle`` is an
@-name; ``camelcase`` a run-together name without # or @ ("LenbrookAcademy", "MrsCoulson").
Staff named only by role ("the head", "sir", "the SENCO") are not labelled. "The academy" or
"the comp" alone are not labelled as the school. The school is labelled only when a staff
post's page also identifies the school (by name) - a teacher named with no school on the
page is still labelled for the teacher if the context (town, subject, role) makes clear it
is ours. The school is labelled negative only if the page criticises the school itself.
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
    "school", "kbeaumontpryce", "rhammond", "ecoulson", "ptaylor", "gpilkington", "jwilson",
    "achauhan", "sbrown", "ogrebby", "tfenwick",
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

h = html.escape


def _paras(text: str) -> str:
    return "\n".join(f"<p>{h(p.strip())}</p>" for p in text.strip().split("\n\n") if p.strip())


NEWS_SITES = {
    "mercury": (
        "Askerby Mercury",
        "askerbymercury.example",
        ["Home", "News", "Sport", "Family Notices", "Letters", "Whats On", "Jobs"],
    ),
    "emlive": (
        "East Mids Live",
        "eastmidslive.example",
        ["News", "Crime", "Education", "Traffic", "Football", "Property"],
    ),
    "council": (
        "North Wreyland District Council",
        "northwreyland.example",
        ["Home", "Council and democracy", "Meetings", "Schools", "Bins and recycling", "Planning"],
    ),
    "schoolsweek": (
        "Schools Bulletin",
        "schoolsbulletin.example",
        ["News", "Academies", "Ofsted", "Behaviour", "Opinion", "Jobs"],
    ),
    "courts": (
        "Midlands Court Reporter",
        "midlandscourts.example",
        ["Latest", "Crown Court", "Magistrates", "Inquests", "About"],
    ),
}


def news(
    site: str,
    headline: str,
    body: str,
    *,
    byline: str = "",
    date: str = "",
    section: str = "News",
    comments: tuple[tuple[str, str, str], ...] = (),
    related: tuple[str, ...] = (),
) -> str:
    name, domain, nav = NEWS_SITES[site]
    nav_html = " | ".join(
        f'<a href="https://{domain}/{n.lower().replace(" ", "-")}">{h(n)}</a>' for n in nav
    )
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(headline)} - {h(name)}</title></head><body>',
        f'<header><div class="logo">{h(name)}</div><nav>{nav_html}</nav>'
        '<div class="cookie">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div></header>',
        f'<main><div class="breadcrumb">Home &gt; {h(section)}</div><article><h1>{h(headline)}</h1>',
    ]
    if byline or date:
        out.append(f'<div class="byline">{h(byline)} <time>{h(date)}</time></div>')
    out.append(_paras(body))
    out.append('<div class="share">Share: Facebook | X | WhatsApp | Email</div></article>')
    if comments:
        out.append(
            f'<section class="comments"><h2>Comments ({len(comments)})</h2><p class="rules">Comments are moderated. Please keep it civil.</p>'
        )
        for user, when, text in comments:
            out.append(
                f'<div class="comment"><span class="user">{h(user)}</span> <span class="when">{h(when)}</span><p>{h(text)}</p><a href="#">Reply</a> <a href="#">Report</a></div>'
            )
        out.append("</section>")
    if related:
        out.append(
            '<aside class="related"><h3>Related stories</h3><ul>'
            + "".join(f'<li><a href="#">{h(r)}</a></li>' for r in related)
            + "</ul></aside>"
        )
    out.append(
        f'</main><footer><p>&copy; 2024 {h(name)}. All rights reserved.</p><a href="#">Privacy</a> | <a href="#">Terms</a> | <a href="#">Contact us</a> | <a href="#">Complaints</a></footer></body></html>'
    )
    return "\n".join(out)


FORUMS = {
    "parentnet": ("ParentNet", "parentnet.example", "Talk"),
    "threadit": ("threadit", "threadit.example", "r/"),
    "emtalk": ("EastMidsTalk", "eastmidstalk.example", "Boards"),
    "teachertalk": ("StaffroomTalk", "staffroomtalk.example", "Forums"),
}


def forum(site: str, board: str, title: str, posts: tuple[tuple[str, str, str], ...]) -> str:
    name, domain, crumb = FORUMS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="logo" href="https://{domain}/">{h(name)}</a> <nav><a href="#">Home</a> <a href="#">{h(crumb)}</a> <a href="#">Search</a> <a href="#">Log in</a> <a href="#">Sign up</a></nav></header>',
        f'<main><div class="breadcrumb">{h(crumb)} &gt; {h(board)}</div><h1>{h(title)}</h1>',
    ]
    for i, (user, meta, text) in enumerate(posts):
        cls = "op" if i == 0 else "reply"
        out.append(
            f'<div class="post {cls}"><div class="author">{h(user)}</div><div class="meta">{h(meta)}</div><div class="body">{_paras(text)}</div><div class="actions">Quote | Report | Share</div></div>'
        )
    out.append(
        f'<div class="pager">Page 1 of 1</div></main><footer>{h(name)} &middot; <a href="#">Talk guidelines</a> &middot; <a href="#">Privacy</a> &middot; <a href="#">Contact</a></footer></body></html>'
    )
    return "\n".join(out)


BLOGS = {
    "mumblog": (
        "Tea, Toast and Teenagers",
        "teatoastteens.example",
        "Notes from a Lincolnshire-border mum of three",
    ),
    "teacherblog": (
        "Chalk Dust and Data Drops",
        "chalkdustdata.example",
        "An anonymous secondary teacher writes",
    ),
    "localhist": (
        "Askerby Past and Present",
        "askerbypast.example",
        "Local history of Askerby and the Wreyland villages",
    ),
    "runner": ("Miles with Mags", "mileswithmags.example", "Running, recovering, repeating"),
    "edpolicy": (
        "The Behaviour Question",
        "behaviourquestion.example",
        "Essays on discipline, inclusion and schools",
    ),
}


def blog(
    site: str,
    title: str,
    body: str,
    *,
    date: str = "",
    author: str = "",
    comments: tuple[tuple[str, str, str], ...] = (),
    tags: tuple[str, ...] = (),
) -> str:
    name, domain, strap = BLOGS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="site-title" href="https://{domain}/">{h(name)}</a><p class="strap">{h(strap)}</p>'
        '<nav><a href="#">Home</a> <a href="#">About</a> <a href="#">Archive</a> <a href="#">Subscribe</a></nav></header>',
        f'<main><article><h1>{h(title)}</h1><div class="meta">{h(author)} {h(date)}</div>',
        _paras(body),
    ]
    if tags:
        out.append(
            '<div class="tags">Tags: '
            + ", ".join(f'<a href="#">{h(t)}</a>' for t in tags)
            + "</div>"
        )
    out.append("</article>")
    if comments:
        out.append(f'<section class="comments"><h3>{len(comments)} responses</h3>')
        for user, when, text in comments:
            out.append(
                f'<div class="comment"><b>{h(user)}</b> <i>{h(when)}</i><p>{h(text)}</p></div>'
            )
        out.append("</section>")
    out.append(
        f'<aside><h4>Popular posts</h4><ul><li>Why I stopped buying branded trainers</li><li>Half term on a budget</li><li>My sourdough disaster</li></ul></aside><footer>&copy; {h(name)} &middot; Powered by Quillpress &middot; <a href="#">Cookie settings</a></footer></body></html>'
    )
    return "\n".join(out)


def review(
    site: str,
    stars: int,
    user: str,
    when: str,
    text: str,
    *,
    place: str = "Lenbrook Academy",
    owner_reply: str = "",
) -> str:
    out = [
        f"{site} - {place}",
        f"{'★' * stars}{'☆' * (5 - stars)}  {user} · {when}",
        "",
        text.strip(),
    ]
    if owner_reply:
        out += ["", "Response from the owner:", owner_reply.strip()]
    out += ["", "Helpful?  Share  Report review"]
    return "\n".join(out)


def social(
    platform: str,
    user: str,
    when: str,
    text: str,
    *,
    replies: tuple[tuple[str, str], ...] = (),
    stats: str = "",
) -> str:
    out = [f"{platform}", f"{user} · {when}", text.strip()]
    if stats:
        out.append(stats)
    for ru, rt in replies:
        out += ["", f"{ru}", rt.strip()]
    return "\n".join(out)


def facebook(
    group: str,
    user: str,
    when: str,
    text: str,
    comments: tuple[tuple[str, str], ...] = (),
    *,
    reactions: str = "",
) -> str:
    out = [f"{group}", "Public group · Facebook", "", f"{user}", f"{when} · 🌐", text.strip()]
    if reactions:
        out += ["", reactions]
    if comments:
        out += ["", f"{len(comments)} comments", "Most relevant ▾"]
        for cu, ct in comments:
            out += ["", cu, ct.strip(), "Like · Reply"]
    return "\n".join(out)


FB_ASK = "Askerby Community Noticeboard"
FB_MUMS = "Askerby & Villages Mums and Dads"
FB_NEWS = "Askerby Matters (uncensored)"
FB_SELL = "Askerby Buy Sell Swap"
FB_LOST = "Wreyland Lost & Found Pets and Items"


# ================================================================ documents
# ---- A. parent complaints and the negative/neutral boundary

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Kerry Ann Maddison",
        "2 h",
        """
is anyone elses kid getting constant detentions at lenbrook for SOCKS?? my daughter had trainer socks on (black!!) and got a 45 min after school. rang up and the receptionist was lovely but said she cant do anything. emailed mrs coulson and got a copy and paste reply about "high standards". high standards of what, ankles?? 🙄
""",
        (
            (
                "Dawn Pickering",
                "same here with my lad, hair 'too short at the sides' apparently. hes 12",
            ),
            ("Lee Farrow", "rules are rules tbh, you signed the home school agreement"),
            ("Kerry Ann Maddison", "@Lee Farrow theyre black socks lee 😂"),
            (
                "Tasha Greaves",
                "my sister works at the leisure centre and says the kids are lovely, its just the school being daft",
            ),
        ),
        reactions="👍😆 41",
    ),
    E("school", "short_name", "negative"),
    E("ecoulson", "title_surname", "negative"),
)

add(
    "review",
    review(
        "Google reviews",
        1,
        "Marcus Dean",
        "3 weeks ago",
        """
Absolute joke of a school. My son has spent more time in the isolation booth this term than in maths. No communication at all, you find out about detentions via the app at 3.10pm when hes already sat in one. Requires improvement is generous.
""",
        owner_reply="Thank you for your feedback. We would welcome the opportunity to discuss your concerns; please contact the main office on 01632 960214.",
    ),
    E("school", "exact", "negative"),
)

add(
    "forum",
    forum(
        "parentnet",
        "Secondary education",
        "Lenbrook Academy - worth appealing for a different school?",
        (
            (
                "hollyhock78",
                "Posted 14 Mar",
                "We've been allocated Lenbrook Academy for DS in September (we live on Priory Fields so it's the catchment). Heard mixed things. The Ofsted was RI last year. Is it worth appealing for Carr Hill in Fennow or is Lenbrook not as bad as people say?",
            ),
            (
                "TwoBoysOneDog",
                "Posted 14 Mar",
                "Mine is in year 10 there. Honestly it's fine if your child keeps their head down. The behaviour system is very strict - phones go in a pouch all day, isolation if you get three C3s - but lessons are calmer than when it was Hollin High. Science is good, the drama department is brilliant.",
            ),
            (
                "Wreyland_Mum",
                "Posted 14 Mar",
                "I'd appeal. The communication is terrible and the SEN provision is stretched to breaking point. Not the individual staff's fault but the trust cut the TA budget.",
            ),
            (
                "hollyhock78",
                "Posted 15 Mar",
                "Thanks both, that's really helpful. Carr Hill is a bus ride away so we'll probably give it a go.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
)

add(
    "social",
    social(
        "X",
        "@ashbyfromaskerby",
        "Jan 9",
        """
oh brilliant another inset day on a monday, cheers lenbrook, really helps us working parents 👏👏👏
""",
        stats="3 reposts  19 likes",
    ),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@daz_tanyard",
        "Sep 4",
        """
first day back and the lad got sent home for his shoes. they are BLACK SHOES. Hollin High never used to be like this
""",
    ),
    E("school", "alias", "negative"),
)

add(
    "facebook",
    facebook(
        FB_ASK,
        "Gemma Tolley",
        "Yesterday at 16:42",
        """
Can someone explain the homework app Lenbrook use? Ive got 3 different logins, one for homework one for behaviour points one for payments and none of them talk to each other. My son says he has "no homework" every night and then i get an email saying hes got 6 missing pieces. Not impressed.
""",
        (
            (
                "Shaun Beck",
                "Its called Satchel or something. Its awful. I just screenshot it every sunday",
            ),
            (
                "Ruth Wakelin",
                "Go to parents evening and ask Mr Taylor, he sorted ours out in 5 mins",
            ),
            ("Gemma Tolley", "thanks Ruth will do x"),
        ),
    ),
    E("school", "short_name", "negative"),
    E("ptaylor", "title_surname", "neutral"),
)

add(
    "review",
    review(
        "Google reviews",
        2,
        "J Hardwick",
        "2 months ago",
        """
The teachers are mostly great (shout out to Mr Fenwick in drama who has been amazing with my daughter's confidence) but the school itself is run like a prison. Silent corridors, booths, detentions for pencil cases. Two stars for the staff, zero for the leadership.
""",
    ),
    E("school", "exact", "negative"),
    E("tfenwick", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Naomi Radford",
        "3 d",
        """
Honestly Ms Grebby is the only reason my daughter still likes going in. Everything else about that place is detentions and shouting. But she's had Ms Grebby for English two years running and she's reading books for fun now!! Credit where its due.
""",
        (
            ("Claire Stenson", "Is that Lenbrook? Ms Grebby taught my eldest too, she's a gem"),
            ("Naomi Radford", "yes Lenbrook x"),
        ),
    ),
    E("school", "short_name", "negative"),
    E("ogrebby", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Askerby",
        "Is Lenbrook actually that bad or is it just facebook moaning?",
        (
            (
                "u/not_a_local_yet",
                "12h",
                "Moving to Askerby for work in the summer, kids will be 12 and 14. Reading the community groups you'd think Lenbrook Academy is Alcatraz. Is it actually bad?",
            ),
            (
                "u/wreyland_dad",
                "11h",
                "It's strict, not bad. Facebook groups are where people go to moan. My daughter is in year 11 and on track for good grades. The booths are grim though, I won't pretend otherwise.",
            ),
            (
                "u/tanyard_lad99",
                "10h",
                "left there 2 yrs ago. teachers were sound mostly, rules were mental. got isolation for having my top button undone once lol",
            ),
            (
                "u/Mrs_Peabody_Again",
                "9h",
                "It's fine. Also the leisure centre next door has a great pool so there's that.",
            ),
            ("u/not_a_local_yet", "8h", "Ha, thanks all. Sounds like we'll go and visit."),
        ),
    ),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "Threads",
        "claire.stenson.askerby",
        "2d",
        """
phone ban is great in theory but when your kid is walking home from Lenbrook at 5 after a detention in the dark and cant call you its a different story tbh
""",
    ),
    E("school", "short_name", "negative"),
)

add(
    "review",
    review(
        "Trustpilot",
        5,
        "Priya M",
        "Apr 2024",
        """
Really happy with Lenbrook Academy. My son has autism and Mrs Chauhan the SENCO has been incredible, she set up a quiet pass and a safe space for him at lunch. Communication from her is fast and kind. Yes the rules are strict but he actually likes knowing where he stands.
""",
    ),
    E("school", "exact", "neutral"),
    E("achauhan", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_NEWS,
        "Barry Wragg",
        "5 h",
        """
So the "Academy" is fining parents now is it? Got a letter from the council about my lads attendance and its signed by someone from Fosse Ridge. They had him in a booth for 3 days for talking back and now he wont go in. Whos really to blame here
""",
        (
            ("Lisa Dunmore", "Which school is this Barry"),
            ("Barry Wragg", "Lenbrook obviously, where else"),
            ("Pete Sowerby", "fines are from the council not the school mate"),
        ),
    ),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@Suzy_K_Askerby",
        "Mar 2",
        """
8 pieces of homework set on the app for a 12 year old over half term. EIGHT. #Lenbrook #homework #halfterm
""",
    ),
    E("school", "hashtag", "negative"),
)

add(
    "forum",
    forum(
        "emtalk",
        "Education",
        "Lenbrook Comp uniform - where to buy blazers cheaper?",
        (
            (
                "FrugalFennowMum",
                "Posted 2 Aug",
                "Does anyone know if you HAVE to buy the Lenbrook Comp blazer from the one shop? £42 for a blazer that'll be too small by Easter. The logo's sewn on so you can't use a supermarket one.",
            ),
            (
                "Askerby_Nan",
                "Posted 2 Aug",
                "There's a uniform swap at St Hilda's church hall first Saturday in August, loads of blazers. Also the school's PTA does second hand.",
            ),
            (
                "FrugalFennowMum",
                "Posted 3 Aug",
                "Oh brilliant, thank you! Didn't know about the swap.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
)

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Stacey Holroyd",
        "1 d",
        """
Just want to say a massive thank you to the receptionist at Lenbrook, Sandra Brown, who sat with my daughter for half an hour when she had a panic attack and waited with her till I got there. Whatever people say about the school that lady is a diamond 💎
""",
        (
            ("Mandy Teale", "Sandra is lovely, known her years"),
            ("Joanne Kirk", "Aww thats so nice"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("sbrown", "exact", "neutral"),
)

add(
    "review",
    review(
        "Google reviews",
        1,
        "Anon Parent",
        "1 month ago",
        """
Emailed the school FOUR times about bullying. No reply. Phoned, told someone would call back. Nobody did. Mr Taylor head of year 9 is clearly overwhelmed and doesnt follow anything up. My child is now being bullied on the bus as well. Disgraceful.
""",
    ),
    E("school", "exact", "negative"),
    E("ptaylor", "title_surname", "negative"),
)

add(
    "social",
    social(
        "TikTok comments",
        "under video: 'POV you go to the strictest school in england'",
        "1w",
        """
@brookgirl.09: this is literally lenbrook 😭😭 the booths
@kai_askrby: nah lenbrook is worse fr
@brookgirl.09: coulson would give u a C3 for breathing
""",
        stats="Reply · 212 likes",
    ),
    E("school", "short_name", "negative"),
    E("ecoulson", "surname_only", "negative"),
)

add(
    "facebook",
    facebook(
        FB_ASK,
        "Adrian Pell",
        "4 h",
        """
Not a moan, just a question: does anyone know why the Lenbrook Academy buses from Skelby and Burleston have been cut to one? My nephew has to stand the whole way. Is it the council or the school?
""",
        (
            ("Janet Oakes", "County council cut the contract, it was in the Mercury"),
            ("Adrian Pell", "Cheers Janet"),
        ),
    ),
    E("school", "exact", "neutral"),
)

# ---- B. neutral passing mentions: sport, notices, jobs, buses, directions

add(
    "news",
    news(
        "mercury",
        "Lenbrook girls reach county cup final",
        """
Lenbrook Academy's under-14 girls' football team will play in the Wreyland Schools County Cup final next month after a 3-1 win over Carr Hill School on Wednesday.

Goals from Ellie Marsden (2) and Amber Kaye sent the side through. PE teacher Jade Wilson, who coaches the team, said: "The girls have worked so hard since September. Whatever happens in the final, we're incredibly proud of them."

The final will be played at Lenbrook Town FC's Brook Lane ground on 14 May, kick-off 4.30pm. Spectators are welcome.
""",
        byline="By Sam Keeling",
        date="19 April 2024",
        section="Sport",
        related=("Lenbrook Town FC sign new keeper", "Askerby parkrun celebrates 300th event"),
    ),
    E("school", "exact", "neutral"),
    E("jwilson", "exact", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@MissWilsonPE",
        "May 14",
        """
COUNTY CHAMPIONS 🏆⚽ so so proud of our U14 girls tonight. 2-0 in the final, not a single booking. Thanks to everyone who came down to Brook Lane! #LenbrookPE
""",
        stats="14 reposts  88 likes",
    ),
    E("jwilson", "handle", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_ASK,
        "Askerby Community Noticeboard (admin)",
        "Pinned",
        """
ROADWORKS: Hollin Lane will be closed between the roundabout and Tanyard Road from Monday 3rd for 2 weeks (gas main). Buses diverted via Priory Road. Lenbrook Academy have said the main gate will still be open but expect queues at drop off. Please dont park on the zigzags.
""",
        (
            ("Colin Ashby", "Thanks for the heads up"),
            ("Mel Dearing", "great, the one week I've got to drive 🙃"),
        ),
    ),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "mercury",
        "Timetable changes to 47 and 47A services from September",
        """
Wreyland Connect has confirmed changes to its 47 and 47A services from 2 September.

The 47 will run every 30 minutes between Askerby bus station and Skelby, calling at Priory Fields, Lenbrook Road and Fennow crossroads. The 0742 school-day journey from Burleston will no longer run; students travelling to Lenbrook Academy from Burleston should use the 0731 47A, which will now extend to the academy's Hollin Lane stop.

The Saturday service is unchanged. Full timetables are available at the bus station travel shop.
""",
        byline="Mercury reporter",
        date="22 August 2024",
        section="News",
    ),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "schoolsweek",
        "Jobs: Teacher of Mathematics, Lenbrook Academy (Fosse Ridge Learning Trust)",
        """
Lenbrook Academy, Askerby. Salary: MPS/UPS plus TLR 2b for the right candidate. Start: January 2025. Contract: full time, permanent.

We are looking for an enthusiastic teacher of mathematics to join our growing department. Lenbrook is a large 11-16 academy of 1,450 students in the market town of Askerby, part of the Fosse Ridge Learning Trust. We have a calm, purposeful environment underpinned by a clear behaviour policy, and all staff benefit from centralised detentions and a no-phones culture.

We offer: a reduced timetable for ECTs, a trust-wide CPD programme, free parking, and access to the leisure centre next door at staff rates.

For an informal conversation please contact the headteacher's PA on 01632 960215. Closing date: 8 November, 9am. Lenbrook Academy is committed to safeguarding and promoting the welfare of children; an enhanced DBS check is required.
""",
        section="Jobs",
    ),
    E("school", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_SELL,
        "Tracy Gamble",
        "6 h",
        """
FOR SALE: Lenbrook Academy girls blazer age 13, worn one term, £15. 2 x white blouses £3 each. Collection Tanyard. Also a year 7 PE kit (polo and skort) £10. PM me
""",
        (("Linda Goacher", "Interested in blazer if still available"),),
    ),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "lenbrookacademy",
        "Oct 12",
        """
What a night! 🎭 Our Year 10 production of Blood Brothers played to a full hall for three nights running. Huge thanks to Mr Fenwick and the whole drama team, and to our amazing students. Tickets for the spring show go on sale in January. #LenbrookAcademy #Drama
""",
        stats="♥ 214   💬 18",
    ),
    E("school", "hashtag", "neutral"),
    E("tfenwick", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "mercury",
        "Family notices: Golden wedding - Pat and Derek Hurst",
        """
Pat and Derek Hurst of Fennow celebrate their golden wedding anniversary this Saturday. The couple met in 1972 at a youth club dance in Askerby and married at St Hilda's two years later.

Derek spent 31 years as a caretaker at Sir William Hollin High School - now Lenbrook Academy - and Pat was a dinner lady at Fennow Primary. They have three children and seven grandchildren. Congratulations from all the family!
""",
        section="Family Notices",
    ),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_LOST,
        "Beth Nuttall",
        "2 h",
        """
LOST: black Northface coat with "R. SIMMS" written inside the label, left at the bus stop outside Lenbrook Academy on Hollin Lane about 3.30 today. My son is gutted. Please share 🙏
""",
        (("Alan Cope", "Try reception at the school, they keep a lost property box"),),
    ),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@AskerbyRoads",
        "07:58",
        """
⚠️ Slow traffic on the A617 approach to Askerby, queues back to the Lenbrook Retail Park roundabout. School run traffic on Hollin Lane also heavy near the academy.
""",
    ),
)

add(
    "news",
    news(
        "council",
        "Planning Committee - 12 June - Item 7: 24/0311/FUL",
        """
Application 24/0311/FUL: Erection of a two-storey teaching block with associated landscaping, cycle storage and relocation of staff car park. Lenbrook Academy, Hollin Lane, Askerby. Applicant: Fosse Ridge Learning Trust.

The officer introduced the report. The block would provide eight classrooms and a learning support base to accommodate the academy's increase in Published Admission Number from 270 to 300. Highways raised no objection subject to a revised travel plan. Two letters of objection were received from residents of Hollin Close concerning overlooking and construction traffic.

Cllr Pauline Mee asked whether the drop-off problems on Hollin Lane had been considered. The officer replied that the travel plan included staggered finish times. Cllr Geoff Rudd proposed approval, seconded by Cllr Mee. RESOLVED: approved subject to conditions (8 for, 1 abstention).
""",
        section="Meetings",
    ),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "Bluesky",
        "@fennowfolk.bsky.example",
        "3h",
        """
Lenbrook had the best year 11 results in the trust this summer apparently. Nice to read something positive for once
""",
    ),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_ASK,
        "Pauline Sharpe",
        "Sunday",
        """
Directions for the vaccination clinic on Thursday: its NOT at the surgery, its at Lenbrook Academy sports hall, go in by the Hollin Lane gate not the main entrance, parking on the retail park side is free after 4. Bring your red book.
""",
        (("Irene Cooke", "thank you Pauline"),),
    ),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "runner",
        "Askerby 10k: a race report (and a confession about gels)",
        """
Sunday was the Askerby 10k, my fourth time running it and my first time under 55 minutes. The course has changed this year - the start is now on the playing fields behind Lenbrook Academy rather than the market place, which means you lose the cobbles (hooray) but gain the hill up Tanyard Road at 7k (boo).

Registration was in the academy's sports hall and it was beautifully organised. Toilets! Actual toilets, with no queue! Bag drop run by what I assume were sixth-formers, except Lenbrook hasn't got a sixth form, so presumably year 10s earning their DofE volunteering hours. Either way, very polite.

Kilometres 1 to 3 go out along the old railway path towards Skelby. I went off too fast as always. The water station at 5k was at the Lenbrook Town FC ground and someone had a speaker playing Eye of the Tiger, which I appreciated more than I can say.

Then the hill. I walked. I'm not ashamed. Okay I'm a bit ashamed. Back down Priory Road, past the retail park and the last kilometre along the brook path to the finish. 54:12. A PB by almost two minutes.

The confession: I took a gel at 4k and it was the wrong flavour (salted caramel, never again), and I spent the next two kilometres thinking about nothing else.

Next up: the Fennow Five in October. See you there.
""",
        date="9 September 2024",
        author="Mags",
        tags=("race report", "Askerby", "10k"),
    ),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@LenbrookTownFC",
        "Sat",
        """
FT: Lenbrook Town 2-2 Stapleford Athletic. Late equaliser from Wilson! Brookers unbeaten in 5. Next up Holme Rovers away 🟢⚪
""",
    ),
)

add(
    "news",
    news(
        "mercury",
        "Leisure centre pool to close for six weeks",
        """
Lenbrook Leisure Centre's main pool will close from 1 July for six weeks while the filtration system is replaced, North Wreyland District Council has confirmed.

The learner pool and gym will remain open. Swimming club sessions will move to Carr Hill Leisure in Fennow for the duration. A council spokesperson said: "We know this is disruptive over the summer and we apologise."
""",
        byline="By Sam Keeling",
        date="3 June 2024",
        section="News",
        related=("Retail park unit to become gym", "Council tax: what you'll pay"),
    ),
)

add(
    "news",
    news(
        "mercury",
        "New tenant for empty retail park unit",
        """
A budget gym chain has signed a lease on the former carpet showroom at Lenbrook Retail Park, the site's owners have confirmed. The 24-hour gym will open in the autumn, creating 12 jobs. The unit has been empty since 2021.

Retail park manager Paul Taylor said: "We're delighted. It brings footfall to the whole park and complements the food offering." Planning permission for a change of use was granted in March.
""",
        byline="By Hannah Oduya",
        date="11 July 2024",
        section="Business",
    ),
)

add(
    "facebook",
    facebook(
        FB_ASK,
        "Lenbrook Primary School PTA",
        "Friday",
        """
Summer Fair this Saturday 12-3 at Lenbrook Primary School! Tombola, bouncy castle, cake stall and the famous teacher-in-the-stocks 😂 Mrs Taylor (Year 2) has bravely volunteered. All proceeds go towards the new reading shed. Entry 50p.
""",
        (
            ("Kim Lodge", "We'll be there!"),
            ("Shona Peck", "Do you need any more cakes making?"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        FB_SELL,
        "Gary Hewitt",
        "3 d",
        """
Two tickets for Lenbrook Town v Holme Rovers cup game Tuesday, cant make it now, £8 each face value. Collection Lenbrook Road or can drop off in Askerby
""",
    ),
)

# ---- C. abuse, insults and harassment

add(
    "facebook",
    facebook(
        FB_NEWS,
        "Wayne Corby",
        "1 h",
        """
That Coulson woman is a power mad witch. Shes got my lad in a booth AGAIN, sat facing a wall for 6 hours like a battery hen. Someone needs to take her down a peg. Nasty bitter cow who clearly hates kids
""",
        (
            ("Sharon Lowe", "Wayne calm down mate"),
            ("Deb Hinds", "She put mine in isolation for a pen. A PEN."),
            ("Wayne Corby", "Im calm. Shes still a witch"),
        ),
    ),
    E("ecoulson", "surname_only", "abuse"),
)

add(
    "social",
    social(
        "X",
        "@tanyardtiger",
        "Feb 7",
        """
P1lk1ngton is such a fat useless prick lmaooo cant even work the smartboard 💀 #lenbrook
""",
    ),
    E("gpilkington", "leetspeak", "abuse"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "TikTok comments",
        "under video: 'rating my teachers'",
        "4d",
        """
@yr9_chaos: wheres pilko 😭 hes the only good one
@zaynnn_06: pilko is a legend tbf
@yr9_chaos: whitch one is coulsen tho 👀 the one with the face like a slapped arse
""",
        stats="Reply · 87 likes",
    ),
    E("gpilkington", "alias", "neutral"),
    E("ecoulson", "typo", "abuse"),
)

add(
    "forum",
    forum(
        "emtalk",
        "Askerby & District",
        "The new head at Lenbrook",
        (
            (
                "ExHollinStaff",
                "Posted 20 Jan",
                "Mrs Beaumont-Pryce has been in post two years now. Anyone else think she's completely out of her depth? Every letter home is management speak. 'Our journey to excellence.' Meanwhile the roof leaks in B block.",
            ),
            (
                "BrookDad",
                "Posted 20 Jan",
                "She's a jumped-up clueless careerist who'll be gone to a trust job in another year, mark my words. Absolute airhead.",
            ),
            ("ExHollinStaff", "Posted 21 Jan", "Harsh but not entirely wrong about the trust job."),
            (
                "Carrie_F",
                "Posted 21 Jan",
                "I've found her perfectly pleasant at parents evening, for what it's worth. The roof isn't her fault, that's the trust's capital budget.",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("kbeaumontpryce", "exact", "abuse"),
)

add(
    "social",
    social(
        "X",
        "@RealAskerbyMum",
        "Jun 3",
        """
Mrs Pryce at Lenbrook is the most smug patronising woman I have ever had the misfortune to sit across a table from. Clown.
""",
    ),
    E("kbeaumontpryce", "hyphenated", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_NEWS,
        "Ricky Sowter",
        "Yesterday",
        """
Sandy Brown on reception at the comp is the rudest woman alive. Miserable old bag, wouldnt even look up from her screen. Get someone on that desk who can smile
""",
        (
            ("Julie Ann Platts", "Thats not fair Ricky she's always been lovely to me"),
            ("Ricky Sowter", "well she wasnt today"),
        ),
    ),
    E("sbrown", "nickname", "abuse"),
)

add(
    "social",
    social(
        "Instagram comments",
        "on @lenbrookacademy: 'Please welcome our new Head of Year 9!'",
        "2w",
        """
t4ylor is a massive weirdo tbh 🤢🤢 no one likes him
lol fr
be nice guys 😂
""",
    ),
    E("ptaylor", "leetspeak", "abuse"),
    E("school", "handle", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Askerby",
        "Rant: the trust CEO's salary",
        (
            (
                "u/skelby_steve",
                "3d",
                "Just seen that Bob Hammond, CEO of Fosse Ridge, is on £215k a year. Fosse Ridge runs Lenbrook and five primaries. Meanwhile my kid's science class has had a supply teacher since October. Absolute leech.",
            ),
            (
                "u/hatherwick_hen",
                "3d",
                "Trust CEO pay is a national scandal but £215k for seven schools is mad.",
            ),
            (
                "u/Fennow_Flyer",
                "2d",
                "Hammond is a grifter in a suit. Ex-Ofsted inspector turned empire builder.",
            ),
            (
                "u/skelby_steve",
                "2d",
                "Lenbrook's Ofsted said leadership was 'not yet consistently effective' and he still got a pay rise.",
            ),
        ),
    ),
    E("rhammond", "nickname", "abuse"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@askerby_anon99",
        "Nov 22",
        """
C o u l s o n is a bully in a cardigan. if u work at lenbrook u know. #SackHer
""",
    ),
    E("ecoulson", "spacing", "abuse"),
    E("school", "short_name", "neutral"),
)

add(
    "review",
    review(
        "Google reviews",
        1,
        "Kieran Baxter",
        "5 days ago",
        """
Head of drama Tom Fenwick is a pompous luvvie who thinks hes at the National Theatre. Threw my daughter out of the school play for missing ONE rehearsal. Useless man.
""",
    ),
    E("tfenwick", "nickname", "abuse"),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "TikTok comments",
        "under video: 'my pe teacher when its 2 degrees'",
        "6d",
        """
@lenbrookk_: miss w!lson is a actual psycho making us do cross country in the hail 😭
@fennowgirl: she isss
""",
        stats="Reply · 44 likes",
    ),
    E("jwilson", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "X",
        "@TanyardTruth",
        "Apr 1",
        """
Liz Coulson = small-minded jobsworth with a clipboard. Lenbrook kids deserve better than her and her booths
""",
    ),
    E("ecoulson", "nickname", "abuse"),
    E("school", "short_name", "neutral"),
)

# ---- D. threats (and things that only look like threats)

add(
    "facebook",
    facebook(
        FB_NEWS,
        "Anon member",
        "45 min",
        """
If that Taylor at Lenbrook puts my son in isolation once more I will be waiting for him in the car park and he wont be walking to his car. Ive told him. Final warning.
""",
        (
            (
                "Admin - Askerby Matters",
                "Post turned off for comments. Please don't threaten people on here.",
            ),
        ),
    ),
    E("ptaylor", "surname_only", "threat"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@brookbanter_",
        "Mar 19",
        """
someone should torch coulsons car tbh 🔥🔥 i know which one it is. blue fiesta in the staff car park. just saying
""",
    ),
    E("ecoulson", "surname_only", "threat"),
)

add(
    "news",
    news(
        "emlive",
        "Man charged after threats to Askerby deputy headteacher",
        """
A 41-year-old man has been charged with sending threatening communications after a deputy headteacher at an Askerby school received a series of messages.

Police said the messages, sent between 2 and 9 February, were directed at Elizabeth Coulson, deputy headteacher at Lenbrook Academy, and included threats to harm her at her home. The man, from the Tanyard area of Askerby, has been bailed to appear before Wreyland Magistrates' Court on 4 March.

A spokesperson for the Fosse Ridge Learning Trust said: "The safety of our staff is paramount. We are grateful to the police for their swift action and will not comment further while proceedings are live."

Lenbrook Academy was rated "requires improvement" by Ofsted last year. Its behaviour policy, which includes isolation booths and a full phone ban, has drawn strong opinion locally.
""",
        byline="By Priti Sandhu, Crime reporter",
        date="12 February 2024",
        section="Crime",
        comments=(
            (
                "TanyardTony",
                "12 Feb",
                "No excuse for threatening anyone. Hope they throw the book at him.",
            ),
            (
                "realistic_rob",
                "12 Feb",
                "Whatever you think of the booths you don't threaten a teacher. Disgraceful.",
            ),
        ),
    ),
    E("ecoulson", "exact", "threat"),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@wreyland_mum_of_4",
        "Feb 12",
        """
Read about Mrs Coulson getting threatened. Ive moaned about Lenbrook's rules on here plenty but threatening a teacher is NEVER ok. Hope shes alright.
""",
    ),
    E("ecoulson", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Instagram comments",
        "on a photo of Lenbrook Academy's Year 11 prom",
        "1d",
        """
pilkingtons lucky hes not at prom 🔪 we know where he lives 🏠 skelby innit
""",
    ),
    E("gpilkington", "surname_only", "threat"),
    E("school", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_NEWS,
        "Craig Lambe",
        "2 d",
        """
Mr Hammond from the trust wants to come to Askerby and tell us our kids are the problem? Let him come. Let him walk down Tanyard on his own after dark and see what happens. We look after our own round here.
""",
        (
            ("Vicky Spence", "Craig thats not on"),
            ("Craig Lambe", "just saying hed be very welcome 😉"),
        ),
    ),
    E("rhammond", "title_surname", "threat"),
)

add(
    "forum",
    forum(
        "parentnet",
        "Secondary education",
        "Killing me slowly - year 9 options evening",
        (
            (
                "MrsMiggins",
                "Posted 6 Feb",
                "Honestly that options evening at Lenbrook nearly killed me. Two and a half hours! Mr Taylor did his talk and then the head did the same talk again in different words. I could murder a gin.",
            ),
            (
                "OverItMum",
                "Posted 6 Feb",
                "Ha we left at the break. The booklet tells you everything anyway.",
            ),
            (
                "MrsMiggins",
                "Posted 7 Feb",
                "Wise. To be fair Mr Taylor answered all our questions after, he's very patient.",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("ptaylor", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@gcse_grind",
        "May 20",
        """
if grebby sets one more poetry essay im going to explode 💥💥 love her but PLEASE
""",
    ),
    E("ogrebby", "surname_only", "neutral"),
)

add(
    "news",
    news(
        "courts",
        "Askerby man jailed for harassment of school receptionist",
        """
A man who left abusive voicemails and turned up repeatedly at an Askerby school demanding to see a receptionist has been jailed for 16 weeks.

Wreyland Magistrates' Court heard that Dean Askew, 36, of no fixed abode, made more than 40 calls to Lenbrook Academy's main office between October and December last year. In several he told receptionist Sandra Brown he would "wait for her after work" and that she "wouldn't see Christmas".

On two occasions he was escorted from the site by staff. Mrs Brown told the court in a statement that she had started varying her route home and no longer felt safe at work.

Askew pleaded guilty to harassment putting people in fear of violence. Magistrates also imposed a five-year restraining order.
""",
        byline="Court reporter",
        date="3 April 2024",
        section="Magistrates",
    ),
    E("sbrown", "exact", "threat"),
    E("school", "exact", "neutral"),
)

# ---- E. defamation (allegations of crime or misconduct)

add(
    "facebook",
    facebook(
        FB_NEWS,
        "Truth Teller Askerby",
        "3 h",
        """
Ask yourselves why Lenbrook's results went up so much this year. I have it on good authority the head, Katherine Beaumont-Pryce, had staff "helping" with coursework and quietly off-rolled 30 kids before the exams so they wouldnt count. Thats fraud. Ofsted should be told.
""",
        (
            ("Mark Tebbutt", "source?"),
            ("Truth Teller Askerby", "cant say but its true"),
            ("Linda Hardy", "off rolling is illegal isnt it"),
        ),
    ),
    E("kbeaumontpryce", "exact", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@wreyland_whistle",
        "Aug 30",
        """
Fun fact: Robert Hammond's brother-in-law's building firm got the contract for the new block at Lenbrook. No tender. Funny that. #FosseRidge #corruption
""",
    ),
    E("rhammond", "possessive", "defamation"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "emtalk",
        "Askerby & District",
        "PE teacher drunk at the Year 11 trip?",
        (
            (
                "JustAsking22",
                "Posted 2 Jul",
                "My son came back from the Lenbrook Comp Year 11 trip to Skegness saying Miss Wilson was drunk on the coach home and had to be helped off. Surely that's a sacking offence if true?",
            ),
            ("ParentOfThree", "Posted 2 Jul", "Kids exaggerate. Mine said she was 'tired'."),
            (
                "JustAsking22",
                "Posted 3 Jul",
                "Three different kids have said it. And she was driving the minibus on Monday. Someone should report her.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("jwilson", "title_surname", "defamation"),
)

add(
    "social",
    social(
        "Bluesky",
        "@askerbyanon.bsky.example",
        "1d",
        """
the science teacher everyone calls pilks nicks equipment from the labs and sells it on marketplace. ive seen the listings. lenbrook know and do nothing
""",
    ),
    E("gpilkington", "nickname", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "news",
    news(
        "courts",
        "Former trust finance officer and CEO named in civil claim",
        """
A former finance officer at the Fosse Ridge Learning Trust has lodged a civil claim at the High Court alleging she was dismissed after raising concerns about procurement.

The claim, seen by the Midlands Court Reporter, alleges that the trust's chief executive, Robert Hammond, directed that a building contract at Lenbrook Academy in Askerby be awarded without competitive tender, and that payments totalling £180,000 were approved without board sign-off.

The trust denies the allegations and says it will "robustly defend" the claim. Mr Hammond has not responded to requests for comment. No court date has been set.
""",
        byline="By Ellis Warne",
        date="15 October 2024",
        section="Latest",
    ),
    E("rhammond", "exact", "defamation"),
    E("school", "exact", "neutral"),
)

add(
    "review",
    review(
        "Google reviews",
        1,
        "D. Pearson",
        "2 weeks ago",
        """
Reported a teacher for shoving my son against a wall in the corridor. Mr Taylor, head of year. School said "investigated" and nothing happened. Assault is assault. Covering up for their own.
""",
    ),
    E("ptaylor", "title_surname", "defamation"),
    E("school", "exact", "negative"),
)

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Louise Brammer",
        "1 d",
        """
Not being funny but the SENCO at Lenbrook is falsifying the EHCP paperwork. Mrs C-h-a-u-h-a-n signed off my daughters review as "parent agreed" when I was never even at the meeting. Thats forgery
""",
        (
            ("Kate Sisson", "Report it to the council SEN team hun"),
            ("Louise Brammer", "I have x"),
        ),
    ),
    E("achauhan", "obfuscated", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@brookside_bex",
        "Oct 3",
        """
heard mr fenwick got suspended for stealing from the drama fund 😳 that's why the christmas show got cancelled. lenbrook keeping it very quiet
""",
    ),
    E("tfenwick", "title_surname", "defamation"),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "teachertalk",
        "Workplace issues",
        "Deputy head 'losing' complaints about her",
        (
            (
                "staffroom_ghost",
                "Posted 11 Nov",
                "Without naming the school (East Mids, big 11-16, booths) - our deputy for behaviour, Mrs Marsh as was, now married name, has been deleting formal complaints from the log before the governors see them. Several of us have seen it happen. What do we do? Union?",
            ),
            (
                "NQT_survivor",
                "Posted 11 Nov",
                "Go to the union and keep your own copies of everything. If you can prove it that's misconduct.",
            ),
            (
                "staffroom_ghost",
                "Posted 12 Nov",
                "Thanks. The Askerby rumour mill will do the rest anyway.",
            ),
        ),
    ),
    E("ecoulson", "alias", "defamation"),
)

# ---- F. doxxing

add(
    "facebook",
    facebook(
        FB_NEWS,
        "Wayne Corby",
        "20 min",
        """
Since Coulson wont answer emails heres her mobile, 07700 900418. Ring her and tell her what you think of her booths. She lives on Orchard Rise in Skelby, the house with the white Audi
""",
        (("Admin - Askerby Matters", "Removed the number Wayne, you'll get the group shut down"),),
    ),
    E("ecoulson", "surname_only", "doxxing"),
)

add(
    "social",
    social(
        "X",
        "@lenbrook_leaks",
        "Jan 30",
        """
@LenbrookHead personal email is k.beaumontpryce.home@mailbox.example since the school one "doesnt reach her". go for it
""",
    ),
    E("kbeaumontpryce", "handle", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Askerby",
        "Where does the Fosse Ridge CEO actually live?",
        (
            ("u/skelby_steve", "1d", "Genuine question. Not from round here is he"),
            (
                "u/throwaway_fr",
                "1d",
                "Hammond? 14 Kestrel Close, Hatherwick. Big house with the electric gates. Reg HAM 1 on the Range Rover lol",
            ),
            ("u/mod_askerby", "1d", "Removed personal info. Don't post addresses."),
        ),
    ),
    E("rhammond", "surname_only", "doxxing"),
)

add(
    "social",
    social(
        "TikTok comments",
        "under video: 'rate my teacher's car'",
        "3d",
        """
@fennowgirl: thats mr taylors house on burleston road number 62 i walk past it every day 😂 his bins are always out
@yr9_chaos: knock knock 👀
""",
        stats="Reply · 30 likes",
    ),
    E("ptaylor", "title_surname", "doxxing"),
)

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Anon member",
        "1 h",
        """
For anyone who wants to complain directly: Gareth Pilkington (science) is on 07700 900762, he gave it out on the Duke of Ed trip and its his personal phone. Much quicker than waiting for the school to reply
""",
    ),
    E("gpilkington", "exact", "doxxing"),
)

add(
    "social",
    social(
        "X",
        "@parentpower_ask",
        "Sep 12",
        """
Miss Jade W. (PE, Lenbrook) lives above the chippy on Market Street, flat 2. Maybe we should all pop round and ask why my son got a detention for wrong colour trainers 🤷
""",
    ),
    E("jwilson", "first_initial", "doxxing"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_ASK,
        "Mandy Teale",
        "3 h",
        """
Reminder: to report an absence at Lenbrook ring the attendance line 01632 960215 before 8.45 or use the form on the website. Sandra on reception says they're getting loads of calls to the main number instead which clogs it up.
""",
        (("Gail Wootton", "thanks Mandy"),),
    ),
    E("school", "short_name", "neutral"),
    E("sbrown", "nickname", "neutral"),
)

# ---- G. hate

add(
    "facebook",
    facebook(
        FB_NEWS,
        "Anon member",
        "6 h",
        """
Why has Lenbrook got a SENCO called Chauhan deciding which english kids get help. Shes only looking after her own lot. Send her back where she came from and give the job to a local
""",
        (("Admin - Askerby Matters", "Racist comments will be removed. Final warning."),),
    ),
    E("achauhan", "surname_only", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@proudbrit_ask",
        "Jul 8",
        """
Mrs Ch@uhan at the comp wearing her bindi in a British school. Its not her country, its ours. #Askerby
""",
    ),
    E("achauhan", "leetspeak", "hate"),
)

add(
    "forum",
    forum(
        "emtalk",
        "Askerby & District",
        "Drama teacher and 'pride week'",
        (
            (
                "KeepKidsInnocent",
                "Posted 3 Jun",
                "So Fenwick, the drama teacher at Lenbrook, is running a 'pride week' assembly. Of course he is, people like him shouldn't be allowed near kids, they're all the same. Disgusting perverts pushing their lifestyle.",
            ),
            ("FennowDad", "Posted 3 Jun", "Reported. That's vile and you know it."),
            ("KeepKidsInnocent", "Posted 3 Jun", "Just saying what everyone thinks."),
        ),
    ),
    E("tfenwick", "surname_only", "hate"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Bluesky",
        "@midlandsmoaner.bsky.example",
        "2d",
        """
the head at lenbrook is a woman and a mum, of course the place is chaos. women shouldnt be running big schools, no backbone. Beaumont-Pryce proves it
""",
    ),
    E("kbeaumontpryce", "exact", "hate"),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Rachel Booth",
        "2 d",
        """
Reporting this so people know: someone has been sharing a meme of Miss Wilson from Lenbrook PE with a homophobic slur across it, in the year 10 group chats. Shes an amazing teacher and doesnt deserve that. Parents please check your kids phones.
""",
        (
            ("Tina Howell", "Thats horrible. Hope the school deal with it"),
            ("Rachel Booth", "they are, Mrs Coulson is on it"),
        ),
    ),
    E("jwilson", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
    E("ecoulson", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "TikTok comments",
        "under video: 'my sen teacher'",
        "5d",
        """
@x_brooker_x: mrs chauhan only helps the spaz kids 🤪🤪 special needs = special treatment
@lenbrookk_: bro thats actually messed up
""",
        stats="Reply · 9 likes",
    ),
    E("achauhan", "title_surname", "hate"),
)

add(
    "social",
    social(
        "X",
        "@nopc_ask",
        "Oct 30",
        """
The only reason that Grebby woman got her job at #HollinHigh is because she's gay. Diversity hire. Lesbians running the English dept now
""",
    ),
    E("ogrebby", "surname_only", "hate"),
    E("school", "hashtag", "neutral"),
)

# ---- H. sexual content (url_only where a child may be involved) - insinuation only

add(
    "social",
    social(
        "Instagram comments",
        "on @lenbrookacademy: 'Well done to our Year 9 netball squad, area runners-up!'",
        "3d",
        """
some of them dont look 14 😏😏 who's the one on the end, asking for a friend
dm me the full size pic
""",
        stats="♥ 2",
    ),
    E("school", "handle", "sexual", url_only=True),
)

add(
    "facebook",
    facebook(
        FB_NEWS,
        "Anon member",
        "2 h",
        """
Parents of year 9 girls at Lenbrook, ask your daughters if a certain science teacher (the one they all call Pilko) has been adding them on snapchat. Mine had messages at 11pm asking if she was "home alone". Hes been giving girls lifts too. Im not saying more on here.
""",
        (
            ("Karen Dobbs", "this needs to go to the police not facebook"),
            ("Anon member", "it has"),
        ),
    ),
    E("gpilkington", "alias", "sexual", url_only=True),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "emtalk",
        "Askerby & District",
        "Why does Mr T keep girls behind?",
        (
            (
                "WorriedInSkelby",
                "Posted 9 Oct",
                "My daughter (year 10) says Mr Taylor the head of year keeps certain girls back after detention, blinds down, nobody else in the room, and tells them it's 'between us'. Always the same few. Am I overreacting?",
            ),
            (
                "ParentOfThree",
                "Posted 9 Oct",
                "No you are not overreacting. Ring the LADO at the council today.",
            ),
            ("WorriedInSkelby", "Posted 9 Oct", "Thank you. Doing it now."),
        ),
    ),
    E("ptaylor", "title_surname", "sexual", url_only=True),
)

add(
    "forum",
    forum(
        "threadit",
        "r/UKgirlsnextdoor_pics",
        "local school sports day - lenbrook",
        (
            (
                "u/throwaway77221",
                "5h",
                "lenbrook academy put their sports day gallery up again 🥵 year 11 girls in the 100m. link in comments. the one in the yellow vest especially",
            ),
            ("u/anon_x81", "4h", "absolute treat mate keep em coming"),
            ("u/AutoModerator", "4h", "This post has been reported for review."),
        ),
    ),
    E("school", "exact", "sexual", url_only=True),
)

add(
    "social",
    social(
        "X",
        "@concerned_brook_mum",
        "Jan 15",
        """
funny how T. Fenwick always casts the prettiest year 8 girls as the leads and then does "extra rehearsals" at his flat on a sunday. nobody else thinks thats odd?? #Lenbrook
""",
    ),
    E("tfenwick", "initial_surname", "sexual", url_only=True),
    E("school", "hashtag", "negative"),
)

add(
    "news",
    news(
        "mercury",
        "In pictures: Lenbrook Academy Year 11 prom 2024",
        """
Lenbrook Academy's Year 11 students celebrated the end of their GCSEs in style at the Hatherwick Hall Hotel on Friday night.

Arrivals included a tractor, a fire engine and a vintage Routemaster bus. Headteacher Katherine Beaumont-Pryce said: "This year group has been remarkable and we're so proud of them."

Scroll down for our gallery of 64 photos.
""",
        byline="Mercury photographer",
        date="29 June 2024",
        section="News",
        comments=(
            ("GrandadGeoff", "29 Jun", "Lovely to see. Well done all."),
            (
                "big_al_77",
                "29 Jun",
                "phwoar some of these girls grow up fast 😍 photo 23 in the red dress, she'll be trouble in a couple of years lol",
            ),
            ("SueW", "30 Jun", "@big_al_77 they're 16 you creep. Reported."),
        ),
    ),
    E("school", "exact", "sexual", url_only=True),
    E("kbeaumontpryce", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Anon member",
        "5 h",
        """
Is it true Jade W at Lenbrook was "seeing" a year 11 lad? My son says everyone knows and there are screenshots going round. If it's true shes not fit to be near children.
""",
        (
            ("Michelle Rowe", "please dont spread this unless you know its true"),
            ("Anon member", "my son wouldnt make it up"),
        ),
    ),
    E("jwilson", "first_initial", "sexual", url_only=True),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@lad_banter_ask",
        "Sep 6",
        """
miss wilson the pe teacher at lenbrook is an absolute weapon 🥵 in them leggings... would do bad things. year 11 me was in love
""",
    ),
    E("jwilson", "title_surname", "sexual"),
    E("school", "short_name", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Askerby",
        "hot teachers of askerby (be nice)",
        (
            (
                "u/forty_and_bored",
                "2d",
                "ok controversial but Ms Grebby from Hollin High was the reason I passed English lit. the cardigan and the glasses. I'd let her mark me anytime 😏",
            ),
            ("u/fennow_flyer", "2d", "mate she's still there, have some respect"),
            ("u/forty_and_bored", "2d", "just saying what we all thought lol"),
        ),
    ),
    E("ogrebby", "title_surname", "sexual"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@skelbystud",
        "Jun 22",
        """
the new head at lenbrook, mrs beaumont pryce, milf alert 🔥 id let her put me in isolation 😏
""",
    ),
    E("kbeaumontpryce", "hyphenated", "sexual"),
    E("school", "short_name", "neutral"),
)

# ---- I. praise, thanks and mixed posts

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Jo Wesson",
        "Yesterday",
        """
Results day!!! So proud of my boy, 7 GCSEs including a 7 in science. Massive thanks to Mr Pilkington who gave up his lunchtimes for months. Lenbrook gets a lot of stick on here but the teachers really do care ❤️
""",
        (
            ("Sandra Pell", "Congratulations!!"),
            ("Kerry Ann Maddison", "well done to him! Pilko is a legend"),
        ),
    ),
    E("gpilkington", "title_surname", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "review",
    review(
        "Google reviews",
        4,
        "Hannah Elphick",
        "4 months ago",
        """
Strict? Yes. But my daughter went from hating school to being on the honour roll. The pastoral team, especially Paul Taylor, have been brilliant. Knocked a star off because the parent app is a nightmare.
""",
    ),
    E("school", "exact", "negative"),
    E("ptaylor", "exact", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@ex_hollin_1998",
        "Nov 11",
        """
found my old Sir William Hollin High School tie in the loft 😂 class of 98, the building I had maths in is now a car park apparently
""",
    ),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_ASK,
        "Dave Mottram",
        "2 d",
        """
Dont often post but credit where due - Lenbrook year 8s did a litter pick along the brook path and Tanyard rec on Saturday with their teacher Mr Fenwick and they filled 40 bags. Well done kids 👏
""",
        (
            ("Brenda Coe", "Lovely to see"),
            (
                "Steve Rudd",
                "nice one, shame about the adults who dropped it all in the first place",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("tfenwick", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "parentnet",
        "SEN",
        "Good SENCOs in the East Midlands? (long, sorry)",
        (
            (
                "SENmumof2",
                "Posted 4 Mar",
                "We're moving to Askerby and DD has an EHCP for ASD and dyslexia. Has anyone got experience of the SEN provision at the secondaries round there? Strict behaviour policies really worry me.",
            ),
            (
                "WreylandSEN",
                "Posted 4 Mar",
                "My son is at Lenbrook Academy. I was terrified of the behaviour policy but Anita Chauhan, the SENCO, put reasonable adjustments in before he even started: a time-out card, exemption from the silent corridors, a named adult. She is overworked but she fights for the kids. The policy itself is still rigid and some staff apply it without reading the plans, which is a real problem.",
            ),
            ("SENmumof2", "Posted 5 Mar", "That's really reassuring about the SENCO, thank you."),
        ),
    ),
    E("school", "exact", "negative"),
    E("achauhan", "exact", "neutral"),
)

add(
    "social",
    social(
        "Bluesky",
        "@ottoline.reads.bsky.example",
        "Mar 7",
        """
World Book Day at school: 200 kids dressed as Wednesday Addams and one small boy dressed as a very convincing Macbeth. Best day of the year. 📚
""",
        replies=(
            ("@sarahk_teach", "love this! how's lenbrook treating you?"),
            ("@ottoline.reads.bsky.example", "tired but happy 😅"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("ogrebby", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@grebbyreads",
        "Jul 19",
        """
Last day of term. To my Y11s: you were a joy. Go and read something that isn't on a syllabus. Thank you for three brilliant years, Lenbrook. 💛
""",
        stats="6 reposts  140 likes",
    ),
    E("ogrebby", "handle", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "review",
    review(
        "Google reviews",
        3,
        "Tom Aldred",
        "6 months ago",
        """
Mixed. Teaching is decent, Mrs Coulson clearly runs a tight ship and the corridors are calm. But the way the isolation booths are used is excessive and I don't think the school listens to parents at all.
""",
    ),
    E("school", "exact", "negative"),
    E("ecoulson", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Leanne Pogson",
        "4 h",
        """
Mrs BP replied to my email personally within the hour on a Saturday. Whatever else people say, that's more than the last head ever did.
""",
        (
            ("Cheryl Hebb", "Is that the head at Lenbrook?"),
            ("Leanne Pogson", "yes Beaumont-Pryce"),
        ),
    ),
    E("kbeaumontpryce", "exact", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@FosseRidgeLT",
        "Sep 1",
        """
Welcome back to all our students and staff across Fosse Ridge! A special welcome to the 300 new Year 7s at @LenbrookAcad - the biggest intake in the school's history. CEO Robert Hammond will be visiting all our schools this week.
""",
        stats="4 reposts  31 likes",
    ),
    E("school", "handle", "neutral"),
    E("rhammond", "exact", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@LenbrookAcad",
        "Jan 10",
        """
Reminder: Year 9 options evening is Thursday 18th, 5.30-7.30pm in the main hall. Presentations by Mrs Beaumont-Pryce at 5.45 and Mr Taylor at 6.15. Booking via the app.
""",
    ),
    E("school", "handle", "neutral"),
    E("kbeaumontpryce", "exact", "neutral"),
    E("ptaylor", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_ASK,
        "Andrea Heald",
        "1 w",
        """
My mum has just retired after 22 years as a dinner lady at Hollin High/Lenbrook and the staff gave her the best send off. Thank you to Sandra Brown on reception who organised it all and to Mrs Beaumont-Pryce for the lovely card 🥹
""",
        (("Lyn Fowkes", "Your mum is a star Andrea, she fed my lot for years"),),
    ),
    E("school", "alias", "neutral"),
    E("sbrown", "exact", "neutral"),
    E("kbeaumontpryce", "title_surname", "neutral"),
)

# ---- J. decoys: same short name, same surnames, other schools (no labelled mention)

add(
    "news",
    news(
        "mercury",
        "Lenbrook Town FC appoint new manager",
        """
Lenbrook Town FC have appointed former Holme Rovers assistant Craig Fenwick as first-team manager on a two-year deal.

Fenwick, 38, takes over from Ian Pike, who left by mutual consent last month with the Brookers sitting 14th in the Wreyland Senior League. "It's a proper community club and the facilities at Brook Lane are excellent," he said. His first game in charge is at home to Stapleford Athletic on Saturday.
""",
        byline="By Sam Keeling",
        date="2 October 2024",
        section="Sport",
    ),
)

add(
    "review",
    review(
        "Google reviews",
        2,
        "Pete Morrell",
        "1 week ago",
        """
Changing rooms filthy, two of the lockers broken and the sauna was out of order AGAIN. Lifeguards lovely though. Price has gone up to £6.20 for a swim which is a joke.
""",
        place="Lenbrook Leisure Centre",
    ),
)

add(
    "review",
    review(
        "Google reviews",
        5,
        "Angela Booth",
        "3 weeks ago",
        """
Lovely little school. My granddaughter is in Mrs Wilson's reception class and comes home singing every day. The head Mr Chauhan is always on the gate in the morning.
""",
        place="Lenbrook Primary School",
    ),
)

add(
    "facebook",
    facebook(
        FB_SELL,
        "Paul Taylor",
        "1 d",
        """
Plumber available - Askerby, Skelby, Fennow. Boilers, leaks, bathrooms. No job too small, no call out charge. Gas Safe registered. Call or text 07700 900311. Paul Taylor Plumbing & Heating
""",
        (("Diane Wilkes", "Paul did our bathroom, brilliant job and tidy"),),
    ),
)

add(
    "social",
    social(
        "X",
        "@RHammondTV_fan",
        "Fri",
        """
Richard Hammond on the new car show is the only reason I watch telly anymore 😂 the man cannot drive a caravan
""",
    ),
)

add(
    "news",
    news(
        "emlive",
        "Carr Hill School rated 'good' by Ofsted",
        """
Carr Hill School in Fennow has been rated good in all areas following an inspection in May.

Inspectors praised the school's "warm and inclusive" culture and its curriculum in science and languages. Headteacher Mark Pilkington said the result was "testament to the whole Carr Hill family". The school, which has 900 pupils aged 11 to 18, is not part of a multi-academy trust.
""",
        byline="By Hannah Oduya",
        date="1 July 2024",
        section="Education",
    ),
)

add(
    "facebook",
    facebook(
        FB_LOST,
        "Jade Wilson",
        "3 h",
        """
LOST CAT - Biscuit, ginger tom, very friendly, no collar but chipped. Went missing from Lenbrook Road (the end near the Co-op) on Tuesday night. Please check sheds and garages 😢 07700 900954
""",
        (
            ("Kath Siddons", "Shared hun x"),
            ("Mo Harris", "Saw a ginger cat on Brook Lane this morning!"),
        ),
    ),
)

add(
    "social",
    social(
        "X",
        "@LenbrookRetail",
        "Dec 1",
        """
🎄 Late night shopping every Thursday until Christmas at Lenbrook Retail Park! Free parking, Santa's grotto next to the garden centre and a brass band from 6pm.
""",
    ),
)

add(
    "news",
    news(
        "courts",
        "Driver fined for speeding past school on Hollin Road, Worksop",
        """
A driver clocked at 52mph in a 20mph zone outside a primary school has been fined £660 and given six points.

Brian Coulson, 58, of Worksop, admitted the offence at a hearing on Monday. The court heard he was caught by a community speedwatch team outside Hollin Road Primary School. He said he had been rushing to a hospital appointment.
""",
        byline="Court reporter",
        date="4 November 2024",
        section="Magistrates",
    ),
)

add(
    "blog",
    blog(
        "localhist",
        "The Hollin Lane estate: a short history",
        """
The Hollin Lane estate was built between 1954 and 1961 on land that had belonged to Hollin Farm, whose farmhouse still stands (much altered) at the junction with Tanyard Road. The farm took its name from the holly hedges - "hollin" being the old local word for holly - that lined the lane down to the brook.

The first tenants moved into the prefabs on Hollin Close in 1954. Many had come from the condemned terraces of Lower Tanyard, cleared after the 1947 floods. Mrs Edna Wilson, interviewed in 1989 for the Askerby oral history project, remembered "an inside toilet and a garden, we thought we'd gone to heaven".

The estate's shops on Hollin Parade opened in 1958: a butcher's (Hammond's, still trading until 2003), a Co-op, a wool shop and a barber. The Hollin Arms followed in 1960 and closed in 2016; it is now flats.

The estate is often confused with Hollin Wood on the far side of Skelby, which is an ancient woodland managed by the Wildlife Trust and has nothing to do with the estate except the holly.

If you have photographs of the estate from the 1950s or 60s, I would love to hear from you. The society meets on the first Tuesday of the month at the library.
""",
        date="May 2024",
        author="Askerby & District History Society",
        tags=("Hollin Lane", "housing", "1950s"),
    ),
)

add(
    "social",
    social(
        "Instagram",
        "brooklane_bakes",
        "2d",
        """
New on the counter this week: Lenbrook lemon drizzle 🍋 named after the brook, not the football club, before anyone asks 😂 Open Tues-Sat at 14 Lenbrook Road
""",
    ),
)

add(
    "facebook",
    facebook(
        FB_ASK,
        "Askerby Town Council",
        "Monday",
        """
Lenbrook Road resurfacing: from 15 April the road will be closed between Market Street and Brook Lane for 3 nights (7pm-6am). Access for residents maintained. Diversion via Priory Road.
""",
    ),
)

add(
    "news",
    news(
        "mercury",
        "Swimmer Jade Wilson makes GB squad",
        """
Askerby Swimming Club's Jade Wilson, 17, has been selected for the Great Britain junior squad for the European championships in Belgrade this summer. Wilson, who trains at Lenbrook Leisure Centre five mornings a week before college, will compete in the 200m butterfly.

"It's a dream," she said. "I've been getting up at 5am since I was 11." Head coach Dave Brown said she was "the most dedicated swimmer I've coached".
""",
        byline="By Sam Keeling",
        date="14 May 2024",
        section="Sport",
    ),
)

add(
    "social",
    social(
        "Threads",
        "kateblackburnprice.yoga",
        "4h",
        """
Saturday morning flow at the Lenbrook Leisure Centre studio 🧘 thanks to everyone who came, back next week at 9! Kate Blackburn-Price x
""",
    ),
)

add(
    "forum",
    forum(
        "parentnet",
        "Secondary education",
        "Strict schools - Michaela style - your experiences?",
        (
            (
                "CuriousInCamden",
                "Posted 12 Sep",
                "Considering a very strict academy for DS. Silent corridors, detentions for minor uniform issues. Anyone's child thrived/struggled in one?",
            ),
            (
                "NorthernNan",
                "Posted 12 Sep",
                "My grandson's school in Leeds is like that. He loves the calm, his sister hated it. Really depends on the child.",
            ),
            (
                "SWmum",
                "Posted 13 Sep",
                "Ours in Bristol uses isolation booths. I think they're cruel for anxious kids. The SENCO has to fight for every exemption.",
            ),
            ("CuriousInCamden", "Posted 13 Sep", "Thank you both. Lots to think about."),
        ),
    ),
)

add(
    "news",
    news(
        "emlive",
        "Trust boss defends pay after criticism",
        """
The chief executive of a Nottingham academy trust has defended his £190,000 salary after it was criticised by a union. Robert Hammond-Lowe, who leads the Trentside Schools Partnership of 11 schools, said the trust board set pay "in line with sector benchmarks".

The National Education Union said the figure was "obscene" while support staff faced redundancies.
""",
        byline="By Hannah Oduya",
        date="20 March 2024",
        section="Education",
    ),
)

add(
    "social",
    social(
        "X",
        "@askerby_weather",
        "06:10",
        """
Frost on the fields this morning ❄️ -3C at the Lenbrook gauge, roads gritted overnight but take care on Brook Lane and the Skelby road.
""",
    ),
)

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Kelly Bramley",
        "6 h",
        """
Does anyone know a good tutor for GCSE maths in Fennow or Burleston? Not one from the schools, just a private one. Daughter is at Carr Hill, predicted a 4 and wants a 6.
""",
        (
            ("Rob Taylor", "Mrs Brown in Fennow is very good, £30 an hour"),
            ("Kelly Bramley", "thanks Rob 👍"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        FB_SELL,
        "Sandra Brown",
        "2 h",
        """
Selling: Silver Cross pram, good condition, raincover and bag included. £60 ono. Collection Worksop (S80) or can meet at the retail park in Askerby. Smoke free pet free home.
""",
    ),
)

add(
    "social",
    social(
        "TikTok comments",
        "under video: 'strictest school in the uk??'",
        "2d",
        """
@manc_lass: my school in stockport had booths too, absolute hell
@k1ng_of_wigan: we just had detention in the library lol
""",
    ),
)

# ---- K. long pages where the mention is a small part

add(
    "news",
    news(
        "emlive",
        "Askerby academy told it 'requires improvement' as inspectors question use of isolation",
        """
An Askerby secondary school has been told it requires improvement, with inspectors questioning how often pupils are removed from lessons.

Lenbrook Academy, which has around 1,450 pupils aged 11 to 16, was inspected over two days in March. It was previously rated good, under its former name of Sir William Hollin High School, in 2016, before it joined the Fosse Ridge Learning Trust.

In their report, published on Thursday, inspectors rated the quality of education, leadership and management, and personal development as requiring improvement. Behaviour and attitudes was judged good.

The report says pupils "typically behave well in lessons and around the site" and that "corridors are calm and orderly". However, it adds that "the use of internal isolation is high, and leaders do not analyse well enough which pupils are removed from lessons and why". It notes that disadvantaged pupils and those with special educational needs and/or disabilities (SEND) are "over-represented" among those sent to isolation.

Inspectors also found that the curriculum in some subjects "is not yet well sequenced", particularly in key stage 3 humanities and modern languages, where staffing had been unstable. In English and science, the report says, "teachers have strong subject knowledge and check pupils' understanding carefully".

On SEND, the report says the special educational needs coordinator "knows pupils well" and has "put in place appropriate support", but that "not all staff use the information they are given to adapt their teaching".

Attendance was described as "below the national average" with persistent absence "a concern", particularly among pupils from the Tanyard and Priory Fields areas of the town, which have some of the highest levels of deprivation in the district.

The academy's headteacher, Katherine Beaumont-Pryce, who took up post in 2022, said: "We are pleased that inspectors recognised the calm and purposeful culture we have built, and the strength of teaching in many subjects. We accept that there is more to do, particularly in making sure every child, including those with additional needs, gets the most from our curriculum. We are already reviewing how we use our reflection rooms."

Robert Hammond, chief executive of the Fosse Ridge Learning Trust, said the trust had "full confidence" in the school's leadership. "When we took on Lenbrook it was a school that had been allowed to drift," he said. "Standards of behaviour are now high and outcomes are rising. The next step is consistency."

The school's behaviour policy has divided opinion in Askerby. Pupils who accumulate three "consequence points" in a day are placed in isolation, where they work in individual booths in silence. Mobile phones must be handed in at the start of the day, and pupils can be given detentions for breaches of the uniform policy, including wearing the wrong shoes or socks.

Some parents have praised the policy. "My son was bullied at primary and he says Lenbrook is the first place he feels safe," said one mother, who did not want to be named. Others have complained. A petition calling for the booths to be removed has gathered more than 1,100 signatures.

The National Education Union's Wreyland district secretary, Sue Nadin, said: "Our members at Lenbrook work incredibly hard. The issue here is a trust-wide approach to behaviour that treats every child the same regardless of need."

Ofsted is due to carry out a monitoring visit within 12 months. The school will be fully re-inspected within 30 months.

The report also noted that the school site "is well maintained in most areas" but that some science laboratories "are in need of modernisation". A new teaching block was approved by North Wreyland District Council in June and is due to open in 2026.

Pupils who spoke to this newspaper outside the school gates on Thursday afternoon had mixed views. One Year 10 girl said she had "never been in isolation" and found the rules "annoying but fair". A Year 8 boy said he had spent "about ten days" in the booths since September, mostly for not having the right equipment, and that "you just sit there and do worksheets". A Year 11 pupil said the phone ban had made the school "less dramatic" because arguments no longer started on social media during the day.

Councillor Pauline Mee, who chairs the district council's children and young people scrutiny committee, said she would be asking the trust to attend a future meeting to discuss internal isolation. "The council has no power to direct an academy's behaviour policy," she said, "but we do have a duty to every child in Wreyland, and parents are entitled to know how often their children are being taken out of lessons."

The report credits leaders with improving the school's early reading and literacy programme for pupils who arrive in Year 7 with weak reading, and says the careers programme is "well planned", with all Year 10 pupils completing a week of work experience.

It also records that staff "are proud to work at the school" and "feel that leaders are considerate of their workload", though it notes that staff turnover in some departments has been high over the past three years.

Lenbrook Academy is one of three secondaries serving Askerby and the surrounding villages, alongside Carr Hill School in Fennow and the Catholic St Aidan's in Burleston.
""",
        byline="By Hannah Oduya, Education reporter",
        date="18 April 2024",
        section="Education",
        comments=(
            (
                "Hollin_Old_Boy",
                "18 Apr",
                "When it was Hollin High it was a good school. The trust took over and its been downhill since. Booths are cruel.",
            ),
            (
                "realistic_rob",
                "18 Apr",
                "Behaviour good, teaching good in English and science. That's not a failing school. Read the report, not the headline.",
            ),
            ("TanyardTony", "18 Apr", "isolation for socks and they wonder why attendance is low"),
            (
                "Fennow_Flyer",
                "19 Apr",
                "Hammond saying it 'drifted' is an insult to the staff who were there before him.",
            ),
        ),
        related=(
            "Petition against isolation booths passes 1,000",
            "Carr Hill School rated 'good'",
            "New school block approved",
        ),
    ),
    E("school", "exact", "negative"),
    E("kbeaumontpryce", "exact", "neutral"),
    E("rhammond", "exact", "neutral"),
)

add(
    "news",
    news(
        "council",
        "Children and Young People Scrutiny Committee - minutes - 7 November",
        """
Present: Cllr Pauline Mee (Chair), Cllr Geoff Rudd, Cllr Asif Karim, Cllr Helen Sowerby, Cllr Dennis Brown, Cllr Tracey Walker. Officers: Director of Children's Services (Mrs J Thornhill), Head of Education Inclusion (Mr P Okeke), Transport Manager (Ms L Fenwick), Democratic Services Officer.

1. Apologies. Apologies were received from Cllr Martin Hale and co-opted member Rev. Susan Pike.

2. Declarations of interest. Cllr Walker declared a non-pecuniary interest as a governor of Lenbrook Primary School. Cllr Karim declared a non-pecuniary interest as a parent of a pupil at Carr Hill School.

3. Minutes of the previous meeting. The minutes of the meeting held on 5 September were agreed as a correct record, subject to the correction of Cllr Sowerby's name in item 6.

4. Home to school transport: policy review. The Transport Manager introduced the report. Spending on home to school transport had increased by 31% over three years, driven largely by SEND transport. The report proposed withdrawing discretionary transport for pupils living within the statutory walking distance of their nearest suitable school and retendering contracts for the Burleston, Skelby and Hatherwick routes. Members noted that the Burleston route served three secondary schools. Cllr Rudd expressed concern that pupils from Burleston attending Lenbrook Academy would face a walk along an unlit section of the B6420. The Transport Manager advised that a route safety assessment had been carried out and the route had been assessed as available, but that officers would revisit the assessment in light of the comments. Cllr Mee asked that a briefing note on the safety assessment be circulated. RESOLVED: that the committee notes the report and recommends to Cabinet that the Burleston route be retained pending a further safety assessment.

5. Elective home education. The Head of Education Inclusion presented the annual report. The number of children registered as electively home educated in North Wreyland had risen from 212 to 347 in two years. The most common reasons given were anxiety and mental health (38%), dissatisfaction with the school (24%) and philosophical or lifestyle reasons (17%). Cllr Sowerby asked whether any particular schools accounted for a disproportionate number of deregistrations. The Head of Education Inclusion advised that the data was not published at school level because of the small numbers involved, but that officers met regularly with all secondary headteachers and trust leaders to discuss patterns. Cllr Karim asked whether strict behaviour policies were a factor. The officer said that parents sometimes cited behaviour policies, among many other reasons, and that the local authority had no power to direct academy behaviour policies, which were a matter for the trust. RESOLVED: that the report be noted.

6. Suspensions and permanent exclusions. Members received data on suspensions and permanent exclusions for the academic year. Permanent exclusions across the district had fallen slightly, from 41 to 37. Suspensions had risen by 12%. The Director noted that several schools had introduced internal alternatives to suspension, including reflection or isolation rooms, and that these were not captured in the statutory data. Cllr Brown asked for a future report on the use of internal isolation across district schools. The Director agreed to invite trust leaders to a future meeting. RESOLVED: that an item on internal isolation be added to the work programme, with an invitation to secondary trusts.

7. Youth provision. The committee received an update on the youth offer. The Tanyard youth club had reopened three evenings a week in partnership with Lenbrook Town FC Community Trust. Attendance averaged 45 young people per session. A mobile youth bus would visit Skelby and Fennow on alternate Fridays from January. Cllr Walker welcomed the partnership and asked that thanks be passed to the volunteers. RESOLVED: that the update be noted.

7a. School admissions: secondary allocations. The Head of Admissions (in attendance for this item) reported on national offer day outcomes. 94.1% of North Wreyland applicants had been offered their first preference secondary school, slightly below the regional average of 95.3%. Demand in the Askerby planning area continued to exceed supply, with Lenbrook Academy and Carr Hill School both oversubscribed on first preferences and St Aidan's Catholic Academy close to capacity. The planned expansion of Lenbrook Academy, approved by the Planning Committee in June, would add 30 places per year group from September 2026. Cllr Rudd asked whether the expansion would be sufficient to accommodate the new housing at Skelby Meadows, which was expected to yield around 120 secondary-age pupils at full build-out. The Head of Admissions advised that the pupil place planning model already included Skelby Meadows and that a further review would follow the next housing trajectory update. Cllr Sowerby raised concerns about the number of in-year admissions refused at oversubscribed schools and asked whether any school had refused in-year admissions of pupils with EHCPs. The Head of Admissions confirmed that any school named in an EHCP was required to admit the pupil and that the local authority had not had to use its powers of direction in the last year. Members asked that a breakdown of appeals by school be included in the next report. RESOLVED: that the report be noted and that a breakdown of appeals by school be included in future reports.

7b. Playing pitch strategy. The committee considered the draft playing pitch strategy, which had been referred for comment by the Planning Policy team. The strategy identified a shortage of full-size 3G artificial pitches in the district and a surplus of poorly drained grass pitches in the villages. Members noted that community use agreements were in place at two secondary school sites and that discussions were ongoing with a third. Cllr Walker asked that the strategy recognise the importance of Lenbrook Town FC's Brook Lane ground and its junior section, which had over 300 registered players. Cllr Brown asked about the condition of the changing rooms at Fennow recreation ground, which had been closed since a fire last winter. Officers undertook to provide a written response. RESOLVED: that the committee's comments be referred to the Planning Policy team.

8. Work programme. The committee agreed its work programme for the remainder of the year, including the internal isolation item (February), the SEND sufficiency strategy (March) and the annual report of the Local Safeguarding Children Partnership (April).

9. Date of next meeting. 6 February, 6pm, Council Chamber, Wreyland House, Askerby.

The meeting closed at 8.12pm.
""",
        section="Meetings",
    ),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "edpolicy",
        "Booths, bells and belonging: what I learned visiting six 'strict' schools",
        """
Over the last year I visited six secondary schools that describe themselves, with varying degrees of pride, as "high expectations" or "no excuses" schools. Two were in London, one in Kent, one in Greater Manchester, one in the West Midlands and one in a small East Midlands market town. I am not going to name them, with one exception which I will come to, because the leaders who let me in did so on the understanding that I was interested in how their systems work, not in scoring points.

Let me begin with what they had in common. Every one of them had a behaviour system that could be explained on a single side of A4. Every one of them had a centralised detention, run by senior staff rather than by the classroom teacher. Every one had some form of room to which pupils could be sent when they were removed from lessons. And every one of them, without exception, had corridors that were calmer than those in the average English secondary school.

It is easy to sneer at this, and many people do. But I have worked in schools where the corridors were not calm, and I know who suffers most when they are not: the quiet children, the anxious children, the children who are being bullied and who have learned to move from lesson to lesson with their heads down. Calm is not nothing.

Where the schools differed was in what happened at the edges. In one London school, the removal room was a classroom with a teacher in it, where pupils did the same work as their class and returned after one lesson. In another, it was a row of booths facing the wall, and pupils could spend a whole day there. The Kent school had abolished its booths two years earlier after a parent campaign and said behaviour had not worsened.

The differences mattered most for children with special educational needs. In the best of the schools I visited, the SENCO was in the room when the behaviour policy was written and could point to the exact paragraphs where adjustments were allowed. In the worst, the SENCO described herself to me as "spending half my week negotiating exemptions one child at a time".

The exception I mentioned is the school in the East Midlands, which I will name because its inspection report is public and much discussed locally: Lenbrook Academy in Askerby. Its isolation booths have been the subject of a petition and of a good deal of local press coverage. I was not permitted to visit it, and I want to be clear that what I know of it comes from the published report and from conversations with parents. But the report's finding - that leaders did not analyse who was being removed from lessons and why - seems to me to be the central question for every school of this kind, not just that one.

What would I want any "strict" school to do? Three things. First, count. Know, week by week, which children are in the removal room and why, and look hard at whether the same names keep appearing. Second, time-limit. Nobody learns anything from six hours facing a wall. Third, separate the system from the relationships. The best teachers I watched in these schools used the system as a backstop; they rarely needed it, because their classes liked and trusted them.

None of this is new, and none of it is as exciting to write about as booths. But schools are mostly made of unexciting decisions, taken well or badly, day after day.

A note on comments: I welcome disagreement. I will delete anything that names individual teachers.
""",
        date="2 February 2025",
        author="R. Kessel",
        comments=(
            ("ClassroomCraig", "3 Feb", "Really balanced piece. The 'count' point is key."),
            (
                "Mum_of_an_autistic_teen",
                "3 Feb",
                "The line about the SENCO negotiating one child at a time is my life.",
            ),
            (
                "Askerby_Parent",
                "4 Feb",
                "Lenbrook parent here. The booths are the least of it honestly, it's the lack of communication that gets me.",
            ),
        ),
        tags=("behaviour", "SEND", "isolation"),
    ),
    E("school", "exact", "negative"),
)

add(
    "blog",
    blog(
        "mumblog",
        "Year 7: the first half term (survived, just)",
        """
So. The first half term of secondary school is done and we are all still alive, although the ironing pile is now a geological feature.

For those who are new here: Eldest (11) started at Lenbrook in September. If you live in Askerby you will know that Lenbrook is The Strict One, and if you are on any of the local Facebook groups you will have read that it is either a paradise of order or a Victorian workhouse, depending on who got a detention that week.

The truth, as ever, is more boring. Here's what we've learned.

The uniform. The blazer is compulsory, must be worn at all times including in the canteen, and costs an amount I am not going to type because my mother reads this blog. The shoes must be black leather or leather-look and "not trainer-style", which in practice means a two-hour trip to the retail park and a small argument in Clarks. Socks must be black or grey. I bought fourteen pairs. There are now six.

The phone. Phones go into a locked pouch at the gate and come out at 3.05. I was dreading this and it has been, genuinely, fine. Better than fine. Eldest talks to his friends at lunch. He says the bus home is "like a football crowd" because everyone is catching up on six hours of messages at once.

The app. Oh, the app. There is an app for homework, an app for behaviour points, an app for paying for lunch and a website for everything else, and I have four different passwords. Homework appears on the app at random times, sometimes the night before it's due. I have messaged the form tutor twice and received polite, slightly baffled replies. This is my main complaint, and the school really does need to sort it out.

The pastoral team. Eldest had a wobble in week three (friendship stuff, nothing dramatic), and his head of year - Mr T, who looks after years 7 and 8 this year while someone's on maternity leave, I think - rang me the same afternoon. Same afternoon! I nearly fell over.

The detentions. One, for forgetting his PE kit. Forty-five minutes. He was outraged; I was secretly quite pleased it was only one.

The teachers. His favourite is his English teacher, who apparently does "all the voices" when reading aloud. His least favourite is whoever teaches him French, which he describes only as "a lot".

So: half term. We are going to sleep, eat pancakes, and not look at the app. Back to it on Monday.
""",
        date="27 October 2024",
        author="Jen",
        comments=(
            ("Sal", "27 Oct", "The socks thing is SO real. Where do they go??"),
            ("Jen", "27 Oct", "@Sal the sock dimension, same place as the tupperware lids"),
            ("Askerby_Nan", "28 Oct", "Lovely read. Glad he's settling at Lenbrook x"),
        ),
        tags=("secondary school", "Year 7", "Askerby"),
    ),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "parentnet",
        "Secondary education",
        "Lenbrook isolation booths petition - signed or not?",
        (
            (
                "BrookMum84",
                "Posted 3 May",
                "The petition against the booths at Lenbrook Academy is at 1,100 signatures. Have you signed? I have. Six hours facing a wall is not education.",
            ),
            (
                "DadOfTwoInSkelby",
                "Posted 3 May",
                "I haven't. My daughter says lessons are finally calm. Before the booths a handful of kids ruined every lesson. I'd rather the trust fixed the homework app.",
            ),
            (
                "BrookMum84",
                "Posted 3 May",
                "Calm for who though? My son is autistic and has been in the booth four times for 'defiance' which was him covering his ears.",
            ),
            (
                "DadOfTwoInSkelby",
                "Posted 3 May",
                "That's awful and shouldn't happen. Has the SENCO been involved? Mrs Chauhan sorted an exemption for my niece.",
            ),
            (
                "BrookMum84",
                "Posted 4 May",
                "Yes, she's been great, it's the deputy who overrides her. Liz Coulson runs the booths like her personal kingdom and won't listen to anyone.",
            ),
            (
                "LurkingGran",
                "Posted 4 May",
                "Signed. My grandson hasn't been in one but I don't like the idea.",
            ),
            (
                "TeacherAndParent",
                "Posted 4 May",
                "I teach at a different school with a similar system. For what it's worth, the booths are the least effective part. What works is the consistency.",
            ),
            (
                "BrookMum84",
                "Posted 5 May",
                "The petition goes to the governors on the 20th. Lenbrook parents, please sign if you agree.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("achauhan", "title_surname", "neutral"),
    E("ecoulson", "nickname", "negative"),
)

# ---- L. more voices and spellings

add(
    "review",
    review(
        "Trustpilot",
        1,
        "Shelley G",
        "Nov 2024",
        """
Lenbrok Academy more like Len-brokEN. My daughter was put in isolation on her birthday for a scrunchie. Nobody answers the phone. The "parent portal" logs you out every 5 minutes. Avoid.
""",
        place="Lenbrok Academy (Askerby)",
    ),
    E("school", "typo", "negative"),
)

add(
    "review",
    review(
        "Google reviews",
        5,
        "Imran Q",
        "2 months ago",
        """
My son struggled with science all through year 7 and 8. This year he has Mr Pilkinton and he's actually asking to do experiments at home (help). Great teacher, really patient.
""",
    ),
    E("gpilkington", "typo", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "review",
    review(
        "Google reviews",
        1,
        "R. Tomlinson",
        "3 months ago",
        """
Complained about a detention and got a four-paragraph letter signed "E. Coulson, Deputy Headteacher" quoting the policy back at me. Didn't answer a single question I asked. Robotic.
""",
    ),
    E("ecoulson", "initial_surname", "negative"),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        "Google reviews",
        5,
        "Lisa Wray",
        "1 year ago",
        """
My daughter lives for Wilson's netball club on a Tuesday. Best thing about the school by miles.
""",
    ),
    E("jwilson", "possessive", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "review",
    review(
        "Google reviews",
        1,
        "Local Dad",
        "1 day ago",
        """
The deputy, Coulson, wants to remember she lives round here too. People on Tanyard have long memories and she won't always have a school gate between her and us. Just saying.
""",
    ),
    E("ecoulson", "surname_only", "threat"),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@brookparent_22",
        "Sep 18",
        """
Lеnbrook now confiscating water bottles that "aren't clear" because kids might hide vapes in them. My son was thirsty all afternoon. Ridiculous.
""",
    ),
    E("school", "homoglyph", "negative"),
)

add(
    "social",
    social(
        "TikTok comments",
        "under video: 'teachers who need to retire'",
        "3d",
        """
@brookhater: Cоulsоn fr 😂😂 ugly old hag
@yr9_chaos: 💀💀
""",
        stats="Reply · 51 likes",
    ),
    E("ecoulson", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "Instagram",
        "priory_fields_mum",
        "1w",
        """
Proud mum moment 🥹 first merit certificate! Thank you LenbrookAcademy and Miss Grebby for believing in her 💛
""",
        stats="♥ 56",
    ),
    E("school", "camelcase", "neutral"),
    E("ogrebby", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@TanyardTruth",
        "May 2",
        """
petition link in bio. MrsCoulsonMustGo. booths out of our schools.
""",
    ),
    E("ecoulson", "camelcase", "negative"),
)

add(
    "social",
    social(
        "Instagram",
        "hollin_reunion_99",
        "Aug 4",
        """
20 years on 🎉 HollinHighClassOf99 reunion at the Hollin Arms... oh wait that's flats now 😂 Black Horse instead, Saturday 7pm. Tag your year group!
""",
    ),
    E("school", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@notbannedyet",
        "Oct 14",
        """
L e n b r o o k  staff reading the group chat like 👁👄👁 cant even post the name properly without it getting reported lmao. the booths are a human rights violation
""",
    ),
    E("school", "spacing", "negative"),
)

add(
    "social",
    social(
        "Bluesky",
        "@wreyland.watch.bsky.example",
        "5h",
        """
G r e b b y gave my kid a detention for "tone" in a written essay. a WRITTEN essay. tone.
""",
    ),
    E("ogrebby", "spacing", "negative"),
)

add(
    "social",
    social(
        "X",
        "@askerby_anon99",
        "Dec 2",
        """
heard L.e.n.b.r.o.o.k are going to start searching bags for phones at the gate now. prison vibes
""",
    ),
    E("school", "obfuscated", "negative"),
)

add(
    "facebook",
    facebook(
        FB_NEWS,
        "Darren Pegg",
        "3 d",
        """
Gr*bby (english, the comp) marked my lads essay down for "informal register". Its an essay about his nan. Unbelievable
""",
        (("Sue Platts", "what does informal register even mean"),),
    ),
    E("ogrebby", "obfuscated", "negative"),
)

add(
    "social",
    social(
        "X",
        "@askerbymumof3",
        "Nov 5",
        """
Lenbrook's new rule: no coats in lessons even when the heating's broken. My son was shivering in B block all day.
""",
    ),
    E("school", "possessive", "negative"),
)

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Kim Lodge",
        "2 d",
        """
Anyone else had the letter from K. Beaumont-Pryce about "reasonable force" and searches? Its very vague. Does it mean they can go through bags?
""",
        (("Carla Mee", "Its the standard DfE wording, every school sends it"),),
    ),
    E("kbeaumontpryce", "initial_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@wreyland_whistle",
        "Feb 10",
        """
the lab in B block at the comp has had a broken extractor fan since september. G. Pilkington has reported it 5 times apparently. Trust wont pay. #FosseRidge
""",
    ),
    E("gpilkington", "initial_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_ASK,
        "Lyn Fowkes",
        "5 h",
        """
Massive thanks to Paul T. at Lenbrook for returning my grandsons lost wallet with the £20 still in it 😊 honest people still about
""",
    ),
    E("ptaylor", "first_initial", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "Threads",
        "askerby_drama_mum",
        "1d",
        """
Tom F. has done it again, the spring show was incredible. Standing ovation in the Lenbrook hall 👏🎭
""",
    ),
    E("tfenwick", "first_initial", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Paula Wainwright",
        "1 d",
        """
Mrs Beaumont came out to the gate herself this morning in the rain to sort out the parking chaos. Fair play to the head 👍
""",
        (("Gina Bailey", "at lenbrook? wow"),),
    ),
    E("kbeaumontpryce", "hyphenated", "neutral"),
    E("school", "short_name", "neutral"),
)

# ---- M. more news, blogs and forums across the boundary

add(
    "news",
    news(
        "courts",
        "Father fined after pushing PE teacher at school gate",
        """
A father who pushed a PE teacher to the ground at the gates of an Askerby school after his son was given a detention has been fined and ordered to pay compensation.

Wreyland Magistrates' Court heard that Jason Birch, 44, of Priory Fields, confronted Jade Wilson, a PE teacher at Lenbrook Academy, as pupils were leaving on 12 September. He shouted that he would "sort her out" and shoved her, causing her to fall and injure her wrist.

Birch admitted assault by beating. He was fined £400 and ordered to pay Miss Wilson £250 compensation. The chair of the bench told him: "Teachers are entitled to do their jobs without fear of violence."
""",
        byline="Court reporter",
        date="8 November 2024",
        section="Magistrates",
    ),
    E("jwilson", "exact", "threat"),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "schoolsweek",
        "Teacher banned after inappropriate messages to pupils",
        """
A former science teacher at a Derby secondary school has been banned from teaching indefinitely after a professional conduct panel found he sent inappropriate messages to pupils.

The panel found that Paul Taylor, who worked at Oakfield Park School between 2015 and 2021, had exchanged messages with two pupils via social media and had failed to maintain appropriate professional boundaries. He may not apply to have the prohibition order set aside.
""",
        section="News",
        date="12 March 2024",
    ),
)

add(
    "news",
    news(
        "mercury",
        "Fosse Ridge trust to take on two more primaries",
        """
The Fosse Ridge Learning Trust, which runs Lenbrook Academy and five primary schools in and around Askerby, is to take on two more primaries from next April.

Hatherwick Church of England Primary and Burleston Primary will join the trust subject to Department for Education approval. Chief executive Robert Hammond said: "Both schools share our values and our commitment to the children of Wreyland."

The trust will then educate around 3,900 pupils.
""",
        byline="By Hannah Oduya",
        date="6 December 2024",
        section="Education",
    ),
    E("rhammond", "exact", "neutral"),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "localhist",
        "Sir William Hollin (1788-1859): mill owner, magistrate, benefactor",
        """
Few names are as familiar in Askerby as Hollin, and few people in the town could tell you who Sir William Hollin actually was.

He was born in 1788, the son of a Fennow tanner, and by 1820 owned the largest of the three silk mills on the brook. He was a magistrate from 1831, sat on the Board of Guardians, and was knighted in 1846, apparently for services to the county yeomanry rather than to anything he did in Askerby.

His reputation is mixed. He paid for the first National School in the town in 1838 and for the almshouses on Priory Road, which still carry his arms over the door. But he was also, as a magistrate, notably harsh: the petty sessions records show him sentencing a 12-year-old to a month's hard labour for stealing a handkerchief.

His house, Hollin Grange, was demolished in 1936. Its grounds became the playing fields of the new senior school which took his name in 1958 - the school we now know as Lenbrook Academy.

Next month: the silk mills and the great strike of 1842.
""",
        date="March 2024",
        author="Askerby & District History Society",
        tags=("people", "Victorian Askerby"),
    ),
    E("school", "exact", "neutral"),
)

add(
    "blog",
    blog(
        "localhist",
        "The Hollin almshouses restored",
        """
The six almshouses on Priory Road built by Sir William Hollin in 1851 have been restored by the Askerby Almshouse Charity after a three-year fundraising effort. New windows, a new roof and two of the cottages made accessible for wheelchair users.

The Hollin coat of arms over the central doorway has been cleaned and the motto, "Servire et Durare", is legible for the first time in living memory. Residents moved back in last month. The charity thanks the Lottery Heritage Fund and the many local donors.
""",
        date="September 2024",
        author="Askerby & District History Society",
        tags=("almshouses", "restoration"),
    ),
)

add(
    "blog",
    blog(
        "teacherblog",
        "Why I left (a post I've been writing for a year)",
        """
I left my last school in July. I've tried to write this post four or five times and each draft was either too angry or too careful. This one is somewhere in between.

I taught science for nine years in a large comprehensive in the East Midlands. For most of that time I loved it. The last two years were different. The trust that took us over brought in a behaviour system I could support on paper - consistent, clear, a single detention - and then implemented it in a way that turned teachers into clerks. Every lesson began with a register of consequences. Every missing tie was a data point.

I'm not going to name the school; the people who still work there don't deserve to be dragged into my feelings. I will say that the colleague who sat next to me in the prep room, Pilks, was the best teacher I have ever worked with and kept me going for at least a year longer than I'd have managed alone. If he ever reads this: the kettle's on.

What I'm doing now: tutoring, some exam marking, and sleeping eight hours a night for the first time since 2015.
""",
        date="30 August 2024",
        author="Former HoD",
        comments=(("anon_chem", "31 Aug", "Pilks! I know exactly where you were. He's a legend."),),
    ),
    E("gpilkington", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "teachertalk",
        "Jobs and interviews",
        "Interview at Lenbrook Academy (Askerby) - any insights?",
        (
            (
                "ECT_hopeful",
                "Posted 15 Jan",
                "I've got an interview for English at Lenbrook Academy next week. It's RI and I've read about the booths. Anyone worked there?",
            ),
            (
                "midlands_mentor",
                "Posted 15 Jan",
                "Did supply there last year. English dept is lovely, Ottoline Grebby will probably be on your panel and she's brilliant - she'll want to see you actually talk to kids. Behaviour system means you never deal with a detention yourself, which is nice.",
            ),
            (
                "been_there_left",
                "Posted 16 Jan",
                "SLT are fine individually but the workload is heavy and the trust's data demands are relentless. Go in with your eyes open.",
            ),
            ("ECT_hopeful", "Posted 16 Jan", "Thank you both!"),
        ),
    ),
    E("school", "exact", "negative"),
    E("ogrebby", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/Askerby",
        "Lenbrook - 'refugee school' now?",
        (
            (
                "u/real_askerby_born",
                "6h",
                "Lenbrook is basically full of foreigners now, my nephew says half his class don't even speak English. Not the school I went to. These people are ruining it for local kids.",
            ),
            ("u/wreyland_dad", "5h", "Those 'people' are kids. Grow up."),
            ("u/mod_askerby", "5h", "Locked. Rule 2."),
        ),
    ),
    E("school", "short_name", "hate"),
)

add(
    "facebook",
    facebook(
        FB_NEWS,
        "Anon member",
        "30 min",
        """
If anyone wants a word with the receptionist at Lenbrook who "lost" my lads medical form, Mrs Brown lives at 9 Ferrers Walk, Burleston, she walks her dog round the rec at 7 every morning.
""",
        (("Admin - Askerby Matters", "Deleted and member removed."),),
    ),
    E("sbrown", "title_surname", "doxxing"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@wreyland_whistle",
        "Jan 22",
        """
Hollin High had a data breach in November (every child's SEN info emailed to the wrong parent list) and covered it up. Never reported it to the ICO. That's illegal. #FosseRidge
""",
    ),
    E("school", "alias", "defamation"),
)

add(
    "facebook",
    facebook(
        FB_MUMS,
        "Nicola Start",
        "4 h",
        """
Can I just say threatening teachers on here is NOT ok whatever you think of Mrs Coulson or the booths. I disagree with half the stuff Lenbrook does but she's a person with a family. Some of the comments on Askerby Matters this week were disgusting.
""",
        (
            ("Helen Orme", "Agree 100%"),
            ("Wayne Corby", "nobody threatened anyone"),
            ("Nicola Start", "@Wayne Corby I saw your post Wayne"),
        ),
    ),
    E("ecoulson", "title_surname", "neutral"),
    E("school", "short_name", "negative"),
)

add(
    "social",
    social(
        "X",
        "@MrFenwickDrama",
        "Mar 28",
        """
Tickets for Bugsy Malone (Y7-9) on sale now via the school app - 3, 4, 5 April, 7pm. Splurge guns may be involved. 🎩 #LenbrookDrama
""",
    ),
    E("tfenwick", "handle", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@ashbyfromaskerby",
        "Jul 2",
        """
bob hammond on the radio saying "every child matters" while his trust bangs them up in booths for the wrong socks. the brass neck
""",
    ),
    E("rhammond", "nickname", "negative"),
)

add(
    "review",
    review(
        "Google reviews",
        4,
        "Anne-Marie Hurst",
        "5 months ago",
        """
The SENCO, Anita C., is a credit to this school, she has done everything she can for my son. Minus one star for the parking on Hollin Lane which is dangerous at 3pm.
""",
    ),
    E("achauhan", "first_initial", "neutral"),
    E("school", "exact", "negative"),
)

add(
    "blog",
    blog(
        "mumblog",
        "Askerby with kids: my big (free-ish) summer holiday guide",
        """
Six weeks. Six WEEKS. Every year I say I'll plan the summer holidays properly and every year I find myself on the first Monday at 9.15am staring at three children who have already eaten all the crisps. So this year I've written it all down, for me as much as for you. Everything here is in or near Askerby, most of it is free or cheap, and all of it has been road-tested by my three (ages 14, 11 and 7), who are honest critics.

Parks and outdoors

Tanyard Rec has had a makeover. The old metal climbing frame of doom has gone and there's a proper adventure play area with a zip wire, a sandpit with water pumps (bring a change of clothes, I'm serious) and a basket swing that can take a teenager, as my eldest proved. The toilets are open 9-6 in the summer and are actually clean. There's a coffee van at weekends.

The brook path from Market Street to Skelby is flat, shady and about two and a half miles each way. It's fine for scooters and bikes, although the bit under the railway bridge floods after heavy rain. Halfway along there's a bench with a view of the old mill and a family of swans who will absolutely mug you for your sandwiches.

Hollin Wood, on the far side of Skelby, is run by the Wildlife Trust. There's a fairy trail for little ones, a longer circular walk for bigger legs, and in August they do free bug-hunting mornings on Wednesdays. Park on the lay-by, not the verge - the farmer is not a fan.

Fennow Country Park has the big lake, the ducks, the café with the excellent (and enormous) scones, and a pay-and-display car park that is £4 for the day. The splash pad opens at the start of the holidays and it is heaving on a hot day, so go early.

Swimming and sport

Lenbrook Leisure Centre's main pool is closed for part of the summer this year for repairs (boo), but the learner pool is open and the gym is running junior sessions for 11-16s. Carr Hill Leisure in Fennow has the inflatable sessions on Saturday and Sunday afternoons, which my middle one says are "the best thing in the world", so there's that.

Holiday clubs: the council's free holiday activities and food programme is running again for children on free school meals, at three venues - the Tanyard Community Centre, Fennow Village Hall and the sports hall at Lenbrook Academy on Hollin Lane. There's sport, crafts, cooking and a hot lunch, four days a week for four weeks. You book through the council website and places go quickly. If you're not eligible, some of the sessions have paid places at £15 a day, which is still very good value.

Lenbrook Town FC run a junior football camp in the first two weeks of August at Brook Lane, for ages 6-13. My youngest went last year and came home filthy and happy every day. £60 for the week, sibling discount available.

Rainy days

The library on Market Street has the Summer Reading Challenge, and this year's theme is something about space. Kids read six books over the holidays and get stickers, a medal and a certificate. My eldest pretends to be too old for this and then reads all the younger one's books anyway.

Askerby Museum (above the library) is small but free and the Victorian schoolroom is surprisingly good - they dress you up and make you write on slates while a very convincing volunteer is stern at you. My middle one says it's "basically like school now" which I'm choosing not to think about.

The retail park cinema does £2.50 kids' films on weekday mornings in the holidays. They're usually last year's films but nobody under 10 cares.

Further afield

If you can face the A617 on a Saturday, the big adventure farm near Hatherwick is worth the money for under-10s: tractor rides, goats, an indoor play barn for when it rains. Take a picnic because the café is expensive. For teenagers, the climbing wall in Mansfield is a good day out and they do family taster sessions.

Food

Brook Lane Bakes does a kids' sandwich box for £3.50. The market on Tuesdays and Saturdays has the doughnut van, which is dangerous. The Co-op on Lenbrook Road is your friend for emergency ice lollies.

Free and nearly free events

The Askerby Carnival is on the second Saturday of the holidays: the parade leaves Tanyard Rec at 1pm and winds through the town centre to the market place, where there's a fun fair, a dog show and a brass band. The floats are judged at 3 and the fire station does an open afternoon the same day, which means you can sit in a fire engine, which means my youngest will be insufferable for a week.

The Wednesday outdoor cinema in Fennow Country Park shows a family film at dusk every week in August. Bring a blanket, bring a jumper (it is England), and bring your own snacks because the queue for the one burger van is legendary.

Skelby Show is on the August bank holiday weekend and is worth it for the ferret racing alone. Entry is £8 for adults, children free, and the vegetable competition tent is a masterclass in quiet, intense rivalry between retired men.

Money-saving tips

Get a library card for every child, even the ones who say they don't read. The library lends out board games now, and the museum passes for Nottingham can be borrowed for a week at a time. The bus company does a £5 family day ticket in the holidays that covers the whole Wreyland network, so you can get to Fennow Country Park or even the Hatherwick farm without the car. And the leisure centre's holiday activity pass is £20 for the six weeks if your children are under 16, which pays for itself in about four swims.

That's my list. If I've missed anything, tell me in the comments and I'll add it. And if you see a woman sitting on a bench by the brook path at 10am on a Tuesday in August staring into the middle distance with a flask, please leave me alone, I'm having my moment.
""",
        date="19 July 2024",
        author="Jen",
        comments=(
            ("Sal", "19 Jul", "Brilliant list, thank you! Adding the bug hunting to our calendar."),
            (
                "Fennow_Flyer",
                "20 Jul",
                "The splash pad is closed this week for a repair, just FYI.",
            ),
            ("Jen", "20 Jul", "@Fennow_Flyer thank you, I'll update!"),
        ),
        tags=("summer holidays", "Askerby", "free things to do"),
    ),
    E("school", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "emtalk",
        "Askerby & District",
        "Which estate to buy on? (moving for work)",
        (
            (
                "relocating_rach",
                "Posted 1 Jun",
                "We're moving to Askerby in September and trying to decide between Priory Fields, the new Skelby Meadows development and somewhere in Fennow. Kids are 4 and 9. What are they like?",
            ),
            (
                "AskerbyLifer",
                "Posted 1 Jun",
                "Priory Fields is fine, a bit noisy near the main road. Skelby Meadows is all new builds, no shop yet. Fennow is lovely but pricey. For your 9 year old you'll want to think about secondary in a couple of years - most of Priory Fields is Lenbrook catchment, Fennow is Carr Hill.",
            ),
            (
                "relocating_rach",
                "Posted 2 Jun",
                "Thanks. Is there a big difference between the secondaries?",
            ),
            (
                "AskerbyLifer",
                "Posted 2 Jun",
                "Depends who you ask! Visit both on the open evenings.",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
)


# ================================================================ build


def _watchlist_subjects() -> set[str]:
    import tomllib

    with open(HERE / "watchlist.toml", "rb") as f:
        wl = tomllib.load(f)
    return {"school"} | {s["id"] for s in wl["staff"]}


def validate() -> None:
    allowed = _watchlist_subjects()
    assert allowed == SUBJECTS, f"SUBJECTS out of step with watchlist: {allowed ^ SUBJECTS}"
    for i, doc in enumerate(DOCS):
        assert doc.kind in KINDS, (i, doc.kind)
        seen = set()
        for e in doc.expected:
            assert e["subject"] in allowed, (i, e)
            assert e["variant"] in VARIANTS, (i, e)
            assert e["category"] in CATEGORIES, (i, e)
            assert isinstance(e["url_only"], bool), (i, e)
            assert not e["url_only"] or e["category"] == "sexual", (i, e)
            assert e["subject"] not in seen, (i, e)
            seen.add(e["subject"])


def main() -> None:
    validate()
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
