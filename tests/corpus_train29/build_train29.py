#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Build the train29 labelled evaluation corpus for the repwatch matcher.

Setting
    Bramble Hill Academy ("Bramble", "BHA", "Bramble Hill"; formerly "Sowden Vale
    Special School") is an invented all-through special school (ages 4-19) for pupils with
    autism and severe learning difficulties, with a weekly residential house, on the
    Sowden Vale edge of Threlford, an invented Wiltshire railway town (Wharley Cross is the
    village next door). Storylines, September 2023 to October 2024: the county's SEND
    taxi contract collapses (Junction Cars) and the school's own minibus covers the gaps; a
    mother's restraint and seclusion ("calm room") allegation, a suspension, police and
    LADO involvement and a long online pile-on; EHCP tribunal fights over residential
    placements; a parents' campaign group; a disability-hate incident on Threlford station
    during travel training and the later conviction; the "Bramble Dash" fundraising fun-run;
    a joint Ofsted (education and residential) and CQC inspection.

Staff (watchlist.toml)
    Joanne Pettifer-Lowe (head, hyphenated; alias Joanne Pettifer), Priya Raghunathan
    (deputy head and DSL), Hepzibah Strowger (senior teaching assistant, the unique name),
    William Tarrant (minibus driver; Bill/Billy/Will), James Taylor (post-16 teacher, the
    common name with namesakes in the decoys), Aurélie Fontaine (speech and language
    therapist, accent), Niamh O'Callaghan (head of residential care, apostrophe), Margaret
    Ellery (business manager; maiden name Margaret Penhallow; Maggie/Peggy), Dawid
    Kowalczyk and Kayleigh Dunmore (teaching assistants).

Voices
    Threlford Echo (local news with comments), The Daily Klaxon (national tabloid), Wessex
    Evening Courier (regional paper), Natter (parents' forum), StaffroomTalk (teachers'
    forum), Threlford Online (town forum), Facebook groups and pages, X, TikTok,
    Instagram and Snapchat extracts, Google / Indeed / Glassdoor reviews, parents' and
    campaigners' blogs, a SEND-law blog, a running-club blog, the school newsletter, town
    and county council minutes, job adverts.

Decoys (documents with "expected": [])
    bramble as a plant, a jam, a cocktail, a pub, a dog and a pony; Bramble Hill Care Home,
    Bramble Hill Farm Shop and Bramble Cars (all in [[exclude]]); BHA as the British
    Hospitality Association, BHA Rail and a housing association; James Taylor the
    singer, a cricketer, a plumber and a councillor; other namesakes far away; pages that
    describe the school or its staff without naming them; other Threlford schools.

Labelling conventions
    One expected entry per subject per document, the easiest form present (exact > alias >
    title_surname > the rest); for the school the full name is exact, "Bramble" alone is
    short_name, every other alias is alias. The category is the worst for that subject
    in that document, in the order threat > hate > sexual > doxxing > defamation > abuse >
    negative > neutral. Praise inside an attack on someone else is neutral; quoting abuse
    to condemn it, news of a harasser's conviction and untargeted swearing are neutral for
    the victim; jokes and negated threats are not threats. Sexual content where a child may
    be involved is sexual with url_only true for the staff member and for the school when
    named; innuendo about an adult is sexual with url_only false. News of an arrest,
    suspension or investigation is defamation for the person. The school is a subject
    only where it is referred to; non-unique staff count only where tied to the school.
    The `form` of each expected mention is kept here for the build check only.

Running
    python3 tests/corpus_train29/build_train29.py   (from any directory)
    rewrites docs/ and labels.jsonl beside this file, checks every label and prints a
    summary; exits 1 on any problem.
"""

from __future__ import annotations

import html
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"

KINDS_HTML = ("news", "forum", "blog")
KINDS_TXT = ("review", "social", "facebook")
CATEGORIES = ("threat", "hate", "sexual", "doxxing", "defamation", "abuse", "negative", "neutral")
SERIOUS = ("threat", "hate", "sexual", "doxxing", "defamation", "abuse")
VARIANTS = (
    "exact", "alias", "short_name", "title_surname", "initial_surname", "first_initial",
    "nickname", "possessive", "hyphenated", "typo", "leetspeak", "homoglyph", "spacing",
    "obfuscated", "hashtag", "handle", "camelcase", "surname_only",
)

DOCS: list[dict] = []


def E(subject: str, variant: str, category: str, form: str, url_only: bool = False) -> dict:
    return {"subject": subject, "variant": variant, "category": category, "url_only": url_only, "form": form}


def add(kind: str, content: str, expected: list[dict], allow: tuple[str, ...] = ()) -> None:
    """Register one document; `allow` names subjects whose names may appear unlabelled (namesakes)."""
    DOCS.append({"kind": kind, "content": content, "expected": expected, "allow": allow})


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def paras(ps: list[str]) -> str:
    return "\n".join(f"<p>{esc(p)}</p>" for p in ps)


def comments_html(cs: list[tuple[str, str, str]], empty: str = "No comments yet.") -> str:
    if not cs:
        return f'<p class="empty">{esc(empty)}</p>'
    out = []
    for who, when, text in cs:
        out.append(
            f'<div class="comment"><span class="who">{esc(who)}</span> <time>{esc(when)}</time>'
            f"<p>{esc(text)}</p></div>"
        )
    return "\n".join(out)


# ---------------------------------------------------------------- site chrome


def echo(headline: str, date: str, byline: str, ps: list[str], cs: list[tuple[str, str, str]]) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(headline)} | Threlford Echo</title></head>
<body>
<header class="masthead"><a class="logo" href="/">Threlford Echo</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's On</a> | <a href="/family-notices">Family Notices</a> | <a href="/jobs">Jobs</a> | <a href="/subscribe">Subscribe</a></nav></header>
<main>
<article>
<h1>{esc(headline)}</h1>
<p class="byline">By {esc(byline)} &middot; {esc(date)}</p>
{paras(ps)}
</article>
<section class="comments"><h2>Comments ({len(cs)})</h2>
<p class="rules">Comments are reactively moderated. Read our house rules before posting.</p>
{comments_html(cs)}
</section>
</main>
<footer><p>&copy; Threlford Echo Ltd, Goods Yard Chambers, Threlford. Regulated by IPSO.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact the newsdesk</a></p></footer>
</body>
</html>
"""


def klaxon(headline: str, standfirst: str, date: str, byline: str, ps: list[str], cs: list[tuple[str, str, str]]) -> str:
    return f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>{esc(headline)} - The Daily Klaxon</title>
<meta name="description" content="{esc(standfirst)}"></head>
<body class="klx">
<div id="top-bar"><a href="/">THE DAILY KLAXON</a> <span class="strap">Britain's loudest newspaper</span></div>
<nav id="sections"><ul><li><a href="/news">News</a></li><li><a href="/showbiz">Showbiz</a></li><li><a href="/sport">Sport</a></li><li><a href="/money">Money</a></li><li><a href="/puzzles">Puzzles</a></li><li><a href="/bingo">Bingo</a></li></ul></nav>
<article class="story">
<h1>{esc(headline)}</h1>
<h2 class="standfirst">{esc(standfirst)}</h2>
<div class="meta">{esc(byline)} | {esc(date)} | <a href="#comments">Comments</a></div>
{paras(ps)}
<aside class="promo">GOT A STORY? Call our newsdesk, we pay for tips.</aside>
</article>
<div id="comments"><h3>Have your say ({len(cs)})</h3>
{comments_html(cs, "Be the first to comment.")}
</div>
<footer id="foot">The Daily Klaxon &copy; Klaxon Media Group. <a href="/privacy">Privacy &amp; cookies</a> | <a href="/corrections">Corrections</a></footer>
</body>
</html>
"""


def courier(headline: str, date: str, byline: str, ps: list[str], cs: list[tuple[str, str, str]]) -> str:
    return f"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(headline)} :: Wessex Evening Courier</title></head>
<body>
<header><div class="brand">Wessex Evening Courier</div>
<nav class="primary"><a href="/">Home</a> <a href="/news/wiltshire">Wiltshire</a> <a href="/news/dorset">Dorset</a> <a href="/news/somerset">Somerset</a> <a href="/education">Education</a> <a href="/opinion">Opinion</a></nav></header>
<div class="container">
<article class="news-story">
<header><h1>{esc(headline)}</h1><div class="dateline">{esc(date)} &mdash; {esc(byline)}</div></header>
{paras(ps)}
</article>
<section id="reader-comments"><h2>Reader comments</h2>
{comments_html(cs, "Comments are closed on this article.")}
</section>
</div>
<footer><small>Wessex Evening Courier is part of Wessex Regional Media. &copy; all rights reserved.</small> <a href="/about">About us</a></footer>
</body>
</html>
"""


def forum(site: str, board: str, title: str, posts: list[tuple[str, str, str]]) -> str:
    if site == "natter":
        brand, navs = "Natter", ["Talk", "Active", "AIBU", "SEN", "Education", "Relationships", "Chat"]
        foot = "Natter is a discussion site for parents. Posts are the views of their authors."
    elif site == "staffroom":
        brand, navs = "StaffroomTalk", ["Forums", "Jobs", "Resources", "Pay and conditions", "SEND", "Wellbeing"]
        foot = "StaffroomTalk - the independent forum for school staff. We do not verify identities."
    else:
        brand, navs = "Threlford Online", ["Home", "Forum", "Local news", "Trains", "Buy and sell", "Lost and found"]
        foot = "Threlford Online community forum, run by volunteers since 2004."
    nav = " &middot; ".join(f'<a href="/{n.lower().replace(" ", "-")}">{esc(n)}</a>' for n in navs)
    first, rest = posts[0], posts[1:]
    body = (
        f'<div class="post op"><div class="author">{esc(first[0])}</div><div class="date">{esc(first[1])}</div>'
        f'<div class="text">{paras(first[2].split(chr(10)))}</div></div>'
    )
    replies = "\n".join(
        f'<div class="post reply"><div class="author">{esc(w)}</div><div class="date">{esc(d)}</div>'
        f'<div class="text">{paras(t.split(chr(10)))}</div></div>'
        for w, d, t in rest
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} | {esc(board)} | {esc(brand)}</title></head>
<body>
<header><a class="brand" href="/">{esc(brand)}</a><nav>{nav}</nav><form class="search"><input name="q" placeholder="Search"></form></header>
<main>
<div class="crumbs"><a href="/">{esc(brand)}</a> &rsaquo; {esc(board)}</div>
<article class="thread">
<h1>{esc(title)}</h1>
{body}
</article>
<section class="replies"><h2>Replies ({len(rest)})</h2>
{replies if rest else '<p class="empty">No replies yet.</p>'}
</section>
</main>
<footer><p>{esc(foot)}</p><p><a href="/rules">Talk guidelines</a> &middot; <a href="/report">Report a post</a></p></footer>
</body>
</html>
"""


def blog(site: str, tagline: str, title: str, date: str, author: str, ps: list[str], cs: list[tuple[str, str, str]], nav: tuple[str, ...] = ("Home", "About", "Archive", "Contact")) -> str:
    navh = " ".join(f'<a href="/{n.lower().replace(" ", "-")}">{esc(n)}</a>' for n in nav)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{esc(title)} &ndash; {esc(site)}</title></head>
<body class="blog">
<header class="site-header"><div class="site-title">{esc(site)}</div><div class="tagline">{esc(tagline)}</div>
<nav>{navh}</nav></header>
<main>
<article class="post">
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta">Posted on {esc(date)} by {esc(author)}</div>
<div class="entry-content">
{paras(ps)}
</div>
</article>
<section id="comments"><h2>{len(cs)} thoughts on &ldquo;{esc(title)}&rdquo;</h2>
{comments_html(cs, "Comments are closed.")}
</section>
</main>
<footer class="site-footer">Powered by a free blogging platform &middot; <a href="/feed">RSS</a></footer>
</body>
</html>
"""


# The documents are added in the parts below.

# ---------------------------------------------------------------- part 1: transport, autumn 2023

add("news", echo(
    "Special school pupils stranded on first week of new SEND taxi contract",
    "Friday 8 September 2023", "Ffion Maddox, Local Democracy Reporter",
    [
        "Dozens of children with complex needs were left waiting at home or at the school gates this week after a new home-to-school transport contract got off to a chaotic start in Threlford.",
        "Junction Cars took over eleven routes serving Bramble Hill Academy on Monday after the county council awarded it the work in the summer. Parents say drivers arrived up to ninety minutes late, one route did not run at all on Wednesday, and at least two children were sent home with the wrong escort.",
        "Margaret Ellery, the school's business manager, said staff had stayed late every evening to make sure no child went home without an adult they knew. “Our families have been incredibly patient. Transport is not our contract, but our children are our children, and we will keep plugging the gaps until it is sorted,” she said.",
        "The school's own minibus, driven by Bill Tarrant, made four extra runs on Tuesday alone.",
        "A county council spokesperson said “teething problems” were being addressed with the operator and apologised to families. Junction Cars did not respond to a request for comment.",
    ],
    [
        ("SowdenDad", "8 September 2023", "My lad needs the same driver every day or he won't get in the car. Three different faces in four days. Cheapest bid wins again."),
        ("Pat Grainger", "8 September 2023", "Credit where it is due, the school have been brilliant. Not their mess."),
        ("railwayman_68", "9 September 2023", "Why does a taxi cost the council more than my mortgage? Genuine question."),
    ],
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("mellery", "exact", "neutral", "Margaret Ellery"),
    E("wtarrant", "nickname", "neutral", "Bill Tarrant"),
])

add("facebook", """Threlford & District SEND Parents (Private group)
Gemma Ruddock · 12 September 2023 at 08:51

3rd morning running no taxi for Kian. He's stood in the hall with his coat and ear defenders on since 7.40 and now he's hitting his head on the door because 'car not come'. Rang the BHA office twice, Mrs Ellery just keeps saying it's a county contract and there's nothing she can do. Nothing she can do?? You're the business manager!! At least pretend to care

👍😢 41 · 36 comments

Lou Beckett
Same. Junction Cars app says 'driver arriving' and nobody arrives 🙄

Hayley Stott
Gem to be fair it IS a county thing, ring Cllr Pomfret

Gemma Ruddock
@Hayley Stott I have. Voicemail. School should be shouting louder for our kids, that's all I'm saying

Marcus Obi
Office hung up on my wife yesterday. Not acceptable whoevers contract it is
""", [
    E("school", "alias", "negative", "BHA"),
    E("mellery", "title_surname", "negative", "Mrs Ellery"),
])

add("social", """X (formerly Twitter) · post

Lou Beckett @loubeckett_
@JunctionCarsThr absolute joke. My son sat in the hallway in his coat since 7.40 waiting for your driver. Bramble Hill had to send Mr Tarrant out AGAIN to fetch him. Do you even know these are disabled kids?? #Threlford #SENDtransport
8:32 AM · Sep 13, 2023 · 2,104 Views

Replying to @loubeckett_
Junction Cars Threlford @JunctionCarsThr
Hi Lou, sorry to hear this. Please DM us your route number and we'll look into it.

Dawn P @dawnpeeps
@loubeckett_ same on the wharley cross route. if it wasnt for the school minibus half of them would miss a week
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("wtarrant", "title_surname", "neutral", "Mr Tarrant"),
])

add("news", f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Minutes: Full Council, 19 September 2023 | Threlford Town Council</title></head>
<body>
<header><div class="council">Threlford Town Council</div>
<nav><a href="/">Home</a> <a href="/council">Your council</a> <a href="/meetings">Meetings and minutes</a> <a href="/allotments">Allotments</a> <a href="/halls">Hall hire</a> <a href="/contact">Contact</a></nav></header>
<main><article>
<h1>Minutes of the Full Council meeting held on Tuesday 19 September 2023, 7.00pm, Goods Yard Hall</h1>
{paras([
    "Present: Cllr R. Pomfret (Mayor, in the chair), Cllr A. Daubney, Cllr S. Hebblethwaite, Cllr T. Kaur, Cllr J. Mould, Cllr P. Venn. In attendance: the Town Clerk; 14 members of the public.",
    "23/101 Apologies. Cllr Lister (work commitments).",
    "23/102 Declarations of interest. Cllr Kaur declared a non-pecuniary interest in item 23/105 as a parent governor of a Threlford school.",
    "23/103 Public participation. Mrs M. Ellery, School Business Manager at Bramble Hill Academy, addressed the council about home-to-school transport. She reported that since 4 September routes operated by the new county contractor had run late on 31 occasions and failed altogether on 6, and that the school minibus had covered 19 additional journeys. She asked the town council to write to the county in support of families. Two parents spoke in support.",
    "23/104 Minutes of the meeting of 18 July 2023 were approved and signed.",
    "23/105 SEND transport. RESOLVED that the Clerk writes to the county council's Cabinet Member for Children's Services expressing the council's serious concern and requesting a public report on the contract's performance by the end of October. (Unanimous.)",
    "23/106 Allotments. The Clerk reported that plots 14 to 17 at Cinder Lane remain overgrown; tenants will be reminded of their obligations.",
    "23/107 Date of next meeting: Tuesday 17 October 2023. The meeting closed at 8.41pm.",
])}
</article>
<section class="comments"><h2>Comments</h2><p>Comments are not enabled on council minutes. Contact the Clerk with any corrections.</p></section>
</main>
<footer>Threlford Town Council, Goods Yard Hall, Threlford. Tel 01632 960120. Minutes are draft until approved at the next meeting.</footer>
</body></html>
""", [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("mellery", "initial_surname", "neutral", "M. Ellery"),
])

add("forum", forum("natter", "SEN", "SEND transport chaos - anyone else in Wilts?", [
    ("WhistlingKettle", "14/09/23 21:12", "Is it just us or has the new taxi firm been a total shambles this term? DS is 11, autistic, non-verbal, and has had a different driver every day. He bit his escort on Tuesday. I don't blame him tbh.\nWe're rural Wilts, school is a special school in a town about 20 min away."),
    ("Wenceslas2", "14/09/23 21:20", "Same here, ours is at Bramble and it's been dire. To be fair to the school they've been brilliant, the minibus driver Billy T has been doing extra runs on his own time by the sound of it."),
    ("WhistlingKettle", "14/09/23 21:24", "Ha, we might be at the same school then! Yes the minibus man is a legend. DS calls him Bus."),
    ("NotAMumsnetter", "14/09/23 22:02", "Write to your councillor AND your MP. Cc the local paper. Nothing moves until it's embarrassing."),
    ("Fimbles99", "15/09/23 07:45", "Put in a complaint to the LA in writing and ask for the transport policy. They have a legal duty, it's not a favour."),
]), [
    E("school", "short_name", "neutral", "Bramble"),
    E("wtarrant", "first_initial", "neutral", "Billy T"),
])

add("review", """Bramble Hill Academy
Special education school · Sowden Vale Road, Threlford
4.0 ★★★★☆ 58 reviews

Dean Ruddock
Local Guide · 27 reviews · 4 photos
★★☆☆☆ 2 months ago
Teaching staff fine, I've no complaints about the classroom. But the communication this term has been shocking. Three weeks of taxis not turning up and the office either doesn't pick up or tells you it's "not our contract". My son can't tell me what happened at school so I rely on that home-school book and half the time it comes back blank. Sort the basics out.

Response from the owner 2 months ago
Dear Mr Ruddock, thank you for your feedback. We are sorry about the transport difficulties and have raised every missed journey with the county. Please ask for Mrs Ellery or the class team directly if you have any concerns.

Stacey V
2 reviews
★★★★★ 3 months ago
Best decision we ever made. My daughter went from not leaving the house to going on the train to Swanbrook with her class.
""", [
    E("school", "exact", "negative", "Bramble Hill Academy"),
    E("mellery", "title_surname", "neutral", "Mrs Ellery"),
])

add("social", """TikTok · @threlfordmum_of3 · video: "POV the school minibus driver turns up dressed as a pirate because the taxi didn't come 🏴‍☠️"
2,847 likes · 212 comments

Comments
sophie.lane_ · 2023-9-20
billy the bus man!!! 😭😭 my son's fav person in the world

mandy_k77 · 2023-9-20
Bramble Hill minibus legend. Should get an MBE

deano1990 · 2023-9-20
where's this?

threlfordmum_of3 (creator) · 2023-9-20
@deano1990 threlford 🚌

jules.p · 2023-9-21
Billy Tarrant drove me to school in 2009 and he still does the same pirate voice 💀💀
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("wtarrant", "nickname", "neutral", "Billy Tarrant"),
])

add("facebook", """Threlford Community Noticeboard
Anonymous participant · 3 October 2023

Posting anon for obvious reasons. Word is Margaret Ellery at Bramble Hill is mates with the bloke who owns Junction Cars and she steered the school's weekend residential runs his way for a backhander. That's why they kept the contract when everyone else was screaming. Funny how the cheapest bid always wins eh. Someone should tell the governors.

💬 58 comments

Carl Westmacott
Evidence? Or just a rumour you fancy spreading

Anonymous participant
@Carl Westmacott ask yourself why she drives a new Evoque on a school wage

Tina Blamires
This is how innocent people get hounded. Admins please remove
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("mellery", "exact", "defamation", "Margaret Ellery"),
])

