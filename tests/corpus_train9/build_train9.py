# ruff: noqa: E501
"""Labelled corpus train9 for the repwatch matcher (Sallowfield Primary School, Birmingham).

Written WITHOUT reading the matcher or any other corpus's documents or labels. This one is a
TUNING corpus: the lead engineer may read its errors and adjust the matcher.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_train9

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the places, the sites, the phone numbers (Ofcom drama ranges) and the addresses.

Setting: a large two-form-entry inner-city primary (ages 3-11) in Sallowfield, a fictional
district of Birmingham next to Brackley Green, Dunmore Heath and Tanhouse, in a mostly British
Pakistani and Bangladeshi community with Somali, Romanian and white British families. The short
name "Sallowfield" is shared by the Jamia Masjid, the community centre, the medical practice,
the park, the sweet centre, Sallowfield Road, the library and another Sallowfield Primary
School in Bradford. Staff share surnames (Akhtar, Hussain, Begum, Ahmed, Ali, Khan) with many
strangers in the documents: other parents, a taxi driver, GPs, councillors, dinner ladies.

Labelling conventions used here: ``exact`` is the full official name or a staff member's full
name; ``alias`` is a watchlist alias ("Sallowfield Primary", "Sallowfield J&I", "Sallowfield
Junior and Infant School", "SPS", "Farhana Malik"/"Miss Malik", "Mr Yusuf", "Aunty Parveen",
"Coach Abdi"); ``short_name`` is "Sallowfield" alone (or "sallowfield") where it clearly means
the school; ``nickname`` covers first-name-only and by-names that are not watchlist aliases
("Kate", "Mrs AP", "Bob Pemberton", "Liz at the office", "Yusuf", "Miss Ioana", "Abdi");
``possessive`` is a name that only appears possessively without a title ("Akhtar's new
rules", "Sallowfield's Eid fair"), while "Mrs Akhtar's" counts as ``title_surname``;
``hyphenated`` is half of Katherine Ashworth-Pryce's surname ("Mrs Ashworth", "Miss Pryce") or
the surname with its hyphen dropped; ``first_initial`` is first name plus surname initial
("Rukhsana A."); ``handle`` is an @-handle ("@SallowfieldPS", "@coachabdi_w"); ``camelcase``
is a run-together name outside a hashtag or handle ("SallowfieldPrimary", "MrsAkhtar").
"The head", "sir", "the deputy", "the school" with no name are NOT labelled as mentions of a
staff member; "the school" alone, with no name on the page, is not a mention of the school.
A news report of a threat against a named staff member is labelled threat for that person;
a report of allegations or a court case is defamation; a statement condemning threats or hate
is neutral.
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
    "school", "rakhtar", "ihussain", "kashworthpryce", "sbegum", "fahmed", "yali", "pkhan",
    "awarsame", "idragomirescu", "rpemberton", "edoyle",
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
    "mail": (
        "Brum Evening Mail",
        "brumeveningmail.example",
        ["News", "Sport", "Whats On", "Schools", "Crime", "Property", "Jobs"],
    ),
    "live": (
        "BrumLive",
        "brumlive.example",
        ["Latest", "Your Area", "Education", "Court", "Food", "Blues & Villa"],
    ),
    "observer": (
        "Sallowfield & Tanhouse Observer",
        "sallowfieldobserver.example",
        ["Home", "News", "Community", "Faith", "Letters", "Notices"],
    ),
    "council": (
        "Birmingham City Council (Sallowfield Ward)",
        "bcc-sallowfield.example",
        ["Home", "Council and democracy", "Meetings", "Schools", "Roads", "Bins"],
    ),
    "schoolsweek": (
        "Schools Daily",
        "schoolsdaily.example",
        ["News", "Ofsted", "SEND", "Workforce", "Opinion", "Jobs"],
    ),
    "bradford": (
        "Bradford Chronicle",
        "bradfordchronicle.example",
        ["News", "Schools", "Sport", "Court", "Whats On"],
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
    "mumsroom": ("MumsRoom", "mumsroom.example", "Talk"),
    "threadit": ("threadit", "threadit.example", "r/"),
    "brumboard": ("BrumBoard", "brumboard.example", "Boards"),
    "eduforum": ("StaffRoom Forum", "staffroomforum.example", "Forums"),
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
    "chalk": ("Chalk Dust and Chai", "chalkdustchai.example", "Notes from an inner-city classroom"),
    "brummum": ("Brum Mum Diaries", "brummumdiaries.example", "Kids, coffee and the number 50 bus"),
    "localpol": ("Cllr Notes", "cllrnotes.example", "A Sallowfield ward councillor's blog"),
    "truth": ("Wake Up Britain", "wakeupbritain.example", "The news they won't tell you"),
    "eduleader": (
        "Leading Small Humans",
        "leadingsmallhumans.example",
        "Primary leadership, honestly",
    ),
}


def blog(
    site: str,
    title: str,
    body: str,
    *,
    author: str = "",
    date: str = "",
    comments: tuple[tuple[str, str, str], ...] = (),
) -> str:
    name, domain, tagline = BLOGS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="site-title" href="https://{domain}/">{h(name)}</a><p class="tagline">{h(tagline)}</p>'
        '<nav><a href="#">Home</a> <a href="#">About</a> <a href="#">Archive</a> <a href="#">Contact</a></nav></header>',
        f'<main><article><h1>{h(title)}</h1><div class="meta">Posted by {h(author)} on {h(date)}</div>',
        _paras(body),
        '<div class="tags">Filed under: Uncategorised</div></article>',
    ]
    if comments:
        out.append(
            f'<section id="comments"><h2>{len(comments)} thoughts on &ldquo;{h(title)}&rdquo;</h2>'
        )
        for user, when, text in comments:
            out.append(
                f'<div class="comment"><b>{h(user)}</b> <i>{h(when)}</i><p>{h(text)}</p></div>'
            )
        out.append("</section>")
    out.append(
        "<aside><h3>Recent posts</h3><ul><li>On marking</li><li>Snow days</li><li>Why I still love this job</li></ul></aside>"
    )
    out.append(
        f'<footer>&copy; {h(name)} &middot; Powered by a free blog host &middot; <a href="#">Cookie policy</a></footer></body></html>'
    )
    return "\n".join(out)


def review(
    site: str, place: str, author: str, stars: int, date: str, text: str, reply: str = ""
) -> str:
    out = [
        f"{site} - Reviews of {place}",
        f"{author} · {'★' * stars}{'☆' * (5 - stars)} · {date}",
        "",
        text.strip(),
    ]
    if reply:
        out += ["", f"Response from the owner: {reply.strip()}"]
    out += ["", "Helpful?  Share  Report review"]
    return "\n".join(out)


def social(
    platform: str,
    user: str,
    text: str,
    *,
    when: str = "",
    replies: tuple[tuple[str, str], ...] = (),
    stats: str = "",
) -> str:
    out = [f"[{platform}] {user}" + (f" · {when}" if when else ""), text.strip()]
    if stats:
        out.append(stats)
    for who, txt in replies:
        out += ["", f"{who}: {txt.strip()}"]
    return "\n".join(out)


def facebook(
    group: str,
    author: str,
    when: str,
    text: str,
    comments: tuple[tuple[str, str], ...] = (),
    reacts: str = "",
) -> str:
    out = [f"{group} · Public group", f"{author} · {when}", "", text.strip()]
    if reacts:
        out += ["", reacts]
    if comments:
        out += ["", f"{len(comments)} comments", "Most relevant"]
        for who, txt in comments:
            out += [f"{who}", f"  {txt.strip()}", "  Like · Reply"]
    return "\n".join(out)


# ---------------------------------------------------------------- documents

# ---- decoys and no-mention pages

add(
    "facebook",
    facebook(
        "Sallowfield & Tanhouse Community Noticeboard",
        "Sallowfield Jamia Masjid",
        "2 April",
        """
Eid ul-Fitr prayer times at Sallowfield Jamia Masjid: 1st jamaat 7:30am, 2nd 8:45am, 3rd 10:00am. Sisters' hall open for all jamaats. Please park considerately on Sallowfield Road and do NOT block driveways, the neighbours have complained every year. Eid Mubarak to all 🌙
""",
        (
            ("Tahir Mahmood", "jazakallah khair bhai, is the 3rd jamaat in english?"),
            ("Sallowfield Jamia Masjid", "khutbah in english and urdu inshallah"),
            (
                "Bev Collins",
                "eid mubarak from no. 41, just please not across my drive this year love x",
            ),
        ),
    ),
)

add(
    "review",
    review(
        "Google",
        "Sallowfield Medical Practice",
        "Nabila H",
        1,
        "3 weeks ago",
        """
Rang at 8:00 on the dot, 37th in the queue, by the time I got through no appointments left. Dr Ahmed is lovely when you actually get to see him but the reception is a joke. Mrs Begum on the desk told me to try 111. Why do I bother
""",
    ),
)

add(
    "review",
    review(
        "Google",
        "Sallowfield Sweet Centre",
        "Arif Chaudhry",
        5,
        "a month ago",
        """
best jalebi in brum no contest. got 3 boxes of mithai for my sisters wedding, uncle at the counter threw in extra barfi. parking on sallowfield road is a nightmare tho, park by the rec and walk
""",
    ),
)

add(
    "news",
    news(
        "bradford",
        "Sallowfield Primary School rated Good by inspectors",
        """
A Bradford primary school has been rated Good in every area following its latest Ofsted inspection.

Inspectors who visited Sallowfield Primary School in Manningham Lane praised pupils' "exemplary behaviour" and the school's reading curriculum. Headteacher Mr Gareth Holroyd said he was "over the moon" and thanked families for their support.

The report noted that the school, which has around 410 pupils, should now focus on attendance, which remains below the national average. Bradford Council's cabinet member for education said it was "another success story for the district".
""",
        byline="By Chronicle reporter",
        date="14 March 2024",
        section="Schools",
        related=(
            "Bradford school places: what you need to know",
            "Holroyd: 'our kids are brilliant'",
        ),
    ),
)

add(
    "news",
    news(
        "live",
        "Taxi driver fined after passenger row in Dunmore Heath",
        """
A private hire driver has been fined £640 after a row with a passenger over a fare escalated outside a takeaway.

Imran Hussain, 41, of Coldbath Lane, Dunmore Heath, pleaded guilty at Birmingham Magistrates' Court to a public order offence. The court heard he had shouted and banged on the passenger's window after she refused to pay an extra £5 for waiting time.

His solicitor said Hussain, a father of three, had worked nights for eleven years without complaint and was "deeply embarrassed". Licensing officers will review his licence.
""",
        byline="Court reporter",
        date="9 May 2024",
        section="Court",
    ),
)

add(
    "social",
    social(
        "X",
        "@BrumRoadWatch",
        """
Sallowfield Road closed between the rec and the Jamia Masjid junction from Mon for gas main works, 3 weeks. 50 bus diverted via Tanhouse Lane. Good luck everyone 🙃
""",
        replies=(("@kaz_b12", "3 weeks lol see u in march"),),
    ),
)

add(
    "facebook",
    facebook(
        "Romanians in Birmingham / Români în Birmingham",
        "Mihaela Stan",
        "Saturday",
        """
Hi everyone, this Sunday we have the children's folk dance workshop at Sallowfield Community Centre, 2-4pm, free. Bring water and comfortable shoes. Also someone left a blue scooter last week, ask at the desk 😊
""",
        (("Andrei Popa", "vin cu fetele!"), ("Mihaela Stan", "super, vă așteptăm")),
    ),
)

add(
    "review",
    review(
        "Google",
        "Tanhouse Primary School",
        "Sadia K",
        5,
        "2 months ago",
        """
Mrs Khan in reception class is an angel honestly. My son didnt speak a word of English in September and now he wont stop talking. Tanhouse has a lovely feel, small and friendly, the new playground is fab.
""",
    ),
)

add(
    "forum",
    forum(
        "mumsroom",
        "Education",
        "Secondary choices in south east Brum - help!",
        (
            (
                "PaisleyPyjamas",
                "posted 11:02",
                "DD is in year 6 and we have to put our 6 choices in by Oct 31. We're in Brackley Green. Torn between Hollins Park Academy, Queensgate Girls and the new free school. Anyone got experience? Catchments seem to shrink every year.",
            ),
            (
                "Tea_and_Toast",
                "posted 11:40",
                "Queensgate Girls is brilliant if you get in but you basically need to live on the doorstep. Hollins Park has improved loads since the new head.",
            ),
            (
                "mumof3boys",
                "posted 12:15",
                "put Hollins Park first, we got it on distance from Dunmore Heath last year. bus is a pain but the kids are happy.",
            ),
            ("PaisleyPyjamas", "posted 13:01", "thank you all, feeling a bit less panicky now"),
        ),
    ),
)

add(
    "social",
    social(
        "TikTok comment",
        "zainab.x.07",
        """
