# ruff: noqa: E501
"""Labelled corpus train8 for the repwatch matcher (Thornacombe House School, Kenstowe St Mary, Devon).

Written WITHOUT reading the matcher, its tests or any other corpus's documents or labels. This
one is a TUNING corpus: the lead engineer may read its errors and adjust the matcher to suit.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_train8

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the places, the sites, the phone numbers (Ofcom drama ranges) and the addresses.

Setting: a small co-educational prep and boarding school (ages 3-13) in the Devon village of
Kenstowe St Mary, near the market town of Brimleigh, with the hamlets of Wyke Cross, Lower
Sowden and Pennicott and the Yarle estuary nearby. The name "Thornacombe" is shared by the
Thornacombe House Hotel (a country house hotel), Thornacombe Barn (a holiday let),
Thornacombe Sailing Club, Thornacombe Farm Shop and Thornacombe Lane in Brimleigh. The
headmaster Robert Ashdown and his wife Katherine Ashdown (née Pollard), the registrar, share a
surname, so "Mr Ashdown" and "Mrs Ashdown" are different subjects; the games teacher Tom
Harris, the Year 6 teacher Sarah Webber, the matron Liz Hosking and the head of early years
Nadia Rahman have surnames shared with strangers in the documents.

Labelling conventions used here: ``exact`` is the full official or watchlist name ("Thornacombe
House School", "Robert Ashdown"); ``alias`` is a watchlist alias ("Thornacombe Prep",
"Thornacombe House", "THS", "Kate Pollard", "Kit Lockhart", "Bob Ashdown", "Liz Hosking");
``short_name`` is "Thornacombe" alone; ``nickname`` covers by-names and first-name-only
forms ("Mrs V", "Kit", "Matron Liz", "Coach H", "Mr F-T", "Miss Nadia", "Kate Ashdown");
``title_surname`` is a title with the surname ("Mr Pengelly", "Mrs Ashdown", and also
"Mr Harris's"); ``possessive`` is a bare name only possessively ("Pengelly's spreadsheet",
"Thornacombe's fees"); ``hyphenated`` is half of Giles Fenwick-Tate's surname ("Mr Fenwick",
"Tate") or the surname with the hyphen dropped; ``first_initial`` is first name plus surname
initial ("Sarah W."); ``initial_surname`` is "N. Pengelly"; ``surname_only`` is the bare
surname ("Harris said"). "The Ashdowns" is labelled for both Ashdowns as ``surname_only``.
A staff member mentioned only by role ("the head", "matron", "the bursar") is not labelled.
Where a post makes a sexual allegation involving pupils against a staff member, the staff
member gets ``sexual`` with ``url_only`` and the school gets whatever the page says about the
school itself (usually ``negative`` for "they did nothing").
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
    "school", "rashdown", "kashdown", "gfenwicktate", "lhosking", "swebber", "pvandersloot",
    "tharris", "npengelly", "clockhart", "nrahman",
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
    "gazette": (
        "Brimleigh & Yarle Gazette",
        "brimleighgazette.example",
        ["News", "Sport", "What's On", "Schools", "Property", "Announcements"],
    ),
    "devonlive": (
        "DevonNow",
        "devonnow.example",
        ["News", "Traffic", "Weather", "Court", "Education", "Food & Drink", "Jobs"],
    ),
    "council": (
        "Kenstowe St Mary Parish Council",
        "kenstowe-pc.example",
        ["Home", "Minutes", "Planning", "Village Hall", "Contact"],
    ),
    "district": (
        "Mid Yarle District Council",
        "midyarle.example",
        ["Home", "Planning", "Committees", "Bins", "Council tax"],
    ),
    "tattle": (
        "The Tattler Schools Guide",
        "tattlerschools.example",
        ["Schools Guide", "Prep", "Senior", "Boarding", "Fees", "Society"],
    ),
    "goodguide": (
        "The Sensible Schools Guide",
        "sensibleschools.example",
        ["Find a school", "Reviews", "Advice", "Fees", "SEN", "Subscribe"],
    ),
    "prepweek": (
        "Prep Week",
        "prepweek.example",
        ["News", "Heads", "Inspection", "Jobs", "Opinion"],
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
        f'</main><footer><p>&copy; 2025 {h(name)}. All rights reserved.</p><a href="#">Privacy</a> | <a href="#">Terms</a> | <a href="#">Contact us</a> | <a href="#">Complaints</a></footer></body></html>'
    )
    return "\n".join(out)


FORUMS = {
    "mumsweb": ("MumsWeb", "mumsweb.example", "Talk"),
    "threadit": ("threadit", "threadit.example", "r/"),
    "prepparents": ("PrepParents", "prepparents.example", "Boards"),
    "devontalk": ("DevonTalk", "devontalk.example", "Forums"),
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
    "muddy": (
        "Muddy Wellies Devon",
        "muddywelliesdevon.example",
        "Family days out, food and schools in Devon",
    ),
    "headblog": (
        "Staffroom Confidential",
        "staffroomconfidential.example",
        "Anonymous notes from independent school teaching",
    ),
    "cottage": ("Coast & Combe", "coastandcombe.example", "Slow travel in the South West"),
    "money": ("The Squeezed Middle", "squeezedmiddle.example", "Family finance, honestly"),
}


def blog(
    site: str,
    title: str,
    body: str,
    *,
    author: str = "",
    date: str = "",
    comments: tuple[tuple[str, str], ...] = (),
) -> str:
    name, domain, tagline = BLOGS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="site" href="https://{domain}/">{h(name)}</a><p class="tagline">{h(tagline)}</p>'
        '<nav><a href="#">Home</a> <a href="#">About</a> <a href="#">Archive</a> <a href="#">Subscribe</a></nav></header>',
        f'<main><article><h1>{h(title)}</h1><div class="meta">{h(author)} &middot; {h(date)}</div>',
        _paras(body),
        '<div class="tags">Filed under: Devon, Family, Schools</div></article>',
    ]
    if comments:
        out.append(f'<section class="comments"><h2>{len(comments)} comments</h2>')
        for user, text in comments:
            out.append(f'<div class="comment"><b>{h(user)}</b><p>{h(text)}</p></div>')
        out.append("</section>")
    out.append(
        f'</main><footer>&copy; {h(name)} &middot; Powered by Quillpress &middot; <a href="#">Cookie settings</a></footer></body></html>'
    )
    return "\n".join(out)


def fb(
    group: str, author: str, when: str, post: str, comments: tuple[tuple[str, str], ...] = ()
) -> str:
    lines = [f"{group}", f"{author} · {when}", "", post.strip(), "", "Like · Comment · Share"]
    if comments:
        lines.append(f"{len(comments)} comments")
        for who, text in comments:
            lines.append(f"{who}: {text}")
    return "\n".join(lines)


def review(site: str, who: str, stars: int, when: str, text: str, reply: str = "") -> str:
    lines = [site, f"{who} · {'★' * stars}{'☆' * (5 - stars)} · {when}", "", text.strip()]
    if reply:
        lines += ["", "Response from the owner:", reply.strip()]
    return "\n".join(lines)


KV = "Kenstowe Village Noticeboard"
BN = "Brimleigh Community Chat"
YV = "Yarle Valley Mums & Dads"


# ---------------------------------------------------------------- documents
# 000 Tatler-style guide entry: gushing, snobbery jokes, no real criticism
add(
    "news",
    news(
        "tattle",
        "Thornacombe House School, Devon",
        """Ages 3-13. Co-ed. Day and weekly/flexi boarding. Fees: £5,150-£9,870 a term (plus VAT, darling, plus VAT).

If your idea of a prep school involves labradors in the front hall, wellies lined up by the Aga and a headmaster who knows every child's pony by name, Thornacombe House School will have you reaching for the registration form before you've finished the cream tea. Perched above the Yarle estuary on the edge of Kenstowe St Mary, the Georgian house has been educating the offspring of the South Hams gentry (and, increasingly, Londoners who 'did a Devon' in 2020) since 1931.

Headmaster Robert Ashdown, ex-Radley, all tweed and twinkle, has been in post for nine years and runs the place with his wife Kate, who as registrar is the first person you'll meet and the last person you'll want to cross on a waiting list. Boarding is run by the unflappable Giles Fenwick-Tate, a former Army officer who can apparently get twenty-two eleven-year-olds into bed by 8.30pm, a feat most of us would pay the fees for alone.

Music is a serious business under the splendidly named Perpetua Vandersloot, whose chapel choir has sung evensong at Exeter Cathedral three years running. Sport is played with gusto rather than gore; the under-11 rugby went unbeaten last season.

Who's it for? Families who want their children outdoors, muddy, polite and into Blundell's, King's Taunton or Sherborne. Not for those who need a Starbucks within 20 minutes.

The Tattler verdict: Enchanting. The drive alone is worth the fees.""",
        section="Schools Guide",
        byline="Words by Arabella Stokes-Hill",
        date="September 2024",
        related=(
            "The 20 best prep schools in the South West",
            "Is weekly boarding the new normal?",
            "Where to stay in the South Hams",
        ),
    ),
    E("school", "exact", "neutral"),
    E("rashdown", "exact", "neutral"),
    E("kashdown", "nickname", "neutral"),
    E("gfenwicktate", "exact", "neutral"),
    E("pvandersloot", "exact", "neutral"),
)

# 001 Sensible Schools Guide long review: praise with real (mild) criticism of the school
add(
    "news",
    news(
        "goodguide",
        "Thornacombe House School - review",
        """Thornacombe House School, Kenstowe St Mary, Brimleigh, Devon. Tel: 01632 960412. Website: www.thornacombehouse.example. Pupils: 214, of whom 38 board (weekly and flexi). Ages 3-13. Fees: nursery sessional; pre-prep £5,150; prep £7,420 to £8,120 per term day; boarding supplement £1,750. VAT applies from January 2025.

What the school says: 'A family school in the truest sense, where every child is known, stretched and cherished, and where the outdoors is our second classroom.'

Head: Since 2016, Robert Ashdown BA PGCE (fifties). Educated at Tonbridge and Durham (history), he taught at two large preps in the Home Counties before a housemastership at Radley and a deputy headship in Dorset. Tall, courteous, fond of a story; several parents described him as 'old school in the best sense'. He teaches Year 8 history ('it keeps me honest') and still referees the under-9 rugby on Wednesdays, whistle on a lanyard and waterproof trousers over his suit. He has overseen a modest but steady rise in numbers, a new science block and the reinstatement of Saturday activities, which divides parents.

His wife, Katherine Ashdown, is the registrar and, by common consent, the engine room of the school. She answers emails at weekends, remembers siblings' names and has, we were told, 'talked more than one wobbly parent down off the ledge at 10pm'. She also keeps a keen eye on the waiting list for the nursery, which is now oversubscribed for September.

Entrance: Non-selective at 3 and 4; taster day and an informal assessment from Year 3. Children come from Kenstowe St Mary, Brimleigh, Wyke Cross and the villages up the Yarle valley; a growing contingent from Exeter and, since the pandemic, from London and the South East. A minibus runs from Brimleigh and Lower Sowden.

Exit: To a wide spread of South West senior schools: Blundell's, King's College Taunton, Sherborne, Sherborne Girls, Canford, Kelly College and a handful to Marlborough and Bryanston. Around a quarter win scholarships (music, sport, all-rounder). A few leave at 11 for the grammar schools in Torquay and Plymouth, to the school's mild irritation.

Our view: Classes are small - 12 to 16 - and teaching is mostly solid, occasionally inspired. We watched a Year 6 lesson on persuasive writing with Sarah Webber, the Year 6 form teacher, that had children arguing passionately for and against a pier on the Yarle; they then had to write the council's reply. Maths is set from Year 5. French from reception, Latin from Year 6 (Greek as a club). Science is taught in the new lab by specialists from Year 5 and the children we spoke to loved the 'explosions Fridays'.

Where it is less strong: the library is small and a little tired, ICT provision is patchy (a cupboard of ageing laptops that 'take ten minutes to wake up'), and drama, though enthusiastic, is staged in the dining room with the tables pushed back. Parents also grumbled about communication - a weekly newsletter that arrives late on Friday night, and homework instructions that vary teacher to teacher. One father said the school 'still thinks a fax is cutting edge'. We would not send a child here for cutting-edge technology.

Learning support: Around 30 children on the SEN register, mainly mild dyslexia and dyspraxia, supported by one part-time SENCo and a couple of teaching assistants. Parents of children with more complex needs told us support was kind but stretched. EAL support bought in as needed.

Early years: The nursery and reception, run by Nadia Rahman, are a delight: forest school every Thursday in the copse behind the walled garden, mud kitchen, chickens, and a Reggio-inspired classroom full of natural materials rather than plastic. Miss Rahman came from a large London nursery group and it shows in the planning and tracking, which parents praised.

The arts and extracurricular: Music is the jewel. The director of music, Perpetua Vandersloot (violinist, once of a well-known string quartet, and not a woman to be trifled with), has built a chapel choir that punches far above its weight, three orchestras for a school of 200, and a bewildering number of chamber groups. Around 80 per cent learn an instrument. Art is lively, with a kiln and a visiting potter. Clubs include sailing (on the estuary, with the local club's dinghies), falconry, bushcraft, chess and a 'Devon cream tea appreciation society' that seemed to involve mainly the eating of scones.

Sport: Rugby, hockey, netball, cricket, tennis and athletics, with swimming at the Brimleigh leisure centre. Head of games Tom Harris, a former Exeter Chiefs academy player, is rated by boys and girls alike; he has made girls' cricket a real thing here. Teams are A to C so most children get to represent the school, though the smallest year groups can struggle to field full sides against the bigger preps.

Boarding: Weekly and flexi boarding from Year 3 in the top floor of the main house, run by houseparent Giles Fenwick-Tate and his team, plus a resident matron, Liz Hosking, known to everyone simply as Matron. Dorms are homely - patchwork quilts, teddies, photographs - if a little cramped, and bathrooms are due a refurbishment. Boarders get pizza and film nights, a Wednesday trip to the beach in summer and, according to one happy ten-year-old, 'the best hot chocolate in Devon'. Gap-year assistants, usually from Australia and New Zealand, live in and help with evening activities.

Pastoral care, inclusion and wellbeing: A genuine strength. Each child has a tutor; worries boxes in each classroom; a school dog. Parents spoke highly of the way the school handled friendship issues, although one or two felt the school could be quicker to pick up on quieter children.

Pupils and parents: Farming families, professionals from Exeter and Plymouth, a sprinkling of Londoners with second homes becoming first homes. Very little flash; more Barbour than Gucci. The PTA is energetic and the summer ball is legendary.

Money matters: The bursar, Nigel Pengelly, told us fees will rise by the full 20 per cent VAT from January with a small 'cushion' for current families. Means-tested bursaries up to 100 per cent are available, but the pot is modest. Sibling discount of 5 per cent for the third child.

The last word: A warm, unpretentious, outdoorsy prep with outstanding music, where children get to be children for as long as possible. Some facilities need investment and communication could be sharper, but few leave unhappy.""",
        section="Reviews",
        byline="Reviewed by the Sensible Schools Guide",
        date="Updated November 2024",
    ),
    E("school", "exact", "negative"),
    E("rashdown", "exact", "neutral"),
    E("kashdown", "exact", "neutral"),
    E("swebber", "exact", "neutral"),
    E("nrahman", "exact", "neutral"),
    E("pvandersloot", "exact", "neutral"),
    E("tharris", "exact", "neutral"),
    E("gfenwicktate", "exact", "neutral"),
    E("lhosking", "alias", "neutral"),
    E("npengelly", "exact", "neutral"),
)

# 002 local paper: ISI inspection result
add(
    "news",
    news(
        "gazette",
        "Village prep school praised as 'excellent' by inspectors",
        """A prep school near Brimleigh has been rated 'excellent' in both pupils' academic achievement and personal development following its latest inspection.

Inspectors from the Independent Schools Inspectorate (ISI) visited Thornacombe House School in Kenstowe St Mary over three days in October. Their report, published this week, found that pupils 'display outstanding attitudes to learning' and that music is 'a significant strength'.

The school, which educates around 210 children aged three to 13, met all the required standards, including those for safeguarding, boarding and health and safety.

Headmaster Robert Ashdown said: "We are thrilled that the inspectors saw what our parents see every day. This is a report about the children, and they should be very proud."

The inspection also recommended the school develop pupils' digital skills further.""",
        byline="By Jenny Causley, Education reporter",
        date="14 November 2024",
        section="Schools",
        comments=(
            (
                "BrimleighBob",
                "2 days ago",
                "Well done to them. My two went there years ago and loved it.",
            ),
            ("Yarlewatcher", "2 days ago", "Shame the rest of us cant afford it"),
            ("TeignGal", "1 day ago", "excellent at charging £9k a term yes"),
        ),
    ),
    E("school", "exact", "negative"),
    E("rashdown", "exact", "neutral"),
)

# 003 trade press: appointment
add(
    "news",
    news(
        "prepweek",
        "Appointments round-up: new heads of boarding in the South West",
        """Giles Fenwick-Tate has been appointed head of boarding at Thornacombe House School, Devon, from September. A former Royal Logistic Corps officer, he spent eight years as a houseparent at a Somerset prep and is a trained Mental Health First Aider. He will live in with his partner and their spaniel, Biscuit.

Meanwhile, Claire Otterburn moves from St Wenna's Prep, Cornwall, to become deputy head (pastoral) at Hollowmead School, Dorset. And Dr Simon Threlfall has been named head of Ashcott Hall from January, succeeding Jane Meddick who retires after 14 years.

Send your appointments to news@prepweek.example.""",
        byline="Prep Week staff",
        date="3 July 2023",
        section="Heads",
    ),
    E("school", "exact", "neutral"),
    E("gfenwicktate", "exact", "neutral"),
)