add("facebook", """Threlford Community Noticeboard
Darren Kebbell · 4 October 2023 · 🌐

Re the post about the taxi contract. If anyone wants a word with Maggie Ellery from Bramble Hill she lives at 12 Carriage Row, Wharley Cross, SN0 7QX, the one with the caravan on the drive. Knock and ask her yourself where the money went.

💬 19 comments

Rebecca Moorhouse
Darren take this down. Her grandkids live there too

Darren Kebbell
public info mate, it's on the electoral roll

Admin · Threlford Community Noticeboard
Post hidden for breaching group rules (personal information).
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("mellery", "nickname", "doxxing", "Maggie Ellery"),
])

add("social", """X · reply thread

kez_w @kezzaw_33
not being funny but if that Ellery woman at Bramble Hill puts my kid in a Junction Cars car again i will be up that school and she will not like what happens next. last warning
9:02 PM · Oct 5, 2023

Replying to @kezzaw_33
@jack_s_rail
calm down kez its the council not the school 😂

@kezzaw_33
@jack_s_rail its her that signs the weekend runs off. i know where she parks
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("mellery", "surname_only", "threat", "Ellery"),
])

add("blog", blog(
    "Bramble Hill Academy", "Learning, living and growing together in Sowden Vale",
    "Newsletter: Autumn term update", "29 September 2023", "Office team",
    [
        "Dear families, thank you for your patience during what has been a very difficult start to the year for home-to-school transport.",
        "Transport. Mrs Ellery has logged every late or missed journey with the county council and we are meeting their transport team weekly. If your child's taxi does not arrive, please call the school office on 01632 960537 as well as the operator, so that we can look at whether Mr Tarrant can help with the minibus. We cannot promise he will always be free, but he will try.",
        "Welcome. We welcome four new pupils in Primary and two new residential boarders in Wagtail House. Please also welcome Dawid to the Oak class team.",
        "Harvest. Our harvest assembly will be on Friday 13 October. Donations of tins and packets for the Threlford food bank can be left in reception.",
        "From the Headteacher. It has been a joy to see our young people settle back into routines. Thank you to every family who has sent kind words to staff this month. Joanne Pettifer-Lowe, Headteacher.",
    ],
    [],
    nav=("Home", "About us", "Newsletters", "Policies", "Vacancies", "Contact"),
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("mellery", "title_surname", "neutral", "Mrs Ellery"),
    E("wtarrant", "title_surname", "neutral", "Mr Tarrant"),
    E("jpettiferlowe", "exact", "neutral", "Joanne Pettifer-Lowe"),
])

add("social", """Snapchat · Story (saved by viewer) · 2 Oct

[text over photo of a school gate at dusk]
sat outside bramble hill 45 mins waitin for the taxi to bring my bro home 🙄🙄 junction cars r a joke
[sticker: 🕓 5:47 PM]
[reply from viewer] omg same the driver went to the wrong house yday lol
""", [
    E("school", "alias", "neutral", "bramble hill"),
])

add("review", """Bramble Cars - Taxi & Airport Transfers
Taxi service · Market Lavenby
3.2 ★★★☆☆ 41 reviews

K. Oduya
★☆☆☆☆ a week ago
Booked Bramble Cars for a 5am airport run, nobody turned up. Rang the number, no answer. Had to get an Uber at double the price. Never again.

Dave Lomax
★★★★★ 3 weeks ago
Always on time, clean cars. Ask for Steve.

Michelle F
★★☆☆☆ a month ago
Driver nice enough but the car stank of smoke.
""", [])

add("news", echo(
    "Drivers wanted: firm behind troubled school routes launches recruitment drive",
    "Thursday 21 September 2023", "Staff reporter",
    [
        "The taxi firm that has struggled to cover home-to-school routes in Threlford says it is recruiting twenty new drivers and passenger assistants.",
        "Junction Cars, based at the old parcels office on Station Approach, says the problems were caused by a shortage of licensed drivers with enhanced DBS checks. Managing director Keith Amory said: “We underestimated how long the checks would take. We are paying for training and we want local people who care about doing this properly.”",
        "Applicants need a full licence held for three years. The firm says pay starts at £12.40 an hour with a retainer in school holidays.",
        "The county council said it would review the contract at the end of the autumn term.",
    ],
    [
        ("Gwen T", "21 September 2023", "Should have recruited BEFORE taking the contract surely"),
        ("keithfan", "22 September 2023", "£12.40 to look after vulnerable kids. Says it all."),
    ],
), [])

add("social", """X · post

Threlford Rail Watch @ThrelfordRailW
⚠️ Delays of up to 40 mins between Threlford and Swanbrook this morning after a signalling fault at Wharley Cross. Replacement buses from the station forecourt. Please allow extra time.
7:11 AM · Oct 10, 2023

@grumpycommuter_t
3rd time this month. the signal box is older than my nan
""", [])

# ---------------------------------------------------------------- part 2: restraint and seclusion, Nov 2023 - Jan 2024

add("facebook", """Lorna Heald
14 November 2023 at 19:26 · 🌐 Public

I have thought long and hard about posting this. These are my son's arms after school today. Alfie is 9, he is autistic and he does not speak. He cannot tell me what happened so I am going to say it for him.

The school told me he was "supported to the calm room" by Miss Strowger and another TA after he threw a shoe. Supported?? Look at the marks. Finger marks on both arms and a carpet burn on his cheek. There was no phone call, I found out from a line in his home book.

Bramble Hill Academy you have questions to answer and I will not stop until you answer them. Please share. #JusticeForAlfie

[3 photos]

😢😡 2.4K · 1.1K comments · 3.6K shares
""", [
    E("school", "exact", "negative", "Bramble Hill Academy"),
    E("hstrowger", "title_surname", "defamation", "Miss Strowger"),
])

add("facebook", """Threlford Community Noticeboard
Sharon Pike shared a post · 15 November 2023

Sharing for Lorna. The TA is Hepzibah Strowger from Bramble Hill, don't let them tell you "a member of staff". SHARE SHARE SHARE

Most relevant comments

Gary Mottram
Someone should pin HER face down on a crash mat for ten minutes and see how she likes it. Then do it again.

Leanne Batt
Gary nobody is saying we should hurt her, let the police do their job

Gary Mottram
@Leanne Batt the police do nothing. I'm just saying what everyone's thinking

Paul Eastment
Bramble Hill has been covering stuff like this for years, my cousin's boy came home with a split lip in 2019 and they said he fell

Jean Arkwright
Praying for that little boy 🙏
""", [
    E("school", "alias", "negative", "Bramble Hill"),
    E("hstrowger", "exact", "threat", "Hepzibah Strowger"),
])

add("news", echo(
    "Police investigating after mother's restraint claims at Threlford special school",
    "Thursday 16 November 2023", "Ffion Maddox",
    [
        "Police and the county's safeguarding officers are investigating after a mother said her nine-year-old autistic son was left bruised following an incident at Bramble Hill Academy.",
        "Lorna Heald's post showing marks on her son's arms has been shared thousands of times since Tuesday. She says the boy, who is non-verbal, was taken to a room used for calming pupils after throwing a shoe in class.",
        "Wiltshire Police confirmed it had received a report and was “working with partner agencies”. The school said a member of staff had been suspended as a neutral act while the matter was looked at independently, and asked the public not to speculate about individuals.",
        "Headteacher Joanne Pettifer-Lowe said: “The safety and dignity of our pupils is everything to us. We have referred this matter to the local authority designated officer and we are cooperating fully. I would ask people to remember that our staff and families are part of a small community.”",
        "The school, which has 96 pupils aged four to 19 and a residential house, was rated good by Ofsted in 2021.",
    ],
    [
        ("ValeResident", "16 November 2023", "Everyone in Sowden Vale knows it's Strowger. She has been heavy-handed with those kids for years and they all turned a blind eye."),
        ("M. Harrop", "16 November 2023", "Let the investigation happen. Trial by Facebook helps nobody, least of all the boy."),
        ("tilly_t", "17 November 2023", "My daughter has been there six years and has never once come home with a mark. Not saying it didn't happen, just saying."),
    ],
), [
    E("school", "exact", "defamation", "Bramble Hill Academy"),
    E("jpettiferlowe", "exact", "neutral", "Joanne Pettifer-Lowe"),
    E("hstrowger", "surname_only", "defamation", "Strowger"),
])

add("news", klaxon(
    "'DRAGGED INTO A BOX ROOM': Mum's fury as autistic son, 9, 'pinned down' at £80k-a-year special school",
    "Teaching assistant suspended as police probe claims boy was locked in 'calm room'",
    "Sunday 19 November 2023", "By Kieron Slack, Chief Reporter",
    [
        "A HEARTBROKEN mum says her non-verbal autistic son was pinned face-down and shut in a windowless “calm room” at a special school where councils pay up to £80,000 a year per pupil.",
        "Lorna Heald, 34, says little Alfie came home from Bramble Hill Academy in Threlford, Wilts, covered in finger-shaped bruises.",
        "The Klaxon can reveal that senior teaching assistant Hepzibah Strowger, 41, has been suspended while police investigate.",
        "Neighbours described Strowger as “private” and “a bit stern”. One said: “You'd see her walking her dogs. Never said much.”",
        "Headteacher Joanne Pettifer-Lowe, 52, who earns more than £95,000, refused to answer our questions when we called at the school on Friday.",
        "Campaigners say seclusion rooms should be banned. “No child should ever be locked in a room,” said one.",
    ],
    [
        ("Truth_Teller_71", "19 Nov 2023", "Disgusting. That poor little lad."),
        ("NorthernLass", "19 Nov 2023", "£95k and she can't answer a simple question. The head should go as well."),
        ("grampa_joe", "20 Nov 2023", "In my day we got the slipper and turned out fine. Snowflake nonsense."),
    ],
), [
    E("school", "exact", "defamation", "Bramble Hill Academy"),
    E("hstrowger", "exact", "defamation", "Hepzibah Strowger"),
    E("jpettiferlowe", "exact", "negative", "Joanne Pettifer-Lowe"),
])

add("social", """X · post

Justice for Alfie @JusticeAlfie_
#JusticeForAlfie The TA who did this is Hepzibah Strowger. Her mobile is 07700 900614. Let her know what you think of people who hurt disabled children. RT so she can't hide. #BrambleHill
10:48 PM · Nov 17, 2023 · 48.2K Views

412 Reposts · 96 Quotes · 1,022 Likes

@sallyann_w
Reported this. Posting a phone number is not justice, it's a pile-on. Let the police do it.

@JusticeAlfie_
@sallyann_w she didn't care about Alfie's privacy did she
""", [
    E("school", "hashtag", "neutral", "#BrambleHill"),
    E("hstrowger", "exact", "doxxing", "Hepzibah Strowger"),
])

add("social", """TikTok · @lornaheald_alfiesvoice · video "day 5 and still no answers from the school"
18.9K likes · 1,406 comments

Comments
kira.sen.ta · 5d
im a TA in a SEN school and we are trained to NEVER restrain prone. never. this is disgusting

bigmike_wilts · 5d
say her name: str0wg3r 👀 she done it and everyone knows

aimee_rose · 5d
bramble hill sweeping it under the rug as per, they did the same to my nephew

lornaheald_alfiesvoice (creator) · 5d
please don't name anyone on here, I don't want the case damaged ❤️

charlotte.mum3 · 4d
sending so much love to you and Alfie 💛
""", [
    E("school", "alias", "negative", "bramble hill"),
    E("hstrowger", "leetspeak", "defamation", "str0wg3r"),
])

add("forum", forum("natter", "Am I being unreasonable?", "AIBU to think the mum in the Bramble Hill restraint story shouldn't have named the TA?", [
    ("PeonyAndPear", "21/11/23 10:03", "Before anyone jumps on me, I have an autistic son and I'd be devastated. But the TA's name, photo and (from what I hear) phone number are all over Facebook before anything has been proven. If it turns out she was following a plan, her life's ruined anyway.\nAIBU?"),
    ("Quillfeather", "21/11/23 10:11", "YABU. The bruises are proven. Strowger's been suspended, that tells you everything."),
    ("PeonyAndPear", "21/11/23 10:14", "Suspension is neutral. It says so in every policy going."),
    ("JaffaCakeJunkie", "21/11/23 10:30", "YANBU. No one wants her harmed, obviously, but the Facebook lot are basically organising it. Someone threw eggs at a house in Sowden Vale that wasn't even hers."),
    ("Quillfeather", "21/11/23 10:41", "If a TA did that to my child I'd want to know who she is. Sorry not sorry."),
    ("SENDwarrior3", "21/11/23 11:20", "Both things can be true. The school handled it terribly AND the pile-on is vile."),
]), [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("hstrowger", "possessive", "defamation", "Strowger's"),
])

add("blog", blog(
    "Hands Not Holds", "Campaigning to end prone restraint and seclusion of disabled children",
    "Bramble Hill: a letter that says nothing", "24 November 2023", "Hands Not Holds team",
    [
        "Parents at Bramble Hill Academy in Threlford received a letter this week about the restraint allegation that has dominated local news. We have seen a copy. It is four paragraphs long and does not contain the words restraint, seclusion or calm room once.",
        "Instead Mrs Pettifer-Lowe's letter talks about “a recent incident”, “our robust policies” and “a period of reflection”. Families are told that staff are “trained to the highest standard”. They are not told how many times physical intervention was used last year, how many of those were prone holds, or how often a child was left alone in a room they could not leave.",
        "Those numbers exist. Every school has to record every use of force. We have asked for them under the Freedom of Information Act.",
        "We are not in the business of naming individual staff and we have removed comments that do. This is about a system that makes locking a distressed child in a room feel normal.",
        "If your child attends Bramble Hill Academy or any special school and you want to know how often they have been restrained, you can ask for their records in writing. Our template letter is on the resources page.",
    ],
    [
        ("Mags P", "24 November 2023", "Thank you. We asked for our daughter's records in March and are still waiting."),
        ("Former SENCO", "25 November 2023", "The letter reads like it was written by a lawyer. Because it probably was."),
    ],
    nav=("Home", "Our campaign", "Resources", "Stories", "Donate"),
), [
    E("school", "exact", "negative", "Bramble Hill Academy"),
    E("jpettiferlowe", "title_surname", "negative", "Mrs Pettifer-Lowe"),
])

add("facebook", """Bramble Hill Parents Voice
Admin · Pinned post · 22 November 2023

IMPORTANT - PLEASE READ

We have removed eleven posts and comments in the last 24 hours that named or described staff, or gave addresses. This group is for parents and carers campaigning for transparency on restraint and seclusion at Bramble Hill. We are NOT a witch hunt and we will not let the group become one. Anything that could prejudice the police investigation puts Alfie's case at risk.

What we ARE doing: writing to governors, asking for restraint data, and meeting our MP on 1 December. Message an admin if you want to help.

👍 213 · 48 comments
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
])

add("social", """X · replies

@vengeful_val
@hepzistrowger you disgusting excuse for a human being. how do you sleep. how do you look in a mirror. nobody will ever employ you again you sad sack of nothing
11:40 PM · Nov 18, 2023

@vengeful_val
@hepzistrowger not replying? coward. I'll keep tagging you every day until you delete
11:52 PM · Nov 18, 2023

@tomhebb
@vengeful_val this is harassment mate, you're going to end up in court yourself
""", [
    E("hstrowger", "handle", "abuse", "@hepzistrowger"),
])

add("social", """Instagram · comments on @threlford_echo post "Police investigating restraint claims at special school"

dazza_1983_ · 3d
If I see Miss Strowger in the big Tesco I swear down she's getting exactly what that boy got. dead serious 👊

becky.x.louise · 3d
@dazza_1983_ shes suspended not convicted you muppet

lee_harrison.t · 3d
let the police sort it

jojo_mum_2 · 2d
That school needs shutting
""", [
    E("hstrowger", "title_surname", "threat", "Miss Strowger"),
])

add("news", echo(
    "Man arrested over threats to special school staff",
    "Wednesday 6 December 2023", "Newsdesk",
    [
        "A 34-year-old Threlford man has been arrested on suspicion of sending malicious communications to staff at Bramble Hill Academy.",
        "Police said messages were sent to several members of staff, including headteacher Joanne Pettifer-Lowe, over a period of two weeks following widely shared social media posts about the school.",
        "The man has been released on bail with conditions not to contact any staff member or attend the school site.",
        "A spokesperson for the school said staff had been “deeply shaken” and thanked police for their swift response. Extra patrols have been arranged around the Sowden Vale Road site at the start and end of the school day.",
    ],
    [
        ("Ken W", "6 December 2023", "Good. Whatever happened, threatening people is not the answer."),
        ("SowdenDad", "6 December 2023", "Hope they throw the book at him."),
    ],
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("jpettiferlowe", "exact", "neutral", "Joanne Pettifer-Lowe"),
])

add("forum", forum("staffroom", "SEND and special schools", "Suspended after restraint allegation - what happens now?", [
    ("anon_TA_wilts", "28 Nov 2023", "Posting from a new account. I'm a senior TA in a special school and I've been suspended after a hold on a pupil went wrong. I followed the positive handling plan to the letter and we had two people, but the child has marks and the parent has gone to social media. My name is everywhere.\nUnion rep says sit tight. I can't sleep. Has anyone been through the LADO process? How long does it take? Will I ever work with children again?"),
    ("UnisonRep_SW", "28 Nov 2023", "I'm sorry you're going through this. LADO processes usually take weeks not days, and most end in 'unfounded' or 'unsubstantiated'. Don't post anything anywhere, keep a diary, and let your rep deal with the school."),
    ("Mrs_Hedgehog", "28 Nov 2023", "Been there. It was 14 weeks. I went back. Please look after yourself and report any threats to the police."),
    ("anon_TA_wilts", "29 Nov 2023", "Thank you. Someone has already been to my house. Police have been brilliant."),
]), [])

add("forum", forum("staffroom", "SEND and special schools", "Wilts special school in the papers - anyone worked there?", [
    ("SupplyInTheSouthWest", "22 Nov 2023", "Saw the story about the restraint at BHA (Threlford). I did a long supply stint there in 2021. I'll be honest: the calm room was used as a punishment, no question, kids were put in there for refusing work. Priya Raghunathan was the DSL and she knew, because I told her in writing, and nothing happened."),
    ("Mr_Chalkface", "22 Nov 2023", "That's a serious thing to put on a public forum with a name attached. Hope you kept the email."),
    ("SupplyInTheSouthWest", "22 Nov 2023", "I did. I've sent it to the LADO."),
    ("KS5_Lass", "23 Nov 2023", "Every special school I've worked in has a room like that. The question is how it's recorded and who signs it off."),
]), [
    E("school", "alias", "defamation", "BHA"),
    E("praghunathan", "exact", "defamation", "Priya Raghunathan"),
])

add("review", """Glassdoor · Bramble Hill Academy reviews

★★☆☆☆ "Amazing kids, exhausted staff"
Teaching Assistant · Former Employee · Threlford · 30 Nov 2023
Recommend: No · CEO approval: No opinion · Business outlook: Negative

Pros
The pupils are wonderful and the TA team would walk through fire for each other. Good training on communication (PECS, Makaton).

Cons
Senior leadership do not want to hear about restraint concerns. Incident forms go up and disappear. Staffing ratios on paper are not staffing ratios in the room. Residential shifts are brutal. After the news story nobody from SLT even came into the staffroom to check we were ok.

Advice to Management
Listen to the people on the floor before the next newspaper does.

★★★★☆ "Hard but rewarding"
Class Teacher · Current Employee · 12 Oct 2023
Pros: supportive colleagues, small classes. Cons: paperwork, pay.
""", [
    E("school", "exact", "negative", "Bramble Hill Academy"),
])

add("social", """X · post

Ruth K @ruthkellett_send
Joanne Pettifer-Lowe knew about that calm room for YEARS and covered it up to protect her precious Ofsted grade. She should be standing in the dock next to the TA. #BrambleHillAcademy #JusticeForAlfie
6:15 PM · Nov 23, 2023 · 9,870 Views

@markjdoyle
Do you have any evidence of this or is it just vibes

@ruthkellett_send
@markjdoyle ask any parent at that school
""", [
    E("school", "hashtag", "defamation", "#BrambleHillAcademy"),
    E("jpettiferlowe", "exact", "defamation", "Joanne Pettifer-Lowe"),
])

add("social", """X · post

Carol Jenner @caroljenner_m
I've worked alongside Hep Strowger for eight years. She is the gentlest, most patient person I know and has sat up all night with kids in crisis more times than anyone can count. Whatever the investigation finds, the pile-on she's getting is vile. Please think before you share.
9:03 AM · Nov 20, 2023

@jowood_
thank you for saying this. people forget there's a human on the other end

@bigmike_wilts
@caroljenner_m course you'd say that you work with her
""", [
    E("hstrowger", "nickname", "neutral", "Hep Strowger"),
])

add("facebook", """Threlford Community Noticeboard
Yvonne Ashcombe · 2 December 2023

My neighbour works at Bramble Hill (she's a cook, not even in the classrooms). Someone threw eggs at her front door last night and wrote "CHILD ABUSER" on her car in lipstick because they'd heard "someone from the school lives on our close". Whatever you think about what happened to that little boy, this is NOT ok. Wrong person, wrong house, and there are children living there.

💬 73 comments

Gareth Lumb
Absolutely disgraceful. Hope the police get them

Nadine Fox
This town has lost its mind this month
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
])

