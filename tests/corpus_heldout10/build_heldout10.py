# ruff: noqa: E501
"""Labelled corpus heldout10 for the repwatch matcher (Cragdale CE Primary, Yorkshire Dales).

Written WITHOUT reading the matcher, its tuning corpus or the other corpora: it measures how
the matcher generalises to writing it was never tuned on. Never tune on it — do not read its
errors and change the matcher to suit them, or the measurement is spent.

Every document's text sits next to its label below; running this script (re)writes
``docs/NNN-kind.html|txt`` and ``labels.jsonl`` beside it, deterministically. Evaluate with

    .venv/bin/python bench/eval_matcher.py --corpus tests/corpus_heldout10

Labels: one entry per subject per document, ``category`` the worst the whole document gives
that subject, ``variant`` the easiest form of the name present, ``url_only`` only for sexual
content where a child may be involved. Everything here is fictional: the school, its staff,
the dale, the villages, the sites, the phone numbers (Ofcom drama ranges) and the addresses.

Setting: Cragdale Church of England Primary School, a federation of two tiny Church of
England village primaries in the Yorkshire Dales (the Askby site and the Thwaitegill site,
seven miles apart up the dale) run as one school under one name, with one executive head
shared between the sites, mixed-age classes, a falling roll and a county consultation on
closing the Thwaitegill site. The market town is Raskelby (auction mart, the secondary
"Raskelby School"); the villages are Askby, Thwaitegill, Gunnersett, Birkside and
Mossthwaite. The short name "Cragdale" is also the dale itself, the agricultural show, the
Young Farmers' club, the creamery, a holiday-cottage firm, a football club, the fell runners,
and there is an unrelated "Cragdale Primary School" on Cragdale Road in Bradford. Staff share
surnames (Metcalfe, Harker, Alderson, Dinsdale, Thwaite, Raine) with the farmers, an
obituary, a fell runner and a town councillor. Voices: the Dales paper and council minutes,
trade press, a village Facebook group, parent forums, Google/TripNotes/cottage reviews,
X/Threads/Bluesky/TikTok/Instagram, the vicar's blog and a walker's blog, much of it in
Yorkshire dialect ("nowt", "owt", "t'school", "our lass").

Labelling conventions used here: ``short_name`` is "Cragdale" alone (any case) used for the
school ("up at Cragdale", "cragdale nativity"); the paper's own masthead "Cragdale & Raskelby
Herald" is not a mention, and the dale, show, club, creamery and Bradford school of that name
are never labelled. ``alias`` is a watchlist alias ("Cragdale CE Primary", "Cragdale
Primary", "Cragdale Federation", "CCEPS", "Askby School", "Thwaitegill school", and "Rebecca
Capstick" - the Class 1 teacher's maiden name); Google reviews of the school carry the alias in
their place header, so they are ``alias`` even when the body says only "Cragdale".
``nickname`` is a familiar first name, with or without the surname ("Maggie Metcalfe",
"Peggy", "Rich Harker", "Ted", "Sue Dinsdale", "Dot", "Mrs K-F", "Cath Kendal-Foster", "Rev
Otti", "Jen Thwaite", "Lizzie Raine"); a bare given name used for the person ("Ottoline",
the vicar's blog signature) is also ``nickname``. "Dick Harker" in this corpus is always the
71-year-old farmer at Low Scar (a stranger), not the teacher. When a page has both a
title+surname and a nickname form, ``title_surname`` is taken as the easier form.
``possessive`` is a name appearing only possessively without a title ("Harker's lot",
"Cragdale's nativity", "Kirkbride's puddings"), while "Mrs Metcalfe's" is ``title_surname``;
``hyphenated`` is half of the executive head's double-barrelled surname ("Mrs Foster", "Mrs
Kendal") or the surname with its hyphen dropped ("Kendal Foster"); ``first_initial`` is first
name plus surname initial ("Richard H.", "Florian A."); ``initial_surname`` is "M. Metcalfe"
/ "Mrs M. Metcalfe"; ``camelcase`` is a run-together name without # or @ ("CragdalePrimary",
"MrsKendalFoster"); ``homoglyph`` uses Cyrillic look-alike letters (written as \\u escapes
in this file). "The head", "sir", "Mr H", "the vicar", "t'school", "the school" or "our
little school" alone are never labelled as mentions. Reports in news of threats, hate or
court cases take the category of what is reported (threat / hate / defamation) for the
person concerned; the school is labelled by what the page says about the school itself, so
a post attacking a teacher leaves the school ``neutral`` unless it also criticises the
school. url_only marks sexual content where children are involved (leering comments on
pupils' photos, insinuations about staff and pupils); sexualised remarks about adult staff
are ``sexual`` without url_only.
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
    "school", "ckendalfoster", "mmetcalfe", "rharker", "sdinsdale", "ealderson", "jthwaite",
    "rsedgwick", "oscarisbrick", "fachterberg", "eraine", "dkirkbride",
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
    "herald": (
        "Cragdale & Raskelby Herald",
        "cragdaleherald.example",
        ["Home", "News", "Farming", "Sport", "Whats On", "Letters", "Family Notices"],
    ),
    "dalespost": (
        "Dales Post",
        "dalespost.example",
        ["Latest", "Your Dale", "Schools", "Court", "Farming", "Opinion", "Weather"],
    ),
    "parish": (
        "Askby with Thwaitegill Parish Council",
        "askbythwaitegill-pc.example",
        ["Home", "Councillors", "Meetings & Minutes", "Planning", "Grit Bins", "Contact the Clerk"],
    ),
    "county": (
        "Dales and Moors County Council",
        "dalesandmoors.example",
        ["Home", "Schools and learning", "Roads", "Bins", "Council and democracy", "Consultations"],
    ),
    "farmer": (
        "Northern Farmer",
        "northernfarmer.example",
        ["News", "Livestock", "Markets", "Machinery", "Rural Life", "Classifieds"],
    ),
    "bulletin": (
        "Schools Bulletin",
        "schoolsbulletin.example",
        ["News", "Leadership", "Funding", "Inspection", "Opinion", "Jobs"],
    ),
    "bradford": (
        "Bradford Evening Express",
        "bradfordexpress.example",
        ["News", "Education", "Sport", "Bradford City", "Whats On", "Jobs"],
    ),
}


def news(site: str, headline: str, body: str, *, byline: str = "", date: str = "",
         section: str = "News", comments: tuple[tuple[str, str, str], ...] = (),
         related: tuple[str, ...] = ()) -> str:  # fmt: skip
    name, domain, nav = NEWS_SITES[site]
    nav_html = " | ".join(
        f'<a href="https://{domain}/{n.lower().replace(" ", "-")}">{h(n)}</a>' for n in nav
    )
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(headline)} - {h(name)}</title></head><body>',
        f'<header><div class="logo">{h(name)}</div><nav>{nav_html}</nav>'
        '<div class="cookie">We use cookies to give you the best experience on our website. <button>Accept all</button> <button>Cookie settings</button></div></header>',
        f'<main><div class="breadcrumb">Home &gt; {h(section)}</div><article><h1>{h(headline)}</h1>',
    ]
    if byline or date:
        out.append(f'<div class="byline">{h(byline)} <time>{h(date)}</time></div>')
    out.append(_paras(body))
    out.append(
        '<div class="share">Share this story: Facebook | X | WhatsApp | Email</div></article>'
    )
    if comments:
        out.append(
            f'<section class="comments"><h2>Comments ({len(comments)})</h2><p class="rules">Comments are pre-moderated. Be kind, it is a small dale.</p>'
        )
        for user, when, text in comments:
            out.append(
                f'<div class="comment"><span class="user">{h(user)}</span> <span class="when">{h(when)}</span><p>{h(text)}</p><a href="#">Reply</a> <a href="#">Report</a></div>'
            )
        out.append("</section>")
    if related:
        out.append(
            '<aside class="related"><h3>More from the Dales</h3><ul>'
            + "".join(f'<li><a href="#">{h(r)}</a></li>' for r in related)
            + "</ul></aside>"
        )
    out.append(
        f'</main><footer><p>&copy; 2024 {h(name)}. All rights reserved.</p><a href="#">Privacy</a> | <a href="#">Terms</a> | <a href="#">Contact us</a> | <a href="#">Advertise</a></footer></body></html>'
    )
    return "\n".join(out)


FORUMS = {
    "chatter": ("Parent Chatter", "parentchatter.example", "Talk"),
    "threadit": ("threadit", "threadit.example", "r/"),
    "dalestalk": ("Dales Talk", "dalestalk.example", "Boards"),
    "farmtalk": ("FarmTalk UK", "farmtalk.example", "Forums"),
    "staffroom": ("The Staffroom", "staffroom.example", "Community"),
}


def forum(site: str, board: str, title: str, posts: tuple[tuple[str, str, str], ...]) -> str:
    name, domain, crumb = FORUMS[site]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="en-GB"><head><meta charset="utf-8"><title>{h(title)} | {h(name)}</title></head><body>',
        f'<header><a class="logo" href="https://{domain}/">{h(name)}</a> <nav><a href="#">Home</a> <a href="#">{h(crumb)}</a> <a href="#">Search</a> <a href="#">Log in</a> <a href="#">Register</a></nav></header>',
        f'<main><div class="breadcrumb">{h(crumb)} &gt; {h(board)}</div><h1>{h(title)}</h1>',
    ]
    for i, (user, meta, text) in enumerate(posts):
        cls = "op" if i == 0 else "reply"
        out.append(
            f'<div class="post {cls}"><div class="author">{h(user)}</div><div class="meta">{h(meta)}</div><div class="body">{_paras(text)}</div><div class="actions">Quote | Report | Share</div></div>'
        )
    out.append(
        f'<div class="pager">Page 1 of 1</div></main><footer>{h(name)} &middot; <a href="#">Community rules</a> &middot; <a href="#">Privacy</a> &middot; <a href="#">Contact</a></footer></body></html>'
    )
    return "\n".join(out)


REVIEW_SITES = {
    "google": "Google Maps",
    "tripnotes": "TripNotes",
    "cottage": "DalesStays holiday cottages",
    "trustscore": "Trustscore",
}


def review(site: str, place: str, stars: int, author: str, when: str, text: str,
           *, owner_reply: str = "", more: tuple[tuple[str, int, str, str], ...] = ()) -> str:  # fmt: skip
    out = [f"{REVIEW_SITES[site]} · Reviews", place, ""]
    for who, st, wh, tx in ((author, stars, when, text), *more):
        out += [who, f"{'★' * st}{'☆' * (5 - st)}  {wh}", tx.strip(), "Helpful · Share", ""]
    if owner_reply:
        out += [f"Response from the owner: {owner_reply.strip()}", ""]
    return "\n".join(out)


PLATFORMS = {
    "x": "X",
    "threads": "Threads",
    "bluesky": "Bluesky",
    "tiktok": "TikTok",
    "instagram": "Instagram",
}


def social(platform: str, who: str, when: str, text: str,
           replies: tuple[tuple[str, str], ...] = (), stats: str = "") -> str:  # fmt: skip
    out = [f"{PLATFORMS[platform]} · {who} · {when}", text.strip()]
    if stats:
        out.append(stats)
    if replies:
        out.append("")
        out.append("Comments" if platform in {"tiktok", "instagram"} else "Replies")
        out += [f"{u}: {t.strip()}" for u, t in replies]
    return "\n".join(out)


def facebook(group: str, who: str, when: str, text: str,
             comments: tuple[tuple[str, str], ...] = (), reactions: str = "") -> str:  # fmt: skip
    out = [group, "Public group · Facebook", "", f"{who} · {when}", text.strip(), ""]
    out.append(reactions or f"👍 {len(comments) * 3 + 2}   {len(comments)} comments")
    for u, t in comments:
        out.append(f"{u}  {t.strip()}")
    return "\n".join(out)


BLOGS = {
    "vicarage": (
        "Notes from the Vicarage",
        "raskelbyvicarage.example",
        "Thoughts from a Dales parish, one cup of tea at a time",
    ),
    "boots": (
        "Two Boots and a Flask",
        "twobootsflask.example",
        "Walking Britain one wet weekend at a time",
    ),
    "highgill": (
        "High Gill Diary",
        "highgilldiary.example",
        "Sheep, weather and the odd rant from a Dales hill farm",
    ),
    "smallschool": (
        "Small Schools, Big Hearts",
        "smallschoolsbighearts.example",
        "A blog about rural education",
    ),
    "dalesplate": ("Dales Plate", "dalesplate.example", "Eating our way round the Yorkshire Dales"),
    "mumblog": (
        "Muddy Wellies Mum",
        "muddywelliesmum.example",
        "Three kids, two dogs, one very old Land Rover",
    ),
}


def blog(site: str, title: str, author: str, date: str, body: str,
         comments: tuple[tuple[str, str], ...] = ()) -> str:  # fmt: skip
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
            f'<section class="comments"><h2>{len(comments)} thoughts on &ldquo;{h(title)}&rdquo;</h2>'
        )
        for u, t in comments:
            out.append(f'<div class="comment"><b>{h(u)}</b> says:<p>{h(t)}</p></div>')
        out.append("</section>")
    out.append(
        f"<aside><h3>Subscribe</h3><p>Get new posts by email.</p></aside></main><footer>&copy; {h(name)} &middot; Powered by a hamster on a wheel</footer></body></html>"
    )
    return "\n".join(out)


# ---------------------------------------------------------------- documents

# ---- news: the Herald, the Dales Post, councils, trade press

add(
    "news",
    news(
        "herald",
        "Snow shuts dale schools for third day as drifts block Thwaitegill bank",
        """Both sites of Cragdale Church of England Primary School stayed shut on Thursday for a third day running after overnight snow left drifts of up to six feet on the road above Thwaitegill and the gritter was turned back at Gunnersett.

Raskelby School, the secondary in the town, reopened at ten o'clock with a skeleton timetable, but buses from the top of the dale were cancelled.

Executive headteacher Catherine Kendal-Foster said the decision had not been taken lightly. "Half of our families are on farms and half of our staff live the wrong side of the tops. We would rather lose a day of learning than have a minibus in a ditch," she said. "Work has gone out on the learning platform and, frankly, I know a lot of our older children are out helping with feeding anyway."

Site manager and minibus driver Ted Alderson, who has driven the dale run for fourteen years, was out with a shovel at the Askby site before seven clearing the yard so it could open as soon as the road allowed.

The Met Office has a yellow warning in place until Saturday. Dales and Moors County Council said its 14 gritters had covered more than 900 miles since Monday and asked residents not to use grit bins for private drives.

Farmers at the top of the dale have been digging out sheep since Tuesday. Jack Metcalfe of High Gill said he had lost "a handful" of ewes in a drift behind the wall. "It's nowt like '47 or '63, my dad would tell you, but it's bad enough with lambing four weeks off," he said.""",
        byline="By Hannah Sowerby, Dales reporter",
        date="8 February 2024",
        section="News",
        comments=(
            (
                "fellside_frank",
                "2 days ago",
                "Ted Alderson is a legend. Got that minibus up Thwaitegill bank in 2018 when the council wagon wouldn't go near it.",
            ),
            (
                "Barbara R",
                "2 days ago",
                "Quite right to close. Nobody wants bairns stuck on the tops.",
            ),
            (
                "Knowsbetter",
                "1 day ago",
                "In my day we walked three mile in it. Snowflakes the lot of them.",
            ),
        ),
        related=(
            "Raskelby mart cancels Tuesday sale",
            "Mountain rescue called to stranded walkers on Birkside Fell",
            "Grit bin thefts: parish council appeal",
        ),
    ),
    E("school", "exact", "neutral"),
    E("ckendalfoster", "exact", "neutral"),
    E("ealderson", "nickname", "neutral"),
)

add(
    "news",
    news(
        "dalespost",
        "Dad given restraining order after threatening Dales head",
        """A father who told a primary school head he would "burn her house down with her in it" has been given a two-year restraining order by Raskelby magistrates.

Darren Pickersgill, 41, of Church Lane, Gunnersett, admitted sending threatening messages to Mrs Kendal-Foster, executive head of Cragdale CE Primary, after his son was excluded for a day in October.

The court heard Pickersgill left a voicemail on the school office phone saying he knew "which house in Askby is hers" and that she "wouldn't see Christmas". He later posted a similar message on a Facebook group before deleting it.

Prosecutor Amanda Laycock said the head teacher had been "genuinely frightened" and had stayed with relatives for a week. Mitigating, Gillian Fothergill said her client had been drinking and was "deeply ashamed".

Magistrates also fined him £400 and ordered him to pay £85 costs and a £160 victim surcharge. He must not contact Mrs Kendal-Foster or go within 100 metres of either school site.

A spokesperson for the school's governing body said: "Threatening any member of staff is completely unacceptable. We are grateful to the police for their support and our thoughts are with our head teacher," the statement added.""",
        byline="Court reporter",
        date="14 December 2023",
        section="Court",
        related=(
            "Raskelby man banned after quad bike chase",
            "Farmer fined over sheep welfare",
            "Shoplifter stole 14 jars of coffee from Co-op",
        ),
    ),
    E("school", "alias", "neutral"),
    E("ckendalfoster", "title_surname", "threat"),
)