sallowfield park at 9pm is NOT the vibe anymore 😭 someone got chased thru the swings last night
""",
        replies=(
            ("haris_b12", "fr its the lads from tanhouse"),
            ("zainab.x.07", "stay safe everyone x"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        "Dunmore Heath Youth FC",
        "Dunmore Heath Youth FC",
        "Tuesday",
        """
U10s training moves to Thursday this week. Coach Abdi (Abdi Farah) will run the session at Brook Meadow Rec. Shin pads compulsory, no pads no play. Subs due by end of month please.
""",
        (("Hodan Y", "my son loves Coach Abdi 🙌"), ("Mark Bates", "will there be a match sat?")),
    ),
)

add(
    "blog",
    blog(
        "brummum",
        "Ramadan reading list for little ones",
        """
Every year I get asked what books I read with my two during Ramadan, so here is the list. We love "Under the Ramadan Moon", "Lailah's Lunchbox" and a few of the picture books from the local library. For older children I've started dipping into the Abdullah Yusuf Ali translation of the Qur'an with the commentary, which my dad used to read to us.

If you're in Sallowfield, the library on Tanyard Street has a brilliant display this month and the librarian, Mrs Ali, will order in anything you ask for. Ramadan Mubarak x
""",
        author="Amina",
        date="12 March 2024",
    ),
)

add(
    "review",
    review(
        "Trustpilot",
        "Pemberton's Bakery, Brackley Green",
        "dave_t",
        2,
        "5 days ago",
        """
Pemberton's used to do the best pork pies in south Brum. Now half the size and double the price. Girl on the till was nice enough.
""",
    ),
)

add(
    "news",
    news(
        "live",
        "Parents protest outside Marlbrook Hill Primary over relationships lessons",
        """
Around 60 people gathered outside Marlbrook Hill Primary School in Dunmore Heath on Friday afternoon in a protest over relationships education.

Protesters held placards and chanted as pupils left for the day. West Midlands Police said the protest was peaceful and no arrests were made. The school's headteacher, Mrs Jane Ashworth, said in a letter to parents that the school followed the national curriculum and that "our door is always open".

Marlbrook Hill is not the first school in the city to face protests over the issue.
""",
        byline="Education reporter",
        date="22 February 2024",
        section="Education",
    ),
)

add(
    "social",
    social(
        "X",
        "@SPS_Logistics",
        """
SPS Logistics are hiring! Forklift drivers needed for our Tanhouse depot, nights and weekends, £13.40/hr. DM or apply online.
""",
    ),
)

add(
    "facebook",
    facebook(
        "Sallowfield & Tanhouse Community Noticeboard",
        "Councillor Nadeem Akhtar",
        "Yesterday",
        """
Bin collections in Sallowfield ward will be delayed by 2 days this week due to the ongoing dispute. I have raised this again with the cabinet member. Please don't leave bags out early, the foxes are having a field day on Alder Street and Kinver Road.
""",
        (
            ("Shabana Ali", "foxes AND rats cllr, sort it"),
            ("Councillor Nadeem Akhtar", "noted Shabana, I've reported it to pest control"),
        ),
    ),
)

add(
    "forum",
    forum(
        "threadit",
        "brum",
        "Best chippy near Sallowfield?",
        (
            (
                "u/gravyorcurry",
                "3h",
                "Moved to Sallowfield last month. Where's the best chippy? Everything round here is peri peri or karahi (not complaining)",
            ),
            (
                "u/brummie_biryani",
                "3h",
                "Tanhouse Fish Bar on Kinver Road, get a chip cone and a rissole",
            ),
            ("u/gravyorcurry", "2h", "legend, cheers"),
        ),
    ),
)

add(
    "review",
    review(
        "Google",
        "Sallowfield Park",
        "Ruth O",
        3,
        "4 months ago",
        """
Nice big park, good for the kids. The toddler area needs work, two of the swings have been broken since summer. Toilets always locked. Lovely on a sunny day though and the cricket on Sundays is fun to watch.
""",
    ),
)

add(
    "social",
    social(
        "Instagram",
        "ayesha.bakes.brum",
        """
Eid orders now open!! cupcakes, cakes and dessert boxes 💛 collection from Sallowfield (near the sweet centre) or delivery B11/B12. DM to order ✨ #eidmubarak #brumbakes
""",
    ),
)

add(
    "news",
    news(
        "observer",
        "Library opening hours to change",
        """
Sallowfield Library will close on Mondays from next month as part of the council's savings plan. The library will open later on Thursdays instead, until 7pm. Homework club and Rhyme Time will continue as normal. Library manager Mrs Yasmin Hussain said staff would "do everything possible" to keep services running.
""",
        byline="Observer staff",
        date="3 April 2024",
        section="Community",
    ),
)

add(
    "social",
    social(
        "X",
        "@liz_doyle_runs",
        """
Half marathon PB this morning 🏃‍♀️ 1:52! Thanks to everyone at Tanhouse Harriers for the support. Cake time.
""",
        replies=(("@tanhouseharriers", "Brilliant run Liz!"),),
    ),
)

add(
    "forum",
    forum(
        "brumboard",
        "Local news",
        "Anyone know what happened on Coldbath Lane last night?",
        (
            (
                "brackleyboy",
                "Sun 23:10",
                "Loads of police and an ambulance by the Spar. Heard it was a stabbing?",
            ),
            (
                "mo_k",
                "Sun 23:24",
                "my cousin said a lad got stabbed in the leg, he's ok apparently. Police tape up till the morning",
            ),
            ("brackleyboy", "Sun 23:30", "this area man. used to be safe"),
        ),
    ),
)


# ---- local paper, council, trade press

add(
    "news",
    news(
        "mail",
        "Inner-city primary rated Outstanding for second time",
        """
A Birmingham primary school where more than 90 per cent of pupils speak English as an additional language has been rated Outstanding by Ofsted for the second time running.

Sallowfield Primary School, on Alder Street in Sallowfield, was praised for its "ambitious curriculum", "warm and respectful relationships" and the "exceptional" support for pupils with special educational needs.

Inspectors spent two days at the school, which has 630 pupils aged three to eleven, in January. Their report, published this week, said pupils "are proud of their school and of each other" and that leaders "know every family".

Headteacher Rukhsana Akhtar, who has led the school since 2016 and was herself a pupil there when it was still Sallowfield Junior and Infant School, said: "This is for our children and our families. People sometimes talk about this area as if it's a problem to be solved. Our children are not a problem. They are brilliant, and today the whole country can read that."

The report singled out the school's work with newly arrived families, led by Year 3 teacher and EAL lead Ioana Dragomirescu, and the family liaison team. It also praised early reading in Reception, where inspectors said children "quickly learn to read with fluency and joy".

The school's deputy headteacher, Imran Hussain, said staff had "cried happy tears" in the staff room when the result came through.

Councillor Nadeem Akhtar (no relation), who represents Sallowfield ward, congratulated the school on social media, calling it "the beating heart of the community".

The inspection found one area for improvement: attendance, which remains below the national average, partly because of extended family visits abroad during term time. Mrs Akhtar said the school would keep "working with, not against" families on the issue.
""",
        byline="By Hannah Reid, Education Correspondent",
        date="7 February 2024",
        section="Schools",
        comments=(
            ("brummie_ed", "7 Feb", "well done to them, proper school that"),
            (
                "Tanhouse Tony",
                "7 Feb",
                "Outstanding but half the kids dont speak english, make it make sense",
            ),
            ("SJ_mum", "8 Feb", "my 3 all went there, Mrs Akhtar is fantastic"),
        ),
        related=(
            "Birmingham's best primary schools: the full list",
            "Attendance fines: what parents need to know",
        ),
    ),
    E("school", "exact", "neutral"),
    E("rakhtar", "exact", "neutral"),
    E("idragomirescu", "exact", "neutral"),
    E("ihussain", "exact", "neutral"),
)

add(
    "news",
    news(
        "observer",
        "Sallowfield pupils beat national average in SATs",
        """
Year 6 pupils at Sallowfield Primary have once again beaten the national average in their Key Stage 2 SATs, with 74 per cent reaching the expected standard in reading, writing and maths combined.

Year 6 teacher Katherine Ashworth-Pryce said the class of 2024 had "worked incredibly hard" and thanked parents for "putting up with the homework". The school runs Saturday booster sessions at the Sallowfield Community Centre in the spring term.

Tanhouse Primary and St Bede's RC Primary also reported improved results.
""",
        byline="Observer staff",
        date="10 July 2024",
        section="News",
    ),
    E("school", "alias", "neutral"),
    E("kashworthpryce", "exact", "neutral"),
)

add(
    "news",
    news(
        "live",
        "Man stabbed yards from primary school at home time",
        """
A teenager was stabbed yesterday afternoon on Kinver Road, Sallowfield, just yards from the gates of a primary school as parents were collecting their children.

West Midlands Police said the 17-year-old was taken to hospital with injuries that are not thought to be life-threatening. Two boys, aged 15 and 16, have been arrested.

Parents at Sallowfield Primary School described scenes of panic. "We heard screaming and everyone grabbed their kids," one mum told BrumLive. "The staff were amazing, they got all the children back inside and locked the gates."

A school spokesperson said pupils were kept inside until police confirmed it was safe and that the school's learning mentor would be available to talk to any children who were upset.

Inspector Sarah Quinn said extra patrols would be in place around Kinver Road, Sallowfield Park and Coldbath Lane over the coming week. Anyone with information should call 101.
""",
        byline="Crime desk",
        date="18 October 2023",
        section="Your Area",
        comments=(
            ("deano1974", "18 Oct", "Sallowfield has gone to the dogs"),
            ("Hajra B", "18 Oct", "thank god the school acted so fast, proud of them"),
            ("Tanhouse Tony", "19 Oct", "never used to be like this round here. you know why"),
        ),
        related=("Knife arches to be trialled in city schools", "Mum's plea after son stabbed"),
    ),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "observer",
        "Eid fair raises £4,000 for flood appeal",
        """
Families packed the hall at Sallowfield's Eid fair on Saturday, raising more than £4,000 for flood relief.

Stalls sold samosas, pakoras, Somali sambusa, Romanian cozonac and, inevitably, a mountain of mithai donated by the Sallowfield Sweet Centre. Year 5 pupils ran a henna stall that had a queue out of the door.

Family liaison officer Parveen Khan, who organised the fair, said: "Every community in this school turned up and cooked. That's what Eid is about." Mrs Khan thanked Sallowfield Jamia Masjid for lending tables.
""",
        byline="Observer staff",
        date="20 April 2024",
        section="Community",
    ),
    E("school", "possessive", "neutral"),
    E("pkhan", "exact", "neutral"),
)

add(
    "news",
    news(
        "council",
        "Proposed school street: Alder Street, Sallowfield - notice of consultation",
        """
Birmingham City Council proposes to introduce a School Street on Alder Street, Sallowfield, outside Sallowfield Primary School, restricting motor vehicles between 8:15-9:15am and 2:45-3:45pm on school days. Residents, blue badge holders and emergency vehicles will be exempt.

The consultation runs until 30 June. Comments may be made online or in writing to Transport Projects, PO Box 1234, Birmingham. Enquiries to the school office on 0121 496 0345 or to the council.

A drop-in session will be held at Sallowfield Community Centre on 12 June, 3:30-6pm.
""",
        date="1 June 2024",
        section="Roads",
    ),
    E("school", "exact", "neutral"),
)

add(
    "news",
    news(
        "live",
        "Headteacher 'received death threats' over relationships lessons, police say",
        """
Police are investigating after the headteacher of a Birmingham primary school received threatening messages during a row over relationships education.

West Midlands Police said officers were called on Tuesday after Rukhsana Akhtar, head of Sallowfield Primary School, reported that messages sent to the school and posted online said she would be "dealt with" and that protesters "know which car is hers".

A 34-year-old man from Dunmore Heath has been arrested on suspicion of sending malicious communications and released on bail.