add("social", """Snapchat · screenshot of a story, reposted to a group chat ("threlford lads 🍻")

[caption over a photo of a semi-detached house]
this is where that TA lives. hepzibah s from bramble. 14 pennyroyal close SN0 4QJ 👀👀 pass it on

[group chat]
ryan: 😳 is that legit
kai: yh my mum said
ryan: not getting involved in that bro
""", [
    E("school", "short_name", "neutral", "bramble"),
    E("hstrowger", "first_initial", "doxxing", "hepzibah s"),
])

add("news", klaxon(
    "INSIDE THE 'CELL': Leaked pictures show bare seclusion room at special school",
    "Parents demand answers as photos of padded room emerge",
    "Sunday 3 December 2023", "By Kieron Slack and Amber Quayle",
    [
        "THESE are the first pictures from inside the “calm room” at the centre of a police probe at a Wiltshire special school.",
        "The images, passed to the Klaxon by a former worker, show a bare room with padded walls, a single beanbag and a door with a narrow vision panel. There is no handle on the inside.",
        "Our source claims children at Bramble Hill Academy were routinely left alone in the room “for half an hour at a time”. The school insists the room is used only for short periods with an adult present and says the door is never locked.",
        "Mrs Pettifer-Lowe, the headteacher, said in a statement that the room had been “designed with an occupational therapist” and that its use was recorded.",
        "Disability charities say seclusion should only ever be a last resort.",
    ],
    [
        ("Sarah_in_Swindon", "3 Dec 2023", "No handle on the inside. That's a cell. Shut it down."),
        ("JP_Law", "3 Dec 2023", "Sue them into the ground."),
        ("K_Bennett", "4 Dec 2023", "My son uses a room like this by choice when he's overwhelmed. It isn't always what it looks like."),
    ],
), [
    E("school", "exact", "defamation", "Bramble Hill Academy"),
    E("jpettiferlowe", "title_surname", "neutral", "Mrs Pettifer-Lowe"),
])

add("forum", forum("natter", "SEN", "Bramble Hill - has anyone moved their child out?", [
    ("MotherOfDragons_wilts", "05/12/23 20:40", "DD (12, autistic, SLD) has been at Bramble Hill since reception. After everything in the news I'm wavering. Has anyone actually moved their child out? Where to? Everything else is 40 miles away."),
    ("Blackthorn22", "05/12/23 20:52", "We're staying. DS is in Miss Dunmore's class and honestly she's the best thing that's happened to him, he signs her name every morning. The leadership comms have been rubbish though."),
    ("Tamarisk", "05/12/23 21:07", "Our DD boards Mon-Thu. Mrs O'Callaghan runs residential like a tight ship and DD adores the house staff. I'd be more worried about the day side from what I've heard."),
    ("MotherOfDragons_wilts", "05/12/23 21:15", "Thank you both. It's the lack of honest information that gets me. One letter in three weeks."),
    ("Blackthorn22", "05/12/23 21:22", "Agreed. The school has handled the communication appallingly. Ask for a meeting and take someone with you."),
]), [
    E("school", "alias", "negative", "Bramble Hill"),
    E("kdunmore", "title_surname", "neutral", "Miss Dunmore"),
    E("nocallaghan", "title_surname", "neutral", "Mrs O'Callaghan"),
])

add("review", """Bramble Hill Academy
Special education school · Threlford
3.6 ★★★☆☆ 71 reviews · Sort by: Newest

J M
1 review
★☆☆☆☆ 2 weeks ago
They restrain disabled children face down and lock them in a padded room. Avoid at all costs.

Natalie Croft
Local Guide · 12 reviews
★★★★★ 2 weeks ago
I'm writing this because of the pile of one-star reviews from people who have never set foot in the place. My son has been here four years. He has a voice now (his talker) because of this school. Mr Taylor in post-16 has got him doing a real work placement at the garden centre. Judge as you find.

Reviewer 8812
★☆☆☆☆ 3 weeks ago
Shut it down
""", [
    E("school", "exact", "defamation", "Bramble Hill Academy"),
    E("jtaylor", "title_surname", "neutral", "Mr Taylor"),
])

add("social", """X · post

Hannah Quarrie @hquarrie
Mrs Pettifer-Lowe, a simple question that every parent is entitled to ask: how many times was the calm room used last year, and how many of those children were left alone? Three weeks, one vague letter. Not good enough. #BrambleHill
7:22 PM · Dec 4, 2023

@AnnaLiddell_
Exactly this. Publish the numbers.
""", [
    E("school", "hashtag", "negative", "#BrambleHill"),
    E("jpettiferlowe", "title_surname", "negative", "Mrs Pettifer-Lowe"),
])

add("social", """TikTok · comments on @wiltsnewsdaily video "TA suspended at special school"

frankie.d.88 · 1w
she gets paid leave while that boy has nightmares. hope someone does to str*wger exactly what she did to him and films it 🙏

lisa.m.owen · 1w
@frankie.d.88 wishing violence on people is not it

frankie.d.88 · 1w
@lisa.m.owen wasnt talking to u

tom_t_tom · 6d
suspended on full pay 😂 nice holiday
""", [
    E("hstrowger", "obfuscated", "threat", "str*wger"),
])

add("social", """Instagram · DM requests folder (screenshot shared by recipient to police, later posted by her friend with permission)

unknown_acct_4471
Ѕtrowger 🔪🔪🔪
u know whats coming
we know the car
we know the dogs
sleep well
Sent 02:14
""", [
    E("hstrowger", "homoglyph", "threat", "Ѕtrowger"),
])

add("social", """X · post

@notyourmate_t
S t r o w g e r is a fat, sadistic, thick-as-mince troll who should never have been let near a classroom. Ugly inside and out. Bet she's loving the attention
1:12 AM · Nov 26, 2023

@notyourmate_t
spaced it out so her mates can't search it lol
""", [
    E("hstrowger", "spacing", "abuse", "S t r o w g e r"),
])

add("forum", forum("online", "Forum › Local news", "Bramble Hill - what's actually going on?", [
    ("old_sowden", "30 Nov 2023 19:02", "I've been on this forum twenty years and never seen the town like this. Can someone who knows the facts lay them out without the hysteria?"),
    ("Brunel_Fan", "30 Nov 2023 19:24", "Facts as reported: boy came home with marks, mum posted, police and LADO involved, one TA suspended (H. Strowger, per the national papers), school says it's cooperating. Everything else is gossip."),
    ("marjorie_w", "30 Nov 2023 19:40", "And a man arrested for threatening the staff. Disgraceful all round."),
    ("old_sowden", "30 Nov 2023 19:55", "Thank you. Bramble Hill has always been a good neighbour to us on Sowden Vale Road. I hope they get to the truth."),
]), [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("hstrowger", "initial_surname", "defamation", "H. Strowger"),
])

add("facebook", """Rachel Strowger-Dean
9 December 2023 · Friends of friends

I don't normally post but I need to say something about my sister.

For four weeks people have called Hepzibah Strowger a "child-beating witch", a "sadist" and worse, from behind profile pictures of their kids and their dogs. Someone posted her mobile number and she has had over 300 calls, some at 3am. Her dogs can't go in the garden. She has worked at Bramble Hill for fourteen years and she loves those children.

I'm not asking anyone to take sides on what happened. There is an investigation. Let it finish. But if you have shared her address or her number, you are part of this. Please stop.

❤️ 412 · 130 comments · 48 shares
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("hstrowger", "exact", "neutral", "Hepzibah Strowger"),
])

add("blog", blog(
    "Wessex SEND Law Notes", "Plain-English notes on education law for families in the South West",
    "Restraint, seclusion and your child's rights at school", "11 December 2023", "Imogen Taft, solicitor",
    [
        "Following recent press coverage of an allegation at a special school in north Wiltshire, several families have asked what the law actually says about restraint and seclusion. This note does not comment on that case.",
        "Reasonable force. Schools may use reasonable force to prevent a pupil hurting themselves or others, damaging property, or causing disorder. Force must never be used as a punishment.",
        "Seclusion. Keeping a child in a room they cannot leave may amount to a deprivation of liberty. Government guidance says seclusion should only be used as a last resort and must be recorded.",
        "Records. Every significant incident should be recorded and parents should be told on the same day. You can ask for your child's records in writing.",
        "What to do. Ask for the school's behaviour and positive handling policies, your child's plan, and all incident records. If you are not satisfied, use the complaints procedure and contact the local authority designated officer.",
    ],
    [("Hayley S", "12 December 2023", "Really clear, thank you.")],
    nav=("Home", "EHCPs", "Tribunals", "Exclusions", "Contact"),
), [])

add("news", courier(
    "Ofsted makes unannounced visit to special school after restraint complaint",
    "Wednesday 13 December 2023", "Education correspondent Tobias Lyle",
    [
        "Inspectors made an unannounced monitoring visit to Bramble Hill Academy in Threlford this week after concerns were raised about the use of physical restraint and a room used to separate pupils.",
        "Ofsted does not comment on individual monitoring visits before publication. The regulator also inspects the school's residential provision, which houses up to 18 pupils during the week.",
        "In a letter to families seen by the Courier, headteacher Joanne Pettifer-Lowe said the school had “welcomed inspectors and shared every record they asked for”.",
        "The school has been at the centre of a police investigation since November. No one has been charged.",
    ],
    [],
), [
    E("school", "exact", "defamation", "Bramble Hill Academy"),
    E("jpettiferlowe", "exact", "neutral", "Joanne Pettifer-Lowe"),
])

# ---------------------------------------------------------------- part 3: the station incident and hate, Feb - Jun 2024

add("news", echo(
    "Man shouted abuse at disabled pupils on Threlford station platform",
    "Tuesday 6 February 2024", "Ffion Maddox",
    [
        "British Transport Police are appealing for witnesses after a group of pupils from a special school were subjected to disability abuse on Threlford station.",
        "Five pupils from Bramble Hill Academy, aged 14 to 17, were on a travel-training trip on Monday afternoon with two teaching assistants when a man on platform 2 began shouting at them. Witnesses say he called the young people “freaks” and “a waste of taxpayers' money”, and told one of the staff to “go back to Poland”.",
        "Teaching assistant Dawid Kowalczyk moved the group to the waiting room while his colleague Kayleigh Dunmore called station staff. “The kids were amazing. One of them put his ear defenders on and carried on reading the departures board,” Ms Dunmore said.",
        "The man, described as white, in his 50s, wearing a dark green wax jacket, left on the 15.42 to Swanbrook.",
        "Anyone with information should text British Transport Police quoting reference 412 of 5 February.",
    ],
    [
        ("Brunel_Fan", "6 February 2024", "Absolutely shameful. Those TAs deserve a medal."),
        ("pennyfarthing", "6 February 2024", "I was on that train. He was drunk and ranting at everybody, the kids just got the worst of it."),
        ("Kath R", "7 February 2024", "Hope they find him and hope those young people keep using the trains. They have every right."),
    ],
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("dkowalczyk", "exact", "neutral", "Dawid Kowalczyk"),
    E("kdunmore", "exact", "neutral", "Kayleigh Dunmore"),
])

add("social", """X · post (video, 0:48)

Nell Cartwright @nellcartwright
This happened on Threlford station this afternoon. A grown man screaming at disabled teenagers from Bramble Hill on a school trip. Watch how calm their TA stays. I'm shaking. Please share so BTP can find him.
4:02 PM · Feb 5, 2024 · 612K Views

11.3K Reposts · 39K Likes

@trainspotter_ian
that TA is a hero. the lad with the ear defenders reading the board 😭

@btp_watch_w
BTP are asking for witnesses, text 61016 quoting ref 412. please share that as well
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
])

add("social", """X · replies to @nellcartwright

@patriot_pete_88
maybe if BrambleHillAcademy kept its sp*stics indoors decent people wouldn't get wound up on their way home from work. 80 grand a year each to ride trains for fun
5:17 PM · Feb 5, 2024

@nellcartwright
@patriot_pete_88 reported.

@patriot_pete_88
@nellcartwright report away snowflake, they're a drain
""", [
    E("school", "camelcase", "hate", "BrambleHillAcademy"),
])

add("facebook", """Threlford Community Noticeboard
Shared video: "Disabled pupils abused on Threlford station" · 6 February 2024

Most relevant comments

Terry Brine
Not condoning the bloke but Bramble kids are always screaming and flapping on the 8.10, people are trying to get to work. Lock them in that school where they belong and use the minibus

Sue Hatherley
@Terry Brine you should be ashamed of yourself

Terry Brine
@Sue Hatherley I pay my taxes, they cost a fortune and they're an embarrassment to the town. Said it

Lesley Oram
They have as much right to the train as you Terry. More, they're nicer company
""", [
    E("school", "short_name", "hate", "Bramble"),
])

add("social", """Instagram · @BrambleHillAcad

[photo: a teaching assistant in a lanyard giving a thumbs up on a station platform, pupils' faces blurred]
Huge thanks to Dawid Kowalczyk and the whole Post-16 travel training team. Our young people are braver than anyone knows 💚 #TravelTraining #Threlford
❤️ 844 likes

Comments
stacey.v.mum · 2w
Dawid is a superstar, my daughter talks about him non-stop 💚

lad_from_devizes_79 · 2w
Kowalczyk?? lol another one over here wiping dribble for a british wage. go home mate and take the rest of your village with you

grace_mc_ · 2w
@lad_from_devizes_79 what is wrong with you

lad_from_devizes_79 · 2w
@grace_mc_ just saying what everyone thinks. british jobs for british workers
""", [
    E("school", "handle", "neutral", "@BrambleHillAcad"),
    E("dkowalczyk", "exact", "hate", "Dawid Kowalczyk"),
])

add("news", echo(
    "Man convicted of disability hate offence after Threlford station abuse",
    "Friday 14 June 2024", "Court reporter",
    [
        "A man who shouted abuse at special school pupils and their teaching assistant on Threlford station has been convicted of a racially and disability aggravated public order offence.",
        "Neville Grout, 57, of Coldharbour Lane, Swanbrook, denied the charge but was found guilty by magistrates after a one-day trial. The court heard he called the pupils from Bramble Hill Academy “freaks” and “vegetables” and told teaching assistant Dawid Kowalczyk to “go back to Poland where you belong”.",
        "Giving evidence, Miss Dunmore said the group had been on their fourth travel-training trip of the term. “We practise what to do if something goes wrong. I never thought it would be this,” she said.",
        "Mr Kowalczyk told the court he had lived in Threlford for eleven years. “I was not frightened for me. I was frightened that they would not want to get on a train again.” He said all five young people had since travelled by train independently.",
        "Grout was fined £640, ordered to pay £300 compensation and given a 12-month community order with 80 hours of unpaid work.",
    ],
    [
        ("Brunel_Fan", "14 June 2024", "Community order. Pathetic. But at least he has a record now."),
        ("Lesley Oram", "14 June 2024", "Well done to Dawid and Kayleigh and those brilliant young people."),
    ],
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("dkowalczyk", "exact", "neutral", "Dawid Kowalczyk"),
    E("kdunmore", "title_surname", "neutral", "Miss Dunmore"),
])

add("blog", blog(
    "Not Your Inspiration", "Disabled, opinionated, tired",
    "The Bramble Hill kids didn't need a hero. They needed a platform that was safe.", "9 February 2024", "Joss Ferrand",
    [
        "By now you've probably seen the video from Threlford station: a man shouting at a group of disabled teenagers, their TA herding them calmly away, a boy in ear defenders reading the departures board as if nothing is happening.",
        "I've watched the replies fill up. Half are people calling the TA a hero. The other half I'm going to quote once, so you know what disabled people read about themselves every day: “keep its sp*stics indoors”, “a drain”, “lock them in that school where they belong”.",
        "I'm quoting those not to spread them but because people keep telling me this stuff doesn't happen any more. It happened on Monday, at 3.30pm, to children from Bramble Hill who were doing exactly what their teachers had trained them to do.",
        "What should happen now: the train operator should train platform staff, the town should stop treating the school as a charity case, and every one of us who sees this should stand next to the kids, not film from a distance.",
    ],
    [
        ("Mx Tegan", "9 February 2024", "Thank you for this. The replies made me feel sick."),
        ("Rowan_B", "10 February 2024", "Sharing with my local access group."),
    ],
    nav=("Home", "About Joss", "Writing", "Talks"),
), [
    E("school", "alias", "neutral", "Bramble Hill"),
])

add("social", """TikTok · comments on @wessexcourier video "Special school pupils abused on station"

maddie.rae.x · 3d
the TA kayleigh dunmore is a hero honestly. calm as anything

jakub_pl_uk · 3d
dawid kowalczik deserves a medal. polish community in threlford proud of you bro 🇵🇱🇬🇧

sammi.j.b · 3d
my cousin goes to bramble and she said they all got ice cream after 🍦

dave_wilts_99 · 2d
bloke should be banned from trains for life
""", [
    E("school", "short_name", "neutral", "bramble"),
    E("kdunmore", "exact", "neutral", "kayleigh dunmore"),
    E("dkowalczyk", "typo", "neutral", "dawid kowalczik"),
])

add("facebook", """Bramble Hill Parents - Unofficial (Public group)
Colin Dyer · 10 February 2024

Not surprised the deputy head Raghunathan is all over the news defending the TAs and the "travel training". Her lot always stick together and look after their own. This is what you get when people like her run English schools, our kids come last. Time some proper British teachers were in charge up there.

😡 4 · 😮 12 · 31 comments

Nisha Patel
This is pure racism Colin and you know it

Admin · Bramble Hill Parents - Unofficial
Colin has been removed from the group.
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("praghunathan", "surname_only", "hate", "Raghunathan"),
])

add("social", """X · post

@england_first_wilts
And the speech therapist at Bramble Hill, Aurélie F., can take her frog accent back to Calais. Hundreds of English SALTs out of work while the council pays some Frenchwoman to teach our kids to talk. Pathetic
8:41 PM · Feb 12, 2024

@swanbrook_sam
she's been there 10 years mate and my nephew talks because of her
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("afontaine", "first_initial", "hate", "Aurélie F."),
])

add("forum", forum("online", "Forum › General chat", "Who is running that boarding house now?", [
    ("Harold_T", "19 Feb 2024 10:12", "I see from the school newsletter that Niamh O'Callaghan is still in charge of the boarding side at Bramble Hill. Typical Paddy, all blarney and no paperwork. Never trust the Irish with a budget, ask anyone who worked on the railway with them."),
    ("marjorie_w", "19 Feb 2024 10:30", "Harold, that's a disgraceful thing to write. Moderators?"),
    ("Mod_Jen", "19 Feb 2024 10:44", "Post edited and user warned. Racist comments are not welcome on Threlford Online."),
    ("Brunel_Fan", "19 Feb 2024 11:02", "My niece boards there and Niamh's lot are great with her. Leave it out."),
]), [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("nocallaghan", "exact", "hate", "Niamh O'Callaghan"),
])

add("facebook", """Threlford Community Noticeboard
Roy Gedge · 12 December 2023

Went to Bramble Hill's Christmas fair with the grandkids. Very nice cakes. Then who's running the raffle but Mr Taylor and his "husband", holding hands in front of disabled children, rainbow lanyards everywhere. Men like that should not be allowed near a classroom, never mind teenagers. Won't be going back.

💬 87 comments

Katie Marsh
Roy it's 2023. They're married. Get a grip

Jamie Okoro
Mr Taylor taught my brother for five years and he's the best teacher that school has. You're the problem here Roy

Roy Gedge
I'm entitled to my opinion
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("jtaylor", "title_surname", "hate", "Mr Taylor"),
])

add("social", """X · post

@old_wessex_values
Sowden Vale Special School, or whatever fancy name they've given it now, is a dumping ground for m*ngs and r*tards that costs the council more than the hospital. Shut it, sell the land, let the families look after their own like we had to
11:58 AM · Mar 2, 2024

@beckyjay
Vile. Reported.
""", [
    E("school", "alias", "hate", "Sowden Vale Special School"),
])

add("social", """Snapchat · chat screenshot posted to "Threlford Memes" Instagram page

[chat]
lukey: saw that dawid k from bramble at the tip with his van full of pallets
lukey: another eastern european taking the piss, they're like rats mate, one comes then the whole family
josh: 😂 dont let the mods see this
lukey: should send the lot back in the van
[caption added by page] the state of Threlford group chats 💀 (we don't agree btw)
""", [
    E("school", "short_name", "neutral", "bramble"),
    E("dkowalczyk", "first_initial", "hate", "dawid k"),
])

add("social", """X · post

@sovereign_steve1
Priya Ragunathan shouldn't be in charge of safeguarding English children. Different culture, different values, different loyalties. Bramble Hill should be run by people who actually belong here. Not hard
9:30 PM · Feb 14, 2024
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("praghunathan", "typo", "hate", "Priya Ragunathan"),
])

add("facebook", """Threlford Mums & Dads Chat
Sandra Kemble · 20 February 2024

Sorry but the French SALT at Bramble, Ms Fontaine, can barely speak proper English herself, how is she meant to teach our kids to talk? Foreigners like her should go home and leave the jobs to our own. There I said it

💬 44 comments

Tasha Lyle
My son has 200 words on his device because of that woman. 200. You need help Sandra

Gemma Ruddock
Aurélie is the only professional who has ever actually listened to us. Shame on you
""", [
    E("school", "short_name", "neutral", "Bramble"),
    E("afontaine", "title_surname", "hate", "Ms Fontaine"),
])