# 004 parish council minutes: school traffic (school negative? minutes record complaints about school traffic)
add(
    "news",
    news(
        "council",
        "Minutes of the Parish Council meeting, 9 January 2025",
        """Present: Cllr D. Lugg (Chair), Cllr P. Venning, Cllr S. Ashdown, Cllr R. Tozer, Cllr M. Harris. Clerk: Mrs J. Widdicombe. 7 members of the public.

1. Apologies: Cllr Hext (illness).

2. Declarations of interest: Cllr S. Ashdown declared that she is no relation of the headmaster of the school referred to in item 5, despite what everyone assumes.

3. Minutes of the previous meeting were approved and signed.

4. Public participation: A resident of Church Lane raised the state of the pothole outside the Old Forge (again). The Clerk will chase Devon Highways (again).

5. School traffic: Several residents spoke about congestion on Church Lane and the B3487 at drop-off and pick-up times for Thornacombe House School. Vehicles are parking on verges and across driveways, and one resident reported her gateway being blocked for 25 minutes on 12 December. The Chair noted that the school had been asked to remind parents of the one-way system and said he would write to the headmaster, Mr R. Ashdown, requesting a meeting. Cllr Venning suggested the school extend its minibus service. Resolved: The Clerk to write to the school.

6. Village hall: the new boiler has been fitted. Bookings for the Spring Fayre to go via Mrs Widdicombe.

7. Planning: 24/1183/FUL Thornacombe Barn, Pennicott - change of use of agricultural building to holiday let. No objection.

8. Correspondence: a letter from the Thornacombe Sailing Club about the slipway access gate was noted.

9. Date of next meeting: 13 February 2025, 7.30pm, Village Hall.""",
        section="Minutes",
    ),
    E("school", "exact", "negative"),
    E("rashdown", "initial_surname", "neutral"),
)

# 005 DevonNow court: man admits threatening bursar
add(
    "news",
    news(
        "devonlive",
        "Father who threatened prep school bursar over unpaid fees given suspended sentence",
        """A father who left a string of threatening voicemails for the bursar of a Devon prep school in a row over unpaid fees has been given a suspended prison sentence.

Darren Poulter, 46, of Hawthorn Rise, Brimleigh, pleaded guilty at Exeter Magistrates' Court to sending communications conveying a threat.

The court heard Poulter owed Thornacombe House School more than £11,000 in fees when he left seven messages for bursar Nigel Pengelly over two nights in March. In one, he said: "You'd better hope I don't see you in the car park, because you won't be walking out of it." In another he said he knew which village Mr Pengelly lived in.

Prosecuting, Helen Cudmore said Mr Pengelly had been "genuinely frightened" and had changed his route to work.

Poulter, who represented himself, said he had been under "enormous financial pressure" and "never meant any of it".

Magistrates imposed a 12-week sentence suspended for 12 months, a restraining order and £500 compensation.""",
        byline="By Court Reporter",
        date="22 August 2024",
        section="Court",
        comments=(
            ("exeterlad", "5h", "Fair play to the bursar, grim job chasing money off people"),
            ("Noddy_Holder_fan", "4h", "if you cant pay the fees dont send them there simple"),
        ),
    ),
    E("school", "exact", "neutral"),
    E("npengelly", "exact", "threat"),
)

# 006 DevonNow court: games teacher cleared of assault (defamation: report of allegations)
add(
    "news",
    news(
        "devonlive",
        "Prep school games teacher cleared of assaulting parent at cricket match",
        """A prep school games teacher accused of shoving a parent during a row on the boundary at an under-13 cricket match has been found not guilty.

Thomas Harris, 34, head of games at Thornacombe House School, Kenstowe St Mary, denied assault by beating. The prosecution alleged that he pushed Colin Brealey, 51, in the chest after Mr Brealey complained about his son being dropped from the batting order during a match against Ashcott Hall in June.

Mr Harris told Exeter Magistrates' Court he had raised his hands "to keep a bit of distance" when Mr Brealey walked towards him shouting, and that there had been no contact. Two umpires gave evidence that they did not see a push.

District Judge Alison Venn said she could not be sure to the criminal standard that an assault had taken place and found Mr Harris not guilty.

Outside court Mr Harris declined to comment. The school said in a statement that it was "pleased the matter has been resolved" and that Mr Harris remained in post.""",
        byline="By Court Reporter",
        date="4 December 2024",
        section="Court",
    ),
    E("school", "exact", "neutral"),
    E("tharris", "exact", "defamation"),
)