The protest began in March when a group of parents and people from outside the area objected to the school's relationships education lessons. The school insists it teaches only the statutory curriculum. Protests have been held at the gates every Friday for five weeks.

In a statement, the chair of governors said: "No headteacher should have to go to work under police protection. Mrs Akhtar has the full support of the governing body."

Imam Qari Abdul Rauf of Sallowfield Jamia Masjid said threats were "completely un-Islamic" and urged parents to "talk, not shout".
""",
        byline="By Hannah Reid",
        date="16 April 2024",
        section="Education",
        comments=(
            ("BrumDad84", "16 Apr", "disgusting. leave the teachers alone"),
            (
                "truthseeker_uk",
                "16 Apr",
                "she brought it on herself pushing this stuff on 5 year olds",
            ),
            ("Shaz", "17 Apr", "as a muslim parent at that school i am ashamed of these people"),
        ),
        related=(
            "Marlbrook Hill Primary protest: what happened",
            "What schools must teach in relationships education",
        ),
    ),
    E("school", "exact", "negative"),
    E("rakhtar", "exact", "threat"),
)

add(
    "news",
    news(
        "observer",
        "Imam and councillor call for calm at school gates",
        """
Community leaders in Sallowfield have issued a joint statement calling for the weekly protests outside Sallowfield Primary to end.

The statement, signed by Imam Qari Abdul Rauf of Sallowfield Jamia Masjid, Councillor Nadeem Akhtar and the chair of Sallowfield Community Centre, says: "We understand that some parents have strong feelings about what their children are taught. Those feelings deserve a conversation. But shouting at five-year-olds through a megaphone is not our way, and threats against Mrs Akhtar or any member of staff are haram and criminal. We stand with the school."

The headteacher, Rukhsana Akhtar, said she was "deeply grateful" and that her door remained open to any parent.
""",
        byline="Observer staff",
        date="19 April 2024",
        section="Faith",
    ),
    E("school", "alias", "neutral"),
    E("rakhtar", "exact", "neutral"),
)

add(
    "news",
    news(
        "mail",
        "Teacher denies assaulting pupil at Birmingham primary",
        """
A primary school teacher has denied assaulting a nine-year-old pupil during a PE lesson.

Robert Pemberton, 52, a Year 4 teacher at Sallowfield Primary School, appeared at Birmingham Magistrates' Court on Thursday charged with common assault. He is accused of grabbing the boy by the arm and pushing him against a wall in the school hall in November.

Pemberton, of Halesowen, pleaded not guilty and was released on unconditional bail. A trial date was set for August.

The school said Mr Pemberton had been suspended, which it described as a "neutral act", and that it could not comment further while legal proceedings were ongoing.
""",
        byline="Court reporter",
        date="15 March 2024",
        section="Crime",
    ),
    E("school", "exact", "neutral"),
    E("rpemberton", "exact", "defamation"),
)

add(
    "news",
    news(
        "mail",
        "Teacher cleared of assaulting pupil",
        """
A Birmingham teacher has been found not guilty of assaulting a pupil after a magistrate said the evidence "simply did not support" the allegation.

Robert Pemberton, a Year 4 teacher at Sallowfield Primary School, had been accused of pushing a nine-year-old boy. CCTV shown in court showed Mr Pemberton stepping between two boys who were fighting. He left court with his wife and declined to comment.
""",
        byline="Court reporter",
        date="21 August 2024",
        section="Crime",
    ),
    E("school", "exact", "neutral"),
    E("rpemberton", "exact", "defamation"),
)

add(
    "news",
    news(
        "schoolsweek",
        "SENCO of the year shortlist announced",
        """
Twelve special educational needs coordinators have been shortlisted for this year's SENCO of the Year award.

They include Farhana Ahmed of Sallowfield Primary School in Birmingham, nominated by parents for setting up a weekly drop-in for families navigating EHCP applications in Urdu, Bengali, Somali and Romanian. "She never makes you feel stupid," one nominating parent wrote.

Other shortlisted SENCOs come from Cornwall, Sunderland, Leeds and Kent. The winner will be announced in November.
""",
        byline="Schools Daily reporter",
        date="2 October 2024",
        section="SEND",
    ),
    E("school", "exact", "neutral"),
    E("fahmed", "exact", "neutral"),
)

add(
    "news",
    news(
        "council",
        "Minutes: Sallowfield Ward Forum, 4 March",
        """
Present: Cllr Nadeem Akhtar (chair), Cllr Sue Whitfield, PCSO Dean Harper, representatives of Sallowfield Jamia Masjid, Sallowfield Community Centre and residents' associations. 27 members of the public.

1. Apologies. Cllr Mohammed Ali.

2. Minutes of the last meeting were agreed.

3. Policing update. PCSO Harper reported a rise in vehicle crime on Kinver Road and Coldbath Lane and two incidents of anti-social behaviour in Sallowfield Park. Knife arch operation planned near the Tanhouse Lane shops. Residents raised drug dealing by the garages behind Tanyard Street; PCSO Harper asked for dates and times to be reported on 101.

4. Highways. Residents complained about potholes on Sallowfield Road and parking on the pavement near the mosque during Friday prayers. The representative of the Jamia Masjid said stewards would be asked to direct cars to the rec car park. Cllr Whitfield will chase the road resurfacing programme.

5. Schools. Mr I. Hussain, deputy headteacher of Sallowfield Primary School, updated the forum on the proposed School Street for Alder Street and asked for residents' support. A resident said the school run was "carnage" and welcomed the scheme; another resident objected that he needed to get to work at 8:30. Mr Hussain said exemptions for residents would apply. He also asked residents to report any concerns about the Friday protests to the school or the police rather than confronting protesters.

6. Community centre. The manager reported that the Romanian Saturday school, the Somali elders' lunch club and the women's sewing group are all oversubscribed. A bid to the ward fund for a new boiler was supported.

7. Bins. Residents expressed frustration at missed collections. Cllr Akhtar said he shared their frustration and would raise it with the cabinet member.

8. Any other business. A resident asked about the future of Sallowfield Library's Monday opening. Cllr Whitfield said no decision had been taken.

Next meeting: 3 June, Sallowfield Community Centre, 6:30pm.
""",
        date="4 March 2024",
        section="Meetings",
    ),
    E("school", "exact", "neutral"),
    E("ihussain", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "mail",
        "Protest organiser banned from school gates",
        """
A man who organised weekly protests outside a Birmingham primary school has been banned from going within 200 metres of it after a court heard he told a teacher she "would not see Christmas".

Shakeel Anwar, 38, of Tanhouse, admitted harassment. Magistrates heard he confronted Year 6 teacher Katherine Ashworth-Pryce outside Sallowfield Primary School in April, calling her a "groomer" and saying she would "not see Christmas" if she carried on teaching the lessons.

He also posted her photo online with the words "know her face". Mrs Ashworth-Pryce, who did not attend court, said in a statement that she had been "frightened to walk to my car".
""",
        byline="Court reporter",
        date="12 June 2024",
        section="Crime",
        comments=(
            ("BrumDad84", "12 Jun", "200 metres isn't enough"),
            ("P.K.", "12 Jun", "lovely teacher, taught my eldest. hope she's ok"),
        ),
    ),
    E("school", "exact", "neutral"),
    E("kashworthpryce", "exact", "threat"),
)

add(
    "news",
    news(
        "observer",
        "Letters: the school gates are no place for hate",
        """
Sir, As a grandmother of three pupils at Sallowfield Primary I have watched the Friday protests with growing sadness. I have strong views about what my grandchildren are taught, and I have shared them with the school, politely, in the headteacher's office over a cup of tea. That is how grown-ups behave. Standing outside with a megaphone calling teachers names is not.

Mrs Begum, Sallowfield (by email)

Sir, Will the council ever fix the potholes on Coldbath Lane? I have lost two hubcaps this winter.

D. Morris, Brackley Green
""",
        date="26 April 2024",
        section="Letters",
    ),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "live",
        "Sallowfield school coach's boxing club gives teens 'somewhere to go'",
        """
A PE coach at a Birmingham primary is running free evening boxing sessions for teenagers in an area hit by knife crime.

Abdirahman Warsame, known to pupils at Sallowfield Primary as Coach Abdi, started the sessions at Sallowfield Community Centre after the stabbing on Kinver Road last October. "A lot of these lads were in my PE lessons when they were seven," he said. "I'd rather they were hitting pads than hanging about in the park."

Around 30 young people now attend twice a week. Local mum Hodan Warsame (no relation) said her son had "changed completely".
""",
        byline="Your Area team",
        date="2 February 2024",
        section="Your Area",
    ),
    E("school", "alias", "neutral"),
    E("awarsame", "exact", "neutral"),
)


# ---- parents' groups (Facebook / WhatsApp screenshots)

FB = "B11 Mums & Dads Chat (unofficial)"
FB2 = "Sallowfield & Tanhouse Community Noticeboard"

add(
    "facebook",
    facebook(
        FB,
        "Sumaira Iqbal",
        "Monday 8:12pm",
        """
salaam sisters does anyone know if reception are doing the eid assembly this thurs or next?? Mrs Begum said something to my son but he cant remember lol, kids 🙄
""",
        (
            ("Rehana Bibi", "next thurs inshallah, its on the newsletter"),
            ("Sumaira Iqbal", "jazakallah hun"),
        ),
    ),
    E("sbegum", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Nazia Rashid",
        "Tuesday",
        """
Mashallah Mrs Shazia Begum is the best reception teacher my daughter has ever had, she came home singing the alphabet song in 3 languages 😂❤️ Sallowfield Primary you are lucky to have her
""",
        (("Farah A", "agreed she is lovely"), ("Kelly Morgan", "my lad loved her too")),
    ),
    E("school", "alias", "neutral"),
    E("sbegum", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Mohammed Zubair",
        "Wednesday",
        """
bhai who decided 2 inset days in the same week as half term?? some of us work yaar. well done sallowfield, another week of childcare sorted 👏👏
""",
        (
            ("Asif K", "and the after school club is closed too lol"),
            ("Mohammed Zubair", "every year same story"),
        ),
    ),
    E("school", "short_name", "negative"),
)

add(
    "facebook",
    facebook(
        FB,
        "Anonymous member",
        "Thursday",
        """
I'm not going to say who but a certain male member of staff at SPS likes his "one-to-one mentoring" with the boys in the little room at the end with the blinds down. Mr Yusuf always says it's "wellbeing". Ask your sons what they talk about in there. I'm just saying, I'd want to know.
""",
        (
            ("Sadia M", "what are you trying to say??"),
            ("Anonymous member", "I'm saying ask your kids"),
            ("Admin", "post turned off commenting"),
        ),
    ),
    E("school", "alias", "negative"),
    E("yali", "alias", "sexual", url_only=True),
)

add(
    "facebook",
    facebook(
        FB,
        "Ruksana Parveen",
        "Friday",
        """
Aunty Parveen at the school helped us fill in the free school meals form AND got my mum a GP appointment when I couldnt speak to them. jazakallah khair aunty, you are a gem 💎
""",
        (("Bushra N", "she is amazing, helped with our housing letter too"),),
    ),
    E("pkhan", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Tariq Mehmood",
        "Saturday",
        """
Not being funny but that Mrs Akhtar is a useless clown. Cant even sort the parking outside, cant sort the bullying, sits in her office all day with her designer handbag. Sack her.
""",
        (("Amjad H", "harsh bro"), ("Tariq Mehmood", "harsh but true")),
    ),
    E("rakhtar", "title_surname", "abuse"),
)

add(
    "facebook",
    facebook(
        FB,
        "Shabana Ali",
        "Sunday",
        """
PSA: the Sallowfield office number changed. New number is 0121 496 0346 (the old 0345 one still works for absences). Liz in the office said to tell everyone 😊
""",
        (("Hina", "thanks hun"),),
    ),
    E("school", "short_name", "neutral"),
    E("edoyle", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Kamran Saleem",
        "2 days ago",
        """
Anyone else's kid come home saying Mr Hussain shouted at the whole of year 5 for 20 mins today? My son was crying. Not ok. I'm going in tomorrow.
""",
        (
            ("Irfan", "it was because some kids smashed the toilet window tbf"),
            ("Kamran Saleem", "then shout at THEM not everyone"),
            ("Irfan", "fair"),
        ),
    ),
    E("ihussain", "title_surname", "negative"),
)

add(
    "facebook",
    facebook(
        FB,
        "Anonymous member",
        "3 days ago",
        """