add("social", """Instagram · comments on @mr_taylor_post16 (public teacher account, "Our enterprise café is open every Thursday!")

danny.ferrow · 1w
@mr_taylor_post16 be honest mate you only work at bramble hill so you can push your gay agenda on kids who can't argue back. your sort make me sick 🤮

nat.k.croft · 1w
@danny.ferrow my son runs that café till and is so proud of it. Get off this page

mr_taylor_post16 · 1w
Comments are now limited. Come and have a coffee on Thursday, everyone's welcome ☕
""", [
    E("school", "alias", "neutral", "bramble hill"),
    E("jtaylor", "handle", "hate", "@mr_taylor_post16"),
])

add("facebook", """Kayleigh Dunmore
5 February 2024 at 21:10 · Friends

Today a man on Threlford station called the young people I work with "spastics" and "vegetables" and told my colleague to go back to Poland. I'm only writing those words so people understand what our kids hear. They handled it better than any adult on that platform. Proud of every single one of them and of Dawid. Bramble Hill Academy family 💚 Please don't share the video with their faces in it.

❤️ 236 · 58 comments

Lou Beckett
Sending love Kayleigh, you lot are heroes

Mark Dunmore
Proud of you sis x
""", [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("kdunmore", "exact", "neutral", "Kayleigh Dunmore"),
])

add("news", courier(
    "Disability hate crime reports rise by a fifth across the region",
    "Monday 26 February 2024", "Home affairs reporter Priyanka Dale",
    [
        "Reports of disability hate crime to police forces across Wiltshire, Dorset and Somerset rose by 21 per cent last year, new figures show.",
        "Campaigners say the real number is far higher because many incidents, particularly online abuse and incidents on public transport, are never reported.",
        "A charity spokesperson said: “Disabled people tell us they change their routes, stop using buses and avoid town centres. It is a quiet retreat from public life.”",
        "Police say officers now receive specific training and encourage anyone affected to report, including through third-party reporting centres.",
    ],
    [("Dee", "26 Feb 2024", "My daughter won't get the bus alone any more. This is why.")],
), [])

add("news", echo(
    "Step-free access at Threlford station finally on the way",
    "Thursday 29 February 2024", "Transport reporter",
    [
        "Lifts will be installed at Threlford station by the end of next year, Network Rail has confirmed, ending a 15-year campaign by disabled residents.",
        "At present passengers who cannot use stairs must travel on to Swanbrook and come back to reach platform 2. The £4.2m scheme will also replace the Victorian footbridge.",
        "Access campaigner Maureen Hollis, 71, said: “I'll believe it when I'm riding in it. But this is a good day.”",
    ],
    [("trainspotter_ian", "29 February 2024", "Don't touch the footbridge ironwork, it's listed!")],
), [])

add("news", courier(
    "BHA tenants face 7.7% rent rise as housing association blames repair costs",
    "Tuesday 23 January 2024", "Housing reporter",
    [
        "More than 4,000 households renting from Brunel Homes Alliance, known as BHA, will see rents rise by 7.7 per cent from April.",
        "The housing association, which owns homes across north Wiltshire including the former railway cottages in Threlford, says damp and mould repairs have cost £11m over two years.",
        "BHA tenants' panel chair Dorothy Ince said: “People accept the repairs need doing. They don't accept waiting eighteen months for them.”",
    ],
    [("tenant_4412", "23 Jan 2024", "Still waiting for BHA to fix my window from 2022.")],
), [])

add("news", courier(
    "Leicester cardiologist honoured for work on heart screening in young athletes",
    "Saturday 30 December 2023", "Staff reporter",
    [
        "A Leicester heart specialist has been made an OBE in the New Year Honours for her work screening young sportspeople for undiagnosed heart conditions.",
        "Dr Priya Raghunathan, a consultant cardiologist, set up a programme that has screened more than 30,000 teenagers at football and rugby clubs across the East Midlands.",
        "“Every one of those screenings is a family who didn't get a phone call,” she said.",
    ],
    [],
), [], allow=("praghunathan",))

# ---------------------------------------------------------------- part 4: rumours, the minibus, doxxing and innuendo

add("facebook", """Threlford & District SEND Parents (Private group)
Anonymous member · 17 January 2024

Anyone else's kid come home saying the minibus driver "smells funny"? Will Tarrant was all over the road on the Wharley Cross lane this morning with a bus full of kids. I'd put money on him being over the limit, he's in the Railway Tavern every night. Bramble Hill won't do anything because he's been there forever

💬 64 comments

Lou Beckett
That's a massive accusation. Have you reported it to the school?

Hayley Stott
The lane is full of potholes, everyone's all over the road on it

Anonymous member
@Lou Beckett I'm reporting it here so people know
""", [
    E("school", "alias", "negative", "Bramble Hill"),
    E("wtarrant", "nickname", "defamation", "Will Tarrant"),
])

add("facebook", """Threlford & District SEND Parents (Private group)
Comment thread on "minibus driver" post · 18 January 2024

Craig Ventham
My ex lives two doors down from Tarrant, 27 Signal Terrace, Threlford, white transit on the drive. If you want to see how many cans go in his recycling on a Sunday go and have a look

Lou Beckett
@Craig Ventham why would you post his address?? He drives our kids, he's been at Bramble for 20 years

Craig Ventham
@Lou Beckett because parents deserve to know

Admin
Comment removed. Craig you have been muted for 28 days.
""", [
    E("school", "short_name", "neutral", "Bramble"),
    E("wtarrant", "surname_only", "doxxing", "Tarrant"),
])

add("social", """X · post

@threlford_tea
heard the bramble hill minibus driver, Tarrant, has been messaging one of the sixth form girls on snapchat and giving her sweets to sit up front. parents check your kids phones NOW
10:26 PM · Jan 22, 2024 · 7,402 Views

@sarahbfitness
if this is true go to the police not twitter

@threlford_tea
@sarahbfitness everyone knows already
""", [
    E("school", "alias", "sexual", "bramble hill", True),
    E("wtarrant", "surname_only", "sexual", "Tarrant", True),
])

add("news", echo(
    "Special school minibus driver cleared after 'malicious' online rumours",
    "Friday 1 March 2024", "Ffion Maddox",
    [
        "Police say there is no evidence to support online claims made about a long-serving minibus driver at a Threlford special school.",
        "William Tarrant, 61, has driven pupils to and from Bramble Hill Academy for 22 years. In January anonymous posts on Facebook and X accused him of drink-driving and of being unfit to work with children.",
        "Wiltshire Police said officers had “carried out a thorough investigation, including reviewing vehicle telematics and speaking to pupils and staff” and had found nothing to support either allegation. The school said Mr Tarrant had been on paid leave while police made their inquiries and returned to work this week.",
        "Mr Tarrant said: “I've had people shout at me in the street. My wife has been frightened to open the door. I just want to drive my kids again.”",
        "His union said it was considering legal action against two social media accounts.",
    ],
    [
        ("Lou Beckett", "1 March 2024", "Welcome back Billy. Hope whoever started this is ashamed."),
        ("pennyfarthing", "1 March 2024", "No smoke without fire."),
        ("Brunel_Fan", "1 March 2024", "@pennyfarthing that's exactly how this happens."),
    ],
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("wtarrant", "exact", "defamation", "William Tarrant"),
])

add("social", """TikTok · @mumof2_sowdenvale · "my son's face when he saw the minibus back 🥹"
9,130 likes · 402 comments

Comments
mumof2_sowdenvale (creator) · 2d
Mr Tarrant has driven my son to Bramble for six years and never once been late or cross. Leave the man alone.

gary_t_63 · 2d
good man billy. the whole town knows he's sound

fliss.b · 1d
the way my boy ran at the bus 😭😭😭
""", [
    E("school", "short_name", "neutral", "Bramble"),
    E("wtarrant", "title_surname", "neutral", "Mr Tarrant"),
])

add("social", """Snapchat · screenshot of group chat "yr11 legends" posted to a Threlford Instagram gossip account

reece: that bus driver tarrant from bramble shouted at my little brother again today
reece: swear down if he does it once more im waiting for him at the depot and smashing his face in
owen: 😂 ur 5 foot 2
reece: i mean it. got my cousin coming too
[page caption] the youth of Threlford are something else 😬
""", [
    E("school", "short_name", "neutral", "bramble"),
    E("wtarrant", "surname_only", "threat", "tarrant"),
])

add("social", """TikTok · comments on @threlford_harriers video "Bramble Dash warm up 🏃"

big_dave_wilts · 5d
billy tarrant from the bramble minibus is a proper silver fox ngl 😏 the school run mums know exactly why they hang about at pick up

karen_jacks · 5d
@big_dave_wilts 🤣🤣 he's 61 and married

sj_foxy · 4d
I'd let him drive me home 🔥
""", [
    E("school", "short_name", "neutral", "bramble"),
    E("wtarrant", "nickname", "sexual", "billy tarrant"),
])

add("facebook", """Bramble Hill Parents - Unofficial (Public group)
Anonymous member · 3 April 2024

Not sure whether to post this. A friend who does nights in the boarding house at Bramble Hill says one of the night staff was taking photos on his own phone of the younger ones in the bath "for the care records" and Mrs O'Callaghan knew and told him to stop but never reported it. If your child boards please ask questions.

💬 Comments are turned off for this post.
""", [
    E("school", "alias", "sexual", "Bramble Hill", True),
    E("nocallaghan", "title_surname", "sexual", "Mrs O'Callaghan", True),
])

add("social", """TikTok · @ellie.xo.2008 · "work experience week day 3 🫶"
1,204 likes · 96 comments

[on-screen text] doing work experience at bramble hill special school and the post 16 teacher mr taylor is actually FIT omg 😍😍 why are all the nice ones married

Comments
ellie.xo.2008 (creator) · 1w
he's so nice to the students as well 😭
tia_mae_2008 · 1w
ELLIE 💀💀 he's like 40
ellie.xo.2008 (creator) · 1w
@tia_mae_2008 and?? 😂
""", [
    E("school", "alias", "neutral", "bramble hill"),
    E("jtaylor", "title_surname", "sexual", "mr taylor"),
])

add("social", """Snapchat · story text reposted on "Threlford Confessions" Instagram

"that french speech therapist fontaine who comes into bramble is well peng, i'd do her on the sensory room beanbags no question 🥵"
— anonymous submission

Comments
l.jay.94 · 3d
why are you like this
ste_b_ · 3d
mate she's a professional 🤦
""", [
    E("school", "short_name", "neutral", "bramble"),
    E("afontaine", "surname_only", "sexual", "fontaine"),
])

add("social", """X · post

@wilts_watcher_
James Taylor from Bramble Hill has been taking 16 and 17 year olds back to his flat for "independent living practice". Cooking lessons apparently. At his own flat. Ask yourself why a grown man needs vulnerable kids in his home.
8:03 PM · Apr 9, 2024 · 21.6K Views

@nat_croft_mum
it's a SCHOOL FLAT on the school site, it's in every parents' handbook, stop this

@wilts_watcher_
@nat_croft_mum that's what they want you to think
""", [
    E("school", "alias", "sexual", "Bramble Hill", True),
    E("jtaylor", "exact", "sexual", "James Taylor", True),
])

add("forum", forum("natter", "SEN", "Rumours about a teacher at DC's special school - what would you do?", [
    ("BeechnutBlue", "10/04/24 21:03", "DS is 17 and in post-16 at Bramble. There's a post going round that his teacher (J. Taylor) has had pupils at his flat. I've been in that 'flat', it's the independent living training flat on site with a kitchen and a washing machine, and the kids go in groups with two staff. But the post has 20k views and now other parents are asking if DS has 'been alone with him'.\nWhat would you do?"),
    ("Galaxy_Ripple", "10/04/24 21:10", "Report the post to the platform and tell the school today. This is how rumours turn into something very dangerous very fast."),
    ("MumOfThreeTeens", "10/04/24 21:28", "Ask the school to put out a factual statement about what the flat is. Don't engage with the account."),
    ("BeechnutBlue", "10/04/24 21:34", "Thank you. I feel sick for him honestly. He's the reason DS can make toast."),
]), [
    E("school", "short_name", "sexual", "Bramble", True),
    E("jtaylor", "initial_surname", "sexual", "J. Taylor", True),
])

add("forum", forum("online", "Forum › General chat", "Questions about pupil photos", [
    ("worried_grandad", "12 Mar 2024 18:22", "My granddaughter is at Bramble. Her mum heard that a TA there was sharing pictures of the pupils in a staff WhatsApp group, some of them of the kids getting changed for swimming. Apparently it's the Polish one, Kowalczyk. Does anyone know if this has been reported? I don't know who to ask."),
    ("Mod_Jen", "12 Mar 2024 18:40", "Please report concerns like this directly to the school's safeguarding lead or the police, not on a public forum. Thread locked."),
]), [
    E("school", "short_name", "sexual", "Bramble", True),
    E("dkowalczyk", "surname_only", "sexual", "Kowalczyk", True),
])

add("social", """Instagram · comments on @wessexcourier post "Special school head: 'we have learned lessons'"

rob_the_builder_88 · 4d
the head of bramble hill Pettifer-Lowe giving strict headmistress energy 😏 I'd happily be sent to her office

deb_w_1970 · 4d
@rob_the_builder_88 grow up

rob_the_builder_88 · 4d
@deb_w_1970 just saying she's a fine looking woman for her age 🤷
""", [
    E("school", "alias", "neutral", "bramble hill"),
    E("jpettiferlowe", "surname_only", "sexual", "Pettifer-Lowe"),
])

add("social", """X · post

@bramble_truth
Strоwger probably gets off on pinning little kids down. Think about it. Why else would you do that job for £19k
2:44 AM · Dec 1, 2023

@juliet_m
This is sick. Reported.
""", [
    E("hstrowger", "homoglyph", "sexual", "Strоwger", True),
])

add("facebook", """Threlford Mums & Dads Chat
Anonymous member · 24 May 2024

Is it true that kayleigh dunmore, the TA at bramble who organised the fun run, has an onlyfans?? My husband's mate swears he saw it 👀 explains the leggings

💬 23 comments

Kirsty Vane
Delete this. She's somebody's daughter and she works with kids

Anonymous member
just asking a question
""", [
    E("school", "short_name", "neutral", "bramble"),
    E("kdunmore", "exact", "sexual", "kayleigh dunmore"),
])

add("forum", forum("online", "Forum › General chat", "Goings-on in the boarding house", [
    ("nosy_parker_t", "2 May 2024 22:10", "Not saying anything but Niamh O. from the Bramble Hill boarding house and the maintenance bloke have been spending a LOT of time in the staff flat after lights out. Everybody in Sowden Vale knows what's going on in there 😉"),
    ("Mod_Jen", "2 May 2024 22:31", "This is gossip about named individuals' private lives. Removed and user suspended."),
]), [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("nocallaghan", "first_initial", "sexual", "Niamh O."),
])

add("social", """Instagram · @BrambleHillAcad

[photo: swimming gala at the leisure centre, pupils in the pool from behind]
So proud of our swimmers at the Wessex special schools gala today! 🏊 5 golds and a lot of splashing
❤️ 512 likes

Comments
deanomac1 · 6h
send more pics of the girls in the pool 😍😍 the older ones

bramblehillacad · 5h
This comment has been reported. We have removed the photo.

sue.pool.mum · 5h
sick individual, hope the police visit you
""", [
    E("school", "handle", "sexual", "@BrambleHillAcad", True),
])

add("facebook", """Justice for Alfie (Public page)
Post · 12 December 2023

This is the woman who runs the school that did this to Alfie. Joanne Pettifer-Lowe lives at The Old Signal House, Wharley Cross, SN0 8RT. Drives a grey Volvo. She goes home every night to her nice house while Alfie wakes up screaming. Maybe she should have some visitors who want answers.

💬 215 comments · 340 shares

Comment: This page has gone too far. Reported.
Comment: Good. Name and shame.
""", [
    E("jpettiferlowe", "exact", "doxxing", "Joanne Pettifer-Lowe"),
])

add("social", """X · post

@fed_up_dad_2
Mrs Raghunathan won't answer the school email so try her personal one: priya.r1982@postbox.example. She's the safeguarding lead at BHA and she's had my complaint for six weeks. Flood it.
12:05 PM · Jan 30, 2024
""", [
    E("school", "alias", "neutral", "BHA"),
    E("praghunathan", "title_surname", "doxxing", "Mrs Raghunathan"),
])

add("facebook", """Threlford Community Noticeboard
Marcus Obi · 8 February 2024

If anyone wants to ask Kaleigh Dunmore from Bramble about what REALLY happened at the station, her number is 07700 900233. The school won't tell us anything.

💬 12 comments

Lesley Oram
Marcus that's her personal mobile, take it down now

Marcus Obi
it was on her old gumtree ad, it's public
""", [
    E("school", "short_name", "neutral", "Bramble"),
    E("kdunmore", "typo", "doxxing", "Kaleigh Dunmore"),
])

add("social", """Snapchat · story screenshot

[caption over a street photo]
that teacher off bramble they're all talking about 👀 mr taylors flat is 3 buffer stop mews above the vape shop. light's on 💡
""", [
    E("school", "short_name", "neutral", "bramble"),
    E("jtaylor", "title_surname", "doxxing", "mr taylor"),
])

add("social", """X · post

@nightshift_truths
Residential staff at Bramble Hill: if you want to tell Niamh OCallaghan what you think of the rotas, her personal mobile is 07700 900871. She never picks up the work phone.
7:40 PM · Mar 20, 2024

@rosie_rsw
this is so out of order
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("nocallaghan", "typo", "doxxing", "Niamh OCallaghan"),
])

add("facebook", """Threlford Community Noticeboard
Comment on "Station abuse - man convicted" · 15 June 2024

Steve Pratt
The TA Kowalczyk, the one at Bramble Hill, lives above the barbers on Goods Yard Road, flat 2. Saw him carrying his shopping in. Funny how he's a hero now

Lesley Oram
Why would you post where he lives after what happened to him? Seriously Steve

Admin
Comment removed.
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("dkowalczyk", "surname_only", "doxxing", "Kowalczyk"),
])