add(
    "news",
    news(
        "dalespost",
        "School minibus driver cleared of drink-driving",
        """A school site manager accused of drink-driving a minibus full of children has been cleared after magistrates ruled the breath test was not properly carried out.

Edward Alderson, 58, who works for Cragdale CE Primary, had denied driving over the limit on the A6108 near Mossthwaite on 22 May, when he was returning 11 pupils from a swimming lesson in Raskelby.

Police had been called by a motorist who reported the minibus "weaving". Officers said Mr Alderson smelt of alcohol and a roadside test showed him slightly over the limit. But the court heard the evidential machine at Raskelby police station had not been calibrated within the required period.

Mr Alderson told the court he had drunk "half a shandy at dinner time on a Sunday" and used a mouthwash containing alcohol that morning. The chair of the bench said the prosecution had not proved its case.

Outside court Mr Alderson said he was "relieved" and wanted to get back to work. The school said he had been suspended on full pay while the case was heard and that it would now "follow its own procedures". The case has divided opinion in the dale.""",
        byline="Court reporter",
        date="3 October 2023",
        section="Court",
        comments=(
            (
                "Dalesman72",
                "5 hours ago",
                "Cleared on a technicality, not the same as innocent. Would you put your bairns on that bus?",
            ),
            (
                "Moira",
                "4 hours ago",
                "Ted's driven our kids for years and never so much as a scratch. Leave the man alone.",
            ),
            ("BirksideBob", "3 hours ago", "mouthwash lol"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("ealderson", "exact", "defamation"),
)

add(
    "news",
    news(
        "herald",
        "'Shut Thwaitegill and you shut the top of the dale': families fight plan to close 17-pupil school",
        """There are seventeen children on the roll at Thwaitegill. On the morning we visit, eleven of them are in the yard in waterproofs measuring the beck with a metre stick, two are inside with a cold, three are helping with lambing at home (with a note, the head of school is keen to point out), and one is sitting on the wall telling a visiting reporter that his tup is called Gary.

It is, by any measure, a very small school. And it is the smaller half of Cragdale Church of England Primary School, the federation formed in 2019 when the old Askby and Thwaitegill village schools were brought together under one governing body, one budget and one executive head. The two sites are seven miles apart by road, or about three over the fell if you are a sheep.

Last month Dales and Moors County Council opened a formal consultation on closing the Thwaitegill site in July 2025 and educating its children at Askby. The council's paper says the site costs £9,800 per pupil a year against a county average of £5,100, that the roll has fallen from 31 to 17 in six years, and that "the quality of education for children in very small mixed-age classes is difficult to sustain". The building needs a new roof, the septic tank is failing and the boiler is, in the words of one governor, "older than the vicar".

The consultation closes on 28 March. Feelings in the dale are running high.

'It's not just a school'

Margaret Metcalfe has taught at Thwaitegill for twenty-three years and has been head of school for the site since the federation was formed. She teaches Class 1, which this year runs from four-year-olds in their first term to seven-year-olds preparing for their Year 2 tests, in a single room with a wood-burner that nobody is now allowed to light.

"People in offices look at the numbers and see seventeen," she says. "I see seventeen children who know every single adult in this building by name, who walk each other home, who look after the little ones at dinner. We do a lot with very little. If you close this school the children will spend an hour and a quarter a day on a bus, the youngest of them four years old, on a road that shuts every winter."

She is careful, as a member of staff, not to say more. The federation's governing body has not yet taken a formal position, although the chair of governors, the Rev Ottoline Scarisbrick, vicar of Raskelby with Askby and Thwaitegill, has said publicly that she "cannot imagine the top of the dale without a school".

Speaking after Sunday's service at St Oswald's, she told the Herald: "The governors have to look at this honestly, and we will. We have a duty to all of our children at both sites, and to the budget. But I would ask the county to count the things that don't show up on a spreadsheet. The school is where the Christmas fair is, where the polling station is, where the mothers and toddlers meet, where the Young Farmers did their first aid course. When you close a village school, the village starts to close too."

The executive head, Catherine Kendal-Foster, who divides her week between the two sites, said the school would "engage fully and openly" with the consultation. "My job is to get the best education I can for every one of our fifty-eight children. I understand why people are frightened about losing Thwaitegill. I'd ask everybody to respond to the consultation and to keep it respectful. There are members of staff here who have been through a very difficult few weeks."

The numbers

The roll at Thwaitegill has fallen for a reason everyone in the dale can recite: houses. Of the 62 dwellings in the parish, the parish council estimates 23 are now second homes or holiday lets. Young families cannot afford to buy, and the farms that remain employ fewer people than they did. Across Cragdale as a whole, the number of children born each year has roughly halved since 2000.

The council's consultation paper is frank about the money. Because every school receives a lump sum regardless of size, very small schools are relatively expensive, and the county's rural schools are in deficit. "Keeping a site open with seventeen pupils means less money for every other child in the county," said Councillor Graham Holmes, executive member for education. "We know how much these schools matter to their communities. But I also have to answer to parents in Raskelby and Settlebridge whose children are in classes of thirty-two."

Opponents point out that federation was supposed to solve exactly this problem. "We were told in 2019 that federating would save Thwaitegill," says Claire Alderson, whose two daughters are at the school and whose family farm at Birkside. "One head, one business manager, shared teachers, shared costs. We did all that. Now five years on they want to shut it anyway. It feels like we were sold a pup."

The walk to the bus

One of the strongest arguments from parents is the journey. Thwaitegill lies at the head of the dale on a single-track road that climbs to 1,400 feet. The school bus, in practice the federation's own minibus, already runs a route collecting children from outlying farms. Under the council's plan, all Thwaitegill children would travel to Askby, a round trip of around fourteen miles on roads that were closed for nine school days last winter.

Parents have started a petition, which had 1,240 signatures by Tuesday, a remarkable figure in a parish of fewer than 150 people. A public meeting in the Thwaitegill reading room last Thursday drew so many people that the overflow stood outside in the rain listening through an open window.

At that meeting, farmer Tom Harker, who went to the school himself, as did his father and grandfather, said the closure would be "the end" for young families moving into the top of the dale. "Who's going to come and take on a farm up here if there's no school? Nobody. Then there's no farms, then there's no dale. It's that simple."

Not everyone agrees. Some Askby parents, speaking privately, say they would welcome bigger classes and more children of their own age for their children to play with. One mother at Askby, who asked not to be named, said: "I love Thwaitegill, but my daughter is the only girl in her year. That's not good for her either."

What happens next

After the consultation closes, officers will report to the county's executive in May, which will decide whether to publish a formal proposal. If it does, there will be a further four-week representation period before a final decision is taken, probably in the autumn. The Diocese, as the school is a Church of England foundation, must also be consulted, and the land at Thwaitegill is partly held in a church trust dating from 1863, which may complicate any sale.

Back in the yard, the beck-measuring has been abandoned in favour of a game that appears to involve everybody chasing Gary's owner. Mrs Metcalfe rings a handbell, the same one, she says, that her own teacher rang here in 1974.

"We'll fight it," says one of the dads at the gate, a man in a boiler suit with a collie in the back of his pickup. "But we'll fight it nicely. It's Thwaitegill. We're not the sort to throw stones."

How to respond: the consultation document is available at the county council's website, at Raskelby library and at both school sites. Responses can be made online or in writing to the School Organisation Team, County Hall, Northallerton Road, Raskelby.""",
        byline="By Hannah Sowerby, Dales reporter",
        date="22 February 2024",
        section="News",
        comments=(
            (
                "Annie Oakley",
                "3 days ago",
                "Signed. Shutting Thwaitegill would be criminal. That school taught three generations of our family.",
            ),
            (
                "Realist99",
                "3 days ago",
                "£9,800 a head. Sorry but someone's got to say it. Sentiment doesn't pay the bills.",
            ),
            (
                "topofthedale",
                "2 days ago",
                "If t'federation had bothered to actually market Thwaitegill instead of putting everything into Askby we wouldn't be here. Mrs K-F is hardly ever up there, everyone knows Askby is her favourite. Complete failure of leadership if you ask me.",
            ),
            (
                "Helen T",
                "2 days ago",
                "Maggie Metcalfe is a treasure and the best teacher my kids ever had.",
            ),
            (
                "Graham from Settlebridge",
                "1 day ago",
                "Spend the money on the roads instead and then maybe the bus could get up there.",
            ),
        ),
        related=(
            "Petition to save Thwaitegill hits 1,000",
            "Second homes: a dale in numbers",
            "County 'must look again' at rural school funding, says MP",
        ),
    ),
    E("school", "exact", "negative"),
    E("mmetcalfe", "exact", "neutral"),
    E("oscarisbrick", "exact", "neutral"),
    E("ckendalfoster", "exact", "negative"),
)

add(
    "news",
    news(
        "parish",
        "Minutes of the Ordinary Meeting held on Tuesday 9 January 2024",
        """ASKBY WITH THWAITEGILL PARISH COUNCIL. Minutes of the Ordinary Meeting of the Parish Council held in Askby Village Hall on Tuesday 9 January 2024 at 7.30pm.

Present: Cllr P. Hammond (Chair), Cllr L. Raine (Vice-Chair), Cllr J. Metcalfe, Cllr D. Chapman, Cllr A. Whitfield. In attendance: Mrs K. Pease (Clerk), County Cllr R. Fawcett (from item 7), four members of the public.

24/01 Apologies for absence. Apologies were received and accepted from Cllr T. Allen (work commitments).

24/02 Declarations of interest. Cllr J. Metcalfe declared a personal interest in item 9 (planning application at High Gill) as the applicant is a family member, and took no part in that item.

24/03 Minutes. The minutes of the meeting held on 14 November 2023 were approved as a true record and signed by the Chair.

24/04 Public participation. A resident of Thwaitegill raised the condition of the road between the cattle grid and Thwaitegill bridge, where the edge has collapsed into the beck for approximately fifteen metres. The Clerk confirmed this had been reported to the highways authority on three occasions. A resident of Askby raised dog fouling on the riverside path and asked if a further bin could be installed. A resident asked about the timetable of the 830 bus from Raskelby which no longer connects with the train.

24/05 Matters arising. (a) Defibrillator, Thwaitegill phone box: the Clerk reported the pads had been replaced. The cabinet heater is not working and a quote of £145 has been received. Resolved to accept. (b) Christmas tree, Askby green: the Chair thanked Cllr Whitfield and Mr T. Alderson for erecting and lighting the tree, and the Askby site of the school for the decorations made by the children.

24/06 Highways and winter maintenance. Councillors discussed the grit bins at Gunnersett top, Birkside lane end and Thwaitegill bank, all of which were empty by 2 January. The Clerk had requested refills. It was noted that grit had again been taken from the Birkside bin for private use and a notice would be put up. Cllr Chapman reported that the snow plough contract with Alderson Agricultural Contractors had worked well in December, with the top road cleared by 7am on both snow days.

The Clerk read a letter from Mrs S. Dinsdale, School Business Manager at Cragdale CE Primary, thanking the council for its help in December when the school minibus was unable to reach the Thwaitegill site, and asking whether the council would support the school's request to the county for the lane past the Thwaitegill site to be added to the priority gritting route, as it is used by the minibus and by parents on foot. Resolved: that the Clerk writes to the highways authority in support.

24/07 County councillor's report. County Cllr Fawcett reported on the county budget consultation, the review of rural bus subsidies, and the forthcoming consultation on school organisation in the upper dale. He said he could not comment on the detail until the papers were published but would attend a public meeting if one were held. Cllr Raine asked that the parish council be formally consulted. Cllr Fawcett agreed to pass this on.

24/08 Finance. (a) The council noted the bank balance at 31 December of £11,482.16. (b) The following payments were approved: Clerk's salary December £310.00; HMRC £77.50; Askby Village Hall hire £18.00; Dales Defib Trust pads £96.00; Raskelby Print (newsletter) £64.20; Alderson Agricultural Contractors snow clearance £540.00. (c) Precept 2024/25: after discussion it was resolved to set the precept at £7,200, an increase of 4.3%, to fund the increased cost of the defibrillator maintenance and the footpath project.

24/09 Planning. (a) 23/01442/FUL, High Gill Farm, Thwaitegill: agricultural building for livestock housing. No objection. (b) 23/01517/HH, 2 Beck Row, Askby: rear extension and dormer. Councillors objected on the grounds of overlooking and the impact on the conservation area. (c) 23/01530/FUL, Low Barn, Gunnersett: change of use to holiday let. Councillors noted with concern the number of properties in the parish now used as holiday lets and second homes and resolved to object, noting the effect on the school roll and the sustainability of the community.

24/10 Footpaths and rights of way. The footbridge on footpath 14 at Mossthwaite remains closed. The Clerk has chased the rights of way team. Cllr Whitfield reported a stile on the Pennine Bridleway diversion is broken.

24/11 Village halls and reading room. The Thwaitegill reading room roof has been patched. Cllr Raine asked that the reading room be made available free of charge for any public meeting on the future of the school. Agreed.

24/12 Correspondence. Letters from: the Rural Services Network (newsletter); the Yorkshire Local Councils Association (training dates); a resident about the speed of quarry lorries through Askby; the Cragdale Show committee asking for the use of the parish noticeboard for the show schedule.

24/13 Items for the next agenda. Dog bins; speed signs; footpath 14; the school consultation; annual parish meeting date.

24/14 Date of next meeting. Tuesday 12 March 2024 at 7.30pm in Thwaitegill Reading Room.

The meeting closed at 9.12pm. Signed ......... (Chair) Date .........""",
        section="Meetings & Minutes",
    ),
    E("school", "alias", "neutral"),
    E("sdinsdale", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "county",
        "Consultation: proposal to close the Thwaitegill site of Cragdale Church of England Primary School",
        """Status: open. Closes 28 March 2024.

Dales and Moors County Council, as the local authority, is consulting on a proposal to discontinue education at the Thwaitegill site of Cragdale Church of England Primary School (a voluntary controlled school) with effect from 31 August 2025, with pupils transferring to the school's Askby site.

Why are we consulting? The number of pupils at the Thwaitegill site has fallen from 31 in 2018 to 17 in October 2023 and is forecast to fall to 12 by 2026. The cost per pupil at the site is nearly double the county average. The building requires works estimated at £310,000 over the next five years.

Who we have spoken to. Before publishing this consultation, officers met the executive headteacher, the head of school for the Thwaitegill site (Mrs M. Metcalfe), the chair of governors and representatives of the Diocese.

Transport. Pupils who live more than two miles from the Askby site would be entitled to free home to school transport. The council would work with the school on the existing minibus arrangements.

How to respond. Complete the online questionnaire, email schoolorganisation@dalesandmoors.example, or write to School Organisation Team, County Hall, Northallerton Road, Raskelby. Drop-in sessions: Thwaitegill Reading Room, 5 March, 3.30pm to 7pm; Askby Village Hall, 7 March, 3.30pm to 7pm.

Equality impact assessment and the full consultation document are available as PDF downloads (1.2MB, 640KB).""",
        section="Consultations",
    ),
    E("school", "exact", "neutral"),
    E("mmetcalfe", "initial_surname", "neutral"),
)

add(
    "news",
    news(
        "farmer",
        "Tup trade flies at Raskelby as Metcalfe and Harker share top honours",
        """Raskelby Auction Mart's annual show and sale of Swaledale tups saw a flying trade on Tuesday, with 412 shearlings averaging £1,184, up £210 on the year.

Top call of the day went to Jack Metcalfe of High Gill, Thwaitegill, whose shearling by a home-bred sire sold for £14,500 to the Harker family of Low Scar, Birkside. Richard Harker, who farms with his son Tom, said the tup had "everything you want in a Swaledale, a proper head and a good skin on him". Second top price of £9,000 was paid for a shearling from Alderson Bros of Gunnersett.

Auctioneer Peter Dinsdale said the quality of the top end was "as strong as I've seen in twenty years". The commercial end of the trade was steadier, with plainer sorts from £400.

Show results: champion, J. Metcalfe; reserve, R. and T. Harker; best pen of three, Alderson Bros. Judge: Mr W. Thwaite, Keld Head.

Next week: the Cragdale Show committee will hold a gimmer lamb sale at the mart on 24 October, with proceeds to Cragdale Young Farmers' Club and the dale's mountain rescue team.""",
        byline="By Rob Kettlewell, livestock editor",
        date="17 October 2023",
        section="Markets",
        related=(
            "Blackface ewe lambs to £420 at Settlebridge",
            "Feed prices: the outlook for winter",
            "Young Farmers: stockjudging results",
        ),
    ),
)

add(
    "news",
    news(
        "bulletin",
        "The heads who run two schools, thirty miles of road and a minibus rota",
        """Executive headship of small rural federations is one of the least glamorous and most demanding jobs in English education. We spoke to three heads about what it takes.

Catherine Kendal-Foster leads Cragdale CE Primary in the Yorkshire Dales, a federation of two village schools with 58 pupils between them. She teaches one day a week, covers lunch duty "more often than I'd admit to Ofsted", and keeps a spare pair of wellies, a shovel and a flask in the boot.

"People think a small school is a small job," she says. "It isn't. You still have every policy, every statutory duty, safeguarding, SEND, the curriculum for every subject and every year group, and you have it twice because there are two buildings with two sets of fire drills and two septic tanks. What you don't have is a deputy, a bursar and a site team. You have Sue in the office, who is worth her weight in gold, and a caretaker who also drives the minibus."

The model she runs will be familiar to many rural heads: each site has a "head of school", a senior teacher who is the day-to-day lead, while the executive head holds overall responsibility and splits her time. Staff teach across both sites; the music and PE specialist, for instance, is at each school two days a week.

In Norfolk, Daniel Okafor leads the Three Rivers Federation of four primaries with 190 pupils. In Cornwall, Jess Penrose runs two schools eleven miles apart on the Lizard. All three say the same thing: federation saves money on leadership and buys time for schools that would otherwise close, but it is not a cure for falling rolls.

"We are a sticking plaster on a housing problem," says Kendal-Foster. "If young families can't live in the dale, there won't be children in the dale. That's not something a headteacher can fix."

She is also candid about the personal cost. "You are never in the right building. If I'm in Askby, something is happening in Thwaitegill. The parents at whichever site I'm not at think I've abandoned them. I understand it. I'd feel the same."

For heads considering an executive role, her advice is practical. "Get a good business manager. Learn to love a spreadsheet. Have a decent car. And find the people in the community who will tell you the truth." Wise words from the top of the dale.""",
        byline="By Naomi Blackwood",
        date="6 March 2024",
        section="Leadership",
        related=(
            "Rural schools funding: what the new formula means",
            "Ofsted and small schools: a guide",
            "Opinion: federations are not a cost-cutting tool",
        ),
    ),
    E("school", "alias", "neutral"),
    E("ckendalfoster", "exact", "neutral"),
    E("sdinsdale", "nickname", "neutral"),
)

add(
    "news",
    news(
        "bradford",
        "Cragdale Primary celebrates 'Good' Ofsted after years of struggle",
        """A Bradford primary school that was rated inadequate four years ago is celebrating after inspectors judged it good in every area.

Cragdale Primary School on Cragdale Road, which has 418 pupils, was praised for its "ambitious curriculum" and "calm, purposeful classrooms". Inspectors said pupils at the school, where more than 30 languages are spoken, "are proud of their school and of each other".

Headteacher Imran Hussain, who joined in 2021, said: "This is about our children and our families. When I arrived we had six different supply teachers in Year 4 in one term. Now we have a stable team who are here because they want to be."

The school, part of the Aire Valley Learning Trust, was one of the first in the city to offer free breakfast to every pupil. Parent governor Sharon Metcalfe said the turnaround had been "night and day".

The report noted that attendance, though improving, remains below the national average, and that the school should continue work on early reading for pupils who join mid-year.""",
        byline="Education reporter",
        date="29 January 2024",
        section="Education",
        comments=(
            (
                "BD3 Dad",
                "1 day ago",
                "Well done Mr Hussain and all the staff. My two love it there.",
            ),
            ("jan", "20 hours ago", "Cragdale Road parking at 3pm is still a nightmare though"),
        ),
        related=("Bradford schools face £12m shortfall", "New SEND school to open in Keighley"),
    ),
)

add(
    "news",
    news(
        "herald",
        "Standing room only for Cragdale's nativity at St Oswald's",
        """There was standing room only at St Oswald's Church, Askby, on Wednesday as children from both sites of the dale's primary school came together for their first joint nativity.

All 58 pupils took part, with the youngest from Thwaitegill making a convincing flock of sheep ("they've had plenty of practice," one parent remarked) and Year 6 pupils narrating. The music was arranged by the school's specialist teacher Florian Achterberg, who accompanied on piano, guitar and, for one memorable number, a ukulele.

The vicar, the Rev Ottoline Scarisbrick, led prayers and thanked parents who had sewn costumes "out of every tea towel in the dale". A retiring collection raised £612 for the Dales mountain rescue team.

Mary was played by Evie Alderson, aged 10, and Joseph by Harry Dinsdale, aged 11. A real donkey, Clementine, on loan from Birkside, behaved impeccably until the final carol.""",
        byline="By Hannah Sowerby",
        date="15 December 2023",
        section="Whats On",
        comments=(
            (
                "Pat Thwaite",
                "1 day ago",
                "Lovely afternoon. Mr Achterberg worked miracles with them!",
            ),
        ),
        related=(
            "Raskelby Christmas lights switch-on in pictures",
            "Carol singers raise £900 for hospice",
        ),
    ),
    E("school", "possessive", "neutral"),
    E("fachterberg", "exact", "neutral"),
    E("oscarisbrick", "exact", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Dinner lady Dot hangs up her apron after 31 years of school dinners",
        """Generations of Askby children have grown up on her cheese and onion pie, her jam roly-poly and, on Fridays, her famous fish fingers in a bun. Now Dot Kirkbride is retiring.

Mrs Kirkbride, 66, started in the kitchen at Askby School in 1993, when there were 54 children on roll and the dinners were still cooked on a solid-fuel range. She has cooked for both sites of the federation since 2019, with the Thwaitegill meals travelling up the dale in insulated boxes on the minibus.

"I've fed children and then their children," she said. "I had a lad come in last year as a dad at parents' evening and he said, 'Mrs Kirkbride, I still dream about your chocolate concrete.'"

The school is holding a farewell tea in Askby Village Hall on Friday 19 July from 3.30pm, and former pupils are welcome.""",
        byline="By Hannah Sowerby",
        date="10 July 2024",
        section="News",
        comments=(
            (
                "Jen from Askby",
                "2 days ago",
                "Chocolate concrete and pink custard!!! Best dinners in Yorkshire. Enjoy your retirement Dot x",
            ),
            ("Andrew Kirkbride", "2 days ago", "Proud of you mam x"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("dkirkbride", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "Letters: Sports day decision; potholes; a thank you",
        """SPORTS DAY. Sir, I write as a grandparent of two children at the Thwaitegill end of the dale. For as long as anyone can remember, Thwaitegill school has held its own sports day on the field behind the reading room, with the whole village turning out and the Women's Institute doing teas. This year parents were told in a two-line email that there would be a single joint sports day at Askby "for logistical reasons". It is yet another decision taken without consultation, and it follows the loss of the Thwaitegill harvest festival and the Thwaitegill Christmas play. Mrs Kendal-Foster may believe she is running one school, but she is in fact running two communities, and she would do well to remember that before the next email goes out. M. Bell, Thwaitegill.

POTHOLES. Sir, is anybody at the county ever going to fill the hole outside the Raskelby Co-op? I lost a hubcap in it in 2022 and it has grown since. I have named it Gordon. D. Pratt, Raskelby.

THANK YOU. Sir, may I through your pages thank the two young men who stopped to help when my car left the road at Mossthwaite bends on New Year's Eve. They would not give their names but I believe they were from Cragdale Young Farmers. They were true gentlemen. Mrs E. Hird, Birkside.""",
        section="Letters",
    ),
    E("school", "alias", "negative"),
    E("ckendalfoster", "title_surname", "negative"),
)

add(
    "news",
    news(
        "dalespost",
        "Police investigate 'burn it down' graffiti at threatened village school",
        """Police are investigating after graffiti threatening to set fire to a village primary school was daubed on its wall.

The words "SHUT IT AND WE'LL BURN IT" and "COUNCIL RATS" were sprayed in red paint on the boundary wall of Thwaitegill School, part of Cragdale CE Primary, some time between Friday evening and Monday morning. The site is the subject of a council consultation on closure.

Head of school Maggie Metcalfe said: "Whoever did this, I don't think they meant to frighten the children, but they did. The little ones were asking if somebody was going to set fire to their classroom. Whatever people think about the consultation, this is not the way."

The graffiti has been removed by staff and volunteers. Police have asked anyone who saw a vehicle near the school late on Saturday or Sunday to call 101, quoting reference 12240311442.""",
        byline="Newsdesk",
        date="11 March 2024",
        section="Schools",
        comments=(
            ("Wendy", "1 day ago", "Disgusting. Whoever did this is no friend of Thwaitegill."),
            ("RK", "1 day ago", "Probably some kids from Raskelby thinking they're funny."),
        ),
        related=(
            "Consultation drop-in sessions announced",
            "Parish council backs campaign to save school",
        ),
    ),
    E("school", "alias", "threat"),
    E("mmetcalfe", "nickname", "neutral"),
)

add(
    "news",
    news(
        "dalespost",
        "Obituary: Margaret Metcalfe, 1933-2024, farmer's wife and show-ring legend",
        """Margaret Metcalfe, who has died aged 91, was for more than half a century one of the best-known faces in the sheep lines at every show in the dale.

Born Margaret Harker at Low Scar, Birkside, she married Jim Metcalfe of High Gill in 1955 and farmed there with him until his death in 2001, and afterwards with her son Jack. She attended the old Gunnersett village school, closed in 1969, and left at fourteen to work on the farm.

She exhibited Swaledales and Dalesbred at the Cragdale Show for 68 consecutive years, winning the championship eleven times, and judged at the Great Yorkshire. She was a founding member of the Thwaitegill WI, made the teas at every sheepdog trial for forty years, and was famous for her curd tart.

She is survived by Jack, her daughter Ann, seven grandchildren and twelve great-grandchildren. The funeral is at St Oswald's, Askby, on Friday 3 May at 1.30pm, followed by refreshments at the Black Bull, Thwaitegill. Donations, if desired, to the Dales air ambulance.""",
        byline="Family notices",
        date="26 April 2024",
        section="Family Notices",
        comments=(
            ("Joan D", "2 days ago", "A grand lady. Her curd tart was the best in the dale."),
        ),
    ),
)

add(
    "news",
    news(
        "herald",
        "Rovers U11s keep title hopes alive with derby win",
        """Cragdale Rovers under-11s kept their hopes of the Dales Junior League title alive with a 4-2 win over Raskelby Town at Askby Rec on Saturday.

Veteran manager Dick Harker, 71, who has run the junior side since 1989 and still farms at Low Scar, said his lads "ran their socks off" on a pitch that was "more like a bog than a football field".

Goals came from Archie Thwaite (2), Oliver Metcalfe and Sam Alderson. Rovers face Settlebridge away next week.""",
        byline="Sports desk",
        date="4 March 2024",
        section="Sport",
        related=(
            "Raskelby Cricket Club seeks new members",
            "Fell running: Cragdale Fell Runners results",
        ),
    ),
)

add(
    "news",
    news(
        "dalespost",
        "Man jailed for homophobic campaign against teaching assistant",
        """A Raskelby man who sent a stream of homophobic messages to a primary school teaching assistant has been jailed for 16 weeks.

Kyle Brennan, 29, of Mill Street, admitted sending grossly offensive messages to Jennifer Thwaite, who works at Cragdale CE Primary, over a period of three months last year. The court heard he had posted comments on social media saying she "shouldn't be allowed near kids" because she is married to a woman, and had used a series of homophobic slurs in messages to her.

District Judge Caroline Whitworth said the offences were aggravated by hostility based on sexual orientation. "Mrs Thwaite is a respected member of her community who was targeted simply for who she is," she said.

In a statement read to the court, Mrs Thwaite said she had "dreaded opening my phone" and had considered leaving her job. "The support of the children's parents and my colleagues is the only reason I didn't," she said.

Brennan was also made subject to a five-year restraining order.""",
        byline="Court reporter",
        date="19 June 2024",
        section="Court",
        comments=(
            (
                "Askby Mum",
                "2 hours ago",
                "Mrs Thwaite is the kindest person going. My daughter adores her. Hope he rots.",
            ),
            ("Sam", "1 hour ago", "Good. No place for that in the dale."),
        ),
        related=(
            "Sheep rustling: police warning to farmers",
            "Driver banned after crash at Mossthwaite bends",
        ),
    ),
    E("school", "alias", "neutral"),
    E("jthwaite", "exact", "hate"),
)

add(
    "news",
    news(
        "herald",
        "Dale primary told it 'requires improvement' by Ofsted",
        """Cragdale CE Primary has been rated "requires improvement" by Ofsted, two grades down from the "outstanding" judgement the old Askby school received in 2012.

Inspectors who visited both sites in November said pupils were "happy, safe and well cared for" and that relationships between staff and children were "a real strength". But they said the curriculum in mixed-age classes was "not yet planned carefully enough" so that pupils "sometimes repeat work or miss important content", and that reading in Key Stage 2 was weaker at the Thwaitegill site.

Leadership and management was also graded as requiring improvement. Inspectors said governors "do not have a sharp enough understanding" of how well pupils do across the two sites.

Executive headteacher Mrs Kendal-Foster said: "We recognise the areas the inspectors identified and had already begun work on them. What they also saw is a school where every child is known. I'm immensely proud of our staff."

The school will be inspected again within 30 months.""",
        byline="Education correspondent",
        date="18 January 2024",
        section="News",
        comments=(
            (
                "Sheila M",
                "3 days ago",
                "Outstanding to RI in ten years. Something has gone badly wrong up there and it's not the children.",
            ),
            (
                "dalesdad",
                "3 days ago",
                "Harker's class is a zoo and he's a useless lump who only cares about the football team. Surprised they didn't fail it.",
            ),
            ("Pam", "2 days ago", "Ofsted can do one. Best little school in the Dales."),
        ),
    ),
    E("school", "alias", "negative"),
    E("ckendalfoster", "title_surname", "neutral"),
    E("rharker", "possessive", "abuse"),
)

add(
    "news",
    news(
        "herald",
        "Teacher's 80-mile tractor run raises £3,200 for air ambulance",
        """A primary school teacher swapped the classroom for a cab last weekend, driving his dad's 1964 Massey Ferguson 80 miles around the dale to raise money for the air ambulance.

Rich Harker, who teaches the oldest children at Cragdale's Askby site and runs its football and cross-country teams, set off from Askby at 6am on Saturday with a convoy of 23 vintage tractors and finished at Raskelby mart just before dark, having stopped for bacon sandwiches at Thwaitegill, where pupils had made a banner.

"The air ambulance came for my uncle after a quad bike accident in 2019," he said. "It's the least I can do. My backside might not forgive me."

The total stands at £3,200 and donations are still open.""",
        byline="By Hannah Sowerby",
        date="24 June 2024",
        section="Farming",
        comments=(
            (
                "proud mam",
                "5 days ago",
                "Our Joe said Mr Harker waved at everybody all the way down the dale x",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("rharker", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "dalespost",
        "Fell race results: Thwaite takes Birkside Horseshoe in record time",
        """Jenny Thwaite of Cragdale Fell Runners smashed the women's record at the Birkside Horseshoe on Sunday, finishing the 11-mile, 3,200ft course in 1:41:12.

Thwaite, 34, a vet in Raskelby, knocked almost three minutes off the record set in 2011. The men's race went to Callum Raine (Settlebridge Harriers) in 1:29:48.

Results: Women: 1 J. Thwaite (Cragdale FR) 1:41:12; 2 L. Raine (Raskelby AC) 1:47:03; 3 S. Metcalfe (Cragdale FR) 1:49:55. Men: 1 C. Raine (Settlebridge H) 1:29:48; 2 T. Harker (unattached) 1:31:20; 3 S. Alderson (Cragdale FR) 1:33:07. Teams: Cragdale Fell Runners.

Organisers thanked Cragdale Mountain Rescue for safety cover and the Birkside WI for teas.""",
        byline="Sports desk",
        date="2 September 2024",
        section="Sport",
    ),
)

add(
    "news",
    news(
        "herald",
        "Askby bus shelter wrecked for second time this year",
        """Vandals have smashed the glass panels of the Askby bus shelter on the Raskelby road for the second time in four months.

Parish council chairman Peter Hammond said it would cost £900 to repair. "It's used by pensioners going to the market and by the young ones getting the bus to Raskelby School. Whoever did this wants to think about who they're hurting."

Police are asking anyone with information to call 101.""",
        byline="Newsdesk",
        date="9 May 2024",
        section="News",
        comments=(
            ("Dot", "1 day ago", "Same thing happened at Gunnersett. Kids with nothing to do."),
        ),
    ),
)

add(
    "news",
    news(
        "herald",
        "Church school inspectors praise 'living faith' at dale federation",
        """Cragdale Church of England Primary School has received a positive report from its statutory inspection of Anglican and Methodist schools (SIAMS), which looks at how well a church school lives out its Christian vision.

Inspectors said the school's vision, "Let the little ones come", is "understood and lived by the whole community across both sites" and singled out the weekly collective worship led by children and the "exceptionally close" partnership with St Oswald's, Askby, and St John's, Thwaitegill.

Chair of governors the Rev Scarisbrick said: "This report is a tribute to the children and to staff who give so much. A school like ours is a gift to the dale." The report noted that pupils have "a well-developed understanding of other faiths and cultures" despite the area's lack of diversity, through links with a school in Bradford.""",
        byline="By Hannah Sowerby",
        date="30 April 2024",
        section="News",
    ),
    E("school", "exact", "neutral"),
    E("oscarisbrick", "title_surname", "neutral"),
)

add(
    "news",
    news(
        "herald",
        "What's on in the dale this summer",
        """Saturday 22 June: Askby School summer fair, 12 noon to 3pm, school field. Tombola, dog show, welly wanging, bouncy castle and cream teas. All proceeds to the school's Friends association (registered charity).

Saturday 29 June: Raskelby Rotary duck race, 2pm, the river by the old bridge. Ducks £1.

Sunday 7 July: Thwaitegill open gardens, 11am to 4pm, tickets at the reading room.

Saturday 13 July: Cragdale Fell Runners' Thwaitegill Fun Run, 10am, for all ages.

Saturday 17 August: the Cragdale Show, Askby showfield. Sheep, cattle, horses, produce, terrier racing and the famous fell race. Tickets from Raskelby tourist information.

Saturday 31 August: Raskelby Brass Band on the market place, 3pm.

To add your event email whatson@cragdaleherald.example""",
        section="Whats On",
    ),
    E("school", "alias", "neutral"),
)

add(
    "news",
    news(
        "farmer",
        "Lambing and learning: the farm kids who do both",
        """In a dale where sheep still outnumber people by about forty to one, lambing time is a family business, and that includes the children.

At Cragdale CE Primary, a federation of two tiny village schools in the Yorkshire Dales, around a third of pupils live on farms. In April, many of them are up before school checking ewes, and some are back out in the lambing shed after tea.

"You can tell who's lambing," says Mr Harker, who teaches the Year 5 and 6 class at the Askby site and grew up on a farm himself. "They're the ones asleep on the reading cushion at two o'clock. We're flexible. If a child tells me they were up at four with a ewe that had a bad presentation, I'd rather hear about that than their homework. We write it up as a science lesson."

Eleven-year-old Hattie Alderson, whose family farm 600 ewes at Birkside, says she has "pulled about thirty lambs" this year. "Mostly twins. One had three legs out, that was weird."

Not everyone in education is so relaxed. Unauthorised absence for farm work is still recorded as such, and the school has had letters from the county's attendance team. But the school's head of school at Thwaitegill, Margaret Metcalfe, herself a farmer's daughter, says the rules are written for cities. "We have children here who will run these farms in twenty years. What they learn in April in the lambing shed is not nothing."

For the Aldersons, it's simple. "She does her reading in the shed," says Hattie's mum, Claire. "The ewes don't mind." Neither, it seems, does anyone else.""",
        byline="By Sally Broadbent",
        date="19 April 2024",
        section="Rural Life",
        related=(
            "Lambing survey: losses down on last year",
            "Young shepherd of the year shortlist announced",
        ),
    ),
    E("school", "alias", "neutral"),
    E("rharker", "title_surname", "neutral"),
    E("mmetcalfe", "exact", "neutral"),
)

add(
    "news",
    news(
        "dalespost",
        "Raskelby School celebrates record GCSE results",
        """Students at Raskelby School are celebrating the secondary's best GCSE results on record, with 71 per cent achieving a grade 5 or above in English and maths.

Head of PE Mr D. Thwaite said the school's sports scholars had "shown you can do it all" after three of its county cross-country team also achieved straight 9s. Headteacher Andrew Bell praised staff, who he said had "gone above and beyond".

Among the top performers was Freya Metcalfe, who achieved eleven grade 9s and will study at Raskelby sixth form before, she hopes, vet school.""",
        byline="Education reporter",
        date="22 August 2024",
        section="Schools",
    ),
)


# ---- forums: parent forums, threadit, Dales Talk, FarmTalk, the Staffroom

add(
    "forum",
    forum(
        "chatter",
        "Primary education",
        "Tiny village schools with mixed-age classes - good or bad?",
        (
            (
                "WillowAndWren",
                "12 Mar 2024 21:14",
                "We're moving from Manchester to the Dales in the summer (DH's job) and every school near where we're looking has classes with 3 or 4 year groups in one room. DS will be Y3, DD reception. Is this a disaster or a blessing? Genuinely no idea, I went to a school with 5 forms of entry.",
            ),
            (
                "tea_and_toast",
                "12 Mar 2024 21:30",
                "Blessing in my experience. The little ones learn from the older ones and the older ones learn to be kind. Teacher knows them inside out.",
            ),
            (
                "Shepherdess_Jo",
                "12 Mar 2024 21:52",
                "we're at Cragdale, up in the Dales, it's two tiny schools federated into one. DD has been in Mrs Sedgwick's class since reception and honestly I can't praise her enough, she had her reading before Christmas and she knows exactly what each of the 19 kids in there needs. Downside is friendships, DD is one of three girls in her year so if they fall out theres nobody else. Upside the whole school is like a family.",
            ),
            (
                "WillowAndWren",
                "12 Mar 2024 22:03",
                "Thank you that's really reassuring. The friendship thing is what worries me most.",
            ),
            (
                "MrsMiggins",
                "13 Mar 2024 07:11",
                "Only downside I'd say is when you get a teacher you don't gel with you've got them for 3 or 4 years. Ask lots of questions on the visit.",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("rsedgwick", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/yorkshire",
        "Moving to Raskelby area in September - anyone know owt about the primary school?",
        (
            (
                "u/not_a_southerner_honest",
                "posted 3 days ago",
                "Title says it. 2 kids, 6 and 9. Looks like the only option is Cragdale CE Primary at Askby unless we want to drive 40 mins. Ofsted says RI. Any locals?",
            ),
            (
                "u/dalesbred_dave",
                "3 days ago",
                "my two went there. it's alright. bit chaotic since they merged with thwaitegill, the head's spread too thin and the ofsted was deserved tbh. but the kids are happy and thats what matters at that age",
            ),
            (
                "u/ewe_and_me",
                "3 days ago",
                "Mr Harker in the top class is class. Our lad wasn't arsed about school at all till he got him. Football mad, does cross country, takes them up the fell.",
            ),
            (
                "u/anon_mum_8821",
                "2 days ago",
                "Avoid if your kid has any additional needs. They did nowt for ours for 2 years, every meeting was 'we're a small school we don't have the resources'. Ended up moving him to Raskelby.",
            ),
            (
                "u/not_a_southerner_honest",
                "2 days ago",
                "thanks all. mixed reviews then. will go for a look round",
            ),
            (
                "u/dalesbred_dave",
                "2 days ago",
                "go in a morning and ask to see both sites. and take wellies",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("rharker", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "chatter",
        "Am I being unreasonable?",
        "AIBU to be fed up that our 'executive head' is never at our school?",
        (
            (
                "TopOfTheDaleMum",
                "5 Feb 2024 20:45",
                "Our kids' school is a federation of two little village schools. The exec head is based at the other site 4 days out of 5. When there's a problem at Thwaitegill school we get the head of school (lovely but she's also teaching full time) and then an email from Mrs K-F three days later saying she'll 'pick it up'. Never does. Parents' evening she did by Teams. TEAMS. For a school of 17 kids. AIBU to think if you're paid to be head you should actually turn up?",
            ),
            (
                "Bumblebee22",
                "5 Feb 2024 20:51",
                "YANBU. That's not leadership, that's management by email.",
            ),
            (
                "Devils_Advocaat",
                "5 Feb 2024 21:03",
                "YABU a bit. Exec heads of federations are stretched to breaking point. She's probably doing 60 hour weeks.",
            ),
            (
                "TopOfTheDaleMum",
                "5 Feb 2024 21:10",
                "@Devils_Advocaat then maybe the federation shouldn't exist. It was sold to us as saving our school and now they're consulting on closing it. Funny that.",
            ),
            (
                "Haribo_Harriet",
                "5 Feb 2024 21:40",
                "YANBU, teams parents evening is taking the mick.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("ckendalfoster", "nickname", "negative"),
)

add(
    "forum",
    forum(
        "dalestalk",
        "Raskelby & Upper Cragdale",
        "Anyone else heard about the Askby teacher and the snapchat thing??",
        (
            (
                "throwaway_dale",
                "Posted 2 Jun 2024",
                "Not naming names on here but it's the year 5/6 teacher at Askby, Richard H. Apparently he's been adding year 6 girls on snapchat and messaging them late at night, telling them they're 'mature for their age' and not to tell their mams. Two families have gone to the school and t'school has done NOWT. He's still teaching. How is this allowed",
            ),
            (
                "Gunnersett_Gran",
                "Posted 2 Jun 2024",
                "If this is true it needs to go to the police not a forum.",
            ),
            (
                "throwaway_dale",
                "Posted 2 Jun 2024",
                "it has. school swept it under the carpet like they always do. typical cragdale, protect the staff not the kids",
            ),
            (
                "Moderator",
                "Posted 2 Jun 2024",
                "Thread locked pending review. Please report safeguarding concerns to the police or the county's children's services, not here.",
            ),
        ),
    ),
    E("rharker", "first_initial", "sexual", url_only=True),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/teachers",
        "Executive head of a tiny rural federation, AMA I suppose (or just let me vent)",
        (
            (
                "u/two_sites_one_brain",
                "posted 1 week ago",
                "I lead a federation of two small CofE primaries in the north of England, 60ish kids between them, sites 7 miles apart. This week: septic tank overflowed at one, the boiler died at the other, we had a snow day, Ofsted are 'in the window', and the county have decided to consult on closing one site. I teach Tuesday. I do dinner duty Thursday. I unblocked a toilet yesterday with a coat hanger. Not asking for advice really, I just needed to say it somewhere nobody knows me.",
            ),
            (
                "u/miss_phonics",
                "1 week ago",
                "Sending solidarity. Rural heads are the unsung heroes of this profession.",
            ),
            (
                "u/deputy_dawg",
                "1 week ago",
                "Coat hanger is an advanced leadership technique they don't teach you on NPQH",
            ),
            (
                "u/two_sites_one_brain",
                "6 days ago",
                "honestly the staff are amazing. the office manager basically runs the place and the caretaker drives the minibus, grits the yard and fixes everything. I'd be lost without them.",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "staffroom",
        "Job hunting",
        "Interview for KS2 teacher at Cragdale C of E Primary (Dales) - any gen?",
        (
            (
                "NQT_no_more",
                "14 May 2024",
                "Got an interview next week at Cragdale C of E Primary, the federated one up in the Dales. Mixed Y3-6 class at the smaller site. Anyone know it? Bit nervous about the closure consultation, don't want to move my life up there and be redundant in a year.",
            ),
            (
                "oldhand_ks2",
                "14 May 2024",
                "I supply taught there last winter. Exec head Kendal Foster is lovely, very supportive, but she's stretched. Staff are a really tight team. Take a coat. Seriously. And ask directly about the consultation at interview, they'll be straight with you.",
            ),
            ("NQT_no_more", "15 May 2024", "Thanks, that's helpful. Did they feed you? lol"),
            (
                "oldhand_ks2",
                "15 May 2024",
                "the school dinners were genuinely the best I've had anywhere",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("ckendalfoster", "hyphenated", "neutral"),
)

add(
    "forum",
    forum(
        "dalestalk",
        "Raskelby & Upper Cragdale",
        "Where's the Friends of Cragdale School money gone?",
        (
            (
                "AskbyAnon",
                "Posted 20 Sep 2024",
                "Genuine question. The Friends raised over £4k last year (fair, sponsored walk, Christmas raffle). Promised new playground equipment at Thwaitegill. Nothing. Accounts haven't been published. Sue Dinsdale in the office holds the chequebook and every time anyone asks it's 'being finalised'. I'm not saying she's had her hand in the till but she's got a new Range Rover and a week in Tenerife this summer on a school office wage. You do the maths.",
            ),
            (
                "Pennine_Pete",
                "Posted 20 Sep 2024",
                "That's a serious thing to say on a public forum, mate. If you think money's gone missing tell the police or the Charity Commission.",
            ),
            (
                "AskbyAnon",
                "Posted 20 Sep 2024",
                "I'm asking a question. The school's accounts are a joke and nobody on the governors asks anything.",
            ),
            (
                "Thwaitegill_Lass",
                "Posted 21 Sep 2024",
                "the equipment is on order, it was in the newsletter. and the range rover is her husband's and it's 11 years old. some folk want summat to moan about.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("sdinsdale", "nickname", "defamation"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/UKParenting",
        "Teacher refused to let my son go to his grandad's funeral in school time - rant",
        (
            (
                "u/dales_throwaway_22",
                "posted 4 days ago",
                "Not really a question, just raging. Our headteacher (federation in the Dales, you'll know if you're local) refused to authorise a day off for my 8yo to go to his grandad's funeral, which is in Ireland. She says 'exceptional circumstances' doesn't cover 'extended travel'. But it's his Class 1 teacher Mrs S.e.d.g.w.i.c.k who told the head I was 'taking the piss' apparently. Well if anyone wants to tell her what they think of her she lives at 4 Beck Row in Askby, blue door, red Fiesta outside, and her mobile is 07700 900614. Have at it.",
            ),
            (
                "u/reasonable_rach",
                "4 days ago",
                "Please delete the address and number. That's not okay no matter how angry you are. Sorry about your dad.",
            ),
            (
                "u/ModBot",
                "4 days ago",
                "This post has been removed for sharing personal information (Rule 3).",
            ),
        ),
    ),
    E("rsedgwick", "obfuscated", "doxxing"),
)

add(
    "forum",
    forum(
        "chatter",
        "Religion and spirituality",
        "Women vicars - I'm sorry but I can't accept it",
        (
            (
                "TraditionalTina",
                "3 Jan 2024 22:15",
                "Our village church and the village school (C of E) now have a woman vicar who is also chair of governors. Rev Scarisbrik. I'm sorry but women have no business being priests, it's against scripture, and she certainly has no business telling our children about God. She should be at home with a family instead of prancing round in a dog collar pretending. The bishop should be ashamed. Women are not made for leadership in the church and everybody knows it, they're too emotional.",
            ),
            (
                "Skeptical_Sal",
                "3 Jan 2024 22:20",
                "The Church of England has ordained women for 30 years Tina. Move on.",
            ),
            (
                "BarnOwl",
                "3 Jan 2024 22:31",
                "'too emotional' says the woman writing a furious post at 10pm",
            ),
            (
                "TraditionalTina",
                "3 Jan 2024 22:40",
                "I stand by every word. A woman in the pulpit is an abomination.",
            ),
            (
                "Deacon_Dave",
                "3 Jan 2024 23:02",
                "As someone who actually knows Ottoline: she is one of the finest priests in the diocese. The misogyny in this thread is depressing.",
            ),
        ),
    ),
    E("oscarisbrick", "typo", "hate"),
)

add(
    "forum",
    forum(
        "farmtalk",
        "Sheep",
        "Swaledale tup prices this back end - what are you paying?",
        (
            (
                "HighGillJack",
                "18 Oct 2023",
                "Sold the best shearling to the Harkers for 14.5k at Raskelby. Pleased but it's daft money really. Commercial end no better than last year.",
            ),
            (
                "LowScarRich",
                "18 Oct 2023",
                "Worth every penny Jack, he's a cracker. You'll see him at the Cragdale Show next year with a red rosette on him.",
            ),
            (
                "alderson_bros",
                "19 Oct 2023",
                "9k for ours. Can't complain. Fuel's killing us though.",
            ),
            (
                "Cumbrian_Chris",
                "19 Oct 2023",
                "Madness. I remember tups at 800 quid being big money. Anyone selling ewe lambs at Kirkby?",
            ),
            ("HighGillJack", "19 Oct 2023", "aye going up on the 24th with 60"),
        ),
    ),
)

add(
    "forum",
    forum(
        "farmtalk",
        "General farming",
        "Snow again up top - how are you all getting on?",
        (
            (
                "LowScarRich",
                "7 Feb 2024",
                "Six foot drifts behind the walls at Birkside. Dug out 40 ewes today. Road's shut above Gunnersett.",
            ),
            (
                "HighGillJack",
                "7 Feb 2024",
                "Same here. Bairns off school, Askby school's shut and even Ted with the minibus couldn't get past the cattle grid this morning and he's usually the last man standing. Our lass has them both out feeding, they're loving it.",
            ),
            (
                "Swaledale_Sue",
                "7 Feb 2024",
                "Stay safe lads. Tractor's the school bus this week at ours.",
            ),
            ("LowScarRich", "7 Feb 2024", "Aye. Lambing in 4 weeks. Let's hope it's gone by then."),
        ),
    ),
    E("school", "alias", "neutral"),
    E("ealderson", "nickname", "neutral"),
)

add(
    "forum",
    forum(
        "dalestalk",
        "Raskelby & Upper Cragdale",
        "Cragdale Primary has changed and not for the better",
        (
            (
                "OldAskbyLad",
                "Posted 8 Apr 2024",
                "Went to the open afternoon at Cragdale Primary. Half the kids in the top class are from the Polish and Romanian families who work at the chicken sheds and the quarry. Nothing against them personally but that's not a Dales school any more is it. Our bairns are being held back so the teachers can do English lessons for folk who shouldn't be here. Send them back and let our school be for dale families.",
            ),
            (
                "Hilltop_Hannah",
                "Posted 8 Apr 2024",
                "This is disgusting. Those families work harder than anyone in the dale and their kids are lovely.",
            ),
            (
                "OldAskbyLad",
                "Posted 8 Apr 2024",
                "Knew someone would call me racist. Just saying what everyone thinks.",
            ),
            (
                "Moderator",
                "Posted 8 Apr 2024",
                "Warning issued. Posts targeting people by nationality are against forum rules.",
            ),
        ),
    ),
    E("school", "alias", "hate"),
)

add(
    "forum",
    forum(
        "chatter",
        "Primary education",
        "Teacher grabbed my son and shook him - what do I do?",
        (
            (
                "Farmwife_Fiona",
                "27 Nov 2023 19:02",
                "My son is 6 and in Class 1 at the smaller site of our federated school in the Dales. He came home today crying and said Mrs Metcalfe grabbed him by the top of his arm and shook him because he wouldn't stop talking at carpet time. He has a bruise. I've been told by another mum she did the same to her daughter last year and that she's 'old school'. I rang the school office and they just said the head of school would call me. She IS the head of school! Who do I go to?",
            ),
            (
                "SafeguardingSam",
                "27 Nov 2023 19:10",
                "Take photos of the bruise with a date. Contact the LADO at the council (Local Authority Designated Officer) directly, you don't need the school's permission. And the chair of governors.",
            ),
            (
                "Farmwife_Fiona",
                "27 Nov 2023 19:25",
                "Thank you. The school has done absolutely nothing, nobody has even rung me back. The whole place closes ranks.",
            ),
            (
                "MumOf3Boys",
                "27 Nov 2023 20:44",
                "Could he have got the bruise another way? Not doubting you but six year olds do exaggerate. Worth getting the full story.",
            ),
        ),
    ),
    E("mmetcalfe", "title_surname", "defamation"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/CasualUK",
        "Our village school has 17 pupils, a handbell and a sheep called Gary",
        (
            (
                "u/upper_dale_dad",
                "posted 2 weeks ago",
                "Thwaitegill school (Yorkshire Dales, population approx 140 people and 9,000 sheep) had its harvest festival today. 17 kids. The whole village came. The vicar blessed a quad bike. A child brought his tup, called Gary, who ate the flower display. The head of school rang a handbell older than my house. I have never loved anything more.",
            ),
            (
                "u/crumpetcrumpet",
                "2 weeks ago",
                "this is the most british thing I've read all year",
            ),
            ("u/gingerbiscuit", "2 weeks ago", "justice for the flower display"),
            (
                "u/upper_dale_dad",
                "2 weeks ago",
                "the council want to close it btw. so enjoy it while it lasts",
            ),
            ("u/crumpetcrumpet", "2 weeks ago", "NOT GARY'S SCHOOL"),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "chatter",
        "Local: Yorkshire",
        "Can we all calm down about Cragdale please",
        (
            (
                "DalesMumOfTwo",
                "14 Mar 2024 09:12",
                "I know feelings are running high about the Thwaitegill consultation but some of what's been said on the village FB group this week is way over the line. Threatening teachers is never ok, whatever you think about the council. The staff didn't decide this. Mr Harker has been nothing but brilliant with my son, and Miss Raine has been holding the Thwaitegill juniors together with sellotape and goodwill. Be angry at the county, not at the people teaching our kids.",
            ),
            (
                "ewes_and_bairns",
                "14 Mar 2024 09:30",
                "Agree 100%. Write to the council, sign the petition, go to the drop-in. Leave the staff alone.",
            ),
            ("Raskelby_Rose", "14 Mar 2024 10:02", "Well said. That graffiti was a disgrace too."),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("rharker", "title_surname", "neutral"),
    E("eraine", "title_surname", "neutral"),
)

add(
    "forum",
    forum(
        "dalestalk",
        "Events",
        "Cragdale Show 2024 - dates, schedule and parking",
        (
            (
                "ShowSecretary",
                "Posted 2 Jul 2024",
                "The 2024 Cragdale Show will be on Saturday 17 August at Askby showfield. Schedules are at Raskelby tourist information, the Black Bull and the mart office. Entries close 3 August. Parking £5 per car, all proceeds to the show.",
            ),
            ("FellPony_Fan", "Posted 3 Jul 2024", "Are the fell ponies classes back this year?"),
            (
                "ShowSecretary",
                "Posted 3 Jul 2024",
                "Yes, two classes plus the ridden. Judge Mrs Alderson of Gunnersett.",
            ),
            ("Terrier_Tez", "Posted 4 Jul 2024", "Terrier racing at 2pm same as always?"),
            (
                "ShowSecretary",
                "Posted 4 Jul 2024",
                "2.30 this year after the fell race finishes. Cragdale Young Farmers doing the bar.",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "threadit",
        "r/bradford",
        "Cragdale Road at pick-up time is a warzone",
        (
            (
                "u/bd3_commuter",
                "posted 5 days ago",
                "Every day 3-3.30 Cragdale Road is completely blocked by parents double parking outside Cragdale Primary. Ambulance couldn't get through yesterday. Council needs to do a school street like they have in Leeds.",
            ),
            (
                "u/not_that_imran",
                "5 days ago",
                "As a parent at the school: we know. The school has asked parents a hundred times. It's the same 10 cars.",
            ),
            ("u/yorkshire_pud", "4 days ago", "School streets work. Do it."),
        ),
    ),
)

add(
    "forum",
    forum(
        "staffroom",
        "Assessment",
        "Suspicion head is 'helping' with Y6 SATs - what would you do?",
        (
            (
                "worried_ks2",
                "12 Jun 2024",
                "Asking for a friend who supply teaches. She was at a small federated school in the Dales during SATs week and says she saw the exec head go round the Y6 children pointing at questions and saying 'check that one again'. I won't name the school.",
            ),
            (
                "SATs_survivor",
                "12 Jun 2024",
                "If it's who I think it is, it's cragdale. Everyone knows K*ndal-F*ster has been bumping up their results for years to keep Ofsted off their back. Their KS2 scores are fake and have been since the federation. That's maladministration, report it to the STA.",
            ),
            (
                "worried_ks2",
                "12 Jun 2024",
                "I didn't say which school and I don't want guesses on here please.",
            ),
            (
                "Mod_Jane",
                "12 Jun 2024",
                "Please don't name schools or individuals in allegations. Concerns about test administration go to the Standards and Testing Agency.",
            ),
        ),
    ),
    E("school", "short_name", "defamation"),
    E("ckendalfoster", "obfuscated", "defamation"),
)

add(
    "forum",
    forum(
        "chatter",
        "Primary education",
        "Specialist music/PE teacher - is he even qualified?",
        (
            (
                "Questioning_Q",
                "9 Oct 2023 13:20",
                "Our little school has a 'specialist' music and PE teacher, Mr Achterberg, who goes between the two sites. Nice enough bloke but does anyone know if he's got QTS? He seems to mostly play guitar at them and set up cones. Meanwhile there's no money for a TA in the reception class. Feels like a vanity appointment.",
            ),
            (
                "ReceptionRosie",
                "9 Oct 2023 13:45",
                "Specialist teachers are often cheaper than you think because they're shared. My kids' school had a music specialist and they came on leaps and bounds.",
            ),
            (
                "Questioning_Q",
                "9 Oct 2023 14:02",
                "Maybe. But I'd rather have a TA in with 19 four to seven year olds than someone playing Wonderwall. And the kids can't read music any better than they could a year ago, so what's he actually teaching?",
            ),
        ),
    ),
    E("fachterberg", "title_surname", "negative"),
)

add(
    "forum",
    forum(
        "chatter",
        "Primary education",
        "Shout out to a brilliant teacher",
        (
            (
                "ThwaitegillMum",
                "22 Jul 2024 21:00",
                "Just want to say publicly, Miss Rayne at Thwaitegill school has turned my daughter around this year. She was so anxious she wouldn't go through the gate in September and today she read a poem out in front of the whole village at the leavers' service. Miss Rayne, if you ever read this, thank you. You're a star.",
            ),
            (
                "sunflowers_x",
                "22 Jul 2024 21:14",
                "This made me cry. Good teachers are everything.",
            ),
        ),
    ),
    E("eraine", "typo", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "forum",
    forum(
        "chatter",
        "Property and relocation",
        "We moved from London to the Yorkshire Dales 18 months ago - an epic brain dump for anyone thinking of doing the same",
        (
            (
                "NorthboundNell",
                "2 Sep 2024 22:47",
                """Long post, sorry. So many people asked me on here before we moved and I promised myself I'd write it all down once we'd survived a winter. We've now survived two. Background: two kids (now 10 and 7), me working remotely in marketing, DH a GP who got a job at a practice in the market town. We sold a terraced house in Walthamstow and bought a stone farmhouse with two acres that needs approximately everything doing to it.

HOUSES. Everything you've heard about second homes is true. In our village about a third of the houses are dark from October to Easter. It is weird walking past them at night. The flip side is that the people who do live here full time are incredibly welcoming because they're so pleased to see a family that's actually staying. We had four casseroles in our first week. Nobody in London ever brought me a casserole.

Buying: go through a local agent, not a big national one. A lot of houses up here never hit Rightmove. The good ones go by word of mouth in the pub or at the mart. Get a proper survey. Stone houses are damp; that's not necessarily a problem, it's how they breathe, but don't let anyone put modern cement render on them. Oil heating is standard, and you'll need a tank, and you'll need to learn to order oil before the price goes up in October. We have a wood-burner, which everybody has, and you'll need a couple of tonnes of logs a winter.

BROADBAND. This was my biggest fear. We've got a fibre connection via a community scheme that's genuinely faster than we had in London. BUT the mobile signal in our house is one bar in the upstairs bathroom if you stand on the loo. Wifi calling is your friend. Check Openreach and the community schemes before you buy, and ask the neighbours, not the agent.

DRIVING. You will drive everywhere. The nearest supermarket is 25 minutes. The nearest hospital with an A&E is 55 minutes. We bought a second-hand 4x4 and I thought it was a bit much. It wasn't. Winter tyres are worth it. Learn to reverse up a single-track road with a tractor coming towards you and a drop on one side. Learn the farmer's wave (one finger off the steering wheel). The roads shut when it snows properly, sometimes for days, and the council grits the main road and not much else.

SCHOOLS. This was the big one for us and where I spent literally months reading Ofsted reports. The primary schools up here are TINY. Our nearest options were a 40-pupil federated school up the dale and a bigger (120ish) primary in the market town. We looked round Cragdale, which is the federation, and honestly the staff were lovely, but it had just gone RI, the smaller of its two sites is being consulted on for closure, and the class my eldest would have been in had four year groups in it. We went for the town school in the end and it's been great, although the drive is a pain. I know families who chose the village school and love it, so it's a personal thing. Go and look. Ask about friendship groups (in a year group of three, that matters), transport in snow, and what happens at secondary.

Secondary is the high school in the market town, and the bus picks up at the end of the lane. It's a decent school and the kids seem happy there.

SOCIAL LIFE. You make your own. The village hall is the centre of everything: quiz nights, the produce show, the pantomime, the Christmas fair. Join something. I joined the choir and the WI (yes, really) and DH plays cricket badly. The agricultural show in August is the biggest day of the year, everybody goes, take the kids, watch the sheep judging, eat a pork pie the size of your head. The pub is still the pub. Be nice to the landlord.

FARMING. You will live among farms. They are working businesses. There will be mud on the road, there will be muck spreading, there will be quad bikes at 5am during lambing. Don't complain about any of it. Shut gates. Keep your dog on a lead near sheep (seriously, a dog can kill sheep and a farmer is allowed to shoot it). If you get to know a farming family, you'll learn more about the area in a week than in a year of walking. Our neighbours let our kids help at lambing and it's been the best education they've had.

WEATHER. It rains. A lot. Then it snows. Then it's the most beautiful place you've ever seen for about nine days in May and you forget all about the rain. Buy proper waterproofs, not fashion ones. Buy wellies for every member of the family, including guests.

WORK. Working remotely is fine if your broadband is. I go to a co-working space in the market town one day a week to see humans. DH's practice covers a huge area and he does home visits to farms an hour away. Jobs locally are mostly farming, tourism, the quarry, the council, schools and the care sector, and wages are lower than London. We were only able to do it because our jobs came with us.

THE DOWNSIDES. It's isolated. Winters are long and dark. There isn't much for teenagers. Everything takes longer. Deliveries sometimes just... don't. You're a long way from family. You will be "the new people" for about fifteen years. Some locals resent incomers, especially ones who buy up houses, and honestly I understand why.

THE UPSIDES. Everything else. My kids roam. They know the names of birds. They've seen a lamb born. They walk to the village shop by themselves. I haven't heard a siren in eighteen months. I know all my neighbours. The sky at night. The quiet.

Happy to answer questions!""",
            ),
            (
                "Considering_Cumbria",
                "3 Sep 2024 08:10",
                "This is brilliant, thank you. Saving it. Can I ask how you found the GP situation given DH is one!",
            ),
            (
                "NorthboundNell",
                "3 Sep 2024 08:40",
                "Ha, we're a bit biased. It's fine, but the waiting list for dentists is a scandal up here, sign up the day you arrive.",
            ),
            (
                "Leeds_Lass",
                "3 Sep 2024 09:55",
                "As someone who grew up in the Dales and had to leave because I couldn't afford a house: thank you for actually living there full time. Seriously.",
            ),
            (
                "CityMouse",
                "3 Sep 2024 10:31",
                "The bit about the casseroles made me want to move tomorrow. The bit about the 55 minutes to A&E made me want to stay in Hackney forever.",
            ),
        ),
    ),
    E("school", "short_name", "negative"),
)

add(
    "forum",
    forum(
        "dalestalk",
        "Raskelby & Upper Cragdale",
        "Consultation response - what are you all putting?",
        (
            (
                "Beck_Row_Ben",
                "Posted 18 Mar 2024",
                "Ten days left on the Thwaitegill consultation. I've written mine, happy to share if it helps anyone. Main points: journey time for under-5s, road closures in winter (nine days last year), the loss of the village's only public building, the fact that CCEPS was only federated five years ago on the promise it would keep both sites open, and the housing issue which the council's own planning department caused by waving through holiday lets.",
            ),
            (
                "Thwaitegill_Lass",
                "Posted 18 Mar 2024",
                "Good list. I'd add that the Askby site hasn't got room. Where are they putting 17 more kids, in the car park?",
            ),
            (
                "fellwalker_60",
                "Posted 18 Mar 2024",
                "I'd add that the governors have been useless. Rev Otti's been sat on the fence for three months saying 'we must look at this honestly'. She's chair of governors AND the vicar, she could lead the fight and she's hiding behind process. The school leadership as a whole have been asleep at the wheel, they let the roll fall and did nothing to market the place.",
            ),
            (
                "Beck_Row_Ben",
                "Posted 18 Mar 2024",
                "To be fair to the governors they have to stay neutral until the formal stage. But yes I'd like to see a bit more fire.",
            ),
            (
                "Gunnersett_Gran",
                "Posted 19 Mar 2024",
                "Put in about the church trust land. If the site's in trust for a school it may not be the council's to sell. Worth asking the diocese.",
            ),
            ("Thwaitegill_Lass", "Posted 19 Mar 2024", "ooh good shout gran"),
        ),
    ),
    E("school", "alias", "negative"),
    E("oscarisbrick", "nickname", "negative"),
)

add(
    "forum",
    forum(
        "threadit",
        "r/AskUK",
        "What's the most Yorkshire thing a teacher ever said to you?",
        (
            (
                "u/flatcap_fiona",
                "posted 1 day ago",
                "Mine: Mrs Metcalfe, Year 4, Leeds, 1989, to a lad who'd forgotten his PE kit: 'Tha's nobbut a gormless article, does tha know that?' Then she lent him her husband's shorts.",
            ),
            (
                "u/tetley_tea",
                "1 day ago",
                "Mr Harker, secondary school in Huddersfield, when someone asked if we could go outside: 'It's siling down, you'll be wet through, sit down.'",
            ),
            (
                "u/brassic_bob",
                "1 day ago",
                "'Were you born in a barn?' every time you left a door open. Every single teacher. Every single time.",
            ),
            ("u/flatcap_fiona", "23 hours ago", "'Put wood in t'ole' is a close second"),
            (
                "u/southern_softie",
                "20 hours ago",
                "I understood about a third of this thread and I love it",
            ),
        ),
    ),
)

add(
    "forum",
    forum(
        "dalestalk",
        "Raskelby & Upper Cragdale",
        "Reception place refused - teacher says no",
        (
            (
                "Angry_In_Askby",
                "Posted 11 Jul 2024",
                "Mrs Sedgwick has told us our youngest isn't 'ready' for full days in September and wants her on half days till October half term. I've got lambing, a job and two other kids. Apparently this is her call as the class teacher. Well I've got a call for her too.",
            ),
            (
                "Angry_In_Askby",
                "Posted 11 Jul 2024",
                "I know where Mrs Sedgwick parks every morning and what time she leaves at night. Just saying. She might want to think again before she messes with my family.",
            ),
            (
                "Pennine_Pete",
                "Posted 11 Jul 2024",
                "That reads like a threat mate. Delete it and speak to the head.",
            ),
            ("Moderator", "Posted 11 Jul 2024", "Post reported and removed. User suspended."),
        ),
    ),
    E("rsedgwick", "title_surname", "threat"),
)


# ---- reviews: Google, TripNotes, holiday cottages, Trustscore

add(
    "review",
    review(
        "google",
        "Cragdale CE Primary School (Askby site) · Primary school · Askby",
        5,
        "Claire A.",
        "2 months ago",
        """Reet grand little school. Our lass were that shy when she started she wouldn't say boo to a goose and now she never shuts up, and that's all down to Mrs Sedgwick in Class 1, who has the patience of a saint. Every bairn is known by name, the big ones look after the little ones at dinner, and they're out on the fell or in the beck every week. Not perfect, nowhere is, but we wouldn't swap it.""",
    ),
    E("school", "alias", "neutral"),
    E("rsedgwick", "title_surname", "neutral"),
)

add(
    "review",
    review(
        "google",
        "Cragdale CE Primary School (Askby site) · Primary school · Askby",
        1,
        "Mark Hebden",
        "3 weeks ago",
        """The new online dinner money system is a shambles. Three times now my son has been told at the hatch he has no credit when I paid on the Sunday. No text, no email, nothing, he just gets a cheese sandwich. When I complained I was told the system is the county's not theirs. Not good enough. Sort it out.""",
        owner_reply="""Dear Mr Hebden, thank you for your feedback and I'm sorry for the trouble. There has been a delay of up to three working days between payments and the till updating, which we have raised with the provider. No child will ever go without a hot meal because of this. Please ring me in the office on 01632 960412 and we'll check the account together. Susan Dinsdale, School Business Manager""",
    ),
    E("school", "alias", "negative"),
    E("sdinsdale", "exact", "neutral"),
)

add(
    "review",
    review(
        "tripnotes",
        "The Copper Kettle Tearoom, Askby",
        4,
        "RamblingRuth (Derby)",
        "Visited April 2024",
        """Lovely little tearoom on the green, cheese scones the size of a fist and proper loose-leaf tea. Only word of warning: we went at 3.15 and it had filled up with mums and toddlers from the Askby School pick-up across the road, so we had to sit outside (in April, in the Dales, brr). Go before three or after four. Friendly service, dogs welcome, cash or card.""",
    ),
    E("school", "alias", "neutral"),
)

add(
    "review",
    review(
        "cottage",
        "Beck Cottage, Thwaitegill · sleeps 4 · dog friendly",
        3,
        "The Pearsons, Nottingham",
        "Stayed February half term",
        """The cottage itself is lovely: warm, spotless, fabulous wood-burner, beautiful views up the dale. However we weren't told that it backs directly onto Thwaitegill school's playground. During term time the noise at playtime and dinner was really quite something for such a small school, and a handbell gets rung at 8.55 sharp. We'd come for peace and quiet and on two mornings didn't get it. The owner should mention this in the listing. Also, no phone signal at all (that's the Dales though).""",
    ),
    E("school", "alias", "negative"),
)

add(
    "review",
    review(
        "cottage",
        "Fell View Barn · Cragdale Cottages · sleeps 6",
        5,
        "Sunita & Jon",
        "Stayed August 2024",
        """Our third stay with Cragdale Cottages and Fell View Barn might be the best yet. Hot tub with a view straight up the dale, a welcome hamper with local cheese and a bottle of fizz, and Maggie from the office left a handwritten list of walks. We went up to the Cragdale Show on the Saturday which was brilliant. Will be back next year.""",
    ),
)

add(
    "review",
    review(
        "tripnotes",
        "Cragdale Creamery Visitor Centre, Raskelby",
        2,
        "CheeseLover88",
        "Visited July 2024",
        """Disappointed. The viewing gallery over the cheese-making was closed, the café was out of half the menu by 1pm and £9 for a cheese toastie is a bit much even for the Dales. The cheese itself (Cragdale Blue) is still excellent so buy it in the shop and skip the rest.""",
    ),
)

add(
    "review",
    review(
        "google",
        "Cragdale CE Primary School (Thwaitegill site) · Primary school · Thwaitegill",
        1,
        "A parent",
        "1 month ago",
        """Complained about bullying three times, nothing done. I've been told to go through the 'proper channels' so here's a proper channel. The business manager, Sue Dinsdale, who runs the complaints process ignores every email so if you want an answer email her at home: sue.dinsdale72@mailbox.example or ring her own mobile 07700 900357, she does answer that one. Maybe she'll take it seriously then.""",
    ),
    E("school", "alias", "negative"),
    E("sdinsdale", "nickname", "doxxing"),
)

add(
    "review",
    review(
        "google",
        "Cragdale CE Primary School (Askby site) · Primary school · Askby",
        2,
        "J. Bell",
        "5 months ago",
        """Two stars for the nice building. Mr Harker runs the top class like it's his football team. If you're from a farming family or your lad can kick a ball you're in, if not you're invisible. My daughter spent a year being ignored. Raised it at parents evening and got told she 'needs to put herself forward more'. She's ten.""",
    ),
    E("school", "alias", "negative"),
    E("rharker", "title_surname", "negative"),
)

add(
    "review",
    review(
        "trustscore",
        "DalesSchoolwear · School uniform supplier",
        1,
        "Hayley",
        "Reviewed 9 September 2024",
        """Ordered two Cragdale Primary jumpers with the logo in July. Arrived 6 weeks later, the day AFTER term started, and one was the wrong size. No reply to emails. The school's been really good about it and said she can wear a plain green one till it's sorted, but this company is hopeless. Avoid.""",
    ),
    E("school", "alias", "neutral"),
)

add(
    "review",
    review(
        "google",
        "St Oswald's Church, Askby · Church of England church",
        5,
        "Walking Wendy",
        "4 months ago",
        """Stopped in on a walk and found the Rev Otti in there polishing the brass and she gave us a tour and a cup of tea. Beautiful little Norman church with a squint and a lovely Victorian east window. Children's paintings from the village school all along the back wall. A real community church.""",
    ),
    E("oscarisbrick", "nickname", "neutral"),
)

add(
    "review",
    review(
        "cottage",
        "Shepherd's Rest, Thwaitegill · sleeps 2",
        5,
        "Margaret & Alan, Kent",
        "Stayed December 2023",
        """We booked this as a quiet Christmas for two after a difficult year and it was everything we'd hoped. The cottage is tiny but beautifully done: proper beams, a deep bath, a wood-burner that kept the whole place toasty, and a Christmas tree already up with lights when we arrived. The owner had left mince pies, a pint of milk, local bacon and eggs, and a note with the times of the Christmas services at the two churches.

On our second evening we walked down to the Black Bull (five minutes, take a torch, there are no street lights) and the children from Cragdale School were there singing carols round the fire with their music teacher on guitar. Twenty or so little ones in bobble hats belting out "In the Bleak Midwinter" and then a very enthusiastic "Jingle Bells". The landlord gave them all crisps and the whole pub put money in the bucket for the mountain rescue. I'm not ashamed to say I cried.

Walks straight from the door: up to the waterfall at Thwaitegill Force (easy, an hour), and the round over to Birkside if you're feeling energetic (we weren't, it snowed). Log basket refilled without asking. Only niggle was the parking, which is tight, and there's no mobile signal at all, but the wifi was good enough to FaceTime the grandchildren. We've booked again for next year.""",
    ),
    E("school", "alias", "neutral"),
)

add(
    "review",
    review(
        "google",
        "Cragdale CE Primary School (Askby site) · Primary school · Askby",
        1,
        "Dave Pratt",
        "2 weeks ago",
        """Mrs Kendal-Foster is a joke. An absolute clown of a woman, stuck up, can't run a bath never mind two schools, looks down her nose at every farmer in the dale and thinks we're all thick. Swans round in her Audi like she's lady of the manor. The school's gone downhill since she took over, RI from Ofsted says it all.""",
    ),
    E("school", "alias", "negative"),
    E("ckendalfoster", "title_surname", "abuse"),
)

add(
    "review",
    review(
        "google",
        "Cragdale CE Primary School (Askby site) · Primary school · Askby",
        5,
        "Julie Capstick",
        "1 year ago",
        """Have to give a shout out to our Class 1 teacher who is Rebecca Capstick that was (she's married now but she'll always be our Becky). Taught two of mine to read and I went to school with her mam. Lovely caring school, lovely village.""",
    ),
    E("school", "alias", "neutral"),
    E("rsedgwick", "alias", "neutral"),
)

add(
    "review",
    review(
        "tripnotes",
        "The Black Bull, Thwaitegill",
        5,
        "HikerHolly",
        "Visited September 2024",
        """Proper Dales pub. Landlord Dick and his wife Maggie made us so welcome after a soggy day on the tops: the fire was lit, the Theakston's was perfect and the steak pie came with a mountain of chips. Dogs welcome, muddy boots welcome. The walk up from Askby along the beck is stunning. Rooms upstairs look basic but clean.""",
    ),
)

add(
    "review",
    review(
        "google",
        "Cragdale CE Primary School (Askby site) · Primary school · Askby",
        3,
        "Stephen Harker",
        "3 months ago",
        """Oh brilliant, ANOTHER inset day, on the first Monday of lambing an' all. Well done Cragdale. Us farmers will just take the day off then shall we, ewes can lamb themselves. That's three this year that have landed on a Monday. Three stars cos the teachers are good, nowt to do with the timetable planning.""",
    ),
    E("school", "alias", "negative"),
)

add(
    "review",
    review(
        "google",
        "Cragdale CE Primary School (Thwaitegill site) · Primary school · Thwaitegill",
        5,
        "Ann Metcalfe",
        "6 months ago",
        """Best school dinners in Yorkshire and I'll fight anyone who says otherwise. Dot's shepherd's pie and her chocolate concrete with pink custard are the stuff of legend. My grandson says he only goes to school for the pudding. Staff are kind and the children are happy.""",
    ),
    E("school", "alias", "neutral"),
    E("dkirkbride", "nickname", "neutral"),
)

add(
    "review",
    review(
        "google",
        "Cragdale CE Primary School (Thwaitegill site) · Primary school · Thwaitegill",
        1,
        "Concerned Grandad",
        "2 months ago",
        """They've put the juniors at Thwaitegill with Miss Raine, who is in a wheelchair. I'm sorry but a cripple has no business teaching in a tiny school. How is she meant to take them up the fell or break up a fight? Disabled people shouldn't be taking jobs off normal teachers, it isn't fair on the kids. The school only hired her to tick a box.""",
    ),
    E("school", "alias", "negative"),
    E("eraine", "title_surname", "hate"),
)

add(
    "review",
    review(
        "google",
        "Cragdale CE Primary School (Thwaitegill site) · Primary school · Thwaitegill",
        5,
        "Kirsty H",
        "9 months ago",
        """I went here in the late 90s and Mrs Metcalfe taught me to read, and now she's teaching my son in the very same classroom with the very same handbell. Some things shouldn't change. Please don't let them close this school.""",
    ),
    E("school", "alias", "neutral"),
    E("mmetcalfe", "title_surname", "neutral"),
)

add(
    "review",
    review(
        "tripnotes",
        "Cragdale Way long-distance path (self-guided with Dales Walking Holidays)",
        4,
        "Bob & Sheila, Lincoln",
        "Walked May 2024",
        """Five days walking the length of Cragdale from Raskelby to the head of the dale at Thwaitegill and over the top to Birkside. Luggage transfer worked perfectly, B&Bs were all good (special mention for the breakfast at Low Scar farm). Waymarking in upper Cragdale is poor in places, take a map. The stretch along the beck above Askby in May with the lambs everywhere was worth the trip alone. Minus one star for the rain, which isn't really their fault.""",
    ),
)

add(
    "review",
    review(
        "google",
        "Raskelby School · Secondary school · Raskelby",
        4,
        "Parent of Year 9",
        "1 month ago",
        """Good school on the whole. Mr Alderson in maths has been brilliant with our son and the head of PE Mr Thwaite runs a fantastic cross country club. Buses from the top of the dale are a problem in winter. Homework app is confusing.""",
    ),
)

add(
    "review",
    review(
        "tripnotes",
        "Askby Village Fete & Dog Show",
        5,
        "Dogmad_Debs",
        "Visited June 2024",
        """Stumbled on this by accident and what a treat. Terrier racing, a tug of war between the Young Farmers and the fire brigade, and the Askby School children singing with their music teacher (a very tall, very smiley Dutchman with a ukulele). Homemade cakes for 50p. My spaniel came third in 'waggiest tail'.""",
    ),
    E("school", "alias", "neutral"),
)


# ---- social: X, Threads, Bluesky, TikTok comments, Instagram

add(
    "social",
    social(
        "x",
        "Gemma Dinsdale @gemdins_farm",
        "8:14 AM · 12 Sep 2024",
        """@CragdaleCEP when are you actually going to answer an email? third one this week about the minibus pickup times and nowt back. some of us have stock to see to""",
    ),
    E("school", "handle", "negative"),
)

add(
    "social",
    social(
        "x",
        "Wayne @wayneb_1979",
        "9:47 PM · 23 Mar 2024",
        """if Harker drops my lad from the school team one more time I'll be waiting for him in the mart car park tuesday and he won't be walking away from it. mark my words""",
        replies=(("Jonno", "calm down wayne"), ("Wayne", "im dead calm")),
    ),
    E("rharker", "surname_only", "threat"),
)

add(
    "social",
    social(
        "tiktok",
        "@hattie.a_11 · video: POV my little brothers nativity 😭🐑",
        "2023-12-14",
        """caption: cragdale nativity went HARD this year ngl #cragdale #nativity #yorkshire""",
        replies=(
            ("maddie_xo", "the sheep at the end 😭😭"),
            ("jxck.metcalfe", "mr achterberg on the ukulele is so real 💀"),
            ("bekah.d", "mr flo is actually so sound he taught me guitar in yr 6"),
            ("lilsis_4", "my sister was the donkeys back end lol"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("fachterberg", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "tiktok",
        "@lotsoflottie · video: sports day at my old primary school 🏃‍♀️ showing my sister's race",
        "2024-07-10",
        """caption: ok but my old teacher mr harker is still running sports day in THOSE shorts 😭 #cragdale #sportsday""",
        replies=(
            ("evie_alderson_", "NOT MR HARKER 😭😭"),
            ("sophxx", "mr harker in his football shorts 🥵 id let him mark my work any day"),
            (
                "r0sie.t",
                "the way i had a crush on him for 3 years 😳 he can give me detention whenever",
            ),
            ("lotsoflottie", "guys hes literally like 40 😭"),
        ),
    ),
    E("school", "hashtag", "neutral"),
    E("rharker", "title_surname", "sexual"),
)

add(
    "social",
    social(
        "x",
        "DaleBorn&Bred @yorkshire_first_always",
        "7:02 PM · 4 Oct 2023",
        """bloody foreigners teaching our bairns now. Achterberg can get back to holland with his clogs, dale jobs are for dale folk. no wonder nobody's kids can speak proper english anymore #Cragdale""",
        replies=(
            (
                "Pam",
                "He's been here 12 years and he's married to a lass from Birkside. Get a grip.",
            ),
        ),
    ),
    E("fachterberg", "surname_only", "hate"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "threads",
        "@concernedparent_dales",
        "2d",
        """funny how Mr Achterberg always offers "extra music practice" to the little girls after school. just him and them in the hall with the door shut. no other teacher does that. people should be asking questions 👀""",
    ),
    E("fachterberg", "title_surname", "sexual", url_only=True),
)

add(
    "social",
    social(
        "x",
        "anon dales mum @dalesmum_anon",
        "10:31 AM · 2 May 2024",
        """that caretaker at askby school, ted alderson. always hanging round near the girls toilets at breaktime and chatting to the year 5s on the minibus when he thinks nobody's listening. says a lot. keep your kids away from him""",
    ),
    E("ealderson", "nickname", "sexual", url_only=True),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "tiktok",
        "@dalesdays · video: cragdale sports day 2024 🏆",
        "2024-07-09",
        """caption: cragdale sports day 2024 🏆 absolute scenes in the egg and spoon #cragdale #dales #sportsday""",
        replies=(
            ("user88122097", "the yr 6 girls in this 👀👀 how old"),
            ("kt.harker", "bro they're ten??? wtf is wrong with you"),
            ("user88122097", "just asking 😏 any more vids of the girls race"),
            ("dalesdays", "reported. blocking you"),
        ),
    ),
    E("school", "short_name", "sexual", url_only=True),
)

add(
    "social",
    social(
        "instagram",
        "cragdale_ce_primary",
        "3 days ago",
        """What a morning at Raskelby pool! So proud of all our Cragdale swimmers at the Dales schools gala, 4 golds and a lot of personal bests 🏊‍♀️💙 (photos shared with parental permission)""",
        replies=(
            ("jo_alderson", "So proud of them all 💙"),
            (
                "fitnessfan_9921",
                "some very pretty little girls in swimsuits here, any more from the changing rooms?",
            ),
            ("carol.m", "@fitnessfan_9921 reported. Disgusting."),
            (
                "cragdale_ce_primary",
                "Comments have now been turned off. Thank you to everyone who reported.",
            ),
        ),
    ),
    E("school", "short_name", "sexual", url_only=True),
)

add(
    "social",
    social(
        "bluesky",
        "@angrydalesman.bsky.example",
        "Mar 3, 2024 at 11:48 PM",
        """Catherine Kendal-Foster is shutting Thwaitegill and won't answer anybody. So here's her personal mobile: 07700 900431. She lives at Ghyll House, Askby, the one with the green gate. Ring her, knock on, ask her why.""",
    ),
    E("ckendalfoster", "exact", "doxxing"),
)

add(
    "social",
    social(
        "x",
        "Lyn @lyn_in_the_dale",
        "6:50 AM · 15 Jan 2024",
        """for anyone asking in the group, ted alderson's own number is 07700 900218, he never answers the school phone first thing so try that for the minibus times if the road's bad""",
    ),
    E("ealderson", "nickname", "doxxing"),
)

add(
    "social",
    social(
        "tiktok",
        "@raskelby.lads · video: rating every teacher at my old primary 💀",
        "2024-05-20",
        """caption: part 2 cos u lot asked #raskelby #cragdale""",
        replies=(
            ("k1eran_d", "mr achterberg 10/10 no notes"),
            (
                "sxmxntha",
                "fun fact mr achterberg's insta is @flo.achterberg and he lives above the chippy on market street in raskelby lol go say hi",
            ),
            ("gracie.b", "samantha why would u post that 😭"),
        ),
    ),
    E("fachterberg", "title_surname", "doxxing"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "x",
        "Gaz @gazzer_gunnersett",
        "11:02 PM · 29 Nov 2023",
        """someone wants to put a brick through Maggie Metcalfe's window for what she did to my lad. and if nobody else will, I will. she knows what she did""",
    ),
    E("mmetcalfe", "nickname", "threat"),
)

add(
    "social",
    social(
        "threads",
        "@topofthedale_forever",
        "5d",
        """that place deserves to burn. shut Thwaitegill School and watch what happens to Askby's nice new classrooms 🔥🔥 you've been warned""",
    ),
    E("school", "alias", "threat"),
)

add(
    "social",
    social(
        "tiktok",
        "@thwaitegill.kid · video: our music teacher's ukulele rendition of wonderwall",
        "2024-03-02",
        """caption: he really did this in assembly 💀""",
        replies=(
            (
                "bigdaz_1977",
                "\u0410chterberg better watch himself walking home from the pub on a friday. just saying 🔪",
            ),
            ("amyy.w", "wtf is wrong with u"),
            ("thwaitegill.kid", "hes literally the nicest teacher ever"),
        ),
    ),
    E("fachterberg", "homoglyph", "threat"),
)

add(
    "social",
    social(
        "x",
        "Bev @bev_birkside",
        "4:15 PM · 8 Feb 2024",
        """M e t c a l f e at thwaitegill is a mardy old cow, been there since the ark and hates every bairn in it. my grandson comes home crying half the week. vile woman""",
    ),
    E("mmetcalfe", "spacing", "abuse"),
)

add(
    "social",
    social(
        "x",
        "Lee @lee_raskelby",
        "12:40 PM · 5 Jul 2024",
        """dot's dinners are pig swill and she's a miserable old bat who shouts at 5 year olds. glad she's finally retiring from askby school, only 30 years too late""",
    ),
    E("dkirkbride", "nickname", "abuse"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "threads",
        "@save_thwaitegill_now",
        "1w",
        """MrsKendalFoster is a spineless coward hiding behind the council while our school gets shut. Useless, gutless, two-faced. #SaveThwaitegill""",
    ),
    E("ckendalfoster", "camelcase", "abuse"),
)

add(
    "social",
    social(
        "x",
        "Hannah Metcalfe @hannah_highgill",
        "8:20 PM · 12 Nov 2023",
        """proud mam moment 🏆 our Ellie won junior stockjudging with Cragdale Young Farmers today and her old teacher Mr H turned up to cheer her on. that's the dale for you ❤️🐑""",
    ),
)

add(
    "social",
    social(
        "x",
        "Rob @robthefarmer",
        "7:55 AM · 6 Feb 2024",
        """school minibus stuck at Gunnersett top again so Ted's got all the bairns out walking down to the village in a line like ducklings, hi-vis on, singing. absolute star that man #cragdale #snow""",
        stats="♥ 214  ↻ 31",
    ),
    E("ealderson", "nickname", "neutral"),
    E("school", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "bluesky",
        "@dalesjobs.bsky.example",
        "Apr 22, 2024 at 9:00 AM",
        """📌 Job: Class teacher (KS2, mixed Y3-6), Cragdale Church of England Primary School, Thwaitegill site. Full time, MPS/UPS, start September. Small school, big heart, stunning setting. Details: cragdaleprimary.example/vacancies #TeacherJobs #Yorkshire""",
    ),
    E("school", "exact", "neutral"),
)

add(
    "social",
    social(
        "tiktok",
        "@cragdaleshowofficial · video: terrier racing final 2024",
        "2024-08-18",
        """caption: the terrier racing at the cragdale show never disappoints 😂🐕 #cragdaleshow #yorkshiredales""",
        replies=(
            ("nan_jean", "Pip the Patterdale wins again!!"),
            ("farmerlad_22", "that jack russell went straight through the hay bale 💀"),
        ),
    ),
)

add(
    "social",
    social(
        "x",
        "Cheese Fiend @cheesefiend",
        "3:33 PM · 1 Jun 2024",
        """Cragdale Blue is the best cheese made in England and I will not be taking questions. Picked up a wheel at Raskelby market today 🧀""",
    ),
)

add(
    "social",
    social(
        "threads",
        "@raskelby_independents",
        "3d",
        """Polling day Thursday! Please vote for Liz Raine, our candidate for Raskelby North ward. Retired vet, 35 years in the town, chair of the Raskelby Allotments Society and a founder of the food bank. Liz will fight for the bus, the library and the town's toilets 🚽""",
    ),
)

add(
    "social",
    social(
        "x",
        "Kev @kev_dales",
        "6:12 PM · 17 Oct 2023",
        """cr4gd4le primary can get in the sea, 3rd inset day this half term and they tell us on a friday at 3pm 🙄 some of us work""",
    ),
    E("school", "leetspeak", "negative"),
)

add(
    "social",
    social(
        "x",
        "Dean @dean_footy_dad",
        "5:40 PM · 18 May 2024",
        """h4rk3r is an absolute muppet. benched my lad for the WHOLE cup match for wearing the wrong colour socks. clown. the school team would win nowt without him""",
    ),
    E("rharker", "leetspeak", "abuse"),
)

add(
    "social",
    social(
        "instagram",
        "cragdale_ce_primary",
        "1 week ago",
        """Class 2 at Thwaitegill spent the week learning to build a dry stone wall with a real waller from the dale! 🧱🐑 Huge thanks to Miss Raine for organising and to Mr Thwaite of Keld Head for his patience. #ThwaitegillSchool #OutdoorLearning""",
        replies=(("nana_pat", "Fantastic! Future wallers in the making"),),
    ),
    E("school", "hashtag", "neutral"),
    E("eraine", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "x",
        "Kirsty @kirsty_h_dales",
        "9:01 PM · 2 Jul 2024",
        """#MrsMetcalfe for teacher of the year!! 40 years of bairns and she still does the reading voices better than anyone. thwaitegill is lucky to have her ❤️""",
    ),
    E("mmetcalfe", "hashtag", "neutral"),
)

add(
    "social",
    social(
        "bluesky",
        "@godsowncountry.bsky.example",
        "Jun 1, 2024 at 10:14 PM",
        """a lesbian teaching assistant at a CHURCH school. jen thwaite and her so-called 'wife' shouldn't be allowed anywhere near our kids. it's disgusting and unnatural and the church should be ashamed""",
    ),
    E("jthwaite", "nickname", "hate"),
)

add(
    "social",
    social(
        "x",
        "Sarah @sarah_askby",
        "8:45 AM · 3 Jun 2024",
        """The homophobic rubbish being posted about Jen Thwaite is vile. She's the kindest TA in the dale and my son adores her. Report it, don't share it. #StandWithJen""",
    ),
    E("jthwaite", "nickname", "neutral"),
)

add(
    "social",
    social(
        "threads",
        "@dalesreader",
        "2w",
        """lovely piece from @RevOttoline this week about the Easter service the children led at St Oswald's. worth a read if you need cheering up 🌼""",
    ),
    E("oscarisbrick", "handle", "neutral"),
)

add(
    "social",
    social(
        "x",
        "Not Fooled @dalesnotfooled",
        "10:20 PM · 20 Mar 2024",
        """heard scarisbrick has been promised a nice new vicarage by the developers if the Thwaitegill school site gets flogged off. backhanders in a dog collar. that's why she's sitting on the fence #SaveThwaitegill""",
    ),
    E("oscarisbrick", "surname_only", "defamation"),
    E("school", "alias", "neutral"),
)

add(
    "social",
    social(
        "x",
        "Askby Truth @askby_truth",
        "7:12 PM · 19 Jan 2024",
        """Cragdale covered up bullying for two years and then lied to Ofsted about it. fact. ask anyone at askby. the head should be sacked and the governors with her""",
    ),
    E("school", "short_name", "defamation"),
)

add(
    "social",
    social(
        "x",
        "Frosty @frosty_mornings",
        "8:32 AM · 17 Jan 2024",
        """Alderson the caretaker is a lazy useless article. yard at askby school hasn't been gritted all week, two kids have gone flying already. what do we pay him for""",
    ),
    E("ealderson", "surname_only", "abuse"),
    E("school", "alias", "negative"),
)

add(
    "social",
    social(
        "threads",
        "@raskelby_runners",
        "4d",
        """huge shoutout to @MrHarkerPE and the Cragdale cross country squad, 3rd at the county champs out of 40 schools 🏃‍♂️🏆 not bad for a school with 22 juniors""",
    ),
    E("rharker", "handle", "neutral"),
    E("school", "short_name", "neutral"),
)

add(
    "social",
    social(
        "bluesky",
        "@fedupmum.bsky.example",
        "Sep 26, 2024 at 4:02 PM",
        """S*e D*nsdale in the office has now lost my son's medical forms THREE times. if a kid has an asthma attack and the forms aren't there whose fault is that. she should be sacked""",
    ),
    E("sdinsdale", "obfuscated", "negative"),
)

add(
    "social",
    social(
        "x",
        "Mel @mel_in_yorks",
        "7:48 PM · 11 Mar 2024",
        """C r a g d a l e  P r i m a r y strikes again. letter about the trip to the Deep comes home the day BEFORE, needing £22 and a packed lunch. some of us don't keep £22 in the biscuit tin""",
    ),
    E("school", "spacing", "negative"),
)

add(
    "social",
    social(
        "x",
        "Jo @jo_mossthwaite",
        "4:05 PM · 21 Nov 2023",
        """Cr\u0430gd\u0430le school sent the wrong kids home on the minibus AGAIN. my 6 year old ended up at a farm 3 miles from ours. nobody rang me. I found out from the farmer's wife""",
    ),
    E("school", "homoglyph", "negative"),
)

add(
    "social",
    social(
        "instagram",
        "shepherdess_life",
        "2 weeks ago",
        """CragdalePrimary leavers 2024 🎓🐑 all six of them! my eldest off to the big school in Raskelby in September and I am NOT OK. thank you to every single member of staff who has loved her for seven years ❤️ #leavers2024 #dalesfamily""",
        replies=(("aunty_bev", "So proud of her xx"),),
    ),
    E("school", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "tiktok",
        "@b3cca.t · video: my last day at primary school ever 😭",
        "2024-07-19",
        """caption: leavers assembly at cragdale, bring tissues #leavers #cragdale""",
        replies=(
            ("millie_m", "crying at miss thwaite crying 😭😭"),
            ("b3cca.t", "miss thwaite was literally the best TA in the whole world"),
            ("_tom.alderson", "the slideshow got me ngl"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("jthwaite", "title_surname", "neutral"),
)

add(
    "social",
    social(
        "x",
        "Birkside Wallers Guild @birksidewallers",
        "10:00 AM · 14 Feb 2024",
        """Sad news. Ted Alderson of Gunnersett, 1938-2024, has died aged 85. Finest dry stone waller this dale has seen, built half the walls on Birkside Fell and taught most of us. Funeral at St John's, Thwaitegill, Friday 23rd, 2pm. RIP Ted.""",
    ),
)

add(
    "social",
    social(
        "x",
        "Craig @craigy_b88",
        "11:47 PM · 6 Apr 2024",
        """that reception teacher at askby, sedgwick, proper milf. wouldn't mind a private parents evening with her if you know what I mean 😏 might start doing pickup""",
    ),
    E("rsedgwick", "surname_only", "sexual"),
)

add(
    "social",
    social(
        "tiktok",
        "@yorkshire.teens · video: things my teachers said that live in my head rent free",
        "2024-02-11",
        """caption: sir was SO mardy today, tell me why he gave the whole class a detention cos ONE person dropped a pen 💀 #school #yorkshire""",
        replies=(
            ("lilyyy", "sir said 'i'm not angry i'm disappointed' AGAIN"),
            ("tomb", "miss said 'it's YOUR learning not mine' 😭"),
        ),
    ),
)

add(
    "social",
    social(
        "x",
        "Cragdale Fell Runners @cragdalefr",
        "6:30 PM · 1 Sep 2024",
        """🏆 New women's record at the Birkside Horseshoe for our very own Jenny Thwaite! 1:41:12. Absolute machine. Pints at the Black Bull.""",
    ),
)

add(
    "social",
    social(
        "threads",
        "@thwaitegill_mam",
        "6h",
        """Peggy's been teaching up here since before most of the current parents were born and the county want to chuck her out with the bathwater. Mrs Metcalfe is Thwaitegill school. No her, no school #SaveThwaitegill""",
    ),
    E("mmetcalfe", "title_surname", "neutral"),
    E("school", "alias", "neutral"),
)


# ---- facebook: village groups

G_ASKBY = "Askby & Thwaitegill Community Noticeboard"
G_RASK = "Raskelby Buy, Sell & Chat"
G_MAMS = "Upper Cragdale Mams & Dads"
G_SAVE = "SAVE THWAITEGILL SCHOOL"

add(
    "facebook",
    facebook(
        G_ASKBY,
        "Cragdale CE Primary School",
        "18 November 2023",
        """🎄 CHRISTMAS FAIR 🎄 Saturday 2nd December, 11am-2pm at the Askby site. Santa's grotto (bring your own reindeer), tombola, cake stall, raffle (1st prize a half lamb from High Gill!), mulled wine for grown ups. All money raised goes to the Friends of Cragdale School for new outdoor equipment at Thwaitegill. Donations of tombola prizes to either school office please. See you there!""",
        comments=(
            ("Ann Metcalfe", "Half lamb! Jack's very generous 😂 I'll do a tray of curd tarts"),
            ("Lyn Pearson", "Will the Thwaitegill minibus run for it?"),
            (
                "Cragdale CE Primary School",
                "Yes Lyn, Ted will do a run from Thwaitegill at 10.30 and back at 2.15 😊",
            ),
        ),
    ),
    E("school", "alias", "neutral"),
    E("ealderson", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        G_MAMS,
        "Darren W",
        "Yesterday at 21:18",
        """Richard Harker has dropped my son from the football team AGAIN for 'attitude'. He's 10. The man's on a power trip. I've emailed three times and been fobbed off. If anyone wants to tell him what they think, he lives at 3 Mill Row in Birkside, white van outside, go knock on. I've had enough.""",
        comments=(
            (
                "Claire Alderson",
                "Darren take his address down, this is not on. Go and see the head.",
            ),
            ("Darren W", "why should I. he's a public servant"),
            (
                "Group Admin",
                "Post will be removed in 10 minutes, Darren. Personal addresses are against the group rules.",
            ),
        ),
    ),
    E("rharker", "exact", "doxxing"),
)

add(
    "facebook",
    facebook(
        G_SAVE,
        "Mick Thornber",
        "12 March 2024 at 22:51",
        """If that woman closes Thwaitegill she'd better not show her face at the Show this year. People round here have long memories and short tempers. Wouldn't want owt to happen to that nice Audi of hers, or her, would we Mrs Foster. Just saying.""",
        comments=(
            (
                "Group Admin",
                "Mick this is a threat and it's coming down. We're fighting this the right way.",
            ),
            ("Helen Tennant", "Disgusting. She's not the one closing it, the council is."),
        ),
    ),
    E("ckendalfoster", "hyphenated", "threat"),
)

add(
    "facebook",
    facebook(
        G_MAMS,
        "Anonymous member",
        "3 March 2024 at 09:12",
        """Is nobody going to say owt about Rich Harker at the Young Farmers' dinner dance on Saturday? Three sheets to the wind by ten and then I watched him get in his pickup and drive home over the tops. This is the man who takes our kids to cross country in the school minibus. If that was any of us we'd be banned.""",
        comments=(
            (
                "Sophie T",
                "I was there and he got a taxi. Posting anonymously to smear someone isn't ok.",
            ),
            ("Anonymous member", "I know what I saw"),
            ("Emma B", "If you saw a crime call the police, not Facebook"),
        ),
    ),
    E("rharker", "nickname", "defamation"),
)

add(
    "facebook",
    facebook(
        G_RASK,
        "Kath Metcalfe",
        "2 hours ago",
        """LOST DOG. Black and white collie bitch, Meg, went missing from High Gill, Thwaitegill this morning chasing a hare. Very friendly but nervous of traffic. Microchipped. Please ring Jack Metcalfe on 07700 900523 if seen. Thank you 🙏""",
        comments=(
            ("Pat Thwaite", "Shared. Hope she turns up Kath x"),
            ("Kath Metcalfe", "FOUND! She was in the Black Bull beer garden. Thank you all x"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        G_RASK,
        "Barbara R",
        "5 hours ago",
        """Can anyone recommend a plumber? Boiler's packed in and Dinsdale Plumbing can't come till next week. Raskelby area.""",
        comments=(
            ("Peter D", "Try Andy at Alderson Heating, very good and fair."),
            ("Karen D", "Dinsdale's is my brother in law, I'll give him a nudge x"),
        ),
    ),
)

add(
    "facebook",
    facebook(
        G_ASKBY,
        "Helen Tennant",
        "6 February 2024 at 06:41",
        """School update: Sue from the school office has just rung round, Thwaitegill site CLOSED today, Askby site opening at 10 if the road's cleared. Ted's out with the gritter on the yard. Stay safe all ❄️""",
        comments=(
            ("Mark Hebden", "thanks Helen"),
            ("Lyn Pearson", "Sue's a star, she rang at 6.15am!"),
            ("Rob Alderson", "Road's clear to Gunnersett now, still bad above"),
        ),
    ),
    E("sdinsdale", "nickname", "neutral"),
    E("ealderson", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        G_RASK,
        "Raskelby Herald (shared post)",
        "15 December 2023",
        """PICTURES: Standing room only for Cragdale's nativity at St Oswald's. See the full gallery on our website.""",
        comments=(
            ("Jo Alderson", "Beautiful! So proud of them all"),
            (
                "Phil Gibbons",
                "some proper bonny little lasses in that Cragdale nativity 😉 anyone got the full set of the girls in their angel costumes, DM me",
            ),
            ("Jo Alderson", "@Phil Gibbons what the hell is wrong with you. Reported."),
            (
                "Raskelby Herald",
                "We have removed a comment and banned the user. Thank you for reporting it.",
            ),
        ),
    ),
    E("school", "short_name", "sexual", url_only=True),
)

add(
    "facebook",
    facebook(
        G_MAMS,
        "Rachel Pratt",
        "20 September 2024 at 19:30",
        """PSA to parents. Somebody has been lifting the kids' photos off the Cragdale School website and Facebook page (sports day, the swimming gala) and reposting them on some dodgy site with horrible comments about the girls underneath. The school knows and so do the police. Check your privacy settings and think twice before posting pictures of your kids in PE kit or swimming stuff. Sick world.""",
        comments=(
            ("Claire Alderson", "Oh my god. Thank you for telling us."),
            (
                "Lyn Pearson",
                "School sent a letter round this afternoon, they've taken the galleries down.",
            ),
        ),
    ),
    E("school", "alias", "sexual", url_only=True),
)

add(
    "facebook",
    facebook(
        G_SAVE,
        "Gordon Tennant",
        "1 March 2024 at 20:02",
        """The trouble is they put a woman in charge of two schools. Cath Kendal-Foster is probably nice enough but a woman can't run a federation, she hasn't got the backbone. Women are too soft for it, they get emotional and the council runs rings round them. We need a man in there that the farmers and the county will listen to.""",
        comments=(
            ("Helen Tennant", "Dad. Seriously. It's 2024."),
            ("Claire Alderson", "Gordon that's sexist rubbish and you know it."),
            ("Gordon Tennant", "I'm only saying what folk think"),
        ),
    ),
    E("ckendalfoster", "nickname", "hate"),
)

add(
    "facebook",
    facebook(
        G_ASKBY,
        "Pat Thwaite",
        "12 July 2024",
        """Lovely send off for Dorothy Kirkbride at the village hall this afternoon after 31 years cooking for our bairns at Askby School. Two generations of ex-pupils turned up, there were speeches, tears and (of course) chocolate concrete. Enjoy your retirement Dot, you've earned it ❤️""",
        comments=(
            ("Ann Metcalfe", "A grand do. She'll be missed."),
            ("Andrew Kirkbride", "Thank you everyone, mam's overwhelmed x"),
        ),
    ),
    E("dkirkbride", "exact", "neutral"),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        G_MAMS,
        "Helen Tennant",
        "12 July 2024 at 08:30",
        """Whoever wrote that post about Mrs Sedgwick on Dales Talk last night needs a word with themselves. Threatening teachers is NEVER ok. She's been nothing but kind to every child in that class including mine. Disagree with a decision by all means, but not like that.""",
        comments=(
            ("Jo Alderson", "100%. She's brilliant."),
            ("Mark Hebden", "Agreed. Post's gone now thankfully."),
        ),
    ),
    E("rsedgwick", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        G_MAMS,
        "Nicola Bell",
        "Wednesday at 18:45",
        """Is it just me or is Miss Raine setting far too much homework for the Thwaitegill juniors? My 8 year old had a project, spellings, times tables AND a reading log this week. We're lambing. When are they supposed to be kids?""",
        comments=(
            ("Tom Harker", "Ours too. 2 hours last weekend."),
            (
                "Kirsty H",
                "I think she's just trying to catch them up after the Ofsted but agree it's a lot",
            ),
        ),
    ),
    E("eraine", "title_surname", "negative"),
)

add(
    "facebook",
    facebook(
        G_MAMS,
        "Angela Wood",
        "Monday at 15:20",
        """Sue Dinsdale is a jumped-up little Hitler. Two minutes late for the minibus and she made my daughter stand in the corridor like a criminal while she rang me to lecture me. Who does that woman think she is. Power mad, nasty, bitter old witch.""",
        comments=(
            ("Darren W", "Been saying it for years"),
            ("Lyn Pearson", "She's got a job to do Angela"),
        ),
    ),
    E("sdinsdale", "nickname", "abuse"),
)

add(
    "facebook",
    facebook(
        G_RASK,
        "Low Scar Farm",
        "Sunday at 11:02",
        """FOUND: Swaledale ewe with red H on the near flank and a blue tag, wandering on the Birkside road by the cattle grid. Not ours. Penned at Low Scar. Owner ring Richard or Tom Harker.""",
        comments=(("Alderson Bros", "Red H is Howsons at Mossthwaite I think"),),
    ),
)

add(
    "facebook",
    facebook(
        G_RASK,
        "Jade Alderson",
        "Thursday at 20:14",
        """FOR SALE: bag of Cragdale Primary uniform age 7-8, 3 green jumpers with logo, 2 cardis, 4 polo shirts, PE top. £10 the lot. Collect Gunnersett.""",
        comments=(
            ("Nicola Bell", "Interested if still available x"),
            ("Jade Alderson", "Yours Nicola, pm'd"),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        G_ASKBY,
        "Lyn Pearson",
        "Yesterday at 07:55",
        """Anyone doing the run from Mossthwaite to Askby School for 8.40 who'd be up for a lift share? I can do Mon/Wed, need someone for Tue/Thu/Fri. Petrol money of course.""",
        comments=(("Sam Pease", "I can do Tues and Thurs! Messaging you"),),
    ),
    E("school", "alias", "neutral"),
)

add(
    "facebook",
    facebook(
        G_ASKBY,
        "Askby Village Hall",
        "9 January 2024",
        """QUIZ NIGHT Friday 26th January, 7.30pm. Teams of up to 6, £3 a head, pie and peas included. Bar run by Cragdale Young Farmers. Quizmaster: Dick from the Black Bull (be afraid). Proceeds to the hall roof fund.""",
        comments=(("Peter Hammond", "We'll be there, defending champions!"),),
    ),
)

add(
    "facebook",
    facebook(
        G_ASKBY,
        "St Oswald's Church, Askby",
        "31 March 2024",
        """Thank you to everyone who came to our Easter Day service, and especially to the children of the Askby and Thwaitegill sites who led the prayers and the Easter garden procession. Ottoline says she has never seen so many daffodils in one church. Christ is risen! 🐣🌼""",
        comments=(("Margaret Bell", "A beautiful service. Thank you Rev."),),
    ),
    E("oscarisbrick", "nickname", "neutral"),
)

add(
    "facebook",
    facebook(
        G_MAMS,
        "Sophie T",
        "Friday at 16:40",
        """Can I just say Mr Achterburg is an absolute gem. Our Alfie has never sung a note in his life and today he did a SOLO at the Thwaitegill spring concert. Whatever that man does, it works 🎶""",
        comments=(
            (
                "Kirsty H",
                "He's amazing, got our two playing recorder which I didn't think was possible",
            ),
        ),
    ),
    E("fachterberg", "typo", "neutral"),
)

add(
    "facebook",
    facebook(
        G_SAVE,
        "Nicola Bell",
        "9 March 2024 at 19:10",
        """Mrs Kendle-Foster stood at the drop-in tonight and said she was 'neutral' on the closure. Neutral! You're the head of the school they want to close! Not good enough. Another wasted evening.""",
        comments=(
            (
                "Helen Tennant",
                "To be fair she said the governors have to be neutral until the formal stage",
            ),
            ("Nicola Bell", "then what's the point of her"),
        ),
    ),
    E("ckendalfoster", "typo", "negative"),
)

add(
    "facebook",
    facebook(
        G_ASKBY,
        "Dales Junior Cross Country League",
        "25 November 2023",
        """Results from Saturday's race at Raskelby: Year 5/6 boys team: 1 Settlebridge, 2 Cragdale (R. Harker), 3 Raskelby CP. Year 5/6 girls team: 1 Cragdale (R. Harker), 2 Keld, 3 Settlebridge. Well done to all 94 runners who braved the mud. Next race: Birkside, 9 December.""",
        comments=(("Jo Alderson", "Well done Cragdale girls!! 🏃‍♀️"),),
    ),
    E("school", "short_name", "neutral"),
    E("rharker", "initial_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        G_MAMS,
        "Jo Alderson",
        "Last Tuesday at 21:00",
        """Just want to say a massive thank you to Rebecca S. in Class 1 at Askby. Our youngest has had a rotten few weeks (grandad poorly) and she's gone above and beyond, rang me twice to see how we were doing. Teachers like that are worth their weight in gold.""",
        comments=(("Claire Alderson", "She's fab ❤️"),),
    ),
    E("rsedgwick", "first_initial", "neutral"),
)

add(
    "facebook",
    facebook(
        G_ASKBY,
        "Margaret Bell",
        "2 days ago",
        """Does anyone know if Kirkbride's puddings are still going now she's retired? My grandson says school dinners 'aren't the same' and keeps asking for chocolate concrete 😂""",
        comments=(
            (
                "Andrew Kirkbride",
                "She's handed the recipe book over to the new cook, don't worry Margaret!",
            ),
        ),
    ),
    E("dkirkbride", "possessive", "neutral"),
)

add(
    "facebook",
    facebook(
        G_MAMS,
        "Darren W",
        "Saturday at 19:05",
        """Harker's lot lost 6-0 at Settlebridge today. Maybe if he picked the best players instead of his favourites. Just saying.""",
        comments=(
            ("Sophie T", "They're 10 Darren, it's meant to be fun"),
            ("Darren W", "tell that to my lad who sat on the bench again"),
        ),
    ),
    E("rharker", "possessive", "negative"),
)

add(
    "facebook",
    facebook(
        G_MAMS,
        "Emma B",
        "Thursday at 16:15",
        """Bit of a moan but Mrs Thwaite (TA in Class 1) told my daughter off in front of everyone for having a packed lunch with a chocolate bar in it. Fine to have rules but embarrassing a 5 year old isn't the way. Not impressed.""",
        comments=(
            ("Jo Alderson", "Have a word with her, she's lovely really, probably didn't realise"),
        ),
    ),
    E("jthwaite", "title_surname", "negative"),
)

add(
    "facebook",
    facebook(
        G_SAVE,
        "Helen Tennant (admin)",
        "8 March 2024 at 23:10",
        """Right, long post, sorry, but for those who couldn't get in tonight (there were at least 40 stood outside in the rain, thank you all) here's my notes from the public meeting in the reading room.

1. The county officer went through the consultation paper. £9,800 a pupil, roof, septic tank, falling numbers. Nothing new. She was asked four times whether the decision had already been made and said four times that it hadn't. Nobody believed her.

2. Transport: the plan is the Cragdale Federation minibus plus a county contract taxi for the outlying farms. Tom Harker asked what happens when the road's shut for nine days like last winter. The answer was "remote learning". For four year olds. There was laughter, and not the nice kind.

3. Mrs K-F spoke for about five minutes. She said the governors have to stay neutral until the formal stage and she'd encourage everyone to respond. To be honest a lot of people were disappointed. She's the head. We wanted to hear her say she'd fight for Thwaitegill. She didn't. Several people said afterwards they felt the federation has been run for Askby's benefit for five years and Thwaitegill has been left to wither, and I have to say I agree. Why was there no advertising? Why no nursery? Why was the Thwaitegill sports day scrapped?

4. Mrs Metcalfe didn't speak (staff have been told not to) but got a standing ovation when somebody pointed her out. She was in tears.

5. The church trust. Gunnersett Gran's point about the 1863 trust deed is REAL. The diocese confirmed the land is held "for the education of the poor of the township of Thwaitegill". If the school closes the land may revert. This could be a big deal.

6. Next steps: everybody respond to the consultation (link in the pinned post), everybody write to our MP, petition is at 1,240 and we want 2,000, and we're organising a coach to County Hall for the executive meeting in May.

7. Please, PLEASE keep it civil. Some of what's been posted in this group has had to be taken down this week. The staff did not make this decision. The people who did are at County Hall.""",
        comments=(
            (
                "Claire Alderson",
                "Brilliant summary Helen thank you. Agree about the federation. Thwaitegill has been the poor relation from day one.",
            ),
            ("Nicola Bell", "Mrs K-F sitting on the fence again. Surprise surprise."),
            ("Gunnersett Gran", "Told you about that trust deed! x"),
            ("Tom Harker", "We'll fill that coach. Count me and the missus in."),
            (
                "Kirsty H",
                "Mrs Metcalfe crying set me off too. Forty years she's given that school.",
            ),
        ),
    ),
    E("school", "alias", "negative"),
    E("ckendalfoster", "nickname", "negative"),
    E("mmetcalfe", "title_surname", "neutral"),
)

add(
    "facebook",
    facebook(
        G_RASK,
        "Dave Pratt",
        "Monday at 10:12",
        """Anybody know why the Askby road was shut this morning? Two police cars and an ambulance at the Mossthwaite bends about 8. Hope everybody's ok.""",
        comments=(
            (
                "Rob Alderson",
                "Sheep wagon on its side. Driver's fine, few sheep loose. Cleared by 10.",
            ),
            (
                "Lyn Pearson",
                "School minibus had to go round by Gunnersett, kids were late in but all fine",
            ),
        ),
    ),
)


# ---- blogs: the vicar, a walker, a hill farmer, small-schools, food, a mum

add(
    "blog",
    blog(
        "vicarage",
        "Lambs, Lent and a lesson in waiting",
        "Ottoline",
        "14 March 2024",
        """There is a particular kind of tiredness that descends on this parish in March. You can see it in the faces at the early communion on a Wednesday: the farmers who have been up since three with a ewe that wouldn't lamb, the mothers who have been up since three with a baby that wouldn't sleep, and, if I am honest, the vicar, who has been up since three worrying about the church roof, the parish share, and a sermon that refused to be written.

Lambing and Lent arrive together here, and I have come to think that is no accident. Both are seasons of watching and waiting. Both involve a great deal of mess. Both, if you do them properly, end in new life, although in lambing you tend to get rather more of it and rather more suddenly.

I spent Tuesday night in a lambing shed at Birkside. I am useless, I should say at once. I hold the torch. I fetch the iodine. I make the tea. But there is something about being in a shed at two in the morning, with the wind screaming round the corrugated iron and the strip light buzzing and forty ewes breathing in the straw, that strips away all the things we usually hide behind. We talked, the farmer and I, about his father, who died last year, and about whether the farm would see another generation, and about God, a little, in the way that people in the Dales talk about God, which is sideways and without looking at you. Then a ewe in the end pen started pushing and we stopped talking and watched. And a lamb arrived, yellow and steaming and furious, and the ewe turned round and began to lick it and make that low chuckling noise they make, and neither of us said anything for quite a long time.

I think of that moment when I read the Lent readings. The waiting in the wilderness. The watching in the garden. "Could you not keep awake with me one hour?" Well, Lord, in this parish, in March, quite a lot of us could.

This has not been an easy Lent for our community, for other reasons. Many of you will know that the county is consulting on the future of the Thwaitegill site of our church school. As chair of governors I have been asked, sometimes kindly and sometimes not very kindly at all, why I have not taken a side. I want to say a little about that, because I know it has hurt people.

The governing body of Cragdale is responsible for every child at both sites, in Askby and in Thwaitegill. We must look at the consultation honestly, with the interests of all fifty-eight children in mind, and we must do so properly, through the process the law sets out. If I stood in the pulpit and told you what to think, I would be failing in that duty. That is not the same as not caring. I was baptised, married and ordained in places like Thwaitegill. I know what a school means to a village at the top of a dale. I have sat in that schoolroom with Maggie Metcalfe and seventeen children singing "All Things Bright and Beautiful" in a key that I don't think has a name, and I have thought: this is the Kingdom of God, or as near as we get on a wet Tuesday.

So I ask for your patience, and your prayers, and, if I may, for your kindness to each other. Some of what has been said online in recent weeks about the staff of our school has been cruel, and some of it has been frightening. It must stop. Whatever you think about the consultation, the teachers did not cause it, and they deserve our thanks, not our anger.

On a happier note: the children have been preparing for Easter with great enthusiasm. Florian Achterberg, who teaches music at both sites, has taught them a new setting of the Easter anthem which I am told involves "a bit where everyone stamps". I have been promised it will not bring down the church roof, which would, I suppose, solve one of my problems.

The Easter Day service at St Oswald's will be at 10.30, led by the children of both schools. There will be an Easter garden, an egg hunt in the churchyard afterwards (please keep dogs on leads, the graves are not for digging) and coffee in the vestry. On Good Friday, there will be a walk of witness from the Askby site of the school to St Oswald's at 11am, following the cross, and hot cross buns at the end.

I will also be holding a quiet morning in Holy Week, at St John's, Thwaitegill, on the Wednesday from 9.30. There will be silence, and readings, and soup. You are welcome to come for all of it or for ten minutes. You are welcome to fall asleep. I probably will.

A few notices. The church roof appeal stands at £18,400 of the £42,000 we need. Thank you to everyone who came to the pie and pea supper, which raised £640, and to the Young Farmers for their tractor-pull sponsorship. The parish share remains a worry and the PCC will discuss it in April. Bell ringing practice has moved to Thursdays. The flower rota for April is on the board, and there are still gaps.

Finally: a thank you. To the farmer in the lambing shed, who I will not name because he would never forgive me. To the people who bring soup to the housebound. To the churchwardens who have cleared the snow from the path three times this winter. And to all of you who keep this parish going by the thousand small acts of love that nobody sees. Lent is a season of waiting, but it is also a season of noticing, and I have noticed you.

With every blessing, and please come to the quiet morning,

Ottoline""",
        comments=(
            ("Margaret B", "Beautifully written as always. We will be there on Easter Day."),
            (
                "A farmer's wife",
                "He'd never forgive you for naming him, but he was very glad of the tea. Thank you for sitting up with him.",
            ),
            (
                "Jo A",
                "The bit about the stamping had me laughing, my lad has been practising it on the kitchen floor for a fortnight.",
            ),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("mmetcalfe", "nickname", "neutral"),
    E("fachterberg", "exact", "neutral"),
    E("oscarisbrick", "nickname", "neutral"),
)

add(
    "blog",
    blog(
        "boots",
        "The Cragdale Way, days 3 and 4: Askby to Thwaitegill and over the top",
        "Sam",
        "27 May 2024",
        """If you've been following along (hello Mum, hello the three other people), you'll know that day two ended with me in a B&B in Raskelby with my boots stuffed with newspaper and my dignity somewhere in a bog on Mossthwaite Moor. Day three dawned grey and damp, which in the Yorkshire Dales in May is what the locals call "fair". I had a full English the size of a manhole cover, thanked my landlady, who told me three separate times to "mind how you go up top", and set off along the river.

The Cragdale Way follows the beck for most of the next stretch, and it is gorgeous: limestone shelves with the water sliding over them in brown-gold sheets, little waterfalls every few hundred yards, dippers bobbing on the stones, and sheep. So many sheep. It's lambing season's tail end and every field is full of lambs doing that thing where they all suddenly decide to run to the other end of the field for no reason, bouncing like they're on springs. I stopped counting at four hundred.

Askby is the first proper village after Raskelby, and it's a beauty: a green with a maypole, a Norman church (St Oswald's, go in, it's open, there's a "squint" in the wall so lepers could watch the service from outside, which is the kind of grim medieval fact I live for), a tearoom doing cheese scones that could stop a door, and a pub that wasn't open yet because it was ten in the morning and I'm not an animal. I sat on the bench on the green with a scone and watched the village do its thing: a tractor, a post van, two women with pushchairs, an old man with a collie that looked at me like I'd personally insulted its mother.

From Askby the path climbs away from the river across fields, following old walls, with stiles of every conceivable design. There's the "squeeze stile", which is two upright slabs with a gap between them that was clearly designed for a medieval Yorkshireman who'd eaten nothing but oatcake all winter. There's the "step stile", which is stones sticking out of the wall like a ladder, fine if you're a mountain goat. And there's the gate that you have to lift and swing and then wrestle back into place while a ewe watches you with deep contempt.

It was around midday, with the cloud lifting and the first real sun of the trip, that I came down into Thwaitegill.

Thwaitegill is tiny. It's the last village in the dale before the road gives up and the moor takes over. Stone cottages in a huddle, a pub (the Black Bull, of which much more in a minute), a reading room, a tin chapel, a phone box that's now a defibrillator, a church on a knoll, and a school. The school was the thing that got me, actually. It's one of those Victorian village schools with a bell tower and tall pointed windows, and the railings along the lane were covered in children's paintings of lambs, tractors, and one very impressive picture of what I think was a dinosaur driving a quad bike. A hand-painted banner on the gate said "SAVE THWAITEGILL SCHOOL" and there were posters about a consultation in the windows of half the cottages. I found out later from the landlord of the Black Bull that the council wants to close it; there are only seventeen kids. I'm not going to pretend I understand the ins and outs of school funding, but I stood at those railings for quite a while. When I was seven my village school closed, and my mum still talks about it like a death in the family. It's the sort of place that, once it's gone, is gone.

Right. The Black Bull. Reader, I went in. I had earned it. It's a proper old Dales pub: flagged floor, fire lit even in May, low beams that I hit my head on twice, a collie asleep under every table, and a landlord called Dick who asked me where I'd walked from and then told me, at length, that I'd gone the wrong way at the top of Askby pasture. He was right. Pint of bitter, a pork pie with piccalilli, and a conversation with two farmers at the bar about the price of tups which I followed roughly 30% of. Apparently a tup sold for fourteen and a half thousand pounds at Raskelby mart in the autumn. A sheep. For the price of a car.

The afternoon was the big climb of the trip: out of Thwaitegill, up past the waterfall at Thwaitegill Force (short detour, absolutely worth it, a proper white plume over a lip of black rock into a pool that looked about a mile deep), and then up and up on to the top of the moor. The path fades to nothing in places. There are cairns, mostly. There is peat, definitely. There is a wind that came straight from somewhere very cold and very far away and made me put on every layer I owned, in May. And there is a view, at the top, back down the whole length of Cragdale, that made every bit of the climb worth it: the river winding through the green floor of the dale, the villages strung along it like beads, the walls running straight up the fellsides in that mad geometric way, and the shadows of clouds racing across the whole thing.

The descent to Birkside was long, boggy and knee-destroying, and I arrived at Low Scar farm (B&B, highly recommended) at about half six looking like something that had been dragged through a hedge by a sheep. Mrs Harker took one look at me, said "eh, love", and put the kettle on, and then fed me a lamb hotpot that I will think about on my deathbed. Her husband, who must be in his seventies and still farms, told me he'd been running the junior football team for thirty-five years. I asked if they were any good. "Nobbut middlin'," he said.

Day four was a rest day, which I spent mostly asleep, and then hobbling round Birkside looking at the walls. More on that next week, along with the final push over to Settlebridge.

Stats for days 3 and 4: 19.4 miles, 2,900 ft of ascent, 2 pints, 1 pork pie, 1 hotpot, 3 scones, 0 blisters (miracle), 1 head injury (beam).

Kit note: the new waterproof trousers were excellent. The old waterproof jacket is no longer waterproof and is going in the bin.""",
        comments=(
            ("Hello Mum", "Glad you're safe love. Ring me."),
            (
                "DalesWalker",
                "The Black Bull is the best pub in the north and I will die on that hill. Thwaitegill Force in spate is something else.",
            ),
            ("LeedsLad", "Hope they save that little school."),
        ),
    ),
    E("school", "alias", "neutral"),
)

add(
    "blog",
    blog(
        "highgill",
        "Lambing diary, week two: snow, triplets and a new respect for my wife",
        "Jack",
        "21 March 2024",
        """Week two of lambing and I'm writing this at half four in the morning with a cup of tea that's gone cold and a pet lamb asleep on my foot, so forgive the spelling.

Numbers first, for them as likes numbers. 612 ewes due. 388 lambed so far. Scanning said 178 per cent and we're running at about 171, which I'll take. Nineteen sets of triplets, which I won't take, because triplets are hard work and there's always one that's a bit slow and ends up in the kitchen. Losses so far: eleven lambs and two ewes, one to a prolapse and one I'll never know why. That's about par. My dad always said if you have livestock you'll have deadstock, and he was right, but it never gets easier.

The weather's been the story of the week. We had a foot of snow on Tuesday night on top of what was left from February, and the wind drifted it against every wall on the farm. I had ewes lambing under drifts. Our lass and I were out at two in the morning with head torches digging out a gimmer that had lambed twins in a hole in the snow, and both lambs were alive, which is a small miracle. We brought the lot of them in the back kitchen and put them in front of the Aga. The dog was not impressed.

The road was shut above Gunnersett for three days. No milk wagon, no feed wagon, no post. The bairns were off school again, Askby School was shut and the minibus couldn't have got up anyway. Mrs Kendal-Foster rang on the Wednesday to check all the farm families at the top were alright, which I thought was decent of her, given what's been said about her on the Facebook lately. Whatever folk think about the closure business, she didn't have to do that.

Having the bairns home in lambing is a mixed blessing. Our eldest is eleven and she's as good as any man I've employed. She can tube a lamb, ring tails, mark and spray, and she knows every ewe by her face, which I can't say for myself. The youngest is seven and mostly wants to name the pet lambs, which this year include Beyoncé, Big Dave, and Steve. I've told her not to get attached. She's attached.

Our lass deserves a medal. I say that every year and every year I mean it more. While I'm out in the sheds she's doing the night checks in the lambing shed in the field, the house, the bairns' schoolwork (such as it is), the pet lambs' bottles every four hours, the farm accounts, and on Thursday she went out and pulled a big single from a shearling that I'd given up on, while I was stuck in the snow with the quad. I came in to find her in the kitchen at six in the morning with the lamb in a box by the Aga, shouting at the radio about the price of fertiliser.

Sheep feed's gone up again. Diesel's up. Lamb price is decent at the moment but who knows by the back end. We've been told the new scheme payments will be "in the window" for about eight months now. I could write a whole post about that but I'd get sworn at.

A word about the vet. We had Jenny Thwaite out on Friday to a ewe with a twisted womb. She's a cracking vet, quick and straight-talking, and she'd run up Birkside Fell in the morning before coming out to us, which makes me feel very old. She saved the ewe and one of the lambs.

The snow's melting now and the fields are a bog. Next week we'll start turning the ewes and lambs out to the in-bye if the grass comes, and then it's the long slog of the back end of lambing, where you're tired to your bones and the ewes that are left are the awkward ones.

If you're walking in the dale this spring: keep your dog on a lead, shut the gates, and if you see a ewe on her back or a lamb that's lost its mother, ring the number on the farm gate. Every farm has one.

Right. The pet lamb has woken up and it's bottle time. Then it's out to the shed. Then, if I'm lucky, porridge.""",
        comments=(
            ("Swaledale Sue", "Beyoncé the pet lamb 😂 Hope the rest goes smoothly Jack"),
            ("Hannah", "Tell your lass she's a legend."),
            ("Townie Tim", "Genuinely fascinating. Never knew half of this."),
        ),
    ),
    E("school", "alias", "neutral"),
    E("ckendalfoster", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "smallschool",
        "Guest post: a day in the life of a two-site head",
        "Catherine Kendal-Foster",
        "11 October 2023",
        """This week's guest post comes from Catherine Kendal-Foster, executive headteacher of Cragdale Church of England Primary School in the Yorkshire Dales, a federation of two village schools seven miles apart.

6.10am. Check the weather. In the Dales this is not small talk, it is the single most important decision of the day. If there's snow on the tops I ring Mr Alderson, our site manager and minibus driver, who will already have been out to look at the road, and between us we decide whether the Thwaitegill run goes.

7.15am. Arrive at Askby. Unlock. Put the heating on. Read the overnight emails: a parent asking about a dental appointment, the county asking for a return by Friday, a supplier telling me the photocopier lease has gone up.

8.00am. Mrs Dinsdale arrives and we go through the day. She is our school business manager, and if I'm honest she runs the place; she knows every family, every budget code, and where every key is. We have no bursar, no deputy, no HR department. We have her.

8.40am. On the gate. This is the most important twenty minutes of my day. This is where a mum tells me her dad's in hospital, where a farmer tells me his lad was up at four with a ewe, where I find out that a child hasn't had breakfast.

9.00am to 12.00pm. On Tuesdays I teach Class 2 at Askby. Today: fractions with Year 3 and 4 at the same time, which involves a lot of pizza diagrams.

12.00pm. Lunch duty, then into the car to Thwaitegill. The road is single track and I meet a tractor, a quad and fifty sheep being moved.

1.00pm to 3.30pm. Thwaitegill. Learning walk with the head of school, a meeting with a parent, a phone call with the diocese about the roof. Seventeen children, two classes, one very old boiler.

4.00pm. Staff meeting, alternate sites. This week: reading in mixed-age classes, the thing Ofsted will ask about.

6.30pm. Home. Governors' papers. Dinner. More emails.

Why do it? Because there is nowhere else I'd rather be. Small schools are not a problem to be solved. They are the beating heart of places that would have very little else. I think every child deserves a school where every adult knows their name. In Cragdale, they do.""",
        comments=(
            (
                "RuralHeadsNet",
                "Thank you Catherine, this is so recognisable. The tractor on the school run especially.",
            ),
            ("Jess P", "From one two-site head to another: solidarity!"),
        ),
    ),
    E("ckendalfoster", "exact", "neutral"),
    E("school", "exact", "neutral"),
    E("ealderson", "title_surname", "neutral"),
    E("sdinsdale", "title_surname", "neutral"),
)

add(
    "blog",
    blog(
        "dalesplate",
        "Raskelby market day: pies, peas and the best cheese in the north",
        "Priya",
        "6 June 2024",
        """Tuesday is market day in Raskelby, and it's also auction mart day, which means the town is full of farmers in boiler suits eating bacon butties at 9am and nobody can park.

We started at the mart café, which is an institution: a steamy room with formica tables above the sale ring, where you can eat a full breakfast while watching someone sell forty ewe lambs below you. The black pudding is local. The tea is strong enough to stand a spoon in. The woman on the till called me "love" four times in one sentence.

Then the market place. Highlights: the pork pie stall (hot water crust, proper jelly, I ate two), the Cragdale Creamery van (Cragdale Blue is a creamy, gentle blue that converted my blue-hating husband; the smoked Cragdale is even better), and a stall selling Yorkshire curd tart made by a lady who told me her recipe was her grandmother's and that she'd "take it to her grave".

Lunch was fish and chips at the chippy on Market Street, eaten on the steps of the market cross. Mushy peas. Scraps. A seagull stole a chip. Perfect.

Verdict: go on a Tuesday. Bring cash. Bring an appetite. Don't try to park.""",
        comments=(("Yorkshire Pudding", "The mart café is a treasure. Glad you found it!"),),
    ),
)

add(
    "blog",
    blog(
        "mumblog",
        "Why we chose a school with eleven children in the class (and four year groups)",
        "Hayley",
        "2 September 2023",
        """Tomorrow my youngest starts at the village school, which means all three of mine will be there, in a school of 41 children, in three classes. When we moved here two years ago people in our old life thought we were mad. Here's why we did it anyway.

First: they are known. Every adult in the building knows every child's name, and their dog's name, and which grandparent is poorly. When my middle one was wobbly last year, the teaching assistant noticed before I did.

Second: the mix. Yes, my eldest is in a class with children two years younger. That means she's learnt to be patient and kind, and to explain things, and the little ones look up to her. Mixed-age classes are how schools in villages have worked for hundreds of years.

Third: outside. Cragdale kids are on the fell every week. They've built dens, measured the beck, done a river study with a real hydrologist, and learnt to dry-stone wall. My son can identify a curlew by its call. I couldn't identify a curlew if it sat on my head.

Fourth: the teachers. I won't embarrass them by going on, but I will say that Lizzie Raine, who my eldest had in the junior class before we moved to the Askby side, is the best teacher I've ever met, and I've met a lot of teachers (I was one).

Downsides? Friendships can be tricky with three kids in a year. There's no after-school club most days. When it snows, it shuts. And the consultation on closing one of the two sites is hanging over everyone. But for us, for now, it's right.

Wish my little one luck. She's got new wellies.""",
        comments=(
            ("Sarah", "Good luck to her! Our two loved it there."),
            ("Tom", "Lizzie Raine is a legend. Taught me too!"),
        ),
    ),
    E("school", "short_name", "neutral"),
    E("eraine", "nickname", "neutral"),
)

add(
    "blog",
    blog(
        "vicarage",
        "A plea for kindness",
        "Ottoline",
        "16 March 2024",
        """A short post this week, and a serious one.

Over the last fortnight I have seen things written about the staff of our church school, online, in our own dale, that I would not have believed possible from people I have known for years. Threats. Slurs. Things said about people's families and their homes. Some of it has been reported to the police.

I will say this as plainly as I can: threatening a teacher, or anyone, is never acceptable. Not in anger, not as a joke, not because you are frightened about the future of a school you love. If you have written such a thing, take it down, and go and say sorry.

The people who teach our children at Cragdale did not ask for this consultation. They are carrying on, every day, with extraordinary grace, teaching fractions and phonics and holding our children's hands while the grown-ups shout. They deserve better from us. We are better than this.

The church will be open all day on Saturday for anyone who wants to sit quietly, light a candle or talk. The kettle will be on.""",
        comments=(("Helen T", "Thank you Ottoline. Needed saying."),),
    ),
    E("school", "short_name", "neutral"),
    E("oscarisbrick", "nickname", "neutral"),
)

add(
    "blog",
    blog(
        "boots",
        "Winter round: the Cragdale Horseshoe in full conditions",
        "Sam",
        "4 February 2024",
        """I've wanted to do the Cragdale Horseshoe under snow for three winters, and on Saturday the forecast finally lined up: cold, still, clear, with a good crust on the snow after a week of freeze and thaw.

The route: start in the lay-by below Birkside, straight up the nose of Birkside Fell (steep, relentless, crampons on at the wall), along the broad ridge over Gunnersett Pike and High Raw, round the head of the dale above Thwaitegill where the ridge narrows and the cornices were building on the east side, and down the long spur to Mossthwaite. Eleven miles, 3,200 ft, seven and a half hours with a long lunch.

Conditions were about as good as it gets. Hard névé on the steep bits, a bit of knee-deep sugar on the flat tops, blue sky, no wind, and the whole of Cragdale below us, white and silent. We saw a mountain hare in its winter coat (rare this far south) and a pair of ravens tumbling over the crags. We didn't see another person all day.

Safety notes: the cornices above Thwaitegill are real and they overhang more than you'd think; keep well back from the edge. Take an axe and crampons and know how to use them. Tell someone your route. Cragdale Mountain Rescue were out twice last weekend for walkers in trainers.

Pub: the Black Bull at Thwaitegill is a short detour at the end if you've left a car there. The fire was lit. Of course it was.""",
        comments=(
            (
                "Fellrunner_Jen",
                "Brilliant conditions! Did the horseshoe in reverse on Sunday, just as good.",
            ),
        ),
    ),
)

add(
    "blog",
    blog(
        "mumblog",
        "What nobody tells you about our 'specialist' music teacher",
        "Guest post by 'A Concerned Parent'",
        "20 February 2024",
        """I've been asked not to write this. I'm writing it anyway, anonymously, because I think parents deserve to know.

Our children's school employs a "specialist" music and PE teacher across both its sites. His name is Florian Achterberg. He is friendly, he plays the guitar, and the children like him. He also, I have been told by two separate people who would know, does not hold the teaching qualification he claimed on his application, and the certificate he showed the governors was forged. If that is true it is fraud, and every penny of his salary has been obtained by deception.

I asked the school. I was told that "all staff have the appropriate checks". That is not an answer. I asked the governors. No reply. I have now asked the county.

I'm not saying he's a bad person. I'm saying that a school which cannot tell me whether one of its teachers is qualified is a school which is not being properly run, and with an Ofsted of "requires improvement" and the Thwaitegill consultation hanging over us, we deserve better leadership than this from Cragdale.""",
        comments=(
            ("Anon", "He's a brilliant teacher whatever bit of paper he has."),
            (
                "Former governor",
                "I'd be very careful publishing allegations like this. All staff are checked by the county.",
            ),
        ),
    ),
    E("fachterberg", "exact", "defamation"),
    E("school", "short_name", "negative"),
)


# ---- more voices, mixed

add(
    "blog",
    blog(
        "smallschool",
        "What the Cragdale Ofsted report tells us about mixed-age classes",
        "Dr Fiona Lister, rural education consultant",
        "2 February 2024",
        """The recent inspection report for the Cragdale Federation in the Yorkshire Dales is worth reading closely if you lead or govern a small school, because it says out loud what many of us have been saying quietly for years.

The school was graded "requires improvement", largely because inspectors felt the curriculum in its mixed-age classes was not sequenced carefully enough. Children in a Year 3 to 6 class, the report says, "sometimes meet the same content twice and sometimes miss it altogether". That is a structural problem, not a teaching problem, and I would argue that it is close to universal in schools of this size.

What struck me most was what inspectors did NOT criticise: behaviour, relationships, safeguarding, personal development, outdoor learning. The things small schools are brilliant at remain brilliant. The executive head, Mrs Foster as staff and parents call her for short, has since published a two-year rolling curriculum map which I would recommend to any small school.

My advice to governors: read your curriculum map as if you were a child moving through it in a mixed class. Would you meet everything once? Would you meet anything twice? If you can't answer, neither can Ofsted.""",
        comments=(
            ("SmallSchoolGov", "Really helpful, thank you. Sharing with our curriculum committee."),
        ),
    ),
    E("school", "alias", "neutral"),
    E("ckendalfoster", "hyphenated", "neutral"),
)

add(
    "facebook",
    facebook(
        G_ASKBY,
        "Cragdale CE Primary School",
        "19 July 2024",
        """Staffing for September 📚 We're delighted to confirm our classes for next year. Askby site: Class 1 (Rec-Y2) Mrs R. Sedgwick with Mrs J. Thwaite; Class 2 (Y3-4) Mrs C. Kendal-Foster (Tues) and Mrs H. Moorhouse; Class 3 (Y5-6) Mr R. Harker. Thwaitegill site: Class 1 (Rec-Y2) Mrs M. Metcalfe; Class 2 (Y3-6) Miss E. Raine. Music and PE across both sites: Mr F. Achterberg. Welcome to Mrs Moorhouse who joins us from Settlebridge! Have a wonderful summer everyone ☀️""",
        comments=(
            ("Jo Alderson", "Welcome Mrs Moorhouse! Have a lovely summer all"),
            ("Claire Alderson", "So glad the Class 1 team is staying together ❤️"),
        ),
    ),
    E("school", "alias", "neutral"),
    E("rsedgwick", "initial_surname", "neutral"),
    E("jthwaite", "initial_surname", "neutral"),
    E("ckendalfoster", "initial_surname", "neutral"),
    E("rharker", "initial_surname", "neutral"),
    E("mmetcalfe", "initial_surname", "neutral"),
    E("eraine", "initial_surname", "neutral"),
    E("fachterberg", "initial_surname", "neutral"),
)

add(
    "social",
    social(
        "x",
        "Dales Music Hub @dalesmusichub",
        "5:30 PM · 21 Jun 2024",
        """Massive shout out to Florian A., who has taught pretty much every child in upper Cragdale to play the ukulele. 58 of them on stage at the Raskelby festival tonight. Goosebumps 🎶""",
    ),
    E("fachterberg", "first_initial", "neutral"),
)

add(
    "social",
    social(
        "tiktok",
        "@askby.aimee · video: when the whole village turns up to the consultation meeting",
        "2024-03-09",
        """caption: save thwaitegill 🐑 #savethwaitegill #yorkshiredales""",
        replies=(
            ("dale_lass_04", "k e n d a l - f o s t e r out 🗣️🗣️ she's done nothing for thwaitegill"),
            ("askby.aimee", "its the council not her tbf"),
            ("farmboy.george", "my mam was crying at this"),
        ),
    ),
    E("ckendalfoster", "spacing", "negative"),
)

add(
    "social",
    social(
        "x",
        "Neil @neil_the_dalesman",
        "10:51 PM · 14 Jul 2024",
        """Mrs S\u0435dgwick at askby is a useless stuck up cow who thinks she's better than us because she married money. half days for reception? do your bloody job""",
    ),
    E("rsedgwick", "homoglyph", "abuse"),
)

add(
    "social",
    social(
        "threads",
        "@thwaitegill_mam",
        "3w",
        """TeamMetcalfe all the way 🐑 honestly put MaggieMetcalfe in charge of the whole federation and watch it fly. forty years of knowing exactly what every bairn needs""",
    ),
    E("mmetcalfe", "camelcase", "neutral"),
)

add(
    "social",
    social(
        "x",
        "Gary @gaz_the_gaffer",
        "8:03 AM · 9 Jan 2024",
        """m3tc4lf3 at thwaitegill needs to retire. still teaching phonics like it's 1985, my kid's miles behind his cousin in leeds""",
    ),
    E("mmetcalfe", "leetspeak", "negative"),
)

add(
    "social",
    social(
        "x",
        "Tina @tina_gunnersett",
        "1:15 PM · 19 Jan 2024",
        """Cragdale's Ofsted was a joke of a result but anyone with kids there could've told you that. RI is generous. two years of my son being told to 'read to himself' while the teacher sorts the little ones""",
    ),
    E("school", "possessive", "negative"),
)

add(
    "facebook",
    facebook(
        G_SAVE,
        "Nicola Bell",
        "15 March 2024 at 12:30",
        """Emailed Mrs Kendal for the third time about what the governors' response to the consultation will be. Third auto-reply. I know she's busy but we're running out of time here.""",
        comments=(("Helen Tennant", "She replied to mine yesterday, try again Nic"),),
    ),
    E("ckendalfoster", "hyphenated", "negative"),
)

add(
    "social",
    social(
        "x",
        "Amy @amy_raskelby",
        "3:20 PM · 6 Dec 2023",
        """thank you @CragdaleCEP for the most chaotic, wonderful, tea-towel-heavy nativity I have ever seen 😭 my daughter was a sheep and she has never been prouder""",
    ),
    E("school", "handle", "neutral"),
)

add(
    "social",
    social(
        "x",
        "Phil @phil_not_happy",
        "9:40 AM · 28 Feb 2024",
        """C.r.a.g.d.a.l.e school have now cancelled the residential to Robin Hood's Bay for 'budget reasons' AFTER we paid the deposit. no refund date. shambles""",
    ),
    E("school", "obfuscated", "negative"),
)

add(
    "social",
    social(
        "x",
        "Barry @bazza_birkside",
        "6:44 PM · 30 Jan 2024",
        """Cragdail primary sent home a letter about nits on a Friday night again. every week. either sort it or stop telling us""",
    ),
    E("school", "typo", "negative"),
)

add(
    "facebook",
    facebook(
        G_SAVE,
        "Steve Pratt",
        "13 March 2024 at 23:55",
        """Maggie Metcalfe's the one keeping the county sweet, mark my words. Everybody knows. Lives at Beck Head Cottage, Thwaitegill, house phone 01632 960733. Ring her and ask whose side she's on.""",
        comments=(
            (
                "Group Admin",
                "Removed. Steve, you've been warned before. Maggie has given that school forty years.",
            ),
        ),
    ),
    E("mmetcalfe", "nickname", "doxxing"),
)

add(
    "blog",
    blog(
        "smallschool",
        "Notes from a research visit: teaching Years 3 to 6 in one room",
        "Tom Askew, University of the North",
        "15 May 2024",
        """As part of our project on mixed-age teaching in rural primaries, I spent a day at the Thwaitegill site of Cragdale CE Primary, a school of seventeen pupils at the head of a Yorkshire dale.

Elizabeth Raine teaches the junior class, which this year contains ten children aged seven to eleven. Her approach is what she calls "one story, four doors": a single topic (this term, the River Crag from source to sea) taught to the whole class, with each year group entering through a different task. On the morning I visited, the Year 3s were sorting stones from the beck by rock type, the Year 4s were measuring flow with oranges and a stopwatch, and the Year 5 and 6 pupils were writing persuasive letters to the county council about flood defences at Raskelby.

What impressed me was the talk. Older children explained things to younger ones constantly, without being asked, and the younger ones challenged them. At break, a Year 6 girl helped a Year 3 boy finish his sentence while they queued for milk.

Miss Raine was frank about the cost. "It takes three times as long to plan as a single-year class, and you never quite finish. But they know each other as people. That's worth a lot."

The full report will be published in the autumn.""",
        comments=(("Small school head", "One story, four doors is brilliant. Stealing it."),),
    ),
    E("school", "alias", "neutral"),
    E("eraine", "exact", "neutral"),
)


# ---------------------------------------------------------------- output


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