Here's the address for everyone who wants to "have a word" with the head about the RSE lessons. Rukhsana Akhtar, 14 Greville Close, Brackley Green. She's in most evenings. Go and tell her how you feel since she won't listen at school.
""",
        (
            ("Admin", "deleting this. this is NOT ok."),
            ("Nabeel R", "delete this bro this is dangerous"),
        ),
    ),
    E("rakhtar", "exact", "doxxing"),
)

add(
    "facebook",
    facebook(
        FB,
        "Ayesha Noor",
        "last week",
        """
Mrs Begum my daughter's dinner lady is so rude, shouted at her for not finishing her rice 🙄 anyone else had this? (not the teacher Mrs Begum, the one on the dinners)
""",
        (
            ("Fozia", "she's always been like that lol"),
            ("Ayesha Noor", "someone needs to talk to her"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        FB,
        "Yasmin Akhtar",
        "last week",
        """
Mrs Akhtar (me lol, not the head 😂) is selling a school uniform bundle age 7-8, 4 jumpers 3 polo shirts 2 trousers, all with the Sallowfield logo, £10 the lot. Collection Brackley Green.
""",
        (("Nasreen", "still available?"), ("Yasmin Akhtar", "yes hun inbox me")),
    ),
    E("school", "short_name", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Naveed Chaudhry",
        "Tuesday",
        """
Miss Malik sorry Mrs Ahmed now (congrats on the wedding!!) has been amazing with our EHCP, took 2 years of fighting the council and she stuck with us the whole way. SEN parents you're in good hands.
""",
        (("Saira", "she helped us too ❤️"),),
    ),
    E("fahmed", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Imtiaz Hussain",
        "Friday",
        """
Year 6 leavers prom is 18th July at the community centre, parents committee needs volunteers for food!! Mrs AP says the kids want pizza not biryani 😂 the youth of today
""",
        (("Rubina", "I can do samosas"), ("Imtiaz Hussain", "you're a star")),
    ),
    E("kashworthpryce", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        FB2,
        "Ian Baxter",
        "Monday",
        """
Every single morning cars parked on my drive on Alder Street from the school run. Sallowfield Primary parents are the most selfish people in Brum. School does nothing. Council does nothing.
""",
        (("Rizwan", "come on not all of us Ian"), ("Ian Baxter", "most of you then")),
    ),
    E("school", "alias", "negative"),
)

add(
    "facebook",
    facebook(
        FB2,
        "Gary Wilkes",
        "Tuesday",
        """
Saw the news about the Eid fair at the school. Sallowfield Primary is basically a madrassa now. Not one English kid left. These people have taken over every school in Birmingham and we let them. Disgrace.
""",
        (
            ("Bev Collins", "Gary that's vile, my grandson goes there and loves it"),
            ("Gary Wilkes", "open your eyes Bev"),
            ("Admin", "Gary you've been warned before"),
        ),
    ),
    E("school", "alias", "hate"),
)

add(
    "facebook",
    facebook(
        FB,
        "Shakeel A",
        "Wednesday",
        """
Brothers and sisters, this Friday 3pm at the gates. They are teaching our children FILTH. Kate Ashworth-Pryce and Akhtar think they can brainwash our kids. Bring placards. Bring your kids. We will not stop until they are gone.
""",
        (
            ("Umar F", "will be there"),
            ("Sadia M", "not in front of the children please"),
            ("Shakeel A", "the children need to see us stand up"),
        ),
    ),
    E("kashworthpryce", "exact", "negative"),
    E("rakhtar", "surname_only", "negative"),
)

add(
    "facebook",
    facebook(
        FB,
        "Umm Ibrahim",
        "Thursday",
        """
Just want to say whatever you think about the RSE thing, threatening teachers is NEVER ok. Mrs Akhtar and Mrs Ashworth-Pryce have given their lives to our kids. Shame on the people doing this. Talk to the school like adults.
""",
        (("Hina", "💯"), ("Kelly Morgan", "well said")),
    ),
    E("rakhtar", "title_surname", "neutral"),
    E("kashworthpryce", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Shamima Khatun",
        "Sunday",
        """
আসসালামু আলাইকুম. Parents evening tomorrow, is it in the hall or classrooms? Miss Ioana has my son for year 3, he loves her mashallah. Also does anyone know if they have a Bengali interpreter this time?
""",
        (("Rahima B", "classrooms, and yes Aunty Parveen arranged interpreters"),),
    ),
    E("idragomirescu", "nickname", "neutral"),
    E("pkhan", "alias", "neutral"),
)


# ---- social: X, TikTok comments, Instagram

add(
    "social",
    social(
        "X",
        "@brum_truth_now",
        """
Ashworth-Pryce at #SallowfieldPrimary needs a brick through her window for teaching that filth to 10 year olds. Someone round there knows where she parks. Just saying.
""",
        when="14 Apr",
        stats="3 reposts · 11 likes",
    ),
    E("school", "hashtag", "negative"),
    E("kashworthpryce", "exact", "threat"),
)

add(
    "social",
    social(
        "TikTok comment",
        "hamza.b12x",
        """
mr hussain is a dead ugly bald tw*t lool he confiscated my brothers pokemon cards 😭😭
""",
        replies=(
            ("aleena_k", "LMAOOO the head shine 💀"),
            ("hamza.b12x", "sallowfield deputy head fr"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("ihussain", "title_surname", "abuse"),
)

add(
    "social",
    social(
        "TikTok comment",
        "sumayyah.xo",
        """
coach abdi at sallowfield was the GOAT i swear he made me love netball 😭 year 6 me would be screaming
""",
        replies=(
            ("ibbz_07", "he still there?"),
            ("sumayyah.xo", "yeah my little sister has him now"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("awarsame", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok comment",
        "xx.deeqa.xx",
        """
if coach abdi grabs my little brother by the collar one more time im waiting outside them gates at 3:15 and he'll see what happens. on my mum
""",
        replies=(("ayan_w", "deeqa calm down 😭"), ("xx.deeqa.xx", "no im serious")),
    ),
    E("awarsame", "alias", "threat"),
)

add(
    "social",
    social(
        "Instagram comment",
        "b12.lads.only",
        """
coach abdi lives in the flats on tanhouse lane, number 22, 2nd floor. go ask him yourself why he dropped ur brother from the team 😂
""",
        replies=(("haris_b12", "bro delete that"),),
    ),
    E("awarsame", "alias", "doxxing"),
)

add(
    "social",
    social(
        "TikTok comment",
        "mariaa.ionescu",
        """
doamna Dragomirescu was my year 3 teacher and she literally taught me english 🥹 i came from Iasi not knowing anything. if ur reading this miss ty ❤️
""",
        replies=(("zaraa", "miss ioana is so sweet"),),
    ),
    E("idragomirescu", "surname_only", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@EnglandFirst_88",
        """
A Romanian called Dragomirescu teaching English to Pakis in Birmingham. You couldn't make it up. Send the lot of them back, teacher included.
""",
        when="2 Mar",
        stats="8 reposts · 40 likes",
    ),
    E("idragomirescu", "surname_only", "hate"),
)

add(
    "social",
    social(
        "X",
        "@ProudBrummie1",
        """
So the head of @SallowfieldPS wears a hijab and they wonder why it's churning out little jihadis. Akhtar should be deported with the rest of them. #Birmingham
""",
        when="17 Apr",
    ),
    E("school", "handle", "hate"),
    E("rakhtar", "surname_only", "hate"),
)

add(
    "social",
    social(
        "X",
        "@SallowfieldPS",
        """
What a day! Our Year 4s met the Lord Mayor and asked him some VERY tough questions about potholes 😂 Thank you Mr Pemberton for organising. #SallowfieldPrimary #ProudToBeSPS
""",
        when="6 Dec",
        stats="4 reposts · 52 likes",
    ),
    E("school", "handle", "neutral"),
    E("rpemberton", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "TikTok comment",
        "ayaanx_10",
        """
pemberton is an absolute melt bro he made us do the times tables test AGAIN 💀💀 sallowfield yr4 kids u know
""",
        replies=(("r.ali.x", "the bald one??"), ("ayaanx_10", "nah thats hussain lol")),
    ),
    E("school", "short_name", "neutral"),
    E("rpemberton", "surname_only", "abuse"),
    E("ihussain", "surname_only", "neutral"),
)

add(
    "social",
    social(
        "TikTok comment",
        "user8172553",
        """
mr pemberton follows half of year 6 on insta 💀 why does a 50 yr old man need to see what 11 yr old girls are posting. sallowfield parents check ur kids follower lists
""",
        replies=(("aleena_k", "wait what"), ("user8172553", "im just saying what i saw")),
    ),
    E("school", "short_name", "negative"),
    E("rpemberton", "title_surname", "sexual", url_only=True),
)

add(
    "social",
    social(
        "Instagram",
        "sallowfieldprimary.pta",
        """
Sports day 2024 🏅☀️ What a day! Huge thanks to Coach Abdi and all the volunteers. #SallowfieldPrimary #sportsday
""",
        replies=(
            ("deen_boy44", "the year 6 girls growing up fast 👀👀 sallowfield got them early"),
            ("deen_boy44", "dm me the full album"),
            ("sallowfieldprimary.pta", "Comment reported. Please do not comment on children."),
        ),
    ),
    E("school", "hashtag", "sexual", url_only=True),
    E("awarsame", "alias", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@kieran_w",
        """
fit teacher alert. whoever Mrs Ashworth-Pryce is at sallowfield, i'd happily stay behind for detention 😏🍑 year 6 parents you lucky lot
""",
        when="3 Jun",
    ),
    E("school", "short_name", "neutral"),
    E("kashworthpryce", "title_surname", "sexual"),
)

add(
    "social",
    social(
        "Bluesky",
        "@jo-teaches.bsky.example",
        """
Huge respect to Katherine Ashworth-Pryce, who I trained with, and all the staff at Sallowfield who keep turning up while grown men scream at them at the gate. Teaching shouldn't need this much courage.
""",
    ),
    E("school", "short_name", "neutral"),
    E("kashworthpryce", "exact", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@exposingbrum",
        """
Kate Ashworth-Pryce personal email is kate.ap.1987@mailbox.example and her mobile is 07700 900418. Let her know what parents think of her "lessons". Flood it.
""",
        when="15 Apr",
    ),
    E("kashworthpryce", "nickname", "doxxing"),
)

add(
    "social",
    social(
        "TikTok comment",
        "saf.x.b11",
        """
mrs d is a witch fr she gave me lunchtime detention for humming 🧙‍♀️ dragomirescu more like dragon-mirescu
""",
        replies=(("ibbz_07", "LMAO dragon"),),
    ),
    E("idragomirescu", "surname_only", "abuse"),
)

add(
    "social",
    social(
        "X",
        "@B11Mum",
        """
Shout out to Mr Yusuf at Sallowfield Primary who sat with my son every lunchtime for a month after his dad passed. Learning mentors are the unsung heroes. #grief #teachers
""",
    ),
    E("school", "alias", "neutral"),
    E("yali", "alias", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@radical_watch_uk",
        """
Sallowfield "learning mentor" Yusuf Ali runs a lunchtime "Islamic club" for 8 year olds. Prevent should be all over this. These people are grooming the next generation of terrorists in our state schools. Muslims out.
""",
        when="20 Apr",
    ),
    E("school", "short_name", "hate"),
    E("yali", "exact", "hate"),
)

add(
    "social",
    social(
        "X",
        "@SallowfieldPS",
        """
Reminder: school is closed on Wednesday 10th April for Eid ul-Fitr. Eid Mubarak to all our families from everyone at Sallowfield Primary School 🌙✨
""",
    ),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "TikTok comment",
        "zayn.b12",
        """
SPS reception teacher mrs begum is soooo miserable, my little sister came home crying again. proper miserable cow
""",
        replies=(("hana_x", "nah she's nice to my cousin"),),
    ),
    E("school", "alias", "neutral"),
    E("sbegum", "title_surname", "abuse"),
)

add(
    "social",
    social(
        "X",
        "@shaz_b",
        """
My sister (Mrs Begum, year 2 at Tanhouse Primary, not the Sallowfield one!!) just got nominated for a teaching award 🥹 so proud
""",
    ),
)

add(
    "social",
    social(
        "X",
        "@brummie_banter",
        """