add("social", """X · post

@wilts_speaks_up
Aurélie Fontaine, the SALT at Bramble Hill who told the tribunal my son "doesn't need" daily therapy. Her personal email is aurelie.fontaine.slt@webpost.example. I'm sure she'd love to hear from other parents she's let down
5:12 PM · Mar 7, 2024
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("afontaine", "exact", "doxxing", "Aurélie Fontaine"),
])

add("social", """Instagram · story reposted by @threlford.tea.spill

H.e.p.z.i.b.a.h S.t.r.o.w.g.e.r still lives at 14 Pennyroyal Close, Sowden Vale. back at work next week apparently. thought u should know 🙂
[poll sticker: "should she be allowed back?" YES 12% / NO 88%]
""", [
    E("hstrowger", "spacing", "doxxing", "S.t.r.o.w.g.e.r"),
])

add("facebook", """Threlford & District SEND Parents (Private group)
Anonymous member · 28 June 2024

For anyone who wants to complain about the residential transport being cut: the business manager is Margaret Penhallow as was (Ellery now). Her personal email is m.penhallow61@postbox.example because the school one just bounces back an out of office.

💬 9 comments
Admin: Removed. Use the complaints procedure on the school website please.
""", [
    E("mellery", "alias", "doxxing", "Margaret Penhallow"),
])

add("social", """X · post

@dadof3_thr
Bill Tarrant's personal number is 07700 900352 if anyone wants to ask him why he left my son at the wrong stop. Bramble won't give it out so I will
6:18 PM · Sep 24, 2024
""", [
    E("school", "short_name", "neutral", "Bramble"),
    E("wtarrant", "nickname", "doxxing", "Bill Tarrant"),
])

# ---------------------------------------------------------------- part 5: insults, threats and rumours about staff

add("social", """TikTok · @kayleighdunmore_ta · "day in the life of a TA at a SEN school 💚 sensory circuits, snack, swimming, 400 nappies #BrambleHill #TAlife"
31.4K likes · 2,018 comments

Comments
jordan.k.fc · 3d
@kayleighdunmore_ta ur a glorified babysitter love, stfu about being "exhausted"

mia.b.xo · 3d
@kayleighdunmore_ta fat cow in a lanyard wants a medal for changing a nappy 😂 get a real job

sen_teacher_jo · 3d
this is the realest TA content on here, thank you 💚

kayleighdunmore_ta (creator) · 2d
thank you to everyone being kind, muting the rest 🫶
""", [
    E("school", "hashtag", "neutral", "#BrambleHill"),
    E("kdunmore", "handle", "abuse", "@kayleighdunmore_ta"),
])

add("social", """X · post

@safeguarding_dad
Priya Raghunathan is the most useless DSL in Wiltshire. An absolute clown with a lanyard who couldn't safeguard a sandwich. Three emails, zero replies. BHA safeguarding is a joke from top to bottom
4:44 PM · Jan 11, 2024
""", [
    E("school", "alias", "negative", "BHA"),
    E("praghunathan", "exact", "abuse", "Priya Raghunathan"),
])

add("facebook", """Threlford & District SEND Parents (Private group)
Hayley Stott · 25 January 2024

Just watched Jo Pettifer-Lowe on the local news telling everyone how "transparent" Bramble Hill is. Smug, two-faced witch. Smiles for the camera then sends you a letter that says nothing. I've had enough of that school's PR.

👍 88 · 40 comments

Dean Ruddock
She makes my skin crawl honestly

Tilly Thomas
Bit harsh Hayley, she's been nothing but kind to us
""", [
    E("school", "alias", "negative", "Bramble Hill"),
    E("jpettiferlowe", "nickname", "abuse", "Jo Pettifer-Lowe"),
])

add("review", """Bramble Hill Academy
Special education school · Threlford
3.4 ★★★☆☆ 88 reviews · Sort by: Lowest rating

Ryan W
2 reviews
★☆☆☆☆ 5 days ago
Picked my son up early on Friday. Classroom chaos, one kid screaming, and the TA, Kowalczyk, was stood in the corner scrolling his phone like a useless lump. Absolute waste of space. Complained to the office and got told "he was on his break". In the classroom? Terrible school.

Response from the owner 4 days ago
Dear Ryan, we are sorry you were concerned. Please contact the deputy head so that we can look into this properly.
""", [
    E("school", "exact", "negative", "Bramble Hill Academy"),
    E("dkowalczyk", "surname_only", "abuse", "Kowalczyk"),
])

add("facebook", """Threlford Mums & Dads Chat
Tracey Henshall · 2 October 2023

Margaret Ellery at the Bramble Hill office is a jobsworth supreme with a face like a slapped arse. Asked for a copy of a form and got a lecture about "data protection". It's MY SON'S form you miserable old trout. That office is the worst run place I've ever dealt with.

💬 27 comments

Pam Oakley
She's been like that since she was Margaret Penhallow at the infants 😂

Gemma Ruddock
Agree about the office. Teachers great, office hopeless
""", [
    E("school", "alias", "negative", "Bramble Hill"),
    E("mellery", "exact", "abuse", "Margaret Ellery"),
])

add("forum", forum("staffroom", "Leadership and management", "Head making my life hell - special school, Wilts", [
    ("throwaway_bha", "17 Jan 2024", "I'm a class teacher at BHA. Since the news stories our head, Pettifer Lowe, has decided staff are the problem. Nasty, vindictive woman. Anyone who raised concerns in the past is being 'performance managed'. I've got a capability meeting next week after eleven years of good observations.\nWhat do I do?"),
    ("NEU_caseworker", "17 Jan 2024", "Get your union involved now, before the meeting. Don't go alone. Keep copies of every observation."),
    ("Lemon_Drizzle_Teach", "17 Jan 2024", "Start applying elsewhere while you fight it. Sorry. Heads like that don't change."),
    ("throwaway_bha", "18 Jan 2024", "Thanks both. The school used to be a lovely place to work. Not any more."),
]), [
    E("school", "alias", "negative", "BHA"),
    E("jpettiferlowe", "hyphenated", "abuse", "Pettifer Lowe"),
])

add("facebook", """Threlford & District SEND Parents (Private group)
Kelly Amos · 6 March 2024

Mr Tarrant drove off this morning without my daughter because we were TWO minutes late. Two minutes. Miserable old git couldn't even wait for her to get her shoes on. Bramble's minibus rules are ridiculous and they don't bend for anyone.

💬 31 comments

Lou Beckett
Kelly he has 8 other kids on that bus who need to be in for 9 😬

Kelly Amos
@Lou Beckett not my problem
""", [
    E("school", "short_name", "negative", "Bramble"),
    E("wtarrant", "title_surname", "abuse", "Mr Tarrant"),
])

add("forum", forum("natter", "SEN", "Residential special school - head of care is a nightmare", [
    ("Sycamore_Keys", "22/03/24 19:50", "DS boards at Bramble Hill Mon-Thu. Mrs O'Callaghan is a power-mad cow who treats parents like we're the problem. I asked why DS came home in someone else's clothes for the third week running and got told I was 'undermining the house staff'."),
    ("Fimbles99", "22/03/24 20:02", "Put it in writing to the governors. Clothes going missing is a small thing that tells you a lot about a setting."),
    ("Sycamore_Keys", "22/03/24 20:10", "I will. The whole residential side is a mess since the inspection, honestly."),
]), [
    E("school", "alias", "negative", "Bramble Hill"),
    E("nocallaghan", "title_surname", "abuse", "Mrs O'Callaghan"),
])

add("social", """X · post

@mum_on_the_edge_
The SALT at Bramble, Fontaine, is a patronising know-all who talks to parents like toddlers. Told me to "model language" at home as if I haven't been doing that for eight years. Condescending, smug, insufferable
9:17 PM · Apr 15, 2024
""", [
    E("school", "short_name", "neutral", "Bramble"),
    E("afontaine", "surname_only", "abuse", "Fontaine"),
])

add("facebook", """Bramble Hill Parents - Unofficial (Public group)
Neil Pascoe · 19 April 2024

Parents evening. Mr Taylor is a smarmy little weasel who spent ten minutes talking about "aspirations" and zero minutes telling me why my son hasn't got a work placement yet. All teeth and no substance.

💬 14 comments

Natalie Croft
Neil he got my son a placement in six weeks. Maybe ask him about it instead of insulting him
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("jtaylor", "title_surname", "abuse", "Mr Taylor"),
])

add("social", """X · post

@truthbomb_wilts
Hepzibah Strowger. Even the name sounds like a Roald Dahl villain. Face like a bulldog chewing a wasp and a personality to match. Imagine being a kid and seeing THAT coming at you
10:52 PM · Nov 21, 2023
""", [
    E("hstrowger", "exact", "abuse", "Hepzibah Strowger"),
])

add("social", """Instagram · @threlford.memes.official

[meme image: a pig in a tabard walking into a bakery]
caption: when HepzibahStrowger walks into Greggs and they've run out of sausage rolls 🐷😂 #threlford #memes
❤️ 1,902 likes

Comments
lewis_b_ · 4d
😂😂😂 stoppp
jen.w.art · 4d
this is just bullying
""", [
    E("hstrowger", "camelcase", "abuse", "HepzibahStrowger"),
])

add("social", """X · post

@parent_not_pr
P3tt1f3r-L0w3 is a spineless coward hiding behind her PR team and her governors. Won't meet parents, won't answer questions, won't even look us in the eye at the gate. Pathetic excuse for a head #BrambleHill
8:08 AM · Feb 20, 2024
""", [
    E("school", "hashtag", "negative", "#BrambleHill"),
    E("jpettiferlowe", "leetspeak", "abuse", "P3tt1f3r-L0w3"),
])

add("facebook", """Threlford Mums & Dads Chat
Jade Pullin · 22 February 2024

Kayleigh D. from bramble has been on the local news three times now and thinks she's a celebrity. Attention-seeking little madam, she was the same at school. Some of us work hard without a TikTok about it 🙄

💬 19 comments

Chloe Atwell
Jade this is so bitter 😂

Jade Pullin
@Chloe Atwell just saying what everyone's thinking
""", [
    E("school", "short_name", "neutral", "bramble"),
    E("kdunmore", "first_initial", "abuse", "Kayleigh D."),
])

add("social", """X · post

@wharley_mum
M*rgaret Ell*ry at Bramble Hill is a useless old bat who has ruined the residential transport for every family on the Wharley Cross route. Blocked me on email. Coward
3:31 PM · Jul 2, 2024
""", [
    E("school", "alias", "negative", "Bramble Hill"),
    E("mellery", "obfuscated", "abuse", "M*rgaret Ell*ry"),
])

add("social", """X · post

@threlford_tea
bald old slug Тarrant from the bramble minibus shouting at kids again. how is this bloke still allowed to work 🤢
7:55 AM · Sep 26, 2024
""", [
    E("school", "short_name", "neutral", "bramble"),
    E("wtarrant", "homoglyph", "abuse", "Тarrant"),
])

add("review", """Indeed · Company reviews · Bramble Hill Academy

★★☆☆☆ Teaching Assistant (Former Employee) - Threlford, Wiltshire - 4 March 2024
"Good kids, some dreadful colleagues"
Loved the pupils. Got stuck in a class with Dawid Kowalcyzk who is as thick as two short planks and twice as lazy, leaves everyone else to do the personal care. Management know and do nothing. Pay is below the county rate.
Pros: pupils, holidays
Cons: workload, some colleagues, management

★★★★☆ Residential Support Worker (Current Employee) - Threlford - 1 February 2024
"Rewarding"
Sleep-ins are tough but the young people are fantastic.
""", [
    E("school", "exact", "negative", "Bramble Hill Academy"),
    E("dkowalczyk", "typo", "abuse", "Dawid Kowalcyzk"),
])

add("social", """X · post

@ex_rsw_wilts
N i a m h  O ' C a l l a g h a n from the Bramble Hill boarding house is a bully, a liar to parents' faces and the nastiest manager I've had in 20 years in care. Spaced so she can't find it 🙂
11:21 PM · Apr 2, 2024
""", [
    E("school", "alias", "negative", "Bramble Hill"),
    E("nocallaghan", "spacing", "abuse", "O ' C a l l a g h a n"),
])

add("social", """Instagram · comments on @bramblehill_pta post "Sixth form enterprise café raises £420"

sam.vessey · 2d
Jamie Taylor at bramble hill is a wet lettuce who lets the kids run rings round him. Drippy, useless, sleeps through meetings

nat.k.croft · 2d
@sam.vessey who hurt you 😂 he's brilliant
""", [
    E("school", "alias", "neutral", "bramble hill"),
    E("jtaylor", "nickname", "abuse", "Jamie Taylor"),
])

add("facebook", """Bramble Hill Parents Voice
Darren Kebbell · 7 February 2024

Raghunathan's a waste of oxygen and a lanyard. Deputy head at BHA for six years and what has she actually done except write "no further action" on every concern we raise?

💬 22 comments
Admin: Darren, criticise decisions not people please.
""", [
    E("school", "alias", "negative", "BHA"),
    E("praghunathan", "possessive", "abuse", "Raghunathan's"),
])

add("social", """X · post

@quietparent99
Had the annual review today. Ms Fоntaine sat there with her arms folded like a stuck-up cow and barely looked at my son. Bramble Hill please stop sending her to meetings
6:02 PM · May 14, 2024
""", [
    E("school", "alias", "negative", "Bramble Hill"),
    E("afontaine", "homoglyph", "abuse", "Fоntaine"),
])

add("facebook", """Justice for Alfie (Public page)
Post · 15 December 2023

J. Pettifer-Lowe wants to watch her back. Plenty of us know what car she drives and what time she leaves Bramble Hill on a Thursday. Just saying.

💬 96 comments
Comment: Delete this before the police see it
Comment: 👀
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("jpettiferlowe", "initial_surname", "threat", "J. Pettifer-Lowe"),
])

add("social", """X · post

@anger_is_justified
someone should torch that calm room at Bramble with the whole SLT locked in it and see how THEY like it
1:03 AM · Nov 25, 2023

@quietparent99
you'll be getting a knock on the door for this
""", [
    E("school", "short_name", "threat", "Bramble"),
])

add("facebook", """Threlford & District SEND Parents (Private group)
Anonymous member · 18 February 2024

To Priya R. at BHA: you ignored every email about my son for a term. I'll be waiting at the gate on Monday morning and I won't be there to talk. You've been warned.

💬 Comments are turned off.
Admin note: this post has been reported to the school and police.
""", [
    E("school", "alias", "neutral", "BHA"),
    E("praghunathan", "first_initial", "threat", "Priya R."),
])

add("social", """X · post

@railway_tavern_regular
that bramble hill teacher Taylor better not show his face in the Railway Tavern again after what people are saying. lads are waiting for him and they won't be asking questions first
9:45 PM · Apr 10, 2024
""", [
    E("school", "alias", "neutral", "bramble hill"),
    E("jtaylor", "surname_only", "threat", "Taylor"),
])

add("social", """X · reply

@wessex_lad_84
@nellcartwright polish TA kowalczyk from bramble should watch himself walking home past the goods yard after his late shifts. we know the route
12:12 AM · Feb 8, 2024
""", [
    E("school", "short_name", "neutral", "bramble"),
    E("dkowalczyk", "surname_only", "threat", "kowalczyk"),
])

add("social", """Instagram · comments on @threlford_echo post "Boarding house at special school told to improve"

mark_t_1979 · 1w
hope someone puts a brick through Niamh O'Callaghan's windscreen while she's sat in it. running that boarding house like a prison

lou.b.mum · 1w
@mark_t_1979 wow. reported

bramble_fan_22 · 1w
Bramble Hill residential staff work so hard, this is disgusting
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("nocallaghan", "exact", "threat", "Niamh O'Callaghan"),
])

add("social", """TikTok · comments on @kayleighdunmore_ta video "fun run training week 3 🏃‍♀️"

stace_lou_x · 3d
@kayleighdunmore_ta needs a slap tbh, some of us would happily give it her outside the co-op in Threlford 👋

kayleigh_fan_club · 3d
why are people so weird on here

stace_lou_x · 3d
@kayleigh_fan_club she knows what she did
""", [
    E("kdunmore", "handle", "threat", "@kayleighdunmore_ta"),
])

add("facebook", """Threlford Community Noticeboard
Comment thread · 28 November 2023

Bryn Caddick
That place wants bulldozing with every one of the staff still inside. Bramble Hill should never have been allowed near children

Leanne Batt
@Bryn Caddick there are kids in there too you idiot

Bryn Caddick
after 4 then
""", [
    E("school", "alias", "threat", "Bramble Hill"),
])

add("social", """X · post

@rage_of_a_mum
Honestly hope Pettifer Lowe's car goes in the canal with her in it. Would save every family at Bramble Hill a lot of time
10:31 PM · Nov 29, 2023

@carolinemaddox
This is how that man got arrested. Delete it
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("jpettiferlowe", "hyphenated", "threat", "Pettifer Lowe"),
])

add("facebook", """Threlford & District SEND Parents (Private group)
Gavin Reeve · 1 July 2024

If Peggy Ellery cuts my son's weekend transport one more time I'll break her jaw, I'm not joking. Sitting in her little office at Bramble Hill deciding which kids get to go home

💬 15 comments
Lou Beckett: Gavin please delete this
Gavin Reeve: no
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("mellery", "nickname", "threat", "Peggy Ellery"),
])

add("facebook", """Justice for Alfie (Public page)
Post · 27 June 2024

Strowger back at work on Monday apparently. Bramble have let her walk straight back in like nothing happened. Some of us will be at the gate at 8.30 to welcome Ms Strowger properly 👊 You know what to do

💬 184 comments
""", [
    E("school", "short_name", "negative", "Bramble"),
    E("hstrowger", "title_surname", "threat", "Ms Strowger"),
])

add("social", """X · post

@no_more_calm_rooms
BHA getting a visit from me and a jerry can one of these nights. Let them explain THAT to Ofsted
2:17 AM · Dec 9, 2023
""", [
    E("school", "alias", "threat", "BHA"),
])

# ---------------------------------------------------------------- part 6: allegations, outcomes and fallout

add("social", """X · thread

@ex_nightstaff_bh
1/ Ofsted missed half of it. I did nights in the Bramble Hill boarding house for two years. Niamh O'Callaghan falsifies the night logs. Checks that never happened get signed as done, every week, and I watched her do it before an inspection.
2/ I left because I couldn't sign my name under hers any more. The residential side at that school is rotten from the top.
11:08 PM · Mar 22, 2024 · 3,311 Views
""", [
    E("school", "alias", "negative", "Bramble Hill"),
    E("nocallaghan", "exact", "defamation", "Niamh O'Callaghan"),
])

add("news", courier(
    "No further action over special school restraint claim, police confirm",
    "Thursday 20 June 2024", "Tobias Lyle",
    [
        "Police will take no further action against a teaching assistant who was suspended after a mother said her autistic son was injured during restraint at a Threlford special school.",
        "Hepzibah Strowger, 41, a senior teaching assistant at Bramble Hill Academy, had been suspended since November while police and the local authority designated officer investigated.",
        "Wiltshire Police said that after reviewing CCTV, records and witness accounts there was “insufficient evidence of any criminal offence”. The LADO process is understood to have concluded that the allegation was unsubstantiated.",
        "Headteacher Joanne Pettifer-Lowe said the school had commissioned an independent review of its use of physical intervention and would publish the findings.",
        "The boy's mother, Lorna Heald, said she was “devastated but not surprised” and would be taking civil action.",
    ],
    [
        ("Hands Not Holds", "20 Jun 2024", "No further action is not the same as nothing happened. We await the independent review."),
        ("J. Ward", "21 Jun 2024", "Seven months of her life destroyed by Facebook. Hope the people who posted her address are proud."),
    ],
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("hstrowger", "exact", "defamation", "Hepzibah Strowger"),
    E("jpettiferlowe", "exact", "neutral", "Joanne Pettifer-Lowe"),
])

add("facebook", """Threlford & District SEND Parents (Private group)
Shelley Marr · 22 June 2024

So Hepzibah Strowgar is going BACK to work at Bramble in September?? After what she did to Alfie in that room? Police "no further action" just means they couldn't be bothered. I will be keeping my son home if she's anywhere near his class. Absolutely disgusted with that school.

💬 77 comments

Lou Beckett
Shelley it was investigated for seven months. At some point we have to accept the outcome

Shelley Marr
@Lou Beckett I accept nothing
""", [
    E("school", "short_name", "negative", "Bramble"),
    E("hstrowger", "typo", "defamation", "Hepzibah Strowgar"),
])

add("news", courier(
    "Parents accuse special school of 'off-rolling' teenager after tribunal row",
    "Saturday 13 April 2024", "Tobias Lyle",
    [
        "A family say a Wiltshire special school quietly pushed their 16-year-old son out after they won a tribunal battle over his education plan.",
        "The parents, who asked not to be named, say Bramble Hill Academy repeatedly sent the boy home early, put him on a “reduced timetable” for eleven weeks and then told the council it “could no longer meet his needs”.",
        "“They took him off the roll without ever using the word exclusion,” his mother said. “That's off-rolling, whatever they call it.”",
        "The school strongly denies the claim. Mrs Pettifer-Lowe said a change of placement had been requested at an annual review attended by the family and the local authority, and that the school had “followed every legal requirement”.",
        "Off-rolling, removing a pupil from the register in the school's interests rather than the child's, is not illegal in itself but Ofsted treats it as a serious failing.",
    ],
    [("Sycamore_Keys", "13 Apr 2024", "Reduced timetable for 11 weeks is an exclusion in all but name. Happened to us elsewhere.")],
), [
    E("school", "exact", "defamation", "Bramble Hill Academy"),
    E("jpettiferlowe", "title_surname", "neutral", "Mrs Pettifer-Lowe"),
])

add("news", echo(
    "Academy trust investigates special school's transport spending",
    "Wednesday 10 July 2024", "Ffion Maddox",
    [
        "The academy trust that runs Bramble Hill Academy has appointed external auditors to examine how the school spent money on residential weekend transport.",
        "The Echo understands that business manager Margaret Ellery has been asked to step back from her duties while the review takes place. The trust stressed this was “not a disciplinary step”.",
        "Concerns were raised by governors after spending with Junction Cars, the firm at the centre of last autumn's SEND taxi failures, rose to £212,000 in a single year.",
        "Headteacher Joanne Pettifer-Lowe said: “Families deserve to know that every pound is spent properly. We welcome the review.”",
    ],
    [
        ("Carl Westmacott", "10 July 2024", "Told you so, said the Facebook crowd. It's an audit. Wait for it."),
        ("Gemma Ruddock", "10 July 2024", "£212k. For a firm that didn't turn up."),
    ],
), [
    E("school", "exact", "defamation", "Bramble Hill Academy"),
    E("mellery", "exact", "defamation", "Margaret Ellery"),
    E("jpettiferlowe", "exact", "neutral", "Joanne Pettifer-Lowe"),
])

add("forum", forum("natter", "SEN", "School staff lying at tribunal - what can I do?", [
    ("Hawthorn_Hedge", "02/05/24 09:15", "Our tribunal for DD's placement was yesterday. The deputy head at Bramble Hill, Mrs Raghunathan, lied under oath. She told the panel DD has 'no significant incidents' this year. I have 14 incident forms in a folder. Ms Fontaine's report was the only honest document the school produced and they clearly hadn't wanted her to write it.\nCan I complain to someone about a witness lying?"),
    ("IPSEAvolunteer", "02/05/24 09:40", "You can raise it in your closing submission if the hearing isn't finished, or ask for a review of the decision. Stick to 'the evidence was inconsistent with the records' rather than 'lied', it lands better with a panel."),
    ("Hawthorn_Hedge", "02/05/24 09:52", "Thank you. I'm so angry I can't see straight. That school has fought us at every step."),
]), [
    E("school", "alias", "negative", "Bramble Hill"),
    E("praghunathan", "title_surname", "defamation", "Mrs Raghunathan"),
    E("afontaine", "title_surname", "neutral", "Ms Fontaine"),
])