# 007 parent forum: VAT on fees
add(
    "forum",
    forum(
        "mumsweb",
        "Education",
        "VAT on prep fees - is anyone actually pulling their DC out?",
        (
            (
                "Tinkerbelle77",
                "Sat 12-Oct-24 21:14",
                "Genuine question. DS(8) and DD(5) at a small prep in Devon, we were just about managing and now it's 20% on top from January. Letter from the bursar came yesterday saying they'll 'absorb a small portion' which in practice means about 3%. So we're looking at nearly £5k a year extra. Is anyone actually moving them or is everyone just grumbling and paying?",
            ),
            (
                "NotAnotherFlapjack",
                "Sat 12-Oct-24 21:31",
                "Which school, if you don't mind saying? We're at Thornacombe and had the same letter. Mr Pengelly's letter was frankly insulting, two pages of 'we value our community' and then a table of numbers that made me actually gasp. 'Absorb' my arse.",
            ),
            (
                "Tinkerbelle77",
                "Sat 12-Oct-24 21:40",
                "Ha, same school then! I won't say more on here. Mrs Ashdown was very kind when I rang her though, said to come in and talk about options.",
            ),
            (
                "Quercus",
                "Sat 12-Oct-24 22:02",
                "We moved ours to the village primary in Brimleigh in September. Honestly? Absolutely fine. Bigger classes but DD has made friends and we've got our life back. The primary is oversubscribed now, mind, lots of families doing the same.",
            ),
            (
                "NotAnotherFlapjack",
                "Sat 12-Oct-24 22:10",
                "Thing is, Thornacombe still charge for every bloody thing on top - the 'activity levy', the minibus, the 'optional' ski trip that isn't optional if you don't want your kid to be the only one left behind. I love the teachers but the management of money there is shocking. It's a small school pretending to be Eton.",
            ),
            (
                "Tinkerbelle77",
                "Sat 12-Oct-24 22:15",
                "The ski trip thing is so true. Anyway. Thanks all. Going to sit down with a spreadsheet and a large glass of wine.",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("npengelly", "title_surname", "negative"),
    E("kashdown", "title_surname", "neutral"),
)

# 008 parent forum: bursaries, office number published (school's own number, not doxxing)
add(
    "forum",
    forum(
        "prepparents",
        "South West",
        "Bursaries at THS (Devon)?",
        (
            (
                "helen_on_the_moor",
                "14 Feb 2025",
                "Does anyone know if THS near Brimleigh do means-tested bursaries for entry at Year 3? DD is very musical and we'd love her to go but there's no way we can do full fees on a nurse's salary.",
            ),
            (
                "Grandad_Percy",
                "14 Feb 2025",
                "They do, my grandson has one. Ring the registrar on 01632 960413 and ask for the bursary pack. Apply early as the pot is small. Mrs Ashdown is helpful.",
            ),
            ("helen_on_the_moor", "14 Feb 2025", "Thank you so much!"),
            (
                "devonbornandbred",
                "15 Feb 2025",
                "Also worth asking about music scholarships. Their director of music is fierce but brilliant and she'll fight for a kid with real talent.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("kashdown", "title_surname", "neutral"),
)

# 009 parent forum: snobbery jokes about the school's parents
add(
    "forum",
    forum(
        "mumsweb",
        "AIBU",
        "AIBU to find the prep school mums at pick-up unbearable",
        (
            (
                "GilletGate",
                "Tue 05-Nov-24 09:02",
                "Small village, two schools. The CofE primary and the posh prep up the hill. The prep mums all stand around the village shop in matching navy gilets talking about 'Hugo's Common Entrance' and 'the cottage in Rock'. One of them asked if I was 'the help'. I was buying milk. AIBU to want to scream?",
            ),
            (
                "Spidersaurus",
                "Tue 05-Nov-24 09:10",
                "Let me guess, Devon? Thornacombe lot? They've got a PTA WhatsApp with a dress code for the summer ball.",
            ),
            ("GilletGate", "Tue 05-Nov-24 09:14", "I couldn't possibly comment 😂"),
            (
                "Spidersaurus",
                "Tue 05-Nov-24 09:20",
                "Honestly that school is a Boden catalogue with a chapel attached. The Thornacombe dads all have the same haircut and the same Defender and none of them can reverse it.",
            ),
            (
                "MrsBennetsNerves",
                "Tue 05-Nov-24 09:41",
                "YABU a bit. Most of them are perfectly normal people who've made a choice. I used to teach at one of these places and half the parents were farmers on an overdraft.",
            ),
            (
                "GilletGate",
                "Tue 05-Nov-24 09:55",
                "Fair. The farmer ones are lovely. It's the DFLs.",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
)

# 010 threadit r/devon: traffic
add(
    "forum",
    forum(
        "threadit",
        "r/devon",
        "Why is the road through Kenstowe St Mary gridlocked every morning at 8.25?",
        (
            (
                "u/wheelie_bin_willy",
                "3y ago",
                "Commute from Brimleigh to Totnes and every single morning there's a 10 min tailback through Kenstowe St Mary. No roadworks, no tractors. What is it?",
            ),
            (
                "u/pastyfiend",
                "3y ago",
                "School run for Thornacombe House. Two hundred kids and every one of them arrives in a separate Range Rover.",
            ),
            (
                "u/wheelie_bin_willy",
                "3y ago",
                "a prep school?? in Kenstowe?? that explains the fleet of Volvos",
            ),
            (
                "u/Hartland_hiker",
                "3y ago",
                "go via Wyke Cross, it's a lane but it's quicker before 8.45. Mind the tractors.",
            ),
            (
                "u/pastyfiend",
                "3y ago",
                "And don't even try on sports day or the leavers service. Cars parked on the verges up to the Pennicott turn.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
)

# 011 village facebook: school run parking
add(
    "facebook",
    fb(
        KV,
        "Sue Tozer",
        "8 January at 09:12",
        """Right. Who ever owns the white Discovery that parked ACROSS my drive on Church Lane this morning for the school run, I had a hospital appointment in Exeter and missed it. Thank you SO much. This is every single day now. Thornacombe parents please PLEASE use the car park the school has got, its there for a reason!!!!""",
        (
            (
                "Dave Lugg",
                "Sue I'll raise it again at the parish council, we've written to the school before",
            ),
            (
                "Mandy Rowe",
                "same on the B road, they park on the verge by the bus stop and the kids from the primary have to walk in the road",
            ),
            (
                "Jo Widdicombe",
                "The school did send a letter out in December to be fair. Some people just dont read them",
            ),
            ("Sue Tozer", "well they obviously didn't read it did they 🙄"),
            (
                "Pete Venning",
                "take a photo of the reg and send it to the school office, they do follow it up",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
)

# 012 village facebook: fete thanks, Mrs V and the choir (decoy farm shop in same post)
add(
    "facebook",
    fb(
        KV,
        "Kenstowe Village Fete Committee",
        "15 July at 20:47",
        """THANK YOU to everyone who came to the fete on Saturday! We raised £3,412 for the village hall roof fund 🎉

Special thanks to:
- the Thornacombe House choir and Mrs V for the singing at 2pm, absolutely beautiful and not a dry eye in the tea tent
- Thornacombe Farm Shop for donating the hamper for the raffle (won by Mrs Pat Hext!)
- Brimleigh Young Farmers for the tug of war
- everyone who baked

Same time next year!""",
        (
            (
                "Lorraine Cudmore",
                "The children singing was the highlight, that music teacher is a marvel",
            ),
            ("Keith Rowe", "Dog show was good too, well done Bramble"),
            ("Ann Hext", "Mum is still talking about that hamper 😂"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("pvandersloot", "nickname", "neutral"),
)

# 013 village facebook: noise complaint about summer ball
add(
    "facebook",
    fb(
        KV,
        "Martin Sowden",
        "22 June at 00:41",
        """Is anyone else listening to this? Its 20 to 1 in the morning and the school are STILL blasting Mr Brightside across the valley. Some of us have work tomorrow (well, today). Thornacombe House summer ball again I assume. Every year.""",
        (
            ("Cheryl Pook", "Can hear it in Lower Sowden with the windows shut"),
            ("Adam Tremlett", "It's one night a year mate, have a drink and sing along"),
            ("Martin Sowden", "it was also fireworks at 11. The dogs were terrified"),
            (
                "Rachel Ball",
                "In fairness Mr Ashdown did put a note through doors last week saying it was on and finishing at 1. Not that it helps much",
            ),
            ("Cheryl Pook", "Yes he's always been decent about it, its the parents who go wild"),
        ),
    ),
    E("school", "alias", "negative"),
    E("rashdown", "title_surname", "neutral"),
)

# 014 community facebook: veiled threat against the head over expulsion
add(
    "facebook",
    fb(
        BN,
        "Lee Marwood",
        "3 March at 22:16",
        """So my lad gets kicked out of that snobby school for one scrap in the changing rooms and the other boy whose dad sits on the governors gets a 'reflection session'. Ashdown wont even return my calls now. I know which house is his, its the one with the blue door by the church. Maybe he needs a visit at home seeing as he wont talk at school. Just saying.""",
        (
            ("Kerry Marwood", "Lee delete this"),
            ("Sam Gill", "mate dont, not worth it"),
            ("Lee Marwood", "I'm not doing anything am I, just saying I know where he lives"),
        ),
    ),
    E("rashdown", "surname_only", "threat"),
)

# 015 Google-style review: praise
add(
    "review",
    review(
        "Google reviews · Thornacombe House School",
        "Becky Lang",
        5,
        "2 months ago",
        """We moved our daughter to Thornacombe House School in reception after a really tough start at nursery elsewhere and honestly it's been life changing. Miss Rahman and her team in early years are incredible, she came home covered in mud every day and happy. Matron Liz sorted out a nasty tummy bug with more kindness than I'd have managed. Cannot recommend highly enough.""",
    ),
    E("school", "exact", "neutral"),
    E("nrahman", "title_surname", "neutral"),
    E("lhosking", "nickname", "neutral"),
)

# 016 Google-style review: fees complaint
add(
    "review",
    review(
        "Google reviews · Thornacombe House School",
        "J Pascoe",
        1,
        "3 weeks ago",
        """One star for the way they have handled the VAT increase. We were given less than a term's notice, then charged a full term's fees in lieu when we said we'd have to leave. After six years and two children at Thornacombe Prep that is how they treat loyal families. The teaching is fine but the business side is ruthless and tone deaf.""",
        reply="""Dear Mr Pascoe, we are sorry to read this. Our terms and conditions require a full term's notice, which we explained in writing in September. We would be happy to discuss this further - please call the school office on 01632 960412.""",
    ),
    E("school", "alias", "negative"),
)

# 017 Glassdoor-style staff review
add(
    "review",
    review(
        "StaffVoice · Thornacombe House School · Teacher (former employee)",
        "Former teacher, Devon",
        2,
        "Jan 2025",
        """Pros: Beautiful setting, lovely children, small classes, colleagues who will genuinely cover for you when your kid is ill. Music department is superb.

Cons: Pay is well below the state scale and there's no TPS any more since they pulled out of the teachers' pension - replaced with a 'defined contribution' scheme that is a fraction of what it was. Everything goes through N. Pengelly in the bursary and getting a glue stick signed off is like extracting teeth. Senior leadership is a married couple and a couple of governors who've known them for years, so good luck raising any concern. Boarding duties expected on top of full timetable with no time off in lieu.

Advice to management: Pay people properly and stop pretending that 'family atmosphere' is a substitute for a contract that's honoured.""",
    ),
    E("school", "exact", "negative"),
    E("npengelly", "initial_surname", "negative"),
)

# 018 school Instagram caption
add(
    "social",
    """thornacombeprep · Instagram
What a morning! 🏉 Our U11 boys and girls took on Ashcott Hall and St Wenna's at the Brimleigh festival and came home with two wins, a draw and a LOT of mud. Huge thanks to Coach H for the half-time oranges and the pep talk ("tackle low, smile high"), and to all the parents who braved the sideways rain ☔️ #ThornacombePrep #prepschoolsport #rugby #devon
♥ 148 likes · 12 comments
brimleigh_rfc_minis: well played all!
mum_of_3_devon: so proud of them 🥰""",
    E("school", "handle", "neutral"),
    E("tharris", "nickname", "neutral"),
)

# 019 Instagram comments on a netball photo: creepy stranger comment (child involved)
add(
    "social",
    """@thornacombeprep posted: Congratulations to our U11 netball squad, county finalists! 🏆💙 #ThornacombeHouse #netball

Comments:
sally.w.devon: Brilliant girls!! 👏👏
j_kerrow_88: cuties 😍 which one's the fastest? love the little skirts. dm me more from the tournament
thornacombe_mum: @j_kerrow_88 who even are you?? reported
devon_dad_24: @thornacombeprep please delete that comment and block him
j_kerrow_88: just appreciating 😘""",
    E("school", "handle", "sexual", url_only=True),
)

# 020 long family blog post, school mentioned once in passing; decoys (farm shop, sailing club, hotel)
add(
    "blog",
    blog(
        "muddy",
        "Half term in the Yarle valley: 12 things to do when it's (inevitably) raining",
        """Half term is upon us and, this being Devon in February, the forecast is a cheerful mix of 'drizzle', 'heavy drizzle' and 'horizontal drizzle'. Fear not. I've rounded up twelve things to do in and around the Yarle valley that work for toddlers through to sulky teens, most of them involving cake.

1. Brimleigh Museum. Small, free and surprisingly good. The Victorian schoolroom is a hit with under-tens (they get to use slates), and there's a dressing-up box in the corner that kept my youngest busy for a solid forty minutes. Café next door does a very acceptable hot chocolate.

2. The Thornacombe Farm Shop at Pennicott. Yes, it's a shop. But it's also got a soft play barn, goats you can feed, a café serving enormous sausage rolls and, crucially, a covered play area. Go early; by 11 it's rammed with every family from here to Totnes. (Not to be confused with the Thornacombe House Hotel up the valley, which is lovely but where your children will not be welcome to feed anything to anyone.)

3. Kenstowe Woods. The trails are muddy but sheltered, and the Gruffalo-style sculpture trail is still there. Wellies non-negotiable. Parking at the Wyke Cross end is free.

4. Brimleigh Leisure Centre. Swim sessions with the inflatable on Tuesday and Thursday afternoons. Book online, it sells out.

5. Crabbing on the quay. Even in the rain. Bacon on a string, a bucket and infinite patience. The Thornacombe Sailing Club is next to the slipway and its bar sometimes does teas at weekends for non-members.

6. The Yarle estuary bird hide at Lower Sowden. Binoculars provided in the hide. My eight-year-old now wants to be an ornithologist, which is a change from last week's ambition (YouTuber).

7. Pottery painting at Glaze & Gossip, Fore Street, Brimleigh. Fired and ready to collect in a week. Expensive-ish but the mugs make great grandparent presents.

8. Open mornings. A slightly niche one, but a few local schools open their doors in half term. Thornacombe House School in Kenstowe St Mary has a 'Little Explorers' forest school morning for under-fives on the Wednesday, which is free and which my toddler adored last year, even if I spent it trying not to ask how much the fees were.

9. The cinema. Brimleigh Regal has a £2 kids' club showing on Saturday mornings. Seats are sticky. The popcorn is excellent.

10. Bowling at the Exeter retail park. A drive, but it's dry and it's loud.

11. Beach walk at Sowden Sands. If the rain lets up even slightly. Dogs allowed in winter. The kiosk does proper chips.

12. Bake. When all else fails. I recommend the Devon apple cake recipe on this very blog, which uses up the slightly sad apples in the fruit bowl and makes the house smell like a hug.

Have a lovely half term, wherever you end up. And if you find somewhere else that's good in the rain, tell me in the comments!""",
        author="Posted by Rosie Pengelly",
        date="10 February 2025",
        comments=(
            ("Nina T", "Farm shop goats are the best! Thanks for this."),
            ("Greg", "The bird hide is brilliant, we saw an egret"),
            ("Rosie (author)", "Nina - and the sausage rolls!"),
        ),
    ),
    E("school", "exact", "neutral"),
)

# 021 parent forum: boarding-house worries, insinuation about head of boarding (child involved)
add(
    "forum",
    forum(
        "prepparents",
        "Boarding",
        "Worried about something DS said about the boarding house",
        (
            (
                "anxious_in_devon",
                "2 Mar 2025",
                "I don't really know how to put this and I'm probably overreacting. DS is 10 and flexi boards two nights a week at a prep in the South Hams. He's come home saying that one of the boarding staff comes into the dorm after lights out 'to check on them', sits on the end of the beds and chats, and that he has 'favourites' who get to stay up in his flat watching films. DS said one of the boys was told not to tell his parents because it was 'a special treat'. Am I mad to feel sick about this?",
            ),
            (
                "Sandbanks_Sue",
                "2 Mar 2025",
                "You are not mad. 'Don't tell your parents' is a massive red flag, whatever the intention. Ring the DSL tomorrow morning. Which school?",
            ),
            (
                "anxious_in_devon",
                "2 Mar 2025",
                "I'd rather not say on here... it's the one by the estuary. Mr F-T runs the boarding house. Everyone loves him which is partly why I feel awful even thinking it.",
            ),
            (
                "ex_houseparent",
                "2 Mar 2025",
                "Former houseparent here. Checking dorms after lights out is normal. Favourites in the private flat and secrets from parents are absolutely not and would be against every boarding policy I've ever worked under. Report it to the DSL and if you don't get a proper answer, to the LADO.",
            ),
            (
                "anxious_in_devon",
                "3 Mar 2025",
                "Update: rang the school. The head said it was 'all above board' and that it was just a film night with hot chocolate. Felt very brushed off to be honest. Not sure Thornacombe takes this stuff seriously.",
            ),
            ("Sandbanks_Sue", "3 Mar 2025", "Then go to the LADO. That's what they're for."),
        ),
    ),
    E("school", "short_name", "negative"),
    E("gfenwicktate", "nickname", "sexual", url_only=True),
)

# 022 StaffVoice review: gap-year assistant "too close" to boys (child involved)
add(
    "review",
    review(
        "StaffVoice · Thornacombe House School · Boarding assistant (current employee)",
        "Anonymous",
        2,
        "Nov 2024",
        """Pros: the kids are great, the food is good, the setting is stunning.

Cons: Nobody supervises the gap-year assistants properly. This year's one, Kit, is far too close to some of the Year 7 and 8 boys - Snapchatting them at midnight, letting them into his room, play-fighting on the beds, buying them energy drinks and vapes on trips into Brimleigh and telling them it's 'our little thing'. Several of us have flagged it and been told he's 'just a big kid himself'. That is exactly the problem. Management at Thornacombe House look the other way because he's the head's friend's son.

Advice to management: follow your own safeguarding policy.""",
    ),
    E("school", "alias", "negative"),
    E("clockhart", "nickname", "sexual", url_only=True),
)

# 023 threadit: music teacher one-to-one lessons, insinuation (child involved)
add(
    "forum",
    forum(
        "threadit",
        "r/AskUKParents",
        "One-to-one music lessons: is a locked door normal?",
        (
            (
                "u/throwaway_devonmum",
                "6mo ago",
                "DD (11) has private violin lessons at school with the head of music. DD says the teacher locks the practice room door 'so nobody interrupts', gives her little presents (a bracelet, sweets, a card saying she's 'my special girl'), and has started messaging her on a personal Instagram account about 'extra sessions' at the teacher's cottage in the holidays. The teacher is a woman, which I know shouldn't make a difference but somehow made me dismiss it at first. Am I overthinking?",
            ),
            (
                "u/peripatetic_pete",
                "6mo ago",
                "Music teacher here. Glass panels in practice room doors exist for a reason. Locked doors, gifts, personal DMs and off-site 'extra sessions' are all grooming red flags regardless of gender. Please talk to the DSL.",
            ),
            (
                "u/throwaway_devonmum",
                "6mo ago",
                "Thank you. For context it's a small Devon prep and the teacher is a bit of a legend there, Vandersloot, so nobody will want to hear it.",
            ),
            (
                "u/AutoModerator",
                "6mo ago",
                "Reminder: do not post identifying details of private individuals. If a child is at risk, contact the police or your local authority.",
            ),
            ("u/peripatetic_pete", "6mo ago", "Legend or not. Report it."),
        ),
    ),
    E("pvandersloot", "surname_only", "sexual", url_only=True),
)

# 024 village facebook: games teacher taking phone photos in changing room (child involved)
add(
    "facebook",
    fb(
        YV,
        "Anonymous member",
        "18 September at 21:05",
        """Posting anon because I don't want my son singled out. Is it normal for a PE teacher to be in the boys changing room with his phone out? My boy (9) says Mr Harris at Thornacombe 'takes photos for the website' while they are getting changed after rugby, and some of the boys have asked him to stop. Why would you need photos of that??? I've emailed the head and heard nothing back in a week.""",
        (
            (
                "Admin - Yarle Valley Mums & Dads",
                "We've allowed this post but please no names in comments. Please also contact the school's safeguarding lead or the LADO directly.",
            ),
            (
                "Sian P",
                "That is not normal at all. Go to the LADO, the school doesnt get to ignore you",
            ),
            (
                "Mark Tozer",
                "Tom Harris coaches my lad at Brimleigh minis and has never done anything like that, be careful about what you post",
            ),
            ("Anonymous member", "I'm not accusing anyone, I'm asking if it's normal"),
        ),
    ),
    E("school", "short_name", "negative"),
    E("tharris", "title_surname", "sexual", url_only=True),
)

# 025 local paper sports day gallery with a creepy comment (child involved)
add(
    "news",
    news(
        "gazette",
        "PICTURES: Sun shines on Thornacombe sports day",
        """Parents, grandparents and a few very excitable dogs lined the field at Thornacombe House School on Friday for the annual sports day.

More than 200 pupils from nursery to Year 8 took part in races including the sack race, egg and spoon, the 'welly wang' and the traditional staff relay, which was won for the third year running by the kitchen team.

Head of games Tom Harris said: "It's about taking part, but I won't pretend the house points don't matter. Blue house were unstoppable."

Scroll down for our gallery of 46 pictures.""",
        byline="By Gazette Photographer",
        date="5 July 2024",
        section="Schools",
        comments=(
            (
                "Proud_Nan_Devon",
                "3 days ago",
                "Lovely pictures, my granddaughter is in number 12 🥰",
            ),
            (
                "westcountry_geoff",
                "3 days ago",
                "Some proper little lookers in the under 11 girls race, pic 23 especially. Any more of those? Shame the gallery cuts off at the knees",
            ),
            (
                "Proud_Nan_Devon",
                "3 days ago",
                "@westcountry_geoff that is disgusting, they are CHILDREN. Reported.",
            ),
            (
                "Gazette moderator",
                "2 days ago",
                "A comment has been removed and the account suspended.",
            ),
        ),
    ),
    E("school", "short_name", "sexual", url_only=True),
    E("tharris", "exact", "neutral"),
)

# 026 community facebook: sports day photos, creepy stranger comment (child involved)
add(
    "facebook",
    fb(
        BN,
        "Gemma Luscombe",
        "6 July at 17:30",
        """Thornacombe sports day yesterday! Wasn't the weather gorgeous ☀️ Here are a few of mine, tag yourselves. Proud mummy moment, Isla came 2nd in the sack race 🥈 #ThornacombeHouse""",
        (
            ("Nicky Luscombe", "Isla! Star!"),
            (
                "Rob Kerswell",
                "the little blonde in the sack race has got a lovely figure already, you should send me the rest of the album privately x",
            ),
            (
                "Gemma Luscombe",
                "WHAT. Blocked and reported. Everyone please be careful who can see your photos",
            ),
            ("Tina Sweet", "Gemma I'd take the photos down hun, there's some weirdos about"),
            ("Gemma Luscombe", "Done. Feel sick."),
        ),
    ),
    E("school", "short_name", "sexual", url_only=True),
)

# 027 parent forum: thirsty mums about the gap-year assistant (adult; sexual, not url_only)
add(
    "forum",
    forum(
        "mumsweb",
        "Chat",
        "Gap year assistants - lighten my Monday",
        (
            (
                "BabsInBoden",
                "Mon 13-Jan-25 10:12",
                "Our prep has a new Kiwi gap year lad helping with games and boarding and the drop-off line has NEVER been so punctual 😂 Post your best 'school crush' stories to cheer me up.",
            ),
            (
                "CoffeeNotCardio",
                "Mon 13-Jan-25 10:20",
                "Kit Lockhart? 😂 Thornacombe? Half the PTA have suddenly volunteered for sideline oranges. I'd happily let him carry more than my bags if you know what I mean 🥵 those rugby thighs",
            ),
            ("BabsInBoden", "Mon 13-Jan-25 10:24", "😂😂 Stop it. He's about nineteen."),
            (
                "CoffeeNotCardio",
                "Mon 13-Jan-25 10:26",
                "Nineteen and legal, babe. A girl can look. Wouldn't kick him out of bed.",
            ),
            (
                "Dorset_Doris",
                "Mon 13-Jan-25 10:40",
                "Imagine a man saying this about a 19 year old girl helping at school. Yikes.",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("clockhart", "alias", "sexual"),
)

# 028 X post: lewd comment about matron (adult; sexual)
add(
    "social",
    """@yarle_valley_lad · X
matron hosking at thornacombe can take my temperature any day 🌡️😏 id fake a sprained ankle every week for a bed bath off her, proper milf energy""",
    E("school", "short_name", "neutral"),
    E("lhosking", "title_surname", "sexual"),
)

# 029 forum comment: crude sexual remark about the registrar (adult; sexual)
add(
    "forum",
    forum(
        "devontalk",
        "Off Topic",
        "Best and worst open days you've been to",
        (
            (
                "saltash_steve",
                "4 days ago",
                "Went round three preps with the wife. Worst was one where they gave us a 'tour' that was just the car park and the chapel.",
            ),
            (
                "Brimleigh_Baz",
                "4 days ago",
                "Thornacombe open day was worth it just for the registrar. Kate Ashdown in a pencil skirt bending over the prospectus table. I'd sign anything she put in front of me, if you catch my drift, and the headmaster can watch",
            ),
            ("saltash_steve", "4 days ago", "steady on mate"),
            ("Moor_Mum", "3 days ago", "This is why women in admin roles dread open days. Grim."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("kashdown", "nickname", "sexual"),
)

# 030 forum: fees debt, threat against the bursar
add(
    "forum",
    forum(
        "devontalk",
        "Money & Debt",
        "Prep school taking us to small claims over fees",
        (
            (
                "jonnyb_tq",
                "1 week ago",
                "Long story short, business went under in the spring, we pulled the kids out of their prep with no notice because we literally couldn't pay, now the school is taking us to the small claims court for a term's fees in lieu of notice. £8,900. Anyone been through this?",
            ),
            (
                "moneyhelper_mike",
                "1 week ago",
                "Unfortunately the notice clause is usually enforceable. Try and negotiate a payment plan before it gets to a hearing, they'd rather have the money than a CCJ.",
            ),
            (
                "jonnyb_tq",
                "1 week ago",
                "Tried that. Their bursar Pengelly just keeps sending the same letter. Man's got a calculator where his heart should be. He wants to watch his back to be honest, I know what car he drives and where he parks it every morning and accidents happen on those lanes.",
            ),
            (
                "moneyhelper_mike",
                "1 week ago",
                "Mate, delete that. Seriously. That's the kind of thing that gets you arrested and won't help your case.",
            ),
            ("jonnyb_tq", "1 week ago", "Not saying I'd do anything. Just saying."),
        ),
    ),
    E("npengelly", "surname_only", "threat"),
)

# 031 X post: threat against the school (leetspeak)
add(
    "social",
    """@burnitall_2025 · X
th0rnac0mbe h0use sch00l, enj0y ur last term. sum1 shud burn that place to the ground w the toffs inside. soon x""",
    E("school", "leetspeak", "threat"),
)

# 032 Google-style review: threat against games teacher
add(
    "review",
    review(
        "Google reviews · Thornacombe House School",
        "Craig B",
        1,
        "5 days ago",
        """My son has been dropped from the A team three weeks running for some kid whose parents sponsor the new pavilion. Mr Harris knows exactly what he's doing. Next match I'll be on the boundary and we'll see how brave he is when there's no staff room to hide in. Car park, after the match, just him and me. Rotten school, rotten values.""",
    ),
    E("school", "exact", "negative"),
    E("tharris", "title_surname", "threat"),
)

# 033 local paper: hoax threats against the school
add(
    "news",
    news(
        "gazette",
        "Police investigate online threats against Kenstowe prep school",
        """Police are investigating after a series of threatening messages about a prep school were posted on social media.

Devon and Cornwall Police said they received reports on Tuesday of posts threatening to "burn down" Thornacombe House School in Kenstowe St Mary "with the children inside". The school remained open with an increased police presence at the gate on Wednesday.

In a letter to parents, the headmaster said the school had "no reason to believe there is any genuine risk" but was taking the matter "extremely seriously".

A police spokesperson said: "We understand this will be distressing for families. Making threats of this nature is a criminal offence and we would urge anyone with information to contact us quoting crime reference 50240123456."

Parents collecting children on Wednesday said they were shaken. "You just don't expect it here," said one mother. "It's a village school, basically."
""",
        byline="By Jenny Causley",
        date="19 March 2025",
        section="News",
    ),
    E("school", "exact", "threat"),
)

# 034 social: condemnation of a threat (negation trap)
add(
    "social",
    """@kenstowe_kate · Bluesky
whatever you think of the school or the fees, threatening Mr Ashdown and his family online is never ok. he's a decent man who's given 9 years to this village. grow up people""",
    E("rashdown", "title_surname", "neutral"),
)

# 035 facebook: threat against the registrar over a waiting list (maiden-name alias)
add(
    "facebook",
    fb(
        YV,
        "Dean Yeo",
        "27 April at 19:50",
        """Fourth year on the 'waiting list' for the nursery while families who moved down from London last month walk straight in. Katherine Pollard as was, now the headmasters wife, decides who gets in and it aint people like us. She wants to be careful. I know her mum's house in Pennicott and I know when she walks that dog. Not a threat just a fact.""",
        (
            ("Lisa Yeo", "Dean come off here now"),
            ("Rich Hannaford", "mate that is 100% a threat and you know it"),
        ),
    ),
    E("kashdown", "alias", "threat"),
)

# 036 X post: threat against the music teacher (spacing)
add(
    "social",
    """@anon4472 · X
V a n d e r s l o o t thinks she can humiliate my daughter in front of the whole choir. she walks home across the green every night at 6. be a shame if she didnt make it one night""",
    E("pvandersloot", "spacing", "threat"),
)

# 037 village facebook: racist comments about the head of early years
add(
    "facebook",
    fb(
        KV,
        "Brian Coombes",
        "11 October at 08:15",
        """Drove past Thornacombe this morning and there's a sign up advertising the nursery with that Miss Rahman's photo on it. When I was a lad Kenstowe was a proper English village. Now even the posh school has to have one of them teaching the little ones. Sorry but I wouldn't want my grandkids taught by someone who doesn't share our values, send her back where she came from""",
        (
            (
                "Jo Widdicombe",
                "Brian this is disgusting. She was born in Bristol. Reported to admins.",
            ),
            (
                "Admin - Kenstowe Village Noticeboard",
                "Comments turned off. Brian has been removed from the group. Racism is not welcome here.",
            ),
            ("Sharon Pook", "My daughter adores Miss Rahman. Shame on you Brian"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("nrahman", "title_surname", "hate"),
)

# 038 forum: homophobic comments about the head of boarding
add(
    "forum",
    forum(
        "devontalk",
        "Local Chat",
        "New houseparent at the prep",
        (
            (
                "oldschool_ron",
                "2 weeks ago",
                "So the new bloke running the boarding at Thornacombe House lives in with his 'partner' who is also a bloke. And they put him in charge of dormitories full of little boys. What are parents thinking. Fenwick his name is. People like that shouldn't be allowed near kids, it's not natural.",
            ),
            (
                "millie_t",
                "2 weeks ago",
                "Wow. Being gay has nothing to do with anything. He's a lovely man and brilliant at his job. Reported.",
            ),
            ("oldschool_ron", "2 weeks ago", "Can't say anything these days"),
            ("Forum Mod", "2 weeks ago", "Thread locked. Homophobia breaks forum rules."),
        ),
    ),
    E("school", "alias", "neutral"),
    E("gfenwicktate", "hyphenated", "hate"),
)

# 039 forum: misogynist post about the registrar
add(
    "forum",
    forum(
        "prepparents",
        "Admissions",
        "Registrar rejected our sibling discount appeal",
        (
            (
                "HRG_Devon",
                "10 Jan 2025",
                "Anyone else had a sibling discount appeal turned down at THS? Apparently the third-child discount only applies if all three are full boarders now. Not mentioned anywhere in the contract we signed.",
            ),
            (
                "mr_traditional",
                "10 Jan 2025",
                "Problem is the registrar. Mrs Ashdown. Women like that should never be put in charge of anything involving money, they're too emotional and they just do whatever their husbands tell them. Get a man in the office and it'd be sorted in a day. Typical female, all smiles and no brain.",
            ),
            (
                "HRG_Devon",
                "10 Jan 2025",
                "Er, that's not really helpful. And it's the bursar who sets the fee policy, not her.",
            ),
            (
                "devonmum_of_two",
                "11 Jan 2025",
                "mr_traditional, it's 2025. Women run half the schools in the country. Reported.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("kashdown", "title_surname", "hate"),
)

# 040 social: disability mockery of the matron
add(
    "social",
    """@scoreboard_sid · TikTok comment
lmaooo deaf old hosking at thornacombe with her hearing aids whistling, should be in a home not looking after kids. cant even hear a fire alarm the useless cripple 🦻🤣""",
    E("school", "short_name", "neutral"),
    E("lhosking", "surname_only", "hate"),
)

# 041 Facebook: xenophobic attack on the music teacher
add(
    "facebook",
    fb(
        BN,
        "Trevor Lang",
        "2 December at 13:02",
        """Went to the carol service at Thornacombe House. Why have they got that foreign woman Mrs Vandersloot running the music at an English school? Couldn't even pronounce half the carols right. Bloody Dutch/German/whatever she is coming over here taking jobs from our own people. Shipping them all back cant come soon enough.""",
        (
            ("Heather Lang", "Dad she's been here 25 years and she's British. Please stop"),
            ("Jill Harvey", "The singing was stunning. You should be ashamed"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("pvandersloot", "title_surname", "hate"),
)

# 042 local paper: racist graffiti, reported (news report of hate remains hate)
add(
    "news",
    news(
        "devonlive",
        "Racist graffiti daubed on prep school nursery sign",
        """Police are treating as a hate crime an incident in which racist graffiti was sprayed across the nursery sign of a Devon prep school.

The sign at the entrance to Thornacombe House School in Kenstowe St Mary, which carries a photograph of head of early years Nadia Rahman, was defaced overnight on Sunday with racist slurs and the words "go home".

Headmaster Robert Ashdown said: "This is a vile act aimed at a much-loved colleague and it has no place in our community. Nadia has our complete support and the support of our families, dozens of whom have been in touch this morning."

Villagers have organised a rota to repaint the sign. Anyone with information should call 101.""",
        byline="By Tamsin Lee",
        date="14 October 2024",
        section="News",
        comments=(
            ("YarleValleyResident", "3h", "Disgraceful. Our village is better than this."),
            ("ExeterEd", "2h", "Hope they catch whoever did it"),
        ),
    ),
    E("school", "exact", "neutral"),
    E("nrahman", "exact", "hate"),
    E("rashdown", "exact", "neutral"),
)

# 043 forum: hate aimed at the school's pupils by nationality/race
add(
    "forum",
    forum(
        "devontalk",
        "Local Chat",
        "Kenstowe is changing and not for the better",
        (
            (
                "proper_devonian",
                "3 months ago",
                "That Thornacombe school is full of Chinese and Russian brats now, dropped off by drivers who don't speak a word of English. Overrun with them. Might as well rename it the Beijing Academy. Foreigners buying up our schools and our villages, the lot of them should go back.",
            ),
            (
                "YarleRambler",
                "3 months ago",
                "There are about four international boarders there. And this is just racism.",
            ),
            ("proper_devonian", "3 months ago", "Truth hurts"),
        ),
    ),
    E("school", "short_name", "hate"),
)

# 044 facebook: head's home address published
add(
    "facebook",
    fb(
        BN,
        "Justice For Our Kids",
        "9 March at 20:20",
        """Robert Ashdown, headmaster of Thornacombe, refuses to meet parents about the cover up. Fine. Let's go to him. He lives at The Old Rectory, 2 Church Lane, Kenstowe St Mary, TQ9 7QZ. Grey Volvo, reg starts WK19. Home landline 01632 960877. Let him explain himself on his own doorstep.""",
        (
            ("Marie Ellis", "This is not ok, his kids live there too"),
            ("Justice For Our Kids", "Should have thought of that before he ignored us"),
        ),
    ),
    E("school", "short_name", "negative"),
    E("rashdown", "exact", "doxxing"),
)

# 045 forum: bursar's mobile number published
add(
    "forum",
    forum(
        "devontalk",
        "Money & Debt",
        "Re: Prep school taking us to small claims over fees",
        (
            (
                "jonnyb_tq",
                "3 days ago",
                "Update. Anyone else owed a refund by Thornacombe House, here is the bursar's PERSONAL mobile, not the school number, got it off an old PTA list: Nigel Pengelly 07700 900184. He lives in Wyke Cross, the white bungalow past the phone box. Ring him at 11pm like he rings us at dinner time.",
            ),
            (
                "moneyhelper_mike",
                "3 days ago",
                "Reported. You cannot post someone's personal number and address.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("npengelly", "exact", "doxxing"),
)

# 046 X: registrar's personal email published (maiden-name email)
add(
    "social",
    """@fairadmissions_devon · X
Mrs Ashdown won't answer the school email about the waiting list so here's her personal one: kate.pollard64@mailbox.example 📧 Fill her inbox. Thornacombe Prep families deserve answers.""",
    E("school", "alias", "negative"),
    E("kashdown", "title_surname", "doxxing"),
)

# 047 Facebook: games teacher's address and car reg
add(
    "facebook",
    fb(
        YV,
        "Sam Brealey",
        "5 December at 22:40",
        """That games teacher who got off at court. T. Harris. Lives at 14 Marsh View, Brimleigh, TQ9 5RF, drives a blue Golf WP18 KXV, parks it outside the Anchor on Fridays. Not saying do anything, just people should know who lives next to them""",
        (
            ("Karen Sweet", "Sam he was found not guilty. Take this down."),
            (
                "Dan Harris",
                "for the record I'm a different Dan Harris and I live nowhere near Marsh View, stop messaging me",
            ),
        ),
    ),
    E("tharris", "initial_surname", "doxxing"),
)

# 048 X: matron's personal number published
add(
    "social",
    """@angrymum_tq · X
If you want to know why your kid wasn't sent home with a temp ring Liz Hosking the matron on her own phone 07700 900532 because the school office never picks up. She lives in the flat above the Spar in Kenstowe. #thornacombe""",
    E("school", "hashtag", "negative"),
    E("lhosking", "alias", "doxxing"),
)

# 049 forum: gap-year assistant's number and digs
add(
    "forum",
    forum(
        "threadit",
        "r/devon",
        "That gap year kid who ran over my wing mirror",
        (
            (
                "u/mirrorless_in_brim",
                "2d ago",
                "Kiwi lad who works at the posh prep in Kenstowe, Christopher Lockhart, clipped my wing mirror in the school minibus and drove off. Here's his number 07700 900761, he lodges at Rose Cottage, Lower Sowden. Go get him lads.",
            ),
            (
                "u/devon_modbot",
                "2d ago",
                "Removed: personal information. Please report traffic incidents to the police.",
            ),
        ),
    ),
    E("clockhart", "exact", "doxxing"),
)

# 050 forum: allegation that the head diverts bursary money
add(
    "forum",
    forum(
        "mumsweb",
        "Education",
        "Bursaries are a con at our prep",
        (
            (
                "SeenItAllBefore",
                "Wed 19-Feb-25 14:02",
                "We applied for a bursary at a small Devon prep and were turned down flat despite a household income under £40k. Then I find out the 'bursary' families this year include the children of two governors and the head's golfing partner. Bob Ashdown is basically handing out the bursary fund to his mates and calling it charity. That's fraud when the school is a registered charity, surely?",
            ),
            (
                "LegallyBlondish",
                "Wed 19-Feb-25 14:20",
                "Be careful, that's a serious accusation. Though if true the Charity Commission would want to know.",
            ),
            (
                "SeenItAllBefore",
                "Wed 19-Feb-25 14:31",
                "I'm not the only one who's noticed. The accounts are on the Charity Commission website - 'bursaries and allowances' jumped £90k the year his friend's twins started. Thornacombe House is run like a private members' club.",
            ),
        ),
    ),
    E("school", "alias", "defamation"),
    E("rashdown", "alias", "defamation"),
)

# 051 Google-style review: matron and a medication error "covered up"
add(
    "review",
    review(
        "Google reviews · Thornacombe House School",
        "Alison Moyle",
        1,
        "1 month ago",
        """Our son was given another boy's ADHD medication by Mrs Hosking on a boarding night and was sick and shaking until 3am. No-one phoned us. We only found out because he told us at the weekend. When we raised it the school said there was 'no record' of it - because she never wrote it down and the school covered it up. I would not trust Thornacombe with a hamster.""",
    ),
    E("school", "short_name", "defamation"),
    E("lhosking", "title_surname", "defamation"),
)

# 052 forum: head of boarding drunk on duty
add(
    "forum",
    forum(
        "prepparents",
        "Boarding",
        "Staff drinking in boarding houses - how common?",
        (
            (
                "WestCountryDad",
                "8 Dec 2024",
                "Genuine question. At the school our son boards at, the housemaster, Mr Fenwick-Tate, has been seen by more than one parent visibly drunk on a boarding night, slurring, smelling of wine at 9pm when he's the only adult on duty. Someone told me he's had a warning before. Surely that's a sacking offence?",
            ),
            (
                "ex_houseparent",
                "8 Dec 2024",
                "A glass of wine with supper off-duty in your own flat is one thing. Drunk and in sole charge is a safeguarding issue. Report it.",
            ),
            ("WestCountryDad", "8 Dec 2024", "He's supposedly on a final warning. Still there."),
        ),
    ),
    E("gfenwicktate", "title_surname", "defamation"),
)

# 053 StaffVoice review: bursar pockets pension contributions
add(
    "review",
    review(
        "StaffVoice · Thornacombe House School · Support staff (former employee)",
        "Former employee, Kenstowe St Mary",
        1,
        "Aug 2024",
        """Pros: Grounds are beautiful. Children lovely.

Cons: Pengelly's little empire in the bursary office is a disgrace. Pension contributions were deducted from our payslips for five months and never paid in to the provider - I checked. When I asked where my money had gone he said it was an 'admin lag'. I believe he was moving it around to cover the cash flow, if not worse. Nobody at the top will hear a word against him.

Advice to management: get an external audit and stop stealing from the cleaners.""",
    ),
    E("school", "exact", "defamation"),
    E("npengelly", "possessive", "defamation"),
)

# 054 forum: allegation the school falsified its safeguarding records for ISI
add(
    "forum",
    forum(
        "prepparents",
        "Inspections",
        "Do schools really fake things for ISI?",
        (
            (
                "curious_gov",
                "2 Nov 2024",
                "Asking as a new governor elsewhere. How much 'preparation' for an inspection is too much?",
            ),
            (
                "former_THS_teacher",
                "2 Nov 2024",
                "At THS (Devon) the week before ISI we were told to back-date safeguarding training certificates and fill in six months of the single central record in one afternoon. Staff who hadn't had DBS checks were sent on a 'trip' for the inspection days. They got 'excellent'. Make of that what you will.",
            ),
            ("curious_gov", "2 Nov 2024", "That's... not preparation, that's falsifying records."),
            ("former_THS_teacher", "2 Nov 2024", "Yep."),
        ),
    ),
    E("school", "alias", "defamation"),
)

# 055 facebook: Year 6 teacher accused of doing pupils' entrance papers
add(
    "facebook",
    fb(
        YV,
        "Mandy Rowe",
        "30 January at 21:00",
        """Just saying what everyone at the school gate is saying. Sarah W. in Year 6 at Thornacombe 'helps' certain children with their pre-tests for senior schools by literally doing the practice papers for them and then handing them in as their own work. That's why their scholarship results look so good. It's cheating and the senior schools should know.""",
        (
            ("Tash Ellis", "Mandy you can't say that without proof"),
            ("Mandy Rowe", "My neighbours daughter saw her doing it"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("swebber", "first_initial", "defamation"),
)

# 056 X: abuse of the head
add(
    "social",
    """@redtrouserwatch · X
ashdown's assembly today was 40 mins of him talking about his own gap year in 1989. smug pompous prat in red trousers, the man is a walking gilet. somebody retire him pls""",
    E("rashdown", "possessive", "abuse"),
)

# 057 X: abuse of the music teacher, via her handle
add(
    "social",
    """@choirboy_exile · X
replying to @PVandersloot: 'music is for everyone' says the screeching old bat who threw my sister out of chapel choir for being flat once. miserable dragon. hope your violin snaps""",
    E("pvandersloot", "handle", "abuse"),
)

# 058 forum: abuse of the Year 6 teacher
add(
    "forum",
    forum(
        "mumsweb",
        "Primary",
        "Year 6 teacher is driving me up the wall",
        (
            (
                "FedUpInDevon",
                "Thu 20-Mar-25 20:11",
                "DS is in Year 6 at a prep and his form teacher Mrs Webber is thick as mince. She marked his maths as wrong when it was right, then argued with me about it. She can't spell 'necessary' on the class newsletter. How she got a job I do not know. Dozy cow.",
            ),
            (
                "PollyPocket",
                "Thu 20-Mar-25 20:30",
                "Have you spoken to her calmly though? Mistakes happen.",
            ),
            ("FedUpInDevon", "Thu 20-Mar-25 20:33", "I've tried. It's like talking to a sheep."),
        ),
    ),
    E("swebber", "title_surname", "abuse"),
)

# 059 social: abuse of the bursar (leetspeak)
add(
    "social",
    """@feespayer_fury · X
p3ng3lly the bursar at thornacombe is a slimy little weasel. penny pinching rodent in a cheap suit. no one likes you nigel""",
    E("school", "short_name", "neutral"),
    E("npengelly", "leetspeak", "abuse"),
)

# 060 forum: abuse of the gap-year assistant
add(
    "forum",
    forum(
        "mumsweb",
        "Chat",
        "Re: Gap year assistants - lighten my Monday",
        (
            (
                "GrumpyGrandma",
                "Tue 14-Jan-25 08:05",
                "Ours (Thornacombe) is a waste of space. Kit turns up to games in sliders, can't find his own whistle, and called my grandson 'bro' at a parents' evening. Overgrown posh wet wipe. Useless lump.",
            ),
            ("BabsInBoden", "Tue 14-Jan-25 08:10", "Harsh but I'm laughing"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("clockhart", "nickname", "abuse"),
)

# 061 facebook: abuse of the registrar
add(
    "facebook",
    fb(
        KV,
        "Kerry Marwood",
        "4 March at 11:11",
        """Mrs Ashdown the registrar at Thornacombe is a stuck up snotty cow who looks down her nose at anyone without a double barrelled name. Rang to ask a simple question and was treated like something on her shoe. Horrible woman.""",
        (
            ("Tina Sweet", "she's always been lovely to me tbh"),
            ("Kerry Marwood", "cos you've got a range rover Tina"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("kashdown", "title_surname", "abuse"),
)

# 062 social: abuse aimed at the school (obfuscated)
add(
    "social",
    """@yarle_punk · TikTok comment
th*rnac*mbe is a sh*thole for inbred toffs and their braying parents. whole place wants bulldozing into the estuary 🤮""",
    E("school", "obfuscated", "abuse"),
)

# 063 review: abuse of the head of early years
add(
    "review",
    review(
        "Google reviews · Thornacombe House School",
        "D Kerrow",
        1,
        "2 weeks ago",
        """Nursery. Nadia Rahman is a useless airhead who couldn't organise a piss-up in a brewery, spends all day on 'learning journeys' on an iPad and can't remember which child goes home with who. Utterly clueless woman.""",
    ),
    E("school", "exact", "negative"),
    E("nrahman", "exact", "abuse"),
)

# 064 Tatler-style feature: snobbery jokes with a sting (mild criticism wrapped in praise)
add(
    "news",
    news(
        "tattle",
        "The Aga Saga Prep: where to send the children when you've moved to Devon",
        """Every September a fresh wave of Londoners arrives in the South Hams with a Labrador, a sourdough starter and a spreadsheet of prep schools. We've done the legwork.

Ashcott Hall: Big, shiny, sporty. Astroturf for days. Very Instagram. The Yummy Mummies' choice.

St Wenna's Prep (just over the Tamar): Quirky, arty, surf club on Fridays. Children call teachers by their first names, which will either delight or horrify your mother-in-law.

Thornacombe's fees are at the top end for the area and, frankly, some of the facilities haven't caught up - the 'theatre' is the dining room and the changing rooms are pure 1987. But the music is extraordinary, the estuary views would make a hedge fund manager weep, and the headmaster still knows every child's name. Old Devon money sends its children here; new Devon money is learning to.

Hollowmead (Dorset border): Weekly boarding heaven, but you'll need a Land Rover and the patience of a saint for the A35.

Our tip: visit on a wet Tuesday in November, not a sunny open morning in May.""",
        section="Prep",
        byline="By Minty Carrow-Byng",
        date="March 2025",
        related=("The new rules of the school run", "Boarding at 7: too young?", "The gilet index"),
    ),
    E("school", "possessive", "negative"),
)

# 065 village facebook: sarcasm about an inset day
add(
    "facebook",
    fb(
        YV,
        "Claire Hannaford",
        "3 September at 07:02",
        """Oh GREAT. Another inset day the day after term was meant to start. Well done Thornacombe, £8k a term and I get to take another day off work. Love that for me 🙃""",
        (
            ("Beth Tozer", "We're on day two of 'phased return' at the primary, solidarity 😂"),
            ("Claire Hannaford", "phased return of my sanity"),
        ),
    ),
    E("school", "short_name", "negative"),
)

# 066 village facebook: profanity not aimed at anyone; praise
add(
    "facebook",
    fb(
        KV,
        "Jason Pook",
        "19 May at 18:45",
        """Just back from the Thornacombe House open evening with the missus. Bloody brilliant school, Alfie hasn't stopped talking about the chickens and the 'forest classroom'. Didnt think it'd be our sort of place but the head's wife was dead down to earth and we didn't feel like scruffs at all. Gonna have a proper look at the bursary forms""",
        (
            ("Sharon Pook", "Told you!! Mrs Ashdown is lovely"),
            ("Jason Pook", "she is, and she knew about the farm which was a surprise"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("kashdown", "title_surname", "neutral"),
)

# 067 parent Instagram caption: leavers' service (hashtag only)
add(
    "social",
    """mumofthreeboys_devon · Instagram
Last ever chapel service for this one 🥹 8 years, 3 headmasters' cups and approximately 4,000 lost jumpers. Onwards to Blundell's in September! #ThornacombeHouse #leavers2024 #prepschool #proudmum
♥ 212 likes
granny_jan_: crying at this ❤️""",
    E("school", "hashtag", "neutral"),
)

# 068 TikTok caption: camelcase name of the school and of a teacher
add(
    "social",
    """@devon.mum.life · TikTok
POV: it's the carol service at ThornacombeHouse and MrsVandersloot has the Year 3s doing the descant on O Come All Ye Faithful 😭🎄 not a dry eye
#carols #prepschool #devontok
1,204 likes · 38 comments""",
    E("school", "camelcase", "neutral"),
    E("pvandersloot", "camelcase", "neutral"),
)

# 069 district planning committee: sports hall application with objections (school negative)
add(
    "news",
    news(
        "district",
        "Planning Committee report: 24/0912/FUL - Thornacombe House School, Kenstowe St Mary",
        """Application: Erection of a two-storey sports hall with changing facilities, 42-space car park and associated landscaping at Thornacombe House School, Church Lane, Kenstowe St Mary.

Applicant: The Governors of Thornacombe House School (agent: Yarle Architects Ltd).

Consultation responses: Kenstowe St Mary Parish Council OBJECTS on the grounds of traffic, scale and impact on the setting of the listed house. Devon County Highways: no objection subject to conditions, including a School Travel Plan. Historic England: concerns about the height of the roofline in views from the estuary.

Representations: 37 letters of objection and 22 of support have been received. Objectors state that the school 'already treats Church Lane as its private car park', that evening lettings would bring 'noise until 10pm, seven days a week', and that 'the school has ignored every traffic promise it has made since 2015'. Supporters cite the benefit of the hall for community use and the Brimleigh netball club.

Officer recommendation: APPROVE subject to conditions limiting hours of community use to 08:00-21:00 and requiring a revised School Travel Plan to be submitted within three months of commencement.""",
        section="Planning",
    ),
    E("school", "exact", "negative"),
)

# 070 parent forum: comparing preps, typo of music teacher, mild criticism
add(
    "forum",
    forum(
        "prepparents",
        "South West",
        "Thornacombe or Ashcott Hall for a sporty, musical 7yo?",
        (
            (
                "DilemmaDad",
                "4 Apr 2025",
                "Visited both this week. Ashcott's facilities blew us away. Thornacombe felt warmer and more 'real'. DS is sporty and loves his cello. Help!",
            ),
            (
                "two_at_ashcott",
                "4 Apr 2025",
                "Ashcott for sport all day long. But for a cello kid, Thornacombe's music is in another league - Mrs Vandersloat is a legend and will get him into the orchestra at 7.",
            ),
            (
                "ex_thornacombe_parent",
                "4 Apr 2025",
                "We left Thornacombe in Year 5. Lovely school, but academically it coasts if your child is quiet and able. Our daughter was bored stiff in maths and nobody noticed for two years. Great for confidence, not great for stretch.",
            ),
            ("DilemmaDad", "5 Apr 2025", "That's really helpful, thanks both."),
        ),
    ),
    E("school", "short_name", "negative"),
    E("pvandersloot", "typo", "neutral"),
)

# 071 village facebook: gap year lad returns a lost dog (first-name nickname)
add(
    "facebook",
    fb(
        KV,
        "Pam Venning",
        "12 November at 16:20",
        """Big thank you to Kit from Thornacombe House (the Kiwi gap year lad) who found our Bramble on the estuary path and walked her all the way back to Pennicott in the rain. What a gentleman 🐶❤️""",
        (("Dave Lugg", "Good lad!"), ("Pam Venning", "he wouldn't even take a fiver for a pint")),
    ),
    E("school", "alias", "neutral"),
    E("clockhart", "nickname", "neutral"),
)

# 072 local paper sport: cricket win
add(
    "news",
    news(
        "gazette",
        "Cricket: Thornacombe girls lift county cup",
        """Thornacombe House's under-13 girls won the Devon Prep Schools Cup at Exeter on Saturday, beating Ashcott Hall by 22 runs in the final.

Captain Maisie Kerswell hit an unbeaten 41 and took three wickets. Coach Tom Harris said: "Three years ago we couldn't field a girls' team. Now they're county champions. Unbelievable effort."

In the boys' competition, Brimleigh Primary reached the semi-finals before losing to Exeter Cathedral School.""",
        byline="By Sport Desk",
        date="24 June 2024",
        section="Sport",
    ),
    E("school", "alias", "neutral"),
    E("tharris", "exact", "neutral"),
)

# 073 Facebook: different Tom Harris, plumber (decoy)
add(
    "facebook",
    fb(
        BN,
        "Carol Yeo",
        "2 February at 10:30",
        """Can anyone recommend a plumber in Brimleigh? Boiler's making a noise like a walrus.""",
        (
            (
                "Gary Hext",
                "Tom Harris, Harris Heating & Plumbing, did ours, very reasonable. 07700 900347",
            ),
            ("Lynn Ball", "Another vote for Tom Harris, sorted our leak in an hour"),
            ("Carol Yeo", "thanks both, will ring him!"),
        ),
    ),
)

# 074 blog (anonymous staffroom blog), no school named (decoy)
add(
    "blog",
    blog(
        "headblog",
        "The Sunday night feeling, prep school edition",
        """It's 9pm on a Sunday and I have 23 exercise books, two reports to rewrite because the head 'didn't like the tone', a boarding duty tomorrow night and a sports fixture on Wednesday that will finish at 6.30pm after which I'll drive three children home because their parents are 'stuck in London'.

I love this job. I genuinely do. I love the children, I love the chaos of the tuck shop, I love the moment a Year 4 finally gets long division. But nobody tells you, when you take the job at the lovely little prep with the view, that 'family atmosphere' means your evenings belong to the family too.

Next week: why the staff room biscuits tell you everything you need to know about a school's finances.""",
        author="Mr Chips (not my real name)",
        date="23 February 2025",
        comments=(
            ("TiredTeacher", "The biscuits thing is SO real"),
            ("Anon", "Which school is this? 👀"),
            ("Mr Chips", "Nice try."),
        ),
    ),
)

# 075 hotel review: Thornacombe House Hotel (decoy sharing the alias)
add(
    "review",
    review(
        "TripReviews · Thornacombe House Hotel, Yarle Valley",
        "Laura & Mike",
        5,
        "October 2024",
        """We held our wedding at Thornacombe House and it was everything we dreamed of. The gardens down to the river, the orangery, the food (the lamb!). The events manager Sophie thought of everything. Rooms are a bit dated in the old wing but the bridal suite is stunning. Highly recommend Thornacombe House Hotel for a Devon wedding.""",
        reply="""Thank you Laura and Mike! It was a joy to host you. Warmest wishes, the Thornacombe House team.""",
    ),
)

# 076 holiday let review (decoy)
add(
    "review",
    review(
        "CosyStays · Thornacombe Barn, Pennicott",
        "The Hendersons",
        4,
        "August 2024",
        """Lovely converted barn near Kenstowe St Mary, sleeps 6 comfortably. Hot tub, log burner, walks straight from the door. Thornacombe Barn is a bit hard to find in the dark - follow the signs past the farm shop, not the sat nav. Loud cows at 5am. Would book again.""",
    ),
)

# 077 sailing club (decoy)
add(
    "facebook",
    fb(
        "Thornacombe Sailing Club",
        "Thornacombe Sailing Club",
        "1 August at 09:00",
        """REGATTA WEEK starts Saturday! ⛵ Race briefing 10am at the clubhouse, Yarle estuary slipway. Crab-catching competition for under-12s on Sunday, BBQ and live music Saturday night. Non-members very welcome. Thornacombe SC juniors - see you on the water!""",
        (
            ("Jenny Causley", "Is the fancy dress raft race still happening?"),
            ("Thornacombe Sailing Club", "Of course! Theme is 'pirates' 🏴‍☠️"),
        ),
    ),
)

# 078 farm shop review (decoy)
add(
    "review",
    review(
        "Google reviews · Thornacombe Farm Shop, Pennicott",
        "Gwen R",
        3,
        "a week ago",
        """Great meat counter and the pasties are proper, but £6.50 for a loaf is pushing it even for Devon. Queue at the café was 20 minutes on a Saturday. Staff lovely though. Thornacombe Farm Shop needs a second till.""",
    ),
)

# 079 local paper: Thornacombe Lane (decoy), different Ashdown estate agent
add(
    "news",
    news(
        "gazette",
        "Homes plan for Thornacombe Lane refused",
        """Plans for 24 homes off Thornacombe Lane, Brimleigh, have been refused by district councillors over flooding concerns.

The application by Ashdown & Co Land, a Totnes-based developer, drew more than 200 objections. Director Simon Ashdown said the firm was "disappointed" and would consider an appeal.

Residents of Thornacombe Lane said the fields regularly flood in winter. "I've got photos of swans swimming where they want to put the affordable housing," said Barbara Webber, 72, who has lived on the lane for 40 years.""",
        byline="By Tamsin Lee",
        date="30 January 2025",
        section="News",
    ),
)

# 080 village facebook: thanks to the boarding team (half of double-barrelled name)
add(
    "facebook",
    fb(
        YV,
        "Harriet Luscombe",
        "14 February at 19:12",
        """Shout out to Mr Fenwick and the boarding team at Thornacombe for the Valentine's disco for the boarders tonight, Freddie rang me so excited, apparently there was a chocolate fountain and Mr F did the worm 😂 Flexi boarding has been the making of him.""",
        (("Jo Luscombe", "The worm!! I need video evidence"),),
    ),
    E("school", "short_name", "neutral"),
    E("gfenwicktate", "hyphenated", "neutral"),
)

# 081 forum: boarding recommendation, hyphen dropped
add(
    "forum",
    forum(
        "prepparents",
        "Boarding",
        "Flexi boarding at 8 - too young?",
        (
            (
                "NervousNell",
                "20 Jan 2025",
                "DD is 8 and desperate to try flexi boarding with her friends. I'm the one who's not ready. Experiences?",
            ),
            (
                "devon_dad_of_4",
                "20 Jan 2025",
                "Ours started at 8 at Thornacombe House. Giles Fenwick Tate who runs it rang us after the first night to say she'd been fine, and sent a photo of her asleep with her teddy at 8.15pm. We cried more than she did.",
            ),
            ("NervousNell", "20 Jan 2025", "Oh that's so reassuring, thank you."),
        ),
    ),
    E("school", "alias", "neutral"),
    E("gfenwicktate", "hyphenated", "neutral"),
)

# 082 scam post imitating the school (homoglyphs), neutral
add(
    "social",
    """\u0422h\u043ernac\u043emb\u0435 H\u043euse Sch\u043e\u043el · Facebook sponsored
🎉 Congratulations! Our summer raffle has picked YOUR family to win a free term's fees and an iPad Pro! Claim within 24 hours at the link below to cover the small delivery fee. Don't miss out! 👉 bit-claim.example/ths""",
    E("school", "homoglyph", "neutral"),
)

# 083 X: homoglyph in the head's name, criticism (not abuse)
add(
    "social",
    """@kenstowe_parent_voice · X
\u0410shdown's letter about the new phone policy is so patronising. nobody asked for a 3 page essay on 'screen-free childhoods' when half the staff are glued to theirs at pick up. consult parents maybe?""",
    E("rashdown", "homoglyph", "negative"),
)

# 084 social: spaced-out school name to dodge a filter, complaint
add(
    "social",
    """@yarle_valley_local · Threads
not naming names but T h o r n a c o m b e parents have turned the lay-by at Wyke Cross into a car park again. had to reverse a horsebox 200 yards this morning. every. single. day.""",
    E("school", "spacing", "negative"),
)

# 085 forum: spaced-out bursar's name, complaint about invoices
add(
    "forum",
    forum(
        "mumsweb",
        "Money matters",
        "School charging for 'activity levy' on top of fees - normal?",
        (
            (
                "LevyLevy",
                "Mon 02-Sep-24 20:00",
                "Our prep has just added a £295 per term 'activity levy' on top of fees, plus VAT on that from January. Bursar is P e n g e l l y (spacing because he Googles himself, I swear). Refused to itemise it. Is this normal?",
            ),
            (
                "FeesFatigued",
                "Mon 02-Sep-24 20:15",
                "Depressingly normal. Ours calls it a 'co-curricular charge'. Same thing, different font.",
            ),
            ("LevyLevy", "Mon 02-Sep-24 20:18", "Different font 😂 yes."),
        ),
    ),
    E("npengelly", "spacing", "negative"),
)

# 086 social: obfuscated matron's name, abuse
add(
    "social",
    """@boardingbrat07 · X
H.o.s.k.i.n.g is the meanest matron alive. calpol and a lecture for a broken wrist. absolute witch with a face like a slapped haddock""",
    E("lhosking", "obfuscated", "abuse"),
)

# 087 review: holiday sports camp at the school (first name + initial)
add(
    "review",
    review(
        "Google reviews · Thornacombe House School",
        "Ellie M",
        5,
        "4 months ago",
        """Sent both boys to the Easter holiday sports camp at Thornacombe House School. Brilliant value, great organisation. Tom H. and the coaches had them doing cricket, tag rugby and capture the flag all day and they slept like logs. Will be back for summer.""",
    ),
    E("school", "exact", "neutral"),
    E("tharris", "first_initial", "neutral"),
)

# 088 Facebook: bursar first name + initial, complaint
add(
    "facebook",
    fb(
        YV,
        "Becca Hext",
        "10 October at 14:45",
        """Does anyone else's bursar send invoices with three different reference numbers and then chase you for the one you didn't pay? Nigel P. at Thornacombe has now emailed me four times for £38 of 'music consumables'. Mate. It was a packet of rosin.""",
        (("Tash Ellis", "😂 the rosin tax"), ("Becca Hext", "I'll pay it in rosin")),
    ),
    E("school", "short_name", "neutral"),
    E("npengelly", "first_initial", "negative"),
)

# 089 Google-style review: typo in school name, minibus complaint
add(
    "review",
    review(
        "Google reviews · Thornacomb House School",
        "Paul Y",
        2,
        "3 months ago",
        """Thornacomb House minibus has left my 6yo at the wrong stop twice this term and nobody rang to tell me. Seriously not acceptable for what we pay. Teachers are lovely, admin is chaos.""",
    ),
    E("school", "typo", "negative"),
)

# 090 Facebook: typo in the gap-year assistant's surname, praise
add(
    "facebook",
    fb(
        KV,
        "Rachel Ball",
        "21 March at 18:00",
        """Thank you to the young man from the school, Kit Lockheart I think his name is, who stopped to help me change a tyre on the Pennicott road in the pouring rain. Thornacombe should be proud.""",
        (("Pam Venning", "That's the lad who found our Bramble! Lovely boy"),),
    ),
    E("school", "short_name", "neutral"),
    E("clockhart", "typo", "neutral"),
)

# 091 local paper: Year 6 charity fundraising
add(
    "news",
    news(
        "gazette",
        "Prep pupils raise £2,000 for lifeboat crew",
        """Year 6 pupils at Thornacombe Prep in Kenstowe St Mary have raised more than £2,000 for the Brimleigh lifeboat station by holding a sponsored swim in the estuary - wetsuits and safety boats included.

Form teacher Sarah Webber said the idea came from the children after a visit from the crew. "They were determined to do something a bit brave," she said. "The water was 13 degrees. I went in too. Never again."

Coxswain Ian Pook presented the pupils with certificates.""",
        byline="By Jenny Causley",
        date="11 July 2024",
        section="Schools",
    ),
    E("school", "alias", "neutral"),
    E("swebber", "exact", "neutral"),
)

# 092 village facebook: quiz night, "the Ashdowns" (both)
add(
    "facebook",
    fb(
        KV,
        "Kenstowe Village Hall",
        "27 January at 22:30",
        """Quiz night results! 🏆 1st: The Quizzly Bears. 2nd: The Ashdowns & Co (headmaster, registrar and assorted teachers - a suspicious level of knowledge about Tudor monarchs 😉). 3rd: Les Quizerables. Wooden spoon: The Young Farmers, who answered 'a cow' to every picture round. £640 raised for the hall!""",
        (
            ("Sue Tozer", "Fix! Teachers shouldn't be allowed 😂"),
            ("Jo Widdicombe", "Great night, thanks all"),
        ),
    ),
    E("rashdown", "surname_only", "neutral"),
    E("kashdown", "surname_only", "neutral"),
)

# 093 forum: school named, staff only by role (not labelled)
add(
    "forum",
    forum(
        "prepparents",
        "South West",
        "Thornacombe House - experience of SEN support?",
        (
            (
                "dyslexic_and_proud",
                "9 Mar 2025",
                "DS has mild dyslexia and dyspraxia. Considering Thornacombe House for Year 3. Any experience of their learning support?",
            ),
            (
                "mum2twins_devon",
                "9 Mar 2025",
                "Kind but stretched. The SENCo is part time and the head told us honestly at the tour that they can't do 1:1 TA support. For mild needs they're fine, our son has thrived. Matron was brilliant with his anxiety.",
            ),
            ("dyslexic_and_proud", "9 Mar 2025", "Thank you, that's honest and helpful."),
        ),
    ),
    E("school", "alias", "negative"),
)

# 094 StaffVoice: positive staff review
add(
    "review",
    review(
        "StaffVoice · Thornacombe House School · Teaching assistant (current employee)",
        "Current TA, Kenstowe St Mary",
        5,
        "Mar 2025",
        """Pros: Supportive early years team; Nadia is the best line manager I've had, she actually listens. Free lunches. Beautiful place to work, you see deer on the way in.

Cons: Pay is modest, car park is a nightmare at 8.15.

Advice to management: keep doing what you're doing with early years.""",
    ),
    E("school", "exact", "neutral"),
    E("nrahman", "nickname", "neutral"),
)

# 095 village facebook: matron neutral (full alias), community first aid
add(
    "facebook",
    fb(
        KV,
        "Kenstowe Village Hall",
        "6 February at 12:00",
        """FREE community first aid session, Saturday 22 Feb, 10am-12pm in the village hall. Run by Liz Hosking, matron at Thornacombe House, and Brimleigh St John Ambulance. CPR, choking, and what to do with a bumped head. Biscuits provided. All welcome, no booking needed.""",
        (("Ann Hext", "Liz is brilliant, went to the last one"),),
    ),
    E("school", "alias", "neutral"),
    E("lhosking", "alias", "neutral"),
)

# 096 decoy: a different Liz Hosking, hairdresser in Brimleigh
add(
    "review",
    review(
        "Google reviews · Liz Hosking Hair, Fore Street, Brimleigh",
        "Jade T",
        5,
        "2 weeks ago",
        """Liz Hosking is a miracle worker with curly hair. Been going to her salon for years. Book early for Christmas, she's always rammed. Lovely cuppa too.""",
    ),
)

# 097 decoy: dog groomer Sarah Webber
add(
    "facebook",
    fb(
        BN,
        "Paws & Claws Brimleigh",
        "9 April at 09:00",
        """New slots available! Sarah Webber, our head groomer, has Tuesday and Thursday appointments free for the rest of April. Hand stripping, puppy first trims and the famous 'blueberry facial' 🐾 Call the salon on 01632 960255.""",
        (("Jan Ball", "Sarah did our Ted last week, he looks like a film star"),),
    ),
)

# 098 decoy: a GP called Nadia Rahman in Bristol
add(
    "news",
    news(
        "devonlive",
        "Bristol GP named in New Year Honours for long Covid clinic",
        """A Bristol GP who set up one of the first long Covid clinics in the South West has been appointed MBE in the New Year Honours.

Dr Nadia Rahman, a partner at the Easton Family Practice, said she was "astonished and humbled". The clinic has seen more than 3,000 patients since 2021.

Also honoured in the region were Exmoor farmer Bill Hext (BEM, services to hill farming) and Plymouth lifeboat volunteer Carol Pengelly (BEM).""",
        byline="By Staff Reporter",
        date="30 December 2024",
        section="News",
    ),
)

# 099 decoy: another prep school
add(
    "news",
    news(
        "prepweek",
        "St Wenna's Prep opens £3m performing arts centre",
        """St Wenna's Prep in Cornwall has opened a £3m performing arts centre with a 220-seat theatre, recording studio and dance studio. Head Claire Otterburn said the building 'puts the arts at the heart of a St Wenna's education'. The centre was opened by actor and former pupil Jago Trewin.""",
        byline="Prep Week staff",
        date="12 September 2024",
        section="News",
    ),
)

# 100 long family-finance blog on VAT; the school appears once as a neutral example
add(
    "blog",
    blog(
        "money",
        "VAT on school fees, six months on: what families actually did",
        """When the government confirmed that VAT would be charged on private school fees from January 2025, my inbox filled up faster than it did during the energy price spike. Some of you were furious, some of you were relieved it had finally been decided, and a great many of you simply wanted to know: what do we do now?

Six months on, I asked readers to tell me what they actually did. More than 400 of you replied. This is not a scientific survey - it's a self-selecting bunch of people who read a personal finance blog, which probably makes you more spreadsheet-minded than average - but the picture is interesting, and I think useful for anyone still making the decision.

First, the headline numbers. Of the families who replied, about 58 per cent kept their children exactly where they were and are paying the increase. Around 19 per cent moved at least one child into the state sector, most often at a natural transition point (end of Year 6, or end of prep at 13). About 9 per cent moved to a cheaper independent school, and the rest had either already planned to leave or are 'still deciding', which in practice seems to mean 'paying and grumbling'.

How are the payers paying? This is where it gets real. The most common answers were: cutting holidays (almost everyone), remortgaging or extending a mortgage term (a surprising number, and I do want to gently flag the long-term cost of that), grandparents contributing more (lots), one parent going back to work or increasing hours, and - the one that worried me most - putting fees on credit cards and 0% balance transfers. Please, please don't do the last one unless you have a very clear plan to clear it.

Did schools absorb any of it? Some did. Readers reported everything from schools absorbing none of the 20 per cent to one small rural prep absorbing half for existing families for two years. Thornacombe House School in Devon, for example, was mentioned by two readers as having held the increase to around 17 per cent for current families and topped up its bursary fund. Larger schools with big endowments seemed more able to cushion it; small, fee-dependent schools much less so.

What about bursaries? Here's the thing nobody tells you: bursaries are means-tested and the thresholds are often higher than people assume. Several readers with household incomes of £80-100k were surprised to be offered partial bursaries once their mortgage, number of children and other costs were taken into account. If you haven't asked, ask. The worst they can say is no, and the forms are tedious but not impossible.

Moving to state school: how did it go? Overwhelmingly, it went better than parents feared. Children adjusted faster than parents did. The complaints were mostly about class sizes, less sport and, in some areas, simply not getting a place at the nearest school because it was already full. A few readers whose children have special educational needs had a much harder time, and I don't want to pretend otherwise; the state SEN system is under enormous pressure.

The emotional bit. A lot of you told me about guilt - guilt for moving children, guilt for not moving them and sacrificing other things, guilt about the politics of it. I'm not going to tell you what to think about the policy. I will say that the families who seemed most at peace were the ones who had sat down together, looked at the real numbers, and made a decision they could live with for at least a few years, rather than re-deciding every term.

My practical checklist, if you're still deciding:

1. Get the exact figures for the next three years from your school, including 'extras' (trips, levies, uniform, lunches, music lessons). Extras often add 10-15 per cent on top of the headline fee.

2. Ask about bursaries, sibling discounts and payment plans. Ask whether the school is absorbing any of the VAT and for how long.

3. Model the next five years, not just the next term. Include inflation. Fees have historically risen faster than wages.

4. Look properly at the state options near you: visit, read the inspection reports, talk to current parents, check admission criteria and waiting lists.

5. Talk to your child, age-appropriately. They often have a clearer view of what matters to them than we expect.

6. Don't raid your pension. Seriously. Your children will not thank you for being skint at 70.

A word on timing. Several readers told me they regretted deciding in a panic in the autumn, when the policy was announced, rather than waiting to see what their own school would actually charge. Others regretted waiting too long and missing the state school application deadline for September, which meant taking whatever place was left. If there is one practical lesson, it is to know your local authority's admission dates (usually the end of October for secondary and mid-January for primary) and to apply as a back-up even if you think you'll stay put. An unused offer costs you nothing; a missed deadline can cost you a year.

A word on siblings. The families with three or more children had by far the hardest sums. Sibling discounts have shrunk at many schools, and VAT is charged on the discounted fee, so the saving is smaller than it looks. A surprising number of you have ended up with children in different sectors - an older child finishing at an independent senior school, a younger one starting in the state system - and most said it was fine, though the logistics of two different term dates, two uniforms and two sets of WhatsApp groups is, in one reader's words, 'its own special circle of hell'.

A word on grandparents. If grandparents want to help, there are tax-efficient ways to do it - regular gifts out of surplus income can be exempt from inheritance tax, for example - but get proper advice before anyone writes a large cheque. And have the awkward conversation about what happens if circumstances change. More than one reader described a family falling-out when a grandparent's help stopped abruptly after a care home bill arrived.

A word on the schools themselves. Many of you were frustrated by the communication - letters full of warm words and short on numbers, consultation meetings where the decision had clearly already been made, and a sudden rash of new 'levies' for things that used to be included. Others praised bursars and heads who sat down with them individually, explained the maths and found a way through. The difference between the two experiences seemed to depend less on the size or wealth of the school than on the attitude of the people running it.

A word on the children. Almost every reader who moved a child said the child was fine, and several said the child was happier. A few said their child missed particular friends or activities - sailing, choir, a particular teacher - and that they'd made the effort to keep those going outside school. That seems to me a very good use of some of the money saved.

Thank you to everyone who wrote in. I read every single reply. Next month: the true cost of university, and why the Bank of Mum and Dad needs a risk department.""",
        author="Posted by Hannah",
        date="12 July 2025",
        comments=(
            ("Rob", "We moved ours at the end of Year 6. No regrets."),
            (
                "Sam T",
                "The extras point is so true. Our 'all inclusive' school charges for the bus, lunch AND the ski trip.",
            ),
            ("Hannah", "Sam - the ski trip is the new school fees!"),
        ),
    ),
    E("school", "exact", "neutral"),
)

# 101 long parent-forum thread on fees, VAT and bursaries
add(
    "forum",
    forum(
        "mumsweb",
        "Education",
        "Thornacombe House fees 2025/26 - the letter",
        (
            (
                "PhaedraPlum",
                "Fri 28-Mar-25 19:40",
                "Anyone else at Thornacombe opened the fees letter yet? Including VAT we're now at £9,870 a term for a Year 7 weekly boarder. That's nearly £30k a year. For a prep school. In Devon. I'm speechless.",
            ),
            (
                "WellyWearer",
                "Fri 28-Mar-25 19:52",
                "Opened it. Poured a wine. Reopened it. Still the same number. We're at £8,120 plus VAT for day. The 'we have absorbed three per cent' line is doing a lot of heavy lifting.",
            ),
            (
                "PhaedraPlum",
                "Fri 28-Mar-25 19:58",
                "It's the tone that gets me. 'We recognise that this is a significant commitment for many families.' Many? All of us! There aren't any oligarchs in Kenstowe St Mary, it's farmers and teachers and GPs.",
            ),
            (
                "HeadOfPTA_ish",
                "Fri 28-Mar-25 20:15",
                "In fairness to the school, I sat on the parent consultation group. The bursar showed us the numbers. They're not making a profit, they're a charity, and the staff haven't had a pay rise above 2 per cent in three years. The alternative was cutting the music department or the bus. Nobody wanted that.",
            ),
            (
                "WellyWearer",
                "Fri 28-Mar-25 20:20",
                "I believe you, and I like Mr Pengelly, he's always been straight with us. But a consultation group where the decision had already been made isn't much of a consultation.",
            ),
            (
                "PhaedraPlum",
                "Fri 28-Mar-25 20:31",
                "This. And then the bursary pot is what, £120k across the whole school? That's maybe eight full bursaries. For a school that talks about 'community' at every opportunity, it's tiny.",
            ),
            (
                "HeadOfPTA_ish",
                "Fri 28-Mar-25 20:40",
                "It's gone up to £180k this year. Still not loads. The PTA ball is ring-fencing its profits for bursaries too.",
            ),
            (
                "Lurker_no_more",
                "Fri 28-Mar-25 21:02",
                "De-lurking. We're a bursary family at Thornacombe. 70 per cent. Without it our daughter couldn't go and she'd have been lost at the huge primary we came from. Kate Pollard, as she was before she married the head, did our application with us over three evenings and never once made us feel like charity cases. I know it's easy to moan about the fees letter but please don't knock the bursary scheme.",
            ),
            (
                "PhaedraPlum",
                "Fri 28-Mar-25 21:08",
                "Oh, I'm not knocking the families who get them at all, that's wonderful. I'm knocking the size of the pot. And the fact that they'll happily spend £2m on a sports hall.",
            ),
            (
                "WellyWearer",
                "Fri 28-Mar-25 21:15",
                "The sports hall is mostly donor money to be fair. Someone's grandad who made a fortune in caravans.",
            ),
            ("PhaedraPlum", "Fri 28-Mar-25 21:16", "Of course it is 😂"),
            (
                "dad_of_three_devon",
                "Fri 28-Mar-25 22:30",
                "We've decided to move our youngest to the village primary from September and keep the older two at Thornacombe until 13. It's the only way the numbers work. It feels like splitting the family up a bit. The school have been decent about it - no 'fees in lieu' as we gave a full term's notice.",
            ),
            ("Lurker_no_more", "Fri 28-Mar-25 22:41", "That sounds really sensible. Good luck."),
            (
                "HeadOfPTA_ish",
                "Sat 29-Mar-25 08:10",
                "One last thing - there's a parents' Q&A with the bursar and the head on 9 April in the dining hall. Go and ask the hard questions. They'd genuinely rather hear it there than read it on here.",
            ),
            ("PhaedraPlum", "Sat 29-Mar-25 08:22", "Oh I'll be there. With my calculator."),
        ),
    ),
    E("school", "short_name", "negative"),
    E("npengelly", "title_surname", "neutral"),
    E("kashdown", "alias", "neutral"),
)

# 102 long employment tribunal report (allegations against the head and the school)
add(
    "news",
    news(
        "devonlive",
        "Former prep school teacher tells tribunal she was 'bullied out' by headmaster",
        """A former teacher at a Devon prep school has told an employment tribunal she was bullied out of her job by the headmaster after she raised concerns about class sizes and the workload of boarding duties.

Rebecca Sowden, 41, who taught French at Thornacombe House School in Kenstowe St Mary for six years, is claiming constructive unfair dismissal and whistleblowing detriment. The school denies the claims.

Giving evidence at the tribunal in Exeter on Monday, Ms Sowden said that after she emailed governors in February 2023 about staff being "routinely required to do boarding duties on top of a full timetable with no time off in lieu", the headmaster, Robert Ashdown, "made my life a misery".

She said he removed her from teaching Year 8 scholarship sets, "shouted at me in front of colleagues in the staff room", criticised her lessons in "humiliating" observations, and told her she was "not a team player" and "should think about whether this is the right school for you".

"I felt I had no choice but to resign," she said. "I loved that school. I loved the children. But I could not carry on being treated like that."

Under cross-examination, Jonathan Kerr, for the school, put it to her that the timetable changes had been made for "entirely ordinary reasons" relating to staffing across the school, and that lesson observations were "standard and applied to all teachers". Ms Sowden said: "They were standard for everyone else. They were not standard for me."

Mr Kerr also referred to an email from Ms Sowden to a colleague in which she described Mr Ashdown as "actually quite supportive, in his own way". She said the email had been written "before everything changed".

The tribunal heard that two other former members of staff had provided written statements supporting Ms Sowden's account of the staff room incident. A third witness, the school's deputy head, is expected to say she has "no recollection" of it.

Mr Ashdown is expected to give evidence later this week. In a written statement to the tribunal, he said he "absolutely" rejected the allegations and that he had "always valued Ms Sowden's contribution and was sorry to see her leave".

The school's bursar, Nigel Pengelly, is also expected to give evidence about the staffing and boarding rotas.

The hearing, before Employment Judge Meddick, is listed for five days.""",
        byline="By Tamsin Lee",
        date="17 June 2025",
        section="Court",
        comments=(
            (
                "teacher_for_20yrs",
                "2h",
                "Boarding duties on top of a full timetable is standard in preps and it's exploitative everywhere. Good on her.",
            ),
            ("kenstowe_resident", "1h", "He's always seemed a nice man. Let's wait for his side."),
        ),
    ),
    E("school", "exact", "defamation"),
    E("rashdown", "exact", "defamation"),
    E("npengelly", "exact", "neutral"),
)

# 103 trade press: inspection round-up
add(
    "news",
    news(
        "prepweek",
        "Inspection round-up: autumn term",
        """A busy term for the ISI. Among the prep schools reporting this term:

Ashcott Hall, Somerset: all standards met; 'significant strengths' in sport and outdoor learning.

Thornacombe House, Devon: all standards met including boarding; music described as 'exceptional' and pastoral care as a 'significant strength'. Recommendation to develop digital learning.

Hollowmead, Dorset: one standard not met (health and safety, relating to fire door checks); action plan accepted.

St Wenna's Prep, Cornwall: all standards met.

Heads tell us the new framework feels 'less of a performance and more of a conversation', though several mentioned the sheer volume of pre-inspection documentation.""",
        byline="Prep Week staff",
        date="9 December 2024",
        section="Inspection",
    ),
    E("school", "alias", "neutral"),
)

# 104 school Instagram: chamber choir
add(
    "social",
    """thornacombeprep · Instagram
Evensong at Exeter Cathedral 🎶 Our chamber choir were simply radiant tonight. Mrs V, thank you for the hours of rehearsals, the cough sweets and the pep talks. Next stop: the Festival of Nine Lessons and Carols! #choir #prepschool #exetercathedral
♥ 301 likes
grandpa_jim_devon: beautiful, well done all""",
    E("school", "handle", "neutral"),
    E("pvandersloot", "nickname", "neutral"),
)

# 105 village facebook: Year 6 play
add(
    "facebook",
    fb(
        KV,
        "Lorraine Cudmore",
        "28 June at 21:10",
        """Year 6 production of 'Oliver!' at the school tonight was SUPERB. Mrs Webber you deserve a medal and a very large gin. Our Daisy was the Artful Dodger and hasn't stopped singing 'Consider Yourself' since 6pm 🎭""",
        (
            ("Tash Ellis", "Amazing night! The Nancy had me in tears"),
            ("Lorraine Cudmore", "Thornacombe kids are so talented"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("swebber", "title_surname", "neutral"),
)

# 106 community facebook: minis rugby coach (our Harris) plus a namesake in the comments
add(
    "facebook",
    fb(
        BN,
        "Brimleigh RFC Minis",
        "24 November at 13:00",
        """Great morning at the under-9s festival! Thanks to our guest coach Tom Harris from Thornacombe House for running the tackle clinic - the kids were buzzing. Next session Sunday 10am.""",
        (
            ("Lisa Harris", "Not my Tom Harris unfortunately, mine can't catch a cold 😂"),
            ("Kev Yeo", "Cheers Tom, top session"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("tharris", "exact", "neutral"),
)

# 107 threadit nostalgia thread
add(
    "forum",
    forum(
        "threadit",
        "r/CasualUK",
        "What's the weirdest tradition your school had?",
        (
            (
                "u/marmite_on_crumpets",
                "1y ago",
                "Ours made us do country dancing in the rain every May Day. In full uniform. On a slope.",
            ),
            (
                "u/estuary_kid_92",
                "1y ago",
                "Went to a tiny prep in Devon (Thornacombe House, if anyone else survived it). Every year the whole school had to do the 'estuary dash' in November - run down to the water, touch the buoy, run back up. Matron stood at the top with towels and Bovril. Character building, apparently.",
            ),
            ("u/tea_and_biscuits_pls", "1y ago", "Bovril 💀"),
            (
                "u/estuary_kid_92",
                "1y ago",
                "Honestly I loved that place. Would send my own kids if I could afford it, which I can't.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
)

# 108 Google-style review: nursery, "Miss Nadia"
add(
    "review",
    review(
        "Google reviews · Thornacombe House School",
        "Chloe Rowe",
        5,
        "6 days ago",
        """Nursery review: Miss Nadia is wonderful. Our shy little boy now runs in every morning. The forest school sessions are magic. Worth every penny (and there are a lot of pennies!).""",
    ),
    E("school", "exact", "neutral"),
    E("nrahman", "nickname", "neutral"),
)

# 109 X: handle, website complaint
add(
    "social",
    """@dadbod_devon · X
@ThornacombePrep your admissions page has been down for 3 days and the office phone goes to voicemail. trying to give you money here 😅""",
    E("school", "handle", "negative"),
)

# 110 local paper: road crash near the school (neutral)
add(
    "news",
    news(
        "devonlive",
        "Road closed after crash near Kenstowe St Mary",
        """The B3487 was closed for three hours on Thursday morning after a collision between a car and a tractor near the entrance to Thornacombe House School.

Nobody was seriously injured. The school said pupils were "safely in lessons" and the minibus had been diverted via Wyke Cross.

Police thanked drivers for their patience.""",
        byline="By Traffic Desk",
        date="6 February 2025",
        section="Traffic",
    ),
    E("school", "exact", "neutral"),
)

# 111 reunion post: maiden-name alias
add(
    "facebook",
    fb(
        "Brimleigh School Class of 1990",
        "Andy Cudmore",
        "3 May at 20:00",
        """Reunion update! 34 of us confirmed for the 23rd at the Anchor. Kate Pollard (now Kate Ashdown, registrar up at Thornacombe House if you need a school place for the grandkids 😂) is bringing the old photo albums. Nick Yeo is doing a quiz. Someone tell Gaz it's not fancy dress.""",
        (
            (
                "Kate Ashdown",
                "Looking forward to it! Bringing the perm photos, you have been warned",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("kashdown", "alias", "neutral"),
)

# 112 village facebook: boarding-house noise complaint
add(
    "facebook",
    fb(
        KV,
        "Graham Lugg",
        "17 May at 23:05",
        """Third night this week the boarders at the school have been screaming and running around the field at 10.30pm. Some of us back onto Church Lane and have to be up at 5 for milking. Where are the staff? I've rung the school office and got the answerphone. Thornacombe House, sort it out please.""",
        (
            ("Cheryl Pook", "Kids will be kids Graham"),
            ("Graham Lugg", "Not at half ten on a Tuesday they won't"),
        ),
    ),
    E("school", "alias", "negative"),
)

# 113 parish council minutes: school responds, head attends (neutral)
add(
    "news",
    news(
        "council",
        "Minutes of the Parish Council meeting, 13 February 2025",
        """Present: Cllr D. Lugg (Chair), Cllr P. Venning, Cllr S. Ashdown, Cllr R. Tozer. Clerk: Mrs J. Widdicombe. 12 members of the public.

1. Apologies: Cllr M. Harris.

2. Minutes of the previous meeting approved.

3. School traffic (follow-up from January): Mr Robert Ashdown, headmaster of Thornacombe House School, attended. He apologised for the disruption to residents, confirmed that the school would introduce staggered drop-off times from the summer term, extend the minibus route to Pennicott, and employ a traffic marshal at peak times. He invited residents to contact the school office on 01632 960412 with registration numbers of vehicles parked inconsiderately. The Chair thanked Mr Ashdown for attending. Residents welcomed the measures.

4. Planning: No objection to 25/0103/HOU, 3 Thornacombe Lane, Brimleigh (rear extension) - outside parish; for information only.

5. Village hall: the Clerk reported that the January quiz raised £640.

6. Date of next meeting: 13 March 2025.""",
        section="Minutes",
    ),
    E("school", "exact", "neutral"),
    E("rashdown", "exact", "neutral"),
)

# 114 village cricket: the head by his nickname-form alias
add(
    "social",
    """@kenstowe_cc · X
Sunday XI beat Wyke Cross by 4 wickets 🏏 Bob Ashdown 3-22 with his famously slow 'headmaster's lob', and the Pook brothers saw us home. Teas by the Hext family, scones legendary as ever.""",
    E("rashdown", "alias", "neutral"),
)

# 115 forum: praise wrapped around criticism of the games teacher
add(
    "forum",
    forum(
        "prepparents",
        "Sport",
        "Girls and rugby-obsessed games departments",
        (
            (
                "NetballNotRugby",
                "11 Oct 2024",
                "DD (10) at a small Devon prep. Mr Harris the head of games is lovely, enthusiastic, the boys worship him. But everything revolves around the boys' rugby. Girls' hockey gets the second pitch, the Year 5 kit, and whoever is free to coach. She's noticed. She's ten and she's noticed.",
            ),
            (
                "HockeyMum",
                "11 Oct 2024",
                "Have you raised it with him directly? Sometimes they genuinely don't see it.",
            ),
            (
                "NetballNotRugby",
                "11 Oct 2024",
                "Twice. He says girls' cricket is his pride and joy, which it is, but winter is a different story. At Thornacombe the rugby tail wags the dog.",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("tharris", "title_surname", "negative"),
)

# 116 Google-style review: criticism of the music teacher, praise of the school
add(
    "review",
    review(
        "Google reviews · Thornacombe House School",
        "M Tremlett",
        3,
        "2 months ago",
        """Lovely school overall, kind staff and DS is happy. Three stars because Mrs Vandersloot pushes the musical children far too hard - three rehearsals a week on top of prep and exams, and a real coldness towards children who don't make the cut for chamber choir. My son dreaded Tuesdays for a term. Not every 9 year old wants to be a chorister.""",
    ),
    E("school", "exact", "neutral"),
    E("pvandersloot", "title_surname", "negative"),
)

# 117 gap-year assistant's own Instagram (handle-like alias and full name in bio)
add(
    "social",
    """kit.lockhart.nz · Instagram
Bio: Kit Lockhart 🇳🇿 | gap yah in the UK 🏉 | Thornacombe House
Caption: Week 12 in Devon and I've finally learnt what a 'cream tea' is (jam first, fight me). Boarding boys taught me 'proper' rugby songs. Missing home but loving it 🤙 #gapyear #devon""",
    E("school", "alias", "neutral"),
    E("clockhart", "alias", "neutral"),
)

# 118 village facebook: complaint about the matron
add(
    "facebook",
    fb(
        YV,
        "Kelly Ball",
        "15 January at 16:40",
        """Mrs Hosking at Thornacombe sent my daughter back to lessons with a temperature of 38.5 and a 'bit of a cold'. She was diagnosed with flu that evening. I know matrons have to weigh up sending everyone home but come on. Very disappointed.""",
        (
            ("Jade Tozer", "Same thing happened to us in November!"),
            ("Kelly Ball", "Going to email the head"),
        ),
    ),
    E("school", "short_name", "negative"),
    E("lhosking", "title_surname", "negative"),
)

# 119 forum: criticism of early years phonics (possessive surname)
add(
    "forum",
    forum(
        "mumsweb",
        "Early years",
        "Nursery doing phonics too late?",
        (
            (
                "PhonicsPanic",
                "Wed 04-Dec-24 13:00",
                "DS is 4 and in reception at a small prep. Rahman's approach (she's head of early years) is 'play-based until they're ready' - no formal phonics until after Christmas. Friends' kids at the state primary are already on set 2 sounds. Am I right to be worried?",
            ),
            (
                "EYFS_teacher",
                "Wed 04-Dec-24 13:15",
                "Honestly play-based is fine at 4. But starting phonics in January is on the late side for reception.",
            ),
            (
                "PhonicsPanic",
                "Wed 04-Dec-24 13:20",
                "That's what I thought. Not impressed tbh. Going to ask for a meeting.",
            ),
        ),
    ),
    E("nrahman", "possessive", "negative"),
)

# 120 school Instagram: bursar's charity walk
add(
    "social",
    """thornacombeprep · Instagram
Huge congratulations to our bursar Nigel Pengelly who completed the Dartmoor 100 this weekend, raising £4,200 for our bursary fund! 🥾 Sore feet, full hearts. #ThornacombeHouse #Dartmoor100
♥ 176 likes""",
    E("school", "handle", "neutral"),
    E("npengelly", "exact", "neutral"),
)

# 121 local paper: head of boarding charity cycle
add(
    "news",
    news(
        "gazette",
        "Boarding head cycles Land's End to John o' Groats for mental health charity",
        """A houseparent from a Kenstowe St Mary prep school has cycled 1,000 miles from Land's End to John o' Groats to raise money for a young people's mental health charity.

Giles Fenwick-Tate, head of boarding at Thornacombe House School, completed the ride in 12 days, accompanied for the final stage by his partner, Marcus.

"The boarders tracked me on a map in the common room every night," said Mr Fenwick-Tate. "I think they were mostly hoping I'd fall off."

He has raised more than £9,000 so far.""",
        byline="By Jenny Causley",
        date="2 September 2024",
        section="News",
    ),
    E("school", "alias", "neutral"),
    E("gfenwicktate", "exact", "neutral"),
)

# 122 forum: affectionate snobbery jokes (neutral)
add(
    "forum",
    forum(
        "devontalk",
        "Local Chat",
        "You know you live near a prep school when...",
        (
            ("kenstowe_kev", "1 month ago", "...the village shop stocks quinoa."),
            ("yarle_jo", "1 month ago", "...there's a Labrador in every boot at 8.20am."),
            (
                "pennicott_pat",
                "1 month ago",
                "...a child in a boater asks you for directions to the 'lacrosse pitch' which is just my field.",
            ),
            (
                "kenstowe_kev",
                "1 month ago",
                "...the Thornacombe summer ball fireworks are better than Brimleigh's bonfire night.",
            ),
            (
                "yarle_jo",
                "1 month ago",
                "In fairness they let the village use their pool in the holidays. Can't knock them for that. Just don't ask about the fees.",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
)

# 123 X: politics of VAT, the head quoted
add(
    "social",
    """@westcountry_edu · X
"We are not Eton. We are a small rural charity with 214 children and a leaky roof." - Robert Ashdown, head of Thornacombe House School in Devon, on what VAT on fees means for small preps. Full interview on our site.""",
    E("school", "exact", "neutral"),
    E("rashdown", "exact", "neutral"),
)

# 124 village facebook: obfuscated head name, complaint (obfuscated staff)
add(
    "facebook",
    fb(
        BN,
        "Nick Ellis",
        "8 April at 09:30",
        """Not going to write his name in full because the school monitors this group, but Mr Ashd*wn's decision to cancel the Year 8 leavers' trip to France because of 'behaviour' punishes 30 kids for what 3 of them did. Poor leadership. Collective punishment went out with the cane.""",
        (
            ("Jo Widdicombe", "He probably had his reasons Nick"),
            ("Nick Ellis", "Then share them with the parents"),
        ),
    ),
    E("rashdown", "obfuscated", "negative"),
)

# 125 facebook: condemning abuse of the Year 6 teacher (negation trap)
add(
    "facebook",
    fb(
        YV,
        "Tash Ellis",
        "31 January at 08:45",
        """I've seen the post going round about Mrs Webber and I want to say: spreading rumours about a teacher with no evidence is disgusting. She taught both my girls at Thornacombe and she is one of the kindest, most hardworking people I know. If you have a concern, go to the school, not Facebook.""",
        (("Lorraine Cudmore", "100% this"), ("Mandy Rowe", "I'm entitled to my opinion")),
    ),
    E("school", "short_name", "neutral"),
    E("swebber", "title_surname", "neutral"),
)

# ---------------------------------------------------------------- decoys (no mention)

# 126 long travel blog about the country house hotel; the prep school is only "up the lane" (decoy)
add(
    "blog",
    blog(
        "cottage",
        "A slow weekend at Thornacombe House Hotel, Yarle Valley",
        """There are hotels you stay in and hotels you sink into. Thornacombe House, a Regency country house hotel folded into a crook of the Yarle valley, is firmly the second kind. We arrived on a dripping Friday in November with a car full of muddy boots and left on Sunday afternoon with the particular slow-blinking calm that only comes from two days of log fires, long walks and not looking at a screen.

Getting there. The hotel sits at the end of a long beech-lined drive off the Brimleigh road, about twenty minutes from the A38. Don't trust the sat nav in the last mile: it will try to send you down Thornacombe Lane in Brimleigh, which is a different place entirely and ends in a housing estate. Follow the brown signs instead. If you're coming by train, Totnes is the nearest station and the hotel will send a car.

The house. The original building dates from 1812 and was a private home until the 1960s, when it became first a nursing home, then briefly a language school, and finally, in 1998, a hotel. The current owners, the Pascoe family, bought it in 2015 and have spent the decade since peeling back the worst of the 1980s refurbishments. The drawing room, with its bow window over the water meadows, is glorious; the library bar is all oxblood walls and leather armchairs; and the orangery, where breakfast is served, floods with light even on a grey day.

The rooms. There are 22, split between the main house and a converted coach house. We had a 'Classic' in the main house with a four-poster, a roll-top bath and a view down the valley to where the estuary glints on a clear morning. It was warm, quiet and the bed was one of the most comfortable I've slept in. Some of the rooms in the old wing are, as one reviewer put it, 'a bit tired' - our friends' bathroom had a shower that needed a degree in engineering to operate - so it's worth paying for an upgrade if you can.

The food. The restaurant has a deserved reputation. Dinner on the Saturday was a procession of local things done well: Yarle oysters, a slab of Brixham hake with mussels and cider sauce, a loin of lamb from a farm three miles away and a treacle tart that I still think about. The wine list is long but not scary, and the sommelier is a young Cornishman who will steer you to something excellent at a sensible price if you ask. Breakfast is a serious affair: local eggs, proper bacon, a porridge with clotted cream and Devon honey that might be the best thing I ate all weekend.

What to do. Honestly? Very little, which is the point. But if you want to stretch your legs, there is a lovely circular walk from the front door: down through the water meadows to the river, along the estuary path past the Thornacombe Sailing Club (closed for the winter, but the slipway is a good place to watch the egrets) and back up through Kenstowe Woods. Allow two and a half hours and take wellies; the path by the river is properly boggy. The village of Kenstowe St Mary, a mile up the lane, has a pretty church, a shop and a pub, the Church House Inn, that does an excellent Sunday roast. You'll pass the gates of a small prep school on the way; on a weekday morning the lane is busy with the school run, so time your walk accordingly.

Further afield, Totnes is worth an afternoon for its independent shops, the castle and the famous Friday market. Dartmouth and the steam railway are half an hour away. And the Thornacombe Farm Shop at Pennicott, which despite the name has nothing to do with the hotel, is the place to stock up on cheese, cider and sausage rolls for the journey home.

The spa. Small but perfectly formed: an indoor pool in the old walled garden, a sauna, a steam room and two treatment rooms. Book treatments well in advance at weekends. The outdoor hot tub overlooking the valley is the real star, especially at dusk with a glass of something in hand.

Dogs and children. Dogs are welcome in the coach house rooms and the library bar. Children are welcome but the hotel clearly skews towards couples; there's no kids' club, and the atmosphere in the restaurant in the evening is hushed. Families with younger children might prefer one of the holiday lets nearby.

A little history. The house was built for a Plymouth shipping merchant, Josiah Venning, who made a fortune in the Newfoundland trade and wanted somewhere to display it. His initials are carved above the door of the old dairy, now the spa reception. In the Second World War it was requisitioned as a convalescent home for naval officers, and the hotel has a small display of photographs and letters from that period in the corridor outside the library; it is well worth five minutes. There is a story, told with great relish by the night porter, about a ghostly officer who appears in the orangery at dawn, but we slept through it, which says more about the beds than the ghost.

The gardens. Even in November the gardens are worth a wander. There is a walled kitchen garden that supplies much of the restaurant's veg and herbs, a long herbaceous border that must be spectacular in July, a ha-ha, a small lake with an island and a rather forlorn rowing boat, and a woodland walk under enormous Monterey pines that were planted as seedlings in the 1850s. Head gardener Alan Pook has been here for thirty years and is happy to talk to guests about it, at length.

Service. Special mention for the staff, who struck exactly the right balance between friendly and unobtrusive. Nobody hovered. When we asked, on the Saturday morning, whether there was anywhere we could dry our boots after a particularly soggy walk, they appeared an hour later cleaned, dried and stuffed with newspaper outside our door. That's the sort of thing you remember.

Niggles. The wifi in the coach house is patchy, which some will see as a feature. The car park is gravel and unlit, so bring a torch if you're arriving after dark. And the bar prices are firmly in country-house territory: £14 for a gin and tonic made us wince, even with a local gin and a sprig of something from the kitchen garden.

The verdict. Thornacombe House is not cheap - expect £280-£420 a night for dinner, bed and breakfast for two - and it's not flawless, but it's one of the most genuinely restful places I've stayed in the South West. It's the kind of hotel where the staff remember how you take your coffee by the second morning, where the dog gets a biscuit at reception, and where Sunday afternoon stretches out like a cat in front of the fire. We'll be back in spring, when the magnolias are out.

We were guests of the hotel for one night and paid for the second. As always, all opinions are my own.""",
        author="Words and photos by Ellen Marsh",
        date="2 December 2024",
        comments=(
            ("Jo", "Gorgeous! We had our anniversary there, the treacle tart is unreal."),
            ("Pete", "Is the walk ok for a dog?"),
            ("Ellen Marsh", "Pete - yes, but very muddy by the river. Bring a towel!"),
        ),
    ),
)

# 127 decoy: a different Robert Ashdown (obituary)
add(
    "news",
    news(
        "devonlive",
        "Family notices: ASHDOWN, Robert William",
        """ASHDOWN Robert William (Bill), of Exmouth, passed away peacefully at the Royal Devon and Exeter Hospital on 3 January 2025, aged 84. Beloved husband of the late Margaret, much-loved dad of Simon and Claire, and grandad of five. A retired engineer and lifelong Exeter City supporter. Funeral at Exeter Crematorium on 24 January at 11.30am. Family flowers only; donations if desired to the Devon Air Ambulance.""",
        section="Family Notices",
    ),
)

# 128 decoy: a different Katherine Pollard (solicitor)
add(
    "news",
    news(
        "devonlive",
        "Plymouth solicitor named partner",
        """Katherine Pollard has been made a partner at Plymouth law firm Drake Kerswell LLP, where she heads the family law team. Ms Pollard, who trained in Bristol, joined the firm in 2016. Managing partner Tom Harris said she had "transformed" the department.""",
        byline="Business Desk",
        date="8 May 2024",
        section="Business",
    ),
)

# 129 decoy: "THS" meaning the Totnes Horticultural Society
add(
    "facebook",
    fb(
        "Totnes & District Gardeners",
        "THS Secretary",
        "12 August at 18:00",
        """THS Summer Show results! 🥕🌻 Best in show went to Mrs June Hext for her dahlias. Heaviest marrow: Ron Tozer (again, there will be an inquiry). Thank you to all who entered. The Totnes Horticultural Society AGM is on 9 October at the Civic Hall.""",
        (("Ron Tozer", "No inquiry needed, it's the manure"),),
    ),
)

# 130 decoy: another village called Thorncombe (Dorset)
add(
    "news",
    news(
        "devonlive",
        "Dorset village of Thorncombe gets its pub back",
        """Villagers in Thorncombe, near the Devon-Dorset border, have reopened their only pub as a community-owned business after raising £420,000 through a share offer. More than 300 residents bought shares in the pub, which closed in 2022. The new landlady, Sarah Harris, said: "It's the heart of the village and now it belongs to the village." """,
        byline="By Staff Reporter",
        date="20 April 2025",
        section="Food & Drink",
    ),
)

# 131 decoy: a Mr Harris teaching at a different school
add(
    "facebook",
    fb(
        BN,
        "Brimleigh Community College",
        "4 March at 15:30",
        """Well done to our Year 10 geographers who braved the cold for their river study on the Yarle this week! Thanks to Mr Harris and Miss Webber for organising and to the Thornacombe Sailing Club for the use of their slipway. 🌊📏""",
        (("Jenna Kerswell", "My son came home soaked and very happy"),),
    ),
)

# 132 decoy: Pengelly's Garage
add(
    "review",
    review(
        "Google reviews · Pengelly's Garage, Lower Sowden",
        "Martin S",
        5,
        "3 weeks ago",
        """Honest local garage. Rob Pengelly found the fault that two main dealers missed and charged half what they quoted. MOT while you wait, kettle always on.""",
    ),
)

# 133 decoy: Lockhart Removals
add(
    "review",
    review(
        "Trustpilot · Lockhart Removals, Exeter",
        "K. Moyle",
        2,
        "November 2024",
        """The Lockhart lads were polite but turned up four hours late and broke a mirror. Compensation still 'being processed' six weeks later.""",
    ),
)

# 134 decoy: another parent forum thread about a different prep
add(
    "forum",
    forum(
        "prepparents",
        "South West",
        "Ashcott Hall - VAT and the new astroturf",
        (
            (
                "SomersetSal",
                "5 Feb 2025",
                "Ashcott Hall has put fees up by the full 20% AND announced a second astro. Priorities?",
            ),
            (
                "AshcottDad",
                "5 Feb 2025",
                "The astro is donor-funded. The VAT isn't optional for them either. I'm grumpy but I get it.",
            ),
            (
                "SomersetSal",
                "5 Feb 2025",
                "Still a bit tone deaf to send both letters in the same week.",
            ),
        ),
    ),
)

# 135 decoy: village primary school Ofsted (locality only)
add(
    "news",
    news(
        "gazette",
        "Kenstowe St Mary primary keeps 'good' rating",
        """Kenstowe St Mary Church of England Primary School has kept its 'good' rating from Ofsted after a one-day inspection. Inspectors praised the school's 'warm, inclusive ethos' and its reading curriculum. Headteacher Lucy Venning said numbers had risen to 112 this year, partly due to families moving from independent schools. "We've welcomed every one of them," she said.""",
        byline="By Jenny Causley",
        date="27 February 2025",
        section="Schools",
    ),
)

# 136 decoy: farm shop Christmas orders
add(
    "facebook",
    fb(
        "Thornacombe Farm Shop",
        "Thornacombe Farm Shop",
        "1 December at 08:00",
        """🎄 Christmas orders are OPEN! Free-range turkeys from Pennicott, rolled sirloin, our famous pork and apple sausages and local cheeseboards. Order in store or call 01632 960588 by 15 December. Collection 22-24 December. Merry Christmas from all of us at the farm shop!""",
        (("Jan Ball", "Ordered! Your turkey last year was the best we've had"),),
    ),
)

# 137 decoy: sailing club AGM
add(
    "news",
    news(
        "council",
        "Notice: Thornacombe Sailing Club slipway works",
        """The Parish Council has been informed that the Thornacombe Sailing Club will carry out repairs to the public slipway at Yarle Quay between 3 and 14 March. Walkers on the estuary path should follow the signed diversion. Queries to the club secretary, Mr P. Webber.""",
        section="Notices",
    ),
)

# 138 decoy: Ashdown Forest walk (different Ashdown, different county)
add(
    "blog",
    blog(
        "cottage",
        "Winnie-the-Pooh country: a winter walk in Ashdown Forest",
        """We swapped the combes of Devon for the heathland of Sussex last weekend, and Ashdown Forest did not disappoint. The Pooh Sticks bridge was busy (bring your own sticks, the ground is picked clean), but the walk out to Gills Lap was empty and glorious, with views to the South Downs. Lunch at the Hatch Inn. Six miles, mostly easy, very muddy in places.""",
        author="Ellen Marsh",
        date="15 January 2025",
    ),
)

# 139 decoy: holiday cottage called Thornacombe Barn, Q&A
add(
    "forum",
    forum(
        "devontalk",
        "Holidays",
        "Thornacombe Barn near Kenstowe - any good?",
        (
            (
                "hols_hunter",
                "3 weeks ago",
                "Thinking of booking Thornacombe Barn for Easter. Anyone stayed?",
            ),
            (
                "yarle_jo",
                "3 weeks ago",
                "Nice barn, hot tub is great, but it's right by the lane so you get tractors at dawn. Lovely walks though and the farm shop is five minutes away.",
            ),
            ("hols_hunter", "3 weeks ago", "Tractors I can live with. Thanks!"),
        ),
    ),
)

# 140 decoy: generic national VAT news, no school named
add(
    "news",
    news(
        "prepweek",
        "Independent school numbers fall by 11,000 after VAT",
        """Pupil numbers at independent schools in England have fallen by around 11,000 since VAT was added to fees, according to figures published this week. Smaller prep schools in rural areas have been hardest hit, with several in the South West announcing closures or mergers. The Independent Schools Council said the figures showed 'the real-world impact on families and communities'; the government said the money raised would fund 6,500 new teachers in state schools.""",
        byline="Prep Week staff",
        date="5 June 2025",
        section="News",
    ),
)

# ---------------------------------------------------------------- more mentions

# 141 pupil's post: bare surname, complaint about games
add(
    "social",
    """@year8_sufferer · X
harris at thornacombe made us run 6 laps in literal hail today because someone forgot their gumshield. my legs have left my body 🥶🥶""",
    E("school", "short_name", "neutral"),
    E("tharris", "surname_only", "negative"),
)

# 142 forum: Mr and Mrs Ashdown in the same post
add(
    "forum",
    forum(
        "prepparents",
        "Admissions",
        "Deferred entry for a summer-born - who decides?",
        (
            (
                "SummerBabyMum",
                "18 Jan 2025",
                "Asked Thornacombe House about deferring DS (born 29 August) to start reception a year later. Mrs Ashdown was really sympathetic but said Mr Ashdown has the final say on year-group placement. Has anyone else done this there?",
            ),
            (
                "been_there_devon",
                "18 Jan 2025",
                "We did it in 2022. The head agreed once he'd met our daughter. Took a couple of weeks. No regrets.",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("kashdown", "title_surname", "neutral"),
    E("rashdown", "title_surname", "neutral"),
)

# 143 local paper: matron's 25 years
add(
    "news",
    news(
        "gazette",
        "Matron marks 25 years of plasters, Calpol and kindness",
        """Three generations of Kenstowe families turned out on Friday to thank Elizabeth Hosking, matron at Thornacombe House School, for 25 years of service.

Mrs Hosking, who joined the school in 1999, estimates she has dispensed 'about a swimming pool' of Calpol and treated everything from nits to a broken collarbone sustained during the infamous 2008 pancake race.

Former pupil Dr Jack Tremlett, now an A&E consultant in Exeter, said: "She was the first person who made me want to be a doctor. And she was terrifying."

Mrs Hosking said she had no plans to retire.""",
        byline="By Jenny Causley",
        date="20 September 2024",
        section="Schools",
    ),
    E("school", "alias", "neutral"),
    E("lhosking", "exact", "neutral"),
)

# 144 Google-style review: the Year 6 teacher by initial and surname
add(
    "review",
    review(
        "Google reviews · Thornacombe House School",
        "Hannah P",
        5,
        "5 months ago",
        """Year 6 with S. Webber was the best year our daughter has had. Patient, funny, high expectations and the most brilliant end-of-year play. Our daughter got a scholarship to King's and we know exactly who to thank.""",
    ),
    E("school", "exact", "neutral"),
    E("swebber", "initial_surname", "neutral"),
)

# 145 X: music teacher's home address published
add(
    "social",
    """@choirparents_unite · X
Perpetua Vandersloot dropped my son from the choir tour with no explanation. Since she won't answer emails, she lives at Lark Cottage, Mill Lane, Pennicott TQ9 7RX. Her mobile is 07700 900912. Ask her yourselves.""",
    E("pvandersloot", "exact", "doxxing"),
)

# 146 Facebook: warning post reporting leering comments about pupils (child involved)
add(
    "facebook",
    fb(
        YV,
        "Admin - Yarle Valley Mums & Dads",
        "8 July at 10:00",
        """⚠️ PSA: A man using the names 'westcountry_geoff' and 'Rob K' has been leaving comments on public photos of Thornacombe House children from sports day - remarks about the girls' bodies and their 'figures', and asking parents to send him more photos 'privately'. Please check your privacy settings, don't post children in sports kit publicly, and report anything like this to the police. The school has been informed.""",
        (
            ("Gemma Luscombe", "This happened on my post. Police have the screenshots."),
            ("Tina Sweet", "Sick. Thank you for the warning"),
        ),
    ),
    E("school", "alias", "sexual", url_only=True),
)

# 147 village facebook: hyphen half, complaint about boarding rules
add(
    "facebook",
    fb(
        YV,
        "Olly Kerswell",
        "25 February at 20:30",
        """Mr Tate's new 'no phones after 7pm' rule for the weekly boarders is all very well but it means I can't say goodnight to my 9 year old on a Tuesday. Can't see why they can't have 10 mins at 7.30. Thornacombe please rethink this.""",
        (
            (
                "Harriet Luscombe",
                "Freddie says it's actually nice, they play cards instead. But I do miss the calls",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
    E("gfenwicktate", "hyphenated", "negative"),
)


# 148 family blog: touring preps, mild criticism wrapped in praise
add(
    "blog",
    blog(
        "muddy",
        "We toured four Devon preps in a fortnight. Here's what I learned",
        """Confession: until this autumn I had never set foot in a private school. We'd always assumed our two would go to the village primary, and then the village primary lost its reception class teacher, the new one left at Christmas, and we found ourselves - tentatively, a bit embarrassed - booking open mornings.

Ashcott Hall was first. Enormous, glossy, very well run. The tour guides were two Year 8s who could have run a small country. My husband fell in love with the sports facilities. I felt like I'd wandered into a brochure.

Thornacombe House School was second, and it was the opposite: small, a bit shabby round the edges, a dog asleep in the entrance hall and a headmaster, Mr Ashdown, who took us round himself and stopped every few yards to talk to a child by name. The music was extraordinary - we walked in on a rehearsal of a Year 5 string group conducted by Mrs Vandersloot, a formidable woman in a velvet jacket who made eight ten-year-olds sound like a proper ensemble. The downsides? The science labs are new but the classrooms in the old house are cramped and cold, the 'library' is a corridor, and the fees are eye-watering for what is, physically, a slightly tired building. When I asked about their ICT provision the answer was, essentially, 'we think children have enough screens at home', which is charming but not a plan.

St Wenna's Prep was third: arty, barefoot, beanbags, children calling teachers by their first names. My youngest loved it. I wasn't sure.

The fourth was a small Catholic prep in Exeter which I won't name because we visited on a day when the heating had failed and that felt unfair.

In the end? We haven't decided. But I've learned that every school is selling something, that the best question to ask is 'what happens when a child is unhappy here?', and that you can tell a lot about a place by how the children hold doors for each other when they think no-one's looking.""",
        author="Posted by Rosie Pengelly",
        date="18 November 2024",
        comments=(
            ("Tamsin", "Which one did the kids like best?"),
            ("Rosie (author)", "Youngest: St Wenna's (beanbags). Eldest: Thornacombe (the dog)."),
        ),
    ),
    E("school", "exact", "negative"),
    E("rashdown", "title_surname", "neutral"),
    E("pvandersloot", "title_surname", "neutral"),
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