"Sallowfield Primary's got better results than my kids' posh school in Solihull" - my boss, today, absolutely fuming 😂 good for them
""",
    ),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "TikTok comment",
        "hxssan.07",
        """
S4ll0wf1eld primary teachers are all m0ngs 😂 espesh H4ssain
""",
        replies=(
            ("aleena_k", "why u spelling like that lol"),
            ("hxssan.07", "so the school dont find it 🤫"),
        ),
    ),
    E("school", "leetspeak", "abuse"),
    E("ihussain", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "X",
        "@anon_b11_parent",
        """
A k h t a r took the RSE money and ran. ask where the PTA funds went. S a l l o w f i e l d families deserve answers
""",
        when="9 May",
    ),
    E("school", "spacing", "negative"),
    E("rakhtar", "spacing", "defamation"),
)

add(
    "social",
    social(
        "X",
        "@notmyhead",
        """
Mrs Аkhtar (yes that one) has been fiddling the school budget for years, her husband's company does all the building work at Sаllowfield. Ask for the accounts.
""",
        when="2 Jun",
    ),
    E("school", "homoglyph", "negative"),
    E("rakhtar", "homoglyph", "defamation"),
)

add(
    "social",
    social(
        "X",
        "@CoachAbdiW",
        """
Proud of our Year 5 girls' football team, cup finalists!! Never give up 💪⚽ #SallowfieldPrimary #girlsfootball
""",
        replies=(("@SallowfieldPS", "So proud of them, thanks Coach!"),),
    ),
    E("school", "hashtag", "neutral"),
    E("awarsame", "handle", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@fed_up_dad_b11",
        """
#CoachAbdi at Sallowfield has been "giving lifts home" to year 6 girls after netball. Just them. In his car. Ask yourselves why the school is fine with that.
""",
        when="28 May",
    ),
    E("school", "short_name", "negative"),
    E("awarsame", "hashtag", "sexual", url_only=True),
)


# ---- reviews

G = "Google"
SP = "Sallowfield Primary School"

add(
    "review",
    review(
        G,
        SP,
        "Farzana K",
        5,
        "a week ago",
        """
Alhamdulillah both my children have flourished here. Teachers really care, Mrs Ahmed the SENCO got my son the support he needed when nobody else would listen. Pastoral team 10/10.
""",
        reply="Thank you Farzana, we'll pass this on to the team. SPS",
    ),
    E("school", "exact", "neutral"),
    E("fahmed", "title_surname", "neutral"),
)

add(
    "review",
    review(
        G,
        SP,
        "J Hughes",
        2,
        "3 weeks ago",
        """
Results are great but communication is terrible. Found out about a trip the day before, letters come home in book bags and vanish, and nobody answers the phone between 9 and 10. The office lady (Mrs Doyle) is polite but clearly overwhelmed.
""",
    ),
    E("school", "exact", "negative"),
    E("edoyle", "title_surname", "neutral"),
)

add(
    "review",
    review(
        G,
        SP,
        "Anon",
        1,
        "2 months ago",
        """
Mr Hussain keeps some of the year 5 girls behind after class and gives them sweets and says its their little secret. My daughter wouldnt say any more. Why is nobody looking into this?
""",
    ),
    E("school", "exact", "negative"),
    E("ihussain", "title_surname", "sexual", url_only=True),
)

add(
    "review",
    review(
        G,
        SP,
        "Saqib R",
        1,
        "a month ago",
        """
Mrs Begum reception teacher smells of alcohol in the mornings, ive smelt it on her myself at drop off. Complained and nothing done. Says it all about this school.
""",
    ),
    E("school", "exact", "negative"),
    E("sbegum", "title_surname", "defamation"),
)

add(
    "review",
    review(
        G,
        SP,
        "Alina Popescu",
        5,
        "4 months ago",
        """
We came from Romania last year, my daughter spoke no English. Mrs Dragomirescu speaks Romanian and helped us with everything, forms, uniform, doctor. Now my daughter reads books in English. Thank you Sallowfield!
""",
    ),
    E("school", "exact", "neutral"),
    E("idragomirescu", "title_surname", "neutral"),
)

add(
    "review",
    review(
        G,
        SP,
        "Kev D",
        1,
        "5 days ago",
        """
woke nonsense. teaching 5 yr olds about two dads. head teacher wont listen. taken my kids out. one star is generous
""",
    ),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        G,
        SP,
        "M. Hussain",
        4,
        "6 months ago",
        """
Good school, strict but fair. Took one star off because the breakfast club is always full. Mr Pemberton in year 4 is brilliant with boys who struggle, my son actually likes maths now.
""",
    ),
    E("school", "exact", "neutral"),
    E("rpemberton", "title_surname", "neutral"),
)

add(
    "review",
    review(
        G,
        SP,
        "Hamida Begum",
        3,
        "a year ago",
        """
Mixed feelings. Teaching is good and the Eid celebrations are lovely but the playground is tiny for 600 kids and the lunches are cold. Homework is way too much for year 6.
""",
    ),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        G,
        SP,
        "Local Resident",
        1,
        "3 months ago",
        """
Parents park on the pavements every single day, blocked my mum's wheelchair twice. The school has been told a hundred times. Useless.
""",
    ),
    E("school", "exact", "negative"),
)

add(
    "review",
    review(
        G,
        SP,
        "Shaz M",
        1,
        "2 weeks ago",
        """
Aunty Parveen the "family liaison" only helps her own biradari. Gets council housing letters for her relatives first and takes money from families to "speed up" forms. Everyone in Sallowfield knows it.
""",
    ),
    E("school", "exact", "neutral"),
    E("pkhan", "alias", "defamation"),
)

add(
    "review",
    review(
        G,
        SP,
        "Abdullah",
        5,
        "1 month ago",
        """
Bloody brilliant school. My lad was a nightmare at his last place and Yusuf the learning mentor turned him round in a term. Can't thank them enough.
""",
    ),
    E("school", "exact", "neutral"),
    E("yali", "nickname", "neutral"),
)

add(
    "review",
    review(
        G,
        SP,
        "Lorraine P",
        1,
        "3 days ago",
        """
Elizabeth Doyle at reception is a nasty piece of work. Rude, sarcastic, looks at you like something on her shoe. Doyle the dragon, everyone calls her. Get some manners.
""",
    ),
    E("school", "exact", "neutral"),
    E("edoyle", "exact", "abuse"),
)

add(
    "review",
    review(
        G,
        SP,
        "Parent",
        2,
        "7 months ago",
        """
The school cooks the SATs, everyone knows. Year 6 teacher Ashworth Pryce sits with the kids and points at the right answers. That's how they get "outstanding". Would love Ofsted to look properly.
""",
    ),
    E("school", "exact", "defamation"),
    E("kashworthpryce", "hyphenated", "defamation"),
)

add(
    "review",
    review(
        "Trustpilot",
        "Sallowfeild Primary Birmingham",
        "angrydad77",
        1,
        "Updated 2 days ago",
        """
Sallowfeild primary excluded my son for 2 days for something he didnt do. Mr Husain wouldnt even show me the CCTV. Disgraceful, appealing to the governors.
""",
    ),
    E("school", "typo", "negative"),
    E("ihussain", "typo", "negative"),
)

add(
    "review",
    review(
        G,
        SP,
        "Nusrat J",
        5,
        "2 years ago",
        """
Second generation at this school! I went here when it was Sallowfield J&I and now my three are here. Some of my old teachers are still here haha. Lovely community feel.
""",
    ),
    E("school", "exact", "neutral"),
)

add(
    "review",
    review(
        G,
        "Sallowfield Junior and Infant School (old listing)",
        "Mark T",
        4,
        "9 years ago",
        """
Good little school. Head is strict. Kids happy. Parking awful.
""",
    ),
    E("school", "alias", "neutral"),
)

add(
    "review",
    review(
        G,
        SP,
        "Samina Ahmed",
        2,
        "1 week ago",
        """
Rukhsana A. is a lovely person but as a head she's let the SEN provision slide since the old SENCO left. My son waited 8 months for a referral. Not good enough.
""",
    ),
    E("school", "exact", "negative"),
    E("rakhtar", "first_initial", "negative"),
)

add(
    "review",
    review(
        G,
        SP,
        "K.B.",
        1,
        "4 weeks ago",
        """