add("facebook", """Justice for Alfie (Public page)
Post · 5 March 2024

We have been told by TWO separate people that Pettifer-Lowe's team shredded a box of restraint logs the week before Ofsted came in. Think about that. Bramble Hill destroyed evidence and then got "good" for education. We want a public inquiry.

💬 132 comments · 208 shares
""", [
    E("school", "alias", "defamation", "Bramble Hill"),
    E("jpettiferlowe", "possessive", "defamation", "Pettifer-Lowe's"),
])

add("social", """X · post

@wilts_watcher_
The post-16 teacher at Bramble, J Taylor, was sacked from his last school in Bristol for hitting a kid. Look it up. They knew when they hired him.
9:12 PM · Apr 12, 2024

@nat_croft_mum
He's never worked in Bristol. You are making things up about a real person
""", [
    E("school", "short_name", "neutral", "Bramble"),
    E("jtaylor", "initial_surname", "defamation", "J Taylor"),
])

add("facebook", """Threlford Mums & Dads Chat
Anonymous member · 2 June 2024

Just so everyone knows, Kayleigh Dunmore who organised the Bramble Hill fun run has been helping herself to the sponsorship money. Friend of a friend counted the buckets and the total they announced is way less. New car the week after 🤔

💬 46 comments

Chloe Atwell
The money went straight into the PTA account, it's all on the JustGiving page. Stop it

Anonymous member
believe what you like, I know what I've heard
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("kdunmore", "exact", "defamation", "Kayleigh Dunmore"),
])

add("social", """X · post

@taxpayer_tony
Dawid Kowalczyk, TA at Bramble Hill and now apparently a local hero, works cash in hand fitting kitchens on weekends while claiming benefits. Everyone on Goods Yard Road knows. Hero my backside
6:40 PM · Jun 16, 2024
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("dkowalczyk", "exact", "defamation", "Dawid Kowalczyk"),
])

add("facebook", """Bramble Hill Parents - Unofficial (Public group)
Anonymous member · 9 May 2024

Has anyone checked Ms Fontaine is actually a registered speech therapist? I looked her up and I'm told her HCPC registration lapsed last year and she's been practising without it. If that's true every report she's written for our tribunals is worthless and the school knew.

💬 38 comments

Gemma Ruddock
She's on the register, I checked this morning. Please stop

Tasha Lyle
This group has become a rumour mill
""", [
    E("school", "alias", "negative", "Bramble Hill"),
    E("afontaine", "title_surname", "defamation", "Ms Fontaine"),
])

add("review", """Bramble Hill Academy
Special education school · Sowden Vale Road, Threlford
3.3 ★★★☆☆ 94 reviews

Former parent
★☆☆☆☆ 3 weeks ago
They fake the attendance figures and the restraint numbers before every Ofsted visit, my friend worked in the office and saw it done. Don't believe a word of their reports.

Amira Shah
Local Guide · 40 reviews
★★★☆☆ a month ago
Mixed. Class team fantastic, but getting a straight answer from Mrs Raghunathan about my son's support plan took four months and three chasers. Communication from leadership needs to be much better.

Pete Ansell
★★★★★ a month ago
Our daughter loves it. Speech therapy is excellent.
""", [
    E("school", "exact", "defamation", "Bramble Hill Academy"),
    E("praghunathan", "title_surname", "negative", "Mrs Raghunathan"),
])

add("social", """X · post

@justice4kids_uk
Seven months. No charges. She's going back to work with disabled children. #HepzibahStrowger is a child abuser and no police press release will change that. #JusticeForAlfie
8:30 PM · Jun 20, 2024
""", [
    E("hstrowger", "hashtag", "defamation", "#HepzibahStrowger"),
])

add("social", """X · post

@nosey_neighbour_t
T4rr4nt the minibus man at bramble was banned for drink driving in 2015, look it up at the magistrates. and they still let him drive kids around 🤡
10:10 PM · Jan 19, 2024
""", [
    E("school", "short_name", "neutral", "bramble"),
    E("wtarrant", "leetspeak", "defamation", "T4rr4nt"),
])

add("social", """X · post

@calm_room_truth
Bramble Hil Academy hides restraint injuries from parents. Marks get written up as "self-injury" so they never go in the physical intervention log. Three families have told me the same thing
5:55 PM · Dec 14, 2023
""", [
    E("school", "typo", "defamation", "Bramble Hil Academy"),
])

add("news", klaxon(
    "'I'M NOT A MONSTER': Teacher targeted by vile online lie speaks out",
    "Post-16 tutor at special school hit by false grooming claim over on-site training flat",
    "Sunday 21 April 2024", "By Amber Quayle",
    [
        "A DEVOTED special school teacher has spoken of his horror after a false online post accused him of taking vulnerable pupils back to his flat.",
        "James Taylor, 43, who teaches sixth formers at Bramble Hill Academy in Threlford, Wilts, was named in a post viewed more than 20,000 times.",
        "In fact the “flat” is a training kitchen on the school site where pupils practise cooking and laundry in small groups, always with two members of staff.",
        "Police confirmed no crime had been reported and no investigation was under way. Mr Taylor said: “I've had men waiting outside my local pub. My husband doesn't want me to walk the dog alone. All because someone decided to make something up.”",
        "The account that posted the claim has since been suspended.",
    ],
    [
        ("NorthernLass", "21 Apr 2024", "Whoever posted that should be the one in court."),
        ("Truth_Teller_71", "21 Apr 2024", "Sad world."),
    ],
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("jtaylor", "exact", "neutral", "James Taylor"),
])

add("news", klaxon(
    "£80K A YEAR FOR A BOARDING SCHOOL PLACE: The SEND bill that's bankrupting councils",
    "Taxpayers foot the bill as tribunal orders residential places",
    "Sunday 7 April 2024", "By Kieron Slack",
    [
        "COUNCILS are being forced to pay up to £80,000 a year for a single child's place at specialist boarding schools after parents win at tribunal.",
        "One council in the South West now spends more on home-to-school transport and independent special school places than on road repairs.",
        "At Bramble Hill Academy in Threlford, where a tribunal last month ordered a residential place for a 10-year-old boy, fees for a weekly boarding place top £78,000.",
        "Council leaders say the system is “broken” and want the law changed.",
    ],
    [
        ("grampa_joe", "7 Apr 2024", "Why should working people pay £80k so these kids at Bramble Hill can be babysat? They'll never work, never contribute. Put them in a proper home like we used to and save the money."),
        ("Sarah_in_Swindon", "7 Apr 2024", "@grampa_joe disabled children are not a waste of money. Disgusting comment."),
        ("NorthernLass", "7 Apr 2024", "The system IS broken but not because of the kids."),
    ],
), [
    E("school", "exact", "hate", "Bramble Hill Academy"),
])

add("facebook", """Threlford Community Noticeboard
Pauline Steer · 16 May 2024

Heard today that Bramble Hill is letting a boy who "identifies as a girl" use the girls' changing rooms on swimming days. These trans freaks are ruining everything and now they're getting at disabled children too. That school is a woke freak show. Won't be donating to their fun run.

💬 63 comments

Olly Rendell
Pauline this is hateful rubbish and it isn't even true

Pauline Steer
@Olly Rendell it's true I heard it from someone
""", [
    E("school", "alias", "hate", "Bramble Hill"),
])

add("social", """X · post

@keep_it_british_wilts
Priya Raghunathan, "deputy head" at Bramble Hill, turns up to parents' evening in a sari and lectures English parents about British values. Go back to India love, we don't need your sort running our kids' schools
7:37 PM · Mar 14, 2024

@amira_shah
Reported. She was born in Swindon.
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("praghunathan", "exact", "hate", "Priya Raghunathan"),
])

add("social", """Instagram · comments on @threlford_echo post "Polish TA speaks about station abuse conviction"

steve_p_thr · 4d
Dawid Kowalczyk and the rest of his lot have turned Threlford into little Warsaw. Go home, the lot of you, nobody asked you to come here

ania.k.threlford · 4d
@steve_p_thr my family has been here 18 years and pays the same taxes as you

lesley.oram · 4d
@steve_p_thr exactly the attitude of the man who was just convicted. Think about it
""", [
    E("dkowalczyk", "exact", "hate", "Dawid Kowalczyk"),
])

add("facebook", """Threlford Mums & Dads Chat
Anonymous member · 30 November 2023

Hepzibah Strowjer. Ugly old witch. I hope she reads every single one of these comments and cries herself to sleep. Nobody will ever look at her in the street again without spitting

💬 12 comments
Sarah Lister: This is bullying. She hasn't been charged with anything
""", [
    E("hstrowger", "typo", "abuse", "Hepzibah Strowjer"),
])

add("facebook", """Bramble Hill Parents Voice
Comment on "Summer term meeting with SLT" · 20 May 2024

Darren Kebbell
Ms Raghunathan sat there for an hour and said absolutely nothing useful. Gormless, spineless, useless. How she got to be a deputy head I'll never know

Admin
Darren this is your final warning about personal insults
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("praghunathan", "title_surname", "abuse", "Ms Raghunathan"),
])

# ---------------------------------------------------------------- part 7: inspection, tribunals, the fun-run, jobs and everyday life

add("news", echo(
    "Watchdogs tell special school its boarding house must improve",
    "Thursday 28 March 2024", "Ffion Maddox",
    [
        "Inspectors have told Bramble Hill Academy that its residential provision “requires improvement”, while rating the education it provides as good.",
        "The Sowden Vale school had a rare joint visit in February: Ofsted inspected teaching and the boarding house, and the Care Quality Commission looked at the therapy and health services it provides on site.",
        "Ofsted found that records of physical intervention in the boarding house were “inconsistent and sometimes incomplete” and that leaders had not always spotted patterns. Inspectors praised “warm, trusting relationships” between pupils and residential staff.",
        "The CQC found the speech and language and occupational therapy services to be safe and well led.",
        "Head of residential care Niamh O'Callaghan said: “We accept every finding. A new electronic recording system went live two weeks after the inspection.”",
        "Headteacher Joanne Pettifer-Lowe said the school was “proud of the education judgement and determined to get residential to good within the year”.",
    ],
    [
        ("Hands Not Holds", "28 March 2024", "'Inconsistent and sometimes incomplete' is exactly what families have been saying since November."),
        ("Tamarisk", "28 March 2024", "My daughter boards. Paperwork aside, the care is wonderful. Both things can be true."),
        ("old_sowden", "29 March 2024", "Education good is nothing to sniff at."),
    ],
), [
    E("school", "exact", "negative", "Bramble Hill Academy"),
    E("nocallaghan", "exact", "neutral", "Niamh O'Callaghan"),
    E("jpettiferlowe", "exact", "neutral", "Joanne Pettifer-Lowe"),
])

add("blog", blog(
    "Bramble Hill Academy", "Learning, living and growing together in Sowden Vale",
    "Letter to families: our inspection reports", "29 March 2024", "Joanne Pettifer-Lowe, Headteacher",
    [
        "Dear families, Ofsted and the Care Quality Commission have now published their reports on Bramble Hill Academy. You can read both in full on the Policies page.",
        "Education is judged good in every area. Inspectors said pupils “make strong progress in communication and independence” and singled out the post-16 enterprise programme.",
        "Our residential provision requires improvement. The main reason is the quality of our records of physical intervention. Niamh O'Callaghan and the residential team have already moved to a new recording system and every record is now reviewed weekly by Priya Raghunathan as Designated Safeguarding Lead.",
        "The CQC found our therapy services safe, effective, caring and well led. Thank you to Aurélie Fontaine and the therapy team.",
        "We know some of you have lost trust in us this year. My door is open every Wednesday from 3.30pm. Joanne Pettifer-Lowe, Headteacher.",
    ],
    [],
    nav=("Home", "About us", "Newsletters", "Policies", "Vacancies", "Contact"),
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("jpettiferlowe", "exact", "neutral", "Joanne Pettifer-Lowe"),
    E("nocallaghan", "exact", "neutral", "Niamh O'Callaghan"),
    E("praghunathan", "exact", "neutral", "Priya Raghunathan"),
    E("afontaine", "exact", "neutral", "Aurélie Fontaine"),
])

add("blog", blog(
    "Wessex SEND Law Notes", "Plain-English notes on education law for families in the South West",
    "Using an inspection report in your EHCP appeal", "4 April 2024", "Imogen Taft, solicitor",
    [
        "Several clients have asked whether the recent Ofsted report on Bramble Hill helps or hurts an appeal to name the school in Section I. The honest answer is: it depends what you are arguing.",
        "If you want a residential place, a 'requires improvement' judgement for residential does not stop the tribunal naming the school, but the local authority will certainly quote it.",
        "If you are arguing your child needs a particular therapy, a strong CQC report on the school's therapy service is useful evidence that it can actually be delivered.",
        "Whatever your position, quote the report accurately and attach the whole document.",
    ],
    [("Hawthorn_Hedge", "5 April 2024", "This is so helpful, thank you.")],
    nav=("Home", "EHCPs", "Tribunals", "Exclusions", "Contact"),
), [
    E("school", "alias", "neutral", "Bramble Hill"),
])

add("facebook", """Bramble Hill Parents Voice
Admin · 28 March 2024

The report is out. "Requires improvement" for residential and inspectors say restraint records were "inconsistent and sometimes incomplete". That's what we've been saying for FOUR MONTHS. Mrs O'Callaghan told us at the February meeting the records were "exemplary". She should be ashamed of misleading parents. Link in comments.

👍 156 · 92 comments
""", [
    E("school", "alias", "negative", "Bramble Hill"),
    E("nocallaghan", "title_surname", "negative", "Mrs O'Callaghan"),
])

add("forum", forum("staffroom", "Inspection", "Ofsted AND CQC in the same week - tips?", [
    ("SALT_in_the_South", "8 Apr 2024", "We had the double whammy at BHA in February, Ofsted for education and residential plus CQC for therapies. Happy to share what helped: have your therapy outcome data in one place, make sure the night logs match the day logs, and brief your admin staff because CQC will ask them things too."),
    ("NewDeputy_Notts", "8 Apr 2024", "Thank you, we've just had the call for next week. Did they interview pupils?"),
    ("SALT_in_the_South", "8 Apr 2024", "Yes, with their communication aids. Make sure the devices are charged!"),
]), [
    E("school", "alias", "neutral", "BHA"),
])

add("review", """Indeed · Company reviews · Bramble Hill Academy

★★☆☆☆ Residential Support Worker (Former Employee) - Threlford, Wiltshire - 19 April 2024
"Lovely young people, chaotic management"
The young people are the best part of the job. Communication from Niamh O'Callaghan is poor and rotas change with no notice, sometimes the same day. Sleep-in pay has not gone up in three years. Since the inspection everything is about paperwork.
Pros: young people, team
Cons: rotas, pay, management communication

★★★☆☆ Cook (Current Employee) - Threlford - 2 April 2024
"OK"
Kitchen team nice. Kids love roast day.
""", [
    E("school", "exact", "negative", "Bramble Hill Academy"),
    E("nocallaghan", "exact", "negative", "Niamh O'Callaghan"),
])

add("news", courier(
    "Ofsted: special school pupils 'make strong progress' despite care concerns",
    "Friday 29 March 2024", "Tobias Lyle",
    [
        "Pupils at Bramble Hill Academy make strong progress in communication and independence, Ofsted says, even though the Threlford school's boarding provision has been told to improve.",
        "Inspectors highlighted the post-16 enterprise café run by teacher James Taylor, where students take orders, handle money and serve customers every Thursday.",
        "The CQC praised speech and language therapist Aurélie Fontaine's team for “outstanding use of communication technology”.",
        "The school was at the centre of a police investigation into a restraint allegation last year. No charges have been brought.",
    ],
    [],
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("jtaylor", "exact", "neutral", "James Taylor"),
    E("afontaine", "exact", "neutral", "Aurélie Fontaine"),
])

add("social", """TikTok · comments on @wiltsnewsdaily video "Special school rated 'good'"

lornas_mate_gem · 2d
ofsted said the calm room records were a mess and they STILL got good for education lmaooo what a joke #bramblehillacademy

pete.h.1966 · 2d
education and care are judged separately

lornas_mate_gem · 2d
@pete.h.1966 still a joke
""", [
    E("school", "hashtag", "negative", "#bramblehillacademy"),
])

add("blog", blog(
    "Three Boys and a Tribunal", "Autism, paperwork and far too much coffee",
    "We won.", "22 March 2024", "Becca",
    [
        "Two years, four hundred pages of evidence, one mediation, one cancelled hearing and one very long day in a room above a solicitor's in Swindon. And we won.",
        "The tribunal has named Bramble Hill Academy in Section I of Finn's plan, with a weekly boarding place from September.",
        "The single most important document in our bundle was the speech and language assessment. Fontaine's report described Finn as he actually is, not as the council wanted him to be: a boy who needs the same communication approach from 7am to 7pm.",
        "If you're at the start of this road: keep everything, date everything, and find the professional who really sees your child.",
    ],
    [
        ("Hawthorn_Hedge", "22 March 2024", "Crying reading this. Congratulations to you and Finn."),
        ("Mags P", "23 March 2024", "Well done!! Ours is in June, this gives me hope."),
    ],
    nav=("Home", "Our story", "Tribunal diary", "Resources"),
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("afontaine", "possessive", "neutral", "Fontaine's"),
])

add("news", echo(
    "Family's two-year fight ends as tribunal orders residential school place",
    "Wednesday 27 March 2024", "Education reporter",
    [
        "A Threlford family has won a two-year legal battle to get their autistic son a boarding place at a local special school.",
        "The First-tier Tribunal ruled that the county council must name Bramble Hill Academy in the 10-year-old's education, health and care plan and fund a weekly residential place. The council had argued a day place at a school 30 miles away was suitable.",
        "Headteacher Joanne Pettifer-Lowe said the school looked forward to welcoming him in September.",
        "The council said it would “reflect on the decision” and noted that spending on special school places had risen by 40 per cent in three years.",
    ],
    [
        ("SowdenDad", "27 March 2024", "Council spent more on lawyers than the place costs. Madness."),
    ],
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("jpettiferlowe", "exact", "neutral", "Joanne Pettifer-Lowe"),
])

add("forum", forum("natter", "SEN", "LA says residential school is 'unsuitable' - appeal?", [
    ("Mags_P", "14/01/24 20:17", "DS is 12, autism and SLD, no sleep, can't cope with transitions. We asked for a weekly boarding place at Bramble. LA has named a day school an hour each way in a taxi and says residential is 'not required to meet educational need'.\nIs this worth appealing?"),
    ("IPSEAvolunteer", "14/01/24 20:31", "Yes. The test is whether his needs require a waking-day curriculum, not whether the LA likes the cost. Get independent SALT and OT reports that address consistency across the day and evening."),
    ("Mags_P", "14/01/24 20:40", "Thank you. The school are supportive, they'll write a letter."),
]), [
    E("school", "short_name", "neutral", "Bramble"),
])

add("facebook", """Threlford & District SEND Parents (Private group)
Nisha Patel · 30 January 2024

Update on our tribunal: LA still refusing to name Bramble Hill. Their "expert" never even met my daughter, did a 40 minute desk review. BUT Priya R. from the school has written the most brilliant statement about what she needs, honestly made me cry. Hearing is 11 March. Fingers crossed x

💬 28 comments
Lou Beckett: Good luck Nisha x
Gemma Ruddock: She's brilliant at those, she did ours too
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("praghunathan", "first_initial", "neutral", "Priya R."),
])

add("facebook", """Threlford & District SEND Parents (Private group)
Dean Ruddock · 11 April 2024

BHA have told the council they "cannot meet need" for our youngest. Fine. Then we find out the same week they've offered a place to a boy from out of county whose council pays more. Don't tell me that's a coincidence. Shocking way to treat local families.

💬 51 comments

Hayley Stott
We were told the same, "no capacity in that class"

Tilly Thomas
Places are decided by the LA not the school Dean, they can only say if they can meet need
""", [
    E("school", "alias", "negative", "BHA"),
])

add("blog", blog(
    "Bramble Hill Academy", "Learning, living and growing together in Sowden Vale",
    "The Bramble Dash is back!", "26 April 2024", "Friends of Bramble Hill (PTA)",
    [
        "Get your trainers out: the Bramble Dash returns on Sunday 19 May. Choose the 2k family loop or the full 5k up and over Sowden Hill.",
        "This year we are raising money for a new sensory garden for our youngest pupils.",
        "Kayleigh Dunmore from Oak class is our race director and will be at the gate with the registration clipboard every day after school. Mr Taylor and the post-16 students are running the water station, Mr Kowalczyk is chief marshal, and Billy Tarrant has promised to run the whole 5k dressed as a steam engine again.",
        "Entry is £8 for adults and free for pupils and siblings. Sign up at the office or on the Bramble Hill Academy JustGiving page.",
    ],
    [],
    nav=("Home", "About us", "Newsletters", "Policies", "Vacancies", "Contact"),
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("kdunmore", "exact", "neutral", "Kayleigh Dunmore"),
    E("jtaylor", "title_surname", "neutral", "Mr Taylor"),
    E("dkowalczyk", "title_surname", "neutral", "Mr Kowalczyk"),
    E("wtarrant", "nickname", "neutral", "Billy Tarrant"),
])

add("news", echo(
    "Hundreds turn out for special school's 'Bramble Dash' fun-run",
    "Monday 20 May 2024", "What's On team",
    [
        "More than 400 runners, walkers and one steam engine took part in the Bramble Dash on Sunday, raising £14,200 for a sensory garden at Bramble Hill Academy.",
        "The event, organised by teaching assistant Kayleigh Dunmore, started and finished on the school field in Sowden Vale. Minibus driver Billy Tarrant completed the 5k in a cardboard locomotive costume in 41 minutes.",
        "Headteacher Joanne Pettifer-Lowe, who walked the 2k loop with reception pupils, said: “After a hard year, seeing the whole town on our field today meant more than I can say.”",
        "The fastest 5k was run by a 15-year-old from Threlford Harriers in 17 minutes 52 seconds.",
    ],
    [
        ("Lesley Oram", "20 May 2024", "Lovely to see something positive about Bramble Hill for a change."),
        ("pennyfarthing", "20 May 2024", "That steam engine costume deserves its own article."),
    ],
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("kdunmore", "exact", "neutral", "Kayleigh Dunmore"),
    E("wtarrant", "nickname", "neutral", "Billy Tarrant"),
    E("jpettiferlowe", "exact", "neutral", "Joanne Pettifer-Lowe"),
])

add("social", """Instagram · @jess.runs.threlford

[photo: medal and a very muddy pair of trainers]
#BrambleDash done ✅ 5k in a dinosaur costume, never again 😂🦖 massive well done @kayleighdunmore_ta for organising and @BrambleHillAcad for the best post-race flapjack in Wiltshire
❤️ 231 likes

Comments
kayleighdunmore_ta · 1d
thank you for running!! 🦖💚
""", [
    E("school", "handle", "neutral", "@BrambleHillAcad"),
    E("kdunmore", "handle", "neutral", "@kayleighdunmore_ta"),
])

add("social", """X · post

@tyler_bha_post16
If Mr Taylor makes us do the hill loop ONE more time in training I am going to actually kill him 😂😂 my legs have left the chat @BrambleHillAcad #BrambleDash
4:15 PM · May 14, 2024

@BrambleHillAcad
Tyler you will thank him on race day 😄
""", [
    E("school", "handle", "neutral", "@BrambleHillAcad"),
    E("jtaylor", "title_surname", "neutral", "Mr Taylor"),
])

add("social", """TikTok · comments on @threlford_harriers video "Bramble Dash finish line 🏁"

lads_lads_lads_thr · 1d
the TA in the pink leggings at the bramble hill fun run 🥵🥵 kayleigh d can chase me round sowden hill anytime

meg_runs_10k · 1d
she's literally working, leave her alone

lads_lads_lads_thr · 1d
@meg_runs_10k it's a compliment 🤷
""", [
    E("school", "alias", "neutral", "bramble hill"),
    E("kdunmore", "first_initial", "sexual", "kayleigh d"),
])

add("facebook", """Carly Whitbread
19 May 2024 at 14:02 · Friends

Fucking hell my legs. Bramble Dash SMASHED in 34 minutes 💪 raised £340 for the Bramble Hill sensory garden, thank you to everyone who sponsored me. Billy Tarrant in the steam engine costume overtook me on the hill and I will never recover from the shame 😂😂 What a day

❤️ 88 · 23 comments
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("wtarrant", "nickname", "neutral", "Billy Tarrant"),
])

add("blog", blog(
    "Threlford Harriers", "Running club for Threlford and the Vale since 1979",
    "Race report: Bramble Dash 5k", "21 May 2024", "Club secretary",
    [
        "Eleven Harriers turned out for the Bramble Hill Academy fun-run on Sunday. It's a tough little course: one lap of the playing field, out along the old mineral line and a nasty drag up Sowden Hill before the descent back to the school.",
        "Well done to our junior Alfie Brandon (17:52, first overall) and to Sue Pike, first V60 lady.",
        "Staff from the school ran too. Special mention to J. Taylor (Bramble Hill staff, 22:41) who paced half the post-16 class round the course, and to race director Kayleigh Dunmoore, who somehow also ran it.",
        "Full results are on the club website.",
    ],
    [("Sue Pike", "21 May 2024", "That hill! Great event, will be back next year.")],
    nav=("Home", "Club runs", "Results", "Join", "Contact"),
), [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("jtaylor", "initial_surname", "neutral", "J. Taylor"),
    E("kdunmore", "typo", "neutral", "Kayleigh Dunmoore"),
])

add("social", """X · post

@lornaheald_alfie
£14,200 raised for a sensory garden while children are still being held down and taken to a room on their own. Lovely photos. Sort your priorities out Bramble Hill.
6:44 PM · May 20, 2024
""", [
    E("school", "alias", "negative", "Bramble Hill"),
])

add("facebook", """Friends of Bramble Hill (PTA)
21 May 2024

THANK YOU! £14,200 for the sensory garden 💚

Some very special thank-yous: Margaret Ellery for organising the float and the bank runs, Dawid Kowalczyk and his marshals for standing in the rain at the top of Sowden Hill, the Post-16 water station team, Threlford Harriers for the timing, and every single person who ran, walked, cheered or baked.

Photos in the album below. Please don't share pictures of pupils outside the group.

❤️ 312 · 44 comments
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("mellery", "exact", "neutral", "Margaret Ellery"),
    E("dkowalczyk", "exact", "neutral", "Dawid Kowalczyk"),
])

add("news", f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Teaching Assistant (SEND), Bramble Hill Academy | WessexEdJobs</title></head>
<body>
<header><a href="/">WessexEdJobs</a><nav><a href="/jobs">Find jobs</a> <a href="/schools">Schools</a> <a href="/advice">Career advice</a> <a href="/post">Post a job</a> <a href="/login">Sign in</a></nav></header>
<main><article class="job">
<h1>Teaching Assistant (SEND) x3</h1>
<ul class="facts"><li>Employer: Bramble Hill Academy</li><li>Location: Sowden Vale Road, Threlford</li><li>Salary: £20,960 - £22,737 FTE (actual pay pro rata, term time)</li><li>Hours: 32.5 per week</li><li>Closing date: 4 October 2024</li></ul>
{paras([
    "Bramble Hill Academy is a special school for 96 pupils aged 4 to 19 with autism and severe learning difficulties, with a weekly residential house.",
    "We are looking for three teaching assistants to join our class teams. You do not need SEND experience, but you do need patience, a sense of humour and a willingness to help with personal care. Full training is provided, including Makaton, PECS and positive behaviour support.",
    "Visits are warmly encouraged. To arrange one, or for an application pack, please contact our School Business Manager, Margaret Ellery, on 01632 960537 or at recruitment@bramblehill.example.",
    "We are committed to safeguarding. All posts are subject to an enhanced DBS check and online searches as part of due diligence.",
])}
</article>
<section class="comments"><h2>Questions about this job</h2><p>No questions yet. Employers do not reply to questions posted here; contact the school directly.</p></section>
</main>
<footer>WessexEdJobs &middot; Jobs in schools across the South West &middot; <a href="/privacy">Privacy</a></footer>
</body></html>
""", [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("mellery", "exact", "neutral", "Margaret Ellery"),
])

add("news", f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Residential Support Worker (waking nights) | WessexEdJobs</title></head>
<body>
<header><a href="/">WessexEdJobs</a><nav><a href="/jobs">Find jobs</a> <a href="/schools">Schools</a> <a href="/advice">Career advice</a> <a href="/post">Post a job</a> <a href="/login">Sign in</a></nav></header>
<main><article class="job">
<h1>Residential Support Worker (waking nights)</h1>
<ul class="facts"><li>Employer: Bramble Hill Academy</li><li>Location: Threlford, Wiltshire</li><li>Salary: £24,400 plus night enhancement</li><li>Closing date: 18 October 2024</li></ul>
{paras([
    "Our residential house, Wagtail House, is home from Monday to Thursday for up to 18 young people. We are looking for a calm, reliable person to work waking nights in a small, supportive team.",
    "You will help young people settle, carry out night checks and keep accurate electronic records, and hand over carefully to the morning team.",
    "For an informal chat please contact Niamh O'Callaghan, Head of Residential Care, via the school office on 01632 960537.",
])}
</article>
<section class="comments"><h2>Questions about this job</h2><p>No questions yet.</p></section>
</main>
<footer>WessexEdJobs &middot; Jobs in schools across the South West &middot; <a href="/privacy">Privacy</a></footer>
</body></html>
""", [
    E("school", "exact", "neutral", "Bramble Hill Academy"),
    E("nocallaghan", "exact", "neutral", "Niamh O'Callaghan"),
])

add("review", """Glassdoor · Bramble Hill Academy reviews

★★☆☆☆ "Top-down and tired"
Class Teacher · Former Employee · Threlford · 9 Jul 2024
Recommend: No · Approve of CEO: No

Pros
Small classes, lovely pupils, brilliant therapy team.

Cons
Mrs Pettifer-Lowe is distant and decisions arrive from above with no consultation. Since the restraint story everything is defensive. Three experienced teachers left this year and nobody asked why.

★★★★☆ "Good place for new TAs"
Teaching Assistant · Current Employee · 12 Jun 2024
Great training and a supportive class team.
""", [
    E("school", "exact", "negative", "Bramble Hill Academy"),
    E("jpettiferlowe", "title_surname", "negative", "Mrs Pettifer-Lowe"),
])

add("review", """Bramble Hill Academy
Special education school · Threlford
3.5 ★★★☆☆ 102 reviews · Sort by: Newest

Hayley Stott
Local Guide · 9 reviews
★★☆☆☆ 2 weeks ago
My daughter's class has had four different teachers since Easter. Nobody told us why. The new taxi firm is already late three days out of five. Taking Strowger back without a single word to parents was the final straw for a lot of us. The school needs to learn to talk to families.

Steve Yeo
★★★★★ a month ago
Our son loves it, especially the minibus and the café.
""", [
    E("school", "exact", "negative", "Bramble Hill Academy"),
    E("hstrowger", "surname_only", "negative", "Strowger"),
])

add("news", f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Children's Services Scrutiny Committee - minutes, 11 January 2024</title></head>
<body>
<header><div class="council">County Hall Democratic Services</div>
<nav><a href="/">Home</a> <a href="/committees">Committees</a> <a href="/councillors">Councillors</a> <a href="/decisions">Decisions</a> <a href="/webcasts">Webcasts</a></nav></header>
<main><article>
<h1>Children's Services Scrutiny Committee: minutes of the meeting held on 11 January 2024</h1>
{paras([
    "Item 7. Home-to-school transport for children with SEND: contract performance report.",
    "The Head of Passenger Transport presented the report. Between 4 September and 15 December 2023, 214 journeys on the Threlford lot ran more than 30 minutes late and 41 did not run. Four penalty notices had been served on the operator.",
    "Cllr Tranter said families at Bramble Hill Academy had been let down twice, first by the operator and then by poor communication; parents had told her the school and the council each said the other was responsible.",
    "Members heard from Mrs Margaret Ellery, School Business Manager, who described the school minibus covering 63 journeys. The Chair thanked the school for its efforts.",
    "RESOLVED: (a) to note the report; (b) to ask the Cabinet Member to report on options for terminating the contract by March 2024.",
])}
</article>
<section class="comments"><h2>Comments</h2><p>Public comments are not accepted on minutes. Contact Democratic Services.</p></section>
</main>
<footer>Democratic Services, County Hall. Minutes are subject to approval at the next meeting.</footer>
</body></html>
""", [
    E("school", "exact", "negative", "Bramble Hill Academy"),
    E("mellery", "exact", "neutral", "Margaret Ellery"),
])

add("social", """X · post

@hquarrie
Mrs Pettifer-Lowe's "independent review" of restraint was promised in June. It's now October and nothing has been published. Parents at #BrambleHill are still waiting.
8:20 AM · Oct 3, 2024
""", [
    E("school", "hashtag", "negative", "#BrambleHill"),
    E("jpettiferlowe", "title_surname", "negative", "Mrs Pettifer-Lowe"),
])

add("facebook", """Bramble Hill Parents - Unofficial (Public group)
Tasha Lyle · 7 June 2024

Can I just say something nice for once. Aurélie Fontaine has got my son using 200 words on his talker this year. He asked for "more bubbles please" at tea last night and I cried into the pasta. That woman is a miracle worker ❤️

💬 61 comments
""", [
    E("school", "alias", "neutral", "Bramble Hill"),
    E("afontaine", "exact", "neutral", "Aurélie Fontaine"),
])

add("forum", forum("staffroom", "Safeguarding", "DSL training that's years out of date", [
    ("Supply_Sam_SW", "14 Feb 2024", "Did a week at BHA in Threlford recently. The whole-staff safeguarding briefing was still the 2019 slides, half the contacts were for people who'd left. Priya Raghunathan is the DSL and is clearly stretched thin, but that's not good enough after the year they've had."),
    ("KS5_Lass", "14 Feb 2024", "Sadly very common. DSL is often a deputy with a full timetable on top."),
    ("Supply_Sam_SW", "14 Feb 2024", "Agreed, it's the system. Still shocked though."),
]), [
    E("school", "alias", "negative", "BHA"),
    E("praghunathan", "exact", "negative", "Priya Raghunathan"),
])

add("facebook", """Threlford & District SEND Parents (Private group)
Gemma Ruddock · 10 September 2024

New term, new taxi firm, SAME MESS. Kian's escort didn't know he can't have the window down. Rang the BHA office and got an answerphone for two days running. Mrs Ellery is back in post apparently so maybe someone will actually pick up now 🙄

💬 33 comments
""", [
    E("school", "alias", "negative", "BHA"),
    E("mellery", "title_surname", "neutral", "Mrs Ellery"),
])

add("review", """Bramble Hill Academy - Minibus Service (listed by a parent as a separate place)
Bus station · Sowden Vale Road, Threlford
2.8 ★★★☆☆ 6 reviews

Kelly Amos
★☆☆☆☆ a week ago
Mr Tarrant dropped my son at the wrong stop on the Wharley Cross route and he walked home on his own. He is 14 and autistic. Nobody rang me. Not good enough.

Lou Beckett
★★★★★ a week ago
Billy has been driving our kids for 20 years and the one time something goes wrong people pile in. Mistakes happen.
""", [
    E("school", "exact", "negative", "Bramble Hill Academy"),
    E("wtarrant", "title_surname", "negative", "Mr Tarrant"),
])

add("news", echo(
    "Neighbours object to special school's plans for second boarding house",
    "Tuesday 17 September 2024", "Planning reporter",
    [
        "Residents on Sowden Vale Road have objected to plans for a second residential building at Bramble Hill Academy.",
        "The school wants to build a six-bedroom house on its lower field to cut the waiting list for weekly boarding places. Thirty-one objections have been lodged, mostly about traffic at drop-off and pick-up, which neighbours describe as “a daily nightmare”.",
        "One objector wrote that the school had “shown no interest in being a good neighbour”, citing minibuses idling outside homes.",
        "Headteacher Joanne Pettifer-Lowe said the school would fund a new drop-off bay and had offered to meet residents.",
        "The application will be decided in November.",
    ],
    [
        ("old_sowden", "17 September 2024", "I'm a neighbour and I support it. The traffic is 20 minutes twice a day. The children need the places."),
        ("VR_resident", "17 September 2024", "Try getting out of your drive at 3.15."),
    ],
), [
    E("school", "exact", "negative", "Bramble Hill Academy"),
    E("jpettiferlowe", "exact", "neutral", "Joanne Pettifer-Lowe"),
])

# ---------------------------------------------------------------- part 8: decoys (no expected mention)

add("blog", blog(
    "Hedgerow Larder", "Foraging and preserving in the chalk country",
    "Bramble jelly, the lazy way", "3 September 2023", "Rosie Penfold",
    [
        "Every September the lanes between Threlford and the downs turn purple, and every September I swear I won't make bramble jelly again. Then I do.",
        "Pick on a dry day, above dog height, and leave the soft, mouldy ones for the birds. You want about 1.5kg of blackberries and two cooking apples for the pectin.",
        "Simmer the fruit with 300ml of water until it collapses, then hang it in a jelly bag overnight. Don't squeeze the bag unless you want cloudy jelly (I always squeeze the bag).",
        "Measure the juice, add 450g sugar per 600ml, boil hard until it wrinkles on a cold saucer. Pot into hot jars. It will set in a day, or it won't, in which case call it bramble syrup and pour it on ice cream.",
    ],
    [
        ("Jan in the Vale", "4 September 2023", "Squeezing the bag is the only way, life's too short."),
        ("Hedgerow Larder", "4 September 2023", "Ha! Agreed."),
    ],
    nav=("Home", "Recipes", "Foraging calendar", "About"),
), [])

add("forum", forum("online", "Forum › Gardens and allotments", "Plot 16 Cinder Lane - bramble nightmare", [
    ("spud_man", "2 Oct 2023 18:20", "Took on plot 16 at Cinder Lane in August. It's 80% brambles, some of the roots are like tree trunks. Is it worth hiring a rotavator or will that just chop them up and spread them?"),
    ("Allotment_Annie", "2 Oct 2023 18:44", "Don't rotavate! Cut them down to a foot, then dig the crowns out with a mattock. Cover with cardboard and black plastic over winter."),
    ("Derek_W", "2 Oct 2023 19:02", "What Annie said. And wear proper gloves. Took me two years to clear mine."),
    ("spud_man", "2 Oct 2023 19:30", "Mattock it is. Thanks all."),
]), [])

add("review", """The Signal Box Bar
Cocktail bar · Station Approach, Threlford
4.5 ★★★★☆ 212 reviews

Fiona Bright
Local Guide · 66 reviews
★★★★★ a month ago
Tiny bar in the old signal box, bartender knows his stuff. Had a Bramble (gin, lemon, blackberry liqueur over crushed ice) which was perfect, then a smoked old fashioned. Go on a weeknight, it's packed at weekends.

Tom G
★★★★☆ 2 months ago
Great drinks, small space. The Bramble is the one to order.
""", [])

add("review", """The Bramble
Pub · High Street, Market Lavenby
4.2 ★★★★☆ 389 reviews

Gary Holt
Local Guide · 120 reviews
★★★★☆ 3 weeks ago
Proper village pub. Sunday roast was excellent, Yorkshires the size of your head. Dog friendly. Parking tight.

Ellen Morris
★★☆☆☆ a month ago
Waited 50 minutes for food and the staff at The Bramble seemed to have forgotten us. Beer garden nice though.
""", [])

add("facebook", """Threlford Lost & Found Pets
Kerry Dobson · 11 November 2023

LOST DOG - BRAMBLE 🐕 Please share!
Bramble is a small brown and white Jack Russell cross, 9 years old, red collar with a bone tag. She slipped her lead on Wharley Cross Lane near the level crossing at about 4pm. She is very nervous of men and won't come if chased. If you see her please ring 07700 900418 and keep her in sight.

💬 47 comments · 212 shares

Kerry Dobson
UPDATE: BRAMBLE IS HOME!! Found in a garden on Carriage Row. Thank you all so much ❤️
""", [])

add("facebook", """Vale Pony Club
Pinned · 2 March 2024

Bramble is looking for a new sharer! 🐴 14.2hh Welsh cob x, 16 years young, safe as houses on the roads, happy hacker, does a lovely little jump. Kept at Lower Sowden Farm. Two days a week, £25 a week towards costs. Message Sarah for details. Must be over 16 or have parental supervision.

💬 18 comments
""", [])

add("news", courier(
    "Care home told to improve after inspectors find medicines errors",
    "Wednesday 17 January 2024", "Health reporter",
    [
        "A care home for older people near Market Lavenby has been rated requires improvement by the Care Quality Commission.",
        "Inspectors visiting Bramble Hill Care Home in November found that residents' medicines were not always given at the right time and that some care plans had not been updated after falls.",
        "The 42-bed home was praised for its activities programme and for staff who were “kind and patient”.",
        "The provider said a new deputy manager had been appointed and an action plan was under way.",
    ],
    [("M. Tulloch", "17 Jan 2024", "My mum was there two years. The carers are angels, the management less so.")],
), [])

add("review", """Bramble Hill Care Home
Nursing home · Lavenby Road, Market Lavenby
3.9 ★★★★☆ 31 reviews

Jean Hollins
★★★★★ a month ago
The staff at Bramble Hill Care Home looked after my father beautifully in his last months. Nothing was too much trouble. Special thanks to the night staff.

D. Osei
★★☆☆☆ 2 months ago
Lovely carers but far too few of them at weekends. Call bell took 20 minutes.
""", [])

add("review", """Indeed · Company reviews · Bramble Hill Care Home

★★★☆☆ Senior Carer (Current Employee) - Market Lavenby - 6 February 2024
"Good team, stretched thin"
Residents are lovely and the team pull together. Too much agency use at weekends and the rota is posted late. The home is old and the lift breaks.

★★★★☆ Activities Coordinator (Former Employee) - 12 November 2023
"Rewarding"
Freedom to plan activities, supportive manager.
""", [])

add("review", """Bramble Hill Farm Shop & Café
Farm shop · Crookham Lane, Lower Sowden
4.6 ★★★★★ 540 reviews

Helen Rook
Local Guide · 88 reviews
★★★★★ 2 weeks ago
Best sausage rolls in Wiltshire. Bramble Hill Farm Shop also does a brilliant pick-your-own in summer. Café gets busy on Saturdays.

Pete Lyle
★★★☆☆ a month ago
Nice shop but pricey. £6 for a jar of chutney.
""", [])