Miss Malik the SENCO (she calls herself Mrs Ahmed now) has been pocketing the money meant for EHCP kids, my son's 1 to 1 was cut and mysteriously the school got new furniture. Fraud. Reported to the council.
""",
    ),
    E("school", "exact", "negative"),
    E("fahmed", "alias", "defamation"),
)


# ---- forums

add(
    "forum",
    forum(
        "mumsroom",
        "Primary education",
        "Sallowfield Primary - anyone got experience? (B11)",
        (
            (
                "NewToBrum22",
                "posted 09:14",
                "We're moving to Brackley Green for DH's job and our nearest school is Sallowfield Primary. It's Outstanding but I've heard it's very big (2 classes per year) and very different to our little village school in Shropshire. DD is 6 and a bit shy. Any thoughts?",
            ),
            (
                "LaylaMumOf2",
                "posted 09:40",
                "My two are there. It's big but it doesn't feel it. Year 1 teachers are lovely. It's very diverse, my kids' friends are Pakistani, Somali, Romanian, Bangladeshi, English, everything, and they love it.",
            ),
            (
                "Bumblebee77",
                "posted 10:02",
                "Honestly it's a good school but the parking is horrendous and the communication isn't great. Get on the parents' whatsapp asap or you'll miss everything.",
            ),
            ("NewToBrum22", "posted 10:20", "Thank you! Is there much support if she's anxious?"),
            (
                "LaylaMumOf2",
                "posted 10:31",
                "Yes, there's a learning mentor called Mr Yusuf who runs a nurture group and a family liaison lady who's a legend. Also the SENCO Mrs Ahmed is brilliant if it ever came to that.",
            ),
            (
                "ProperBrummie",
                "posted 11:48",
                "also aware there's been protests outside on Fridays about the relationships lessons. It's calmed down now but might be worth asking about.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("yali", "alias", "neutral"),
    E("fahmed", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "brum",
        "Protests at Sallowfield - what is actually going on?",
        (
            (
                "u/tanhouse_throwaway",
                "6h",
                "Every Friday there's a crowd with megaphones outside Sallowfield Primary. I live on Alder Street. Kids are walking past people shouting about 'perverts'. What is this about?",
            ),
            (
                "u/b11_local",
                "6h",
                "RSE lessons. Same as Marlbrook Hill last year. A few parents + a lot of blokes who don't even have kids at the school. The head (Akhtar) has been really patient tbh.",
            ),
            (
                "u/jasmine_brum",
                "5h",
                "My cousin teaches there. They're terrified. Someone posted the year 6 teacher's car reg online.",
            ),
            (
                "u/throwaway_9182",
                "5h",
                "good. Ashworth-Pryce should be terrified. Maybe she'll think twice before she talks to my nephew about that stuff. We know what she drives now.",
            ),
            ("u/b11_local", "5h", "reported. that's a threat mate."),
            ("u/mod_brum", "4h", "Removed a comment. Rule 2: no threats, no personal info."),
        ),
    ),
    E("school", "alias", "neutral"),
    E("rakhtar", "surname_only", "neutral"),
    E("kashworthpryce", "exact", "threat"),
)

add(
    "forum",
    forum(
        "brumboard",
        "Schools",
        "Hussain at Sallowfield",
        (
            (
                "fedup_dad",
                "Mon 21:02",
                "Deputy head Hussain at Sallowfield hit my son. Grabbed him by the wrist and slammed him into a chair. Left marks. School says he 'guided' him. I've gone to the police.",
            ),
            ("brum_mum_3", "Mon 21:30", "sorry that happened, hope the police take it seriously"),
            (
                "ex_ta_b11",
                "Mon 22:04",
                "I worked with Mr H for years and never saw him so much as raise his voice. I'm not saying you're lying, but wait for the investigation before naming people online.",
            ),
            ("fedup_dad", "Mon 22:15", "easy to say when it's not your kid"),
        ),
    ),
    E("school", "short_name", "negative"),
    E("ihussain", "surname_only", "defamation"),
)

add(
    "forum",
    forum(
        "mumsroom",
        "AIBU",
        "AIBU to think the school gates protest has gone too far?",
        (
            (
                "Anonymooose",
                "posted 20:11",
                "Not naming the school but it's a primary in south east Birmingham. My DS is in Y5. Every Friday men I've never seen before shout at teachers. Last week someone told one of the teachers 'it'd be a shame if something happened to your car, Miss Malik'. She's tiny, she's pregnant, she was shaking. AIBU to think the police should be there?",
            ),
            ("TeaAddict", "posted 20:30", "YANBU. That's a threat, plain and simple."),
            ("ScoobyDoo99", "posted 20:41", "YANBU. Is this Sallowfield? My friend works there."),
            ("Anonymooose", "posted 20:44", "no comment 🤐"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("fahmed", "alias", "threat"),
)

add(
    "forum",
    forum(
        "threadit",
        "UKTeachers",
        "Parents posting my colleagues' home addresses - what can we do?",
        (
            (
                "u/primary_deputy_b",
                "2d",
                "Throwaway. I work at an inner-city primary in Birmingham that's been in the news. Someone on a local Facebook page posted our SENCO's home address (her maiden name, too, so they've dug around). Police are 'looking into it'. Union says to keep a log. Anything else?",
            ),
            (
                "u/HistoryTeach88",
                "2d",
                "Contact the platform directly with the legal team email, not just the report button. And get the LA involved.",
            ),
            (
                "u/kbtheunionrep",
                "2d",
                "Also check your employer has a duty of care plan. Sorry you're going through this.",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "brumboard",
        "Local",
        "that post on the B11 page",
        (
            (
                "anon_b12",
                "Tue 19:44",
                "for everyone asking, the teacher is Farhana Malik (Ahmed now) and she lives on Kinver Road, the house with the blue door next to the chippy. Don't shoot the messenger.",
            ),
            ("Wasim", "Tue 19:52", "bro what is wrong with you. delete this"),
            ("mod", "Tue 20:03", "Thread locked."),
        ),
    ),
    E("fahmed", "alias", "doxxing"),
)

add(
    "forum",
    forum(
        "mumsroom",
        "SEN",
        "EHCP help in Birmingham - the SENCO is everything",
        (
            (
                "Worn_out_mum",
                "posted 14:02",
                "Our SENCO at SPS has been incredible, Mrs Ahmed went to the tribunal with us, translated for my husband and stayed till 7pm writing the appeal. I know not everyone's experience is this good.",
            ),
            ("SENDwarrior", "posted 14:30", "you're lucky, ours won't even return emails"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("fahmed", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "brum",
        "Mrs Khan??",
        (
            (
                "u/confused_b11",
                "1h",
                "my kid keeps saying 'Mrs Khan said we can have a non-uniform day'. There are like 4 Mrs Khans at his school (a TA, a dinner lady, the nursery one). Which Mrs Khan is in charge of non-uniform days lol",
            ),
            ("u/b11_local", "1h", "probably the TA in his class tbh"),
            (
                "u/confused_b11",
                "1h",
                "mystery solved, it was the dinner lady, and she was joking 🙃",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "eduforum",
        "Primary",
        "Running a Ramadan-friendly PE programme - ideas",
        (
            (
                "Abdirahman Warsame",
                "posted 16:05",
                "Hi all, I'm the PE coach at a large primary in Birmingham (Sallowfield) where most of our KS2 children fast for at least some of Ramadan. Looking for ideas for lower-intensity PE in the afternoons that still builds skills. What works for you?",
            ),
            (
                "PE_Pete",
                "posted 16:40",
                "We do a lot of skill stations, balance and coordination, no running circuits after lunch. Works well.",
            ),
            ("Abdirahman Warsame", "posted 17:02", "Great idea, thanks Pete."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("awarsame", "exact", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "CasualUK",
        "Overheard at the school gates today",
        (
            (
                "u/brummie_dad",
                "3h",
                "Two little lads at pick up: 'Coach Abdi can do 100 keepy ups' 'no, a MILLION'. Sallowfield Primary finest. Made my day.",
            ),
            ("u/tea_not_coffee", "3h", "this is the content I'm here for"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("awarsame", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "brumboard",
        "Schools",
        "Photos of the nativity on the school page",
        (
            (
                "anon_watcher",
                "Sat 23:12",
                "lovely nativity pics on the SallowfieldPrimary page 😍 zoom in on the little angels in the front row. such cute little girls. anyone got the uncropped ones? happy to swap pics, inbox me",
            ),
            (
                "Rizwan_B",
                "Sat 23:40",
                "who even are you? you don't have kids there. reported to the school and the police.",
            ),
            ("mod", "Sun 08:01", "User banned. Photos removed."),
        ),
    ),
    E("school", "camelcase", "sexual", url_only=True),
)

add(
    "forum",
    forum(
        "brumboard",
        "General",
        "Abdi at the school",
        (
            (
                "truth_teller_b11",
                "Wed 21:15",
                "Not saying anything. But ask why the PE coach at Sallowfield J&I, Abdi, always volunteers for the girls' changing room duty and takes photos 'for the website'. Ask to see them. Just ask.",
            ),
            (
                "hodan_w",
                "Wed 21:40",
                "this is how rumours ruin people. if you have concerns go to the police not a forum",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("awarsame", "nickname", "sexual", url_only=True),
)

add(
    "forum",
    forum(
        "threadit",
        "unitedkingdom",
        "Birmingham school protests (megathread)",
        (
            (
                "u/AutoModerator",
                "1d",
                "Megathread for the Birmingham school protests. Rule 1 applies: no racism, no threats.",
            ),
            (
                "u/pale_ale_pete",
                "1d",
                "Same thing as 2019. Schools teach that some families have two mums, some parents go mental. The school (Sallowfield) has done nothing wrong as far as I can tell.",
            ),
            (
                "u/knightsofalbion",
                "1d",
                "Sallowfield is what happens when you let Pakis take over an area. Import the third world, get third world behaviour. Deport the lot.",
            ),
            ("u/pale_ale_pete", "1d", "and there's the racism, right on cue. reported"),
            (
                "u/shaz_m",
                "1d",
                "As a Muslim mum with kids at that school: most of us are fine with the lessons. The protesters are a minority and half don't live here.",
            ),
        ),
    ),
    E("school", "short_name", "hate"),
)


# ---- blogs

add(
    "blog",
    blog(
        "chalk",
        "Fridays",
        """
I have started to dread Fridays, which is a strange thing for a teacher to write. Fridays used to be the best day of the week: golden time, spelling tests that nobody minds, the Year 6s handing out the Star of the Week certificates in assembly with the solemnity of a Nobel committee.

Now Fridays mean the gate. From about half two, the men arrive. I say men because, with a few exceptions, they are men, and most of them are not parents at our school. They bring a megaphone and a table and a banner. They say we are teaching children things we are not teaching them. They say it in English and in Urdu and occasionally in a sort of furious Punjabi that my colleagues translate for me later over a cup of tea, with the ruder bits taken out.

I teach Year 6. What I actually teach, in the unit that has caused all this, is that families are different. Some children live with their nan. Some have two homes. Some have two mums. Nobody is asked to believe anything, only to be kind. I have taught this unit for six years. The children mostly want to know whether we can do the science experiment with the Mentos and the cola again.

I want to write about the parents, though, because the newspapers never do. On the first Friday a dad I have known for five years, whose three children I have taught, stood between me and a man with a megaphone and said, in a voice I had never heard him use, "Brother, that's my kids' teacher. Go home." The next week four more dads did the same. By the third week there was a line of mums in the playground with flasks of chai for the staff. One of them, a grandmother who speaks almost no English, held my hand all the way to my car.

Our head, Rukhsana Akhtar, has been extraordinary. She has met every parent who asked. She has met some who did not ask. She has sat in the mosque office with the imam and in the community centre with the councillor and in her own office with people who shouted at her. She has had the police round to her house. She still does the gate every morning, because, she says, "the day I stop doing the gate they've won".

I am not brave. I am a fairly ordinary woman from Stockport who came to Birmingham for a year and stayed fifteen. I still can't make a decent paratha. But I love these children and I love this school, and on Monday morning I will be back in my classroom teaching fractions, whatever anyone shouts at me on Friday.

If you have ever wondered whether the work matters: it does. If you have ever wondered whether the community is behind us: it is. And if you are one of the men at the gate: you are welcome to come in and see a lesson. The kettle is always on.
""",
        author="Kate A-P",
        date="26 April 2024",
        comments=(
            ("Ruth (Y6 parent)", "27 April", "We love you Mrs A-P. Stay strong."),
            ("Imran H", "27 April", "Proud to work with you. See you Monday."),
            ("anon", "28 April", "stop pretending you're a victim. you chose this"),
        ),
    ),
    E("rakhtar", "exact", "neutral"),
    E("kashworthpryce", "nickname", "neutral"),
)

add(
    "blog",
    blog(
        "truth",
        "ANOTHER British school falls: the Sallowfield scandal",
        """
While the mainstream media look the other way, another Birmingham school has been quietly Islamified. Sallowfield Primary, in the heart of what used to be a white working class district, is now run by Rukhsana Akhtar, a hijab-wearing headteacher whose staff list reads like a Karachi phone book: Hussain, Ahmed, Ali, Khan, Begum.

Our sources tell us that children are taught Arabic prayers, that Christmas has been "rebranded" as a "winter festival" and that the one remaining English teacher, a Mrs Ashworth-Pryce, is being hounded out by the Muslim parents for daring to teach British values.

These people do not integrate. They breed, they take over, and they replace. Every school like Sallowfield is a beachhead. Akhtar and her kind should be sent back where they came from, along with the Somalis and the Romanian gypsies they have filled the classrooms with.

Share this before it's deleted.
""",
        author="Patriot Admin",
        date="18 April 2024",
        comments=(
            ("Albion1066", "18 April", "disgusting. this is our country"),
            (
                "Steve",
                "19 April",
                "utter nonsense, my nephew teaches there and Christmas is very much still Christmas",
            ),
        ),
    ),
    E("school", "exact", "hate"),
    E("rakhtar", "exact", "hate"),
    E("kashworthpryce", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "localpol",
        "Standing with Sallowfield",
        """
Friends, I have been your councillor for Sallowfield ward for nine years. In that time I have seen our community come through floods, riots, Covid, and the closure of half the shops on Tanhouse Lane. I have never been prouder of it than I was this Friday.

At 3pm, when the protesters arrived outside Sallowfield Primary on Alder Street, they found the gate lined with parents. Mums in hijabs and mums in hi-vis. Somali dads, Romanian grandmothers, the lads from the boxing club. Nobody shouted. They simply stood there, and the children walked out between them to their families.

I want to be clear, as I have been in every meeting: parents have every right to ask questions about what their children are taught, and the school has answered them. What nobody has the right to do is threaten staff. The messages sent to Mrs Akhtar and to Mrs Ashworth-Pryce are a matter for the police, and I am glad an arrest has been made.

Next week the ward forum will discuss road safety on Alder Street and the School Street trial. Come along. Sallowfield Community Centre, 6:30pm. Bring your potholes.
""",
        author="Cllr Nadeem Akhtar",
        date="20 April 2024",
    ),
    E("school", "alias", "neutral"),
    E("rakhtar", "title_surname", "threat"),
    E("kashworthpryce", "title_surname", "threat"),
)

add(
    "blog",
    blog(
        "eduleader",
        "What I learned running a school under siege",
        """
I was asked to write this for the headteachers' network after a very long spring term. I am the head of a large two-form-entry primary in Birmingham and for eight weeks our school gate was the site of a protest over relationships education. I won't name the school; most of you will know which one.

Some lessons, in no particular order.

One: talk to your community before you need to. We had spent seven years building relationships with the mosque, the community centre, the Somali elders and the Romanian Saturday school. When the protests started, those relationships held. The imam's statement did more in a day than our letters did in a month.

Two: look after your staff first. My deputy took over the gate so that I could be visible elsewhere. Our learning mentor ran a drop-in for anxious children. Our office manager fielded four hundred phone calls, some of them vile, and never once let it show to a parent at the hatch.

Three: document everything. Every message, every post, every threat. You will need it for the police and for the insurers and for the governors and, God willing, never for a court.

Four: keep teaching. The children noticed everything, but what they mostly noticed was whether their teacher was still there on Monday. She was.

Five: you are allowed to cry in the car.

Rukhsana
""",
        author="R. Akhtar",
        date="9 July 2024",
        comments=(("HeadInLeeds", "10 July", "Thank you for this. Printing it for our SLT."),),
    ),
    E("rakhtar", "initial_surname", "neutral"),
)

add(
    "blog",
    blog(
        "brummum",
        "Our first year at big school",
        """
Little Z started Reception in September at our local primary and I promised myself I'd write about it. So here we are, in July, with a very tired five-year-old and a mum who has cried at three assemblies.

The first week was rough. She clung to my leg every morning and the teacher, Mrs Begum, would peel her off like a sticker, give her a job (feeding the class fish, watering the beans) and wave me off. By October she was running in without looking back, which was its own kind of heartbreak.

Things I didn't know about school before this year: the PTA is basically run by three women with terrifying efficiency. Non-uniform day requires a pound coin that you will not have. Every child at Sallowfield apparently needs a costume for World Book Day at 9pm the night before. The phonics is called Read Write Inc and your child will correct your pronunciation of "ay, may I play".

Things I love: the Eid assembly, the Christmas nativity (yes they still do it, Daily Mail readers), the fact that Z's best friends are called Amira, Sofia, Hodan and Maisie, and the way the whole school smells of toast at 8:45.

Roll on Year 1.
""",
        author="Amina",
        date="19 July 2024",
    ),
    E("school", "short_name", "neutral"),
    E("sbegum", "title_surname", "neutral"),
)


# ---- more voices: hate, threats, doxxing, passing mentions, odd spellings

add(
    "facebook",
    facebook(
        FB,
        "Anonymous member",
        "Monday",
        """
Mr Hussain's mobile is 07700 900412. He won't answer the school phone so ring him yourself at home, tell him what you think of him excluding our kids.
""",
        (("Admin", "removed. posting staff numbers will get you banned"),),
    ),
    E("ihussain", "title_surname", "doxxing"),
)

add(
    "facebook",
    facebook(
        FB,
        "Anonymous member",
        "Wednesday",
        """
tell Hussain to watch his back after 3:30. my cousins are coming down from Bradford and they'll sort him out proper for what he did to my brother. no joke
""",
        (("Nabeel R", "bro you can't post this"), ("Anonymous member", "watch")),
    ),
    E("ihussain", "surname_only", "threat"),
)

add(
    "facebook",
    facebook(
        FB2,
        "Anonymous member",
        "Thursday night",
        """
Someone should burn Sallowfield Primary to the ground with the perverts inside it. Then they'll listen.
""",
        (
            ("Bev Collins", "screenshotted and sent to police"),
            ("Admin", "user removed, police informed"),
        ),
    ),
    E("school", "alias", "threat"),
)

add(
    "facebook",
    facebook(
        FB,
        "Deeqa Mohamed",
        "Tuesday",
        """
Some man at the gate told Coach Abdi to "go back to Mogadishu, you pirate" and called him a [n-word] in front of the kids. Year 3 kids!! And the other parents just stood there. Coach just walked the kids inside. I'm so angry.
""",
        (
            ("Hodan W", "reported it? this is a hate crime"),
            ("Deeqa Mohamed", "yes, police have the video"),
        ),
    ),
    E("awarsame", "alias", "hate"),
)

add(
    "facebook",
    facebook(
        FB,
        "Umar F",
        "Friday",
        """
Pemberton is a f*ggot pushing his gay agenda on our kids. Everyone knows he lives with a 'friend'. Men like that shouldn't be near children.
""",
        (("Kelly Morgan", "this is homophobic and disgusting"), ("Umar F", "just the truth")),
    ),
    E("rpemberton", "surname_only", "hate"),
)

add(
    "facebook",
    facebook(
        FB,
        "Khalid Mahmood",
        "Sunday",
        """
Sisters don't let that kafir woman Ashworth teach your daughters about haram things. A gori with no deen telling our girls what's normal. Take your kids out of RSE inshallah
""",
        (
            ("Sadia M", "she's taught my kids 5 years and she's respectful to our deen"),
            ("Khalid Mahmood", "you are blind"),
        ),
    ),
    E("kashworthpryce", "hyphenated", "hate"),
)

add(
    "facebook",
    facebook(
        FB,
        "Anonymous member",
        "Saturday",
        """
Liz Doyle the office manager's home number is 0121 496 0877, she lives in Tanhouse. She's the one who rang social services on my sister. Give her a call.
""",
        (("Admin", "removed"),),
    ),
    E("edoyle", "nickname", "doxxing"),
)

add(
    "social",
    social(
        "TikTok comment",
        "dani.rose.x",
        """
miss dragomirescu (sallowfield yr3) is honestly gorgeous i'd marry her tomorrow 😍😍 the things i'd do to her
""",
        replies=(
            ("ibbz_07", "bro she's a teacher 💀"),
            ("dani.rose.x", "and?? she's an adult lol"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("idragomirescu", "title_surname", "sexual"),
)

add(
    "social",
    social(
        "X",
        "@b11_whispers",
        """
Heard Mrs Ashworth-Price and the deputy are "very close" after school 👀 both married btw. Sallowfield staff room must be spicy
""",
        when="30 May",
    ),
    E("school", "short_name", "neutral"),
    E("kashworthpryce", "typo", "defamation"),
)

add(
    "social",
    social(
        "TikTok comment",
        "ayaan.b12",
        """
H.u.s.s.a.i.n got me excluded for nothing, that man is a snake 🐍 everyone at sallowfeild knows
""",
        replies=(("r.ali.x", "why u dotting his name lol"),),
    ),
    E("school", "typo", "neutral"),
    E("ihussain", "obfuscated", "abuse"),
)

add(
    "social",
    social(
        "X",
        "@b11_truth",
        """
Akh*ar and her mates at Sallow-f-i-e-l-d are hiding what really happened with the Pemberton kid. Cover up. Share before they delete this.
""",
        when="20 Mar",
    ),
    E("school", "obfuscated", "defamation"),
    E("rakhtar", "obfuscated", "defamation"),
    E("rpemberton", "surname_only", "defamation"),
)

add(
    "social",
    social(
        "X",
        "@yr6_dad",
        """
Just been to Year 6 parents' evening at #sallowfield and honestly K. Ashworth-Pryce knows my son better than I do. Top teacher.
""",
    ),
    E("school", "hashtag", "neutral"),
    E("kashworthpryce", "initial_surname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@Brum_Observer",
        """
Congratulations to Imran H., deputy head at Sallowfield Primary, who has been appointed headteacher of Brackley Green Primary from September.
""",
    ),
    E("school", "alias", "neutral"),
    E("ihussain", "first_initial", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@B11Mum",
        """
RukhsanaAkhtar and the team at SallowfieldPrimary did an amazing Eid breakfast today 🥐🌙 so many families came
""",
    ),
    E("school", "camelcase", "neutral"),
    E("rakhtar", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@anon123456",
        """
@SallowfieldPS your deputy head Mr Ηussain (yes HIM) put his hands on my son. everyone in B11 will know his name by tomorrow
""",
    ),
    E("school", "handle", "negative"),
    E("ihussain", "homoglyph", "defamation"),
)

add(
    "social",
    social(
        "TikTok comment",
        "hxmza.x",
        """
p3mb3rt0n at s4llowfield is the worst teacher alive fr fr 🤮
""",
        replies=(("ayaanx_10", "LMAO real"),),
    ),
    E("school", "leetspeak", "abuse"),
    E("rpemberton", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "X",
        "@sallowfield_grad",
        """
Shoutout to Mrs D-R-A-G-O-M-I-R-E-S-C-U who had to spell her name out for us every single day of year 3 😂 we never got it right. Sallowfield legends
""",
    ),
    E("school", "short_name", "neutral"),
    E("idragomirescu", "spacing", "neutral"),
)

add(
    "social",
    social(
        "Instagram",
        "brackleygreen.eats",
        """
new karahi spot on Kinver Road, round the corner from Sallowfield Park 🔥 lamb karahi £12, naan fresh from the tandoor. go go go
""",
    ),
)

add(
    "social",
    social(
        "X",
        "@DunmoreHeathFC",
        """
Well played lads! 3-1 win away at Sallowfield Rangers this morning. Man of the match: Yusuf Ali (our number 9, not the Qur'an translator 😂)
""",
    ),
)

add(
    "social",
    social(
        "X",
        "@brum_eid",
        """
Eid in the park at Sallowfield Park this Sunday 12-6! Food stalls, rides, henna, a mushaira in the evening. Free entry. #EidInThePark #Birmingham
""",
    ),
)

add(
    "social",
    social(
        "Threads",
        "mrs.begum.bakes",
        """
Eid dessert table done ✨ rasmalai cake, gulab jamun cheesecake and my mum's kheer. Orders open for next weekend 🤍
""",
    ),
)

add(
    "facebook",
    facebook(
        FB2,
        "Dr Aisha Khan",
        "Monday",
        """
Reminder from Sallowfield Medical Practice: flu jabs for over 65s and children aged 2-3 this Saturday 9am-1pm, no appointment needed. Please bring your red book for children.
""",
        (
            ("Parveen", "is it at the surgery or community centre?"),
            ("Dr Aisha Khan", "at the surgery"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        FB,
        "Rabia Hussain",
        "Thursday",
        """
Sallowfield J&I girls of 1995 reunion!!! who remembers Mr Gill's recorder club 😂😂 we're meeting at the Sweet Centre café on the 14th, message me
""",
        (("Nadia", "omg I'm coming"), ("Sadia", "Mr Gill!!! 😂")),
    ),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Ali Raza",
        "Wednesday",
        """
Whoever's selling Akhtar's new "no mobile phones at pickup" rule, it's mad. How do I tell my wife I'm outside if I can't use my phone?? Sallowfield gone north korea lol
""",
        (("Farah", "because you can just... wait at the gate"), ("Ali Raza", "fair 😂")),
    ),
    E("school", "short_name", "negative"),
    E("rakhtar", "possessive", "negative"),
)

add(
    "facebook",
    facebook(
        FB,
        "Natalia V",
        "Friday",
        """
Dragomirescu's EAL class is the reason my son passed his year 4 reading check. Best teacher. Vă mulțumim doamna!
""",
        (("Ana", "da, e minunată"),),
    ),
    E("idragomirescu", "possessive", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Sam Hartley",
        "Tuesday",
        """
Just got a letter home from the school saying my daughter's attendance is 91% and we might be fined. She had chicken pox for a week! Mrs Khan the FLO was really nice about it on the phone tbf but the letter itself is horrible, threatening tone.
""",
        (("Nadia", "same letter, same chicken pox lol"),),
    ),
    E("pkhan", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Hina Saleem",
        "Wednesday",
        """
Rumour has it Parveen Khan from the school is leaving?? say it isn't so 😭 she's the only one who actually answers her phone
""",
        (("Shabana Ali", "only going part time I think"),),
    ),
    E("pkhan", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Farhan Ali",
        "Saturday",
        """
Yusuf from school took the year 6 boys to the mosque open day and then the Villa museum, my son hasn't stopped talking about it. proper role model that brother, mashallah
""",
    ),
    E("yali", "nickname", "neutral"),
)

add(
    "review",
    review(
        G,
        "Sallowfield Sweet Centre",
        "Nadia P",
        4,
        "3 days ago",
        """
Great mithai, got a box for my son's teacher Mrs Akhtar (she's always saying she loves their barfi 😂). Queue is long on Fridays.
""",
    ),
    E("rakhtar", "title_surname", "neutral"),
)

add(
    "review",
    review(
        G,
        "Sallowfield Community Centre",
        "Tom B",
        5,
        "2 weeks ago",
        """
Great hall for hire, we had our daughter's 5th birthday here. Clean, cheap, and the manager was helpful. Right next to the primary school so parking can be tricky at 3pm.
""",
    ),
)

add(
    "review",
    review(
        G,
        "Hollins Park Academy",
        "Imran A",
        4,
        "1 month ago",
        """
My son moved up from Sallowfield Primary in September and settled in really well. Hollins Park is strict but the teachers are good and the bus from Dunmore Heath is easy.
""",
    ),
    E("school", "alias", "neutral"),
)

add(
    "review",
    review(
        G,
        "Khan's Pharmacy, Tanhouse Lane",
        "Mrs B",
        5,
        "6 days ago",
        """
Mr Khan and his team are always helpful, sorted my mum's blister packs with no fuss. Better than waiting for the GP.
""",
    ),
)


# ---- long pages with a passing mention, and a few more

add(
    "news",
    news(
        "live",
        "Sallowfield: the Birmingham district that refuses to be written off",
        """