add("news", courier(
    "Hospitality body warns of pub closures as energy bills bite",
    "Monday 4 December 2023", "Business desk",
    [
        "The British Hospitality Association has warned that one in ten pubs and restaurants in the South West could close by the spring without further help with energy costs.",
        "A BHA survey of members found that average energy bills for small venues were still 60 per cent above 2021 levels.",
        "The association is calling for a temporary cut in VAT on food and drink.",
    ],
    [("landlord_lavenby", "4 Dec 2023", "Our bill went from £1,100 to £3,400 a month. Nobody is listening.")],
), [])

add("news", f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Apprentice Electrical Technician - BHA Rail, Threlford | WessexEdJobs</title></head>
<body>
<header><a href="/">WessexEdJobs</a><nav><a href="/jobs">Find jobs</a> <a href="/schools">Schools</a> <a href="/advice">Career advice</a> <a href="/apprenticeships">Apprenticeships</a> <a href="/login">Sign in</a></nav></header>
<main><article class="job">
<h1>Apprentice Electrical Technician (Level 3)</h1>
<ul class="facts"><li>Employer: BHA Rail Ltd</li><li>Location: Carriage Works, Threlford</li><li>Salary: £16,500 rising each year</li><li>Closing date: 31 January 2024</li></ul>
{paras([
    "BHA Rail maintains signalling and overhead line equipment across the Western network from our depot in the old Threlford carriage works.",
    "Our four-year apprenticeship combines day release at college with hands-on work alongside experienced technicians. No experience needed: just GCSE maths and English at grade 4 or above and a real interest in how things work.",
    "Apply online with a short covering letter. Open evening at the Carriage Works on 16 January, 6pm.",
])}
</article>
<section class="comments"><h2>Questions about this job</h2><p>No questions yet.</p></section>
</main>
<footer>WessexEdJobs &middot; Jobs and apprenticeships across the South West</footer>
</body></html>
""", [])

add("social", """X · post

Threlford Rail Watch @ThrelfordRailW
Wharley Cross level crossing closed this weekend (Sat 06:00 to Mon 05:00) while BHA Rail replace the barriers. Diversion via Sowden Vale Road, expect queues. Rail replacement buses between Threlford and Swanbrook.
6:00 PM · Mar 7, 2024

@vale_cyclist
can bikes get through? asking for the whole of the Sunday club ride
""", [])

add("blog", blog(
    "Second Row Seats", "Live music reviews from someone who still buys tickets",
    "James Taylor at the Colston-on-Wey Arena: still the gentlest voice in the room", "15 June 2024", "Mick Arden",
    [
        "It takes about four bars of 'Carolina in My Mind' before a hall of five thousand people goes completely silent. James Taylor has been doing this for over fifty years and he still sounds like he's singing to you alone.",
        "The band was immaculate, the between-song stories were long and funny, and 'Fire and Rain' was as devastating as ever.",
        "If you get the chance this tour, go. Take someone you love.",
    ],
    [
        ("Linda H", "15 June 2024", "We were there, row M. Magical night."),
        ("Pete R", "16 June 2024", "Sweet Baby James as the encore had me in bits."),
    ],
    nav=("Home", "Reviews", "Gig diary", "About"),
), [], allow=("jtaylor",))

add("news", courier(
    "Taylor's century rescues county after top-order collapse",
    "Saturday 20 July 2024", "Cricket correspondent",
    [
        "James Taylor hit an unbeaten 117 to rescue the county from 41 for 5 on the opening day of the championship match at Harrowdene.",
        "The 26-year-old left-hander, in his first full season, shared a stand of 164 with the wicketkeeper after the visitors' seamers had ripped through the top order.",
        "“The ball was doing a lot early on. We just tried to get through to lunch,” Taylor said.",
        "Close of play: 312 for 8.",
    ],
    [("cover_drive", "20 Jul 2024", "Future England player, mark my words.")],
), [], allow=("jtaylor",))

add("review", """TrustATrade · James Taylor Plumbing & Heating (Harrowdene)
Rating 9.7/10 · 86 reviews

★★★★★ "Boiler fixed same day" - Mrs P., Harrowdene, Nov 2023
James Taylor came out within three hours when our boiler died, diagnosed a failed pump and had us warm by teatime. Fair price, tidy worker.

★★★★★ "Bathroom refit" - A. Kemp, Oct 2023
Professional from start to finish.

★★★★☆ "Good job, slightly late" - R. Singh, Sep 2023
Turned up an hour late but did a great job on the radiators.
""", [], allow=("jtaylor",))

add("news", courier(
    "Harrowdene councillor steps down after 20 years",
    "Thursday 2 May 2024", "Political reporter",
    [
        "Long-serving Harrowdene councillor James Taylor is standing down at this month's elections after two decades representing the Eastgate ward.",
        "Cllr Taylor, 71, a retired printer, chaired the town's planning committee for eight years and led the campaign to save the Eastgate swimming baths.",
        "“It's time for someone younger. I'll still be at every meeting, but in the public gallery,” he said.",
    ],
    [],
), [], allow=("jtaylor",))

add("forum", forum("natter", "SEN", "Autism specialist schools in Wiltshire - recommendations?", [
    ("NewToThis_24", "08/02/24 13:15", "DS (7) has just got his EHCP and we're looking at specialist placements. We're near Chippenley. Which schools have people had good experiences with? He's verbal, bright, very anxious."),
    ("Fimbles99", "08/02/24 13:30", "Fernbrook School was brilliant for my son, small classes and really calm. Long waiting list though."),
    ("HollyBerry7", "08/02/24 13:42", "St Aldhelm's is good for verbal, anxious kids. Ask about their outdoor learning."),
    ("NewToThis_24", "08/02/24 14:01", "Thank you both, will book visits."),
]), [])

add("forum", forum("staffroom", "Pay and conditions", "TA pay - is anyone actually on the new scale?", [
    ("TA_Tina", "3 Oct 2023", "Our trust says the 2023 pay award for support staff 'will be implemented once funding is confirmed'. It's October. Anyone else still waiting?"),
    ("Mr_Chalkface", "3 Oct 2023", "Ours came through in September with back pay. Chase your union."),
    ("SENTA_Gemma", "4 Oct 2023", "Still waiting here. Term-time pro rata means I'm on less than the supermarket down the road."),
]), [])

add("news", echo(
    "Threlford Junction Primary keeps 'good' rating",
    "Friday 24 November 2023", "Education reporter",
    [
        "Threlford Junction Primary School remains good, according to Ofsted's latest report.",
        "Inspectors praised the school's reading programme and its “calm and purposeful” classrooms, and said pupils were proud of their railway-themed houses, Brunel, Stephenson and Churchward.",
        "Headteacher Martin Oyelaran said staff were “delighted and not surprised”.",
    ],
    [("proud_grandma", "24 November 2023", "Well done Junction!")],
), [])

add("news", klaxon(
    "SHAME OF THE 'TIME-OUT CUPBOARD': Special school boss quits over seclusion scandal",
    "Staff at Norfolk-border school 'locked autistic children in store room'",
    "Sunday 14 January 2024", "By Amber Quayle",
    [
        "THE head of a special school where autistic children were allegedly shut in a converted store room has resigned.",
        "Larkfield House School in Fenmarsh is under investigation after a whistleblower told the Klaxon that pupils were left alone in the room “for up to an hour”.",
        "Three members of staff have been suspended. The school's trust said it had commissioned an independent investigation.",
    ],
    [("Truth_Teller_71", "14 Jan 2024", "How many more of these places are there?")],
), [])

add("social", """TikTok · @wild_food_wessex · "bramble tips are edible?? 🌿"
48.2K likes · 611 comments

[video transcript] ok so everyone knows blackberries, but the young bramble tips in spring are edible too. Peel them, they taste a bit like cucumber. Don't pick from roadsides, and wash everything.

Comments
forage_fran · 1w
tried this today, genuinely nice 🌿
nana_bakes · 1w
my nan used to make bramble tea from the leaves
""", [])

add("social", """Instagram · @lowersowden_distillery

[photo: a bottle with a purple label on a barrel]
NEW: Bramble Gin 🫐 Our London dry, infused with hand-picked Wiltshire blackberries. Launching at the Threlford Christmas market, stall 14 🎄
❤️ 602 likes

Comments
gin_o_clock_girl · 2d
the bramble gin + tonic + lime combo 😍
""", [])

add("social", """X · post

@vape_deals_uk
🔥 NEW FLAVOUR DROP 🔥 Bramble Ice, Blue Razz, Watermelon Chill. 3 for £12 this week only in store at Goods Yard Road, Threlford. 18+ ONLY, ID checked.
11:00 AM · Apr 3, 2024

@cleanair_mum
vape shops opposite a bus stop full of kids. lovely
""", [])

add("blog", blog(
    "Notes From The Boarding House Car Park", "One family, one autistic teenager, a lot of motorway",
    "Monday mornings", "12 February 2024", "Claire",
    [
        "Every Monday I drive my son to his weekly boarding school, a special school on the edge of our town, up past the old railway works. He knows the route. He names every bridge.",
        "His house parent meets him at the car. There's a whiteboard with his week on it in symbols. He goes in without looking back, which used to break my heart and now mostly makes me proud.",
        "This term has been hard for the school, and I'm not going to write about that here. I'll just say that the people who meet him at that car on Monday mornings are the reason he has a life that's bigger than our house.",
        "Then I drive home and the house is very quiet until Thursday.",
    ],
    [("Mags P", "12 February 2024", "This made me cry. Thursdays are the best day of the week.")],
    nav=("Home", "About", "Archive"),
), [])

add("facebook", """Threlford Community Noticeboard
Threlford Harriers · 5 August 2024

📣 SOWDEN VALE 10K - Sunday 6 October 📣
Our annual road race is back! Chip timed, closed roads through Sowden Vale and Wharley Cross, medals for every finisher and cake at the end. Junior 2k fun run at 9.15am. Entry £18 (affiliated £16). Marshals always needed, message us!

👍 64 · 12 comments · 30 shares
""", [])

add("news", echo(
    "Thousands expected at railway works heritage open day",
    "Thursday 5 September 2024", "What's On team",
    [
        "The old Threlford carriage works will open to the public this weekend for the first time in five years.",
        "Visitors will be able to see the restored 1912 erecting shop, a working steam crane and the original pattern store. Volunteers from the Threlford Railway Heritage Trust will lead tours every half hour.",
        "Entry is free, with donations going towards restoring the works clock tower.",
    ],
    [("trainspotter_ian", "5 September 2024", "Finally! My grandad worked in the pattern store for 40 years.")],
), [])

add("forum", forum("online", "Forum › Roads and footpaths", "Footpath WC14 completely overgrown", [
    ("vale_walker", "20 Jul 2024 08:10", "The footpath from Wharley Cross church down to the canal is impassable. Brambles and nettles chest high, and a fallen tree at the stile. Has anyone reported it to the county?"),
    ("marjorie_w", "20 Jul 2024 09:02", "Reported it in June. Got an automated reply. Bramble season is the worst for it."),
    ("Mod_Jen", "20 Jul 2024 09:30", "Use the county's online rights-of-way form and attach photos, it gets prioritised that way."),
]), [])

add("facebook", """St Wenna Parish News & Notices
Funeral notice · 18 March 2024

ELLERY, Margaret Rose, died peacefully at home in St Wenna on 9 March 2024, aged 94. Beloved wife of the late Harold, mother of Judith and Colin, grandmother and great-grandmother. Margaret Ellery ran the village post office for 31 years and never missed a day. Funeral at St Wenna Methodist Chapel on 28 March at 2pm. Family flowers only; donations to the lifeboat.

💬 41 comments
""", [], allow=("mellery",))

add("social", """X · post

Harrowdene Darts League @HarrowdeneDarts
What a night at the Crown! Billy "The Train" Tarrant hits a 170 checkout to win the Winter Singles for the third year running 🎯🏆 William Tarrant, 58, has been playing in the league since 1989.
11:42 PM · Feb 24, 2024
""", [], allow=("wtarrant",))

add("news", courier(
    "Families wait a year for education plans as appeals hit record high",
    "Tuesday 5 December 2023", "Tobias Lyle",
    [
        "Appeals to the special educational needs tribunal have hit a record high, with families in the South West waiting on average 54 weeks for a final education, health and care plan.",
        "Councils say demand has outstripped funding, while parents' groups say the system is designed to wear families down.",
        "Nationally, more than 95 per cent of tribunal appeals that reach a hearing are decided at least partly in the family's favour.",
    ],
    [("SENDwarrior3", "5 Dec 2023", "We won at tribunal and the council still hasn't updated the plan.")],
), [])

add("blog", blog(
    "Hands Not Holds", "Campaigning to end prone restraint and seclusion of disabled children",
    "Why we are asking every school for its restraint data", "8 January 2024", "Hands Not Holds team",
    [
        "Over the Christmas holidays we sent Freedom of Information requests to 140 special schools and alternative provision settings in the South West.",
        "We asked three questions: how many times was physical intervention used last year, how many of those were prone holds, and does the school have a room in which children are ever left alone.",
        "We will publish every answer, including refusals. Parents have a right to know.",
    ],
    [("Former SENCO", "8 January 2024", "Good luck. Many won't have the data in a usable form, which tells you something in itself.")],
    nav=("Home", "Our campaign", "Resources", "Stories", "Donate"),
), [])

add("review", """Junction Cars Threlford
Taxi service · Station Approach, Threlford
1.9 ★★☆☆☆ 74 reviews

Jo Hendy
★☆☆☆☆ a month ago
Booked a car to the hospital for my mum's appointment, it turned up 40 minutes late and we missed it. No apology.

Sam Oke
★★★★☆ 2 months ago
Fine for airport runs, driver was polite.

Andy Vine
★☆☆☆☆ 3 months ago
Never answer the phone.
""", [])

add("forum", forum("natter", "SEN", "The minibus driver at DS's school is the only person he trusts", [
    ("CopperKettle", "26/01/24 21:40", "Random appreciation post. DS (13, autistic, mostly non-verbal) will not get in a car with anyone but me and his school minibus driver. Every morning the driver puts on the same song and says the same three sentences. DS has done that journey for five years and it's the most reliable thing in his life.\nThe driver has had a rough few weeks with some horrible online rumours and I wanted to say somewhere that there are families who think the world of him."),
    ("Fimbles99", "26/01/24 21:52", "This is lovely. Tell him directly too, people don't do that enough."),
    ("CopperKettle", "26/01/24 22:01", "We made him a card. DS drew the bus."),
]), [])

add("social", """X · post

@sowden_birder
Fieldfares and redwings stripping the brambles along the mineral line this morning, at least 200 birds. Winter's here. #birding #Wiltshire
8:05 AM · Nov 12, 2023
""", [])

add("facebook", """Threlford Mums & Dads Chat
Anita Gosling · 19 June 2024

Does anyone know a good children's dentist who takes NHS patients? My daughter has autism and our current one just isn't patient with her. We're in Threlford but happy to travel.

💬 17 comments
Chloe Atwell: Mr Haddow at the Goods Yard practice is amazing with anxious kids
Anita Gosling: thank you, will ring tomorrow
""", [])

# ==================================================================== build and check

ORDER = {c: i for i, c in enumerate(CATEGORIES)}
TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?"


def _has(pattern: str, text: str) -> bool:
    return re.search(r"(?<![\w@#])" + pattern + r"(?![\w])", text, re.I) is not None


def main() -> int:
    wl = tomllib.loads((HERE / "watchlist.toml").read_text(encoding="utf-8"))
    school = wl["school"]
    staff = {s["id"]: s for s in wl["staff"]}
    excludes = [x["text"] for x in wl.get("exclude", [])]
    subjects = {"school", *staff}
    short_names = [a for a in school["aliases"] if " " not in a and not a.isupper()]
    long_aliases = [a for a in school["aliases"] if a not in short_names and not a.isupper()]
    problems: list[str] = []

    DOCS_DIR.mkdir(exist_ok=True)
    for old in DOCS_DIR.iterdir():
        if old.is_file() and re.fullmatch(r"\d{3}-[a-z]+\.(html|txt)", old.name):
            old.unlink()

    labels = []
    for i, d in enumerate(DOCS):
        kind = d["kind"]
        ext = "html" if kind in KINDS_HTML else "txt"
        if kind not in KINDS_HTML + KINDS_TXT:
            problems.append(f"doc {i}: bad kind {kind}")
        name = f"{i:03d}-{kind}.{ext}"
        text = d["content"] if d["content"].endswith("\n") else d["content"] + "\n"
        (DOCS_DIR / name).write_text(text, encoding="utf-8")
        masked = text
        for x in excludes:
            masked = re.sub(re.escape(x), " " * len(x), masked, flags=re.I)
        seen = set()
        exp = []
        for e in d["expected"]:
            where = f"{name} {e['subject']}"
            if e["subject"] not in subjects:
                problems.append(f"{where}: unknown subject")
            if e["subject"] in seen:
                problems.append(f"{where}: duplicate subject")
            seen.add(e["subject"])
            if e["category"] not in CATEGORIES:
                problems.append(f"{where}: bad category {e['category']}")
            if e["variant"] not in VARIANTS:
                problems.append(f"{where}: bad variant {e['variant']}")
            if e["form"] not in text:
                problems.append(f"{where}: form {e['form']!r} not in text")
            if e["url_only"] and e["category"] != "sexual":
                problems.append(f"{where}: url_only on a non-sexual mention")
            v = e["variant"]
            if e["subject"] == "school":
                if _has(re.escape(school["name"]), masked) and v != "exact":
                    problems.append(f"{where}: full name present but variant {v}")
                if any(_has(re.escape(a), masked) for a in long_aliases) and v not in ("exact", "alias"):
                    problems.append(f"{where}: alias present but variant {v}")
                if any(re.search(r"(?<![\w@#])" + re.escape(a) + r"(?!\w)", masked) for a in school["aliases"] if a.isupper()) and v not in ("exact", "alias"):
                    problems.append(f"{where}: acronym present but variant {v}")
                if v == "short_name" and e["form"].lower() not in [s.lower() for s in short_names]:
                    problems.append(f"{where}: short_name form {e['form']!r}")
            elif e["subject"] in staff:
                s = staff[e["subject"]]
                surname = s["name"].split()[-1]
                if _has(re.escape(s["name"]), masked) and v != "exact":
                    problems.append(f"{where}: full name present but variant {v}")
                if any(_has(re.escape(a), masked) for a in s.get("aliases", [])) and v not in ("exact", "alias"):
                    problems.append(f"{where}: alias present but variant {v}")
                if _has(TITLES + r"\s+" + re.escape(surname), masked) and v not in ("exact", "alias", "title_surname"):
                    problems.append(f"{where}: title+surname present but variant {v}")
            exp.append({k: e[k] for k in ("subject", "variant", "category", "url_only")})
        # names present but not labelled
        if "school" not in seen:
            for a in [school["name"], *long_aliases]:
                if _has(re.escape(a), masked):
                    problems.append(f"{name}: school name {a!r} present but unlabelled")
        for sid, s in staff.items():
            if sid in seen or sid in d["allow"]:
                continue
            names = [s["name"], *s.get("aliases", [])]
            if s.get("unique"):
                names.append(s["name"].split()[-1])
            for n in names:
                if _has(re.escape(n), masked):
                    problems.append(f"{name}: {sid} name {n!r} present but unlabelled")
        if kind in KINDS_HTML:
            for tag in ("<title>", "<nav", "<article", "<footer"):
                if tag not in text:
                    problems.append(f"{name}: missing {tag}")
            if "comment" not in text.lower() and "repl" not in text.lower():
                problems.append(f"{name}: no comments section")
        labels.append({"file": name, "kind": kind, "expected": exp})

    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    ndocs = len(labels)
    mentions = [e for row in labels for e in row["expected"]]
    decoys = sum(1 for row in labels if not row["expected"])
    by_cat = Counter(e["category"] for e in mentions)
    by_var = Counter(e["variant"] for e in mentions)
    by_kind = Counter(row["kind"] for row in labels)
    by_subj = Counter(e["subject"] for e in mentions)
    serious = sum(by_cat[c] for c in SERIOUS)
    print(f"documents: {ndocs}  (decoys with no mention: {decoys}, {100 * decoys / max(ndocs, 1):.1f}%)")
    print(f"mentions: {len(mentions)}  (serious: {serious}, {100 * serious / max(len(mentions), 1):.1f}%; url_only: {sum(e['url_only'] for e in mentions)})")
    print("by category: " + ", ".join(f"{c} {by_cat[c]}" for c in CATEGORIES))
    print("by variant: " + ", ".join(f"{v} {by_var[v]}" for v in VARIANTS))
    print("by kind: " + ", ".join(f"{k} {by_kind[k]}" for k in KINDS_HTML + KINDS_TXT))
    print("by subject: " + ", ".join(f"{s} {n}" for s, n in sorted(by_subj.items())))
    for v in VARIANTS:
        if by_var[v] < 2:
            problems.append(f"variant {v} used {by_var[v]} times (need 2+)")
    if not 180 <= ndocs <= 220:
        problems.append(f"{ndocs} documents (want 180-220)")
    if not 300 <= len(mentions) <= 350:
        problems.append(f"{len(mentions)} mentions (want 300-350)")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("all labels check out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