Walk down Tanhouse Lane on a Saturday morning and you will hear five languages before you reach the bus stop. There is the Punjabi of the uncles outside the cash-and-carry, arguing about cricket; the Sylheti of the grandmothers heading for the fabric shops; the Somali of the young men queueing at the barber's; the Romanian of a family loading a van outside the new Eastern European grocery; and the unmistakable Brummie of the woman running the flower stall, who has been here for forty-one years and has opinions about all of them.

Sallowfield has never had a good press. In the 1980s it was a byword for factory closures. In the 2000s it was in the papers for riots, then for raids, then for a trojan horse inquiry that, locals point out, was about schools several miles away. More recently it has been a knife-crime statistic, a bin-strike photo opportunity and, this spring, the backdrop to a row about relationships education.

"Every time a journalist comes here it's for something bad," says Tahir Mahmood, who runs a mobile phone repair shop next to the Sallowfield Sweet Centre. "Nobody comes to write about the cricket league or the food bank or the kids who get into Oxford."

So this is an attempt to write about those things.

Start with the cricket. On Sunday mornings Sallowfield Park hosts three matches at once on pitches that are, charitably, undulating. The Sallowfield Strikers, founded in 1979 by men who worked the night shift at the tyre factory, now field eight teams including two girls' sides. Their captain, 19-year-old Aleena Hussain, is studying engineering at Aston and bowls off-spin "better than any man in the league", according to her coach.

Then the food bank. Based in the basement of Sallowfield Community Centre, it feeds around 200 families a week, and its volunteers include a retired vicar, three sisters from the Jamia Masjid, and a Romanian lorry driver who does the Tuesday collection run from the supermarkets. Demand has tripled since 2019. "We don't ask questions," says manager Bev Collins. "Hungry is hungry."

Then the schools. The district's primaries have some of the best results in the city for disadvantaged pupils. Sallowfield Primary, on Alder Street, has been rated Outstanding twice; Tanhouse Primary is Good and rising; St Bede's is oversubscribed. At secondary level, Hollins Park Academy has been transformed by a new head.

Then the food. Sallowfield Road has, by one count, forty-three places to eat in a mile, from a Yemeni mandi house to a Polish bakery to a Jamaican takeaway that has been there since 1984 and still does the best patties in the city. The karahi houses compete on price, on portion size and, increasingly, on Instagram. Friday nights after prayers the queue outside the Sweet Centre stretches past the bus stop, and on Eid it goes round the corner.

"People come from Leicester and Bradford to eat here," says Arif Chaudhry, whose family has run a grill on the road since 1991. "Then they go home and tell their friends Sallowfield is dangerous. Make up your mind!"

Then the faith communities. The Jamia Masjid, built in 1988 in a converted cinema, is the largest of seven mosques in the ward. Two churches remain, one Anglican, one Pentecostal, and the vicar and the imam have a standing Thursday lunch that both describe as "mostly about football". When the protests over relationships lessons started outside the primary school in March, it was the imam who stood at the gate first. "People expected us to be on the other side," he says. "We were on the side of the children."

And then the young people. At the boxing club that runs out of the community centre two nights a week, around thirty teenagers hit pads under the eye of coaches who grew up on the same streets. On a Thursday evening the talk is of GCSEs, trainers and, inevitably, who is the best boxer in the room.

None of this is to pretend Sallowfield does not have problems. Unemployment is more than twice the city average. Overcrowding is severe: the council estimates one in five homes has more people than bedrooms. Air quality on Sallowfield Road breaches legal limits most days. The stabbing on Kinver Road last autumn shook everyone. Drug dealing around the garages behind Tanyard Street is an open secret. The library may lose a day of opening. The bins, famously, are not being collected.

Councillor Nadeem Akhtar, who has represented the ward for nine years, is frank about it. "We are a poor area with brilliant people. The poverty is real and the brilliance is real. Both of those things are true and I get tired of people only wanting to hear one of them."

The regeneration plan, announced in 2022 and much delayed, promises 400 new homes on the old tyre factory site, a health centre to replace Sallowfield Medical Practice's cramped premises, and a new cycle route along the brook to the city centre. Residents are sceptical. "They've been promising that health centre since my son was born," says one mother, gesturing at a teenager. "He's fifteen."

Back on Tanhouse Lane, the woman at the flower stall is packing up. Has Sallowfield changed? "Course it has. Everywhere's changed. The faces have changed, the shops have changed, the food's a lot better." She laughs. "But people still say good morning. That hasn't changed. Write that down."
""",
        byline="By Daniel Okoro, Features",
        date="4 May 2024",
        section="Your Area",
        comments=(
            ("Tanhouse Tony", "4 May", "nice fluff piece, now do one on the crime"),
            ("Aleena H", "4 May", "thanks for the shout out!! 🏏"),
            ("BrumDad84", "5 May", "lovely article, this is the Sallowfield I know"),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "mumsroom",
        "Education",
        "Long post, sorry: our year with an inner-city primary after moving from Surrey",
        (
            (
                "SurreyToBrum",
                "posted 21:03",
                "I promised a few people on here a year ago that I'd report back after we moved from a village in Surrey to south-east Birmingham and put our two into the local primary. A lot of you were worried for us. Some of you were, frankly, a bit rude about it. So here is the honest version.\n\nThe school is huge compared to what we were used to, nearly 650 children against 180, two classes in every year group, a nursery on site. The first week DS (then 8) came home and said 'I'm the only one in my class called Oliver' as if that was the headline. It was. His friends now are Ibrahim, Adam, Mustafa and a boy called Luca whose family are from Cluj.\n\nThe teaching: better than Surrey, honestly. More structured, much more focus on reading and vocabulary because so many children arrive speaking another language. DD's Year 3 teacher, Ioana D., is the most organised human I have ever met and also somehow the warmest. She speaks four languages and apologises for her English, which is better than mine.\n\nThe pastoral side: brilliant. When DS struggled in the autumn the learning mentor took him under his wing, and the family liaison officer rang me every week to check in, which no school has ever done.\n\nThe downsides: parking is a war zone; the protests in the spring were upsetting and I think the school could have communicated more with parents who don't speak to each other at the gate; there is a lot of homework in Year 6; and the building is tired, the toilets are grim.\n\nWould I do it again? In a heartbeat. Sallowfield Primary School has been the best thing about the move. My children have learned that the world is bigger than a Surrey village, and I have learned how to make a decent daal.",
            ),
            ("Tea_and_Toast", "posted 21:40", "This is lovely. Thanks for coming back to update."),
            ("NotATiger", "posted 22:05", "I was one of the worriers. Glad to be wrong!"),
            (
                "Anonymooose",
                "posted 22:30",
                "The toilets comment made me laugh, every school's toilets are grim.",
            ),
        ),
    ),
    E("school", "exact", "negative"),
    E("idragomirescu", "first_initial", "neutral"),
)

add(
    "blog",
    blog(
        "chalk",
        "Marking, mangoes and moving on",
        """
It is the last week of term and the staffroom fridge contains, at my count, eleven boxes of mangoes, three trays of samosas, a Romanian honey cake and a single sad yoghurt that has been there since May. This is how we know the summer is coming: the families start feeding us.

This year I am saying goodbye to a colleague I have taught alongside for a decade. Our deputy, Imran Hussain, is off to be a headteacher across the park, and I am so proud of him I could burst, and so cross with him for leaving I could, well, also burst. He was my NQT mentor when I arrived, terrified, from Stockport. He taught me how to do a register in under a minute, how to say "please sit down" in three languages, and how to stand at the gate on a wet Monday as if there is nowhere in the world you'd rather be.

Mr H (as the children call him) will be brilliant. Brackley Green have no idea what is about to hit them.

Next year I'm moving down to Year 5, which means new planning, a new classroom and a new set of jokes that no eleven-year-old has heard before. Wish me luck.
""",
        author="Kate A-P",
        date="19 July 2024",
    ),
    E("ihussain", "exact", "neutral"),
    E("kashworthpryce", "nickname", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@brackleygreenps",
        """
We are delighted to announce that Mr Imran Hussain will join us as Headteacher in September. Imran joins us from Sallowfield Primary School where he has been deputy head since 2017. Welcome!
""",
    ),
    E("school", "exact", "neutral"),
    E("ihussain", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Samira Jama",
        "Monday",
        """
Does anyone have Mrs Pryce's email? My daughter's SATs practice book came home with pages missing and I need to know if she has to redo them. (I know it's Ashworth-Pryce but my daughter just says Mrs Pryce lol)
""",
        (("Kelly Morgan", "it's on the class dojo page hun"),),
    ),
    E("kashworthpryce", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Amjad H",
        "Thursday",
        """
Big shout to Miss Ashworth for the year 6 residential, 3 days in Wales with 58 kids and she came back smiling 😂 my son's still talking about the zip wire
""",
        (("Rubina", "she deserves a medal"),),
    ),
    E("kashworthpryce", "hyphenated", "neutral"),
)

add(
    "review",
    review(
        G,
        SP,
        "Ayan W",
        2,
        "1 week ago",
        """
Teaching is good but the school doesn't do enough about racism in the playground. My son gets called names by other kids because he's Somali and the teachers say 'kids will be kids'. Coach Abdi is the only one who takes it seriously.
""",
    ),
    E("school", "exact", "negative"),
    E("awarsame", "alias", "neutral"),
)

add(
    "review",
    review(
        G,
        SP,
        "Andreea M",
        1,
        "3 weeks ago",
        """
My daughter was told off by the deputy in front of the class for speaking Romanian with her friend. We speak Romanian at home, this is normal! Very disappointed, I expected better from Sallowfield.
""",
    ),
    E("school", "exact", "negative"),
)

add(
    "social",
    social(
        "TikTok comment",
        "ibbz_07",
        """
yo mr yusuf was the only teacher who didnt give up on me. now im at uni 🎓 sallowfield made me fr
""",
        replies=(("sumayyah.xo", "mr yusuf is a legend"),),
    ),
    E("school", "short_name", "neutral"),
    E("yali", "alias", "neutral"),
)

add(
    "social",
    social(
        "X",
        "@JusticeForOurKids",
        """
Our sources confirm Sallowfield Primary's Mr Yusuf has been suspended pending investigation. Parents were NOT told. What else are they hiding? RT
""",
        when="22 May",
    ),
    E("school", "alias", "negative"),
    E("yali", "alias", "defamation"),
)

add(
    "facebook",
    facebook(
        FB,
        "Anonymous member",
        "Sunday",
        """
I'm not naming names but the teacher who does the year 6 girls' "extra help" sessions at SPS, Mrs AP's TA's husband helps out, and he's always asking the girls for their snapchats "for homework". Ask your daughters. I did.
""",
        (
            ("Admin", "if you have a safeguarding concern call the LADO or police, not facebook"),
            ("Anonymous member", "I have"),
        ),
    ),
    E("school", "alias", "sexual", url_only=True),
    E("kashworthpryce", "nickname", "neutral"),
)

add(
    "news",
    news(
        "observer",
        "Sallowfield Primary choir to sing at Symphony Hall",
        """
Forty pupils from Sallowfield Primary's choir will perform at Symphony Hall next month as part of the city's schools music festival. The choir, led by Year 3 teacher Ioana Dragomirescu and music specialist Mr Dev Chauhan, will sing songs in English, Urdu, Somali and Romanian.

"Some of our children have never been into the city centre," said Mrs Dragomirescu. "Now they'll be singing on its biggest stage."
""",
        byline="Observer staff",
        date="1 March 2024",
        section="Community",
    ),
    E("school", "alias", "neutral"),
    E("idragomirescu", "exact", "neutral"),
)

add(
    "facebook",
    facebook(
        FB,
        "Zahid Mahmood",
        "Tuesday",
        """
can someone tell Mrs Doyle in the office that the online payment system has been down since friday and I can't pay for the trip. rang 3 times no answer 😤
""",
        (("Shabana Ali", "its back up now"),),
    ),
    E("edoyle", "title_surname", "negative"),
)

add(
    "social",
    social(
        "X",
        "@EducationBrum",
        """
Well deserved: Sallowfield Primary's family liaison officer Parveen Khan has received a Lord Mayor's community award for 20 years' service to families in B11.
""",
    ),
    E("school", "alias", "neutral"),
    E("pkhan", "exact", "neutral"),
)


# ---------------------------------------------------------------- build


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
